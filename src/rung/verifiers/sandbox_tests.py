"""Splitting tests so that the candidate's code never decides whether they pass.

Tests made of `assert` statements, imports and plain assignments are split (`split_tests`):
each assertion's *leaves*, the smallest parts that touch the candidate's names (`f(2)` in
`assert f(2) == 4`; `f(x)` in `assert set(f(x)) == {1, 2}`), are evaluated in the candidate's
sandboxed process and come back as tagged plain data (`_sandbox_child.encode`). The rest of the
assertion, the comparison included, is evaluated outside that process: here, by `evaluate`,
when it is made only of literals, comparisons, boolean operators and a few pure built-ins;
otherwise in a second sandboxed process holding no candidate code (the judge). The candidate
never sees the expected values, and what it sends back can only be data: no object that equals
everything, no patched `exec`, `compile`, `json` or `AssertionError`, no exit code, no forged
report line can make a wrong answer pass.

Tests with other statements (loops, functions such as HumanEval's `check(candidate)`), or whose
leaves would hold a comparison (`assert all(f(i) == i for i in range(3))`), cannot be split;
they run in-process with the candidate (`inprocess`), a weaker guarantee.
"""

from __future__ import annotations

import ast
import builtins
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from rung.verifiers._sandbox_child import decode
from rung.verifiers.pycode import parses

PLACEHOLDER = "_rung_v"
THROUGH: tuple[type[ast.AST], ...] = (ast.Compare, ast.BoolOp, ast.UnaryOp, ast.BinOp, ast.IfExp)
THROUGH += (ast.Subscript, ast.Tuple, ast.List, ast.Set, ast.Dict, ast.Starred, ast.Slice)
THROUGH += (ast.keyword,)
PURE: dict[str, Callable[..., Any]] = {
    name: getattr(builtins, name)
    for name in (
        "set", "frozenset", "sorted", "list", "tuple", "len", "abs", "round", "dict",
        "sum", "min", "max", "bool", "int", "float", "str", "all", "any", "reversed",
    )
}  # fmt: skip


class Unsupported(Exception):
    """The expression needs more than `evaluate` does: the judge process evaluates it."""


@dataclass(slots=True)
class Check:
    """One assertion: its source line, and its test with the leaves replaced by names."""

    source: str
    expr: str
    leaves: dict[str, int] = field(default_factory=dict)


@dataclass(slots=True)
class TestPlan:
    setup: list[str]
    leaves: list[str]
    checks: list[Check]
    shadowed: bool = False  # the setup rebinds a pure built-in's name: only the judge decides


class Splitter(ast.NodeTransformer):
    """Replaces the leaves of one assertion's test with placeholder names."""

    def __init__(self, known: set[str], plan: TestPlan, check: Check) -> None:
        self.known, self.plan, self.check = known, plan, check

    def dependent(self, node: ast.AST) -> bool:
        return any(
            isinstance(n, ast.Name) and n.id not in self.known and not n.id.startswith(PLACEHOLDER)
            for n in ast.walk(node)
        )

    def leaf(self, node: ast.expr) -> ast.expr:
        name = f"{PLACEHOLDER}{len(self.plan.leaves)}"
        self.check.leaves[name] = len(self.plan.leaves)
        self.plan.leaves.append(ast.unparse(node))
        return ast.copy_location(ast.Name(id=name, ctx=ast.Load()), node)

    def visit(self, node: ast.AST) -> Any:
        if not isinstance(node, ast.expr | ast.keyword) or not self.dependent(node):
            return node
        if isinstance(node, THROUGH) or self.pure_call(node):
            return self.generic_visit(node)
        return self.leaf(node) if isinstance(node, ast.expr) else node

    def pure_call(self, node: ast.AST) -> bool:
        """A call of a pure built-in or of an imported module's function (`math.isclose`)."""
        if not isinstance(node, ast.Call):
            return False
        func = node.func
        if isinstance(func, ast.Name):
            return func.id in PURE and func.id in self.known
        return (
            isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Name)
            and func.value.id in self.known
            and func.value.id not in vars(builtins)
        )


def setup_names(node: ast.stmt) -> set[str] | None:
    """Names an import or plain assignment binds, or None for any other statement."""
    if isinstance(node, ast.Import | ast.ImportFrom):
        return {(a.asname or a.name).split(".")[0] for a in node.names}
    if isinstance(node, ast.Assign) and all(isinstance(t, ast.Name) for t in node.targets):
        return {t.id for t in node.targets if isinstance(t, ast.Name)}
    return None


def split_tests(tests: str) -> TestPlan | None:
    """The split form of `tests`, or None when they must run in-process (see above)."""
    tree = parses(tests)
    if tree is None:
        return None
    implicit = implicit_modules(tree)
    known = set(vars(builtins)) | set(implicit)
    plan = TestPlan([f"import {name}" for name in implicit], [], [])
    for node in tree.body:
        if isinstance(node, ast.Assert):
            check = Check(ast.get_source_segment(tests, node) or ast.unparse(node), "")
            splitter = Splitter(known, plan, check)
            check.expr = ast.unparse(splitter.visit(node.test))
            plan.checks.append(check)
            continue
        names = setup_names(node)
        if names is None:
            return None
        if isinstance(node, ast.Assign) and Splitter(known, plan, Check("", "")).dependent(
            node.value
        ):
            return None
        plan.setup.append(ast.get_source_segment(tests, node) or ast.unparse(node))
        plan.shadowed = plan.shadowed or bool(names & set(PURE))
        known |= names
    if any(compares(leaf) for leaf in plan.leaves):
        return None  # the candidate's process would compare (`all(f(i) == i for i in ...)`)
    return plan if plan.checks else None


