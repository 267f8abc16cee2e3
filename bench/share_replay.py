"""Does a learned route keep its target share of strong calls on traffic unlike its training data?

A router is trained on one dataset (MMLU by default) and calibrated there to a target share of
strong calls (out of fold). Then other datasets' prompts (GSM8K, then MBPP by default) arrive
one after another, as live traffic would, and each is routed twice:

- ``fixed``: the calibrated threshold, as the file says (what rung did before);
- ``live``: a ``ShareTracker`` (rung.routers.share) with the route's defaults: the calibrated
  threshold for the warm-up, then a sliding-window quantile of the live scores.

It prints the share of strong calls per segment (and over all) for both, and the largest gap
to the target over any run of --block consecutive requests after the warm-up.

With --budget (USD per 1,000 requests) instead of a share, the router is calibrated to that
budget on its training data's costs (`rung routers train --budget`), and the live tracker is
given a ``Budget``: each replayed request is priced with the dataset's own cost for the model
that answered it (mixtral or gpt-4: the default pair), and the target share follows the costs
seen. It prints the spend per 1,000 requests per segment for fixed and live.

With --replicas, each replayed dataset is one replica's traffic (replica 1 gets GSM8K, replica
2 MBPP, ...), the replicas taking turns; each replica's tracker is routed twice: alone (its
own window, as without shared state) and linked to a real redis-server (started here, on a
free port; ``rung.routers.share_redis``) with one exchange every --every decisions. It prints
each replica's and the combined share after the warm-up, and the median gap between the
replicas' thresholds.

    python bench/share_replay.py [--router tfidf] [--train mmlu] [--replay gsm8k,mbpp]
                                 [--share 0.3 | --budget 3] [--seed 0]
                                 [--replicas --every 10]
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
from rung.routers.share import DEFAULT_WARMUP, DEFAULT_WINDOW, PROBE, Budget, ShareTracker
from rung.routers.train import train_router


def replay(
    scores: list[float], calibrated: float, share: float, window: int, warmup: int
) -> tuple[list[bool], list[bool]]:
    tracker = ShareTracker(share, calibrated, window=window, warmup=warmup)
    fixed = [s >= calibrated for s in scores]
    live = [tracker.decide(s)[0] for s in scores]
    return fixed, live


def replay_budget(
    scores: list[float], costs: list[tuple[float, float]], calibrated: float, args: Any
) -> tuple[list[float], list[float], list[bool]]:
    """Spend per request with the calibrated threshold and with the live budget tracker, and
    the live decisions; `costs` is (weak, strong) per request."""
    tracker = ShareTracker(
        PROBE, calibrated, window=args.window, warmup=args.warmup,
        budget=Budget(args.budget, args.window),
    )  # fmt: skip
    fixed = [c[1] if s >= calibrated else c[0] for s, c in zip(scores, costs, strict=True)]
    live, decisions = [], []
    for score, (weak, strong) in zip(scores, costs, strict=True):
        chosen, _ = tracker.decide(score)
        tracker.spent(chosen, strong if chosen else weak)
        live.append(strong if chosen else weak)
        decisions.append(chosen)
    return fixed, live, decisions


def print_budget(
    args: Any,
    segments: list[tuple[str, list[str]]],
    fixed: list[float],
    live: list[float],
    decisions: list[bool],
) -> list[dict[str, Any]]:
    print("| segment | n | budget per 1,000 | fixed: spend | live: spend | live: strong share |")
    rows: list[dict[str, Any]] = []
    at, parts = 0, []
    for name, prompts in segments:
        parts.append((name, slice(at, at + len(prompts))))
        at += len(prompts)
    parts.append((f"all after warm-up ({args.warmup})", slice(args.warmup, None)))
    for name, part in parts:
        n = len(fixed[part])
        row = {"segment": name, "n": n, "budget": args.budget,
               "fixed": 1000 * sum(fixed[part]) / n, "live": 1000 * sum(live[part]) / n,
               "live_share": sum(decisions[part]) / n}  # fmt: skip
        rows.append(row)
        print(f"| {name} | {n} | ${args.budget:.2f} | ${row['fixed']:.2f} | ${row['live']:.2f} "
              f"| {row['live_share']:.1%} |")  # fmt: skip
    return rows


class Redis:
    """A redis-server on a free port in a temporary directory, no persistence."""

    def __enter__(self) -> str:
        import socket
        import subprocess
        import tempfile

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        self.dir = tempfile.TemporaryDirectory()
        command = ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                   "--appendonly", "no", "--dir", self.dir.name]  # fmt: skip
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                return f"redis://127.0.0.1:{port}/0"
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def __exit__(self, *exc: object) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)
        self.dir.cleanup()


async def replay_replicas(
    parts: list[list[float]], names: list[str], calibrated: float, args: Any
) -> list[dict[str, Any]]:
    """Each part is one replica's traffic; the replicas take turns. Alone and on Redis."""
    from rung.routers.share_redis import SharedShares

    def tracker() -> ShareTracker:
        return ShareTracker(args.share, calibrated, window=args.window, warmup=args.warmup,
                            key="bench")  # fmt: skip

    alone = [tracker() for _ in parts]
    with Redis() as url:
        hubs = [SharedShares(url, every=args.every, seconds=3600.0) for _ in parts]
        linked = [tracker() for _ in parts]
        for hub, live in zip(hubs, linked, strict=True):
            hub.attach(live)
            await hub.start()
        decided: dict[str, list[list[bool]]] = {
            "alone": [[] for _ in parts],
            "redis": [[] for _ in parts],
        }
        gaps: dict[str, list[float]] = {"alone": [], "redis": []}
        spent = {"alone": 0.0, "redis": 0.0}  # seconds in `decide`, the request path's part
        for step in range(max(len(p) for p in parts)):
            for i, part in enumerate(parts):
                if step < len(part):
                    pair = [("alone", alone[i]), ("redis", linked[i])]
                    for mode, live in pair if step % 2 else pair[::-1]:  # each first in turn
                        started = time.perf_counter()
                        decided[mode][i].append(live.decide(part[step])[0])
                        spent[mode] += time.perf_counter() - started
                    await hubs[i].settle()
            if step >= args.warmup and all(step < len(p) for p in parts):
                for mode, trackers in (("alone", alone), ("redis", linked)):
                    values = [t.threshold() for t in trackers]
                    gaps[mode].append(max(values) - min(values))
        for hub in hubs:
            await hub.close()
    rows = []
    print(f"| mode | {' | '.join(names)} | combined | median threshold gap |")
    for mode in ("alone", "redis"):
        shares = [sum(d[args.warmup :]) / len(d[args.warmup :]) for d in decided[mode]]
        every = [x for d in decided[mode] for x in d[args.warmup :]]
        combined = sum(every) / len(every)
        gap = sorted(gaps[mode])[len(gaps[mode]) // 2]
        label = "own window" if mode == "alone" else f"Redis, every {args.every}"
        print(
            f"| {label} | {' | '.join(f'{s:.1%}' for s in shares)} | {combined:.1%} | {gap:.3f} |"
        )
        shared = dict(zip(names, shares, strict=True))
        rows.append({"mode": mode, "every": args.every, "shares": shared,
                     "combined": combined, "gap": gap})  # fmt: skip
    print(f"(after each replica's first {args.warmup} requests; target {args.share:.0%})")
    count = sum(len(p) for p in parts)
    alone_us, linked_us = (1e6 * spent[mode] / count for mode in ("alone", "redis"))
    print(f"decide() per request: {alone_us:.1f} µs alone, {linked_us:.1f} µs linked "
          "(the exchanges run on the event loop between requests)")  # fmt: skip
    return rows


def worst_block(decisions: list[bool], start: int, block: int, target: float) -> float:
    gaps = [
        abs(sum(decisions[i : i + block]) / block - target)
        for i in range(start, len(decisions) - block + 1, block)
    ]
    return max(gaps) if gaps else 0.0


def train_and_score(args: Any, segments: list[tuple[str, list[str]]]) -> tuple[float, list[float]]:
    embedder = Embedder(cache_dir=args.cache_dir or default_cache_dir())
    start = time.perf_counter()
    target = {"budget_per_1000": args.budget} if args.budget else {"share": args.share}
    trained = train_router(args.router, load_dataset(args.train), k=3, embedder=embedder, **target)
    aim = f"${args.budget} per 1,000" if args.budget else f"{args.share:.0%} strong"
    print(
        f"{args.router} trained on {args.train} in {time.perf_counter() - start:.0f}s: "
        f"threshold {trained.calibration.threshold:.4f} for {aim} "
        f"(out of fold {trained.calibration.strong_share:.1%} strong)"
    )
    scores = [s for _, prompts in segments for s in trained.router.score_many(prompts)]
    return trained.calibration.threshold, scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--router", default="tfidf")
    parser.add_argument("--train", default="mmlu")
    parser.add_argument("--replay", default="gsm8k,mbpp")
    parser.add_argument("--share", type=float, default=0.3)
    parser.add_argument("--budget", type=float, default=None, help="USD per 1,000 requests.")
    parser.add_argument("--window", type=int, default=DEFAULT_WINDOW)
    parser.add_argument("--warmup", type=int, default=DEFAULT_WARMUP)
    parser.add_argument("--block", type=int, default=100)
    parser.add_argument("--max-rows", type=int, default=0, help="Rows per segment (0: all).")
    parser.add_argument("--seed", type=int, default=0, help="Another order within segments.")
    parser.add_argument("--cache-dir", type=Path, default=None)
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--scores", type=Path, default=None, help="Keep/reuse scores here.")
    parser.add_argument("--replicas", action="store_true", help="A replica per dataset.")
    parser.add_argument("--every", type=int, default=10, help="Decisions between exchanges.")
    args = parser.parse_args()
    segments: list[tuple[str, list[str]]] = []
    costs: list[tuple[float, float]] = []  # (weak, strong) per replayed request
    for name in args.replay.split(","):
        data = load_dataset(name)
        order = list(range(len(data.prompts)))
        random.Random(0).shuffle(order)
        order = order[: args.max_rows] if args.max_rows else order
        segments.append((name, [data.prompts[i] for i in order]))
        if args.budget:
            weak, strong = (data.costs[m] for m in data.default_pair)
            costs += [(weak[i], strong[i]) for i in order]
    if args.scores and args.scores.exists():
        calibrated, scores = json.loads(args.scores.read_text())
    else:
        calibrated, scores = train_and_score(args, segments)
        if args.scores and not args.budget:  # a budget calibrates another threshold
            args.scores.write_text(json.dumps([calibrated, scores]))
    if args.seed:  # another arrival order within each segment
        at, rng = 0, random.Random(args.seed)
        for _, prompts in segments:
            part = scores[at : at + len(prompts)]
            order = list(range(len(part)))
            rng.shuffle(order)
            scores[at : at + len(prompts)] = [part[i] for i in order]
            if costs:
                costs[at : at + len(prompts)] = [costs[at + i] for i in order]
            at += len(prompts)
    if args.replicas:
        import asyncio

        parts, at = [], 0
        for _, prompts in segments:
            parts.append(scores[at : at + len(prompts)])
            at += len(prompts)
        rows = asyncio.run(replay_replicas(parts, [n for n, _ in segments], calibrated, args))
        if args.json:
            args.json.write_text(json.dumps({"rows": rows}, indent=1))
        return
    if args.budget:
        spent = replay_budget(scores, costs, calibrated, args)
        rows = print_budget(args, segments, *spent)
        if args.json:
            args.json.write_text(json.dumps({"rows": rows}, indent=1))
        return
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
