"""The checks a name found in a text must pass before the detector keeps it, and
the trims that cut a found name to the name: company words, headers, contractions, Swedish
compounds and definite nouns, everyday words of one language, labels before numbers, names
running into an address (docs/privacy.md, rounds two to ten)."""

from __future__ import annotations

import re
from typing import Any

from rung.privacy import names as name_rules
from rung.privacy import names_sv
from rung.privacy.addresses import widen_address
from rung.privacy.findings import Finding
from rung.privacy.name_words import AGED, WEEKDAYS, role_compound, words
from rung.privacy.names_chat import rare
from rung.privacy.phone_checks import IN_PHONE, clean_phone, inside_digits
from rung.privacy.tagger import everyday_zipf, one_language

EVERYDAY_PHRASE_ZIPF = 5  # docs/privacy.md, "Round five"
_SWEDISH_WORDS = names_sv.words(
    "och är att på för med till har jag du vi det som en ett inte kan om eller av den från "
    "hos min mitt din ditt vår ska går skicka ring hej tack när efter innan"
)


_COMPANY = re.compile(
    r"\s(?:AB|HB|KB|Ltd|Ltd\.|Limited|Inc|Inc\.|LLC|plc|PLC|GmbH|AG|Oy|Oyj|AS|ASA|A/S|ApS|BV|"
    r"B\.V\.|NV|SA|S\.A\.|SARL|Corp|Corp\.|Co\.|Group|Holding|sp\. z o\.o\.)(?![\w])"
)
_HYPHEN_LOWER = re.compile(r"^[A-ZÅÄÖ][a-zåäö]+-[a-zåäö]+$")  # `Shout-out`, `Follow-up`
NOUN_ENDINGS = ("ningen", "heten", "ionen", "skapet")  # Swedish definite nouns, not names
_AGENT_ENDINGS = ("aren", "arna")  # Swedish definite agent nouns (round fifteen)
_CONTRACTION = re.compile(r"['’](?:ll|re|ve|m|d)$")  # `We'll`, `They're`
_PRONOUN_CONTRACTION = re.compile(
    r"^(?i:i|you|he|she|it|we|they|that|there|what|who|here|let)['’](?:s|ll|re|ve|m|d)$"
)
_ABBREVIATION = re.compile(r"\.[ \t]+[A-ZÅÄÖ]")
_LABEL_BEFORE_NUMBER = re.compile(r"[.:][ \t]*[+(]?\d")
_FIELD_AFTER = re.compile(r"(?:\([A-Za-z]{1,3}\))?:")  # round sixteen
_DETERMINER_BEFORE = re.compile(
    r"(?<![\w'’])(?i:the|a|an|my|your|his|its|our|their|these|en|ett|min|mitt|din|ditt|"
    r"sin|sitt|vår|vårt|denna|detta)[ \t]$"
)


_AND_BEFORE = re.compile(r"(?:[ \t](?:och|and|&|eller|or)|(?<=\w)(?P<to>[ \t](?:till|to)))[ \t]\Z")
_FROM_BEFORE = re.compile(r"(?i:från|from)[ \t]\Z")


def coordinated_with(finding: Finding, ends: dict[int, int], window: str, offset: int) -> bool:
    """`Leofric Postlethwaite och Juhlén`, `från Alayna till Christine`: a capitalised word
    joined by `och`/`and` (or `till`/`to` after `från X`) to a name found before it is a name
    too (the tagger does not veto it)."""
    start = finding.start - offset
    if not window[start : start + 1].isupper():
        return False
    low = max(0, start - 8)
    before = _AND_BEFORE.search(window[low:start])
    if before is None or low + before.start() + offset not in ends:
        return False
    if before.group("to") is None:
        return True
    name_start = ends[low + before.start() + offset] - offset
    word = name_rules.WORD.match(window, start)
    if word is None or not rare(word.group().casefold()):
        return False  # "from Anna Berg to Finance"
    return _FROM_BEFORE.search(window[max(0, name_start - 6) : name_start]) is not None


