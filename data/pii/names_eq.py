# ruff: noqa: E501
"""Name pools of held-out EQ (issue 15): names as the population has them, by origin and weight.

Every pool is a list in rank order with a weight per name and a head: the generator draws a name
word from the head with HEAD_SHARE, else from the tail, by weight inside each part. Swedish given
names and surnames follow the order of SCB's name statistics as the writer knows them (weight
1/rank, head 150, a tail of 200 and more rarer names past it); the US pools are copied from the US
Census 1990 files `dist.female.first`, `dist.male.first` and `dist.all.last` (public domain, as the
`names` package ships them; the census per cent is the weight, head 150); the UK pools follow the
ONS rankings (1/rank); the origins common in Sweden have their commonest given names and surnames,
1/rank, head 10. Written from the writer's own knowledge; no name was checked against rung's
lexicons or left out for being known or unknown. Stdlib only.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from a list's head with this share, else from its tail


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


def ranked(names: tuple[str, ...], head: int) -> Pool:
    """A pool in rank order, weight 1/rank."""
    assert len(set(names)) == len(names), [n for n in names if names.count(n) > 1]
    return Pool(names, tuple(1 / rank for rank in range(1, len(names) + 1)), min(head, len(names)))


def census(pairs: tuple[tuple[str, float], ...], head: int) -> Pool:
    """A pool with the census's per cent as weight."""
    names = tuple(n for n, _ in pairs)
    assert len(set(names)) == len(names)
    return Pool(names, tuple(p for _, p in pairs), head)


# Swedish women's given names in the order of SCB's name statistics (the writer's knowledge).
SV_WOMEN = (
    "Anna", "Eva", "Maria", "Karin", "Sara", "Kristina", "Lena", "Emma", "Kerstin", "Marie",
    "Ingrid", "Malin", "Hanna", "Jenny", "Linda", "Annika", "Elin", "Susanne", "Sofia", "Monica",
    "Birgitta", "Johanna", "Julia", "Carina", "Ida", "Inger", "Elisabeth", "Ulla", "Helena",
    "Linnéa", "Katarina", "Anneli", "Camilla", "Emelie", "Sandra", "Åsa", "Elsa", "Ebba", "Alice",
    "Maja", "Anette", "Margareta", "Gunilla", "Therese", "Jessica", "Ulrika", "Caroline", "Agneta",
    "Matilda", "Lisa", "Frida", "Amanda", "Cecilia", "Josefin", "Barbro", "Anita", "Klara",
    "Marianne", "Ann", "Wilma", "Siv", "Louise", "Ella", "Lina", "Gun", "Britt", "Ellen", "Moa",
    "Erika", "Viktoria", "Agnes", "Olivia", "Astrid", "Pia", "Madeleine", "Mona", "Yvonne",
    "Lovisa", "Felicia", "Stina", "Emilia", "Rebecka", "Elvira", "Nathalie", "Alva", "Ingegerd",
    "Berit", "Gunnel", "Ronja", "Ann-Christin", "Irene", "Sofie", "Lisbeth", "Elisabet", "Ingela",
    "Hedvig", "Britt-Marie", "Nora", "Tove", "Linn", "Jennie", "Charlotte", "Petra", "Vera", "Saga",
    "Selma", "Ester", "Freja", "Tilda", "Thea", "Isabelle", "Mikaela", "Annelie", "Marita", "Elina",
    "Ann-Marie", "Lotta", "Sonja", "Ewa", "Gunvor", "Anne", "Emmy", "Tina", "Helen", "Maj", "Greta",
    "Ellinor", "Majvor", "Birgit", "Rut", "Ingeborg", "Solveig", "Eleonor", "Mia", "Nina", "Emilie",
    "Vendela", "Cornelia", "Sigrid", "Alexandra", "Miranda", "Evelina", "Hilda", "Jeanette",
    "Carin", "Veronica", "Rose-Marie", "Lilian", "Iris", "Isabella", "Ingalill", "Gunhild", "Liv",
    "Sanna", "Emelia", "Kajsa", "Elise", "Josefine", "Tuva", "Tyra", "Ylva", "Ann-Sofie",
    "Anna-Karin", "Elsie", "Evy", "Gudrun", "Majken", "Signe", "Ruth", "Dagny", "Elna", "Edit",
    "Gertrud", "Märta", "Ragnhild", "Svea", "Vivianne", "Viola", "Ofelia", "Leia", "Minna",
    "Hjördis", "Irma", "Ingegärd", "Linnea", "Vanja", "Tindra", "Meja", "Lova", "Nellie", "Elly",
    "Alma", "Edith", "Stella", "Juni", "Ines", "Lykke", "Marit", "Karolina", "Annette", "Christina",
    "Kristin", "Susann", "Therése", "Malena", "Ulrica", "Anna-Lena", "Eva-Lena", "Ann-Louise",
    "Mari", "Marika", "Marlene", "Pernilla", "Jannike", "Ulla-Britt", "Gun-Britt", "Inga-Lill",
    "Maj-Britt", "Ann-Kristin", "Lise-Lott", "Lisette", "Rakel", "Hillevi", "Sylvia", "Doris",
    "Dagmar", "Viveka", "Margit", "Asta", "Rebecca", "Malva", "Nadja", "Henrietta", "Juliana",
    "Johanne", "Adina", "Amalia", "Vilma", "Hedda", "Fanny", "Tilde", "Filippa", "Bianca",
    "Jasmine", "Melissa", "Michaela", "Denise", "Angelica", "Angelika", "Jonna", "Josefina",
    "Hilma", "Livia", "Lea", "Leah", "Nova", "Mira", "Alicia", "Tova", "Thyra", "Ingborg", "Anki",
    "Gullan", "Kristel", "Mariana", "Eira", "Vilhelmina", "Fredrika", "Gustava", "Augusta", "Lovis",
    "Sofi", "Jenni", "Jenna", "Sabina", "Tanja", "Katja", "Cajsa", "Kaisa", "Cecilie", "Rigmor",
    "Elvy", "Inez", "Vivi", "Wivianne", "Gulli", "Lilly", "Annica", "Annicka", "Siri", "Britta",
    "Brita", "Alfhild", "Solbritt", "Solvig", "Karla", "Mathilda", "Zandra", "Yasmine", "Daniela",
    "Evelin", "Hélène", "Annbritt", "Lisbet", "Birgitte", "Gunbritt", "Majlis", "Inga", "Ingalena",
    "Helén", "Ellie", "Mimmi", "Agda", "Alfrida", "Beatrice", "Bodil", "Carolina", "Christel",
    "Desirée", "Edla", "Elinor", "Emy", "Estelle", "Ethel", "Eugenia", "Gabriella", "Gerd",
    "Gisela", "Gunborg", "Hanne", "Harriet", "Heidi", "Helga", "Ina", "Ingerd", "Irja", "Irmelin",
    "Jane", "Janina", "Judit", "Katrin", "Laila", "Lillemor", "Lisen", "Marléne", "Nanna", "Olga",
    "Paulina", "Ragna", "Regina", "Rosita", "Sally", "Sigrun", "Susan", "Svanhild", "Teresia",
    "Valborg", "Vivan", "Åse", "Idun", "Mollie", "Novalie", "Lo", "Tora", "Thora", "Ottilia",
    "Hertha", "Elvine", "Kristine", "Anni", "Aina", "Alida", "Amelie", "Ann-Charlotte",
    "Ann-Katrin", "Ann-Mari", "Anna-Lisa", "Anna-Maria", "Eva-Marie", "Maj-Lis", "Gun-Marie",
    "Anna-Stina", "Britt-Inger", "Carola", "Catarina", "Cathrine", "Dorotea", "Ewa-Lena", "Gunnevi",
    "Lil", "Lill", "Merit", "Mirjam", "Monika", "Nelly", "Noomi", "Patricia", "Ramona", "Rebekka",
    "Rosa", "Roswita", "Sussanne", "Theresia", "Unni", "Victoria", "Wendela", "Yrsa", "Zara",
)  # fmt: skip

# Swedish men's given names in the order of SCB's name statistics.
SV_MEN = (
    "Lars", "Mikael", "Anders", "Johan", "Erik", "Per", "Karl", "Peter", "Jan", "Thomas", "Daniel",
    "Fredrik", "Hans", "Andreas", "Stefan", "Mats", "Marcus", "Magnus", "Bengt", "Mattias", "Jonas",
    "Alexander", "Oskar", "Bo", "Nils", "Martin", "Sven", "Leif", "Björn", "Niklas", "Göran",
    "Henrik", "William", "Ulf", "Lucas", "Gustav", "Patrik", "Viktor", "Christer", "Kjell", "David",
    "Lennart", "Rolf", "Emil", "Joakim", "Filip", "Tommy", "Simon", "Robert", "Håkan", "Anton",
    "Olof", "Kent", "Elias", "Sebastian", "Axel", "Ingemar", "Hugo", "Christian", "Tobias",
    "Jonathan", "Rickard", "Johannes", "Oliver", "Jakob", "Adam", "Ludvig", "Linus", "Roger",
    "Kenneth", "Åke", "Mohammed", "Isak", "Torbjörn", "Roland", "Arne", "Kurt", "Jesper", "Robin",
    "Dennis", "Tomas", "Sten", "Gunnar", "Ali", "Jimmy", "Emanuel", "Liam", "Noah", "Vincent",
    "Theo", "Albin", "Samuel", "Benjamin", "Edvin", "Gabriel", "Kristoffer", "Christoffer", "Claes",
    "Leo", "Love", "Ahmed", "Conny", "Bertil", "Stig", "Ove", "Rune", "Sören", "Arvid", "Alfred",
    "Elliot", "Melvin", "Viggo", "Hampus", "Jacob", "Joel", "Max", "Felix", "Olle", "Carl",
    "Pontus", "Fabian", "Ronny", "Jörgen", "Krister", "Morgan", "Jens", "Rasmus", "Sixten",
    "Wilhelm", "Leon", "Isac", "Valter", "Ebbe", "Josef", "Alvin", "Harry", "Jack", "Kevin", "Ivar",
    "Sam", "Milo", "Charlie", "Frans", "Colin", "Julius", "Matteo", "Otto", "Nicklas", "Lukas",
    "Walter", "Gösta", "Allan", "Birger", "Tage", "Einar", "Folke", "Helge", "Ingvar", "Sune",
    "Gert", "Bernt", "Evert", "Urban", "Curt", "Börje", "Lars-Erik", "Karl-Erik", "Per-Olof",
    "Jan-Erik", "Carl-Johan", "Lars-Göran", "Bror", "Ragnar", "Torsten", "Ture", "Vilhelm", "Algot",
    "Assar", "Melker", "Malte", "Ville", "Elton", "Loke", "Alve", "Casper", "Tim", "Kim", "Mika",
    "Kristian", "Thorsten", "Yngve", "Ola", "Jon", "Dan", "Niclas", "Reine", "Glenn", "Tony",
    "Mårten", "Staffan", "Clas", "Torgny", "Stellan", "Rikard", "Jerker", "Pär", "Patric", "Markus",
    "Johnny", "Jimmie", "Oscar", "Mathias", "Hassan", "Omar", "Mohamed", "Mohammad", "Karl-Johan",
    "Per-Erik", "Jan-Olof", "Nils-Erik", "Sven-Erik", "Bengt-Göran", "Lars-Olof", "Hans-Erik",
    "Per-Anders", "Jan-Åke", "Gustaf", "Harald", "Holger", "Hjalmar", "Knut", "Lage", "Osvald",
    "Ragnvald", "Sigvard", "Sture", "Sölve", "Tord", "Verner", "Vidar", "Östen", "Egon", "Enar",
    "Erland", "Helmer", "Henning", "Herbert", "Hilding", "Inge", "Iwan", "Jarl", "Jöns", "Kennet",
    "Kjell-Åke", "Leopold", "Lorentz", "Lenny", "Magne", "Mauritz", "Nore", "Orvar", "Ossian",
    "Rutger", "Seth", "Sigurd", "Stanley", "Svante", "Sylvester", "Teodor", "Thor", "Tor",
    "Torvald", "Ulrik", "Uno", "Valdemar", "Vilgot", "Wiktor", "Åsmund", "Abbe", "Adrian", "Alex",
    "Alexis", "Andre", "André", "Ben", "Benny", "Bill", "Boris", "Casimir", "Dag", "Damian",
    "Dante", "Douglas", "Edward", "Edwin", "Eddie", "Elvin", "Elis", "Eskil", "Frank", "Fritz",
    "Frej", "Gideon", "Gottfrid", "Hannes", "Henry", "Herman", "Hilmer", "Ian", "Isidor", "Ismael",
    "Jeremias", "Jesse", "Joar", "Jonny", "Josua", "Julian", "Justus", "Kasper", "Kolbjörn",
    "Konrad", "Ludwig", "Marius", "Micael", "Milton", "Moltas", "Nathan", "Neo", "Nicolas", "Noel",
    "Olov", "Otis", "Percy", "Philip", "Rafael", "Rudolf", "Sami", "Severin", "Silas", "Sivert",
    "Teo", "Tristan", "Vide", "Wilmer", "Zakarias", "Alf", "Arnold", "Ejnar", "Elof", "Erling",
    "Evald", "Georg", "Gerhard", "Ingmar", "Ivan", "Karl-Axel", "Karl-Gustav", "Lennarth",
    "Nils-Olof", "Roine", "Roy", "Sigfrid", "Stig-Arne", "Sven-Olof", "Tommie", "Torkel",
    "Valentin", "Vilmer",
)  # fmt: skip

