"""The `python` verifier: extract the answer's code, compile, import, run tests, in a sandbox."""

from __future__ import annotations

import ast
from typing import Any

from rung._errors import ConfigError
from rung.types import ChatRequest, Completion, Trace
from rung.verifiers.base import Verdict, Verifier
from rung.verifiers.pycode import bind_entry_point, extract_code, guess_entry_point, parses
from rung.verifiers.sandbox import Limits, Sandbox, SandboxResult


def join_tests(tests: Any) -> str:
    """Tests given as one string or a list of statements, as one block of code."""
    if tests is None:
        return ""
    if isinstance(tests, str):
        return tests
    if isinstance(tests, list) and all(isinstance(t, str) for t in tests):
        return "\n".join(tests)
    raise ConfigError("python: `tests` must be a string or a list of strings")


def count_tests(tests: str) -> int:
    """Top-level statements of the tests other than imports."""
    tree = parses(tests)
    if tree is None:
        return 0
    return len([n for n in tree.body if not isinstance(n, ast.Import | ast.ImportFrom)])


class PythonVerifier(Verifier):
    """Passes when the answer's code compiles, imports, and passes its tests.

    Tests come from the request (`rung: {tests: ..., entry_point: ...}`) when it has them, else
    from config. `entry_point` is the name the tests call ("auto": the first non-builtin name
    they call); when the answer defines it under another name, it is bound (see
    `rung.verifiers.pycode`). Untrusted code runs only in the sandbox.
    """

    name = "python"

    def __init__(
        self,
        tests: str | list[str] | None = None,
        entry_point: str | None = "auto",
        definitions_only: bool = False,
        sandbox: Sandbox | None = None,
        limits: Limits | None = None,
    ) -> None:
        self.tests = join_tests(tests)
        if self.tests and parses(self.tests) is None:
            raise ConfigError("python: the configured tests are not valid Python")
        self.entry_point = entry_point
        self.definitions_only = definitions_only
        self.sandbox = sandbox or Sandbox(limits)

    def plan(self, request: ChatRequest, text: str) -> tuple[str, str, tuple[str, str] | None]:
        """The code to run, the tests, and the (tests' name, answer's name) binding."""
        options = request.rung_options
        tests = join_tests(options["tests"]) if "tests" in options else self.tests
        entry = options.get("entry_point", self.entry_point)
        code = extract_code(text, self.definitions_only)
        if tests and entry == "auto":
            entry = guess_entry_point(tests)
        target = bind_entry_point(code, entry, tests) if tests and entry else None
        return code, tests, (str(entry), target) if target else None

    async def check(
        self, request: ChatRequest, completion: Completion, trace: Trace | None = None
    ) -> Verdict:
        code, tests, alias = self.plan(request, completion.text)
        if not code.strip():
            return Verdict(False, 0.0, "python failed: no code found in the answer")
        result = await self.sandbox.run(code, tests, alias)
        return verdict_for(result, tests, alias)


def verdict_for(result: SandboxResult, tests: str, alias: tuple[str, str] | None) -> Verdict:
    bound = f" (bound {alias[0]} to {alias[1]})" if alias else ""
    if result.passed:
        ran = f", {count_tests(tests)} tests passed" if tests else ""
        return Verdict(True, 1.0, f"python passed: compiled, imported{ran}{bound}")
    where = f" in `{result.test}`" if result.test else ""
    return Verdict(False, 0.0, f"python {result.reason}{where}{bound}")
