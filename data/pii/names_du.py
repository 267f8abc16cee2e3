# ruff: noqa: E501
"""Name pools of held-out DU (issue 15), weighted by how often people carry the names.

Written by a helper who does not tune the detector, from general knowledge of the name statistics
(SCB's ranks for Sweden, the ONS rankings for the UK, the commonest names of the origins common in
Sweden) and from the US Census 1990 lists (public domain, copied from the `names` package's data
files `dist.female.first`, `dist.male.first` and `dist.all.last`, the census per cent as weight).
No name was checked against anything in the repository, and none was left out for being known or
unknown. Every list is in rank order; a ranked list weighs each name 1/rank, and `head` says how
many of its first names make its head (the rest is its tail).
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


def ranked(names: tuple[str, ...], head: int) -> Pool:
    """A list in rank order, weight 1/rank; no name twice."""
    if len(set(names)) != len(names):
        twice = sorted({n for n in names if names.count(n) > 1})
        raise ValueError(f"names twice: {twice}")
    return Pool(names, tuple(1 / rank for rank in range(1, len(names) + 1)), min(head, len(names)))


def census(pairs: tuple[tuple[str, float], ...], head: int) -> Pool:
    """A census list with its per cents as weights."""
    return Pool(tuple(n for n, _ in pairs), tuple(w for _, w in pairs), head)


PLAIN = str.maketrans({"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "İ": "I", "ø": "o", "Ø": "O", "æ": "ae", "ß": "ss"})  # fmt: skip


def plain(word: str) -> str:
    """A name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`."""
    word = word.translate(PLAIN)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(word: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if word.endswith(male):
            return word[: -len(male)] + female
    return word


# Sweden: given names and surnames in the order of SCB's name statistics (all carriers, every
# given name a person has counted), written from general knowledge; head the top 150.
SV_F = (
    "Maria", "Elisabeth", "Anna", "Kristina", "Margareta", "Eva", "Linnéa", "Birgitta", "Karin", "Marie",
    "Ingrid", "Sofia", "Sara", "Christina", "Emma", "Kerstin", "Lena", "Helena", "Johanna", "Marianne",
    "Inger", "Louise", "Ulla", "Ida", "Viktoria", "Malin", "Hanna", "Elin", "Linda", "Julia",
    "Susanne", "Katarina", "Elsa", "Amanda", "Monica", "Alice", "Anita", "Ingegerd", "Ebba", "Gunilla",
    "Jenny", "Camilla", "Carina", "Barbro", "Annika", "Ann", "Matilda", "Maja", "Ulrika", "Åsa",
    "Caroline", "Astrid", "Frida", "Agneta", "Siv", "Cecilia", "Klara", "Charlotte", "Märta", "Wilma",
    "Emelie", "Therese", "Josefin", "Lisa", "Ella", "Gunnel", "Moa", "Ingela", "Jessica", "Elisabet",
    "Anneli", "Ellen", "Gun", "Britt", "Alva", "Pia", "Yvonne", "Irene", "Lovisa", "Mona",
    "Sandra", "Madeleine", "Emilia", "Mikaela", "Gabriella", "Britt-Marie", "Rebecka", "Ann-Marie", "Berit", "Evelina",
    "Elise", "Maud", "Marita", "Helen", "Ellinor", "Olivia", "Agnes", "Ingeborg", "Sonja", "Vera",
    "Isabelle", "Lina", "Nathalie", "Signe", "Tove", "Ronja", "Stina", "Ester", "Greta", "Ines",
    "Saga", "Selma", "Alexandra", "Elvira", "Felicia", "Jennie", "Marina", "Ann-Christin", "Anette", "Angelica",
    "Rut", "Solveig", "Gerd", "Majken", "Hedvig", "Vendela", "Tilda", "Nora", "Liv", "Fatima",
    "Lotta", "Ylva", "Mari", "Annelie", "Anna-Karin", "Magdalena", "Elina", "Karolina", "Tina", "Tuva",
    "Anja", "Sigrid", "Gunvor", "Margit", "Dagmar", "Ingalill", "Majvor", "Emilie", "Cornelia", "Isabella",
)  # fmt: skip
SV_F_TAIL = (
    "Ann-Charlotte", "Eva-Lena", "Ann-Sofie", "Anna-Lena", "Ann-Britt", "Maj-Britt", "Anne-Marie", "Lise-Lotte", "Ann-Louise", "Marie-Louise",
    "Kajsa", "Jonna", "Linn", "Nellie", "Thea", "Vilma", "Elsie", "Svea", "Edith", "Stella",
    "Hilda", "Tyra", "Lova", "Meja", "Juni", "Freja", "Leia", "Lykke", "Hedda", "Majlis",
    "Idun", "Ingeli", "Gudrun", "Ragnhild", "Gunborg", "Elvy", "Asta", "Aina", "Alma", "Ingegärd",
    "Inga", "Ingalena", "Birgit", "Britta", "Brita", "Rakel", "Teresia", "Viola", "Dagny", "Alfhild",
    "Elena", "Fanny", "Hilma", "Hulda", "Lilly", "Mimmi", "Minna", "Sally", "Siri", "Tindra",
    "Elvina", "Ottilia", "Valborg", "Viveka", "Vivianne", "Yvette", "Yrsa", "Zara", "Sanna", "Sofie",
    "Therése", "Terese", "Jeanette", "Susann", "Pernilla", "Petra", "Pauline", "Paula", "Nina", "Mia",
    "Lovise", "Louisa", "Lisbeth", "Lillemor", "Lise", "Kristin", "Kicki", "Katrin", "Karina", "Jannike",
    "Jill", "Irma", "Inez", "Ilona", "Helga", "Hélène", "Harriet", "Gull-Britt", "Gunhild", "Gertrud",
    "Eleonora", "Elna", "Emmy", "Doris", "Dorotea", "Clara", "Catharina", "Carin", "Camila", "Bodil",
    "Bettina", "Beatrice", "Benita", "Annette", "Anneliese", "Annie", "Ann-Kristin", "Ann-Katrin", "Anki", "Agda",
    "Madelene", "Magda", "Malva", "Marit", "Marlene", "Matilde", "Melissa", "Mira", "Miriam", "Molly",
    "Märit", "Nadja", "Natalie", "Noomi", "Nova", "Olga", "Nelly", "Regina", "Rosie", "Ruth",
    "Sabina", "Sigyn", "Solbritt", "Stefanie", "Susan", "Tea", "Tekla", "Thyra", "Tora", "Torborg",
    "Ulla-Britt", "Una", "Valdis", "Wanja", "Wendela", "Yasmin", "Zeinab", "Amira", "Aisha", "Amina",
    "Maryam", "Noor", "Sahra", "Hawa", "Leila", "Nour", "Rania", "Samira", "Shirin", "Nasrin",
    "Elif", "Zeynep", "Ayan", "Hodan", "Katja", "Kaisa", "Marjatta", "Pirjo", "Tuula", "Anneke",
    "Edda", "Embla", "Frigg", "Gry", "Hjördis", "Ingvor", "Jorunn", "Kersti", "Lenita", "Lisen",
    "Lovis", "Maj", "Margret", "Mariana", "Merja", "Monika", "Nanna", "Ottilie", "Pernille", "Ragna",
    "Rebecca", "Rosita", "Sylvia", "Tanja", "Tova", "Ulrica", "Veronica", "Vivi", "Wivi", "Ann-Mari",
)  # fmt: skip
SV_M = (
    "Lars", "Karl", "Anders", "Johan", "Per", "Erik", "Nils", "Carl", "Mikael", "Jan",
    "Lennart", "Hans", "Olof", "Peter", "Gunnar", "Sven", "Fredrik", "Daniel", "Bengt", "Bo",
    "Gustav", "Alexander", "Åke", "Göran", "Magnus", "Martin", "Andreas", "John", "Stefan", "Axel",
    "Leif", "Mats", "Ulf", "Thomas", "Jonas", "Björn", "Bertil", "Oskar", "Mattias", "Arne",
    "Henrik", "Ingvar", "Kjell", "Emil", "Håkan", "Christer", "Stig", "Viktor", "Simon", "Tommy",
    "David", "Roger", "Rolf", "Anton", "Robert", "William", "Marcus", "Niklas", "Tomas", "Kent",
    "Patrik", "Christian", "Sebastian", "Elias", "Hugo", "Gösta", "Rune", "Rickard", "Lucas", "Filip",
    "Jakob", "Oscar", "Christoffer", "Joakim", "Claes", "Adam", "Jonathan", "Kurt", "Robin", "Tobias",
    "Ove", "Rasmus", "Isak", "Emanuel", "Kristoffer", "Ludvig", "Olle", "Roland", "Dan", "Torbjörn",
    "Jesper", "Jörgen", "Johannes", "Ingemar", "Albin", "Joel", "Kenneth", "Gabriel", "Dennis", "Hampus",
    "Samuel", "Linus", "Liam", "Mohammed", "Edvin", "Oliver", "Viggo", "Theo", "Noah", "Alfred",
    "Vincent", "Arvid", "Max", "Leo", "Melvin", "Ivar", "Harry", "Wilhelm", "Love", "Valter",
    "Folke", "Allan", "Georg", "Sture", "Tage", "Josef", "Jimmy", "Conny", "Jens", "Morgan",
    "Benjamin", "Felix", "Otto", "August", "Sixten", "Ali", "Lars-Erik", "Karl-Erik", "Per-Olof", "Jan-Erik",
    "Carl-Johan", "Nils-Erik", "Bror", "Einar", "Erland", "Göte", "Ronny", "Urban", "Pontus", "Tor",
)  # fmt: skip
SV_M_TAIL = (
    "Karl-Johan", "Lars-Göran", "Per-Anders", "Jan-Olof", "Sven-Erik", "Bengt-Åke", "Hans-Olof", "Lars-Olof", "Carl-Axel", "Nils-Olof",
    "Abraham", "Algot", "Alve", "Arne-Erik", "Assar", "Birger", "Bruno", "Börje", "Casper", "Charlie",
    "Curt", "Dag", "Douglas", "Ebbe", "Edward", "Egon", "Elmer", "Elis", "Elof", "Enar",
    "Evert", "Frans", "Fritiof", "Gerhard", "Gillis", "Gottfrid", "Gunne", "Gustaf", "Halvar", "Harald",
    "Helge", "Henning", "Herbert", "Hilding", "Holger", "Iwan", "Jarl", "Joar", "Julius", "Kalle",
    "Knut", "Konrad", "Krister", "Lage", "Lave", "Leonard", "Loke", "Lukas", "Malte", "Manne",
    "Matteus", "Melker", "Milan", "Milo", "Måns", "Natanael", "Nicklas", "Nikola", "Ola", "Orvar",
    "Osvald", "Ossian", "Palle", "Patric", "Per-Erik", "Petter", "Pierre", "Ragnar", "Reinhold", "Rikard",
    "Roine", "Ruben", "Rudolf", "Sigfrid", "Sigge", "Sigurd", "Sivert", "Staffan", "Sten", "Stellan",
    "Svante", "Sölve", "Teodor", "Tim", "Titus", "Tryggve", "Tord", "Torsten", "Ture", "Uno",
    "Valdemar", "Verner", "Vidar", "Vilgot", "Vilhelm", "Yngve", "Åsmund", "Östen", "Agne", "Alvar",
    "Alvin", "Amir", "Ahmed", "Sören", "Benny", "Bill", "Billy", "Boris", "Calle", "Christopher",
    "Clas", "Dragan", "Edgar", "Eddie", "Elliot", "Emir", "Erling", "Esbjörn", "Fabian", "Ferdinand",
    "Gert", "Glenn", "Gregor", "Hannes", "Harri", "Heikki", "Hjalmar", "Ibrahim", "Ingmar", "Isac",
    "Ivan", "Jack", "Jari", "Jerker", "Joacim", "Joachim", "Jonny", "Juha", "Kai", "Kennet",
    "Kevin", "Kim", "Lasse", "Leopold", "Lenny", "Lorentz", "Magne", "Marko", "Mattis", "Mohamed",
    "Nicolai", "Noel", "Omar", "Paul", "Pelle", "Pentti", "Ragnvald", "Reza", "Richard", "Roy",
    "Seth", "Sigvard", "Stanley", "Sune", "Thor", "Thure", "Timo", "Tony", "Torgny", "Ulrik",
    "Valentin", "Werner", "Wiktor", "Yusuf", "Zakarias", "Vilmer", "Ernst", "Anselm", "Tore", "Matts",
    "Aron", "Edvard", "Eskil", "Gunder", "Hilmer", "Ingolf", "Jonatan", "Kasper", "Laban", "Mauritz",
    "Nore", "Odd", "Per-Gunnar", "Samir", "Sigvald", "Vilmar", "Yngvar", "Hadi", "Mehmet", "Hamid", "Dawit",
)  # fmt: skip
SV_S = (
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson",
    "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Olofsson",
    "Lindström", "Lindqvist", "Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren", "Lundqvist",
    "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg", "Ali", "Wallin", "Mohammed",
    "Engström", "Eklund", "Danielsson", "Lundin", "Håkansson", "Björk", "Bergman", "Gunnarsson", "Holm", "Wikström",
    "Samuelsson", "Isaksson", "Fransson", "Bergqvist", "Nyström", "Holmberg", "Arvidsson", "Löfgren", "Söderberg", "Nyberg",
    "Blomqvist", "Claesson", "Nordström", "Ahmed", "Mårtensson", "Lundström", "Hassan", "Viklund", "Björklund", "Eliasson",
    "Pålsson", "Berggren", "Sandström", "Lund", "Nordin", "Ström", "Åberg", "Falk", "Ekström", "Hermansson",
    "Holmgren", "Hellström", "Dahlberg", "Hedlund", "Sundberg", "Sjögren", "Ek", "Blom", "Abrahamsson", "Martinsson",
    "Öberg", "Andreasson", "Strömberg", "Månsson", "Hansen", "Åkesson", "Dahl", "Lindholm", "Norberg", "Holmqvist",
    "Mohamed", "Jensen", "Söderström", "Hussein", "Nielsen", "Ibrahim", "Omar", "Sundström", "Nordlund", "Ivarsson",
    "Adolfsson", "Wiklund", "Nyman", "Boström", "Hedberg", "Lindell", "Göransson", "Sundqvist", "Hellman", "Malmberg",
    "Lindblom", "Jonasson", "Eklöf", "Engberg", "Sjöström", "Strand", "Karlberg", "Gustavsson", "Westerberg", "Lindahl",
    "Johnsson", "Hammar", "Josefsson", "Hägglund", "Forslund", "Rosén", "Edlund", "Holmström", "Sandin", "Östlund",
    "Nordqvist", "Hedström", "Ekberg", "Lindén", "Bäckström", "Nord", "Svärd", "Sjölund", "Berntsson", "Lindroth",
)  # fmt: skip
SV_S_TAIL = (
    "Ågren", "Forsgren", "Kristiansson", "Ekman", "Wahlström", "Nygren", "Ottosson", "Backman", "Palm", "Borg",
    "Bergkvist", "Sjöholm", "Kjellberg", "Hellsten", "Ahlberg", "Ekholm", "Hallberg", "Granberg", "Sjödin", "Lundmark",
    "Nilsén", "Wahlberg", "Ahlström", "Lindkvist", "Zetterberg", "Öhman", "Westin", "Wallén", "Hedman", "Almqvist",
    "Sundin", "Rydberg", "Lilja", "Brandt", "Bergstrand", "Grahn", "Carlsson", "Carlberg", "Engman", "Sundén",
    "Björkman", "Hallgren", "Isberg", "Löfstedt", "Melin", "Norén", "Nordgren", "Persmark", "Rask", "Risberg",
    "Rundqvist", "Sahlin", "Skoglund", "Stenberg", "Söderlund", "Thorén", "Tengvall", "Vestin", "Wennberg", "Ylvén",
    "Åström", "Östberg", "Alm", "Aronsson", "Asplund", "Backlund", "Bengtzon", "Berglöf", "Björnberg", "Blixt",
    "Bodin", "Broman", "Byström", "Carlström", "Dahlgren", "Dahlin", "Ekdahl", "Elmqvist", "Enqvist", "Fagerström",
    "Forsman", "Frisk", "Frid", "Gran", "Grönlund", "Gunnarsdotter", "Gyllenhammar", "Hagberg", "Hammarström", "Hedin",
    "Hellberg", "Hellgren", "Holmlund", "Hultgren", "Hägg", "Jakobsen", "Jernberg", "Johannesson", "Kihlberg", "Kling",
    "Kronberg", "Kvist", "Lagerlöf", "Lagerqvist", "Larsdotter", "Lidén", "Lindwall", "Ljung", "Ljungberg", "Ljunggren",
    "Lönnqvist", "Malm", "Marklund", "Modig", "Myhrberg", "Nordberg", "Norling", "Olander", "Palmqvist", "Pihl",
    "Qvist", "Ramberg", "Randell", "Rehn", "Ringqvist", "Rudberg", "Sandell", "Selander", "Sjöqvist", "Skog",
    "Stark", "Sterner", "Stolt", "Sundell", "Svedberg", "Swahn", "Söder", "Thunberg", "Tornberg", "Törnqvist",
    "Unger", "Wallgren", "Wennström", "Wessman", "Widén", "Wikander", "Winberg", "Zackrisson", "Åhlund", "Älmqvist",
    "Östman", "Abdi", "Yousef", "Khalil", "Saleh", "Hosseini", "Yilmaz", "Nguyen", "Kaya", "Korhonen",
    "Virtanen", "Nowak", "Warsame", "Jama", "Shamoun", "Haddad", "Rashid", "Karimi", "Demir", "Aziz",
    "von Platen", "af Klercker", "von Essen", "De Geer", "af Ugglas", "von Sydow", "af Trolle", "von Otter", "von Schantz", "Wachtmeister",
    "Lewenhaupt", "Gyllenstierna", "Bonde", "Sparre", "Posse", "Stiernstedt", "Silfverschiöld", "Cederschiöld", "Lagercrantz", "Adelsköld",
    "Fjällström", "Gidlund", "Hemmingsson", "Jämtgren", "Kallin", "Lejon", "Mattila", "Nordenskiöld", "Pettersén", "Rönnholm",
    "Sedin", "Tjäder", "Uddén", "Vikström", "Wernersson", "Ölvebro", "Bohlin", "Carlén", "Dufva", "Ernström",
    "Falkenberg", "Gärdin", "Häll", "Ingvarsson", "Jarl", "Kvarnström", "Löwenborg", "Mörk", "Nylander", "Orrenius",
)  # fmt: skip

US_F = (
    ("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.98),
    ("Elizabeth", 0.937), ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794),
    ("Margaret", 0.768), ("Dorothy", 0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667),
    ("Betty", 0.666), ("Helen", 0.663), ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565),
    ("Ruth", 0.562), ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.51), ("Sarah", 0.508),
    ("Kimberly", 0.504), ("Deborah", 0.494), ("Jessica", 0.49), ("Shirley", 0.482),
    ("Cynthia", 0.469), ("Angela", 0.468), ("Melissa", 0.462), ("Brenda", 0.455), ("Amy", 0.451),
    ("Anna", 0.44), ("Rebecca", 0.43), ("Virginia", 0.43), ("Kathleen", 0.424), ("Pamela", 0.416),
    ("Martha", 0.412), ("Debra", 0.408), ("Amanda", 0.404), ("Stephanie", 0.4),
    ("Carolyn", 0.385), ("Christine", 0.382), ("Marie", 0.379), ("Janet", 0.379),
    ("Catherine", 0.373), ("Frances", 0.37), ("Ann", 0.364), ("Joyce", 0.364), ("Diane", 0.359),
    ("Alice", 0.357), ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336), ("Doris", 0.335),
    ("Gloria", 0.335), ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315), ("Mildred", 0.313),
    ("Katherine", 0.313), ("Joan", 0.306), ("Ashley", 0.303), ("Judith", 0.297), ("Rose", 0.296),
    ("Janice", 0.285), ("Kelly", 0.283), ("Nicole", 0.281), ("Judy", 0.276), ("Christina", 0.275),
    ("Kathy", 0.272), ("Theresa", 0.271), ("Beverly", 0.267), ("Denise", 0.264), ("Tammy", 0.259),
    ("Irene", 0.252), ("Jane", 0.25), ("Lori", 0.248), ("Rachel", 0.242), ("Marilyn", 0.241),
    ("Andrea", 0.236), ("Kathryn", 0.234), ("Louise", 0.229), ("Sara", 0.229), ("Anne", 0.228),
    ("Jacqueline", 0.228), ("Wanda", 0.226), ("Bonnie", 0.223), ("Julia", 0.223), ("Ruby", 0.221),
    ("Lois", 0.22), ("Tina", 0.22), ("Phyllis", 0.219), ("Norma", 0.218), ("Paula", 0.217),
    ("Diana", 0.216), ("Annie", 0.216), ("Lillian", 0.211), ("Emily", 0.208), ("Robin", 0.208),
    ("Peggy", 0.208), ("Crystal", 0.207), ("Gladys", 0.205), ("Rita", 0.204), ("Dawn", 0.202),
    ("Connie", 0.2), ("Florence", 0.2), ("Tracy", 0.197), ("Edna", 0.197), ("Tiffany", 0.195),
    ("Carmen", 0.195), ("Rosa", 0.194), ("Cindy", 0.192), ("Grace", 0.189), ("Wendy", 0.185),
    ("Victoria", 0.18), ("Edith", 0.179), ("Kim", 0.178), ("Sherry", 0.178), ("Sylvia", 0.177),
    ("Josephine", 0.177), ("Thelma", 0.175), ("Shannon", 0.175), ("Sheila", 0.175),
    ("Ethel", 0.174), ("Ellen", 0.173), ("Elaine", 0.173), ("Marjorie", 0.173), ("Carrie", 0.171),
    ("Charlotte", 0.169), ("Monica", 0.166), ("Esther", 0.166), ("Pauline", 0.165),
    ("Emma", 0.165), ("Juanita", 0.164), ("Anita", 0.162), ("Rhonda", 0.162), ("Hazel", 0.161),
    ("Amber", 0.16), ("Eva", 0.159), ("Debbie", 0.157), ("April", 0.154), ("Leslie", 0.154),
    ("Clara", 0.153), ("Lucille", 0.153), ("Jamie", 0.153), ("Joanne", 0.15), ("Eleanor", 0.15),
    ("Valerie", 0.149), ("Danielle", 0.149), ("Megan", 0.147), ("Alicia", 0.146),
    ("Suzanne", 0.145), ("Michele", 0.145), ("Gail", 0.145), ("Bertha", 0.143),
    ("Darlene", 0.142), ("Veronica", 0.142), ("Jill", 0.142), ("Erin", 0.141),
    ("Geraldine", 0.141), ("Lauren", 0.137), ("Cathy", 0.137), ("Joann", 0.136),
    ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135), ("Regina", 0.133), ("Erica", 0.13),
    ("Beatrice", 0.13), ("Dolores", 0.129), ("Bernice", 0.128), ("Audrey", 0.127),
    ("Yvonne", 0.126), ("Annette", 0.125), ("June", 0.125), ("Samantha", 0.124),
    ("Marion", 0.122), ("Dana", 0.122), ("Stacy", 0.121), ("Ana", 0.12), ("Renee", 0.12),
    ("Ida", 0.118), ("Vivian", 0.118), ("Roberta", 0.117), ("Holly", 0.117), ("Brittany", 0.117),
    ("Melanie", 0.116), ("Loretta", 0.115), ("Yolanda", 0.115), ("Jeanette", 0.115),
    ("Laurie", 0.114), ("Katie", 0.113), ("Kristen", 0.111), ("Vanessa", 0.111), ("Alma", 0.111),
    ("Sue", 0.111), ("Elsie", 0.11), ("Beth", 0.11), ("Jeanne", 0.109), ("Vicki", 0.109),
    ("Carla", 0.107), ("Tara", 0.107), ("Rosemary", 0.107), ("Eileen", 0.105), ("Terri", 0.105),
    ("Gertrude", 0.103), ("Lucy", 0.103), ("Tonya", 0.102), ("Ella", 0.101), ("Stacey", 0.101),
    ("Wilma", 0.099), ("Gina", 0.099), ("Kristin", 0.099), ("Jessie", 0.098), ("Natalie", 0.098),
    ("Agnes", 0.098), ("Vera", 0.098), ("Willie", 0.097), ("Charlene", 0.097), ("Bessie", 0.096),
    ("Delores", 0.095), ("Melinda", 0.094), ("Pearl", 0.094), ("Arlene", 0.094),
    ("Maureen", 0.092), ("Colleen", 0.092), ("Allison", 0.092), ("Tamara", 0.092), ("Joy", 0.091),
    ("Georgia", 0.091), ("Constance", 0.091), ("Lillie", 0.09), ("Claudia", 0.09),
    ("Jackie", 0.09), ("Marcia", 0.09), ("Tanya", 0.089), ("Nellie", 0.089), ("Minnie", 0.089),
    ("Marlene", 0.088), ("Heidi", 0.088), ("Glenda", 0.088), ("Lydia", 0.086), ("Viola", 0.086),
    ("Courtney", 0.086), ("Marian", 0.086), ("Stella", 0.085), ("Caroline", 0.085),
    ("Dora", 0.084), ("Jo", 0.083), ("Vickie", 0.082), ("Mattie", 0.081), ("Terry", 0.08),
    ("Maxine", 0.079), ("Irma", 0.079), ("Mabel", 0.078), ("Marsha", 0.078), ("Myrtle", 0.078),
    ("Lena", 0.077), ("Christy", 0.077), ("Deanna", 0.076), ("Patsy", 0.076), ("Hilda", 0.075),
    ("Gwendolyn", 0.074), ("Jennie", 0.073), ("Nora", 0.073), ("Margie", 0.072), ("Nina", 0.072),
    ("Cassandra", 0.072), ("Leah", 0.072), ("Penny", 0.071), ("Kay", 0.071), ("Priscilla", 0.071),
    ("Naomi", 0.071), ("Carole", 0.071), ("Brandy", 0.07), ("Olga", 0.07), ("Billie", 0.069),
    ("Dianne", 0.069), ("Tracey", 0.069), ("Leona", 0.069), ("Jenny", 0.068), ("Felicia", 0.068),
    ("Sonia", 0.068), ("Miriam", 0.066), ("Velma", 0.066), ("Becky", 0.066), ("Bobbie", 0.065),
    ("Violet", 0.065), ("Kristina", 0.065), ("Toni", 0.064), ("Misty", 0.063), ("Mae", 0.063),
    ("Shelly", 0.062), ("Daisy", 0.062), ("Ramona", 0.062), ("Sherri", 0.062), ("Erika", 0.061),
    ("Katrina", 0.061), ("Claire", 0.061), ("Lindsey", 0.06), ("Lindsay", 0.06),
    ("Geneva", 0.059), ("Guadalupe", 0.059), ("Belinda", 0.059), ("Margarita", 0.059),
    ("Sheryl", 0.059), ("Cora", 0.058), ("Faye", 0.058), ("Ada", 0.057), ("Natasha", 0.057),
    ("Sabrina", 0.057), ("Isabel", 0.057), ("Marguerite", 0.056), ("Hattie", 0.056),
    ("Harriet", 0.056), ("Molly", 0.055), ("Cecilia", 0.055), ("Kristi", 0.055),
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
    ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042), ("Kara", 0.041),
    ("Jacquelyn", 0.041), ("Erma", 0.041), ("Blanca", 0.041), ("Myra", 0.04), ("Leticia", 0.04),
    ("Pat", 0.04), ("Krista", 0.04), ("Roxanne", 0.04), ("Angelica", 0.039), ("Johnnie", 0.039),
    ("Robyn", 0.039), ("Francis", 0.039), ("Adrienne", 0.039), ("Rosalie", 0.039),
    ("Alexandra", 0.039), ("Brooke", 0.039), ("Bethany", 0.039), ("Sadie", 0.039),
    ("Bernadette", 0.039),
)  # fmt: skip
US_M = (
    ("James", 3.318), ("John", 3.271), ("Robert", 3.143), ("Michael", 2.629), ("William", 2.451),
    ("David", 2.363), ("Richard", 1.703), ("Charles", 1.523), ("Joseph", 1.404), ("Thomas", 1.38),
    ("Christopher", 1.035), ("Daniel", 0.974), ("Paul", 0.948), ("Mark", 0.938),
    ("Donald", 0.931), ("George", 0.927), ("Kenneth", 0.826), ("Steven", 0.78), ("Edward", 0.779),
    ("Brian", 0.736), ("Ronald", 0.725), ("Anthony", 0.721), ("Kevin", 0.671), ("Jason", 0.66),
    ("Matthew", 0.657), ("Gary", 0.65), ("Timothy", 0.64), ("Jose", 0.613), ("Larry", 0.598),
    ("Jeffrey", 0.591), ("Frank", 0.581), ("Scott", 0.546), ("Eric", 0.544), ("Stephen", 0.54),
    ("Andrew", 0.537), ("Raymond", 0.488), ("Gregory", 0.441), ("Joshua", 0.435),
    ("Jerry", 0.432), ("Dennis", 0.415), ("Walter", 0.399), ("Patrick", 0.389), ("Peter", 0.381),
    ("Harold", 0.371), ("Douglas", 0.367), ("Henry", 0.365), ("Carl", 0.346), ("Arthur", 0.335),
    ("Ryan", 0.328), ("Roger", 0.322), ("Joe", 0.321), ("Juan", 0.316), ("Jack", 0.315),
    ("Albert", 0.314), ("Jonathan", 0.313), ("Justin", 0.311), ("Terry", 0.311),
    ("Gerald", 0.309), ("Keith", 0.308), ("Samuel", 0.306), ("Willie", 0.302), ("Ralph", 0.282),
    ("Lawrence", 0.282), ("Nicholas", 0.275), ("Roy", 0.273), ("Benjamin", 0.27),
    ("Bruce", 0.263), ("Brandon", 0.26), ("Adam", 0.259), ("Harry", 0.251), ("Fred", 0.251),
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
    ("Francis", 0.16), ("Bradley", 0.159), ("Jesus", 0.155), ("Herbert", 0.155),
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
    ("Brett", 0.082), ("Angel", 0.082), ("Nathaniel", 0.081), ("Rafael", 0.081),
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
    ("Armando", 0.058), ("Felix", 0.058), ("Jimmie", 0.058), ("Everett", 0.057),
    ("Jordan", 0.056), ("Ian", 0.056), ("Wallace", 0.056), ("Ken", 0.055), ("Bob", 0.055),
    ("Jaime", 0.055), ("Casey", 0.054), ("Alfredo", 0.054), ("Alberto", 0.053), ("Dave", 0.053),
    ("Ivan", 0.053), ("Johnnie", 0.052), ("Sidney", 0.052), ("Byron", 0.052), ("Julian", 0.052),
    ("Isaac", 0.051), ("Morris", 0.051), ("Clifton", 0.05), ("Willard", 0.05), ("Daryl", 0.05),
    ("Ross", 0.05), ("Virgil", 0.049), ("Andy", 0.049), ("Marshall", 0.049), ("Salvador", 0.049),
    ("Perry", 0.049), ("Kirk", 0.049), ("Sergio", 0.049), ("Marion", 0.048), ("Tracy", 0.048),
    ("Seth", 0.048), ("Kent", 0.048), ("Terrance", 0.048), ("Rene", 0.048), ("Eduardo", 0.047),
    ("Terrence", 0.047), ("Enrique", 0.046), ("Freddie", 0.046), ("Wade", 0.045),
    ("Austin", 0.044), ("Stuart", 0.044), ("Fredrick", 0.043), ("Arturo", 0.043),
    ("Alejandro", 0.043), ("Jackie", 0.043), ("Joey", 0.043), ("Nick", 0.043), ("Luther", 0.043),
    ("Wendell", 0.042), ("Jeremiah", 0.042), ("Evan", 0.042), ("Julius", 0.042), ("Dana", 0.042),
    ("Donnie", 0.041), ("Otis", 0.041), ("Shannon", 0.04), ("Trevor", 0.04), ("Oliver", 0.04),
    ("Luke", 0.04), ("Homer", 0.04), ("Gerard", 0.04), ("Doug", 0.04), ("Kenny", 0.039),
    ("Hubert", 0.039), ("Angelo", 0.039), ("Shaun", 0.039), ("Lyle", 0.038), ("Matt", 0.038),
    ("Lynn", 0.038), ("Alfonso", 0.038), ("Orlando", 0.037), ("Rex", 0.037), ("Carlton", 0.037),
    ("Ernesto", 0.037), ("Cameron", 0.037), ("Neal", 0.037), ("Pablo", 0.036), ("Lorenzo", 0.036),
    ("Omar", 0.036), ("Wilbur", 0.036), ("Blake", 0.036), ("Grant", 0.036), ("Horace", 0.036),
    ("Roderick", 0.036), ("Kerry", 0.036), ("Abraham", 0.035), ("Willis", 0.035),
    ("Rickey", 0.035), ("Jean", 0.035), ("Ira", 0.035), ("Andres", 0.034), ("Cesar", 0.034),
    ("Johnathan", 0.034), ("Malcolm", 0.034), ("Rudolph", 0.034), ("Damon", 0.034),
    ("Kelvin", 0.034), ("Rudy", 0.034), ("Preston", 0.034), ("Alton", 0.033), ("Archie", 0.033),
    ("Marco", 0.033), ("Pete", 0.032), ("Randolph", 0.032), ("Garry", 0.032), ("Geoffrey", 0.032),
    ("Jonathon", 0.032), ("Felipe", 0.032), ("Bennie", 0.032), ("Gerardo", 0.032), ("Ed", 0.032),
    ("Dominic", 0.032), ("Robin", 0.032), ("Loren", 0.032), ("Delbert", 0.031), ("Colin", 0.031),
    ("Guillermo", 0.031), ("Earnest", 0.031), ("Lucas", 0.031), ("Benny", 0.03), ("Noel", 0.03),
    ("Spencer", 0.03), ("Rodolfo", 0.03), ("Myron", 0.03), ("Edmund", 0.03), ("Garrett", 0.029),
    ("Salvatore", 0.029), ("Cedric", 0.029), ("Lowell", 0.029), ("Gregg", 0.029),
    ("Sherman", 0.028), ("Wilson", 0.028), ("Devin", 0.028), ("Sylvester", 0.028), ("Kim", 0.028),
    ("Roosevelt", 0.028), ("Israel", 0.028), ("Jermaine", 0.028), ("Forrest", 0.027),
)  # fmt: skip
US_S = (
    ("Smith", 1.006), ("Johnson", 0.81), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621),
    ("Davis", 0.48), ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor", 0.311),
    ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.31), ("White", 0.279),
    ("Harris", 0.275), ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254),
    ("Martinez", 0.234), ("Robinson", 0.233), ("Clark", 0.231), ("Rodriguez", 0.229),
    ("Lewis", 0.226), ("Lee", 0.22), ("Walker", 0.219), ("Hall", 0.2), ("Allen", 0.199),
    ("Young", 0.193), ("Hernandez", 0.192), ("King", 0.19), ("Wright", 0.189), ("Lopez", 0.187),
    ("Hill", 0.187), ("Scott", 0.185), ("Green", 0.183), ("Adams", 0.174), ("Baker", 0.171),
    ("Gonzalez", 0.166), ("Nelson", 0.162), ("Carter", 0.162), ("Mitchell", 0.16),
    ("Perez", 0.155), ("Roberts", 0.153), ("Turner", 0.152), ("Phillips", 0.149),
    ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141), ("Edwards", 0.137),
    ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.13), ("Morris", 0.125),
    ("Rogers", 0.123), ("Reed", 0.122), ("Cook", 0.12), ("Morgan", 0.118), ("Bell", 0.117),
    ("Murphy", 0.117), ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper", 0.113),
    ("Richardson", 0.112), ("Cox", 0.11), ("Howard", 0.11), ("Ward", 0.108), ("Torres", 0.108),
    ("Peterson", 0.107), ("Gray", 0.106), ("Ramirez", 0.105), ("James", 0.105), ("Watson", 0.103),
    ("Brooks", 0.103), ("Kelly", 0.102), ("Sanders", 0.1), ("Price", 0.099), ("Bennett", 0.099),
    ("Wood", 0.098), ("Barnes", 0.097), ("Ross", 0.096), ("Henderson", 0.095), ("Coleman", 0.095),
    ("Jenkins", 0.095), ("Perry", 0.094), ("Powell", 0.093), ("Long", 0.092),
    ("Patterson", 0.092), ("Hughes", 0.092), ("Flores", 0.092), ("Washington", 0.092),
    ("Butler", 0.091), ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales", 0.087),
    ("Bryant", 0.087), ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084),
    ("Diaz", 0.084), ("Hayes", 0.083), ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082),
    ("Graham", 0.082), ("Sullivan", 0.081), ("Wallace", 0.081), ("Woods", 0.08), ("Cole", 0.08),
    ("West", 0.08), ("Jordan", 0.078), ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077),
    ("Ellis", 0.077), ("Harrison", 0.076), ("Gibson", 0.075), ("McDonald", 0.075),
    ("Cruz", 0.075), ("Marshall", 0.075), ("Ortiz", 0.075), ("Gomez", 0.075), ("Murray", 0.074),
    ("Freeman", 0.074), ("Wells", 0.073), ("Webb", 0.072), ("Simpson", 0.07), ("Stevens", 0.07),
    ("Tucker", 0.07), ("Porter", 0.069), ("Hunter", 0.069), ("Hicks", 0.069), ("Crawford", 0.068),
    ("Henry", 0.068), ("Boyd", 0.068), ("Mason", 0.068), ("Morales", 0.067), ("Kennedy", 0.067),
    ("Warren", 0.067), ("Dixon", 0.066), ("Ramos", 0.066), ("Reyes", 0.066), ("Burns", 0.065),
    ("Gordon", 0.065), ("Shaw", 0.065), ("Holmes", 0.065), ("Rice", 0.064), ("Robertson", 0.064),
    ("Hunt", 0.063), ("Black", 0.063), ("Daniels", 0.062), ("Palmer", 0.062), ("Mills", 0.061),
    ("Nichols", 0.06), ("Grant", 0.06), ("Knight", 0.06), ("Ferguson", 0.059), ("Rose", 0.059),
    ("Stone", 0.059), ("Hawkins", 0.059), ("Dunn", 0.058), ("Perkins", 0.058), ("Hudson", 0.058),
    ("Spencer", 0.057), ("Gardner", 0.057), ("Stephens", 0.057), ("Payne", 0.057),
    ("Pierce", 0.056), ("Berry", 0.056), ("Matthews", 0.056), ("Arnold", 0.056),
    ("Wagner", 0.055), ("Willis", 0.055), ("Ray", 0.055), ("Watkins", 0.055), ("Olson", 0.055),
    ("Carroll", 0.055), ("Duncan", 0.055), ("Snyder", 0.055), ("Hart", 0.054),
    ("Cunningham", 0.054), ("Bradley", 0.054), ("Lane", 0.054), ("Andrews", 0.054),
    ("Ruiz", 0.054), ("Harper", 0.054), ("Fox", 0.053), ("Riley", 0.053), ("Armstrong", 0.053),
    ("Carpenter", 0.053), ("Weaver", 0.053), ("Greene", 0.053), ("Lawrence", 0.052),
    ("Elliott", 0.052), ("Chavez", 0.052), ("Sims", 0.052), ("Austin", 0.052), ("Peters", 0.052),
    ("Kelley", 0.052), ("Franklin", 0.051), ("Lawson", 0.051), ("Fields", 0.051),
    ("Gutierrez", 0.051), ("Ryan", 0.051), ("Schmidt", 0.051), ("Carr", 0.051),
    ("Vasquez", 0.051), ("Castillo", 0.051), ("Wheeler", 0.051), ("Chapman", 0.05),
    ("Oliver", 0.05), ("Montgomery", 0.049), ("Richards", 0.049), ("Williamson", 0.049),
    ("Johnston", 0.049), ("Banks", 0.048), ("Meyer", 0.048), ("Bishop", 0.048), ("McCoy", 0.048),
    ("Howell", 0.048), ("Alvarez", 0.048), ("Morrison", 0.048), ("Hansen", 0.047),
    ("Fernandez", 0.047), ("Garza", 0.047), ("Harvey", 0.047), ("Little", 0.046),
    ("Burton", 0.046), ("Stanley", 0.046), ("Nguyen", 0.046), ("George", 0.046),
    ("Jacobs", 0.046), ("Reid", 0.046), ("Kim", 0.045), ("Fuller", 0.045), ("Lynch", 0.045),
    ("Dean", 0.045), ("Gilbert", 0.045), ("Garrett", 0.045), ("Romero", 0.045), ("Welch", 0.044),
    ("Larson", 0.044), ("Frazier", 0.044), ("Burke", 0.044), ("Hanson", 0.043), ("Day", 0.043),
    ("Mendoza", 0.043), ("Moreno", 0.043), ("Bowman", 0.043), ("Medina", 0.042),
    ("Fowler", 0.042), ("Brewer", 0.042), ("Hoffman", 0.042), ("Carlson", 0.042),
    ("Silva", 0.042), ("Pearson", 0.042), ("Holland", 0.042), ("Douglas", 0.041),
    ("Fleming", 0.041), ("Jensen", 0.041), ("Vargas", 0.041), ("Byrd", 0.041),
    ("Davidson", 0.041), ("Hopkins", 0.041), ("May", 0.04), ("Terry", 0.04), ("Herrera", 0.04),
    ("Wade", 0.04), ("Soto", 0.04), ("Walters", 0.04), ("Curtis", 0.04), ("Neal", 0.039),
    ("Caldwell", 0.039), ("Lowe", 0.039), ("Jennings", 0.039), ("Barnett", 0.039),
    ("Graves", 0.039), ("Jimenez", 0.039), ("Horton", 0.039), ("Shelton", 0.039),
    ("Barrett", 0.039), ("O'Brien", 0.039), ("Castro", 0.039), ("Sutton", 0.038),
    ("Gregory", 0.038), ("McKinney", 0.038), ("Lucas", 0.038), ("Miles", 0.038), ("Craig", 0.038),
    ("Rodriquez", 0.037), ("Chambers", 0.037), ("Holt", 0.037), ("Lambert", 0.037),
    ("Fletcher", 0.037), ("Watts", 0.037), ("Bates", 0.037), ("Hale", 0.037), ("Rhodes", 0.037),
    ("Pena", 0.037), ("Beck", 0.037), ("Newman", 0.036), ("Haynes", 0.036), ("McDaniel", 0.036),
    ("Mendez", 0.036), ("Bush", 0.036), ("Vaughn", 0.036), ("Parks", 0.035), ("Dawson", 0.035),
    ("Santiago", 0.035), ("Norris", 0.035), ("Hardy", 0.035), ("Love", 0.035), ("Steele", 0.035),
    ("Curry", 0.035), ("Powers", 0.035), ("Schultz", 0.035), ("Barker", 0.035), ("Guzman", 0.034),
    ("Page", 0.034), ("Munoz", 0.034), ("Ball", 0.034), ("Keller", 0.034), ("Chandler", 0.034),
    ("Weber", 0.034), ("Leonard", 0.034), ("Walsh", 0.033), ("Lyons", 0.033), ("Ramsey", 0.033),
    ("Wolfe", 0.033), ("Schneider", 0.033), ("Mullins", 0.033), ("Benson", 0.033),
    ("Sharp", 0.033), ("Bowen", 0.033), ("Daniel", 0.033), ("Barber", 0.032), ("Cummings", 0.032),
    ("Hines", 0.032), ("Baldwin", 0.032), ("Griffith", 0.032), ("Valdez", 0.032),
    ("Hubbard", 0.032), ("Salazar", 0.032), ("Reeves", 0.032), ("Warner", 0.031),
    ("Stevenson", 0.031), ("Burgess", 0.031), ("Santos", 0.031), ("Tate", 0.031),
    ("Cross", 0.031), ("Garner", 0.031), ("Mann", 0.031), ("Mack", 0.031), ("Moss", 0.031),
    ("Thornton", 0.031), ("Dennis", 0.031), ("McGee", 0.031), ("Farmer", 0.03), ("Delgado", 0.03),
    ("Aguilar", 0.03), ("Vega", 0.03), ("Glover", 0.03), ("Manning", 0.03), ("Cohen", 0.03),
    ("Harmon", 0.03), ("Rodgers", 0.03), ("Robbins", 0.03), ("Newton", 0.03), ("Todd", 0.03),
    ("Blair", 0.03), ("Higgins", 0.03), ("Ingram", 0.03), ("Reese", 0.03), ("Cannon", 0.03),
    ("Strickland", 0.03), ("Townsend", 0.03), ("Potter", 0.03), ("Goodwin", 0.03),
    ("Walton", 0.03), ("Rowe", 0.029), ("Hampton", 0.029), ("Ortega", 0.029), ("Patton", 0.029),
    ("Swanson", 0.029), ("Joseph", 0.029), ("Francis", 0.029), ("Goodman", 0.029),
    ("Maldonado", 0.029), ("Yates", 0.029), ("Becker", 0.029), ("Erickson", 0.029),
    ("Hodges", 0.029), ("Rios", 0.029), ("Conner", 0.029), ("Adkins", 0.029), ("Webster", 0.028),
    ("Norman", 0.028), ("Malone", 0.028), ("Hammond", 0.028), ("Flowers", 0.028), ("Cobb", 0.028),
    ("Moody", 0.028), ("Quinn", 0.028), ("Blake", 0.028), ("Maxwell", 0.028), ("Pope", 0.028),
    ("Floyd", 0.027), ("Osborne", 0.027), ("Paul", 0.027), ("McCarthy", 0.027),
    ("Guerrero", 0.027), ("Lindsey", 0.027), ("Estrada", 0.027), ("Sandoval", 0.027),
    ("Gibbs", 0.027), ("Tyler", 0.027), ("Gross", 0.027), ("Fitzgerald", 0.027),
    ("Stokes", 0.027), ("Doyle", 0.027), ("Sherman", 0.027),
)  # fmt: skip

# The UK: given names and surnames in the order of the ONS rankings (the decades' lists of births
# for the grown-ups who move house, then the recent ones), general knowledge; 1/rank, head 150.
UK_F = (
    "Sarah", "Emma", "Claire", "Laura", "Rebecca", "Gemma", "Emily", "Lisa", "Nicola", "Amy",
    "Jessica", "Susan", "Helen", "Karen", "Rachel", "Hannah", "Charlotte", "Louise", "Michelle", "Samantha",
    "Elizabeth", "Victoria", "Kelly", "Lucy", "Joanne", "Julie", "Katie", "Sophie", "Jennifer", "Catherine",
    "Alison", "Amanda", "Deborah", "Caroline", "Jane", "Angela", "Margaret", "Patricia", "Christine", "Linda",
    "Olivia", "Amelia", "Isla", "Ava", "Mia", "Grace", "Chloe", "Lauren", "Natalie", "Stephanie",
    "Zoe", "Kirsty", "Hayley", "Jodie", "Danielle", "Leanne", "Stacey", "Donna", "Tracey", "Dawn",
    "Wendy", "Sharon", "Paula", "Mandy", "Anne", "Carol", "Janet", "Jacqueline", "Ruth", "Lesley",
    "Sally", "Diane", "Gillian", "Fiona", "Kathryn", "Katherine", "Heather", "Kerry", "Sian", "Bethany",
    "Ellie", "Holly", "Megan", "Georgia", "Abigail", "Eleanor", "Harriet", "Freya", "Ella", "Poppy",
    "Lily", "Isabelle", "Evie", "Ruby", "Phoebe", "Jasmine", "Millie", "Daisy", "Scarlett", "Alice",
    "Florence", "Rosie", "Imogen", "Lydia", "Anna", "Molly", "Erin", "Naomi", "Tanya", "Kimberley",
    "Carly", "Leah", "Jade", "Shannon", "Chelsea", "Amber", "Courtney", "Abbie", "Jenna", "Siobhan",
    "Aisha", "Fatima", "Ayesha", "Sandra", "Pauline", "Maureen", "Brenda", "Jean", "Sheila", "Valerie",
    "Barbara", "Joan", "Doreen", "Irene", "Elaine", "Denise", "Beverley", "Lorraine", "Yvonne", "Marie",
    "Teresa", "Judith", "Hilary", "Frances", "Rosemary", "June", "Hazel", "Pamela", "Eileen", "Mary",
)  # fmt: skip
UK_F_TAIL = (
    "Penelope", "Felicity", "Philippa", "Joyce", "Sylvia", "Shirley", "Iris", "Gwen", "Rhiannon", "Ffion",
    "Cerys", "Seren", "Mairi", "Morag", "Eilidh", "Catriona", "Ailsa", "Niamh", "Aoife", "Orla",
    "Roisin", "Bridget", "Kathleen", "Keeley", "Maryam", "Zara", "Nadia", "Priya", "Sunita", "Harpreet",
    "Gurpreet", "Shabana", "Nasreen", "Bronwen", "Nia", "Carys", "Lowri", "Elin", "Anwen", "Isobel",
    "Matilda", "Beatrice", "Clementine", "Arabella", "Tabitha", "Octavia", "Hermione", "Verity", "Prudence", "Honor",
    "Martha", "Edith", "Violet", "Maisie", "Elsie", "Esme", "Ivy", "Willow", "Lottie", "Sienna",
    "Evelyn", "Maya", "Layla", "Aria", "Nancy", "Mabel", "Rosa", "Harper", "Bonnie", "Lola",
    "Jill", "Gail", "Janice", "Lynda", "Glenys", "Marjorie", "Audrey", "Muriel", "Enid", "Vera",
    "Gladys", "Winifred", "Mavis", "Dorothy", "Ethel", "Hilda", "Nora", "Agnes", "Annie", "Lilian",
    "Josephine", "Rita", "Carole", "Jackie", "Tina", "Debra", "Alexandra", "Rachael", "Joanna", "Kate",
    "Leigh", "Rhian", "Sinead", "Ciara", "Shauna", "Tara", "Aimee", "Kayleigh", "Charlene", "Nichola",
    "Lindsey", "Toni", "Natasha", "Anya", "Freda", "Connie", "Peggy", "Nell", "Bella", "Elspeth",
    "Marion", "Moira", "Fenella", "Kirstie", "Rowena", "Imelda", "Geraldine", "Maxine", "Lorna", "Tamsin",
)  # fmt: skip
UK_M = (
    "David", "John", "Paul", "Andrew", "Mark", "James", "Michael", "Richard", "Peter", "Robert",
    "Stephen", "Christopher", "Daniel", "Matthew", "Thomas", "Ian", "Simon", "Steven", "Gary", "Neil",
    "Jonathan", "Martin", "Anthony", "Kevin", "Lee", "Darren", "Craig", "Stuart", "Jamie", "Adam",
    "Benjamin", "Luke", "Oliver", "Jack", "Harry", "George", "Samuel", "Joshua", "Ryan", "Liam",
    "Callum", "William", "Alexander", "Joseph", "Nicholas", "Philip", "Graham", "Alan", "Brian", "Colin",
    "Keith", "Trevor", "Derek", "Barry", "Kenneth", "Roger", "Malcolm", "Nigel", "Timothy", "Jason",
    "Wayne", "Scott", "Dean", "Carl", "Shaun", "Russell", "Gareth", "Rhys", "Owen", "Dylan",
    "Ethan", "Noah", "Muhammad", "Leo", "Arthur", "Oscar", "Charlie", "Freddie", "Alfie", "Archie",
    "Henry", "Theo", "Jacob", "Edward", "Lewis", "Connor", "Kieran", "Aaron", "Nathan", "Jordan",
    "Bradley", "Dominic", "Alastair", "Angus", "Fraser", "Hamish", "Ewan", "Declan", "Sean", "Patrick",
    "Ciaran", "Mohammed", "Imran", "Raymond", "Frank", "Dennis", "Terence", "Geoffrey", "Clive", "Howard",
    "Douglas", "Gordon", "Stanley", "Leonard", "Albert", "Ernest", "Frederick", "Harold", "Francis", "Hugh",
    "Rupert", "Giles", "Julian", "Toby", "Jeremy", "Marcus", "Elliot", "Reece", "Jake", "Joe",
    "Tyler", "Kyle", "Mason", "Logan", "Max", "Finley", "Reuben", "Louis", "Zachary", "Harvey",
    "Billy", "Isaac", "Gabriel", "Sebastian", "Tristan", "Robin", "Duncan", "Kenny", "Glenn", "Phillip",
)  # fmt: skip
UK_M_TAIL = (
    "Alfred", "Arjun", "Ashley", "Austin", "Ben", "Bernard", "Brendan", "Bryn", "Cameron", "Cedric",
    "Charles", "Clifford", "Conor", "Cyril", "Damian", "Dafydd", "Desmond", "Dominik", "Donald", "Eamon",
    "Edwin", "Eric", "Euan", "Felix", "Fergus", "Finn", "Gavin", "Geraint", "Gerald", "Glyn",
    "Gregory", "Guy", "Hassan", "Hywel", "Iain", "Ivor", "Jasper", "Jay", "Jeffrey", "Jethro",
    "Kai", "Kirk", "Lachlan", "Lance", "Leslie", "Lloyd", "Lucas", "Mathew", "Miles", "Mitchell",
    "Morgan", "Murray", "Niall", "Norman", "Oisin", "Omar", "Oskar", "Percy", "Piers", "Quentin",
    "Ralph", "Rees", "Rhodri", "Roderick", "Rory", "Ross", "Roy", "Ruairi", "Rajesh", "Sanjay",
    "Sunil", "Tariq", "Usman", "Bilal", "Zain", "Ibrahim", "Yusuf", "Sidney", "Spencer", "Stewart",
    "Ted", "Teddy", "Tobias", "Tom", "Vernon", "Victor", "Vincent", "Walter", "Warren", "Wesley",
    "Wilfred", "Winston", "Barnaby", "Crispin", "Hugo", "Jolyon", "Lorcan", "Magnus", "Rufus", "Seb",
    "Travis", "Troy", "Neville", "Maurice", "Lionel", "Herbert", "Horace", "Cecil", "Rodney", "Graeme",
    "Kristian", "Jon", "Dale", "Darryl", "Elliott", "Ashton", "Brandon", "Caleb", "Dexter", "Ellis",
    "Ezra", "Harrison", "Jenson", "Jude", "Leon", "Louie", "Ollie", "Ronnie", "Rowan", "Monty",
    "Aled", "Emrys", "Gethin", "Idris", "Iwan", "Tomos", "Cai", "Ieuan", "Ioan", "Alasdair",
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
)  # fmt: skip
UK_S_TAIL = (
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
    "Hancock", "Thornton", "Baldwin", "Burrows", "Briggs", "Storey", "MacKenzie", "MacLeod", "Fraser", "Sinclair",
    "Pugh", "Vaughan", "Llewellyn", "Howells", "Bowen", "Jenkinson", "Ashworth", "Whittaker", "Ramsden", "Sykes",
    "Fitzgerald", "Kavanagh", "Mahmood", "Iqbal", "Rahman", "Choudhury", "Chowdhury", "Mistry", "Chauhan", "Sandhu",
    "Bower", "Ogunleye", "Adeyemi", "Okafor", "Mensah", "Nowak", "Kowalski", "Costa", "Da Silva", "Papadopoulos",
)  # fmt: skip

# Origins common in Sweden: the commonest given names and surnames as their carriers in Sweden
# have them (general knowledge), in rank order, 1/rank, head the top 10.
FINNISH = (
    ("Tuula", "Pirjo", "Marja", "Sari", "Päivi", "Tarja", "Anne", "Riitta", "Eija", "Leena", "Sirpa", "Merja", "Satu", "Minna", "Seija", "Raija", "Hannele", "Kaarina", "Aino", "Johanna", "Tiina", "Marjatta", "Helena", "Anneli", "Irja", "Maarit"),
    ("Juha", "Timo", "Matti", "Kari", "Mikko", "Jari", "Antti", "Jukka", "Pekka", "Markku", "Hannu", "Heikki", "Seppo", "Tapio", "Esa", "Pentti", "Ari", "Sami", "Veikko", "Kalevi", "Raimo", "Tuomas", "Janne", "Petri", "Ville", "Eero"),
    ("Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen"),
)  # fmt: skip
ARABIC = (  # Iraq, Syria and Lebanon, with Assyrian/Syriac names
    ("Fatima", "Maryam", "Zainab", "Noor", "Sara", "Aya", "Hiba", "Rana", "Layla", "Amira", "Yasmin", "Rasha", "Huda", "Shamiram", "Lina", "Nahrain", "Hanan", "Ranim", "Nour", "Dalia", "Ruqaya", "Mariam", "Shahad", "Ninve", "Suha", "Rim"),
    ("Mohammed", "Ahmed", "Ali", "Hassan", "Hussein", "Omar", "Mustafa", "Khaled", "Yousef", "Ibrahim", "Abdullah", "Mahmoud", "Karim", "Ninos", "Ammar", "Haider", "Sargon", "Ziad", "Samir", "Ashur", "Bassam", "Firas", "Aziz", "Gabriel", "Elias", "Rami"),
    ("Ali", "Mohammed", "Hassan", "Ahmed", "Hussein", "Abdullah", "Ibrahim", "Khalil", "Saleh", "Jaber", "Mahmoud", "Yousef", "Haddad", "Shamoun", "Karim", "Abbas", "Jasim", "Isho", "Kadhim", "Al-Obaidi", "Barsom", "Mansour", "Al-Hashimi", "Issa", "Hanna", "Malke", "Khoshaba", "Odisho", "Dawood", "Yaqoob"),
)  # fmt: skip
SOMALI = (
    ("Fadumo", "Hodan", "Amina", "Hawa", "Asha", "Ayan", "Sahra", "Khadija", "Muna", "Ifrah", "Nimco", "Ubah", "Deeqa", "Sagal", "Hamdi", "Hibo", "Ladan", "Ikram", "Kaltun", "Filsan", "Idil", "Safiya"),
    ("Abdi", "Mohamed", "Ahmed", "Abdirahman", "Abdullahi", "Hassan", "Ali", "Omar", "Yusuf", "Mahad", "Farah", "Liban", "Abdikarim", "Mustafe", "Guled", "Hamza", "Ismail", "Bashir", "Said", "Abdiaziz", "Khalid", "Osman"),
    ("Mohamed", "Ahmed", "Abdi", "Hassan", "Ali", "Omar", "Farah", "Warsame", "Hussein", "Ismail", "Jama", "Osman", "Aden", "Abdullahi", "Yusuf", "Nur", "Mohamud", "Hirsi", "Egal", "Dahir", "Elmi", "Gedi", "Samatar", "Duale", "Adan", "Abdille"),
)  # fmt: skip
POLISH = (
    ("Anna", "Katarzyna", "Maria", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna", "Elżbieta", "Magdalena", "Joanna", "Monika", "Aleksandra", "Dorota", "Beata", "Justyna", "Natalia", "Karolina", "Marta", "Zofia", "Paulina", "Iwona", "Grażyna", "Jolanta"),
    ("Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Jan", "Michał", "Marcin", "Stanisław", "Jakub", "Marek", "Grzegorz", "Łukasz", "Adam", "Wojciech", "Mariusz", "Dariusz", "Zbigniew", "Mateusz", "Jerzy", "Kamil", "Rafał", "Przemysław", "Sławomir"),
    ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Kwiatkowski", "Wojciechowski", "Krawczyk", "Kaczmarek", "Piotrowski", "Grabowski", "Zając", "Pawłowski", "Michalski", "Król", "Wieczorek", "Jabłoński", "Wróbel", "Nowakowski", "Majewski", "Olszewski", "Jaworski", "Malinowski", "Stępień", "Górski", "Czarnecki", "Wysocki", "Zawadzki", "Sadowski"),
)  # fmt: skip
PERSIAN = (
    ("Maryam", "Fatemeh", "Zahra", "Parisa", "Leila", "Shirin", "Nasrin", "Mina", "Narges", "Sara", "Azadeh", "Roya", "Mahsa", "Neda", "Samira", "Golnaz", "Farzaneh", "Elham", "Niloufar", "Ziba", "Soheila", "Mitra"),
    ("Mohammad", "Ali", "Reza", "Hossein", "Mehdi", "Amir", "Hamid", "Saeed", "Majid", "Behnam", "Dariush", "Babak", "Arash", "Kourosh", "Farhad", "Payam", "Omid", "Navid", "Peyman", "Kaveh", "Siavash", "Ramin"),
    ("Mohammadi", "Hosseini", "Ahmadi", "Rezaei", "Moradi", "Karimi", "Jafari", "Rahimi", "Hashemi", "Mousavi", "Sadeghi", "Ghorbani", "Heidari", "Rostami", "Azizi", "Kazemi", "Ebrahimi", "Akbari", "Shahbazi", "Tehrani", "Rahmani", "Nazari", "Yazdani", "Amini", "Soltani", "Farahani"),
)  # fmt: skip
BCS = (  # Bosnian, Serbian and Croatian
    ("Amra", "Emina", "Lejla", "Jasmina", "Selma", "Ana", "Marija", "Ivana", "Jelena", "Maja", "Mirela", "Sanela", "Azra", "Dragana", "Snežana", "Vesna", "Aida", "Edina", "Merima", "Zorica", "Mirsada", "Senada"),
    ("Amir", "Adnan", "Emir", "Edin", "Haris", "Mirza", "Nermin", "Senad", "Dragan", "Zoran", "Goran", "Nenad", "Milan", "Marko", "Ivan", "Stefan", "Mehmed", "Damir", "Alen", "Dino", "Admir", "Željko"),
    ("Hodžić", "Hadžić", "Kovačević", "Begić", "Delić", "Mehmedović", "Hasanović", "Ibrahimović", "Husić", "Alić", "Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Horvat", "Kovačić", "Babić", "Marić", "Jurić", "Knežević", "Popović", "Suljić", "Omerović", "Salihović", "Mujić", "Čolić", "Softić"),
)  # fmt: skip
TURKISH = (
    ("Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Merve", "Özlem", "Esra", "Songül", "Sevgi", "Gülsüm", "Derya", "Büşra", "Hülya", "Aylin", "Ebru", "Melek", "Yasemin", "Dilek", "Gül", "Nurcan"),
    ("Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Murat", "Ömer", "Yusuf", "Osman", "Emre", "Burak", "Serkan", "Kemal", "Recep", "Cem", "Erkan", "Volkan", "Halil", "Selim"),
    ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Polat", "Korkmaz", "Erdoğan", "Aktaş", "Güneş", "Acar"),
)  # fmt: skip
ERITREAN = (  # the father's given name as surname
    ("Helen", "Senait", "Yordanos", "Selam", "Hiwet", "Mebrat", "Luwam", "Saba", "Semhar", "Tsega", "Rahel", "Winta", "Freweyni", "Hanna", "Feven", "Aster", "Almaz", "Azieb", "Ruta", "Bisrat"),
    ("Yonas", "Daniel", "Samuel", "Tesfay", "Dawit", "Filmon", "Amanuel", "Robel", "Habtom", "Mehari", "Tekle", "Yohannes", "Biniam", "Kidane", "Berhane", "Solomon", "Henok", "Goitom", "Mussie", "Abraham"),
    ("Tesfay", "Haile", "Berhane", "Gebremedhin", "Tekle", "Kidane", "Ghebremariam", "Mehari", "Woldu", "Habte", "Ghebreyesus", "Tesfamariam", "Asmerom", "Andemariam", "Weldemichael", "Negash", "Ghirmay", "Yemane", "Fisseha", "Zerai", "Tewolde", "Araya"),
)  # fmt: skip
AFGHAN = (
    ("Fatima", "Maryam", "Zahra", "Masuma", "Shabnam", "Farida", "Mariam", "Zainab", "Laila", "Parwin", "Nargis", "Soraya", "Mursal", "Hila", "Freshta", "Roya", "Shakila", "Nadia", "Sima", "Marzia"),
    ("Mohammad", "Ahmad", "Ali", "Abdul", "Hamid", "Mustafa", "Hussain", "Reza", "Jawad", "Nasir", "Rahim", "Wahid", "Farid", "Bilal", "Hamza", "Ismail", "Mahdi", "Murtaza", "Naweed", "Sohrab"),
    ("Ahmadi", "Rahimi", "Hussaini", "Mohammadi", "Sultani", "Noori", "Rezaei", "Hakimi", "Karimi", "Sharifi", "Amiri", "Hashimi", "Jafari", "Rasuli", "Stanikzai", "Popal", "Barakzai", "Nazari", "Haidari", "Samadi", "Azimi", "Safi"),
)  # fmt: skip
THAI = (
    ("Siriporn", "Malee", "Kanya", "Ratana", "Nittaya", "Wanida", "Supaporn", "Sunisa", "Pornthip", "Jintana", "Kanokwan", "Araya", "Duangjai", "Pimchanok", "Suda", "Lamai", "Sasithorn", "Yupin", "Thanyarat", "Nok"),
    ("Somchai", "Somsak", "Prasert", "Anan", "Surachai", "Wichai", "Somboon", "Chaiwat", "Niran", "Kittisak", "Thanakorn", "Sombat", "Boonmee", "Apichart", "Pichai", "Sakda", "Arthit", "Narong"),
    ("Saelee", "Srisuk", "Wongsa", "Sukprasert", "Chaiyaporn", "Boonmee", "Thongdee", "Phongphan", "Saetang", "Rattanakorn", "Kaewmanee", "Charoensuk", "Sangthong", "Jaidee", "Phromma", "Intharat", "Sombatsiri", "Wongsuwan", "Srisawat", "Thongsuk"),
)  # fmt: skip
LATIN = (  # Chile first, then Latin America; two surnames, paterno and materno
    ("María", "Carolina", "Daniela", "Camila", "Francisca", "Javiera", "Valentina", "Catalina", "Constanza", "Fernanda", "Paula", "Claudia", "Patricia", "Verónica", "Andrea", "Gabriela", "Ximena", "Lorena", "Alejandra", "Macarena", "Sofía", "Isabel"),
    ("José", "Juan", "Luis", "Carlos", "Jorge", "Francisco", "Cristián", "Rodrigo", "Felipe", "Sebastián", "Matías", "Diego", "Pablo", "Andrés", "Manuel", "Alejandro", "Gonzalo", "Héctor", "Ricardo", "Patricio", "Víctor", "Nicolás"),
    ("González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez", "Sepúlveda", "Morales", "Rodríguez", "López", "Fuentes", "Hernández", "Torres", "Araya", "Flores", "Espinoza", "Valenzuela", "Castillo", "Tapia", "Reyes", "Gutiérrez", "Castro", "Pizarro", "Álvarez", "Vásquez", "Sánchez", "Fernández"),
)  # fmt: skip
KURDISH = (
    ("Rojin", "Berfin", "Hevi", "Zozan", "Dilan", "Nazdar", "Shilan", "Rojda", "Jiyan", "Avin", "Gulistan", "Evîn", "Shirin", "Hana", "Dilvin", "Sozdar", "Bahar", "Delal", "Nishtiman", "Ronak"),
    ("Rebwar", "Kawa", "Dilshad", "Azad", "Shwan", "Karwan", "Serdar", "Baran", "Rezan", "Zana", "Hiwa", "Soran", "Aras", "Diyar", "Hemin", "Ako", "Bakhtiyar", "Sherko", "Ranj", "Dara"),
    ("Mustafa", "Rashid", "Aziz", "Karim", "Hamad", "Amin", "Qadir", "Salih", "Omer", "Abdulla", "Faraj", "Barzani", "Hawrami", "Zebari", "Doski", "Jaff", "Rasul", "Tofiq", "Bakr", "Khidir", "Sherwani", "Talabani"),
)  # fmt: skip
UKRAINIAN = (
    ("Olena", "Tetiana", "Iryna", "Natalia", "Oksana", "Svitlana", "Yulia", "Kateryna", "Anastasiia", "Olha", "Mariia", "Viktoriia", "Halyna", "Liudmyla", "Alina", "Daria", "Sofiia", "Inna", "Valentyna", "Larysa"),
    ("Oleksandr", "Serhii", "Andrii", "Volodymyr", "Dmytro", "Oleksii", "Mykola", "Ivan", "Yurii", "Vasyl", "Viktor", "Maksym", "Bohdan", "Taras", "Ihor", "Vitalii", "Mykhailo", "Roman", "Artem", "Denys"),
    ("Melnyk", "Shevchenko", "Kovalenko", "Bondarenko", "Boiko", "Tkachenko", "Kravchenko", "Kovalchuk", "Koval", "Oliinyk", "Shevchuk", "Polishchuk", "Tkachuk", "Savchenko", "Bondar", "Marchenko", "Rudenko", "Moroz", "Lysenko", "Petrenko"),
)  # fmt: skip
INDIAN = (
    ("Priya", "Anjali", "Pooja", "Neha", "Divya", "Sneha", "Kavya", "Ananya", "Deepa", "Lakshmi", "Swati", "Shreya", "Nisha", "Meera", "Aishwarya", "Ritu", "Sunita", "Radhika", "Aditi", "Shalini"),
    ("Rahul", "Amit", "Rohit", "Vikram", "Arjun", "Suresh", "Rajesh", "Sanjay", "Anil", "Karthik", "Vijay", "Ravi", "Sunil", "Aditya", "Nikhil", "Prakash", "Manoj", "Deepak", "Abhishek", "Srinivas"),
    ("Patel", "Sharma", "Singh", "Kumar", "Gupta", "Reddy", "Rao", "Iyer", "Nair", "Das", "Mehta", "Shah", "Joshi", "Verma", "Mishra", "Agarwal", "Pillai", "Menon", "Chatterjee", "Banerjee", "Krishnan", "Desai", "Kulkarni", "Bhat"),
)  # fmt: skip
GERMAN = (
    ("Sabine", "Petra", "Susanne", "Andrea", "Claudia", "Monika", "Ursula", "Stefanie", "Julia", "Katrin", "Anja", "Birgit", "Heike", "Nicole", "Sandra", "Christiane", "Renate", "Karin", "Silke", "Angelika"),
    ("Michael", "Thomas", "Andreas", "Stefan", "Peter", "Frank", "Markus", "Klaus", "Jürgen", "Wolfgang", "Uwe", "Matthias", "Tobias", "Jens", "Dirk", "Ralf", "Sven", "Jörg", "Christian", "Florian"),
    ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange"),
)  # fmt: skip
CHINESE = (  # given names as one word, surname last as they are written in Sweden
    ("Wei", "Jing", "Li", "Yan", "Hui", "Ying", "Xin", "Min", "Hong", "Mei", "Fang", "Lan", "Jie", "Qing", "Yu", "Xiaoli", "Lina", "Xiaoyan"),
    ("Wei", "Jun", "Lei", "Tao", "Hao", "Jian", "Ming", "Yong", "Peng", "Qiang", "Chao", "Gang", "Feng", "Bin", "Xiaoming", "Zhiwei", "Yang", "Hui"),
    ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo"),
)  # fmt: skip


def world(lists: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]) -> Origin:
    f, m, s = lists
    return Origin(ranked(f, 10), ranked(m, 10), ranked(s, 10))


ORIGINS: dict[str, Origin] = {
    "swedish": Origin(
        ranked(SV_F + SV_F_TAIL, 150), ranked(SV_M + SV_M_TAIL, 150), ranked(SV_S + SV_S_TAIL, 150)
    ),
    "us": Origin(census(US_F, 150), census(US_M, 150), census(US_S, 150)),
    "uk": Origin(
        ranked(UK_F + UK_F_TAIL, 150), ranked(UK_M + UK_M_TAIL, 150), ranked(UK_S + UK_S_TAIL, 150)
    ),
    "finnish": world(FINNISH),
    "arabic": world(ARABIC),
    "somali": world(SOMALI),
    "polish": world(POLISH),
    "persian": world(PERSIAN),
    "bcs": world(BCS),
    "turkish": world(TURKISH),
    "eritrean": world(ERITREAN),
    "afghan": world(AFGHAN),
    "thai": world(THAI),
    "latin": world(LATIN),
    "kurdish": world(KURDISH),
    "ukrainian": world(UKRAINIAN),
    "indian": world(INDIAN),
    "german": world(GERMAN),
    "chinese": world(CHINESE),
}

# Who is named, per language of the row: roughly as Sweden's population is in Swedish and mixed
# text (people who move house, their helpers, the firms' staff), and as an English-speaking
# office's customers are in English text.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "afghan": 1.5, "turkish": 1.5, "kurdish": 1.5, "eritrean": 1.2, "ukrainian": 1.2,
        "thai": 1, "latin": 1, "indian": 0.8, "german": 0.8, "chinese": 0.6, "uk": 0.6, "us": 0.5,
    },
    "en": {
        "us": 38, "uk": 36, "swedish": 10, "indian": 3, "arabic": 2, "polish": 2, "latin": 2,
        "chinese": 1.2, "finnish": 1, "somali": 1, "persian": 1, "turkish": 1, "bcs": 1,
        "ukrainian": 1, "german": 1, "thai": 0.6, "eritrean": 0.5, "afghan": 0.5, "kurdish": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 10, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
        "persian": 2.5, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5, "afghan": 1.5, "ukrainian": 1.2,
        "indian": 1.2, "eritrean": 1, "thai": 1, "latin": 1, "german": 1, "chinese": 0.8,
    },
}  # fmt: skip

# Short forms people go by, for the given names that have them.
NICK_SV: dict[str, tuple[str, ...]] = {
    "Lars": ("Lasse",), "Mikael": ("Micke",), "Joakim": ("Jocke",), "Karl": ("Kalle",), "Carl": ("Calle",),
    "Per": ("Pelle", "Pär"), "Charlotte": ("Lotta",), "Susanne": ("Sussie", "Sanna"), "Elisabeth": ("Lisa", "Bettan", "Lisbeth"),
    "Kristina": ("Stina", "Kicki"), "Katarina": ("Kattis", "Kajsa"), "Margareta": ("Maggan", "Greta"), "Magnus": ("Mange",),
    "Thomas": ("Tompa",), "Tomas": ("Tompa",), "Fredrik": ("Fredde",), "Jan": ("Janne",), "Hans": ("Hasse",),
    "Marcus": ("Mackan",), "Stefan": ("Steffe",), "Robert": ("Robban",), "Henrik": ("Henke",), "Daniel": ("Danne",),
    "Patrik": ("Patte",), "Rickard": ("Ricke",), "Kristoffer": ("Krille",), "Christoffer": ("Krille", "Chris"),
    "Mattias": ("Matte",), "Niklas": ("Nicke",), "Sebastian": ("Sebbe",), "Gustav": ("Gurra", "Gusse"),
    "Alexander": ("Alex",), "Tobias": ("Tobbe",), "Birgitta": ("Bittan", "Gittan"), "Elisabet": ("Bettan",),
    "Jessica": ("Jessie",), "Viktoria": ("Vickan",), "Josefin": ("Jossan",), "Therese": ("Tessan",),
    "Gabriella": ("Gabbi",), "Cecilia": ("Cissi",), "Kerstin": ("Kicki", "Kiki"), "Christina": ("Tina", "Stina"),
    "Anders": ("Ante",), "Johan": ("Jocke", "Jojje"), "Gunnar": ("Gunne",), "Bengt": ("Bengan",),
    "Sven": ("Svenne",), "Ingrid": ("Inga",), "Ulrika": ("Ullis",), "Emelie": ("Emmy",), "Oskar": ("Ogge",),
    "Andreas": ("Andy",), "Olof": ("Olle",), "Nils": ("Nisse",), "Leif": ("Leffe",), "Roger": ("Rogge",),
    "Anna-Karin": ("Annki",), "Ann-Christin": ("Anki",), "Karl-Erik": ("Kalle",), "Lars-Erik": ("Lasse",),
    "Per-Olof": ("Pelle", "P-O"), "Jan-Erik": ("Janne",), "Carl-Johan": ("CJ", "Calle"), "Ragnar": ("Ragge",),
    "Torbjörn": ("Tobbe",), "Kenneth": ("Kenta",), "Conny": ("Conka",), "Mohammed": ("Mo", "Moody"),
}  # fmt: skip
NICK_EN: dict[str, tuple[str, ...]] = {
    "William": ("Will", "Bill", "Billy"), "Robert": ("Rob", "Bob", "Bobby"), "James": ("Jim", "Jamie", "Jimmy"),
    "Michael": ("Mike", "Mick"), "Christopher": ("Chris",), "Elizabeth": ("Liz", "Beth", "Lizzie"),
    "Jennifer": ("Jen", "Jenny"), "Katherine": ("Kate", "Kath", "Katie"), "Catherine": ("Cathy", "Kate"),
    "Margaret": ("Maggie", "Peggy", "Meg"), "Richard": ("Rich", "Rick", "Dick"), "Thomas": ("Tom", "Tommy"),
    "Daniel": ("Dan", "Danny"), "Matthew": ("Matt",), "Anthony": ("Tony", "Ant"), "Joseph": ("Joe", "Joey"),
    "Rebecca": ("Becky", "Becca"), "Samantha": ("Sam",), "Victoria": ("Vicky", "Tori"), "Deborah": ("Debbie", "Deb"),
    "Susan": ("Sue", "Suzy"), "Patricia": ("Pat", "Trish", "Patty"), "Nicholas": ("Nick", "Nicky"),
    "Andrew": ("Andy", "Drew"), "Edward": ("Ed", "Ted", "Eddie"), "Stephen": ("Steve",), "Steven": ("Steve",),
    "David": ("Dave", "Davy"), "Jonathan": ("Jon", "Jonny"), "Alexander": ("Alex", "Sandy"), "Benjamin": ("Ben",),
    "Charles": ("Charlie", "Chuck"), "Jessica": ("Jess",), "Kimberly": ("Kim",), "Kimberley": ("Kim",),
    "Timothy": ("Tim",), "Peter": ("Pete",), "Gregory": ("Greg",), "Jeffrey": ("Jeff",), "Kenneth": ("Ken", "Kenny"),
    "Donald": ("Don",), "Ronald": ("Ron", "Ronnie"), "Lawrence": ("Larry",), "Gerald": ("Gerry",),
    "Philip": ("Phil",), "Phillip": ("Phil",), "Samuel": ("Sam",), "Zachary": ("Zach",), "Abigail": ("Abby",),
    "Christine": ("Chris", "Chrissie"), "Barbara": ("Barb", "Babs"), "Frederick": ("Fred", "Freddie"),
    "Raymond": ("Ray",), "Nathan": ("Nate",), "Joshua": ("Josh",), "Jacqueline": ("Jackie",),
    "Pamela": ("Pam",), "Alison": ("Ali",), "Gillian": ("Gill",), "Alfred": ("Alf", "Alfie"), "Harold": ("Harry",),
    "Eleanor": ("Ellie", "Nell"), "Dorothy": ("Dot", "Dottie"), "Sarah": ("Sally",), "Carolyn": ("Carrie",),
}  # fmt: skip
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": NICK_SV,
    "us": NICK_EN,
    "uk": NICK_EN,
}
