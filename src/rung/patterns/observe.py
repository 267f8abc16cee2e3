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
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
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
from rung.verifiers.base import Verifier
from rung.verifiers.factory import build_verifier, check_verifier

FORBIDDING = ("local_only", "block")  # privacy policies under which nothing is observed


class ObserveSettings(Section):
    """A route's `observe:` section (see the module's docstring)."""

    shadow: str
    judge: str | None = None
    verify: list[Any] = Field(default_factory=list)
    sample: float = Field(default=0.05, gt=0.0, le=1.0)
    max_pending: int = Field(default=2, ge=1)
    max_tokens: int | None = Field(default=512, ge=1)
    per_day: int | None = Field(default=None, ge=1)

    @model_validator(mode="after")
    def _grader(self) -> ObserveSettings:
        if not self.verify and self.judge is None:
            raise ValueError("observe needs a grader: a `verify` list or a `judge` model")
        return self

    def grader_spec(self) -> Any:
        if not self.verify:
            return {"judge": {"model": self.judge}}
        return self.verify[0] if len(self.verify) == 1 else {"all": self.verify}


class Observed(Pattern):
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
        self.inner, self.settings, self.shadow, self.grader = inner, settings, shadow, grader
        self.graders = list(graders)  # the backends the grader calls (a judge)
        self.name = inner.name
        self.rng = rng or random.Random()
        self.clock = clock
        self.pending: set[asyncio.Task[None]] = set()
        self.day, self.today = -1, 0  # the UTC day counted, observations started on it

    def backends(self) -> list[Backend]:
        """The route's backends, the shadow's and the judge's: all started with the route."""
        seen = {b.name: b for b in self.inner.backends()}
        for backend in (self.shadow, *self.graders):
            seen.setdefault(backend.name, backend)
        return list(seen.values())

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

    def admit(self, trace: Trace) -> bool:
        """Whether this request is observed; when not, the trace says why."""
        why = self.skip_reason(trace)
        if why is not None:
            trace.decide("observe", "skipped", f"{self.shadow.name}: {why}")
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

    def launch(self, request: ChatRequest, trace: Trace, primary: Completion) -> None:
        """Start the observation in the background, logged under the request's id."""
        record = new_record(route=request.route, pattern="observe", parent_id=request.request_id)
        record.trace = Trace(
            guard=trace.guard, log=trace.log, variant=f"observe:{self.shadow.name}"
        )
        trace.decide("observe", "started", f"{self.shadow.name}: logged as {record.id}")
        task = asyncio.get_running_loop().create_task(self.observe(request, primary, record))
        self.pending.add(task)
        task.add_done_callback(self.pending.discard)

    async def observe(
        self, request: ChatRequest, primary: Completion, record: RequestRecord
    ) -> None:
        """The shadow's answer, then both answers graded; logged, whatever happens."""
        started = time.perf_counter()
        body = {k: v for k, v in request.body.items() if k not in ("stream", "stream_options")}
        if self.settings.max_tokens is not None:
            asked = body.get("max_tokens")
            cap = self.settings.max_tokens
            body["max_tokens"] = min(asked, cap) if isinstance(asked, int) else cap
        shadowed = ChatRequest(body, request.route, record.id, request.headers)
        trace = record.trace
        try:
            cheap = await traced_complete(self.shadow, shadowed, trace)
            trace.answered_by = self.shadow.name
            for step, answer in zip(self.step_names, (primary, cheap), strict=True):
                await self.grade(step, shadowed, answer, trace)
        except Exception as exc:  # an observation must never take anything else down
            failed(record, exc)
        finally:
            record.latency_ms = (time.perf_counter() - started) * 1000
            trace.log(record)

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


def observed(pattern: Pattern, spec: Section, backends: Mapping[str, Backend]) -> Pattern:
    """`pattern` observed as its route's `observe:` asks (itself when it does not)."""
    settings = getattr(spec, "observe", None)
    if not isinstance(settings, ObserveSettings):
        return pattern
    grader = build_verifier(settings.grader_spec(), backends, default_model=settings.shadow)
    judges = [backends[settings.judge]] if settings.judge and not settings.verify else []
    return Observed(pattern, settings, backends[settings.shadow], grader, judges)


def check_observe(checker: Checker, config: Config, route: Section, loc: Loc) -> None:
    """A route check: the models `observe` names exist, its grader could be built, and the
    route's privacy policy allows sending its requests elsewhere."""
    settings = getattr(route, "observe", None)
    if not isinstance(settings, ObserveSettings):
        return
    where: Loc = (*loc, "observe")
    for key in ("shadow", "judge"):
        name = getattr(settings, key)
        if name is not None and name not in checker.models:
            checker.error((*where, key), f"model {name!r} is not defined under `models`")
    privacy = getattr(route, "privacy", None)
    policy = getattr(privacy, "policy", None)
    if policy in FORBIDDING:
        checker.error(where, f"not allowed on a route whose privacy policy is {policy!r}")
    if settings.verify or settings.judge in checker.models:
        try:
            check_verifier(settings.grader_spec(), checker.models, default_model=settings.shadow)
        except ConfigError as exc:
            checker.error((*where, "verify" if settings.verify else "judge"), exc.message)
