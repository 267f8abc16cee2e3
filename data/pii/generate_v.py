# ruff: noqa: E501
"""Generate held-out V for personal-data detection (issue 15): names as the population has them.

    python data/pii/generate_v.py          # writes data/pii/generated-heldout-v.jsonl
    python data/pii/generate_v.py --stats  # counts only (sizes, forms, the head/tail split)

Every held-out set before V (O to U) used names in no lexicon, the worst case. V measures the
other side: each name word is drawn from `names_v.py`'s pools by how often people really carry
it (SCB's ranks for Sweden, the commonest names of the origins common in Sweden weighted by their
share of its population, the US Census 1990 frequencies and UK rankings for English rows), 80%
from the head of a list (its top ranks) and 20% from its tail, in the forms people write them
(full names, a given name alone, a title and a surname, lower case in chat, genitives, initials,
names in mail headers and signatures), in the genres of the issue's report (`templates_v.py`).
Written by a helper who does not tune the detector and who read neither its rules, lexicons and
tagger (`src/rung/privacy/`) nor any dev set's error listing; V was never run through the
detector by its writer. Its names were not checked against rung's lexicons, and none was left
out because rung might know it. Stdlib only; one seeded Random: same seed, same bytes.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from random import Random

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from names_v import MIXES, ORIGINS, Origin, Weighted, feminine  # noqa: E402
from templates_v import DAYS, MONTHS, NEGATIVES, ORGS, PLACES, PRODUCTS, TEMPLATES  # noqa: E402

SEED = 90517
SIZE = 620
SHARES = {"sv": 0.46, "en": 0.28, "mixed": 0.26}
NEGATIVE_SHARE = 0.115
HEAD_SHARE = 0.8
OUT = HERE / "generated-heldout-v.jsonl"

Segment = tuple[str, str | None]  # text, and its kind when it is a value

TITLES = {
    "sv": (
        "Dr",
        "dr",
        "doktor",
        "ssk",
        "sjuksköterska",
        "läkare",
        "överläkare",
        "VD",
        "HR-chef",
        "advokat",
        "kurator",
        "fysioterapeut",
        "projektledare",
        "leg. läk.",
    ),
    "en": ("Dr", "Dr.", "Mr", "Mrs", "Ms", "Miss", "Mr.", "Prof.", "Nurse", "CEO", "Sister"),
}
SV_STREETS = (
    "Storgatan", "Kungsgatan", "Drottninggatan", "Skolgatan", "Industrivägen", "Björkvägen", "Järnvägsgatan",
    "Nygatan", "Kyrkogatan", "Parkvägen", "Ringvägen", "Stationsgatan", "Vasagatan", "Köpmangatan",
    "Trädgårdsgatan", "Tallvägen", "Granvägen", "Ekvägen", "Lärkvägen", "Idrottsvägen", "Skogsvägen",
    "Backvägen", "Villavägen", "Sjövägen", "Strandvägen", "Bergsgatan", "Östra Storgatan", "Västra vägen",
    "Södra vägen", "Norra vägen", "Hantverkargatan", "Fabriksgatan", "Smedjegatan", "Tingsvägen",
    "Sveavägen", "Götgatan", "Hornsgatan", "Linnégatan", "Sankt Eriksgatan", "Fleminggatan", "Karlavägen",
    "Solbacken", "Hagtornsvägen", "Ängsvägen", "Klövervägen", "Rönnvägen", "Lindvägen", "Aspvägen",
    "Syrénvägen", "Lingonstigen", "Blåbärsstigen", "Kvarngatan", "Torggatan", "Stortorget", "Järntorget",
    "Fiskargatan", "Folkungagatan", "Långgatan", "Övre Husargatan", "Hammarby allé", "Rinkebysvängen",
    "Ekbacken", "Mossvägen", "Furuvägen", "Prästgårdsgatan", "Brogatan", "Torsgatan", "Odengatan",
)  # fmt: skip
SV_TOWNS = (
    ("Stockholm", (111, 129)), ("Göteborg", (411, 418)), ("Malmö", (211, 217)), ("Uppsala", (752, 757)),
    ("Västerås", (722, 724)), ("Örebro", (702, 703)), ("Linköping", (582, 587)), ("Helsingborg", (252, 256)),
    ("Jönköping", (553, 556)), ("Norrköping", (602, 603)), ("Lund", (222, 227)), ("Umeå", (903, 907)),
    ("Gävle", (802, 806)), ("Borås", (503, 507)), ("Södertälje", (151, 152)), ("Eskilstuna", (632, 635)),
    ("Halmstad", (302, 305)), ("Växjö", (352, 355)), ("Karlstad", (652, 656)), ("Sundsvall", (852, 857)),
    ("Luleå", (972, 975)), ("Östersund", (831, 832)), ("Trollhättan", (461, 462)), ("Kalmar", (392, 393)),
    ("Falun", (791, 791)), ("Skövde", (541, 541)), ("Kristianstad", (291, 291)), ("Nacka", (131, 131)),
    ("Solna", (169, 171)), ("Huddinge", (141, 141)), ("Täby", (183, 187)), ("Spånga", (163, 163)),
    ("Hägersten", (126, 129)), ("Kungsbacka", (434, 434)), ("Mölndal", (431, 431)), ("Visby", (621, 621)),
    ("Kiruna", (981, 981)), ("Ystad", (271, 271)), ("Varberg", (432, 432)), ("Sollentuna", (191, 192)),
)  # fmt: skip
UK_STREETS = (
    "High Street",
    "Station Road",
    "Church Street",
    "Main Street",
    "Park Road",
    "Church Road",
    "London Road",
    "Victoria Road",
    "Green Lane",
    "Manor Road",
    "Church Lane",
    "Park Avenue",
    "The Avenue",
    "Queens Road",
    "New Road",
    "Grange Road",
    "Kings Road",
    "Albert Road",
    "Mill Lane",
    "Victoria Street",
)
UK_TOWNS = (
    ("London", ("SW", "SE", "N", "E", "NW")),
    ("Leeds", ("LS",)),
    ("Manchester", ("M",)),
    ("Bristol", ("BS",)),
    ("Birmingham", ("B",)),
    ("Glasgow", ("G",)),
    ("Edinburgh", ("EH",)),
    ("Cardiff", ("CF",)),
    ("York", ("YO",)),
    ("Norwich", ("NR",)),
    ("Brighton", ("BN",)),
    ("Sheffield", ("S",)),
    ("Nottingham", ("NG",)),
    ("Reading", ("RG",)),
)
EU: dict[str, tuple[tuple[str, ...], tuple[tuple[str, int, int], ...]]] = {
    "de": (("Hauptstraße", "Schulstraße", "Gartenstraße", "Bahnhofstraße", "Dorfstraße", "Bergstraße", "Birkenweg", "Lindenstraße", "Kirchstraße", "Waldstraße", "Goethestraße", "Schillerstraße"),
           (("Berlin", 10115, 14199), ("Hamburg", 20095, 22769), ("München", 80331, 81929), ("Köln", 50667, 51149), ("Frankfurt am Main", 60306, 60599), ("Leipzig", 4103, 4357), ("Bremen", 28195, 28779))),
    "fr": (("rue de la République", "rue Victor Hugo", "rue de la Gare", "Grande Rue", "rue Pasteur", "rue Jean Jaurès", "avenue de la Libération", "rue du Moulin", "rue de l'Église", "boulevard Gambetta"),
           (("Paris", 75001, 75020), ("Lyon", 69001, 69009), ("Marseille", 13001, 13016), ("Toulouse", 31000, 31500), ("Nantes", 44000, 44300), ("Bordeaux", 33000, 33800), ("Lille", 59000, 59800))),
    "fi": (("Koulukatu", "Kirkkokatu", "Rantatie", "Puistokatu", "Asemakatu", "Kauppakatu", "Mannerheimintie", "Hämeenkatu", "Myllytie", "Koivukuja"),
           (("Helsinki", 100, 990), ("Espoo", 2100, 2980), ("Tampere", 33100, 33960), ("Turku", 20100, 20960), ("Oulu", 90100, 90940))),
    "no": (("Storgata", "Kirkegata", "Skolegata", "Kongens gate", "Dronningens gate", "Parkveien", "Kirkeveien", "Strandveien", "Bjørkeveien"),
           (("Oslo", 150, 1295), ("Bergen", 5003, 5268), ("Trondheim", 7010, 7099), ("Stavanger", 4005, 4099), ("Tromsø", 9006, 9024))),
    "dk": (("Vestergade", "Østergade", "Nørregade", "Søndergade", "Algade", "Skolegade", "Kirkevej", "Skovvej", "Strandvejen", "Bredgade"),
           (("København N", 2200, 2200), ("Aarhus C", 8000, 8000), ("Odense C", 5000, 5000), ("Aalborg", 9000, 9000), ("Frederiksberg", 2000, 2000))),
    "pl": (("ul. Polna", "ul. Leśna", "ul. Słoneczna", "ul. Krótka", "ul. Szkolna", "ul. Ogrodowa", "ul. Lipowa", "ul. Długa", "ul. Kościuszki", "ul. Mickiewicza", "ul. Sienkiewicza"),
           (("Warszawa", 1, 4999), ("Kraków", 30001, 31999), ("Gdańsk", 80001, 80999), ("Wrocław", 50001, 54999), ("Poznań", 60001, 61999), ("Łódź", 90001, 94999))),
    "es": (("Calle Mayor", "Calle Real", "Calle de la Iglesia", "Calle del Sol", "Avenida de la Constitución", "Calle Nueva", "Calle San José", "Calle de Alcalá", "Gran Vía"),
           (("Madrid", 28001, 28055), ("Barcelona", 8001, 8042), ("Valencia", 46001, 46026), ("Sevilla", 41001, 41020), ("Málaga", 29001, 29018), ("Zaragoza", 50001, 50018))),
}  # fmt: skip
GENDERED = {"Mr": False, "Mr.": False, "Mrs": True, "Ms": True, "Miss": True, "Sister": True}
MAIL_DOMAINS = ("example.se", "example.com", "example.org", "mail.example.se", "post.example.com")
ASCII = str.maketrans(
    {"ł": "l", "Ł": "L", "ı": "i", "đ": "d", "Đ": "D", "ø": "o", "æ": "ae", "ß": "ss", "'": ""}
)


def plain(text: str) -> str:
    """`text` without diacritics, as people write a name into a mail address."""
    text = text.translate(ASCII)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def luhn(digits: str) -> int:
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return (10 - total % 10) % 10


class Person:
    """A drawn person: given name(s), surname(s), and from which part of its list (head or
    tail) each name word came; the words are counted when the text first shows them."""

    def __init__(
        self,
        woman: bool,
        given: list[tuple[str, str]],
        surname: list[tuple[str, str]],
        joint: str = " ",
    ) -> None:
        self.woman = woman
        self.given_parts = given
        self.surname_parts = surname
        self.given = " ".join(name for name, _ in given)
        self.surname = joint.join(name for name, _ in surname)
        self.counted: set[str] = set()

    @property
    def first(self) -> str:
        """The given name a person is called by (the first of several)."""
        return self.given_parts[0][0]

    @property
    def full(self) -> str:
        return f"{self.given} {self.surname}"


class Draw:
    """Every value of V, from one seeded Random; counts the head/tail split and the origins."""

    def __init__(self, seed: int) -> None:
        self.rng = Random(seed)
        self.split: Counter[str] = Counter()
        self.origins: Counter[str] = Counter()
        self.lang = "sv"

    def pick(self, pool: Weighted, head: int) -> tuple[str, str]:
        """A name of `pool` and the part of the list it came from (`head` or `tail`)."""
        part = "head" if self.rng.random() < HEAD_SHARE or len(pool) <= head else "tail"
        names = pool[:head] if part == "head" else pool[head:]
        return self.rng.choices([n for n, _ in names], weights=[w for _, w in names])[0], part

    def shown(self, person: Person, *components: str) -> None:
        """Count the head/tail parts of a person's names the first time the text shows them
        (`first`, `given` (all given names) or `surname`)."""
        for component in components:
            if component == "given":
                parts = person.given_parts
                component = "first" if len(parts) == 1 else component
            else:
                parts = person.given_parts[:1] if component == "first" else person.surname_parts
            for i, (_, part) in enumerate(parts):
                key = "given" if component == "first" else component
                if f"{key}{i}" not in person.counted:
                    person.counted.add(f"{key}{i}")
                    self.split[part] += 1

    def origin(self) -> tuple[str, Origin]:
        mix = MIXES[self.lang]
        key = self.rng.choices(list(mix), weights=list(mix.values()))[0]
        self.origins[key] += 1
        return key, ORIGINS[key]

    def person(self, woman: bool | None = None) -> Person:
        key, origin = self.origin()
        woman = self.rng.random() < 0.5 if woman is None else woman
        pool = origin.given_f if woman else origin.given_m
        given = [self.pick(pool, origin.given_head)]
        if key == "thai" and woman and self.rng.random() < 0.5:  # married in Sweden
            se = ORIGINS["swedish"]
            return Person(woman, given, [self.pick(se.surnames, se.surname_head)])
        surname = [self.pick(origin.surnames, origin.surname_head)]
        if key == "polish" and woman:
            surname = [(feminine(surname[0][0]), surname[0][1])]
        roll = self.rng.random()
        joint = " "
        if key == "chilean_spanish" and roll < 0.5:
            surname.append(self.pick(origin.surnames, origin.surname_head))
        elif key == "swedish" and roll < 0.06:
            given.append(self.pick(pool, origin.given_head))
        elif key == "swedish" and roll < 0.10:
            joint = "-" if roll < 0.08 else " "
            surname.append(self.pick(origin.surnames, origin.surname_head))
        return Person(woman, given, surname, joint)

    def email(self, person: Person | None = None) -> str:
        person = person or self.person()
        given = plain(person.first).lower()
        surname = plain(person.surname.split()[0]).lower()
        form = self.rng.randrange(5)
        local = (
            f"{given}.{surname}", f"{given}{surname}", f"{given[0]}.{surname}",
            f"{given}_{surname}", f"{given}{self.rng.randrange(10, 99)}",
        )[form]  # fmt: skip
        return f"{local}@{self.rng.choice(MAIL_DOMAINS)}"

    def phone(self) -> str:
        r = self.rng
        if self.lang == "en" and r.random() < 0.7:
            if r.random() < 0.6:
                return r.choice(("07700 900", "+44 7700 900")) + f"{r.randrange(1000):03d}"
            return f"+1 202-555-01{r.randrange(100):02d}"
        digits = [str(r.randrange(10)) for _ in range(7)]
        mobile = "07" + r.choice("02369")
        d = "".join(digits)
        if r.random() < 0.6:
            return f"{mobile}-{d[:3]} {d[3:5]} {d[5:]}"
        if r.random() < 0.5:
            return f"+46 {mobile[1:]} {d[:3]} {d[3:5]} {d[5:]}"
        return f"08-{d[:3]} {d[3:5]} {d[5:]}"

    def national_id(self) -> str:
        r = self.rng
        year = r.randrange(1940, 2006)
        date = f"{year % 100:02d}{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}"
        serial = f"{r.randrange(1000):03d}"
        check = luhn(date + serial)
        roll = r.random()
        if roll < 0.6:
            return f"{date}-{serial}{check}"
        if roll < 0.9:
            return f"{year // 100}{date}-{serial}{check}"
        return f"{year // 100}{date}{serial}{check}"

    def street(self) -> str:
        r = self.rng
        number = str(min(int(r.expovariate(1 / 14)) + 1, 160))
        if r.random() < 0.15:
            number += r.choice("ABC")
        return f"{r.choice(SV_STREETS)} {number}"

    def postcode_town(self) -> str:
        r = self.rng
        town, (low, high) = r.choice(SV_TOWNS)
        code = f"{r.randrange(low, high + 1)}{r.randrange(100):02d}"
        roll = r.random()
        written = (
            f"{code[:3]} {code[3:]}"
            if roll < 0.8
            else code
            if roll < 0.9
            else f"SE-{code[:3]} {code[3:]}"
        )
        return f"{written} {town.upper() if r.random() < 0.08 else town}"

    def sv_address(self, lines: bool = False) -> str:
        r = self.rng
        street = self.street()
        if r.random() < 0.2:
            street += f" lgh {r.randrange(10, 16)}{r.randrange(1, 10):02d}"
        elif r.random() < 0.1:
            street += f", {r.randrange(1, 6)} tr"
        if lines:
            return f"{street}\n{self.postcode_town()}"
        return f"{street}, {self.postcode_town()}"

    def uk_address(self, lines: bool = False) -> str:
        r = self.rng
        town, areas = r.choice(UK_TOWNS)
        code = f"{r.choice(areas)}{r.randrange(1, 20)} {r.randrange(1, 10)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        street = f"{r.randrange(1, 140)} {r.choice(UK_STREETS)}"
        if r.random() < 0.2:
            street = f"Flat {r.randrange(1, 12)}, {street}"
        if lines:
            return f"{street}\n{town}\n{code}"
        return f"{street}, {town} {code}"

    def eu_address(self) -> str:
        r = self.rng
        if r.random() < 0.4:
            return self.uk_address()
        country = r.choice(sorted(EU))
        streets, towns = EU[country]
        street = r.choice(streets)
        town, low, high = r.choice(towns)
        number = r.randrange(1, 120)
        code = r.randrange(low, high + 1)
        if country == "de":
            return f"{street} {number}, {code:05d} {town}"
        if country == "fr":
            return f"{number} {street}, {code:05d} {town}"
        if country == "fi":
            return f"{street} {number} {r.choice('ABC')} {r.randrange(1, 40)}, {code:05d} {town}"
        if country == "no":
            return f"{street} {number}, {code:04d} {town}"
        if country == "dk":
            return (
                f"{street} {number}, {r.randrange(1, 5)}. {r.choice(('tv', 'th'))}., {code} {town}"
            )
        if country == "pl":
            return f"{street} {number}/{r.randrange(1, 60)}, {code // 1000:02d}-{code % 1000:03d} {town}"
        return f"{street} {number}, {r.randrange(1, 8)}º {r.choice('ABCD')}, {code:05d} {town}"

    def title(self, woman: bool) -> str:
        titles = TITLES["sv"] + TITLES["en"] if self.lang == "mixed" else TITLES[self.lang]
        return self.rng.choice([t for t in titles if GENDERED.get(t, woman) == woman])


def genitive(name: str, lang: str) -> str:
    if lang == "en":
        return "'" if name.endswith("s") else "'s"
    return "'" if name[-1] in "sxzSXZ" else "s"


def person_segments(slot: str, person: Person, draw: Draw) -> list[Segment]:
    """A person's name in the form of `slot` (the value, and any text around it)."""
    r = draw.rng
    lang = draw.lang if draw.lang != "mixed" else "sv"
    if slot in ("P", "p", "NM"):
        draw.shown(person, "given", "surname")
        name = person.full.lower() if slot == "p" else person.full
        if slot == "NM":
            return [(name, "PERSON"), (" <", None), (draw.email(person), "EMAIL"), (">", None)]
        return [(name, "PERSON")]
    if slot in ("F", "f", "G", "g"):
        draw.shown(person, "first")
        name = person.first.lower() if slot.islower() else person.first
        if slot in ("G", "g"):
            return [(name, "PERSON"), (genitive(name, lang), None)]
        return [(name, "PERSON")]
    if slot == "T":
        title = draw.title(person.woman)
        whole = r.random() >= 0.45
        draw.shown(person, *(("given", "surname") if whole else ("surname",)))
        return [(title + " ", None), (person.full if whole else person.surname, "PERSON")]
    if slot in ("R", "RS"):  # `Svensson, Anna` (lists, journals), `Svensson Anna` (Outlook)
        draw.shown(person, "first", "surname")
        joint = ", " if slot == "R" else " "
        return [(f"{person.surname}{joint}{person.first}", "PERSON")]
    if slot == "I":
        draw.shown(person, "surname")
        initials = "-".join(part[0] for part in person.first.split("-"))
        return [(f"{initials}. {person.surname}", "PERSON")]
    if slot == "E":
        return [(draw.email(person), "EMAIL")]
    raise KeyError(slot)


