"""The same varied records for both stores: routes, an A/B route, keys and teams, calls with
costs and tokens, escalations, feedback, prompts (for the router datasets)."""

from __future__ import annotations

from rung.telemetry.log import Feedback, RequestRecord
from rung.types import Call, Decision, Trace

NOW = 1_900_000_000.0  # a fixed clock: every record is "recent" against `since` windows below


def records(count: int = 120, start: int = 0, now: float = NOW) -> list[RequestRecord | Feedback]:
    out: list[RequestRecord | Feedback] = []
    for i in range(start, start + count):
        small = i % 2 == 0
        model = "small" if small else "big"
        calls = [
            Call(
                model,
                f"m-{model}",
                latency_ms=10.0 + i,
                ttft_ms=2.0 + i % 7,
                prompt_tokens=20 + i,
                completion_tokens=5 + i % 11,
                cost=0.001 * (i % 5),
            )
        ]
        trace = Trace(
            calls=calls, decisions=[Decision("fixed", "answered", f"why {i}")],
            answered_by=model, escalated=None if i % 3 else not small,
            variant=("a" if small else "b") if i % 4 < 2 else None,
        )  # fmt: skip
        out.append(RequestRecord(
            f"req_{i:05d}", now - 1000 + i, "chat" if i % 4 < 2 else "code", "fixed",
            stream=i % 5 == 0, status=500 if i % 17 == 0 else 200,
            error="boom" if i % 17 == 0 else None, latency_ms=12.5 + i, trace=trace,
            prompt=f"prompt {i // 2 % 15}", key_id=f"key_{i % 3}", key_name=f"k{i % 3}",
            team="blue" if i % 3 else None,
        ))  # fmt: skip
        if i % 2 == 0 or i % 3 == 0:
            out.append(Feedback(f"req_{i:05d}", "thumbs", float(i % 4 != 0), "up", now - 999 + i))
    return out
