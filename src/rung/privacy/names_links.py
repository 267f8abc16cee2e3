"""Names linked to a name already found, or marked by their place in a line (round twelve).

- *Coordination*: a name word joined to a PERSON by `och`/`and`/`&`/`o`/`eller`/`or`
  (`Beslut: <P> och Okafor utreder`, `/Okafor och <P>`) is a name too.
- *Particles*: a PERSON after `ibn`/`bin`/`al`/`van`/`de`/`von`/... is widened back over the
  particle and the given name before it (`Ilppo ibn Okafor`).
- *Signatures*: a line of `//`, `--` or `—` and one name word (`// Ilppo`).
- *Genitives* (`names_genitive`): `Annas dator`, `Okafor's laptop`, `Olssons lada`.
- *Envelopes* (round thirteen): a line of two to four name words right above an address (or
  a `c/o` line) is the addressee's name; a PERSON found in part of that line is widened to it.
- *Surname first, found alone* (round thirteen): `Okonjo-Brask, Siviwe` at a line start
  (or after `Pat.`/`Pt`) before a tab, a dash or a lower-case word, both words of no list.
- *Before a contact* (round thirteen): after a person's label (`Kontakt:`, `Name:`), one word
  of no list and a comma before a phone number or an email.
- *Action items* (round thirteen): `Action:`/`Åtgärd:`/`Ansvarig:`/`Owner:` at a line start,
  one word of no list, then a lower-case word (`Action: Okafor bokar lokal`).
- *Lower-case chat*: in a text wholly in lower case, `x's` with an unknown stem (round
  thirteen); an unknown word with a genitive `s` before
  a lower-case word (`ilppos bil står där`), or an unknown word that ends the text after a
  chat phrase (`ok då säger vi så ilppo`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rung.privacy import names as name_rules
from rung.privacy import names_genitive
from rung.privacy.address_tails import care_of_line
from rung.privacy.findings import Finding
from rung.privacy.name_words import CAPITALS as _CAP
from rung.privacy.name_words import NAME_WORD as _NAME_WORD

_AND = r"(?:och|and|&|o|eller|or|samt|und|et|y)"
_JOINED_AFTER = re.compile(rf"[ \t]{_AND}[ \t]({_NAME_WORD})(?![\w'’-])")
_JOINED_BEFORE = re.compile(rf"(?<![\w'’-])({_NAME_WORD})[ \t]{_AND}[ \t]$")
_PARTICLE_BEFORE = re.compile(
    rf"(?<![\w'’-])({_NAME_WORD})[ \t](?:ibn|bin|bint|binti|van der|van den|van|von|de la|de|"
    r"del|da|di|du|dos|das|le|la)[ \t]$"
)
_SIGNED = re.compile(rf"(?m)^[ \t]*(?://|--|—)[ \t]*({_NAME_WORD})[ \t]*$")
# Round sixteen: a signature's name line after `--`, maybe with a role after a bar or comma
# (`--\nX Y | Projektledare`), and a name in brackets after a kin word (`daughter (X)`).
_SIGNATURE_LINE = re.compile(
    rf"(?m)^[ \t]*--[ \t]*\n[ \t]*({_NAME_WORD}(?:[ \t]{_NAME_WORD}){{0,2}})"
    r"[ \t]*(?:[|,–—][^\n]*)?$"
)
_KIN_BRACKET = re.compile(
    r"(?i:daughter|son|wife|husband|partner|mother|father|sister|brother|dotter|son|fru|make|"
    r"maka|sambo|mamma|pappa|mor|far|syster|bror)[ \t]+\("
    rf"({_NAME_WORD})\)"
)
# Round forty-three (dev-bf): a maiden name after `f.`, `född`, `née`, `geb.` (`Eva-Karin
# Persson\nf. Sjödin`, `Mary Smith (née Jones)`): a surname of the lists, or a word no everyday
# list has.
_BORN_AS = re.compile(rf"(?<![\w.])(?:f\.|född|(?i:née|nee)|geb\.)[ \t]+({_NAME_WORD})(?![\w'’-])")
# Round sixteen: whom a statement is from (`According to X, ...`, `Enligt X är ...`), and a
# person named after a role or kin word and a comma at a clause's end (`the neighbour, X.`).
_ACCORDING_TO = re.compile(
    rf"(?<![\w'’-])(?i:according to|enligt)[ \t]({_NAME_WORD})(?=[ \t]*,|[ \t]+(?:är|har|ska|kan|"
    r"var|blir|is|was|has|will)\b)"
)
_ROLE_COMMA = re.compile(
    r"(?i:neighbour|neighbor|colleague|landlord|landlady|tenant|granne|grannen|kollega|kollegan|"
    r"hyresvärd|hyresvärden|hyresgäst|hyresgästen|handläggare|handläggaren),[ \t]"
    rf"({_NAME_WORD})(?=[ \t]*[.!?;)]|[ \t]*$)"
)
# Round sixteen: one lower-case word after an address that ends a chat line: whom the line is
# for (`ses vid <street> x`, `hämtar du på <street> x?`).
_AFTER_ADDRESS = re.compile(r"[ \t]+([a-zß-öø-ÿ][^\W\d_]{2,})[ \t]*[?!.]*[ \t]*(?=\n|$)")


def _chat_name(word: str) -> bool:
    from rung.privacy.names import NOT_A_NAME, stop_words
    from rung.privacy.names_chat import TIME_WORDS, rare

    key = word.casefold()
    return rare(key) and key not in stop_words() and key not in TIME_WORDS and key not in NOT_A_NAME


# A list after a label (`Närvarolista: X Y, Z W, ...`, `claim: X Y, <address>`): its first
# item of two unknown capitalised words when a PERSON or an ADDRESS follows the comma.
_LIST_FIRST = re.compile(rf"(?m):[ \t]+({_NAME_WORD}[ \t]{_NAME_WORD}),[ \t]")

_AFTER_PREPOSITION = re.compile(
    rf"(?<![\w'’-])(?:till|hos|med|åt|to|with|from|by)[ \t]({_NAME_WORD})(?=[ \t]+[a-zåäö])"
)
# Round thirteen: a hyphenated name of two unknown capitalised parts after a preposition, at the
# end of a clause (`märk kuvertet med Nongnuch-Pen.`, `key safe code with Etenesh-Hiwot.`).
_HYPHENATED_AFTER_PREPOSITION = re.compile(
    rf"(?<![\w'’-])(?:till|hos|med|åt|to|with|from|by)[ \t]([{_CAP}][^\W\d_]+-[{_CAP}][^\W\d_]+)"
    r"(?=[ \t]*(?:[.,;!?)]|$))",
    re.M,
)
_CONTACT = ("EMAIL", "PHONE")
_ROW_KEYS = ("EMAIL", "PHONE", "NATIONAL_ID")  # a table row about a person (round fourteen)
# Round thirteen: a surname first with a comma, both words of no list, at a line start (or after
# `Pat.`/`Pt`) and before a tab, a dash between spaces or a lower-case word
# (`Okonjo-Brask, Temperance\t...`); in lower-case text, `x's` (`meet at thandiwe's`).
_INVERTED_ALONE = re.compile(
    rf"(?m)^[ \t]*(?:(?:Pat\.|Pt\.?)[ \t]+)?({_NAME_WORD}), ({_NAME_WORD})"
    r"(?=\t|[ \t][–—-][ \t]|[ \t](?!(?:och|and|or|eller|samt|o|und|et|y)\b)[a-zåäö])"
)
# Round seventeen: a patient's `Surname, Given` after a sentence's end or a label (`... mmol/L.
# Pat X, Y. Kopia till ...`), `Pat` without its dot too.
_INVERTED_PATIENT = re.compile(
    rf"(?<=[.:!?][ \t])(?:Pat\.?|pat\.?|Pt\.?|Patient|Pasient)[ \t]+({_NAME_WORD}), ({_NAME_WORD})"
    r"(?=[ \t]*(?:[.;,)]|$)|\t)",
    re.M,
)
# Round eighteen: an account's or an animal's owner as `Surname, Given` (`From account holder X,
# Y.`, `Owner: X, Y, <street>`); `pat` in lower case above (a dental record's `: pat X, Y,`).
_INVERTED_HOLDER = re.compile(
    r"\b(?:account holder|holder|kontoinnehavare|innehavare|Owner:|owner:|Ägare:|ägare:)[ \t]+"
    rf"({_NAME_WORD}), ({_NAME_WORD})(?=[ \t]*(?:[.;,)]|$)|\t)",
    re.M,
)
# A person's label (`Kontakt:`, `Contact person:`, `Namn:`, ...), one word of no list and a
# comma before a phone number or an email (`Contact person: Siviwe, 070 ...`).
_BEFORE_CONTACT = re.compile(
    r"(?i:kontaktperson|kontakt|contact person|contact|namn|name|attn|mottagare|recipient"
    rf"|ansvarig|owner|handläggare|caseworker):[ \t]+({_NAME_WORD}),[ \t]+"
)
# Round fifteen: a label that names a person's role, then one to three name words that end
# the clause (`Chair: Holmger.`, `Next of kin: Björnfrid Tranlöf, dotter, ...`).
_ROLE_LABEL = re.compile(
    r"(?i:chair|chairperson|ordförande|sekreterare|secretary|justerare|protokollförare|"
    r"minute taker|next of kin|närmast anhörig|anhörig|klient|client|tenant|hyresgäst|"
    r"vårdnadshavare|guardian|sökande|applicant|referent|ombud|god man|"
    r"hyresvärd|landlord|landlady|målsägande|victim|vittne|witness|förhörsledare|"  # round 17
    r"officiant|förskrivare|prescriber|mottagare|recipient|kund|customer):[ \t]+"
    rf"({_NAME_WORD}(?:[ \t]{_NAME_WORD}){{0,2}})(?=[ \t]*(?:[.,;)]|$)|\n)"
)
# Round sixteen: a form's field for a name or a part of it (`Efternamn: X`, `SURNAME: X`,
# `FORENAME(S): X`, `First name: X`), then one to four name words that end the line.
# The labels of a name's field (`Efternamn:`, `Forename(s):`); round thirty-eight (dev-ct): in two
# languages too (`Efternamn / Surname:`).
_NAME_LABEL = (
    r"(?i:efternamn|förnamn|tilltalsnamn|mellannamn|fullständigt namn|namn|"
    r"surname|last name|family name|first names?|first name\(s\)|forenames?|forename\(s\)|"
    r"given names?|given name\(s\)|middle names?|full name|name|nachname|vorname|sukunimi|"
    r"etunimi|nom|prénom|apellidos?|nombre)"
)
# Round forty-three: two fields on one line (`Efternamn: Lundell Förnamn: Johan`): a field ends
# where the next one's label starts, and the second field's label needs no line of its own when
# it names a part of a name (not `namn`, `name`).
_PART_LABEL = (
    r"(?i:efternamn|förnamn|tilltalsnamn|mellannamn|surname|last name|family name|"
    r"first names?|forenames?|given names?|nachname|vorname|prénom)"
)
_NAME_FIELD = re.compile(
    rf"(?m)(?:^[ \t]*{_NAME_LABEL}|(?<=[\w,|;][ \t])[ \t]*{_PART_LABEL})"
    rf"(?:[ \t]*/[ \t]*{_NAME_LABEL})?:[ \t]+"
    r"([^\W\d_][\w'’-]*(?:[ \t][^\W\d_][\w'’-]*){0,3})"
    rf"(?:[ \t]*$|(?=[ \t]*[,|;]?[ \t]+{_PART_LABEL}[ \t]*:))"
)


def _name_field(match: re.Match[str]) -> bool:
    """Each word capitalised or in capitals, a known name or no everyday word (compounds
    allowed: the field says a name stands there, and `Kullbrink` is one); round thirty-seven
    (dev-cq): or a listed name, everyday word or not (`Efternamn: FRID`); round thirty-eight
    (dev-ct): or in capitals, as forms are filled in (`Forename(s): EARL`), but no stop word."""
    from rung.privacy.names import listed, stop_words

    found = match.group(1).split()
    return all(
        w[:1].isupper()
        and not any(c.isdigit() for c in w)
        and (_no_everyday(w, 4) or listed(w) or (w.isupper() and w.casefold() not in stop_words()))
        for w in found
    )


def _person_word(word: str) -> bool:
    """A known name, or a word no list of places holds that is no common word (Zipf under 4):
    `Temperance` may be a name after `According to`, `Reuters` or `Paris` is not."""
    from rung.privacy.name_words import PLACES
    from rung.privacy.names import known_name, stop_words
    from rung.privacy.tagger import everyday_zipf

    key = word.casefold()
    if key in stop_words() or key in PLACES or word in PLACES:
        return False
    return known_name(word) or max(everyday_zipf(key)) < 4


def _no_everyday(word: str, below: float = 3) -> bool:
    """A known name, or no stop word and no everyday word (Zipf under `below`; a form's name
    field allows 4 since round thirty-six: `Surname: BATES`)."""
    from rung.privacy.names import known_name, stop_words
    from rung.privacy.tagger import everyday_zipf

    key = word.casefold()
    return known_name(word) or (key not in stop_words() and max(everyday_zipf(key)) < below)


# An action item's owner: `Action: Okafor bokar lokal`, `Åtgärd: Okafor kontaktar ...` (a
# label that names who does something, then one word of no list and a lower-case word).
_ACTION_OWNER = re.compile(
    rf"(?im:^[ \t]*(?:action|åtgärd|ansvarig|owner|assignee|tilldelad)):[ \t]+({_NAME_WORD})"
    r"(?=[ \t]+[a-zåäö])"
)
_LOWER_APOSTROPHE = re.compile(r"(?<![\w'’-])([^\W\d_]{3,})['’]s(?![\w])")
_LOWER_GENITIVE = re.compile(r"(?<![\w'’-])([^\W\d_]{3,})s(?= ([^\W\d_]+))")
_LOWER_GENITIVE_FIRST = re.compile(r"^([a-zß-öø-ÿ][^\W\d_]{2,})s(?= [a-zß-öø-ÿ]+ )")
_GIVEN_BEFORE_INITIAL = re.compile(rf"(?<![\w'’-])({_NAME_WORD})[ \t]$")  # `Ulfhild| M. Berg`
_SURNAME_AFTER_INITIAL = re.compile(rf"\.[ \t]({_NAME_WORD})(?![\w'’-])")  # `Ayo A|. Mbakwe`
_LOWER_LAST = re.compile(
    r"(?:säger vi så|vi ses|tack|hälsa|hej|hi|thanks|thx|ok|is|är|från|from)"
    r" ([^\W\d_]{3,})(?: (?:från mig|in today[^\n]*|hemma[^\n]*))?$"
)


def _rare(word: str) -> bool:
    from rung.privacy.names_forms import _rare_name_word

    return _rare_name_word(word)


def _unknown(word: str) -> bool:
    from rung.privacy.names_forms import _unknown as unknown

    return unknown(word)


def _free(findings: list[Finding], start: int, end: int) -> bool:
    return not any(f.start < end and start < f.end for f in findings)


def more(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` with the names linked to them or marked by their place added or widened."""
    people = [f for f in findings if f.kind == "PERSON"]
    result, added = _linked(findings, text)
    added += _placed(findings, text)
    result = _envelope(result, findings, text)
    inverted = [*_INVERTED_ALONE.finditer(text), *_INVERTED_PATIENT.finditer(text)]
    for match in [*inverted, *_INVERTED_HOLDER.finditer(text)]:
        if all(_name_or_unknown(match.group(i)) for i in (1, 2)) and not _given_both(
            match.group(1), match.group(2)
        ):
            result = _widened_to(result, match.start(1), match.end(2), text)
    result = [f for f in result if not _title_abbreviation(f, findings, text)]
    result = [
        part for f in result for part in _cells(names_genitive.without_genitive(f, text), text)
    ]
    result = [_without_patient(f, text) for f in result]
    occupied = list(result)
    for finding in added:
        if _free(occupied, finding.start, finding.end) and not any(
            p.start <= finding.start and finding.end <= p.end for p in people
        ):
            occupied.append(finding)
            result.append(finding)
    return result


