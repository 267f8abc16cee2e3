# ruff: noqa: E501
"""Templates of held-out FG (issue 15): newsrooms and journalism.

Tips from readers (forms, e-mails, text messages, voicemails), interview bookings, sources and
quotes, corrections, press releases, photo credits and captions, editors' planning notes and desk
chat, letters to the editor, freelance invoices and fee forms, court and research notes,
mastheads, family pages and obituaries: Swedish, English, and the two mixed as Swedes write at
work. Written from the writer's own knowledge of the genre.

Slots: `{FORM}`, `{FORM#n}` (the same person wherever `#n` comes again in the row) and
`{FORM:f}`/`{FORM:m}` (a woman, a man). Person forms are listed in `generate_fg.person_segments`; a
trailing `s` or `'` asks for a genitive, whose ending stays outside the value. Other slots are
filled in `generate_fg.filler`: addresses (`A`, `AL` over lines, `AF` with a flat, `AR`/`ARL`
rural, `ST` a street and number, `STN` a street alone (`STNU` a UK one), `a` in lower case, `BOX`, `AU`/`AUL`/`au`
UK, `AUS`/`AUSL` US, `AX`/`AXL` Europe), phones (`PH`, `PHM` mobile, `PHL` landline, `PHF` a
firm's, `PHX` abroad, `POL` the police's 114 14), `EF` a desk's e-mail, `PNR`/`PNR12`/`PNR10`/
`PNRC` personnummer (`PNRC` past a hundred), and look-alikes that are no value (dates, times,
amounts, case, article, org and account numbers, towns alone).

NEGATIVES are rows without any value, each used once.
"""

from __future__ import annotations

MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}  # fmt: skip
DAYS = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}  # fmt: skip
DESKS = {
    "sv": ("tips", "nyheter", "redaktionen", "insandare", "debatt", "foto", "bild", "kultur", "sport", "webb", "familj", "rattelser", "press", "info", "desken", "nattdesk"),
    "en": ("tips", "newsdesk", "letters", "corrections", "pictures", "press", "media", "features", "news", "readers.editor", "picturedesk", "press.office"),
}  # fmt: skip

