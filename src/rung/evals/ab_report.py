"""`rung ab report`: compare the arms of A/B routes from the request log.

Per route and arm (the log's `variant` column; shadow arms are `shadow:<name>`): requests,
errors, cost per request, latency p50/p95, escalation rate, and the feedback score (the mean
of each request's mean feedback value). Each other arm is compared with the baseline arm (the
first in name order, or `--baseline`) on four figures: cost per request, median latency,
escalation rate and feedback score. A difference is given relative to the baseline, with a
95% confidence interval from a seeded bootstrap (2,000 resamples of each arm), and a verdict:

    clears       the change is an improvement of at least the threshold (default 10%) and its
                 95% interval excludes no change
    worse        the change is a significant worsening of at least the threshold
    below        significant, but smaller than the threshold
    unclear      the interval includes no change
    too few      fewer than `min_n` values in an arm (30 by default): no verdict at all
    no data      an arm has no value at all (a `fixed` arm never escalates)

Lower is better for cost, latency and escalation; higher for the feedback score. A shadow arm
never gets feedback (the client never saw its answer), so its score is blank.
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from rung.telemetry.logstore import Target, is_url, log_target, open_reader, target_of

ROWS = """
SELECT r.route, r.variant, r.latency_ms, r.escalated, r.cost, r.status, r.parent_id,
       (SELECT AVG(f.value) FROM feedback f WHERE f.request_id = r.id) AS score