# Swedish surnames in the order of SCB's name statistics, noble names with particles in the tail.
SV_SURNAMES = (
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
    "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson",
    "Lindberg", "Jakobsson", "Magnusson", "Olofsson", "Lindström", "Lindqvist", "Lindgren", "Berg",
    "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren", "Lundqvist", "Mattsson", "Berglund",
    "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg", "Ali", "Wallin", "Mohammed",
    "Engström", "Eklund", "Danielsson", "Lundin", "Håkansson", "Björk", "Bergman", "Gunnarsson",
    "Holm", "Wikström", "Samuelsson", "Isaksson", "Fransson", "Bergqvist", "Nyström", "Holmberg",
    "Arvidsson", "Löfgren", "Söderberg", "Nyberg", "Blomqvist", "Claesson", "Nordström", "Ahmed",
    "Mårtensson", "Lundström", "Hassan", "Viklund", "Björklund", "Eliasson", "Pålsson", "Berggren",
    "Sandström", "Lund", "Nordin", "Ström", "Åberg", "Falk", "Ekström", "Hermansson", "Holmgren",
    "Hellström", "Dahlberg", "Hedlund", "Sundberg", "Sjögren", "Ek", "Blom", "Abrahamsson",
    "Martinsson", "Öberg", "Andreasson", "Strömberg", "Månsson", "Hansen", "Åkesson", "Dahl",
    "Lindholm", "Norberg", "Holmqvist", "Jonasson", "Ivarsson", "Sundström", "Hedström", "Lindblom",
    "Ibrahim", "Nordqvist", "Nielsen", "Friberg", "Sundqvist", "Ekberg", "Moberg", "Bergkvist",
    "Lindahl", "Engberg", "Kristiansson", "Johnsson", "Wiklund", "Nyman", "Jakobsen", "Omar",
    "Strand", "Edlund", "Ekman", "Söderström", "Åström", "Lundmark", "Sjöström", "Hussein",
    "Hedberg", "Sundin", "Forslund", "Mohamed", "Göransson", "Kristensson", "Lindell", "Jensen",
    "Carlsson", "Ekholm", "Nordlund", "Malmberg", "Gustavsson", "Söderlund", "Augustsson",
    "Hellberg", "Larsen", "Vikström", "Borg", "Sjödin", "Ottosson", "Backman", "Rosén", "Lindkvist",
    "Bäckström", "Högberg", "Erlandsson", "Sundell", "Eriksen", "Fors", "Lindén", "Sjölund",
    "Åhman", "Sandell", "Thorén", "Sjöstedt", "Bergsten", "Stenberg", "Wahlberg", "Lindvall",
    "Öhman", "Carlström", "Wahlström", "Berglöf", "Boström", "Eklöf", "Granberg", "Grahn",
    "Hallberg", "Hedman", "Hägglund", "Jacobsson", "Kjellberg", "Lilja", "Lindroth", "Lundh",
    "Löfström", "Malm", "Nord", "Nordgren", "Norén", "Olausson", "Palm", "Rydberg", "Rydén",
    "Sandin", "Selin", "Stenström", "Strömqvist", "Svärd", "Söderman", "Tell", "Tornberg", "Wallén",
    "Westberg", "Westerberg", "Zetterberg", "Ågren", "Ahlberg", "Ahlström", "Almqvist", "Alm",
    "Asplund", "Backlund", "Bergdahl", "Blomberg", "Bohlin", "Bolin", "Brodin", "Burman", "Byström",
    "Dahlgren", "Dahlin", "Ekdahl", "Enström", "Fagerström", "Forsell", "Franzén", "Frisk",
    "Granath", "Gren", "Grönlund", "Hagberg", "Hagström", "Hammar", "Haglund", "Hallgren", "Hedin",
    "Hellman", "Hjalmarsson", "Holmström", "Hultgren", "Hultman", "Ingvarsson", "Jernberg",
    "Josefsson", "Kallin", "Kullberg", "Lagerqvist", "Landin", "Larsén", "Lidén", "Liljegren",
    "Lindmark", "Linder", "Lindh", "Lindman", "Ljung", "Ljungberg", "Ljunggren", "Lundell",
    "Lundholm", "Lövgren", "Malmgren", "Malmström", "Melin", "Modig", "Nordberg", "Nordell",
    "Nordenberg", "Norling", "Nyholm", "Nylund", "Nylander", "Olander", "Olin", "Palmqvist", "Pihl",
    "Qvist", "Ringström", "Risberg", "Rosenberg", "Rosengren", "Rudberg", "Rundqvist", "Sahlin",
    "Sandgren", "Sandqvist", "Sellberg", "Sjöholm", "Skoglund", "Sköld", "Stark", "Sten",
    "Stenlund", "Strid", "Sundén", "Svedberg", "Svahn", "Söder", "Thelin", "Thorsell", "Tidblad",
    "Törnqvist", "Unger", "Vallin", "Vesterlund", "Wennberg", "Westin", "Widén", "Wigren",
    "Winberg", "Wängberg", "Zackrisson", "Åkerlund", "Åslund", "Östlund", "Östman", "Öhrn",
    "Björkman", "Dalin", "Eng", "Edström", "Ferm", "Frid", "Fält", "Gidlund", "Hedqvist", "Hörberg",
    "Jäderberg", "Kihlberg", "Krantz", "Lagerström", "Lindelöf", "Lundkvist", "Mellberg", "Näslund",
    "Nyqvist", "Rask", "Sandén", "Segerström", "Silfverberg", "Sparre", "Stålberg", "Swahn",
    "Tegnér", "Wahlgren", "Wernersson", "Wikman", "Yngvesson", "von Platen", "af Klercker",
    "von Essen", "De Geer", "af Ugglas", "von Sydow", "Wachtmeister", "Lewenhaupt", "Gyllenstierna",
    "Bielke", "Stiernhielm", "Cederström", "Adlercreutz", "Ehrenborg", "Lagercrantz",
    "Leijonhufvud", "Posse", "Trolle", "Bonde", "Wrede", "Sjöqvist", "Grönberg", "Hagman",
    "Hammarström", "Engdahl", "Ekelund", "Elofsson", "Emanuelsson", "Fransén", "Gunnarson",
    "Hellqvist", "Holmlund", "Hägg", "Jonsén", "Knutsson", "Kvist", "Lans", "Larsdotter",
    "Lindeberg", "Lundahl", "Mattson", "Nilsdotter", "Olsén", "Pehrsson", "Persdotter", "Ramberg",
    "Robertsson", "Rönnberg", "Sandahl", "Simonsson", "Sjöblom", "Stenmark", "Sund", "Svanberg",
    "Tjäder", "Tholin", "Torstensson", "Waller", "Wennerström", "Wikberg", "Åhlund", "Ödman",
)  # fmt: skip

