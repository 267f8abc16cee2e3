"""Genitives of names (round twelve on; split from `names_links` in round thirty-two): a
capitalised word with a genitive `s` before a lower-case word (or an age), whose stem is a known
given name (`Annas dator`; not when the whole word is a name too: `Jens`), a listed surname
(`Olssons lada`; round thirty-one) or a rare word no list holds (`Westers kartong`; round
twenty-five), or with an apostrophe and an unknown stem (`Okafor's laptop`); the span is the stem.
A word merely ending in `s` (`Remiss`, `Thesis`, `Paris`) has no name stem, and a thing's
genitive (`Norbergs kommun`, `Telias`) is none.
"""

from __future__ import annotations

import re

from rung.privacy import names as name_rules
from rung.privacy.findings import Finding
from rung.privacy.name_words import NAME_WORD as _NAME_WORD
from rung.privacy.name_words import PLACES, WEEKDAYS
from rung.privacy.names_forms import _rare_name_word as _rare
from rung.privacy.names_forms import _unknown


def _unknown_capital(word: str) -> bool:
    from rung.privacy.names_links import _unknown_capital as unknown_capital

    return unknown_capital(word)


# Also before an age (`Emmas 50-årsfest`, `Sam's 40th`; not `Karies 36 d.`); round fifty-three
# (dev-gf, dev-gb): before a booking's time (`kan du ta Marias 15:00`, `Vem tar Moas 14.00`) or a
# weekday and a word (`I'll do Julie's Sunday shift`).
GENITIVE = re.compile(
    rf"(?<![\w'’-])({_NAME_WORD})(s|'s|’s)(?=[ \t]+(?:[a-zåäöéü]|\d+(?:-|:e|th\b|st\b|nd\b|rd\b)"
    r"|\d{1,2}[:.]\d\d(?![\d.:])|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day[ \t]+[a-z]))"
)


# Round thirty-eight (dev-bs, dev-cd, dev-bt, dev-bx, dev-cq): a listed name ending in `s` with a
# bare apostrophe before a word (`Banks' Homes Ltd`, `Stokes' Horse Transport`, `Jenkins'
# office`, `Sanders-Parks' boiler`); the span is the whole name, its `s` included.
BARE_APOSTROPHE = re.compile(rf"(?<![\w'’-])({_NAME_WORD}s)['’](?=[ \t]+[^\W\d_])")


def apostrophe_name(match: re.Match[str]) -> bool:
    """`Jenkins'`: each part of the name a listed name or a rare word no list holds; an everyday
    word (`Parents'`, `Ladies'`) only before a capitalised word, as a firm's name goes on."""
    from rung.privacy.tagger import everyday_zipf

    name = match.group(1)
    parts = name.casefold().split("-")
    if not all(name_rules.listed(part) or (_rare(part) and _unknown(part)) for part in parts):
        return False
    rest = match.string[match.end() :].lstrip(" \t")
    return rest[:1].isupper() or max(everyday_zipf(parts[-1])) < 4


def genitive_name(match: re.Match[str]) -> bool:
    """`Annas`, `Okafor's`: a known given name with a genitive s (and no name with the s), or
    a rare unknown word with an apostrophe genitive."""
    from rung.privacy.tagger import everyday_zipf

    stem = match.group(1)
    key = stem.casefold()
    if key in WEEKDAYS:
        return False  # `after Sunday's game` (round forty-four, dev-ed)
    given = name_rules.given(key) or ("-" in key and key in name_rules.given_names())
    # `Per-Olofs` too (round 31); `Michaels kontor`: a surname with its `s` but no given name (as
    # `Jens` is), before a Swedish word (round fifty-six)
    known = given and (
        not name_rules.known_name(key + "s")
        or (not name_rules.given(key + "s") and _swedish_after(match))
    )
    if known and match.group(2) == "s" and max(everyday_zipf(key + "s")) >= 5:
        return False  # `This is`: a word of its own, not `Thi`'s
    if not known and match.group(2) == "s":
        return _unknown_genitive(match) or _surname_genitive(match)
    return bool(known or (match.group(2) != "s" and _rare(stem) and _unknown(stem)))


def _swedish_after(match: re.Match[str]) -> bool:
    """Round fifty-six (dev-gx): the word after a genitive is Swedish more than English (`Michaels
    kontor`; not `Walters residence`, an English text's surname)."""
    from rung.privacy.tagger import everyday_zipf

    after = re.match(r"[ \t]+([a-zåäö]+)", match.string[match.end() :])
    if after is None:
        return False
    swedish, english = everyday_zipf(after.group(1))
    return swedish > english


def _surname_genitive(match: re.Match[str]) -> bool:
    """Round thirty-one: a listed surname (or, round forty-six, one by its ending: `Sundblads
    grupp`) with a Swedish genitive `s` before a lower-case noun (`Olssons lada`, `Wahlströms
    hästar`, `Kowalskas häst`): not a name with the `s` (`Jens`), nor a thing's (`Norbergs
    kommun`), nor an everyday word."""
    from rung.privacy.names_things import thing_genitive
    from rung.privacy.tagger import everyday_zipf

    stem = match.group(1)
    key = stem.casefold()
    shaped = name_rules.shaped_surname(stem) and key not in PLACES and _finnish_or_other(key)
    listed = key in name_rules.family_names() or shaped
    if not listed or name_rules.listed(key + "s") or len(stem) < 4:
        return False
    if not stem[1:].islower() or key in name_rules.stop_words():
        return False
    if max(everyday_zipf(key + "s")) >= 4:
        return False  # `Polis tillkallad`: a word of its own
    noun = re.match(r"[ \t]+(?:gamla[ \t]+|nya[ \t]+)?([a-zåäö]{3,})", match.string[match.end() :])
    if noun is None or noun.group(1) in name_rules.stop_words():
        return False
    return not thing_genitive(stem, noun.group(1))


