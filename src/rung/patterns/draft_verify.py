"""Draft-and-verify, a variant of the cascade (pattern 2): the local model drafts the whole
answer, a stronger model checks it in one short pass (a `judge` verifier, or any other), and
the draft is returned when accepted. On rejection the request goes on to a cascade (usually
starting at the next tier, so the drafter does not generate twice)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Any, ClassVar

from pydantic import Field

from rung.backends.base import Backend
from rung.config import RouteSection
from rung.patterns.base import Pattern, completion_chunks, traced_complete
from rung.patterns.cascade import Cascade
from rung.section import Section
from rung.types import ChatRequest, Chunk, Completion, Trace
from rung.verifiers.base import Verifier
from rung.verifiers.factory import build_verifiers


class DraftVerify(Pattern):
    name = "draft_verify"

    def __init__(self, drafter: Backend, verifier: Verifier, cascade: Cascade) -> None:
        self.drafter, self.verifier, self.cascade = drafter, verifier, cascade

    def backends(self) -> list[Backend]:
        return [self.drafter, *self.cascade.backends()]

    async def _draft(self, request: ChatRequest, trace: Trace) -> Completion | None:
        draft = await traced_complete(self.drafter, self.verifier.prepare(request), trace)
        step = f"verify {self.drafter.name}"
        verdict = await self.verifier.decide(request, draft, trace, step, ("accepted", "rejected"))
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


# ---- config --------------------------------------------------------------------------------


class DraftVerifyRoute(RouteSection):
    """The drafter answers; `verify` checks the draft; on rejection, a cascade over
    `fallback` (checked by `fallback_verify`, if any) answers."""

    pattern: str = "draft_verify"
    drafter: str
    verify: list[Any] = Field(min_length=1)
    fallback: list[str] = Field(min_length=1)
    fallback_verify: list[Any] = Field(default_factory=list)
    refs: ClassVar[tuple[str, ...]] = ("drafter", "fallback")
    verifier_lists: ClassVar[tuple[str, ...]] = ("verify", "fallback_verify")


def build(config: Section, backends: Mapping[str, Backend]) -> Pattern:
    assert isinstance(config, DraftVerifyRoute)
    check = build_verifiers(config.verify, backends, config.drafter)
    assert check is not None
    tiers = [backends[name] for name in config.fallback]
    escalation = Cascade(
        tiers, build_verifiers(config.fallback_verify, backends, config.fallback[0])
    )
    return DraftVerify(backends[config.drafter], check, escalation)
