# ruff: noqa: E501
"""Templates for held-out P (`generate_p.py`), written for P from scratch by a helper who does not
tune the detector, in genres O used little or not at all: Slack/Teams chat, forwarded mail
chains, meeting minutes, tenancy contracts, police-style reports, pharmacy and lab notes, sports
club rosters, guest lists, travel itineraries, recruitment notes, customer-service transcripts,
JSON and YAML, log lines and git commit trailers.

Slots as in `generate_e.fill`: {P} full name, {F} given name, {L} surname, {H} hyphenated given
name, {M} name in several parts, {p}/{f} the same in lower case, {T} title (either language) +
name, {EM} email, {PH} Swedish phone, {PNR} personnummer, {EA} European or US address (P's
formats). P's own (`generate_p.extra`): {AUTH} `Name <mail>` (git); {WN}/{wn} a name that is
also an everyday word, as written / lower case; {VG}/{VL}/{VP} a Swedish given name, surname,
full name; {vg}/{vp} the same in lower case; {PART} a name with a particle (`af`, `von`, `Mac`,
`bin`, ...); {IN} initials and a name; {FORM} SURNAME Given; {AIR} SURNAME/GIVEN (airline); {REV}/{VREV} Surname, Given (any / Swedish); {WNP} a word name and a surname; {SVA} a Swedish address (P's
forms); {sva} a Swedish street in lower case; {RUR} a farm or village address; {BX} a box
address; {ONE} a European or US address on one line; {ANY} any of them; {COP} `c/o` a name and
an address; {TP} a phone (Swedish, Irish, Norwegian, UK); {TSV}/{TEN} a Swedish/English title
and a name.
"""

from __future__ import annotations

TEMPLATES: dict[str, list[str]] = {
    "sv": [
        # forwarded mail chains
        "---------- Vidarebefordrat meddelande ---------\nFrån: {VP} <{EM}>\nDatum: ons 4 feb. 2026 14:22\nÄmne: Fwd: Besiktning\n\n{VG}, kan du ta den här? Besiktningen gäller {SVA}.",
        "Fwd: Fwd: Nyckelkvittens\n\n> Lämnade nycklarna till {VP} i receptionen.\n>> Hyresgästen på {SVA} har flyttat ut.\n\nMvh {VG}",
        # meeting minutes
        "Protokoll styrelsemöte BRF Ljusgården\nNärvarande: {VP} (ordf.), {VP}, {IN}, {VG}\nFrånvarande: {VP}\n§ 4 Fasadrenovering: {VL} tar in offerter.",
        "Minnesanteckningar avdelningsmöte\n1. {VG} rapporterade om budgeten.\n2. Nästa möte hålls hos {VP}, {SVA}.\nSekreterare: {VP}. Justeras av {TSV}.",
        "§ 12 Beslut: styrelsen utser {VP} till kassör och {PART} till revisorssuppleant.",
        # tenancy contracts
        "HYRESKONTRAKT FÖR BOSTADSLÄGENHET\nHyresvärd: {VP}, {PNR}\nHyresgäst: {P}, {PNR}\nLägenhetens adress: {SVA}\nHyrestid: tillsvidare fr.o.m. 2026-04-01",
        "Andrahandsuthyrning godkänd. Förstahandshyresgäst {VP} hyr ut {SVA} till {P} under perioden 1/3–31/8.",
        "Uppsägning av hyresavtal\nUndertecknad, {VP}, säger härmed upp lägenheten på {SVA}. Ny adress: {ANY}.",
        # police-style reports
        "Anmälan om stöld, diarienr 5000-K44120-26. Målsägande: {VP}, {PNR}, bosatt {SVA}. Vittne: {P}, tel {TP}. Förhörsledare: {TSV}.",
        "Händelse: inbrott i förråd, {SVA}. Anmälare {VP} uppger att grannen {VG} såg en okänd man vid 02-tiden.",
        "PM: {TSV} och {TSV} besökte {RUR} med anledning av anmälan från {VP}.",
        # pharmacy and lab notes
        "Recept: Omeprazol 20 mg, 1x1. Patient: {VP}, {PNR}. Förskrivare: {TSV}. Expedierat av {TSV}.",
        "Provsvar P-Glukos 6,1 mmol/L. Remittent: {TSV}. Pat {VREV}. Kopia till vårdcentralen.",
        "Apoteksombud: uthämtas av {VP} med fullmakt från {VP}. Leveransadress: {SVA}.",
        "Labbremiss: {IN}, {PNR}. Provtagning hemma hos pat på {SVA}, portkod 4412.",
        # sports club rosters
        "Laguppställning F12 söndag: mål {VG}, back {VG} och {VG}, mitt {VP}, forward {vg}. Tränare: {TSV}.",
        "Medlemsregister IK Stjärnan\n{VREV} – {SVA} – {TP}\n{VREV} – {SVA} – {TP}",
        "Grattis {VP} som vann 800 m i klubbmästerskapen! Silver till {VG}s lillasyster {VG}.",
        "Samåkning till cupen: {VG} kör från {SVA}, {VP} hämtar upp vid Statoil.",
        # event guest lists
        "Gästlista bröllop 12 juni\nBord 1: {VP}, {VP}, {PART}\nBord 2: {VP}, {H}\nOSA till {VG} senast 1 maj.",
        "Inbjudan till {VG}s 50-årsfest, lördag kl 18 på {RUR}. Anmälan till {VP}, {TP}.",
        "Begravningsgudstjänst för {VP} hålls i Kapellet. Officiant: {TSV}. Minnesstund på {SVA}.",
        # travel itineraries
        "Resplan {VP}\nTåg SJ 531 Stockholm C 07:10 – 11:52\nHotell: Stadshotellet\nUpphämtning: {VG} möter vid stationen och kör till {RUR}.",
        "Bokningsbekräftelse. Resenärer: {FORM}, {FORM}. Faktureras till {BX}.",
        # recruitment notes
        "Intervju 3/2, kandidat {VP}. Referenser: {TSV} (tidigare chef), {P}. Bor på {SVA}, kan börja 1 april.",
        "Rekryteringsanteckning: {VG} gjorde bra case. {VL} behöver kompletteras med betyg. Nästa steg: träff med {VP}.",
        # customer service transcripts
        "Kundtjänst: Hej, vad heter du?\nKund: {VP}.\nKundtjänst: Och leveransadressen?\nKund: {SVA}.\nKundtjänst: Tack {VG}!",
        "Agent {VG}: Jag ser ordern. Stämmer det att den ska till {COP}?\nKund: Ja precis.",
        # JSON, YAML, logs, git
        '{"kund": {"namn": "{VP}", "adress": "{SVA}", "telefon": "{TP}"}, "status": "ny"}',
        "hyresgast:\n  namn: {VP}\n  personnummer: {PNR}\n  adress: {ONE}\nkontaktperson: {VP}",
        '2026-02-03T08:14:55Z INFO order.created kund="{VP}" leverans="{SVA}"',
        "Rättat stavfel i avtalsmallen\n\nCo-authored-by: {AUTH}\nReviewed-by: {AUTH}",
        # forms, tables
        "| Namn | Adress | Roll |\n|---|---|---|\n| {VP} | {SVA} | sekreterare |\n| {IN} | {RUR} | ledamot |",
        "Namn;Gatuadress;Mobil\n{VP};{SVA};{TP}\n{P};{ONE};{TP}",
        "Förvaltare: {TSV}\nFastighet: {SVA}\nSkötsel: {VP}",
        "Tack för senast {VG}! Hälsa {WN} och {VG}.",
        "{WNP} har anmält sig till kursen. Faktura till {BX}.",
        "Hämtning av {VG}s möbler från {SVA} till {ANY} onsdag 08:00.",
        "Ny postadress för {PART}: {BX}.",
        "Kallelse till årsstämma i Byalaget. Plats: bygdegården, {RUR}. Välkomna! /{VP}",
    ],
    "sv-chat": [
        "@{vg} kan du kolla prd-loggarna? typ nu 😅",
        "{vg} sa att hon flyttat till {sva}",
        "nån som vet om {vp} jobbar idag",
        "tack {vg}!! 🙏",
        "ja men {vg} o {vg} tar bilen från {sva}",
        "{wn} e sjuk, kan nån täcka?",
        "ok skicka paketet till {sva} så fixar {vg} resten",
        "lol {vg}s hund åt upp kabeln igen",
        "vi ses hos {vg} ikväll, {sva} portkod 1234",
        "glömde säga, {vp} ringde om nyckeln",
        "kan du pinga {vg} om retron",
        "{vg}: jag e på väg",
        "har {wn} fått lönen??",
        "flyttlasset går till {sva} på lördag, {vg} hyr släpet",
    ],
    "en": [
        # forwarded mail chains
        "---------- Forwarded message ---------\nFrom: {P} <{EM}>\nDate: Tue, 3 Mar 2026 at 10:05\nSubject: Fwd: Inventory\n\n{F}, can you action this? The flat is {EA}.",
        "FW: FW: contractor quote\n\n> Sent on behalf of {TEN}\n>> The survey at {ONE} is booked for Friday.\n\nThanks, {F}",
        # meeting minutes
        "MINUTES - Residents' Association AGM\nPresent: {P} (Chair), {P}, {IN}, {F}\nApologies: {P}\nAction: {L} to chase the council about the bins.",
        "Action items\n- {F}: update the risk register\n- {IN}: book venue at {ONE}\n- {WN}: send slides",
        "Item 6. The committee thanked {P} for her years as treasurer and welcomed {PART}.",
        # tenancy contracts
        "ASSURED SHORTHOLD TENANCY AGREEMENT\nLandlord: {P}\nTenant(s): {P} and {P}\nProperty: {EA}\nTerm: 12 months from 1 April 2026",
        "Notice to quit served on {P} in respect of {ONE}. Served by {TEN}.",
        "Deposit of £1,200 received from {P} for {ONE}. Protected with the DPS.",
        # police-style reports
        "Incident report 26/0441. Victim: {P}, DOB 02/11/1987, of {EA}. Witness: {P}, tel {TP}. Officer in case: {TEN}.",
        "Statement of {P}: I live at {ONE}. At about 11pm I saw my neighbour {F} arguing with a man in the street.",
        "{TEN} and {TEN} attended {ONE} following a call from {P}.",
        # pharmacy and lab notes
        "Rx: Amoxicillin 500 mg TDS x 7/7. Patient: {P}. Prescriber: {TEN}. Dispensed by {TEN}.",
        "Lab result HbA1c 52 mmol/mol. Requested by {TEN}. Patient {REV}. Copy to GP.",
        "Collected by {P} on behalf of {P}. Delivery address on file: {EA}.",
        # sports club rosters
        "U14 squad for Saturday: GK {F}, DEF {F}, {F}, {WN}, MID {P}, FWD {f}. Coach: {TEN}.",
        "Membership renewals\n{REV} - {ONE} - {TP}\n{REV} - {ONE} - {TP}",
        "Congrats to {P} on her first parkrun PB, and to {F}'s brother {F}!",
        # event guest lists
        "Guest list - 40th birthday\nTable 1: {P}, {P}, {PART}\nTable 2: {H}, {M}\nRSVP to {F} by 1 May.",
        "You're invited to {F}'s leaving drinks, Friday 6pm at {ONE}. Hosted by {P}.",
        "Wedding of {P} and {P}. Reception at {EA}.",
        # travel itineraries
        "ITINERARY for {AIR} MRS\nFlight SK 1427 ARN-DUB 07:25\nHotel: The Harbour\nTransfer: {F} will meet you and drive to {ONE}.",
        "Booking confirmed. Passengers: {AIR}, {AIR}. Invoice to {BX}.",
        # recruitment notes
        "Interview notes - candidate {P}. Referees: {TEN} (line manager), {P}. Based at {ONE}, notice period 1 month.",
        "Screening call with {F}: strong on SQL, weak on stakeholder mgmt. Pass to {P} for the panel.",
        # customer-service transcripts
        "Agent: Thanks for holding. Can I take your full name?\nCustomer: It's {P}.\nAgent: And the delivery address?\nCustomer: {ONE}.\nAgent: Lovely, thanks {F}.",
        "Agent ({F}): I can see the parcel was left at {ONE}.\nCustomer: That's my old address, I'm at {EA} now.",
        "Chat transcript\n[10:02] {F} (Support): Hi {F}, how can I help?\n[10:03] Customer: my order never arrived",
        # JSON, YAML, logs, git
        '{"user": {"name": "{P}", "email": "{EM}", "shipping": "{ONE}"}, "tier": "gold"}',
        'contact:\n  name: {P}\n  phone: "{TP}"\n  address: |\n    {ONE}\nowner: {IN}',
        "2026-03-01 12:44:07,118 WARN billing: retry for customer '{P}' ({EM}) failed",
        "Fix null check in invoice export\n\nSigned-off-by: {AUTH}\nCo-authored-by: {AUTH}",
        "[audit] user={f} action=login ip=10.0.0.7 ok",
        # forms, tables
        "| Name | Address | Role |\n|---|---|---|\n| {P} | {ONE} | Treasurer |\n| {IN} | {ONE} | Member |",
        'name,address,phone\n"{REV}","{ONE}",{TP}',
        "Next of kin: {WNP} (wife), {TP}",
        "Happy retirement, {WN}! From all of us, especially {F} and {PART}.",
        "{F}'s and {F}’s desks move to the 3rd floor on Monday.",
        "Please update the records: {P} has moved from {ONE} to {EA}.",
    ],
    "en-chat": [
        "@{f} can u check the deploy",
        "{f} is ooo till mon fyi",
        "ask {wn} she knows",
        "thx {f}!!",
        "anyone seen {f}'s charger lol",
        "{p} just pinged me about the invoice",
        "me and {f} r at the pub",
        "{f}: brb",
        "pls send it to {f} not me",
        "kk {wn} said fine",
        "did {p} ever reply re the flat",
    ],
    "mixed": [
        "Hej {VG}! Quick one: the tenancy for {SVA} starts 1 April. /{F}",
        "Fwd: Invoice\n\nFrån: {VP} <{EM}>\nTo: {P}\nSubject: faktura\n\nPlease pay to the account, leverans till {SVA}.",
        "Minutes / Protokoll\nPresent / Närvarande: {VP}, {P}, {IN}\nAction: {VG} contacts {TEN}.",
        "Agent: Vad är din adress?\nCustomer: {SVA}, but I'm in Dublin now: {EA}.",
        "standup: {vg} blocked on review, {f} on leave, {wn} demo at 2",
        '{"namn": "{VP}", "address": "{ONE}", "role": "tenant"}',
        "Co-authored-by: {AUTH}\nReviewed-by: {AUTH}",
        "Guest list / Gästlista: {VP}, {P}, {PART}, {WN}",
        "Resplan / itinerary: {VP} flies ARN-LHR, hotel {ONE}, hämtas av {VG}.",
        "Rekrytering: candidate {P} (ref {TSV}) lives at {SVA}.",
        "Anmälan / report: {VP} ({PNR}) reported the theft at {SVA} to {TEN}.",
        "Laget / roster: {VG}, {F}, {VG}, {WN}. Ledare: {TSV}.",
        "ok {vg} I'll send it to {sva} tmrw",
        "Hyresgäst / tenant: {P}\nAdress / address: {RUR}",
        "Kvitto / receipt to {COP}",
    ],
}

