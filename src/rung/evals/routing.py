"""Offline evaluation of routers on replay datasets (``rung eval routers``).

Protocols:
- ``kfold``: within one dataset, k folds (default 5); each router is trained on k-1 folds and
  scores the held-out one; the out-of-fold scores of all rows make one curve.
- ``cross``: train on one dataset, test on another (every ordered pair of the datasets given).

For each experiment and router: the quality-vs-strong-calls curve (and cost, when the dataset
has costs), APGR, CPT(50%), CPT(80%) and the strong calls / cost saved at 95% of the strong
model's quality (see ``routing_metrics``). Two reference rows come with every experiment:
``optimal`` (an oracle ranking by the true gain, the ceiling) and ``cascade+oracle`` (weak
first, the labels acting as a perfect verifier that escalates every failure: a single point).
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rung.datasets import ReplayDataset, load_dataset
from rung.evals.routing_metrics import Curve, metrics, oracle_cascade, routing_curve
from rung.routers import Router, create, names, router_class

DEFAULT_ROUTERS = ("random", "heuristic", "tfidf", "embedding", "knn", "mf")
CURVE_POINTS = 101


@dataclass(slots=True)
class RouterRun:
    router: str
    metrics: dict[str, Any]
    curve: dict[str, list[float]]
    train_seconds: float = 0.0


@dataclass(slots=True)
class Experiment:
    name: str
    protocol: str
    train: str
    test: str
    size: int
    weak: str
    strong: str
    weak_quality: float
    strong_quality: float
    cost_source: str
    runs: list[RouterRun] = field(default_factory=list)
    cascade: dict[str, float | None] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        data = {k: getattr(self, k) for k in self.__slots__ if k != "runs"}
        data["runs"] = [
            {"router": r.router, **r.metrics, "train_seconds": r.train_seconds, "curve": r.curve}
            for r in self.runs
        ]
        return data


def make_router(name: str, embedder: Any = None) -> Router:
    from rung.routers.embedded import EmbeddingRouter

    if embedder is not None and issubclass(router_class(name), EmbeddingRouter):
        return create(name, embedder=embedder)
    return create(name)


def sampled_curve(curve: Curve, points: int = CURVE_POINTS) -> dict[str, list[float]]:
    """The curve at ``points`` evenly spaced shares of strong calls, for JSON and plots."""
    import numpy as np

    grid = np.linspace(0.0, 1.0, points)
    out = {"share": [round(float(c), 4) for c in grid]}
    out["quality"] = [round(float(v), 5) for v in np.interp(grid, curve.shares, curve.quality)]
    if curve.cost is not None:
        costs = np.interp(grid, curve.shares, curve.cost) * 1000
        out["cost_per_1000"] = [round(float(v), 5) for v in costs]
    return out


def score_kfold(
    name: str, data: ReplayDataset, weak: str, strong: str, k: int, seed: int, embedder: Any
) -> tuple[list[float], float]:
    """Out-of-fold scores for every row, and the mean training time of one fold."""
    scores = [0.0] * len(data)
    spent = 0.0
    for held in data.folds(k, seed):
        held_set = set(held)
        train = data.subset([i for i in range(len(data)) if i not in held_set])
        router = make_router(name, embedder)
        start = time.perf_counter()
        router.fit(train, weak, strong)
        spent += time.perf_counter() - start
        for i, value in zip(held, router.score_many([data.prompts[i] for i in held]), strict=True):
            scores[i] = value
    return scores, spent / k


def fold_spread(
    data: ReplayDataset, weak: str, strong: str, scores: Sequence[float], k: int, seed: int
) -> float | None:
    """Standard deviation of APGR over the k held-out folds (None where a fold is degenerate)."""
    import statistics

    values = []
    for held in data.folds(k, seed):
        part = data.subset(held)
        try:
            curve = _replay(part, weak, strong, [scores[i] for i in held])
            values.append(metrics(curve).apgr)
        except ValueError:
            return None
    return statistics.stdev(values) if len(values) > 1 else None


def score_cross(
    name: str, train: ReplayDataset, test: ReplayDataset, weak: str, strong: str, embedder: Any
) -> tuple[list[float], float]:
    router = make_router(name, embedder)
    start = time.perf_counter()
    router.fit(train, weak, strong)
    spent = time.perf_counter() - start
    return router.score_many(test.prompts), spent


def _replay(test: ReplayDataset, weak: str, strong: str, scores: Sequence[float]) -> Curve:
    costs = test.costs if test.has_costs else {}
    return routing_curve(
        scores, test.outcomes[weak], test.outcomes[strong], costs.get(weak), costs.get(strong)
    )


def new_experiment(protocol: str, train: ReplayDataset, test: ReplayDataset, k: int) -> Experiment:
    weak, strong = test.default_pair
    label = f"{test.name} {k}-fold" if protocol == "kfold" else f"{train.name} → {test.name}"
    costs = test.costs if test.has_costs else {}
    return Experiment(
        name=label,
        protocol=protocol,
        train=train.name,
        test=test.name,
        size=len(test),
        weak=weak,
        strong=strong,
        weak_quality=test.quality(weak),
        strong_quality=test.quality(strong),
        cost_source=test.cost_source or "none",
        cascade=oracle_cascade(
            test.outcomes[weak], test.outcomes[strong], costs.get(weak), costs.get(strong)
        ),
    )


def add_run(
    exp: Experiment, test: ReplayDataset, router: str, scores: list[float], secs: float
) -> None:
    curve = _replay(test, exp.weak, exp.strong, scores)
    exp.runs.append(RouterRun(router, metrics(curve).to_json(), sampled_curve(curve), secs))


def run_experiment(
    protocol: str,
    train: ReplayDataset,
    test: ReplayDataset,
    routers: Sequence[str],
    *,
    k: int = 5,
    seed: int = 0,
    embedder: Any = None,
) -> Experiment:
    """One experiment: every router, plus the optimal ranking and the oracle cascade."""
    exp = new_experiment(protocol, train, test, k)
    weak, strong = exp.weak, exp.strong
    for name in routers:
        if protocol == "kfold":
            scores, secs = score_kfold(name, test, weak, strong, k, seed, embedder)
        else:
            scores, secs = score_cross(name, train, test, weak, strong, embedder)
        add_run(exp, test, name, scores, secs)
        if protocol == "kfold":
            exp.runs[-1].metrics["apgr_fold_sd"] = fold_spread(test, weak, strong, scores, k, seed)
    gains = [s - w for w, s in zip(test.outcomes[weak], test.outcomes[strong], strict=True)]
    add_run(exp, test, "optimal", gains, 0.0)
    return exp


def run_eval(
    datasets: Sequence[str],
    routers: Sequence[str] = DEFAULT_ROUTERS,
    *,
    protocols: Sequence[str] = ("kfold", "cross"),
    k: int = 5,
    seed: int = 0,
    data_dir: Path | None = None,
    cache_dir: Path | None = None,
    log: Any = None,
) -> list[Experiment]:
    """Every protocol on the named datasets: k-fold on each, cross on every ordered pair."""
    from rung.routers.train import cache_embedder, embed_ahead

    unknown = [r for r in routers if r not in names()]
    if unknown:
        raise KeyError(f"unknown router(s) {', '.join(unknown)}: use {', '.join(names())}")
    embedder = cache_embedder(cache_dir)  # the cache `rung routers train` uses too
    loaded = {}
    for name in datasets:
        data = load_dataset(name, data_dir)
        loaded[name], missing = data.labelled(*data.default_pair)
        if missing and log is not None:
            log(f"{name}: {missing} rows without a weak or strong label (empty): skipped")
        for router in routers:
            embed_ahead(router, loaded[name], embedder)
    plan: list[tuple[str, ReplayDataset, ReplayDataset]] = []
    if "kfold" in protocols:
        plan += [("kfold", d, d) for d in loaded.values()]
    if "cross" in protocols:
        plan += [("cross", a, b) for a in loaded.values() for b in loaded.values() if a is not b]
    results = []
    for protocol, train, test in plan:
        if train.default_pair != test.default_pair:
            continue
        exp = run_experiment(protocol, train, test, routers, k=k, seed=seed, embedder=embedder)
        if log is not None:
            log(f"done: {exp.name}")
        results.append(exp)
    return results


def to_json(results: Sequence[Experiment]) -> dict[str, Any]:
    return {"experiments": [e.to_json() for e in results]}


def write_json(results: Sequence[Experiment], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(to_json(results), separators=(",", ":")), encoding="utf-8")


def _click_command() -> Any:
    import click

    @click.command("routers")
    @click.option(
        "--data",
        "datasets",
        multiple=True,
        default=("mmlu", "gsm8k"),
        show_default=True,
        help="Dataset name (mmlu, gsm8k, mbpp, humaneval) or RouterBench CSV.",
    )
    @click.option(
        "--router", "routers", multiple=True, help="Router name (repeatable); default all."
    )
    @click.option(
        "--protocol",
        "protocols",
        multiple=True,
        type=click.Choice(["kfold", "cross"]),
        help="Protocol (repeatable); default both.",
    )
    @click.option("-k", "--folds", default=5, show_default=True, help="Folds for kfold.")
    @click.option("--seed", default=0, show_default=True)
    @click.option(
        "--data-dir",
        type=click.Path(path_type=Path),
        default=None,
        help="Where the replay data lives (default: the copy shipped in the package).",
    )
    @click.option(
        "--cache-dir",
        type=click.Path(path_type=Path),
        default=None,
        help="Embedding cache (default $RUNG_CACHE_DIR/embeddings or ~/.cache/rung).",
    )
    @click.option("--json", "json_path", type=click.Path(path_type=Path), default=None)
    @click.option("--plot", "plot_path", type=click.Path(path_type=Path), default=None)
    @click.option("--markdown", "md_path", type=click.Path(path_type=Path), default=None)
    def eval_routers(
        datasets: tuple[str, ...],
        routers: tuple[str, ...],
        protocols: tuple[str, ...],
        folds: int,
        seed: int,
        data_dir: Path | None,
        cache_dir: Path | None,
        json_path: Path | None,
        plot_path: Path | None,
        md_path: Path | None,
    ) -> None:
        """Replay routers on real outcomes: APGR, CPT(50%), CPT(80%), savings at 95% quality."""
        from rung.evals import routing_report

        try:
            results = run_eval(
                datasets,
                routers or DEFAULT_ROUTERS,
                protocols=protocols or ("kfold", "cross"),
                k=folds,
                seed=seed,
                data_dir=data_dir,
                cache_dir=cache_dir,
                log=lambda line: click.echo(line, err=True),
            )
        except (KeyError, FileNotFoundError, ValueError) as exc:
            raise click.ClickException(str(exc)) from exc
        routing_report.print_table(results)
        if json_path:
            write_json(results, json_path)
        if md_path:
            md_path.write_text(routing_report.markdown_table(results), encoding="utf-8")
        if plot_path:
            routing_report.plot([e.to_json() for e in results], plot_path)

    return eval_routers


eval_routers = _click_command()
