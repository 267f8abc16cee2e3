"""Generate held-out set B for personal-data detection (issue 15, second round).

    python data/pii/generate_b.py    # writes data/pii/generated-heldout-b.jsonl

Built before the second round of tuning, from sources that neither rung's recognisers nor the
first two generated sets (`generate.py`: dev and dev-b, once called held-out) used: given names
and surnames from other Faker locales (Norwegian, Danish, Spanish, Italian, Portuguese,
Romanian, Czech, Slovak, Slovenian, Hungarian, Indian English, Irish, Austrian, German, Dutch,
French), romanised names written for this set only (`NEW_ROMANISED`), Swedish street bases and
towns not in `generate.py`, streets of Norway, Denmark, Spain, Italy, Portugal, Austria and
Czechia, and new sentence templates. Values that occur in the first sets' pools are left out.
Do not tune on this set: measure it, report it. Same seed, same output.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

from faker import Faker

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from build import parse, write_rows  # noqa: E402
from generate import LAST_NAME_LISTS, Draw, Pools, mark  # noqa: E402

SEED = 15101
SIZE = 700
NAME_LOCALES = {
    "norwegian": "no_NO",
    "danish": "da_DK",
    "spanish": "es_ES",
    "italian": "it_IT",
    "portuguese": "pt_PT",
    "romanian": "ro_RO",
    "czech": "cs_CZ",
    "slovak": "sk_SK",
    "slovenian": "sl_SI",
    "hungarian": "hu_HU",
    "indian": "en_IN",
    "irish": "en_IE",
    "austrian": "de_AT",
    "german": "de_DE",
    "dutch": "nl_NL",
    "french": "fr_FR",
}
NEW_ROMANISED: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "middle-east": (
        (
            "Baraa",
            "Yusra",
            "Ghassan",
            "Shahed",
            "Mouhamad",
            "Rawan",
            "Qusai",
            "Tasnim",
            "Abdulrahman",
            "Hadeel",
            "Muntaser",
            "Bushra",
            "Osama",
            "Ruba",
            "Jawad",
            "Nisreen",
            "Shirin",
            "Babak",
            "Golnar",
            "Kourosh",
            "Parisa",
            "Siamak",
            "Mahsa",
            "Farhad",
            "Arezoo",
            "Behrouz",
            "Nasrin",
            "Omid",
            "Yalda",
            "Kaveh",
            "Soraya",
            "Ramin",
        ),
        (
            "Alhamwi",
            "Darwish",
            "Khatib",
            "Mansour",
            "Sabbagh",
            "Zaher",
            "Barakat",
            "Haddadin",
            "Jaber",
            "Nasrallah",
            "Qasem",
            "Shaheen",
            "Tahan",
            "Yaghi",
            "Abboud",
            "Halabi",
            "Rahimi",
            "Moradi",
            "Karimi",
            "Sadeghi",
            "Jafari",
            "Rostami",
            "Ghorbani",
            "Mohseni",
            "Bagheri",
            "Shirazi",
            "Hashemi",
            "Tehrani",
            "Nouri",
            "Kazemi",
            "Salehi",
            "Ebrahimi",
        ),
    ),
    "east-africa": (
        (
            "Hodan",
            "Abdiqani",
            "Sagal",
            "Guled",
            "Ubah",
            "Mursal",
            "Ifrah",
            "Liban",
            "Filsan",
            "Bashir",
            "Nimco",
            "Jama",
            "Semhar",
            "Tesfay",
            "Winta",
            "Yonas",
            "Rahwa",
            "Dawit",
            "Helen",
            "Berhane",
            "Saba",
            "Meron",
            "Kidane",
            "Lemlem",
        ),
        (
            "Warsame",
            "Egal",
            "Samatar",
            "Hirsi",
            "Dualeh",
            "Abdille",
            "Jibril",
            "Gurey",
            "Tekle",
            "Ghebremedhin",
            "Habte",
            "Kahsay",
            "Woldu",
            "Mehari",
            "Zerai",
            "Asfaha",
        ),
    ),
    "afghan-kurdish": (
        (
            "Zarmina",
            "Habibullah",
            "Mursal",
            "Shabnam",
            "Najibullah",
            "Freshta",
            "Wahid",
            "Roya",
            "Dilan",
            "Rojda",
            "Serwan",
            "Zhilwan",
            "Berfin",
            "Hevi",
            "Azad",
            "Nergiz",
        ),
        (
            "Ahmadzai",
            "Popal",
            "Stanekzai",
            "Wardak",
            "Sultani",
            "Noorzai",
            "Barzani",
            "Talabani",
            "Zebari",
            "Amedi",
            "Rashid",
            "Hawrami",
            "Sindi",
            "Duhoki",
        ),
    ),
}
WEIGHTS = {
    "norwegian": 8, "danish": 8, "spanish": 6, "italian": 6, "portuguese": 4, "romanian": 5,
    "czech": 3, "slovak": 3, "slovenian": 2, "hungarian": 4, "indian": 6, "irish": 5,
    "austrian": 3, "german": 5, "dutch": 4, "french": 5,
    "middle-east": 12, "east-africa": 8, "afghan-kurdish": 5,
}  # fmt: skip
SV_BASES_B = (
    "Flemingsbergs", "Vällingby", "Hässelby", "Akalla", "Husarviks", "Blåsut", "Gubbängs",
    "Västertorps", "Fruängs", "Mälarhöjds", "Rågsveds", "Hökarängs", "Sätra", "Storvreta",
    "Gottsunda", "Valsätra", "Navestads", "Hageby", "Skäggetorps", "Ryds", "Lindängs",
    "Törnrose", "Kronoparks", "Rosenlunds", "Ekholms", "Granbacka", "Tallkrogs", "Enskede",
    "Skarpnäcks", "Orminge", "Bergsjö", "Lövgärdets", "Tynnereds", "Frölunda", "Kvibergs",
    "Nydala", "Lindeborgs", "Holmastigs", "Oxie", "Sofielunds", "Seved", "Fosie",
)  # fmt: skip
SV_FORMS_B = (
    "{b}vägen", "{b}gatan", "{b}stråket", "{b}slingan", "{b}gränd", "{b} allé", "{b}backen",
    "{b}torget", "{b}platsen", "{b}kroken", "{b}bågen", "{b}promenaden", "{b}stigen",
)  # fmt: skip
SV_TOWNS_B = (
    "Vällingby", "Hässelby", "Skarpnäck", "Uppsala", "Norrköping", "Linköping", "Örebro",
    "Västerås", "Eskilstuna", "Södertälje", "Gävle", "Jönköping", "Växjö", "Halmstad",
    "Helsingborg", "Lund", "Karlstad", "Umeå", "Östersund", "Visby", "Mölndal", "Lerum",
)  # fmt: skip
EU_LOCALES = ("no_NO", "da_DK", "es_ES", "it_IT", "pt_PT", "de_AT", "cs_CZ")
TEMPLATES: dict[str, list[str]] = {
    "sv": [
        "God morgon {FIRST}! Din beställning är på väg.",
        "Kunden {PERSON} hörde av sig om en dubbeldebitering på {CARD}.",
        "Ny adress för {PERSON}: {SV_ADDRESS}. Uppdatera kundregistret.",
        "Journalanteckning: {PERSON} ({PNR}) ordinerades vila i två veckor.",
        "Referens: {TITLED}, tel {PHONE}.",
        "Vänliga hälsningar\n{PERSON}\nLönekontoret",
        "Har någon sett {FIRST}? Hen skulle vara här kl 9.",
        "{PERSON} och {PERSON2} delar rum 4 under konferensen.",
        "Skicka nyckeln till {SV_ADDRESS}, c/o {PERSON}.",
        "Inbetalning från {PERSON} till {IBAN} saknas fortfarande.",
        "fråga {first} om nyckeln, hon har den",
        "{first} sa att det funkar nu",
        "Det var {full} som ringde om fakturan",
        "Intervju med {PERSON} bokad på torsdag, skicka kallelse till {EMAIL}.",
        "Vi har tagit emot din anmälan, {FIRST}. Handläggningstiden är fyra veckor.",
        "Hyresgästen på {SV_ADDRESS} klagar på ventilationen.",
        "{TITLED} tar över ansvaret för projektet från och med måndag.",
        "Tack för hjälpen igår {FIRST}!",
        "Ansökan från {PERSON}, bosatt på {SV_ADDRESS}, har kommit in.",
        "Inloggning från {IP} för {PERSON} spärrades efter tre försök.",
    ],
    "en": [
        "Good morning {FIRST}, your order is on its way.",
        "Customer {PERSON} reported a double charge on {CARD}.",
        "Please update the address for {PERSON} to {EU_ADDRESS}.",
        "Clinical note: {PERSON} was advised to rest for two weeks.",
        "Reference: {TITLED}, phone {PHONE}.",
        "Kind regards,\n{PERSON}\nPayroll",
        "Has anyone seen {FIRST}? They were due at nine.",
        "{PERSON} and {PERSON2} will share room 4 at the conference.",
        "Send the keys to {EU_ADDRESS}, attention {PERSON}.",
        "ask {first} about the keys, she has them",
        "{first} said it works now",
        "it was {full} who called about the bill",
        "Interview with {PERSON} booked for Thursday, invite sent to {EMAIL}.",
        "We have received your application, {FIRST}. Processing takes four weeks.",
        "The tenant at {EU_ADDRESS} complains about the heating.",
        "{TITLED} takes over the project from Monday.",
        "Thanks for your help yesterday {FIRST}!",
        "Login from {IP} for {PERSON} was blocked after three attempts.",
    ],
    "mixed": [
        "Hej {FIRST}, could you check the order från {PERSON}?",
        "{PERSON} is moving till {SV_ADDRESS} next month.",
        "pinga {first} när builden är grön, thanks",
        "Kunden {PERSON} at {EU_ADDRESS} wants a refund.",
        "Lunch med {TITLED} on Friday?",
        "{FIRST} från ekonomi says the invoice to {EMAIL} bounced.",
        "Thanks {FIRST}! Jag skickar kontraktet till {SV_ADDRESS}.",
    ],
}
NEGATIVES: dict[str, list[str]] = {
    "sv": [
        "Leveransen från Jönköping är försenad till onsdag.",
        "Kom ihåg att uppdatera Slack-appen innan fredag.",
        "Sprint 23 avslutas med demo i stora konferensrummet.",
        "Apoteket på Drottninggatan har stängt för inventering.",
        "Vi har fått 14 nya ärenden sedan i morse.",
    ],
    "en": [
        "The shipment from Rotterdam is delayed until Wednesday.",
        "Remember to update the Zoom client before Friday.",
        "Sprint 23 ends with a demo in the large meeting room.",
        "We received 14 new tickets since this morning.",
        "Berlin and Madrid offices share the same VPN gateway.",
    ],
    "mixed": [
        "Deployen till prod gick fint, see the dashboard.",
        "Backlog grooming flyttas till onsdag, sorry for the mess.",
    ],
}


def old_values() -> set[str]:
    """Every name and street value the first two sets could draw."""
    seen: set[str] = set()
    for split in ("dev", "heldout"):
        pools = Pools(split)
        for table in (pools.first, pools.last):
            for values in table.values():
                seen.update(values)
        seen.update(pools.sv_bases)
        seen.update(pools.sv_towns)
    return seen


class DrawB(Draw):
    """Values for held-out B: new name pools and streets, the rest as in `Draw`."""

    def __init__(self, seed: int) -> None:
        super().__init__("heldout", seed)
        old = old_values()
        first: dict[str, list[str]] = {}
        last: dict[str, list[str]] = {}
        for origin, locale in NAME_LOCALES.items():
            people = Faker(locale).provider("faker.providers.person")
            given = set(getattr(people, "first_names_female", ())) | set(
                getattr(people, "first_names_male", ())
            ) or set(people.first_names)
            family: set[str] = set()
            for attribute in LAST_NAME_LISTS:
                values = getattr(people, attribute, ())
                family |= {v for v in values if isinstance(v, str) and "{" not in v}
            first[origin] = sorted(n for n in given if n.isalpha() and n not in old)
            last[origin] = sorted(n for n in family if n.isalpha() and n not in old)
        for origin, (given_names, family_names) in NEW_ROMANISED.items():
            first[origin] = sorted(n for n in given_names if n not in old)
            last[origin] = sorted(n for n in family_names if n not in old)
        self.pools.first, self.pools.last = first, last
        self.eu = {loc: Faker(loc) for loc in EU_LOCALES}
        for number, fake in enumerate(self.eu.values()):
            fake.seed_instance(seed + 100 + number)

    def origin(self) -> str:
        origins = list(WEIGHTS)
        return self.rng.choices(origins, [WEIGHTS[o] for o in origins])[0]

    def sv_address(self) -> str:
        street = self.rng.choice(SV_FORMS_B).format(b=self.rng.choice(SV_BASES_B))
        street = street.replace("ss", "s") if street.endswith("s allé") else street
        number = str(self.rng.randint(1, 90)) + self.rng.choice(("", "", "", "A", "B"))
        postcode = f"{self.rng.randint(100, 984)} {self.rng.randint(10, 99)}"
        town = self.rng.choice(SV_TOWNS_B)
        roll = self.rng.random()
        if roll < 0.4:
            return f"{street} {number}, {postcode} {town}"
        if roll < 0.55:
            return f"{street} {number}, {town}"
        if roll < 0.65:
            return f"{street} {number}, lgh {self.rng.randint(1001, 1303)}"
        return f"{street} {number}"

    def eu_address(self) -> str:
        fake = self.eu[self.rng.choice(EU_LOCALES)]
        street = " ".join(fake.street_address().split())
        if self.rng.random() < 0.3:
            return street
        return f"{street}, {fake.postcode()} {fake.city()}"


def fill(template: str, draw: DrawB) -> str:
    values: dict[str, Callable[[], str]] = {
        "{PERSON}": lambda: mark("PERSON", draw.person()),
        "{PERSON2}": lambda: mark("PERSON", draw.person()),
        "{FIRST}": lambda: mark("PERSON", draw.first()),
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


def titled(draw: DrawB) -> str:
    title = draw.rng.choice(
        ("Dr", "Prof.", "Ms", "Mr", "CFO", "rektor", "överläkare", "advokat", "Director")
    )
    name = draw.person() if draw.rng.random() < 0.7 else draw.last()
    return f"{title} {mark('PERSON', name)}"


def generate(seed: int = SEED, size: int = SIZE) -> list[dict[str, object]]:
    draw = DrawB(seed)
    rows: list[dict[str, object]] = []
    for number in range(size):
        lang = draw.rng.choices(("sv", "en", "mixed"), (45, 35, 20))[0]
        pool = NEGATIVES[lang] if draw.rng.random() < 0.1 else TEMPLATES[lang]
        text, spans = parse(fill(draw.rng.choice(pool), draw))
        row_id = f"gen-heldout-b-{number + 1:04d}"
        rows.append(
            {"id": row_id, "split": "heldout-b", "lang": lang, "text": text} | {"spans": spans}
        )
    return rows


def main() -> None:
    random.seed(SEED)
    rows = generate()
    write_rows(rows, HERE / "generated-heldout-b.jsonl")


if __name__ == "__main__":
    main()
