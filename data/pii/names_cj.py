# ruff: noqa: E501
"""Name pools of held-out cj: names as the population has them (sixty-seventh writer).

Every list is in the order of how many people carry the name, weight 1/rank unless a list has its
own per cents (the US Census 1990 lists, copied from the public-domain `dist.*` files of the
`names==0.3.0` package). Swedish lists follow SCB's name statistics and the UK lists the ONS
rankings, written from general knowledge; the origins common in Sweden have their own commonest
given names and surnames. No name was checked against any list of the project and none was left
out for being known or unknown. Stdlib only.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this probability, else its tail


@dataclass
class Pool:
    names: list[str]
    weights: list[float]
    head: int


@dataclass
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def _dedupe(words: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for w in words:
        if w not in seen:
            seen.add(w)
            out.append(w)
    return out


def ranked(text: str, head: int) -> Pool:
    """A pool from names in rank order (`|` separates names, so `von Platen` is one), 1/rank."""
    words = _dedupe([w.strip() for w in text.replace("\n", "|").split("|") if w.strip()])
    return Pool(words, [1 / (i + 1) for i in range(len(words))], min(head, len(words)))


def weighted(rows: list[tuple[str, float]], head: int) -> Pool:
    return Pool([n for n, _ in rows], [w for _, w in rows], min(head, len(rows)))


def plain(word: str) -> str:
    """A name typed without its letters' marks (`Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`)."""
    word = word.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("đ", "dj").replace("Đ", "Dj")
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(word: str) -> str:
    """A Polish surname as a woman carries it (`Kowalski` -> `Kowalska`)."""
    for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if word.endswith(a):
            return word[: -len(a)] + b
    return word


# --- Sweden (SCB name statistics, whole population; written from general knowledge) -------------
SV_WOMEN = ranked(
    """Maria|Elisabeth|Anna|Kristina|Margareta|Eva|Linnéa|Karin|Birgitta|Marie|Ingrid|Emma|Sara
Sofia|Kerstin|Christina|Lena|Helena|Marianne|Johanna|Inger|Cecilia|Ulla|Elin|Anita|Louise
Viktoria|Ida|Hanna|Gunilla|Susanne|Ingegerd|Malin|Katarina|Jenny|Carina|Irene|Monica|Barbro
Ann|Matilda|Ulrika|Amanda|Julia|Linda|Åsa|Therese|Elsa|Camilla|Ingela|Gunnel|Maja|Anette
Frida|Alice|Ebba|Josefin|Caroline|Anneli|Lovisa|Charlotte|Siv|Britt|Agneta|Jessica|Emelie
Rebecka|Alexandra|Gun|Yvonne|Kristin|Maj|Astrid|Sanna|Pia|Annika|Marita|Erika|Wilma|Klara
Ella|Ellen|Magdalena|Mona|Gunhild|Ann-Marie|Mia|Ingeborg|Petra|Madeleine|Lisa|Emilia|Birgit
Gertrud|Sandra|Moa|Nathalie|Elisabet|Agnes|Felicia|Helen|Linn|Jennie|Saga|Olivia|Stina|Viola
Ester|Märta|Karolina|Sofie|Anne|Kajsa|Nora|Tove|Vera|Tilda|Signe|Alva|Greta|Selma|Tuva|Thea
Isabelle|Isabella|Lilly|Stella|Freja|Alma|Elvira|Hedvig|Hilda|Ylva|Ann-Christin|Rut|Eleonor
Lotta|Mikaela|Angelica|Veronica|Jeanette|Ingalill|Solveig|Ragnhild|Berit|Elsie|Aina|Doris
Ann-Charlotte|Marina|Anna-Karin|Eva-Lena|Mari|Ebba|Tina|Ewa|Lillemor|Majvor|Elvi|Rakel
Ronja|Tindra|Melissa|Alicia|Nellie|Juni|Leia|Mira|Liv|Vilma|Hedda|Majken|Edith|Svea|Iris
Lova|Ines|Meja|Livia|Nova|Elise|Elna|Dagmar|Sigrid|Ingegärd|Britta|Lisbeth|Gudrun|Ulla-Britt
Gunvor|Maud|Harriet|Ethel|Lilian|Evy|Anne-Marie|Sonja|Vivianne|Git|Inga|Asta|Hjördis|Gully
Ellinor|Paulina|Cornelia|Fanny|Josephine|Michaela|Rebecca|Therése|Jonna|Emmy|Nathalie|Lisen
Jill|Filippa|Kim|Mathilda|Evelina|Elina|Jasmine|Sabina|Anja|Tanja|Carin|Katrin|Marlene
Annelie|Ingrid-Marie|Lise-Lotte|Eva-Karin|Anna-Lena|Marie-Louise|Britt-Marie|Gun-Britt
Karin-Elisabeth|Ulla-Karin|Mai|Kerttu|Ruth|Irma|Alfhild|Valborg|Hulda|Signhild|Ottilia
Tekla|Beda|Elvy|Ingvor|Gunborg|Aslög|Torborg|Siri|Ylvali|Idun|Embla|Ingrun|Tyra|Ylwa|Malva
Dorotea|Hedy|Charlie|Tyra|Lykke|Blenda|Bodil|Dagny|Ellie|Minna|Kaisa|Saralinn
Vendela|Mirja|Tiina|Maj-Britt|Maj-Lis|Ann-Sofie|Ann-Louise|Carola|Pernilla|Marielle|Louisa
Annbritt|Lena-Maria|Birgitta-Maria|Margit|Ingela-Marie|Elinor|Melina|Emelia|Linnéa-Maria
Hillevi|Solbritt|Gerd|Eivor|Kristel|Karita|Sunniva|Ingeli|Gunnvor|Ninni|Sussie|Tuulikki
Lina|Linnea|Nicole|Amelia|Hilma|Greta|Ester|Jenna|Josefine|Emilie|Moa-Li|Ingalena|Elly
Alexandra|Beatrice|Nadja|Natalie|Olga|Irina|Fatima|Amina|Sara-Li|Leila|Yasmin|Nour|Hiba
Ingrid-Lill|Mona-Lisa|Kristi|Lovis|Elna|Ingbritt|Ylvie|Vanja|Mikaela|Tova|Tora|Edla|Hanne
Fredrika|Henrietta|Agda|Ester|Mimmi|Vivi|Nanna|Annie|Lilja|Majlis|Gunni|Maj-Gun|Birgitt
Kristine|Rigmor|Irja|Ebon|Gunnborg|Solvig|Anny|Svanhild|Else|Lis|Elsy|Mona-Lill|Ingvild
Astri|Aurora|Alba|Luna|Elsa-Maj|Stina-Karin|Kerstin-Maria|Hannele|Jaana|Sirkka|Marjatta
Cajsa|Jossan|Nelly|Alexia|Vilda|Majvi|Gisela|Ulrica|Victoria|Kristina-Maria|Lova-Li|Ina""",
    150,
)
SV_MEN = ranked(
    """Lars|Karl|Mikael|Anders|Johan|Per|Erik|Nils|Jan|Lennart|Carl|Peter|Hans|Thomas|Bengt
Gustav|Daniel|Fredrik|Sven|Alexander|Magnus|Bo|Stefan|Mats|Andreas|Axel|Göran|Åke|Olof|Ulf
Leif|Martin|Johannes|Björn|Bertil|Jonas|Kjell|Henrik|Niklas|Oskar|Arne|Christer|David
Stig|Rolf|Emil|Simon|Mattias|Sebastian|Anton|Filip|Rune|Roger|Patrik|Tommy|Christian|Kent
Robert|Hugo|Elias|William|Viktor|Tobias|Joakim|Håkan|Claes|Robin|Ingemar|Gunnar|Jakob|Kurt
Oscar|Jonathan|Olle|Lucas|Rasmus|Kenneth|Dan|Tomas|Anton|Marcus|Kristian|Ove|Ali|Karl-Johan
Emanuel|Adam|Michael|Linus|Ludvig|Isak|Gösta|Tore|Sten|Allan|Benny|Jesper|Morgan|Torbjörn
Ingvar|Folke|Conny|Ronny|Joel|Albin|Theo|Liam|Noah|Hampus|Vincent|Edvin|Lukas|Melvin|Leo|Oliver
Arvid|Malte|Harry|Valter|Elliot|Gabriel|Samuel|Ivar|Otto|Casper|Kevin|Dennis|Jimmy|Mohammed
Per-Olof|Lars-Erik|Jan-Erik|Nils-Erik|Karl-Erik|Bo-Göran|Hans-Olov|Sven-Erik|Lars-Göran|Carl-Johan
Yngve|Sune|Lage|Tage|Evert|Gert|Curt|Birger|Harald|Einar|Ragnar|Sigvard|Holger|Helge|Assar
Valdemar|Sixten|Torsten|Algot|Elof|Ebbe|Gillis|Hilding|Artur|Albert|Alf|Arvid|Verner|Östen
Jörgen|Pontus|Ola|Mårten|Staffan|Gunnar|Dag|Johnny|Glenn|Lasse|Jens|Reine|Urban|Mats-Ola
Kristoffer|Christoffer|Max|Adrian|Felix|Jacob|Jack|Charlie|Vilgot|Sam|Love|Ture|Frans|Edward
Sigge|Loke|Colin|Wilhelm|Milo|August|Nicklas|Pierre|Dragan|Lennie|Kim|Janne|Hasse
Ivan|Göte|Bror|Uno|Inge|Seth|Elis|Rikard|Sture|Tord|Ingvald|Gustaf|Fritiof|Henning|Konrad
Sigurd|Rutger|Gunder|Per-Anders|Lars-Olof|Jan-Olof|Olof-Erik|Nils-Olof|Karl-Gustav|Lars-Åke
Anders-Petter|Jon|Jonny|Sonny|Roland|Kennet|Jarl|Torkel|Tryggve|Valle|Björne|Aron|Matti|Orvar
Osvald|Eskil|Enok|Josef|Hjalmar|Viggo|Måns|Truls|Lage|Roine|Kaj|Svante|Greger|Peder|Egon
Vidar|Yusuf|Ahmad|Omar|Hassan|Anas|Adnan|Anwar|Leon|Nils-Gunnar|Per-Erik|Carl-Gustaf|Mauritz
Rudolf|Åsmund|Ingolf|Ossian|Nore|Ville|Ebbot|Melker|Otis|Lowe|Bruno|Julius|Manne|Elton
Tim|Patric|Jimmie|Sten-Åke|Gunne|Kalle|Harri|Totte|Eino|Elov|Olav|Tor|Hjalte|Sölve|Halvar
Nisse|Ingmar|Lenny|Lars-Gunnar|Per-Ola|Jan-Åke|Bengt-Göran|Sven-Olof|Stig-Arne|Karl-Axel
Sigfrid|Edgar|Edvard|Fabian|Gottfrid|Hugo|Ingemund|Jöns|Klas|Lorentz|Mikko|Nathan|Natanael
Oden|Palle|Ragnvald|Sigvald|Teodor|Ulrik|Vilhelm|Abbe|Aldo|Benjamin|Dante|Elvin|Frank
Gideon|Hannes|Isac|Jonatan|Kasper|Lave|Melwin|Noel|Omid|Pelle|Rolle|Stellan|Ulrik
Vilmer|Wille|Åsbjörn|Örjan|Bosse|Folkvard|Gerhard|Hilmer|Ivan|Jalle|Knut|Lelle|Mille
Nikolaj|Osborn|Petrus|Reidar|Samir|Teddy|Uffe|Valentin|Yousef|Zakaria|Ibrahim|Amir|Karim
Bill|Boris|Bertil-Olof|Gunnar-Erik|Hans-Erik|Sten-Olof|Tommie|Lenne|Kenny|Rickard|Willy""",
    150,
)
SV_SURNAMES = ranked(
    """Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Svensson|Gustafsson
Pettersson|Jonsson|Jansson|Hansson|Bengtsson|Jönsson|Lindberg|Jakobsson|Magnusson|Olofsson
Lindström|Lindqvist|Lindgren|Axelsson|Berg|Bergström|Lundberg|Lind|Lundgren|Lundqvist|Mattsson
Berglund|Fredriksson|Sandberg|Henriksson|Forsberg|Sjöberg|Ali|Wallin|Mohammed|Engström|Eklund
Danielsson|Lundin|Håkansson|Björk|Bergman|Gunnarsson|Holm|Wikström|Samuelsson|Isaksson
Fransson|Bergqvist|Nyström|Holmberg|Arvidsson|Löfgren|Söderberg|Nyberg|Blomqvist|Claesson
Nordström|Mårtensson|Lundström|Ahmed|Viklund|Björklund|Eliasson|Pålsson|Hassan|Berggren
Sandström|Lund|Nordin|Ström|Åberg|Hermansson|Ekström|Holmgren|Sundberg|Hedlund|Dahlberg
Hellström|Sjögren|Abrahamsson|Falk|Öberg|Andreasson|Blom|Ek|Månsson|Strand|Martinsson|Dahl
Jonasson|Hosseini|Åström|Norberg|Sundqvist|Ivarsson|Söderström|Lindholm|Nordqvist|Hussein
Lindblom|Mohamed|Jensson|Josefsson|Holmqvist|Bergkvist|Nyman|Strömberg|Lindahl|Hedberg
Sundström|Hassan|Wiklund|Sundin|Sjöström|Söderlund|Ekberg|Backman|Andersen|Lindell|Borg
Friberg|Öhman|Ottosson|Edlund|Lindén|Nyqvist|Eklöf|Sahlin|Forsman|Sjödin|Åkesson|Wahlström
Mattsson|Hedström|Lilja|Göransson|Vikström|Kristiansson|Nylund|Engberg|Mäkinen|Abdi|Rosén
Carlsson|Bäckström|Roos|Emanuelsson|Lundkvist|Högberg|Lindroth|Ljungberg|Hägglund|Rask
von Platen|af Klercker|De Geer|von Essen|Wachtmeister|Bonde|Stenbock|Leijonhufvud|af Ugglas
von Sydow|Adlercreutz|Lagerlöf|Tham|Silfverschiöld|Hamilton|Fleetwood|von Rosen|Gyllenhammar
Westerberg|Grahn|Ågren|Ahlberg|Boström|Hjalmarsson|Norén|Rydberg|Strömqvist|Nordlund|Kjellberg
Lindvall|Westman|Bergh|Melin|Ahlström|Hallberg|Dahlgren|Östlund|Franzén|Nordgren|Palm
Blomberg|Edström|Sjölund|Almqvist|Hammar|Forsgren|Jonsson-Berg|Hedman|Brandt|Hagström|Nordell
Kvist|Alm|Rehn|Lundell|Wennberg|Ljung|Bodin|Marklund|Burman|Englund|Öst|Sandin|Wester|Bäck
Grönlund|Thorén|Lundmark|Stenberg|Wallgren|Rönnqvist|Flodin|Ernsth|Söderqvist|Sjöqvist
Granath|Olausson|Runesson|Sörensen|Kanon|Hult|Fröberg|Skog|Nord|Ohlsson|Åhman|Törnqvist
Öhrn|Jernberg|Tingström|Pihl|Brodin|Landgren|Råberg|Sköld|Dufva|Lejon|Örn|Falkenberg|Stjärne
Rapp|Frisk|Sundelin|Älgne|Furberg|Bohman|Grip|Björnsson|Wikner|Hamberg|Elfving|Krantz|Byström
Wigren|Ahlqvist|Olander|Hägg|Nordmark|Lidén|Flink|Lövgren|Strid|Uddén|Kjellgren|Sporre
Wretman|Rydén|Thelin|Wahlgren|Sandell|Skoglund|Eneroth|Ryd|Torstensson|Säll|Tornberg|Väring
Ahlin|Gidlund|Fjällström|Lantto|Niemi|Juhlin|Mörk|Hedin|Persdotter|Ersdotter|Dotevall
Tapper|Kull|Modig|Stålhammar|Holmlund|Söder|Tidblad|Nordenskiöld|Åslund|Blixt|Vallin
Ramström|Jäderberg|Fagerström|Svärd|Hillborg|Grönberg|Lindman|Högman|Erlandsson|Önnestam
Smedberg|Wirén|Ernström|Kihlberg|Ullman|Rydell|Wästberg|Åhlund|Dyrssen|Tegnér|Kronqvist
Omar|Yusuf|Ibrahim|Abdullahi|Hussain|Khalil|Saleh|Rahimi|Ahmadi|Nguyen|Kaya|Yilmaz|Demir
Laine|Korhonen|Heikkinen|Virtanen|Nieminen|Jokela|Salo|Kangas|Kallio|Vainio|Kemppainen
Ståhl|Rådström|Eriksdotter|Grönvall|Hagman|Kärrman|Löwgren|Nordahl|Persson-Lind|Sjövall
Svedberg|Tengroth|Unger|Vesterlund|Wadman|Zetterberg|Zetterlund|Öqvist|Ödman|Ölund|Bucht""",
    150,
)

