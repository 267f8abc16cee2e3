#!/usr/bin/env bash
# Debian packages the project needs beyond Python's own (idempotent; run as root in CI).
#   bubblewrap, libseccomp2, python3-seccomp, util-linux (setpriv): the python verifier's sandbox
#   (docs/verifiers.md, "The sandbox"). Without them the sandbox refuses to run code.
#   redis-server: the shared-state tests (tests/state) start one on a free port (docs/state.md).
#   chromium: the dashboard's browser tests (tests/ui, driven by Playwright; docs/ui.md).
#   tinyproxy: a real forward proxy for the upstream client's proxy tests (tests/streams/test_proxy.py).
#   postgresql, nginx-light: the request log on PostgreSQL and the replicas behind a load
#   balancer (tests/logstore, tests/replicas; docs/logstore.md). Tests start their own servers.
set -euo pipefail
PACKAGES=(bubblewrap libseccomp2 python3-seccomp util-linux redis-server chromium postgresql nginx-light tinyproxy "$@")  # extra names: e.g. wrk for bench/
missing=()
for package in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "ci-deps: missing ${missing[*]}; run as root: apt-get install ${missing[*]}" >&2
        exit 1
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi
