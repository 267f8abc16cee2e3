# ruff: noqa: E501
"""Templates for held-out O (`generate_o.py`), written for O by a helper who does not tune the
detector, from how people really write mail, invites, notices, claims, listings, referrals,
school messages, chat, forms and tables; not N's templates reworded.

Slots as in `generate_e.fill`: {P} full name, {F} given name, {L} surname, {H} hyphenated given
name, {M} name in several parts, {p}/{f} the same in lower case, {T} title (either language)
+ name, {SA} Swedish address (O's forms), {EA} European or US address, {EM} email, {PH} Swedish
phone, {PNR} personnummer. O's own (`generate_o.extra`): {DISP} a mail header's display name and address
(`"Last, First" <mail>` or `First Last <mail>`); {SS} a Swedish street alone; {RA} a rural
address; {BOX} a box address; {la} a Swedish street in lower case; {CO} `c/o` a name and an
address; {PR} surname first with a comma; {PU} a whole name in capitals; {PFORM} SURNAME Given;
{INI} initials and a surname; {NICK} a nickname in quotes; {DS} a double surname; {SF}/{SL}/{SP}
a Swedish given name, surname, full name; {sf} a Swedish given name in lower case; {TEL} a phone
in Swedish, UK or German form; {TS}/{TE} a Swedish/English title and a name.
"""

from __future__ import annotations

