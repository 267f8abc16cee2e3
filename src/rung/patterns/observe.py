"""Evidence for `rung recommend`: a `fixed` route's answers compared with a cheaper tier's.

    routes:
      chat:
        model: hosted
        observe: {shadow: local, judge: hosted, sample: 0.05}

For a sample of the route's requests, after the client has its answer, the `shadow` model
answers the same request in the background (never seen by the client), and a grader checks
both answers: the `verify` list when given (deterministic verifiers first: json_schema, python
tests, ...), else the `judge` model's one-token verdict. Each observation is logged as its own
request record (`variant` "observe:<shadow>", `parent_id` the client's request id, `pattern`
"observe") with one decision per graded answer:

    step "observe primary" | "observe shadow", outcome "passed" | "failed", reason the verdict's

Bounds: `sample` (share of requests), `max_pending` (observations running at once: past it one
is skipped, and the client's trace says so), `max_tokens` (caps the shadow's answer and so its
cost) and `per_day` (observations per UTC day). Cache hits are never observed (the wrapper sits
inside the route's cache). Every call runs under the route's privacy guard, exactly as the
route's own calls do, so a `local_only` or `block` policy refuses what it would refuse there;
the config check refuses `observe` on a `local_only` or `block` route outright.

On a `cascade` route (`observe: {judge: hosted, sample: 0.05}`, no `shadow`), the evidence is
the first tier's answer: for a sampled request, the cascade's own verdict on it (taken from the
cascade as it ran, never re-run) and, in the background once the client has its answer, the
judge's grade of that same answer, whether the verifier passed it or not. Logged the same way
(`variant` "observe:<first tier>", `parent_id` the client's request id), with the decisions

    step "observe verifier" | "observe judge", outcome "passed" | "failed"

under the same bounds (`sample`, `max_pending`, `per_day`) and the same privacy guard.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from typing import Any, ClassVar

from pydantic import Field, model_validator

from rung._errors import ConfigError, RungError
from rung.backends.base import Backend
from rung.backends.traced import traced_complete
from rung.cache import assemble
from rung.config import Checker, Config, Loc
from rung.patterns.base import Pattern
from rung.section import Section
from rung.telemetry.log import RequestRecord
from rung.telemetry.records import failed, new_record
from rung.types import ChatRequest, Chunk, Completion, Trace
from rung.verifiers.base import Verdict, Verifier
from rung.verifiers.factory import build_verifier, check_verifier

FORBIDDING = ("local_only", "block")  # privacy policies under which nothing is observed


class Grading(Section):
    """What every `observe:` section has: the grader and the bounds."""

    judge: str | None = None
    verify: list[Any] = Field(default_factory=list)
    sample: float = Field(default=0.05, gt=0.0, le=1.0)
    max_pending: int = Field(default=2, ge=1)
    per_day: int | None = Field(default=None, ge=1)

    @model_validator(mode="after")
    def _grader(self) -> Grading:
        if not self.verify and self.judge is None:
            raise ValueError("observe needs a grader: a `verify` list or a `judge` model")
        return self

    def grader_spec(self) -> Any:
        if not self.verify:
            return {"judge": {"model": self.judge}}
        return self.verify[0] if len(self.verify) == 1 else {"all": self.verify}


class ObserveSettings(Grading):
    """A `fixed` route's `observe:` section (see the module's docstring)."""

    shadow: str
    max_tokens: int | None = Field(default=512, ge=1)


class CascadeObserveSettings(Grading):
    """A `cascade` route's `observe:` section: the judge grades the first tier's answer."""


class Sampled(Pattern):
    """`inner`, with a sample of its requests observed in the background, within the bounds
    of `settings`; what an observation does is the subclass's."""

    def __init__(
        self,
        inner: Pattern,
        settings: Grading,
        grader: Verifier,
        graders: Sequence[Backend] = (),
        rng: random.Random | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.inner, self.settings, self.grader = inner, settings, grader
        self.graders = list(graders)  # the backends the grader calls (a judge)
        self.name = inner.name
        self.rng = rng or random.Random()
        self.clock = clock
        self.pending: set[asyncio.Task[None]] = set()
        self.day, self.today = -1, 0  # the UTC day counted, observations started on it
        self.label = "observe"  # names the observed model in the client's trace

    def extra_backends(self) -> list[Backend]:
        return list(self.graders)

    def backends(self) -> list[Backend]:
        """The route's backends and the observation's: all started with the route."""
        seen = {b.name: b for b in self.inner.backends()}
        for backend in self.extra_backends():
            seen.setdefault(backend.name, backend)
        return list(seen.values())

    def admit(self, trace: Trace) -> bool:
        """Whether this request is observed; when not, the trace says why."""
        why = self.skip_reason(trace)
        if why is not None:
            trace.decide("observe", "skipped", f"{self.label}: {why}")
            return False
        self.today += 1
        return True

    def skip_reason(self, trace: Trace) -> str | None:
        """Why this request is not observed, or None when it is."""
        if trace.log is None:
            return "no request log to write it to"
        if self.rng.random() >= self.settings.sample:
            return f"not sampled (sample {self.settings.sample})"
        if len(self.pending) >= self.settings.max_pending:
            return f"{len(self.pending)} observations running (max {self.settings.max_pending})"
        day = int(self.clock() // 86400)
        if day != self.day:
            self.day, self.today = day, 0
        if self.settings.per_day is not None and self.today >= self.settings.per_day:
            return f"{self.today} observations today (per_day {self.settings.per_day})"
        return None

    def start(
        self, request: ChatRequest, trace: Trace, work: Callable[[RequestRecord], Awaitable[None]]
    ) -> None:
        """Start `work(record)` in the background, its record logged under the request's id."""
        record = new_record(route=request.route, pattern="observe", parent_id=request.request_id)
        record.trace = Trace(guard=trace.guard, log=trace.log, variant=f"observe:{self.label}")
        trace.decide("observe", "started", f"{self.label}: logged as {record.id}")
        task = asyncio.get_running_loop().create_task(self.logged(record, work(record)))
        self.pending.add(task)
        task.add_done_callback(self.pending.discard)

    async def logged(self, record: RequestRecord, work: Awaitable[None]) -> None:
        """Run one observation; log its record, whatever happens."""
        started = time.perf_counter()
        try:
            await work
        except Exception as exc:  # an observation must never take anything else down
            failed(record, exc)
        finally:
            record.latency_ms = (time.perf_counter() - started) * 1000
            record.trace.log(record)

    def background_request(self, request: ChatRequest, record: RequestRecord) -> ChatRequest:
        """The client's request, not streamed, under the observation's id."""
        body = {k: v for k, v in request.body.items() if k not in ("stream", "stream_options")}
        return ChatRequest(body, request.route, record.id, request.headers)

    async def grade(
        self, step: str, request: ChatRequest, answer: Completion, trace: Trace
    ) -> None:
        try:
            await self.grader.decide(request, answer, trace, step)
        except RungError as exc:  # the grader's backend failed: no verdict, and why
            trace.decide(step, "ungraded", f"{self.grader.name}: {exc.message}")

    async def drain(self, timeout: float = 30.0) -> None:
        """Wait (up to `timeout` seconds) for the running observations to finish."""
        if self.pending:
            await asyncio.wait(set(self.pending), timeout=timeout)


class Observed(Sampled):
    """`inner` (a fixed route's pattern), with a sample of its requests observed."""

    step_names: ClassVar[tuple[str, str]] = ("observe primary", "observe shadow")

    def __init__(
        self,
        inner: Pattern,
        settings: ObserveSettings,
        shadow: Backend,
        grader: Verifier,
        graders: Sequence[Backend] = (),
        rng: random.Random | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(inner, settings, grader, graders, rng, clock)
        self.shadow, self.max_tokens, self.label = shadow, settings.max_tokens, shadow.name

    def extra_backends(self) -> list[Backend]:
        return [self.shadow, *self.graders]

    async def complete(self, request: ChatRequest, trace: Trace) -> Completion:
        completion = await self.inner.complete(request, trace)
        if self.admit(trace):
            self.launch(request, trace, completion)
        return completion

    async def stream(self, request: ChatRequest, trace: Trace) -> AsyncIterator[Chunk]:
        if not self.admit(trace):  # decided first: an unobserved stream is passed through
            async for chunk in self.inner.stream(request, trace):
                yield chunk
            return
        chunks: list[Chunk] = []
        async for chunk in self.inner.stream(request, trace):
            chunks.append(chunk)
            yield chunk
        completion = assemble(chunks)
        if completion is not None:
            self.launch(request, trace, completion)

    def launch(self, request: ChatRequest, trace: Trace, primary: Completion) -> None:
        """Start the observation in the background, logged under the request's id."""
        self.start(request, trace, lambda record: self.observe(request, primary, record))

    async def observe(
        self, request: ChatRequest, primary: Completion, record: RequestRecord
    ) -> None:
        """The shadow's answer, then both answers graded."""
        shadowed = self.background_request(request, record)
        if self.max_tokens is not None:
            asked, cap = shadowed.body.get("max_tokens"), self.max_tokens
            shadowed.body["max_tokens"] = min(asked, cap) if isinstance(asked, int) else cap
        trace = record.trace
        cheap = await traced_complete(self.shadow, shadowed, trace)
        trace.answered_by = self.shadow.name
        for step, answer in zip(self.step_names, (primary, cheap), strict=True):
            await self.grade(step, shadowed, answer, trace)


class Drafts(Verifier):
    """A cascade's verifier (or none) that also keeps, for the requests being observed, the
    first tier's answer and the verdict on it: the cascade runs exactly as it would without."""

    def __init__(self, inner: Verifier | None, step: str) -> None:
        self.inner, self.step = inner, step
        self.name = inner.name if inner is not None else "none"
        self.seen: dict[int, tuple[Completion, Verdict] | None] = {}

    async def check(
        self, request: ChatRequest, completion: Completion, trace: Trace | None = None
    ) -> Verdict:
        if self.inner is None:
            return NO_VERIFIER
        return await self.inner.check(request, completion, trace)

    async def decide(
        self,
        request: ChatRequest,
        draft: Completion,
        trace: Trace,
        step: str,
        outcomes: tuple[str, str] = ("passed", "failed"),
    ) -> Verdict:
        if self.inner is None:  # what the cascade does without one: pass, no decision
            verdict = NO_VERIFIER
        else:
            verdict = await self.inner.decide(request, draft, trace, step, outcomes)
        if step == self.step and self.seen.get(id(trace), False) is None:
            self.seen[id(trace)] = (verdict.answer or draft, verdict)
        return verdict

    def prepare(self, request: ChatRequest) -> ChatRequest:
        return request if self.inner is None else self.inner.prepare(request)

    def watch(self, trace: Trace) -> None:
        self.seen[id(trace)] = None

    def take(self, trace: Trace) -> tuple[Completion, Verdict] | None:
        return self.seen.pop(id(trace), None)


NO_VERIFIER = Verdict(True, 1.0, "no verifier configured")


class ObservedCascade(Sampled):
    """A cascade whose first tier's answers are, for a sample of requests, graded by the judge
    beside the cascade's own verdict."""

    def __init__(
        self,
        inner: Any,  # a rung.patterns.cascade.Cascade
        settings: CascadeObserveSettings,
        grader: Verifier,
        graders: Sequence[Backend] = (),
        rng: random.Random | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(inner, settings, grader, graders, rng, clock)
        self.label = inner.tiers[0].name
        self.drafts = Drafts(inner.verifier, f"verify {self.label}")
        inner.verifier = self.drafts

    async def complete(self, request: ChatRequest, trace: Trace) -> Completion:
        if not self.admit(trace):
            return await self.inner.complete(request, trace)
        self.drafts.watch(trace)
        try:
            completion = await self.inner.complete(request, trace)
        finally:
            seen = self.drafts.take(trace)
        self.launch(request, trace, seen)
        return completion

    async def stream(self, request: ChatRequest, trace: Trace) -> AsyncIterator[Chunk]:
        if not self.admit(trace):
            async for chunk in self.inner.stream(request, trace):
                yield chunk
            return
        self.drafts.watch(trace)
        try:
            async for chunk in self.inner.stream(request, trace):
                yield chunk
        finally:
            seen = self.drafts.take(trace)
        self.launch(request, trace, seen)  # not reached when the client went away

    def launch(
        self, request: ChatRequest, trace: Trace, seen: tuple[Completion, Verdict] | None
    ) -> None:
        if seen is None:
            trace.decide("observe", "skipped", f"{self.label}: gave no answer to grade")
            return
        answer, verdict = seen
        self.start(request, trace, lambda record: self.observe(request, answer, verdict, record))

    async def observe(
        self, request: ChatRequest, answer: Completion, verdict: Verdict, record: RequestRecord
    ) -> None:
        """The cascade's verdict on the first tier's answer, and the judge's grade of it."""
        trace = record.trace
        trace.answered_by = self.label
        said = "passed" if verdict.passed else "failed"
        trace.decide("observe verifier", said, f"{self.drafts.name}: {verdict.reason}")
        await self.grade("observe judge", self.background_request(request, record), answer, trace)


def observed(pattern: Pattern, spec: Section, backends: Mapping[str, Backend]) -> Pattern:
    """`pattern` observed as its route's `observe:` asks (itself when it does not)."""
    settings = getattr(spec, "observe", None)
    if not isinstance(settings, Grading):
        return pattern
    default = getattr(settings, "shadow", None) or (getattr(spec, "tiers", None) or [None])[0]
    grader = build_verifier(settings.grader_spec(), backends, default_model=default)
    judges = [backends[settings.judge]] if settings.judge and not settings.verify else []
    if isinstance(settings, ObserveSettings):
        return Observed(pattern, settings, backends[settings.shadow], grader, judges)
    from rung.patterns.cascade import Cascade  # it imports this module for its settings

    assert isinstance(settings, CascadeObserveSettings) and isinstance(pattern, Cascade)
    return ObservedCascade(pattern, settings, grader, judges)


def check_observe(checker: Checker, config: Config, route: Section, loc: Loc) -> None:
    """A route check: the models `observe` names exist, its grader could be built, and the
    route's privacy policy allows sending its requests elsewhere."""
    settings = getattr(route, "observe", None)
    if not isinstance(settings, Grading):
        return
    where: Loc = (*loc, "observe")
    default = getattr(settings, "shadow", None) or (getattr(route, "tiers", None) or [None])[0]
    for key in ("shadow", "judge"):
        name = getattr(settings, key, None)
        if name is not None and name not in checker.models:
            checker.error((*where, key), f"model {name!r} is not defined under `models`")
    privacy = getattr(route, "privacy", None)
    policy = getattr(privacy, "policy", None)
    if policy in FORBIDDING:
        checker.error(where, f"not allowed on a route whose privacy policy is {policy!r}")
    if settings.verify or settings.judge in checker.models:
        try:
            check_verifier(settings.grader_spec(), checker.models, default_model=default)
        except ConfigError as exc:
            checker.error((*where, "verify" if settings.verify else "judge"), exc.message)
