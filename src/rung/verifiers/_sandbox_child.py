"""The first code to run inside a sandboxed interpreter (stdlib only; passed as `python -c`).

The kernel already confines this process (see `sandbox_jail.py`); this script only sets the
per-process resource limits, reads its job from stdin (JSON) and does one of three things:

- `candidate`: import the untrusted code, run the tests' setup (imports, plain assignments),
  evaluate each *leaf* expression of the tests (the parts that call the candidate's code) and
  report each value as tagged plain data (`encode`), or the error it raised. Nothing here
  decides whether a test passed: that happens in a process the candidate never shares.
- `judge`: with no candidate code at all, evaluate the tests' assertions with the leaves bound to
  the decoded values (`decode`: only fresh lists, tuples, dicts, sets, numbers, strings...).
- `inprocess`: the old harness, for tests that cannot be split: import the code and exec the
  tests in its namespace. The candidate can tamper with this one (documented as weaker).

It reports one line on stdout, `RUNG-RESULT <nonce> <json>`. Only the judge's report is trusted
to say pass/fail; the candidate's is a list of claimed values.
"""

from __future__ import annotations

import collections.abc
import contextlib
import json
import os
import resource
import sys
import traceback
import types
from typing import Any

MAX_DEPTH = 64
MAX_ITEMS = 200_000
MAX_INT_DIGITS = 4000


class NotData(TypeError):
    """A value that is not plain data (the candidate returned an object, a function...)."""


def set_limits(limits: dict[str, int]) -> None:
    pairs = {
        "cpu": resource.RLIMIT_CPU,
        "memory": resource.RLIMIT_AS,
        "nproc": resource.RLIMIT_NPROC,
        "fsize": resource.RLIMIT_FSIZE,
        "nofile": resource.RLIMIT_NOFILE,
    }
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    for key, which in pairs.items():
        if key in limits:
            soft = int(limits[key])
            hard = soft + 1 if key == "cpu" else soft  # SIGXCPU at soft, SIGKILL at hard
            resource.setrlimit(which, (soft, hard))


def encode(value: Any, depth: int = 0, budget: list[int] | None = None) -> Any:
    """`value` as tagged JSON data, read through the base types' own methods (so a subclass's
    overridden `__eq__`, `__iter__` or `__repr__` plays no part). Raises NotData otherwise."""
    budget = budget if budget is not None else [MAX_ITEMS]
    budget[0] -= 1
    if depth > MAX_DEPTH or budget[0] < 0:
        raise NotData("value too deep or too large")
    if value is None:
        return ["N"]
    if isinstance(value, bool):
        return ["b", bool(int.__index__(value))]
    if isinstance(value, int):
        return ["i", int.__repr__(value)]
    if isinstance(value, float):
        return ["f", float.__repr__(value)]
    if isinstance(value, complex):
        return [
            "c",
            [complex.__getattribute__(value, "real"), complex.__getattribute__(value, "imag")],
        ]
    if isinstance(value, str):
        return ["s", str.__str__(value)]
    if isinstance(value, bytes | bytearray):
        return ["y", bytes(value).hex()]

    def each(items: Any) -> list[Any]:
        return [encode(item, depth + 1, budget) for item in items]

    if isinstance(value, list):
        return ["l", each(list.__iter__(value))]
    if isinstance(value, tuple):
        return ["t", each(tuple.__iter__(value))]
    if isinstance(value, frozenset):
        return ["F", each(frozenset.__iter__(value))]
    if isinstance(value, set):
        return ["S", each(set.__iter__(value))]
    if isinstance(value, dict):
        return ["d", [each(pair) for pair in dict.items(value)]]
    if isinstance(value, range):
        return ["r", [value.start, value.stop, value.step]]
    if isinstance(value, collections.abc.Iterator):
        return ["it", each(value)]
    raise NotData(f"returned a {type(value).__name__}, not plain data")


def decode(data: Any, depth: int = 0) -> Any:
    """Plain Python data from `encode`'s form: fresh built-in objects only."""
    if depth > MAX_DEPTH or not isinstance(data, list) or not data:
        raise ValueError("malformed value")
    tag, rest = data[0], data[1:]
    if tag == "N":
        return None
    payload = rest[0]
    items = (
        [decode(item, depth + 1) for item in payload] if tag in ("l", "t", "F", "S", "it") else None
    )
    if tag == "b" and isinstance(payload, bool):
        return payload
    if tag == "i" and isinstance(payload, str) and len(payload) <= MAX_INT_DIGITS:
        return int(payload)
    if tag == "f" and isinstance(payload, str) and len(payload) <= 40:
        return float(payload)
    if tag == "c" and isinstance(payload, list) and all(isinstance(p, float) for p in payload):
        return complex(payload[0], payload[1])
    if tag == "s" and isinstance(payload, str):
        return payload
    if tag == "y" and isinstance(payload, str):
        return bytes.fromhex(payload)
    if tag == "r" and isinstance(payload, list) and all(type(p) is int for p in payload):
        return range(*payload)
    if items is not None:
        makers: dict[str, Any] = {"l": list, "t": tuple, "F": frozenset, "S": set, "it": iter}
        return makers[tag](items)
    if tag == "d" and isinstance(payload, list):
        return {decode(k, depth + 1): decode(v, depth + 1) for k, v in payload}
    raise ValueError(f"malformed value tag {tag!r}")


