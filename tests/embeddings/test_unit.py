"""Embeddings without a gateway: config, request parsing, the fault classification of the
openai backend's embeddings against a misbehaving upstream (fault injection), retries and
breakers through `Resilient.embed`, and the fallback walk of `embed_with`."""

from __future__ import annotations

import base64
import struct
from typing import Any

import orjson
import pytest

from rung._errors import (
    BackendError,
    BackendUnavailable,
    ConfigError,
    Overloaded,
    RequestError,
    UpstreamStatus,
)
from rung.backends import MockBackend, build_backend
from rung.backends.base import Backend, Capabilities, Embeddings, EmbedRequest
from rung.backends.embedding import EmbeddingBackend
from rung.backends.openai import OpenAIBackend
from rung.config import EmbeddingBackendConfig, OpenAIBackendConfig, Timeouts
from rung.configure import parse
from rung.gateway.embeddings import (
    EMBED_APIS,
    embed_with,
    embedding_chain,
    serves_embeddings,
    traced_embed,
)
from rung.patterns.base import Pattern
from rung.patterns.fallback import Fallback
from rung.patterns.fixed import Fixed
from rung.reliability import Breaker, BreakerPolicy, RetryPolicy, wrap
from rung.types import Trace
from tests.servers import ScriptedServer, error, http_answer


class Scripted(Backend):
    """An embedding backend that raises the scripted errors in turn, then answers."""

    def __init__(self, name: str, *errors: Exception) -> None:
        self.name, self.model, self.capabilities = name, name, Capabilities()
        self.errors = list(errors)
        self.calls = 0

    async def embed(self, request: EmbedRequest) -> Embeddings:
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return Embeddings([[1.0, 0.0]] * len(request.inputs), 3, self.name)

    async def complete(self, request: Any) -> Any:
        raise NotImplementedError

    def stream(self, request: Any) -> Any:
        raise NotImplementedError


async def no_sleep(seconds: float) -> None:
    return None


def resilient(backend: Backend, retries: int = 0, failures: int = 5) -> Any:
    breaker = Breaker(backend.name, BreakerPolicy(failures=failures))
    return wrap(backend, RetryPolicy(retries, backoff_base=0.0), breaker, sleep=no_sleep)


def fault(name: str) -> UpstreamStatus:
    return UpstreamStatus(f"{name}: the upstream answered 500", backend=name, status=500)


# ---- config --------------------------------------------------------------------------------


def test_config_reads_an_embedding_backend_and_checks_its_model() -> None:
    config = parse({"models": {"m": {"backend": "embedding"}}, "routes": {"e": {"model": "m"}}},
                   "<t>")  # fmt: skip
    spec = config.models["m"]
    assert isinstance(spec, EmbeddingBackendConfig)
    assert (spec.model, spec.residency, spec.num_retries, spec.threads) == ("minilm", "local", 0, 1)
    backend = build_backend("m", spec)
    assert isinstance(backend, EmbeddingBackend) and backend.embeds
    assert backend.capabilities.local and backend.capabilities.residency == "local"
    bad = {"models": {"m": {"backend": "embedding", "model": "bert", "threds": 2}},
           "routes": {"e": {"model": "m"}}}  # fmt: skip
    with pytest.raises(ConfigError) as caught:
        parse(bad, "<t>")
    assert "models.m.model" in caught.value.message and "models.m.threds" in caught.value.message


def test_which_backends_serve_embeddings() -> None:
    mock = MockBackend()
    assert not mock.embeds and not wrap(mock).embeds
    assert wrap(Scripted("s")).embeds
    upstream = OpenAIBackend("u", OpenAIBackendConfig(base_url="http://127.0.0.1:9/v1", model="m"))
    assert upstream.embeds


async def test_a_backend_without_embeddings_refuses_as_the_clients_mistake() -> None:
    backend = resilient(MockBackend(), failures=1)
    with pytest.raises(RequestError, match="does not serve embeddings"):
        await backend.embed(EmbedRequest(["x"]))
    assert backend.breaker.state == "closed"


