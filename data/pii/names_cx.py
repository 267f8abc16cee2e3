# ruff: noqa: E501
"""Name pools of held-out CX (issue 15): names as the population has them, by origin and weight.

Swedish given names and surnames are in the order of SCB's name statistics, written from the
writer's general knowledge (weight 1/rank, head the top 150, then a tail of rarer names); the US
lists are the Census 1990 files as the `names` package ships them (the census per cent as weight,
head 150); the UK lists follow the ONS rankings (1/rank); the origins common in Sweden carry their
commonest given names and surnames (1/rank, head 10). No name was checked against anything in the
repository and none was left out for being known or unknown.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this probability, else the tail


@dataclass(frozen=True)
class Pool:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int  # the first `head` names are the head, the rest the tail


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def ranked(names: tuple[str, ...], head: int) -> Pool:
    """A list in rank order, weight 1/rank."""
    return Pool(
        names, tuple(1 / rank for rank in range(1, len(names) + 1)), min(head, len(names) - 1)
    )


def weighted(pairs: tuple[tuple[str, float], ...], head: int) -> Pool:
    """A list with its own weights (the census per cent)."""
    return Pool(tuple(n for n, _ in pairs), tuple(w for _, w in pairs), head)


_PLAIN = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "đ": "dj",
        "Đ": "Dj",
        "ı": "i",
        "İ": "I",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "ð": "d",
        "ß": "ss",
    }
)


def plain(word: str) -> str:
    """A name typed without its letters (`Wiśniewski` -> `Wisniewski`, `Đorđević` -> `Djordjevic`)."""
    word = word.translate(_PLAIN)
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it (`Kowalski` -> `Kowalska`, `Zawadzki` -> `Zawadzka`)."""
    for end, fem in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(end):
            return surname[: -len(end)] + fem
    return surname


# Sweden (SCB's name statistics, rank order as the writer knows it; weight 1/rank, head 150).
SV_F = (
    "Maria", "Elisabeth", "Anna", "Kristina", "Margareta", "Eva", "Sofia", "Linnéa", "Karin", "Birgitta",
    "Marie", "Ingrid", "Emma", "Christina", "Sara", "Elin", "Kerstin", "Lena", "Helena", "Johanna",
    "Ida", "Marianne", "Inger", "Ulla", "Hanna", "Julia", "Linda", "Malin", "Alice", "Elsa",
    "Louise", "Annika", "Susanne", "Cecilia", "Gunilla", "Maja", "Viktoria", "Amanda", "Katarina", "Matilda",
    "Elisabet", "Anita", "Ebba", "Monica", "Camilla", "Astrid", "Ingegerd", "Wilma", "Ellen", "Ulrika",
    "Barbro", "Josefin", "Inga", "Frida", "Jenny", "Caroline", "Åsa", "Agneta", "Irene", "Therese",
    "Ingeborg", "Emelie", "Alexandra", "Klara", "Gun", "Siv", "Elina", "Lisa", "Ann", "Karolina",
    "Charlotte", "Britt", "Carina", "Moa", "Madeleine", "Anneli", "Nora", "Ella", "Sofie", "Olivia",
    "Felicia", "Jessica", "Ingela", "Mona", "Lovisa", "Gunnel", "Lina", "Gabriella", "Ann-Marie", "Rebecka",
    "Stina", "Saga", "Hedvig", "Tove", "Sandra", "Marina", "Pia", "Isabelle", "Ronja", "Agnes",
    "Selma", "Vera", "Alva", "Ester", "Freja", "Tilda", "Ann-Christin", "Yvonne", "Emilia", "Kristin",
    "Maj", "Märta", "Britta", "Sonja", "Lilly", "Emilie", "Jennie", "Mikaela", "Berit", "Eleonora",
    "Ines", "Edith", "Signe", "Ann-Charlotte", "Mari", "Anette", "Elvira", "Rut", "Ylva", "Mia",
    "Jeanette", "Fredrika", "Hillevi", "Greta", "Amelia", "Isabella", "Minna", "Tina", "Erika", "Evelina",
    "Josefine", "Lillemor", "Petra", "Veronica", "Elise", "Nathalie", "Marita", "Iris", "Hilda", "Majvor",
    # tail: rarer names past the top 150
    "Viola", "Tyra", "Doris", "Solveig", "Majken", "Gunhild", "Ragnhild", "Dagny", "Inez", "Asta",
    "Ruth", "Svea", "Tekla", "Hulda", "Valborg", "Eivor", "Gudrun", "Lilian", "Margit", "Alma",
    "Sigrid", "Juni", "Livia", "Meja", "Stella", "Lykke", "Elvy", "Elna", "Gerd", "Lisbeth",
    "Rigmor", "Karina", "Maud", "Marie-Louise", "Eva-Lena", "Eva-Britt", "Ann-Sofie", "Anna-Lena", "Anna-Karin", "Britt-Marie",
    "Ulla-Britt", "Inga-Lill", "Ann-Kristin", "Ing-Marie", "Gull-Britt", "Maj-Britt", "Agda", "Alfhild", "Amalia", "Annelie",
    "Annie", "Annette", "Antonia", "Aurora", "Beatrice", "Bodil", "Carin", "Carola", "Catarina", "Cornelia",
    "Dagmar", "Daniela", "Denise", "Desirée", "Edda", "Elena", "Eleonor", "Elly", "Emmy", "Engla",
    "Erica", "Esther", "Evy", "Fanny", "Filippa", "Gerda", "Gertrud", "Gunborg", "Gunvor", "Hedda",
    "Helen", "Helén", "Henrietta", "Hilma", "Idun", "Ingalill", "Ingegärd", "Ingvor", "Irma", "Isa",
    "Jannike", "Jasmine", "Jenna", "Jonna", "Josephine", "Judit", "Kajsa", "Katrin", "Laila", "Lea",
    "Liselott", "Lisen", "Liv", "Lotta", "Lova", "Lucia", "Madelene", "Magdalena", "Malva", "Margaretha",
    "Marika", "Marit", "Marléne", "Martina", "Mathilda", "Miriam", "Molly", "Monika", "My", "Nadja",
    "Natalie", "Nellie", "Ninni", "Noomi", "Ottilia", "Paula", "Paulina", "Rakel", "Rebecca", "Regina",
    "Rosa", "Rosalie", "Sabina", "Sanna", "Signhild", "Siri", "Susann", "Sylvia", "Tea", "Thea",
    "Theresia", "Tora", "Tova", "Tuva", "Ulrica", "Valentina", "Vanja", "Vendela", "Veronika", "Victoria",
    "Vilma", "Vivi", "Vivianne", "Wendela", "Åse", "Ottilie", "Annbritt", "Ingbritt", "Gunbritt",
    "Birgit", "Brita", "Inga-Britt", "Kristel", "Solbritt", "Hjördis", "Mirja",
    "Pernilla", "Helene", "Mariette", "Mimmi", "Nova", "Luna", "Leah", "Melina", "Ellinor", "Elinor",
    "Jessika", "Charlott", "Kristine", "Katja", "Tanja", "Johanne", "Hanne",
    "Berta", "Hervor", "Elida", "Alida", "Hildur", "Märit", "Naemi", "Nanna", "Rosmarie", "Ann-Louise",
    "Eva-Karin", "Majlis", "Maj-Lis", "Vilhelmina", "Karolin", "Julie", "Elsie", "Jill", "Lill", "Ingalena",
    "Gunn", "Anna-Maria", "Ann-Katrin", "Lena-Britt",
)  # fmt: skip
SV_M = (
    "Karl", "Erik", "Lars", "Anders", "Per", "Johan", "Mikael", "Olof", "Nils", "Jan",
    "Lennart", "Gustav", "Hans", "Peter", "Fredrik", "Daniel", "Bengt", "Alexander", "Åke", "Bo",
    "Göran", "Sven", "Axel", "Stefan", "Magnus", "Andreas", "Martin", "Mats", "Oskar", "Gunnar",
    "Ulf", "Thomas", "Jonas", "Leif", "Kjell", "Christer", "Arne", "Henrik", "Emil", "Stig",
    "Mattias", "Roger", "Rolf", "Tommy", "Johannes", "Anton", "Viktor", "Marcus", "Robert", "Patrik",
    "Niklas", "Björn", "Christian", "Simon", "Håkan", "Filip", "Jonathan", "Ingemar", "Kent", "Wilhelm",
    "William", "Lucas", "Elias", "Hugo", "Oliver", "David", "Joakim", "Claes", "Tobias", "Sebastian",
    "Jakob", "Adam", "Kristoffer", "Christoffer", "Rickard", "Ludvig", "Torbjörn", "Tomas", "Roland", "Kurt",
    "Isak", "Emanuel", "Albin", "Linus", "Jesper", "Dennis", "Eric", "Carl", "Bertil", "Ove",
    "Liam", "Noah", "Theodor", "Leo", "Vincent", "Alfred", "Edvin", "Melvin", "Hampus", "Rasmus",
    "Jimmy", "Kenneth", "Jörgen", "Conny", "Arvid", "Gösta", "Harald", "Ivar", "Sixten", "Valter",
    "Oscar", "Kevin", "Olle", "Pontus", "Samuel", "Gabriel", "Benjamin", "Josef", "Ali", "Mohammad",
    "Mohamed", "Richard", "Joel", "Felix", "Max", "Elliot", "Love", "Douglas", "Folke", "Sten",
    "Torsten", "Rune", "Ola", "Tord", "Ronny", "Jens", "Morgan", "Urban", "Krister", "Pär",
    "Dan", "Mohammed", "Einar", "Bror", "Hjalmar", "Birger", "Evert", "Allan", "Gert", "Tage",
    # tail: rarer names past the top 150
    "Adrian", "Agne", "Alvar", "Albert", "Algot", "Alf", "Alvin", "Aron", "Arnold", "Assar",
    "August", "Benny", "Berndt", "Karl-Erik", "Per-Olof", "Lars-Göran", "Jan-Erik", "Bengt-Åke", "Nils-Erik", "Per-Anders",
    "Sven-Erik", "Carl-Johan", "Karl-Johan", "Hans-Olof", "Lars-Åke", "Jan-Olof", "Per-Erik", "Lars-Erik", "Jan-Åke", "Bruno",
    "Casper", "Charlie", "Colin", "Curt", "Dag", "Dante", "Elof", "Egon", "Elis", "Elmer",
    "Enar", "Eskil", "Evald", "Fabian", "Ferdinand", "Frank", "Frans", "Fritiof", "Georg", "Gerhard",
    "Gillis", "Glenn", "Gottfrid", "Greger", "Gustaf", "Göte", "Halvar", "Harry", "Helge", "Henning",
    "Holger", "Hilding", "Ingvar", "Inge", "Isidor", "Ivan", "Jack", "Jarl", "Jerker", "Joar",
    "John", "Jon", "Jonny", "Josua", "Julius", "Kasper", "Knut", "Konrad", "Kristian", "Lage",
    "Leon", "Leopold", "Levi", "Lukas", "Malte", "Manfred", "Matheo", "Melker", "Milo", "Mio",
    "Nicklas", "Nicolas", "Nore", "Ossian", "Otto", "Paul", "Peder", "Petter", "Philip", "Ragnar",
    "Reinhold", "Ruben", "Rudolf", "Sigge", "Sigurd", "Sigvard", "Sture", "Svante", "Sven-Olof", "Teodor",
    "Tim", "Tor", "Tore", "Torgny", "Torvald", "Ture", "Uno", "Valdemar", "Verner", "Vidar",
    "Vilgot", "Vilhelm", "Viggo", "Waldemar", "Wiktor", "Yngve", "Östen", "Bill", "Birk", "Boris",
    "Edward", "Edgar", "Elton", "Eino", "Emrik", "Erling", "Esbjörn", "Fingal", "Fredric",
    "Gunder", "Hadar", "Henry", "Herman", "Hilmer", "Ingolf", "Jöns", "Kennet", "Kim", "Lennarth",
    "Lorentz", "Magne", "Marten", "Mårten", "Nathan", "Neo", "Orvar", "Osvald", "Pelle", "Rikard",
    "Roine", "Sune", "Sölve", "Thorsten", "Tony", "Torkel", "Wille", "Åsmund",
    "Öjvind", "Stellan", "Staffan", "Sören", "Lasse", "Kjell-Åke", "Jan-Peter",
    "Lars-Olof", "Per-Olov", "Olov", "Sven-Åke", "Bo-Inge", "Karl-Axel", "Carl-Gustaf", "Lars-Gunnar", "Per-Gunnar", "Nils-Olof",
    "Ebbe", "Ejnar", "Frithiof", "Gideon", "Hannes", "Ingmar", "Jesse", "Jim", "Kaj", "Mauritz",
    "Ole", "Pierre", "Roy", "Sam", "Seth", "Simeon", "Thor", "Thure", "Tommie", "Tryggve",
    "Ulrik", "Walter", "Wilmer",
)  # fmt: skip
SV_S = (
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson",
    "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Olofsson",
    "Lindström", "Lindqvist", "Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren", "Lundqvist",
    "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg", "Ali", "Wallin", "Mohammed",
    "Engström", "Eklund", "Danielsson", "Håkansson", "Lundin", "Björk", "Bergman", "Gunnarsson", "Holm", "Wikström",
    "Samuelsson", "Isaksson", "Fransson", "Bergqvist", "Nyström", "Holmberg", "Arvidsson", "Löfgren", "Söderberg", "Nyberg",
    "Blomqvist", "Claesson", "Nordström", "Mårtensson", "Lundström", "Ahmed", "Viklund", "Björklund", "Eliasson", "Pålsson",
    "Hassan", "Berggren", "Sandström", "Lund", "Nordin", "Ström", "Åberg", "Hermansson", "Ekström", "Holmgren",
    "Sundberg", "Hedlund", "Dahlberg", "Hellström", "Sjögren", "Abrahamsson", "Falk", "Öberg", "Andreasson", "Blom",
    "Ek", "Martinsson", "Månsson", "Strand", "Dahl", "Åkesson", "Jonasson", "Hedberg", "Sundström", "Nordqvist",
    "Ivarsson", "Lindholm", "Mohamed", "Nygren", "Strömberg", "Hussein", "Björkman", "Omar", "Ekman", "Holmqvist",
    "Berntsson", "Lindblom", "Hansen", "Nordlund", "Lundell", "Sundqvist", "Adolfsson", "Jensen", "Forsman", "Hedström",
    "Lindell", "Sjöström", "Nyman", "Engberg", "Wiklund", "Ibrahim", "Boström", "Ottosson", "Sandén", "Sjödin",
    "Löfström", "Hägglund", "Norberg", "Ågren", "Lilja", "Bäckström", "Edlund", "Wahlström", "Ljungberg", "Kristiansson",
    "Eklöf", "Borg", "Lindkvist", "Jakobsen", "Lundh", "Carlsson", "Petersson", "Ericsson", "Nordberg", "Alm",
    # tail: rarer names past the top 150
    "Adlercreutz", "af Klercker", "von Platen", "De Geer", "Leijonhufvud", "Wachtmeister", "Ehrensvärd", "von Essen", "Stiernstedt", "af Ugglas",
    "von Sydow", "Gyllenstierna", "Lewenhaupt", "Stark", "Rask", "Frisk", "Modig", "Hurtig", "Dristig", "Trygg",
    "Linnér", "Ehn", "Wahlgren", "Bäck", "Hellberg", "Ljung", "Westerberg", "Öhman", "Backman", "Sjölund",
    "Brandt", "Lundmark", "Nordgren", "Åström", "Hägg", "Ekholm", "Pehrson", "Påhlsson", "Nyqvist", "Granberg",
    "Kvist", "Ahlström", "Ahlberg", "Almqvist", "Asplund", "Backlund", "Bergendahl", "Bergkvist", "Billström", "Blixt",
    "Bohlin", "Broberg", "Byström", "Carlberg", "Cederholm", "Dahlgren", "Dahlqvist", "Edström", "Ekberg", "Ekblad",
    "Enqvist", "Fagerström", "Forslund", "Frid", "Furberg", "Grahn", "Granqvist", "Grönlund", "Gullberg", "Hallberg",
    "Hammar", "Hedin", "Hellgren", "Holmström", "Höglund", "Jernberg", "Kjellberg", "Klasson", "Kronberg", "Kullberg",
    "Lagerqvist", "Landin", "Larsén", "Lidén", "Liljegren", "Lindahl", "Lindén", "Ljunggren", "Lundahl", "Malmberg",
    "Malmqvist", "Melin", "Moberg", "Mörk", "Nord", "Norén", "Nylander", "Palm", "Palmgren", "Rosén",
    "Rosenberg", "Rydberg", "Rydén", "Sahlin", "Schön", "Selin", "Sjöholm", "Skog", "Sköld", "Stenberg",
    "Stenström", "Sundin", "Svahn", "Svedberg", "Söderlund", "Söderström", "Thorén", "Törnqvist", "Unger", "Vallin",
    "Wennberg", "Westin", "Wickman", "Widén", "Zetterberg", "Zetterlund", "Åhman", "Ångström", "Öhrn", "Östlund",
    "Östman", "Aronsson", "Bergh", "Boman", "Dalin", "Engdahl", "Fors", "Gunnarsdotter", "Hagström", "Hjalmarsson",
    "Jeppsson", "Kling", "Krantz", "Lejon", "Lönn", "Melander", "Mellberg", "Nordenskiöld", "Nordlander", "Olander",
    "Rehn", "Renström", "Rystedt", "Segerström", "Sparre", "Strandberg", "Swärd", "Tapper", "Toll", "Uggla",
    "Wallén", "Westman", "Wång", "Åkerlund", "Åkerman", "Östberg", "Gabrielsson", "Davidsson", "Josefsson", "Ingvarsson",
    "Edvardsson", "Sigvardsson", "Göransson", "Ragnarsson", "Torstensson", "Valfridsson", "Lejdström", "Grip", "Hallin", "Häggström",
    "Ljungqvist", "Löwenhielm", "Mannerheim", "Skoglund", "Storm", "Tornberg", "Vikström", "Wadström", "Wall", "Winberg",
    "Älmqvist", "Örn", "Fältskog", "Sandell", "Ekelund", "Rundqvist", "Kempe", "Drakenberg", "Sjöblom", "Lundkvist",
    "Hultgren", "Lindmark", "Brännström", "Lundholm", "Fahlén", "Sjökvist", "Oskarsson", "Wallgren", "Bergendorff", "Åslund",
)  # fmt: skip


