"""Budgets per calendar UTC period, attributed to key and team, and seeded spend."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from rung._errors import BudgetExceeded
from rung.keys.principal import Quota
from rung.limits import Limits, key_subject, period_bounds, team_subject

from .helpers import START, FakeClock, header, principal


def utc(*args: int) -> float:
    return datetime(*args, tzinfo=UTC).timestamp()  # type: ignore[misc]


@pytest.mark.parametrize(
    ("period", "now", "start", "end"),
    [
        ("day", utc(2026, 11, 30, 18), utc(2026, 11, 30), utc(2026, 12, 1)),
        ("week", utc(2026, 12, 3, 9), utc(2026, 11, 30), utc(2026, 12, 7)),  # Thu -> Mon
        ("week", utc(2026, 11, 30, 0), utc(2026, 11, 30), utc(2026, 12, 7)),
        ("month", utc(2026, 12, 31, 23, 59), utc(2026, 12, 1), utc(2027, 1, 1)),
        ("month", utc(2027, 2, 14), utc(2027, 2, 1), utc(2027, 3, 1)),
    ],
)
def test_periods_are_calendar_utc(period: str, now: float, start: float, end: float) -> None:
    assert period_bounds(period, now) == (start, end)


def test_an_unknown_period_is_named() -> None:
    with pytest.raises(ValueError, match="'year'"):
        period_bounds("year", START)


def test_over_budget_is_429_with_the_reset_time_until_the_next_period() -> None:
    clock = FakeClock()  # Monday 30 November 2026, 18:00 UTC
    limits = Limits(clock)
    alice = principal(key_quota=Quota(budget=1.0, period="month"))
    limits.settle(limits.admit(alice, "chat", 0), 10, 0.6)
    limits.settle(limits.admit(alice, "chat", 0), 10, 0.6)  # 0.6 < 1.0: admitted
    assert limits.spend(key_subject("k1")) == pytest.approx(1.2)
    with pytest.raises(BudgetExceeded) as caught:
        limits.admit(alice, "chat", 0)
    error = caught.value
    assert error.status == 429 and error.backend_fault is False
    assert error.to_json()["error"]["code"] == "budget_exceeded"
    assert "key 'name-k1' has spent its budget for this month" in error.message
    assert "1.2000 spent of 1.0000" in error.message
    assert "resets at 2026-12-01T00:00:00Z" in error.message
    assert header(error.headers(), "retry-after") == str(6 * 3600)
    clock.t = utc(2026, 12, 1)  # a new month
    assert limits.spend(key_subject("k1")) == 0.0
    limits.admit(alice, "chat", 0)


def test_a_day_budget_resets_at_midnight_utc() -> None:
    clock = FakeClock()
    limits = Limits(clock)
    alice = principal(key_quota=Quota(budget=0.5, period="day"))
    limits.settle(limits.admit(alice, "chat", 0), 0, 0.5)
    with pytest.raises(BudgetExceeded, match="this day"):
        limits.admit(alice, "chat", 0)
    clock.t = utc(2026, 11, 30, 23, 59, 59)
    with pytest.raises(BudgetExceeded):
        limits.admit(alice, "chat", 0)
    clock.t = utc(2026, 12, 1)
    limits.admit(alice, "chat", 0)


def test_an_estimate_that_does_not_fit_is_refused_before_the_budget_is_spent() -> None:
    limits = Limits(FakeClock())
    alice = principal(key_quota=Quota(budget=1.0))
    limits.settle(limits.admit(alice, "chat", 0, cost_estimate=0.7), 0, 0.7)
    with pytest.raises(BudgetExceeded, match=r"estimated cost 0\.5000"):
        limits.admit(alice, "chat", 0, cost_estimate=0.5)
    limits.admit(alice, "chat", 0, cost_estimate=0.3)  # exactly fits


def test_spend_is_attributed_to_key_and_team_and_both_budgets_apply() -> None:
    limits = Limits(FakeClock())
    team = Quota(budget=1.0, period="week")
    alice = principal("a", team="search", key_quota=Quota(budget=10.0), team_quota=team)
    bob = principal("b", team="search", team_quota=team)
    limits.settle(limits.admit(alice, "chat", 0), 0, 0.75)
    limits.settle(limits.admit(bob, "chat", 0), 0, 0.25)
    assert limits.spend(key_subject("a")) == 0.75
    assert limits.spend(key_subject("b")) == 0.25
    assert limits.spend(team_subject("search")) == 1.0
    for who in (alice, bob):  # alice's own budget has room; her team's has not
        with pytest.raises(BudgetExceeded) as caught:
            limits.admit(who, "chat", 0)
        assert "team 'search' has spent its budget for this week" in caught.value.message
        assert "resets at 2026-12-07T00:00:00Z" in caught.value.message
    assert limits.spend("team:nobody") == 0.0


def test_seeded_spend_counts_until_the_period_ends() -> None:
    clock = FakeClock()
    limits = Limits(clock)
    limits.load_spend({key_subject("k1"): 5.0, team_subject("search"): 2.0})
    assert limits.spend(key_subject("k1")) == 5.0
    alice = principal(team="search", key_quota=Quota(budget=5.0))
    with pytest.raises(BudgetExceeded):
        limits.admit(alice, "chat", 0)
    limits.settle(limits.admit(principal("k2", team="search"), "chat", 0), 0, 1.0)
    assert limits.spend(team_subject("search")) == 3.0
    clock.t = utc(2026, 12, 1, 0, 0, 1)
    limits.admit(alice, "chat", 0)
    assert limits.spend(key_subject("k1")) == 0.0


def test_settle_is_counted_once() -> None:
    limits = Limits(FakeClock())
    alice = principal(key_quota=Quota(budget=1.0, tpm=100))
    admission = limits.admit(alice, "chat", 10, cost_estimate=0.1)
    limits.settle(admission, 20, 0.4)
    limits.settle(admission, 20, 0.4)
    assert limits.spend(key_subject("k1")) == pytest.approx(0.4)
    second = limits.admit(alice, "chat", 0, cost_estimate=0.6)  # 0.4 + 0.6 fits
    assert header(second.headers, "x-ratelimit-remaining-tokens") == "80"


def test_a_request_is_charged_to_the_period_in_which_it_settles() -> None:
    clock = FakeClock(utc(2026, 11, 30, 23, 59, 59))
    limits = Limits(clock)
    alice = principal(key_quota=Quota(budget=1.0, period="day"))
    late = limits.admit(alice, "chat", 0, cost_estimate=0.6)
    clock.t = utc(2026, 12, 1, 0, 0, 1)  # a new day; the request is still in flight
    with pytest.raises(BudgetExceeded, match=r"0\.6000 reserved"):
        limits.admit(alice, "chat", 0, cost_estimate=0.6)  # its reservation still holds
    limits.settle(late, 0, 0.6)
    assert limits.spend(key_subject("k1")) == pytest.approx(0.6)  # charged to 1 December
    limits.admit(alice, "chat", 0, cost_estimate=0.4)
