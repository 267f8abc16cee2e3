"""Training text for the name tagger (`rung.privacy.tagger`), never used for scoring.

    python data/pii/generate_train.py   # writes data/pii/generated-train.jsonl (not committed)

Names come only from the public lists' words OUTSIDE the held-out eighth
(`name_sources.heldout_c` false), so held-out C and D share no name with the training text.
A third of the names are made-up name-shaped words (two halves of real names joined:
`Kar` + `nea`), so that the tagger learns the places and shapes of names rather than the
names. Templates are written for this file (none from generate*.py): support, HR, care,
chat, invoices, and sentences with capitalised words that are not names; Swedish, English and
mixed. Same seed, same output.
"""

from __future__ import annotations

import hashlib
import random
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from build import parse, write_rows  # noqa: E402
from generate import mark  # noqa: E402
from name_sources import all_names, heldout_c  # noqa: E402

SEED = 15501
SIZE = 9000
TRAIN = HERE / "generated-train.jsonl"
TITLES = (
    "VD", "vd", "Dr", "Dr.", "doktor", "överläkaren", "sjuksköterskan", "chefen", "HR-chef",
    "rektor", "Mr", "Mrs", "Ms", "Prof.", "professor", "nurse", "manager", "Director",
    "Officer", "handläggaren", "kurator", "Sgt.", "ST-läkare", "Senior Consultant",
)  # fmt: skip
ORGS = (
    "Volvo Cars", "Spotify", "Skatteverket", "Region Uppsala", "Kundtjänst", "Acme AB",
    "Nordea", "Microsoft Teams", "Google Drive", "Service Desk", "Finance", "Legal",
    "Customer Success", "Team Alpha", "Project Phoenix", "Release Train", "Stockholm",
    "Göteborg", "Malmö", "Berlin", "Oslo", "London", "Helsingfors", "Nacka", "Azure",
    "Jira", "Confluence", "Kubernetes", "Outlook", "Excel", "Black Friday", "Q3 Review",
)  # fmt: skip
TEMPLATES = [
    # Swedish
    "Hej {F}, tack för ditt mejl.",
    "Hej {F}!",
    "Tjena {f}, läget?",
    "{P} har ringt tre gånger om leveransen.",
    "Kan {F} ta över ärende 1182 från {P}?",
    "{T} {L} godkände ledigheten.",
    "{T} {P} har skrivit remissen.",
    "Ansökan från {H} har kommit in.",
    "Vi välkomnar {M} till {O}!",
    "Patienten {P} klagar på yrsel, bedömd av {T} {L}.",
    "Anhörig: {P}, dotter.",
    "Faktura till {P}, betalas senast 30/4.",
    "Med vänlig hälsning,\n{P}",
    "Mvh {F}",
    "/{F}",
    "Hälsningar\n{F} {L}\n{O}",
    "Jag heter {P} och har en fråga om {O}.",
    "Mitt namn är {F}.",
    "{F} och {F} jobbar i helgen.",
    "{L} meddelar att servern är nere.",
    "Prata med {F} i receptionen.",
    "Skicka det till {P} på {O}.",
    "Enligt {P} stämmer inte beloppet.",
    "{F} är sjuk, {F} vikarierar.",
    "Möte: {P}, {P} och {F}.",
    "Kontakt: {P}",
    "Tack {F}!",
    "frågade {f} om lösenordet",
    "{f} har du tid?",
    "säg till {f} att jag är sen",
    "{pl} ringde om {O}",
    "hej {f}",
    "{f}!! grymt jobbat",
    "jag pratade med {f} igår",
    "{f} o {f} fixar det",
    "{O} har driftstörning sedan morgonen.",
    "{O} och {O} byter leverantör.",
    "Läs mer på {O} under Rutiner.",
    "Mötet i {O} flyttas till Tisdag.",
    # English
    "Hi {F}, thanks for reaching out.",
    "Dear {T} {L},",
    "Dear {P},\nyour order has shipped.",
    "{P} has called three times about the delivery.",
    "Can {F} take over ticket 1182 from {P}?",
    "{T} {L} approved the leave.",
    "Application from {H} received.",
    "Please welcome {M} to {O}!",
    "Patient {P} reports dizziness, seen by {T} {L}.",
    "Next of kin: {P}, daughter.",
    "Invoice for {P}, payable by April 30.",
    "Best,\n{F}",
    "Regards,\n{P}\n{O}",
    "Cheers, {F}",
    "My name is {P} and I have a question about {O}.",
    "I am {F}.",
    "{F} and {F} are on call this weekend.",
    "{L} says the server is down.",
    "Ask {F} at the front desk.",
    "Send it to {P} at {O}.",
    "According to {P}, the amount is wrong.",
    "{F} is out sick, {F} is covering.",
    "Attendees: {P}, {P} and {F}.",
    "Owner: {P}",
    "Thanks {F}!",
    "asked {f} about the password",
    "{f} you free?",
    "tell {f} i'm late",
    "{pl} called about {O}",
    "hey {f}",
    "{f} nice work!!",
    "i talked to {f} yesterday",
    "{O} has been down since this morning.",
    "{O} and {O} are switching vendors.",
    "See {O} under Procedures.",
    "The meeting in {O} moved to Tuesday.",
    # mixed
    "Hej {F}, can you check this?",
    "Thanks {F}, jag kollar.",
    "{P} says att fakturan är fel.",
    "ping {f} om {O}",
    "{T} {L} is på semester.",
    "Regards / Hälsningar\n{P}",
    # no names: everyday words where names often stand
    "bygget är rött igen, någon som kollar?",
    "uppdatera sidan så funkar det",
    "lunchen är flyttad till halv ett",
    "kaffet är slut på plan 3",
    "servern svarar inte, startar om den",
    "releasen blev försenad igen",
    "Uppdatera appen innan mötet.",
    "Handläggningstiden är just nu sex veckor.",
    "Leveransen kommer på Torsdag enligt {O}.",
    "Backloggen gås igenom på fredag.",
    "Kvittot bifogas som PDF.",
    "Ärendet stängs automatiskt efter 14 dagar.",
    "Fakturan är betald, tack!",
    "build is red again, anyone looking?",
    "refresh the page and it works",
    "standup moved to 10",
    "coffee machine is broken on floor 3",
    "Update the app before the meeting.",
    "Processing time is currently six weeks.",
    "Delivery arrives on Thursday according to {O}.",
    "Sprint Review and Retro are merged this week.",
    "The receipt is attached as a PDF.",
    "Tickets close automatically after 14 days.",
    "Invoice paid, thanks!",
    "Support svarar inom 24 timmar, promise.",
    "deployen gick bra, great job everyone",
]


