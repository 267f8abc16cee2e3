"""`rung eval escalation`: which signal best tells that a small model's answer is wrong?

The records (`rung.evals.escalation_run`, shipped in `data/escalation/*.jsonl`) hold, per
problem, whether the local model's greedy answer is right and five signals. Each signal is
turned into a score that should be high when the answer is wrong:

- verbalised: 11 - the confidence it states (1-10; an unreadable reply counts as 5.5);
- mean logprob: minus the mean token logprob of the answer;
- entropy: the mean per-token entropy (over the 20 likeliest tokens);
- self-consistency: 1 - the share of 4 more samples that agree with the answer;
- verifier: 1 when the deterministic verifier fails the answer, else 0.

For each: AUROC for "the answer is wrong" with a percentile bootstrap interval (problems
resampled), and the cost/quality curve of escalating: send the share s of problems with the
highest scores to the strong model (correct on every problem here: GSM8K rows gpt-4 got right,
MBPP's reference solutions), the rest keep the local answer; accuracy against s.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from rung.types import JSON

SAMPLES = 4  # besides the greedy answer: self-consistency over n = 5 (escalation_run.SAMPLES)

SELF_CONSISTENCY = "self-consistency (n=5)"
METHODS: dict[str, Callable[[JSON], float | None]] = {
    "verbalised confidence": lambda r: 5.5 if r["confidence"] is None else 11 - r["confidence"],
    "mean logprob": lambda r: None if r["mean_logprob"] is None else -r["mean_logprob"],
    "entropy": lambda r: r["mean_entropy"],
    SELF_CONSISTENCY: lambda r: None if r.get("agreement") is None else 1 - r["agreement"],
    "deterministic verifier": lambda r: 0.0 if r["verifier"] else 1.0,
}
SHARES = [i / 20 for i in range(21)]


def auroc(scores: Sequence[float], wrong: Sequence[bool]) -> float | None:
    """P(score of a wrong answer > score of a right one), ties counting half; None when one
    class is empty."""
    ranked = sorted(zip(scores, wrong, strict=True), key=lambda p: p[0])
    positives = sum(wrong)
    negatives = len(wrong) - positives
    if not positives or not negatives:
        return None
    rank_sum, i = 0.0, 0
    while i < len(ranked):  # average ranks over ties
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        rank = (i + j + 1) / 2
        rank_sum += rank * sum(1 for k in range(i, j) if ranked[k][1])
        i = j
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)


def bootstrap(
    scores: Sequence[float], wrong: Sequence[bool], rounds: int = 1000, seed: int = 0
) -> tuple[float, float] | None:
    """A 95% percentile bootstrap interval of the AUROC."""
    rng = random.Random(seed)
    n, values = len(scores), []
    for _ in range(rounds):
        picks = [rng.randrange(n) for _ in range(n)]
        value = auroc([scores[i] for i in picks], [wrong[i] for i in picks])
        if value is not None:
            values.append(value)
    if len(values) < rounds // 2:
        return None
    values.sort()
    return values[int(0.025 * len(values))], values[int(0.975 * len(values)) - 1]


def curve(scores: Sequence[float], wrong: Sequence[bool], shares: Sequence[float]) -> list[float]:
    """Accuracy when the share s of problems with the highest scores is escalated (ties in
    score broken by problem order, the same for every method)."""
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    result = []
    for share in shares:
        escalated = set(order[: round(share * len(scores))])
        right = sum(1 for i, w in enumerate(wrong) if i in escalated or not w)
        result.append(right / len(scores))
    return result


def read_records(path: Path) -> list[JSON]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def analyse(records: list[JSON], rounds: int = 1000) -> JSON:
    """Per method: AUROC, its interval and the escalation curve; with the base accuracy,
    a random escalator's curve and the oracle's (the wrong answers first)."""
    wrong = [not r["correct"] for r in records]
    methods = {}
    for name, score in METHODS.items():
        pairs = [(v, w) for v, w in zip(map(score, records), wrong, strict=True) if v is not None]
        if not pairs or (name == SELF_CONSISTENCY and len(pairs) < len(records)):
            continue  # only some were sampled: they are a set of their own (see `report`)
        known, their = [v for v, _ in pairs], [w for _, w in pairs]  # the records that have it
        methods[name] = {
            "auroc": auroc(known, their),
            "ci": bootstrap(known, their, rounds),
            "curve": curve(known, their, SHARES),
            "n": len(pairs),
        }
    accuracy = 1 - sum(wrong) / len(wrong) if wrong else 0.0
    return {
        "problems": len(records),
        "accuracy": accuracy,
        "shares": SHARES,
        "random": [accuracy + (1 - accuracy) * s for s in SHARES],
        "oracle": curve([float(w) for w in wrong], wrong, SHARES),
        "methods": methods,
        "confidence_read": sum(r["confidence"] is not None for r in records),
        "verifier_pass": sum(bool(r["verifier"]) for r in records),
    }


def report(records: list[JSON], rounds: int = 1000) -> JSON:
    """The analysis per model and task kind, and for each model's tasks together."""
    result: JSON = {}
    for model in sorted({r["model"] for r in records}):
        mine = [r for r in records if r["model"] == model]
        parts = {kind: [r for r in mine if r["kind"] == kind] for kind in ("gsm8k", "mbpp")}
        parts["all"] = mine
        for kind in ("gsm8k", "mbpp"):  # the problems also sampled, when not all were
            sampled = [r for r in parts[kind] if r.get("agreement") is not None]
            if 0 < len(sampled) < len(parts[kind]):
                parts[f"{kind}, sampled"] = sampled
        result[model] = {k: analyse(v, rounds) for k, v in parts.items() if v}
    return result