# US Census 1990 (public domain), dist.female.first: name and per cent of women.
US_WOMEN = (
    ("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.98), ("Elizabeth", 0.937),
    ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794), ("Margaret", 0.768),
    ("Dorothy", 0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667), ("Betty", 0.666),
    ("Helen", 0.663), ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565), ("Ruth", 0.562),
    ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.51), ("Sarah", 0.508), ("Kimberly", 0.504),
    ("Deborah", 0.494), ("Jessica", 0.49), ("Shirley", 0.482), ("Cynthia", 0.469),
    ("Angela", 0.468), ("Melissa", 0.462), ("Brenda", 0.455), ("Amy", 0.451), ("Anna", 0.44),
    ("Rebecca", 0.43), ("Virginia", 0.43), ("Kathleen", 0.424), ("Pamela", 0.416),
    ("Martha", 0.412), ("Debra", 0.408), ("Amanda", 0.404), ("Stephanie", 0.4), ("Carolyn", 0.385),
    ("Christine", 0.382), ("Marie", 0.379), ("Janet", 0.379), ("Catherine", 0.373),
    ("Frances", 0.37), ("Ann", 0.364), ("Joyce", 0.364), ("Diane", 0.359), ("Alice", 0.357),
    ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336), ("Doris", 0.335), ("Gloria", 0.335),
    ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315), ("Mildred", 0.313), ("Katherine", 0.313),
    ("Joan", 0.306), ("Ashley", 0.303), ("Judith", 0.297), ("Rose", 0.296), ("Janice", 0.285),
    ("Kelly", 0.283), ("Nicole", 0.281), ("Judy", 0.276), ("Christina", 0.275), ("Kathy", 0.272),
    ("Theresa", 0.271), ("Beverly", 0.267), ("Denise", 0.264), ("Tammy", 0.259), ("Irene", 0.252),
    ("Jane", 0.25), ("Lori", 0.248), ("Rachel", 0.242), ("Marilyn", 0.241), ("Andrea", 0.236),
    ("Kathryn", 0.234), ("Louise", 0.229), ("Sara", 0.229), ("Anne", 0.228), ("Jacqueline", 0.228),
    ("Wanda", 0.226), ("Bonnie", 0.223), ("Julia", 0.223), ("Ruby", 0.221), ("Lois", 0.22),
    ("Tina", 0.22), ("Phyllis", 0.219), ("Norma", 0.218), ("Paula", 0.217), ("Diana", 0.216),
    ("Annie", 0.216), ("Lillian", 0.211), ("Emily", 0.208), ("Robin", 0.208), ("Peggy", 0.208),
    ("Crystal", 0.207), ("Gladys", 0.205), ("Rita", 0.204), ("Dawn", 0.202), ("Connie", 0.2),
    ("Florence", 0.2), ("Tracy", 0.197), ("Edna", 0.197), ("Tiffany", 0.195), ("Carmen", 0.195),
    ("Rosa", 0.194), ("Cindy", 0.192), ("Grace", 0.189), ("Wendy", 0.185), ("Victoria", 0.18),
    ("Edith", 0.179), ("Kim", 0.178), ("Sherry", 0.178), ("Sylvia", 0.177), ("Josephine", 0.177),
    ("Thelma", 0.175), ("Shannon", 0.175), ("Sheila", 0.175), ("Ethel", 0.174), ("Ellen", 0.173),
    ("Elaine", 0.173), ("Marjorie", 0.173), ("Carrie", 0.171), ("Charlotte", 0.169),
    ("Monica", 0.166), ("Esther", 0.166), ("Pauline", 0.165), ("Emma", 0.165), ("Juanita", 0.164),
    ("Anita", 0.162), ("Rhonda", 0.162), ("Hazel", 0.161), ("Amber", 0.16), ("Eva", 0.159),
    ("Debbie", 0.157), ("April", 0.154), ("Leslie", 0.154), ("Clara", 0.153), ("Lucille", 0.153),
    ("Jamie", 0.153), ("Joanne", 0.15), ("Eleanor", 0.15), ("Valerie", 0.149), ("Danielle", 0.149),
    ("Megan", 0.147), ("Alicia", 0.146), ("Suzanne", 0.145), ("Michele", 0.145), ("Gail", 0.145),
    ("Bertha", 0.143), ("Darlene", 0.142), ("Veronica", 0.142), ("Jill", 0.142), ("Erin", 0.141),
    ("Geraldine", 0.141), ("Lauren", 0.137), ("Cathy", 0.137), ("Joann", 0.136),
    ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135), ("Regina", 0.133), ("Erica", 0.13),
    ("Beatrice", 0.13), ("Dolores", 0.129), ("Bernice", 0.128), ("Audrey", 0.127),
    ("Yvonne", 0.126), ("Annette", 0.125), ("June", 0.125), ("Samantha", 0.124), ("Marion", 0.122),
    ("Dana", 0.122), ("Stacy", 0.121), ("Ana", 0.12), ("Renee", 0.12), ("Ida", 0.118),
    ("Vivian", 0.118), ("Roberta", 0.117), ("Holly", 0.117), ("Brittany", 0.117),
    ("Melanie", 0.116), ("Loretta", 0.115), ("Yolanda", 0.115), ("Jeanette", 0.115),
    ("Laurie", 0.114), ("Katie", 0.113), ("Kristen", 0.111), ("Vanessa", 0.111), ("Alma", 0.111),
    ("Sue", 0.111), ("Elsie", 0.11), ("Beth", 0.11), ("Jeanne", 0.109), ("Vicki", 0.109),
    ("Carla", 0.107), ("Tara", 0.107), ("Rosemary", 0.107), ("Eileen", 0.105), ("Terri", 0.105),
    ("Gertrude", 0.103), ("Lucy", 0.103), ("Tonya", 0.102), ("Ella", 0.101), ("Stacey", 0.101),
    ("Wilma", 0.099), ("Gina", 0.099), ("Kristin", 0.099), ("Jessie", 0.098), ("Natalie", 0.098),
    ("Agnes", 0.098), ("Vera", 0.098), ("Willie", 0.097), ("Charlene", 0.097), ("Bessie", 0.096),
    ("Delores", 0.095), ("Melinda", 0.094), ("Pearl", 0.094), ("Arlene", 0.094), ("Maureen", 0.092),
    ("Colleen", 0.092), ("Allison", 0.092), ("Tamara", 0.092), ("Joy", 0.091), ("Georgia", 0.091),
    ("Constance", 0.091), ("Lillie", 0.09), ("Claudia", 0.09), ("Jackie", 0.09), ("Marcia", 0.09),
    ("Tanya", 0.089), ("Nellie", 0.089), ("Minnie", 0.089), ("Marlene", 0.088), ("Heidi", 0.088),
    ("Glenda", 0.088), ("Lydia", 0.086), ("Viola", 0.086), ("Courtney", 0.086), ("Marian", 0.086),
    ("Stella", 0.085), ("Caroline", 0.085), ("Dora", 0.084), ("Jo", 0.083), ("Vickie", 0.082),
    ("Mattie", 0.081), ("Terry", 0.08), ("Maxine", 0.079), ("Irma", 0.079), ("Mabel", 0.078),
    ("Marsha", 0.078), ("Myrtle", 0.078), ("Lena", 0.077), ("Christy", 0.077), ("Deanna", 0.076),
    ("Patsy", 0.076), ("Hilda", 0.075), ("Gwendolyn", 0.074), ("Jennie", 0.073), ("Nora", 0.073),
    ("Margie", 0.072), ("Nina", 0.072), ("Cassandra", 0.072), ("Leah", 0.072), ("Penny", 0.071),
    ("Kay", 0.071), ("Priscilla", 0.071), ("Naomi", 0.071), ("Carole", 0.071), ("Brandy", 0.07),
    ("Olga", 0.07), ("Billie", 0.069), ("Dianne", 0.069), ("Tracey", 0.069), ("Leona", 0.069),
    ("Jenny", 0.068), ("Felicia", 0.068), ("Sonia", 0.068), ("Miriam", 0.066), ("Velma", 0.066),
    ("Becky", 0.066), ("Bobbie", 0.065), ("Violet", 0.065), ("Kristina", 0.065), ("Toni", 0.064),
    ("Misty", 0.063), ("Mae", 0.063), ("Shelly", 0.062), ("Daisy", 0.062), ("Ramona", 0.062),
    ("Sherri", 0.062), ("Erika", 0.061), ("Katrina", 0.061), ("Claire", 0.061), ("Lindsey", 0.06),
    ("Lindsay", 0.06), ("Geneva", 0.059), ("Guadalupe", 0.059), ("Belinda", 0.059),
    ("Margarita", 0.059), ("Sheryl", 0.059), ("Cora", 0.058), ("Faye", 0.058), ("Ada", 0.057),
    ("Natasha", 0.057), ("Sabrina", 0.057), ("Isabel", 0.057), ("Marguerite", 0.056),
    ("Hattie", 0.056), ("Harriet", 0.056), ("Molly", 0.055), ("Cecilia", 0.055), ("Kristi", 0.055),
    ("Brandi", 0.055), ("Blanche", 0.055), ("Sandy", 0.055), ("Rosie", 0.055), ("Joanna", 0.055),
    ("Iris", 0.055), ("Eunice", 0.054), ("Angie", 0.054), ("Inez", 0.053), ("Lynda", 0.053),
    ("Madeline", 0.052), ("Amelia", 0.052), ("Alberta", 0.052), ("Genevieve", 0.051),
    ("Monique", 0.051), ("Jodi", 0.051), ("Janie", 0.051), ("Maggie", 0.051), ("Kayla", 0.051),
    ("Sonya", 0.051), ("Jan", 0.051), ("Lee", 0.051), ("Kristine", 0.051), ("Candace", 0.051),
    ("Fannie", 0.05), ("Maryann", 0.05), ("Opal", 0.05), ("Alison", 0.05), ("Yvette", 0.05),
    ("Melody", 0.05), ("Luz", 0.049), ("Susie", 0.049), ("Olivia", 0.049), ("Flora", 0.049),
    ("Shelley", 0.049), ("Kristy", 0.048), ("Mamie", 0.048), ("Lula", 0.048), ("Lola", 0.048),
    ("Verna", 0.048), ("Beulah", 0.048), ("Antoinette", 0.048), ("Candice", 0.046),
    ("Juana", 0.046), ("Jeannette", 0.046), ("Pam", 0.046), ("Kelli", 0.046), ("Hannah", 0.045),
    ("Whitney", 0.045), ("Bridget", 0.045), ("Karla", 0.044), ("Celia", 0.044), ("Latoya", 0.043),
    ("Patty", 0.043), ("Shelia", 0.043), ("Gayle", 0.043), ("Della", 0.043), ("Vicky", 0.043),
    ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042), ("Kara", 0.041), ("Jacquelyn", 0.041),
    ("Erma", 0.041), ("Blanca", 0.041), ("Myra", 0.04), ("Leticia", 0.04), ("Pat", 0.04),
    ("Krista", 0.04), ("Roxanne", 0.04), ("Angelica", 0.039), ("Johnnie", 0.039), ("Robyn", 0.039),
    ("Francis", 0.039), ("Adrienne", 0.039), ("Rosalie", 0.039), ("Alexandra", 0.039),
    ("Brooke", 0.039), ("Bethany", 0.039), ("Sadie", 0.039), ("Bernadette", 0.039),
)  # fmt: skip