# --- The UK (ONS baby-name rankings over the generations, common surnames; general knowledge) ---
UK_WOMEN = ranked(
    """Sarah|Emma|Claire|Laura|Rebecca|Gemma|Emily|Sophie|Charlotte|Hannah|Jessica|Lucy|Amy|Nicola
Rachel|Lauren|Samantha|Katie|Helen|Elizabeth|Victoria|Louise|Michelle|Jennifer|Kelly|Lisa|Joanne
Susan|Margaret|Karen|Julie|Amanda|Tracey|Alison|Jane|Catherine|Olivia|Amelia|Isla|Ava|Mia|Grace
Lily|Ella|Chloe|Megan|Jade|Zoe|Natalie|Kirsty|Stephanie|Danielle|Holly|Ellie|Georgia|Abigail
Eleanor|Poppy|Freya|Isabella|Evie|Ruby|Sophia|Florence|Alice|Daisy|Matilda|Phoebe|Ivy|Rosie
Willow|Elsie|Evelyn|Harper|Millie|Isabelle|Patricia|Christine|Janet|Deborah|Sharon|Angela
Anne|Mary|Linda|Wendy|Pauline|Jacqueline|Carol|Gillian|Diane|Lorraine|Dawn|Sandra|Joan|Jean
Rose|Kathleen|Maureen|Sheila|Barbara|Valerie|Heather|Fiona|Caroline|Kate|Anna|Jenny|Beth
Hayley|Leanne|Kerry|Vicky|Charlene|Stacey|Kayleigh|Shannon|Paige|Bethany|Jasmine|Courtney
Aimee|Naomi|Harriet|Imogen|Molly|Maisie|Erin|Esme|Sienna|Layla|Aisha|Amira|Fatima|Zara
Maya|Luna|Thea|Margot|Aria|Arabella|Edith|Mabel|Nancy|Iris|Hazel|Maria|Priya|Anjali|Siobhan
Niamh|Ciara|Aoife|Bronwen|Rhiannon|Cerys|Ffion|Eilidh|Morag|Kirsteen|Hollie|Jodie|Toni|Keeley
Lindsey|Tina|Jackie|Mandy|Debbie|Bev|Julia|Ruth|Frances|Bridget|Marion|Irene|Doreen|Brenda
Gwen|Rita|Sylvia|Elaine|Gail|Yvonne|Denise|Marie|Lesley|Hilary|Philippa|Penelope|Felicity
Annabel|Camilla|Serena|Tamsin|Jemima|Verity|Octavia|Cressida|Isobel|Elspeth|Morven|Catriona""",
    130,
)
UK_MEN = ranked(
    """David|John|Michael|Paul|Andrew|Mark|James|Richard|Robert|Peter|Stephen|Christopher|Ian
Daniel|Thomas|Matthew|Simon|Steven|Anthony|Gary|Kevin|Martin|Jonathan|William|Alan|Neil
Brian|Philip|Lee|Darren|Craig|Jason|Stuart|Adam|Ben|Benjamin|Jack|Harry|Oliver|George|Charlie
Jacob|Noah|Oscar|Leo|Alfie|Freddie|Arthur|Archie|Theo|Henry|Joshua|Samuel|Luke|Ryan|Liam
Nathan|Callum|Connor|Jamie|Scott|Dean|Wayne|Carl|Shaun|Kieran|Aaron|Lewis|Dylan|Joseph
Edward|Alexander|Max|Ethan|Mohammed|Muhammad|Isaac|Finley|Logan|Reuben|Toby|Sebastian|Rory
Keith|Graham|Colin|Kenneth|Derek|Roger|Trevor|Barry|Malcolm|Nigel|Clive|Geoffrey|Terence
Raymond|Dennis|Roy|Ronald|Frank|Albert|Frederick|Stanley|Leslie|Norman|Gordon|Douglas|Bernard
Hugh|Rupert|Giles|Piers|Hamish|Angus|Fraser|Euan|Calum|Gareth|Rhys|Dafydd|Owain|Iwan|Cian
Declan|Ciaran|Padraig|Sean|Niall|Rohan|Arjun|Ravi|Imran|Tariq|Bilal|Hamza|Yusuf|Ibrahim
Zachary|Elliot|Jude|Louis|Teddy|Albie|Rowan|Ezra|Otis|Ronnie|Tommy|Reggie|Stanley|Hugo
Ashley|Gavin|Glenn|Jeremy|Julian|Nicholas|Timothy|Tim|Vincent|Russell|Warren|Howard|Barrie""",
    130,
)
UK_SURNAMES = ranked(
    """Smith|Jones|Williams|Taylor|Brown|Davies|Evans|Wilson|Thomas|Johnson|Roberts|Robinson
Thompson|Wright|Walker|White|Edwards|Hughes|Green|Hall|Lewis|Harris|Clarke|Patel|Jackson|Wood
Turner|Martin|Cooper|Hill|Ward|Morris|Moore|Clark|Lee|King|Baker|Harrison|Morgan|Allen|James
Scott|Phillips|Watson|Davis|Parker|Price|Bennett|Young|Griffiths|Mitchell|Kelly|Cook|Carter
Richardson|Bailey|Collins|Bell|Shaw|Murphy|Miller|Cox|Richards|Khan|Marshall|Anderson|Simpson
Ellis|Adams|Singh|Begum|Wilkinson|Foster|Chapman|Powell|Webb|Rogers|Gray|Mason|Ali|Hunt
Hussain|Campbell|Matthews|Owen|Palmer|Holmes|Mills|Barnes|Knight|Lloyd|Butler|Russell|Barker
Fisher|Stevens|Jenkins|Murray|Dixon|Harvey|Graham|Pearson|Ahmed|Fletcher|Walsh|Kaur|Gibson
Howard|Andrews|Stewart|Elliott|Reynolds|Saunders|Payne|Fox|Ford|Pearce|Day|Brooks|West
Lawrence|Cole|Atkinson|Bradley|Spencer|Gill|Dawson|Ball|Burton|O'Brien|Watts|Rose|Booth|Perry
Ryan|Grant|Wells|Armstrong|Francis|Rees|Hayes|Hart|Hudson|Newman|Barrett|Webster|Hunter
Gregory|Carr|Lowe|Page|Marsh|Riley|Dunn|Woods|Parsons|Berry|Stone|Reid|Holland|Hawkins|Harding
Porter|Robertson|Newton|Oliver|Reed|Kennedy|Williamson|Bird|Gardner|Shah|Dean|Lane|Cooke
Bates|Henderson|Parry|Burgess|Bishop|Walton|Burns|Nicholson|Shepherd|Ross|Cross|Long|Freeman
Warren|Nicholls|Hamilton|Byrne|Sutton|McDonald|Yates|Hodgson|Robson|Curtis|Hopkins|O'Connor
Harper|Coleman|Watkins|Moss|McCarthy|Chambers|O'Neill|Griffin|Sharp|Hardy|Wheeler|Potter
Osborne|Johnston|Gordon|Doyle|Wallace|George|Jordan|Hutchinson|Rowe|Burke|May|Pritchard
Gilbert|Willis|Higgins|Read|Miles|Stevenson|Stephenson|Hammond|Arnold|Buckley|Walters|Hewitt
Barber|Nelson|Slater|Austin|Sullivan|Whitehead|Mann|Frost|Lambert|Stephens|Blake|Akhtar
Lynch|Goodwin|Barton|Woodward|Thomson|Cunningham|Quinn|Barnett|Baxter|Bibi|Clayton|Nash
Greenwood|Jennings|Holt|Kemp|Poole|Gallagher|Bond|Stokes|Tucker|Davidson|Fowler|Heath|Norman
Middleton|Lawson|Banks|French|Stanley|Jarvis|Gibbs|Ferguson|Hayward|Carroll|Douglas|Dickinson
Todd|Barlow|Peters|Lucas|Knowles|Hartley|Miah|Simmons|Morton|Alexander|Field|Morrison|Norris
Townsend|Preston|Hancock|Thornton|Baldwin|Burrows|Briggs|Storey|Pollard|Howell|Kirby|Rahman
Sheppard|Fairclough|Ashworth|Entwistle|Pilkington|Trevelyan|Penhaligon|Llewellyn|Pryce|Vaughan
ap Rhys|Featherstonehaugh|Cholmondeley|MacLeod|McIntyre|Mackenzie|Sinclair|Urquhart""",
    150,
)