_PARTICLES = names_sv.words(
    "al el ul bin ibn abu van von der den de da di del della du dos das la le ter ten af"
)
# Round fifty-seven (dev-hb): short prepositions that no name has inside it (`ring Elias O. på
# Djursjukhuset`: the model's span runs on over `på`); what follows one is a place unless it
# starts with a given name, and a word alone at a sentence's start before one is none
# (`Lucia på Förskolan Sjöstjärnan`).
_SHORT_WORDS = names_sv.words("på om at in on to")


def header(finding: Finding, text: str) -> bool:
    """A cell of a table's header row: every cell one capitalised word, no digit, and the next
    line a row of the same table (`| Namn | Adress | Telefon |`)."""
    line_start = text.rfind("\n", 0, finding.start) + 1
    line_end = text.find("\n", finding.end)
    if line_end < 0 or not text[line_end + 1 :].lstrip(" \t").startswith("|"):
        return False
    line = text[line_start:line_end].strip()
    if not (line.startswith("|") and line.endswith("|")):
        return False
    cells = [c.strip() for c in line.strip("|").split("|")]
    value = finding.value(text)
    return (
        value in cells
        and not name_rules.known_name(value)
        and all(re.fullmatch(r"[^\W\d_]+", c) and c[:1].isupper() for c in cells)
    )


# A blank line, or a list's `+`, `/` or a case's `./.` between spaces (round thirty-six, dev-cm:
# `Olsson, Claes + Johansson, Agda`; dev-cn: `Stark, Rolf ./. Smith, Olivia`); round forty-two
# (dev-az): a team's `@` (`Pia Hussein @ Customer Care`).
_APART = re.compile(r"\n[ \t]*\n\s*|[ \t]+(?:\+|/|\./\.|@)[ \t]+")


def _name_piece(value: str) -> bool:
    """A piece of a PERSON cut at a blank line that still reads as a name: a known name word in
    it, or no everyday word (not `Steps` of `James Wells\n\nSteps:`)."""
    found = name_rules.WORD.findall(value)
    return bool(found) and (
        any(name_rules.known_name(w) for w in found)
        or all(max(everyday_zipf(w.casefold())) < 3 for w in found)
    )


_LABELLED_LINE = re.compile(r"[ \t]*[^\W\d_][^\W\d_]{1,20}(?:[ \t][^\W\d_]+)?:(?:[ \t]|\n|\Z)")


_INVERTED_AFTER = re.compile(r",[ \t]*([A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?)(?![\w])")


def by_line(finding: Finding, text: str) -> list[Finding]:
    """A name does not run over a blank line (`Kram Anna\n\nEva Berg` is two) or a list's `+`
    and `/`, nor over a line break into a label (`Anna Berg\nTel. 08-...`)."""
    value = finding.value(text)
    if finding.kind == "PERSON" and _APART.search(value):
        pieces, begin = [], finding.start
        for gap in _APART.finditer(value):
            pieces.append(Finding("PERSON", begin, finding.start + gap.start(), finding.score))
            begin = finding.start + gap.end()
        pieces.append(Finding("PERSON", begin, finding.end, finding.score))
        return [c for p in pieces if _name_piece(p.value(text)) for c in by_line(p, text)]
    cut = value.rfind("\n")
    # round forty-nine (dev-er): the label may end past the finding (`RICE, George\nBilling
    # address:\n...`)
    if (
        finding.kind == "PERSON"
        and cut >= 0
        and _LABELLED_LINE.match(text, finding.start + cut + 1)
    ):
        head = value[:cut].rstrip(" \t")  # `Larsson, Karl\nDjur: Bruno` (round thirty-four)
        return [Finding("PERSON", finding.start, finding.start + len(head), finding.score)]
    if finding.kind != "PERSON" or cut < 0 or len(value[cut + 1 :].split()) > 3:
        return [finding]
    tail = value[cut + 1 :].strip()
    department = all(  # `Zentrik\nSales`: a team or department on the line below (round fifteen;
        # round thirty-six: of up to three words, `Basim Mohammed\nGuest Relations`)
        word.isalpha() and max(everyday_zipf(word)) >= 3.5 and not name_rules.known_name(word)
        for word in tail.split()
    )
    label = _FIELD_AFTER.match(text, finding.end) is not None  # `X\nFORENAME(S): Y`
    # round thirty-seven (dev-cq): the next line opens with `SURNAME, Given` and a listed given
    # name (`... by Dorothy Lee\nMORALES, John: 1 x key`), another person; a full name above it
    inverted = _INVERTED_AFTER.match(text, finding.end)
    full_head = len(value[:cut].split()) >= 2  # a full name above, not a pet's or a place's
    # round forty-two (dev-bd): or the given half of `Surname, Given` above (`Tang, Lei\nKarlsson,
    # Alexander` is two people)
    full_head = full_head or text[max(0, finding.start - 2) : finding.start] == ", "
    label = label or (
        full_head
        and len(tail.split()) == 1
        and inverted is not None
        # round forty-nine (dev-bd): or below a `Surname, Given` line (`Hägg, Ali\nTang, Lei`)
        and (name_rules.given(inverted.group(1)) or "," in _line_before(text, finding, cut))
    )
    if not _LABEL_BEFORE_NUMBER.match(text, finding.end) and not department and not label:
        return [finding]
    head = value[:cut].rstrip(" \t")
    return (
        [Finding("PERSON", finding.start, finding.start + len(head), finding.score)] if head else []
    )


