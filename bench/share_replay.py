"""Does a learned route keep its target share of strong calls on traffic unlike its training data?

A router is trained on one dataset (MMLU by default) and calibrated there to a target share of
strong calls (out of fold). Then other datasets' prompts (GSM8K, then MBPP by default) arrive
one after another, as live traffic would, and each is routed twice:

- ``fixed``: the calibrated threshold, as the file says (what rung did before);
- ``live``: a ``ShareTracker`` (rung.routers.share) with the route's defaults: the calibrated
  threshold for the warm-up, then a sliding-window quantile of the live scores.

It prints the share of strong calls per segment (and over all) for both, and the largest gap
to the target over any run of --block consecutive requests after the warm-up.

    python bench/share_replay.py [--router tfidf] [--train mmlu] [--replay gsm8k,mbpp]
                                 [--share 0.3] [--seed 0]
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path
from typing import Any

from rung.datasets import load_dataset
from rung.routers.embedder import Embedder, default_cache_dir
from rung.routers.share import DEFAULT_WARMUP, DEFAULT_WINDOW, ShareTracker
from rung.routers.train import train_router


def replay(
    scores: list[float], calibrated: float, share: float, window: int, warmup: int
) -> tuple[list[bool], list[bool]]:
    tracker = ShareTracker(share, calibrated, window=window, warmup=warmup)
    fixed = [s >= calibrated for s in scores]
    live = [tracker.decide(s)[0] for s in scores]
    return fixed, live


def worst_block(decisions: list[bool], start: int, block: int, target: float) -> float:
    gaps = [
        abs(sum(decisions[i : i + block]) / block - target)
        for i in range(start, len(decisions) - block + 1, block)
    ]
    return max(gaps) if gaps else 0.0


def train_and_score(args: Any, segments: list[tuple[str, list[str]]]) -> tuple[float, list[float]]:
    embedder = Embedder(cache_dir=args.cache_dir or default_cache_dir())
    start = time.perf_counter()
    trained = train_router(
        args.router, load_dataset(args.train), share=args.share, k=3, embedder=embedder
    )
    print(
        f"{args.router} trained on {args.train} in {time.perf_counter() - start:.0f}s: "
        f"threshold {trained.calibration.threshold:.4f} for {args.share:.0%} strong "
        f"(out of fold {trained.calibration.strong_share:.1%})"
    )
    scores = [s for _, prompts in segments for s in trained.router.score_many(prompts)]
    return trained.calibration.threshold, scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--router", default="tfidf")
    parser.add_argument("--train", default="mmlu")
    parser.add_argument("--replay", default="gsm8k,mbpp")
    parser.add_argument("--share", type=float, default=0.3)
    parser.add_argument("--window", type=int, default=DEFAULT_WINDOW)
    parser.add_argument("--warmup", type=int, default=DEFAULT_WARMUP)
    parser.add_argument("--block", type=int, default=100)
    parser.add_argument("--max-rows", type=int, default=0, help="Rows per segment (0: all).")
    parser.add_argument("--seed", type=int, default=0, help="Another order within segments.")
    parser.add_argument("--cache-dir", type=Path, default=None)
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--scores", type=Path, default=None, help="Keep/reuse scores here.")
    args = parser.parse_args()
    segments: list[tuple[str, list[str]]] = []
    for name in args.replay.split(","):
        prompts = list(load_dataset(name).prompts)
        random.Random(0).shuffle(prompts)
        segments.append((name, prompts[: args.max_rows] if args.max_rows else prompts))
    if args.scores and args.scores.exists():
        calibrated, scores = json.loads(args.scores.read_text())
    else:
        calibrated, scores = train_and_score(args, segments)
        if args.scores:
            args.scores.write_text(json.dumps([calibrated, scores]))
    if args.seed:  # another arrival order within each segment
        at, rng = 0, random.Random(args.seed)
        for _, prompts in segments:
            part = scores[at : at + len(prompts)]
            rng.shuffle(part)
            scores[at : at + len(prompts)] = part
            at += len(prompts)
    fixed, live = replay(scores, calibrated, args.share, args.window, args.warmup)
    rows: list[dict[str, Any]] = []
    print(f"| segment | n | target | fixed threshold | live share (window {args.window}) |")
    at = 0
    for name, prompts in segments:
        part = slice(at, at + len(prompts))
        rows.append(
            {"segment": name, "n": len(prompts), "target": args.share,
             "fixed": sum(fixed[part]) / len(prompts), "live": sum(live[part]) / len(prompts)}
        )  # fmt: skip
        at += len(prompts)
    after = slice(args.warmup, None)
    rows.append(
        {"segment": f"all after warm-up ({args.warmup})", "n": len(scores) - args.warmup,
         "target": args.share, "fixed": sum(fixed[after]) / len(fixed[after]),
         "live": sum(live[after]) / len(live[after])}
    )  # fmt: skip
    for row in rows:
        print(
            f"| {row['segment']} | {row['n']} | {row['target']:.1%} | {row['fixed']:.1%} "
            f"| {row['live']:.1%} |"
        )
    gap = worst_block(live, args.warmup, args.block, args.share)
    noise = (args.share * (1 - args.share) / args.block) ** 0.5
    print(
        f"largest gap to target over blocks of {args.block} after warm-up: {gap:.1%} "
        f"(a fair coin at the target: sd {noise:.1%} per block)"
    )
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "worst_block": gap}, indent=1))


if __name__ == "__main__":
    main()
