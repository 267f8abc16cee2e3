"""Templates for held-out J (`generate_j.py`), written for J in round ten from issue 15's text and
from how personal data appears in real business text.

Slots as in `generate_e.fill`: {P} full name, {F} given name, {L} surname, {H} hyphenated given
name, {M} name in several parts, {p}/{f} the same in lower case, {T} title + name, {SA} Swedish
address, {EA} European address, {EM} email, {PH} phone, {PNR} personnummer, {CARD} card,
{IP} IP address. J's own (`generate_j.extra`): {SS} a Swedish street alone; {PR} surname first
with a comma (`Okafor, Ngozi`); {PRU} the same with the surname in capitals (`OKAFOR, Ngozi`);
{PU} a whole name in capitals; {LU} a surname in capitals; {PI} an initial and a surname
(`N. Okafor`); {PIH} two initials or a hyphenated initial (`J-P. Okafor`, `N.A. Okafor`);
{PLI} a surname and an initial (`Okafor N.`).

Genres: forms (label: value), tables (pipes and tabs), signatures, letters, support tickets, chat,
HR and medical notes, invoices; Swedish, English and mixed. Negatives include headings and
company names in capitals and streets named after people.
"""

from __future__ import annotations

HARD_SV = [
    "NAMN: {PU}\nPERSONNUMMER: {PNR}\nADRESS: {SA}",
    "Efternamn, förnamn: {PR}",
    "Deltagare: {PR}; {PR}; {PR}",
    "Attesterad av {PI} 2026-11-03.",
    "Underskrift: ____ {PIH}",
    "{PLI} har sett över avtalet, {F} skickar det vidare.",
    "Handläggare {LU} tar ärendet, kopia till {PI}.",
    "Från: {PR} <{EM}>\nÄmne: ledighet",
    "| {PR} | Ekonomi | {PH} |",
    "Vänliga hälsningar\n\n{PU}\nINKÖPSCHEF",
    "Avs. {PU}, {SA}",
    "Till {P}, c/o {P}, {SA}",
]
HARD_EN = [
    "NAME: {PU}\nDATE OF BIRTH: 02/11/1979\nADDRESS: {EA}",
    "Surname, first name: {PR}",
    "Attendees: {PR}; {PR}; {PI}",
    "Approved by {PI} on 3 Nov.",
    "Signed: {PIH}",
    "{PLI} reviewed the contract; {F} will send it on.",
    "Assigned to {LU}, cc {PI}.",
    "From: {PR} <{EM}>\nSubject: leave",
    "| {PR} | Finance | {PH} |",
    "Yours sincerely,\n\n{PU}\nHEAD OF PROCUREMENT",
    "Dear {T},",
    "Sender: {PU}, {EA}",
]
HARD_MIXED = [
    "Namn / Name: {PR}",
    "Signerat av {PI}, approved by {PIH}.",
    "KUND / CUSTOMER: {PU}",
    "Assignee: {LU}, ärendet gäller {SA}.",
]

