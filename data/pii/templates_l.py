"""Templates for held-out L (`generate_l.py`), written for L in round twelve from issue 15's text
and from how addresses and names appear in real business text, before any change of that round.

Slots as in `generate_e.fill`: {P} full name, {F} given name, {L} surname, {H} hyphenated given
name, {M} name in several parts, {p}/{f} the same in lower case, {T} title + name, {SA} Swedish
address (many forms: a postcode and town, a multi-line address, a town after a unit, `nb`,
`4 tr`, capitals, `SE-` and a country, a street and number alone), {EA} European or other
address, {EM} email, {PH} phone, {PNR} personnummer, {CARD} card, {IP} IP address. L's own
(`generate_l.extra`): {SS} a Swedish street alone (with or without a number); {RA} a rural
address (village and number, a farm name first, or two lines); {BOX} a P.O. box (`Box`,
`Postbox`, `BP`, `Postfach`, `P.O. Box`, `PL`, `Apartado`); {CO} a c/o address (on one line or
three); {la} a Swedish street in lower case (chat); {PR} surname first with a comma; {PU} a
whole name in capitals.

Genres: letters and envelopes, invoices and delivery notes, forms, registers and tables,
tickets, chat, HR and medical notes, removals and tenancy, in Swedish, English and mixed.
Negatives: numbers and places that are no address (rooms, gates, sections, versions, boxes in
a store, project names).
"""

from __future__ import annotations

