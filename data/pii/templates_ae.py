# ruff: noqa: E501
"""The templates of held-out AE (issue 15): the internet and software work, in Swedish, English
and mixed text, written from scratch for AE: support chat widgets, app-store and marketplace
reviews, GitHub issues, pull requests and commit messages with co-authors, Slack/Discord exports,
CRM exports as CSV/TSV, JSON and YAML snippets with user records, log lines, e-mail headers and
forwarded threads, calendar invites, form submissions and spreadsheet rows.

Slots (filled by `generate_ae.py`): a person `{FORM#n:g}`, where `#n` names the same person
again in the row and `:f`/`:m` fixes the gender; FORM is `P` (given and surname), `F` (with a
middle name when the person has one), `p` (lower case), `U` (capitals), `G`/`g` (given name,
lower case), `S`/`s` (surname), `I` (`J. Berg`), `Gi` (`Anna L.`), `R` (`Berg, Anna`), `E` (an
e-mail address made from the name) and `Ps`, `Gs`, `gs`, `Ss` (a genitive, its ending outside
the value). Other values: `A`/`AL`/`a` (a Swedish home address, on one line, over lines, in lower
case), `ST` (street and number), `AH` (with `lgh`), `AO` (an office), `AUK`/`AUKL`, `AUS`, `AEU`
(Europe), `PH` (a Swedish phone), `PHX` (a phone from abroad), `PNR` (a personnummer). Fillers
with no value: `DATE`, `ISO`, `TIME`, `NUM`, `TICKET`, `SHA`, `VER`, `AMT`, `USD`, `STARS`.
"""

from __future__ import annotations

