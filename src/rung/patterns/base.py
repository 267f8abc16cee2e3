"""The pattern contract, and the traced calls every pattern makes through."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import AsyncIterator

from rung._errors import RungError
from rung.backends.base import Backend
from rung.types import JSON, ChatRequest, Chunk, Completion, Trace, Usage, content_text


class Pattern(ABC):
    """A strategy that answers a request by calling backends. It contains no transport code.

    `complete` returns the whole answer; `stream` yields it as chunks. Both record every call
    and decision in `trace`, and set `trace.answered_by` to the backend whose answer is
    returned.
    """

    name: str = "pattern"

    @abstractmethod
    async def complete(self, request: ChatRequest, trace: Trace) -> Completion: ...

    @abstractmethod
    def stream(self, request: ChatRequest, trace: Trace) -> AsyncIterator[Chunk]: ...

    def backends(self) -> list[Backend]:
        """The backends this pattern may call (for start-up and `rung models`)."""
        return []


async def traced_complete(backend: Backend, request: ChatRequest, trace: Trace) -> Completion:
    """`backend.complete`, recorded in the trace with latency, tokens and any error."""
    call = trace.call(backend.name, backend.model)
    try:
        completion = await backend.complete(request)
    except RungError as exc:
        call.finish(error=exc.message)
        raise
    call.finish(completion.usage)
    call.ttft_ms = call.latency_ms
    return completion


async def traced_stream(
    backend: Backend, request: ChatRequest, trace: Trace
) -> AsyncIterator[Chunk]:
    """`backend.stream`, recorded in the trace with time to first token and usage."""
    call = trace.call(backend.name, backend.model)
    usage, last, texts = None, None, 0
    try:
        async for chunk in backend.stream(request):
            if chunk.usage is not None:
                usage = chunk.usage
            elif call.ttft_ms is None:
                call.first_token()
            texts += bool(chunk.delta_text)
            last = chunk
            yield chunk
    except RungError as exc:
        call.finish(usage, error=exc.message)
        raise
    except BaseException:
        call.finish(usage, error="cancelled")
        raise
    if usage is None and last is not None:  # the upstream sent none: estimate, and say so
        usage = Usage(estimate_tokens(request), texts)
        trace.notes.append(f"{backend.name}: token counts estimated (the stream carried none)")
        yield Chunk({**_envelope(last), "choices": [], "usage": usage.to_json()})
    call.finish(usage)


def estimate_tokens(request: ChatRequest) -> int:
    """A conservative token count for a request's messages: three bytes a token, which
    overestimates for most tokenizers."""
    size = sum(len(content_text(m.get("content")).encode()) + 4 for m in request.messages)
    return -(-size // 3)


def _envelope(chunk: Chunk) -> JSON:
    return {k: chunk.data[k] for k in ("id", "object", "created", "model") if k in chunk.data}
