"""`rung ab report` and the log reader on logs written by rung's own RequestLog writer."""

from __future__ import annotations

import random
import time
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

from rung.datasets.logs import read_request_log
from rung.evals.ab_report import ab_report, format_report, report_command
from rung.telemetry.log import Feedback, RequestLog, RequestRecord
from rung.types import Call, Trace


def write_log(path: Path, arms: dict[str, tuple[int, float, float]], seed: int = 0) -> None:
    """Per arm: (requests, mean cost, share of thumbs up); latency and cost vary by +-20%."""
    rng = random.Random(seed)
    log = RequestLog(path)
    log.start()
    now = time.time()
    for arm, (count, cost, good) in arms.items():
        for i in range(count):
            trace = Trace(variant=arm, answered_by="local")
            trace.calls.append(Call("local", "m", cost=cost * rng.uniform(0.8, 1.2)))
            trace.escalated = rng.random() < 0.3
            record = RequestRecord(f"{arm}-{i}", now, route="exp", pattern="ab", trace=trace)
            record.latency_ms = 100 * rng.uniform(0.8, 1.2)
            log.write(record)
            log.write(Feedback(record.id, "thumbs", float(rng.random() < good), "1", now))
    assert log.flush()
    log.close()


def differences(report: dict[str, object], figure: str) -> dict[str, object]:
    routes = report["routes"]
    assert isinstance(routes, dict)
    [found] = [d for d in routes["exp"]["differences"] if d["figure"] == figure]
    return dict(found)


def test_a_real_cost_difference_clears_and_none_is_unclear(tmp_path: Path) -> None:
    path = tmp_path / "log.db"
    write_log(path, {"a": (300, 1.0, 0.6), "b": (300, 0.7, 0.6)})
    report = ab_report(path, 3600)
    arms = report["routes"]["exp"]["arms"]
    assert arms["a"]["requests"] == 300 and arms["b"]["requests"] == 300
    assert arms["b"]["cost_per_request"] == pytest.approx(0.7, rel=0.05)
    cost = differences(report, "cost")
    assert cost["verdict"] == "clears" and cost["relative"] == pytest.approx(-0.3, abs=0.04)
    assert cost["low"] < cost["relative"] < cost["high"] < 0  # type: ignore[operator]
    assert differences(report, "latency_p50")["verdict"] in ("unclear", "below")
    assert differences(report, "escalation")["verdict"] in ("unclear", "below")
    text = format_report(report)
    assert "cost" in text and "clears" in text


def test_a_worse_feedback_score_is_called_worse(tmp_path: Path) -> None:
    path = tmp_path / "log.db"
    write_log(path, {"a": (400, 1.0, 0.8), "b": (400, 1.0, 0.4)})
    feedback = differences(ab_report(path, 3600), "feedback")
    assert feedback["verdict"] == "worse" and feedback["relative"] < -0.3  # type: ignore[operator]


def test_small_samples_get_no_verdict(tmp_path: Path) -> None:
    path = tmp_path / "log.db"
    write_log(path, {"a": (12, 1.0, 0.5), "b": (9, 0.1, 0.5)})
    cost = differences(ab_report(path, 3600), "cost")
    assert cost["verdict"] == "too few" and cost["low"] is None
    assert "sample too small: n=12 and 9" in str(cost["note"])


def test_an_arm_without_values_gets_no_data(tmp_path: Path) -> None:
    path = tmp_path / "log.db"
    log = RequestLog(path)
    log.start()
    for i in range(40):
        for arm in ("a", "b"):
            trace = Trace(variant=arm)
            if arm == "b":
                trace.escalated = i % 2
            log.write(RequestRecord(f"{arm}{i}", time.time(), route="exp", trace=trace))
    assert log.flush()
    log.close()
    escalation = differences(ab_report(path, 3600), "escalation")
    assert escalation["verdict"] == "no data" and "for a (its pattern" in str(escalation["note"])
    assert ab_report(path, 3600)["routes"]["exp"]["arms"]["b"]["escalation_rate"] == 0.5


def test_cli_prints_and_filters(tmp_path: Path) -> None:
    path = tmp_path / "log.db"
    write_log(path, {"a": (40, 1.0, 0.5), "b": (40, 2.0, 0.5)})
    runner = CliRunner()
    result = runner.invoke(report_command, ["--log", str(path), "--json", "--threshold", "0.5"])
    assert result.exit_code == 0, result.output
    data = orjson.loads(result.output)
    assert data["threshold"] == 0.5 and set(data["routes"]["exp"]["arms"]) == {"a", "b"}
    result = runner.invoke(report_command, ["--log", str(path), "--route", "other"])
    assert "no requests with a variant" in result.output
    missing = runner.invoke(report_command, ["--log", str(tmp_path / "none.db")])
    assert missing.exit_code != 0 and "no request log" in missing.output


def test_log_reader_joins_prompts_and_feedback(tmp_path: Path) -> None:
    path = tmp_path / "log.db"
    log = RequestLog(path)
    log.start()
    now = time.time()
    rows = [("r1", "p1", "local", 0.0), ("r2", "p1", "hosted", 1.0), ("r3", "p1", "local", 1.0),
            ("r4", "p2", "local", 1.0), ("r5", "p3", "hosted", 0.0)]  # fmt: skip
    for rid, _, backend, value in rows:
        trace = Trace(answered_by=backend)
        trace.calls.append(Call(backend, "m", cost=0.01 if backend == "hosted" else 0.001))
        log.write(RequestRecord(rid, now, route="exp", trace=trace))
        log.write(Feedback(rid, "thumbs", value, "x", now))
    assert log.flush()
    log.close()
    prompts = {rid: text for rid, text, _, _ in rows}
    data = read_request_log(path, prompts)
    assert data.default_pair == ("local", "hosted")  # the cheaper first
    assert data.prompts == ["p1"] and data.excluded == 2
    assert data.outcomes == {"local": [0.5], "hosted": [1.0]}
    assert data.costs["hosted"] == [pytest.approx(0.01)]
    filled = read_request_log(path, prompts, fill={"hosted": 1.0, "local": 0.0})
    assert filled.prompts == ["p1", "p2", "p3"] and "2 outcomes assumed" in filled.name
    assert filled.outcomes["hosted"] == [1.0, 1.0, 0.0]
    with pytest.raises(ValueError, match="no prompt text"):
        read_request_log(path)
