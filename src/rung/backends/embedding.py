"""A sentence-embedding model run in-process: the packaged MiniLM (all-MiniLM-L6-v2) that the
semantic cache uses too, loaded once per process (`rung.routers.embedder.shared_embedder`).

```yaml
models:
  minilm: {backend: embedding}        # model: minilm (the default and only one for now)
routes:
  embed: {model: minilm}
```

Encoding runs on one worker thread, off the event loop; requests wait in a bounded queue
(`max_queue`; a full queue answers 429 with Retry-After, as the llama.cpp backend does).
Vectors are L2-normalised float32, 384 wide. An input longer than the model reads (256 word
pieces) is cut, as sentence-transformers does, unless the request forbids it (Ollama's
`truncate: false`): then it is a 400. The backend serves only embeddings: a chat request
routed to it is the client's mistake (400).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from rung._errors import BackendBug, ConfigError, ContextTooLong, Overloaded, RequestError
from rung.backends.base import Backend, Capabilities, Embeddings, EmbedRequest
from rung.config import EmbeddingBackendConfig
from rung.types import ChatRequest, Chunk, Completion

T = TypeVar("T")
WARM_UP = "rung warms up its embedding model"


class EmbeddingBackend(Backend):
    """The in-process embedding model of one `backend: embedding` section."""

    def __init__(
        self,
        name: str,
        config: EmbeddingBackendConfig,
        clock: Callable[[], float] = time.perf_counter,
    ) -> None:
        self.name = name
        self.model = config.model
        self.config = config
        self.capabilities = Capabilities(
            context_window=256, residency=config.residency, tags=frozenset(config.tags), local=True
        )
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"embed-{name}")
        self._embedder: Any = None
        self._pending = 0
        self._seconds = 0.05  # moving average of one request's time on the model (Retry-After)
        self._clock = clock

    @property
    def queue_depth(self) -> int:
        return self._pending

    @property
    def dimensions(self) -> int:
        from rung.routers.embedder import DIMENSIONS

        return DIMENSIONS

    async def start(self) -> None:
        if self._embedder is None:
            loop = asyncio.get_running_loop()
            self._embedder = await loop.run_in_executor(self._executor, self._load)

    def _load(self) -> Any:
        """The model (shared with the cache), warmed up; on the model's thread."""
        from rung.routers.embedder import shared_embedder  # heavy: torch loads here

        embedder = shared_embedder(self.config.model, threads=self.config.threads)
        try:
            embedder.encode_uncached([WARM_UP])
        except ImportError as exc:
            raise ConfigError(
                f"the model {self.name!r} (backend: embedding) needs the embeddings extra: "
                f"pip install 'rung[embeddings]' ({exc})"
            ) from exc
        return embedder

    async def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)

    async def embed(self, request: EmbedRequest) -> Embeddings:
        if request.dimensions is not None and request.dimensions != self.dimensions:
            raise RequestError(
                f"the model {self.name!r} ({self.model}) makes vectors of {self.dimensions} "
                f"dimensions; it cannot make {request.dimensions}",
                param="dimensions",
            )
        await self.start()
        vectors, tokens = await self._run(lambda: self._encode(request.inputs, request.truncate))
        return Embeddings(vectors, tokens, self.model)

    def _encode(self, texts: Sequence[str], truncate: bool) -> tuple[list[list[float]], int]:
        """Vectors and the tokens read (on the model's thread)."""
        if not texts:
            return [], 0
        model = self._embedder._load_encoder()
        limit = int(model.max_seq_length)
        lengths = [len(ids) for ids in model.tokenizer(list(texts))["input_ids"]]
        longest = max(lengths)
        if not truncate and longest > limit:
            index = lengths.index(longest)
            raise ContextTooLong(
                f"input {index} is {longest} tokens long; the model {self.name!r} reads at most "
                f"{limit} (send truncate: true to cut it)",
                param="input",
            )
        vectors = self._embedder.encode_uncached(texts)
        return vectors.tolist(), sum(min(n, limit) for n in lengths)

    async def _run(self, job: Callable[[], T]) -> T:
        """`job` on the model's thread once the queue lets it in. Overloaded when full."""
        if self._pending > self.config.max_queue:
            raise Overloaded(
                f"{self.name}: {self._pending} requests are already waiting for the model",
                backend=self.name,
                retry_after=self._seconds,
            )
        self._pending += 1
        try:
            return await asyncio.wrap_future(self._submit(job))
        except (RequestError, Overloaded):
            raise
        except Exception as exc:  # a bug on our side of the model, not the model being down
            raise BackendBug(f"{self.name}: embedding failed: {exc}", backend=self.name) from exc
        finally:
            self._pending -= 1

    def _submit(self, job: Callable[[], T]) -> Future[T]:
        def timed() -> T:
            started = self._clock()
            try:
                return job()
            finally:
                self._seconds = 0.7 * self._seconds + 0.3 * (self._clock() - started)

        return self._executor.submit(timed)

    def _chat_refused(self) -> RequestError:
        return RequestError(
            f"the model {self.name!r} is an embedding model: it serves /v1/embeddings and "
            f"/api/embed only; route chat and completions to another model",
            param="model",
        )

    async def complete(self, request: ChatRequest) -> Completion:
        raise self._chat_refused()

    async def stream(self, request: ChatRequest) -> AsyncIterator[Chunk]:
        raise self._chat_refused()
        yield  # an async generator, like every backend's stream


__all__ = ["EmbeddingBackend"]
