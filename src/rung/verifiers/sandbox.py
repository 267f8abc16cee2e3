"""A sandbox for model-written Python: one short-lived subprocess per run.

Each run gets a fresh temporary directory as its cwd and a `python -I -B` process in its own
session (process group). Inside, before any untrusted code runs (see `_sandbox_child.py`):
new network (no network) and pid namespaces (when its init ends, the kernel kills every process
left in it), resource limits (CPU seconds, address space, process
count, file size, open files), a switch to a fresh unprivileged uid when rung runs as root (so
that RLIMIT_NPROC applies: the kernel ignores it for root), and an audit hook refusing sockets
and writes outside the directory. The parent enforces the wall-clock timeout, kills the whole
process group and then every process left with the run's uid. Runs are bounded by a semaphore.

This protects the host from the code; it does not stop a hostile answer from gaming its own
tests (the nonce and pid on the result line make forging it harder, not impossible).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import secrets
import shutil
import signal
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

CHILD = Path(__file__).with_name("_sandbox_child.py")
SYSTEM_PYTHONS = ("/usr/bin/python3", "/usr/local/bin/python3")
OUTPUT_TAIL = 4000
REPORT_TAIL = 1 << 16


@dataclass(frozen=True, slots=True)
class Limits:
    """What one sandboxed run may use. `python` is the interpreter (None: chosen, see below)."""

    timeout: float = 10.0
    cpu_seconds: int = 5
    memory_bytes: int = 1 << 30
    processes: int = 32
    file_bytes: int = 16 << 20
    open_files: int = 64
    python: str | None = None


@dataclass(slots=True)
class SandboxResult:
    """How a run ended. `reason` says why it failed ('' when it passed)."""

    passed: bool
    stage: str
    reason: str
    test: str = ""
    returncode: int | None = None
    duration: float = 0.0
    stdout: str = ""
    stderr: str = ""
    details: dict[str, Any] = field(default_factory=dict)
    uid: int | None = None


def traversable(path: str) -> bool:
    """Whether every directory above `path` lets other users through (o+x)."""
    current = Path(path).resolve()
    for directory in [current, *current.parents]:
        if directory.is_dir() and not directory.stat().st_mode & 0o001:
            return False
    return True


def choose_python() -> tuple[str, bool]:
    """The interpreter to run, and whether to drop to an unprivileged uid.

    As root, the interpreter's standard library must be readable after the uid switch; when
    `sys.executable`'s is not (e.g. under a 0700 /root), a system python is used instead. When
    no such interpreter exists the run stays root and RLIMIT_NPROC is not enforced.
    """
    if os.geteuid() != 0:
        return sys.executable, False
    if traversable(os.path.dirname(os.__file__)):
        return sys.executable, True
    for candidate in SYSTEM_PYTHONS:
        if os.path.exists(candidate) and traversable(candidate):
            return candidate, True
    return sys.executable, False


def uid_processes(uid: int) -> list[int]:
    """Pids of the live (not zombie) processes whose real uid is `uid`."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue
        if "State:\tZ" in status:  # zombies hold no resources and cannot be killed
            continue
        for line in status.splitlines():
            if line.startswith("Uid:"):
                if int(line.split()[1]) == uid:
                    pids.append(int(entry.name))
                break
    return pids


def sweep_uid(uid: int, rounds: int = 50) -> None:
    """SIGKILL every process of `uid` until none is left (a fork bomb may still be forking)."""
    for _ in range(rounds):
        pids = uid_processes(uid)
        if not pids:
            return
        for pid in pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        time.sleep(0.01)


def fresh_uid() -> int:
    """A random uid no process uses: each run gets its own, so its process count is its own."""
    while True:
        uid = 200_000 + secrets.randbelow(1 << 30)
        if not uid_processes(uid):
            return uid


def tail(handle: IO[bytes], size: int = OUTPUT_TAIL) -> str:
    handle.seek(0, os.SEEK_END)
    end = handle.tell()
    handle.seek(max(0, end - size))
    return handle.read().decode("utf-8", "replace")


def signal_reason(code: int, limits: Limits) -> str:
    signum = -code
    if signum == signal.SIGXCPU:
        return f"killed (SIGXCPU): CPU time limit ({limits.cpu_seconds}s) exceeded"
    if signum == signal.SIGKILL:
        return "killed (SIGKILL): CPU hard limit reached, or out of memory"
    if signum == signal.SIGXFSZ:
        return f"killed: file size limit ({limits.file_bytes} bytes) exceeded"
    if signum == signal.SIGSEGV:
        return "killed: segmentation fault (memory limit?)"
    return f"killed by signal {signal.Signals(signum).name}"


