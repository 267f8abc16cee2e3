"""The Messages API at rung's edges: keys (`x-api-key`), and a stream that breaks midway
(a tiny local upstream made to misbehave), each seen from the anthropic SDK."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import anthropic
import httpx
import pytest

from tests.anthropic_api.test_sdk import HELLO, sse_events
from tests.conftest import Served
from tests.servers import ScriptedServer, sse

pytestmark = pytest.mark.live
MASTER = "sk-master-" + "a" * 40
MASTER_ENV = "RUNG_TEST_ANTHROPIC_MASTER"


@pytest.fixture(scope="module")
def keyed(llama_server: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    os.environ[MASTER_ENV] = MASTER
    config = {
        "models": {"upstream": {"backend": "openai", "base_url": llama_server, "model": "smollm2"}},
        "routes": {"chat": {"model": "upstream"}},
        "auth": {"master_key": f"env:{MASTER_ENV}"},
    }
    with Served(config, tmp_path_factory.mktemp("anthropic-keys") / "log.db") as served:
        yield served


def sdk(url: str, key: str) -> anthropic.Anthropic:
    return anthropic.Anthropic(base_url=url, api_key=key, max_retries=0)


def test_no_key_is_anthropics_authentication_error(keyed: Served) -> None:
    body = {"model": "chat", "max_tokens": 4, "messages": HELLO}
    answer = httpx.post(keyed.url + "/v1/messages", json=body)
    assert answer.status_code == 401
    error = answer.json()
    assert error["type"] == "error" and error["error"]["type"] == "authentication_error"


def test_a_wrong_key_is_an_authentication_error_for_the_sdk(keyed: Served) -> None:
    with pytest.raises(anthropic.AuthenticationError) as caught:
        sdk(keyed.url, "sk-rung-not-a-key").messages.create(
            model="chat", max_tokens=4, messages=HELLO
        )
    body: Any = caught.value.body
    assert body["error"]["type"] == "authentication_error"


def test_a_good_key_in_x_api_key_answers(keyed: Served) -> None:
    message = sdk(keyed.url, MASTER).messages.create(model="chat", max_tokens=4, messages=HELLO)
    assert message.content and message.model == "chat"
    health = httpx.get(keyed.url + "/health").json()
    assert health["backends"]["upstream"]["breaker"]["failures"] == 0


def test_a_stream_broken_midway_ends_with_an_error_event(serve: Any) -> None:
    model = {"backend": "openai", "model": "m", "num_retries": 0}
    with ScriptedServer(sse(["Hel"], done=False)) as upstream:
        config = {"models": {"up": {**model, "base_url": upstream.url}},
                  "routes": {"chat": {"model": "up"}}}  # fmt: skip
        with serve(config) as gateway:
            body = {"model": "chat", "max_tokens": 4, "messages": HELLO, "stream": True}
            response = httpx.post(gateway.url + "/v1/messages", json=body, timeout=30)
            events = sse_events(response)
            with pytest.raises(anthropic.APIStatusError) as caught:  # noqa: SIM117
                with sdk(gateway.url, "x").messages.stream(
                    model="chat", max_tokens=4, messages=HELLO
                ) as stream:
                    for _ in stream:
                        pass
    assert response.status_code == 200
    names = [name for name, _ in events]
    assert names == ["message_start", "content_block_start", "content_block_delta", "error"]
    assert events[2][1]["delta"] == {"type": "text_delta", "text": "Hel"}
    assert events[-1][1]["error"]["type"] == "api_error"
    assert "before [DONE]" in events[-1][1]["error"]["message"]
    assert "before [DONE]" in str(caught.value)