def test_routes_serve_embeddings_with_fixed_and_fallback_only() -> None:
    local, chat = Scripted("local"), MockBackend("chat")
    assert serves_embeddings(Fixed(local)) and not serves_embeddings(Fixed(chat))
    models, policy = embedding_chain("r", Fallback([chat, local], RetryPolicy(1)))
    assert models == [local] and policy == RetryPolicy(1)  # the chat model is passed over
    with pytest.raises(RequestError, match="route 'r' does not serve embeddings"):
        embedding_chain("r", Fixed(chat))

    class Cascade(Pattern):
        name = "cascade"

        async def complete(self, request: Any, trace: Any) -> Any:
            raise NotImplementedError

        def stream(self, request: Any, trace: Any) -> Any:
            raise NotImplementedError

    with pytest.raises(RequestError, match="pattern 'cascade', which does not serve"):
        embedding_chain("r", Cascade())


# ---- parsing -------------------------------------------------------------------------------


def test_openai_requests_are_read_into_one_embed_request() -> None:
    api = EMBED_APIS["/v1/embeddings"]
    asked = api.parse({"model": "e", "input": ["a", "b"], "dimensions": 8, "user": "u",
                       "encoding_format": "base64"})  # fmt: skip
    assert asked.model == "e" and asked.base64
    assert (asked.request.inputs, asked.request.dimensions, asked.request.user) == (
        ["a", "b"], 8, "u",
    )  # fmt: skip
    assert api.parse({"model": "e", "input": "one"}).request.inputs == ["one"]
    bad: list[dict[str, Any]] = [
        {"input": [1, 2]}, {"input": [[1], [2]]}, {"input": None},
        {"input": "x", "dimensions": True}, {"input": ["x"] * 2049}, {"input": "x", "user": 3},
    ]  # fmt: skip
    for body in bad:
        with pytest.raises(RequestError):
            api.parse({"model": "e", **body})


def test_openai_base64_is_little_endian_float32() -> None:
    vector = [0.5, -1.25, 3.0]
    answer = EMBED_APIS["/v1/embeddings"].render(
        Embeddings([vector], 2), "route", EMBED_APIS["/v1/embeddings"].parse(
            {"model": "e", "input": "x", "encoding_format": "base64"}), 0.1,
    )  # fmt: skip
    packed = base64.b64decode(answer["data"][0]["embedding"])
    assert list(struct.unpack("<3f", packed)) == vector
    assert answer["usage"] == {"prompt_tokens": 2, "total_tokens": 2}


def test_ollama_requests_and_answers() -> None:
    embed, legacy = EMBED_APIS["/api/embed"], EMBED_APIS["/api/embeddings"]
    asked = embed.parse({"model": "e", "input": ["a"], "truncate": False, "keep_alive": "5m",
                         "options": {"num_ctx": 512}})  # fmt: skip
    assert asked.request.inputs == ["a"] and asked.request.truncate is False
    assert embed.parse({"model": "e"}).request.inputs == []  # a load: nothing to embed
    answer = embed.render(Embeddings([[0.1]], 4), "e", asked, 0.25)
    assert answer == {"model": "e", "embeddings": [[0.1]], "total_duration": 250_000_000,
                      "load_duration": 0, "prompt_eval_count": 4}  # fmt: skip
    assert legacy.render(Embeddings([[0.1]], 1), "e", legacy.parse({"prompt": "p"}), 0) == {
        "embedding": [0.1]
    }
    with pytest.raises(RequestError):
        embed.parse({"model": "e", "options": "fast"})


# ---- the openai backend against a misbehaving upstream -------------------------------------


def upstream(server: ScriptedServer) -> OpenAIBackend:
    timeout = Timeouts(first_byte=5, total=10)
    return OpenAIBackend("up", OpenAIBackendConfig(base_url=server.url, model="m", timeout=timeout))


def answer(body: Any) -> bytes:
    return http_answer("200 OK", orjson.dumps(body))


async def embed_once(*script: bytes, inputs: list[str] | None = None) -> Embeddings:
    with ScriptedServer(*script) as server:
        backend = upstream(server)
        try:
            return await backend.embed(EmbedRequest(inputs or ["x"]))
        finally:
            await backend.close()