# US Census 1990 (public domain): the first names of each list with the census per cent as weight,
# copied from the `names` package's dist.female.first, dist.male.first and dist.all.last.
US_F = (
    ("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.98), ("Elizabeth", 0.937),
    ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794), ("Margaret", 0.768), ("Dorothy",
    0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667), ("Betty", 0.666), ("Helen", 0.663),
    ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565), ("Ruth", 0.562), ("Sharon", 0.522),
    ("Michelle", 0.519), ("Laura", 0.51), ("Sarah", 0.508), ("Kimberly", 0.504), ("Deborah", 0.494),
    ("Jessica", 0.49), ("Shirley", 0.482), ("Cynthia", 0.469), ("Angela", 0.468), ("Melissa",
    0.462), ("Brenda", 0.455), ("Amy", 0.451), ("Anna", 0.44), ("Rebecca", 0.43), ("Virginia",
    0.43), ("Kathleen", 0.424), ("Pamela", 0.416), ("Martha", 0.412), ("Debra", 0.408), ("Amanda",
    0.404), ("Stephanie", 0.4), ("Carolyn", 0.385), ("Christine", 0.382), ("Marie", 0.379),
    ("Janet", 0.379), ("Catherine", 0.373), ("Frances", 0.37), ("Ann", 0.364), ("Joyce", 0.364),
    ("Diane", 0.359), ("Alice", 0.357), ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336),
    ("Doris", 0.335), ("Gloria", 0.335), ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315),
    ("Mildred", 0.313), ("Katherine", 0.313), ("Joan", 0.306), ("Ashley", 0.303), ("Judith", 0.297),
    ("Rose", 0.296), ("Janice", 0.285), ("Kelly", 0.283), ("Nicole", 0.281), ("Judy", 0.276),
    ("Christina", 0.275), ("Kathy", 0.272), ("Theresa", 0.271), ("Beverly", 0.267), ("Denise",
    0.264), ("Tammy", 0.259), ("Irene", 0.252), ("Jane", 0.25), ("Lori", 0.248), ("Rachel", 0.242),
    ("Marilyn", 0.241), ("Andrea", 0.236), ("Kathryn", 0.234), ("Louise", 0.229), ("Sara", 0.229),
    ("Anne", 0.228), ("Jacqueline", 0.228), ("Wanda", 0.226), ("Bonnie", 0.223), ("Julia", 0.223),
    ("Ruby", 0.221), ("Lois", 0.22), ("Tina", 0.22), ("Phyllis", 0.219), ("Norma", 0.218), ("Paula",
    0.217), ("Diana", 0.216), ("Annie", 0.216), ("Lillian", 0.211), ("Emily", 0.208), ("Robin",
    0.208), ("Peggy", 0.208), ("Crystal", 0.207), ("Gladys", 0.205), ("Rita", 0.204), ("Dawn",
    0.202), ("Connie", 0.2), ("Florence", 0.2), ("Tracy", 0.197), ("Edna", 0.197), ("Tiffany",
    0.195), ("Carmen", 0.195), ("Rosa", 0.194), ("Cindy", 0.192), ("Grace", 0.189), ("Wendy",
    0.185), ("Victoria", 0.18), ("Edith", 0.179), ("Kim", 0.178), ("Sherry", 0.178), ("Sylvia",
    0.177), ("Josephine", 0.177), ("Thelma", 0.175), ("Shannon", 0.175), ("Sheila", 0.175),
    ("Ethel", 0.174), ("Ellen", 0.173), ("Elaine", 0.173), ("Marjorie", 0.173), ("Carrie", 0.171),
    ("Charlotte", 0.169), ("Monica", 0.166), ("Esther", 0.166), ("Pauline", 0.165), ("Emma", 0.165),
    ("Juanita", 0.164), ("Anita", 0.162), ("Rhonda", 0.162), ("Hazel", 0.161), ("Amber", 0.16),
    ("Eva", 0.159), ("Debbie", 0.157), ("April", 0.154), ("Leslie", 0.154), ("Clara", 0.153),
    ("Lucille", 0.153), ("Jamie", 0.153), ("Joanne", 0.15), ("Eleanor", 0.15), ("Valerie", 0.149),
    ("Danielle", 0.149), ("Megan", 0.147), ("Alicia", 0.146), ("Suzanne", 0.145), ("Michele",
    0.145), ("Gail", 0.145), ("Bertha", 0.143), ("Darlene", 0.142), ("Veronica", 0.142), ("Jill",
    0.142), ("Erin", 0.141), ("Geraldine", 0.141), ("Lauren", 0.137), ("Cathy", 0.137), ("Joann",
    0.136), ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135), ("Regina", 0.133), ("Erica",
    0.13), ("Beatrice", 0.13), ("Dolores", 0.129), ("Bernice", 0.128), ("Audrey", 0.127), ("Yvonne",
    0.126), ("Annette", 0.125), ("June", 0.125), ("Samantha", 0.124), ("Marion", 0.122), ("Dana",
    0.122), ("Stacy", 0.121), ("Ana", 0.12), ("Renee", 0.12), ("Ida", 0.118), ("Vivian", 0.118),
    ("Roberta", 0.117), ("Holly", 0.117), ("Brittany", 0.117), ("Melanie", 0.116), ("Loretta",
    0.115), ("Yolanda", 0.115), ("Jeanette", 0.115), ("Laurie", 0.114), ("Katie", 0.113),
    ("Kristen", 0.111), ("Vanessa", 0.111), ("Alma", 0.111), ("Sue", 0.111), ("Elsie", 0.11),
    ("Beth", 0.11), ("Jeanne", 0.109), ("Vicki", 0.109), ("Carla", 0.107), ("Tara", 0.107),
    ("Rosemary", 0.107), ("Eileen", 0.105), ("Terri", 0.105), ("Gertrude", 0.103), ("Lucy", 0.103),
    ("Tonya", 0.102), ("Ella", 0.101), ("Stacey", 0.101), ("Wilma", 0.099), ("Gina", 0.099),
    ("Kristin", 0.099), ("Jessie", 0.098), ("Natalie", 0.098), ("Agnes", 0.098), ("Vera", 0.098),
    ("Willie", 0.097), ("Charlene", 0.097), ("Bessie", 0.096), ("Delores", 0.095), ("Melinda",
    0.094), ("Pearl", 0.094), ("Arlene", 0.094), ("Maureen", 0.092), ("Colleen", 0.092), ("Allison",
    0.092), ("Tamara", 0.092), ("Joy", 0.091), ("Georgia", 0.091), ("Constance", 0.091), ("Lillie",
    0.09), ("Claudia", 0.09), ("Jackie", 0.09), ("Marcia", 0.09), ("Tanya", 0.089), ("Nellie",
    0.089), ("Minnie", 0.089), ("Marlene", 0.088), ("Heidi", 0.088), ("Glenda", 0.088), ("Lydia",
    0.086), ("Viola", 0.086), ("Courtney", 0.086), ("Marian", 0.086), ("Stella", 0.085),
    ("Caroline", 0.085), ("Dora", 0.084), ("Jo", 0.083), ("Vickie", 0.082), ("Mattie", 0.081),
    ("Terry", 0.08), ("Maxine", 0.079), ("Irma", 0.079), ("Mabel", 0.078), ("Marsha", 0.078),
    ("Myrtle", 0.078), ("Lena", 0.077), ("Christy", 0.077), ("Deanna", 0.076), ("Patsy", 0.076),
    ("Hilda", 0.075), ("Gwendolyn", 0.074), ("Jennie", 0.073), ("Nora", 0.073), ("Margie", 0.072),
    ("Nina", 0.072), ("Cassandra", 0.072), ("Leah", 0.072), ("Penny", 0.071), ("Kay", 0.071),
    ("Priscilla", 0.071), ("Naomi", 0.071), ("Carole", 0.071), ("Brandy", 0.07), ("Olga", 0.07),
    ("Billie", 0.069), ("Dianne", 0.069), ("Tracey", 0.069), ("Leona", 0.069), ("Jenny", 0.068),
    ("Felicia", 0.068), ("Sonia", 0.068), ("Miriam", 0.066), ("Velma", 0.066), ("Becky", 0.066),
    ("Bobbie", 0.065), ("Violet", 0.065), ("Kristina", 0.065), ("Toni", 0.064), ("Misty", 0.063),
    ("Mae", 0.063), ("Shelly", 0.062), ("Daisy", 0.062), ("Ramona", 0.062), ("Sherri", 0.062),
    ("Erika", 0.061), ("Katrina", 0.061), ("Claire", 0.061), ("Lindsey", 0.06), ("Lindsay", 0.06),
    ("Geneva", 0.059), ("Guadalupe", 0.059), ("Belinda", 0.059), ("Margarita", 0.059), ("Sheryl",
    0.059), ("Cora", 0.058), ("Faye", 0.058), ("Ada", 0.057), ("Natasha", 0.057), ("Sabrina",
    0.057), ("Isabel", 0.057), ("Marguerite", 0.056), ("Hattie", 0.056), ("Harriet", 0.056),
    ("Molly", 0.055), ("Cecilia", 0.055), ("Kristi", 0.055), ("Brandi", 0.055), ("Blanche", 0.055),
    ("Sandy", 0.055), ("Rosie", 0.055), ("Joanna", 0.055), ("Iris", 0.055), ("Eunice", 0.054),
    ("Angie", 0.054), ("Inez", 0.053), ("Lynda", 0.053), ("Madeline", 0.052), ("Amelia", 0.052),
    ("Alberta", 0.052), ("Genevieve", 0.051), ("Monique", 0.051), ("Jodi", 0.051), ("Janie", 0.051),
    ("Maggie", 0.051), ("Kayla", 0.051), ("Sonya", 0.051), ("Jan", 0.051), ("Lee", 0.051),
    ("Kristine", 0.051), ("Candace", 0.051), ("Fannie", 0.05), ("Maryann", 0.05), ("Opal", 0.05),
    ("Alison", 0.05), ("Yvette", 0.05), ("Melody", 0.05), ("Luz", 0.049), ("Susie", 0.049),
    ("Olivia", 0.049), ("Flora", 0.049), ("Shelley", 0.049), ("Kristy", 0.048), ("Mamie", 0.048),
    ("Lula", 0.048), ("Lola", 0.048), ("Verna", 0.048), ("Beulah", 0.048), ("Antoinette", 0.048),
    ("Candice", 0.046), ("Juana", 0.046), ("Jeannette", 0.046), ("Pam", 0.046), ("Kelli", 0.046),
    ("Hannah", 0.045), ("Whitney", 0.045), ("Bridget", 0.045), ("Karla", 0.044), ("Celia", 0.044),
    ("Latoya", 0.043), ("Patty", 0.043), ("Shelia", 0.043), ("Gayle", 0.043), ("Della", 0.043),
    ("Vicky", 0.043), ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042), ("Kara", 0.041),
    ("Jacquelyn", 0.041), ("Erma", 0.041), ("Blanca", 0.041), ("Myra", 0.04), ("Leticia", 0.04),
    ("Pat", 0.04), ("Krista", 0.04), ("Roxanne", 0.04), ("Angelica", 0.039), ("Johnnie", 0.039),
    ("Robyn", 0.039), ("Francis", 0.039), ("Adrienne", 0.039), ("Rosalie", 0.039), ("Alexandra",
    0.039), ("Brooke", 0.039), ("Bethany", 0.039), ("Sadie", 0.039), ("Bernadette", 0.039),
)  # fmt: skip

