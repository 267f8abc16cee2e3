"""Keep a learned route's share of strong calls on the traffic it actually sees.

A threshold calibrated on training data does not carry over: on other traffic the same
threshold can send 0% or 100% of requests to the strong model. A ``ShareTracker`` watches the
live scores instead and moves the threshold so that the target share holds:

- the threshold is the score above which the target share of the last ``window`` live scores
  lies (a sliding-window quantile: it follows a shift in the traffic within one window),
  nudged by the gap between the target and the share of the last ``window`` decisions;
- until ``warmup`` live scores have been seen, the calibrated threshold is used;
- the threshold stays within ``bounds`` (e.g. never send a request scored below 0.2 to strong).

With a budget per 1,000 requests instead of a share (``Budget``), the target share is the one
that budget buys at the costs seen live: each priced request reports what it cost and which
tier answered it; the target is ``(aim - weak) / (strong - weak)``, with the mean cost of the
last ``window`` requests of each tier, and ``aim = 2 * budget - recent spend`` per request (the
spend of the last ``window`` requests steered back to the budget after a shift, as the share
is), within [0, 1]. Until a strong request has been priced the target is ``PROBE`` (a few
strong calls, so that the strong tier's cost is learned).

Its state (the recent scores and decisions, the running counts) goes through a ``ShareStore``:
a JSON file here (``FileShareStore``) or memory. Replicas on one Redis (the gateway's
``state: {url: redis://...}``) share one window instead: ``rung.routers.share_redis`` hears of
each decision and priced cost (``on_decided``, ``on_spent``), sends them to Redis in batches
off the request path, and puts the fleet's window in place of this one (``replace_window``,
``Budget.replace``); while Redis is down the window simply goes on locally.
"""

from __future__ import annotations

import bisect
import json
import os
import threading
from collections import deque
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

from rung.files import private_open

DEFAULT_WINDOW = 150  # bench/share_replay.py: 100-150 hold a 300-row segment best
DEFAULT_WARMUP = 50
SAVE_EVERY = 20
PROBE = 0.1  # a budget route's target share until the strong tier's cost is known


class ShareStore(Protocol):
    """Where a tracker's state lives between restarts (and, later, between replicas)."""

    def load(self, key: str) -> dict[str, Any] | None: ...

    def save(self, key: str, state: dict[str, Any]) -> None: ...


class MemoryShareStore:
    """State kept in this process only (tests; a route that need not survive a restart)."""

    def __init__(self) -> None:
        self.states: dict[str, dict[str, Any]] = {}

    def load(self, key: str) -> dict[str, Any] | None:
        state = self.states.get(key)
        return json.loads(json.dumps(state)) if state is not None else None

    def save(self, key: str, state: dict[str, Any]) -> None:
        self.states[key] = json.loads(json.dumps(state))