def last_line(exc: BaseException) -> str:
    text = "".join(traceback.format_exception_only(type(exc), exc)).strip()
    line = text.splitlines()[-1] if text else type(exc).__name__
    return line if len(line) <= 300 else line[:300] + "..."


def failing_test(exc: BaseException, tests: str) -> str:
    """The source line of the test that raised, when the error came from the tests."""
    lines = tests.splitlines()
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename == "<tests>" and frame.lineno and frame.lineno <= len(lines):
            return lines[frame.lineno - 1].strip()
    return ""


def import_candidate(job: dict[str, Any]) -> tuple[dict[str, Any] | None, dict[str, Any]]:
    """(an error report, or None; the module's namespace) after importing the job's code."""
    try:
        code = compile(job["source"], "solution.py", "exec")
    except (SyntaxError, ValueError) as exc:
        return {"ok": False, "stage": "compile", "error": last_line(exc)}, {}
    module = types.ModuleType("solution")
    module.__file__ = os.path.join(os.getcwd(), "solution.py")
    sys.modules["solution"] = module
    namespace = module.__dict__
    try:
        exec(code, namespace)
    except BaseException as exc:
        return {"ok": False, "stage": "import", "error": last_line(exc)}, {}
    alias = job.get("alias")
    if alias and alias[0] not in namespace and alias[1] in namespace:
        namespace[alias[0]] = namespace[alias[1]]
    return None, namespace


def run_candidate(job: dict[str, Any]) -> dict[str, Any]:
    failed, namespace = import_candidate(job)
    if failed is not None:
        return failed
    try:
        for statement in job.get("setup") or []:
            exec(compile(statement, "<tests>", "exec"), namespace)
    except BaseException as exc:
        return {"ok": False, "stage": "tests", "error": last_line(exc)}
    values: list[Any] = []
    for leaf in job.get("leaves") or []:
        try:
            values.append(["v", encode(eval(compile(leaf, "<tests>", "eval"), namespace))])
        except BaseException as exc:
            values.append(["e", last_line(exc)])
    return {"ok": True, "stage": "tests", "error": "", "values": values}


def run_inprocess(job: dict[str, Any]) -> dict[str, Any]:
    failed, namespace = import_candidate(job)
    if failed is not None:
        return failed
    tests: str = job.get("tests") or ""
    if not tests:
        return {"ok": True, "stage": "import", "error": ""}
    try:
        exec(compile(tests, "<tests>", "exec"), namespace)
    except BaseException as exc:
        test = failing_test(exc, tests)
        return {"ok": False, "stage": "tests", "error": last_line(exc), "test": test}
    return {"ok": True, "stage": "tests", "error": ""}


def run_judge(job: dict[str, Any]) -> dict[str, Any]:
    """Each assertion's outcome: True, or the error line ('AssertionError' when false)."""
    namespace: dict[str, Any] = {"__name__": "__tests__"}
    for statement in job.get("setup") or []:
        exec(compile(statement, "<tests>", "exec"), namespace)
    outcomes: list[Any] = []
    for check in job["checks"]:
        scope = dict(namespace)
        scope.update({name: decode(value) for name, value in check["values"].items()})
        try:
            outcomes.append(
                True if eval(compile(check["expr"], "<tests>", "eval"), scope) else "AssertionError"
            )
        except BaseException as exc:
            outcomes.append(last_line(exc))
    return {"ok": True, "stage": "tests", "error": "", "outcomes": outcomes}


def main() -> None:
    job = json.loads(sys.stdin.read())
    write, nonce, dumps = os.write, job["nonce"], json.dumps
    set_limits(job.get("limits") or {})
    runner = {"candidate": run_candidate, "judge": run_judge, "inprocess": run_inprocess}
    result = runner[job["mode"]](job)
    result["uid"] = os.getuid()
    with contextlib.suppress(BaseException):  # the code's output first (it may have broken it)
        sys.stdout.flush()
    write(1, f"\nRUNG-RESULT {nonce} {dumps(result)}\n".encode())
    os._exit(0)


if __name__ == "__main__":
    main()