SV = (
    # tips from readers
    "Tips via formuläret på sajten\nNamn: {P#1}\nAdress: {A}\nTelefon: {PHM}\nE-post: {E#1}\nTips: Det har stått en övergiven husbil på {STN} i tre veckor och ingen från kommunen gör något. Vill helst vara anonym i texten.",
    "Från: {P#1} <{E#1}>\nTill: {EF}\nÄmne: Tips om bygget på {ST}\n\nHej!\nJag bor granne med bygget och de har jobbat med spontmaskinen efter kl 22 fyra kvällar i rad. Ring mig gärna på {PH}.\n\n/{G#1}",
    "hej! det brinner i en carport på {a}, räddningstjänsten har precis kommit. /{g}",
    "Sms till tipsnumret {DATE} kl {TIME}: ”Stor polisinsats vid {ST} just nu, minst fem bilar och en hundpatrull. Mvh {P}”",
    "Tips: Min granne {P} på {A} har kört sopor till skogen bakom huset i flera månader. Kan ni kolla? Ring {PH} / {G}",
    "Hej redaktionen! Jag är {AGE} år och har bott på {AR} i hela mitt liv. Nu vill kommunen lägga ner byskolan. Skriv om det!\n{P}\n{PH}",
    "Telefonsvararen {DAY} kl {TIME}: En man som presenterade sig som {P:m} ringde om de trasiga gatlyktorna på {STN}. Vill bli uppringd på {PHL}.",
    "Anonymt via tipsboxen: ”Lagerchefen {S} på terminalen vid {ST} låter folk jobba utan lön första månaden. Fråga {G} på kvällsskiftet.”",
    "Tips från läsare ({DATE}): {P#1:f} hör av sig om att {Gs#1} mamma {P:f} inte fått hemtjänst på nio dagar. Adress: {AF}. Nås på {PHM} efter 17.",
    "Sms: hej det är {g} från fotbollen. domaren i går, {p}, fick en flaska i huvudet efter matchen. polisen var där. ring {PHM} om ni vill veta mer",
    "Via Facebook-sidan: ”{p} jag såg också bilen!! den stod utanför {a} hela natten med motorn igång”",
    "Hej! Jag jobbar på äldreboendet på {ST} och vill berätta om bemanningen. Jag vill inte att min chef {P} får veta att det är jag. Mejla {E#1} hellre än att ringa.\n{G#1}",
    # interview bookings and sources
    "Intervju bokad: {P#1:f}, ordförande i hyresgästföreningen, {DAY} kl {TIME} hemma hos henne på {A}. Mobil: {PHM}. Fotograf: {G}.",
    "Bokning: {G} intervjuar professor {P} om klimatrapporten {DAY} {TIME}. Plats: institutionen, {A}. Presskontakt {P#2}, {PHF}, {E#2}.",
    "Hej {G#1}!\nTack för att du ställer upp. Vi ses {DAY} kl {TIME} på kaféet vid {STN}. Fotografen {P} tar några bilder efteråt. Om något händer når du mig på {PHM}.\n\nHälsningar\n{P#2}\nReporter, nyhetsredaktionen\n{E#2}",
    "Fotouppdrag {DATE} kl {TIME}: porträtt av {P} hemma på {AF}. Ring på porttelefonen, kod finns hos desken. Kontakt: {PHM}. Fotograf: {N}.",
    "Att ringa i dag:\n{R} – {PH}\n{R} – {PH}\n{R} (presssekreterare) – {PHF}\n{R} – saknar nummer, finns på {A}",
    "Källa: {P}, tidigare anställd på lagret, bor på {a}, vill vara anonym. Nås på {PHM} efter kl 18. OBS källskydd – namnet stannar hos {G} och mig.",
    "Anteckning från samtal {DATE}: {P#1} (boende på {ST}) uppger att hissen varit trasig i sex veckor. {G#1} har mejlat värden {P}, se bifogat. Ring tillbaka: {PH}",
    "Citat godkänt av {P#1} per sms {DATE} ({PHM}): ”Vi kommer att överklaga beslutet, det är helt klart.”",
    "– Vi fick ingen förvarning alls, säger {P#1}, {AGE}, som driver frisörsalongen på {STN}.\nEnligt {G#1} har kunderna redan börjat utebli.",
    "– Det luktade rök i hela trapphuset, säger {P#1:f}, som bor två våningar upp.\nHon väckte grannarna och ringde räddningstjänsten. {Ss#1} granne {P} bekräftar bilden.",
    "– Jag har ringt kommunen tolv gånger, säger {F}.\nKommunens presschef {P} säger att ärendet ({DNR}) är under utredning.",
    "Kommentar från presstjänsten: ”Vi kommenterar inte enskilda ärenden”, skriver {P}, presschef, i ett mejl till tidningen.",
    "Sms från källan ({G}), kl {TIME}: ”de flyttar akuten till {TOWN} i höst, beslut i styrelsen på tisdag”",
    "Förfrågan om medverkan i podden: {G}, vill du vara med i avsnittet om bostadsbristen? Inspelning {DAY} kl {TIME} i studion på {A}. Svara till {E#2} eller ring {P#2}, producent, {PHM}.",
    "Källförteckning:\n1) Intervju med {P}, {DATE}.\n2) Intervju med {M}, {DATE}.\n3) Protokoll kommunstyrelsen, {DNR}.\n4) Mejl från {I}.",
    "Intervjun med {P#1:m} flyttas till {DAY} kl {TIME}. Han har bytt nummer, nya är {PHM}. Adress för fotot: {ARL}",
    # research
    "Research: {P#1}, {PNR}, folkbokförd på {A} sedan 2019. Styrelseledamot i Norrfrakt AB (org.nr {ORG}). Gift med {P}.",
    "Bakgrund inför granskningen\nPerson: {U#1}\nPersonnummer: {PNR12}\nAdress enligt folkbokföringen: {AL}\nTelefon (hitta.se): {PHL}\nBolag: tre aktiebolag, se {DNR}.",
    "Kolla upp {P:m} ({PNR10}) – han ska äga fastigheten på {ST}. {G} har beställt handlingarna från Lantmäteriet.",
    # courts
    "Mål {MAL}, {TOWN}s tingsrätt\nTilltalad: {P#1:m}, {PNR}, {A}\nMålsägande: {P}\nOffentlig försvarare: advokat {P}\nÅklagare: kammaråklagare {P}\nOBS: publicera inte {Gs#1} adress.",
    "Dom meddelad {DATE}. {P#1:m}, {AGE}, döms till fängelse i två år. Enligt domen ska han betala {AMT} i skadestånd till {P}. {Ss#1} försvarare {P} säger att domen kommer att överklagas.",
    "Häktningsförhandling {DAY} kl {TIME}, sal 4, tingsrätten på {ST}. Den misstänkte: {P}, {PNR10}. Målsägandebiträde: advokat {P}, {PHF}.",
    # corrections
    "Rättelse: I gårdagens artikel om skolnedläggningen stod det att rektorn heter {P}. Rätt namn är {P}. Vi beklagar felet.",
    "RÄTTELSE {DATE}: Bildtexten på sidan {PAGE} angav fel namn. Kvinnan på bilden är {P:f}, inte {P:f}. Bilden är tagen av {P}.",
    "Rättelse: I en tidigare version stavades {Gs#1} efternamn fel. Rätt stavning är {P#1}. Artikeln är ändrad.",
    "Rättelse: I tisdagens tidning angavs fel telefonnummer till föreningen. Rätt nummer är {PH}. Kontaktperson är {P}.",
    "Korrigering {DATE} kl {TIME}: Adressen till den nya vårdcentralen är {A}, inte {ST} som vi först skrev. Ändrat av {G} på webbdesken.",
    # press releases
    "PRESSMEDDELANDE\n{DATE}\n\nNytt äldreboende invigs\n\nDen 1 juni inviger kommunen det nya äldreboendet på {A}, med 64 platser.\n\nFör mer information, kontakta:\n{P}, förvaltningschef, {PHL}\n{P#2}, kommunikatör, {PHM}, {E#2}",
    "Pressinbjudan: Välkommen till första spadtaget för den nya simhallen {DATE} kl {TIME}. Plats: {ST}. Kommunstyrelsens ordförande {P} och projektledare {P} finns på plats. Anmälan till {EF} senast dagen innan.",
    "Polisen söker vittnen efter rånet mot tobaksaffären på {STN} i {TOWN} natten till {DAY}. Den som har iakttagit något ombeds ringa polisen på {POL} och uppge diarienummer {DNR}. Presstalesperson: {P}.",
    "Presskontakt:\n{P#1}\n{PHM}\n{E#1}\n\nOm Åsbo Vatten AB: Bolaget ägs av kommunen och levererar dricksvatten till 48 000 invånare. Besöksadress: {A}.",
    "Pressmeddelande från Region Norr, {DATE}: Ny chefsläkare på akuten. {P#1:f} tillträder tjänsten {DATE}. Hon kommer närmast från universitetssjukhuset. Frågor: {P}, presschef, {PHF}.",
    # photo credits and captions
    "Brandmän på plats vid {ST} under tisdagskvällen. Foto: {P}",
    "På bilden från vänster: {P}, {P} och {P}. Foto: {P}/TT",
    "Bild: {P} | Grafik: {P}",
    "{P} jublar efter segermålet mot {TOWN}. FOTO: {U}",
    "Bildtext: {P} (t.v.) och grannen {P} visar var vattnet stod som högst utanför huset på {ST}. (Foto: {P})",
    "Bildförfrågan: Hej {G}! Vi vill gärna köpa din bild från olyckan på {STN} till webben. Arvode {AMT}. Skicka faktura till {EF} eller ring mig, {P}, bildredaktör, {PHL}.",
    "Fotograf {P#1} ({E#1}) har rättigheterna till bildserien från översvämningen. Fakturan ska till {BOX}.",
    # planning and desk chat
    "Planering {DAY}:\n– {G} tar KF-mötet (start {TIME})\n– {G} ringer {P} om rivningslovet för {A}, {PH}\n– foto: {S} åker till {AR} för reportaget om mjölkgården\n– webb: {Gi} bevakar {Ss} rättegång",
    "Redaktionsmöte {DAY} {TIME}\nNärvarande: {P}, {P}, {G}, {G} och {I}\nFrånvarande: {R}\n1. Kvällens sajt\n2. {G} följer upp tipset från {P} om vattenläckan på {STN}.",
    "@{g} kan du ringa {p:f}? nr {PHM}, hon vill prata om larmet på äldreboendet på {a}",
    "{g#2}: har du numret till {Gs#1} advokat?\n{g#3}: ja {p} {PHL}\n{g#2}: tack!",
    "{g} är du på plats vid {a}?\nja, står vid avspärrningen. polisen säger inget. pratade med en granne, {p:f}, hon såg allt",
    "@{G} och @{G}: bildspelet från demonstrationen behöver bildtexter före 16. Fotograf på alla bilder är {P}.",
    "Jour i helgen: webbredaktör {P}, nås på {PHM}. @{n} tar morgonen. Backup: {N} ({PHM}). Fotojour: {P}.",
    "Obs till desken: sportreportern heter {P#1} i bylinesystemet, inte {P}. {G} fixar {Gs#1} profil, hälsa {N}.",
    "{g#1}: vem tar presskonffen kl {TIME}?\n{g#2}: jag. adressen är {a} va?\n{g#1}: japp, plan 3",
    "Påminnelse från {G}: texten om {P} ska vara klar till kl {TIME}, {CHARS} tecken inkl. blanksteg. Faktarutan gör {N}.",
    # letters to the editor and debate
    "INSÄNDARE\nRubrik: Låt biblioteket vara kvar\nSignatur: Arg mormor\nUppgifter till redaktionen (publiceras ej): {P}, {AL}, tel {PH}",
    "Insändare: Tack till personalen på akuten som tog hand om min man i påskas.\n{P}, {TOWN}\n(Adress till redaktionen: {A})",
    "Till redaktionen\n\nJag vill protestera mot att busslinjen förbi {STN} läggs ner. Vi är många äldre som inte har bil.\n\nMed vänlig hälsning\n{P}\n{AL}\n{PH}",
    "Tack för din insändare, {G}! Vi publicerar den på {DAY} i papperstidningen och på webben. Vänliga hälsningar, {P#2}, debattredaktör, {E#2}",
    "Debatt: Gör skolvägen säker\n{P}, ordförande föräldraföreningen\n{P}, rektor\n{P}, trafikingenjör",
    "Replik till {P} om cykelbanorna på {STN}: Det är inte kommunens fel att vägen är smal. {P}, gatuchef",
    "Hej, jag heter {P#1} och jag vill att ni tar bort mitt namn ur artikeln om grannbråket på {ST}. Min adress syns också på bilden. Mitt personnummer är {PNR} om ni behöver kontrollera. Mvh {G#1}",
    # freelance, fees and press cards
    "Anmälan till Medieombudsmannen\nAnmälare: {P#1}\nPersonnummer: {PNR}\nAdress: {AL}\nTelefon: {PH}\nE-post: {E#1}\nAnmäld publicering: artikeln om {P}, publicerad {DATE}, sidan {PAGE}.",
    "FAKTURA {REF}\nFrilansjournalist {P#1}\n{AL}\nPersonnummer: {PNR}\nGodkänd för F-skatt\n\nAvser: reportage om vindkraftsbygget, {CHARS} tecken och tre bilder\nArvode: {AMT}\nBankgiro: {BG}\nE-post: {E#1}",
    "Underlag för arvode – medverkande\nNamn: {U#1}\nPersonnummer: {PNR12}\nAdress: {A}\nClearing- och kontonummer: {ACCT}\nMedverkan: krönika {DATE}",
    "Utbetalning frilans {DATE}:\n{R}, {PNR10}, {AMT}\n{R}, {PNR10}, {AMT}\n{R}, {PNR10}, {AMT}",
    "Ansökan om presslegitimation\nEfternamn: {SU#1}\nFörnamn: {GU#1}\nPersonnummer: {PNR}\nAdress: {A}\nMobil: {PHM}\nE-post: {E#1}\nRedaktion: nyhetsdesken",
    "Medverkandeavtal: {P#1}, {PNR12}, {AL}, upplåter rätten att publicera texten i tryck och digitalt. Ersättning {AMT}. Kontakt: {PHM}.",
    # mastheads and addresses
    "Chefredaktör och ansvarig utgivare: {P}\nRedaktionschef: {P}\nNyhetschef: {P}\nTipstelefon: {PHF}\nPostadress: {BOX}",
    "Besöksadress: {A}\nPostadress: {BOXL}\nVäxel: {PHF}\nE-post: {EF}",
    "Lokalredaktionen flyttar! Från {DATE} hittar du oss på {A}. Telefonnumret {PHL} behålls och {P} och {P} finns kvar på redaktionen.",
    "Tipsa oss! Ring {PHF}, sms:a {PHM} eller mejla {EF}. Du har alltid rätt att vara anonym. Eller besök oss på {A}. Nyhetschef {P} ansvarar för tipsen.",
    "Recensionsexemplar skickas till: Kulturredaktionen, att. {P}, {BOX}",
    "Adressändring prenumeration\n{P}\nc/o {P}\n{AL}\nGäller {DATE} till och med {DATE}. Kundnummer {REF}.",
    # family pages and obituaries
    "Familjesidan: {P#1:f} fyller 100 år {DATE}! Uppgiften lämnad av dottern {P:f}, {PHM}. Personnummer (för kontroll): {PNRC}. Uppvaktning undanbedes.",
    "Födda: Till {P:f} och {P:m} i {TOWN} en dotter, {G:f}, född {DATE}. Storebror {G:m} är överlycklig.",
    "Minnesord\n{F:f}, {TOWN}, har avlidit i en ålder av {OLD} år. Hon var under många år lärare vid byskolan. Närmast sörjer maken {G:m} och barnen {G} och {G} med familjer.\n{P}\n{P}",
    "Vår älskade\n{F}\nhar i dag lämnat oss i stor sorg och saknad.\n{TOWN} {DATE}\n{G}\n{G} och {G}\nBarnbarn",
    "Bröllop: {P:f} och {P:m} gifte sig i kyrkan {DATE}. Vigselförrättare var kyrkoherde {P}. Uppgifter lämnade av brudens far {P:m}, {PH}.",
    "Födelsedag: {P#1} fyller 50 år och firar med släkt och vänner. Bilden insänd av {Gs#1} syster {P#2:f}, {E#2}.",
    "Familjeuppgift för kontroll: {P}, {PNR}, {A}, tel {PH}. Lämnas inte ut.",
    "Hej {G}, tack för artikeln om min pappa {P}. Han hade blivit så glad. Hälsningar {P}",
    # local news with addresses
    "Fastighetsaffärer i veckan:\n{A} – {P} har sålt till {P} för {HOUSE}\n{A} – {R} har köpt av dödsboet efter {P}\n{AR} – {P} och {P} har köpt av {P}",
    "Bygglov beviljade: tillbyggnad av enbostadshus på {A}, sökande {P}. Nybyggnad av garage på {AR}, sökande {P}. Rivning av förråd på {ST}.",
    "Polisen: Inbrott i en villa på {ST} i {TOWN} under natten till {DAY}. Ägaren {P} upptäckte inbrottet på morgonen. Tips tas emot på {POL}.",
    "Trafikolycka i korsningen {STN}/{STN} strax efter kl {TIME}. En cyklist fördes till sjukhus. Vittnen kan kontakta polisen på {POL}.",
    "Brand i flerfamiljshus på {A}. Räddningstjänstens insatsledare {P} säger att branden startade i {Ps} lägenhet på tredje våningen.",
    "Ny restaurang öppnar på {A} {DATE}. Bakom satsningen står {P} och {P}, som tidigare drev kafé på {STN}. Bordsbokning: {PHL}.",
    "Kalendern: Föreläsning med {P} om släktforskning {DATE} kl {TIME} i församlingshemmet, {A}. Fri entré. Frågor: {PH}.",
    "Loppis på {ST} {DAY} kl 10–14. Arrangör: {P}, {PHM}. Parkering vid {STN}.",
    "Utebliven tidning! Prenumerant {P}, {AL}, kundnummer {REF}, har inte fått papperstidningen på tre dagar. Ring tillbaka på {PH}.",
    "Nya företag: Frisör Klippet, {A}, innehavare {P}, {PHL}. Städfirman Rent & Fint, {BOX}, kontakt {P}, {PHM}.",
    "Reportageidé: {P#1:f} har odlat tomater i {NUM} år på gården {ARL}. Hon säljer dem från en vagn vid vägen. Ring {PHL}.",
    "Vi söker vittnen! Såg du något vid {ST} i går kväll? Hör av dig till reportern {P}, {PHM}, eller mejla {EF}.",
    "Adress för leverans av recensionsböcker: {P}, {AF}. Porten har kod, ring {PHM} när du är utanför.",
    "Vägarbete: {STN} stängs mellan {ST} och {STN} i fyra veckor. Boende som {P} på {ST} oroar sig för sophämtningen.",
    # sport
    "Matchfakta: {S} 1–0 (23), {S} 1–1 (67), {S} 2–1 (89). Domare: {P}. Publik: 1 842.",
    "Sportdesken: ring {P}, tränare, {PHM}, efter matchen på arenan, {A}. Spelaren {Gi} är avstängd.",
)

