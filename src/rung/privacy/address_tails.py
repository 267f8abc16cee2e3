"""Round twelve: more of an address once a part of it is found, and address forms found alone.

`addresses.widen_generously` calls `tail` for each step after an address (a town after a unit,
`i <Town>`, a three-digit postcode, a US state and ZIP code, a town and British postcode),
`next_lines` for the lines that follow it (a town then a postcode, a US town line, a British
postcode alone), `care_of_line` for a `c/o` line above it and `house_before` for a house or
farm name before it. `find_more` finds forms no other
pattern reads: a rural address (a village written with a place-name ending and a number,
`Kvarnträsk 214`), a Swedish street in lower case with a number (`bor på tallvägen 4`), a
Finnish post box (`PL 45, 00101 Helsinki`), and the streets of `streets_alone`.
`addresses.find_addresses` asks `past_person` where an address starts after a person's name
before it (and `streets_alone.family_place` whether a street without a number is a family's
farm, round twenty-four).
"""

from __future__ import annotations

import re

from rung.privacy import streets_alone
from rung.privacy.address_formats import EIRCODE, LOW, NAME, TOWN, UK_POSTCODE, UP
from rung.privacy.addresses import NO_TOWN, _everyday, _given_after, _given_name
from rung.privacy.name_words import words

# `... lgh 1203 Ort.`, `sector 6, București never arrived`: a town after a unit's number, where
# the clause ends or a lower-case word follows (the town's word checked by the caller).
_TOWN_AFTER_NUMBER = re.compile(
    rf",?[ \t](?P<town>{NAME}(?:[ \t-]{NAME})?)(?=[ \t]*(?:[.,;:!?)|\t]|$|\n)|[ \t][{LOW}])",
    re.M,
)
_UNIT_BEFORE = re.compile(
    r"(?:lgh|lägenhet|vån|våning|tr|trappor|sector|sektor|apt|Apt|Flat|Suite|unit|Unit|bus|"
    r"m\.|as\.|int\.|Top|Stiege|door|floor|ap\.|sc\.|bl\.|et\.)\.?[ \t]?(?:nr\.?[ \t]?)?"
    r"\d{1,5}[A-Za-z]?$"
)
# `Storgatan 5 i Lund`: the town after `i`, where the clause ends.
_IN_TOWN = re.compile(
    rf"[ \t]i[ \t](?P<town>{TOWN})(?=[ \t]*(?:[.,;:!?)|\t·]|$|\n)|[ \t][{LOW}])", re.M
)
_TOWN_AFTER_3 = re.compile(rf"[ \t](?P<town>{TOWN})(?![\w-])")  # `, 986` taken: `Reykjavík`
_POSTCODE_3 = re.compile(rf",?[ \t]\d{{3}}[ \t](?P<town>{TOWN})(?![\w-])")  # `986 Reykjavík`
_CA_POSTCODE = r"[A-Z]\d[A-Z][ \t]?\d[A-Z]\d"  # Canadian (`H3A 2R7`)
_US_STATE = re.compile(  # `, OR 97402`, `, Eugene, OR 97401` (a town with a state and ZIP)
    rf"(?:,[ \t]{TOWN})?,?[ \t][A-Z]{{2}}[ \t](?:\d{{5}}(?:-\d{{4}})?|{_CA_POSTCODE})(?![\w])"
)
_EIRCODE_REST = re.compile(r"[ \t](?=[A-Z\d]*\d)(?=[A-Z\d]*[A-Z])[A-Z\d]{4}(?![\w])")
_TOWN_UK_POSTCODE = re.compile(rf",?[ \t](?P<town>{TOWN})[ \t](?:{UK_POSTCODE}|{EIRCODE})(?![\w])")

