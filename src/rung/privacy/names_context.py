"""Names read from the words around them (round fourteen).

A capitalised word that no list knows is a name when the words next to it say that only a
person fits there; each rule names such a context, in Swedish and English:

- *A genitive before what a person has*: `Xs dator`, `Xs mamma`, `X's laptop` (a personal noun:
  kin, a device, a desk, a parcel, a shift, ...), anywhere in a sentence; the span is the stem.
  A word merely ending in `s` before such a noun (`Thesis`) is no name: the whole word must be
  unknown too. A PERSON that ends in such a genitive loses its `s`.
- *What only a person does*: at a sentence start, `X kommer tillbaka`, `X är sjuk`, `X är
  ledig`, `X blir sen`, `X har slutat`, `X is off sick`, `X will be back`, ... (a predicate
  of two words that a product or a service does not take).
- *A column of names*: in a table whose header row has a name column (`Namn`, `Name`,
  `Employee`, `Anställd`, `Patient`, ...), the cell of that column in each row below, of one to
  four capitalised words each a name or a rare word.
- A PERSON of one letter (`hus B`), or a stop word alone at a sentence start before a
  lower-case word (`Er referens:`), is none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from rung.privacy import names as name_rules
from rung.privacy.findings import Finding
from rung.privacy.name_words import CAPITALS as _CAP
from rung.privacy.name_words import NAME_WORD as _NAME_WORD
from rung.privacy.name_words import PLACES, words
from rung.privacy.names_worded import WORD_NAMES

# What a person has: kin, devices, things at work.
_PERSONAL_NOUNS = (
    "mamma|pappa|mor|far|mormor|farmor|morfar|farfar|son|dotter|bror|syster|fru|man|sambo|barn"
    "|familj|föräldrar|partner|make|maka|chef|kollega|kollegor|assistent|dator|laptop|mobil"
    "|telefon|dator|bil|cykel|nyckel|nycklar|nyckelkort|paket|väska|jacka|skrivbord|kontor|rum"
    "|plats|schema|pass|semester|ledighet|tjänst|mejl|mail|lön|kontrakt|avtal|ansökan|journal"
    "|pull|pr|kod|branch|commit"
    "|remiss|recept|tid|besök|adress|konto|lösenord|inloggning|ärende|fråga|födelsedag"
    "|mum|mom|dad|mother|father|son|daughter|brother|sister|wife|husband|partner|family|kids"
    "|children|manager|boss|colleague|assistant|computer|laptop|phone|mobile|car|bike|key|keys"
    "|badge|parcel|package|bag|coat|desk|office|room|shift|rota|leave|holiday|contract|email"
    "|account|password|login|appointment|visit|address|birthday|request|case|ticket|place|flat"
    "|code"
    "|forskning|bok|boken|artikel|avhandling|research|book|paper|thesis"
)
_GENITIVE = re.compile(
    rf"(?<![\w'’-])({_NAME_WORD})(s|'s|’s)(?=[ \t]+(?:{_PERSONAL_NOUNS})(?![\w-]))"
)
# A listed surname or given name in lower case in its genitive before another word, as in chat
# (`kan du ta johanssons besök`, `har nån lindbergs nya nummer`, `om lenas adress`).
_LOWER_GENITIVE = re.compile(r"(?<![\w'’@-])([a-zåäö]{5,})s(?=[ \t]+[a-zåäö])")
# What a person does (two words, so that a product or a service does not fit).
_PREDICATES = (
    "kommer tillbaka|kommer inte|kommer in|kommer senare|kommer sent|är sjuk|är sjukskriven"
    "|är ledig|är hemma|är borta|är sen|är försenad|är på semester|är föräldraledig"
    "|är tjänstledig|är på väg|blir sen|blir försenad|har slutat|har gått hem|har semester"
    "|gick hem|slutar hos|börjar hos|fyller år|är tillbaka|hälsar till|tackar för"
    "|is off|is out|is away|is sick|is ill|is on leave|is on holiday|is back|is running"
    "|will be back|will be late|has left|went home|starts on|joins us|sends her|sends his"
    "|sends their|says hi|is leaving|has resigned"
    "|in Year|in year|in class|i klass|går i"  # round fifteen: a pupil (`X in Year 4 ...`)
    # Round seventeen: what a person does with others (meets, drives, fetches, contacts).
    "|gjorde bra|gjorde ett|möter vid|möter upp|möter dig|möter er|kör från|kör till"
    "|hämtar upp|hämtar dig|skjutsar|kontaktar|ringer upp|följer upp|tar över|will meet"
    "|will call|will contact|will pick|picks up|contacts|calls back|follows up|takes over"
)
_PREDICATE_AFTER = re.compile(
    rf"(?:^|(?<=[.!?][ \t])|(?<=\n)|(?<=[.!?][ \t]{{2}})|(?<=[:,][ \t]))"  # round 17: `:`, `,`
    rf"({_NAME_WORD}(?:[ \t]{_NAME_WORD})?)"
    rf"(?=[ \t](?:{_PREDICATES})(?![\w-]))"
)
_NAME_HEADERS = words(
    """
    namn name employee anställd medarbetare patient elev student kund customer deltagare
    participant kontaktperson contact ansvarig owner hyresgäst tenant brukare client klient
    personal staff förnamn efternamn tilltalsnamn surname lastname firstname forename
    first_name last_name given_name family_name full_name fullname
    """
)
# Headers of table columns that hold no person (`Avdelning`, `Team`, `Status`, ...).
# A name in capitals after a label that names a person (`attn ORFILIA YRARRÁZAVAL`).
_UPPER_WORD = rf"[{_CAP}][{_CAP}'’]+(?:-[{_CAP}][{_CAP}'’]+)?"
_CAPITALS_AFTER_LABEL = re.compile(
    r"(?<![\w'’-])(?i:attn|attention|fao|c/o|assignee)[:.]?[ \t]+"
    rf"({_UPPER_WORD}(?:[ \t]{_UPPER_WORD}){{0,3}})(?![\w'’-])"
)
_OTHER_HEADERS = words(
    """
    avdelning department team enhet unit roll role titel title status ort stad city land
    country produkt product projekt project typ type kategori category lag lager plats location
    office kontor site
    """
)
# Words that head the name of a thing, not a person: `Projekt Phoenix`, `Konferens Ek`,
# `Building C`, `Fliken Fakturor`, `sprint Orion`.
_THING_HEADS = words(
    """
    projekt projektet project sprint sprinten team teamet konferens konferensrum rum room
    building byggnad hus huset fliken tab release version kampanj campaign program programmet
    level våning sektion section sal salen bilaga appendix conference
    reception receptionen lobby foajén
    tandreglering tandhälsan munhälsan bandet
    """
)
# Round fifteen: words that end the name of a place or a service (`Aurora Suite`).
_THING_TAILS = words(
    "suite lounge salen rummet hallen centrum centre center arena tab"
    " tandvård events"  # round forty-six (dev-el, dev-en): `Munhälsan Tandvård`, `X Events`
)
_ROLES_AFTER = words("lead leader manager ledare coach member medlem")
_SEPARATORS = ("\t", "|", ";", ",")


def more(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` with the names their context marks added, and the PERSON spans trimmed of a
    genitive before a personal noun and of an asking verb at a sentence start; a PERSON of one
    letter, or a stop word alone at a sentence start (`Er referens:`), is none."""
    others = _other_cells(text)
    starts = {f.start for f in findings if f.kind == "PERSON"}
    result = [
        _trimmed(f, text)
        for f in (_before_a_place(f, text) for f in findings)
        if not _no_name(f, text)
        and not _thing(f, text)
        and (f.start, f.end) not in others
        and not _heading_a_person(f, starts, text)
    ]
    added: list[Finding] = []
    for match in _GENITIVE.finditer(text):
        whole = match.group(1) + match.group(2)
        if _rare(match.group(1)) and _unknown(whole) and not _named(whole):
            added.append(Finding("PERSON", match.start(1), match.end(1), 0.6))
    for match in _LOWER_GENITIVE.finditer(text):
        whole = match.group(0)
        if _lower_name(match.group(1)) and not _lower_name(whole) and not _everyday(whole):
            added.append(Finding("PERSON", match.start(1), match.end(1), 0.6))
    for match in _CAPITALS_AFTER_LABEL.finditer(text):
        if all(_rare(w) for w in match.group(1).split()):
            result = [_cut_before(f, match.start(), text) for f in result]
            added.append(Finding("PERSON", match.start(1), match.end(1), 0.6))
    for match in _CAPITALS_IN_NAME_FIELD.finditer(text):
        added.append(Finding("PERSON", match.start(1), match.end(1), 0.6))
    for match in _PREDICATE_AFTER.finditer(text):
        if all(map(_unknown_capital, match.group(1).split())):
            added.append(Finding("PERSON", match.start(1), match.end(1), 0.6))
    added += _column(text)
    for finding in added:
        if any(f.start <= finding.start and finding.end <= f.end for f in result):
            continue
        if any(f.start < finding.end and finding.start < f.end for f in result):
            result = _widened(result, finding)
            continue
        result.append(finding)
    return result


