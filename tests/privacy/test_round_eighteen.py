"""Round eighteen's rules (docs/privacy.md, "Round eighteen"): names by their place (a rota's
worker before the person or address visited, a post's author, a chat export's first speaker,
a rare lower-case word ending a list of names, whom a caller introduces, `Assigned:`,
`Surname, Given` before another value, an initial's dot before a sentence's dot), no name where
none is (a format's keyword, a saint's church, an abbreviation joined to a word, a thing after
an article or a number, a letter's closing, a chat app and shorthand, `bye` after `thanks`, a
lower-case word before a capitalised name), and addresses (Estonian `tn`, a floor written `4tr`,
lower-case streets ending in `-gärdet`/`-länken`/`-plan` with a number, a lower-case street
without a number after more place words, homesteads `-hemmanet`/`-hemmet` and lower-case farms
with rural numbers, a village in `-by` or a homestead before a postcode, a German `z. Hd.` line
above a street, an Irish town and county on lines of their own, a country line before a full
stop, an address cut before another field, no address ending in a unit of measure), and
`Surname, Given` after `account holder`/`Owner:`/`pat`, whom a Swish goes to, a name in
capitals ending a message in capitals, the rest of a list after a label inside a line. The
values are made up for these tests (none is a value of a dev set)."""

from __future__ import annotations

import pytest
from tests.privacy.values import addresses, people

from rung.privacy import Detector


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Schema: 07:30 Quorvina -> Anna Berg, Storgatan 4, Lund; 09:00 tomsvik -> Bo Ek",
         "Quorvina"),
        ("Schema: 07:30 Quorvina -> Anna Berg, Storgatan 4, Lund; 09:00 tomsvik -> Bo Ek",
         "tomsvik"),
        ("Inlägg av zorbel: Min granne spelar hög musik.", "zorbel"),
        ("Posted by Morvella: the bins were not emptied.", "Morvella"),
        ("whatsapp: tyrgvar: var är du / kornvald: vid affären", "tyrgvar"),
        ("Tack för blommorna! Kram från Anna Berg och quorvina.", "quorvina"),
        ("Ticket #1 – Kund: Anna Berg – Address: Storgatan 4, 123 45 Lund – Assigned: Quorvinda",
         "Quorvinda"),
        ("Owner: Quellberg, Tomsvar, Storgatan 4, 123 45 Lund, 070-123 45 67.",
         "Quellberg, Tomsvar"),
        ("Förrättningsmän: Anna Berg och Quellberg, T..", "Quellberg, T."),
        ("From account holder Quellberg, Tomsvar.", "Quellberg, Tomsvar"),
        ("Tandvårdsjournal: pat Quellberg, Tomsvar. Karies.", "Quellberg, Tomsvar"),
        ("Swish till Tomsvar Quellberg: 350 kr, meddelande: hyra", "Tomsvar Quellberg"),
        ("kan du swisha kornvald för pizzan", "kornvald"),
        ("Voicemail transcript: hi it's tempest from the surgery", "tempest"),
        ("Payment reference: RENT MARCH QUORVINA TOMSVIK. From account holder Ek, Bo.",
         "QUORVINA TOMSVIK"),
        ("Släktträd: Anna Berg (f. 1898 i Lund) g.m. Bo Ek. Barn: Quorvina, Tomsvik och Zorbel Ek.",
         "Quorvina"),
    ],
)  # fmt: skip
def test_a_name_is_found(detector: Detector, text: str, name: str) -> None:
    assert name in people(detector, text)


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("Agenda: 08:00 Standup - team room; 09:30 Retro - Zoom", "Standup"),
        ("BEGIN:VCARD\nFN:Anna Berg\nEND:VCARD", "VCARD"),
        ("Vigda i Sankt Olofs kyrka. Funeral at St Mary's.", "Olof"),
        ("Vigda i Sankt Olofs kyrka. Funeral at St Mary's.", "Mary"),
        ("Reg.nr ABC 123. Köpare: Anna Berg.", "Reg"),
        ("Site: z. Hd. Hausverwaltung, Lindenallee 4, 10115 Berlin.", "Hd"),
        ("Vi ses på Ikea och köper en Billy och två Poäng.", "Billy"),
        ("Love, Anna and Bo.", "Love"),
        ("whatsapp: tyrgvar: var är du / kornvald: vid affären", "whatsapp"),
        ("omw to kornvald's", "omw"),
        ("please call us back on 070 thanks bye", "bye"),
        ("From account holder Quellberg, Tomsvar.", "holder"),
        ("From account holder Quellberg, Tomsvar.", "account"),
        ("Närvarande: Anna, Bo, Storgatan 4 är adressen.", "Anna, Bo"),
        ("Agenda: 08:00 Standup - team room; 10:00 Fika – köket", "Fika"),
        ("Tack för blommorna! Kram från Anna Berg och företagshälsovården.",
         "företagshälsovården"),
        ("Swish är bäst. Jag swishar till dig sen. Swisha mig för maten.", "dig"),
        ("ASSURED SHORTHOLD TENANCY AGREEMENT", "TENANCY"),
    ],
)  # fmt: skip
def test_no_name_where_none_is(detector: Detector, text: str, not_a_name: str) -> None:
    assert not any(not_a_name in p for p in people(detector, text))


def test_a_given_name_after_an_article_is_kept(detector: Detector) -> None:
    assert "Anna" in people(detector, "Jag träffade en Anna igår.")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Residents of Mõisa tn 8, Pärnu 80010, Eesti were evacuated.",
         "Mõisa tn 8, Pärnu 80010, Eesti"),
        ("han har sålt huset på tallgärdet 17 5tr", "tallgärdet 17 5tr"),
        ("min granne på granlänken 46-3 4tr har hållit på", "granlänken 46-3 4tr"),
        ("jag står utanför kvarnliden nu", "kvarnliden"),
        ("Eskildas från Myrtjärnshemmanet 8346.", "Myrtjärnshemmanet 8346"),
        ("died at home on kvarnbacksgården 5073. Saknad av Eva.", "kvarnbacksgården 5073"),
        ("late of 12 Kilmore Park\nEnnis\nCo. Clare, to the executor Jane Roe.",
         "12 Kilmore Park\nEnnis\nCo. Clare"),
        ("Ticket #1 – Kund: Anna Berg – Address: Storgatan 4, 123 45 Lund – Assigned: Quorvinda",
         "Storgatan 4, 123 45 Lund"),
        ("Brev:\nAnna Berg\nz. Hd. Hausverwaltung\nLindenallee 4\n10115 Berlin\n\nDear Ek",
         "z. Hd. Hausverwaltung\nLindenallee 4\n10115 Berlin"),
        ("died at home on Myrtjärnsby, 951 94 Hemavan. Saknad.", "Myrtjärnsby, 951 94 Hemavan"),
    ],
)  # fmt: skip
def test_an_address_is_found_whole(detector: Detector, text: str, address: str) -> None:
    assert address in addresses(detector, text)


def test_a_field_or_a_weight_is_no_address(detector: Detector) -> None:
    text = "Född 4 mars på Länssjukhuset, 3 540 g. Stolta föräldrar Anna Berg."
    assert addresses(detector, text) == []
    assert addresses(detector, "vi cyklade till hönsgärdet") == []
