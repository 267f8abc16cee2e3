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

from rung.privacy import address_checks
from rung.privacy.address_formats import (
    ANY_WITH_POSTCODE,
    COUNTRIES,
    INITIAL_NOT_CALLE,
    LINK,
    LOW,
    NAME,
    PATTERNS,
    POSTCODE_AFTER,
    POSTCODE_TOWN,
    ROMANCE,
    SLAVIC,
    SWEDISH,
    SWEDISH_LISTED,
    SWEDISH_NO_NUMBER,
    SWEDISH_STREET_WORD,
    SWEDISH_TOWARDS,
    TOWN,
    TOWN_PC,
    UK_POSTCODE,
    UP,
)
from rung.privacy.name_words import MONTHS, WEEKDAYS, words


def _postcode_after(text: str, start: int, end: int) -> int:
    """The end of a postcode and town right after the address from `start` to `end`, if it
    has none yet (not `1101 Lena Bergqvist` on the line after `Aspvägen 21, 184 74 Åkersberga`
    in a tenant list)."""
    tail = POSTCODE_AFTER.match(text, end)
    if tail is None or POSTCODE_TOWN.search(text, start, end):
        return end
    return end if row_after(text, tail.start(), tail.end()) else tail.end()


def find_addresses(text: str) -> list[tuple[int, int, float]]:
    """(start, end, score) of every street address found (overlaps are left to the caller)."""
    found = []
    for pattern in PATTERNS:
        for match in pattern.finditer(text):
            if pattern is SLAVIC and _common(match.group().split()[0]):
                continue  # `Vecka 49`, not `Vinogradska 1a`
            if _AMOUNT_AFTER.match(text, match.end()):
                continue  # `Skickade 660 kr`, `Överföring 33 143 kr`: a sum
            if match.group().startswith("Plan "):
                continue  # `Skrivbord till Plan 4`: a floor (`Stora Plan 4` is a street)
            if _NUMBER_TAIL.match(text, match.start()) and _DIGITS_BEFORE.search(
                text, max(0, match.start() - 2), match.start()
            ):
                continue  # `– 0161 333 4856\nDavid Hill`: a phone's last digits (round 43)
            if pattern is ROMANCE and INITIAL_NOT_CALLE.match(match.group()):
                continue  # `Kontrollerad av C. Andersson 3/4`: an initial (`C. de Pío Gual 4`)
            start, end = _one_line(text, match.start(), match.end())
            if pattern is SWEDISH:
                start = address_shapes.named_street_start(text, start)
                end = _before_person(text, start, end)
            start = (
                address_tails.past_person(text, start, end)
                if pattern is ANY_WITH_POSTCODE
                else start
            )
            end = _trim(text, start, end)
            if text[end - 1 : end].isalnum():
                end = _postcode_after(text, start, end)
            found.append((*widen_address(text, start, end), 0.7))
    for pattern in _GENEROUS_PATTERNS:
        for match in pattern.finditer(text):
            if pattern is PREFIXED_POSTCODE and _REFERENCE_BEFORE.search(text, 0, match.start()):
                continue  # `faktura F-46522, 12 021 kr`: an invoice's number (round forty-nine)
            end = _trim(text, match.start(), match.end())
            found.append((*widen_address(text, match.start(), end), 0.7))
    for match in LABELLED.finditer(text):
        start, end = match.span("value")
        if address_checks.addressee_line(text, start, end):
            continue
        start, end = address_tails.past_mover(text, start, end)
        start = address_tails.past_person(text, start, end)
        found.append((*widen_address(text, start, _trim(text, start, end)), 0.6))
    alone = (SWEDISH_NO_NUMBER, SWEDISH_TOWARDS, SWEDISH_LISTED, SWEDISH_STREET_WORD)
    for match in (m for pattern in alone for m in pattern.finditer(text)):
        if streets_alone.no_street(text, match.start("street"), match.group("street")):
            continue  # `Anderssons gård`, `Hotell Sjöudden`
        end = address_tails.town_after_street(text, match.end("street"))
        found.append((match.start("street"), end, 0.5))
    for start, end in address_tails.find_more(text):
        found.append((*widen_address(text, start, end), 0.6))
    for start, end in address_offices.find(text):
        found.append((start, end, 0.7))
    for start, end in address_shapes.find_shapes(text):
        end = address_tails.town_after_street(text, end)
        found.append((*widen_address(text, start, end), 0.6))
    found += [(start, end, 0.7) for start, end in address_abroad.find(text)]
    found += [(start, end, 0.7) for start, end in address_english.find(text)]
    found += [(start, end, 0.6) for start, end in address_lists.rows(text, [f[:2] for f in found])]
    return [f for f in found if not address_checks.no_address(text, f[0], f[1])]


