"""The openai SDK's `completions.create` (fill-in-the-middle with `suffix`, streamed and not)
and llama.cpp's `/infill` over httpx, against a live rung: on the in-process model and on an
OpenAI-compatible upstream; client errors in each API's format, breakers left closed."""

from __future__ import annotations

from typing import Any

import httpx
import openai
import orjson
import pytest

from tests.completions.live import CLOSED, ROUTES, breakers
from tests.conftest import Served

PREFIX, SUFFIX = "def add(a, b):\n    return ", "\n\nprint(add(1, 2))\n"


def sdk(served: Served) -> openai.OpenAI:
    return openai.OpenAI(base_url=served.url + "/v1", api_key="x", max_retries=0)


@pytest.mark.parametrize("route", ROUTES)
def test_completions_with_a_suffix(gateway: Served, route: str) -> None:
    answer = sdk(gateway).completions.create(
        model=route, prompt=PREFIX, suffix=SUFFIX, max_tokens=6, temperature=0
    )
    assert answer.object == "text_completion" and answer.id.startswith("cmpl-")
    (choice,) = answer.choices
    assert isinstance(choice.text, str) and choice.finish_reason in ("stop", "length")
    assert choice.logprobs is None
    assert answer.usage is not None and 0 < answer.usage.completion_tokens <= 6


@pytest.mark.parametrize("route", ROUTES)
def test_completions_streamed(gateway: Served, route: str) -> None:
    chunks = list(
        sdk(gateway).completions.create(
            model=route, prompt=PREFIX, suffix=SUFFIX, max_tokens=6, stream=True,
            stream_options={"include_usage": True},
        )
    )  # fmt: skip
    assert {c.object for c in chunks} == {"text_completion"}
    finishes = [c.choices[0].finish_reason for c in chunks if c.choices]
    assert finishes[-1] in ("stop", "length") and set(finishes[:-1]) <= {None}
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens > 0


def test_legacy_logprobs_line_up_with_the_text(gateway: Served) -> None:
    answer = sdk(gateway).completions.create(
        model="local", prompt="The sky is", max_tokens=4, logprobs=2, temperature=0
    )
    logprobs = answer.choices[0].logprobs
    assert logprobs is not None and logprobs.tokens and logprobs.top_logprobs
    assert "".join(logprobs.tokens) == answer.choices[0].text
    assert logprobs.text_offset is not None and logprobs.text_offset[0] == len("The sky is")
    assert all(len(top) == 2 for top in logprobs.top_logprobs)


def test_a_list_of_prompts_gets_a_choice_each(gateway: Served) -> None:
    answer = sdk(gateway).completions.create(model="local", prompt=["1, 2,", "a, b,"], max_tokens=3)
    assert [c.index for c in answer.choices] == [0, 1]


def test_completion_errors_from_the_sdks_view(gateway: Served) -> None:
    client = sdk(gateway)
    with pytest.raises(openai.NotFoundError) as missing:
        client.completions.create(model="nope", prompt="x")
    assert missing.value.status_code == 404
    with pytest.raises(openai.BadRequestError) as bad:
        client.completions.create(model="local", prompt="x", logprobs=9)
    assert isinstance(bad.value.body, dict) and bad.value.body["param"] == "logprobs"
    with pytest.raises(openai.BadRequestError):
        client.completions.create(model="upstream", prompt=[[1, 2, 3]])
    with pytest.raises(openai.BadRequestError) as no_fim:
        client.completions.create(model="plain", prompt="def f(", suffix="\n", stream=True)
    assert isinstance(no_fim.value.body, dict) and no_fim.value.body["param"] == "suffix"
    assert "embedded:smollm2-135m" in no_fim.value.message
    assert breakers(gateway) == CLOSED


def infill(served: Served, **body: Any) -> httpx.Response:
    return httpx.post(served.url + "/infill", json=body, timeout=60)


@pytest.mark.parametrize("route", ROUTES)
def test_infill_as_llama_cpp_answers_it(gateway: Served, route: str) -> None:
    extra = [{"filename": "util.py", "text": "def sub(a, b):\n    return a - b\n"}]
    body = {"model": route, "input_prefix": PREFIX, "input_suffix": SUFFIX,
            "input_extra": extra, "n_predict": 5}  # fmt: skip
    answer = infill(gateway, **body).json()
    assert isinstance(answer["content"], str) and answer["stop"] is True
    assert 0 < answer["tokens_predicted"] <= 5 and answer["stop_type"] in ("eos", "limit")
    with httpx.stream("POST", gateway.url + "/infill", json={**body, "stream": True},
                      timeout=60) as response:  # fmt: skip
        assert response.headers["content-type"].startswith("text/event-stream")
        events = [orjson.loads(line[6:]) for line in response.iter_lines() if line]
    assert events[-1]["stop"] is True and not any(e["stop"] for e in events[:-1])


def test_infill_without_a_model_goes_to_the_first_route(gateway: Served) -> None:
    response = infill(gateway, input_prefix="x = ", input_suffix="\n", n_predict=2)
    assert response.status_code == 200 and response.headers["x-rung-route"] == "local"


def test_infill_errors_in_llama_cpps_format(gateway: Served) -> None:
    missing = infill(gateway, model="nope", input_prefix="x")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == 404
    bad = infill(gateway, input_prefix=3)
    assert bad.status_code == 400 and bad.json()["error"]["type"] == "invalid_request_error"
    no_fim = infill(gateway, model="plain", input_prefix="def f(", stream=True)
    assert no_fim.status_code == 400 and "fim:" in no_fim.json()["error"]["message"]
    assert breakers(gateway) == CLOSED
