"""Generate the dev and held-out sets for personal-data detection (issue 15).

    python data/pii/generate.py            # writes data/pii/generated-dev.jsonl, -heldout.jsonl
    python data/pii/generate.py --overlap  # how many generated names rung's lexicons know

Written apart from rung's recognisers. Values are drawn at random from Faker's locale lists
(Faker, MIT licence: Swedish, English, Finnish, Polish, Turkish, Croatian/Bosnian, German,
French, Dutch) and from the romanised lists in `generator_names.py`; they are never the lists
the recognisers use. Every name pool and street pool is split in two by a hash of the value:
one half feeds the dev set, the other the held-out set, so a name seen while tuning on dev never
appears in held-out. Sentences come from templates (support tickets, HR mail, medical notes,
chat, invoices; Swedish, English, mixed) plus the hand-written hard cases in `hard-cases.txt`
(alternately dev and held-out). Gold spans are labelled as the values are put in.
Needs `faker` (in rung's dev extra). Same seed, same output.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
from collections.abc import Callable
from pathlib import Path

from faker import Faker

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from build import parse, write_rows  # noqa: E402
from generator_names import ROMANISED  # noqa: E402

LAST_NAME_LISTS = (
    "last_names",
    "last_names_female",
    "last_names_male",
    "male_last_names",
    "unisex_last_names",
)
SIZE = 700  # generated sentences per set, before the hard cases
FAKER_ORIGINS = {
    "swedish": "sv_SE",
    "english": "en_GB",
    "american": "en_US",
    "finnish": "fi_FI",
    "polish": "pl_PL",
    "turkish": "tr_TR",
    "bosnian-croatian": "hr_HR",
}
# How often each origin is drawn (roughly who lives in Sweden and who writes to a support desk).
ORIGIN_WEIGHTS = {
    "swedish": 40,
    "english": 10,
    "american": 6,
    "finnish": 6,
    "polish": 6,
    "turkish": 6,
    "bosnian-croatian": 4,
    "arabic": 8,
    "somali": 5,
    "persian": 5,
    "kurdish": 2,
    "tigrinya": 2,
    "bosnian": 2,
}


def half(value: str) -> str:
    """Which set a pool value belongs to: 'dev' or 'heldout', by a stable hash."""
    return "dev" if hashlib.sha256(value.encode()).digest()[0] % 2 == 0 else "heldout"


class Pools:
    """Name and street pools of one set (half of every source list)."""

    def __init__(self, split: str) -> None:
        self.first: dict[str, list[str]] = {}
        self.last: dict[str, list[str]] = {}
        for origin, locale in FAKER_ORIGINS.items():
            provider = Faker(locale)
            people = provider.provider("faker.providers.person")
            first = set(getattr(people, "first_names_female", ())) | set(
                getattr(people, "first_names_male", ())
            )
            if not first:
                first = set(people.first_names)
            last = set()
            for attribute in LAST_NAME_LISTS:
                values = getattr(people, attribute, ())
                last |= {v for v in values if isinstance(v, str) and "{" not in v}
            self.first[origin] = sorted(n for n in first if half(n) == split and n.isalpha())
            self.last[origin] = sorted(n for n in last if half(n) == split and " " not in n)
        for origin, (first_names, last_names) in ROMANISED.items():
            self.first[origin] = sorted(n for n in first_names if half(n) == split)
            self.last[origin] = sorted(n for n in last_names if half(n) == split)
        sv = Faker("sv_SE").provider("faker.providers.address")
        self.sv_bases = sorted(
            {b for b in (*sv.street_prefixes, *SV_STREET_BASES) if half(b) == split}
        )
        self.sv_towns = sorted(t for t in (*sv.cities, *SV_TOWNS) if half(t) == split)


SV_STREET_BASES = [
    "Rinkeby",
    "Hammarby",
    "Tensta",
    "Husby",
    "Fittja",
    "Alby",
    "Hjulsta",
    "Skärholmen",
    "Vårby",
    "Bredäng",
    "Rosengård",
    "Hageby",
    "Hjällbo",
    "Angered",
    "Gårdsten",
    "Biskopsgården",
    "Kortedala",
    "Holma",
    "Kroksbäck",
    "Herrgården",
    "Björkhagen",
    "Ekhagen",
    "Lindhagen",
    "Solhems",
    "Tallbacks",
    "Lärk",
    "Hassel",
    "Rönn",
    "Syren",
    "Fjäril",
    "Sparv",
    "Trast",
    "Tranås",
    "Ringvägs",
    "Sjö",
    "Hamn",
    "Kvarn",
    "Mölle",
    "Torps",
    "Bergs",
    "Dal",
    "Lund",
    "Äng",
    "Hag",
    "Gärdes",
    "Smedje",
    "Mästar",
    "Rektors",
    "Doktor",
    "Prost",
    "Klockar",
    "Kapten",
    "Student",
    "Sommar",
    "Vinter",
    "Höst",
    "Vår",
    "Norrlands",
    "Skåne",
    "Dala",
]
SV_TOWNS = [
    "Spånga",
    "Kista",
    "Tensta",
    "Bandhagen",
    "Farsta",
    "Hägersten",
    "Bromma",
    "Sollentuna",
    "Täby",
    "Huddinge",
    "Tumba",
    "Botkyrka",
    "Märsta",
    "Haninge",
    "Nacka",
    "Järfälla",
    "Angered",
    "Hisings",
    "Backa",
    "Partille",
    "Kungälv",
    "Trollhättan",
    "Kristianstad",
    "Landskrona",
    "Trelleborg",
    "Ystad",
    "Skövde",
    "Falun",
    "Borlänge",
    "Sundsvall",
    "Luleå",
    "Piteå",
    "Kiruna",
]
SV_STREET_FORMS = (
    "{b}vägen",
    "{b}gatan",
    "{b}svängen",
    "{b}gränd",
    "{b}stigen",
    "{b}backen",
    "{b}torget",
    "{b}s allé",
    "{b} allé",
    "{b} backe",
    "{b}s backe",
    "{b} stig",
    "{b}s torg",
    "{b} plan",
    "{b}s plan",
    "{b}s gränd",
    "{b}gången",
    "{b}leden",
)
TITLES_SV = (
    "VD",
    "vd",
    "Dr",
    "dr",
    "doktor",
    "chefen",
    "sjuksköterskan",
    "kollegan",
    "handläggaren",
)
TITLES_EN = ("Dr", "Dr.", "Mr", "Mr.", "Ms", "Ms.", "Mrs", "CEO", "Professor", "Nurse", "manager")


class Draw:
    """Random values for one set, from its pools."""

    def __init__(self, split: str, seed: int) -> None:
        self.pools = Pools(split)
        self.rng = random.Random(seed)
        self.fakers = {loc: Faker(loc) for loc in ("fr_FR", "de_DE", "nl_NL", "en_GB")}
        for number, fake in enumerate(self.fakers.values()):
            fake.seed_instance(seed + number)

    def origin(self) -> str:
        origins = list(ORIGIN_WEIGHTS)
        return self.rng.choices(origins, [ORIGIN_WEIGHTS[o] for o in origins])[0]

    def first(self, origin: str | None = None) -> str:
        return self.rng.choice(self.pools.first[origin or self.origin()])

    def last(self, origin: str | None = None) -> str:
        return self.rng.choice(self.pools.last[origin or self.origin()])

    def person(self) -> str:
        """A full name in one of the forms people write."""
        origin = self.origin()
        roll = self.rng.random()
        if roll < 0.08:
            return f"{self.first(origin)}-{self.first(origin)} {self.last(origin)}"
        if roll < 0.14:
            return f"{self.first(origin)} {self.last(origin)}-{self.last(origin)}"
        if roll < 0.20:
            return f"{self.first(origin)} {self.first(origin)} {self.last(origin)}"
        return f"{self.first(origin)} {self.last(origin)}"

    def sv_address(self) -> str:
        base = self.rng.choice(self.pools.sv_bases)
        form = self.rng.choice(SV_STREET_FORMS)
        if base.endswith("s"):
            form = form.replace("{b}s ", "{b} ")
        street = form.format(b=base)
        number = str(self.rng.randint(1, 140))
        roll = self.rng.random()
        if roll < 0.15:
            number += self.rng.choice(("A", "B", " B", "C"))
        postcode = f"{self.rng.randint(100, 984)} {self.rng.randint(10, 99)}"
        town = self.rng.choice(self.pools.sv_towns)
        roll = self.rng.random()
        if roll < 0.45:
            return f"{street} {number}, {postcode} {town}"
        if roll < 0.55:
            return f"{street} {number}, {town}"
        if roll < 0.62:
            return f"{street} {number} lgh {self.rng.randint(1001, 1403)}"
        return f"{street} {number}"

    def eu_address(self) -> str:
        country = self.rng.choice(("fr", "de", "nl", "uk"))
        if country == "fr":
            fake = self.fakers["fr_FR"]
            street = fake.street_name()
            return f"{self.rng.randint(1, 150)} {street}, {fake.postcode()} {fake.city()}"
        if country == "de":
            fake = self.fakers["de_DE"]
            return (
                f"{fake.street_name()} {self.rng.randint(1, 99)}, {fake.postcode()} {fake.city()}"
            )
        if country == "nl":
            fake = self.fakers["nl_NL"]
            return (
                f"{fake.street_name()} {self.rng.randint(1, 200)}, {fake.postcode()} {fake.city()}"
            )
        fake = self.fakers["en_GB"]
        suffix = self.rng.choice(
            ("Street", "Road", "Lane", "Avenue", "Close", "Drive", "Gardens", "Crescent", "Way")
        )
        street = f"{self.rng.randint(1, 220)} {fake.last_name()} {suffix}"
        if self.rng.random() < 0.5:
            return f"{street}, {fake.city()} {fake.postcode()}"
        return street

    def email(self, name: str) -> str:
        parts = [p for p in name.lower().replace("-", " ").split() if p.isascii()]
        local = ".".join(parts[:2]) if parts else f"user{self.rng.randint(10, 999)}"
        return f"{local}@{self.rng.choice(('example.se', 'example.com', 'mail.example.org'))}"

    def phone(self) -> str:
        roll = self.rng.random()
        digits = [self.rng.randint(0, 9) for _ in range(7)]
        body = f"{digits[0]}{digits[1]}{digits[2]} {digits[3]}{digits[4]} {digits[5]}{digits[6]}"
        if roll < 0.5:
            return f"07{self.rng.choice('02369')}-{body}"
        if roll < 0.8:
            return f"+46 7{self.rng.choice('02369')} {body}"
        return f"08-{body}"

    def personnummer(self) -> str:
        year, month, day = (
            self.rng.randint(40, 99),
            self.rng.randint(1, 12),
            self.rng.randint(1, 28),
        )
        serial = self.rng.randint(100, 999)
        nine = f"{year:02d}{month:02d}{day:02d}{serial:03d}"
        return f"{nine[:6]}-{nine[6:]}{luhn_digit(nine)}"

    def iban(self) -> str:
        bban = f"{self.rng.randint(1000, 9999)}{self.rng.randint(0, 10**16 - 1):016d}"
        check = 98 - int(bban + "281400") % 97  # "SE" = 28 14
        raw = f"SE{check:02d}{bban}"
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))

    def card(self) -> str:
        fifteen = "4" + "".join(str(self.rng.randint(0, 9)) for _ in range(14))
        raw = fifteen + luhn_digit(fifteen)
        return " ".join(raw[i : i + 4] for i in range(0, 16, 4))

    def ip(self) -> str:
        first = self.rng.choice((81, 85, 90, 193, 213))
        rest = (self.rng.randint(0, 255), self.rng.randint(0, 255), self.rng.randint(1, 254))
        return ".".join(str(part) for part in (first, *rest))


def luhn_digit(digits: str) -> str:
    """The Luhn check digit for `digits`."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char) * (2 if position % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return str((10 - total % 10) % 10)


