"""The replay of `rung recommend` on real outcome data (RouterBench MBPP): the log it writes
is read back as the same evidence, and the known answer follows the data's own arithmetic."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from rung.datasets.readers import load_dataset
from rung.recommend.advice import advise_fixed
from rung.recommend.evidence import read_evidence
from rung.recommend.replay import dataset_pairs, known_answer, replay, write_log

STRONG, WEAK = "gpt-4-1106-preview", "gpt-3.5-turbo-1106"


@pytest.fixture(scope="module")
def mbpp():  # type: ignore[no-untyped-def]
    return load_dataset("mbpp")


def test_the_log_holds_the_dataset_and_reads_back_as_the_same_pairs(mbpp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    picked = set(range(0, len(mbpp), 4))
    write_log(tmp_path / "log.db", mbpp, STRONG, WEAK, picked)
    with sqlite3.connect(tmp_path / "log.db") as db:
        parents = db.execute("SELECT count(*) FROM requests WHERE parent_id IS NULL").fetchone()[0]
        observed = db.execute("SELECT count(*) FROM requests WHERE variant = ?",
                              (f"observe:{WEAK}",)).fetchone()[0]  # fmt: skip
    assert (parents, observed) == (len(mbpp), len(picked))
    ev = read_evidence(tmp_path / "log.db", 1e9)["r"]
    direct = [p for i, p in enumerate(dataset_pairs(mbpp, STRONG, WEAK)) if i in picked]
    assert [(p.primary, p.shadow) for p in ev.pairs] == [(p.primary, p.shadow) for p in direct]
    assert sum(p.shadow_cost for p in ev.pairs) == pytest.approx(sum(p.shadow_cost for p in direct))
    said = advise_fixed(ev, []).action
    ev.pairs = direct
    assert advise_fixed(ev, []).action == said


def test_the_known_answer_is_the_rule_on_every_query(mbpp) -> None:  # type: ignore[no-untyped-def]
    pairs = dataset_pairs(mbpp, STRONG, WEAK)
    strong_cost = sum(mbpp.costs[STRONG])
    rows = zip(mbpp.costs[WEAK], mbpp.costs[STRONG], mbpp.outcomes[WEAK], strict=True)
    cascade_cost = sum(w + (0 if ok >= 0.5 else s) for w, s, ok in rows)
    saving = 1 - cascade_cost / strong_cost
    weak_rate = sum(o >= 0.5 for o in mbpp.outcomes[WEAK]) / len(mbpp)
    strong_rate = sum(o >= 0.5 for o in mbpp.outcomes[STRONG]) / len(mbpp)
    expected = ("move_down" if weak_rate - strong_rate >= -0.02 else
                "cascade" if saving >= 0.10 else "stay")  # fmt: skip
    assert known_answer(pairs) == expected


def test_a_replay_counts_every_scenario_once(mbpp) -> None:  # type: ignore[no-untyped-def]
    models = [STRONG, WEAK, "mistralai/mistral-7b-chat"]
    tallies = replay(mbpp, 0.05, 1, models)
    total = sum(t.right + t.wrong + t.no_call for t in tallies.values())
    assert total == 6  # 3 models: 6 ordered pairs, one sample each
    # 5% of 299 is 15 observations: too thin for any call
    assert sum(t.no_call for t in tallies.values()) == 6
    assert tallies["down"].said["too_thin"] == 3


def test_the_verifier_replay_runs_the_python_verifier_and_counts_each_cascade(mbpp) -> None:  # type: ignore[no-untyped-def]
    from rung.recommend.replay_verifier import known_verdict, mbpp_cases, replay_verifier
    from rung.recommend.verifier import RULE

    cases = mbpp_cases(mbpp, ["mistral-7b"], limit=40)  # the sandbox runs 40 answers
    cheap = "mistralai/mistral-7b-chat"
    dearer = [m for m in mbpp.models if sum(mbpp.costs[m][:40]) > sum(mbpp.costs[cheap][:40])]
    assert sorted(strong for _, strong in cases) == sorted(dearer)
    passed, labels, _, _ = cases[(cheap, STRONG)]
    assert len(passed) == len(labels) == 40
    kept = [good for ok, good in zip(passed, labels, strict=True) if ok]
    lax = sum(not good for good in kept) / len(kept) if kept else 0.0
    truth = known_verdict(cases[(cheap, STRONG)])
    assert (truth in ("lax", "both")) == (bool(kept) and lax >= RULE)
    tallies = replay_verifier({k: cases[k] for k in list(cases)[:3]}, 0.5, 1)
    for tally in tallies.values():
        assert tally.right + tally.wrong + tally.no_call == 3
        assert tally.said["too_thin"] == 3  # 20 judged requests of 40: too thin, said as such
    tallies = replay_verifier({k: cases[k] for k in list(cases)[:3]}, 1.0, 1)
    for tally in tallies.values():  # 40 judged requests: past the thin mark
        assert tally.said["too_thin"] == 0 and set(tally.said) <= {"yes", "no", "unclear"}
