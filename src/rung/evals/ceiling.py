"""The in-domain ceiling of a router on one benchmark, and how many rows an effect needs.

Leave-one-benchmark-out (``rung.evals.lobo``) asks what carries to a benchmark never seen.
This module asks the easier question that bounds it: trained on the *same* benchmark's other
rows, how well does a router rank its rows? Repeated k-fold cross-validation: each repeat
shuffles the rows (seeded) into k folds, fits the router on k-1 and scores the held-out one,
so every row is scored only by models that never saw it; a row's score is the mean of its
out-of-fold scores over the repeats. The folds are stratified and each fold's scores read as
quantiles of its model's training scores, so that the k models' scores can be ranked together
(``out_of_fold`` says why; without both, a router that learns nothing ranks below random).
The metrics and bootstrap intervals are ``lobo.score_row``'s, so the figures sit beside the
leave-one-out tables.

Two yardsticks for "beats random" at a given n:

- ``random_spread``: the APGR of many random rankings of the same rows (the null
  distribution; its 97.5th percentile is what a router must pass by chance alone);
- ``rows_needed``: if the bootstrap standard error shrinks as 1/sqrt(n), the rows at which an
  observed effect (APGR - 0.5) would put the interval's lower bound above 0.5 (and, with
  ``power``, do so in that share of repeated studies).
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field

from rung.datasets import ReplayDataset
from rung.evals.lobo import STRONG, WEAK, Row, Trainer, score_row
from rung.evals.routing_metrics import metrics, routing_curve

FOLDS = 10
REPEATS = 5
Z95 = 1.959964


@dataclass(slots=True)
class CeilingRow:
    """A router's out-of-fold figures, and the APGR of each repeat on its own."""

    row: Row
    repeat_apgr: list[float] = field(default_factory=list)


def apgr(scores: Sequence[float], data: ReplayDataset) -> float:
    """APGR of ``scores`` on a neutral dataset (``weak``/``strong`` outcomes)."""
    curve = routing_curve(scores, data.outcomes[WEAK], data.outcomes[STRONG])
    return metrics(curve).apgr


def stratified_folds(data: ReplayDataset, k: int, seed: int = 0) -> list[list[int]]:
    """``k`` disjoint folds covering every row once, each with (within one row) the same
    number of rows of every (weak, strong) outcome pair: shuffled (seeded) within each pair,
    then dealt in turn."""
    import random

    if not 2 <= k <= len(data):
        raise ValueError(f"k must be between 2 and {len(data)}, got {k}")
    cells: dict[tuple[float, float], list[int]] = {}
    for i, pair in enumerate(zip(data.outcomes[WEAK], data.outcomes[STRONG], strict=True)):
        cells.setdefault(pair, []).append(i)
    rng = random.Random(seed)
    folds: list[list[int]] = [[] for _ in range(k)]
    dealt = 0
    for pair in sorted(cells):
        rows = cells[pair]
        rng.shuffle(rows)
        for i in rows:
            folds[dealt % k].append(i)
            dealt += 1
    return [sorted(fold) for fold in folds]


def quantiles(values: Sequence[float], reference: Sequence[float]) -> list[float]:
    """Each value's place among ``reference``: the share below it, ties counted half."""
    import numpy as np

    ordered = np.sort(np.asarray(reference, dtype="float64"))
    points = np.asarray(values, dtype="float64")
    below = np.searchsorted(ordered, points, side="left")
    upto = np.searchsorted(ordered, points, side="right")
    return [float(v) for v in (below + upto) / (2 * len(ordered))]


def out_of_fold(
    data: ReplayDataset,
    trainer: Trainer,
    k: int = FOLDS,
    seed: int = 0,
    *,
    stratified: bool = True,
    calibrated: bool = True,
) -> list[float]:
    """One repeat: every row's score from the router fitted on the other k-1 folds.

    Pooling the folds' scores into one ranking compares scores of k different models. A
    model fitted on fewer "strong needed" rows scores everything lower, so a fold that holds
    more of them is ranked lower as a whole: out-of-fold scores anti-correlate with the label
    even when the router has learnt nothing (strongly so when shrinkage leaves little but the
    intercept). Two guards, both on by default: ``stratified`` folds (the same mix of outcome
    pairs in every fold) and ``calibrated`` scores (each held-out score replaced by its
    quantile among the fold model's scores on its own training rows, as a threshold
    calibrated to a share of the training prompts reads it)."""
    scores = [0.0] * len(data)
    folds = stratified_folds(data, k, seed) if stratified else data.folds(k, seed)
    for held in folds:
        held_set = set(held)
        train = data.subset([i for i in range(len(data)) if i not in held_set])
        router = trainer(train)
        values = router.score_many([data.prompts[i] for i in held])
        if calibrated:
            values = quantiles(values, router.score_many(train.prompts))
        for i, value in zip(held, values, strict=True):
            scores[i] = float(value)
    return scores


