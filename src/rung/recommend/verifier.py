"""Is a cascade's verifier too lax or too strict? Its verdicts against a judge's.

A cascade route observed with a judge (`observe: {judge: hosted, sample: 0.05}`, see
rung.patterns.observe) logs, for a sample of requests, the verifier's verdict on the first
tier's answer and the judge's grade of the same answer (rung.recommend.evidence.Judged). From n
such pairs, taking the judge as right:

- too lax: of the answers the verifier passed (kept at the first tier, served cheaply), the
  share the judge failed: bad answers that reach users;
- too strict: of the answers the verifier failed (escalated), the share the judge passed:
  money spent escalating good answers.

Each is a proportion with its Wilson interval (as the escalation rate). Too lax when the lower
bound reaches `RULE` (10%) of the kept answers; too strict when the lower bound reaches 10% of
the escalated ones *and* the cost of those escalations reaches 10% of today's cost (the seed's
rule: a change must gain more than 10%). Ruled out when the upper bound is under the bar; else
unclear. The cost effect is escalations avoided (or added) per request x the price difference
between an escalated request and a kept one, both from the log.
"""

from __future__ import annotations

import statistics
from typing import Any

from rung.recommend.evidence import Judged, RouteEvidence
from rung.recommend.figures import Estimate, wilson

RULE = 0.10  # the share of wrong verdicts, and of today's cost, that calls for a change
MIN_PAIRS = 30  # judged requests below which nothing is concluded (as the other rules)


def scaled(e: Estimate, factor: float) -> Estimate:
    return Estimate(e.value * factor, e.low * factor, e.high * factor)


def price_difference(ev: RouteEvidence) -> float | None:
    """What an escalated request costs more than one kept at the first tier, from the log."""
    if not ev.cost_kept or not ev.cost_escalated:
        return None
    return statistics.fmean(ev.cost_escalated) - statistics.fmean(ev.cost_kept)


def verifier_figures(ev: RouteEvidence) -> dict[str, Any]:
    """The counts and rates (with intervals) of the verifier against the judge, and the cost
    per request of the escalations each kind of wrong verdict adds or spends."""
    judged: list[Judged] = ev.judged
    n = len(judged)
    kept = [j for j in judged if j.verifier]
    failed = [j for j in judged if not j.verifier]
    lax_k = sum(not j.judge for j in kept)
    strict_k = sum(j.judge for j in failed)
    figures: dict[str, Any] = {
        "pairs": n,
        "verifier_passed": len(kept),
        "verifier_failed": len(failed),
        "passed_judge_failed": lax_k,
        "failed_judge_passed": strict_k,
        "lax": wilson(lax_k, len(kept)),  # of the kept answers, the judge failed
        "strict": wilson(strict_k, len(failed)),  # of the escalated answers, the judge passed
        "agreement": wilson(n - lax_k - strict_k, n),
        "judge_cost": statistics.fmean(j.grade_cost for j in judged) if judged else 0.0,
        "price_difference": price_difference(ev),
        "mean_cost": ev.mean_cost,
    }
    diff, now = figures["price_difference"], ev.mean_cost
    if diff is not None and diff > 0 and now > 0:
        figures["strict_savings"] = scaled(wilson(strict_k, n), diff / now)
        figures["lax_extra_cost"] = scaled(wilson(lax_k, n), diff / now)
    return figures


def state(e: Estimate, exact: bool) -> str:
    """'yes' when the estimate clears the bar, 'no' when it is ruled out, else 'unclear'."""
    low, high = (e.value, e.value) if exact else (e.low, e.high)
    return "yes" if low >= RULE else "no" if high < RULE else "unclear"


def axes(figures: dict[str, Any], exact: bool = False) -> dict[str, str]:
    """Too lax? too strict? each 'yes', 'no' or 'unclear' (see `state`); `exact` for a
    replay's known answer on all of its data (point values)."""
    lax = state(figures["lax"], exact) if figures["verifier_passed"] else "no"
    strict = state(figures["strict"], exact) if figures["verifier_failed"] else "no"
    savings = figures.get("strict_savings")
    if savings is not None and strict != "no":
        by_cost = state(savings, exact)
        strict = "no" if by_cost == "no" else strict if by_cost == "yes" else "unclear"
    return {"lax": lax, "strict": strict}


def verdict(figures: dict[str, Any], exact: bool = False) -> str:
    """too_thin, lax, strict, both (lax and strict: the verifier disagrees with the judge both
    ways), fits (neither), or unclear."""
    if figures["pairs"] < MIN_PAIRS and not exact:
        return "too_thin"
    said = axes(figures, exact)
    lax, strict = said["lax"], said["strict"]
    if lax == "yes" and strict == "yes":
        return "both"
    if lax == "yes" or strict == "yes":
        return "lax" if lax == "yes" else "strict"
    return "fits" if lax == strict == "no" else "unclear"


def plain(figures: dict[str, Any]) -> dict[str, Any]:
    """The figures as JSON (each estimate as value, low, high)."""
    return {
        k: {"value": v.value, "low": v.low, "high": v.high} if isinstance(v, Estimate) else v
        for k, v in figures.items()
    }


def describe(f: dict[str, Any]) -> str:
    """One sentence of the figures, for a recommendation's summary."""
    text = (
        f"of {f['pairs']} judged requests, the verifier passed {f['verifier_passed']} and the "
        f"judge failed {f['passed_judge_failed']} of those, {f['lax'].pct()}; the verifier "
        f"failed {f['verifier_failed']} and the judge passed {f['failed_judge_passed']} of "
        f"those, {f['strict'].pct()}"
    )
    if "strict_savings" in f:
        text += (
            f"; an escalation costs ${f['price_difference']:.6f} more than a kept answer, so the "
            f"good answers escalated cost {f['strict_savings'].pct()} of today's cost"
        )
    return text