# Round fifteen: one word at a line's or sentence's start, then a colon or `för`/`for`, then a
# person's name: a label or a thing about that person (`Epikris: X`, `Payslip for X`).
_HEADING_LINK = re.compile(r"(?::[ \t]+|[ \t]+(?:för|for)[ \t]+)")


def _heading_a_person(finding: Finding, starts: set[int], text: str) -> bool:
    if finding.kind != "PERSON" or " " in finding.value(text):
        return False
    link = _HEADING_LINK.match(text, finding.end)
    if link is None or link.end() not in starts:
        return False
    before = text[max(0, finding.start - 3) : finding.start]
    at_start = finding.start == 0 or before.endswith("\n") or re.search(r"[.!?][ \t]+$", before)
    return bool(at_start) and not name_rules.given(finding.value(text).casefold())


def _cut_before(finding: Finding, label: int, text: str) -> Finding:
    """An ADDRESS that runs on over a person's label (`..., 123 45 Lund, attn X`) ends before
    it."""
    if finding.kind != "ADDRESS" or not finding.start < label < finding.end:
        return finding
    end = len(text[:label].rstrip(" \t,;"))
    return Finding("ADDRESS", finding.start, end, finding.score)


def _thing(finding: Finding, text: str) -> bool:
    """A PERSON that starts with a word heading a thing's name (`Projekt Phoenix`), or right
    after one (`sprint Orion`)."""
    if finding.kind != "PERSON":
        return False
    parts = finding.value(text).casefold().split()
    owner = parts[-2].removesuffix("s") if len(parts) >= 3 else ""  # `Solveig Karlssons Tandvård`
    full_name = bool(owner) and name_rules.given(parts[0]) and name_rules.surname(owner)
    if len(parts) >= 2 and parts[-1] in _THING_TAILS and not full_name:
        return True  # `Aurora Suite`, not `Lisa Berg Tandvård`
    for index, part in enumerate(parts[:-1]):
        if part in _THING_HEADS and parts[index + 1] not in _ROLES_AFTER:
            return True  # `Se Bilaga B`, not `Team Lead Okafor`
    if parts and parts[0] in _ROLES_AFTER:
        return False
    if len(parts) >= 2 and name_rules.given(parts[0]) and name_rules.surname(parts[-1]):
        return False  # round forty-six (dev-en): `i receptionen Johan Olsson` is someone there
    before = re.search(r"([^\W\d_]+)[ \t]+\Z", text[max(0, finding.start - 30) : finding.start])
    return before is not None and before.group(1).casefold() in _THING_HEADS