def _linked(findings: list[Finding], text: str) -> tuple[list[Finding], list[Finding]]:
    """Each finding, a PERSON widened by a particle or an initial; and the rare names joined
    to a PERSON by `and` / `och` before or after it."""
    result: list[Finding] = []
    added: list[Finding] = []
    for finding in findings:
        if finding.kind != "PERSON":
            result.append(_street_above(_address_cell(finding, text), findings, text))
            continue
        particle = _PARTICLE_BEFORE.search(text, max(0, finding.start - 40), finding.start)
        if particle is not None and _rare(particle.group(1)):
            finding = Finding("PERSON", particle.start(1), finding.end, finding.score)
        finding = _initial_widened(finding, text)
        result.append(finding)
        after = _JOINED_AFTER.match(text, finding.end)
        if after is not None and _rare(after.group(1)):
            added.append(Finding("PERSON", after.start(1), after.end(1), 0.7))
        before = _JOINED_BEFORE.search(text, max(0, finding.start - 40), finding.start)
        if before is not None and _rare(before.group(1)) and before.start(1) > 0:
            added.append(Finding("PERSON", before.start(1), before.end(1), 0.7))
    return result, added


def _placed(findings: list[Finding], text: str) -> list[Finding]:
    """Names marked by their place alone: each rule's pattern, the test its first group must
    pass, and the score it is given, in this order."""
    contacts = {f.start for f in findings if f.kind in _CONTACT}
    rules: list[tuple[re.Pattern[str], Callable[[re.Match[str]], bool], float]] = [
        (_SIGNED, lambda m: _rare(m.group(1)), 0.7),
        (names_genitive.GENITIVE, names_genitive.genitive_name, 0.65),
        (names_genitive.BARE_APOSTROPHE, names_genitive.apostrophe_name, 0.65),
        (names_genitive.JOINED_NOUN, names_genitive.joined_noun_name, 0.6),
        (_AFTER_PREPOSITION, lambda m: _unknown_capital(m.group(1)), 0.6),
        (_HYPHENATED_AFTER_PREPOSITION, lambda m: _unknown_capital(m.group(1)), 0.6),
    ]
    added = _found(rules, text) + _row_cells(findings, text)
    rules = [
        (_ACTION_OWNER, lambda m: _unknown_capital(m.group(1)) and not _everyday(m.group(1)), 0.6),
        (_BEFORE_CONTACT, lambda m: m.end() in contacts and _unknown_capital(m.group(1)), 0.6),
        (_ROLE_LABEL, lambda m: all(map(_unknown_capital, m.group(1).split())), 0.6),
        (_NAME_FIELD, _name_field, 0.6),
        (_SIGNATURE_LINE, lambda m: all(map(_unknown_capital, m.group(1).split())), 0.6),
        (_KIN_BRACKET, lambda m: _unknown_capital(m.group(1)), 0.6),
        (_BORN_AS, lambda m: _maiden(m.group(1)), 0.6),
        (_ACCORDING_TO, lambda m: _person_word(m.group(1)), 0.6),
        (_ROLE_COMMA, lambda m: _person_word(m.group(1)), 0.6),
    ]
    for finding in findings:  # "ses vid <street> x", "hämtar du på <street> x?"
        vocative = _AFTER_ADDRESS.match(text, finding.end) if finding.kind == "ADDRESS" else None
        if vocative is not None and _chat_name(vocative.group(1)):
            added.append(Finding("PERSON", vocative.start(1), vocative.end(1), 0.6))
    starts = {f.start for f in findings if f.kind in ("PERSON", "ADDRESS")}
    for match in _LIST_FIRST.finditer(text):
        if match.end() in starts and all(map(_no_everyday, match.group(1).split())):
            added.append(Finding("PERSON", match.start(1), match.end(1), 0.6))
    added += _found(rules, text)
    first = _LOWER_GENITIVE_FIRST.match(text)
    if first is not None and _unknown(first.group(1)) and _unknown(first.group(1) + "s"):
        added.append(Finding("PERSON", first.start(1), first.end(1), 0.6))
    if text.islower():
        rules = [
            (_LOWER_APOSTROPHE, lambda m: _unknown(m.group(1)) and not _compound(m.group(1)), 0.6),
            (_LOWER_GENITIVE, _lower_genitive, 0.6),
            (_LOWER_LAST, lambda m: _unknown(m.group(1)), 0.6),
        ]
        added += _found(rules, text)
    return added


