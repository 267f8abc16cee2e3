"""Verifiers combined: all must pass, or any one may."""

from __future__ import annotations

from collections.abc import Sequence

from rung._errors import ConfigError
from rung.types import ChatRequest, Completion, Trace
from rung.verifiers.base import Verdict, Verifier


class _Combined(Verifier):
    """Several verifiers; the request is prepared for each of them."""

    def __init__(self, verifiers: Sequence[Verifier]) -> None:
        if not verifiers:
            raise ConfigError(f"{self.name}: needs at least one verifier")
        self.verifiers = list(verifiers)

    def prepare(self, request: ChatRequest) -> ChatRequest:
        for verifier in self.verifiers:
            request = verifier.prepare(request)
        return request


class AllOf(_Combined):
    """Passes when every verifier passes, checked in order, stopping at the first failure.

    When one returns another answer (self-consistency), the ones after it check that answer,
    and it is the combined verdict's answer. The score is the lowest score.
    """

    name = "all"

    async def check(
        self, request: ChatRequest, completion: Completion, trace: Trace | None = None
    ) -> Verdict:
        reasons, score, answer = [], 1.0, None
        for verifier in self.verifiers:
            verdict = await verifier.check(request, answer or completion, trace)
            answer = verdict.answer or answer
            reasons.append(verdict.reason)
            score = min(score, verdict.score)
            if not verdict.passed:
                return Verdict(False, score, "; ".join(reasons), answer)
        return Verdict(True, score, "; ".join(reasons), answer)


class AnyOf(_Combined):
    """Passes when one verifier passes, checked in order, stopping at the first pass.
    The score is the highest score."""

    name = "any"

    async def check(
        self, request: ChatRequest, completion: Completion, trace: Trace | None = None
    ) -> Verdict:
        reasons, score = [], 0.0
        for verifier in self.verifiers:
            verdict = await verifier.check(request, completion, trace)
            reasons.append(verdict.reason)
            score = max(score, verdict.score)
            if verdict.passed:
                return Verdict(True, score, "; ".join(reasons), verdict.answer)
        return Verdict(False, score, "; ".join(reasons))
