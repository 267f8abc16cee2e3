"""A/B tests and shadow runs: a route splits its traffic between variants, each an inline
route of any pattern, and may run a shadow variant beside the one that answers.

    routes:
      chat:
        pattern: ab
        sticky: user                 # or none
        variants:
          a: {weight: 0.5, route: {pattern: fixed, model: local}}
          b: {weight: 0.5, route: {pattern: learned, router: r.npz, weak: local, strong: hosted}}
        shadow: {route: {pattern: fixed, model: hosted}, name: hosted, sample: 1.0}

A variant is chosen by weight. With `sticky: user` the choice is a hash of the route and the
user or conversation id (the `x-rung-user` header, else the body's `user`, else
`metadata.conversation_id`), so one id always gets the same arm; without an id, or with
`sticky: none`, it is a weighted random draw. The arm is in `trace.variant` (the log's
`variant` column), the `x-rung-variant` header and a decision.

The shadow runs after the primary's answer is complete, in the background (it never delays
nor competes with the answer it shadows), as a non-streamed request with its own trace, and
is logged as its own request record: `variant` "shadow:<name>", `parent_id` the primary's
request id. Its answer is dropped. At most `max_pending` shadows run at once; past that a
shadow is skipped and the primary's trace says so.

Inline routes are checked as strictly as top-level ones (`check_ab`, a config check), with
the file and line of the offending key. They may have a `cache:`; a `privacy:` section
belongs on the ab route itself (it then covers every variant and the shadow), and an ab
route cannot be a variant of another.
"""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import random
import time
from collections.abc import AsyncIterator, Mapping
from typing import Any, Literal

from pydantic import Field, model_validator

from rung.backends.base import Backend
from rung.config import Checker, Config, Loc, RouteSection
from rung.patterns.base import Pattern
from rung.section import Section
from rung.telemetry.log import RequestRecord
from rung.telemetry.records import failed, new_record
from rung.types import JSON, ChatRequest, Chunk, Completion, Trace


class VariantSpec(Section):
    weight: float = Field(ge=0.0)
    route: dict[str, Any]


class ShadowSpec(Section):
    route: dict[str, Any]
    name: str | None = None  # default: the shadow route's pattern name
    sample: float = Field(default=1.0, gt=0.0, le=1.0)  # share of requests shadowed
    max_pending: int = Field(default=8, ge=1)


class ABRoute(RouteSection):
    """`{pattern: ab, variants: {a: {weight, route}, ...}, sticky: user|none, shadow: {...}}`."""

    pattern: str = "ab"
    variants: dict[str, VariantSpec] = Field(min_length=1)
    sticky: Literal["user", "none"] = "user"
    shadow: ShadowSpec | None = None

    @model_validator(mode="after")
    def _weights(self) -> ABRoute:
        if sum(v.weight for v in self.variants.values()) <= 0:
            raise ValueError("the variants' weights must not all be 0")
        return self

    def inline(self) -> list[tuple[Loc, JSON]]:
        """Each inline route, with where it is under this route."""
        out: list[tuple[Loc, JSON]] = [
            (("variants", name, "route"), v.route) for name, v in self.variants.items()
        ]
        if self.shadow is not None:
            out.append((("shadow", "route"), self.shadow.route))
        return out


@dataclasses.dataclass(slots=True)
class Arm:
    name: str
    weight: float
    pattern: Pattern


def sticky_id(request: ChatRequest) -> tuple[str, str] | None:
    """Who the request is for, and where that was read, or None when it does not say."""
    user = request.headers.get("x-rung-user")
    if user:
        return user, "x-rung-user"
    body_user = request.body.get("user")
    if isinstance(body_user, str) and body_user:
        return body_user, "user"
    metadata = request.body.get("metadata")
    conversation = metadata.get("conversation_id") if isinstance(metadata, dict) else None
    if isinstance(conversation, str | int) and str(conversation):
        return str(conversation), "metadata.conversation_id"
    return None


