"""Containment: what sandboxed code tries, and what the host sees afterwards.

Run as root (as CI runs them): each escape below is attempted the way the adversarial review
did (issue 12): from the first process and from processes it starts. Every check is on the
host's side or on the run's own verdict; no test depends on timing.
"""

from __future__ import annotations

import os
import resource
import secrets
import socket
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from rung.verifiers import Limits, Sandbox
from rung.verifiers.sandbox import uid_processes

FAST = Limits(timeout=8.0, cpu_seconds=2, memory_bytes=256 << 20, processes=16)
pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="the sandbox tests run as root, as CI")


@pytest.fixture
def sandbox() -> Sandbox:
    sandbox = Sandbox(FAST, concurrency=2)
    assert sandbox.jail.missing() == "", sandbox.jail.missing()
    return sandbox


@pytest.fixture
def host_dir() -> Iterator[Path]:
    """A world-readable directory on the host, as rung's working directory would be."""
    path = Path(tempfile.mkdtemp(prefix="rung-host-"))
    path.chmod(0o755)
    yield path
    for child in path.iterdir():
        child.unlink()
    path.rmdir()


def marker(where: str) -> Path:
    return Path(where) / f"rung-escape-{secrets.token_hex(6)}"


async def test_plain_code_runs_and_reports(sandbox: Sandbox) -> None:
    result = await sandbox.run("def f(x):\n    return 2 * x\n", "assert f(2) == 4")
    assert result.passed, result.reason
    assert result.details["harness"] == "split" and result.uid is not None
    assert result.details["cgroup"] in ("v1", "v2")
    assert result.details["left_alive"] == []


async def test_kernel_confinement_is_in_place(sandbox: Sandbox) -> None:
    code = (
        "status = open('/proc/self/status').read()\n"
        "assert 'NoNewPrivs:\\t1' in status, 'no_new_privs'\n"
        "assert 'Seccomp:\\t2' in status, 'seccomp'\n"
        "assert 'CapEff:\\t0000000000000000' in status, 'capabilities'\n"
        "import os\n"
        "assert os.getuid() != 0\n"
        "assert len([p for p in os.listdir('/proc') if p.isdigit()]) <= 3, 'pid namespace'\n"
        "assert sorted(os.listdir('/')) == ['bin', 'dev', 'lib', 'lib64', 'proc', 'tmp', 'usr']\n"
    )
    result = await sandbox.run(code)
    assert result.passed, result.reason


@pytest.mark.parametrize(
    "how",
    [
        "import os\nos.system('echo x > {path}')\n",
        "import subprocess\nsubprocess.run(['/bin/sh', '-c', 'echo x > {path}'])\n",
        "import os\nif os.fork() == 0:\n    os.execv('/bin/sh', ['sh', '-c', 'echo x > {path}'])\n"
        "os.wait()\n",
        "import os\nfd = os.open('{dir}', os.O_RDONLY)\n"
        "os.close(os.open('{name}', os.O_WRONLY | os.O_CREAT, dir_fd=fd))\n",
        "open('{path}', 'w').write('x')\n",
    ],
    ids=["os.system", "subprocess", "os.exec", "dir_fd", "open"],
)
@pytest.mark.parametrize("where", ["/tmp", "/dev/shm", "/var/tmp"])
async def test_writes_never_reach_the_host(sandbox: Sandbox, how: str, where: str) -> None:
    path = marker(where)
    code = how.format(path=path, dir=where, name=path.name)
    result = await sandbox.run(
        f"try:\n    {code.replace(chr(10), chr(10) + '    ')}\nexcept OSError:\n    pass\n"
    )
    assert result.stage != "sandbox", result.reason
    assert not path.exists()


async def test_the_tmpfs_is_size_limited(sandbox: Sandbox) -> None:
    code = "open('/tmp/big', 'wb').write(b'x' * (100 << 20))\n"  # FAST's tmpfs holds 64 MiB
    result = await sandbox.run(code)
    assert not result.passed
    assert (
        "No space left on device" in result.reason
        or "File too large" in result.reason
        or ("file size limit" in result.reason)
    )


