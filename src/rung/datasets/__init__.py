"""Replay datasets: real queries with each model's real outcome, for offline routing evals."""

from rung.datasets.logs import read_request_log
from rung.datasets.readers import (
    DATASETS,
    contaminated_prompts,
    load_dataset,
    read_humaneval,
    read_routellm_gsm8k,
    read_routellm_mmlu,
    read_routerbench,
)
from rung.datasets.replay import ReplayDataset

__all__ = [
    "DATASETS",
    "ReplayDataset",
    "contaminated_prompts",
    "load_dataset",
    "read_humaneval",
    "read_request_log",
    "read_routellm_gsm8k",
    "read_routellm_mmlu",
    "read_routerbench",
]
