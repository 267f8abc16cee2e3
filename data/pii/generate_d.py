"""Generate held-out set D for personal-data detection (issue 15, fourth round).

    python data/pii/generate_d.py    # writes data/pii/generated-heldout-d.jsonl

Written BEFORE the name tagger of round four was built or tuned, and scored ONCE, at the end
of that round; its errors are never listed. Names come only from the held-out eighth of the
public name lists (`name_sources.heldout_c`, drawn as in `generate_c.DrawC`), so no name is in
a lexicon nor in the tagger's training text. The templates, Swedish street bases, towns and
titles are new, written for this set (none copied from generate*.py); foreign addresses come
from Faker locales C did not use. Genres: support tickets, HR mail, medical notes, chat,
invoices; Swedish, English and mixed; hard cases: lower-case names in chat, one-word names,
names after titles, hyphenated given names, multi-part and non-Swedish names. Same seed, same
output.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from faker import Faker

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from build import parse, write_rows  # noqa: E402
from generate import mark  # noqa: E402
from generate_c import DrawC  # noqa: E402

SEED = 15401
SIZE = 480
SV_BASES_D = (
    "Tensta", "Husby", "Akalla", "Fittja", "Flemingsbergs", "Hjulsta", "Rosengårds",
    "Seved", "Hermodsdals", "Backa", "Angereds", "Tynnereds", "Ryds", "Skäggetorps",
    "Brynäs", "Ålidhems", "Hässelby", "Vårby", "Sätra", "Rissne", "Hallonbergens",
    "Storvreta", "Valsätra", "Öxnehaga", "Råslätts", "Vasastads", "Kallinge", "Tallbacka",
)  # fmt: skip
SV_FORMS_D = (
    "{b}vägen", "{b}gatan", "{b}svängen", "{b} allé", "{b} torg", "{b}stigen", "{b} gränd",
    "{b}backen", "{b} plan", "{b}slingan", "{b}gången", "{b}promenaden",
)  # fmt: skip
SV_TOWNS_D = (
    "Tensta", "Södertälje", "Västerås", "Örebro", "Linköping", "Norrköping", "Jönköping",
    "Umeå", "Gävle", "Borås", "Växjö", "Halmstad", "Luleå", "Sundsvall", "Lund",
)  # fmt: skip
EU_LOCALES_D = ("es_ES", "it_IT", "de_AT", "nl_BE", "da_DK")
TITLES_D = (
    "VD", "vd", "Dr", "Dr.", "dr.", "överläkare", "Överläkare", "läkare", "distriktssköterska",
    "avdelningschef", "professor", "Docent", "kundansvarig", "Mr", "Mrs.", "Miss", "Prof",
    "CEO", "Dr", "Nurse", "Captain", "Judge",
)  # fmt: skip
TEMPLATES: dict[str, list[str]] = {
    "sv": [
        "Supportärende 90-211: {PERSON} får felkod 503 när hon öppnar fakturan.",
        "Återkoppling till {FIRST}: lösenordet är återställt.",
        "Hej,\n{FIRST} på lagret säger att pallen aldrig kom fram.",
        "Anställningsbevis för {PERSON} bifogas, tillträde 2026-02-01.",
        "Från: HR\nÄmne: Semesterväxling för {PERSON} och {PERSON2}",
        "Journalanteckning: {PERSON} ({PNR}) besökte mottagningen, remiss till {TITLED}.",
        "Inskrivning avd 14: {PERSON}, anhörig {FIRST} nås på {PHONE}.",
        "Ordinerat av {TITLED} efter samtal med patienten.",
        "{TITLED} meddelar att styrelsemötet ställs in.",
        "Fakturamottagare: {PERSON}\n{SV_ADDRESS}",
        "Påminnelse: {PERSON}, {SV_ADDRESS}, har obetald faktura på 1 240 kr.",
        "Leverans till {SV_ADDRESS}, kvitteras av {FIRST}.",
        "Jag, {PERSON}, intygar att uppgifterna stämmer.",
        "Skicka kontraktet till {HYPHEN} senast fredag.",
        "Välkommen {MULTI} till ekonomigruppen!",
        "{LAST} har ännu inte svarat på mejlet.",
        "Enligt {LAST} är felet åtgärdat.",
        "Kund: {PERSON}, kundnummer 55120, e-post {EMAIL}.",
        "Tolkbehov för {PERSON} vid besöket på tisdag.",
        "Med vänlig hälsning\n{FIRST}",
        "Överlämning från {FIRST} till {FIRST2} inför helgen.",
        "Vårdnadshavare {PERSON} har ringt om schemat.",
        "{PERSON} efterfrågar kopia på kvittot för kort {CARD}.",
        "Flyttanmälan: {PERSON} har ny adress {SV_ADDRESS}.",
    ],
    "sv-chat": [
        "{first} är du kvar på kontoret?",
        "va sa {first} om deployen",
        "vet inte, fråga {first}",
        "{full} ringde precis, hon vill ha en offert",
        "grattis {first}!!",
        "jag och {first} tar ärendet",
        "hörde du att {first} slutar?",
        "mvh {first}",
        "{first}: kan du godkänna PR 412?",
    ],
    "en": [
        "Support request 7720: {PERSON} reports that exports time out.",
        "Follow-up for {FIRST}: the refund was issued today.",
        "Onboarding checklist for {PERSON}, start date 3 February.",
        "Subject: Leave request from {PERSON}",
        "Clinical note: {PERSON} presented with a cough; referred to {TITLED}.",
        "Admitted to ward 3: {PERSON}, emergency contact {PERSON2}, {PHONE}.",
        "Prescribed by {TITLED} after the consultation.",
        "{TITLED} will join the call at 10.",
        "Bill to: {PERSON}\n{EU_ADDRESS}",
        "Reminder: invoice 3301 for {PERSON}, {EU_ADDRESS}, is overdue.",
        "Parcel for {EU_ADDRESS}, signed for by {FIRST}.",
        "I, {PERSON}, confirm the details above.",
        "Please countersign and return to {HYPHEN}.",
        "Please welcome {MULTI} to the data team!",
        "{LAST} has not replied yet.",
        "According to {LAST}, the fix is live.",
        "Customer: {PERSON}, account 88102, email {EMAIL}.",
        "Kind regards,\n{FIRST}",
        "Handover from {FIRST} to {FIRST2} before the weekend.",
        "Guardian {PERSON} called about the timetable.",
        "{PERSON} logged in from {IP} twice last night.",
    ],
    "en-chat": [
        "{first} you still around?",
        "what did {first} say about the deploy",
        "no idea, ask {first}",
        "{full} just called, wants a quote",
        "congrats {first}!!",
        "me and {first} will take it",
        "did you hear {first} is leaving?",
        "{first}: can you approve PR 412?",
    ],
    "mixed": [
        "Hi {FIRST}, fakturan från {PERSON} är fortfarande unpaid.",
        "{PERSON} har bytt adress to {SV_ADDRESS}.",
        "Patient {PERSON} ska träffa {TITLED} next week.",
        "ping {first}, kan du ta den här ticketen?",
        "{TITLED} says att budgeten är godkänd.",
        "Mvh / Regards\n{PERSON}",
        "Welcome {MULTI}! Din laptop ligger i receptionen.",
        "tack {first}, you rock",
    ],
}
NEGATIVES: dict[str, list[str]] = {
    "sv": [
        "Lagret i Jönköping stänger klockan 16 på fredag.",
        "Nya Lönesystemet driftsätts efter påsk.",
        "Ärendet eskalerades till Tredje Linjen.",
        "Hela Ekonomiavdelningen har utbildning i morgon.",
        "Region Skåne har bytt journalsystem.",
    ],
    "en": [
        "The Berlin and Madrid teams share one backlog.",
        "Annual Planning starts next Monday.",
        "Cyber Monday orders doubled this year.",
        "Customer Care will own the Returns Process.",
        "New York and Cape Town offices are closed on Friday.",
    ],
    "mixed": [
        "Changelog för version 5.1 finns på Wiki Home.",
        "Backup till Cold Storage klar i natt.",
    ],
}


class DrawD(DrawC):
    """Values for held-out D: held-out names (as in C), new streets and foreign locales."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.eu = {loc: Faker(loc) for loc in EU_LOCALES_D}
        for number, fake in enumerate(self.eu.values()):
            fake.seed_instance(seed + 300 + number)

    def sv_address(self) -> str:
        street = self.rng.choice(SV_FORMS_D).format(b=self.rng.choice(SV_BASES_D))
        number = str(self.rng.randint(1, 95)) + self.rng.choice(("", "", "", "B", "D"))
        postcode = f"{self.rng.randint(100, 984)} {self.rng.randint(10, 99)}"
        town = self.rng.choice(SV_TOWNS_D)
        roll = self.rng.random()
        if roll < 0.4:
            return f"{street} {number}, {postcode} {town}"
        if roll < 0.55:
            return f"{street} {number}, {town}"
        if roll < 0.65:
            return f"{street} {number}, {self.rng.randint(1, 6)} tr"
        return f"{street} {number}"

    def eu_address(self) -> str:
        fake = self.eu[self.rng.choice(EU_LOCALES_D)]
        street = " ".join(fake.street_address().split())
        if self.rng.random() < 0.35:
            return street
        return f"{street}, {fake.postcode()} {fake.city()}"


