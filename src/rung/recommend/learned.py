"""A learned router replayed on a route's own observations: would it beat the simpler patterns?

The observations give, per sampled request, whether the cheaper and the dearer model passed the
grader and what each cost; with the prompts logged (`log: {prompts: true}`), that is a replay
dataset. A TF-IDF router is scored out of fold (5 folds: no request is scored by a router that
saw it), and its replayed curve gives the cost of reaching today's pass rate. The router is
proposed only when that cost is below both today's and the proposed pattern's by more than
`RULE` of today's cost (the seed: a learned router only for a gain over 10%).
"""

from __future__ import annotations

from typing import Any

from rung.recommend.evidence import Pair

MIN_PROMPTS = 100  # observations with prompts below which no router is replayed


def replay_router(
    pairs: list[Pair], down: bool, target: float, k: int = 5
) -> dict[str, Any] | None:
    """The cheapest replayed cost (per request) at which a router reaches `target` pass rate,
    and the share it sends to the dearer model; None when the prompts are too few."""
    import numpy as np

    from rung.datasets.replay import ReplayDataset
    from rung.evals.routing_metrics import routing_curve
    from rung.routers.train import out_of_fold_scores

    rows = [p for p in pairs if p.prompt]
    if len(rows) < MIN_PROMPTS:
        return None
    cheap = [float(p.shadow if down else p.primary) for p in rows]
    dear = [float(p.primary if down else p.shadow) for p in rows]
    cheap_cost = [p.shadow_cost if down else p.primary_cost for p in rows]
    dear_cost = [p.primary_cost if down else p.shadow_cost for p in rows]
    data = ReplayDataset(
        "observations",
        [str(p.prompt) for p in rows],
        {"cheap": cheap, "dear": dear},
        costs={"cheap": cheap_cost, "dear": dear_cost},
        default_pair=("cheap", "dear"),
    )
    if len(set(cheap)) < 2 and len(set(dear)) < 2:
        return None
    scores = out_of_fold_scores("tfidf", data, "cheap", "dear", k)
    curve = routing_curve(scores, cheap, dear, cheap_cost, dear_cost)
    reached = np.flatnonzero(curve.quality >= target - 1e-12)
    if not len(reached) or curve.cost is None:
        return None
    best = int(reached[np.argmin(curve.cost[reached])])
    return {
        "prompts": len(rows),
        "cost": float(curve.cost[best]),
        "share": best / curve.size,
        "quality": float(curve.quality[best]),
    }