# US Census 1990, dist.male.first: name and per cent of men.
US_MEN = (
    ("James", 3.318), ("John", 3.271), ("Robert", 3.143), ("Michael", 2.629), ("William", 2.451),
    ("David", 2.363), ("Richard", 1.703), ("Charles", 1.523), ("Joseph", 1.404), ("Thomas", 1.38),
    ("Christopher", 1.035), ("Daniel", 0.974), ("Paul", 0.948), ("Mark", 0.938), ("Donald", 0.931),
    ("George", 0.927), ("Kenneth", 0.826), ("Steven", 0.78), ("Edward", 0.779), ("Brian", 0.736),
    ("Ronald", 0.725), ("Anthony", 0.721), ("Kevin", 0.671), ("Jason", 0.66), ("Matthew", 0.657),
    ("Gary", 0.65), ("Timothy", 0.64), ("Jose", 0.613), ("Larry", 0.598), ("Jeffrey", 0.591),
    ("Frank", 0.581), ("Scott", 0.546), ("Eric", 0.544), ("Stephen", 0.54), ("Andrew", 0.537),
    ("Raymond", 0.488), ("Gregory", 0.441), ("Joshua", 0.435), ("Jerry", 0.432), ("Dennis", 0.415),
    ("Walter", 0.399), ("Patrick", 0.389), ("Peter", 0.381), ("Harold", 0.371), ("Douglas", 0.367),
    ("Henry", 0.365), ("Carl", 0.346), ("Arthur", 0.335), ("Ryan", 0.328), ("Roger", 0.322),
    ("Joe", 0.321), ("Juan", 0.316), ("Jack", 0.315), ("Albert", 0.314), ("Jonathan", 0.313),
    ("Justin", 0.311), ("Terry", 0.311), ("Gerald", 0.309), ("Keith", 0.308), ("Samuel", 0.306),
    ("Willie", 0.302), ("Ralph", 0.282), ("Lawrence", 0.282), ("Nicholas", 0.275), ("Roy", 0.273),
    ("Benjamin", 0.27), ("Bruce", 0.263), ("Brandon", 0.26), ("Adam", 0.259), ("Harry", 0.251),
    ("Fred", 0.251), ("Wayne", 0.249), ("Billy", 0.248), ("Steve", 0.246), ("Louis", 0.243),
    ("Jeremy", 0.242), ("Aaron", 0.24), ("Randy", 0.232), ("Howard", 0.23), ("Eugene", 0.23),
    ("Carlos", 0.229), ("Russell", 0.224), ("Bobby", 0.223), ("Victor", 0.222), ("Martin", 0.216),
    ("Ernest", 0.215), ("Phillip", 0.213), ("Todd", 0.213), ("Jesse", 0.209), ("Craig", 0.206),
    ("Alan", 0.204), ("Shawn", 0.2), ("Clarence", 0.197), ("Sean", 0.197), ("Philip", 0.197),
    ("Chris", 0.197), ("Johnny", 0.195), ("Earl", 0.193), ("Jimmy", 0.191), ("Antonio", 0.19),
    ("Danny", 0.19), ("Bryan", 0.19), ("Tony", 0.19), ("Luis", 0.189), ("Mike", 0.189),
    ("Stanley", 0.186), ("Leonard", 0.186), ("Nathan", 0.185), ("Dale", 0.184), ("Manuel", 0.181),
    ("Rodney", 0.18), ("Curtis", 0.18), ("Norman", 0.177), ("Allen", 0.174), ("Marvin", 0.171),
    ("Vincent", 0.168), ("Glenn", 0.167), ("Jeffery", 0.166), ("Travis", 0.166), ("Jeff", 0.166),
    ("Chad", 0.165), ("Jacob", 0.165), ("Lee", 0.162), ("Melvin", 0.162), ("Alfred", 0.162),
    ("Kyle", 0.16), ("Francis", 0.16), ("Bradley", 0.159), ("Jesus", 0.155), ("Herbert", 0.155),
    ("Frederick", 0.154), ("Ray", 0.153), ("Joel", 0.152), ("Edwin", 0.148), ("Don", 0.145),
    ("Eddie", 0.144), ("Ricky", 0.141), ("Troy", 0.138), ("Randall", 0.138), ("Barry", 0.134),
    ("Alexander", 0.132), ("Bernard", 0.127), ("Mario", 0.125), ("Leroy", 0.125),
    ("Francisco", 0.124), ("Marcus", 0.124), ("Micheal", 0.123), ("Theodore", 0.123),
    ("Clifford", 0.123), ("Miguel", 0.122), ("Oscar", 0.122), ("Jay", 0.118), ("Jim", 0.118),
    ("Tom", 0.117), ("Calvin", 0.115), ("Alex", 0.115), ("Jon", 0.115), ("Ronnie", 0.113),
    ("Bill", 0.112), ("Lloyd", 0.112), ("Tommy", 0.112), ("Leon", 0.112), ("Derek", 0.112),
    ("Warren", 0.11), ("Darrell", 0.108), ("Jerome", 0.108), ("Floyd", 0.107), ("Leo", 0.106),
    ("Alvin", 0.105), ("Tim", 0.104), ("Wesley", 0.104), ("Gordon", 0.104), ("Dean", 0.104),
    ("Greg", 0.104), ("Jorge", 0.104), ("Dustin", 0.103), ("Pedro", 0.103), ("Derrick", 0.103),
    ("Dan", 0.101), ("Lewis", 0.099), ("Zachary", 0.099), ("Corey", 0.098), ("Herman", 0.097),
    ("Maurice", 0.097), ("Vernon", 0.097), ("Roberto", 0.097), ("Clyde", 0.095), ("Glen", 0.094),
    ("Hector", 0.094), ("Shane", 0.093), ("Ricardo", 0.093), ("Sam", 0.092), ("Rick", 0.091),
    ("Lester", 0.091), ("Brent", 0.09), ("Ramon", 0.09), ("Charlie", 0.09), ("Tyler", 0.089),
    ("Gilbert", 0.089), ("Gene", 0.087), ("Marc", 0.087), ("Reginald", 0.084), ("Ruben", 0.082),
    ("Brett", 0.082), ("Angel", 0.082), ("Nathaniel", 0.081), ("Rafael", 0.081), ("Leslie", 0.081),
    ("Edgar", 0.08), ("Milton", 0.08), ("Raul", 0.079), ("Ben", 0.078), ("Chester", 0.078),
    ("Cecil", 0.078), ("Duane", 0.077), ("Franklin", 0.077), ("Andre", 0.076), ("Elmer", 0.074),
    ("Brad", 0.073), ("Gabriel", 0.073), ("Ron", 0.072), ("Mitchell", 0.072), ("Roland", 0.072),
    ("Arnold", 0.072), ("Harvey", 0.072), ("Jared", 0.071), ("Adrian", 0.069), ("Karl", 0.069),
    ("Cory", 0.068), ("Claude", 0.068), ("Erik", 0.068), ("Darryl", 0.067), ("Jamie", 0.066),
    ("Neil", 0.066), ("Jessie", 0.065), ("Christian", 0.065), ("Javier", 0.065),
    ("Fernando", 0.065), ("Clinton", 0.065), ("Ted", 0.064), ("Mathew", 0.064), ("Tyrone", 0.064),
    ("Darren", 0.064), ("Lonnie", 0.064), ("Lance", 0.063), ("Cody", 0.063), ("Julio", 0.063),
    ("Kelly", 0.063), ("Kurt", 0.062), ("Allan", 0.061), ("Nelson", 0.061), ("Guy", 0.06),
    ("Clayton", 0.06), ("Hugh", 0.06), ("Max", 0.059), ("Dwayne", 0.059), ("Dwight", 0.058),
    ("Armando", 0.058), ("Felix", 0.058), ("Jimmie", 0.058), ("Everett", 0.057), ("Jordan", 0.056),
    ("Ian", 0.056), ("Wallace", 0.056), ("Ken", 0.055), ("Bob", 0.055), ("Jaime", 0.055),
    ("Casey", 0.054), ("Alfredo", 0.054), ("Alberto", 0.053), ("Dave", 0.053), ("Ivan", 0.053),
    ("Johnnie", 0.052), ("Sidney", 0.052), ("Byron", 0.052), ("Julian", 0.052), ("Isaac", 0.051),
    ("Morris", 0.051), ("Clifton", 0.05), ("Willard", 0.05), ("Daryl", 0.05), ("Ross", 0.05),
    ("Virgil", 0.049), ("Andy", 0.049), ("Marshall", 0.049), ("Salvador", 0.049), ("Perry", 0.049),
    ("Kirk", 0.049), ("Sergio", 0.049), ("Marion", 0.048), ("Tracy", 0.048), ("Seth", 0.048),
    ("Kent", 0.048), ("Terrance", 0.048), ("Rene", 0.048), ("Eduardo", 0.047), ("Terrence", 0.047),
    ("Enrique", 0.046), ("Freddie", 0.046), ("Wade", 0.045), ("Austin", 0.044), ("Stuart", 0.044),
    ("Fredrick", 0.043), ("Arturo", 0.043), ("Alejandro", 0.043), ("Jackie", 0.043),
    ("Joey", 0.043), ("Nick", 0.043), ("Luther", 0.043), ("Wendell", 0.042), ("Jeremiah", 0.042),
    ("Evan", 0.042), ("Julius", 0.042), ("Dana", 0.042), ("Donnie", 0.041), ("Otis", 0.041),
    ("Shannon", 0.04), ("Trevor", 0.04), ("Oliver", 0.04), ("Luke", 0.04), ("Homer", 0.04),
    ("Gerard", 0.04), ("Doug", 0.04), ("Kenny", 0.039), ("Hubert", 0.039), ("Angelo", 0.039),
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
    ("Earnest", 0.031), ("Lucas", 0.031), ("Benny", 0.03), ("Noel", 0.03), ("Spencer", 0.03),
    ("Rodolfo", 0.03), ("Myron", 0.03), ("Edmund", 0.03), ("Garrett", 0.029), ("Salvatore", 0.029),
    ("Cedric", 0.029), ("Lowell", 0.029), ("Gregg", 0.029), ("Sherman", 0.028), ("Wilson", 0.028),
    ("Devin", 0.028), ("Sylvester", 0.028), ("Kim", 0.028), ("Roosevelt", 0.028), ("Israel", 0.028),
    ("Jermaine", 0.028),
)  # fmt: skip

