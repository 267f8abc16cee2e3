from __future__ import annotations

import numpy as np
import pytest

from rung.evals.routing_metrics import (
    apgr,
    at_quality,
    cpt,
    metrics,
    oracle_cascade,
    pgr_at,
    routing_curve,
)


def test_curve_by_hand() -> None:
    # 4 queries; gains (strong - weak) 1, 0, 1, -1; scores rank them 0, 2, 1, 3.
    weak, strong = [0, 1, 0, 1], [1, 1, 1, 0]
    curve = routing_curve([0.9, 0.2, 0.8, 0.1], weak, strong)
    assert list(curve.quality) == pytest.approx([0.5, 0.75, 1.0, 1.0, 0.75])
    assert curve.weak_quality == 0.5 and curve.strong_quality == 0.75
    assert list(curve.pgr) == pytest.approx([0.0, 1.0, 2.0, 2.0, 1.0])


def test_ties_count_as_random_order() -> None:
    weak, strong = [0, 1, 0, 1], [1, 1, 1, 0]
    curve = routing_curve([0.5] * 4, weak, strong)
    # Every prefix of a random order gains k/4 of the total gain (1).
    assert list(curve.quality) == pytest.approx([0.5, 0.5625, 0.625, 0.6875, 0.75])
    assert apgr(curve) == pytest.approx(0.5)


def test_oracle_and_random_apgr() -> None:
    rng = np.random.default_rng(1)
    size = 5000
    weak = (rng.random(size) < 0.6).astype(float)
    strong = np.maximum(weak, (rng.random(size) < 0.8)).astype(float)  # never worse
    oracle = metrics(routing_curve(strong - weak, weak, strong))
    gain_share = float((strong - weak).mean())
    # The oracle gets all the gain after gain_share of calls: PGR rises linearly to 1 there.
    assert oracle.apgr == pytest.approx(1 - gain_share / 2, abs=0.02)
    assert oracle.cpt50 == pytest.approx(gain_share / 2, abs=0.002)
    random = metrics(routing_curve(rng.random(size), weak, strong))
    assert random.apgr == pytest.approx(0.5, abs=0.03)
    assert random.cpt50 == pytest.approx(0.5, abs=0.05)
    assert random.cpt80 == pytest.approx(0.8, abs=0.05)
    worst = metrics(routing_curve(weak - strong, weak, strong))
    assert worst.apgr < random.apgr < oracle.apgr


def test_cpt_interpolates_between_points() -> None:
    weak, strong = [0, 0, 0, 0], [1, 1, 1, 1]
    curve = routing_curve([4, 3, 2, 1], weak, strong)
    assert cpt(curve, 0.5) == pytest.approx(0.5)
    assert cpt(curve, 0.6) == pytest.approx(0.6)
    assert pgr_at(curve, 0.3) == pytest.approx(0.3)


def test_quality_target_and_cost_saved() -> None:
    weak, strong = [0, 1, 1, 1], [1, 1, 1, 1]
    curve = routing_curve([1, 0, 0, 0], weak, strong, [1, 1, 1, 1], [10, 10, 10, 10])
    # Quality 0.75 with no strong call, 1.0 with the first one: 95% of 1.0 is reached at 0.8
    # of the first step, a share of 0.2.
    target = at_quality(curve, 0.95)
    assert target["share"] == pytest.approx(0.2)
    # Cost per query: all weak 1; one strong call adds 9 over 4 queries; 0.8 of it is 1.8/4.
    assert target["cost_saved"] == pytest.approx(1 - (1 + 0.8 * 9 / 4) / 10)


def test_oracle_cascade() -> None:
    result = oracle_cascade([1, 0, 0, 1], [1, 1, 0, 0], [1, 1, 1, 1], [5, 5, 5, 5])
    assert result["share"] == 0.5
    assert result["quality"] == 0.75
    assert result["cost_saved"] == pytest.approx(1 - (4 + 10) / 20)


def test_strong_not_better_is_an_error() -> None:
    curve = routing_curve([0.1, 0.2], [1, 1], [1, 0])
    with pytest.raises(ValueError):
        _ = curve.pgr
