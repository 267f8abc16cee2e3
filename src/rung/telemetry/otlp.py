"""Each request's trace over OpenTelemetry (OTLP/HTTP, protobuf), for Tempo, Jaeger, Langfuse,
Phoenix and the rest. Off by default.

On when `OTEL_EXPORTER_OTLP_ENDPOINT` or `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` is set (and
`OTEL_SDK_DISABLED` is not `true`, `OTEL_TRACES_EXPORTER` not `none`); the exporter reads the
other standard variables itself (`..._HEADERS`, `..._TIMEOUT`, `..._COMPRESSION`,
`..._CERTIFICATE`), the resource reads `OTEL_SERVICE_NAME` (default `rung`) and
`OTEL_RESOURCE_ATTRIBUTES`, the batch processor `OTEL_BSP_*`. Only `http/protobuf` is spoken.
Needs the `otel` extra (`pip install 'rung[otel]'`).

One trace per request, with the GenAI semantic conventions (gen_ai.*):

    chat <route>                        SERVER  the request: route, pattern, status, cost,
    ├── chat <model>                    CLIENT  escalated, cache, variant, request id; one
    ├── verify <verifier>               INTERNAL  event per decision with its reason
    └── chat <model>                    CLIENT  each backend call: backend, tokens, cost, error

The trace id is the request id's 32 hex digits (`req_<hex>`), so a trace is found by the id a
client got in `x-request-id`. Spans are built on the request log's thread after the record is
scrubbed and priced, and sent by the SDK's batch processor: never on the request path. Neither
prompts nor answers are exported, and a key appears by its id only.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping
from typing import Any

from rung.telemetry.log import RequestRecord
from rung.types import Call, Decision

logger = logging.getLogger("rung.otlp")
ENDPOINTS = ("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "OTEL_EXPORTER_OTLP_ENDPOINT")
PROTOCOLS = ("OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "OTEL_EXPORTER_OTLP_PROTOCOL")
VERDICTS = frozenset({"verifier_passed", "verifier_failed"})


def enabled(env: Mapping[str, str]) -> bool:
    if env.get("OTEL_SDK_DISABLED", "").strip().lower() == "true":
        return False
    if env.get("OTEL_TRACES_EXPORTER", "otlp").strip().lower() == "none":
        return False
    return any(env.get(name, "").strip() for name in ENDPOINTS)


class TraceExport:
    """The OTLP export of request traces; `hooks` is empty when it is off."""

    def __init__(
        self, provider: Any = None, ids: Any = None, systems: Mapping[str, str] | None = None
    ) -> None:
        self.provider = provider
        self.ids = ids
        self.systems = dict(systems or {})  # backend name -> gen_ai.provider.name
        self.tracer = provider.get_tracer("rung") if provider is not None else None

    @property
    def hooks(self) -> list[Callable[[RequestRecord], None]]:
        return [self.export] if self.tracer is not None else []

    def export(self, record: RequestRecord) -> None:
        """Spans for one finished request (on the request log's thread)."""
        if self.tracer is None:
            return
        from opentelemetry import trace

        start = int(record.time * 1e9)
        end = start + int(record.latency_ms * 1e6)
        self.ids.next_trace = _trace_id(record.id)
        root = self.tracer.start_span(
            f"chat {record.route or '-'}", kind=trace.SpanKind.SERVER, start_time=start,
            attributes=_request_attributes(record),
        )  # fmt: skip
        for d in record.trace.decisions:
            root.add_event("rung.decision", _decision_attributes(d), timestamp=end)
        if record.status >= 400:
            root.set_status(trace.StatusCode.ERROR, (record.error or "")[:200])
        parent = trace.set_span_in_context(root)
        self._children(record, parent, start)
        root.end(end_time=end)

    def _children(self, record: RequestRecord, parent: Any, start: int) -> None:
        from opentelemetry import trace

        calls = record.trace.calls
        origin = calls[0].started if calls else 0.0
        ends: dict[str, int] = {}
        for call in calls:
            call_start = start + int((call.started - origin) * 1e9)
            call_end = call_start + int(call.latency_ms * 1e6)
            span = self.tracer.start_span(  # type: ignore[union-attr]
                f"chat {call.model or call.backend}", context=parent,
                kind=trace.SpanKind.CLIENT, start_time=call_start,
                attributes=_call_attributes(call, self.systems.get(call.backend, "openai")),
            )  # fmt: skip
            if call.status != "ok":
                span.set_status(trace.StatusCode.ERROR, (call.error or "")[:200])
            span.end(end_time=call_end)
            ends[call.backend] = call_end
        for d in record.trace.decisions:
            if d.code in VERDICTS:
                at = ends.get(d.step.removeprefix("verify ").strip(), start)
                span = self.tracer.start_span(  # type: ignore[union-attr]
                    f"verify {d.subject or 'verifier'}", context=parent, start_time=at,
                    attributes=_decision_attributes(d),
                )  # fmt: skip
                span.end(end_time=at)

    def close(self) -> None:
        """Send what is batched, then stop."""
        if self.provider is not None:
            self.provider.shutdown()


SYSTEMS = {"openai": "openai", "llamacpp": "llama_cpp", "embedding": "sentence_transformers"}


def trace_export(
    models: Mapping[str, Any] | None = None, env: Mapping[str, str] | None = None
) -> TraceExport:
    """The export the environment asks for (see the module docstring); off by default.
    `models`: the config's backends by name (their type names the GenAI provider)."""
    env = os.environ if env is None else env
    systems = {
        name: SYSTEMS.get(str(getattr(spec, "backend", "")), "openai")
        for name, spec in (models or {}).items()
    }
    if not enabled(env):
        return TraceExport()
    protocol = next((env[p] for p in PROTOCOLS if env.get(p)), "http/protobuf").strip()
    if protocol != "http/protobuf":
        logger.warning("OTLP protocol %r is not supported: rung exports http/protobuf", protocol)
    try:
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
        from opentelemetry.sdk.resources import Resource
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import BatchSpanProcessor
    except ImportError:
        logger.warning("OTEL_EXPORTER_OTLP_* is set but the otel extra is not installed "
                       "(pip install 'rung[otel]'): traces are not exported")  # fmt: skip
        return TraceExport()
    ids = _request_ids()
    name = env.get("OTEL_SERVICE_NAME") or "rung"
    provider = TracerProvider(resource=Resource.create({"service.name": name}), id_generator=ids)
    provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
    return TraceExport(provider, ids, systems)


def _request_ids() -> Any:
    """The SDK's id generator, except that the next trace id is the request id exported."""
    from opentelemetry.sdk.trace.id_generator import RandomIdGenerator

    class RequestIds(RandomIdGenerator):
        next_trace: int | None = None

        def generate_trace_id(self) -> int:
            value, self.next_trace = self.next_trace, None
            return value or super().generate_trace_id()

    return RequestIds()


def _trace_id(request_id: str) -> int | None:
    try:
        value = int(request_id.removeprefix("req_")[:32], 16)
    except ValueError:
        return None
    return value or None


def _request_attributes(record: RequestRecord) -> dict[str, Any]:
    t = record.trace
    out: dict[str, Any] = {
        "gen_ai.operation.name": "chat",
        "gen_ai.request.model": record.route or "",
        "rung.request_id": record.id,
        "rung.route": record.route or "",
        "rung.pattern": record.pattern or "",
        "rung.answered_by": t.answered_by,
        "rung.cost_usd": sum(c.cost for c in t.calls),
        "rung.stream": record.stream,
        "http.response.status_code": record.status,
        "gen_ai.usage.input_tokens": sum(c.prompt_tokens for c in t.calls),
        "gen_ai.usage.output_tokens": sum(c.completion_tokens for c in t.calls),
    }
    optional = {"rung.escalated": t.escalated, "rung.cache": t.cache, "rung.variant": t.variant,
                "rung.parent_id": record.parent_id, "rung.key_id": record.key_id,
                "rung.team": record.team}  # fmt: skip
    out.update({k: v for k, v in optional.items() if v is not None})
    if record.status >= 400:
        out["error.type"] = str(record.status)
    return out


def _call_attributes(call: Call, system: str) -> dict[str, Any]:
    out: dict[str, Any] = {
        "gen_ai.operation.name": "chat",
        "gen_ai.provider.name": system,
        "gen_ai.request.model": call.model,
        "gen_ai.response.model": call.model,
        "gen_ai.usage.input_tokens": call.prompt_tokens,
        "gen_ai.usage.output_tokens": call.completion_tokens,
        "rung.backend": call.backend,
        "rung.cost_usd": call.cost,
    }
    if call.ttft_ms is not None:
        out["rung.ttft_ms"] = call.ttft_ms
    if call.status != "ok":
        out["error.type"] = call.status
    return out


def _decision_attributes(d: Decision) -> dict[str, Any]:
    return {"rung.step": d.step, "rung.outcome": d.outcome, "rung.reason": d.reason,
            "rung.code": d.code, "rung.subject": d.subject}  # fmt: skip


__all__ = ["TraceExport", "enabled", "trace_export"]
