# ruff: noqa: E501
"""Round twelve's rules (docs/privacy.md, "Round twelve"): the name and address cases fail on
main at a165d3c (the value was missed or split there), except five that main's tagger or rules
already found and that stay as guards (a town after `lgh`, `och` + a hyphenated name, `ibn`,
`till` + a hyphenated name, a given name before an initial); the other cases guard precision. The values are made up for these
tests (none is a value of held-out L)."""

from __future__ import annotations

import pytest
from tests.privacy.values import addresses, people

from rung.privacy import Detector


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a town in capitals after a postcode, and a country
        ("Skickas till Rönnmyrsvägen 14, 934 41 BURTRÄSK, Sverige.", "Rönnmyrsvägen 14, 934 41 BURTRÄSK, Sverige"),
        # a street ending in -stig
        ("Påminnelse till Ola Berg, Hjortronstig 21B.", "Hjortronstig 21B"),
        # a town after a unit, without a comma
        ("Ny adress: Ekbacksgatan 7, lgh 1104 Kalix.", "Ekbacksgatan 7, lgh 1104 Kalix"),
        # `i <Town>` before a lower-case word
        ("The parcel to Tallbacksvägen 3 i Boden never arrived.", "Tallbacksvägen 3 i Boden"),
        # a three-digit postcode (Iceland)
        ("Bréf til Bárugata 12, 101 Reykjavík · sími 555 1234", "Bárugata 12, 101 Reykjavík"),
        # a US state and ZIP code
        ("Ship to 41 Juniper Street, Apt 2, Eugene, OR 97401 today.", "41 Juniper Street, Apt 2, Eugene, OR 97401"),
        # an Irish Eircode
        ("Delivered to 9 Ardnacrusha Park, Limerick V94 3KX8.", "9 Ardnacrusha Park, Limerick V94 3KX8"),
        # a town line and a British postcode line
        ("Send it to:\n12 Cottingley Road\nBradford\nBD9 4QP", "12 Cottingley Road\nBradford\nBD9 4QP"),
        # a c/o line above the street
        ("Till\nc/o Lars Ek\nStorgatan 5\n123 45 Lund", "Storgatan 5\n123 45 Lund"),  # round 30
        # a rural village and number
        ("Leverans till Kallträsk 42, ring innan.", "Kallträsk 42"),
        # a Swedish street in lower case in chat
        ("jag bor på tallbacksvägen 4 nu", "tallbacksvägen 4"),
        # a Finnish post box
        ("Laskut: PL 412, 00101 Helsinki.", "PL 412, 00101 Helsinki"),
        # a Finnish staircase flat and a Spanish floor with ª
        ("Osoite: Kalevankatu 69 as. 7, 90100 Oulu", "Kalevankatu 69 as. 7, 90100 Oulu"),
        ("Dirección: C/ Mayor 9, 1º 2ª, 46001 Valencia", "C/ Mayor 9, 1º 2ª, 46001 Valencia"),
    ],
)  # fmt: skip
def test_round_twelve_addresses(detector: Detector, text: str, address: str) -> None:
    assert address in addresses(detector, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # coordination with a name found
        ("Beslut: Anna Berg och Kvarnhagen-Dlamini utreder saken.", "Kvarnhagen-Dlamini"),
        # a particle and a given name before a surname found
        ("Inskrivning: Tuulikki ibn Bergschöld, tolk behövs.", "Tuulikki ibn Bergschöld"),
        # a signature line
        ("Hej Anna!\nTack för senast.\n// Ngozika", "Ngozika"),
        # an apostrophe genitive with an unknown stem, a Swedish genitive of a given name
        ("Please return Okonkwo's laptop by Friday.", "Okonkwo"),
        ("Birgittas dator är utlånad.", "Birgitta"),
        # lower-case chat
        ("ulfrids bil står på gatan", "ulfrid"),
        # after a preposition, before a lower-case word
        ("Datorn är utlånad till Tadeusz-Wojtek tills vidare.", "Tadeusz-Wojtek"),
        # a given name before an initial, a surname after one
        ("Blankett ifylld av Tuulikki M. Okonkwo den 14/11.", "Tuulikki M. Okonkwo"),
        ("Closed by Chidiebere-Ayo A. Okonkwo today.", "Chidiebere-Ayo A. Okonkwo"),
        # a chat line opening with a genitive
        ("ngozikas bil står på Storgatan 5", "ngozika"),
        # unknown cells of a row holding a phone number
        ("Okonkwo\tNgozika\t070-123 45 67", "Ngozika"),
    ],
)
def test_round_twelve_names(detector: Detector, text: str, name: str) -> None:
    assert name in people(detector, text)


@pytest.mark.parametrize(
    ("text", "not_name"),
    [
        ("Besök hos Sra. Ingrid Dahl idag.", "Sra"),
        ("Utförd av Dipl.-Ing. Anna Berg.", "Dipl"),
        ("Skicka underlaget till Lönekontoret före fredag.", "Lönekontoret"),
        ("Remiss skickas till Ortopedmottagningen idag.", "Ortopedmottagningen"),
        ("The Thesis draft is due; see Remiss notes in Paris office.", "Thesi"),
        ("Meeting notes / Mötesanteckningar\nNärvarande: Anna Berg", "Mötesanteckningar"),
    ],
)
def test_round_twelve_not_names(detector: Detector, text: str, not_name: str) -> None:
    assert not_name not in people(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Mötet hålls i rum 412, plan 4.",
        "Vi ses vid Vecka 12 och kapitel 7.",
        "Berglund 3 och Östlund 2 deltar.",
    ],
)
def test_round_twelve_no_address(detector: Detector, text: str) -> None:
    assert addresses(detector, text) == []
