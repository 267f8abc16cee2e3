"""A live A/B test through the gateway: the embedded model (in-process) against a real
llama.cpp server standing in for the hosted tier; arm `fixed` (the local model) against arm
`learned` (a TF-IDF router trained here on a slice of RouteLLM's GSM8K), sticky users, a
shadow that runs the hosted model on every request, feedback from a real check of each
answer, then `rung ab report` and the log reader on the log the gateway wrote."""

from __future__ import annotations

import re
import statistics
from collections import defaultdict
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner

from rung.datasets import read_routellm_gsm8k
from rung.datasets.logs import read_request_log
from rung.evals.ab_report import report_command
from rung.routers.train import train_router

pytestmark = pytest.mark.live
DATA = Path(__file__).resolve().parents[2] / "data" / "routellm"
PROMPTS = {  # prompt -> the right answer (the check behind each thumbs up or down)
    "What is 7 + 5? Reply with the number only.": "12",
    "What is 9 + 3? Reply with the number only.": "12",
    "A shop sells pens at 3 dollars each. Tom buys 4 pens and pays with a 20 dollar note. "
    "How much change does he get? Reply with the number only.": "8",
    "A train travels 60 km per hour for 2 hours and then 40 km per hour for 1 hour. "
    "How many kilometres does it travel in total? Reply with the number only.": "160",
}
USERS = [f"user-{i}" for i in range(8)]


def train(tmp_path: Path) -> tuple[Path, float]:
    """A TF-IDF router on 400 GSM8K rows; the threshold at the median score of the prompts
    sent here (calibrated for half of this traffic to go to the strong model)."""
    data = read_routellm_gsm8k(DATA)
    trained = train_router("tfidf", data.subset(range(0, 1200, 3)), share=0.5, k=3)
    path = trained.router.save(tmp_path / "router.npz")
    scores = sorted(trained.router.score(p) for p in PROMPTS)
    assert scores[1] < scores[2], "the prompts must not all score the same"
    return path, (scores[1] + scores[2]) / 2


def config(llama_server: str, router: Path, threshold: float) -> dict[str, Any]:
    hosted = {"backend": "openai", "base_url": llama_server, "model": "smollm2",
              "residency": "eu"}  # fmt: skip
    learned = {"pattern": "learned", "router": str(router), "weak": "local",
               "strong": "hosted", "threshold": threshold}  # fmt: skip
    return {
        "models": {"local": {"backend": "llamacpp", "n_ctx": 1024}, "hosted": hosted},
        "prices": {"models": {"hosted": {"input": 1.0, "output": 3.0}}},
        "routes": {
            "exp": {
                "pattern": "ab",
                "sticky": "user",
                "variants": {
                    "fixed": {"weight": 0.5, "route": {"pattern": "fixed", "model": "local"}},
                    "learned": {"weight": 0.5, "route": learned},
                },
                "shadow": {
                    "name": "hosted",
                    "max_pending": 64,
                    "route": {"pattern": "fixed", "model": "hosted"},
                },
            }
        },
    }


def ask(url: str, user: str, prompt: str, stream: bool) -> tuple[httpx.Headers, str]:
    body = {"model": "exp", "messages": [{"role": "user", "content": prompt}],
            "max_tokens": 8, "temperature": 0, "stream": stream}  # fmt: skip
    headers = {"x-rung-user": user}
    if not stream:
        response = httpx.post(url + "/v1/chat/completions", json=body, headers=headers, timeout=120)
        assert response.status_code == 200, response.text
        return response.headers, response.json()["choices"][0]["message"]["content"] or ""
    text = ""
    with httpx.stream("POST", url + "/v1/chat/completions", json=body, headers=headers,
                      timeout=120) as response:  # fmt: skip
        assert response.status_code == 200
        for line in response.iter_lines():
            if line.startswith("data: {"):
                import json

                for choice in json.loads(line[6:]).get("choices", []):
                    text += choice.get("delta", {}).get("content") or ""
        return response.headers, text


def wait_for(gateway: Any, count: int, timeout: float = 90.0) -> list[dict[str, Any]]:
    """The log's request rows, once `count` are there (shadows finish after the answers)."""
    return gateway.log_rows("requests", at_least=count, timeout=timeout)  # type: ignore[no-any-return]


