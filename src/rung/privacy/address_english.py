"""Round thirty-nine (dev-cw): addresses as registers and notices write them in the English-
speaking countries that the British and American patterns miss.

- Australia: a unit before a slash (`3/198`), a street, a suburb, a state and a four-digit
  postcode (`19 Bay Parade, Toowong QLD 4066`).
- New Zealand: a street, maybe a rural delivery (`RD 4`) and a suburb, then a town and a four-digit
  postcode, on one line or over lines (`254 Kowhai Street\\nRemuera\\nAuckland 1050`); no year.
- Canada: a street with its direction (`Queen Street West`), a town, a province and a postal code
  (`Ottawa, ON K1S 3C5`), on one line or over two.
- Ireland: an estate's or a townland's name without a street word, anchored by a county (`Co.
  Donegal`) or an Eircode (`17 Cluain Mhuire, Letterkenny, Co. Donegal`).
- Britain: a district between the street and the town (`101 Westgate, Islington, London N22 9RF`).
- A street in capitals before its town, as in a traffic order's title (`(FORE STREET, York)`).
- An American street by its short type alone (`close Cedar Ln`, `Prospect Pl`).

Added from dev-cz (community newspapers): a post box before an Australian or New Zealand town
(`PO Box 543\nTimaru 7950`), South Africa's complex, street, town and code, Québec's own form, an
American block (`2400 block of Lake Shore Drive`) and a street after its direction's initial
(`9032 E. Broadway, Apt 26B, Fargo`), an Irish townland before its town and county (`Carrowmore,
Ballina, Co. Mayo`) and an Eircode alone in brackets (`Reposing at his home (F23 VVDY)`).
"""

from __future__ import annotations

import re

from rung.privacy.address_formats import EIRCODE, NAME, TOWN, UK_POSTCODE, UK_WAYS