# Templates: {PERSON} a full name, {FIRST} a given name alone, {first} a given name in lower
# case, {full} a full name in lower case, {TITLED} a title then a full name (the title is not
# part of the span), {SV_ADDRESS}, {EU_ADDRESS}, {EMAIL}, {PHONE}, {PNR}, {IBAN}, {CARD}, {IP}.
TEMPLATES: dict[str, list[str]] = {
    "sv": [
        "Hej {FIRST}, tack för ditt mejl! Jag återkommer i morgon.",
        "Ärende 4471: {PERSON} når inte sitt konto sedan i fredags, ring {PHONE}.",
        "{PERSON} har flyttat till {SV_ADDRESS} och vill ha fakturan dit.",
        "Patienten {PERSON}, personnummer {PNR}, kommer på återbesök vecka 12.",
        "Anställningsavtal för {PERSON} skickas till {SV_ADDRESS}.",
        "Hälsningar,\n{PERSON}\nKundtjänst",
        "{TITLED} har godkänt budgeten för nästa kvartal.",
        "Kan du be {FIRST} att skicka underlaget före lunch?",
        "Mötet flyttas, {FIRST} och {FIRST2} kan inte på torsdag.",
        "Leveransadress: {SV_ADDRESS}. Mottagare: {PERSON}.",
        "Fakturan till {PERSON} ({EMAIL}) betalas till {IBAN}.",
        "Remiss: {PERSON} född {PNR} har ont i knät sedan mars.",
        "hej {first}! ses vi på lunchen idag?",
        "tack {first}, det löste sig",
        "jag pratade med {full} igår, hon hör av sig",
        "Sjuksköterskan noterade att {PERSON} behöver ny tid. Anhörig: {PERSON2}, {PHONE}.",
        "Lägenheten på {SV_ADDRESS} är uthyrd till {PERSON} från 1 maj.",
        "Nytt lösenord skickat till {EMAIL} för {PERSON} (inloggning från {IP}).",
        "{FIRST} ringde och frågade om ordern, kan någon återkoppla?",
        "Återbetalning till kort {CARD} för {PERSON} är gjord.",
        "Kära {FIRST}, välkommen till teamet!",
        "Enligt {TITLED} ska rapporten vara klar i juni.",
        "Paketet till {SV_ADDRESS} kom tillbaka, adressen fanns inte.",
        "Vi bor numera på {SV_ADDRESS} om du vill skicka kortet.",
    ],
    "en": [
        "Hi {FIRST}, thanks for getting back to me so quickly.",
        "Ticket 8812: {PERSON} cannot log in since Friday, call {PHONE}.",
        "Please ship the order to {EU_ADDRESS} for {PERSON}.",
        "Patient {PERSON} (DOB on file) was seen for a follow-up on Tuesday.",
        "Dear {FIRST},\nYour contract is attached. Best regards, {PERSON}",
        "{TITLED} approved the budget for next quarter.",
        "Can you ask {FIRST} to send the figures before lunch?",
        "Invoice for {PERSON}, {EU_ADDRESS}, due in 30 days.",
        "hey {first} are you coming to the standup?",
        "thanks {first}, that fixed it",
        "I spoke to {full} yesterday and she will get back to us.",
        "Refund to card {CARD} for {PERSON} has been processed.",
        "New password sent to {EMAIL} for {PERSON} (login from {IP}).",
        "{FIRST} called about the delivery, can someone follow up?",
        "The meeting moved because {FIRST} and {FIRST2} are away on Thursday.",
        "Our new office is at {EU_ADDRESS}, next to the station.",
        "Nurse's note: {PERSON} needs a new appointment; next of kin {PERSON2}, {PHONE}.",
        "Cheers,\n{PERSON}\nCustomer Support",
        "According to {TITLED}, the report is due in June.",
        "The parcel to {SV_ADDRESS} was returned to sender.",
    ],
    "mixed": [
        "Hej {FIRST}, the customer {PERSON} wants a refund till {IBAN}.",
        "FYI: {PERSON} har bytt adress till {SV_ADDRESS}.",
        "Kan du pinga {first} om PR:en? thanks!",
        "Customer {PERSON} på {SV_ADDRESS} says the invoice is wrong.",
        "Meeting med {TITLED} imorgon kl 10, agenda kommer.",
        "Skicka kontraktet till {PERSON}, {EU_ADDRESS}, asap.",
        "{FIRST} från supporten says the login från {IP} was blocked.",
        "Thanks {FIRST}! Jag fixar fakturan till {EMAIL}.",
    ],
}
NEGATIVES: dict[str, list[str]] = {
    "sv": [
        "Ordernummer 2024-113-5589 skickades i tisdags från lagret i Borås.",
        "Mötet i Göteborg flyttas till vecka 14, Teams-länk kommer.",
        "Servern startades om kl 03:15 efter uppdateringen till version 2.4.1.",
        "Vi har stängt måndag 1 maj och midsommarafton.",
        "Kvittot gäller köp på Ikea Kungens Kurva den 12 mars.",
        "Tack för beställningen! Leverans sker inom 3-5 arbetsdagar.",
        "Fakturan har OCR-nummer 4455667788 och förfaller 30 juni.",
        "Kan någon kolla varför Jenkins-bygget failar på main?",
        "Stora Torget är avstängt under marknaden på lördag.",
        "Hej! Jag har glömt mitt lösenord, hur gör jag?",
        "Norra Djurgården och Södermalm har flest cyklister i Stockholm.",
        "Vårdcentralen Tensta har öppet till 17 på fredagar.",
    ],
    "en": [
        "Order 2024-113-5589 shipped on Tuesday from the warehouse in Leeds.",
        "The server restarted at 03:15 after the upgrade to version 2.4.1.",
        "We are closed on Good Friday and Easter Monday.",
        "Thanks for your order! Delivery takes 3-5 working days.",
        "Can someone check why the Jenkins build fails on main?",
        "The Amazon Web Services outage hit Northern Virginia on Monday.",
        "Microsoft Teams and Google Docs both work in the browser.",
        "Hi there, I forgot my password, what should I do?",
        "London Bridge station is closed this weekend.",
        "The Paris office moved to a new building in March.",
    ],
    "mixed": [
        "Release 3.1 är ute, see the changelog for details.",
        "Kan någon review:a PR #412? It touches the billing module.",
        "Standup flyttas till 10:15 idag, sorry!",
    ],
}