_NEXT_LINES = (
    # `Leeds\nLS6 2AB`: a town alone on a line, then a British postcode alone.
    # Round fifteen: or a town and a county (`\nHarrogate\nNorth Yorkshire\nHG2 7QP`).
    # Round sixteen: or an Eircode (`\nTullamore\nR35 8KX1`).
    re.compile(
        rf"(?:[ \t]*\n[ \t]*{TOWN}){{1,2}}[ \t]*\n[ \t]*(?:{UK_POSTCODE}|{EIRCODE})(?![\w])"
    ),
    # `\nMadison, WI 53703`, `\nLeeds LS6 2AB`, `\nLS6 2AB`.
    re.compile(rf"[ \t]*\n[ \t]*{TOWN},?[ \t][A-Z]{{2}}[ \t]\d{{5}}(?:-\d{{4}})?[ \t]*(?=\n|$)"),
    re.compile(rf"[ \t]*\n[ \t]*(?:{TOWN}[ \t])?{UK_POSTCODE}[ \t]*(?=\n|$)"),
    # Round fifteen: the same line ending a sentence (`\nCoventry CV1 8UF.`, `\nGalway H91
    # K7HA, ...`), a British postcode or an Eircode.
    re.compile(rf"[ \t]*\n[ \t]*(?:{TOWN}[ \t])?(?:{UK_POSTCODE}|{EIRCODE})(?=[.,;:!?)](?:\s|$))"),
    # A town and a code of letters and digits alone on the next line (`\nBirkirkara BKR 6828`),
    # a three-digit postcode and town alone on it (`\n752 Reykjavík`).
    re.compile(rf"[ \t]*\n[ \t]*{TOWN}[ \t][A-Z]{{2,3}}[ \t]?\d{{3,4}}[ \t]*(?=\n|$|[.,;])"),
    re.compile(rf"[ \t]*\n[ \t]*\d{{3}}[ \t]{TOWN}[ \t]*(?=\n|$)"),
)
_CARE_OF_LINE = re.compile(
    r"(?<![\w/])(?P<line>(?:c/o|C/O|c/o:|z\.[ \t]?Hd\.?|zu Händen)"  # round 18: German `z. Hd.`
    r"[ \t][^\n{}]{2,60}?)[ \t]*\n\Z"
)


def _town_word(word: str) -> bool:
    """A town's first word: no everyday word, no given name, no weekday, month or title."""
    from rung.privacy.names import given_names, stop_words

    key = word.casefold()
    return key not in stop_words() and key not in given_names() and key not in NO_TOWN


_LOWER_TOWN_AFTER = re.compile(
    r"[ \t]+(?P<town>[a-zåäö][a-zåäö]{2,}(?:[ -][a-zåäö]{2,})?)(?![\w-])"
)


def tail(text: str, end: int) -> int:
    """The end of an address ending at `end`, grown by one of the round's tails (or `end`)."""
    before = text[max(0, end - 24) : end]
    if re.search(r"(?<!\d)\d{3} \d{2}$", before):  # `, 255 83 helsingborg`: a town in lower case
        town = _LOWER_TOWN_AFTER.match(text, end)
        if town is not None and _lower_swedish_town(town.group("town").split()[0]):
            return town.end()
    if re.search(r" [A-Z]\d{2}$", before):  # an Eircode's routing key taken as a unit
        match = _EIRCODE_REST.match(text, end)
        if match is not None:
            return match.end()
    if re.search(r"[ ,]\d{3}$", before):
        match = _TOWN_AFTER_3.match(text, end)
        if match is not None and _town_word(match.group("town").split()[0]):
            return match.end()
    if re.search(r"\d[A-Za-z]?$", before):
        for pattern in (_IN_TOWN, _POSTCODE_3, _TOWN_UK_POSTCODE):
            match = pattern.match(text, end)
            if match is None:
                continue
            if pattern is _TOWN_UK_POSTCODE or _town_word(match.group("town").split()[0]):
                return match.end()  # a British postcode or Eircode anchors its town (`London`)
        match = _US_STATE.match(text, end)
        if match is not None:
            return match.end()
        if _UNIT_BEFORE.search(before):
            after = _TOWN_AFTER_NUMBER.match(text, end)
            word = after.group("town").split()[0] if after is not None else ""
            if after is not None and _town_word(word) and not _given_after(text, after.end()):
                return after.end()  # not `lgh 1001 Lindqvist, Jonna`: a name, surname first
        return end
    match = _US_STATE.match(text, end)
    if match is not None:
        return match.end()
    match = _TOWN_UK_POSTCODE.match(text, end)
    if match is not None:
        return match.end()
    return end


