"""``router: builtin:general``: a router trained on all the outcome data rung ships, saved inside
the package, so that a `learned` route works without training anything.

The recipe (``RECIPE``) was chosen by leaving each shipped benchmark out in turn
(``bench/router_lobo.py``; figures in docs/routing-general.md). ``build_general`` retrains it
on every benchmark and writes ``builtin/general-v<N>.npz``:

    PYTHONPATH=src python -m rung.routers.general      # rewrites the packaged file

The file is an ordinary router file (``rung.routers.load`` reads it); its threshold sends half
of the training prompts to the strong model (set ``threshold`` on the route to change that).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rung.routers.base import Router

if TYPE_CHECKING:
    from rung.datasets.replay import ReplayDataset

PREFIX = "builtin:"
BUILTIN_DIR = Path(__file__).resolve().parent / "builtin"
GENERAL_VERSION = 2
BUILTINS = {"general": f"general-v{GENERAL_VERSION}.npz"}
# The shipped recipe (see the module docstring): the `features` router, one intercept per
# training benchmark, only the features that rank every training benchmark the same way,
# strongly regularised. It needs numpy only to score (no torch, no model).
RECIPE: dict[str, Any] = {"c": 0.01, "per_benchmark": True, "balance": True, "consistent": True}
DEFAULT_SHARE = 0.5


def is_builtin(spec: str) -> bool:
    return spec.startswith(PREFIX)


def builtin_path(spec: str) -> Path:
    """The packaged file of ``builtin:<name>``; KeyError naming the known ones otherwise."""
    name = spec.removeprefix(PREFIX)
    if name not in BUILTINS:
        known = ", ".join(PREFIX + n for n in BUILTINS)
        raise KeyError(f"unknown built-in router {spec!r}: use {known}")
    return BUILTIN_DIR / BUILTINS[name]


def make_general() -> Router:
    """An untrained router of the shipped recipe."""
    from rung.routers.features import FeatureRouter

    return FeatureRouter(**RECIPE)


def train_general(parts: Sequence[ReplayDataset], share: float = DEFAULT_SHARE) -> Router:
    """The recipe fitted on the pooled ``parts`` (neutral datasets, see ``evals.lobo``), its
    threshold set to send ``share`` of the training prompts to the strong model."""
    from rung.evals.lobo import STRONG, WEAK, pooled
    from rung.routers.calibrate import threshold_for_share

    data = pooled(parts)
    router = make_general().fit(data, WEAK, STRONG)
    router.threshold = threshold_for_share(router.score_many(data.prompts), share).threshold
    return router


def build_general(target: Path | None = None, data_dir: Path | None = None) -> Path:
    """Train on every shipped benchmark and save the packaged file."""
    from rung.evals.lobo import load_benchmarks

    router = train_general(list(load_benchmarks(data_dir=data_dir).values()))
    path = target or builtin_path(PREFIX + "general")
    path.parent.mkdir(parents=True, exist_ok=True)
    router.save(path)
    path.chmod(0o644)  # package data: readable by whoever installs it
    return path


if __name__ == "__main__":
    print(build_general())
