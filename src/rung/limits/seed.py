"""Spend already made this period, read back from the request log at start.

`Limits` keeps spend in memory; a restart would begin every budget again at 0. At start the
gateway sums the cost of the log's requests per key and per team since the start of each one's
current period, and hands that to `Limits.load_spend`:

    limits.load_spend(spend_from_log(db, principals, time.time()))

It reads `requests(time, cost, key_id, team)` (the log's columns; `time` is indexed): one query
per distinct period start and kind, whatever the number of keys.
"""

from __future__ import annotations

from collections.abc import Iterable

from rung.keys.principal import Principal
from rung.limits.budget import period_bounds
from rung.limits.limits import key_subject, team_subject
from rung.telemetry.logstore import LogConnection

COLUMNS = {"key": "key_id", "team": "team"}


def spend_from_log(
    db: LogConnection, principals: Iterable[Principal], now: float
) -> dict[str, float]:
    """{subject: spend since the start of its current period} for every key and team of
    `principals` (a key's period is its own quota's, a team's its team quota's)."""
    wanted: dict[tuple[str, float], set[str]] = {}  # (kind, period start) -> names
    subjects: dict[str, tuple[str, float, str]] = {}  # subject -> (kind, start, name)
    for p in principals:
        pairs = [("key", p.key_id, p.key_quota.period, key_subject(p.key_id))]
        if p.team is not None:
            pairs.append(("team", p.team, p.team_quota.period, team_subject(p.team)))
        for kind, name, period, subject in pairs:
            start = period_bounds(period, now)[0]
            wanted.setdefault((kind, start), set()).add(name)
            subjects[subject] = (kind, start, name)
    sums = {key: _sums(db, *key) for key in wanted}
    return {s: sums[(kind, start)].get(name, 0.0) for s, (kind, start, name) in subjects.items()}


def _sums(db: LogConnection, kind: str, start: float) -> dict[str, float]:
    column = COLUMNS[kind]
    rows = db.execute(
        f"SELECT {column}, SUM(cost) FROM requests WHERE time >= ? AND {column} IS NOT NULL"
        f" GROUP BY {column}",
        (start,),
    )
    return {str(name): float(total or 0.0) for name, total in rows}