async def test_upstream_faults_are_classified_as_for_chat() -> None:
    with pytest.raises(UpstreamStatus) as server_error:
        await embed_once(error("500 Internal Server Error", "boom"))
    assert server_error.value.backend_fault and server_error.value.status == 502
    with pytest.raises(UpstreamStatus) as client_error:
        await embed_once(error("400 Bad Request", "dimensions not supported"))
    assert not client_error.value.backend_fault and client_error.value.status == 400
    with pytest.raises(Overloaded):
        await embed_once(error("429 Too Many Requests", "slow down", "retry-after: 2\r\n"))
    with pytest.raises(BackendError, match="not an embeddings list"):
        await embed_once(answer({"data": [{"embedding": "not base64!"}]}))
    with pytest.raises(BackendError, match="2 vectors for 1 inputs"):
        await embed_once(answer({"data": [{"embedding": [1.0]}, {"embedding": [2.0]}]}))


async def test_upstream_answers_are_read_in_index_order_with_base64_and_estimated_usage() -> None:
    packed = base64.b64encode(struct.pack("<2f", 0.5, 0.25)).decode()
    body = {"data": [{"index": 1, "embedding": packed}, {"index": 0, "embedding": [1, 2]}]}
    result = await embed_once(answer(body), inputs=["first", "second"])
    assert result.vectors == [[1.0, 2.0], [0.5, 0.25]]
    assert result.prompt_tokens > 0  # estimated: the upstream sent no usage


# ---- retries, breakers and the fallback walk -----------------------------------------------


async def test_resilient_embed_retries_backend_faults_and_trips_the_breaker() -> None:
    flaky = Scripted("flaky", fault("flaky"))
    trace = Trace()
    result = await traced_embed(resilient(flaky, retries=1), EmbedRequest(["x"]), trace)
    assert result.vectors == [[1.0, 0.0]] and flaky.calls == 2
    assert [c.status for c in trace.calls] == ["retried", "ok"]
    assert trace.calls[-1].prompt_tokens == 3
    broken = resilient(Scripted("broken", fault("b"), fault("b")), failures=2)
    for _ in range(2):
        with pytest.raises(UpstreamStatus):
            await broken.embed(EmbedRequest(["x"]))
    assert broken.breaker.state == "open"
    with pytest.raises(BackendUnavailable):
        await broken.embed(EmbedRequest(["x"]))


async def test_fallback_skips_open_breakers_moves_on_faults_and_stops_at_client_errors() -> None:
    opened = resilient(Scripted("opened", fault("opened")), failures=1)
    with pytest.raises(UpstreamStatus):
        await opened.embed(EmbedRequest(["x"]))
    failing = resilient(Scripted("failing", fault("failing")))
    good = resilient(Scripted("good"))
    trace = Trace()
    result = await embed_with([opened, failing, good], EmbedRequest(["x"]), trace, None)
    assert result.model == "good" and trace.answered_by == "good" and trace.escalated
    assert [c.backend for c in trace.calls] == ["failing", "good"]  # the open one: no call
    codes = [(d.step, d.code) for d in trace.decisions]
    assert ("fallback opened", "circuit_open") in codes
    assert ("fallback failing", "backend_error") in codes
    refusing = resilient(Scripted("refusing", RequestError("bad input", param="input")))
    spare = Scripted("spare")
    with pytest.raises(RequestError):
        await embed_with([refusing, resilient(spare)], EmbedRequest(["x"]), Trace(), None)
    assert spare.calls == 0 and refusing.breaker.state == "closed"


async def test_an_exhausted_fallback_answers_with_the_last_real_failure() -> None:
    first = resilient(Scripted("a", fault("a")))
    second = resilient(Scripted("b", fault("b")))
    with pytest.raises(UpstreamStatus, match="b: the upstream"):
        await embed_with([first, second], EmbedRequest(["x"]), Trace(), None)


async def test_local_model_refuses_other_dimensions_and_chat() -> None:
    backend = EmbeddingBackend("mini", EmbeddingBackendConfig())
    with pytest.raises(RequestError, match="384 dimensions"):
        await backend.embed(EmbedRequest(["x"], dimensions=256))
    with pytest.raises(RequestError, match="embedding model"):
        await backend.complete(None)  # type: ignore[arg-type]
    await backend.close()
