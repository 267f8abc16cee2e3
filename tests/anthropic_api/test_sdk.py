"""The `anthropic` SDK against a live rung, on the in-process model and on an openai-backend
route in front of llama.cpp's server: create, stream, a tool round trip, system prompts, stop
sequences, errors in Anthropic's format, and a cascade answering through /v1/messages."""

from __future__ import annotations

import json
from typing import Any

import anthropic
import httpx
import pytest

from tests.anthropic_api.conftest import PERSON, ROUTES, Live

pytestmark = pytest.mark.live
HELLO: Any = [{"role": "user", "content": "Say hello."}]
WEATHER: Any = {
    "name": "get_weather",
    "description": "The current weather in a city.",
    "input_schema": {
        "type": "object",
        "properties": {"city": {"type": "string"}},
        "required": ["city"],
    },
}
FORCED: Any = {"type": "tool", "name": "get_weather"}


def text_of(message: Any) -> str:
    return "".join(block.text for block in message.content if block.type == "text")


def sse_events(response: httpx.Response) -> list[tuple[str, Any]]:
    found = []
    for frame in response.text.split("\n\n"):
        if frame:
            name, data = frame.split("\n")
            found.append((name.removeprefix("event: "), json.loads(data.removeprefix("data: "))))
    return found


def assert_breakers_closed(live: Live) -> None:
    assert all(b["state"] == "closed" and b["failures"] == 0 for b in live.breakers().values())


@pytest.mark.parametrize("route", ROUTES)
def test_messages_create(live: Live, route: str) -> None:
    raw = live.sdk.messages.with_raw_response.create(model=route, max_tokens=12, messages=HELLO)
    message = raw.parse()
    assert message.type == "message" and message.role == "assistant" and message.model == route
    assert message.id == "msg_" + raw.headers["x-request-id"].removeprefix("req_")
    assert text_of(message) and message.stop_reason in ("end_turn", "max_tokens")
    assert message.usage.input_tokens > 0 and 0 < message.usage.output_tokens <= 12
    assert raw.headers["x-rung-route"] == route and raw.headers["x-rung-model"] == route


@pytest.mark.parametrize("route", ROUTES)
def test_messages_stream_text_and_final_message(live: Live, route: str) -> None:
    with live.sdk.messages.stream(model=route, max_tokens=12, messages=HELLO) as stream:
        texts = list(stream.text_stream)
        final = stream.get_final_message()
    assert texts and "".join(texts) == text_of(final)
    assert final.model == route and final.id.startswith("msg_")
    assert final.stop_reason in ("end_turn", "max_tokens")
    assert final.usage.input_tokens > 0 and 0 < final.usage.output_tokens <= 12


def test_the_raw_stream_is_anthropics_event_sequence(live: Live) -> None:
    body = {"model": "local", "max_tokens": 8, "messages": HELLO, "stream": True}
    response = live.post(body)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    events = sse_events(response)
    names = [name for name, _ in events]
    assert names[0] == "message_start" and names[-2:] == ["message_delta", "message_stop"]
    assert names[1:-2] == ["content_block_start", *["content_block_delta"] * (len(names) - 5),
                           "content_block_stop"]  # fmt: skip
    assert all(data["type"] == name for name, data in events)
    assert events[-2][1]["usage"]["output_tokens"] == len(names) - 5


@pytest.mark.parametrize("route", ROUTES)
def test_a_tool_round_trip(live: Live, route: str) -> None:
    messages: Any = [{"role": "user", "content": "What is the weather in Paris?"}]
    first = live.sdk.messages.create(
        model=route, max_tokens=80, messages=messages, tools=[WEATHER], tool_choice=FORCED
    )
    uses = [block for block in first.content if block.type == "tool_use"]
    assert first.stop_reason == "tool_use" and len(uses) == 1
    [use] = uses
    assert use.name == "get_weather" and isinstance(use.input, dict)
    if route == "local":  # rung forces the named tool's schema with a grammar
        assert isinstance(use.input["city"], str)
    result = {"type": "tool_result", "tool_use_id": use.id, "content": '{"temperature_c": 18}'}
    messages += [{"role": "assistant", "content": first.content},
                 {"role": "user", "content": [result]}]  # fmt: skip
    answer = live.sdk.messages.create(
        model=route, max_tokens=16, messages=messages, tools=[WEATHER]
    )
    assert answer.stop_reason in ("end_turn", "max_tokens", "tool_use")
    assert answer.usage.input_tokens > first.usage.input_tokens  # the call and result were read
    # the tiny model may end its turn at once (which tokens it sees first depends on the
    # server's prompt cache, so on the tests run before): then, and only then, no content
    assert bool(answer.content) == (answer.usage.output_tokens > 0)
    assert_breakers_closed(live)


def test_a_streamed_tool_call(live: Live) -> None:
    with live.sdk.messages.stream(
        model="local", max_tokens=80, messages=[{"role": "user", "content": "Weather in Oslo?"}],
        tools=[WEATHER], tool_choice=FORCED,
    ) as stream:  # fmt: skip
        final = stream.get_final_message()
    [use] = final.content
    assert use.type == "tool_use" and use.name == "get_weather" and use.id
    assert isinstance(use.input, dict) and isinstance(use.input["city"], str)
    assert final.stop_reason == "tool_use"