def town_after_street(text: str, end: int) -> int:
    """A street without a number grown over `i <Town>`/`in <Town>` where the clause ends
    (`Mossgränd i Bromma.`, `on Storgatan in Umeå`; round fifteen), or over `, <Town>` where a
    cell, a quoted value or a register's field ends (`Kvarnbacken, Mora – 070-...`; round
    seventeen)."""
    match = (
        _IN_TOWN.match(text, end) or _IN_TOWN_EN.match(text, end) or _COMMA_TOWN.match(text, end)
    )
    if match is not None and _town_word(match.group("town").split()[0]):
        return match.end()
    return end


# Round seventeen: `, <Town>` after a street without a number, where the clause, cell, quoted
# value or a register's field (` – `, ` - `) ends.
_COMMA_TOWN = re.compile(
    rf",[ \t](?P<town>{TOWN})(?=[ \t]*(?:[.,;:!?)|\t\"”–—]|[ \t]-[ \t]|$|\n))", re.M
)


_IN_TOWN_EN = re.compile(
    rf"[ \t]in[ \t](?P<town>{TOWN})(?=[ \t]*(?:[.,;:!?)|\t·]|$|\n)|[ \t][{LOW}])", re.M
)


def next_lines(text: str, end: int) -> int:
    """The end of an address grown over the lines after it that finish it (or `end`)."""
    for pattern in _NEXT_LINES:
        match = pattern.match(text, end)
        if match is not None:
            return match.end()
    return end


def care_of_line(text: str, start: int) -> int:
    """The start of an address grown over a `c/o <name>` line just above it (or `start`)."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start != start or start == 0:
        return start
    match = _CARE_OF_LINE.search(text, 0, start)
    return match.start("line") if match is not None else start


# Round fifteen: a postcode and town alone on the line above a street (`6437 Budapest\nCsengery
# utca 175`), as some envelopes write them.
_POSTCODE_LINE_ABOVE = re.compile(
    rf"(?:^|(?<=\n))[ \t]*(?P<line>(?:[A-Z]{{1,3}}-)?(?:\d{{3}}[ \t]\d{{2}}|\d{{4,5}})[ \t]{TOWN})"
    r"[ \t]*\n\Z"
)


def postcode_line_above(text: str, start: int) -> int:
    """The start of an address that starts a line, grown over a `postcode town` line above."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start != start or start == 0 or not text[start : start + 1].isalpha():
        return start
    match = _POSTCODE_LINE_ABOVE.search(text, max(0, start - 60), start)
    return match.start("line") if match is not None else start


