"""Round thirty-five: a learned second opinion on names in texts about animals.

In a text about animals (`animal_text`), a name that the rules kept may
still be a pet's (`Puppies: Kerstin (pink)`, `blod från Brenda`, `kan du ta Pontus på
lunchpromenad`). A logistic model reads the words around each such PERSON (two tokens either
side, their shapes, the line's start and end, whether the name is listed, whether the same word
is part of a longer name elsewhere in the text) and drops the finding when it is sure enough
that no person is meant. The words of the name itself are no feature: a writer's pet names are
not another writer's.

The weights (`lexicons/pets-model.json`) are built by `data/pii/train_pets_model.py` from the
dev sets' findings before this stage (`data/pii/pets/examples.jsonl`); the threshold was chosen
on held-out dev sets, leaving one set out at a time (docs/privacy.md, round thirty-five).

Off unless a route asks for it (`privacy: {pets_model: true}`): on the held-out animal sets it
raised PERSON precision by less than two points and let more names through (BJ 2.48% ->
3.03%), so the default stays with the rules, which miss fewer people.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache
from importlib import resources

from rung.privacy import names as name_rules
from rung.privacy.findings import Finding
from rung.privacy.name_words import TITLES, words
from rung.privacy.names_animals import ANIMAL_WORD

_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+|\n|[^\w\s]")
_ANIMAL = re.compile(rf"(?<![\w-]){ANIMAL_WORD}(?![\w-])")
_MODEL_FILE = "lexicons/pets-model.json"
# Animal words that are everyday words too (`tax arrears`, `tack för`, `kon`, `golden`): no sign of
# a text about animals on their own.
_AMBIGUOUS = words(
    "tax tik sto ko kon kor hane hona golden lamm russ tacka tackor bagge stut tjur getter föl "
    "mare cob sow pig pigs cat cats dsh ekh pug cow"
)
_CLINIC = re.compile(r"(?i:veterinär|veterinary|djursjukhus|djurklinik|smådjur|animal hospital)")


# Who looks after animals, before a person's name (`Our dog walker Jean`).
_KEEPERS = TITLES | words("walker sitter owner ägare ägaren vet veterinär handler groomer rider")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[.:]?[ \t]+\Z")
_GENITIVE_BEFORE_NAME = re.compile(r"(?:s|'s|’s|'|’)[ \t]+[A-ZÅÄÖ]")
_WITH_ANIMAL = re.compile(
    rf"[ \t]+(?:och|and|&|med|with)[ \t]+(?:the[ \t]+|his[ \t]+|her[ \t]+)?{ANIMAL_WORD}\b"
)


def person_for_sure(text: str, start: int, end: int, people: list[tuple[int, int]]) -> bool:
    """A name the model is not asked about: after a title or a keeper's word (`Officer Bowman`,
    `dog walker Jean`), in a firm's or a place's genitive (`Larssons Djurklinik`), paired with an
    animal named by its word (`Mats och hunden Majken`), of two or more words ending in a
    listed surname (`Colleen Johnson`), or a word of a longer name found in the same text
    (`Ring Karin Lund. Karin är hemma.`)."""
    if _in_longer_name(text, start, end, people):
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is not None and before.group(1).casefold() in _KEEPERS:
        return True
    if _GENITIVE_BEFORE_NAME.match(text, end) or _WITH_ANIMAL.match(text, end):
        return True
    found = name_rules.WORD.findall(text[start:end])
    return len(found) >= 2 and name_rules.surname(found[-1])


def animal_text(text: str) -> bool:
    """Whether `text` is about animals: an animal's word that is no everyday word, or a vet's
    clinic (not `vet` alone: Swedish `vet ni om`)."""
    if _CLINIC.search(text):
        return True
    return any(m.group().casefold() not in _AMBIGUOUS for m in _ANIMAL.finditer(text))


def _shape(token: str) -> str:
    if token == "\n":
        return "NL"
    if token.isdigit():
        return "9"
    if not token[0].isalpha():
        return "P"
    if token.isupper() and len(token) > 1:
        return "AA"
    return "Aa" if token[0].isupper() else "a"


def _word(token: str) -> str:
    if token == "\n":
        return "NL"
    return "9" if token.isdigit() else token.casefold()


_GREETING = re.compile(r"(?i:hej|hejsan|hi|hello|dear|hey|hallå|tack)[ \t,]+\Z")


def features(text: str, start: int, end: int, people: list[tuple[int, int]]) -> list[str]:
    """The features of the PERSON at `start`..`end`; `people`: every PERSON found in `text`."""
    return [
        "bias",
        *_around(text, start, end),
        *_on_its_line(text, start, end, people),
        *_the_name(text, start, end, people),
    ]


def _around(text: str, start: int, end: int) -> list[str]:
    """Three tokens either side (the nearest two with their shapes), and an animal's word near."""
    before = _TOKEN.findall(text[max(0, start - 80) : start])[-3:]
    after = _TOKEN.findall(text[end : end + 80])[:3]
    before = ["<S>"] * (3 - len(before)) + before
    after = after + ["</S>"] * (3 - len(after))
    out = []
    sides = (("l1", before[-1]), ("l2", before[-2]), ("r1", after[0]), ("r2", after[1]))
    for tag, token in (*sides, ("l3", before[-3]), ("r3", after[2])):
        if token in ("<S>", "</S>"):
            out.append(f"{tag}:{token}")
            continue
        out.append(f"{tag}:{_word(token)}")
        if tag[1] != "3":
            out.append(f"{tag}s:{_shape(token)}")
    out.append(f"l1r1:{_word(before[-1]) if before[-1] != '<S>' else '<S>'}|{_word(after[0])}")
    if _ANIMAL.search(text[max(0, start - 30) : start] + " " + text[end : end + 30]):
        out.append("animal_near")
    return out