@pytest.mark.parametrize("route", ROUTES)
def test_a_system_prompt_reaches_the_model(live: Live, route: str) -> None:
    """The model reads the system prompt: the prompt's real token count grows by it (beyond
    the chat template's own default system prompt, which it replaces)."""
    plain = live.sdk.messages.create(model=route, max_tokens=1, messages=HELLO)
    system = "You are a pirate. Answer every question the way a pirate would, with gusto. " * 4
    told = live.sdk.messages.create(model=route, max_tokens=1, messages=HELLO, system=system)
    blocks: Any = [{"type": "text", "text": system}]
    as_blocks = live.sdk.messages.create(model=route, max_tokens=1, messages=HELLO, system=blocks)
    assert told.usage.input_tokens >= plain.usage.input_tokens + 30
    assert as_blocks.usage.input_tokens == told.usage.input_tokens


@pytest.mark.parametrize("route", ROUTES)
def test_stop_sequences(live: Live, route: str) -> None:
    count = [{"role": "user", "content": "Count from one to ten in words."}]
    ask: Any = {"model": route, "max_tokens": 24, "extra_body": {"temperature": 0}}
    ask["messages"] = count
    whole = text_of(live.sdk.messages.create(**ask))
    words = whole.split()
    assert len(words) >= 4, whole
    word = words[2]
    cut = live.sdk.messages.create(**ask, stop_sequences=[word])
    assert word not in text_of(cut)
    assert whole.startswith(text_of(cut)) and len(text_of(cut)) < len(whole)
    assert cut.stop_reason in ("end_turn", "stop_sequence")


def test_structured_output_on_the_local_model(live: Live) -> None:
    """`output_config.format` reaches the model as response_format: a grammar keeps to it."""
    output: Any = {"format": {"type": "json_schema", "schema": PERSON}}
    message = live.sdk.messages.create(
        model="local", max_tokens=60, output_config=output, extra_body={"temperature": 0},
        messages=[{"role": "user", "content": "Invent a person."}],
    )  # fmt: skip
    person = json.loads(text_of(message))
    assert isinstance(person["name"], str) and isinstance(person["age"], int)


def test_the_route_header_wins_over_model(live: Live) -> None:
    raw = live.sdk.messages.with_raw_response.create(
        model="any-model-name", max_tokens=4, messages=HELLO,
        extra_headers={"x-rung-route": "local"},
    )  # fmt: skip
    assert raw.headers["x-rung-route"] == "local" and raw.parse().model == "local"


def test_an_unknown_model_is_anthropics_not_found(live: Live) -> None:
    with pytest.raises(anthropic.NotFoundError) as caught:
        live.sdk.messages.create(model="nope", max_tokens=4, messages=HELLO)
    body: Any = caught.value.body
    assert body["type"] == "error" and body["error"]["type"] == "not_found_error"
    assert "'nope'" in body["error"]["message"]


def test_a_bad_block_is_a_400_naming_it(live: Live) -> None:
    content: Any = [{"type": "text", "text": "hi"}, {"type": "bogus"}]
    with pytest.raises(anthropic.BadRequestError) as caught:
        live.sdk.messages.create(
            model="local", max_tokens=4, messages=[{"role": "user", "content": content}]
        )
    body: Any = caught.value.body
    assert body["error"]["type"] == "invalid_request_error"
    assert body["error"]["message"].startswith("messages.0.content.1.type: ")


def test_a_missing_max_tokens_is_a_400_in_anthropics_format(live: Live) -> None:
    response = live.post({"model": "local", "messages": HELLO}, **{"anthropic-version": "x"})
    assert response.status_code == 400
    assert response.json() == {"type": "error", "error": {
        "type": "invalid_request_error", "message": "max_tokens: Field required"}}  # fmt: skip


@pytest.mark.parametrize("route", ROUTES)
def test_a_prompt_too_long_is_the_clients_fault(live: Live, route: str) -> None:
    """A request the backend refuses is a 400, and no breaker counts it."""
    long: Any = [{"role": "user", "content": "word " * 5000}]
    with pytest.raises(anthropic.BadRequestError) as caught:
        live.sdk.messages.create(model=route, max_tokens=4, messages=long)
    assert caught.value.body["type"] == "error"  # type: ignore[index]
    assert_breakers_closed(live)


def test_a_cascade_answers_through_messages(live: Live) -> None:
    """The cascade runs as it does for chat: the local draft fails the schema, the upstream
    answers, the response says so, and the log row names the route."""
    raw = live.sdk.messages.with_raw_response.create(
        model="json", max_tokens=16, messages=HELLO, extra_body={"temperature": 0}
    )
    assert raw.headers["x-rung-route"] == "json" and raw.headers["x-rung-escalated"] == "true"
    assert raw.headers["x-rung-model"] == "upstream" and raw.parse().model == "json"
    request_id = raw.headers["x-request-id"]
    [row] = live.served.log_rows(where=lambda r: r["id"] == request_id)
    assert row["route"] == "json" and row["status"] == 200
    steps = json.loads(row["decisions"])
    assert steps[0]["step"] == "verify local" and steps[0]["outcome"] == "failed"


def test_count_tokens_grows_with_the_prompt_and_knows_the_routes(live: Live) -> None:
    short = live.sdk.messages.count_tokens(model="local", messages=HELLO)
    longer = live.sdk.messages.count_tokens(
        model="local", system="You are terse. " * 20, messages=HELLO, tools=[WEATHER]
    )
    assert 0 < short.input_tokens < longer.input_tokens
    with pytest.raises(anthropic.NotFoundError) as caught:
        live.sdk.messages.count_tokens(model="no-such-route", messages=HELLO)
    body: Any = caught.value.body
    assert body["error"]["type"] == "not_found_error"
    robot: Any = [{"role": "robot", "content": "hi"}]
    with pytest.raises(anthropic.BadRequestError):
        live.sdk.messages.count_tokens(model="local", messages=robot)