def kfold_scores(
    data: ReplayDataset,
    trainer: Trainer,
    *,
    k: int = FOLDS,
    repeats: int = REPEATS,
    seed: int = 0,
    stratified: bool = True,
    calibrated: bool = True,
) -> tuple[list[float], list[list[float]]]:
    """Each row's mean out-of-fold score over ``repeats`` rounds (seeds seed, seed+1, ...),
    and every round's scores."""
    options = {"stratified": stratified, "calibrated": calibrated}
    rounds = [out_of_fold(data, trainer, k, seed + r, **options) for r in range(repeats)]
    return [statistics.fmean(values) for values in zip(*rounds, strict=True)], rounds


def repeated_kfold(
    name: str,
    data: ReplayDataset,
    trainer: Trainer,
    *,
    k: int = FOLDS,
    repeats: int = REPEATS,
    seed: int = 0,
    resamples: int = 1000,
    stratified: bool = True,
    calibrated: bool = True,
) -> CeilingRow:
    """``kfold_scores``' mean scored with ``lobo.score_row``'s bootstrap intervals, and the
    APGR of each round on its own."""
    mean, rounds = kfold_scores(
        data, trainer, k=k, repeats=repeats, seed=seed, stratified=stratified,
        calibrated=calibrated,
    )  # fmt: skip
    row = score_row(name, mean, data, resamples=resamples, seed=seed)
    return CeilingRow(row, [apgr(scores, data) for scores in rounds])


def subsampled(trainer: Trainer, size: int, seed: int = 0) -> Trainer:
    """``trainer`` fitted on a seeded sample of ``size`` of the rows it is given (all of them
    if there are fewer): a learning curve's point."""
    from rung.evals.lobo import sample_rows

    def train(data: ReplayDataset) -> object:
        return trainer(data.subset(sorted(sample_rows(len(data), size, seed))))

    return train


def permuted(data: ReplayDataset, seed: int) -> ReplayDataset:
    """``data`` with its rows' (weak, strong) outcomes shuffled among the prompts (seeded):
    any link between a prompt and its outcome is broken, the outcome mix is kept."""
    import random

    order = list(range(len(data)))
    random.Random(seed).shuffle(order)
    outcomes = {m: [values[i] for i in order] for m, values in data.outcomes.items()}
    return ReplayDataset(
        name=data.name, prompts=list(data.prompts), outcomes=outcomes, groups=list(data.groups),
        default_pair=data.default_pair,
    )  # fmt: skip


def permutation_null(
    data: ReplayDataset,
    trainer: Trainer,
    permutations: int,
    *,
    k: int = FOLDS,
    repeats: int = REPEATS,
    seed: int = 0,
) -> list[float]:
    """The APGR the whole k-fold procedure gives on ``permutations`` label-shuffled copies of
    ``data``: the null distribution of ``repeated_kfold``'s point estimate for this router
    (fold noise, the pooling of folds and the router's own quirks included)."""
    out = []
    for p in range(permutations):
        shuffled = permuted(data, 1_000_003 * (seed + 1) + p)
        mean, _ = kfold_scores(shuffled, trainer, k=k, repeats=repeats, seed=seed)
        out.append(apgr(mean, shuffled))
    return out


def p_value(observed: float, null: Sequence[float]) -> float:
    """One-sided: the share of the null (with the observation counted) at or above it."""
    return (1 + sum(v >= observed for v in null)) / (1 + len(null))


def cross(
    name: str, train: ReplayDataset, test: ReplayDataset, trainer: Trainer, **options: int
) -> Row:
    """Fitted on ``train`` only, scored on ``test``."""
    return score_row(name, trainer(train).score_many(test.prompts), test, **options)


def random_spread(data: ReplayDataset, draws: int = 1000, seed: int = 0) -> Row:
    """The APGR of ``draws`` random rankings of ``data`` (seeded): their mean and the 2.5th
    and 97.5th percentiles, as a ``Row`` (the CPT columns are left empty)."""
    import numpy as np

    from rung.evals.lobo import Figure

    rng = np.random.default_rng(seed)
    values = [apgr(rng.random(len(data)).tolist(), data) for _ in range(draws)]
    low, high = np.percentile(values, [2.5, 97.5])
    return Row(
        "random rankings", Figure(float(np.mean(values)), float(low), float(high)),
        Figure(None), Figure(None),
    )  # fmt: skip


def standard_error(row: Row) -> float | None:
    """The bootstrap standard error read off a 95% interval (its width over 2 x 1.96)."""
    figure = row.apgr
    if figure.low is None or figure.high is None:
        return None
    return (figure.high - figure.low) / (2 * Z95)


def rows_needed(row: Row, size: int, power: float = 0.5) -> float | None:
    """Rows at which ``row``'s effect (APGR - 0.5) would clear 0.5 at the 95% level, if the
    standard error shrinks as 1/sqrt(n): with ``power`` 0.5 the point at which the expected
    lower bound reaches 0.5, with 0.8 the size at which 80% of studies would clear it.
    None when there is no effect to detect (APGR at or below 0.5)."""
    from statistics import NormalDist

    error = standard_error(row)
    if error is None or row.apgr.value is None or row.apgr.value <= 0.5:
        return None
    z = Z95 + NormalDist().inv_cdf(power)
    return size * (z * error / (row.apgr.value - 0.5)) ** 2


def needed_text(value: float | None) -> str:
    if value is None:
        return "no effect"
    return f"{math.ceil(value):,}"
