"""Round seventeen's rules (docs/privacy.md, "Round seventeen"): names by their place
(`SURNAME/GIVEN` in a booking, the rest of a labelled list of people, `Surname, T.`, `Pat
Surname, Given`, person labels, what a person does after a label, `vet om x jobbar`, a team's
line-up, a speaker in brackets, `RSVP to`, a slash signature, `thanked X`, a CSV's quoted
`Surname, Given`, particles, police titles, `-dotter`), addresses (rural numbers of four digits
and their town, a village or summer farm before a postcode, a town after a street without a
number, Baltic flats, an Irish county and Eircode, `1/19` before a British number, `norra x
allé`, a unit on a business park) and precision (mail forwarding words, airport routes, a unit
initial, `BRF`, headings in capitals, `the Town Hall`, `Inga beslut`, `Lovely, thanks`, a label
after a sentence, `X av`). The values are made up for these tests (none is a value of a dev set)."""

from __future__ import annotations

import pytest
from tests.privacy.values import addresses, found, people

from rung.privacy import Detector


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Booking confirmed. Passengers: OKAFOR/MARGIT, LINDQVIST-BERG/ANNA.", "OKAFOR/MARGIT"),
        ("Booking confirmed. Passengers: OKAFOR/MARGIT, LINDQVIST-BERG/ANNA.",
         "LINDQVIST-BERG/ANNA"),
        ("ITINERARY for VESTERLUND/HJALMAR MR\nFlight SK 1 ARN-CPH 07:25", "VESTERLUND/HJALMAR"),
        ("Present: Kalle Dornquist, Berit Sandmark, Quellin, T., Osvalda\nApologies: Ann Ek",
         "Quellin, T."),
        ("Present: Kalle Dornquist, Berit Sandmark, Quellin, T., Osvalda\nApologies: Ann Ek",
         "Osvalda"),
        ("Guests: Mirna Okonkwo, Tarik Benhadj, Gulnara de Vasquez, Zorbel", "Zorbel"),
        ("Laget / roster: Anna Berg, Bo Ek, Karl Lund, Quorvina. Ledare: kapten Ek.", "Quorvina"),
        ("Provsvar Hb 140 g/L. Pat Quarnvik, Emmerlind. Kopia till vårdcentralen.",
         "Quarnvik, Emmerlind"),
        ("Anteckning: Velorin gjorde bra ifrån sig.", "Velorin"),
        ("Hyresvärd: Tomsvar Quellberg, 780401-1234", "Tomsvar Quellberg"),
        ("Action: Qorvid contacts the supplier.", "Qorvid"),
        ("nån som vet om kornvald jobbar idag", "kornvald"),
        ("nån som vet om tyrgvar sälbrink jobbar idag", "tyrgvar sälbrink"),
        ("Laguppställning: mål Orvinda, back Kell och Brisa, forward tomsvik. Tränare: Bo.",
         "tomsvik"),
        ("U12 squad: GK Anna, DEF Orla, Quellin, MID Bo Ek, FWD zarvik. Coach: Kim.", "zarvik"),
        ("Agent (Morvella): I can see the parcel.", "Morvella"),
        ("RSVP to Quenby by 1 May.", "Quenby"),
        ("Kallelse till årsstämma. Välkomna! /Tomsvar Quellberg", "Tomsvar Quellberg"),
        ("The committee thanked Ostrid Halvarsdotter-Ek for her years.",
         "Ostrid Halvarsdotter-Ek"),
        ('name,address,phone\n"Quellberg, Tomsvar","Storgatan 4, Lund",070-123 45 67',
         "Quellberg, Tomsvar"),
        ("Guests: Anna Berg, Wietske van der Quelle, Bo Ek", "Wietske van der Quelle"),
        ("Förskrivare: polisassistent Quellberg.", "Quellberg"),
    ],
)  # fmt: skip
def test_a_name_is_found(detector: Detector, text: str, name: str) -> None:
    assert name in people(detector, text)


