"""`rung eval escalation`: its statistics, its grading helpers and its command, on records
written here (the model is not asked)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from click.testing import CliRunner

from rung.cli import main
from rung.evals.escalation import analyse, auroc, bootstrap, curve, report, slug, table
from rung.evals.escalation_run import interleave, parse_confidence, token_stats
from rung.evals.escalation_tasks import (
    Problem,
    final_number,
    gsm8k_problems,
    mbpp_problems,
    probe,
    run_code,
    states_answer,
)
from rung.verifiers.sandbox import Limits, Sandbox

DATA = Path(__file__).resolve().parents[2] / "data"


def test_auroc_counts_pairs_and_ties_half() -> None:
    assert auroc([0.9, 0.8, 0.1, 0.2], [True, True, False, False]) == 1.0
    assert auroc([0.1, 0.2, 0.9, 0.8], [True, True, False, False]) == 0.0
    assert auroc([0.5, 0.5, 0.5, 0.5], [True, False, True, False]) == 0.5
    # 3 wrong x 2 right pairs: 0.9 beats both; 0.6 ties one (half) and beats one;
    # 0.3 ties one (half) and loses to one
    assert auroc([0.9, 0.6, 0.3, 0.6, 0.3], [True, True, True, False, False]) == pytest.approx(
        (2 + 1.5 + 0.5) / 6
    )
    assert auroc([0.1, 0.2], [True, True]) is None


def test_bootstrap_interval_holds_the_estimate_and_narrows_with_data() -> None:
    rng = random.Random(1)
    wrong = [rng.random() < 0.5 for _ in range(400)]
    scores = [float(w) + rng.gauss(0, 1) for w in wrong]
    low, high = bootstrap(scores, wrong, rounds=200) or (0, 0)
    assert low < (auroc(scores, wrong) or 0) < high
    small = bootstrap(scores[:40], wrong[:40], rounds=200) or (0, 1)
    assert high - low < small[1] - small[0]


def test_curve_escalates_the_highest_scores_first() -> None:
    wrong = [True, False, True, False]
    assert curve([0.9, 0.1, 0.8, 0.2], wrong, [0, 0.5, 1]) == [0.5, 1.0, 1.0]
    assert curve([0.1, 0.9, 0.2, 0.8], wrong, [0, 0.5, 1]) == [0.5, 0.5, 1.0]


def test_final_number_and_format() -> None:
    assert final_number("3 + 4 = 7 apples. The answer is 1,200.") == "1200"
    assert final_number("so she pays $18.50 in total") == "18.5"
    assert final_number("no digits here") is None
    assert states_answer("The answer is 42.") and not states_answer("It is 42.")


def test_confidence_and_token_stats() -> None:
    assert parse_confidence("I would say 8/10.") == 8
    assert parse_confidence("Confidence: 10") == 10
    assert parse_confidence("very sure") is None
    tokens = [
        {"logprob": -0.1, "top_logprobs": [{"logprob": -0.1}, {"logprob": -2.5}]},
        {"logprob": -2.0, "top_logprobs": [{"logprob": -0.7}, {"logprob": -0.7}]},
    ]
    stats = token_stats(tokens)
    assert stats["tokens"] == 2 and stats["mean_logprob"] == pytest.approx(-1.05)
    assert stats["min_logprob"] == -2.0
    # the second token's two alternatives are even: ln 2; the first's far less uncertain
    assert 0.6931 / 2 < (stats["mean_entropy"] or 0) < 0.6931


def test_problems_come_from_the_shipped_data() -> None:
    gsm8k = gsm8k_problems(DATA / "routellm", 3)
    assert [p.reference for p in gsm8k] == ["18", "3", "540"]  # row 2 skipped: gpt-4 got it wrong
    mbpp = mbpp_problems(DATA / "mbpp" / "sanitized-mbpp.json", 2)
    assert mbpp[0].visible in mbpp[0].reference and mbpp[0].visible != mbpp[0].reference
    mixed = interleave(gsm8k, mbpp)
    assert [p.kind for p in mixed] == ["gsm8k", "mbpp", "gsm8k", "mbpp", "gsm8k"]


async def test_code_is_graded_and_probed_in_the_sandbox() -> None:
    problem = mbpp_problems(DATA / "mbpp" / "sanitized-mbpp.json", 1)[0]
    sandbox = Sandbox(Limits(timeout=30, cpu_seconds=5))
    right = "```python\ndef similar_elements(a, b):\n    return tuple(set(a) & set(b))\n```"
    wrong = "```python\ndef similar_elements(a, b):\n    return ()\n```"
    assert (await run_code(sandbox, right, problem.reference))[0]
    passed, reason, _ = await run_code(sandbox, wrong, problem.reference)
    assert not passed and "AssertionError" in reason
    assert (await run_code(sandbox, right, probe(problem)))[
        2
    ] == "{4, 5}"  # the test compares set(...)
    assert (await run_code(sandbox, wrong, probe(problem)))[2] == "set()"
    assert (await run_code(sandbox, "no code at all", probe(problem)))[:2] == (False, "no code")


def records(n: int = 60) -> list[dict[str, object]]:
    """Answers whose self-consistency tracks correctness and whose confidence does not."""
    rng = random.Random(3)
    rows = []
    for i in range(n):
        correct = i % 3 == 0
        rows.append(
            {
                "model": "embedded:tiny",
                "kind": "gsm8k" if i % 2 else "mbpp",
                "id": f"p{i}",
                "correct": correct,
                "verifier": correct or i % 5 == 0,
                "confidence": 9 if i % 4 else None,
                "mean_logprob": -0.5 - rng.random(),
                "mean_entropy": rng.random(),
                "agreement": 0.75 if correct else 0.25 * (i % 2),
            }
        )
    return rows


def test_report_ranks_the_informative_signal_first() -> None:
    analysis = analyse(records(), rounds=100)
    methods = analysis["methods"]
    assert methods["self-consistency (n=5)"]["auroc"] == 1.0
    assert methods["verbalised confidence"]["auroc"] == pytest.approx(0.5, abs=0.1)
    assert analysis["oracle"][-1] == 1.0 and analysis["random"][0] == analysis["accuracy"]
    result = report(records(), rounds=50)
    assert set(result["embedded:tiny"]) == {"gsm8k", "mbpp", "all"}
    assert any("self-consistency (n=5) | 1.000" in line for line in table(result))


def test_command_renders_cached_outputs(tmp_path: Path) -> None:
    data = tmp_path / "escalation"
    data.mkdir()
    lines = [json.dumps(r) for r in records()]
    (data / "tiny.jsonl").write_text("\n".join(lines) + "\n")
    plot = tmp_path / "plot.png"
    out = tmp_path / "figures.json"
    args = ["eval", "escalation", "--data-dir", str(data), "--plot", str(plot)]
    result = CliRunner().invoke(main, [*args, "--bootstrap", "50", "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "deterministic verifier" in result.output
    assert plot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert json.loads(out.read_text())["embedded:tiny"]["all"]["problems"] == 60


def test_command_without_outputs_says_how_to_make_them(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["eval", "escalation", "--data-dir", str(tmp_path)])
    assert result.exit_code != 0 and "--run" in result.output


def test_slug() -> None:
    assert slug("embedded:smollm2-135m") == "smollm2-135m"
    assert slug("/models/gemma-3-270m-q4_k_m.gguf") == "gemma-3-270m-q4_k_m"


def test_problem_is_frozen() -> None:
    with pytest.raises(AttributeError):
        Problem("gsm8k", "x", "q", "1").id = "y"  # type: ignore[misc]


def test_a_greedy_pass_then_samples_on_some(tmp_path: Path) -> None:
    """A greedy-only pass (no agreement), then samples for some problems: each problem counts
    once, self-consistency is scored on the sampled problems only, as a set of their own."""
    greedy = [{**r, "agreement": None} for r in records()]
    sampled = [r for r in records() if r["kind"] == "mbpp"][:20]
    (tmp_path / "tiny-n1.jsonl").write_text("".join(json.dumps(r) + "\n" for r in greedy))
    (tmp_path / "tiny.jsonl").write_text("".join(json.dumps(r) + "\n" for r in sampled))
    from rung.evals.escalation import records_in

    found = records_in(tmp_path)
    assert len(found) == 60 and sum(r["agreement"] is not None for r in found) == 20
    result = report(found, rounds=50)["embedded:tiny"]
    assert set(result) == {"gsm8k", "mbpp", "all", "mbpp, sampled"}
    assert "self-consistency (n=5)" not in result["mbpp"]["methods"]
    assert result["mbpp, sampled"]["problems"] == 20
    assert result["mbpp, sampled"]["methods"]["self-consistency (n=5)"]["auroc"] == 1.0
    assert "mean logprob" in result["mbpp, sampled"]["methods"]


def test_ids_option(tmp_path: Path) -> None:
    from rung.evals.escalation import chosen_ids

    assert chosen_ids(None) is None
    assert chosen_ids("mbpp-2, gsm8k-1") == {"mbpp-2", "gsm8k-1"}
    (tmp_path / "ids").write_text("mbpp-2\n\nmbpp-3\n")
    assert chosen_ids(f"@{tmp_path / 'ids'}") == {"mbpp-2", "mbpp-3"}
