"""`router: builtin:general`: the packaged router loads without training, through the `learned`
pattern and the config, and its recipe beats random on every benchmark it was not trained on."""

from __future__ import annotations

from pathlib import Path

import pytest

from rung import ConfigError, routers
from rung.configure import load
from rung.evals import lobo
from rung.patterns.learned import LearnedRoute, load_router
from rung.routers.features import FeatureRouter
from rung.routers.general import BUILTINS, GENERAL_VERSION, RECIPE, builtin_path, make_general
from tests.routers.conftest import DATA_DIR

# APGR of the recipe on each left-out benchmark, measured once (bench/router_lobo.py: 0.584,
# 0.587, 0.554, 0.527) and rounded down; random is 0.50 (intervals: docs/routing-general.md).
FLOORS = {"mmlu": 0.57, "gsm8k": 0.57, "mbpp": 0.54, "humaneval": 0.51}


def test_the_packaged_file_is_the_recipe() -> None:
    path = builtin_path("builtin:general")
    assert path.name == BUILTINS["general"] == f"general-v{GENERAL_VERSION}.npz"
    assert path.is_file() and path.stat().st_size < 50_000
    router = routers.load(path)
    assert isinstance(router, FeatureRouter)
    params = router.params()
    assert {k: params[k] for k in RECIPE} == RECIPE
    assert 0.0 < router.threshold < 1.0 and (router.weak, router.strong) == ("weak", "strong")
    easy, hard = (
        router.score("What is 2+2?"),
        router.score(
            "A train leaves at 3:15 pm at 62 miles per hour; a second leaves 45 minutes later at "
            "75 mph. At what time does the second catch the first, and how far from the station "
            "are they then? Give the distance in miles and the time to the minute."
        ),
    )
    assert 0.0 <= easy < hard <= 1.0


def test_the_learned_pattern_loads_it_by_name(tmp_path: Path) -> None:
    assert isinstance(load_router("builtin:general"), FeatureRouter)
    with pytest.raises(ConfigError, match="builtin:general"):
        load_router("builtin:nope")
    text = """\
models:
  weak: {backend: llamacpp}
  strong: {backend: llamacpp}
routes:
  r: {pattern: learned, router: "builtin:general", weak: weak, strong: strong}
"""
    (tmp_path / "rung.yaml").write_text(text, encoding="utf-8")
    route = load(tmp_path / "rung.yaml").routes["r"]
    assert isinstance(route, LearnedRoute) and route.router == "builtin:general"
    assert isinstance(route.loaded_router(), FeatureRouter)


def test_the_recipe_beats_random_on_every_left_out_benchmark() -> None:
    benchmarks = lobo.load_benchmarks(data_dir=DATA_DIR)

    def recipe(data: object) -> routers.Router:
        return make_general().fit(data, lobo.WEAK, lobo.STRONG)  # type: ignore[arg-type]

    results = lobo.run_lobo({"general": recipe}, benchmarks, resamples=0)
    areas = {h.test: h.rows[0].apgr.value for h in results}
    assert set(areas) == set(FLOORS)
    for name, floor in FLOORS.items():
        assert areas[name] is not None and areas[name] >= floor, (name, areas[name])