# Round forty-six (dev-el): a full name, then where the person is (`Anders Andersén på
# Folktandvården Centrum`), read as one name that a thing's word ends: the name alone.
_AT_A_PLACE = re.compile(r"[ \t]+(?:på|vid|hos|at|from|från)[ \t]+[A-ZÅÄÖ]")


def _before_a_place(finding: Finding, text: str) -> Finding:
    at = _AT_A_PLACE.search(text, finding.start, finding.end)
    if finding.kind != "PERSON" or at is None or not _thing(finding, text):
        return finding
    parts = text[finding.start : at.start()].split()
    last = parts[-1] if parts else ""
    surname = name_rules.surname(last) or name_rules.no_word(last.casefold())
    full = len(parts) >= 2 and name_rules.given(parts[0]) and surname
    return Finding("PERSON", finding.start, at.start(), finding.score) if full else finding


_ENTRANCE_LETTER = re.compile(
    r"(?<![\w-])(?i:uppg\.|uppgång|ingång|port|hus|zon|zone|zones|block|entrance|gate)[ \t]+\Z"
)
_SLASH_PAIR = re.compile(r"[A-ZÅÄÖ]{3,}[ \t]*/[ \t]*\Z|[ \t]*/[ \t]*[A-ZÅÄÖ]{3,}\b")


# Round thirty-eight (dev-ct, dev-cv): a name's field, whose value in capitals is a name however
# short (`Forename(s): EARL`, `Efternamn / Surname: FOX`, `Efternamn POTTER`).
# Only the labels of a surname's or a given name's field (not `Name:`, `Company name: IBM`).
_NAME_FIELD = (
    r"(?i:efternamn|förnamn|surname|last[ \t]name|family[ \t]name|first[ \t]names?|"
    r"forenames?|forename\(s\)|given[ \t]names?)[ \t]*:?[ \t]*"
)
_NAME_FIELD_BEFORE = re.compile(_NAME_FIELD + r"\Z")
# Round thirty-nine (dev): a value in capitals in a name's field written inline, even a word
# (`Efternamn POTTER, Förnamn GRACE`).
_CAPITALS_IN_NAME_FIELD = re.compile(
    rf"(?<![\w-]){_NAME_FIELD}({_UPPER_WORD}(?:[ \t]{_UPPER_WORD}){{0,2}})(?![\w'’-])"
)


