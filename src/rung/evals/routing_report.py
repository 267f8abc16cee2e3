"""Output of the routing evaluation: a rich table, a Markdown table and a PNG plot."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rung.evals.routing import Experiment

COLUMNS = ("APGR", "CPT(50%)", "CPT(80%)", "strong calls @95%", "cost saved @95%", "train s")


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.1f}%"


def run_cells(run: dict[str, Any]) -> list[str]:
    spread = run.get("apgr_fold_sd")
    return [
        f"{run['apgr']:.3f}" + (f" ± {spread:.3f}" if spread is not None else ""),
        _pct(run["cpt50"]),
        _pct(run["cpt80"]),
        _pct(run["share_at_95"]),
        _pct(run["cost_saved_at_95"]),
        f"{run['train_seconds']:.2f}" if run["router"] != "optimal" else "–",
    ]


def cascade_cells(exp: Experiment) -> list[str]:
    share = exp.cascade["share"] or 0.0
    quality = exp.cascade["quality"] or 0.0
    gap = exp.strong_quality - exp.weak_quality
    pgr = (quality - exp.weak_quality) / gap if gap > 0 else 0.0
    note = f"PGR {pgr:.2f} at {_pct(share)}"
    return [note, "–", "–", _pct(share), _pct(exp.cascade["cost_saved"]), "–"]


def rows(exp: Experiment) -> list[tuple[str, list[str]]]:
    data = exp.to_json()
    out = [(run["router"], run_cells(run)) for run in data["runs"]]
    out.append(("cascade+oracle verifier", cascade_cells(exp)))
    return out


def caption(exp: Experiment) -> str:
    return (
        f"{exp.name}: n={exp.size}, weak {exp.weak} {exp.weak_quality:.3f}, "
        f"strong {exp.strong} {exp.strong_quality:.3f}, costs {exp.cost_source}"
    )


def print_table(results: Sequence[Experiment], console: Any = None) -> None:
    from rich.console import Console
    from rich.table import Table

    console = console or Console()
    for exp in results:
        table = Table(title=caption(exp), title_justify="left")
        table.add_column("router")
        for column in COLUMNS:
            table.add_column(column, justify="right")
        for name, cells in rows(exp):
            table.add_row(name, *cells)
        console.print(table)


def markdown_table(results: Sequence[Experiment]) -> str:
    lines = ["| experiment | router | " + " | ".join(COLUMNS) + " |"]
    lines.append("| --- | --- | " + " | ".join("---" for _ in COLUMNS) + " |")
    for exp in results:
        for name, cells in rows(exp):
            lines.append(f"| {exp.name} | {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def _panel(axis: Any, exp: dict[str, Any], by_cost: bool = False) -> None:
    weak, strong = exp["weak_quality"] * 100, exp["strong_quality"] * 100
    key = "cost_per_1000" if by_cost else "share"
    scale = 1.0 if by_cost else 100.0
    for run in exp["runs"]:
        curve = run["curve"]
        style = {"linestyle": ":", "color": "black"} if run["router"] == "optimal" else {}
        label = f"{run['router']} (APGR {run['apgr']:.3f})"
        xs = [x * scale for x in curve[key]]
        axis.plot(xs, [q * 100 for q in curve["quality"]], label=label, linewidth=1.4, **style)
    axis.axhline(weak, color="grey", linestyle="--", linewidth=1)
    axis.axhline(strong, color="red", linestyle="--", linewidth=1)
    top = strong + 0.3 * (strong - weak)
    axis.set_ylim(weak - 0.05 * (strong - weak), top)
    cascade = exp["cascade"]
    if not by_cost:
        shown = min(cascade["quality"] * 100, top - 0.02 * (top - weak))
        text = f"cascade + oracle verifier: {cascade['quality'] * 100:.1f}%"
        axis.scatter(
            [cascade["share"] * 100],
            [shown],
            marker="*",
            s=120,
            color="purple",
            zorder=5,
            label=text,
        )
    axis.set_title(exp["name"] + (" (by cost)" if by_cost else ""))
    axis.set_xlabel("USD per 1,000 requests" if by_cost else "strong-model calls (%)")
    axis.set_ylabel("accuracy (%)")
    axis.grid(alpha=0.3)
    axis.legend(fontsize=7, loc="lower right")


def plot(experiments: Sequence[dict[str, Any]], path: Path) -> Path:
    """One panel per experiment (JSON form, as ``Experiment.to_json`` gives), saved as PNG.

    Experiments with measured costs get a second panel: quality against cost per 1,000
    requests. The optimal ranking's curve and the cascade's point can sit above the panel's
    top (the cascade's star is then pinned to the top, its accuracy in the legend).
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    panels = [(exp, False) for exp in experiments]
    panels += [(exp, True) for exp in experiments if exp["cost_source"] == "measured"]
    count = len(panels)
    cols = min(count, 2)
    rows_ = (count + cols - 1) // cols
    figure, axes = plt.subplots(rows_, cols, figsize=(6.5 * cols, 4.8 * rows_), squeeze=False)
    for axis, (exp, by_cost) in zip(axes.flat, panels, strict=False):
        _panel(axis, exp, by_cost)
    for axis in list(axes.flat)[count:]:
        axis.set_visible(False)
    first = experiments[0] if experiments else {"weak": "weak", "strong": "strong"}
    figure.suptitle(
        f"Replayed routing: {first['weak'].split('/')[-1]} alone (grey line), "
        f"{first['strong'].split('/')[-1]} alone (red line)"
    )
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=110)
    plt.close(figure)
    return path
