"""No web page can drive rung: Host, Origin and content type are checked before any handler
runs (issue 12, item 2). Each attack is refused with a 4xx in OpenAI's error format, no backend
is called, and the refusal is logged."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import orjson
import pytest

from rung.config import ServerConfig
from rung.gateway.edge import Policy, host_name, host_notice, is_loopback
from tests.servers import ScriptedServer, ok

CHAT = {"model": "chat", "messages": [{"role": "user", "content": "Hi"}], "max_tokens": 4}
BODY = orjson.dumps(CHAT)
ORIGIN = "http://app.example"


@pytest.fixture
def upstream() -> Iterator[ScriptedServer]:
    with ScriptedServer(ok("fine")) as server:
        yield server


def config(upstream: ScriptedServer, **server: Any) -> dict[str, Any]:
    model = {"backend": "openai", "base_url": upstream.url, "model": "m", "num_retries": 0}
    return {"models": {"up": model}, "routes": {"chat": {"model": "up"}}, "server": server}


def post(gw: Any, body: bytes = BODY, **headers: str) -> httpx.Response:
    return httpx.post(gw.url + "/v1/chat/completions", content=body, headers=headers)


def test_a_web_page_cannot_post_text_plain_from_a_foreign_origin_and_host(
    serve: Any, upstream: ScriptedServer
) -> None:
    """The CSRF / DNS-rebinding request of the review: text/plain, foreign Origin and Host."""
    with serve(config(upstream)) as gw:
        headers = {"content-type": "text/plain", "origin": "http://evil.example",
                   "host": "evil.example:8080"}  # fmt: skip
        response = post(gw, **headers)
        assert response.status_code == 403
        assert response.json()["error"]["code"] == "forbidden"
        assert "access-control-allow-origin" not in response.headers
        rows = gw.log_rows(at_least=1)
    assert upstream.connections == 0
    assert [r["status"] for r in rows] == [403]
    assert "POST /v1/chat/completions" in rows[0]["error"]


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({"content-type": "text/plain"}, 415),  # a "simple" cross-site request's type
        ({"content-type": "application/x-www-form-urlencoded"}, 415),  # an HTML form's
        ({"content-type": "application/json", "origin": "http://evil.example"}, 403),
        ({"content-type": "application/json", "origin": "null"}, 403),  # sandboxed iframe
        ({"content-type": "application/json", "host": "rebound.example"}, 403),  # rebinding
        ({"content-type": "application/json", "sec-fetch-site": "cross-site"}, 403),
    ],
)
def test_each_check_alone_refuses_before_any_backend_call(
    serve: Any, upstream: ScriptedServer, headers: dict[str, str], status: int
) -> None:
    with serve(config(upstream)) as gw:
        response = post(gw, **headers)
        assert response.status_code == status, response.text
        assert set(response.json()["error"]) == {"message", "type", "param", "code"}
        assert response.headers["x-request-id"].startswith("req_")
        rows = gw.log_rows(at_least=1)
    assert upstream.connections == 0
    assert [(r["id"], r["status"]) for r in rows] == [(response.headers["x-request-id"], status)]


def test_a_post_without_content_type_is_refused(serve: Any, upstream: ScriptedServer) -> None:
    """`fetch(url, {method: "POST", mode: "no-cors", body: blob})` sends no content type."""
    with serve(config(upstream)) as gw:
        request = httpx.Request("POST", gw.url + "/v1/chat/completions", content=BODY)
        assert "content-type" not in request.headers
        with httpx.Client() as client:
            assert client.send(request).status_code == 415
    assert upstream.connections == 0


def test_json_with_charset_from_loopback_is_served(serve: Any, upstream: ScriptedServer) -> None:
    with serve(config(upstream)) as gw:
        response = post(gw, **{"content-type": "application/json; charset=utf-8"})
        assert response.status_code == 200, response.text
        for host in (f"localhost:{gw.port}", f"[::1]:{gw.port}", "127.0.0.1"):
            assert httpx.get(gw.url + "/health", headers={"host": host}).status_code == 200


def test_an_allowed_origin_gets_cors_headers_and_its_preflight_answered(
    serve: Any, upstream: ScriptedServer
) -> None:
    with serve(config(upstream, allowed_origins=[ORIGIN])) as gw:
        asked = {"origin": ORIGIN, "access-control-request-method": "POST",
                 "access-control-request-headers": "authorization, content-type"}  # fmt: skip
        preflight = httpx.options(gw.url + "/v1/chat/completions", headers=asked)
        assert preflight.status_code == 204
        assert preflight.headers["access-control-allow-origin"] == ORIGIN
        assert "POST" in preflight.headers["access-control-allow-methods"]
        assert preflight.headers["access-control-allow-headers"] == "authorization, content-type"
        assert preflight.headers["vary"] == "Origin"
        response = post(gw, **{"content-type": "application/json", "origin": ORIGIN})
        assert response.status_code == 200, response.text
        assert response.headers["access-control-allow-origin"] == ORIGIN
        assert response.headers["vary"] == "Origin"
        assert "x-request-id" in response.headers["access-control-expose-headers"]
        foreign = {**asked, "origin": "http://evil.example"}
        refused = httpx.options(gw.url + "/v1/chat/completions", headers=foreign)
        assert refused.status_code == 403
        assert "access-control-allow-origin" not in refused.headers
    assert upstream.connections == 1


def test_configured_host_names_are_served(serve: Any, upstream: ScriptedServer) -> None:
    with serve(config(upstream, allowed_hosts=["rung.lan"])) as gw:
        assert httpx.get(gw.url + "/health", headers={"host": "rung.lan:9"}).status_code == 200
        assert httpx.get(gw.url + "/health", headers={"host": "other.lan"}).status_code == 403


@pytest.mark.parametrize(
    ("header", "name"),
    [
        (b"localhost:8080", "localhost"),
        (b"[::1]:8080", "::1"),
        (b"[::1]", "::1"),
        (b"127.0.0.1", "127.0.0.1"),
        (b"Example.COM:80", "example.com"),
    ],
)
def test_host_name(header: bytes, name: str) -> None:
    assert host_name(header) == name


def test_loopback_names() -> None:
    assert all(is_loopback(n) for n in ("localhost", "127.0.0.1", "127.1.2.3", "::1"))
    assert not any(is_loopback(n) for n in ("localhost.evil.example", "10.0.0.1", "::", ""))


def test_the_listening_address_is_a_served_host_and_wildcards_are_warned_about() -> None:
    policy = Policy(ServerConfig(host="10.1.2.3"))
    assert policy.host_allowed(b"10.1.2.3:8080") and not policy.host_allowed(b"10.1.2.4")
    assert host_notice(ServerConfig(host="10.1.2.3")) is None
    notice = host_notice(ServerConfig(host="0.0.0.0"))
    assert notice is not None and "server.allowed_hosts" in notice
    assert host_notice(ServerConfig(host="0.0.0.0", allowed_hosts=["rung.lan"])) is None
    assert Policy(ServerConfig(allowed_hosts=["*"])).host_allowed(b"anything")
