"""Upstream failures become OpenAI errors with the right status, never a 500, and are logged.

The faulty upstreams here are tiny local servers made to misbehave (fault injection)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.conftest import free_port

CHAT = {"model": "chat", "messages": [{"role": "user", "content": "Hi"}], "max_tokens": 4}


class RawServer:
    """Accepts connections and answers each with fixed bytes (or nothing, to hang)."""

    def __init__(self, answer: bytes | None) -> None:
        self.answer = answer
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        self.sock.settimeout(0.2)
        held = []
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            conn.recv(65536)
            if self.answer is None:
                held.append(conn)  # hang: never answer
                continue
            conn.sendall(self.answer)
            conn.close()
        for conn in held:
            conn.close()

    def close(self) -> None:
        self.stop.set()
        self.thread.join()
        self.sock.close()


def http_answer(status: str, body: bytes, content_type: str = "application/json") -> bytes:
    head = f"HTTP/1.1 {status}\r\ncontent-type: {content_type}\r\n"
    return (head + f"content-length: {len(body)}\r\nconnection: close\r\n\r\n").encode() + body


def gateway_for(serve: Any, port: int, **timeout: float) -> Any:
    model: dict[str, Any] = {
        "backend": "openai",
        "base_url": f"http://127.0.0.1:{port}/v1",
        "model": "m",
        "api_key": "env:RUNG_TEST_SECRET",
        "num_retries": 0,  # each failure mapped as it is (tests/reliability covers retries)
    }
    if timeout:
        model["timeout"] = timeout
    return serve({"models": {"up": model}, "routes": {"chat": {"model": "up"}}})


@pytest.fixture
def secret(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("RUNG_TEST_SECRET", "sk-very-secret-value")
    yield "sk-very-secret-value"


def check(gateway: Any, status: int, words: str, secret: str, stream: bool = False) -> None:
    response = httpx.post(gateway.url + "/v1/chat/completions", json={**CHAT, "stream": stream})
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert words in error["message"]
    assert secret not in response.text
    [row] = gateway.log_rows()
    assert row["status"] == status
    assert secret not in (row["error"] or "")
    [call] = gateway.log_rows("calls")
    assert call["status"] == "error" and call["backend"] == "up"


@pytest.mark.parametrize("stream", [False, True])
def test_connection_refused_is_502(serve: Any, secret: str, stream: bool) -> None:
    with gateway_for(serve, free_port()) as gateway:
        check(gateway, 502, "cannot reach the upstream", secret, stream)


@pytest.mark.parametrize("stream", [False, True])
def test_hanging_upstream_is_504(serve: Any, secret: str, stream: bool) -> None:
    upstream = RawServer(None)
    try:
        with gateway_for(serve, upstream.port, first_byte=0.5) as gateway:
            check(gateway, 504, "no answer within the timeout", secret, stream)
    finally:
        upstream.close()


def test_garbage_answer_is_502(serve: Any, secret: str) -> None:
    upstream = RawServer(http_answer("200 OK", b"<html>surprise</html>", "text/html"))
    try:
        with gateway_for(serve, upstream.port) as gateway:
            check(gateway, 502, "not a chat completion", secret)
    finally:
        upstream.close()


def test_upstream_500_is_502(serve: Any, secret: str) -> None:
    body = b'{"error": {"message": "boom"}}'
    upstream = RawServer(http_answer("500 Internal Server Error", body))
    try:
        with gateway_for(serve, upstream.port) as gateway:
            check(gateway, 502, "answered 500: boom", secret)
    finally:
        upstream.close()


def test_upstream_429_passes_retry_after(serve: Any, secret: str) -> None:
    answer = http_answer("429 Too Many Requests", b'{"error": {"message": "slow down"}}')
    answer = answer.replace(b"\r\n\r\n", b"\r\nretry-after: 7\r\n\r\n", 1)
    upstream = RawServer(answer)
    try:
        with gateway_for(serve, upstream.port) as gateway:
            response = httpx.post(gateway.url + "/v1/chat/completions", json=CHAT)
            assert response.status_code == 429
            assert response.headers["retry-after"] == "7"
    finally:
        upstream.close()


def test_stream_broken_midway_ends_with_error_event(serve: Any, secret: str) -> None:
    event = (
        b'data: {"id":"x","object":"chat.completion.chunk",'
        b'"choices":[{"index":0,"delta":{"content":"Hel"}}]}\n\n'
    )
    head = b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\nconnection: close\r\n\r\n"
    upstream = RawServer(head + event)  # then closes without [DONE]
    try:
        with gateway_for(serve, upstream.port) as gateway:
            response = httpx.post(
                gateway.url + "/v1/chat/completions", json={**CHAT, "stream": True}
            )
            assert response.status_code == 200
            events = [e for e in response.text.split("\n\n") if e]
            assert '"Hel"' in events[0]
            assert '"error"' in events[-1] and "data: [DONE]" not in response.text
            [row] = gateway.log_rows()
            assert row["status"] == 502
    finally:
        upstream.close()
