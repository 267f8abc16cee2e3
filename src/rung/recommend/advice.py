"""The rules of `rung recommend`, in the seed's order of graduation.

Per route, from its evidence (rung.recommend.evidence), one recommendation, each with the
figures behind it and, where a change is proposed, the YAML to paste:

- fixed, observed: move down a tier, a cascade (down or up), or stay, when the 95% interval
  supports it (savings of at least `RULE` = 10%, the seed's threshold; quality no worse than
  `MARGIN` below today's); "unclear" with the observations still needed otherwise; "too
  thin" under `MIN_N` observations. A learned router is proposed on top only when an offline
  replay on the route's own observations (rung.recommend.learned) beats both today's pattern
  and the proposed one by more than 10% of today's cost.
- cascade: its verifier is too lax or too strict against a judge (when observed, see
  rung.recommend.verifier), too lax by the feedback (the answers the first tier kept get lower
  feedback than the escalated ones), or its first tier rarely passes; else the cascade stands.
- ab: the arm to keep once `rung ab report` gives a verdict.
A change of pattern is proposed as an `ab` route (today's route against the new one), to
confirm it live before adopting it.
"""

from __future__ import annotations

import copy
import math
import statistics
from dataclasses import dataclass, field
from typing import Any

import yaml

from rung.recommend.evidence import RouteEvidence
from rung.recommend.figures import Estimate, mean_difference, pair_figures, wilson
from rung.recommend.verifier import (
    MIN_PAIRS,
    axes,
    describe,
    plain,
    verdict,
    verifier_figures,
)

MIN_N = 30  # observations (or requests) below which nothing is concluded
RULE = 0.10  # the seed's rule: a change must gain more than 10%
MARGIN = 0.02  # pass-rate points a cheaper pattern may lose and still count as no worse
RARE = 0.9  # a cascade escalating more often than this (lower bound) rarely keeps tier one


@dataclass(slots=True)
class Recommendation:
    route: str
    action: str  # stay, move_down, cascade, cascade_up, learned, verifier_lax,
    # verifier_strict, tier_rarely_passes, keep_arm, unclear, too_thin, no_evidence, no_rule
    summary: str
    evidence: dict[str, Any] = field(default_factory=dict)
    yaml: str | None = None


def route_yaml(route: str, spec: dict[str, Any]) -> str:
    return yaml.safe_dump({"routes": {route: spec}}, sort_keys=False, default_flow_style=None)


def confirm_yaml(route: str, today: dict[str, Any], proposed: dict[str, Any], name: str) -> str:
    """An `ab` route that sends half the traffic to the proposed route, to confirm it live."""
    variants = {"today": {"weight": 0.5, "route": today}, name: {"weight": 0.5, "route": proposed}}
    return route_yaml(route, {"pattern": "ab", "sticky": "user", "variants": variants})


def _fig(estimates: dict[str, Estimate]) -> dict[str, Any]:
    return {k: {"value": v.value, "low": v.low, "high": v.high} for k, v in estimates.items()}


def needed(n: int, estimate: Estimate, bar: float) -> int | None:
    """Observations after which the interval would likely clear `bar` (its half-width shrinks
    as 1/sqrt(n)); None when the estimate sits on the bar."""
    gap, half = abs(estimate.value - bar), (estimate.high - estimate.low) / 2
    if not math.isfinite(gap) or gap <= 1e-9 or not math.isfinite(half):
        return None
    return max(n + 1, math.ceil(n * (half / gap) ** 2))


def advise_fixed(ev: RouteEvidence, grader: list[Any], seed: int = 0) -> Recommendation:
    """A fixed route's recommendation from its observations."""
    n, model, shadow = len(ev.pairs), ev.model, ev.shadow or "?"
    if ev.shadow is None:
        text = (
            f"{ev.requests} requests, none observed: add `observe: {{shadow: <a cheaper "
            "model>, judge: <a strong model>, sample: 0.05}` to collect evidence"
        )
        return Recommendation(ev.route, "no_evidence", text, {"requests": ev.requests})
    if n < MIN_N:
        text = (
            f"too thin: {n} graded observations (of {ev.requests} requests); at least "
            f"{MIN_N} are needed before anything is concluded: keep observing, or raise "
            "`observe.sample`"
        )
        return Recommendation(ev.route, "too_thin", text, {"observations": n, "needed": MIN_N})
    down = statistics.fmean(p.shadow_cost for p in ev.pairs) <= ev.mean_cost_observed()
    if ev.mean_cost_observed() <= 0:
        text = f"{n} observations, but no cost is logged for {model!r}: set `prices` to compare"
        return Recommendation(ev.route, "unclear", text, {"observations": n})
    figures = pair_figures(ev.pairs, down, seed)
    base = {
        "observations": n,
        "shadow": shadow,
        "model": model,
        "direction": "down" if down else "up",
        "figures": _fig(figures),
        "requests": ev.requests,
    }
    return (_down if down else _up)(ev, figures, base, grader)


