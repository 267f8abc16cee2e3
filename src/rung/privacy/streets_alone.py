"""Streets named without a house number (rung.privacy.addresses): in lower case after a moving
verb, an address's label, a place's preposition or a direction word (`flyttar till tallbacken`,
`adressen: kvarnens torg`, `on vasagatan`, `nu, västra ekvägen?`), and capitalised after a place's
preposition when the ending names a square, a route or a hill (`på Solbacken`, round
thirty-three). Moved out of `address_tails` in round thirty-three, which had passed 600 lines.
"""

from __future__ import annotations

import itertools
import re

from rung.privacy.address_formats import EVERYDAY_ROAD, SWEDISH_STREET_WORD
from rung.privacy.name_words import AGED
from rung.privacy.thing_words import THING_FIRST

# A lower-case street without a number after a moving or living verb (`flyttar till
# tallbacken i maj`).
_LOWER_ENDS = (
    r"gatan|vägen|gränd|stigen|svängen|slingan|allén|backen|torget|höjden|kajen|stranden|liden|"
    r"ringen|hagen|parken|kroken|gången|leden|udden|platsen|stråket|promenaden|terrassen|"
    r"esplanaden|allé"  # round fifty-six (dev-gt): `Bor på björkallé.`
)
LOWER_STREET_ALONE = re.compile(
    r"(?:\b(?i:flyttar|flyttat|flytta|flyttade|bor|bodde|bo)[ \t](?:till|på|från)[ \t])"
    rf"(?P<street>[a-zåäö]{{3,}}(?:{_LOWER_ENDS}))"
    r"(?![\w-])(?![ \t]\d)"
)
# Round sixteen: a lower-case street without a number (a) after an address label or a moving
# verb, also as a genitive and a street word (`adressen: kvarnens torg`); (b) after a place
# preposition (`på`, `till`, `to`, `at`, ...) when the street is no everyday word
# (`på motorvägen` is none); (c) after a direction word anywhere (`nu, västra ekvägen?`).
LOWER_STREET_LABELLED = re.compile(
    r"(?:\b(?:adress(?:en)?|address|(?i:flyttar till|flyttat till|flytta till|bor på))"
    r"(?: är| is)?:?[ \t])"
    rf"(?P<street>[a-zåäö]{{3,}}(?:{_LOWER_ENDS})|[a-zåäö]{{3,}}s[ \t](?:allé|torg|gränd|backe|"
    r"stig|plan|väg|gata))(?![\w-])(?![ \t]\d)"
)
# For (b) only the endings that name a street more than a thing (not `kroken` a hook,
# `ringen` a ring, `parken`, `stranden`, `platsen`, ...).
_STREET_ENDS = (
    r"gatan|vägen|gränd|stigen|svängen|slingan|allén|stråket|promenaden|terrassen|"
    r"stig|torget|liden|länken|höjden"  # round eighteen
    r"|kroken|leden|backe|backen"  # round thirty-nine (dev-q, dev-r, dev-s): `på tjärdalkroken`
    r"|plan|piren|allé"  # round fifty-six (dev-gv, dev-gt): `vid brunnsplan`, `på stenpiren`
)
LOWER_STREET_AFTER = re.compile(
    r"(?:\b(?:på|till|hos|vid|från|nära|utanför|mittemot|to|at|on|near|from|outside)[ \t])"
    r"(?P<street>(?:(?:lilla|stora|övre|nedre)[ \t])?"  # round 39: `på lilla järvspårgränd`
    rf"(?P<head>[a-zåäö]{{4,}}?)(?:{_STREET_ENDS}))(?![\w-])(?![ \t]\d)"
)
# Round thirty-three (dev-bq, dev-bs): after a place's preposition, a capitalised word of an ending
# that names a square, a route, a hill, a close or a field as streets are named (`på Solbacken`,
# `on Hamnleden`, `vid Östra torget`, `röja Ängsleden`); not a family's farm (`family_place`).
# Round thirty-four (dev-ch): `mellan Klockarbacken och Rosengårdsplan`, `på Norra vägen`.
_CAPITAL_STREET = (
    r"(?:(?:Norra|Södra|Östra|Västra|Stora|Lilla|Övre|Nedre|Inre|Yttre|Gamla|Gröna|Långa)[ \t]"
    r"(?:torget|plan|gärdet|vägen|gatan|gången))"  # round fifty-six (dev-gx): `på Gröna gången`
    r"|[A-ZÅÄÖ][a-zåäö]{2,}(?:torget|leden|liden|backen|kroken|gärdet|brynet|hagen|lunden|"
    r"ringen|slätten|platsen|plan|gläntan|gången|kajen|promenaden"  # round 38: `vid Skogsgläntan`
    r"|raden"  # round thirty-nine (dev-cw): `på Villaraden`
    r"|allé|allén)"  # round forty (dev-dd): `och Kastanjeallé`
)
CAPITAL_STREET_AFTER = re.compile(
    r"(?:\b(?:på|vid|från|till|nära|utanför|mittemot|längs|utmed|röja|om|mellan|kring|runt|on|at|"
    r"near|from|outside|along|around|by|seen|"  # round thirty-eight: `kring`, `Last seen`
    r"mot|genom|förbi|through|past|towards|"  # round forty (dev-dd): `springa mot Hamnkajen`
    r"bakom|framför|behind)[ \t])"  # round fifty-six (dev-gv): `i skogen bakom Järntorget`
    rf"(?P<street>{_CAPITAL_STREET})(?![\w-])(?![ \t]\d)"
)
# Round thirty-nine (dev-cw): a street in brackets after a property's designation, as planning
# lists write it (`Ekorren 14:88 (Centralplan): rivning av förråd`).
_AFTER_PROPERTY = re.compile(
    rf"\d{{1,4}}:\d{{1,4}}[ \t]\((?P<street>{_CAPITAL_STREET}|[A-ZÅÄÖ][a-zåäö]{{2,}}"
    r"(?:gatan|vägen|gränd|stigen|svängen|slingan|allén))\)"
)
# Round forty (dev-dd): a second street after one (`boende på Myrstigen och Kastanjeallé`).
_AND_SECOND = re.compile(
    rf"[a-zåäö](?:{_LOWER_ENDS}|allé)[ \t]+(?:och|and|&)[ \t]+(?P<street>{_CAPITAL_STREET})"
    r"(?![\w-])(?![ \t]\d)"
)
_BETWEEN_SECOND = re.compile(
    rf"\bmellan[ \t]+{_CAPITAL_STREET}[ \t]+och[ \t]+(?P<street>{_CAPITAL_STREET})(?![\w-])"
    r"(?![ \t]\d)"
)
# Round twenty-nine (dev-bq): after a place's preposition, a lower-case word of an ending that
# names only a street, however common the street (`on vasagatan`, `till nygatan`, `near
# ringvägen`); of the roads that are everyday words, none (`på motorvägen`). Round thirty-seven
# (dev-cq): after `i` too (`hej det är Anna i tallvägen`).
LOWER_STREET_STRONG = re.compile(
    r"(?:\b(?:på|till|hos|vid|från|nära|utanför|mittemot|mellan|via|to|at|on|near|from|outside|"
    rf"around|hela|längs|utmed|along|i|in)[ \t])(?!{EVERYDAY_ROAD}(?![\w-]))"  # round 30: `hela`
    r"(?P<street>[a-zåäöéü]{2,}(?:gatan|torget|allén|svängen|slingan|stigen|höjden|gränden|gränd|"
    r"vägen))(?![\w-])(?![ \t]\d)"
)  # round forty-seven (dev-er): an accent in the stem too (`på tegnérgatan`)
# Round forty-one: a lower-case word that names only a street, anywhere (`det ska vara
# industrivägen`, `c/o tony miller, tullgatan`): over the dev sets, 1,138 such words lie inside a
# labelled address and 4 outside (`lastgatan`, `utrymningsvägen`); no road that is an everyday
# word, nor a word of a mail address or a domain.
_LOWER_STREET_ANYWHERE = re.compile(
    rf"(?<![\w@./-])(?!{EVERYDAY_ROAD}(?![\w-]))(?P<street>[a-zåäöéü]{{3,}}(?:gatan|vägen|gränd|"
    r"gränden|stigen|svängen|slingan|allén))(?![\w@-]|\.\w)(?![ \t]\d)"
)
# Round forty-two: a capitalised word of an ending that over the dev sets names a street and
# nothing else, anywhere (`Snow clearing rota Björkliden`, `08:10 Packhuskajen – gate code`):
# 81 inside a labelled address, 0 outside, less the loading dock and the quiz walk (4).
_CAPITAL_STREET_ANYWHERE = re.compile(
    r"(?<![\w@./-])(?!(?:Last|Tips)[a-zåäö]+(?![\w-]))(?P<street>[A-ZÅÄÖ][a-zåäö]{2,}(?:liden|"
    r"kajen|promenaden|allé|allén))(?![\w@-]|\.\w)(?![ \t]\d)"
)
# Round forty-three (dev-dt): a neighbour's street in brackets after their name in a
# consultation's list (`Cecilia Samuelsson (Kvarnbacken)`, `Marjatta Lehtonen (Solringen)`).
_STREET_AFTER_NAME = re.compile(
    r"(?<![\w-])[A-ZÅÄÖ][\w-]+[ \t][A-ZÅÄÖ][\w'’-]+[ \t]\((?P<street>[A-ZÅÄÖ][a-zåäö]{2,}"
    r"(?:gatan|vägen|backen|ringen|stigen|gränd|gränden|torget|slingan|svängen|liden|allén|"
    r"kroken|bågen|höjden|plan|kajen|gången))\)"
)
LOWER_STREET_DIRECTION = re.compile(
    r"(?<![\w-])(?P<street>(?:norra|södra|östra|västra|övre|nedre)[ \t]"
    rf"(?:[a-zåäö]{{3,}}(?:{_LOWER_ENDS})"
    r"|[a-zåäö]{3,}[ \t](?:allé|torg|gränd|backe|stig|plan|väg|gata)))"  # round 17: `x allé`
    r"(?![\w-])(?![ \t]\d)"
)


