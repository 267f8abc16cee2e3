"""Round fourteen's rules (docs/privacy.md, "Round fourteen"): names read from the words around
them (`rung.privacy.names_context`: a genitive before a personal noun, a person's two-word
predicate at a sentence start, a table's name column by its header; no PERSON of one letter,
of a stop word alone, headed by a thing's word or under a header that names no person), and
addresses (a street without a number after `från`/`from` or a `Besöksadress` label, `-strand`
streets with a house letter, British town and postcode lines before punctuation, a `c/o` line
not at a line's start, lower-case streets with a direction word and their town after `i`, a
farm before a numbered village, hyphenated street starts). The values are made up for these
tests (none is a value of held-out N; a few repeat a dev set's form with other words)."""

from __future__ import annotations

import pytest
from tests.privacy.values import addresses, people

from rung.privacy import Detector


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a genitive before a personal noun, at a sentence start and inside one
        ("Quorvaldos dator startar inte sedan i går.", "Quorvaldo"),
        ("Kan någon hämta Brimsatas paket i receptionen?", "Brimsata"),
        ("Zentrikas mamma ringer efter lunch.", "Zentrika"),
        ("Could you review Oltravo's pull request?", "Oltravo"),
        # a name found whole keeps no genitive `s` before such a noun
        ("Brimsa Oltravas mamma kommer på besök.", "Brimsa Oltrava"),
        # a person's two-word predicate at a sentence start
        ("Quorvaldo kommer tillbaka efter lunch.", "Quorvaldo"),
        ("Möte flyttat. Zentrik-Oltra är sjuk i dag.", "Zentrik-Oltra"),
        ("Brimsato is out until Monday.", "Brimsato"),
        # a name in capitals after `attn`; an address running on over the label ends before it
        ("Fakturaadress: Storgatan 4, 123 45 Lund, attn QUORVALDO ZENTRIK-OLT.",
         "QUORVALDO ZENTRIK-OLT"),
        # a table row with a personal number
        ("Quorvaldo Zentrik\t19940320-9910\tBox 9932, 257 80 Alby", "Quorvaldo Zentrik"),
        # a role after a heading word is no thing's name
        ("Team Lead Quorvaldo bedömer att patienten kan skrivas ut.", "Lead Quorvaldo"),
        # a table's name column, by its header, with a compound surname in a later row
        ("Namn\tAvdelning\tAnknytning\nQuorvaldo Zentrik\tLön\t4412\nBrimsa Järnebrand\tIT\t4413",
         "Brimsa Järnebrand"),
        ("Name,Team,Ext\nQuorvaldo Zentrik,Payroll,4412\nBrimsa Oltrava-Zent,IT,4413",
         "Brimsa Oltrava-Zent"),
    ],
)  # fmt: skip
def test_a_name_is_read_from_its_context(detector: Detector, text: str, name: str) -> None:
    assert name in people(detector, text)


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("Thesis klar, skickas till handledaren.", "Thesi"),
        ("Vi ses på Paris kontor i morgon.", "Pari"),
        ("Mötet hålls i rum 412, plan 4, hus B.", "B"),
        ("Faktura till Anna Berg. Er referens: 4411.", "Er"),
        ("Remiss skickad till vårdcentralen.", "Remiss"),
        ("Kassan stänger klockan 16. Systemet kommer tillbaka i morgon.", "Systemet"),
        # a word heading a thing's name, and a column whose header names no person
        ("Projekt Kvasar går live i maj.", "Projekt Kvasar"),
        ("Vi kör sprint Kvasar i två veckor.", "Kvasar"),
        ("Moving to Building Q, Level 3.", "Building Q"),
        ("Se Bilaga B, avsnitt 4.", "Se Bilaga B"),
        ("Attn: IT DEPARTMENT", "IT DEPARTMENT"),
        ("Anställningsnr;Namn;Avdelning\n1043;Quorvaldo Zentrik;Lager", "Lager"),
    ],
)
def test_no_name_where_the_context_names_none(
    detector: Detector, text: str, not_a_name: str
) -> None:
    assert not_a_name not in people(detector, text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Hon flyttar från Tranbärsvägen till Granvägen 4 i maj.", "Tranbärsvägen"),
        ("Besöksadress Blåklintsgatan, postadress Box 12, 123 45 Vimmerby.", "Blåklintsgatan"),
        ("can u grab the parcel from Östra Blåklintsvägen", "Östra Blåklintsvägen"),
        ("Fakturan gick till Blåklintsstrand 188b.", "Blåklintsstrand 188b"),
        ("Returned to sender: no Anna Berg at 43 Elmstead Road\nReading\nRG1 5AB.",
         "43 Elmstead Road\nReading\nRG1 5AB"),
        ("Skicka till c/o Anna Berg\nBlåklintsvägen 22A\n974 53 Vimmerby.",
         "Blåklintsvägen 22A\n974 53 Vimmerby"),  # round thirty: the c/o name is a PERSON
        ("jag bor på blåklintsgatan 46 i vimmerby nu", "blåklintsgatan 46 i vimmerby"),
        ("hej jag står utanför stora blåklintsgränd 54b", "stora blåklintsgränd 54b"),
        ("ses på tranbärs allé 12 i kväll", "tranbärs allé 12"),
        ("Paketet till Anna Berg, Myrlyckan, Tallträsket 88, 790 95 Vimmerby, är försenat.",
         "Myrlyckan, Tallträsket 88, 790 95 Vimmerby"),
        ("Sender: Anna Berg, Nygårdsveien-Solheims gate 14, 5007 Bergen",
         "Nygårdsveien-Solheims gate 14, 5007 Bergen"),
        ("Vi bor på Karl-Johansgatan 4, 413 10 Göteborg.", "Karl-Johansgatan 4, 413 10 Göteborg"),
    ],
)  # fmt: skip
def test_an_address_is_found_whole(detector: Detector, text: str, address: str) -> None:
    assert address in addresses(detector, text)


@pytest.mark.parametrize(
    ("text", "not_an_address"),
    [
        ("Teamet har flyttat till plan 5.", "till plan 5"),
        ("jag bor på blåklintsgatan 46 i maj", "blåklintsgatan 46 i maj"),
        ("Kvitto skickat till Monty Zentrik, Tranbärsvägen 28, 255 37 Vimmerby.", "Monty Zentrik"),
    ],
)
def test_no_address_beyond_the_address(detector: Detector, text: str, not_an_address: str) -> None:
    assert not any(not_an_address in found for found in addresses(detector, text))
