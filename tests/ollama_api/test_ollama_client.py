"""The `ollama` Python client against a live rung: list, show, chat and generate (streamed and
not, fill-in-the-middle too), on the in-process model and on an OpenAI-compatible upstream;
its errors in Ollama's format with Ollama's statuses, breakers untouched by them."""

from __future__ import annotations

import httpx
import ollama
import pytest

from tests.completions.live import CLOSED, ROUTES, breakers
from tests.conftest import Served

HELLO = [{"role": "user", "content": "Say hello."}]


def client(served: Served) -> ollama.Client:
    return ollama.Client(host=served.url)


def test_list_shows_each_route_as_a_model_with_its_endpoints(gateway: Served) -> None:
    models = client(gateway).list().models
    assert [m.model for m in models] == ["local:latest", "upstream:latest", "plain:latest"]
    assert all(m.size == 0 and m.digest and m.details for m in models)
    tags = httpx.get(gateway.url + "/api/tags").json()["models"]
    assert {"/api/generate", "/api/chat", "/v1/completions", "/infill"} <= set(tags[0]["endpoints"])
    listed = httpx.get(gateway.url + "/v1/models").json()["data"]
    assert [m["endpoints"] for m in listed] == [t["endpoints"] for t in tags]
    assert "/infill" not in tags[2]["endpoints"]  # a model without a FIM layout


def test_show_names_the_routes_capabilities(gateway: Served) -> None:
    card = client(gateway).show("local:latest")
    assert card.capabilities is not None
    assert {"completion", "insert", "tools"} <= set(card.capabilities)
    assert card.modelinfo is not None and card.modelinfo["rung.context_length"] == 2048
    assert card.details is not None and card.details.format == "gguf"
    assert httpx.get(gateway.url + "/api/version").json()["version"]
    plain = client(gateway).show("plain")
    assert "completion" in (plain.capabilities or []) and "insert" not in (plain.capabilities or [])
    assert ".Suffix" in (card.template or "") and ".Suffix" not in (plain.template or "")


@pytest.mark.parametrize("route", ROUTES)
def test_chat_whole_and_streamed(gateway: Served, route: str) -> None:
    whole = client(gateway).chat(route, messages=HELLO, stream=False, options={"temperature": 0})
    assert whole.done and whole.message.role == "assistant" and whole.message.content
    assert whole.model == route and whole.done_reason in ("stop", "length")
    assert whole.eval_count and whole.prompt_eval_count and whole.total_duration
    parts = list(client(gateway).chat(f"{route}:latest", messages=HELLO, stream=True))
    assert [p.done for p in parts] == [False] * (len(parts) - 1) + [True]
    assert "".join(p.message.content or "" for p in parts)
    last = parts[-1]
    assert last.model == f"{route}:latest" and last.eval_count and last.prompt_eval_count
    assert last.eval_duration is not None and last.prompt_eval_duration is not None


@pytest.mark.parametrize("route", ROUTES)
def test_generate_fills_in_the_middle(gateway: Served, route: str) -> None:
    prefix, suffix = "def add(a, b):\n    return ", "\n\nprint(add(1, 2))\n"
    answer = client(gateway).generate(route, prefix, suffix=suffix, stream=False,
                                      options={"num_predict": 6, "temperature": 0})  # fmt: skip
    assert answer.done and isinstance(answer.response, str)
    assert answer.eval_count and 0 < answer.eval_count <= 6
    streamed = list(client(gateway).generate(route, prefix, suffix=suffix, stream=True,
                                             options={"num_predict": 6}))  # fmt: skip
    assert streamed[-1].done and all(not p.done for p in streamed[:-1])


def test_generate_with_a_system_prompt_runs_as_a_chat(gateway: Served) -> None:
    parts = list(client(gateway).generate("local", "Name a colour.", system="Be brief.",
                                          stream=True))  # fmt: skip
    assert parts[-1].done and "".join(p.response or "" for p in parts)


def test_a_request_goes_through_the_routes_log(gateway: Served) -> None:
    body = {"model": "local", "messages": HELLO, "stream": False}
    response = httpx.post(gateway.url + "/api/chat", json=body, timeout=60)
    assert response.status_code == 200
    assert response.headers["x-rung-route"] == "local"
    request_id = response.headers["x-request-id"]
    (row,) = gateway.log_rows(where=lambda r: r["id"] == request_id)
    assert (row["route"], row["status"]) == ("local", 200)


