# ruff: noqa: E501
"""Templates for held-out DJ (issue 15): online communities and gaming.

Written by a helper who does not tune the detector, from the writer's own knowledge of how Swedes
write in Discord servers, game clans and guild rosters, forum threads and moderators' notes, Twitch
and YouTube chat, esports sign-ups and LAN parties, and trades between players. No other set's
templates were read.

Slots (filled by `generate_dj.py`): a person is `{FORM#n:g}`, `n` naming the same person again
and `g` (`f`/`m`) the gender. FORMS: P full name, p the same in lower case, U in capitals, F with a
middle name, G/g the given name (sometimes a short form), N/n a short form where the name has one,
S/s the surname, SU/GU surname/given name in capitals, I an initial and the surname, Gi the given
name and the surname's initial, R `Surname, Given`, RU `SURNAME, Given`, E the person's e-mail. A
trailing `s` asks for a Swedish genitive, a trailing `'` an English one (the ending is no part of
the value). Other slots: addresses (A, AL, AR, ARL, ST, STN, STTR, STL, a, stn, BOX, AU, AUL, au,
AUS, AUSL, aus, AX, AXL), phones (PH, PHF, PHX, PHUK, PHUS), personnummer (PNR, PNRC: past a
hundred), MAIL (a role's or a firm's address), and values that are none: handles, games, servers,
clans, teams, venues, shops, numbers of every sort, dates, times, amounts and towns.

NEGATIVES are rows with no value at all, each used once.
"""

from __future__ import annotations

# Values that are no personal data: the genre's look-alikes.
HANDLE_PARTS = (
    ("Dark", "Shadow", "Frost", "Snus", "Kebab", "Viking", "Pixel", "Toxic", "Night", "Ice", "Salty",
     "Crispy", "Lazy", "Turbo", "Glitch", "Captain", "Sir", "Lord", "Lil", "Big", "Mr", "Dr", "Angry",
     "Sneaky", "Sleepy", "Epic", "Mega", "Hyper", "Neon", "Void", "Zero", "Old", "Tiny", "Silent",
     "Fika", "Älg", "Kanel", "Mjölk", "Surströmming", "Norr", "Blixt", "Storm", "Is", "Kaos"),
    ("Slayer", "Sniper", "Wolf", "Panda", "Potato", "Gamer", "Knight", "Bear", "Fox", "Moose", "Troll",
     "Ninja", "Wizard", "Goose", "Nugget", "Boi", "Reaper", "Tank", "Healer", "Raven", "Ghost",
     "Bulle", "Monster", "Jägaren", "Pannkaka", "Korv", "Hund", "Kungen", "Drake", "Mumrik", "Toast",
     "Camper", "Rusher", "Lagger", "Spammer", "Fragger", "Noob", "Legend", "Pingvin", "Kraken"),
)  # fmt: skip
HANDLE_FIXED = (
    "xXDarkSlayerXx", "Snusmumriken97", "kebabmannen", "frostbite_", "NoScopeNisse", "älgkungen",
    "KanelbulleGG", "pannkaksPelle", "tr0llet", "l33tpotato", "zer0cool", "sk8erboi_", "MossyRock",
    "ProcrastinatorPro", "ctrl_alt_defeat", "Jaegermeister", "NotABot42", "BananaRama", "th3_gh0st",
    "fikafiend", "KaffeKoppen", "moderatorn", "Surkorv", "Stormvind", "lagmonster", "headshot_harry",
)  # fmt: skip
GAMES = ("Counter-Strike 2", "Minecraft", "Valorant", "Fortnite", "Rocket League", "League of Legends", "Dota 2", "World of Warcraft", "Elden Ring", "Apex Legends", "Overwatch 2", "Hearthstone", "Battlefield 2042", "Stardew Valley", "Valheim", "PUBG", "Roblox", "EA Sports FC", "Rainbow Six Siege", "Final Fantasy XIV", "Old School RuneScape", "Helldivers 2", "Baldur's Gate 3", "Terraria")  # fmt: skip
SERVERS = ("Nordic Frag", "Kaffe & Kontroller", "Svenska Valheimare", "Norrlands LAN-gäng", "Spelhålan", "The Moose Lodge", "Pixelkollektivet", "Fikapausen", "GG Göteborg", "Sthlm Speedrunners", "Retrohörnan", "Blocket för gamers")  # fmt: skip
CLANS = ("[NRD] Nordic Raiders", "<Blåbärsriddarna>", "Team Kanelbulle", "Vargflocken", "<Midnattssol>", "[SKG] Skogsgänget", "Iron Moose", "Ödemarkens Väktare", "<Late Night Heals>", "Frost Legion")  # fmt: skip
TEAMS = ("Kalmar Kraken", "Team Nordsken", "Umeå Uprising", "Lund Lynx", "Frostbite Esports", "Malmö Mayhem", "Gävle Gaming", "Jämtland Jaguars", "Red Dawn Academy", "Blixt Esport", "Team Älgen", "Örebro Owls")  # fmt: skip
LEAGUES = ("Sverok Esportligan", "Skolligan", "Nordic Challenger Cup", "Svenska Esportserien", "Tisdagscupen", "LAN-mästerskapen", "Norrlandscupen", "Community Cup #7")  # fmt: skip
LANNAMES = ("Vinter-LAN 2027", "Lanet i Lokalen", "NorrLAN", "Påsk-LAN", "Höstlovs-LAN", "KalmarLAN", "BärsLAN", "Sportlovs-LAN", "CrossLAN", "FritidsLAN")  # fmt: skip
CLUBS = ("Spelföreningen Tärningen", "Föreningen Pixel", "Datorföreningen Krets", "Esportföreningen Norrsken", "Rollspelsklubben Draken", "Brädspelsföreningen Kubben", "Föreningen Retrohörnan", "Elevföreningen Bit")  # fmt: skip
SHOPS = ("Inet", "Webhallen", "Komplett", "NetOnNet", "Elgiganten", "Razer", "SteelSeries", "Logitech G", "HyperX", "Corsair", "Dustin", "Proshop")  # fmt: skip
VENUES = ("Folkets hus", "fritidsgården Ungdomens hus", "Medborgarhuset", "Kulturhuset", "aulan på gymnasiet", "Elmia", "Fryshuset", "Stadsbiblioteket", "idrottshallen", "Sagateatern")  # fmt: skip
VENUES_EN = ("the community centre", "the student union", "Village Hall", "the Scout hut", "the rec center", "the Student Center", "the convention center", "St Mark's church hall")  # fmt: skip
RANKS = ("Gold Nova 2", "Silver Elite", "Diamond III", "Platinum 1", "Global Elite", "Grand Champion", "Immortal 2", "Master", "Plat 4", "Ascendant 1", "Champion II", "Bronze 3")  # fmt: skip
GPUS = ("RTX 4070", "RTX 3060 Ti", "RX 7800 XT", "RTX 4090", "RX 6700 XT", "GTX 1080", "RTX 3080", "Arc A770")  # fmt: skip
SKINS = ("AK-47 | Redline (Field-Tested)", "AWP | Asiimov (Battle-Scarred)", "M4A1-S | Hyper Beast", "Glock-18 | Water Elemental", "Karambit | Doppler", "USP-S | Kill Confirmed")  # fmt: skip
SV_TOWNS_PLAIN = ("Stockholm", "Göteborg", "Malmö", "Uppsala", "Umeå", "Luleå", "Jönköping", "Örebro", "Västerås", "Linköping", "Sundsvall", "Kiruna", "Visby", "Karlstad", "Lund", "Gävle", "Borås", "Skövde")  # fmt: skip
EN_TOWNS_PLAIN = ("Manchester", "Leeds", "Bristol", "Glasgow", "Cardiff", "Birmingham", "Austin", "Seattle", "Columbus", "Denver", "Toronto", "Dublin")  # fmt: skip
COUNTRIES = ("Finland", "Norge", "Danmark", "Polen", "Tyskland", "Estland", "Nederländerna", "Turkiet", "Spanien", "Irak")  # fmt: skip
COMMUNITY_DOMAINS = ("lanparty.example.se", "nordicfrag.example.com", "spelhalan.example.se", "guild.example.org", "esportligan.example.se", "tarningen.example.se", "example.net")  # fmt: skip
ROLES = ("info", "admin", "support", "lan", "styrelsen", "kassor", "modteam", "crew", "sponsor", "tournaments", "orders", "kontakt", "anmalan", "merch")  # fmt: skip

MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
}  # fmt: skip
DAYS = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}  # fmt: skip

SV = (
    # Discord: welcome messages, mentions, events, tickets
    "Välkommen till {SERVER}, @{g#1}! Läs #regler innan du skriver något. Frågor om roller tar {G}, hen är modd. Och @{G#2}, tack för att du bjöd in {G#1}!",
    "@everyone Turnering i {GAME} på {DAY} kl. {TIME}! Anmälan till {G} eller @{G} här i kanalen. Vi spelar hemma hos {Gs#1} föräldrar på {A}, {G#1} fixar pizza.",
    "Ticket #{NUM} öppnad av {HANDLE}\n{HANDLE}: Jag beställde en hoodie i merch-shoppen men den har inte kommit. Den skulle till {A}.\nStaff {G}: Paketet ligger hos ombudet, spårningsnummer {TRACK}. Det är adresserat till {P}, stämmer det?",
    "{HANDLE} (irl {P:m}) har lämnat servern. Om någon har hans nummer, {PH}, så ring och fråga om han vill ha tillbaka sin roll. Hans adress {A} står kvar i medlemslistan, ta bort den. /{G}",
    "Påminnelse: skriv aldrig ditt personnummer i chatten. {HANDLE} postade just {PNR} och sin adress {a} i #allmänt, vi har tagit bort det. Hör av dig till {G} i DM om du behöver hjälp med kontot.",
    "Ny i {SERVER}? Säg hej till våra moddar {P} ({HANDLE}) och {P} ({HANDLE}). Vid problem kan du också mejla {MAIL}.",
    "Röstkanalen är bokad {DAY} {TIME}–{TIME} för {Gs} stream. @{G} och @{g} är med som gäster.",
    # Moderators' notes and logs
    "Modlogg {DATE}: {HANDLE} varnad för spam i #köp-sälj. Användaren skrev att han heter {P:m} och bor på {A}, adressen togs bort ur kanalen. /{G} (mod)",
    "Moderatoranteckning: {HANDLE} postade {Ps#1} hemadress ({A}) och telefonnummer ({PH}) i #general. Inlägget raderat {DATE} kl. {TIME}, användaren bannad permanent. Anmält till Discord Trust & Safety, ärende {TICKET}. /{Gi}",
    "Hej {G#1}, vi har tittat på din överklagan. Bannet står kvar: du delade {Gs} personnummer ({PNR}) i en offentlig kanal. Du kan överklaga igen efter {DATE}.\nMvh modteamet genom {Gi}",
    "Modmöte {DATE}\nNärvarande: {P}, {Gi}, {HANDLE}\n1. {HANDLE} får tidsbegränsad avstängning (7 dagar).\n2. {G} kollar med {P} om vi kan låna lokalen på {A} till sommar-LAN:et.\n3. Nästa möte {DAY}.",
    "Anmälan om fusk: {HANDLE} ({P}) körde wallhack i match {MATCH}. Demo bifogad. Anmält av {G#2} ({E#2}).",
    "Till modteamet: {HANDLE} säger att han är {Gs} lillebror och skrev sitt nummer {PH} i chatten. Jag har raderat det. Kan {G} eller {G} ta kontakt med föräldrarna? /{N}",
    "Hej! Jag är {Gs#1:m} mamma, {P#2:f}. {G#1} har varit med i ert lag sedan i höstas. Kan ni ringa mig på {PH} innan turneringen i {TOWN}? Vi bor på {A} om ni behöver skicka papper. Hälsningar {G#2}",
    # Clans, guilds and rosters
    "Medlemslista {CLAN} (uppdaterad {DATE}):\n1. {R} – {HANDLE} – ledare\n2. {R} – {HANDLE}\n3. {R} – {HANDLE}\n4. {R} – {HANDLE} (avstängd till {DATE})",
    "Officersnotiser: {G} är ny raidledare från och med {DATE}. {G} flyttas till trial. {Gs} tankgear ligger i guildbanken. Nästa raid {DAY} {TIME}.",
    "Raid {DAY}: {G} (tank), {g} (heal), {Gi} (dps), {N} (dps). Reserv: {S}.",
    "Protokoll klanmöte {DATE}\nNärvarande: {P}, {G}, {Gi}, {P}\n§1 {G} väljs till ordförande.\n§2 Kassören redovisar kassan: {AMT}.\n§3 Nästa LAN hos {Gs} föräldrar, {AL}.",
    "Klanens kontaktlista (bara för officerare!)\n{P} – {PH} – {A}\n{P} – {PH} – {A}\n{Gi} – {PH}\n{P#1} – {E#1}",
    "{CLAN} söker nya medlemmar till {GAME}! Prata med {P} ({HANDLE}) eller {G}. Vi raidar {DAY} och {DAY} från {TIME} och träffas IRL varannan fredag på {ST}.",
    "Familjeservern i {GAME}: farfar {G:m} (som fyller {AGE}) har fått op. {Gs} barn {G} och {g} bygger vid spawn. Skicka frågor till {E}.",
    # Forums
    "Re: Vem hostar servern nu?\n\nServern står fortfarande hemma hos {G#1:m}, men han flyttar till {A} i augusti så den blir nere en helg. Snacka med {G#1} eller {Gi} om ni vill hjälpa till att bära.\n\n-- \n{HANDLE}",
    "Söker lag i {GAME}! Jag heter {G}, {AGE} år, spelar support, rank {RANK}. Bor i {TOWN}. Adda mig: {HANDLE} eller sms:a {PH}.",
    "Tråd: Vilken mus använder ni?\n\n{HANDLE} skrev:\n> Kör en gammal från {SHOP}, funkar fint.\n\nSamma här. Min bror {G} köpte en ny men den gick sönder efter en vecka. /{G}",
    "Jag är {AGE} och heter {P#1}, bor i {TOWN}. Någon som vill spela {GAME}?\n\nSvar från moderator {G}: Hej {G#1}! Skriv inte ut ditt efternamn här, vi har tagit bort det från tråden.",
    "Köper gamla Nintendo-spel, helst i kartong. Skickar frimärkt kuvert. {P}, {BOX}",
    "Säljer hela Pokémonsamlingen, ca 3 000 kort. Visning hemma hos mig på {STN}, ring {PH}. /{G}",
    "Forumregler uppdaterade {DATE} av {P} och {P}. Frågor om reglerna skickas till {MAIL}.",
    "Signatur:\n-- \n{F#1} | {HANDLE} | {TEAM}\n{AL}\n{PH} | {E#1}",
    # LAN parties
    "Anmälan {LANNAME}\nNamn: {F#1}\nPersonnummer: {PNR}\nAdress: {A}\nMobil: {PH}\nE-post: {E#1}\nNick: {HANDLE}\nPlats: {SEAT}\nMålsman (under 18): {P}, {PH}",
    "Info inför {LANNAME}: insläpp {DAY} kl. {TIME} i {VENUE}, {A}. Ta med egen nätverkskabel (minst 5 m) och förlängningssladd. Frågor till {P} på {PH} eller {MAIL}.",
    "Målsmans medgivande\nJag, {F#1}, personnummer {PNR}, godkänner att mitt barn {P#2}, personnummer {PNR}, deltar i {LANNAME} och övernattar i lokalen.\nAdress: {AL}\nTelefon under helgen: {PH}\nUnderskrift: {P#1}",
    "Crewschema {LANNAME}\nFre {TIME}–{TIME}: {G} och {G} (insläpp)\nLör natt: {P} (nattvakt)\nSjukvård: {P}, {PH}\nHuvudansvarig: {P}, {PH}\nLokal: {VENUE}, {A}",
    "Hittegods från {LANNAME}: en svart mus, en laddare och en hoodie med namnet {GU} på ryggen. Hör av dig till crew-bordet, ring {G} på {PH} eller hämta på {A}.",
    "Till boende på {STN}: Vi har LAN i föreningslokalen på {STL} från fredag kväll. Det kan bli sent. Ansvarig: {P}, {PH}.",
    "Vi kör brädspelskväll hos {G} på lördag, {STTR}, portkod {CODE}. Ta med snacks. Ring {PH} om ni inte kommer in.",
    "LAN-plats {SEAT} är bokad åt {P} och plats {SEAT} åt {P}. Betalning via Swish till föreningen {SWISHF}, märk med namn. Insläpp vid entrén mot {STN}.",
    "Hyresavtal gamingdator\nHyresgäst: {F#1}, {PNR}\n{AL}\nTel: {PH}\nHyrtid: {DATE}–{DATE}\nHyresvärd: {P}, {CLUB}",
    "Avtal om lokalhyra mellan {CLUB} (org.nr {ORGNR}) och {P}, {A}. Hyra {AMT}. Kontaktperson för föreningen: {P}, {PH}.",
    # Associations (Sverok): registers, invoices, boards
    "Medlemsregister {CLUB} {YEAR} (exporterat från eBas, skickas inte vidare)\n{RU#1};{PNR};{A};{PH};{E#1}\n{RU#2};{PNR};{A};{PH}\n{RU#3};{PNR};{AR};{PH};{E#3}",
    "Utdrag ur medlemsregistret, {CLUB}:\n{RU}, {PNRC}, {A}\n{RU}, {PNR}, {A}\n{RU}, {PNR}, {ARL}",
    "Faktura {REF} från {CLUB}\nTill: {P}\n{AL}\n\nMedlemsavgift {YEAR}: {AMT}. Betala till bankgiro {BG} senast {DATE}, ange OCR {OCR}. Frågor: kassören {P}, {PH}.",
    "Styrelsen {YEAR}\nOrdförande: {F}, {PH}\nKassör: {P}, {PH}\nSekreterare: {P#1}, {E#1}\nLedamot: {P}\nSuppleant: {Gi}",
    "Ny adress för föreningens post från {DATE}: {CLUB}, c/o {P}, {A}.",
    "Kallelse till årsmöte i {CLUB} {DAY} kl. {TIME} i {VENUE}. Motioner skickas till sekreteraren {P}, {AL}, senast {DATE}.",
    "Bidragsansökan: {CLUB} har {NUM} medlemmar, de flesta under 25. Kontaktperson {P#1}, {PH}, {E#1}. Föreningens adress: {BOX}.",
    # Esports
    "Laganmälan {LEAGUE}\nLagnamn: {TEAM}\nKapten: {F#1} ({HANDLE}), {PNR}, {PH}, {E#1}\nSpelare: {P} ({HANDLE}), {P} ({HANDLE}), {P} ({HANDLE})\nReserv: {HANDLE}",
    "Resultat {LEAGUE} omgång {NUM}: {TEAM} vann mot {TEAM} med {SCORE}. MVP: {HANDLE} ({P}). Domare: {P}.",
    "Ålderskontroll inför 18+-klassen i {LEAGUE}: {F}, personnummer {PNR}, {A}. Kontrollerad av {G} {DATE}.",
    "Utbetalning prispengar {LEAGUE}: {F}, {A}, personnummer {PNR}, belopp {AMT}, till konto {BANKACC}. Kontrolluppgift lämnas till Skatteverket. Attesterat av {P}.",
    "Esportlinjen åk 2: föräldramöte {DATE} kl. {TIME}. Lärare {P#1} ({E#1}). Adress: {A}.",
    "Tränarens anteckningar: {G} behöver jobba på kommunikationen, {Gi} är stabil på AWP. {N:m} saknades på träningen, ring hans pappa {P:m} på {PH}.",
    "I veckans avsnitt gästas vi av {P}, som spelat proffs i {GAME} sedan {YEAR}, och {Gs} gamla lagkamrat {P}. Fanpost skickas till {BOX}.",
    "Vår nya spelare {P#1:m} kommer från {COUNTRY}. Nå honom på {PHX} eller {E#1}. Hans adress: {AX}.",
    # Twitch and YouTube
    "[{TIME}] {HANDLE}: hej {g#1}!!\n[{TIME}] {HANDLE}: {g#1} du glömde stänga av micken lol\n[{TIME}] {HANDLE}: hälsa {g} från hela chatten",
    "Twitch-giveaway: vinnaren {HANDLE} har fått sitt pris. Tack {P} på {SHOP} för sponsringen och {G} för att du höll i lottningen! (Priset skickades till {A}.)",
    "Grattis {HANDLE} som vann lottningen! Vi behöver namn och adress för att skicka headsetet.\n\nSvar: {P}\n{AL}\ntel {PH}",
    "{P} du är bäst!! hälsningar från {TOWN}. kan du göra en video om {GAME} med {G}?",
    "Streamschema: {DAY} kör {G} {GAME}, {DAY} är det {Gs} tur. Samarbeten: mejla {MAIL} eller ring {PHF}. Fanpost till {BOX}.",
    "Fanpost till {G#1}: {G#1}, c/o {P}, {AL}",
    "Vinnare i utlottningen:\n1. {P}, {TOWN}\n2. {Gi}, {TOWN}\n3. {P}, {TOWN}\nPriserna skickas till adresserna ni angav.",
    # Trades between players
    "Säljer mitt {GPU}, köpt på {SHOP}, kvitto finns. {AMT} eller bud. Kan mötas i {TOWN} eller skicka spårbart. Swisha till {PH} ({P}). Hämtas annars på {A}.",
    "tja! tar kortet. skicka till {p}, {a}. mitt nr är {PH} om postnord strular",
    "{HANDLE}: har du kvar ps5an?\n{HANDLE}: ja 3500\n{HANDLE}: deal, kan du posta till {a}\n{HANDLE}: japp, vad ska det stå på paketet\n{HANDLE}: {p}",
    "Byter {SKIN} mot din kniv. Trade-länk i DM. Vill du hellre ha pengar: swish {PH}. /{P}",
    "Leveransadress: {P}\n{AL}\nTelefon för avisering: {PH}\nOrdernummer: {ORDER}",
    "Jag skickar min gamla skärm till {P}, {AR}. {G} skickar tangentbordet till mig på {A}.",
    "Köp/sälj-regel: möts på offentlig plats. {HANDLE} och {HANDLE} bytte på {STN} utanför {SHOP}, och det gick bra. Varning för {HANDLE} (säger att han heter {P:m}), han har lurat tre personer.",
    "tjena {g}, kan vi mötas utanför Webhallen i {TOWN} istället? annars kan jag komma till {a}",
    # Chats in lower case
    "{g}: någon som kör ranked ikväll?\n{g#1}: ja efter 21\n{g}: @{g#1} du lovade att carry:a mig förra veckan\n{g#1}: haha lugn",
    "{g#1}: vart är lanet\n{g#2}: hos mig, {a}\n{g#1}: ok ses 18\n{g}: kan {n} följa med?",
    "{g}: flanka vänster\n{g}: nej vänta på {n}\n{Gi}: jag är död",
    "{g}: mitt nya nummer {PH}, spara\n{g}: nice. skickar {gs} adress sen\n{g}: {a}",
    "ring mig {PH} /{g}",
    # Various: parents, cafés, youth centres, cosplay, rentals
    "Bokning {REF}: {P#1}, {NUM} platser på gamingcaféet {DAY} kl. {TIME}. Bekräftelse skickad till {E#1}. Tel {PH}. Caféet ligger på {A}.",
    "Fritidsgården {VENUE}: ledarna {P} och {P} har hand om spelkvällen {DAY} på {ST}. Anhöriga når oss på {PH} eller {PHF}.",
    "Cosplaygruppen träffas i {VENUE} {DAY}. Symaskiner lånas av {P} på {ST}, {PH}. Frågor: {E}.",
    "Hej det är {G} från klanen, har bytt nummer till {PH}. Spara! Och {Gs#1} nya mejl är {E#1}. Har flyttat till {A} också.",
    "Min pappa {G:m} spelar också, han heter {HANDLE} i spelet haha. Mamma {G:f} vägrar.",
    "Tack till våra supporters: {P}, {Gi}, {N}, {HANDLE} och {HANDLE}!",
    "Inbjudan till skolans spelturnering skickas hem till {Gs} och {Gs} föräldrar, {A} och {A}.",
    "Retrospelsmässa i {TOWN} {DATE}! Säljbord bokas hos {P} ({PH}). Bordshyra {AMT}. Lokal: {VENUE}, {A}.",
    "Kontaktuppgifter ändrade för kontot {HANDLE}:\nNamn: {U#1}\nPersonnummer: {PNR}\nAdress: {A}\nTelefon: {PH}\nE-post: {E#1}",
    "Efternamn: {SU#1}\nFörnamn: {GU#1}\nPersonnummer: {PNR}\nAdress: {A}\nTelefon: {PH}\nLag: {TEAM}",
    "Paketet med tröjorna ska till {Gs} kusin i England: {P}, {AUL}. Och ett till {Gi} i Tyskland: {AX}.",
    "Avgående sekreterare {P} lämnar över nycklar och pärmar till {P} {DATE}. Ny postadress: {BOX}.",
    "Kassarapport {CLUB}: {P} har betalat, {P} har inte betalat ({AMT}), {S} lovar att swisha {DAY} till {PH}. Frågor till {E}.",
    "Skadeanmälan, LAN-lokalen: {G} och {G} välte en skärm på plats {SEAT}. Skärmen tillhör {P}, {A}, tel {PH}.",
    "Hejsan {G}! Din beställning {ORDER} från merch-shoppen skickas till {STL} i morgon. Har du frågor, svara på det här mejlet eller ring {PHF}.",
    "Vi har flyttat! {SERVER}s IRL-träffar är nu på {ST} i {TOWN}. Hälsa på hos {P} i baren.",
    "{P} ({AGE}) från {TOWN} vann årets speedrun-tävling. Prisutdelare var {P} från {CLUB}.",
    "Gamla medlemmar, kom ihåg {G#1:f}? {P#1} som alltid hade med sig kanelbullar till LAN:en. Hon bor numera på {AR} och hälsar till alla!",
    "Adressändring\nGammal adress: {A}\nNy adress: {AL}\nGäller från {DATE}. Medlem: {P}, {PNR}, {PH}",
    "Utskick av klantröjor:\n{P}, {A}\n{P}, {A}\n{P}, {AR}\n{Gi}, {BOX}",
    "Returadress: {CLUB}, {BOX}\nMottagare: {P}\n{AL}",
    "Samling för cosplay-fotningen vid {STN}, sedan går vi vidare till {ST}. {G} har kameran.",
    "lan hos mig! {a}. parkering på {stn}. ring {PH} om porten är låst /{g}",
    "Vägbeskrivning till LAN:et: ta bussen till {STN}, gå förbi {STN} och in på {ST}. Lokalen heter {VENUE}. Vilse? Ring {G} på {PH}.",
    "Reklamation: Jag, {P}, köpte ett {GPU} av {HANDLE} för {AMT}. Kortet var trasigt. Säljaren heter enligt Swish {P} och har nummer {PH}. Min adress: {AL}",
)

