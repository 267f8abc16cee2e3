"""Secrets never leave in error text (issue 12, item 7): an upstream that quotes the
Authorization header it got in a 500 error. The key appears nowhere rung writes: not in the
client's response, the request log file, /health, /metrics or the console."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from rung.secrets import MASK, Scrubber, env_refs
from tests.security.upstreams import EchoingUpstream
from tests.servers import ScriptedServer, sse

KEY = "sk-test-0123456789abcdef"
CHAT = {"model": "chat", "messages": [{"role": "user", "content": "Hi"}], "max_tokens": 4}


@pytest.fixture
def echoing() -> Iterator[EchoingUpstream]:
    server = EchoingUpstream()
    yield server
    server.close()


def config(url: str) -> dict[str, Any]:
    model = {"backend": "openai", "base_url": url, "model": "m", "api_key": "env:RUNG_EDGE_KEY",
             "num_retries": 0, "breaker": {"failures": 1, "cooldown": 600}}  # fmt: skip
    return {"models": {"up": model}, "routes": {"chat": {"model": "up"}}}


def log_bytes(path: Path) -> bytes:
    """The request log as stored: the database file and its WAL."""
    parts = [path, path.with_name(path.name + "-wal")]
    return b"".join(p.read_bytes() for p in parts if p.exists())


def test_an_upstream_quoting_our_key_never_gets_it_out(
    serve: Any, echoing: EchoingUpstream, monkeypatch: pytest.MonkeyPatch, caplog: Any
) -> None:
    monkeypatch.setenv("RUNG_EDGE_KEY", KEY)
    with serve(config(echoing.url)) as gw:
        response = httpx.post(gw.url + "/v1/chat/completions", json=CHAT)
        assert response.status_code == 502
        assert f"Bearer {MASK}" in response.json()["error"]["message"]  # the text, scrubbed
        again = httpx.post(gw.url + "/v1/chat/completions", json=CHAT)  # the breaker is open
        assert again.status_code == 503
        health = httpx.get(gw.url + "/health").text
        metrics = httpx.get(gw.url + "/metrics").text
        gw.log_rows(at_least=2)
        stored = log_bytes(gw.log_path)
        with caplog.at_level(logging.INFO):
            logging.getLogger("rung").error("upstream said %s", f"Bearer {KEY}")
    assert echoing.calls == 1
    assert MASK in health  # the breaker's last error is there, scrubbed
    for text in (response.text, again.text, health, metrics, caplog.text):
        assert KEY not in text
    assert KEY.encode() not in stored
    assert MASK.encode() in stored


def test_console_records_and_tracebacks_are_scrubbed(
    serve: Any, echoing: EchoingUpstream, monkeypatch: pytest.MonkeyPatch, caplog: Any
) -> None:
    monkeypatch.setenv("RUNG_EDGE_KEY", KEY)
    uvicorn_records: list[str] = []
    handler = logging.Handler()
    handler.emit = lambda record: uvicorn_records.append(record.getMessage())  # type: ignore[method-assign]
    uvicorn_error = logging.getLogger("uvicorn.error")
    with serve(config(echoing.url)), caplog.at_level(logging.INFO):
        uvicorn_error.addHandler(handler)  # after uvicorn's own logging set-up
        try:
            raise RuntimeError(f"authorization: Bearer {KEY}")
        except RuntimeError:
            logging.getLogger("rung").exception("failed with %r", KEY)
        uvicorn_error.warning("key %s", KEY)  # uvicorn logs the app's unhandled errors
        uvicorn_error.removeHandler(handler)
    assert "RuntimeError" in caplog.text
    assert KEY not in caplog.text
    assert caplog.text.count(MASK) == 2  # the message and the traceback
    assert f"key {MASK}" in uvicorn_records


def test_the_scrubber_masks_every_form() -> None:
    scrub = Scrubber(["abc", 's3cr3t/"quoted"', KEY])  # "abc": too short to mask
    assert scrub(f"Authorization: Bearer {KEY}!") == f"Authorization: Bearer {MASK}!"
    assert scrub('{"k": "s3cr3t/\\"quoted\\""}') == '{"k": "[secret]"}'  # JSON-escaped form
    assert scrub.bytes(f"x{KEY}y{KEY}".encode()) == f"x{MASK}y{MASK}".encode()
    assert scrub("abc") == "abc"
    assert not Scrubber([])


def test_env_refs_are_found_anywhere_in_a_section() -> None:
    data = {"a": "env:ONE", "b": [{"c": "env:TWO"}, "plain"], "d": "env:not valid"}
    assert sorted(env_refs(data)) == ["ONE", "TWO"]


def test_a_key_in_a_mid_stream_error_event_is_scrubbed(
    serve: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RUNG_EDGE_KEY", KEY)
    error = b'data: {"error": {"message": "bad key: Bearer ' + KEY.encode() + b'"}}\n\n'
    upstream = ScriptedServer(sse(["Hel"], done=False) + error)
    with upstream, serve(config(upstream.url)) as gw:
        response = httpx.post(gw.url + "/v1/chat/completions", json={**CHAT, "stream": True})
        stored = (gw.log_rows(at_least=1), log_bytes(gw.log_path))
    assert response.status_code == 200
    assert "Hel" in response.text and f"Bearer {MASK}" in response.text
    assert KEY not in response.text
    assert KEY.encode() not in stored[1]


def test_a_cookie_the_upstream_sets_is_never_sent_back(
    serve: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The session is shared by every client: a cookie from one answer must not ride along on
    the next client's request (it would tie their requests together upstream)."""
    from tests.servers import http_answer, ok

    monkeypatch.setenv("RUNG_EDGE_KEY", KEY)
    body = ok()[ok().index(b"\r\n\r\n") + 4 :]
    with_cookie = http_answer("200 OK", body, "set-cookie: session=abc123; Path=/\r\n")
    with ScriptedServer(with_cookie, ok()) as upstream:  # by name: a jar keeps no IP's cookies
        url = upstream.url.replace("127.0.0.1", "localhost")
        with serve(config(url)) as gw:
            for _ in range(2):
                assert httpx.post(gw.url + "/v1/chat/completions", json=CHAT).status_code == 200
    assert len(upstream.heads) == 2
    assert "abc123" not in upstream.heads[1]
    assert "cookie:" not in upstream.heads[1].lower()
