"""Real embedding servers for the embeddings tests: llama.cpp's OpenAI-compatible server
serving the embedded SmolLM2 in embedding mode (mean pooling), and a recording proxy in front
of it that keeps every body it forwards (to show what a hosted backend was sent)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from tests.conftest import llama_cpp_server
from tests.servers import ThreadedApp

# SmolLM2's GGUF declares no pooling: llama.cpp would answer one vector per token. Mean
# pooling, set through a metadata override, gives one vector per input as OpenAI's API does.
EMBEDDING_OPTIONS = ("--embedding", "true", "--kv_overrides", "llama.pooling_type=int:1")


@pytest.fixture(scope="session")
def embedding_server(embedded_path: Path) -> Iterator[str]:
    """A real OpenAI-compatible embeddings server; yields its `/v1` base URL."""
    with llama_cpp_server(embedded_path, *EMBEDDING_OPTIONS) as url:
        yield url


class RecordingProxy(ThreadedApp):
    """Forwards `POST /v1/embeddings` to a real upstream, keeping each body it was sent."""

    def __init__(self, upstream: str) -> None:
        super().__init__()
        self.upstream = upstream
        self.bodies: list[str] = []

    def routes(self, app: web.Application) -> None:
        app.router.add_post("/v1/embeddings", self._forward)

    async def _forward(self, request: web.Request) -> web.Response:
        raw = await request.text()
        self.bodies.append(raw)
        headers = {"content-type": "application/json"}
        async with (
            aiohttp.ClientSession() as session,
            session.post(self.upstream + "/embeddings", data=raw, headers=headers) as answer,
        ):
            body = await answer.read()
            return web.Response(body=body, status=answer.status, content_type="application/json")

    def sent(self) -> str:
        return "\n".join(self.bodies)


@pytest.fixture(scope="module")
def recording(embedding_server: str) -> Iterator[RecordingProxy]:
    with RecordingProxy(embedding_server) as proxy:
        yield proxy