SV: tuple[str, ...] = (
    # support chat widgets
    "Chatt startad {TIME}\nBesökare: {G#1}\n{G#1}: hej, mitt paket skulle till {A} men spårningen säger annat\nAgent {G#2}: Hej {G#1}! Jag kollar ordern åt dig, ett ögonblick.",
    "[{TIME}] {G#1:f} (kund): har bytt adress till {AH}, kan ni uppdatera?\n[{TIME}] {Gi#2} (support): Klart! Nästa leverans går dit.",
    "Supportchatt #{NUM}\nNamn: {P#1}\nE-post: {E#1}\nTelefon: {PH}\nÄrende: kan inte logga in i appen efter uppdateringen",
    "Hej och välkommen till kundtjänst! Du pratar med {G}. Vad kan jag hjälpa dig med?\n– Hej, jag heter {P} och vill ändra leveransadress till {ST}.",
    # app-store and marketplace reviews
    "★★☆☆☆ {Gi} – {DATE}\nAppen kraschar varje gång jag öppnar kvittot. Har mailat support två gånger utan svar.",
    "Recension av {G}, {AGE} år: Smidig app men inloggningen med BankID strular. Svar från utvecklaren ({G}, kundteamet): Tack för feedbacken!",
    "Säljare: {P}, {TOWNSV}\nBetyg {STARS}/5 (142 omdömen)\nHämtas på {A} eller skickas mot fraktkostnad. Ring {PH} efter kl 17.",
    "Säljes: barnvagn i fint skick, 900 kr. Kontakta {G} på {PH}, finns på {ST} i {TOWNSV}.",
    # GitHub / commits
    "fix(kassa): avrunda öresbelopp rätt vid delbetalning\n\nRapporterat av {P}.\n\nCo-authored-by: {P#1} <{E#1}>\nCo-authored-by: {P#2} <{E#2}>",
    "Ärende #{NUM}: Exporten till Fortnox tappar sista raden\nTilldelad: @{g}\nRapporterad av {P} via supporten. Kunden har adress {A}.",
    "Granskning av PR #{NUM}: {G} – funkar lokalt men testet i CI faller. Kan du kika, {G}?",
    "commit {SHA}\nAuthor: {P#1} <{E#1}>\nDate:   {DATE}\n\n    Lägg till fält för lägenhetsnummer i adressformuläret",
    # Slack / Discord
    "#utveckling\n{g}: vem äger betalflödet nu när {g} har gått på föräldraledighet?\n{g}: tror det är {p:f}, fråga henne",
    "[{TIME}] {p}: kan nån ta över jouren i helgen? {gs} barn är sjuka\n[{TIME}] {g}: jag tar lördag",
    "{g}: lunch? {g} och jag går till thaistället vid {st}\n{g}: kommer om 5",
    "#kundtjänst\n{G}: Kunden {P} ringer igen från {PH} om samma faktura. Kan någon ringa tillbaka?",
    "{g}: vart skickade vi demoenheten? {g}: till {a}, han hade flyttat",
    # CRM exports as CSV/TSV
    'kundnr;namn;adress;telefon\n{NUM};{P};"{A}";{PH}',
    "Förnamn\tEfternamn\tE-post\tMobil\n{G#1}\t{S#1}\t{E#1}\t{PH}\n{G#2}\t{S#2}\t{E#2}\t{PH}",
    '"{R#1}";"{A}";"{PNR}";"aktiv"',
    "Kontakt: {P}, inköpare\nFöretag: Byggvaror i Norr AB\nBesöksadress: {AO}\nVäxel: {PH}\nAnteckning: vill ha offert innan {DATE}",
    # JSON / YAML
    '{"kund": {"namn": "{P}", "adress": "{A}", "telefon": "{PH}"}}',
    '- namn: {P}\n  roll: admin\n  personnummer: "{PNR}"\n- namn: {P}\n  roll: läsare',
    'leverans:\n  mottagare: {P#1}\n  adress: "{A}"\n  kommentar: ring {G#1} innan',
    # log lines
    '{ISO} INFO  order-service Order {NUM} skapad för kund "{P}", leveransadress "{A}"',
    "{ISO} WARN  auth Misslyckad inloggning för {E#1} (användare {P#1}), 3 försök",
    '{ISO} ERROR bankid Signering avbruten: pnr={PNR} namn="{P}"',
    # e-mail headers and forwarded threads
    "Från: {P#1} <{E#1}>\nTill: {P#2} <{E#2}>\nÄmne: Sv: Faktura {NUM}\n\nHej {G#2}, fakturan ska till vår nya adress: {AO}.\n/{G#1}",
    "---------- Vidarebefordrat meddelande ----------\nFrån: {P#1} <{E#1}>\nDatum: {DATE}\nÄmne: Ny adress\n\nHej! Jag har flyttat till {AL}. Mvh {G#1}",
    "Kopia: {P}, {P}\nHej {G}, se kommentaren från {Gs} team nedan.",
    "Med vänliga hälsningar\n{P}\nSupportansvarig\n{AO}\nTel: {PH}\nMobil: {PH}",
    "Hälsningar,\n{G#1}\n\n-- \n{P#1} | Backendutvecklare\n{PH}",
    # calendar invites
    "Inbjudan: Sprintdemo\nNär: {DAY} {TIME}\nArrangör: {P}\nDeltagare: {P}, {P}, {Gi}\nPlats: {AO}",
    "Mötesbokning bekräftad: {P} träffar doktor {S} {DATE} kl {TIME} på {AO}.",
    # form submissions and spreadsheet rows
    "Nytt formulärsvar (Kontakta oss)\nNamn: {P}\nAdress: {A}\nTelefon: {PH}\nMeddelande: Vill boka installation av laddbox.",
    "Anmälan till hackathon\nNamn: {F#1}\nE-post: {E#1}\nAllergier: nötter\nT-shirt: M",
    "Rad {NUM}: {P} | {A} | {PH} | betald",
    "Hej {G}, tack för din beställning! Den skickas till:\n{P#1}\n{AL}",
    "VD {P} och CTO {P} presenterar kvartalet. Frågor till {G}.",
    "Enligt {Gs} anteckning ska {G:m} ringa kunden på {PH} före lunch.",
    "Leveransavisering: {U}, {A}. Bud {G} ringer 30 min innan.",
    "Kundens personnummer {PNR} matchar inte namnet {P} i folkbokföringen, kolla med {G}.",
    "Kunden {P} ({PNR}) vill ha fakturan till {A}.",
    "Ändringslogg: {I#1} bytte e-post till {E#1} och adress till {AH} ({DATE}).",
    "{G}, {G} och {G} är inbjudna som granskare. Kommentar från {Gi}: ser bra ut!",
    "Kontaktperson hos leverantören är {P} ({PH}). Ersättare under semestern: {P}, {PH}.",
    "Returetikett\nAvsändare: {P}\n{AL}\nMottagare: Returcenter, {AO}",
    "{g}: skickar du nyckeln till {a}? {g}: japp, lgh-numret står på dörren",
    "Faktureringsadress: {A}\nLeveransadress: {AH}\nReferens: {P}",
    "Hej! Jag heter {G} och bor på {ST}. Varför har jag fått {Ps} paket?",
    "Adressändring via formulär: {P} flyttar från {A} till {A} den {DATE}.",
    "Leverantörens säljare {P} nås på {PHX} eller mobil {PHX}.",
    "Kund i utlandet: {P}, {AEU}. Ring {G} på {PHX} innan leverans.",
)

