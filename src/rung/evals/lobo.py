"""Leave-one-benchmark-out: train a router on every shipped benchmark but one, score the one left
out with RouteLLM's metrics (APGR, CPT(50%), CPT(80%)) and seeded bootstrap intervals.

The benchmarks and the (weak, strong) pair whose outcomes label each of them:

    mmlu       RouteLLM MMLU      Mixtral-8x7B-Instruct-v0.1  vs gpt-4-1106-preview
    gsm8k      RouteLLM GSM8K     Mixtral-8x7B-Instruct-v0.1  vs gpt-4-1106-preview
    mbpp       RouterBench MBPP   mixtral-8x7b-chat           vs gpt-4-1106-preview
    humaneval  Reflexion's logs   text-davinci-003            vs gpt-4

(the first three: the same two models, named by two publishers). The label of a row is
"strong needed": the strong model is right where the weak one is wrong. Training pools the
other benchmarks' rows under the neutral names ``weak``/``strong``, with ``groups`` naming each
row's benchmark (a router that can, fits one intercept per benchmark so that it learns what
ranks rows *within* a benchmark, not which benchmark is harder).

Intervals: the test rows are resampled with replacement (seeded) and the metrics recomputed;
the 2.5th and 97.5th percentiles make the 95% interval.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rung.datasets import ReplayDataset, load_dataset
from rung.evals.routing_metrics import cpt, metrics, routing_curve

BENCHMARKS = ("mmlu", "gsm8k", "mbpp", "humaneval")
WEAK, STRONG = "weak", "strong"
BOOTSTRAP = 1000


@dataclass(slots=True)
class Figure:
    """One metric and its 95% bootstrap interval (None where the curve never reaches it)."""

    value: float | None
    low: float | None = None
    high: float | None = None

    def text(self, percent: bool = False) -> str:
        if self.value is None:
            return "–"

        def fmt(v: float) -> str:
            return f"{100 * v:.1f}%" if percent else f"{v:.3f}"

        if self.low is None or self.high is None:
            return fmt(self.value)
        return f"{fmt(self.value)} [{fmt(self.low)}, {fmt(self.high)}]"


@dataclass(slots=True)
class Row:
    router: str
    apgr: Figure
    cpt50: Figure
    cpt80: Figure
    train_seconds: float = 0.0
    source: str = "rung"


@dataclass(slots=True)
class Holdout:
    test: str
    train: list[str]
    size: int
    weak_quality: float
    strong_quality: float
    rows: list[Row] = field(default_factory=list)


def neutral(data: ReplayDataset, name: str | None = None) -> ReplayDataset:
    """``data`` with only its default pair, renamed ``weak``/``strong``; groups = its name."""
    weak, strong = data.default_pair
    label = name or data.name
    return ReplayDataset(
        name=label,
        prompts=list(data.prompts),
        outcomes={WEAK: list(data.outcomes[weak]), STRONG: list(data.outcomes[strong])},
        groups=[label] * len(data),
        default_pair=(WEAK, STRONG),
    )


def pooled(parts: Sequence[ReplayDataset]) -> ReplayDataset:
    """The rows of several neutral datasets, one after another (groups name each benchmark)."""
    return ReplayDataset(
        name="+".join(p.name for p in parts),
        prompts=[t for p in parts for t in p.prompts],
        outcomes={m: [v for p in parts for v in p.outcomes[m]] for m in (WEAK, STRONG)},
        groups=[g for p in parts for g in p.groups],
        default_pair=(WEAK, STRONG),
    )


def load_benchmarks(
    names: Sequence[str] = BENCHMARKS, data_dir: Path | None = None
) -> dict[str, ReplayDataset]:
    return {name: neutral(load_dataset(name, data_dir), name) for name in names}


def sample_rows(size: int, count: int, seed: int = 0) -> list[int]:
    """A seeded sample of ``count`` row indices out of ``size`` (every row, shuffled, if there
    are fewer), in drawn order: any first part of it is itself a seeded random sample."""
    import random

    return random.Random(seed).sample(range(size), min(count, size))


def _metric_values(scores: Any, weak: Any, strong: Any) -> tuple[float, float | None, float | None]:
    curve = routing_curve(scores, weak, strong)
    return metrics(curve).apgr, cpt(curve, 0.5), cpt(curve, 0.8)


def _interval(values: list[float]) -> tuple[float | None, float | None]:
    import numpy as np

    if len(values) < 2:
        return None, None
    return float(np.percentile(values, 2.5)), float(np.percentile(values, 97.5))


def score_row(
    router: str,
    scores: Sequence[float],
    test: ReplayDataset,
    *,
    resamples: int = BOOTSTRAP,
    seed: int = 0,
) -> Row:
    """The metrics of ``scores`` on ``test``, with bootstrap intervals over its rows."""
    import numpy as np

    values = np.asarray(scores, dtype="float64")
    weak = np.asarray(test.outcomes[WEAK], dtype="float64")
    strong = np.asarray(test.outcomes[STRONG], dtype="float64")
    point = _metric_values(values, weak, strong)
    rng = np.random.default_rng(seed)
    samples: list[list[float]] = [[], [], []]
    for _ in range(resamples):
        pick = rng.integers(0, len(values), len(values))
        if strong[pick].mean() <= weak[pick].mean():
            continue  # PGR is undefined on a resample where strong is not better
        again = _metric_values(values[pick], weak[pick], strong[pick])
        for bucket, value in zip(samples, again, strict=True):
            if value is not None:
                bucket.append(value)
    figures = [Figure(v, *_interval(s)) for v, s in zip(point, samples, strict=True)]
    return Row(router, figures[0], figures[1], figures[2])


Trainer = Callable[[ReplayDataset], Any]


def default_trainer(name: str, embedder: Any = None) -> Trainer:
    """Fit a registry router by name on a pooled training set; returns the fitted router."""
    from rung.evals.routing import make_router

    def train(data: ReplayDataset) -> Any:
        return make_router(name, embedder).fit(data, WEAK, STRONG)

    return train


def run_holdout(
    test_name: str,
    benchmarks: dict[str, ReplayDataset],
    routers: dict[str, Trainer],
    *,
    resamples: int = BOOTSTRAP,
    seed: int = 0,
) -> Holdout:
    """Train each router on every benchmark but ``test_name``; score ``test_name``."""
    test = benchmarks[test_name]
    train_names = [n for n in benchmarks if n != test_name]
    train = pooled([benchmarks[n] for n in train_names])
    out = Holdout(
        test_name, train_names, len(test), test.quality(WEAK), test.quality(STRONG), rows=[]
    )
    for name, trainer in routers.items():
        start = time.perf_counter()
        router = trainer(train)
        spent = time.perf_counter() - start
        row = score_row(name, router.score_many(test.prompts), test, resamples=resamples, seed=seed)
        row.train_seconds = spent
        out.rows.append(row)
    return out


def run_lobo(
    routers: dict[str, Trainer],
    benchmarks: dict[str, ReplayDataset] | None = None,
    *,
    resamples: int = BOOTSTRAP,
    seed: int = 0,
    log: Callable[[str], None] | None = None,
) -> list[Holdout]:
    """Every benchmark left out in turn."""
    loaded = benchmarks if benchmarks is not None else load_benchmarks()
    results = []
    for name in loaded:
        results.append(run_holdout(name, loaded, routers, resamples=resamples, seed=seed))
        if log is not None:
            log(f"done: {name} left out")
    return results


# -- RouteLLM's published figures (data/routellm/PUBLISHED.md) --------------------------------

TABLES = {"mmlu": "MMLU", "gsm8k": "GSM8K"}


def _percent(cell: str) -> float:
    return float(cell.strip().rstrip("%")) / 100


def published(path: Path | None = None) -> dict[str, list[Row]]:
    """RouteLLM's rows per benchmark from PUBLISHED.md (their routers never saw these sets)."""
    if path is None:
        from rung.datasets.readers import packaged_data_dir

        path = packaged_data_dir() / "routellm" / "PUBLISHED.md"
    out: dict[str, list[Row]] = {}
    current = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"## Table \d+: .*?(\w+)$", line)
        if heading:
            current = next((k for k, v in TABLES.items() if v == heading.group(1)), "")
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not current or len(cells) != 5 or not cells[2].endswith("%"):
            continue
        data, router, c50, c80, area = cells
        label = router if data == "–" else f"{router} ({data})"
        rows = out.setdefault(current, [])
        rows.append(
            Row(
                label,
                Figure(float(area)),
                Figure(_percent(c50)),
                Figure(_percent(c80)),
                source="RouteLLM",
            )
        )
    return out


# -- the table ---------------------------------------------------------------------------------


def markdown(results: Sequence[Holdout], reference: dict[str, list[Row]] | None = None) -> str:
    """One table per left-out benchmark: rung's routers, then RouteLLM's published rows."""
    lines: list[str] = []
    for hold in results:
        lines += [
            f"### {hold.test} left out (trained on {' + '.join(hold.train)}; n={hold.size}, "
            f"weak {hold.weak_quality:.3f}, strong {hold.strong_quality:.3f})",
            "",
            "| router | APGR [95% CI] | CPT(50%) [95% CI] | CPT(80%) [95% CI] | source |",
            "| --- | --- | --- | --- | --- |",
        ]
        rows = list(hold.rows) + list((reference or {}).get(hold.test, []))
        for row in rows:
            lines.append(
                f"| {row.router} | {row.apgr.text()} | {row.cpt50.text(True)} | "
                f"{row.cpt80.text(True)} | {row.source} |"
            )
        lines.append("")
    return "\n".join(lines)


def to_json(results: Sequence[Holdout]) -> dict[str, Any]:
    from dataclasses import asdict

    return {"holdouts": [asdict(h) for h in results]}
