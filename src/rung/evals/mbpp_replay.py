"""Replay of cheap -> strong cascades on recorded MBPP answers, with no model call.

Input: a RouterBench-format CSV (`prompt`, a 0/1 correctness column per model,
`<model>|model_response`, `<model>|total_cost`) and the sanitized MBPP JSON (its unit tests),
joined on the prompt text. For each row and cheap model, the `python` verifier runs the MBPP
tests on the cheap answer (binding the tests' function name to the one the answer defines); a
failing verdict escalates to the strong model. Grading uses the dataset's own labels, so the
verifier that decides and the grader that scores are different.

Figures per cascade: accuracy; cost per query (the cheap call is always paid, the strong call
when escalated); share escalated; and the verifier's precision and recall against the labels,
where a positive is "the verifier passes the cheap answer" and a relevant item is "the label
says the cheap answer is correct": precision = TP / (TP + FP), recall = TP / (TP + FN).
"""

from __future__ import annotations

import ast
import asyncio
import csv
import json
import re
import sys
import time
import warnings
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rung.types import ChatRequest, Completion
from rung.verifiers.pycode import guess_entry_point, parses, top_level_functions
from rung.verifiers.python import PythonVerifier
from rung.verifiers.sandbox import Limits, Sandbox

CHEAP_MODELS = ("mistral-7b", "mixtral-8x7b", "gpt-3.5-turbo-1106")
STRONG_MODEL = "gpt-4-1106-preview"
STAGE_FAILED = re.compile(r"^python (\w+) failed: (\w+)")


@dataclass(frozen=True, slots=True)
class Task:
    """One row of the CSV joined to its MBPP tests."""

    index: int
    prompt: str
    tests: str
    entry_point: str | None


def cell_text(value: str) -> str:
    """A RouterBench text cell: a Python list literal holding one string, or plain text."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parsed = ast.literal_eval(value)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return value
    if isinstance(parsed, list) and parsed and isinstance(parsed[0], str):
        return parsed[0]
    return parsed if isinstance(parsed, str) else value


def read_rows(csv_path: str | Path) -> list[dict[str, str]]:
    csv.field_size_limit(sys.maxsize)
    with open(csv_path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def resolve_model(name: str, columns: Sequence[str]) -> str:
    """The CSV's name for a model: exact, or the one label column containing `name`."""
    labels = [c for c in columns if "|" not in c and f"{c}|model_response" in columns]
    if name in labels:
        return name
    matches = [c for c in labels if name.lower() in c.lower()]
    if len(matches) != 1:
        found = "no" if not matches else "several"
        raise ValueError(f"{found} model columns match {name!r}; columns: {', '.join(labels)}")
    return matches[0]


def entry_point_of(task: dict[str, Any], tests: str) -> str | None:
    """The reference solution's function the tests call, else the tests' first called name."""
    tree = parses(task.get("code") or "")
    called = {
        n.func.id
        for n in ast.walk(parses(tests) or ast.Module(body=[], type_ignores=[]))
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
    }
    if tree is not None:
        for function in top_level_functions(tree):
            if function.name in called:
                return function.name
    return guess_entry_point(tests)


def join_tasks(rows: list[dict[str, str]], mbpp_json: str | Path) -> tuple[list[Task], int]:
    """The rows joined to MBPP by prompt text, and how many prompts matched several tasks
    (the lowest task_id is taken). Raises when a prompt matches none."""
    tasks: dict[str, list[dict[str, Any]]] = {}
    for task in json.loads(Path(mbpp_json).read_text(encoding="utf-8")):
        tasks.setdefault(task["prompt"].strip(), []).append(task)
    joined, ambiguous = [], 0
    for index, row in enumerate(rows):
        prompt = cell_text(row["prompt"]).strip()
        matches = sorted(tasks.get(prompt, []), key=lambda t: int(t["task_id"]))
        if not matches:
            raise ValueError(f"row {index}: no MBPP task has the prompt {prompt[:80]!r}")
        ambiguous += len(matches) > 1
        task = matches[0]
        tests = "\n".join([*task.get("test_imports", []), *task["test_list"]])
        joined.append(Task(index, prompt, tests, entry_point_of(task, tests)))
    return joined, ambiguous


async def verify_all(
    rows: list[dict[str, str]], tasks: list[Task], models: Sequence[str], verifier: PythonVerifier
) -> dict[str, list[tuple[bool, str]]]:
    """(passed, reason) of the verifier on each model's answer to each row, run concurrently;
    each (model, row) is checked once."""
    cache: dict[tuple[str, int], asyncio.Task[tuple[bool, str]]] = {}

    async def one(model: str, task: Task) -> tuple[bool, str]:
        answer = cell_text(rows[task.index][f"{model}|model_response"])
        options = {"tests": task.tests, "entry_point": task.entry_point or "auto"}
        request = ChatRequest({"messages": [{"role": "user", "content": task.prompt}]})
        request.body["rung"] = options
        completion = Completion({"choices": [{"message": {"content": answer}}]})
        verdict = await verifier.check(request, completion)
        return verdict.passed, verdict.reason

    for model in models:
        for task in tasks:
            if (model, task.index) not in cache:
                cache[(model, task.index)] = asyncio.ensure_future(one(model, task))
    await asyncio.gather(*cache.values())
    return {m: [cache[(m, t.index)].result() for t in tasks] for m in models}


