"""Spend summed back from a real SQLite request log, per key and team, per current period."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest

from rung._errors import BudgetExceeded
from rung.keys.principal import Quota
from rung.limits import Limits, key_subject, team_subject
from rung.limits.seed import spend_from_log

from .helpers import START, FakeClock, principal


def at(*args: int) -> float:
    return datetime(*args, tzinfo=UTC).timestamp()  # type: ignore[misc]


def test_spend_since_each_period_start_is_loaded_and_a_budget_holds_after_restart() -> None:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE requests (time REAL, cost REAL, key_id TEXT, team TEXT)")
    db.executemany(
        "INSERT INTO requests VALUES (?, ?, ?, ?)",
        [
            (at(2026, 10, 31, 23), 100.0, "a", "search"),  # last month: counts for nobody
            (at(2026, 11, 2), 1.0, "a", "search"),  # this month, last week
            (at(2026, 11, 30, 9), 2.0, "a", "search"),  # today (Monday)
            (at(2026, 11, 30, 10), 4.0, "b", "search"),
            (at(2026, 11, 30, 11), 8.0, None, None),  # no key: rung open on loopback
            (at(2026, 11, 30, 12), 16.0, "c", None),
        ],
    )
    alice = principal("a", team="search", key_quota=Quota(budget=3.0, period="month"),
                      team_quota=Quota(budget=6.0, period="week"))  # fmt: skip
    bob = principal("b", team="search", key_quota=Quota(period="day"),
                    team_quota=Quota(budget=6.0, period="week"))  # fmt: skip
    carol, dave = principal("c"), principal("d")
    spend = spend_from_log(db, [alice, bob, carol, dave], START)
    assert spend == {
        key_subject("a"): 3.0,  # this month: 1 + 2
        team_subject("search"): 6.0,  # this week (from Monday 30 Nov): 2 + 4
        key_subject("b"): 4.0,
        key_subject("c"): 16.0,
        key_subject("d"): 0.0,
    }
    limits = Limits(FakeClock())  # a restarted gateway
    limits.load_spend(spend)
    with pytest.raises(BudgetExceeded, match="key 'name-a' has spent"):
        limits.admit(alice, "chat", 0)
    with pytest.raises(BudgetExceeded, match="team 'search' has spent"):
        limits.admit(bob, "chat", 0)
