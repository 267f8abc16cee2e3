"""Every field of a request is scanned, passed (listed) or refused: unit rules of walk.py, the
guard's refusal, and what a recording upstream receives through a live gateway."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from tests.privacy_gateway.capture import CaptureUpstream

from rung._errors import PolicyError
from rung.privacy import Detector, pseudonymize_body
from rung.privacy.guard import UNREAD, PrivacyGuard
from rung.privacy.walk import PASSED, text_slots, unreadable
from rung.types import ChatRequest

PERSON, EMAIL, PHONE = "Anna Lindqvist", "anna.lindqvist@example.se", "070-123 45 67"
KEY = "AKIAIOSFODNN7EXAMPLE"


def body_with_every_field() -> dict[str, Any]:
    return {
        "model": "chat",
        "temperature": 0.2,
        "max_tokens": 16,
        "stream": False,
        "seed": 7,
        "messages": [
            {"role": "system", "content": "You help with bookings."},
            {"role": "user", "name": PERSON, "content": "Book the room, please."},
        ],
        "tools": [
            {
                "type": "function",
                "function": {
                    "name": "book_room",
                    "description": f"Books a room; the owner is {PERSON}, call {PHONE}.",
                    "parameters": {
                        "type": "object",
                        "properties": {
                            "contact": {
                                "type": "string",
                                "description": f"Who to mail, e.g. {EMAIL}",
                                "enum": [EMAIL, "nobody"],
                            }
                        },
                        "required": ["contact"],
                    },
                },
            }
        ],
        "metadata": {"ticket": f"reported by {EMAIL}", "aws": KEY},
        "user": EMAIL,
        "session_note": f"{PERSON} ({PHONE}) asked for this; deploy key {KEY}",
    }


def test_text_slots_cover_every_field_but_the_passed_ones() -> None:
    paths = {path for path, _text in text_slots(body_with_every_field())}
    assert "messages[1].name" in paths
    assert "tools[0].function.description" in paths
    assert "tools[0].function.parameters.properties.contact.description" in paths
    assert "tools[0].function.parameters.properties.contact.enum[0]" in paths
    assert {"metadata.ticket", "metadata.aws", "user", "session_note"} <= paths
    assert not any(p.split(".")[0].split("[")[0] in ("temperature", "seed", "model") for p in paths)
    texts = {text for _path, text in text_slots(body_with_every_field())}
    assert "object" not in texts and "type" not in texts  # JSON Schema vocabulary is skipped


def test_passed_fields_are_scanned_when_they_hold_text() -> None:
    assert "temperature" in PASSED
    body = {"messages": [], "temperature": f"{PERSON}", "seed": 3}
    assert ("temperature", PERSON) in list(text_slots(body))


def test_no_value_survives_in_any_field(detector: Detector) -> None:
    body = body_with_every_field()
    sent, mapping, _ = pseudonymize_body(body, detector)
    raw = json.dumps(sent, ensure_ascii=False)
    for value in (PERSON, EMAIL, PHONE, KEY):
        assert value not in raw, value
    assert sent["messages"][1]["name"] == "PERSON_1"  # an identifier: no angle brackets
    assert sent["temperature"] == 0.2 and sent["seed"] == 7 and sent["model"] == "chat"
    assert sent["tools"][0]["function"]["name"] == "book_room"
    schema = sent["tools"][0]["function"]["parameters"]
    assert schema["type"] == "object" and schema["required"] == ["contact"]
    assert set(mapping.originals.values()) >= {PERSON, EMAIL, PHONE, KEY}


def test_unreadable_parts_are_named() -> None:
    body = {
        "messages": [
            {"role": "user", "content": [
                {"type": "text", "text": "What is in this picture?"},
                {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}},
                {"type": "input_audio", "input_audio": {"data": "AAAA", "format": "wav"}},
            ]},
        ]
    }  # fmt: skip
    assert unreadable(body) == [
        "messages[0].content[1] (image_url)",
        "messages[0].content[2] (input_audio)",
    ]


def image_request() -> ChatRequest:
    parts = [{"type": "text", "text": "Who is this?"},
             {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}}]  # fmt: skip
    return ChatRequest({"messages": [{"role": "user", "content": parts}]}, route="chat")


@pytest.mark.parametrize("policy", ["pseudonymize", "block"])
def test_private_route_refuses_what_it_cannot_read(detector: Detector, policy: str) -> None:
    with pytest.raises(PolicyError) as caught:
        asyncio.run(PrivacyGuard.scan(image_request(), detector, policy, []))
    assert "messages[0].content[1] (image_url)" in caught.value.message
    assert caught.value.param == "messages[0].content[1]"


def test_local_only_keeps_what_it_cannot_read_local(detector: Detector) -> None:
    guard = asyncio.run(PrivacyGuard.scan(image_request(), detector, "local_only", []))
    assert guard.verdict.local_only and guard.verdict.kinds[UNREAD] == 1


def test_allow_route_passes_images(detector: Detector) -> None:
    guard = asyncio.run(PrivacyGuard.scan(image_request(), detector, "allow", []))
    assert not guard.verdict.found


# Through a live gateway, to an upstream that records every byte it is sent.


@pytest.fixture(scope="module")
def upstream() -> Iterator[CaptureUpstream]:
    with CaptureUpstream(piece=2) as capture:
        yield capture


@pytest.fixture(scope="module")
def gateway(upstream: CaptureUpstream, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from tests.conftest import Served

    config = {
        "models": {"eu": {"backend": "openai", "base_url": upstream.url, "model": "m",
                          "residency": "eu", "num_retries": 0}},
        "routes": {"mask": {"model": "eu", "privacy": {"policy": "pseudonymize"}}},
    }  # fmt: skip
    with Served(config, tmp_path_factory.mktemp("fields") / "log.db") as served:
        yield served


@pytest.mark.parametrize("stream", [False, True])
def test_every_field_is_masked_before_the_upstream(
    gateway: Any, upstream: CaptureUpstream, stream: bool
) -> None:
    body = {**body_with_every_field(), "model": "mask", "stream": stream}
    body["messages"][1]["content"] = f"Book it for {PERSON}."
    before = len(upstream.requests)
    response = httpx.post(gateway.url + "/v1/chat/completions", json=body, timeout=60)
    assert response.status_code == 200, response.text
    raw = upstream.requests[before]["raw"]
    for value in (PERSON, EMAIL, PHONE, KEY):
        assert value not in raw, value
    sent = upstream.requests[before]["body"]
    assert "<PERSON_1>" in sent["session_note"] and "<SECRET_1>" in sent["metadata"]["aws"]
    assert sent["temperature"] == 0.2 and sent["tools"][0]["function"]["name"] == "book_room"
    if stream:
        text = "".join(
            (choice.get("delta") or {}).get("content") or ""
            for line in response.text.splitlines()
            if line.startswith("data: {")
            for choice in json.loads(line[6:]).get("choices") or []
        )
    else:
        text = response.json()["choices"][0]["message"]["content"]
    assert text == f"You said: Book it for {PERSON}."


def test_gateway_refuses_an_image_on_a_private_route(gateway: Any, upstream: Any) -> None:
    before = len(upstream.requests)
    body = {"model": "mask", "messages": image_request().body["messages"]}
    response = httpx.post(gateway.url + "/v1/chat/completions", json=body, timeout=60)
    assert response.status_code == 400
    error = response.json()["error"]
    assert "messages[0].content[1] (image_url)" in error["message"]
    assert len(upstream.requests) == before


def test_ollama_images_and_data_urls_are_unreadable_and_never_scanned() -> None:
    image = "data:image/png;base64," + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJ" * 3
    body = {
        "prompt": "Describe it.",
        "images": ["iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB"],
        "messages": [{"role": "user", "content": "What is it?", "images": ["AAAA"]}],
        "metadata": {"thumbnail": image},
    }
    assert unreadable(body) == [
        "images (images)",
        "messages[0].images (images)",
        "metadata.thumbnail (data URL)",
    ]
    texts = {text for _path, text in text_slots(body)}
    assert texts == {"Describe it.", "What is it?", "thumbnail"}  # a key is read, not the image
