"""The figures behind a recommendation, each with a 95% interval from a seeded bootstrap.

From a route's observations (pairs of graded answers, see rung.recommend.evidence):

    down (the shadow is the cheaper model; the route answers with the dearer one)
        cascade [shadow, route]: the shadow answers; its answer is kept when it passes the
        grader, else the route's model answers. Quality (the grader's pass rate) is
        max(shadow, route) per request; cost is shadow + one grading + route when it failed.
        move down: the shadow alone.
    up (the shadow is the dearer model)
        cascade [route, shadow]: the same with the roles swapped.

`savings` is 1 - cost / the route's cost now; `gain` is the change in pass rate.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from rung.recommend.evidence import Pair

RESAMPLES = 2000


@dataclass(frozen=True, slots=True)
class Estimate:
    value: float
    low: float
    high: float

    def pct(self) -> str:
        return f"{self.value:.0%} (95% CI {self.low:.0%} to {self.high:.0%})"


def wilson(k: int, n: int, z: float = 1.96) -> Estimate:
    """A binomial proportion with its Wilson score interval."""
    if n == 0:
        return Estimate(math.nan, 0.0, 1.0)
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return Estimate(p, max(0.0, centre - half), min(1.0, centre + half))


def _estimate(point: float, samples: Any) -> Estimate:
    import numpy as np

    finite = samples[np.isfinite(samples)]
    if not len(finite):
        return Estimate(point, math.nan, math.nan)
    low, high = np.percentile(finite, [2.5, 97.5])
    return Estimate(point, float(low), float(high))


def _columns(pairs: list[Pair]) -> dict[str, Any]:
    import numpy as np

    return {
        "a": np.array([p.primary for p in pairs], dtype="float64"),
        "b": np.array([p.shadow for p in pairs], dtype="float64"),
        "cp": np.array([p.primary_cost for p in pairs], dtype="float64"),
        "cs": np.array([p.shadow_cost for p in pairs], dtype="float64"),
        "cg": np.array([p.grade_cost for p in pairs], dtype="float64") / 2,  # one grading
    }


def _statistics(c: dict[str, Any], down: bool) -> dict[str, Any]:
    """Each figure for one sample (columns of shape (..., n): means over the last axis)."""
    import numpy as np

    a, b, cp, cs, cg = c["a"], c["b"], c["cp"], c["cs"], c["cg"]
    now = cp.mean(-1)
    with np.errstate(divide="ignore", invalid="ignore"):
        if down:
            cascade = (cs + cg + (1 - b) * cp).mean(-1)
            out = {
                "savings": 1 - cascade / now,
                "down_savings": 1 - cs.mean(-1) / now,
                "down_gain": b.mean(-1) - a.mean(-1),
            }
        else:
            cascade = (cp + cg + (1 - a) * cs).mean(-1)
            out = {"savings": 1 - cascade / now}
    out["gain"] = np.maximum(a, b).mean(-1) - a.mean(-1)
    out["route_pass"], out["shadow_pass"] = a.mean(-1), b.mean(-1)
    return out


def pair_figures(pairs: list[Pair], down: bool, seed: int = 0) -> dict[str, Estimate]:
    """Point estimates and bootstrap intervals of every figure `_statistics` gives."""
    import numpy as np

    columns = _columns(pairs)
    point = _statistics(columns, down)
    rng = np.random.default_rng(seed)
    index = rng.integers(0, len(pairs), size=(RESAMPLES, len(pairs)))
    samples = _statistics({k: v[index] for k, v in columns.items()}, down)
    return {name: _estimate(float(point[name]), samples[name]) for name in point}


def mean_difference(first: list[float], second: list[float], seed: int = 0) -> Estimate:
    """mean(first) - mean(second), with a bootstrap interval."""
    import numpy as np

    x, y = np.array(first, dtype="float64"), np.array(second, dtype="float64")
    rng = np.random.default_rng(seed)
    xs = x[rng.integers(0, len(x), size=(RESAMPLES, len(x)))].mean(-1)
    ys = y[rng.integers(0, len(y), size=(RESAMPLES, len(y)))].mean(-1)
    return _estimate(float(x.mean() - y.mean()), xs - ys)
