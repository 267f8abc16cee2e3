"""Seeded random hostile requests on every API the gateway speaks (OpenAI, Anthropic, Ollama,
llama.cpp's /infill): wrong types in every field, malformed JSON, invalid UTF-8, deep nesting,
wrong content types, huge numbers, unknown routes. None may be a 500 (or any 5xx: the upstream
here answers every well-formed call); every refusal is in the client's own error format; and
afterwards no breaker is open and a valid request is answered, so a client's mistakes cost no
one else anything."""

from __future__ import annotations

import asyncio
import json
import random
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
from aiohttp import web

from rung.backends.mock import completion_for
from tests.conftest import Served

WEIRD: list[Any] = [
    None, True, False, 0, -1, 1e308, 2**70, "", "x", "🙂🙂", [], {}, [None], {"a": None},
    "a" * 3000, [[[[[]]]]], {"type": "image_url"}, {"text": 5}, 3.5, "NaN", [1, "2", None],
]  # fmt: skip
ROUTES = ["fixed", "cached", "json", "private", "blocked"]
FIELDS = [
    "stream", "n", "max_tokens", "temperature", "stop", "tools", "tool_choice", "response_format",
    "logprobs", "top_logprobs", "metadata", "user", "seed", "stream_options", "rung", "suffix",
    "logit_bias", "session_note", "max_completion_tokens", "system", "prompt", "options",
    "format", "keep_alive", "images", "input", "messages", "model",
]  # fmt: skip