US_M = (
    ("James", 3.318), ("John", 3.271), ("Robert", 3.143), ("Michael", 2.629), ("William", 2.451),
    ("David", 2.363), ("Richard", 1.703), ("Charles", 1.523), ("Joseph", 1.404), ("Thomas", 1.38),
    ("Christopher", 1.035), ("Daniel", 0.974), ("Paul", 0.948), ("Mark", 0.938), ("Donald", 0.931),
    ("George", 0.927), ("Kenneth", 0.826), ("Steven", 0.78), ("Edward", 0.779), ("Brian", 0.736),
    ("Ronald", 0.725), ("Anthony", 0.721), ("Kevin", 0.671), ("Jason", 0.66), ("Matthew", 0.657),
    ("Gary", 0.65), ("Timothy", 0.64), ("Jose", 0.613), ("Larry", 0.598), ("Jeffrey", 0.591),
    ("Frank", 0.581), ("Scott", 0.546), ("Eric", 0.544), ("Stephen", 0.54), ("Andrew", 0.537),
    ("Raymond", 0.488), ("Gregory", 0.441), ("Joshua", 0.435), ("Jerry", 0.432), ("Dennis", 0.415),
    ("Walter", 0.399), ("Patrick", 0.389), ("Peter", 0.381), ("Harold", 0.371), ("Douglas", 0.367),
    ("Henry", 0.365), ("Carl", 0.346), ("Arthur", 0.335), ("Ryan", 0.328), ("Roger", 0.322), ("Joe",
    0.321), ("Juan", 0.316), ("Jack", 0.315), ("Albert", 0.314), ("Jonathan", 0.313), ("Justin",
    0.311), ("Terry", 0.311), ("Gerald", 0.309), ("Keith", 0.308), ("Samuel", 0.306), ("Willie",
    0.302), ("Ralph", 0.282), ("Lawrence", 0.282), ("Nicholas", 0.275), ("Roy", 0.273), ("Benjamin",
    0.27), ("Bruce", 0.263), ("Brandon", 0.26), ("Adam", 0.259), ("Harry", 0.251), ("Fred", 0.251),
    ("Wayne", 0.249), ("Billy", 0.248), ("Steve", 0.246), ("Louis", 0.243), ("Jeremy", 0.242),
    ("Aaron", 0.24), ("Randy", 0.232), ("Howard", 0.23), ("Eugene", 0.23), ("Carlos", 0.229),
    ("Russell", 0.224), ("Bobby", 0.223), ("Victor", 0.222), ("Martin", 0.216), ("Ernest", 0.215),
    ("Phillip", 0.213), ("Todd", 0.213), ("Jesse", 0.209), ("Craig", 0.206), ("Alan", 0.204),
    ("Shawn", 0.2), ("Clarence", 0.197), ("Sean", 0.197), ("Philip", 0.197), ("Chris", 0.197),
    ("Johnny", 0.195), ("Earl", 0.193), ("Jimmy", 0.191), ("Antonio", 0.19), ("Danny", 0.19),
    ("Bryan", 0.19), ("Tony", 0.19), ("Luis", 0.189), ("Mike", 0.189), ("Stanley", 0.186),
    ("Leonard", 0.186), ("Nathan", 0.185), ("Dale", 0.184), ("Manuel", 0.181), ("Rodney", 0.18),
    ("Curtis", 0.18), ("Norman", 0.177), ("Allen", 0.174), ("Marvin", 0.171), ("Vincent", 0.168),
    ("Glenn", 0.167), ("Jeffery", 0.166), ("Travis", 0.166), ("Jeff", 0.166), ("Chad", 0.165),
    ("Jacob", 0.165), ("Lee", 0.162), ("Melvin", 0.162), ("Alfred", 0.162), ("Kyle", 0.16),
    ("Francis", 0.16), ("Bradley", 0.159), ("Jesus", 0.155), ("Herbert", 0.155), ("Frederick",
    0.154), ("Ray", 0.153), ("Joel", 0.152), ("Edwin", 0.148), ("Don", 0.145), ("Eddie", 0.144),
    ("Ricky", 0.141), ("Troy", 0.138), ("Randall", 0.138), ("Barry", 0.134), ("Alexander", 0.132),
    ("Bernard", 0.127), ("Mario", 0.125), ("Leroy", 0.125), ("Francisco", 0.124), ("Marcus", 0.124),
    ("Micheal", 0.123), ("Theodore", 0.123), ("Clifford", 0.123), ("Miguel", 0.122), ("Oscar",
    0.122), ("Jay", 0.118), ("Jim", 0.118), ("Tom", 0.117), ("Calvin", 0.115), ("Alex", 0.115),
    ("Jon", 0.115), ("Ronnie", 0.113), ("Bill", 0.112), ("Lloyd", 0.112), ("Tommy", 0.112), ("Leon",
    0.112), ("Derek", 0.112), ("Warren", 0.11), ("Darrell", 0.108), ("Jerome", 0.108), ("Floyd",
    0.107), ("Leo", 0.106), ("Alvin", 0.105), ("Tim", 0.104), ("Wesley", 0.104), ("Gordon", 0.104),
    ("Dean", 0.104), ("Greg", 0.104), ("Jorge", 0.104), ("Dustin", 0.103), ("Pedro", 0.103),
    ("Derrick", 0.103), ("Dan", 0.101), ("Lewis", 0.099), ("Zachary", 0.099), ("Corey", 0.098),
    ("Herman", 0.097), ("Maurice", 0.097), ("Vernon", 0.097), ("Roberto", 0.097), ("Clyde", 0.095),
    ("Glen", 0.094), ("Hector", 0.094), ("Shane", 0.093), ("Ricardo", 0.093), ("Sam", 0.092),
    ("Rick", 0.091), ("Lester", 0.091), ("Brent", 0.09), ("Ramon", 0.09), ("Charlie", 0.09),
    ("Tyler", 0.089), ("Gilbert", 0.089), ("Gene", 0.087), ("Marc", 0.087), ("Reginald", 0.084),
    ("Ruben", 0.082), ("Brett", 0.082), ("Angel", 0.082), ("Nathaniel", 0.081), ("Rafael", 0.081),
    ("Leslie", 0.081), ("Edgar", 0.08), ("Milton", 0.08), ("Raul", 0.079), ("Ben", 0.078),
    ("Chester", 0.078), ("Cecil", 0.078), ("Duane", 0.077), ("Franklin", 0.077), ("Andre", 0.076),
    ("Elmer", 0.074), ("Brad", 0.073), ("Gabriel", 0.073), ("Ron", 0.072), ("Mitchell", 0.072),
    ("Roland", 0.072), ("Arnold", 0.072), ("Harvey", 0.072), ("Jared", 0.071), ("Adrian", 0.069),
    ("Karl", 0.069), ("Cory", 0.068), ("Claude", 0.068), ("Erik", 0.068), ("Darryl", 0.067),
    ("Jamie", 0.066), ("Neil", 0.066), ("Jessie", 0.065), ("Christian", 0.065), ("Javier", 0.065),
    ("Fernando", 0.065), ("Clinton", 0.065), ("Ted", 0.064), ("Mathew", 0.064), ("Tyrone", 0.064),
    ("Darren", 0.064), ("Lonnie", 0.064), ("Lance", 0.063), ("Cody", 0.063), ("Julio", 0.063),
    ("Kelly", 0.063), ("Kurt", 0.062), ("Allan", 0.061), ("Nelson", 0.061), ("Guy", 0.06),
    ("Clayton", 0.06), ("Hugh", 0.06), ("Max", 0.059), ("Dwayne", 0.059), ("Dwight", 0.058),
    ("Armando", 0.058), ("Felix", 0.058), ("Jimmie", 0.058), ("Everett", 0.057), ("Jordan", 0.056),
    ("Ian", 0.056), ("Wallace", 0.056), ("Ken", 0.055), ("Bob", 0.055), ("Jaime", 0.055), ("Casey",
    0.054), ("Alfredo", 0.054), ("Alberto", 0.053), ("Dave", 0.053), ("Ivan", 0.053), ("Johnnie",
    0.052), ("Sidney", 0.052), ("Byron", 0.052), ("Julian", 0.052), ("Isaac", 0.051), ("Morris",
    0.051), ("Clifton", 0.05), ("Willard", 0.05), ("Daryl", 0.05), ("Ross", 0.05), ("Virgil",
    0.049), ("Andy", 0.049), ("Marshall", 0.049), ("Salvador", 0.049), ("Perry", 0.049), ("Kirk",
    0.049), ("Sergio", 0.049), ("Marion", 0.048), ("Tracy", 0.048), ("Seth", 0.048), ("Kent",
    0.048), ("Terrance", 0.048), ("Rene", 0.048), ("Eduardo", 0.047), ("Terrence", 0.047),
    ("Enrique", 0.046), ("Freddie", 0.046), ("Wade", 0.045), ("Austin", 0.044), ("Stuart", 0.044),
    ("Fredrick", 0.043), ("Arturo", 0.043), ("Alejandro", 0.043), ("Jackie", 0.043), ("Joey",
    0.043), ("Nick", 0.043), ("Luther", 0.043), ("Wendell", 0.042), ("Jeremiah", 0.042), ("Evan",
    0.042), ("Julius", 0.042), ("Dana", 0.042), ("Donnie", 0.041), ("Otis", 0.041), ("Shannon",
    0.04), ("Trevor", 0.04), ("Oliver", 0.04), ("Luke", 0.04), ("Homer", 0.04), ("Gerard", 0.04),
    ("Doug", 0.04), ("Kenny", 0.039), ("Hubert", 0.039), ("Angelo", 0.039), ("Shaun", 0.039),
    ("Lyle", 0.038), ("Matt", 0.038), ("Lynn", 0.038), ("Alfonso", 0.038), ("Orlando", 0.037),
    ("Rex", 0.037), ("Carlton", 0.037), ("Ernesto", 0.037), ("Cameron", 0.037), ("Neal", 0.037),
    ("Pablo", 0.036), ("Lorenzo", 0.036), ("Omar", 0.036), ("Wilbur", 0.036), ("Blake", 0.036),
    ("Grant", 0.036), ("Horace", 0.036), ("Roderick", 0.036), ("Kerry", 0.036), ("Abraham", 0.035),
    ("Willis", 0.035), ("Rickey", 0.035), ("Jean", 0.035), ("Ira", 0.035), ("Andres", 0.034),
    ("Cesar", 0.034), ("Johnathan", 0.034), ("Malcolm", 0.034), ("Rudolph", 0.034), ("Damon",
    0.034), ("Kelvin", 0.034), ("Rudy", 0.034), ("Preston", 0.034), ("Alton", 0.033), ("Archie",
    0.033), ("Marco", 0.033), ("Wm", 0.033), ("Pete", 0.032), ("Randolph", 0.032), ("Garry", 0.032),
    ("Geoffrey", 0.032), ("Jonathon", 0.032), ("Felipe", 0.032), ("Bennie", 0.032), ("Gerardo",
    0.032), ("Ed", 0.032), ("Dominic", 0.032), ("Robin", 0.032), ("Loren", 0.032), ("Delbert",
    0.031), ("Colin", 0.031), ("Guillermo", 0.031), ("Earnest", 0.031), ("Lucas", 0.031), ("Benny",
    0.03), ("Noel", 0.03), ("Spencer", 0.03), ("Rodolfo", 0.03), ("Myron", 0.03), ("Edmund", 0.03),
    ("Garrett", 0.029), ("Salvatore", 0.029), ("Cedric", 0.029), ("Lowell", 0.029), ("Gregg",
    0.029), ("Sherman", 0.028), ("Wilson", 0.028), ("Devin", 0.028), ("Sylvester", 0.028), ("Kim",
    0.028), ("Roosevelt", 0.028), ("Israel", 0.028), ("Jermaine", 0.028),
)  # fmt: skip

