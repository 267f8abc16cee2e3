"""Train a router on a replay dataset, calibrate its threshold, save it as one file.

The threshold is calibrated on out-of-fold scores (k-fold on the training data), not on the
scores of the final router on its own training rows, which a flexible router (tfidf, knn)
would overfit: their in-sample scores put the training positives too high.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rung.datasets import ReplayDataset, load_dataset
from rung.routers import Router, create, router_class
from rung.routers.calibrate import Calibration, threshold_for_budget, threshold_for_share


@dataclass(frozen=True, slots=True)
class Trained:
    router: Router
    calibration: Calibration
    path: Path | None


def _make(name: str, embedder: Any) -> Router:
    from rung.routers.embedded import EmbeddingRouter

    if embedder is not None and issubclass(router_class(name), EmbeddingRouter):
        return create(name, embedder=embedder)
    return create(name)


def out_of_fold_scores(
    name: str, data: ReplayDataset, weak: str, strong: str, k: int = 5, embedder: Any = None
) -> list[float]:
    """Each row scored by a router trained on the other folds."""
    scores = [0.0] * len(data)
    for held in data.folds(k):
        held_set = set(held)
        router = _make(name, embedder)
        router.fit(data.subset([i for i in range(len(data)) if i not in held_set]), weak, strong)
        for i, value in zip(held, router.score_many([data.prompts[i] for i in held]), strict=True):
            scores[i] = value
    return scores


def train_router(
    name: str,
    data: ReplayDataset,
    *,
    share: float | None = None,
    budget_per_1000: float | None = None,
    weak: str | None = None,
    strong: str | None = None,
    k: int = 5,
    path: Path | None = None,
    embedder: Any = None,
) -> Trained:
    """Fit ``name`` on all of ``data``, with a threshold for a strong-call share or a budget."""
    if (share is None) == (budget_per_1000 is None):
        raise ValueError("give exactly one of share and budget_per_1000")
    weak = weak or data.default_pair[0]
    strong = strong or data.default_pair[1]
    data.check_pair(weak, strong)
    scores = out_of_fold_scores(name, data, weak, strong, k, embedder)
    if share is not None:
        calibration = threshold_for_share(scores, share)
    else:
        if not data.has_costs:
            raise ValueError(f"{data.name} has no costs: calibrate by share instead")
        calibration = threshold_for_budget(
            scores, data.costs[weak], data.costs[strong], float(budget_per_1000 or 0.0)
        )
    router = _make(name, embedder).fit(data, weak, strong)
    router.threshold = calibration.threshold
    saved = router.save(path) if path is not None else None
    return Trained(router, calibration, saved)


def _click_command() -> Any:
    import click

    @click.command("train")
    @click.option(
        "--data",
        "dataset",
        required=True,
        help="mmlu, gsm8k, mbpp, a CSV path, log:PATH, or log (the request log; see --log).",
    )
    @click.option("--router", "name", required=True, help="Router name (see rung.routers).")
    @click.option("--share", type=float, default=None, help="Target share of strong calls.")
    @click.option("--budget", type=float, default=None, help="USD per 1,000 requests.")
    @click.option("--weak", default=None, help="Weak model column (default: dataset's pair).")
    @click.option("--strong", default=None, help="Strong model column.")
    @click.option(
        "--data-dir",
        type=click.Path(path_type=Path),
        default=None,
        help="Where the replay data lives (default: the copy shipped in the package).",
    )
    @click.option("-o", "--out", type=click.Path(path_type=Path), required=True)
    @click.option(
        "--log",
        "log_file",
        default=None,
        help="With --data log: the request log (default: the config's; see `rung logs path`).",
    )
    @click.option(
        "--config",
        "config_path",
        envvar="RUNG_CONFIG",
        default=None,
        help="YAML configuration (its log path, for --data log).",
    )
    def train_command(
        dataset: str,
        name: str,
        share: float | None,
        budget: float | None,
        weak: str | None,
        strong: str | None,
        data_dir: Path | None,
        out: Path,
        log_file: str | None,
        config_path: str | None,
    ) -> None:
        """Train a router on real outcomes, calibrate its threshold, save it as one file."""
        if dataset == "log":
            from rung.cli_logs import resolve_log

            dataset = f"log:{resolve_log(config_path, log_file)}"
        try:
            data = load_dataset(dataset, data_dir)
            trained = train_router(
                name, data, share=share, budget_per_1000=budget, weak=weak, strong=strong, path=out
            )
        except (KeyError, ValueError, FileNotFoundError) as exc:
            raise click.ClickException(str(exc)) from exc
        cal = trained.calibration
        cost = "" if cal.cost_per_1000 is None else f", ${cal.cost_per_1000:.4f} per 1,000"
        click.echo(
            f"{out}: {name} on {data.name} (n={len(data)}), threshold {cal.threshold:.4f}, "
            f"strong share {cal.strong_share:.1%} out of fold{cost}"
        )

    return train_command


train_command = _click_command()
