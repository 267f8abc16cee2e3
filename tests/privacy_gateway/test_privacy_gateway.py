"""Privacy by design through the whole gateway: what reaches a hosted upstream, what the
client gets back, what the log keeps, and residency across fallbacks."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.privacy_gateway.capture import CaptureUpstream

PERSON, EMAIL, PHONE = "Anna Lindqvist", "anna.lindqvist@example.se", "070-123 45 67"
PNR = "19811218-9876"  # a valid personnummer (Luhn)
TEXT = f"Hej, jag heter {PERSON}, mejla {EMAIL} eller ring {PHONE}."
VALUES = (PERSON, EMAIL, PHONE, PNR)


def models(eu: CaptureUpstream, us: CaptureUpstream) -> dict[str, Any]:
    return {
        "eu": {"backend": "openai", "base_url": eu.url, "model": "m", "residency": "eu",
               "num_retries": 0},
        "us": {"backend": "openai", "base_url": us.url, "model": "m", "residency": "us",
               "num_retries": 0},
        "local": {"backend": "llamacpp", "n_ctx": 512},
    }  # fmt: skip


def route(pattern: dict[str, Any], policy: str, regions: list[str]) -> dict[str, Any]:
    return {**pattern, "privacy": {"policy": policy, "regions": regions}}


@pytest.fixture(scope="module")
def upstreams() -> Iterator[tuple[CaptureUpstream, CaptureUpstream]]:
    with CaptureUpstream(piece=3) as eu, CaptureUpstream(piece=1) as us:
        yield eu, us


@pytest.fixture(scope="module")
def gateway(upstreams: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from tests.conftest import Served

    eu, us = upstreams
    config = {
        "models": models(eu, us),
        "routes": {
            "mask": route({"model": "eu"}, "pseudonymize", []),
            "mask_us": route({"model": "us"}, "pseudonymize", []),
            "block": route({"model": "eu"}, "block", []),
            "local_only": route({"pattern": "fallback", "models": ["eu", "local"]},
                                "local_only", []),
            "eu_only": route({"pattern": "fallback", "models": ["us", "eu"]}, "allow",
                             ["local", "eu"]),
        },
    }  # fmt: skip
    with Served(config, tmp_path_factory.mktemp("privacy") / "log.db") as served:
        yield served


def chat(gateway: Any, route_name: str, messages: list[dict[str, Any]], **extra: Any) -> Any:
    body = {"model": route_name, "messages": messages, "max_tokens": 8, **extra}
    return httpx.post(gateway.url + "/v1/chat/completions", json=body, timeout=60)


def user(text: str) -> list[dict[str, Any]]:
    return [{"role": "user", "content": text}]


def sse_text(response: httpx.Response) -> str:
    text = ""
    for line in response.text.splitlines():
        if line.startswith("data: {"):
            for choice in json.loads(line[6:]).get("choices") or []:
                text += (choice.get("delta") or {}).get("content") or ""
    return text


def test_pseudonymized_values_never_reach_the_upstream(gateway: Any, upstreams: Any) -> None:
    eu, _ = upstreams
    before = len(eu.requests)
    response = chat(gateway, "mask", user(TEXT))
    assert response.status_code == 200, response.text
    sent = eu.requests[before]["raw"]
    assert not any(v in sent for v in (PERSON, EMAIL, PHONE))
    assert "<PERSON_1>" in sent and "<EMAIL_1>" in sent
    answer = response.json()["choices"][0]["message"]["content"]
    assert answer == "You said: " + TEXT  # placeholders restored for the client


@pytest.mark.parametrize("route_name", ["mask", "mask_us"])  # 3- and 1-character SSE pieces
def test_streamed_answers_are_restored_across_chunk_boundaries(
    gateway: Any, route_name: str
) -> None:
    response = chat(gateway, route_name, user(TEXT), stream=True)
    assert response.status_code == 200
    assert sse_text(response) == "You said: " + TEXT
    assert "<PERSON" not in response.text and "<EMAIL" not in response.text


def test_tool_calls_and_results_are_pseudonymized(gateway: Any, upstreams: Any) -> None:
    eu, _ = upstreams
    arguments = json.dumps({"to": EMAIL, "name": PERSON})
    messages = [
        {"role": "user", "content": "Send the contract."},
        {"role": "assistant", "content": "", "tool_calls": [{"id": "c1", "type": "function",
         "function": {"name": "send_mail", "arguments": arguments}}]},
        {"role": "tool", "tool_call_id": "c1", "content": f"Sent to {PERSON}, pnr {PNR}."},
    ]  # fmt: skip
    before = len(eu.requests)
    response = chat(gateway, "mask", messages, stream=True)
    assert response.status_code == 200
    sent = eu.requests[before]["raw"]
    assert not any(v in sent for v in VALUES), sent
    assert sse_text(response) == f"You said: Sent to {PERSON}, pnr {PNR}."


def test_block_names_kinds_never_values(gateway: Any, upstreams: Any) -> None:
    eu, _ = upstreams
    before = len(eu.requests)
    response = chat(gateway, "block", user(TEXT))
    assert response.status_code == 400
    message = response.json()["error"]["message"]
    assert "EMAIL" in message and "PERSON" in message
    assert not any(v in response.text for v in VALUES)
    assert len(eu.requests) == before


def test_local_only_keeps_personal_data_local_across_fallbacks(
    gateway: Any, upstreams: Any
) -> None:
    eu, _ = upstreams
    before = len(eu.requests)
    personal = chat(gateway, "local_only", user(TEXT))
    assert personal.status_code == 200 and personal.headers["x-rung-model"] == "local"
    assert len(eu.requests) == before  # the hosted backend was never called
    plain = chat(gateway, "local_only", user("What is the capital of France?"))
    assert plain.headers["x-rung-model"] == "eu" and len(eu.requests) == before + 1


def test_residency_is_kept_across_fallbacks(gateway: Any, upstreams: Any) -> None:
    _, us = upstreams
    before = len(us.requests)
    response = chat(gateway, "eu_only", user("What is the capital of France?"))
    assert response.status_code == 200 and response.headers["x-rung-model"] == "eu"
    assert len(us.requests) == before  # listed first, but outside the route's regions


def test_audit_log_has_kinds_and_a_hash_but_no_values(gateway: Any) -> None:
    response = chat(gateway, "mask", user(TEXT))
    request_id = response.headers["x-request-id"]
    [row] = gateway.log_rows("audit", where=lambda r: r["request_id"] == request_id)
    assert row["backend"] == "eu" and row["action"] == "pseudonymize"
    assert set(json.loads(row["kinds"])) >= {"PERSON", "EMAIL", "PHONE"}
    assert len(row["sent_sha256"]) == 64 and row["raw_values"] is None
    gateway.app.gateway.log.flush()
    stored = Path(gateway.log_path).read_bytes() + Path(f"{gateway.log_path}-wal").read_bytes()
    assert not any(v.encode() in stored for v in VALUES)
