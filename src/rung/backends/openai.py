"""A backend for any OpenAI-compatible HTTP endpoint (Ollama, llama.cpp server, vLLM, Berget,
OpenAI), over one pool of keep-alive connections (`rung.backends.wire`).

The request body is sent as the client wrote it, unknown fields included; only `model` is
set to the upstream's model id and rung's own `rung` extension field is removed.
"""

from __future__ import annotations

import asyncio
import base64
import os
import sys
from array import array
from collections.abc import AsyncIterator
from typing import Any, TypeVar

import orjson

from rung._errors import BackendError, Overloaded, UpstreamStatus, UpstreamTimeout
from rung.backends.base import Backend, Capabilities, Embeddings, EmbedRequest
from rung.backends.deadlines import Deadline, Deadlines
from rung.backends.localsample import trim_logprobs
from rung.backends.proxy import proxy_for
from rung.backends.relay import Relay
from rung.backends.stalls import Stalls
from rung.backends.textmode import chat_chunk, chat_completion, top_logprobs
from rung.backends.traced import estimate_tokens
from rung.backends.wire import Answer, Wire, WireError
from rung.config import OpenAIBackendConfig
from rung.secrets import Scrubber
from rung.tokens import estimate_text
from rung.types import JSON, ChatRequest, Chunk, Completion, Usage, content_text

_Item = TypeVar("_Item", Completion, Chunk)
# Requests of one backend waiting for their answer's headers at once (connecting included). A
# stream holds a pooled connection (`max_connections`) throughout, but this only until its
# headers: so hundreds of streams stay open while a burst of new ones connects a hundred at a
# time, as the old pool of a hundred did, instead of flooding the event loop with connects
# that then miss their deadline.
OPENING = 100