# Endings of Swedish place names (villages, hamlets, farms): a word so ended with a house
# number is a rural address (`Kvarnträsk 214`, `Lillbyn 14`), unless it is a known surname.
_PLACE_ENDS = (
    "träsk|träsket|sjön|sjö|vattnet|näs|näset|byn|by|berget|berg|åsen|ås|viken|vik|bo|boda|"
    "torp|torpet|holm|holmen|ö|ön|ån|å|dal|dalen|fors|forsen|hult|mark|marken|ryd|sta|tjärn|"
    "tjärnen|myr|myren|heden|hed|böle|landet|lund|sund|sele|strand|stranden|bäcken|älv|"
    "gärde|gärdet|lid|liden|mon|moen|haga|hagen|kärr|kärret|mossen|bodarna|vallen|ängen|ern|"
    "hemmanet|hemmet|gården|sätern"  # round eighteen: a homestead (`-hemmanet 8346`)
)
# Round eighteen: a farm or village in lower case (chat, a register typed fast) with a rural
# number of four digits that is no year (`från x-gården 5073`).
RURAL_LOWER = re.compile(
    rf"(?<![\w-])[{LOW}]{{3,}}(?:gården|torpet|byn|bo|hemmanet|hemmet|sätern)[ \t]"
    r"(?!19\d\d|20\d\d)[1-9]\d{3}(?![\d:.,/-]?\d)"
    rf"(?![ \t]?(?:%|kr|st|år|min|kg|km|procent|dagar|timmar|personer|[{LOW}]+ar\b))"
)
RURAL = re.compile(
    rf"(?<![\w-])(?P<place>[{UP}][{LOW}]{{2,}}(?:{_PLACE_ENDS}))[ \t]"
    rf"(?P<number>\d{{1,3}}|(?!19\d\d|20\d\d)[1-9]\d{{3}})(?![\d:.,/-]?\d)"  # round 17: 4 digits
    rf"(?![ \t]?(?:%|kr|st|år|min|kg|km|procent|dagar|timmar|personer|[{LOW}]+ar\b))"
)
# Round seventeen: the town after a rural address (`Kvarnträsk 4210 Vidsel.`), where the
# clause ends or a lower-case word follows.
_RURAL_TOWN = re.compile(
    rf"[ \t](?P<town>{NAME}(?:[ \t-]{NAME})?)(?=[ \t]*(?:[.,;:!?)|\t]|$|\n)|[ \t][{LOW}])",
    re.M,
)
# Round twenty-four: a farm or hamlet named by a plain noun in its definite form and a number,
# after a preposition of place or a cabin's label (`nära Mossen 218`, `på Lugnet 57`, `to Övre
# Byn 16`, `Stuga: Fäbodarna 221.`), where the clause ends; not before a month or a unit.
RURAL_PLAIN = re.compile(
    r"(?:(?<=\bpå )|(?<=\bvid )|(?<=\bnära )|(?<=\btill )|(?<=\bvia )|(?<=\bto )|(?<=\bat )"
    r"|(?<=\bnear )|(?<=Stuga: )|(?<=Stugan: )|(?<=Cabin: )|(?<=Gård: ))"
    r"(?P<place>(?:(?:Övre|Nedre|Inre|Yttre|Norra|Södra|Västra|Östra|Stora|Lilla|"
    rf"övre|nedre|inre|yttre)[ \t])?"
    rf"(?P<word>[{UP}][{LOW}]*(?:en|et|an|na|yn|ön|ån|än))[ \t][1-9]\d{{0,2}}[A-D]?)"
    r"(?![,.]\d)(?=[ \t]*(?:[.,;!?)]|\n|$|[ \t](?:och|eller|and|or|är|ligger|is|fortfarande)\b))",
    re.M,
)
# A Swedish street in lower case, with a number (`bor på tallvägen 4`, `nygatan 14b`, chat).
LOWER_STREET = re.compile(
    r"(?<![\w-])"
    r"(?:(?:norra|södra|östra|västra|stora|lilla|gamla|nya|övre|nedre|inre|yttre|sankt)[ \t])?"
    rf"(?:[{LOW}]{{2,}}(?:gatan|vägen|gränd|stigen|svängen|slingan|allén|backen|torget|höjden|"
    rf"kajen|strand|stranden|liden|ringen|hagen|parken|kroken|gången|leden|udden|platsen|backe|"
    rf"stig|gränd|torg|allé|gata|väg|stråket|promenaden|terrassen|esplanaden|"
    rf"gärdet|länken|plan)"  # round eighteen
    rf"|(?P<base>[{LOW}]{{3,}})[ \t](?:allé|backe|plan|torg|gata|väg|plats|gränd|stig)"
    r"|(?:(?<=norra )|(?<=södra )|(?<=östra )|(?<=västra )|(?<=gamla )|(?<=stora )|(?<=lilla )"
    r"|(?<=nya ))(?:vägen|gatan|torget|gränden))"  # round 23: `stora torget 10`
    rf"[ \t]\d{{1,4}}(?:[ \t]?[A-Ha-h](?![\w]))?(?!\d|:\d)"  # not `kl 10:14`; `nr 5: ...` is
    r"(?:-\d{1,3}(?![\d:]))?(?:[ \t]\d{1,2}[ \t]?tr(?![\w]))?",  # round 18: `-3 4tr`
    re.M,
)
# Round fourteen: the town after a lower-case street (`bor på tallvägen 4 i lund nu`), a word of
# three letters or more that is no stop word, no month and no common Swedish word.
_LOWER_IN_TOWN = re.compile(rf"[ \t]i[ \t](?P<town>[{LOW}]{{3,}}(?:-[{LOW}]{{2,}})?)(?![\w-])")
_NOT_TOWNS = words(
    """
    januari februari mars april maj juni juli augusti september oktober november december
    morgon kväll helgen veckan dag dagarna sommar vinter höst vår
    kr kronor sek st styck min minuter dagar år
    """
)
# Round fifteen: a lower-case town right after a lower-case street and number, no stop word,
# month, common word or given name (`flyttar till tallvägen 23 ydre i maj`).
_LOWER_TOWN_AFTER = re.compile(r"[ \t](?P<town>[a-zåäöæø]{3,}(?:-[a-zåäöæø]{2,})?)(?![\w-])")
# Round seventeen: a unit on a business park or estate, with or without a number on the park
# (`Unit 4, Quorvale Business Park, ...`); the town and postcode are the repair's.
BUSINESS_PARK = re.compile(
    rf"\b(?:Unit|Units|Suite)[ \t]\d{{1,4}}[A-Z]?,[ \t]{NAME}(?:[ \t]{NAME}){{0,2}}[ \t]"
    r"(?:Business|Industrial|Retail|Trading|Science|Technology|Enterprise)[ \t]"
    r"(?:Park|Estate|Centre|Center|Village)(?![\w])"
)
FINNISH_BOX = re.compile(rf"\bPL[ \t]\d{{1,5}},[ \t]\d{{5}}[ \t]{TOWN}")
# A British address in lower case, as in chat, with its postcode (`30 the crescent, nottingham
# ng19 4lg`): a number, a street, maybe a town, and the postcode.
LOWER_UK = re.compile(
    r"(?<![\w-])(?:(?:flat|apartment|apt|unit)[ \t]\d{1,4}[a-z]?,[ \t])?"  # `flat 14, 15 ...`
    r"\d{1,4}[a-z]?[ \t](?:[a-z']+[ \t]){0,3}(?:street|road|lane|avenue|crescent|"
    r"close|drive|way|court|place|grove|gardens|terrace|hill|square|row|walk|mews|green|rise)"
    r",?[ \t](?:[a-z]+(?:[ \t][a-z]+)?,?[ \t])?[a-z]{1,2}\d[a-z\d]?[ \t]?\d[a-z]{2}(?![\w])"
)

