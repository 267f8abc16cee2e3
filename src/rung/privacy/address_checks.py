"""What a pattern of `rung.privacy.addresses` or the address tagger took that is no address
(rounds thirty-six and thirty-seven): an addressee's name on an address label's line above a `c/o`
line, a date where a house number would stand, a signer's initial and surname before a day and
month; and (moved from `rung.privacy.detect` in round thirty-eight, which had passed 600 lines) a
measure, a thing, a count, a floor or a property's designation.
"""

from __future__ import annotations

import re

from rung.privacy.findings import Finding

# Round thirty-seven (dev-cq): a label's line without a digit above a `c/o` line holds the
# addressee (`Fakturaadress: Hampus Hermansson\nc/o Hjördis Persson\nBäcksvängen 15 ...`).
_CARE_OF_NEXT = re.compile(r"[ \t]*\n[ \t]*(?i:c/o)[ \t]")


def addressee_line(text: str, start: int, end: int) -> bool:
    """A labelled address's value with no number that is the line of its addressee above a
    `c/o`, or (round forty-three, dev-dh) only people (`new address: Daniel McBride, Jeanette
    Williams`)."""
    value = text[start:end]
    if any(c.isdigit() for c in value):
        return False
    return _CARE_OF_NEXT.match(text, end) is not None or _people_only(value) or _inverted(value)


_PEOPLE_APART = re.compile(r"[ \t]*(?:,|&|\band\b|\boch\b)[ \t]*")


# Round fifty-four (dev-gl): `Fakturaadress: Flores Jara, Claudia\nMariatorget 7\n...`.
_INVERTED = re.compile(
    r"(?P<surname>[^\W\d_][\w'’-]+(?:[ \t][^\W\d_][\w'’-]+)?),[ \t](?P<given>[^\W\d_]+)"
)


def _inverted(value: str) -> bool:
    """`Surname, Given`: a listed surname (of one or two words), then a known given name."""
    from rung.privacy import names as name_rules

    match = _INVERTED.fullmatch(value.strip())
    if match is None or not match.group("surname")[:1].isupper():
        return False
    surname = match.group("surname").split()
    return name_rules.given(match.group("given")) and name_rules.listed(surname[0].casefold())


def _people_only(value: str) -> bool:
    """Two words or three each, the first a known given name, the last a listed name."""
    from rung.privacy import names as name_rules

    pieces = [p.split() for p in _PEOPLE_APART.split(value.strip())]
    return all(
        2 <= len(p) <= 3
        and all(w[:1].isupper() for w in p)
        and name_rules.given(p[0])
        and name_rules.listed(p[-1])
        for p in pieces
    )


# Round thirty-six (dev-ck): a surname after an initial, then a day and month or a number
# (`Kontrollerad av K. Sandberg 4/5`): a person who signed, not a street.
_INITIAL_BEFORE = re.compile(r"(?<![\w.])[A-ZÅÄÖ]\.[ \t]+\Z")
_WORD_AND_NUMBER = re.compile(r"[^\W\d_]+[ \t]\d{1,2}(?:/\d{1,2})?")


def _initialled(text: str, start: int, end: int) -> bool:
    return bool(
        _INITIAL_BEFORE.search(text[max(0, start - 4) : start])
        and _WORD_AND_NUMBER.fullmatch(text, start, end)
    )


# Round thirty-six (dev-cn): a date where a house number would stand (`Hearing 2027-11-04`,
# `avliden 2027-04-06`, `Ludvika 2027-03-01`).
# Round thirty-seven (dev-cq): a day, a month and a year with dots (`Rondering 25.7.2027`).
_DATE_AS_NUMBER = re.compile(
    r"(?<![\d-])(?:(?:19|20)\d\d-[01]\d-[0-3]\d|[0-3]?\d\.[01]?\d\.(?:19|20)\d\d)(?![\d-])"
)


def _dated(text: str, start: int, end: int) -> bool:
    """Whether the first number of the address from `start` to `end` begins a date."""
    first = re.search(r"\d", text[start:end])
    return first is not None and _DATE_AS_NUMBER.match(text, start + first.start()) is not None


# Round forty-five (dev-eh, dev-ef): a word, a day and month before a time (`hos Lars Hagberg
# 16/9 kl 19.00`), and a heading's noun of doing and a number (`Gravstensinventering 17`).
_DAY_MONTH = re.compile(r"[^\W\d_]+[ \t](?:[12]\d|3[01]|0?[1-9])/(?:1[0-2]|0?[1-9])")
_TIME_AFTER = re.compile(r"[ \t]+(?:kl\.?|klockan|at)[ \t]+\d|[ \t]+\d{1,2}[:.]\d\d\b")
_DOING = re.compile(r"[A-ZÅÄÖ][a-zåäö]{4,}(?:ering|ning)[ \t]\d{1,4}")


