"""A cascade's verifier against the judge, on request logs written as the gateway writes them
(a cascade's requests, a sample observed with the judge's grade): too lax, too strict, fits,
too thin; the counts, intervals and cost effect read back; the YAML loads."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from rung.configure import parse
from rung.recommend import recommend
from rung.recommend.figures import wilson
from rung.recommend.replay_verifier import Case, known_verdict, write_cascade_log

MODELS = {
    "local": {"backend": "llamacpp"},
    "hosted": {"backend": "openai", "base_url": "http://127.0.0.1:9/v1", "model": "m"},
}
CHEAP, DEAR = 0.001, 0.011  # an escalated request costs 0.01 more than a kept one


def config() -> Any:
    route = {"pattern": "cascade", "tiers": ["local", "hosted"], "verify": ["json"],
             "observe": {"judge": "hosted", "sample": 0.1}}  # fmt: skip
    return parse({"models": MODELS, "routes": {"r": route}}, "<test>")


def case(counts: dict[tuple[bool, bool], int]) -> Case:
    """Requests with (verifier passed, judge passed) in the given numbers, interleaved."""
    rows = [key for key, k in counts.items() for _ in range(k)]
    rows = rows[::2] + rows[1::2]
    return ([v for v, _ in rows], [j for _, j in rows], [CHEAP] * len(rows), [DEAR] * len(rows))


def advise(tmp_path: Path, c: Case, observed: int | None = None, **kw: Any) -> Any:
    n = len(c[0])
    step = 1 if observed is None else n // observed if observed else 0
    picked = set(range(0, n, step)) if step else set()
    write_cascade_log(tmp_path / "log.db", c, picked, ("local", "hosted"), **kw)
    [rec] = recommend(tmp_path / "log.db", 3600, config())
    return rec


def variant(rec: Any, arm: str) -> dict[str, Any]:
    pasted = yaml.safe_load(rec.yaml or "")
    parse({"models": MODELS, **pasted}, "<pasted>")  # the YAML is a valid route
    route: dict[str, Any] = pasted["routes"]["r"]["variants"][arm]["route"]
    return route


def test_a_verifier_that_keeps_what_the_judge_fails_is_too_lax(tmp_path: Path) -> None:
    # kept 120, of which the judge fails 30 (25%); escalated 80, of which it passes 4 (5%)
    c = case({(True, True): 90, (True, False): 30, (False, False): 76, (False, True): 4})
    feedback = [0.2 if v and not j else 0.9 for v, j in zip(c[0], c[1], strict=True)]
    rec = advise(tmp_path, c, feedback=feedback)
    assert rec.action == "verifier_lax", rec.summary
    figures = rec.evidence["verifier"]
    assert (figures["pairs"], figures["verifier_passed"], figures["passed_judge_failed"]) == (
        200, 120, 30)  # fmt: skip
    expected = wilson(30, 120)
    assert figures["lax"]["value"] == pytest.approx(0.25)
    assert figures["lax"]["low"] == pytest.approx(expected.low) and expected.low > 0.10
    assert figures["price_difference"] == pytest.approx(DEAR)  # the strong call's cost
    assert figures["lax_extra_cost"]["value"] == pytest.approx(
        30 / 200 * DEAR / figures["mean_cost"]
    )
    assert "the feedback agrees" in rec.summary
    assert rec.evidence["feedback"]["kept"]["n"] == 120
    assert variant(rec, "stricter")["verify"] == ["json", {"judge": {"model": "hosted"}}]
    assert known_verdict(c) == "lax"


def test_a_verifier_that_escalates_good_answers_is_too_strict(tmp_path: Path) -> None:
    # kept 100, all good; escalated 100, of which the judge passes 60
    c = case({(True, True): 100, (False, True): 60, (False, False): 40})
    rec = advise(tmp_path, c)
    assert rec.action == "verifier_strict", rec.summary
    f = rec.evidence["verifier"]
    assert (f["verifier_failed"], f["failed_judge_passed"]) == (100, 60)
    mean_cost = (100 * CHEAP + 100 * (CHEAP + DEAR)) / 200
    assert f["strict_savings"]["value"] == pytest.approx(60 / 200 * DEAR / mean_cost)
    assert f["strict_savings"]["low"] >= 0.10
    assert "draft_verify" in rec.summary and "would save" in rec.summary
    assert variant(rec, "looser")["verify"] == [{"judge": {"model": "hosted"}}]


def test_a_verifier_that_agrees_with_the_judge_stays(tmp_path: Path) -> None:
    c = case({(True, True): 118, (True, False): 2, (False, False): 78, (False, True): 2})
    rec = advise(tmp_path, c)
    assert rec.action == "stay" and rec.evidence["verifier"]["verdict"] == "fits"
    assert "fits the judge" in rec.summary and rec.yaml is None
    assert rec.evidence["verifier"]["lax"]["high"] < 0.10


def test_too_few_judged_requests_say_so_with_the_numbers(tmp_path: Path) -> None:
    c = case({(True, True): 90, (True, False): 30, (False, False): 76, (False, True): 4})
    rec = advise(tmp_path, c, observed=20)
    assert rec.action == "too_thin"
    assert "20 judged requests (of 200)" in rec.summary and "at least 30" in rec.summary
    assert rec.evidence["verifier"]["pairs"] == 20  # the figures are there all the same


def test_a_cascade_with_no_judge_is_told_how_to_check_its_verifier(tmp_path: Path) -> None:
    c = case({(True, True): 60, (False, True): 40})
    rec = advise(tmp_path, c, observed=0)
    assert rec.action == "stay" and "observe: {judge:" in rec.summary
    assert "verifier" not in rec.evidence
