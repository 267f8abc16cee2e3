"""Every read the dashboard makes of the request log, in one place.

`LogReader` is the dashboard's only door to the log: the per-route and per-backend figures come
from the same code as `rung stats` (`rung.telemetry.stats`), the A/B report from the same code
as `rung ab report`, and the rest from the SQL below. Either store (a SQLite file or a
PostgreSQL database) is read through `rung.telemetry.logstore.open_reader`, in SQLite's SQL with
`?` placeholders; the few expressions the two dialects spell differently (a time bucket, the
elements of a JSON array) are the `DIALECTS` below, and the rest is written in their common SQL
(no boolean sums, every sub-select named, NULLs ordered explicitly, averages read as floats).

Every query is bounded by the time index (`requests_time`) or a primary key, so a page reads
only its window; the heavier figures of one window are kept for `CACHE_SECONDS` (or ten times
what they took to compute) and refreshed in the background.
"""

from __future__ import annotations

import logging
import statistics
import sys
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from rung.evals.ab_report import ab_report
from rung.telemetry.logstore import LogConnection, Target, describe, is_url, open_reader
from rung.telemetry.readonly import LogUnreadable
from rung.telemetry.stats import stats

logger = logging.getLogger("rung.ui")
CACHE_SECONDS = 5.0
PAGE = 50  # requests per page of the list
CLIENT = "r.time >= ? AND r.route IS NOT NULL AND r.parent_id IS NULL"  # as `rung stats` counts

TOTALS = f"SELECT r.latency_ms, r.escalated FROM requests r WHERE {CLIENT}"
FEEDBACK = f"""
SELECT avg(s.score), count(s.score) FROM (SELECT
  (SELECT avg(f.value) FROM feedback f WHERE f.request_id = r.id) AS score
  FROM requests r WHERE {CLIENT}) AS s
"""  # driven by the time index (a GROUP BY request_id would scan every feedback row)
TTFT = f"""
SELECT c.ttft_ms FROM calls c JOIN requests r ON r.id = c.request_id
WHERE {CLIENT} AND c.seq = 0 AND c.ttft_ms IS NOT NULL
"""
SERIES = f"""
SELECT {{bucket}} AS bucket, count(*) AS requests,
       sum(CASE WHEN r.status >= 400 THEN 1 ELSE 0 END) AS errors, sum(r.cost) AS cost,
       avg(r.latency_ms) AS latency_ms,
       avg(r.escalated) AS escalation_rate
FROM requests r WHERE {CLIENT} GROUP BY 1 ORDER BY 1
"""
FEEDBACK_SERIES = f"""
SELECT {{bucket}} AS bucket, avg(f.value) AS score
FROM feedback f JOIN requests r ON r.id = f.request_id
WHERE {CLIENT} GROUP BY 1
"""
TOKENS = f"""
SELECT count(*) AS requests,
  coalesce(sum((SELECT max(c.prompt_tokens) FROM calls c WHERE c.request_id = r.id)), 0) AS prompt,
  coalesce(sum((SELECT max(c.completion_tokens) FROM calls c WHERE c.request_id = r.id)), 0)
    AS completion
FROM requests r WHERE {CLIENT}
"""
VERDICTS = f"""
SELECT r.route, {{step}} AS step, {{code}} AS code, count(*) AS n
FROM requests r, {{elements}} AS d
WHERE {CLIENT} AND r.decisions IS NOT NULL
  AND {{code}} IN ('verifier_passed', 'verifier_failed')
GROUP BY 1, 2, 3
"""
DIALECTS = {  # what SQLite and PostgreSQL spell differently; the times are positive, so
    "sqlite": {  # SQLite's CAST (which truncates) is PostgreSQL's floor
        "bucket": "CAST(r.time / ? AS INTEGER)",
        "elements": "json_each(r.decisions)",
        "step": "json_extract(d.value, '$.step')",
        "code": "json_extract(d.value, '$.code')",
    },
    "postgres": {
        "bucket": "CAST(floor(r.time / ?) AS BIGINT)",
        "elements": "jsonb_array_elements(CAST(r.decisions AS jsonb))",
        "step": "(d.value ->> 'step')",
        "code": "(d.value ->> 'code')",
    },
}
ESCALATED = f"""
SELECT r.id, r.route, r.decisions FROM requests r
WHERE {CLIENT} AND r.escalated = 1 ORDER BY r.time DESC LIMIT 20000
"""
ESCALATION_CODES = frozenset({"verifier_failed", "circuit_open", "context_window", "backend_error"})
REQUEST_FIELDS = (
    "r.id, r.time, r.route, r.pattern, r.stream, r.status, r.error, r.latency_ms, r.answered_by,"
    " r.escalated, r.cost, r.cache, r.variant, r.parent_id, r.key_id, r.key_name, r.team"
)
AUDIT = """
SELECT seq, backend, residency, policy, action, kinds FROM audit WHERE request_id = ? ORDER BY seq
"""  # never raw_values: the dashboard shows kinds and counts, never the values
SPEND = "SELECT coalesce(sum(cost), 0), count(*) FROM requests WHERE time >= ? AND {column} = ?"


