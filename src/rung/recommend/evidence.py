"""What the request log says about each route, as `rung recommend` reads it.

Per route (the client's requests only: `parent_id IS NULL`, answered without error):
- the pattern, request count, mean cost, mean feedback (each request's mean feedback value);
- observations (`observe:` rows, see rung.patterns.observe): per observed request, whether the
  route's answer and the shadow's passed the grader, the cost of each, and of the grading;
- for a cascade: whether each request escalated, its cost and feedback split by that (the
  answers the first tier kept, the escalated ones), the failure reasons of its verifiers,
  counted, and, when observed (`observe: {judge: ...}`), per sampled request the verifier's
  verdict on the first tier's answer beside the judge's.
"""

from __future__ import annotations

import statistics
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

import orjson

from rung.telemetry.logstore import Target, open_reader

PARENTS = """
SELECT r.id, r.route, r.pattern, r.cost, r.escalated, r.answered_by, r.prompt, r.decisions,
       (SELECT AVG(f.value) FROM feedback f WHERE f.request_id = r.id) AS score
FROM requests r
WHERE r.time >= ? AND r.parent_id IS NULL AND r.status < 400 AND r.route IS NOT NULL
ORDER BY r.time
"""
OBSERVED = """
SELECT r.parent_id, r.variant, r.decisions,
       (SELECT c.cost FROM calls c WHERE c.request_id = r.id AND c.seq = 0) AS shadow_cost,
       (SELECT COALESCE(SUM(c.cost), 0) FROM calls c WHERE c.request_id = r.id AND c.seq > 0)
           AS grade_cost
FROM requests r
WHERE r.time >= ? AND r.variant LIKE 'observe:%' AND r.status < 400
"""


@dataclass(slots=True)
class Pair:
    """One observed request: the route's answer and the shadow's, graded the same way."""

    primary: bool
    shadow: bool
    primary_cost: float
    shadow_cost: float
    grade_cost: float  # grading both answers
    prompt: str | None


@dataclass(slots=True)
class Judged:
    """One observed cascade request: the verifier's verdict on the first tier's answer and the
    judge's grade of the same answer."""

    verifier: bool
    judge: bool
    cost: float  # the request's cost
    grade_cost: float  # the judge's calls


@dataclass(slots=True)
class RouteEvidence:
    route: str
    pattern: str
    requests: int = 0
    costs: list[float] = field(default_factory=list)
    feedback: list[float] = field(default_factory=list)
    answered_by: Counter[str] = field(default_factory=Counter)
    shadow: str | None = None
    pairs: list[Pair] = field(default_factory=list)
    ungraded: int = 0  # observations without two verdicts (a grader or shadow failure)
    escalated: list[bool] = field(default_factory=list)
    feedback_kept: list[float] = field(default_factory=list)
    feedback_escalated: list[float] = field(default_factory=list)
    reasons: Counter[str] = field(default_factory=Counter)
    cost_kept: list[float] = field(default_factory=list)  # a cascade's, by escalation
    cost_escalated: list[float] = field(default_factory=list)
    judged: list[Judged] = field(default_factory=list)

    @property
    def mean_cost(self) -> float:
        return statistics.fmean(self.costs) if self.costs else 0.0

    def mean_cost_observed(self) -> float:
        """The route's mean cost per request over the observed requests."""
        return statistics.fmean(p.primary_cost for p in self.pairs) if self.pairs else 0.0

    @property
    def model(self) -> str:
        """The backend that answered most of the route's requests."""
        return self.answered_by.most_common(1)[0][0] if self.answered_by else ""


def _decisions(text: str | None) -> list[dict[str, str]]:
    return list(orjson.loads(text)) if text else []


def _verdicts(decisions: list[dict[str, str]]) -> dict[str, bool]:
    """`observe primary` / `observe shadow` outcomes, for the ones graded."""
    return {
        d["step"].split(" ", 1)[1]: d["outcome"] == "passed"
        for d in decisions
        if d.get("step", "").startswith("observe ") and d.get("outcome") in ("passed", "failed")
    }


def _add_parent(routes: dict[str, RouteEvidence], row: Any) -> None:
    route = routes.setdefault(row["route"], RouteEvidence(row["route"], row["pattern"] or ""))
    route.pattern = row["pattern"] or route.pattern  # the newest rows say what it is now
    route.requests += 1
    route.costs.append(row["cost"] or 0.0)
    if row["answered_by"]:
        route.answered_by[row["answered_by"]] += 1
    score = row["score"]
    if score is not None:
        route.feedback.append(score)
    if row["escalated"] is not None:
        route.escalated.append(bool(row["escalated"]))
        (route.cost_escalated if row["escalated"] else route.cost_kept).append(row["cost"] or 0.0)
        if score is not None:
            (route.feedback_escalated if row["escalated"] else route.feedback_kept).append(score)
    for d in _decisions(row["decisions"]):
        if d.get("code") == "verifier_failed":
            route.reasons[d.get("reason", "")[:120]] += 1


JUDGED_STEPS = ("observe verifier", "observe judge")  # a cascade's (rung.patterns.observe)


def _add_judged(route: RouteEvidence, verdicts: dict[str, bool], parent: Any, row: Any) -> None:
    if set(verdicts) != {"verifier", "judge"}:
        route.ungraded += 1
        return
    graded = (row["shadow_cost"] or 0.0) + (row["grade_cost"] or 0.0)  # every call is the judge's
    route.judged.append(
        Judged(verdicts["verifier"], verdicts["judge"], parent["cost"] or 0.0, graded)
    )


def read_evidence(
    path: Target, since_seconds: float, now: float | None = None
) -> dict[str, RouteEvidence]:
    """Each route's evidence from the log at `path`, over the last `since_seconds`."""
    since = (now if now is not None else time.time()) - since_seconds
    db = open_reader(path)  # a SQLite file or a PostgreSQL database
    try:
        parents = db.execute(PARENTS, (since,)).fetchall()
        observed = db.execute(OBSERVED, (since,)).fetchall()
    finally:
        db.close()
    routes: dict[str, RouteEvidence] = {}
    by_id: dict[str, Any] = {}
    for row in parents:
        _add_parent(routes, row)
        by_id[row["id"]] = row
    seen: dict[str, set[str]] = defaultdict(set)
    for row in observed:
        parent = by_id.get(row["parent_id"])
        if parent is None or row["parent_id"] in seen[parent["route"]]:
            continue
        seen[parent["route"]].add(row["parent_id"])
        route = routes[parent["route"]]
        decisions = _decisions(row["decisions"])
        verdicts = _verdicts(decisions)
        if any(d.get("step") in JUDGED_STEPS for d in decisions):
            _add_judged(route, verdicts, parent, row)
            continue
        route.shadow = row["variant"].split(":", 1)[1]
        if set(verdicts) != {"primary", "shadow"}:
            route.ungraded += 1
            continue
        route.pairs.append(
            Pair(
                verdicts["primary"],
                verdicts["shadow"],
                parent["cost"] or 0.0,
                row["shadow_cost"] or 0.0,
                row["grade_cost"] or 0.0,
                parent["prompt"],
            )
        )
    return routes
