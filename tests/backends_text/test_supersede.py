"""Superseding: a client's newer autocomplete cancels its previous in-flight one, which still
gets an (empty) answer, never an error, and counts as no backend fault.

Everything runs through a real gateway (`Gateway`, its wrapped backends with breakers, the
`Exchange` of each request) on the embedded model; the order of events is forced by holding
the model's thread, never by sleeping."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import orjson
import pytest

from rung.backends.llamacpp import LlamaCppBackend
from rung.configure import parse
from rung.gateway.app import Gateway
from rung.gateway.dialects import Dialect
from rung.gateway.exchange import Exchange
from rung.gateway.http import Scope
from rung.gateway.supersede import HEADER, Supersede, client_of
from rung.keys import ANONYMOUS, Principal
from rung.types import ChatRequest

pytestmark = pytest.mark.live

PREFIX, SUFFIX = "def add(a, b):\n    return ", "\n\nprint(add(1, 2))\n"


class TextDialect(Dialect):
    """The body as rung's internal request as it is (the text dialects are other modules')."""

    def parse(self, raw: bytes, scope: Scope) -> ChatRequest:
        return ChatRequest(orjson.loads(raw))


class Answer:
    """One request through an `Exchange`: its status, headers and body (or stream frames)."""

    def __init__(self) -> None:
        self.status, self.headers, self.body = 0, {}, b""

    async def send(self, message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            self.status = message["status"]
            self.headers = {k.decode(): v.decode() for k, v in message["headers"]}
        else:
            self.body += message.get("body", b"")

    @property
    def data(self) -> dict[str, Any]:
        result: dict[str, Any] = orjson.loads(self.body)
        return result


def fim_body(**fields: Any) -> dict[str, Any]:
    body = {"model": "autocomplete", "prompt": PREFIX, "suffix": SUFFIX, "temperature": 0}
    return {**body, "max_tokens": 16, **fields}


async def exchange(
    gateway: Gateway, body: dict[str, Any], peer: str = "127.0.0.1", answer: Answer | None = None
) -> Answer:
    answer, sent = answer or Answer(), False

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if sent:
            await asyncio.Future()  # the client stays until the answer is complete
        sent = True
        return {"type": "http.request", "body": orjson.dumps(body), "more_body": False}

    scope = {
        "type": "http", "method": "POST", "path": "/v1/completions", "client": (peer, 50000),
        "headers": [(b"content-type", b"application/json"), (b"host", b"127.0.0.1")],
    }  # fmt: skip
    await Exchange(gateway, scope, receive, answer.send, TextDialect()).run()
    return answer


@pytest.fixture(scope="module")
async def gateway(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Gateway]:
    log = Path(tmp_path_factory.mktemp("supersede")) / "log.db"
    config = {
        "models": {"local": {"backend": "llamacpp", "context_window": 2048, "fim": "starcoder"}},
        "routes": {"autocomplete": {"pattern": "fixed", "model": "local"}},
        "log": {"path": str(log)},
    }
    served = Gateway(parse(config, "<test>"))
    await served.start(routes=["autocomplete"])
    yield served
    await served.close()


def model_of(gateway: Gateway) -> LlamaCppBackend:
    inner = gateway.backends["local"].inner  # type: ignore[attr-defined]
    assert isinstance(inner, LlamaCppBackend)
    return inner


def hold(model: LlamaCppBackend) -> threading.Event:
    """Keep the model's thread busy until the returned event is set."""
    gate = threading.Event()
    model._executor.submit(gate.wait)
    return gate


