"""Pattern 4, specialist consultation: a generalist answers unless the request needs a
capability it lacks, and then a specialist that has it answers in its place.

Needs, in the order they are checked:
- `vision`: the request has image content parts and the generalist reads none;
- `long_context`: prompt + max_tokens exceed the generalist's context window (counted with
  its tokenizer when it has one, else a conservative estimate);
- a custom tag (`math`): a regex, keywords or a scorer (a rung router file) says so.
The first specialist whose need the request has and which can take it (reads the images, fits
the window) answers. When a request needs images or more context than any backend on the route
has, the answer is 400, naming the sizes. The specialist is shown the whole conversation, the
last k messages, or a summary of the earlier turns (written by the generalist) and the last
turn, per specialist. Its answer goes back as the generalist's turn would.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from pydantic import Field, PrivateAttr, model_validator

from rung._errors import ConfigError, RequestError
from rung.backends.base import Backend
from rung.config import Checker, Config, Loc, RouteSection
from rung.patterns.base import Pattern, traced_complete, traced_stream
from rung.patterns.context import last_k, last_turn, split_system, summarize, summarized
from rung.patterns.keepalive import KEEPALIVE_SECONDS, waiting
from rung.patterns.needs import CustomNeed, Scorer, image_count, output_tokens, prompt_tokens, size
from rung.section import Section
from rung.types import JSON, ChatRequest, Chunk, Completion, Trace

if TYPE_CHECKING:
    from rung.routers import Router

ContextForm = Literal["full", "last_k", "summary"]
HARD_NEEDS = ("vision", "long_context")


class NeedRule(Section):
    """A custom need: `{tag: math, rule: "regex", keywords: [...], classifier: router.npz}`."""

    tag: str
    rule: str | None = None
    keywords: list[str] = Field(default_factory=list)
    classifier: str | None = None
    threshold: float | None = None
    path_keys: ClassVar[tuple[str, ...]] = ("classifier",)
    _loaded: Any = PrivateAttr(default=None)

    def loaded_classifier(self) -> Router:
        """The classifier, read from its file on first use only (the config check reads it;
        the route built from this checked section uses it). ConfigError if unreadable."""
        if self._loaded is None:
            from rung.routers import RouterFileError, load  # heavy (numpy): only when used

            assert self.classifier is not None
            try:
                self._loaded = load(self.classifier)
            except (RouterFileError, KeyError) as exc:
                detail = exc.message if isinstance(exc, RouterFileError) else str(exc)
                raise ConfigError(
                    f"classifier {self.classifier!r} cannot be read: {detail}"
                ) from exc
        router: Router = self._loaded
        return router

    @model_validator(mode="after")
    def _detectable(self) -> NeedRule:
        if self.rule is None and not self.keywords and self.classifier is None:
            raise ValueError("a custom need needs a `rule`, `keywords` or a `classifier`")
        if self.tag in HARD_NEEDS:
            raise ValueError(f"{self.tag!r} is a built-in need: write `when: {self.tag}`")
        if self.rule is not None:
            try:
                re.compile(self.rule)
            except re.error as exc:
                raise ValueError(f"rule is not a valid regular expression: {exc}") from exc
        return self


class SpecialistEntry(Section):
    model: str
    when: Literal["vision", "long_context"] | NeedRule
    context: ContextForm | None = None
    last_k: int | None = Field(default=None, ge=1)


class SpecialistRoute(RouteSection):
    """`{pattern: specialist, generalist: local, specialists: [{model: v, when: vision}]}`."""

    pattern: str = "specialist"
    generalist: str
    specialists: list[SpecialistEntry] = Field(min_length=1)
    context: ContextForm = "full"
    last_k: int = Field(default=4, ge=1)
    summary_max_tokens: int = Field(default=256, ge=16)
    default_max_tokens: int = Field(default=512, ge=1)
    keepalive_seconds: float = Field(default=KEEPALIVE_SECONDS, gt=0)
    refs: ClassVar[tuple[str, ...]] = ("generalist",)


@dataclass(slots=True)
class Specialist:
    """One specialist: its backend, the need it serves and the context it is shown."""

    backend: Backend
    when: str  # "vision", "long_context" or a custom tag
    context: str = "full"
    last_k: int = 4
    need: CustomNeed | None = None


class Specialists(Pattern):
    name = "specialist"

    def __init__(
        self,
        generalist: Backend,
        specialists: Sequence[Specialist],
        *,
        summary_max_tokens: int = 256,
        default_max_tokens: int = 512,
        keepalive_seconds: float = KEEPALIVE_SECONDS,
    ) -> None:
        for s in specialists:
            if s.when == "vision" and not s.backend.capabilities.vision:
                raise ValueError(f"{s.backend.name} serves `vision` but declares no vision")
        self.generalist, self.specialists = generalist, list(specialists)
        self.summary_max_tokens, self.default_max_tokens = summary_max_tokens, default_max_tokens
        self.keepalive_seconds = keepalive_seconds

    def backends(self) -> list[Backend]:
        return [self.generalist, *(s.backend for s in self.specialists)]

    # ---- choosing ------------------------------------------------------------------------

    def wants(self, request: ChatRequest) -> dict[str, str]:
        """The needs the generalist cannot meet, each with its reason."""
        wants: dict[str, str] = {}
        images = image_count(request.messages)
        if images and not self.generalist.capabilities.vision:
            wants["vision"] = f"{images} image part(s); {self.generalist.name} reads no images"
        output = output_tokens(request, self.default_max_tokens)
        general = size(self.generalist, request.messages, output)
        if not general.fits:
            wants["long_context"] = general.describe(self.generalist.name)
        text = request.last_user_text()
        for s in self.specialists:
            if s.need is not None and s.when not in wants:
                reason = s.need.match(text)
                if reason is not None:
                    wants[s.when] = reason
        return wants

    def shown(self, s: Specialist, request: ChatRequest) -> list[JSON]:
        """The messages `s` would be shown (for `summary`, without the summary yet)."""
        if s.context == "last_k":
            return last_k(request.messages, s.last_k)
        if s.context == "summary":
            system, _ = split_system(request.messages)
            return [*system, *last_turn(request.messages)[1]]
        return request.messages

    def unfit(self, s: Specialist, request: ChatRequest) -> str | None:
        """Why `s` cannot take `request`, or None when it can."""
        messages = self.shown(s, request)
        if image_count(messages) and not s.backend.capabilities.vision:
            return f"{s.backend.name} reads no images"
        output = output_tokens(request, self.default_max_tokens)
        if s.context == "summary":
            output += self.summary_max_tokens
        needed = size(s.backend, messages, output)
        return None if needed.fits else needed.describe(s.backend.name)

    def choose(self, request: ChatRequest, trace: Trace) -> Specialist | None:
        """The specialist that answers, or None for the generalist; the reason in the trace."""
        wants = self.wants(request)
        if not wants:
            trace.decide("specialist", self.generalist.name, "no need the generalist lacks")
            return None
        refused = []
        for s in self.specialists:
            if s.when in wants:
                problem = self.unfit(s, request)
                if problem is None:
                    trace.decide("specialist", s.backend.name, f"{s.when}: {wants[s.when]}")
                    return s
                refused.append(problem)
        hard = [f"{need}: {wants[need]}" for need in HARD_NEEDS if need in wants]
        if hard:
            raise RequestError(
                f"no model on route {request.route!r} can take this request. "
                + "; ".join([*hard, *refused]),
                param="messages",
            )
        why = "; ".join(f"{k}: {v}" for k, v in wants.items())
        trace.decide("specialist", self.generalist.name, f"{why}; no specialist fits: {refused}")
        return None

    # ---- context passing -----------------------------------------------------------------

    def _fit(self, text: str) -> str:
        """The end of `text` that the generalist can summarise within its window."""
        room = self.generalist.capabilities.context_window - self.summary_max_tokens - 96
        for _ in range(8):
            tokens, _ = prompt_tokens(self.generalist, [{"content": text}])
            if tokens <= room:
                break
            text = text[-max(1, int(len(text) * room / tokens * 0.9)) :]
        return text

    async def passed(self, s: Specialist, request: ChatRequest, trace: Trace) -> ChatRequest:
        """The request `s` is sent: the conversation in `s`'s context form."""
        messages = self.shown(s, request)
        if s.context == "summary":
            earlier, turn = last_turn(request.messages)
            summary = ""
            if earlier:
                summary = await summarize(
                    self.generalist, earlier, trace, self.summary_max_tokens, self._fit
                )
            messages = summarized(split_system(request.messages)[0], summary, turn)
        tokens, how = prompt_tokens(s.backend, messages)
        trace.decide(
            "context",
            s.context,
            f"{len(request.messages)} messages -> {len(messages)}; {tokens} prompt tokens "
            f"({how}) for {s.backend.name}",
        )
        return request.replace(messages=messages)

    # ---- answering -----------------------------------------------------------------------

    async def complete(self, request: ChatRequest, trace: Trace) -> Completion:
        chosen = self.choose(request, trace)
        if chosen is None:
            trace.answered_by = self.generalist.name
            return await traced_complete(self.generalist, request, trace)
        trace.answered_by = chosen.backend.name
        return await traced_complete(
            chosen.backend, await self.passed(chosen, request, trace), trace
        )

    async def stream(self, request: ChatRequest, trace: Trace) -> AsyncIterator[Chunk]:
        chosen = self.choose(request, trace)
        backend = self.generalist if chosen is None else chosen.backend
        trace.answered_by = backend.name
        if chosen is not None:
            job = self.passed(chosen, request, trace)
            if chosen.context == "summary":
                summarised = waiting(job, "summarising earlier turns", self.keepalive_seconds)
                async for keepalive in summarised:
                    yield keepalive
                request = summarised.result()
            else:
                request = await job
        async for chunk in traced_stream(backend, request, trace):
            yield chunk