def _line_before(text: str, finding: Finding, cut: int) -> str:
    """The line a finding starts on, up to its line break at `cut` (of its value)."""
    return text[text.rfind("\n", 0, finding.start) + 1 : finding.start + cut]


def lower_inside(finding: Finding, text: str) -> list[Finding]:
    """`pls wuroodi` -> `wuroodi`: a chat closer is not part of a lower-case name.
    `Discharge summary copied`, `Handover from Ían`: a capitalised name does not go on with
    everyday lower-case words (particles aside) nor short prepositions (`_SHORT_WORDS`). The span
    is split at them into its runs of capitalised words; a lone word at a sentence start that is
    no known name is dropped, and so are a run after a preposition that starts with no given name
    and a lone word at a sentence start before one."""
    value = finding.value(text)
    closer = re.match(r"(?:pls|plz|please|ok|okej|okay) (?=\S)", value)
    if finding.kind == "PERSON" and value.islower() and closer is not None:
        return [Finding("PERSON", finding.start + closer.end(), finding.end, finding.score)]
    if finding.kind != "PERSON" or value.islower() or not value[:1].isupper():
        return [finding]
    breaks = [
        m
        for m in name_rules.WORD.finditer(value)
        if m.start() > 0
        and m.group().islower()
        and m.group() not in _PARTICLES
        and (len(m.group()) >= 3 or m.group() in _SHORT_WORDS)
    ]
    if not breaks:
        return [finding]
    runs, begin = [], 0
    for match in breaks:
        runs.append((begin, match.start()))
        begin = match.end()
    runs.append((begin, len(value)))
    short = [match.group() in _SHORT_WORDS for match in breaks]  # the word after each run
    kept = []
    for index, (low, high) in enumerate(runs):
        piece = value[low:high].strip(" \t,.;:")
        if not piece or not piece[:1].isupper():
            continue
        at = finding.start + value.index(piece, low)
        if index > 0 and short[index - 1] and not name_rules.given(piece.split()[0]):
            continue  # `Gunhild på Måsen`, `Clifford at Highway Recovery`: a place
        lone = " " not in piece and not name_rules.known_name(piece)
        before_short = index < len(short) and short[index] and " " not in piece
        if (lone or before_short) and _at_sentence_start(text, at):
            continue
        kept.append(Finding("PERSON", at, at + len(piece), finding.score))
    return kept


