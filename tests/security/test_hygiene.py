"""HTTP hygiene (issue 12, item 9): slow bodies and headers are cut off, every error is
logged, and deeply nested JSON is a 400, never a 500."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
import uvicorn

from rung.backends.mock import completion_for
from rung.gateway.edge import header_timeout_protocol
from tests.conftest import Served, wait_until_up
from tests.security.upstreams import config
from tests.servers import ScriptedServer, http_answer, ok

CHAT = {"model": "chat", "messages": [{"role": "user", "content": "Hi"}], "max_tokens": 4}
WAIT = 30  # seconds a socket read may block before the test fails (never reached on success)


@pytest.fixture
def upstream() -> Iterator[ScriptedServer]:
    with ScriptedServer(ok("[]")) as server:
        yield server


def read_until_closed(sock: socket.socket) -> bytes:
    """Everything the server sends until it closes the connection (fails after WAIT s)."""
    sock.settimeout(WAIT)
    data = b""
    while part := sock.recv(65536):
        data += part
    return data


def test_a_stalled_body_gets_408_and_the_connection_closed(
    serve: Any, upstream: ScriptedServer
) -> None:
    with serve(config(upstream, body_timeout=0.3)) as gw:
        with socket.create_connection(("127.0.0.1", gw.port)) as sock:
            head = (
                "POST /v1/chat/completions HTTP/1.1\r\nhost: 127.0.0.1\r\n"
                "content-type: application/json\r\ncontent-length: 200\r\n\r\n"
            )
            sock.sendall(head.encode() + b'{"model": "chat", "mess')  # then nothing more
            answer = read_until_closed(sock)
        rows = gw.log_rows(at_least=1)
    assert answer.startswith(b"HTTP/1.1 408 ")
    assert b"request_timeout" in answer
    assert [r["status"] for r in rows] == [408]
    assert upstream.connections == 0


def test_a_body_sent_in_time_in_pieces_is_served(serve: Any, upstream: ScriptedServer) -> None:
    body = orjson.dumps(CHAT)
    head = (
        "POST /v1/chat/completions HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: close\r\n"
        f"content-type: application/json\r\ncontent-length: {len(body)}\r\n\r\n"
    )
    with (
        serve(config(upstream, body_timeout=30)) as gw,
        socket.create_connection(("127.0.0.1", gw.port)) as sock,
    ):
        sock.sendall(head.encode() + body[:10])
        sock.sendall(body[10:])
        answer = read_until_closed(sock)
    assert answer.startswith(b"HTTP/1.1 200 ")


class HeaderTimeoutServed(Served):
    """A gateway under uvicorn with the header-timeout protocol `rung serve` uses."""

    def __init__(self, config: dict[str, Any], log_path: Path, seconds: float) -> None:
        super().__init__(config, log_path)
        settings = uvicorn.Config(
            self.app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="on",
            http=header_timeout_protocol(seconds), timeout_keep_alive=5,
        )  # fmt: skip
        self.server = uvicorn.Server(settings)
        self.thread = threading.Thread(target=self.server.run, daemon=True)


def test_stalled_headers_are_cut_off(upstream: ScriptedServer, tmp_path: Path) -> None:
    with HeaderTimeoutServed(config(upstream), tmp_path / "log.db", 0.3) as gw:
        wait_until_up(gw.url + "/health")
        with socket.create_connection(("127.0.0.1", gw.port)) as sock:
            sock.sendall(b"GET /health HTTP/1.1\r\nhost: 127.0")  # never finished
            assert read_until_closed(sock) == b""
        with socket.create_connection(("127.0.0.1", gw.port)) as sock:  # connect, say nothing
            assert read_until_closed(sock) == b""
        with httpx.Client() as client:  # a whole request, twice on one connection
            assert client.get(gw.url + "/health").status_code == 200
            assert client.get(gw.url + "/health").status_code == 200


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", "/v1/chat/completions", 405),
        ("PUT", "/v1/chat/completions", 415),
        ("GET", "/no/such/path", 404),
        ("GET", "/v1/feedback", 405),
    ],
)
def test_every_error_is_logged(
    serve: Any, upstream: ScriptedServer, method: str, path: str, status: int
) -> None:
    with serve(config(upstream)) as gw:
        response = httpx.request(method, gw.url + path)
        assert response.status_code == status
        rows = gw.log_rows(at_least=1)
    assert [(r["id"], r["status"]) for r in rows] == [(response.headers["x-request-id"], status)]
    assert f"{method} {path}" in rows[0]["error"]


def nested(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


def chat_with(gw: Any, extra: bytes, field: str = "x") -> httpx.Response:
    """A chat request with `extra` (raw JSON) as the value of `field` (dotted: "rung.tests")."""
    body = orjson.dumps({**CHAT, "FIELD": None})
    outer, _, inner = field.rpartition(".")
    value = b'{"%s":%s}' % (inner.encode(), extra) if outer else extra
    body = body.replace(b'"FIELD":null', b'"%s":%s' % ((outer or inner).encode(), value))
    headers = {"content-type": "application/json"}
    return httpx.post(gw.url + "/v1/chat/completions", content=body, headers=headers)


@pytest.mark.parametrize("depth", [300, 1000, 1100])
def test_deeply_nested_request_json_is_a_400(
    serve: Any, upstream: ScriptedServer, depth: int
) -> None:
    with serve(config(upstream)) as gw:
        response = chat_with(gw, nested(depth))
        assert response.status_code == 400, response.text
        assert response.json()["error"]["type"] == "invalid_request_error"
        assert chat_with(gw, nested(depth - 1), field="rung.tests").status_code == 400
        assert httpx.get(gw.url + "/health").status_code == 200
    assert upstream.connections == 0


def test_json_at_the_depth_limit_is_passed_on(serve: Any, upstream: ScriptedServer) -> None:
    with serve(config(upstream)) as gw:
        assert chat_with(gw, nested(98)).status_code == 200
    assert upstream.connections == 1


def test_a_deep_schema_in_the_request_is_a_400(serve: Any, upstream: ScriptedServer) -> None:
    schema = b'{"items":' * 200 + b"{}" + b"}" * 200
    body = {**CHAT, "response_format": {"type": "json_schema", "json_schema": {"schema": "S"}}}
    raw = orjson.dumps(body).replace(b'"S"', schema)
    with serve(config(upstream)) as gw:
        response = httpx.post(
            gw.url + "/v1/chat/completions", content=raw,
            headers={"content-type": "application/json"},
        )  # fmt: skip
        assert response.status_code == 400, response.text


def test_a_deeply_nested_answer_fails_its_check_and_climbs(serve: Any) -> None:
    """A model's answer nested 5,000 deep is not valid JSON for the verifier: the cascade
    climbs to the next tier instead of failing with a 500."""
    deep = http_answer("200 OK", orjson.dumps(completion_for("[" * 5000 + "]" * 5000, "up")))
    with ScriptedServer(deep) as weak, ScriptedServer(ok("[1]")) as strong:
        models = {
            name: {"backend": "openai", "base_url": s.url, "model": "m", "num_retries": 0}
            for name, s in (("weak", weak), ("strong", strong))
        }
        route = {"pattern": "cascade", "tiers": ["weak", "strong"],
                 "verify": [{"json_schema": {"schema": {"type": "array"}}}]}  # fmt: skip
        with serve({"models": models, "routes": {"chat": route}}) as gw:
            response = httpx.post(gw.url + "/v1/chat/completions", json=CHAT)
        assert response.status_code == 200, response.text
        assert response.json()["choices"][0]["message"]["content"] == "[1]"
        assert (weak.connections, strong.connections) == (1, 1)


@pytest.mark.parametrize(
    ("path", "shape"),
    [
        ("/v1/chat/completions", lambda b: b["error"]["type"] == "invalid_request_error"),
        ("/v1/messages", lambda b: b["type"] == "error" and b["error"]["message"]),
        ("/api/chat", lambda b: isinstance(b["error"], str)),
    ],
)
def test_a_request_that_is_not_http_gets_a_400_in_its_apis_format(
    upstream: ScriptedServer, tmp_path: Path, path: str, shape: Any
) -> None:
    with HeaderTimeoutServed(config(upstream), tmp_path / "log.db", 5) as gw:
        wait_until_up(gw.url + "/health")
        with socket.create_connection(("127.0.0.1", gw.port)) as sock:
            # a control character in a header value: httptools refuses to parse it
            sock.sendall(
                f"POST {path} HTTP/1.1\r\nhost: x\r\nauthorization: Bearer \x01\r\n\r\n".encode()
            )
            answer = read_until_closed(sock)
        head, _, body = answer.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 400 ") and b"content-type: application/json" in head
        parsed = orjson.loads(body)
        assert shape(parsed) and "not valid HTTP" in orjson.dumps(parsed).decode()
        assert httpx.get(gw.url + "/health").status_code == 200  # the server serves on
