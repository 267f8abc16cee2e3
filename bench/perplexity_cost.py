"""What one forward pass of ``PromptSurprise`` costs (no cache): p50 wall and CPU time on a
short MBPP prompt and a 1,000-token prompt (MMLU text), for the default tail of 128 tokens
and for the whole prompt; ``--batch-threads 2`` shows llama.cpp's old default.

    PYTHONPATH=src python bench/perplexity_cost.py
    PYTHONPATH=src python bench/perplexity_cost.py --batch-threads 2 --short-only
"""

from __future__ import annotations

import argparse
import statistics
import time

from rung.evals import lobo
from rung.routers.perplexity import PromptSurprise


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch-threads", type=int, default=1)
    parser.add_argument("--short-only", action="store_true")
    args = parser.parse_args()
    sets = lobo.load_benchmarks(["mbpp", "mmlu"])
    short = sets["mbpp"].prompts[0]
    text = " ".join(sets["mmlu"].prompts[:60])
    for limit in (128,) if args.short_only else (128, 1024):
        surprise = PromptSurprise(max_tokens=limit, batch_threads=args.batch_threads)
        llm = surprise._load()
        tokens = llm.tokenize(text.encode("utf-8"), add_bos=True)[:1000]
        long = llm.detokenize(tokens[1:]).decode("utf-8", "ignore")
        surprise.compute("warm up")
        cases = [("short", short, 21)]
        if not args.short_only:
            cases.append(("1000-token", long, 5 if limit > 128 else 11))
        for name, prompt, repeats in cases:
            size = len(llm.tokenize(prompt.encode("utf-8"), add_bos=True))
            wall, cpu = [], []
            for _ in range(repeats):
                started, used = time.perf_counter(), time.process_time()
                surprise.compute(prompt)
                wall.append(time.perf_counter() - started)
                cpu.append(time.process_time() - used)
            print(
                f"max_tokens={limit} batch_threads={args.batch_threads} {name} prompt "
                f"({size} tokens, {min(size, limit)} evaluated): "
                f"p50 wall {1000 * statistics.median(wall):.0f} ms, "
                f"p50 CPU {1000 * statistics.median(cpu):.0f} ms, n={repeats}"
            )


if __name__ == "__main__":
    main()