def compares(leaf: str) -> bool:
    """Whether a leaf holds a comparison, which must never run beside the candidate."""
    return any(isinstance(n, ast.Compare) for n in ast.walk(ast.parse(leaf, mode="eval")))


def implicit_modules(tree: ast.Module) -> list[str]:
    """Standard modules the tests use as `math.pi` without importing them (the old harness ran
    them in the candidate's namespace, where its own `import math` provided them)."""
    bound: set[str] = set()
    for node in tree.body:
        bound |= setup_names(node) or set()
    used = {
        n.value.id
        for n in ast.walk(tree)
        if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name)
    }
    return sorted(name for name in used - bound if name in sys.stdlib_module_names)


def evaluate(node: ast.AST, scope: dict[str, Any]) -> Any:
    """The value of a literal-and-comparison expression; Unsupported for anything else."""
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name):
        if node.id in scope:
            return scope[node.id]
        raise Unsupported(node.id)
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        if any(isinstance(e, ast.Starred) for e in node.elts):
            raise Unsupported("starred")
        items = [evaluate(e, scope) for e in node.elts]
        return {ast.Tuple: tuple, ast.List: list, ast.Set: set}[type(node)](items)
    if isinstance(node, ast.Dict):
        if any(k is None for k in node.keys):
            raise Unsupported("dict unpacking")
        keys = [k for k in node.keys if k is not None]
        return {
            evaluate(k, scope): evaluate(v, scope) for k, v in zip(keys, node.values, strict=True)
        }
    if isinstance(node, ast.UnaryOp):
        return unary(node, evaluate(node.operand, scope))
    if isinstance(node, ast.BoolOp):
        return boolean(node, scope)
    if isinstance(node, ast.Compare):
        return compare(node, scope)
    if isinstance(node, ast.Call) and pure_builtin(node, scope):
        return PURE[node.func.id](*[evaluate(a, scope) for a in node.args])  # type: ignore[attr-defined]
    raise Unsupported(type(node).__name__)


def pure_builtin(node: ast.Call, scope: dict[str, Any]) -> bool:
    """A call of one of the PURE built-ins, positional arguments only."""
    func = node.func
    plain = not node.keywords and not any(isinstance(a, ast.Starred) for a in node.args)
    return plain and isinstance(func, ast.Name) and func.id in PURE and func.id not in scope


def unary(node: ast.UnaryOp, value: Any) -> Any:
    if isinstance(node.op, ast.Not):
        return not value
    if isinstance(node.op, ast.USub):
        return -value
    if isinstance(node.op, ast.UAdd):
        return +value
    raise Unsupported("unary")


def boolean(node: ast.BoolOp, scope: dict[str, Any]) -> Any:
    value: Any = None
    for part in node.values:
        value = evaluate(part, scope)
        if isinstance(node.op, ast.And) != bool(value):
            return value
    return value


COMPARE: dict[type, Callable[[Any, Any], bool]] = {
    ast.Eq: lambda a, b: a == b,
    ast.NotEq: lambda a, b: a != b,
    ast.Lt: lambda a, b: a < b,
    ast.LtE: lambda a, b: a <= b,
    ast.Gt: lambda a, b: a > b,
    ast.GtE: lambda a, b: a >= b,
    ast.In: lambda a, b: a in b,
    ast.NotIn: lambda a, b: a not in b,
    ast.Is: lambda a, b: a is b,
    ast.IsNot: lambda a, b: a is not b,
}


def compare(node: ast.Compare, scope: dict[str, Any]) -> bool:
    left = evaluate(node.left, scope)
    for op, right_node in zip(node.ops, node.comparators, strict=True):
        right = evaluate(right_node, scope)
        if not COMPARE[type(op)](left, right):
            return False
        left = right
    return True


@dataclass(slots=True)
class Outcome:
    """A split run's result before the judge: the first failure, and what the judge must do."""

    failure: tuple[str, str] | None  # (test source, error line)
    pending: list[tuple[Check, dict[str, Any]]]  # checks for the judge, with encoded values


def error_of(value: Any) -> str | None:
    """None for a well-formed `["v", data]` entry, else the error it reports (or 'malformed')."""
    if isinstance(value, list) and len(value) == 2 and value[0] == "v":
        return None
    if isinstance(value, list) and len(value) == 2 and value[0] == "e":
        return str(value[1])
    return "the sandbox reported a malformed value"


def judge_locally(plan: TestPlan, values: list[Any]) -> Outcome:
    """Decide every check that needs no judge; keep the others (in order) for it."""
    pending: list[tuple[Check, dict[str, Any]]] = []
    if len(values) != len(plan.leaves):
        return Outcome(("", "the sandbox reported the wrong number of values"), [])
    for check in plan.checks:
        raw = {name: values[index] for name, index in check.leaves.items()}
        errors = [error_of(v) for v in raw.values() if error_of(v) is not None]
        if errors:
            return Outcome((check.source, str(errors[0])[:300]), pending)
        encoded = {name: v[1] for name, v in raw.items()}
        try:
            scope = {name: decode(v) for name, v in encoded.items()}
            if plan.shadowed:
                raise Unsupported("setup")
            passed = bool(evaluate(ast.parse(check.expr, mode="eval").body, scope))
        except Unsupported:
            pending.append((check, encoded))
            continue
        except (ValueError, TypeError, RecursionError, MemoryError, OverflowError) as exc:
            return Outcome((check.source, f"{type(exc).__name__}: {exc}"[:300]), pending)
        if not passed:
            return Outcome((check.source, "AssertionError"), pending)
    return Outcome(None, pending)