# An American address in lower case, with its town, state and ZIP code (`5202 washington avenue,
# brooklyn, ny 11202`; round forty: a flat and ZIP+4, `564 canyon road, apt. 11, dayton, oh
# 45457`, `7822 cedar lane #16, austin, tx 78771-5392`).
LOWER_US = re.compile(
    r"(?<![\w-])\d{1,5}[ \t](?:[a-z']+[ \t]){1,3}(?:street|st|avenue|ave|road|rd|drive|dr|lane|"
    r"ln|boulevard|blvd|way|court|ct|place|pl|parkway|pkwy)\.?"
    r"(?:,?[ \t](?:apt\.?|apartment|unit|suite|ste\.?|\#)[ \t]?[a-z\d]{1,5}(?![\w-]))?"
    r",[ \t][a-z]+(?:[ \t][a-z]+)?,[ \t][a-z]{2}[ \t]\d{5}(?:-\d{4})?(?![\w-])"
)
# A lower-case Swedish address with its postcode and town, as in chat (`avenyn 4, 434 57
# kungsbacka`, `granvägen 12, 791 82 falun`, `smedjegatan 43, se-852 67 sundsvall`).
LOWER_SWEDISH = re.compile(
    r"(?<![\w-])(?P<first>[a-zåäöéü]{3,})(?P<second>[ \t][a-zåäöéü]{3,})?[ \t]\d{1,4}[a-h]?,?"
    r"[ \t](?:se-)?\d{3}[ \t]?\d{2}"
    r"[ \t](?P<town>[a-zåäö]{2,})(?P<more>[ \t][a-zåäö]{3,})?(?![\w-])"
)


