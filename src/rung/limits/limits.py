"""`Limits`: rate limits and budgets of keys and teams, in this process.

`admit` runs before a request is sent anywhere: it checks the budgets, then the rates, of the
key and of its team (all must pass), and on success reserves the request's place in each
window and its estimated cost in each budget. `settle` runs once the request is over (from any
thread) with the real tokens and cost. See the package docstring for the window, the periods and
the overshoot bound.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from rung._errors import BudgetExceeded, RateLimited
from rung.keys.principal import Principal, Quota
from rung.limits.budget import Spend, iso
from rung.limits.window import Entry, Window, reset_bytes

Clock = Callable[[], float]


def key_subject(key_id: str) -> str:
    """The subject under which a key's spend is kept (for `spend` and `load_spend`)."""
    return f"key:{key_id}"


def team_subject(team: str) -> str:
    """The subject under which a team's spend is kept (for `spend` and `load_spend`)."""
    return f"team:{team}"


@dataclass(slots=True, eq=False)
class Admission:
    """What `admit` decided and reserved; hand it to `settle` exactly once."""

    headers: list[tuple[bytes, bytes]]  # x-ratelimit-* for the response (empty: no rate limit)
    cost_estimate: float = 0.0
    entries: list[tuple[Window, Entry]] = field(default_factory=list)
    spends: list[tuple[Spend, str]] = field(default_factory=list)  # (spend, its period)
    settled: bool = False
    shared: Any = None  # what `SharedLimits` reserved on the shared state


class _Subject:
    """One key or team as `admit` sees it: its subject, its quota, and who it is."""

    __slots__ = ("principal", "quota", "subject", "team")

    def __init__(self, subject: str, quota: Quota, principal: Principal, team: bool) -> None:
        self.subject, self.quota, self.principal, self.team = subject, quota, principal, team

    @property
    def label(self) -> str:
        """How messages name it: key 'alice' (the key's name, never the key) or team 'search'."""
        if self.team:
            return f"team {self.principal.team!r}"
        return f"key {self.principal.name!r}"


class Limits:
    """Requests and tokens per minute, and budgets per period, of keys and teams.

    Thread-safe: one lock guards all counters, held for a few microseconds per call."""

    def __init__(self, clock: Clock = time.time) -> None:
        self.clock = clock
        self._lock = threading.Lock()
        self._windows: dict[str, Window] = {}
        self._spend: dict[str, Spend] = {}

    def admit(
        self, principal: Principal, route: str, tokens_estimate: int, cost_estimate: float = 0.0
    ) -> Admission:
        """Admit one request for `route` or raise BudgetExceeded / RateLimited (both 429).

        `tokens_estimate` is reserved in the tokens-per-minute windows and `cost_estimate` in
        the budgets until `settle` replaces them with the real figures."""
        subjects = _subjects(principal)
        tokens_estimate = max(0, tokens_estimate)
        cost_estimate = max(0.0, cost_estimate)
        with self._lock:
            now = self.clock()
            spends = [self._check_budget(s, cost_estimate, now) for s in subjects]
            windows = [self._check_rate(s, tokens_estimate, now) for s in subjects]
            for spend in spends:
                spend.reserve(cost_estimate)
            entries = [(w, w.add(now, tokens_estimate)) for w in windows if w is not None]
            headers = _headers(subjects, windows, now) if entries else []
        periods = [(spend, s.quota.period) for spend, s in zip(spends, subjects, strict=True)]
        return Admission(headers, cost_estimate, entries, periods)

    async def acquire(
        self, principal: Principal, route: str, tokens_estimate: int, cost_estimate: float = 0.0
    ) -> Admission:
        """`admit`, awaitable: the one call the gateway makes, whichever limits it has."""
        return self.admit(principal, route, tokens_estimate, cost_estimate)

    def settle(self, admission: Admission, tokens: int, cost: float) -> None:
        """Replace an admission's estimates with the request's real tokens and cost. A second
        settle of the same admission does nothing."""
        with self._lock:
            if admission.settled:
                return
            admission.settled = True
            now = self.clock()
            for window, entry in admission.entries:
                window.correct(entry, max(0, tokens), now)
            for spend, period in admission.spends:
                spend.roll(period, now)
                spend.settle(admission.cost_estimate, max(0.0, cost), now)

    def spend(self, subject: str) -> float:
        """The settled spend of `subject` (`key_subject(id)`, `team_subject(name)`) in its
        current period; 0 if it has none."""
        with self._lock:
            state = self._spend.get(subject)
            if state is None:
                return 0.0
            if state.period:
                state.roll(state.period, self.clock())
            return state.spent

    def load_spend(self, spend: Mapping[str, float]) -> None:
        """Seed spend already made in the current period, e.g. summed from the request log at
        start: `{key_subject(id): 1.25, team_subject("search"): 7.5}`. Replaces what is kept."""
        with self._lock:
            now = self.clock()
            for subject, amount in spend.items():
                state = self._spend.setdefault(subject, Spend())
                state.spent, state.updated = float(amount), now

    def _check_budget(self, subject: _Subject, estimate: float, now: float) -> Spend:
        """The subject's spend state, or BudgetExceeded when this request does not fit."""
        state = self._spend.get(subject.subject)
        if state is None:
            state = self._spend[subject.subject] = Spend(updated=now)
        state.roll(subject.quota.period, now)
        budget = subject.quota.budget
        if budget is None:
            return state
        committed = state.spent + state.reserved
        slack = 1e-9 * max(1.0, abs(budget))
        if estimate > 0:
            fits = committed + estimate <= budget + slack
        else:
            fits = committed < budget - slack
        if not fits:
            message = _budget_message(subject, state, budget, estimate)
            raise BudgetExceeded(message, retry_after=state.end - now)
        return state

    def _check_rate(self, subject: _Subject, tokens: int, now: float) -> Window | None:
        """The subject's window (None without rate limits), or RateLimited when full."""
        rpm, tpm = subject.quota.rpm, subject.quota.tpm
        if rpm is None and tpm is None:
            return None
        window = self._windows.get(subject.subject)
        if window is None:
            window = self._windows[subject.subject] = Window()
        window.prune(now)
        if rpm is not None and (wait := window.request_wait(now, rpm)) > 0:
            message = f"{subject.label} is over its limit of {rpm} requests per minute"
            raise _rate_limited(message, wait, subject, window, now)
        if tpm is not None and tokens > tpm:
            message = (
                f"this request may use {tokens} tokens, more than the limit of {tpm} tokens per "
                f"minute of {subject.label}: ask for fewer (max_tokens, a shorter prompt)"
            )
            raise _rate_limited(message, 60.0, subject, window, now)
        if tpm is not None and (wait := window.token_wait(now, tpm, tokens)) > 0:
            message = (
                f"{subject.label} is over its limit of {tpm} tokens per minute "
                f"({window.tokens} used, this request may use {tokens})"
            )
            raise _rate_limited(message, wait, subject, window, now)
        return window


