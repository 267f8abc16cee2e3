"""The gateway in front of a real llama.cpp OpenAI-compatible server, driven by the official
openai SDK: the way a client such as Continue or Aider would use it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import openai
import pytest

from tests.recording import RecordingProxy

pytestmark = pytest.mark.live
JSON_TYPE = {"content-type": "application/json"}  # the gateway refuses other POST bodies


@pytest.fixture(scope="module")
def config(llama_server: str) -> dict[str, Any]:
    return {
        "models": {
            "upstream": {"backend": "openai", "base_url": llama_server, "model": "smollm2"},
        },
        "routes": {"chat": {"pattern": "fixed", "model": "upstream"}},
    }


@pytest.fixture
def gateway(serve: Any, config: dict[str, Any]) -> Iterator[Any]:
    with serve(config) as served:
        yield served


def client(gateway: Any) -> openai.OpenAI:
    return openai.OpenAI(base_url=gateway.url + "/v1", api_key="unused", max_retries=0)


def test_non_streaming_answer_headers_and_log_row(gateway: Any) -> None:
    raw = client(gateway).chat.completions.with_raw_response.create(
        model="chat", messages=[{"role": "user", "content": "Say hello."}], max_tokens=12
    )
    completion = raw.parse()
    assert completion.choices[0].message.content
    assert completion.usage is not None and 0 < completion.usage.completion_tokens <= 12
    assert raw.headers["x-rung-route"] == "chat"
    assert raw.headers["x-rung-model"] == "upstream"
    request_id = raw.headers["x-request-id"]
    [row] = gateway.log_rows()
    assert (row["id"], row["route"], row["status"]) == (request_id, "chat", 200)
    [call] = gateway.log_rows("calls")
    assert call["backend"] == "upstream" and call["model"] == "smollm2"
    assert call["completion_tokens"] == completion.usage.completion_tokens
    assert call["prompt_tokens"] == completion.usage.prompt_tokens


def test_streaming_with_usage(gateway: Any) -> None:
    stream = client(gateway).chat.completions.create(
        model="chat",
        messages=[{"role": "user", "content": "Count to five."}],
        max_tokens=16,
        stream=True,
        stream_options={"include_usage": True},
    )
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text
    usage = chunks[-1].usage
    assert usage is not None and usage.completion_tokens > 0 and not chunks[-1].choices
    [call] = gateway.log_rows("calls")
    assert call["ttft_ms"] is not None and call["ttft_ms"] <= call["latency_ms"]


def test_streaming_without_usage_sends_no_usage_chunk(gateway: Any) -> None:
    stream = client(gateway).chat.completions.create(
        model="chat", messages=[{"role": "user", "content": "Hi"}], max_tokens=4, stream=True
    )
    assert all(chunk.usage is None for chunk in stream)


def test_logprobs(gateway: Any) -> None:
    completion = client(gateway).chat.completions.create(
        model="chat",
        messages=[{"role": "user", "content": "Say yes."}],
        max_tokens=3,
        logprobs=True,
        top_logprobs=2,
    )
    content = completion.choices[0].logprobs.content  # type: ignore[union-attr]
    assert content and all(t.logprob <= 0 for t in content)
    assert all(1 <= len(t.top_logprobs) <= 3 for t in content)


def test_json_mode(gateway: Any) -> None:
    completion = client(gateway).chat.completions.create(
        model="chat",
        messages=[{"role": "user", "content": "Give a JSON object with a name."}],
        max_tokens=40,
        temperature=0,
        response_format={"type": "json_object"},
    )
    text = completion.choices[0].message.content or ""
    assert text.lstrip().startswith("{")


UNKNOWN = {"top_k": 1, "min_p": 0.05, "vendor_extra": {"nested": [1, "two", None]}}


@pytest.mark.parametrize("stream", [False, True])
def test_unknown_fields_pass_through(serve: Any, llama_server: str, stream: bool) -> None:
    """Fields rung does not know reach the upstream untouched: a recording proxy in front of
    the real llama.cpp server shows the body it received, and the server still answers."""
    with RecordingProxy(llama_server) as proxy:
        models = {"upstream": {"backend": "openai", "base_url": proxy.url, "model": "smollm2"}}
        with serve(
            {"models": models, "routes": {"chat": {"pattern": "fixed", "model": "upstream"}}}
        ) as gateway:
            answer = client(gateway).chat.completions.create(
                model="chat",
                messages=[{"role": "user", "content": "Hi"}],
                max_tokens=3,
                stream=stream,
                extra_body=UNKNOWN,
            )
            chunks = list(answer) if stream else [answer]  # type: ignore[call-overload]
    [received] = proxy.bodies
    assert {k: received.get(k) for k in UNKNOWN} == UNKNOWN
    assert received["model"] == "smollm2"  # the route's model, not the client's name
    assert received["messages"] == [{"role": "user", "content": "Hi"}]
    assert received["max_tokens"] == 3 and bool(received.get("stream")) is stream
    finishes = [c.choices[0].finish_reason for c in chunks if c.choices]
    assert [f for f in finishes if f][-1] in ("stop", "length")  # the upstream answered


def test_route_chosen_by_header(gateway: Any) -> None:
    raw = client(gateway).chat.completions.with_raw_response.create(
        model="gpt-4o",  # a client that cannot change its model name
        messages=[{"role": "user", "content": "Hi"}],
        max_tokens=2,
        extra_headers={"x-rung-route": "chat"},
    )
    assert raw.headers["x-rung-route"] == "chat"


def test_models_lists_routes(gateway: Any) -> None:
    assert [m.id for m in client(gateway).models.list()] == ["chat"]


@pytest.mark.parametrize(
    ("body", "status", "param"),
    [
        (b"{not json", 400, None),
        (b"[1, 2]", 400, None),
        (json.dumps({"model": "chat"}).encode(), 400, "messages"),
        (json.dumps({"model": "chat", "messages": "hi"}).encode(), 400, "messages"),
        (json.dumps({"messages": [{"role": "user", "content": "x"}]}).encode(), 400, "model"),
        (
            json.dumps({"model": "chat", "messages": [{"role": "user", "content": "x"}],
                        "max_tokens": "ten"}).encode(),
            400,
            "max_tokens",
        ),
        (
            json.dumps({"model": "chat",
                        "messages": [{"role": "wizard", "content": "x"}]}).encode(),
            400,
            "messages[0].role",
        ),
        (json.dumps({"model": "nope", "messages": [{"role": "user", "content": "x"}]}).encode(),
         404, "model"),
    ],
)  # fmt: skip
def test_bad_requests_get_openai_errors(
    gateway: Any, body: bytes, status: int, param: str | None
) -> None:
    response = httpx.post(gateway.url + "/v1/chat/completions", content=body, headers=JSON_TYPE)
    assert response.status_code == status
    error = response.json()["error"]
    assert error["message"] and error["type"] == "invalid_request_error"
    assert error["param"] == param
    [row] = gateway.log_rows()
    assert row["status"] == status and row["error"] == error["message"]


def test_body_too_large(gateway: Any) -> None:
    huge = "x" * (5 * 1024 * 1024)
    body = json.dumps({"model": "chat", "messages": [{"role": "user", "content": huge}]})
    response = httpx.post(gateway.url + "/v1/chat/completions", content=body, headers=JSON_TYPE)
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "request_too_large"


def test_sdk_raises_typed_errors(gateway: Any) -> None:
    with pytest.raises(openai.NotFoundError):
        client(gateway).chat.completions.create(
            model="missing", messages=[{"role": "user", "content": "x"}]
        )
    with pytest.raises(openai.BadRequestError):
        client(gateway).chat.completions.create(model="chat", messages=[])