def after_contraction(finding: Finding, text: str) -> Finding:
    """`I'm Tuulikki Virtanen` -> `Tuulikki Virtanen`: a pronoun's contraction is not part of
    a name (one with nothing capitalised after it is dropped by `not_a_name`)."""
    if finding.kind != "PERSON":
        return finding
    value = finding.value(text)
    first = name_rules.WORD.match(value)
    if first is None or not _PRONOUN_CONTRACTION.match(first.group()):
        return finding
    rest = re.search(r"\s+(?=[A-ZÅÄÖ])", value[first.end() :])
    if rest is None:
        return finding
    return Finding("PERSON", finding.start + first.end() + rest.end(), finding.end, finding.score)


_SURNAME_PARTS = (
    "berg", "lund", "ström", "gren", "holm", "qvist", "kvist", "dahl", "dal", "sjö", "bäck",
    "vall", "man", "mark", "stedt", "ek", "by", "näs", "ås", "fors", "hed", "hult", "gård",
    "borg", "vik", "bom", "blad", "bo", "stam", "stad", "strand", "sten", "löf", "lid", "rot",
    "ling", "ros", "mo", "kull", "hamn", "ö", "torp", "skog", "lind", "hag", "ång", "heim",
)  # fmt: skip


# Round thirty-eight (dev-cs, dev-cv): a town after a person's age or name, as newspapers write it
# (`aged 84, of Salisbury`, `42, of Durham`, `(29), of Ennis`, `Lars Andersson, of Bozeman`);
# round thirty-nine (dev-cw): a trade may follow the age (`24, labourer, of Hamilton`).
_TRADE = r"(?:,[ \t]+[a-z]+(?:[ \t][a-z]+)?)?"
_AGED_OF = re.compile(
    rf"(?:(?:{AGED}{_TRADE}|\(\d{{1,3}}\)|[A-ZÅÄÖ][^\W\d_]+),[ \t]+of"
    rf"|{AGED},[ \t]+from)[ \t]+\Z"  # round forty (dev-dd): `Keith Byrd, 35, from Hull;`
)
# Round thirty-nine (dev-ad): a hyphen and a lower-case word after a word in capitals.
_COMPOUND_AFTER = re.compile(r"-[a-zåäö]{3,}")


def capital_term(value: str, text: str, end: int) -> bool:
    """A word in capitals that a compound's lower-case rest follows (`RUT-avdrag`), taken with
    that rest or not."""
    if _CAPITAL_COMPOUND.fullmatch(value):
        return True
    return " " not in value and value.isupper() and _COMPOUND_AFTER.match(text, end) is not None


_CAPITAL_COMPOUND = re.compile(r"[A-ZÅÄÖ]{2,}-[a-zåäö]{3,}")


# Round thirty-eight (dev-cs): what is a man's, after `Hans` as a sentence's first word.
_HIS = re.compile(
    r"[ \t]+(?:nummer|telefonnummer|mobilnummer|mobil|telefon|adress|mejl|e-post|fru|sambo|mamma|"
    r"pappa|bror|syster|son|dotter|barn|bil|lägenhet|namn|personnummer|chef|kontor)\b"
)


def _quoted_start(text: str, start: int) -> bool:
    """A sentence's first word, after a quotation's end too (`blommor.” Hans nummer`)."""
    before = text[:start].rstrip(" \t").rstrip("”\"'’")
    return not before or before[-1] in ".!?:\n"


def _at_sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in ".!?:\n"


def _swedish_compound(word: str) -> bool:
    """A Swedish compound of two everyday words (Zipf 3+ in Swedish each, the first maybe with
    a linking `s`), the second not a part of surnames (`berg`, `lund`, `ström`, ...):
    `Sjukresa`, `Läkemedelsgenomgång`, `Konferensrum`, not `Skogsberg`."""
    key = word.casefold()
    if len(key) < 7 or not word[:1].isupper() or name_rules.listed(word):
        return False
    for cut in range(4, len(key) - 3):
        head, tail = key[:cut], key[cut:]
        swedish, english = everyday_zipf(tail)
        if tail in _SURNAME_PARTS or swedish < 3 or english >= swedish:
            continue  # not `Marigold` (`gold` is English first)
        if name_rules.listed(head) or name_rules.listed(tail):
            continue  # not `Sandelin`, `Ingelise`: made of names
        if everyday_zipf(head)[0] >= 3 or (
            head.endswith("s") and len(head) > 4 and everyday_zipf(head[:-1])[0] >= 3
        ):
            return True
        if head[-1:] in ("o", "u") and everyday_zipf(head[:-1] + "a")[0] >= 3:
            return True  # `Veckomöte`, `Gatukök`: `vecka`, `gata` joined by `o`, `u`
    return False