@dataclass(slots=True)
class Filters:
    """What the request list is narrowed to (None: anything)."""

    route: str | None = None
    status: str | None = None  # "ok" (< 400) or "error"
    backend: str | None = None
    who: str | None = None  # a key id or name, or a team
    escalated: bool | None = None
    id_prefix: str | None = None  # the start of a request id
    before: float | None = None  # the page after the one ending here
    since: float = 0.0

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = ["r.time >= ?", "r.parent_id IS NULL"]
        args: list[Any] = [self.since]
        if self.route:
            clauses.append("r.route = ?")
            args.append(self.route)
        if self.status == "ok":
            clauses.append("r.status < 400")
        elif self.status == "error":
            clauses.append("r.status >= 400")
        if self.backend:
            clauses.append("EXISTS (SELECT 1 FROM calls c WHERE c.request_id = r.id"
                           " AND c.backend = ?)")  # fmt: skip
            args.append(self.backend)
        if self.who:
            clauses.append("(r.key_id = ? OR r.key_name = ? OR r.team = ?)")
            args.extend([self.who] * 3)
        if self.escalated is not None:
            clauses.append("r.escalated = ?")
            args.append(int(self.escalated))
        if self.id_prefix:
            clauses.append("r.id >= ? AND r.id < ?")  # a range on the primary key, not LIKE
            args.extend([self.id_prefix, self.id_prefix + "\U0010ffff"])
        if self.before is not None:
            clauses.append("r.time < ?")
            args.append(self.before)
        return " AND ".join(clauses), args


def percentile(values: list[float], q: int) -> float | None:
    """The same percentile as `rung stats` (inclusive quantiles)."""
    if not values:
        return None
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


