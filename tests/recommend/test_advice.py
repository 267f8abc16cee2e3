"""The rules of `rung recommend` on evidence built by hand: each action, the thin-data cases,
and the intervals behind them."""

from __future__ import annotations

import math
import random
from collections import Counter

import pytest
import yaml

from rung.configure import parse
from rung.recommend.advice import (
    MIN_N,
    advise_ab,
    advise_cascade,
    advise_fixed,
    choose,
)
from rung.recommend.evidence import Pair, RouteEvidence
from rung.recommend.figures import pair_figures, wilson


def evidence(n: int, primary: float, shadow: float, cost: float = 1.0, cheap: float = 0.0,
             seed: int = 0) -> RouteEvidence:  # fmt: skip
    """`n` observations where the route's model passes with rate `primary`, the shadow with
    rate `shadow` (independently), at those costs per request."""
    rng = random.Random(seed)
    pairs = [Pair(rng.random() < primary, rng.random() < shadow, cost, cheap, 0.0, None)
             for _ in range(n)]  # fmt: skip
    ev = RouteEvidence("chat", "fixed", requests=n * 10, costs=[cost] * (n * 10))
    ev.answered_by = Counter({"hosted": n * 10})
    ev.shadow, ev.pairs = "local", pairs
    return ev


def test_wilson_matches_the_textbook_interval() -> None:
    e = wilson(8, 10)
    assert e.value == 0.8
    assert e.low == pytest.approx(0.4902, abs=1e-3) and e.high == pytest.approx(0.9433, abs=1e-3)
    assert math.isnan(wilson(0, 0).value)


def test_down_figures_follow_the_cascade_arithmetic() -> None:
    # shadow passes 3 of 4, free; route costs 1: the cascade pays 1 only for the failure
    pairs = [Pair(True, s, 1.0, 0.0, 0.0, None) for s in (True, True, True, False)]
    f = pair_figures(pairs, down=True)
    assert f["savings"].value == pytest.approx(0.75)
    assert f["down_savings"].value == pytest.approx(1.0)
    assert f["gain"].value == 0.0  # the route's answer is kept whenever the shadow fails
    assert f["down_gain"].value == pytest.approx(-0.25)


def test_a_shadow_as_good_as_the_route_moves_down() -> None:
    rec = advise_fixed(evidence(200, 0.9, 0.9, seed=1), [{"regex": {"pattern": "."}}])
    assert rec.action in ("move_down", "unclear")
    ev = evidence(200, 0.9, 0.9, seed=1)
    for pair in ev.pairs:
        pair.shadow = pair.primary  # the same outcome on every request
    rec = advise_fixed(ev, [])
    assert rec.action == "move_down"
    assert "move down a tier" in rec.summary


def test_a_cheaper_tier_that_passes_often_gets_a_cascade_with_yaml_that_loads() -> None:
    grader = [{"regex": {"pattern": "[.!?]\\s*$"}}]
    rec = advise_fixed(evidence(300, 0.95, 0.6), grader)
    assert rec.action == "cascade"
    assert rec.evidence["figures"]["savings"]["low"] >= 0.10
    assert "95% CI" in rec.summary
    pasted = yaml.safe_load(rec.yaml or "")
    route = pasted["routes"]["chat"]
    assert route["pattern"] == "ab"
    assert route["variants"]["cascade"]["route"] == {
        "pattern": "cascade", "tiers": ["local", "hosted"], "verify": grader,
    }  # fmt: skip
    models = {
        "local": {"backend": "llamacpp"},
        "hosted": {"backend": "openai", "base_url": "http://127.0.0.1:9/v1", "model": "m"},
    }
    config = parse({"models": models, **pasted}, "<pasted>")  # the YAML is a valid route
    assert "chat" in config.routes


def test_a_shadow_that_rarely_passes_says_stay() -> None:
    rec = advise_fixed(evidence(300, 0.9, 0.02), [])
    assert rec.action == "stay"
    assert rec.yaml is None


