"""Names as a person reads them, without the NER model: lexicons, cues and the shape of words.

    find_names("VD Karim Haddad skrev under")   # [(3, 15, 0.8)]
    find_names("hej karim! kommer du?")          # [(4, 9, 0.6)]
    widen(text, start, end)                      # a partly found name widened to the whole

The lexicons hold given names and surnames: `lexicons/given.txt` and `surnames.txt` (written
for rung, Apache-2.0) and `given-public.txt` and `surnames-public.txt` (from Faker's locale
lists and the US Census lists, MIT; see `lexicons/README.md`). Word lists: `name_words`;
the forms of chat: `names_chat`. A name is found by:
- a known given name (any case, unless it is also an everyday word), with the capitalised
  words or known surnames that follow it;
- a cue right before it: a greeting (`hej`, `hi`, `dear`, `tack`), a title (`VD`, `Dr`,
  `Mr`, `chefen`) or a verb that takes a person (`ring`, `ask`, `pinga`); after a greeting
  even an unknown lower-case word that ends the phrase (`tack ayan!`);
- a surname (known, or by its ending: -sson, -nen, -ić, -ski, -oğlu, ...) after a capitalised
  word, or two capitalised words in the middle of a Swedish sentence.
Everyday words (spaCy's Swedish and English stop words and the lists below), places, months and
product names never start a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from rung.privacy import names_lowercase, names_sv
from rung.privacy.name_words import (
    AMBIGUOUS,
    BLOCKED,
    COMMON,
    CUES,
    GREETINGS,
    PERSON_VERBS,
    PLACES,
    SIGN_OFFS,
    SURNAME_ENDINGS,
    SURNAME_PREFIXES,
    TEAMS,
    TOWNS,
    VERBS,
    WEEKDAYS,
    finnish_shaped,
    role_compound,
    swedish_word_end,
    words,
)
from rung.privacy.names_chat import it_was, rare

WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# A telephone number after a name (`0701234567`, `070-123 45 67`, `08-123 456 78`): a street's
# number never starts with 0 nor runs to six digits.
PHONE_AFTER = re.compile(r"0\d(?:[\d -]?\d){5,}")


@cache
def lexicon(name: str) -> frozenset[str]:
    """The casefolded names in `lexicons/<name>` (lines starting with # are comments)."""
    text = resources.files("rung.privacy").joinpath("lexicons", name).read_text("utf-8")
    lines = (line for line in text.splitlines() if not line.startswith("#"))
    return words(" ".join(lines))


@cache
def given_names() -> frozenset[str]:
    """Given names: rung's hand-written list and the public lists (`given-public.txt`)."""
    return lexicon("given.txt") | lexicon("given-public.txt")


@cache
def family_names() -> frozenset[str]:
    """Surnames: rung's hand-written list and the public lists (`surnames-public.txt`)."""
    return lexicon("surnames.txt") | lexicon("surnames-public.txt")


@cache
def word_given_names() -> frozenset[str]:
    """Frequent given names that are everyday words too (`Guy`, `Billy`, `Willow`; round
    forty-three, `given-words.txt`): a given name only in a `Surname, Given` cell."""
    return lexicon("given-words.txt") - given_names()


@cache
def word_surnames() -> frozenset[str]:
    """Frequent surnames that are everyday words too (`Good`, `French`, `Ring`; round forty-two,
    `surnames-words.txt`; Swedish soldiers' names, `Strid`, `Stål`, round forty-four,
    `surnames-words-sv.txt`): a surname only right after a known given name or an initial."""
    return (lexicon("surnames-words.txt") | lexicon("surnames-words-sv.txt")) - family_names()


@cache
def stop_words() -> frozenset[str]:
    """spaCy's Swedish and English stop words (imported on first use) and `COMMON`."""
    from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP_WORDS
    from spacy.lang.sv.stop_words import STOP_WORDS as SV_STOP_WORDS

    return frozenset(EN_STOP_WORDS | SV_STOP_WORDS) | COMMON


# Round sixteen: chat's abbreviations (`bday tmrw`), which no word list holds.
CHAT_SHORTHAND = words(
    "tmrw tmr tmw 2moro tbh btw idk imo imho omg lol brb ttyl thx tnx asap nvm np ty bday rn atm"
)
NOT_A_NAME = PLACES | BLOCKED | CUES | words(" ".join(names_sv.NOT_NAMES)) | CHAT_SHORTHAND
# What the rules take for no name: NOT_A_NAME and towns.
NO_NAME_WORDS = NOT_A_NAME | TOWNS


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    start: int
    end: int

    @property
    def key(self) -> str:
        return self.bare.casefold()

    @property
    def bare(self) -> str:
        """The word without a genitive's `'s` (`McGee's` -> `McGee`)."""
        return self.text[:-2] if self.text[-2:].casefold() in ("'s", "’s") else self.text

    @property
    def capital(self) -> bool:
        return self.text[:1].isupper() and not self.text.isupper()


def given(word: str) -> bool:
    """A known given name (every part of a hyphenated one), not an everyday word."""
    parts = word.casefold().split("-")
    return all(p in given_names() and p not in AMBIGUOUS for p in parts)


def surname(word: str) -> bool:
    """A known surname or a word shaped like one (by its ending or prefix)."""
    key = word.casefold()
    if _listed_surname(key):
        return key not in stop_words()
    if key in NOT_A_NAME or key in stop_words() or len(key) < 4:
        return False
    return key.endswith(SURNAME_ENDINGS) or word.startswith(SURNAME_PREFIXES)


def _listed_surname(key: str) -> bool:
    """A surname of the lists, or a hyphenated one each of whose parts is."""
    return key in family_names() or all(p in family_names() for p in key.split("-"))


def common_word(key: str) -> bool:
    """A word used often (Zipf 4 or more) is no surname by its ending alone (`vecka`, `flicka`,
    `klocka` end as Polish names do: `-cka`; round forty-four, dev-ed)."""
    from rung.privacy.tagger import everyday_zipf

    return max(everyday_zipf(key)) >= 4


def known_name(word: str) -> bool:
    """A known given name or surname; a word used often is none by a foreign surname's ending
    alone (`vecka`, `flicka` end as Polish names do; round forty-four). (`surname` keeps the
    ending alone: the name tagger's features read it.)"""
    if given(word):
        return True
    if not surname(word):
        return False
    key = word.casefold()
    swedish = key.endswith(names_sv.SURNAME_ENDINGS)  # `Gren`, `Berg`: Swedish names are words
    return _listed_surname(key) or swedish or not (common_word(key) or swedish_word_end(key))


def listed(word: str) -> bool:
    """A word of the lists of given names or surnames (not one that only ends as surnames do:
    `Vattenläcka`), an everyday word too or not."""
    key = word.casefold()
    return key in given_names() or key in family_names()


def name_like(word: Word) -> bool:
    """A capitalised word that could be part of a name."""
    key = word.key
    if not word.capital or key in NO_NAME_WORDS or key.split("-")[0] in NOT_A_NAME:
        return False
    if key[:2] in ("i'", "i’"):
        return False  # "ok x I'll send it": the pronoun (round sixteen)
    return key not in stop_words() or key in given_names() or key in family_names()


def sentence_start(text: str, words: list[Word], index: int) -> bool:
    if index == 0:
        return True
    gap = text[words[index - 1].end : words[index].start]
    return any(mark in gap for mark in '.!?:\n"(')


def _cue_before(text: str, words: list[Word], index: int) -> str | None:
    """The cue word right before words[index] ("hej", "VD", "Dr.", "ring"), if any."""
    if index == 0:
        return None
    before = words[index - 1]
    gap = text[before.end : words[index].start]
    if before.key in SIGN_OFF_LINES and gap.strip(" \n") in ("", ",") and gap.count("\n") == 1:
        return before.key  # "Vänliga hälsningar,\nAušra Skujiņš"
    if gap.strip() not in ("", ",", ".", ":") or "\n" in gap:
        return None
    key = before.key
    if key in CUES:
        return key
    if index >= 2 and key == "till" and words[index - 2].key == "skriv":
        return "skriv till"
    if index >= 2 and (words[index - 2].key, key) in ADDRESSED_TO and gap.strip() == ":":
        return "addressed to"  # "Bill to: Raymond Vestin"
    if key in ("i'm", "i’m") or (index >= 2 and (words[index - 2].key, key) in NAME_IS):
        return "name is"  # "Mitt namn är Aušra", "my name is ...", "I'm Salimah"
    return None


SIGN_OFF_LINES = SIGN_OFFS | words("hälsning greetings wishes hilsen terveisin pozdrawiam")
_HONORIFICS = words("dr doktor mr mrs ms miss mx prof")


def _titled_surname(cue: str, word: Word) -> bool:
    """A listed surname that is a word too after an honorific (`Dr Cross`, `Mrs Price`; round
    fifty-six, dev-gt)."""
    return cue in _HONORIFICS and word.key in family_names()


# Titles that a surname in lower case follows in chat (`dr ramirez`, `doktor boiko`).
NAME_IS = frozenset({("namn", "är"), ("name", "is"), ("name", "was"), ("name's", "is")})
ADDRESSED_TO = frozenset({("bill", "to"), ("ship", "to"), ("sold", "to"), ("sent", "to")})


_NEXT_ITEM = re.compile(r"[ \t]*\n[ \t]*\d{1,3}[.)][ \t]")


def extend(text: str, words: list[Word], last: int, lower: bool) -> int:
    """The index of the last word of a name whose word `last` is known to be part of it."""
    count = 0
    while last + 1 < len(words) and count < 3:
        nxt = words[last + 1]
        if text[words[last].end : nxt.start] != " ":
            break
        if lower and not (nxt.text.islower() and surname(nxt.text)):
            break
        if nxt.key in WEEKDAYS:
            break  # "with Caroline Evans Monday to Thursday"
        before = words[last]
        known = name_like(nxt) or _surname_after_name(nxt) or _place_as_surname(before, nxt)
        known = known or _word_surname(before, nxt)
        if not lower and not known:
            break
        after = text[nxt.end : nxt.end + 20].strip()
        listed = _NEXT_ITEM.match(text, nxt.end) is not None  # a list's next `2.` (round 58)
        if re.match(r"\d{1,4}(?![\d-])", after) and not (listed or PHONE_AFTER.match(after)):
            break  # "Anna Lindhs plats 4" is a street; "Minnie Long 070-123 45 67", "Andres
            # Kukk 27901160" (a long number: no house's; round thirty-two) are not
        last += 1
        count += 1
    return last


def _place_as_surname(before: Word, word: Word) -> bool:
    """A place or brand word right after a known given name (`Hjalmar Lund`, `Roland Ericsson`)."""
    if not (word.capital and given(before.text)) or word.key in stop_words():
        return False
    brand = word.key in BLOCKED and word.key in family_names()
    return word.key in PLACES or brand


def _word_surname(before: Word, word: Word) -> bool:
    """A capitalised surname that is a word right after a known given name (`Brenda Good`,
    `Arlene French`, `Kerstin Bishop`; round forty-two)."""
    if not (word.capital and before.capital) or word.key in stop_words() or word.text.isupper():
        return False  # in capitals a word is as likely (`BERTIL RING MIG`)
    if before.key in SEASONS:
        return False  # `Summer Fair`, `Winter Ball`: an event
    return word.key in word_surnames() and (given(before.text) or before.key in given_names())


SEASONS = frozenset({"summer", "winter", "spring", "autumn", "easter", "christmas"})


def _surname_after_name(word: Word) -> bool:
    """A capitalised known surname that is also a product or org word (`David Jenkins`)."""
    return word.capital and word.key in family_names() and word.key not in PLACES


def _name_at(text: str, words: list[Word], index: int, swedish: bool) -> tuple[int, float] | None:
    """(index of the last word, score) when a name starts at words[index]."""
    word = words[index]
    if index > 0 and words[index - 1].key in ("san", "santa", "saint", "sankt", "st", "s:t"):
        return None  # "Santa Monica", "San Francisco", "S:t Eriks"
    cue = _cue_before(text, words, index)
    if word.capital and role_compound(word.key) and not known_name(word.text):
        return None  # `Kursledaren Anna`: the name is `Anna`
    if not word.capital:
        return names_lowercase.name_at(text, words, index, cue)
    after_cue = cue is not None and (word.key not in NOT_A_NAME or _titled_surname(cue, word))
    if after_cue and word.key in stop_words():
        after_cue = word.key in AMBIGUOUS or word.key in given_names()
    if not after_cue and no_word(word.key) and _named_by_shape(text, words, index):
        return index, 0.5  # "Det var Vedad som", "at Waris's request", "son X will"
    if _me_after(text, words, index):
        return index, 0.6  # "Per och jag kommer", "Juni and I will load" (round thirty-three)
    if not name_like(word) and not after_cue:
        return None
    last = extend(text, words, index, lower=False)
    if given(word.text) or cue:
        return last, 0.8 if last > index or cue else 0.6
    following = words[index + 1 : last + 1]
    if following and any(known_name(w.text) for w in following):
        if word.key in stop_words() and not known_name(word.text):
            return None
        return last, 0.75
    opens = sentence_start(text, words, index)
    if surname(word.bare) and (not opens or _in_brackets(text, word) or _ranked(text, word)):
        if last == index and _place_preposition(words, index):
            return None  # "the shipment from Rotterdam": a lone surname-like word after "from"
        return last, 0.6
    if verb_after(text, words, last):
        return last, 0.6
    if following and verb_after(text, words, last, PAIR_VERBS):
        return last, 0.5  # "Remiss: Nikodem Kusztal född ...", "Maks Meissner har flyttat"
    clause = index > 0 and ";" in text[words[index - 1].end : word.start]  # "...; Kovalchuk has"
    alone = not following and (sentence_start(text, words, index) or clause)
    if alone and verb_after(text, words, last, PAIR_VERBS) and no_word(word.key):
        return last, 0.5  # "Bylund har ännu inte svarat", "O'Hea has not replied"
    if not following and _colon_after_preposition(text, words, index) and no_word(word.key):
        return last, 0.5  # "Återkoppling till Eşref: ...", "New address for Yasmiin: ..."
    if _team_after(text, words, last):
        return last, 0.5  # "Melwin från supporten says ..."
    if following and not sentence_start(text, words, index):
        return last, 0.5  # two capitalised words inside a sentence
    if following and _id_after(text, words[last].end):
        return last, 0.5  # "Journalanteckning: Mursal Asfaha (710514-6034)"
    if not following and _vocative(text, words, index):
        return last, 0.5  # "We have received your application, Jawad."
    if not following and _proper_noun(text, words, index):
        return last, 0.45  # "..., Esfandyar tar hennes pass": a capitalised word mid-sentence
    return None


def _me_after(text: str, words: list[Word], index: int) -> bool:
    """A listed given name (a word too, maybe) then `och jag`, `and I` or `& me` (`ME_AFTER`),
    inside a sentence or at its start; not a kin's word (`Mamma och jag`, `Bror och jag`)."""
    word = words[index]
    if ME_AFTER.match(text, word.end) is None:
        return False
    return word.key in given_names() and word.key not in KIN | _ELDERS


# Round thirty-three: `och jag`, `and I`, `& me` after a word (`Per och jag`).
ME_AFTER = re.compile(r"[ \t]+(?:och|and|&)[ \t]+(?:jag|I|me|mig)(?![\w'’-])")
_ELDERS = words("mormor morfar farmor farfar grandma grandpa nan nana granny gran")
KIN = words(
    "son daughter wife husband partner mother father brother sister dotter fru make maka "
    "mamma pappa bror syster sambo mum mom dad grandson granddaughter barnbarn"
)
WHO = words("som who that")


def _named_by_shape(text: str, words: list[Word], index: int) -> bool:
    """One capitalised word of no language where only a person fits: `det var X som` / `it
    was X who`, a possessive inside a sentence before a lower-case word (`at X's request`), or
    after a kinship word (`the patient's son X`)."""
    word = words[index]
    nxt = words[index + 1] if index + 1 < len(words) else None
    if nxt is not None and nxt.capital and nxt.start - word.end < 3:
        return False
    if it_was(words, index) and nxt is not None and nxt.key in WHO:
        return True
    if word.text.endswith(("'s", "’s")) and not sentence_start(text, words, index):
        return nxt is not None and nxt.text.islower()
    return index > 0 and words[index - 1].key in KIN and not sentence_start(text, words, index)


def named_by_shape_at(text: str, start: int) -> bool:
    """Whether the word at `start` is a name by `_named_by_shape` (the tagger does not veto
    it: only a person fits there)."""
    words = [Word(m.group(), m.start(), m.end()) for m in WORD.finditer(text)]
    for index, word in enumerate(words):
        if word.start != start or not no_word(word.key):
            continue
        if _named_by_shape(text, words, index) or _colon_after_preposition(text, words, index):
            return True  # "Återkoppling till Eşref: ..."
        alone = index + 1 >= len(words) or not words[index + 1].capital
        return (
            alone
            and sentence_start(text, words, index)
            and verb_after(text, words, index, PAIR_VERBS)
        )  # "Bylund har ännu inte svarat"
    return False


def no_word(key: str) -> bool:
    """Not an everyday word of Swedish or English at all (Zipf under 3, not in one language's
    word list): `Bylund`, `Eşref`, not `Fakturan`, `Grafana` is the price."""
    from rung.privacy.tagger import everyday_zipf, one_language

    if key in NOT_A_NAME or key in stop_words() or key in TEAMS or key.endswith(NOUN_ENDINGS):
        return False
    if len(key) > 11:  # a Swedish compound (`Handläggningstiden`) more likely than a name
        return False
    return max(everyday_zipf(key)) < 3 and key not in one_language()


def _colon_after_preposition(text: str, words: list[Word], index: int) -> bool:
    """`till X:` / `for X:`: one word between a preposition and a colon (whom it is for)."""
    if index == 0 or words[index - 1].key not in ("till", "for", "för", "to", "från", "from"):
        return False
    return text[words[index].end : words[index].end + 1] == ":"


def _proper_noun(text: str, words: list[Word], index: int) -> bool:
    """One capitalised word inside a sentence, not after a place preposition nor next to another
    capitalised word, not before a number: in Swedish and English, most likely a name."""
    word = words[index]
    if sentence_start(text, words, index) or word.key in stop_words() or "-" in word.text:
        return False
    if any(ch.isupper() for ch in word.text[1:]):
        return False  # "PostNord", "iPhone"
    if word.key in NOT_A_NAME or word.key in TEAMS or word.key.endswith(NOUN_ENDINGS):
        return False
    if index > 0 and (words[index - 1].capital or words[index - 1].text.isupper()):
        return False
    if (
        index + 1 < len(words)
        and words[index + 1].capital
        and words[index + 1].start - word.end < 3
    ):
        return False  # "Northern Virginia", "Rosa Huset"
    if word.start > 0 and text[word.start - 1].isalnum():
        return False
    if words[index - 1].key in ("de", "du", "la", "le", "di", "da", "van", "von", "rue"):
        return False
    if _place_preposition(words, index) or words[index - 1].key in ("the", "a", "an", "den", "det"):
        return False
    return not re.match(r"\s?[-\d(]", text[word.end : word.end + 2])


PLACE_PREPOSITIONS = words("from to in at near via från till i på vid mot utanför nära")


def _place_preposition(words: list[Word], index: int) -> bool:
    """A lone word after `from`/`till`/... that rung's own surname list does not hold."""
    word = words[index]
    if index == 0 or word.key in lexicon("surnames.txt") or given(word.text):
        return False
    if words[index - 1].key in ("till", "från") and no_word(word.key):
        return False  # "Överlämning från Ghunayn till Tijmen": no word, likely no town either
    return words[index - 1].key in PLACE_PREPOSITIONS


def _id_after(text: str, end: int) -> bool:
    """A number in brackets or after a comma right after a name (a personal number, a DOB)."""
    return re.match(r"(?:,\s|\s\()\d{6}", text[end : end + 10]) is not None


def _vocative(text: str, words: list[Word], index: int) -> bool:
    """One capitalised word that closes a sentence after a comma or after a greeting that opens
    it: `..., Winta.`, `Thanks for your help yesterday Baraa!`, `Har någon sett Yalda?`."""
    word = words[index]
    if word.key in stop_words() or sentence_start(text, words, index):
        return False
    after = text[word.end : word.end + 1]
    if after not in ("", ".", "!", "?"):
        return False
    before = text[words[index - 1].end : word.start]
    if before == ", ":
        return not words[index - 1].capital  # not a list of places: "Oslo, Bergen."
    first = index
    while first > 0 and not sentence_start(text, words, first):
        first -= 1
    return words[first].key in GREETINGS | VERBS and index - first <= 8


# Verbs that say a person did something, right after a capitalised word: "Estelle ringde".
NOUN_ENDINGS = ("ningen", "heten", "ionen", "andet", "endet", "arna", "erna", "orna", "skapet")


# Verbs that follow a two-word name at the start of a sentence (not after one capitalised word:
# "Stora Torget är" is caught by the place words, "Fakturan har" by being one word).
PAIR_VERBS = words(
    """
    har hade är var blir bor når född föddes flyttade flyttar behöver ska vill kan mår
    has had is was lives moved needs will wants can cannot born reported joined left
    kommer kom e slutar jobbar sitter åker comes isn't won't can't
    """
)


_RANK = re.compile(r"(?:\A|[\s,;:(])\d{1,3}\.[ \t]+\Z")


def _ranked(text: str, word: Word) -> bool:
    """A surname of rung's own list or shaped like one after a list's rank (`1. Salihović 71,
    2. ...`; round twenty-two), not a lower-case word's."""
    own = word.key in lexicon("surnames.txt") or shaped_surname(word.text)
    return own and _RANK.search(text, max(0, word.start - 8), word.start) is not None


def _in_brackets(text: str, word: Word) -> bool:
    """A surname of rung's own list or shaped like one alone in brackets (`ovanför (Svensson).`,
    `(Davies' property)`; not a pet's or a breed's name of the public lists, `(Labrador)`)."""
    own = word.key in lexicon("surnames.txt") or shaped_surname(word.text)
    if word.start == 0 or text[word.start - 1] != "(" or not own:
        return False
    return text[word.end : word.end + 1] in (")", "'", "’")


def verb_after(
    text: str, words: list[Word], last: int, verbs: frozenset[str] = PERSON_VERBS
) -> bool:
    if last + 1 >= len(words):
        return False
    nxt = words[last + 1]
    if words[last].key.endswith(NOUN_ENDINGS):
        return False  # "Inloggningen kom": a Swedish noun in its definite form
    return text[words[last].end : nxt.start] == " " and nxt.key in verbs


def _team_after(text: str, words: list[Word], last: int) -> bool:
    """`X från supporten`, `X from billing`: a person named by where they work."""
    if last + 2 >= len(words) or words[last].key.endswith(NOUN_ENDINGS):
        return False
    link, team = words[last + 1], words[last + 2]
    spaced = text[words[last].end : link.start] == " " and text[link.end : team.start] == " "
    return spaced and link.key in ("från", "from", "på", "at", "i", "in") and team.key in TEAMS


def shaped_surname(word: str) -> bool:
    key = word.casefold()
    if len(key) < 5 or not key.endswith(SURNAME_ENDINGS) or key in stop_words():
        return False
    if not key.endswith(names_sv.SURNAME_ENDINGS) and swedish_word_end(key):
        return False  # `Studiesjuksköterska`
    return not key.endswith("nen") or finnish_shaped(key)  # `Virtanen`, not `tidplanen`


_SWEDISH_HINTS = words(
    "och är att på för med till har jag du vi det som inte kan om eller av den från hos min "
    "mitt din ditt vår ska går skicka ring hej tack när efter innan"
)


def looks_swedish(text: str) -> bool:
    """Whether `text` reads as Swedish (or mixed): å, ä, ö or Swedish function words."""
    words = re.findall(r"[a-zåäö]+", text.casefold())
    hits = sum(1 for word in words if word in _SWEDISH_HINTS)
    return (hits >= 1 and hits * 10 >= len(words)) or bool(re.search(r"[åäö]", text.casefold()))


def find_names(text: str, swedish: bool = True) -> list[tuple[int, int, float]]:
    """(start, end, score) of every name found by lexicon, cue and shape."""
    words = [Word(m.group(), m.start(), m.end()) for m in WORD.finditer(text)]
    found: list[tuple[int, int, float]] = []
    index = 0
    while index < len(words):
        span = _name_at(text, words, index, swedish)
        if span is None and found and _from_to(text, found[-1], words[index]):
            span = extend(text, words, index, lower=False), 0.5  # "från Alayna till Christine"
        if span is None and found and _coordinated(text, found[-1][1], words[index]):
            span = extend(text, words, index, lower=False), 0.6
        if span is None and found and _lower_coordinated(text, found[-1], words[index]):
            span = index, 0.5  # "is it xamdi or taban who", "lunch med x och y"
        if span is None:
            index += 1
            continue
        last, score = span
        if index >= 2 and _coordinated(text, words[index - 2].end, words[index]):
            previous = words[index - 2]  # "Tecimer och Sagal": the word before `och` too
            if name_like(previous) and (not found or found[-1][1] <= previous.start):
                found.append((previous.start, previous.end, 0.6))
        end = words[last].end
        if words[last].text.endswith(("'s", "’s")):
            end -= 2
        found.append((words[index].start, end, score))
        index = last + 1
    return found


def _lower_coordinated(text: str, previous: tuple[int, int, float], word: Word) -> bool:
    """A rare lower-case word after a lower-case name and `or`/`och`/...: a name too."""
    between = text[previous[1] : word.start].casefold()
    if between not in (" och ", " and ", " eller ", " or ", " & "):
        return False
    name = text[previous[0] : previous[1]]
    return name.islower() and word.text.islower() and len(word.key) >= 3 and rare(word.key)


def _from_to(text: str, previous: tuple[int, int, float], word: Word) -> bool:
    """`från X till Y`, `from X to Y`: when X is a name, a capitalised Y is one too."""
    between = text[previous[1] : word.start]
    before = text[max(0, previous[0] - 6) : previous[0]].casefold()
    if between not in (" till ", " to ") or not before.endswith(("från ", "from ")):
        return False
    return name_like(word) and not word.text.endswith(("'s", "’s"))


def _coordinated(text: str, previous_end: int, word: Word) -> bool:
    """`word` follows a name after `och`, `and` or `&`, and could be a name itself."""
    between = text[previous_end : word.start].casefold()
    possessive = word.text.endswith(("'s", "’s"))
    return (
        between in (" och ", " and ", " & ", " eller ", " or ")
        and name_like(word)
        and (not possessive)
    )
