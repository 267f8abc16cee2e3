"""The most common agent loop - a forced tool call, the tool's result, the answer - run ten
times in a row through three clients (the openai SDK, LiteLLM's SDK and simonw's `llm`) on
both backends, with no request failing and no breaker opening."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest

from tests.conformance.conftest import Live
from tests.conformance.test_shapes import ASK, WEATHER

pytestmark = pytest.mark.live
ROUNDS = 10
FORCED = {"type": "function", "function": {"name": "get_weather"}}


def get_weather(city: str) -> str:
    """The current weather in a city."""
    return json.dumps({"city": city, "temperature_c": 18})


def run_tool(call: Any, strict: bool) -> str:
    """The tool's result, as an agent sends it back. On the local model rung enforces the
    arguments' schema by grammar (`strict`); an upstream's model may write arguments that are
    not JSON, which an agent answers with an error result, as real agents do."""
    try:
        arguments = json.loads(call.function.arguments)
    except json.JSONDecodeError as exc:
        if strict:
            raise
        return json.dumps({"error": f"arguments are not JSON: {exc}"})
    return get_weather(str(arguments.get("city", "")))


def drop_foreign_log_filters(package: str) -> None:
    """LiteLLM adds its own redaction filter to other loggers (uvicorn's) when imported: take
    it off, so that the rest of the suite sees rung's own scrubbing, not LiteLLM's."""
    loggers = [logging.getLogger(name) for name in list(logging.root.manager.loggerDict)]
    for logger in [logging.root, *loggers]:
        for found in list(logger.filters):
            if type(found).__module__.startswith(package):
                logger.removeFilter(found)


def assert_breakers_closed(live: Live) -> None:
    assert all(b["state"] == "closed" and b["failures"] == 0 for b in live.breakers().values())


def test_agent_loop_with_the_openai_sdk(live: Live) -> None:
    for _ in range(ROUNDS):
        messages: list[Any] = list(ASK)
        first = live.sdk.chat.completions.create(
            model="chat", messages=messages, tools=[WEATHER], tool_choice=FORCED, max_tokens=40
        )
        message = first.choices[0].message
        assert message.tool_calls and message.content is None
        messages.append(message.model_dump(exclude_none=False))  # content: null, as SDKs send
        for call in message.tool_calls:
            messages.append(
                {
                    "role": "tool",
                    "tool_call_id": call.id,
                    "content": run_tool(call, live.kind == "local"),
                }
            )
        answer = live.sdk.chat.completions.create(
            model="chat", messages=messages, tools=[WEATHER], max_tokens=16
        )
        assert answer.choices[0].message.content is not None or answer.choices[0].message.tool_calls
    assert_breakers_closed(live)


def test_agent_loop_with_litellm(live: Live, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LITELLM_LOCAL_MODEL_COST_MAP", "True")  # no fetch from the internet
    litellm = pytest.importorskip("litellm")
    drop_foreign_log_filters("litellm")
    base = {"model": "openai/chat", "api_base": live.url + "/v1", "api_key": "x"}
    for _ in range(ROUNDS):
        messages: list[Any] = list(ASK)
        first = litellm.completion(
            **base, messages=messages, tools=[WEATHER], tool_choice=FORCED, max_tokens=40
        )
        message = first.choices[0].message
        assert message.tool_calls
        messages.append(message.model_dump())
        for call in message.tool_calls:
            messages.append(
                {
                    "role": "tool",
                    "tool_call_id": call.id,
                    "content": run_tool(call, live.kind == "local"),
                }
            )
        answer = litellm.completion(**base, messages=messages, tools=[WEATHER], max_tokens=16)
        assert answer.choices[0].message is not None
    assert_breakers_closed(live)


def test_agent_loop_with_llm(live: Live, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`llm` chains tool calls itself: it runs `get_weather` and sends its result back. It
    cannot force a call (no tool_choice), so the system prompt asks for one."""
    llm = pytest.importorskip("llm")
    models = [{"model_id": "rung-chat", "model_name": "chat", "api_base": live.url + "/v1",
               "api_key_name": "rung", "supports_tools": True}]  # fmt: skip
    (tmp_path / "extra-openai-models.yaml").write_text(json.dumps(models))
    monkeypatch.setenv("LLM_USER_PATH", str(tmp_path))
    model = llm.get_model("rung-chat")
    calls = 0
    for _ in range(ROUNDS):
        chain = model.conversation().chain(
            "What is the weather in Paris?",
            system="Always call get_weather first.",
            tools=[get_weather],
            key="x",
            chain_limit=4,
            options={"max_tokens": 40, "temperature": 0},
        )
        text = chain.text()
        responses = list(chain.responses())
        calls += sum(len(r.tool_calls()) for r in responses)
        assert isinstance(text, str)
    print(f"llm on {live.kind}: {ROUNDS} rounds, {calls} tool calls made")
    assert_breakers_closed(live)
