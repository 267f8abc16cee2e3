"""Embeddings against a live rung, with the real clients: the openai SDK's `embeddings.create`
and the ollama client's `embed` (and its older `embeddings`), on the in-process MiniLM and on
a real OpenAI-compatible upstream (llama.cpp's server in embedding mode); a fallback over a
dead upstream, a privacy route that keeps personal data local, keys, and errors in each API's
own format."""

from __future__ import annotations

import json
import math
import os
from collections.abc import Iterator
from typing import Any

import httpx
import ollama
import openai
import pytest

from tests.conftest import Served, free_port
from tests.embeddings.conftest import RecordingProxy

MASTER = "sk-master-" + "e" * 40
MASTER_ENV = "RUNG_TEST_EMBED_MASTER_KEY"
AUTH = {"authorization": f"Bearer {MASTER}"}
PERSON, EMAIL = "Anna Lindqvist", "anna.lindqvist@example.se"
PERSONAL = f"Hej, jag heter {PERSON}, mejla {EMAIL}."
HOSTED = {"backend": "openai", "model": "smollm2", "residency": "eu", "num_retries": 0}


@pytest.fixture(scope="module")
def gateway(
    embedding_server: str, recording: RecordingProxy, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Served]:
    os.environ[MASTER_ENV] = MASTER
    dead = f"http://127.0.0.1:{free_port()}/v1"  # nothing listens there
    config = {
        "models": {
            "mini": {"backend": "embedding"},
            "up": {**HOSTED, "base_url": embedding_server},
            "watched": {**HOSTED, "base_url": recording.url},
            "dead": {**HOSTED, "base_url": dead},
            "chat": {"backend": "llamacpp", "context_window": 512},
        },
        "routes": {
            "embed": {"model": "mini"},
            "upstream": {"model": "up"},
            "fb": {"pattern": "fallback", "models": ["dead", "up"]},
            "private": {"pattern": "fallback", "models": ["watched", "mini"],
                        "privacy": {"policy": "local_only"}},
            "masked": {"model": "watched", "privacy": {"policy": "pseudonymize"}},
            "blocked": {"model": "mini", "privacy": {"policy": "block"}},
            "talk": {"model": "chat"},
            "ladder": {"pattern": "cascade", "tiers": ["mini", "up"], "verify": ["json"]},
        },
        "auth": {"master_key": f"env:{MASTER_ENV}"},
    }  # fmt: skip
    with Served(config, tmp_path_factory.mktemp("embeddings") / "log.db") as served:
        yield served


def sdk(gateway: Served, key: str = MASTER) -> openai.OpenAI:
    return openai.OpenAI(base_url=gateway.url + "/v1", api_key=key, max_retries=0)


def olla(gateway: Served, key: str = MASTER) -> ollama.Client:
    return ollama.Client(host=gateway.url, headers={"authorization": f"Bearer {key}"})


def post(gateway: Served, path: str, body: Any, key: str = MASTER) -> httpx.Response:
    headers = {"authorization": f"Bearer {key}"}
    return httpx.post(gateway.url + path, json=body, headers=headers, timeout=60)


def cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


def row(gateway: Served, request_id: str) -> dict[str, Any]:
    return gateway.log_rows(where=lambda r: r["id"] == request_id)[0]


def calls(gateway: Served, request_id: str) -> list[dict[str, Any]]:
    return gateway.log_rows("calls", where=lambda r: r["request_id"] == request_id)


def breakers(gateway: Served) -> dict[str, str]:
    backends = httpx.get(gateway.url + "/health", timeout=30).json()["backends"]
    return {name: b["breaker"]["state"] for name, b in backends.items()}


# ---- the openai SDK ------------------------------------------------------------------------