def _surname(word: str) -> bool:
    from rung.privacy.names import family_names, given_names
    from rung.privacy.tagger import everyday_zipf

    key = word.casefold()
    return key in family_names() or key in given_names() or max(everyday_zipf(key)) >= 3


def _plain_place(word: str) -> bool:
    """A plain noun that may name a farm (`Mossen`, `Lugnet`, `Byn`): no given name, no
    everyday English word (`Screen`, `Garden`)."""
    from rung.privacy.names import given_names
    from rung.privacy.tagger import everyday_zipf

    key = word.casefold()
    if len(key) < 3 or key in given_names() or key in _NO_PLACE:
        return False
    return everyday_zipf(key)[1] < 4


# Nouns that take a number and name no farm (`på Avdelningen 3`, `vid Perrongen 2`).
_NO_PLACE = words(
    """
    avdelningen våningen sidan bilagan punkten rummet salen grinden perrongen platsen kassan
    raden gruppen klassen veckan dagen linjen bussen tåget spåret hållplatsen bordet kapitlet
    frågan uppgiften rutan kolumnen boxen nivån fasen steget banan hålet kartan fliken
    lektionen passet skiftet turen matchen omgången läktaren sektionen entrén porten dörren
    hissen trappan kön listan ronden mottagningen kliniken bädden sängen salongen scenen
    """
)


def find_more(text: str) -> list[tuple[int, int]]:
    """(start, end) of the rural addresses, lower-case streets, streets named without a number
    (`streets_alone`) and Finnish boxes in `text`."""
    found = []
    for match in RURAL.finditer(text):
        if not _surname(match.group("place")):
            end = match.end()
            town = _RURAL_TOWN.match(text, end)
            if town is not None and _town_word(town.group("town").split()[0]):
                end = town.end()
            found.append((match.start(), end))
    for match in LOWER_STREET.finditer(text):
        if match.group("base") and not _lower_town(match.group("base")):
            continue  # `flyttat till plan 5`: no street
        end = match.end()
        town = _LOWER_IN_TOWN.match(text, end)
        if town is not None and _lower_town(town.group("town")):
            end = town.end()
        else:
            town = _LOWER_TOWN_AFTER.match(text, end)
            word = town.group("town") if town is not None else ""
            if town is not None and _lower_town(word) and _no_name(word):
                end = town.end()
        found.append((match.start(), end))
    # round thirty-nine (dev-cz): with its town where the clause ends (`Priory Walk, Barnstaple –`)
    found += [(start, town_after_street(text, end)) for start, end in streets_alone.find(text)]
    found += [m.span() for m in RURAL_LOWER.finditer(text)]
    found += [m.span("place") for m in RURAL_PLAIN.finditer(text) if _plain_place(m["word"])]
    found += [m.span() for m in FINNISH_BOX.finditer(text)]
    found += [m.span() for m in BUSINESS_PARK.finditer(text)]
    found += [m.span() for m in LOWER_UK.finditer(text)]
    found += [m.span() for m in LOWER_US.finditer(text)]
    for match in LOWER_SWEDISH.finditer(text):
        if _lower_swedish_town(match["town"]):
            first = match["first"]  # `till kvarnbacken 6, ...`: the street is the second word
            start = match.start() + (len(first) + 1 if match["second"] and _stop(first) else 0)
            more = match["more"]  # `upplands väsby`: a town of two words, the second no word
            rare = more is not None and _lower_town(more.strip()) and _no_name(more.strip())
            found.append((start, match.end() if rare else match.end("town")))
    return found


