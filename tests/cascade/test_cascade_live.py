"""Cascades and draft-and-verify through the gateway, with the embedded model as the cheap
tier and a real llama.cpp server as the strong tier."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import openai
import pytest

pytestmark = pytest.mark.live

SCHEMA = {
    "type": "object",
    "properties": {"name": {"type": "string"}, "age": {"type": "integer"}},
    "required": ["name", "age"],
}


@pytest.fixture(scope="module")
def config(llama_server: str) -> dict[str, Any]:
    return {
        "models": {
            "local": {"backend": "llamacpp", "n_ctx": 2048},
            "strong": {"backend": "openai", "base_url": llama_server, "model": "smollm2",
                       "logprobs": True},
        },
        "routes": {
            "json": {"pattern": "cascade", "tiers": ["local", "strong"],
                     "verify": [{"json_schema": {"schema": SCHEMA}}]},
            "code": {"pattern": "cascade", "tiers": ["local", "strong"],
                     "verify": [{"python": {"allow_request_tests": True}}]},
            "code_closed": {"pattern": "cascade", "tiers": ["local", "strong"],
                            "verify": ["python"]},
            "accept": {"pattern": "draft_verify", "drafter": "local", "fallback": ["strong"],
                       "verify": [{"judge": {"model": "strong", "threshold": 0.0}}]},
            "reject": {"pattern": "draft_verify", "drafter": "local", "fallback": ["strong"],
                       "verify": [{"judge": {"model": "strong", "threshold": 1.0}}]},
        },
    }  # fmt: skip


@pytest.fixture(scope="module")
def gateway(config: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from tests.conftest import Served

    with Served(config, tmp_path_factory.mktemp("cascade") / "log.db") as served:
        yield served


def sdk(gateway: Any) -> openai.OpenAI:
    return openai.OpenAI(base_url=gateway.url + "/v1", api_key="x", max_retries=0)


def decisions(gateway: Any, request_id: str) -> list[dict[str, str]]:
    [row] = gateway.log_rows(where=lambda r: r["id"] == request_id)
    return json.loads(row["decisions"] or "[]")  # type: ignore[no-any-return]


def ask(gateway: Any, route: str, text: str, **options: Any) -> Any:
    return sdk(gateway).chat.completions.with_raw_response.create(
        model=route, messages=[{"role": "user", "content": text}], **options
    )


def test_json_cascade_escalates_an_invalid_draft(gateway: Any) -> None:
    raw = ask(gateway, "json", "Say hello in one short sentence.", max_tokens=20, temperature=0)
    assert raw.headers["x-rung-escalated"] == "true"
    assert raw.headers["x-rung-model"] == "strong"
    steps = decisions(gateway, raw.headers["x-request-id"])
    assert steps[0]["step"] == "verify local" and steps[0]["outcome"] == "failed"
    assert steps[0]["reason"].startswith("json_schema")


def test_json_cascade_keeps_a_valid_draft(gateway: Any) -> None:
    fmt = {"type": "json_schema", "json_schema": {"name": "person", "schema": SCHEMA}}
    raw = ask(gateway, "json", "Invent a person.", max_tokens=60, temperature=0,
              response_format=fmt)  # fmt: skip
    assert raw.headers["x-rung-escalated"] == "false"
    assert raw.headers["x-rung-model"] == "local"
    person = json.loads(raw.parse().choices[0].message.content)
    assert isinstance(person["age"], int)
    [step] = decisions(gateway, raw.headers["x-request-id"])
    assert step["outcome"] == "passed"


def test_python_tests_cascade(gateway: Any) -> None:
    """Tests no answer can pass: both tiers fail in the sandbox; the last answer is returned."""
    raw = ask(
        gateway, "code", "Write a Python function add(a, b) that returns a + b.",
        max_tokens=80, temperature=0, extra_body={"rung": {"tests": "assert add(2, 2) == 5"}},
    )  # fmt: skip
    steps = decisions(gateway, raw.headers["x-request-id"])
    verdicts = [s for s in steps if s["step"].startswith("verify")]
    assert [s["step"] for s in verdicts] == ["verify local", "verify strong"]
    assert all(s["outcome"] == "failed" and s["reason"].startswith("python") for s in verdicts)
    assert steps[-1]["outcome"] == "exhausted"
    assert raw.headers["x-rung-escalated"] == "true"


def test_request_tests_on_a_route_that_does_not_allow_them_are_a_400(gateway: Any) -> None:
    with pytest.raises(openai.BadRequestError) as refused:
        ask(gateway, "code_closed", "Write add(a, b) in Python.", max_tokens=8,
            extra_body={"rung": {"tests": "import os\nos.system('id')"}})  # fmt: skip
    error = refused.value.body
    assert isinstance(error, dict) and error["type"] == "invalid_request_error"
    assert error["param"] == "rung.tests" and "allow_request_tests" in error["message"]


def test_python_cascade_streams_the_returned_answer(gateway: Any) -> None:
    stream = sdk(gateway).chat.completions.create(
        model="code", messages=[{"role": "user", "content": "Write add(a, b) in Python."}],
        max_tokens=60, temperature=0, stream=True,
        extra_body={"rung": {"tests": "assert add(1, 1) == 3"}},
    )  # fmt: skip
    assert "".join(c.choices[0].delta.content or "" for c in stream if c.choices)


@pytest.mark.parametrize(("route", "accepted"), [("accept", True), ("reject", False)])
def test_draft_and_verify(gateway: Any, route: str, accepted: bool) -> None:
    raw = ask(gateway, route, "What is 2 + 2?", max_tokens=16, temperature=0)
    assert raw.headers["x-rung-model"] == ("local" if accepted else "strong")
    first = decisions(gateway, raw.headers["x-request-id"])[0]
    assert first["outcome"] == ("accepted" if accepted else "rejected")
    assert "P(yes) = " in first["reason"] or "answered" in first["reason"]
