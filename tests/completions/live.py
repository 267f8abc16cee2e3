"""A live gateway for the text dialects' tests: the route `local` (the embedded model, in
process, with the StarCoder fill-in-the-middle layout its vocabulary has the markers of) and
the route `upstream` (llama.cpp's OpenAI-compatible server behind the openai backend), each a
fixed route over one backend; and `plain`, the embedded model left to `fim: auto`: it declares
no FIM tokens and is of no known family, so a suffix there is the client's 400."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from tests.conftest import Served

MAX_TOKENS = 8  # each backend's default, to keep answers short
ROUTES = ("local", "upstream")  # the routes that fill in the middle
ALL = (*ROUTES, "plain")


def config(upstream: str) -> dict[str, Any]:
    backends = {
        "local": {"backend": "llamacpp", "context_window": 2048, "fim": "starcoder",
                  "default_max_tokens": MAX_TOKENS},
        "upstream": {
            "backend": "openai", "base_url": upstream, "model": "smollm2", "tools": True,
            "logprobs": True, "default_max_tokens": MAX_TOKENS,
        },
        "plain": {"backend": "llamacpp", "context_window": 1024, "default_max_tokens": 2},
    }  # fmt: skip
    return {"models": backends, "routes": {name: {"model": name} for name in ALL}}


@contextmanager
def live_gateway(upstream: str, log: Path) -> Iterator[Served]:
    with Served(config(upstream), log) as served:
        yield served


def breakers(served: Served) -> dict[str, tuple[str, int]]:
    """Each backend's breaker state and failure count (client errors must leave them alone)."""
    backends = httpx.get(served.url + "/health").json()["backends"]
    return {name: (b["breaker"]["state"], b["breaker"]["failures"]) for name, b in backends.items()}


CLOSED = {name: ("closed", 0) for name in ALL}