def _everyday_lower(words: list[str]) -> bool:
    """Two or more lower-case words, all common in English or Swedish (Zipf 3.5+), none a
    known name: the tagger's `wound healing` (one word may be a chat name: `tim`, `owe`)."""
    return len(words) > 1 and all(
        max(everyday_zipf(w)) >= 3.5
        and not name_rules.given(w)
        and w.casefold() not in name_rules.family_names()
        for w in words
    )


LANGUAGES = frozenset(
    (
        "tigrinya", "amharic", "somali", "arabic", "persian", "farsi", "dari", "pashto",
        "kurdish", "kurmanji", "sorani", "turkish", "bosnian", "serbian", "croatian", "polish",
        "finnish", "swedish", "english", "spanish", "french", "german", "russian", "ukrainian",
        "romanian", "albanian", "urdu", "hindi", "punjabi", "bengali", "tamil", "thai",
        "vietnamese", "mandarin", "cantonese", "chinese", "japanese", "korean", "swahili",
        "oromo", "tigre", "lingala", "wolof", "hausa", "yoruba",
    )
)  # fmt: skip


# A month beside a day's number is a date (`31 Jan`, `3 maj`, `June 5`), whatever names it is.
_MONTHS = (
    "jan|januari|january|feb|febr|februari|february|mar|mars|march|apr|april|maj|may|jun|juni|"
    "june|jul|juli|july|aug|augusti|august|sep|sept|september|okt|oct|oktober|october|nov|"
    "november|dec|december"
)
_MONTH_AFTER_DAY = re.compile(rf"(?i)(?<![\w.])(?:[1-9]|[12]\d|3[01])\.?[ \t](?:{_MONTHS})\.?\Z")
_MONTH_BEFORE_DAY = re.compile(r"\.?[ \t](?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?![.:/-]?\d)")


def _a_date(finding: Finding, text: str) -> bool:
    """A one-word finding that is a month beside a day's number."""
    value = finding.value(text)
    if not re.fullmatch(rf"(?i){_MONTHS}", value):
        return False
    if _MONTH_AFTER_DAY.search(text, max(0, finding.start - 4), finding.end):
        return True
    return _MONTH_BEFORE_DAY.match(text, finding.end) is not None


# The word for an address in European languages, as a label before one (round fifteen).
_ADDRESS_LABELS = words(
    """
    adresse adres adresas adrese adresa aadress osoite morada naslov cím indirizzo dirección
    direccion anschrift lieferadresse postadresse rechnungsadresse adressen endereço
    domicilio adreso heimilisfang
    """
)


# Round sixteen: a weekday, written out or cut short, before a day's number (`Thu 9 Apr`).
_WEEKDAY = re.compile(
    r"(?i)(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|mån|tis|ons|tor|tors|fre|lör|sön)"
    r"(?:day|dag|sdag)?\.?"
)
_DAY_AFTER = re.compile(r"\.?,?[ \t]+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?![\d:])")
# The start of a mail's subject line (`Subject: RE: Keys for the storage unit`).
_REPLY = r"(?:re|sv|fw|fwd|vb|aw)[ \t]*:[ \t]*"
_SUBJECT = re.compile(rf"(?im)^(?:subject|ämne|re|sv|fw|fwd|vb|aw)[ \t]*:[ \t]*(?:{_REPLY})*\Z")
# A label at a line's start (`Invitation: `, `Beskrivning: `).
_LABEL_LINE = re.compile(r"^[ \t]*[^\W\d_][\w /-]{0,30}:[ \t]*\Z")
# A code's prefix in capitals before its number (`Reference CLM-00412`).
_CODE_AFTER = re.compile(r"-?\d{2,}")