EN: tuple[str, ...] = (
    # support chat widgets
    "Live chat transcript\n{TIME} Visitor ({G#1}): hi, my order never arrived at {AUK}\n{TIME} {G#2} (Support): Sorry to hear that, {G#1}! Let me check with the courier.",
    "Chat with {P#1} started {DATE}\n{G#1}: can I change the billing address to {AUS}?\nAgent {Gi}: Done, you'll see it on the next invoice.",
    "You're chatting with {G} from the Help Centre. Hi {G}, how can I help today?",
    # reviews
    "★★★★★ by {Gi} on {DATE}\nGreat app, the new dark mode is lovely. Thanks to {G} in support who sorted my refund!",
    "1 star – {P}, {USTATE}\nCharged twice and nobody answers. Response from the developer ({G}, Customer Care): We're sorry, please email us.",
    "Seller {P} ({STARS} stars) ships from {AUS}. Questions? Call {PHX}.",
    # GitHub / commits
    "fix: handle empty address lines in the checkout form (#{NUM})\n\nCo-authored-by: {P#1} <{E#1}>\nCo-authored-by: {P#2} <{E#2}>",
    "Issue #{NUM}: Export drops the second address line\nOpened by @{g} · assigned to {P}\n\nSteps: create a customer with address {AUKL} and export to CSV.",
    "LGTM, but {Ss} comment about the retry loop still stands. @{g} can you take another look?",
    "commit {SHA}\nAuthor: {P#1} <{E#1}>\n\n    Bump pagination limit, per {Gs} request",
    "Reviewed-by: {P#1} <{E#1}>\nSigned-off-by: {P#2} <{E#2}>",
    # Slack / Discord
    "#general\n{g}: has anyone seen {gs} laptop charger?\n{g}: it's in the kitchen lol",
    "[{TIME}] {p}: who's on call tonight?\n[{TIME}] {g}: me, ping {g} if I don't pick up",
    "{g} joined the channel. {g}: welcome!! {p} will set up your accounts",
    "@{g} the client {P} called again from {PHX} about the invoice, can you call back?",
    # CRM
    'id,first_name,last_name,email,phone,address\n{NUM},{G#1},{S#1},{E#1},{PHX},"{AUK}"\n{NUM},{G#2},{S#2},{E#2},{PHX},"{AUS}"',
    "Name\tCompany\tPhone\n{P}\tAcme Logistics Ltd\t{PHX}\n{P}\tBrightline Media\t{PHX}",
    "Lead: {P}, VP Engineering\nAccount owner: {P}\nNotes: met at the London meetup; wants a demo before {DATE}. Office: {AUK}",
    # JSON / YAML
    '{"user": {"name": "{P#1}", "email": "{E#1}", "address": "{AUS}"}}',
    'users:\n  - name: {P}\n    phone: "{PHX}"\n  - name: {P}\n    phone: "{PHX}"',
    '{"shipping": {"recipient": "{U}", "line1": "{AUK}"}, "notes": "leave with neighbour"}',
    # logs
    '{ISO} INFO  checkout order={NUM} customer="{P}" ship_to="{AUS}"',
    "{ISO} WARN  login failed for {E#1} ({P#1}) from the mobile app",
    # e-mail
    "From: {P#1} <{E#1}>\nTo: {P#2} <{E#2}>\nCc: {P#3} <{E#3}>\nSubject: Re: contract renewal\n\nHi {G#2}, please send the signed copy to {AUKL}.\nCheers, {G#1}",
    "---------- Forwarded message ---------\nFrom: {P#1} <{E#1}>\nDate: {DATE}\nSubject: New address\n\nHi all, we've moved to {AEU}. Best, {G#1}",
    "Kind regards,\n{P}\nHead of Customer Success\n{AUKL}\nT: {PHX}",
    "Thanks,\n{G#1}\n--\n{P#1} | Senior Engineer\nMobile {PHX}",
    # calendar
    "Invitation: Quarterly review @ {DAYEN} {TIME}\nOrganizer: {P}\nGuests: {P}, {P}, {Gi}\nWhere: {AUK}",
    "Meeting with Mr {S:m} about the integration, {DAYEN} {TIME}, at {AEU}.",
    # forms / spreadsheets
    "New submission: Contact form\nFull name: {F#1}\nEmail: {E#1}\nPhone: {PHX}\nAddress: {AUS}\nMessage: please call after 5pm",
    "Row {NUM}: {R} | {AUK} | {PHX} | paid",
    "Beta tester signup: {P#1} ({E#1}), {USTATE}. Referred by {P}.",
    "Mrs {S:f} asked us to ship the replacement to {AUS} instead of the office.",
    "Dr {S} from the hospital IT team reported the bug; {G} reproduced it.",
    "Per {Ps} request the invoice now goes to {AEU}; {P} approved it.",
    "Return label\nFrom: {P}\n{AUKL}\nTo: Returns Centre, {AUK}",
    "{g}: sending the swag box to {au}, right? {g}: yep, flat number is on the form",
    "Billing address: {AUS}\nShipping address: {AEU}\nAttention: {P}",
    "Call {G} on {PHX} or {PHX} (mobile).",
    "Ship to: {P}\n{AEU}\nPhone: {PHX}",
)

