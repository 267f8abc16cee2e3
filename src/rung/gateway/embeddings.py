"""Embeddings: OpenAI's `POST /v1/embeddings`, Ollama's `POST /api/embed` and its older
`POST /api/embeddings`, through the same routes, keys, limits, privacy guard, log and metrics
as chat.

- The `model` names a route (or the route header does). Routes with the `fixed` and `fallback`
  patterns serve embeddings: a fallback walks its models in order on backend faults, skipping
  open breakers; other patterns, and routes whose models serve no embeddings (a chat model),
  answer 400 naming the route.
- Each API's request is read into one `EmbedRequest`, and the vectors written back in that
  API's form; errors are in that API's format (`rung.gateway.http.error_json`).
- Privacy: the inputs are scanned as a chat request's messages would be, under the route's
  `privacy:` policy and the key's floor. Personal data under `local_only` never reaches a
  hosted backend; `block` refuses. `pseudonymize` is treated as `local_only`: the vector of a
  text with placeholders is not the vector of the text, and a vector cannot be restored.
- One request-log row per request (route, backend, tokens, latency; a trace with one call per
  backend attempt), so cost, limits and metrics see it as they see chat.
"""

from __future__ import annotations

import base64
import sys
import time
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import orjson

from rung._errors import (
    BackendUnavailable,
    MethodNotAllowed,
    RequestError,
    RouteNotAllowed,
    RungError,
    failure_code,
)
from rung.backends.base import Backend, Embeddings, EmbedRequest
from rung.backends.traced import AttemptLog
from rung.gateway.http import (
    JSON_TYPE,
    Headers,
    Receive,
    Scope,
    Send,
    error_json,
    header,
    read_body,
    send_bytes,
    send_error,
)
from rung.gateway.logged import LoggedRequest
from rung.gateway.request import json_object
from rung.keys import Principal
from rung.keys.floor import guard_for
from rung.patterns.base import Pattern
from rung.patterns.cached import Cached
from rung.patterns.fallback import Fallback, moves_on
from rung.patterns.fixed import Fixed
from rung.privacy.guard import PrivacyGuard
from rung.privacy.policy import Policy, PrivacyVerdict
from rung.reliability.breaker import Breaker
from rung.reliability.retry import Resilient, RetryPolicy
from rung.telemetry.metrics import UNKNOWN
from rung.tokens import estimate_text
from rung.types import JSON, ChatRequest, Trace, Usage

if TYPE_CHECKING:
    from rung.gateway.app import Gateway

MAX_INPUTS = 2048  # OpenAI's limit of inputs in one request


@dataclass(slots=True)
class Asked:
    """One embeddings request as its API put it: the route it names, what to embed, and how
    the vectors go back (`base64`: OpenAI's `encoding_format: base64`)."""

    model: str | None
    request: EmbedRequest
    base64: bool = False


class EmbedApi:
    """How one client API asks for embeddings and reads them (OpenAI's by default)."""

    path = "/v1/embeddings"
    ollama = False

    def parse(self, data: JSON) -> Asked:
        inputs = _openai_input(data.get("input", None), "input" in data)
        encoding = data.get("encoding_format")
        if encoding not in (None, "float", "base64"):
            raise RequestError(
                "`encoding_format` must be 'float' or 'base64'", param="encoding_format"
            )
        user = data.get("user")
        if user is not None and not isinstance(user, str):
            raise RequestError("`user` must be a string", param="user")
        request = EmbedRequest(inputs, _dimensions(data), user=user)
        return Asked(_model(data), request, encoding == "base64")

    def render(self, result: Embeddings, route: str, asked: Asked, seconds: float) -> JSON:
        tokens = result.prompt_tokens
        data = [
            {"object": "embedding", "index": i, "embedding": _packed(v) if asked.base64 else v}
            for i, v in enumerate(result.vectors)
        ]
        usage = {"prompt_tokens": tokens, "total_tokens": tokens}
        return {"object": "list", "data": data, "model": route, "usage": usage}


