"""Fixtures for the advisor and specialist tests: registration, scripted backends that call
tools and stream tool-call deltas, and a llama.cpp server that emits tool calls."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

from rung.backends.base import Backend
from rung.backends.mock import MockBackend, completion_for
from rung.config import LlamaCppBackendConfig, OpenAIBackendConfig
from rung.types import JSON, ChatRequest, Chunk, Completion
from tests.conftest import llama_cpp_server


def tool_call(name: str, arguments: str, call_id: str = "call_1") -> JSON:
    """A chat.completion whose message calls one tool."""
    data = completion_for("", "scripted")
    message = {"role": "assistant", "content": None, "tool_calls": [
        {"id": call_id, "type": "function", "function": {"name": name, "arguments": arguments}}
    ]}  # fmt: skip
    data["choices"][0].update(message=message, finish_reason="tool_calls")
    return data


class Scripted(MockBackend):
    """A MockBackend whose stream also carries tool calls (as OpenAI streams them: the name
    first, the arguments in a later delta). A `delay` is waited on the loop's clock: run the
    test under `tests.waiting.virtual_time` and no real time passes."""

    async def stream(self, request: ChatRequest) -> AsyncIterator[Chunk]:
        completion = await self.answer(request)
        base = {"id": "chatcmpl-s", "object": "chat.completion.chunk", "model": self.model}

        def chunk(delta: JSON, finish: str | None = None) -> Chunk:
            choice = {"index": 0, "delta": delta, "finish_reason": finish}
            return Chunk({**base, "choices": [choice]})

        yield chunk({"role": "assistant"})
        for word in completion.text.split():
            yield chunk({"content": word + " "})
        calls = completion.message.get("tool_calls") or []
        for i, call in enumerate(calls):
            head = {"index": i, "id": call["id"], "type": "function",
                    "function": {"name": call["function"]["name"], "arguments": ""}}  # fmt: skip
            yield chunk({"tool_calls": [head]})
            args = {"index": i, "function": {"arguments": call["function"]["arguments"]}}
            yield chunk({"tool_calls": [args]})
        yield chunk({}, "tool_calls" if calls else "stop")
        usage = {"prompt_tokens": 10, "completion_tokens": 3, "total_tokens": 13}
        yield Chunk({**base, "choices": [], "usage": usage})


@pytest.fixture(scope="session")
def tool_server(embedded_path: Path) -> Iterator[str]:
    """llama-cpp-python's server with the `chatml-function-calling` chat format, the one of
    its formats that lets a model choose between a tool call and a message (`tool_choice:
    auto`) by a grammar; SmolLM2 uses ChatML, so the prompt format matches the model."""
    with llama_cpp_server(embedded_path, "--chat_format", "chatml-function-calling") as url:
        yield url


class Recording(Backend):
    """A real backend, with every request it is sent kept in `requests`."""

    def __init__(self, inner: Backend) -> None:
        self.inner, self.requests = inner, list[ChatRequest]()
        self.name, self.model, self.capabilities = inner.name, inner.model, inner.capabilities

    def __getattr__(self, name: str) -> Any:  # count_tokens and the like
        return getattr(self.inner, name)

    async def complete(self, request: ChatRequest) -> Completion:
        self.requests.append(request)
        return await self.inner.complete(request)

    async def stream(self, request: ChatRequest) -> AsyncIterator[Chunk]:
        self.requests.append(request)
        async for chunk in self.inner.stream(request):
            yield chunk

    async def start(self) -> None:
        await self.inner.start()

    async def close(self) -> None:
        await self.inner.close()


def openai_backend(name: str, url: str, **fields: Any) -> Recording:
    from rung.backends.openai import OpenAIBackend

    config = OpenAIBackendConfig(base_url=url, model="smollm2", **fields)
    return Recording(OpenAIBackend(name, config))


@pytest.fixture(scope="session")
def local_model() -> Iterator[Backend]:
    """The embedded SmolLM2 in-process, with a small window (512) so that long requests
    need a specialist."""
    from rung.backends.llamacpp import LlamaCppBackend

    backend = LlamaCppBackend("local", LlamaCppBackendConfig(n_ctx=512))
    asyncio.run(backend.start())
    yield backend
    asyncio.run(backend.close())
