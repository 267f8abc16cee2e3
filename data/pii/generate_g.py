"""Generate held-out G for personal-data detection (issue 15, round seven).

    python data/pii/generate_g.py           # writes data/pii/generated-heldout-g.jsonl
    python data/pii/generate_g.py --pool    # rebuilds data/pii/names-g.txt (needs Faker, names)

Built at the start of round seven, BEFORE any tuning of that round; scored twice (a baseline and
once at the end), aggregate figures only, its errors never listed.

**The split G's values come from** (written down, so that no later lexicon or training text
draws from it): a name word is G's when
- it is not in any lexicon (`src/rung/privacy/lexicons/*.txt`, `names_sv.py`), and
- it is not in the tagger's training pool: either in none of the public lists
  (`name_sources.all_names`), or in their held-out eighth (`heldout_c`), and
- it is in no earlier set (no word of any `data/pii/*.jsonl` text, E's and F's included, nor of
  `generator_names.ROMANISED`) and not in E's or F's pool (`names-e.txt`, `names-f.txt`).
Words come from the public lists' held-out eighth (Spanish, Italian, Portuguese, Romanian,
Hungarian, Czech and Slovak, Indian, African, Indonesian and Vietnamese locales: the eighth of
the Nordic, English, German, French, Dutch, Polish, Balkan and Turkish locales went to E's and
F's pools) and from romanised names written for G (`names_g.py`). `--pool` applies the rules
and writes the words to `names-g.txt`; the generator reads only that file, so its output
depends on nothing but the seed and this directory (same seed, same bytes). Streets, towns,
titles and the foreign formats are written here for G (`--pool` prints any street base that
occurs in an earlier set or a lexicon). Templates (`templates_g.py`) are new.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from build import write_rows  # noqa: E402
from generate_e import DrawE, draw_rows, lexicon_words, mark, pool_lines  # noqa: E402
from templates_g import NEGATIVES, TEMPLATES  # noqa: E402

SEED = 17703
SIZE = 600
OUT = HERE / "generated-heldout-g.jsonl"
POOL = HERE / "names-g.txt"
EARLIER_POOLS = (HERE / "names-e.txt", HERE / "names-f.txt")
PUBLIC_ORIGINS: dict[str, tuple[str, ...]] = {
    "spanish": ("es_ES", "es_MX", "es_CL", "es_AR", "es_CO"),
    "italian": ("it_IT",),
    "portuguese": ("pt_PT", "pt_BR"),
    "romanian": ("ro_RO",),
    "hungarian": ("hu_HU",),
    "czech": ("cs_CZ", "sk_SK"),
    "indian": ("en_IN",),
    "african": ("en_NG", "yo_NG", "ha_NG", "ig_NG", "en_KE", "sw", "zu_ZA"),
    "asian": ("id_ID", "vi_VN", "th_TH"),
}
WEIGHTS = {
    "swedish": 18, "finnish": 5, "arabic": 9, "persian": 6, "afghan": 5, "somali": 5,
    "eritrean": 4, "kurdish": 4, "turkish": 5, "bosnian": 5, "polish": 4, "spanish": 5,
    "english": 12, "asian": 4, "italian": 2, "portuguese": 2, "romanian": 2, "hungarian": 2,
    "czech": 2, "indian": 3, "african": 3,
}  # fmt: skip
SV_BASES_G = (
    "Fältspats", "Ugglebo", "Hästhovs", "Sjöbjörns", "Kornknarr", "Vinbärs", "Rödhake",
    "Kärrsnäppe", "Mossgrönt", "Ravinstigs", "Tjädermyr", "Kvarnbäcks", "Slåttervall",
    "Vildrose", "Nyckelpigs", "Forellbäck", "Hjortrons", "Blåklints", "Lingonris", "Humlegårds",
)  # fmt: skip
SV_FORMS_G = (
    "{b}vägen", "{b}gatan", "{b}svängen", "{b} allé", "{b}backen", "{b} backe", "{b}stigen",
    "{b} stig", "{b} torg", "{b}torget", "{b} plan", "{b}gränd", "{b}höjden", "{b}stråket",
    "{b}slingan", "Norra {b}vägen", "Lilla {b}gatan", "{b} gård",
)  # fmt: skip
SV_TOWNS_G = (
    "Tumba", "Märsta", "Huddinge", "Kungsbacka", "Alingsås", "Lidköping", "Enköping", "Tierp",
    "Hudiksvall", "Örnsköldsvik", "Skellefteå", "Kiruna", "Landskrona", "Höör", "Ronneby",
    "Karlshamn", "Vimmerby", "Oskarshamn",
)  # fmt: skip
HOUSES_G = ("Villa Tallbacken", "Torpet Myrstacken", "Gården Backebo")
EU_FORMATS_G = (
    "{n} rue {fr}, {pc5} Paris", "{n}, avenue {frb}, {pc5} Lyon, France",
    "Via {it} {n}, {pc5} Milano", "Via {it} {n}/{m}, {pc5} Torino, Italia",
    "Calle {es} {n}, {m}º B, {pc5} Madrid", "Avenida {es} {n}, {pc5} Valencia",
    "Rua {pt}, {n}, {pc4}-{pc3} Lisboa", "{be}straat {n} bus {m}, {pc4} Gent",
    "{de}gasse {n}/{m}, {pc4} Wien", "{de}strasse {n}, {pc4} Zürich, Schweiz",
    "{de}ring {n}, {pc5} Hannover", "{n} {ie} Road, Dublin 8, Ireland",
    "ul. {pl} {n} m. {m}, {pcpl} Kraków", "{no}vegen {n}, {pc4} Bergen",
    "{dk}vej {n}, st. tv., {pc4} Odense", "{n} {uk} Terrace, York YO{m} {d}{uk2}",
    "Flat {m}, {n} {uk} Gardens, London N{m} {d}{uk2}", "{fi}nraitti {n} C {m}, {pc5} Vantaa",
    "{nl}kade {n}-{m}, {pc4} {uk2} Leiden", "{ee} {n}, {pc5} Tallinn, Eesti",
)  # fmt: skip
EU_PARTS = {
    "{fr}": ("de la Verrerie", "Oberkampf", "des Vinaigriers", "du Cherche-Midi"),
    "{frb}": ("des Brotteaux", "de Saxe", "Lacassagne"),
    "{it}": ("della Spiga", "Vetraschi", "Solferino", "Borgonuovo"),
    "{es}": ("de Embajadores", "de Cuarte", "de Atocha"),
    "{pt}": ("da Prata", "dos Fanqueiros", "do Ouro"),
    "{be}": ("Veld", "Kortrijkse", "Brabant"),
    "{de}": ("Schotten", "Lerchen", "Tulpen", "Wacholder"),
    "{ie}": ("Rathgar", "Clonliffe", "Drumcondra"),
    "{pl}": ("Długa", "Karmelicka", "Zwierzyniecka"),
    "{no}": ("Løvstakk", "Fjellsiden", "Nordnes"),
    "{dk}": ("Hvidkløver", "Hyldebær", "Ege"),
    "{uk}": ("Bootham", "Fishergate", "Heworth"),
    "{fi}": ("Myyrmäe", "Tikkuri", "Hakuni"),
    "{nl}": ("Haarlemmer", "Rijnsburger", "Steenschuur"),
    "{ee}": ("Tartu mnt", "Pärnu mnt", "Narva mnt"),
}
TITLES_G = (
    "VD", "vd", "HR-chef", "ekonomichef", "skolsköterska", "tandläkare", "fysioterapeut",
    "leg. psykolog", "avdelningschef", "doktor", "Dr", "Dr.", "Prof", "Mr", "Mrs", "Miss",
    "Nurse", "Midwife", "Registrar", "Head of HR", "CFO", "Coach", "Officer",
)  # fmt: skip


class DrawG(DrawE):
    """Values for G, from `names-g.txt` and the constants above, with one seeded Random."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed, POOL, WEIGHTS)

    def sv_address(self) -> str:
        street = self.rng.choice(SV_FORMS_G).format(b=self.rng.choice(SV_BASES_G))
        number = str(self.rng.randint(1, 150)) + self.rng.choice(("", "", "", "A", "B", "E"))
        postcode = f"{self.rng.randint(100, 984)} {self.rng.randint(10, 99)}"
        town = self.rng.choice(SV_TOWNS_G)
        roll = self.rng.random()
        forms = (
            (0.28, f"{street} {number}, {postcode} {town}"),
            (0.36, f"{street} {number} {postcode} {town}"),
            (0.44, f"{street} {number} lgh {self.rng.randint(1001, 1702)}, {postcode} {town}"),
            (0.50, f"{street}, {postcode} {town}"),
            (0.56, f"c/o {self.person()}, {street} {number}, {postcode} {town}"),
            (0.60, f"{self.rng.choice(HOUSES_G)}, {postcode} {town}"),
            (0.64, f"{street} {number}, {town}"),
            (0.86, f"{street} {number}"),
        )
        for limit, text in forms:
            if roll < limit:
                return text
        return street

    def eu_address(self) -> str:
        text = self.rng.choice(EU_FORMATS_G)
        for slot, values in EU_PARTS.items():
            text = text.replace(slot, self.rng.choice(values))
        numbers = {
            "{n}": str(self.rng.randint(1, 190)),
            "{m}": str(self.rng.randint(1, 24)),
            "{d}": str(self.rng.randint(1, 9)),
            "{pc5}": f"{self.rng.randint(10000, 99999)}",
            "{pc4}": f"{self.rng.randint(1000, 9999)}",
            "{pc3}": f"{self.rng.randint(100, 999)}",
            "{pcpl}": f"{self.rng.randint(10, 99)}-{self.rng.randint(100, 999)}",
            "{uk2}": "".join(self.rng.choice("ABDEFHJLNPRSTUWXY") for _ in range(2)),
        }
        for slot, value in numbers.items():
            text = text.replace(slot, value)
        return text