def _lower_genitive(match: re.Match[str]) -> bool:
    """`xs mamma`: an unknown word with a genitive `s` before a word that is no unknown word
    (a surname: `tyrgils sävbrink`) and no verb in `-ar`/`-er` (`älvstedtius jobbar`; round
    seventeen)."""
    after = match.group(2).casefold()
    if _unknown(after) or after.endswith(("ar", "er")):
        return False
    return _unknown(match.group(1)) and _unknown(match.group(1) + "s")


def _found(
    rules: list[tuple[re.Pattern[str], Callable[[re.Match[str]], bool], float]], text: str
) -> list[Finding]:
    """A PERSON over the first group of each match that passes its rule's test."""
    return [
        Finding("PERSON", match.start(1), match.end(1), score)
        for pattern, keep, score in rules
        for match in pattern.finditer(text)
        if keep(match)
    ]


_NAME_LINE = re.compile(rf"(?m)^[ \t]*({_NAME_WORD}(?:[ \t]{_NAME_WORD}){{1,3}})[ \t]*\n")


def _envelope(result: list[Finding], findings: list[Finding], text: str) -> list[Finding]:
    """A line of two to four name words (each a name or a rare word, no compound of everyday
    words) right above a line that starts with an address or `c/o`: the addressee's name,
    whole; PERSON findings inside that line give way to it."""
    addresses = {f.start for f in findings if f.kind == "ADDRESS"}
    for match in _NAME_LINE.finditer(text):
        below = match.end()
        below += len(text[below:]) - len(text[below:].lstrip(" \t"))
        if below not in addresses and not text.startswith("c/o ", below):
            continue
        start, end = match.span(1)
        words = match.group(1).split()
        if not all(_rare(w) and not _compound(w) for w in words):
            continue
        result = _widened_to(result, start, end, text)
    return result


