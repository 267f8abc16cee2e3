# ruff: noqa: E501
"""Templates for held-out S (`generate_s.py`), written for S from scratch by a helper who does not
tune the detector, in genres O, P, Q and R used little or not at all: Slack and Teams chat (lower
case, typos, no cues), forwarded mail chains, meeting minutes, tenancy contracts, police and
court-style reports, pharmacy and lab notes, sports club rosters, event guest lists, travel
itineraries, recruitment notes, customer-service transcripts (`Agent: ... Customer: ...`), JSON
and YAML records with person fields, log lines and git commit trailers.

Slots as in `generate_e.fill` ({P} full name, {F} given name, {L} surname, {H} hyphenated given
name, {M} a multi-part name, {p}/{f} the same in lower case, {T} a title and a name, {PNR}
personnummer) and `generate_r.extra` ({NM} `Name <mail>`; {W}/{w} a name that is also an
everyday word; {WL} such a name and a surname; {SG}/{SN}/{SP} a Swedish given name, surname,
full name; {sg}/{sp} lower case; {PRT} a particle; {LN} three or four parts; {INI} initials; {RV}
`Surname, Given` and kin; {CAP} capitals; {GS}/{GE} a Swedish / English genitive; {AT} `@name`;
{AD} a Swedish address; {ST} a street and number; {ad} a street as chat writes it; {RU} a farm
or village; {BOX} a box address; {EU} a European or US address; {ONE} any address on one line;
{ANY} any address; {CO} `c/o` a name and an address; {TEL} a phone; {MAIL} an e-mail address;
{TS}/{TE} a Swedish / English title and a name, with S's titles). Every value is drawn from S's
own pool and address parts (`generate_s.py`).
"""

from __future__ import annotations

