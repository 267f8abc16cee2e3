"""Scrubbing secrets out of text: one `Scrubber`, built from the config at gateway start.

Every secret the configuration refers to (`api_key: env:NAME`, or any other `env:` reference)
is resolved once; the scrubber then replaces each value, wherever it appears (its `Bearer`
form included), by `[secret]`. The gateway applies it at every boundary where text leaves
rung: response bodies and headers, the request log's records, the "rung" loggers, the
breakers' last errors (so `/health` and `/metrics` too).
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import orjson

if TYPE_CHECKING:
    from rung.config import Config
    from rung.telemetry.log import RequestRecord

MASK = "[secret]"
MIN_LENGTH = 4  # shorter values would mask ordinary text; `secret_values` warns about them
ENV_REF = re.compile(r"env:([A-Za-z_][A-Za-z0-9_]*)")
logger = logging.getLogger("rung")


def env_refs(value: Any) -> Iterator[str]:
    """The environment variable names of every `env:NAME` string in nested data."""
    if isinstance(value, str):
        match = ENV_REF.fullmatch(value)
        if match:
            yield match.group(1)
    elif isinstance(value, dict):
        for item in value.values():
            yield from env_refs(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from env_refs(item)


def secret_values(config: Config) -> list[str]:
    """The values of every secret `config` refers to that is set in the environment."""
    sections = [*config.models.values(), *config.routes.values(), config.server, config.auth]
    names = {name for s in sections for name in env_refs(s.model_dump())}
    values = {os.environ.get(name, "") for name in names}
    return sorted((v for v in values if len(v) >= MIN_LENGTH), key=len, reverse=True)


class Scrubber:
    """Replaces each of `secrets` (and its JSON-escaped form) by `[secret]`."""

    def __init__(self, secrets: Iterable[str]) -> None:
        forms: set[str] = set()
        for secret in secrets:
            if len(secret) >= MIN_LENGTH:
                forms.add(secret)
                forms.add(orjson.dumps(secret).decode()[1:-1])  # as it appears inside JSON
        self.texts = sorted(forms, key=len, reverse=True)
        self.blobs = [(text.encode(), MASK.encode()) for text in self.texts]

    @classmethod
    def from_config(cls, config: Config) -> Scrubber:
        return cls(secret_values(config))

    def __bool__(self) -> bool:
        return bool(self.texts)

    def __call__(self, text: str) -> str:
        for secret in self.texts:
            if secret in text:
                text = text.replace(secret, MASK)
        return text

    def optional(self, text: str | None) -> str | None:
        return None if text is None else self(text)

    def bytes(self, data: bytes) -> bytes:
        for secret, mask in self.blobs:
            if secret in data:
                data = data.replace(secret, mask)
        return data

    def record(self, record: RequestRecord) -> None:
        """Scrub a request record's text fields in place (a request-log hook)."""
        if not self.texts:
            return
        record.error = self.optional(record.error)
        record.prompt = self.optional(record.prompt)
        for call in record.trace.calls:
            call.error = self.optional(call.error)
        for decision in record.trace.decisions:
            decision.reason = self(decision.reason)


class ScrubFilter(logging.Filter):
    """A logging filter that scrubs a record's message, arguments and traceback text."""

    def __init__(self, scrub: Scrubber) -> None:
        super().__init__()
        self.scrub = scrub

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        record.msg, record.args = self.scrub(message), ()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = self.scrub(record.stack_info)
        return True


LOGGERS = ("rung", "uvicorn", "uvicorn.error", "uvicorn.access")


class LogScrubbing:
    """Installs a ScrubFilter on the rung loggers (and uvicorn's, which log app errors) for
    the life of one gateway; `remove` takes it off again."""

    def __init__(self, scrub: Scrubber) -> None:
        self.filter = ScrubFilter(scrub)
        self.loggers: list[logging.Logger] = []

    def install(self) -> None:
        if not self.filter.scrub:
            return
        names = [*LOGGERS, *(n for n in logging.Logger.manager.loggerDict if n.startswith("rung."))]
        for name in names:
            target = logging.getLogger(name)
            target.addFilter(self.filter)
            self.loggers.append(target)

    def remove(self) -> None:
        for target in self.loggers:
            target.removeFilter(self.filter)
        self.loggers.clear()


def scrub_breakers(backends: Mapping[str, object], scrub: Scrubber) -> None:
    """Give each backend's circuit breaker the scrubber for its `last_error`."""
    for backend in backends.values():
        breaker = getattr(backend, "breaker", None)
        if breaker is not None and hasattr(breaker, "scrub"):
            breaker.scrub = scrub


__all__ = [
    "MASK",
    "LogScrubbing",
    "ScrubFilter",
    "Scrubber",
    "env_refs",
    "scrub_breakers",
    "secret_values",
]
