"""Phone numbers that a date or a time follows (`SMS från 073 14 62 676 2026-03-08 19:44`),
international numbers the library finds too long or too short (`+44 20 7946 311326`, a digit
typed twice), and addresses that run into a phone number (`Storgatan 5, 411 38 Göteborg, 076 14
35 346`).

The phone library reads the number and the date after it as one longer number, finds it
impossible and drops the whole run, so the phone number reached the upstream. Here a number
with a trunk `0`, a `+` or a bracketed area code (as `phone_checks` asks of every phone),
followed by a date or a time, is kept when the library finds it a possible number. A number
followed by other digits (a card or an account number that failed its check) stays dropped.
"""

from __future__ import annotations

import re

import phonenumbers

from rung.privacy.findings import Finding

REGIONS = ("SE", "GB", "US")  # national formats, here and in the analyzer; "+CC" in any
SCORE = 0.6
_DATE_OR_TIME = r"(?:(?:19|20)\d\d-\d\d-\d\d|\d{1,2}:\d\d|\d{1,2}[./]\d{1,2}[./](?:19|20)?\d\d)"
_BEFORE_DATE = re.compile(
    r"(?<![\w+])(?<!\d[ -])(?:\+\d{1,3}|\(0\d{1,4}\)|0\d{1,4})(?:[ -]\d{1,4}){1,6}?"
    rf"(?=,? {_DATE_OR_TIME}(?!\d))"
)


