"""Round thirty (dev-bs, notices of outages and street works): streets and places named in a row.
After an address found, the next one joined to it by a comma, `och`, `samt`, `and` or `or`
(maybe after `del av`, `parts of`) is an address too when it has an address's form:
- a word of a street's own ending, in lower case too, maybe after an adjective (`på nygatan,
  storgatan och del av tegelbruksvägen`, `på murgrönsvägen och gröna gatan`);
- an English street (`along Park Avenue and Willow Drive`, `Mill Lane, York Road`);
- a place's name and a number after an address of the same form (`Lövudden 65, Fäbodvallen 109
  och Vallen 193`).
"""

from __future__ import annotations

import re

from rung.privacy.address_shapes import ENGLISH_WAYS
from rung.privacy.findings import Finding
from rung.privacy.name_words import MONTHS, words
from rung.privacy.names import given, listed
from rung.privacy.tagger import everyday_zipf

_JOIN = re.compile(
    r"(?:[ \t]*,|[ \t]+(?:och|samt|eller|and|or|&))[ \t]+"
    r"(?:(?i:del[ \t]+av|delar[ \t]+av|parts?[ \t]+of|part[ \t]+of)[ \t]+)?"
)
_ENDS = (
    r"gatan|vägen|gränd|gränden|stigen|svängen|slingan|allén|backen|torget|leden|liden|höjden|"
    r"stråket"
)
_STREET = re.compile(
    rf"[a-zåäöA-ZÅÄÖ][a-zåäö]*(?:{_ENDS})(?![\w-])"
    rf"|[a-zåäöA-ZÅÄÖ][a-zåäö]+[ \t](?i:{_ENDS})(?![\w-])"  # `gröna gatan` (`_first_word_ok`)
    rf"|(?:[A-Z][a-z]+[ \t]){{1,3}}(?:{ENGLISH_WAYS})(?![\w-])"
)
_PLACE_NUMBER = re.compile(r"[A-ZÅÄÖ][a-zåäö]{2,}[ \t][1-9]\d{0,3}[A-D]?(?![\w,.:-])")
# The first of a Swedish street's two words: capitalised, or an adjective in lower case (`gröna`,
# `västra`), not a word of quantity or place (`hela gatan`).
_ADJECTIVE = re.compile(r"[a-zåäö]+(?:a|e)|[A-ZÅÄÖ][a-zåäö]+")
_NOT_ADJECTIVES = {"hela", "halva", "bara", "även", "också", "inne", "ute", "nere", "uppe"}