_WAYS = rf"(?:{UK_WAYS}|Parade|Esplanade|Circuit|Quay|Promenade|Crossing|Heights|Vale)"
_STREET = rf"{NAME}(?:[ \xa0]{NAME}){{0,2}}"
_UNIT = r"(?:Unit|Flat|Apartment|Apt\.?|Shop|Suite|Lot)[ \t]\d{1,4}[A-Z]?,?[ \t]"
_NUMBER = rf"(?<![\w/.-])(?:{_UNIT})?(?:\d{{1,4}}[A-Z]?/)?\d{{1,5}}[A-Z]?(?:-\d{{1,5}}[A-Z]?)?"
_SEP = r"(?:,[ \t]|[ \t]*\n[ \t]*)"
_DIRECTION = r"(?:[ \t](?:North|South|East|West))?"
_BOX = r"(?<![\w.])(?:PO|P\.O\.)[ \t]Box[ \t]\d{1,6}"  # round 39 (dev-cz): `PO Box 543`
# A street with its number (the way alone too: `97 Esplanade`), or a post box.
_WAY = rf"(?:{_NUMBER}[ \t](?:{_STREET}[ \t])?{_WAYS}{_DIRECTION}|{_BOX})"
AUSTRALIAN = re.compile(
    rf"{_WAY}{_SEP}{TOWN}[ \t](?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT)[ \t]\d{{4}}(?![\w])"
)
_NOT_A_YEAR = r"(?!19\d\d|20\d\d)\d{4}(?![\w])"
NEW_ZEALAND = re.compile(
    rf"{_WAY}{_SEP}(?:RD[ \t]\d{{1,2}}{_SEP})?(?:{TOWN}{_SEP})?{TOWN}[ \t]{_NOT_A_YEAR}"
)
# South Africa: a complex before the street, the town and the code after commas (`Unit 33 Die
# Eike, 48 Protea Street, Stellenbosch, 7600`).
SOUTH_AFRICAN = re.compile(
    rf"(?:(?<![\w])Unit[ \t]\d{{1,4}}[ \t]{_STREET},[ \t])?{_WAY},[ \t]{TOWN},[ \t]{_NOT_A_YEAR}"
)
_CA_CODE = r"[A-Z]\d[A-Z][ \t]?\d[A-Z]\d(?![\w])"
CANADIAN = re.compile(
    rf"{_WAY}{_SEP}{TOWN},?[ \t](?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)[ \t]+{_CA_CODE}"
)
# Québec's own form (`2450, rue Principale, Joliette (Québec)  J6E 6B5`).
QUEBEC = re.compile(
    r"(?<![\w])\d{1,5},?[ \t](?:rue|avenue|boulevard|boul\.|chemin|rang|place|route)[ \t]"
    rf"[^,\n]{{2,40}},[ \t]{TOWN}[ \t]\((?:Québec|Quebec|QC)\)[ \t]+{_CA_CODE}"
)
# The United States: a block for a house (`2400 block of Lake Shore Drive`), and a street after
# its direction's initial, with a unit and a town maybe (`9032 E. Broadway, Apt 26B, Fargo`).
_US_STREET = (
    rf"(?:(?:{_STREET}[ \t])?(?:{_WAYS}|(?:Ave|St|Rd|Blvd)(?![\w-])\.?)|Broadway"
    rf"|County[ \t]Road[ \t]\d{{1,4}})"
)
AMERICAN_BLOCK = re.compile(
    rf"(?<![\w])\d{{1,5}}[ \t]block[ \t]of[ \t](?:[NSEW]\.?[ \t])?{_US_STREET}"
)
AMERICAN_DIRECTION = re.compile(
    rf"(?<![\w.-])(?:\d{{1,6}}[ \t])?[NSEW]\.[ \t]{_US_STREET}"  # not `N-E. Strandberg`
    rf"(?:,[ \t](?:Apt|Apartment|Unit|Suite)\.?[ \t]\w{{1,5}})?"
    rf"(?:,[ \t]{TOWN}(?=[.,;:)]|[ \t]*$|[ \t]*\n))?",
    re.M,
)
IRISH = re.compile(
    rf"(?:{_NUMBER}[ \t]|(?<![\w])(?:Apartment|Apt\.?|Flat|Unit)[ \t]\d{{1,4}}[A-Z]?,[ \t])"
    rf"{NAME}(?:[ \xa0](?:an|na|{NAME})){{0,3}}{_SEP}(?:{TOWN}{_SEP}){{0,2}}"  # `Páirc an Locha`
    rf"(?:Co\.?[ \t]{NAME}(?:{_SEP}{EIRCODE})?|{EIRCODE})(?![\w])"
)
# Round thirty-nine (dev-cz): a townland before its town and county, with no number (`Carrowmore,
# Ballina, Co. Mayo`, over lines too), when the townland is no known name; an Eircode alone in
# brackets or after its label (`Reposing at his home (F23 VVDY)`).
TOWNLAND = re.compile(
    rf"(?<![\w-])(?P<land>{NAME}){_SEP}(?:{TOWN}{_SEP}){{1,2}}(?:Co\.?|County)[ \t]{NAME}"
    rf"(?:{_SEP}{EIRCODE})?(?![\w])"
)
EIRCODE_ALONE = re.compile(
    r"(?:(?<=\()|(?<=Eircode:[ \t])|(?<=Eircode[ \t]))"
    r"(?:[ACDEFHKNPRTVWXY]\d{2}|D6W)[ \t]?[0-9ACDEFHKNPRTVWXY]{4}(?![\w])"
)
BRITISH_DISTRICT = re.compile(
    rf"{_NUMBER}[ \t](?:The[ \t])?{_STREET}{_SEP}(?:{TOWN}{_SEP}){{1,2}}{TOWN}[ \t]"
    rf"{UK_POSTCODE}(?![\w])"
)
_UPPER_WAYS = (
    "STREET|ROAD|LANE|AVENUE|DRIVE|PLACE|HILL|CLOSE|CRESCENT|TERRACE|GARDENS|GROVE|WAY|ROW|"
    "SQUARE|WALK|PARADE|MEWS"
)
CAPITALS = re.compile(
    rf"(?<![\w'’-])(?:[A-Z]{{2,}}[ \t]){{1,3}}(?:{_UPPER_WAYS})(?=,[ \t][A-Z][a-z])"
)
AMERICAN_SHORT = re.compile(
    r"(?<![\w-])[A-Z][a-z]{2,}(?:[ \t][A-Z][a-z]{2,})?[ \t](?:Ln|Pl|Rd|Ave|Blvd|Pkwy|Hwy|Cir)"
    r"(?![\w-])"
)
# Round forty (dev-df, the third writer of CU's genre: local papers of Britain and Ireland): an
# address as the papers print it, with no postcode, ended by the clause (`27 West End, Taunton`,
# `51 Bóthar na Trá, Dundalk`); a house or a flat before a street or an estate (`Hillview House,
# Main Street, Clifden`, `Apt 9, The Granary, Gorey`); a townland of an Irish shape before its
# town, and maybe its county (`Cappagh, Killarney`, `Kilcummin, Galway, County Galway`). None of
# their words may be a name of the lists or a stop word (`bänk 2 Väddgren, Ärnbjörg` is a row of
# people): over the dev sets other than dev-df, 216 of 220 matches lie inside a labelled address.
_CLAUSE_END = (
    r"(?=[ \t]*(?:[.;:)\n'\"”]|[ \t]–|\Z|,[ \t](?:[a-z]|\d))"
    r"|[ \t](?:on|at|in|and|who|was|were|is|had|has|for|to|by|with)[ \t])"
)
_IRISH_LAND = (
    r"(?:Bally|Kil|Gort|Cool|Carrow|Cappagh|Clon|Cloon|Knock|Lios|Drom|Drum|Derry|Rath|Ard|Glen|"
    r"Tully|Mullagh|Curragh|Inch|Lack|Lisheen|Dromore)[a-záéíóú]*"
)
_STREET_PRINTED = re.compile(
    rf"(?<![\w/.:-])(?!1[89]\d\d|20\d\d)\d{{1,4}}[a-z]?[ \t]"
    rf"(?P<words>{NAME}(?:[ \t](?:an|na|{NAME})){{1,3}}),[ \t](?P<town>{TOWN}){_CLAUSE_END}"
)
_HOUSE_PRINTED = re.compile(
    rf"(?<![\w'’-])(?P<words>(?:Apt|Apartment|Flat|Unit)\.?[ \t]\d{{1,4}}[A-Z]?"
    rf"|{NAME}(?:[ \t](?:House|Cottage|Lodge|Farm|Barn|Villa))?),[ \t]"
    rf"(?P<street>The[ \t]{NAME}|(?:\d{{1,4}}[a-z]?[ \t])?{NAME}(?:[ \t]{NAME})?"
    rf"[ \t](?:{UK_WAYS}|Court)|\d{{1,4}}[a-z]?[ \t]{NAME}(?:[ \t]{NAME}){{0,2}}"
    rf"|{NAME}[ \t](?:an|na)[ \t]{NAME})(?:,[ \t]{TOWN}){{1,2}}(?:,[ \t]{UK_POSTCODE})?"
    rf"{_CLAUSE_END}"
)
_TOWNLAND_PRINTED = re.compile(
    rf"(?<![\w'’-])(?P<words>(?:{NAME},[ \t])?(?:{NAME}[ \t])?{_IRISH_LAND}"
    rf"(?:[ \t]{NAME})?),[ \t]"
    rf"(?:{TOWN},[ \t])?{TOWN}(?:,[ \t](?:Co\.?|County)[ \t]{NAME}"
    rf"(?:[ \t]{EIRCODE})?)?{_CLAUSE_END}"
)