US_S = (
    ("Smith", 1.006), ("Johnson", 0.81), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621),
    ("Davis", 0.48), ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor", 0.311),
    ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.31), ("White", 0.279), ("Harris", 0.275),
    ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254), ("Martinez", 0.234), ("Robinson",
    0.233), ("Clark", 0.231), ("Rodriguez", 0.229), ("Lewis", 0.226), ("Lee", 0.22), ("Walker",
    0.219), ("Hall", 0.2), ("Allen", 0.199), ("Young", 0.193), ("Hernandez", 0.192), ("King", 0.19),
    ("Wright", 0.189), ("Lopez", 0.187), ("Hill", 0.187), ("Scott", 0.185), ("Green", 0.183),
    ("Adams", 0.174), ("Baker", 0.171), ("Gonzalez", 0.166), ("Nelson", 0.162), ("Carter", 0.162),
    ("Mitchell", 0.16), ("Perez", 0.155), ("Roberts", 0.153), ("Turner", 0.152), ("Phillips",
    0.149), ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141), ("Edwards", 0.137),
    ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.13), ("Morris", 0.125), ("Rogers", 0.123),
    ("Reed", 0.122), ("Cook", 0.12), ("Morgan", 0.118), ("Bell", 0.117), ("Murphy", 0.117),
    ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper", 0.113), ("Richardson", 0.112), ("Cox", 0.11),
    ("Howard", 0.11), ("Ward", 0.108), ("Torres", 0.108), ("Peterson", 0.107), ("Gray", 0.106),
    ("Ramirez", 0.105), ("James", 0.105), ("Watson", 0.103), ("Brooks", 0.103), ("Kelly", 0.102),
    ("Sanders", 0.1), ("Price", 0.099), ("Bennett", 0.099), ("Wood", 0.098), ("Barnes", 0.097),
    ("Ross", 0.096), ("Henderson", 0.095), ("Coleman", 0.095), ("Jenkins", 0.095), ("Perry", 0.094),
    ("Powell", 0.093), ("Long", 0.092), ("Patterson", 0.092), ("Hughes", 0.092), ("Flores", 0.092),
    ("Washington", 0.092), ("Butler", 0.091), ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales",
    0.087), ("Bryant", 0.087), ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084),
    ("Diaz", 0.084), ("Hayes", 0.083), ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082),
    ("Graham", 0.082), ("Sullivan", 0.081), ("Wallace", 0.081), ("Woods", 0.08), ("Cole", 0.08),
    ("West", 0.08), ("Jordan", 0.078), ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077),
    ("Ellis", 0.077), ("Harrison", 0.076), ("Gibson", 0.075), ("McDonald", 0.075), ("Cruz", 0.075),
    ("Marshall", 0.075), ("Ortiz", 0.075), ("Gomez", 0.075), ("Murray", 0.074), ("Freeman", 0.074),
    ("Wells", 0.073), ("Webb", 0.072), ("Simpson", 0.07), ("Stevens", 0.07), ("Tucker", 0.07),
    ("Porter", 0.069), ("Hunter", 0.069), ("Hicks", 0.069), ("Crawford", 0.068), ("Henry", 0.068),
    ("Boyd", 0.068), ("Mason", 0.068), ("Morales", 0.067), ("Kennedy", 0.067), ("Warren", 0.067),
    ("Dixon", 0.066), ("Ramos", 0.066), ("Reyes", 0.066), ("Burns", 0.065), ("Gordon", 0.065),
    ("Shaw", 0.065), ("Holmes", 0.065), ("Rice", 0.064), ("Robertson", 0.064), ("Hunt", 0.063),
    ("Black", 0.063), ("Daniels", 0.062), ("Palmer", 0.062), ("Mills", 0.061), ("Nichols", 0.06),
    ("Grant", 0.06), ("Knight", 0.06), ("Ferguson", 0.059), ("Rose", 0.059), ("Stone", 0.059),
    ("Hawkins", 0.059), ("Dunn", 0.058), ("Perkins", 0.058), ("Hudson", 0.058), ("Spencer", 0.057),
    ("Gardner", 0.057), ("Stephens", 0.057), ("Payne", 0.057), ("Pierce", 0.056), ("Berry", 0.056),
    ("Matthews", 0.056), ("Arnold", 0.056), ("Wagner", 0.055), ("Willis", 0.055), ("Ray", 0.055),
    ("Watkins", 0.055), ("Olson", 0.055), ("Carroll", 0.055), ("Duncan", 0.055), ("Snyder", 0.055),
    ("Hart", 0.054), ("Cunningham", 0.054), ("Bradley", 0.054), ("Lane", 0.054), ("Andrews", 0.054),
    ("Ruiz", 0.054), ("Harper", 0.054), ("Fox", 0.053), ("Riley", 0.053), ("Armstrong", 0.053),
    ("Carpenter", 0.053), ("Weaver", 0.053), ("Greene", 0.053), ("Lawrence", 0.052), ("Elliott",
    0.052), ("Chavez", 0.052), ("Sims", 0.052), ("Austin", 0.052), ("Peters", 0.052), ("Kelley",
    0.052), ("Franklin", 0.051), ("Lawson", 0.051), ("Fields", 0.051), ("Gutierrez", 0.051),
    ("Ryan", 0.051), ("Schmidt", 0.051), ("Carr", 0.051), ("Vasquez", 0.051), ("Castillo", 0.051),
    ("Wheeler", 0.051), ("Chapman", 0.05), ("Oliver", 0.05), ("Montgomery", 0.049), ("Richards",
    0.049), ("Williamson", 0.049), ("Johnston", 0.049), ("Banks", 0.048), ("Meyer", 0.048),
    ("Bishop", 0.048), ("McCoy", 0.048), ("Howell", 0.048), ("Alvarez", 0.048), ("Morrison", 0.048),
    ("Hansen", 0.047), ("Fernandez", 0.047), ("Garza", 0.047), ("Harvey", 0.047), ("Little", 0.046),
    ("Burton", 0.046), ("Stanley", 0.046), ("Nguyen", 0.046), ("George", 0.046), ("Jacobs", 0.046),
    ("Reid", 0.046), ("Kim", 0.045), ("Fuller", 0.045), ("Lynch", 0.045), ("Dean", 0.045),
    ("Gilbert", 0.045), ("Garrett", 0.045), ("Romero", 0.045), ("Welch", 0.044), ("Larson", 0.044),
    ("Frazier", 0.044), ("Burke", 0.044), ("Hanson", 0.043), ("Day", 0.043), ("Mendoza", 0.043),
    ("Moreno", 0.043), ("Bowman", 0.043), ("Medina", 0.042), ("Fowler", 0.042), ("Brewer", 0.042),
    ("Hoffman", 0.042), ("Carlson", 0.042), ("Silva", 0.042), ("Pearson", 0.042), ("Holland",
    0.042), ("Douglas", 0.041), ("Fleming", 0.041), ("Jensen", 0.041), ("Vargas", 0.041), ("Byrd",
    0.041), ("Davidson", 0.041), ("Hopkins", 0.041), ("May", 0.04), ("Terry", 0.04), ("Herrera",
    0.04), ("Wade", 0.04), ("Soto", 0.04), ("Walters", 0.04), ("Curtis", 0.04), ("Neal", 0.039),
    ("Caldwell", 0.039), ("Lowe", 0.039), ("Jennings", 0.039), ("Barnett", 0.039), ("Graves",
    0.039), ("Jimenez", 0.039), ("Horton", 0.039), ("Shelton", 0.039), ("Barrett", 0.039),
    ("O'Brien", 0.039), ("Castro", 0.039), ("Sutton", 0.038), ("Gregory", 0.038), ("McKinney",
    0.038), ("Lucas", 0.038), ("Miles", 0.038), ("Craig", 0.038), ("Rodriquez", 0.037), ("Chambers",
    0.037), ("Holt", 0.037), ("Lambert", 0.037), ("Fletcher", 0.037), ("Watts", 0.037), ("Bates",
    0.037), ("Hale", 0.037), ("Rhodes", 0.037), ("Pena", 0.037), ("Beck", 0.037), ("Newman", 0.036),
    ("Haynes", 0.036), ("McDaniel", 0.036), ("Mendez", 0.036), ("Bush", 0.036), ("Vaughn", 0.036),
    ("Parks", 0.035), ("Dawson", 0.035), ("Santiago", 0.035), ("Norris", 0.035), ("Hardy", 0.035),
    ("Love", 0.035), ("Steele", 0.035), ("Curry", 0.035), ("Powers", 0.035), ("Schultz", 0.035),
    ("Barker", 0.035), ("Guzman", 0.034), ("Page", 0.034), ("Munoz", 0.034), ("Ball", 0.034),
    ("Keller", 0.034), ("Chandler", 0.034), ("Weber", 0.034), ("Leonard", 0.034), ("Walsh", 0.033),
    ("Lyons", 0.033), ("Ramsey", 0.033), ("Wolfe", 0.033), ("Schneider", 0.033), ("Mullins", 0.033),
    ("Benson", 0.033), ("Sharp", 0.033), ("Bowen", 0.033), ("Daniel", 0.033), ("Barber", 0.032),
    ("Cummings", 0.032), ("Hines", 0.032), ("Baldwin", 0.032), ("Griffith", 0.032), ("Valdez",
    0.032), ("Hubbard", 0.032), ("Salazar", 0.032), ("Reeves", 0.032), ("Warner", 0.031),
    ("Stevenson", 0.031), ("Burgess", 0.031), ("Santos", 0.031), ("Tate", 0.031), ("Cross", 0.031),
    ("Garner", 0.031), ("Mann", 0.031), ("Mack", 0.031), ("Moss", 0.031), ("Thornton", 0.031),
    ("Dennis", 0.031), ("McGee", 0.031), ("Farmer", 0.03), ("Delgado", 0.03), ("Aguilar", 0.03),
    ("Vega", 0.03), ("Glover", 0.03), ("Manning", 0.03), ("Cohen", 0.03), ("Harmon", 0.03),
    ("Rodgers", 0.03), ("Robbins", 0.03), ("Newton", 0.03), ("Todd", 0.03), ("Blair", 0.03),
    ("Higgins", 0.03), ("Ingram", 0.03), ("Reese", 0.03), ("Cannon", 0.03), ("Strickland", 0.03),
    ("Townsend", 0.03), ("Potter", 0.03), ("Goodwin", 0.03), ("Walton", 0.03), ("Rowe", 0.029),
    ("Hampton", 0.029), ("Ortega", 0.029), ("Patton", 0.029), ("Swanson", 0.029), ("Joseph", 0.029),
    ("Francis", 0.029), ("Goodman", 0.029), ("Maldonado", 0.029), ("Yates", 0.029), ("Becker",
    0.029), ("Erickson", 0.029), ("Hodges", 0.029), ("Rios", 0.029), ("Conner", 0.029), ("Adkins",
    0.029), ("Webster", 0.028), ("Norman", 0.028), ("Malone", 0.028), ("Hammond", 0.028),
    ("Flowers", 0.028), ("Cobb", 0.028), ("Moody", 0.028), ("Quinn", 0.028), ("Blake", 0.028),
    ("Maxwell", 0.028), ("Pope", 0.028), ("Floyd", 0.027), ("Osborne", 0.027), ("Paul", 0.027),
    ("McCarthy", 0.027), ("Guerrero", 0.027), ("Lindsey", 0.027), ("Estrada", 0.027), ("Sandoval",
    0.027), ("Gibbs", 0.027), ("Tyler", 0.027), ("Gross", 0.027), ("Fitzgerald", 0.027), ("Stokes",
    0.027), ("Doyle", 0.027), ("Sherman", 0.027), ("Saunders", 0.027), ("Wise", 0.027), ("Colon",
    0.027), ("Gill", 0.027), ("Alvarado", 0.027), ("Greer", 0.026), ("Padilla", 0.026), ("Simon",
    0.026), ("Waters", 0.026), ("Nunez", 0.026), ("Ballard", 0.026), ("Schwartz", 0.026),
    ("McBride", 0.026), ("Houston", 0.026), ("Christensen", 0.026), ("Klein", 0.026), ("Pratt",
    0.026), ("Briggs", 0.026), ("Parsons", 0.026), ("McLaughlin", 0.026), ("Zimmerman", 0.026),
    ("French", 0.026), ("Buchanan", 0.026), ("Moran", 0.026), ("Copeland", 0.025), ("Roy", 0.025),
    ("Pittman", 0.025), ("Brady", 0.025), ("McCormick", 0.025), ("Holloway", 0.025), ("Brock",
    0.025), ("Poole", 0.025), ("Frank", 0.025), ("Logan", 0.025), ("Owen", 0.025), ("Bass", 0.025),
    ("Marsh", 0.025), ("Drake", 0.025), ("Wong", 0.025), ("Jefferson", 0.025),
)  # fmt: skip


