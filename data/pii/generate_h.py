"""Generate held-out H for personal-data detection (issue 15, round eight).

    python data/pii/generate_h.py           # writes data/pii/generated-heldout-h.jsonl
    python data/pii/generate_h.py --pool    # rebuilds data/pii/names-h.txt (needs Faker, names)

Built at the start of round eight, BEFORE any tuning of that round; scored twice (a baseline and
once at the end), aggregate figures only, its errors never listed.

**The split H's values come from** (written down, so that no later lexicon or training text
draws from it): a name word is H's when
- it is not in any lexicon (`src/rung/privacy/lexicons/*.txt`, `names_sv.py`), and
- it is not in the tagger's training pool: either in none of the public lists
  (`name_sources.all_names`), or in their held-out eighth (`heldout_c`), and
- it is in no earlier set (no word of any `data/pii/*.jsonl` text, E's, F's and G's included,
  nor of `generator_names.ROMANISED`) and not in E's, F's or G's pool (`names-e.txt`,
  `names-f.txt`, `names-g.txt`).
Words come from what is left of the public lists' held-out eighth once E's, F's and G's pools
are taken out (Baltic, Irish, Uzbek, Greek locales, and the remainder of the Swedish, Finnish,
English and Chilean ones) and from romanised names written for H (`names_h.py`). `--pool`
applies the rules and writes the words to `names-h.txt`; the generator reads only that file.
Streets, towns, titles and address formats are written here for H: formats no earlier set has
(Swedish rural addresses with a two-word town and no postcode, `Box`, `SE-` postcodes, the
postcode before the street, floors `3 tr`; Czech, Hungarian, Latvian, Lithuanian, Slovenian,
Croatian, Romanian, Greek, Icelandic, Scottish, Luxembourg, Maltese, Dutch `Postbus`, Norwegian
`Postboks`, German `Postfach`, Spanish `C/`, Irish Eircodes), multi-line addresses in letters
and signatures (one span per line) and addresses in table rows. Templates: `templates_h.py`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from build import write_rows  # noqa: E402
from generate_e import DrawE, draw_rows, lexicon_words, mark, pool_lines  # noqa: E402
from templates_h import NEGATIVES, TEMPLATES  # noqa: E402

SEED = 18808
SIZE = 600
OUT = HERE / "generated-heldout-h.jsonl"
POOL = HERE / "names-h.txt"
EARLIER_POOLS = (HERE / "names-e.txt", HERE / "names-f.txt", HERE / "names-g.txt")
PUBLIC_ORIGINS: dict[str, tuple[str, ...]] = {
    "swedish": ("sv_SE",),
    "finnish": ("fi_FI",),
    "english": ("en_GB", "en_US", "en_NZ", "census"),
    "chilean": ("es_CL",),
    "baltic": ("lv_LV", "lt_LT", "et_EE"),
    "irish": ("ga_IE",),
    "uzbek": ("uz_UZ",),
    "greek": ("el_GR",),
}
WEIGHTS = {
    "swedish": 18, "finnish": 5, "syrian": 7, "iraqi": 6, "iranian": 6, "somali": 5,
    "eritrean": 4, "ukrainian": 5, "greek": 3, "albanian": 4, "chilean": 3, "english": 12,
    "chinese": 3, "filipino": 3, "tamil": 3, "baltic": 4, "irish": 3, "uzbek": 2,
}  # fmt: skip
SV_BASES_H = (
    "Klöverängs", "Trastbo", "Myrtorps", "Skatboets", "Gärdsmygs", "Lärkfalls", "Ekorrbacks",
    "Smedjebo", "Videsnårs", "Tallkottens", "Stenskvättans", "Harsyre", "Mjölkörts", "Rävgryts",
)  # fmt: skip
SV_FORMS_H = (
    "{b}vägen", "{b}gatan", "{b}stigen", "{b}gången", "{b}gränd", "{b} allé", "{b}slingan",
    "{b}backen", "{b}torget", "Östra {b}vägen",
)  # fmt: skip
SV_TOWNS_H = (
    "Lilla Edet", "Stora Mellösa", "Norra Vram", "Övre Soppero", "Västra Karup", "Södra Sandby",
    "Bjärred", "Skänninge", "Vaxholm", "Mönsterås", "Hallstahammar", "Ljusdal", "Arvidsjaur",
    "Hjo", "Bollnäs", "Sölvesborg",
)  # fmt: skip
SV_FARMS_H = ("Västergården", "Backstugan", "Nybygget", "Lindholmen", "Ödegården")
EU_FORMATS_H = (
    "{cz}ská {n}/{m}, {pc3} {d}0 Praha {d}", "{pc4} Budapest, {hu} utca {n}. {m}/{d}",
    "{hu} út {n}, {pc4} Debrecen", "{lv} iela {n}-{m}, Rīga, LV-{pc4}",
    "{lt} g. {n}-{m}, LT-{pc5} Vilnius", "{sl} cesta {n}, {pc4} Ljubljana",
    "{hr} {n}, HR-{pc5} Zagreb", "Str. {ro} nr. {n}, bl. A{d}, ap. {m}, sector {d}, București",
    "Odos {gr} {n}, {pc3} {d}{d} Athina", "{is}vegur {n}, {pc3} Reykjavík",
    "Flat {d}/{d}, {n} {sc} Road, Edinburgh EH{d} {d}{uk2}", "{n}, rue {lu}, L-{pc4} Luxembourg",
    "Triq {mt} {n}, Birkirkara BKR {pc4}", "Postbus {pc4}, {pc4} {uk2} Amsterdam",
    "Postboks {n} Sentrum, 0{pc3} Oslo", "Postfach {d}{d} {d}{d} {d}{d}, {pc5} Frankfurt am Main",
    "C/ {es} {n}, {d}º izq., {pc5} Barcelona", "Apt {m}, {n} {ie} Road, Cork T{d}{d} X{d}Y{d}",
    "Piazza {it} {n}, {pc5} Firenze FI", "{dk}gade {n}, {d}. th., {pc4} København K",
)  # fmt: skip
EU_PARTS = {
    "{cz}": ("Žerotín", "Chodov", "Kolín"),
    "{hu}": ("Szondi", "Dohány", "Csengery"),
    "{lv}": ("Tērbatas", "Ģertrūdes", "Stabu"),
    "{lt}": ("Pylimo", "Vokiečių", "Totorių"),
    "{sl}": ("Celovška", "Dunajska", "Tržaška"),
    "{hr}": ("Vlaška", "Jurišićeva", "Tkalčićeva"),
    "{ro}": ("Covaci", "Smârdan", "Blănari"),
    "{gr}": ("Athinas", "Aiolou", "Kolokotroni"),
    "{is}": ("Hverfisgata", "Skólavörðustígur", "Bergstaðastræti"),
    "{sc}": ("Warrender Park", "Bruntsfield", "Comely Bank"),
    "{lu}": ("de la Boucherie", "du Marché-aux-Herbes", "Vauquois"),
    "{mt}": ("il-Kbira", "San Ġużepp", "tal-Balal"),
    "{es}": ("Muntaner", "Provença", "Consell de Cent"),
    "{ie}": ("Ballinlough", "Ballintemple", "Blackrock"),
    "{it}": ("dei Ciompi", "Santo Spirito", "del Carmine"),
    "{dk}": ("Fiol", "Larsbjørns", "Kompagni"),
}
TITLES_H = (
    "VD", "Vd", "förvaltare", "rektor", "distriktssköterska", "arbetsterapeut", "kyrkoherde",
    "handläggare", "jurist", "överste", "fil.dr", "bitr. rektor", "Dr", "Dr.", "Ms.", "Mx",
    "Prof.", "Revd", "Sgt", "Cllr", "Matron", "Consultant", "Head of Finance", "COO",
)  # fmt: skip


class DrawH(DrawE):
    """Values for H, from `names-h.txt` and the constants above, with one seeded Random."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed, POOL, WEIGHTS)

    def sv_street(self) -> str:
        street = self.rng.choice(SV_FORMS_H).format(b=self.rng.choice(SV_BASES_H))
        return f"{street} {self.rng.randint(1, 120)}{self.rng.choice(('', '', 'A', 'B'))}"

    def sv_postcode(self) -> str:
        return f"{self.rng.randint(100, 984)} {self.rng.randint(10, 99)}"

    def sv_address(self) -> str:
        street, postcode = self.sv_street(), self.sv_postcode()
        town = self.rng.choice(SV_TOWNS_H)
        farm = f"{self.rng.choice(SV_FARMS_H)} {self.rng.randint(100, 2990)}"
        roll = self.rng.random()
        forms = (
            (0.18, f"{street}, {town}"),
            (0.30, f"Box {self.rng.randint(12, 9990)}, {postcode} {town}"),
            (0.40, f"{street}, SE-{postcode} {town}"),
            (0.50, f"{farm}, {postcode} {town}"),
            (0.60, f"{street}, {self.rng.randint(1, 6)} tr, {postcode} {town}"),
            (0.70, f"{postcode} {town}, {street}"),
            (0.78, f"{street} {postcode} {town} Sverige"),
            (0.86, f"{farm} {town}"),
            (0.93, f"{street}, {postcode} {town}"),
        )
        for limit, text in forms:
            if roll < limit:
                return text
        return f"{street}, S-{postcode} {town}"

    def eu_address(self) -> str:
        text = self.rng.choice(EU_FORMATS_H)
        for slot, values in EU_PARTS.items():
            text = text.replace(slot, self.rng.choice(values))
        for slot, low, high in (("{n}", 1, 180), ("{m}", 1, 30), ("{pc5}", 10000, 99999)):
            while slot in text:
                text = text.replace(slot, str(self.rng.randint(low, high)), 1)
        for slot, low, high in (("{pc4}", 1000, 9999), ("{pc3}", 100, 999), ("{d}", 1, 9)):
            while slot in text:
                text = text.replace(slot, str(self.rng.randint(low, high)), 1)
        two = "".join(self.rng.choice("ABDEFHJLNPRSTUWXY") for _ in range(2))
        return text.replace("{uk2}", two)

    def lines(self) -> str:
        """A multi-line address, as in a letter head or a signature: one marked span a line."""
        roll = self.rng.random()
        if roll < 0.4:
            parts = [self.sv_street(), f"{self.sv_postcode()} {self.rng.choice(SV_TOWNS_H)}"]
        elif roll < 0.6:
            parts = [f"{self.rng.choice(SV_FARMS_H)} {self.rng.randint(100, 2990)}"]
            parts.append(f"{self.sv_postcode()} {self.rng.choice(SV_TOWNS_H)}")
        else:
            parts = [p.strip() for p in self.eu_address().split(",", 1)]
        if self.rng.random() < 0.3:
            parts.append(self.rng.choice(("Sverige", "Sweden", "SWEDEN")))
        return "\n".join(mark("ADDRESS", p) for p in parts)


