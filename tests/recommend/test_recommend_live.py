"""A live run: a `fixed` route on the hosted tier (a real llama.cpp server) observed with the
embedded model as its shadow, graded by a deterministic verifier; `rung recommend` on the log
the gateway wrote; the recommended `ab` route pasted into a new gateway; `rung ab report`.

The shadow's answers are capped at one token (`observe.max_tokens`), so it can answer a sum
("7") and not a sentence: the grader (a number, or at least two words) passes it on about half
the requests and the hosted tier's full answers on nearly all. Local calls are priced by their
busy time
(rung.telemetry.prices), here set to nothing; hosted ones at GPT-4-like list prices."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from click.testing import CliRunner

from rung.cli import main
from rung.configure import parse
from rung.evals.ab_report import ab_report
from rung.recommend import recommend
from tests.conftest import Served

pytestmark = pytest.mark.live
GRADER = [{"regex": {"pattern": "\\d|\\w+\\W+\\w+"}}]
SUMS = [f"What is {a} + {b}? Reply with the number only." for a, b in ((3, 4), (2, 5))]
PROSE = ["Write a sentence about cats.", "Describe a busy market."]
# The local machine counts as paid for (no hardware or power cost): a local call's default cost
# follows its busy time, which on a loaded test machine would decide the figures instead of the
# grader. The saving is checked against the log's own costs either way.
PRICES = {
    "models": {"hosted": {"input": 10.0, "output": 30.0}},
    "local": {"hardware_per_hour": 0.0, "watts": 0.0},
}


EXPECTED_SAVING = """
SELECT 1 - AVG(c.cost + CASE WHEN o.decisions LIKE '%"observe shadow","outcome":"passed"%'
                             THEN 0 ELSE p.cost END) / AVG(p.cost)