class OpenAIBackend(Backend):
    def __init__(self, name: str, config: OpenAIBackendConfig) -> None:
        self.name = name
        self.model = config.model
        self.config = config
        self.url = config.base_url.rstrip("/") + "/chat/completions"
        self.text_url = config.base_url.rstrip("/") + "/completions"
        self.capabilities = Capabilities(
            context_window=config.context_window,
            vision=config.vision,
            tools=config.tools,
            logprobs=config.logprobs,
            residency=config.residency,
            tags=frozenset(config.tags),
        )
        self._wire: Wire | None = None
        self._opening = asyncio.Semaphore(min(OPENING, config.max_connections))
        self._stalls = Stalls(config.timeout.first_byte)  # an answer whose bytes stop coming
        self._deadlines = Deadlines(config.timeout.first_byte, config.timeout.total)

    def _key(self) -> str | None:
        ref = self.config.api_key
        return os.environ.get(ref[4:]) if ref else None

    def _headers(self) -> dict[str, str]:
        headers = {"content-type": "application/json"}
        key = self._key()
        if key:
            headers["authorization"] = f"Bearer {key}"
        return headers

    async def start(self) -> None:
        if self._wire is None:
            try:
                proxy = proxy_for(self.config.base_url, self.config.proxy)
            except ValueError as exc:  # the variable's URL is never said: it may hold a password
                where = self.config.proxy or "the environment's HTTP(S)_PROXY"
                raise ValueError(f"models.{self.name}.proxy ({where}): {exc}") from None
            # no read timeout per socket read: the headers wait within `_post`'s first_byte,
            # and a body whose bytes stop coming is found by `_stalls`
            try:
                self._wire = Wire(
                    self.config.base_url,
                    limit=self.config.max_connections,
                    connect_timeout=self.config.timeout.connect,
                    headers=self._headers(),
                    proxy=proxy,
                )
            except ValueError as exc:  # at start-up: the key's variable holds a line break
                raise ValueError(f"models.{self.name} ({self.config.api_key}): {exc}") from None

    async def close(self) -> None:
        self._stalls.close()
        self._deadlines.close()
        if self._wire is not None:
            self._wire.close()
            self._wire = None

    def _payload(self, request: ChatRequest, stream: bool) -> bytes:
        body = dict(request.body)
        body["model"] = self.model
        body.pop("rung", None)
        if not request.is_text:  # a text request goes to /completions as it is
            body["messages"] = [_sendable(m) for m in request.messages]
        if self.config.default_max_tokens and not (
            body.get("max_tokens") or body.get("max_completion_tokens")
        ):
            body["max_tokens"] = self.config.default_max_tokens
        if stream:
            body["stream"] = True
            body["stream_options"] = {**(body.get("stream_options") or {}), "include_usage": True}
        else:
            body.pop("stream", None)
            body.pop("stream_options", None)
        return orjson.dumps(body)

    async def _post(self, payload: bytes, text: bool, deadline: Deadline) -> Answer:
        """The upstream's answer, once its headers came (within `deadline`'s first byte)."""
        if self._wire is None:
            await self.start()
        assert self._wire is not None
        url = self.text_url if text else self.url
        try:
            async with self._opening:
                response = await self._wire.post(url, payload)
            Deadlines.answered(deadline)
        except WireError as exc:  # a connect timeout too (`Wire._connect` names it)
            raise BackendError(
                f"{self.name}: cannot reach the upstream: {_reason(exc)}", backend=self.name
            ) from exc
        self._stalls.watch(response)
        if response.status >= 400:
            await _raise_status(self.name, response, Scrubber([self._key() or ""]))
        return response

    async def _opened(self, payload: bytes, text: bool = False) -> Answer:
        """A stream's answer once its headers came, within the backend's deadlines."""
        deadline = self._deadlines.start()
        try:
            return await self._post(payload, text, deadline)
        except asyncio.CancelledError:
            if (late := self._late(deadline)) is None:
                raise
            raise late from None
        finally:
            self._deadlines.stop(deadline)

    def _late(self, deadline: Deadline) -> UpstreamTimeout | None:
        """After a CancelledError: the timeout a deadline caused (None: somebody else's
        cancellation, to pass on)."""
        fired = Deadlines.expired(deadline)
        if fired is None:
            return None
        late = (
            "no answer within the timeout" if fired == "first_byte" else "the answer took too long"
        )
        return UpstreamTimeout(f"{self.name}: {late}", backend=self.name)

    async def complete(self, request: ChatRequest) -> Completion:
        payload = self._payload(request, stream=False)
        deadline = self._deadlines.start()
        try:
            response = await self._post(payload, request.is_text, deadline)
            async with response:
                raw = await response.read()
        except asyncio.CancelledError:
            if (late := self._late(deadline)) is None:
                raise
            raise late from None
        except TimeoutError as exc:  # the body stalled (`rung.backends.stalls`)
            raise UpstreamTimeout(f"{self.name}: the answer stalled", backend=self.name) from exc
        except WireError as exc:
            raise BackendError(
                f"{self.name}: the upstream broke off: {_reason(exc)}", backend=self.name
            ) from exc
        finally:
            self._deadlines.stop(deadline)
        try:
            completion = Completion.from_bytes(raw)
        except ValueError as exc:
            raise BackendError(
                f"{self.name}: the upstream answered something that is not a chat completion",
                backend=self.name,
            ) from exc
        if not isinstance(completion.data.get("choices"), list):
            raise BackendError(
                f"{self.name}: the upstream's answer has no choices", backend=self.name
            )
        if request.is_text:
            return Completion(chat_completion(completion.data, top_logprobs(request.body)))
        return _trimmed(completion, request) if request.body.get("logprobs") else completion

    async def stream(self, request: ChatRequest) -> AsyncIterator[Chunk]:
        response = await self._opened(self._payload(request, stream=True), request.is_text)
        usage, generated, last = False, 0, None
        async with response:
            try:
                scrubber = Scrubber([self._key() or ""])
                chunks = _sse_chunks(self.name, response, scrubber)
                if request.is_text:
                    chunks = _chat_chunks(chunks, top_logprobs(request.body))
                async for chunk in chunks:
                    usage = usage or chunk.usage is not None
                    generated += _generated(chunk)
                    last = chunk
                    trim = request.body.get("logprobs") and not request.is_text
                    yield _trimmed(chunk, request) if trim else chunk
            except TimeoutError as exc:
                raise UpstreamTimeout(
                    f"{self.name}: the stream stalled", backend=self.name
                ) from exc
            except WireError as exc:
                raise BackendError(
                    f"{self.name}: the stream broke off: {_reason(exc)}", backend=self.name
                ) from exc
        if not usage and last is not None:  # the upstream ignored include_usage: estimate
            estimate = Usage(estimate_tokens(request), generated).to_json()
            envelope: JSON = {k: last.data[k] for k in ("id", "created", "model") if k in last.data}
            yield Chunk({**envelope, "object": "chat.completion.chunk", "choices": [],
                         "usage": estimate})  # fmt: skip

    async def relay(self, request: ChatRequest) -> tuple[Relay, bytes]:
        """The chat stream of `request` as bytes (`rung.backends.relay`), with its first block
        of events read: an upstream that fails before it can still be retried."""
        response = await self._opened(self._payload(request, stream=True))
        relay = Relay(self.name, response, request, Scrubber([self._key() or ""]))
        try:
            first = await relay.start()
        except BaseException:
            response.close()
            raise
        return relay, first

    # ---- embeddings: POST {base_url}/embeddings, passed through ----------------------------

    async def embed(self, request: EmbedRequest) -> Embeddings:
        """The upstream's vectors for `request.inputs` (asked as floats, under the upstream's
        model id); its faults are classified as for chat."""
        body: JSON = {"model": self.model, "input": request.inputs, "encoding_format": "float"}
        if request.dimensions is not None:
            body["dimensions"] = request.dimensions
        if request.user:
            body["user"] = request.user
        try:
            async with asyncio.timeout(self.config.timeout.total):
                raw = await self._embed_post(orjson.dumps(body))
        except TimeoutError as exc:
            raise UpstreamTimeout(
                f"{self.name}: the embeddings took too long", backend=self.name
            ) from exc
        return _embeddings(self.name, raw, request)

    async def _embed_post(self, payload: bytes) -> bytes:
        if self._wire is None:
            await self.start()
        assert self._wire is not None
        url = self.config.base_url.rstrip("/") + "/embeddings"
        try:
            async with asyncio.timeout(self.config.timeout.first_byte):
                response = await self._wire.post(url, payload)
            self._stalls.watch(response)
            if response.status >= 400:
                await _raise_status(self.name, response, Scrubber([self._key() or ""]))
            async with response:
                return await response.read()
        except WireError as exc:
            raise BackendError(
                f"{self.name}: cannot reach the upstream: {_reason(exc)}", backend=self.name
            ) from exc


