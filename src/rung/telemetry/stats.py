"""`rung stats`: per route and per backend, over a time window, from the request log."""

from __future__ import annotations

import statistics
import time
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import orjson

from rung.telemetry.logstore import Target, open_reader

ROUTES = """
SELECT r.route AS name, r.latency_ms, r.escalated, r.cost, r.status,
       (SELECT AVG(f.value) FROM feedback f WHERE f.request_id = r.id) AS score
FROM requests r WHERE r.time >= ? AND r.route IS NOT NULL AND r.parent_id IS NULL
"""
GROUPS = {  # --by: the name each request row is grouped under
    "route": "r.route",
    "key": "coalesce(r.key_name || ' (' || r.key_id || ')', '-')",
    "team": "coalesce(r.team, '-')",
}
BACKENDS = """
SELECT c.backend, c.latency_ms, c.ttft_ms, c.prompt_tokens, c.completion_tokens, c.cost, c.status
FROM calls c JOIN requests r ON r.id = c.request_id
WHERE r.time >= ? AND r.parent_id IS NULL
"""

LEARNED = """
SELECT r.route AS name, r.escalated, r.decisions
FROM requests r WHERE r.time >= ? AND r.pattern = 'learned' AND r.parent_id IS NULL
ORDER BY r.time
"""


def _share_target(decisions: str | None) -> float | None:
    """The target share a learned route's `share` decision names (None: no target)."""
    for decision in orjson.loads(decisions) if decisions else []:
        if decision.get("step") == "share":
            try:
                return float(decision["outcome"])
            except (KeyError, TypeError, ValueError):
                return None
    return None


def _learned_stats(rows: Sequence[Any]) -> dict[str, dict[str, Any]]:
    """Per learned route: its target share of strong calls (the latest logged) and the actual."""
    groups: dict[str, list[Any]] = defaultdict(list)
    for row in rows:
        groups[row["name"]].append(row)
    out = {}
    for route, items in sorted(groups.items()):
        judged = [r["escalated"] for r in items if r["escalated"] is not None]
        targets = [t for t in (_share_target(r["decisions"]) for r in items) if t is not None]
        out[route] = {
            "requests": len(items),
            "target_share": targets[-1] if targets else None,
            "actual_share": sum(judged) / len(judged) if judged else None,
        }
    return out


def _percentile(values: list[float], q: int) -> float | None:
    if not values:
        return None
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def _route_stats(rows: Sequence[Any]) -> dict[str, dict[str, Any]]:
    groups: dict[str, list[Any]] = defaultdict(list)
    for row in rows:
        groups[row["name"]].append(row)
    out = {}
    for route, items in sorted(groups.items()):
        latencies = [r["latency_ms"] for r in items]
        judged = [r["escalated"] for r in items if r["escalated"] is not None]
        scores = [r["score"] for r in items if r["score"] is not None]
        out[route] = {
            "requests": len(items),
            "errors": sum(r["status"] >= 400 for r in items),
            "p50_ms": _percentile(latencies, 50),
            "p95_ms": _percentile(latencies, 95),
            "cost": sum(r["cost"] for r in items),
            "escalation_rate": sum(judged) / len(judged) if judged else None,
            "feedback_rate": len(scores) / len(items),
            "feedback_score": statistics.fmean(scores) if scores else None,
        }
    return out


def _backend_stats(rows: Sequence[Any]) -> dict[str, dict[str, Any]]:
    groups: dict[str, list[Any]] = defaultdict(list)
    for row in rows:
        groups[row["backend"]].append(row)
    out = {}
    for backend, items in sorted(groups.items()):
        latencies = [r["latency_ms"] for r in items]
        ttfts = [r["ttft_ms"] for r in items if r["ttft_ms"] is not None]
        out[backend] = {
            "calls": len(items),
            "errors": sum(r["status"] != "ok" for r in items),
            "p50_ms": _percentile(latencies, 50),
            "p95_ms": _percentile(latencies, 95),
            "ttft_p50_ms": _percentile(ttfts, 50),
            "prompt_tokens": sum(r["prompt_tokens"] or 0 for r in items),
            "completion_tokens": sum(r["completion_tokens"] or 0 for r in items),
            "cost": sum(r["cost"] for r in items),
        }
    return out


def stats(path: Target, since_seconds: float, by: str = "route") -> dict[str, Any]:
    """Per-route (or per key, per team: `by`) and per-backend figures for requests newer than
    `since_seconds` ago. Keys are named by name and id, never by the key itself."""
    since = time.time() - since_seconds
    query = ROUTES.replace("r.route AS name", f"{GROUPS[by]} AS name", 1)
    db = open_reader(path)  # a SQLite file or a PostgreSQL database
    try:
        groups = _route_stats(db.execute(query, (since,)).fetchall())
        backends = _backend_stats(db.execute(BACKENDS, (since,)).fetchall())
        learned = _learned_stats(db.execute(LEARNED, (since,)).fetchall())
    finally:
        db.close()
    out = {"since": since, f"{by}s": groups, "backends": backends}
    if learned:
        out["learned routes"] = learned  # target vs actual share of strong calls
    return out


def parse_window(text: str) -> float:
    """Seconds in a window such as `30m`, `24h`, `7d` (a bare number is seconds)."""
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    if text and text[-1] in units:
        return float(text[:-1]) * units[text[-1]]
    return float(text)