def _widened_to(result: list[Finding], start: int, end: int, text: str) -> list[Finding]:
    """`result` with one PERSON from `start` to `end` in place of the PERSON findings that
    overlap it (`Pt Adewale` in `Pt Adewale, Jumoke`: the title is left out), unless another
    finding overlaps it. What such a finding ran over on another line stays a name
    (`Ridlärare: Christina Ringström\nWoźniak, Monika`: spaCy's one span over both lines)."""
    inside = [f for f in result if f.kind == "PERSON" and f.start < end and start < f.end]
    if not _free([f for f in result if f not in inside], start, end):
        return result
    score = max((f.score for f in inside), default=0.6)
    kept = [f for f in result if f not in inside] + [Finding("PERSON", start, end, score)]
    for finding in inside:
        before = text[finding.start : start]
        if "\n" in before and before[: before.rindex("\n")].strip():
            cut = finding.start + len(before[: before.rindex("\n")].rstrip())
            kept.append(Finding("PERSON", finding.start, cut, finding.score))
        after = text[end : finding.end]
        if "\n" in after and after[after.index("\n") :].strip():
            lead = after[after.index("\n") :]
            begin = end + after.index("\n") + len(lead) - len(lead.lstrip())
            kept.append(Finding("PERSON", begin, finding.end, finding.score))
    return kept