TEMPLATES: dict[str, list[str]] = {
    "sv": [
        # forwarded mail chains
        "---------- Vidarebefordrat meddelande ----------\nFrån: {NM}\nDatum: tis 3 mars 2026 08:14\nÄmne: Sv: nycklar\n\nHej {SG}, jag lämnar nycklarna hos {SP} på {AD} i morgon. /{SG}",
        "> {SG} skrev 2026-02-11 kl. 21:40:\n> Kan du skicka fakturan till {ONE}?\nKlart! Skickat till {SP}. Hälsningar {SG}",
        # meeting minutes
        "Protokoll styrelsemöte BRF Kolmilan 2026-04-02. Närvarande: {SP} (ordf.), {SP}, {SG} {SN}, {INI}. Justerare: {SP}. § 4 Ansökan om andrahandsuthyrning av lgh på {AD} beviljas.",
        "Minnesanteckningar APT: {SG} tar över ansvaret för arkivet efter {GS} föräldraledighet. Nästa möte hos {SP}, {ST}. Antecknat av {INI}.",
        "§ 7 Val av revisor: {TS} föreslog {SP}; vald utan omröstning. Suppleant {RV}.",
        # tenancy contracts
        "HYRESAVTAL för bostadslägenhet. Hyresvärd: {SP}, {AD}. Hyresgäst: {SP}, pnr {PNR}. Lägenheten {AD} upplåts från 2026-05-01. Kontakt vid fel: {TEL}.",
        "Andrahandskontrakt: {SP} (förstahandshyresgäst) hyr ut till {LN}. Adress: {AD}. Post tas emot {CO}.",
        "Uppsägning av hyresavtal. Jag, {SP}, säger härmed upp min lägenhet på {AD}. Ny adress: {RU}. Underskrift: {SG} {SN}",
        # police and court-style reports
        "Polisanmälan K-88213-26. Målsägande: {SP}, {PNR}, bosatt {AD}. Misstänkt: okänd man. Vittne: {LN}, tel {TEL}. Upprättad av {TS}.",
        "DOM 2026-03-19 i mål B 1123-26. Tilltalad: {CAP}, född {PNR}, {ONE}. Offentlig försvarare: {TS}. Målsägandebiträde: {SP}.",
        "Förhör med {SP} hölls i bostaden på {ST}. {SG} uppgav att {GS} bror hade lånat bilen. Förhörsledare {TS}.",
        # pharmacy and lab notes
        "Recept: Waran 2,5 mg, 1x1. Patient: {SP} ({PNR}). Förskrivare: {TS}. Uthämtas av ombud {SP}.",
        "Labbsvar 2026-01-08: P-INR 2,9. Provtagare {SG}, Vårdcentralen. Patient {RV}, {AD}. Ring {TEL} vid frågor.",
        "Apoteksanteckning: {SG} ringde om {GS} medicinering; {TS} rekommenderade samtal med läkare. Leverans till {RU}.",
        # sports club rosters
        "Laguppställning P14: mål {SG}; back {SG}, {SG} {SN}, {H}; mitt {w}, {SP}; anfall {W}. Lagledare {TS}, {TEL}.",
        "Medlemsregister IK Orrspelet: {RV} | {PNR} | {AD} | {MAIL}",
        # event guest lists
        "Gästlista 50-årsfest: {SP} +1, {SP}, {SG} och {SG} {SN}, {LN}, {W}. OSA till {SG} senast 1/6, {TEL}. Adress: {RU}",
        "Placering vid bröllopsmiddagen: bord 3 – {SP}, {H}, {PRT}, {SG}.",
        # travel itineraries
        "Resplan för {SP}: avresa 06:12 från {ONE}; hämtas av {SG}; hotell {EU}. Nödkontakt {SP}, {TEL}.",
        # recruitment notes
        "Rekryteringsanteckning: {SP} intervjuad av {TS} och {SG}. Referens: {SP}, {TEL}. Bor på {AD}, kan börja i augusti.",
        "Kandidat 4: {CAP}. Stark på SQL, svagare på presentation. {SG} vill träffa {W} igen. Mejl {MAIL}.",
        # customer-service transcripts
        "Agent: Välkommen till kundtjänst, du pratar med {SG}.\nKund: Hej, jag heter {SP} och har flyttat till {AD}.\nAgent: Tack {SG}, jag uppdaterar adressen nu.",
        "Chattlogg 14:02 Kund: jag beställde till {ad} men paketet hamnade hos {sp}\n14:03 Agent {SG}: Jag förstår, vi skickar ett nytt.",
        # log lines and records
        '2026-02-03T09:12:44Z INFO order.created kund="{SP}" leveransadress="{ONE}" telefon="{TEL}"',
        "kund:\n  namn: {SP}\n  adress: {ONE}\n  personnummer: {PNR}\n  kontakt: {SG}",
    ],
    "sv-chat": [
        "{sg} kan du ta nycklarna till {ad} imorrn? jag e hos {sg} hela kvällen",
        "ok så {sp} flyttar till {ad} nästa vecka, nån som kan hjälpa bära? {sg} har släp",
        "haha {sg} glömde laddaren hos {sg} igen",
        "skickar paketet till {ad}, säg till {w} att hämta det",
        "möte flyttat, {sg} och {sg} kör 15:00 istället. {AT} kan du boka rum?",
        "@{sg} tack för igår!! hälsa {sg}",
        "va på {ad} nu, {sg} sa att porten e trasig",
        "{sg}s bil står på {ad}, flytta den innan 7 sa {sg}",
        "nån som har {GS} nummer? behöver nå henne innan lunch",
        "ring {sg} på {TEL} om du inte hittar {ad}",
        "lol {w} va på samma fest som {sp}",
        "jag bor på {ad} fr.o.m. måndag, hämta mig där {sg}",
    ],
    "en": [
        # forwarded mail chains
        "-----Original Message-----\nFrom: {NM}\nSent: Monday, 9 March 2026 17:02\nTo: {NM}\nSubject: RE: keys\n\nHi {F}, please leave the keys with {P} at {EU}. Cheers, {F}",
        "On Tue, 10 Feb 2026 at 08:31, {P} <{MAIL}> wrote:\n> Could you post the contract to {EU}?\nDone - sent it to {GE} office. {F}",
        # meeting minutes
        "Minutes of the residents' committee, 4 April 2026. Present: {P} (chair), {INI}, {P}, {RV}. Apologies: {W}. Action: {F} to write to the landlord at {EU}.",
        "Action items: {F} to chase {GE} invoice; {P} and {F} to draft the rota; {TE} to review. Next meeting at {EU}.",
        # tenancy contracts
        "ASSURED SHORTHOLD TENANCY AGREEMENT. Landlord: {P} of {EU}. Tenant: {LN}. Property: {EU}. Deposit protected with the scheme; contact {TEL}.",
        "Notice to quit served on {P} at {EU} by {TE}, witnessed by {P}.",
        # police and court-style reports
        "WITNESS STATEMENT. Name: {CAP}. Address: {EU}. Occupation: nurse. I was with {F} and {P} when the van hit the bollard. Taken by {TE}.",
        "Crime ref 42/11873/26. Victim {P}, DOB withheld, of {EU}. Suspect described by {F} as tall. OIC {TE}, tel {TEL}.",
        "IN THE COUNTY COURT. Claimant: {P}. Defendant: {LN}, of {EU}. Counsel for the claimant: {TE}.",
        # pharmacy and lab notes
        "Rx: amoxicillin 500 mg tds x 7/7. Patient {RV}, {EU}. Prescriber {TE}. Collected by {W} (daughter).",
        "Lab report: HbA1c 52 mmol/mol. Requested by {TE}; sample taken by {F}. Patient {P}, {EU}.",
        # sports club rosters
        "Squad v Harriers: {P} (c), {F}, {INI}, {H}, {W}, {PRT}, {P}. Subs {F}, {F}. Manager {TE}, {TEL}.",
        "Club membership renewals: {RV} paid; {P} owes £40; {W} moved to {EU}.",
        # event guest lists
        "Guest list - Summer Gala: {P} & {P}; {TE}; {LN}; {F} +1; {WL}. Send invitations to {EU}.",
        # travel itineraries
        "ITINERARY for {CAP}\nDay 1: arrive 14:20, met by {F}\nStay: {EU}\nDay 2: lunch with {P}\nEmergency contact: {P}, {TEL}",
        # recruitment notes
        "Recruitment notes: {P} interviewed by {TE} and {F}. Strong references from {P} ({MAIL}). Lives at {EU}; notice period 1 month.",
        # customer-service transcripts
        "Agent: Thanks for calling, this is {F}.\nCustomer: Hi, it's {P}, I moved to {EU} and my parcel went to the old address.\nAgent: No problem {F}, I've updated it.",
        # JSON, logs, git trailers
        '{"customer": {"name": "{P}", "address": "{ONE}", "phone": "{TEL}"}, "agent": "{F}"}',
        '2026-03-01 12:00:03 WARN delivery failed recipient="{P}" address="{ONE}" retry=2',
        "Fix rounding in invoice totals\n\nReported-by: {NM}\nCo-authored-by: {NM}\nSigned-off-by: {NM}",
        "author:\n  name: {P}\n  email: {MAIL}\nmaintainers:\n  - {P}\n  - {F}",
        "[{F}] 10:42 can you cover {GE} shift? [{F}] 10:43 yes, ask {P} too",
    ],
    "en-chat": [
        "{f} can u grab the keys from {f} before 6",
        "omw to {f}'s place, tell {f} im late",
        "pinging {AT} and {AT} - who has the client file for {p}?",
        "lol {w} just replied-all again",
        "does anyone have {f}'s number? need to reach her re the lease",
        "{f} and {f} are out today, {p} is covering",
        "dm'd {f}, she said drop it at {EU}",
        "thx {f}!! also ask {w} about the van",
        "{p} left the laptop at reception, {f} has it now",
        "meeting w {f} moved to 3, {f} cant make it",
    ],
    "mixed": [
        "Fwd: Hyreskontrakt / Tenancy agreement – {SP} (landlord) and {P} (tenant), {AD}. Please sign and return to {EU}.",
        "Agent: Hello, du pratar med {SG}. Customer: Hi, I'm {P}, my address is {ONE}. Agent: Tack {F}!",
        "Standup: {sg} jobbar med login-buggen, {f} is on the API, {p} sjuk idag.",
        "Guest list / Gästlista: {SP}, {P}, {W}, {LN}. Venue: {RU}.",
        "Protokoll / Minutes: närvarande {SP}, {P}, {INI}; {SG} tar kontakt med {TE}.",
        "Lab note / Labbanteckning: prov från {SP} ({PNR}) skickat av {F}; svar till {AD}.",
        "Itinerary / Resplan: {SP} flyger till Dublin, bor hos {P}, {EU}. Back on Friday.",
        '{"namn": "{SP}", "address": "{ONE}", "email": "{MAIL}", "ansvarig": "{SG}"}',
        "Co-authored-by: {NM}\nGranskad av / reviewed by {SP}",
        "Rekrytering / Recruitment: {P} intervjuas av {SG}; referens {SP}, {TEL}.",
        "Polisrapport / Police report: witness {P} och målsägande {SP}, {AD}.",
        "Roster / Trupp: {SG}, {SG} {SN}, {P}, {F}, {W}; coach {TE}.",
        "Från/From: {NM} – Hej {SG}, could you forward this to {CAP}? Box: {BOX}",
        "Hyresvärd/Landlord {SP}, {BOX}; hyresgäst/tenant {P}, {AD}",
        "Kontakt: {SP}, {ONE}, {TEL}. Contact: {P}, {EU}.",
        "Teams: {sg} har lagt upp filen, {f} please review before {sg} merges",
    ],
}

