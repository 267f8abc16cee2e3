"""Reliability: retries with backoff (`Resilient`), circuit breakers, and traced attempts."""

from __future__ import annotations

from rung.reliability.breaker import (
    BackendUnavailable,
    Breaker,
    BreakerPolicy,
    backend_fault,
    breaker_states,
)
from rung.reliability.retry import Attempt, Resilient, Retrier, RetryPolicy, protect, retryable

__all__ = [
    "Attempt",
    "BackendUnavailable",
    "Breaker",
    "BreakerPolicy",
    "Resilient",
    "Retrier",
    "RetryPolicy",
    "backend_fault",
    "breaker_states",
    "protect",
    "retryable",
]