async def until(condition: Any, timeout: float = 120.0) -> None:
    """Let the event loop run until `condition()` holds (made so by the loop's own tasks or by
    the model's thread); `timeout` bounds the wait, it is no assertion about speed."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("the condition never held")
        await asyncio.sleep(0.001)


async def test_a_burst_of_ten_keystrokes_costs_one_generation(gateway: Gateway) -> None:
    model, registry = model_of(gateway), gateway.supersede
    samples, superseded = model.samples, registry.superseded
    gate = hold(model)
    tasks = []
    for i in range(10):
        tasks.append(asyncio.ensure_future(exchange(gateway, fim_body(prompt=PREFIX + "x" * i))))
        await until(lambda i=i: registry.superseded - superseded == i and registry.in_flight)
    await until(lambda: model.queue_depth == 1)  # the nine have left the queue: only one waits
    gate.set()
    answers = await asyncio.gather(*tasks)
    assert [a.status for a in answers] == [200] * 10
    dropped, full = answers[:9], answers[9]
    for answer in dropped:
        assert answer.headers.get(HEADER) == "true"
        choice = answer.data["choices"][0]
        assert choice["message"]["content"] == "" and choice["finish_reason"] == "stop"
    assert HEADER not in full.headers
    assert full.data["usage"]["completion_tokens"] > 0
    assert model.samples - samples == 1  # the nine were dropped before they ran
    assert registry.in_flight == 0
    await until(lambda: model.queue_depth == 0)
    assert not gateway.backends["local"].breaker._failures  # type: ignore[attr-defined]


async def test_a_burst_of_ten_streamed_keystrokes_costs_one_generation(gateway: Gateway) -> None:
    model, registry = model_of(gateway), gateway.supersede
    samples, superseded = model.samples, registry.superseded
    gate = hold(model)
    tasks = []
    for i in range(10):
        body = fim_body(prompt=PREFIX + "y" * i, stream=True)
        tasks.append(asyncio.ensure_future(exchange(gateway, body)))
        await until(lambda i=i: registry.superseded - superseded == i and registry.in_flight)
    await until(lambda: model.queue_depth == 1)
    gate.set()
    answers = await asyncio.gather(*tasks)
    for answer in answers[:9]:
        assert answer.status == 200 and answer.headers.get(HEADER) == "true"
        events = [orjson.loads(e[6:]) for e in answer.body.split(b"\n\n") if b"{" in e]
        choices = [c for e in events for c in e["choices"]]
        assert [c["finish_reason"] for c in choices] == ["stop"]
        assert choices[0]["delta"]["content"] == ""
        assert answer.body.endswith(b"data: [DONE]\n\n")
    assert b'"content":"' in answers[9].body and HEADER not in answers[9].headers
    assert model.samples - samples == 1


async def test_a_running_stream_stops_at_the_next_token(gateway: Gateway) -> None:
    model = model_of(gateway)
    tokens, samples = model.tokens_generated, model.samples
    old = Answer()
    body = fim_body(max_tokens=400, stream=True)
    first = asyncio.ensure_future(exchange(gateway, body, answer=old))
    await until(lambda: b'"content"' in old.body)  # the first is streaming its answer
    second = await exchange(gateway, fim_body(prompt=PREFIX + "a"))
    await first
    assert old.status == 200 and old.body.endswith(b"data: [DONE]\n\n")
    events = [orjson.loads(e[6:]) for e in old.body.split(b"\n\n") if e.startswith(b"data: {")]
    finishes = [c["finish_reason"] for e in events for c in e["choices"] if c["finish_reason"]]
    assert finishes == ["stop"]
    text = "".join(c["delta"].get("content") or "" for e in events for c in e["choices"])
    second_tokens = second.data["usage"]["completion_tokens"]
    assert model.tokens_generated - tokens - second_tokens < 400  # cut short, not run out
    assert len(text) > 0
    assert model.samples - samples == 2
    assert not gateway.backends["local"].breaker._failures  # type: ignore[attr-defined]


async def test_a_running_request_is_answered_empty(gateway: Gateway) -> None:
    model = model_of(gateway)
    tokens = model.tokens_generated
    first = asyncio.ensure_future(exchange(gateway, fim_body(max_tokens=400)))
    await until(lambda: model.tokens_generated > tokens)  # the first is generating
    second = await exchange(gateway, fim_body(prompt=PREFIX + "a"))
    old = await first
    assert old.status == 200 and old.headers.get(HEADER) == "true"
    assert old.data["choices"][0]["message"]["content"] == ""
    assert old.data["choices"][0]["finish_reason"] == "stop"
    second_tokens = second.data["usage"]["completion_tokens"]
    assert second_tokens > 0 and HEADER not in second.headers
    assert model.tokens_generated - tokens - second_tokens < 400  # stopped, not run out
    assert not gateway.backends["local"].breaker._failures  # type: ignore[attr-defined]


async def test_other_clients_and_routes_are_not_superseded(gateway: Gateway) -> None:
    model, registry = model_of(gateway), gateway.supersede
    superseded = registry.superseded
    gate = hold(model)
    one = asyncio.ensure_future(exchange(gateway, fim_body(), peer="10.0.0.1"))
    await until(lambda: registry.in_flight == 1)
    two = asyncio.ensure_future(exchange(gateway, fim_body(), peer="10.0.0.2"))
    three = asyncio.ensure_future(exchange(gateway, fim_body(user="bob"), peer="10.0.0.2"))
    await until(lambda: registry.in_flight == 3)
    gate.set()
    answers = await asyncio.gather(one, two, three)
    assert all(HEADER not in a.headers for a in answers)
    assert registry.superseded == superseded


def test_client_identity() -> None:
    request = ChatRequest({"prompt": "x", "suffix": "", "user": "ann"}, route="r")
    key = Principal(key_id="k1", name="laptop")
    assert client_of(request, {"client": ("1.2.3.4", 5)}, key) == "key:k1"
    assert client_of(request, {"client": ("1.2.3.4", 5)}, ANONYMOUS) == "peer:1.2.3.4|user:ann"
    assert client_of(request, {}, ANONYMOUS) == "peer:|user:ann"


def test_only_fim_requests_are_wrapped() -> None:
    registry, pattern = Supersede(), object()
    chat = ChatRequest({"messages": [{"role": "user", "content": "hi"}]})
    plain = ChatRequest({"prompt": "x"})
    assert registry.wrap(pattern, chat, {}, ANONYMOUS) is pattern  # type: ignore[arg-type]
    assert registry.wrap(pattern, plain, {}, ANONYMOUS) is pattern  # type: ignore[arg-type]
