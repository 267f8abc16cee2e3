"""Reliability: retries with backoff and a circuit breaker per backend, put on a backend by
`wrap`, the one way rung wraps a backend."""

from __future__ import annotations

from rung._errors import BackendUnavailable
from rung.reliability.breaker import (
    Breaker,
    BreakerPolicy,
    SharedBreaker,
    backend_fault,
    breaker_states,
)
from rung.reliability.retry import Attempt, Resilient, Retrier, RetryPolicy, wrap

__all__ = [
    "Attempt",
    "BackendUnavailable",
    "Breaker",
    "BreakerPolicy",
    "Resilient",
    "Retrier",
    "RetryPolicy",
    "SharedBreaker",
    "backend_fault",
    "breaker_states",
    "wrap",
]
