"""rung's own request log joined with its feedback, as a replay dataset.

The outcome of model m on a prompt is the mean feedback value of the requests with that
prompt that m answered (`answered_by`); its cost is the mean logged cost of those requests. A
live log holds one model's outcome per request; a prompt gets outcomes for two models when it
was sent more than once and answered by each (an A/B test, a retry, a shadow run with
feedback). Only prompts with an outcome for both models are kept, unless `fill` gives an
assumed outcome for a model that has none (e.g. `{"hosted": 1.0}`: assume the strong model
would have been right), a modelling assumption that the dataset's name then states with the
number of outcomes assumed. Prompts left out are counted in `excluded`.

The log stores no prompt text unless the config says `log: {prompts: true}` (it is
private by default). The text of each request comes from
`prompts`: a mapping of request id to text, or a JSONL file of `{"request_id", "prompt"}`
lines that the client kept beside the `x-request-id` it was answered with; a shadow request's
text is its parent's. A log with a `prompt` column in `requests` needs neither.
"""

from __future__ import annotations

import json
import statistics
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from rung.datasets.replay import ReplayDataset
from rung.telemetry.logstore import LogConnection, Target, describe, is_url, open_reader

ROWS = """
SELECT r.id, r.route, r.answered_by, r.cost, r.parent_id, r.time, AVG(f.value) AS score
FROM requests r JOIN feedback f ON f.request_id = r.id {name_filter}
WHERE r.status < 400 AND r.answered_by IS NOT NULL AND r.answered_by != 'cache' AND r.time >= ?
GROUP BY r.id ORDER BY r.time
"""


@dataclass(slots=True)
class Observed:
    """What the log says of one prompt: per model, the feedback scores and costs."""

    route: str
    scores: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    costs: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))


def read_prompts(source: Mapping[str, str] | Path | str) -> dict[str, str]:
    """Request id -> prompt text, from a mapping or a JSONL file."""
    if isinstance(source, Mapping):
        return dict(source)
    prompts: dict[str, str] = {}
    for number, line in enumerate(Path(source).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        item = json.loads(line)
        if not isinstance(item, dict) or "request_id" not in item or "prompt" not in item:
            raise ValueError(f"{source}:{number}: a line must be {{request_id, prompt}}")
        prompts[str(item["request_id"])] = str(item["prompt"])
    return prompts


def _logged_prompts(db: LogConnection) -> dict[str, str]:
    rows = db.execute("SELECT id, prompt FROM requests WHERE prompt IS NOT NULL").fetchall()
    if not rows:
        raise ValueError(
            "this request log holds no prompt text: set `log: {prompts: true}` in the gateway's "
            "config, or pass `prompts` (request id -> text, or a JSONL file of "
            "{request_id, prompt} lines kept by the client)"
        )
    return {str(i): str(p) for i, p in rows}


def observe(
    path: Target,
    prompts: Mapping[str, str] | Path | str | None = None,
    *,
    route: str | None = None,
    feedback: str | None = None,
    since: float = 0.0,
) -> dict[str, Observed]:
    """Prompt text -> what each model's answers to it were scored and cost."""
    db = open_reader(path)  # a SQLite file or a PostgreSQL database
    try:
        texts = read_prompts(prompts) if prompts is not None else _logged_prompts(db)
        name_filter = "AND f.name = ?" if feedback is not None else ""
        args = (feedback, since) if feedback is not None else (since,)
        rows = db.execute(ROWS.format(name_filter=name_filter), args).fetchall()
    finally:
        db.close()
    seen: dict[str, Observed] = {}
    for row in rows:
        if route is not None and row["route"] != route:
            continue
        text = texts.get(row["id"]) or texts.get(row["parent_id"] or "")
        if text is None:
            continue
        item = seen.setdefault(text, Observed(row["route"] or ""))
        item.scores[row["answered_by"]].append(float(row["score"]))
        item.costs[row["answered_by"]].append(float(row["cost"] or 0.0))
    return seen


def _pair(seen: dict[str, Observed]) -> tuple[str, str]:
    """The two models that answered the most prompts, the cheaper first."""
    counts: dict[str, int] = defaultdict(int)
    costs: dict[str, list[float]] = defaultdict(list)
    for item in seen.values():
        for model, values in item.costs.items():
            counts[model] += 1
            costs[model].extend(values)
    top = sorted(counts, key=lambda m: (-counts[m], m))[:2]
    if len(top) < 2:
        raise ValueError(f"the log has feedback on answers of {len(top)} model(s); need two")
    a, b = sorted(top, key=lambda m: (statistics.fmean(costs[m]), m))
    return a, b


def read_request_log(
    path: Target,
    prompts: Mapping[str, str] | Path | str | None = None,
    *,
    route: str | None = None,
    feedback: str | None = None,
    models: tuple[str, str] | None = None,
    fill: Mapping[str, float] | None = None,
    since: float = 0.0,
) -> ReplayDataset:
    """The log's prompts with feedback, as a ReplayDataset over two models (weak, strong)."""
    seen = observe(path, prompts, route=route, feedback=feedback, since=since)
    weak, strong = models or _pair(seen)
    fill = dict(fill or {})
    mean_cost = _mean_costs(seen, (weak, strong))
    data = ReplayDataset(
        name=f"log:{describe(path) if is_url(path) else Path(path).name}"
        + (f":{route}" if route else ""),
        prompts=[],
        outcomes={weak: [], strong: []},
        costs={weak: [], strong: []},
        cost_source="measured",
        default_pair=(weak, strong),
    )
    assumed = 0
    for text, item in seen.items():
        known = {m: item.scores[m] for m in (weak, strong) if item.scores.get(m)}
        if any(m not in known and m not in fill for m in (weak, strong)):
            data.excluded += 1
            continue
        assumed += 2 - len(known)
        data.prompts.append(text)
        data.groups.append(item.route)
        for model in (weak, strong):
            values = known.get(model)
            data.outcomes[model].append(statistics.fmean(values) if values else fill[model])
            observed = item.costs.get(model)
            data.costs[model].append(statistics.fmean(observed) if observed else mean_cost[model])
    if assumed:
        data.name += f" ({assumed} outcomes assumed by `fill`)"
    return data


def _mean_costs(seen: dict[str, Observed], models: tuple[str, str]) -> dict[str, float]:
    out = {}
    for model in models:
        values = [c for item in seen.values() for c in item.costs.get(model, [])]
        out[model] = statistics.fmean(values) if values else 0.0
    return out
