"""Prometheus metrics with no dependency: counters, gauges and histograms with labels, rendered
in the text exposition format (version 0.0.4), and the set rung exposes at `/metrics`.

`Metrics.observe(record)` takes one finished request (a `RequestRecord`) and updates every
metric it touches; it costs a few dictionary updates, so it may run on the request path or in
the log writer. Nothing here is module-level state: each gateway owns its `Metrics`.
"""

from __future__ import annotations

import math
import threading
from bisect import bisect_left
from collections.abc import Collection, Iterable, Iterator, Sequence
from typing import Any

from rung.types import Trace

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
SECONDS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0)
Labels = tuple[str, ...]
UNKNOWN = "unknown"  # the one label for a route or backend that is not configured


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def _number(value: float) -> str:
    if math.isinf(value):
        return "+Inf" if value > 0 else "-Inf"
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


def _labels(names: Sequence[str], values: Sequence[str], extra: str = "") -> str:
    parts = [f'{n}="{_escape(v)}"' for n, v in zip(names, values, strict=True)]
    if extra:
        parts.append(extra)
    return "{" + ",".join(parts) + "}" if parts else ""


class Metric:
    """One metric family: a name, a help text, label names, and a value per label set."""

    kind = "untyped"

    def __init__(self, name: str, help: str, labels: Sequence[str] = ()) -> None:
        self.name, self.help, self.label_names = name, help, tuple(labels)
        self._width = len(self.label_names)
        self._lock = threading.Lock()

    def _key(self, values: tuple[str, ...]) -> Labels:
        if len(values) != self._width:
            raise ValueError(f"{self.name} takes labels {self.label_names}, got {values}")
        return values  # already strings: every caller is type-checked

    def samples(self) -> Iterator[str]:
        raise NotImplementedError

    def render(self) -> str:
        head = f"# HELP {self.name} {self.help}\n# TYPE {self.name} {self.kind}\n"
        return head + "".join(line + "\n" for line in self.samples())


class Counter(Metric):
    kind = "counter"

    def __init__(self, name: str, help: str, labels: Sequence[str] = ()) -> None:
        super().__init__(name, help, labels)
        self.values: dict[Labels, float] = {}

    def inc(self, *labels: str, amount: float = 1.0) -> None:
        if amount < 0:
            raise ValueError("a counter only goes up")
        if len(labels) != self._width:
            self._key(labels)  # raises
        values = self.values
        with self._lock:
            values[labels] = values.get(labels, 0.0) + amount

    def get(self, *labels: str) -> float:
        return self.values.get(self._key(labels), 0.0)

    def samples(self) -> Iterator[str]:
        for key, value in sorted(self.values.items()):
            yield f"{self.name}{_labels(self.label_names, key)} {_number(value)}"


class Gauge(Counter):
    kind = "gauge"

    def set(self, *labels: str, value: float) -> None:
        key = self._key(labels)
        with self._lock:
            self.values[key] = value

    def inc(self, *labels: str, amount: float = 1.0) -> None:
        key = self._key(labels)
        with self._lock:
            self.values[key] = self.values.get(key, 0.0) + amount

    def clear(self) -> None:
        with self._lock:
            self.values.clear()


class Histogram(Metric):
    kind = "histogram"

    def __init__(
        self, name: str, help: str, labels: Sequence[str] = (), buckets: Iterable[float] = SECONDS
    ) -> None:
        super().__init__(name, help, labels)
        self.buckets = tuple(sorted(buckets))
        self.counts: dict[Labels, list[int]] = {}  # per bucket (not cumulative), then +Inf
        self.sums: dict[Labels, float] = {}

    def observe(self, *labels: str, value: float) -> None:
        if len(labels) != self._width:
            self._key(labels)  # raises
        index = bisect_left(self.buckets, value)  # the first bucket with value <= le
        with self._lock:
            counts = self.counts.get(labels)
            if counts is None:
                counts = self.counts[labels] = [0] * (len(self.buckets) + 1)
            counts[index] += 1
            self.sums[labels] = self.sums.get(labels, 0.0) + value

    def count(self, *labels: str) -> int:
        return sum(self.counts.get(self._key(labels), []))

    def samples(self) -> Iterator[str]:
        names = self.label_names
        for key, counts in sorted(self.counts.items()):
            running = 0
            for le, n in zip((*self.buckets, math.inf), counts, strict=True):
                running += n
                bound = "+Inf" if math.isinf(le) else repr(float(le))
                label = _labels(names, key, f'le="{bound}"')
                yield f"{self.name}_bucket{label} {running}"
            yield f"{self.name}_sum{_labels(names, key)} {_number(self.sums[key])}"
            yield f"{self.name}_count{_labels(names, key)} {running}"