EN = (
    "From: {P#1} <{E#1}>\nTo: {EF}\nSubject: Story tip\n\nHi,\nThe basement flats at {AU} have been flooded for a week and the landlord won't answer. I'm happy to talk: {PHX}.\n\n{G#1}",
    "Tip line voicemail, {DAYEN} {TIME}: caller gave her name as {P:f}, number {PHX}, says the primary school on {STNU} is closing early.",
    "{P#1:m}, {AGE}, of {AU}, pleaded guilty at magistrates' court to dangerous driving. Mr {S#1} was fined {GBP} and banned for a year.",
    "{P#1:f}, {AGE}, of {AUL}, denied the charge. Ms {S#1} will stand trial in the spring.",
    "CORRECTION: An article on {DATEEN} misspelled the name of the council's finance chief. She is {P:f}, not {P:f}. We regret the error.",
    "Corrections and clarifications: A caption on page {PAGE} ({DATEEN}) misidentified the man pictured as {P:m}. He is {P:m}.",
    "Photograph: {P}/PA",
    "{P}, left, and {P} outside the courthouse on {DAYEN}. (Photo: {P})",
    "FOR IMMEDIATE RELEASE\n{DATEEN}\n\nCity library reopens after two-year refit\n\nThe library at {AUS} reopens to the public next month.\n\nMedia contact: {P#1}, {PHX}, {E#1}",
    "Sir, your report on bin collections ({DATEEN}) was spot on. Our street has not seen a lorry since Easter.\n{P}\n{TOWN}",
    "Letters must include the writer's full name, address and a daytime telephone number.\nReceived: {P}, {AUL}, {PHX}",
    "Confirmed: {P#1:f} will do a 20-minute interview with {G} on {DAYEN} at {TIME} at her office, {AUS}. Her assistant {P} is on {PHX}.",
    "@{g} can you call {p} back? {PHX}. she says she has the documents",
    "Tuesday budget:\n- {G}: council meeting, 7pm\n- {G}: doorknock at {AU}\n- {G}: follow-up with {P} ({PHX})\n- Pics: {S}\n- Web: {Gi} on the live blog",
    "Editor's note: This story has been updated to remove the home address of {P}, which was published in error.",
    "{F:f}, a reporter at this newspaper for 31 years, died on {DATEEN} aged {OLD}. She is survived by her husband, {P:m}, and their daughters {G:f} and {G:f}.",
    "Source: {P#1}, former deputy at the county jail. Agreed to be named. Cell {PHX}; home {AUS}.",
    "Dear {G},\nI enjoyed your piece on the allotments. My late father, {P}, kept one there for forty years.\nKind regards,\n{P}\n{AUL}",
    "INVOICE {REF}\n{P#1}\n{AUL}\n{E#1} | {PHX}\n\nTo: Features desk\nFor: 1,800-word feature, {DATEEN}\nFee: {GBP}",
    "By {P} and {M}",
    "{P':f} lawyer, {P}, said her client would appeal.",
    "Freedom of information request from {P#1}, {AU}. Please reply to {E#1} within 20 working days.",
    "Fixer: {P} ({PHX}); driver {G} on {PHX}. Hotel address: {AX}.",
    '"We had no warning at all," said {P:f}, a spokeswoman for the fire service, at the scene on {STNU}. Her colleague {P} added that crews had been on scene within minutes.',
    "Send review copies to:\n{P}\nArts Desk\n{AUSL}",
    "Pls ring {N} on {PHX} re the Sunday piece – {G}",
    "I am writing to complain about your article of {DATEEN}. My name is {P#1} and I live at {AU}. The photograph showed my front door and house number. Please contact me on {PHX} or {E#1}.",
    "Meet at {AU} at 8am. Crew list for the shoot: reporter {P} ({PHX}), camera {P}, sound {I}, producer {P#1} ({E#1})",
    "ok so {g} talked to the landlord, he lives at {au}. want me to doorstep him?",
    "Hi {G}, this is {P#2} from the newsdesk – are you free for a quick chat about the planning row? Call me on {PHX}. Thanks! {E#2}",
    "Death notice: {U}, {OLD}, of {AU}, peacefully at home. Funeral at the parish church on {DAYEN}. Enquiries to {P}, {PHX}.",
    "Byline check: the piece on the hospital strike goes out under {P}, with additional reporting by {P} in {TOWN} and {I}.",
    "Readers' editor: {P}, {AUL}. Email {EF}, phone {PHX}.",
    'Quote approved by {P#1} by text ({PHX}), {DATEEN}: "We will not be commenting further."',
    "The Sunday desk: {P}, {P} and {N}. Night editor {P} can be reached on {PHX}.",
    "{G'} mother, {P:f}, told the paper she had not heard from the council since March.",
    "Interview request\nName: {P#1}\nOutlet: freelance\nAddress: {AUL}\nPhone: {PHX}\nEmail: {E#1}\nTopic: the Nordic model of press subsidies\nRequested: {P}, minister's press secretary",
    "Accreditation list ({DATEEN}):\n{P#1} – {E#1}\n{P#2} – {E#2}\n{P#3} – {EF}",
    "Please credit: Photo by {P} for the Observer. Model release signed by {P#1}, {AUL}.",
    "Hi {G} – thanks for the tip about the care home on {AU}. Could you send me the letter from {P}? My direct line is {PHX}. Best, {P#3}, {E#3}",
    "Swedish accreditation form (press, English version)\nFull name: {P}\nSwedish personal identity number: {PNR12}\nAddress in Sweden: {A}\nMobile: {PHM}\nOutlet: freelance",
    "The story quoted {S'} assistant coach {P}, and two players, {P} and {P}. Match photos: {Gi}.",
    "Correction ({DATEEN}): The number for the helpline in yesterday's story was wrong. The right number is {PHX}. Our thanks to {P}, who pointed it out.",
    "{P:f}, 47, a teacher from {TOWN}, said she had written to her MP, {P}, three times.",
    "Hey {n}, {p} from the picture desk here. the shots from {au} are in the shared folder",
    "Stringer in Nairobi: {P#1}, {PHX}. Pays by wire; invoices via {E#1}.",
    "Planning applications:\n{AU} – single-storey rear extension (applicant: {P})\n{AU} – loft conversion ({P})\n{au} – change of use to a café ({P})",
    "Property transfers: {AUS}, {P} to {P}, {HOUSEUS}; {AUS}, {P} and {P} to {R}, {HOUSEUS}.",
    "Police log, {DAYEN}: {TIME}, theft from {P'} car on {AUS}, reported by a neighbor, {P}. {TIME}, noise complaint at {AUS}.",
    "What's on: a talk by local historian {P} at the library, {AU} (box office {PHX}), on {DAYEN} at 7pm. Tickets from {P} on {PHX}.",
    "Court list, {DATEEN}:\n{P}, {AGE}, of {AU} – theft\n{P}, {AGE}, of {AU} – criminal damage\n{P}, {AGE}, of {au} – assault",
    "New address for the Midlands bureau from {DATEEN}: {AUL}. Bureau chief {P}, {PHX}.",
    "Fire crews were called to a house on {STNU} at {TIME}. The owner, {P:m}, said he had been woken by the alarm.",
    "Please send the signed contract to {P}, Legal, {AUSL}, or scan it to {EF}.",
    "{P#1:m}\n{AUL}\n\nRe: your letter\nDear Mr {S#1},\nThank you for writing. We have passed your complaint to the managing editor, {P}.\nYours sincerely,\n{P}\nReaders' editor",
)

