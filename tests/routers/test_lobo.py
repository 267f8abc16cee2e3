"""Leave-one-benchmark-out evaluation, the features router and the ensemble router."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from rung import routers
from rung.datasets import ReplayDataset
from rung.evals import lobo
from rung.routers.ensemble import EnsembleRouter, fit_member
from rung.routers.features import FEATURES, FeatureRouter, consistent_columns, query_type
from tests.routers.conftest import DATA_DIR, HashEmbedder, toy_dataset


def named_toy(name: str, seed: int, size: int = 300) -> ReplayDataset:
    data = toy_dataset(size, seed)
    data.name = name
    return lobo.neutral(data, name)


def test_neutral_and_pooled_keep_rows_and_name_each_benchmark() -> None:
    one, two = named_toy("a", 0, 50), named_toy("b", 1, 30)
    assert one.default_pair == (lobo.WEAK, lobo.STRONG) and set(one.outcomes) == {"weak", "strong"}
    both = lobo.pooled([one, two])
    assert len(both) == 80 and both.groups == ["a"] * 50 + ["b"] * 30
    assert both.prompts[50] == two.prompts[0]
    assert both.outcomes["strong"][:50] == one.outcomes["strong"]


def test_score_row_intervals_bracket_the_point_and_separate_oracle_from_random() -> None:
    test = named_toy("t", 3, 400)
    gains = [s - w for w, s in zip(test.outcomes["weak"], test.outcomes["strong"], strict=True)]
    oracle = lobo.score_row("oracle", gains, test, resamples=200)
    chance = lobo.score_row("random", routers.create("random").score_many(test.prompts), test)
    for row in (oracle, chance):
        assert row.apgr.low is not None and row.apgr.high is not None
        assert row.apgr.low <= row.apgr.value <= row.apgr.high
    assert chance.apgr.low < 0.5 < chance.apgr.high
    assert oracle.apgr.low > chance.apgr.high
    assert oracle.cpt50.value is not None and oracle.cpt50.value < 0.3


def test_run_lobo_trains_on_the_others_only() -> None:
    benches = {n: named_toy(n, i) for i, n in enumerate(("a", "b", "c"))}
    seen: list[set[str]] = []

    def trainer(data: ReplayDataset) -> routers.Router:
        seen.append(set(data.groups))
        return FeatureRouter().fit(data, lobo.WEAK, lobo.STRONG)

    results = lobo.run_lobo({"features": trainer}, benches, resamples=20)
    assert [h.test for h in results] == ["a", "b", "c"]
    assert seen == [{"b", "c"}, {"a", "c"}, {"a", "b"}]
    assert [h.train for h in results] == [["b", "c"], ["a", "c"], ["a", "b"]]
    table = lobo.markdown(results)
    assert table.count("### ") == 3 and "| features |" in table


def test_published_reads_routellm_tables() -> None:
    rows = lobo.published(DATA_DIR / "routellm" / "PUBLISHED.md")
    assert set(rows) == {"mmlu", "gsm8k"} and len(rows["mmlu"]) == 9 == len(rows["gsm8k"])
    first = rows["mmlu"][0]
    assert first.router == "random" and first.apgr.value == pytest.approx(0.5)
    assert first.cpt50.value == pytest.approx(0.5007)
    best = max(rows["gsm8k"], key=lambda r: r.apgr.value or 0)
    assert best.router == "causal LLM (arena+judge)" and best.apgr.value == pytest.approx(0.622)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Which is a mammal?\nA. cat\nB. trout\nC. crow\nD. frog\nAnswer:", "choice"),
        ("Write a function to find the sum of a list of integers.", "code"),
        ("Tom has 3 apples and buys 5 more at $2 each. How much did he pay?", "maths"),
        ("Tell me about the history of Rome.", "prose"),
    ],
)
def test_query_type(text: str, kind: str) -> None:
    assert query_type(text) == kind


def test_consistent_columns_drop_a_feature_that_flips_between_groups() -> None:
    rng = np.random.default_rng(0)
    labels = rng.integers(0, 2, 400)
    groups = ["a"] * 200 + ["b"] * 200
    flip = np.where(np.arange(400) < 200, 1.0, -1.0)
    matrix = np.column_stack(
        [labels + rng.normal(0, 1, 400), flip * labels + rng.normal(0, 1, 400), np.ones(400)]
    )
    assert consistent_columns(matrix, labels, groups).tolist() == [True, False, False]


@pytest.mark.parametrize("value", [0.1, 0.7, 1 / 3, -0.1, 2 / 3, 123.456])
def test_consistent_columns_drop_a_feature_constant_in_one_group(value: float) -> None:
    """Constant in group a, it cannot rank a's rows: dropped whatever the constant and the other
    columns (rounding once gave it a correlation of about 1e-16 whose sign decided)."""
    labels = np.array([1, 0, 0, 1, 0, 0, 1, 1, 0, 1, 0])
    groups = ["a"] * 3 + ["b"] * 8
    column = np.concatenate([np.full(3, value), labels[3:] + 0.5])
    alone = consistent_columns(column[:, None], labels, groups)
    flips = np.where(np.arange(11) < 3, labels, -labels) + 0.0
    wide = consistent_columns(np.column_stack([flips, column, labels + 0.25]), labels, groups)
    assert alone.tolist() == [False]
    assert wide.tolist() == [False, False, True]


def test_consistent_columns_keep_a_constant_free_feature_that_agrees() -> None:
    labels = np.array([1, 0, 0, 1, 0, 0, 1, 1, 0, 1, 0])
    groups = ["a"] * 3 + ["b"] * 8
    column = labels * 1e-6 + 5.0  # tiny but real variation in both groups
    assert consistent_columns(column[:, None], labels, groups).tolist() == [True]


def test_per_benchmark_intercepts_ignore_which_benchmark_is_harder() -> None:
    """Group b is long and mostly needs the strong model; within each group, length says
    nothing. Pooled naively, length looks predictive; with one intercept per group it does not."""
    rng = np.random.default_rng(1)
    prompts, weak, groups = [], [], []
    for group, words, rate in (("a", 5, 0.1), ("b", 60, 0.7)):
        for i in range(300):
            size = words + int(rng.integers(0, 5))
            prompts.append(" ".join(f"w{i}" for _ in range(size)))
            weak.append(0.0 if rng.random() < rate else 1.0)
            groups.append(group)
    data = ReplayDataset(
        "ab", prompts, {"weak": weak, "strong": [1.0] * 600}, groups=groups,
        default_pair=("weak", "strong"),
    )  # fmt: skip
    length = FEATURES.index("log_words")
    naive = FeatureRouter(c=1.0).fit(data, "weak", "strong")
    fixed = FeatureRouter(c=1.0, per_benchmark=True).fit(data, "weak", "strong")
    assert abs(naive.coef[length]) > 0.3
    assert abs(fixed.coef[length]) < abs(naive.coef[length]) / 3


def test_ensemble_with_an_embedding_member_round_trips(tmp_path: Path) -> None:
    embedder = HashEmbedder()
    data = lobo.pooled([named_toy("a", 0), named_toy("b", 1)])
    router = EnsembleRouter(["features", "embedding"], [2.0, 1.0], True, embedder)
    router.fit(data, "weak", "strong")
    path = router.save(tmp_path / "e.npz")
    again = routers.load(path, embedder=embedder)
    assert isinstance(again, EnsembleRouter) and again.kinds == ["features", "embedding"]
    texts = [*data.prompts[:10], "nothing like the training data"]
    assert again.score_many(texts) == pytest.approx(router.score_many(texts), abs=1e-6)
    test = named_toy("c", 2)
    scores = router.score_many(test.prompts)
    assert lobo.score_row("e", scores, test, resamples=0).apgr.value > 0.6  # type: ignore[operator]


class PoolingEmbedder(HashEmbedder):
    """A stand-in whose vectors depend on the pooling asked for, as a long text's do."""

    def __init__(self) -> None:
        self.poolings: list[str] = []

    def encode(
        self, texts: list[str], pooling: str = "head", progress: object = None
    ) -> np.ndarray:
        self.poolings.append(pooling)
        vectors = super().encode(texts, pooling)
        return vectors if pooling == "tail" else -vectors


def test_per_benchmark_embedding_member_trains_on_the_pooling_it_scores_with() -> None:
    embedder = PoolingEmbedder()
    data = lobo.pooled([named_toy("a", 0), named_toy("b", 1)])
    member = fit_member("embedding", data, True, embedder)
    assert member.pooling == "tail" and set(embedder.poolings) == {"tail"}  # type: ignore[attr-defined]
    test = named_toy("c", 2)
    scores = member.score_many(test.prompts)
    assert lobo.score_row("m", scores, test, resamples=0).apgr.value > 0.6  # type: ignore[operator]
