"""Round thirty-four (issue 15): the rules read off the misses of the sets spent this round
(dev-cg: pets and vets; dev-ch: housing and neighbours) and of the earlier spent sets; made-up
texts, in no set."""

from __future__ import annotations

import pytest

from rung.privacy.detect import Detector


def _people(detector: Detector, text: str) -> list[str]:
    return [f.value(text) for f in detector.find(text) if f.kind == "PERSON"]


def _found(detector: Detector, text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.value(text)) for f in detector.find(text)]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a surname before a trade and a firm's form, or before an English trade alone
        ("Offert: Lindgren Bygg AB har fått uppdraget.", ["Lindgren"]),
        ("Snöröjning: Olofsson Maskin & Snö, 079-989 58 89", ["Olofsson"]),
        ("The removal men from Wilson Removals arrive at 8:30.", ["Wilson"]),
        ("Contractor: Smith Building Services, attn Amelia G.", ["Smith", "Amelia G."]),
        ("Thanks to Red Lion Plumbing for the kit!", []),
        ("Regards,\nLiam Doyle\nStone & Mason Roofing Ltd", ["Liam Doyle"]),
        # an owner's genitive before a pet's trade
        ("INCHECKNING – Granaths Kattpensionat\nKatt: Sune", ["Granath"]),
        ("With love from all of us – Keller's Vets", ["Keller"]),
        # who lives in a flat: in brackets after it, before its number, on a door's sign
        ("Fönsterbytet: lgh 1306 (Dalin) och lgh 1002 (Melnyk) vecka 43.", ["Dalin", "Melnyk"]),
        ("Orsak: läckage från lgh ovanför (Hägg)", ["Hägg"]),
        ("Balkongen i lgh 1204 (Renoverad) är klar.", []),
        ("Tvättstugan – bokningstavla\nmån 10:45: Hämäläinen lgh 1301\ntis 18:15: LIND",
         ["Hämäläinen", "LIND"]),
        ("Dörrskylt lgh 1204: LINDSTRÖM / ALI. Tidigare boende: KARIMI.",
         ["LINDSTRÖM", "ALI", "KARIMI"]),
        ("Nyckelbricka lgh 1708: 3 st", []),
        ("Svenska Skolan i Cambridge, Flat 16, 51 Kingsway", []),
        # a neighbour in lower case in chat, before where they live
        ("nej men fråga celik i 1203, hon har koll", ["celik"]),
        ("kom till oss i 1203 sen", []),
        # a given name in lower case after a slash that ends a message, a word too
        ("kan jag sitta bredvid henne i salen? /bo", ["bo"]),
        ("Äpplen 40 kr /st", []),
        # `& Sons` is no person, the name before it is; a family's firm names its surname
        ("Cindy Andrews & Sons Plumbing\nInvoice 810866", ["Cindy Andrews"]),
        ("Mvh Johan Löfgren, Kareem & Söner Fastigheter", ["Johan Löfgren", "Kareem"]),
        ("Contact Olivia Woods at Dunn & Co Estate Agents.", ["Olivia Woods", "Dunn"]),
        ("Our cleaners: Clean & Co, every Monday.", []),
        ("Quote #271028 from Payne's Man & Van", ["Payne"]),
        # a lower-case sign-off after a dash; a given name before ` @ ` and a firm
        ("we went to the dog park, hon hade så kul 😂 – holly", ["holly"]),
        ("Pris 40 kr – ok", []),
        ("All done! See you at 4. Karen @ Taylor's Dog Spa", ["Karen", "Taylor"]),
        # a name does not run into the label on the next line
        ("Kund: Larsson, Karl\nDjur: Bruno", ["Larsson, Karl"]),
        ("Ägare Lindholm kommer 14.00", ["Lindholm"]),
        # no person: a subject's `Ang.`, a town after a preposition, an entrance's letter, a
        # brand joined by `&`
        ("Ämne: Ang. pappas lägenhet\n\nHej Caroline!", ["Caroline"]),
        ("Flyget till London är försenat igen.", []),
        ("Nyckel hämtas i uppg. B. Avgift 6 068 kr dras på avin.", []),
        ("Cake from Marks & Spencer, flowers from Anna.", ["Anna"]),
    ],
)  # fmt: skip
def test_names(detector: Detector, text: str, people: list[str]) -> None:
    assert _people(detector, text) == people


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a compound's `väg` as a street, not an everyday road
        ("Gården mellan Kungsgatan och Kungsväg grävs upp.",
         [("ADDRESS", "Kungsgatan"), ("ADDRESS", "Kungsväg")]),
        ("Vi tog en Omväg hem.", []),
        # both streets between `mellan` and `och`; `Norra vägen` after `på`
        ("Gården mellan Klockarbacken och Rosengårdsplan grävs upp.",
         [("ADDRESS", "Klockarbacken"), ("ADDRESS", "Rosengårdsplan")]),
        ("Hej grannar på Norra vägen!", [("ADDRESS", "Norra vägen")]),
        # a house range, an entrance's letter in lower case, a town that is a given name too
        ("Smedsvängen 4-6, ingång A, 123 45 Farsta",
         [("ADDRESS", "Smedsvängen 4-6, ingång A, 123 45 Farsta")]),
        ("pick up at hantverkargatan 3, uppg. a, lgh 1606, 215 19 malmö. tack",
         [("ADDRESS", "hantverkargatan 3, uppg. a, lgh 1606, 215 19 malmö")]),
        ("TILL SALU\nStortorget 26-28, Kalmar\nAvgift 3 055 kr/mån.",
         [("ADDRESS", "Stortorget 26-28, Kalmar")]),
        # no address: a co-operative's name, a floor's row label, a property's designation
        ("Protokoll fört i Bostadsrättsföreningen Vintergatan", []),
        ("Lgh 1101, Brf Måsen 12", []),
        ("plan 1: Andersson\nplan 2: Nordström",
         [("PERSON", "Andersson"), ("PERSON", "Nordström")]),
        ("Property designation Solbacken 2:8, built 1962.", []),
        # a fob's, a storage room's or a bid's number is no phone number
        ("Keys: 9, fob no. 391-435-1000", []),
        ("förråd 068-246-3593 står i hans namn", []),
        ("Förråd: ring 070-123 45 67", [("PHONE", "070-123 45 67")]),
    ],
)  # fmt: skip
def test_places_and_numbers(detector: Detector, text: str, found: list[tuple[str, str]]) -> None:
    assert _found(detector, text) == found


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # where a vet is named: a patient's care after its genitive, a patient after a paper
        ("Hej! Dags för Bamses årliga hälsokontroll och vaccination. Boka hos veterinären.", []),
        ("Hi Andreas, vi har fått labsvaren för Doris: värdena ser bra ut. Mvh veterinären",
         ["Andreas"]),
        # not an owner's booking or receipt, and not a full name after `för`
        ("Hej Anna! Vi har bokat tid för Anna kl 10 på djurkliniken.", ["Anna", "Anna"]),
        ("Djurkliniken: här är kvittot för Anna Berg.", ["Anna Berg"]),
        # a breed's compound in brackets after the name
        ("11.30 | Sune (dvärgschnauzer) | Andersson, Susanne", ["Andersson, Susanne"]),
        # one word in brackets after a person, where animals are named
        ("Puppy class. Signed up so far: Pekka Laine (Nala), Maria Johansson (Saga).",
         ["Pekka Laine", "Maria Johansson"]),
        ("Simskola. Anmälda: Anna Berg (Kalle), Per Ek (Lisa).",
         ["Anna Berg", "Kalle", "Per Ek", "Lisa"]),
        # a class's pairs of a person and an animal
        ("Puppy class. Enrolled: Virgil Gray with Otto, John King with Bella. Queries to me.",
         ["Virgil Gray", "John King"]),
        ("Simskola. Anmälda: Anna Berg med Kalle, Per Ek med Lisa.",
         ["Anna Berg", "Kalle", "Per Ek", "Lisa"]),
    ],
)  # fmt: skip
def test_animals(detector: Detector, text: str, people: list[str]) -> None:
    assert _people(detector, text) == people
