"""Train a router on a replay dataset, calibrate its threshold, save it as one file.

The threshold is calibrated on out-of-fold scores (k-fold on the training data), not on the
scores of the final router on its own training rows, which a flexible router (tfidf, knn)
would overfit: their in-sample scores put the training positives too high.

Several datasets train one router (``--data mmlu --data gsm8k``) when they share the model
pair. Rows whose weak or strong outcome is empty are missing labels: counted, reported and
skipped, never read as a wrong answer. An embedding router embeds every prompt once, through
the disk cache that ``rung routers eval`` shares (``--cache-dir``, ``$RUNG_CACHE_DIR``; keyed
by model, pooling and a hash of the text), before the k folds reuse the vectors.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rung.datasets import ReplayDataset, load_dataset
from rung.routers import Router, create, router_class
from rung.routers.calibrate import Calibration, threshold_for_budget, threshold_for_share
from rung.routers.embedder import POOLINGS, ROUTER_POOLING

Advance = Callable[[int], None]


@dataclass(frozen=True, slots=True)
class Trained:
    router: Router
    calibration: Calibration
    path: Path | None
    size: int = 0  # rows trained on
    missing: int = 0  # rows skipped: the weak or the strong outcome was empty


@contextlib.contextmanager
def progress_bar(label: str, total: int) -> Iterator[Advance]:
    """A progress bar on stderr while a long step runs; nothing when stderr is not a terminal.
    Yields ``advance(n)``."""
    if not sys.stderr.isatty() or total <= 0:
        yield lambda n: None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda n: bar.advance(task, n)


def combine(datasets: Sequence[ReplayDataset]) -> ReplayDataset:
    """One dataset of the rows of several, for the models they all have (the first one's
    default pair); costs only when every one has them."""
    if len(datasets) == 1:
        return datasets[0]
    models = [m for m in datasets[0].models if all(m in d.outcomes for d in datasets)]
    pair = datasets[0].default_pair
    if not set(pair) <= set(models):
        names = ", ".join(d.name for d in datasets)
        raise ValueError(
            f"{names} do not all have {pair[0]!r} and {pair[1]!r}: use --weak/--strong"
        )
    costed = all(d.has_costs and all(m in d.costs for m in models) for d in datasets)
    return ReplayDataset(
        name="+".join(d.name for d in datasets),
        prompts=[p for d in datasets for p in d.prompts],
        outcomes={m: [v for d in datasets for v in d.outcomes[m]] for m in models},
        costs={m: [v for d in datasets for v in d.costs[m]] for m in models} if costed else {},
        groups=[g for d in datasets for g in (d.groups or [d.name] * len(d))],
        cost_source="+".join(sorted({d.cost_source for d in datasets})) if costed else "",
        default_pair=pair,
    )


def _make(name: str, embedder: Any, pooling: str | None = None) -> Router:
    from rung.routers.embedded import EmbeddingRouter

    if issubclass(router_class(name), EmbeddingRouter):
        options: dict[str, Any] = {} if pooling is None else {"pooling": pooling}
        return create(name, embedder=embedder, **options)
    if pooling is not None:
        raise ValueError(f"router {name!r} reads the whole text: pooling is for embedding routers")
    return create(name)


def embed_ahead(name: str, data: ReplayDataset, embedder: Any, pooling: str | None = None) -> None:
    """Embed every prompt once (through the cache), with a progress bar, before the folds."""
    if embedder is None:
        return
    router = _make(name, embedder, pooling)
    pooling = getattr(router, "pooling", None)
    if pooling is None:
        return
    with progress_bar(f"embedding {len(data)} prompts ({pooling})", len(data)) as advance:
        embedder.encode(data.prompts, pooling=pooling, progress=advance)


def out_of_fold_scores(
    name: str,
    data: ReplayDataset,
    weak: str,
    strong: str,
    k: int = 5,
    embedder: Any = None,
    advance: Advance | None = None,
    pooling: str | None = None,
) -> list[float]:
    """Each row scored by a router trained on the other folds."""
    scores = [0.0] * len(data)
    for held in data.folds(k):
        held_set = set(held)
        router = _make(name, embedder, pooling)
        router.fit(data.subset([i for i in range(len(data)) if i not in held_set]), weak, strong)
        for i, value in zip(held, router.score_many([data.prompts[i] for i in held]), strict=True):
            scores[i] = value
        if advance is not None:
            advance(1)
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
    pooling: str | None = None,
) -> Trained:
    """Fit ``name`` on all of ``data``, with a threshold for a strong-call share or a budget."""
    if (share is None) == (budget_per_1000 is None):
        raise ValueError("give exactly one of share and budget_per_1000")
    weak = weak or data.default_pair[0]
    strong = strong or data.default_pair[1]
    if not (weak and strong):
        known = ", ".join(data.models)
        raise ValueError(
            f"{data.name} has no default model pair: name --weak and --strong ({known})"
        )
    data, missing = data.labelled(weak, strong)
    if budget_per_1000 is not None and not data.has_costs:
        raise ValueError(f"{data.name} has no costs: calibrate by share instead")
    embed_ahead(name, data, embedder, pooling)
    with progress_bar(f"training {name}: {k} folds, then all", k + 1) as advance:
        scores = out_of_fold_scores(name, data, weak, strong, k, embedder, advance, pooling)
        if share is not None:
            calibration = threshold_for_share(scores, share)
        else:
            calibration = threshold_for_budget(
                scores, data.costs[weak], data.costs[strong], float(budget_per_1000 or 0.0)
            )
        router = _make(name, embedder, pooling).fit(data, weak, strong)
        advance(1)
    router.threshold = calibration.threshold
    saved = router.save(path) if path is not None else None
    return Trained(router, calibration, saved, len(data), missing)


def check_targets(share: float | None, budget: float | None) -> None:
    """The CLI's own check of --share / --budget, naming the options."""
    import click

    if (share is None) == (budget is None):
        raise click.UsageError("give exactly one of --share and --budget")
    if share is not None and not 0.0 <= share <= 1.0:
        raise click.BadParameter(f"{share} is not within [0, 1]", param_hint="--share")
    if budget is not None and budget < 0:
        raise click.BadParameter(f"{budget} is negative", param_hint="--budget")


