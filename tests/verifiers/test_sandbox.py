"""Containment: each hostile program fails with a reason, and the caller is unaffected."""

from __future__ import annotations

import asyncio
import os
import resource
import time
from pathlib import Path

import pytest

from rung.types import ChatRequest, Completion
from rung.verifiers import Limits, PythonVerifier, Sandbox
from rung.verifiers.sandbox import uid_processes

FAST = Limits(timeout=3.0, cpu_seconds=1, memory_bytes=512 << 20, processes=16)


def answer(code: str) -> Completion:
    return Completion({"choices": [{"message": {"content": f"```python\n{code}\n```"}}]})


def request(tests: str = "") -> ChatRequest:
    body = {"messages": [{"role": "user", "content": "write it"}], "rung": {"tests": tests}}
    return ChatRequest(body)


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(FAST, concurrency=2)


async def test_good_solution_passes(sandbox: Sandbox) -> None:
    verifier = PythonVerifier(sandbox=sandbox)
    verdict = await verifier.check(
        request("assert double(2) == 4"), answer("def double(x):\n    return 2 * x")
    )
    assert verdict.passed, verdict.reason
    assert verdict.score == 1.0


async def test_infinite_loop_is_stopped_by_the_cpu_limit() -> None:
    sandbox = Sandbox(Limits(timeout=20.0, cpu_seconds=1))  # wall time to spare on a busy box
    started = time.perf_counter()
    result = await sandbox.run("while True:\n    pass\n")
    assert not result.passed
    assert "CPU time limit (1s) exceeded" in result.reason
    assert time.perf_counter() - started < 20


async def test_sleeper_and_its_child_are_killed_at_the_wall_timeout() -> None:
    sandbox = Sandbox(Limits(timeout=1.0, cpu_seconds=5))
    code = "import os, time\nif os.fork() == 0:\n    os.setsid()\ntime.sleep(60)\n"
    result = await sandbox.run(code)
    assert not result.passed
    assert result.stage == "timeout" and "timed out after 1s" in result.reason
    if result.uid is not None:  # even the child that left the process group is gone
        assert uid_processes(result.uid) == []


async def test_fork_bomb_is_contained(sandbox: Sandbox) -> None:
    bomb = (
        "import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass\n"
    )
    result = await sandbox.run(bomb)
    assert not result.passed and result.reason
    plain = await sandbox.run("import os\nwhile True:\n    os.fork()\n")
    assert not plain.passed
    if sandbox.drop_privileges:  # each run had its own uid: nothing of it may be left
        assert "Resource temporarily unavailable" in plain.reason
        assert result.uid is not None and plain.uid is not None
        assert uid_processes(result.uid) == [] and uid_processes(plain.uid) == []


async def test_ten_gigabytes_are_refused(sandbox: Sandbox) -> None:
    result = await sandbox.run("block = bytearray(10 * 1024**3)\n")
    assert not result.passed
    assert "MemoryError" in result.reason


async def test_sockets_are_refused(sandbox: Sandbox) -> None:
    code = "import socket\nsocket.create_connection(('93.184.216.34', 80), timeout=2)\n"
    result = await sandbox.run(code)
    assert not result.passed
    assert "refused" in result.reason and "socket" in result.reason
    raw = "import socket\ns = socket.socket()\n"
    assert "socket.__new__ refused" in (await sandbox.run(raw)).reason


async def test_writes_outside_the_directory_are_refused(sandbox: Sandbox, tmp_path: Path) -> None:
    target = tmp_path / "escaped.txt"
    result = await sandbox.run(f"open({str(target)!r}, 'w').write('x')\n")
    assert not result.passed
    assert "write outside the sandbox refused" in result.reason
    assert not target.exists()
    removal = await sandbox.run(f"import os\nos.remove({str(tmp_path)!r})\n")
    assert "os.remove outside the sandbox refused" in removal.reason
    inside = await sandbox.run("open('scratch.txt', 'w').write('x')\n")
    assert inside.passed, inside.reason


async def test_native_calls_are_refused(sandbox: Sandbox) -> None:
    result = await sandbox.run("import ctypes\nctypes.CDLL(None)\n")
    assert not result.passed and "ctypes.dlopen refused" in result.reason


async def test_network_namespace_and_uid_when_root(sandbox: Sandbox) -> None:
    if os.geteuid() != 0:
        pytest.skip("namespaces and uid switching need root")
    result = await sandbox.run("x = 1\n")
    assert result.passed
    assert result.details["netns"] is True
    assert result.details["uid"] >= 200_000


async def test_caller_is_unaffected(sandbox: Sandbox) -> None:
    limits_before = [resource.getrlimit(r) for r in (resource.RLIMIT_AS, resource.RLIMIT_NPROC)]
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.05)
            ticks += 1

    task = asyncio.create_task(ticker())
    hostile = [
        "while True:\n    pass\n",
        "x = bytearray(10 * 1024**3)\n",
        "import os\nwhile True: os.fork()\n",
    ]
    results = await asyncio.gather(*(sandbox.run(code) for code in hostile))
    task.cancel()
    assert not any(r.passed for r in results)
    assert ticks >= 10  # the event loop kept running while the sandboxes did
    assert [
        resource.getrlimit(r) for r in (resource.RLIMIT_AS, resource.RLIMIT_NPROC)
    ] == limits_before
    assert (await sandbox.run("def f():\n    return 1\n", "assert f() == 1")).passed


async def test_concurrency_is_bounded() -> None:
    code = "import time\ntime.sleep(0.4)\n"
    one = Sandbox(Limits(timeout=5), concurrency=1)
    started = time.perf_counter()
    await asyncio.gather(one.run(code), one.run(code))
    serial = time.perf_counter() - started
    two = Sandbox(Limits(timeout=5), concurrency=2)
    started = time.perf_counter()
    await asyncio.gather(two.run(code), two.run(code))
    parallel = time.perf_counter() - started
    assert serial >= 0.8
    assert parallel < serial


async def test_forged_result_lines_are_ignored(sandbox: Sandbox) -> None:
    code = "print('RUNG-RESULT 0 0 {\"ok\": true}')\nimport os\nos._exit(0)\n"
    result = await sandbox.run(code)
    assert not result.passed
    assert "before reporting a result" in result.reason
