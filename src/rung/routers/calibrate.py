"""Pick a router's threshold: for a target share of strong calls, or for a cost budget.

A request goes to the strong tier when ``score >= threshold``. Both functions work on the
scores of a sample of requests (e.g. a held-out split of a replay dataset, or recent logged
traffic) and return the threshold with the share and cost it gives on that sample.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Calibration:
    threshold: float
    strong_share: float
    cost_per_1000: float | None = None


def _threshold_for_top(ordered: list[float], count: int) -> float:
    """A threshold that sends the ``count`` highest of ``ordered`` (descending) to strong."""
    if count <= 0:
        return math.nextafter(ordered[0], math.inf) if ordered else 1.0
    return ordered[count - 1]


def _share(scores: Sequence[float], threshold: float) -> float:
    return sum(1 for s in scores if s >= threshold) / len(scores) if scores else 0.0


def threshold_for_share(scores: Sequence[float], share: float) -> Calibration:
    """The threshold whose strong-call share on ``scores`` is closest to ``share`` (0..1).

    Ties among equal scores move together, so the share reached can differ from the target
    when many scores are equal.
    """
    if not 0.0 <= share <= 1.0:
        raise ValueError(f"share must be within [0, 1], got {share}")
    if not scores:
        raise ValueError("no scores to calibrate on")
    ordered = sorted(scores, reverse=True)
    threshold = _threshold_for_top(ordered, round(share * len(ordered)))
    return Calibration(threshold, _share(scores, threshold))


def _per_query(values: float | Sequence[float], size: int) -> list[float]:
    if isinstance(values, (int, float)):
        return [float(values)] * size
    if len(values) != size:
        raise ValueError(f"{len(values)} costs for {size} scores")
    return [float(v) for v in values]


def threshold_for_budget(
    scores: Sequence[float],
    weak_cost: float | Sequence[float],
    strong_cost: float | Sequence[float],
    budget_per_1000: float,
) -> Calibration:
    """The lowest threshold whose cost per 1,000 requests on this sample stays within budget.

    Costs are per request (a number for all, or one per score). When even the weak tier alone
    exceeds the budget, the threshold sends nothing to strong and the cost reported says so.
    """
    if not scores:
        raise ValueError("no scores to calibrate on")
    size = len(scores)
    weak = _per_query(weak_cost, size)
    strong = _per_query(strong_cost, size)
    order = sorted(range(size), key=lambda i: scores[i], reverse=True)
    total = sum(weak)
    best = 0
    for rank, index in enumerate(order, start=1):
        total += strong[index] - weak[index]
        next_ties = rank < size and scores[order[rank]] == scores[index]
        if total * 1000 / size <= budget_per_1000 and not next_ties:
            best = rank
    ordered = [scores[i] for i in order]
    threshold = _threshold_for_top(ordered, best)
    chosen = [i for i in range(size) if scores[i] >= threshold]
    cost = sum(weak) + sum(strong[i] - weak[i] for i in chosen)
    return Calibration(threshold, len(chosen) / size, cost * 1000 / size)
