"""Lower-case and everyday words found as PERSONs (round twenty-two's `names_things` rules, moved
here): a word of a file or a domain (`config.yaml`), an everyday word in no list of names
(`siffror`, `labbet`), a very common word in a text that capitalises its names (`Gamla stan`),
unless a cue before it, a verb of people after it or a name joined to it makes it a person
(`fråga valborg`, `line sa att`, `bile eller gülzar`)."""

from __future__ import annotations

import re

from rung.privacy import names as name_rules
from rung.privacy.findings import Finding
from rung.privacy.name_words import CLOCK, CUES, PERSON_VERBS, words
from rung.privacy.thing_words import WORD_BEFORE, things

_INFLECTED = ("en", "et", "na", "ar", "er", "ig", "iga", "ade", "ande")
SAID = PERSON_VERBS | words("sa sade ringde talked told asked")
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
_AND_NAME = re.compile(r"[ \t]+(?:och|and|&|eller|or)[ \t]+[A-ZÅÄÖ]")
_INTRO = re.compile(
    r"(?i:it['’]s|this is|det är|i am|i['’]m|jag heter|heter|named|called|"
    r"(?:talked|spoke|talk|speak|pratade|prata|snackade|snacka)[ \t]+(?:to|with|med))[ \t]+\Z"
)
_TELL = words(
    "tell told frågade fråga hälsa hälsade message messaged text texted dm did does hos hämtar "
    "hämta skjutsar skjutsa"
)
_JOIN_AFTER = re.compile(r"[ \t]+(?:och|and|eller|or|&|\+)[ \t]+")
_JOIN_BEFORE = re.compile(r"[ \t]+(?:och|and|eller|or|&|\+)[ \t]+\Z")


def _joined(finding: Finding, text: str, people: frozenset[int]) -> bool:
    after = _JOIN_AFTER.match(text, finding.end)
    before = _JOIN_BEFORE.search(text, max(0, finding.start - 12), finding.start)
    return (after is not None and after.end() in people) or (
        before is not None and before.start() in people
    )


def as_person(value: str, before: str, after: str) -> bool:
    """Whether the words around a word put a person there: a cue before it (`fråga valborg`,
    `tack sterling`, `hälsa lotten`, `it's tempest`; a greeting or a title not before a word of
    one language only: `Hej, fakturan till`, `Bästa målskytt`), a verb of what people say or do
    after it (`line sa att`), a signature's slash (`signed`), or a capitalised name joined to it."""
    from rung.privacy.tagger import one_language

    if before.endswith("@") or re.match(r"['’]s\b|!", after) or _INTRO.search(before):
        return True  # `@jericho`, `under skymning's name`, `tack snövit!!`
    if signed(before, after):
        return True  # `... allergies? /billy`
    word = WORD_BEFORE.search(before)
    cue = word.group(1).casefold() if word is not None else ""
    if cue in _TELL or (cue in CUES and value.casefold() not in one_language()):
        return True
    return said(after) or _AND_NAME.match(after) is not None


_SLASH_BEFORE = re.compile(r"(?:^|\s)/\Z")
_ENDS_MESSAGE = re.compile(r"[ \t]*(?:\Z|\n|\+?\d[\d -]{6,}\d[ \t]*(?:\Z|\n))")


def signed(before: str, after: str) -> bool:
    """Whether a word signs its message: after a slash, and last on its line or before a phone
    number that is (`... allergies? /billy`, `skicka nån? /per 0708829856`; round fifty-one)."""
    return _SLASH_BEFORE.search(before) is not None and _ENDS_MESSAGE.match(after) is not None


def next_word(after: str) -> str:
    """The word right after a finding, on its line (empty if none)."""
    following = _NEXT_WORD.match(after)
    return following.group(1) if following is not None else ""


def said(after: str) -> bool:
    """Whether a verb of what people say or do comes next (`sa`, `ringde`, `said`)."""
    return next_word(after).casefold() in SAID


def everyday_word(word: str) -> bool:
    """An everyday word (Zipf 3+ in Swedish or English: `siffror`, or a word of one
    of them only in a Swedish inflection: `frityren`, `labbet`, `failar`) that no list of names
    holds; not a rarer word that is a name too (`lärka`, `vallmo`)."""
    from rung.privacy.tagger import everyday_zipf, one_language

    key = word.casefold()
    if name_rules.listed(key):
        return False
    inflected = key in one_language() and key.endswith(_INFLECTED)
    return inflected or max(everyday_zipf(key)) >= 3 or _inflected_everyday(key)


# Round twenty-four: Swedish endings of definite and plural nouns and of passive verbs.
_ENDINGS = ("arna", "erna", "orna", "en", "et", "na", "ar", "er", "or", "as", "n")


def _inflected_everyday(key: str) -> bool:
    """A Swedish everyday word of four letters or more (Zipf 3+) and an ending (`traktorn`,
    `grävarna`, `bokföras`), its stem in no list of names."""
    from rung.privacy.tagger import everyday_zipf

    for ending in _ENDINGS:
        stem = key.removesuffix(ending)
        if stem != key and len(stem) >= 4 and everyday_zipf(stem)[0] >= 3:
            return not name_rules.listed(stem)
    return False


# What may stand before a word first on its line: spaces, and (round fifty-nine, dev-eb) a chat's
# clock time (`[19:03] ray: me, omw`, `08:16 ivy: ok`).
_OPENS_LINE = re.compile(rf"[ \t]*(?:{CLOCK}[ \t]+)?")


def lower_thing(finding: Finding, text: str, people: frozenset[int]) -> bool:
    """A lower-case PERSON that is a file's or a domain's part (`config.yaml`), or an everyday
    word nothing makes a person (not first on its line: `jöns är du kvar?`, `derrick - bins`);
    in a text whose other names are capitalised, a very common word though a name too (`Gamla
    stan`; round twenty-three); a word of the things lexicon in no list of names; words that
    are each such an everyday word, not first on their line (`kör tvättmaskinen`)."""
    value = finding.value(text)
    if text[finding.start - 1 : finding.start] == "." and not name_rules.listed(value):
        return True
    before = text[max(0, finding.start - 40) : finding.start]
    after = text[finding.end : finding.end + 40]
    line_start = _OPENS_LINE.fullmatch(before.rpartition("\n")[2]) is not None
    if " " in value:  # round fifty (dev-fl): `kör tvättmaskinen`, `budget billing`
        if line_start or not all(map(everyday_word, value.split())):
            return False
    else:
        common = _capitalising(finding, text, people) and _common_word(value)
        # round forty-seven (dev-et): a word of the things lexicon, anywhere (`nycklarna till
        # övningsbil 3?`, `betalat för riskettan?`)
        common = common or (value.casefold() in things()[0] and not name_rules.listed(value))
        if not common and (line_start or not everyday_word(value)):
            return False
    return not _joined(finding, text, people) and not as_person(value, before, after)


def _capitalising(finding: Finding, text: str, people: frozenset[int]) -> bool:
    """Whether the writer capitalises names: another PERSON found starts with a capital."""
    return any(i != finding.start and i < len(text) and text[i].isupper() for i in people)


def _common_word(word: str) -> bool:
    """A word of Zipf 5 or more in Swedish or English (`stan`, `barnen`) that rung's
    hand-written given names do not hold (not `sara`, `john`, `per`: common words in the
    frequency lists too, being common names)."""
    from rung.privacy.tagger import everyday_zipf

    key = word.casefold()
    return key not in name_rules.lexicon("given.txt") and max(everyday_zipf(key)) >= 5
