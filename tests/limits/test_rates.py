"""Requests and tokens per minute: an exact sliding log, moved by a fake clock."""

from __future__ import annotations

import pytest

from rung._errors import BudgetExceeded, Overloaded, RateLimited
from rung.keys.principal import Quota
from rung.limits import Limits, format_reset

from .helpers import FakeClock, header, principal


def test_rpm_is_exact_over_a_sliding_minute() -> None:
    clock = FakeClock()
    limits = Limits(clock)
    alice = principal(key_quota=Quota(rpm=3))
    for _ in range(3):
        limits.admit(alice, "chat", 0)
        clock.advance(10)  # admitted at +0, +10, +20
    clock.t += 59.9 - 30  # +59.9: all three still inside the last minute
    with pytest.raises(RateLimited) as caught:
        limits.admit(alice, "chat", 0)
    assert header(caught.value.headers(), "retry-after") == "1"  # 0.1 s, rounded up
    clock.advance(0.1)  # +60: the first request has left the window
    limits.admit(alice, "chat", 0)
    with pytest.raises(RateLimited) as caught:
        limits.admit(alice, "chat", 0)  # +10 and +20 and +60 are in the window
    assert header(caught.value.headers(), "retry-after") == "10"


def test_rate_limited_is_a_client_side_429_with_openai_headers() -> None:
    clock = FakeClock()
    limits = Limits(clock)
    alice = principal(key_quota=Quota(rpm=1, tpm=1000))
    limits.admit(alice, "chat", 100)
    clock.advance(15)
    with pytest.raises(RateLimited) as caught:
        limits.admit(alice, "chat", 100)
    error = caught.value
    assert isinstance(error, Overloaded)
    assert error.status == 429 and error.backend_fault is False
    assert error.to_json()["error"]["code"] == "rate_limit_exceeded"
    assert "key 'name-k1'" in error.message and "1 requests per minute" in error.message
    headers = error.headers()
    assert header(headers, "retry-after") == "45"
    assert header(headers, "x-ratelimit-limit-requests") == "1"
    assert header(headers, "x-ratelimit-remaining-requests") == "0"
    assert header(headers, "x-ratelimit-reset-requests") == "45s"
    assert header(headers, "x-ratelimit-remaining-tokens") == "900"


def test_admitted_responses_carry_the_headers() -> None:
    clock = FakeClock()
    limits = Limits(clock)
    alice = principal(key_quota=Quota(rpm=60, tpm=150_000))
    first = limits.admit(alice, "chat", 16)
    assert header(first.headers, "x-ratelimit-limit-requests") == "60"
    assert header(first.headers, "x-ratelimit-remaining-requests") == "59"
    assert header(first.headers, "x-ratelimit-reset-requests") == "1m0s"
    assert header(first.headers, "x-ratelimit-limit-tokens") == "150000"
    assert header(first.headers, "x-ratelimit-remaining-tokens") == "149984"
    assert header(first.headers, "x-ratelimit-reset-tokens") == "1m0s"
    clock.advance(12.5)
    second = limits.admit(alice, "chat", 16)
    assert header(second.headers, "x-ratelimit-remaining-requests") == "58"
    assert header(second.headers, "x-ratelimit-reset-requests") == "47.5s"


def test_no_rate_limit_no_headers() -> None:
    limits = Limits(FakeClock())
    admission = limits.admit(principal(key_quota=Quota(budget=5.0)), "chat", 10)
    assert admission.headers == []


def test_only_the_kinds_that_are_limited_get_headers() -> None:
    limits = Limits(FakeClock())
    admission = limits.admit(principal(key_quota=Quota(tpm=100)), "chat", 10)
    assert header(admission.headers, "x-ratelimit-limit-requests") is None
    assert header(admission.headers, "x-ratelimit-remaining-tokens") == "90"