PERSON_SLOTS = ("P", "p", "NM", "F", "f", "G", "g", "T", "R", "RS", "I", "E")


def slots(draw: Draw) -> dict[str, Callable[[], list[Segment]]]:
    r = draw.rng
    return {
        "PH": lambda: [(draw.phone(), "PHONE")],
        "N": lambda: [(draw.national_id(), "NATIONAL_ID")],
        "A": lambda: [(draw.sv_address(), "ADDRESS")],
        "AM": lambda: [(draw.sv_address(lines=True), "ADDRESS")],
        "S": lambda: [(draw.street(), "ADDRESS")],
        "a": lambda: [(draw.street().lower(), "ADDRESS")],
        "AF": lambda: [(draw.eu_address(), "ADDRESS")],
        "AFM": lambda: [(draw.uk_address(lines=True), "ADDRESS")],
        "DAY": lambda: [(r.choice(DAYS["en" if draw.lang == "en" else "sv"]), None)],
        "MONTH": lambda: [(r.choice(MONTHS["en" if draw.lang == "en" else "sv"]), None)],
        "PROD": lambda: [(r.choice(PRODUCTS), None)],
        "ORG": lambda: [(r.choice(ORGS["en" if draw.lang == "en" else "sv"]), None)],
        "PLACE": lambda: [(r.choice(PLACES["en" if draw.lang == "en" else "sv"]), None)],
        "NUM": lambda: [(str(r.randrange(10000, 99999)), None)],
        "TIME": lambda: [(f"{r.randrange(8, 17)}.{r.choice(('00', '15', '30', '45'))}", None)],
    }


