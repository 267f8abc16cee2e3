"""The stream pass-through (`rung.backends.relay`): an OpenAI chat stream on a `fixed` route is
forwarded as the upstream's bytes, with usage and finish reason still in the trace and the
log; a slow client holds bounded memory; a client that goes away closes the upstream stream;
an upstream error mid-stream still reaches the client in its format; other dialects still get
parsed chunks. The upstreams are small local servers (tests/streams/upstream.py)."""

from __future__ import annotations

import itertools
import socket
from collections.abc import Iterator
from typing import Any

import httpx
import orjson
import pytest

from rung.telemetry.log import RequestRecord
from tests.servers import ScriptedServer, error, sse
from tests.streams.upstream import (
    DONE,
    HEAD,
    EndlessSSE,
    ScriptedSSE,
    content,
    event,
    usage,
)

SECRET = "sk-relay-secret-value"
CHAT = {"model": "chat", "messages": [{"role": "user", "content": "Hi"}], "stream": True}


def gateway(serve: Any, url: str, **route: Any) -> Any:
    model = {"backend": "openai", "base_url": url, "model": "up-m", "num_retries": 0,
             "api_key": "env:RUNG_RELAY_SECRET"}  # fmt: skip
    served = serve({"models": {"up": model}, "routes": {"chat": {"model": "up", **route}}})
    return served