def titled(draw: DrawD) -> str:
    title = draw.rng.choice(TITLES_D)
    roll = draw.rng.random()
    name = draw.person() if roll < 0.5 else draw.last() if roll < 0.8 else draw.first()
    return f"{title} {mark('PERSON', name)}"


def fill(template: str, draw: DrawD) -> str:
    values: dict[str, Callable[[], str]] = {
        "{PERSON}": lambda: mark("PERSON", draw.person()),
        "{PERSON2}": lambda: mark("PERSON", draw.person()),
        "{HYPHEN}": lambda: mark("PERSON", draw.hyphen()),
        "{MULTI}": lambda: mark("PERSON", draw.multi()),
        "{FIRST}": lambda: mark("PERSON", draw.first()),
        "{FIRST2}": lambda: mark("PERSON", draw.first()),
        "{LAST}": lambda: mark("PERSON", draw.last()),
        "{first}": lambda: mark("PERSON", draw.first().lower()),
        "{full}": lambda: mark("PERSON", draw.person().lower()),
        "{TITLED}": lambda: titled(draw),
        "{SV_ADDRESS}": lambda: mark("ADDRESS", draw.sv_address()),
        "{EU_ADDRESS}": lambda: mark("ADDRESS", draw.eu_address()),
        "{EMAIL}": lambda: mark("EMAIL", draw.email(draw.person())),
        "{PHONE}": lambda: mark("PHONE", draw.phone()),
        "{PNR}": lambda: mark("NATIONAL_ID", draw.personnummer()),
        "{CARD}": lambda: mark("CREDIT_CARD", draw.card()),
        "{IP}": lambda: mark("IP_ADDRESS", draw.ip()),
    }
    for slot, make in values.items():
        while slot in template:
            template = template.replace(slot, make(), 1)
    return template


def generate(seed: int = SEED, size: int = SIZE) -> list[dict[str, object]]:
    draw = DrawD(seed)
    rows: list[dict[str, object]] = []
    for number in range(size):
        lang = draw.rng.choices(("sv", "en", "mixed"), (40, 38, 22))[0]
        roll = draw.rng.random()
        if roll < 0.1:
            pool = NEGATIVES[lang]
        elif roll < 0.32 and lang != "mixed":
            pool = TEMPLATES[f"{lang}-chat"]
        else:
            pool = TEMPLATES[lang]
        text, spans = parse(fill(draw.rng.choice(pool), draw))
        row_id = f"gen-heldout-d-{number + 1:04d}"
        rows.append(
            {"id": row_id, "split": "heldout-d", "lang": lang, "text": text} | {"spans": spans}
        )
    return rows


def main() -> None:
    rows = generate()
    write_rows(rows, HERE / "generated-heldout-d.jsonl")


if __name__ == "__main__":
    main()