def choose(f: dict[str, Estimate], down: bool, exact: bool = False) -> str:
    """The action the figures support: from their 95% intervals, or (`exact`, for a replay's
    known answer on all of its data) from the point values alone. A down cascade's pass rate
    is never below today's (it keeps the dearer answer whenever the cheaper one fails)."""

    def low(e: Estimate) -> float:
        return e.value if exact else e.low

    def high(e: Estimate) -> float:
        return e.value if exact else e.high

    if down:
        if low(f["down_gain"]) >= -MARGIN and f["down_savings"].value >= RULE:
            return "move_down"
        if low(f["savings"]) >= RULE:
            return "cascade"
        could_move = f["down_savings"].value >= RULE and high(f["down_gain"]) >= -MARGIN
        return "stay" if exact or (high(f["savings"]) < RULE and not could_move) else "unclear"
    bar = up_bar(f)
    if low(f["gain"]) >= bar:
        return "cascade_up"
    return "stay" if exact or high(f["gain"]) < bar else "unclear"


def up_bar(f: dict[str, Estimate]) -> float:
    """The pass-rate gain a move up must show: 10% of today's pass rate."""
    return RULE * max(f["route_pass"].value, 1e-9)


def _feedback_note(ev: RouteEvidence) -> str:
    if not ev.feedback:
        return "no feedback was posted"
    return f"feedback {statistics.fmean(ev.feedback):.2f} on {len(ev.feedback)} requests"


def _down(
    ev: RouteEvidence, f: dict[str, Estimate], base: dict[str, Any], grader: list[Any]
) -> Recommendation:
    n, shadow, model = base["observations"], base["shadow"], base["model"]
    today, feedback = {"pattern": "fixed", "model": model}, _feedback_note(ev)
    passed = (
        f"{shadow} passed the grader on {f['shadow_pass'].pct()} of {n} sampled "
        f"requests ({model}: {f['route_pass'].pct()})"
    )
    action = choose(f, down=True)
    if action == "move_down":
        text = (
            f"move down a tier: {passed}; {shadow} alone would save "
            f"{f['down_savings'].pct()} at no measurable loss ({feedback})"
        )
        proposed = {"pattern": "fixed", "model": shadow}
        return Recommendation(
            ev.route, "move_down", text, base, confirm_yaml(ev.route, today, proposed, "down")
        )
    cascade = {"pattern": "cascade", "tiers": [shadow, model], "verify": grader}
    if action == "cascade":
        text = (
            f"a cascade [{shadow}, {model}] with the same grader: {passed}; it would save "
            f"an estimated {f['savings'].pct()} of today's cost, its pass rate changing by "
            f"{f['gain'].pct()} ({feedback})"
        )
        return Recommendation(
            ev.route, "cascade", text, base, confirm_yaml(ev.route, today, cascade, "cascade")
        )
    if action == "stay":
        text = (
            f"stay on fixed: {passed}; a cascade would save {f['savings'].pct()}, under the "
            f"{RULE:.0%} that would justify it"
        )
        return Recommendation(ev.route, "stay", text, base)
    more = needed(n, f["savings"], RULE)
    text = (
        f"unclear: {passed}; a cascade would save {f['savings'].pct()}, and the interval "
        f"spans the {RULE:.0%} bar"
        + (f"; about {more} observations would settle it" if more else "")
    )
    return Recommendation(ev.route, "unclear", text, {**base, "needed": more})


def _up(
    ev: RouteEvidence, f: dict[str, Estimate], base: dict[str, Any], grader: list[Any]
) -> Recommendation:
    n, shadow, model = base["observations"], base["shadow"], base["model"]
    today, feedback = {"pattern": "fixed", "model": model}, _feedback_note(ev)
    bar, action = up_bar(f), choose(f, down=False)
    passed = (
        f"{model} passed the grader on {f['route_pass'].pct()} of {n} sampled requests, "
        f"{shadow} on {f['shadow_pass'].pct()}"
    )
    if action == "cascade_up":
        cascade = {"pattern": "cascade", "tiers": [model, shadow], "verify": grader}
        text = (
            f"move up with a cascade [{model}, {shadow}]: {passed}; escalating the answers "
            f"that fail would raise the pass rate by {f['gain'].pct()} points, at "
            f"{-f['savings'].value:.0%} more cost ({feedback})"
        )
        return Recommendation(
            ev.route, "cascade_up", text, base, confirm_yaml(ev.route, today, cascade, "cascade")
        )
    if action == "stay":
        text = f"stay on fixed: {passed}; escalating would gain {f['gain'].pct()} points"
        return Recommendation(ev.route, "stay", text, base)
    more = needed(n, f["gain"], bar)
    text = f"unclear: {passed}; the gain {f['gain'].pct()} spans the bar of {bar:.0%}"
    return Recommendation(ev.route, "unclear", text, {**base, "needed": more})


