"""The backend contract: one model behind one protocol. A backend calls and reports; it never
decides anything."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

from rung._errors import RequestError
from rung.types import ChatRequest, Chunk, Completion


@dataclass(slots=True)
class EmbedRequest:
    """Texts to embed, whichever API asked (`/v1/embeddings`, Ollama's `/api/embed`).

    `dimensions`: the vector size the client asked for (None: the model's own); `truncate`:
    whether an input longer than the model reads may be cut (else a 400); `user`: OpenAI's
    end-user id, passed on to an upstream."""

    inputs: list[str]
    dimensions: int | None = None
    truncate: bool = True
    user: str | None = None
    route: str = ""
    request_id: str = ""


@dataclass(slots=True)
class Embeddings:
    """One vector per input, in the inputs' order, and the tokens the model read."""

    vectors: list[list[float]]
    prompt_tokens: int = 0
    model: str = ""


@dataclass(slots=True)
class Capabilities:
    """What a backend declares about itself; patterns and policies read these."""

    context_window: int = 8192
    vision: bool = False
    tools: bool = False
    logprobs: bool = False
    residency: str = "local"
    tags: frozenset[str] = field(default_factory=frozenset)
    local: bool = False  # runs on this machine (priced by busy time, not by tokens)


class Backend(ABC):
    """One model behind one protocol.

    `complete` returns a whole chat.completion; `stream` yields chat.completion.chunk objects.
    Failures are raised as `rung.BackendError` subclasses (see `rung._errors`).
    """

    name: str
    model: str
    capabilities: Capabilities

    @abstractmethod
    async def complete(self, request: ChatRequest) -> Completion: ...

    @abstractmethod
    def stream(self, request: ChatRequest) -> AsyncIterator[Chunk]: ...

    async def embed(self, request: EmbedRequest) -> Embeddings:
        """Vectors for `request.inputs`, in order. A backend that serves embeddings overrides
        this (and so `embeds` is True); the default refuses with a client error (400), which
        neither retries nor counts against the backend's breaker."""
        raise RequestError(f"the model {self.name!r} does not serve embeddings", param="model")

    @property
    def embeds(self) -> bool:
        """Whether this backend serves embeddings (it overrides `embed`)."""
        return type(self).embed is not Backend.embed

    async def start(self) -> None:
        """Open pools or load weights; called once before the first request."""

    async def close(self) -> None:
        """Release what `start` took."""