MIXED = (
    "@{g} kan du ta the interview med {P:f} imorgon? hon är free 10–12, ring {PHM}. Adressen: {A}",
    "Deadline för featuren är 16.00. {G} is on it, {G} gör bilderna at {AR}. Källa: {P}, {PHX}.",
    "Från: {P#1} <{E#1}>\nSubject: Re: intervjuförfrågan\n\nHi! Sure, I can do {DAYEN} at {TIME}. Min adress är {A}, porten på baksidan. /{G#1}",
    "Correspondent i UK: {P}, {PHX}, {AU}. Backup: {G} på utrikesdesken.",
    "Photo credit: {P}/TT. Bildtext: {P}, ordförande, in front of the factory on {STN}.",
    "FYI: rättelsen om {P} är publicerad, the online version is fixed too. /{G}",
    "Pitch från frilansaren {P#1} ({E#1}): story om hyresvärdar i {TOWN}. Arvode {AMT}. Pnr för utbetalning: {PNR}.",
    "Planning notes: {G} tar rättegången ({MAL}), tilltalad {P}, {PNR10}, bor på {A}. {G} checks socials.",
    "Hej {N}! Quick q: har du kontaktuppgifter till {Ps} pressekreterare {P}? Jag har {PHM} men hen svarar inte.",
    "Press release (English version)\n... For further information please contact {P#1}, Head of Communications, {PHF}, {E#1}. Visiting address: {A}",
    "{g#1}: who's on nattdesk?\n{g#2}: {n} tills 01, sen {g}\n{g#1}: ok, tipset om {a} får vänta",
    "Meeting notes {DATE}: {P} (editor-in-chief), {P} (news), {G} (digital). Action: {G} ringer {P} ({PHM}) om the data leak.",
    "Interview confirmed with {P#1:m}, CEO of Nordvind AB. Han vill ses på kontoret: {A}. His PA {P} är på {PHF}.",
    "Foto: {P} for the Guardian. Användningsrätt till och med {DATE}; invoice to {EF}.",
    'Kan någon translate citatet från {P}? "Vi har gjort allt vi kan" → "We have done everything we can". Tack! /{G}',
    "Källa ({G}) says the board met {DAY} på kontoret, {A}. Ring {PHM} efter 18, inte på jobbet.",
    "Fixer: {P}, {PHX}. Hotellet: {AXL}",
    "Freelancer invoice\nName: {P#1}\nPersonnummer: {PNR12}\nAddress: {AL}\nE-mail: {E#1}\nArvode: {AMT}",
    "Hej! {P} från BBC vill intervjua {P:f} om valet, hemma hos henne på {ST}. Can someone set it up? Hennes nummer: {PHX}",
    'Tip från läsare (in English): "My neighbour {P} at {ST} has been renting out rooms illegally." Sender: {P}, {PHM}.',
    "Corrections log: {DATE} – stavning av {P} rättad (was {P}). Ansvarig: {Gi}.",
    "{g} are you at {a}?\nja, utanför entrén. {p} from the union just arrived",
    "@{G} the photos from the vigil are up. Credit {P} och {P}, please.",
    "Letters desk: en insändare från {P}, {AL}, about the bus lines. Publish {DAYEN}? Telefon för verifiering: {PH}.",
    "Tidningen söker a sub-editor! Skicka CV till {P#1}, {E#1}, eller ring {PHL}. Vi sitter på {A}.",
    "OBS källskydd: the whistleblower ({G}, {a}) får inte nämnas. Only {P} and {P} know the name.",
    "Press conference kl {TIME} på {A}. Speakers: {P} (polisen), {P} (kommunen). Live on the site, {N} skriver.",
    'Reminder: byline för the long read är "{P} och {P}". Foto: {P}/Scanpix.',
    "Pnr check för the court story: {P}, {PNR}. Bekräftat mot domen. Adress ej publiceras: {AF}.",
    "Hi {G}! Thanks för tipset. Kan vi ses {DAY} at {TIME}? I'll come to you: {ARL}? /{P}, reporter, {PHM}",
    "Editor's note / Redaktörens kommentar: en tidigare version angav att {P} bor i {TOWN}. Hen bor på annan ort.",
    'Sms från {G}: "läget på {a}? police everywhere"',
    "Ny stringer: {P#1}, {PHX}, {E#1}. Postadress: {AX}.",
    "Kontaktlista för valvakan\n{R} – {PHM}\n{R} – {PHM}\n{R} – {PHX}\nTech support: {PHF}",
    "Sources för the story: {P} (former employee), {P} (union rep, {PHM}), {M} (expert).",
    "{g#1}: har du pratat med {S:f} på kommunen?\n{g#2}: yes, she'll call back\n{g#1}: great, nr är {PHL} om hon inte gör det",
    "Hej {G#1:f}! We'd love to feature your bakery in the weekend magazine. Kan fotografen {P} komma {DAY} kl {TIME} till {A}? /{P#3}, {E#3}",
    "Accreditation för prisutdelningen: {P#1}, {PNR12}, {E#1}, {AL}. Photographer: {P#2}, {PNR12}.",
    'Anteckning: {P#1} (ex-VD, bor på {ST}) refused to comment, said "talk to my lawyer". {Ss#1} advokat {P}, {PHF}.',
    "New tip via SecureDrop: documents om {P}, kommunalråd. {G} and {G} are on it.",
    "Wire desk: {P}, {PHX}, {AXL}",
    "Daily plan\n09.00 morgonmöte\n10.30 {G} intervjuar {P} (zoom)\n14.00 foto med {P}, {AR}\n16.00 deadline web",
    "Vi har fått ett mejl från {P#1} ({E#1}) who claims the CEO lied. Verify med {P} på HR, {PHF}.",
    "Obit notes: {F}, born in {YEAR}, died i {TOWN}. Survived by {G} and {G}. Kontakt: {P}, {PH}.",
    "Podden: guest {P}, host {N}. Recording i studion på {A}, {DAY} {TIME}.",
    "Caption: {P:f}, 34, outside her home on {STN}. Photo: {P}",
    "Hej {G}, could you double-check the spelling of {P'} name? Jag tror det stavas med bindestreck. /{g}",
    "Utrikesdesken: our stringer {P} har flyttat, ny adress {AXL}. Same phone, {PHX}.",
    "Fastighetsaffärer this week: {A} sold to {P} för {HOUSE}; {AR} to {P}. Check the spelling with {G}.",
    "Hämtning av utrustning: {A}, ring {P} on {PHM} when you're outside. Return to {BOX}.",
    "Doorstep idea: {P:f} bor på {a}, but she's not answering. Try {PHM} again imorgon?",
    "Event: panel om pressfrihet, {DATE} kl {TIME}, {A}. Speakers: {P} (editor), {P} (researcher). RSVP {EF}.",
    'Tips (English): "There\'s been a water leak at {A} since Monday" – from {P}, {PHM}. {G} kollar.',
    "Courier pick-up: paket till {P}, {AUL}. Avsändare: {P}, {AL}.",
    "Reporter {P} is working from home this week, adress {AF}, if you need to send the laptop.",
    'Sent från {Gs} telefon: "kommer 10 min sent, interview at {a}"',
)