def fill(template: str, draw: Draw) -> str:
    """The template with values put in as {{KIND:value}} marks."""
    values: dict[str, Callable[[], str]] = {
        "{PERSON}": lambda: mark("PERSON", draw.person()),
        "{PERSON2}": lambda: mark("PERSON", draw.person()),
        "{FIRST}": lambda: mark("PERSON", draw.first()),
        "{FIRST2}": lambda: mark("PERSON", draw.first()),
        "{first}": lambda: mark("PERSON", draw.first().lower()),
        "{full}": lambda: mark("PERSON", draw.person().lower()),
        "{TITLED}": lambda: titled(draw),
        "{SV_ADDRESS}": lambda: mark("ADDRESS", draw.sv_address()),
        "{EU_ADDRESS}": lambda: mark("ADDRESS", draw.eu_address()),
        "{EMAIL}": lambda: mark("EMAIL", draw.email(draw.person())),
        "{PHONE}": lambda: mark("PHONE", draw.phone()),
        "{PNR}": lambda: mark("NATIONAL_ID", draw.personnummer()),
        "{IBAN}": lambda: mark("IBAN", draw.iban()),
        "{CARD}": lambda: mark("CREDIT_CARD", draw.card()),
        "{IP}": lambda: mark("IP_ADDRESS", draw.ip()),
    }
    for slot, make in values.items():
        while slot in template:
            template = template.replace(slot, make(), 1)
    return template


