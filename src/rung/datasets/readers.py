"""Readers for the replay datasets rung ships as package data (``rung/data``: in a checkout,
links to the repository's ``data/``; found with importlib.resources, see `packaged_data_dir`).

- RouteLLM (lm-sys/RouteLLM ``routellm/evals``): MMLU (57 CSVs) and GSM8K, Mixtral-8x7B vs
  GPT-4-1106, with the prompts RouteLLM marks as contaminated excluded as RouteLLM does
  (exact match on ``eval_prompt``). These files carry no token counts or prices; the readers
  attach an *estimated* cost per query from the two models' list prices and a length-based
  token estimate (``cost_source="estimated"``).
- RouterBench (``mbpp_train.csv``): 11 models, 0/1 correctness, answer text and the measured
  cost of each query in USD (``cost_source="measured"``).
- HumanEval (``humaneval/outcomes.jsonl``): text-davinci-003 vs gpt-4, 0/1 correctness from
  Reflexion's published logs (data/humaneval/README.md); no answers, no costs.

rung's own request log joined with its feedback is read by ``rung.datasets.logs``
(``log:PATH`` here).
"""

from __future__ import annotations

import ast
import csv
import json
import math
import sys
from pathlib import Path

from rung.datasets.replay import ReplayDataset

ROUTELLM_WEAK = "mistralai/Mixtral-8x7B-Instruct-v0.1"
ROUTELLM_STRONG = "gpt-4-1106-preview"
ROUTERBENCH_WEAK = "mistralai/mixtral-8x7b-chat"
ROUTERBENCH_STRONG = "gpt-4-1106-preview"
HUMANEVAL_WEAK = "text-davinci-003"
HUMANEVAL_STRONG = "gpt-4"

# USD per million tokens (input, output): the list prices the data README names.
LIST_PRICES: dict[str, tuple[float, float]] = {
    ROUTELLM_WEAK: (0.24, 0.24),
    ROUTELLM_STRONG: (10.0, 30.0),
}
CHARS_PER_TOKEN = 4.0
MMLU_ANSWER_TOKENS = 2.0


def _open_csv(path: Path) -> list[dict[str, str]]:
    csv.field_size_limit(sys.maxsize)
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _truth(value: str) -> float:
    """A correctness cell as a number; an empty cell is a missing label (NaN), never "wrong"."""
    text = value.strip().lower()
    if text in ("true", "1", "1.0"):
        return 1.0
    if text in ("false", "0", "0.0"):
        return 0.0
    if text in ("", "nan", "none", "null"):
        return math.nan
    return float(text)


def contaminated_prompts(path: Path) -> set[str]:
    """The ``eval_prompt`` of every line of a RouteLLM ``contaminated_prompts.jsonl``."""
    if not path.exists():
        return set()
    lines = path.read_text(encoding="utf-8").splitlines()
    return {json.loads(line)["eval_prompt"] for line in lines if line.strip()}


def estimated_cost(model: str, prompt: str, answer_tokens: float) -> float:
    """USD for one call, from list prices and ~4 characters per token."""
    price_in, price_out = LIST_PRICES[model]
    tokens_in = len(prompt) / CHARS_PER_TOKEN
    return (tokens_in * price_in + answer_tokens * price_out) / 1e6


def read_routellm_mmlu(root: Path, *, decontaminate: bool = True) -> ReplayDataset:
    """MMLU from ``root/mmlu/mmlu_*.csv`` (57 subjects, 14,042 rows before exclusion)."""
    files = sorted((root / "mmlu").glob("mmlu_*.csv"))
    if not files:
        raise FileNotFoundError(f"no mmlu_*.csv under {root / 'mmlu'}")
    rows: list[tuple[str, dict[str, str]]] = []
    for path in files:
        subject = path.stem.removeprefix("mmlu_")
        rows.extend((subject, row) for row in _open_csv(path))
    bad = contaminated_prompts(root / "mmlu" / "contaminated_prompts.jsonl")
    kept = [(g, r) for g, r in rows if not (decontaminate and r["prompt"] in bad)]
    models = (ROUTELLM_WEAK, ROUTELLM_STRONG)
    prompts = [r["prompt"] for _, r in kept]
    return ReplayDataset(
        name="mmlu",
        prompts=prompts,
        outcomes={m: [_truth(r[m]) for _, r in kept] for m in models},
        costs={m: [estimated_cost(m, p, MMLU_ANSWER_TOKENS) for p in prompts] for m in models},
        groups=[g for g, _ in kept],
        cost_source="estimated",
        default_pair=models,
        excluded=len(rows) - len(kept),
    )