# Round thirty-five (dev-cj): English streets without a number, named in a row of two or more
# (`Affected: Church Lane, Elm Grove and parts of Leeds`), and a house number and a street in
# lower case (`i'm outside 80 albert terrace`).
_ENGLISH_TYPES = (
    r"Lane|Road|Street|Avenue|Grove|Close|Drive|Crescent|Terrace|Gardens|Way|Place|Row|Walk|"
    r"Court|Square|Mews|Boulevard|Parade"  # round thirty-seven: `Boulevard`, `Parade`
)
_ENGLISH_STREET = re.compile(
    rf"(?<![\w-])[A-Z][a-z]{{2,}}(?:[ \t][A-Z][a-z]{{2,}})?[ \t](?:{_ENGLISH_TYPES})(?![\w-])"
)
# Round thirty-seven (dev-cq): one English street without a number after a place's word (`snow
# removal at Sunset Boulevard`), before a building's word (`Laundry room rules – Spring Street
# building`), or as a notice's heading after a dash (`NOTICE TO ALL RESIDENTS – Riverside Walk`);
# numbered streets as Americans name them (`3rd Avenue`, `E 12th Street`). Not a court (`at Crown
# Court`), nor a drive of files (`on Google Drive`).
_ONE_ENGLISH = (
    r"(?!(?:Google|Shared|Team|Network|Hard|Crown|County|Magistrates|High)[ \t])"
    r"(?:[A-Z][a-z]{2,}(?:[ \t][A-Z][a-z]{2,})?[ \t](?:Lane|Road|Street|Avenue|Grove|Close|Drive|"
    r"Crescent|Terrace|Gardens|Way|Walk|Mews|Boulevard|Parade|Approach|Rise)"  # round 48 (dev-ex)
    r"|(?:[NSEW][ \t])?\d{1,3}(?:st|nd|rd|th)[ \t](?:Street|Avenue))(?![\w-])"
)
ENGLISH_STREET_PLACED = re.compile(
    rf"\b(?:at|on|near|along|outside|off|opposite|to|into|from|block[ \t]of|"  # round 39
    r"for|via|past)[ \t]+"  # round forty-eight (dev-ex): `the skip for Albert Road`
    rf"(?P<placed>{_ONE_ENGLISH})"
    rf"|(?:^|[ \t])[–-][ \t]+(?P<headed>{_ONE_ENGLISH})"
    r"(?=[ \t]*$|[ \t]+(?:building|block|estate|residents)\b)",
    re.MULTILINE,
)
# Round fifty-nine (dev-hp, dev-dv, dev-ex): one English street without a number anywhere, of a
# word that names nothing but a street (`your email about High Street`, `the Elm Street lots`,
# `cover Washington Street after`); over the dev sets such a street was an address 1,488 times
# and something else 32 (`traffic on Main Street`). Not `Lane` (people are named so) nor `Court`
# (courts are); not before a capitalised word (`Abbey Road Surgery`, `Ash Grove Stables`) nor a
# building's word (`Baker Street station`); `The` only before a word no book or room takes.
ENGLISH_STREET_ALONE = re.compile(
    r"(?<![\w-])(?<!\d[ \t])(?P<street>(?!The[ \t]|Google[ \t])"
    r"[A-Z][a-z]{2,}(?:[ \t][A-Z][a-z]{2,})?"
    r"[ \t](?:Street|Road|Avenue|Drive|Close|Way|Crescent|Grove|Terrace|Place)"
    r"|The[ \t](?:Crescent|Avenue|Drive|Close|Grove|Terrace|Parade|Mews))(?![\w-])"
    r"(?![ \t]+[A-Z])(?![ \t]+(?:station|store|shop|branch|surgery|clinic|office|depot|project|"
    r"site|school|church|stables|salon|practice|campus))"
)
# Round thirty-nine (dev-cz): an English street before its town where the clause ends, anywhere
# (`BLP-847/27: Priory Walk, Barnstaple – ...`); `address_tails` adds the town.
_ENGLISH_TOWNED = re.compile(
    rf"(?<![\w-])(?P<street>{_ONE_ENGLISH}),[ \t][A-Z][a-z]{{2,}}"
    r"(?=[ \t]*(?:[–—.;:)\n]|[ \t]-[ \t]|$))"
)
# Round forty-seven (dev-ev): one English street in lower case after a place's word, as a chat
# writes it (`the flats on castle street`, `meet at mill lane`); a street's word that is no
# everyday word of place (not `close`, `way`, `walk`, `drive`, `court`, `square`), and a name's
# word before it, no article nor determiner (not `on the street`, `on our road`).
LOWER_ENGLISH_PLACED = re.compile(
    r"\b(?:on|at|along|off|near|outside|opposite)[ \t]+"
    r"(?P<street>(?!(?:the|this|that|these|those|my|your|our|their|his|her|its|same|next|busy|"
    r"one|each|every|any|some|main|wrong|right|open|long|side|back|dirt)[ \t])[a-z]{3,}[ \t]"
    r"(?:lane|road|street|avenue|grove|crescent|terrace|gardens|mews|boulevard|parade))"
    r"(?![\w-])(?![ \t]\d)"
)
# Round thirty-eight: where a person of an age lives, as newspapers write it (`Kevin Hart, 19, of
# Anna Street, Kendal`): a street, a person's name's shape or not.
_AGED_OF_STREET = re.compile(rf"{AGED},[ \t]+of[ \t]+(?P<street>{_ONE_ENGLISH})")
_IN_A_ROW = re.compile(r",[ \t]+|[ \t]+(?:and|&|och)[ \t]+|,[ \t]+(?:and|och)[ \t]+")
LOWER_ENGLISH_ADDRESS = re.compile(
    r"(?<![\w-])\d{1,4}[a-z]?[ \t]+"
    r"(?!(?:mile|minute|hour|day|week|month|year|km|metre|meter|second|lap|step|point)s?[ \t])"
    r"[a-z]{3,}(?:[ \t][a-z]{3,})?[ \t]+"
    r"(?:road|street|lane|terrace|avenue|crescent|grove|gardens)(?![\w-])"
)


