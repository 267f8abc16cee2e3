"""Round thirty-four (dev-ch): who lives in a flat, named in brackets after it (`lgh 1306
(Dalin)`, `flat 1208 (Hopkins)`, `från lgh ovanför (Hägg)`; not `lgh 1204 (Renoverad)`), or
right before its number on a booking board, a key list or in a notice (`mån 10:45: Hämäläinen
lgh 1301`, `tors 8:15: Rönn/Blom lgh 1204`, `Anmäl till Mira i lgh 1305`, `Kozłowski in flat
12`; not after a comma, where a place ends an address's line: `Cambridge, Flat 16`): one or two
capitalised words, each a listed name, a word shaped as a surname or a word no language uses
much, and none a stop word, a thing of the lexicon, a word of one language only or a compound
(`Hyresgäst lgh 1204`, `Tvättstuga lgh 1`). Round thirty-six: a hotel's guest by the room
(`rum 214 (Hansson)`, `complaint from 715 (Atkinson)`), a table's by the party (`Holmqvist, 4
pers`).
Round fifty-two (dev-fx, dev-fz): the family an order or a feast is for, between `the` and its
noun (`the Landström wedding`, `the Jones cake`, `who's got the melnyk order?`); in lower case
only a listed name or a rare word that no language uses much (not `the green cake`).
A street before a flat's number is an address's part, found before this runs.

In chat, in lower case: a neighbour asked or left something with, then where they live (`fråga
celik i 1203`, `leave it with colleen downstairs`, `lämna den hos ahmed på plan 3`): a listed
name or a word no language uses much, no stop word.
"""

from __future__ import annotations

import re

from rung.privacy import names as name_rules
from rung.privacy.findings import Finding

_WORD = r"[A-ZÅÄÖ][\w'’-]+"
_BEFORE_FLAT = re.compile(
    rf"(?<![\w-])(?P<names>{_WORD}(?:[ \t]*/[ \t]*{_WORD})?)"
    r"(?:[ \t]+(?:i|in))?[ \t]+(?i:lgh|lägenhet|flat|apt)\.?[ \t]*\d{1,4}\b"
    r"(?![ \t]*:)"  # not a label's word (`Dörrskylt lgh 1708: NILSSON`)
)

_LOWER_NEIGHBOUR = re.compile(
    r"(?<![\w-])(?i:hos|with|fråga|ask|to|till|från|from)[ \t]+(?P<name>[a-zåäöéüçşğı]{3,})"
    r"(?=[ \t]+(?:(?:i|in)[ \t]+(?:lgh[ \t]*|flat[ \t]*|apt[ \t]*|nr[ \t]*)?\d{1,4}\b|"
    r"downstairs|upstairs|next[ \t]+door|(?:på|on)[ \t]+(?:plan|våning|floor)[ \t]*\d|"
    r"(?:på|on)[ \t]+(?:the[ \t]+)?\w+[ \t]+(?:floor|våningen)))"
)
_CASED = r"[A-ZÅÄÖ](?:[a-zåäöéü]+|[A-ZÅÄÖ]+)"
_IN_BRACKETS = re.compile(
    r"(?<![\w-])(?i:(?:lgh|lägenhet|flat|apt|apartment|rum|rummet|room|rm)\.?[ \t]*"
    r"(?:nr\.?[ \t]*)?\d{1,5}[A-Z]?|(?:from|från)[ \t]+\d{3,4}|"
    r"ovanför|nedanför|bredvid|under[ \t]+oss|above|below|next[ \t]+door)"
    rf"[ \t]*\((?P<name>{_CASED}(?:[ -]{_CASED})?)\)"  # round 37: in capitals (`(ALI)`, dev-cq)
)

# Round thirty-six (dev-cm): a booking's name before the size of its party (`Dinner reservation:
# Holmqvist, 4 pers`, `Table for Reyes, 6 guests`).
_PARTY = re.compile(  # not a limit (`Max 120 gäster`; round thirty-eight, dev-cs)
    r"(?<![\w-])(?!(?:Max|Min|Maximum|Minimum|Totalt|Total|Cirka|Ca|Approx)\b)"
    rf"(?P<name>{_WORD})(?=,?[ \t]+\d{{1,3}}[ \t]*"
    r"(?:pers|personer|people|persons|guests|gäster|pax|covers|kuvert)\b)"
)

_OCCASION = re.compile(
    r"(?<![\w-])(?i:the)[ \t]+(?P<name>[^\W\d_][\w'’-]+)[ \t]+"
    r"(?:wedding|cake|order|funeral|christening|bouquet|wreath|booking)s?(?![\w-])"
)


def residents(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` and the residents named before a flat's number or, in lower case, before where
    they live (see the module) that no finding covers yet."""
    spans = []
    for match in _BEFORE_FLAT.finditer(text):
        at = match.start("names")
        spans += [(at + p.start(), at + p.end()) for p in re.finditer(_WORD, match.group("names"))]
    spans += [m.span("name") for m in _IN_BRACKETS.finditer(text)]  # `(Anna Berg)`: one name
    spans += [m.span("name") for m in _LOWER_NEIGHBOUR.finditer(text)]
    spans += [m.span("name") for m in _PARTY.finditer(text)]
    spans += [m.span("name") for m in _OCCASION.finditer(text) if _family(m.group("name"))]
    added: list[Finding] = []
    for start, end in spans:
        if any(f.start < end and start < f.end for f in findings + added):
            continue
        if all(map(_resident, re.split(r"[ -]", text[start:end]))):
            added.append(Finding("PERSON", start, end, 0.6))
    return findings + added


def _family(word: str) -> bool:
    """A family's name before an order's noun: capitalised, or a listed name that is no
    everyday word (`ali`, `wilson`, not `green`, `big`)."""
    from rung.privacy.tagger import everyday_zipf

    if word[0].isupper():
        return word[1:2].islower()  # not `the BRS order`
    return name_rules.listed(word) and max(everyday_zipf(word.casefold())) < 4.5


def _resident(word: str) -> bool:
    from rung.privacy.person_checks import _swedish_compound, one_language_only
    from rung.privacy.tagger import everyday_zipf
    from rung.privacy.thing_words import things

    key = word.casefold()
    if key in name_rules.stop_words() or key in name_rules.NOT_A_NAME or key in things()[0]:
        return False
    if one_language_only(word) or _swedish_compound(word):
        return False
    return name_rules.listed(key) or name_rules.surname(key) or max(everyday_zipf(key)) < 3
