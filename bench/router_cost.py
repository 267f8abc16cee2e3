"""Training and inference cost of each router.

For each router: training time on a replay dataset (MMLU by default; the embedding routers
read the query embeddings from the disk cache, so their time excludes embedding the training
set, reported separately), the saved file's size, and the latency of scoring one request
(p50/p99 over N single requests, after a warm-up; for the embedding routers this includes
embedding the request with MiniLM on the CPU, which dominates).

    python bench/router_cost.py [--train mmlu] [--requests 300] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from rung import routers
from rung.datasets import load_dataset
from rung.routers.embedded import EmbeddingRouter
from rung.routers.embedder import Embedder, default_cache_dir


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def measure(name: str, train: Any, requests: list[str], embedder: Embedder) -> dict[str, Any]:
    cls = routers.router_class(name)
    options = {"embedder": embedder} if issubclass(cls, EmbeddingRouter) else {}
    router = routers.create(name, **options)
    weak, strong = train.default_pair
    start = time.perf_counter()
    router.fit(train, weak, strong)
    train_s = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as tmp:
        path = router.save(Path(tmp) / f"{name}.rung")
        size = path.stat().st_size
        start = time.perf_counter()
        loaded = routers.load(path, **options)
        load_s = time.perf_counter() - start
    for text in requests[:10]:
        loaded.score(text)
    latencies = []
    for text in requests:
        start = time.perf_counter()
        loaded.score(text)
        latencies.append((time.perf_counter() - start) * 1000)
    return {
        "router": name,
        "train_s": round(train_s, 3),
        "file_bytes": size,
        "load_s": round(load_s, 3),
        "p50_ms": round(statistics.median(latencies), 3),
        "p99_ms": round(percentile(latencies, 0.99), 3),
    }


def embedding_cost(texts: list[str], threads: int | None) -> dict[str, float]:
    """Cost of embedding a training set from scratch (no cache) on this machine."""
    fresh = Embedder(threads=threads)
    start = time.perf_counter()
    fresh.encode_uncached(texts[:1])
    load_s = time.perf_counter() - start
    start = time.perf_counter()
    fresh.encode_uncached(texts)
    per_text_ms = (time.perf_counter() - start) * 1000 / len(texts)
    return {"model_load_s": round(load_s, 2), "batch_ms_per_text": round(per_text_ms, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", default="mmlu")
    parser.add_argument("--test", default="gsm8k")
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--router", action="append", default=None)
    parser.add_argument("--data-dir", type=Path, default=Path("data"))
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--threads", type=int, default=1, help="torch threads (0: torch's own)")
    args = parser.parse_args()
    train = load_dataset(args.train, args.data_dir)
    requests = load_dataset(args.test, args.data_dir).prompts[: args.requests]
    embedder = Embedder(cache_dir=default_cache_dir(), threads=args.threads)
    embedder.encode(train.prompts)  # warm the cache so fit times exclude embedding
    rows = [measure(n, train, requests, embedder) for n in args.router or routers.names()]
    extra = embedding_cost(requests[:256], args.threads)
    header = (
        f"{'router':<10} {'train s':>8} {'file KB':>9} {'load s':>7} {'p50 ms':>8} {'p99 ms':>8}"
    )
    print(
        f"train on {args.train} (n={len(train)}), score {len(requests)} {args.test} requests "
        f"one at a time, torch threads {args.threads or 'default'}"
    )
    print(header)
    for row in rows:
        print(
            f"{row['router']:<10} {row['train_s']:>8.2f} {row['file_bytes'] / 1024:>9.1f} "
            f"{row['load_s']:>7.2f} {row['p50_ms']:>8.3f} {row['p99_ms']:>8.3f}"
        )
    print(
        f"MiniLM embedding (CPU): model load {extra['model_load_s']} s, "
        f"{extra['batch_ms_per_text']} ms per text in batches of 64"
    )
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "embedding": extra}, indent=1))


if __name__ == "__main__":
    main()
