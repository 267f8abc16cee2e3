"""The local model's prompt surprise: its arithmetic, its disk cache, and the routers that use
it, with a stand-in for the model (no llama.cpp run, no timing)."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from rung.evals import lobo
from rung.routers.features import FEATURES
from rung.routers.perplexity import (
    SURPRISE_FEATURE,
    PerplexityRouter,
    PromptSurprise,
    SurpriseFeatureRouter,
    mean_nll,
    surprise_key,
    tail_tokens,
)
from tests.routers.conftest import toy_dataset


class CountingSurprise(PromptSurprise):
    """Surprise = how many 'hard' words the text holds (plus a little of its length); counts
    the forward passes it would have run."""

    def __init__(self, cache_path: Path | None = None) -> None:
        super().__init__(cache_path=cache_path)
        self.runs = 0

    def compute(self, text: str) -> float:
        self.runs += 1
        hard = sum(text.count(w) for w in ("integral", "proof", "theorem"))
        return 2.0 + hard + len(text) / 1000


def test_tail_tokens_keeps_the_first_and_the_last() -> None:
    tokens = list(range(10))
    assert tail_tokens(tokens, 20) == tokens
    assert tail_tokens(tokens, 4) == [0, 7, 8, 9]
    assert len(tail_tokens(list(range(1000)), 128)) == 128


def test_mean_nll_is_the_mean_negative_log_softmax_of_the_next_token() -> None:
    vocab = 5
    uniform = np.zeros((3, vocab))
    assert mean_nll(uniform, [0, 1, 2, 3]) == pytest.approx(math.log(vocab))
    sure = np.full((2, vocab), -50.0)
    sure[0, 3], sure[1, 1] = 50.0, 50.0
    assert mean_nll(sure, [0, 3, 1]) == pytest.approx(0.0, abs=1e-9)
    wrong = mean_nll(sure, [0, 1, 3])  # the model was sure of other tokens
    assert wrong > 50
    assert mean_nll(np.zeros((0, vocab)), [7]) == 0.0


def test_surprise_is_cached_on_disk_and_read_by_a_second_instance(tmp_path: Path) -> None:
    path = tmp_path / "ppl" / "cache.jsonl"
    first = CountingSurprise(path)
    values = first.nll_many(["a proof", "a theorem", "a proof"])
    assert first.runs == 2 and values[0] == values[2]
    second = CountingSurprise(path)
    assert second.nll_many(["a theorem", "a proof"]) == [values[1], values[0]]
    assert second.runs == 0
    with path.open("a", encoding="utf-8") as out:
        out.write('{"key": "cut sho')  # an interrupted run's last line
    third = CountingSurprise(path)
    assert third.nll("a proof") == values[0] and third.runs == 0


def test_cache_key_names_the_model_and_the_token_limit() -> None:
    keys = {
        surprise_key("x"),
        surprise_key("x", model="other"),
        surprise_key("x", max_tokens=64),
        surprise_key("y"),
    }
    assert len(keys) == 4


def test_perplexity_router_ranks_by_surprise_and_centres_on_the_training_median() -> None:
    data = lobo.neutral(toy_dataset(200, 1), "toy")
    surprise = CountingSurprise()
    router = PerplexityRouter(surprise=surprise).fit(data, lobo.WEAK, lobo.STRONG)
    values = surprise.nll_many(data.prompts)
    assert router.centre == pytest.approx(float(np.median(values)))
    plain, hard = router.score_many(["capital colour", "integral proof theorem"])
    assert plain < 0.5 < hard


def test_recipe_with_the_surprise_feature_learns_its_weight() -> None:
    train = lobo.pooled([lobo.neutral(toy_dataset(300, s), f"b{s}") for s in (2, 3)])
    router = SurpriseFeatureRouter(
        c=1.0, per_benchmark=True, consistent=True, surprise=CountingSurprise()
    )
    router.fit(train, lobo.WEAK, lobo.STRONG)
    assert router.feature_names() == (*FEATURES, SURPRISE_FEATURE)
    assert router.coef.shape == (len(FEATURES) + 1,)
    assert router.coef[-1] > 0  # more surprise, strong more often needed
    test = lobo.neutral(toy_dataset(300, 4), "t")
    row = lobo.score_row("f+p", router.score_many(test.prompts), test, resamples=50)
    assert row.apgr.value is not None and row.apgr.value > 0.6
    assert router.params()["features"][-1] == SURPRISE_FEATURE


def test_sample_rows_prefixes_are_seeded_samples() -> None:
    rows = lobo.sample_rows(100, 30, seed=5)
    assert len(set(rows)) == 30 and rows == lobo.sample_rows(100, 30, seed=5)
    every = lobo.sample_rows(10, 50, seed=1)
    assert sorted(every) == list(range(10)) and every != list(range(10))
