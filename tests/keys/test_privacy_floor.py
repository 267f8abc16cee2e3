"""A key's privacy floor against a route's policy: the stricter wins. Over real HTTP, with the
real detector (Presidio, spaCy) and a recording upstream that keeps what it was sent."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from rung.keys.store import KeySpec, KeyStore, stricter
from tests.privacy_gateway.capture import CaptureUpstream

PERSON, EMAIL = "Anna Lindqvist", "anna.lindqvist@example.se"
TEXT = f"Hej, jag heter {PERSON}, mejla {EMAIL}."


def test_the_order_of_policies() -> None:
    assert stricter(None, "pseudonymize") == "pseudonymize"
    assert stricter("local_only", "pseudonymize") == "local_only"
    assert stricter("local_only", "block") == "block"
    assert stricter(None, None) is None


@pytest.fixture(scope="module")
def upstream() -> Iterator[CaptureUpstream]:
    with CaptureUpstream() as capture:
        yield capture


@pytest.fixture(scope="module")
def served(upstream: CaptureUpstream, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from tests.conftest import Served

    path = tmp_path_factory.mktemp("floor") / "log.db"
    store = KeyStore(path)
    keys = {p: store.create_key(KeySpec(name=p, privacy=p))[1] for p in ("pseudonymize", "block")}
    keys["none"] = store.create_key(KeySpec(name="none"))[1]
    store.close()
    config = {
        "models": {"eu": {"backend": "openai", "base_url": upstream.url, "model": "m",
                          "residency": "eu", "num_retries": 0}},
        "routes": {
            "plain": {"model": "eu"},
            "mask": {"model": "eu", "privacy": {"policy": "pseudonymize"}},
        },
    }  # fmt: skip
    with Served(config, path) as gateway:
        yield gateway, keys


def chat(served: Any, key: str, route: str) -> httpx.Response:
    gateway, keys = served
    body = {"model": route, "messages": [{"role": "user", "content": TEXT}]}
    headers = {"authorization": f"Bearer {keys[key]}"}
    return httpx.post(gateway.url + "/v1/chat/completions", json=body, headers=headers, timeout=60)


def test_a_key_s_pseudonymize_masks_a_route_without_privacy(served: Any, upstream: Any) -> None:
    before = len(upstream.requests)
    answer = chat(served, "pseudonymize", "plain")
    assert answer.status_code == 200, answer.text
    sent = upstream.requests[before]["raw"]
    assert PERSON not in sent and EMAIL not in sent and "<EMAIL_1>" in sent
    assert answer.json()["choices"][0]["message"]["content"] == "You said: " + TEXT
    before = len(upstream.requests)
    assert chat(served, "none", "plain").status_code == 200  # without a floor: as it is
    assert EMAIL in upstream.requests[before]["raw"]


def test_a_key_s_block_beats_a_route_s_pseudonymize(served: Any, upstream: Any) -> None:
    before = len(upstream.requests)
    refused = chat(served, "block", "mask")
    assert refused.status_code == 400 and refused.json()["error"]["code"] == "policy_violation"
    assert EMAIL not in refused.text and len(upstream.requests) == before
    assert chat(served, "none", "mask").status_code == 200  # the route alone pseudonymizes
