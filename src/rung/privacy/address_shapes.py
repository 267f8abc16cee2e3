"""Round fifteen: addresses found by their shape, whatever the country's street words.

`find_shapes` reads these shapes that European and English addresses share:
- a street and house number, maybe a floor or flat part holding a digit, then a postcode and a
  town, on the same line after a comma or on the next line (`Vesterbro 225, 9. th.\\n1282
  Aalborg`, `Küüni tn 162-17, 33244 Tartu`, `Hauptstr. 5a, 10115 Berlin`): the postcode's
  shape (four or five digits, `123 45`, `12-345`, `1234-567`, `1234 AB`, `D-12345`) anchors it;
- an English street word without a number (`Salthill Road`), then a town and a British
  postcode or an Irish Eircode (`Salthill Road, Galway H91 K7HA`);
- a US street line (a number, a street word, maybe abbreviated, a suite), then a town, a
  state and a ZIP code or a Canadian postcode (`55 Water St, Suite 300, Boston, MA 02109`);
- an English street without a number after living or moving `on`/`at`/`to` (`lives on
  Brimsley Avenue`).
Round twenty-six: `named_street_start` keeps a given name before a Swedish street named after a
person in it (`Nils Ericsonsgatan 10`) and leaves any other word out (`Faktureras
Slånbärsallén 19`).
`addresses.find_addresses` widens each over what follows (a country, the next line's town).
"""

from __future__ import annotations

import re

from rung.privacy.address_formats import (
    CAP,
    LOW,
    NAME,
    SV_ENDS,
    TOWN,
    TOWN_PC,
    UK_POSTCODE,
    UK_WAYS,
    UP,
)
from rung.privacy.addresses import _common, row_after
from rung.privacy.name_words import words