class Sandbox:
    """Runs untrusted Python with limits; at most `concurrency` runs at once."""

    def __init__(self, limits: Limits | None = None, concurrency: int = 2) -> None:
        self.limits = limits or Limits()
        self.semaphore = asyncio.Semaphore(concurrency)
        python, drop = choose_python()
        self.python = self.limits.python or python
        self.drop_privileges = drop

    async def run(
        self, source: str, tests: str = "", alias: tuple[str, str] | None = None
    ) -> SandboxResult:
        """Compile and import `source`, bind `alias` (name, target), then run `tests`."""
        async with self.semaphore:
            return await self._run(source, tests, alias)

    async def _run(self, source: str, tests: str, alias: tuple[str, str] | None) -> SandboxResult:
        workdir = tempfile.mkdtemp(prefix="rung-sandbox-")
        uid = fresh_uid() if self.drop_privileges else None
        if uid is not None:
            os.chown(workdir, uid, uid)
        nonce = secrets.token_hex(16)
        job = {
            "source": source,
            "tests": tests,
            "alias": list(alias) if alias else None,
            "dir": workdir,
            "uid": uid,
            "nonce": nonce,
            "limits": self._limit_map(),
        }
        started = time.perf_counter()
        try:
            with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
                code, timed_out, pid = await self._spawn(json.dumps(job).encode(), out, err, uid)
                report = find_report(tail(out, REPORT_TAIL), nonce, pid)
                result = self._result(code, timed_out, report, tail(out), tail(err))
        finally:
            await asyncio.to_thread(shutil.rmtree, workdir, True)
        result.duration, result.uid = time.perf_counter() - started, uid
        return result

    def _limit_map(self) -> dict[str, int]:
        limits = self.limits
        processes = limits.processes
        if not self.drop_privileges:  # the count is the user's: leave room for what runs now
            processes += len(uid_processes(os.getuid()))
        return {
            "cpu": limits.cpu_seconds,
            "memory": limits.memory_bytes,
            "nproc": processes,
            "fsize": limits.file_bytes,
            "nofile": limits.open_files,
        }

    async def _spawn(
        self, job: bytes, out: IO[bytes], err: IO[bytes], uid: int | None
    ) -> tuple[int | None, bool, int]:
        process = await asyncio.create_subprocess_exec(
            self.python,
            "-I",
            "-B",
            str(CHILD),
            stdin=asyncio.subprocess.PIPE,
            stdout=out,
            stderr=err,
            start_new_session=True,
            env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
        )
        timed_out = False
        try:
            await asyncio.wait_for(process.communicate(job), self.limits.timeout)
        except TimeoutError:
            timed_out = True
        finally:
            self._kill_group(process.pid)
            if uid is not None:
                await asyncio.to_thread(sweep_uid, uid)
            if process.returncode is None:
                await process.wait()
        return process.returncode, timed_out, process.pid

    @staticmethod
    def _kill_group(pgid: int) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pgid, signal.SIGKILL)

    def _result(
        self,
        code: int | None,
        timed_out: bool,
        report: dict[str, Any] | None,
        stdout: str,
        stderr: str,
    ) -> SandboxResult:
        if timed_out:
            reason = f"timed out after {self.limits.timeout:g}s (wall clock); process group killed"
            return SandboxResult(False, "timeout", reason, "", code, stdout=stdout, stderr=stderr)
        if report is None:
            if code is not None and code < 0:
                reason = signal_reason(code, self.limits)
            else:
                reason = f"exited with code {code} before reporting a result"
            return SandboxResult(False, "crash", reason, "", code, stdout=stdout, stderr=stderr)
        passed = bool(report.get("ok"))
        stage = report.get("stage")
        failed = "killed" if stage == "killed" else f"{stage} failed"
        reason = "" if passed else f"{failed}: {report.get('error')}"
        return SandboxResult(
            passed,
            str(report.get("stage")),
            reason,
            str(report.get("test") or ""),
            code,
            stdout=stdout,
            stderr=stderr,
            details=report,
        )


def find_report(stdout: str, nonce: str, pid: int) -> dict[str, Any] | None:
    """The result line the sandbox's first process wrote (not a forked child's), or None.

    That process is `pid`, or 1 when the child entered a new pid namespace.
    """
    markers = (f"RUNG-RESULT {nonce} {pid} ", f"RUNG-RESULT {nonce} 1 ")
    for line in reversed(stdout.splitlines()):
        marker = next((m for m in markers if line.startswith(m)), None)
        if marker is not None:
            try:
                report = json.loads(line[len(marker) :])
            except ValueError:
                return None
            return report if isinstance(report, dict) else None
    return None
