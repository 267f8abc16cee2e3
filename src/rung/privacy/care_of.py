"""Round thirty: the name after `c/o` is a PERSON of its own, and the address starts at the
street (`c/o Asha Osman, Björnvägen 3, 756 55 Uppsala`: `Asha Osman` a PERSON, `Björnvägen 3,
756 55 Uppsala` an ADDRESS, `c/o` neither). The writers of BH on, and the briefs of every writer
since, label it so; some earlier writers kept the name inside the address, and the scorer reads
their labels in this one convention too (`rung.privacy.evaluate.score_example`). Hidden either
way: the kind changes, not what reaches an upstream.
"""

from __future__ import annotations

import re

from rung.privacy.findings import Finding

_CARE_OF = re.compile(
    r"(?i:c/o|c/o:)[ \t]+(?P<name>[^\d,\n]{2,60}?)[ \t]*(?:,[ \t]*|\n[ \t]*)(?=[\w])"
)


def split(address: Finding, text: str) -> tuple[Finding, Finding] | None:
    """The PERSON and the ADDRESS of an ADDRESS that starts with `c/o <name>`, or None."""
    match = _CARE_OF.match(text, address.start, address.end)
    if address.kind != "ADDRESS" or match is None or match.end() >= address.end:
        return None
    person = Finding("PERSON", match.start("name"), match.end("name"), address.score)
    return person, Finding("ADDRESS", match.end(), address.end, address.score)


def apart(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` with each ADDRESS that starts with `c/o <name>` cut in two (`split`)."""
    out: list[Finding] = []
    for f in findings:
        parts = split(f, text)
        out.extend(parts if parts is not None else (f,))
    return out