# `{P}`; `{F:w}` a woman's given name; `{P:1}` ... `{F:1}` one person, named twice.
SLOT = re.compile(r"\{([A-Za-z]+)(?::(\d?)([wm]?))?\}")
TITLED = re.compile(r"(?:^|\s)(?:" + "|".join(map(re.escape, TITLES["sv"] + TITLES["en"])) + ") $")


def fill(template: str, draw: Draw) -> tuple[str, list[dict[str, object]]]:
    fillers = slots(draw)
    people: dict[str, Person] = {}
    text = ""
    spans: list[dict[str, object]] = []
    last = 0
    for match in SLOT.finditer(template):
        text += template[last : match.start()]
        slot, ref, gender = match.group(1), match.group(2), match.group(3)
        if slot in PERSON_SLOTS:
            woman = {"w": True, "m": False}.get(gender or "")
            if ref and ref in people:
                person = people[ref]
            else:
                person = draw.person(woman)
                if ref:
                    people[ref] = person
            segments = person_segments(slot, person, draw)
        else:
            segments = fillers[slot]()
        for value, kind in segments:
            if kind is not None:
                spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
            text += value
        last = match.end()
    return text + template[last:], spans


def plan(rng: Random, size: int) -> list[tuple[str, bool]]:
    """The rows' languages and which of them are negatives, in a seeded order."""
    rows: list[tuple[str, bool]] = []
    counts = {lang: round(size * share) for lang, share in SHARES.items()}
    counts["mixed"] = size - counts["sv"] - counts["en"]
    for lang, count in counts.items():
        negatives = round(count * NEGATIVE_SHARE)
        rows += [(lang, True)] * negatives + [(lang, False)] * (count - negatives)
    rng.shuffle(rows)
    return rows


