"""Shared state: what the replicas of one gateway must agree on (cache entries, circuit
breakers, rate-limit windows and budget spend), behind one small interface (`State`) with an
in-process implementation and a Redis one. See docs/state.md."""

from __future__ import annotations

import os

from rung.config import StateConfig
from rung.state.base import (
    Decision,
    LimitCheck,
    State,
    StateUnavailable,
    Ticket,
    WindowView,
)
from rung.state.memory import MemoryState
from rung.state.redis import RedisState, where


def open_state(settings: StateConfig) -> State | None:
    """The shared state `settings` name: Redis for `redis://`, `rediss://` and `unix://`
    URLs (or `env:NAME` holding one), a `MemoryState` for `memory://`; None (each component
    keeps its own in-process state, today's default) when no URL is set."""
    url = settings.url
    if url is None:
        return None
    if url.startswith("env:"):
        name = url[4:]
        url = os.environ.get(name, "")
        if not url:
            raise ValueError(f"state.url: the environment variable {name} is empty")
    if url.startswith("memory://"):
        return MemoryState()
    try:
        import hiredis  # noqa: F401  (its C parser: rung.state.resp)
        import redis  # noqa: F401  (the optional client, checked at start-up, not per request)
    except ModuleNotFoundError as exc:
        raise ModuleNotFoundError(
            f"state.url names Redis, whose client ({exc.name}) is not installed: "
            "pip install 'rung[redis]'",
            name=exc.name,
        ) from exc
    return RedisState(url, settings.prefix)


__all__ = [
    "Decision",
    "LimitCheck",
    "MemoryState",
    "RedisState",
    "State",
    "StateUnavailable",
    "Ticket",
    "WindowView",
    "open_state",
    "where",
]
