"""vCard and iCalendar lines, read as a person reads them (RFC 6350, RFC 5545).

`ADR;TYPE=HOME:;;Storgatan 5;Lund;;223 50;Sverige` writes an address's parts apart with `;`,
and `LOCATION:C/ Castaños\\, 215\\, 80863 Azuaga` escapes its commas with a backslash; the address
rules read neither as an address. `view` gives the detector the text with those lines' component
separators as line breaks (an address written over lines; in a structured name, `N:Berg;Anna;;;`,
as spaces) and their escapes undone, padded to the same length, with where each of its
characters came from; `back` puts the findings in the view back on the text as it came, each
in such a line ending where the line ends.
"""

from __future__ import annotations

import re

from rung.privacy.findings import Finding

# A content line whose value is an address: its name, parameters, then the value after `:`. In
# capitals, as the formats write them: `Location: Storgatan 5` and the line after it in a mail
# is an address over two lines, which `cut` would end at the first.
_ADDRESS_LINE = re.compile(r"^(?:item\d+\.)?(?:ADR|LABEL|LOCATION)(?:;[^:\n]*)?:(.*)$", re.M)
# a vCard's structured name, `N:Berg;Anna;;;` (family name, given names, ...): parts a space apart
_NAME_LINE = re.compile(r"^(?:item\d+\.)?N(?:;[^:\n]*)?:(.*)$", re.M)


def view(text: str) -> tuple[str, list[int] | None]:
    """`text` with each address and name line made plain, and the index in `text` of each
    character of it (and of its end); None when there is no such line (the view is `text`)."""
    lines = sorted(
        [(m.span(1), "\n") for m in _ADDRESS_LINE.finditer(text)]
        + [(m.span(1), " ") for m in _NAME_LINE.finditer(text)]
    )
    if not lines:
        return text, None
    chars: list[str] = []
    origin: list[int] = []
    done = 0
    for (start, end), separator in lines:
        chars.extend(text[done:start])
        origin.extend(range(done, start))
        i, before = start, len(chars)
        while i < end:
            char, next_char = text[i], text[i + 1 : i + 2]
            if char == "\\" and next_char in (",", ";", ":"):  # `\,`: a comma of the value
                chars.append(next_char)
                origin.append(i + 1)
                i += 2
                continue
            if char == "\\" and next_char in ("n", "N"):  # `\n`: a line break of the value
                chars.append("\n")
                origin.append(i)
                i += 2
                continue
            chars.append(separator if char == ";" else char)  # `;` parts a structured value
            origin.append(i)
            i += 1
        pad = (end - start) - (len(chars) - before)
        chars.extend(" " * pad)
        origin.extend([end] * pad)
        done = end
    chars.extend(text[done:])
    origin.extend(range(done, len(text) + 1))
    return "".join(chars), origin


def back(found: list[Finding], origin: list[int] | None, text: str) -> list[Finding]:
    """Findings in a view, on the `text` it was made from, each that starts in an address or a
    name line ending with that line (not in the next line's property name: `...;Sverige\nEMAIL`,
    `N:Berg;Anna;;;\nADR`)."""
    if origin is None:
        return found
    found = [Finding(f.kind, origin[f.start], origin[f.end - 1] + 1, f.score) for f in found]
    lines = [m.span(1) for line in (_ADDRESS_LINE, _NAME_LINE) for m in line.finditer(text)]
    kept = []
    for f in found:
        end = next((e for s, e in lines if s <= f.start < e < f.end), None)
        if end is not None:
            end = f.start + len(text[f.start : end].rstrip(" ;,"))
        kept.append(f if end is None else Finding(f.kind, f.start, end, f.score))
    return kept