async def test_host_files_are_not_visible(sandbox: Sandbox, host_dir: Path) -> None:
    config = host_dir / "rung.yaml"
    config.write_text("api_key: sk-very-secret\n")
    log = host_dir / "rung-log.db"
    log.write_text("another request's trace\n")
    for path in (config, log):
        path.chmod(0o644)  # as the review found them
    code = (
        "import os, subprocess\n"
        f"for path in [{str(config)!r}, {str(log)!r}, '/etc/passwd', '/root']:\n"
        "    assert not os.path.exists(path), path\n"
        f"    done = subprocess.run(['cat', {str(config)!r}], capture_output=True)\n"
        "    assert b'secret' not in done.stdout\n"
    )
    result = await sandbox.run(code)
    assert result.passed, result.reason


async def test_device_nodes_and_fifos_are_refused(sandbox: Sandbox) -> None:
    for call in (
        "os.mkfifo('fifo')",
        f"os.mknod('node', {stat.S_IFIFO | 0o600})",
        f"os.mknod('null2', {stat.S_IFCHR | 0o666}, os.makedev(1, 3))",
    ):
        code = f"import os\ntry:\n    {call}\nexcept PermissionError:\n    pass\n"
        code += "else:\n    raise SystemExit('made')\n"
        result = await sandbox.run(code)
        assert result.passed, (call, result.reason)


async def test_namespaces_mounts_and_tracing_are_refused(sandbox: Sandbox) -> None:
    code = (
        "import subprocess\n"
        "assert subprocess.run(['unshare', '-U', 'true']).returncode != 0, 'unshare -U'\n"
        "assert subprocess.run(['unshare', '-rn', 'true']).returncode != 0, 'unshare -rn'\n"
        "import ctypes\n"
        "libc = ctypes.CDLL(None, use_errno=True)\n"
        "assert libc.unshare(0x10000000) == -1, 'user namespace'\n"
        "assert libc.unshare(0x00020000) == -1, 'mount namespace'\n"
        "assert libc.ptrace(16, 1, 0, 0) == -1, 'ptrace'\n"
        "assert libc.syscall(250, 0, 0, 0, 0, 0) == -1, 'keyctl'\n"  # x86-64 numbers
        "assert libc.syscall(321, 0, 0, 0) == -1, 'bpf'\n"
        "assert libc.syscall(308, 0, 0) == -1, 'setns'\n"
        "assert libc.mount(b'none', b'/tmp', b'tmpfs', 0, None) == -1, 'mount'\n"
        "assert ctypes.get_errno() == 1, 'EPERM'\n"
    )
    result = await sandbox.run(code)
    assert result.passed, result.reason


@pytest.fixture
def host_unix_socket(host_dir: Path) -> Iterator[tuple[Path, socket.socket]]:
    path = host_dir / "world.sock"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    path.chmod(0o777)
    server.listen(8)
    server.setblocking(False)
    yield path, server
    server.close()
    path.unlink()


def accepted(server: socket.socket) -> bool:
    try:
        connection, _ = server.accept()
    except BlockingIOError:
        return False
    connection.close()
    return True


async def test_host_unix_sockets_are_unreachable(
    sandbox: Sandbox, host_unix_socket: tuple[Path, socket.socket]
) -> None:
    path, server = host_unix_socket
    direct = f"import socket\ns = socket.socket(socket.AF_UNIX)\ns.connect({str(path)!r})\n"
    spawned = f"import subprocess, sys\nsubprocess.run(['python3', '-c', {direct!r}])\n"
    cleared = (  # the old sandbox's hook tables, emptied before trying
        "import __main__\n"
        "for name in ('NET_EVENTS', 'PATH_EVENTS'):\n"
        "    getattr(__main__, name, {}).clear()\n" + direct
    )
    for code in (direct, spawned, cleared):
        await sandbox.run(code)
        assert not accepted(server), code


async def test_no_network(sandbox: Sandbox) -> None:
    listener = socket.create_server(("127.0.0.1", 0))
    listener.setblocking(False)
    port = listener.getsockname()[1]
    code = (
        "import subprocess\n"
        f"connect = 'import socket; socket.create_connection((\"127.0.0.1\", {port}), timeout=1)'\n"
        "assert subprocess.run(['python3', '-c', connect]).returncode != 0\n"
        "import socket\n"
        "try:\n"
        "    socket.socket(socket.AF_INET)\n"
        "except OSError:\n"
        "    pass\n"
        "else:\n"
        "    raise SystemExit('an inet socket was created')\n"
    )
    result = await sandbox.run(code)
    assert result.passed, result.reason
    assert not accepted(listener)
    listener.close()