def rows(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The addresses joined in a row to those `found` (see the module), each after the last."""
    more: list[tuple[int, int]] = []
    for start, end in found:
        numbered = _PLACE_NUMBER.fullmatch(text, start, end) is not None
        while (join := _JOIN.match(text, end)) is not None:
            street = _STREET.match(text, join.end())
            if street is not None and not _first_word_ok(street.group()):
                street = None
            if street is not None and street.group().islower() and not text[start:end].islower():
                street = None  # `256 29  HELSINGBORG, avliden 2027-05-09` (round forty-three)
            if street is not None:
                span = street.span()
            elif numbered and (place := _PLACE_NUMBER.match(text, join.end())) is not None:
                if given(place.group().split()[0]):
                    break  # `Storgatan 5 och Anna 12 år`
                span = place.span()
            else:
                break
            more.append(span)
            end = span[1]
    return more


def _first_word_ok(street: str) -> bool:
    """A Swedish street of two words starts with an adjective or a capitalised word (`gröna
    gatan`, `Gröna Gatan`), not with any word (`hela gatan`)."""
    words = street.split()
    if len(words) == 1 or words[-1] in ENGLISH_WAYS.split("|"):
        return True
    return _ADJECTIVE.fullmatch(words[0]) is not None and words[0] not in _NOT_ADJECTIVES


# Round thirty-one (dev-bv, farms): a village's or a farm's name and a number right after a
# person's name and a comma, ending the clause (`hos Piotr Jankowski, Höga 60.`, `//Axel Eriksson,
# Höga 225`): where the person lives, as the countryside writes it. Not a label's word (`Rum 12`,
# `Team 3`, `Year 12`), nor a date (`May 1`), nor a count (`Anna, 12 år`).
_PLACE_AFTER_PERSON = re.compile(
    r",[ \t]+(?P<place>[A-ZÅÄÖ][a-zåäö]{1,}(?:[ \t][A-ZÅÄÖ][a-zåäö]+)?[ \t][1-9]\d{0,2}[A-D]?)"
    r"(?=[ \t]*(?:[.;]|\n|\Z|,[ \t]+[\d+(]))(?![.][ \t]+[A-ZÅÄÖ][\w-]+,)"  # not `Dilshad 2. Björk,`
)
_LABELS = (
    words(
        """
        rum room plats seat bord table tel telefon phone box nr no vecka week v kl lgh plan floor
        team lag grupp group klass class hus house bil car kassa kund order ärende case pass gate
        dörr door skåp locker stall stable hage paddock sektion section rad row år age level
        våning avdelning ward bädd bed sal hall year grade årskurs åk term termin säsong season
        shift runda round match game heat lopp line linje
        """
    )
    | MONTHS
)


def after_person(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` and the village or farm and number after a PERSON and a comma (see above),
    with its postcode and town."""
    from rung.privacy.addresses import widen_address

    added: list[Finding] = []
    for person in (f for f in findings if f.kind == "PERSON"):
        match = _PLACE_AFTER_PERSON.match(text, person.end)
        if match is None or match.group("place").split()[0].casefold() in _LABELS:
            continue
        if given(match.group("place").split()[0]):
            continue  # `Sara Ali, Dilshad 2`: a name and a number
        start, end = widen_address(text, *match.span("place"))
        if not any(f.start < end and start < f.end for f in findings + added):
            added.append(Finding("ADDRESS", start, end, 0.55))
    return findings + added


# Round thirty-two (dev-bz): a visit list's entry, a time, a surname alone and a comma before the
# address (`12:15 Roberts, 24 The Green, Oban PA10 3LZ, vaccs.`).
_VISITOR_BEFORE = re.compile(
    r"(?:^|(?<=[\n.;,])|(?<=[.;,][ \t]))[ \t]*\d{1,2}[:.]\d\d[ \t]+"
    r"(?P<name>[A-ZÅÄÖ][\w'’-]+),[ \t]*\Z"
)


def person_before(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` and the surname alone before an address on a visit list (see above): a listed
    name or no everyday word."""
    added: list[Finding] = []
    for address in (f for f in findings if f.kind == "ADDRESS"):
        line_start = text.rfind("\n", 0, address.start) + 1
        match = _VISITOR_BEFORE.search(text, max(line_start, address.start - 40), address.start)
        if match is None:
            continue
        start, end = match.span("name")
        word = match.group("name")
        if not (listed(word) or max(everyday_zipf(word.casefold())) < 3):
            continue
        if not any(f.start < end and start < f.end for f in findings + added):
            added.append(Finding("PERSON", start, end, 0.55))
    return findings + added


# Round thirty-four: streets named in a row without numbers are one address each (`röjer Birger
# Jarlsgatan, Väpnargatan och Gärdsslingan`), however the address tagger joined them.
_STREET_PIECE = re.compile(rf"(?:[A-ZÅÄÖ][a-zåäö]+[ \t]){{0,2}}[A-ZÅÄÖa-zåäö][a-zåäö]*(?:{_ENDS})")


def streets_apart(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` with each ADDRESS made of streets without numbers, joined by commas, split
    into one address per street."""
    out: list[Finding] = []
    for f in findings:
        pieces = list(re.finditer(r"[^,]+", f.value(text))) if f.kind == "ADDRESS" else []
        named = [p for p in pieces if _STREET_PIECE.fullmatch(p.group().strip())]
        if len(pieces) < 2 or len(named) < len(pieces):
            out.append(f)
            continue
        for piece in pieces:
            lead = len(piece.group()) - len(piece.group().lstrip())
            start = f.start + piece.start() + lead
            out.append(Finding("ADDRESS", start, start + len(piece.group().strip()), f.score))
    return out