def test_live_ab_with_shadow_and_report(
    serve: Any, llama_server: str, tmp_path: Path, capsys: Any
) -> None:
    router, threshold = train(tmp_path)
    sent: dict[str, dict[str, Any]] = {}  # request id -> what the client saw
    with serve(config(llama_server, router, threshold)) as gateway:
        for i, (user, prompt) in enumerate((u, p) for u in USERS for p in PROMPTS):
            headers, text = ask(gateway.url, user, prompt, stream=i % 4 == 3)
            good = re.search(rf"\b{PROMPTS[prompt]}\b", text) is not None
            sent[headers["x-request-id"]] = {
                "user": user, "prompt": prompt, "arm": headers["x-rung-variant"],
                "model": headers["x-rung-model"], "good": good, "text": text,
            }  # fmt: skip
            feedback = {"request_id": headers["x-request-id"], "value": good, "name": "correct"}
            assert httpx.post(gateway.url + "/v1/feedback", json=feedback).status_code == 200
        rows = wait_for(gateway, 2 * len(sent))
        calls = gateway.log_rows("calls")
    primaries = [r for r in rows if r["parent_id"] is None]
    shadows = [r for r in rows if r["parent_id"] is not None]

    # Counts per arm match what the client was told; every user stayed on one arm.
    arms_of: dict[str, set[str]] = defaultdict(set)
    for item in sent.values():
        arms_of[item["user"]].add(item["arm"])
    assert all(len(arms) == 1 for arms in arms_of.values()), arms_of
    told = {arm: sum(s["arm"] == arm for s in sent.values()) for arm in ("fixed", "learned")}
    assert told["fixed"] > 0 and told["learned"] > 0, told
    assert {r["id"]: r["variant"] for r in primaries} == {k: v["arm"] for k, v in sent.items()}

    # The fixed arm always answers locally; the learned arm escalates the prompts above the
    # threshold (half of them), and says so.
    for rid, item in sent.items():
        row = next(r for r in primaries if r["id"] == rid)
        assert row["answered_by"] == item["model"]
        if item["arm"] == "fixed":
            assert item["model"] == "local" and row["escalated"] is None
        else:
            assert row["escalated"] == (item["model"] == "hosted")
            assert "threshold" in row["decisions"] and "(tfidf)" in row["decisions"]
    learned_models = {s["model"] for s in sent.values() if s["arm"] == "learned"}
    assert learned_models == {"local", "hosted"}

    # One shadow per request: its own row and calls, tied to its parent; the client's answer
    # came from the arm's backend, never from the shadow.
    assert len(shadows) == len(sent)
    assert {r["parent_id"] for r in shadows} == set(sent)
    assert all(r["variant"] == "shadow:hosted" and r["answered_by"] == "hosted" for r in shadows)
    assert all(r["status"] == 200 and r["cost"] > 0 for r in shadows)
    by_request: dict[str, list[str]] = defaultdict(list)
    for call in calls:
        by_request[call["request_id"]].append(call["backend"])
    for rid, item in sent.items():
        assert by_request[rid] == [item["model"]]  # the primary's calls only
    assert all(by_request[r["id"]] == ["hosted"] for r in shadows)

    # `rung ab report` counts what was sent, with the feedback posted, and says the sample
    # is too small for a verdict.
    runner = CliRunner()
    result = runner.invoke(report_command, ["--log", str(gateway.log_path), "--json"])
    assert result.exit_code == 0, result.output
    import orjson

    report = orjson.loads(result.output)["routes"]["exp"]
    for arm in ("fixed", "learned"):
        mine = [s for s in sent.values() if s["arm"] == arm]
        assert report["arms"][arm]["requests"] == len(mine)
        assert report["arms"][arm]["feedback_n"] == len(mine)
        score = statistics.fmean(float(s["good"]) for s in mine)
        assert report["arms"][arm]["feedback_score"] == pytest.approx(score)
    assert report["arms"]["shadow:hosted"]["requests"] == len(sent)
    assert report["arms"]["shadow:hosted"]["feedback_n"] == 0
    verdicts = {(d["arm"], d["figure"]): d["verdict"] for d in report["differences"]}
    assert verdicts[("learned", "cost")] == verdicts[("learned", "feedback")] == "too few"
    assert verdicts[("learned", "escalation")] == "no data"  # the fixed arm never escalates
    assert set(verdicts.values()) <= {"too few", "no data"}
    table = runner.invoke(report_command, ["--log", str(gateway.log_path)])
    assert "sample too small" in table.output

    # The log reader: prompts answered by both models, with the feedback they got.
    prompts = {rid: item["prompt"] for rid, item in sent.items()}
    data = read_request_log(gateway.log_path, prompts, feedback="correct")
    assert set(data.default_pair) == {"local", "hosted"}  # the cheaper first, as logged
    data = read_request_log(
        gateway.log_path, prompts, feedback="correct", models=("local", "hosted")
    )
    assert data.prompts and len(data.prompts) + data.excluded == len(PROMPTS)
    for i, prompt in enumerate(data.prompts):
        for model in ("local", "hosted"):
            got = [
                s["good"] for s in sent.values() if s["prompt"] == prompt and s["model"] == model
            ]
            assert data.outcomes[model][i] == pytest.approx(statistics.fmean(map(float, got)))
    with capsys.disabled():
        print(f"\n$ rung ab report --log {gateway.log_path.name}\n{table.output}")
        quality = f"local {data.quality('local'):.2f}, hosted {data.quality('hosted'):.2f}"
        print(f"log dataset: {len(data)} prompts, {data.excluded} excluded, quality {quality}")
