"""A sandbox for model-written and client-supplied Python, enforced by the kernel.

Each run is one short-lived interpreter (the system's `/usr/bin/python3`, standard library
only) started by bubblewrap in its own user, mount, pid, network, IPC and UTS namespaces, under
a seccomp filter, inside a cgroup of its own, as a fresh unprivileged uid when rung is root (see
`sandbox_jail.py` and `sandbox_cgroup.py`). What holds for the first process holds for every
process it starts. When a piece is missing on this machine the run is refused: the result fails
with the reason, and no code runs.

Tests are split where they can be (`sandbox_tests.py`): the candidate's process only computes the
values the tests ask of it, as plain data; the comparisons happen in rung, or in a second
sandboxed process that holds no candidate code. Runs go through a bounded queue: at most
`concurrency` at once and `max_waiting` waiting; past that `run` raises `Overloaded` (429).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import os
import secrets
import signal
import tempfile
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from rung._errors import Overloaded
from rung.verifiers.sandbox_cgroup import RunGroup
from rung.verifiers.sandbox_jail import Jail, seccomp_fd
from rung.verifiers.sandbox_tests import TestPlan, judge_locally, split_tests

CHILD = Path(__file__).with_name("_sandbox_child.py")
OUTPUT_TAIL = 4000
REPORT_TAIL = 8 << 20


@dataclass(frozen=True, slots=True)
class Limits:
    """What one sandboxed run may use: memory, processes and CPU share count all of the run's
    processes together (per-process limits apply as well); `tmp_bytes` bounds its tmpfs."""

    timeout: float = 10.0
    cpu_seconds: int = 5
    memory_bytes: int = 1 << 30
    processes: int = 32
    file_bytes: int = 16 << 20
    open_files: int = 64
    tmp_bytes: int = 64 << 20
    cpu_cores: float = 1.0
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
        if "State:\tZ" in status:
            continue
        for line in status.splitlines():
            if line.startswith("Uid:"):
                if int(line.split()[1]) == uid:
                    pids.append(int(entry.name))
                break
    return pids


def sweep_uid(uid: int, rounds: int = 50) -> None:
    """SIGKILL every process of `uid` until none is left (used when there is no cgroup)."""
    for _ in range(rounds):
        pids = uid_processes(uid)
        if not pids:
            return
        for pid in pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        time.sleep(0.01)


def fresh_uid() -> int:
    """A random uid no process uses: each run gets its own."""
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
    signum = -code if code < 0 else code - 128
    if signum == signal.SIGXCPU:
        return f"killed (SIGXCPU): CPU time limit ({limits.cpu_seconds}s) exceeded"
    if signum == signal.SIGKILL:
        return "killed (SIGKILL): CPU hard limit reached, or out of memory"
    if signum == signal.SIGXFSZ:
        return f"killed: file size limit ({limits.file_bytes} bytes) exceeded"
    if signum == signal.SIGSEGV:
        return "killed: segmentation fault (memory limit?)"
    try:
        return f"killed by signal {signal.Signals(signum).name}"
    except ValueError:
        return f"exited with code {code} before reporting a result"


@functools.cache
def child_source() -> str:
    return CHILD.read_text(encoding="utf-8")


def find_report(stdout: str, nonce: str) -> dict[str, Any] | None:
    """The last result line carrying `nonce`, or None."""
    marker = f"RUNG-RESULT {nonce} "
    for line in reversed(stdout.splitlines()):
        if line.startswith(marker):
            try:
                report = json.loads(line[len(marker) :])
            except (ValueError, RecursionError):
                return None
            return report if isinstance(report, dict) else None
    return None


@dataclass(slots=True)
class Exit:
    """How one sandboxed process ended."""

    code: int | None
    timed_out: bool
    report: dict[str, Any] | None
    stdout: str
    stderr: str
    facts: dict[str, Any]


class Sandbox:
    """Runs untrusted Python under the kernel's confinement, through a bounded queue."""

    def __init__(
        self, limits: Limits | None = None, concurrency: int = 2, max_waiting: int = 16
    ) -> None:
        self.limits = limits or Limits()
        self.jail = Jail(self.limits.python)
        self.slots = asyncio.Semaphore(concurrency)
        self.max_waiting = max_waiting
        self.waiting = 0
        self.active = 0
        self.drop_privileges = self.jail.as_root

    @contextlib.asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        """A place in the queue, or Overloaded when `max_waiting` runs already wait."""
        if self.slots.locked() and self.waiting >= self.max_waiting:
            raise Overloaded(f"the sandbox queue is full ({self.waiting} runs waiting)")
        self.waiting += 1
        try:
            await self.slots.acquire()
        finally:
            self.waiting -= 1
        self.active += 1
        try:
            yield
        finally:
            self.active -= 1
            self.slots.release()

    async def run(
        self, source: str, tests: str = "", alias: tuple[str, str] | None = None
    ) -> SandboxResult:
        """Compile and import `source`, bind `alias` (name, target), then run `tests`."""
        async with self.slot():
            started = time.perf_counter()
            try:
                result = await self._verify(source, tests, alias)
            except OSError as exc:  # no cgroup, no pipe, no process: nothing ran
                reason = f"refused to run code: the sandbox could not start: {exc}"
                result = SandboxResult(False, "sandbox", reason)
            result.duration = time.perf_counter() - started
            result.uid = result.details.get("uid")
            return result

    async def _verify(
        self, source: str, tests: str, alias: tuple[str, str] | None
    ) -> SandboxResult:
        missing = self.jail.missing()
        if missing:
            return SandboxResult(False, "sandbox", f"refused to run code: {missing}")
        plan = split_tests(tests) if tests else None
        base = {"source": source, "alias": list(alias) if alias else None}
        if plan is None:
            found = await self.execute({**base, "mode": "inprocess", "tests": tests})
            result = self.result(found)
            result.details.setdefault("harness", "in-process" if tests else "import")
            return result
        job = {**base, "mode": "candidate", "setup": plan.setup, "leaves": plan.leaves}
        found = await self.execute(job)
        result = self.result(found)
        if not result.passed:
            return result
        return await self.decide(plan, result, found.report or {})

    async def decide(
        self, plan: TestPlan, result: SandboxResult, report: dict[str, Any]
    ) -> SandboxResult:
        """Pass or fail the split tests from the candidate's values, in rung or the judge."""
        values = report.get("values")
        outcome = judge_locally(plan, values if isinstance(values, list) else [])
        result.details = {
            **result.details,
            "harness": "split",
            "judged_apart": len(outcome.pending),
        }
        if outcome.failure is None and outcome.pending:
            outcome.failure = await self.judge(plan, outcome.pending)
        if outcome.failure is not None:
            result.passed, result.stage = False, "tests"
            result.test, error = outcome.failure
            result.reason = f"tests failed: {error}"
        return result

    async def judge(self, plan: TestPlan, pending: list[Any]) -> tuple[str, str] | None:
        checks = [{"expr": check.expr, "values": values} for check, values in pending]
        found = await self.execute({"mode": "judge", "setup": plan.setup, "checks": checks})
        outcomes = (found.report or {}).get("outcomes")
        if not isinstance(outcomes, list) or len(outcomes) != len(pending):
            judged = self.result(found)
            return ("", f"the judge process failed: {judged.reason or 'no outcome'}")
        for (check, _), outcome in zip(pending, outcomes, strict=True):
            if outcome is not True:
                return check.source, str(outcome)
        return None

    def limit_map(self, uid: int | None) -> dict[str, int]:
        limits = self.limits
        processes = limits.processes
        if uid is None:  # the count is rung's user's: leave room for what runs now
            processes += len(uid_processes(os.getuid()))
        return {
            "cpu": limits.cpu_seconds,
            "memory": limits.memory_bytes,
            "nproc": processes,
            "fsize": limits.file_bytes,
            "nofile": limits.open_files,
        }

    async def execute(self, job: dict[str, Any]) -> Exit:
        """Run one sandboxed interpreter on `job` and collect how it ended."""
        uid = fresh_uid() if self.drop_privileges else None
        nonce = secrets.token_hex(16)
        payload = json.dumps({**job, "nonce": nonce, "limits": self.limit_map(uid)}).encode()
        group = RunGroup(self.jail.cgroups) if self.jail.cgroups else None
        facts: dict[str, Any] = {"cgroup": group.version if group else None, "uid": uid}
        fd = seccomp_fd()
        try:
            if group is not None:
                group.create(self.limits.memory_bytes, self.limits.processes, self.limits.cpu_cores)
            argv = [self.jail.python, "-I", "-S", "-B", "-c", child_source()]
            command = self.jail.command(uid, group, fd, argv, self.limits.tmp_bytes)
            with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
                code, timed_out = await self.spawn(command, fd, payload, out, err)
                report = find_report(tail(out, REPORT_TAIL), nonce)
                stdout, stderr = tail(out), tail(err)
        finally:
            os.close(fd)
            if group is not None:
                facts.update(memory_peak=group.peak_memory(), oom_kills=group.oom_kills())
                facts["refused_forks"] = group.refused_forks()
                facts["left_alive"] = await asyncio.to_thread(group.destroy)
            if uid is not None:
                await asyncio.to_thread(sweep_uid, uid)
        return Exit(code, timed_out, report, stdout, stderr, facts)

    async def spawn(
        self, command: list[str], fd: int, payload: bytes, out: IO[bytes], err: IO[bytes]
    ) -> tuple[int | None, bool]:
        process = await asyncio.create_subprocess_exec(
            *command,
            stdin=asyncio.subprocess.PIPE,
            stdout=out,
            stderr=err,
            start_new_session=True,
            pass_fds=(fd,),
            env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
        )
        timed_out = False
        try:
            await asyncio.wait_for(process.communicate(payload), self.limits.timeout)
        except TimeoutError:
            timed_out = True
        finally:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(process.pid, signal.SIGKILL)
            if process.returncode is None:
                await process.wait()
        return process.returncode, timed_out

    def result(self, found: Exit) -> SandboxResult:
        """A SandboxResult from how a process ended (before any split tests are judged)."""
        limits, code, facts = self.limits, found.code, found.facts
        common: dict[str, Any] = {"stdout": found.stdout, "stderr": found.stderr}
        if found.timed_out:
            reason = f"timed out after {limits.timeout:g}s (wall clock); every process killed"
            if facts.get("oom_kills"):
                reason += f" ({facts['oom_kills']} killed earlier by the run's memory limit)"
            return SandboxResult(False, "timeout", reason, "", code, details=facts, **common)
        report = found.report
        if report is None:
            if facts.get("oom_kills"):
                mib = limits.memory_bytes >> 20
                reason = (
                    f"killed: the run's memory limit ({mib} MiB, all its processes) was reached"
                )
            elif code is not None and (code < 0 or code > 128):
                reason = signal_reason(code, limits)
            else:
                reason = f"exited with code {code} before reporting a result"
                jail = [line for line in found.stderr.splitlines() if line.startswith("bwrap:")]
                if code == 125:
                    reason = "refused to run code: could not join the run's cgroup"
                elif jail:
                    reason = f"refused to run code: {jail[-1][:300]}"
            return SandboxResult(False, "crash", reason, "", code, details=facts, **common)
        passed, stage = report.get("ok") is True, str(report.get("stage"))[:40]
        error = str(report.get("error"))[:300]  # the candidate wrote it: kept short
        reason = "" if passed else f"{stage} failed: {error}"
        details = {"stage": stage, "error": error, **facts}
        test = str(report.get("test") or "")[:300]
        return SandboxResult(passed, stage, reason, test, code, details=details, **common)