FROM requests r WHERE r.time >= ? AND r.variant IS NOT NULL AND r.variant NOT LIKE 'observe:%'
"""
EMPTY_NOTE = {"escalation": " (its pattern never escalates)", "feedback": " (none posted)"}
RESAMPLES = 2000
MIN_N = 30
# figure -> (column, statistic, higher is better)
FIGURES: dict[str, tuple[str, str, bool]] = {
    "cost": ("cost", "mean", False),
    "latency_p50": ("latency_ms", "median", False),
    "escalation": ("escalated", "mean", False),
    "feedback": ("score", "mean", True),
}


@dataclass(slots=True)
class ArmStats:
    requests: int
    errors: int
    cost_per_request: float
    p50_ms: float | None
    p95_ms: float | None
    escalation_rate: float | None
    escalation_n: int
    feedback_score: float | None
    feedback_n: int
    shadow: bool


@dataclass(slots=True)
class Difference:
    figure: str
    arm: str
    baseline: str
    baseline_value: float | None
    value: float | None
    relative: float | None
    low: float | None
    high: float | None
    n: tuple[int, int]
    verdict: str
    note: str


def percentile(values: Sequence[float], q: int) -> float | None:
    if not values:
        return None
    if len(values) == 1:
        return float(values[0])
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def arm_stats(rows: list[sqlite3.Row], variant: str) -> ArmStats:
    latencies = [r["latency_ms"] for r in rows if r["latency_ms"] is not None]
    escalated = [r["escalated"] for r in rows if r["escalated"] is not None]
    scores = [r["score"] for r in rows if r["score"] is not None]
    return ArmStats(
        requests=len(rows),
        errors=sum(r["status"] >= 400 for r in rows),
        cost_per_request=statistics.fmean(r["cost"] or 0.0 for r in rows) if rows else 0.0,
        p50_ms=percentile(latencies, 50),
        p95_ms=percentile(latencies, 95),
        escalation_rate=statistics.fmean(escalated) if escalated else None,
        escalation_n=len(escalated),
        feedback_score=statistics.fmean(scores) if scores else None,
        feedback_n=len(scores),
        shadow=variant.startswith("shadow:"),
    )


def bootstrap_relative(
    base: Sequence[float], other: Sequence[float], statistic: str, seed: int = 0
) -> tuple[float, float]:
    """The 95% interval of statistic(other) / statistic(base) - 1, resampling each arm."""
    import numpy as np

    rng = np.random.default_rng(seed)
    reduce: Callable[..., Any] = np.median if statistic == "median" else np.mean
    a, b = np.asarray(base, dtype="float64"), np.asarray(other, dtype="float64")
    ratios = []
    for start in range(0, RESAMPLES, 250):  # in blocks, to bound memory on a large log
        size = min(250, RESAMPLES - start)
        sa = reduce(a[rng.integers(0, len(a), (size, len(a)))], axis=1)
        sb = reduce(b[rng.integers(0, len(b), (size, len(b)))], axis=1)
        with np.errstate(divide="ignore", invalid="ignore"):
            ratios.append(sb / sa - 1.0)
    values = np.concatenate(ratios)
    values = values[np.isfinite(values)]
    if len(values) < RESAMPLES // 2:
        return float("nan"), float("nan")
    low, high = np.percentile(values, [2.5, 97.5])
    return float(low), float(high)


def verdict(relative: float, low: float, high: float, higher_better: bool, threshold: float) -> str:
    gain = relative if higher_better else -relative
    if low <= 0.0 <= high:
        return "unclear"
    if gain >= threshold:
        return "clears"
    if gain <= -threshold:
        return "worse"
    return "below"


def compare(
    figure: str,
    base: tuple[str, list[float]],
    other: tuple[str, list[float]],
    threshold: float,
    min_n: int,
) -> Difference:
    _, statistic, higher_better = FIGURES[figure]
    (base_name, a), (name, b) = base, other
    middle = statistics.median if statistic == "median" else statistics.fmean
    value_a = middle(a) if a else None
    value_b = middle(b) if b else None
    diff = Difference(figure, name, base_name, value_a, value_b, None, None, None,
                      (len(a), len(b)), "too few", "")  # fmt: skip
    empty = [arm for arm, values in ((base_name, a), (name, b)) if not values]
    if empty:
        diff.verdict = "no data"
        diff.note = f"no {figure} recorded for {' or '.join(empty)}" + EMPTY_NOTE.get(figure, "")
        return diff
    if len(a) < min_n or len(b) < min_n:
        diff.note = f"sample too small: n={len(a)} and {len(b)}; need at least {min_n} per arm"
        return diff
    assert value_a is not None and value_b is not None
    if value_a == 0:
        diff.verdict, diff.note = "undefined", "the baseline's value is 0: no relative difference"
        return diff
    diff.relative = value_b / value_a - 1.0
    diff.low, diff.high = bootstrap_relative(a, b, statistic)
    if diff.low != diff.low:  # NaN: the resamples' baseline was mostly 0
        diff.verdict, diff.note = "undefined", "the baseline is 0 in most resamples"
        return diff
    diff.verdict = verdict(diff.relative, diff.low, diff.high, higher_better, threshold)
    return diff


def values_of(rows: list[sqlite3.Row], figure: str) -> list[float]:
    column = FIGURES[figure][0]
    return [float(r[column]) for r in rows if r[column] is not None]


def route_report(
    rows: list[sqlite3.Row], threshold: float, min_n: int, baseline: str | None
) -> dict[str, Any]:
    by_arm: dict[str, list[sqlite3.Row]] = defaultdict(list)
    for row in rows:
        by_arm[row["variant"]].append(row)
    names = sorted(by_arm, key=lambda n: (n.startswith("shadow:"), n))
    base = baseline if baseline in by_arm else names[0]
    arms = {name: asdict(arm_stats(by_arm[name], name)) for name in names}
    differences = []
    for name in names:
        if name == base:
            continue
        for figure in FIGURES:
            if figure == "feedback" and name.startswith("shadow:"):
                continue
            pair = (base, values_of(by_arm[base], figure)), (name, values_of(by_arm[name], figure))
            if pair[0][1] or pair[1][1]:
                differences.append(asdict(compare(figure, *pair, threshold, min_n)))
    return {"baseline": base, "arms": arms, "differences": differences}


def ab_report(
    path: Target,
    since_seconds: float,
    route: str | None = None,
    threshold: float = 0.10,
    min_n: int = MIN_N,
    baseline: str | None = None,
) -> dict[str, Any]:
    """Per A/B route: each arm's figures and each arm's differences from the baseline."""
    since = time.time() - since_seconds
    db = open_reader(path)  # a SQLite file or a PostgreSQL database
    try:
        rows = db.execute(ROWS, (since,)).fetchall()
    finally:
        db.close()
    by_route: dict[str, list[sqlite3.Row]] = defaultdict(list)
    for row in rows:
        if route is None or row["route"] == route:
            by_route[row["route"]].append(row)
    routes = {
        name: route_report(items, threshold, min_n, baseline)
        for name, items in sorted(by_route.items())
    }
    return {"since": since, "threshold": threshold, "min_n": min_n, "routes": routes}


# ---- printing ------------------------------------------------------------------------------


def _num(value: float | None, fmt: str = "{:.1f}") -> str:
    return "-" if value is None else fmt.format(value)


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:+.1%}"


def format_report(report: dict[str, Any]) -> str:
    lines: list[str] = []
    if not report["routes"]:
        return "no requests with a variant in this window: no A/B route has had traffic"
    for route, data in report["routes"].items():
        lines.append(f"route {route}  (baseline arm: {data['baseline']})")
        lines.append(
            f"  {'arm':<16}{'requests':>9}{'errors':>7}{'cost/req':>12}{'p50 ms':>9}"
            f"{'p95 ms':>9}{'escalated':>10}{'feedback':>10}{'(n)':>6}"
        )
        for name, arm in data["arms"].items():
            lines.append(
                f"  {name:<16}{arm['requests']:>9}{arm['errors']:>7}"
                f"{arm['cost_per_request']:>12.6f}{_num(arm['p50_ms']):>9}"
                f"{_num(arm['p95_ms']):>9}{_num(arm['escalation_rate'], '{:.0%}'):>10}"
                f"{_num(arm['feedback_score'], '{:.2f}'):>10}{arm['feedback_n']:>6}"
            )
        lines.extend(_difference_lines(data["differences"], report["threshold"]))
        lines.append("")
    return "\n".join(lines).rstrip()


def _difference_lines(differences: list[dict[str, Any]], threshold: float) -> list[str]:
    if not differences:
        return ["  (one arm only: nothing to compare)"]
    lines = [f"  differences from the baseline (95% CI, threshold {threshold:.0%}):"]
    for d in differences:
        interval = "" if d["low"] is None else f" [{d['low']:+.1%}, {d['high']:+.1%}]"
        note = f"  {d['note']}" if d["note"] else ""
        lines.append(
            f"    {d['arm']:<16}{d['figure']:<13}{_pct(d['relative']):>8}{interval:<20}"
            f" {d['verdict']}{note}"
        )
    return lines


def _click_command() -> Any:
    import click
    import orjson

    @click.command("report")
    @click.option(
        "--config", "config_path", envvar="RUNG_CONFIG", type=click.Path(dir_okay=False),
        help="YAML configuration (its log path).",
    )  # fmt: skip
    @click.option("--log", "log_path", type=click.Path(dir_okay=False), default=None,
                  help="The request log file (default: the config's).")  # fmt: skip
    @click.option("--route", default=None, help="Only this route.")
    @click.option("--since", default="7d", show_default=True, help="Window: 30m, 24h, 7d, ...")
    @click.option("--threshold", default=0.10, show_default=True, type=float,
                  help="Relative difference a change must clear.")  # fmt: skip
    @click.option("--min-n", default=MIN_N, show_default=True, help="Fewest values per arm.")
    @click.option("--baseline", default=None, help="The arm others are compared with.")
    @click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")
    def report_command(
        config_path: str | None, log_path: str | None, route: str | None, since: str,
        threshold: float, min_n: int, baseline: str | None, as_json: bool,
    ) -> None:  # fmt: skip
        """Compare the arms of A/B routes: cost, latency, escalation, feedback, with 95% CIs."""
        from rung.telemetry.stats import parse_window

        path = target_of(log_path) if log_path else _log_path(config_path)
        if not is_url(path) and not Path(path).exists():
            raise click.ClickException(f"no request log at {path} yet")
        try:
            window = parse_window(since)
        except ValueError as exc:
            raise click.BadParameter(f"not a window: {since!r}", param_hint="--since") from exc
        data = ab_report(path, window, route, threshold, min_n, baseline)
        if as_json:
            click.echo(orjson.dumps(data, option=orjson.OPT_INDENT_2).decode())
        else:
            click.echo(format_report(data))

    return report_command


def _log_path(config_path: str | None) -> Target:
    import click

    from rung._errors import ConfigError
    from rung.configure import load
    from rung.defaults import default_config

    try:
        config = load(config_path) if config_path else default_config()
    except ConfigError as exc:
        raise click.ClickException(exc.message) from exc
    return log_target(config)


report_command = _click_command()