# The UK (the ONS rankings as the writer knows them, adults' and children's names together; 1/rank).
UK_F = (
    "Margaret", "Susan", "Sarah", "Elizabeth", "Patricia", "Julie", "Karen", "Helen", "Claire", "Emma",
    "Nicola", "Lisa", "Jennifer", "Michelle", "Catherine", "Jacqueline", "Christine", "Linda", "Deborah", "Joanne",
    "Amanda", "Rachel", "Laura", "Louise", "Rebecca", "Gemma", "Jessica", "Samantha", "Anne", "Mary",
    "Janet", "Pauline", "Angela", "Caroline", "Victoria", "Hannah", "Lucy", "Charlotte", "Sophie", "Amy",
    "Kelly", "Emily", "Jane", "Alison", "Tracey", "Joan", "Jean", "Barbara", "Sandra", "Gillian",
    "Dorothy", "Kathleen", "Lorraine", "Wendy", "Sharon", "Carol", "Lesley", "Diane", "Dawn", "Fiona",
    "Kirsty", "Stephanie", "Natalie", "Danielle", "Chloe", "Olivia", "Amelia", "Grace", "Lauren", "Katie",
    "Jade", "Zoe", "Megan", "Kate", "Alice", "Ellie", "Georgia", "Holly", "Jodie", "Shannon",
    "Abigail", "Lily", "Ruth", "Eleanor", "Kimberley", "Maria", "Lynn", "Sheila", "Brenda", "Valerie",
    "Irene", "Shirley", "Doreen", "Eileen", "Maureen", "Hazel", "Beverley", "Debra", "Teresa", "Tina",
    "Heather", "Yvonne", "Andrea", "Sally", "Joanna", "Leanne", "Hayley", "Donna", "Kerry", "Jill",
    "Anna", "Isabel", "Ella", "Freya", "Evie", "Poppy", "Isla", "Ava", "Mia", "Jasmine",
    "Millie", "Phoebe", "Rosie", "Erin", "Eve",
    # tail
    "Imogen", "Molly", "Naomi", "Bethany", "Leah", "Kayleigh", "Siobhan", "Bronwen", "Rhian", "Sian",
    "Catrin", "Morag", "Mhairi", "Ailsa", "Ffion", "Aoife", "Niamh", "Roisin", "Gwen", "Elaine",
    "Marion", "Rita", "Sylvia", "Muriel", "Edna", "Gladys", "Vera", "Hilda", "Ethel", "Winifred",
    "Audrey", "Josephine", "Frances", "Judith", "Rosemary", "Lindsey", "Kim", "Tanya", "Stacey", "Charlene",
    "Carly", "Sonia", "Marie", "Paula", "Julia", "Janice", "Anita", "Gail", "Marilyn", "Rosalind",
    "Harriet", "Florence", "Matilda", "Scarlett", "Aisha", "Fatima", "Zara", "Amira", "Priya", "Layla",
    "Keira", "Caitlin", "Ciara", "Eilidh", "Iona", "Kirsten", "Nia", "Seren", "Carys", "Lowri",
    "Hollie", "Courtney", "Paige", "Toni", "Tamsin", "Philippa", "Penelope", "Annabel", "Arabella", "Clementine",
    "Beatrice", "Martha", "Edith", "Elsie", "Mabel", "Nancy", "Pamela", "Denise", "Norma", "Glenys",
    "June", "Jeanette", "Theresa", "Bernadette", "Geraldine", "Deirdre", "Una", "Orla", "Maeve", "Saoirse",
    "Sadie", "Daisy", "Esme", "Willow", "Aurora",
)  # fmt: skip
UK_M = (
    "David", "John", "Michael", "Paul", "Andrew", "Peter", "James", "Robert", "Mark", "Richard",
    "Stephen", "Christopher", "Ian", "Thomas", "Daniel", "William", "Anthony", "Matthew", "Gary", "Simon",
    "Steven", "Kevin", "Alan", "Martin", "Jonathan", "Graham", "Neil", "Philip", "Adam", "Lee",
    "Darren", "Jason", "Craig", "Stuart", "Colin", "Brian", "Keith", "Barry", "Trevor", "Kenneth",
    "Derek", "Raymond", "George", "Joseph", "Benjamin", "Samuel", "Jack", "Harry", "Oliver", "Luke",
    "Ryan", "Jamie", "Liam", "Scott", "Nathan", "Callum", "Joshua", "Aaron", "Dean", "Carl",
    "Wayne", "Shaun", "Russell", "Gareth", "Nigel", "Malcolm", "Roger", "Geoffrey", "Terence", "Dennis",
    "Edward", "Charles", "Frank", "Arthur", "Harold", "Ronald", "Gordon", "Douglas", "Roy", "Leslie",
    "Norman", "Stanley", "Alexander", "Nicholas", "Timothy", "Patrick", "Sean", "Kieran", "Connor", "Jordan",
    "Lewis", "Alfie", "Charlie", "Noah", "Leo", "Oscar", "Archie", "Jacob", "Ethan", "Dylan",
    "Tyler", "Mohammed", "Muhammad", "Rhys", "Owen", "Dafydd", "Gethin", "Huw", "Angus", "Hamish",
    "Fraser", "Ewan", "Ross", "Declan", "Ciaran", "Eoin", "Kyle", "Jake", "Matt", "Tony",
    "Jeffrey", "Clive", "Howard", "Duncan", "Alistair", "Robin", "Adrian", "Julian", "Toby", "Henry",
    # tail
    "Hugh", "Rupert", "Giles", "Crispin", "Jeremy", "Rodney", "Clifford", "Cyril", "Wilfred", "Albert",
    "Ernest", "Sidney", "Bernard", "Percy", "Reginald", "Walter", "Herbert", "Gerald", "Vincent", "Francis",
    "Desmond", "Dermot", "Brendan", "Cormac", "Padraig", "Niall", "Fergus", "Rory", "Calum", "Murdo",
    "Alasdair", "Iain", "Gregor", "Lachlan", "Struan", "Emrys", "Ieuan", "Gwilym", "Rhodri", "Aled",
    "Ifan", "Tomos", "Elis", "Bryn", "Dai", "Glyn", "Idris", "Morgan", "Lloyd", "Spencer",
    "Marcus", "Dominic", "Sebastian", "Tristan", "Max", "Felix", "Finley", "Reuben", "Theo", "Arlo",
    "Freddie", "Teddy", "Louie", "Ronnie", "Tommy", "Frankie", "Nathaniel", "Elliot", "Bradley", "Jay",
    "Ashley", "Ashok", "Kai", "Zak", "Imran", "Bilal", "Hamza", "Yusuf", "Ibrahim", "Omar",
    "Tariq", "Asif", "Sanjay", "Rajesh", "Harpreet", "Gurpreet", "Kwame", "Kofi", "Tunde", "Emeka",
    "Wesley", "Darrell", "Leroy", "Clinton", "Delroy", "Errol", "Winston", "Neville", "Lionel", "Cedric",
    "Mervyn", "Vernon", "Horace", "Stewart", "Royston", "Barrie", "Lenny", "Mick", "Terry", "Kenny",
    "Jimmy", "Billy", "Danny", "Joe", "Sam",
)  # fmt: skip
UK_S = (
    "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson",
    "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall",
    "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill",
    "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen",
    "James", "Scott", "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths",
    "Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy",
    "Miller", "Cox", "Richards", "Khan", "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Singh",
    "Begum", "Wilkinson", "Foster", "Chapman", "Powell", "Webb", "Rogers", "Gray", "Mason", "Ali",
    "Hunt", "Hussain", "Campbell", "Matthews", "Owen", "Palmer", "Holmes", "Mills", "Barnes", "Knight",
    "Lloyd", "Butler", "Russell", "Barker", "Fisher", "Stevens", "Jenkins", "Murray", "Dixon", "Harvey",
    "Graham", "Pearson", "Ahmed", "Fletcher", "Walsh", "Kaur", "Gibson", "Howard", "Andrews", "Stewart",
    "Elliott", "Reynolds", "Saunders", "Payne", "Fox", "Ford", "Pearce", "Day", "Brooks", "West",
    "Lawrence", "Cole", "Atkinson", "Bradley", "Spencer", "Gill", "Dawson", "Ball", "Burton", "O'Brien",
    "Watts", "Rose", "Booth", "Perry", "Ryan", "Grant", "Wells", "Armstrong", "Francis", "Rees",
    "Hayes", "Hart", "Hudson", "Newman", "Barrett", "Webster", "Hunter", "Gregory", "Carr", "Lowe",
    # tail
    "Page", "Marsh", "Riley", "Dunn", "Woods", "Parsons", "Berry", "Stone", "Reid", "Holland",
    "Hawkins", "Harding", "Porter", "Robertson", "Newton", "Oliver", "Reed", "Kennedy", "Williamson", "Bird",
    "Gardner", "Shah", "Dean", "Lane", "Cooke", "Bates", "Henderson", "Parry", "Burgess", "Bishop",
    "Walton", "Burns", "Nicholson", "Shepherd", "Ross", "Cross", "Long", "Freeman", "Warren", "Nicholls",
    "Hamilton", "Byrne", "Sutton", "McDonald", "Yates", "Hodgson", "Robson", "Curtis", "Hopkins", "O'Connor",
    "Harper", "Coleman", "Watkins", "Moss", "McCarthy", "Chambers", "O'Neill", "Griffin", "Sharp", "Hardy",
    "Wheeler", "Potter", "Osborne", "Johnston", "Gordon", "Doyle", "Wallace", "George", "Jordan", "Hutchinson",
    "Rowe", "Burke", "May", "Pritchard", "Gilbert", "Willis", "Higgins", "Read", "Miles", "Stevenson",
    "Stephenson", "Hammond", "Arnold", "Buckley", "Walters", "Hewitt", "Barber", "Nelson", "Slater", "Austin",
    "Sullivan", "Whitehead", "Mann", "Frost", "Lambert", "Stephens", "Blake", "Akhtar", "Lynch", "Goodwin",
    "Barton", "Woodward", "Thomson", "Cunningham", "Quinn", "Barnett", "Baxter", "Bibi", "Clayton", "Nash",
    "Greenwood", "Jennings", "Holt", "Kemp", "Poole", "Gallagher", "Bond", "Stokes", "Tucker", "Davidson",
    "Fowler", "Heath", "Norman", "Middleton", "Lawson", "Banks", "French", "Stanley", "Jarvis", "Gibbs",
    "Ferguson", "Hayward", "Carroll", "Douglas", "Dickinson", "Todd", "Barlow", "Peters", "Lucas", "Knowles",
    "Hartley", "Miah", "Simmons", "Morton", "Alexander", "Field", "Morrison", "Norris", "Townsend", "Preston",
    "Hancock", "Thornton", "Baldwin", "Burrows", "Briggs", "Storey", "Pollard", "Paterson", "Hilton", "Pugh",
    "Llewellyn", "Prosser", "Vaughan", "Bevan", "Howells", "Morgan-Jones", "MacLeod", "MacKenzie", "Fraser", "Sinclair",
    "Cameron", "McLean", "McGregor", "Kerr", "Crawford", "Docherty", "McCann", "Devlin", "Maguire", "Flanagan",
    "Whittaker", "Ramsbottom", "Sidebottom", "Ackroyd", "Haigh", "Sutcliffe", "Greenhalgh", "Entwistle", "Heaton", "Pickles",
    "Chowdhury", "Rahman", "Uddin", "Islam", "Iqbal", "Mahmood", "Sandhu", "Dhillon", "Okafor", "Mensah",
)  # fmt: skip

