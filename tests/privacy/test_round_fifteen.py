"""Round fifteen's rules (docs/privacy.md, "Round fifteen"): addresses read by their shape
(`rung.privacy.address_shapes`: a street and number, maybe a floor, then a postcode and town on
the same or the next line; an English street word, a town and a British postcode or Eircode; a
US street line, a town, a state and a ZIP code), envelope lines (a town and postcode line before
punctuation, a town and letter-digit code, a three-digit postcode and town, a postcode and town
line above a street, a `c/o` line above a street in capitals), units (`port 2`, `ö.g.`),
lower-case towns and streets in chat, farms and villages before a postcode; names (a role label,
a pupil's predicate) and precision (a thing's word ending a place, an abbreviation alone, a
Swedish verbal noun alone, an address label). The values are made up for these tests (none is a
value of a dev set; a few repeat a dev set's form with other words)."""

from __future__ import annotations

import pytest
from tests.privacy.values import addresses, people

from rung.privacy import Detector


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # a street and number, a floor, a postcode and town (same line or the next)
        ("Ny adress: Vaarika tn 41-7, 50409 Tartu.", "Vaarika tn 41-7, 50409 Tartu"),
        ("New address for him: Krogsbæk 77, 2. th.\n9310 Vodskov.",
         "Krogsbæk 77, 2. th.\n9310 Vodskov"),
        ("Home visit at Quellbrunnerstraße 31\n34117 Kassel; ring twice.",
         "Quellbrunnerstraße 31\n34117 Kassel"),
        # an English street word without a number, a town and an Eircode (with or without a digit)
        ("New address: Drumquill Road, Sligo F91 KT3P.", "Drumquill Road, Sligo F91 KT3P"),
        ("Viewing at Cloonagh Road, Galway H91 QXRT on Monday.", "Cloonagh Road, Galway H91 QXRT"),
        # a US street line, a town, a state and a ZIP code
        ("Mail to 812 Quorvale Ave NW, Suite 40, Dayton, OH 45402.",
         "812 Quorvale Ave NW, Suite 40, Dayton, OH 45402"),
        # a town and British postcode on the next line, before a full stop
        ("Send it to Flat 9, 12 Ashcombe Court\nDerby DE1 4QT.",
         "Flat 9, 12 Ashcombe Court\nDerby DE1 4QT"),
        # a British postcode anchors its town, even a town that is also a name
        ("Write to PO Box 77, London EC1A 4HQ.", "PO Box 77, London EC1A 4HQ"),
        # Swedish units: an entrance, `ö.g.`
        ("Ny adress: Lönnrisvägen 14, port 3, 432 10 Varberg",
         "Lönnrisvägen 14, port 3, 432 10 Varberg"),
        ("Ny adress: Gransångarbacken 7, 2 tr ö.g., 151 72 Södertälje.",
         "Gransångarbacken 7, 2 tr ö.g., 151 72 Södertälje"),
        # a c/o line above a street in capitals (a street word of three letters too)
        ("Skicka fakturan till C/O QUORVALDO ZENTRIK\nTRASTENS VÄG 5\n451 50 UDDEVALLA.",
         "TRASTENS VÄG 5\n451 50 UDDEVALLA"),  # round thirty: the c/o name is a PERSON
        # lower-case chat: a town after a street, a street without a number after a moving verb
        ("flyttar till granbacksvägen 12 ödsmål i juni", "granbacksvägen 12 ödsmål"),
        ("vi flyttar till lönnrisbacken i juli", "lönnrisbacken"),
        # a flat and a house name before an abbreviated street and a British postcode
        ("Deliver to Flat 2B, Quorvale House, 12 High St, Oxford OX1 4AA.",
         "Flat 2B, Quorvale House, 12 High St, Oxford OX1 4AA"),
        # an English street without a number after living `on`, with its town after `in`
        ("The client lives on Brimsley Avenue in Croydon.", "Brimsley Avenue in Croydon"),
        # a floor after a Swedish street (`plan 3`)
        ("Besök oss på Quorvalsvägen 44, plan 3, i morgon.", "Quorvalsvägen 44, plan 3"),
        # a street without a number after `vid`/`on`, and its town after `i`/`in`
        ("Vi ses vid Brimstorget kl 12.", "Brimstorget"),
        ("Hon bodde tidigare på Quorvalsgränd i Bromma.", "Quorvalsgränd i Bromma"),
        ("The office is on Brimsgatan in Umeå.", "Brimsgatan in Umeå"),
        # a farm and a village before a postcode
        ("Paketet kom fel, Norrgärdet Tallmyran, 820 62 Bjuråker.",
         "Norrgärdet Tallmyran, 820 62 Bjuråker"),
        # envelope lines: a town and a code, a three-digit postcode, a postcode line above
        ("Brimsa Oltrava\nTriq il-Qasab 12\nMosta MST 2045\nMalta",
         "Triq il-Qasab 12\nMosta MST 2045\nMalta"),
        ("Mvh Quorvaldo\nLaugavegurstígur 9\n101 Reykjavík", "Laugavegurstígur 9\n101 Reykjavík"),
        ("Quorvaldo Zentrik\n6720 Szeged\nKárász utca 9. 1/3\nTel. 070-123 45 67",
         "6720 Szeged\nKárász utca 9. 1/3"),
        # a British town and county on their own lines before the postcode
        ("Please send to:\n14 Quorvale Close\nHarrogate\nNorth Yorkshire\nHG2 7QP",
         "14 Quorvale Close\nHarrogate\nNorth Yorkshire\nHG2 7QP"),
        # a unit word before a number that starts the address; a Norwegian direction word
        ("Return to Unit 4B, Brimsdale Business Park, Leeds LS11 5DN.",
         "Unit 4B, Brimsdale Business Park, Leeds LS11 5DN"),
        ("Adresse: Nedre Brimsgate 8, 0157 Oslo", "Nedre Brimsgate 8, 0157 Oslo"),
        # Austrian staircase and door, a German floor line, a Romanian six-digit postcode
        ("Adresse: Quorvalgasse 44/Stiege 2/Top 7, 1040 Wien",
         "Quorvalgasse 44/Stiege 2/Top 7, 1040 Wien"),
        ("Lieferung an: Brimsstr. 5\n2. OG links\n01067 Dresden",
         "Brimsstr. 5\n2. OG links\n01067 Dresden"),
        ("Adresa: Strada Quorvaliei 12, bl. A3, sc. 2, ap. 14, 010063 București",
         "Strada Quorvaliei 12, bl. A3, sc. 2, ap. 14, 010063 București"),
        # a Polish flat after the number, before the postcode
        ("Adres: Brimska Wola 15 lok. 3, 00-029 Warszawa",
         "Brimska Wola 15 lok. 3, 00-029 Warszawa"),
        # a town with `upon`; a US street with a direction before it; Canadian postcodes
        ("I live at Flat 4, 2 Quorvale Square\nNewcastle upon Tyne\nNE1 7JG",
         "Flat 4, 2 Quorvale Square\nNewcastle upon Tyne\nNE1 7JG"),
        ("Mailing address:\n900 W. Brimsley Street, Suite 210\nDurham, NC 27701",
         "900 W. Brimsley Street, Suite 210\nDurham, NC 27701"),
        ("Deliver to 77 Quorvale St W, Toronto, ON M5H 2N2",
         "77 Quorvale St W, Toronto, ON M5H 2N2"),
    ],
)  # fmt: skip
def test_an_address_is_found_whole(detector: Detector, text: str, address: str) -> None:
    assert address in addresses(detector, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a role label before one to three unknown name words
        ("Kallelse skickad. Chair: Quorvaldo.", "Quorvaldo"),
        ("Next of kin: Brimsa Oltravik, son, 070-123 45 67.", "Brimsa Oltravik"),
        # a pupil's predicate at a sentence start
        ("Quorvaldo in Year 5 forgot his lunch box again.", "Quorvaldo"),
        ("Brimsato i klass 4B har glömt sin gympapåse.", "Brimsato"),
        # a surname first after a label, before an address
        ("Fakturamottagare: Zentrikova, Brimsata, Granbacksleden 81b, 648 73 Ort",
         "Zentrikova, Brimsata"),
    ],
)  # fmt: skip
def test_a_name_is_read_from_its_label_or_predicate(
    detector: Detector, text: str, name: str
) -> None:
    assert name in people(detector, text)


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("Collect the badge at Reception North.", "Reception North"),
        ("Hämta passerkortet i Receptionen Syd.", "Receptionen Syd"),
        ("The workshop is in the Birch Suite.", "Birch Suite"),
        ("Quorvaldo left her PE kit at school.", "PE"),
        ("My IBAN is DE89 3704 0044 0532 0130 00, thanks.", "IBAN"),
        ("Quorvaldo Zentrik slutar i maj. Avtackning på fredag.", "Avtackning"),
        ("Adresse: Rue des Tilleuls 4, 1050 Ixelles", "Adresse"),
        ("Osoite on Kuusikatu 8, 33100 Tampere.", "Osoite"),
        ("Die Adresse ist Lindenweg 4, 6020 Innsbruck.", "Die Adresse"),
        # one word before a colon or `för`/`for` and a name: a label or a thing about the person
        ("Remissvar: Quorvaldo Zentrik, 19990101-1234, inlagd i går.", "Remissvar"),
        ("Payslip for Brimsa Oltravik goes out on Friday.", "Payslip"),
        ("Semesterlönen för Brimsa Oltravik betalas i juni.", "Semesterlönen"),
        ("Read more under My Account, Billing Tab.", "Billing Tab"),
        # a Swedish definite agent noun alone at a sentence start
        ("Vårdtagaren bor på Quorvalsvägen 3 lgh 1203 i Järfälla.", "Vårdtagaren"),
    ],
)  # fmt: skip
def test_a_thing_or_label_is_no_name(detector: Detector, text: str, not_a_name: str) -> None:
    assert not_a_name not in people(detector, text)