class LogReader:
    """Reads one request log, read-only: a SQLite file (`rung.telemetry.readonly`) or a
    PostgreSQL database (a read-only session); `target` is a `Path` or a `postgresql://` URL.
    A PostgreSQL reader keeps its idle connections (at most `KEEP`) for the next page."""

    KEEP = 4

    def __init__(self, target: Target, clock: Callable[[], float] = time.time) -> None:
        self.target: Target = target if is_url(target) else Path(target)
        self.dialect = DIALECTS["postgres" if is_url(target) else "sqlite"]
        self.clock = clock
        self._cache: dict[tuple[str, float], tuple[float, Any]] = {}  # key -> (due, value)
        self._lock = threading.Lock()
        self._refreshing: set[tuple[str, float]] = set()
        self._first: dict[tuple[str, float], threading.Lock] = {}
        self._idle: list[LogConnection] = []

    def __str__(self) -> str:
        return describe(self.target)  # never a password

    @contextmanager
    def connect(self) -> Iterator[LogConnection]:
        with self._lock:
            db = self._idle.pop() if self._idle else None
        db = db or open_reader(self.target)
        try:
            yield db
        except BaseException as exc:
            db.close()  # it may be broken, or mid-transaction
            if _lost(exc):
                raise LogUnreadable(f"lost the request log at {self}: {exc}") from exc
            raise
        with self._lock:
            keep = isinstance(self.target, str) and len(self._idle) < self.KEEP
            if keep:
                self._idle.append(db)
        if not keep:
            db.close()

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for db in idle:
            db.close()

    def sql(self, query: str) -> str:
        """A query with this store's spelling of the `DIALECTS` expressions."""
        return query.format(**self.dialect)

    def exists(self) -> bool:
        """Whether there may be a log to read (a database is asked on the first page)."""
        return isinstance(self.target, str) or self.target.is_file()

    def _cached(self, name: str, seconds: float, build: Callable[[], Any]) -> Any:
        """`build()`, kept until due (`_store`); past that the kept value is still answered while
        one background thread computes the next (a page never waits for a refresh)."""
        key = (name, seconds)
        with self._lock:
            hit = self._cache.get(key)
            stale = hit is not None and time.monotonic() >= hit[0]
            if stale and key not in self._refreshing:
                self._refreshing.add(key)
                threading.Thread(target=self._refresh, args=(key, build), daemon=True).start()
        if hit is not None:
            return hit[1]
        with self._lock:
            first = self._first.setdefault(key, threading.Lock())
        with first:  # one first computation of a figure at a time (a page waits for the warm-up)
            with self._lock:
                hit = self._cache.get(key)
            if hit is not None:
                return hit[1]
            self._store(key, build)
            return self._cache[key][1]

    def _store(self, key: tuple[str, float], build: Callable[[], Any]) -> None:
        """Compute and keep a figure until it is due again: `CACHE_SECONDS`, or ten times what
        it took (so a refresh in the background takes at most a tenth of the time)."""
        start = time.monotonic()
        try:
            value = build()
        except Exception as exc:
            if _lost(exc):
                raise LogUnreadable(f"lost the request log at {self}: {exc}") from exc
            raise
        now = time.monotonic()
        with self._lock:
            self._cache[key] = (now + max(CACHE_SECONDS, 10 * (now - start)), value)

    def _refresh(self, key: tuple[str, float], build: Callable[[], Any]) -> None:
        try:
            self._store(key, build)
        except Exception:  # the log went away or is locked: keep the old figures, say so
            logger.exception("the dashboard could not refresh %s", key[0])
        finally:
            with self._lock:
                self._refreshing.discard(key)

    # ---- overview ------------------------------------------------------------------------

    def stats(self, seconds: float) -> dict[str, Any]:
        """Per route and per backend: exactly what `rung stats --json --since` prints."""
        return self._cached("stats", seconds, lambda: stats(self.target, seconds))  # type: ignore[no-any-return]

    def overview(self, seconds: float) -> dict[str, Any]:
        return self._cached("overview", seconds, lambda: self._overview(seconds))  # type: ignore[no-any-return]

    def _overview(self, seconds: float) -> dict[str, Any]:
        since = self.clock() - seconds
        bucket = max(60.0, seconds / 60)
        with self.connect() as db:
            rows = db.execute(TOTALS, (since,)).fetchall()
            score, scored = db.execute(FEEDBACK, (since,)).fetchone()
            ttfts = [row[0] for row in db.execute(TTFT, (since,))]
            series = [dict(row) for row in db.execute(self.sql(SERIES), (bucket, since))]
            scores = {row[0]: row[1] for row in db.execute(self.sql(FEEDBACK_SERIES),
                                                           (bucket, since))}  # fmt: skip
            tokens = dict(db.execute(TOKENS, (since,)).fetchone())
        for point in series:
            point["escalation_rate"] = _float(point["escalation_rate"])  # Postgres: a numeric
            point["time"] = point["bucket"] * bucket
            point["feedback"] = scores.get(point["bucket"])
        latencies = [row[0] for row in rows]
        judged = [row[1] for row in rows if row[1] is not None]
        return {
            "since": since,
            "until": since + seconds,
            "bucket": bucket,
            "requests": len(rows),
            "escalation_rate": sum(judged) / len(judged) if judged else None,
            "feedback_score": score,
            "feedback_n": scored,
            "p50_ms": percentile(latencies, 50),
            "p95_ms": percentile(latencies, 95),
            "ttft_p50_ms": percentile(ttfts, 50),
            "ttft_p95_ms": percentile(ttfts, 95),
            "series": series,
            "tokens": tokens,
        }

    # ---- routes --------------------------------------------------------------------------

    def verdicts(self, seconds: float) -> dict[str, dict[str, dict[str, int]]]:
        """route -> step ("verify <backend>") -> {"passed": n, "failed": n}."""
        return self._cached("verdicts", seconds, lambda: self._verdicts(seconds))  # type: ignore[no-any-return]

    def _verdicts(self, seconds: float) -> dict[str, dict[str, dict[str, int]]]:
        since = self.clock() - seconds
        out: dict[str, dict[str, dict[str, int]]] = defaultdict(dict)
        with self.connect() as db:
            for row in db.execute(self.sql(VERDICTS), (since,)):
                counts = out[row["route"]].setdefault(row["step"], {"passed": 0, "failed": 0})
                counts["passed" if row["code"] == "verifier_passed" else "failed"] += row["n"]
        return dict(out)

    def escalations(self, seconds: float) -> dict[str, list[dict[str, Any]]]:
        """route -> why its requests escalated, most frequent first: the first failed verdict
        or backend failure of each, with the newest reason text and request id as example."""
        return self._cached("escalations", seconds, lambda: self._escalations(seconds))  # type: ignore[no-any-return]

    def _escalations(self, seconds: float) -> dict[str, list[dict[str, Any]]]:
        since = self.clock() - seconds
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        examples: dict[tuple[str, str], tuple[str, str]] = {}
        with self.connect() as db:
            for row in db.execute(ESCALATED, (since,)):
                first = _first_failure(row["decisions"])
                label, text = first if first else ("other", "")
                counts[row["route"]][label] += 1
                examples.setdefault((row["route"], label), (text, row["id"]))
        return {
            route: [
                {"reason": label, "count": n, "example": examples[(route, label)][0],
                 "request_id": examples[(route, label)][1]}
                for label, n in counter.most_common()
            ]
            for route, counter in counts.items()
        }  # fmt: skip

    def recommendations(self, seconds: float, config: Any) -> list[Any]:
        """`rung recommend` for the window (cached like the other heavy figures)."""
        from rung.recommend import recommend

        return self._cached("recommend", seconds, lambda: recommend(self.target, seconds, config))  # type: ignore[no-any-return]

    def ab_report(self, seconds: float) -> dict[str, Any]:
        """What `rung ab report --json --since` prints."""
        return self._cached("ab", seconds, lambda: ab_report(self.target, seconds))  # type: ignore[no-any-return]

    # ---- requests ------------------------------------------------------------------------

    def requests(self, filters: Filters, limit: int = PAGE) -> list[dict[str, Any]]:
        where, args = filters.where()
        query = (
            f"SELECT {REQUEST_FIELDS} FROM requests r WHERE {where} ORDER BY r.time DESC LIMIT ?"
        )
        with self.connect() as db:
            rows = [dict(row) for row in db.execute(query, [*args, limit])]
            for row in rows:
                row["backends"] = [
                    c[0] for c in db.execute(
                        "SELECT backend FROM calls WHERE request_id = ? ORDER BY seq", (row["id"],)
                    )
                ]  # fmt: skip
        return rows

    def request(self, request_id: str) -> dict[str, Any] | None:
        """One request with its calls, decisions, privacy actions, feedback and shadow runs."""
        with self.connect() as db:
            row = db.execute(
                f"SELECT {REQUEST_FIELDS}, r.decisions, r.prompt, r.finish_reason"
                " FROM requests r WHERE r.id = ?",
                (request_id,),
            ).fetchone()
            if row is None:
                return None
            out = dict(row)
            out["decisions"] = orjson.loads(row["decisions"]) if row["decisions"] else []
            out["calls"] = [dict(c) for c in db.execute(
                "SELECT * FROM calls WHERE request_id = ? ORDER BY seq", (request_id,)
            )]  # fmt: skip
            out["audits"] = [_audit(dict(a)) for a in db.execute(AUDIT, (request_id,))]
            out["feedback"] = [dict(f) for f in db.execute(
                "SELECT name, value, time FROM feedback WHERE request_id = ? ORDER BY time",
                (request_id,),
            )]  # fmt: skip
            out["shadows"] = [dict(s) for s in db.execute(
                f"SELECT {REQUEST_FIELDS} FROM requests r WHERE r.parent_id = ?", (request_id,)
            )]  # fmt: skip
        return out

    def who(self) -> list[str]:
        """Key names and teams the request filter offers (from the key store, not a scan)."""
        with self.connect() as db:
            return [r[0] for r in db.execute(
                "SELECT name FROM keys UNION SELECT name FROM teams ORDER BY 1")]  # fmt: skip

    # ---- keys ----------------------------------------------------------------------------

    def keys(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """Keys (never the keys themselves: only ids, names, limits) and teams."""
        with self.connect() as db:
            keys = [dict(r) for r in db.execute(
                "SELECT id, name, team, budget, period, rpm, tpm, expires, revoked, created"
                " FROM keys ORDER BY coalesce(team, ''), name")]  # fmt: skip
            teams = [dict(r) for r in db.execute(
                "SELECT name, budget, period, rpm, tpm FROM teams ORDER BY name")]  # fmt: skip
        return keys, teams

    def spend(self, column: str, value: str, since: float) -> tuple[float, int]:
        """Cost and requests of one key (`key_id`) or team (`team`) since `since`."""
        assert column in ("key_id", "team")
        with self.connect() as db:
            cost, count = db.execute(SPEND.format(column=column), (since, value)).fetchone()
        return float(cost), int(count)


def _lost(exc: BaseException) -> bool:
    """Whether a PostgreSQL log went away under a query (a down server: the page says so)."""
    psycopg = sys.modules.get("psycopg")  # loaded by any reader of a PostgreSQL log
    return psycopg is not None and isinstance(exc, psycopg.OperationalError)


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


def _first_failure(decisions: str | None) -> tuple[str, str] | None:
    """(label, reason text) of the first decision that made a request climb."""
    for d in orjson.loads(decisions) if decisions else []:
        code = d.get("code")
        if code in ESCALATION_CODES:
            label = (
                f"{d.get('subject') or 'verifier'} failed" if code == "verifier_failed" else code
            )
            return label, str(d.get("reason", ""))
    return None


def _audit(row: dict[str, Any]) -> dict[str, Any]:
    """An audit row with its kinds counted (`{"PERSON": 2}`), never the values."""
    kinds = orjson.loads(row["kinds"]) if row["kinds"] else {}
    if isinstance(kinds, list):
        kinds = dict(Counter(str(k) for k in kinds))
    row["kinds"] = kinds
    return row