# --- Origins common in Sweden: their own commonest given names and surnames ------------------------
def _origin(women: str, men: str, surnames: str, head: int = 12) -> Origin:
    return Origin(ranked(women, head), ranked(men, head), ranked(surnames, head))


OTHER = {
    "finnish": _origin(
        "Aino|Anna|Maria|Helena|Johanna|Anneli|Kaarina|Marjatta|Hannele|Liisa|Tuula|Päivi|Sari|Pirjo|Riitta|Eeva|Minna|Satu|Tiina|Leena|Sirpa|Merja|Kirsi|Seija|Aila|Raili|Sanna|Hanna|Elina|Laura|Emilia|Kristiina",
        "Juha|Timo|Matti|Kari|Mikko|Antti|Jari|Jukka|Mika|Markku|Pekka|Hannu|Heikki|Seppo|Janne|Ari|Sami|Petri|Ville|Tuomas|Jussi|Esa|Pertti|Risto|Tapio|Eino|Veikko|Kalevi|Olavi|Lauri",
        "Korhonen|Virtanen|Mäkinen|Nieminen|Mäkelä|Hämäläinen|Laine|Heikkinen|Koskinen|Järvinen|Lehtonen|Lehtinen|Saarinen|Salminen|Heinonen|Niemi|Heikkilä|Kinnunen|Salonen|Turunen|Salo|Laitinen|Tuominen|Rantanen|Karjalainen|Jokinen|Mattila|Savolainen|Lahtinen|Ahonen|Kemppainen|Hiltunen",
    ),
    "arabic": _origin(
        "Fatima|Maryam|Aisha|Zainab|Noor|Sara|Rania|Huda|Lina|Layla|Amal|Hanan|Rasha|Dalia|Yasmin|Reem|Nour|Ghada|Suha|Shahad|Rana|Hiba|Widad|Samira|Mariam|Rim|Dina|Marwa",
        "Mohammed|Ahmed|Ali|Hussein|Omar|Mahmoud|Mustafa|Khaled|Hassan|Youssef|Abdullah|Ibrahim|Karim|Samir|Tariq|Bashar|Firas|Haidar|Ammar|Rami|Ziad|Nabil|Walid|Majid|Sami|Jamal|Adnan|Saif|Abbas|Yaser",
        "Ali|Hassan|Hussein|Mohammed|Ahmed|Abdullah|Ibrahim|Al-Hashimi|Saleh|Khalil|Younes|Haddad|Mansour|Jaber|Al-Jabouri|Al-Obaidi|Kassem|Nasser|Rahman|Hamdan|Darwish|Shamoun|Isa|Toma|Yousef|Said|Al-Saadi|Barakat|Aziz|Suleiman|Gabriel|Hanna|Dawood|Maroki",
    ),
    "somali": _origin(
        "Fadumo|Amina|Hodan|Sahra|Faadumo|Hawa|Asha|Ifrah|Khadija|Nasra|Sagal|Deeqa|Ubah|Hibaaq|Fardowsa|Halima|Muna|Ayaan|Ladan|Safiya",
        "Mohamed|Abdi|Ahmed|Abdirahman|Hassan|Ali|Omar|Yusuf|Abdullahi|Mahad|Abdikarim|Farah|Ismail|Liban|Guled|Hamza|Sakariye|Said|Osman|Mustafe",
        "Mohamed|Ahmed|Abdi|Hassan|Ali|Omar|Osman|Warsame|Farah|Ismail|Yusuf|Abdullahi|Nur|Aden|Hussein|Jama|Mohamud|Egal|Dirie|Elmi|Hersi|Samatar",
        10,
    ),
    "polish": _origin(
        "Anna|Maria|Katarzyna|Małgorzata|Agnieszka|Barbara|Ewa|Krystyna|Magdalena|Elżbieta|Joanna|Aleksandra|Monika|Zofia|Teresa|Danuta|Natalia|Karolina|Marta|Beata|Dorota|Justyna|Iwona|Grażyna|Paulina|Agata|Halina",
        "Piotr|Krzysztof|Andrzej|Tomasz|Paweł|Jan|Michał|Marcin|Jakub|Adam|Stanisław|Łukasz|Marek|Grzegorz|Mateusz|Wojciech|Mariusz|Dariusz|Zbigniew|Kamil|Rafał|Robert|Jerzy|Jacek|Maciej|Sławomir|Przemysław",
        "Nowak|Kowalski|Wiśniewski|Wójcik|Kowalczyk|Kamiński|Lewandowski|Zieliński|Szymański|Woźniak|Dąbrowski|Kozłowski|Jankowski|Mazur|Wojciechowski|Kwiatkowski|Krawczyk|Kaczmarek|Piotrowski|Grabowski|Zając|Pawłowski|Michalski|Król|Wieczorek|Jabłoński|Wróbel|Nowakowski|Majewski|Olszewski|Stępień|Malinowski|Dudek|Jaworski",
    ),
    "persian": _origin(
        "Maryam|Fatemeh|Zahra|Sara|Leila|Shirin|Nasrin|Parisa|Mina|Azadeh|Roya|Shadi|Nazanin|Mahsa|Neda|Elham|Ladan|Golnaz|Parvin|Soheila|Tara|Yasaman|Samira|Bahar",
        "Ali|Mohammad|Reza|Hossein|Mehdi|Amir|Hamid|Saeed|Majid|Behzad|Dariush|Kourosh|Babak|Farhad|Arash|Omid|Payam|Kaveh|Siamak|Pouya|Ramin|Shahram|Navid|Hamed",
        "Hosseini|Mohammadi|Ahmadi|Rezaei|Moradi|Karimi|Jafari|Rahimi|Hashemi|Mousavi|Sadeghi|Ghorbani|Rostami|Azizi|Kazemi|Najafi|Amini|Tehrani|Shirazi|Esfahani|Farahani|Bagheri|Nazari|Safavi|Zand|Kamali",
    ),
    "bcs": _origin(
        "Amra|Emina|Mirela|Jasmina|Selma|Lejla|Merima|Ana|Jelena|Ivana|Marija|Snežana|Dragana|Vesna|Mirjana|Maja|Sanja|Azra|Aida|Elma|Amela|Nermina|Senada|Katarina",
        "Emir|Adnan|Amir|Edin|Haris|Dino|Mirza|Nermin|Senad|Dragan|Zoran|Goran|Milan|Nenad|Dejan|Marko|Nikola|Stefan|Ivan|Tomislav|Damir|Almir|Jasmin|Kenan|Refik",
        "Hodžić|Hadžić|Kovačević|Begić|Delić|Hasanović|Mehmedović|Jovanović|Petrović|Nikolić|Marković|Đorđević|Stojanović|Ilić|Horvat|Babić|Kovačić|Marić|Jurić|Novak|Knežević|Pavlović|Šehić|Mujić|Halilović|Omerović|Alić|Ramić",
    ),
    "turkish": _origin(
        "Ayşe|Fatma|Emine|Hatice|Zeynep|Elif|Meryem|Şerife|Zehra|Sultan|Hanife|Merve|Özlem|Esra|Büşra|Derya|Gül|Seda|Nur|Ebru|Gamze|Songül",
        "Mehmet|Mustafa|Ahmet|Ali|Hüseyin|Hasan|İbrahim|İsmail|Osman|Yusuf|Murat|Ömer|Ramazan|Halil|Süleyman|Abdullah|Mahmut|Recep|Emre|Burak|Serkan|Kemal|Erkan|Fatih",
        "Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Yıldırım|Öztürk|Aydın|Özdemir|Arslan|Doğan|Kılıç|Aslan|Çetin|Kara|Koç|Kurt|Özkan|Şimşek|Polat|Korkmaz|Erdoğan|Güneş|Aksoy|Tekin",
    ),
    "kurdish": _origin(
        "Rojin|Berivan|Hêvî|Nazdar|Shilan|Avin|Dilan|Zilan|Rozerin|Lana|Bahar|Sozdar|Nisrin|Jiyan|Dilveen|Roj|Helin|Sherin|Newroz|Zhilwan",
        "Rebin|Soran|Karwan|Aram|Dilshad|Hawar|Shwan|Rekar|Baran|Azad|Hemin|Kawa|Serwan|Bakhtiyar|Zana|Dler|Hoshyar|Ranj|Sherzad|Hiwa",
        "Ahmad|Mahmoud|Karim|Rashid|Barzani|Talabani|Aziz|Hama|Qadir|Othman|Amin|Salih|Hasan|Ibrahim|Mustafa|Abdulla|Mirza|Jaff|Zebari|Doski",
        10,
    ),
    "eritrean": _origin(
        "Helen|Senait|Ruth|Saba|Selam|Feven|Meron|Hiwet|Elsa|Yodit|Luwam|Mebrat|Semhar|Winta|Tsega|Almaz|Rahwa|Eden|Hanna|Mekdes",
        "Yonas|Daniel|Samuel|Dawit|Tesfaye|Berhane|Yohannes|Habtom|Tekle|Mehari|Filmon|Robel|Amanuel|Kidane|Mussie|Semere|Efrem|Biniam|Henok|Teklit",
        "Tesfay|Gebremedhin|Haile|Tekle|Berhe|Ghebreyesus|Kidane|Mehari|Tsegay|Woldu|Habte|Andemariam|Tewelde|Yohannes|Ghirmay|Asmerom|Fitwi|Ogbazghi|Mebrahtu|Zerai",
        10,
    ),
    "afghan": _origin(
        "Fatima|Zahra|Maryam|Marzia|Nargis|Shabnam|Farzana|Mursal|Nilofar|Parwana|Hosai|Mahbooba|Sakina|Freshta|Arezo|Laila|Sima|Roya|Ziba|Masooda",
        "Mohammad|Ahmad|Ali|Mustafa|Hamid|Shafiq|Rahim|Abdul|Nasir|Jawad|Hassan|Reza|Sayed|Farid|Karim|Aziz|Mahdi|Bashir|Omid|Hussain|Sharif|Wahid",
        "Rahimi|Ahmadi|Hussaini|Mohammadi|Haidari|Jafari|Amiri|Sultani|Karimi|Noori|Rezaei|Sharifi|Hakimi|Azizi|Mohseni|Qasemi|Stanikzai|Popal|Wardak|Safi|Yusufzai|Niazi",
        10,
    ),
    "thai": _origin(
        "Somsri|Malee|Siriporn|Sunisa|Wanida|Pranee|Kanya|Nittaya|Supaporn|Ratana|Jintana|Sumalee|Pornthip|Duangjai|Kannika|Nong|Arunee|Chanida|Lamai|Pimchanok",
        "Somchai|Somsak|Prasert|Sompong|Surachai|Anan|Chaiyaporn|Kittisak|Nattapong|Wichai|Boonmee|Thanakorn|Sakda|Somkiat|Pichit|Chatchai|Weerapong|Sombat|Anurak|Prayut",
        "Saelim|Srisuk|Wongsawat|Chaiyaphum|Boonsong|Sukprasert|Thongchai|Kaewkla|Phromma|Rattanakorn|Saetang|Sriwong|Chanthara|Jaidee|Kongkaew|Intharat|Suwan|Nakprasert|Thongdee|Yodmanee",
        10,
    ),
    "latin": _origin(
        "María|Carolina|Daniela|Camila|Valentina|Francisca|Javiera|Constanza|Catalina|Fernanda|Paula|Andrea|Claudia|Patricia|Verónica|Marcela|Ximena|Pilar|Soledad|Lorena|Gabriela|Isidora",
        "José|Juan|Luis|Carlos|Jorge|Cristián|Felipe|Rodrigo|Sebastián|Matías|Diego|Pablo|Andrés|Francisco|Gonzalo|Patricio|Mauricio|Alejandro|Ignacio|Tomás|Víctor|Héctor|Raúl|Hernán",
        "González|Muñoz|Rojas|Díaz|Pérez|Soto|Contreras|Silva|Martínez|Sepúlveda|Morales|Rodríguez|López|Fuentes|Hernández|Torres|Araya|Flores|Espinoza|Valenzuela|Castillo|Tapia|Reyes|Gutiérrez|Castro|Pizarro|Álvarez|Vásquez|Sánchez|Fernández",
    ),
    "ukrainian": _origin(
        "Olena|Oksana|Natalia|Tetiana|Iryna|Yulia|Svitlana|Olha|Kateryna|Anastasiia|Mariia|Viktoriia|Liudmyla|Halyna|Nadiia|Alina|Daria|Sofiia",
        "Oleksandr|Serhii|Andrii|Volodymyr|Dmytro|Oleh|Mykola|Yurii|Ivan|Vasyl|Viktor|Ihor|Maksym|Bohdan|Taras|Roman|Vitalii|Petro",
        "Melnyk|Shevchenko|Boiko|Kovalenko|Bondarenko|Tkachenko|Kovalchuk|Kravchenko|Oliinyk|Shevchuk|Koval|Polishchuk|Bondar|Tkachuk|Moroz|Marchenko|Lysenko|Rudenko|Savchenko|Petrenko",
        10,
    ),
    "indian": _origin(
        "Priya|Anjali|Divya|Pooja|Neha|Sneha|Kavya|Aishwarya|Deepa|Lakshmi|Meera|Swati|Nisha|Shreya|Ananya|Ritu|Sunita|Rekha|Harpreet|Gurpreet",
        "Rahul|Amit|Vikram|Rajesh|Sanjay|Arjun|Rohan|Karthik|Suresh|Anil|Manoj|Ravi|Aditya|Nikhil|Sandeep|Pradeep|Harjit|Gurdeep|Venkat|Srinivas",
        "Sharma|Patel|Singh|Kumar|Gupta|Reddy|Rao|Iyer|Nair|Menon|Joshi|Mehta|Shah|Verma|Agarwal|Chatterjee|Banerjee|Das|Pillai|Krishnan|Kaur|Bhat",
        10,
    ),
    "chinese": _origin(
        "Li|Mei|Xiaoling|Jing|Yan|Hui|Lan|Xia|Ying|Fang|Hong|Na|Min|Qing|Lihua|Xiu|Yue|Ting",
        "Wei|Jun|Lei|Jian|Hao|Ming|Tao|Qiang|Yong|Jie|Bo|Chen|Gang|Hua|Xin|Peng|Long|Yi",
        "Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Hu|Guo|He|Lin",
        10,
    ),
}