class FileShareStore:
    """One small JSON file (0600) of every tracker's state by key, replaced atomically."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}  # a missing or damaged file: start afresh (warm-up again)
        return data if isinstance(data, dict) else {}

    def load(self, key: str) -> dict[str, Any] | None:
        with self._lock:
            state = self._read().get(key)
        return state if isinstance(state, dict) else None

    def save(self, key: str, state: dict[str, Any]) -> None:
        with self._lock:
            data = self._read()
            data[key] = state
            tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
            with private_open(tmp, "wb") as handle:
                handle.write(json.dumps(data, separators=(",", ":")).encode("utf-8"))
            tmp.replace(self.path)


def default_state_file() -> Path:
    """``$RUNG_STATE_DIR/learned-share.json``, else ``~/.local/state/rung/learned-share.json``."""
    base = os.environ.get("RUNG_STATE_DIR") or Path.home() / ".local" / "state" / "rung"
    return Path(base) / "learned-share.json"


class Budget:
    """The share of strong calls a budget per 1,000 requests buys, at the costs seen live."""

    def __init__(self, per_1000: float, window: int = DEFAULT_WINDOW) -> None:
        if per_1000 < 0:
            raise ValueError(f"budget_per_1000 must be at least 0, got {per_1000}")
        self.per_1000 = per_1000
        self.costs: dict[bool, deque[float]] = {
            False: deque(maxlen=window),
            True: deque(maxlen=window),
        }
        self.recent: deque[float] = deque(maxlen=window)  # every request's cost, in order

    def add(self, strong: bool, cost: float) -> None:
        self.costs[strong].append(max(0.0, cost))
        self.recent.append(max(0.0, cost))

    def mean(self, strong: bool) -> float | None:
        costs = self.costs[strong]
        return sum(costs) / len(costs) if costs else None

    def share(self) -> float:
        """The target share: what the budget buys, PROBE while the strong cost is unknown."""
        strong, weak = self.mean(True), self.mean(False) or 0.0
        if strong is None:
            return PROBE
        if strong <= weak:
            return 1.0  # the strong tier costs no more: the budget does not bind
        aim = self.per_1000 / 1000
        if self.recent:  # steer the recent spend back to the budget after a shift
            aim = max(0.0, 2 * aim - sum(self.recent) / len(self.recent))
        return min(1.0, max(0.0, (aim - weak) / (strong - weak)))

    def state(self) -> dict[str, list[float]]:
        return {"weak": list(self.costs[False]), "strong": list(self.costs[True]),
                "recent": list(self.recent)}  # fmt: skip

    def restore(self, state: Any) -> bool:
        """Take the costs of `state` (from `state()`); False if it has another shape."""
        try:
            parts = [[float(c) for c in state[name]] for name in ("weak", "strong", "recent")]
        except (KeyError, TypeError, ValueError):
            return False  # the costs are learned again
        for into, costs in zip(
            (self.costs[False], self.costs[True], self.recent), parts, strict=True
        ):
            into.extend(costs)
        return True

    def replace(
        self, weak: Sequence[float], strong: Sequence[float], recent: Sequence[float]
    ) -> None:
        """Put these costs (the fleet's, from shared state) in place of this window's."""
        for into, costs in zip(
            (self.costs[False], self.costs[True], self.recent), (weak, strong, recent), strict=True
        ):
            into.clear()
            into.extend(costs)

    def spend_per_1000(self) -> float | None:
        """The spend per 1,000 of the last `window` requests (None before any cost)."""
        return 1000 * sum(self.recent) / len(self.recent) if self.recent else None


class ShareTracker:
    """A live threshold that keeps ``target`` (0..1) of requests on the strong tier."""

    def __init__(
        self,
        target: float,
        calibrated: float,
        *,
        window: int = DEFAULT_WINDOW,
        warmup: int = DEFAULT_WARMUP,
        bounds: tuple[float, float] = (0.0, 1.0),
        store: ShareStore | None = None,
        key: str = "",
        save_every: int = SAVE_EVERY,
        budget: Budget | None = None,
    ) -> None:
        if not 0.0 <= target <= 1.0:
            raise ValueError(f"share must be within [0, 1], got {target}")
        if window < 1 or warmup < 0:
            raise ValueError("window must be at least 1 and warmup at least 0")
        self.target, self.calibrated = target, calibrated
        self.window, self.warmup, self.bounds = window, warmup, bounds
        self.store, self.key, self.save_every = store, key, save_every
        self.budget = budget  # when set, it decides the target (see `spent`)
        self._recent: deque[float] = deque(maxlen=window)  # arrival order
        self._sorted: list[float] = []  # the same scores, ascending
        self._decisions: deque[bool] = deque(maxlen=window)
        self.seen = 0  # live scores, all time
        self.strong = 0  # strong decisions, all time
        self._lock = threading.Lock()
        # told of each decision and priced cost, under the lock (`share_redis` sets them)
        self.on_decided: Callable[[float, bool], None] | None = None
        self.on_spent: Callable[[bool, float], None] | None = None
        self._restore()

    # -- the threshold -------------------------------------------------------------------

    def threshold(self) -> float:
        """The threshold for the next request."""
        if self.seen < self.warmup or not self._sorted:
            return self.calibrated
        recent = sum(self._decisions) / len(self._decisions) if self._decisions else self.target
        aim = min(1.0, max(0.0, 2 * self.target - recent))  # steer the recent share to target
        size = len(self._sorted)
        count = round(aim * size)
        if count <= 0:
            value = float("inf")
        elif count >= size:
            value = self._sorted[0]
        else:  # between the count-th highest and the next: ties on it go to strong
            value = self._sorted[size - count]
        low, high = self.bounds
        return min(max(value, low), high)

    def decide(self, score: float) -> tuple[bool, float]:
        """Whether ``score`` goes to the strong tier and the threshold it was compared with;
        the score then joins the live distribution."""
        with self._lock:
            threshold = self.threshold()
            strong = score >= threshold
            self._add(score, strong)
            if self.on_decided is not None:
                self.on_decided(score, strong)
            due = self.store is not None and self.seen % self.save_every == 0
            state = self.state() if due else None
        if state is not None and self.store is not None:
            self.store.save(self.key, state)
        return strong, threshold

    def spent(self, strong: bool, cost: float) -> None:
        """A routed request's priced cost (USD, on the log's thread): with a budget, the
        target becomes the share the budget buys at the recent costs of each tier."""
        if self.budget is None:
            return
        with self._lock:
            self.budget.add(strong, cost)
            self.target = self.budget.share()
            if self.on_spent is not None:
                self.on_spent(strong, cost)

    @property
    def lock(self) -> threading.Lock:
        """The lock that guards the window (held by `decide`, `spent`, `replace_window`)."""
        return self._lock

    def replace_window(self, decided: Sequence[tuple[float, bool]], seen: int, strong: int) -> None:
        """Put these decisions (oldest first: the fleet's window from shared state, then this
        replica's since) and all-time counts in place of this window's; the caller holds
        `lock`. With a budget the target follows the costs (see `Budget.replace`)."""
        decided = decided[-self.window :]
        self._recent.clear()
        self._recent.extend(score for score, _ in decided)
        self._sorted = sorted(self._recent)
        self._decisions.clear()
        self._decisions.extend(d for _, d in decided)
        self.seen, self.strong = seen, strong
        if self.budget is not None:
            self.target = self.budget.share()

    def _add(self, score: float, strong: bool) -> None:
        if len(self._recent) == self.window:
            old = self._recent[0]
            del self._sorted[bisect.bisect_left(self._sorted, old)]
        self._recent.append(score)
        bisect.insort(self._sorted, score)
        self._decisions.append(strong)
        self.seen += 1
        self.strong += int(strong)

    @property
    def actual(self) -> float | None:
        """The share of strong decisions so far (all time, across restarts)."""
        return self.strong / self.seen if self.seen else None

    @property
    def warming_up(self) -> bool:
        return self.seen < self.warmup

    # -- persistence ---------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        state = {
            "target": self.target,
            "scores": list(self._recent),
            "decisions": [int(d) for d in self._decisions],
            "seen": self.seen,
            "strong": self.strong,
        }
        if self.budget is not None:
            state["costs"] = self.budget.state()
        return state

    def save(self) -> None:
        if self.store is not None:
            with self._lock:
                state = self.state()
            self.store.save(self.key, state)

    def _restore(self) -> None:
        state = self.store.load(self.key) if self.store is not None else None
        if not state:
            return
        try:
            scores = [float(s) for s in state["scores"]][-self.window :]
            decisions = [bool(d) for d in state["decisions"]][-self.window :]
            seen, strong = int(state["seen"]), int(state["strong"])
        except (KeyError, TypeError, ValueError):
            return  # another shape: start afresh
        self._recent.extend(scores)
        self._sorted = sorted(scores)
        self._decisions.extend(decisions)
        self.seen, self.strong = seen, strong
        if self.budget is not None and self.budget.restore(state.get("costs")):
            self.target = self.budget.share()
