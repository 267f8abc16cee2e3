"""The local model's own surprise at a prompt as a difficulty signal: the mean negative log
probability per token that the embedded llama.cpp model (SmolLM2-135M by default) gives the
prompt's tokens. Needs no training; the score is squashed to [0, 1] around ``centre``.

This costs a forward pass of the local model over the whole prompt on every request, so it is
measured (``bench/router_lobo.py --perplexity``) before it is used anywhere.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from rung.routers.base import Router

DEFAULT_MODEL = "embedded:smollm2-135m"
MAX_TOKENS = 512


class PromptSurprise:
    """Mean negative log-likelihood per token of a text under a local GGUF model."""

    def __init__(self, model: str = DEFAULT_MODEL, threads: int | None = None) -> None:
        self.model = model
        self.threads = threads
        self._llm: Any = None

    def _load(self) -> Any:
        if self._llm is None:
            from llama_cpp import Llama

            from rung.backends.embedded import model_path

            options: dict[str, Any] = {"n_ctx": MAX_TOKENS + 8, "logits_all": True}
            if self.threads:
                options["n_threads"] = self.threads
            self._llm = Llama(str(model_path(self.model)), verbose=False, **options)
        return self._llm

    def nll(self, text: str) -> float:
        import numpy as np

        llm = self._load()
        tokens = llm.tokenize(text.encode("utf-8"), add_bos=True)[: MAX_TOKENS + 1]
        if len(tokens) < 2:
            return 0.0
        llm.reset()
        llm.eval(tokens)
        logits = np.asarray(llm.scores[: len(tokens) - 1], dtype="float64")
        top = logits.max(axis=1, keepdims=True)
        logz = top[:, 0] + np.log(np.exp(logits - top).sum(axis=1))
        picked = logits[np.arange(len(tokens) - 1), tokens[1:]]
        return float(np.mean(logz - picked))


class PerplexityRouter(Router):
    """Score = sigmoid((nll - centre) / width): the more the local model is surprised by the
    prompt, the more the strong tier is needed. ``fit`` sets centre and width to the median
    and spread of the training prompts' values."""

    name = "perplexity"

    def __init__(self, model: str = DEFAULT_MODEL, centre: float = 3.0, width: float = 1.0):
        super().__init__()
        self.surprise = PromptSurprise(model)
        self.centre, self.width = centre, width

    def _fit(self, texts: list[str], labels: list[int]) -> None:
        import numpy as np

        values = np.array([self.surprise.nll(t) for t in texts])
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