class OllamaEmbed(EmbedApi):
    """Ollama's `/api/embed`: `{model, input, truncate, dimensions, options, keep_alive}`."""

    path = "/api/embed"
    ollama = True

    def parse(self, data: JSON) -> Asked:
        inputs = _ollama_input(data.get("input"))
        truncate = data.get("truncate", True)
        if not isinstance(truncate, bool):
            raise RequestError("`truncate` must be true or false", param="truncate")
        if data.get("options") is not None and not isinstance(data.get("options"), dict):
            raise RequestError("`options` must be an object", param="options")
        request = EmbedRequest(inputs, _dimensions(data), truncate=truncate)
        return Asked(_model(data), request)

    def render(self, result: Embeddings, route: str, asked: Asked, seconds: float) -> JSON:
        return {
            "model": route,
            "embeddings": result.vectors,
            "total_duration": int(seconds * 1e9),
            "load_duration": 0,
            "prompt_eval_count": result.prompt_tokens,
        }


class OllamaEmbeddings(EmbedApi):
    """Ollama's older `/api/embeddings`: `{model, prompt}` -> `{embedding}`."""

    path = "/api/embeddings"
    ollama = True

    def parse(self, data: JSON) -> Asked:
        prompt = data.get("prompt", "")
        if not isinstance(prompt, str):
            raise RequestError("`prompt` must be a string", param="prompt")
        return Asked(_model(data), EmbedRequest([prompt] if prompt else []))

    def render(self, result: Embeddings, route: str, asked: Asked, seconds: float) -> JSON:
        return {"embedding": result.vectors[0] if result.vectors else []}


EMBED_APIS: dict[str, EmbedApi] = {
    api.path: api for api in (EmbedApi(), OllamaEmbed(), OllamaEmbeddings())
}


# ---- reading requests ----------------------------------------------------------------------


def _model(data: JSON) -> str | None:
    model = data.get("model")
    if model is not None and not isinstance(model, str):
        raise RequestError("`model` must be a string naming a route", param="model")
    return model


def _dimensions(data: JSON) -> int | None:
    value = data.get("dimensions")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise RequestError("`dimensions` must be a positive integer", param="dimensions")
    return value


def _openai_input(value: Any, given: bool) -> list[str]:
    if not given:
        raise RequestError("`input` is required: a string or a list of strings", param="input")
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return _bounded(value)
    if isinstance(value, list) and value and all(_token_ids(v) for v in value):
        raise RequestError(
            "`input` as token ids is not supported: rung cannot know which tokenizer made "
            "them; send the text (a string or a list of strings; LangChain's OpenAIEmbeddings: "
            "check_embedding_ctx_length=False)",
            param="input",
        )
    if isinstance(value, list) and not value:
        raise RequestError("`input` must not be empty", param="input")
    raise RequestError("`input` must be a string or a list of strings", param="input")


def _token_ids(value: Any) -> bool:
    if isinstance(value, int) and not isinstance(value, bool):
        return True
    return isinstance(value, list) and all(_token_ids(v) for v in value)


def _ollama_input(value: Any) -> list[str]:
    """Ollama's input: a string or a list of strings; none or "" embeds nothing (a load)."""
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return _bounded(value)
    raise RequestError("`input` must be a string or a list of strings", param="input")


def _bounded(inputs: list[str]) -> list[str]:
    if len(inputs) > MAX_INPUTS:
        raise RequestError(
            f"`input` has {len(inputs)} items; at most {MAX_INPUTS} are allowed", param="input"
        )
    return inputs


def _packed(vector: Sequence[float]) -> str:
    """A vector as OpenAI's base64: little-endian float32."""
    packed = array("f", vector)
    if sys.byteorder == "big":
        packed.byteswap()
    return base64.b64encode(packed.tobytes()).decode()


