"""Pattern 2, the cascade: the cheapest tier answers first; a verifier decides whether to
climb to the next. The first answer that passes is returned; when none passes, the last
tier's answer is, and the trace says so.

Streaming: the cheaper tiers' answers must be checked whole before anything is sent, so they
are generated without streaming and, once one passes, sent as one chunk. The last tier is
returned whatever its verdict, so it streams live. The cost: a client sees nothing until the
first passing tier has finished (time to first token = the whole cheap generation plus the
check), unless the cascade reaches the last tier.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from typing import Any, ClassVar

from pydantic import Field

from rung._errors import BackendError, failure_code
from rung.backends.base import Backend
from rung.config import RouteSection
from rung.patterns.base import Pattern, completion_chunks, traced_complete, traced_stream
from rung.patterns.observe import CascadeObserveSettings
from rung.section import Section
from rung.types import ChatRequest, Chunk, Completion, Trace
from rung.verifiers.base import Verdict, Verifier
from rung.verifiers.factory import build_verifiers


class Cascade(Pattern):
    name = "cascade"

    def __init__(self, tiers: Sequence[Backend], verifier: Verifier | None) -> None:
        if not tiers:
            raise ValueError("a cascade needs at least one tier")
        self.tiers = list(tiers)
        self.verifier = verifier

    def backends(self) -> list[Backend]:
        return list(self.tiers)

    async def check(
        self, backend: Backend, request: ChatRequest, draft: Completion, trace: Trace
    ) -> tuple[Verdict, Completion]:
        """The verdict on `backend`'s answer (recorded in the trace) and the answer to keep."""
        if self.verifier is None:
            return Verdict(True, 1.0, "no verifier configured"), draft
        verdict = await self.verifier.decide(request, draft, trace, f"verify {backend.name}")
        return verdict, verdict.answer or draft

    def prepare(self, request: ChatRequest) -> ChatRequest:
        """The request a tier is asked, carrying what the verifier reads (e.g. logprobs)."""
        return self.verifier.prepare(request) if self.verifier else request

    async def _try(self, backend: Backend, request: ChatRequest, trace: Trace) -> Completion | None:
        """The tier's answer if it passes; None (with the reason recorded) if not."""
        try:
            draft = await traced_complete(backend, self.prepare(request), trace)
        except BackendError as exc:
            trace.decide(
                f"call {backend.name}", "failed", exc.message, code=failure_code(exc),
                subject=backend.name,
            )  # fmt: skip
            return None
        verdict, answer = await self.check(backend, request, draft, trace)
        return answer if verdict.passed else None

    async def complete(self, request: ChatRequest, trace: Trace) -> Completion:
        *cheap, last = self.tiers
        for backend in cheap:
            answer = await self._try(backend, request, trace)
            if answer is not None:
                _answered(trace, backend, escalated=backend is not self.tiers[0])
                return answer
        draft = await traced_complete(last, self.prepare(request), trace)
        verdict, answer = await self.check(last, request, draft, trace)
        _answered(trace, last, escalated=len(self.tiers) > 1)
        if not verdict.passed:
            trace.decide("cascade", "exhausted", "no tier passed; returning the last tier's answer")
        return answer

    async def stream(self, request: ChatRequest, trace: Trace) -> AsyncIterator[Chunk]:
        *cheap, last = self.tiers
        for backend in cheap:
            answer = await self._try(backend, request, trace)
            if answer is not None:
                _answered(trace, backend, escalated=backend is not self.tiers[0])
                for chunk in completion_chunks(answer):
                    yield chunk
                return
        _answered(trace, last, escalated=len(self.tiers) > 1)
        trace.decide("cascade", "streamed", f"{last.name} is the last tier: streamed unverified")
        async for chunk in traced_stream(last, request, trace):
            yield chunk


def _answered(trace: Trace, backend: Backend, escalated: bool) -> None:
    trace.answered_by = backend.name
    trace.escalated = escalated


# ---- config --------------------------------------------------------------------------------


class CascadeRoute(RouteSection):
    """Tiers from cheapest to strongest; `verify` lists verifiers that must all pass."""

    pattern: str = "cascade"
    tiers: list[str] = Field(min_length=1)
    verify: list[Any] = Field(default_factory=list)
    observe: CascadeObserveSettings | None = None  # the judge beside the verifier (observe.py)
    refs: ClassVar[tuple[str, ...]] = ("tiers",)
    verifier_lists: ClassVar[tuple[str, ...]] = ("verify",)


def build(config: Section, backends: Mapping[str, Backend]) -> Pattern:
    assert isinstance(config, CascadeRoute)
    tiers = [backends[name] for name in config.tiers]
    return Cascade(tiers, build_verifiers(config.verify, backends, config.tiers[0]))
