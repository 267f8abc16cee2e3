"""The specialist pattern against scripted backends: needs, choice, refusal, context forms,
and the config checks."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from rung._errors import ConfigError, RequestError
from rung.backends.base import Capabilities
from rung.backends.mock import MockBackend
from rung.configure import parse
from rung.patterns.advisor import Advisor
from rung.patterns.keepalive import KEEPALIVE_SECONDS, KeepAlive
from rung.patterns.needs import CustomNeed
from rung.patterns.specialist import Specialist, Specialists, build
from rung.types import ChatRequest, Chunk, Trace
from tests.waiting import timed, virtual_time

IMAGE = {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}}


def request(*messages: dict[str, object], **body: object) -> ChatRequest:
    return ChatRequest({"model": "ask", "messages": list(messages), **body}, route="ask")


def user(content: object) -> dict[str, object]:
    return {"role": "user", "content": content}


class Words:
    """A scorer: the share of words that are digits."""

    def score(self, text: str) -> float:
        words = text.split()
        return sum(w.isdigit() for w in words) / max(1, len(words))


def route(**kwargs: object) -> tuple[Specialists, dict[str, MockBackend]]:
    backends = {
        "local": MockBackend("local", Capabilities(context_window=1000)),
        "eyes": MockBackend("eyes", Capabilities(context_window=8000, vision=True)),
        "big": MockBackend("big", Capabilities(context_window=32000)),
        "maths": MockBackend("maths", Capabilities(context_window=4000)),
    }
    need = CustomNeed("math", re.compile(r"\d+\s*[*/^]\s*\d+"), ("integral",), Words(), 0.6)
    specialists = [
        Specialist(backends["eyes"], "vision"),
        Specialist(backends["big"], "long_context", **kwargs),  # type: ignore[arg-type]
        Specialist(backends["maths"], "math", need=need),
    ]
    return Specialists(backends["local"], specialists, default_max_tokens=100), backends


async def answer(pattern: Specialists, req: ChatRequest) -> tuple[str, Trace]:
    for backend in pattern.backends():
        assert isinstance(backend, MockBackend)
        backend.enqueue(f"from {backend.name}")
    trace = Trace()
    completion = await pattern.complete(req, trace)
    assert completion.text == f"from {trace.answered_by}"
    return trace.answered_by, trace


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Say hello.", "local"),
        ("What is 12 * 34?", "maths"),
        ("Compute the integral of x from 0 to 1.", "maths"),
        ("7 11 13 19 23", "maths"),  # the scorer
        ("The integralist movement", "local"),  # a keyword matches whole words only
    ],
)
async def test_text_needs(text: str, expected: str) -> None:
    chosen, trace = await answer(route()[0], request(user(text)))
    assert chosen == expected
    assert trace.decisions[0].step == "specialist" and trace.decisions[0].outcome == expected


async def test_images_go_to_the_vision_backend() -> None:
    pattern, backends = route()
    chosen, trace = await answer(pattern, request(user([{"type": "text", "text": "What?"}, IMAGE])))
    assert chosen == "eyes"
    assert "1 image part" in trace.decisions[0].reason
    assert backends["eyes"].requests[0].messages[0]["content"][1] == IMAGE  # sent whole


async def test_long_requests_go_to_a_backend_that_fits() -> None:
    pattern, _ = route()
    chosen, trace = await answer(pattern, request(user("word " * 1200)))
    assert chosen == "big"
    assert "against a window of 1000" in trace.decisions[0].reason


async def test_max_tokens_counts_against_the_window() -> None:
    pattern, _ = route()
    small = request(user("word " * 300), max_tokens=10)
    assert (await answer(pattern, small))[0] == "local"
    assert (await answer(pattern, request(user("word " * 300), max_tokens=900)))[0] == "big"


async def test_too_long_for_every_backend_is_a_400_naming_the_sizes() -> None:
    pattern, _ = route()
    with pytest.raises(RequestError) as caught:
        await pattern.complete(request(user("word " * 40000)), Trace())
    message = caught.value.message
    assert caught.value.status == 400
    assert "window of 1000" in message and "window of 32000" in message
    assert re.search(r"\d+ prompt tokens \(estimate\)", message)


async def test_images_without_any_vision_backend_are_a_400() -> None:
    local = MockBackend("local")
    pattern = Specialists(
        local, [Specialist(MockBackend("big", Capabilities(32000)), "long_context")]
    )
    with pytest.raises(RequestError, match="reads no images"):
        await pattern.complete(request(user([IMAGE])), Trace())


def conversation() -> list[dict[str, object]]:
    turns: list[dict[str, object]] = [{"role": "system", "content": "Be brief."}]
    for i in range(10):
        turns += [
            user(f"question {i} " + "pad " * 60),
            {"role": "assistant", "content": f"answer {i}"},
        ]
    return [*turns, user("final question " + "pad " * 200)]


async def test_last_k_context() -> None:
    pattern, backends = route(context="last_k", last_k=3)
    chosen, _ = await answer(pattern, request(*conversation()))
    assert chosen == "big"
    sent = backends["big"].requests[0].messages
    assert [m["content"] for m in sent[:1]] == ["Be brief."]
    assert sent[1:] == conversation()[-3:]


async def test_last_k_never_starts_with_a_tool_result() -> None:
    from rung.patterns.context import last_k

    calls = [{"id": "t", "type": "function", "function": {"name": "f", "arguments": "{}"}}]
    called = {"role": "assistant", "content": "", "tool_calls": calls}
    result = {"role": "tool", "tool_call_id": "t", "content": "r"}
    messages: list[dict[str, Any]] = [user("a"), called, result, user("b")]
    assert last_k(messages, 2)[0]["role"] == "assistant"


async def test_summary_context_is_written_by_the_generalist() -> None:
    pattern, backends = route(context="summary")
    backends["local"].enqueue("They asked ten questions.")
    chosen, trace = await answer(pattern, request(*conversation()))
    assert chosen == "big"
    summarised = backends["local"].requests[0].messages[-1]["content"]
    assert "answer 9" in summarised and "final question" not in summarised
    assert "question 0" not in summarised  # cut to fit the generalist's window of 1000
    assert any("cut to their last" in note for note in trace.notes)
    sent = backends["big"].requests[0].messages
    assert sent[0]["role"] == "system" and "Be brief." in sent[0]["content"]
    assert "They asked ten questions." in sent[0]["content"]
    assert sent[1:] == conversation()[-1:]
    assert [c.backend for c in trace.calls] == ["local", "big"]
    assert any(d.step == "context" and d.outcome == "summary" for d in trace.decisions)


async def test_full_context_streams_from_the_specialist() -> None:
    pattern, backends = route()
    backends["maths"].enqueue("four")
    trace = Trace()
    chunks = [c async for c in pattern.stream(request(user("2 * 2?"), stream=True), trace)]
    assert "".join(c.delta_text for c in chunks).strip() == "four"
    assert trace.answered_by == "maths"


def config(specialists: list[dict[str, object]]) -> dict[str, object]:
    return {
        "models": {
            "local": {"backend": "llamacpp", "n_ctx": 2048},
            "eyes": {"backend": "openai", "base_url": "http://x/v1", "model": "m", "vision": True},
            "plain": {"backend": "openai", "base_url": "http://x/v1", "model": "m"},
        },
        "routes": {
            "ask": {"pattern": "specialist", "generalist": "local", "specialists": specialists}
        },
    }


def test_config_accepts_the_documented_shape() -> None:
    parsed = parse(config([
        {"model": "eyes", "when": "vision"},
        {"model": "plain", "when": "long_context", "context": "last_k", "last_k": 2},
        {"model": "plain", "when": {"tag": "math", "rule": r"\d+\s*[*/]\s*\d+"}},
    ]), "<test>")  # fmt: skip
    assert parsed.routes["ask"].pattern == "specialist"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("specialists", "message"),
    [
        ([{"model": "plain", "when": "vision"}], "has no `vision: true`"),
        ([{"model": "nope", "when": "vision"}], "'nope' is not defined"),
        ([{"model": "plain", "when": {"tag": "math"}}], "needs a `rule`"),
        ([{"model": "plain", "when": {"tag": "math", "rule": "("}}], "not a valid regular"),
        ([{"model": "eyes", "when": "telepathy"}], "ask.specialists.0.when"),
    ],
)
def test_config_errors_name_the_place(specialists: list[dict[str, object]], message: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(message)):
        parse(config(specialists), "<test>")


async def test_a_saved_router_file_is_a_classifier(tmp_path: Path) -> None:
    from rung.routers import create

    router = create("heuristic")
    numeric, plain = "Compute 123 * 456 + 789 / 12 - 34 and 56 ** 7?", "Say hello."
    high, low = router.score(numeric), router.score(plain)
    assert high > low
    path = router.save(tmp_path / "math.npz")
    when = {"tag": "math", "classifier": str(path), "threshold": (high + low) / 2}
    parsed = parse(config([{"model": "plain", "when": when}]), "<test>")
    backends = {
        "local": MockBackend("local", Capabilities(context_window=2048)),
        "plain": MockBackend("plain"),
    }
    pattern = build(parsed.routes["ask"], backends)
    assert isinstance(pattern, Specialists)
    assert (await answer(pattern, request(user(numeric))))[0] == "plain"
    chosen, trace = await answer(pattern, request(user(plain)))
    assert chosen == "local" and "no need" in trace.decisions[0].reason


async def collect(chunks: AsyncIterator[Chunk]) -> list[Chunk]:
    return [chunk async for chunk in chunks]


def test_a_summary_stream_keeps_the_client_alive_while_the_generalist_writes() -> None:
    local = MockBackend("local", Capabilities(context_window=1000), delay=5.0)
    big = MockBackend("big", Capabilities(context_window=32000)).enqueue("from big")
    local.enqueue("They asked ten questions.")
    summary = Specialist(big, "long_context", context="summary")
    pattern = Specialists(local, [summary], default_max_tokens=100, keepalive_seconds=2.0)
    req = request(*conversation(), stream=True)
    chunks, seconds = virtual_time(timed(collect(pattern.stream(req, Trace()))))
    assert seconds == pytest.approx(5.0)  # the summary's delay, on the virtual clock
    comments = [c.comment for c in chunks if isinstance(c, KeepAlive)]
    assert comments == ["summarising earlier turns"] * 3  # at 0, 2 and 4 s of the 5 s wait
    assert "".join(c.delta_text for c in chunks).strip() == "from big"


def test_the_keepalive_interval_comes_from_the_route() -> None:
    entry = {"model": "eyes", "when": "vision"}
    backends = {name: MockBackend(name, Capabilities(vision=True)) for name in ("local", "eyes")}
    default = build(parse(config([entry]), "<test>").routes["ask"], backends)
    spec = config([entry])
    spec["routes"]["ask"]["keepalive_seconds"] = 0.5  # type: ignore[index]
    tuned = build(parse(spec, "<test>").routes["ask"], backends)
    assert isinstance(default, Specialists) and isinstance(tuned, Specialists)
    local = backends["local"]
    assert default.keepalive_seconds == KEEPALIVE_SECONDS == Advisor(local, local).keepalive_seconds
    assert tuned.keepalive_seconds == 0.5