def accuracy_at(analysis: JSON, values: list[float], share: float) -> float:
    return float(values[analysis["shares"].index(share)])


def table(result: JSON) -> list[str]:
    """The report as Markdown tables: one per model, a row per task set and method."""
    lines = []
    for model, parts in result.items():
        lines.append(f"\n### {model}\n")
        lines.append(
            "| set | n | local accuracy | method | AUROC (95% CI) | acc. @20% esc. "
            "| acc. @50% esc. |"
        )
        lines.append("|---|---|---|---|---|---|---|")
        for kind, analysis in parts.items():
            head = f"| {kind} | {analysis['problems']} | {analysis['accuracy']:.1%} "
            for name, method in analysis["methods"].items():
                count = method.get("n", analysis["problems"])
                named = name if count == analysis["problems"] else f"{name} (n={count})"
                lines.append(
                    f"{head}| {named} | {_auroc_text(method)} "
                    f"| {accuracy_at(analysis, method['curve'], 0.2):.1%} "
                    f"| {accuracy_at(analysis, method['curve'], 0.5):.1%} |"
                )
                head = "| | | "
            for name in ("random", "oracle"):
                lines.append(
                    f"| | | | {name} | - | {accuracy_at(analysis, analysis[name], 0.2):.1%} "
                    f"| {accuracy_at(analysis, analysis[name], 0.5):.1%} |"
                )
    return lines


def _auroc_text(method: JSON) -> str:
    if method["auroc"] is None:
        return "- (one class only)"
    ci = method["ci"]
    interval = f" ({ci[0]:.2f}-{ci[1]:.2f})" if ci else ""
    return f"{method['auroc']:.3f}{interval}"