# Round fifty-two (dev-fv, dev-fz): a heading's word and a fraction of days or years, no street's
# (`Vinterförvaring 2027/28`, `Inventering 4/8:`).
_FRACTION = re.compile(r"[A-ZÅÄÖ][a-zåäö]{4,}[ \t]\d{1,4}/\d{1,4}")


def no_address(text: str, start: int, end: int) -> bool:
    """Whether the match from `start` to `end` is a date's, a signer's or a heading's (above)."""
    if _DAY_MONTH.fullmatch(text, start, end) and _TIME_AFTER.match(text, end):
        return True
    if _DOING.fullmatch(text, start, end):
        return True
    if _FRACTION.fullmatch(text, start, end) and not _STREET_WORD.search(text, start, end):
        return True
    return _dated(text, start, end) or _initialled(text, start, end)


# Round twenty-five: what a number ending an address of a word and a number cannot be followed
# by, unless the word is a street's: points or goals (`Greta Lindberg 22 p`), a month
# (`Plocklista 3 november`: a date; `Skolgatan 8 maj` is a street still).
_COUNTED = re.compile(
    r"[ \t]+(?:p|poäng|pts|points|mål|goals|januari|februari|mars|april|maj|juni|juli|augusti|"
    r"september|oktober|november|december|January|February|March|April|May|June|July|August|"
    r"September|October|November|December)(?![\w-])"
)
_STREET_WORD = re.compile(
    r"(?:gatan|vägen|gränd|gränden|torget|torg|allén|allé|backe|backen|stigen|stig|svängen|"
    r"leden|stråket|plan|väg|gata)\b|\b(?i:street|road|avenue|lane|way|drive|close|st|rd)\b"
)


_DESIGNATED = re.compile(r"[^\W\d_]+(?:[ \t][^\W\d_]+)?[ \t]\d{1,4}")


# Round forty-three (dev-dt): a property named by its designation's word after `fastigheten`
# (`Till ägaren av fastigheten Sjöudden 25`, `Fastigheter: Västanå 7 och Björkhagen 2`), or after
# its block's word (`kv. Hästhagen 6`; round forty-eight).
_PROPERTY_BEFORE = re.compile(
    r"(?<![\w-])(?i:fastigheten|fastigheterna|fastigheter|fastighet|fastighetsbeteckning(?:en)?|"
    r"kv\.|kvarteret|kvarter)"  # round forty-eight (dev-ex): `tillbyggnad kv. Källstorp 13`
    r"[ \t]*:?"
    r"[ \t]+(?:[^\W\d_]+(?:[ \t][^\W\d_]+)?[ \t]\d{1,4}(?::\d+)?[ \t]+(?:och|,)[ \t]+)?\Z"
)


_STREET_ENDING = re.compile(r"(?:gången|platsen|slingan|kajen|stråket|ringen|liden)\b")


def counted_after(address: Finding, text: str) -> bool:
    """An address of a word that is no street's and a number that counts or dates something
    (`Lindberg 22 p`, `Plocklista 3 november`); or a property's designation (`Solbacken 2:8`;
    round thirty-four; `fastigheten Sjöudden 25`, round forty-three)."""
    designated = _DESIGNATED.fullmatch(address.value(text)) is not None
    if designated and re.match(r":\d", text[address.end : address.end + 2]):
        return True
    first_line = address.value(text).split("\n")[0]
    property_before = _PROPERTY_BEFORE.search(text, max(0, address.start - 60), address.start)
    if (
        property_before
        and _DESIGNATED.fullmatch(first_line)
        and not _STREET_WORD.search(first_line)
        and not _STREET_ENDING.search(first_line)
    ):
        return True
    counted = _COUNTED.match(text, address.end)
    return counted is not None and not _STREET_WORD.search(address.value(text))


# Round twenty-five: a floor of a building site, not a street (`stomme plan 5`; `brogatans plan
# 5` and `porfyr plan 134a lgh 1682` are streets).
# Round thirty-four (dev-ch): a floor alone, a row's label (`plan 2: Vilhelm & Caroline ...`).
_FLOOR = re.compile(
    r"[a-zåäö]{3,}(?<!s)[ \t]plan[ \t]\d{1,2}(?:[ \t]+[a-zåäö]+)?\Z"
    r"|(?i:plan|våning|floor)[ \t]*\d{1,2}\Z"
)