def load_all(names: Sequence[str], data_dir: Path | None) -> ReplayDataset:
    """The named datasets (see ``load_dataset``), combined into one."""
    return combine([load_dataset(name, data_dir) for name in names])


def cache_embedder(cache_dir: Path | None) -> Any:
    """The embedder train and eval share: its disk cache in ``cache_dir`` (default
    ``$RUNG_CACHE_DIR/embeddings`` or ``~/.cache/rung/embeddings``). Loads no model yet."""
    from rung.routers.embedder import Embedder, default_cache_dir

    return Embedder(cache_dir=cache_dir or default_cache_dir())


CACHE_HELP = "Embedding cache (default $RUNG_CACHE_DIR/embeddings or ~/.cache/rung/embeddings)."


def _click_command() -> Any:
    import click

    @click.command("train")
    @click.option(
        "--data",
        "datasets",
        required=True,
        multiple=True,
        help="mmlu, gsm8k, mbpp, humaneval, a CSV path, log:PATH, or log (the request log; see "
        "--log). Repeat to train on several at once.",
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
    @click.option("--cache-dir", type=click.Path(path_type=Path), default=None, help=CACHE_HELP)
    @click.option(
        "--pooling",
        type=click.Choice(POOLINGS),
        default=None,
        help=f"How an embedding router reads a text over 256 tokens (default {ROUTER_POOLING}).",
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
        datasets: tuple[str, ...],
        name: str,
        share: float | None,
        budget: float | None,
        weak: str | None,
        strong: str | None,
        data_dir: Path | None,
        cache_dir: Path | None,
        pooling: str | None,
        out: Path,
        log_file: str | None,
        config_path: str | None,
    ) -> None:
        """Train a router on real outcomes, calibrate its threshold, save it as one file."""
        check_targets(share, budget)
        if "log" in datasets:
            from rung.cli_logs import resolve_log

            log = f"log:{resolve_log(config_path, log_file)}"
            datasets = tuple(log if d == "log" else d for d in datasets)
        try:
            data = load_all(datasets, data_dir)
            if budget is not None and not data.has_costs:
                raise click.BadParameter(
                    f"{data.name} has no costs per request: use --share instead",
                    param_hint="--budget",
                )
            trained = train_router(
                name, data, share=share, budget_per_1000=budget, weak=weak, strong=strong,
                path=out, embedder=cache_embedder(cache_dir), pooling=pooling,
            )  # fmt: skip
        except (KeyError, ValueError, FileNotFoundError) as exc:
            message = exc.args[0] if isinstance(exc, KeyError) and exc.args else str(exc)
            raise click.ClickException(str(message)) from exc
        cal = trained.calibration
        cost = "" if cal.cost_per_1000 is None else f", ${cal.cost_per_1000:.4f} per 1,000"
        if trained.missing:
            click.echo(
                f"{trained.missing} rows of {data.name} have no label for the weak or the "
                "strong model (an empty cell): skipped, not counted as wrong",
                err=True,
            )
        click.echo(
            f"{out}: {name} on {data.name} (n={trained.size}), threshold {cal.threshold:.4f}, "
            f"strong share {cal.strong_share:.1%} out of fold{cost}"
        )

    return train_command


train_command = _click_command()