def _lower_swedish_town(word: str) -> bool:
    return word not in _NOT_TOWNS and not _stop(word)


def _stop(word: str) -> bool:
    from rung.privacy.names import stop_words

    return word in stop_words()


def _lower_town(word: str) -> bool:
    from rung.privacy.names import stop_words
    from rung.privacy.tagger import everyday_zipf

    key = word.casefold()
    return key not in stop_words() and key not in _NOT_TOWNS and everyday_zipf(key)[0] < 4


def _no_name(word: str) -> bool:
    from rung.privacy.names import given_names

    return word.casefold() not in given_names()


# Before a postcode: a house or farm name (`Torpet Myrstacken, 856 72 Tierp`).
_HOUSE_BEFORE = re.compile(rf"(?<![\w-])(?P<words>{NAME}(?:[ \t]{NAME}){{0,2}}),[ \t]$")


def _housy(word: str) -> bool:
    """A word of a house or farm name: an everyday Swedish word (`Torpet`, `Villa`, `Gården`)
    or a farm's ending (`Backebo`), not a person's name (`Åsbjörn Wachtmeister, 556 37 ...`)."""
    from rung.privacy.tagger import everyday_zipf

    key = word.casefold()
    return everyday_zipf(key)[0] >= 3 or key.endswith(_FARM_ENDS + _FARM_PLACE_ENDS)


_FARM_ENDS = ("gården", "torpet", "stugan", "backen", "bo", "lyckan")
# Round fifteen: endings of villages and farms (five letters or more, so no surname's `-berg`
# or `-lund`), for a farm and village before a postcode (`Östergärdet Granlidmyran, 944 98`).
_FARM_PLACE_ENDS = (
    "byn",  # round seventeen: a village (`Norrbyn, 914 91 ...`) and a summer farm (`-sätern`)
    "sätern",
    "gärdet",
    "myran",
    "myren",
    "träsket",
    "berget",
    "näset",
    "vattnet",
    "tjärnen",
    "bodarna",
    "stranden",
    "kärret",
    "mossen",
    "vallen",
    "ängen",
    "heden",
    "liden",
    "forsen",
    "holmen",
    "hemmanet",  # round eighteen: a homestead and a village in `-by` before a postcode
    "hemmet",
    "by",
)


def _farm(word: str) -> bool:
    return word.casefold().endswith(_FARM_ENDS)


def _named(word: str) -> bool:
    from rung.privacy.names import family_names, given_names, stop_words

    key = word.casefold()
    return key in given_names() or key in family_names() or key in stop_words()


# A street named after a person (`Dag Hammarskjölds väg 14`, `Per Albin Hanssons väg 9`): the
# surname's genitive starts the street; the given names before it belong to it.
_NAMED_STREET = re.compile(
    rf"[{UP}{LOW}][{LOW}]+s\s(?:väg|vägen|gata|gatan|plats|platsen|torg|allé|park|gränd|plan|"
    r"backe|stig|gång)\b"  # round twenty-four: `Gustav Adolfs plan`
    rf"|(?P<stem>[{UP}{LOW}][{LOW}]+)s(?:gatan|vägen|torget|plan|backe)\b"  # `Birger Jarlsgatan`
)
_GIVEN_BEFORE = re.compile(rf"(?<![\w-])[{UP}{LOW}][{LOW}]+[ \t]\Z")
# A royal's or a noble's title before a street named after them (`Drottning Kristinas väg`).
_STREET_TITLES = words("drottning kung konung prins prinsessan kronprinsessan hertig greve biskop")


