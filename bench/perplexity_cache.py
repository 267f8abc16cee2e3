"""Fill the on-disk cache of the local model's prompt surprise (``rung.routers.perplexity``)
for the leave-one-benchmark-out sets: every MBPP and GSM8K prompt and a seeded sample of MMLU.
A second run reads the cache and runs no model.

    PYTHONPATH=src python bench/perplexity_cache.py --only mbpp,gsm8k
    PYTHONPATH=src python bench/perplexity_cache.py --only mmlu --mmlu 2000
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from rung.evals import lobo
from rung.routers.perplexity import PromptSurprise, default_cache_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="mbpp,gsm8k,mmlu", help="benchmarks, comma-separated")
    parser.add_argument("--mmlu", type=int, default=2000, help="MMLU rows (seeded sample)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--cache", type=Path, default=None, help="cache file (JSON lines)")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--part", default="0/1", help="K/N: every N-th row from K")
    args = parser.parse_args()

    cache = args.cache or default_cache_path()
    surprise = PromptSurprise(threads=args.threads, cache_path=cache)
    benchmarks = lobo.load_benchmarks()
    for name in args.only.split(","):
        data = benchmarks[name]
        k, n = (int(v) for v in args.part.split("/"))
        count = args.mmlu if name == "mmlu" else len(data)
        data = data.subset(lobo.sample_rows(len(data), count, args.seed)[k::n])
        start, fresh = time.perf_counter(), 0
        for i, text in enumerate(data.prompts, 1):
            before = len(surprise._cached())
            surprise.nll(text)
            fresh += len(surprise._cached()) - before
            if i % 50 == 0 or i == len(data):
                spent = time.perf_counter() - start
                print(f"{name}: {i}/{len(data)}, {fresh} computed, {spent:.0f} s", flush=True)
    print(f"cache: {cache}")


if __name__ == "__main__":
    main()
