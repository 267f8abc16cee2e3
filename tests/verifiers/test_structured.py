"""json, json_schema and regex verifiers."""

from __future__ import annotations

from typing import Any

import pytest

from rung._errors import ConfigError, RequestError
from rung.types import ChatRequest, Completion
from rung.verifiers import JsonSchemaVerifier, JsonVerifier, RegexVerifier

PERSON = {
    "type": "object",
    "properties": {
        "name": {"type": "string"},
        "age": {"type": "integer"},
        "address": {"type": "object", "properties": {"zip": {"type": "string"}}},
    },
    "required": ["name", "age"],
}


def completion(text: str) -> Completion:
    return Completion({"choices": [{"message": {"content": text}}]})


def request(schema: dict[str, Any] | None = None) -> ChatRequest:
    body: dict[str, object] = {"messages": [{"role": "user", "content": "a person"}]}
    if schema is not None:
        body["response_format"] = {
            "type": "json_schema",
            "json_schema": {"name": "p", "schema": schema},
        }
    return ChatRequest(body)


async def test_json_parses_or_fails() -> None:
    assert (await JsonVerifier().check(request(), completion('{"a": 1}'))).passed
    fenced = completion('```json\n{"a": 1}\n```')
    assert not (await JsonVerifier().check(request(), fenced)).passed
    assert (await JsonVerifier(allow_fence=True).check(request(), fenced)).passed
    bad = await JsonVerifier().check(request(), completion("{'a': 1}"))
    assert not bad.passed and bad.reason.startswith("json failed:")


async def test_schema_from_config_names_the_missing_property() -> None:
    verifier = JsonSchemaVerifier(PERSON)
    verdict = await verifier.check(request(), completion('{"name": "Ada"}'))
    assert not verdict.passed
    assert verdict.reason == "json_schema failed: 'age' is a required property"
    good = await verifier.check(request(), completion('{"name": "Ada", "age": 36}'))
    assert good.passed and good.score == 1.0


async def test_nested_failure_names_its_path() -> None:
    verdict = await JsonSchemaVerifier(PERSON).check(
        request(), completion('{"name": "Ada", "age": 36, "address": {"zip": 12345}}')
    )
    assert not verdict.passed
    assert verdict.reason.startswith("json_schema failed at $.address.zip:")


async def test_the_requests_schema_wins() -> None:
    verifier = JsonSchemaVerifier(PERSON)
    only_x = {"type": "object", "required": ["x"]}
    verdict = await verifier.check(request(only_x), completion('{"name": "Ada", "age": 1}'))
    assert not verdict.passed and "'x' is a required property" in verdict.reason
    assert (await verifier.check(request(only_x), completion('{"x": 0}'))).passed
    no_schema = JsonSchemaVerifier()
    assert (await no_schema.check(request(), completion("[1]"))).passed
    assert not (await no_schema.check(request(), completion("nope"))).passed


async def test_invalid_schemas() -> None:
    with pytest.raises(ConfigError, match="invalid"):
        JsonSchemaVerifier({"type": "no-such-type"})
    with pytest.raises(RequestError):
        await JsonSchemaVerifier().check(request({"type": 7}), completion("{}"))


async def test_regex_match_and_must_not_match() -> None:
    must = RegexVerifier(r"\bdef \w+\(", flags="m")
    assert (await must.check(request(), completion("def f(x):"))).passed
    assert not (await must.check(request(), completion("no code"))).passed
    never = RegexVerifier(r"as an ai", must_match=False, flags="i")
    verdict = await never.check(request(), completion("As an AI, I cannot"))
    assert not verdict.passed and "'As an AI'" in verdict.reason
    assert (await never.check(request(), completion("Here it is"))).passed
    full = RegexVerifier(r"\d+", full=True)
    assert not (await full.check(request(), completion("12a"))).passed


def test_regex_config_errors() -> None:
    with pytest.raises(ConfigError, match="bad pattern"):
        RegexVerifier("(")
    with pytest.raises(ConfigError, match="unknown flags"):
        RegexVerifier("a", flags="q")
