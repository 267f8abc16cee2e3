"""Round thirty: a given name and the PERSON one space after it are one name (`Eva` `Nordberg` of
`Ansvarig: Eva Nordberg 070-457 79 23`, where the surname and the phone number's first digits had
been taken for a street and its number, and the address cut before the phone number left the
surname apart).
"""

from __future__ import annotations

from rung.privacy import names as name_rules
from rung.privacy.findings import Finding


def joined(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` in order, with each PERSON of one given name joined to the PERSON one space
    after it."""
    out: list[Finding] = []
    for f in sorted(findings, key=lambda f: (f.start, f.end)):
        last = out[-1] if out else None
        if (
            last is not None
            and f.kind == last.kind == "PERSON"
            and text[last.end : f.start] == " "
            and name_rules.given(last.value(text))
        ):
            out[-1] = Finding("PERSON", last.start, f.end, max(last.score, f.score))
        else:
            out.append(f)
    return out
