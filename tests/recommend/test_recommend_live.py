"""A live run: a `fixed` route on the hosted tier (a real llama.cpp server) observed with the
embedded model as its shadow, graded by a deterministic verifier; `rung recommend` on the log
the gateway wrote; the recommended `ab` route pasted into a new gateway; `rung ab report`.

The shadow's answers are capped at a few tokens (`observe.max_tokens`), so it finishes the
short answers and not the long ones: the grader (does the answer end a sentence?) passes it on
about half the requests, which is what the figures are checked against."""

from __future__ import annotations

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
GRADER = [{"regex": {"pattern": "[.!?]\\s*$"}}]
SHORT = ["Reply with the single word yes, then a full stop.", "Say: Hello."]
LONG = ["Write two long sentences about the sea and its ships.",
        "Describe a busy market in three sentences."]  # fmt: skip


def models(llama_server: str) -> dict[str, Any]:
    hosted = {"backend": "openai", "base_url": llama_server, "model": "smollm2", "residency": "eu"}
    return {"local": {"backend": "llamacpp", "n_ctx": 1024}, "hosted": hosted}


def observed_config(llama_server: str) -> dict[str, Any]:
    observe = {"shadow": "local", "verify": GRADER, "sample": 1.0, "max_pending": 64,
               "max_tokens": 8}  # fmt: skip
    return {
        "models": models(llama_server),
        "prices": {"models": {"hosted": {"input": 1.0, "output": 3.0}}},
        "log": {"prompts": True},
        "routes": {"chat": {"pattern": "fixed", "model": "hosted", "observe": observe}},
    }


def ask(url: str, prompt: str, user: str = "u") -> httpx.Response:
    body = {"model": "chat", "messages": [{"role": "user", "content": prompt}],
            "max_tokens": 32, "temperature": 0}  # fmt: skip
    response = httpx.post(url + "/v1/chat/completions", json=body, timeout=120,
                          headers={"x-rung-user": user})  # fmt: skip
    assert response.status_code == 200, response.text
    return response


def test_fixed_route_to_recommended_cascade_to_ab_report(llama_server: str, tmp_path: Path) -> None:
    prompts = (SHORT + LONG) * 8  # 32 requests, over the 30 a recommendation needs
    with Served(observed_config(llama_server), tmp_path / "log.db") as gateway:
        for prompt in prompts:
            assert ask(gateway.url, prompt).headers["x-request-id"]
        rows = gateway.log_rows(at_least=2 * len(prompts), timeout=300)
    observed = [r for r in rows if (r["variant"] or "").startswith("observe:")]
    assert len(observed) == len(prompts)
    config = parse(observed_config(llama_server), "<test>")
    [rec, *_] = recommend(tmp_path / "log.db", 3600, config)
    shadow_passed = sum('"step":"observe shadow","outcome":"passed"' in r["decisions"]
                        for r in observed)  # fmt: skip
    # the shadow is free, grading is free: the cascade saves exactly the shadow's pass rate
    assert rec.evidence["figures"]["savings"]["value"] == pytest.approx(shadow_passed / 32)
    assert rec.evidence["observations"] == 32 and rec.evidence["direction"] == "down"
    assert rec.action == "cascade", rec.summary
    cli = CliRunner().invoke(main, ["recommend", "--log", str(tmp_path / "log.db"), "--json"])
    assert cli.exit_code == 0 and '"action": "cascade"' in cli.output

    pasted = yaml.safe_load(rec.yaml or "")
    prices = {"models": {"hosted": {"input": 1.0, "output": 3.0}}}
    confirm = {"models": models(llama_server), "prices": prices, **pasted}
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