def _printed(text: str) -> list[tuple[int, int]]:
    """The printed addresses above whose words are no names nor stop words."""
    from rung.privacy.names import listed, stop_words

    found = []
    for pattern in (_STREET_PRINTED, _HOUSE_PRINTED, _TOWNLAND_PRINTED):
        position = 0
        while (match := pattern.search(text, position)) is not None:
            position = match.start() + 1  # on a person's name: try the next word (`Jacobs, Kil…`)
            if _WORD_BEFORE.search(text, max(0, match.start() - 30), match.start()):
                continue  # `Edward Salazar, Rathmore Farm`: a person's surname, not a house
            house = _HOUSE.search(match.group("words"))  # `Rose Cottage`: a name may start it
            words = "" if house else match.group("words")
            if pattern is _STREET_PRINTED:  # not a house's street nor a townland's town, which
                words += " " + match.group("town")  # may be named after someone
            words = re.findall(r"[^\W\d_]+", words)
            if not any(listed(w) or w.casefold() in stop_words() for w in words if w not in _PLAIN):
                found.append(match.span())
                position = match.end()
    return found


_HOUSE = re.compile(r"[ \t](?:House|Cottage|Lodge|Farm|Barn|Villa)\Z")
_WORD_BEFORE = re.compile(r"[A-ZÅÄÖ][^\W\d_]*[ \t]\Z")
_PLAIN = frozenset({"an", "na", "The", "Apt", "Flat", "Unit", "Apartment"})


PATTERNS = (
    AUSTRALIAN,
    NEW_ZEALAND,
    SOUTH_AFRICAN,
    CANADIAN,
    QUEBEC,
    AMERICAN_BLOCK,
    AMERICAN_DIRECTION,
    IRISH,
    EIRCODE_ALONE,
    BRITISH_DISTRICT,
    CAPITALS,
    AMERICAN_SHORT,
)


def find(text: str) -> list[tuple[int, int]]:
    """(start, end) of each address above in `text`."""
    from rung.privacy.names import known_name

    found = [m.span() for pattern in PATTERNS for m in pattern.finditer(text)] + _printed(text)
    position = 0
    while (land := TOWNLAND.search(text, position)) is not None:
        if known_name(land.group("land")):  # a person before the townland: try the next word
            position = land.end("land")
            continue
        found.append(land.span())
        position = land.end()
    return found