def _name_or_unknown(word: str) -> bool:
    """Each part of `word` a known name or a word of no list, and no compound of everyday
    words; not every part a known name that is also an everyday word alone."""
    parts = [p for p in word.split("-") if p]
    return all(
        (_unknown(p) or name_rules.known_name(p.casefold())) and not _compound(p) for p in parts
    ) and any(_unknown(p) for p in parts)


def _everyday(word: str) -> bool:
    """Some part of `word` is an everyday word at all (Zipf 2.5 or more in either language)."""
    from rung.privacy.tagger import everyday_zipf

    return any(max(everyday_zipf(p.casefold())) >= 2.5 for p in word.split("-") if p)


def _given_both(first: str, second: str) -> bool:
    from rung.privacy.names_forms import _given_names_both

    return _given_names_both(first, second)


# `Pat.`, `Pt`, and `Pat` before `X, Y` (round seventeen).
_PATIENT = re.compile(r"(?:Pat\.|Pt\.?|Pat(?=[ \t]+[^\W\d_]+,[ \t][^\W\d_]))[ \t]+(?=[^\W\d_])")


def _without_patient(finding: Finding, text: str) -> Finding:
    """A PERSON that starts with `Pt`/`Pat.` (a patient's abbreviation), without it."""
    if finding.kind != "PERSON":
        return finding
    match = _PATIENT.match(text, finding.start)
    if match is None or match.end() >= finding.end:
        return finding
    return Finding("PERSON", match.end(), finding.end, finding.score)