# The origins common in Sweden: their commonest given names and surnames (1/rank, head 10).
FINNISH = (
    ("Maria", "Helena", "Johanna", "Anneli", "Kaarina", "Marjatta", "Anna", "Liisa", "Annikki", "Hannele", "Tuula", "Päivi", "Pirjo", "Sari", "Kirsi", "Leena", "Riitta", "Aino", "Eila", "Sirpa", "Tiina", "Minna", "Satu", "Eeva", "Marja", "Tarja", "Sanna", "Outi"),
    ("Juhani", "Johannes", "Olavi", "Antero", "Tapani", "Kalevi", "Mikael", "Matti", "Kari", "Timo", "Pekka", "Jari", "Mikko", "Juha", "Antti", "Jukka", "Markku", "Heikki", "Hannu", "Seppo", "Ville", "Janne", "Petri", "Sami", "Tuomas", "Esa", "Risto", "Veikko"),
    ("Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen", "Väisänen", "Kärkkäinen"),
)  # fmt: skip
ARABIC = (  # Iraq, Syria, Lebanon, Palestine, with Assyrian/Syriac names
    ("Fatima", "Maryam", "Zainab", "Noor", "Sara", "Aisha", "Amira", "Layla", "Rania", "Hana", "Yasmin", "Huda", "Nour", "Dalia", "Rasha", "Lina", "Reem", "Salma", "Shaima", "Zahra", "Shamiram", "Nahrin", "Marta", "Ninwe", "Rita", "Mariam", "Jacqueline", "Samira", "Souad", "Ghada"),
    ("Mohammed", "Ahmed", "Ali", "Omar", "Hassan", "Mustafa", "Hussein", "Ibrahim", "Youssef", "Khaled", "Abdullah", "Mahmoud", "Karim", "Samir", "Tariq", "Bassam", "Ammar", "Ziad", "Firas", "Haidar", "Sargon", "Ninos", "Gabriel", "Afram", "Ashur", "Yacoub", "Aziz", "Elias", "Muhammad", "Mohamad"),
    ("Ali", "Mohammed", "Ahmed", "Hassan", "Hussein", "Ibrahim", "Abdullah", "Khalil", "Saleh", "Mahmoud", "Jaber", "Shamoun", "Barsoum", "Gabriel", "Saliba", "Yakoub", "Khoshaba", "Benyamin", "Yousef", "Issa", "Elias", "Malki", "Hanna", "Aho", "Lahdo", "Gorgis", "Haddad", "Nasser", "Darwish", "Said", "Al-Jabouri", "Al-Obaidi", "Al-Saadi", "Abdulrahman"),
)  # fmt: skip
SOMALI = (
    ("Hodan", "Fadumo", "Amina", "Hawa", "Sahra", "Nimco", "Asha", "Ayaan", "Idil", "Deeqa", "Ikram", "Sagal", "Hibo", "Ifrah", "Muna", "Nasra", "Khadra", "Filsan", "Ubah", "Warsan", "Faduma", "Hamdi"),
    ("Abdi", "Mohamed", "Ahmed", "Abdirahman", "Abdullahi", "Hassan", "Omar", "Ismail", "Yusuf", "Mahad", "Liban", "Abdiaziz", "Farah", "Said", "Hamza", "Guled", "Bashir", "Mustafe", "Khalid", "Abdikarim", "Abdiqani", "Mohamud"),
    ("Mohamed", "Ahmed", "Abdi", "Ali", "Hassan", "Omar", "Farah", "Hussein", "Warsame", "Jama", "Nur", "Osman", "Yusuf", "Ibrahim", "Adan", "Abdullahi", "Ismail", "Mohamud", "Aden", "Elmi", "Gedi", "Dahir", "Hirsi", "Egal", "Shire", "Duale"),
)  # fmt: skip
POLISH = (  # masculine surnames; feminine() gives -ska, -cka, -dzka
    ("Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna", "Elżbieta", "Magdalena", "Joanna", "Zofia", "Monika", "Aleksandra", "Dorota", "Teresa", "Beata", "Justyna", "Karolina", "Natalia", "Paulina", "Jolanta", "Marta", "Wiktoria", "Iwona", "Grażyna"),
    ("Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Jan", "Michał", "Marcin", "Stanisław", "Jakub", "Adam", "Marek", "Łukasz", "Grzegorz", "Mateusz", "Wojciech", "Mariusz", "Dariusz", "Zbigniew", "Jerzy", "Rafał", "Kamil", "Robert", "Józef", "Szymon", "Sławomir"),
    ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Wojciechowski", "Kwiatkowski", "Krawczyk", "Kaczmarek", "Piotrowski", "Grabowski", "Zając", "Pawłowski", "Michalski", "Król", "Wieczorek", "Jabłoński", "Wróbel", "Nowicki", "Zawadzki", "Sokołowski", "Czarnecki", "Wysocki"),
)  # fmt: skip
PERSIAN = (
    ("Maryam", "Fatemeh", "Zahra", "Sara", "Leila", "Shirin", "Nasrin", "Parisa", "Mina", "Roya", "Azadeh", "Neda", "Shadi", "Samira", "Mahsa", "Niloufar", "Golnaz", "Parvin", "Farideh", "Mitra", "Bahareh", "Yasaman"),
    ("Mohammad", "Ali", "Reza", "Hossein", "Mehdi", "Amir", "Hamid", "Saeed", "Hassan", "Majid", "Behnam", "Babak", "Farhad", "Kourosh", "Dariush", "Arash", "Omid", "Peyman", "Navid", "Kaveh", "Siavash", "Bijan"),
    ("Mohammadi", "Hosseini", "Ahmadi", "Rezaei", "Moradi", "Karimi", "Jafari", "Rahimi", "Hashemi", "Mousavi", "Sadeghi", "Rostami", "Ebrahimi", "Ghorbani", "Kazemi", "Tehrani", "Amini", "Najafi", "Salehi", "Bagheri", "Shirazi", "Esfahani", "Abbasi", "Akbari", "Farahani", "Zand"),
)  # fmt: skip
BCS = (  # Bosnian, Serbian, Croatian
    ("Amela", "Emina", "Lejla", "Selma", "Ana", "Marija", "Jelena", "Ivana", "Dragana", "Mirela", "Sanja", "Maja", "Aida", "Azra", "Snežana", "Vesna", "Milica", "Jasmina", "Nermina", "Alma", "Nina", "Tijana", "Senada", "Mersiha", "Elma"),
    ("Emir", "Adnan", "Amir", "Haris", "Nikola", "Marko", "Stefan", "Luka", "Ivan", "Dragan", "Zoran", "Goran", "Dejan", "Mirza", "Edin", "Nenad", "Milan", "Tarik", "Senad", "Alen", "Damir", "Jasmin", "Elvir", "Darko", "Aleksandar"),
    ("Hodžić", "Hadžić", "Begić", "Delić", "Kovačević", "Mehmedović", "Babić", "Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Horvat", "Kovačić", "Knežević", "Popović", "Šarić", "Salihović", "Omerović", "Hasanović", "Jukić", "Marić", "Tomić", "Pavlović", "Husić", "Mujić", "Karić", "Alić"),
)  # fmt: skip
TURKISH = (
    ("Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Şerife", "Zehra", "Hülya", "Özlem", "Esra", "Gülsüm", "Merve", "Büşra", "Derya", "Sevgi", "Aylin", "Songül", "Melek", "Nurcan", "Gül"),
    ("Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Osman", "Yusuf", "Murat", "Ömer", "Ramazan", "Halil", "Süleyman", "Abdullah", "Mahmut", "Recep", "Emre", "Burak", "Kemal", "Serkan", "Hakan"),
    ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Polat", "Erdoğan", "Korkmaz", "Güneş", "Aksoy"),
)  # fmt: skip
ERITREAN = (  # the father's given name serves as surname
    ("Senait", "Helen", "Rahel", "Saba", "Yordanos", "Selam", "Meron", "Hiwet", "Eden", "Luwam", "Tsega", "Feven", "Mebrat", "Winta", "Abrehet", "Semhar", "Rigat", "Hanna", "Ruth", "Segen"),
    ("Yonas", "Dawit", "Tesfay", "Mehari", "Samuel", "Yohannes", "Michael", "Daniel", "Robel", "Filmon", "Habtom", "Tekle", "Berhane", "Kidane", "Biniam", "Amanuel", "Merhawi", "Efrem", "Henok", "Semere"),
    ("Tesfay", "Tekle", "Berhane", "Kidane", "Haile", "Gebremedhin", "Ghebremariam", "Tesfamariam", "Mehari", "Yohannes", "Habte", "Woldu", "Andemariam", "Asfaha", "Ghebreyesus", "Negash", "Mebrahtu", "Tewelde", "Okbazghi", "Weldemichael"),
)  # fmt: skip
AFGHAN = (
    ("Fatima", "Maryam", "Zainab", "Shabnam", "Mursal", "Nargis", "Parwana", "Freshta", "Mariam", "Zahra", "Laila", "Roya", "Madina", "Khatera", "Sima", "Nilofar", "Hamida", "Wahida", "Shukria", "Marzia"),
    ("Mohammad", "Ahmad", "Ali", "Mustafa", "Hamid", "Abdul", "Sayed", "Jawad", "Farid", "Omid", "Hussain", "Rahim", "Karim", "Wahid", "Nasir", "Rahmatullah", "Zabihullah", "Sohrab", "Massoud", "Bilal"),
    ("Ahmadi", "Mohammadi", "Hussaini", "Rahimi", "Hakimi", "Sultani", "Amiri", "Noori", "Karimi", "Rezai", "Jafari", "Azizi", "Popal", "Safi", "Stanikzai", "Wardak", "Hashimi", "Habibi", "Nazari", "Sadat"),
)  # fmt: skip
THAI = (
    ("Siriporn", "Malee", "Nattaya", "Kanokwan", "Pornthip", "Sukanya", "Wanida", "Suda", "Ratana", "Jintana", "Supaporn", "Duangjai", "Kanya", "Lamai", "Pimchanok", "Arunee", "Chanida", "Rungnapa", "Pranee", "Sunisa"),
    ("Somchai", "Somsak", "Sompong", "Surachai", "Chaiwat", "Prasert", "Anan", "Wichai", "Kittisak", "Nattapong", "Thanawat", "Sakchai", "Manop", "Narong", "Wirat", "Somboon", "Pairoj", "Chatchai", "Apichat", "Weerapong"),
    ("Saetang", "Srisuk", "Wongsawat", "Sukprasert", "Rattanakorn", "Boonmee", "Thongchai", "Kaewmanee", "Sriwong", "Phromma", "Inthanon", "Sombat", "Jaidee", "Srisawat", "Sukjai", "Kongkaew", "Wongsa", "Thongdee", "Chaiyasit", "Saelim"),
)  # fmt: skip
LATIN = (  # Chile and Latin America; two surnames as the people write them
    ("María", "Carolina", "Camila", "Francisca", "Javiera", "Valentina", "Constanza", "Daniela", "Catalina", "Fernanda", "Paula", "Carmen", "Rosa", "Patricia", "Claudia", "Ximena", "Verónica", "Marcela", "Andrea", "Gabriela", "Soledad", "Pilar"),
    ("José", "Juan", "Luis", "Carlos", "Jorge", "Pedro", "Francisco", "Cristián", "Sebastián", "Diego", "Matías", "Felipe", "Rodrigo", "Pablo", "Manuel", "Alejandro", "Gonzalo", "Mauricio", "Patricio", "Héctor", "Víctor", "Andrés"),
    ("González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez", "Sepúlveda", "Morales", "Rodríguez", "López", "Fuentes", "Hernández", "Torres", "Araya", "Flores", "Espinoza", "Valenzuela", "Castillo", "Tapia", "Reyes", "Gutiérrez", "Castro", "Pizarro", "Álvarez", "Vásquez", "Sánchez", "Fernández"),
)  # fmt: skip
KURDISH = (
    ("Rojin", "Berfin", "Dilan", "Zilan", "Avin", "Hêvî", "Nazdar", "Shilan", "Roza", "Jiyan", "Nesrin", "Gulistan", "Viyan", "Leyla", "Narin", "Delal", "Bêrîvan", "Sozdar", "Rojda", "Helin"),
    ("Azad", "Rebwar", "Karwan", "Dilshad", "Aram", "Hiwa", "Shvan", "Kawa", "Baran", "Rêbaz", "Sherzad", "Serhat", "Zana", "Ciwan", "Botan", "Diyar", "Hawar", "Rizgar", "Bahoz", "Hejar"),
    ("Omar", "Rashid", "Aziz", "Mustafa", "Karim", "Salih", "Hama", "Qadir", "Amin", "Faraj", "Othman", "Zebari", "Hawrami", "Baban", "Doski", "Kurdi", "Xelil", "Tahir", "Jalal", "Ismail", "Mahmud", "Sharif"),
)  # fmt: skip
NORDIC = (  # Norway and Denmark
    ("Anne", "Inger", "Kari", "Marit", "Ingrid", "Liv", "Eva", "Berit", "Astrid", "Bjørg", "Hilde", "Anna", "Solveig", "Randi", "Mette", "Hanne", "Kirsten", "Lone", "Susanne", "Camilla", "Sigrid", "Ragnhild", "Tone", "Gro"),
    ("Jan", "Per", "Bjørn", "Ole", "Lars", "Kjell", "Knut", "Arne", "Svein", "Thomas", "Hans", "Geir", "Søren", "Jens", "Niels", "Henrik", "Morten", "Rasmus", "Magnus", "Anders", "Terje", "Trond", "Frode", "Jørgen"),
    ("Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Johannessen", "Andreassen", "Jacobsen", "Dahl", "Jørgensen", "Halvorsen", "Madsen", "Sørensen", "Rasmussen", "Christensen", "Møller", "Bakke"),
)  # fmt: skip
GERMAN = (
    ("Ursula", "Monika", "Petra", "Sabine", "Andrea", "Claudia", "Susanne", "Birgit", "Karin", "Heike", "Stefanie", "Julia", "Anja", "Katrin", "Nicole", "Renate", "Gabriele", "Christine", "Martina", "Lena"),
    ("Peter", "Michael", "Thomas", "Andreas", "Wolfgang", "Klaus", "Jürgen", "Stefan", "Frank", "Uwe", "Bernd", "Matthias", "Markus", "Christian", "Jörg", "Dieter", "Ralf", "Torsten", "Lukas", "Tobias"),
    ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange"),
)  # fmt: skip
UKRAINIAN = (
    ("Olena", "Tetiana", "Nataliia", "Iryna", "Oksana", "Svitlana", "Yuliia", "Kateryna", "Olha", "Mariia", "Anastasiia", "Liudmyla", "Viktoriia", "Halyna", "Nadiia", "Larysa"),
    ("Oleksandr", "Serhii", "Volodymyr", "Andrii", "Mykola", "Oleksii", "Dmytro", "Ivan", "Yurii", "Viktor", "Vasyl", "Ihor", "Maksym", "Taras", "Bohdan", "Roman"),
    ("Melnyk", "Shevchenko", "Boiko", "Kovalenko", "Bondarenko", "Tkachenko", "Kovalchuk", "Kravchenko", "Oliinyk", "Shevchuk", "Koval", "Polishchuk", "Bondar", "Tkachuk", "Moroz", "Marchenko", "Lysenko", "Rudenko", "Savchenko", "Petrenko"),
)  # fmt: skip
INDIAN = (
    ("Priya", "Anjali", "Pooja", "Neha", "Sunita", "Deepa", "Kavita", "Lakshmi", "Divya", "Shreya", "Anita", "Meera", "Aishwarya", "Ritu", "Swati", "Sneha"),
    ("Rahul", "Amit", "Rajesh", "Sanjay", "Vijay", "Suresh", "Arjun", "Vikram", "Anil", "Ravi", "Rohit", "Sandeep", "Karthik", "Pradeep", "Deepak", "Manoj"),
    ("Sharma", "Singh", "Kumar", "Patel", "Gupta", "Reddy", "Iyer", "Nair", "Rao", "Shah", "Mehta", "Joshi", "Das", "Pillai", "Verma", "Menon", "Krishnan", "Chopra", "Agarwal", "Banerjee"),
)  # fmt: skip
CHINESE = (
    ("Fang", "Jing", "Li", "Min", "Yan", "Hui", "Ying", "Xiaoyan", "Mei", "Lina", "Hong", "Juan", "Ling", "Na", "Qing"),
    ("Wei", "Jun", "Lei", "Yong", "Jie", "Tao", "Ming", "Hao", "Qiang", "Bo", "Chao", "Gang", "Peng", "Zhiwei", "Jian"),
    ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo"),
)  # fmt: skip


