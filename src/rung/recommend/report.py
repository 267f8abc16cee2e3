"""Every route's recommendation, from the log and (when given) the config it was served by."""

from __future__ import annotations

import statistics
from typing import Any

from rung.config import Config
from rung.evals.ab_report import ab_report
from rung.recommend.advice import (
    MARGIN,
    RULE,
    Recommendation,
    advise_ab,
    advise_cascade,
    advise_fixed,
    confirm_yaml,
)
from rung.recommend.evidence import RouteEvidence, read_evidence
from rung.recommend.learned import replay_router
from rung.telemetry.logstore import Target

PROPOSED_SAVINGS = {"cascade": "savings", "move_down": "down_savings", "cascade_up": "savings"}


def grader_of(spec: Any) -> list[Any]:
    """The grader a route's `observe:` used, as a cascade's `verify` list."""
    settings = getattr(spec, "observe", None)
    if settings is None:
        return []
    return list(settings.verify) or [{"judge": {"model": settings.judge}}]


def learned_on_top(ev: RouteEvidence, first: Recommendation) -> Recommendation | None:
    """A learned router, when its replay on the route's observations beats both today's
    pattern and the one proposed by more than RULE of today's cost."""
    figures = first.evidence.get("figures")
    if figures is None:
        return None
    down = first.evidence["direction"] == "down"
    target = (
        figures["route_pass"]["value"]
        if down
        else (figures["route_pass"]["value"] + figures["gain"]["value"] - MARGIN)
    )
    replay = replay_router(ev.pairs, down, target)
    if replay is None:
        return None
    now = ev.mean_cost_observed()
    saving = 1 - replay["cost"] / now
    key = PROPOSED_SAVINGS.get(first.action)
    proposed = figures[key]["value"] if key else 0.0
    proposed = max(proposed, 0.0) if down else proposed
    evidence = {**replay, "savings": saving, "proposed_savings": proposed, "target": target}
    if saving < proposed + RULE:
        first.evidence["learned_replay"] = evidence
        return None
    cheap, dear = (ev.shadow, ev.model) if down else (ev.model, ev.shadow)
    learned = {
        "pattern": "learned",
        "router": f"routers/{ev.route}.npz",
        "weak": cheap,
        "strong": dear,
    }
    text = (
        f"a learned router: replayed out of fold on {replay['prompts']} observed prompts, it "
        f"reaches a pass rate of {replay['quality']:.0%} sending {replay['share']:.0%} to "
        f"{dear}, saving {saving:.0%} of today's cost against {proposed:.0%} for "
        f"'{first.action}'; train it with `rung routers train tfidf --data log:<the log> "
        f"--share {replay['share']:.2f} -o routers/{ev.route}.npz`, then confirm live"
    )
    today = {"pattern": "fixed", "model": ev.model}
    return Recommendation(
        ev.route, "learned", text, evidence, confirm_yaml(ev.route, today, learned, "learned")
    )


def _advise(name: str, ev: RouteEvidence, spec: Any, ab: dict[str, Any]) -> list[Recommendation]:
    pattern = getattr(spec, "pattern", None) or ev.pattern
    if pattern == "fixed":
        first = advise_fixed(ev, grader_of(spec))
        extra = learned_on_top(ev, first)
        return [first] if extra is None else [first, extra]
    if pattern == "cascade":
        tiers = list(getattr(spec, "tiers", []) or [])
        verify = list(getattr(spec, "verify", []) or [])
        return [advise_cascade(ev, tiers, verify, grader_of(spec) or None)]
    if pattern == "ab":
        variants = {k: v.model_dump() for k, v in getattr(spec, "variants", {}).items()}
        return [advise_ab(name, ab.get(name, {}), variants)]
    cost = statistics.fmean(ev.costs) if ev.costs else 0.0
    text = f"no rule for pattern {pattern!r} yet: {ev.requests} requests, ${cost:.6f} each"
    return [Recommendation(name, "no_rule", text, {"requests": ev.requests})]


def recommend(
    path: Target,
    since_seconds: float,
    config: Config | None = None,
    route: str | None = None,
    now: float | None = None,
) -> list[Recommendation]:
    """Each route's recommendations (routes in name order), from the log at `path`."""
    evidence = read_evidence(path, since_seconds, now)
    ab = ab_report(path, since_seconds)["routes"]
    routes = config.routes if config is not None else {}
    out: list[Recommendation] = []
    for name, ev in sorted(evidence.items()):
        if route is None or name == route:
            out.extend(_advise(name, ev, routes.get(name), ab))
    return out


def format_recommendations(items: list[Recommendation]) -> str:
    if not items:
        return "no requests in the window: nothing to recommend"
    lines: list[str] = []
    for item in items:
        lines.append(f"{item.route}: {item.action}")
        lines.append(f"  {item.summary}")
        if item.yaml:
            lines.append("  config to paste:")
            lines.extend(f"    {line}" for line in item.yaml.rstrip().splitlines())
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