@pytest.fixture(autouse=True)
def secret(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("RUNG_RELAY_SECRET", SECRET)
    yield


def records(gw: Any) -> list[RequestRecord]:
    """The request records the gateway writes, from now on (with their traces)."""
    seen: list[RequestRecord] = []
    gw.app.gateway.log.hooks.append(seen.append)
    return seen


def post_raw(gw: Any, body: dict[str, Any], path: str = "/v1/chat/completions") -> bytes:
    with httpx.stream("POST", gw.url + path, json=body, timeout=30) as response:
        assert response.status_code == 200, response.read()
        return b"".join(response.iter_raw())


def pieces(whole: bytes, *cuts: int) -> list[bytes]:
    """`whole` cut at `cuts`: reads that end inside events, as a network delivers them."""
    bounds = [0, *cuts, len(whole)]
    return [whole[a:b] for a, b in itertools.pairwise(bounds)]


def story(spaced: bool = True) -> bytes:
    events = [event(content("Hel")), event(content("lo"), spaced), event(content("", "stop"))]
    return b"".join(events)


def test_the_stream_is_forwarded_byte_for_byte(serve: Any) -> None:
    whole = story() + event(usage(5, 2), spaced=True) + DONE
    with (
        ScriptedSSE(pieces(whole, 10, 57, 200, len(whole) - 3)) as up,
        gateway(serve, up.url) as gw,
    ):
        seen = records(gw)
        body = {**CHAT, "stream_options": {"include_usage": True}}
        assert post_raw(gw, body) == whole
        [row] = gw.log_rows()
        [call] = gw.log_rows("calls")
    assert up.bodies[0]["stream_options"] == {"include_usage": True}
    assert row["status"] == 200 and row["answered_by"] == "up"
    assert (call["prompt_tokens"], call["completion_tokens"]) == (5, 2)
    assert call["status"] == "ok" and call["ttft_ms"] is not None
    [trace_call] = seen[0].trace.calls
    assert trace_call.finish_reason == "stop"
    assert row["finish_reason"] == call["finish_reason"] == "stop"  # the relay's, in the log


def test_the_usage_rung_asked_for_is_not_forwarded(serve: Any) -> None:
    """The client did not ask for usage: the usage event rung asked for is dropped, and the
    rest is byte for byte what the upstream sent; the log still has the usage."""
    whole = story() + event(usage(9, 3)) + DONE
    with ScriptedSSE(pieces(whole, 30, 31)) as up, gateway(serve, up.url) as gw:
        assert post_raw(gw, CHAT) == story() + DONE
        [call] = gw.log_rows("calls")
    assert up.bodies[0]["stream_options"] == {"include_usage": True}
    assert (call["prompt_tokens"], call["completion_tokens"]) == (9, 3)


def test_a_stream_without_usage_gets_an_estimate(serve: Any) -> None:
    with ScriptedSSE([story(), DONE]) as up, gateway(serve, up.url) as gw:
        seen = records(gw)
        got = post_raw(gw, {**CHAT, "stream_options": {"include_usage": True}})
        gw.log_rows()
    assert got.startswith(story()) and got.endswith(DONE)
    estimate = orjson.loads(got[len(story()) : -len(DONE)].removeprefix(b"data: "))
    assert estimate["choices"] == [] and estimate["id"] == HEAD["id"]
    assert estimate["usage"]["completion_tokens"] == 2  # the two events with text
    trace = seen[0].trace
    assert trace.calls[0].completion_tokens == 2
    assert any("estimated" in note for note in trace.notes)


def test_an_error_mid_stream_ends_the_stream_with_an_error_frame(serve: Any) -> None:
    error = event({"error": {"message": f"the model broke ({SECRET})"}})
    with ScriptedSSE([event(content("Hi")), error]) as up, gateway(serve, up.url) as gw:
        got = post_raw(gw, CHAT)
        [row] = gw.log_rows()
        [call] = gw.log_rows("calls")
    first, frame = got.split(b"\n\n", 1)
    assert first + b"\n\n" == event(content("Hi"))
    assert frame.startswith(b"data: ") and SECRET.encode() not in got
    message = orjson.loads(frame.removeprefix(b"data: "))["error"]["message"]
    assert "error mid-stream: the model broke" in message
    assert row["status"] == 502 and call["status"] == "error"


def test_a_stream_cut_short_ends_with_an_error_frame(serve: Any) -> None:
    with ScriptedSSE([event(content("Hi")), b'data: {"id"']) as up, gateway(serve, up.url) as gw:
        got = post_raw(gw, CHAT)
        [row] = gw.log_rows()
    assert got.startswith(event(content("Hi")))
    assert b"the stream ended before [DONE]" in got and row["status"] == 502


def test_an_error_before_the_first_event_is_a_plain_error(serve: Any) -> None:
    error = event({"error": {"message": "overloaded"}})
    with ScriptedSSE([error]) as up, gateway(serve, up.url) as gw:
        response = httpx.post(gw.url + "/v1/chat/completions", json=CHAT, timeout=30)
    assert response.status_code == 502
    assert "overloaded" in response.json()["error"]["message"]


def test_other_dialects_still_get_parsed_chunks(serve: Any) -> None:
    """Anthropic's Messages API is written from parsed chunks, from the same upstream."""
    whole = story() + event(usage(4, 2)) + DONE
    with ScriptedSSE(pieces(whole, 25)) as up, gateway(serve, up.url) as gw:
        body = {"model": "chat", "max_tokens": 8, "stream": True,
                "messages": [{"role": "user", "content": "Hi"}]}  # fmt: skip
        got = post_raw(gw, body, "/v1/messages")
    assert b"event: message_start" in got and b"event: message_stop" in got
    texts = [
        orjson.loads(line[6:])["delta"]["text"]
        for line in got.split(b"\n")
        if line.startswith(b"data: ") and b'"text_delta"' in line
    ]
    assert "".join(texts) == "Hello"


def test_logprobs_take_the_parsed_path(serve: Any) -> None:
    """A request for logprobs is parsed (its alternatives are trimmed): the upstream's
    `data:` without a space comes back rebuilt, with one."""
    whole = event(content("Hi")).replace(b"data: ", b"data:") + DONE
    with ScriptedSSE([whole]) as up, gateway(serve, up.url) as gw:
        assert post_raw(gw, {**CHAT, "logprobs": True}) == event(content("Hi")) + DONE
        assert post_raw(gw, CHAT) == whole  # relayed as it came


def test_a_whole_answer_is_forwarded_as_it_came(serve: Any) -> None:
    answer = (
        b'{ "id": "c1", "object": "chat.completion", "created": 1, "model": "up-m",\n'
        b'  "choices": [{"index": 0, "message": {"role": "assistant", "content": "Hi"},'
        b' "finish_reason": "length"}], "usage": {"prompt_tokens": 3, "completion_tokens": 1,'
        b' "total_tokens": 4}, "system_fingerprint": "fp_x"}'
    )
    with ScriptedSSE([], json=answer) as up, gateway(serve, up.url) as gw:
        seen = records(gw)
        body = {k: v for k, v in CHAT.items() if k != "stream"}
        response = httpx.post(gw.url + "/v1/chat/completions", json=body, timeout=30)
        [call] = gw.log_rows("calls")
    assert response.status_code == 200 and response.content == answer
    assert (call["prompt_tokens"], call["completion_tokens"]) == (3, 1)
    assert seen[0].trace.calls[0].finish_reason == "length"


def request_bytes(port: int, body: dict[str, Any]) -> bytes:
    raw = orjson.dumps(body)
    head = (
        f"POST /v1/chat/completions HTTP/1.1\r\nhost: 127.0.0.1:{port}\r\n"
        f"content-type: application/json\r\ncontent-length: {len(raw)}\r\n\r\n"
    )
    return head.encode() + raw


def slow_client(gw: Any) -> socket.socket:
    """A client with a small receive buffer that sends a stream request and reads only the
    start of the answer."""
    port = int(gw.url.rsplit(":", 1)[1])
    client = socket.socket()
    client.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 8192)
    client.connect(("127.0.0.1", port))
    client.sendall(request_bytes(port, CHAT))
    client.settimeout(30)
    assert client.recv(4096).startswith(b"HTTP/1.1 200")
    return client