def extra(template: str, draw: DrawE) -> str:
    """H's own slot: `{ML}` a multi-line address (one span a line)."""
    assert isinstance(draw, DrawH)
    while "{ML}" in template:
        template = template.replace("{ML}", draw.lines(), 1)
    return template


def titled(draw: DrawE) -> str:
    title = draw.rng.choice(TITLES_H)
    roll = draw.rng.random()
    name = draw.person() if roll < 0.55 else draw.last() if roll < 0.8 else draw.first()
    return f"{title} {mark('PERSON', name)}"


def generate(seed: int = SEED, size: int = SIZE) -> list[dict[str, object]]:
    sets = (NEGATIVES, TEMPLATES)
    return draw_rows(
        DrawH(seed), size, "heldout-h", (40, 36, 24), (0.08, 0.26), sets, titled, extra
    )


def build_pool() -> None:
    """Write `names-h.txt`: the words of H's split, per origin (rules in the module doc)."""
    import json
    import re

    from generate_f import earlier_words_all
    from names_h import CANDIDATES

    OUT.unlink(missing_ok=True)  # H's own text is not an earlier set
    pools = set()
    for path in EARLIER_POOLS:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                pools.add(line.split("\t")[2].casefold())
    banned = lexicon_words() | earlier_words_all() | pools
    for name in ("generated-heldout-f.jsonl", "generated-heldout-g.jsonl"):
        for line in (HERE / name).read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["text"]
            banned |= {w.casefold() for w in re.findall(r"[^\W\d_]+", text)}
    lines = pool_lines("H", banned, CANDIDATES, WEIGHTS, PUBLIC_ORIGINS)
    POOL.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 1} name words written to {POOL}")
    bases = list(SV_BASES_H) + list(SV_FARMS_H)
    bases += [v for values in EU_PARTS.values() for v in values]
    streets = [b for b in bases if any(w.casefold() in banned for w in b.split())]
    print("street bases also in earlier sets or lexicons:", streets or "none")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pool", action="store_true", help="rebuild names-h.txt first")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    if args.pool:
        build_pool()
    write_rows(generate(), args.out)


if __name__ == "__main__":
    main()
