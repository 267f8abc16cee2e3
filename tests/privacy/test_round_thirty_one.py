"""Round thirty-one (issue 15): the rules read off the misses of the spent sets and of dev-bv
(farms and stables), dev-bw (clubs) and dev-bx (offices and deliveries); made-up texts, in no
set."""

from __future__ import annotations

import pytest

from rung.privacy.detect import Detector


def _found(detector: Detector, text: str, kinds: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(f.kind, f.value(text)) for f in detector.find(text) if f.kind in kinds]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a name spaCy ran over two lines is kept when a name written surname first takes the
        # second line
        ("Lektionslista, Stall Lugnet\nRidlärare: Christina Ringström\nWoźniak, Monika – Cash",
         [("PERSON", "Christina Ringström"), ("PERSON", "Woźniak, Monika")]),
        # a surname, a comma and a given name in capitals, a line of their own
        ("Ägaruppgifter\nSANDSTRÖM, JOHANNA\nHumlestigen 12",
         [("PERSON", "SANDSTRÖM, JOHANNA"), ("ADDRESS", "Humlestigen 12")]),
        ("Kontakt hos fastighetsägaren\nPALM, EVA-KARIN\nTel 08-123 45 67",
         [("PERSON", "PALM, EVA-KARIN"), ("PHONE", "08-123 45 67")]),
        ("FAKTURA, KOPIA\nVIKTIGT, LÄS", []),
        # `Row` is a street's last word only as a word of its own (`Robert Rowe`)
        ("Visningar\n14:30 Robert Rowe, 072-744 47 47",
         [("PERSON", "Robert Rowe"), ("PHONE", "072-744 47 47")]),
        ("Deliver to 7 Church Row, please.", [("ADDRESS", "7 Church Row")]),
        # one postcode and town: the next line of a tenant list is no second one
        ("Hyresgäster på Aspvägen 21, 184 74 Åkersberga\n1101 Lena Bergqvist 070 863 18 75",
         [("ADDRESS", "Aspvägen 21, 184 74 Åkersberga"), ("PERSON", "Lena Bergqvist"),
          ("PHONE", "070 863 18 75")]),
        ("Storgata 5\n0155 Oslo", [("ADDRESS", "Storgata 5\n0155 Oslo")]),
        # a title only a person has, before a surname that is also a word
        ("Best wishes,\nDr Reed\nNorthgate Vets", [("PERSON", "Reed")]),
        ("Dear Mrs Banks, thank you for your letter.", [("PERSON", "Banks")]),
        # an office's parts on the line above its town and postcode; an American town, state
        # and ZIP; a Dublin district and Eircode; an Indian house number alone
        ("Building 3, Thames Valley Park\nReading RG6 5XS",
         [("ADDRESS", "Building 3, Thames Valley Park\nReading RG6 5XS")]),
        ("Ship to One Penn Plaza, Suite 195, New York, NY 10119 today",
         [("ADDRESS", "One Penn Plaza, Suite 195, New York, NY 10119")]),
        ("Site: Block B, Eastpoint Business Park, Dublin 3, D03 W9A4",
         [("ADDRESS", "Block B, Eastpoint Business Park, Dublin 3, D03 W9A4")]),
        ("Vendor: 63, MIDC Industrial Area, Andheri East, Mumbai 400093",
         [("ADDRESS", "63, MIDC Industrial Area, Andheri East, Mumbai 400093")]),
        ("Regards,\nAnna Smith\nLeeds LS1 4AP",
         [("PERSON", "Anna Smith"), ("ADDRESS", "Leeds LS1 4AP")]),
        # a floor is no street (`Stora Plan 4` is)
        ("Skrivbord till Plan 4, 12 st. Möte på Plan 3.", []),
        ("Vi bor på Stora Plan 4 i Lund", [("ADDRESS", "Stora Plan 4 i Lund")]),
        # after a county any Eircode, with a comma before it too
        ("Sale: Ellen Wilson from Ballyvolane, Kilmallock, Co. Limerick, V35 0524 sold",
         [("PERSON", "Ellen Wilson"),
          ("ADDRESS", "Ballyvolane, Kilmallock, Co. Limerick, V35 0524")]),
        # a date before a name before an office's address is no house number
        ("Cat sitter needed until 28 January. Maureen Holmes, 61 Green Lane, Kendal LA9 6DF",
         [("PERSON", "Maureen Holmes"), ("ADDRESS", "61 Green Lane, Kendal LA9 6DF")]),
        # a village and a number after a person and a comma; not a label's number
        ("51 tackor och 55 baggar hos Piotr Jankowski, Höga 60.",
         [("PERSON", "Piotr Jankowski"), ("ADDRESS", "Höga 60")]),
        ("Vi ses! Anna Berg, Rum 12.", [("PERSON", "Anna Berg")]),
        # a role's compound before a name is no part of it
        ("Jakt lördag. Jaktledare Somchai Wongsa, +46 (0)73-107 12 56.",
         [("PERSON", "Somchai Wongsa"), ("PHONE", "+46 (0)73-107 12 56")]),
        # a person's name before the street is no part of the address, at its start or a line's
        ("Adresslista\nErik Bengtzon, Blåklintsvägen 3\nMohammed Ali, Kastanjeallén 3",
         [("PERSON", "Erik Bengtzon"), ("ADDRESS", "Blåklintsvägen 3"),
          ("PERSON", "Mohammed Ali"), ("ADDRESS", "Kastanjeallén 3")]),
        ("Change of address: Ravi Patel moved from 213 Quarry Road, Inverness IV2 3XX",
         [("PERSON", "Ravi Patel"), ("ADDRESS", "213 Quarry Road, Inverness IV2 3XX")]),
        ("Leveransadress: Rose-Marie Törnqvist, Lindvägen 4 lgh 1104, 753 76 Uppsala",
         [("PERSON", "Rose-Marie Törnqvist"), ("ADDRESS", "Lindvägen 4 lgh 1104, 753 76 Uppsala")]),
        ("Police were called to Rose Cottage, Northgate, Nether Wallop, Hampshire SO3 6XR",
         [("ADDRESS", "Rose Cottage, Northgate, Nether Wallop, Hampshire SO3 6XR")]),
        # a rural Irish address ends in its county and Eircode; the owner before it is no part
        ("Owner: Seán Murphy, Knockbrack, Mallow, Co. Cork P51 P4TY, 087 123 4567",
         [("PERSON", "Seán Murphy"), ("ADDRESS", "Knockbrack, Mallow, Co. Cork P51 P4TY"),
          ("PHONE", "087 123 4567")]),
    ],
)  # fmt: skip
def test_names_and_addresses_kept_apart(
    detector: Detector, text: str, found: list[tuple[str, str]]
) -> None:
    assert _found(detector, text, ("PERSON", "ADDRESS", "PHONE")) == found


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a listed surname in the genitive before a lower-case noun
        ("Han satt i Olssons lada hela natten.", ["Olsson"]),
        ("Helgen: Niclas tur att fodra. Wahlströms hästar ska in kl 19.", ["Niclas", "Wahlström"]),
        ("Hon står i Stricklands gamla fårhus.", ["Strickland"]),
        ("Lunds universitet och Sveriges regering.", []),
        # whom to contact first, who rang, whose household
        ("Grab them from the hall. Text william first, 076-169 18 55", ["william"]),
        ("Call note 12/03 8:45: Shah rang from +44 7700 900799 re claim 234", ["Shah"]),
        ("Technician notes: Walters residence, 4588 Maple Avenue", ["Walters"]),
        ("Ring mig först. Text Support first. Kunden ringde om fakturan.", []),
        # an initial and a surname assigned a ticket: whole
        ("Reported by: Sofia Magnusson\nAssigned to: C. Hedberg",
         ["Sofia Magnusson", "C. Hedberg"]),
        # `Surname, Given` in a table's cell after a contact's word, the given name a word too
        ("Castellum | 212992-7220 | kontakt Eriksson, Dag | 073 263 97 73", ["Eriksson, Dag"]),
        # a numbered line-up of surnames; not a numbered list of things or towns
        ("Laguppställning F13\n1 Andersson\n4 Petrovic\n5 Andersson\n7 Jabłońska\n9 Hagström",
         ["Andersson", "Petrovic", "Andersson", "Jabłońska", "Hagström"]),
        ("Inköpslista\n1 Mjölk\n2 Bröd\n3 Smör", []),
        # `Per` before an initial, a hyphenated given name in the genitive, a child fetched,
        # thanked for something; not the preposition
        ("Målskyttar: Juha Korhonen 14, Adnan Saric 9, Per K. 5.",
         ["Juha Korhonen", "Adnan Saric", "Per K."]),
        ("Grill: Per-Olofs pappa Lars.", ["Per-Olof", "Lars"]),
        ("Hämtning idag: Per hämtas av mormor Anneli kl 11.", ["Per", "Anneli"]),
        ("Cards can be signed at the café. Thank you Bo for organising.", ["Bo"]),
        ("Pris: 100 kr per K. Detta gäller per A. och B.", []),
        # `Surname, Given` between dashes in a row; a surname before a farm's or a family's word
        ("Stable 3: Ines – Dickinson, Ruby – ruby.d@icloud.com", ["Dickinson, Ruby"]),
        ("Branding day at the Dunne ranch. Supper at the Price family.", ["Dunne", "Price"]),
    ],
)  # fmt: skip
def test_names_by_what_is_said_of_them(detector: Detector, text: str, people: list[str]) -> None:
    assert [v for _, v in _found(detector, text, ("PERSON",))] == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a cell under a column headed by an animal's word; not under `Namn`
        ("Box | Horse | Owner\n1 | Majken | Johansen, Kari\n2 | Saga | Brandt, Eva",
         ["Johansen, Kari", "Brandt, Eva"]),
        ("Namn | Telefon\nAnna | 070 111 22 33", ["Anna"]),
        # the name first after a stable's box, a dash after it
        ("Inackordering\nBox 1: Ronja – Berg, Tilda, 073 61 44 612", ["Berg, Tilda"]),
        # a herd book's number after the name; livestock's words
        ("Seminbeställning: Molly (SE 505368-3183) brunstig. Ring Anna Berg.", ["Anna Berg"]),
        ("Tackan Doris haltar – Berg Larsson tittar på henne.", ["Berg Larsson"]),
        # a label's list after a sentence's end in its line
        ("Föräldrars tel: 076 446 11 77. Hästar: Fanny, Otto, Stella.", []),
        ("Ledare: Anna. Hundar: Nova, Selma. Passen fördelas av Bondarenko.",
         ["Anna", "Bondarenko"]),
    ],
)  # fmt: skip
def test_animals_by_tables_boxes_and_herd_books(
    detector: Detector, text: str, people: list[str]
) -> None:
    assert [v for _, v in _found(detector, text, ("PERSON",))] == people