def test_openai_sdk_embeds_on_the_local_model_with_usage_and_a_log_row(gateway: Served) -> None:
    texts = ["a cat sat on the mat", "a kitten is sitting on a rug", "the stock market fell"]
    answer = sdk(gateway).embeddings.with_raw_response.create(
        model="embed", input=texts, encoding_format="float"
    )
    result = answer.parse()
    assert [d.index for d in result.data] == [0, 1, 2]
    vectors = [d.embedding for d in result.data]
    assert {len(v) for v in vectors} == {384}
    assert all(abs(math.sqrt(sum(x * x for x in v)) - 1) < 1e-3 for v in vectors)
    assert cosine(vectors[0], vectors[1]) > cosine(vectors[0], vectors[2]) + 0.2
    assert result.model == "embed" and result.usage.prompt_tokens > 0
    assert result.usage.total_tokens == result.usage.prompt_tokens
    request_id = answer.headers["x-request-id"]
    assert answer.headers["x-rung-model"] == "mini"
    logged = row(gateway, request_id)
    assert (logged["route"], logged["pattern"], logged["status"]) == ("embed", "fixed", 200)
    assert logged["answered_by"] == "mini" and logged["latency_ms"] > 0
    [call] = calls(gateway, request_id)
    assert (call["backend"], call["status"]) == ("mini", "ok")
    assert call["prompt_tokens"] == result.usage.prompt_tokens
    metrics = httpx.get(gateway.url + "/metrics", headers=AUTH, timeout=30)
    lines = metrics.text.splitlines()
    assert any(
        line.startswith("rung_requests_total{") and 'route="embed"' in line
        and 'backend="mini"' in line for line in lines
    )  # fmt: skip
    assert any(line.startswith("rung_tokens_total{") and 'route="embed"' in line
               for line in lines)  # fmt: skip


def test_openai_sdk_base64_default_decodes_to_the_float_vectors(gateway: Served) -> None:
    client = sdk(gateway)
    packed = client.embeddings.create(model="embed", input="hello there")  # SDK asks base64
    floats = client.embeddings.create(model="embed", input="hello there", encoding_format="float")
    raw = post(gateway, "/v1/embeddings", {"model": "embed", "input": "hi",
                                           "encoding_format": "base64"})  # fmt: skip
    assert isinstance(raw.json()["data"][0]["embedding"], str)
    assert packed.data[0].embedding == pytest.approx(floats.data[0].embedding, abs=1e-6)


def test_openai_sdk_embeds_through_a_real_upstream(gateway: Served, embedding_server: str) -> None:
    texts = ["the quick brown fox", "jumps over the lazy dog"]
    result = sdk(gateway).embeddings.create(model="upstream", input=texts, encoding_format="float")
    body = {"input": texts, "model": "x"}
    direct = httpx.post(embedding_server + "/embeddings", json=body, timeout=60)
    expected = [d["embedding"] for d in direct.json()["data"]]
    assert [len(d.embedding) for d in result.data] == [len(e) for e in expected]
    for got, want in zip(result.data, expected, strict=True):
        assert got.embedding == pytest.approx(want, rel=1e-4, abs=1e-4)
    assert result.model == "upstream" and result.usage.prompt_tokens > 0


# ---- the ollama client ---------------------------------------------------------------------


def test_ollama_client_embed_and_legacy_embeddings(gateway: Served) -> None:
    client = olla(gateway)
    result = client.embed(model="embed", input=["first text", "second text"])
    assert len(result.embeddings) == 2 and len(result.embeddings[0]) == 384
    assert result.model == "embed" and (result.prompt_eval_count or 0) > 0
    assert (result.total_duration or 0) > 0
    one = client.embed(model="embed:latest", input="first text")  # Ollama's tag, same route
    assert one.embeddings[0] == pytest.approx(result.embeddings[0], abs=1e-5)
    legacy = client.embeddings(model="embed", prompt="first text")
    assert list(legacy.embedding) == pytest.approx(result.embeddings[0], abs=1e-5)
    upstream = client.embed(model="upstream", input="first text")
    assert len(upstream.embeddings[0]) != 384  # the upstream model's own width


def test_ollama_empty_input_loads_without_a_call(gateway: Served) -> None:
    answer = post(gateway, "/api/embed", {"model": "embed", "input": ""})
    assert answer.status_code == 200 and answer.json()["embeddings"] == []
    request_id = answer.headers["x-request-id"]
    assert row(gateway, request_id)["status"] == 200  # written with its calls: none
    assert gateway.log_rows("calls", 0, lambda r: r["request_id"] == request_id) == []


