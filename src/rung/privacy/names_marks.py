"""Trade marks written in capitals are no names (round fifty-seven, dev-hd): a word in capitals
after a mark's word (`varumärket ÄNGSGULD`, `Ordmärket KLARSYN`, `The trade mark: SOLVARV`,
`mark COLDLINE`) names a mark, and so does the same word anywhere else in the text (`the renewal
for COLDLINE`), however a model or a rule read it."""

from __future__ import annotations

import re

from rung.privacy.findings import Finding

_MARK_CUE = re.compile(
    r"(?:(?i:varumärket|varumärke|ordmärket|figurmärket|kännetecknet|märkta|märket|trade[ \t]?mark)"
    r"|[Tt]he mark|mark)(?![\w-]):?[ \t]+(?P<mark>[A-ZÅÄÖÉÜ][A-ZÅÄÖÉÜ0-9]{2,})(?![\w-])"
)


def without_marks(people: list[Finding], text: str) -> list[Finding]:
    """`people` less the PERSONs that are a trade mark's word in capitals (see the module)."""
    marks = {match.group("mark") for match in _MARK_CUE.finditer(text)}
    if not marks:
        return people
    return [f for f in people if f.kind != "PERSON" or not _a_mark(f.value(text), marks)]


def _a_mark(value: str, marks: set[str]) -> bool:
    """A mark's word, or a mark's word after its cue (`Ordmärket KLARSYN`)."""
    return value in marks or _MARK_CUE.fullmatch(value) is not None