def _on_its_line(text: str, start: int, end: int, people: list[tuple[int, int]]) -> list[str]:
    """Whether the name opens its line, an animal's word or another PERSON stands on it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = line_end if line_end >= 0 else len(text)
    out = []
    if not text[line_start:start].strip():
        out.append("first_on_line")
    if _ANIMAL.search(text[line_start:line_end]):
        out.append("animal_on_line")
    on_line = [(s, e) for s, e in people if line_start <= s < line_end and (s, e) != (start, end)]
    if on_line:
        out.append("person_before_on_line" if on_line[0][0] < start else "person_after_on_line")
    return out


def _the_name(text: str, start: int, end: int, people: list[tuple[int, int]]) -> list[str]:
    """What the name is, never which: its size, case, lists, and where else it stands."""
    value = text[start:end]
    key = value.casefold()
    words = name_rules.WORD.findall(value)
    out = [f"n:{min(len(words), 3)}"]
    if value.islower():
        out.append("lower")
    elif value.isupper():
        out.append("upper")
    if words:
        given = name_rules.given(words[0])
        out.append("given" if given else "not_given")
        if name_rules.surname(words[-1]):
            out.append("surname")
        if len(words) == 1 and key in pet_names():
            out.append("pet_name_given" if given else "pet_name")
    same = [(s, e) for s, e in people if text[s:e].casefold() == key and (s, e) != (start, end)]
    if _in_longer_name(text, start, end, people):
        out.append("in_longer_name")
    if same:
        out.append("again")
    if any(_GREETING.search(text, max(0, s - 12), s) for s, _ in [*same, (start, end)]):
        out.append("greeted")
    return out


def _in_longer_name(text: str, start: int, end: int, people: list[tuple[int, int]]) -> bool:
    key = text[start:end].casefold()
    return any(e - s > end - start and key in text[s:e].casefold().split() for s, e in people)


@cache
def pet_names() -> frozenset[str]:
    """Names people often give their pets (`lexicons/pet-names.txt`), many a person's too."""
    text = resources.files("rung.privacy").joinpath("lexicons/pet-names.txt").read_text("utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


@cache
def weights() -> tuple[dict[str, float], float]:
    """The model's weights and the probability of a pet above which a name is dropped."""
    raw = resources.files("rung.privacy").joinpath(_MODEL_FILE).read_text("utf-8")
    model = json.loads(raw)
    return dict(model["weights"]), float(model["threshold"])


def probability(table: dict[str, float], found: list[str]) -> float:
    """The logistic model's probability of a pet, from its weights and a name's features."""
    score = sum(table.get(f, 0.0) for f in found)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def pet_probability(text: str, start: int, end: int, people: list[tuple[int, int]]) -> float:
    return probability(weights()[0], features(text, start, end, people))


def without_likely_pets(findings: list[Finding], text: str) -> list[Finding]:
    """`findings` less the PERSONs the model takes for animals, in a text about animals."""
    if not animal_text(text):
        return findings
    people = [(f.start, f.end) for f in findings if f.kind == "PERSON"]
    _, threshold = weights()
    return [
        f
        for f in findings
        if f.kind != "PERSON"
        or person_for_sure(text, f.start, f.end, people)
        or pet_probability(text, f.start, f.end, people) <= threshold
    ]