def test_a_stream_is_ndjson(gateway: Served) -> None:
    body = {"model": "local", "messages": HELLO, "options": {"num_predict": 3}}
    with httpx.stream("POST", gateway.url + "/api/chat", json=body, timeout=60) as response:
        assert response.headers["content-type"] == "application/x-ndjson"
        lines = [line for line in response.iter_lines() if line]
    assert len(lines) >= 2 and '"done":true' in lines[-1]


def test_client_errors_arrive_in_ollamas_format_and_leave_breakers_closed(
    gateway: Served,
) -> None:
    c = client(gateway)
    for stream in (False, True):
        with pytest.raises(ollama.ResponseError) as missing:
            result = c.chat("nope:latest", messages=HELLO, stream=stream)
            list(result) if stream else None  # type: ignore[call-overload]
        assert missing.value.status_code == 404 and "not found" in missing.value.error
        assert "nope" in missing.value.error
    with pytest.raises(ollama.ResponseError) as unknown:
        c.show("nope")
    assert unknown.value.status_code == 404
    with pytest.raises(ollama.ResponseError) as bad:
        c.chat("local", messages=[{"role": "robot", "content": "hi"}], stream=False)
    assert bad.value.status_code == 400 and "role" in bad.value.error
    with pytest.raises(ollama.ResponseError) as options:
        c.generate("upstream", "hi", options={"temperature": "hot"}, stream=False)
    assert options.value.status_code == 400 and "options.temperature" in options.value.error
    with pytest.raises(ollama.ResponseError) as no_fim:
        c.generate("plain", "def f(", suffix="\n", stream=False)
    assert no_fim.value.status_code == 400 and "embedded:smollm2-135m" in no_fim.value.error
    broken = httpx.post(gateway.url + "/api/generate", content=b"{", timeout=10,
                        headers={"content-type": "application/json"})  # fmt: skip
    assert broken.status_code == 400 and set(broken.json()) == {"error"}
    assert breakers(gateway) == CLOSED


@pytest.mark.parametrize("route", ROUTES)
def test_raw_generate_is_a_plain_text_completion(gateway: Served, route: str) -> None:
    answer = client(gateway).generate(route, "1, 2, 3, 4,", raw=True, stream=False,
                                      options={"num_predict": 4, "temperature": 0})  # fmt: skip
    assert answer.done and answer.response and answer.eval_count == 4
    assert (
        answer.prompt_eval_count and answer.prompt_eval_count <= 12
    )  # no chat template (~20 tokens)


def test_chat_logprobs_come_per_token(gateway: Served) -> None:
    answer = client(gateway).chat("local", messages=HELLO, stream=False, logprobs=True,
                                  top_logprobs=2, options={"num_predict": 3})  # fmt: skip
    assert answer.logprobs is not None and len(answer.logprobs) == answer.eval_count == 3
    assert all(len(t.top_logprobs or []) == 2 for t in answer.logprobs)
    assert "".join(t.token for t in answer.logprobs) == answer.message.content


WEATHER = {"type": "function", "function": {
    "name": "get_weather", "description": "The weather in a city",
    "parameters": {"type": "object", "properties": {"city": {"type": "string"}},
                   "required": ["city"]},
}}  # fmt: skip


@pytest.mark.parametrize("route", ROUTES)
def test_a_tool_round_trip_in_ollamas_form(gateway: Served, route: str) -> None:
    """A history with a tool call (arguments as an object) and its result (named by
    `tool_name`, no id) is carried to the backend as OpenAI's calls and tool messages."""
    called = {
        "role": "assistant",
        "content": "",
        "tool_calls": [{"function": {"name": "get_weather", "arguments": {"city": "Oslo"}}}],
    }
    result = {"role": "tool", "content": "sunny, 21 C", "tool_name": "get_weather"}
    ask = {"role": "user", "content": "What is the weather in Oslo?"}
    answer = client(gateway).chat(route, messages=[ask, called, result], tools=[WEATHER],
                                  stream=False, options={"num_predict": 8})  # fmt: skip
    assert answer.done and answer.message.role == "assistant"
    assert answer.message.content or answer.message.tool_calls
    for call in answer.message.tool_calls or []:
        assert isinstance(call.function.arguments, dict)