def test_ollama_truncate_false_refuses_a_long_input(gateway: Served) -> None:
    long = "word " * 400  # more than MiniLM's 256 word pieces
    assert olla(gateway).embed(model="embed", input=long).embeddings  # truncated by default
    with pytest.raises(ollama.ResponseError) as caught:
        olla(gateway).embed(model="embed", input=long, truncate=False)
    assert caught.value.status_code == 400 and "at most 256" in caught.value.error
    assert breakers(gateway)["mini"] == "closed"


# ---- fallback and privacy ------------------------------------------------------------------


def test_fallback_route_moves_past_a_dead_upstream(gateway: Served) -> None:
    answer = sdk(gateway).embeddings.with_raw_response.create(
        model="fb", input="fall back", encoding_format="float"
    )
    assert answer.parse().data[0].embedding
    assert answer.headers["x-rung-model"] == "up"
    logged = row(gateway, answer.headers["x-request-id"])
    assert logged["answered_by"] == "up" and logged["escalated"] == 1
    decisions = json.loads(logged["decisions"])
    assert any(d["step"] == "fallback dead" and d["outcome"] == "failed" for d in decisions)
    tried = [c["backend"] for c in calls(gateway, answer.headers["x-request-id"])]
    assert tried == ["dead", "up"]


def test_privacy_route_keeps_personal_data_local(
    gateway: Served, recording: RecordingProxy
) -> None:
    before = len(recording.bodies)
    answer = sdk(gateway).embeddings.with_raw_response.create(
        model="private", input=["nothing personal here", PERSONAL], encoding_format="float"
    )
    assert len(answer.parse().data) == 2
    assert answer.headers["x-rung-model"] == "mini"
    assert PERSON not in recording.sent() and EMAIL not in recording.sent()
    assert len(recording.bodies) == before  # the hosted model was not called at all
    logged = row(gateway, answer.headers["x-request-id"])
    decisions = json.loads(logged["decisions"])
    assert any(d["step"] == "privacy watched" and d["outcome"] == "refused" for d in decisions)
    plain = sdk(gateway).embeddings.with_raw_response.create(
        model="private", input="the weather is nice", encoding_format="float"
    )
    assert plain.headers["x-rung-model"] == "watched"  # nothing personal: the hosted one
    sent = json.loads(recording.bodies[-1])  # as the upstream reads it: its own model id
    assert sent == {"model": "smollm2", "input": ["the weather is nice"],
                    "encoding_format": "float"}  # fmt: skip
    audits = gateway.log_rows(
        "audit", where=lambda r: r["request_id"] == plain.headers["x-request-id"]
    )
    assert [a["backend"] for a in audits] == ["watched"]


def test_pseudonymize_is_read_as_local_only_for_embeddings(
    gateway: Served, recording: RecordingProxy
) -> None:
    with pytest.raises(openai.PermissionDeniedError) as caught:
        sdk(gateway).embeddings.create(model="masked", input=PERSONAL)
    assert caught.value.body["code"] == "privacy_refused"  # type: ignore[index]
    assert PERSON not in recording.sent()
    fine = sdk(gateway).embeddings.create(model="masked", input="no names at all")
    assert fine.data[0].embedding
    assert breakers(gateway)["watched"] == "closed"


def test_block_refuses_personal_data_in_each_apis_format(gateway: Served) -> None:
    with pytest.raises(openai.BadRequestError) as caught:
        sdk(gateway).embeddings.create(model="blocked", input=["fine", PERSONAL])
    assert caught.value.body["code"] == "policy_violation"  # type: ignore[index]
    assert EMAIL not in caught.value.message
    answer = post(gateway, "/api/embed", {"model": "blocked", "input": PERSONAL})
    assert answer.status_code == 400 and "'block'" in answer.json()["error"]
    assert sdk(gateway).embeddings.create(model="blocked", input="fine").data


# ---- keys and limits -----------------------------------------------------------------------


