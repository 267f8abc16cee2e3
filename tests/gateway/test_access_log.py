"""The access log wrapper: one line per HTTP request with method, path, status, route, latency
and request id, read from the response headers; nothing for lifespan events."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from rung.configure import parse
from rung.gateway import create_app
from rung.gateway.access import AccessLog
from rung.gateway.http import Message, Receive, Scope, Send


def ticking(*values: float) -> Any:
    times: Iterator[float] = iter(values)
    return lambda: next(times)


def answering(status: int, headers: list[tuple[bytes, bytes]]) -> Any:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": b"{}"})

    return app


async def call(app: Any, scope: Scope) -> list[Message]:
    sent: list[Message] = []

    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Message) -> None:
        sent.append(message)

    await app(scope, receive, send)
    return sent


POST = {"type": "http", "method": "POST", "path": "/v1/chat/completions", "headers": []}


async def test_one_line_with_route_status_latency_and_id(caplog: pytest.LogCaptureFixture) -> None:
    headers = [(b"x-request-id", b"abc123"), (b"x-rung-route", b"chat")]
    app = AccessLog(answering(429, headers), clock=ticking(10.0, 10.25))
    with caplog.at_level(logging.INFO, logger="rung.access"):
        sent = await call(app, POST)
    assert [r.getMessage() for r in caplog.records if r.name == "rung.access"] == [
        "POST /v1/chat/completions 429 route=chat 250.0ms id=abc123"
    ]
    assert sent[0]["status"] == 429 and sent[1]["body"] == b"{}"  # passed on untouched


async def test_an_app_that_fails_before_answering_is_logged_as_500(
    caplog: pytest.LogCaptureFixture,
) -> None:
    async def broken(scope: Scope, receive: Receive, send: Send) -> None:
        raise RuntimeError("boom")

    with caplog.at_level(logging.INFO, logger="rung.access"), pytest.raises(RuntimeError):
        await call(AccessLog(broken, clock=ticking(0.0, 0.001)), POST)
    assert [r.getMessage() for r in caplog.records if r.name == "rung.access"] == [
        "POST /v1/chat/completions 500 route=- 1.0ms id=-"
    ]


async def test_lifespan_passes_through_unlogged(caplog: pytest.LogCaptureFixture) -> None:
    seen: list[str] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        seen.append(scope["type"])

    with caplog.at_level(logging.INFO, logger="rung.access"):
        await call(AccessLog(app), {"type": "lifespan"})
    assert seen == ["lifespan"] and not caplog.records


async def test_through_the_gateway_the_line_carries_its_request_id(
    caplog: pytest.LogCaptureFixture,
) -> None:
    config = parse(
        {
            "models": {
                "up": {"backend": "openai", "base_url": "http://127.0.0.1:9/v1", "model": "m"}
            },
            "routes": {"chat": {"model": "up"}},
            "log": {"enabled": False},
        },
        "test",
    )
    app = AccessLog(create_app(config))
    transport = httpx.ASGITransport(app=app)
    with caplog.at_level(logging.INFO, logger="rung.access"):
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
            response = await client.post(
                "/v1/chat/completions",
                json={"model": "nope", "messages": [{"role": "user", "content": "hi"}]},
            )
    assert response.status_code == 404
    [line] = [r.getMessage() for r in caplog.records if r.name == "rung.access"]
    assert line.startswith("POST /v1/chat/completions 404 ")
    assert line.endswith(f"id={response.headers['x-request-id']}")


async def test_console_lines_write_a_batch_in_logging_s_format_and_flush_at_the_end() -> None:
    import io

    from rung.gateway.access import ConsoleLines

    stream = io.StringIO()
    console = ConsoleLines(stream, "INFO rung.access: ", delay=0.0)
    headers = [(b"x-request-id", b"r1"), (b"x-rung-route", b"chat")]
    app = AccessLog(answering(200, headers), clock=ticking(1.0, 1.002, 2.0, 2.5), write=console)
    await call(app, POST)
    await call(app, {**POST, "method": "GET", "path": "/health"})
    assert stream.getvalue() == ""  # batched: nothing written within the turn
    ran = asyncio.Event()
    asyncio.get_running_loop().call_later(0.0, ran.set)  # after the batch's own timer
    await ran.wait()
    assert stream.getvalue() == (
        "INFO rung.access: POST /v1/chat/completions 200 route=chat 2.0ms id=r1\n"
        "INFO rung.access: GET /health 200 route=chat 500.0ms id=r1\n"
    )
    small = ConsoleLines(io.StringIO(), "P ", most=10)
    small("0123456789")  # past `most`: written at once
    assert small.stream.getvalue() == "P 0123456789\n"  # type: ignore[attr-defined]
    closed = io.StringIO()
    gone = ConsoleLines(closed, "P ")
    closed.close()
    gone("line")  # a closed console is not an error, now or at its flush
    gone.flush()