def _subjects(principal: Principal) -> list[_Subject]:
    key = _Subject("key:" + principal.key_id, principal.key_quota, principal, False)
    if principal.team is None:
        return [key]
    return [key, _Subject("team:" + principal.team, principal.team_quota, principal, True)]


def _budget_message(subject: _Subject, state: Spend, budget: float, estimate: float) -> str:
    in_flight = f", {state.reserved:.4f} reserved by requests in flight" if state.reserved else ""
    used = f"{state.spent:.4f} spent of {budget:.4f}{in_flight}"
    if state.spent + state.reserved < budget:
        what = f"cannot fit this request's estimated cost {estimate:.4f} in its budget for this"
    else:
        what = "has spent its budget for this"
    return f"{subject.label} {what} {state.period} ({used}); it resets at {iso(state.end)}"


def _rate_limited(
    message: str, wait: float, subject: _Subject, window: Window, now: float
) -> RateLimited:
    seconds = max(1, -int(-wait // 1))  # whole seconds, rounded up: never too early
    headers = _headers([subject], [window], now)
    return RateLimited(message, retry_after=seconds, extra_headers=headers)


def _headers(
    subjects: list[_Subject], windows: list[Window | None], now: float
) -> list[tuple[bytes, bytes]]:
    """OpenAI's x-ratelimit-* headers for the tightest of the limits that apply: per kind,
    the window with the fewest remaining. Reset is when that window's oldest entry leaves."""
    requests: tuple[int, int, Window] | None = None
    tokens: tuple[int, int, Window] | None = None
    for subject, window in zip(subjects, windows, strict=True):
        if window is None:
            continue
        rpm, tpm = subject.quota.rpm, subject.quota.tpm
        if rpm is not None and (requests is None or rpm - len(window.entries) < requests[0]):
            requests = (rpm - len(window.entries), rpm, window)
        if tpm is not None and (tokens is None or tpm - window.tokens < tokens[0]):
            tokens = (tpm - window.tokens, tpm, window)
    return [*_window_headers("requests", requests, now), *_window_headers("tokens", tokens, now)]


def _window_headers(
    kind: str, tightest: tuple[int, int, Window] | None, now: float
) -> list[tuple[bytes, bytes]]:
    """OpenAI's three headers for one kind of limit (requests or tokens), from its tightest
    window; none when no window limits that kind."""
    if tightest is None:
        return []
    remaining, limit, window = tightest
    name = kind.encode()
    return [
        (b"x-ratelimit-limit-" + name, b"%d" % limit),
        (b"x-ratelimit-remaining-" + name, b"%d" % max(0, remaining)),
        (b"x-ratelimit-reset-" + name, reset_bytes(window.next_free(now))),
    ]
