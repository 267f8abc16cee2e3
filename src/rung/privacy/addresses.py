"""Street addresses in Swedish and common European formats, by pattern.

    find_addresses("Vi bor på Rinkebysvängen 12, 163 71 Spånga.")  # [(10, 41, 0.7)]

Swedish: a street word (`Storgatan`, `Rinkebysvängen`, `Hammarby allé`, `Sergels torg`,
`Kyrkbacken`, `Lilla Torget`) with a house number, maybe a letter, `lgh NNNN`, and a postcode
and town; `Box 1234, 111 84 Stockholm`; a street word without a number after `bor på`,
`flyttat till`, `adress`. French (`88 Rue de Rivoli, 75004 Paris`), German (`Friedrichstraße
43, 10117 Berlin`, `Heuserstr. 32`), Dutch (`Keizersgracht 123, 1015 CJ Amsterdam`), British
(`Flat 3, 14 Baker Street, London NW1 6XE`), and any `Street 12, <postcode> <Town>` with a
Swedish, five-digit or Dutch postcode.
"""

from __future__ import annotations

import re

_UP = "A-ZÅÄÖÉÜÈÀÂÎÔÇŁŚŻŹĆŃÓ"
_LOW = "a-zåäöéüèàâêîôûçßłśżźćńóąęđšžčć"
_CAP = rf"[{_UP}][{_LOW}]+"
_NAME = rf"[{_UP}][{_LOW}'’]+(?:-[{_UP}{_LOW}][{_LOW}'’]*)*"
_TOWN = rf"{_NAME}(?:[ -](?:{_NAME}|sur|sous|en|le|la|les|de|du|am|an|der|im|aan|den))*"

_SV_ENDS = (
    "gatan|vägen|svängen|gränd|gata|väg|torget|torg|stigen|backen|backe|allén|allé|plan|"
    "platsen|plats|leden|liden|gången|kajen|esplanaden|promenaden|stråket|slingan|kroken|"
    "höjden|branten|bågen|ringen|vägen|udden|hagen|vallen|kullen|parken|bron"
)
_SV_SEPARATE = "allé|backe|stig|torg|plan|gränd|gata|väg|plats|park|gård|hage|udde|torget"
_SV_STREET = (
    r"(?:(?:Norra|Södra|Östra|Västra|Stora|Lilla|Gamla|Nya|Övre|Nedre|Sankt|S:t)\s)?"
    rf"(?:[{_UP}][{_LOW}-]*(?:{_SV_ENDS})"
    rf"|{_CAP}\s(?:{_SV_SEPARATE})"
    r"|Torget|Torg|Gatan|Vägen|Backe|Plan|Allé)"
)
_SV_NUMBER = r"\d{1,4}(?:\s?[A-H](?![\w]))?(?:,?\s(?:lgh|lägenhet)\s?\d{3,4})?"
_SV_POSTCODE = rf"\d{{3}}\s?\d{{2}}\s+{_TOWN}"
_TOWN_ALONE = rf"{_NAME}(?:\s{_NAME})?(?=[\s.,;:!?)]|$)(?!\s[{_UP}])"
SWEDISH = re.compile(
    rf"(?<![\w-]){_SV_STREET}\s{_SV_NUMBER}(?![\d:])"
    rf"(?:,?\s*{_SV_POSTCODE}|,\s(?!och\b|and\b){_TOWN_ALONE})?"
)
SWEDISH_BOX = re.compile(rf"\b(?:Box|Postbox|Pl)\s\d{{1,5}},?\s{_SV_POSTCODE}")
SWEDISH_NO_NUMBER = re.compile(
    r"(?:\b(?:bor på|bor i|bo på|flyttat till|flyttar till|flytta till|adress(?:en)?(?: är)?:?"
    rf"|lives at|live at|address(?: is)?:?)\s)(?P<street>[{_UP}][{_LOW}-]*(?:{_SV_ENDS}))\b"
)

_FR_WAYS = (
    r"rue|avenue|av\.|boulevard|bd|chemin|place|impasse|allée|quai|route|cours|passage|"
    r"square|rond-point|voie|sentier|faubourg|montée|villa|cité|résidence|hameau"
)
FRENCH = re.compile(
    rf"\b\d{{1,4}}(?:\s?(?:bis|ter))?,?\s(?i:{_FR_WAYS})\s"
    rf"(?:(?:de la|de l'|du|des|de|d'|l'|la|le|les)\s?)?{_NAME}"
    rf"(?:[\s-](?:de |du |des |la |le )?{_NAME}){{0,4}}"
    rf"(?:,?\s\d{{5}}\s{_TOWN})?"
)
_DE_ENDS = (
    r"straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|steig|pfad|markt|"
    r"Straße|Strasse|Weg|Gasse|Platz|Allee|Ring|Damm|Ufer|Chaussee|Steig|Pfad|Markt"
)
GERMAN = re.compile(
    rf"\b[{_UP}][{_LOW}{_UP}-]*?(?:{_DE_ENDS})\s\d{{1,4}}[a-z]?(?![\d:])"
    rf"(?:,?\s(?:D-)?\d{{5}}\s{_TOWN})?"
)
_NL_ENDS = (
    r"straat|weg|laan|gracht|plein|kade|dijk|singel|ring|hof|pad|steeg|dreef|markt|park|"
    r"plantsoen|erf|baan|wal|burg|veld|hout|berg"
)
DUTCH = re.compile(
    rf"\b[{_UP}][{_LOW}-]*(?:{_NL_ENDS})\s\d{{1,4}}[a-z]?(?![\d:])"
    rf"(?:,?\s\d{{4}}\s?[A-Z]{{2}}\s{_TOWN})?"
)
_UK_WAYS = (
    r"Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Drive|Boulevard|Blvd\.|Way|Court|Place|Square|"
    r"Terrace|Close|Crescent|Gardens|Row|Parkway|Highway|Hill|Walk|Grove|Mews|Rise|View|Green"
)
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}"
BRITISH = re.compile(
    r"(?:\b(?:Flat|Apartment|Apt\.?|Unit)\s\d{1,4}[A-Z]?,\s)?"
    rf"\b\d{{1,5}}[A-Z]?\s(?:{_NAME}\s){{1,3}}(?:{_UK_WAYS})\b"
    rf"(?:\s(?:NW|NE|SW|SE))?(?:,\s{_TOWN}(?:,?\s{_UK_POSTCODE})?|,?\s{_UK_POSTCODE})?"
)
# Anything written `<Street> <number>, <postcode> <Town>`.
ANY_WITH_POSTCODE = re.compile(
    rf"\b{_NAME}(?:\s{_NAME}|\s(?:de|la|le|van|der|den|am|an))*\s\d{{1,4}}[A-Za-z]?,?\s"
    rf"(?:\d{{3}}\s\d{{2}}|\d{{5}}|\d{{4}}\s?[A-Z]{{2}})\s{_TOWN}"
)
PATTERNS = (SWEDISH, SWEDISH_BOX, FRENCH, GERMAN, DUTCH, BRITISH, ANY_WITH_POSTCODE)


def find_addresses(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of every street address found (overlaps are left to the caller)."""
    found = []
    for pattern in PATTERNS:
        for match in pattern.finditer(text):
            found.append((match.start(), _trim(text, match.start(), match.end()), 0.7))
    for match in SWEDISH_NO_NUMBER.finditer(text):
        found.append((match.start("street"), match.end("street"), 0.5))
    return found


def _trim(text: str, start: int, end: int) -> int:
    """Drop trailing spaces and commas."""
    while end > start and text[end - 1] in " ,":
        end -= 1
    return end