def _maiden(word: str) -> bool:
    """A capitalised surname of the lists, or a word no everyday list has (`_BORN_AS`)."""
    from rung.privacy.names import family_names

    return word[:1].isupper() and (word.casefold() in family_names() or _unknown_capital(word))


def _unknown_capital(word: str) -> bool:
    """A word that no everyday list has (each part of a hyphenated one) and that is no
    compound of everyday words (`Semesterväxling`, `Lönekontoret`), or a given name."""
    parts = [p for p in word.split("-") if p]
    return all(_unknown(p) and not _compound(p) for p in parts)


def _compound(word: str) -> bool:
    """A Swedish compound: an everyday word of four letters or more (maybe with a joining
    `s`, `e`, `a`, `o`, `u`) and an everyday Swedish word of five letters or more after it that
    is no given name (`Lönekontoret`), or a long everyday word (six letters or more, Zipf 4+)
    and anything after it (`Semesterväxling`)."""
    from rung.privacy.tagger import everyday_zipf

    key = word.casefold()
    for cut in range(4, len(key) - 3):
        head, tail = key[:cut], key[cut:]
        heads = {head, head[:-1]} if head[-1] in "saeou" else {head}
        zipf = max(everyday_zipf(h)[0] for h in heads)
        long_tail = len(tail) >= 5 and not name_rules.given(tail)
        if zipf >= 3 and long_tail and everyday_zipf(tail)[0] >= 3:
            return True
        if zipf >= 4 and len(head) >= 6:
            return True
        if len(tail) >= 7 and everyday_zipf(tail)[0] >= 3:  # `Ortopedmottagningen`
            return True
    return False