def _origin(
    lists: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]], head: int = 10
) -> Origin:
    f, m, s = lists
    return Origin(ranked(f, head), ranked(m, head), ranked(s, head))


ORIGINS: dict[str, Origin] = {
    "swedish": Origin(ranked(SV_F, 150), ranked(SV_M, 150), ranked(SV_S, 150)),
    "us": Origin(weighted(US_F, 150), weighted(US_M, 150), weighted(US_S, 150)),
    "uk": Origin(ranked(UK_F, 125), ranked(UK_M, 130), ranked(UK_S, 150)),
    "finnish": _origin(FINNISH),
    "arabic": _origin(ARABIC),
    "somali": _origin(SOMALI),
    "polish": _origin(POLISH),
    "persian": _origin(PERSIAN),
    "bcs": _origin(BCS),
    "turkish": _origin(TURKISH),
    "eritrean": _origin(ERITREAN),
    "afghan": _origin(AFGHAN),
    "thai": _origin(THAI),
    "latin": _origin(LATIN),
    "kurdish": _origin(KURDISH),
    "nordic": _origin(NORDIC),
    "german": _origin(GERMAN),
    "ukrainian": _origin(UKRAINIAN),
    "indian": _origin(INDIAN),
    "chinese": _origin(CHINESE),
}

