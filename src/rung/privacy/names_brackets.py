"""Round thirty-three (dev-cd): a person named in brackets, where the brackets say whose a thing
is or who answers a number (rung.privacy.detect):

- after a phone number, its owner (`Ring 079-592 01 58 (Per)`, `0768058498 (Amanda)`);
- after a role or a group, who it is (`The driver (Knut)`, `Grupp 1 (Haidari)`; round
  thirty-eight);
- on a row of a list that begins with a capitalised word, its keeper (`Ronja (Christensen):
  verkning`): one or two listed names or words shaped as surnames, no thing of the lexicon (a
  surname no list holds and no ending marks, `Lucky (Wikman)`, is not found).
- round forty-nine (dev-fd): after an address, who lives or is fetched there (`Hantverkargatan
  2, 611 22 Nyköping (Kaczmarek) – service`): a listed name only (a village in brackets after
  its street, `Glasblåsargången 158 (Dannemora)`, is a word of no list too).
Who lives in a flat, in brackets after it, is `names_homes`'.
"""

from __future__ import annotations

import re

from rung.privacy import names as name_rules
from rung.privacy.findings import Finding
from rung.privacy.thing_words import things

_NAME = r"[A-ZÅÄÖ][a-zåäöéü]+(?:[ -][A-ZÅÄÖ][a-zåäöéü]+)?"
_AFTER_PHONE = re.compile(rf"\d[ \t]*\((?P<name>{_NAME})\)")
# Round fifty (dev-fd, dev-r): in lower case too, maybe asked (`customer (andrews)`, `the plumber
# (tjodolf?)`); a word of everyday use is no name there (`the driver (ok?)`).
_LOWER_NAME = r"[a-zåäö][a-zåäöéü]+"
# Round thirty-eight (dev-bd, dev-ce, dev-aj): who a role or a group is, in brackets after it
# (`The driver (Knut)`, `kundtjänst (Nia)`, `Grupp 1 (Haidari)`); round fifty-three (dev-gb,
# dev-gd): a van's (`bil 7 (Björn)`), an artist's or a therapist's (`samma artist (Somchai)`).
_AFTER_ROLE = re.compile(
    r"(?<![\w-])(?:(?i:grupp|group|team|lag|klass|patrull|bil|van)[ \t]*\d{1,3}"
    r"|(?i:driver|chauffören|chaufför|föraren|förare|kundtjänst|support|handläggaren|handläggare|"
    r"teknikern|tekniker|agent|plumber|rörmokaren|rörmokare|electrician|elektrikern|elektriker|"
    r"kontaktperson|kontakt|contact|ansvarig|coach|tränaren|tränare|ledaren|ledare|teacher|"
    r"läraren|lärare|mentor|chefen|chef|manager|receptionisten|receptionist|vakten|guard|"
    r"nurse|sjuksköterskan|sjuksköterska|doctor|läkaren|läkare|caretaker|vaktmästaren|"
    r"vaktmästare|customer|kunden|kund|client|klienten|buyer|köparen|seller|säljaren|guest|"
    r"gästen|tenant|hyresgästen|mechanic|mekanikern|mekaniker|courier|budet|owner|ägaren|"
    r"artist|artisten|tatuerare|tatueraren|terapeut|terapeuten|therapist|massör|massören|"
    r"behandlare|stylist|frisör|frisören))"
    rf"[ \t]*\((?P<name>{_NAME}|{_LOWER_NAME})\??\)"
)
# Round fifty-three (dev-gf): a name in brackets where two or more names in brackets of the same
# text were found (`09:00 facial (Nazanin), 10:30 deep tissue (Jonna), 13:00 lashes (Li)`).
_IN_BRACKETS = re.compile(rf"\((?P<name>{_NAME})\)")
_AFTER_ADDRESS = re.compile(r"[ \t]*\((?P<name>[A-ZÅÄÖ][^\W\d_]+(?:-[A-ZÅÄÖ][^\W\d_]+)?)\)")
# Round thirty-seven (dev-cp): a kennel's or a cattery's place and number before the row (`Box 2:
# Sixten och Doris (Lidén) – lös mage`, `Run 1: Rex (Wikman) – ate well`), two animals of one
# keeper; the names before the keeper on such a row are the animals', no person.
_PLACE = r"(?:Box|Run|Rum|Bur|Hage|Pen|Spilta|Room|Kennel|Cage|Suite)[ \t]*\d{1,3}[ \t]*:[ \t]*"
_ANIMAL = r"[A-ZÅÄÖ][\w'’-]*(?:[ \t][A-ZÅÄÖ][\w'’-]*)?"
_ROW_KEEPER = re.compile(
    rf"^[ \t]*(?:[-•*][ \t]*)?(?P<place>{_PLACE})?{_ANIMAL}(?:[ \t]+(?:och|&|and)[ \t]+{_ANIMAL})?"
    rf"[ \t]+\((?P<name>{_NAME})\)[ \t]*(?:[–—:,-]|$)",
    re.M,
)