TEMPLATES: dict[str, list[str]] = {
    "sv": [
        # forms
        "Namn: {P}\nTelefon: {PH}\nE-post: {EM}",
        "Sökande: {PR}\nPersonnr: {PNR}",
        "Kontaktperson: {P} ({PH})",
        "Förnamn: {F}\nEfternamn: {L}",
        "Folkbokföringsadress: {SA}",
        # tables
        "{P}\t{PNR}\t{SA}",
        "| {L} | {F} | {PH} |",
        "Nr 3; {PR}; Lager; tillsvidare",
        # signatures, letters
        "Med vänlig hälsning\n{P}\nLönehandläggare",
        "/{F}",
        "Hälsningar {F} på kundtjänst",
        "Bästa {F},\ntack för ditt brev av den 12 november.",
        "Hej {T}! Vi återkommer om beslutet.",
        # tickets
        "Ärende #5521 från {P}: skrivaren på plan 3 fungerar inte.",
        "Tilldelad: {PI}. Status: väntar på kund ({P}).",
        "{P} ringde från {PH} om en felaktig debitering.",
        "Leverans till {SA} misslyckades, mottagaren {P} ej hemma.",
        "Kunden {PU} har bytt adress till {SA}.",
        # HR
        "Medarbetarsamtal: {P} och {T}, torsdag kl 10.",
        "Uppsägning mottagen från {PR}, sista dag 31/1.",
        "{F} {L} har beviljats tjänstledighet.",
        "Intyg för {P}, anställd sedan 2019.",
        "Ny chef för {H} blir {P}.",
        # medical
        "Journalanteckning: {P}, {PNR}. Besvär sedan tre veckor.",
        "Ansvarig läkare: {T}. Patient: {PR}.",
        "Kallelse skickad till {P}, {SA}.",
        "{F} har feber, mamma {P} ringer igen i morgon.",
        # invoices
        "FAKTURA\nKund: {PU}\n{SA}\nAtt betala: 1 240 kr",
        "Fakturamottagare: {PR}, {SA}",
        "Betalning från {P}, kort {CARD}.",
        "Er referens: {PI}. Vår referens: {P}.",
        "Inloggning för {P} från {IP} i natt.",
    ]
    + HARD_SV,
    "sv-chat": [
        "{f} kan du kolla detta",
        "hej {f}, ringer du {f}?",
        "{p} är sjuk idag",
        "tack {f} 🙏",
        "ok {f} jag fixar",
        "har {f} svarat?",
        "{f}: mötet flyttat",
        "skicka till {f} o {f}",
        "ses vid {SS} {f}",
    ],
    "en": [
        # forms
        "Name: {P}\nPhone: {PH}\nEmail: {EM}",
        "Applicant: {PR}\nRef: 7741",
        "Contact person: {P} ({PH})",
        "First name: {F}\nLast name: {L}",
        "Home address: {EA}",
        # tables
        "{P}\t{EM}\t{EA}",
        "| {L} | {F} | {PH} |",
        "3, {PR}, Warehouse, permanent",
        # signatures, letters
        "Best regards,\n{P}\nPayroll Officer",
        "-- {F}",
        "Cheers, {F} from support",
        "Dear {F},\nthank you for your letter of 12 November.",
        "Hello {T}, we will get back to you.",
        # tickets
        "Ticket #5521 from {P}: the printer on floor 3 is down.",
        "Assignee: {PI}. Status: waiting for customer ({P}).",
        "{P} called from {PH} about a wrong charge.",
        "Delivery to {EA} failed, recipient {P} not at home.",
        "Customer {PU} moved to {EA}.",
        # HR
        "1:1 between {P} and {T} on Thursday at 10.",
        "Resignation received from {PR}, last day 31 Jan.",
        "{F} {L} has been granted unpaid leave.",
        "Certificate of employment for {P}, employed since 2019.",
        "{H}'s new manager will be {P}.",
        # medical
        "Clinical note: {P}, MRN 448120. Symptoms for three weeks.",
        "Responsible physician: {T}. Patient: {PR}.",
        "Appointment letter sent to {P}, {EA}.",
        "{F} has a fever, her mother {P} will call back.",
        # invoices
        "INVOICE\nBill to: {PU}\n{EA}\nAmount due: EUR 240",
        "Invoice recipient: {PR}, {EA}",
        "Payment from {P}, card {CARD}.",
        "Your ref: {PI}. Our ref: {P}.",
        "Sign-in for {P} from {IP} overnight.",
    ]
    + HARD_EN,
    "en-chat": [
        "{f} can you check this",
        "hey {f}, will you ping {f}?",
        "{p} is sick today",
        "thx {f} 🙏",
        "ok {f} on it",
        "has {f} replied?",
        "{f}: meeting moved",
        "send it to {f} and {f}",
    ],
    "mixed": [
        "Namn: {P}\nEmail: {EM}",
        "Ticket från {PR}: kan inte logga in.",
        "Hej {F}, please see attached faktura.",
        "Assigned to {PI}, kund {P}.",
        "Best regards / Med vänlig hälsning\n{P}",
        "| {PR} | HR | {PH} |",
        "Patient {P} seen by {T}, remiss skickad.",
        "Fakturaadress: {EA}, attn {PU}.",
        "{F} is sjuk, {F} tar hennes calls.",
        "Meeting med {PLI} och {L} i morgon.",
    ]
    + HARD_MIXED,
}

NEGATIVES: dict[str, list[str]] = {
    "sv": [
        "FAKTURA NR 2026-0412\nFÖRFALLODAG 2026-12-30",
        "ORDERBEKRÄFTELSE – SKICKAS EJ TILL KUND",
        "Kontoret i Hus Norr håller stängt på Annandag jul.",
        "Möte i Konferensrum Vega om Årsbokslut.",
        "BYGGMÄSTARE NORDIN AB har skickat offert.",
        "Hämta paketet i Reception B före kl 18.",
        "Se Bilaga B, Avsnitt 4.",
    ],
    "en": [
        "INVOICE NO. 2026-0412\nDUE DATE 30 DEC 2026",
        "CONFIDENTIAL – DO NOT FORWARD",
        "The North Building office is closed on Boxing Day.",
        "Meeting in Conference Room Orion about Year End.",
        "GREENWOOD HOLDINGS LTD sent a quote.",
        "Pick up the parcel at Reception B before 6pm.",
        "See Appendix B, Section 4.",
    ],
    "mixed": [
        "TOTALT ATT BETALA / TOTAL DUE: 1 240 SEK",
        "Quarterly Review flyttas till Sal Aurora.",
        "Kolla Jira under Sprint Backlog.",
    ],
}
