"""The live-share tracker: a learned route keeps its target share when the traffic shifts."""

from __future__ import annotations

import asyncio
import json
import random
from pathlib import Path

import pytest

from rung.backends.mock import MockBackend
from rung.patterns.learned import Learned
from rung.routers.share import FileShareStore, MemoryShareStore, ShareTracker
from rung.types import ChatRequest, Trace


def shifted_scores(seed: int = 0) -> tuple[list[float], list[float]]:
    """Scores like training (around 0.3), then traffic that scores much higher (around 0.7)."""
    rng = random.Random(seed)
    first = [min(1.0, max(0.0, rng.gauss(0.3, 0.1))) for _ in range(1500)]
    second = [min(1.0, max(0.0, rng.gauss(0.7, 0.05))) for _ in range(1500)]
    return first, second


def test_share_holds_on_a_shifted_distribution() -> None:
    first, second = shifted_scores()
    calibrated = sorted(first)[int(0.7 * len(first))]  # 30% strong on the training-like part
    tracker = ShareTracker(0.3, calibrated, window=200, warmup=50)
    live = [tracker.decide(s)[0] for s in first + second]
    fixed = [s >= calibrated for s in second]
    assert sum(fixed) / len(fixed) > 0.95  # the calibrated threshold sends nearly all to strong
    assert sum(live[:1500]) / 1500 == pytest.approx(0.3, abs=0.05)
    assert sum(live[1500:]) / 1500 == pytest.approx(0.3, abs=0.05)
    assert tracker.actual == pytest.approx(0.3, abs=0.03)


def test_warm_up_uses_the_calibrated_threshold() -> None:
    tracker = ShareTracker(0.5, 0.9, window=50, warmup=10)
    decisions = [tracker.decide(0.6) for _ in range(10)]
    assert all(threshold == 0.9 and not strong for strong, threshold in decisions)
    assert tracker.warming_up is False
    assert tracker.threshold() != 0.9  # live from now on


def test_bounds_hold_the_threshold() -> None:
    tracker = ShareTracker(0.5, 0.5, window=50, warmup=0, bounds=(0.4, 0.6))
    for _ in range(100):
        tracker.decide(0.01)
    assert tracker.threshold() == 0.4  # the quantile would be 0.01: never sends junk to strong
    strong, threshold = tracker.decide(0.05)
    assert (strong, threshold) == (False, 0.4)


def test_state_survives_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "state" / "share.json"
    first = ShareTracker(0.3, 0.5, window=100, warmup=20, store=FileShareStore(path), key="r")
    rng = random.Random(1)
    for _ in range(60):
        first.decide(rng.random())
    first.save()
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    again = ShareTracker(0.3, 0.5, window=100, warmup=20, store=FileShareStore(path), key="r")
    assert (again.seen, again.strong) == (first.seen, first.strong)
    assert again.warming_up is False
    assert again.threshold() == first.threshold()
    other = ShareTracker(0.3, 0.5, window=100, warmup=20, store=FileShareStore(path), key="x")
    assert other.seen == 0 and other.threshold() == 0.5


def test_saves_every_few_decisions_and_a_damaged_file_starts_afresh(tmp_path: Path) -> None:
    path = tmp_path / "share.json"
    store = FileShareStore(path)
    tracker = ShareTracker(0.3, 0.5, store=store, key="r", save_every=5)
    for _ in range(7):
        tracker.decide(0.4)
    assert json.loads(path.read_text())["r"]["seen"] == 5
    path.write_text("{not json")
    assert ShareTracker(0.3, 0.5, store=store, key="r").seen == 0


def test_memory_store_and_bad_settings() -> None:
    store = MemoryShareStore()
    tracker = ShareTracker(0.2, 0.5, store=store, key="k", save_every=1)
    tracker.decide(0.9)
    assert ShareTracker(0.2, 0.5, store=store, key="k").strong == 1  # 0.9 >= 0.5 in warm-up
    with pytest.raises(ValueError, match="share"):
        ShareTracker(1.5, 0.5)


class ListRouter:
    name = "list"
    threshold = 0.5

    def __init__(self, scores: list[float]) -> None:
        self.scores = iter(scores)

    def score(self, text: str) -> float:
        return next(self.scores)


