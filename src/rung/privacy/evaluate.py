"""Precision and recall of the detector per kind, on the labelled set in `data/pii/`.

    python -m rung.privacy.evaluate [--data FILE] [--split heldout] [--lang sv] [--errors]

A found span counts for a gold span of the same kind when the two overlap. Two more columns:
`exact` (share of gold spans found with exactly their boundaries) and `hidden` (share of gold
spans whose every character lies inside some finding of any kind: what pseudonymisation hides).
Every set is read in the briefs' convention for a `c/o` name: a PERSON of its own before the
ADDRESS (`rung.privacy.care_of`; some early writers labelled both one ADDRESS), when scored.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rung.privacy.care_of import apart
from rung.privacy.detect import KINDS, Detector
from rung.privacy.findings import Finding

DEFAULT_DATA = Path("data/pii/labelled.jsonl")


@dataclass(slots=True)
class Example:
    id: str
    lang: str
    text: str
    spans: list[Finding]
    split: str = "dev"


@dataclass(slots=True)
class KindScore:
    gold: int = 0
    found: int = 0
    true_found: int = 0
    recalled: int = 0
    exact: int = 0
    hidden: int = 0

    @property
    def precision(self) -> float:
        return self.true_found / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.recalled / self.gold if self.gold else 1.0


@dataclass(slots=True)
class Report:
    kinds: dict[str, KindScore] = field(default_factory=lambda: {k: KindScore() for k in KINDS})
    sentences: int = 0
    seconds: float = 0.0
    misses: list[str] = field(default_factory=list)

    def total(self) -> KindScore:
        total = KindScore()
        for score in self.kinds.values():
            for name in ("gold", "found", "true_found", "recalled", "exact", "hidden"):
                setattr(total, name, getattr(total, name) + getattr(score, name))
        return total


def default_data_path() -> Path:
    """`data/pii/labelled.jsonl` under the working directory, else in the source checkout."""
    if DEFAULT_DATA.exists():
        return DEFAULT_DATA
    return Path(__file__).resolve().parents[3] / DEFAULT_DATA


def load(path: Path | None = None) -> list[Example]:
    examples = []
    with (path or default_data_path()).open(encoding="utf-8") as handle:
        for line in handle:
            row: dict[str, Any] = json.loads(line)
            spans = [Finding(s["kind"], s["start"], s["end"], 1.0) for s in row["spans"]]
            examples.append(
                Example(row["id"], row["lang"], row["text"], spans, row.get("split", "dev"))
            )
    return examples


def _hidden(gold: Finding, found: Sequence[Finding]) -> bool:
    covered: set[int] = set()
    for finding in found:
        covered.update(range(max(gold.start, finding.start), min(gold.end, finding.end)))
    return len(covered) == gold.end - gold.start


def score_example(report: Report, example: Example, found: Sequence[Finding]) -> None:
    """Add one sentence's gold spans and findings to `report`."""
    golds = apart(example.spans, example.text)  # one convention for a `c/o` name (`care_of`)
    for gold in golds:
        score = report.kinds[gold.kind]
        score.gold += 1
        same = [f for f in found if f.kind == gold.kind and f.overlaps(gold)]
        score.recalled += bool(same)
        score.exact += any((f.start, f.end) == (gold.start, gold.end) for f in same)
        hidden = _hidden(gold, found)
        score.hidden += hidden
        if same and not hidden:
            parts = [f.value(example.text) for f in found if f.overlaps(gold)]
            report.misses.append(
                f"{example.id} partly {gold.kind} {gold.value(example.text)!r} as {parts!r}"
            )
        if not same:
            report.misses.append(f"{example.id} missed {gold.kind} {gold.value(example.text)!r}")
    for finding in found:
        if finding.kind not in report.kinds:
            continue
        score = report.kinds[finding.kind]
        score.found += 1
        hit = any(g.kind == finding.kind and g.overlaps(finding) for g in golds)
        score.true_found += hit
        if not hit:
            report.misses.append(
                f"{example.id} false {finding.kind} {finding.value(example.text)!r}"
            )


def evaluate(detector: Detector, examples: Iterable[Example]) -> Report:
    """Run the detector on every example and score it."""
    detector.load()
    report = Report()
    started = time.perf_counter()
    for example in examples:
        score_example(report, example, detector.find(example.text))
        report.sentences += 1
    report.seconds = time.perf_counter() - started
    return report


def format_report(report: Report) -> str:
    """A Markdown table: one row per kind, then all kinds together."""
    lines = [
        "| kind | gold | found | precision | recall | exact | hidden |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    rows = [*report.kinds.items(), ("all", report.total())]
    for kind, s in rows:
        exact = s.exact / s.gold if s.gold else 1.0
        hidden = s.hidden / s.gold if s.gold else 1.0
        lines.append(
            f"| {kind} | {s.gold} | {s.found} | {s.precision:.3f} | {s.recall:.3f} "
            f"| {exact:.3f} | {hidden:.3f} |"
        )
    per = report.seconds / report.sentences * 1000 if report.sentences else 0.0
    lines.append(f"\n{report.sentences} sentences, {per:.1f} ms per sentence")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m rung.privacy.evaluate")
    parser.add_argument("--data", type=Path, default=None, help="labelled JSONL file")
    parser.add_argument("--split", default=None, help="only this split: dev, heldout, heldout2")
    parser.add_argument("--lang", default=None, help="only this language: sv, en, mixed")
    parser.add_argument("--errors", action="store_true", help="list every miss and false find")
    args = parser.parse_args(argv)
    examples = [
        e for e in load(args.data) if args.split in (None, e.split) and args.lang in (None, e.lang)
    ]
    report = evaluate(Detector(), examples)
    print(format_report(report))
    if args.errors:
        print("\n".join(report.misses))


if __name__ == "__main__":
    main()
