"""Token log-probabilities of the draft itself: mean, minimum, or mean entropy."""

from __future__ import annotations

import math

from rung._errors import ConfigError
from rung.types import JSON, ChatRequest, Completion, Trace
from rung.verifiers.base import Verdict, Verifier

METRICS = ("mean", "min", "entropy")


def token_entropy(token: JSON) -> float | None:
    """Entropy (nats) of one position, over its top_logprobs renormalised; None without them."""
    top = token.get("top_logprobs") or []
    probs = [math.exp(float(t["logprob"])) for t in top if t.get("logprob") is not None]
    total = sum(probs)
    if len(probs) < 2 or total <= 0:
        return None
    return -sum(p / total * math.log(p / total) for p in probs if p > 0)


def measure(tokens: list[JSON], metric: str) -> float | None:
    """The metric over the tokens, or None when the tokens do not carry what it needs."""
    if metric == "entropy":
        values = [h for t in tokens if (h := token_entropy(t)) is not None]
        return sum(values) / len(values) if values else None
    logprobs = [float(t["logprob"]) for t in tokens if t.get("logprob") is not None]
    if not logprobs:
        return None
    return min(logprobs) if metric == "min" else sum(logprobs) / len(logprobs)


class LogprobVerifier(Verifier):
    """Passes when mean (or min) token logprob is at least `threshold`, or mean entropy is at
    most `threshold`. Needs a backend that returns logprobs: pass its
    `capabilities.logprobs` as `supported` to fail at configuration time."""

    name = "logprob"

    def __init__(
        self,
        metric: str = "mean",
        threshold: float = -0.5,
        supported: bool | None = None,
        backend_name: str = "the backend",
    ) -> None:
        if metric not in METRICS:
            raise ConfigError(f"logprob: unknown metric {metric!r} (one of {list(METRICS)})")
        if supported is False:
            raise ConfigError(
                f"logprob: {backend_name} cannot return logprobs (capabilities.logprobs is "
                "false); use a backend that can, or another verifier"
            )
        self.metric, self.threshold = metric, threshold

    def prepare(self, request: ChatRequest) -> ChatRequest:
        top = 5 if self.metric == "entropy" else request.body.get("top_logprobs")
        return request.replace(logprobs=True, top_logprobs=top)

    async def check(
        self, request: ChatRequest, completion: Completion, trace: Trace | None = None
    ) -> Verdict:
        value = measure(completion.logprobs, self.metric)
        if value is None:
            need = "top_logprobs" if self.metric == "entropy" else "logprobs"
            raise ConfigError(
                f"logprob: the completion carries no {need}; the tier must be asked with "
                "`logprobs: true` (Verifier.prepare does it) by a backend that returns them"
            )
        if self.metric == "entropy":
            passed = value <= self.threshold
            score = math.exp(-value)
        else:
            passed = value >= self.threshold
            score = math.exp(value)
        relation = ">=" if self.metric != "entropy" else "<="
        state = "passed" if passed else "failed"
        text = f"logprob {state}: {self.metric} {value:.3f} (needs {relation} {self.threshold})"
        return Verdict(passed, score, text)