def test_a_passenger_name_is_no_secret(detector: Detector) -> None:
    text = "Passengers: OKAFOR/MARGIT, QUELLBERG/TOMSVAR."
    assert found(detector, text, "SECRET") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Besök oss på Kvarnträskbyn 4210 Vidsel.", "Kvarnträskbyn 4210 Vidsel"),
        ("Plats: bygdegården, Norrholmsbyn, 914 91 Nordmaling. Välkomna!",
         "Norrholmsbyn, 914 91 Nordmaling"),
        ("Plats: Storsätern, 840 95 Funäsdalen.", "Storsätern, 840 95 Funäsdalen"),
        ("vi ses hos x ikväll, södra tunnbindare allé portkod 1234", "södra tunnbindare allé"),
        ("Address: 14 Kilmore Road, Ennis, Co. Clare, V95 X2K4. Witness: none.",
         "14 Kilmore Road, Ennis, Co. Clare, V95 X2K4"),
        ("Venue: Liepu iela 12 k-3, Jelgava, LV-3001.", "Liepu iela 12 k-3, Jelgava, LV-3001"),
        ("Venue: Ąžuolų g. 14 butas 7, LT-44280 Kaunas.", "Ąžuolų g. 14 butas 7, LT-44280 Kaunas"),
        ("Hotel 2/14 Marchmont Crescent, Edinburgh EH9 1HY, UK tonight.",
         "2/14 Marchmont Crescent, Edinburgh EH9 1HY, UK"),
        ("Register\nBerg, Anna – Kvarnbacks allé, Mora – 070-123 45 67", "Kvarnbacks allé, Mora"),
        ('{"adress": "Granstig 7, Orsa", "namn": "x"}', "Granstig 7, Orsa"),
        ("| Anna Berg | Unit 7, Quorvale Business Park, Derby, DE1 4QT | Member |",
         "Unit 7, Quorvale Business Park, Derby, DE1 4QT"),
    ],
)  # fmt: skip
def test_an_address_is_found_whole(detector: Detector, text: str, address: str) -> None:
    assert address in addresses(detector, text)


def test_a_year_after_a_village_is_no_rural_number(detector: Detector) -> None:
    assert addresses(detector, "Det var 1999 och Lillbyn 2001 stängde.") == []


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("Subject: Fwd: Invoice\n\nFwd: Fwd: nycklar", "Fwd"),
        ("---------- Vidarebefordrat meddelande ---------\nFrån: Anna Berg <a@b.se>",
         "Vidarebefordrat"),
        ("Resplan: Anna Berg flies ARN-LHR on Monday.", "ARN"),
        ("Route: ARN/LHR then HR/IT review, result PASS/FAIL.", "/"),
        ("Provsvar P-Glukos 6,1 mmol/L. Remittent: Dr Anna Berg.", "Remittent"),
        ("Protokoll styrelsemöte BRF Solgläntan\nNärvarande: Anna Berg", "BRF"),
        ("ASSURED SHORTHOLD TENANCY AGREEMENT\nLandlord: Anna Berg", "TENANCY"),
        ("Frank feedback welcome at the Town Hall meeting.", "Town Hall"),
        ("Protokoll fört vid mötet. Inga beslut fattades.", "Inga"),
        ("Agent: Lovely, thanks Wietske.", "Lovely"),
        ("Screening call done. Pass to Anna Berg for the panel.", "Pass"),
        ("Rx: Amoxicillin 500 mg. Prescriber: Judge Ek.", "Prescriber"),
        ("Sekreterare: Anna Berg. Justeras av kapten Bo Ek.", "Justeras"),
        ("lärka e sjuk, kan nån täcka?", "e sjuk"),
    ],
)  # fmt: skip
def test_no_name_where_none_is(detector: Detector, text: str, not_a_name: str) -> None:
    assert not any(not_a_name in p for p in people(detector, text))


def test_a_name_after_a_title_with_a_dot_is_kept(detector: Detector) -> None:
    assert "Nord" in people(detector, "According to Ms. Nord, the report is due in June.")
