"""The local model's own surprise at a prompt as a difficulty signal: the mean negative log
probability per token that the embedded llama.cpp model (SmolLM2-135M by default) gives the
prompt's tokens (the first token and the last ``MAX_TOKENS - 1``: a long prompt's question is
at its end). Needs no training; the router squashes it to
[0, 1] around ``centre``.

Cost: one forward pass of the local model over the prompt, about 12 ms of CPU per token on the
project's machine (docs/routing-general.md). llama.cpp evaluates a prompt with
``n_threads_batch`` threads, by default one per two cores: on the shared 2-core machine under
load its OpenMP threads spun against other processes and a 16-token prompt took 2.4 s instead
of 0.18 s on one thread (on a quiet machine two threads halve the wall time instead). Both are
set from ``threads`` (1) unless ``batch_threads`` is given. Values are cached on disk by text
(``cache_path``), so scoring a benchmark a second time runs no model.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from rung.routers.base import Router
from rung.routers.features import FEATURES, FeatureRouter

DEFAULT_MODEL = "embedded:smollm2-135m"
MAX_TOKENS = 128


def default_cache_path(model: str = DEFAULT_MODEL) -> Path:
    """``$RUNG_CACHE_DIR/perplexity/<model>.jsonl`` (``~/.cache/rung`` by default)."""
    from rung.routers.embedder import default_cache_dir

    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in model)
    return default_cache_dir().parent / "perplexity" / f"{safe}.jsonl"


def surprise_key(text: str, model: str = DEFAULT_MODEL, max_tokens: int = MAX_TOKENS) -> str:
    data = f"{model}\x00{max_tokens}\x00{text}"
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:32]


def tail_tokens(tokens: Sequence[int], limit: int) -> list[int]:
    """The first token (BOS) and the last ``limit - 1``: at most ``limit`` tokens."""
    if len(tokens) <= limit:
        return list(tokens)
    return [tokens[0], *tokens[len(tokens) - limit + 1 :]]


def mean_nll(logits: Any, tokens: Sequence[int]) -> float:
    """Mean over positions i of -log softmax(logits[i])[tokens[i + 1]]: ``logits`` holds one
    row per token but the last (the row that predicts the next one)."""
    import numpy as np

    rows = np.asarray(logits, dtype="float64")
    if len(tokens) < 2:
        return 0.0
    top = rows.max(axis=1, keepdims=True)
    logz = top[:, 0] + np.log(np.exp(rows - top).sum(axis=1))
    picked = rows[np.arange(len(tokens) - 1), np.asarray(tokens[1:])]
    return float(np.mean(logz - picked))


class PromptSurprise:
    """Mean negative log-likelihood per token of a text under a local GGUF model."""

    def __init__(
        self,
        model: str = DEFAULT_MODEL,
        threads: int | None = 1,
        *,
        max_tokens: int = MAX_TOKENS,
        cache_path: Path | None = None,
        batch_threads: int | None = None,
    ) -> None:
        self.model = model
        self.threads = threads or 1
        self.batch_threads = batch_threads or self.threads
        self.max_tokens = max_tokens
        self.cache_path = cache_path
        self._llm: Any = None
        self._cache: dict[str, float] | None = None

    def _load(self) -> Any:
        if self._llm is None:
            from llama_cpp import Llama

            from rung.backends.embedded import model_path

            self._llm = Llama(
                str(model_path(self.model)),
                verbose=False,
                n_ctx=self.max_tokens + 8,
                n_batch=self.max_tokens + 8,
                n_threads=self.threads,
                n_threads_batch=self.batch_threads,
                logits_all=True,
            )
        return self._llm

    def _cached(self) -> dict[str, float]:
        if self._cache is None:
            self._cache = {}
            if self.cache_path is not None and self.cache_path.is_file():
                for line in self.cache_path.read_text(encoding="utf-8").splitlines():
                    try:
                        entry = json.loads(line)
                        self._cache[str(entry["key"])] = float(entry["nll"])
                    except (ValueError, KeyError, TypeError):
                        continue  # a line cut short by an interrupted run
        return self._cache

    def _store(self, key: str, value: float) -> None:
        self._cached()[key] = value
        if self.cache_path is not None:
            self.cache_path.parent.mkdir(parents=True, exist_ok=True)
            with self.cache_path.open("a", encoding="utf-8") as out:
                out.write(json.dumps({"key": key, "nll": value}) + "\n")

    def compute(self, text: str) -> float:
        """One forward pass over ``text``'s tokens, the first and the last ``max_tokens - 1``
        (no cache)."""
        llm = self._load()
        tokens = tail_tokens(llm.tokenize(text.encode("utf-8"), add_bos=True), self.max_tokens)
        if len(tokens) < 2:
            return 0.0
        llm.reset()
        llm.eval(tokens)
        return mean_nll(llm.scores[: len(tokens) - 1], tokens)

    def nll(self, text: str) -> float:
        key = surprise_key(text, self.model, self.max_tokens)
        cache = self._cached()
        if key not in cache:
            self._store(key, self.compute(text))
        return cache[key]

    def nll_many(self, texts: Iterable[str]) -> list[float]:
        return [self.nll(t) for t in texts]


class PerplexityRouter(Router):
    """Score = sigmoid((nll - centre) / width): the more the local model is surprised by the
    prompt, the more the strong tier is needed. ``fit`` sets centre and width to the median
    and spread of the training prompts' values."""

    name = "perplexity"

    def __init__(
        self,
        model: str = DEFAULT_MODEL,
        centre: float = 3.0,
        width: float = 1.0,
        surprise: PromptSurprise | None = None,
    ):
        super().__init__()
        self.surprise = surprise or PromptSurprise(model)
        self.centre, self.width = centre, width

    def _fit(self, texts: list[str], labels: list[int]) -> None:
        import numpy as np

        values = np.array(self.surprise.nll_many(texts))
        self.centre = float(np.median(values))
        self.width = float(values.std()) or 1.0

    def score(self, text: str) -> float:
        value = (self.surprise.nll(text) - self.centre) / self.width
        return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, value))))

    def score_many(self, texts: Sequence[str]) -> list[float]:
        return [self.score(t) for t in texts]

    def params(self) -> dict[str, Any]:
        return {"model": self.surprise.model, "centre": self.centre, "width": self.width}

    def restore(self, params: dict[str, Any], arrays: dict[str, Any]) -> None:
        self.surprise = PromptSurprise(str(params["model"]))
        self.centre, self.width = float(params["centre"]), float(params["width"])


SURPRISE_FEATURE = "local_nll"


class SurpriseFeatureRouter(FeatureRouter):
    """The ``features`` router with one more column: the local model's mean surprise per
    prompt token (``PromptSurprise.nll``). Same options as ``features`` (``RECIPE`` for the
    built-in general router's recipe)."""

    name = "features+perplexity"

    def __init__(self, *args: Any, surprise: PromptSurprise | None = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.surprise = surprise or PromptSurprise()

    def feature_names(self) -> tuple[str, ...]:
        return (*FEATURES, SURPRISE_FEATURE)

    def matrix(self, texts: Sequence[str]) -> Any:
        import numpy as np

        extra = np.asarray(self.surprise.nll_many(texts), dtype="float64").reshape(-1, 1)
        return np.hstack([super().matrix(texts), extra])