def request(text: str) -> ChatRequest:
    body = {"model": "r", "messages": [{"role": "user", "content": text}]}
    return ChatRequest(body, route="r", request_id="req_1")


def test_learned_route_keeps_its_share_and_says_so() -> None:
    first, second = shifted_scores(2)
    scores = first[:300] + second[:300]
    weak, strong = MockBackend("weak"), MockBackend("strong")
    weak.enqueue(*["w"] * 600)
    strong.enqueue(*["s"] * 600)
    tracker = ShareTracker(0.3, 0.4, window=100, warmup=20)
    pattern = Learned(ListRouter(scores), weak, strong, tracker=tracker)  # type: ignore[arg-type]
    answered = []
    trace = Trace()
    for _ in scores:
        trace = Trace()
        asyncio.run(pattern.complete(request("a secret question " * 50), trace))
        answered.append(trace.answered_by)
    assert answered[300:].count("strong") / 300 == pytest.approx(0.3, abs=0.05)
    steps = {d.step: d for d in trace.decisions}
    assert steps["share"].outcome == "0.3000"
    assert "target 30.0%, actual" in steps["share"].reason
    assert "900 chars" in steps["scored"].reason
    assert "secret" not in " ".join(d.reason for d in trace.decisions)


def test_stats_show_target_and_actual_share(tmp_path: Path) -> None:
    import time

    from rung.telemetry.log import RequestLog, RequestRecord
    from rung.telemetry.stats import stats

    scores = [0.9, 0.1, 0.1, 0.9, 0.1, 0.1, 0.1, 0.1, 0.1, 0.9]
    weak, strong = MockBackend("weak").enqueue(*["w"] * 10), MockBackend("strong")
    strong.enqueue(*["s"] * 10)
    tracker = ShareTracker(0.25, 0.5, warmup=100)  # warm-up: the calibrated 0.5 decides
    pattern = Learned(ListRouter(scores), weak, strong, tracker=tracker)  # type: ignore[arg-type]
    log = RequestLog(tmp_path / "log.db")
    log.start()
    for i in range(len(scores)):
        record = RequestRecord(f"req_{i}", time.time(), route="smart", pattern="learned")
        asyncio.run(pattern.complete(request("q"), record.trace))
        log.write(record)
    log.write(RequestRecord("req_x", time.time(), route="plain", pattern="fixed"))
    log.close()
    data = stats(tmp_path / "log.db", 3600)
    assert data["learned routes"] == {
        "smart": {"requests": 10, "target_share": 0.25, "actual_share": 0.3}
    }


def test_route_config_keys(tmp_path: Path) -> None:
    from rung.configure import parse

    models = {"local": {"backend": "llamacpp"}, "hosted": {"backend": "openai",
              "base_url": "http://127.0.0.1:9/v1", "model": "m"}}  # fmt: skip
    route = {"pattern": "learned", "router": "heuristic", "weak": "local", "strong": "hosted",
             "share": 0.3, "share_state": str(tmp_path / "s.json"),
             "share_bounds": [0.1, 0.9]}  # fmt: skip
    config = parse({"models": models, "routes": {"r": route}}, "<test>")
    section = config.routes["r"]
    tracker = section.tracker(0.5)  # type: ignore[attr-defined]
    assert tracker is not None and tracker.bounds == (0.1, 0.9) and tracker.window == 150
    bad = {**route, "share_bounds": [0.9, 0.1]}
    with pytest.raises(Exception, match="share_bounds"):
        parse({"models": models, "routes": {"r": bad}}, "<test>")


def test_scored_text_is_shown_only_with_prompt_logging() -> None:
    from rung._errors import ConfigError
    from rung.configure import parse
    from rung.patterns.learned import scored_text_note
    from rung.routers import create

    text = "a" * 100 + "SECRET-MIDDLE" + "z" * 100
    assert "SECRET" not in scored_text_note(create("heuristic"), text, show=True)
    assert "aaaa [...] zzzz" in scored_text_note(create("heuristic"), text, show=True)
    assert "a" * 10 not in scored_text_note(create("heuristic"), text)
    models = {"local": {"backend": "llamacpp"}}
    route = {"pattern": "learned", "router": "heuristic", "weak": "local", "strong": "local",
             "show_scored_text": True}  # fmt: skip
    with pytest.raises(ConfigError, match=r"show_scored_text.*prompts: true"):
        parse({"models": models, "routes": {"r": route}}, "<test>")
    parse({"models": models, "routes": {"r": route}, "log": {"prompts": True}}, "<test>")


