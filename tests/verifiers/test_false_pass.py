"""Tests that cannot be fooled from inside: each trick of issue 12 with a wrong `f`.

The tests are `assert f(2) == 4`; every answer below defines an `f` that does not return 4 and
then tries to make the harness report a pass anyway, without knowing the expected value (an
answer that knows it can always return it: that is hard-coding, which no harness can tell from
a right answer). None may pass; right code must.
"""

from __future__ import annotations

import os

import pytest

from rung.types import ChatRequest, Completion
from rung.verifiers import Limits, PythonVerifier, Sandbox

TESTS = "assert f(2) == 4"
WRONG = "def f(x):\n    return 5\n"
REPORT = '{"ok": true, "stage": "tests", "error": ""}'
TRICKS = {
    "always_equal_object": "class E:\n    def __eq__(self, other):\n        return True\n"
    "    __hash__ = object.__hash__\n"
    "def f(x):\n    return E()\n",
    "always_equal_int_subclass": "class E(int):\n"
    "    def __eq__(self, other):\n        return True\n"
    "    def __ne__(self, other):\n        return False\n    __hash__ = int.__hash__\n"
    "def f(x):\n    return E(5)\n",
    "always_equal_list_subclass": "class E(list):\n"
    "    def __eq__(self, other):\n        return True\n"
    "def f(x):\n    return E()\n",
    "exec_replaced": "import builtins\nbuiltins.exec = lambda *a, **k: None\n" + WRONG,
    "eval_replaced": "import builtins\nbuiltins.eval = lambda *a, **k: True\n" + WRONG,
    "main_compile_patched": "import __main__, builtins\n_c = builtins.compile\n"
    "def fake(source, name, mode, *a, **k):\n"
    "    return _c('pass' if mode == 'exec' else 'True', name, mode)\n"
    "__main__.compile = builtins.compile = fake\n" + WRONG,
    "report_through_frames": "import sys, os, json\n" + WRONG + f"REPORT = {REPORT!r}\n"
    "frame = sys._getframe()\n"
    "while frame is not None:\n"
    "    for name, value in list(frame.f_globals.items()) + list(frame.f_locals.items()):\n"
    "        if callable(value) and name in ('report', 'write', 'main'):\n"
    "            try:\n"
    "                value(json.loads(REPORT)) if name == 'report' else None\n"
    "            except Exception:\n"
    "                pass\n"
    "    frame = frame.f_back\n"
    f"print('RUNG-RESULT x ' + {REPORT!r})\n"
    "os._exit(0)\n",
    "json_encoder_patched": "import json\n"
    f"json._default_encoder.encode = lambda o: {REPORT!r}\n"
    f"json.dumps = lambda *a, **k: {REPORT!r}\n" + WRONG,
    "nonce_found_with_gc": "import gc, os, json\n" + WRONG + "nonce = None\n"
    "for o in gc.get_objects():\n"
    "    if isinstance(o, dict) and isinstance(o.get('nonce'), str):\n"
    "        nonce = o['nonce']\n"
    f"for pid in ('1 ', '%d ' % os.getpid(), ''):  # the old format, then today's\n"
    f"    os.write(1, ('\\nRUNG-RESULT %s %s%s\\n' % (nonce, pid, {REPORT!r})).encode())\n"
    "os._exit(0)\n",
    "sys_exit_0": WRONG + "import sys\nsys.exit(0)\n",
    "os_exit_0": WRONG + "import os\nos._exit(0)\n",
    "assertion_error_swapped": "import builtins\n"
    "builtins.AssertionError = type('AssertionError', (Exception,), {})\n" + WRONG,
    "true_patched_via_leaf_namespace": "import builtins\nbuiltins.bool = lambda *a: True\n" + WRONG,
}


def request() -> ChatRequest:
    return ChatRequest({"messages": [{"role": "user", "content": "write f"}]})


def answer(code: str) -> Completion:
    return Completion({"choices": [{"message": {"content": f"```python\n{code}\n```"}}]})


@pytest.fixture(scope="module")
def sandbox() -> Sandbox:
    return Sandbox(Limits(timeout=8.0, cpu_seconds=2, memory_bytes=256 << 20))


pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="the sandbox tests run as root, as CI")


@pytest.mark.parametrize("trick", sorted(TRICKS))
async def test_trick_does_not_pass_wrong_code(sandbox: Sandbox, trick: str) -> None:
    verdict = await PythonVerifier(TESTS, sandbox=sandbox).check(request(), answer(TRICKS[trick]))
    assert not verdict.passed, verdict.reason