_CELL = re.compile(r"[^\t;|]+")


def _row_cells(findings: list[Finding], text: str) -> list[Finding]:
    """In a table row (tabs, semicolons, pipes) that holds an email or a phone number, the
    cells of one to three capitalised words, each unknown, are a person's name."""
    found: list[Finding] = []
    for line in re.finditer(r"[^\n]+", text):
        row = line.group()
        if not re.search(r"[\t;|]", row) or not any(
            f.kind in _ROW_KEYS and line.start() <= f.start < line.end() for f in findings
        ):
            continue
        for cell in _CELL.finditer(row):
            value = cell.group().strip()
            words = value.split()
            if 1 <= len(words) <= 3 and all(
                re.fullmatch(_NAME_WORD, w) and _unknown_capital(w) for w in words
            ):
                start = line.start() + cell.start() + cell.group().index(value)
                found.append(Finding("PERSON", start, start + len(value), 0.6))
    return found


def _title_abbreviation(finding: Finding, findings: list[Finding], text: str) -> bool:
    """A PERSON of two to four letters written with a period, right before another PERSON,
    is a title (`Sra. López`, `Pat. Okafor`, `Dipl.-Ing. Berg`), not a name; a given name of four
    letters is none (`Lars and Anna. Maja will be missed.`)."""
    if finding.kind != "PERSON" or not 2 <= finding.end - finding.start <= 4:
        return False
    value = finding.value(text)
    if (
        len(value) == 4
        and value.istitle()
        and name_rules.given(value)
        and text[finding.start - 1 : finding.start] == " "
    ):
        return False  # `Anna.`, not `Ing.` nor `Dipl.-Ing.`
    if not re.match(r"\.(?:-|[ \t])", text[finding.end : finding.end + 2]):
        return False
    return any(f.kind == "PERSON" and finding.end < f.start <= finding.end + 3 for f in findings)


