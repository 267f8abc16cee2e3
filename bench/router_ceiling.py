"""The in-domain ceiling on the code benchmarks (``rung.evals.ceiling``): repeated k-fold within
MBPP and within HumanEval, and each trained on the other only; APGR, CPT(50%), CPT(80%) with
bootstrap intervals beside random, the spread of random rankings, and the rows an effect needs.

    PYTHONPATH=src python bench/router_ceiling.py                     # 10 folds x 5 repeats
    PYTHONPATH=src python bench/router_ceiling.py --no-embeddings     # without MiniLM
    PYTHONPATH=src python bench/router_ceiling.py --unguarded         # plain folds, raw scores
    PYTHONPATH=src python bench/router_ceiling.py --permutations 100  # + label-shuffled nulls
    PYTHONPATH=src python bench/router_ceiling.py --curve 40,80,160   # only: learning curves

The MiniLM routers read the embedding cache (``$RUNG_CACHE_DIR/embeddings`` or
``~/.cache/rung/embeddings``, or ``--cache-dir``); the code benchmarks' 463 prompts embed in
well under a minute when it is empty.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from rung.evals import ceiling, lobo
from rung.routers.general import make_general
from rung.routers.simple import RandomRouter

CODE = ("mbpp", "humaneval")


def memoise_features() -> None:
    """Bench-only speed-up for the many refits of the permutation nulls: the features and
    heuristic routers' per-text features (pure functions of the text) computed once per text."""
    import functools

    from rung.routers import features, simple

    features.features = functools.lru_cache(maxsize=None)(features.features)  # type: ignore[assignment]
    simple.text_features = functools.lru_cache(maxsize=None)(simple.text_features)  # type: ignore[assignment]


def routers(embeddings: bool, cache_dir: Path | None) -> dict[str, lobo.Trainer]:
    from rung.routers.features import FeatureRouter

    out: dict[str, lobo.Trainer] = {
        "random": lambda d: RandomRouter(),
        "heuristic": lobo.default_trainer("heuristic"),
        "tfidf": lobo.default_trainer("tfidf"),
        "features (recipe, c=0.01)": lambda d: make_general().fit(d, lobo.WEAK, lobo.STRONG),
        "features (all, c=0.3)": lambda d: FeatureRouter().fit(d, lobo.WEAK, lobo.STRONG),
    }
    if embeddings:
        from rung.routers.embedder import Embedder, default_cache_dir

        embedder = Embedder(cache_dir=cache_dir or default_cache_dir())
        out["MiniLM embedding (logistic)"] = lobo.default_trainer("embedding", embedder)
        out["MiniLM knn"] = lobo.default_trainer("knn", embedder)
    return out