@pytest.mark.parametrize("trick", sorted(TRICKS))
async def test_trick_does_not_pass_when_the_judge_compares(sandbox: Sandbox, trick: str) -> None:
    tests = "assert math.isclose(f(2), 4.0)"  # compared in the judge process, not in rung
    verdict = await PythonVerifier(tests, sandbox=sandbox).check(request(), answer(TRICKS[trick]))
    assert not verdict.passed, verdict.reason


async def test_the_same_tricks_with_a_right_answer_still_check_the_value(sandbox: Sandbox) -> None:
    right = TRICKS["exec_replaced"].replace("return 5", "return 2 * x")
    verdict = await PythonVerifier(TESTS, sandbox=sandbox).check(request(), answer(right))
    assert verdict.passed, verdict.reason


@pytest.mark.parametrize(
    ("code", "tests"),
    [
        (
            "def f(a, b):\n    return tuple(set(a) & set(b))\n",
            "assert set(f((3, 4, 5), (5, 7, 4))) == set((4, 5))",
        ),
        ("def f(x):\n    return (x, x)\n", "assert f(1) == (1, 1)\nassert f(2) != [2, 2]"),
        ("def f(x):\n    return [x] * 2\n", "assert f(1) == [1, 1]\nassert f(1) != (1, 1)"),
        (
            "import math\ndef f(r):\n    return math.pi * r * r\n",
            "import math\nassert math.isclose(f(2), 12.566, rel_tol=0.001)",
        ),
        ("def f(r):\n    return 3.14159 * r\n", "assert abs(f(1) - 3.14159) < 1e-9"),
        ("def f(n):\n    return (i * i for i in range(n))\n", "assert list(f(3)) == [0, 1, 4]"),
        (
            "from collections import Counter\ndef f(s):\n    return Counter(s)\n",
            "assert f('aab') == {'a': 2, 'b': 1}",
        ),
        (
            "def f(s):\n    return {s: [1, {2: 'x'}], 'n': None}\n",
            "assert f('k') == {'k': [1, {2: 'x'}], 'n': None}",
        ),
        ("def f(x):\n    return x > 1\n", "assert f(2)\nassert not f(0)\nassert f(3) is True"),
        (
            "def f(s):\n    return s.upper()\n",
            "x = 'ab'\nassert f(x) == 'AB'\nassert f(x) == x.upper()",
        ),
        ("def f(n):\n    return 2 ** n\n", "assert f(200) == 2 ** 200"),
        ("def f(x):\n    return b'%d' % x\n", "assert f(3) == b'3'"),
        ("def f(x):\n    return float('inf')\n", "assert f(1) == float('inf')"),
        ("def f(x):\n    return 1 / x\n", "assert f(4) == 0.25"),
        ("class Pair:\n    def __init__(self, a, b):\n        self.a, self.b = a, b\n"
         "def f(pairs):\n    return len(pairs)\n", "assert f([Pair(1, 2), Pair(3, 4)]) == 2"),
    ],
)  # fmt: skip
async def test_right_code_passes_split_tests(sandbox: Sandbox, code: str, tests: str) -> None:
    verdict = await PythonVerifier(tests, sandbox=sandbox).check(request(), answer(code))
    assert verdict.passed, verdict.reason


@pytest.mark.parametrize(
    ("code", "tests", "error"),
    [
        ("def f(x):\n    return [x, x]\n", "assert f(1) == (1, 1)", "AssertionError"),
        ("def f(x):\n    return 1 / x\n", "assert f(0) == 0", "ZeroDivisionError"),
        ("def f(x):\n    return object()\n", "assert f(0) == 0", "not plain data"),
        ("def f(x):\n    return x\n", "assert f(1) == 1\nassert f(2) == 3", "AssertionError"),
    ],
)
async def test_wrong_code_fails_with_the_test_named(
    sandbox: Sandbox, code: str, tests: str, error: str
) -> None:
    verdict = await PythonVerifier(tests, sandbox=sandbox).check(request(), answer(code))
    assert not verdict.passed
    assert error in verdict.reason and "assert f(" in verdict.reason


async def test_tests_that_need_objects_run_in_process(sandbox: Sandbox) -> None:
    tests = "def check(candidate):\n    assert candidate(2) == 4\ncheck(f)"
    verifier = PythonVerifier(tests, sandbox=sandbox)
    right = await verifier.sandbox.run("def f(x):\n    return 2 * x\n", tests)
    assert right.passed and right.details["harness"] == "in-process"
    assert not (await verifier.check(request(), answer(WRONG))).passed