def test_budget_buys_the_share_its_costs_allow() -> None:
    from rung.routers.share import PROBE, Budget

    budget = Budget(2.0)  # USD per 1,000 requests
    assert budget.share() == PROBE and budget.spend_per_1000() is None  # strong cost unknown
    budget.add(False, 0.0005)
    budget.add(True, 0.0035)  # spent 2.0 per 1,000 so far: on budget
    assert budget.share() == pytest.approx((0.002 - 0.0005) / 0.003)
    assert budget.spend_per_1000() == pytest.approx(2.0)
    budget.add(True, 0.0065)  # overspent (3.5 per 1,000): aim below the budget to catch up
    assert budget.spend_per_1000() == pytest.approx(3.5)
    assert budget.share() == pytest.approx((0.0005 - 0.0005) / 0.0045)
    assert Budget(0.1).share() == PROBE
    cheap = Budget(0.1)
    cheap.add(False, 0.001)
    cheap.add(True, 0.01)
    assert cheap.share() == 0.0  # the budget does not even cover the weak tier
    flat = Budget(1.0)
    flat.add(False, 0.002)
    flat.add(True, 0.001)
    assert flat.share() == 1.0  # the strong tier costs no more
    with pytest.raises(ValueError, match="budget_per_1000"):
        Budget(-1.0)


def test_budget_route_spends_its_budget_on_shifted_traffic(tmp_path: Path) -> None:
    """Scores shift after 1,500 requests and strong answers grow dearer: the spend of the
    recent requests stays near the budget all the same (the costs are learned live)."""
    from rung.routers.share import Budget

    first, second = shifted_scores(3)
    rng = random.Random(1)
    store = FileShareStore(tmp_path / "s.json")

    def tracker() -> ShareTracker:
        return ShareTracker(0.1, 0.5, window=150, warmup=50, store=store, key="b",
                            budget=Budget(3.0, window=150))  # fmt: skip

    live = tracker()
    spend: list[float] = []
    for i, score in enumerate(first + second):
        strong, _ = live.decide(score)
        dear = 0.012 if i < len(first) else 0.02  # the strong model's answers get longer
        cost = rng.uniform(0.5, 1.5) * (dear if strong else 0.0004)
        live.spent(strong, cost)
        spend.append(cost)
    for part in (spend[500:1500], spend[2000:]):  # after warm-up, and after the shift
        assert 1000 * sum(part) / len(part) == pytest.approx(3.0, rel=0.15)
    live.save()
    again = tracker()  # a restart keeps the costs it learned, and so its target
    assert again.target == pytest.approx(live.target)
    assert again.budget is not None and again.budget.mean(True) == live.budget.mean(True)  # type: ignore[union-attr]


def test_budget_route_config(tmp_path: Path) -> None:
    from rung.configure import parse

    models = {"local": {"backend": "llamacpp"}, "hosted": {"backend": "openai",
              "base_url": "http://127.0.0.1:9/v1", "model": "m"}}  # fmt: skip
    route = {"pattern": "learned", "router": "heuristic", "weak": "local", "strong": "hosted",
             "budget_per_1000": 2.5, "share_state": str(tmp_path / "s.json")}  # fmt: skip
    config = parse({"models": models, "routes": {"r": route}}, "<test>")
    tracker = config.routes["r"].tracker(0.5)  # type: ignore[attr-defined]
    assert tracker is not None and tracker.budget is not None
    assert tracker.budget.per_1000 == 2.5
    both = {**route, "share": 0.3}
    with pytest.raises(Exception, match="share or budget_per_1000, not both"):
        parse({"models": models, "routes": {"r": both}}, "<test>")
    with pytest.raises(Exception, match="budget_per_1000"):
        parse({"models": models, "routes": {"r": {**route, "budget_per_1000": -1}}}, "<test>")