def _in_name_field(finding: Finding, text: str) -> bool:
    """A value right after a name's label on its line (`Forename(s): EARL`, `Efternamn POTTER`)."""
    line_start = text.rfind("\n", 0, finding.start) + 1
    return _NAME_FIELD_BEFORE.search(text, line_start, finding.start) is not None


def _no_name(finding: Finding, text: str) -> bool:
    if finding.kind != "PERSON":
        return False
    value = finding.value(text)
    if len(value) == 1:
        return True  # `hus B`
    if (
        2 <= len(value) <= 4
        and value.isalpha()
        and value.isupper()
        and not _in_name_field(finding, text)
    ):
        # an abbreviation alone (`her PE kit`, `My IBAN is`), unless a listed name (`ANNA`, or
        # `ALI` paired by a slash on a door's sign: `LINDSTRÖM / ALI`; round thirty-four)
        paired = _SLASH_PAIR.search(
            text, max(0, finding.start - 30), finding.start
        ) or _SLASH_PAIR.match(text, finding.end)
        return not _named(value) or (len(value) <= 3 and paired is None)
    if " " not in value and _unknown(value) and _made_word(value):
        return True  # `Avtackning`: a verbal noun, no name
    if _ENTRANCE_LETTER.search(text, max(0, finding.start - 20), finding.start) and re.match(
        r"[A-Z]\b", value
    ):
        return True  # `uppg. B. Avgift 6 068 kr`, `zones B and D`: an entrance's or zone's letter
    if re.match(r"(?:Sons|Söner)\b", value) and text[
        max(0, finding.start - 3) : finding.start
    ].rstrip().endswith("&"):
        return True  # `Cindy Andrews & Sons Plumbing`
    if value.casefold() == "ang" and re.match(
        r"\.[ \t]+[a-zåäö]", text[finding.end : finding.end + 3]
    ):
        return True  # `Ämne: Ang. pappas lägenhet`: `angående`, 22 times in 7 dev sets
    key = value.casefold()
    return (
        key in name_rules.stop_words()
        and key not in name_rules.given_names()
        and _sentence_start(text, finding.start)
        and re.match(r"[ \t]+[a-zåäö]", text[finding.end : finding.end + 3]) is not None
    )


def _made_word(word: str) -> bool:
    """A Swedish verbal noun (`Avtackning`, `Fakturering`): eight letters or more ending in
    `-ning` or `-ering`. (Compounds of everyday words in general were tried: they took given
    names and surnames, `Christoffer`, `Nordenfalk`.)"""
    key = word.casefold()
    return len(key) >= 8 and key.endswith(("ning", "ering"))


def _widened(result: list[Finding], finding: Finding) -> list[Finding]:
    """`finding` in place of the PERSON spans inside it; left out if another span overlaps."""
    overlapping = [f for f in result if f.start < finding.end and finding.start < f.end]
    if all(
        f.kind == "PERSON" and finding.start <= f.start and f.end <= finding.end
        for f in overlapping
    ):
        return [f for f in result if f not in overlapping] + [finding]
    return result


def _trimmed(finding: Finding, text: str) -> Finding:
    if finding.kind != "PERSON":
        return finding
    value = finding.value(text)
    after = text[finding.end : finding.end + 30]
    last = value.split()[-1] if value.split() else ""
    if (
        len(last) > 3
        and last.endswith("s")
        and re.match(rf"[ \t]+(?:{_PERSONAL_NOUNS})(?![\w-])", after)
        and _rare(last[:-1])
        and _unknown(last)
        and not _named(last)
        and not _named(last.rsplit("-", 1)[-1])  # round forty-one: `Davies-James family`
    ):
        return Finding("PERSON", finding.start, finding.end - 1, finding.score)
    return finding


def _named(word: str) -> bool:
    """A listed name or place as it is written, `s` and all (`Paris`, `Jens`)."""
    key = word.casefold()
    lists = (name_rules.given_names(), name_rules.family_names(), PLACES)
    return any(key in listed for listed in lists)