FROM requests o JOIN requests p ON p.id = o.parent_id
JOIN calls c ON c.request_id = o.id AND c.seq = 0
WHERE o.variant = 'observe:local'
"""


def models(llama_server: str) -> dict[str, Any]:
    hosted = {"backend": "openai", "base_url": llama_server, "model": "smollm2", "residency": "eu"}
    return {"local": {"backend": "llamacpp", "n_ctx": 1024}, "hosted": hosted}


def observed_config(llama_server: str) -> dict[str, Any]:
    observe = {"shadow": "local", "verify": GRADER, "sample": 1.0, "max_pending": 64,
               "max_tokens": 1}  # fmt: skip
    return {
        "models": models(llama_server),
        "prices": PRICES,
        "log": {"prompts": True},
        "routes": {"chat": {"pattern": "fixed", "model": "hosted", "observe": observe}},
    }


def ask(url: str, prompt: str, user: str = "u") -> httpx.Response:
    body = {"model": "chat", "messages": [{"role": "user", "content": prompt}],
            "max_tokens": 24, "temperature": 0}  # fmt: skip
    response = httpx.post(url + "/v1/chat/completions", json=body, timeout=120,
                          headers={"x-rung-user": user})  # fmt: skip
    assert response.status_code == 200, response.text
    return response


def test_fixed_route_to_recommended_cascade_to_ab_report(llama_server: str, tmp_path: Path) -> None:
    prompts = (SUMS + PROSE) * 8  # 32 requests, over the 30 a recommendation needs
    with Served(observed_config(llama_server), tmp_path / "log.db") as gateway:
        for prompt in prompts:
            assert ask(gateway.url, prompt).headers["x-request-id"]
        rows = gateway.log_rows(at_least=2 * len(prompts), timeout=300)
    observed = [r for r in rows if (r["variant"] or "").startswith("observe:")]
    assert len(observed) == len(prompts)
    config = parse(observed_config(llama_server), "<test>")
    [rec, *_] = recommend(tmp_path / "log.db", 3600, config)
    with sqlite3.connect(tmp_path / "log.db") as db:
        [(saving,)] = db.execute(EXPECTED_SAVING).fetchall()
    # the cascade's saving, computed here from the log's own rows
    assert rec.evidence["figures"]["savings"]["value"] == pytest.approx(saving)
    assert rec.evidence["observations"] == 32 and rec.evidence["direction"] == "down"
    assert rec.action == "cascade", rec.summary
    cli = CliRunner().invoke(main, ["recommend", "--log", str(tmp_path / "log.db"), "--json"])
    assert cli.exit_code == 0 and '"action": "cascade"' in cli.output

    pasted = yaml.safe_load(rec.yaml or "")
    confirm = {"models": models(llama_server), "prices": PRICES, **pasted}
    with Served(confirm, tmp_path / "ab.db") as gateway:
        for i, prompt in enumerate(prompts):
            ask(gateway.url, prompt, user=f"user-{i % 8}")
        gateway.log_rows(at_least=len(prompts))
    report = ab_report(tmp_path / "ab.db", 3600)["routes"]["chat"]
    assert set(report["arms"]) == {"today", "cascade"}
    assert sum(a["requests"] for a in report["arms"].values()) == len(prompts)
    with sqlite3.connect(tmp_path / "ab.db") as db:
        patterns = {p for (p,) in db.execute("SELECT DISTINCT pattern FROM requests")}
    assert patterns <= {"ab", "fixed", "cascade"}


def test_a_cascade_observed_with_a_judge_reports_its_verifier(
    llama_server: str, tmp_path: Path
) -> None:
    """A cascade [embedded, server] whose verifier wants a digit (the sums' answers pass, the
    prose escalates), the server's model as the judge of the first tier's answers: the judge's
    rows, and the verifier's figures in `rung recommend --json`, counted from the log's rows.
    Eight short requests (the embedded model is slow on a shared machine): thin, but every
    figure is there."""
    observe = {"judge": "hosted", "sample": 1.0, "max_pending": 64}
    route = {"pattern": "cascade", "tiers": ["local", "hosted"],
             "verify": [{"regex": {"pattern": "\\d"}}], "observe": observe}  # fmt: skip
    config = {"models": models(llama_server), "prices": PRICES, "routes": {"code": route}}
    prompts = (SUMS + PROSE) * 2
    with Served(config, tmp_path / "log.db") as gateway:
        for prompt in prompts:
            body = {"model": "code", "messages": [{"role": "user", "content": prompt}],
                    "max_tokens": 6, "temperature": 0}  # fmt: skip
            response = httpx.post(gateway.url + "/v1/chat/completions", json=body, timeout=120)
            assert response.status_code == 200, response.text
        rows = gateway.log_rows(at_least=2 * len(prompts), timeout=300)
    parents = [r for r in rows if r["parent_id"] is None]
    judged = [r for r in rows if r["variant"] == "observe:local"]
    assert len(parents) == len(judged) == len(prompts)
    assert {r["parent_id"] for r in judged} == {r["id"] for r in parents}
    steps = [[d["step"] for d in json.loads(r["decisions"])] for r in judged]
    assert all(s == ["observe verifier", "observe judge"] for s in steps)
    cli = CliRunner().invoke(main, ["recommend", "--log", str(tmp_path / "log.db"), "--json"])
    assert cli.exit_code == 0, cli.output
    [item] = [i for i in json.loads(cli.output) if i["route"] == "code"]
    figures = item["evidence"]["verifier"]
    assert item["action"] == "too_thin" and figures["pairs"] == len(prompts)
    kept = sum(1 for r in parents if not r["escalated"])  # the verifier passed local's answer
    assert (figures["verifier_passed"], figures["verifier_failed"]) == (kept, len(prompts) - kept)
    judge_failed_kept = sum(
        1 for r in judged
        if '"observe verifier","outcome":"passed"' in r["decisions"]
        and '"observe judge","outcome":"failed"' in r["decisions"]
    )  # fmt: skip
    assert figures["passed_judge_failed"] == judge_failed_kept
    assert 0 < kept < len(prompts)  # both ways through the cascade were taken
    assert 0.0 <= figures["lax"]["low"] <= figures["lax"]["high"] <= 1.0
