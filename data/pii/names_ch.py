# ruff: noqa: E501
"""Name pools of held-out ch (housing, neighbours and moving): names as the population has them.

Every list is in the order of how many people carry the name, written from general knowledge of
public statistics: SCB's name statistics for Sweden (given names of women and men, surnames),
the US Census 1990 lists (public domain: `dist.female.first`, `dist.male.first`, `dist.all.last`)
and the ONS baby names and common surnames for the UK, and the commonest given names and surnames
of the origins common in Sweden. Weight 1/rank; the head is the top of a list (about 150 for the
big lists, 12 for the small ones), the tail the rarer names past it. Nothing here was checked
against any list of the project, and no name was left out for being known or unknown.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from a list's head with this probability, else its tail


@dataclass
class Pool:
    names: list[str]
    weights: list[float]
    head: int


def pool(text: str, head: int = 150) -> Pool:
    """A pool from names in rank order (separated by `|` or new lines), weight 1/rank."""
    seen: list[str] = []
    for raw in text.replace("\n", "|").split("|"):
        name = raw.strip()
        if name and name not in seen:
            seen.append(name)
    return Pool(seen, [1 / (i + 1) for i in range(len(seen))], min(head, max(1, len(seen) * 2 // 3)))


@dataclass
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def plain(word: str) -> str:
    """A name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`."""
    word = word.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("đ", "dj").replace("Đ", "Dj")
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def feminine(word: str) -> str:
    """A Polish woman's form of a surname in -ski/-cki/-dzki."""
    for end in ("ski", "cki", "dzki"):
        if word.endswith(end):
            return word[:-1] + "a"
    return word


SV_F = """
Maria|Anna|Margareta|Elisabeth|Eva|Kristina|Birgitta|Karin|Elisabet|Marie|Ingrid|Christina|Linnéa|Sofia|Kerstin|Marianne|Lena|Helena|Emma|Inger
Johanna|Sara|Cecilia|Elin|Anita|Louise|Ulla|Viktoria|Ida|Malin|Linda|Susanne|Katarina|Jenny|Hanna|Gunilla|Irene|Elsa|Monica|Barbro
Julia|Ingegerd|Carina|Siv|Annika|Ann|Alice|Ulrika|Charlotte|Frida|Åsa|Camilla|Agneta|Matilda|Amanda|Lisa|Therese|Gun|Ebba|Britt
Anneli|Josefin|Maja|Caroline|Emelie|Berit|Yvonne|Madeleine|Lovisa|Astrid|Klara|Gunnel|Ellen|Mona|Sandra|Inga|Wilma|Jessica|Ingela|Pia
Sofie|Alva|Ella|Lina|Moa|Sonja|Agnes|Rebecka|Vera|Pernilla|Maj|Elvira|Erika|Ingeborg|Kristin|Helen|Mikaela|Olivia|Isabelle|Gunhild
Lisbeth|Anette|Maud|Britta|Ronja|Felicia|Nathalie|Elina|Marita|Ylva|Saga|Tove|Liv|Stina|Emilia|Ester|Mia|Tilda|Nora|Hedvig
Lilly|Freja|Signe|Tuva|Selma|Catarina|Annelie|Kajsa|Ann-Marie|Ann-Christin|Anna-Karin|Marie-Louise|Eleonora|Greta|Isabella|Beatrice|Hilda|Ingbritt|Solveig|Rut
Irma|Ethel|Majvor|Gudrun|Alexandra|Fanny|Emelia|Petra|Therése|Maria-Theresia
|Jeanette|Tina|Kristine|Paula|Elise|Ylva-Li|Nellie|Minna|Greta-Lisa|Mathilda|Tyra|Iris|Juni|Leah|Thea|Hjördis|Svea|Dagny|Vivianne|Ragnhild
Evelina|Josefine|Carolina|Marlene|Hillevi|Cornelia|Lotta|Karolina|Gertrud|Märta|Elna|Ruth|Marit|Inga-Lill|Ann-Sofie|Eivor|Lilian|Rose-Marie|Aina
Ingalill|Vanja|Henrietta|Tova|Bodil|Ulla-Britt|Sigrid|Edith|Asta|Valborg|Ellinor|Angelica|Jenni|Sanna|Tuula|Kicki|Rakel|Marika|Moa-Lina|Cajsa
Emmy|Joanna|Regina|Rosita|Desirée|Vendela|Magdalena|Nina|Veronica|Veronika|Evy|Doris|Yvette|Siri|Maj-Britt|Dagmar|Tekla|Märit|Ingalena|Miriam
Amelia|Lova|Alma|Stella|Novalie|Esmeralda|Gullan|Gunvor|Mildred|Majken|Ottilia|Sylvia|Viola|Ingmarie|Gunnvor|Annica|Jannike|Therésia|Hélène|Matilde
Elvy|Wivianne|Siw|Kristel|Linn|Jonna|Kim|Lykke|Livia|Mira|Ines|Rebecca|Elaine|Filippa|Meja|Minea|Novah|Svanhild|Gerd|Karolin
Helga|Elly|Britt-Marie|Inga-Britt|Anna-Lena|Ann-Louise|Ann-Katrin|Eva-Lena|Lise-Lotte|Mari|Marja|Lillemor|Ingvor|Benita|Laila|Lena-Maria|Rigmor|Svanja|Inez
Alfhild|Gunnborg|Hulda|Hertha|Idun|Vilhelmina|Oddny|Tindra|Leona|Lejla|Isolde|Gunn|Silja|Elvine|Agda|Anja|Birgit|Carin

|Annbritt|Majlis|Ingegärd|Gunlög|Ulla-Karin|Birgit|Aurora|Elvina|Stella-Maria|Linnea|Agnetha|Anne|Annie|Jennie|Sussanne|Wivi|Karita|Kerstin-Ann|Mathilde|Hildur
Torborg|Ingun|Lisen|Emmeli|Rose|Maj-Lis|Ann-Britt|Ann-Mari|Gull-Britt|Berith|Lise|Ritva|Sirkka|Irja|Tiina|Margit|Viveka|Nanna|Mimmi|Ebba-Lotta
Charlotta|Ingvild|Gunnevi|Dorotea|Evelina-Maria|Kristel|Solvig|Majbritt|Cissi|Lollo|Siv-Britt|Runa|Elida|Frideborg|Judit|Edla|Hedda|Lea|Ava|Hilma
Juliana|Rosalie|Linnéa-Maria|Sigrun|Gunbritt|Ingalill|Ester-Maria|Annmari|Vilma|Liza|Malena|Teresia|Lydia|Aurore|Hermine|Ottilie|Elinor|Henny|Lotten|Ewa-Lena
"""
SV_M = """
Lars|Mikael|Anders|Johan|Per|Erik|Karl|Peter|Jan|Thomas|Daniel|Fredrik|Hans|Bengt|Stefan|Andreas|Mats|Bo|Nils|Magnus
Sven|Marcus|Leif|Göran|Björn|Jonas|Ulf|Martin|Alexander|Mattias|Henrik|Oskar|Kjell|Christer|Tommy|Niklas|Gustav|Viktor|Emil|Jörgen
Robert|Patrik|Roger|Stig|William|Lennart|Rolf|David|Christian|Anton|Håkan|Simon|Axel|Tobias|Joakim|Sebastian|Filip|Olof|Kent|Rickard
Jonathan|Gunnar|Lucas|Elias|Ingemar|Åke|Roland|Oliver|Hugo|Carl|Claes|Arne|Kenneth|Adam|Jakob|Robin|Ove|Rune|Dan|Jimmy
Lukas|Isak|Gösta|Dennis|Kurt|Sten|Ola|Jesper|Linus|Joel|Johnny|Ludvig|Ronny|Albin|Jacob|Kristoffer|Rasmus|Torbjörn|Tord|Emanuel
Gabriel|Rikard|Morgan|Urban|Conny|Ingvar|Nicklas|Jens|Theo|Liam|Noah|Kevin|Edvin|Alfred|Samuel|Josef|Arvid|Vilhelm|Harald|Gunnar
Lennart|Melvin|Hampus|Kalle|Pontus|Ebbe|Leo|Casper|Max|Elliot|Folke|Sixten|Vincent|Love|Ture|Torsten|Sune|Ingvar|Allan|Bertil
Karl-Johan|Per-Olof|Lars-Erik|Jan-Erik|Nils-Erik|Carl-Johan|Sven-Erik|Lars-Göran|Hans-Olof|Per-Erik
|Birger|Evert|Gert|Helge|Holger|Ingmar|Inge|Jarl|Jörn|Kennet|Krister|Lage|Malte|Nisse|Osvald|Ragnar|Sigvard|Sölve|Tage|Valter
Walter|Yngve|Åsmund|Östen|Algot|Alvar|Assar|Bernt|Bror|Curt|Dag|Egon|Einar|Elof|Erland|Georg|Gillis|Gottfrid|Greger
Halvar|Hilding|Ivar|Jonny|Kaj|Karl-Axel|Knut|Lage|Lennie|Loke|Melker|Mauritz|Nore|Olle|Orvar|Otto|Pelle|Roine|Rutger
Seved|Sture|Svante|Tor|Torgny|Tryggve|Uno|Verner|Vidar|Viggo|Wilhelm|Albert|Alve|Ante|Benjamin|Bill|Billy|Calle|Charlie
Colin|Douglas|Edward|Elvin|Emrik|Enar|Frans|Frank|Fritz|Gideon|Glenn|Henning|Herbert|Hjalmar|Ingolf|Ivan|Jack|Janne|Jerker
Jim|Joachim|John|Kasper|Kim|Klas|Konrad|Lars-Åke|Leon|Levi|Lorentz|Mio|Mons|Nathan|Neo|Nikola|Nils-Åke|Oscar|Paul
Per-Anders|Reinhold|Rolle|Sam|Selim|Sigge|Stellan|Sten-Åke|Sylvester|Teodor|Tim|Tomas|Truls|Valdemar|Vilgot|Waldemar|Wille|Zacharias
Dick|Uffe|Ulrik|Gustaf|Björne|Ansgar|Eskil|Frej|Gorm|Hannes|Idris|Jean|Jöns|Karl-Gustav|Lars-Olof|Matti|Måns|Nicolas|Nils-Olof|Pär

|Göte|Gösta-Erik|Ingvald|Anselm|Arnold|Aron|Axel-Olof|Birger-Jan|Bosse|Börje|Carl-Erik|Carl-Henrik|Claes-Göran|Dag-Erik|Edgar|Edvard|Egil|Ejnar|Erling|Evald
Fabian|Felix|Gerhard|Gottfrid|Gunder|Hadar|Hannu|Harry|Henry|Hilmer|Ingvard|Isidor|Jon|Jonatan|Josua|Julius|Justus|Kjell-Åke|Lars-Gunnar|Lars-Ivar
Lennarth|Ludde|Magne|Mats-Ola|Mikko|Natanael|Nore|Odd|Ola-Per|Ossian|Patric|Per-Gunnar|Ragnvald|Robban|Rudolf|Sigfrid|Staffan|Sten-Olof|Sverker|Tage-Erik
Thor|Tommie|Ulf-Peter|Vide|Vilmer|Vinny|Yngvar|Åke-Lennart|Örjan|Östen-Bo|Arne-Lars|Benny|Bertil-Olof|Eddie|Einar-Olov|Gunnar-Erik|Hasse|Jens-Ola|Kaj-Erik|Olov
"""
SV_S = """
Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Svensson|Gustafsson|Pettersson|Jonsson|Jansson|Hansson|Bengtsson|Jönsson|Lindberg|Jakobsson|Magnusson|Olofsson
Lindström|Lindqvist|Lindgren|Berg|Axelsson|Bergström|Lundberg|Lind|Lundgren|Lundqvist|Mattsson|Berglund|Fredriksson|Sandberg|Henriksson|Forsberg|Sjöberg|Ali|Wallin|Mohammed
Engström|Danielsson|Håkansson|Eklund|Lundin|Gunnarsson|Björk|Holm|Bergman|Samuelsson|Fransson|Wikström|Isaksson|Nyström|Holmberg|Arvidsson|Löfgren|Söderberg|Nyberg|Blomqvist
Claesson|Nordström|Mårtensson|Lundström|Ahmed|Viklund|Björklund|Eliasson|Pålsson|Hassan|Berggren|Sandström|Lund|Nordin|Ström|Åberg|Hermansson|Ekström|Holmgren|Sundberg
Hedlund|Dahlberg|Hellström|Sjögren|Abrahamsson|Falk|Martinsson|Öberg|Andreasson|Strömberg|Månsson|Åkesson|Hansen|Norberg|Lindholm|Dahl|Jonasson|Hussein|Sundström|Ek
Åström|Mohamed|Lindahl|Nielsen|Holmström|Söderström|Ibrahim|Ivarsson|Ahlström|Friberg|Lindell|Nordqvist|Sundqvist|Bergqvist|Hedberg|Jensen|Göransson|Lindblom|Nordlund|Sjöström
Ottosson|Strand|Stenberg|Adolfsson|Lindén|Bergkvist|Nord|Blom|Ekman|Lindkvist|Sundin|Hedström|Hjalmarsson|Nyman|Wiklund|Petersson|Östlund|Moberg|Hägglund|Boström
|Ahmadi|Edlund|Wahlström|Hallberg|Rosén|Nordberg|Engberg|Sjödin|Granath|Skoglund|Söderlund|Zetterberg|Rydberg|Bergh|Edström|Backman|Lilja|Sten|Rask|Frost
Vinter|Stjärna|Hjort|Örn|Svan|Krona|Sommar|Hall|Kvist|Fisk|Lax|Rosenqvist|Lundmark|Öhman|Nyqvist|Palm|Carlsson|Carlberg|Kling|Jeppsson
Nordgren|Sandin|Lindroth|Forslund|Bäckström|Grönlund|Ekberg|Hammar|Törnqvist|Wallén|Sved|Bylund|Åhman|Marklund|Norén|Sundell|Fors|Alm|Ljung|Lövgren
Westerberg|Österberg|Malmberg|Malm|Hedman|Granström|Dahlgren|Hagström|Sahlin|Ågren|Lindvall|Bolin|Nyholm|Björn|Grahn|Stålberg|Kjellberg|Kronberg|Vesterlund|Rydén
Mohammadi|Hosseini|Osman|Yusuf|Omar|Abdi|Khalil|Saleh|Jama|Warsame|Nguyen|Yilmaz|Kaya|Öztürk|Demir|Jovanović|Nowak|Korhonen|Virtanen|Nieminen
von Platen|af Klercker|von Essen|af Ugglas|De Geer|von Sydow|Bonde|Wachtmeister|von Rosen|af Sandeberg|Cronstedt|Lewenhaupt|Uggla|Leijonhufvud|Sparre|Oxenstierna|Natt och Dag|Gyllenhammar|Silfverschiöld|von Otter
Åslund|Kempe|Thorén|Gyllensten|Lagerkvist|Strindberg|Sjölander|Tegnér|Boman|Hammarberg|Öst|Väst|Vikström|Lindau|Fahlén|Sundkvist|Ekelund|Rehn|Bäck|Sköld
Krantz|Sundman|Nordahl|Tell|Kvarnström|Hed|Brandt|Stark|Rapp|Lång|Kock|Schmidt|Jakobsen|Höglund|Thunberg|Wennberg|Hult|Ehn|Enström|Lindh
Melin|Modin|Dahlin|Udd|Bergsten|Spång|Lindeberg|Norrman|Sörman|Westin|Wester|Fält|Gran|Tall|Åkerlund|Löf|Ros|Ståhl|Söder|Lövstrand
Ringström|Tellström|Kullberg|Hansén|Tuvesson|Bladh|Bratt|Burman|Cederberg|Ceder|Dalin|Dufva|Edin|Enqvist|Flink|Fogelberg|Frisk|Gard|Hjelm|Igelström

|Hjertén|Löwenborg|Nordenfelt|Swärd|Edgren|Rödin|Grönberg|Hallin|Hägg|Järvi|Kallio|Klingberg|Kronqvist|Kvarn|Lantz|Lindfors|Lundell|Mattsson-Berg|Mörk|Nilsén
Norlin|Nygren|Orre|Pihl|Qvarnström|Ramberg|Rehnberg|Rosell|Rudberg|Rönn|Sandell|Sand|Segerström|Sjöholm|Skog|Stenlund|Strömgren|Sundh|Svärd|Säll
Tengvall|Thor|Torstensson|Tunér|Ullberg|Unger|Vall|Wahlgren|Wedin|Wernersson|Widén|Wikander|Wikman|Wistrand|Zackrisson|Zander|Åkerman|Ångström|Öhrn|Östman
Anttila|Bodin|Broman|Dahlqvist|Egnell|Forsgren|Gerdin|Hammarström|Hörnfeldt|Jernberg|Kihlström|Larsén|Lindmark|Lövdahl|Mellgren|Nordmark|Pålsson-Berg|Sahlén|Tornberg|Vinberg
"""

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(pool(SV_F), pool(SV_M), pool(SV_S)),
    "us": Origin(
        pool("""Mary|Patricia|Linda|Barbara|Elizabeth|Jennifer|Maria|Susan|Margaret|Dorothy|Lisa|Nancy|Karen|Betty|Helen|Sandra|Donna|Carol|Ruth|Sharon
Michelle|Laura|Sarah|Kimberly|Deborah|Jessica|Shirley|Cynthia|Angela|Melissa|Brenda|Amy|Anna|Rebecca|Virginia|Kathleen|Pamela|Martha|Debra|Amanda
Stephanie|Carolyn|Christine|Marie|Janet|Catherine|Frances|Ann|Joyce|Diane|Alice|Julie|Heather|Teresa|Doris|Gloria|Evelyn|Jean|Cheryl|Mildred
Katherine|Joan|Ashley|Judith|Rose|Janice|Kelly|Nicole|Judy|Christina|Kathy|Theresa|Beverly|Denise|Tammy|Irene|Jane|Lori|Rachel|Marilyn
Andrea|Kathryn|Louise|Sara|Anne|Jacqueline|Wanda|Bonnie|Julia|Ruby|Lois|Tina|Phyllis|Norma|Paula|Diana|Annie|Lillian|Emily|Robin
Peggy|Crystal|Gladys|Rita|Dawn|Connie|Florence|Tracy|Edna|Tiffany|Carmen|Rosa|Cindy|Grace|Wendy|Victoria|Edith|Kim|Sherry|Sylvia
Josephine|Thelma|Shannon|Sheila|Ethel|Ellen|Elaine|Marjorie|Carrie|Charlotte|Monica|Esther|Pauline|Emma|Juanita|Anita|Rhonda|Hazel|Amber|Eva
Debbie|April|Leslie|Clara|Lucille|Jamie|Joanne|Eleanor|Valerie|Danielle|Megan|Alicia|Suzanne|Michele|Gail|Bertha|Darlene|Veronica|Jill|Erin
Geraldine|Lauren|Cathy|Joann|Lorraine|Lynn|Sally|Regina|Erica|Beatrice|Dolores|Bernice|Audrey|Yvonne|Annette|June|Samantha|Marion|Dana|Stacy
Ana|Renee|Ida|Vivian|Roberta|Holly|Brittany|Melanie|Loretta|Yolanda|Jeanette|Laurie|Katie|Kristen|Vanessa|Alma|Sue|Elsie|Beth|Jeanne
Vicki|Carla|Tara|Rosemary|Eileen|Terri|Gertrude|Lucy|Tonya|Ella|Stacey|Wilma|Gina|Kristin|Jessie|Natalie|Agnes|Vera|Willie|Charlene
Bessie|Delores|Melinda|Pearl|Arlene|Maureen|Colleen|Allison|Tamara|Joy|Georgia|Constance|Lillie|Claudia|Jackie|Marcia|Tanya|Nellie|Minnie|Marlene
Heidi|Glenda|Lydia|Viola|Courtney|Marian|Stella|Caroline|Dora|Jo|Vickie|Mattie|Terry|Maxine|Irma|Mabel|Marsha|Myrtle|Lena|Christy"""),
        pool("""James|John|Robert|Michael|William|David|Richard|Charles|Joseph|Thomas|Christopher|Daniel|Paul|Mark|Donald|George|Kenneth|Steven|Edward|Brian
Ronald|Anthony|Kevin|Jason|Matthew|Gary|Timothy|Jose|Larry|Jeffrey|Frank|Scott|Eric|Stephen|Andrew|Raymond|Gregory|Joshua|Jerry|Dennis
Walter|Patrick|Peter|Harold|Douglas|Henry|Carl|Arthur|Ryan|Roger|Joe|Juan|Jack|Albert|Jonathan|Justin|Terry|Gerald|Keith|Samuel
Willie|Ralph|Lawrence|Nicholas|Roy|Benjamin|Bruce|Brandon|Adam|Harry|Fred|Wayne|Billy|Steve|Louis|Jeremy|Aaron|Randy|Howard|Eugene
Carlos|Russell|Bobby|Victor|Martin|Ernest|Phillip|Todd|Jesse|Craig|Alan|Shawn|Clarence|Sean|Philip|Chris|Johnny|Earl|Jimmy|Antonio
Danny|Bryan|Tony|Luis|Mike|Stanley|Leonard|Nathan|Dale|Manuel|Rodney|Curtis|Norman|Allen|Marvin|Vincent|Glenn|Jeffery|Travis|Jeff
Chad|Jacob|Lee|Melvin|Alfred|Kyle|Francis|Bradley|Jesus|Herbert|Frederick|Ray|Joel|Edwin|Don|Eddie|Ricky|Troy|Randall|Barry
Alexander|Bernard|Mario|Leroy|Francisco|Marcus|Micheal|Theodore|Clifford|Miguel|Oscar|Jay|Jim|Tom|Calvin|Alex|Jon|Ronnie|Bill|Lloyd
Tommy|Leon|Derek|Warren|Darrell|Jerome|Floyd|Leo|Alvin|Tim|Wesley|Gordon|Dean|Greg|Jorge|Dustin|Pedro|Derrick|Dan|Lewis
Zachary|Corey|Herman|Maurice|Vernon|Roberto|Clyde|Glen|Hector|Shane|Ricardo|Sam|Rick|Lester|Brent|Ramon|Charlie|Tyler|Gilbert|Gene
Marc|Reginald|Ruben|Brett|Angel|Nathaniel|Rafael|Leslie|Edgar|Milton|Raul|Ben|Chester|Cecil|Duane|Franklin|Andre|Elmer|Brad|Gabriel
Ron|Mitchell|Roland|Arnold|Harvey|Jared|Adrian|Karl|Cory|Claude|Erik|Darryl|Jamie|Neil|Jessie|Christian|Javier|Fernando|Clinton|Ted"""),
        pool("""Smith|Johnson|Williams|Jones|Brown|Davis|Miller|Wilson|Moore|Taylor|Anderson|Thomas|Jackson|White|Harris|Martin|Thompson|Garcia|Martinez|Robinson
Clark|Rodriguez|Lewis|Lee|Walker|Hall|Allen|Young|Hernandez|King|Wright|Lopez|Hill|Scott|Green|Adams|Baker|Gonzalez|Nelson|Carter
Mitchell|Perez|Roberts|Turner|Phillips|Campbell|Parker|Evans|Edwards|Collins|Stewart|Sanchez|Morris|Rogers|Reed|Cook|Morgan|Bell|Murphy|Bailey
Rivera|Cooper|Richardson|Cox|Howard|Ward|Torres|Peterson|Gray|Ramirez|James|Watson|Brooks|Kelly|Sanders|Price|Bennett|Wood|Barnes|Ross
Henderson|Coleman|Jenkins|Perry|Powell|Long|Patterson|Hughes|Flores|Washington|Butler|Simmons|Foster|Gonzales|Bryant|Alexander|Russell|Griffin|Diaz|Hayes
Myers|Ford|Hamilton|Graham|Sullivan|Wallace|Woods|Cole|West|Jordan|Owens|Reynolds|Fisher|Ellis|Harrison|Gibson|Mcdonald|Cruz|Marshall|Ortiz
Gomez|Murray|Freeman|Wells|Webb|Simpson|Stevens|Tucker|Porter|Hunter|Hicks|Crawford|Henry|Boyd|Mason|Morales|Kennedy|Warren|Dixon|Ramos
Reyes|Burns|Gordon|Shaw|Holmes|Rice|Robertson|Hunt|Black|Daniels|Palmer|Mills|Nichols|Grant|Knight|Ferguson|Rose|Stone|Hawkins|Dunn
Perkins|Hudson|Spencer|Gardner|Stephens|Payne|Pierce|Berry|Matthews|Arnold|Wagner|Willis|Ray|Watkins|Olson|Carroll|Duncan|Snyder|Hart|Cunningham
Bradley|Lane|Andrews|Ruiz|Harper|Fox|Riley|Armstrong|Carpenter|Weaver|Greene|Lawrence|Elliott|Chavez|Sims|Austin|Peters|Kelley|Franklin|Lawson
Fields|Gutierrez|Ryan|Schmidt|Carr|Vasquez|Castillo|Wheeler|Chapman|Oliver|Montgomery|Richards|Williamson|Johnston|Banks|Meyer|Bishop|Mccoy|Howell|Alvarez
Morrison|Hansen|Fernandez|Garza|Harvey|Little|Burton|Stanley|Nguyen|George|Jacobs|Reid|Fuller|Lynch|Dean|Gilbert|Garrett|Romero|Welch|Larson
Frazier|Burke|Hanson|Day|Mendoza|Moreno|Bowman|Medina|Fowler|Brewer|Hoffman|Carlson|Silva|Pearson|Holland|Douglas|Fleming|Jensen|Vargas|Byrd"""),
    ),
    "uk": Origin(
        pool("""Olivia|Amelia|Isla|Ava|Emily|Sophia|Grace|Mia|Poppy|Ella|Lily|Evie|Isabella|Sophie|Ivy|Freya|Harper|Willow|Charlotte|Jessica
Rosie|Daisy|Alice|Florence|Sienna|Phoebe|Evelyn|Matilda|Elsie|Sofia|Ruby|Chloe|Millie|Lucy|Scarlett|Isabelle|Emma|Hannah|Holly|Megan
Jessica|Lauren|Rebecca|Charlotte|Amy|Laura|Katie|Rachel|Sarah|Gemma|Claire|Nicola|Emma|Louise|Joanne|Kelly|Helen|Lisa|Michelle|Victoria
Susan|Margaret|Patricia|Elizabeth|Jean|Janet|Christine|Linda|Carol|Karen|Julie|Sharon|Tracey|Deborah|Alison|Jacqueline|Gillian|Amanda|Joanne|Kathryn
Eleanor|Abigail|Imogen|Beatrice|Harriet|Esme|Maisie|Orla|Niamh|Aoife|Siobhan|Bethany|Jade|Chelsea|Leah|Zoe|Caitlin|Kirsty|Hayley|Natalie
Fiona|Morag|Eilidh|Catriona|Ffion|Cerys|Seren|Bronwen|Rhian|Carys|Lowri|Mared|Sian|Gwen|Maureen|Brenda|Pauline|Sheila|Doreen|Eileen
Hollie|Jasmine|Aimee|Naomi|Molly|Elise|Rosa|Mabel|Edith|Nancy|Violet|Iris|Penelope|Thea|Aria|Ada|Hallie|Lottie|Mollie|Nell"""),
        pool("""Oliver|George|Noah|Arthur|Harry|Leo|Muhammad|Jack|Charlie|Oscar|Jacob|Henry|Thomas|Freddie|Alfie|Theo|William|Theodore|Archie|Joshua
Alexander|James|Isaac|Edward|Lucas|Tommy|Finley|Max|Logan|Ethan|Teddy|Benjamin|Arlo|Joseph|Sebastian|Daniel|Samuel|Albie|Reggie|Adam
David|John|Paul|Mark|Andrew|Michael|Stephen|Ian|Peter|Richard|Robert|Christopher|Gary|Simon|Neil|Martin|Kevin|Darren|Lee|Craig
Stuart|Graham|Alan|Colin|Keith|Trevor|Barry|Nigel|Derek|Malcolm|Gordon|Brian|Kenneth|Raymond|Terence|Dennis|Roy|Clive|Geoffrey|Philip
Callum|Connor|Liam|Ryan|Jamie|Ben|Luke|Jordan|Kieran|Scott|Ross|Dylan|Rhys|Owen|Gareth|Dafydd|Iwan|Huw|Aled|Gethin
Angus|Hamish|Fraser|Euan|Alistair|Duncan|Fergus|Ruaridh|Lachlan|Niall|Declan|Ciaran|Sean|Patrick|Conor|Cormac|Aidan|Toby|Jake|Harvey
Louie|Frankie|Ronnie|Stanley|Jude|Rory|Elliot|Hugo|Felix|Jasper|Otis|Hunter|Bobby|Dexter|Ezra|Rowan|Ellis|Blake|Kai|Roman"""),
        pool("""Smith|Jones|Williams|Taylor|Brown|Davies|Evans|Wilson|Thomas|Johnson|Roberts|Robinson|Thompson|Wright|Walker|White|Edwards|Hughes|Green|Hall
Lewis|Harris|Clarke|Patel|Jackson|Wood|Turner|Martin|Cooper|Hill|Ward|Morris|Moore|Clark|Lee|King|Baker|Harrison|Morgan|Allen
James|Scott|Phillips|Watson|Davis|Parker|Price|Bennett|Young|Griffiths|Mitchell|Kelly|Cook|Carter|Richardson|Bailey|Collins|Bell|Shaw|Murphy
Miller|Cox|Richards|Khan|Marshall|Anderson|Simpson|Ellis|Adams|Singh|Begum|Wilkinson|Foster|Chapman|Powell|Webb|Rogers|Gray|Mason|Ali
Hunt|Hussain|Campbell|Matthews|Owen|Palmer|Holmes|Mills|Barnes|Knight|Lloyd|Butler|Russell|Barker|Fisher|Stevens|Jenkins|Murray|Dixon|Harvey
Graham|Pearson|Ahmed|Fletcher|Walsh|Kaur|Gibson|Howard|Andrews|Stewart|Elliott|Reynolds|Saunders|Payne|Fox|Ford|Pearce|Day|Brooks|West
Lawrence|Cole|Atkinson|Bradley|Spencer|Gill|Dawson|Ball|Burton|O'Brien|Watts|Rose|Booth|Perry|Ryan|Grant|Wells|Armstrong|Francis|Rees
Hayes|Hart|Hudson|Newman|Barrett|Webster|Hunter|Gregory|Carr|Lowe|Page|Marsh|Riley|Dunn|Woods|Parsons|Berry|Stone|Reid|Holland
Hawkins|Harding|Porter|Robertson|Newton|Oliver|Reed|Kennedy|Williamson|Bird|Gardner|Shah|Dean|Lane|Cooke|Bates|Henderson|Parry|Burgess|Bishop
Walton|Burns|Nicholson|Shepherd|Ross|Cross|Long|Freeman|Warren|Nicholls|Hamilton|Byrne|Sutton|McDonald|Yates|Hodgson|Robson|Curtis|Hopkins|O'Connor
MacLeod|MacKenzie|Fraser|Sinclair|Munro|McLean|Pritchard|Vaughan|Llewellyn|Bowen|Pugh|Jenkinson|Ashworth|Whitehead|Sykes|Hargreaves|Entwistle|Ramsbottom|Pickles|Crowther"""),
    ),
    "finnish": Origin(
        pool("Maria|Helena|Johanna|Anneli|Kaarina|Marjatta|Anna|Liisa|Annikki|Hannele|Tuula|Päivi|Sari|Pirjo|Leena|Tiina|Riitta|Sanna|Aino|Eeva|Satu|Minna|Outi|Kirsi|Seija|Aila|Raija|Ritva|Marja-Leena|Pirkko|Sirpa|Heli|Tarja|Aili|Elina", 12),
        pool("Juhani|Johannes|Mikael|Olavi|Antero|Tapani|Kalevi|Matti|Timo|Pekka|Jari|Mikko|Kari|Markku|Juha|Jukka|Antti|Heikki|Seppo|Hannu|Esa|Ilkka|Veikko|Pentti|Tapio|Risto|Eero|Lauri|Arto|Petri|Janne|Jouko|Raimo|Erkki|Väinö", 12),
        pool("Korhonen|Virtanen|Mäkinen|Nieminen|Mäkelä|Hämäläinen|Laine|Heikkinen|Koskinen|Järvinen|Lehtonen|Lehtinen|Saarinen|Salminen|Heinonen|Niemi|Heikkilä|Kinnunen|Salonen|Turunen|Salo|Laitinen|Tuominen|Rantanen|Karjalainen|Jokinen|Mattila|Savolainen|Lahtinen|Ahonen|Hyvönen|Räsänen|Peltonen|Kettunen|Oksanen", 12),
    ),
    "arabic": Origin(
        pool("Fatima|Maryam|Zainab|Sara|Nour|Aya|Rania|Huda|Amira|Layla|Rasha|Hiba|Dalia|Lina|Reem|Noor|Shahad|Aisha|Yasmin|Hanan|Samira|Nadia|Ghada|Mariam|Rana|Salma|Zahra|Ruqaya|Widad|Suha|Ninos|Shamiram|Nahrain|Ashur|Miriam", 12),
        pool("Mohammed|Ahmad|Ali|Hassan|Hussein|Omar|Mustafa|Khaled|Ibrahim|Yousef|Abdullah|Mahmoud|Karim|Samir|Tarek|Bilal|Hamza|Adnan|Ammar|Firas|Haider|Jamal|Nabil|Rami|Saad|Waleed|Ziad|Basel|Fadi|Ninos|Sargon|Gabriel|Aziz|Majid|Issa", 12),
        pool("Ali|Mohammed|Hassan|Hussein|Ahmed|Ibrahim|Abdullah|Khalil|Saleh|Al-Khatib|Al-Jaburi|Haddad|Mansour|Jabbar|Kareem|Hamid|Abbas|Saeed|Jassim|Younis|Al-Rubaie|Shamoun|Gabriel|Isaac|Yacoub|Barsoum|Elias|Aziz|Toma|Kourie|Al-Obaidi|Darwish|Nasser|Awad|Qasim", 12),
    ),
    "somali": Origin(
        pool("Fadumo|Hodan|Amina|Sahra|Halima|Hawa|Ifrah|Sagal|Ayan|Deqa|Nimco|Hibo|Asha|Faadumo|Khadra|Ubah|Farhiya|Samsam|Maryan|Shukri|Ilhan|Idil|Nasra|Muna|Ruun", 10),
        pool("Abdi|Mohamed|Ahmed|Abdirahman|Abdullahi|Hassan|Ali|Omar|Yusuf|Ismail|Mahad|Farah|Abdikarim|Said|Osman|Liban|Mukhtar|Hamza|Guled|Bashir|Jama|Nur|Aden|Warsame|Dahir", 10),
        pool("Mohamed|Ahmed|Ali|Abdi|Hassan|Omar|Farah|Yusuf|Osman|Jama|Hussein|Warsame|Ismail|Aden|Nur|Abdullahi|Said|Hirsi|Dahir|Egal|Elmi|Mohamud|Adan|Gedi|Duale", 10),
    ),
    "polish": Origin(
        pool("Anna|Maria|Katarzyna|Małgorzata|Agnieszka|Barbara|Ewa|Krystyna|Elżbieta|Magdalena|Joanna|Zofia|Monika|Teresa|Danuta|Natalia|Aleksandra|Karolina|Marta|Beata|Dorota|Justyna|Paulina|Halina|Jadwiga|Grażyna|Iwona|Weronika", 12),
        pool("Piotr|Krzysztof|Andrzej|Tomasz|Paweł|Jan|Michał|Marcin|Jakub|Adam|Marek|Łukasz|Grzegorz|Mateusz|Wojciech|Mariusz|Dariusz|Zbigniew|Jerzy|Maciej|Rafał|Kamil|Robert|Kacper|Bartosz|Sławomir|Józef|Stanisław", 12),
        pool("Nowak|Kowalski|Wiśniewski|Wójcik|Kowalczyk|Kamiński|Lewandowski|Zieliński|Szymański|Woźniak|Dąbrowski|Kozłowski|Jankowski|Mazur|Kwiatkowski|Wojciechowski|Krawczyk|Kaczmarek|Piotrowski|Grabowski|Zając|Pawłowski|Michalski|Król|Wieczorek|Jabłoński|Wróbel|Nowakowski", 12),
    ),
    "persian": Origin(
        pool("Maryam|Fatemeh|Zahra|Sara|Leila|Narges|Parisa|Shirin|Nasrin|Mahsa|Roya|Azadeh|Neda|Setareh|Golnaz|Mitra|Yasaman|Shabnam|Samira|Soraya|Ladan|Farnaz|Mina|Nazanin|Elham", 10),
        pool("Mohammad|Ali|Reza|Hossein|Mehdi|Amir|Hamid|Saeed|Majid|Behrouz|Dariush|Kaveh|Babak|Arash|Farhad|Omid|Hassan|Kourosh|Pouya|Siamak|Shahram|Navid|Payam|Ramin|Mehran", 10),
        pool("Mohammadi|Hosseini|Ahmadi|Rezaei|Moradi|Karimi|Jafari|Rahimi|Hashemi|Mousavi|Sadeghi|Ghorbani|Tehrani|Alavi|Azizi|Kazemi|Rostami|Habibi|Najafi|Shirazi|Bagheri|Ebrahimi|Nazari|Safavi|Farahani", 10),
    ),
    "bcs": Origin(
        pool("Amra|Azra|Emina|Lejla|Selma|Amela|Jasmina|Merima|Ana|Marija|Ivana|Jelena|Milica|Dragana|Snežana|Vesna|Mirjana|Sanja|Maja|Nermina|Senada|Alma|Edina|Aida|Dijana", 10),
        pool("Emir|Adnan|Haris|Edin|Amir|Mirza|Dženan|Senad|Nermin|Samir|Dragan|Zoran|Goran|Milan|Nenad|Marko|Stefan|Nikola|Ivan|Dejan|Damir|Almir|Jasmin|Elvir|Kemal", 10),
        pool("Hodžić|Hadžić|Kovačević|Begić|Delić|Mehmedović|Hasanović|Jovanović|Petrović|Nikolić|Marković|Đorđević|Stojanović|Ilić|Horvat|Babić|Marić|Jurić|Novak|Kovačić|Alić|Salihović|Husić|Ibrahimović|Omerović", 10),
    ),
    "turkish": Origin(
        pool("Ayşe|Fatma|Emine|Hatice|Zeynep|Elif|Meryem|Şerife|Sultan|Zehra|Hanife|Merve|Özlem|Yasemin|Esra|Büşra|Derya|Gül|Hülya|Aylin|Sibel|Songül|Dilek|Nur|Ebru", 10),
        pool("Mehmet|Mustafa|Ahmet|Ali|Hüseyin|Hasan|İbrahim|İsmail|Osman|Yusuf|Murat|Ömer|Ramazan|Halil|Süleyman|Abdullah|Mahmut|Recep|Emre|Burak|Serkan|Volkan|Kemal|Cem|Erdal", 10),
        pool("Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Yıldırım|Öztürk|Aydın|Özdemir|Arslan|Doğan|Kılıç|Aslan|Çetin|Kara|Koç|Kurt|Özkan|Şimşek|Polat|Korkmaz|Erdoğan|Güneş|Aksoy", 10),
    ),
    "kurdish": Origin(
        pool("Rojin|Berfin|Dilan|Hêvî|Nazdar|Shilan|Zilan|Ronahî|Avin|Jiyan|Helin|Dilvin|Rezan|Rojda|Newroz|Bahar|Gulistan|Hana|Shirin|Viyan", 8),
        pool("Rebin|Aram|Karwan|Dilshad|Hawre|Shvan|Diyar|Baran|Renas|Rezhin|Zana|Sherzad|Azad|Kawa|Rojhat|Serdar|Welat|Hozan|Ciwan|Dara", 8),
        pool("Ahmad|Mahmoud|Rashid|Barzani|Zebari|Hawrami|Kurdi|Karim|Aziz|Amin|Saleh|Qadir|Hamasalih|Ibrahim|Mustafa|Yousef|Osman|Faraj|Salih|Taha", 8),
    ),
    "eritrean": Origin(
        pool("Helen|Selam|Senait|Yohana|Luwam|Semhar|Saba|Tsega|Rahel|Eden|Mebrat|Winta|Hiwet|Meron|Feven|Ruta|Tirhas|Abeba|Lemlem|Mekdes", 8),
        pool("Yonas|Daniel|Tesfay|Samuel|Filmon|Dawit|Mussie|Habtom|Kidane|Yohannes|Biniam|Michael|Tekle|Mehari|Robel|Haile|Amanuel|Natnael|Berhane|Henok", 8),
        pool("Tesfay|Tekle|Haile|Gebremedhin|Kidane|Berhane|Ghebreyesus|Woldu|Mehari|Tsegay|Asmerom|Habte|Ghirmay|Weldemichael|Yemane|Andemariam|Kahsay|Araya|Gebru|Negash", 8),
    ),
    "afghan": Origin(
        pool("Fatima|Zahra|Mariam|Parwana|Shabana|Nargis|Sakina|Freshta|Zarghona|Malalai|Mursal|Hasina|Farzana|Masouda|Khadija|Nazia|Soraya|Latifa|Setara|Zainab", 8),
        pool("Mohammad|Ahmad|Ali|Hamid|Sayed|Mustafa|Abdul|Jawad|Rahmat|Hussain|Karim|Nasir|Hamidullah|Wahid|Sami|Murtaza|Farid|Rashid|Habib|Sharif", 8),
        pool("Ahmadi|Hussaini|Rahimi|Karimi|Mohammadi|Sultani|Hakimi|Noori|Jafari|Rezai|Sharifi|Amiri|Haidari|Stanikzai|Popal|Safi|Wardak|Nazari|Sadat|Qaderi", 8),
    ),
    "thai": Origin(
        pool("Malee|Somying|Siriporn|Pranee|Wanida|Nok|Kanya|Suda|Jintana|Ratana|Orawan|Pensri|Sunisa|Pim|Nittaya|Duangjai|Kanokwan|Supaporn|Chanida|Araya", 8),
        pool("Somchai|Somsak|Prasert|Anan|Chaiwat|Surachai|Thanakorn|Kittisak|Nattapong|Wichai|Sompong|Boonmee|Chatchai|Apichat|Pongsak", 8),
        pool("Saetang|Srisuk|Chaiyasit|Wongsawat|Boonmee|Jaidee|Thongdee|Suksawat|Kaewkla|Rattanakorn|Phromma|Sangthong|Yodsuwan|Inthasorn|Ketkaew", 8),
    ),
    "latin": Origin(
        pool("María|Camila|Valentina|Francisca|Javiera|Catalina|Constanza|Fernanda|Daniela|Carolina|Paola|Claudia|Patricia|Marcela|Verónica|Alejandra|Andrea|Lorena|Ximena|Paulina", 8),
        pool("José|Juan|Luis|Carlos|Jorge|Francisco|Pedro|Manuel|Sebastián|Matías|Diego|Cristián|Rodrigo|Felipe|Pablo|Gonzalo|Alejandro|Andrés|Claudio|Patricio", 8),
        pool("González|Muñoz|Rojas|Díaz|Pérez|Soto|Contreras|Silva|Martínez|Sepúlveda|Morales|Rodríguez|López|Fuentes|Hernández|Torres|Araya|Flores|Espinoza|Valenzuela|Castillo|Tapia|Reyes|Gutiérrez|Castro", 8),
    ),
    "ukrainian": Origin(
        pool("Olena|Oksana|Iryna|Natalia|Tetiana|Svitlana|Yulia|Kateryna|Anastasiia|Viktoriia|Olha|Mariia|Halyna|Liudmyla|Daria", 8),
        pool("Oleksandr|Serhii|Andrii|Volodymyr|Dmytro|Mykola|Oleh|Yurii|Ivan|Vasyl|Taras|Bohdan|Maksym|Artem|Vitalii", 8),
        pool("Melnyk|Shevchenko|Boiko|Kovalenko|Bondarenko|Tkachenko|Kovalchuk|Kravchenko|Oliinyk|Shevchuk|Koval|Polishchuk|Bondar|Tkachuk|Moroz", 8),
    ),
}

# Who is named, per language of the row: roughly as Sweden's population is (Swedish rows), and
# as an English text written by or to people in Sweden, the UK and the US would have them.
MIXES: dict[str, dict[str, float]] = {
    "sv": {"swedish": 70, "finnish": 4, "arabic": 6, "somali": 2, "polish": 2.5, "persian": 2.5, "bcs": 2.5, "turkish": 1.5, "kurdish": 1.5, "eritrean": 1.2, "afghan": 1.5, "thai": 1, "latin": 1, "ukrainian": 1.3, "us": 0.6, "uk": 0.6},
    "en": {"us": 40, "uk": 36, "swedish": 9, "arabic": 2, "polish": 2.5, "finnish": 1, "latin": 2, "somali": 1, "persian": 1, "turkish": 1, "ukrainian": 1, "thai": 0.7, "eritrean": 0.7, "bcs": 0.7, "afghan": 0.7},
    "mixed": {"swedish": 52, "us": 10, "uk": 10, "arabic": 5, "finnish": 3, "polish": 3, "persian": 2.5, "bcs": 2.5, "somali": 1.5, "turkish": 1.5, "kurdish": 1.5, "ukrainian": 1.5, "eritrean": 1, "afghan": 1.5, "thai": 1, "latin": 1},
}

# Short forms as people write them; a few given names have several.
NICKNAMES: dict[str, dict[str, list[str]]] = {
    "swedish": {
        "Lars": ["Lasse"], "Mikael": ["Micke"], "Michael": ["Micke"], "Elisabeth": ["Bettan", "Lisa", "Lisbeth"], "Elisabet": ["Bettan", "Lisa"],
        "Joakim": ["Jocke"], "Johan": ["Jocke", "Jojje"], "Karl": ["Kalle"], "Carl": ["Calle"], "Per": ["Pelle", "Perra"], "Peter": ["Pelle", "Pete"],
        "Magnus": ["Mange"], "Marcus": ["Mackan"], "Markus": ["Mackan"], "Thomas": ["Tompa", "Totte"], "Tomas": ["Tompa"], "Kristoffer": ["Krille"],
        "Christoffer": ["Krille"], "Fredrik": ["Fredde"], "Anders": ["Ante", "Acke"], "Christer": ["Chrille"], "Christian": ["Chrille"], "Niklas": ["Nicke"],
        "Nicklas": ["Nicke"], "Gustav": ["Gurra", "Gus"], "Gustaf": ["Gurra"], "Patrik": ["Pata", "Patte"], "Jan": ["Janne"], "Jonas": ["Jonte"], "Stefan": ["Steffe"],
        "Rickard": ["Rille"], "Rikard": ["Rille"], "Sebastian": ["Sebbe"], "Kenneth": ["Kenta"], "Kent": ["Kenta"], "Roger": ["Rogge"], "Daniel": ["Danne"],
        "Andreas": ["Andy", "Ante"], "Mattias": ["Matte"], "Martin": ["Mackan"], "Tobias": ["Tobbe"], "Robert": ["Robban"], "Olof": ["Olle"], "Ulf": ["Uffe"],
        "Gunnar": ["Gunne"], "Kristina": ["Kicki", "Stina"], "Christina": ["Kicki", "Tina"], "Margareta": ["Maggan", "Greta"], "Charlotte": ["Lotta"],
        "Susanne": ["Sussie", "Sanna"], "Katarina": ["Kattis", "Kajsa"], "Birgitta": ["Gittan", "Bibbi"], "Barbro": ["Babban"], "Ingrid": ["Ingan"],
        "Ulrika": ["Ullis"], "Annika": ["Anki"], "Gunilla": ["Gunnis"], "Viktoria": ["Vickan"], "Victoria": ["Vickan"], "Madeleine": ["Madde"],
        "Josefin": ["Jossan"], "Therese": ["Tessan"], "Caroline": ["Caro", "Line"], "Karolina": ["Karro"], "Emelie": ["Emmi"], "Sofia": ["Sofi", "Fia"],
        "Helena": ["Lena"], "Camilla": ["Millan"], "Rebecka": ["Becka"], "Johanna": ["Jossan", "Hanna"], "Matilda": ["Tilda", "Mattis"], "Alexander": ["Alex"],
        "William": ["Wille"], "Sigvard": ["Sigge"], "Lennart": ["Lelle"], "Lars-Erik": ["Lasse"], "Karl-Johan": ["Kalle"], "Ingemar": ["Ingo"], "Torbjörn": ["Tobbe"],
    },
    "us": {
        "Elizabeth": ["Liz", "Beth", "Betsy"], "Robert": ["Rob", "Bob", "Bobby"], "William": ["Bill", "Will"], "Richard": ["Rick", "Dick"], "Michael": ["Mike"],
        "James": ["Jim", "Jimmy"], "Jennifer": ["Jen", "Jenny"], "Margaret": ["Peggy", "Maggie"], "Katherine": ["Kate", "Kathy"], "Christopher": ["Chris"],
        "Thomas": ["Tom", "Tommy"], "Joseph": ["Joe"], "Daniel": ["Dan", "Danny"], "Patricia": ["Pat", "Patty"], "Deborah": ["Deb", "Debbie"], "Susan": ["Sue"],
        "Jessica": ["Jess"], "Anthony": ["Tony"], "Steven": ["Steve"], "Matthew": ["Matt"], "Nicholas": ["Nick"], "Kimberly": ["Kim"], "Rebecca": ["Becky"],
        "Timothy": ["Tim"], "Andrew": ["Andy", "Drew"], "Edward": ["Ed", "Eddie"], "Samantha": ["Sam"], "Charles": ["Chuck", "Charlie"], "Donald": ["Don"],
    },
    "uk": {
        "Elizabeth": ["Liz", "Lizzie", "Beth"], "Robert": ["Rob", "Bob", "Robbie"], "William": ["Will", "Bill"], "Richard": ["Rich"], "Michael": ["Mike", "Mick"],
        "James": ["Jim", "Jamie"], "Margaret": ["Maggie", "Peg"], "Christopher": ["Chris"], "Thomas": ["Tom"], "Alexander": ["Alex", "Sandy"], "Victoria": ["Vicky", "Tori"],
        "Rebecca": ["Becky", "Bex"], "Charlotte": ["Lottie", "Charlie"], "Jessica": ["Jess"], "Samuel": ["Sam"], "Benjamin": ["Ben"], "Edward": ["Ted", "Ed"],
        "Nicola": ["Nicky"], "Alison": ["Ali"], "Stephen": ["Steve"], "Philip": ["Phil"], "Gillian": ["Gill"], "Kathryn": ["Kate", "Kath"], "Harriet": ["Hattie"],
        "Andrew": ["Andy"], "Daniel": ["Dan"], "Joseph": ["Joe"], "Matthew": ["Matt"], "David": ["Dave"], "Anthony": ["Tony"], "Terence": ["Terry"],
    },
    "finnish": {"Matti": ["Masa"], "Johanna": ["Jonna"], "Juhani": ["Jussi"], "Pekka": ["Pekka"], "Marjatta": ["Marja"]},
    "arabic": {"Mohammed": ["Mo", "Moody"], "Ibrahim": ["Ibbe"], "Mustafa": ["Musse"], "Abdullah": ["Abbe"], "Fatima": ["Fatti"]},
    "polish": {"Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"], "Aleksandra": ["Ola"], "Krzysztof": ["Krzysiek"], "Tomasz": ["Tomek"], "Michał": ["Michu"], "Jakub": ["Kuba"], "Piotr": ["Piotrek"]},
    "persian": {"Mohammad": ["Mo"], "Maryam": ["Mary"]},
    "somali": {"Mohamed": ["Mo"], "Abdirahman": ["Abdi"], "Fadumo": ["Fadi"]},
    "bcs": {"Ivana": ["Iva"], "Dženan": ["Dženo"]},
    "ukrainian": {"Oleksandr": ["Sasha"], "Kateryna": ["Katia"], "Volodymyr": ["Volodia"], "Anastasiia": ["Nastia"]},
}
