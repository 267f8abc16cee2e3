"""Span repair: a name found in part is widened to the whole name (across hyphens, to the
capitalised words beside it, over a particle; a lower-case chat name over its rare
neighbours), so that no half of a name is left in the clear (docs/privacy.md)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from rung.privacy.findings import Finding
from rung.privacy.name_words import role_compound, words
from rung.privacy.names import (
    NOT_A_NAME,
    WORD,
    Word,
    extend,
    given,
    given_names,
    known_name,
    name_like,
    no_word,
    sentence_start,
    stop_words,
    surname,
    word_surnames,
)
from rung.privacy.names_chat import TIME_WORDS, rare
from rung.privacy.names_sv import AMBIGUOUS
from rung.privacy.names_worded import MONTHS, WORD_NAMES


def widen_people(findings: Iterable[Finding], text: str) -> list[Finding]:
    """Span repair: a name found in part is widened to the whole name (`Ana-Maria Popescu`,
    not `Ana-` and a placeholder), so that no half of a name is left in the clear."""
    widened = []
    for finding in findings:
        if finding.kind == "PERSON":
            start, end = widen(text, finding.start, finding.end)
            partner = None
            if text[start:end].islower():
                end = widen_lower(text, end)
                start = widen_lower_back(text, start)
                partner = lower_partner(text, end)
            finding = Finding(finding.kind, start, end, finding.score)
            if partner is not None:  # "who has the keys, ramborg or nestori?"
                widened.append(Finding("PERSON", *partner, finding.score))
        widened.append(finding)
    return widened


def widen(text: str, start: int, end: int) -> tuple[int, int]:
    """A name found in part (`Maria` of `Ana-Maria`, `Haddad` of `Karim Haddad`) widened to
    the whole name: across hyphens and to the adjacent capitalised words that could be names."""
    while start > 0 and text[start - 1] in "-" and start >= 2 and text[start - 2].isalpha():
        match = re.search(r"[^\W\d_]+$", text[: start - 1])
        if match is None:
            break
        start = match.start()
    while end < len(text) - 1 and text[end] == "-" and text[end + 1].isalpha():
        match = WORD.match(text, end + 1)
        if match is None:
            break
        end = match.end()
    words = [Word(m.group(), m.start(), m.end()) for m in WORD.finditer(text)]
    inside = [i for i, w in enumerate(words) if start <= w.start and w.end <= end]
    if not inside:
        return start, end
    first, last = inside[0], inside[-1]
    while first > 0 and text[words[first - 1].end : words[first].start] == " ":
        left = words[first - 1]
        if _month_as_given(text, words, first) or _first_of_two_given(text, words, first, last):
            first -= 1  # "Säljare: August Karlsson", "Nurse April Brown", "Virginia Ann Lee"
            continue
        if not name_like(left) or role_compound(left.text):
            break  # not `Jaktledare` of `Jaktledare Somchai Wongsa`
        at_start = sentence_start(text, words, first - 1)
        if at_start and left.key in stop_words() and not _given_before(left, words[first]):
            break
        first -= 1
    last = extend(text, words, last, lower=False)
    end = max(end, words[last].end)
    particle = _PARTICLE_AFTER.match(text, end)
    while particle is not None and name_like(Word(particle.group("name"), 0, 0)):
        end = particle.end()  # "Sohrab el-Rahnama", "Nagham van der Arnaout"
        particle = _PARTICLE_AFTER.match(text, end)
    return min(start, words[first].start), end


# Words before a month that make it a date (`in June`, `den 3 maj`, `last April`).
_DATE_BEFORE = words(
    "in i on på den the during under since sedan until till from från by of early late mid "
    "next nästa last förra this denna detta each varje every"
)


def _month_as_given(text: str, words: list[Word], first: int) -> bool:
    """A month's name right before a found name's surname, where no date is written: a given
    name (`August Karlsson`, `April Brown`, `June Green`; not `in June Green`, `3 maj Berg`)."""
    left, word = words[first - 1], words[first]
    if not (left.capital and left.key in MONTHS and word.capital) or given(word.text):
        return False
    if _word_before(text, words, first - 1, _DATE_BEFORE):
        return False
    return not text[max(0, left.start - 4) : left.start].strip()[-1:].isdigit()


def _word_before(text: str, words: list[Word], index: int, keys: frozenset[str]) -> bool:
    """Whether the word before `words[index]`, only spaces between, is one of `keys`."""
    spaced = index >= 1 and text[words[index - 1].end : words[index].start].strip() == ""
    return spaced and words[index - 1].key in keys


_PLACE_BEFORE = _DATE_BEFORE | words("to at near vid nära hos mot toward towards")


def _first_of_two_given(text: str, words: list[Word], first: int, last: int) -> bool:
    """A given name that is a place's or a word's too, right before a found name of a given name
    and more, where no place's word stands before it: the first of two given names (`certify
    that Virginia Patricia Jackson`; not `in Virginia Patricia Jackson`; round fifty-eight,
    dev-hf)."""
    left, word = words[first - 1], words[first]
    if last <= first or not (left.capital and given(left.text) and given(word.text)):
        return False
    return not _word_before(text, words, first - 1, _PLACE_BEFORE)


def _given_before(left: Word, word: Word) -> bool:
    """An ambiguous given name before a surname (`Per Åkerman`, `June Green`, round thirty-two: a
    capitalised word of no language, `Per Sundén`; round thirty-three: a capitalised given name
    of the lists, `Per Stig Johansson`; not `Per timme`)."""
    key = left.text.casefold()
    worded = left.capital and key in WORD_NAMES and key not in MONTHS
    ambiguous = left.text in AMBIGUOUS or worded
    named = word.capital and (no_word(word.key) or word.key in given_names())
    return ambiguous and (surname(word.text) or named)


# Round nine: a particle and a capitalised surname after a name (`el-Rahnama`, `van der Berg`).
_PARTICLE_AFTER = re.compile(
    r"[ \t](?:al|el|ul|bin|ibn|abu|van der|van den|van de|van|von der|von|de la|de los|de|da|"
    r"di|del|della|du|dos|das|ter|ten|af)[ -](?P<name>[^\W\d_]+(?:['’-][^\W\d_]+)*)"
)


def widen_lower(text: str, end: int) -> int:
    """A lower-case name widened over the next word when that is lower case, rare and of no
    one language's word list (`tiğin` -> `tiğin axundlu`): chat's surnames."""
    from rung.privacy.tagger import one_language

    match = WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    if match is None or not match.group().islower() or len(match.group()) < 3:
        return end
    key = match.group().casefold()
    if key in stop_words() or key in NOT_A_NAME or key in one_language() or not rare(key):
        return end
    if "'" in key or "’" in key:
        return end  # "tell x i'm late": a contraction, no surname (round sixteen)
    return match.end()


def widen_lower_back(text: str, start: int) -> int:
    """A lower-case name widened back over the word before it when that starts the line and
    is lower case, rare and of no one language's list (`shaimaa hamwi is out`): chat's given
    names before a surname found."""
    from rung.privacy.tagger import one_language

    before = text[:start]
    match = re.search(r"(?:^|\n)[ \t]*([^\W\d_]+(?:-[^\W\d_]+)*) $", before)
    if match is None or not match.group(1).islower() or len(match.group(1)) < 3:
        return start
    parts = match.group(1).casefold().split("-")
    if any(
        p in stop_words() or p in NOT_A_NAME or p in one_language() or not rare(p) for p in parts
    ):
        return start
    return match.start(1)


_PARTNER = re.compile(r" (?:or|eller|och|and|&) ([^\W\d_]{3,})(?=[?.!,]|$)")


def lower_partner(text: str, end: int) -> tuple[int, int] | None:
    """The rare lower-case word after a lower-case name and `or`/`eller`/`och`/`and` that
    ends the clause (`ramborg or nestori?`): a name too."""
    match = _PARTNER.match(text, end)
    if match is None or not match.group(1).islower():
        return None
    key = match.group(1).casefold()
    if key in stop_words() or key in NOT_A_NAME or key in TIME_WORDS or not no_word(key):
        return None
    return match.start(1), match.end(1)


def repeated(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` with each other place of the text where a word of a name found stands again
    (`Mike McDonald joined ... can you hear us, Mike?`, `Colin is waiting for colins PR`): the
    same person, so the same kind. In lower case only a name found in lower case, or a known
    name's genitive (`the sun rose` keeps its `rose`); no stop word (`Per`, `Will`), no word of
    two letters."""
    people = [f for f in findings if f.kind == "PERSON"]
    if not people:
        return findings
    keys: dict[str, bool] = {}  # a name's word -> whether it was found in lower case
    for person in people:
        for match in WORD.finditer(text, person.start, person.end):
            word = match.group()
            if len(word) >= 3 and word.casefold() not in stop_words():
                keys[word.casefold()] = keys.get(word.casefold(), False) or word.islower()
    added = list(findings)
    for match in WORD.finditer(text):
        word = match.group()
        stem = next((word[: len(word) - n] for n in (0, 1, 2) if _same(word, n, keys)), None)
        if stem is None or any(f.start < match.end() and match.start() < f.end for f in added):
            continue
        genitive = stem != word and known_name(stem)
        if word.islower() and not keys[stem.casefold()] and not genitive:
            continue
        if stem.casefold() in word_surnames() and _ordered(text, match.start(), match.end()):
            continue  # `Isak Ring ... Ring 0738117083`: a surname that is a word, a verb here
        added.append(Finding("PERSON", match.start(), match.start() + len(stem), 0.6))
    return sorted(added, key=lambda f: f.start)


def _ordered(text: str, start: int, end: int) -> bool:
    """Whether the word at `start` opens a sentence or a line as a verb does, before a number or
    an object pronoun (`Ring 0738117083`, `Call me`)."""
    before = text[max(0, start - 40) : start].rstrip(" \t")  # not the whole text per word
    opens = not before or before[-1] in "!?\n" or re.search(r"\w\w[.]\Z", before) is not None
    return opens and _OBJECT_AFTER.match(text, end) is not None


_OBJECT_AFTER = re.compile(r"[ \t]+(?:\+?\d|(?:mig|me|oss|us|honom|henne|him|her|dem|them)\b)")


def _same(word: str, cut: int, keys: dict[str, bool]) -> bool:
    """Whether `word` less its last `cut` characters (a genitive: `s`, `'s`) is a key."""
    ending = word[len(word) - cut :] if cut else ""
    return ending in ("", "s", "'s", "’s") and word[: len(word) - cut].casefold() in keys


# Round twenty-nine (dev-bo): a signature's initial after a given name (`/Johan B. +46...`,
# `/Tove A.`), which no stage took when a slash comes before the name. Round thirty-three: also
# before a comma, a bracket, a full stop or a lower-case word (`/Sofia A., fritidspedagog`,
# `Piotr Z. on 4/1`, `Approved by Anders O..`, `9.30 Somsak I. (sva 2)`).
_INITIAL = re.compile(r"[ \t][A-ZÅÄÖ]\.(?=[ \t]*(?:[+\d\n,;.()]|\Z)|[ \t]+(?:[a-zåäö]|[–-][ \t]))")


# Round thirty-three: a listed given name, a word too maybe, before an initial found alone (`Maj
# M.`).
_GIVEN_BEFORE = re.compile(r"(?<![\w-])([A-ZÅÄÖ][a-zåäö]+)[ \t]\Z")


def with_initials(findings: list[Finding], text: str) -> list[Finding]:
    """Each one-word PERSON that a capital's initial follows (see `_INITIAL`) widened over it;
    an initial found alone widened over a given name just before it."""
    widened = []
    for f in findings:
        initial = _INITIAL.match(text, f.end) if f.kind == "PERSON" else None
        if initial is not None and " " not in f.value(text):
            f = Finding(f.kind, f.start, initial.end(), f.score)
        alone = f.kind == "PERSON" and re.fullmatch(r"[A-ZÅÄÖ]\.", f.value(text)) is not None
        given_before = _GIVEN_BEFORE.search(text, max(0, f.start - 20), f.start) if alone else None
        if given_before is not None and given_before.group(1).casefold() in given_names():
            f = Finding(f.kind, given_before.start(1), f.end, f.score)
        widened.append(f)
    return widened
