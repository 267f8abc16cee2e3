"""More varied training text for the name tagger: the dev sets' templates with training names.

    python data/pii/train_templates.py   # prints a sample (train_tagger.py uses `generate`)

The templates of the generators of dev-e ... dev-j (`templates_e.py` ... `templates_j.py`: forms,
tables, signatures, letters, tickets, chat, HR and medical notes, invoices; Swedish, English and
mixed), each filled by that generator's own slot code (addresses, titles, surname first,
initials, capitals, ...), but with names drawn as `generate_train.TrainDraw` draws them: public
names outside the held-out eighth (`name_sources.heldout_c`), a share made up from halves of two
of them, and never a word of any held-out set's pool (`names-e.txt` ... `names-k.txt`) nor of
held-out K's or C's text. So the tagger sees the dev sets' contexts, not their names, and
nothing of K. Same seed, same text.
"""

from __future__ import annotations

import importlib
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from generate_e import draw_rows  # noqa: E402
from generate_train import TrainDraw  # noqa: E402

LETTERS = ("e", "f", "g", "h", "i", "j")
PER_SET = 1500
MADE_UP_SHARE = 0.4
HELDOUT_TEXTS = ("generated-heldout-c.jsonl", "generated-heldout-k.jsonl")


def banned_words() -> set[str]:
    """Every name word of a held-out pool, and every word of the held-out sets' text."""
    words: set[str] = set()
    for pool in sorted(HERE.glob("names-*.txt")):
        for line in pool.read_text(encoding="utf-8").splitlines():
            if "\t" in line and not line.startswith("#"):
                words.add(line.split("\t")[2].casefold())
    for name in HELDOUT_TEXTS:
        for line in (HERE / name).read_text(encoding="utf-8").splitlines():
            words |= {w.casefold() for w in re.findall(r"[^\W\d_]+", json.loads(line)["text"])}
    return words


class TrainNames:
    """Stands in for a dev generator's `DrawE` name methods: training names, not a pool."""

    def __init__(self, seed: int, train: TrainDraw, banned: set[str]) -> None:
        self.rng = random.Random(seed)
        self.banned = banned
        self.given = {s: self._kept(train.given[s]) for s in train.sources}
        self.family = {s: self._kept(train.family[s]) for s in train.sources}
        self.origins = [s for s in train.sources if self.given[s] and self.family[s]]
        self.weights = {s: 1 for s in self.origins}
        self.halves = [w for w in train.halves if w.casefold() not in banned]

    def _kept(self, words: list[str]) -> list[str]:
        return [w for w in words if w.casefold() not in self.banned]

    def made_up(self) -> str:
        from name_sources import heldout_c

        while True:
            a, b = self.rng.choice(self.halves), self.rng.choice(self.halves)
            word = (a[: max(2, len(a) // 2)] + b[len(b) // 2 :].lower()).capitalize()
            if not heldout_c(word) and word.casefold() not in self.banned:
                return word

    def _pick(self, table: dict[str, list[str]], origin: str) -> str:
        if self.rng.random() < MADE_UP_SHARE:
            return self.made_up()
        return self.rng.choice(table[origin])


# Negatives for the text above (labelled O where a name could stand): chat in lower case with
# English loanwords in Swedish form (`pr:en`, `deployen`, `mergea`) or plain, and Swedish
# compound nouns in the definite form opening a sentence. {x}: a loanword, {C}: a compound;
# {f}/{F}: a training name (labelled).
NEGATIVE_TEMPLATES = [
    "när {x} är klar så pingar jag {f}", "{x} är grön igen", "kan nån kolla {x}?",
    "har ni sett {x} från igår", "fixade {x} nu, tack {f}", "{x} funkar inte på min dator",
    "ok {x} är mergad", "vem äger {x}?", "{f} kör {x} i eftermiddag", "väntar på {x} fortfarande",
    "the {x} is green again", "anyone looked at the {x}?", "{x} is broken again, {f} on it",
    "fixed the {x} yesterday", "waiting on the {x} still", "who owns the {x}?",
    "{C} är fyra veckor just nu.", "{C} har ändrats, se intranätet.",
    "Tack {F}. {C} kommer i mars.", "{C} gäller från 1 januari.", "Hej {F}! {C} är uppdaterad.",
    "{C} skickas till {F} i dag.",
]  # fmt: skip
SUFFIXES = ("en", "et", "n", "arna", "a", "ade", ":en", "", "", "")


def negatives(draw: TrainNames, count: int) -> list[dict[str, object]]:
    """Sentences with loanwords and compounds where names often stand (labelled O)."""
    from build import parse
    from generate_e import mark

    table = HERE.parents[1] / "src" / "rung" / "privacy" / "lexicons" / "everyday-words.txt"
    english, swedish = [], []
    for line in table.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        word, sv, en = line.split()
        if len(word) >= 4 and word.isalpha() and word.casefold() not in draw.banned:
            if int(en) >= 4 and int(sv) <= 2:
                english.append(word)
            elif int(sv) >= 3 and int(en) <= 1:
                swedish.append(word)
    rows: list[dict[str, object]] = []
    for number in range(count):
        template = draw.rng.choice(NEGATIVE_TEMPLATES)
        while "{x}" in template:
            word = draw.rng.choice(english) + draw.rng.choice(SUFFIXES)
            template = template.replace("{x}", word, 1)
        while "{C}" in template:
            word = draw.rng.choice(swedish) + draw.rng.choice(swedish)
            word += draw.rng.choice(("en", "et", "na"))
            template = template.replace("{C}", word.capitalize(), 1)
        for slot in ("{f}", "{F}"):
            while slot in template:
                name = draw._pick(draw.given, draw.rng.choice(draw.origins))
                value = name.lower() if slot == "{f}" else name
                template = template.replace(slot, mark("PERSON", value), 1)
        text, spans = parse(template)
        row_id = f"train-neg-k-{number + 1:05d}"
        rows.append({"id": row_id, "lang": "?", "text": text, "spans": spans})
    return rows


NEGATIVE_COUNT = 400


def generate(
    letters: tuple[str, ...] = LETTERS, per_set: int | None = None, seed: int = 31101
) -> list[dict[str, object]]:
    """Rows of the dev generators' templates (`per_set` each, PER_SET by default) with training
    names, and NEGATIVE_COUNT negatives."""
    per_set = PER_SET if per_set is None else per_set
    train = TrainDraw(seed)
    banned = banned_words()
    rows: list[dict[str, object]] = []
    for number, letter in enumerate(letters):
        module: Any = importlib.import_module(f"generate_{letter}")
        templates = importlib.import_module(f"templates_{letter}")
        base = next(v for k, v in vars(module).items() if k == f"Draw{letter.upper()}")
        cls = type(f"Train{letter.upper()}", (TrainNames, base), {})
        draw = cls(seed + number, train, banned)
        sets = (templates.NEGATIVES, templates.TEMPLATES)
        titled = getattr(module, "titled", None)
        extra = getattr(module, "extra", None)
        args = (draw, per_set, f"train-{letter}", (40, 36, 24), (0.08, 0.25), sets)
        rows += draw_rows(*args, titled, extra) if titled else draw_rows(*args)
    if NEGATIVE_COUNT:
        rows += negatives(TrainNames(seed + 99, train, banned), NEGATIVE_COUNT)
    return rows


if __name__ == "__main__":
    for row in random.Random(1).sample(generate(per_set=50), 12):
        print(repr(row["text"]))