# An Eircode: a routing key and four letters or digits (`H91 PWPC` has no digit in them).
_EIRCODE = r"[A-Z]\d[\dW][ \t]?[A-Z\d]{4}"
_POSTCODE = (
    r"(?:[A-Z]{1,2}-)?(?:\d{3}[ \t]\d{2}|\d{4}-\d{3}|\d{2}-\d{3}|\d{4}[ \t]?[A-Z]{2}(?![\w])"
    r"|\d{4,5})"
)
# Small words inside a street's name: a street word or its abbreviation (`Küüni tn`, `Karl
# Johans gate`, `Kongens gt.`), a link (`Laan van der Hoeven`, `Rue de la Paix`).
_STREET_SMALL = (
    r"(?:tn|mnt|pst|tee|iela|g\.|gt\.|gate|gata|gatan|vei|veg|vej|gade|väg|vägen|allé|plads|"
    r"plass|torg|str\.|straße|strasse|weg|gasse|ul\.|al\.|pl\.|van|der|den|de|la|le|du|des|"
    r"di|da|del|am|an|im|aan|op|het|te)"
)
NUMBER_POSTCODE = re.compile(
    # a street's words in one cell (round thirty-nine: not `Savchuk\tAdress\tBox 9484, ...`)
    rf"(?<![\w./-])(?P<street>{NAME}(?:[ \xa0](?:{NAME}|{_STREET_SMALL}(?![\w]))){{0,3}})"
    r"[ \t]\d{1,4}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?)?(?![\w/:-])"
    r"(?:[ \t](?:lok|m|apt|int|bte|bus|Top|Whg)\.?[ \t]?\d{1,4}[A-Za-z]?)?"  # `15 lok. 3`
    r"(?:,[ \t](?=[^,\n]{0,14}\d)[^,\n]{1,14}?)?"  # `, 9. th.`, `, 3 tr ö.g.`, `, port 2`
    rf"(?:,[ \t]|,?[ \t]*\n[ \t]*){_POSTCODE}[ \t]{{1,2}}(?P<town>{TOWN_PC})"
)
# A house's name before a British street (`Rose Cottage, `, `The Old Rectory\n`, `The Laurels, `).
_HOUSE_WORDS = (
    r"House|Court|Lodge|Cottage|Cottages|Building|Mansions|Tower|Barn|Farm|Farmhouse|Rectory|"
    r"Vicarage|Forge|Manor|Bungalow|Grange"  # not `Hall`, `Mill`: surnames too
)
_HOUSE_NAME = (
    rf"(?:(?:The[ \t])?(?:{NAME}[ \t]){{0,2}}(?:{_HOUSE_WORDS})|The[ \t]{NAME}(?:[ \t]{NAME})?)"
    r"(?:,[ \t]|[ \t]*\n[ \t]*)"
)
_BREAK = r"(?:,[ \t]|,?[ \t]*\n[ \t]*)"  # a comma or a line's end between an address's parts
_TOWNS_AND_CODE = (
    rf"(?:{_BREAK}{TOWN}){{1,2}}"
    rf"(?:,?[ \t]Co\.?[ \t]{NAME})?"  # an Irish county (`, Co. Offaly`; round sixteen)
    rf"(?:,?[ \t]|[ \t]*\n[ \t]*)(?:{UK_POSTCODE}|{_EIRCODE})(?![\w])"
)
WAY_POSTCODE = re.compile(
    r"(?<![\w-])(?:(?:Flat|Apartment|Unit|Apt\.?|Suite)[ \t]\w{1,5},[ \t])?"  # `Flat 2B, `
    rf"(?:{_HOUSE_NAME})?"
    rf"(?:\d{{1,5}}[A-Za-z]?,?[ \t])?(?P<street>(?:{NAME}[ \t]){{1,3}})(?:{UK_WAYS}|St|Rd|Ave)"
    rf"{_TOWNS_AND_CODE}"
)
# A house's name, then a street of no street word (`Rose Cottage, Northgate, Nether Wallop,
# Hampshire SO3 6XR`), of one word or two (`The Old Vicarage, Bridge End, Carlisle CA8 8ZE`; round
# fifty-eight, dev-hj), not a second house (`Lakeside Lodge\nHolly House, ...`).
HOUSE_POSTCODE = re.compile(
    rf"(?<![\w-]){_HOUSE_NAME}{NAME}(?:[ \t](?!(?:{_HOUSE_WORDS})\b){NAME})?{_TOWNS_AND_CODE}"
)
# A US street line (`1600 Pennsylvania Ave NW`, `55 Water St, Suite 300`), then a town, a
# state and a ZIP code (`, Boston, MA 02109`), on one line or the next.
_US_WAYS = (
    r"Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Court|Ct|Place|Pl|Way|"
    r"Highway|Hwy|Parkway|Pkwy|Terrace|Ter|Circle|Cir|Square|Sq|Trail|Trl|Loop|Plaza"
)
# A street of no street word (`7050 Broadway`, `8843 N Broadway`, `3305 Route 9`), a town after
# `St.` (`St. Paul`).
# Round forty-five (dev-eh): a Texan road between farms and markets (`Farm to Market Road 31`).
_US_NAMED = (
    r"(?:Broadway|(?:Route|Highway|County[ \t]Road|US|State[ \t]Route"
    r"|(?:Farm|Ranch)[ \t]to[ \t]Market[ \t]Road)[ \t]\d{1,4})"
)
US_ZIP = re.compile(
    rf"(?<![\w-])\d{{1,6}}[A-Z]?[ \t]"
    rf"(?:(?P<street>(?:(?:NW|NE|SW|SE|N|S|E|W|North|South|East|West)\.?[ \t])?"
    rf"(?:{NAME}[ \t]|\d{{1,3}}(?:st|nd|rd|th)[ \t]){{1,3}}(?:Jr\.?[ \t])?)"
    rf"(?:{_US_WAYS})\.?(?:[ \t](?:NW|NE|SW|SE|N|S|E|W))?|(?:[NSEW]\.?[ \t])?{_US_NAMED})"
    r"(?:,?[ \t](?:Suite|Ste\.?|Apt\.?|Unit|#)[ \t]?\w{1,5})?"
    rf"(?:,[ \t]|,?[ \t]*\n[ \t]*)(?:(?:St|Ft|Mt)\.[ \t])?{TOWN},?[ \t]"
    r"(?:[A-Z]{2}[ \t](?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)"  # a ZIP, a Canadian code
    r"|(?:NSW|VIC|QLD|SA|WA|TAS|ACT|NT)[ \t]\d{4})(?![\w])"  # an Australian state and postcode
)
_NOT_STREETS = words(
    """
    januari februari mars april maj juni juli augusti september oktober november december
    january february march may june july august october
    måndag tisdag onsdag torsdag fredag lördag söndag
    monday tuesday wednesday thursday friday saturday sunday
    vecka week sprint version release kvartal quarter sida page rum room
    """
)


