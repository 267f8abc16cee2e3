"""Round twenty-three: names that a format marks, whatever the words (rung.privacy.detect):

- who owns a code comment (`# TODO(folkvar): ...`, `// FIXME(edlevi): ...`);
- the author of a `git blame` line (`^77c01aa (Ingevi Gullviva 2026-03-02) ...`);
- the given names and the surname of a GEDCOM record (`1 NAME Tuvemund /Myrmalmén/`), whose tags
  are no names (`0 @I3@ INDI`);
- the speaker of a WebVTT cue (`<v Anna Berg>ja men ...`), not run on into the cue's text;
- whom an issue is assigned to (`Assignee: gullviva`);
- round twenty-four: a name's twin in another script, in brackets after it (`Mohammed Hassan
  (محمد حسن)`, `Chen Wei (陈伟)`, `Svitlana Boiko (Світлана Бойко)`).
"""

from __future__ import annotations

import re

from rung.privacy.findings import Finding

_ONE = r"[^\W\d_][\w'’-]*"
_MARKED = re.compile(
    rf"\b(?:TODO|FIXME|HACK|XXX|BUG)\((?P<todo>{_ONE}(?:[ .]{_ONE})?)\)"
    rf"|^(?:git blame:[ \t]*)?\^?[0-9a-f]{{7,40}}[ \t]+\((?P<blame>{_ONE}(?:[ \t]{_ONE}){{0,3}})"
    r"[ \t]+\d{4}-\d\d-\d\d"
    rf"|^[ \t]*\d[ \t]+NAME[ \t]+(?P<given>{_ONE}(?:[ \t]{_ONE}){{0,3}})?[ \t]*"
    r"/(?P<surname>[^/\n]+)/"
    rf"|<v(?:\.[\w.-]+)?[ \t]+(?P<voice>{_ONE}(?:[ \t]{_ONE}){{0,3}})>"
    rf"|\b(?i:assignee|assigned to):[ \t]+(?P<assignee>{_ONE})(?=[ \t]*(?:$|[.,;)]))",
    re.M,
)
_GROUPS = ("todo", "blame", "given", "surname", "voice", "assignee")
_GEDCOM = re.compile(r"^[ \t]*\d[ \t]+(?:@\w+@[ \t]+)?[A-Z_]{3,5}\b", re.M)
_TAGS = {
    *("INDI", "FAM", "NAME", "BIRT", "DEAT", "BURI", "RESI", "ADDR", "PLAC", "DATE", "NOTE"),
    *("SEX", "FAMC", "FAMS", "HUSB", "WIFE", "CHIL", "MARR", "OCCU", "SOUR", "TITL", "HEAD"),
}


def marked(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` with the names the formats above mark, each one PERSON in place of the PERSONs
    that overlap it (`Anna Berg>ja`), but not an assignee that is a part of a wider one (`C.
    Hedberg`, round thirty-two: `Robinson, John`); a GEDCOM tag is no PERSON."""
    gedcom = len(_GEDCOM.findall(text)) >= 2
    if gedcom:
        findings = [f for f in findings if not (f.kind == "PERSON" and f.value(text) in _TAGS)]
    spans = []
    assigned = set()
    for match in _MARKED.finditer(text):
        for group in _GROUPS:
            if match.group(group) is not None and (group not in ("given", "surname") or gedcom):
                start = match.start(group)
                spans.append((start, start + len(match.group(group).rstrip())))
                if group == "assignee":
                    assigned.add(start)
    if not spans:
        return findings
    others = [f for f in findings if f.kind != "PERSON"]
    spans = [(s, e) for s, e in spans if not any(f.start < e and s < f.end for f in others)]
    wider = [(f.start, f.end) for f in findings if f.kind == "PERSON"]
    spans = [  # not an assignee's part: `C` of `C. Hedberg`, `Robinson` of `Robinson, John`
        (s, e)
        for s, e in spans
        if s not in assigned or not any(a <= s and e <= b and b - a > e - s for a, b in wider)
    ]
    kept = [
        f
        for f in findings
        if f.kind != "PERSON" or not any(f.start < e and s < f.end for s, e in spans)
    ]
    return kept + [Finding("PERSON", s, e, 0.7) for s, e in spans]


# Letters of no Latin script, up to four words of them (Arabic, Persian, Cyrillic, Greek, Hebrew,
# CJK, Thai, ...).
_OTHER = r"[^\W\d_\u0000-\u024f\u1e00-\u1eff]"
_TWIN = re.compile(rf"[ \t]*\((?P<twin>{_OTHER}+(?:[ \t]{_OTHER}+){{0,3}})\)")


def twins(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` with the name in another script that follows a PERSON in brackets."""
    taken = {(f.start, f.end) for f in findings}
    more = []
    for f in findings:
        twin = _TWIN.match(text, f.end) if f.kind == "PERSON" else None
        if twin is not None and twin.span("twin") not in taken:
            more.append(Finding("PERSON", *twin.span("twin"), f.score))
    covered = [f for f in findings if any(t.start <= f.start and f.end <= t.end for t in more)]
    return [f for f in findings if f not in covered] + more