def _code_or_subject(words: list[str], finding: Finding, text: str) -> bool:
    """A weekday before a day's number, an everyday word opening a mail's subject before a
    lower-case word, or a word and a code's capital prefix before its number (round sixteen)."""
    if len(words) == 1 and _WEEKDAY.fullmatch(words[0]) and _DAY_AFTER.match(text, finding.end):
        return True
    if len(words) > 1 and words[-1].casefold() in WEEKDAYS:
        return True  # `Cyber Monday`, `Black Friday`: a day's name
    line_start = text.rfind("\n", 0, finding.start) + 1
    if len(words) == 1 and re.match(r"[ \t]+[a-zåäö]", text[finding.end :]):
        common = max(everyday_zipf(words[0]))
        subject = _SUBJECT.search(text[line_start : finding.start]) is not None and common >= 3
        labelled = _LABEL_LINE.search(text[line_start : finding.start]) is not None
        if subject or (labelled and common >= 4):
            return not name_rules.given(words[0])  # `Invitation: Weekly stand-up every ...`
    last = words[-1] if words else ""
    if 2 <= len(last) <= 5 and last.isupper() and _CODE_AFTER.match(text, finding.end):
        rest = words[:-1]
        return not rest or all(max(everyday_zipf(w)) >= 2 for w in rest)
    return False


def not_a_name(finding: Finding, text: str) -> bool:
    """A PERSON finding that is a company (`Nordlåns AB`), a hyphenated everyday word
    (`Shout-out`), a contraction (`We'll`), a language (`Tigrinya`) or a month beside a day
    (`31 Jan`), unless a known name."""
    value = finding.value(text)
    if _a_date(finding, text):
        return True
    words = name_rules.WORD.findall(value)
    if _code_or_subject(words, finding, text):
        return True
    if 1 <= len(words) <= 2 and words[-1].casefold() in _ADDRESS_LABELS:
        return True  # `Adresse: Rue de la Loi 16`, `Die Adresse ist ...`: a label
    if words and _PRONOUN_CONTRACTION.match(words[0]):
        return not any(w[:1].isupper() for w in words[1:])  # "she's", "I've escalated"
    after = text[finding.end : finding.end + 4]
    if len(words) == 1 and after == " of " and max(everyday_zipf(words[0])) >= 3:
        return not name_rules.known_name(words[0])  # "Head of HR", "Director of ..."
    line_start = text.rfind("\n", 0, finding.start) + 1
    heading = not text[line_start : finding.start].strip()
    if len(words) == 1 and heading and _ABBREVIATION.match(after):
        return True  # "Pat. Vedad Fejzić, ...": a heading's abbreviation, not a name
    if len(words) == 1 and heading and _LABEL_BEFORE_NUMBER.match(text, finding.end):
        return not name_rules.known_name(words[0])  # "Tel. 031-01 69 66": a label, not a name
    if capital_term(value, text, finding.end):
        return True  # "RUT-avdrag", "ROT-faktura": a term in capitals before its compound's rest
    if value.casefold() == "kia" and after.casefold().startswith(" ora"):
        return True  # "Kia ora Margaret": hello in Māori (round thirty-nine, dev-cw)
    if len(words) <= 2 and _AGED_OF.search(text, max(0, finding.start - 32), finding.start):
        return True  # "Aled Smith, aged 84, of Salisbury": where a person of that age lives
    if value == "Hans" and _HIS.match(text, finding.end) and _quoted_start(text, finding.start):
        return True  # "Hans nummer är ...": his, before what is his (round thirty-eight, dev-cs)
    if value.islower() and _DETERMINER_BEFORE.search(text, 0, finding.start):
        return True  # "forgot the charger": a determiner before a lower-case word
    if value.islower() and _everyday_lower(words):
        return True  # "wound healing", "aboard"
    if words and _at_sentence_start(text, finding.start) and _swedish_compound(words[0]):
        return not any(name_rules.known_name(w) for w in words)  # "Sjukresa", "Konferensrum X"
    if _COMPANY.search(value) or _COMPANY.match(text, finding.end):
        return not all(name_rules.known_name(w) for w in words[:-1] or words)
    if len(words) == 1 and len(value) >= 9 and value.casefold().endswith(_AGENT_ENDINGS):
        return not name_rules.known_name(value)  # "Vårdtagaren", "Handläggaren": a role
    if any(w.casefold().endswith(NOUN_ENDINGS) for w in words):
        return not any(name_rules.known_name(w) for w in words)  # "Hela Ekonomiavdelningen"
    if _HYPHEN_LOWER.match(value) or _CONTRACTION.search(value):
        return not name_rules.known_name(value.split("-")[-1])
    return len(words) == 1 and words[0].casefold() in LANGUAGES