# --- The US: Census 1990 (public domain), `dist.*` of names==0.3.0, per cent as weight -----------
US_WOMEN: list[tuple[str, float]] = [
    ('Mary', 2.629), ('Patricia', 1.073), ('Linda', 1.035), ('Barbara', 0.98),
    ('Elizabeth', 0.937), ('Jennifer', 0.932), ('Maria', 0.828), ('Susan', 0.794),
    ('Margaret', 0.768), ('Dorothy', 0.727), ('Lisa', 0.704), ('Nancy', 0.669), ('Karen', 0.667),
    ('Betty', 0.666), ('Helen', 0.663), ('Sandra', 0.629), ('Donna', 0.583), ('Carol', 0.565),
    ('Ruth', 0.562), ('Sharon', 0.522), ('Michelle', 0.519), ('Laura', 0.51), ('Sarah', 0.508),
    ('Kimberly', 0.504), ('Deborah', 0.494), ('Jessica', 0.49), ('Shirley', 0.482),
    ('Cynthia', 0.469), ('Angela', 0.468), ('Melissa', 0.462), ('Brenda', 0.455), ('Amy', 0.451),
    ('Anna', 0.44), ('Rebecca', 0.43), ('Virginia', 0.43), ('Kathleen', 0.424), ('Pamela', 0.416),
    ('Martha', 0.412), ('Debra', 0.408), ('Amanda', 0.404), ('Stephanie', 0.4), ('Carolyn', 0.385),
    ('Christine', 0.382), ('Marie', 0.379), ('Janet', 0.379), ('Catherine', 0.373),
    ('Frances', 0.37), ('Ann', 0.364), ('Joyce', 0.364), ('Diane', 0.359), ('Alice', 0.357),
    ('Julie', 0.348), ('Heather', 0.337), ('Teresa', 0.336), ('Doris', 0.335), ('Gloria', 0.335),
    ('Evelyn', 0.322), ('Jean', 0.315), ('Cheryl', 0.315), ('Mildred', 0.313),
    ('Katherine', 0.313), ('Joan', 0.306), ('Ashley', 0.303), ('Judith', 0.297), ('Rose', 0.296),
    ('Janice', 0.285), ('Kelly', 0.283), ('Nicole', 0.281), ('Judy', 0.276), ('Christina', 0.275),
    ('Kathy', 0.272), ('Theresa', 0.271), ('Beverly', 0.267), ('Denise', 0.264), ('Tammy', 0.259),
    ('Irene', 0.252), ('Jane', 0.25), ('Lori', 0.248), ('Rachel', 0.242), ('Marilyn', 0.241),
    ('Andrea', 0.236), ('Kathryn', 0.234), ('Louise', 0.229), ('Sara', 0.229), ('Anne', 0.228),
    ('Jacqueline', 0.228), ('Wanda', 0.226), ('Bonnie', 0.223), ('Julia', 0.223), ('Ruby', 0.221),
    ('Lois', 0.22), ('Tina', 0.22), ('Phyllis', 0.219), ('Norma', 0.218), ('Paula', 0.217),
    ('Diana', 0.216), ('Annie', 0.216), ('Lillian', 0.211), ('Emily', 0.208), ('Robin', 0.208),
    ('Peggy', 0.208), ('Crystal', 0.207), ('Gladys', 0.205), ('Rita', 0.204), ('Dawn', 0.202),
    ('Connie', 0.2), ('Florence', 0.2), ('Tracy', 0.197), ('Edna', 0.197), ('Tiffany', 0.195),
    ('Carmen', 0.195), ('Rosa', 0.194), ('Cindy', 0.192), ('Grace', 0.189), ('Wendy', 0.185),
    ('Victoria', 0.18), ('Edith', 0.179), ('Kim', 0.178), ('Sherry', 0.178), ('Sylvia', 0.177),
    ('Josephine', 0.177), ('Thelma', 0.175), ('Shannon', 0.175), ('Sheila', 0.175),
    ('Ethel', 0.174), ('Ellen', 0.173), ('Elaine', 0.173), ('Marjorie', 0.173), ('Carrie', 0.171),
    ('Charlotte', 0.169), ('Monica', 0.166), ('Esther', 0.166), ('Pauline', 0.165),
    ('Emma', 0.165), ('Juanita', 0.164), ('Anita', 0.162), ('Rhonda', 0.162), ('Hazel', 0.161),
    ('Amber', 0.16), ('Eva', 0.159), ('Debbie', 0.157), ('April', 0.154), ('Leslie', 0.154),
    ('Clara', 0.153), ('Lucille', 0.153), ('Jamie', 0.153), ('Joanne', 0.15), ('Eleanor', 0.15),
    ('Valerie', 0.149), ('Danielle', 0.149), ('Megan', 0.147), ('Alicia', 0.146),
    ('Suzanne', 0.145), ('Michele', 0.145), ('Gail', 0.145), ('Bertha', 0.143), ('Darlene', 0.142),
    ('Veronica', 0.142), ('Jill', 0.142), ('Erin', 0.141), ('Geraldine', 0.141), ('Lauren', 0.137),
    ('Cathy', 0.137), ('Joann', 0.136), ('Lorraine', 0.135), ('Lynn', 0.135), ('Sally', 0.135),
    ('Regina', 0.133), ('Erica', 0.13), ('Beatrice', 0.13), ('Dolores', 0.129), ('Bernice', 0.128),
    ('Audrey', 0.127), ('Yvonne', 0.126), ('Annette', 0.125), ('June', 0.125), ('Samantha', 0.124),
    ('Marion', 0.122), ('Dana', 0.122), ('Stacy', 0.121), ('Ana', 0.12), ('Renee', 0.12),
    ('Ida', 0.118), ('Vivian', 0.118), ('Roberta', 0.117), ('Holly', 0.117), ('Brittany', 0.117),
    ('Melanie', 0.116), ('Loretta', 0.115), ('Yolanda', 0.115), ('Jeanette', 0.115),
    ('Laurie', 0.114), ('Katie', 0.113), ('Kristen', 0.111), ('Vanessa', 0.111), ('Alma', 0.111),
    ('Sue', 0.111), ('Elsie', 0.11), ('Beth', 0.11), ('Jeanne', 0.109), ('Vicki', 0.109),
    ('Carla', 0.107), ('Tara', 0.107), ('Rosemary', 0.107), ('Eileen', 0.105), ('Terri', 0.105),
    ('Gertrude', 0.103), ('Lucy', 0.103), ('Tonya', 0.102), ('Ella', 0.101), ('Stacey', 0.101),
    ('Wilma', 0.099), ('Gina', 0.099), ('Kristin', 0.099), ('Jessie', 0.098), ('Natalie', 0.098),
    ('Agnes', 0.098), ('Vera', 0.098), ('Willie', 0.097), ('Charlene', 0.097), ('Bessie', 0.096),
    ('Delores', 0.095), ('Melinda', 0.094), ('Pearl', 0.094), ('Arlene', 0.094),
    ('Maureen', 0.092), ('Colleen', 0.092), ('Allison', 0.092), ('Tamara', 0.092), ('Joy', 0.091),
    ('Georgia', 0.091), ('Constance', 0.091), ('Lillie', 0.09), ('Claudia', 0.09),
    ('Jackie', 0.09), ('Marcia', 0.09), ('Tanya', 0.089), ('Nellie', 0.089), ('Minnie', 0.089),
    ('Marlene', 0.088), ('Heidi', 0.088), ('Glenda', 0.088), ('Lydia', 0.086), ('Viola', 0.086),
    ('Courtney', 0.086), ('Marian', 0.086), ('Stella', 0.085), ('Caroline', 0.085),
    ('Dora', 0.084), ('Jo', 0.083), ('Vickie', 0.082), ('Mattie', 0.081), ('Terry', 0.08),
    ('Maxine', 0.079), ('Irma', 0.079), ('Mabel', 0.078), ('Marsha', 0.078), ('Myrtle', 0.078),
    ('Lena', 0.077), ('Christy', 0.077), ('Deanna', 0.076), ('Patsy', 0.076), ('Hilda', 0.075),
    ('Gwendolyn', 0.074), ('Jennie', 0.073), ('Nora', 0.073), ('Margie', 0.072), ('Nina', 0.072),
    ('Cassandra', 0.072), ('Leah', 0.072), ('Penny', 0.071), ('Kay', 0.071), ('Priscilla', 0.071),
    ('Naomi', 0.071), ('Carole', 0.071), ('Brandy', 0.07), ('Olga', 0.07), ('Billie', 0.069),
    ('Dianne', 0.069), ('Tracey', 0.069), ('Leona', 0.069), ('Jenny', 0.068), ('Felicia', 0.068),
    ('Sonia', 0.068), ('Miriam', 0.066), ('Velma', 0.066), ('Becky', 0.066), ('Bobbie', 0.065),
    ('Violet', 0.065), ('Kristina', 0.065), ('Toni', 0.064), ('Misty', 0.063), ('Mae', 0.063),
    ('Shelly', 0.062), ('Daisy', 0.062), ('Ramona', 0.062), ('Sherri', 0.062), ('Erika', 0.061),
    ('Katrina', 0.061), ('Claire', 0.061), ('Lindsey', 0.06), ('Lindsay', 0.06), ('Geneva', 0.059),
    ('Guadalupe', 0.059), ('Belinda', 0.059), ('Margarita', 0.059), ('Sheryl', 0.059),
    ('Cora', 0.058), ('Faye', 0.058), ('Ada', 0.057), ('Natasha', 0.057), ('Sabrina', 0.057),
    ('Isabel', 0.057), ('Marguerite', 0.056), ('Hattie', 0.056), ('Harriet', 0.056),
    ('Molly', 0.055), ('Cecilia', 0.055), ('Kristi', 0.055), ('Brandi', 0.055), ('Blanche', 0.055),
    ('Sandy', 0.055), ('Rosie', 0.055), ('Joanna', 0.055), ('Iris', 0.055), ('Eunice', 0.054),
    ('Angie', 0.054), ('Inez', 0.053), ('Lynda', 0.053), ('Madeline', 0.052), ('Amelia', 0.052),
    ('Alberta', 0.052), ('Genevieve', 0.051), ('Monique', 0.051), ('Jodi', 0.051),
    ('Janie', 0.051), ('Maggie', 0.051), ('Kayla', 0.051), ('Sonya', 0.051), ('Jan', 0.051),
    ('Lee', 0.051), ('Kristine', 0.051), ('Candace', 0.051), ('Fannie', 0.05), ('Maryann', 0.05),
    ('Opal', 0.05), ('Alison', 0.05), ('Yvette', 0.05), ('Melody', 0.05), ('Luz', 0.049),
    ('Susie', 0.049), ('Olivia', 0.049), ('Flora', 0.049), ('Shelley', 0.049), ('Kristy', 0.048),
    ('Mamie', 0.048), ('Lula', 0.048), ('Lola', 0.048), ('Verna', 0.048), ('Beulah', 0.048),
    ('Antoinette', 0.048), ('Candice', 0.046), ('Juana', 0.046), ('Jeannette', 0.046),
    ('Pam', 0.046), ('Kelli', 0.046), ('Hannah', 0.045), ('Whitney', 0.045), ('Bridget', 0.045),
    ('Karla', 0.044), ('Celia', 0.044), ('Latoya', 0.043), ('Patty', 0.043), ('Shelia', 0.043),
    ('Gayle', 0.043), ('Della', 0.043), ('Vicky', 0.043), ('Lynne', 0.043), ('Sheri', 0.042),
    ('Marianne', 0.042), ('Kara', 0.041), ('Jacquelyn', 0.041), ('Erma', 0.041), ('Blanca', 0.041),
    ('Myra', 0.04), ('Leticia', 0.04), ('Pat', 0.04), ('Krista', 0.04), ('Roxanne', 0.04),
    ('Angelica', 0.039), ('Johnnie', 0.039), ('Robyn', 0.039), ('Francis', 0.039),
    ('Adrienne', 0.039), ('Rosalie', 0.039), ('Alexandra', 0.039), ('Brooke', 0.039),
    ('Bethany', 0.039), ('Sadie', 0.039), ('Bernadette', 0.039),
]  # fmt: skip