# An English street without a number after living or moving `on`/`at`/`to` (`lives on Brimsley
# Avenue`), maybe with its town after `in`; round twenty-nine: after a preposition of place
# (`keys lost near Grove Road`, `parked on Mill Lane`).
ENGLISH_WAYS = (
    r"Avenue|Road|Street|Lane|Drive|Close|Crescent|Gardens|Terrace|Way|Grove|Place|Square|Row|"
    r"Walk|Mews"
)
ENGLISH_NO_NUMBER = re.compile(
    r"\b(?:(?:lives|live|living|lived|moved|moving|move|based|located)[ \t](?:on|at|to|in)"
    r"|near|along|off|outside|opposite|behind|on|at|from|affecting|across|past|via|into)[ \t]"
    rf"(?P<street>(?:{NAME}[ \t]){{1,3}}(?:{ENGLISH_WAYS}))(?![\w-])(?![ \t]\d)"
)


_MONTHS = r"jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec|am|pm|kl"
# A Swedish village's address (round twenty-two): `Öjeheden by 8687`, `Lillkläppen by, Grangärde`
# (the village's name no everyday word, no date after it: not `Written by 5 people`, `RSVP to
# Coriander by 1 May`, `A. Laine by 25 September`).
VILLAGE = re.compile(
    rf"(?<![\w-])(?<![{UP}]\.\s)[{UP}][{LOW}]{{3,}}\sby"
    rf"(?:\s\d{{1,4}}[a-z]?(?![\d:\w])(?!\s(?i:{_MONTHS}))|,\s[{UP}][{LOW}]+)"
)


def _street_words_ok(street: str) -> bool:
    """No stop word, month, weekday or counted thing first, no known given name or surname;
    not every word an everyday word."""
    from rung.privacy.names import family_names, given_names, stop_words
    from rung.privacy.tagger import everyday_zipf

    words = street.split()
    first = words[0].casefold()
    if first in stop_words() or first in _NOT_STREETS:
        return False
    capitalised = [w for w in words if w[:1].isupper()]
    if any(w.casefold() in given_names() or w.casefold() in family_names() for w in capitalised):
        return False
    return not all(max(everyday_zipf(w.casefold())) >= 3.5 for w in capitalised)


def find_shapes(text: str) -> list[tuple[int, int]]:
    """(start, end) of the addresses in `text` found by their shapes."""
    found = [m.span("street") for m in ENGLISH_NO_NUMBER.finditer(text)]
    found += [m.span() for m in VILLAGE.finditer(text) if not _common(m.group().split()[0])]
    for pattern in (NUMBER_POSTCODE, WAY_POSTCODE, HOUSE_POSTCODE, US_ZIP):
        position = 0
        while (match := pattern.search(text, position)) is not None:
            anchored = pattern is not NUMBER_POSTCODE  # a British, Irish or US code
            if not anchored and row_after(text, match.end("street"), match.end()):
                position = match.end()  # `Solvägen 34\nHT-66-131 Lindqvist, Theo`: a key's code
                continue
            if anchored or _street_words_ok(match.group("street")):
                found.append(match.span())
                position = match.end()
            else:  # try again from the street's next word (`Anna Storgatan 5, ...`)
                space = re.search(r"[ \t]", match.group("street"))
                position = match.end() if space is None else match.start() + space.end()
    return found


_NAMED_STREET = re.compile(
    r"(?!(?:Norra|Södra|Östra|Västra|Stora|Lilla|Gamla|Nya|Övre|Nedre|Inre|Yttre|Sankt)\s)"
    rf"({CAP})\s[{UP}][{LOW}]{{2,}}s(?:{SV_ENDS})(?![\w])"
)


def named_street_start(text: str, start: int) -> int:
    """Where an address found at `start` begins: past its first word when that word is no given
    name and a street named after a person follows (`Faktureras Slånbärsallén`)."""
    from rung.privacy.names import given

    match = _NAMED_STREET.match(text, start)
    if match is None or given(match.group(1)):
        return start
    return match.end(1) + 1