# Round five: harder negatives, everyday words where the tagger took them for names (a
# capitalised word opening a sentence, a word of the other language, a Title Case phrase).
# {S}/{E}: a Swedish/English everyday word, capitalised; {s}/{e}: the same in lower case.
NEGATIVE_TEMPLATES = [
    "{S} från {P} har kommit in.",
    "{S} av {T} {L} efter besöket.",
    "{S} för version 4.2 finns på wikin.",
    "{S} till {F} senast fredag.",
    "{S} {s} {s} i morgon.",
    "{P} är fortfarande {e}.",
    "Fakturan från {P} är {e}, enligt {F}.",
    "Vi har {s} {s} med {F}.",
    "{S}:\n{P}",
    "{E} by {T} {L} after the visit.",
    "{E} from {F} to {F} before the weekend.",
    "Please {e} and return to {P}.",
    "{E} {E} starts next week.",
    "The {E} {E} team owns this.",
    "{E} for version 4.2 is on the wiki.",
    "{P} is still {e}, says {F}.",
    "{E}:\n{P}",
    "{P} har bytt {e} igen.",
    "{E} är klar, {F} testar den.",
    "Hej {F}, {s} {e} är {s}.",
    "{s}en är {s} igen, {f} kollar",
    "ok {s} {e}-en nu",
    "{e} {e} again, can {f} look?",
    "har {f} fixat {e}-appen?",
    "{S}-appen kraschar när {F} loggar in.",
    "{E}-teamet och {P} har möte.",
]
NEGATIVE_SHARE = 0.3  # round eleven: 0.15 -> 0.3, as the dev templates were added (train_templates)


def everyday_words(names: set[str]) -> tuple[list[str], list[str]]:
    """(Swedish, English) everyday words that are in no name list: Zipf 3+ in one language."""
    path = HERE.parents[1] / "src" / "rung" / "privacy" / "lexicons" / "everyday-words.txt"
    swedish, english = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        word, sv, en = line.split()
        if len(word) < 3 or not word.isalpha() or word in names:
            continue
        if int(sv) >= 3 and int(sv) > int(en):
            swedish.append(word)
        elif int(en) >= 3 and int(en) > int(sv):
            english.append(word)
    return swedish, english


def negatives(draw: TrainDraw, count: int, seed: int) -> list[dict[str, object]]:
    """Sentences whose everyday words stand where names often do (labelled O)."""
    given_by_source, family_by_source = all_names()
    names = {
        w.casefold() for t in (given_by_source, family_by_source) for s in t.values() for w in s
    }
    swedish, english = everyday_words(names)
    rng = random.Random(seed)
    rows: list[dict[str, object]] = []
    for number in range(count):
        template = rng.choice(NEGATIVE_TEMPLATES)
        for slot, words in (("{S}", swedish), ("{E}", english), ("{s}", swedish), ("{e}", english)):
            while slot in template:
                word = rng.choice(words)
                template = template.replace(slot, word.capitalize() if slot.isupper() else word, 1)
        text, spans = parse(fill(template, draw))
        rows.append(
            {"id": f"train-neg-{number + 1:05d}", "lang": "?", "text": text, "spans": spans}
        )
    return rows