def ratio(part: float, whole: float) -> float | None:
    return part / whole if whole else None


def cascade_figures(
    passed: list[bool],
    cheap: list[int],
    strong: list[int],
    cost_c: list[float],
    cost_s: list[float],
) -> dict[str, Any]:
    """Accuracy, cost per query, escalated share, verifier precision and recall."""
    n = len(passed)
    correct = [c if p else s for p, c, s in zip(passed, cheap, strong, strict=True)]
    cost = [cc + (0.0 if p else cs) for p, cc, cs in zip(passed, cost_c, cost_s, strict=True)]
    tp = sum(1 for p, c in zip(passed, cheap, strict=True) if p and c)
    fp = sum(1 for p, c in zip(passed, cheap, strict=True) if p and not c)
    fn = sum(1 for p, c in zip(passed, cheap, strict=True) if not p and c)
    return {
        "accuracy": sum(correct) / n,
        "cost_per_query": sum(cost) / n,
        "escalated": sum(1 for p in passed if not p) / n,
        "precision": ratio(tp, tp + fp),
        "recall": ratio(tp, tp + fn),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": n - tp - fp - fn,
    }


def alone(labels: list[int], costs: list[float]) -> dict[str, float]:
    return {"accuracy": sum(labels) / len(labels), "cost_per_query": sum(costs) / len(costs)}


def failure_kind(reason: str) -> str:
    """A short name for why a verdict failed: "tests: AssertionError", "no code", "timeout"."""
    if reason.startswith("python failed: no code"):
        return "no code"
    if match := STAGE_FAILED.match(reason):
        stage, error = match.groups()
        return f"{stage}: {error}" if stage == "tests" else stage
    for prefix, kind in (("python timed out", "timeout"), ("python killed", "killed")):
        if reason.startswith(prefix):
            return kind
    return "other"


def failure_kinds(results: list[tuple[bool, str]]) -> dict[str, int]:
    """Failing verdicts counted by kind."""
    kinds = Counter(failure_kind(reason) for passed, reason in results if not passed)
    return dict(kinds.most_common())


def figures(
    rows: list[dict[str, str]],
    columns: dict[str, str],
    strong: str,
    verdicts: dict[str, list[tuple[bool, str]]],
) -> dict[str, Any]:
    """The report's numbers from the rows, the model columns and the verdicts."""

    def labels(model: str) -> list[int]:
        return [int(float(row[model])) for row in rows]

    def costs(model: str) -> list[float]:
        return [float(row[f"{model}|total_cost"]) for row in rows]

    report: dict[str, Any] = {"rows": len(rows), "strong": strong}
    report["strong_alone"] = alone(labels(strong), costs(strong))
    report["cascades"] = []
    for short, model in columns.items():
        passed = [p for p, _ in verdicts[model]]
        cascade = cascade_figures(
            passed, labels(model), labels(strong), costs(model), costs(strong)
        )
        cascade.update(cheap=short, column=model, cheap_alone=alone(labels(model), costs(model)))
        cascade["verifier_failures"] = failure_kinds(verdicts[model])
        cascade["passed"] = passed
        report["cascades"].append(cascade)
    return report


def run(
    csv_path: str | Path,
    mbpp_json_path: str | Path,
    cheap_models: Sequence[str] = CHEAP_MODELS,
    strong_model: str = STRONG_MODEL,
    *,
    limit: int | None = None,
    concurrency: int = 2,
    timeout: float = 30.0,
    cpu_seconds: int = 10,
    definitions_only: bool = False,
) -> dict[str, Any]:
    """Replay the cascades and return the figures (see the module docstring).

    Each answer gets `cpu_seconds` of CPU and `timeout` seconds of wall time; keep the wall
    time well above the CPU time so that a busy machine does not change the verdicts.
    """
    started = time.perf_counter()
    rows = read_rows(csv_path)[:limit]
    columns = list(rows[0]) if rows else []
    cheap = {name: resolve_model(name, columns) for name in cheap_models}
    strong = resolve_model(strong_model, columns)
    tasks, ambiguous = join_tasks(rows, mbpp_json_path)
    limits = Limits(timeout=timeout, cpu_seconds=cpu_seconds)
    sandbox = Sandbox(limits, concurrency=concurrency, max_waiting=len(rows) * len(cheap) + 1)
    verifier = PythonVerifier(
        sandbox=sandbox, definitions_only=definitions_only, allow_request_tests=True
    )
    verdicts = asyncio.run(verify_all(rows, tasks, list(cheap.values()), verifier))
    report = figures(rows, cheap, strong, verdicts)
    report["ambiguous_joins"] = ambiguous
    report["definitions_only"] = definitions_only
    report["limits"] = {"timeout": timeout, "cpu_seconds": cpu_seconds}
    report["seconds"] = time.perf_counter() - started
    return report


