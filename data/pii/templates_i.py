"""Templates for held-out I (`generate_i.py`), written for I in round nine from issue 15's text.

Slots as in `generate_e.fill`: {P} full name, {F} given name, {L} surname, {H} hyphenated given
name, {M} name in several parts, {p}/{f} the same in lower case, {T} title + name, {SA} Swedish
address, {EA} European address, {EM} email, {PH} phone, {PNR} personnummer, {CARD} card,
{IP} IP address. I's own (`generate_i.extra`): {SS} a Swedish street alone, no number or
postcode (`Hammarby allé`); {PR} a name written surname first (`Haddad, Karim`); {PU} a name
in capitals (`KARIM HADDAD`); {PI} an initial and a surname (`K. Haddad`).

Genres, as issue 15 names them: support tickets, HR mail, medical notes, chat, invoices;
Swedish, English and mixed. The `HARD_*` lists are hand-written hard cases: a name where a
common word could stand, two names glued by punctuation, a name at the very start or end of
a text, names inside quotes and brackets, a name beside a street named after a person,
lower-case chat with no greeting, addresses without a number.
"""

from __future__ import annotations

HARD_SV = [
    "{F}: kan du ta kunden på {SA}? /{F}",
    "”{P}” står som mottagare, men paketet gick till {SS}.",
    "Gäller ärendet ({L}, {PNR}) – se bifogad journal.",
    "Ring {F} snarast, annars {F}.",
    "Remiss från {T} ang. {PR}.",
    "Fakturan är ställd till {PU}, {SA}.",
    "Enligt {PI} ska nyckeln lämnas på {SS}.",
    "Hon heter {F}, inte {F}.",
    "{L} ringde. {L} också.",
    "Vi har bytt kontaktperson från {P} till {H}.",
]
HARD_EN = [
    "{F}: can you take the customer at {EA}? -{F}",
    '"{P}" is the recipient, but the parcel went to {EA}.',
    "Re: your claim ({L}, ref. 4471) – see attached notes.",
    "Call {F} asap, otherwise {F}.",
    "Referral from {T} regarding {PR}.",
    "Invoice addressed to {PU}, {EA}.",
    "According to {PI} the keys are at reception.",
    "Her name is {F}, not {F}.",
    "{L} called. {L} too.",
    "Contact moved from {P} to {H}.",
]
HARD_MIXED = [
    "{F}: kan du check the ticket? /{F}",
    "Referral från {T} re {PR}.",
    "Faktura to {PU}, {EA}.",
    "{L} ringde, {L} called back.",
]

