from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from rung.evals.routing import eval_routers, run_experiment
from rung.evals.routing_report import markdown_table, plot

from .conftest import DATA_DIR, HashEmbedder, toy_dataset


def test_cross_experiment_on_toy_data(tmp_path: Path) -> None:
    train, test = toy_dataset(400, seed=0), toy_dataset(300, seed=1)
    exp = run_experiment("cross", train, test, ["random", "tfidf", "knn"], embedder=HashEmbedder())
    assert exp.name == "toy → toy" and exp.size == 300
    by_name = {run.router: run.metrics for run in exp.runs}
    assert set(by_name) == {"random", "tfidf", "knn", "optimal"}
    assert by_name["optimal"]["apgr"] >= by_name["tfidf"]["apgr"] > by_name["random"]["apgr"]
    assert by_name["tfidf"]["cost_saved_at_95"] > by_name["random"]["cost_saved_at_95"]
    assert exp.cascade["share"] == pytest.approx(1 - sum(test.outcomes["weak"]) / 300)
    table = markdown_table([exp])
    assert table.count("\n") == 2 + 5
    png = plot([exp.to_json()], tmp_path / "toy.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_cli_on_mbpp(tmp_path: Path) -> None:
    out, pic, md = tmp_path / "r.json", tmp_path / "r.png", tmp_path / "r.md"
    args = ["--data", "mbpp", "--router", "random", "--router", "heuristic", "--router", "tfidf"]
    args += ["--protocol", "kfold", "--data-dir", str(DATA_DIR), "--json", str(out)]
    args += ["--plot", str(pic), "--markdown", str(md)]
    result = CliRunner().invoke(eval_routers, args)
    assert result.exit_code == 0, result.output
    assert "mbpp 5-fold" in result.output
    data = json.loads(out.read_text())
    (exp,) = data["experiments"]
    assert exp["size"] == 299 and exp["cost_source"] == "measured"
    runs = {run["router"]: run for run in exp["runs"]}
    assert 0.3 < runs["random"]["apgr"] < 0.7
    assert len(runs["tfidf"]["curve"]["share"]) == 101
    assert runs["tfidf"]["curve"]["cost_per_1000"][0] < runs["tfidf"]["curve"]["cost_per_1000"][-1]
    assert pic.stat().st_size > 10_000 and "| mbpp 5-fold | tfidf |" in md.read_text()


def test_cli_rejects_unknown_router() -> None:
    result = CliRunner().invoke(eval_routers, ["--data", "mbpp", "--router", "nope"])
    assert result.exit_code != 0 and "unknown router" in result.output