# Round forty-three: a number that ends its line after another group of digits (a phone's).
_NUMBER_TAIL = re.compile(r"\d+[ \t]*\n")
_DIGITS_BEFORE = re.compile(r"\d[ -]\Z")
# Round twenty-four: a sum's rest and its currency or unit after the number a pattern took.
_AMOUNT_AFTER = re.compile(
    r"(?:[ \t]\d{3})*[ \t]?(?i:kr|kronor|sek|usd|eur|gbp|nok|dkk|euro|dollar|:-|%)(?![\w])"
)


def _one_line(text: str, start: int, end: int) -> tuple[int, int]:
    """A match that runs over a line break (`Mvh Anna\nStorgatan 4`) starts on the line of
    its first number; the lines after it are for the repair to take."""
    digit = re.search(r"\d", text[start:end])
    if digit is None or "\n" not in text[start:end]:
        return start, end
    first = start + digit.start()
    line_start = text.rfind("\n", start, first) + 1
    return max(start, line_start), end


def _trim(text: str, start: int, end: int) -> int:
    """Drop trailing spaces and commas."""
    while end > start and text[end - 1] in " ,":
        end -= 1
    return end


# Span repair: what belongs to an address found, before and after it, so that no part of it
# is left in the clear.
_UNIT_AFTER = re.compile(
    r",?\s(?:(?:lgh|lägenhet|Lgh)\.?\s?(?:nr\.?\s?)?\d{3,4}|\d{1,2}\.\s?(?:th|tv|mf|sal)\.?"
    r"|(?:apt|Apt|unit|Unit|Flat|flat|vån|vån\.|våning|trappa|tr\.)\s?\d{1,4}[A-Z]?"
    r"|(?<=,\s)rum\s\d{2,4}[A-Z]?"  # round forty-one: a student's corridor room (`, rum 215`)
    r"|[A-H]\s?\d{1,3}(?![\d:])"
    r"|\d{1,2}\.?º\s?(?:Esq|Dto|Dt|Dir|Frente|Fte)\.?"  # Portuguese `4.º Esq.`
    r"|(?:lok|m|bl|sc|ap|et)\.\s?\d{1,4}[A-Z]?)(?![\w])"  # Polish `lok. 3`, Romanian `ap. 2`
)
# Attached to the house number: a third slash part (`7/3/14`), a Dutch floor (`18-II`, `18-hs`),
# an Irish district (`Dublin 6`).
_ATTACHED_AFTER = re.compile(
    r"(?:/\d{1,4}[A-Za-z]?|-(?:I{1,3}|IV|hs|huis)|(?<=Dublin)\s\d{1,2}[Ww]?"
    r"|(?:/(?:Stiege|Stg\.?|Top|Tür)[ \t]?\d{1,3})+)(?![\w/])"  # Austrian `44/Stiege 2/Top 7`
)
_TOWN_LETTER = re.compile(r"\s[A-ZÆØÅ](?![\w])")  # `Aarhus C`, `København K`
# Round forty-two (dev-dp): in lower case after a lower-case town (`..., göteborg, sverige`).
_COUNTRY_AFTER = re.compile(
    rf"(?:,[ \t]{NAME}(?=,[ \t](?:{COUNTRIES})(?![\w])))?"  # a state (`, Karnataka, India`)
    rf",?\s(?:{COUNTRIES}|(?<=[a-zåäö], )(?:sverige|sweden))(?![\w])"
)
_UK_POSTCODE_AFTER = re.compile(rf",?\s{UK_POSTCODE}(?![\w])")
_FLAT_AFTER = re.compile(r"\s\d{1,3}(?![\w:])")  # `Hämeenkatu 12 A 5`
# A town after the house number, without a comma, that ends the sentence or line, or that a
# lower-case word follows (`Storgatan 5 Lund gjordes ...`).
_TOWN_ENDING = re.compile(rf"\s{NAME}(?:\s{NAME})?(?=[ \t]*(?:[.,;:!?)|]|$|\n)|\s[{LOW}])", re.M)
_TOWN_PREFIXES = ("Lilla", "Stora", "Norra", "Södra", "Östra", "Västra", "Övre", "Nedre", "Gamla")
_BEFORE = re.compile(
    r"(?<![\w/])(?:(?:c/o|C/O|att\.|Att\.|attn\.?|Attn\.?)\s[^,\n()]{2,60}?"
    r"|(?:Villa|Gården|Stugan|Huset|Fastigheten|Cottage|House)\s[A-ZÅÄÖ][\w-]*(?:\s\d{1,4})?"
    r"|(?:[A-Z][a-z]+\s){1,2}(?:House|Cottage|Lodge|Farm|Barn|Mill|Manor|Grange)"  # `Rose House, `
    r"|(?<![\w.!?])(?!(?:the|our|your|their|his|her|its|this|that|new|old|big)\s)[a-z]{3,}"
    r"\s(?:house|cottage|lodge|farm)"  # in chat: `holly house, 109 ...`
    r"|(?:Top|Ground[ \t]Floor|First[ \t]Floor|Basement|Garden|Upper|Lower)[ \t]Flat"  # round 54
    r"|(?:Flat|Apartment|Unit|Apt\.?|Lgh|lgh|Room|flat|room|Office|Suite)"  # round 43: `Office`
    r"\s\d{1,4}[A-Z]?(?:/\d{1,4})?"
    # round forty-one: a building's name after the flat or room (`Flat 8B, Belvedere Lofts, `)
    r"(?:,\s(?:[A-Z][a-z]+\s){1,2}(?:Hall|Halls|House|Court|Lofts|Building|Tower|Mansions|"
    r"Apartments|Place|Lodge|Park|Centre|Center|Estate|Works|Studios))?"
    r"|(?:Bâtiment|Bât\.|Escalier|Esc\.|Entrée|Immeuble|Block|Bloc)\s[A-Z\d]{1,3}"  # round 16
    r"|(?:Nedre|Øvre|Søndre|Nordre|Vestre|Østre|Store|Lille|Gamle|Nye)"  # `Nedre Slottsgate 8`
    # round forty-two: a Swedish street's first word in any case (`nedre byn 86`, `Övre Bäck 63`)
    r"|(?<![\w-])(?i:lilla|stora|övre|nedre|norra|södra|östra|västra|gamla|första|inre|yttre)"
    r"|Am|An der|Im|Auf dem|Zum|Zur|An den|In der),?[ \t]$"
)