MIXED: tuple[str, ...] = (
    "Chatt: {G#1}: hi, jag beställde till {A} men fick ett mail om failed delivery\n{G#2} (support): Hej {G#1}! I'll check with PostNord.",
    "fix: rätta felstavning i onboarding\n\nCo-authored-by: {P#1} <{E#1}>\nCo-authored-by: {P#2} <{E#2}>",
    "PR #{NUM} review: {G}, kan du lägga till ett test för edge case:t? @{g} approved men {G} vill ha en till reviewer.",
    "#dev-team\n{g}: deployen failade igen\n{g}: ping {g:f}, hon fixade det sist\n{p}: on it",
    "{g}: vem har access till prod-databasen? {g}: {g} och {p}",
    "standup: {g} – klar med login-buggen, {g} – blocked på API-nyckeln, {g} – ledig imorgon",
    "Customer {P} (kundnr {NUM}) ringde från {PH}: leveransen till {A} missed.",
    "id;name;email;phone;city\n{NUM};{P#1};{E#1};{PH};{TOWNSV}\n{NUM};{P#2};{E#2};{PHX};London",
    '{"namn": "{P#1}", "email": "{E#1}", "adress": "{A}", "phone": "{PH}"}',
    'owner: {P}\nreviewers:\n  - {P}\n  - {P}\noncall_phone: "{PH}"',
    "{ISO} INFO  shipping label created for {P}, {A} (carrier: DHL)",
    '{ISO} DEBUG user_lookup name="{P}" pnr={PNR} status=verified',
    "From: {P#1} <{E#1}>\nTo: {P#2} <{E#2}>\nSubject: Sv: Onboarding\n\nHej {G#2}, welcome aboard! Din laptop skickas till {AH}.\n/{G#1}",
    "Best regards / Vänliga hälsningar\n{P}\nAccount Manager\n{AO}\n{PH}",
    "Invite: Sprint planning / sprintplanering\nOrganizer: {P}\nAttendees: {P}, {P}, {Gi}\nLocation: {AO}",
    "Formulär: Anmälan till meetup\nName: {P#1}\nE-post: {E#1}\nMobil: {PH}\nFöretag: Nordlys Software",
    "Kund: {R}; Adress: {AL}; Phone: {PHX}",
    "★★★★☆ {Gi}: Bra app men saknar English language option. Svar från {G}, support: Thanks, it's on the roadmap!",
    "{Gse} feedback: the onboarding is too long. {Gs} kommentar: håller med.",
    "Dr {S} på vårdcentralen har rapporterat att journal-exporten hänger sig. Assigned to {P}.",
    "VD {P} and CFO {P} will join the kickoff at {AEU}.",
    "{g}: kan du skicka invoicen till {a}? {g}: yes, gör det nu",
    "Contact person: {P}, {PHX}. Backup: {P}, {PH}.",
    "Delivery note / Följesedel\nMottagare: {U}\n{AL}\nTel: {PH}",
    "Reported by {I}: adressfältet kapar {AEU} efter 40 tecken.",
    "{P} (personnummer {PNR}) har begärt registerutdrag enligt GDPR; skicka till {A}.",
    "Meeting notes: {G} presenterade roadmapen, {G} tog actions, {P} från kunden joinade remote.",
    "Ring {G#1} på {PH} or email {E#1}.",
    "Hej {G}! Thanks for the PR, {G} mergar efter lunch.",
    "Travel: {P} flyger till Berlin, hotellet ligger på {AEU}. Kontakt på plats: {P}, {PHX}.",
    "Ms {S:f} från kundens IT-avdelning: please whitelist oss innan {DATE}.",
    "Lead från webben: {P#1}, {E#1}, {PH}, {A}",
    "Discord #support: {g} – appen crashar på Android 14. {g} (mod): kan du skicka loggar?",
    "{ISO} WARN  sms-gateway delivery failed to {PH} for user {P}",
    "Billing address / Faktureringsadress: {A}\nAttn: {P}",
    "Vi skickar merch till {a} och {au}, tell {g} to check the tracking.",
    "Office move: från {AO} till {AO} from March 1. Contact {P}, {PH}.",
    "On-call rotation / jourlista: {P} {PHX}, {P} {PH}, {P} {PHX}",
    "Leverans till {P}, {AEU}. Tel {PHX}.",
)