# US Census 1990, dist.all.last: name and per cent of people (Mc and O' as people write them).
US_SURNAMES = (
    ("Smith", 1.006), ("Johnson", 0.81), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621),
    ("Davis", 0.48), ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor", 0.311),
    ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.31), ("White", 0.279), ("Harris", 0.275),
    ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254), ("Martinez", 0.234),
    ("Robinson", 0.233), ("Clark", 0.231), ("Rodriguez", 0.229), ("Lewis", 0.226), ("Lee", 0.22),
    ("Walker", 0.219), ("Hall", 0.2), ("Allen", 0.199), ("Young", 0.193), ("Hernandez", 0.192),
    ("King", 0.19), ("Wright", 0.189), ("Lopez", 0.187), ("Hill", 0.187), ("Scott", 0.185),
    ("Green", 0.183), ("Adams", 0.174), ("Baker", 0.171), ("Gonzalez", 0.166), ("Nelson", 0.162),
    ("Carter", 0.162), ("Mitchell", 0.16), ("Perez", 0.155), ("Roberts", 0.153), ("Turner", 0.152),
    ("Phillips", 0.149), ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141),
    ("Edwards", 0.137), ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.13),
    ("Morris", 0.125), ("Rogers", 0.123), ("Reed", 0.122), ("Cook", 0.12), ("Morgan", 0.118),
    ("Bell", 0.117), ("Murphy", 0.117), ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper", 0.113),
    ("Richardson", 0.112), ("Cox", 0.11), ("Howard", 0.11), ("Ward", 0.108), ("Torres", 0.108),
    ("Peterson", 0.107), ("Gray", 0.106), ("Ramirez", 0.105), ("James", 0.105), ("Watson", 0.103),
    ("Brooks", 0.103), ("Kelly", 0.102), ("Sanders", 0.1), ("Price", 0.099), ("Bennett", 0.099),
    ("Wood", 0.098), ("Barnes", 0.097), ("Ross", 0.096), ("Henderson", 0.095), ("Coleman", 0.095),
    ("Jenkins", 0.095), ("Perry", 0.094), ("Powell", 0.093), ("Long", 0.092), ("Patterson", 0.092),
    ("Hughes", 0.092), ("Flores", 0.092), ("Washington", 0.092), ("Butler", 0.091),
    ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales", 0.087), ("Bryant", 0.087),
    ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084), ("Diaz", 0.084), ("Hayes", 0.083),
    ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082), ("Graham", 0.082), ("Sullivan", 0.081),
    ("Wallace", 0.081), ("Woods", 0.08), ("Cole", 0.08), ("West", 0.08), ("Jordan", 0.078),
    ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077), ("Ellis", 0.077), ("Harrison", 0.076),
    ("Gibson", 0.075), ("McDonald", 0.075), ("Cruz", 0.075), ("Marshall", 0.075), ("Ortiz", 0.075),
    ("Gomez", 0.075), ("Murray", 0.074), ("Freeman", 0.074), ("Wells", 0.073), ("Webb", 0.072),
    ("Simpson", 0.07), ("Stevens", 0.07), ("Tucker", 0.07), ("Porter", 0.069), ("Hunter", 0.069),
    ("Hicks", 0.069), ("Crawford", 0.068), ("Henry", 0.068), ("Boyd", 0.068), ("Mason", 0.068),
    ("Morales", 0.067), ("Kennedy", 0.067), ("Warren", 0.067), ("Dixon", 0.066), ("Ramos", 0.066),
    ("Reyes", 0.066), ("Burns", 0.065), ("Gordon", 0.065), ("Shaw", 0.065), ("Holmes", 0.065),
    ("Rice", 0.064), ("Robertson", 0.064), ("Hunt", 0.063), ("Black", 0.063), ("Daniels", 0.062),
    ("Palmer", 0.062), ("Mills", 0.061), ("Nichols", 0.06), ("Grant", 0.06), ("Knight", 0.06),
    ("Ferguson", 0.059), ("Rose", 0.059), ("Stone", 0.059), ("Hawkins", 0.059), ("Dunn", 0.058),
    ("Perkins", 0.058), ("Hudson", 0.058), ("Spencer", 0.057), ("Gardner", 0.057),
    ("Stephens", 0.057), ("Payne", 0.057), ("Pierce", 0.056), ("Berry", 0.056), ("Matthews", 0.056),
    ("Arnold", 0.056), ("Wagner", 0.055), ("Willis", 0.055), ("Ray", 0.055), ("Watkins", 0.055),
    ("Olson", 0.055), ("Carroll", 0.055), ("Duncan", 0.055), ("Snyder", 0.055), ("Hart", 0.054),
    ("Cunningham", 0.054), ("Bradley", 0.054), ("Lane", 0.054), ("Andrews", 0.054), ("Ruiz", 0.054),
    ("Harper", 0.054), ("Fox", 0.053), ("Riley", 0.053), ("Armstrong", 0.053), ("Carpenter", 0.053),
    ("Weaver", 0.053), ("Greene", 0.053), ("Lawrence", 0.052), ("Elliott", 0.052),
    ("Chavez", 0.052), ("Sims", 0.052), ("Austin", 0.052), ("Peters", 0.052), ("Kelley", 0.052),
    ("Franklin", 0.051), ("Lawson", 0.051), ("Fields", 0.051), ("Gutierrez", 0.051),
    ("Ryan", 0.051), ("Schmidt", 0.051), ("Carr", 0.051), ("Vasquez", 0.051), ("Castillo", 0.051),
    ("Wheeler", 0.051), ("Chapman", 0.05), ("Oliver", 0.05), ("Montgomery", 0.049),
    ("Richards", 0.049), ("Williamson", 0.049), ("Johnston", 0.049), ("Banks", 0.048),
    ("Meyer", 0.048), ("Bishop", 0.048), ("McCoy", 0.048), ("Howell", 0.048), ("Alvarez", 0.048),
    ("Morrison", 0.048), ("Hansen", 0.047), ("Fernandez", 0.047), ("Garza", 0.047),
    ("Harvey", 0.047), ("Little", 0.046), ("Burton", 0.046), ("Stanley", 0.046), ("Nguyen", 0.046),
    ("George", 0.046), ("Jacobs", 0.046), ("Reid", 0.046), ("Kim", 0.045), ("Fuller", 0.045),
    ("Lynch", 0.045), ("Dean", 0.045), ("Gilbert", 0.045), ("Garrett", 0.045), ("Romero", 0.045),
    ("Welch", 0.044), ("Larson", 0.044), ("Frazier", 0.044), ("Burke", 0.044), ("Hanson", 0.043),
    ("Day", 0.043), ("Mendoza", 0.043), ("Moreno", 0.043), ("Bowman", 0.043), ("Medina", 0.042),
    ("Fowler", 0.042), ("Brewer", 0.042), ("Hoffman", 0.042), ("Carlson", 0.042), ("Silva", 0.042),
    ("Pearson", 0.042), ("Holland", 0.042), ("Douglas", 0.041), ("Fleming", 0.041),
    ("Jensen", 0.041), ("Vargas", 0.041), ("Byrd", 0.041), ("Davidson", 0.041), ("Hopkins", 0.041),
    ("May", 0.04), ("Terry", 0.04), ("Herrera", 0.04), ("Wade", 0.04), ("Soto", 0.04),
    ("Walters", 0.04), ("Curtis", 0.04), ("Neal", 0.039), ("Caldwell", 0.039), ("Lowe", 0.039),
    ("Jennings", 0.039), ("Barnett", 0.039), ("Graves", 0.039), ("Jimenez", 0.039),
    ("Horton", 0.039), ("Shelton", 0.039), ("Barrett", 0.039), ("O'Brien", 0.039),
    ("Castro", 0.039), ("Sutton", 0.038), ("Gregory", 0.038), ("McKinney", 0.038), ("Lucas", 0.038),
    ("Miles", 0.038), ("Craig", 0.038), ("Rodriquez", 0.037), ("Chambers", 0.037), ("Holt", 0.037),
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
    ("Valdez", 0.032), ("Hubbard", 0.032), ("Salazar", 0.032), ("Reeves", 0.032), ("Warner", 0.031),
    ("Stevenson", 0.031), ("Burgess", 0.031), ("Santos", 0.031), ("Tate", 0.031), ("Cross", 0.031),
    ("Garner", 0.031), ("Mann", 0.031), ("Mack", 0.031), ("Moss", 0.031), ("Thornton", 0.031),
    ("Dennis", 0.031), ("McGee", 0.031), ("Farmer", 0.03), ("Delgado", 0.03), ("Aguilar", 0.03),
    ("Vega", 0.03), ("Glover", 0.03), ("Manning", 0.03), ("Cohen", 0.03), ("Harmon", 0.03),
    ("Rodgers", 0.03), ("Robbins", 0.03), ("Newton", 0.03), ("Todd", 0.03), ("Blair", 0.03),
    ("Higgins", 0.03), ("Ingram", 0.03), ("Reese", 0.03), ("Cannon", 0.03), ("Strickland", 0.03),
    ("Townsend", 0.03), ("Potter", 0.03), ("Goodwin", 0.03), ("Walton", 0.03), ("Rowe", 0.029),
    ("Hampton", 0.029), ("Ortega", 0.029), ("Patton", 0.029), ("Swanson", 0.029), ("Joseph", 0.029),
    ("Francis", 0.029), ("Goodman", 0.029), ("Maldonado", 0.029), ("Yates", 0.029),
    ("Becker", 0.029), ("Erickson", 0.029), ("Hodges", 0.029), ("Rios", 0.029), ("Conner", 0.029),
    ("Adkins", 0.029), ("Webster", 0.028), ("Norman", 0.028), ("Malone", 0.028), ("Hammond", 0.028),
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

# UK women's given names in ONS rank order (births 1974-2004 combined; the writer's knowledge).
UK_WOMEN = (
    "Sarah", "Laura", "Emma", "Rebecca", "Claire", "Jessica", "Lauren", "Hannah", "Amy",
    "Charlotte", "Gemma", "Nicola", "Samantha", "Rachel", "Lisa", "Louise", "Michelle", "Kelly",
    "Emily", "Katie", "Sophie", "Stacey", "Jennifer", "Victoria", "Natalie", "Danielle", "Joanne",
    "Helen", "Amanda", "Catherine", "Kirsty", "Jade", "Chloe", "Zoe", "Stephanie", "Leanne",
    "Kerry", "Hayley", "Lucy", "Elizabeth", "Amber", "Megan", "Holly", "Georgia", "Katherine",
    "Fiona", "Karen", "Julie", "Susan", "Alison", "Angela", "Tracey", "Deborah", "Jacqueline",
    "Joanna", "Anna", "Caroline", "Clare", "Sally", "Kate", "Natasha", "Abigail", "Ellie",
    "Bethany", "Olivia", "Grace", "Jasmine", "Ashleigh", "Rachael", "Melissa", "Jodie", "Kimberley",
    "Carly", "Heather", "Donna", "Sharon", "Paula", "Wendy", "Jane", "Elaine", "Lorraine", "Dawn",
    "Tina", "Andrea", "Kathryn", "Jenna", "Sian", "Rosie", "Eleanor", "Alice", "Lily", "Ella",
    "Isabel", "Molly", "Abbie", "Shannon", "Leah", "Courtney", "Paige", "Eve", "Phoebe", "Imogen",
    "Niamh", "Caitlin", "Harriet", "Georgina", "Rebekah", "Kayleigh", "Tamsin", "Gillian",
    "Margaret", "Patricia", "Linda", "Carol", "Mary", "Christine", "Janet", "Ruth", "Diane", "Jill",
    "Beverley", "Marie", "Teresa", "Maria", "Anne", "Ann", "Sandra", "Pauline", "Yvonne", "Jackie",
    "Debbie", "Mandy", "Lesley", "Hazel", "Sheila", "Valerie", "Gail", "Katy", "Keeley", "Lindsay",
    "Lindsey", "Vanessa", "Tanya", "Sonia", "Nadia", "Aimee", "Becky", "Beth", "Carla", "Chelsea",
    "Demi", "Ellen", "Esther", "Faye", "Freya", "Gabrielle", "Hollie", "Jemma", "Jenny",
    "Josephine", "Katrina", "Kirstie", "Leigh", "Lydia", "Maxine", "Mia", "Naomi", "Rhiannon",
    "Robyn", "Rose", "Ruby", "Sara", "Scarlett", "Shauna", "Sinead", "Siobhan", "Sophia", "Tara",
    "Toni", "Vikki", "Yasmin", "Zara", "Anya", "Bryony", "Cerys", "Ffion", "Eilidh", "Morag",
    "Ailsa", "Isla", "Orla", "Aoife", "Saoirse", "Amelia", "Poppy", "Evie", "Martha", "Florence",
    "Matilda", "Isobel", "Millie", "Erin",
)  # fmt: skip