def _embeddings(name: str, raw: bytes, request: EmbedRequest) -> Embeddings:
    """An upstream's embeddings response read, or a BackendError (the backend's fault)."""
    try:
        data = orjson.loads(raw)
        items = sorted(data["data"], key=lambda item: int(item.get("index", 0)))
        vectors = [_vector(item["embedding"]) for item in items]
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BackendError(
            f"{name}: the upstream answered something that is not an embeddings list",
            backend=name,
        ) from exc
    if len(vectors) != len(request.inputs):
        raise BackendError(
            f"{name}: the upstream sent {len(vectors)} vectors for {len(request.inputs)} inputs",
            backend=name,
        )
    usage = data.get("usage") if isinstance(data.get("usage"), dict) else {}
    tokens = usage.get("prompt_tokens")
    if not isinstance(tokens, int):
        tokens = sum(estimate_text(text) for text in request.inputs)
    return Embeddings(vectors, tokens, str(data.get("model") or ""))


def _vector(value: Any) -> list[float]:
    """One embedding: a list of numbers, or base64 of little-endian float32 (some upstreams
    send it whatever was asked)."""
    if isinstance(value, str):
        packed = array("f", base64.b64decode(value, validate=True))
        if sys.byteorder == "big":
            packed.byteswap()
        return packed.tolist()
    if not isinstance(value, list) or not all(isinstance(x, int | float) for x in value):
        raise ValueError("an embedding is a list of numbers")
    return [float(x) for x in value]


