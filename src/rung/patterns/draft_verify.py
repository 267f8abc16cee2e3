"""Draft-and-verify, a variant of the cascade (pattern 2): the local model drafts the whole
answer, a stronger model checks it in one short pass (a `judge` verifier, or any other), and
the draft is returned when accepted. On rejection the request goes on to a cascade (usually
starting at the next tier, so the drafter does not generate twice)."""

from __future__ import annotations

from collections.abc import AsyncIterator

from rung.backends.base import Backend
from rung.patterns.base import Pattern, completion_chunks, traced_complete
from rung.patterns.cascade import Cascade
from rung.types import ChatRequest, Chunk, Completion, Trace
from rung.verifiers.base import Verifier


class DraftVerify(Pattern):
    name = "draft_verify"

    def __init__(self, drafter: Backend, verifier: Verifier, cascade: Cascade) -> None:
        self.drafter, self.verifier, self.cascade = drafter, verifier, cascade

    def backends(self) -> list[Backend]:
        return [self.drafter, *self.cascade.backends()]

    async def _draft(self, request: ChatRequest, trace: Trace) -> Completion | None:
        draft = await traced_complete(self.drafter, self.verifier.prepare(request), trace)
        verdict = await self.verifier.check(request, draft, trace)
        outcome = "accepted" if verdict.passed else "rejected"
        trace.decide(
            f"verify {self.drafter.name}",
            outcome,
            f"{self.verifier.name}: {verdict.reason}",
            code="verifier_passed" if verdict.passed else "verifier_failed",
            subject=self.verifier.name,
        )
        if not verdict.passed:
            return None
        trace.answered_by = self.drafter.name
        trace.escalated = False
        return verdict.answer or draft

    async def complete(self, request: ChatRequest, trace: Trace) -> Completion:
        draft = await self._draft(request, trace)
        if draft is not None:
            return draft
        answer = await self.cascade.complete(request, trace)
        trace.escalated = True
        return answer

    async def stream(self, request: ChatRequest, trace: Trace) -> AsyncIterator[Chunk]:
        draft = await self._draft(request, trace)
        if draft is not None:
            for chunk in completion_chunks(draft):
                yield chunk
            return
        async for chunk in self.cascade.stream(request, trace):
            trace.escalated = True
            yield chunk