NEGATIVES: dict[str, list[str]] = {
    "sv": [
        "Protokoll fört vid styrelsemöte i BRF Ljusgården. Inga beslut fattades.",
        "Apoteket Hjärtat har öppet till 20 i kväll.",
        "Provsvar: P-Glukos 5,4 mmol/L, inom referensintervallet.",
        "Tåget från Stockholm C till Arlanda är försenat 12 minuter.",
        "Försäkringskassan och Skatteverket har nya öppettider.",
        "Laget spelar hemma på Söderstadion nästa söndag.",
        "Agenda\n1. Mötets öppnande\n2. Budget\n3. Övriga frågor",
        "Region Skåne skickar ut kallelser via 1177.",
        "Ny version av Volvo XC60 och Spotify Premium i erbjudandet.",
        "Hyran höjs med 3,5 procent från 1 april.",
        "Sommar, sol och bad vid Vättern!",
        "Kundtjänst: Hej och välkommen! Hur kan jag hjälpa dig?",
    ],
    "en": [
        "Minutes of the AGM. No decisions were taken.",
        "Will you bill the client in May or June?",
        "Hope you had a good Easter! Grace period ends Friday.",
        "Summer Sale: 20% off at Rose & Crown Garden Centre.",
        "Mark the invoice as paid and file it under Accounts Payable.",
        "Frank feedback welcome at the Town Hall meeting.",
        "Agent: Thanks for calling, how can I help today?",
        "The Dawn Patrol ride leaves from Hyde Park Corner at 6.",
        '{"status": "ok", "items": 3, "currency": "EUR"}',
        "2026-03-01 12:44:07 INFO scheduler: job nightly-export finished in 4.2s",
        "Itinerary\nFlight SK 1427 ARN-DUB 07:25\nHotel: The Harbour",
        "Hunter boots and Amazon Prime Video are both on the list.",
    ],
    "mixed": [
        "Agenda / Dagordning: Budget, Övriga frågor, AOB.",
        "Apoteket closes at 8 pm, öppnar igen 10.",
        "Summer Sale på Clas Ohlson, Black Friday i Stockholm.",
        "Status: ok, inga fel i loggen.",
        "Co-authored commit, no trailers.",
    ],
}