# Round fifty-eight (dev-hj): a junction written with a slash (`i korsningen
# Storgatan/Stationsplan`): two streets of a street's own ending, each side of the slash.
_JUNCTION_WORD = rf"[A-ZÅÄÖ][a-zåäö]{{2,}}(?:{_LOWER_ENDS}|plan|torg)"
_JUNCTION = re.compile(
    rf"(?<![\w/-])(?P<first>{_JUNCTION_WORD})[ \t]?/[ \t]?(?P<second>{_JUNCTION_WORD})(?![\w/-])"
)


# Round thirty-five (dev-ck): a street that names a workplace by a hyphen (`Kvarnvägen-kontoret`).
_STREET_OF_A_PLACE = re.compile(
    r"(?<![\w-])(?P<street>[A-ZÅÄÖ][a-zåäö]*(?:gatan|vägen|gränd|torget|allén|backen|stigen|"
    r"svängen|leden|platsen))-(?:kontoret|kontor|huset|lagret|butiken|entrén|filialen)(?![\w-])"
)


# Round forty (dev-df): a village and its number after a place's preposition, as a rural address
# is written without its postcode (`Rivningslov för ekonomibyggnad på Flaka 103`, `Upphittad
# cykel vid Ryd 60`, `emigrerade från Rävemåla 145`); the village no name, no everyday word (Zipf
# under 3) and no street's word, the number no count, date or time (over the dev sets, 185 of 191
# such matches are labelled addresses; the six others were dates and doses, now excluded); no
# number that starts with 0 or runs on in groups, as a phone's does.
_VILLAGE_AFTER = re.compile(
    r"(?<![\w-])(?:på|vid|från)[ \t](?P<street>(?P<village>[A-ZÅÄÖ][a-zåäö]{2,})[ \t]"
    r"[1-9]\d{0,2}[A-Ha-h]?)(?![\w/-]|[.,:]\d|[ \t]\d|[ \t]*(?:kr|st|år|%|min|km|kg|mg|m|tr|"
    r"dagar|veckor|månader|personer|bud|januari|februari|mars|april|maj|juni|juli|augusti|"
    r"september|oktober|november|december)\b)"
)