def _a_thing(address: Finding, things: list[Finding], text: str) -> bool:
    """An address of no digit that starts inside what `names_things` found to name a thing
    (`Fastighetsbolaget Victoria Park`: the address tagger's run over a company; not `Lillkläppen
    by, Grisslehamn`, whose town is a thing; round twenty-four). Not a street's own word that was
    read as a name and then as a thing (`parking by Nyponvägen`; round thirty-eight)."""
    from rung.privacy.streets_alone import street_word

    value = address.value(text)
    if street_word(value):
        return False
    starts = any(t.start <= address.start < t.end for t in things)
    return starts and not any(c.isdigit() for c in value)


# Round fifty-six (dev-gv, dev-gx): a code of letters and digits, no street's (`S-0202`, a
# participant; `IT-31257`, a case; `K388323`; `S/N J2SNYAR3`, a serial number), and a list's
# heading and number (`Klasslista 3`, `Vaccinationslista 65+`).
_CODE = re.compile(r"[A-Z]{1,3}-?\d{3,7}|(?:S/N|SN|Serial No\.?)[ \t]*:?[ \t]*[A-Z0-9-]{4,}")
_LIST_HEADING = re.compile(r"[A-ZÅÄÖ][a-zåäö]*lista[ \t]\d{1,3}")
# Round fifty-seven (dev-hd): a patent's or an application's number (`EP 4 595 301 B1 (SE, DE,
# FR)`, `SE 545 123 C2`, `WO 2026/123456 A1`).
_PATENT = re.compile(
    r"(?:EP|SE|US|WO|GB|DE|FR|CN|JP|KR|PCT)[ \t/]?\d[\d ,./]*[ \t][ABCU]\d?(?![\w])"
)


def _a_patent(address: Finding, text: str) -> bool:
    """An address that is a patent's number, or starts with one (its office's code maybe just
    before it)."""
    found = _PATENT.search(text, max(0, address.start - 4), address.end)
    return found is not None and found.start() <= address.start < found.end()


def _a_venue(value: str) -> bool:
    """A value with no digit that starts with a venue's word or ends with a shop's, as the
    tagger's runs are read (`Vårdcentralen Husensjö har tillfälligt flyttat till`, `Via
    Kungsgärdet vårdcentral`; round fifty-six)."""
    from rung.privacy.address_tagger import a_shop, venue_before

    return not any(c.isdigit() for c in value) and (venue_before(value) or a_shop(value))


def named_otherwise(address: Finding, things: list[Finding], text: str) -> bool:
    """An ADDRESS that is a measure, a thing, a count, a floor, a property, a code, a list's
    heading or a venue (above)."""
    from rung.privacy.address_tagger import MEASURE

    value = address.value(text)
    return bool(
        MEASURE.search(value)
        or _CODE.fullmatch(value)
        or _LIST_HEADING.fullmatch(value)
        or _a_patent(address, text)
        or _a_venue(value)
        or _a_thing(address, things, text)
        or counted_after(address, text)
        or _FLOOR.match(value)
        or _ROAD_NUMBER.search(value)
        or (value.islower() and _CLOCK.match(text, address.end) and not _STREET_WORD.search(value))
        or (_BODY_AFTER.match(text, address.end) is not None and not any(map(str.isdigit, value)))
    )


# Round forty-eight (dev-fb): a street of no number before a firm's or a body's word, the firm's
# name (`Green Lane Veterinary Surgery`, `Church Road Dental`).
_BODY_AFTER = re.compile(
    r"[ \t]+(?:Veterinary|Vets|Surgery|Dental|Medical|Health|Practice|Clinic|Pharmacy|Primary|"
    r"School|Academy|Garage|Motors|Hotel|Stores|Studios?|Library|Church|Nursery)\b"
)


# Round forty (dev-dd): a road's number, not a street's (`riksväg 50`, `trafikolycka väg 22`; not
# `Dag Hammarskjölds väg 12`), and a time's hours after a lower-case word no street has
# (`uppsamlingsplatsen 08.50`; not `Sofia Sandberg 11.10`, which the address keeps hidden).
_ROAD_NUMBER = re.compile(
    r"(?:\b(?:riksväg|länsväg|europaväg)|(?<![\w-])[a-zåäö]+(?<!s)[ \t]väg)[ \t]\d{1,3}\Z"
)
_CLOCK = re.compile(r"[.:][0-5]\d(?!\d)")