TEMPLATES: dict[str, list[str]] = {
    "sv": [
        # support tickets
        "Ärende 81-2291: {P} kan inte logga in sedan i tisdags.",
        "Kunden {P} ({EM}) vill ha fakturan till {SA}.",
        "Återkoppling till {F} {L} på {PH} senast fredag.",
        "Leveransen till {SA} kom aldrig fram, skriver {P}.",
        "Inloggningsförsök för {P} från {IP} spärrades.",
        "{F} hörde av sig igen om returen.",
        "Mottagare: {P}, {SA}",
        "Kunden uppger adress {SS}, men numret saknas.",
        "Beställningen är gjord av {H} och ska till {SA}.",
        "{L} vill säga upp avtalet, kundnummer 440918.",
        # HR mail
        "Hej alla! Från måndag börjar {P} som ny ekonom hos oss.",
        "{T} har godkänt {F}s semesteransökan.",
        "Lönebeskedet för {P} skickas hem till {SA}.",
        "Vi välkomnar {M} till supportteamet!",
        "Sjukanmälan: {F} är hemma med feber, {F} tar hennes pass.",
        "Referenser för {P} lämnades av {T}.",
        "Anställningsavtal för {P}, personnummer {PNR}, bifogas.",
        "Med vänliga hälsningar\n{P}\nHR-avdelningen",
        "Utlägg för {P}: kortet {CARD} debiterades dubbelt.",
        "{H} går på föräldraledighet från mars.",
        # medical notes
        "Pat. {P}, {PNR}, inkommer med bröstsmärta.",
        "Bedömd av {T} kl 14.20, åter till avdelningen.",
        "{F} mår bättre i dag, enligt {T}.",
        "Anhörig {P} nås på {PH}.",
        "Patienten bor på {SA} och har hemtjänst.",
        "Epikris skickad till {T} och till {PR}.",
        "Provtagning hemma hos {P}, {SA}.",
        # invoices
        "Faktura 2026-114 till {P}, {SA}, förfaller 30 dagar.",
        "Betalare: {PU}\nAdress: {SA}",
        "Kreditering till {M} för order 55-7120.",
        "Påminnelse skickad till {P} ({EM}).",
        "OCR 7712045 gäller {L}s hyra för november.",
    ]
    + HARD_SV,
    "sv-chat": [
        "{f} har du sett mejlet?",
        "fråga {f} hon vet",
        "{f} och {f} äter lunch kl 12",
        "{p} kommer inte idag",
        "tack {f}!!",
        "lunch {f}?",
        "jag skickar det till {f} sen",
        "{f} vet du var laddaren är",
        "hämtar du på {SS} {f}?",
        "{f} o {f} ni är bäst",
    ],
    "en": [
        # support tickets
        "Ticket 40-8812: {P} cannot reset the password.",
        "Customer {P} ({EM}) wants the invoice sent to {EA}.",
        "Please call {F} {L} back on {PH} before Friday.",
        "The parcel to {EA} never arrived, says {P}.",
        "Login attempts for {P} from {IP} were blocked.",
        "{F} wrote again about the return.",
        "Recipient: {P}, {EA}",
        "Order placed by {H}, ship to {EA}.",
        "{L} wants to cancel, account 551207.",
        "Escalated to {T} by {F}.",
        # HR mail
        "Hi all, {P} joins the finance team on Monday.",
        "{T} approved {F}'s leave request.",
        "Payslip for {P} goes to {EA}.",
        "Please welcome {M} to the support desk!",
        "{F} is off sick today; {F} will cover.",
        "References for {P} were given by {T}.",
        "Kind regards,\n{P}\nPeople Team",
        "Expense claim from {P}: card {CARD} was charged twice.",
        "{H} starts parental leave in March.",
        # medical notes
        "Pt {P}, DOB 14/03/1961, presents with chest pain.",
        "Seen by {T} at 14:20, back to the ward.",
        "{F} feels better today according to {T}.",
        "Next of kin {P}, reachable on {PH}.",
        "Patient lives at {EA} with her daughter {F}.",
        "Discharge letter sent to {T} and to {PR}.",
        # invoices
        "Invoice 2026-114 to {P}, {EA}, due in 30 days.",
        "Bill to: {PU}\n{EA}",
        "Credit note for {M}, order 55-7120.",
        "Reminder sent to {P} ({EM}).",
    ]
    + HARD_EN,
    "en-chat": [
        "{f} did you see the email?",
        "ask {f} she knows",
        "{f} and {f} are at lunch",
        "{p} is out today",
        "thanks {f}!!",
        "lunch {f}?",
        "i'll forward it to {f} later",
        "{f} where's the charger",
        "{f} n {f} you're the best",
    ],
    "mixed": [
        "Ticket från {P}: kan inte logga in since Tuesday.",
        "Hej {F}, the invoice goes to {SA}.",
        "{T} approved ledigheten för {F}.",
        "Pat. {P} seen by {T}, åter till avdelningen.",
        "Faktura to {P}, {EA}, due in 30 dagar.",
        "Kontakt: {H}, {PH}",
        "Mvh\n{P}\nCustomer Success",
        "Please skicka kortet till {SA}, tack {F}.",
        "Meeting med {M} och {L} i morgon.",
        "New address för {PR}: {EA}.",
        "{F} is sjuk idag, {F} covers.",
        "Leverans till {SS}, contact {P}.",
    ]
    + HARD_MIXED,
}

NEGATIVES: dict[str, list[str]] = {
    "sv": [
        "Ekonomiavdelningen stänger bokföringen den 5 december.",
        "Nya Kassasystemet driftsätts i Vecka 49.",
        "Skicka Underlaget till Lönekontoret före Lucia.",
        "Vårdcentralen Norr har stängt i Mellandagarna.",
        "Faktura 2026-118 avser Servicepaket Guld.",
        "Möte i Rum Göta om Budget 2027.",
        "Kungsträdgården är avstängd under Julmarknaden.",
    ],
    "en": [
        "The Quarterly Review moves to Room Seven.",
        "Payroll closes on the Fifth of every month.",
        "Customer Care is open until Six on Weekdays.",
        "Invoice 2026-118 covers the Gold Service Plan.",
        "Baker Street station is closed for repairs.",
        "The Summer Party is at the Old Mill.",
        "Grace period ends on Monday for all Premium accounts.",
    ],
    "mixed": [
        "Sprint Planning flyttas till Onsdag.",
        "All Hands hålls i Stora Aulan.",
        "Kolla Confluence under Release Notes.",
    ],
}