# ---- routes that serve embeddings ----------------------------------------------------------


def embedding_chain(route: str, pattern: Pattern) -> tuple[list[Backend], RetryPolicy | None]:
    """The models a route embeds with, in order, and its retry policy (None: each model's
    own); a RequestError naming the route when it serves no embeddings."""
    inner = pattern.inner if isinstance(pattern, Cached) else pattern
    if isinstance(inner, Fixed):
        models, policy = [inner.backend], None
    elif isinstance(inner, Fallback):
        models, policy = inner.models, inner.policy
    else:
        raise RequestError(
            f"route {route!r} uses the pattern {inner.name!r}, which does not serve "
            "embeddings: routes with the fixed or fallback pattern do",
            param="model",
        )
    serving = [backend for backend in models if backend.embeds]
    if not serving:
        names = ", ".join(repr(b.name) for b in models)
        raise RequestError(
            f"route {route!r} does not serve embeddings: its model {names} has none"
            if len(models) == 1
            else f"route {route!r} does not serve embeddings: none of its models ({names}) does",
            param="model",
        )
    return serving, policy


def serves_embeddings(pattern: Pattern) -> bool:
    """Whether a route with this pattern answers embeddings requests (for model listings)."""
    try:
        embedding_chain("", pattern)
    except RequestError:
        return False
    return True


def scan_request(request: EmbedRequest) -> ChatRequest:
    """The inputs as the privacy guard reads a chat: one user message each."""
    messages = [{"role": "user", "content": text} for text in request.inputs]
    return ChatRequest({"messages": messages}, request.route, request.request_id)


async def embedding_guard(
    gateway: Gateway, request: EmbedRequest, principal: Principal
) -> PrivacyGuard | None:
    """The request's privacy guard, with `pseudonymize` read as `local_only` (see above)."""
    privacy = gateway.privacy.get(request.route)
    guard = await guard_for(gateway, scan_request(request), privacy, principal)
    if guard is not None and guard.verdict.policy is Policy.PSEUDONYMIZE:
        guard.verdict = PrivacyVerdict(Policy.LOCAL_ONLY, dict(guard.verdict.kinds))
    return guard


async def traced_embed(
    backend: Backend, request: EmbedRequest, trace: Trace, policy: RetryPolicy | None = None
) -> Embeddings:
    """`backend.embed`, asked of the privacy guard first and recorded in the trace."""
    if trace.guard is not None:
        await trace.guard.outbound(backend, scan_request(request), trace)
    call = trace.call(backend.name, backend.model)
    try:
        if isinstance(backend, Resilient):
            result = await backend.embed(request, AttemptLog(trace, call), policy)
        else:
            result = await backend.embed(request)
    except RungError as exc:
        call.finish(error=exc.message)
        raise
    call.finish(Usage(result.prompt_tokens, 0))
    call.ttft_ms = call.latency_ms
    return result


async def embed_with(
    models: list[Backend], request: EmbedRequest, trace: Trace, policy: RetryPolicy | None
) -> Embeddings:
    """The first answer of `models` in order; one model is simply called (its breaker, if
    open, answers 503). Several: open breakers are skipped, backend faults move on."""
    if len(models) == 1:
        trace.answered_by = models[0].name
        return await traced_embed(models[0], request, trace, policy)
    errors: list[RungError] = []
    for index, backend in enumerate(models):
        breaker = getattr(backend, "breaker", None)
        if isinstance(breaker, Breaker) and not breaker.allows():
            skipped = breaker.unavailable()
            trace.decide(f"fallback {backend.name}", "skipped", skipped.message,
                         code="circuit_open", subject=backend.name)  # fmt: skip
            errors.append(skipped)
            continue
        try:
            result = await traced_embed(backend, request, trace, policy)
        except RungError as exc:
            if not moves_on(exc):
                raise
            trace.decide(f"fallback {backend.name}", "failed", exc.message,
                         code=failure_code(exc), subject=backend.name)  # fmt: skip
            errors.append(exc)
            continue
        trace.answered_by, trace.escalated = backend.name, index > 0
        if index > 0:
            trace.decide("fallback", "answered", f"{backend.name} answered")
        return result
    trace.decide("fallback", "exhausted", f"none of {len(errors)} models answered")
    called = [e for e in errors if not isinstance(e, BackendUnavailable | RequestError)]
    raise (called or errors)[-1]