async def _chat_chunks(chunks: AsyncIterator[Chunk], top: int | None) -> AsyncIterator[Chunk]:
    """A text completion's stream as chat.completion.chunks."""
    begun: set[int] = set()
    async for chunk in chunks:
        yield Chunk(chat_chunk(chunk.data, top, begun))


def _trimmed(item: _Item, request: ChatRequest) -> _Item:
    """The completion or chunk with exactly `top_logprobs` alternatives per token (llama.cpp's
    server, like the library, sometimes adds the sampled token as one more)."""
    top = int(request.body.get("top_logprobs") or 0)
    for choice in item.data.get("choices") or []:
        content = (choice.get("logprobs") or {}).get("content") or []
        if any(len(t.get("top_logprobs") or []) > top for t in content):
            trim_logprobs(choice, top)
            item.raw = None
    return item


def _sendable(message: JSON) -> JSON:
    """The message as every OpenAI-compatible server reads it: null content (an assistant turn
    with tool calls) as "", and content made only of text parts as that text (OpenAI reads
    both forms alike; llama.cpp's server and others only a string). Images stay parts."""
    content = message.get("content")
    if message.get("role") == "assistant" and content is None:
        return {**message, "content": ""}
    if isinstance(content, list) and all(p.get("type") == "text" for p in content):
        return {**message, "content": content_text(content)}
    return message


def _generated(chunk: Chunk) -> int:
    """How many generated pieces a chunk carries (about one token each): content and
    tool-call argument deltas alike, so that a streamed tool call is counted too."""
    count = 0
    for choice in chunk.data.get("choices") or []:
        delta = choice.get("delta") or {}
        count += bool(delta.get("content"))
        calls = delta.get("tool_calls") or []
        count += sum(bool((c.get("function") or {}).get("arguments")) for c in calls)
    return count


async def _sse_chunks(name: str, response: Answer, scrub: Scrubber) -> AsyncIterator[Chunk]:
    done = False
    async for line in response.content:
        if not line.startswith(b"data:"):
            continue
        payload = line[5:].strip()
        if payload == b"[DONE]":
            done = True
            break
        try:
            chunk = Chunk.from_bytes(payload)
        except ValueError as exc:
            raise BackendError(
                f"{name}: the upstream sent a malformed stream event", backend=name
            ) from exc
        if "error" in chunk.data:
            raise BackendError(
                f"{name}: the upstream reported an error mid-stream: {scrub(_message(chunk.data))}",
                backend=name,
            )
        yield chunk
    if not done:
        raise BackendError(f"{name}: the stream ended before [DONE]", backend=name)


async def _raise_status(name: str, response: Answer, scrub: Scrubber) -> None:
    """Raise the error an upstream's error status means; its text never quotes our key."""
    async with response:
        try:
            detail = _message(orjson.loads(await response.read()))
        except (ValueError, WireError):
            detail = response.reason or ""
    message = f"{name}: the upstream answered {response.status}: {scrub(detail)}"
    if response.status == 429:
        raise Overloaded(message, backend=name, retry_after=_retry_after(response))
    raise UpstreamStatus(message, backend=name, status=response.status)


def _retry_after(response: Answer) -> float:
    try:
        return float(response.headers.get("retry-after", "1"))
    except ValueError:
        return 1.0


def _message(data: Any) -> str:
    if isinstance(data, dict):
        error = data.get("error")
        if isinstance(error, dict):
            return str(error.get("message", ""))[:500]
        if isinstance(error, str):
            return error[:500]
        if "detail" in data:
            return str(data["detail"])[:500]
    return ""


def _reason(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__
