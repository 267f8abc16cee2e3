"""Round thirty-three (dev-cd): a person named in brackets, where the brackets say whose a thing
is or who answers a number (rung.privacy.detect):

- after a phone number, its owner (`Ring 079-592 01 58 (Per)`, `0768058498 (Amanda)`);
- on a row of a list that begins with a capitalised word, its keeper (`Ronja (Christensen):
  verkning`): one or two listed names or words shaped as surnames, no thing of the lexicon (a
  surname no list holds and no ending marks, `Lucky (Wikman)`, is not found).
Who lives in a flat, in brackets after it, is `names_homes`'.
"""

from __future__ import annotations

import re

from rung.privacy import names as name_rules
from rung.privacy.findings import Finding
from rung.privacy.names_things import things

_NAME = r"[A-ZÅÄÖ][a-zåäöéü]+(?:[ -][A-ZÅÄÖ][a-zåäöéü]+)?"
_AFTER_PHONE = re.compile(rf"\d[ \t]*\((?P<name>{_NAME})\)")
_ROW_KEEPER = re.compile(
    rf"^[ \t]*(?:[-•*][ \t]*)?[A-ZÅÄÖ][\w'’-]*(?:[ \t][A-ZÅÄÖ][\w'’-]*)?[ \t]+\((?P<name>{_NAME})\)"
    r"[ \t]*(?:[–—:,-]|$)",
    re.M,
)


def bracketed(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` and the names in brackets above that no finding covers yet."""
    phones = [f for f in findings if f.kind == "PHONE"]
    added: list[Finding] = []
    for match in _AFTER_PHONE.finditer(text):
        if any(p.end == match.start() + 1 for p in phones):
            added += _person(match, findings)
    for match in _ROW_KEEPER.finditer(text):
        added += _person(match, findings)
    return findings + added


def _person(match: re.Match[str], findings: list[Finding]) -> list[Finding]:
    start, end = match.span("name")
    if any(f.start < end and start < f.end for f in findings):
        return []
    parts = re.split(r"[ -]", match.group("name").casefold())
    every, _ = things()
    if match.group("name").casefold() in every or not all(map(_listed, parts)):
        return []
    return [Finding("PERSON", start, end, 0.6)]


def _listed(key: str) -> bool:
    """A listed given name or surname, or a word shaped as a surname is (`wikman`)."""
    return name_rules.listed(key) or name_rules.surname(key)