# UK men's given names in ONS rank order (births 1974-2004 combined).
UK_MEN = (
    "David", "James", "Daniel", "Michael", "Thomas", "Matthew", "Christopher", "Andrew", "Mark",
    "Paul", "Richard", "Robert", "John", "Adam", "Ryan", "Luke", "Jamie", "Benjamin", "Jack",
    "Samuel", "Joshua", "Stephen", "Lee", "Craig", "Jonathan", "Simon", "Steven", "Darren",
    "Anthony", "Peter", "Gary", "Kevin", "Scott", "Ian", "Neil", "Jason", "Wayne", "Martin",
    "Stuart", "Shaun", "Alexander", "Joseph", "William", "Nicholas", "Ashley", "Dean", "Liam",
    "Kieran", "Nathan", "Oliver", "Callum", "Jordan", "Lewis", "Connor", "Aaron", "Sean", "Carl",
    "Philip", "Timothy", "Edward", "Alan", "Keith", "Graham", "Colin", "Barry", "Brian", "Kenneth",
    "Tony", "Gareth", "Rhys", "Dylan", "Owen", "Harry", "George", "Charlie", "Jake", "Alex", "Max",
    "Sam", "Ben", "Tom", "Charles", "Henry", "Patrick", "Dominic", "Kyle", "Bradley", "Mohammed",
    "Ross", "Grant", "Gavin", "Russell", "Jeremy", "Trevor", "Derek", "Malcolm", "Roger", "Nigel",
    "Clive", "Gordon", "Stewart", "Iain", "Fraser", "Euan", "Hamish", "Calum", "Cameron", "Duncan",
    "Rory", "Declan", "Conor", "Ciaran", "Niall", "Aidan", "Finn", "Ewan", "Harrison", "Joe",
    "Elliot", "Reece", "Josh", "Tyler", "Billy", "Alfie", "Archie", "Theo", "Freddie", "Louis",
    "Toby", "Leo", "Noah", "Oscar", "Jacob", "Ethan", "Mason", "Logan", "Hugo", "Arthur", "Rupert",
    "Giles", "Hugh", "Marcus", "Vincent", "Damian", "Glenn", "Terry", "Raymond", "Dennis", "Roy",
    "Frank", "Victor", "Ronald", "Stanley", "Douglas", "Howard", "Leon", "Luca", "Kai", "Zak",
    "Jay", "Ricky", "Shane", "Mitchell", "Curtis", "Dale", "Jamal", "Imran", "Hassan", "Bilal",
    "Ali", "Usman", "Adrian", "Alistair", "Angus", "Barnaby", "Bernard", "Bruce", "Carlos", "Cian",
    "Dafydd", "Dominik", "Eric", "Felix", "Gerald", "Gregory", "Harvey", "Ivan", "Jesse", "Julian",
    "Kenny", "Lawrence", "Lloyd", "Morgan", "Nathaniel", "Oisin", "Quentin", "Rhodri", "Rob",
    "Sebastian", "Tristan",
)  # fmt: skip

# UK surnames by how many carry them (ONS order as far as the writer knows it).
UK_SURNAMES = (
    "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas",
    "Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes",
    "Green", "Hall", "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin",
    "Cooper", "Hill", "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison",
    "Morgan", "Allen", "James", "Scott", "Phillips", "Watson", "Davis", "Parker", "Price",
    "Bennett", "Young", "Griffiths", "Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey",
    "Collins", "Bell", "Shaw", "Murphy", "Miller", "Cox", "Richards", "Khan", "Marshall",
    "Anderson", "Simpson", "Ellis", "Adams", "Singh", "Begum", "Wilkinson", "Foster", "Chapman",
    "Powell", "Webb", "Rogers", "Gray", "Mason", "Ali", "Hunt", "Hussain", "Campbell", "Matthews",
    "Owen", "Palmer", "Holmes", "Mills", "Barnes", "Knight", "Lloyd", "Butler", "Russell", "Barker",
    "Fisher", "Stevens", "Jenkins", "Murray", "Dixon", "Harvey", "Graham", "Pearson", "Ahmed",
    "Fletcher", "Walsh", "Kaur", "Gibson", "Howard", "Andrews", "Stewart", "Elliott", "Reynolds",
    "Saunders", "Payne", "Fox", "Ford", "Pearce", "Day", "Brooks", "West", "Lawrence", "Cole",
    "Atkinson", "Bradley", "Spencer", "Gill", "Dawson", "Ball", "Burton", "O'Brien", "Watts",
    "Rose", "Booth", "Perry", "Ryan", "Grant", "Wells", "Armstrong", "Francis", "Rees", "Hayes",
    "Hart", "Hudson", "Newman", "Barrett", "Webster", "Hunter", "Gregory", "Carr", "Lowe", "Page",
    "Marsh", "Riley", "Dunn", "Woods", "Parsons", "Berry", "Stone", "Reid", "Holland", "Hawkins",
    "Harding", "Porter", "Robertson", "Newton", "Oliver", "Reed", "Kennedy", "Williamson", "Bird",
    "Gardner", "Shah", "Dean", "Lane", "Cooke", "Bates", "Henderson", "Parry", "Burgess", "Bishop",
    "Walton", "Burns", "Nicholson", "Shepherd", "Ross", "Cross", "Long", "Freeman", "Warren",
    "Nicholls", "Hamilton", "Byrne", "Sutton", "McDonald", "Yates", "Hodgson", "Robson", "Curtis",
    "Hopkins", "O'Connor", "Harper", "Coleman", "Watkins", "Moss", "McCarthy", "Chambers",
    "O'Neill", "Griffin", "Sharp", "Hardy", "Wheeler", "Potter", "Osborne", "Johnston", "Gordon",
    "Doyle", "Wallace", "George", "Jordan", "Hutchinson", "Rowe", "Burke", "May", "Pritchard",
    "Gilbert", "Willis", "Higgins", "Read", "Miles", "Stephens", "Thomson", "Sanders", "Brennan",
    "Lamb", "Fraser", "Frost", "Davidson", "Barber", "Fowler", "Norris", "Slater", "Bolton",
    "Jennings", "Moran", "Walters", "Mann", "Stevenson", "Lord", "Jarvis", "Lambert", "Bryant",
    "Iqbal", "Sheppard", "Howe", "Pope", "Davey", "Naylor", "Briggs", "Preston", "Charlton",
    "Steele", "Whitehead", "Kirby", "Tucker", "Sullivan", "Thornton", "Akhtar", "Connolly",
    "Hayward", "Middleton", "Chandler", "Norton", "Rahman", "Haynes", "Skinner", "Bull", "Blake",
    "Hewitt", "Cartwright", "Holt", "Quinn", "Nash", "Pugh", "Goodwin", "Glover", "Kemp", "Dale",
    "Hale", "Baxter", "Dennis", "Kirk", "Summers", "Daly", "Morton", "Sims", "Tyler", "Waters",
    "Hurst", "Houghton", "Leach", "Field", "Macdonald", "MacLeod", "Sinclair", "Paterson",
    "Fitzgerald", "Kaye", "Lucas", "Vaughan", "Morrison", "Humphreys", "Llewellyn", "Pritchett",
    "Gallagher", "Doherty", "McLaughlin",
)  # fmt: skip