US_MEN: list[tuple[str, float]] = [
    ('James', 3.318), ('John', 3.271), ('Robert', 3.143), ('Michael', 2.629), ('William', 2.451),
    ('David', 2.363), ('Richard', 1.703), ('Charles', 1.523), ('Joseph', 1.404), ('Thomas', 1.38),
    ('Christopher', 1.035), ('Daniel', 0.974), ('Paul', 0.948), ('Mark', 0.938), ('Donald', 0.931),
    ('George', 0.927), ('Kenneth', 0.826), ('Steven', 0.78), ('Edward', 0.779), ('Brian', 0.736),
    ('Ronald', 0.725), ('Anthony', 0.721), ('Kevin', 0.671), ('Jason', 0.66), ('Matthew', 0.657),
    ('Gary', 0.65), ('Timothy', 0.64), ('Jose', 0.613), ('Larry', 0.598), ('Jeffrey', 0.591),
    ('Frank', 0.581), ('Scott', 0.546), ('Eric', 0.544), ('Stephen', 0.54), ('Andrew', 0.537),
    ('Raymond', 0.488), ('Gregory', 0.441), ('Joshua', 0.435), ('Jerry', 0.432), ('Dennis', 0.415),
    ('Walter', 0.399), ('Patrick', 0.389), ('Peter', 0.381), ('Harold', 0.371), ('Douglas', 0.367),
    ('Henry', 0.365), ('Carl', 0.346), ('Arthur', 0.335), ('Ryan', 0.328), ('Roger', 0.322),
    ('Joe', 0.321), ('Juan', 0.316), ('Jack', 0.315), ('Albert', 0.314), ('Jonathan', 0.313),
    ('Justin', 0.311), ('Terry', 0.311), ('Gerald', 0.309), ('Keith', 0.308), ('Samuel', 0.306),
    ('Willie', 0.302), ('Ralph', 0.282), ('Lawrence', 0.282), ('Nicholas', 0.275), ('Roy', 0.273),
    ('Benjamin', 0.27), ('Bruce', 0.263), ('Brandon', 0.26), ('Adam', 0.259), ('Harry', 0.251),
    ('Fred', 0.251), ('Wayne', 0.249), ('Billy', 0.248), ('Steve', 0.246), ('Louis', 0.243),
    ('Jeremy', 0.242), ('Aaron', 0.24), ('Randy', 0.232), ('Howard', 0.23), ('Eugene', 0.23),
    ('Carlos', 0.229), ('Russell', 0.224), ('Bobby', 0.223), ('Victor', 0.222), ('Martin', 0.216),
    ('Ernest', 0.215), ('Phillip', 0.213), ('Todd', 0.213), ('Jesse', 0.209), ('Craig', 0.206),
    ('Alan', 0.204), ('Shawn', 0.2), ('Clarence', 0.197), ('Sean', 0.197), ('Philip', 0.197),
    ('Chris', 0.197), ('Johnny', 0.195), ('Earl', 0.193), ('Jimmy', 0.191), ('Antonio', 0.19),
    ('Danny', 0.19), ('Bryan', 0.19), ('Tony', 0.19), ('Luis', 0.189), ('Mike', 0.189),
    ('Stanley', 0.186), ('Leonard', 0.186), ('Nathan', 0.185), ('Dale', 0.184), ('Manuel', 0.181),
    ('Rodney', 0.18), ('Curtis', 0.18), ('Norman', 0.177), ('Allen', 0.174), ('Marvin', 0.171),
    ('Vincent', 0.168), ('Glenn', 0.167), ('Jeffery', 0.166), ('Travis', 0.166), ('Jeff', 0.166),
    ('Chad', 0.165), ('Jacob', 0.165), ('Lee', 0.162), ('Melvin', 0.162), ('Alfred', 0.162),
    ('Kyle', 0.16), ('Francis', 0.16), ('Bradley', 0.159), ('Jesus', 0.155), ('Herbert', 0.155),
    ('Frederick', 0.154), ('Ray', 0.153), ('Joel', 0.152), ('Edwin', 0.148), ('Don', 0.145),
    ('Eddie', 0.144), ('Ricky', 0.141), ('Troy', 0.138), ('Randall', 0.138), ('Barry', 0.134),
    ('Alexander', 0.132), ('Bernard', 0.127), ('Mario', 0.125), ('Leroy', 0.125),
    ('Francisco', 0.124), ('Marcus', 0.124), ('Micheal', 0.123), ('Theodore', 0.123),
    ('Clifford', 0.123), ('Miguel', 0.122), ('Oscar', 0.122), ('Jay', 0.118), ('Jim', 0.118),
    ('Tom', 0.117), ('Calvin', 0.115), ('Alex', 0.115), ('Jon', 0.115), ('Ronnie', 0.113),
    ('Bill', 0.112), ('Lloyd', 0.112), ('Tommy', 0.112), ('Leon', 0.112), ('Derek', 0.112),
    ('Warren', 0.11), ('Darrell', 0.108), ('Jerome', 0.108), ('Floyd', 0.107), ('Leo', 0.106),
    ('Alvin', 0.105), ('Tim', 0.104), ('Wesley', 0.104), ('Gordon', 0.104), ('Dean', 0.104),
    ('Greg', 0.104), ('Jorge', 0.104), ('Dustin', 0.103), ('Pedro', 0.103), ('Derrick', 0.103),
    ('Dan', 0.101), ('Lewis', 0.099), ('Zachary', 0.099), ('Corey', 0.098), ('Herman', 0.097),
    ('Maurice', 0.097), ('Vernon', 0.097), ('Roberto', 0.097), ('Clyde', 0.095), ('Glen', 0.094),
    ('Hector', 0.094), ('Shane', 0.093), ('Ricardo', 0.093), ('Sam', 0.092), ('Rick', 0.091),
    ('Lester', 0.091), ('Brent', 0.09), ('Ramon', 0.09), ('Charlie', 0.09), ('Tyler', 0.089),
    ('Gilbert', 0.089), ('Gene', 0.087), ('Marc', 0.087), ('Reginald', 0.084), ('Ruben', 0.082),
    ('Brett', 0.082), ('Angel', 0.082), ('Nathaniel', 0.081), ('Rafael', 0.081), ('Leslie', 0.081),
    ('Edgar', 0.08), ('Milton', 0.08), ('Raul', 0.079), ('Ben', 0.078), ('Chester', 0.078),
    ('Cecil', 0.078), ('Duane', 0.077), ('Franklin', 0.077), ('Andre', 0.076), ('Elmer', 0.074),
    ('Brad', 0.073), ('Gabriel', 0.073), ('Ron', 0.072), ('Mitchell', 0.072), ('Roland', 0.072),
    ('Arnold', 0.072), ('Harvey', 0.072), ('Jared', 0.071), ('Adrian', 0.069), ('Karl', 0.069),
    ('Cory', 0.068), ('Claude', 0.068), ('Erik', 0.068), ('Darryl', 0.067), ('Jamie', 0.066),
    ('Neil', 0.066), ('Jessie', 0.065), ('Christian', 0.065), ('Javier', 0.065),
    ('Fernando', 0.065), ('Clinton', 0.065), ('Ted', 0.064), ('Mathew', 0.064), ('Tyrone', 0.064),
    ('Darren', 0.064), ('Lonnie', 0.064), ('Lance', 0.063), ('Cody', 0.063), ('Julio', 0.063),
    ('Kelly', 0.063), ('Kurt', 0.062), ('Allan', 0.061), ('Nelson', 0.061), ('Guy', 0.06),
    ('Clayton', 0.06), ('Hugh', 0.06), ('Max', 0.059), ('Dwayne', 0.059), ('Dwight', 0.058),
    ('Armando', 0.058), ('Felix', 0.058), ('Jimmie', 0.058), ('Everett', 0.057), ('Jordan', 0.056),
    ('Ian', 0.056), ('Wallace', 0.056), ('Ken', 0.055), ('Bob', 0.055), ('Jaime', 0.055),
    ('Casey', 0.054), ('Alfredo', 0.054), ('Alberto', 0.053), ('Dave', 0.053), ('Ivan', 0.053),
    ('Johnnie', 0.052), ('Sidney', 0.052), ('Byron', 0.052), ('Julian', 0.052), ('Isaac', 0.051),
    ('Morris', 0.051), ('Clifton', 0.05), ('Willard', 0.05), ('Daryl', 0.05), ('Ross', 0.05),
    ('Virgil', 0.049), ('Andy', 0.049), ('Marshall', 0.049), ('Salvador', 0.049), ('Perry', 0.049),
    ('Kirk', 0.049), ('Sergio', 0.049), ('Marion', 0.048), ('Tracy', 0.048), ('Seth', 0.048),
    ('Kent', 0.048), ('Terrance', 0.048), ('Rene', 0.048), ('Eduardo', 0.047), ('Terrence', 0.047),
    ('Enrique', 0.046), ('Freddie', 0.046), ('Wade', 0.045), ('Austin', 0.044), ('Stuart', 0.044),
    ('Fredrick', 0.043), ('Arturo', 0.043), ('Alejandro', 0.043), ('Jackie', 0.043),
    ('Joey', 0.043), ('Nick', 0.043), ('Luther', 0.043), ('Wendell', 0.042), ('Jeremiah', 0.042),
    ('Evan', 0.042), ('Julius', 0.042), ('Dana', 0.042), ('Donnie', 0.041), ('Otis', 0.041),
    ('Shannon', 0.04), ('Trevor', 0.04), ('Oliver', 0.04), ('Luke', 0.04), ('Homer', 0.04),
    ('Gerard', 0.04), ('Doug', 0.04), ('Kenny', 0.039), ('Hubert', 0.039), ('Angelo', 0.039),
    ('Shaun', 0.039), ('Lyle', 0.038), ('Matt', 0.038), ('Lynn', 0.038), ('Alfonso', 0.038),
    ('Orlando', 0.037), ('Rex', 0.037), ('Carlton', 0.037), ('Ernesto', 0.037), ('Cameron', 0.037),
    ('Neal', 0.037), ('Pablo', 0.036), ('Lorenzo', 0.036), ('Omar', 0.036), ('Wilbur', 0.036),
    ('Blake', 0.036), ('Grant', 0.036), ('Horace', 0.036), ('Roderick', 0.036), ('Kerry', 0.036),
    ('Abraham', 0.035), ('Willis', 0.035), ('Rickey', 0.035), ('Jean', 0.035), ('Ira', 0.035),
    ('Andres', 0.034), ('Cesar', 0.034), ('Johnathan', 0.034), ('Malcolm', 0.034),
    ('Rudolph', 0.034), ('Damon', 0.034), ('Kelvin', 0.034), ('Rudy', 0.034), ('Preston', 0.034),
    ('Alton', 0.033), ('Archie', 0.033), ('Marco', 0.033), ('Wm', 0.033), ('Pete', 0.032),
    ('Randolph', 0.032), ('Garry', 0.032), ('Geoffrey', 0.032), ('Jonathon', 0.032),
    ('Felipe', 0.032), ('Bennie', 0.032), ('Gerardo', 0.032), ('Ed', 0.032), ('Dominic', 0.032),
    ('Robin', 0.032), ('Loren', 0.032), ('Delbert', 0.031), ('Colin', 0.031), ('Guillermo', 0.031),
    ('Earnest', 0.031), ('Lucas', 0.031), ('Benny', 0.03), ('Noel', 0.03), ('Spencer', 0.03),
    ('Rodolfo', 0.03), ('Myron', 0.03), ('Edmund', 0.03), ('Garrett', 0.029), ('Salvatore', 0.029),
    ('Cedric', 0.029), ('Lowell', 0.029), ('Gregg', 0.029), ('Sherman', 0.028), ('Wilson', 0.028),
    ('Devin', 0.028), ('Sylvester', 0.028), ('Kim', 0.028), ('Roosevelt', 0.028),
    ('Israel', 0.028), ('Jermaine', 0.028),
]  # fmt: skip