class Registry:
    """The metrics one app exposes, rendered in registration order."""

    def __init__(self) -> None:
        self.metrics: dict[str, Metric] = {}

    def _add(self, metric: Any) -> Any:
        if metric.name in self.metrics:
            raise ValueError(f"metric {metric.name} is already registered")
        self.metrics[metric.name] = metric
        return metric

    def counter(self, name: str, help: str, labels: Sequence[str] = ()) -> Counter:
        result: Counter = self._add(Counter(name, help, labels))
        return result

    def gauge(self, name: str, help: str, labels: Sequence[str] = ()) -> Gauge:
        result: Gauge = self._add(Gauge(name, help, labels))
        return result

    def histogram(
        self, name: str, help: str, labels: Sequence[str] = (), buckets: Iterable[float] = SECONDS
    ) -> Histogram:
        result: Histogram = self._add(Histogram(name, help, labels, buckets))
        return result

    def render(self) -> bytes:
        return "".join(m.render() for m in self.metrics.values()).encode()


ESCALATION_CODES = frozenset({"circuit_open", "context_window", "backend_error"})


def escalation_reason(trace: Trace) -> str | None:
    """Why a request climbed past its first tier (None when it did not), from the reason
    codes of its decisions: the first verifier that failed, or the first backend failure or
    skip."""
    if not trace.escalated:
        return None
    for d in trace.decisions:
        if d.code == "verifier_failed":
            return f"{d.subject[:64] or UNKNOWN} failed"
        if d.code in ESCALATION_CODES:
            return d.code
    return "other"


def verifier_results(trace: Trace) -> Iterator[tuple[str, bool]]:
    """(verifier, passed) for each verdict the trace records."""
    for d in trace.decisions:
        if d.code in ("verifier_passed", "verifier_failed"):
            yield d.subject[:64] or UNKNOWN, d.code == "verifier_passed"