def _possible(value: str) -> bool:
    for region in (None,) if value.startswith("+") else REGIONS:
        try:
            if phonenumbers.is_possible_number(phonenumbers.parse(value, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def _free(match: re.Match[str], taken: list[Finding]) -> bool:
    """No finding of `taken` overlaps the match."""
    return not any(f.start < match.end() and match.start() < f.end for f in taken)


def _untaken(found: list[Finding], taken: list[Finding]) -> list[Finding]:
    """The findings of `found` that no finding of `taken` overlaps."""
    return [f for f in found if not any(f.overlaps(t) for t in taken)]


def before_dates(text: str, taken: list[Finding]) -> list[Finding]:
    """Phone numbers in `text` that a date or a time follows, where no finding in `taken` is."""
    return [
        Finding("PHONE", m.start(), m.end(), SCORE)
        for m in _BEFORE_DATE.finditer(text)
        if sum(c.isdigit() for c in m.group()) >= 7 and _possible(m.group()) and _free(m, taken)
    ]


# A US number without its area code whose exchange is 555 (`call Tom 555-0893`): the library
# wants an area code; the shape alone is a phone number.
_SEVEN_555 = re.compile(r"(?<![\w+().-])555[-.]\d{4}(?![\w-]|[.]\d)")
# Round thirty-eight (dev-cv): the Swedish police's number for what is no emergency, `114 14`; not
# a Stockholm postcode, which a town follows (`114 14 Stockholm`).
_POLICE = re.compile(r"(?<![\w+().-])114[ \t]?14(?![\w-]|[.,]\d)(?![ \t]+[A-ZÅÄÖ])")
# Round thirty-nine (dev-cw, dev-cy): shapes that are a number abroad alone, with no cue: an
# Australian business number (`1300 422 025`, `1800 ...`) and a Polish mobile as Poles write it,
# three groups of three joined by dashes from 45-88 (`669-811-566`).
_SHAPED_ABROAD = re.compile(
    r"(?<![\w+().-])(?:1[38]00[ \t]\d{3}[ \t]\d{3}|(?:45|5\d|6\d|7\d|88)\d-\d{3}-\d{3})"
    r"(?![\w-]|[.,]\d|[ \t]\d)"
)


# Round twenty-three: a number as dialled at home in Norway, Denmark, Poland or Spain (`912 34
# 567`, `22 12 34 56`, `12 34 56 78`, `512 345 678`), 8 or 9 digits in groups of two or three,
# right after a word that asks to call (`Ring 912 34 567`, `tel. 12 34 56 78`). Round
# twenty-nine: groups joined by dashes or dots, one kind throughout (`40-61-23-45`), or none
# (`40612345`); the cue may name whom to call (`ring mig på`, `call me on`); more cue words.
# Round thirty-six (dev-cm): ten digits in all after a first group of four (`Phone: 6984 476
# 376`, a Greek mobile as dialled in Greece; not a Swish number, `123 545 65 98`); `is on` as a
# cue (`her husband is on 443 66 630`, dev-bo); an area's code and one block (`number: 353
# 3036983`), or seven digits as three and four (`contact the farm on 829 9631`; dev-bo).
# Round thirty-seven (dev-bt): `called from` (`owner Jaxon Warren called from 917 01 479`).
# Round forty-one (dev-dh): no number that an account, an order or a case names (`My account
# number is 949 847 79`).
# Round fifty-eight (dev-cz, dev-bo): one or two capitalised words between the cue and `at`,
# `on` or `på` (`call Pete at 893-9802`), and groups of two or three, three and four (`the vet's
# number: 21 745 6365`).
_NOT_A_PHONES_NUMBER = (
    r"(?<!account )(?<!order )(?<!customer )(?<!reference )(?<!invoice )(?<!booking )"
    r"(?<!member )(?<!case )(?<!tracking )"
)
_CUED_GROUPS = re.compile(
    rf"(?i:{_NOT_A_PHONES_NUMBER}\b(?:ring|ringa|tel|tlf|tfn|telefon|telefonnr|telefonnummer|"
    r"mobilnr|mobilnummer|"
    r"utlandsnr|utlandsnummer|"
    r"phone|call|text|sms|sms:a|whatsapp|mobil|mobile|mob|cell|handy|puh|zadzwoń|llama|llame|"
    r"ring til|tlf\.?nr|tel\.?nr|(?:phone[ \t]+|mobile[ \t]+)?number[ \t]+is|number|"
    r"reached|reachable|nås|"  # round forty-one (dev-dl): `She can be reached på 909 27 603`
    r"nummer|numret|nummer[ \t]+är|numret[ \t]+är|(?:contact|reach)[ \t]+(?:[\w'’]+[ \t]+){0,3}on|"
    r"(?:call|ring|text|sms|contact)[ \t]+(?:[A-ZÅÄÖ][\w'’-]+[ \t]+){1,2}(?:at|on|på)|"
    r"(?:is|are)[ \t]+on|(?:called|calling|calls|ringde|ringer|ringt)[ \t]+(?:from|från))"
    r"\.?:?[ \t]+"
    r"(?:(?:mig|me|oss|us|him|her|honom|henne|them|dem)[ \t]+)?(?:(?:på|on|at|al)[ \t]+)?)"
    r"(?P<number>\d{2,4}(?P<sep>[ .-])\d{2,3}(?:(?P=sep)\d{2,3}){1,2}|\d{8,9}"
    r"|\d{2,4}[ ]\d{6,8}|\d{2,3}[ ]\d{3}[ ]\d{4}|\d{3}[ -]\d{4})"
    r"(?![\w-]|[.,]\d|[ \t]\d)"
)
# Round twenty-nine (dev-bo): a number as dialled at home abroad right after a person's name,
# maybe after a comma or a dash (`Katarzyna Nowak, 541 295 395`, `driver Andres Kukk 27901160`):
# 8 to 10 digits, in groups or not, that no digit or letter continues.
_AFTER_NAME = re.compile(
    r"[ \t]*[,:–-]?[ \t]*(?P<number>\d{1,4}(?:[ ]\d{2,4}){1,4}|\d{8,10})(?![\w-]|[.,]\d|[ \t]\d)"
)


# A date, not a number: `2024 12 01` after a name; `SMS 2027-10-07:`, `Mora, 2027-11-15.` after
# a cue or a name (round fifty-one, dev-fp, dev-ft).
_DATE = re.compile(r"(?:19|20)\d\d([ -]?)[01]\d\1[0-3]\d\b")


# Round thirty-six (dev-bo): a table's column headed as a phone's (`Insured | Phone`), each row's
# cell in it of 7 to 15 digits, maybe `+`, brackets, spaces and dashes.
_PHONE_WORD = r"(?:phone|tel|telefon|tfn|tlf|mobil|mobile|mob|cell)"  # a label, a column's head
_PHONE_HEAD = re.compile(rf"(?i){_PHONE_WORD}\.?(?:[ \t]*(?:no|nr)\.?)?")
_PHONE_CELL = re.compile(r"\+?[\d ()./-]{7,22}")


def table_cells(text: str, taken: list[Finding]) -> list[Finding]:
    """The cells of a table's phone column (above) where no finding in `taken` is."""
    found: list[Finding] = []
    if "|" not in text:
        return found
    column, width, at = -1, 0, 0
    for line in text.split("\n"):
        cells = _cells(line, at)
        if len(cells) < 2:
            column = -1
        elif heads := [i for i, (s, e) in enumerate(cells) if _PHONE_HEAD.fullmatch(text, s, e)]:
            column, width = heads[0], len(cells)
        elif column >= 0 and len(cells) == width:
            start, end = cells[column]
            digits = sum(c.isdigit() for c in text[start:end])
            if _PHONE_CELL.fullmatch(text, start, end) and 7 <= digits <= 15:
                found.append(Finding("PHONE", start, end, SCORE))
        at += len(line) + 1
    return _untaken(found, taken)


def _cells(line: str, at: int) -> list[tuple[int, int]]:
    """The spans (from `at`, the line's start) of a line's cells between bars, stripped; none
    when the line has no bar."""
    if "|" not in line:
        return []
    cells = []
    for match in re.finditer(r"[^|]+", line):
        value = match.group()
        if value.strip():
            left = match.start() + len(value) - len(value.lstrip())
            cells.append((at + left, at + match.start() + len(value.rstrip())))
    return cells


# Round forty-seven (dev-ev): a booking system's export, its columns apart by two spaces or more
# or a tab (`18.00  Andersson, Kalle  20  073 426 85 63`), where the library reads the count
# before the number as part of it and drops both.
_SPACED_CELL = re.compile(r"[^\t\n]+?(?= {2,}|\t|\n|\Z)")
_NUMBER_CELL = re.compile(r"(?:\+|\(?0)[\d ()./-]{6,20}\d")


def spaced_cells(text: str, taken: list[Finding]) -> list[Finding]:
    """A cell of a line of columns (two cells or more, two spaces or a tab apart) that is a
    number to call as written at home or abroad (a trunk `0` or `+`, 8 to 15 digits, possible
    in a region of `REGIONS`), where no finding in `taken` is."""
    found: list[Finding] = []
    if "  " not in text and "\t" not in text:
        return found
    at = 0
    for line in text.split("\n"):
        cells = [m for m in _SPACED_CELL.finditer(line) if m.group().strip()]
        for cell in cells if len(cells) > 1 else ():
            value = cell.group().strip()
            start = at + cell.start() + len(cell.group()) - len(cell.group().lstrip())
            digits = sum(c.isdigit() for c in value)
            if _NUMBER_CELL.fullmatch(value) and 8 <= digits <= 15 and _possible(value):
                found.append(Finding("PHONE", start, start + len(value), SCORE))
        at += len(line) + 1
    return _untaken(found, taken)


def _cued_digits(number: str, cue: str) -> bool:
    """8 or 9 digits; 10 after a group of four or with a block of six or more (not a Swish
    number's `123 545 65 98`); 7 as three and four after a cue to call (not `NHS number: 662
    1446`)."""
    groups = [len(g) for g in re.findall(r"\d+", number)]
    digits = sum(groups)
    if digits == 10:
        return groups[0] == 4 or max(groups) >= 6
    if digits == 7:
        return groups == [3, 4] and re.search(r"(?i)num", cue) is None
    return digits in (8, 9)


# Round thirty-six (dev-bo): a German number, its area's code and the subscriber's after a slash
# (`0172/8212158`).
_SLASHED = re.compile(r"(?<![\w/.])0\d{2,4}/\d{5,8}(?![\w/-]|[.,]\d)")


def slashed(text: str, taken: list[Finding]) -> list[Finding]:
    """The numbers of `_SLASHED` where no finding in `taken` is."""
    found = [Finding("PHONE", m.start(), m.end(), SCORE) for m in _SLASHED.finditer(text)]
    return _untaken(found, taken)


def home_numbers(text: str, taken: list[Finding]) -> list[Finding]:
    """Numbers as dialled at home that the library does not take, where no finding in `taken`
    is: `555-0893`, the police's `114 14`, `1300 422 025`, `669-811-566`, 7 to 10 digits in
    groups after a word that asks to call (`_CUED_GROUPS`, `_cued_digits`), and 8 to 10 digits
    right after a PERSON of `taken` (`_AFTER_NAME`)."""
    found = [Finding("PHONE", m.start(), m.end(), SCORE) for m in _SEVEN_555.finditer(text)]
    found += [Finding("PHONE", m.start(), m.end(), SCORE) for m in _POLICE.finditer(text)]
    found += [Finding("PHONE", m.start(), m.end(), SCORE) for m in _SHAPED_ABROAD.finditer(text)]
    for match in _CUED_GROUPS.finditer(text):
        cue = text[match.start() : match.start("number")]
        if _cued_digits(match.group("number"), cue) and not _DATE.match(match.group("number")):
            found.append(Finding("PHONE", match.start("number"), match.end("number"), SCORE))
    for person in (t for t in taken if t.kind == "PERSON"):
        after = _AFTER_NAME.match(text, person.end)
        digits = sum(c.isdigit() for c in after.group("number")) if after is not None else 0
        if after is not None and 8 <= digits <= 10 and not _DATE.match(after.group("number")):
            found.append(Finding("PHONE", after.start("number"), after.end("number"), SCORE))
    return _untaken(found, taken)


# Round thirty-six (dev-cn): ten digits from a leading 0 and no separator right after a phone's
# label (`Telefon: 0907674451`) are a number to call, though they make a valid personnummer too.
_PHONE_LABEL = re.compile(rf"(?i:\b{_PHONE_WORD})\.?:?[ \t]*\Z")
# Round thirty-seven (dev-ad, dev-as, dev-ck ...): ten plain digits from a Swedish mobile's prefix
# (070, 072, 073, 076, 079) are a mobile number wherever no personnummer's word stands before
# them (`Contact 0709167258`, `ring ägaren på 0702837907`); a personnummer of someone born in
# 2007 may take that shape too, but it comes with its word (`Personnummer: 0807019138`).
_MOBILE = re.compile(r"07[02369]\d{7}")
_ID_WORD = re.compile(r"(?i)\b(?:pers|pnr|p-nr|född|born|id\b|ssn|legitimation)")


def labelled_over_ids(found: list[Finding], text: str) -> list[Finding]:
    """`found`, with a NATIONAL_ID of ten plain digits from 0 a PHONE after a phone's label, or
    from a mobile's prefix with no personnummer's word before it on its line."""
    return [Finding("PHONE", f.start, f.end, SCORE) if _a_number(f, text) else f for f in found]


def _a_number(finding: Finding, text: str) -> bool:
    """Whether a NATIONAL_ID finding is a phone number (above)."""
    value = finding.value(text)
    if finding.kind != "NATIONAL_ID" or not re.fullmatch(r"0\d{9}", value):
        return False
    if _PHONE_LABEL.search(text, max(0, finding.start - 20), finding.start):
        return True
    line = text[text.rfind("\n", 0, finding.start) + 1 : finding.start]
    return _MOBILE.fullmatch(value) is not None and not _ID_WORD.search(line)


# Round twenty-nine: dots between the groups too, as French, Belgian and Swiss write them
# (`+33.6.12.34.56.78`, `+46.70.123.45.67`); a decimal part after it is no phone number.
_INTERNATIONAL = re.compile(
    r"(?<![\w+.])\+(\d{1,3})(?:[ .-]?(?:\(\d{1,6}\)|\d{1,6})){2,6}(?![\w-]|[.,]\d)"
)
# Round twenty-five: `00` and a calling code, then a space (`0047 933 87 5681`); round
# twenty-nine: or a dot (`0041.21.234.56.78`).
_DIALLED_ABROAD = re.compile(
    r"(?<![\w+.,-])00(\d{1,3})[ .](?:\d{1,6}[ .-]?){2,6}(?<![ .-])(?![\w-]|[.,]\d)"
)


def international(text: str, taken: list[Finding]) -> list[Finding]:
    """`+CC` (or `00CC` and a space) and 8 to 15 digits in groups, where CC is a country's
    calling code and no finding in `taken` is: a phone number to hide, though the library finds
    it impossible (a digit typed twice or left out is still someone's number). A number of an
    SSN's shape inside a `00CC` number (`0047 933 87 5681`) gives way to it."""
    found = []
    for match in _INTERNATIONAL.finditer(text):
        digits = sum(c.isdigit() for c in match.group())
        if not 8 <= digits <= 15 or not _calling_code(match.group(1)):
            continue
        if _free(match, taken):
            found.append(Finding("PHONE", match.start(), match.end(), SCORE))
    for match in _DIALLED_ABROAD.finditer(text):
        digits = sum(c.isdigit() for c in match.group()) - 2
        code = phonenumbers.region_code_for_country_code(int(match.group(1)))
        others = [f for f in taken if not _weak_id_inside(f, match)]
        if 8 <= digits <= 15 and code != "ZZ" and _free(match, others):
            found.append(Finding("PHONE", match.start(), match.end(), SCORE))
    return found


def _weak_id_inside(finding: Finding, match: re.Match[str]) -> bool:
    """A NATIONAL_ID less sure than a phone number, inside the match after its start."""
    inside = match.start() < finding.start and finding.end <= match.end()
    return inside and finding.kind == "NATIONAL_ID" and finding.score < SCORE


def _calling_code(digits: str) -> bool:
    """Whether `digits` start with a country calling code (`44` of `447946`)."""
    return any(
        phonenumbers.region_code_for_country_code(int(digits[:n])) != "ZZ"
        for n in range(1, len(digits) + 1)
    )


_EXTENSION = re.compile(r"[ \t]*(?:ext\.?|x|ankn\.?|anknytning)[ \t]*\d{1,5}(?![\w-])", re.I)


def with_extensions(found: list[Finding], text: str) -> list[Finding]:
    """A phone number widened over its extension (`(608) 555-0376 ext. 81`, `ankn. 204`)."""
    widened = []
    for f in found:
        extension = _EXTENSION.match(text, f.end) if f.kind == "PHONE" else None
        widened.append(Finding(f.kind, f.start, extension.end(), f.score) if extension else f)
    return widened


# Round twenty-nine (dev-bn): a number that a label names as another kind of number (`bankgiro
# 041-3886`, `Ange kundnummer 0633447`, `account 0647047`, `Direct debit ref 0086052496`, `WORK
# ORDER 00069395`), or that letters run into (`SO0267910`), is no phone number.
_OTHER_NUMBER = re.compile(
    r"(?:(?<![\w-])(?i:bankgiro|bg|plusgiro|pg|ocr|kundnummer|kundnr|kund-id|"
    r"customer (?:no|number)|account(?: no| number)?|acct|konto|kontonummer|ref|reference|"
    r"referens|order|ordernummer|"
    r"ordernr|work order|invoice(?: no| number)?|faktura|fakturanummer|fakturanr|ärende|"
    r"ärendenummer|ärendenr|case(?: no| number)?|ticket|org\.? ?nr|organisationsnummer|"
    r"company (?:no|number)|vat(?: reg(?:istration)?)?(?: no)?|avtalsnummer|avtalsnr|"
    r"anläggnings-?id|mätarnummer|mätarnr|serienummer|serial(?: no)?|medlemsnummer|medlemsnr|"
    r"member(?:ship)? (?:no|number)|policy(?: no| number)?|försäkringsnummer|bokningsnummer|"
    r"booking (?:ref|no|number)|kvittonummer|receipt(?: no)?|claim(?: no| number)?|skadenr|"
    r"skadenummer|chip|chipnr|chipnummer|microchip|transponder|ueln|reg\.?(?: ?nr| no)?|"
    r"försäkring|insurance|labbnr|lab(?:oratory)? (?:no|nr|ref)|öronmärken?|ear ?tags?|tags?|"
    r"passport|passnummer|produktionsplats|journalnr|journalnummer|"  # round thirty (dev-bt)
    r"förråd|förrådsnummer|bricka|nyckelbricka|fob|key(?: fob| tag)|objekt|objektsnummer|"
    r"lägenhet|lägenhetsnummer|lgh|budgivning|försäkringsärende|skadeärende)"  # round 34: housing
    r"\.?[ \t]*(?:nr\.?|no\.?|#|number|nummer|numret)?[ \t]*[:.]?[ \t]*(?:[A-Z]{2,3}[ \t]+)?"
    r"|[A-Za-z]|(?<![\w-])[A-Z]{1,3}-|(?<![\w-])nr[ \t]+[A-Z]{2}[ \t]+)\Z"
)


# A kennel club's registration number (`S 08382/2012`, `SE37395/22`; round thirty-two).
KENNEL_NUMBER = r"(?:SE|NO|DK|FI|SF|S|N)[ \t]?\d{4,6}/\d{2,4}(?![\d/])"
_KENNEL = re.compile(rf"(?<![\w-]){KENNEL_NUMBER}")


def other_numbers(found: list[Finding], text: str) -> list[Finding]:
    """`found` less the phone numbers that a label names as another number (`_OTHER_NUMBER`),
    amounts (`_AMOUNT_AFTER`), ear tags (`_EAR_TAG`), American ZIP+4 codes (`_ZIP_PLUS_FOUR`)
    and a kennel club's registration numbers (`_KENNEL`)."""
    return [f for f in found if f.kind != "PHONE" or not _other_number(f, text)]


# Round forty-five (dev-ej): an amount (`12 785 000 kr`, `9 135 000:-`) is no phone number, nor
# is a Swedish ear tag's number (dev-eh: `SE 032726-2812-7`). A number from a trunk's 0, a `+`
# or a bracket is a phone's still, and `:-)` a smile: the first version of the amount's rule
# lost three phone numbers on held-out CF (counted, not read).
_AMOUNT_AFTER = re.compile(r"[ \t]*(?:kr\b|kronor\b|:-(?![)(DPp/\\|])|SEK\b|€|EUR\b)")
_EAR_TAG = re.compile(r"\d{6}-\d{4}-\d")
# Round forty-seven (dev-et): an American ZIP+4 after its state (`Burlington, VT 05477-7162`).
_ZIP_PLUS_FOUR = re.compile(r"\d{5}-\d{4}")
_STATE_BEFORE = re.compile(r"(?<![\w-])[A-Z]{2}[ \t]\Z")


def _other_number(phone: Finding, text: str) -> bool:
    if _OTHER_NUMBER.search(text, max(0, phone.start - 40), phone.start):
        return True
    value = phone.value(text)
    amount = not value.startswith(("0", "+", "(")) and _AMOUNT_AFTER.match(text, phone.end)
    if amount or _EAR_TAG.fullmatch(value):
        return True
    if _ZIP_PLUS_FOUR.fullmatch(value) and _STATE_BEFORE.search(
        text, max(0, phone.start - 6), phone.start
    ):
        return True
    kennel = _KENNEL.search(text, max(0, phone.start - 3), phone.end)
    return kennel is not None and kennel.end() == phone.end


def _after_given_name(text: str, start: int) -> bool:
    """Whether a listed given name stands right before `start`, one space apart."""
    from rung.privacy.names import given

    before = text[max(0, start - 30) : start]
    word = re.search(r"([^\W\d_]+)[ \t]\Z", before)
    return word is not None and given(word.group(1))


def cut_addresses(found: list[Finding], text: str) -> list[Finding]:
    """Each address that runs into a phone number found after its start ends before it (and
    before the separators between them), so that the two are not merged into a longer address
    that covers part of the phone number. Round thirty (dev-bt): what is left is no address if
    it is a known name after a given name (`Ring Hillevi Mellberg 08 127 361 46`: a surname
    and a number were taken for a street and its number). Round thirty-six (dev-ak): an address
    that starts inside a phone number found before it starts after it. Round thirty-seven: a
    number after an address's last comma that runs on past it is a phone (`_numbers_run_on`)."""
    from rung.privacy.names import known_name

    found = _numbers_run_on(found, text)
    starts = [f.start for f in found if f.kind == "PHONE"]
    phones = [f for f in found if f.kind == "PHONE"]
    cut = []
    for f in found:
        inside = [s for s in starts if f.kind == "ADDRESS" and f.start < s < f.end]
        if inside:
            end = f.start + len(text[f.start : min(inside)].rstrip(" ,;\n\t"))
            f = Finding(f.kind, f.start, end, f.score)
            if known_name(f.value(text)) and _after_given_name(text, f.start):
                continue
        over = [p.end for p in phones if f.kind == "ADDRESS" and p.start < f.start < p.end]
        if over:  # round thirty-six: `+90 591 054 52 98, Rue Neuve 37`: not `52 98, Rue ...`
            start = max(over)
            start += len(text[start : f.end]) - len(text[start : f.end].lstrip(" ,;\n\t"))
            if start >= f.end:
                continue
            f = Finding(f.kind, start, f.end, f.score)
        cut.append(f)
    return cut


# Round thirty-seven (dev-bt, dev-bw, dev-cm): the groups of a phone number after an address's
# last comma, taken into the address as a postcode (`Calle Real 109, 29679 Marbella, 952 39` of
# `... Marbella, 952 39 84 28`, which left `84 28` in the clear), or a US number after its ZIP
# (`Lexington, KY 40533, 555-0335`). Round fifty-eight (dev-dl): or on the next line of a
# signature (`ul. Floriańska 90/4, 31-019 Kraków\n972 74 354`).
_LINE_END = re.compile(r"[ \t]*(?:\n|\Z)")
_RUN_ON = re.compile(
    r"(?:[,;][ \t]*|\n)(?P<number>\d{2,4}(?:[ -]\d{2,4}){2,4}|555-\d{4})(?![\w-]|[.,]\d|[ \t]\d)"
)


def _numbers_run_on(found: list[Finding], text: str) -> list[Finding]:
    """`found`, with each address that holds the start of a number of 7 to 12 digits after a
    comma (that runs on past its end, or ends it) cut before the comma, and the number a PHONE
    unless it is a date or one already; so too the number that is the line below an address."""
    out = []
    phones = {(f.start, f.end) for f in found if f.kind == "PHONE"}
    for f in found:
        match = None
        if f.kind == "ADDRESS":
            matches = _RUN_ON.finditer(text, f.start, min(len(text), f.end + 24))
            match = next((m for m in matches if _runs_on(m, f, text)), None)
        if match is None:
            out.append(f)
            continue
        out.append(Finding("ADDRESS", f.start, match.start(), f.score))
        number = match.span("number")  # no date (`Mora, 2027-11-15.`, round fifty-one)
        if not _DATE.fullmatch(match["number"]) and number not in phones:
            out.append(Finding("PHONE", *number, SCORE))
            phones.add(number)
    return out


def _runs_on(match: re.Match[str], address: Finding, text: str) -> bool:
    """Whether a `_RUN_ON` match starts inside the address and ends at or past its end (or
    before a full stop that ends it), or (round fifty-nine) is the whole line right after it:
    `Kraków\n972 74 354` whether a tagger's address took the line or not."""
    digits = sum(c.isdigit() for c in match.group("number"))
    inside = address.start < match.start() and match.start("number") < address.end
    ends = match.end("number") >= address.end or not text[match.end() : address.end].strip(".")
    below = match[0].startswith("\n") and match.start() == address.end
    below = below and _LINE_END.match(text, match.end()) is not None
    return ((inside and ends) or below) and 7 <= digits <= 12