US_SURNAMES: list[tuple[str, float]] = [
    ('Smith', 1.006), ('Johnson', 0.81), ('Williams', 0.699), ('Jones', 0.621), ('Brown', 0.621),
    ('Davis', 0.48), ('Miller', 0.424), ('Wilson', 0.339), ('Moore', 0.312), ('Taylor', 0.311),
    ('Anderson', 0.311), ('Thomas', 0.311), ('Jackson', 0.31), ('White', 0.279), ('Harris', 0.275),
    ('Martin', 0.273), ('Thompson', 0.269), ('Garcia', 0.254), ('Martinez', 0.234),
    ('Robinson', 0.233), ('Clark', 0.231), ('Rodriguez', 0.229), ('Lewis', 0.226), ('Lee', 0.22),
    ('Walker', 0.219), ('Hall', 0.2), ('Allen', 0.199), ('Young', 0.193), ('Hernandez', 0.192),
    ('King', 0.19), ('Wright', 0.189), ('Lopez', 0.187), ('Hill', 0.187), ('Scott', 0.185),
    ('Green', 0.183), ('Adams', 0.174), ('Baker', 0.171), ('Gonzalez', 0.166), ('Nelson', 0.162),
    ('Carter', 0.162), ('Mitchell', 0.16), ('Perez', 0.155), ('Roberts', 0.153), ('Turner', 0.152),
    ('Phillips', 0.149), ('Campbell', 0.149), ('Parker', 0.146), ('Evans', 0.141),
    ('Edwards', 0.137), ('Collins', 0.134), ('Stewart', 0.133), ('Sanchez', 0.13),
    ('Morris', 0.125), ('Rogers', 0.123), ('Reed', 0.122), ('Cook', 0.12), ('Morgan', 0.118),
    ('Bell', 0.117), ('Murphy', 0.117), ('Bailey', 0.115), ('Rivera', 0.113), ('Cooper', 0.113),
    ('Richardson', 0.112), ('Cox', 0.11), ('Howard', 0.11), ('Ward', 0.108), ('Torres', 0.108),
    ('Peterson', 0.107), ('Gray', 0.106), ('Ramirez', 0.105), ('James', 0.105), ('Watson', 0.103),
    ('Brooks', 0.103), ('Kelly', 0.102), ('Sanders', 0.1), ('Price', 0.099), ('Bennett', 0.099),
    ('Wood', 0.098), ('Barnes', 0.097), ('Ross', 0.096), ('Henderson', 0.095), ('Coleman', 0.095),
    ('Jenkins', 0.095), ('Perry', 0.094), ('Powell', 0.093), ('Long', 0.092), ('Patterson', 0.092),
    ('Hughes', 0.092), ('Flores', 0.092), ('Washington', 0.092), ('Butler', 0.091),
    ('Simmons', 0.091), ('Foster', 0.091), ('Gonzales', 0.087), ('Bryant', 0.087),
    ('Alexander', 0.085), ('Russell', 0.085), ('Griffin', 0.084), ('Diaz', 0.084),
    ('Hayes', 0.083), ('Myers', 0.083), ('Ford', 0.082), ('Hamilton', 0.082), ('Graham', 0.082),
    ('Sullivan', 0.081), ('Wallace', 0.081), ('Woods', 0.08), ('Cole', 0.08), ('West', 0.08),
    ('Jordan', 0.078), ('Owens', 0.078), ('Reynolds', 0.078), ('Fisher', 0.077), ('Ellis', 0.077),
    ('Harrison', 0.076), ('Gibson', 0.075), ('McDonald', 0.075), ('Cruz', 0.075),
    ('Marshall', 0.075), ('Ortiz', 0.075), ('Gomez', 0.075), ('Murray', 0.074), ('Freeman', 0.074),
    ('Wells', 0.073), ('Webb', 0.072), ('Simpson', 0.07), ('Stevens', 0.07), ('Tucker', 0.07),
    ('Porter', 0.069), ('Hunter', 0.069), ('Hicks', 0.069), ('Crawford', 0.068), ('Henry', 0.068),
    ('Boyd', 0.068), ('Mason', 0.068), ('Morales', 0.067), ('Kennedy', 0.067), ('Warren', 0.067),
    ('Dixon', 0.066), ('Ramos', 0.066), ('Reyes', 0.066), ('Burns', 0.065), ('Gordon', 0.065),
    ('Shaw', 0.065), ('Holmes', 0.065), ('Rice', 0.064), ('Robertson', 0.064), ('Hunt', 0.063),
    ('Black', 0.063), ('Daniels', 0.062), ('Palmer', 0.062), ('Mills', 0.061), ('Nichols', 0.06),
    ('Grant', 0.06), ('Knight', 0.06), ('Ferguson', 0.059), ('Rose', 0.059), ('Stone', 0.059),
    ('Hawkins', 0.059), ('Dunn', 0.058), ('Perkins', 0.058), ('Hudson', 0.058), ('Spencer', 0.057),
    ('Gardner', 0.057), ('Stephens', 0.057), ('Payne', 0.057), ('Pierce', 0.056), ('Berry', 0.056),
    ('Matthews', 0.056), ('Arnold', 0.056), ('Wagner', 0.055), ('Willis', 0.055), ('Ray', 0.055),
    ('Watkins', 0.055), ('Olson', 0.055), ('Carroll', 0.055), ('Duncan', 0.055), ('Snyder', 0.055),
    ('Hart', 0.054), ('Cunningham', 0.054), ('Bradley', 0.054), ('Lane', 0.054),
    ('Andrews', 0.054), ('Ruiz', 0.054), ('Harper', 0.054), ('Fox', 0.053), ('Riley', 0.053),
    ('Armstrong', 0.053), ('Carpenter', 0.053), ('Weaver', 0.053), ('Greene', 0.053),
    ('Lawrence', 0.052), ('Elliott', 0.052), ('Chavez', 0.052), ('Sims', 0.052), ('Austin', 0.052),
    ('Peters', 0.052), ('Kelley', 0.052), ('Franklin', 0.051), ('Lawson', 0.051),
    ('Fields', 0.051), ('Gutierrez', 0.051), ('Ryan', 0.051), ('Schmidt', 0.051), ('Carr', 0.051),
    ('Vasquez', 0.051), ('Castillo', 0.051), ('Wheeler', 0.051), ('Chapman', 0.05),
    ('Oliver', 0.05), ('Montgomery', 0.049), ('Richards', 0.049), ('Williamson', 0.049),
    ('Johnston', 0.049), ('Banks', 0.048), ('Meyer', 0.048), ('Bishop', 0.048), ('McCoy', 0.048),
    ('Howell', 0.048), ('Alvarez', 0.048), ('Morrison', 0.048), ('Hansen', 0.047),
    ('Fernandez', 0.047), ('Garza', 0.047), ('Harvey', 0.047), ('Little', 0.046),
    ('Burton', 0.046), ('Stanley', 0.046), ('Nguyen', 0.046), ('George', 0.046), ('Jacobs', 0.046),
    ('Reid', 0.046), ('Kim', 0.045), ('Fuller', 0.045), ('Lynch', 0.045), ('Dean', 0.045),
    ('Gilbert', 0.045), ('Garrett', 0.045), ('Romero', 0.045), ('Welch', 0.044), ('Larson', 0.044),
    ('Frazier', 0.044), ('Burke', 0.044), ('Hanson', 0.043), ('Day', 0.043), ('Mendoza', 0.043),
    ('Moreno', 0.043), ('Bowman', 0.043), ('Medina', 0.042), ('Fowler', 0.042), ('Brewer', 0.042),
    ('Hoffman', 0.042), ('Carlson', 0.042), ('Silva', 0.042), ('Pearson', 0.042),
    ('Holland', 0.042), ('Douglas', 0.041), ('Fleming', 0.041), ('Jensen', 0.041),
    ('Vargas', 0.041), ('Byrd', 0.041), ('Davidson', 0.041), ('Hopkins', 0.041), ('May', 0.04),
    ('Terry', 0.04), ('Herrera', 0.04), ('Wade', 0.04), ('Soto', 0.04), ('Walters', 0.04),
    ('Curtis', 0.04), ('Neal', 0.039), ('Caldwell', 0.039), ('Lowe', 0.039), ('Jennings', 0.039),
    ('Barnett', 0.039), ('Graves', 0.039), ('Jimenez', 0.039), ('Horton', 0.039),
    ('Shelton', 0.039), ('Barrett', 0.039), ('Obrien', 0.039), ('Castro', 0.039),
    ('Sutton', 0.038), ('Gregory', 0.038), ('McKinney', 0.038), ('Lucas', 0.038), ('Miles', 0.038),
    ('Craig', 0.038), ('Rodriquez', 0.037), ('Chambers', 0.037), ('Holt', 0.037),
    ('Lambert', 0.037), ('Fletcher', 0.037), ('Watts', 0.037), ('Bates', 0.037), ('Hale', 0.037),
    ('Rhodes', 0.037), ('Pena', 0.037), ('Beck', 0.037), ('Newman', 0.036), ('Haynes', 0.036),
    ('McDaniel', 0.036), ('Mendez', 0.036), ('Bush', 0.036), ('Vaughn', 0.036), ('Parks', 0.035),
    ('Dawson', 0.035), ('Santiago', 0.035), ('Norris', 0.035), ('Hardy', 0.035), ('Love', 0.035),
    ('Steele', 0.035), ('Curry', 0.035), ('Powers', 0.035), ('Schultz', 0.035), ('Barker', 0.035),
    ('Guzman', 0.034), ('Page', 0.034), ('Munoz', 0.034), ('Ball', 0.034), ('Keller', 0.034),
    ('Chandler', 0.034), ('Weber', 0.034), ('Leonard', 0.034), ('Walsh', 0.033), ('Lyons', 0.033),
    ('Ramsey', 0.033), ('Wolfe', 0.033), ('Schneider', 0.033), ('Mullins', 0.033),
    ('Benson', 0.033), ('Sharp', 0.033), ('Bowen', 0.033), ('Daniel', 0.033), ('Barber', 0.032),
    ('Cummings', 0.032), ('Hines', 0.032), ('Baldwin', 0.032), ('Griffith', 0.032),
    ('Valdez', 0.032), ('Hubbard', 0.032), ('Salazar', 0.032), ('Reeves', 0.032),
    ('Warner', 0.031), ('Stevenson', 0.031), ('Burgess', 0.031), ('Santos', 0.031),
    ('Tate', 0.031), ('Cross', 0.031), ('Garner', 0.031), ('Mann', 0.031), ('Mack', 0.031),
    ('Moss', 0.031), ('Thornton', 0.031), ('Dennis', 0.031), ('McGee', 0.031), ('Farmer', 0.03),
    ('Delgado', 0.03), ('Aguilar', 0.03), ('Vega', 0.03), ('Glover', 0.03), ('Manning', 0.03),
    ('Cohen', 0.03), ('Harmon', 0.03), ('Rodgers', 0.03), ('Robbins', 0.03), ('Newton', 0.03),
    ('Todd', 0.03), ('Blair', 0.03), ('Higgins', 0.03), ('Ingram', 0.03), ('Reese', 0.03),
    ('Cannon', 0.03), ('Strickland', 0.03), ('Townsend', 0.03), ('Potter', 0.03),
    ('Goodwin', 0.03), ('Walton', 0.03), ('Rowe', 0.029), ('Hampton', 0.029), ('Ortega', 0.029),
    ('Patton', 0.029), ('Swanson', 0.029), ('Joseph', 0.029), ('Francis', 0.029),
    ('Goodman', 0.029), ('Maldonado', 0.029), ('Yates', 0.029), ('Becker', 0.029),
    ('Erickson', 0.029), ('Hodges', 0.029), ('Rios', 0.029), ('Conner', 0.029), ('Adkins', 0.029),
    ('Webster', 0.028), ('Norman', 0.028), ('Malone', 0.028), ('Hammond', 0.028),
    ('Flowers', 0.028), ('Cobb', 0.028), ('Moody', 0.028), ('Quinn', 0.028), ('Blake', 0.028),
    ('Maxwell', 0.028), ('Pope', 0.028), ('Floyd', 0.027), ('Osborne', 0.027), ('Paul', 0.027),
    ('McCarthy', 0.027), ('Guerrero', 0.027), ('Lindsey', 0.027), ('Estrada', 0.027),
    ('Sandoval', 0.027), ('Gibbs', 0.027), ('Tyler', 0.027), ('Gross', 0.027),
    ('Fitzgerald', 0.027), ('Stokes', 0.027), ('Doyle', 0.027), ('Sherman', 0.027),
]  # fmt: skip

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_WOMEN, SV_MEN, SV_SURNAMES),
    "us": Origin(weighted(US_WOMEN, 150), weighted(US_MEN, 150), weighted(US_SURNAMES, 150)),
    "uk": Origin(UK_WOMEN, UK_MEN, UK_SURNAMES),
    **OTHER,
}