def _feedback_split(ev: RouteEvidence) -> tuple[dict[str, Any], Estimate | None]:
    """Feedback on the answers the first tier kept against the escalated ones: the figures,
    and their difference with its interval when both sides have enough."""
    kept, climbed = ev.feedback_kept, ev.feedback_escalated
    out: dict[str, Any] = {
        "kept": {"mean": statistics.fmean(kept) if kept else None, "n": len(kept)},
        "escalated": {"mean": statistics.fmean(climbed) if climbed else None, "n": len(climbed)},
    }
    if min(len(kept), len(climbed)) < MIN_N // 2:
        return out, None
    diff = mean_difference(kept, climbed)
    out["kept_minus_escalated"] = _fig({"d": diff})["d"]
    return out, diff


def _feedback_lax(ev: RouteEvidence, diff: Estimate | None) -> str | None:
    """Why the feedback says the verifier is too lax, or None when it does not."""
    if diff is None:
        return None
    kept, climbed = statistics.fmean(ev.feedback_kept), statistics.fmean(ev.feedback_escalated)
    if diff.high < 0 and -diff.value >= RULE * abs(climbed):
        return (
            f"the answers the first tier kept get feedback {kept:.2f}, the escalated ones "
            f"{climbed:.2f} (difference {diff.value:+.2f}, 95% CI {diff.low:+.2f} to "
            f"{diff.high:+.2f})"
        )
    return None


def advise_cascade(
    ev: RouteEvidence, tiers: list[str], verify: list[Any], grader: list[Any] | None = None
) -> Recommendation:
    """A cascade's recommendation: its verifier against the judge (when observed) and the
    feedback, then how often it escalates. `grader` is its `observe:` grader as a verify list."""
    n = len(ev.escalated)
    if n < MIN_N:
        text = f"too thin: {n} requests; at least {MIN_N} are needed"
        evidence: dict[str, Any] = {"requests": n, "needed": MIN_N}
        if ev.judged:  # the figures so far, all the same
            evidence["verifier"] = {**plain(verifier_figures(ev)), "verdict": "too_thin"}
        return Recommendation(ev.route, "too_thin", text, evidence)
    rate = wilson(sum(ev.escalated), n)
    reasons = [{"reason": r, "count": c} for r, c in ev.reasons.most_common(5)]
    feedback, diff = _feedback_split(ev)
    base: dict[str, Any] = {
        "requests": n,
        "escalation": _fig({"rate": rate})["rate"],
        "reasons": reasons,
        "feedback": feedback,
    }
    if "kept_minus_escalated" in feedback:
        base["feedback_kept_minus_escalated"] = feedback["kept_minus_escalated"]
    check = judge_check(ev, tiers, verify, grader, base)
    by_feedback = _feedback_lax(ev, diff)
    if check is not None and check.action in ("verifier_lax", "verifier_strict"):
        if by_feedback and check.action == "verifier_lax":
            check.summary += f"; the feedback agrees: {by_feedback}"
        return check
    if by_feedback is not None:
        judge = grader or ([{"judge": {"model": tiers[-1]}}] if tiers else ["judge"])
        text = f"the verifier is too lax: {by_feedback}: add a stricter check"
        yaml_text = _cascade_ab(ev.route, tiers, verify, [*verify, *judge], "stricter")
        return Recommendation(ev.route, "verifier_lax", text, base, yaml_text)
    if rate.low > RARE and tiers:
        text = (
            f"the first tier rarely passes: {rate.pct()} of {n} requests escalate, so "
            f"nearly every request pays for both tiers: route them to {tiers[-1]} directly"
        )
        proposed = {"pattern": "fixed", "model": tiers[-1]}
        return Recommendation(
            ev.route, "tier_rarely_passes", text, base, route_yaml(ev.route, proposed)
        )
    if check is not None:
        return check
    text = f"the cascade stands: {rate.pct()} of {n} requests escalated"
    if not ev.judged:
        text += "; to check its verifier, add `observe: {judge: <a strong model>, sample: 0.05}`"
    return Recommendation(ev.route, "stay", text, base)


