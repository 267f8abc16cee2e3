"""A replay dataset: real queries with the real outcome of each model on each of them.

A router or cascade is replayed on it offline, with no model call: route query i to model m
and its quality is ``outcomes[m][i]`` (a 0/1 correctness label or a score in [0, 1]) and its
cost ``costs[m][i]`` when costs are known.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(slots=True)
class ReplayDataset:
    """Queries and, per model, the outcome (and optionally the answer text and cost) of each.

    ``outcomes[model][i]`` is in [0, 1]: a correctness label (0/1) or a normalised score.
    ``costs[model][i]`` is in USD when ``cost_source`` is "measured", an estimate from list
    prices when it is "estimated", and absent when ``costs`` is empty.
    """

    name: str
    prompts: list[str]
    outcomes: dict[str, list[float]]
    answers: dict[str, list[str]] = field(default_factory=dict)
    costs: dict[str, list[float]] = field(default_factory=dict)
    groups: list[str] = field(default_factory=list)
    cost_source: str = ""
    default_pair: tuple[str, str] = ("", "")
    excluded: int = 0

    def __post_init__(self) -> None:
        size = len(self.prompts)
        for kind, table in (("outcomes", self.outcomes), ("costs", self.costs)):
            for model, values in table.items():
                if len(values) != size:
                    raise ValueError(f"{kind}[{model!r}] has {len(values)} rows, not {size}")
        if self.groups and len(self.groups) != size:
            raise ValueError(f"groups has {len(self.groups)} rows, not {size}")

    def __len__(self) -> int:
        return len(self.prompts)

    @property
    def models(self) -> list[str]:
        return list(self.outcomes)

    @property
    def has_costs(self) -> bool:
        return bool(self.costs)

    def check_pair(self, weak: str, strong: str) -> None:
        for model in (weak, strong):
            if model not in self.outcomes:
                known = ", ".join(self.outcomes)
                raise KeyError(f"{self.name} has no model {model!r} (known: {known})")

    def quality(self, model: str) -> float:
        """Mean outcome of always calling ``model``."""
        values = self.outcomes[model]
        return sum(values) / len(values) if values else 0.0

    def labelled(self, weak: str, strong: str) -> tuple[ReplayDataset, int]:
        """The rows where both ``weak`` and ``strong`` have an outcome (an empty cell reads as
        NaN: a missing label, not a wrong answer), and how many rows were skipped."""
        self.check_pair(weak, strong)
        pairs = zip(self.outcomes[weak], self.outcomes[strong], strict=True)
        keep = [i for i, (w, s) in enumerate(pairs) if w == w and s == s]  # NaN != NaN
        if len(keep) == len(self):
            return self, 0
        return self.subset(keep), len(self) - len(keep)

    def strong_needed(self, weak: str, strong: str) -> list[int]:
        """The training label: 1 where the strong model does better than the weak one.

        With 0/1 correctness this is "strong is right and weak is wrong".
        """
        self.check_pair(weak, strong)
        pairs = zip(self.outcomes[weak], self.outcomes[strong], strict=True)
        return [1 if s > w else 0 for w, s in pairs]

    def subset(self, indices: Sequence[int], name: str | None = None) -> ReplayDataset:
        """The rows at ``indices``, in that order."""
        return ReplayDataset(
            name=name or self.name,
            prompts=[self.prompts[i] for i in indices],
            outcomes={m: [vals[i] for i in indices] for m, vals in self.outcomes.items()},
            answers={m: [vals[i] for i in indices] for m, vals in self.answers.items()},
            costs={m: [vals[i] for i in indices] for m, vals in self.costs.items()},
            groups=[self.groups[i] for i in indices] if self.groups else [],
            cost_source=self.cost_source,
            default_pair=self.default_pair,
        )

    def folds(self, k: int, seed: int = 0) -> list[list[int]]:
        """``k`` disjoint, shuffled index lists covering every row once."""
        if not 2 <= k <= len(self):
            raise ValueError(f"k must be between 2 and {len(self)}, got {k}")
        order = list(range(len(self)))
        random.Random(seed).shuffle(order)
        return [sorted(order[i::k]) for i in range(k)]
