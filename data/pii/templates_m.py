"""Templates for held-out M (`generate_m.py`), written for M in round thirteen from issue 15's
text and from how names (the round's subject) and addresses appear in real business text,
before any change of that round.

Slots as in `generate_e.fill`: {P} full name, {F} given name, {L} surname, {H} hyphenated given
name, {M} name in several parts, {p}/{f} the same in lower case, {T} title + name, {SA} Swedish
address, {EA} European or other address, {EM} email, {PH} phone, {PNR} personnummer. M's own
(`generate_m.extra`, as L's): {SS} a Swedish street alone; {RA} a rural address; {BOX} a P.O.
box; {CO} a c/o address; {la} a Swedish street in lower case; {PR} surname first with a comma;
{PU} a whole name in capitals; {PI} a given name, an initial and a surname; {IL} an initial and
a surname.

Genres: greetings and sign-offs, minutes and action lists, rosters and tables, tickets, chat in
lower case, HR and medical notes, letters and invoices, in Swedish, English and mixed. Names
stand alone at a sentence start, in genitives, in lists joined by commas and `och`/`and`.
Negatives: capitalised words and numbers that are no name and no address (products, teams,
rooms, headings, months, places as organisations).
"""

from __future__ import annotations

TEMPLATES: dict[str, list[str]] = {
    "sv": [
        # greetings, sign-offs
        "Hej {F}!\nTack för sist. Jag skickar underlaget i morgon.\nMvh {P}",
        "Hälsningar,\n{P}\nEkonomiavdelningen",
        "{F} är sjuk i dag, så {F} tar telefonen.",
        "{F} kommer tillbaka efter lunch.",
        "{L} har godkänt beställningen.",
        # minutes, action lists
        "Närvarande: {P}, {P}, {F} {L} och {IL}.",
        "Åtgärd: {F} kontaktar {P} före fredag.",
        "Protokollet justeras av {PI} och {P}.",
        "Beslut: {T} utses till sekreterare.",
        "Frånvarande: {PR}.",
        # rosters, tables
        "Namn\tAvdelning\tAnknytning\n{P}\tLön\t4412\n{P}\tIT\t4413",
        "| Ansvarig | Uppgift |\n| {P} | Budget |\n| {F} | Protokoll |",
        "{PU};Ekonomi;{PH}",
        # tickets
        "Ärende 8812: {P} kommer inte åt sin e-post ({EM}).",
        "{F}s dator startar inte, {L} har tittat på den.",
        "Återkoppling till {T} senast i morgon.",
        # HR
        "Anställd: {P}, {PNR}, tillträder 1/4.",
        "{M} har beviljats tjänstledighet.",
        "Referens: {H}, tidigare chef, nås på {PH}.",
        "Medarbetarsamtal mellan {F} och {P} flyttas till torsdag.",
        # medical
        "Pat. {P} inkom med buksmärta. Anhörig {F} underrättad.",
        "{T} bedömer att {F} kan skrivas ut.",
        "Journalanteckning: {PR}, hembesök på {SA}.",
        # letters, invoices
        "{P}\n{SA}",
        "Faktura till {P}, {BOX}. Er referens: {IL}.",
        "Tack {F} och {F} för hjälpen med flytten till {SS}!",
        "{P} och hennes bror {F} delar på arvet.",
    ],
    "sv-chat": [
        "{f} kommer inte idag",
        "har du pratat med {f}",
        "{f} och {f} är på väg",
        "fråga {p} om nycklarna",
        "{p} har slutat tror jag",
        "sa {f} nåt om mötet",
        "ok jag säger till {f}",
        "{f} bor på {la} va",
        "tack {f}",
        "var är {f}",
    ],
    "en": [
        # greetings, sign-offs
        "Dear {F},\nThank you for your letter of 3 May.\nKind regards,\n{P}",
        "Best,\n{PI}\nHead of Finance",
        "{F} is off sick today, so {F} will cover the phones.",
        "{L} signed off the order yesterday.",
        "{F} will be back after lunch.",
        # minutes, action lists
        "Present: {P}, {P}, {F} {L} and {IL}.",
        "Action: {F} to contact {P} before Friday.",
        "Minutes approved by {PI} and {P}.",
        "Apologies: {PR}.",
        "Decision: {T} appointed as treasurer.",
        # rosters, tables
        "Name,Team,Ext\n{P},Payroll,4412\n{P},IT,4413",
        "| Owner | Task |\n| {P} | Budget |\n| {F} | Minutes |",
        "{PU} | Finance | {PH}",
        # tickets
        "Ticket 8812: {P} cannot log in to {EM}.",
        "{F}'s laptop won't boot; {L} had a look at it.",
        "Follow up with {T} by tomorrow.",
        # HR
        "Employee: {P}, starts 1 April.",
        "{M} has been granted unpaid leave.",
        "Referee: {H}, former manager, on {PH}.",
        "{F} and {P} moved their one-to-one to Thursday.",
        # medical
        "Pt {P} admitted with abdominal pain. Daughter {F} informed.",
        "{T} thinks {F} can go home.",
        "Clinic note: {PR}, home visit at {EA}.",
        # letters, invoices
        "{P}\n{EA}",
        "Invoice to {P}, {BOX}. Your reference: {IL}.",
        "Thanks {F} and {F} for helping with the move to {EA}!",
        "{P} and her brother {F} share the estate.",
    ],
    "en-chat": [
        "{f} isnt in today",
        "did u talk to {f}",
        "{f} and {f} are on their way",
        "ask {p} about the keys",
        "{p} left the company i think",
        "did {f} say anything about the meeting",
        "ok ill tell {f}",
        "thx {f}",
        "where is {f}",
    ],
    "mixed": [
        "Hi {F}, kan du skicka kontraktet? Thanks, {P}",
        "Meeting med {P} och {F} at 10.",
        "{F} is sjuk idag, {F} covers.",
        "Attendees: {P}, {IL}, {F} {L}. Protokoll: {PI}.",
        "Vår kund {P} has moved to {SA}.",
        "FYI {F}: {L} har godkänt the budget.",
        "{F}s laptop is broken, ring {P} on {PH}.",
        "Onboarding för {M}, start 1/9, mentor {H}.",
        "Mottagare: {PR}\nAddress: {EA}",
        "Kontakt: {PU}, {EM}",
        "Tack {F}! Cheers, {F}",
        "{T} och {T} träffas on Monday.",
    ],
}

NEGATIVES: dict[str, list[str]] = {
    "sv": [
        "Teamet Ekonomi har flyttat till plan 5.",
        "Kundtjänst har öppet måndag till fredag.",
        "Lunch i Stora salen klockan tolv.",
        "Vi kör sprint Orion i två veckor till.",
        "Beställ Kontorspaket Plus före årsskiftet.",
        "Styrgruppen möts i Konferens Ek.",
    ],
    "en": [
        "Team Falcon owns the billing service.",
        "Customer Success is open Monday to Friday.",
        "Lunch in the Great Hall at noon.",
        "Project Harbour runs until March.",
        "Order the Office Bundle Plus before year end.",
        "The Steering Group meets in Oak Room.",
    ],
    "mixed": [
        "Sprint Orion är klar, release on Friday.",
        "Möte i Konferens Ek with Team Falcon.",
        "Kundtjänst / Customer Success har nytt nummer.",
        "Office Bundle Plus ingår i avtalet.",
    ],
}