NEGATIVES = (
    (
        "sv",
        "Artikel-ID 8.4412907 publicerad 2027-03-14 kl 06.00, uppdaterad 09.42. Sidvisningar: 18 230. Snittid: 2 min 41 s.",
    ),
    (
        "sv",
        "Diarienummer KS 2027/412 och Dnr 3.1-2291/2027 gäller samma detaljplan. Beslut väntas i kommunfullmäktige den 22 april.",
    ),
    (
        "sv",
        "Mål nr B 4471-26 vid tingsrätten: huvudförhandlingen flyttas till vecka 19. Åklagarmyndigheten har inga kommentarer.",
    ),
    (
        "sv",
        "Tidningens upplaga var 41 200 exemplar i fjol, en minskning med 6,4 procent. Digitala prenumeranter: 28 950.",
    ),
    (
        "sv",
        "Texten är på 3 800 tecken inklusive blanksteg. Rubrik max 38 tecken, ingress 260. Deadline 16.30 för papperet.",
    ),
    (
        "sv",
        "Bildnummer TT-2027-0312-0044 till 0051. Licens: endast redaktionellt bruk, 24 månader, upplaga under 50 000.",
    ),
    (
        "sv",
        "Pressombudsmannen fällde 14 artiklar förra året. Mediernas Etiknämnd prövade 312 anmälningar, och Granskningsnämnden 1 092.",
    ),
    (
        "sv",
        "Kommunen satsar 48,5 miljoner kronor på nya gång- och cykelvägar mellan resecentrum och industriområdet.",
    ),
    (
        "sv",
        "Faktura 2027-0318, OCR 40511870092345, förfallodag 2027-04-30, belopp 12 480 kr. Org.nr 556677-8899. Bankgiro 5402-1187.",
    ),
    (
        "sv",
        "Väder: Mest sol, 14 grader, svag vind från sydväst. Pollenhalterna är höga för björk och al.",
    ),
    (
        "sv",
        "Björn och varg i länet: Länsstyrelsen räknade 41 björnar och 9 vargar i vinter. Viltförvaltare ansvarar för inventeringen.",
    ),
    (
        "sv",
        "Han bor i en trea med utsikt över ån och har tre katter. Per dag går han 10 000 steg, säger han.",
    ),
    (
        "sv",
        "Rosa och lila blommor, sten och ek i rabatterna: stadsträdgårdsmästaren vill ha mer ros och lind i parkerna.",
    ),
    (
        "sv",
        "Riksdagen röstade 176–173 för förslaget. Socialdemokraterna, Moderaterna och Sverigedemokraterna är största partierna.",
    ),
    (
        "sv",
        "Tryckfrihetsförordningen och yttrandefrihetsgrundlagen skyddar källorna. Efterforskningsförbudet gäller myndigheter.",
    ),
    (
        "sv",
        "Sändningen från Ekot börjar kl 12.30 och Rapport sänder extra kl 19.55. Aktuellt är inställt på grund av valvakan.",
    ),
    (
        "sv",
        "Vinnarna av Stora Journalistpriset presenteras i november. I år hålls galan på Cirkus på Djurgården, nära Skansen.",
    ),
    (
        "sv",
        "Sammanställning vecka 11: 214 tips via formuläret, 88 via sms, 41 via telefon och 9 brev. 17 blev artiklar.",
    ),
    (
        "sv",
        "Ärende 4471: läsaren klagar på att korsordet i lördags hade fel lösning på 12 vågrätt. Korrigeras i nästa nummer.",
    ),
    (
        "sv",
        "Nattsändningen av e-tidningen försenades 47 minuter på grund av serverfel hos tryckeriet i Västerås.",
    ),
    (
        "sv",
        "Axel och nacke värker efter en lång dag vid redigeringsbordet – ergonomen rekommenderar pauser var 45:e minut.",
    ),
    (
        "sv",
        "Klara, färdiga, gå: valvakan startar kl 20.00 i redaktionens studio. Hans ord i debatten väckte starka reaktioner.",
    ),
    (
        "sv",
        "Mark och vatten: Mark- och miljödomstolen avslog överklagandet om vindkraftparken med 28 verk på 220 meter.",
    ),
    (
        "sv",
        "Kvartalsrapport: intäkter 312 miljoner kronor, rörelseresultat 14,2 miljoner. Annonsintäkterna minskade med 9 procent.",
    ),
    (
        "sv",
        "Skolmaten vecka 12: måndag fiskgratäng, tisdag linsgryta, onsdag kycklinggryta med ris, torsdag ärtsoppa och pannkakor.",
    ),
    (
        "sv",
        "Länstrafiken ändrar tidtabellen från den 15 juni: linje 4 går var tionde minut i rusningstid, linje 21 läggs ned.",
    ),
    (
        "en",
        "Story ID 2027-0314-NEWS-0041 filed at 06:12, updated 09:40. Page views: 18,230. Average time on page: 2m 41s.",
    ),
    (
        "en",
        "The council's budget for 2027/28 is £48.5m, up 3.2 per cent. The vote is on 22 April at 7pm.",
    ),
    (
        "en",
        "Case number CR-2027-00412 has been adjourned until week 19. The Crown Prosecution Service declined to comment.",
    ),
    (
        "en",
        "Circulation fell 6.4 per cent to 41,200 copies a day; digital subscriptions rose to 28,950.",
    ),
    (
        "en",
        "Word count 1,800, standfirst 40 words, headline no more than 9 words. Copy to the subs by 4.30pm.",
    ),
    (
        "en",
        "Image reference PA-2027-0312-0044 to 0051. Licence: editorial use only, 24 months, print run under 50,000.",
    ),
    ("en", "IPSO upheld 14 complaints last year, and Ofcom received 1,092 about broadcast news."),
    (
        "en",
        "Will the mark of good journalism survive? Grace under pressure, hope and faith in facts, says the report.",
    ),
    (
        "en",
        "Rose gold, ivy green and heather purple are this season's colours, the fashion desk says. Summer starts in June.",
    ),
    (
        "en",
        "The baker, the miller and the mason all said prices had risen; the hunter said nothing at all.",
    ),
    (
        "en",
        "Invoice INV-20270318, payment terms 30 days, amount £1,248.00, VAT reg. GB 123 4567 89, sort code 40-11-87.",
    ),
    ("en", "Weather: sunny spells, high of 14C, light south-westerly winds. Pollen count high."),
    (
        "en",
        "The vote was 326 to 298. Labour, the Conservatives and the Liberal Democrats all claimed victory.",
    ),
    (
        "en",
        "Breaking: a magnitude 5.1 earthquake struck at 03:14 local time, 40 km off the coast. No injuries reported yet.",
    ),
    ("en", "Reader survey: 62% read the paper on their phone, 21% on a tablet and 17% in print."),
    (
        "en",
        "Bill of rights, frank discussion and a jack of all trades: the editorial board met on Tuesday at 10am.",
    ),
    (
        "en",
        "The Associated Press and Agence France-Presse moved the story at 14:02 GMT. The BBC followed at 14:20.",
    ),
    (
        "mixed",
        "Artikel-ID 8.5520118: headline A/B-test, variant B vann med 12% högre CTR. Publicerad 07.15, updated 08.02.",
    ),
    (
        "mixed",
        "Deadline för papperet är 17.30 today, web kan vänta till 19. Word count: 4 200 tecken max.",
    ),
    (
        "mixed",
        "Dnr 2027/118: the FOI request to Migrationsverket är beviljad. Handlingarna kommer om 5–7 working days.",
    ),
    (
        "mixed",
        "Budget för Q2: 1,2 MSEK for freelancers, 340 000 kr för foto. Approved av ledningsgruppen.",
    ),
    ("mixed", "Bildbyrån sent 48 images, we'll use 6. Licens: editorial only, 12 månader."),
    (
        "mixed",
        "Sidvisningar i går: 210 400. Top story: the storm in Norrland, 58 000 views. Snittid 1 min 52 s.",
    ),
    (
        "mixed",
        "Reminder: säkerhetsutbildning on Thursday kl 13–15 i konferensrummet. Obligatorisk för alla reporters.",
    ),
    (
        "mixed",
        "Valvakan: studio check kl 18, live från 20.00. Grafik för mandatfördelningen (349 mandat) is ready.",
    ),
    (
        "mixed",
        "Tryckeriet i Borås har problem med press 2, so the print run is delayed 40 min. E-tidningen går som vanligt.",
    ),
    (
        "mixed",
        "Kan vi skriva 'rosa' eller ska det vara pink in the English version? Style guide säger lower case för färger.",
    ),
    (
        "mixed",
        "Order 2027-0441 till Scanpix, 3 bilder à 1 200 kr. VAT ingår inte. Payment within 30 dagar.",
    ),
    ("mixed", "Björn the bear cub på Skansen – cute story för weekend, 600 tecken plus en bild."),
    (
        "mixed",
        "Pressombudsmannen's decision: artikeln fälls, we must publish the ruling inom två veckor.",
    ),
    ("mixed", "Match report: 2–1 efter förlängning, 8 432 åskådare. Next game Saturday kl 15.00."),
    (
        "mixed",
        "Serverstatus: CMS nere 03.12–03.58, root cause var en certifikatsuppdatering. No data lost.",
    ),
    ("mixed", "Klara? The newsletter går ut kl 06.00 med 84 000 subscribers, öppningsgrad 41 %."),
    (
        "mixed",
        "Per capita läser svenskar fler dagstidningar än norrmän? Check the source innan publicering, siffran 2,1 per 1 000 känns fel.",
    ),
)