def test_a_slow_client_holds_bounded_memory(serve: Any) -> None:
    """The client stops reading: the upstream is soon stalled, having sent a bounded amount
    (kernel socket buffers and one block per layer), not the 256 MB it would pour into a
    gateway that buffers."""
    limit = 256 << 20
    with EndlessSSE(limit) as up, gateway(serve, up.url) as gw:
        client = slow_client(gw)
        with client:
            assert up.settled.wait(120), "the upstream neither stalled nor finished"
            written = up.written
            assert up.stalled.is_set(), f"the upstream sent {written} bytes unhindered"
        assert up.gone.wait(30), "the upstream stream stayed open after the client left"
        [row] = gw.log_rows()
    print(f"upstream wrote {written} bytes before it stalled")
    assert written < 64 << 20, written
    assert row["status"] == 499


def test_a_client_that_goes_away_closes_the_upstream_stream(serve: Any) -> None:
    with EndlessSSE(1 << 40) as up, gateway(serve, up.url) as gw:
        client = slow_client(gw)
        client.recv(65536)
        client.close()
        assert up.gone.wait(30), "the upstream stream stayed open after the client left"
        [row] = gw.log_rows()
        [call] = gw.log_rows("calls")
    assert row["status"] == 499 and row["error"].startswith("client disconnected")
    assert call["status"] == "error" and call["error"] == "cancelled"


def test_a_relayed_stream_is_retried_until_its_first_event(serve: Any) -> None:
    """The upstream's first answer is a 503: the relay retries it like any stream, and the
    trace records the failed attempt."""
    with ScriptedServer(error("503 Service Unavailable", "busy"), sse(["Hi", "!"])) as up:
        model = {"backend": "openai", "base_url": up.url, "model": "m", "num_retries": 1}
        config = {"models": {"up": model}, "routes": {"chat": {"model": "up"}}}
        with serve(config) as gw:
            got = post_raw(gw, CHAT)
            calls = gw.log_rows("calls", at_least=2)
    assert got == sse(["Hi", "!"]).split(b"\r\n\r\n", 1)[1]
    assert [c["status"] for c in calls] == ["retried", "ok"]