def _villages(text: str) -> list[tuple[int, int]]:
    """(start, end) of each village and its number of `_VILLAGE_AFTER` (see its checks)."""
    from rung.privacy.names import known_name
    from rung.privacy.tagger import everyday_zipf

    found = []
    for match in _VILLAGE_AFTER.finditer(text):
        village = match.group("village")
        street = SWEDISH_STREET_WORD.search(village) is not None
        if not street and not known_name(village) and max(everyday_zipf(village.casefold())) < 3:
            found.append(match.span("street"))
    return found


def _english_row(text: str) -> list[tuple[int, int]]:
    """English streets named in a row, each next to another by a comma, `and` or `&`."""
    streets = [m.span() for m in _ENGLISH_STREET.finditer(text)]
    joined = set()
    for (_, end), (start, _) in itertools.pairwise(streets):
        if _IN_A_ROW.fullmatch(text, end, start):
            joined |= {end, start}
    return [(s, e) for s, e in streets if s in joined or e in joined]


def find(text: str) -> list[tuple[int, int]]:
    """(start, end) of each street above in `text` (not a family's farm, `family_place`)."""
    from rung.privacy.tagger import everyday_zipf

    found = _english_row(text) + [m.span() for m in LOWER_ENGLISH_ADDRESS.finditer(text)]
    found += [m.span("street") for m in _STREET_OF_A_PLACE.finditer(text)]
    found += [m.span(side) for m in _JUNCTION.finditer(text) for side in ("first", "second")]
    for match in ENGLISH_STREET_PLACED.finditer(text):
        span = match.span("placed") if match.group("placed") else match.span("headed")
        if not _a_person(text[span[0] : span[1]]):
            found.append(span)
    found += [m.span("street") for m in _AGED_OF_STREET.finditer(text)] + _villages(text)
    found += [m.span("street") for m in _ENGLISH_TOWNED.finditer(text)]
    found += [_english_alone(m) for m in ENGLISH_STREET_ALONE.finditer(text) if not _a_person(m[0])]
    found += [m.span("street") for m in LOWER_STREET_ALONE.finditer(text)]
    found += [m.span("street") for m in LOWER_STREET_LABELLED.finditer(text)]
    found += [m.span("street") for m in LOWER_STREET_DIRECTION.finditer(text)]
    found += [m.span("street") for m in LOWER_STREET_STRONG.finditer(text)]
    found += [m.span("street") for m in LOWER_ENGLISH_PLACED.finditer(text)]
    found += [
        m.span("street")
        for m in _LOWER_STREET_ANYWHERE.finditer(text)
        # round forty-four (dev-eb): a street of `-gatan` however common (`drottninggatan`)
        if m.group("street").endswith("gatan") or max(everyday_zipf(m.group("street"))) < 3
    ]
    capital = (
        *CAPITAL_STREET_AFTER.finditer(text),
        *_BETWEEN_SECOND.finditer(text),
        *_AND_SECOND.finditer(text),
        *_AFTER_PROPERTY.finditer(text),
        *_CAPITAL_STREET_ANYWHERE.finditer(text),
        *_STREET_AFTER_NAME.finditer(text),
    )
    found += [m.span("street") for m in capital if not family_place(m.group("street"))]
    for match in LOWER_STREET_AFTER.finditer(text):
        if _rare_street(match.group("street"), match.group("head")):
            found.append(match.span("street"))
    return found


