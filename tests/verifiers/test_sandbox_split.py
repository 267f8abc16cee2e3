"""Splitting tests, and the data-only boundary between the candidate and the comparison."""

from __future__ import annotations

import ast
from collections import Counter, OrderedDict, namedtuple
from typing import Any

import pytest

from rung.verifiers._sandbox_child import NotData, decode, encode
from rung.verifiers.sandbox_tests import Unsupported, evaluate, judge_locally, split_tests


def test_leaves_are_the_parts_that_call_the_candidate() -> None:
    plan = split_tests("import math\nx = [1, 2]\nassert set(f(x)) == {1, 2}\nassert f(3) == 9")
    assert plan is not None
    assert plan.setup == ["import math", "x = [1, 2]"]
    assert plan.leaves == ["f(x)", "f(3)"]
    assert [c.expr for c in plan.checks] == ["set(_rung_v0) == {1, 2}", "_rung_v1 == 9"]


def test_expected_values_never_reach_the_candidate() -> None:
    plan = split_tests("assert abs(f(1) - 3.14159) < 1e-9\nassert math.isclose(g(2), 0.5)")
    assert plan is not None
    assert plan.leaves == ["f(1)", "g(2)"]  # no 3.14159, no 0.5
    assert plan.setup == ["import math"]  # named without an import, as the old harness allowed


@pytest.mark.parametrize(
    "tests",
    [
        "def check(candidate):\n    assert candidate(1) == 2\ncheck(f)",
        "for i in range(3):\n    assert f(i) == i",
        "result = f(2)\nassert result == 4",
        "print(f(2))",
        "assert all(f(i) == i for i in range(3))",
    ],
)
def test_other_tests_run_in_process(tests: str) -> None:
    assert split_tests(tests) is None


class Liar(int):
    def __eq__(self, other: object) -> bool:
        return True

    __hash__ = int.__hash__


class LyingList(list[int]):
    def __eq__(self, other: object) -> bool:
        return True

    def __iter__(self) -> Any:
        return iter([4])


@pytest.mark.parametrize(
    ("value", "plain"),
    [
        (Liar(5), 5),
        (LyingList([1, 2]), [1, 2]),
        (Counter("aab"), {"a": 2, "b": 1}),
        (OrderedDict(a=1), {"a": 1}),
        (namedtuple("P", "x y")(1, 2), (1, 2)),
        ({1: (2, frozenset({3}))}, {1: (2, frozenset({3}))}),
        (float("nan"), None),
        (b"\x00\xff", b"\x00\xff"),
        (range(3), range(3)),
        (2**300, 2**300),
    ],
)
def test_values_cross_as_their_base_types_data(value: Any, plain: Any) -> None:
    decoded = decode(encode(value))
    if plain is None:  # nan
        assert decoded != decoded
        return
    assert decoded == plain and type(decoded) is type(plain)
    assert not isinstance(decoded, Liar | LyingList)


def test_objects_are_not_data() -> None:
    with pytest.raises(NotData):
        encode(object())
    with pytest.raises(NotData):
        encode([lambda: 1])
    deep: list[Any] = []
    for _ in range(100):
        deep = [deep]
    with pytest.raises(NotData):
        encode(deep)


@pytest.mark.parametrize(
    "forged",
    [
        [["v", ["d", [[["l", []], ["N"]]]]]],  # an unhashable key
        [["v", ["i", "9" * 5000]]],  # an int past the digit cap
        [["v", ["zz", 1]]],
        [["v"]],
        [7],
        [],
        [["v", ["i", "4"]], ["v", ["i", "4"]]],  # too many
    ],
)
def test_forged_values_fail_cleanly(forged: list[Any]) -> None:
    plan = split_tests("assert f(2) == 4")
    assert plan is not None
    outcome = judge_locally(plan, forged)
    assert outcome.failure is not None and not outcome.pending


def test_only_plain_expressions_are_evaluated_in_rung() -> None:
    scope = {"_rung_v0": [3, 1, 2]}
    assert evaluate(ast.parse("sorted(_rung_v0) == [1, 2, 3]", mode="eval").body, scope)
    assert evaluate(ast.parse("len(_rung_v0) == 3 and 1 in _rung_v0", mode="eval").body, scope)
    for unsupported in ("math.isclose(_rung_v0, 1)", "_rung_v0 + [1] == []", "open('x')"):
        with pytest.raises(Unsupported):
            evaluate(ast.parse(unsupported, mode="eval").body, scope)