EN = (
    "Mod log {DATEEN}: warned {HANDLE} for posting {P'#1} phone number ({PHX}) and address ({AU}) in #lfg. Message deleted, 24h timeout. – {G}",
    "Team registration – {LEAGUE}\nTeam: {TEAM}\nCaptain: {P#1} ({HANDLE})\nEmail: {E#1}\nPhone: {PHUK}\nPlayers: {P}, {P}, {Gi}",
    "Congrats {HANDLE}! To ship your prize we need your full name, address and phone.\n> {P}\n> {AUL}\n> {PHUK}",
    "WTS: {GPU}, barely used. $450 shipped or local pickup at {AUS}. Text {PHUS}, ask for {N}.",
    "Raid roster for {DAYEN}: tank {G}; healers {g} and {Gi}; dps {N}, {G} and {S}.",
    "[{TIMEEN}] {HANDLE}: yo {g#1} you're muted\n[{TIMEEN}] {HANDLE}: {g#1} say hi to my mom lol\n[{TIMEEN}] {HANDLE}: gg {g}",
    "From: {P#1} <{E#1}>\nTo: {MAIL}\nSubject: Ban appeal\n\nHi, I was banned from {SERVER} on {DATEEN}. I think it was my brother {G} using my account. You can reach me at {PHX}.\n\nThanks,\n{G#1}",
    "u/{HANDLE} doxxed {P} (posted a home address: {AU}). Removed, permabanned, reported to the admins. — {G}",
    "LAN at {VENUEEN}, {AU}. Doors 10am {DAYEN}. Bring your own chair. Any questions ping @{G} or call {PHUK}.",
    "BYOC LAN this {DAYEN} at my place, {AUS}. Parking on the street. {P} is bringing the switch. Text me at {PHUS}. - {G}",
    "Guild application\nCharacter: {HANDLE}\nReal name (optional): {G}\nAge: {AGE}\nTimezone: GMT\nReferred by: {P}\nShipping address for guild merch (optional): {AUS}",
    'Player agreement between {TEAM} and {F#1} ("Player") of {AUL}. Signed {DATEEN} by {P#1} and by {P} for the club.',
    "Badge pickup list: {R}, {R}, {RU}.",
    "Huge thanks to {P}, {Gi} and {HANDLE} for the donations! And shoutout to {G'} mum for the cookies.",
    "Hi {G},\n\nI'm {P#1}, partnerships manager at {SHOP}. We'd love to send you a keyboard. Could you share a shipping address? Our office is {AUS} if you'd rather pick it up.\n\nBest,\n{G#1}\n{PHUS}\n{E#1}",
    "Hello, this is {P:f}, {G'#1:m} mom. {G#1} is 14 and I do not consent to him playing in the 18+ bracket. Please call me at {PHX}.",
    "Re: Server migration\nThe box is moving out of {P'} basement to a proper host. Hardware donations can go to {AUL}. Questions to {G} on Discord.",
    "{HANDLE}: still got the headset?\n{HANDLE}: yeah 60 quid\n{HANDLE}: send to {au}\n{HANDLE}: name for the parcel?\n{HANDLE}: {p}",
    "Results, week {NUM}: {TEAM} 2–1 {TEAM}. Player of the match: {P} ({HANDLE}). Caster: {P}.",
    "Mod team: {P} (head mod), {G}, {Gi}. Emergencies: {PHUK} or {MAIL}.",
    "@{G} this video saved my run lol\n@{g} where did you get that keyboard\n— {P}",
    "Marathon schedule: {P} runs {GAME} at {TIMEEN}; {P} and {Gi} do co-op at {TIMEEN}. Venue: {VENUEEN}, {AU}.",
    "Nordic LAN tour: next stop {AX}. Local contact {P}, {PHX}.",
    "Backer rewards: please confirm your shipping address by {DATEEN}. On file: {P}, {AUL}.",
    "{g}: who's hosting tonight\n{g#1}: me, {aus}\n{g}: bet, bringing snacks\n{g#1}: text {PHUS} when you're outside",
    "--\n{P#1}\nCommunity Manager, {SHOP}\n{AUL}\n{PHUK} | {E#1}",
    "Referee report: {P} (ref). Player {P} ({HANDLE}) received a warning for toxic chat; coach {S} was informed.",
    "Our player {P:f} lives in Sweden, at {A}; please use that for the jersey. Her number is {PH}.",
    "Carpool to the regional: {G} {PHUS}, {G} {PHUS}, {Gi} {PHUS}. Meet at {AUS}.",
    "lol {g} rage quit again. someone tell {n} to stop feeding",
    "Parents' group chat\n{P}: is anyone driving to {TOWNEN} on {DAYEN}?\n{G}: I can take two, we're at {AUS}.\n{P}: thank you!! my number is {PHUS}",
    "Subject: Data deletion request\n\nPlease delete all data for the account {HANDLE}, registered to {P#1}, {E#1}, {PHX}. Postal address:\n{AUL}\n\n{P#1}",
    "ID check for the Swedish qualifier: {F}, personal identity number {PNR}, {A}, verified by {G} on {DATEEN}.",
    "{G} is moving to {AX} next month, so expect ping issues lol. {G'} new number is {PHX}.",
    "Welcome @{G} and @{g} to the server! Grab your roles in #roles and say hi to {N}.",
    "Found at the LAN: a grey hoodie with {U} printed on the back. DM {G}, text {PHUK} or email {MAIL}.",
    "Raffle winners:\n1. {P}, {TOWNEN}\n2. {Gi}, {TOWNEN}\n3. {P}\nPrizes ship to the address on your ticket.",
    "Reported user {HANDLE} claims to be {P:m} from {TOWNEN} and posted {PHX} asking people to text him. Flagged by {G}.",
    "Playtest NDA signed by {F}, {AUS}, on {DATEEN}. Witness: {P}.",
    "Fan mail can go to {G#1} c/o {P}, {AUL}",
    "Team house: {AUS}. Landlord: Mr {S:m}, {PHUS}. Rent goes to {G} by the 1st.",
    "From: {P#1} <{E#1}>\nTo: {P#2} <{E#2}>\nSubject: scrim tonight\n\nHey {G#2}, we're short a player. Can {G} sub? Call me on {PHUK}, or just come round to {AU}.\n\n{N#1}",
    "Clan officers: {P} (GM), {P} (raid lead), {Gi} (recruitment). Apply via {MAIL}.",
    "Shipping label\nTo: {U}\n{AUSL}\nPhone: {PHUS}\nOrder {ORDER}",
    "Tournament check-in: {P} (seat {SEAT}), {R} (seat {SEAT}). Admin on duty: {G}, {PHUK}.",
    "Stream notes: thank {P} for the sub, {G'} raid, and remind {g} about the giveaway. Business inquiries: {E}. Fan mail: {AUS}.",
    "Hey {G}, sorry about the package. It went to {AU} instead of {AU}. The courier says to call {PHUK}. - {P}",
    "Coach's notes: {G} needs to call rotations earlier, {Gi} is solid on entry. {N:m} missed practice again, I've emailed his dad {P#3:m} at {E#3}.",
    "Volunteers for the charity LAN: {P}, {G} and {Gi}. Venue: {VENUEEN}, {AUL}. Contact {P} on {PHUK}.",
    "Winner of the cosplay contest: {P} as a Hollow Knight! Runner-up: {P}. Judge: {G}. Prizes go out by post to the address on the entry form.",
    "Shipping list:\n{P}, {AU}\n{P}, {AUS}\n{P}, {AX}",
    "Old address: {AU}\nNew address: {AUL}\nEffective {DATEEN}. – {P}",
    "Address for the team jerseys: {P}, {AX}. Backup: {P}, {AU}.",
)