def unit_hash(*parts: str) -> float:
    """A uniform number in [0, 1) that depends only on `parts`."""
    digest = hashlib.sha256("\x00".join(parts).encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


class AB(Pattern):
    name = "ab"

    def __init__(
        self,
        arms: list[Arm],
        sticky: str = "user",
        shadow: tuple[str, Pattern] | None = None,
        sample: float = 1.0,
        max_pending: int = 8,
        rng: random.Random | None = None,
    ) -> None:
        self.arms, self.sticky, self.shadow = arms, sticky, shadow
        self.total = sum(a.weight for a in arms)
        self.sample, self.max_pending = sample, max_pending
        self.rng = rng or random.Random()
        self.pending: set[asyncio.Task[None]] = set()  # shadows running (held so they live)

    def backends(self) -> list[Backend]:
        patterns = [a.pattern for a in self.arms] + ([self.shadow[1]] if self.shadow else [])
        seen: dict[str, Backend] = {}
        for pattern in patterns:
            for backend in pattern.backends():
                seen.setdefault(backend.name, backend)
        return list(seen.values())

    def choose(self, request: ChatRequest, trace: Trace) -> Arm:
        """Pick an arm by weight (sticky per id when asked); record it in the trace."""
        who = sticky_id(request) if self.sticky == "user" else None
        if who is not None:
            point = unit_hash(request.route, who[0])
            how = f"sticky: {who[1]} hashes to {point:.3f}"
        else:
            point = self.rng.random()
            why = "no user or conversation id" if self.sticky == "user" else "sticky: none"
            how = f"random draw {point:.3f} ({why})"
        arm = [a for a in self.arms if a.weight > 0][-1]  # should rounding leave point >= 1
        edge = 0.0
        for candidate in self.arms:
            edge += candidate.weight / self.total
            if point < edge and candidate.weight > 0:
                arm = candidate
                break
        weights = ", ".join(f"{a.name} {a.weight / self.total:.2f}" for a in self.arms)
        trace.decide("variant", arm.name, f"{how}; weights {weights}")
        trace.variant = arm.name
        trace.headers["x-rung-variant"] = arm.name
        return arm

    async def complete(self, request: ChatRequest, trace: Trace) -> Completion:
        arm = self.choose(request, trace)
        completion = await arm.pattern.complete(request, trace)
        self.start_shadow(request, trace)
        return completion

    async def stream(self, request: ChatRequest, trace: Trace) -> AsyncIterator[Chunk]:
        arm = self.choose(request, trace)
        async for chunk in arm.pattern.stream(request, trace):
            yield chunk
        self.start_shadow(request, trace)

    # ---- the shadow ----------------------------------------------------------------------

    def start_shadow(self, request: ChatRequest, trace: Trace) -> None:
        """Start the shadow in the background, unless it is skipped (with the reason)."""
        if self.shadow is None:
            return
        name = self.shadow[0]
        if trace.log is None:
            trace.decide("shadow", "skipped", f"{name}: no request log to write it to")
            return
        if self.sample < 1.0 and self.rng.random() >= self.sample:
            trace.decide("shadow", "skipped", f"{name}: not sampled (sample {self.sample})")
            return
        if len(self.pending) >= self.max_pending:
            reason = f"{name}: {len(self.pending)} shadows still running (max {self.max_pending})"
            trace.decide("shadow", "skipped", reason)
            return
        record = new_record(
            route=request.route, pattern=self.shadow[1].name, parent_id=request.request_id
        )
        record.trace = Trace(guard=trace.guard, log=trace.log, variant=f"shadow:{name}")
        trace.decide("shadow", "started", f"{name}: logged as {record.id}")
        task = asyncio.get_running_loop().create_task(self.run_shadow(request, record))
        self.pending.add(task)
        task.add_done_callback(self.pending.discard)

    async def run_shadow(self, request: ChatRequest, record: RequestRecord) -> None:
        """Run the shadow to the end, and log it; its answer is dropped."""
        assert self.shadow is not None
        started = time.perf_counter()
        shadowed = ChatRequest(
            {k: v for k, v in request.body.items() if k not in ("stream", "stream_options")},
            request.route, record.id, request.headers,
        )  # fmt: skip
        try:
            await self.shadow[1].complete(shadowed, record.trace)
        except Exception as exc:  # a shadow must never take anything else down
            failed(record, exc)
        finally:
            record.latency_ms = (time.perf_counter() - started) * 1000
            record.trace.log(record)

    async def drain(self, timeout: float = 30.0) -> None:
        """Wait (up to `timeout` seconds) for the running shadows to finish."""
        if self.pending:
            await asyncio.wait(set(self.pending), timeout=timeout)


# ---- config --------------------------------------------------------------------------------


def inline_section(spec: JSON) -> Section:
    """An inline route, already checked by `check_ab`, as its schema's section."""
    from rung.patterns.registry import REGISTRY  # the registry imports this module

    return REGISTRY[spec.get("pattern", "fixed")].schema.model_validate(spec)


def build_inline(spec: JSON, backends: Mapping[str, Backend]) -> Pattern:
    from rung.patterns.registry import build_route  # the registry imports this module

    return build_route(inline_section(spec), backends)


def build(config: Section, backends: Mapping[str, Backend]) -> Pattern:
    """The pattern for an `ab` route: each variant (and the shadow) built as a route is."""
    assert isinstance(config, ABRoute)
    arms = [
        Arm(name, v.weight, build_inline(v.route, backends)) for name, v in config.variants.items()
    ]
    shadow, sample, pending = None, 1.0, 8
    if config.shadow is not None:
        spec = config.shadow
        name = spec.name or str(spec.route.get("pattern", "fixed"))
        shadow = (name, build_inline(spec.route, backends))
        sample, pending = spec.sample, spec.max_pending
    return AB(arms, config.sticky, shadow, sample, pending)


def check_ab(checker: Checker, config: Config, route: Section, loc: Loc) -> None:
    """A route check: every inline route of an `ab` route is checked as a top-level route is
    (its schema, then its pattern's checks), with the file and line of its own keys."""
    assert isinstance(route, ABRoute)
    for where, spec in route.inline():
        place: Loc = (*loc, *where)
        section = checker.route(spec, place)
        if section is None:
            continue
        if isinstance(section, ABRoute):
            checker.error((*place, "pattern"), "an ab route cannot be a variant of another")
        elif getattr(section, "privacy", None) is not None:
            checker.error((*place, "privacy"), "set `privacy` on the ab route itself")
        else:
            checker.check_route(config, section, place)
            # The route is built from `spec` later: keep its paths as resolved by the check.
            spec.update(section.model_dump(include=set(spec)))
