"""Generate held-out set C for personal-data detection (issue 15, third round).

    python data/pii/generate_c.py    # writes data/pii/generated-heldout-c.jsonl

Built in round three BEFORE any tuning of that round, and scored only twice (a baseline and
the final figures); its errors are never listed. Names come only from the held-out eighth of
the public name lists in `name_sources.py` (Faker's locale lists and the US Census lists; see
`name_sources.heldout_c`): `build_lexicons.py` leaves exactly those words out of rung's
lexicons, and words of rung's hand-written lexicons
are left out here, so no name in C is in any lexicon. Streets come from
Swedish street bases written for this set and from Faker locales no earlier set used (fi_FI,
pl_PL, de_CH, fr_CH, hr_HR). Templates are new: chat in lower case, titles and names,
hyphenated and multi-part names, one-word names, support tickets, HR mail, medical notes,
invoices; Swedish, English and mixed. Same seed, same output.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from faker import Faker

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from build import parse, write_rows  # noqa: E402
from generate import Draw, mark  # noqa: E402
from generate_b import DrawB  # noqa: E402
from name_sources import all_names, heldout_c  # noqa: E402

SEED = 15201
SIZE = 640
ORIGINS: dict[str, tuple[int, tuple[str, ...]]] = {
    "swedish": (28, ("sv_SE",)),
    "nordic": (8, ("no_NO", "da_DK", "fi_FI", "is_IS")),
    "english": (10, ("en_US", "en_GB", "en_IE", "en_NZ", "census")),
    "arabic": (10, ("en_PK", "fr_DZ")),
    "turkish": (6, ("tr_TR", "az_AZ")),
    "slavic": (8, ("pl_PL", "cs_CZ", "sk_SK", "hr_HR", "sl_SI", "lt_LT", "lv_LV")),
    "african": (6, ("en_KE", "en_NG", "yo_NG", "ha_NG", "ig_NG", "zu_ZA", "sw", "tw_GH")),
    "south-asian": (4, ("en_IN",)),
    "latin": (6, ("es_ES", "es_MX", "pt_BR", "pt_PT", "it_IT")),
    "western": (5, ("de_DE", "fr_FR", "nl_NL")),
    "asian": (3, ("id_ID", "vi_VN")),
}
SV_BASES_C = (
    "Rinkeby", "Järva", "Kvarnby", "Hovsjö", "Ronna", "Geneta", "Brandbergs", "Jordbro",
    "Hallunda", "Norsborgs", "Eriksbergs", "Kronogårds", "Stenhammars", "Gottsunda",
    "Årsta", "Lindholmens", "Biskopsgårdens", "Hammarkullens", "Lövgärds", "Kortedala",
    "Holma", "Kroksbäcks", "Lindängens", "Herrgårds", "Vivalla", "Brickebackens",
    "Navestads", "Skarpnäcks", "Bagarmossens", "Råby", "Bäckby", "Gränby", "Nyfors",
    "Fröslunda", "Araby", "Sörby", "Skogås", "Hagsätra", "Rågsveds", "Alby",
)  # fmt: skip
SV_FORMS_C = (
    "{b}svängen", "{b}vägen", "{b} backe", "{b} plan", "{b} gränd", "{b}stigen", "{b} torg",
    "{b} allé", "{b}gatan", "{b}leden", "{b}ringen", "{b} park", "{b}höjden",
)  # fmt: skip
SV_TOWNS_C = (
    "Spånga", "Kista", "Botkyrka", "Tumba", "Haninge", "Jakobsberg", "Märsta", "Eskilstuna",
    "Borlänge", "Trollhättan", "Uddevalla", "Kristianstad", "Landskrona", "Karlskrona",
    "Kalmar", "Falun", "Skövde", "Motala", "Nyköping", "Sandviken",
)  # fmt: skip
EU_LOCALES_C = ("fi_FI", "pl_PL", "de_CH", "fr_CH", "hr_HR")
TITLES_C = (
    "VD", "vd", "Dr.", "dr", "Prof.", "överläkare", "sjuksköterska", "HR-chef", "rektor",
    "Mrs", "Mr.", "Ms.", "Dr", "nurse", "Officer", "handläggare", "kuratorn", "Sgt.",
)  # fmt: skip
TEMPLATES: dict[str, list[str]] = {
    "sv": [
        "Ärende 4471: {PERSON} kan inte logga in sedan uppdateringen.",
        "Hej {FIRST}!\nDitt ärende är nu stängt. Mvh Supporten",
        "Till HR: {PERSON} börjar som projektledare den 1 mars, placering {SV_ADDRESS}.",
        "Epikris: pat. {PERSON}, {PNR}, inkom med bröstsmärta. Anhörig: {PERSON2}.",
        "Faktura 2291 till {PERSON}, {SV_ADDRESS}, förfaller 30 dagar netto.",
        "{TITLED} har godkänt budgeten.",
        "Möte med {TITLED} flyttat till kl 14.",
        "Vi saknar underskrift från {HYPHEN} på anställningsavtalet.",
        "{FIRST} har sjukanmält sig idag, {FIRST2} tar hennes pass.",
        "Jag heter {PERSON} och bor på {SV_ADDRESS}.",
        "Mitt namn är {FIRST}, jag ringer om min faktura.",
        "Hälsningar,\n{PERSON}\nEkonomiavdelningen",
        "Kontaktperson för leveransen är {PERSON}, tel {PHONE}.",
        "Patienten {PERSON} har tid hos {TITLED} på torsdag.",
        "Lönespecifikationen för {PERSON} skickas till {EMAIL}.",
        "Hyresavi: {PERSON}, {SV_ADDRESS}. Betala till {IBAN}.",
        "Ny medarbetare: {MULTI}, som kommer från vårt kontor i Malmö.",
        "Beställare: {PERSON}, leveransadress {SV_ADDRESS}.",
        "Tack för i dag, {FIRST} och {FIRST2}!",
        "Kvitto skickat till {PERSON} för kortet {CARD}.",
        "Läkaranteckning: {FIRST} mår bättre efter behandlingen.",
        "{PERSON} från kundtjänst återkommer i morgon.",
        "Referens: {LAST}, avdelning 7.",
        "Uppsägning från {PERSON} har kommit in, sista dag 31/5.",
        "Vem är ansvarig? Fråga {FIRST} på IT.",
        "Ärendet gäller {PERSON} ({PNR}) som flyttat till {SV_ADDRESS}.",
    ],
    "sv-chat": [
        "hej {first}, har du tid en sekund?",
        "{first} kan du kolla mejlen?",
        "tack {first} för hjälpen idag",
        "snackade med {full} om releasen",
        "har {first} fått nyckeln till {SV_ADDRESS}?",
        "kan nån pinga {first}? hen svarar inte",
        "ok {first}, jag fixar det",
        "{first} och {first2} är sjuka idag",
        "lunch med {first} kl 12?",
        "jag heter {first} och har problem med appen",
    ],
    "en": [
        "Ticket #8812: {PERSON} cannot reset the password.",
        "Hi {FIRST},\nYour case has been closed. Best regards, Support",
        "To HR: {PERSON} starts as a team lead on March 1st.",
        "Discharge summary: patient {PERSON}, DOB 1961-04-02, next of kin {PERSON2}.",
        "Invoice 5512 to {PERSON}, {EU_ADDRESS}, due in 30 days.",
        "{TITLED} approved the budget.",
        "Meeting with {TITLED} moved to 2 pm.",
        "We are missing a signature from {HYPHEN} on the contract.",
        "{FIRST} called in sick today, {FIRST2} covers the shift.",
        "My name is {PERSON} and I live at {EU_ADDRESS}.",
        "I'm {FIRST}, calling about my invoice.",
        "Sincerely,\n{PERSON}\nAccounts Payable",
        "Contact person for the delivery: {PERSON}, phone {PHONE}.",
        "Patient {PERSON} sees {TITLED} on Thursday.",
        "The payslip for {PERSON} goes to {EMAIL}.",
        "New starter: {MULTI}, joining from our Leeds office.",
        "Ordered by {PERSON}, ship to {EU_ADDRESS}.",
        "Thanks {FIRST} and {FIRST2}, great work!",
        "Receipt sent to {PERSON} for card {CARD}.",
        "Nursing note: {FIRST} slept well, pain 2/10.",
        "Ref: {LAST}, ward 7.",
        "Resignation letter from {PERSON} received, last day May 31.",
        "The account of {PERSON} was locked after a login from {IP}.",
        "Please forward this to {PERSON} in legal.",
    ],
    "en-chat": [
        "hey {first}, got a sec?",
        "{first} can you check the logs",
        "thanks {first}!! you saved the day",
        "talked to {full} about the release",
        "is {first} in today?",
        "lol {first} broke the build again",
        "{first} and {first2} are out sick",
        "cc {first} on this pls",
    ],
    "mixed": [
        "Hej {FIRST}, can you check ticket 3381 från {PERSON}?",
        "{PERSON} flyttar to {EU_ADDRESS} next month.",
        "Kunden {PERSON} says the invoice till {EMAIL} bounced.",
        "Meeting med {TITLED} on Friday, ok?",
        "fyi {first} is sick idag",
        "Thanks {FIRST}! Jag skickar avtalet till {SV_ADDRESS}.",
        "Onboarding: {MULTI} startar måndag, badge till {EMAIL}.",
        "hej {first}, kan du review:a min PR?",
        "Vänliga hälsningar / Best regards\n{PERSON}",
    ],
}
NEGATIVES: dict[str, list[str]] = {
    "sv": [
        "Servern i Kista startades om efter uppdateringen.",
        "Nya Kundportalen lanseras i april.",
        "Fakturan för Stora Enso betalades i tid.",
        "Ärendet flyttades till Andra Linjen igår.",
        "Teams-mötet om Budget 2025 är inställt.",
        "Hemtjänsten i Västra Götaland byter system.",
    ],
    "en": [
        "The Oslo and Lisbon offices share one VPN.",
        "Quarterly Review moved to Friday.",
        "Customer Success will own the Renewal Process.",
        "Black Friday traffic peaked at noon.",
        "Grand Central is closed for repairs.",
    ],
    "mixed": [
        "Release Notes för version 4.2 är ute, check Confluence.",
        "Deploy till Production Cluster klar.",
    ],
}


class DrawC(DrawB):
    """Values for held-out C: names only from the held-out eighth of the public lists."""

    def __init__(self, seed: int) -> None:
        Draw.__init__(self, "heldout", seed)
        excluded = hand_written_lexicon()
        given_by_source, family_by_source = all_names()
        first: dict[str, list[str]] = {}
        last: dict[str, list[str]] = {}
        self.weights: dict[str, int] = {}
        for origin, (weight, sources) in ORIGINS.items():

            def held(table: dict[str, set[str]], sources: tuple[str, ...] = sources) -> list[str]:
                words = {w for s in sources for w in table.get(s, set())}
                return sorted(
                    w
                    for w in words
                    if heldout_c(w) and w.casefold() not in excluded and w[0].isupper()
                )

            first[origin], last[origin] = held(given_by_source), held(family_by_source)
            if first[origin] and last[origin]:
                self.weights[origin] = weight
        self.pools.first, self.pools.last = first, last
        self.eu = {loc: Faker(loc) for loc in EU_LOCALES_C}
        for number, fake in enumerate(self.eu.values()):
            fake.seed_instance(seed + 200 + number)

    def origin(self) -> str:
        origins = list(self.weights)
        return self.rng.choices(origins, [self.weights[o] for o in origins])[0]

    def person(self) -> str:
        origin = self.origin()
        roll = self.rng.random()
        if roll < 0.08:
            return f"{self.first(origin)}-{self.first(origin)} {self.last(origin)}"
        if roll < 0.15:
            return f"{self.first(origin)} {self.last(origin)}-{self.last(origin)}"
        if roll < 0.22:
            return f"{self.first(origin)} {self.first(origin)} {self.last(origin)}"
        return f"{self.first(origin)} {self.last(origin)}"

    def hyphen(self) -> str:
        origin = self.origin()
        return f"{self.first(origin)}-{self.first(origin)} {self.last(origin)}"

    def multi(self) -> str:
        """A name in several parts: particles, double surnames, two given names."""
        origin = self.origin()
        first, last = self.first(origin), self.last(origin)
        particle = self.rng.choice(("van", "de", "al-", "bin", "von", "da", "", ""))
        if particle == "al-":
            return f"{first} al-{last}"
        if particle:
            return f"{first} {particle} {last}"
        return f"{first} {self.first(origin)} {last} {self.last(origin)}"

    def sv_address(self) -> str:
        street = self.rng.choice(SV_FORMS_C).format(b=self.rng.choice(SV_BASES_C))
        street = street.replace("ss", "s") if street.endswith(("s backe", "s plan")) else street
        number = str(self.rng.randint(1, 120)) + self.rng.choice(("", "", "", "A", "C"))
        postcode = f"{self.rng.randint(100, 984)} {self.rng.randint(10, 99)}"
        town = self.rng.choice(SV_TOWNS_C)
        roll = self.rng.random()
        if roll < 0.45:
            return f"{street} {number}, {postcode} {town}"
        if roll < 0.6:
            return f"{street} {number}, {town}"
        if roll < 0.7:
            return f"{street} {number} lgh {self.rng.randint(1001, 1402)}"
        return f"{street} {number}"

    def eu_address(self) -> str:
        fake = self.eu[self.rng.choice(EU_LOCALES_C)]
        street = " ".join(fake.street_address().split())
        if self.rng.random() < 0.3:
            return street
        return f"{street}, {fake.postcode()} {fake.city()}"


def hand_written_lexicon() -> set[str]:
    """Every word of rung's hand-written name lists (casefolded)."""
    root = HERE.parents[1] / "src" / "rung" / "privacy"
    words: set[str] = set()
    for name in ("given.txt", "surnames.txt"):
        for line in (root / "lexicons" / name).read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                words |= {w.casefold() for w in line.split()}
    text = (root / "names_sv.py").read_text(encoding="utf-8")
    return words | {w.casefold() for w in text.split() if w.isalpha()}


