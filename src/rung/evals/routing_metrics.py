"""RouteLLM's routing metrics on a replayed quality-vs-strong-calls curve (arXiv 2406.18665 §3.2).

A router's scores on n test queries rank them; sending the top k to the strong model and the
rest to the weak one gives a quality q(k) and a cost. Equal scores are treated as a random
order (the expected value is taken), so a router that scores everything alike sits on the
random line rather than wherever a sort puts it.

- PGR(c) = (q(c) - q_weak) / (q_strong - q_weak), c the share of strong calls.
- APGR: the area under PGR over c in [0, 1], by the trapezoid rule on the 11 points
  c = 0, 0.1, ..., 1 (RouteLLM's "10-point approximation": their evaluate.py cuts the scores
  into 10 equal bins, which gives the same 11 points).
- CPT(x): the least share of strong calls whose PGR reaches x, read off the full-resolution
  curve (every k) with linear interpolation between the two points around the crossing.
- At 95% of the strong model's quality: the least share of strong calls that reaches it, the
  strong calls saved (1 - share) and the cost saved against calling the strong model always.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

APGR_POINTS = 11
QUALITY_TARGET = 0.95


@dataclass(slots=True)
class Curve:
    """Quality (and mean cost per request) after sending the top k of n to strong, k = 0..n."""

    quality: Any
    cost: Any | None
    weak_quality: float
    strong_quality: float

    @property
    def size(self) -> int:
        return len(self.quality) - 1

    @property
    def shares(self) -> Any:
        import numpy as np

        return np.arange(self.size + 1) / self.size

    @property
    def pgr(self) -> Any:
        gap = self.strong_quality - self.weak_quality
        if gap <= 0:
            raise ValueError("the strong model is not better than the weak one on this data")
        return (self.quality - self.weak_quality) / gap


def _expected_cumsum(scores: Any, gains: Any) -> Any:
    """Cumulative gain of the top k, k = 0..n, with ties in random order (their expectation)."""
    import numpy as np

    order = np.argsort(-scores, kind="stable")
    ranked, cum = scores[order], np.concatenate([[0.0], np.cumsum(gains[order])])
    size = len(scores)
    change = np.flatnonzero(ranked[1:] != ranked[:-1]) + 1
    bounds = np.concatenate([[0], change, [size]])
    ks = np.arange(size + 1)
    slot = np.clip(np.searchsorted(bounds, ks, side="right") - 1, 0, len(bounds) - 2)
    start, end = bounds[slot], bounds[slot + 1]
    width = np.maximum(end - start, 1)
    return cum[start] + (ks - start) / width * (cum[end] - cum[start])


def routing_curve(
    scores: Sequence[float],
    weak: Sequence[float],
    strong: Sequence[float],
    weak_cost: Sequence[float] | None = None,
    strong_cost: Sequence[float] | None = None,
) -> Curve:
    """The replayed curve of a router's ``scores`` against per-query outcomes (and costs)."""
    import numpy as np

    values = np.asarray(scores, dtype="float64")
    low, high = np.asarray(weak, dtype="float64"), np.asarray(strong, dtype="float64")
    if not len(values) == len(low) == len(high) or len(values) == 0:
        raise ValueError("scores, weak and strong need the same, non-zero length")
    size = len(values)
    quality = (low.sum() + _expected_cumsum(values, high - low)) / size
    cost = None
    if weak_cost is not None and strong_cost is not None:
        cheap = np.asarray(weak_cost, dtype="float64")
        dear = np.asarray(strong_cost, dtype="float64")
        cost = (cheap.sum() + _expected_cumsum(values, dear - cheap)) / size
    return Curve(quality, cost, float(low.mean()), float(high.mean()))


def pgr_at(curve: Curve, share: float) -> float:
    """PGR at a share of strong calls, interpolated between the two nearest points."""
    import numpy as np

    return float(np.interp(share, curve.shares, curve.pgr))


def apgr(curve: Curve, points: int = APGR_POINTS) -> float:
    """Area under PGR over the share of strong calls, trapezoid rule on ``points`` points."""
    import numpy as np

    grid = np.linspace(0.0, 1.0, points)
    values = np.array([pgr_at(curve, c) for c in grid])
    return float(np.sum((values[1:] + values[:-1]) / 2 * np.diff(grid)))


def _first_crossing(values: Any, target: float) -> float | None:
    """The fractional index where ``values`` first reaches ``target`` (linear between points)."""
    import numpy as np

    hits = np.flatnonzero(values >= target - 1e-12)
    if len(hits) == 0:
        return None
    k = int(hits[0])
    if k == 0:
        return 0.0
    before, after = float(values[k - 1]), float(values[k])
    return k - 1 + (target - before) / (after - before)


def cpt(curve: Curve, pgr_target: float) -> float | None:
    """The least share of strong calls reaching a PGR of ``pgr_target`` (e.g. 0.5)."""
    index = _first_crossing(curve.pgr, pgr_target)
    return None if index is None else index / curve.size


def at_quality(curve: Curve, fraction: float = QUALITY_TARGET) -> dict[str, float | None]:
    """Strong-call share, strong calls saved and cost saved at ``fraction`` of strong quality."""
    index = _first_crossing(curve.quality, fraction * curve.strong_quality)
    if index is None:
        return {"share": None, "calls_saved": None, "cost_saved": None}
    share = index / curve.size
    cost_saved = None
    if curve.cost is not None:
        import numpy as np

        cost = float(np.interp(index, np.arange(curve.size + 1), curve.cost))
        cost_saved = 1.0 - cost / float(curve.cost[-1])
    return {"share": share, "calls_saved": 1.0 - share, "cost_saved": cost_saved}


@dataclass(slots=True)
class Metrics:
    apgr: float
    cpt50: float | None
    cpt80: float | None
    share_at_95: float | None
    calls_saved_at_95: float | None
    cost_saved_at_95: float | None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def metrics(curve: Curve) -> Metrics:
    target = at_quality(curve)
    return Metrics(
        apgr=apgr(curve),
        cpt50=cpt(curve, 0.5),
        cpt80=cpt(curve, 0.8),
        share_at_95=target["share"],
        calls_saved_at_95=target["calls_saved"],
        cost_saved_at_95=target["cost_saved"],
    )


def oracle_cascade(
    weak: Sequence[float],
    strong: Sequence[float],
    weak_cost: Sequence[float] | None = None,
    strong_cost: Sequence[float] | None = None,
) -> dict[str, float | None]:
    """Weak first; a verifier that is always right (the labels) escalates its failures.

    The labels stand in for an oracle verifier, so this is an upper bound for a real one
    (a test-running verifier on MBPP comes close, a schema check on free text does not).
    """
    size = len(weak)
    failed = [i for i in range(size) if weak[i] < 1.0]
    escalated = set(failed)
    quality = sum(strong[i] if i in escalated else weak[i] for i in range(size)) / size
    result: dict[str, float | None] = {"share": len(failed) / size, "quality": quality}
    result["cost_saved"] = None
    if weak_cost is not None and strong_cost is not None:
        cost = sum(weak_cost) + sum(strong_cost[i] for i in failed)
        result["cost_saved"] = 1.0 - cost / sum(strong_cost)
    return result
