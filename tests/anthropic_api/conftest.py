"""A live gateway for the Messages API tests: the in-process model (route `local`) and
llama.cpp's OpenAI-compatible server behind the openai backend (route `upstream`), plus a
cascade over both (route `json`). The `anthropic` SDK talks to it over HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import anthropic
import httpx
import pytest

from tests.conftest import Served

ROUTES = ("local", "upstream")
PERSON = {
    "type": "object",
    "properties": {"name": {"type": "string"}, "age": {"type": "integer"}},
    "required": ["name", "age"],
}


class Live:
    """A served gateway and an anthropic SDK client for it."""

    def __init__(self, served: Served) -> None:
        self.served, self.url = served, served.url
        self.sdk = anthropic.Anthropic(base_url=served.url, api_key="x", max_retries=0)

    def post(self, body: Any, **headers: str) -> httpx.Response:
        return httpx.post(self.url + "/v1/messages", json=body, headers=headers, timeout=120)

    def breakers(self) -> dict[str, Any]:
        backends = httpx.get(self.url + "/health").json()["backends"]
        return {name: b["breaker"] for name, b in backends.items()}


@pytest.fixture(scope="module")
def live(llama_server: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    config = {
        "models": {
            "local": {"backend": "llamacpp", "n_ctx": 2048},
            "upstream": {"backend": "openai", "base_url": llama_server, "model": "smollm2",
                         "tools": True},
        },
        "routes": {
            "local": {"model": "local"},
            "upstream": {"model": "upstream"},
            "json": {"pattern": "cascade", "tiers": ["local", "upstream"],
                     "verify": [{"json_schema": {"schema": PERSON}}]},
        },
    }  # fmt: skip
    with Served(config, tmp_path_factory.mktemp("anthropic") / "log.db") as served:
        yield Live(served)
