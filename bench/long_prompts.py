"""Which part of a long prompt should an embedding router read? Measured on few-shot prompts.

MiniLM reads 256 tokens. Few-shot prompts start with hundreds of tokens of exemplars that are
the same for every question, so a router that reads only the head gives every prompt the same
score. This builds few-shot versions of the shipped replay data and compares the poolings of
``rung.routers.embedder`` (head, tail, head_tail, chunked) by 5-fold APGR:

- mmlu-5shot: per subject, its first 5 rows become the exemplars (removed from the test rows),
  prefixed to every other row of that subject as in MMLU's 5-shot format ("The following are
  multiple choice questions (with answers) about <subject>."). The shipped data has no answer
  key, so each exemplar's "Answer:" letter is a fixed placeholder (A..D in turn): the length
  and the shape of the prompt are what matter here. Up to --per-subject rows per subject.
- gsm8k-8shot: the first 8 rows with GPT-4's answer as exemplars, prefixed to all others.

The plain (zero-shot) prompts are the reference: a pooling that reads the question should come
close to it. Embeddings are cached (--cache-dir), so a second run embeds nothing.

    python bench/long_prompts.py [--per-subject 40] [--gsm8k-rows 1400]
                                 [--routers embedding,knn] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

from rung import routers
from rung.datasets import ReplayDataset, load_dataset
from rung.evals.routing_metrics import metrics, routing_curve
from rung.routers.embedded import EmbeddingRouter
from rung.routers.embedder import POOLINGS, Embedder, default_cache_dir

MMLU_SHOTS = 5
GSM8K_SHOTS = 8


def _rows(data: ReplayDataset, keep: list[int], prompts: list[str], name: str) -> ReplayDataset:
    part = data.subset(keep, name=name)
    part.prompts = prompts
    return part


def mmlu_few_shot(data: ReplayDataset, per_subject: int) -> tuple[ReplayDataset, ReplayDataset]:
    """(plain, 5-shot) versions of the same MMLU rows."""
    by_subject: dict[str, list[int]] = {}
    for i, subject in enumerate(data.groups):
        by_subject.setdefault(subject, []).append(i)
    keep, shots = [], []
    for subject, rows in sorted(by_subject.items()):
        title = subject.replace("_", " ")
        header = f"The following are multiple choice questions (with answers) about {title}.\n\n"
        exemplars = "".join(
            f"{data.prompts[i]} {'ABCD'[n % 4]}\n\n" for n, i in enumerate(rows[:MMLU_SHOTS])
        )
        for i in rows[MMLU_SHOTS : MMLU_SHOTS + per_subject]:
            keep.append(i)
            shots.append(header + exemplars + data.prompts[i])
    plain = _rows(data, keep, [data.prompts[i] for i in keep], "mmlu")
    return plain, _rows(data, keep, shots, "mmlu-5shot")


def gsm8k_few_shot(data: ReplayDataset, rows: int) -> tuple[ReplayDataset, ReplayDataset]:
    strong = data.default_pair[1]
    exemplars = "".join(
        f"Question: {data.prompts[i]}\nAnswer: {data.answers[strong][i]}\n\n"
        for i in range(GSM8K_SHOTS)
    )
    keep = list(range(GSM8K_SHOTS, min(len(data), GSM8K_SHOTS + rows)))
    plain = _rows(data, keep, [data.prompts[i] for i in keep], "gsm8k")
    shots = [f"{exemplars}Question: {data.prompts[i]}\nAnswer:" for i in keep]
    return plain, _rows(data, keep, shots, "gsm8k-8shot")


def kfold_apgr(name: str, data: ReplayDataset, embedder: Embedder, pooling: str) -> float:
    weak, strong = data.default_pair
    scores = [0.0] * len(data)
    for held in data.folds(5, 0):
        held_set = set(held)
        options: dict[str, Any] = {}
        if issubclass(routers.router_class(name), EmbeddingRouter):
            options = {"embedder": embedder, "pooling": pooling}
        router = routers.create(name, **options)
        router.fit(data.subset([i for i in range(len(data)) if i not in held_set]), weak, strong)
        for i, value in zip(held, router.score_many([data.prompts[i] for i in held]), strict=True):
            scores[i] = value
    curve = routing_curve(scores, data.outcomes[weak], data.outcomes[strong])
    return float(metrics(curve).apgr)


def token_lengths(data: ReplayDataset, embedder: Embedder) -> tuple[int, int]:
    tokenizer = embedder._load_encoder().tokenizer
    counts = sorted(len(tokenizer(p, add_special_tokens=False)["input_ids"]) for p in data.prompts)
    return counts[len(counts) // 2], counts[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--per-subject", type=int, default=40)
    parser.add_argument("--gsm8k-rows", type=int, default=1400)
    parser.add_argument("--routers", default="embedding,knn")
    parser.add_argument("--poolings", default=",".join(POOLINGS))
    parser.add_argument("--cache-dir", type=Path, default=None)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    embedder = Embedder(cache_dir=args.cache_dir or default_cache_dir())
    sets = [
        mmlu_few_shot(load_dataset("mmlu"), args.per_subject),
        gsm8k_few_shot(load_dataset("gsm8k"), args.gsm8k_rows),
    ]
    results: list[dict[str, Any]] = []
    names = args.routers.split(",")
    print(f"| data | tokens p50/max | router | {' | '.join(args.poolings.split(','))} |")
    for plain, shots in sets:
        for data in (plain, shots):
            p50, top = token_lengths(data, embedder)
            poolings = args.poolings.split(",") if data is shots else ["head"]
            for name in names:
                row: dict[str, Any] = {"data": data.name, "n": len(data), "router": name}
                for pooling in poolings:
                    start = time.perf_counter()
                    row[pooling] = round(kfold_apgr(name, data, embedder, pooling), 4)
                    row[f"{pooling}_seconds"] = round(time.perf_counter() - start, 1)
                results.append(row)
                cells = " | ".join(
                    f"{row[p]:.3f}" if p in row else "same" for p in args.poolings.split(",")
                )
                print(f"| {data.name} (n={len(data)}) | {p50}/{top} | {name} | {cells} |")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