def whole_address(finding: Finding, text: str) -> Finding:
    """An address found is widened over its flat, postcode, town, country, `c/o` and house
    name (`addresses.widen_address`), so that no part of it is left in the clear."""
    if finding.kind != "ADDRESS":
        return finding
    start, end = widen_address(text, finding.start, finding.end)
    return Finding("ADDRESS", start, end, finding.score)


def everyday_phrase(value: str) -> bool:
    """Two or more capitalised everyday words (Zipf 2+ in Swedish or English), one of them
    very common (5+), none a known name: `Cold Storage`, `Wiki Home`, `Cape Town`."""
    words = name_rules.WORD.findall(value)
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    common = [max(everyday_zipf(w)) for w in words]
    if min(common) < 2 or max(common) < EVERYDAY_PHRASE_ZIPF:
        return False
    return not any(name_rules.known_name(w) for w in words)


def one_language_only(value: str) -> bool:
    """Words of one language only (`Inbetalning`, `Prescribed`), none a known name nor
    shaped like a surname: the tagger's name is an everyday word."""
    words = name_rules.WORD.findall(value)
    return bool(words) and all(
        w.casefold() in one_language()
        and not name_rules.known_name(w)
        and not name_rules.shaped_surname(w)
        for w in words
    )


_NEGATION = re.compile(r"n['’]t$")  # `hasn't`, `don't`


def contraction(value: str) -> bool:
    """An English contraction at the end (`hasn't`, `they're`): no name, though the tagger may
    take one in a lower-case line."""
    key = value.casefold()
    return _CONTRACTION.search(key) is not None or _NEGATION.search(key) is not None


def looks_swedish(text: str) -> bool:
    words = re.findall(r"[a-zåäö]+", text.lower())
    hits = sum(1 for word in words if word in _SWEDISH_WORDS)
    return (hits >= 1 and hits * 10 >= len(words)) or bool(re.search(r"[åäö]", text.lower()))


def clean(finding: Finding, text: str, swedish: bool, result: Any) -> Finding | None:
    """Drop or trim a raw Presidio result by rules Presidio cannot know."""
    if result.entity_type == "UK_NHS":
        # Ten digits pass the NHS check one time in eleven: phone numbers, other countries' IDs.
        return finding if "nhs" in text.lower() else None
    if finding.kind == "PHONE":
        return clean_phone(finding, text)
    if result.entity_type == "US_SSN" and inside_digits(finding, text):
        return None  # round thirty-three: `MPAN 43 263 050 84 9003 9022`: a part of a longer number
    if finding.kind == "IP_ADDRESS" and IN_PHONE.search(text, 0, finding.start):
        return None  # `+46.70.123.45.67`: a phone number written with dots (phones.international)
    if finding.kind == "PERSON":
        from_gazetteer = result.recognition_metadata.get("recognizer_name") in (
            "SwedishNameRecognizer",
            "NameRecognizer",
        )
        return finding if from_gazetteer else _trim_person(finding, text, swedish)
    return finding


