"""Spend per budget period of one key or team.

Periods are calendar periods in UTC: a day starts at 00:00 UTC, a week on Monday 00:00 UTC
(ISO weeks), a month on its first day at 00:00 UTC. Spend is charged when a request settles and
counts toward the period in which it settles; at the next period's start it begins again at 0.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

PERIODS = ("day", "week", "month")


def period_bounds(period: str, now: float) -> tuple[float, float]:
    """The start and end (epoch seconds) of the calendar UTC `period` holding `now`."""
    day = datetime.fromtimestamp(now, UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    if period == "day":
        start, end = day, day + timedelta(days=1)
    elif period == "week":
        start = day - timedelta(days=day.weekday())
        end = start + timedelta(days=7)
    elif period == "month":
        start = day.replace(day=1)
        end = (start + timedelta(days=32)).replace(day=1)
    else:
        raise ValueError(f"unknown budget period {period!r}: expected one of {', '.join(PERIODS)}")
    return start.timestamp(), end.timestamp()


def iso(t: float) -> str:
    """`t` as an ISO 8601 UTC time, e.g. 2026-12-01T00:00:00Z."""
    return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Spend:
    """One subject's spend in its current period, and the estimates reserved by its requests
    in flight. Not thread-safe: `Limits` locks."""

    __slots__ = ("end", "in_flight", "period", "reserved", "spent", "start", "updated")

    def __init__(self, spent: float = 0.0, updated: float = 0.0) -> None:
        self.spent = spent
        self.updated = updated  # when `spent` last changed: a seed or a settle
        self.reserved = 0.0
        self.in_flight = 0
        self.period = ""
        self.start = self.end = 0.0

    def roll(self, period: str, now: float) -> None:
        """Move to the `period` holding `now`; spend from an earlier period no longer counts."""
        if period == self.period and self.start <= now < self.end:
            return
        self.period = period
        self.start, self.end = period_bounds(period, now)
        if self.updated < self.start:
            self.spent = 0.0

    def reserve(self, estimate: float) -> None:
        self.reserved += estimate
        self.in_flight += 1

    def settle(self, estimate: float, cost: float, now: float) -> None:
        self.in_flight -= 1
        # With nothing in flight, nothing is reserved: do not let float drift accumulate.
        self.reserved = self.reserved - estimate if self.in_flight > 0 else 0.0
        self.spent += cost
        self.updated = now
