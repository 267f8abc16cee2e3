"""Templates for held-out K (`generate_k.py`), written for K in round eleven from issue 15's text
and from how personal data appears in real business text, before any change of that round.

Slots as in `generate_e.fill`: {P} full name, {F} given name, {L} surname, {H} hyphenated given
name, {M} name in several parts, {p}/{f} the same in lower case, {T} title + name, {SA} Swedish
address, {EA} European address, {EM} email, {PH} phone, {PNR} personnummer, {CARD} card,
{IP} IP address. K's own (`generate_k.extra`): {SS} a Swedish street alone; {RA} a rural Swedish
address (village and number); {PR} surname first with a comma; {PN} surname first without a
comma (`Lindqvist Maria`, as Swedish registers list people); {PMI} a given name, a middle
initial and a surname; {PU} a whole name in capitals; {PI} an initial and a surname; {FT}
a name followed by a title after a comma (`Maria Lindqvist, leg. sjuksköterska`). A genitive or
possessive ending stays outside the span (`{F}s`, `{F}'s`: `Marias`, `Maria's`).

Genres: forms, tables (pipes, tabs, semicolons, CSV), signatures, letters, support tickets,
chat, HR and medical notes, invoices, CVs and meeting minutes; Swedish, English and mixed.
Negatives: capitalised non-names (product and project names, departments, headings, hotels,
standards, web pages).
"""

from __future__ import annotations

TEMPLATES: dict[str, list[str]] = {
    "sv": [
        # forms
        "Förnamn och efternamn: {P}\nMobil: {PH}",
        "Vårdnadshavare 1: {P}\nVårdnadshavare 2: {P}\nAdress: {SA}",
        "Anhörig att kontakta: {P} (make), {PH}",
        "Personuppgifter\nNamn: {PN}\nPersonnummer: {PNR}\nAdress: {SA}",
        "Ansökan om parkeringstillstånd – sökande {P}, {SA}.",
        "Blankett ifylld av {PMI} den 14/11.",
        # tables
        "Anställningsnr;Namn;Avdelning\n1043;{PN};Lager\n1044;{PN};Ekonomi",
        "{L}\t{F}\t{PH}\t{EM}",
        "| Rum | Patient | Ansvarig |\n| 12 | {P} | {T} |",
        '"{P}","{EM}","{PH}"',
        # signatures, letters
        "Vänligen\n{P}\nFastighetsförvaltare, Bostadsbolaget",
        "Mvh /{F} {L}",
        "Hälsningar från oss alla, {F} och {F}",
        "Hej {F}!\nTack för senast. Bifogar protokollet.\n// {F}",
        "Till boende på {SS}: vattnet stängs av på tisdag. {FT}",
        # tickets
        "Ärende 88213 – {P} kan inte logga in från {IP}.",
        "Kommentar från {F}: kunden har ringt tre gånger, eskalerar till {T}.",
        "Ärendet stängt av {PI}. Återkoppling till {P} via {EM}.",
        "Kund {P} reklamerar leveransen till {SA}.",
        "{F}s dator är utlånad till {F} tills vidare.",
        # HR
        "Lönerevision: {P} flyttas från steg 3 till steg 4.",
        "Sjukanmälan: {F} {L}, åter beräknat måndag.",
        "Rehabmöte med {P}, {T} och företagshälsovården.",
        "Referens: {FT}, tidigare chef, nås på {PH}.",
        "{P} går i pension i mars; {P} tar över ansvaret för inköp.",
        "Provanställning för {PMI} förlängs inte.",
        "Inskrivning: {M}, tolk behövs. Kontakt via {H}.",
        # medical
        "Epikris: {P}, {PNR}, inlagd 3/11 för pneumoni.",
        "Remiss från vårdcentralen, ssk {F}. Pat. {PN}.",
        "Pat:s dotter {P} önskar bli kontaktad på {PH}.",
        "Läkemedelsgenomgång gjord av {T} tillsammans med {F}s hemtjänst.",
        "Besök hos {T}, följt av fysioterapeut {P}.",
        # invoices
        "Faktura 2026-1187\nKund: {P}\nLeveransadress: {SA}\nBelopp: 3 450 kr",
        "Påminnelse skickad till {PU}, {SA}.",
        "Kortbetalning {CARD}, kortinnehavare {P}.",
        "Beställare: {PR}\nGodsmottagare: {P}, {SA}",
        # CVs
        "CV – {PU}\n{SA} | {PH} | {EM}",
        "Referenser: {FT} och {FT}.",
        "Examensarbete handlett av {T}.",
        # meeting minutes
        "Närvarande: {P}, {P}, {P}\nFrånvarande: {F} {L}",
        "§ 4. {F} redogjorde för budgeten. Justeras av {P} och {P}.",
        "Ordförande: {P}. Sekreterare: {PI}.",
        "Beslut: {L} och {L} utreder frågan till nästa möte.",
        # rural, misc
        "Leverans till {RA}, ring {F} innan.",
        "Vi har flyttat! Ny adress: {SA}. /{F} och {F}",
    ],
    "sv-chat": [
        "@{f} kan du ta kundmötet",
        "{f} har du sett mejlet från {f}",
        "tack {p} för hjälpen igår",
        "fråga {f} hon vet",
        "jag och {f} kommer lite senare",
        "är {f} hemma idag eller",
        "{f} o {f} fixar fikat",
        "ring {f} på {PH}",
        "ok då säger vi så {f}",
        "hälsa {f} från mig",
        "{f}s bil står på {SS}",
    ],
    "en": [
        # forms
        "Full name: {P}\nMobile: {PH}",
        "Emergency contact: {P} (spouse), {PH}",
        "Parent/guardian: {P}\nHome address: {EA}",
        "Registration form completed by {PMI} on 14 Nov.",
        "Applicant details\nName: {PR}\nAddress: {EA}\nEmail: {EM}",
        # tables
        "Employee ID,Name,Department\n1043,{P},Logistics\n1044,{P},Finance",
        "{L}\t{F}\t{EM}",
        "| Bed | Patient | Nurse |\n| 4 | {P} | {F} |",
        "Owner: {F} | Reviewer: {F} | Due: Friday",
        # signatures, letters
        "Kind regards\n{P}\nFacilities Coordinator",
        "Thanks, {F}",
        "All the best,\n{F} & {F}",
        "Dear {T},\nPlease find the signed lease attached.",
        "To whom it may concern: {P} worked with us from 2019 to 2024. {FT}",
        # tickets
        "Case 88213 – {P} cannot log in from {IP}.",
        "Internal note from {F}: customer called three times, escalating to {T}.",
        "Closed by {PI}. Follow-up sent to {P} at {EM}.",
        "Customer {P} reports a damaged parcel delivered to {EA}.",
        "{F}'s laptop is on loan to {F} for now.",
        # HR
        "Salary review: {P} moves from band 3 to band 4.",
        "Sick leave: {F} {L}, expected back Monday.",
        "Return-to-work meeting with {P}, {T} and occupational health.",
        "Reference: {FT}, former line manager, on {PH}.",
        "{P} retires in March; {P} takes over purchasing.",
        "Probation for {PMI} will not be extended.",
        "New starter: {M}, desk 4B, buddy {H}.",
        # medical
        "Discharge summary: {P}, DOB 03/04/1961, admitted 3 Nov with pneumonia.",
        "Referral from the GP practice, nurse {F}. Pt {PR}.",
        "Patient's son {P} asks to be called on {PH}.",
        "Medication review by {T} together with {F}'s carer.",
        "Seen by {T}, then physiotherapist {P}.",
        # invoices
        "INVOICE 2026-1187\nCustomer: {P}\nShip to: {EA}\nTotal: EUR 345.00",
        "Reminder sent to {PU}, {EA}.",
        "Card payment {CARD}, cardholder {P}.",
        "Ordered by: {PR}\nConsignee: {P}, {EA}",
        # CVs
        "CURRICULUM VITAE\n{PU}\n{EA} · {PH} · {EM}",
        "References available from {FT} and {FT}.",
        "Thesis supervised by {T}.",
        # meeting minutes
        "Present: {P}, {P}, {P}\nApologies: {F} {L}",
        "Item 4. {F} presented the budget. Minutes approved by {P}.",
        "Chair: {P}. Minute-taker: {PI}.",
        "Action: {L} and {L} to report back next meeting.",
        "We have moved! New address: {EA}. – {F} and {F}",
    ],
    "en-chat": [
        "@{f} can you take the client call",
        "{f} did you see the email from {f}",
        "thanks {p} for yesterday",
        "ask {f} she knows",
        "me and {f} will be a bit late",
        "is {f} in today or wfh",
        "{f} n {f} are on snacks",
        "call {f} on {PH}",
        "ok sounds good {f}",
        "say hi to {f} from me",
    ],
    "mixed": [
        "Hej {F}, could you review {F}s pull request innan lunch?",
        "Meeting notes / Mötesanteckningar\nNärvarande: {P}, {P}\nAction: {L} bokar lokal.",
        "Kund {P} (ticket 5521) says the delivery to {SA} never arrived.",
        "Kind regards / Vänliga hälsningar\n{P}\n{PH}",
        "Patient {PN}, referred by {T}, follow-up i januari.",
        "Invoice till {PU}, {EA}, förfaller 30 dagar.",
        "{F} is out sjuk, {F} covers her tickets.",
        "CV: {P}\nKontakt: {EM}\nReferens: {FT}",
        "Ordförande/Chair: {P}. Sekreterare/Secretary: {PI}.",
        "Leverans to {RA}, call {F} first.",
        "Signed by {PMI}, godkänd av {P}.",
        "Anställd/Employee: {PR}; Manager: {P}",
        "{M} har bokat tolk for Thursday, {H} joins remotely.",
    ],
}