def _cells(finding: Finding, text: str) -> list[Finding]:
    """A PERSON that runs over a tab, `;` or `|` is one per table cell, less the cells of
    everyday words alone (a header: `Namn;Adress;Telefon`)."""
    if finding.kind != "PERSON" or not any(c in finding.value(text) for c in "\t;|"):
        return [finding]
    from rung.privacy.tagger import everyday_zipf

    parts = []
    for match in re.finditer(r"[^\t;|\n]+", finding.value(text)):
        value = match.group().strip()
        if value and not all(
            max(everyday_zipf(w)) >= 3 and not name_rules.known_name(w) for w in value.split()
        ):
            start = finding.start + match.start() + match.group().index(value)
            parts.append(Finding("PERSON", start, start + len(value), finding.score))
    return parts


def _address_cell(finding: Finding, text: str) -> Finding:
    """An ADDRESS that runs over a tab from a cell with no digit in it starts after that tab
    (`Okonjo, Siviwe-Ann<TAB>Tallvägen 4`: the first cell is a name, not the address's)."""
    value = finding.value(text)
    if finding.kind != "ADDRESS" or "\t" not in value:
        return finding
    head = value[: value.index("\t")]
    if any(c.isdigit() for c in head):
        return finding
    start = finding.start + len(head)
    start += len(text[start : finding.end]) - len(text[start : finding.end].lstrip())
    return Finding("ADDRESS", start, finding.end, finding.score)


_POSTCODE_FIRST = re.compile(r"\d{3} ?\d{2}[ \t]+[^\W\d_]")
_STREET_LINE = re.compile(
    rf"(?:^|(?<=[\s,:;(]))((?:[{_CAP}][^\W\d_]*[ \t]){{0,2}}[{_CAP}][^\W\d_]{{2,}}[ \t]\d{{1,4}}"
    r"[A-Za-z]?)[ \t]*\n$"
)


def _street_above(finding: Finding, findings: list[Finding], text: str) -> Finding:
    """An ADDRESS that starts a line with a postcode (`599 83 FÄRGELANDA`) widened back over
    the street and number ending the line above (`TUVSTARRSSVÄNGEN 18A`), when nothing else
    was found there."""
    if finding.kind != "ADDRESS" or _POSTCODE_FIRST.match(text, finding.start) is None:
        return finding
    line_start = text.rfind("\n", 0, finding.start) + 1
    if text[line_start : finding.start].strip() or line_start == 0:
        return finding
    above = _STREET_LINE.search(text[max(0, line_start - 80) : line_start])
    if above is None:
        return finding
    start = line_start - len(above.group(0)) + (above.start(1) - above.start())
    others = [f for f in findings if f is not finding and f.kind != "ADDRESS"]
    if not _free(others, start, line_start):
        return finding
    start = care_of_line(text, start)  # `C/O MÄRET MELLQUIST` above the street: the same address
    return Finding("ADDRESS", start, finding.end, finding.score)


def _initial_widened(finding: Finding, text: str) -> Finding:
    """A PERSON that starts with an initial (`M. Berg`) widened back over a rare given name
    before it, or that ends with one (`Ayo A`) widened over the surname after it."""
    value = finding.value(text)
    start, end = finding.start, finding.end
    if re.match(r"[A-ZÅÄÖ]\.[ \t]", value):
        before = _GIVEN_BEFORE_INITIAL.search(text, max(0, start - 40), start)
        if before is not None and _rare(before.group(1)):
            start = before.start(1)
    if re.search(r"(?<![\w.])[A-ZÅÄÖ]$", value):
        after = _SURNAME_AFTER_INITIAL.match(text, end)
        if after is not None and _rare(after.group(1)):
            end = after.end(1)
    if (start, end) == (finding.start, finding.end):
        return finding
    return Finding("PERSON", start, end, finding.score)