def plot(result: JSON, path: Path) -> Path:
    """The escalation curves, one panel per model and task set, as a PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    panels = [(m, k, a) for m, parts in result.items() for k, a in parts.items()]
    columns = min(3, len(panels))
    rows = (len(panels) + columns - 1) // columns
    figure, axes = plt.subplots(rows, columns, figsize=(5 * columns, 4 * rows), squeeze=False)
    for axis, (model, kind, analysis) in zip(axes.flat, panels, strict=False):
        shares = [100 * s for s in analysis["shares"]]
        for name, method in analysis["methods"].items():
            label = f"{name} ({method['auroc']:.2f})" if method["auroc"] is not None else name
            axis.plot(shares, [100 * v for v in method["curve"]], label=label)
        axis.plot(shares, [100 * v for v in analysis["random"]], "k--", label="random")
        axis.plot(shares, [100 * v for v in analysis["oracle"]], "k:", label="oracle")
        axis.set_title(f"{Path(model).name}: {kind} (n={analysis['problems']})", fontsize=9)
        axis.set_xlabel("escalated to the strong model (%)")
        axis.set_ylabel("accuracy (%)")
        axis.legend(fontsize=6, loc="lower right")
        axis.grid(alpha=0.3)
    for axis in list(axes.flat)[len(panels) :]:
        axis.set_visible(False)
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=110)
    plt.close(figure)
    return path


def summary(result: JSON) -> list[str]:
    """One line per model and set: the methods ranked by AUROC."""
    lines = []
    for model, parts in result.items():
        for kind, analysis in parts.items():
            known = [(m["auroc"], n) for n, m in analysis["methods"].items() if m["auroc"]]
            ranked = ", ".join(f"{n} {a:.2f}" for a, n in sorted(known, reverse=True))
            lines.append(f"{Path(model).name} {kind}: {ranked or 'no AUROC (one class only)'}")
    return lines


def records_in(directory: Path) -> list[JSON]:
    """Every record in the directory's JSON-lines files, one per model and problem: a problem
    asked twice (a greedy-only pass, then with samples) counts once, by its record with
    samples."""
    chosen: dict[tuple[str, str], JSON] = {}
    for path in sorted(directory.glob("*.jsonl")):
        for record in read_records(path):
            key = (record["model"], record["id"])
            if key not in chosen or record.get("agreement") is not None:
                chosen[key] = record
    return list(chosen.values())


def slug(model: str) -> str:
    """A file name for a model: `embedded:smollm2-135m` -> `smollm2-135m`."""
    name = Path(model.removeprefix("embedded:")).name.removesuffix(".gguf")
    return "".join(c if c.isalnum() or c in "-_." else "-" for c in name)


def escalation_command() -> Any:
    """The click command `escalation` (built on call, so importing this module stays light)."""
    import click

    @click.command("escalation")
    @click.option(
        "--data-dir",
        type=click.Path(file_okay=False),
        default=None,
        help="Where the model outputs are cached (default: data/escalation in the package).",
    )
    @click.option("--run", "run_model", is_flag=True, help="Ask the model again (slow).")
    @click.option("--model", default="embedded:smollm2-135m", show_default=True)
    @click.option("--gsm8k", "n_gsm8k", type=int, default=200, show_default=True)
    @click.option("--mbpp", "n_mbpp", type=int, default=150, show_default=True)
    @click.option("--budget-minutes", type=float, default=60.0, show_default=True)
    @click.option("--max-tokens", type=int, default=160, show_default=True)
    @click.option("--threads", type=int, default=1, show_default=True, help="llama.cpp threads.")
    @click.option(
        "--samples",
        type=int,
        default=SAMPLES,
        show_default=True,
        help="Samples besides the greedy answer (self-consistency); 0: a cheap first pass.",
    )
    @click.option(
        "--ids",
        default=None,
        help="Ask only these problems (comma-separated ids, or @FILE with one id per line).",
    )
    @click.option("--plot", "plot_path", default="escalation.png", show_default=True)
    @click.option("--bootstrap", "rounds", type=int, default=1000, show_default=True)
    @click.option("--json", "json_out", default=None, help="Write the figures as JSON ('-').")
    def escalation(
        data_dir: str | None,
        run_model: bool,
        model: str,
        n_gsm8k: int,
        n_mbpp: int,
        budget_minutes: float,
        max_tokens: int,
        threads: int,
        samples: int,
        ids: str | None,
        plot_path: str,
        rounds: int,
        json_out: str | None,
    ) -> None:
        """Which signal tells that the local model's answer is wrong? AUROC and escalation
        curves of verbalised confidence, mean logprob, entropy, self-consistency and the
        deterministic verifier, from cached outputs (`--run` asks the model again)."""
        from rung.datasets.readers import packaged_data_dir

        shipped = packaged_data_dir()
        directory = Path(data_dir) if data_dir else shipped / "escalation"
        if run_model:
            collect_into(directory, model, shipped, n_gsm8k, n_mbpp, budget_minutes,
                         max_tokens, threads, samples, chosen_ids(ids))  # fmt: skip
        records = records_in(directory) if directory.is_dir() else []
        if not records:
            raise click.ClickException(f"no model outputs in {directory}; run with --run")
        result = report(records, rounds)
        if json_out == "-":
            click.echo(json.dumps(result, indent=2))
            return
        click.echo("\n".join(table(result)))
        click.echo("\n" + "\n".join(summary(result)))
        click.echo(f"\nplot: {plot(result, Path(plot_path))}")
        if json_out:
            Path(json_out).write_text(json.dumps(result, indent=2), encoding="utf-8")

    return escalation


def chosen_ids(option: str | None) -> set[str] | None:
    """`--ids`: a comma-separated list, or @FILE with one id per line; None: every problem."""
    if option is None:
        return None
    text = Path(option[1:]).read_text(encoding="utf-8") if option.startswith("@") else option
    return {part.strip() for part in text.replace(",", "\n").splitlines() if part.strip()}


def collect_into(
    directory: Path,
    model: str,
    shipped: Path,
    n_gsm8k: int,
    n_mbpp: int,
    budget_minutes: float,
    max_tokens: int,
    threads: int,
    samples: int = SAMPLES,
    ids: set[str] | None = None,
) -> None:
    """Ask `model` the problems not yet in its file under `directory`, printing progress."""
    import click

    from rung.evals.escalation_run import interleave, run_collect
    from rung.evals.escalation_tasks import gsm8k_problems, mbpp_problems

    problems = interleave(
        gsm8k_problems(shipped / "routellm", n_gsm8k),
        mbpp_problems(shipped / "mbpp" / "sanitized-mbpp.json", n_mbpp),
    )
    if ids is not None:
        problems = [p for p in problems if p.id in ids]

    def progress(done: int, total: int, row: JSON) -> None:
        mark = "right" if row["correct"] else "wrong"
        click.echo(f"[{done}/{total}] {row['id']}: {mark} ({row['seconds']:.0f}s)", err=True)

    added = run_collect(
        model,
        problems,
        directory / f"{slug(model)}{'' if samples == SAMPLES else f'-n{samples + 1}'}.jsonl",
        max_tokens=max_tokens,
        budget_seconds=60 * budget_minutes,
        threads=threads,
        samples=samples,
        progress=progress,
    )
    click.echo(f"{added} problems asked", err=True)
