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

from rung._errors import BudgetExceeded, RateLimited
from rung.keys.principal import Principal, Quota
from rung.limits.budget import Spend, iso
from rung.limits.window import Entry, Window, format_reset

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


@dataclass(slots=True)
class _Subject:
    """One key or team as `admit` sees it: who, what label for messages, its quota."""

    subject: str
    label: str
    quota: Quota


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
            admission = Admission(headers=[], cost_estimate=cost_estimate)
            for spend, subject in zip(spends, subjects, strict=True):
                spend.reserve(cost_estimate)
                admission.spends.append((spend, subject.quota.period))
            limited = [(w, s.quota) for w, s in zip(windows, subjects, strict=True) if w]
            for window, _ in limited:
                assert window is not None
                admission.entries.append((window, window.add(now, tokens_estimate)))
            if limited:
                admission.headers = _headers(limited, now)
            return admission

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
            raise _rate_limited(message, wait, [(window, subject.quota)], now)
        if tpm is not None and tokens > tpm:
            message = (
                f"this request may use {tokens} tokens, more than the limit of {tpm} tokens per "
                f"minute of {subject.label}: ask for fewer (max_tokens, a shorter prompt)"
            )
            raise _rate_limited(message, 60.0, [(window, subject.quota)], now)
        if tpm is not None and (wait := window.token_wait(now, tpm, tokens)) > 0:
            message = (
                f"{subject.label} is over its limit of {tpm} tokens per minute "
                f"({window.tokens} used, this request may use {tokens})"
            )
            raise _rate_limited(message, wait, [(window, subject.quota)], now)
        return window


def _subjects(principal: Principal) -> list[_Subject]:
    key = _Subject(key_subject(principal.key_id), f"key {principal.name!r}", principal.key_quota)
    if principal.team is None:
        return [key]
    team = _Subject(team_subject(principal.team), f"team {principal.team!r}", principal.team_quota)
    return [key, team]


def _budget_message(subject: _Subject, state: Spend, budget: float, estimate: float) -> str:
    in_flight = f", {state.reserved:.4f} reserved by requests in flight" if state.reserved else ""
    used = f"{state.spent:.4f} spent of {budget:.4f}{in_flight}"
    if state.spent + state.reserved < budget:
        what = f"cannot fit this request's estimated cost {estimate:.4f} in its budget for this"
    else:
        what = "has spent its budget for this"
    return f"{subject.label} {what} {state.period} ({used}); it resets at {iso(state.end)}"


def _rate_limited(
    message: str, wait: float, limited: list[tuple[Window, Quota]], now: float
) -> RateLimited:
    seconds = max(1, -int(-wait // 1))  # whole seconds, rounded up: never too early
    return RateLimited(message, retry_after=seconds, extra_headers=_headers(limited, now))


def _headers(limited: list[tuple[Window, Quota]], now: float) -> list[tuple[bytes, bytes]]:
    """OpenAI's x-ratelimit-* headers for the tightest of the limits that apply: per kind,
    the window with the fewest remaining. Reset is when that window's oldest entry leaves."""
    headers: list[tuple[bytes, bytes]] = []
    requests = [(q.rpm - len(w.entries), q.rpm, w) for w, q in limited if q.rpm is not None]
    if requests:
        remaining, limit, window = min(requests, key=lambda r: r[0])
        headers += _triple(b"requests", limit, remaining, window.next_free(now))
    tokens = [(q.tpm - w.tokens, q.tpm, w) for w, q in limited if q.tpm is not None]
    if tokens:
        remaining, limit, window = min(tokens, key=lambda r: r[0])
        headers += _triple(b"tokens", limit, remaining, window.next_free(now))
    return headers


def _triple(kind: bytes, limit: int, remaining: int, reset: float) -> list[tuple[bytes, bytes]]:
    return [
        (b"x-ratelimit-limit-" + kind, str(limit).encode()),
        (b"x-ratelimit-remaining-" + kind, str(max(0, remaining)).encode()),
        (b"x-ratelimit-reset-" + kind, format_reset(reset).encode()),
    ]
