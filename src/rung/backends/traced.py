"""Calling a backend with a trace: every call any pattern or verifier makes goes through
`traced_complete` or `traced_stream`, so that the request's trace records its latency, time
to first token, tokens and error."""

from __future__ import annotations

from collections.abc import AsyncIterator

from rung._errors import RungError
from rung.backends.base import Backend
from rung.types import JSON, ChatRequest, Chunk, Completion, Trace, Usage, content_text


async def traced_complete(backend: Backend, request: ChatRequest, trace: Trace) -> Completion:
    """`backend.complete`, recorded in the trace with latency, tokens and any error."""
    backend = backend.for_trace(trace)
    guard, mapping = trace.guard, None
    if guard is not None:
        request, mapping = await guard.outbound(backend, request, trace)
    call = trace.call(backend.name, backend.model)
    try:
        completion = await backend.complete(request)
    except RungError as exc:
        call.finish(error=exc.message)
        raise
    call.finish(completion.usage)
    call.ttft_ms = call.latency_ms
    return completion if mapping is None else guard.inbound(completion, mapping)


async def traced_stream(
    backend: Backend, request: ChatRequest, trace: Trace
) -> AsyncIterator[Chunk]:
    """`backend.stream`, recorded in the trace with time to first token and usage."""
    backend = backend.for_trace(trace)
    restorer = None
    if trace.guard is not None:
        request, mapping = await trace.guard.outbound(backend, request, trace)
        restorer = trace.guard.restorer(mapping)
    call = trace.call(backend.name, backend.model)
    usage, last, texts = None, None, 0
    try:
        async for chunk in backend.stream(request):
            if restorer is not None:
                chunk = Chunk(restorer.restore(chunk.data))
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
    held = restorer.flush() if restorer is not None else []
    if held and last is not None:  # text held back in case it began a placeholder
        yield Chunk({**_envelope(last), "choices": held})
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


def completion_chunks(completion: Completion) -> list[Chunk]:
    """A whole completion as the chunks of a stream: the message, the finish, the usage."""
    data = completion.data
    envelope = {"id": data.get("id", ""), "object": "chat.completion.chunk",
                "created": data.get("created", 0), "model": data.get("model", "")}  # fmt: skip
    choice = (data.get("choices") or [{}])[0]
    delta = {k: v for k, v in (choice.get("message") or {}).items() if v is not None}
    if delta.get("tool_calls"):
        delta["tool_calls"] = [{"index": i, **call} for i, call in enumerate(delta["tool_calls"])]
    finish = choice.get("finish_reason") or "stop"
    return [
        Chunk({**envelope, "choices": [{"index": 0, "delta": delta, "finish_reason": None}]}),
        Chunk({**envelope, "choices": [{"index": 0, "delta": {}, "finish_reason": finish}]}),
        Chunk({**envelope, "choices": [], "usage": completion.usage.to_json()}),
    ]


async def close_stream(iterator: AsyncIterator[Chunk]) -> None:
    """Close a stream early (an async generator stops the generation behind it)."""
    aclose = getattr(iterator, "aclose", None)
    if aclose is not None:
        await aclose()