def _trim_person(finding: Finding, text: str, swedish: bool) -> Finding | None:
    """Trim the words the NER model wrongly took into a name; in Swedish text keep a name only
    when it has two words or a known name (the English model takes Swedish words for names)."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", finding.value(text))]
    words = [(finding.start + a, finding.start + b) for a, b in words]
    numbered = [i for i, (a, b) in enumerate(words) if any(c.isdigit() for c in text[a:b])]
    if numbered:  # a name holds no number: keep what follows the last one (an address before)
        words = words[numbered[-1] + 1 :]
    while words and not _name_word(text[words[0][0] : words[0][1]]):
        words.pop(0)
    while words and not _name_word(text[words[-1][0] : words[-1][1]]):
        end = words[-1][1]
        if len(words) > 1 and _surname_after(text[words[-2][0] : end], text[end : end + 3]):
            break
        words.pop()
    if not words:
        return None
    start, end = words[0][0], words[-1][1]
    if text[start:end].endswith("'s"):
        end -= 2
    names = re.findall(r"[^\W\d_][\w'-]*", text[start:end])
    if swedish and len(names) < 2 and not any(name_rules.known_name(n) for n in names):
        return None
    return Finding(finding.kind, start, end, finding.score)


# Round fifty-eight (dev-hj): a word as a surname after an initial where the clause ends (`recorded
# by R. May |`; not a grade's letter before a sentence, `betyget C. Nästa kurs`), or a Swedish
# surname of the lists that is a word or a town too after a name's word (`Närvarande: ...,
# Gunder Lund`; not `Tjänsteresa Dublin`): the model's span is the name's; its last word is kept.
_AFTER_INITIAL = re.compile(r"[A-ZÅÄÖ]\.[ \t][A-ZÅÄÖ][a-zåäö]{2,}")
_AFTER_NAME_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäö]+[ \t](?P<last>[A-ZÅÄÖ][a-zåäö]{2,})")
_CLAUSE_END = re.compile(r"[ \t]*(?:$|[|,;)\n]|[ \t][–-])")


def _surname_after(pair: str, after: str) -> bool:
    """Whether the last two words of a span (above) end in a surname the trim would drop."""
    if _AFTER_INITIAL.fullmatch(pair):
        return _CLAUSE_END.match(after) is not None and pair.split()[-1] not in names_sv.NOT_NAMES
    named = _AFTER_NAME_WORD.fullmatch(pair)
    if named is None or not _name_word(pair.split()[0]):
        return False
    last = named.group("last").casefold()
    return last in name_rules.family_names() and last.endswith(names_sv.SURNAME_ENDINGS)


def _name_word(word: str) -> bool:
    word = word.rstrip(",.:;!?")
    if not word or not word[0].isupper() or any(ch.isdigit() for ch in word):
        return False
    key = word.casefold()
    if word in names_sv.NOT_NAMES or key in name_rules.NO_NAME_WORDS or role_compound(key):
        return False  # not `Kursledaren` (round fifty-five)
    return word.casefold() not in name_rules.stop_words() or name_rules.known_name(word)


def outside_addresses(findings: list[Finding], text: str) -> list[Finding]:
    """A name that runs into an address (`... 3090 WV Nederweert-Eind for Georg Sörensen`,
    `Rinaldo Söding, Flat 17, ...`) is cut to what is outside it, instead of being lost to it."""
    addresses = [f for f in findings if f.kind == "ADDRESS"]
    kept = []
    for finding in findings:
        for address in addresses:
            inside = address.start <= finding.start < address.end < finding.end
            if finding.kind == "PERSON" and inside:
                cut = _trim_person(
                    Finding("PERSON", address.end, finding.end, finding.score), text, False
                )
                finding = cut if cut is not None else finding
            before = finding.start < address.start < finding.end <= address.end
            if finding.kind == "PERSON" and before:  # "Rinaldo Söding, Flat 17, 83 ..."
                end = len(text[: address.start].rstrip(" ,;:"))
                cut = _trim_person(
                    Finding("PERSON", finding.start, end, finding.score), text, False
                )
                finding = cut if cut is not None else finding
        kept.append(finding)
    return kept