@pytest.mark.parametrize(
    ("text", "not_an_address"),
    [
        # a month, a sprint or a version before a year is no street
        ("Sprint 12, 2024 Stockholm", "Sprint 12, 2024 Stockholm"),
        ("Mars 12, 2025 Göteborg", "Mars 12, 2025 Göteborg"),
        # a name before a street stays out of the address
        ("Customer Quorvaldo Zentrik på Granbacken 90, 410 69 Ort says hi.", "Zentrik"),
    ],
)  # fmt: skip
def test_no_address_where_none_is(detector: Detector, text: str, not_an_address: str) -> None:
    assert not any(not_an_address in a for a in addresses(detector, text))


def test_a_given_name_before_a_colon_and_a_name_stays_a_name(detector: Detector) -> None:
    text = "Karin: Quorvaldo Zentrik ringer i morgon."
    assert "Karin" in people(detector, text)


def test_a_name_does_not_run_into_a_department_on_the_next_line(detector: Detector) -> None:
    text = "Regards,\nQuorvaldo Zentrik\nSales"
    assert "Quorvaldo Zentrik" in people(detector, text)
    assert not any("Sales" in p for p in people(detector, text))


def test_a_label_line_after_a_street_is_no_town(detector: Detector) -> None:
    text = "Quorvaldo Zentrik\nKárász utca 9. 1/3\nTel. 070-123 45 67"
    assert not any("Tel" in a for a in addresses(detector, text))
