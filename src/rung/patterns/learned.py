"""Pattern 5, learned pre-routing: a router scores the request before any model is called; at
or above the threshold the strong model answers, below it the weak one.

    {pattern: learned, router: routers/tfidf.npz, weak: local, strong: hosted, threshold: 0.6}

`router` is a saved router file (`rung routers train ... -o FILE`), read once when the route
is built, or the name of a router that needs no training (`random`, `heuristic`). `threshold`
overrides the one calibrated into the file. Scoring runs in a worker thread (an embedding
router runs torch); the score, the threshold and the decision are in the trace, and
`x-rung-escalated` says whether the strong model answered.

The router is given the last user turn whole (an embedding router reads a long one under its
pooling: by default its last 254 tokens, where a few-shot prompt's question is; see
`rung.routers.embedder`); the trace says which text was scored, how long it was and how it was
read, never the text itself (the log keeps it only under `log: {prompts: true}`).

    {pattern: learned, router: FILE, weak: local, strong: hosted, share: 0.3}

`share` keeps that share of strong calls on the live traffic (see `rung.routers.share`): the
threshold follows the last `share_window` live scores once `share_warmup` have been seen (the
calibrated threshold until then), within `share_bounds`; its state survives a restart in
`share_state` (default `$RUNG_STATE_DIR/learned-share.json`); with a Redis state the replicas
share one window (`rung.routers.share_redis`). `rung stats` shows target and actual share per
learned route.

    {pattern: learned, router: FILE, weak: local, strong: hosted, budget_per_1000: 2.5}

`budget_per_1000` (USD per 1,000 requests, instead of `share`) sets the target share to what the
budget buys at the costs the route's requests were priced at (`rung.routers.share.Budget`): the
mean cost of its last `share_window` weak-routed and strong-routed requests.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Mapping
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import Field, PrivateAttr, field_validator, model_validator

from rung._errors import ConfigError
from rung.backends.base import Backend
from rung.config import Checker, Config, Loc, RouteSection
from rung.patterns.base import Pattern, traced_complete, traced_stream
from rung.routers.share import (
    DEFAULT_WARMUP,
    DEFAULT_WINDOW,
    PROBE,
    Budget,
    FileShareStore,
    ShareTracker,
    default_state_file,
)
from rung.section import Section
from rung.types import ChatRequest, Chunk, Completion, Trace

if TYPE_CHECKING:
    from rung.routers import Router

UNTRAINED_OK = ("random", "heuristic")  # registry routers that score sensibly untrained


class LearnedRoute(RouteSection):
    """`{pattern: learned, router: FILE or name, weak: MODEL, strong: MODEL, threshold: T}`."""

    pattern: str = "learned"
    router: str
    weak: str
    strong: str
    threshold: float | None = Field(default=None, ge=0.0, le=1.0)
    share: float | None = Field(default=None, ge=0.0, le=1.0)
    budget_per_1000: float | None = Field(default=None, ge=0.0)  # USD per 1,000 requests
    share_window: int = Field(default=DEFAULT_WINDOW, ge=10)
    share_warmup: int = Field(default=DEFAULT_WARMUP, ge=0)
    share_bounds: tuple[float, float] = (0.0, 1.0)
    share_state: str | None = None
    show_scored_text: bool = False  # the trace quotes the scored text, cut (needs prompt logging)
    refs: ClassVar[tuple[str, ...]] = ("weak", "strong")
    path_keys: ClassVar[tuple[str, ...]] = ("router", "share_state")
    _loaded: Router | None = PrivateAttr(default=None)

    @field_validator("share_bounds")
    @classmethod
    def _ordered(cls, value: tuple[float, float]) -> tuple[float, float]:
        low, high = value
        if not 0.0 <= low <= high <= 1.0:
            raise ValueError("share_bounds is [low, high] with 0 <= low <= high <= 1")
        return value

    @model_validator(mode="after")
    def _one_target(self) -> LearnedRoute:
        if self.share is not None and self.budget_per_1000 is not None:
            raise ValueError("give share or budget_per_1000, not both")
        return self

    def is_path(self, key: str, value: str) -> bool:
        from rung.routers import REGISTRY  # light: names only

        return key != "router" or (value not in REGISTRY and not value.startswith("builtin:"))

    def tracker(self, calibrated: float) -> ShareTracker | None:
        """The live-share tracker of a route with `share:` or `budget_per_1000:`, its state in
        `share_state`."""
        if self.share is None and self.budget_per_1000 is None:
            return None
        path = Path(self.share_state).expanduser() if self.share_state else default_state_file()
        budget = None
        if self.budget_per_1000 is not None:
            budget = Budget(self.budget_per_1000, self.share_window)
        target = f"budget {self.budget_per_1000}" if budget else str(self.share)
        return ShareTracker(
            PROBE if self.share is None else self.share,
            calibrated if self.threshold is None else self.threshold,
            window=self.share_window,
            warmup=self.share_warmup,
            bounds=self.share_bounds,
            store=FileShareStore(path),
            key=f"{self.router}|{self.weak}|{self.strong}|{target}",
            budget=budget,
        )

    def loaded_router(self) -> Router:
        """The route's router, read on first use only: the config check reads it, and the
        route built from this checked section uses that same router."""
        if self._loaded is None:
            self._loaded = load_router(self.router)
        return self._loaded


def scored_text_note(router: Router, text: str, show: bool = False) -> str:
    """What the router read, for the trace: which text and how long; its content (cut to 60
    characters at each end) only when the route shows it, which needs prompt logging."""
    pooling = getattr(router, "pooling", "")
    read = f", read {pooling}" if pooling and pooling != "head" else ""
    if not show:
        return f"the whole turn, {len(text):,} chars{read}; its text is not in the trace"
    quoted = text if len(text) <= 130 else f"{text[:60]} [...] {text[-60:]}"
    return f"the whole turn, {len(text):,} chars{read}: {quoted!r}"


class Learned(Pattern):
    name = "learned"

    def __init__(
        self,
        router: Router,
        weak: Backend,
        strong: Backend,
        threshold: float | None = None,
        tracker: ShareTracker | None = None,
        show_text: bool = False,
    ) -> None:
        self.router, self.weak, self.strong = router, weak, strong
        self.threshold = router.threshold if threshold is None else threshold
        self.tracker = tracker
        self.show_text = show_text

    def backends(self) -> list[Backend]:
        return [self.weak, self.strong]

    def decide(self, text: str) -> tuple[float, bool, float]:
        """The score, the decision and the threshold it was compared with (in a thread)."""
        score = self.router.score(text)
        if self.tracker is None:
            return score, score >= self.threshold, self.threshold
        strong, threshold = self.tracker.decide(score)
        return score, strong, threshold

    def _share_note(self, trace: Trace) -> None:
        tracker = self.tracker
        if tracker is None:
            return
        actual = tracker.actual or 0.0
        how = "calibrated (warming up)" if tracker.warming_up else "live"
        reason = (
            f"target {tracker.target:.1%}, actual {actual:.1%} of {tracker.seen} requests; "
            f"threshold {how}"
        )
        budget = tracker.budget
        if budget is not None:
            spend = budget.spend_per_1000()
            recent = "not yet priced" if spend is None else f"recent spend ${spend:.4g}"
            reason += f"; budget ${budget.per_1000:.4g} per 1,000 requests, {recent}"
        trace.decide("share", f"{tracker.target:.4f}", reason)

    async def choose(self, request: ChatRequest, trace: Trace) -> Backend:
        """Score the request off the event loop; record the score and the decision."""
        text = request.last_user_text()
        score, strong, threshold = await asyncio.to_thread(self.decide, text)
        sign = ">=" if strong else "<"
        reason = f"score {score:.2f} {sign} threshold {threshold:.2f} ({self.router.name})"
        trace.decide("route", "strong" if strong else "weak", reason)
        note = scored_text_note(self.router, text, self.show_text)
        trace.decide("scored", "last user turn", note)
        self._share_note(trace)
        trace.escalated = strong
        if self.tracker is not None and self.tracker.budget is not None:
            trace.spent = partial(self.tracker.spent, strong)  # once the request is priced
        backend = self.strong if strong else self.weak
        trace.answered_by = backend.name
        return backend

    async def complete(self, request: ChatRequest, trace: Trace) -> Completion:
        backend = await self.choose(request, trace)
        return await traced_complete(backend, request, trace)

    async def stream(self, request: ChatRequest, trace: Trace) -> AsyncIterator[Chunk]:
        backend = await self.choose(request, trace)
        async for chunk in traced_stream(backend, request, trace):
            yield chunk


def training_note(name: str) -> str:
    return (
        f"router {name!r} must be trained before it can route: "
        f"`rung routers train --data mmlu --router {name} --share 0.3 -o {name}.npz`, "
        "then give the file's path as `router:`"
    )


def load_router(spec: str) -> Router:
    """The router a route names: a saved file, or an untrained `random`/`heuristic`.
    Raises ConfigError naming the path (or the name) when it cannot be had."""
    from rung import routers  # heavy (numpy): only for a route that uses one
    from rung.routers.base import read_router_file

    if spec.startswith("builtin:"):  # a router file shipped in the package (routers.general)
        from rung.routers.general import builtin_path

        try:
            spec = str(builtin_path(spec))
        except KeyError as exc:
            raise ConfigError(str(exc.args[0])) from exc
    if spec in routers.REGISTRY:
        if spec not in UNTRAINED_OK:
            raise ConfigError(training_note(spec))
        return routers.create(spec)
    path = Path(spec).expanduser()
    if not path.is_file():
        raise ConfigError(f"router file {spec!r} does not exist (nor is it a router name)")
    options: dict[str, Any] = {}
    try:
        header, arrays = read_router_file(path)  # read once: the router is made from these
        kind = str(header["router"])
        from rung.routers.embedded import EmbeddingRouter

        if issubclass(routers.router_class(kind), EmbeddingRouter):
            from rung.routers.embedder import shared_embedder

            options["embedder"] = shared_embedder(threads=1)  # faster per request when busy
        return routers.from_saved(header, arrays, path, **options)
    except (routers.RouterFileError, KeyError, ValueError) as exc:
        detail = exc.message if isinstance(exc, routers.RouterFileError) else str(exc)
        raise ConfigError(f"router file {spec!r} cannot be read: {detail}") from exc


def build(config: Section, backends: Mapping[str, Backend]) -> Pattern:
    """The pattern for a `learned` route; its router file is read once (by the config check
    when the section was checked, else here)."""
    assert isinstance(config, LearnedRoute)
    router = config.loaded_router()
    tracker = config.tracker(router.threshold)
    weak, strong = backends[config.weak], backends[config.strong]
    return Learned(router, weak, strong, config.threshold, tracker, config.show_scored_text)


def check_learned(checker: Checker, config: Config, route: Section, loc: Loc) -> None:
    """A route check: the route's router can be had (read once; the route built from this
    section uses it), so that a wrong path is an error with the file and line of `router:`."""
    assert isinstance(route, LearnedRoute)
    try:
        route.loaded_router()
    except ConfigError as exc:
        checker.error((*loc, "router"), exc.message)
    logged = config.log.prompts and (route.privacy is None or route.privacy.log_values)
    if route.show_scored_text and not logged:
        checker.error(
            (*loc, "show_scored_text"),
            "the scored text is the prompt: it needs `log: {prompts: true}` (and, on a route "
            "with `privacy:`, `log_values: true`)",
        )
