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

    def prepare(self, request: ChatRequest) -> ChatRequest:
        """The request to draft with, so that the draft carries what `check` reads.

        Patterns call it before asking the tier being verified; the default changes nothing
        (the logprob verifier asks for `logprobs`).
        """
        return request
