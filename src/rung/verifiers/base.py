"""What a verifier returns, and the contract every verifier keeps."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass

from rung.types import ChatRequest, Completion, Trace


@dataclass(frozen=True, slots=True)
class Verdict:
    """A verifier's judgement on one draft: passed or not, a score in [0, 1], and why.

    `answer` is set when the verifier chose a different answer to return (self-consistency
    returns the majority answer).
    """

    passed: bool
    score: float
    reason: str
    answer: Completion | None = None


class Verifier(ABC):
    name: str = "verifier"

    @abstractmethod
    async def check(
        self, request: ChatRequest, completion: Completion, trace: Trace | None = None
    ) -> Verdict: ...

    async def decide(
        self,
        request: ChatRequest,
        draft: Completion,
        trace: Trace,
        step: str,
        outcomes: tuple[str, str] = ("passed", "failed"),
    ) -> Verdict:
        """`check`, with its verdict recorded in the trace as the decision of `step` (the
        outcome word for a pass, then for a failure, as the pattern names them)."""
        verdict = await self.check(request, draft, trace)
        trace.decide(
            step,
            outcomes[0] if verdict.passed else outcomes[1],
            f"{self.name}: {verdict.reason}",
            code="verifier_passed" if verdict.passed else "verifier_failed",
            subject=self.name,
        )
        return verdict

    def prepare(self, request: ChatRequest) -> ChatRequest:
        """The request to draft with, so that the draft carries what `check` reads.

        Patterns call it before asking the tier being verified; the default changes nothing
        (the logprob verifier asks for `logprobs`).
        """
        return request
