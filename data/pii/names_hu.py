# ruff: noqa: E501
"""Name pools of held-out HU (issue 15): names weighted by how often people carry them.

Written from the writer's general knowledge of the published name statistics, not checked against
anything in rung: Swedish given names and surnames in the order of SCB's name statistics (weight
1/rank, head the top 150, a tail of rarer names past them), the US Census 1990 lists (copied from
the `names` package's `dist.female.first`, `dist.male.first` and `dist.all.last`, the census per
cent as weight, head 150), UK names in the order of the ONS rankings (1/rank), and the commonest
given names and surnames of origins common in Sweden (1/rank, head 10). `MIXES` says who is named
in each language's text. No name was left out for being known or unknown to any detector.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from a list's head with this share, else from its tail


@dataclass(frozen=True)
class Pool:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int  # the first `head` names are the list's head, the rest its tail


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def ranked(names: tuple[str, ...], head: int) -> Pool:
    """A list in rank order, weight 1/rank."""
    if len(set(names)) != len(names):
        raise ValueError(f"a name twice in a list beginning {names[:3]}")
    return Pool(names, tuple(1 / rank for rank in range(1, len(names) + 1)), min(head, len(names)))


def weighted(pairs: tuple[tuple[str, float], ...], head: int) -> Pool:
    """A list with its own weights (the census per cents), in rank order."""
    names = tuple(name for name, _ in pairs)
    if len(set(names)) != len(names):
        raise ValueError(f"a name twice in a list beginning {names[:3]}")
    return Pool(names, tuple(weight for _, weight in pairs), head)


PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "İ": "I", "ø": "o", "æ": "ae"}
)


def plain(word: str) -> str:
    """A name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`."""
    word = word.translate(PLAIN)
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("zki", "zka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


def masculine(surname: str) -> str:
    """The man's form of a Polish surname, so that a family's name can be given to either."""
    for female, male in (("ska", "ski"), ("cka", "cki"), ("zka", "zki")):
        if surname.endswith(female):
            return surname[: -len(female)] + male
    return surname


SV_WOMEN = (
    "Maria", "Elisabeth", "Anna", "Kristina", "Margareta", "Eva", "Linnéa", "Karin", "Birgitta",
    "Marie", "Ingrid", "Sofia", "Sara", "Emma", "Christina", "Kerstin", "Lena", "Helena",
    "Marianne", "Johanna", "Louise", "Linda", "Ida", "Viktoria", "Hanna", "Inger", "Cecilia",
    "Susanne", "Elin", "Anneli", "Monica", "Jenny", "Ulla", "Amanda", "Katarina", "Malin", "Maja",
    "Ulrika", "Matilda", "Julia", "Gunilla", "Ann", "Ingegerd", "Josefin", "Camilla", "Anita",
    "Elsa", "Frida", "Åsa", "Therese", "Sofie", "Charlotte", "Britt", "Alice", "Barbro", "Siv",
    "Karolina", "Lisa", "Annika", "Caroline", "Emelie", "Agneta", "Ebba", "Jessica", "Gun",
    "Emilia", "Yvonne", "Astrid", "Madeleine", "Wilma", "Gunnel", "Elisabet", "Ingela", "Lina",
    "Jennifer", "Klara", "Carina", "Sandra", "Olivia", "Nathalie", "Erika", "Ellen", "Alva", "Moa",
    "Pia", "Lovisa", "Linn", "Helen", "Rebecka", "Ella", "Agnes", "Ellinor", "Magdalena", "Mona",
    "Isabelle", "Victoria", "Anette", "Gunhild", "Viola", "Irene", "Annelie", "Catarina", "Elena",
    "Felicia", "Tove", "Ann-Christin", "Inga", "Britta", "Marita", "Lillemor", "Vera", "Stina",
    "Ester", "Elvira", "Jeanette", "Sanna", "Petra", "Charlotta", "Mia", "Nora", "Ronja", "Tilda",
    "Saga", "Lilly", "Vanessa", "Fatima", "Emilie", "Majken", "Signe", "Ann-Marie", "Mikaela",
    "Pernilla", "Ylva", "Freja", "Alma", "Tyra", "Ingeborg", "Solveig", "Berit", "Märta", "Greta",
    "Sigrid", "Hedvig", "Selma", "Linnea", "Evelina", "Gabriella", "Therése", "Jonna", "Kajsa",
    # tail: past the top 150
    "Rut", "Beatrice", "Fanny", "Molly", "Cornelia", "Hedda", "Elvy", "Svea", "Hilda", "Edith",
    "Margit", "Dagmar", "Gerd", "Laila", "Majvor", "Gudrun", "Aina", "Elsie", "Doris", "Iris",
    "Tuva", "Minna", "Idun", "Isa", "Stella", "Ines", "Lykke", "Juni", "Liv", "Meja", "Thea",
    "Ellie", "Elise", "Mira", "Tindra", "Nellie", "Vilma", "Elina", "Emmy", "My", "Tova", "Malva",
    "Elly", "Lova", "Vendela", "Lea", "Rakel", "Paula", "Madelene", "Mathilda", "Cajsa", "Hillevi",
    "Kristin", "Marlene", "Jenni", "Annette", "Natalie", "Ingalill", "Birgit", "Britt-Marie",
    "Ann-Sofie", "Anna-Karin", "Eva-Lena", "Marie-Louise", "Anna-Lena", "Maj-Britt", "Gull-Britt",
    "Ulla-Britt", "Göta", "Elna", "Alfhild", "Estrid", "Asta", "Hjördis", "Ottilia", "Sonja",
    "Rigmor", "Ragnhild", "Ingegärd", "Hervor", "Helmi", "Edla", "Inez", "Bodil", "Lisbeth",
    "Lisbet", "Ewa", "Eva-Marie", "Irma", "Ann-Louise", "Anna-Maria", "Susann", "Gunvor", "Görel",
    "Mariana", "Jill", "Carin", "Catharina", "Kristine", "Benedikte", "Cathrine", "Sussanne",
    "Helene", "Elenor", "Eleonor", "Eleonora", "Henrietta", "Amalia", "Alicia", "Lilian", "Matilde",
    "Jasmine", "Jasmin", "Isabella", "Isabell", "Filippa", "Emelia", "Evy", "Maud", "Lola", "Ada",
    "Juno", "Livia", "Clara", "Leah", "Lia", "Signhild", "Ingalena", "Ingmarie", "Pirjo", "Riitta",
    "Sirpa", "Marja", "Tuula", "Zeynep", "Amina", "Maryam", "Zahra", "Noor", "Hiba", "Aisha",
    "Leila", "Yasmin", "Sabina", "Aida", "Amra", "Nadia", "Natalia", "Daniela", "Monika", "Teresia",
    "Annie", "Hannah", "Elinor", "Joline", "Josefine", "Josephine", "Johanne", "Malou", "Melinda",
    "Michaela", "Mathilde", "Mollie", "Nova", "Novalie", "Ofelia", "Penny", "Rosa", "Rosie",
    "Sally", "Siri", "Smilla", "Stephanie", "Tiffany", "Tess", "Tina", "Tora", "Ulla-Karin",
    "Ursula", "Valborg", "Vivan", "Viveka", "Vivianne", "Wendela", "Yrsa", "Åse", "Ingbritt",
    "Kristel", "Lotten", "Majlis", "Margaretha", "Margret", "Mariann", "Marit", "Märit", "Nanna",
    "Oda", "Pauline", "Petronella", "Ronia", "Runa", "Sölvi", "Torun", "Unni", "Vega", "Vilda",
    "Vilja", "Ängla", "Agda", "Berta", "Dagny", "Frideborg", "Gullan", "Gunborg", "Hulda", "Judit",
    "Karla", "Lovis", "Märtha", "Nelly", "Randi", "Sylvia", "Tekla", "Vivi", "Yvette",
)  # fmt: skip
SV_MEN = (
    "Lars", "Karl", "Mikael", "Anders", "Johan", "Per", "Erik", "Olof", "Nils", "Lennart", "Jan",
    "Hans", "Peter", "Gustav", "Sven", "Fredrik", "Bengt", "Bo", "Daniel", "Alexander", "Åke",
    "Göran", "Magnus", "Stefan", "Andreas", "Leif", "Mats", "Thomas", "Axel", "Ulf", "Oskar",
    "Björn", "Martin", "Jonas", "Henrik", "Kjell", "Bertil", "Arne", "Christer", "Stig", "Emil",
    "Roland", "Tommy", "Rolf", "Anton", "Patrik", "David", "Mattias", "Johannes", "Niklas",
    "Sebastian", "Ingemar", "Filip", "Viktor", "Kent", "Marcus", "Simon", "Robert", "Claes",
    "Roger", "Christian", "William", "Gunnar", "Lucas", "Kurt", "Rune", "Hugo", "Håkan", "Jakob",
    "Joakim", "Tobias", "Elias", "Jonathan", "Liam", "Oliver", "Adam", "Isak", "Rasmus", "Gösta",
    "Ludvig", "Jesper", "Linus", "Robin", "Christoffer", "Dan", "Jörgen", "Torbjörn", "Ove",
    "Allan", "Kenneth", "Jacob", "Jimmy", "Ingvar", "Tomas", "Hampus", "Sten", "Elis", "Albin",
    "Kevin", "Erling", "Theo", "Arvid", "Noah", "Edvin", "Vincent", "Leo", "Melvin", "Gabriel",
    "Samuel", "Felix", "Benjamin", "Dennis", "Henry", "Harald", "Sune", "Conny", "Lage", "Walter",
    "Valter", "Einar", "Harry", "Yngve", "Torsten", "Holger", "Birger", "Evert", "Ragnar", "Tage",
    "Folke", "Ivar", "Mohammed", "Ali", "Ahmed", "Pontus", "Carl", "Emanuel", "Wilhelm", "Olle",
    "Krister", "Göte", "Alf", "Leon", "Charlie", "Vilgot", "Malte", "Elliot", "Sigvard", "Algot",
    "Helmer", "Sixten",
    # tail: past the top 150
    "Assar", "Ture", "Osvald", "Verner", "Gideon", "Melker", "Alvar", "Elof", "Loke", "Matteo",
    "Noel", "Nils-Erik", "Karl-Johan", "Per-Olof", "Lars-Erik", "Jan-Erik", "Bengt-Göran",
    "Sven-Erik", "Carl-Johan", "Lars-Göran", "Per-Anders", "Jan-Olof", "Karl-Erik", "Lars-Olof",
    "Bo-Göran", "Hans-Erik", "Sven-Olof", "Nils-Olof", "Jan-Åke", "Per-Erik", "Aron", "Ebbe",
    "Edward", "Eddie", "Elvin", "Emir", "Gustaf", "Hilding", "Hjalmar", "Ingvald", "Isidor", "Jack",
    "Jarl", "Joel", "John", "Jon", "Josef", "Julius", "Kasper", "Kristian", "Kristoffer", "Lukas",
    "Love", "Lowe", "Mathias", "Matias", "Maximilian", "Max", "Milo", "Neo", "Nicklas", "Nicolas",
    "Niclas", "Nikolai", "Olov", "Orvar", "Otto", "Paul", "Petter", "Philip", "Rickard", "Rikard",
    "Ruben", "Rudolf", "Sam", "Samir", "Sigurd", "Staffan", "Ted", "Teodor", "Tim", "Tor", "Uno",
    "Urban", "Viggo", "Vidar", "Yusuf", "Åsmund", "Östen", "Örjan", "Anund", "Arnold", "Arvo",
    "Bernt", "Birk", "Botvid", "Dag", "Egon", "Enar", "Eskil", "Fritz", "Georg", "Gerhard",
    "Gottfrid", "Gunder", "Halvar", "Helge", "Herbert", "Ingmar", "Ingolf", "Isac", "Jens", "Jöns",
    "Kalle", "Knut", "Konrad", "Levi", "Lorentz", "Magne", "Manfred", "Mauritz", "Mårten", "Nore",
    "Oscar", "Ossian", "Palle", "Reinhold", "Roine", "Sture", "Svante", "Thorvald", "Tore",
    "Torgny", "Torvald", "Valdemar", "Vilhelm", "Abdullahi", "Ahmad", "Hassan", "Hussein", "Omar",
    "Ibrahim", "Mustafa", "Mehmet", "Jusuf", "Amir", "Reza", "Mika", "Jukka", "Juha", "Pekka",
    "Matti", "Timo", "Kari", "Heikki", "Esa", "Marek", "Piotr", "Tomasz", "Ivan", "Dragan", "Goran",
    "Zoran", "Alfred", "Albert", "Artur", "Bill", "Bruno", "Casper", "Colin", "Dante", "Douglas",
    "Edgar", "Eliot", "Erland", "Frank", "Fritiof", "Gunne", "Harri", "Hannes", "Ingemund", "Ivo",
    "Jerker", "Joar", "Klas", "Kolbjörn", "Lennox", "Loui", "Marius", "Morgan", "Nathan", "Niels",
    "Ola", "Ronny", "Roy", "Sander", "Sigge", "Stellan", "Tryggve", "Wiktor", "Ville", "Zakarias",
    "Bror", "Gert", "Gillis", "Hemming", "Inge", "Jöran", "Kennet", "Mons", "Ragnvald", "Seth",
    "Severin", "Sölve", "Tommie", "Torleif", "Vide", "Viking", "Wilmer", "Åsbjörn",
)  # fmt: skip
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
    "Lindholm", "Norberg", "Holmqvist", "Mohamed", "Sundqvist", "Jonasson", "Ekman", "Nordlund",
    "Strand", "Hussein", "Johnsson", "Lindblom", "Sundström", "Lindahl", "Berntsson", "Omar",
    "Lindell", "Åström", "Hedberg", "Lindén", "Söderström", "Nyman", "Karlberg", "Jakobsen",
    "Malmberg", "Forsman", "Engman", "Hägglund", "Sjöstrand", "Ibrahim", "Borg", "Wallén", "Nord",
    "Backman", "Lindkvist", "Lundholm", "Edlund", "Nielsen", "Ekberg", "Hammar", "Wahlström",
    "Sundin", "Forslund", "Palm", "Ekholm", "Lundell", "Jeppsson", "Lönnqvist", "Westerberg",
    "Boström", "Göransson", "Thorén", "Rydberg",
    # tail: past the top 150
    "Sjöholm", "Östlund", "Hallberg", "Ahlberg", "Bäckström", "Hagström", "Granberg", "Söderlund",
    "Grahn", "Nordqvist", "Lilja", "Strid", "Sörensen", "Sundén", "Wennberg", "Wiberg", "Åkerlund",
    "Ahlström", "Enqvist", "Ljung", "Stenberg", "Friberg", "Hallström", "Isberg", "Dahlgren",
    "Lindh", "Bergh", "Björkman", "Bäck", "Carlsson", "Carlberg", "Dahlin", "Ekdahl", "Eklöf",
    "Elofsson", "Englund", "Ericsson", "Erlandsson", "Fagerström", "Fors", "Frisk", "Frid", "Funk",
    "Granström", "Gustavsson", "Hjalmarsson", "Holmström", "Hultgren", "Höglund", "Jacobsson",
    "Kjellberg", "Kvist", "Lagerqvist", "Landin", "Lidén", "Ljungberg", "Ljungqvist", "Lundmark",
    "Lövgren", "Melin", "Moberg", "Mörk", "Nylander", "Nyqvist", "Olausson", "Palmqvist", "Pihl",
    "Rosén", "Rosengren", "Rydén", "Sandin", "Schön", "Sellin", "Sjödin", "Skog", "Stenström",
    "Storm", "Svärd", "Sylvén", "Säll", "Tell", "Torstensson", "Unger", "Vik", "Wennström",
    "Westin", "Wikman", "Wågberg", "Zetterberg", "Åhman", "Öhman", "Österberg", "Östman",
    "Almqvist", "Alm", "Andersén", "Aronsson", "Asplund", "Berlin", "Blixt", "Boman", "Broberg",
    "Brodin", "Byström", "Carlström", "Cederberg", "Dalin", "Ekelund", "Engberg", "Fagerlund",
    "Fahlén", "Flodin", "Forsgren", "Gran", "Gullberg", "Hagberg", "Hammarström", "Hedin", "Hedman",
    "Hellberg", "Hellgren", "Hjelm", "Hyltén", "Ingvarsson", "Jernberg", "Kronberg", "Larsén",
    "Lindbom", "Lindfors", "Lindroth", "Ljunggren", "Lööf", "Magnell", "Malm", "Modig", "Nordén",
    "Nordgren", "Norling", "Nyholm", "Näslund", "Ohlsson", "Orre", "Pehrsson", "Rask", "Roos",
    "Rudberg", "Salomonsson", "Selander", "Sjölund", "Skoglund", "Stark", "Sundell", "Svahn",
    "Svedberg", "Söder", "Thunberg", "Tidström", "Tornberg", "Vesterlund", "Wahlberg", "Westman",
    "Widén", "Winberg", "Åsberg", "Öhrn", "Östling", "Kaya", "Yilmaz", "Nguyen", "Korhonen",
    "Virtanen", "Nowak", "Kowalski", "Hosseini", "Mohammadi", "Jovanović", "Hodžić", "Abdi",
    "Warsame", "Tesfay", "Shamoun", "Barsoum", "von Platen", "af Klercker", "De Geer", "von Sydow",
    "af Ugglas", "von Essen", "Lewenhaupt", "Gyllenstierna", "Wachtmeister", "Bonde", "Oxenstierna",
    "Posse", "Silfverschiöld", "Stjernswärd", "Uggla", "Sparre", "Fleetwood", "Hamilton", "Douglas",
    "Cederschiöld", "Adlercreutz", "Tamm", "Ehrenborg", "Nordenskiöld", "Ahlgren", "Alfredsson",
    "Bjurström", "Blomberg", "Brännström", "Edström", "Ekvall", "Fröberg", "Gidlund", "Grönlund",
    "Hallin", "Hed", "Holmlund", "Häggström", "Jernström", "Karlström", "Lindelöf", "Marklund",
    "Nyrén", "Rehn", "Sahlin", "Sjödahl", "Svanberg", "Wiklund",
)  # fmt: skip
US_WOMEN = (
    ("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.980),
    ("Elizabeth", 0.937), ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794),
    ("Margaret", 0.768), ("Dorothy", 0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667),
    ("Betty", 0.666), ("Helen", 0.663), ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565),
    ("Ruth", 0.562), ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.510), ("Sarah", 0.508),
    ("Kimberly", 0.504), ("Deborah", 0.494), ("Jessica", 0.490), ("Shirley", 0.482),
    ("Cynthia", 0.469), ("Angela", 0.468), ("Melissa", 0.462), ("Brenda", 0.455), ("Amy", 0.451),
    ("Anna", 0.440), ("Rebecca", 0.430), ("Virginia", 0.430), ("Kathleen", 0.424),
    ("Pamela", 0.416), ("Martha", 0.412), ("Debra", 0.408), ("Amanda", 0.404), ("Stephanie", 0.400),
    ("Carolyn", 0.385), ("Christine", 0.382), ("Marie", 0.379), ("Janet", 0.379),
    ("Catherine", 0.373), ("Frances", 0.370), ("Ann", 0.364), ("Joyce", 0.364), ("Diane", 0.359),
    ("Alice", 0.357), ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336), ("Doris", 0.335),
    ("Gloria", 0.335), ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315), ("Mildred", 0.313),
    ("Katherine", 0.313), ("Joan", 0.306), ("Ashley", 0.303), ("Judith", 0.297), ("Rose", 0.296),
    ("Janice", 0.285), ("Kelly", 0.283), ("Nicole", 0.281), ("Judy", 0.276), ("Christina", 0.275),
    ("Kathy", 0.272), ("Theresa", 0.271), ("Beverly", 0.267), ("Denise", 0.264), ("Tammy", 0.259),
    ("Irene", 0.252), ("Jane", 0.250), ("Lori", 0.248), ("Rachel", 0.242), ("Marilyn", 0.241),
    ("Andrea", 0.236), ("Kathryn", 0.234), ("Louise", 0.229), ("Sara", 0.229), ("Anne", 0.228),
    ("Jacqueline", 0.228), ("Wanda", 0.226), ("Bonnie", 0.223), ("Julia", 0.223), ("Ruby", 0.221),
    ("Lois", 0.220), ("Tina", 0.220), ("Phyllis", 0.219), ("Norma", 0.218), ("Paula", 0.217),
    ("Diana", 0.216), ("Annie", 0.216), ("Lillian", 0.211), ("Emily", 0.208), ("Robin", 0.208),
    ("Peggy", 0.208), ("Crystal", 0.207), ("Gladys", 0.205), ("Rita", 0.204), ("Dawn", 0.202),
    ("Connie", 0.200), ("Florence", 0.200), ("Tracy", 0.197), ("Edna", 0.197), ("Tiffany", 0.195),
    ("Carmen", 0.195), ("Rosa", 0.194), ("Cindy", 0.192), ("Grace", 0.189), ("Wendy", 0.185),
    ("Victoria", 0.180), ("Edith", 0.179), ("Kim", 0.178), ("Sherry", 0.178), ("Sylvia", 0.177),
    ("Josephine", 0.177), ("Thelma", 0.175), ("Shannon", 0.175), ("Sheila", 0.175),
    ("Ethel", 0.174), ("Ellen", 0.173), ("Elaine", 0.173), ("Marjorie", 0.173), ("Carrie", 0.171),
    ("Charlotte", 0.169), ("Monica", 0.166), ("Esther", 0.166), ("Pauline", 0.165), ("Emma", 0.165),
    ("Juanita", 0.164), ("Anita", 0.162), ("Rhonda", 0.162), ("Hazel", 0.161), ("Amber", 0.160),
    ("Eva", 0.159), ("Debbie", 0.157), ("April", 0.154), ("Leslie", 0.154), ("Clara", 0.153),
    ("Lucille", 0.153), ("Jamie", 0.153), ("Joanne", 0.150), ("Eleanor", 0.150), ("Valerie", 0.149),
    ("Danielle", 0.149), ("Megan", 0.147), ("Alicia", 0.146), ("Suzanne", 0.145),
    ("Michele", 0.145), ("Gail", 0.145), ("Bertha", 0.143), ("Darlene", 0.142), ("Veronica", 0.142),
    ("Jill", 0.142), ("Erin", 0.141), ("Geraldine", 0.141), ("Lauren", 0.137), ("Cathy", 0.137),
    ("Joann", 0.136), ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135), ("Regina", 0.133),
    ("Erica", 0.130), ("Beatrice", 0.130), ("Dolores", 0.129), ("Bernice", 0.128),
    ("Audrey", 0.127), ("Yvonne", 0.126), ("Annette", 0.125), ("June", 0.125), ("Samantha", 0.124),
    ("Marion", 0.122), ("Dana", 0.122), ("Stacy", 0.121), ("Ana", 0.120), ("Renee", 0.120),
    ("Ida", 0.118), ("Vivian", 0.118), ("Roberta", 0.117), ("Holly", 0.117), ("Brittany", 0.117),
    ("Melanie", 0.116), ("Loretta", 0.115), ("Yolanda", 0.115), ("Jeanette", 0.115),
    ("Laurie", 0.114), ("Katie", 0.113), ("Kristen", 0.111), ("Vanessa", 0.111), ("Alma", 0.111),
    ("Sue", 0.111), ("Elsie", 0.110), ("Beth", 0.110), ("Jeanne", 0.109), ("Vicki", 0.109),
    ("Carla", 0.107), ("Tara", 0.107), ("Rosemary", 0.107), ("Eileen", 0.105), ("Terri", 0.105),
    ("Gertrude", 0.103), ("Lucy", 0.103), ("Tonya", 0.102), ("Ella", 0.101), ("Stacey", 0.101),
    ("Wilma", 0.099), ("Gina", 0.099), ("Kristin", 0.099), ("Jessie", 0.098), ("Natalie", 0.098),
    ("Agnes", 0.098), ("Vera", 0.098), ("Willie", 0.097), ("Charlene", 0.097), ("Bessie", 0.096),
    ("Delores", 0.095), ("Melinda", 0.094), ("Pearl", 0.094), ("Arlene", 0.094), ("Maureen", 0.092),
    ("Colleen", 0.092), ("Allison", 0.092), ("Tamara", 0.092), ("Joy", 0.091), ("Georgia", 0.091),
    ("Constance", 0.091), ("Lillie", 0.090), ("Claudia", 0.090), ("Jackie", 0.090),
    ("Marcia", 0.090), ("Tanya", 0.089), ("Nellie", 0.089), ("Minnie", 0.089), ("Marlene", 0.088),
    ("Heidi", 0.088), ("Glenda", 0.088), ("Lydia", 0.086), ("Viola", 0.086), ("Courtney", 0.086),
    ("Marian", 0.086), ("Stella", 0.085), ("Caroline", 0.085), ("Dora", 0.084), ("Jo", 0.083),
    ("Vickie", 0.082), ("Mattie", 0.081), ("Terry", 0.080), ("Maxine", 0.079), ("Irma", 0.079),
    ("Mabel", 0.078), ("Marsha", 0.078), ("Myrtle", 0.078), ("Lena", 0.077), ("Christy", 0.077),
    ("Deanna", 0.076), ("Patsy", 0.076), ("Hilda", 0.075), ("Gwendolyn", 0.074), ("Jennie", 0.073),
    ("Nora", 0.073), ("Margie", 0.072), ("Nina", 0.072), ("Cassandra", 0.072), ("Leah", 0.072),
    ("Penny", 0.071), ("Kay", 0.071), ("Priscilla", 0.071), ("Naomi", 0.071), ("Carole", 0.071),
    ("Brandy", 0.070), ("Olga", 0.070), ("Billie", 0.069), ("Dianne", 0.069), ("Tracey", 0.069),
    ("Leona", 0.069), ("Jenny", 0.068), ("Felicia", 0.068), ("Sonia", 0.068), ("Miriam", 0.066),
    ("Velma", 0.066), ("Becky", 0.066), ("Bobbie", 0.065), ("Violet", 0.065), ("Kristina", 0.065),
    ("Toni", 0.064), ("Misty", 0.063), ("Mae", 0.063), ("Shelly", 0.062), ("Daisy", 0.062),
    ("Ramona", 0.062), ("Sherri", 0.062), ("Erika", 0.061), ("Katrina", 0.061), ("Claire", 0.061),
    ("Lindsey", 0.060), ("Lindsay", 0.060), ("Geneva", 0.059), ("Guadalupe", 0.059),
    ("Belinda", 0.059), ("Margarita", 0.059), ("Sheryl", 0.059), ("Cora", 0.058), ("Faye", 0.058),
    ("Ada", 0.057), ("Natasha", 0.057), ("Sabrina", 0.057), ("Isabel", 0.057),
    ("Marguerite", 0.056), ("Hattie", 0.056), ("Harriet", 0.056), ("Molly", 0.055),
    ("Cecilia", 0.055), ("Kristi", 0.055), ("Brandi", 0.055), ("Blanche", 0.055), ("Sandy", 0.055),
    ("Rosie", 0.055), ("Joanna", 0.055), ("Iris", 0.055), ("Eunice", 0.054), ("Angie", 0.054),
    ("Inez", 0.053), ("Lynda", 0.053), ("Madeline", 0.052), ("Amelia", 0.052), ("Alberta", 0.052),
    ("Genevieve", 0.051), ("Monique", 0.051), ("Jodi", 0.051), ("Janie", 0.051), ("Maggie", 0.051),
    ("Kayla", 0.051), ("Sonya", 0.051), ("Jan", 0.051), ("Lee", 0.051), ("Kristine", 0.051),
    ("Candace", 0.051), ("Fannie", 0.050), ("Maryann", 0.050), ("Opal", 0.050), ("Alison", 0.050),
    ("Yvette", 0.050), ("Melody", 0.050), ("Luz", 0.049), ("Susie", 0.049), ("Olivia", 0.049),
    ("Flora", 0.049), ("Shelley", 0.049), ("Kristy", 0.048), ("Mamie", 0.048), ("Lula", 0.048),
    ("Lola", 0.048), ("Verna", 0.048), ("Beulah", 0.048), ("Antoinette", 0.048), ("Candice", 0.046),
    ("Juana", 0.046), ("Jeannette", 0.046), ("Pam", 0.046), ("Kelli", 0.046), ("Hannah", 0.045),
    ("Whitney", 0.045), ("Bridget", 0.045), ("Karla", 0.044), ("Celia", 0.044), ("Latoya", 0.043),
    ("Patty", 0.043), ("Shelia", 0.043), ("Gayle", 0.043), ("Della", 0.043), ("Vicky", 0.043),
    ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042), ("Kara", 0.041), ("Jacquelyn", 0.041),
    ("Erma", 0.041), ("Blanca", 0.041), ("Myra", 0.040), ("Leticia", 0.040), ("Pat", 0.040),
    ("Krista", 0.040), ("Roxanne", 0.040), ("Angelica", 0.039), ("Johnnie", 0.039),
    ("Robyn", 0.039), ("Francis", 0.039), ("Adrienne", 0.039), ("Rosalie", 0.039),
    ("Alexandra", 0.039), ("Brooke", 0.039), ("Bethany", 0.039), ("Sadie", 0.039),
    ("Bernadette", 0.039),
)  # fmt: skip
US_MEN = (
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
US_SURNAMES = (
    ("Smith", 1.006), ("Johnson", 0.810), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621),
    ("Davis", 0.480), ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor", 0.311),
    ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.310), ("White", 0.279), ("Harris", 0.275),
    ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254), ("Martinez", 0.234),
    ("Robinson", 0.233), ("Clark", 0.231), ("Rodriguez", 0.229), ("Lewis", 0.226), ("Lee", 0.220),
    ("Walker", 0.219), ("Hall", 0.200), ("Allen", 0.199), ("Young", 0.193), ("Hernandez", 0.192),
    ("King", 0.190), ("Wright", 0.189), ("Lopez", 0.187), ("Hill", 0.187), ("Scott", 0.185),
    ("Green", 0.183), ("Adams", 0.174), ("Baker", 0.171), ("Gonzalez", 0.166), ("Nelson", 0.162),
    ("Carter", 0.162), ("Mitchell", 0.160), ("Perez", 0.155), ("Roberts", 0.153), ("Turner", 0.152),
    ("Phillips", 0.149), ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141),
    ("Edwards", 0.137), ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.130),
    ("Morris", 0.125), ("Rogers", 0.123), ("Reed", 0.122), ("Cook", 0.120), ("Morgan", 0.118),
    ("Bell", 0.117), ("Murphy", 0.117), ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper", 0.113),
    ("Richardson", 0.112), ("Cox", 0.110), ("Howard", 0.110), ("Ward", 0.108), ("Torres", 0.108),
    ("Peterson", 0.107), ("Gray", 0.106), ("Ramirez", 0.105), ("James", 0.105), ("Watson", 0.103),
    ("Brooks", 0.103), ("Kelly", 0.102), ("Sanders", 0.100), ("Price", 0.099), ("Bennett", 0.099),
    ("Wood", 0.098), ("Barnes", 0.097), ("Ross", 0.096), ("Henderson", 0.095), ("Coleman", 0.095),
    ("Jenkins", 0.095), ("Perry", 0.094), ("Powell", 0.093), ("Long", 0.092), ("Patterson", 0.092),
    ("Hughes", 0.092), ("Flores", 0.092), ("Washington", 0.092), ("Butler", 0.091),
    ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales", 0.087), ("Bryant", 0.087),
    ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084), ("Diaz", 0.084), ("Hayes", 0.083),
    ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082), ("Graham", 0.082), ("Sullivan", 0.081),
    ("Wallace", 0.081), ("Woods", 0.080), ("Cole", 0.080), ("West", 0.080), ("Jordan", 0.078),
    ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077), ("Ellis", 0.077), ("Harrison", 0.076),
    ("Gibson", 0.075), ("McDonald", 0.075), ("Cruz", 0.075), ("Marshall", 0.075), ("Ortiz", 0.075),
    ("Gomez", 0.075), ("Murray", 0.074), ("Freeman", 0.074), ("Wells", 0.073), ("Webb", 0.072),
    ("Simpson", 0.070), ("Stevens", 0.070), ("Tucker", 0.070), ("Porter", 0.069), ("Hunter", 0.069),
    ("Hicks", 0.069), ("Crawford", 0.068), ("Henry", 0.068), ("Boyd", 0.068), ("Mason", 0.068),
    ("Morales", 0.067), ("Kennedy", 0.067), ("Warren", 0.067), ("Dixon", 0.066), ("Ramos", 0.066),
    ("Reyes", 0.066), ("Burns", 0.065), ("Gordon", 0.065), ("Shaw", 0.065), ("Holmes", 0.065),
    ("Rice", 0.064), ("Robertson", 0.064), ("Hunt", 0.063), ("Black", 0.063), ("Daniels", 0.062),
    ("Palmer", 0.062), ("Mills", 0.061), ("Nichols", 0.060), ("Grant", 0.060), ("Knight", 0.060),
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
    ("Wheeler", 0.051), ("Chapman", 0.050), ("Oliver", 0.050), ("Montgomery", 0.049),
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
    ("May", 0.040), ("Terry", 0.040), ("Herrera", 0.040), ("Wade", 0.040), ("Soto", 0.040),
    ("Walters", 0.040), ("Curtis", 0.040), ("Neal", 0.039), ("Caldwell", 0.039), ("Lowe", 0.039),
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
    ("Dennis", 0.031), ("McGee", 0.031), ("Farmer", 0.030), ("Delgado", 0.030), ("Aguilar", 0.030),
    ("Vega", 0.030), ("Glover", 0.030), ("Manning", 0.030), ("Cohen", 0.030), ("Harmon", 0.030),
    ("Rodgers", 0.030), ("Robbins", 0.030), ("Newton", 0.030), ("Todd", 0.030), ("Blair", 0.030),
    ("Higgins", 0.030), ("Ingram", 0.030), ("Reese", 0.030), ("Cannon", 0.030),
    ("Strickland", 0.030), ("Townsend", 0.030), ("Potter", 0.030), ("Goodwin", 0.030),
    ("Walton", 0.030), ("Rowe", 0.029), ("Hampton", 0.029), ("Ortega", 0.029), ("Patton", 0.029),
    ("Swanson", 0.029), ("Joseph", 0.029), ("Francis", 0.029), ("Goodman", 0.029),
    ("Maldonado", 0.029), ("Yates", 0.029), ("Becker", 0.029), ("Erickson", 0.029),
    ("Hodges", 0.029), ("Rios", 0.029), ("Conner", 0.029), ("Adkins", 0.029), ("Webster", 0.028),
    ("Norman", 0.028), ("Malone", 0.028), ("Hammond", 0.028), ("Flowers", 0.028), ("Cobb", 0.028),
    ("Moody", 0.028), ("Quinn", 0.028), ("Blake", 0.028), ("Maxwell", 0.028), ("Pope", 0.028),
    ("Floyd", 0.027), ("Osborne", 0.027), ("Paul", 0.027), ("McCarthy", 0.027), ("Guerrero", 0.027),
    ("Lindsey", 0.027), ("Estrada", 0.027), ("Sandoval", 0.027), ("Gibbs", 0.027), ("Tyler", 0.027),
    ("Gross", 0.027), ("Fitzgerald", 0.027), ("Stokes", 0.027), ("Doyle", 0.027),
    ("Sherman", 0.027),
)  # fmt: skip

# UK: ONS rankings, the given names of adults of every age and of children, in rank order (1/rank).
UK_WOMEN = (
    "Sarah", "Emma", "Claire", "Laura", "Rachel", "Nicola", "Lisa", "Helen", "Rebecca", "Louise",
    "Susan", "Karen", "Elizabeth", "Margaret", "Julie", "Amy", "Jennifer", "Hannah", "Charlotte",
    "Jessica", "Samantha", "Victoria", "Lucy", "Sophie", "Emily", "Catherine", "Jane", "Joanne",
    "Michelle", "Amanda", "Kelly", "Gemma", "Stephanie", "Katie", "Lauren", "Natalie", "Kirsty",
    "Deborah", "Alison", "Angela", "Patricia", "Mary", "Christine", "Janet", "Linda", "Gillian",
    "Jacqueline", "Carol", "Tracey", "Dawn", "Donna", "Sharon", "Andrea", "Caroline", "Kate",
    "Jodie", "Zoe", "Holly", "Chloe", "Olivia", "Megan", "Georgia", "Bethany", "Ellie", "Grace",
    "Amelia", "Isla", "Ava", "Mia", "Lily", "Isabella", "Sophia", "Freya", "Florence", "Evie",
    "Poppy", "Ruby", "Daisy", "Alice", "Phoebe", "Jade", "Leanne", "Hayley", "Kerry", "Joanna",
    "Anna", "Ruth", "Anne", "Sally", "Fiona", "Heather", "Wendy", "Pauline", "Sandra", "Maureen",
    "Barbara", "Dorothy", "Joan", "Sheila", "Brenda", "Valerie", "Jean", "Irene", "Shirley",
    "Eileen", "Kathleen", "Doreen", "Marion", "Judith", "Lynn", "Elaine", "Diane", "Beverley",
    "Yvonne", "Denise", "Teresa", "Anita", "Tina", "Carolyn", "Maria", "Katherine", "Kathryn",
    "Jill", "Ann", "Lesley", "Frances",
    # tail: past the top 130
    "Rosemary", "Josephine", "Joyce", "Vera", "Hazel", "June", "Gwen", "Sylvia", "Rita", "Gladys",
    "Beryl", "Audrey", "Jasmine", "Abigail", "Eleanor", "Millie", "Scarlett", "Matilda", "Harriet",
    "Martha", "Rosie", "Layla", "Esme", "Erin", "Imogen", "Maisie", "Niamh", "Aimee", "Rhiannon",
    "Cerys", "Siobhan", "Bronwen", "Morag", "Eilidh", "Ailsa", "Kayleigh", "Stacey", "Danielle",
    "Naomi", "Esther", "Miriam", "Leah", "Tanya", "Sonia", "Priya", "Aisha", "Fatima", "Amira",
    "Zara", "Nadia", "Shabana", "Nasreen", "Paige", "Chelsea", "Courtney", "Shannon", "Abbie",
    "Lydia", "Rosa", "Ivy", "Willow", "Sienna", "Harper", "Evelyn", "Ella", "Maya", "Isabelle",
    "Aria", "Elsie", "Mabel", "Edith", "Nancy", "Ada", "Iris", "Penelope", "Violet", "Theresa",
    "Hilary", "Gail", "Lorraine", "Jacqui", "Mandy", "Geraldine", "Bridget", "Maxine", "Glenys",
    "Philippa", "Clare", "Sian", "Carys", "Nia", "Ffion", "Catriona", "Kirstie", "Shona",
)  # fmt: skip
UK_MEN = (
    "David", "John", "Paul", "Andrew", "Mark", "James", "Michael", "Richard", "Robert", "Peter",
    "Stephen", "Christopher", "Ian", "Daniel", "Thomas", "Matthew", "Simon", "Anthony", "Steven",
    "Gary", "Jonathan", "William", "Martin", "Neil", "Kevin", "Alan", "Philip", "Stuart", "Graham",
    "Lee", "Adam", "Benjamin", "Samuel", "Jamie", "Craig", "Darren", "Jason", "Scott", "Wayne",
    "Carl", "Dean", "Shaun", "Ryan", "Luke", "Joshua", "Jack", "Oliver", "Harry", "George",
    "Charlie", "Jacob", "Alfie", "Joseph", "Edward", "Henry", "Alexander", "Liam", "Nathan",
    "Kieran", "Callum", "Connor", "Jordan", "Ashley", "Brian", "Keith", "Colin", "Derek", "Raymond",
    "Kenneth", "Roger", "Malcolm", "Barry", "Trevor", "Terence", "Dennis", "Geoffrey", "Leslie",
    "Frank", "Ronald", "Douglas", "Gordon", "Norman", "Stanley", "Arthur", "Albert", "Frederick",
    "Harold", "Walter", "Ernest", "Sidney", "Leonard", "Roy", "Clive", "Nigel", "Timothy",
    "Jeremy", "Julian", "Adrian", "Patrick", "Sean", "Gareth", "Rhys", "Owen", "Dylan", "Evan",
    "Ewan", "Hamish", "Angus", "Fraser", "Calum", "Ross", "Euan", "Dominic", "Nicholas", "Russell",
    "Glenn", "Tony", "Mohammed", "Muhammad", "Ali", "Imran", "Oscar", "Leo", "Noah", "Archie",
    "Theo", "Freddie", "Isaac", "Max",
    # tail: past the top 130
    "Logan", "Toby", "Reuben", "Tommy", "Teddy", "Louie", "Elliot", "Rory", "Hugo", "Sebastian",
    "Felix", "Jude", "Ethan", "Mason", "Dexter", "Harvey", "Bradley", "Aaron", "Marcus", "Vincent",
    "Gerald", "Howard", "Bernard", "Cyril", "Eric", "Francis", "Gilbert", "Hugh", "Lionel",
    "Maurice", "Neville", "Percy", "Ralph", "Reginald", "Rodney", "Rupert", "Victor", "Vernon",
    "Wilfred", "Warren", "Wesley", "Guy", "Giles", "Marc", "Nathaniel", "Elijah", "Gabriel",
    "Aidan", "Declan", "Conor", "Niall", "Ciaran", "Cameron", "Blake", "Kyle", "Jake", "Brandon",
    "Tyler", "Zachary", "Miles", "Rowan", "Theodore", "Finley", "Kieron", "Jonathon", "Hassan",
    "Rajesh", "Sanjay", "Arjun", "Desmond", "Duncan", "Alastair", "Alistair", "Iain", "Gavin",
    "Robin", "Mervyn", "Dafydd", "Gethin", "Emyr", "Huw", "Iwan", "Aled", "Callan", "Struan",
)  # fmt: skip
UK_SURNAMES = (
    "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson",
    "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green",
    "Hall", "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper",
    "Hill", "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan",
    "Allen", "James", "Scott", "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young",
    "Griffiths", "Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell",
    "Shaw", "Murphy", "Miller", "Cox", "Richards", "Khan", "Marshall", "Anderson", "Simpson",
    "Ellis", "Adams", "Singh", "Begum", "Wilkinson", "Foster", "Chapman", "Powell", "Webb",
    "Rogers", "Gray", "Mason", "Ali", "Hunt", "Hussain", "Campbell", "Matthews", "Owen", "Palmer",
    "Holmes", "Mills", "Barnes", "Knight", "Lloyd", "Butler", "Russell", "Barker", "Fisher",
    "Stevens", "Jenkins", "Murray", "Dixon", "Harvey", "Graham", "Pearson", "Ahmed", "Fletcher",
    "Walsh", "Kaur", "Gibson", "Howard", "Andrews", "Stewart", "Elliott", "Reynolds", "Saunders",
    "Payne", "Fox", "Ford", "Pearce", "Day", "Brooks", "West", "Lawrence", "Cole", "Atkinson",
    "Bradley", "Spencer", "Gill", "Dawson", "Ball", "Burton", "O'Brien", "Watts", "Rose", "Booth",
    "Perry", "Ryan", "Grant", "Wells", "Armstrong", "Francis", "Rees", "Hayes", "Hart", "Hudson",
    "Newman", "Barrett", "Webster", "Hunter",
    # tail: past the top 150
    "Gregory", "Carr", "Lowe", "Page", "Marsh", "Riley", "Dunn", "Woods", "Parsons", "Berry",
    "Stone", "Reid", "Holland", "Hawkins", "Harding", "Porter", "Robertson", "Newton", "Oliver",
    "Reed", "Kennedy", "Williamson", "Bird", "Gardner", "Shah", "Dean", "Lane", "Cooke", "Bates",
    "Henderson", "Parry", "Burgess", "Bishop", "Walton", "Burns", "Nicholson", "Shepherd", "Ross",
    "Cross", "Long", "Freeman", "Warren", "Nicholls", "Hamilton", "Byrne", "Sutton", "McDonald",
    "Yates", "Hodgson", "Robson", "Curtis", "Hopkins", "O'Connor", "Harper", "Coleman", "Watkins",
    "Moss", "McCarthy", "Chambers", "O'Neill", "Griffin", "Sharp", "Hardy", "Wheeler", "Potter",
    "Osborne", "Johnston", "Gordon", "Doyle", "Wallace", "George", "Jordan", "Hutchinson", "Rowe",
    "Burke", "May", "Pritchard", "Gilbert", "Willis", "Higgins", "Read", "Miles", "Stevenson",
    "Stephenson", "Hammond", "Arnold", "Buckley", "Walters", "Hewitt", "Barber", "Nelson", "Slater",
    "Austin", "Sullivan", "Whitehead", "Mann", "Frost", "Lambert", "Stephens", "Blake", "Akhtar",
    "Lynch", "Goodwin", "Barton", "Woodward", "Thomson", "Cunningham", "Quinn", "Barnett", "Baxter",
    "Bibi", "Clayton", "Nash", "Greenwood", "Jennings", "Holt", "Kemp", "Poole", "Gallagher", "Bond",
    "Stokes", "Tucker", "Davidson", "Fowler", "Heath", "Norman", "Middleton", "Lawson", "Banks",
    "French", "Stanley", "Jarvis", "Gibbs", "Ferguson", "Hayward", "Carroll", "Douglas",
    "Dickinson", "Todd", "Barlow", "Peters", "Lucas", "Knowles", "Hartley", "Miah", "Simmons",
    "Morton", "Alexander", "Field", "Morrison", "Norris", "Townsend", "Preston", "Hancock",
    "Thornton", "Baldwin", "Burrows", "Briggs", "Storey", "Pugh", "Little", "Fraser", "Macdonald",
    "MacLeod", "McKenzie", "Mackay", "Sinclair", "Drummond", "Pritchett", "Llewellyn", "Vaughan",
    "Powell-Jones", "Ashworth", "Ramsden", "Crowther", "Sutcliffe", "Entwistle", "Pickering",
)  # fmt: skip

# Origins common in Sweden: the commonest given names and surnames, in rank order (1/rank, head 10).
FINNISH = (
    ("Anneli", "Johanna", "Kaarina", "Marjatta", "Hannele", "Tuula", "Päivi", "Riitta", "Pirjo", "Sari", "Minna", "Tiina", "Anne", "Leena", "Helena", "Satu", "Kirsi", "Merja", "Aino", "Eeva", "Sanna", "Liisa", "Marja", "Tarja", "Heidi", "Katja", "Jaana", "Emilia", "Aila", "Sirkka"),
    ("Juhani", "Johannes", "Olavi", "Antero", "Tapani", "Kalevi", "Mikael", "Matti", "Timo", "Kari", "Pekka", "Mikko", "Jari", "Antti", "Juha", "Heikki", "Markku", "Jukka", "Ilkka", "Seppo", "Hannu", "Veikko", "Esa", "Pentti", "Tuomas", "Risto", "Petri", "Eino", "Lauri", "Aleksi"),
    ("Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen", "Hiltunen", "Hakala"),
)  # fmt: skip
ARABIC = (  # Iraq, Syria, Lebanon, Palestine, with Assyrian/Syriac names
    ("Fatima", "Maryam", "Zainab", "Noor", "Sara", "Amina", "Aya", "Hiba", "Rana", "Lina", "Huda", "Rasha", "Dima", "Layla", "Nour", "Yasmin", "Zahra", "Shahad", "Rama", "Mariam", "Hala", "Salma", "Lamia", "Sana", "Ranya", "Nahrain", "Shamiram", "Ninwe", "Marta", "Sabrina"),
    ("Mohammed", "Ahmad", "Ali", "Omar", "Hassan", "Hussein", "Khaled", "Mustafa", "Ibrahim", "Youssef", "Abdullah", "Mahmoud", "Karim", "Samir", "Ammar", "Bilal", "Hamza", "Tariq", "Ziad", "Rami", "Fadi", "Wissam", "Majid", "Ninos", "Sargon", "Ashur", "Gabriel", "Elias", "Aziz", "Jacob"),
    ("Ali", "Mohammed", "Ahmed", "Hassan", "Hussein", "Ibrahim", "Abdullah", "Khalil", "Saleh", "Mahmoud", "Jaber", "Haddad", "Khoury", "Al-Hassani", "Al-Saadi", "Al-Obaidi", "Al-Jabouri", "Younes", "Rashid", "Nasser", "Kassem", "Aziz", "Hamdan", "Mansour", "Shamoun", "Barsoum", "Saliba", "Yousef", "Isa", "Gabriel", "Malke", "Chamoun", "Hanna", "Toma", "Odisho", "Warda", "Lahdo", "Gabro", "Aho"),
)  # fmt: skip
SOMALI = (  # the father's name as surname
    ("Hodan", "Fadumo", "Amina", "Sahra", "Halima", "Hawa", "Asha", "Khadija", "Ifrah", "Ayan", "Nimco", "Sagal", "Ubah", "Deeqa", "Farhiya", "Hibo", "Muna", "Ladan", "Sucaad", "Maryan", "Filsan", "Idil"),
    ("Abdi", "Mohamed", "Ahmed", "Abdirahman", "Hassan", "Ali", "Omar", "Abdullahi", "Yusuf", "Mahad", "Liban", "Farah", "Bashir", "Said", "Hamza", "Guled", "Khalid", "Ismail", "Abdiaziz", "Mustafe"),
    ("Mohamed", "Ahmed", "Ali", "Hassan", "Abdi", "Omar", "Hussein", "Warsame", "Farah", "Osman", "Abdullahi", "Yusuf", "Nur", "Ibrahim", "Ismail", "Jama", "Aden", "Mohamud", "Dahir", "Egal", "Elmi", "Hirsi", "Abdulle", "Guled", "Mahamed"),
)  # fmt: skip
POLISH = (  # surnames in the man's form; `feminine` gives a woman's `-ska`/`-cka`
    ("Anna", "Katarzyna", "Maria", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna", "Magdalena", "Elżbieta", "Joanna", "Aleksandra", "Monika", "Zofia", "Teresa", "Danuta", "Natalia", "Karolina", "Marta", "Beata", "Dorota", "Halina", "Jadwiga", "Justyna"),
    ("Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Jan", "Michał", "Marcin", "Jakub", "Adam", "Łukasz", "Marek", "Grzegorz", "Mateusz", "Wojciech", "Stanisław", "Mariusz", "Dariusz", "Zbigniew", "Jerzy", "Rafał", "Kamil", "Józef", "Sławomir"),
    ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Wojciechowski", "Kwiatkowski", "Krawczyk", "Kaczmarek", "Piotrowski", "Grabowski", "Zając", "Pawłowski", "Michalski", "Król", "Wieczorek", "Jabłoński", "Wróbel", "Nowakowski", "Majewski", "Olszewski", "Czarnecki", "Zawadzki", "Sawicki", "Wysocki"),
)  # fmt: skip
PERSIAN = (
    ("Maryam", "Fatemeh", "Zahra", "Sara", "Neda", "Leila", "Shirin", "Mina", "Nasrin", "Parisa", "Roya", "Azadeh", "Elham", "Mahsa", "Samira", "Niloufar", "Farideh", "Shabnam", "Golnaz", "Tara", "Nazanin", "Shadi"),
    ("Mohammad", "Ali", "Reza", "Hossein", "Mehdi", "Amir", "Hamid", "Saeed", "Farhad", "Babak", "Behrouz", "Kourosh", "Dariush", "Arash", "Omid", "Majid", "Navid", "Hassan", "Payam", "Kaveh", "Pouya", "Shahram"),
    ("Mohammadi", "Hosseini", "Ahmadi", "Rezaei", "Moradi", "Karimi", "Jafari", "Rahimi", "Hashemi", "Mousavi", "Ebrahimi", "Ghorbani", "Sadeghi", "Amini", "Rostami", "Kazemi", "Shirazi", "Tehrani", "Nazari", "Akbari", "Safari", "Bagheri", "Yazdani", "Farahani", "Esfahani", "Soltani", "Najafi", "Asadi"),
)  # fmt: skip
BCS = (  # Bosnian, Serbian, Croatian
    ("Amra", "Emina", "Jasmina", "Selma", "Lejla", "Aida", "Mirela", "Azra", "Ivana", "Marija", "Jelena", "Ana", "Dragana", "Snežana", "Vesna", "Maja", "Sanela", "Alma", "Elma", "Nermina", "Senada", "Mirsada", "Gordana", "Biljana"),
    ("Amir", "Adnan", "Mirza", "Emir", "Edin", "Haris", "Kenan", "Senad", "Nermin", "Jasmin", "Mehmed", "Ivan", "Marko", "Nikola", "Dragan", "Goran", "Zoran", "Milan", "Stefan", "Dejan", "Nenad", "Tomislav", "Damir", "Dario", "Zlatan"),
    ("Hodžić", "Hadžić", "Kovačević", "Begić", "Delić", "Mehmedović", "Hasanović", "Husić", "Salihović", "Ibrahimović", "Suljić", "Omerović", "Alić", "Halilović", "Karić", "Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Horvat", "Babić", "Marić", "Jurić", "Knežević", "Pavlović", "Popović", "Mujić", "Čaušević", "Džafić", "Šehić", "Bešić"),
)  # fmt: skip
TURKISH = (
    ("Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Şerife", "Zehra", "Sultan", "Hanife", "Merve", "Özlem", "Esra", "Büşra", "Yasemin", "Derya", "Gül", "Ebru", "Nur", "Songül", "Dilek"),
    ("Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Osman", "Yusuf", "Murat", "Ömer", "Ramazan", "Halil", "Süleyman", "Abdullah", "Mahmut", "Recep", "Emre", "Burak", "Serkan", "Kemal", "Fatih", "Cem"),
    ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Polat", "Özcan", "Korkmaz", "Çakır", "Erdoğan", "Yavuz", "Can", "Acar", "Güneş", "Aktaş"),
)  # fmt: skip
ERITREAN = (  # the father's name as surname
    ("Helen", "Senait", "Selam", "Yohana", "Feven", "Luwam", "Winta", "Hiwet", "Rahel", "Saba", "Tsega", "Mebrat", "Azieb", "Letemariam", "Semhar", "Ruta", "Meron", "Eden", "Freweyni", "Abrehet"),
    ("Yonas", "Daniel", "Samuel", "Tesfay", "Mehari", "Berhane", "Habtom", "Amanuel", "Kidane", "Tekle", "Yemane", "Filmon", "Michael", "Dawit", "Efrem", "Robel", "Biniam", "Henok", "Ghirmay", "Mussie"),
    ("Tesfay", "Tesfamariam", "Berhe", "Haile", "Gebremedhin", "Gebreyesus", "Kidane", "Tekle", "Ghebremichael", "Weldu", "Mehari", "Habte", "Asmerom", "Yohannes", "Woldemariam", "Andemariam", "Negash", "Abraha", "Fitsum", "Ghebrehiwet", "Tewelde", "Zerai", "Measho", "Kahsay"),
)  # fmt: skip
AFGHAN = (
    ("Fatima", "Zahra", "Maryam", "Marzia", "Mursal", "Madina", "Nargis", "Parwana", "Shukria", "Freshta", "Hosai", "Mahbooba", "Laila", "Nilofar", "Farida", "Sadaf", "Zarghuna", "Mina", "Roya", "Khatera"),
    ("Mohammad", "Ahmad", "Ali", "Hussain", "Mustafa", "Mahdi", "Abdul", "Jawad", "Hamid", "Farid", "Sayed", "Reza", "Najib", "Habib", "Ramin", "Zabihullah", "Rahmatullah", "Sohrab", "Nasir", "Wahid", "Mujtaba", "Arif"),
    ("Ahmadi", "Hussaini", "Rahimi", "Mohammadi", "Hakimi", "Karimi", "Sultani", "Rezaie", "Jafari", "Nazari", "Amiri", "Haidari", "Sadat", "Noori", "Safi", "Stanekzai", "Popal", "Wardak", "Sharifi", "Azizi", "Rasuli", "Hashimi", "Yousufi", "Samadi"),
)  # fmt: skip
THAI = (
    ("Siriporn", "Supaporn", "Wanida", "Kanokwan", "Pornthip", "Suda", "Nittaya", "Malee", "Jintana", "Sunisa", "Pranee", "Somporn", "Ratana", "Kanya", "Duangjai", "Anong", "Orathai", "Wilai", "Nok", "Ploy", "Saowanee", "Patcharee"),
    ("Somchai", "Somsak", "Prasert", "Sombat", "Wichai", "Surachai", "Chaiwat", "Anan", "Niran", "Kittisak", "Thanawat", "Nattapong", "Suthep", "Boonmee", "Sakchai", "Pichit", "Manop", "Apichat", "Weerapong", "Chalerm"),
    ("Saetang", "Srisuk", "Wongsawat", "Boonyarat", "Chaiyaporn", "Thongchai", "Sukprasert", "Rattanakorn", "Kaewmanee", "Phromma", "Jaidee", "Sangthong", "Srisai", "Inthasorn", "Nakhonsri", "Pongsakorn", "Suwannarat", "Thammawong", "Kongkaew", "Chanthra", "Somboon", "Meesuk"),
)  # fmt: skip
LATIN = (  # Chile first, then the rest of Latin America; two surnames for most
    ("María", "Carolina", "Paula", "Daniela", "Camila", "Valentina", "Francisca", "Javiera", "Constanza", "Catalina", "Ximena", "Gabriela", "Andrea", "Fernanda", "Lorena", "Patricia", "Verónica", "Marcela", "Claudia", "Paola", "Alejandra", "Isabel", "Rosa", "Soledad"),
    ("José", "Juan", "Carlos", "Luis", "Jorge", "Francisco", "Cristián", "Sebastián", "Felipe", "Matías", "Diego", "Pablo", "Rodrigo", "Gonzalo", "Andrés", "Miguel", "Nicolás", "Alejandro", "Héctor", "Manuel", "Ricardo", "Patricio", "Mauricio", "Eduardo"),
    ("González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez", "Sepúlveda", "Morales", "Rodríguez", "López", "Fuentes", "Hernández", "Torres", "Araya", "Flores", "Espinoza", "Valenzuela", "Castillo", "Tapia", "Reyes", "Gutiérrez", "Castro", "Pizarro", "Álvarez", "Vásquez", "Sánchez", "Fernández", "Ramírez", "Carrasco", "Núñez", "Jara"),
)  # fmt: skip
KURDISH = (
    ("Jiyan", "Rojin", "Berivan", "Nesrin", "Hêvî", "Ronahî", "Dilan", "Zîlan", "Avin", "Rezan", "Shirin", "Bahar", "Gulistan", "Newroz", "Delal", "Evîn", "Hêlîn", "Nazdar", "Perwin", "Sozdar", "Zozan"),
    ("Azad", "Rebin", "Karwan", "Dilshad", "Shwan", "Serwan", "Hemin", "Aram", "Rizgar", "Dara", "Baran", "Sherzad", "Kawa", "Zana", "Soran", "Rênas", "Bawar", "Hiwa", "Ako", "Hogir", "Berzan", "Diyar"),
    ("Ahmed", "Mahmoud", "Karim", "Amin", "Rashid", "Mustafa", "Aziz", "Hussein", "Omar", "Salih", "Qadir", "Jalal", "Abdullah", "Kurdi", "Zebari", "Hawrami", "Baban", "Doski", "Amedi", "Shwani", "Mirza", "Osman", "Sindi", "Barwari"),
)  # fmt: skip
UKRAINIAN = (
    ("Olena", "Tetiana", "Natalia", "Iryna", "Svitlana", "Oksana", "Yulia", "Kateryna", "Anastasiia", "Olha", "Mariia", "Liudmyla", "Viktoriia", "Halyna", "Daria", "Alina", "Nadiia", "Inna", "Larysa", "Valentyna"),
    ("Oleksandr", "Serhii", "Andrii", "Volodymyr", "Dmytro", "Oleksii", "Mykola", "Yurii", "Viktor", "Ivan", "Vasyl", "Ihor", "Maksym", "Vitalii", "Bohdan", "Taras", "Roman", "Pavlo", "Artem", "Denys"),
    ("Melnyk", "Shevchenko", "Boiko", "Kovalenko", "Bondarenko", "Tkachenko", "Kovalchuk", "Kravchenko", "Oliinyk", "Shevchuk", "Koval", "Polishchuk", "Bondar", "Tkachuk", "Moroz", "Marchenko", "Lysenko", "Rudenko", "Savchenko", "Petrenko", "Klymenko", "Pavlenko", "Kravchuk", "Kuzmenko"),
)  # fmt: skip
INDIAN = (
    ("Priya", "Anjali", "Pooja", "Divya", "Neha", "Kavya", "Deepa", "Lakshmi", "Sneha", "Shreya", "Ananya", "Meera", "Swati", "Nisha", "Aishwarya", "Aarti", "Ritu", "Sunita", "Rekha", "Geeta"),
    ("Rahul", "Amit", "Rajesh", "Vikram", "Arjun", "Sanjay", "Anil", "Suresh", "Rohan", "Karthik", "Aditya", "Ravi", "Vijay", "Prakash", "Manoj", "Nikhil", "Srinivas", "Arun", "Deepak", "Harish"),
    ("Sharma", "Patel", "Singh", "Kumar", "Gupta", "Reddy", "Rao", "Iyer", "Nair", "Joshi", "Mehta", "Shah", "Verma", "Das", "Menon", "Pillai", "Krishnan", "Agarwal", "Desai", "Kulkarni", "Chatterjee", "Banerjee", "Mishra", "Naidu"),
)  # fmt: skip
CHINESE = (  # pinyin, the given name after the surname's place in Swedish and English text
    ("Jing", "Xiaoyan", "Li", "Fang", "Yan", "Min", "Ying", "Hui", "Xiaohong", "Lina", "Mei", "Yuxin", "Qian", "Xue", "Ling", "Hong", "Jie", "Yun", "Na", "Wen"),
    ("Wei", "Jun", "Lei", "Tao", "Ming", "Yong", "Jie", "Qiang", "Hao", "Bo", "Gang", "Chao", "Peng", "Xin", "Hui", "Lin", "Jian", "Yang", "Hua", "Zhiwei"),
    ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang"),
)  # fmt: skip


def small(lists: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]) -> Origin:
    women, men, surnames = lists
    return Origin(ranked(women, 10), ranked(men, 10), ranked(surnames, 10))


ORIGINS: dict[str, Origin] = {
    "swedish": Origin(ranked(SV_WOMEN, 150), ranked(SV_MEN, 150), ranked(SV_SURNAMES, 150)),
    "us": Origin(weighted(US_WOMEN, 150), weighted(US_MEN, 150), weighted(US_SURNAMES, 150)),
    "uk": Origin(ranked(UK_WOMEN, 130), ranked(UK_MEN, 130), ranked(UK_SURNAMES, 150)),
    "finnish": small(FINNISH),
    "arabic": small(ARABIC),
    "somali": small(SOMALI),
    "polish": small(POLISH),
    "persian": small(PERSIAN),
    "bcs": small(BCS),
    "turkish": small(TURKISH),
    "eritrean": small(ERITREAN),
    "afghan": small(AFGHAN),
    "thai": small(THAI),
    "latin": small(LATIN),
    "kurdish": small(KURDISH),
    "ukrainian": small(UKRAINIAN),
    "indian": small(INDIAN),
    "chinese": small(CHINESE),
}

# Who is named, per language of the text: Swedish largest in Swedish and mixed text; chess clubs
# in Sweden have many players of Iranian, Indian, Ukrainian and Chinese birth, so those weigh a
# little more than the population alone would give them.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "persian": 3, "polish": 2.5, "bcs": 2.5,
        "somali": 1.8, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5, "indian": 1.5,
        "ukrainian": 1.3, "eritrean": 1.2, "thai": 1, "latin": 1, "chinese": 0.8, "uk": 0.8,
        "us": 0.6,
    },
    "en": {
        "us": 38, "uk": 36, "swedish": 9, "indian": 4, "arabic": 2, "polish": 2, "latin": 2,
        "chinese": 1.5, "ukrainian": 1.5, "finnish": 1, "persian": 1, "turkish": 1, "somali": 0.8,
        "bcs": 0.8, "thai": 0.6, "eritrean": 0.5, "afghan": 0.5, "kurdish": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 10, "us": 10, "arabic": 5, "finnish": 3, "polish": 3, "persian": 3,
        "bcs": 2.5, "indian": 2, "somali": 1.5, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5,
        "ukrainian": 1.5, "eritrean": 1, "thai": 1, "latin": 1, "chinese": 1,
    },
}  # fmt: skip

# Short forms people go by (`Lasse` for Lars), per origin and given name.
NICK_SV: dict[str, tuple[str, ...]] = {
    "Lars": ("Lasse",), "Mikael": ("Micke",), "Joakim": ("Jocke",), "Karl": ("Kalle",),
    "Per": ("Pelle", "Perra"), "Magnus": ("Manne",), "Thomas": ("Tompa",), "Tomas": ("Tompa",),
    "Christoffer": ("Stoffe", "Kricke"), "Kristoffer": ("Stoffe",), "Fredrik": ("Fredde",),
    "Robert": ("Robban",), "Patrik": ("Patte",), "Kenneth": ("Kenta",), "Kent": ("Kenta",),
    "Tobias": ("Tobbe",), "Torbjörn": ("Tobbe",), "Sebastian": ("Sebbe",), "Mattias": ("Matte",),
    "Marcus": ("Mackan",), "Henrik": ("Henke",), "Gustav": ("Gurra", "Gugge"), "Gunnar": ("Gurra",),
    "Jan": ("Janne",), "Hans": ("Hasse",), "Stefan": ("Steffe",), "Daniel": ("Danne",),
    "Alexander": ("Alex",), "Ulf": ("Uffe",), "Bengt": ("Bengan",), "Leif": ("Leffe",),
    "Rolf": ("Roffe",), "Kristian": ("Krille",), "Christian": ("Krille",), "Niklas": ("Nicke",),
    "Nils": ("Nisse",), "Jonas": ("Jonte",), "Sven": ("Svenne",), "Anders": ("Ante",),
    "Johan": ("Jojje",), "Andreas": ("Andy",), "Olof": ("Olle",), "Roger": ("Rogge",),
    "Elisabeth": ("Lisa", "Bettan"), "Kristina": ("Stina", "Kicki"), "Christina": ("Kicki",),
    "Katarina": ("Kattis", "Kajsa"), "Margareta": ("Maggan", "Greta"), "Susanne": ("Sussie",),
    "Charlotte": ("Lotta",), "Charlotta": ("Lotta",), "Birgitta": ("Gittan", "Bittan"),
    "Viktoria": ("Vicky",), "Victoria": ("Vicky",), "Cecilia": ("Cilla",), "Louise": ("Lollo",),
    "Madeleine": ("Maddie",), "Camilla": ("Millan",), "Matilda": ("Tilda",), "Therese": ("Tessan",),
    "Annika": ("Annie",), "Gunilla": ("Gunsan",), "Ulrika": ("Ulla",), "Jessica": ("Jessie",),
    "Barbro": ("Babbe",), "Agneta": ("Agge",), "Ingegerd": ("Inger",), "Maria": ("Mia", "Majsan"),
    "Karin": ("Kajsa",), "Kerstin": ("Kickan",), "Helena": ("Lena",), "Johanna": ("Hanna", "Jossan"),
    "Josefin": ("Jossan", "Fina"), "Linnéa": ("Nea",), "Sofia": ("Soffan",), "Jennifer": ("Jenny",),
    "Amanda": ("Manda",), "Erik": ("Erre",), "Peter": ("Peppe",), "Lennart": ("Lelle",),
    "Bertil": ("Berra",), "Christer": ("Kicke",), "Roland": ("Rolle",), "Kurt": ("Kurre",),
    "Jesper": ("Jeppe",), "Ludvig": ("Ludde",), "Jörgen": ("Jögge",), "Viktor": ("Vicke",),
    "Filip": ("Fille",), "Oskar": ("Ogge", "Osse"), "William": ("Wille",), "Tommy": ("Tompa",),
    "Björn": ("Nalle",), "Bo": ("Boppe",),
}  # fmt: skip
NICK_EN: dict[str, tuple[str, ...]] = {
    "William": ("Will", "Bill"), "Robert": ("Rob", "Bob", "Bobby"), "Richard": ("Rick", "Dick"),
    "James": ("Jim", "Jimmy"), "Michael": ("Mike", "Mick"), "Christopher": ("Chris",),
    "Elizabeth": ("Liz", "Beth"), "Katherine": ("Kate", "Kathy"), "Catherine": ("Cathy", "Kate"),
    "Jennifer": ("Jen", "Jenny"), "Margaret": ("Maggie", "Peggy"), "Susan": ("Sue",),
    "Patricia": ("Pat", "Trish"), "Anthony": ("Tony",), "Thomas": ("Tom", "Tommy"),
    "Daniel": ("Dan", "Danny"), "Matthew": ("Matt",), "Andrew": ("Andy", "Drew"), "Joseph": ("Joe",),
    "David": ("Dave",), "Stephen": ("Steve",), "Steven": ("Steve",), "Edward": ("Ed", "Ted"),
    "Nicholas": ("Nick",), "Benjamin": ("Ben",), "Samuel": ("Sam",), "Alexander": ("Alex",),
    "Deborah": ("Debbie", "Deb"), "Rebecca": ("Becky",), "Victoria": ("Vicky",),
    "Samantha": ("Sam",), "Jacqueline": ("Jackie",), "Alexandra": ("Alex",), "Gillian": ("Jill",),
    "Kenneth": ("Ken",), "Timothy": ("Tim",), "Jonathan": ("Jon",), "Charles": ("Charlie", "Chuck"),
    "Nicola": ("Nicky",), "Pamela": ("Pam",), "Dorothy": ("Dot",), "Barbara": ("Barb",),
    "Philip": ("Phil",), "Gregory": ("Greg",), "Frederick": ("Fred",), "Raymond": ("Ray",),
    "Lawrence": ("Larry",), "Gerald": ("Gerry",), "Terence": ("Terry",), "Donald": ("Don",),
    "Ronald": ("Ron",), "Leonard": ("Len",), "Kimberly": ("Kim",), "Christine": ("Chris",),
}  # fmt: skip
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": NICK_SV,
    "us": NICK_EN,
    "uk": NICK_EN,
}
