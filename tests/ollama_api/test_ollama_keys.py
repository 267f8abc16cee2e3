"""Ollama's API under virtual keys: a key sees only its routes in `/api/tags` and `/api/show`,
and its refusals come in Ollama's error format. No model is called."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import httpx
import ollama
import pytest

from tests.conftest import Served

MASTER = "sk-master-" + "o" * 40
MASTER_ENV = "RUNG_TEST_OLLAMA_MASTER_KEY"
NOWHERE = {"backend": "openai", "base_url": "http://127.0.0.1:9/v1", "model": "m"}


@pytest.fixture(scope="module")
def gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    os.environ[MASTER_ENV] = MASTER
    config = {
        "models": {"hosted": NOWHERE},
        "routes": {"mine": {"model": "hosted"}, "theirs": {"model": "hosted"}},
        "auth": {"master_key": f"env:{MASTER_ENV}"},
    }
    with Served(config, tmp_path_factory.mktemp("keys") / "log.db") as served:
        yield served


def key_for(gateway: Served, *routes: str) -> str:
    headers = {"authorization": f"Bearer {MASTER}"}
    spec: dict[str, Any] = {"name": "ollama-" + "-".join(routes), "routes": list(routes)}
    answer = httpx.post(gateway.url + "/admin/keys", json=spec, headers=headers, timeout=30)
    assert answer.status_code == 201, answer.text
    return str(answer.json()["key"])


def test_a_key_sees_only_its_routes(gateway: Served) -> None:
    c = ollama.Client(
        host=gateway.url, headers={"authorization": f"Bearer {key_for(gateway, 'mine')}"}
    )
    assert [m.model for m in c.list().models] == ["mine:latest"]
    assert c.show("mine").capabilities
    with pytest.raises(ollama.ResponseError) as hidden:
        c.show("theirs")
    assert hidden.value.status_code == 404
    with pytest.raises(ollama.ResponseError) as refused:
        c.generate("theirs", "hi", stream=False)
    assert refused.value.status_code == 403 and "theirs" in refused.value.error


def test_no_key_is_a_401_in_ollamas_format(gateway: Served) -> None:
    answer = httpx.post(gateway.url + "/api/chat", json={"model": "mine", "messages": []})
    assert answer.status_code == 401 and isinstance(answer.json()["error"], str)
    with pytest.raises(ollama.ResponseError) as caught:
        ollama.Client(host=gateway.url).list()
    assert caught.value.status_code == 401