def _cascade_ab(route: str, tiers: list[str], verify: list[Any], new: list[Any], arm: str) -> str:
    today = {"pattern": "cascade", "tiers": list(tiers), "verify": copy.deepcopy(verify)}
    proposed = {**today, "tiers": list(tiers), "verify": copy.deepcopy(new)}
    return confirm_yaml(route, today, proposed, arm)  # copies: no YAML anchors


def judge_check(
    ev: RouteEvidence,
    tiers: list[str],
    verify: list[Any],
    grader: list[Any] | None,
    base: dict[str, Any],
) -> Recommendation | None:
    """The verifier against the judge, from the judged requests (None when there are none);
    its figures go into `base` either way."""
    if not ev.judged:
        return None
    f = verifier_figures(ev)
    said = verdict(f)
    base["verifier"] = {**plain(f), "verdict": said}
    if said != "too_thin":  # each question on its own: yes, no or unclear
        base["verifier"].update({f"too_{k}": v for k, v in axes(f).items()})
    judge = grader or ([{"judge": {"model": tiers[-1]}}] if tiers else ["judge"])
    figures = describe(f)
    if said == "too_thin":
        text = (
            f"the cascade stands on its escalation rate, but the verifier check is too thin: "
            f"{f['pairs']} judged requests (of {ev.requests}); at least {MIN_PAIRS} are needed: "
            "keep observing, or raise `observe.sample`"
        )
        return Recommendation(ev.route, "too_thin", text, {**base, "needed": MIN_PAIRS})
    if said in ("lax", "both"):
        new = judge if said == "both" else [*verify, *judge]
        extra = f.get("lax_extra_cost")
        cost = (
            f"; escalating the answers the judge fails would add {extra.pct()} to today's cost"
            if extra
            else ""
        ) + (f", plus the judge's ${f['judge_cost']:.6f} a call" if f["judge_cost"] else "")
        what = "replace the verifier with the judge (it is also too strict)" if said == "both" \
            else "add the judge (or a schema/tests check) to the verifier"  # fmt: skip
        text = f"the verifier is too lax: {figures}{cost}: {what}"
        yaml_text = _cascade_ab(ev.route, tiers, verify, new, "stricter")
        return Recommendation(ev.route, "verifier_lax", text, base, yaml_text)
    if said == "strict":
        saved = f.get("strict_savings")
        cost = f"; not escalating them would save {saved.pct()}" if saved else ""
        text = (
            f"the verifier is too strict: {figures}{cost}: loosen it, replace it with the "
            "judge (below), or use `draft_verify` with the judge"
        )
        yaml_text = _cascade_ab(ev.route, tiers, verify, judge, "looser")
        return Recommendation(ev.route, "verifier_strict", text, base, yaml_text)
    if said == "fits":
        return Recommendation(ev.route, "stay", f"the verifier fits the judge: {figures}", base)
    counts = [needed(f["pairs"], f[k], RULE) for k in ("lax", "strict")]
    more = max((c for c in counts if c is not None), default=None)
    text = f"unclear whether the verifier is too lax or too strict: {figures}" + (
        f"; about {more} judged requests would settle it" if more else ""
    )
    return Recommendation(ev.route, "unclear", text, {**base, "needed": more})


def advise_ab(route: str, report: dict[str, Any], variants: dict[str, Any]) -> Recommendation:
    """The arm to keep, from `rung ab report`'s comparison of the arms."""
    verdicts: dict[str, list[str]] = {}
    for d in report.get("differences", []):
        verdicts.setdefault(d["arm"], []).append(f"{d['figure']}: {d['verdict']}")
    base = {"baseline": report.get("baseline"), "verdicts": verdicts}
    for arm, said in verdicts.items():
        if arm.startswith("shadow:"):
            continue
        if any(v.endswith(": clears") for v in said) and not any(
            v.endswith(": worse") for v in said
        ):
            spec = variants.get(arm, {}).get("route") if variants else None
            text = f"keep arm {arm!r}: against {base['baseline']!r}, " + ", ".join(said)
            return Recommendation(
                route, "keep_arm", text, base, route_yaml(route, spec) if spec else None
            )
        if any(v.endswith(": worse") for v in said) and not any(
            v.endswith(": clears") for v in said
        ):
            spec = variants.get(str(base["baseline"]), {}).get("route") if variants else None
            text = f"keep arm {base['baseline']!r}: arm {arm!r} is " + ", ".join(said)
            return Recommendation(
                route, "keep_arm", text, base, route_yaml(route, spec) if spec else None
            )
    return Recommendation(route, "unclear", "the A/B test has not reached a verdict yet", base)
