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
"""

from __future__ import annotations

import re

from rung.privacy.addresses import _NAME, _TOWN, _UK_POSTCODE, _UK_WAYS, EIRCODE

_WAYS = rf"(?:{_UK_WAYS}|Parade|Esplanade|Circuit|Quay|Promenade|Crossing|Heights|Vale)"
_STREET = rf"{_NAME}(?:[ \xa0]{_NAME}){{0,2}}"
_UNIT = r"(?:Unit|Flat|Apartment|Apt\.?|Shop|Suite|Lot)[ \t]\d{1,4}[A-Z]?,?[ \t]"
_NUMBER = rf"(?<![\w/.-])(?:{_UNIT})?(?:\d{{1,4}}[A-Z]?/)?\d{{1,5}}[A-Z]?(?:-\d{{1,5}}[A-Z]?)?"
_SEP = r"(?:,[ \t]|[ \t]*\n[ \t]*)"
_DIRECTION = r"(?:[ \t](?:North|South|East|West))?"
_WAY = rf"{_NUMBER}[ \t]{_STREET}[ \t]{_WAYS}{_DIRECTION}"
AUSTRALIAN = re.compile(
    rf"{_WAY}{_SEP}{_TOWN}[ \t](?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT)[ \t]\d{{4}}(?![\w])"
)
NEW_ZEALAND = re.compile(
    rf"{_WAY}{_SEP}(?:RD[ \t]\d{{1,2}}{_SEP})?(?:{_TOWN}{_SEP})?{_TOWN}[ \t]"
    r"(?!19\d\d|20\d\d)\d{4}(?![\w])"
)
CANADIAN = re.compile(
    rf"{_WAY}{_SEP}{_TOWN},?[ \t](?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)[ \t]"
    r"[A-Z]\d[A-Z][ \t]?\d[A-Z]\d(?![\w])"
)
IRISH = re.compile(
    rf"(?:{_NUMBER}[ \t]|(?<![\w])(?:Apartment|Apt\.?|Flat|Unit)[ \t]\d{{1,4}}[A-Z]?,[ \t])"
    rf"{_NAME}(?:[ \xa0](?:an|na|{_NAME})){{0,3}}{_SEP}(?:{_TOWN}{_SEP}){{0,2}}"  # `Páirc an Locha`
    rf"(?:Co\.?[ \t]{_NAME}(?:{_SEP}{EIRCODE})?|{EIRCODE})(?![\w])"
)
BRITISH_DISTRICT = re.compile(
    rf"{_NUMBER}[ \t](?:The[ \t])?{_STREET}{_SEP}(?:{_TOWN}{_SEP}){{1,2}}{_TOWN}[ \t]"
    rf"{_UK_POSTCODE}(?![\w])"
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
PATTERNS = (AUSTRALIAN, NEW_ZEALAND, CANADIAN, IRISH, BRITISH_DISTRICT, CAPITALS, AMERICAN_SHORT)


def find(text: str) -> list[tuple[int, int]]:
    """(start, end) of each address above in `text`."""
    return [m.span() for pattern in PATTERNS for m in pattern.finditer(text)]