def _rare_street(word: str, head: str) -> bool:
    """A lower-case street word that is no everyday word (not `på motorvägen`), whose first
    part is no very common word (not `cykelstråket`, `gångvägen`, `gästparkeringen`)."""
    from rung.privacy.tagger import everyday_zipf

    stem = head[:-1] if head.endswith("s") and len(head) > 4 else head
    common = max(everyday_zipf(head)[0], everyday_zipf(stem)[0])  # Swedish (`tall` is English)
    if word.endswith(_WEAK_ENDS):  # `på tjärdalkroken`, not `på klädkroken`, `till skidbacken`
        return max(everyday_zipf(word)) < 3 and len(stem) >= 6 and common < 2.5
    return max(everyday_zipf(word)) < 3 and common < 4


_WEAK_ENDS = ("kroken", "leden", "backe", "backen")


# Round thirty-seven (dev-cq): a name found where a street stands in its own shape, in lower case
# (`rönnbärsvägen`, `ekebergs allé`, `birger jarlsgatan`) or an English one of two words
# (`Lakeview Drive`), is the street.
_SHAPED = re.compile(
    rf"(?:[a-zåäö]+[ \t])?[a-zåäö]{{3,}}(?:{_LOWER_ENDS})"
    r"|[a-zåäö]{3,}s[ \t](?:allé|torg|gränd|backe|stig|plan|väg|gata)"
    rf"|[A-Z][a-z]{{2,}}[ \t](?:{_ENGLISH_TYPES})"
)