def _finnish_or_other(key: str) -> bool:
    """A surname's `-nen` by its shape is Finnish (`Virtanen`), not a Swedish definite noun
    (`Klanens lista`, `Stämningsmannens intyg`)."""
    return not key.endswith("nen") or (len(key) >= 7 and key[-4] in "aeiouyäö")


def _unknown_genitive(match: re.Match[str]) -> bool:
    """Round twenty-five: a rare word no list holds, with a Swedish genitive `s` inside a
    sentence (`Westers kartong`, `Är Yuqings barnvagn kvar?`): a person's name, not a thing's
    (`Swerocks`, `Telias`: the things lexicon) nor a sentence's first word."""
    from rung.privacy.names_things import thing_genitive
    from rung.privacy.tagger import everyday_zipf

    stem = match.group(1)
    before = match.string[: match.start()].rstrip(" \t")
    if not before or before[-1] in ".!?:\n\"'(" or len(stem) < 3 or not stem[1:].islower():
        return False
    if max(everyday_zipf(stem.casefold() + "s")) >= 2:
        return False
    noun = re.match(r"[ \t]+([^\W\d_]{3,})", match.string[match.end() :])
    if noun is None or noun.group(1) in name_rules.stop_words():
        return False  # `på Hittegods i Piteå`
    return not thing_genitive(stem, noun.group(1)) and _rare(stem) and _unknown_capital(stem)


def before_surname_genitive(text: str, start: int, end: int) -> int:
    """Where a name from `start` to `end` ends before a listed surname's genitive `s` and a
    lower-case word (`Wahlströms hästar`; round thirty-eight: the rebuilt name tagger reads the
    `s` in), unless the word with its `s` is listed too (`Jens`)."""
    words = text[start:end].split()
    last = words[-1] if words else ""
    genitive = last.endswith("s") and re.match(r"[ \t]+[a-zåäö]", text[end : end + 2])
    if (
        genitive
        and last[:-1].casefold() in name_rules.family_names()
        and not name_rules.listed(last)
    ):
        return end - 1
    return end


def without_genitive(finding: Finding, text: str) -> Finding:
    """A PERSON ending in a genitive, without it (`Okafor's` -> `Okafor`, `Annas` -> `Anna`
    when `Anna` is a given name and `Annas` no name; a full name's listed surname too,
    `Gunhild Olssons familj`, round forty-four)."""
    if finding.kind != "PERSON":
        return finding
    value = finding.value(text)
    if re.search(r"[^\W\d_]['’]s$", value):
        return Finding("PERSON", finding.start, finding.end - 2, finding.score)
    last = value.split()[-1] if value.split() else ""
    key = last.casefold()
    stem = key[:-1]
    after = text[finding.end : finding.end + 30]
    full = len(value.split()) > 1 and stem in name_rules.family_names() and not _named_after(after)
    if (
        len(key) > 3
        and key.endswith("s")
        and (name_rules.given(stem) or full)  # `Annas`; `Gunhild Olssons familj`
        and not name_rules.known_name(key)
        and _owned(after, stem)
    ):
        return Finding("PERSON", finding.start, finding.end - 1, finding.score)
    return finding


def _named_after(after: str) -> bool:
    """A body or a place named after the person (`Astrid Lindgrens barnsjukhus`, `Viktor
    Rydbergs gymnasium`): its word after the genitive."""
    from rung.privacy.names_things import body_noun

    noun = re.match(r"[ \t]+([^\W\d_]+)", after)
    return noun is not None and body_noun(noun.group(1))


def _owned(after: str, stem: str) -> bool:
    """Whether `after` starts with what a genitive owns: a lower-case word that is no stop word
    nor a Swedish verb in the past nor an English one; or, after a common given name (`given.txt`),
    the clause's end (`låna marias.`). Round forty-one: `Mejla Nerys om`, `Nerys ringde`, `try
    Emrys on`, `Pardis booked`, `Hej Ninos!` are the names `Nerys`, `Emrys`, `Pardis`, `Ninos`."""
    from rung.privacy.tagger import everyday_zipf

    noun = re.match(r"[ \t]+([a-zåäöéü]+)", after)
    if noun is None:
        return re.match(r"[.,;:!?]", after) is not None and stem in name_rules.lexicon("given.txt")
    word = noun.group(1)
    swedish, english = everyday_zipf(word)
    past = re.search(r"[dt]e$", word) is not None and swedish > english
    past = past or (len(word) > 4 and word.endswith("ed") and not word.endswith("eed"))
    return word not in name_rules.stop_words() and not past


# Round fifty (dev-fj): a listed name joined by a hyphen to a family's event or the family
# (`Eriksson-bröllopet`, `Smith-festen`, `Hussein-familjen`); the span is the name. Any noun took
# `Jenkins-bygget`, `Erasmus-ansökan`, `Ivar-hylla` on the dev sets.
JOINED_NOUN = re.compile(
    r"(?<![\w'’-])([A-ZÅÄÖ][a-zåäöéü]+)-(?i:bröllop|bröllopet|festen|kalaset|familjen|familjens|"
    r"släkten|släktträffen|begravningen|dopet|vigseln)(?![\w-])"
)


def joined_noun_name(match: re.Match[str]) -> bool:
    """A listed given name or surname, no place and no thing."""
    from rung.privacy.thing_words import things

    key = match.group(1).casefold()
    listed = name_rules.given(key) or key in name_rules.family_names()
    return listed and key not in PLACES and key not in things()[0]
