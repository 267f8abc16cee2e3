"""The in-domain ceiling: repeated k-fold out-of-fold scores, random spread, rows needed."""

from __future__ import annotations

import pytest

from rung import routers
from rung.datasets import ReplayDataset
from rung.evals import ceiling, lobo
from tests.routers.conftest import toy_dataset


def neutral_toy(size: int, seed: int = 0) -> ReplayDataset:
    return lobo.neutral(toy_dataset(size, seed), "toy")


class Recording:
    """A trainer that remembers the prompts each fit saw and scores like tf-idf."""

    def __init__(self) -> None:
        self.seen: list[set[str]] = []

    def __call__(self, data: ReplayDataset) -> routers.Router:
        self.seen.append(set(data.prompts))
        return routers.create("tfidf").fit(data, lobo.WEAK, lobo.STRONG)


def test_out_of_fold_scores_every_row_with_a_model_that_never_saw_it() -> None:
    data = neutral_toy(120)
    trainer = Recording()
    scores = ceiling.out_of_fold(data, trainer, k=4, seed=3, stratified=False, calibrated=False)
    folds = data.folds(4, 3)
    assert len(trainer.seen) == 4 and len(scores) == len(data)
    for seen, held in zip(trainer.seen, folds, strict=True):
        assert not seen & {data.prompts[i] for i in held}
        assert len(seen) == len(data) - len(held)
    again = routers.create("tfidf").fit(
        data.subset([i for i in range(len(data)) if i not in set(folds[0])]), "weak", "strong"
    )
    assert scores[folds[0][0]] == pytest.approx(again.score(data.prompts[folds[0][0]]))


def test_stratified_folds_cover_every_row_once_with_the_same_mix() -> None:
    data = neutral_toy(203, 6)
    folds = ceiling.stratified_folds(data, 7, seed=2)
    assert sorted(i for fold in folds for i in fold) == list(range(len(data)))
    needed = data.strong_needed("weak", "strong")
    counts = [sum(needed[i] for i in fold) for fold in folds]
    assert max(counts) - min(counts) <= 1 and sum(counts) == sum(needed)
    assert folds != ceiling.stratified_folds(data, 7, seed=3)


class BaseRate(routers.Router):
    """Learns nothing but the training share of "strong needed": every prompt scores it."""

    name = "base-rate"

    def __init__(self, rate: float) -> None:
        super().__init__()
        self.rate = rate

    def score(self, text: str) -> float:
        return self.rate


def base_rate(data: ReplayDataset) -> routers.Router:
    needed = data.strong_needed("weak", "strong")
    return BaseRate(sum(needed) / len(needed))


def test_pooled_folds_rank_a_router_that_learns_nothing_below_random_unless_guarded() -> None:
    data = neutral_toy(300, 7)
    naive = ceiling.out_of_fold(data, base_rate, k=10, stratified=False, calibrated=False)
    assert ceiling.apgr(naive, data) < 0.4  # folds with more "strong needed" rank lower
    guarded = ceiling.out_of_fold(data, base_rate, k=10)
    assert ceiling.apgr(guarded, data) == pytest.approx(0.5)  # all tied: exactly random


def test_quantiles_place_values_among_the_reference_ties_half() -> None:
    assert ceiling.quantiles([0.0, 2.0, 5.0, 9.0], [1.0, 2.0, 3.0, 4.0]) == [0.0, 0.375, 1.0, 1.0]


def test_repeated_kfold_finds_a_real_signal_and_not_a_random_one() -> None:
    data = neutral_toy(300, 1)
    tfidf = ceiling.repeated_kfold(
        "tfidf", data, lobo.default_trainer("tfidf"), k=5, repeats=3, resamples=200
    )
    chance = ceiling.repeated_kfold(
        "random", data, lambda d: routers.create("random"), k=5, repeats=3, resamples=200
    )
    assert len(tfidf.repeat_apgr) == 3 == len(chance.repeat_apgr)
    assert tfidf.row.apgr.low is not None and tfidf.row.apgr.low > 0.5
    assert chance.row.apgr.low is not None and chance.row.apgr.high is not None
    assert chance.row.apgr.low < 0.5 < chance.row.apgr.high