def street_shaped(value: str) -> bool:
    """Whether a name's value has a street's shape (above) and no person's: capitalised, its
    first word is no listed name (not `Mark Lane`, `Warren Lane`)."""
    from rung.privacy.names import listed

    if _SHAPED.fullmatch(value) is None:
        return False
    return value.islower() or not listed(value.split()[0])


_STREET_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäö]{2,}(?:backen|gången|gläntan|torget|stigen)")


def street_word(value: str) -> bool:
    """A capitalised word of a street's own shape, not a firm's too (`Nyponvägen`,
    `Rosenbacken`, `Ågatan`; not `Kraftringen`, `Petplan`)."""
    return bool(_STREET_WORD.fullmatch(value) or SWEDISH_STREET_WORD.fullmatch(value))


def _english_alone(match: re.Match[str]) -> tuple[int, int]:
    """The span of an English street alone, less a stop word before its name (`Then Glen Road`)."""
    from rung.privacy.names import stop_words

    first, _, rest = match["street"].partition(" ")
    if rest.count(" ") == 1 and first.casefold() in stop_words():
        return match.start("street") + len(first) + 1, match.end("street")
    return match.span("street")


def _a_person(street: str) -> bool:
    """A given name and a surname that is also a street's word (`– Mark Lane`, `at Tom Way`),
    a person rather than a street."""
    from rung.privacy.names import given_names

    words = street.split()
    surnames = ("Lane", "Way", "Close", "Walk", "Grove", "Street", "Drive", "Parade", "Mews")
    return len(words) == 2 and words[0].casefold() in given_names() and words[1] in surnames


def family_place(street: str) -> bool:
    """A family's farm or point without a number (`Anderssons gård`, `Rashids udde`): a
    surname's genitive, the person's rather than an address; or someone's seat (`Anitas plats`)."""
    from rung.privacy.names import family_names, given_names

    words = street.split()
    first = words[0].casefold()
    if len(words) != 2 or not first.endswith("s"):
        return False
    seat = words[1] == "plats" and first[:-1] in given_names()  # `vid Ines plats` (round 48)
    return seat or first[:-1] in family_names()


def no_street(text: str, start: int, street: str) -> bool:
    """Whether a street without a number at `start` is a family's place (`family_place`) or a
    venue's name after its word (`Hotell Sjöudden`, `Brf Solbacken`; round fifty-one, dev-ft)."""
    return family_place(street) or _after_venue(text, start)


# A venue's word right before a street, no comma between: after a comma the street is the venue's
# address (`på Tallbackens förskola, Ringvägen`; round fifty-eight, dev-hh).
_VENUE_BEFORE = re.compile(r"([^\W\d_]+)\.?[ \t]+\Z")


def _after_venue(text: str, start: int) -> bool:
    """Whether a venue's word (`Hotell`, `Restaurang`, `Brf`) stands right before `start`."""
    before = _VENUE_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and before.group(1).casefold() in THING_FIRST
