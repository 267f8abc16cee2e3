"""A live gateway per backend kind, for the conformance suite: the in-process model
(`local`) and llama.cpp's OpenAI-compatible server behind the openai backend (`upstream`).
Each serves the route `chat`; the SDK talks to it over HTTP as any client would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from tests.conftest import Served

DEFAULT_MAX_TOKENS = 12
BACKENDS = {
    "local": {"backend": "llamacpp", "n_ctx": 2048, "default_max_tokens": DEFAULT_MAX_TOKENS},
    "upstream": {
        "backend": "openai", "model": "smollm2", "tools": True, "logprobs": True,
        "default_max_tokens": DEFAULT_MAX_TOKENS,
    },
}  # fmt: skip


class Live:
    """A served gateway and an openai SDK client for it."""

    def __init__(self, kind: str, served: Served) -> None:
        self.kind, self.served, self.url = kind, served, served.url
        self.sdk = openai.OpenAI(base_url=served.url + "/v1", api_key="x", max_retries=0)

    def post(self, body: dict[str, Any]) -> httpx.Response:
        return httpx.post(self.url + "/v1/chat/completions", json=body, timeout=120)

    def breakers(self) -> dict[str, Any]:
        backends = httpx.get(self.url + "/health").json()["backends"]
        return {name: b["breaker"] for name, b in backends.items()}


@pytest.fixture(scope="session", params=list(BACKENDS))
def live(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Live]:
    kind = request.param
    backend = dict(BACKENDS[kind])
    if kind == "upstream":
        backend["base_url"] = request.getfixturevalue("llama_server")
    config = {"models": {kind: backend}, "routes": {"chat": {"model": kind}}}
    log: Path = tmp_path_factory.mktemp("conformance") / "log.db"
    with Served(config, log) as served:
        yield Live(kind, served)