MIXED = (
    "Raid ikväll 20.00! {G} tankar, {g} healar, resten dps. Don't be late, {N}.",
    "gg wp {g}, du carry:ade hela matchen. {G} behöver nog lite practice på aim lol",
    "Standup för community-teamet: {P} fixar Discord-botten, {G} tar sponsor outreach, {Gi} kollar LAN-venue på {A}. Next sync {DAY} {TIME}.",
    "Hej! Jag är {P#1}, community manager på {SHOP}. We'd love to sponsor ert LAN. Mejla {E#1} eller ring {PH}.",
    "Shipping info för priset: {P}, {AL}, phone {PH}",
    "lfg ranked, jag är {RANK}, någon? dm {HANDLE} eller text {PH}",
    "Från: {P#1} <{E#1}>\nSubject: Re: LAN venue\n\nHi {G#2}, lokalen på {A} är bokad {DATE}. Nyckeln hämtas hos {P}. Cheers, {G#1}",
    "{g#1}: yo vart är vi\n{g}: hos {g}, {a}\n{g#1}: omw, {PH} om ni inte svarar på discord",
    "Team roster för {LEAGUE}: {R}, {R}, {R}, coach {P}. Manager: {P#1} ({E#1}).",
    "Vi har en ny spelare från UK, {P}, address {AUL}. Skicka jerseyn dit pls.",
    "Vår teammate {P:m} bor på {AX}, call {PHX} om ni inte når honom på Discord.",
    "Mod note: {HANDLE} spammade {Ps} nummer {PH} i #general. Message removed, timeout 24h. /{G}",
    "Welcome to {SERVER}! Skriv i #intro, och tagga @{G} eller @{g} if you need help med roller.",
    "Sign-up {LANNAME}\nName: {F#1}\nPersonnummer: {PNR}\nAddress: {A}\nPhone: {PH}\nEmail: {E#1}\nGamertag: {HANDLE}",
    "Stream tonight kl 19 från studion på {A}! Special guest: {P}. Donations går till BRIS. Shoutout {G} för overlayen.",
    "Highlights från helgen: {N} clutchade 1v4 och {Gs} mamma kom med pizza. Tack för lånet av lokalen på {ST}!",
    "{HANDLE}: säljer {GPU}, 3k\n{HANDLE}: deal, shipping till {a}?\n{HANDLE}: sure, name?\n{HANDLE}: {p}",
    "Meeting notes {DATE}: budget för LAN {AMT}, {P} ansvarar för venue ({A}), {P} fixar catering. Action items mejlas från {E}.",
    "Invoice {REF} från {CLUB}. Bill to: {P}, {AL}. Amount {AMT}, due {DATE}.",
    "Kan någon swapa shift med mig på crewet? Jag ({G}) måste jobba. DM eller ring {PH}. Thanks!",
    "Scrim {DAY} {TIME} vs {TEAM}. Lineup: {G}, {g}, {Gi}, {N}. Bootcamp hos {G} på {A}.",
    "Pickup för merch funkar på {A} (hos {P}) eller så shippar vi för 59 kr. Questions: {MAIL}.",
    "{P#1} är vår nya head of esports! Reach out på {E#1} eller {PH}. Kontoret: {A}.",
    "Twitch chat:\n{HANDLE}: {g#1} är så cracked\n{HANDLE}: facts\n{HANDLE}: @{G#1} spela {GAME} next pls",
    "Vi söker sponsor för {TEAM}. Pitch deck skickas av {P#1} ({E#1}). Postal address: {BOX}.",
    "Rumskompis sökes (gamer edition): {P}, 23, jobbar remote, söker rum nära {STN}. Text {PH}.",
    "From: {P#1} <{E#1}>\nTo: {MAIL}\nSubject: Refund för biljett\n\nHej! Jag kan inte komma på {LANNAME}, kan jag få refund? Biljett {ORDER}. Best regards, {P#1}, {PH}",
    "Contact list LAN crew:\n{P} – {PH} – security\n{Gi} – {PH} – network\n{P} – {PHX} – sponsor liaison",
    "Rapport: {HANDLE} doxxade {P:m} genom att posta hans adress {A} i chatten. Banned. Reported to Discord by {G}.",
    "Giveaway winner: {HANDLE}! Vi behöver din shipping address. Svar från vinnaren: {P}, {ARL}, {PH}",
    "Shoutout till {P} och {P} som byggde nya servern. Den står hos {G} på {ST} for now, ring {PH} om den går ner.",
    "ID-check för 18+: {P}, pnr {PNR}, {A}, verified by {G}. Good to go!",
    "{g}: is {n:f} coming?\n{g}: ja, hon tar tåget från {TOWN}\n{g}: sick, hämtar henne på stationen",
    "Hej {G}, your order {ORDER} has shipped! Leveransadress: {STL}. Questions? Ring {PHF}.",
    "Update från {CLAN}: {G} is stepping down som GM, {P:f} tar över (reach her på {PH}). Thanks för allt, {N}!",
    "Kontrakt signerat: {F#1} ({PNR}), {AL}, joins {TEAM} as support. Agent: {P}, {PHX}.",
    "We're moving the LAN! Ny adress: {AL}. Parking via {STN}. Frågor till {P} ({PH}).",
    "Hi all, {P} here från {CLUB}. Årsmötet blir online i år, länk skickas från {MAIL}.",
    "Prize payouts: {P} {AMT}, {P} {AMT}, {Gi} {AMT}. Kontrolluppgift lämnas, så vi behöver era personnummer: skicka till {E}.",
    "Our UK partner {P} ({PHUK}) skickar headsets till er. Return address: {AU}.",
    "Vi ses på DreamHack! Vi crashar hos {G} i {TOWN}, adress {A}. Don't be late to the bus.",
    "{g}: har någon {Gs#1:f} nummer?\n{g}: {PH}\n{g}: tack, och hennes mejl? {E#1}\n{g}: adressen är {a}",
    "Postlista: {U}, {A}; {U}, {AR}; {P}, {AUS}.",
    "Fan art från {P} i {COUNTRY}! Thank you so much. Want to send something? {BOX}",
    "Quick reminder: {G} och {Gi} har keys till lokalen på {STL}. Lås efter er, okay? Lost keys? Ring {PHF}.",
    "Nytt nummer för support: {PHF}. Personal contact för emergencies: {P}, {PH}.",
    "Lagbild från {LANNAME}: {P}, {P}, {G} (coach) och {Gi}. Photo by {P}.",
    "Sign-up confirmation: {P}, {STL}. Välkommen till {LEAGUE}!",
    "Shipping list för jerseys:\n{P}, {A}\n{P}, {AU}\n{Gi}, {STL}",
    "Bootcamp-location: {A}. Backup om det strular: {AR}. Hotel för UK-spelarna: {AU}. Frågor till {G}.",
    "{P}: kan någon hämta mig vid {STN}?\n{P}: sure, 10 min\n{P}: legend",
)