def named_street_end(text: str, start: int) -> int | None:
    """Where a street named after a person ends when its surname's genitive starts at `start`
    (`Trotzigs gränd`, `Hammarskjölds väg`), or None."""
    named = _NAMED_STREET.match(text, start)
    return named.end() if named is not None and named["stem"] is None else None


def given_names_before(text: str, start: int) -> int:
    """Where the given names before a street named after a person begin, or `start`."""
    from rung.privacy.names import given_names

    named = _NAMED_STREET.match(text, start)
    stem = named["stem"] if named is not None else None
    if named is None or (stem is not None and stem.casefold() not in given_names()):
        return start
    lower = text[start].islower()  # `axel dahlströms torg` in chat, `Axel Dahlströms torg`
    for _ in range(2):
        before = _GIVEN_BEFORE.search(text[max(0, start - 20) : start])
        word = before.group().split()[-1] if before is not None else ""
        key = word.casefold()
        if not word or word.islower() != lower:
            break
        if key not in given_names() and key not in _STREET_TITLES:
            break
        start -= len(word) + 1
    return start


def house_before(text: str, line_start: int, start: int, postcode_first: bool) -> int:
    """`start` moved back over a house or farm name before an address whose postcode comes
    first (`Torpet Myrstacken, 856 72 Tierp`), or over a farm before a numbered street or
    village (`Kvarnlyckan, Granträsket 88, ...`); `start` when there is none."""
    house = _HOUSE_BEFORE.search(text[line_start:start])
    if house is None:
        return start
    words = house.group("words").split()
    if postcode_first:
        housy = any(map(_housy, words)) and not any(_named(w) for w in words)
    else:
        housy = len(words) == 1 and _farm(words[0]) and not _named(words[0])
    return line_start + house.start() if housy else start


# Round twenty-four: a person's name before the street in a labelled address (`Billing address:
# Anna Lundberg, Sjövägen 38`).
_PERSON_FIRST = re.compile(
    rf"(?P<given>{NAME})(?:[ \t]{NAME}){{1,2}},[ \t]+(?=[^\n,]*\d|(?i:c/o)[ \t])"
    rf"|(?P<first>{NAME})[ \t](?P<surname>{NAME})[ \t](?={NAME}[ \t]\d)"
)  # and before a farm and its number: `Kajsa Johansson Lövnäs 176, 953 98 Haparanda`


def past_person(text: str, start: int, end: int) -> int:
    """`start` moved past a given name, a surname and a comma that open a labelled address,
    or past a given name and a surname before a one-word street or farm and its number."""
    from rung.privacy import names as name_rules

    match = _PERSON_FIRST.match(text, start, end)
    if match is None:
        return start
    if match.group("given") is not None:
        return match.end() if _given_name(match.group("given")) else start
    surname = match.group("surname")
    named = _given_name(match.group("first")) and name_rules.listed(surname)
    return match.end() if named and not (_everyday(surname) or _given_name(surname)) else start


# Round thirty-eight (dev-cv): who moved, between an address's label and the address; round
# fifty-four (dev-gh): moved from it, the new address on the next line (`Change of address: Inez
# Carroll has moved from The Coach House, 66 Orchard Way, Oxford OX2 4DQ to\n23 Albert Road`).
_MOVED = re.compile(r"\b(?:har|have|has)[ \t]+(?:flyttat|moved)[ \t]+(?:till|to|från|from)[ \t]+")
_TO_LAST = re.compile(r"[ \t]+(?:till|to)\Z")


def past_mover(text: str, start: int, end: int) -> tuple[int, int]:
    """A labelled address's value without who moved (`Maria och Ahmed har flyttat till
    <street>`), nor the `to` that ends it (`X has moved from <address> to`)."""
    moved = _MOVED.search(text, start, end)
    if moved is None:
        return start, end
    to_last = _TO_LAST.search(text, moved.end(), end)
    return moved.end(), to_last.start() if to_last is not None else end
