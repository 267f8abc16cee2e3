"""The MBPP replay on a slice: its figures recomputed independently from the CSV."""

from __future__ import annotations

import ast
import csv
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from rung.evals.mbpp_replay import join_tasks, read_rows, replay_command, resolve_model, run

DATA = Path(__file__).resolve().parents[2] / "data"
CSV = DATA / "routerbench" / "mbpp_train.csv"
MBPP = DATA / "mbpp" / "sanitized-mbpp.json"
ROWS = 10


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    return run(CSV, MBPP, ["mistral-7b", "gpt-3.5"], "gpt-4", limit=ROWS)


def plain_rows() -> list[dict[str, str]]:
    csv.field_size_limit(sys.maxsize)
    with open(CSV, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))[:ROWS]


def test_every_row_joins_to_mbpp() -> None:
    tasks, ambiguous = join_tasks(read_rows(CSV), MBPP)
    assert len(tasks) == 299 and ambiguous == 2
    mbpp = {t["prompt"] for t in json.loads(MBPP.read_text())}
    assert all(ast.literal_eval(r["prompt"])[0] in mbpp for r in plain_rows())
    assert tasks[0].entry_point and tasks[0].entry_point in tasks[0].tests


def test_model_names_resolve() -> None:
    columns = list(read_rows(CSV)[0])
    assert resolve_model("mistral-7b", columns) == "mistralai/mistral-7b-chat"
    assert resolve_model("gpt-4", columns) == "gpt-4-1106-preview"
    with pytest.raises(ValueError, match="several"):
        resolve_model("claude", columns)


def test_figures_match_an_independent_computation(report: dict[str, Any]) -> None:
    rows = plain_rows()
    assert report["rows"] == ROWS
    strong_label = [float(r["gpt-4-1106-preview"]) for r in rows]
    strong_cost = [float(r["gpt-4-1106-preview|total_cost"]) for r in rows]
    alone = report["strong_alone"]
    assert alone["accuracy"] == pytest.approx(sum(strong_label) / ROWS)
    assert alone["cost_per_query"] == pytest.approx(sum(strong_cost) / ROWS)
    for cascade, column in zip(
        report["cascades"], ["mistralai/mistral-7b-chat", "gpt-3.5-turbo-1106"], strict=True
    ):
        passed = cascade["passed"]
        assert len(passed) == ROWS
        label = [float(r[column]) for r in rows]
        cost = [float(r[f"{column}|total_cost"]) for r in rows]
        accuracy = cost_sum = 0.0
        tp = fp = fn = 0
        for i in range(ROWS):
            if passed[i]:
                accuracy += label[i]
                cost_sum += cost[i]
                tp, fp = tp + (label[i] == 1), fp + (label[i] == 0)
            else:
                accuracy += strong_label[i]
                cost_sum += cost[i] + strong_cost[i]
                fn += label[i] == 1
        assert cascade["accuracy"] == pytest.approx(accuracy / ROWS)
        assert cascade["cost_per_query"] == pytest.approx(cost_sum / ROWS)
        assert cascade["escalated"] == pytest.approx(passed.count(False) / ROWS)
        assert cascade["precision"] == (pytest.approx(tp / (tp + fp)) if tp + fp else None)
        assert cascade["recall"] == (pytest.approx(tp / (tp + fn)) if tp + fn else None)
        assert cascade["cheap_alone"]["accuracy"] == pytest.approx(sum(label) / ROWS)
        assert sum(cascade["verifier_failures"].values()) == passed.count(False)


def test_the_verifier_is_informative_on_the_slice(report: dict[str, Any]) -> None:
    # Not a fixed figure: the verifier must pass some answers and escalate others, and agree
    # with the labels more often than not.
    for cascade in report["cascades"]:
        assert 0 < cascade["escalated"] < 1
        assert cascade["tp"] + cascade["tn"] > cascade["fp"] + cascade["fn"]


def test_the_command_prints_json() -> None:
    from click.testing import CliRunner

    args = [str(CSV), "--tests", str(MBPP), "--cheap", "mixtral", "--limit", "4", "--json", "-"]
    result = CliRunner().invoke(replay_command(), args)
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["rows"] == 4 and figures["cascades"][0]["column"].endswith("mixtral-8x7b-chat")
    bad = CliRunner().invoke(replay_command(), [str(CSV), "--tests", str(MBPP), "--cheap", "zz"])
    assert bad.exit_code != 0 and "no model columns match 'zz'" in bad.output