def create_key(gateway: Served, **spec: Any) -> str:
    answer = httpx.post(gateway.url + "/admin/keys", json=spec, headers=AUTH, timeout=30)
    assert answer.status_code == 201, answer.text
    key: str = answer.json()["key"]
    return key


def test_keys_route_permissions_limits_and_privacy_floor(gateway: Served) -> None:
    key = create_key(gateway, name="indexer", routes=["embed", "private"], tpm=100_000)
    answer = sdk(gateway, key).embeddings.with_raw_response.create(model="embed", input="x y z")
    assert answer.headers["x-ratelimit-limit-tokens"] == "100000"
    logged = row(gateway, answer.headers["x-request-id"])
    assert logged["key_name"] == "indexer"
    with pytest.raises(openai.PermissionDeniedError):
        sdk(gateway, key).embeddings.create(model="upstream", input="x")
    with pytest.raises(ollama.ResponseError) as caught:
        olla(gateway, key).embed(model="upstream", input="x")
    assert caught.value.status_code == 403
    floor = create_key(gateway, name="hr", privacy="local_only")
    kept = sdk(gateway, floor).embeddings.with_raw_response.create(
        model="private", input="the weather is nice"
    )
    assert kept.headers["x-rung-model"] == "mini"  # the key keeps everything local


# ---- errors in each API's format -----------------------------------------------------------


def test_bad_model_and_bad_input_are_4xx_in_openai_format(gateway: Served) -> None:
    client = sdk(gateway)
    with pytest.raises(openai.NotFoundError) as missing:
        client.embeddings.create(model="nope", input="x")
    assert missing.value.body["code"] == "model_not_found"  # type: ignore[index]
    bad = [
        ({"model": "embed", "input": [[1, 2, 3]]}, "input"),
        ({"model": "embed", "input": []}, "input"),
        ({"model": "embed", "input": {"text": "x"}}, "input"),
        ({"model": "embed"}, "input"),
        ({"model": "embed", "input": "x", "dimensions": 12}, "dimensions"),
        ({"model": "embed", "input": "x", "encoding_format": "int8"}, "encoding_format"),
        ({"input": "x"}, "model"),
        ({"model": "talk", "input": "x"}, "model"),
        ({"model": "ladder", "input": "x"}, "model"),
    ]
    for body, param in bad:
        answer = post(gateway, "/v1/embeddings", body)
        assert answer.status_code == 400, (body, answer.text)
        error = answer.json()["error"]
        assert error["type"] == "invalid_request_error" and error["param"] == param, body
    assert "does not serve embeddings" in post(gateway, "/v1/embeddings", bad[7][0]).text
    assert "'cascade'" in post(gateway, "/v1/embeddings", bad[8][0]).text
    assert set(breakers(gateway).values()) == {"closed"}


def test_bad_model_and_bad_input_are_4xx_in_ollama_format(gateway: Served) -> None:
    with pytest.raises(ollama.ResponseError) as missing:
        olla(gateway).embed(model="nope", input="x")
    assert missing.value.status_code == 404 and "'nope' does not exist" in missing.value.error
    for path, body in [
        ("/api/embed", {"model": "embed", "input": [1, 2]}),
        ("/api/embed", {"model": "embed", "input": "x", "truncate": "yes"}),
        ("/api/embed", {"model": "talk", "input": "x"}),
        ("/api/embeddings", {"model": "embed", "prompt": ["x"]}),
    ]:
        answer = post(gateway, path, body)
        assert answer.status_code == 400, (body, answer.text)
        assert set(answer.json()) == {"error"} and isinstance(answer.json()["error"], str)
    wrong = httpx.get(gateway.url + "/api/embed", headers=AUTH, timeout=30)
    assert wrong.status_code == 405 and set(wrong.json()) == {"error"}
    assert set(breakers(gateway).values()) == {"closed"}


def test_a_chat_request_to_an_embedding_model_is_the_clients_mistake(gateway: Served) -> None:
    with pytest.raises(openai.BadRequestError) as caught:
        sdk(gateway).chat.completions.create(
            model="embed", messages=[{"role": "user", "content": "hi"}]
        )
    assert "embedding model" in caught.value.message
    assert breakers(gateway)["mini"] == "closed"