async def test_memory_is_bounded_across_all_processes(sandbox: Sandbox) -> None:
    """Six children of 150 MiB each (900 MiB) in a run limited to 256 MiB: they cannot all live."""
    code = (
        "import os, select\n"
        "ready_r, ready_w = os.pipe()\n"
        "go_r, go_w = os.pipe()\n"
        "children = []\n"
        "for _ in range(6):\n"
        "    pid = os.fork()\n"
        "    if pid == 0:\n"
        "        block = b'x' * (150 << 20)\n"
        "        os.write(ready_w, b'1')\n"
        "        os.read(go_r, 1)\n"
        "        os._exit(0)\n"
        "    children.append(pid)\n"
        "got = b''\n"
        "while len(got) < 6 and select.select([ready_r], [], [], 5)[0]:\n"
        "    got += os.read(ready_r, 6)\n"
        "os.write(go_w, b'1' * 6)\n"
        "codes = [os.waitpid(pid, 0)[1] for pid in children]\n"
        "assert len(got) == 6 and codes == [0] * 6, (got, codes)\n"
    )
    result = await sandbox.run(code)
    assert not result.passed
    peak = result.details.get("memory_peak")
    assert peak is not None and peak <= FAST.memory_bytes
    assert result.details["left_alive"] == []


async def test_fork_bomb_is_contained() -> None:
    sandbox = Sandbox(Limits(timeout=3.0, cpu_seconds=2, processes=16))
    bomb = (
        "import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass\n"
    )
    result = await sandbox.run(bomb)
    assert not result.passed
    assert result.details["left_alive"] == []
    assert result.uid is not None and uid_processes(result.uid) == []


async def test_infinite_loop_is_stopped_by_the_cpu_limit(sandbox: Sandbox) -> None:
    result = await sandbox.run("while True:\n    pass\n")
    assert not result.passed
    assert "CPU time limit (2s) exceeded" in result.reason


async def test_every_process_is_killed_at_the_wall_timeout() -> None:
    sandbox = Sandbox(Limits(timeout=1.0, cpu_seconds=5))
    code = "import os, time\nif os.fork() == 0:\n    os.setsid()\ntime.sleep(60)\n"
    result = await sandbox.run(code)
    assert not result.passed
    assert result.stage == "timeout" and "timed out after 1s" in result.reason
    assert result.details["left_alive"] == []
    assert result.uid is not None and uid_processes(result.uid) == []


async def test_ten_gigabytes_are_refused(sandbox: Sandbox) -> None:
    result = await sandbox.run("block = bytearray(10 * 1024**3)\n")
    assert not result.passed
    assert "MemoryError" in result.reason


async def test_caller_is_unaffected(sandbox: Sandbox) -> None:
    which = (resource.RLIMIT_AS, resource.RLIMIT_NPROC, resource.RLIMIT_CPU)
    before = [resource.getrlimit(r) for r in which]
    for code in ("x = bytearray(10 * 1024**3)\n", "import os\nwhile True: os.fork()\n"):
        assert not (await sandbox.run(code)).passed
    assert [resource.getrlimit(r) for r in which] == before
    assert (await sandbox.run("def f():\n    return 1\n", "assert f() == 1")).passed


async def test_a_missing_piece_refuses_to_run_code(sandbox: Sandbox) -> None:
    path = marker("/tmp")
    sandbox.jail.bwrap = None
    result = await sandbox.run(f"open({str(path)!r}, 'w').write('x')\n")
    assert not result.passed and result.stage == "sandbox"
    assert result.reason.startswith("refused to run code: bubblewrap")
    assert not path.exists()


async def test_forged_result_lines_are_ignored(sandbox: Sandbox) -> None:
    code = "print('RUNG-RESULT 0 {\"ok\": true}')\nimport os\nos._exit(0)\n"
    result = await sandbox.run(code)
    assert not result.passed
    assert "before reporting a result" in result.reason


async def test_a_cgroup_that_cannot_be_made_refuses_the_run(
    sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rung.verifiers import sandbox_cgroup

    def broken(self: sandbox_cgroup.RunGroup, *args: object) -> None:
        raise OSError(16, "Device or resource busy")

    monkeypatch.setattr(sandbox_cgroup.RunGroup, "create", broken)
    path = marker("/tmp")
    result = await sandbox.run(f"open({str(path)!r}, 'w').write('x')\n")
    assert result.stage == "sandbox" and result.reason.startswith("refused to run code")
    assert not path.exists()