# Who is named, per language of the text: Sweden's population in Swedish and mixed text (unions
# and parties at home, with Nordic and European colleagues), the UK and the US first in English.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "afghan": 1.5, "turkish": 1.5, "kurdish": 1.5, "nordic": 1.5, "eritrean": 1.2,
        "latin": 1.2, "thai": 1, "ukrainian": 1, "german": 0.8, "indian": 0.8, "chinese": 0.6,
        "uk": 0.6, "us": 0.5,
    },
    "en": {
        "uk": 38, "us": 28, "swedish": 9, "nordic": 3, "german": 3, "indian": 3, "polish": 2.5,
        "latin": 2, "arabic": 1.5, "finnish": 1, "somali": 1, "persian": 1, "turkish": 1,
        "chinese": 1, "ukrainian": 1, "bcs": 0.8, "kurdish": 0.6, "eritrean": 0.5, "afghan": 0.5,
        "thai": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 8, "arabic": 5, "finnish": 3, "polish": 3, "nordic": 3,
        "bcs": 2.5, "persian": 2.5, "german": 1.5, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5,
        "afghan": 1.5, "indian": 1.2, "eritrean": 1, "thai": 1, "latin": 1, "ukrainian": 1,
        "chinese": 0.8,
    },
}  # fmt: skip

# Short forms, as colleagues and members call each other.
_SV_NICK = {
    "Lars": ["Lasse"], "Mikael": ["Micke"], "Joakim": ["Jocke"], "Thomas": ["Tompa"], "Karl": ["Kalle"],
    "Per": ["Pelle"], "Elisabeth": ["Lisa", "Bettan"], "Susanne": ["Sussie"], "Charlotte": ["Lotta"],
    "Kristina": ["Stina", "Kicki"], "Margareta": ["Maggan", "Greta"], "Magnus": ["Mange"], "Jonas": ["Jonte"],
    "Marcus": ["Macke"], "Fredrik": ["Fredde"], "Robert": ["Robban"], "Patrik": ["Patte"], "Christoffer": ["Chrille"],
    "Daniel": ["Danne"], "Niklas": ["Nicke"], "Stefan": ["Steffe"], "Henrik": ["Henke"], "Gustav": ["Gurra", "Gusse"],
    "Mattias": ["Matte"], "Tobias": ["Tobbe"], "Sebastian": ["Sebbe"], "Alexander": ["Alex"], "Viktor": ["Vicke"],
    "Ulf": ["Uffe"], "Rolf": ["Roffe"], "Sven": ["Svenne"], "Bengt": ["Bengan"], "Kent": ["Kenta"],
    "Torbjörn": ["Tobbe"], "Hans": ["Hasse"], "Jan": ["Janne"], "Leif": ["Leffe"], "Birgitta": ["Gittan", "Biggan"],
    "Katarina": ["Kattis"], "Agneta": ["Aggan"], "Gunilla": ["Nilla"], "Ulrika": ["Ullis"], "Josefin": ["Jossan"],
    "Matilda": ["Tilda"], "Camilla": ["Millan"], "Rebecka": ["Becka"], "Viktoria": ["Vickan"], "Madeleine": ["Madde"],
    "Louise": ["Lollo"], "Therese": ["Tessan"], "Gabriella": ["Gabbi"], "Christina": ["Kicki", "Tina"],
    "Emelie": ["Emmy"], "Bo": ["Bosse"], "Lennart": ["Lelle"], "Anders": ["Ante"], "Kjell": ["Kjelle"],
    "Johanna": ["Jojo"], "Cecilia": ["Cissi"], "Kristoffer": ["Krille"], "Roger": ["Rogge"], "Tommy": ["Tompa"],
}  # fmt: skip
_EN_NICK = {
    "William": ["Will", "Bill"], "Robert": ["Rob", "Bob"], "Richard": ["Rich"], "Elizabeth": ["Liz", "Beth"],
    "Margaret": ["Maggie"], "Katherine": ["Kate", "Kathy"], "Catherine": ["Cathy", "Kate"], "Michael": ["Mike", "Mick"],
    "James": ["Jim", "Jamie"], "Thomas": ["Tom"], "Christopher": ["Chris"], "Daniel": ["Dan", "Danny"],
    "Matthew": ["Matt"], "Anthony": ["Tony"], "Joseph": ["Joe"], "Jennifer": ["Jen", "Jenny"],
    "Patricia": ["Pat", "Trish"], "Susan": ["Sue"], "Deborah": ["Debbie"], "Rebecca": ["Becky"],
    "Samantha": ["Sam"], "Victoria": ["Vicky"], "Alexander": ["Alex"], "Andrew": ["Andy"], "David": ["Dave"],
    "Stephen": ["Steve"], "Steven": ["Steve"], "Peter": ["Pete"], "Edward": ["Ed", "Ted"], "Jonathan": ["Jon"],
    "Nicholas": ["Nick"], "Benjamin": ["Ben"], "Charles": ["Charlie"], "Philip": ["Phil"], "Timothy": ["Tim"],
    "Gregory": ["Greg"], "Kenneth": ["Ken"], "Donald": ["Don"], "Ronald": ["Ron"], "Raymond": ["Ray"],
    "Gerald": ["Gerry"], "Jacqueline": ["Jackie"], "Abigail": ["Abbie"], "Eleanor": ["Ellie"], "Joshua": ["Josh"],
    "Samuel": ["Sam"], "Oliver": ["Ollie"], "Barbara": ["Barb"], "Christine": ["Chris"], "Terence": ["Terry"],
    "Frederick": ["Fred"], "Douglas": ["Doug"], "Gillian": ["Gill"], "Pamela": ["Pam"], "Kimberly": ["Kim"],
}  # fmt: skip
NICKNAMES: dict[str, dict[str, list[str]]] = {
    "swedish": _SV_NICK,
    "us": _EN_NICK,
    "uk": _EN_NICK,
    "polish": {
        "Małgorzata": ["Gosia"],
        "Katarzyna": ["Kasia"],
        "Aleksandra": ["Ola"],
        "Piotr": ["Piotrek"],
        "Tomasz": ["Tomek"],
        "Krzysztof": ["Krzysiek"],
        "Wojciech": ["Wojtek"],
        "Agnieszka": ["Aga"],
        "Joanna": ["Asia"],
        "Anna": ["Ania"],
        "Jakub": ["Kuba"],
        "Barbara": ["Basia"],
    },
    "finnish": {
        "Juha": ["Jussi"],
        "Johannes": ["Jussi"],
        "Kaarina": ["Kaisa"],
        "Mikael": ["Mikko"],
    },
    "ukrainian": {
        "Oleksandr": ["Sasha"],
        "Dmytro": ["Dima"],
        "Volodymyr": ["Volodia"],
        "Kateryna": ["Katia"],
    },
    "latin": {
        "Francisco": ["Pancho"],
        "José": ["Pepe"],
        "Patricio": ["Pato"],
        "Alejandro": ["Ale"],
    },
    "german": {
        "Wolfgang": ["Wolf"],
        "Stefanie": ["Steffi"],
        "Gabriele": ["Gabi"],
        "Andreas": ["Andi"],
    },
    "nordic": {"Jørgen": ["Jørn"], "Rasmus": ["Rasse"]},
}