def test_cross_scores_the_test_set_with_a_router_fitted_on_train_only() -> None:
    train, test = neutral_toy(200, 2), neutral_toy(150, 5)
    row = ceiling.cross("tfidf", train, test, lobo.default_trainer("tfidf"), resamples=100)
    direct = routers.create("tfidf").fit(train, "weak", "strong").score_many(test.prompts)
    assert row.apgr.value == pytest.approx(ceiling.apgr(direct, test))


def test_random_spread_brackets_a_half_and_narrows_with_more_rows() -> None:
    small = ceiling.random_spread(neutral_toy(100, 4), draws=300)
    large = ceiling.random_spread(neutral_toy(1600, 4), draws=300)
    for row in (small, large):
        assert row.apgr.low is not None and row.apgr.high is not None
        assert row.apgr.low < 0.5 < row.apgr.high
        assert row.apgr.value == pytest.approx(0.5, abs=0.03)
    assert large.apgr.high - large.apgr.low < (small.apgr.high - small.apgr.low) / 2  # type: ignore[operator]


def row(value: float, low: float, high: float) -> lobo.Row:
    return lobo.Row("r", lobo.Figure(value, low, high), lobo.Figure(None), lobo.Figure(None))


def test_rows_needed_scales_with_the_standard_error() -> None:
    # SE = 0.2 / (2 x 1.96) ~ 0.051; effect 0.1 = 1.96 SE: the lower bound is at 0.5 already
    assert ceiling.rows_needed(row(0.6, 0.5, 0.7), 100) == pytest.approx(100.0)
    # half the effect needs four times the rows
    assert ceiling.rows_needed(row(0.55, 0.45, 0.65), 100) == pytest.approx(400.0)
    eighty = ceiling.rows_needed(row(0.6, 0.5, 0.7), 100, power=0.8)
    assert eighty is not None and eighty == pytest.approx(100 * ((1.96 + 0.8416) / 1.96) ** 2, 1e-3)
    assert ceiling.rows_needed(row(0.49, 0.4, 0.6), 100) is None
    assert ceiling.needed_text(None) == "no effect" and ceiling.needed_text(1234.2) == "1,235"


def test_permuted_keeps_prompts_and_outcome_pairs_but_breaks_their_link() -> None:
    data = neutral_toy(200, 8)
    shuffled = ceiling.permuted(data, 1)
    assert shuffled.prompts == data.prompts
    pairs = sorted(zip(data.outcomes["weak"], data.outcomes["strong"], strict=True))
    again = sorted(zip(shuffled.outcomes["weak"], shuffled.outcomes["strong"], strict=True))
    assert pairs == again and shuffled.outcomes != data.outcomes


def test_permutation_null_sits_around_a_half_and_below_a_real_signal() -> None:
    data = neutral_toy(200, 9)
    trainer = lobo.default_trainer("tfidf")
    null = ceiling.permutation_null(data, trainer, 12, k=5, repeats=1)
    observed = ceiling.repeated_kfold("tfidf", data, trainer, k=5, repeats=1, resamples=0)
    assert len(null) == 12 and 0.4 < sum(null) / len(null) < 0.6
    assert observed.row.apgr.value is not None and observed.row.apgr.value > max(null)
    assert ceiling.p_value(observed.row.apgr.value, null) == pytest.approx(1 / 13)
    assert ceiling.p_value(0.0, null) == 1.0


def test_subsampled_fits_on_a_seeded_sample_of_the_given_size() -> None:
    data = neutral_toy(100, 10)
    trainer = Recording()
    ceiling.subsampled(trainer, 30, seed=4)(data)
    ceiling.subsampled(trainer, 30, seed=4)(data)
    ceiling.subsampled(trainer, 500, seed=4)(data)
    assert len(trainer.seen[0]) == 30 and trainer.seen[0] == trainer.seen[1]
    assert trainer.seen[0] <= set(data.prompts) and len(trainer.seen[2]) == 100
