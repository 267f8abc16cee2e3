"""What each dashboard page shows: a dict for its template, from the log and the config."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

from rung.config import Config
from rung.limits.budget import period_bounds
from rung.telemetry.readonly import LogNotFound, LogUnreadable
from rung.ui.ladders import kinds, ladders, strongest
from rung.ui.queries import PAGE, Filters, LogReader

WINDOWS = {"1h": 3600.0, "24h": 86400.0, "7d": 7 * 86400.0, "30d": 30 * 86400.0}
DEFAULT_WINDOW = "24h"
Health = Callable[[], Mapping[str, Any]]

logger = logging.getLogger("rung.ui")


class BadQuery(ValueError):
    """A query string the dashboard cannot read (answered 400)."""


def window(query: Mapping[str, str]) -> tuple[str, float]:
    name = query.get("window") or DEFAULT_WINDOW
    if name not in WINDOWS:
        raise BadQuery(f"window must be one of {', '.join(WINDOWS)}, not {name!r}")
    return name, WINDOWS[name]


class Pages:
    """The pages of one dashboard: a reader of the log, the config, the live gateway's health
    (None for `rung ui`, which has no gateway)."""

    def __init__(self, config: Config, reader: LogReader, health: Health | None = None) -> None:
        self.config = config
        self.reader = reader
        self.health = health
        self.kinds = kinds(config)
        self.warmed = threading.Event()

    def warm(self) -> None:
        """Compute the default window's figures ahead of the first page (in a thread)."""
        seconds = WINDOWS[DEFAULT_WINDOW]
        try:
            for figures in (self.reader.stats, self.reader.overview, self.reader.verdicts,
                            self.reader.escalations, self.reader.ab_report):  # fmt: skip
                figures(seconds)
        except (LogNotFound, LogUnreadable):
            return  # nothing logged yet, or the database is down: the pages say so
        except Exception:  # the store failed on the way: the first page computes them again
            logger.warning("the dashboard could not warm its figures", exc_info=True)
            return
        self.warmed.set()

    def overview(self, query: Mapping[str, str]) -> dict[str, Any]:
        name, seconds = window(query)
        data = self.reader.stats(seconds)
        over = self.reader.overview(seconds)
        routes, backends = data["routes"], data["backends"]
        totals = {
            "requests": sum(r["requests"] for r in routes.values()),
            "errors": sum(r["errors"] for r in routes.values()),
            "cost": sum(r["cost"] for r in routes.values()),
        }
        return {
            "window": name, "totals": totals, "over": over, "routes": routes,
            "backends": backends, "share": self._share(backends),
            "saved": self._saved(over["tokens"], totals["cost"]),
            "kinds": self.kinds,
        }  # fmt: skip

    def _share(self, backends: Mapping[str, Mapping[str, Any]]) -> dict[str, dict[str, float]]:
        """Calls and cost of local and hosted backends, and their shares."""
        out = {kind: {"calls": 0.0, "cost": 0.0} for kind in ("local", "hosted")}
        for name, figures in backends.items():
            part = out[self.kinds.get(name, "hosted")]
            part["calls"] += figures["calls"]
            part["cost"] += figures["cost"]
        for key in ("calls", "cost"):
            total = sum(part[key] for part in out.values())
            for part in out.values():
                part[f"{key}_share"] = part[key] / total if total else 0.0
        return out

    def _saved(self, tokens: Mapping[str, Any], cost: float) -> dict[str, Any] | None:
        """What every request would have cost on the strongest tier, and the difference."""
        top = strongest(self.config)
        if top is None:
            return None
        name, price = top
        would = price.cost(int(tokens["prompt"]), int(tokens["completion"]))
        return {"backend": name, "would_cost": would, "saved": would - cost}

    def routes(self, query: Mapping[str, str], only: str | None = None) -> dict[str, Any]:
        name, seconds = window(query)
        figures = self.reader.stats(seconds)["routes"]
        verdicts = self.reader.verdicts(seconds)
        reasons = self.reader.escalations(seconds)
        items = []
        for item in ladders(self.config):
            if only is not None and item["name"] != only:
                continue
            item["figures"] = figures.get(item["name"])
            item["verdicts"] = _pass_rates(verdicts.get(item["name"], {}))
            item["reasons"] = reasons.get(item["name"], [])
            items.append(item)
        return {"window": name, "routes": items, "only": only}

    def requests(self, query: Mapping[str, str]) -> dict[str, Any]:
        name, seconds = window({"window": query.get("window") or "7d"})
        filters = _filters(query, time.time() - seconds)
        rows = self.reader.requests(filters)
        more = rows[-1]["time"] if len(rows) == PAGE else None
        return {"window": name, "rows": rows, "filters": filters, "query": dict(query),
                "routes": list(self.config.routes), "who": self.reader.who(), "more": more,
                "backends": list(self.config.models)}  # fmt: skip

    def request(self, request_id: str) -> dict[str, Any] | None:
        row = self.reader.request(request_id)
        if row is None:
            return None
        if not self.config.log.prompts:
            row["prompt"] = None  # shown only where prompt logging is on
        total = sum(c["latency_ms"] or 0 for c in row["calls"]) or 1.0
        offset = 0.0
        for call in row["calls"]:
            call["offset_share"] = offset / total
            call["share"] = (call["latency_ms"] or 0) / total
            call["kind"] = self.kinds.get(call["backend"], "hosted")
            offset += call["latency_ms"] or 0
        return {"r": row, "prompts": self.config.log.prompts}

    def experiments(self, query: Mapping[str, str]) -> dict[str, Any]:
        name, seconds = window(query)
        report = self.reader.ab_report(seconds)
        for route in report["routes"].values():
            for diff in route["differences"]:
                diff["bar"] = _interval_bar(diff)
        return {"window": name, "report": report}

    def recommendations(self, query: Mapping[str, str]) -> dict[str, Any]:
        name, seconds = window({"window": query.get("window") or "30d"})
        return {"window": name, "items": self.reader.recommendations(seconds, self.config)}

    def keys(self) -> dict[str, Any]:
        keys, teams = self.reader.keys()
        now = time.time()
        for item, column, value in [*((k, "key_id", k["id"]) for k in keys),
                                    *((t, "team", t["name"]) for t in teams)]:  # fmt: skip
            start, _ = period_bounds(item["period"] or "month", now)
            item["spent"], item["requests"] = self.reader.spend(column, value, start)
            budget = item["budget"]
            item["used"] = item["spent"] / budget if budget else None
        return {"keys": keys, "teams": teams}

    def backends(self) -> dict[str, Any]:
        live = dict(self.health()) if self.health is not None else None
        rows = []
        for name, spec in self.config.models.items():
            state = (live or {}).get("backends", {}).get(name, {})
            breaker = state.get("breaker") or {}
            rows.append({
                "name": name, "backend": getattr(spec, "backend", "?"),
                "model": getattr(spec, "model", ""), "kind": self.kinds[name],
                "residency": getattr(spec, "residency", ""),
                "breaker": breaker.get("state", "closed" if live else None),
                "failures": breaker.get("failures"),
                "queue_depth": state.get("queue_depth") if live else None,
            })  # fmt: skip
        return {"live": live, "backends": rows}