NEGATIVES: dict[str, list[str]] = {
    "sv": [
        "Protokoll fört vid styrelsemöte: budgeten för 2027 godkändes, inga övriga frågor.",
        "Hyresavtalet gäller tills vidare med tre månaders uppsägningstid.",
        "Apoteket Hjärtat och Kronans Apotek har öppet till 20 på vardagar.",
        "Resplan: Arlanda – Kastrup – Schiphol, byte i Amsterdam.",
        "Laguppställningen inför derbyt mot Djurgården är klar, träning på tisdag.",
        "Kundtjänst: ärendet är stängt och återbetalningen är gjord.",
        "Rubrik: Ny Kaffemaskin På Plan Tre. Moccamaster och Jura testas i vår.",
        "Sommarfesten hålls i Folkets Park; Rosengården och Lilla Torg är stängda.",
        "Bror och syster får gratis entré, sa Systembolaget om julmarknaden? Nej, det var Liseberg.",
        "Polisen i Region Nord rapporterar lugn natt; inga anmälningar i Kiruna.",
        "Labbet byter till nya rör från Sarstedt; Karolinska skickar prover på onsdagar.",
    ],
    "en": [
        "Minutes approved without amendment. Any Other Business: none.",
        "The tenancy agreement runs for twelve months with a two-month break clause.",
        "Boots and Lloyds Pharmacy stock the same generic; Pfizer makes the brand.",
        "Itinerary: Heathrow to Dublin, then the Galway Express coach.",
        "Squad announcement: Arsenal Women travel to Wembley on Saturday.",
        "Support ticket closed. Refund issued to the original payment method.",
        "Heading: Quarterly Review. Slides from Marketing, Sales and Legal.",
        "Hope Street Market and the Rose Bowl are closed for the Bank Holiday.",
        "Will the Summer Fair go ahead? Grant funding from Arts Council England is pending.",
        "Co-authored by the Data Platform team; reviewed by Security and Compliance.",
        "The pound rose against the euro after the Bank of England held rates.",
    ],
    "mixed": [
        "Standup: deploy klar, tests green, Jira board uppdaterad.",
        "Release notes / Versionsinfo: Slack, Teams och Zoom integrations fixed.",
        "Meeting room Fjällrummet is booked; Wi-Fi lösenord finns på whiteboarden.",
        "Guest list closed / Gästlistan är stängd. Dress code: Smart Casual.",
        "Apotek / Pharmacy: Alvedon och Ipren finns utan recept.",
        "Itinerary / Resplan: SAS SK1415 till Köpenhamn, sedan Öresundståg.",
        "Log: INFO scheduler started, WARN cache miss, ERROR timeout mot Stripe API.",
        "Protokoll / Minutes: Volvo Cars och Ericsson presenterade, inga beslut.",
    ],
}
