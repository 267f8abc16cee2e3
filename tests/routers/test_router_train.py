from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from rung import routers
from rung.routers.train import train_command, train_router

from .conftest import DATA_DIR, HashEmbedder, toy_dataset


def test_train_for_share_then_load(tmp_path: Path) -> None:
    data = toy_dataset(500, seed=2)
    trained = train_router("tfidf", data, share=0.3, path=tmp_path / "t.rung")
    assert trained.calibration.strong_share == pytest.approx(0.3, abs=0.01)
    loaded = routers.load(tmp_path / "t.rung")
    assert loaded.threshold == trained.calibration.threshold
    fresh = toy_dataset(500, seed=3)
    routed = sum(loaded.route(text) for text in fresh.prompts) / len(fresh)
    assert routed == pytest.approx(0.3, abs=0.1)


def test_train_for_budget() -> None:
    data = toy_dataset(500, seed=4)
    # weak 0.001, strong 0.03 per request: 10 USD per 1,000 allows about 31% strong calls.
    trained = train_router("knn", data, budget_per_1000=10.0, embedder=HashEmbedder())
    cal = trained.calibration
    assert cal.cost_per_1000 is not None and cal.cost_per_1000 <= 10.0
    most = (10 / 1000 - 0.001) / 0.029
    # kNN scores are counts out of 50, so ties are wide; tied rows move together.
    assert most - 0.06 <= cal.strong_share <= most + 1e-9


def test_train_needs_one_target() -> None:
    with pytest.raises(ValueError):
        train_router("random", toy_dataset(50), share=0.2, budget_per_1000=1.0)


def test_train_command_on_mbpp(tmp_path: Path) -> None:
    out = tmp_path / "mbpp.rung"
    args = ["--data", "mbpp", "--router", "heuristic", "--share", "0.4", "-o", str(out)]
    result = CliRunner().invoke(train_command, [*args, "--data-dir", str(DATA_DIR)])
    assert result.exit_code == 0, result.output
    match = re.search(r"strong share ([\d.]+)%", result.output)
    assert match is not None and float(match.group(1)) == pytest.approx(40.0, abs=2.0)
    assert routers.load(out).strong == "gpt-4-1106-preview"
