"""The `python` verifier: extract the answer's code, compile, import, run tests, in a sandbox."""

from __future__ import annotations

import ast
import asyncio
from typing import Any

from rung._errors import ConfigError, RequestError
from rung.types import ChatRequest, Completion, Trace
from rung.verifiers.base import Verdict, Verifier
from rung.verifiers.pycode import (
    MAX_ANSWER,
    bind_entry_point,
    extract_code,
    guess_entry_point,
    parses,
)
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

    Tests come from config, or from the request (`rung: {tests: ..., entry_point: ...}`) when
    the route allows it (`allow_request_tests: true`; off by default, since they are code any
    client could make rung run: a request carrying `rung.tests` elsewhere gets a 400).
    Extraction runs in a thread, off the event loop. `entry_point` is the name the tests call
    ("auto": the first non-builtin name they call); when the answer defines it under another
    name, it is bound (see `rung.verifiers.pycode`). Untrusted code runs only in the sandbox.
    """

    name = "python"

    def __init__(
        self,
        tests: str | list[str] | None = None,
        entry_point: str | None = "auto",
        definitions_only: bool = False,
        sandbox: Sandbox | None = None,
        limits: Limits | None = None,
        allow_request_tests: bool = False,
    ) -> None:
        self.tests = join_tests(tests)
        if self.tests and parses(self.tests) is None:
            raise ConfigError("python: the configured tests are not valid Python")
        self.entry_point = entry_point
        self.definitions_only = definitions_only
        self.sandbox = sandbox or Sandbox(limits)
        self.allow_request_tests = allow_request_tests

    def prepare(self, request: ChatRequest) -> ChatRequest:
        """Refuse, before any model is asked, tests from a request this route does not allow."""
        self.request_tests(request)
        return request

    def request_tests(self, request: ChatRequest) -> str | None:
        """The request's own tests (None when it has none); RequestError when not allowed."""
        options = request.rung_options
        if "tests" not in options:
            return None
        if not self.allow_request_tests:
            raise RequestError(
                "this route does not run tests sent in the request (`rung.tests`); its python "
                "verifier needs `allow_request_tests: true`",
                param="rung.tests",
            )
        try:
            return join_tests(options["tests"])
        except ConfigError as exc:
            raise RequestError(f"rung.tests: {exc.message}", param="rung.tests") from exc

    def plan(self, request: ChatRequest, text: str) -> tuple[str, str, tuple[str, str] | None]:
        """The code to run, the tests, and the (tests' name, answer's name) binding."""
        own = self.request_tests(request)
        tests = self.tests if own is None else own
        entry = request.rung_options.get("entry_point", self.entry_point)
        code = extract_code(text, self.definitions_only)
        if tests and entry == "auto":
            entry = guess_entry_point(tests)
        target = bind_entry_point(code, entry, tests) if tests and entry else None
        return code, tests, (str(entry), target) if target else None

    async def check(
        self, request: ChatRequest, completion: Completion, trace: Trace | None = None
    ) -> Verdict:
        own = self.request_tests(request)  # refused before anything runs
        if len(completion.text) > MAX_ANSWER:
            return Verdict(False, 0.0, f"python failed: the answer is over {MAX_ANSWER} characters")
        if own is not None and len(own) > MAX_ANSWER:
            raise RequestError(f"rung.tests is over {MAX_ANSWER} characters", param="rung.tests")
        code, tests, alias = await asyncio.to_thread(self.plan, request, completion.text)
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