# The origins common in Sweden: the commonest given names (women, men) and surnames, in rank order.
FINNISH = (
    ("Tuula", "Anne", "Päivi", "Pirjo", "Sari", "Marja", "Leena", "Riitta", "Tiina", "Anna", "Kaarina", "Johanna", "Minna", "Hannele", "Satu", "Elina", "Katja", "Laura", "Maria", "Helena", "Sanna", "Eija", "Marjatta", "Seija", "Ritva", "Aino", "Kirsi", "Heidi", "Aila", "Merja"),
    ("Juha", "Timo", "Matti", "Kari", "Mikko", "Jari", "Antti", "Jukka", "Mika", "Markku", "Pekka", "Hannu", "Heikki", "Seppo", "Janne", "Ari", "Sami", "Petri", "Ville", "Juho", "Tuomas", "Jussi", "Esa", "Jarmo", "Pentti", "Veikko", "Eero", "Lauri", "Teemu", "Olli"),
    ("Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen", "Hiltunen", "Kettunen", "Hyvönen", "Toivonen"),
)  # fmt: skip
# Iraq and Syria, with Assyrian/Syriac names (Shamoun, Barsoum, Ninos, Sargon, Shamiram).
ARABIC = (
    ("Fatima", "Maryam", "Zainab", "Nour", "Sara", "Amina", "Rana", "Hiba", "Layla", "Aya", "Rasha", "Huda", "Samira", "Lina", "Dima", "Reem", "Zahra", "Hanan", "Noor", "Marta", "Ninorta", "Shamiram", "Rita", "Mariam", "Sabah", "Yasmin", "Salma", "Iman", "Ghada", "Nisreen"),
    ("Mohammed", "Ahmed", "Ali", "Hussein", "Mustafa", "Omar", "Abdullah", "Hassan", "Khaled", "Ibrahim", "Yousef", "Mahmoud", "Karim", "Mohammad", "Ammar", "Haider", "Abbas", "Tarek", "Samir", "Bassam", "Rami", "Fadi", "Ninos", "Sargon", "Gabriel", "Aziz", "Jamal", "Hamza", "Walid", "Firas"),
    ("Ali", "Mohammed", "Ahmed", "Hassan", "Hussein", "Ibrahim", "Abdullah", "Mahmoud", "Khalil", "Saleh", "Jasim", "Kadhim", "Al-Jabouri", "Al-Saadi", "Al-Hashimi", "Haddad", "Khoury", "Shamoun", "Barsoum", "Saliba", "Yousef", "Isa", "Georgis", "Aziz", "Hanna", "Daoud", "Najjar", "Abbas", "Al-Rubaie", "Nasser", "Ismail", "Hamad"),
)  # fmt: skip
# Somali: the surname is the father's given name.
SOMALI = (
    ("Fadumo", "Hodan", "Amina", "Sahra", "Hawa", "Ayan", "Asha", "Nimco", "Ubah", "Ifrah", "Deeqa", "Sagal", "Hibo", "Muna", "Leyla", "Khadra", "Hamdi", "Ikran", "Naima", "Fartun", "Sucaad", "Maryan"),
    ("Mohamed", "Abdi", "Ahmed", "Abdirahman", "Abdullahi", "Hassan", "Ali", "Omar", "Yusuf", "Ismail", "Abdikadir", "Hussein", "Mahad", "Liban", "Said", "Abdiaziz", "Mustafe", "Farah", "Osman", "Guled", "Bashir", "Hamza"),
    ("Mohamed", "Ahmed", "Ali", "Hassan", "Abdi", "Omar", "Hussein", "Farah", "Osman", "Ismail", "Jama", "Warsame", "Yusuf", "Abdullahi", "Nur", "Aden", "Hirsi", "Dahir", "Egal", "Elmi", "Mohamud", "Abdirahman", "Gedi", "Noor"),
)  # fmt: skip
# Polish: men's forms; women's -ski/-cki/-dzki surnames take -ska/-cka/-dzka (feminine()).
POLISH = (
    ("Anna", "Katarzyna", "Maria", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Magdalena", "Joanna", "Krystyna", "Elżbieta", "Aleksandra", "Monika", "Zofia", "Teresa", "Danuta", "Natalia", "Karolina", "Marta", "Beata", "Dorota", "Justyna", "Agata", "Paulina", "Iwona", "Halina", "Jadwiga", "Weronika"),
    ("Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Jan", "Michał", "Marcin", "Jakub", "Adam", "Łukasz", "Marek", "Grzegorz", "Mateusz", "Wojciech", "Mariusz", "Dariusz", "Zbigniew", "Maciej", "Kamil", "Rafał", "Robert", "Jacek", "Sławomir", "Bartosz", "Przemysław", "Stanisław", "Janusz"),
    ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Kwiatkowski", "Wojciechowski", "Krawczyk", "Kaczmarek", "Piotrowski", "Grabowski", "Zając", "Pawłowski", "Michalski", "Król", "Wieczorek", "Jabłoński", "Wróbel", "Nowakowski", "Majewski", "Olszewski", "Stępień", "Malinowski", "Jaworski", "Adamczyk", "Dudek", "Nowicki", "Pawlak", "Górski", "Witkowski", "Walczak", "Wysocki", "Sikora", "Baran", "Rutkowski", "Szewczyk", "Ostrowski", "Zawadzki"),
)  # fmt: skip
PERSIAN = (
    ("Maryam", "Fatemeh", "Zahra", "Sara", "Shirin", "Nasrin", "Parisa", "Leila", "Mina", "Neda", "Roya", "Azadeh", "Shadi", "Mahsa", "Niloufar", "Elham", "Golnaz", "Samira", "Fereshteh", "Parvaneh", "Mahnaz", "Soheila", "Ladan", "Negar", "Yasaman", "Bahar", "Tara"),
    ("Mohammad", "Ali", "Reza", "Hossein", "Mehdi", "Amir", "Hamid", "Majid", "Saeed", "Behrouz", "Farid", "Babak", "Kaveh", "Dariush", "Arash", "Peyman", "Omid", "Mohsen", "Hassan", "Javad", "Kourosh", "Shahram", "Ramin", "Navid", "Pouya", "Sina", "Nima", "Siavash"),
    ("Mohammadi", "Hosseini", "Ahmadi", "Rezaei", "Moradi", "Karimi", "Jafari", "Rahimi", "Hashemi", "Mousavi", "Ghorbani", "Sadeghi", "Heidari", "Amiri", "Kazemi", "Najafi", "Rostami", "Azizi", "Bagheri", "Akbari", "Safari", "Tehrani", "Shirazi", "Esfahani", "Farahani", "Nazari", "Ebrahimi", "Abbasi", "Yazdani", "Rahmani"),
)  # fmt: skip
# Bosnian, Serbian and Croatian.
BCS = (
    ("Amra", "Emina", "Jasmina", "Aida", "Mirela", "Ana", "Marija", "Jelena", "Sanja", "Vesna", "Dragana", "Snežana", "Lejla", "Selma", "Azra", "Alma", "Maja", "Ivana", "Mersiha", "Senada", "Nermina", "Edina", "Almira", "Ljiljana", "Gordana", "Milica", "Nada", "Biljana", "Zorica"),
    ("Amir", "Edin", "Emir", "Adnan", "Mirza", "Senad", "Dragan", "Zoran", "Goran", "Nenad", "Milan", "Ivan", "Marko", "Nikola", "Dejan", "Aleksandar", "Miroslav", "Haris", "Kenan", "Jasmin", "Almir", "Damir", "Tarik", "Esad", "Branko", "Saša", "Zlatan", "Samir", "Mladen", "Elvis"),
    ("Hodžić", "Hadžić", "Begić", "Delić", "Kovačević", "Mehmedović", "Husić", "Hasanović", "Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Horvat", "Kovačić", "Babić", "Marić", "Jurić", "Novak", "Knežević", "Popović", "Šehić", "Halilović", "Salihović", "Ibrahimović", "Alić", "Mujić", "Softić", "Pavlović", "Tomić", "Lukić"),
)  # fmt: skip
TURKISH = (
    ("Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Şerife", "Zehra", "Sultan", "Hanife", "Merve", "Büşra", "Esra", "Özlem", "Gülsüm", "Derya", "Sevgi", "Yasemin", "Gül", "Dilek", "Ebru", "Songül", "Aysel", "Tuba", "Melike", "Nur"),
    ("Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Osman", "Yusuf", "Murat", "Ömer", "Ramazan", "Halil", "Süleyman", "Abdullah", "Mahmut", "Recep", "Kemal", "Emre", "Burak", "Serkan", "Hakan", "Cem", "Erkan", "Volkan", "Kadir", "Orhan"),
    ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Polat", "Korkmaz", "Erdoğan", "Güneş", "Aksoy", "Avcı", "Tekin", "Bulut", "Turan", "Akın"),
)  # fmt: skip
# Eritrean (Tigrinya): the surname is the father's given name.
ERITREAN = (
    ("Helen", "Senait", "Yordanos", "Selam", "Mebrat", "Luwam", "Saba", "Tsega", "Winta", "Feven", "Semhar", "Rahel", "Hiwet", "Almaz", "Aster", "Elsa", "Mihret", "Ruta", "Nardos", "Abrehet", "Tsehaye", "Freweyni"),
    ("Yonas", "Daniel", "Michael", "Tesfay", "Samuel", "Mussie", "Robel", "Dawit", "Kidane", "Tekle", "Haile", "Yohannes", "Filmon", "Berhane", "Ghirmay", "Mehari", "Amanuel", "Biniam", "Henok", "Semere", "Goitom", "Tewolde", "Habtom", "Merhawi"),
    ("Tesfay", "Haile", "Gebremedhin", "Tekle", "Kidane", "Berhane", "Ghebreyesus", "Yohannes", "Mebrahtu", "Woldu", "Abraha", "Ghirmay", "Tewelde", "Kahsay", "Gebru", "Habte", "Asmelash", "Mehari", "Negash", "Zerai", "Tesfamariam", "Andemariam", "Fsehaye", "Weldemichael"),
)  # fmt: skip
AFGHAN = (
    ("Fatima", "Maryam", "Zahra", "Shabnam", "Farzana", "Nazanin", "Mursal", "Malalai", "Parwana", "Roya", "Hosai", "Freshta", "Mahbooba", "Sima", "Lailuma", "Nilofar", "Zarghuna", "Sadaf", "Madina", "Khadija", "Gulalai", "Shakila"),
    ("Mohammad", "Ahmad", "Ali", "Abdul", "Mustafa", "Hamid", "Naveed", "Rahmatullah", "Sayed", "Jawad", "Reza", "Hussain", "Omid", "Farhad", "Zabihullah", "Murtaza", "Habib", "Nasir", "Wahid", "Samiullah", "Rahim", "Ahmadullah", "Yama", "Elyas", "Mujtaba"),
    ("Ahmadi", "Hussaini", "Rahimi", "Mohammadi", "Sultani", "Hakimi", "Karimi", "Noori", "Rezaie", "Jafari", "Sharifi", "Amiri", "Haidari", "Popal", "Stanikzai", "Wardak", "Ahmadzai", "Safi", "Barakzai", "Nazari", "Rasuli", "Yousufzai", "Samadi", "Mirzaei", "Azimi", "Qaderi"),
)  # fmt: skip
THAI = (
    ("Siriporn", "Pornpimol", "Supaporn", "Wanida", "Kanokwan", "Nittaya", "Malee", "Somjai", "Ratana", "Sunisa", "Pranee", "Jintana", "Duangjai", "Saowanee", "Kannika", "Lamai", "Anong", "Ploy", "Buppha", "Chanida", "Sukanya", "Nok"),
    ("Somchai", "Somsak", "Sombat", "Prasert", "Suchart", "Wichai", "Anan", "Boonmee", "Chaiya", "Thongchai", "Kittisak", "Narong", "Surachai", "Pichit", "Sakchai", "Niran", "Apichat", "Somkiat", "Tanawat", "Weerapong"),
    ("Saetang", "Srisuk", "Wongsawat", "Chaiyaphum", "Boonmee", "Sukhon", "Rattanakorn", "Kongkaew", "Thongdee", "Phromma", "Sangthong", "Kaewkla", "Jantarasri", "Suwannarat", "Chaiwong", "Inthanon", "Sriwichai", "Kittipong", "Phanthong", "Somboon", "Nakprasert", "Panyadee"),
)  # fmt: skip
# Chile and Latin America: two surnames (paterno, materno) in most names.
LATIN = (
    ("María", "Carolina", "Claudia", "Paula", "Daniela", "Camila", "Valentina", "Francisca", "Javiera", "Andrea", "Patricia", "Verónica", "Carmen", "Rosa", "Ana", "Gabriela", "Constanza", "Fernanda", "Sofía", "Catalina", "Lorena", "Marcela", "Pamela", "Ximena", "Paola"),
    ("José", "Juan", "Luis", "Carlos", "Jorge", "Pedro", "Francisco", "Manuel", "Cristián", "Rodrigo", "Sebastián", "Felipe", "Diego", "Matías", "Pablo", "Andrés", "Alejandro", "Ricardo", "Patricio", "Gonzalo", "Mauricio", "Héctor", "Sergio", "Claudio", "Fernando"),
    ("González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez", "Sepúlveda", "Morales", "Rodríguez", "López", "Fuentes", "Hernández", "Torres", "Araya", "Flores", "Espinoza", "Valenzuela", "Castillo", "Tapia", "Reyes", "Gutiérrez", "Castro", "Pizarro", "Álvarez", "Vásquez", "Sánchez", "Fernández", "Ramírez", "Carrasco", "Gómez", "Cortés", "Herrera"),
)  # fmt: skip
# Kurdish (Iraq, Turkey, Iran, Syria).
KURDISH = (
    ("Rojin", "Berfin", "Dilan", "Zilan", "Nazdar", "Shilan", "Avin", "Roza", "Hêvî", "Jiyan", "Bahar", "Ronahi", "Zozan", "Narin", "Rezan", "Evin", "Gulistan", "Viyan", "Dilvin", "Nesrin", "Helin", "Sozdar"),
    ("Azad", "Rebwar", "Karwan", "Dilshad", "Hawre", "Shvan", "Aram", "Baran", "Dara", "Kawa", "Serwan", "Rêber", "Zana", "Hogir", "Soran", "Botan", "Diyar", "Welat", "Ciwan", "Ferhad", "Rizgar", "Nechirvan", "Bakhtiyar"),
    ("Ahmed", "Mustafa", "Aziz", "Abdullah", "Karim", "Rashid", "Salih", "Ali", "Hama", "Qadir", "Mahmoud", "Barzani", "Jaf", "Amin", "Hussein", "Ismail", "Faraj", "Omar", "Taha", "Kaya", "Demir", "Baban", "Sherwani", "Zebari", "Rasul"),
)  # fmt: skip
UKRAINIAN = (
    ("Olena", "Tetiana", "Natalia", "Iryna", "Oksana", "Svitlana", "Yulia", "Olha", "Kateryna", "Anastasiia", "Mariia", "Viktoriia", "Halyna", "Liudmyla", "Nadiia", "Larysa", "Inna", "Alina", "Daria", "Sofiia", "Khrystyna", "Anna"),
    ("Oleksandr", "Serhii", "Andrii", "Volodymyr", "Dmytro", "Mykola", "Oleksii", "Vasyl", "Yurii", "Ivan", "Viktor", "Ihor", "Maksym", "Vitalii", "Taras", "Bohdan", "Roman", "Mykhailo", "Petro", "Artem", "Denys", "Yevhen"),
    ("Melnyk", "Shevchenko", "Boyko", "Kovalenko", "Bondarenko", "Tkachenko", "Kovalchuk", "Kravchenko", "Oliinyk", "Shevchuk", "Koval", "Polishchuk", "Bondar", "Tkachuk", "Moroz", "Marchenko", "Lysenko", "Rudenko", "Savchenko", "Petrenko", "Klymenko", "Pavlenko", "Kravchuk", "Kuzmenko"),
)  # fmt: skip
INDIAN = (
    ("Priya", "Anjali", "Pooja", "Divya", "Neha", "Sneha", "Kavya", "Deepika", "Lakshmi", "Swati", "Shreya", "Aishwarya", "Ananya", "Meera", "Sunita", "Rekha", "Nandini", "Aarti", "Shweta", "Ritu", "Preeti", "Gayatri", "Harini", "Sowmya"),
    ("Rahul", "Amit", "Rajesh", "Sanjay", "Vikram", "Arjun", "Suresh", "Ravi", "Anil", "Vijay", "Karthik", "Aditya", "Rohit", "Manoj", "Srinivas", "Prakash", "Deepak", "Nikhil", "Venkatesh", "Abhishek", "Sandeep", "Ashok", "Ramesh", "Harish"),
    ("Kumar", "Singh", "Sharma", "Patel", "Reddy", "Rao", "Gupta", "Nair", "Iyer", "Shah", "Verma", "Joshi", "Mehta", "Menon", "Pillai", "Krishnan", "Agarwal", "Chopra", "Desai", "Bhat", "Kulkarni", "Mishra", "Das", "Naidu", "Banerjee", "Chatterjee", "Srinivasan", "Subramanian"),
)  # fmt: skip
CHINESE = (
    ("Jing", "Li", "Ying", "Yan", "Fang", "Hui", "Min", "Xin", "Juan", "Hong", "Mei", "Ling", "Xiaoyan", "Yuqing", "Jiayi", "Shu", "Qian", "Ning", "Wenjing", "Lan"),
    ("Wei", "Jun", "Lei", "Yong", "Jian", "Tao", "Ming", "Hao", "Bo", "Chao", "Peng", "Gang", "Qiang", "Feng", "Yang", "Jie", "Haoran", "Zhiwei", "Xiaoming", "Kai"),
    ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang"),
)  # fmt: skip
GERMAN = (
    ("Sabine", "Petra", "Claudia", "Andrea", "Susanne", "Monika", "Julia", "Stefanie", "Nicole", "Anja", "Katrin", "Birgit", "Christina", "Ursula", "Karin", "Sandra", "Melanie", "Heike", "Gabriele", "Laura", "Lena", "Anna", "Katharina", "Ines"),
    ("Michael", "Thomas", "Andreas", "Stefan", "Peter", "Christian", "Frank", "Markus", "Wolfgang", "Klaus", "Jürgen", "Uwe", "Matthias", "Alexander", "Jens", "Tobias", "Martin", "Dirk", "Sven", "Lukas", "Jan", "Florian", "Sebastian", "Jörg"),
    ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann"),
)  # fmt: skip


def origin(
    lists: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]], head: int = 10
) -> Origin:
    women, men, surnames = lists
    return Origin(ranked(women, head), ranked(men, head), ranked(surnames, head))