class Metrics:
    """rung's metric set, per route and backend. `observe` one finished request at a time;
    `collect(backends)` reads live state (queue depth, breakers) just before a scrape.

    Route and backend labels come only from the configured names (`routes`, `backends`; None
    accepts any name, for tests): any other name is counted as "unknown", so clients cannot
    grow the number of label values."""

    def __init__(
        self, routes: Collection[str] | None = None, backends: Collection[str] | None = None
    ) -> None:
        self.routes = None if routes is None else frozenset(routes)
        self.backend_names = None if backends is None else frozenset(backends)
        r = self.registry = Registry()
        rb = ("route", "backend")
        self.requests = r.counter("rung_requests_total", "Requests answered.", (*rb, "status"))
        self.errors = r.counter("rung_errors_total", "Requests that ended in an error.",
                                (*rb, "status"))  # fmt: skip
        self.latency = r.histogram(
            "rung_request_duration_seconds", "Time from request to the end of the answer.", rb
        )
        self.ttft = r.histogram(
            "rung_time_to_first_token_seconds", "Time to the answering call's first token.", rb
        )
        self.calls = r.counter("rung_backend_calls_total", "Backend calls, retries included.",
                               ("backend", "status"))  # fmt: skip
        self.call_latency = r.histogram(
            "rung_backend_call_duration_seconds", "Duration of one backend call.", ("backend",)
        )
        self.tokens = r.counter("rung_tokens_total", "Tokens, by direction (prompt|completion).",
                                (*rb, "direction"))  # fmt: skip
        self.cost = r.counter("rung_cost_usd_total", "Cost of backend calls in USD.", rb)
        self.escalations = r.counter(
            "rung_escalations_total",
            "Requests answered past their first tier.",
            ("route", "reason"),
        )
        self.verdicts = r.counter("rung_verifier_checks_total", "Verifier verdicts.",
                                  ("route", "verifier", "result"))  # fmt: skip
        self.cache = r.counter("rung_cache_lookups_total", "Cache lookups by result.",
                               ("route", "result"))  # fmt: skip
        # Who spent what: by team (teams are made by an admin, so bounded), never by key.
        self.team_requests = r.counter("rung_team_requests_total", "Requests by team.",
                                       ("team", "route", "status"))  # fmt: skip
        self.team_tokens = r.counter("rung_team_tokens_total", "Tokens by team.",
                                     ("team", "direction"))  # fmt: skip
        self.team_cost = r.counter("rung_team_cost_usd_total", "Cost by team in USD.", ("team",))
        self.queue_depth = r.gauge("rung_queue_depth", "Requests waiting for a backend.",
                                   ("backend",))  # fmt: skip
        self.observations = r.counter(
            "rung_observations_total",
            "Answers graded by a route's `observe:` (tier primary|shadow on a fixed route, "
            "verifier|judge on a cascade's first tier; result passed|failed).",
            ("route", "tier", "result"),
        )
        self.recommendation = r.gauge(
            "rung_recommendation",
            "1 for the action `rung recommend` proposes per route (refreshed in the background).",
            ("route", "action"),
        )
        self.breaker = r.gauge("rung_breaker_state", "1 for the state a breaker is in.",
                               ("backend", "state"))  # fmt: skip

    def route(self, name: str | None) -> str:
        """The label for route `name`: itself when configured, else "unknown"."""
        name = name or ""
        return name if self.routes is None or name in self.routes else UNKNOWN

    def backend(self, name: str | None) -> str:
        """The label for backend `name`: itself when configured (or empty), else "unknown"."""
        name = name or ""
        known = not name or self.backend_names is None or name in self.backend_names
        return name if known else UNKNOWN

    def observe(self, record: Any) -> None:
        """Update the metrics from one finished `RequestRecord` (the cache's outcome, "hit",
        "semantic", "miss"..., is read from its trace)."""
        trace: Trace = record.trace
        route = self.route(record.route)
        backend = self.backend(trace.answered_by)
        status = str(record.status)
        self.requests.inc(route, backend, status)
        if record.status >= 400:
            self.errors.inc(route, backend, status)
        self.latency.observe(route, backend, value=record.latency_ms / 1000)
        self._calls(route, trace)
        reason = escalation_reason(trace)
        if reason is not None:
            self.escalations.inc(route, reason)
        for verifier, passed in verifier_results(trace):
            self.verdicts.inc(route, verifier, "pass" if passed else "fail")
        if trace.cache is not None:
            self.cache.inc(route, trace.cache.split(";", 1)[0])
        self._team(getattr(record, "team", None) or "-", route, status, trace)

    def _team(self, team: str, route: str, status: str, trace: Trace) -> None:
        """Requests, tokens and cost by team ("-": no team, or no key)."""
        self.team_requests.inc(team, route, status)
        prompt = sum(c.prompt_tokens or 0 for c in trace.calls)
        completion = sum(c.completion_tokens or 0 for c in trace.calls)
        if prompt:
            self.team_tokens.inc(team, "prompt", amount=prompt)
        if completion:
            self.team_tokens.inc(team, "completion", amount=completion)
        cost = sum(c.cost for c in trace.calls)
        if cost > 0:
            self.team_cost.inc(team, amount=cost)

    def _calls(self, route: str, trace: Trace) -> None:
        answering = None
        for call in trace.calls:
            backend = self.backend(call.backend)
            self.calls.inc(backend, call.status)
            self.call_latency.observe(backend, value=call.latency_ms / 1000)
            if call.prompt_tokens:
                self.tokens.inc(route, backend, "prompt", amount=call.prompt_tokens)
            if call.completion_tokens:
                self.tokens.inc(route, backend, "completion", amount=call.completion_tokens)
            if call.cost > 0:
                self.cost.inc(route, backend, amount=call.cost)
            if call.backend == trace.answered_by and call.ttft_ms is not None:
                answering = call
        if answering is not None and answering.ttft_ms is not None:
            label = self.backend(answering.backend)
            self.ttft.observe(route, label, value=answering.ttft_ms / 1000)

    def observed(self, record: Any) -> None:
        """Count the verdicts of one observation (a record of rung.patterns.observe)."""
        route = self.route(record.route)
        for decision in record.trace.decisions:
            tier = decision.step.removeprefix("observe ")
            known = tier in ("primary", "shadow", "verifier", "judge")
            if known and decision.outcome in ("passed", "failed"):
                self.observations.inc(route, tier, decision.outcome)

    def collect(self, backends: dict[str, Any]) -> None:
        """Read each backend's queue depth and breaker state (call before `render`)."""
        self.breaker.clear()
        for name, backend in backends.items():
            self.queue_depth.set(name, value=float(getattr(backend, "queue_depth", 0) or 0))
            breaker = getattr(backend, "breaker", None)
            if breaker is not None:
                current = breaker.state
                for state in ("closed", "open", "half_open"):
                    self.breaker.set(name, state, value=1.0 if state == current else 0.0)

    def render(self) -> bytes:
        return self.registry.render()