class FakeUpstream:
    """An OpenAI-compatible upstream answering chat (whole or streamed), text completions and
    embeddings, in a thread of its own."""

    def __init__(self) -> None:
        app = web.Application()
        app.router.add_post("/v1/chat/completions", self._chat)
        app.router.add_post("/v1/completions", self._text)
        app.router.add_post("/v1/embeddings", self._embeddings)
        self.loop = asyncio.new_event_loop()
        self.runner = web.AppRunner(app)
        self.loop.run_until_complete(self.runner.setup())
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        self.loop.run_until_complete(site.start())
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}/v1"
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()

    async def _chat(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        if not body.get("stream"):
            return web.json_response(completion_for('{"ok": true}', "up"))
        response = web.StreamResponse(headers={"content-type": "text/event-stream"})
        await response.prepare(request)
        chunk = {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "up",
                 "choices": [{"index": 0, "delta": {"content": '{"ok": true}'},
                              "finish_reason": "stop"}]}  # fmt: skip
        await response.write(b"data: " + orjson.dumps(chunk) + b"\n\ndata: [DONE]\n\n")
        return response

    async def _text(self, request: web.Request) -> web.Response:
        await request.read()
        choice = {"index": 0, "text": "x", "finish_reason": "stop", "logprobs": None}
        usage = {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}
        answer = {"id": "t", "object": "text_completion", "created": 1, "model": "up",
                  "choices": [choice], "usage": usage}  # fmt: skip
        return web.json_response(answer)

    async def _embeddings(self, request: web.Request) -> web.Response:
        body = await request.json()
        inputs = body["input"] if isinstance(body["input"], list) else [body["input"]]
        data = [{"object": "embedding", "index": i, "embedding": [0.1, 0.2]}
                for i in range(len(inputs))]  # fmt: skip
        usage = {"prompt_tokens": 1, "total_tokens": 1}
        return web.json_response({"object": "list", "data": data, "model": "up", "usage": usage})

    def close(self) -> None:
        asyncio.run_coroutine_threadsafe(self.runner.cleanup(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)


@pytest.fixture(scope="module")
def gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    upstream = FakeUpstream()
    hosted = {"backend": "openai", "base_url": upstream.url, "model": "up", "residency": "eu"}
    config = {
        "models": {"hosted": hosted, "hosted2": {**hosted, "model": "up2"}},
        "routes": {
            "fixed": {"pattern": "fixed", "model": "hosted"},
            "cached": {"pattern": "fixed", "model": "hosted", "cache": {"exact": True}},
            "json": {"pattern": "cascade", "tiers": ["hosted", "hosted2"],
                     "verify": ["json_schema"]},
            "private": {"pattern": "fallback", "models": ["hosted", "hosted2"],
                        "privacy": {"policy": "pseudonymize", "regions": ["local", "eu"]}},
            "blocked": {"pattern": "fixed", "model": "hosted", "privacy": {"policy": "block"}},
        },
    }  # fmt: skip
    log: Path = tmp_path_factory.mktemp("hostile") / "log.db"
    with Served(config, log) as served:
        yield served
    upstream.close()


class Hostile:
    """Request bodies for each endpoint, mostly well-formed with a few fields gone wrong."""

    def __init__(self, seed: int) -> None:
        self.rnd = random.Random(seed)

    def weird(self) -> Any:
        pick = self.rnd.choice(WEIRD)
        return self.rnd.choice([pick, [pick], {"type": pick}, {"json_schema": pick}])

    def message(self) -> Any:
        rnd = self.rnd
        roll = rnd.random()
        if roll < 0.45:
            text = "Ring Anna Svensson på 070-123 45 67, svara i JSON"
            return {"role": "user", "content": rnd.choice([text, [{"type": "text", "text": text}]])}
        if roll < 0.7:
            role = rnd.choice(["user", "system", "tool", "bogus", None, 3])
            return {"role": role, "content": rnd.choice(["", None, 5, [5], [{"type": "text"}]])}
        if roll < 0.85:
            calls = rnd.choice([[{"id": "1", "type": "function", "function": {"name": "f",
                                 "arguments": "{"}}], [{"function": None}], "x", [5]])  # fmt: skip
            return {"role": "assistant", "content": None, "tool_calls": calls}
        return self.weird()

    def mutate(self, body: dict[str, Any]) -> dict[str, Any]:
        for _ in range(self.rnd.choice([0, 0, 1, 1, 2, 3])):
            body[self.rnd.choice(FIELDS)] = self.weird()
        if self.rnd.random() < 0.15 and body:
            body.pop(self.rnd.choice(list(body)))
        return body

    def model(self) -> Any:
        return self.rnd.choice([*ROUTES * 3, "nope", "", None, 5])

    def chat(self) -> dict[str, Any]:
        messages = [self.message() for _ in range(self.rnd.randint(0, 3))]
        return {"model": self.model(), "messages": messages, "stream": self.rnd.random() < 0.3}

    def text(self) -> dict[str, Any]:
        return {"model": self.model(), "prompt": self.rnd.choice([*WEIRD, "def f(", ["a", "b"]])}

    def anthropic(self) -> dict[str, Any]:
        image = {"type": "image", "source": {"type": "base64", "data": "@"}}
        content = self.rnd.choice(["hi", [{"type": "text", "text": "x"}], None, 5, [image],
                                   [{"type": "tool_result", "content": 5}]])  # fmt: skip
        system = self.rnd.choice(["s", [{"type": "text", "text": "s"}], 5, None])
        return {"model": self.model(), "max_tokens": self.rnd.choice([16, 0, -1, "x", None]),
                "messages": [{"role": "user", "content": content}], "system": system}  # fmt: skip

    def embed(self) -> dict[str, Any]:
        return {"model": self.model(), "input": self.rnd.choice([*WEIRD, ["a", 5], [[1, 2]]])}

    def feedback(self) -> dict[str, Any]:
        return {"request_id": self.rnd.choice([*WEIRD, "req_00"]), "score": self.weird()}

    def raw(self, body: dict[str, Any]) -> bytes:
        text = json.dumps(body, ensure_ascii=self.rnd.random() < 0.5).encode()
        roll = self.rnd.random()
        if roll < 0.03:
            return text[: self.rnd.randint(0, len(text))]
        if roll < 0.05:
            return text.replace(b"Anna", b"\xff\xfeAnna")
        if roll < 0.06:
            return b"[" * 3000 + b"]" * 3000
        if roll < 0.07:
            return text.replace(b'"x"', b'"\\ud800"')  # a lone surrogate
        return text


OPENAI = ("/v1/chat/completions", "/v1/completions", "/v1/embeddings", "/v1/feedback")
OLLAMA = ("/api/chat", "/api/generate", "/api/embed", "/api/show")
ANTHROPIC = ("/v1/messages", "/v1/messages/count_tokens")


def refusal_is_in_the_clients_format(path: str, answer: httpx.Response) -> bool:
    """OpenAI's {"error": {"message", "type"}}, Anthropic's {"type": "error", "error":
    {"type", "message"}}, Ollama's {"error": "..."}, llama.cpp's {"error": {"code", ...}}."""
    body = answer.json()
    if path in ANTHROPIC:
        return body["type"] == "error" and isinstance(body["error"]["message"], str)
    if path in OLLAMA:
        return isinstance(body["error"], str) and bool(body["error"])
    error = body["error"]
    return isinstance(error["message"], str) and bool(error["message"]) and "type" in error


def test_hostile_requests_get_the_clients_4xx_and_cost_no_one_else_anything(
    gateway: Served,
) -> None:
    hostile = Hostile(seed=20261201)
    makers: dict[str, Callable[[], dict[str, Any]]] = {
        "/v1/chat/completions": hostile.chat, "/v1/completions": hostile.text,
        "/v1/embeddings": hostile.embed, "/v1/feedback": hostile.feedback,
        "/api/chat": hostile.chat, "/api/generate": hostile.text, "/api/embed": hostile.embed,
        "/api/show": hostile.embed, "/v1/messages": hostile.anthropic,
        "/v1/messages/count_tokens": hostile.anthropic, "/infill": hostile.text,
    }  # fmt: skip
    statuses: Counter[tuple[str, int]] = Counter()
    wrong: list[str] = []
    with httpx.Client(base_url=gateway.url, timeout=30) as client:
        paths = [*makers, *["/v1/chat/completions", "/api/chat", "/v1/messages"] * 2]
        for _ in range(1200):
            path = hostile.rnd.choice(paths)
            body = hostile.raw(hostile.mutate(makers[path]()))
            kind = hostile.rnd.choice(["application/json"] * 9 + ["text/plain"])
            answer = client.post(path, content=body, headers={"content-type": kind})
            statuses[(path, answer.status_code)] += 1
            if answer.status_code >= 500:
                wrong.append(f"{path} {answer.status_code} {answer.text[:200]} <- {body[:200]!r}")
            elif answer.status_code >= 400 and not refusal_is_in_the_clients_format(path, answer):
                wrong.append(f"{path} {answer.status_code} not in its format: {answer.text[:200]}")
        assert not wrong, "\n".join(wrong[:10])
        refused = sum(n for (_, status), n in statuses.items() if 400 <= status < 500)
        answered = sum(n for (_, status), n in statuses.items() if status == 200)
        assert refused > 600 and answered > 100, statuses  # both ways were exercised
        breakers = client.get("/health").json()["backends"]
        assert {b["breaker"]["state"] for b in breakers.values()} == {"closed"}, breakers
        valid = {"model": "fixed", "messages": [{"role": "user", "content": "hi"}]}
        assert client.post("/v1/chat/completions", json=valid).status_code == 200


def test_an_error_quotes_a_huge_route_name_only_in_part(gateway: Served) -> None:
    body = {"model": "r" * 100_000, "messages": [{"role": "user", "content": "hi"}]}
    answer = httpx.post(gateway.url + "/v1/chat/completions", json=body, timeout=30)
    assert answer.status_code == 404 and len(answer.content) < 1000
    assert "(100000 chars)" in answer.json()["error"]["message"]
    rows = gateway.log_rows(where=lambda r: r["id"] == answer.headers["x-request-id"])
    assert len(rows) == 1 and len(rows[0]["error"] or "") < 1000