def generate(
    seed: int = SEED, size: int = SIZE, draw: Draw | None = None
) -> list[dict[str, object]]:
    draw = draw or Draw(seed)
    decks: dict[tuple[str, bool], list[str]] = {}
    seen: set[str] = set()
    rows: list[dict[str, object]] = []
    for lang, negative in plan(draw.rng, size):
        draw.lang = lang
        for _ in range(50):
            deck = decks.setdefault((lang, negative), [])
            if not deck:
                deck += [t for la, t in (NEGATIVES if negative else TEMPLATES) if la == lang]
                draw.rng.shuffle(deck)
            text, spans = fill(deck.pop(), draw)
            if text not in seen:
                break
        seen.add(text)
        rows.append({
            "id": f"gen-heldout-v-{len(rows) + 1:04d}", "split": "heldout-v", "lang": lang,
            "text": text, "spans": spans,
        })  # fmt: skip
    return rows


def stats(rows: list[dict[str, object]], draw: Draw) -> None:
    """Counts only: no row of V is printed."""
    langs: Counter[str] = Counter()
    empty: Counter[str] = Counter()
    kinds: Counter[tuple[str, str]] = Counter()
    people: list[str] = []
    forms: Counter[str] = Counter()
    for row in rows:
        lang, text = str(row["lang"]), str(row["text"])
        spans = row["spans"]
        assert isinstance(spans, list)
        langs[lang] += 1
        empty[lang] += not spans
        for span in spans:
            value = text[span["start"] : span["end"]]
            kinds[(span["kind"], lang)] += 1
            kinds[(span["kind"], "all")] += 1
            if span["kind"] == "PERSON":
                people.append(value)
                forms["one word"] += " " not in value
                forms["lower case"] += value.islower()
                forms["hyphen"] += "-" in value
                forms["initial"] += bool(re.match(r"\w+(?:-\w)?\. ", value))
                forms["three or more words"] += len(value.split()) >= 3
                after = text[span["end"] : span["end"] + 2]
                forms["genitive"] += after[:1] in ("s", "'") and (after[1:] in ("", " ", "s", "\n"))
                before = text[max(0, span["start"] - 16) : span["start"]]
                forms["after a title"] += bool(TITLED.search(before))
            if span["kind"] == "ADDRESS":
                forms["address on lines"] += "\n" in value
                forms["address lower case"] += value.islower()
    print(f"rows {len(rows)}: " + ", ".join(f"{k} {v}" for k, v in langs.items()))
    print("without a value: " + ", ".join(f"{k} {v}" for k, v in empty.items()))
    for kind in ("PERSON", "ADDRESS", "PHONE", "EMAIL", "NATIONAL_ID"):
        per = ", ".join(f"{lang} {kinds[(kind, lang)]}" for lang in ("sv", "en", "mixed"))
        print(f"{kind}: {kinds[(kind, 'all')]} ({per})")
    print(f"PERSON distinct: {len(set(people))}")
    print("forms: " + ", ".join(f"{k} {v}" for k, v in forms.items()))
    total = sum(draw.split.values())
    print(
        f"name words: head {draw.split['head']} ({draw.split['head'] / total:.1%}), tail {draw.split['tail']}"
    )
    print("origins drawn: " + ", ".join(f"{k} {v}" for k, v in draw.origins.most_common()))


def write_rows(rows: list[dict[str, object]], out: Path) -> None:
    with out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {out}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--stats", action="store_true", help="print counts only, write nothing")
    args = parser.parse_args()
    draw = Draw(SEED)
    rows = generate(draw=draw)
    if args.stats:
        stats(rows, draw)
        return
    write_rows(rows, args.out)


if __name__ == "__main__":
    main()
