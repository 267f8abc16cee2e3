"""An upstream whose answer stops coming (`rung.backends.stalls`): after `first_byte` seconds
without a byte, a relayed stream, a parsed stream and a whole answer each end as the backend's
timeout (504), while a client that merely reads slowly is never taken for a stalled upstream."""

from __future__ import annotations

from typing import Any

import httpx
import orjson

from rung.backends.stalls import Stalls, StreamStalled
from tests.streams.test_relay import CHAT, post_raw, secret, slow_client  # noqa: F401
from tests.streams.upstream import HOLD, EndlessSSE, ScriptedSSE, content, event

QUIET = {"timeout": {"first_byte": 0.5}}


def quiet_gateway(serve: Any, url: str) -> Any:
    model = {"backend": "openai", "base_url": url, "model": "up-m", "num_retries": 0, **QUIET}
    return serve({"models": {"up": model}, "routes": {"chat": {"model": "up"}}})


def test_a_relayed_stream_that_goes_quiet_ends_with_a_timeout_frame(serve: Any) -> None:
    with ScriptedSSE([event(content("Hi")), HOLD]) as up, quiet_gateway(serve, up.url) as gw:
        got = post_raw(gw, CHAT)
        [row] = gw.log_rows()
    first, frame = got.split(b"\n\n", 1)
    assert first + b"\n\n" == event(content("Hi"))
    error = orjson.loads(frame.split(b"\n\n")[0].removeprefix(b"data: "))["error"]
    assert "the stream stalled" in error["message"]
    assert row["status"] == 504


def test_a_parsed_stream_that_goes_quiet_ends_with_an_error_event(serve: Any) -> None:
    body = {"model": "chat", "max_tokens": 8, "stream": True,
            "messages": [{"role": "user", "content": "Hi"}]}  # fmt: skip
    with ScriptedSSE([event(content("Hi")), HOLD]) as up, quiet_gateway(serve, up.url) as gw:
        got = post_raw(gw, body, "/v1/messages")
        [row] = gw.log_rows()
    assert b"event: error" in got and b"the stream stalled" in got
    assert row["status"] == 504


def test_a_whole_answer_cut_off_midway_is_a_timeout(serve: Any) -> None:
    half = b'{"id": "chatcmpl-1", "object": "chat.completion", "choices": ['
    with ScriptedSSE([half, HOLD]) as up, quiet_gateway(serve, up.url) as gw:
        answer = httpx.post(gw.url + "/v1/chat/completions", json={**CHAT, "stream": False},
                            timeout=30)  # fmt: skip
        [row] = gw.log_rows()
    assert answer.status_code == 504 and row["status"] == 504
    assert "the answer stalled" in answer.json()["error"]["message"]


def test_a_client_that_reads_slowly_is_not_a_stalled_upstream(serve: Any) -> None:
    """The client stops reading for longer than first_byte: the relay stops reading the
    upstream too (backpressure), which is not the upstream's stall: the stream stays open
    until the client leaves (499), never a 504."""
    with EndlessSSE(256 << 20) as up, quiet_gateway(serve, up.url) as gw:
        with slow_client(gw):
            assert up.settled.wait(120) and up.stalled.is_set()  # 2 s of a full buffer
        assert up.gone.wait(30)
        [row] = gw.log_rows()
    assert row["status"] == 499


class Content:
    """An answer's body (`rung.backends.wire.Body`) as Stalls sees it: bytes received, at its
    end, waited on."""

    def __init__(self) -> None:
        self.total_bytes = 0
        self.eof = False
        self.error: BaseException | None = None
        self.waiting = True

    def is_eof(self) -> bool:
        return self.eof

    def exception(self) -> BaseException | None:
        return self.error

    def set_exception(self, exc: BaseException) -> None:
        self.error = exc


class Response:
    def __init__(self) -> None:
        self.content = Content()
        self.closed = False


class Loop:
    """A loop whose clock the test moves; call_later only records what is due."""

    def __init__(self) -> None:
        self.now = 100.0
        self.due: list[float] = []

    def time(self) -> float:
        return self.now

    def call_later(self, delay: float, *_: Any) -> Handle:
        self.due.append(self.now + delay)
        return Handle()


class Handle:
    def cancel(self) -> None:
        pass


def test_the_sweep_fails_only_a_reader_waiting_without_bytes() -> None:
    loop, stalls = Loop(), Stalls(2.0)
    quiet, busy, slow, done = Response(), Response(), Response(), Response()
    for response in (quiet, busy, slow, done):
        stalls.watched[response] = (0, loop.now)  # type: ignore[index]
    slow.content.waiting = False  # nobody reads it: the client is slow, not the upstream
    loop.now += 1.5
    busy.content.total_bytes = 10
    done.content.eof = True
    stalls.sweep(loop)  # type: ignore[arg-type]
    assert done not in stalls.watched and quiet.content.error is None
    loop.now += 0.6  # 2.1 s since quiet's last byte; 0.6 s since busy's
    stalls.sweep(loop)  # type: ignore[arg-type]
    assert isinstance(quiet.content.error, StreamStalled) and quiet not in stalls.watched
    assert busy.content.error is None and slow.content.error is None
    loop.now += 5  # slow is still not read from: its clock starts again at each sweep
    stalls.sweep(loop)  # type: ignore[arg-type]
    slow.content.waiting = True  # now read from again, and its bytes come within 2 s
    loop.now += 1.0
    stalls.sweep(loop)  # type: ignore[arg-type]
    assert slow.content.error is None
    slow.closed = True
    busy.content.eof = True
    stalls.sweep(loop)  # type: ignore[arg-type]
    assert stalls.watched == {} and stalls.timer is None  # nothing left: no timer
    assert loop.due == [100 + t + 0.5 for t in (1.5, 2.1, 7.1, 8.1)]


def test_an_answer_leaves_the_watch_as_soon_as_it_is_read(serve: Any) -> None:
    """Answers read to their end (whole, relayed, parsed) are no longer watched: kept until the
    next sweep (every few seconds), each would stay alive that long."""
    answer = orjson.dumps({"id": "c1", "object": "chat.completion", "model": "up-m",
                           "choices": [{"index": 0, "finish_reason": "stop", "message":
                                        {"role": "assistant", "content": "Hi"}}]})  # fmt: skip
    pieces = [event(content("Hi", "stop")), b"data: [DONE]\n\n"]
    with ScriptedSSE(pieces) as streams, ScriptedSSE([], json=answer) as whole:
        models = {
            name: {"backend": "openai", "base_url": up.url, "model": "up-m", "num_retries": 0}
            for name, up in (("streams", streams), ("whole", whole))
        }
        routes = {"chat": {"model": "whole"}, "live": {"model": "streams"}}
        with serve({"models": models, "routes": routes}) as gw:
            url = gw.url + "/v1/chat/completions"
            assert httpx.post(url, json={**CHAT, "stream": False}, timeout=30).status_code == 200
            assert post_raw(gw, {**CHAT, "model": "live"}).endswith(b"data: [DONE]\n\n")
            parsed = {"model": "live", "max_tokens": 8, "stream": True,
                      "messages": [{"role": "user", "content": "Hi"}]}  # fmt: skip
            assert b"message_stop" in post_raw(gw, parsed, "/v1/messages")
            backends = gw.app.gateway.backends
            watched = {name: len(backends[name].inner._stalls.watched) for name in models}
    assert watched == {"streams": 0, "whole": 0}