# Rows without any value: capitalised words that are not personal data (products, companies,
# services, places that are not addresses, headings, weekdays and months, and everyday words that
# are names in their other use), in the same genres.
NEGATIVES: tuple[tuple[str, str], ...] = (
    ("sv", "Release 4.2.0: stöd för Swish och Klarna i kassan, mörkt läge i Android-appen."),
    ("sv", "Driftstörning: Azure i regionen Sweden Central svarar långsamt sedan måndag morgon."),
    (
        "sv",
        "★★★★☆ Bra app! Funkar fint med Apple Watch men synken till Google Fit krånglar ibland.",
    ),
    (
        "sv",
        "Mötesanteckningar, tisdag: Q3-budget, ny leverantör för molndrift, rekrytering till Göteborgskontoret.",
    ),
    ("sv", "Nästa sprintdemo blir i december i stora konferensrummet på våning fem."),
    ("sv", "Kan ni se till att Sten-brickorna i foajén städas innan kundbesöket?"),
    ("sv", "Jag kommer att bo i Malmö under konferensen, hotellet ligger nära Centralstationen."),
    ("sv", "Björn, varg och lo finns med i den nya naturappen från Naturvårdsverket."),
    ("sv", "Rosa knappar i designsystemet ska bytas mot grå enligt Figma-filen."),
    ("sv", "Hann du klara testerna före fredag? Annars flyttar vi releasen till januari."),
    ("sv", "Per månad kostar Pro-planen 99 kr, per år 990 kr inklusive moms."),
    ("sv", "Uppdatering: Jenkins är ersatt av GitHub Actions och Sonar körs vid varje PR."),
    ("sv", "Vi migrerar från Jira till Linear efter påsk; Confluence behålls tills vidare."),
    ("sv", "Fakturor från Fortnox och Visma importeras varje natt klockan två."),
    ("sv", "Lördag och söndag är kundtjänst stängd; chatten öppnar igen måndag 08.00."),
    ("sv", "Beställ via Tradera eller Blocket, hämtning sker i Göteborg eller Uppsala."),
    ("sv", "Loggarna visar 502 från Cloudflare mellan 03.10 och 03.25 natten till onsdag."),
    ("sv", "Nya Volvo EX30 och Polestar 2 finns nu i bilpoolens bokningsapp."),
    ("sv", "Viktigt: BankID-inloggningen kräver version 7.3 eller senare från och med juni."),
    ("sv", "Lilja, ros och tulpan är nya ikoner i blomsterbutikens webbshop."),
    ("sv", "Skriv gärna en rad i #allmänt om du kommer på julbordet i Stockholm."),
    ("sv", "Supporten flyttar till Zendesk i augusti, Freshdesk stängs samtidigt."),
    ("sv", "Kalendern: Kristi himmelsfärds dag och nationaldagen är lediga dagar i år."),
    ("sv", "Spotify, Klarna och Mojang nämndes som förebilder på Techarenan i Stockholm."),
    ("sv", "Katalogen: Kallax hylla, Hemnes byrå och Strandmon fåtölj är slut i lager."),
    ("sv", "Vädret i Jokkmokk och Arjeplog gör att drönarleveranserna pausas till april."),
    ("en", "Release notes 3.8: Apple Pay support, faster search, and a new Android widget."),
    ("en", "Incident: AWS eu-north-1 latency spiked on Tuesday; all services recovered by noon."),
    ("en", "★★★★★ Works great with Chromecast and Sonos. Would love a Windows version."),
    ("en", "Mark as read, then archive: the new Gmail shortcuts save me hours every week."),
    ("en", "Will the Monday standup move to Slack Huddles or stay on Zoom?"),
    ("en", "Grant access to the staging bucket before Friday, please."),
    ("en", "Bill of materials for the Raspberry Pi kit is attached as a spreadsheet."),
    ("en", "Hope the hotfix lands before the holiday freeze in December."),
    ("en", "Ruby, Julia and Rust are the three languages in this quarter's internal workshop."),
    ("en", "Hugo builds the docs site; Netlify deploys it on every merge to main."),
    ("en", "Summer sale ends August 31: 30% off all annual Pro plans."),
    (
        "en",
        "Jenkins, Ansible and Terraform are deprecated in favour of the new platform team's stack.",
    ),
    (
        "en",
        "Frank feedback from the survey: onboarding is slow and the pricing page confuses people.",
    ),
    ("en", "The Golden Gate Bridge photo in our landing page hero is licensed from Unsplash."),
    ("en", "Rose gold and Midnight are the two new colours in the accessories store."),
    ("en", "Quarterly Business Review – Agenda, Risks and Next Steps"),
    ("en", "Sprint 42 retrospective: what went well, what didn't, and what we'll change."),
    ("en", "Shipped to Manchester and Leeds warehouses; Birmingham restocks next Wednesday."),
    ("en", "Grace period for failed payments is seven days, then the account is paused."),
    ("en", "The Chase and Wells Fargo integrations are in beta until the end of March."),
    ("mixed", "Release 2.1: ny onboarding, dark mode och bättre support för iPad."),
    ("mixed", "Deploy på fredag? No way, vi väntar till måndag enligt release-policyn."),
    ("mixed", "Sprint review på torsdag i Stora Salen, bring your laptops."),
    ("mixed", "Kolla dashboarden i Grafana, Kibana-loggarna är borta sedan uppgraderingen."),
    ("mixed", "Vi kör Kubernetes på GKE i Finland-regionen, backups går till S3."),
    ("mixed", "Feature freeze i november, code freeze i december, release i januari."),
    ("mixed", "Mötet med Ericsson och Telia flyttas till onsdag efter lunch."),
    ("mixed", "Appen finns på App Store och Google Play; Huawei AppGallery kommer senare."),
    ("mixed", "Bo nära kontoret? Vi betalar ut cykelbidrag from January."),
    ("mixed", "Max antal retries är fem, sen skickas jobbet till dead letter queue."),
    ("mixed", "Will vi hinna med pentesten innan audit i maj? Risk: hög."),
    ("mixed", "Alla tickets med label blocker prioriteras, not the nice-to-haves."),
    ("mixed", "Julfest i Göteborg, summer party i Stockholm – save the date!"),
    ("mixed", "Gratis frakt över 499 kr, free returns inom 30 dagar."),
    ("mixed", "Onsdag: all-hands i Kista, lunch från Foodora, livestream på Teams."),
    ("mixed", "Kundnöjdheten (NPS) steg till 61 efter att vi bytte till Intercom."),
    ("mixed", "Klara för launch? Checklistan i Notion säger att QA är done."),
    ("mixed", "Iris-scanning och Face ID stöds nu för inloggning i appen."),
    ("mixed", "Backlog grooming varannan tisdag, retro sista fredagen i månaden."),
    ("mixed", "Vi har flyttat supporten från Helsingborg till Lund, same phone hours."),
)

DAYS = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
}
MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
           "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}  # fmt: skip
