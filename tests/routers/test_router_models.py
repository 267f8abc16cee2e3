from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest

from rung import routers
from rung.datasets import ReplayDataset
from rung.evals.routing_metrics import apgr, routing_curve
from rung.routers.base import FORMAT_VERSION, HEADER_KEY, RouterFileError

from .conftest import HashEmbedder, toy_dataset

EMBEDDING = ("embedding", "knn", "mf")


def make(name: str, embedder: HashEmbedder) -> routers.Router:
    if name in EMBEDDING:
        return routers.create(name, embedder=embedder)
    return routers.create(name)


def test_registry_names() -> None:
    assert routers.names() == [
        *("random", "heuristic", "tfidf", "embedding", "knn", "mf"),
        *("features", "ensemble"),
    ]
    with pytest.raises(KeyError):
        routers.create("nope")


def test_package_imports_cheaply() -> None:
    code = (
        "import sys, rung.routers; "
        "print([m for m in ('numpy', 'sklearn', 'torch', 'sentence_transformers') "
        "if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_random_is_seeded_and_uniform() -> None:
    one, same, other = (routers.create("random", seed=s) for s in (1, 1, 2))
    texts = [f"query {i}" for i in range(4000)]
    assert one.score_many(texts) == same.score_many(texts)
    assert one.score_many(texts) != other.score_many(texts)
    values = np.array(one.score_many(texts))
    assert values.min() >= 0.0 and values.max() < 1.0
    assert np.histogram(values, bins=4, range=(0, 1))[0].min() > 900


@pytest.mark.parametrize("name", ["heuristic", "tfidf", "embedding", "knn", "mf"])
def test_learned_routers_beat_random(name: str, embedder: HashEmbedder) -> None:
    train, test = toy_dataset(400, seed=0), toy_dataset(300, seed=1)
    router = make(name, embedder).fit(train, "weak", "strong")
    scores = router.score_many(test.prompts)
    assert all(0.0 <= s <= 1.0 for s in scores)
    area = apgr(routing_curve(scores, test.outcomes["weak"], test.outcomes["strong"]))
    baseline = routers.create("random").score_many(test.prompts)
    base_area = apgr(routing_curve(baseline, test.outcomes["weak"], test.outcomes["strong"]))
    assert area > base_area + 0.1


@pytest.mark.parametrize("name", routers.names())
def test_save_load_round_trip(
    name: str, toy: ReplayDataset, embedder: HashEmbedder, tmp_path: Path
) -> None:
    router = make(name, embedder).fit(toy, "weak", "strong")
    router.threshold = 0.37
    path = router.save(tmp_path / f"{name}.rung")
    assert zipfile.is_zipfile(path)
    options = {"embedder": embedder} if name in EMBEDDING else {}
    again = routers.load(path, **options)
    assert type(again) is type(router)
    assert (again.weak, again.strong, again.threshold) == ("weak", "strong", 0.37)
    texts = [*toy.prompts[:20], "an unseen query about nothing"]
    assert again.score_many(texts) == pytest.approx(router.score_many(texts), abs=1e-6)
    assert again.score(texts[0]) == pytest.approx(router.score(texts[0]), abs=1e-6)


def _rewrite_header(path: Path, target: Path, **changes: object) -> None:
    with np.load(path, allow_pickle=False) as archive:
        arrays = {k: archive[k] for k in archive.files}
    header = json.loads(arrays[HEADER_KEY].tobytes())
    header.update(changes)
    arrays[HEADER_KEY] = np.frombuffer(json.dumps(header).encode(), dtype=np.uint8)
    with target.open("wb") as handle:
        np.savez(handle, **arrays)


def test_version_mismatch_refused(toy: ReplayDataset, tmp_path: Path) -> None:
    path = routers.create("heuristic").fit(toy, "weak", "strong").save(tmp_path / "h.rung")
    _rewrite_header(path, tmp_path / "future.rung", version=FORMAT_VERSION + 1)
    with pytest.raises(RouterFileError, match="version"):
        routers.load(tmp_path / "future.rung")
    _rewrite_header(path, tmp_path / "other.rung", format="something-else")
    with pytest.raises(RouterFileError, match="format"):
        routers.load(tmp_path / "other.rung")


def test_garbage_file_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.rung"
    bad.write_bytes(b"not a router")
    with pytest.raises(RouterFileError):
        routers.load(bad)
    np.savez(tmp_path / "noheader.npz", x=np.zeros(2))
    with pytest.raises(RouterFileError, match="header"):
        routers.load(tmp_path / "noheader.npz")


def test_fit_checks_models(toy: ReplayDataset) -> None:
    with pytest.raises(KeyError):
        routers.create("tfidf").fit(toy, "weak", "missing")


def test_route_uses_threshold(toy: ReplayDataset) -> None:
    router = routers.create("random")
    text = toy.prompts[0]
    router.threshold = router.score(text)
    assert router.route(text)
    router.threshold = min(1.0, router.score(text) + 1e-9)
    assert not router.route(text)