def fill(template: str, draw: DrawC) -> str:
    values: dict[str, Callable[[], str]] = {
        "{PERSON}": lambda: mark("PERSON", draw.person()),
        "{PERSON2}": lambda: mark("PERSON", draw.person()),
        "{HYPHEN}": lambda: mark("PERSON", draw.hyphen()),
        "{MULTI}": lambda: mark("PERSON", draw.multi()),
        "{FIRST}": lambda: mark("PERSON", draw.first()),
        "{FIRST2}": lambda: mark("PERSON", draw.first()),
        "{LAST}": lambda: mark("PERSON", draw.last()),
        "{first}": lambda: mark("PERSON", draw.first().lower()),
        "{first2}": lambda: mark("PERSON", draw.first().lower()),
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


def titled(draw: DrawC) -> str:
    title = draw.rng.choice(TITLES_C)
    name = draw.person() if draw.rng.random() < 0.6 else draw.last()
    return f"{title} {mark('PERSON', name)}"


def generate(seed: int = SEED, size: int = SIZE) -> list[dict[str, object]]:
    draw = DrawC(seed)
    rows: list[dict[str, object]] = []
    for number in range(size):
        lang = draw.rng.choices(("sv", "en", "mixed"), (42, 38, 20))[0]
        roll = draw.rng.random()
        if roll < 0.1:
            pool = NEGATIVES[lang]
        elif roll < 0.3 and lang != "mixed":
            pool = TEMPLATES[f"{lang}-chat"]
        else:
            pool = TEMPLATES[lang]
        text, spans = parse(fill(draw.rng.choice(pool), draw))
        row_id = f"gen-heldout-c-{number + 1:04d}"
        rows.append(
            {"id": row_id, "split": "heldout-c", "lang": lang, "text": text} | {"spans": spans}
        )
    return rows


def main() -> None:
    rows = generate()
    write_rows(rows, HERE / "generated-heldout-c.jsonl")


if __name__ == "__main__":
    main()