def _everyday(word: str) -> bool:
    """A stop word or a common word (Zipf 4+): `annars`, not the genitive of a name (the common
    surnames' genitives are 3: `johanssons`)."""
    from rung.privacy.tagger import everyday_zipf

    return word in name_rules.stop_words() or max(everyday_zipf(word)) >= 4


def _lower_name(word: str) -> bool:
    """A name of the public lists, which hold no word a spelling list has in lower case (not
    `strand`, `berg`), no stop word and no name that is also a word (`björn`)."""
    return (
        word in _public_names() and word not in name_rules.stop_words() and word not in WORD_NAMES
    )


@cache
def _public_names() -> frozenset[str]:
    return name_rules.lexicon("surnames-public.txt") | name_rules.lexicon("given-public.txt")


def _rare(word: str) -> bool:
    """A known name, or each part of `word` a word no everyday list has often."""
    from rung.privacy.names_forms import _rare_name_word

    return _rare_name_word(word)


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in ".!?\n:"


def _column(text: str) -> list[Finding]:
    """The cells of a table's name column (by its header) in the rows below it."""
    return [
        Finding("PERSON", start, start + len(value), 0.6)
        for start, value in _cells_under(text, _NAME_HEADERS)
        if _names_cell(value)
    ]


def _other_cells(text: str) -> set[tuple[int, int]]:
    """(start, end) of the cells under a header that names no person (`Avdelning`, `Team`)."""
    return {
        (start, start + len(value)) for start, value in _cells_under(text, _OTHER_HEADERS) if value
    }


def _cells_under(text: str, headers: frozenset[str]) -> Iterator[tuple[int, str]]:
    """(start, stripped text) of each cell below the first table header line (cells split by
    a tab, `|`, `;` or `,`) that has a column named in `headers`, in that column, down to the
    first row of another width."""
    lines = list(re.finditer(r"[^\n]+", text))
    for number, header in enumerate(lines):
        separator = next((s for s in _SEPARATORS if s in header.group()), None)
        if separator is None:
            continue
        heads = [h.strip().strip("*").casefold() for h in header.group().split(separator)]
        columns = {i for i, h in enumerate(heads) if re.sub(r"[ -]", "_", h) in headers}
        if not columns:
            continue
        if separator in ",;" and '"' in text[header.end() :]:
            yield from _quoted_cells(text, header.end() + 1, separator, len(heads), columns)
            return
        for row in lines[number + 1 :]:
            cells = row.group().split(separator)
            if len(cells) != len(heads):
                break
            offset = row.start()
            for index, cell in enumerate(cells):
                if index in columns:
                    yield offset + len(cell) - len(cell.lstrip()), cell.strip()
                offset += len(cell) + len(separator)
        return


def _quoted_cells(
    text: str, start: int, separator: str, width: int, columns: set[int]
) -> Iterator[tuple[int, str]]:
    """The same for CSV rows whose cells may be quoted and hold the separator or a line break
    (`X Y,"Street 5, 123 45 Town",070-...`; round sixteen), down to a row of another width."""
    row: list[tuple[int, int]] = []
    cell, quoted = start, False
    for at in range(start, len(text) + 1):
        char = text[at] if at < len(text) else "\n"
        if char == '"':
            quoted = not quoted
        elif not quoted and char in (separator, "\n"):
            row.append((cell, at))
            cell = at + 1
            if char == "\n":
                if len(row) != width:
                    return
                for index, (low, high) in enumerate(row):
                    if index in columns:
                        yield from _unquoted(text, low, high)
                row = []


def _unquoted(text: str, low: int, high: int) -> Iterator[tuple[int, str]]:
    """(start, text) of a CSV cell's value without its quotes (`"Eklund"`), if none inside."""
    value = text[low:high]
    start = low + len(value) - len(value.lstrip())
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        start, value = start + 1, value[1:-1]
    if '"' not in value and value == value.strip():
        yield start, value


def _names_cell(value: str) -> bool:
    """A cell of one to four name words: rare ones, or capitalised ones that are no stop word
    (the column's header says it holds names: `Christine` under `first_name`)."""
    words = value.replace(",", " ").split()
    return 1 <= len(words) <= 4 and all(
        re.fullmatch(_NAME_WORD, w)
        and (_rare(w) or (w[:1].isupper() and w.casefold() not in name_rules.stop_words()))
        for w in words
    )


def _unknown_capital(word: str) -> bool:
    from rung.privacy.names_links import _unknown_capital as unknown_capital

    return unknown_capital(word)


def _unknown(word: str) -> bool:
    from rung.privacy.names_forms import _unknown as unknown

    return unknown(word.replace("'", "").replace("’", ""))