# ---- one request ---------------------------------------------------------------------------


class EmbeddingExchange(LoggedRequest):
    """One embeddings request, from body to response and log row, in its client's API."""

    def __init__(
        self, gateway: Gateway, scope: Scope, receive: Receive, send: Send, api: EmbedApi
    ) -> None:
        super().__init__(gateway, scope, receive, send)
        self.api = api

    async def _answer(self) -> None:
        gateway, record = self.gateway, self.record
        raw = await read_body(self.scope, self.receive, gateway.config.server.max_body_bytes)
        asked = self.api.parse(json_object(raw))
        route = self._route(asked.model)
        record.route = route if route in gateway.routes else UNKNOWN  # labels stay bounded
        if not self.principal.may_use(route):
            raise RouteNotAllowed(f"this key may not use the route {route!r}", param="model")
        pattern = gateway.pattern(route)
        models, policy = embedding_chain(route, pattern)
        request = asked.request
        request.route, request.request_id = route, record.id
        record.pattern = pattern.name
        self.headers.append((b"x-rung-route", route.encode()))
        record.trace.guard = await embedding_guard(gateway, request, self.principal)
        await self._admit(route, lambda: (sum(estimate_text(t) for t in request.inputs), 0))
        notice = gateway.config.route_notices.get(route)
        if notice:
            self.headers.append((b"x-rung-notice", notice.encode()))
        if request.inputs:
            result = await embed_with(models, request, record.trace, policy)
        else:  # Ollama's way to load a model: nothing to embed, no call
            result = Embeddings([], 0)
        seconds = time.perf_counter() - self.started
        body = orjson.dumps(self.api.render(result, route, asked, seconds))
        await send_bytes(self.send, 200, body, [JSON_TYPE, *self._answer_headers()])

    def _route(self, model: str | None) -> str:
        """The route the request names: the route header when set, else `model` (for Ollama
        clients, `NAME:latest` is the route NAME)."""
        chosen = header(self.scope, self.gateway.route_header)
        if chosen:
            return chosen.decode("latin-1")
        if not model:
            raise RequestError("`model` is required: it names the route", param="model")
        bare = model.removesuffix(":latest")
        if self.api.ollama and model not in self.gateway.routes and bare in self.gateway.routes:
            return bare
        return model

    def _answer_headers(self) -> Headers:
        answered = self.record.trace.answered_by
        return [*self.headers, (b"x-rung-model", answered.encode())] if answered else self.headers

    async def _error(self, error: RungError) -> None:
        body = orjson.dumps(error_json(error, self.api.path))
        headers = [JSON_TYPE, *error.headers(), *self._answer_headers()]
        await send_bytes(self.send, error.status, body, headers)


async def serve_embeddings(gateway: Gateway, scope: Scope, receive: Receive, send: Send) -> bool:
    """Answer the request if its path is an embeddings endpoint; whether it was."""
    api = EMBED_APIS.get(scope["path"])
    if api is None:
        return False
    if scope["method"] == "POST":
        await EmbeddingExchange(gateway, scope, receive, send, api).run()
    else:
        error = MethodNotAllowed("method not allowed; use POST")
        await send_error(send, error, [(b"allow", b"POST")], api.path)
    return True


__all__ = [
    "EMBED_APIS",
    "EmbedApi",
    "EmbeddingExchange",
    "embed_with",
    "embedding_chain",
    "serve_embeddings",
    "serves_embeddings",
    "traced_embed",
]
