"""The Prometheus registry and rung's metric set, fed by finished request records."""

from __future__ import annotations

import time

import pytest

from rung.telemetry.log import RequestRecord
from rung.telemetry.metrics import Metrics, Registry
from rung.types import Trace


def parsed(text: bytes) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Samples by (name, labels), read back by the official Prometheus client's parser."""
    parser = pytest.importorskip("prometheus_client.parser")
    out = {}
    for family in parser.text_string_to_metric_families(text.decode()):
        for sample in family.samples:
            out[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return out


def test_counter_gauge_histogram_render_and_parse() -> None:
    registry = Registry()
    requests = registry.counter("x_requests_total", "Requests.", ("route",))
    depth = registry.gauge("x_queue_depth", "Depth.", ("backend",))
    seconds = registry.histogram("x_seconds", "Latency.", ("route",), buckets=(0.1, 1.0))
    requests.inc('we"ird\nroute\\', amount=2)
    requests.inc("chat")
    depth.set("local", value=3)
    for value in (0.05, 0.1, 0.5, 7.0):
        seconds.observe("chat", value=value)
    samples = parsed(registry.render())
    assert samples[("x_requests_total", (("route", 'we"ird\nroute\\'),))] == 2
    assert samples[("x_requests_total", (("route", "chat"),))] == 1
    assert samples[("x_queue_depth", (("backend", "local"),))] == 3
    bucket = "x_seconds_bucket"
    assert samples[(bucket, (("le", "0.1"), ("route", "chat")))] == 2  # le is inclusive
    assert samples[(bucket, (("le", "1.0"), ("route", "chat")))] == 3
    assert samples[(bucket, (("le", "+Inf"), ("route", "chat")))] == 4
    assert samples[("x_seconds_count", (("route", "chat"),))] == 4
    assert samples[("x_seconds_sum", (("route", "chat"),))] == pytest.approx(7.65)


def test_wrong_labels_and_negative_counts_are_refused() -> None:
    registry = Registry()
    counter = registry.counter("x_total", "X.", ("a", "b"))
    with pytest.raises(ValueError):
        counter.inc("only-one")
    with pytest.raises(ValueError):
        counter.inc("a", "b", amount=-1)
    with pytest.raises(ValueError):
        registry.counter("x_total", "again")


def escalated_record() -> RequestRecord:
    """A cascade that failed its local tier's JSON check and was answered by the hosted one."""
    trace = Trace(answered_by="hosted")
    local = trace.call("local", "smollm2")
    local.latency_ms, local.prompt_tokens, local.completion_tokens = 300.0, 20, 8
    local.cost = 0.00001
    hosted = trace.call("hosted", "llama-70b")
    hosted.latency_ms, hosted.ttft_ms = 900.0, 250.0
    hosted.prompt_tokens, hosted.completion_tokens, hosted.cost = 20, 30, 0.0005
    trace.decide("verify local", "failed", "json_schema: 'age' is required",
                 code="verifier_failed", subject="json_schema")  # fmt: skip
    trace.decide("verify hosted", "passed", "json_schema: valid",
                 code="verifier_passed", subject="json_schema")  # fmt: skip
    trace.escalated, trace.cache = True, "miss"
    record = RequestRecord(id="r1", time=time.time(), route="json", latency_ms=1250.0, trace=trace)
    return record


def test_observe_a_request() -> None:
    metrics = Metrics()
    metrics.observe(escalated_record())
    failed = RequestRecord(id="r2", time=time.time(), route="json", status=502, latency_ms=40)
    failed.trace.answered_by = "hosted"
    failed.trace.call("hosted", "llama-70b").status = "error"
    metrics.observe(failed)
    s = parsed(metrics.render())
    assert s[("rung_requests_total", (("backend", "hosted"), ("route", "json"), ("status", "200")))]
    assert s[("rung_errors_total", (("backend", "hosted"), ("route", "json"), ("status", "502")))]
    tokens = ("rung_tokens_total", (("backend", "hosted"), ("direction", "completion"),
                                    ("route", "json")))  # fmt: skip
    assert s[tokens] == 30
    assert s[("rung_cost_usd_total", (("backend", "local"), ("route", "json")))] == 0.00001
    assert s[("rung_escalations_total", (("reason", "json_schema failed"), ("route", "json")))]
    verdict = ("rung_verifier_checks_total",
               (("result", "fail"), ("route", "json"), ("verifier", "json_schema")))  # fmt: skip
    assert s[verdict] == 1
    assert s[("rung_cache_lookups_total", (("result", "miss"), ("route", "json")))] == 1
    assert s[("rung_backend_calls_total", (("backend", "hosted"), ("status", "error")))] == 1
    ttft = ("rung_time_to_first_token_seconds_sum", (("backend", "hosted"), ("route", "json")))
    assert s[ttft] == pytest.approx(0.25)
    assert s[("rung_request_duration_seconds_count", (("backend", "hosted"), ("route", "json")))]


def test_collect_reads_queue_depth_and_breakers() -> None:
    from rung.backends.mock import MockBackend
    from rung.reliability import Breaker, BreakerPolicy, wrap

    breaker = Breaker("up", BreakerPolicy(failures=1))
    breaker.before_call()
    breaker.after_failure(ConnectionError("x"))  # not a BackendError: does not count
    backend = wrap(MockBackend("up"), breaker=breaker)
    metrics = Metrics()
    metrics.collect({"up": backend})
    s = parsed(metrics.render())
    assert s[("rung_breaker_state", (("backend", "up"), ("state", "closed")))] == 1
    assert s[("rung_breaker_state", (("backend", "up"), ("state", "open")))] == 0
    assert s[("rung_queue_depth", (("backend", "up"),))] == 0


def test_escalation_reasons_come_from_codes_not_text() -> None:
    """A decision whose text mentions a circuit but whose code says context window counts as
    context window: /metrics reads codes, never English."""
    trace = Trace(answered_by="hosted", escalated=True)
    trace.decide("fallback local", "skipped", "circuit open, or so the text says",
                 code="context_window", subject="local")  # fmt: skip
    record = RequestRecord(id="r", time=time.time(), route="chat", trace=trace)
    metrics = Metrics()
    metrics.observe(record)
    s = parsed(metrics.render())
    assert s[("rung_escalations_total", (("reason", "context_window"), ("route", "chat")))] == 1
    assert ("rung_escalations_total", (("reason", "circuit_open"), ("route", "chat"))) not in s


def test_unknown_route_and_backend_names_share_one_label() -> None:
    """Names a client makes up never become label values: 50 invented routes add one series."""
    metrics = Metrics(routes=["chat"], backends=["local"])
    for n in range(50):
        record = RequestRecord(id=f"r{n}", time=time.time(), route=f"made-up-{n}", status=404)
        record.trace.answered_by = f"ghost-{n}"
        record.trace.call(f"ghost-{n}", "m")
        metrics.observe(record)
    metrics.observe(RequestRecord(id="ok", time=time.time(), route="chat"))
    s = parsed(metrics.render())
    routes = {dict(labels).get("route") for (name, labels) in s if name == "rung_requests_total"}
    assert routes == {"unknown", "chat"}
    unknown = ("rung_requests_total", (("backend", "unknown"), ("route", "unknown"),
                                        ("status", "404")))  # fmt: skip
    assert s[unknown] == 50
    backends = {
        dict(labels)["backend"] for (name, labels) in s if name == "rung_backend_calls_total"
    }
    assert backends == {"unknown"}


def test_observing_many_requests_adds_up_exactly() -> None:
    """How fast `observe` is, is measured by bench/metrics.py; here: that nothing is lost."""
    metrics, record = Metrics(), escalated_record()
    for _ in range(5000):
        metrics.observe(record)
    s = parsed(metrics.render())
    answered = (
        "rung_requests_total",
        (("backend", "hosted"), ("route", "json"), ("status", "200")),
    )
    assert s[answered] == 5000
    tokens = ("rung_tokens_total", (("backend", "hosted"), ("direction", "completion"),
                                    ("route", "json")))  # fmt: skip
    assert s[tokens] == 5000 * 30
    duration = ("rung_request_duration_seconds_sum", (("backend", "hosted"), ("route", "json")))
    assert s[duration] == pytest.approx(5000 * 1.25)


def test_observations_count_fixed_and_cascade_verdicts() -> None:
    metrics = Metrics()
    fixed = RequestRecord("req_o1", time.time(), route="chat", parent_id="req_1")
    fixed.trace.decide("observe primary", "passed", "judge: yes")
    fixed.trace.decide("observe shadow", "failed", "judge: no")
    cascade = RequestRecord("req_o2", time.time(), route="code", parent_id="req_2")
    cascade.trace.decide("observe verifier", "passed", "python: passed")
    cascade.trace.decide("observe judge", "failed", "judge: no")
    cascade.trace.decide("observe skipped", "skipped", "not sampled")
    for record in (fixed, cascade):
        metrics.observed(record)
    samples = parsed(metrics.render())
    name = "rung_observations_total"
    got = {labels: value for (n, labels), value in samples.items() if n == name}
    assert got == {
        (("result", "passed"), ("route", "chat"), ("tier", "primary")): 1,
        (("result", "failed"), ("route", "chat"), ("tier", "shadow")): 1,
        (("result", "passed"), ("route", "code"), ("tier", "verifier")): 1,
        (("result", "failed"), ("route", "code"), ("tier", "judge")): 1,
    }