TEMPLATES: dict[str, list[str]] = {
    "sv": [
        # e-mail threads, quoted replies, signatures
        "Från: {DISP}\nTill: {DISP}\nÄmne: Sv: Nycklar till förrådet\n\nHej!\nJag lämnar dem i postfacket.\n/{SF}",
        "Den 3 mars 2026 kl. 09:14 skrev {P} <{EM}>:\n> Kan vi flytta mötet till fredag?\n\nJa, det går bra. Hälsningar {SF}",
        "Hej {SF},\n\ntack för snabbt svar. Jag skickar avtalet till {SA} i dag.\n\nMed vänliga hälsningar\n{SP}\nEkonomiansvarig\nTel: {TEL}",
        "> {SF} skrev:\n> Vem tar protokollet?\n{SF} tar det, jag har det förra gången.",
        "Vidarebefordrat meddelande\nFrån: {DISP}\nDatum: 12 februari 2026\nÄmne: Fakturaadress\n\nNy fakturaadress: {SA}",
        "Hälsningar från oss alla på kontoret!\n\n--\n{SP} | Projektledare\n{SA}\nMobil {TEL}",
        "Mvh\n{SF} {SL}",
        "Kopia till {DISP} och {DISP}.",
        # calendar invites
        "Inbjudan: Utvecklingssamtal\nNär: tisdag 14 april 10:00–11:00\nVar: {SA}\nOrganisatör: {SP}\nDeltagare: {SP}, {INI}",
        "Mötet med {TS} flyttas till onsdag. Plats: {SS}.",
        "Kalenderinbjudan från {SP}: Budgetavstämning (Teams). Obligatoriska deltagare: {SP}; {PR}",
        "Påminnelse: tandläkartid hos {TS} på torsdag kl 08.15, {SA}.",
        # delivery notices
        "Ditt paket är på väg! Mottagare: {PU}\nLeveransadress: {SA}\nAvisering skickas till {TEL}.",
        "Vi kunde inte leverera ditt paket till {SA}. Hämta det hos ombudet senast fredag. /PostNord",
        "Försändelsen till {CO} har returnerats till avsändaren.",
        "Leverans till {RA}. Bud ringer {SF} 30 min innan.",
        "Avsändare: {P}, {BOX}",
        # insurance claims
        "Skadeanmälan\nFörsäkringstagare: {SP}\nPersonnummer: {PNR}\nAdress: {SA}\nSkadedatum: 2026-01-17\nBeskrivning: Vattenläcka i badrummet, grannen {P} upptäckte det.",
        "Din skadeanmälan har tagits emot. Handläggare: {TS}. Ärendet gäller {SA}.",
        "Vittne till olyckan: {DS}, tel {TEL}.",
        # property listings
        "Till salu: ljus trea på {SA}. Visning söndag 13–14, ansvarig mäklare {SP} ({TEL}).",
        "Radhus på {SS} i lugnt område nära skola. Kontakta {TS}.",
        "Budgivning pågår på {SS}. Högsta bud från {INI}.",
        "Fastighet: {SA}\nSäljare: {PFORM} och {PFORM}",
        # GP referrals, health care
        "Remiss till ortopedmottagningen\nPatient: {PR}, {PNR}\nAdress: {SA}\nRemitterande läkare: {TS}\nFrågeställning: knäsmärta sedan tre månader.",
        "Pat {SP} inkommer med anhörig ({SF}, make). Bor ensam på {SS}.",
        "Epikris skickad till {TS}, vårdcentralen {SS}.",
        "Kallelse: {SP} har tid hos {TS} den 7 maj. Ta med legitimation.",
        # school and preschool
        "Hej alla föräldrar i 4B! {SF} och {SF} har vunnit schackturneringen. /{TS}",
        "Frånvaroanmälan: {SP} är hemma med feber i dag. Mvh {SP}",
        "Utflykt till {SS} på fredag. Ansvarig lärare: {TS}. Föräldrar som följer med: {SP}, {SF}.",
        "{SF} har glömt sin jacka på fritids, kan {SF}s pappa hämta den?",
        # forms
        "Namn: {SP}\nAdress: {SA}\nTelefon: {TEL}\nE-post: {EM}",
        "Efternamn: {SL}\nFörnamn: {SF}\nFolkbokföringsadress: {SA}",
        "Kontaktperson vid nödsituation: {NICK} ({TEL})",
        "Hyresgäst: {SP}\nObjekt: {SA}\nAndrahandshyresgäst: {DS}",
        # tables
        "Namn;Adress;Telefon\n{SP};{SA};{TEL}\n{SP};{SS};{PH}",
        "| Namn | Roll | Ort |\n|---|---|---|\n| {SP} | Kassör | Krokom |\n| {INI} | Sekreterare | Orsa |",
        "Närvarolista: {SP}, {SP}, {PR}, {SF} (sjuk)",
        # misc business
        "Tack {SF} för hjälpen med flytten till {SA}!",
        "Jag har pratat med {NICK} på banken, hon återkommer.",
        "Beställare: {PU}, {SA}. Leveranstid v. 14.",
        "Kvitto skickat till {DISP}.",
        "Hej {SF}! Vi ses på {SS} kl 18, fråga {SF} om hon vill följa med.",
    ],
    "sv-chat": [
        "tja {sf} e du på {la} nu?",
        "ring {sf} hon har nyckln",
        "okej men {sf} sa att mötet e inställt??",
        "jag o {sf} kommer typ 19",
        "va bor {sf} nu, {la}?",
        "glöm inte present till {sf} imorn",
        "{sf} skickade adressen: {la}",
        "haha {sf} du e bäst",
        "kan nån skjutsa {sf} till {la}",
        "{sf} o {sf} e redan där",
        "har {sf} svarat elr?",
        "mötet hos {sf} på {la} 🙂",
    ],
    "en": [
        # e-mail threads, quoted replies, signatures
        "From: {DISP}\nSent: Monday, 2 March 2026 08:41\nTo: {DISP}\nSubject: RE: Keys for the storage unit\n\nI'll leave them at reception. Cheers, {F}",
        "On Tue, 10 Feb 2026 at 16:02, {P} <{EM}> wrote:\n> Any update on the lease?\n\nNot yet, chasing {TE} today.",
        "Hi {F},\n\nPlease send the signed contract to {EA}.\n\nKind regards,\n{P}\nOperations Manager\nT: {TEL}",
        "Best,\n{F}\n\n-----Original Message-----\nFrom: {DISP}\nSubject: Invoice 4471",
        "Thanks all, and welcome aboard to {NICK}!\n\n--\n{P} | Head of Finance\n{EA}",
        "cc {DISP}; {DISP}",
        "Many thanks,\n{INI}",
        # calendar invites
        "Invitation: Quarterly review @ Thu 9 Apr 2026 14:00 - 15:00 (GMT)\nOrganizer: {P}\nGuests: {P}, {PR}, {INI}\nWhere: {EA}",
        "Meeting with {TE} moved to Wednesday. Venue: {EA}.",
        "Reminder: dental appointment with {TE}, Monday 09:30.",
        # delivery notices
        "Your parcel is on its way! Delivering to: {PU}, {EA}. We will text {TEL} with a time slot.",
        "Sorry we missed you. We tried to deliver to {EA} but nobody was in. Card left for {P}.",
        "Ship to: {DS}\n{EA}",
        "Return to sender: {BOX}",
        # insurance claims
        "Claim reference CLM-20931\nPolicyholder: {P}\nRisk address: {EA}\nIncident: storm damage to the roof. Neighbour {P} witnessed it.",
        "Your claim has been assigned to {TE}. They will contact you on {TEL}.",
        "Third party: {DS}, {EA}.",
        # property listings
        "For sale: two-bed flat at {EA}. Viewings Saturday, contact {TE} on {TEL}.",
        "Landlord: {P}\nTenant: {PR}\nProperty: {EA}",
        "Offer accepted on {EA}. Buyer: {INI}; solicitor {TE}.",
        # GP referrals
        "Referral letter\nPatient: {PR}, DOB 14/07/1961\nAddress: {EA}\nReferred by: {TE}\nReason: persistent cough, please assess.",
        "Dear {TE},\nthank you for seeing {P}, who lives alone at {EA}.",
        "Pt seen with daughter ({F}). Discharge letter to {TE}.",
        # school
        "Dear parents of Year 5, {F} and {F} represented the school at the county chess finals. {TE}",
        "{P} will be absent today with a temperature. Thanks, {P}",
        "Trip to the science museum on Friday. Staff: {TE}; parent helpers: {P}, {F}.",
        "{F}'s mum will pick her up at 3.",
        # forms
        "Name: {P}\nAddress: {EA}\nPhone: {TEL}\nEmail: {EM}",
        "SURNAME: {L}\nFORENAME(S): {F}\nPREVIOUS ADDRESS: {EA}",
        "Emergency contact: {NICK} ({TEL})",
        "Applicant: {PFORM}\nCorrespondence address: {BOX}",
        # tables
        'name,address,phone\n{P},"{EA}",{TEL}\n{P},"{EA}",{TEL}',
        "| Name | Role | Office |\n|------|------|--------|\n| {P} | Treasurer | Keswick |\n| {INI} | Secretary | Thun |",
        "Attendees: {P}, {P}, {PR} and {F} (apologies).",
        # misc
        "Big thanks to {F} for sorting out the move to {EA}!",
        "Spoke to {NICK} at the bank, she'll call back.",
        "Please forward the invoice to {DISP}.",
        "Hi {F}, see you at {EA} at six. Ask {F} if she's coming.",
    ],
    "en-chat": [
        "hey {f} are u still at the office",
        "tell {f} i'm running late sorry",
        "{f} said the meeting got cancelled??",
        "me n {f} are coming around 7",
        "wait where does {f} live now",
        "dont forget {f}'s bday tmrw",
        "lol {f} ur the best",
        "can someone give {f} a lift to {EA}",
        "{f} and {f} r already there",
        "did {f} reply yet or nah",
    ],
    "mixed": [
        "Hej {F}! Just a quick note: the delivery to {SA} is delayed. Mvh {SP}",
        "From: {DISP}\nÄmne: Re: Flytt\n\nHi, I've moved from {EA} to {SA}, please update your records. /{F}",
        "Möte med {T} on Thursday, location {EA}.",
        "Leveransadress / Delivery address: {SA}\nMottagare / Recipient: {PU}",
        "Thanks {SF}, tack för i går! See you at {SS}.",
        "Kontakt: {NICK}, {TEL}, {EM}",
        "Patient {PR} (personnummer {PNR}) referred to {T} in {EA}.",
        "Skadeanmälan / claim: {P}, {SA}",
        "Ny kollega från Dublin: {P}, tidigare adress {EA}.",
        "| Namn / Name | Adress / Address |\n|---|---|\n| {SP} | {SA} |\n| {P} | {EA} |",
        "ok {sf} I'll send it to {la} tmrw",
        "Bostad till uthyrning, {SS}. Contact {T} for a viewing.",
        "Inbjudan / Invitation: Kickoff. Organizer: {SP}. Guests: {DISP}",
        "Paket från {BOX} till {P}, {EA}.",
        "Hälsningar / Regards\n{INI}\n{SA}",
    ],
}

NEGATIVES: dict[str, list[str]] = {
    "sv": [
        "Ditt paket har levererats till paketskåpet vid entrén.",
        "Kalenderinbjudan: Veckomöte varje måndag kl 09.00 i Stora konferensrummet.",
        "Skadeanmälan mottagen. Ärendenummer 2026-00412.",
        "Visning söndag kl 13, välkomna!",
        "Vårdcentralen har stängt under julhelgen.",
        "Namn;Adress;Telefon",
        "Från: Kundtjänst <noreply@example.se>\nÄmne: Din order har skickats",
    ],
    "en": [
        "Your parcel was delivered to the locker at the entrance.",
        "Invitation: Weekly stand-up every Monday 09:00 in Main Conference Room.",
        "Claim received. Reference CLM-00412.",
        "Open house Sunday 1 pm, all welcome!",
        "The surgery is closed over the bank holiday.",
        "| Name | Role | Office |\n|---|---|---|",
        "From: Customer Service <noreply@example.net>\nSubject: Your order has shipped",
    ],
    "mixed": [
        "Leverans / Delivery: paketskåp vid entrén.",
        "Kickoff i Stora konferensrummet, agenda to follow.",
        "Ärende / Case 2026-00412 mottaget.",
    ],
}
