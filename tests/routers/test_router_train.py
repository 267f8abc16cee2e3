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


WEAK, STRONG = "mistralai/mixtral-8x7b-chat", "gpt-4-1106-preview"


def write_csv(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    """A RouterBench-style CSV: prompt, the two models' correctness (may be empty), costs."""
    import csv

    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["prompt", "eval_name", WEAK, STRONG, f"{WEAK}|total_cost",
                         f"{STRONG}|total_cost"])  # fmt: skip
        for prompt, weak, strong in rows:
            writer.writerow([prompt, "toy", weak, strong, "0.001", "0.03"])
    return path


def toy_rows(start: int, count: int) -> list[tuple[str, str, str]]:
    hard = "prove the integral theorem"
    easy = "name the capital colour"
    return [
        (f"q{i} {hard if i % 3 == 0 else easy}", "0" if i % 3 == 0 else "1", "1")
        for i in range(start, start + count)
    ]


def test_train_command_combines_data_and_skips_missing_labels(tmp_path: Path) -> None:
    first = write_csv(tmp_path / "a.csv", toy_rows(0, 60))
    rows = toy_rows(60, 60)
    rows[:5] = [(p, "", s) for p, _, s in rows[:5]]  # five rows without the weak model's label
    second = write_csv(tmp_path / "b.csv", rows)
    out = tmp_path / "r.rung"
    args = ["--data", str(first), "--data", str(second), "--router", "tfidf", "--share", "0.3"]
    result = CliRunner().invoke(train_command, [*args, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "5 rows of a+b have no label" in result.output
    assert "(n=115)" in result.output
    assert routers.load(out).weak == WEAK


def test_train_command_errors_name_options_and_paths(tmp_path: Path) -> None:
    runner = CliRunner()
    both = ["--data", "mbpp", "--router", "random", "--share", "0.3", "--budget", "2", "-o", "x"]
    result = runner.invoke(train_command, both)
    assert result.exit_code == 2 and "--share and --budget" in result.output
    assert "budget_per_1000" not in result.output
    missing = ["--data", str(tmp_path / "nope.csv"), "--router", "random", "--share", "0.3"]
    result = runner.invoke(train_command, [*missing, "-o", str(tmp_path / "x")])
    assert result.exit_code == 1
    assert f"dataset file '{tmp_path / 'nope.csv'}' does not exist" in result.output
    result = runner.invoke(train_command, ["--data", "mmlx", *missing[2:], "-o", "x"])
    assert "unknown dataset 'mmlx'" in result.output and "mmlu" in result.output
    bad_share = ["--data", "mbpp", "--router", "random", "--share", "30", "-o", "x"]
    assert "--share" in runner.invoke(train_command, bad_share).output
    pooled = ["--data", "mbpp", "--router", "tfidf", "--share", "0.3", "--pooling", "tail"]
    result = runner.invoke(train_command, [*pooled, "-o", str(tmp_path / "x")])
    assert result.exit_code == 1 and "pooling is for embedding routers" in result.output


def test_train_router_pooling_reaches_the_file(tmp_path: Path) -> None:
    trained = train_router(
        "knn", toy_dataset(100), share=0.3, embedder=HashEmbedder(), pooling="chunked",
        path=tmp_path / "k.rung",
    )  # fmt: skip
    assert routers.load(tmp_path / "k.rung", embedder=HashEmbedder()).pooling == "chunked"  # type: ignore[attr-defined]
    assert trained.size == 100 and trained.missing == 0


def test_combined_datasets_keep_common_models() -> None:
    from rung.routers.train import combine

    a, b = toy_dataset(20, seed=1), toy_dataset(30, seed=2)
    b.outcomes["other"] = [1.0] * 30
    both = combine([a, b])
    assert len(both) == 50 and both.models == ["weak", "strong"]
    assert both.prompts[20:] == b.prompts and both.costs["strong"][-1] == 0.03