def titled(draw: DrawE) -> str:
    title = draw.rng.choice(TITLES_G)
    roll = draw.rng.random()
    name = draw.person() if roll < 0.6 else draw.last() if roll < 0.85 else draw.first()
    return f"{title} {mark('PERSON', name)}"


def generate(seed: int = SEED, size: int = SIZE) -> list[dict[str, object]]:
    sets = (NEGATIVES, TEMPLATES)
    return draw_rows(DrawG(seed), size, "heldout-g", (40, 36, 24), (0.08, 0.26), sets, titled)


def build_pool() -> None:
    """Write `names-g.txt`: the words of G's split, per origin (rules in the module doc)."""
    from generate_f import earlier_words_all
    from names_g import CANDIDATES

    OUT.unlink(missing_ok=True)  # G's own text is not an earlier set
    pools = set()
    for path in EARLIER_POOLS:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                pools.add(line.split("\t")[2].casefold())
    banned = lexicon_words() | earlier_words_all() | pools
    lines = pool_lines("G", banned, CANDIDATES, WEIGHTS, PUBLIC_ORIGINS)
    POOL.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 1} name words written to {POOL}")
    bases = list(SV_BASES_G) + [v for values in EU_PARTS.values() for v in values]
    streets = [b for b in bases if any(w.casefold() in banned for w in b.split())]
    print("street bases also in earlier sets or lexicons:", streets or "none")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pool", action="store_true", help="rebuild names-g.txt first")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    if args.pool:
        build_pool()
    write_rows(generate(), args.out)


if __name__ == "__main__":
    main()