def read_routellm_gsm8k(root: Path, *, decontaminate: bool = True) -> ReplayDataset:
    """GSM8K from ``root/gsm8k/gsm8k_responses.csv`` (1,319 rows before exclusion)."""
    rows = _open_csv(root / "gsm8k" / "gsm8k_responses.csv")
    bad = contaminated_prompts(root / "gsm8k" / "contaminated_prompts.jsonl")
    kept = [r for r in rows if not (decontaminate and r["prompt"] in bad)]
    models = (ROUTELLM_WEAK, ROUTELLM_STRONG)
    answers = {m: [r[f"{m}_response"] for r in kept] for m in models}
    costs = {
        m: [
            estimated_cost(m, r["prompt"], len(a) / CHARS_PER_TOKEN)
            for r, a in zip(kept, answers[m], strict=True)
        ]
        for m in models
    }
    return ReplayDataset(
        name="gsm8k",
        prompts=[r["prompt"] for r in kept],
        outcomes={m: [_truth(r[m]) for r in kept] for m in models},
        answers=answers,
        costs=costs,
        cost_source="estimated",
        default_pair=models,
        excluded=len(rows) - len(kept),
    )


def _unwrap_prompt(text: str) -> str:
    """RouterBench stores some prompts as a printed Python list of strings."""
    if not text.startswith("["):
        return text
    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return text
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n".join(value)
    return text


def read_routerbench(path: Path, *, name: str | None = None) -> ReplayDataset:
    """A RouterBench CSV (e.g. ``mbpp_train.csv``): correctness, answer and cost per model."""
    rows = _open_csv(path)
    if not rows:
        raise ValueError(f"{path} has no rows")
    models = [c.removesuffix("|total_cost") for c in rows[0] if c.endswith("|total_cost")]
    return ReplayDataset(
        name=name or path.stem.removesuffix("_train"),
        prompts=[_unwrap_prompt(r["prompt"]) for r in rows],
        outcomes={m: [_truth(r[m]) for r in rows] for m in models},
        answers={m: [r.get(f"{m}|model_response", "") for r in rows] for m in models},
        costs={m: [float(r[f"{m}|total_cost"] or 0.0) for r in rows] for m in models},
        groups=[r.get("eval_name", "") for r in rows],
        cost_source="measured",
        default_pair=(ROUTERBENCH_WEAK, ROUTERBENCH_STRONG),
    )


def read_humaneval(path: Path) -> ReplayDataset:
    """HumanEval's 164 prompts with each model's 0/1 outcome (``humaneval/outcomes.jsonl``)."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    if not rows:
        raise ValueError(f"{path} has no rows")
    models = [k for k in rows[0] if k not in ("task_id", "prompt")]
    return ReplayDataset(
        name="humaneval",
        prompts=[str(r["prompt"]) for r in rows],
        outcomes={m: [float(r[m]) for r in rows] for m in models},
        default_pair=(HUMANEVAL_WEAK, HUMANEVAL_STRONG),
    )


DATASETS = {
    "mmlu": lambda d: read_routellm_mmlu(d / "routellm"),
    "gsm8k": lambda d: read_routellm_gsm8k(d / "routellm"),
    "mbpp": lambda d: read_routerbench(d / "routerbench" / "mbpp_train.csv", name="mbpp"),
    "humaneval": lambda d: read_humaneval(d / "humaneval" / "outcomes.jsonl"),
}


DATA_HINT = (
    "the replay data ships inside the rung wheel (rung/data) and in the repository's data/ "
    "directory; --data-dir names another copy (sources: data/routellm/README.md, lm-sys/RouteLLM "
    "routellm/evals; data/routerbench/README.md, RouterBench as published by RouterDC)"
)


def packaged_data_dir() -> Path:
    """The replay data inside the installed package: ``rung/data`` (``routellm``, ``routerbench``,
    ``mbpp``, ``humaneval``); in a checkout, links to the repository's ``data/``."""
    from importlib.resources import files

    return Path(str(files("rung") / "data"))


def load_dataset(name: str, data_dir: Path | None = None) -> ReplayDataset:
    """A dataset by name (``mmlu``, ``gsm8k``, ``mbpp``, ``humaneval``), by path to a RouterBench
    CSV, or ``log:PATH`` for rung's own request log (with `log: {prompts: true}`) and its
    feedback.
    Named datasets are read from ``data_dir``, by default the data shipped in the package."""
    if name.startswith("log:"):
        from rung.datasets.logs import read_request_log
        from rung.telemetry.logstore import target_of

        return read_request_log(target_of(name.removeprefix("log:")))
    if name in DATASETS:
        root = data_dir if data_dir is not None else packaged_data_dir()
        try:
            return DATASETS[name](root)
        except FileNotFoundError as exc:
            raise FileNotFoundError(
                f"dataset {name!r} not found under {root} ({exc}): {DATA_HINT}"
            ) from exc
    path = Path(name).expanduser()
    if path.suffix == ".csv" and path.is_file():
        return read_routerbench(path)
    known = f"use one of {', '.join(DATASETS)}, a RouterBench-style CSV file, or log:PATH"
    if path.suffix == ".csv" or "/" in name or path.exists():
        what = "is not a .csv file" if path.is_file() else "does not exist"
        raise FileNotFoundError(f"dataset file {str(path)!r} {what}: {known}")
    raise KeyError(f"unknown dataset {name!r}: {known}")
