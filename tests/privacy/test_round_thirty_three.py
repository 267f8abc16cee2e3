"""Round thirty-three (issue 15): the rules read off the misses of the spent sets and of the
sets spent this round; made-up texts, in no set."""

from __future__ import annotations

import pytest

from rung.privacy.detect import Detector


def _people(detector: Detector, text: str) -> list[str]:
    return [f.value(text) for f in detector.find(text) if f.kind == "PERSON"]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # an initial after a given name, before a comma, a bracket, a full stop or a word
        ("Tack! /Selma K., förskollärare", ["Selma K."]),
        ("★★★★★ by Tomasz W. on 4/1", ["Tomasz W."]),
        ("Laptop swap approved by Gunnar L..", ["Gunnar L."]),
        ("10.30 Nattapong S. (ma 2a)", ["Nattapong S."]),
        ("Vi träffade Anna. I morgon kommer Per.", ["Anna", "Per"]),
        # a given name that is a word too, before an initial found alone
        ("Deltagare: Oskar Berg, Maj T.\nPlats: rum 4", ["Oskar Berg", "Maj T."]),
        # a sign-off after a double slash (not a path or an address of the web)
        ("Lämna nyckeln hos grannen. //Xiaoling", ["Xiaoling"]),
        ("see https://Example.org and //Server/share", []),
        # a name, a word too maybe, before `och jag` / `and I`; not a kin's word
        ("Per och jag kommer på fredag.", ["Per"]),
        ("Hej Lisa! Juni och jag kan ta passet.", ["Lisa", "Juni"]),
        ("Hej Lisa! Bror och jag kan ta passet.", ["Lisa"]),  # `bror`: a brother
        ("Mamma och jag kommer på fredag.", []),
        ("Inga beslut togs på mötet.", []),
        # a form's field with `(S)` after its label
        ("SURNAME: HOLM\nFIRST NAME(S): EDITH\nDATE OF BIRTH: 2 May 1980", ["HOLM", "EDITH"]),
        # a list of residents: a surname in capitals first on a row, after a flat's number
        ("BOENDE UPPGÅNG C\n1401 LUNDQVIST\n1402 HOSSEINI / NYSTRÖM\n1301 KOIVISTO",
         ["LUNDQVIST", "HOSSEINI", "NYSTRÖM", "KOIVISTO"]),
        ("MENY\n1 KAFFE\n2 TE\n3 BULLE / KAKA", []),
        # whom to text, before a number; whom to ask for
        ("Säljer cykel, 800 kr. Text malin on 0731234567", ["malin"]),
        ("Pickup Saturday, ask for amelie / 08-123 45 67", ["amelie"]),
        ("ring mig på 070-123 45 67", []),
        # a title before a given name that is a word too
        ("Tekniker Björn ringer 30 min innan.", ["Björn"]),
        ("Kontakt: Manager Support", []),
        # a person in brackets after a phone number, or a keeper after a row's first word
        ("Hittad katt! Ring 070-592 01 58 (Per) – tack!", ["Per"]),
        ("Hovslagare 3/4:\nLucky (Christensen) – skor runt om\nMöte (Teams) – 10:00",
         ["Christensen"]),
        ("Kontor\nStockholm (Solna) – öppet", []),
        # the agent of a pick-up or a signature, a word of no list too; no thing of the lexicon
        ("Ordernr 3162718. Hämtas av Duangjai 2027-06-16.", ["Duangjai"]),
        ("Signed by Anders.", ["Anders"]),
        ("Approved by Sharepoint", []),
        # a word that begins with an animal's word is no herd (`Kor` of `Korhonen`)
        ("Welcome: Tuula Korhonen (vet) och Fatima Ahmadi (receptionist)!",
         ["Tuula Korhonen", "Fatima Ahmadi"]),
        # `Per` before a given name
        ("Tidigare ägare: Per Stig Johansson", ["Per Stig Johansson"]),
        ("Pris: 300 kr Per Timme", []),
    ],
)  # fmt: skip
def test_names(detector: Detector, text: str, people: list[str]) -> None:
    assert _people(detector, text) == people


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a US social security number's shape inside a longer number is none
        ("Meter readings: MPAN 43 263 050 84 9003 9022 555.", []),
        ("SSN 536-22-8726 on file", [("NATIONAL_ID", "536-22-8726")]),
        # a street named as a square, a route or a hill, after a place's preposition
        ("Vattnet kan bli missfärgat på Solbacken. Spola.", [("ADDRESS", "Solbacken")]),
        ("Street party on Hamnleden Thursday!", [("ADDRESS", "Hamnleden")]),
        ("Vi ses vid Östra torget kl 10", [("ADDRESS", "Östra torget")]),
        # a Swedish postcode with the country's prefix after a farm's name
        (
            "Leverans: Nybble gård, SE-521 99  FALKÖPING",
            [("ADDRESS", "Nybble gård, SE-521 99  FALKÖPING")],
        ),
    ],
)
def test_numbers(detector: Detector, text: str, found: list[tuple[str, str]]) -> None:
    assert [(f.kind, f.value(text)) for f in detector.find(text)] == found


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # animals in the plural, then their names; a paddock's label
        ("Kontroll i stallet: Hästarna Max och Susan i gott hull.", []),
        ("Vi har 8 getter (bl.a. Klöver och Majken) och säljer ost.", []),
        ("Horses: 2 (Dave, Murphy)\nDriver: Sophie Lund", ["Sophie Lund"]),
        ("Korna: Kerstin och Signe ska ha extra kraftfoder.", []),
        ("HAGSCHEMA\nHage 1: Balder, Totte\nHage 2 (ston): Charlie, Bella", []),
        ("Hej Anna! Katterna mår bra. Anna och Per hälsar", ["Anna", "Anna", "Per"]),
        # a pedigree: sire and dam, `e.` and `u.`, `by X out of Y`
        ("Valack född 2007. e. Diamant de Semilly u. Ophelia. Snäll i hantering.", []),
        ("Mare, 106 cm. Sire Chacco-Blue, dam Ophelia. Perfect first pony.", []),
        ("Grey warmblood gelding, 9yo. By Kannan out of Ulrika.", []),
        ("Tack Anna e. Berg", ["Anna e. Berg"]),
        # shod, trimmed, ridden or fallen off; boarded; a doe and a buck
        ("Kan komma onsdag och sko om Nova och verka Kalle. /Janne", ["Janne"]),
        ("Aya ramlade av Tage på lektionen", ["Aya"]),
        ("Boarding Sally, March: 1598:-", []),
        ("Doe Sheila – not in kid\nBuck Nigel – out with the herd", []),
        # a nickname in brackets after a registered name
        ("Hund: Harsprångets Zack (kallas Gunnar), flatcoated retriever", []),
        # a rider in brackets after the animal where animals are named
        ("Results for the dogs: 1. Ripfjällets Rapp (Isla Jones), 2. Kilbride Jess (Irene Perez)",
         ["Isla Jones", "Irene Perez"]),
        ("Skolan: Hugo (Ingrid Berg) hämtas 15", ["Hugo", "Ingrid Berg"]),
        ("Results\n4 G. Esposito (Miss Marple) 35.2", ["G. Esposito", "Marple"]),
        # no herd: `får` a verb, a sentence's end before the names; a surname that is an animal's
        ("jag har två över, Elvira Andersson får en och Anna den andra",
         ["Elvira Andersson", "Anna"]),
        ("All welcome, dogs too. Sandra & Thelma", ["Sandra", "Thelma"]),
        ("Next fixture June 3. Shepherd, Captain", ["Shepherd"]),
        ("Resultat LB hoppning\n3 Doris – Ingbritt Hjalmarsson (Uppsala FK) 0/33,1",
         ["Ingbritt Hjalmarsson"]),
    ],
)  # fmt: skip
def test_animals(detector: Detector, text: str, people: list[str]) -> None:
    assert _people(detector, text) == people