# Who is named, per language of the text (roughly as Sweden's population is; English text mostly
# US and UK people, mixed text Swedish people with English-speaking colleagues and installers).
MIXES: dict[str, dict[str, float]] = {
    "sv": {"swedish": 70, "arabic": 6, "finnish": 3.5, "polish": 2.5, "bcs": 2.5, "persian": 2.5,
           "somali": 1.8, "kurdish": 1.5, "turkish": 1.5, "afghan": 1.5, "ukrainian": 1.3,
           "eritrean": 1.2, "indian": 1, "latin": 1, "thai": 1, "chinese": 0.7, "us": 0.5, "uk": 0.5},
    "en": {"us": 40, "uk": 34, "swedish": 9, "indian": 5, "arabic": 2, "polish": 2, "latin": 2,
           "chinese": 1.5, "finnish": 1, "turkish": 1, "somali": 0.8, "ukrainian": 0.7, "persian": 0.7},
    "mixed": {"swedish": 52, "us": 10, "uk": 10, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
              "persian": 2.5, "indian": 2.5, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5,
              "afghan": 1.5, "ukrainian": 1.5, "eritrean": 1, "latin": 1, "thai": 1, "chinese": 1},
}  # fmt: skip

# Short forms as people write them, by origin and given name.
_SV_NICK = """Lars:Lasse,Lalle|Mikael:Micke,Mike|Karl:Kalle|Per:Pelle,Pelle|Johan:Jocke,Jojje
Joakim:Jocke|Anders:Ante,Andy|Erik:Erre|Nils:Nisse|Jan:Janne|Thomas:Tompa,Tommy|Hans:Hasse
Magnus:Mange|Marcus:Mackan|Fredrik:Fredde|Stefan:Steffe|Christer:Chrille|Kristian:Krille
Christian:Chrille|Gustav:Gurra,Gustaf|Robert:Robban|Bengt:Bengan|Peter:Peppe|Tobias:Tobbe
Sebastian:Sebbe|Roger:Roggan|Andreas:Adde|Henrik:Henke|Patrik:Patte|Daniel:Danne|Jonas:Jonte
Alexander:Alex,Acke|Olof:Olle|Björn:Nalle|Göran:Gurra|Kenneth:Kenta|Torbjörn:Tobbe|Lennart:Lelle
Gunnar:Gurra|Leif:Leffe|Viktor:Vicke|Rasmus:Rasse|Ulf:Uffe|Jesper:Jeppe|Oskar:Osse
Elisabeth:Lisa,Bettan,Lisbeth|Elisabet:Bettan|Margareta:Maggan,Greta|Kristina:Kicki,Stina
Christina:Kicki,Tina|Birgitta:Gittan,Bittan|Charlotte:Lotta|Katarina:Kattis,Kajsa|Monica:Moa
Susanne:Sussie,Sanne|Karolina:Kajsa,Lina|Josefin:Jossan|Therese:Tessan|Ingegerd:Inga|Helena:Lena
Jessica:Jessan|Matilda:Tilda|Madeleine:Madde|Marianne:Mian|Johanna:Hanna,Jossan|Anna-Karin:Annki
Ann-Christin:Anki|Rebecka:Becka|Viktoria:Vickan|Emelie:Emmi|Carina:Cissi|Cecilia:Cissi,Cilla
Camilla:Cilla|Gunilla:Gunsan|Agneta:Agge|Kerstin:Kiki|Linnéa:Nea|Annika:Anki"""
_EN_NICK = """Elizabeth:Liz,Beth,Lizzie|Robert:Rob,Bob,Bobby|William:Will,Bill,Billy|Michael:Mike,Mick
Richard:Rich,Rick|James:Jim,Jamie|Christopher:Chris|Jennifer:Jen,Jenny|Katherine:Kate,Katie
Catherine:Cath,Kate|Margaret:Maggie,Peggy|Patricia:Pat,Trish|Thomas:Tom,Tommy|Joseph:Joe
Daniel:Dan,Danny|Matthew:Matt|Andrew:Andy,Drew|Anthony:Tony|Stephen:Steve|Steven:Steve
Samantha:Sam|Samuel:Sam|Benjamin:Ben|Alexander:Alex|Nicholas:Nick|Jonathan:Jon|Timothy:Tim
Susan:Sue,Suzy|Deborah:Debbie,Deb|Rebecca:Becky,Bex|Victoria:Vicky|Charlotte:Lottie,Charlie
Edward:Ed,Ted|Peter:Pete|David:Dave|Kenneth:Ken|Gregory:Greg|Jacqueline:Jackie|Alexandra:Alex
Barbara:Barb|Dorothy:Dot|Nicola:Nicky|Philip:Phil|Frederick:Fred,Freddie|Jessica:Jess
Abigail:Abbie|Eleanor:Ellie,Nell|Charles:Charlie,Chuck|Donald:Don|Gerald:Gerry|Raymond:Ray"""
_OTHER_NICK = {
    "finnish": "Juha:Jussi|Matti:Masa|Pekka:Pekka|Johanna:Jonna|Kristiina:Kiti|Marjatta:Marja|Tapio:Tapsa",
    "arabic": "Mohammed:Mo,Hamoudi|Mustafa:Musse|Abdullah:Abdi|Ibrahim:Ibbe|Fatima:Fati|Youssef:Joe",
    "persian": "Mohammad:Mo|Farhad:Faffe|Mehdi:Mecke",
    "bcs": "Emir:Emmi|Aleksandar:Aco|Dragan:Gaga|Jelena:Jeca",
    "polish": "Aleksandra:Ola|Małgorzata:Gosia|Katarzyna:Kasia|Joanna:Asia|Michał:Misiek|Krzysztof:Krzysiek|Tomasz:Tomek|Wojciech:Wojtek",
    "somali": "Abdirahman:Abdi|Mohamed:Maxamed",
    "latin": "Francisca:Panchita|José:Pepe|Francisco:Pancho|Ignacio:Nacho",
}


def _nicks(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for item in text.replace("\n", "|").split("|"):
        name, forms = item.split(":")
        out[name.strip()] = _dedupe(forms.split(","))
    return out


NICKNAMES: dict[str, dict[str, list[str]]] = {
    "swedish": _nicks(_SV_NICK),
    "us": _nicks(_EN_NICK),
    "uk": _nicks(_EN_NICK),
    **{k: _nicks(v) for k, v in _OTHER_NICK.items()},
}