def test_tokens_are_reserved_at_admit_and_corrected_at_settle() -> None:
    clock = FakeClock()
    limits = Limits(clock)
    alice = principal(key_quota=Quota(tpm=100))
    first = limits.admit(alice, "chat", 80)
    clock.advance(5)
    with pytest.raises(RateLimited) as caught:
        limits.admit(alice, "chat", 30)  # 80 reserved + 30 > 100
    assert header(caught.value.headers(), "retry-after") == "55"
    assert "100 tokens per minute" in caught.value.message
    limits.settle(first, 10, 0.0)  # it used 10 tokens in the end
    second = limits.admit(alice, "chat", 30)
    assert header(second.headers, "x-ratelimit-remaining-tokens") == "60"
    limits.settle(second, 95, 0.0)  # more than estimated: the window holds 105
    with pytest.raises(RateLimited):
        limits.admit(alice, "chat", 0)
    clock.advance(55)  # the first request (10 tokens) leaves: 95 left
    third = limits.admit(alice, "chat", 5)
    assert header(third.headers, "x-ratelimit-remaining-tokens") == "0"


def test_a_settle_after_the_window_charges_the_extra_tokens_now() -> None:
    clock = FakeClock()
    limits = Limits(clock)
    alice = principal(key_quota=Quota(tpm=100))
    slow = limits.admit(alice, "chat", 10)
    clock.advance(61)  # a long stream: its entry has left the window
    limits.settle(slow, 70, 0.0)  # 60 more than reserved, spent just now
    admission = limits.admit(alice, "chat", 0)
    assert header(admission.headers, "x-ratelimit-remaining-tokens") == "40"


def test_a_request_larger_than_the_token_limit_says_so() -> None:
    limits = Limits(FakeClock())
    with pytest.raises(RateLimited) as caught:
        limits.admit(principal(key_quota=Quota(tpm=100)), "chat", 101)
    assert "more than the limit of 100 tokens per minute" in caught.value.message


def test_key_and_team_limits_both_apply_and_headers_show_the_tighter() -> None:
    limits = Limits(FakeClock())
    team = Quota(rpm=2)
    alice = principal("a", team="search", key_quota=Quota(rpm=10), team_quota=team)
    bob = principal("b", team="search", key_quota=Quota(rpm=10), team_quota=team)
    limits.admit(alice, "chat", 0)
    admission = limits.admit(bob, "chat", 0)
    assert header(admission.headers, "x-ratelimit-limit-requests") == "2"  # the team's
    assert header(admission.headers, "x-ratelimit-remaining-requests") == "0"
    with pytest.raises(RateLimited) as caught:
        limits.admit(alice, "chat", 0)
    assert "team 'search'" in caught.value.message
    # another team's key is not affected
    limits.admit(principal("c", team="other", team_quota=team), "chat", 0)


def test_refused_requests_use_no_rate() -> None:
    limits = Limits(FakeClock())
    alice = principal(key_quota=Quota(rpm=2, budget=0.0))
    for _ in range(5):
        with pytest.raises(BudgetExceeded):
            limits.admit(alice, "chat", 0)
    poor = principal(key_quota=Quota(rpm=2))
    limits.admit(poor, "chat", 0)
    limits.admit(poor, "chat", 0)
    for _ in range(3):
        with pytest.raises(RateLimited):
            limits.admit(poor, "chat", 0)
    bob = principal("b", key_quota=Quota(rpm=2))
    assert header(limits.admit(bob, "chat", 0).headers, "x-ratelimit-remaining-requests") == "1"


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0.0, "0s"),
        (0.02, "20ms"),
        (1.0, "1s"),
        (1.5, "1.5s"),
        (8.64, "8.64s"),
        (59.9996, "1m0s"),
        (360.0, "6m0s"),
        (3723.25, "1h2m3.25s"),
    ],
)
def test_reset_is_written_as_openai_writes_it(seconds: float, text: str) -> None:
    assert format_reset(seconds) == text