def test_too_few_observations_is_said_not_guessed() -> None:
    rec = advise_fixed(evidence(MIN_N - 1, 0.9, 0.9), [])
    assert rec.action == "too_thin"
    assert f"{MIN_N - 1} graded observations" in rec.summary


def test_an_unobserved_route_is_told_how_to_collect() -> None:
    ev = RouteEvidence("chat", "fixed", requests=50)
    rec = advise_fixed(ev, [])
    assert rec.action == "no_evidence" and "observe:" in rec.summary


def test_near_the_bar_it_says_unclear_and_how_many_more() -> None:
    # savings around 10% +- wide: 40 observations, shadow passes ~12%
    rec = advise_fixed(evidence(40, 0.9, 0.12, seed=3), [])
    assert rec.action == "unclear"
    assert rec.evidence["needed"] is None or rec.evidence["needed"] > 40


def test_a_dearer_shadow_that_fixes_failures_moves_up() -> None:
    rec = advise_fixed(evidence(300, 0.4, 0.9, cost=0.0001, cheap=1.0), [])
    assert rec.evidence["direction"] == "up"
    assert rec.action == "cascade_up"
    route = yaml.safe_load(rec.yaml or "")["routes"]["chat"]["variants"]["cascade"]["route"]
    assert route["tiers"] == ["hosted", "local"]


def test_exact_choice_never_says_unclear() -> None:
    f = pair_figures([Pair(True, i % 9 == 0, 1.0, 0.0, 0.0, None) for i in range(90)], True)
    assert choose(f, True, exact=True) in ("stay", "cascade", "move_down")


def cascade_evidence(kept: list[float], escalated: list[float], rate: float) -> RouteEvidence:
    ev = RouteEvidence("code", "cascade", requests=200)
    ev.escalated = [i < rate * 200 for i in range(200)]
    ev.feedback_kept, ev.feedback_escalated = kept, escalated
    ev.reasons = Counter({"python: 1 of 3 tests failed": 12})
    return ev


def test_a_lax_verifier_is_named_from_feedback() -> None:
    rec = advise_cascade(cascade_evidence([0.4] * 20 + [0.5] * 20, [0.9] * 40, 0.3),
                         ["local", "hosted"], ["python"])  # fmt: skip
    assert rec.action == "verifier_lax"
    proposed = yaml.safe_load(rec.yaml or "")["routes"]["code"]["variants"]["stricter"]["route"]
    assert proposed["verify"] == ["python", {"judge": {"model": "hosted"}}]


def test_a_cascade_that_nearly_always_escalates_goes_to_its_last_tier() -> None:
    rec = advise_cascade(cascade_evidence([], [], 0.99), ["local", "hosted"], ["python"])
    assert rec.action == "tier_rarely_passes"
    assert yaml.safe_load(rec.yaml or "")["routes"]["code"] == {
        "pattern": "fixed",
        "model": "hosted",
    }
    assert rec.evidence["reasons"][0]["count"] == 12


def test_a_working_cascade_stands() -> None:
    rec = advise_cascade(cascade_evidence([0.8] * 20, [0.8] * 20, 0.4), ["local", "hosted"], [])
    assert rec.action == "stay"


def test_ab_keeps_the_arm_that_clears() -> None:
    report = {"baseline": "a", "differences": [
        {"arm": "b", "figure": "cost", "verdict": "clears"},
        {"arm": "b", "figure": "feedback", "verdict": "unclear"},
    ]}  # fmt: skip
    variants = {"a": {"route": {"model": "hosted"}}, "b": {"route": {"model": "local"}}}
    rec = advise_ab("exp", report, variants)
    assert rec.action == "keep_arm" and "'b'" in rec.summary
    assert yaml.safe_load(rec.yaml or "")["routes"]["exp"] == {"model": "local"}
    report["differences"][0]["verdict"] = "too few"
    assert advise_ab("exp", report, variants).action == "unclear"
