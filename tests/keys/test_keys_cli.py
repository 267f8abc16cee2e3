"""`rung keys` / `rung teams` round trips, and `rung serve` refusing an open non-loopback
address (real subprocesses)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
from click.testing import CliRunner

from rung.cli import main
from rung.keys.auth import Authenticator
from tests.conftest import free_port, wait_until_up


def rung(log: Path, *args: str) -> str:
    result = CliRunner().invoke(main, [*args[:2], "--log", str(log), *args[2:]])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_create_list_show_revoke_rotate_round_trip(tmp_path: Path) -> None:
    log = tmp_path / "log.db"
    assert "search" in rung(log, "teams", "create", "--name", "search", "--budget", "500/month",
                            "--rpm", "600")  # fmt: skip
    out = rung(log, "keys", "create", "--name", "alice", "--team", "search", "--routes",
               "chat,local", "--budget", "50/month", "--rpm", "60", "--tpm", "200000",
               "--expires", "90d")  # fmt: skip
    line, key = out.strip().splitlines()
    assert key.startswith("sk-rung-") and "alice" in line and "budget 50/month" in line
    key_id = line.split()[0]
    listed = rung(log, "keys", "list")
    assert "alice" in listed and key not in listed and "routes=chat,local" in listed
    assert "active" in rung(log, "keys", "show", "alice")

    auth = Authenticator(log)  # what a gateway on this file resolves
    auth.open()
    principal = auth.resolve({b"authorization": f"Bearer {key}".encode()})
    assert (principal.key_id, principal.team, principal.routes) == (
        key_id, "search", frozenset({"chat", "local"}))  # fmt: skip
    assert principal.key_quota.rpm == 60 and principal.team_quota.budget == 500

    rotated = rung(log, "keys", "rotate", key_id).strip().splitlines()[-1]
    assert rotated.startswith("sk-rung-") and rotated != key
    assert "revoked" in rung(log, "keys", "revoke", key_id)
    auth.reload()
    assert auth.entries[next(iter(auth.entries))].revoked is not None
    auth.close()
    blob = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    assert key.encode() not in blob and rotated.encode() not in blob


def test_bad_options_are_clear_errors(tmp_path: Path) -> None:
    log = str(tmp_path / "log.db")
    result = CliRunner().invoke(main, ["keys", "create", "--log", log, "--name", "x",
                                       "--team", "nope"])  # fmt: skip
    assert result.exit_code == 1 and "no team 'nope'" in result.output
    result = CliRunner().invoke(main, ["keys", "create", "--log", log, "--name", "x",
                                       "--expires", "soon"])  # fmt: skip
    assert result.exit_code == 1 and "duration" in result.output


def serve(tmp_path: Path, *args: str) -> subprocess.Popen[str]:
    """`rung serve` in a subprocess; its console goes to tmp_path/serve.log (a file, not a
    pipe nobody reads while it runs, which would block a chatty server)."""
    env = {**os.environ, "RUNG_LOG": str(tmp_path / "log.db")}
    env.pop("RUNG_CONFIG", None)
    command = [sys.executable, "-m", "rung.cli", "serve", "--quiet", *args]
    with (tmp_path / "serve.log").open("w") as console:
        return subprocess.Popen(command, env=env, stdout=console, stderr=subprocess.STDOUT,
                                text=True)  # fmt: skip


def wait_up(tmp_path: Path, port: int) -> None:
    """Wait for the served gateway; on failure, say what its console printed."""
    try:
        wait_until_up(f"http://127.0.0.1:{port}/health", timeout=60)
    except RuntimeError as exc:
        raise RuntimeError(f"{exc}; its console:\n{(tmp_path / 'serve.log').read_text()}") from exc


def test_serving_a_non_loopback_address_without_keys_refuses_to_start(tmp_path: Path) -> None:
    process = serve(tmp_path, "--host", "0.0.0.0", "--port", str(free_port()))
    process.wait(timeout=60)
    err = (tmp_path / "serve.log").read_text()
    assert process.returncode == 1
    assert "refusing to serve 0.0.0.0 without authentication" in err
    assert "rung keys create" in err and "--insecure" in err


def test_with_insecure_it_starts(tmp_path: Path) -> None:
    port = free_port()
    process = serve(tmp_path, "--host", "0.0.0.0", "--port", str(port), "--insecure")
    try:
        wait_up(tmp_path, port)
        assert httpx.get(f"http://127.0.0.1:{port}/v1/models").status_code == 200
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_with_a_key_in_the_log_it_starts_and_asks_for_it(tmp_path: Path) -> None:
    rung(tmp_path / "log.db", "keys", "create", "--name", "someone")
    port = free_port()
    process = serve(tmp_path, "--host", "0.0.0.0", "--port", str(port))
    try:
        wait_up(tmp_path, port)
        assert httpx.get(f"http://127.0.0.1:{port}/v1/models").status_code == 401
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_the_master_key_is_an_env_reference_that_must_be_set() -> None:
    import pytest

    from rung._errors import ConfigError
    from rung.configure import parse

    base = {"models": {"m": {"backend": "llamacpp"}}, "routes": {"r": {"model": "m"}}}
    with pytest.raises(ConfigError, match="never values"):
        parse({**base, "auth": {"master_key": "sk-plain-text"}}, "t", env={})
    with pytest.raises(ConfigError, match="RUNG_NOPE is not set"):
        parse({**base, "auth": {"master_key": "env:RUNG_NOPE"}}, "t", env={})
    assert parse({**base, "auth": {"master_key": "env:K"}}, "t", env={"K": "v"}).auth.master_key


def test_a_limit_beyond_what_the_log_stores_keep_is_a_usage_error(tmp_path: Path) -> None:
    log = str(tmp_path / "log.db")
    for command in (["teams", "create", "--name", "t"], ["keys", "create", "--name", "k"]):
        for option in ("--rpm", "--tpm"):
            result = CliRunner().invoke(main, [*command, "--log", log, option, str(2**63)])
            assert result.exit_code == 2 and "0<=x<=9223372036854775807" in result.output
    assert "rpm 9223372036854775807" in rung(tmp_path / "log.db", "teams", "create", "--name",
                                             "t", "--rpm", str(2**63 - 1))  # fmt: skip