TEMPLATES: dict[str, list[str]] = {
    "sv": [
        # letters, envelopes
        "{P}\n{SA}",
        "Till\n{P}\n{CO}",
        "Avsändare: {P}, {SA}",
        "Brevet kom i retur från {SA}. Adressaten {P} är okänd där.",
        "Skicka originalet till oss på {BOX}, märk kuvertet med {F}.",
        # invoices, delivery
        "Faktura 4471\nKund: {P}\nFakturaadress: {BOX}\nLeveransadress: {SA}",
        "Leveransadress: {SA}\nKontaktperson: {F} {L}, {PH}",
        "Följesedel 20331 – mottagare {P}, {SS}. Lämnas vid dörren.",
        "Godset hämtas hos {T}, {SA}, och körs till {EA}.",
        "Fakturan ställs till {PU}, {SA}.",
        # forms
        "Namn: {PR}\nAdress: {SA}\nTelefon: {PH}",
        "Folkbokföringsadress: {SA}\nPostadress: {BOX}",
        "Sökande: {P}\nBesöksadress: {SS}\nE-post: {EM}",
        "Ny adress från 1/3: {SA}. Gammal adress: {SA}.",
        "Adress: {RA}",
        # registers, tables
        "Namn;Adress;Telefon\n{P};{SA};{PH}",
        "{PR}\t{SA}",
        "| Hyresgäst | Lägenhet |\n| {P} | {SA} |",
        # tickets
        "Ärende 5512: {P} har flyttat till {RA} men fakturan gick till {SS}.",
        "Kunden {F} {L} saknar paket till {SA}; spårningen visar {BOX}.",
        "Tekniker bokad hos {P}, {SS}, tisdag 8–12.",
        # HR
        "Personalakt: {P}, {PNR}, bor på {SA}.",
        "Anhörig: {P} (sambo), {SA}, {PH}.",
        "Lönebesked skickas till {CO}.",
        "{T} flyttar från {SS} till {SA} i maj.",
        # medical
        "Hembesök hos {P}, {RA}. Nyckel finns hos grannen {F}.",
        "Pat. {PR} bor ensam på {SA}; hemtjänst morgon och kväll.",
        "Remissvar skickas till {T}, {BOX}.",
        # tenancy, removals
        "Hyresavtal mellan {P} och {P} avseende {SA}.",
        "Flyttstädning på {SS} utförd av {F} och {F}.",
        "Uppsägning av lägenheten på {SA} från {P}.",
        "Vägbeskrivning: sväng vänster efter kyrkan, {RA} är tredje huset.",
    ],
    "sv-chat": [
        "jag bor på {la} nu",
        "{f} flyttar till {la} i helgen",
        "kan du hämta paketet på {la}",
        "vi ses hos {f} på {la}",
        "{f} har nyckeln till {SS}",
        "ring {f} när du är framme",
        "har {f} svarat om flytten",
        "hej {f} jag står utanför {la}",
    ],
    "en": [
        # letters, envelopes
        "{P}\n{EA}",
        "FAO {P}\n{BOX}",
        "Sender: {P}, {EA}",
        "Returned to sender: no {P} at {EA}.",
        "Please post the signed copy to {BOX}, attention {F}.",
        # invoices, delivery
        "INVOICE 7782\nBill to: {P}, {BOX}\nShip to: {EA}",
        "Delivery address: {EA}\nContact: {F} {L}, {PH}",
        "Delivery note 20331 – recipient {P}, {EA}. Leave with neighbour.",
        "Collection from {T}, {EA}; deliver to {SA}.",
        "Invoice addressed to {PU}, {EA}.",
        # forms
        "Name: {PR}\nAddress: {EA}\nPhone: {PH}",
        "Home address: {EA}\nCorrespondence address: {BOX}",
        "Applicant: {P}\nMailing address: {CO}\nEmail: {EM}",
        "New address from 1 March: {EA}. Previous address: {EA}.",
        # registers, tables
        'Name,Address,Phone\n{P},"{EA}",{PH}',
        "{PR}\t{EA}",
        "| Tenant | Flat |\n| {P} | {EA} |",
        # tickets
        "Ticket 5512: {P} moved to {EA} but the invoice went to {SS}.",
        "Customer {F} {L} is missing a parcel for {EA}; tracking says {BOX}.",
        "Engineer booked at {P}'s, {EA}, Tuesday 8–12.",
        # HR
        "Personnel file: {P}, lives at {EA}.",
        "Next of kin: {P} (partner), {EA}, {PH}.",
        "Payslips go to {CO}.",
        "{T} is relocating from {EA} to {SA} in May.",
        # medical
        "Home visit to {P}, {EA}. Key safe code with {F}.",
        "Pt {PR} lives alone at {EA}; carers twice a day.",
        "Discharge letter to {T}, {BOX}.",
        # tenancy
        "Tenancy agreement between {P} and {P} for {EA}.",
        "Notice to quit for {EA} served on {P}.",
        "Directions: past the church, {RA} is the third house on the left.",
    ],
    "en-chat": [
        "i live at {la} now lol",
        "{f} is moving to {la} this weekend",
        "can u grab the parcel from {SS}",
        "meet at {f}'s, {la}",
        "ask {f} for the keys",
        "{f} said the address is {EA}",
    ],
    "mixed": [
        "Hi {F}, kan du skicka kontraktet till {SA}? Thanks!",
        "Shipping to: {SA}\nAttn: {P}",
        "Vår kund {P} has moved to {EA}, uppdatera registret.",
        "Leveransadress: {EA}\nContact person: {F}, {PH}",
        "Invoice 3391 – kund {PU}, {BOX}.",
        "Meeting hos {T} på {SS} at 10, then lunch.",
        "Adress: {EA}\nName: {P}",
        "Please note ny adress: {CO}",
        "Paketet till {P}, {RA}, is delayed två dagar.",
        "FYI {F}: fakturaadressen är {BOX}, not {SA}.",
        "Onboarding för {P}, start 1/9; address {SA}, mobile {PH}.",
        "{PR} – relocation from {EA} till {SA}.",
        "Hembesök / home visit: {P}, {SA}, with {T}.",
        "Mottagare: {P}\nAddress: {EA}\nReferens: {L}",
        "Kan någon ta {F}s paket? Det ligger på {SS}, and {F} doesn't answer {PH}.",
        "Returned: brevet till {P} på {EA} kom tillbaka.",
        "Consignee {M}, {SA}; ordered by {H}.",
        "Besöksadress {SS}, postal address {BOX}.",
    ],
}

NEGATIVES: dict[str, list[str]] = {
    "sv": [
        "Mötet hålls i rum 412, plan 4, hus B.",
        "Lägg returerna i box 7 på lagret.",
        "Version 12.4 släpps på tisdag; se avsnitt 3.2.",
        "Tåget går från spår 14 kl 08.12.",
        "Projekt Tallkotten fortsätter i Q3.",
        "Sektion 9, rad 22, plats 17.",
    ],
    "en": [
        "Boarding at gate 23, terminal 5.",
        "Put the returns in box 7 in the store room.",
        "See section 4.2 of the Data Protection Act 2018.",
        "Room 3.14 on level 2 is booked all week.",
        "The Main Street project is paused until Q3.",
        "Platform 9 for the 10:42 to the airport.",
    ],
    "mixed": [
        "Vi möts i Meeting Room 4, plan 3.",
        "Release 2.7 har fix för bug 4412.",
        "Lagerplats B-12-04, pallplats 3.",
        "Kapitel 7 i handbook v2, sida 112.",
    ],
}
