# ruff: noqa: E501
"""Name pools of held-out GW (issue 15): names as the population has them.

Python data, written by GW's helper from general knowledge of the published name statistics
(SCB's name statistics for Sweden, the ONS rankings for England and Wales) and, for the US, copied
from the US Census 1990 lists (`dist.female.first`, `dist.male.first`, `dist.all.last`, public
domain, as the `names` package ships them). Each list is in rank order; a name's weight is 1/rank
(the census's per cent for the US lists). `head` is the top of a list, drawn with HEAD_SHARE; the
rest is its tail of rarer names. No name was checked against anything in the repository and none
was left out for being known or unknown.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from a list's head with this probability, else from its tail


@dataclass(frozen=True)
class Pool:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def ranked(*parts: str, head: int) -> Pool:
    """A pool from names in rank order (`|` between names; repeats keep their first rank), 1/rank."""
    names: list[str] = []
    for part in parts:
        for name in part.split("|"):
            name = " ".join(name.split())
            if name and name not in names:
                names.append(name)
    return Pool(
        tuple(names), tuple(1 / rank for rank in range(1, len(names) + 1)), min(head, len(names))
    )


def census(rows: tuple[tuple[str, float], ...], head: int) -> Pool:
    """A pool from the census rows, the per cent as weight."""
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "ß": "ss", "ø": "o", "Ø": "O", "æ": "ae"}
)


def plain(word: str) -> str:
    """A name typed without its letters (`Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`)."""
    decomposed = unicodedata.normalize("NFKD", word.translate(PLAIN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: -ski/-cki/-dzki to -ska/-cka/-dzka."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# Sweden: women's given names in the order of SCB's counts of women carrying them (any name, not
# only the one used), the top 150 as head, then rarer names.
SV_F = ranked(
    "Maria|Anna|Margareta|Elisabeth|Eva|Kristina|Birgitta|Karin|Elisabet|Marie|Ingrid|Christina|Linnéa|Sofia|Kerstin|Marianne|Lena|Helena|Emma|Johanna|Inger|Sara|Cecilia|Elin|Anita|Ulla|Louise|Ida|Viktoria|Malin|Katarina|Susanne|Hanna|Jenny|Gunilla|Carina|Linda|Irene|Elsa|Monica",
    "Ingegerd|Astrid|Annika|Anneli|Barbro|Ingeborg|Matilda|Caroline|Julia|Camilla|Åsa|Ulrika|Amanda|Therese|Agneta|Sofie|Yvonne|Frida|Josefin|Alice|Ann|Ebba|Lisa|Maja|Siv|Anette|Charlotte|Petra|Margaretha|Gun|Britt|Emelie|Wilma|Jessica|Lovisa|Moa|Alexandra|Klara|Ellen|Rebecka",
    "Madeleine|Erika|Ella|Vera|Ingela|Mona|Lisbeth|Annelie|Pia|Sandra|Jennie|Mikaela|Nathalie|Emilia|Ann-Marie|Maj|Elvira|Gunnel|Gunvor|Solveig|Anne|Alva|Saga|Felicia|Isabelle|Ronja|Tove|Agnes|Olivia|Elina|Selma|Signe|Tilda|Tova|Stina|Lina|Berit|Marita|Inga|Viola",
    "Maud|Lillemor|Kristin|Mia|Karolina|Cornelia|Nora|Tuva|Isabella|Hedvig|Greta|Märta|Sigrid|Ingalill|Jeanette|Ann-Christin|Ann-Charlotte|Margit|Ester|Lilly|Stella|Hilda|Gudrun|Britt-Marie|Katrin|Anna-Karin|Kajsa|Helén|Ruth|Rut|Pernilla|Ylva|Sonja|Marina|Mari|Veronica|Evelina|Josefine|Ann-Sofie|Carolina",
    # further down the ranks; everything past rank 150 is the tail
    "Vivianne|Emmy|Melina|Nellie|Lova|Thea|Juni|Leia|Elise|Liv|Livia|Meja|Minna|Molly|Ines|Iris|Edith|Hedda|Hilma|Doris|Dagny|Vanja|Gunhild|Ragnhild|Solbritt|Majken|Inez|Irma|Elly|Elna|Alfhild|Svea|Tyra|Rigmor|Lilian|Viveka|Marika|Marlene|Miriam|Rakel",
    "Rebecca|Sabina|Sanna|Tina|Terese|Ulrica|Veronika|Victoria|Vendela|Wilhelmina|Zara|Åse|Öllegård|Katja|Jasmine|Elena|Jenni|Josefina|Jonna|Hillevi|Harriet|Gunborg|Göta|Gerd|Gisela|Fanny|Filippa|Esther|Emmie|Elinor|Eleonor|Eleonora|Dorotea|Desirée|Daniela|Clara|Cajsa|Britta|Bodil|Bella",
    "Beatrice|Aurora|Ava|Annie|Annette|Annica|Angelica|Angelina|Alicia|Agnetha|Madelene|Linn|Lotta|Louisa|Lykke|Majlis|Malva|Margot|Mathilda|Mira|My|Nadja|Nina|Noomi|Paula|Rosa|Rosita|Sigbritt|Siri|Stephanie|Sylvia|Tindra|Ulla-Britt|Vilma|Wera|Yvette|Lisen|Karla|Kaisa|Irja",
    "Inga-Lill|Ing-Marie|Ingmarie|Hjördis|Henrietta|Helga|Gerda|Evy|Evelyn|Eivor|Ellinor|Edla|Ebba-Lotta|Mari-Louise|Ann-Louise|Anna-Lena|Eva-Lena|Marie-Louise|Ann-Britt|Gun-Britt|Maj-Britt|Lena-Maria|Anna-Lisa|Ulla-Karin|Anna-Maria|Lise-Lotte|Jill|Gunnvor|Elsy|Asta|Alma|Ada|Elsie|Frideborg|Hulda|Ann-Mari|Judit|Kim|Laila|Lea",
    "Lejla|Ebba-Maria|Majvor|Mikaëla|Mimmi|Naemi|Nanna|Nova|Novalie|Ottilia|Pauline|Petronella|Rigmora|Sally|Saima|Sara-Lena|Selina|Sigyn|Siw|Solvig|Sussie|Tekla|Tessan|Thyra|Titti|Tuulikki|Ulla-Lena|Valborg|Vibeke|Viveca|Ylwa|Eva-Karin|Zelda|Agda|Amalia|Amelie|Anja|Annbritt|Anneliese",
    "Arja|Aune|Beata|Benita|Bibbi|Birgit|Brita|Caisa|Camila|Catharina|Cathrine|Charlotta|Christin|Conny|Dagmar|Ann-Kristin|Edit|Elida|Ellie|Elma|Else|Emely|Emilie|Engla|Erica|Ethel|Eya|Fia|Freja|Frideborg|Gertrud|Gittan|Gull-Britt|Gunbritt|Hannele|Kerstin-Maria|Helny|Hildur|Ilona|Ingalena",
    head=150,
)

SV_M = ranked(
    "Lars|Karl|Erik|Anders|Johan|Per|Nils|Carl|Mikael|Jan|Hans|Peter|Olof|Thomas|Gustav|Bengt|Lennart|Fredrik|Sven|Daniel|Stefan|Alexander|Bo|Åke|Magnus|Andreas|Göran|Mats|Gunnar|Leif|John|Ulf|Björn|Oskar|Henrik|Marcus|Axel|Martin|Kjell|Arne",
    "Christer|Mattias|Jonas|Stig|Rolf|Emil|Håkan|David|Tommy|Viktor|Roger|Sebastian|Jonathan|Anton|Patrik|Filip|Johannes|Robert|Kent|Niklas|Simon|Rickard|Ingvar|Joakim|Tobias|William|Elias|Hugo|Oscar|Jakob|Lucas|Kenneth|Adam|Christian|Gösta|Rune|Ludvig|Kristoffer|Isak|Dan",
    "Jesper|Rasmus|Linus|Alf|Sten|Claes|Torbjörn|Ingemar|Ove|Jörgen|Robin|Dennis|Jimmy|Oliver|Liam|Gabriel|Mohammed|Ali|Vilhelm|Wilhelm|Samuel|Noah|Albin|Kevin|Edvin|Leo|Theo|Hampus|Max|Jacob|Josef|Arvid|Harald|Tage|Sixten|Valter|Walter|Elliot|Melvin|Benjamin",
    "Felix|Alfred|Alvin|Vincent|Milo|Love|Otto|Frans|Bertil|Roland|Georg|Tord|Holger|Sture|Lars-Erik|Karl-Erik|Per-Olof|Göte|Jarl|Torsten|Ragnar|Gert|Einar|Kurt|Allan|Kaj|Inge|Börje|Evert|Yngve|Helge|Birger|Ronny|Conny|Jens|Mathias|Tomas|Jon|Pontus|Ola",
    # further down the ranks; everything past rank 150 is the tail
    "Staffan|Ivar|Egon|Alrik|Assar|Algot|Agne|Aron|Bror|Dag|Douglas|Eddie|Edward|Egil|Eje|Elof|Emanuel|Enar|Erland|Eskil|Folke|Fritiof|Gideon|Gillis|Gottfrid|Greger|Halvar|Harry|Henning|Hjalmar|Ingmar|Ingolf|Jack|Jan-Erik|Janne|Joel|Jonatan|Julius|Kennet|Knut",
    "Konrad|Krister|Lage|Leopold|Loke|Lukas|Malte|Manfred|Melker|Mio|Morgan|Nicklas|Nicolas|Noel|Olle|Orvar|Petter|Philip|Pär|Ragnvald|Reine|Roy|Rudolf|Sam|Seth|Sigge|Sigurd|Sivert|Sune|Svante|Sölve|Teodor|Tim|Torgny|Torvald|Uno|Valdemar|Verner|Vidar|Vilgot",
    "Viggo|Östen|Örjan|Kristian|Benny|Christopher|Christoffer|Dick|Edgar|Eric|Fabian|Gustaf|Hannes|Helmer|Henry|Hilding|Jöns|Karl-Johan|Lars-Göran|Leon|Ludwig|Mauritz|Ossian|Ruben|Sigvard|Stellan|Tony|Ture|Urban|Wiktor|Erling|Evald|Artur|Arthur|Adrian|Aleksander|Casper|Colin|Elis|Isac",
    "Kasper|Lias|Melwin|Milton|Neo|Nils-Erik|Per-Anders|Ralf|Rikard|Ronnie|Severin|Sigfrid|Ted|Thorsten|Torleif|Ulrik|Valentin|Werner|Willy|Wilmer|Zakarias|Ebbe|Edvard|Esbjörn|Gerhard|Gunder|Hilmer|Ingo|Jerker|Kjell-Åke|Lars-Olof|Leonard|Lorentz|Matteus|Mårten|Natanael|Patric|Peder|Roine|Rutger",
    "Thure|Arnold|Bernt|Bengt-Göran|Björn-Erik|Bosse|Carl-Johan|Curt|Nils-Olof|Elon|Emrik|Engelbert|Erik-Olof|Folmer|Gerth|Lars-Gunnar|Gustav-Adolf|Hans-Erik|Hans-Åke|Harri|Helmuth|Jan-Olov|Ingvald|Isidor|Jan-Olof|Jan-Åke|Jean|Joar|Johnny|Josua|Julian|Kalle|Karl-Gustav|Kennie|Lars-Åke|Lenny|Lisander|Magne|Mats-Erik|Mikko",
    "Nore|Olle-Göran|Olav|Osvald|Per-Erik|Per-Ola|Pierre|Putte|Raimo|Rickie|Runar|Sigvald|Sonny|Sten-Åke|Stig-Olof|Sven-Erik|Sven-Olof|Tommie|Tor|Thor|Torkel|Tryggve|Karl-Axel|Uffe|Vilmer|Wiggo|Yngvar|Åsmund|Per-Gunnar|Önnert|Bill|Charlie|Dante|Eliot|Frank|Glenn|Hjalte|Jim|Lennie|Mikkel",
    head=150,
)

SV_S = ranked(
    "Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Svensson|Gustafsson|Pettersson|Jonsson|Jansson|Hansson|Bengtsson|Jönsson|Lindberg|Jakobsson|Magnusson|Olofsson|Lindström|Lindqvist|Lindgren|Berg|Axelsson|Bergström|Lundberg|Lind|Lundgren|Lundqvist|Mattsson|Berglund|Fredriksson|Sandberg|Henriksson|Forsberg|Sjöberg|Ali|Wallin|Mohammed",
    "Engström|Danielsson|Eklund|Lundin|Håkansson|Björk|Bergman|Gunnarsson|Holm|Wikström|Samuelsson|Isaksson|Fransson|Bergqvist|Nyström|Holmberg|Arvidsson|Löfgren|Söderberg|Nyberg|Blomqvist|Claesson|Nordström|Ahmed|Mårtensson|Lundström|Hassan|Viklund|Björklund|Eliasson|Pålsson|Berggren|Sandström|Lund|Nordin|Ström|Åberg|Falk|Ekström|Hermansson",
    "Holmgren|Hellström|Dahlberg|Hedlund|Sundberg|Sjögren|Ek|Blom|Abrahamsson|Martinsson|Öberg|Andreasson|Strömberg|Månsson|Hansen|Åkesson|Dahl|Lindholm|Norberg|Holmqvist|Mohamed|Nyman|Holmström|Lindblom|Söderström|Björkman|Lindahl|Åström|Sundström|Ibrahim|Omar|Hussein|Jensen|Lindh|Nielsen|Lindell|Jeppsson|Ekman|Wallgren|Nordqvist",
    "Ekberg|Ahlström|Dahlgren|Hedberg|Hedman|Hellberg|Holmlund|Jonasson|Kjellberg|Lidén|Lindén|Ljung|Ljunggren|Malm|Malmberg|Melin|Norén|Nordlund|Näslund|Palm|Rydberg|Sandin|Sjödin|Skoglund|Stenberg|Strand|Sundqvist|Söderlund|Wahlberg|Westberg|Westerberg|Westin|Wiberg|Åkerman|Östlund|Öhman|Boström|Edlund|Englund|Ottosson",
    # further down the ranks (past rank 150 the tail), noble names among them
    "Hägglund|Ågren|Sjöstedt|Wennberg|Lindroth|Ahlberg|Dahlström|Hedström|Hellman|Kihlberg|Ljungberg|Malmström|Modig|Morén|Norling|Nyholm|Palmqvist|Svärd|Thorén|Tornberg|Törnqvist|Valfridsson|Vesterlund|Wahlström|Widén|Åslund|Österberg|Bäckström|Burman|Carlsson|Carlberg|Dahlin|Edström|Ekholm|Engberg|Engdahl|Erlandsson|Fagerström|Forslund|Frisk",
    "Grahn|Granath|Granberg|Granström|Gustavsson|Hallberg|Hammar|Hedin|Holgersson|Ivarsson|Johnsson|Kvist|Källström|Lantz|Lilja|Lindkvist|Lindquist|Lundell|Lövgren|Nord|Nordberg|Nordgren|Nylander|Paulsson|Petersson|Rosén|Rosengren|Runesson|Rydén|Sahlin|Sandell|Selin|Sjölund|Stenlund|Sterner|Strömgren|Sundin|Sundell|Svedberg|Sylvan",
    "Säll|Tell|Thunberg|Tillberg|Ulander|Wennström|Wikman|Zetterberg|Zetterlund|Åhlund|Åkerström|Ögren|Öhrn|Ekdahl|Fors|Grönlund|Hultgren|Hultman|Högberg|Höglund|Lagerqvist|Lagerström|Liljegren|Lundmark|Marklund|Nordmark|Öhlund|Backman|Bergkvist|Bergendahl|Bjurström|Blomberg|Brandt|Broberg|Dahlqvist|Ernstsson|Enqvist|Fält|Hjort|Hjelm",
    "Höök|Jernberg|Kallin|Kjellin|Kronberg|Kvarnström|Lagerlöf|Lindvall|Löfstedt|Modin|Nyqvist|Pihl|Ringström|Rosenberg|Rudberg|Sjöblom|Stark|Strandberg|Swärd|Södergren|Tjäder|Torstensson|Wester|Ådahl|Åhman|Adolfsson|Alm|Almgren|Appelqvist|Boman|Bohlin|Dahlén|Ehn|Elfving|Ferm|Flodin|Florén|Gran|Hagberg|Hagström",
    "Hamberg|Hellgren|Jeansson|Kempe|Kling|Krantz|Lindman|Ljungqvist|Mohlin|Nilsén|Nordahl|Norrman|Olausson|Ramberg|Renström|Roos|Sellberg|Sjöholm|Stenström|Sundén|Tegnér|Thelin|Unger|Wallén|Wall|Wilhelmsson|Zackrisson|Åman|Abdullahi|Yusuf|Ahmadi|Hosseini|Yilmaz|Nguyen|Kaya|Korhonen|Virtanen|Nowak|Kowalski|Popović",
    "Bodin|Brännström|Degerman|Eklöf|Forsgren|Gidlund|Holmqvist|Isberg|Jern|Kalén|Lejon|Lindmark|Löfqvist|Markström|Nordenstam|Norlin|Nyblom|Persdotter|Rehn|Sandqvist|Sköld|Stål|Sund|Svanberg|Söder|Tidholm|Uhlin|Vikström|Wedin|Åsberg|Östman|Fröberg|Grip|Hedenström|Kull|Lindeberg|Mörk|Quist|Rask|Strid",
    "von Platen|af Klercker|De Geer|von Essen|Wachtmeister|Lewenhaupt|Gyllenstierna|Bonde|Sparre|Posse|von Sydow|af Ugglas|Stiernstedt|Hamilton|Lagercrantz|Silfverschiöld|Ehrensvärd|Cronstedt|Adelsköld|Taube",
    head=150,
)

# The UK: given names in the order of the ONS rankings across the decades the adults of today were
# born in (1/rank, head 130), surnames in the order of their frequency in England and Wales (head 150).
UK_F = ranked(
    "Sarah|Emma|Claire|Laura|Rebecca|Emily|Jessica|Sophie|Charlotte|Hannah|Lauren|Amy|Nicola|Helen|Rachel|Louise|Kelly|Michelle|Lisa|Gemma|Karen|Susan|Julie|Elizabeth|Margaret|Jennifer|Joanne|Victoria|Katie|Chloe|Olivia|Amelia|Grace|Lucy|Ellie|Jade|Samantha|Stephanie|Natalie|Zoe",
    "Catherine|Katherine|Alice|Ella|Isla|Ava|Mia|Poppy|Lily|Isabella|Evie|Freya|Daisy|Megan|Holly|Anna|Jane|Alison|Deborah|Tracey|Dawn|Angela|Carol|Christine|Patricia|Janet|Linda|Mary|Ann|Jean|Sandra|Pauline|Joan|Barbara|Sharon|Donna|Jacqueline|Wendy|Kathleen|Gillian",
    "Hayley|Kirsty|Danielle|Leanne|Stacey|Amanda|Kerry|Lindsey|Sian|Abigail|Eleanor|Georgia|Bethany|Molly|Imogen|Ruby|Phoebe|Scarlett|Matilda|Florence|Harriet|Jasmine|Lydia|Amber|Ruth|Fiona|Caroline|Joanna|Anne|Heather|Shirley|Brenda|Irene|Valerie|Maureen|Sheila|Doreen|Eileen|Marion|Teresa",
    "Lesley|Diane|Elaine|Yvonne|Beverley|Lorraine|Tina|Paula|Kim|Sally|Judith|Rosemary|Hazel|Vanessa|Natasha|Kimberley|Charlene|Aimee|Rosie|Millie|Evelyn|Sienna|Maisie|Willow|Erin|Niamh|Caitlin|Kayleigh|Jodie|Carly|Jenna|Shannon|Paige|Courtney|Hollie|Naomi|Esther|Priya|Aisha|Fatima",
    "Harper|Elsie|Ivy|Rose|Edith|Martha|Beatrice|Clara|Esme|Nancy|Iris|Violet|Penelope|Mabel|Gracie|Lola|Darcey|Tilly|Summer|Maya|Libby|Eliza|Frances|Gwen|Bronwen|Rhiannon|Ffion|Morag|Kirsteen|Mhairi|Ailsa|Shona|Catriona|Siobhan|Aoife|Roisin|Bernadette|Geraldine|Philippa|Henrietta",
    "Tamsin|Verity|Felicity|Jemima|Arabella|Hermione|Cressida|Antonia|Miranda|Davina|Gaynor|Glenys|Marilyn|Sylvia|Audrey|Vera|Hilda|Gladys|Ethel|Winifred|Dorothy|Betty|Peggy|Muriel|Olive|Lilian|Rita|Sue|Trudy|Bev|Mandy|Lynn|Jill|Jackie|Gail|Tanya|Anita|Sonia|Nadia|Zara",
    head=130,
)
UK_M = ranked(
    "David|John|Michael|Paul|Andrew|James|Peter|Mark|Richard|Robert|Stephen|Christopher|Ian|Daniel|Thomas|Matthew|Simon|William|Anthony|Steven|Gary|Alan|Kevin|Jonathan|Adam|Martin|Lee|Neil|Graham|Jason|Darren|Craig|Stuart|Brian|Kenneth|Keith|Colin|George|Jack|Joshua",
    "Oliver|Harry|Samuel|Benjamin|Luke|Ryan|Liam|Jamie|Nicholas|Philip|Timothy|Edward|Charles|Joseph|Alexander|Tom|Callum|Jake|Connor|Lewis|Nathan|Aaron|Dean|Scott|Wayne|Shaun|Carl|Barry|Trevor|Roger|Malcolm|Derek|Raymond|Terence|Gordon|Dennis|Roy|Geoffrey|Ronald|Frank",
    "Noah|Muhammad|Leo|Oscar|Archie|Henry|Arthur|Freddie|Theo|Charlie|Alfie|Jacob|Isaac|Finley|Harrison|Max|Toby|Dylan|Ethan|Mason|Logan|Tyler|Reece|Bradley|Kyle|Jordan|Ashley|Gareth|Rhys|Dafydd|Owen|Huw|Gethin|Alistair|Hamish|Angus|Fraser|Ewan|Duncan|Ross",
    "Declan|Sean|Patrick|Kieran|Ciaran|Niall|Conor|Brendan|Francis|Vincent|Nigel|Clive|Adrian|Julian|Rupert|Giles|Hugo|Jeremy|Marcus|Russell|Glen|Lloyd|Leon|Jermaine|Dwayne|Mohammed|Imran|Amir|Rajesh|Sanjay|Harvey|Louis|Elliot|Sebastian|Rory|Fergus|Cameron|Blake|Jay|Reuben",
    "Albert|Alfred|Stanley|Ernest|Harold|Leonard|Norman|Sidney|Walter|Cyril|Percy|Herbert|Bernard|Desmond|Cecil|Clifford|Leslie|Douglas|Stewart|Graeme|Alastair|Lachlan|Callan|Jude|Rowan|Felix|Ralph|Otis|Teddy|Stanley|Ollie|Fred|Tommy|Frankie|Danny|Mick|Steve|Dave|Phil|Rob",
    head=130,
)
UK_S = ranked(
    "Smith|Jones|Williams|Taylor|Brown|Davies|Evans|Wilson|Thomas|Johnson|Roberts|Robinson|Thompson|Wright|Walker|White|Edwards|Hughes|Green|Hall|Lewis|Harris|Clarke|Patel|Jackson|Wood|Turner|Martin|Cooper|Hill|Ward|Morris|Moore|Clark|Lee|King|Baker|Harrison|Morgan|Allen",
    "James|Scott|Phillips|Watson|Davis|Parker|Price|Bennett|Young|Griffiths|Mitchell|Kelly|Cook|Carter|Richardson|Bailey|Collins|Bell|Shaw|Murphy|Miller|Cox|Richards|Khan|Marshall|Anderson|Simpson|Ellis|Adams|Singh|Begum|Wilkinson|Foster|Chapman|Powell|Webb|Rogers|Gray|Mason|Ali",
    "Hunt|Hussain|Campbell|Matthews|Owen|Palmer|Holmes|Mills|Barnes|Knight|Lloyd|Butler|Russell|Barker|Fisher|Stevens|Jenkins|Murray|Dixon|Harvey|Graham|Pearson|Ahmed|Fletcher|Walsh|Kaur|Gibson|Howard|Andrews|Stewart|Elliott|Reynolds|Saunders|Payne|Fox|Ford|Pearce|Day|Brooks|West",
    "Lawrence|Cole|Atkinson|Bradley|Spencer|Gill|Dawson|Ball|Burton|O'Brien|Watts|Rose|Booth|Perry|Ryan|Grant|Wells|Armstrong|Francis|Rees|Hayes|Hart|Hudson|Newman|Barrett|Webster|Hunter|Gregory|Carr|Lowe|Page|Marsh|Riley|Dunn|Woods|Parsons|Berry|Stone|Reid|Holland",
    "Hawkins|Harding|Porter|Robertson|Newton|Oliver|Reed|Kennedy|Williamson|Bird|Gardner|Shah|Dean|Lane|Cooke|Bates|Henderson|Parry|Burgess|Bishop|Walton|Burns|Nicholson|Shepherd|Ross|Cross|Long|Freeman|Warren|Nicholls|Hamilton|Byrne|Sutton|McDonald|Yates|Hodgson|Robson|Curtis|Hopkins|O'Connor",
    "Harper|Coleman|Watkins|Moss|McCarthy|Chambers|O'Neill|Griffin|Sharp|Hardy|Wheeler|Potter|Osborne|Johnston|Gordon|Doyle|Wallace|George|Jordan|Hutchinson|Rowe|Burke|May|Pritchard|Gilbert|Willis|Higgins|Read|Miles|Stevenson|Stephenson|Hammond|Arnold|Buckley|Walters|Hewitt|Barber|Nelson|Slater|Austin",
    "Sullivan|Whitehead|Mann|Frost|Lambert|Stephens|Blake|Akhtar|Lynch|Goodwin|Barton|Woodward|Thomson|Cunningham|Quinn|Barnett|Baxter|Bibi|Clayton|Nash|Greenwood|Jennings|Holt|Kemp|Poole|Gallagher|Bond|Stokes|Tucker|Davidson|Fowler|Heath|Norman|Middleton|Lees|Banks|Hargreaves|Sykes|Ashworth|Bolton",
    "Sharpe|Sanderson|Dyer|Pickering|Charlton|Howarth|Metcalfe|Crossley|Whittaker|Haworth|Birch|Thornton|Brennan|Kaye|Iqbal|Mahmood|Rahman|Uddin|Chowdhury|Mistry|Parmar|Chauhan|Sandhu|Dhillon|Okafor|Adeyemi|Mensah|Boateng|Nowak|Kowalski|Llewellyn|Pugh|Vaughan|Lloyd-Jones|Macleod|Mackenzie|Fraser|McLean|Ferguson|Crawford",
    head=150,
)

# Origins common in Sweden: their commonest given names and surnames, 1/rank, head 10.
FI = Origin(
    ranked(
        "Sari|Tiina|Päivi|Anne|Marja|Pirjo|Tuula|Riitta|Satu|Minna|Johanna|Leena|Hanna|Kaisa|Aino|Helmi|Eeva|Liisa|Sirpa|Merja|Anneli|Elina|Heidi|Katja|Outi|Sanna|Terhi|Aila|Raija|Kirsi",
        head=10,
    ),
    ranked(
        "Juha|Timo|Matti|Kari|Mikko|Jari|Antti|Jukka|Mika|Markku|Pekka|Hannu|Heikki|Seppo|Ari|Sami|Petri|Janne|Ville|Tapio|Pentti|Esa|Veikko|Raimo|Tuomas|Jussi|Risto|Jouni|Olavi|Aki",
        head=10,
    ),
    ranked(
        "Korhonen|Virtanen|Mäkinen|Nieminen|Mäkelä|Hämäläinen|Laine|Heikkinen|Koskinen|Järvinen|Lehtonen|Lehtinen|Saarinen|Salminen|Heinonen|Niemi|Heikkilä|Kinnunen|Salonen|Turunen|Salo|Laitinen|Tuominen|Rantanen|Karjalainen|Jokinen|Mattila|Savolainen|Lahtinen|Ahonen|Hyvönen|Räsänen",
        head=10,
    ),
)
# Arabic-speaking Iraq, Syria, Lebanon and Palestine, with Assyrian/Syriac names among them.
AR = Origin(
    ranked(
        "Fatima|Maryam|Zainab|Noor|Sara|Layla|Rania|Aya|Hiba|Amal|Huda|Rasha|Dina|Samira|Nadia|Lina|Yasmin|Reem|Hala|Shamiram|Nahrain|Ninwa|Rana|Mayada|Sawsan|Widad|Zeinab|Israa|Ghada|Marwa",
        head=10,
    ),
    ranked(
        "Mohammed|Ahmed|Ali|Hassan|Hussein|Omar|Mustafa|Ibrahim|Khaled|Yousef|Mahmoud|Abdullah|Karim|Samir|Ammar|Haidar|Bashar|Rami|Tariq|Jamal|Saif|Ninos|Sargon|Ashur|Fadi|Georges|Habib|Firas|Muhannad|Louay",
        head=10,
    ),
    ranked(
        "Ali|Mohammed|Ahmed|Hassan|Hussein|Ibrahim|Abdullah|Khalil|Saleh|Mahmoud|Jaber|Al-Hashimi|Kadhim|Jassim|Abbas|Haddad|Khoury|Nasser|Saeed|Shamoun|Barsom|Gabriel|Yacoub|Isaac|Malki|Aziz|Hamad|Younes|Hanna|Al-Obaidi|Al-Jubouri|Aho|Bahnam|Khamis",
        head=10,
    ),
)
SO = Origin(
    ranked(
        "Fadumo|Hodan|Amina|Sahra|Ayaan|Hamdi|Asha|Khadra|Ifrah|Nimco|Sagal|Ubah|Hawa|Ladan|Faadumo|Deqa|Ikran|Nasra|Muna|Warsan|Hibo|Safiya|Idil|Yasmin",
        head=10,
    ),
    ranked(
        "Abdi|Mohamed|Ahmed|Abdirahman|Abdullahi|Hassan|Ali|Omar|Yusuf|Ismail|Mahad|Abdiaziz|Liban|Farah|Hamza|Said|Guled|Bashir|Abdikarim|Osman|Mustafe|Khalid|Abdiqani|Sharmarke",
        head=10,
    ),
    ranked(
        "Mohamed|Ahmed|Hassan|Ali|Abdi|Farah|Warsame|Osman|Jama|Nur|Hussein|Yusuf|Ismail|Omar|Aden|Abdullahi|Egal|Dirie|Hirsi|Guled|Mohamud|Elmi|Samatar|Duale|Abdulle|Gedi",
        head=10,
    ),
)
# Polish surnames in their masculine form; `feminine` gives a woman's.
PL = Origin(
    ranked(
        "Anna|Katarzyna|Małgorzata|Agnieszka|Barbara|Ewa|Magdalena|Joanna|Monika|Aleksandra|Krystyna|Elżbieta|Zofia|Dorota|Beata|Justyna|Natalia|Paulina|Karolina|Agata|Marta|Iwona|Grażyna|Jadwiga|Wiktoria|Urszula|Halina",
        head=10,
    ),
    ranked(
        "Piotr|Krzysztof|Tomasz|Andrzej|Paweł|Michał|Marcin|Jan|Jakub|Adam|Łukasz|Marek|Grzegorz|Mateusz|Wojciech|Mariusz|Dariusz|Zbigniew|Kamil|Maciej|Rafał|Sławomir|Jarosław|Przemysław|Bartosz|Robert|Janusz",
        head=10,
    ),
    ranked(
        "Nowak|Kowalski|Wiśniewski|Wójcik|Kowalczyk|Kamiński|Lewandowski|Zieliński|Szymański|Woźniak|Dąbrowski|Kozłowski|Jankowski|Mazur|Kwiatkowski|Wojciechowski|Krawczyk|Kaczmarek|Piotrowski|Grabowski|Zając|Pawłowski|Michalski|Król|Wieczorek|Jabłoński|Wróbel|Nowakowski|Majewski|Olszewski|Stępień|Malinowski|Jaworski|Zawadzki|Sokołowski|Czarnecki|Głowacki",
        head=10,
    ),
)
FA = Origin(
    ranked(
        "Maryam|Fatemeh|Zahra|Leila|Shirin|Parisa|Nasrin|Mahsa|Roya|Azadeh|Sara|Niloufar|Golnaz|Mina|Neda|Samira|Shadi|Ladan|Homa|Parvin|Soheila|Fereshteh|Mitra|Elham|Setareh",
        head=10,
    ),
    ranked(
        "Mohammad|Ali|Reza|Hossein|Mehdi|Amir|Hamid|Saeed|Majid|Behrouz|Farhad|Babak|Kaveh|Dariush|Arash|Omid|Navid|Payam|Ramin|Hassan|Kamran|Shahram|Bijan|Siamak|Pouya",
        head=10,
    ),
    ranked(
        "Mohammadi|Hosseini|Ahmadi|Rezaei|Karimi|Hashemi|Moradi|Jafari|Rahimi|Ghasemi|Sadeghi|Rostami|Kazemi|Mousavi|Azizi|Najafi|Ebrahimi|Akbari|Hosseinzadeh|Tehrani|Shirazi|Esfahani|Farahani|Nazari|Safari|Yazdani|Bagheri|Heidari|Amini|Sharifi",
        head=10,
    ),
)
# Bosnian, Serbian and Croatian.
BCS = Origin(
    ranked(
        "Amra|Emina|Lejla|Amela|Selma|Jasmina|Mirela|Sanela|Azra|Elma|Ana|Marija|Ivana|Jelena|Dragana|Snežana|Vesna|Mirjana|Milica|Maja|Nermina|Alma|Senada|Biljana|Gordana|Đurđa",
        head=10,
    ),
    ranked(
        "Amir|Admir|Edin|Emir|Adnan|Nermin|Senad|Haris|Elvir|Mirza|Dragan|Zoran|Goran|Milan|Nenad|Dejan|Marko|Ivan|Nikola|Stefan|Darko|Zlatan|Damir|Mehmed|Jasmin|Ivica|Đorđe",
        head=10,
    ),
    ranked(
        "Hodžić|Hadžić|Begić|Delić|Kovačević|Mehmedović|Hasanović|Husić|Omerović|Ahmetović|Jovanović|Petrović|Nikolić|Marković|Đorđević|Stojanović|Ilić|Horvat|Kovačić|Babić|Marić|Jurić|Knežević|Popović|Pavlović|Šarić|Bešić|Salihović|Suljić|Mujić|Alić|Imamović|Karić|Softić",
        head=10,
    ),
)
TR = Origin(
    ranked(
        "Ayşe|Fatma|Emine|Hatice|Zeynep|Elif|Meryem|Şerife|Sultan|Hülya|Özlem|Derya|Gül|Esra|Merve|Büşra|Yasemin|Sevgi|Leyla|Aylin|Canan|Nur|Ebru|Dilek|Songül",
        head=10,
    ),
    ranked(
        "Mehmet|Mustafa|Ahmet|Ali|Hüseyin|Hasan|İbrahim|İsmail|Osman|Yusuf|Murat|Ömer|Ramazan|Halil|Süleyman|Abdullah|Mahmut|Recep|Kemal|Emre|Burak|Serkan|Cem|Orhan|Volkan",
        head=10,
    ),
    ranked(
        "Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Yıldırım|Öztürk|Aydın|Özdemir|Arslan|Doğan|Kılıç|Aslan|Çetin|Kara|Koç|Kurt|Özkan|Şimşek|Polat|Özcan|Korkmaz|Çakır|Erdoğan|Güneş|Aktaş|Tekin|Karataş|Bulut",
        head=10,
    ),
)
# Eritrea (and Ethiopia's Tigrinya speakers): the father's given name serves as surname.
ER = Origin(
    ranked(
        "Senait|Helen|Mebrat|Saba|Luwam|Rahel|Selam|Yordanos|Tsega|Mihret|Hiwet|Semhar|Freweini|Abrehet|Lemlem|Ruta|Eden|Winta|Meron|Elsa|Almaz|Feven|Hermon|Mussie",
        head=10,
    ),
    ranked(
        "Yonas|Daniel|Tesfay|Samuel|Dawit|Yohannes|Michael|Kidane|Tekle|Mehari|Berhane|Habte|Filmon|Robel|Abraham|Isaias|Goitom|Amanuel|Haile|Teklay|Biniam|Semere|Efrem|Henok",
        head=10,
    ),
    ranked(
        "Tesfay|Gebremedhin|Tekle|Haile|Berhe|Kidane|Gebreyesus|Woldemariam|Ghebremichael|Mehari|Tesfamariam|Habte|Negash|Asmelash|Andemariam|Yohannes|Fisseha|Abraha|Ghirmay|Gebru|Zerai|Weldu|Mebrahtu|Tewelde|Okbay",
        head=10,
    ),
)
AF = Origin(
    ranked(
        "Fatima|Maryam|Zahra|Marzia|Freshta|Mursal|Shabnam|Nazanin|Parwana|Sosan|Farida|Roya|Zarghona|Malalai|Khadija|Nilofar|Laila|Mahbooba|Gulalai|Sakina|Shakila|Wahida|Madina|Masuma",
        head=10,
    ),
    ranked(
        "Mohammad|Ahmad|Ali|Mustafa|Hamid|Jawad|Mahdi|Hussain|Sayed|Abdul|Rahmatullah|Karim|Nasir|Zabihullah|Samiullah|Hamidullah|Wahid|Farid|Rashid|Javid|Murtaza|Sohrab|Mirwais|Reza|Yama",
        head=10,
    ),
    ranked(
        "Ahmadi|Hussaini|Mohammadi|Rezai|Sultani|Amiri|Hakimi|Rahimi|Noori|Haidari|Sadat|Jafari|Karimi|Nazari|Rasuli|Stanikzai|Popal|Ahmadzai|Barakzai|Safi|Wardak|Niazi|Faizi|Sharifi|Yousufzai",
        head=10,
    ),
)
TH = Origin(
    ranked(
        "Siriporn|Malai|Wanida|Kanya|Pranee|Sumalee|Ratana|Jintana|Supaporn|Lamai|Nipa|Duangjai|Porntip|Orathai|Wipa|Naree|Kannika|Pattaraporn|Achara|Thanaporn|Suda|Pimchanok|Chanya|Nok",
        head=10,
    ),
    ranked(
        "Somchai|Somsak|Prasert|Sombat|Wichai|Surachai|Anan|Chaiya|Niran|Thawatchai|Boonmee|Kittisak|Sakchai|Nattapong|Anuwat|Pichai|Weerasak|Thanawat|Sompong|Phairot",
        head=10,
    ),
    ranked(
        "Saelee|Saetang|Sukprasert|Srisuwan|Wongsawat|Rattanakorn|Jaidee|Boonyarat|Chaiyasit|Kongkaew|Phromma|Thongdee|Sriwichai|Kaewkla|Suwannarat|Panyawong|Khamsri|Phanthong|Somboon|Chantarasiri|Pimpa|Rungruang|Thongsuk",
        head=10,
    ),
)
# Chile and the rest of Latin America: two surnames, the father's and the mother's.
LA = Origin(
    ranked(
        "María|Camila|Valentina|Javiera|Catalina|Constanza|Francisca|Daniela|Fernanda|Carolina|Paula|Sofía|Isidora|Antonia|Macarena|Gabriela|Claudia|Patricia|Verónica|Ximena|Andrea|Lorena|Marcela|Paola|Carmen",
        head=10,
    ),
    ranked(
        "José|Juan|Carlos|Luis|Jorge|Francisco|Sebastián|Matías|Cristián|Felipe|Diego|Rodrigo|Pablo|Manuel|Andrés|Nicolás|Pedro|Gonzalo|Claudio|Patricio|Mauricio|Alejandro|Víctor|Héctor|Ricardo",
        head=10,
    ),
    ranked(
        "González|Muñoz|Rojas|Díaz|Pérez|Soto|Contreras|Silva|Martínez|Sepúlveda|Morales|Rodríguez|López|Fuentes|Hernández|Torres|Araya|Flores|Espinoza|Valenzuela|Castillo|Tapia|Reyes|Gutiérrez|Castro|Pizarro|Álvarez|Vásquez|Sánchez|Fernández|Ramírez|Carrasco|Gómez|Cortés|Herrera|Núñez|Jara|Vergara",
        head=10,
    ),
)
KU = Origin(
    ranked(
        "Rojin|Berfin|Zilan|Hevin|Dilan|Delal|Nazdar|Shilan|Avin|Jiyan|Rojda|Bahar|Gulistan|Newroz|Sozdar|Helin|Kajal|Evin|Narin|Ronak|Xezal|Viyan|Beritan",
        head=10,
    ),
    ranked(
        "Azad|Rebin|Dilshad|Karwan|Shivan|Hoshyar|Bakhtiyar|Diyar|Serdar|Baran|Aram|Rawand|Ranj|Zana|Dara|Soran|Kawa|Hemin|Hiwa|Sherko|Nawzad|Renas|Hogir|Rizgar",
        head=10,
    ),
    ranked(
        "Ahmad|Mustafa|Rashid|Karim|Aziz|Hussein|Abdullah|Amin|Qadir|Salih|Hama|Faraj|Jalal|Omer|Ismail|Rasul|Khidir|Zebari|Baban|Sindi|Doski|Kurdi|Tahir|Majid|Barzinji",
        head=10,
    ),
)
UA = Origin(
    ranked(
        "Olena|Oksana|Iryna|Nataliia|Tetiana|Svitlana|Yuliia|Kateryna|Anastasiia|Olha|Mariia|Viktoriia|Halyna|Liudmyla|Daria|Alina|Inna|Larysa|Valentyna|Khrystyna",
        head=10,
    ),
    ranked(
        "Oleksandr|Serhii|Andrii|Volodymyr|Dmytro|Oleksii|Mykola|Ivan|Yurii|Vasyl|Viktor|Maksym|Bohdan|Taras|Ihor|Vitalii|Roman|Artem|Pavlo|Denys",
        head=10,
    ),
    ranked(
        "Melnyk|Shevchenko|Boiko|Kovalenko|Bondarenko|Tkachenko|Kovalchuk|Kravchenko|Oliinyk|Shevchuk|Koval|Polishchuk|Bondar|Tkachuk|Moroz|Marchenko|Lysenko|Rudenko|Savchenko|Petrenko|Kravchuk|Klymenko|Pavlenko|Savchuk",
        head=10,
    ),
)
IN = Origin(
    ranked(
        "Priya|Anjali|Pooja|Divya|Neha|Sneha|Kavya|Lakshmi|Deepa|Swati|Shreya|Aishwarya|Meera|Ritu|Sunita|Anita|Nisha|Shalini|Ananya|Sangeeta|Harpreet|Gurpreet",
        head=10,
    ),
    ranked(
        "Rahul|Amit|Rajesh|Suresh|Vijay|Arjun|Karthik|Sanjay|Ravi|Anil|Vikram|Rohit|Pradeep|Sandeep|Manish|Aditya|Nikhil|Srinivas|Venkatesh|Gurdeep|Rakesh|Prakash",
        head=10,
    ),
    ranked(
        "Patel|Sharma|Singh|Kumar|Reddy|Gupta|Shah|Nair|Iyer|Rao|Joshi|Mehta|Agarwal|Verma|Menon|Das|Pillai|Chopra|Malhotra|Bhat|Kulkarni|Desai|Krishnan|Mishra|Banerjee|Chatterjee|Srinivasan",
        head=10,
    ),
)
DE = Origin(
    ranked(
        "Sabine|Susanne|Petra|Claudia|Andrea|Nicole|Stefanie|Julia|Katrin|Anja|Birgit|Monika|Ursula|Heike|Sandra|Christina|Lena|Laura|Anna|Martina",
        head=10,
    ),
    ranked(
        "Thomas|Michael|Andreas|Stefan|Peter|Christian|Markus|Frank|Jürgen|Klaus|Wolfgang|Uwe|Matthias|Tobias|Jan|Sebastian|Dirk|Jens|Florian|Holger",
        head=10,
    ),
    ranked(
        "Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Schäfer|Koch|Bauer|Richter|Klein|Wolf|Schröder|Neumann|Schwarz|Zimmermann|Braun|Krüger|Hofmann|Hartmann|Lange|Schmitt|Werner|Schmitz|Krause|Meier",
        head=10,
    ),
)
# Norway and Denmark.
NO = Origin(
    ranked(
        "Anne|Inger|Kari|Marianne|Ingrid|Liv|Hanne|Mette|Kirsten|Lone|Camilla|Silje|Ida|Nora|Ingeborg|Randi|Tone|Gitte|Pia|Sidsel",
        head=10,
    ),
    ranked(
        "Jan|Per|Bjørn|Ole|Lars|Kjetil|Morten|Henrik|Søren|Jens|Niels|Rasmus|Anders|Thomas|Mads|Espen|Geir|Trond|Knut|Jørgen|Magnus",
        head=10,
    ),
    ranked(
        "Hansen|Johansen|Olsen|Larsen|Andersen|Pedersen|Nilsen|Kristiansen|Jensen|Karlsen|Johnsen|Pettersen|Eriksen|Berg|Haugen|Hagen|Jakobsen|Christensen|Sørensen|Rasmussen|Jørgensen|Madsen|Thomsen|Poulsen|Dahl|Halvorsen|Bakke|Lund|Knudsen|Mortensen",
        head=10,
    ),
)

# US Census 1990, dist.female.first: the first 400 names and their per cent of women.
US_F = (
    ("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.980),
    ("Elizabeth", 0.937), ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794),
    ("Margaret", 0.768), ("Dorothy", 0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667),
    ("Betty", 0.666), ("Helen", 0.663), ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565),
    ("Ruth", 0.562), ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.510), ("Sarah", 0.508),
    ("Kimberly", 0.504), ("Deborah", 0.494), ("Jessica", 0.490), ("Shirley", 0.482),
    ("Cynthia", 0.469), ("Angela", 0.468), ("Melissa", 0.462), ("Brenda", 0.455), ("Amy", 0.451),
    ("Anna", 0.440), ("Rebecca", 0.430), ("Virginia", 0.430), ("Kathleen", 0.424),
    ("Pamela", 0.416), ("Martha", 0.412), ("Debra", 0.408), ("Amanda", 0.404),
    ("Stephanie", 0.400), ("Carolyn", 0.385), ("Christine", 0.382), ("Marie", 0.379),
    ("Janet", 0.379), ("Catherine", 0.373), ("Frances", 0.370), ("Ann", 0.364), ("Joyce", 0.364),
    ("Diane", 0.359), ("Alice", 0.357), ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336),
    ("Doris", 0.335), ("Gloria", 0.335), ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315),
    ("Mildred", 0.313), ("Katherine", 0.313), ("Joan", 0.306), ("Ashley", 0.303),
    ("Judith", 0.297), ("Rose", 0.296), ("Janice", 0.285), ("Kelly", 0.283), ("Nicole", 0.281),
    ("Judy", 0.276), ("Christina", 0.275), ("Kathy", 0.272), ("Theresa", 0.271),
    ("Beverly", 0.267), ("Denise", 0.264), ("Tammy", 0.259), ("Irene", 0.252), ("Jane", 0.250),
    ("Lori", 0.248), ("Rachel", 0.242), ("Marilyn", 0.241), ("Andrea", 0.236), ("Kathryn", 0.234),
    ("Louise", 0.229), ("Sara", 0.229), ("Anne", 0.228), ("Jacqueline", 0.228), ("Wanda", 0.226),
    ("Bonnie", 0.223), ("Julia", 0.223), ("Ruby", 0.221), ("Lois", 0.220), ("Tina", 0.220),
    ("Phyllis", 0.219), ("Norma", 0.218), ("Paula", 0.217), ("Diana", 0.216), ("Annie", 0.216),
    ("Lillian", 0.211), ("Emily", 0.208), ("Robin", 0.208), ("Peggy", 0.208), ("Crystal", 0.207),
    ("Gladys", 0.205), ("Rita", 0.204), ("Dawn", 0.202), ("Connie", 0.200), ("Florence", 0.200),
    ("Tracy", 0.197), ("Edna", 0.197), ("Tiffany", 0.195), ("Carmen", 0.195), ("Rosa", 0.194),
    ("Cindy", 0.192), ("Grace", 0.189), ("Wendy", 0.185), ("Victoria", 0.180), ("Edith", 0.179),
    ("Kim", 0.178), ("Sherry", 0.178), ("Sylvia", 0.177), ("Josephine", 0.177), ("Thelma", 0.175),
    ("Shannon", 0.175), ("Sheila", 0.175), ("Ethel", 0.174), ("Ellen", 0.173), ("Elaine", 0.173),
    ("Marjorie", 0.173), ("Carrie", 0.171), ("Charlotte", 0.169), ("Monica", 0.166),
    ("Esther", 0.166), ("Pauline", 0.165), ("Emma", 0.165), ("Juanita", 0.164), ("Anita", 0.162),
    ("Rhonda", 0.162), ("Hazel", 0.161), ("Amber", 0.160), ("Eva", 0.159), ("Debbie", 0.157),
    ("April", 0.154), ("Leslie", 0.154), ("Clara", 0.153), ("Lucille", 0.153), ("Jamie", 0.153),
    ("Joanne", 0.150), ("Eleanor", 0.150), ("Valerie", 0.149), ("Danielle", 0.149),
    ("Megan", 0.147), ("Alicia", 0.146), ("Suzanne", 0.145), ("Michele", 0.145), ("Gail", 0.145),
    ("Bertha", 0.143), ("Darlene", 0.142), ("Veronica", 0.142), ("Jill", 0.142), ("Erin", 0.141),
    ("Geraldine", 0.141), ("Lauren", 0.137), ("Cathy", 0.137), ("Joann", 0.136),
    ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135), ("Regina", 0.133), ("Erica", 0.130),
    ("Beatrice", 0.130), ("Dolores", 0.129), ("Bernice", 0.128), ("Audrey", 0.127),
    ("Yvonne", 0.126), ("Annette", 0.125), ("June", 0.125), ("Samantha", 0.124), ("Marion", 0.122),
    ("Dana", 0.122), ("Stacy", 0.121), ("Ana", 0.120), ("Renee", 0.120), ("Ida", 0.118),
    ("Vivian", 0.118), ("Roberta", 0.117), ("Holly", 0.117), ("Brittany", 0.117),
    ("Melanie", 0.116), ("Loretta", 0.115), ("Yolanda", 0.115), ("Jeanette", 0.115),
    ("Laurie", 0.114), ("Katie", 0.113), ("Kristen", 0.111), ("Vanessa", 0.111), ("Alma", 0.111),
    ("Sue", 0.111), ("Elsie", 0.110), ("Beth", 0.110), ("Jeanne", 0.109), ("Vicki", 0.109),
    ("Carla", 0.107), ("Tara", 0.107), ("Rosemary", 0.107), ("Eileen", 0.105), ("Terri", 0.105),
    ("Gertrude", 0.103), ("Lucy", 0.103), ("Tonya", 0.102), ("Ella", 0.101), ("Stacey", 0.101),
    ("Wilma", 0.099), ("Gina", 0.099), ("Kristin", 0.099), ("Jessie", 0.098), ("Natalie", 0.098),
    ("Agnes", 0.098), ("Vera", 0.098), ("Willie", 0.097), ("Charlene", 0.097), ("Bessie", 0.096),
    ("Delores", 0.095), ("Melinda", 0.094), ("Pearl", 0.094), ("Arlene", 0.094),
    ("Maureen", 0.092), ("Colleen", 0.092), ("Allison", 0.092), ("Tamara", 0.092), ("Joy", 0.091),
    ("Georgia", 0.091), ("Constance", 0.091), ("Lillie", 0.090), ("Claudia", 0.090),
    ("Jackie", 0.090), ("Marcia", 0.090), ("Tanya", 0.089), ("Nellie", 0.089), ("Minnie", 0.089),
    ("Marlene", 0.088), ("Heidi", 0.088), ("Glenda", 0.088), ("Lydia", 0.086), ("Viola", 0.086),
    ("Courtney", 0.086), ("Marian", 0.086), ("Stella", 0.085), ("Caroline", 0.085),
    ("Dora", 0.084), ("Jo", 0.083), ("Vickie", 0.082), ("Mattie", 0.081), ("Terry", 0.080),
    ("Maxine", 0.079), ("Irma", 0.079), ("Mabel", 0.078), ("Marsha", 0.078), ("Myrtle", 0.078),
    ("Lena", 0.077), ("Christy", 0.077), ("Deanna", 0.076), ("Patsy", 0.076), ("Hilda", 0.075),
    ("Gwendolyn", 0.074), ("Jennie", 0.073), ("Nora", 0.073), ("Margie", 0.072), ("Nina", 0.072),
    ("Cassandra", 0.072), ("Leah", 0.072), ("Penny", 0.071), ("Kay", 0.071), ("Priscilla", 0.071),
    ("Naomi", 0.071), ("Carole", 0.071), ("Brandy", 0.070), ("Olga", 0.070), ("Billie", 0.069),
    ("Dianne", 0.069), ("Tracey", 0.069), ("Leona", 0.069), ("Jenny", 0.068), ("Felicia", 0.068),
    ("Sonia", 0.068), ("Miriam", 0.066), ("Velma", 0.066), ("Becky", 0.066), ("Bobbie", 0.065),
    ("Violet", 0.065), ("Kristina", 0.065), ("Toni", 0.064), ("Misty", 0.063), ("Mae", 0.063),
    ("Shelly", 0.062), ("Daisy", 0.062), ("Ramona", 0.062), ("Sherri", 0.062), ("Erika", 0.061),
    ("Katrina", 0.061), ("Claire", 0.061), ("Lindsey", 0.060), ("Lindsay", 0.060),
    ("Geneva", 0.059), ("Guadalupe", 0.059), ("Belinda", 0.059), ("Margarita", 0.059),
    ("Sheryl", 0.059), ("Cora", 0.058), ("Faye", 0.058), ("Ada", 0.057), ("Natasha", 0.057),
    ("Sabrina", 0.057), ("Isabel", 0.057), ("Marguerite", 0.056), ("Hattie", 0.056),
    ("Harriet", 0.056), ("Molly", 0.055), ("Cecilia", 0.055), ("Kristi", 0.055), ("Brandi", 0.055),
    ("Blanche", 0.055), ("Sandy", 0.055), ("Rosie", 0.055), ("Joanna", 0.055), ("Iris", 0.055),
    ("Eunice", 0.054), ("Angie", 0.054), ("Inez", 0.053), ("Lynda", 0.053), ("Madeline", 0.052),
    ("Amelia", 0.052), ("Alberta", 0.052), ("Genevieve", 0.051), ("Monique", 0.051),
    ("Jodi", 0.051), ("Janie", 0.051), ("Maggie", 0.051), ("Kayla", 0.051), ("Sonya", 0.051),
    ("Jan", 0.051), ("Lee", 0.051), ("Kristine", 0.051), ("Candace", 0.051), ("Fannie", 0.050),
    ("Maryann", 0.050), ("Opal", 0.050), ("Alison", 0.050), ("Yvette", 0.050), ("Melody", 0.050),
    ("Luz", 0.049), ("Susie", 0.049), ("Olivia", 0.049), ("Flora", 0.049), ("Shelley", 0.049),
    ("Kristy", 0.048), ("Mamie", 0.048), ("Lula", 0.048), ("Lola", 0.048), ("Verna", 0.048),
    ("Beulah", 0.048), ("Antoinette", 0.048), ("Candice", 0.046), ("Juana", 0.046),
    ("Jeannette", 0.046), ("Pam", 0.046), ("Kelli", 0.046), ("Hannah", 0.045), ("Whitney", 0.045),
    ("Bridget", 0.045), ("Karla", 0.044), ("Celia", 0.044), ("Latoya", 0.043), ("Patty", 0.043),
    ("Shelia", 0.043), ("Gayle", 0.043), ("Della", 0.043), ("Vicky", 0.043), ("Lynne", 0.043),
    ("Sheri", 0.042), ("Marianne", 0.042), ("Kara", 0.041), ("Jacquelyn", 0.041), ("Erma", 0.041),
    ("Blanca", 0.041), ("Myra", 0.040), ("Leticia", 0.040), ("Pat", 0.040), ("Krista", 0.040),
    ("Roxanne", 0.040), ("Angelica", 0.039), ("Johnnie", 0.039), ("Robyn", 0.039),
    ("Francis", 0.039), ("Adrienne", 0.039), ("Rosalie", 0.039), ("Alexandra", 0.039),
    ("Brooke", 0.039), ("Bethany", 0.039), ("Sadie", 0.039), ("Bernadette", 0.039),
)  # fmt: skip

# US Census 1990, dist.male.first: the first 400 names and their per cent of men.
US_M = (
    ("James", 3.318), ("John", 3.271), ("Robert", 3.143), ("Michael", 2.629), ("William", 2.451),
    ("David", 2.363), ("Richard", 1.703), ("Charles", 1.523), ("Joseph", 1.404), ("Thomas", 1.380),
    ("Christopher", 1.035), ("Daniel", 0.974), ("Paul", 0.948), ("Mark", 0.938), ("Donald", 0.931),
    ("George", 0.927), ("Kenneth", 0.826), ("Steven", 0.780), ("Edward", 0.779), ("Brian", 0.736),
    ("Ronald", 0.725), ("Anthony", 0.721), ("Kevin", 0.671), ("Jason", 0.660), ("Matthew", 0.657),
    ("Gary", 0.650), ("Timothy", 0.640), ("Jose", 0.613), ("Larry", 0.598), ("Jeffrey", 0.591),
    ("Frank", 0.581), ("Scott", 0.546), ("Eric", 0.544), ("Stephen", 0.540), ("Andrew", 0.537),
    ("Raymond", 0.488), ("Gregory", 0.441), ("Joshua", 0.435), ("Jerry", 0.432), ("Dennis", 0.415),
    ("Walter", 0.399), ("Patrick", 0.389), ("Peter", 0.381), ("Harold", 0.371), ("Douglas", 0.367),
    ("Henry", 0.365), ("Carl", 0.346), ("Arthur", 0.335), ("Ryan", 0.328), ("Roger", 0.322),
    ("Joe", 0.321), ("Juan", 0.316), ("Jack", 0.315), ("Albert", 0.314), ("Jonathan", 0.313),
    ("Justin", 0.311), ("Terry", 0.311), ("Gerald", 0.309), ("Keith", 0.308), ("Samuel", 0.306),
    ("Willie", 0.302), ("Ralph", 0.282), ("Lawrence", 0.282), ("Nicholas", 0.275), ("Roy", 0.273),
    ("Benjamin", 0.270), ("Bruce", 0.263), ("Brandon", 0.260), ("Adam", 0.259), ("Harry", 0.251),
    ("Fred", 0.251), ("Wayne", 0.249), ("Billy", 0.248), ("Steve", 0.246), ("Louis", 0.243),
    ("Jeremy", 0.242), ("Aaron", 0.240), ("Randy", 0.232), ("Howard", 0.230), ("Eugene", 0.230),
    ("Carlos", 0.229), ("Russell", 0.224), ("Bobby", 0.223), ("Victor", 0.222), ("Martin", 0.216),
    ("Ernest", 0.215), ("Phillip", 0.213), ("Todd", 0.213), ("Jesse", 0.209), ("Craig", 0.206),
    ("Alan", 0.204), ("Shawn", 0.200), ("Clarence", 0.197), ("Sean", 0.197), ("Philip", 0.197),
    ("Chris", 0.197), ("Johnny", 0.195), ("Earl", 0.193), ("Jimmy", 0.191), ("Antonio", 0.190),
    ("Danny", 0.190), ("Bryan", 0.190), ("Tony", 0.190), ("Luis", 0.189), ("Mike", 0.189),
    ("Stanley", 0.186), ("Leonard", 0.186), ("Nathan", 0.185), ("Dale", 0.184), ("Manuel", 0.181),
    ("Rodney", 0.180), ("Curtis", 0.180), ("Norman", 0.177), ("Allen", 0.174), ("Marvin", 0.171),
    ("Vincent", 0.168), ("Glenn", 0.167), ("Jeffery", 0.166), ("Travis", 0.166), ("Jeff", 0.166),
    ("Chad", 0.165), ("Jacob", 0.165), ("Lee", 0.162), ("Melvin", 0.162), ("Alfred", 0.162),
    ("Kyle", 0.160), ("Francis", 0.160), ("Bradley", 0.159), ("Jesus", 0.155), ("Herbert", 0.155),
    ("Frederick", 0.154), ("Ray", 0.153), ("Joel", 0.152), ("Edwin", 0.148), ("Don", 0.145),
    ("Eddie", 0.144), ("Ricky", 0.141), ("Troy", 0.138), ("Randall", 0.138), ("Barry", 0.134),
    ("Alexander", 0.132), ("Bernard", 0.127), ("Mario", 0.125), ("Leroy", 0.125),
    ("Francisco", 0.124), ("Marcus", 0.124), ("Micheal", 0.123), ("Theodore", 0.123),
    ("Clifford", 0.123), ("Miguel", 0.122), ("Oscar", 0.122), ("Jay", 0.118), ("Jim", 0.118),
    ("Tom", 0.117), ("Calvin", 0.115), ("Alex", 0.115), ("Jon", 0.115), ("Ronnie", 0.113),
    ("Bill", 0.112), ("Lloyd", 0.112), ("Tommy", 0.112), ("Leon", 0.112), ("Derek", 0.112),
    ("Warren", 0.110), ("Darrell", 0.108), ("Jerome", 0.108), ("Floyd", 0.107), ("Leo", 0.106),
    ("Alvin", 0.105), ("Tim", 0.104), ("Wesley", 0.104), ("Gordon", 0.104), ("Dean", 0.104),
    ("Greg", 0.104), ("Jorge", 0.104), ("Dustin", 0.103), ("Pedro", 0.103), ("Derrick", 0.103),
    ("Dan", 0.101), ("Lewis", 0.099), ("Zachary", 0.099), ("Corey", 0.098), ("Herman", 0.097),
    ("Maurice", 0.097), ("Vernon", 0.097), ("Roberto", 0.097), ("Clyde", 0.095), ("Glen", 0.094),
    ("Hector", 0.094), ("Shane", 0.093), ("Ricardo", 0.093), ("Sam", 0.092), ("Rick", 0.091),
    ("Lester", 0.091), ("Brent", 0.090), ("Ramon", 0.090), ("Charlie", 0.090), ("Tyler", 0.089),
    ("Gilbert", 0.089), ("Gene", 0.087), ("Marc", 0.087), ("Reginald", 0.084), ("Ruben", 0.082),
    ("Brett", 0.082), ("Angel", 0.082), ("Nathaniel", 0.081), ("Rafael", 0.081), ("Leslie", 0.081),
    ("Edgar", 0.080), ("Milton", 0.080), ("Raul", 0.079), ("Ben", 0.078), ("Chester", 0.078),
    ("Cecil", 0.078), ("Duane", 0.077), ("Franklin", 0.077), ("Andre", 0.076), ("Elmer", 0.074),
    ("Brad", 0.073), ("Gabriel", 0.073), ("Ron", 0.072), ("Mitchell", 0.072), ("Roland", 0.072),
    ("Arnold", 0.072), ("Harvey", 0.072), ("Jared", 0.071), ("Adrian", 0.069), ("Karl", 0.069),
    ("Cory", 0.068), ("Claude", 0.068), ("Erik", 0.068), ("Darryl", 0.067), ("Jamie", 0.066),
    ("Neil", 0.066), ("Jessie", 0.065), ("Christian", 0.065), ("Javier", 0.065),
    ("Fernando", 0.065), ("Clinton", 0.065), ("Ted", 0.064), ("Mathew", 0.064), ("Tyrone", 0.064),
    ("Darren", 0.064), ("Lonnie", 0.064), ("Lance", 0.063), ("Cody", 0.063), ("Julio", 0.063),
    ("Kelly", 0.063), ("Kurt", 0.062), ("Allan", 0.061), ("Nelson", 0.061), ("Guy", 0.060),
    ("Clayton", 0.060), ("Hugh", 0.060), ("Max", 0.059), ("Dwayne", 0.059), ("Dwight", 0.058),
    ("Armando", 0.058), ("Felix", 0.058), ("Jimmie", 0.058), ("Everett", 0.057), ("Jordan", 0.056),
    ("Ian", 0.056), ("Wallace", 0.056), ("Ken", 0.055), ("Bob", 0.055), ("Jaime", 0.055),
    ("Casey", 0.054), ("Alfredo", 0.054), ("Alberto", 0.053), ("Dave", 0.053), ("Ivan", 0.053),
    ("Johnnie", 0.052), ("Sidney", 0.052), ("Byron", 0.052), ("Julian", 0.052), ("Isaac", 0.051),
    ("Morris", 0.051), ("Clifton", 0.050), ("Willard", 0.050), ("Daryl", 0.050), ("Ross", 0.050),
    ("Virgil", 0.049), ("Andy", 0.049), ("Marshall", 0.049), ("Salvador", 0.049), ("Perry", 0.049),
    ("Kirk", 0.049), ("Sergio", 0.049), ("Marion", 0.048), ("Tracy", 0.048), ("Seth", 0.048),
    ("Kent", 0.048), ("Terrance", 0.048), ("Rene", 0.048), ("Eduardo", 0.047), ("Terrence", 0.047),
    ("Enrique", 0.046), ("Freddie", 0.046), ("Wade", 0.045), ("Austin", 0.044), ("Stuart", 0.044),
    ("Fredrick", 0.043), ("Arturo", 0.043), ("Alejandro", 0.043), ("Jackie", 0.043),
    ("Joey", 0.043), ("Nick", 0.043), ("Luther", 0.043), ("Wendell", 0.042), ("Jeremiah", 0.042),
    ("Evan", 0.042), ("Julius", 0.042), ("Dana", 0.042), ("Donnie", 0.041), ("Otis", 0.041),
    ("Shannon", 0.040), ("Trevor", 0.040), ("Oliver", 0.040), ("Luke", 0.040), ("Homer", 0.040),
    ("Gerard", 0.040), ("Doug", 0.040), ("Kenny", 0.039), ("Hubert", 0.039), ("Angelo", 0.039),
    ("Shaun", 0.039), ("Lyle", 0.038), ("Matt", 0.038), ("Lynn", 0.038), ("Alfonso", 0.038),
    ("Orlando", 0.037), ("Rex", 0.037), ("Carlton", 0.037), ("Ernesto", 0.037), ("Cameron", 0.037),
    ("Neal", 0.037), ("Pablo", 0.036), ("Lorenzo", 0.036), ("Omar", 0.036), ("Wilbur", 0.036),
    ("Blake", 0.036), ("Grant", 0.036), ("Horace", 0.036), ("Roderick", 0.036), ("Kerry", 0.036),
    ("Abraham", 0.035), ("Willis", 0.035), ("Rickey", 0.035), ("Jean", 0.035), ("Ira", 0.035),
    ("Andres", 0.034), ("Cesar", 0.034), ("Johnathan", 0.034), ("Malcolm", 0.034),
    ("Rudolph", 0.034), ("Damon", 0.034), ("Kelvin", 0.034), ("Rudy", 0.034), ("Preston", 0.034),
    ("Alton", 0.033), ("Archie", 0.033), ("Marco", 0.033), ("Wm", 0.033), ("Pete", 0.032),
    ("Randolph", 0.032), ("Garry", 0.032), ("Geoffrey", 0.032), ("Jonathon", 0.032),
    ("Felipe", 0.032), ("Bennie", 0.032), ("Gerardo", 0.032), ("Ed", 0.032), ("Dominic", 0.032),
    ("Robin", 0.032), ("Loren", 0.032), ("Delbert", 0.031), ("Colin", 0.031), ("Guillermo", 0.031),
    ("Earnest", 0.031), ("Lucas", 0.031), ("Benny", 0.030), ("Noel", 0.030), ("Spencer", 0.030),
    ("Rodolfo", 0.030), ("Myron", 0.030), ("Edmund", 0.030), ("Garrett", 0.029),
    ("Salvatore", 0.029), ("Cedric", 0.029), ("Lowell", 0.029), ("Gregg", 0.029),
    ("Sherman", 0.028), ("Wilson", 0.028), ("Devin", 0.028), ("Sylvester", 0.028), ("Kim", 0.028),
    ("Roosevelt", 0.028), ("Israel", 0.028), ("Jermaine", 0.028),
)  # fmt: skip

# US Census 1990, dist.all.last: the first 450 surnames and their per cent of people.
US_S = (
    ("Smith", 1.006), ("Johnson", 0.810), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621),
    ("Davis", 0.480), ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor", 0.311),
    ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.310), ("White", 0.279),
    ("Harris", 0.275), ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254),
    ("Martinez", 0.234), ("Robinson", 0.233), ("Clark", 0.231), ("Rodriguez", 0.229),
    ("Lewis", 0.226), ("Lee", 0.220), ("Walker", 0.219), ("Hall", 0.200), ("Allen", 0.199),
    ("Young", 0.193), ("Hernandez", 0.192), ("King", 0.190), ("Wright", 0.189), ("Lopez", 0.187),
    ("Hill", 0.187), ("Scott", 0.185), ("Green", 0.183), ("Adams", 0.174), ("Baker", 0.171),
    ("Gonzalez", 0.166), ("Nelson", 0.162), ("Carter", 0.162), ("Mitchell", 0.160),
    ("Perez", 0.155), ("Roberts", 0.153), ("Turner", 0.152), ("Phillips", 0.149),
    ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141), ("Edwards", 0.137),
    ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.130), ("Morris", 0.125),
    ("Rogers", 0.123), ("Reed", 0.122), ("Cook", 0.120), ("Morgan", 0.118), ("Bell", 0.117),
    ("Murphy", 0.117), ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper", 0.113),
    ("Richardson", 0.112), ("Cox", 0.110), ("Howard", 0.110), ("Ward", 0.108), ("Torres", 0.108),
    ("Peterson", 0.107), ("Gray", 0.106), ("Ramirez", 0.105), ("James", 0.105), ("Watson", 0.103),
    ("Brooks", 0.103), ("Kelly", 0.102), ("Sanders", 0.100), ("Price", 0.099), ("Bennett", 0.099),
    ("Wood", 0.098), ("Barnes", 0.097), ("Ross", 0.096), ("Henderson", 0.095), ("Coleman", 0.095),
    ("Jenkins", 0.095), ("Perry", 0.094), ("Powell", 0.093), ("Long", 0.092), ("Patterson", 0.092),
    ("Hughes", 0.092), ("Flores", 0.092), ("Washington", 0.092), ("Butler", 0.091),
    ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales", 0.087), ("Bryant", 0.087),
    ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084), ("Diaz", 0.084),
    ("Hayes", 0.083), ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082), ("Graham", 0.082),
    ("Sullivan", 0.081), ("Wallace", 0.081), ("Woods", 0.080), ("Cole", 0.080), ("West", 0.080),
    ("Jordan", 0.078), ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077), ("Ellis", 0.077),
    ("Harrison", 0.076), ("Gibson", 0.075), ("McDonald", 0.075), ("Cruz", 0.075),
    ("Marshall", 0.075), ("Ortiz", 0.075), ("Gomez", 0.075), ("Murray", 0.074), ("Freeman", 0.074),
    ("Wells", 0.073), ("Webb", 0.072), ("Simpson", 0.070), ("Stevens", 0.070), ("Tucker", 0.070),
    ("Porter", 0.069), ("Hunter", 0.069), ("Hicks", 0.069), ("Crawford", 0.068), ("Henry", 0.068),
    ("Boyd", 0.068), ("Mason", 0.068), ("Morales", 0.067), ("Kennedy", 0.067), ("Warren", 0.067),
    ("Dixon", 0.066), ("Ramos", 0.066), ("Reyes", 0.066), ("Burns", 0.065), ("Gordon", 0.065),
    ("Shaw", 0.065), ("Holmes", 0.065), ("Rice", 0.064), ("Robertson", 0.064), ("Hunt", 0.063),
    ("Black", 0.063), ("Daniels", 0.062), ("Palmer", 0.062), ("Mills", 0.061), ("Nichols", 0.060),
    ("Grant", 0.060), ("Knight", 0.060), ("Ferguson", 0.059), ("Rose", 0.059), ("Stone", 0.059),
    ("Hawkins", 0.059), ("Dunn", 0.058), ("Perkins", 0.058), ("Hudson", 0.058), ("Spencer", 0.057),
    ("Gardner", 0.057), ("Stephens", 0.057), ("Payne", 0.057), ("Pierce", 0.056), ("Berry", 0.056),
    ("Matthews", 0.056), ("Arnold", 0.056), ("Wagner", 0.055), ("Willis", 0.055), ("Ray", 0.055),
    ("Watkins", 0.055), ("Olson", 0.055), ("Carroll", 0.055), ("Duncan", 0.055), ("Snyder", 0.055),
    ("Hart", 0.054), ("Cunningham", 0.054), ("Bradley", 0.054), ("Lane", 0.054),
    ("Andrews", 0.054), ("Ruiz", 0.054), ("Harper", 0.054), ("Fox", 0.053), ("Riley", 0.053),
    ("Armstrong", 0.053), ("Carpenter", 0.053), ("Weaver", 0.053), ("Greene", 0.053),
    ("Lawrence", 0.052), ("Elliott", 0.052), ("Chavez", 0.052), ("Sims", 0.052), ("Austin", 0.052),
    ("Peters", 0.052), ("Kelley", 0.052), ("Franklin", 0.051), ("Lawson", 0.051),
    ("Fields", 0.051), ("Gutierrez", 0.051), ("Ryan", 0.051), ("Schmidt", 0.051), ("Carr", 0.051),
    ("Vasquez", 0.051), ("Castillo", 0.051), ("Wheeler", 0.051), ("Chapman", 0.050),
    ("Oliver", 0.050), ("Montgomery", 0.049), ("Richards", 0.049), ("Williamson", 0.049),
    ("Johnston", 0.049), ("Banks", 0.048), ("Meyer", 0.048), ("Bishop", 0.048), ("McCoy", 0.048),
    ("Howell", 0.048), ("Alvarez", 0.048), ("Morrison", 0.048), ("Hansen", 0.047),
    ("Fernandez", 0.047), ("Garza", 0.047), ("Harvey", 0.047), ("Little", 0.046),
    ("Burton", 0.046), ("Stanley", 0.046), ("Nguyen", 0.046), ("George", 0.046), ("Jacobs", 0.046),
    ("Reid", 0.046), ("Kim", 0.045), ("Fuller", 0.045), ("Lynch", 0.045), ("Dean", 0.045),
    ("Gilbert", 0.045), ("Garrett", 0.045), ("Romero", 0.045), ("Welch", 0.044), ("Larson", 0.044),
    ("Frazier", 0.044), ("Burke", 0.044), ("Hanson", 0.043), ("Day", 0.043), ("Mendoza", 0.043),
    ("Moreno", 0.043), ("Bowman", 0.043), ("Medina", 0.042), ("Fowler", 0.042), ("Brewer", 0.042),
    ("Hoffman", 0.042), ("Carlson", 0.042), ("Silva", 0.042), ("Pearson", 0.042),
    ("Holland", 0.042), ("Douglas", 0.041), ("Fleming", 0.041), ("Jensen", 0.041),
    ("Vargas", 0.041), ("Byrd", 0.041), ("Davidson", 0.041), ("Hopkins", 0.041), ("May", 0.040),
    ("Terry", 0.040), ("Herrera", 0.040), ("Wade", 0.040), ("Soto", 0.040), ("Walters", 0.040),
    ("Curtis", 0.040), ("Neal", 0.039), ("Caldwell", 0.039), ("Lowe", 0.039), ("Jennings", 0.039),
    ("Barnett", 0.039), ("Graves", 0.039), ("Jimenez", 0.039), ("Horton", 0.039),
    ("Shelton", 0.039), ("Barrett", 0.039), ("O'Brien", 0.039), ("Castro", 0.039),
    ("Sutton", 0.038), ("Gregory", 0.038), ("McKinney", 0.038), ("Lucas", 0.038), ("Miles", 0.038),
    ("Craig", 0.038), ("Rodriquez", 0.037), ("Chambers", 0.037), ("Holt", 0.037),
    ("Lambert", 0.037), ("Fletcher", 0.037), ("Watts", 0.037), ("Bates", 0.037), ("Hale", 0.037),
    ("Rhodes", 0.037), ("Pena", 0.037), ("Beck", 0.037), ("Newman", 0.036), ("Haynes", 0.036),
    ("McDaniel", 0.036), ("Mendez", 0.036), ("Bush", 0.036), ("Vaughn", 0.036), ("Parks", 0.035),
    ("Dawson", 0.035), ("Santiago", 0.035), ("Norris", 0.035), ("Hardy", 0.035), ("Love", 0.035),
    ("Steele", 0.035), ("Curry", 0.035), ("Powers", 0.035), ("Schultz", 0.035), ("Barker", 0.035),
    ("Guzman", 0.034), ("Page", 0.034), ("Munoz", 0.034), ("Ball", 0.034), ("Keller", 0.034),
    ("Chandler", 0.034), ("Weber", 0.034), ("Leonard", 0.034), ("Walsh", 0.033), ("Lyons", 0.033),
    ("Ramsey", 0.033), ("Wolfe", 0.033), ("Schneider", 0.033), ("Mullins", 0.033),
    ("Benson", 0.033), ("Sharp", 0.033), ("Bowen", 0.033), ("Daniel", 0.033), ("Barber", 0.032),
    ("Cummings", 0.032), ("Hines", 0.032), ("Baldwin", 0.032), ("Griffith", 0.032),
    ("Valdez", 0.032), ("Hubbard", 0.032), ("Salazar", 0.032), ("Reeves", 0.032),
    ("Warner", 0.031), ("Stevenson", 0.031), ("Burgess", 0.031), ("Santos", 0.031),
    ("Tate", 0.031), ("Cross", 0.031), ("Garner", 0.031), ("Mann", 0.031), ("Mack", 0.031),
    ("Moss", 0.031), ("Thornton", 0.031), ("Dennis", 0.031), ("McGee", 0.031), ("Farmer", 0.030),
    ("Delgado", 0.030), ("Aguilar", 0.030), ("Vega", 0.030), ("Glover", 0.030), ("Manning", 0.030),
    ("Cohen", 0.030), ("Harmon", 0.030), ("Rodgers", 0.030), ("Robbins", 0.030), ("Newton", 0.030),
    ("Todd", 0.030), ("Blair", 0.030), ("Higgins", 0.030), ("Ingram", 0.030), ("Reese", 0.030),
    ("Cannon", 0.030), ("Strickland", 0.030), ("Townsend", 0.030), ("Potter", 0.030),
    ("Goodwin", 0.030), ("Walton", 0.030), ("Rowe", 0.029), ("Hampton", 0.029), ("Ortega", 0.029),
    ("Patton", 0.029), ("Swanson", 0.029), ("Joseph", 0.029), ("Francis", 0.029),
    ("Goodman", 0.029), ("Maldonado", 0.029), ("Yates", 0.029), ("Becker", 0.029),
    ("Erickson", 0.029), ("Hodges", 0.029), ("Rios", 0.029), ("Conner", 0.029), ("Adkins", 0.029),
    ("Webster", 0.028), ("Norman", 0.028), ("Malone", 0.028), ("Hammond", 0.028),
    ("Flowers", 0.028), ("Cobb", 0.028), ("Moody", 0.028), ("Quinn", 0.028), ("Blake", 0.028),
    ("Maxwell", 0.028), ("Pope", 0.028), ("Floyd", 0.027), ("Osborne", 0.027), ("Paul", 0.027),
    ("McCarthy", 0.027), ("Guerrero", 0.027), ("Lindsey", 0.027), ("Estrada", 0.027),
    ("Sandoval", 0.027), ("Gibbs", 0.027), ("Tyler", 0.027), ("Gross", 0.027),
    ("Fitzgerald", 0.027), ("Stokes", 0.027), ("Doyle", 0.027), ("Sherman", 0.027),
    ("Saunders", 0.027), ("Wise", 0.027), ("Colon", 0.027), ("Gill", 0.027), ("Alvarado", 0.027),
    ("Greer", 0.026), ("Padilla", 0.026), ("Simon", 0.026), ("Waters", 0.026), ("Nunez", 0.026),
    ("Ballard", 0.026), ("Schwartz", 0.026), ("McBride", 0.026), ("Houston", 0.026),
    ("Christensen", 0.026), ("Klein", 0.026), ("Pratt", 0.026), ("Briggs", 0.026),
    ("Parsons", 0.026), ("McLaughlin", 0.026), ("Zimmerman", 0.026), ("French", 0.026),
    ("Buchanan", 0.026), ("Moran", 0.026), ("Copeland", 0.025), ("Roy", 0.025), ("Pittman", 0.025),
    ("Brady", 0.025), ("McCormick", 0.025), ("Holloway", 0.025),
)  # fmt: skip


US = Origin(census(US_F, 150), census(US_M, 150), census(US_S, 150))
SV = Origin(SV_F, SV_M, SV_S)
UK = Origin(UK_F, UK_M, UK_S)

ORIGINS: dict[str, Origin] = {
    "swedish": SV, "us": US, "uk": UK, "finnish": FI, "arabic": AR, "somali": SO, "polish": PL,
    "persian": FA, "bcs": BCS, "turkish": TR, "eritrean": ER, "afghan": AF, "thai": TH,
    "latin": LA, "kurdish": KU, "ukrainian": UA, "indian": IN, "german": DE, "nordic": NO,
}  # fmt: skip

# Who is named in a text of each language: Swedish text names people roughly as Sweden's
# population is made up; English text mostly names Americans and Britons; mixed text (Swedes at
# work writing half in English) names Swedes first, then colleagues and customers from abroad.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 68, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "kurdish": 1.5, "turkish": 1.5, "afghan": 1.5, "nordic": 1.5, "eritrean": 1.2,
        "ukrainian": 1.2, "thai": 1, "latin": 1, "german": 1, "indian": 1, "uk": 0.6, "us": 0.5,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 9, "indian": 3, "arabic": 2, "polish": 2, "latin": 2,
        "german": 1, "nordic": 1, "finnish": 1, "somali": 1, "persian": 1, "turkish": 1,
        "bcs": 0.8, "ukrainian": 0.8, "thai": 0.5, "afghan": 0.5, "eritrean": 0.5, "kurdish": 0.5,
    },
    "mixed": {
        "swedish": 52, "uk": 10, "us": 9, "arabic": 5, "finnish": 3, "polish": 3, "persian": 2.5,
        "bcs": 2.5, "nordic": 2, "german": 1.5, "indian": 1.5, "kurdish": 1.5, "turkish": 1.5,
        "somali": 1.5, "afghan": 1.2, "ukrainian": 1.2, "eritrean": 1, "thai": 1, "latin": 1,
    },
}  # fmt: skip

# Short forms people go by, per origin: given name -> the forms used for it.
NICK_SV: dict[str, tuple[str, ...]] = {
    "Lars": ("Lasse",), "Mikael": ("Micke",), "Karl": ("Kalle",), "Carl": ("Calle", "Kalle"),
    "Per": ("Pelle",), "Joakim": ("Jocke",), "Magnus": ("Manne",), "Marcus": ("Mackan",),
    "Fredrik": ("Fredde",), "Thomas": ("Tompa",), "Robert": ("Robban",), "Patrik": ("Patte",),
    "Kristoffer": ("Kricke", "Krille"), "Sebastian": ("Sebbe",), "Alexander": ("Alex",),
    "Daniel": ("Danne",), "Mattias": ("Matte",), "Mats": ("Matte",), "Henrik": ("Henke",),
    "Niklas": ("Nicke",), "Tobias": ("Tobbe",), "Torbjörn": ("Tobbe",), "Hans": ("Hasse",),
    "Bengt": ("Bengan",), "Jesper": ("Jeppe",), "Gustav": ("Gurra", "Gugge"), "Gustaf": ("Gurra",),
    "Johannes": ("Jojje",), "Jonas": ("Jonte",), "Andreas": ("Andy",), "Christer": ("Kicken",),
    "Kenneth": ("Kenta",), "Björn": ("Nalle",), "Ludvig": ("Ludde",), "Viktor": ("Vicke",),
    "Rasmus": ("Rasse",), "Göran": ("Gurra",), "Bo": ("Bosse",), "Roger": ("Roffe",),
    "Rolf": ("Roffe",), "Olof": ("Olle",), "Albin": ("Abbe",), "Simon": ("Sigge",),
    "Elisabeth": ("Lisa", "Bettan", "Lisbeth"), "Elisabet": ("Lisa", "Bettan"),
    "Charlotte": ("Lotta",), "Susanne": ("Sussie", "Sanna"), "Katarina": ("Kattis", "Kajsa"),
    "Kristina": ("Kicki", "Stina"), "Christina": ("Kicki", "Stina"), "Margareta": ("Maggan", "Greta"),
    "Birgitta": ("Gittan", "Bitte"), "Barbro": ("Babban",), "Josefin": ("Jossan",),
    "Therese": ("Tessan",), "Viktoria": ("Vicky",), "Madeleine": ("Madde",), "Matilda": ("Tilda",),
    "Rebecka": ("Becka",), "Alexandra": ("Alex",), "Jessica": ("Jessan",), "Cecilia": ("Cissi",),
    "Camilla": ("Millan",), "Gunilla": ("Gullan",), "Helena": ("Lena",), "Johanna": ("Hanna",),
    "Ann-Charlotte": ("Lotta",), "Caroline": ("Caro",), "Annika": ("Anki",), "Ingrid": ("Ninni",),
}  # fmt: skip
NICK_EN: dict[str, tuple[str, ...]] = {
    "William": ("Will", "Bill"), "Robert": ("Rob", "Bob"), "Richard": ("Rich", "Rick"),
    "James": ("Jim", "Jamie"), "Michael": ("Mike",), "Christopher": ("Chris",), "Matthew": ("Matt",),
    "Daniel": ("Dan", "Danny"), "Thomas": ("Tom",), "Jonathan": ("Jon",), "Anthony": ("Tony",),
    "Joseph": ("Joe",), "Benjamin": ("Ben",), "Samuel": ("Sam",), "Nicholas": ("Nick",),
    "Andrew": ("Andy",), "Edward": ("Ed", "Ted"), "Stephen": ("Steve",), "Steven": ("Steve",),
    "David": ("Dave",), "Alexander": ("Alex",), "Timothy": ("Tim",), "Charles": ("Charlie", "Chuck"),
    "Patrick": ("Pat",), "Gregory": ("Greg",), "Kenneth": ("Ken",), "Ronald": ("Ron",),
    "Donald": ("Don",), "Raymond": ("Ray",), "Lawrence": ("Larry",), "Philip": ("Phil",),
    "Jennifer": ("Jen", "Jenny"), "Elizabeth": ("Liz", "Beth"), "Katherine": ("Kate", "Katie"),
    "Catherine": ("Cathy", "Kate"), "Margaret": ("Maggie", "Peggy"), "Rebecca": ("Becky",),
    "Jessica": ("Jess",), "Victoria": ("Vicky",), "Susan": ("Sue",), "Deborah": ("Debbie",),
    "Patricia": ("Pat", "Trish"), "Samantha": ("Sam",), "Abigail": ("Abby",), "Alexandra": ("Alex",),
    "Kimberly": ("Kim",), "Christine": ("Chris",), "Jacqueline": ("Jackie",), "Nicola": ("Nicky",),
    "Amanda": ("Mandy",), "Barbara": ("Barb",), "Dorothy": ("Dot",), "Pamela": ("Pam",),
}  # fmt: skip
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": NICK_SV, "us": NICK_EN, "uk": NICK_EN,
    "polish": {"Aleksandra": ("Ola",), "Katarzyna": ("Kasia",), "Małgorzata": ("Gosia",), "Magdalena": ("Magda",), "Agnieszka": ("Aga",), "Joanna": ("Asia",), "Tomasz": ("Tomek",), "Krzysztof": ("Krzysiek",), "Piotr": ("Piotrek",), "Wojciech": ("Wojtek",)},
    "latin": {"Francisco": ("Pancho",), "José": ("Pepe",), "Francisca": ("Pancha",), "Alejandro": ("Ale",)},
    "arabic": {"Mohammed": ("Mo", "Hamoudi"), "Abdullah": ("Abdi",)},
    "persian": {"Mohammad": ("Mamad",), "Fatemeh": ("Fati",)},
    "finnish": {"Juha": ("Jussi",), "Matti": ("Masa",), "Johanna": ("Jonna",)},
    "german": {"Stefanie": ("Steffi",), "Matthias": ("Matze",), "Wolfgang": ("Wolle",)},
    "ukrainian": {"Oleksandr": ("Sasha",), "Volodymyr": ("Vova",), "Kateryna": ("Katia",), "Anastasiia": ("Nastia",)},
}  # fmt: skip
