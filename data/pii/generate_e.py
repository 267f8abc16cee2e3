"""Generate held-out set E for personal-data detection (issue 15, round five).

    python data/pii/generate_e.py           # writes data/pii/generated-heldout-e.jsonl
    python data/pii/generate_e.py --pool    # rebuilds data/pii/names-e.txt (needs Faker, names)

Built at the start of round five, BEFORE any tuning of that round; scored twice (a baseline and
once at the end), aggregate figures only, its errors never listed.

**The split E's values come from** (written down, so that no later lexicon or training text
draws from it): a name word is E's when
- it is not in any lexicon (`src/rung/privacy/lexicons/*.txt`, `names_sv.py`), and
- it is not in the tagger's training pool: either in none of the public lists
  (`name_sources.all_names`), or in their held-out eighth (`heldout_c`), which neither the
  lexicons nor `generate_train.py` draw from, and
- it is in no earlier set (no word of any `data/pii/*.jsonl` text, nor of
  `generator_names.ROMANISED`): E shares no name with dev, dev-b, dev-c, C and D.
Words come from two places: the public lists' held-out eighth (Swedish, Nordic, Finnish,
Polish, Balkan, Turkish, English/census locales, Pakistani/Algerian), and romanised names
written for E (`names_e.py`: Arabic, Persian, Somali, Tigrinya, Kurdish, Bosnian, Turkish,
Finnish, Polish, Swedish, English). `--pool` applies the rules and writes the words, per
origin, to `names-e.txt`; the generator reads only that file, so its output depends on nothing
but the seed and this directory (no Faker, no unseeded source: same seed, same bytes).
Streets, towns and foreign addresses are written here for E (bases checked against the earlier
sets by `--pool`). Templates are new: register, punctuation, lists, signatures, quoted mail,
tables, lower-case chat, titles, hyphenated and multi-part names; Swedish, English, mixed.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from build import parse, write_rows  # noqa: E402
from templates_e import NEGATIVES, TEMPLATES  # noqa: E402

SEED = 15501
SIZE = 540
OUT = HERE / "generated-heldout-e.jsonl"
POOL = HERE / "names-e.txt"
PUBLIC_ORIGINS: dict[str, tuple[str, ...]] = {
    "swedish": ("sv_SE",),
    "nordic": ("no_NO", "da_DK", "is_IS"),
    "finnish": ("fi_FI",),
    "polish": ("pl_PL",),
    "bosnian": ("hr_HR", "bs_BA", "sr_Latn_RS", "sl_SI"),
    "turkish": ("tr_TR", "az_AZ"),
    "english": ("en_US", "en_GB", "en_IE", "en_NZ", "census"),
    "arabic": ("en_PK", "fr_DZ"),
}
WEIGHTS = {
    "swedish": 22, "nordic": 5, "finnish": 7, "polish": 6, "bosnian": 6, "turkish": 6,
    "english": 14, "arabic": 10, "persian": 6, "somali": 6, "tigrinya": 4, "kurdish": 5,
}  # fmt: skip
SV_BASES_E = (
    "Gårdstens", "Bergsjö", "Frölunda", "Ängby", "Mälarhöjdens", "Solbergs", "Ekholmens",
    "Västerslätts", "Norrlidens", "Vallby", "Navestad", "Fisksätra", "Hovsta", "Viksäng",
    "Björkhaga", "Tjärna", "Stensätra", "Lugnviks", "Gamlestads", "Klockaretorpets",
    "Skultorps", "Ribersborgs", "Holmsunds", "Backby", "Sörbyängens", "Lerums",
)  # fmt: skip
SV_FORMS_E = (
    "{b}vägen", "{b}gatan", "{b}svängen", "{b} allé", "{b} torg", "{b}stigen", "{b} gränd",
    "{b} backe", "{b} plan", "{b}slingan", "{b}gränd", "{b}ringen", "{b} väg", "{b}liden",
)  # fmt: skip
SV_TOWNS_E = (
    "Angered", "Hisings Backa", "Kungälv", "Skövde", "Karlstad", "Eskilstuna", "Nyköping",
    "Kalmar", "Kristianstad", "Trollhättan", "Östersund", "Falun", "Uddevalla", "Motala",
)  # fmt: skip
EU_FORMATS_E = (
    "{s}inkatu {n}, {pc5} Tampere", "{s}intie {n} B {m}, {pc5} Espoo",
    "ul. {pl} {n}/{m}, {pcpl} Gdańsk", "ul. {pl} {n}, {pcpl} Poznań",
    "{de}straße {n}, {pc5} Hamburg", "{de}weg {n}a, {pc5} Köln",
    "{dk}gade {n}, {pc4} Aarhus C", "{no} gate {n}, {pc4} Bergen",
    "{n} rue des {fr}, {pc5} Lille", "{n} avenue {frb}, {pc5} Nantes",
    "{n} {uk} Lane, Sheffield S{m} {d}{uk2}", "{n} {uk} Road, Bristol BS{m} {d}{uk2}",
    "Calle de los {es} {n}, {pc5} Sevilla", "{nl}straat {n}, {pc4} {uk2} Utrecht",
)  # fmt: skip
EU_PARTS = {
    "{s}": ("Kaleva", "Hervanta", "Tammela", "Pispala", "Lielahti"),
    "{pl}": ("Jaśminowa", "Grunwaldzka", "Słowackiego", "Podwale", "Wierzbowa"),
    "{de}": ("Eichen", "Holunder", "Mühlen", "Schwalben", "Kastanien"),
    "{dk}": ("Jægers", "Frederiks", "Vester", "Skolebakke"),
    "{no}": ("Kong Oscars", "Nygårds", "Fjøsanger", "Strand"),
    "{fr}": ("Glycines", "Tanneurs", "Cordiers", "Capucins"),
    "{frb}": ("Jean Jaurès", "de la Gare", "des Ormes"),
    "{uk}": ("Ferncliffe", "Holly Bank", "Moorgate", "Brookside"),
    "{es}": ("Almendros", "Naranjos", "Alfareros"),
    "{nl}": ("Lange Nieuw", "Vinken", "Oude Gracht"),
}
TITLES_E = (
    "VD", "Vd", "dr", "Dr.", "överläkare", "specialistläkare", "barnmorska", "kurator",
    "undersköterska", "enhetschef", "projektledare", "advokat", "kommissarie", "pastor",
    "Dr", "Prof.", "Ms", "Mr.", "Sir", "Dame", "Director", "Sister", "Inspector", "Counsel",
)  # fmt: skip


class DrawE:
    """Values for E, from `names-e.txt` and the constants above, with one seeded Random."""

    def __init__(self, seed: int, pool: Path = POOL, weights: dict[str, int] = WEIGHTS) -> None:
        self.rng = random.Random(seed)
        self.weights = weights
        self.given: dict[str, list[str]] = {}
        self.family: dict[str, list[str]] = {}
        for line in pool.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                origin, part, word = line.split("\t")
                table = self.given if part == "given" else self.family
                table.setdefault(origin, []).append(word)
        self.origins = [o for o in weights if self.given.get(o) or self.family.get(o)]

    def origin(self) -> str:
        return self.rng.choices(self.origins, [self.weights[o] for o in self.origins])[0]

    def _pick(self, table: dict[str, list[str]], origin: str) -> str:
        words = table.get(origin) or table[self.rng.choice(sorted(table))]
        return self.rng.choice(words)

    def first(self, origin: str | None = None) -> str:
        return self._pick(self.given, origin or self.origin())

    def last(self, origin: str | None = None) -> str:
        return self._pick(self.family, origin or self.origin())

    def person(self) -> str:
        origin = self.origin()
        first, last = self.first(origin), self.last(origin)
        roll = self.rng.random()
        if roll < 0.07:
            return f"{first}-{self.first(origin)} {last}"
        if roll < 0.12:
            return f"{first} {last}-{self.last(origin)}"
        if roll < 0.18:
            return f"{first} {self.first(origin)} {last}"
        return f"{first} {last}"

    def hyphen(self) -> str:
        origin = self.origin()
        return f"{self.first(origin)}-{self.first(origin)} {self.last(origin)}"

    def multi(self) -> str:
        origin = self.origin()
        first, last = self.first(origin), self.last(origin)
        particle = self.rng.choice(("al-", "el-", "bin", "ibn", "van der", "de", "von", ""))
        if particle.endswith("-"):
            return f"{first} {particle}{last}"
        if particle:
            return f"{first} {particle} {last}"
        return f"{first} {self.first(origin)} {last} {self.last(origin)}"

    def sv_address(self) -> str:
        street = self.rng.choice(SV_FORMS_E).format(b=self.rng.choice(SV_BASES_E))
        number = str(self.rng.randint(1, 140)) + self.rng.choice(("", "", "", "A", "C"))
        postcode = f"{self.rng.randint(100, 984)} {self.rng.randint(10, 99)}"
        town = self.rng.choice(SV_TOWNS_E)
        roll = self.rng.random()
        if roll < 0.35:
            return f"{street} {number}, {postcode} {town}"
        if roll < 0.5:
            return f"{street} {number}, lgh {self.rng.randint(1001, 1403)}, {postcode} {town}"
        if roll < 0.6:
            return f"{street} {number} {town}"
        return f"{street} {number}"

    def eu_address(self) -> str:
        text = self.rng.choice(EU_FORMATS_E)
        for slot, values in EU_PARTS.items():
            text = text.replace(slot, self.rng.choice(values))
        numbers = {
            "{n}": str(self.rng.randint(1, 160)),
            "{m}": str(self.rng.randint(1, 19)),
            "{d}": str(self.rng.randint(1, 9)),
            "{pc5}": f"{self.rng.randint(10000, 99999)}",
            "{pc4}": f"{self.rng.randint(1000, 9999)}",
            "{pcpl}": f"{self.rng.randint(10, 99)}-{self.rng.randint(100, 999)}",
            "{uk2}": "".join(self.rng.choice("ABDEFHJLNPRSTUWXY") for _ in range(2)),
        }
        for slot, value in numbers.items():
            text = text.replace(slot, value)
        return text

    def email(self, name: str) -> str:
        parts = [p for p in re.split(r"[\s-]+", name.lower()) if p.isascii() and p.isalpha()]
        local = "_".join(parts[:2]) if parts else f"kund{self.rng.randint(10, 999)}"
        return f"{local}@{self.rng.choice(('example.net', 'post.example.se', 'example.org'))}"

    def phone(self) -> str:
        digits = "".join(str(self.rng.randint(0, 9)) for _ in range(7))
        roll = self.rng.random()
        if roll < 0.4:
            return f"07{self.rng.choice('0236')} {digits[:3]} {digits[3:5]} {digits[5:]}"
        if roll < 0.7:
            return f"+4673{digits}"
        return f"031-{digits[:2]} {digits[2:4]} {digits[4:6]}"

    def personnummer(self) -> str:
        nine = (
            f"{self.rng.randint(30, 99):02d}{self.rng.randint(1, 12):02d}"
            f"{self.rng.randint(1, 28):02d}{self.rng.randint(100, 999):03d}"
        )
        century = self.rng.choice(("19", "", ""))
        return f"{century}{nine[:6]}-{nine[6:]}{luhn(nine)}"

    def card(self) -> str:
        fifteen = (
            "5"
            + str(self.rng.randint(1, 5))
            + "".join(str(self.rng.randint(0, 9)) for _ in range(13))
        )
        raw = fifteen + luhn(fifteen)
        return " ".join(raw[i : i + 4] for i in range(0, 16, 4))

    def ip(self) -> str:
        parts = (self.rng.choice((62, 78, 94, 145, 212)), *self.rng.choices(range(1, 255), k=3))
        return ".".join(str(p) for p in parts)


def luhn(digits: str) -> str:
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char) * (2 if position % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return str((10 - total % 10) % 10)


def mark(kind: str, value: str) -> str:
    return "{{" + kind + ":" + value + "}}"


def titled(draw: DrawE) -> str:
    title = draw.rng.choice(TITLES_E)
    roll = draw.rng.random()
    name = draw.person() if roll < 0.55 else draw.last() if roll < 0.85 else draw.first()
    return f"{title} {mark('PERSON', name)}"


def fill(
    template: str,
    draw: DrawE,
    titled_by: Callable[[DrawE], str] = titled,
    extra: Callable[[str, DrawE], str] | None = None,
) -> str:
    """`template` with each slot replaced by a marked value drawn from `draw` (`{T}`: a title
    and a name, as `titled_by` writes it; `extra`, when given, fills a set's own slots first)."""
    if extra is not None:
        template = extra(template, draw)
    values: dict[str, Callable[[], str]] = {
        "{P}": lambda: mark("PERSON", draw.person()),
        "{F}": lambda: mark("PERSON", draw.first()),
        "{L}": lambda: mark("PERSON", draw.last()),
        "{H}": lambda: mark("PERSON", draw.hyphen()),
        "{M}": lambda: mark("PERSON", draw.multi()),
        "{p}": lambda: mark("PERSON", draw.person().lower()),
        "{f}": lambda: mark("PERSON", draw.first().lower()),
        "{T}": lambda: titled_by(draw),
        "{SA}": lambda: mark("ADDRESS", draw.sv_address()),
        "{EA}": lambda: mark("ADDRESS", draw.eu_address()),
        "{EM}": lambda: mark("EMAIL", draw.email(draw.person())),
        "{PH}": lambda: mark("PHONE", draw.phone()),
        "{PNR}": lambda: mark("NATIONAL_ID", draw.personnummer()),
        "{CARD}": lambda: mark("CREDIT_CARD", draw.card()),
        "{IP}": lambda: mark("IP_ADDRESS", draw.ip()),
    }
    for slot, make in values.items():
        while slot in template:
            template = template.replace(slot, make(), 1)
    return template


def draw_rows(
    draw: DrawE,
    size: int,
    split: str,
    langs: tuple[int, int, int],
    cuts: tuple[float, float],
    sets: tuple[dict[str, list[str]], dict[str, list[str]]],
    titled_by: Callable[[DrawE], str] = titled,
    extra: Callable[[str, DrawE], str] | None = None,
) -> list[dict[str, object]]:
    """`size` rows of `split`: a language drawn by the weights `langs` (sv, en, mixed), then a
    negative template below `cuts[0]`, a chat one below `cuts[1]`, else a plain one (`sets`:
    the negatives and the templates by language; `extra`: a set's own slots, see `fill`)."""
    negatives, templates = sets
    rows: list[dict[str, object]] = []
    for number in range(size):
        lang = draw.rng.choices(("sv", "en", "mixed"), langs)[0]
        roll = draw.rng.random()
        if roll < cuts[0]:
            pool = negatives[lang]
        elif roll < cuts[1] and lang != "mixed":
            pool = templates[f"{lang}-chat"]
        else:
            pool = templates[lang]
        text, spans = parse(fill(draw.rng.choice(pool), draw, titled_by, extra))
        row = {"id": f"gen-{split}-{number + 1:04d}", "split": split, "lang": lang}
        rows.append(row | {"text": text, "spans": spans})
    return rows


def generate(seed: int = SEED, size: int = SIZE) -> list[dict[str, object]]:
    sets = (NEGATIVES, TEMPLATES)
    return draw_rows(DrawE(seed), size, "heldout-e", (40, 36, 24), (0.1, 0.3), sets)


def earlier_words() -> set[str]:
    """Every word (casefolded) of the earlier sets' texts and of the earlier generators' names."""
    from generator_names import ROMANISED

    words = {w.casefold() for pair in ROMANISED.values() for part in pair for w in part}
    for path in sorted(HERE.glob("*.jsonl")):
        if path == OUT:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            words |= {w.casefold() for w in re.findall(r"[^\W\d_]+", json.loads(line)["text"])}
    return words


def lexicon_words() -> set[str]:
    from generate_c import hand_written_lexicon

    words = hand_written_lexicon()
    folder = HERE.parents[1] / "src" / "rung" / "privacy" / "lexicons"
    for name in ("given-public.txt", "surnames-public.txt"):
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                words |= {w.casefold() for w in line.split()}
    return words


def pool_lines(
    split: str,
    banned: set[str],
    candidates: dict[str, tuple[str, str]],
    weights: dict[str, int],
    origins: dict[str, tuple[str, ...]],
) -> list[str]:
    """The lines of a held-out set's name pool: per origin of `weights`, the public names of
    its `origins` sources and the hand-written `candidates`, keeping a word only when it is not
    `banned` and not public outside held-out C's eighth (`heldout_c`)."""
    from name_sources import all_names, heldout_c

    given_by, family_by = all_names()
    public = {w.casefold() for table in (given_by, family_by) for s in table.values() for w in s}

    def allowed(name: str) -> bool:
        parts = [p.casefold() for p in name.split("-") if p.casefold() not in ("al", "abu", "el")]
        return bool(parts) and all(
            p not in banned and (p not in public or heldout_c(p)) for p in parts
        )

    script = f"generate_{split.lower()}.py"
    lines = [f"# held-out {split}'s name words: origin, given|family, word ({script} --pool)"]
    for origin in weights:
        sources = origins.get(origin, ())
        hand_given, hand_family = candidates.get(origin, ("", ""))
        for part, table, hand in (
            ("given", given_by, hand_given),
            ("family", family_by, hand_family),
        ):
            words = {w for s in sources for w in table.get(s, set()) if w[:1].isupper()}
            words |= set(hand.split())
            lines += [f"{origin}\t{part}\t{w}" for w in sorted(words) if allowed(w)]
    return lines


def build_pool() -> None:
    """Write `names-e.txt`: the words of E's split, per origin (rules in the module doc)."""
    from names_e import CANDIDATES

    banned = lexicon_words() | earlier_words()
    lines = pool_lines("E", banned, CANDIDATES, WEIGHTS, PUBLIC_ORIGINS)
    POOL.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 1} name words written to {POOL}")
    streets = [b for b in SV_BASES_E if b.casefold() in banned]
    print("street bases also in earlier sets:", streets or "none")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pool", action="store_true", help="rebuild names-e.txt first")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    if args.pool:
        build_pool()
    write_rows(generate(), args.out)


if __name__ == "__main__":
    main()