def money(value: float) -> str:
    return f"${value:.6f}"


def share(value: float | None) -> str:
    return "-" if value is None else f"{value:.1%}"


def table_rows(report: dict[str, Any]) -> list[list[str]]:
    """The report as table rows: strategy, accuracy, cost/query, vs strong, escalated, P, R."""
    strong = report["strong_alone"]
    base = strong["cost_per_query"]

    def line(name: str, figures: dict[str, Any], *rest: str) -> list[str]:
        cost = figures["cost_per_query"]
        relative = f"{cost / base:.1%}" if base else "-"
        return [name, share(figures["accuracy"]), money(cost), relative, *rest]

    rows = [line(f"{report['strong']} alone", strong, "100%", "-", "-")]
    for cascade in report["cascades"]:
        cheap = cascade["cheap"]
        rows.append(line(f"{cheap} alone", cascade["cheap_alone"], "0%", "-", "-"))
        rows.append(
            line(
                f"{cheap} -> {report['strong']}",
                cascade,
                share(cascade["escalated"]),
                share(cascade["precision"]),
                share(cascade["recall"]),
            )
        )
    return rows


def print_table(report: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    title = f"MBPP replay: {report['rows']} rows, python verifier decides, dataset labels grade"
    table = Table(title=title)
    headers = ["strategy", "accuracy", "cost/query", "vs strong", "escalated"]
    for header in [*headers, "verifier precision", "verifier recall"]:
        table.add_column(header, justify="left" if header == "strategy" else "right")
    for row in table_rows(report):
        table.add_row(*row)
    console = Console(width=max(120, Console().width))
    console.print(table)
    for cascade in report["cascades"]:
        kinds = ", ".join(f"{k} {v}" for k, v in cascade["verifier_failures"].items())
        console.print(f"{cascade['cheap']}: verifier failures: {kinds or 'none'}")
    console.print(
        f"precision = TP/(TP+FP), recall = TP/(TP+FN); positive = verifier passes the cheap "
        f"answer, relevant = its label is correct. {report['ambiguous_joins']} prompts matched "
        f"several MBPP tasks (lowest task_id used). {report['seconds']:.1f}s."
    )


def replay_command() -> Any:
    """The click command `mbpp-replay` (built on call, so importing this module stays light)."""
    import click

    @click.command("mbpp-replay")
    @click.argument("csv_path", required=False, type=click.Path(exists=True, dir_okay=False))
    @click.option(
        "--tests",
        "mbpp_json",
        type=click.Path(exists=True),
        help="MBPP tests JSON (default: sanitized-mbpp.json shipped in the package).",
    )
    @click.option("--cheap", multiple=True, default=CHEAP_MODELS, show_default=True)
    @click.option("--strong", default=STRONG_MODEL, show_default=True)
    @click.option("--limit", type=int, default=None, help="Only the first N rows.")
    @click.option("--concurrency", type=int, default=2, show_default=True)
    @click.option("--timeout", type=float, default=30.0, show_default=True, help="Wall seconds.")
    @click.option("--cpu-seconds", type=int, default=10, show_default=True)
    @click.option("--definitions-only", is_flag=True, help="Drop example usage before running.")
    @click.option(
        "--json", "json_out", default=None, help="Write the figures as JSON ('-': stdout)."
    )
    def replay_mbpp(
        csv_path: str | None,
        mbpp_json: str | None,
        cheap: tuple[str, ...],
        strong: str,
        limit: int | None,
        concurrency: int,
        timeout: float,
        cpu_seconds: int,
        definitions_only: bool,
        json_out: str | None,
    ) -> None:
        """Replay cheap -> strong cascades on a RouterBench MBPP CSV (no model calls); by
        default the RouterBench MBPP split and the MBPP tests shipped in the package."""
        from rung.datasets.readers import packaged_data_dir

        shipped = packaged_data_dir()
        try:
            report = run(
                csv_path or str(shipped / "routerbench" / "mbpp_train.csv"),
                mbpp_json or str(shipped / "mbpp" / "sanitized-mbpp.json"),
                cheap,
                strong,
                limit=limit,
                concurrency=concurrency,
                timeout=timeout,
                cpu_seconds=cpu_seconds,
                definitions_only=definitions_only,
            )
        except ValueError as exc:
            raise click.ClickException(str(exc)) from exc
        if json_out == "-":
            click.echo(json.dumps(report, indent=2))
            return
        print_table(report)
        if json_out:
            Path(json_out).write_text(json.dumps(report, indent=2), encoding="utf-8")

    return replay_mbpp


def main(argv: Sequence[str] | None = None) -> None:
    """`python -m rung.evals.mbpp_replay CSV --tests MBPP_JSON [options]`."""
    replay_command().main(args=list(argv) if argv is not None else None)


if __name__ == "__main__":
    main()