NEGATIVES: dict[str, list[str]] = {
    "sv": [
        "Projekt Fenix går live i Mars efter Styrgruppens beslut.",
        "Ekonomiavdelningen flyttar till Hus C, plan 4.",
        "Årets Julbord hålls på Grand Hotel i Borås.",
        "PROTOKOLL FÖRT VID STYRELSEMÖTE 2026-11-20",
        "Ladda ner Appen från Google Play eller App Store.",
        "Kvalitetsrevision enligt ISO 9001, Avvikelse nr 12.",
        "Vi firar Nobeldagen med tårta i Lunchrummet.",
        "Läs mer under Mina Sidor, Fliken Fakturor.",
    ],
    "en": [
        "Project Phoenix goes live in March after the Steering Group decision.",
        "Finance is moving to Building C, Level 4.",
        "The Christmas Party is at the Grand Hotel this year.",
        "MINUTES OF THE BOARD MEETING HELD ON 20 NOVEMBER 2026",
        "Download the App from Google Play or the App Store.",
        "Quality audit per ISO 9001, Nonconformity No. 12.",
        "Submit the form via Employee Self Service before Friday.",
        "Read more under My Account, Billing Tab.",
    ],
    "mixed": [
        "Go-live för Projekt Phoenix är satt till Q2.",
        "Support Desk har öppet Monday till Friday.",
        "Uppdatera Release Notes i Confluence innan Demo Day.",
    ],
}