def bracketed(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` and the names in brackets above that no finding covers yet (without the
    animals' names of a kennel's row whose keeper was found)."""
    phones = [f for f in findings if f.kind == "PHONE"]
    added: list[Finding] = []
    for match in _AFTER_PHONE.finditer(text):
        if any(p.end == match.start() + 1 for p in phones):
            added += _person(match, findings)
    for match in _AFTER_ROLE.finditer(text):
        lower = match.group("name")[0].islower()
        if not lower or _lower_name(match.group("name")):
            added += _person(match, findings + added, rare=True)
    for address in [f for f in findings if f.kind == "ADDRESS"]:
        resident = _AFTER_ADDRESS.match(text, address.end)
        if resident is not None:
            added += _person(resident, findings + added)
    animals: list[tuple[int, int]] = []
    for match in _ROW_KEEPER.finditer(text):
        keeper = _person(match, findings)
        added += keeper
        start = match.start("name")
        named = keeper or [f for f in findings if f.kind == "PERSON" and f.start == start]
        if named and match.group("place"):  # `Box 2: Sixten och Doris (Lidén)`: the animals
            animals.append((match.start("place"), match.start("name")))
    kept = [f for f in findings if not any(s <= f.start and f.end <= e for s, e in animals)]
    return kept + added + _siblings(findings + added, text)


def _siblings(findings: list[Finding], text: str) -> list[Finding]:
    """The one-word names in brackets no finding covers, where two or more others are found
    whole; not where animals are, nor a pet's name (`Jack Smith (Toffee), Ronnie Slater (Ginny)`:
    their horses)."""
    from rung.privacy.names_animals import about_animals
    from rung.privacy.pets_model import pet_names

    people = {(f.start, f.end) for f in findings if f.kind == "PERSON"}
    matches = list(_IN_BRACKETS.finditer(text))
    if sum(m.span("name") in people for m in matches) < 2 or about_animals(text, 0, 0):
        return []
    added: list[Finding] = []
    for match in matches:
        name = match.group("name")
        if " " not in name and name.casefold() not in pet_names():
            added += _person(match, findings + added, rare=True)
    return added


def _person(match: re.Match[str], findings: list[Finding], rare: bool = False) -> list[Finding]:
    """The name in brackets as a PERSON, each part listed (or, with `rare`, a word no language
    uses much and no place), unless something found covers it or it is a thing."""
    start, end = match.span("name")
    if any(f.start < end and start < f.end for f in findings):
        return []
    parts = re.split(r"[ -]", match.group("name").casefold())
    every, _ = things()
    known = _rare_word if rare else _listed
    if match.group("name").casefold() in every or not all(map(known, parts)):
        return []
    return [Finding("PERSON", start, end, 0.6)]


def _lower_name(word: str) -> bool:
    """A name in lower case: listed, or a word of no language of twelve letters or fewer (not
    `counterbalance`, `förstahandshyresgäst`)."""
    return name_rules.listed(word) or (len(word) <= 12 and name_rules.no_word(word))


def _rare_word(key: str) -> bool:
    """A listed name, or a word no language uses much and no place (`haidari`)."""
    from rung.privacy.name_words import EVERY_PLACE
    from rung.privacy.tagger import everyday_zipf

    return _listed(key) or (key not in EVERY_PLACE and max(everyday_zipf(key)) < 3)


def _listed(key: str) -> bool:
    """A listed given name or surname, or a word shaped as a surname is (`wikman`)."""
    return name_rules.listed(key) or name_rules.surname(key)
