"""Round sixteen's rules (docs/privacy.md, "Round sixteen"): lower-case chat names by their cue
(a contraction after a name, `ok x I'll`, `give x a`, `var bor x`, `me n x`, a line's first word
of no list before `kommer`/`e`), Swedish streets (`-terrassen`, lower-case `-stråket`, a street
without a number after a label, a place preposition or a direction word, a street alone in a
table cell), European address parts (an Irish county, a town line then an Eircode line,
`bajo`, `scala B`, `Bâtiment B`, a Latvian flat after a dash, a flat and house name above a
British street), name forms (combining marks, a nickname in quotes, `Surname, Given` after
`Patient` or before `, DOB`, a form's name field, a CSV name column with quoted cells, a
signature line, a kin word and a bracket, a list's first item, `According to X,`, `the
neighbour, X.`) and precision (a weekday before a day's number, a mail's subject, a code's
prefix, chat shorthand, `welcome aboard`, an office column, an everyday word after a label,
Swedish compounds). The values are made up for these tests (none is a value of a dev set; a
few repeat a dev set's form with other words)."""

from __future__ import annotations

import pytest
from tests.privacy.values import addresses, people

from rung.privacy import Detector


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # lower-case chat names by their cue
        ("tell quorvalda i'm stuck in traffic", "quorvalda"),
        ("ok zentrude I'll bring the charger", "zentrude"),
        ("could someone give velmora a ride home", "velmora"),
        ("var bor quilvid nuförtiden?", "quilvid"),
        ("me n zentrude are late", "zentrude"),
        ("kan nån skjutsa velmora till bussen", "velmora"),
        ("quorvalda kommer inte idag", "quorvalda"),
        ("zentrude e sjuk idag", "zentrude"),
        # name forms
        ("Organizer: Ọláwálé Ṣódípọ̀\nRoom: 4", "Ọláwálé Ṣódípọ̀"),
        ('Emergency contact: Quorvalda "Quilla" Zentrikova, 070-123 45 67',
         'Quorvalda "Quilla" Zentrikova'),
        ("Jag pratade med Velmora ‘Vello’ Quistrand i går.", "Velmora ‘Vello’ Quistrand"),
        ("Patient: Zentrikova, Quorvalda, DOB 03/04/1971", "Zentrikova, Quorvalda"),
        ("Patient Quistrand, Velmora (pnr 19710304-1234) referred today.", "Quistrand, Velmora"),
        ('From: "Ní Quorvaláin, Zentra" <zq@example.net>', "Ní Quorvaláin, Zentra"),
        ("Efternamn: Quistrandsäter\nFörnamn: Velmora\nAdress: okänd", "Quistrandsäter"),
        ("Efternamn: Quistrandsäter\nFörnamn: Velmora\nAdress: okänd", "Velmora"),
        ("SURNAME: Zentrikova\nFORENAME(S): Quorvalda\nDOB: 1971", "Zentrikova"),
        ("Name: Quorvalda Velm Zentrikova\nPhone: 070-123 45 67", "Quorvalda Velm Zentrikova"),
        ('name,address\nQuorvalda Zentrikova,"Lönnrisvägen 14, 432 10 Varberg"',
         "Quorvalda Zentrikova"),
        ("Thanks!\n\n--\nQuorvalda Zentrikova | Controller\nBox 12, 111 11 Stockholm",
         "Quorvalda Zentrikova"),
        ("Pt came with her son (Zentrikor). Letter to the GP.", "Zentrikor"),
        ("Närvaro: Quorvalda Zentrikova, Anna Berg, Erik Lund", "Quorvalda Zentrikova"),
        ("According to Quorvalda, the parcel is late.", "Quorvalda"),
        ("Complaint from the neighbour, Zentrikor.", "Zentrikor"),
        ("Buyer: Quistrand V.; seller Anna Berg.", "Quistrand V."),
        ("ses vid Granbärs allé quorvalda", "quorvalda"),
        ("Patient referred to fastighetsskötare Zentrikova in Lund.", "Zentrikova"),
    ],
)  # fmt: skip
def test_a_name_is_found(detector: Detector, text: str, name: str) -> None:
    assert name in people(detector, text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # Swedish street endings, with and without a number, lower case and in cells
        ("Möte på Granbärsterrassen 12 C, Vetlanda.", "Granbärsterrassen 12 C, Vetlanda"),
        ("e du på lönnrisstråket 14 nu?", "lönnrisstråket 14"),
        ("hon skickade adressen: kvistens allé", "kvistens allé"),
        ("skjutsa mig till lönnrisgränd", "lönnrisgränd"),
        ("va bor du nu, norra granbärsvägen?", "norra granbärsvägen"),
        ("Namn;Adress;Telefon\nAnna Berg;Granbärspromenaden;070-123 45 67", "Granbärspromenaden"),
        # European parts
        ("Venue: Apartment 4, Quorvale Court, Quorvale Road, Tullow, Co. Carlow R93 X2Y4.",
         "Apartment 4, Quorvale Court, Quorvale Road, Tullow, Co. Carlow R93 X2Y4"),
        ("Deliver to 14 Quorvale Park\nTullow\nR93 K2Y4 by noon.",
         "14 Quorvale Park\nTullow\nR93 K2Y4"),
        ("Envío: Avda. de los Quorvales 12, bajo, 28001 Madrid.",
         "Avda. de los Quorvales 12, bajo, 28001 Madrid"),
        ("Via dei Quorvali 8, scala A, int. 3, 00184 Roma",
         "Via dei Quorvali 8, scala A, int. 3, 00184 Roma"),
        ("Livraison: Bâtiment C, 12 impasse des Quorvaux\n75011 Paris",
         "Bâtiment C, 12 impasse des Quorvaux\n75011 Paris"),
        ("| Anna | Kļavu iela 12 - 4, Ogre, LV-5001 |", "Kļavu iela 12 - 4, Ogre, LV-5001"),
        ('X,"Flat 3, Quorvale House\n12 Quorvale Street\nDerby\nDE1 4QT",070',
         "Flat 3, Quorvale House\n12 Quorvale Street\nDerby\nDE1 4QT"),
        # formats of a probe no dev set holds: Australian, Turkish, a British number range
        ("Send it to 12 Quorvale St, Sydney NSW 2000, Australia.",
         "12 Quorvale St, Sydney NSW 2000, Australia"),
        ("Adres: Quorvale Cad. No:12 Daire:3, 34710 Kadıköy/İstanbul",
         "Quorvale Cad. No:12 Daire:3, 34710 Kadıköy/İstanbul"),
        ("Adres: Quorvale Mah. Lale Sok. No: 5 D: 2, 06100 Çankaya/Ankara",
         "Quorvale Mah. Lale Sok. No: 5 D: 2, 06100 Çankaya/Ankara"),
        ("Ship to: Unit 5, 14-16 Quorvale Road, Manchester M1 2AB",
         "Unit 5, 14-16 Quorvale Road, Manchester M1 2AB"),
    ],
)  # fmt: skip
def test_an_address_is_found_whole(detector: Detector, text: str, address: str) -> None:
    assert address in addresses(detector, text)


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("Invitation: Planning @ Thu 9 Apr 2026 10:00", "Thu"),
        ("Subject: RE: Keys for the bike shed", "Keys"),
        ("Ticket received. Reference ABC-00912.", "Reference ABC"),
        ("dont forget quorvalda's bday tmrw", "tmrw"),
        ("Welcome aboard, everyone!", "aboard"),
        ("| Name | Office |\n|---|---|\n| Anna Berg | Quorvick |", "Quorvick"),
        ("Invitation: Weekly sync every Monday 09:00", "Weekly"),
        ("Kalender: Veckomöte varje måndag kl 9.", "Veckomöte"),
        ("Ok thanks I'll do it", "I'll"),
        ("Cyber Monday orders doubled.", "Cyber Monday"),
        ("Contact Customer Success for help.", "Success"),
        ("Namn: Projektplan Q3", "Projektplan"),
    ],
)  # fmt: skip
def test_no_name_where_none_is(detector: Detector, text: str, not_a_name: str) -> None:
    assert not any(not_a_name in p for p in people(detector, text))


@pytest.mark.parametrize(
    "text",
    [
        "häng jackan på klädkroken",
        "cykla på cykelstråket längs ån",
        "till vänster på gångvägen",
        "vi kör på motorvägen norrut",
    ],
)
def test_a_thing_after_a_preposition_is_no_street(detector: Detector, text: str) -> None:
    assert addresses(detector, text) == []


def test_a_town_after_a_postcode_stays_on_its_line(detector: Detector) -> None:
    text = "--\nAnna Berg\nGranbärsleden 7\n833 54 Hörby\nMobil 070-123 45 67"
    assert "Granbärsleden 7\n833 54 Hörby" in addresses(detector, text)
    assert any(f.kind == "PHONE" for f in detector.find(text))


def test_a_name_runs_not_into_a_form_label_below(detector: Detector) -> None:
    text = "SURNAME: Zentrikova\nFORENAME(S): Quorvalda"
    assert not any("\n" in p for p in people(detector, text))