# ---- config --------------------------------------------------------------------------------


def _need(when: NeedRule) -> CustomNeed:
    scorer: Scorer | None = None
    threshold = when.threshold if when.threshold is not None else 0.5
    if when.classifier is not None:
        router = when.loaded_classifier()
        scorer = router
        threshold = when.threshold if when.threshold is not None else router.threshold
    pattern = re.compile(when.rule, re.IGNORECASE) if when.rule is not None else None
    return CustomNeed(when.tag, pattern, tuple(when.keywords), scorer, threshold)


def build(config: Section, backends: Mapping[str, Backend]) -> Pattern:
    """The pattern for a `specialist` route."""
    assert isinstance(config, SpecialistRoute)
    specialists = []
    for entry in config.specialists:
        when = entry.when
        specialists.append(
            Specialist(
                backends[entry.model],
                when if isinstance(when, str) else when.tag,
                entry.context or config.context,
                entry.last_k or config.last_k,
                None if isinstance(when, str) else _need(when),
            )
        )
    return Specialists(
        backends[config.generalist],
        specialists,
        summary_max_tokens=config.summary_max_tokens,
        default_max_tokens=config.default_max_tokens,
        keepalive_seconds=config.keepalive_seconds,
    )


def check_specialists(checker: Checker, config: Config, route: Section, loc: Loc) -> None:
    """A route check: every specialist names a defined model, a `vision` specialist declares
    vision, a `long_context` one a larger window than the generalist's."""
    assert isinstance(route, SpecialistRoute)
    general = checker.models.get(route.generalist)
    for i, entry in enumerate(route.specialists):
        if isinstance(entry.when, NeedRule) and entry.when.classifier is not None:
            try:
                entry.when.loaded_classifier()
            except ConfigError as exc:
                checker.error((*loc, "specialists", i, "when", "classifier"), exc.message)
        where = (*loc, "specialists", i, "model")
        model = checker.models.get(entry.model)
        if entry.model not in checker.models:
            checker.error(where, f"model {entry.model!r} is not defined under `models`")
        elif model is None:
            continue  # its own section has errors, reported there
        elif entry.when == "vision" and not getattr(model, "vision", False):
            checker.error(where, f"model {entry.model!r} serves `vision` but has no `vision: true`")
        elif entry.when == "long_context" and general and _window(model) <= _window(general):
            checker.error(
                where,
                f"model {entry.model!r} serves `long_context` but its window "
                f"({_window(model)}) is no larger than the generalist's ({_window(general)})",
            )


def _window(model: Section) -> int:
    return int(getattr(model, "context_window", 0) or 0)
