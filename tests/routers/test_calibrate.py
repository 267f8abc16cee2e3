from __future__ import annotations

import random

import pytest

from rung.routers.calibrate import threshold_for_budget, threshold_for_share


@pytest.mark.parametrize("share", [0.0, 0.1, 0.25, 0.5, 0.8, 1.0])
def test_threshold_hits_share(share: float) -> None:
    rng = random.Random(3)
    scores = [rng.random() for _ in range(1000)]
    result = threshold_for_share(scores, share)
    reached = sum(s >= result.threshold for s in scores) / len(scores)
    assert reached == pytest.approx(share, abs=0.001)
    assert result.strong_share == reached
    fresh = [rng.random() for _ in range(20000)]
    assert sum(s >= result.threshold for s in fresh) / len(fresh) == pytest.approx(share, abs=0.03)


def test_share_out_of_range() -> None:
    with pytest.raises(ValueError):
        threshold_for_share([0.1], 1.5)


def test_budget_with_flat_costs() -> None:
    rng = random.Random(4)
    scores = [rng.random() for _ in range(1000)]
    # Weak 0.1, strong 1.1 per request: a budget of 400 per 1,000 allows 30% strong.
    result = threshold_for_budget(scores, 0.1, 1.1, 400.0)
    assert result.strong_share == pytest.approx(0.3, abs=0.001)
    assert result.cost_per_1000 is not None and result.cost_per_1000 <= 400.0


def test_budget_with_per_query_costs() -> None:
    scores = [0.9, 0.8, 0.7, 0.1]
    strong = [10.0, 1.0, 1.0, 1.0]
    # Sending the top one alone costs (10 + 0*3)/4*1000 = 2500 per 1000: over a 1000 budget.
    result = threshold_for_budget(scores, 0.0, strong, 1000.0)
    assert result.strong_share == 0.0
    assert result.threshold > 0.9
    roomy = threshold_for_budget(scores, 0.0, strong, 3100.0)  # top three: 3000
    assert roomy.strong_share == 0.75 and roomy.threshold == 0.7


def test_budget_keeps_ties_together() -> None:
    result = threshold_for_budget([0.5, 0.5, 0.5, 0.5], 0.0, 1.0, 600.0)
    assert result.strong_share == 0.0
