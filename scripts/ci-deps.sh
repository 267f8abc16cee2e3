#!/usr/bin/env bash
# Debian packages the test suite needs. Idempotent: installs only what is missing, so a machine
# that has them (or that cannot run apt-get as root) skips this quickly.
set -euo pipefail
packages=()
for p in "$@"; do packages+=("$p"); done
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "ci-deps: missing Debian packages ${missing[*]}; install them as root" >&2
  exit 0
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