def table(title: str, size: int, rows: list[Any], spread: lobo.Row) -> list[str]:
    lines = [
        f"#### {title} (n={size})",
        "",
        "| router | APGR [95% CI] | per-repeat APGR | CPT(50%) [95% CI] | CPT(80%) [95% CI] "
        "| rows to clear 0.5 (expected / 80% power) |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for item in rows:
        row = item.row if isinstance(item, ceiling.CeilingRow) else item
        repeats = item.repeat_apgr if isinstance(item, ceiling.CeilingRow) else []
        spread_text = f"{min(repeats):.3f}-{max(repeats):.3f}" if repeats else "–"
        needed = [ceiling.rows_needed(row, size, p) for p in (0.5, 0.8)]
        lines.append(
            f"| {row.router} | {row.apgr.text()} | {spread_text} | {row.cpt50.text(True)} | "
            f"{row.cpt80.text(True)} | {' / '.join(ceiling.needed_text(v) for v in needed)} |"
        )
    lines.append(f"| 1,000 random rankings (mean [2.5%, 97.5%]) | {spread.apgr.text()} | – | – "
                 "| – | – |")  # fmt: skip
    return [*lines, ""]


def null_table(
    title: str, inside: list[ceiling.CeilingRow], nulls: dict[str, list[float]]
) -> list[str]:
    """Each router's in-domain APGR against its own label-shuffled null, and against the
    best of all routers on each shuffle (the family-wise bar for having tried them all)."""
    import numpy as np

    best = [max(values) for values in zip(*nulls.values(), strict=True)]
    lines = [
        f"#### {title}: against {len(best)} label-shuffled copies",
        "",
        "| router | APGR | its null: mean [2.5%, 97.5%] | p | p, best of all routers |",
        "| --- | --- | --- | --- | --- |",
    ]
    for item in inside:
        name, value = item.row.router, item.row.apgr.value
        if name not in nulls or value is None:
            continue
        null = nulls[name]
        low, high = np.percentile(null, [2.5, 97.5])
        lines.append(
            f"| {name} | {value:.3f} | {np.mean(null):.3f} [{low:.3f}, {high:.3f}] | "
            f"{ceiling.p_value(value, null):.3f} | {ceiling.p_value(value, best):.3f} |"
        )
    return [*lines, ""]


def curve_tables(
    data: dict[str, Any], trainers: dict[str, lobo.Trainer], sizes: list[int], args: Any
) -> list[str]:
    """In-domain APGR when each fold's model sees only a seeded sample of its training rows."""
    lines: list[str] = []
    for name in CODE:
        test = data[name]
        most = len(test) - len(test) // args.folds
        heads = [f"{min(size, most)} rows" for size in sizes]
        lines += [
            f"#### {name}, {args.folds}-fold x {args.repeats}, training rows per fold sampled",
            "",
            f"| router | {' | '.join(heads)} |",
            f"| --- | {' | '.join('---' for _ in sizes)} |",
        ]
        for router, trainer in trainers.items():
            cells = []
            for size in sizes:
                item = ceiling.repeated_kfold(
                    router, test, ceiling.subsampled(trainer, size, args.seed), k=args.folds,
                    repeats=args.repeats, resamples=args.resamples, seed=args.seed,
                )  # fmt: skip
                cells.append(item.row.apgr.text())
            lines.append(f"| {router} | {' | '.join(cells)} |")
            print(f"done: {name} curve: {router}", flush=True)
        lines.append("")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=ceiling.FOLDS)
    parser.add_argument("--repeats", type=int, default=ceiling.REPEATS)
    parser.add_argument("--resamples", type=int, default=lobo.BOOTSTRAP)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-embeddings", action="store_true")
    parser.add_argument(
        "--unguarded",
        action="store_true",
        help="plain shuffled folds and raw scores (see ceiling.out_of_fold for why not)",
    )
    parser.add_argument("--cache-dir", type=Path, default=None)
    parser.add_argument(
        "--curve", default=None, help="training sizes, separated by ',': only learning curves"
    )
    parser.add_argument(
        "--permutations", type=int, default=0, help="label-shuffled copies for each router's null"
    )
    parser.add_argument("--only", default=None, help="routers to run, separated by ';'")
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--markdown", type=Path, default=None)
    args = parser.parse_args()

    memoise_features()
    data = lobo.load_benchmarks(CODE)
    trainers = routers(not args.no_embeddings, args.cache_dir)
    if args.only:
        trainers = {n: trainers[n] for n in args.only.split(";")}
    if args.curve:
        sizes = [int(v) for v in args.curve.split(",")]
        text = "\n".join(curve_tables(data, trainers, sizes, args))
        print(text)
        if args.markdown:
            args.markdown.write_text(text, encoding="utf-8")
        return
    lines: list[str] = []
    record: dict[str, Any] = {}
    for name in CODE:
        more, record[name] = one_benchmark(name, data, trainers, args)
        lines += more
    text = "\n".join(lines)
    print(text)
    if args.markdown:
        args.markdown.write_text(text, encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(record), encoding="utf-8")


def one_benchmark(
    name: str, data: dict[str, Any], trainers: dict[str, Any], args: argparse.Namespace
) -> tuple[list[str], dict[str, Any]]:
    """`name`'s tables (k-fold within it, trained on the other code benchmark, and the
    label-shuffled nulls when asked) and what --json records of them."""
    options = {"resamples": args.resamples, "seed": args.seed}
    guards = {"stratified": not args.unguarded, "calibrated": not args.unguarded}
    test = data[name]
    spread = ceiling.random_spread(test, seed=args.seed)
    inside = []
    for router, trainer in trainers.items():
        inside.append(ceiling.repeated_kfold(
            router, test, trainer, k=args.folds, repeats=args.repeats, **options, **guards
        ))  # fmt: skip
        print(f"done: {name} {args.folds}-fold x {args.repeats}: {router}", flush=True)
    other = next(n for n in CODE if n != name)
    across = [ceiling.cross(r, data[other], test, t, **options) for r, t in trainers.items()]
    title = f"{name}, {args.folds}-fold x {args.repeats} repeats within it"
    lines = table(title, len(test), inside, spread)
    lines += table(f"{name}, trained on {other} only", len(test), across, spread)
    record: dict[str, Any] = {
        "kfold": [asdict(r) for r in inside],
        "cross": [asdict(r) for r in across],
        "random_spread": asdict(spread),
    }
    if args.permutations:
        nulls = {}
        for router, trainer in trainers.items():
            if router == "random":
                continue
            nulls[router] = ceiling.permutation_null(
                test, trainer, args.permutations, k=args.folds, repeats=args.repeats,
                seed=args.seed,
            )  # fmt: skip
            print(f"done: {name} null: {router}", flush=True)
        lines += null_table(f"{name}, {args.folds}-fold x {args.repeats}", inside, nulls)
        record["nulls"] = nulls
    return lines, record


if __name__ == "__main__":
    main()
