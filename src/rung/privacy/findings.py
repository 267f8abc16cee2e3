"""What the detector finds: a `Finding` (a kind at a span of a text), a `Located` (the findings
in one place of a request), and how overlapping findings are resolved into one per span."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# Where two findings overlap, the kind earlier here wins (checksummed kinds first).
_PRIORITY = {
    kind: rank
    for rank, kind in enumerate(
        (
            "SECRET",
            "NATIONAL_ID",
            "CREDIT_CARD",
            "IBAN",
            "EMAIL",
            "IP_ADDRESS",
            "ADDRESS",
            "PHONE",
            "PERSON",
        )
    )
}


@dataclass(frozen=True, slots=True)
class Finding:
    """Personal data of `kind` at text[start:end], with the detector's confidence."""

    kind: str
    start: int
    end: int
    score: float

    def value(self, text: str) -> str:
        return text[self.start : self.end]

    def overlaps(self, other: Finding) -> bool:
        """Whether the two spans share a character."""
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Located:
    """The findings in one place of a request. `path` names the place, e.g.
    `messages[2].content`, `messages[0].content[1].text`,
    `messages[3].tool_calls[0].function.arguments/to` (a JSON pointer into the arguments)."""

    path: str
    text: str
    findings: tuple[Finding, ...]

    @property
    def kinds(self) -> set[str]:
        return {finding.kind for finding in self.findings}


def resolve_overlaps(findings: Iterable[Finding]) -> list[Finding]:
    """Merge overlapping findings of one kind; between kinds, keep the stronger kind."""
    merged = _merge_same_kind(findings)
    merged = [f for f in merged if not any(_inside(f, other) for other in merged)]
    ranked = sorted(merged, key=lambda f: (_PRIORITY[f.kind], -f.score, f.start - f.end))
    kept: list[Finding] = []
    for finding in ranked:
        if all(finding.end <= other.start or other.end <= finding.start for other in kept):
            kept.append(finding)
    return sorted(kept, key=lambda f: f.start)


def _inside(finding: Finding, other: Finding) -> bool:
    """Whether `finding` lies within the longer `other`, which is at least as sure."""
    return (
        other.start <= finding.start
        and finding.end <= other.end
        and other.end - other.start > finding.end - finding.start
        and other.score >= finding.score
    )


def _merge_same_kind(findings: Iterable[Finding]) -> list[Finding]:
    merged: list[Finding] = []
    for finding in sorted(findings, key=lambda f: (f.kind, f.start)):
        last = merged[-1] if merged else None
        if last is not None and last.kind == finding.kind and finding.start < last.end:
            merged[-1] = Finding(
                last.kind,
                last.start,
                max(last.end, finding.end),
                max(last.score, finding.score),
            )
        else:
            merged.append(finding)
    return merged