_UNIT_WORD_BEFORE = re.compile(
    r"(?<![\w])(?:Flat|Apartment|Unit|Apt\.?|Suite|Room|flat|room)[ \t]$"
)


def _common(word: str) -> bool:
    """An everyday word of Swedish or English (Zipf 3+)."""
    from rung.privacy.tagger import everyday_zipf

    return max(everyday_zipf(word)) >= 3


def _everyday(word: str) -> bool:
    """A stop word of Swedish or English (`Storgatan 5 Och ...` does not take `Och`), or, round
    thirty-two, a weekday, a month or a title, which no town is (`..., Cardiff CF14 2AD, Mr
    Moore`, `..., EH1 2SR, Saturday 14:00`, `\nBand D` of a council tax bill)."""
    from rung.privacy.names import stop_words

    return word.casefold() in stop_words() or word.casefold() in NO_TOWN


# Words that start no town's name after an address (round thirty-two).
NO_TOWN = words("mr mrs ms miss dr herr fru band") | WEEKDAYS | MONTHS


# What ends a label's words on the next line (`\nTel. 070-...`; round thirty-four: `\nPostnummer
# och ort: ...`).
_LABEL_REST = re.compile(r"(?:[ \t]+[a-zåäö]+){0,3}[.:]")


def widen_address(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen an address found over what belongs to it: a flat or floor (`, lgh 1102`,
    `2. th.`, `A 5`), a postcode and town, a town letter (`Aarhus C`), a British postcode, a
    country (`, Sverige`) after it; `c/o <name>`, a house name (`Villa Solbacken`) or a German
    `Am`/`Im` before it."""
    if re.search(r"\d\s?[A-H]$", text[max(0, end - 3) : end]):
        flat = _FLAT_AFTER.match(text, end)
        end = flat.end() if flat is not None else end
    zipped = re.search(r"\b[A-Z]{2}[ \t]\d{5}(?:-\d{4})?$", text[max(0, end - 12) : end])
    if re.search(r"\d[A-Ha-h]?$", text[max(0, end - 2) : end]) and not zipped:
        town = _TOWN_ENDING.match(text, end)  # no town after a US state and ZIP
        words = town.group().split() if town is not None else []
        prefixed = len(words) == 2 and words[0] in _TOWN_PREFIXES  # "Ödegården 173 Lilla Edet"
        label = town is not None and (  # `\nTel. 070-...`: a label on the next line, no town
            (town.group()[0] == "\n" and _LABEL_REST.match(text, town.end()) is not None)
            or _given_after(text, town.end())
        )  # nor `\nHägg, Patrik` or `lgh 1001 Lindqvist, Jonna`: a name, surname first
        if town is not None and words and (not _everyday(words[0]) or prefixed) and not label:
            end = town.end()
    while True:
        grown = end
        for pattern in (
            _ATTACHED_AFTER,
            _UNIT_AFTER,
            POSTCODE_AFTER,
            _TOWN_LETTER,
            _UK_POSTCODE_AFTER,
        ):
            if pattern is POSTCODE_AFTER:
                grown = _postcode_after(text, start, grown)
                continue
            match = pattern.match(text, grown)
            if match is not None:
                grown = match.end()
        country = _COUNTRY_AFTER.match(text, grown)
        grown = country.end() if country is not None else grown
        if grown == end:
            break
        end = grown
    start = address_tails.given_names_before(text, start)
    line_start = text.rfind("\n", 0, start) + 1
    before = _BEFORE.search(text[max(line_start, start - 80) : start])
    if before is not None:
        start -= len(before.group(0))
    elif flat := re.search(r"(?<![\w/])\d{1,3}/\Z", text[max(line_start, start - 4) : start]):
        start -= len(flat.group())  # `1/19 X Terrace`: a flat before the house number
    elif text[start : start + 1].isdigit():  # `Unit 4B, Riverside ...`: the unit word before it
        unit = _UNIT_WORD_BEFORE.search(text[max(line_start, start - 12) : start])
        start -= len(unit.group(0)) if unit is not None else 0
    return widen_generously(text, start, end)


# Round eight: more European street forms, post boxes, postcodes with a country prefix, and a
# generous repair that takes the rest of an address once any part of it is found.
_WAYS_AFTER = (
    r"utca|út|útja|tér|tere|körút|köz|sor|sétány|iela|gatve|g\.|pr\.|prospektas|al\.|"
    r"cesta|ulica|ul\.|trg|náměstí|nám\.|třída|nábřeží|mnt|maantee|tänav|tn|pst|puiestee|tee|"
    r"vegur|gata|stræti|stígur|braut|tröð|sund|street|road|lane"
)
_WAYS_BEFORE = (
    r"Odos|Odós|Leoforos|Leof\.|Triq|Vjal|Pjazza|Str\.|Strada|Bd\.|Bulevardul|Sos\.|"
    r"Rruga|Bulevardi|Ulitsa|ul\.|Ul\.|Trg|Náměstí|Nám\.|Piața|Calle|C/|Avenida|Rua|Via|"
    r"vul\.|Vul\.|vulytsia|prosp\.|"  # round twenty-four: Ukrainian (`vul. Sumska 102`)
    r"al\.|Al\.|Corso|Viale|Piazza|Largo"  # round thirty-two: `al. Jana Pawła II 228`
)
# A king's or a pope's number in a street's name (`Corso Vittorio Emanuele II 50`, `Gustav III:s
# Boulevard 42`; round thirty-two).
_REGNAL = r"(?:\s(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}))"
_LINKS = rf"(?:{LINK}|tal|tas|tat|tad|taż|il|ta['’])"  # and Maltese (`Triq tal-Balal`)
_NUMBER = r"(?:nr\.\s?)?\d{1,5}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?)?\.?(?![\d:])"
EUROPEAN_MORE = re.compile(
    rf"\b(?:{NAME}(?:[ -]{NAME}){{0,2}}\s(?:{_WAYS_AFTER})"
    rf"|[{UP}][{LOW}]+(?:vegur|gata|stræti|stígur|braut|utca|iela|gatve|cesta|ulica)"
    rf"|(?:{_WAYS_BEFORE})\s(?:{_LINKS}[ -]?)?{NAME}(?:[ -](?:{_LINKS}[ -]?)?{NAME}){{0,3}}"
    rf"{_REGNAL}?"
    rf"|{NAME}{_REGNAL}:s\s(?:[Bb]oulevard|gata|väg|torg|plats|allé|park))"
    rf",?\s{_NUMBER}"
)
POST_BOX = re.compile(
    r"\b(?:Box|Postbox|Postbus|Postboks|Postfach|Postfack|Boks|PO Box|P\.O\. Box|Apartado|"
    r"Svarspost|Case postale|Casella postale|CP|BP|Skrytka pocztowa)"
    r"\s\d{1,6}(?:\s\d{2}){0,2}(?![\d:])"
)
# `SE-463 30 Lilla Edet`, `LT-01103 Vilnius`, `L-1234 Luxembourg`, `HR-10000 Zagreb`; `se-791 57
# falun` in lower case.
# Round thirty (dev-br): only a European country's prefix, and a town after it or the line's or
# the clause's end; a ticket's or a desk's number is written so too (`IT-15948 ✅`, `notes in
# SR-20091`, `Plats: C-611`).
_COUNTRY_PREFIX = (
    r"AD|AL|AT|BA|BE|BG|BY|CH|CY|CZ|DE|DK|EE|ES|FI|FO|FR|GB|GR|HR|HU|IE|IS|IT|LI|LT|LU|LV|MC|MD|"
    r"ME|MK|MT|NL|NO|PL|PT|RO|RS|RU|SE|SI|SK|SM|TR|UA|XK|A|B|D|E|F|H|I|L|M|N|P|S|SF|FL"
)
PREFIXED_POSTCODE = re.compile(
    rf"(?<![#№])\b(?:{_COUNTRY_PREFIX})-\d{{3,5}}(?:[ \t]\d{{2}})?"  # round 37: no `#B-8128`
    rf"(?:[ \t]{TOWN}|(?=[ \t]*(?:,|\n|$)))"
    rf"|\bse-\d{{3}}\s?\d{{2}}\s[{LOW}]{{3,}}",
    re.M,
)
_REFERENCE_BEFORE = re.compile(
    r"(?i:faktura|fakturanr|fakturanummer|invoice|order|ordernr|ref|nr|no\.|ärende|case"
    r"|ticket|lapp|kvitto|receipt|docket|report|rapport|note|number|nummer)[ \t:]*\Z"
)  # round fifty-one (dev-fp): a ticket's number (`lapp A-7446`, `Delivery note A-1085`)
# A Swedish postcode and town anywhere (`..., 856 72 Tierp`).
SWEDISH_POSTCODE = re.compile(rf"(?<![\w-])\d{{3}} \d{{2}}[ \t]{{1,2}}{TOWN_PC}")
# What follows an address label (`Leveransadress: ...`, `Ny adress från 1 april: ...`,
# `Address: ...`), up to the end of the line, cell or sentence.
LABELLED = re.compile(
    r"(?i:\b(?:leverans|faktura|post|besöks|hem|gatu|ny |nya |new |home |postal |billing |"
    r"shipping |delivery |correspondence |forwarding |mailing |invoice )?(?:adress|address)"
    r"(?:en)?(?: är| is)?(?: från [^:\n]{1,20})?:)[ \t]+"
    rf"(?P<value>(?:c/o |C/O )?[\d{UP}][^\n|\t@(]{{2,90}}?)(?=[ \t]*(?:\.[ \t]|\.?$|\n|\||\t|\()"
    r"|[ \t]+/[^\W\d_])",  # round thirty-eight (dev-am): not a signature after it (`Visby /Ivan`)
    re.M,
)
_GENEROUS_PATTERNS = (EUROPEAN_MORE, POST_BOX, PREFIXED_POSTCODE, SWEDISH_POSTCODE)

_UNIT_WORDS = (
    r"bus|boîte|bte|hs|m\.|st\.|tv\.|th\.|mf\.|bl\.|ap\.|apt\.?|Apt\.?|sc\.|et\.|nr\.|no\.|"
    r"sector|sektor|izq\.?|dcha\.?|der\.?|tr|tr\.|trappa|trappor|vån\.?|våning|lgh|lägenhet|"
    r"piso|porta|esc\.?|int\.?|app\.?|stg\.?|Stiege|Top|Whg\.?|door|floor|kat|"
    r"Sentrum|Centrum|Centre|Center|Cedex|CEDEX|Sverige|Sweden|SWEDEN|as\.|Suite|suite|Flat|flat|"
    r"Hinterhaus|Vorderhaus|Seitenflügel|bis|ter|quater|uppg\.|uppgång|nb|n\.b\.|bv|port|ö\.g\.|ög|plan|"
    r"bajo|ático|entresuelo|escalera|scala|Bâtiment|bâtiment|bât\.|"  # round sixteen
    r"butas|k-|korpuss|dz\.|"  # round seventeen: Lithuanian and Latvian flats (`butas 19`, `k-2`)
    r"depto\.?|dpto\.?|departamento|oficina|kv\.|"  # round 24: Chilean, Ukrainian (`kv. 3`)
    r"hus(?=[ \t][A-Z\d](?![\w]))"  # round thirty: a house of a block (`Järntorget 8A, hus E`)
)
# Round thirty-four (dev-ch): an entrance's word with its letter or number, the letter maybe in
# lower case (`hantverkargatan 3, uppg. a, lgh 1606`, `Smedsvängen 4-6, ingång A`); never the
# word alone (round thirty-three took `, entrance` after a town).
# Only after a house's number (`Box 3356, 811 52 Sandviken, entré B` leaves it out).
_TAIL_ENTRANCE = re.compile(
    r"(?:(?<=\d)|(?<=\d[A-Za-z])),?[ \t](?:ingång|entré|uppgång|uppg\.|port|trapphus)[ \t]?"
    r"(?:[A-Za-z]|\d{1,2})(?![\w])"
)
_TAIL_UNIT = re.compile(
    rf",?[ \t](?:{_UNIT_WORDS})(?:[ \t]?(?:\d{{1,5}}[A-Za-z]?(?:/\d{{1,4}})?|[A-Z]\d?)\.?)?(?![\w])"
)
_TAIL_NUMBER = re.compile(
    r"[,.]?[ \t]\d{1,5}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?)*\.?(?=[ \t]*(?:[,;|)\n\t]|$)|[ \t][A-Z])"
)
_TAIL_POSTCODE = re.compile(
    rf",?[ \t](?:[A-Z]{{1,3}}-)?(?:\d{{3}}[ \t]?\d{{2}}|\d{{4,5}}|\d{{4}}-\d{{3}}|\d{{2}}-\d{{3}}"
    rf"|\d{{6}}(?=[ \t]{TOWN}))"  # and six digits before a town (`010063 București`)
    rf"(?:[ \t][A-Z]{{2}}(?=[ \t]))?(?:[ \t]{TOWN_PC})?(?![\w–-])"  # not `6 2024–2025`: years
)
# A town (one to three capitalised words), maybe with a code (`Edinburgh EH9 1HY`, `Cork T12
# X8Y9`, `Firenze FI`, `Birkirkara BKR 1234`, `Praha 2`), where the cell, line or clause ends.
_TAIL_TOWN = re.compile(
    rf",[ \t](?P<town>{TOWN})(?:[ \t](?:[A-Z]{{1,3}}\d{{0,2}}[A-Z]?|\d{{1,4}}|\d{{6}})){{0,2}}"
    rf"(?=[ \t]*(?:[,.;:!?)|\n\t\"”–—]|[ \t]-[ \t]|$))"  # round 17: a quoted value, ` – `
)
# Round seventeen: an Irish county and Eircode after the town (`, Co. Carlow, V78 WPCV`).
_TAIL_COUNTY = re.compile(
    rf",?[ \t]Co\.?[ \t]{NAME}(?:,?[ \t][A-Z]\d[\dW][ \t]?[A-Z\d]{{4}})?(?![\w])"
)
# The same with a code holding a digit (`Birkirkara BKR 5720`), also before a lower-case word.
_TAIL_TOWN_CODED = re.compile(
    rf",[ \t](?P<town>{TOWN})(?:[ \t][A-Z]{{1,3}})?[ \t](?=[A-Z\d]*\d)[A-Z\d]{{2,5}}"
    rf"(?=[ \t]*(?:[,.;:!?)|\n\t]|$)|[ \t][{LOW}])"
)
# On the next line, units (`bl. A9, ap. 27, sector 9`) maybe with a town: the same address.
_TAIL_UNIT_LINE = re.compile(
    rf"[ \t]*\n[ \t]*(?:{_UNIT_WORDS})[ \t]?[A-Z]?\d{{1,5}}[A-Za-z]?\.?"
    rf"(?:,[ \t](?:(?:{_UNIT_WORDS})[ \t]?[A-Z]?\d{{1,5}}[A-Za-z]?\.?|{TOWN}))*[ \t]*(?=\n|$)"
)
# Round fifteen: a German floor on its own line (`\n2. OG links`).
_TAIL_FLOOR_LINE = re.compile(
    r"[ \t]*\n[ \t]*\d{1,2}\.[ \t]?(?:OG|Stock|Etage|Obergeschoss)"
    r"(?:[ \t](?:links|rechts|li\.|re\.|Mitte))?[ \t]*(?=\n|$)"
)
_TAIL_COUNTRY_LINE = re.compile(
    rf"[ \t]*\n[ \t]*(?i:{COUNTRIES})[ \t]*(?=\n|$|[.,;)](?:\s|$))"  # round 18: `Nederland.`
)
# Round eighteen: an Irish town and county on lines of their own (`\nListowel\nCo. Kerry`).
_TAIL_COUNTY_LINES = re.compile(
    rf"[ \t]*\n[ \t]*{TOWN}[ \t]*\n[ \t]*Co\.?[ \t]{NAME}"
    r"(?:[ \t]+[A-Z]\d[\dW][ \t]?[A-Z\d]{4})?[ \t]*(?=\n|$|[.,;)](?:\s|$))"
)
# Round nine: a floor written number first (`4 tr`, `1º izq.`; a German `3. OG` since dev-t), and a
# code after the town (`Firenze FI`, `Cork T86 X5Y8`) where the clause ends or a lower-case word
# follows.
_TAIL_FLOOR = re.compile(  # round twenty-nine: `1 tr ned`
    r",?[ \t]\d{1,2}(?:[ \t]?(?:tr|tr\.|trappor|vån\.?|våning)(?:[ \t](?:ned|upp|ner))?"
    r"|[ºª](?:[ \t]?(?:izq|dcha|der)\.?)?"
    r"|\.[ \t]?(?:OG|Stock|Etage|Obergeschoss)(?:[ \t](?:links|rechts|li\.|re\.|Mitte))?)"
    r"(?![\w])"
)
_TAIL_FLAT_SLASH = re.compile(r"(?<=\d\.)[ \t]\d{1,3}/\d{1,3}(?![\w/])")  # "utca 76. 22/4"
# Round thirty-four (dev-ch): a range of house numbers, or a flat after a dash (`Smedsvängen 4-6,
# ingång A`, `Stortorget 26-28, Kalmar`, `ul. Długa 19-8`), before a separator or the line's end.
_TAIL_RANGE = re.compile(r"(?<=\d)-\d{1,4}[A-Za-z]?(?=[ \t]*(?:[,;\n]|\Z))")
# Round sixteen: a flat after the house number and a spaced dash (Latvian `iela 31 - 8`).
_TAIL_FLAT_DASH = re.compile(r"(?<=\d)[ \t][-–][ \t]\d{1,4}(?=,)")
_TAIL_CODE = re.compile(
    r"[ \t](?=[A-Z\d]*[A-Z])[A-Z\d]{2,4}(?:[ \t](?=[A-Z\d]*\d)[A-Z\d]{3,4})?"
    rf"(?=[ \t]*(?:[,.;:!?)|\n\t]|$)|[ \t][{LOW}])"
)
_TAIL_POSTCODE_LINE = re.compile(
    rf"[ \t]*\n[ \t]*(?:[A-Z]{{1,3}}-)?(?:\d{{3}}[ \t]?\d{{2}}|\d{{4,5}})(?:[ \t][A-Z]{{2}})?"
    rf"[ \t]{TOWN_PC}(?:[ \t][A-Z]{{1,2}})?[ \t]*(?=\n|$|[.,;:!?)](?:\s|$))"
)
# Before: `463 30 Lilla Edet, ` / `1061 Budapest, ` (postcode first), on the same line.
_HEAD_POSTCODE = re.compile(
    r"(?:(?<=^)|(?<=[\s:(|]))(?:[A-Z]{1,3}-)?(?:\d{3}[ \t]?\d{2}|\d{4,5})"
    rf"[ \t]{TOWN},[ \t]$"
)


_MONTH_BEFORE = re.compile(
    r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|okt|nov|dec)[a-z]*\.?[ \t]+\Z"
)


# Round twenty-nine (dev-bn): a route's stop, `Sjöbacken 30, Ulrika Karlsson – värmepump`: a
# given name and a known name after the comma are the customer, not the town.
_PERSON_AS_TOWN = re.compile(r",[ \t]([^\W\d_]+)[ \t]([^\W\d_][\w-]*)\Z")
_GIVEN_AS_TOWN = re.compile(r",[ \t]([^\W\d_]+)\Z")
_LINKED = re.compile(
    r"[ \t]+(?:och|and|från|from|&|\+)[ \t]"
    r"|[ \t]+(?:sa|sade|säger|said|says|tycker|thinks|ringde|called)\b"  # round 51 (dev-fr)
    r"|[ \t]*[?!]"  # round fifty-three (dev-gb): spoken to (`hos X på Hattmakargränd 5, Eva?`)
)


def _before_person(text: str, start: int, end: int) -> int:
    """`end`, or the comma before a person's name that a street took for its town; round
    thirty-nine (dev-ao, dev-at): a given name alone before another person or place (`Bergsgatan
    13, Freja från Ängsslingan 1`, `Idunvägen 12, Holger och Anton`), or a verb of saying
    (`Havrevägen 24, Tove sa att`; round fifty-one, dev-fr), or a question's or an exclamation's
    end."""
    alone = _GIVEN_AS_TOWN.search(text, start, end)
    if alone is not None and _given_name(alone.group(1)) and _LINKED.match(text, end):
        return alone.start()
    person = _PERSON_AS_TOWN.search(text, start, end)
    if person is None or not _given_name(person.group(1)):
        return end
    from rung.privacy.names import known_name

    return person.start() if known_name(person.group(2)) else end


def _given_after(text: str, end: int) -> bool:
    """Whether a comma and a given name follow `end` (`Hägg, Patrik`)."""
    match = re.match(r",[ \t]([^\W\d_]+)", text[end : end + 40])
    return match is not None and _given_name(match.group(1))


def row_after(text: str, start: int, end: int) -> bool:
    """Round sixty-one (dev-ib, dev-bs, dev-gx): what runs over a line break from `start` to `end`
    is a row's code or number and a surname, a comma and a given name after it, no postcode and
    town (`Solvägen 34\nHT-66-131 Lindqvist, Theo`, `Blåbärsvägen 3\n1102 Berglund, Anna`)."""
    return "\n" in text[start:end] and _given_after(text, end)


def _given_name(word: str) -> bool:
    """A given name that is no town (`Kalmar` is both)."""
    from rung.privacy.name_words import EVERY_PLACE
    from rung.privacy.names import given_names

    key = word.casefold()
    return key in given_names() and key not in EVERY_PLACE


def widen_generously(text: str, start: int, end: int) -> tuple[int, int]:
    """Take the rest of an address once a part of it is found: units (`bus 4`, `m. 14`,
    `st. tv.`, `3 tr`, `bl. A2, ap. 14, sector 3`), house and flat numbers, postcodes (with a
    country prefix), a town where the clause ends, a country, and on the next lines a lone
    `postcode town` or country; before it, a postcode and town written first. A span a little
    too long costs little under pseudonymize; a part left in clear is a leak."""
    end = _end_after(text, end)
    start = _start_before(text, start)
    return start, _trim(text, start, end)


def _end_after(text: str, end: int) -> int:
    """`end` moved over the tails of an address (units, numbers, postcodes, a town, a country,
    the lines that follow), as long as one more is found."""
    while True:
        grown = end
        for pattern in (
            _TAIL_RANGE,
            _TAIL_ENTRANCE,
            _TAIL_COUNTY,
            _TAIL_UNIT,
            _TAIL_FLOOR,
            _TAIL_POSTCODE,  # before a lone number: `st. th., 7087 Odense C` keeps its town
            _TOWN_LETTER,
            _TAIL_NUMBER,
            _TAIL_FLAT_SLASH,
            _TAIL_FLAT_DASH,
            _COUNTRY_AFTER,
        ):
            match = pattern.match(text, grown)
            if match is not None and match.end() > grown:
                grown = match.end()
        if text[grown - 1 : grown].islower():
            code = _TAIL_CODE.match(text, grown)
            grown = code.end() if code is not None else grown
        grown = address_tails.tail(text, grown)
        town = _TAIL_TOWN.match(text, grown) or _TAIL_TOWN_CODED.match(text, grown)
        if town is not None:
            first = town.group("town").split()[0]
            if not (_everyday(first) or _given_name(first) or _given_after(text, town.end())):
                grown = town.end()  # not `lgh 1001 Lindqvist, Jonna`
        if grown == end:
            for pattern in (
                _TAIL_POSTCODE_LINE,
                _TAIL_COUNTRY_LINE,
                _TAIL_COUNTY_LINES,
                _TAIL_UNIT_LINE,
                _TAIL_FLOOR_LINE,
            ):
                match = pattern.match(text, grown)
                if match is None or row_after(text, grown, match.end()):
                    continue
                if text[grown:].lstrip(" \t")[:1] == "\n":
                    grown = match.end()
                    break
            else:
                grown = address_tails.next_lines(text, grown)
        if grown == end:
            return end
        end = grown


def _start_before(text: str, start: int) -> int:
    """`start` moved back over what may open an address: a c/o line, a postcode line, a unit
    line, a postcode and town written first, a street before a postcode, a house or farm."""
    start = address_tails.care_of_line(text, start)
    start = address_tails.postcode_line_above(text, start)
    line_start = text.rfind("\n", 0, start) + 1
    unit = _UNIT_LINE_BEFORE.search(text[: line_start if line_start == start else 0])
    if unit is not None:  # "Flat 8/3\n57 Warrender Park Road, ..."
        start = line_start = unit.start("unit")
    head = _HEAD_POSTCODE.search(text[line_start:start])
    month = head is not None and _MONTH_BEFORE.search(
        text, max(0, line_start + head.start() - 12), line_start + head.start()
    )
    if head is not None and not month:
        start = line_start + head.start()  # not `7 april 2027 Zainab Hassan, ` (round 43)
    street = _STREET_BEFORE.search(text[line_start:start])
    if street is not None and re.match(r"(?:[A-Z]{1,3}-)?\d{4,5}[ \t]", text[start : start + 10]):
        start = line_start + street.start()  # "Vlaška 8, HR-77160 Zagreb"
    postcode_first = re.match(r"\d{3} \d{2}[ \t]", text[start : start + 7]) is not None
    if postcode_first or _NUMBERED.match(text, start):
        start = address_tails.house_before(text, line_start, start, postcode_first)
    return start


# The line before, when it holds a flat or unit alone (`Flat 8/3`, `Apt 22`, `Lgh 1102`).
_UNIT_LINE_BEFORE = re.compile(
    r"(?:^|\n|(?<=\"))[ \t]*(?P<unit>(?:Flat|Apartment|Apt\.?|Unit|Suite|Lgh|lgh|Lägenhet)[ \t]"
    r"\d{1,4}[A-Z]?(?:/\d{1,4})?"
    rf"(?:,[ \t]{NAME}[ \t](?:House|Court|Lodge|Cottage|Building|Mansions|Tower))?)"  # round 16
    r"[ \t]*\n\Z"
)


# Before a postcode written with a country prefix or as four or five digits: a street and
# number (`Vlaška 8, HR-77160 Zagreb`), its words no known name.
_STREET_BEFORE = re.compile(
    rf"(?<![\w-]){NAME}(?:[ \t]{NAME}){{0,2}}[ \t]\d{{1,4}}[a-z]?(?:/\d{{1,4}})?,[ \t]$"
)


# A street or village, a number and a Swedish postcode (`Granträsket 88, 790 95 ...`).
_NUMBERED = re.compile(rf"{NAME}[ \t]\d{{1,4}}[A-Za-z]?,[ \t]\d{{3}} \d{{2}}")


from rung.privacy import (  # noqa: E402  (they read the patterns above)
    address_abroad,
    address_english,
    address_lists,
    address_offices,
    address_shapes,
    address_tails,
    streets_alone,
)