ORIGINS: dict[str, Origin] = {
    "swedish": Origin(ranked(SV_WOMEN, 150), ranked(SV_MEN, 150), ranked(SV_SURNAMES, 150)),
    "us": Origin(census(US_WOMEN, 150), census(US_MEN, 150), census(US_SURNAMES, 150)),
    "uk": Origin(ranked(UK_WOMEN, 130), ranked(UK_MEN, 130), ranked(UK_SURNAMES, 150)),
    "finnish": origin(FINNISH),
    "arabic": origin(ARABIC),
    "somali": origin(SOMALI),
    "polish": origin(POLISH),
    "persian": origin(PERSIAN),
    "bcs": origin(BCS),
    "turkish": origin(TURKISH),
    "eritrean": origin(ERITREAN),
    "afghan": origin(AFGHAN),
    "thai": origin(THAI),
    "latin": origin(LATIN),
    "kurdish": origin(KURDISH),
    "ukrainian": origin(UKRAINIAN),
    "indian": origin(INDIAN),
    "chinese": origin(CHINESE),
    "german": origin(GERMAN),
}

# Who is named, per language of the text: Swedish text roughly as Sweden's population is (with the
# staffing trades' share of the newly arrived), English text as an English-speaking office's
# correspondents are, mixed text as a Swedish workplace that writes English is.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 67, "arabic": 6, "finnish": 3.5, "polish": 2.8, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5, "eritrean": 1.2,
        "ukrainian": 1.3, "indian": 1, "thai": 1, "latin": 1, "german": 0.8, "chinese": 0.5,
        "uk": 0.7, "us": 0.6,
    },
    "en": {
        "us": 38, "uk": 34, "swedish": 10, "indian": 4, "arabic": 2, "polish": 2, "latin": 2,
        "chinese": 1.5, "german": 1.2, "finnish": 1, "turkish": 1, "persian": 0.8,
        "ukrainian": 0.8, "somali": 0.6, "bcs": 0.6, "thai": 0.5, "eritrean": 0.4, "afghan": 0.4,
        "kurdish": 0.3,
    },
    "mixed": {
        "swedish": 50, "uk": 10, "us": 9, "arabic": 5, "finnish": 3, "polish": 3, "indian": 3,
        "persian": 2.5, "bcs": 2, "ukrainian": 1.5, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5,
        "afghan": 1.2, "eritrean": 1, "thai": 1, "latin": 1, "german": 1, "chinese": 1,
    },
}  # fmt: skip

_SV_NICK = {
    "Lars": ["Lasse"], "Mikael": ["Micke"], "Joakim": ["Jocke"], "Karl": ["Kalle"], "Carl": ["Calle"],
    "Per": ["Pelle", "Perra"], "Thomas": ["Tompa"], "Tomas": ["Tompa"], "Magnus": ["Manne"],
    "Marcus": ["Mackan"], "Markus": ["Mackan"], "Kristoffer": ["Krille"], "Christoffer": ["Chrille"],
    "Gustav": ["Gurra", "Gusse"], "Fredrik": ["Fredde"], "Robert": ["Robban"], "Tobias": ["Tobbe"],
    "Torbjörn": ["Tobbe"], "Sebastian": ["Sebbe"], "Alexander": ["Alex"], "Henrik": ["Henke"],
    "Patrik": ["Patte"], "Mattias": ["Matte"], "Mathias": ["Matte"], "Jonas": ["Jonte"],
    "Stefan": ["Steffe"], "Daniel": ["Danne"], "Hans": ["Hasse"], "Jan": ["Janne"], "Bengt": ["Bengan"],
    "Kenneth": ["Kenta"], "Rickard": ["Ricke"], "Niklas": ["Nicke"], "Nicklas": ["Nicke"],
    "Johan": ["Jojje"], "Anders": ["Ante"], "Andreas": ["Andy"], "Kjell": ["Kjelle"],
    "Charlotte": ["Lotta"], "Susanne": ["Sussie", "Sanna"], "Elisabeth": ["Lisa", "Bettan"],
    "Elisabet": ["Bettan"], "Margareta": ["Maggan"], "Katarina": ["Kattis"], "Kristina": ["Stina", "Kicki"],
    "Viktoria": ["Vicky"], "Barbro": ["Babsan"], "Birgitta": ["Gittan", "Bittan"], "Madeleine": ["Madde"],
    "Therese": ["Tessan"], "Matilda": ["Tilda"], "Josefin": ["Jossan"], "Rebecka": ["Becka"],
    "Louise": ["Lollo"], "Camilla": ["Millan"], "Isabelle": ["Bella"], "Cecilia": ["Cissi"],
    "Kerstin": ["Kicki"], "Gunilla": ["Nilla"], "Ulrika": ["Ullis"], "Jessica": ["Jessi"],
    "Alexandra": ["Alex"], "Agneta": ["Agge"], "Emelie": ["Emmi"], "Johanna": ["Jojo"],
}  # fmt: skip
_EN_NICK = {
    "William": ["Will", "Bill"], "Robert": ["Rob", "Bob"], "James": ["Jim", "Jamie"], "Michael": ["Mike"],
    "Richard": ["Rich", "Rick"], "Thomas": ["Tom"], "Christopher": ["Chris"], "Daniel": ["Dan", "Danny"],
    "Matthew": ["Matt"], "Anthony": ["Tony"], "Joseph": ["Joe"], "Charles": ["Charlie"], "Edward": ["Ed", "Ted"],
    "Benjamin": ["Ben"], "Samuel": ["Sam"], "Alexander": ["Alex"], "Nicholas": ["Nick"], "Jonathan": ["Jon"],
    "Andrew": ["Andy"], "Steven": ["Steve"], "Stephen": ["Steve"], "David": ["Dave"], "Timothy": ["Tim"],
    "Kenneth": ["Ken"], "Gregory": ["Greg"], "Gerald": ["Gerry"], "Raymond": ["Ray"], "Ronald": ["Ron"],
    "Donald": ["Don"], "Lawrence": ["Larry"], "Patrick": ["Pat"], "Philip": ["Phil"], "Douglas": ["Doug"],
    "Elizabeth": ["Liz", "Beth"], "Jennifer": ["Jen", "Jenny"], "Katherine": ["Kate", "Katie"],
    "Margaret": ["Maggie", "Peggy"], "Patricia": ["Pat", "Trish"], "Rebecca": ["Becky"], "Victoria": ["Vicky"],
    "Susan": ["Sue"], "Deborah": ["Debbie"], "Samantha": ["Sam"], "Alexandra": ["Alex"], "Jessica": ["Jess"],
    "Abigail": ["Abby"], "Catherine": ["Cathy", "Kate"], "Christine": ["Chris"], "Kimberly": ["Kim"],
    "Kimberley": ["Kim"], "Barbara": ["Barb"], "Jacqueline": ["Jackie"], "Nicola": ["Nicky"],
    "Stephanie": ["Steph"], "Natasha": ["Tash"], "Charlotte": ["Charlie"], "Eleanor": ["Ellie"],
}  # fmt: skip
# Short forms of given names, by origin: what colleagues and friends call people.
NICKNAMES: dict[str, dict[str, list[str]]] = {
    "swedish": _SV_NICK,
    "uk": _EN_NICK,
    "us": _EN_NICK,
    "polish": {"Małgorzata": ["Gosia"], "Katarzyna": ["Kasia"], "Aleksandra": ["Ola"], "Tomasz": ["Tomek"], "Agnieszka": ["Aga"], "Magdalena": ["Magda"], "Krzysztof": ["Krzysiek"], "Wojciech": ["Wojtek"]},
    "finnish": {"Matti": ["Masa"], "Juha": ["Jussi"]},
    "persian": {"Mohammad": ["Mamad"]},
    "somali": {"Abdirahman": ["Abdi"], "Abdullahi": ["Abdi"]},
    "ukrainian": {"Oleksandr": ["Sasha"], "Kateryna": ["Katia"], "Volodymyr": ["Volodia"], "Dmytro": ["Dima"]},
    "german": {"Matthias": ["Matze"], "Stefanie": ["Steffi"], "Christian": ["Chris"]},
}  # fmt: skip

_PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "İ": "I", "ø": "o", "æ": "ae"}
)


def plain(word: str) -> str:
    """A name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_PLAIN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `Kowalski` -> `Kowalska`, `Nowicki` -> `Nowicka`."""
    for man, woman in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(man):
            return surname[: -len(man)] + woman
    return surname