# Rows without any value, each used once: the genre's look-alikes (numbers of every kind, amounts,
# dates, times, firms and agencies named after no person, places that are no address, and
# everyday words that are also names, used as words).
NEGATIVES = (
    (
        "sv",
        "Servern startar om kl. 04.00 för underhåll. Beräknad nertid 15 minuter. Ärende #48213.",
    ),
    (
        "sv",
        "Order 100045873 har skickats. Spårningsnummer 00373500412345678901. Leverans till ombud inom 2–4 arbetsdagar.",
    ),
    ("sv", "Matchen mot Norge slutade 13–11. K/D 1,42, ADR 87,3. Nästa match tisdag 19.30."),
    ("sv", "Discord-ID 894571236501248010 finns inte längre. Kontakta moderatorerna via #support."),
    ("sv", "Serverns IP är 192.168.1.44:27015, lösenordet får ni i DM. Max 24 spelare."),
    (
        "sv",
        "Medlemsavgift 2027: 150 kr. Bankgiro 5432-1098, OCR 7720193845. Föreningens org.nr 802512-3346.",
    ),
    ("sv", "Inet, Webhallen och Komplett har RTX 4070 i lager för 6 490 kr. Elgiganten är slut."),
    (
        "sv",
        "Vi klarade bossen på tredje försöket! Björnen i sista fasen slår hårt, akta er för stenarna som faller.",
    ),
    (
        "sv",
        "DreamHack i Jönköping, Elmia: hall A öppnar fredag 18.00. Ta med förlängningssladd och nätverkskabel.",
    ),
    (
        "sv",
        "Turneringen spelas i bäst av tre. Seedning efter Elo; toppseed har 2 840. Incheckning 30 minuter innan.",
    ),
    (
        "sv",
        "Ström finns till alla bord, max 500 W per plats. Säkringen i hall B går om ni kör elelement.",
    ),
    (
        "sv",
        "Sverok Syd håller utbildning för styrelser i Malmö den 14 mars. Anmälan via eBas senast 1 mars.",
    ),
    (
        "sv",
        "Rankad säsong 9 slutar 2027-06-30. Belöningar delas ut inom 72 timmar. Guldrank ger ett nytt utseende.",
    ),
    (
        "sv",
        "Portkod 4417, sedan andra dörren till vänster. Lokalen ligger i källaren under Folkets hus.",
    ),
    (
        "sv",
        "Faktura 2027-0412 från kommunens fritidsförvaltning: hyra för lokalen 3 200 kr, förfaller 31 maj.",
    ),
    (
        "sv",
        "Mario Kart-turnering på fritidsgården fredag kl. 17. Fyra spelare per heat, final 19.30.",
    ),
    ("sv", "Patch 14.3: nerf på supportklassen, buff på jägare. Servrarna nere 06.00–08.00."),
    ("sv", "Klanen har 48 medlemmar, 12 officerare och 3 400 guld i banken. Nästa raid onsdag."),
    ("sv", "Swish till föreningen: 123 456 78 90. Märk betalningen med lagnamn och ordet anmälan."),
    (
        "sv",
        "Tvåstegsverifiering: koden är 6 siffror och gäller i 30 sekunder. Fråga aldrig någon annan om koden.",
    ),
    ("sv", "Lagets rabattkod SVEA10 ger 10 % på tröjor. Gäller till och med 31/12."),
    (
        "sv",
        "Mötet i Göteborg flyttas till Stockholm. Tågbiljetter bokas via SJ senast den 3 april.",
    ),
    (
        "sv",
        "Bo inte för nära fönstret i lokalen, det drar. Sovsalen öppnar 23.00 och väckning sker 08.00.",
    ),
    ("sv", "Rosa utseenden är tillbaka i butiken! Pris 950 V-Bucks, endast i 48 timmar."),
    ("sv", "Liv kvar: 3. Sten, sax, påse avgör vem som börjar."),
    ("sv", "Alla platser på LAN:et är slutsålda, 240 av 240. Väntelistan öppnar måndag 12.00."),
    ("en", "Server maintenance Tuesday 03:00–05:00 UTC. Ticket #88213 tracks the rollback."),
    ("en", "Order #A1-2290431 shipped via UPS, tracking 1Z 999 AA1 01 2345 6784. Expected Friday."),
    ("en", "Match ID 7401958822 is under review. Demo uploaded, 128-tick."),
    ("en", "Steam trade hold: 7 days. Your inventory value is $1,284.50."),
    ("en", "Will the bracket be posted before Friday? Mark the check-in time: 6:30 pm."),
    ("en", "Hunter is overtuned again and Rogue is still underplayed. Patch 10.2.5 drops Tuesday."),
    (
        "en",
        "Grace period for roster changes ends on March 3. After that, subs need admin approval.",
    ),
    ("en", "Big thanks to Razer, SteelSeries and HyperX for the prize pool of £2,500."),
    ("en", "Doors open at the NEC in Birmingham at 9am. Hall 5, bring photo ID."),
    (
        "en",
        "Frank feedback welcome: the new ranked system feels grindy. Vote in the poll by Sunday.",
    ),
    ("en", "Discord user ID 312049857120395264 was flagged by AutoMod. Review queue: 14 items."),
    ("en", "Summer Split finals: best of five, Sunday 5pm CEST, on the main stream."),
    ("en", "Chase the objective, not the kills. Dawn raids win more games than night ones."),
    ("en", "Penny for your thoughts: should we move the LAN to the community centre?"),
    ("en", "Invoice INV-2027-0193: venue hire £420.00, due in 30 days. VAT reg GB 123 4567 89."),
    (
        "en",
        "Rank distribution: Iron 4%, Bronze 18%, Silver 27%, Gold 24%, Platinum 15%, Diamond 9%.",
    ),
    ("en", "Valve, Blizzard and Epic Games all pushed updates overnight; restart your launcher."),
    (
        "en",
        "Hope you all had fun! 312 players, 64 teams and 1.2 TB of game updates served from the LAN cache.",
    ),
    ("mixed", "Servern är nere, ETA 20 min. Sorry för lagget i raiden."),
    ("mixed", "Order 5512093 är shipped, tracking 00370712345678901234. Leverans tisdag."),
    ("mixed", "gg wp allihop, 16–14 i overtime! Next match 19.00."),
    ("mixed", "Patch notes ute: buff på tanks, nerf på healers. Servrarna restartar 04.00."),
    ("mixed", "Kom ihåg: check-in stänger 17.45, late teams blir DQ:ade."),
    ("mixed", "Prize pool 25 000 kr, split 60/30/10. Payout via bank transfer inom 30 dagar."),
    ("mixed", "Lobby code: 7XK2-9QPL, lösenordet i DM."),
    ("mixed", "Vi behöver fler crew till DreamHack, anmäl er via formuläret före fredag."),
    ("mixed", "Klara, färdiga, gå! First team to 3 wins tar hem pokalen."),
    ("mixed", "Mark your calendars: LAN 12–14 april i Göteborg, biljetterna släpps måndag."),
    ("mixed", "Ping 14 ms från Stockholm, 38 ms från Luleå. Servern står i Frankfurt."),
    ("mixed", "Bill of materials för nya streamriggen: GPU 7 990 kr, CPU 3 490 kr, PSU 1 290 kr."),
    ("mixed", "Viking-eventet börjar lördag, dubbel XP hela helgen."),
    ("mixed", "Rookie-turnering för alla under Gold. Sign-up-länk i #announcements."),
    ("mixed", "Ticket #44102 closed. Refund 299 kr skickas till samma betalmetod."),
    ("mixed", "Happy hour på gamingcaféet: 49 kr/timme mellan 14 och 17."),
)