def _filters(query: Mapping[str, str], since: float) -> Filters:
    escalated = {"yes": True, "no": False}.get(query.get("escalated") or "")
    status = query.get("status") or None
    if status not in (None, "ok", "error"):
        raise BadQuery(f"status must be ok or error, not {status!r}")
    try:
        before = float(query["before"]) if query.get("before") else None
    except ValueError as exc:
        raise BadQuery("before must be a time in seconds") from exc
    return Filters(
        route=query.get("route") or None, status=status, backend=query.get("backend") or None,
        who=query.get("who") or None, escalated=escalated, before=before, since=since,
        id_prefix=(query.get("id") or "").strip() or None,
    )  # fmt: skip


def _pass_rates(steps: Mapping[str, Mapping[str, int]]) -> list[dict[str, Any]]:
    out = []
    for step, counts in sorted(steps.items()):
        n = counts["passed"] + counts["failed"]
        out.append({"step": step, "n": n, "passed": counts["passed"],
                    "rate": counts["passed"] / n if n else None})  # fmt: skip
    return out


def _interval_bar(diff: Mapping[str, Any], scale: float = 1.0) -> dict[str, float] | None:
    """Where a difference and its 95% interval sit on a -100%..+100% axis (0..1)."""
    if diff["relative"] is None or diff["low"] is None or diff["high"] is None:
        return None

    def place(value: float) -> float:
        return max(0.0, min(1.0, 0.5 + value / (2 * scale)))

    return {"low": place(diff["low"]), "mid": place(diff["relative"]), "high": place(diff["high"])}