def mark(kind: str, value: str) -> str:
    return "{{" + kind + ":" + value + "}}"


def titled(draw: Draw) -> str:
    swedish = draw.rng.random() < 0.5
    title = draw.rng.choice(TITLES_SV if swedish else TITLES_EN)
    name = draw.person() if draw.rng.random() < 0.7 else draw.last()
    return f"{title} {mark('PERSON', name)}"


def generate(split: str, seed: int, size: int = SIZE) -> list[dict[str, object]]:
    draw = Draw(split, seed)
    rows: list[dict[str, object]] = []
    for number in range(size):
        lang = draw.rng.choices(("sv", "en", "mixed"), (45, 35, 20))[0]
        pool = NEGATIVES[lang] if draw.rng.random() < 0.12 else TEMPLATES[lang]
        text, spans = parse(fill(draw.rng.choice(pool), draw))
        rows.append(
            {"id": f"gen-{split}-{number + 1:04d}", "split": split, "lang": lang, "text": text}
            | {"spans": spans}
        )
    hard = [
        line
        for line in (HERE / "hard-cases.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    for number, line in enumerate(hard):
        if ("dev", "heldout")[number % 2] != split:
            continue
        lang, marked = line.split("\t", 1)
        text, spans = parse(marked)
        row_id = f"hard-{split}-{number + 1:03d}"
        rows.append({"id": row_id, "split": split, "lang": lang, "text": text, "spans": spans})
    return rows


def overlap() -> None:
    """Share of generated given names and surnames that rung's recogniser lexicons contain."""
    sys.path.insert(0, str(HERE.parents[1] / "src"))
    from rung.privacy import names

    for split in ("dev", "heldout"):
        pools = Pools(split)
        first = [n for names in pools.first.values() for n in names]
        last = [n for names in pools.last.values() for n in names]
        known_first = sum(names.given(n) for n in first)
        known_last = sum(names.surname(n) for n in last)
        print(
            f"{split}: given names {known_first}/{len(first)} in rung's lexicon, "
            f"surnames {known_last}/{len(last)}"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--overlap", action="store_true")
    args = parser.parse_args()
    if args.overlap:
        overlap()
        return
    for split, seed in (("dev", 15001), ("heldout", 15002)):
        rows = generate(split, seed)
        write_rows(rows, HERE / f"generated-{split}.jsonl")


if __name__ == "__main__":
    main()