def name_bucket(word: str) -> int:
    """A second stable split of the training words: halves for made-up names (0 train, 1 val)."""
    return hashlib.sha256(("rung-tagger:" + word.casefold()).encode()).digest()[0] % 2


class TrainDraw:
    """Names outside the held-out eighth, and made-up names from halves of real ones."""

    def __init__(self, seed: int, made_up_bucket: int = 0, made_up_share: float = 0.33) -> None:
        self.rng = random.Random(seed)
        self.made_up_share = made_up_share
        given_by_source, family_by_source = all_names()
        self.sources = sorted(given_by_source)
        self.given = {s: self._allowed(given_by_source[s]) for s in self.sources}
        self.family = {s: self._allowed(family_by_source.get(s, set())) for s in self.sources}
        self.sources = [s for s in self.sources if self.given[s] and self.family[s]]
        words = sorted({w for s in self.sources for w in self.given[s] + self.family[s]})
        self.halves = [w for w in words if name_bucket(w) == made_up_bucket and len(w) >= 4]

    @staticmethod
    def _allowed(words: set[str]) -> list[str]:
        return sorted(w for w in words if not heldout_c(w) and w[:1].isupper())

    def made_up(self) -> str:
        """Two halves of real names joined; never a word of the held-out eighth."""
        while True:
            a, b = self.rng.choice(self.halves), self.rng.choice(self.halves)
            word = (a[: max(2, len(a) // 2)] + b[len(b) // 2 :].lower()).capitalize()
            if not heldout_c(word):
                return word

    def word(self, table: dict[str, list[str]], source: str) -> str:
        if self.rng.random() < self.made_up_share:
            return self.made_up()
        return self.rng.choice(table[source])

    def first(self, source: str | None = None) -> str:
        return self.word(self.given, source or self.rng.choice(self.sources))

    def last(self, source: str | None = None) -> str:
        return self.word(self.family, source or self.rng.choice(self.sources))

    def person(self) -> str:
        source = self.rng.choice(self.sources)
        roll = self.rng.random()
        if roll < 0.08:
            return f"{self.first(source)}-{self.first(source)} {self.last(source)}"
        if roll < 0.14:
            return f"{self.first(source)} {self.last(source)}-{self.last(source)}"
        if roll < 0.22:
            return f"{self.first(source)} {self.first(source)} {self.last(source)}"
        return f"{self.first(source)} {self.last(source)}"

    def multi(self) -> str:
        source = self.rng.choice(self.sources)
        first, last = self.first(source), self.last(source)
        particle = self.rng.choice(("van der", "de", "al-", "bin", "von", "di", "", ""))
        if particle == "al-":
            return f"{first} al-{last}"
        if particle:
            return f"{first} {particle} {last}"
        return f"{first} {self.first(source)} {last} {self.last(source)}"


def fill(template: str, draw: TrainDraw) -> str:
    values: dict[str, Callable[[], str]] = {
        "{P}": lambda: mark("PERSON", draw.person()),
        "{F}": lambda: mark("PERSON", draw.first()),
        "{L}": lambda: mark("PERSON", draw.last() if draw.rng.random() < 0.6 else draw.person()),
        "{f}": lambda: mark("PERSON", draw.first().lower()),
        "{pl}": lambda: mark("PERSON", draw.person().lower()),
        "{H}": lambda: mark("PERSON", f"{draw.first()}-{draw.first()} {draw.last()}"),
        "{M}": lambda: mark("PERSON", draw.multi()),
        "{T}": lambda: draw.rng.choice(TITLES),
        "{O}": lambda: draw.rng.choice(ORGS),
    }
    for slot, make in values.items():
        while slot in template:
            template = template.replace(slot, make(), 1)
    return template


def generate(
    seed: int = SEED, size: int = SIZE, validation: bool = False
) -> list[dict[str, object]]:
    """Training text, or (`validation`) the validation text: every fifth template, held back
    from training, with made-up names (60%) from the other half of the words."""
    draw = TrainDraw(seed + validation, int(validation), 0.6 if validation else 0.33)
    templates = [t for i, t in enumerate(TEMPLATES) if (i % 5 == 4) == validation]
    rows: list[dict[str, object]] = []
    for number in range(size):
        text, spans = parse(fill(draw.rng.choice(templates), draw))
        rows.append({"id": f"train-{number + 1:05d}", "lang": "?", "text": text, "spans": spans})
    if not validation and NEGATIVE_SHARE > 0:
        rows += negatives(draw, int(size * NEGATIVE_SHARE), seed + 5)
    return rows


def main() -> None:
    rows = generate()
    write_rows(rows, TRAIN)


if __name__ == "__main__":
    main()
