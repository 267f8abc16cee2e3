from __future__ import annotations

import pytest

from rung.datasets import (
    ReplayDataset,
    load_dataset,
    read_humaneval,
    read_routellm_gsm8k,
    read_routellm_mmlu,
    read_routerbench,
)

from .conftest import DATA_DIR

WEAK = "mistralai/Mixtral-8x7B-Instruct-v0.1"
STRONG = "gpt-4-1106-preview"


def test_mmlu_counts_and_decontamination() -> None:
    full = read_routellm_mmlu(DATA_DIR / "routellm", decontaminate=False)
    assert len(full) == 14042
    assert len(set(full.groups)) == 57
    clean = read_routellm_mmlu(DATA_DIR / "routellm")
    assert clean.excluded == 5 and len(clean) == 14037
    assert clean.models == [WEAK, STRONG]
    assert set(clean.outcomes[WEAK]) == {0.0, 1.0}
    assert clean.quality(STRONG) > clean.quality(WEAK)
    assert clean.cost_source == "estimated"
    assert all(c > 0 for c in clean.costs[STRONG])


def test_gsm8k_counts_and_answers() -> None:
    full = read_routellm_gsm8k(DATA_DIR / "routellm", decontaminate=False)
    assert len(full) == 1319
    clean = read_routellm_gsm8k(DATA_DIR / "routellm")
    assert len(clean) == 1319 - 12
    assert "Janet" not in clean.prompts[0]
    assert all(isinstance(a, str) for a in clean.answers[STRONG])
    assert sum(len(a) > 0 for a in clean.answers[WEAK]) > 1300


def test_routerbench_mbpp() -> None:
    data = read_routerbench(DATA_DIR / "routerbench" / "mbpp_train.csv", name="mbpp")
    assert len(data) == 299
    assert len(data.models) == 11
    assert data.cost_source == "measured"
    assert not data.prompts[0].startswith("[")
    weak, strong = data.default_pair
    assert sum(data.costs[strong]) > 10 * sum(data.costs[weak])


def test_humaneval_outcomes() -> None:
    data = read_humaneval(DATA_DIR / "humaneval" / "outcomes.jsonl")
    assert len(data) == 164 and data.default_pair == ("text-davinci-003", "gpt-4")
    assert len(set(data.prompts)) == 164 and all("def " in p for p in data.prompts)
    weak, strong = data.default_pair
    assert set(data.outcomes[weak]) == set(data.outcomes[strong]) == {0.0, 1.0}
    assert data.quality(strong) > data.quality(weak)
    assert not data.has_costs
    assert load_dataset("humaneval", DATA_DIR).prompts == data.prompts


def test_strong_needed_label_and_subset(toy: ReplayDataset) -> None:
    labels = toy.strong_needed("weak", "strong")
    expected = [
        int(s > w) for w, s in zip(toy.outcomes["weak"], toy.outcomes["strong"], strict=True)
    ]
    assert labels == expected
    part = toy.subset([3, 1])
    assert part.prompts == [toy.prompts[3], toy.prompts[1]]
    assert part.costs["strong"] == [toy.costs["strong"][3], toy.costs["strong"][1]]


def test_folds_partition(toy: ReplayDataset) -> None:
    folds = toy.folds(5, seed=1)
    flat = sorted(i for fold in folds for i in fold)
    assert flat == list(range(len(toy)))
    assert max(map(len, folds)) - min(map(len, folds)) <= 1


def test_bad_inputs() -> None:
    with pytest.raises(ValueError):
        ReplayDataset("x", ["a", "b"], {"m": [1.0]})
    with pytest.raises(KeyError):
        load_dataset("nope", DATA_DIR)
