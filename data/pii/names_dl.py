# ruff: noqa: E501
"""Name pools of held-out DL (issue 15): names as the population has them, by origin and weight.

Written from general knowledge by a helper who does not tune the detector; not checked against
rung's lexicons, and no name was left out for being known or unknown. Swedish given names and
surnames in the order of SCB's name statistics (weight 1/rank, head the top 150, a tail of rarer
names past them); the US Census 1990 lists (public domain: `dist.female.first`,
`dist.male.first`, `dist.all.last` of the `names` package, the census per cent as weight, head
150); UK names in the order of the ONS rankings (1/rank); the commonest given names and surnames
of origins common in Sweden (1/rank, head 10). `MIXES` says who is named in each language.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this chance, else from its tail


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


def _unique(names: tuple[str, ...]) -> tuple[str, ...]:
    seen: set[str] = set()
    out = []
    for name in names:
        if name not in seen:
            seen.add(name)
            out.append(name)
    return tuple(out)


def ranked(names: tuple[str, ...], head: int) -> Pool:
    """A list in rank order: weight 1/rank."""
    names = _unique(names)
    return Pool(
        names, tuple(1 / rank for rank in range(1, len(names) + 1)), min(head, len(names) - 1)
    )


def census(pairs: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A census list: the per cent of people carrying the name as its weight."""
    return Pool(tuple(n for n, _ in pairs), tuple(w for _, w in pairs), head)


_PLAIN = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "đ": "dj",
        "Đ": "Dj",
        "ı": "i",
        "İ": "I",
        "ß": "ss",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "Ae",
    }
)


def plain(word: str) -> str:
    """A name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`."""
    word = word.translate(_PLAIN)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# Sweden: SCB's name statistics, in rank order as the writer knows them; the first 150 are the head.
SV_F = (
    "Anna", "Eva", "Maria", "Karin", "Sara", "Kristina", "Lena", "Emma", "Kerstin", "Marie",
    "Malin", "Ingrid", "Hanna", "Linnéa", "Sofia", "Jenny", "Birgitta", "Inger", "Annika", "Elin",
    "Linda", "Susanne", "Ida", "Johanna", "Carina", "Elisabeth", "Julia", "Ulla", "Katarina", "Monica",
    "Marianne", "Camilla", "Helena", "Louise", "Åsa", "Sandra", "Therese", "Agneta", "Ebba", "Maja",
    "Elsa", "Alice", "Josefin", "Frida", "Gunilla", "Anette", "Jessica", "Amanda", "Lisa", "Margareta",
    "Caroline", "Matilda", "Moa", "Cecilia", "Ulrika", "Ann", "Barbro", "Charlotte", "Viktoria", "Emelie",
    "Madeleine", "Siv", "Ella", "Anneli", "Wilma", "Klara", "Olivia", "Lina", "Yvonne", "Anita",
    "Pia", "Mikaela", "Ellen", "Felicia", "Astrid", "Alva", "Britt", "Gun", "Erika", "Ingela",
    "Elisabet", "Nathalie", "Ann-Christin", "Agnes", "Ingegerd", "Alexandra", "Jennifer", "Tove", "Saga", "Isabelle",
    "Lovisa", "Nora", "Elvira", "Rebecca", "Emilia", "Britt-Marie", "Gunnel", "Irene", "Vera", "Märta",
    "Ann-Marie", "Karolina", "Evelina", "Marita", "Tilda", "Selma", "Ingeborg", "Stina", "Linn", "Maj",
    "Elina", "Cajsa", "Signe", "Ester", "Majken", "Nellie", "Sigrid", "Lilly", "Tyra", "Hedvig",
    "Greta", "Freja", "Isabella", "Filippa", "Thea", "Sonja", "Elsie", "Ronja", "Mona", "Solveig",
    "Ylva", "Petra", "Ewa", "Kajsa", "Hillevi", "Ann-Sofie", "Jeanette", "Margit", "Lillemor", "Gerd",
    "Jonna", "Tina", "Sanna", "Emmy", "Elise", "Sofie", "Liv", "Juni", "Mira", "Vilma",
    # the tail: rarer names past the head
    "Maud", "Catharina", "Rut", "Ingalill", "Gunhild", "Gudrun", "Ruth", "Berit", "Laila", "Lisbeth",
    "Aina", "Alfhild", "Alma", "Annelie", "Annie", "Aurora", "Beata", "Bella", "Benita", "Bodil",
    "Boel", "Britta", "Cornelia", "Dagmar", "Dagny", "Disa", "Doris", "Edith", "Edla", "Eira",
    "Eivor", "Elida", "Elma", "Elna", "Elvy", "Embla", "Emelia", "Esther", "Evy", "Fanny",
    "Fia", "Gabriella", "Gerda", "Gertrud", "Gullan", "Gullvi", "Gunvor", "Gurli", "Hanne", "Harriet",
    "Hedda", "Helga", "Henrietta", "Hilda", "Hildur", "Hjördis", "Hulda", "Idun", "Ines", "Inga",
    "Ingbritt", "Inez", "Iris", "Irma", "Jill", "Joline", "Jolin", "Judit", "Juliana", "Kicki",
    "Kristin", "Lea", "Leia", "Lilian", "Lillie", "Lisen", "Lotta", "Lova", "Lucia", "Lykke",
    "Magda", "Magdalena", "Majvor", "Malva", "Margaretha", "Marika", "Martina", "Meja", "Melina", "Melissa",
    "Meta", "Michaela", "Milla", "Minna", "Miranda", "Molly", "My", "Märit", "Nanna", "Natalie",
    "Nelly", "Nina", "Noomi", "Norah", "Oda", "Othilia", "Paula", "Pernilla", "Ragnhild", "Rakel",
    "Rebecka", "Rigmor", "Rosa", "Rosita", "Selina", "Sigbritt", "Siri", "Stella", "Svea", "Sylvia",
    "Tekla", "Tindra", "Tora", "Tuva", "Ulla-Britt", "Una", "Valborg", "Vanja", "Vendela", "Veronica",
    "Vivi", "Viveka", "Viola", "Wera", "Yrsa", "Agda", "Alicia", "Amelia", "Ann-Charlotte", "Ann-Louise",
    "Anna-Karin", "Anna-Lena", "Anna-Maria", "Birgit", "Carin", "Charlotta", "Christel", "Christin", "Eleonora", "Elinor",
    "Ellinor", "Emilie", "Fredrika", "Gunbritt", "Helén", "Irén", "Jannike", "Josefine", "Kaisa", "Karina",
    "Katrin", "Katja", "Kristine", "Lisette", "Liselotte", "Lotten", "Madelene", "Malou", "Mariana", "Marlene",
    "Mathilda", "Mia", "Mimmi", "Nova", "Olga", "Pauline", "Regina", "Renée", "Sabina", "Siw",
    "Solbritt", "Stefanie", "Susann", "Therése", "Ulrica", "Vivianne", "Wivi", "Ann-Britt", "Ann-Katrin", "Eva-Lena",
    "Marie-Louise", "Ann-Kristin", "Majlis", "Maj-Britt", "Maj-Lis", "Inga-Lill", "Gun-Britt", "Anna-Stina", "Mari", "Ann-Mari",
    "Ebon", "Estelle", "Florence", "Frideborg", "Gittan", "Hilma", "Inga-Britt", "Isa", "Jasmine", "Johanne",
    "Leonora", "Lisbet", "Lovise", "Maja-Stina", "Mariella", "Nathalia", "Ottilia", "Rosmarie", "Sally", "Sassa",
)  # fmt: skip
SV_M = (
    "Lars", "Anders", "Johan", "Per", "Erik", "Karl", "Peter", "Jan", "Mikael", "Thomas",
    "Daniel", "Fredrik", "Hans", "Andreas", "Stefan", "Magnus", "Mats", "Bengt", "Nils", "Marcus",
    "Jonas", "Martin", "Mattias", "Alexander", "Björn", "Sven", "Oskar", "Henrik", "Leif", "Göran",
    "Niklas", "Bo", "Patrik", "Ulf", "Christer", "Gustav", "Kjell", "Emil", "Viktor", "Carl",
    "Axel", "Simon", "David", "Lennart", "Tommy", "Anton", "Robert", "Håkan", "Joakim", "Christian",
    "Filip", "Jonathan", "Rolf", "Olof", "William", "Tobias", "Sebastian", "Roger", "Kent", "Lucas",
    "Elias", "Kenneth", "Oliver", "Hugo", "Robin", "Johannes", "Åke", "Stig", "Roland", "Arne",
    "Rickard", "Jesper", "Gunnar", "Ludvig", "Isak", "Adam", "Liam", "Albin", "Jakob", "Linus",
    "Kristoffer", "Christoffer", "Ingemar", "Tomas", "Hampus", "Noah", "Leo", "Rasmus", "Dennis", "Jimmy",
    "Samuel", "Benjamin", "Gabriel", "Edvin", "Melvin", "Theo", "Vincent", "Max", "Kurt", "Rune",
    "Sten", "Torbjörn", "Claes", "Olle", "Ove", "Pontus", "Jacob", "Kevin", "Elliot", "Alfred",
    "Arvid", "Lukas", "Mohammad", "Ali", "Mohamed", "Vilhelm", "Felix", "Viggo", "Wilhelm", "Frans",
    "Harald", "Ingvar", "Bertil", "Gösta", "Lars-Erik", "Karl-Erik", "Nicklas", "Conny", "Krister", "Tord",
    "Lars-Göran", "Bernt", "Tore", "Dan", "Sixten", "Malte", "Loke", "Love", "Ebbe", "Otto",
    "Sam", "Nicolas", "Josef", "Ronny", "Tony", "Glenn", "Jörgen", "Per-Olov", "Sune", "Ivar",
    # the tail
    "Alf", "Algot", "Alvar", "Alvin", "Ante", "Arnold", "Aron", "Artur", "August", "Bernhard",
    "Birger", "Bror", "Börje", "Carl-Johan", "Casper", "Charlie", "Colin", "Dag", "Douglas", "Edgar",
    "Edward", "Egon", "Einar", "Elis", "Ellis", "Elmer", "Elof", "Elton", "Emanuel", "Enar",
    "Erland", "Evert", "Fabian", "Folke", "Frank", "Fritiof", "Georg", "Gerhard", "Gert", "Gottfrid",
    "Greger", "Gustaf", "Halvar", "Harry", "Helge", "Henning", "Herbert", "Hilding", "Holger", "Hjalmar",
    "Ivan", "Jack", "Jan-Erik", "Jarl", "Jens", "Jerker", "Jim", "John", "Jon", "Jonny",
    "Jöns", "Kaj", "Karl-Gustav", "Kasper", "Kennet", "Kim", "Klas", "Knut", "Konrad", "Lage",
    "Lars-Olof", "Leonard", "Levi", "Ludwig", "Matteo", "Melker", "Mio", "Morgan", "Måns", "Natanael",
    "Neo", "Nils-Erik", "Noel", "Oscar", "Orvar", "Osvald", "Patric", "Per-Olof", "Petter", "Philip",
    "Ragnar", "Reinhold", "Rikard", "Roy", "Rudolf", "Sigge", "Sigvard", "Sigurd", "Staffan", "Stellan",
    "Sture", "Svante", "Sverker", "Teodor", "Tim", "Tor", "Torgny", "Torsten", "Ture", "Ulrik",
    "Uno", "Valdemar", "Valter", "Vidar", "Vilgot", "Ville", "Wilmer", "Yngve", "Örjan", "Östen",
    "Eddie", "Elvin", "Erling", "Fredric", "Hannes", "Henry", "Isac", "Jan-Olof", "Joel", "Johnny",
    "Julius", "Karl-Johan", "Lars-Åke", "Leon", "Lowe", "Mauritz", "Melwin", "Milo", "Nore", "Odd",
    "Olav", "Ossian", "Per-Anders", "Per-Erik", "Sigfrid", "Sonny", "Tage", "Thor", "Torvald", "Valentin",
    "Wiktor", "Ingmar", "Jörn", "Kjell-Åke", "Lars-Gunnar", "Nils-Olof", "Per-Åke", "Hans-Erik", "Jan-Åke", "Sven-Erik",
    "Sven-Olof", "Karl-Axel", "Alex", "Adrian", "Alexis", "Amir", "Omar", "Ahmad", "Hassan", "Hussein",
    "Yousef", "Ibrahim", "Mustafa", "Noa", "Jonatan", "Ruben", "Gideon", "Manfred", "Ingolf", "Allan",
    "Albert", "Ernst", "Roine", "Ronnie", "Tommie", "Assar", "Bill", "Boris", "Dick", "Gusten",
    "Göte", "Inge", "Jean", "Jan-Ove", "Lorentz", "Mårten", "Ola", "Olaus", "Reidar", "Seth",
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
    "Sundström", "Ibrahim", "Sjöström", "Nordqvist", "Hussein", "Ekman", "Söderström", "Nordlund", "Omar", "Mohamed",
    "Forslund", "Lindblom", "Berntsson", "Johnsson", "Sundqvist", "Bergkvist", "Jonasson", "Lindell", "Stenberg", "Wiklund",
    "Sundin", "Strand", "Eklöf", "Åström", "Lindahl", "Lindkvist", "Söderlund", "Hedberg", "Östlund", "Nyman",
    "Ivarsson", "Backman", "Lundmark", "Ottosson", "Sjölund", "Törnqvist", "Adolfsson", "Ljungberg", "Lindén", "Edlund",
    "Björkman", "Boström", "Öhman", "Dahlgren", "Kristiansson", "Emanuelsson", "Palm", "Lindh", "Jensen", "Nielsen",
    # the tail
    "Ahlberg", "Ahlgren", "Ahlin", "Almgren", "Almqvist", "Alm", "Appelqvist", "Aronsson", "Augustsson", "Bernhardsson",
    "Bladh", "Blixt", "Bohlin", "Bolin", "Borg", "Brandt", "Broberg", "Bäckström", "Bäck", "Carlberg",
    "Carlsson", "Cederberg", "Dahlin", "Dahlström", "Davidsson", "Ekberg", "Ekholm", "Ekdahl", "Ekblad", "Elfving",
    "Engberg", "Engdahl", "Englund", "Enqvist", "Fagerström", "Forsgren", "Forsman", "Fredlund", "Friberg", "Frisk",
    "Fält", "Grahn", "Granath", "Granberg", "Granlund", "Granström", "Gran", "Grönberg", "Grönlund", "Gustavsson",
    "Hagberg", "Hagman", "Hagström", "Hallberg", "Hammar", "Hedin", "Hedström", "Hellberg", "Hellgren", "Hjalmarsson",
    "Holgersson", "Holmström", "Hult", "Hultgren", "Hultman", "Häggström", "Höglund", "Jeppsson", "Johannesson", "Kjellberg",
    "Kjellström", "Klasson", "Kling", "Kronberg", "Kvist", "Lagerqvist", "Lager", "Landberg", "Larsen", "Levin",
    "Lidén", "Lilja", "Lindblad", "Lindeberg", "Lindman", "Linder", "Lindroth", "Ljung", "Ljunggren", "Lundell",
    "Lundh", "Lundholm", "Lundkvist", "Löfstedt", "Löfqvist", "Malm", "Malmberg", "Malmqvist", "Malmström", "Melin",
    "Moberg", "Modig", "Nord", "Nordberg", "Nordgren", "Nordh", "Nordling", "Norén", "Norling", "Norman",
    "Nygren", "Nylander", "Nyqvist", "Nystedt", "Olausson", "Ohlsson", "Palmqvist", "Pehrsson", "Petersson", "Pihl",
    "Qvist", "Rosén", "Rosenberg", "Roos", "Rydberg", "Rydén", "Sahlin", "Sandell", "Sandgren", "Sandin",
    "Sandvall", "Schön", "Selin", "Sjödin", "Sjöqvist", "Skog", "Skoglund", "Sköld", "Stark", "Stenlund",
    "Sterner", "Strandberg", "Ståhl", "Sundell", "Svärd", "Svedberg", "Sörensen", "Thörn", "Torstensson", "Unger",
    "Vallin", "Wahlberg", "Wahlström", "Wallgren", "Wallén", "Wennberg", "Westberg", "Westerberg", "Westin", "Westman",
    "Wickman", "Widén", "Wikberg", "Wikman", "Wilhelmsson", "Zetterberg", "Zetterlund", "Åhman", "Ågren", "Åkerlund",
    "Åkerman", "Åslund", "Östberg", "Östman", "Backlund", "Bergh", "Berglöf", "Blomberg", "Byström", "Carlström",
    "Dahlqvist", "Edström", "Ericsson", "Fors", "Grönqvist", "Hammarström", "Hedman", "Holmlund", "Ingvarsson", "Isberg",
    "Jernberg", "Karlberg", "Kihlberg", "Kronqvist", "Lindvall", "Ljungqvist", "Lönn", "Mäkinen", "Yilmaz", "Kaya",
    "von Sydow", "Wachtmeister", "De Geer", "von Essen", "Bonde", "Lewenhaupt", "Stiernstedt", "af Klercker", "Gyllenhammar", "Nordenfalk",
    "Abdi", "Hussain", "Khalil", "Saleh", "Mahmoud", "Yousef", "Rahimi", "Karimi", "Nguyen", "Warsame",
)  # fmt: skip

# The second part of a Swedish hyphenated given name (`Ann-Marie`, `Karl-Erik`): the common ones.
SECOND_F = ("Marie", "Karin", "Lena", "Sofie", "Christin", "Britt", "Louise", "Maria", "Charlotte", "Mari")  # fmt: skip
SECOND_M = ("Erik", "Johan", "Olof", "Göran", "Åke", "Gunnar", "Anders", "Axel", "Gustav", "Arne")  # fmt: skip

# The United States: the Census 1990 lists, the census per cent as weight.
US_F = (("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.98), ("Elizabeth", 0.937), ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794), ("Margaret", 0.768), ("Dorothy", 0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667), ("Betty", 0.666), ("Helen", 0.663), ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565), ("Ruth", 0.562), ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.51), ("Sarah", 0.508), ("Kimberly", 0.504), ("Deborah", 0.494), ("Jessica", 0.49), ("Shirley", 0.482), ("Cynthia", 0.469), ("Angela", 0.468), ("Melissa", 0.462), ("Brenda", 0.455), ("Amy", 0.451), ("Anna", 0.44), ("Rebecca", 0.43), ("Virginia", 0.43), ("Kathleen", 0.424), ("Pamela", 0.416), ("Martha", 0.412), ("Debra", 0.408), ("Amanda", 0.404), ("Stephanie", 0.4), ("Carolyn", 0.385), ("Christine", 0.382), ("Marie", 0.379), ("Janet", 0.379), ("Catherine", 0.373), ("Frances", 0.37), ("Ann", 0.364), ("Joyce", 0.364), ("Diane", 0.359), ("Alice", 0.357), ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336), ("Doris", 0.335), ("Gloria", 0.335), ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315), ("Mildred", 0.313), ("Katherine", 0.313), ("Joan", 0.306), ("Ashley", 0.303), ("Judith", 0.297), ("Rose", 0.296), ("Janice", 0.285), ("Kelly", 0.283), ("Nicole", 0.281), ("Judy", 0.276), ("Christina", 0.275), ("Kathy", 0.272), ("Theresa", 0.271), ("Beverly", 0.267), ("Denise", 0.264), ("Tammy", 0.259), ("Irene", 0.252), ("Jane", 0.25), ("Lori", 0.248), ("Rachel", 0.242), ("Marilyn", 0.241), ("Andrea", 0.236), ("Kathryn", 0.234), ("Louise", 0.229), ("Sara", 0.229), ("Anne", 0.228), ("Jacqueline", 0.228), ("Wanda", 0.226), ("Bonnie", 0.223), ("Julia", 0.223), ("Ruby", 0.221), ("Lois", 0.22), ("Tina", 0.22), ("Phyllis", 0.219), ("Norma", 0.218), ("Paula", 0.217), ("Diana", 0.216), ("Annie", 0.216), ("Lillian", 0.211), ("Emily", 0.208), ("Robin", 0.208), ("Peggy", 0.208), ("Crystal", 0.207), ("Gladys", 0.205), ("Rita", 0.204), ("Dawn", 0.202), ("Connie", 0.2), ("Florence", 0.2), ("Tracy", 0.197), ("Edna", 0.197), ("Tiffany", 0.195), ("Carmen", 0.195), ("Rosa", 0.194), ("Cindy", 0.192), ("Grace", 0.189), ("Wendy", 0.185), ("Victoria", 0.18), ("Edith", 0.179), ("Kim", 0.178), ("Sherry", 0.178), ("Sylvia", 0.177), ("Josephine", 0.177), ("Thelma", 0.175), ("Shannon", 0.175), ("Sheila", 0.175), ("Ethel", 0.174), ("Ellen", 0.173), ("Elaine", 0.173), ("Marjorie", 0.173), ("Carrie", 0.171), ("Charlotte", 0.169), ("Monica", 0.166), ("Esther", 0.166), ("Pauline", 0.165), ("Emma", 0.165), ("Juanita", 0.164), ("Anita", 0.162), ("Rhonda", 0.162), ("Hazel", 0.161), ("Amber", 0.16), ("Eva", 0.159), ("Debbie", 0.157), ("April", 0.154), ("Leslie", 0.154), ("Clara", 0.153), ("Lucille", 0.153), ("Jamie", 0.153), ("Joanne", 0.15), ("Eleanor", 0.15), ("Valerie", 0.149), ("Danielle", 0.149), ("Megan", 0.147), ("Alicia", 0.146), ("Suzanne", 0.145), ("Michele", 0.145), ("Gail", 0.145), ("Bertha", 0.143), ("Darlene", 0.142), ("Veronica", 0.142), ("Jill", 0.142), ("Erin", 0.141), ("Geraldine", 0.141), ("Lauren", 0.137), ("Cathy", 0.137), ("Joann", 0.136), ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135), ("Regina", 0.133), ("Erica", 0.13), ("Beatrice", 0.13), ("Dolores", 0.129), ("Bernice", 0.128), ("Audrey", 0.127), ("Yvonne", 0.126), ("Annette", 0.125), ("June", 0.125), ("Samantha", 0.124), ("Marion", 0.122), ("Dana", 0.122), ("Stacy", 0.121), ("Ana", 0.12), ("Renee", 0.12), ("Ida", 0.118), ("Vivian", 0.118), ("Roberta", 0.117), ("Holly", 0.117), ("Brittany", 0.117), ("Melanie", 0.116), ("Loretta", 0.115), ("Yolanda", 0.115), ("Jeanette", 0.115), ("Laurie", 0.114), ("Katie", 0.113), ("Kristen", 0.111), ("Vanessa", 0.111), ("Alma", 0.111), ("Sue", 0.111), ("Elsie", 0.11), ("Beth", 0.11), ("Jeanne", 0.109), ("Vicki", 0.109), ("Carla", 0.107), ("Tara", 0.107), ("Rosemary", 0.107), ("Eileen", 0.105), ("Terri", 0.105), ("Gertrude", 0.103), ("Lucy", 0.103), ("Tonya", 0.102), ("Ella", 0.101), ("Stacey", 0.101), ("Wilma", 0.099), ("Gina", 0.099), ("Kristin", 0.099), ("Jessie", 0.098), ("Natalie", 0.098), ("Agnes", 0.098), ("Vera", 0.098), ("Willie", 0.097), ("Charlene", 0.097), ("Bessie", 0.096), ("Delores", 0.095), ("Melinda", 0.094), ("Pearl", 0.094), ("Arlene", 0.094), ("Maureen", 0.092), ("Colleen", 0.092), ("Allison", 0.092), ("Tamara", 0.092), ("Joy", 0.091), ("Georgia", 0.091), ("Constance", 0.091), ("Lillie", 0.09), ("Claudia", 0.09), ("Jackie", 0.09), ("Marcia", 0.09), ("Tanya", 0.089), ("Nellie", 0.089), ("Minnie", 0.089), ("Marlene", 0.088), ("Heidi", 0.088), ("Glenda", 0.088), ("Lydia", 0.086), ("Viola", 0.086), ("Courtney", 0.086), ("Marian", 0.086), ("Stella", 0.085), ("Caroline", 0.085), ("Dora", 0.084), ("Jo", 0.083), ("Vickie", 0.082), ("Mattie", 0.081), ("Terry", 0.08), ("Maxine", 0.079), ("Irma", 0.079), ("Mabel", 0.078), ("Marsha", 0.078), ("Myrtle", 0.078), ("Lena", 0.077), ("Christy", 0.077), ("Deanna", 0.076), ("Patsy", 0.076), ("Hilda", 0.075), ("Gwendolyn", 0.074), ("Jennie", 0.073), ("Nora", 0.073), ("Margie", 0.072), ("Nina", 0.072), ("Cassandra", 0.072), ("Leah", 0.072), ("Penny", 0.071), ("Kay", 0.071), ("Priscilla", 0.071), ("Naomi", 0.071), ("Carole", 0.071), ("Brandy", 0.07), ("Olga", 0.07), ("Billie", 0.069), ("Dianne", 0.069), ("Tracey", 0.069), ("Leona", 0.069), ("Jenny", 0.068), ("Felicia", 0.068), ("Sonia", 0.068), ("Miriam", 0.066), ("Velma", 0.066), ("Becky", 0.066), ("Bobbie", 0.065), ("Violet", 0.065), ("Kristina", 0.065), ("Toni", 0.064), ("Misty", 0.063), ("Mae", 0.063), ("Shelly", 0.062), ("Daisy", 0.062), ("Ramona", 0.062), ("Sherri", 0.062), ("Erika", 0.061), ("Katrina", 0.061), ("Claire", 0.061), ("Lindsey", 0.06), ("Lindsay", 0.06), ("Geneva", 0.059), ("Guadalupe", 0.059), ("Belinda", 0.059), ("Margarita", 0.059), ("Sheryl", 0.059), ("Cora", 0.058), ("Faye", 0.058), ("Ada", 0.057), ("Natasha", 0.057), ("Sabrina", 0.057), ("Isabel", 0.057), ("Marguerite", 0.056), ("Hattie", 0.056), ("Harriet", 0.056), ("Molly", 0.055), ("Cecilia", 0.055), ("Kristi", 0.055), ("Brandi", 0.055), ("Blanche", 0.055), ("Sandy", 0.055), ("Rosie", 0.055), ("Joanna", 0.055), ("Iris", 0.055), ("Eunice", 0.054), ("Angie", 0.054), ("Inez", 0.053), ("Lynda", 0.053), ("Madeline", 0.052), ("Amelia", 0.052), ("Alberta", 0.052), ("Genevieve", 0.051), ("Monique", 0.051), ("Jodi", 0.051), ("Janie", 0.051), ("Maggie", 0.051), ("Kayla", 0.051), ("Sonya", 0.051), ("Jan", 0.051), ("Lee", 0.051), ("Kristine", 0.051), ("Candace", 0.051), ("Fannie", 0.05), ("Maryann", 0.05), ("Opal", 0.05), ("Alison", 0.05), ("Yvette", 0.05), ("Melody", 0.05), ("Luz", 0.049), ("Susie", 0.049), ("Olivia", 0.049), ("Flora", 0.049), ("Shelley", 0.049), ("Kristy", 0.048), ("Mamie", 0.048), ("Lula", 0.048), ("Lola", 0.048), ("Verna", 0.048), ("Beulah", 0.048), ("Antoinette", 0.048), ("Candice", 0.046), ("Juana", 0.046), ("Jeannette", 0.046), ("Pam", 0.046), ("Kelli", 0.046), ("Hannah", 0.045), ("Whitney", 0.045), ("Bridget", 0.045), ("Karla", 0.044), ("Celia", 0.044), ("Latoya", 0.043), ("Patty", 0.043), ("Shelia", 0.043), ("Gayle", 0.043), ("Della", 0.043), ("Vicky", 0.043), ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042), ("Kara", 0.041), ("Jacquelyn", 0.041), ("Erma", 0.041), ("Blanca", 0.041), ("Myra", 0.04), ("Leticia", 0.04), ("Pat", 0.04), ("Krista", 0.04), ("Roxanne", 0.04), ("Angelica", 0.039), ("Johnnie", 0.039), ("Robyn", 0.039), ("Francis", 0.039), ("Adrienne", 0.039), ("Rosalie", 0.039), ("Alexandra", 0.039), ("Brooke", 0.039), ("Bethany", 0.039), ("Sadie", 0.039), ("Bernadette", 0.039))  # fmt: skip
US_M = (("James", 3.318), ("John", 3.271), ("Robert", 3.143), ("Michael", 2.629), ("William", 2.451), ("David", 2.363), ("Richard", 1.703), ("Charles", 1.523), ("Joseph", 1.404), ("Thomas", 1.38), ("Christopher", 1.035), ("Daniel", 0.974), ("Paul", 0.948), ("Mark", 0.938), ("Donald", 0.931), ("George", 0.927), ("Kenneth", 0.826), ("Steven", 0.78), ("Edward", 0.779), ("Brian", 0.736), ("Ronald", 0.725), ("Anthony", 0.721), ("Kevin", 0.671), ("Jason", 0.66), ("Matthew", 0.657), ("Gary", 0.65), ("Timothy", 0.64), ("Jose", 0.613), ("Larry", 0.598), ("Jeffrey", 0.591), ("Frank", 0.581), ("Scott", 0.546), ("Eric", 0.544), ("Stephen", 0.54), ("Andrew", 0.537), ("Raymond", 0.488), ("Gregory", 0.441), ("Joshua", 0.435), ("Jerry", 0.432), ("Dennis", 0.415), ("Walter", 0.399), ("Patrick", 0.389), ("Peter", 0.381), ("Harold", 0.371), ("Douglas", 0.367), ("Henry", 0.365), ("Carl", 0.346), ("Arthur", 0.335), ("Ryan", 0.328), ("Roger", 0.322), ("Joe", 0.321), ("Juan", 0.316), ("Jack", 0.315), ("Albert", 0.314), ("Jonathan", 0.313), ("Justin", 0.311), ("Terry", 0.311), ("Gerald", 0.309), ("Keith", 0.308), ("Samuel", 0.306), ("Willie", 0.302), ("Ralph", 0.282), ("Lawrence", 0.282), ("Nicholas", 0.275), ("Roy", 0.273), ("Benjamin", 0.27), ("Bruce", 0.263), ("Brandon", 0.26), ("Adam", 0.259), ("Harry", 0.251), ("Fred", 0.251), ("Wayne", 0.249), ("Billy", 0.248), ("Steve", 0.246), ("Louis", 0.243), ("Jeremy", 0.242), ("Aaron", 0.24), ("Randy", 0.232), ("Howard", 0.23), ("Eugene", 0.23), ("Carlos", 0.229), ("Russell", 0.224), ("Bobby", 0.223), ("Victor", 0.222), ("Martin", 0.216), ("Ernest", 0.215), ("Phillip", 0.213), ("Todd", 0.213), ("Jesse", 0.209), ("Craig", 0.206), ("Alan", 0.204), ("Shawn", 0.2), ("Clarence", 0.197), ("Sean", 0.197), ("Philip", 0.197), ("Chris", 0.197), ("Johnny", 0.195), ("Earl", 0.193), ("Jimmy", 0.191), ("Antonio", 0.19), ("Danny", 0.19), ("Bryan", 0.19), ("Tony", 0.19), ("Luis", 0.189), ("Mike", 0.189), ("Stanley", 0.186), ("Leonard", 0.186), ("Nathan", 0.185), ("Dale", 0.184), ("Manuel", 0.181), ("Rodney", 0.18), ("Curtis", 0.18), ("Norman", 0.177), ("Allen", 0.174), ("Marvin", 0.171), ("Vincent", 0.168), ("Glenn", 0.167), ("Jeffery", 0.166), ("Travis", 0.166), ("Jeff", 0.166), ("Chad", 0.165), ("Jacob", 0.165), ("Lee", 0.162), ("Melvin", 0.162), ("Alfred", 0.162), ("Kyle", 0.16), ("Francis", 0.16), ("Bradley", 0.159), ("Jesus", 0.155), ("Herbert", 0.155), ("Frederick", 0.154), ("Ray", 0.153), ("Joel", 0.152), ("Edwin", 0.148), ("Don", 0.145), ("Eddie", 0.144), ("Ricky", 0.141), ("Troy", 0.138), ("Randall", 0.138), ("Barry", 0.134), ("Alexander", 0.132), ("Bernard", 0.127), ("Mario", 0.125), ("Leroy", 0.125), ("Francisco", 0.124), ("Marcus", 0.124), ("Micheal", 0.123), ("Theodore", 0.123), ("Clifford", 0.123), ("Miguel", 0.122), ("Oscar", 0.122), ("Jay", 0.118), ("Jim", 0.118), ("Tom", 0.117), ("Calvin", 0.115), ("Alex", 0.115), ("Jon", 0.115), ("Ronnie", 0.113), ("Bill", 0.112), ("Lloyd", 0.112), ("Tommy", 0.112), ("Leon", 0.112), ("Derek", 0.112), ("Warren", 0.11), ("Darrell", 0.108), ("Jerome", 0.108), ("Floyd", 0.107), ("Leo", 0.106), ("Alvin", 0.105), ("Tim", 0.104), ("Wesley", 0.104), ("Gordon", 0.104), ("Dean", 0.104), ("Greg", 0.104), ("Jorge", 0.104), ("Dustin", 0.103), ("Pedro", 0.103), ("Derrick", 0.103), ("Dan", 0.101), ("Lewis", 0.099), ("Zachary", 0.099), ("Corey", 0.098), ("Herman", 0.097), ("Maurice", 0.097), ("Vernon", 0.097), ("Roberto", 0.097), ("Clyde", 0.095), ("Glen", 0.094), ("Hector", 0.094), ("Shane", 0.093), ("Ricardo", 0.093), ("Sam", 0.092), ("Rick", 0.091), ("Lester", 0.091), ("Brent", 0.09), ("Ramon", 0.09), ("Charlie", 0.09), ("Tyler", 0.089), ("Gilbert", 0.089), ("Gene", 0.087), ("Marc", 0.087), ("Reginald", 0.084), ("Ruben", 0.082), ("Brett", 0.082), ("Angel", 0.082), ("Nathaniel", 0.081), ("Rafael", 0.081), ("Leslie", 0.081), ("Edgar", 0.08), ("Milton", 0.08), ("Raul", 0.079), ("Ben", 0.078), ("Chester", 0.078), ("Cecil", 0.078), ("Duane", 0.077), ("Franklin", 0.077), ("Andre", 0.076), ("Elmer", 0.074), ("Brad", 0.073), ("Gabriel", 0.073), ("Ron", 0.072), ("Mitchell", 0.072), ("Roland", 0.072), ("Arnold", 0.072), ("Harvey", 0.072), ("Jared", 0.071), ("Adrian", 0.069), ("Karl", 0.069), ("Cory", 0.068), ("Claude", 0.068), ("Erik", 0.068), ("Darryl", 0.067), ("Jamie", 0.066), ("Neil", 0.066), ("Jessie", 0.065), ("Christian", 0.065), ("Javier", 0.065), ("Fernando", 0.065), ("Clinton", 0.065), ("Ted", 0.064), ("Mathew", 0.064), ("Tyrone", 0.064), ("Darren", 0.064), ("Lonnie", 0.064), ("Lance", 0.063), ("Cody", 0.063), ("Julio", 0.063), ("Kelly", 0.063), ("Kurt", 0.062), ("Allan", 0.061), ("Nelson", 0.061), ("Guy", 0.06), ("Clayton", 0.06), ("Hugh", 0.06), ("Max", 0.059), ("Dwayne", 0.059), ("Dwight", 0.058), ("Armando", 0.058), ("Felix", 0.058), ("Jimmie", 0.058), ("Everett", 0.057), ("Jordan", 0.056), ("Ian", 0.056), ("Wallace", 0.056), ("Ken", 0.055), ("Bob", 0.055), ("Jaime", 0.055), ("Casey", 0.054), ("Alfredo", 0.054), ("Alberto", 0.053), ("Dave", 0.053), ("Ivan", 0.053), ("Johnnie", 0.052), ("Sidney", 0.052), ("Byron", 0.052), ("Julian", 0.052), ("Isaac", 0.051), ("Morris", 0.051), ("Clifton", 0.05), ("Willard", 0.05), ("Daryl", 0.05), ("Ross", 0.05), ("Virgil", 0.049), ("Andy", 0.049), ("Marshall", 0.049), ("Salvador", 0.049), ("Perry", 0.049), ("Kirk", 0.049), ("Sergio", 0.049), ("Marion", 0.048), ("Tracy", 0.048), ("Seth", 0.048), ("Kent", 0.048), ("Terrance", 0.048), ("Rene", 0.048), ("Eduardo", 0.047), ("Terrence", 0.047), ("Enrique", 0.046), ("Freddie", 0.046), ("Wade", 0.045), ("Austin", 0.044), ("Stuart", 0.044), ("Fredrick", 0.043), ("Arturo", 0.043), ("Alejandro", 0.043), ("Jackie", 0.043), ("Joey", 0.043), ("Nick", 0.043), ("Luther", 0.043), ("Wendell", 0.042), ("Jeremiah", 0.042), ("Evan", 0.042), ("Julius", 0.042), ("Dana", 0.042), ("Donnie", 0.041), ("Otis", 0.041), ("Shannon", 0.04), ("Trevor", 0.04), ("Oliver", 0.04), ("Luke", 0.04), ("Homer", 0.04), ("Gerard", 0.04), ("Doug", 0.04), ("Kenny", 0.039), ("Hubert", 0.039), ("Angelo", 0.039), ("Shaun", 0.039), ("Lyle", 0.038), ("Matt", 0.038), ("Lynn", 0.038), ("Alfonso", 0.038), ("Orlando", 0.037), ("Rex", 0.037), ("Carlton", 0.037), ("Ernesto", 0.037), ("Cameron", 0.037), ("Neal", 0.037), ("Pablo", 0.036), ("Lorenzo", 0.036), ("Omar", 0.036), ("Wilbur", 0.036), ("Blake", 0.036), ("Grant", 0.036), ("Horace", 0.036), ("Roderick", 0.036), ("Kerry", 0.036), ("Abraham", 0.035), ("Willis", 0.035), ("Rickey", 0.035), ("Jean", 0.035), ("Ira", 0.035), ("Andres", 0.034), ("Cesar", 0.034), ("Johnathan", 0.034), ("Malcolm", 0.034), ("Rudolph", 0.034), ("Damon", 0.034), ("Kelvin", 0.034), ("Rudy", 0.034), ("Preston", 0.034), ("Alton", 0.033), ("Archie", 0.033), ("Marco", 0.033), ("Pete", 0.032), ("Randolph", 0.032), ("Garry", 0.032), ("Geoffrey", 0.032), ("Jonathon", 0.032), ("Felipe", 0.032), ("Bennie", 0.032), ("Gerardo", 0.032), ("Ed", 0.032), ("Dominic", 0.032), ("Robin", 0.032), ("Loren", 0.032), ("Delbert", 0.031), ("Colin", 0.031), ("Guillermo", 0.031), ("Earnest", 0.031), ("Lucas", 0.031), ("Benny", 0.03), ("Noel", 0.03), ("Spencer", 0.03), ("Rodolfo", 0.03), ("Myron", 0.03), ("Edmund", 0.03), ("Garrett", 0.029), ("Salvatore", 0.029), ("Cedric", 0.029), ("Lowell", 0.029), ("Gregg", 0.029), ("Sherman", 0.028), ("Wilson", 0.028), ("Devin", 0.028), ("Sylvester", 0.028), ("Kim", 0.028), ("Roosevelt", 0.028), ("Israel", 0.028), ("Jermaine", 0.028), ("Forrest", 0.027))  # fmt: skip
US_S = (("Smith", 1.006), ("Johnson", 0.81), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621), ("Davis", 0.48), ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor", 0.311), ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.31), ("White", 0.279), ("Harris", 0.275), ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254), ("Martinez", 0.234), ("Robinson", 0.233), ("Clark", 0.231), ("Rodriguez", 0.229), ("Lewis", 0.226), ("Lee", 0.22), ("Walker", 0.219), ("Hall", 0.2), ("Allen", 0.199), ("Young", 0.193), ("Hernandez", 0.192), ("King", 0.19), ("Wright", 0.189), ("Lopez", 0.187), ("Hill", 0.187), ("Scott", 0.185), ("Green", 0.183), ("Adams", 0.174), ("Baker", 0.171), ("Gonzalez", 0.166), ("Nelson", 0.162), ("Carter", 0.162), ("Mitchell", 0.16), ("Perez", 0.155), ("Roberts", 0.153), ("Turner", 0.152), ("Phillips", 0.149), ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141), ("Edwards", 0.137), ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.13), ("Morris", 0.125), ("Rogers", 0.123), ("Reed", 0.122), ("Cook", 0.12), ("Morgan", 0.118), ("Bell", 0.117), ("Murphy", 0.117), ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper", 0.113), ("Richardson", 0.112), ("Cox", 0.11), ("Howard", 0.11), ("Ward", 0.108), ("Torres", 0.108), ("Peterson", 0.107), ("Gray", 0.106), ("Ramirez", 0.105), ("James", 0.105), ("Watson", 0.103), ("Brooks", 0.103), ("Kelly", 0.102), ("Sanders", 0.1), ("Price", 0.099), ("Bennett", 0.099), ("Wood", 0.098), ("Barnes", 0.097), ("Ross", 0.096), ("Henderson", 0.095), ("Coleman", 0.095), ("Jenkins", 0.095), ("Perry", 0.094), ("Powell", 0.093), ("Long", 0.092), ("Patterson", 0.092), ("Hughes", 0.092), ("Flores", 0.092), ("Washington", 0.092), ("Butler", 0.091), ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales", 0.087), ("Bryant", 0.087), ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084), ("Diaz", 0.084), ("Hayes", 0.083), ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082), ("Graham", 0.082), ("Sullivan", 0.081), ("Wallace", 0.081), ("Woods", 0.08), ("Cole", 0.08), ("West", 0.08), ("Jordan", 0.078), ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077), ("Ellis", 0.077), ("Harrison", 0.076), ("Gibson", 0.075), ("McDonald", 0.075), ("Cruz", 0.075), ("Marshall", 0.075), ("Ortiz", 0.075), ("Gomez", 0.075), ("Murray", 0.074), ("Freeman", 0.074), ("Wells", 0.073), ("Webb", 0.072), ("Simpson", 0.07), ("Stevens", 0.07), ("Tucker", 0.07), ("Porter", 0.069), ("Hunter", 0.069), ("Hicks", 0.069), ("Crawford", 0.068), ("Henry", 0.068), ("Boyd", 0.068), ("Mason", 0.068), ("Morales", 0.067), ("Kennedy", 0.067), ("Warren", 0.067), ("Dixon", 0.066), ("Ramos", 0.066), ("Reyes", 0.066), ("Burns", 0.065), ("Gordon", 0.065), ("Shaw", 0.065), ("Holmes", 0.065), ("Rice", 0.064), ("Robertson", 0.064), ("Hunt", 0.063), ("Black", 0.063), ("Daniels", 0.062), ("Palmer", 0.062), ("Mills", 0.061), ("Nichols", 0.06), ("Grant", 0.06), ("Knight", 0.06), ("Ferguson", 0.059), ("Rose", 0.059), ("Stone", 0.059), ("Hawkins", 0.059), ("Dunn", 0.058), ("Perkins", 0.058), ("Hudson", 0.058), ("Spencer", 0.057), ("Gardner", 0.057), ("Stephens", 0.057), ("Payne", 0.057), ("Pierce", 0.056), ("Berry", 0.056), ("Matthews", 0.056), ("Arnold", 0.056), ("Wagner", 0.055), ("Willis", 0.055), ("Ray", 0.055), ("Watkins", 0.055), ("Olson", 0.055), ("Carroll", 0.055), ("Duncan", 0.055), ("Snyder", 0.055), ("Hart", 0.054), ("Cunningham", 0.054), ("Bradley", 0.054), ("Lane", 0.054), ("Andrews", 0.054), ("Ruiz", 0.054), ("Harper", 0.054), ("Fox", 0.053), ("Riley", 0.053), ("Armstrong", 0.053), ("Carpenter", 0.053), ("Weaver", 0.053), ("Greene", 0.053), ("Lawrence", 0.052), ("Elliott", 0.052), ("Chavez", 0.052), ("Sims", 0.052), ("Austin", 0.052), ("Peters", 0.052), ("Kelley", 0.052), ("Franklin", 0.051), ("Lawson", 0.051), ("Fields", 0.051), ("Gutierrez", 0.051), ("Ryan", 0.051), ("Schmidt", 0.051), ("Carr", 0.051), ("Vasquez", 0.051), ("Castillo", 0.051), ("Wheeler", 0.051), ("Chapman", 0.05), ("Oliver", 0.05), ("Montgomery", 0.049), ("Richards", 0.049), ("Williamson", 0.049), ("Johnston", 0.049), ("Banks", 0.048), ("Meyer", 0.048), ("Bishop", 0.048), ("McCoy", 0.048), ("Howell", 0.048), ("Alvarez", 0.048), ("Morrison", 0.048), ("Hansen", 0.047), ("Fernandez", 0.047), ("Garza", 0.047), ("Harvey", 0.047), ("Little", 0.046), ("Burton", 0.046), ("Stanley", 0.046), ("Nguyen", 0.046), ("George", 0.046), ("Jacobs", 0.046), ("Reid", 0.046), ("Kim", 0.045), ("Fuller", 0.045), ("Lynch", 0.045), ("Dean", 0.045), ("Gilbert", 0.045), ("Garrett", 0.045), ("Romero", 0.045), ("Welch", 0.044), ("Larson", 0.044), ("Frazier", 0.044), ("Burke", 0.044), ("Hanson", 0.043), ("Day", 0.043), ("Mendoza", 0.043), ("Moreno", 0.043), ("Bowman", 0.043), ("Medina", 0.042), ("Fowler", 0.042), ("Brewer", 0.042), ("Hoffman", 0.042), ("Carlson", 0.042), ("Silva", 0.042), ("Pearson", 0.042), ("Holland", 0.042), ("Douglas", 0.041), ("Fleming", 0.041), ("Jensen", 0.041), ("Vargas", 0.041), ("Byrd", 0.041), ("Davidson", 0.041), ("Hopkins", 0.041), ("May", 0.04), ("Terry", 0.04), ("Herrera", 0.04), ("Wade", 0.04), ("Soto", 0.04), ("Walters", 0.04), ("Curtis", 0.04), ("Neal", 0.039), ("Caldwell", 0.039), ("Lowe", 0.039), ("Jennings", 0.039), ("Barnett", 0.039), ("Graves", 0.039), ("Jimenez", 0.039), ("Horton", 0.039), ("Shelton", 0.039), ("Barrett", 0.039), ("O'Brien", 0.039), ("Castro", 0.039), ("Sutton", 0.038), ("Gregory", 0.038), ("McKinney", 0.038), ("Lucas", 0.038), ("Miles", 0.038), ("Craig", 0.038), ("Rodriquez", 0.037), ("Chambers", 0.037), ("Holt", 0.037), ("Lambert", 0.037), ("Fletcher", 0.037), ("Watts", 0.037), ("Bates", 0.037), ("Hale", 0.037), ("Rhodes", 0.037), ("Pena", 0.037), ("Beck", 0.037), ("Newman", 0.036), ("Haynes", 0.036), ("McDaniel", 0.036), ("Mendez", 0.036), ("Bush", 0.036), ("Vaughn", 0.036), ("Parks", 0.035), ("Dawson", 0.035), ("Santiago", 0.035), ("Norris", 0.035), ("Hardy", 0.035), ("Love", 0.035), ("Steele", 0.035), ("Curry", 0.035), ("Powers", 0.035), ("Schultz", 0.035), ("Barker", 0.035), ("Guzman", 0.034), ("Page", 0.034), ("Munoz", 0.034), ("Ball", 0.034), ("Keller", 0.034), ("Chandler", 0.034), ("Weber", 0.034), ("Leonard", 0.034), ("Walsh", 0.033), ("Lyons", 0.033), ("Ramsey", 0.033), ("Wolfe", 0.033), ("Schneider", 0.033), ("Mullins", 0.033), ("Benson", 0.033), ("Sharp", 0.033), ("Bowen", 0.033), ("Daniel", 0.033), ("Barber", 0.032), ("Cummings", 0.032), ("Hines", 0.032), ("Baldwin", 0.032), ("Griffith", 0.032), ("Valdez", 0.032), ("Hubbard", 0.032), ("Salazar", 0.032), ("Reeves", 0.032), ("Warner", 0.031), ("Stevenson", 0.031), ("Burgess", 0.031), ("Santos", 0.031), ("Tate", 0.031), ("Cross", 0.031), ("Garner", 0.031), ("Mann", 0.031), ("Mack", 0.031), ("Moss", 0.031), ("Thornton", 0.031), ("Dennis", 0.031), ("McGee", 0.031), ("Farmer", 0.03), ("Delgado", 0.03), ("Aguilar", 0.03), ("Vega", 0.03), ("Glover", 0.03), ("Manning", 0.03), ("Cohen", 0.03), ("Harmon", 0.03), ("Rodgers", 0.03), ("Robbins", 0.03), ("Newton", 0.03), ("Todd", 0.03), ("Blair", 0.03), ("Higgins", 0.03), ("Ingram", 0.03), ("Reese", 0.03), ("Cannon", 0.03), ("Strickland", 0.03), ("Townsend", 0.03), ("Potter", 0.03), ("Goodwin", 0.03), ("Walton", 0.03), ("Rowe", 0.029), ("Hampton", 0.029), ("Ortega", 0.029), ("Patton", 0.029), ("Swanson", 0.029), ("Joseph", 0.029), ("Francis", 0.029), ("Goodman", 0.029), ("Maldonado", 0.029), ("Yates", 0.029), ("Becker", 0.029), ("Erickson", 0.029), ("Hodges", 0.029), ("Rios", 0.029), ("Conner", 0.029), ("Adkins", 0.029), ("Webster", 0.028), ("Norman", 0.028), ("Malone", 0.028), ("Hammond", 0.028), ("Flowers", 0.028), ("Cobb", 0.028), ("Moody", 0.028), ("Quinn", 0.028), ("Blake", 0.028), ("Maxwell", 0.028), ("Pope", 0.028), ("Floyd", 0.027), ("Osborne", 0.027), ("Paul", 0.027), ("McCarthy", 0.027), ("Guerrero", 0.027), ("Lindsey", 0.027), ("Estrada", 0.027), ("Sandoval", 0.027), ("Gibbs", 0.027), ("Tyler", 0.027), ("Gross", 0.027), ("Fitzgerald", 0.027), ("Stokes", 0.027), ("Doyle", 0.027), ("Sherman", 0.027))  # fmt: skip

# The United Kingdom: the ONS rankings' order as the writer knows them, the generations mixed.
UK_F = (
    "Sarah", "Emma", "Claire", "Laura", "Rebecca", "Emily", "Charlotte", "Olivia", "Jessica", "Hannah",
    "Lucy", "Amy", "Sophie", "Katie", "Lauren", "Elizabeth", "Margaret", "Susan", "Helen", "Nicola",
    "Rachel", "Louise", "Victoria", "Jennifer", "Amelia", "Grace", "Chloe", "Gemma", "Samantha", "Julie",
    "Karen", "Joanne", "Michelle", "Patricia", "Mary", "Linda", "Christine", "Deborah", "Alison", "Catherine",
    "Jane", "Ann", "Anne", "Jacqueline", "Caroline", "Lisa", "Kelly", "Angela", "Tracey", "Dawn",
    "Natalie", "Zoe", "Kirsty", "Stacey", "Jade", "Danielle", "Isla", "Ava", "Mia", "Poppy",
    "Ella", "Lily", "Evie", "Isabella", "Freya", "Ivy", "Florence", "Alice", "Daisy", "Rosie",
    "Phoebe", "Ruby", "Matilda", "Evelyn", "Sienna", "Willow", "Harper", "Elsie", "Megan", "Bethany",
    "Eleanor", "Abigail", "Georgia", "Millie", "Jasmine", "Molly", "Scarlett", "Imogen", "Amber", "Leah",
    "Niamh", "Erin", "Eva", "Maisie", "Layla", "Aria", "Esme", "Harriet", "Beatrice", "Maya",
    "Zara", "Ellie", "Lola", "Violet", "Thea", "Lottie", "Francesca", "Naomi", "Kate", "Fiona",
    "Joan", "Dorothy", "Jean", "Sheila", "Pauline", "Valerie", "Brenda", "Maureen", "Barbara", "Gillian",
    "Wendy", "Carol", "Lynn", "Sandra", "Diane", "Janet", "Shona", "Ailsa", "Eilidh", "Catriona",
    # the tail
    "Siobhan", "Ciara", "Aoife", "Morag", "Holly", "Heather", "Bronwen", "Carys", "Cerys", "Ffion",
    "Seren", "Rhiannon", "Sinead", "Aisling", "Orla", "Roisin", "Clodagh", "Kerry", "Leanne", "Hayley",
    "Kimberley", "Chantelle", "Shannon", "Jodie", "Toni", "Kayleigh", "Charlene", "Lindsey", "Vicky", "Joanna",
    "Penelope", "Philippa", "Rosemary", "Hilary", "Judith", "Lesley", "Marion", "Doreen", "Irene", "Edna",
    "Hazel", "Beryl", "Muriel", "Vera", "Glenys", "Gwen", "Nia", "Tegan", "Sophia", "Aisha",
    "Fatima", "Zainab", "Amina", "Priya", "Anika", "Hollie", "Lacey", "Courtney", "Paige", "Jodie-Ann",
    "Elodie", "Ottilie", "Clementine", "Arabella", "Tabitha", "Honor", "Iris", "Peggy", "Edith", "Mabel",
)  # fmt: skip
UK_M = (
    "David", "John", "Paul", "Mark", "Andrew", "Michael", "James", "Richard", "Peter", "Stephen",
    "Robert", "Christopher", "Daniel", "Matthew", "Thomas", "Ian", "Simon", "Gary", "Steven", "Martin",
    "Anthony", "Kevin", "Neil", "Stuart", "Graham", "Alan", "Colin", "Keith", "Brian", "Philip",
    "Jonathan", "Adam", "Lee", "Craig", "Darren", "Jason", "Wayne", "Dean", "Scott", "Ryan",
    "Liam", "Jamie", "Samuel", "Luke", "Benjamin", "Callum", "Connor", "Jordan", "Kieran", "Lewis",
    "Nathan", "Aaron", "Kyle", "Jake", "Joshua", "Oliver", "George", "Harry", "Jack", "Charlie",
    "Oscar", "Jacob", "Henry", "William", "Alfie", "Freddie", "Archie", "Theo", "Noah", "Arthur",
    "Leo", "Muhammad", "Isaac", "Edward", "Alexander", "Joseph", "Ethan", "Max", "Logan", "Finley",
    "Tommy", "Teddy", "Mohammed", "Sebastian", "Lucas", "Reuben", "Toby", "Elliot", "Dylan", "Rhys",
    "Owen", "Gareth", "Sean", "Declan", "Patrick", "Niall", "Conor", "Cameron", "Fraser", "Euan",
    "Rory", "Angus", "Ewan", "Hamish", "Barry", "Terry", "Derek", "Trevor", "Roger", "Malcolm",
    "Geoffrey", "Nigel", "Kenneth", "Ronald", "Gordon", "Douglas", "Raymond", "Dennis", "Frederick", "Albert",
    "Harvey", "Stanley", "Jude", "Elijah", "Reggie", "Rowan", "Mason", "Jenson", "Zachary", "Felix",
    # the tail
    "Rupert", "Hugh", "Jasper", "Laurence", "Ashley", "Gavin", "Russell", "Shaun", "Carl", "Jeremy",
    "Julian", "Nicholas", "Timothy", "Clive", "Howard", "Leslie", "Harold", "Ernest", "Dafydd", "Iwan",
    "Gethin", "Emyr", "Ciaran", "Eoin", "Padraig", "Cormac", "Ruairi", "Alasdair", "Ruaridh", "Calum",
    "Murdo", "Lachlan", "Fergus", "Alistair", "Duncan", "Ross", "Grant", "Ronnie", "Albie", "Frankie",
    "Louie", "Hugo", "Arlo", "Kai", "Ralph", "Bobby", "Jayden", "Tyler", "Brandon", "Bradley",
    "Ashton", "Kane", "Jordan-Lee", "Dale", "Glen", "Royston", "Cyril", "Norman", "Wilfred", "Percy",
    "Bernard", "Gerald", "Desmond", "Clifford", "Vernon", "Rajesh", "Imran", "Omar", "Bilal", "Hamza",
    "Tobias", "Rafe", "Otis", "Caspian", "Barnaby", "Crispin", "Giles", "Piers", "Quentin", "Tristan",
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
    # the tail
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
    "Hancock", "Thornton", "Baldwin", "Burrows", "Briggs", "Storey", "Pope", "Fraser", "MacLeod", "MacDonald",
    "Mackenzie", "Sinclair", "Cameron", "Paterson", "Duffy", "Kavanagh", "Llewellyn", "Pugh", "Vaughan", "Ap Rhys",
    "Smith-Jones", "Fenwick", "Ogden", "Thistlethwaite", "Pemberton", "Ramsbottom", "Featherstone", "Cartwright", "Fairbairn", "Hargreaves",
)  # fmt: skip

# Origins common in Sweden: their commonest given names and surnames, 1/rank, head the top 10.
FI_F = ("Maria", "Helena", "Johanna", "Anna", "Kaarina", "Marjatta", "Tuula", "Ritva", "Leena", "Pirjo", "Sari", "Minna", "Tiina", "Päivi", "Riitta", "Anne", "Satu", "Merja", "Kirsi", "Hanna", "Liisa", "Aino", "Eeva", "Sirpa", "Laura", "Elina", "Sanna", "Marja", "Heli", "Outi")  # fmt: skip
FI_M = ("Juha", "Timo", "Matti", "Kari", "Mikko", "Jari", "Antti", "Jukka", "Mika", "Markku", "Pekka", "Hannu", "Heikki", "Seppo", "Janne", "Ari", "Sami", "Petri", "Jussi", "Ville", "Tuomas", "Lauri", "Eero", "Risto", "Pertti", "Jouko", "Esa", "Tapio", "Veikko", "Raimo")  # fmt: skip
FI_S = ("Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen")  # fmt: skip
# Arabic (Iraq, Syria, Lebanon), with Assyrian/Syriac names.
AR_F = ("Fatima", "Maryam", "Zainab", "Noor", "Sara", "Amina", "Layla", "Hanan", "Rania", "Huda", "Yasmin", "Aisha", "Nadia", "Reem", "Dalia", "Lina", "Rasha", "Samira", "Salma", "Hiba", "Shamiram", "Nahrain", "Ninwa", "Mariam", "Rana", "Dima", "Ghada", "Suha")  # fmt: skip
AR_M = ("Mohammed", "Ahmed", "Ali", "Hassan", "Omar", "Hussein", "Mahmoud", "Khaled", "Mustafa", "Ibrahim", "Abdullah", "Yousef", "Karim", "Sami", "Rami", "Hamza", "Amir", "Tarek", "Bassam", "Ziad", "Firas", "Fadi", "Nabil", "Jamal", "Ninos", "Sargon", "Ashur", "Afram", "Gabriel", "Yohanna")  # fmt: skip
AR_S = ("Ali", "Mohammed", "Ahmed", "Hassan", "Hussein", "Ibrahim", "Abdullah", "Mahmoud", "Khalil", "Saleh", "Jassim", "Kadhim", "Abbas", "Jaber", "Al-Obaidi", "Al-Jabouri", "Al-Hashimi", "Al-Saadi", "Haddad", "Khoury", "Nasser", "Younes", "Shamoun", "Barsoum", "Yakoub", "Lahdo", "Danho", "Shabo", "Aziz", "Issa", "Saliba", "Aho")  # fmt: skip
SO_F = ("Fadumo", "Hodan", "Sahra", "Amina", "Asha", "Ayaan", "Hawa", "Halima", "Sagal", "Ifrah", "Deeqa", "Nasra", "Ubah", "Hibo", "Khadra", "Filsan", "Ladan", "Muna", "Sucaad", "Maryan")  # fmt: skip
SO_M = ("Mohamed", "Abdi", "Ahmed", "Ali", "Hassan", "Abdirahman", "Abdullahi", "Omar", "Ismail", "Yusuf", "Abdirizak", "Mahad", "Liban", "Abdiaziz", "Hamza", "Farah", "Said", "Osman", "Mustafe", "Guled")  # fmt: skip
SO_S = ("Mohamed", "Ahmed", "Ali", "Hassan", "Abdi", "Omar", "Farah", "Osman", "Ismail", "Warsame", "Hussein", "Jama", "Yusuf", "Abdullahi", "Aden", "Nur", "Elmi", "Egal", "Dahir", "Mohamud", "Hirsi", "Abdulle", "Gure", "Shire", "Isse")  # fmt: skip
PL_F = ("Anna", "Katarzyna", "Maria", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna", "Elżbieta", "Magdalena", "Joanna", "Zofia", "Monika", "Aleksandra", "Natalia", "Justyna", "Beata", "Dorota", "Karolina", "Paulina", "Marta", "Agata", "Izabela", "Weronika", "Iwona", "Jolanta")  # fmt: skip
PL_M = ("Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Jan", "Michał", "Marcin", "Stanisław", "Jakub", "Adam", "Marek", "Łukasz", "Grzegorz", "Mateusz", "Wojciech", "Mariusz", "Dariusz", "Zbigniew", "Maciej", "Kamil", "Rafał", "Robert", "Jacek", "Szymon", "Bartosz")  # fmt: skip
PL_S = ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Wojciechowski", "Kwiatkowski", "Krawczyk", "Kaczmarek", "Piotrowski", "Grabowski", "Zając", "Pawłowski", "Michalski", "Król", "Wieczorek", "Jabłoński", "Wróbel", "Nowicki", "Czarnecki", "Zawadzki", "Sobczak", "Wysocki")  # fmt: skip
FA_F = ("Maryam", "Fatemeh", "Zahra", "Sara", "Leila", "Parisa", "Shirin", "Nazanin", "Mahsa", "Roya", "Negar", "Azadeh", "Mina", "Neda", "Shabnam", "Samira", "Golnar", "Yasaman", "Setareh", "Farnaz", "Mitra", "Bahar", "Nasrin", "Ladan")  # fmt: skip
FA_M = ("Mohammad", "Ali", "Reza", "Hossein", "Amir", "Mehdi", "Hamid", "Saeed", "Behrouz", "Dariush", "Farhad", "Kaveh", "Babak", "Arash", "Majid", "Omid", "Navid", "Ramin", "Kamran", "Siamak", "Payam", "Peyman", "Parviz", "Shahram")  # fmt: skip
FA_S = ("Mohammadi", "Hosseini", "Ahmadi", "Rezaei", "Moradi", "Karimi", "Jafari", "Rahimi", "Hashemi", "Mousavi", "Ebrahimi", "Ghorbani", "Sadeghi", "Akbari", "Kazemi", "Rostami", "Nazari", "Amini", "Hosseinzadeh", "Tehrani", "Shirazi", "Farahani", "Esfahani", "Bagheri", "Abbasi", "Najafi")  # fmt: skip
BCS_F = ("Amra", "Emina", "Lejla", "Ajla", "Selma", "Amela", "Jasmina", "Mirela", "Ana", "Marija", "Jelena", "Ivana", "Snežana", "Dragana", "Milica", "Maja", "Vesna", "Gordana", "Nataša", "Mersiha", "Alma", "Azra", "Senada", "Elma", "Aida")  # fmt: skip
BCS_M = ("Amir", "Emir", "Adnan", "Edin", "Mirza", "Haris", "Senad", "Nermin", "Dragan", "Zoran", "Goran", "Milan", "Nikola", "Marko", "Ivan", "Stefan", "Dejan", "Nenad", "Dario", "Josip", "Tomislav", "Mladen", "Miroslav", "Branko", "Damir", "Kenan", "Almir")  # fmt: skip
BCS_S = ("Hodžić", "Hadžić", "Kovačević", "Begić", "Delić", "Mehmedović", "Halilović", "Hasanović", "Husić", "Ibrahimović", "Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Popović", "Ilić", "Horvat", "Kovačić", "Babić", "Marić", "Jurić", "Novak", "Knežević", "Vuković", "Pavlović", "Šarić", "Alić", "Mujić")  # fmt: skip
TR_F = ("Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Şerife", "Zehra", "Sultan", "Hanife", "Merve", "Özlem", "Esra", "Büşra", "Derya", "Gülsüm", "Yasemin", "Ebru", "Aylin", "Selin", "Ceren", "Dilek", "Sevgi")  # fmt: skip
TR_M = ("Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Osman", "Yusuf", "Murat", "Ömer", "Ramazan", "Halil", "Süleyman", "Abdullah", "Mahmut", "Recep", "Fatih", "Emre", "Burak", "Kemal", "Serkan", "Cem", "Onur", "Can")  # fmt: skip
TR_S = ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Polat", "Korkmaz", "Çakır", "Erdoğan", "Yavuz", "Acar", "Aktaş", "Güler")  # fmt: skip
# Eritrea: the father's given name is the surname.
ER_F = ("Helen", "Selam", "Senait", "Tsega", "Mebrat", "Hiwet", "Saba", "Luwam", "Yohanna", "Mihret", "Rahel", "Winta", "Semhar", "Ruta", "Feven", "Aster", "Meron", "Elsa", "Tirhas", "Abeba", "Eden", "Segen")  # fmt: skip
ER_M = ("Yonas", "Tesfay", "Samuel", "Daniel", "Kibrom", "Mehari", "Ermias", "Biniam", "Dawit", "Habtom", "Yohannes", "Tekle", "Filmon", "Michael", "Tedros", "Robel", "Amanuel", "Henok", "Mussie", "Berhane", "Efrem", "Semere", "Goitom", "Solomon")  # fmt: skip
ER_S = ("Tesfay", "Tekle", "Haile", "Ghebremedhin", "Gebremariam", "Berhane", "Kidane", "Tsegay", "Mehari", "Woldu", "Asmerom", "Habte", "Abraha", "Negash", "Yemane", "Tewolde", "Ghirmay", "Weldemichael", "Andemariam", "Fessehaye", "Teklehaimanot", "Gebru", "Hagos", "Okbazghi")  # fmt: skip
AF_F = ("Fatima", "Zahra", "Maryam", "Marzia", "Mursal", "Freshta", "Nargis", "Parwana", "Shabana", "Masouda", "Sakina", "Farzana", "Roya", "Mahbooba", "Nilofar", "Hamida", "Zarghona", "Gulalai", "Sima", "Laila")  # fmt: skip
AF_M = ("Mohammad", "Ahmad", "Ali", "Abdul", "Mustafa", "Hamid", "Javad", "Reza", "Hussain", "Mortaza", "Sayed", "Rahmatullah", "Naqibullah", "Mahdi", "Hamidullah", "Khalid", "Farid", "Wahid", "Najib", "Zabihullah", "Sohrab", "Ramin")  # fmt: skip
AF_S = ("Ahmadi", "Mohammadi", "Hussaini", "Rezaie", "Jafari", "Hakimi", "Karimi", "Rahimi", "Sultani", "Noori", "Sadat", "Haidari", "Rasuli", "Amiri", "Azizi", "Popal", "Durrani", "Stanikzai", "Safi", "Wardak", "Qaderi", "Habibi", "Samadi", "Yousufzai")  # fmt: skip
TH_F = ("Siriporn", "Malee", "Nittaya", "Supaporn", "Kanya", "Wanpen", "Pranee", "Sunisa", "Rattana", "Pornpimol", "Jiraporn", "Kannika", "Naiyana", "Duangjai", "Sumalee", "Ratchanee", "Araya", "Anong", "Pimchanok", "Waraporn", "Lamai", "Chanida")  # fmt: skip
TH_M = ("Somchai", "Somsak", "Prasert", "Sombat", "Surachai", "Anan", "Wichai", "Chaiwat", "Somporn", "Thawatchai", "Kittisak", "Nattapong", "Sakda", "Narong", "Preecha", "Suthep", "Winai", "Apichat", "Pichit", "Boonmee")  # fmt: skip
TH_S = ("Saetang", "Srisuk", "Wongsawat", "Chaiyaporn", "Sukprasert", "Thongchai", "Phromma", "Kaewkham", "Jaidee", "Saelim", "Srisawat", "Rattanapong", "Suwannarat", "Kongkaew", "Sangthong", "Intharasuk", "Thammasak", "Boonsong", "Kittikhun", "Saengthong")  # fmt: skip
# Chile and Latin America: two surnames, the father's then the mother's.
LA_F = ("María", "Ana", "Carolina", "Camila", "Daniela", "Valentina", "Francisca", "Javiera", "Constanza", "Catalina", "Claudia", "Patricia", "Paula", "Andrea", "Gabriela", "Fernanda", "Marcela", "Verónica", "Paola", "Lorena", "Natalia", "Ximena", "Isidora", "Macarena", "Sofía")  # fmt: skip
LA_M = ("José", "Juan", "Luis", "Carlos", "Jorge", "Francisco", "Manuel", "Pedro", "Cristián", "Sebastián", "Matías", "Diego", "Felipe", "Nicolás", "Benjamín", "Rodrigo", "Gonzalo", "Pablo", "Andrés", "Ricardo", "Alejandro", "Mauricio", "Eduardo", "Ignacio", "Tomás")  # fmt: skip
LA_S = ("González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez", "Sepúlveda", "Morales", "Rodríguez", "López", "Fuentes", "Hernández", "Torres", "Araya", "Flores", "Espinoza", "Valenzuela", "Castillo", "Tapia", "Reyes", "Gutiérrez", "Castro", "Pizarro", "Álvarez", "Vásquez", "Sánchez", "Fernández")  # fmt: skip
KU_F = ("Nazdar", "Shilan", "Berivan", "Rojda", "Zilan", "Hêvî", "Dilan", "Nasrin", "Sozdar", "Narin", "Avin", "Jiyan", "Ronahi", "Gulistan", "Delal", "Nishtiman", "Bahar", "Roza", "Helin", "Kajal", "Evin", "Sakar")  # fmt: skip
KU_M = ("Azad", "Kawa", "Dilshad", "Rebwar", "Aram", "Shwan", "Karwan", "Hiwa", "Sherzad", "Zana", "Baran", "Rizgar", "Dara", "Bakhtiyar", "Hemin", "Serwan", "Saman", "Diyar", "Soran", "Rêber", "Hawre", "Bawan")  # fmt: skip
KU_S = ("Rashid", "Karim", "Qadir", "Abdulla", "Salih", "Othman", "Faraj", "Hama", "Aziz", "Mahmoud", "Zebari", "Barwari", "Doski", "Amedi", "Hawrami", "Kakai", "Baban", "Jaff", "Sindi", "Mirani", "Ahmad", "Mustafa")  # fmt: skip
DE_F = ("Anna", "Maria", "Julia", "Laura", "Lena", "Sarah", "Lisa", "Katharina", "Johanna", "Hannah", "Lea", "Sophie", "Leonie", "Sabine", "Petra", "Claudia", "Susanne", "Andrea", "Nicole", "Stefanie", "Franziska", "Charlotte", "Theresa", "Annika")  # fmt: skip
DE_M = ("Thomas", "Michael", "Andreas", "Stefan", "Christian", "Alexander", "Markus", "Daniel", "Jan", "Tobias", "Lukas", "Jonas", "Felix", "Maximilian", "Florian", "Sebastian", "Moritz", "Paul", "Tim", "Niklas", "Philipp", "Matthias", "Jürgen", "Uwe", "Wolfgang")  # fmt: skip
DE_S = ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Schmitz", "Krause", "Meier")  # fmt: skip
IN_F = ("Priya", "Anjali", "Pooja", "Neha", "Divya", "Shreya", "Sneha", "Kavya", "Ananya", "Aishwarya", "Deepika", "Lakshmi", "Meera", "Nisha", "Swati", "Sakshi", "Riya", "Aditi", "Shruti", "Harini")  # fmt: skip
IN_M = ("Rahul", "Arjun", "Amit", "Rohit", "Vikram", "Aditya", "Karthik", "Siddharth", "Rajesh", "Sanjay", "Anil", "Suresh", "Pranav", "Nikhil", "Varun", "Abhishek", "Akash", "Vivek", "Harsha", "Praveen")  # fmt: skip
IN_S = ("Sharma", "Patel", "Singh", "Kumar", "Gupta", "Reddy", "Iyer", "Nair", "Rao", "Joshi", "Verma", "Mehta", "Shah", "Desai", "Menon", "Pillai", "Krishnan", "Agarwal", "Chopra", "Banerjee", "Mukherjee", "Das", "Chatterjee", "Kulkarni", "Srinivasan")  # fmt: skip
ZH_F = ("Li", "Ying", "Xin", "Jing", "Yan", "Hui", "Mei", "Xiaoyu", "Yuting", "Jiayi", "Xinyi", "Ruoxi", "Siyu", "Yuxin", "Mengqi", "Zihan", "Shuang", "Qian", "Lin", "Fang")  # fmt: skip
ZH_M = ("Wei", "Jun", "Hao", "Yang", "Lei", "Jie", "Tao", "Peng", "Haoran", "Zihao", "Yuxuan", "Junjie", "Tianyu", "Zhiwei", "Xiang", "Ming", "Kai", "Jian", "Yifan", "Bo")  # fmt: skip
ZH_S = ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang")  # fmt: skip
UA_F = ("Olena", "Tetiana", "Nataliia", "Iryna", "Oksana", "Yuliia", "Svitlana", "Kateryna", "Anastasiia", "Olha", "Maryna", "Viktoriia", "Daria", "Alina", "Sofiia", "Halyna", "Liudmyla", "Khrystyna", "Yana", "Valentyna")  # fmt: skip
UA_M = ("Oleksandr", "Serhii", "Andrii", "Volodymyr", "Dmytro", "Mykola", "Oleksii", "Ivan", "Yurii", "Vasyl", "Viktor", "Maksym", "Bohdan", "Taras", "Artem", "Denys", "Roman", "Mykhailo", "Vitalii", "Yevhen")  # fmt: skip
UA_S = ("Melnyk", "Shevchenko", "Boyko", "Kovalenko", "Bondarenko", "Tkachenko", "Kovalchuk", "Kravchenko", "Oliinyk", "Shevchuk", "Koval", "Polishchuk", "Bondar", "Tkachuk", "Moroz", "Marchenko", "Lysenko", "Rudenko", "Savchenko", "Petrenko")  # fmt: skip


def _origin(f: tuple[str, ...], m: tuple[str, ...], s: tuple[str, ...], head: int = 10) -> Origin:
    return Origin(ranked(f, head), ranked(m, head), ranked(s, head))


ORIGINS: dict[str, Origin] = {
    "swedish": _origin(SV_F, SV_M, SV_S, head=150),
    "us": Origin(census(US_F), census(US_M), census(US_S)),
    "uk": Origin(ranked(UK_F, 130), ranked(UK_M, 130), ranked(UK_S, 150)),
    "finnish": _origin(FI_F, FI_M, FI_S),
    "arabic": _origin(AR_F, AR_M, AR_S),
    "somali": _origin(SO_F, SO_M, SO_S),
    "polish": _origin(PL_F, PL_M, PL_S),
    "persian": _origin(FA_F, FA_M, FA_S),
    "bcs": _origin(BCS_F, BCS_M, BCS_S),
    "turkish": _origin(TR_F, TR_M, TR_S),
    "eritrean": _origin(ER_F, ER_M, ER_S),
    "afghan": _origin(AF_F, AF_M, AF_S),
    "thai": _origin(TH_F, TH_M, TH_S),
    "latin": _origin(LA_F, LA_M, LA_S),
    "kurdish": _origin(KU_F, KU_M, KU_S),
    "german": _origin(DE_F, DE_M, DE_S),
    "indian": _origin(IN_F, IN_M, IN_S),
    "chinese": _origin(ZH_F, ZH_M, ZH_S),
    "ukrainian": _origin(UA_F, UA_M, UA_S),
}

# Who is named, per language of the row: Sweden's population in Swedish and mixed text, the
# English-speaking world with the students who come to Sweden in English text.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5, "somali": 2,
        "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5, "eritrean": 1.2, "german": 1.2, "thai": 1, "latin": 1,
        "ukrainian": 1, "indian": 1, "chinese": 0.8, "uk": 0.8, "us": 0.6,
    },
    "en": {
        "us": 30, "uk": 30, "swedish": 10, "indian": 5, "chinese": 5, "german": 4, "latin": 3, "arabic": 2,
        "polish": 2, "persian": 1.5, "finnish": 1, "turkish": 1, "ukrainian": 1, "bcs": 1, "somali": 0.8,
        "thai": 0.8, "eritrean": 0.6, "afghan": 0.6, "kurdish": 0.6,
    },
    "mixed": {
        "swedish": 50, "uk": 9, "us": 8, "arabic": 5, "indian": 3, "finnish": 3, "polish": 3, "german": 3,
        "chinese": 2.5, "persian": 2.5, "bcs": 2, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5, "afghan": 1.5,
        "latin": 1.5, "ukrainian": 1.2, "eritrean": 1, "thai": 1,
    },
}  # fmt: skip

# Short forms people go by, per origin: given name -> forms.
NICK_SV = {
    "Lars": ["Lasse"], "Mikael": ["Micke"], "Joakim": ["Jocke"], "Karl": ["Kalle"], "Per": ["Pelle", "Perra"],
    "Marcus": ["Mackan"], "Christoffer": ["Stoffe", "Krille"], "Kristoffer": ["Stoffe", "Krille"],
    "Fredrik": ["Fredde"], "Thomas": ["Tompa"], "Tomas": ["Tompa"], "Daniel": ["Danne"], "Magnus": ["Manne"],
    "Sebastian": ["Sebbe"], "Niklas": ["Nicke"], "Nicklas": ["Nicke"], "Robert": ["Robban"], "Tobias": ["Tobbe"],
    "Mattias": ["Matte"], "Henrik": ["Henke"], "Alexander": ["Alex", "Acke"], "Olof": ["Olle"],
    "Ludvig": ["Ludde"], "Viktor": ["Vigge"], "Oskar": ["Ogge"], "Hampus": ["Hampe"], "Rasmus": ["Rasse"],
    "Jesper": ["Jeppe"], "Filip": ["Fille"], "Kenneth": ["Kenta"], "Torbjörn": ["Tobbe"], "Bengt": ["Bengan"],
    "Sven": ["Svenne"], "Gustav": ["Gurra"], "Johan": ["Jogge"], "Patrik": ["Patte"], "Andreas": ["Andy"],
    "Elisabeth": ["Lisa", "Bettan", "Lisbeth"], "Katarina": ["Kattis", "Kajsa"], "Kristina": ["Stina", "Kicki"],
    "Margareta": ["Maggan"], "Charlotte": ["Lotta"], "Susanne": ["Sussie"], "Madeleine": ["Madde"],
    "Josefin": ["Jossan"], "Johanna": ["Hanna", "Jojo"], "Viktoria": ["Vickan"], "Camilla": ["Millan"],
    "Therese": ["Tessan"], "Jessica": ["Jessan"], "Rebecca": ["Becka"], "Rebecka": ["Becka"], "Matilda": ["Tilda"],
    "Cecilia": ["Cissi"], "Birgitta": ["Gittan", "Bigge"], "Pernilla": ["Nilla"], "Annika": ["Anki"],
    "Fredrika": ["Fredda"], "Alexandra": ["Alex"], "Emelie": ["Emmi"], "Isabelle": ["Bella"],
}  # fmt: skip
NICK_EN = {
    "William": ["Will", "Bill"], "Robert": ["Rob", "Bob", "Bobby"], "Michael": ["Mike", "Mick"],
    "James": ["Jim", "Jamie"], "Christopher": ["Chris"], "Elizabeth": ["Liz", "Beth", "Lizzie"],
    "Jennifer": ["Jen", "Jenny"], "Margaret": ["Maggie", "Peggy"], "Richard": ["Rich", "Rick"],
    "Thomas": ["Tom", "Tommy"], "Daniel": ["Dan", "Danny"], "Matthew": ["Matt"], "Anthony": ["Tony"],
    "Joseph": ["Joe"], "Katherine": ["Kate", "Katie"], "Catherine": ["Cathy", "Kate"], "Rebecca": ["Becky", "Becca"],
    "Samantha": ["Sam"], "Alexander": ["Alex"], "Benjamin": ["Ben"], "Nicholas": ["Nick"], "Jonathan": ["Jon"],
    "Andrew": ["Andy", "Drew"], "Edward": ["Ed", "Ted"], "Patricia": ["Pat", "Trish"], "Susan": ["Sue"],
    "Deborah": ["Debbie"], "Victoria": ["Vicky", "Tori"], "Stephen": ["Steve"], "Steven": ["Steve"],
    "Timothy": ["Tim"], "Charles": ["Charlie"], "David": ["Dave"], "Joshua": ["Josh"], "Abigail": ["Abby"],
    "Olivia": ["Liv"], "Charlotte": ["Lottie"], "Eleanor": ["Ellie", "Nell"], "Isabella": ["Izzy"],
    "Zachary": ["Zach"], "Nathan": ["Nate"], "Jacob": ["Jake"], "Samuel": ["Sam"], "Frederick": ["Fred", "Freddie"],
    "Kenneth": ["Ken"], "Gregory": ["Greg"], "Jeffrey": ["Jeff"], "Kimberly": ["Kim"], "Christine": ["Chris"],
}  # fmt: skip
NICKNAMES: dict[str, dict[str, list[str]]] = {
    "swedish": NICK_SV,
    "us": NICK_EN,
    "uk": NICK_EN,
    "arabic": {"Mohammed": ["Mo"], "Mustafa": ["Musse"], "Ibrahim": ["Ibbe"]},
    "somali": {"Mohamed": ["Mo"], "Abdirahman": ["Abdi"], "Abdullahi": ["Abdi"]},
    "persian": {"Mohammad": ["Mo"], "Hossein": ["Hossi"]},
    "polish": {"Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"], "Aleksandra": ["Ola"], "Magdalena": ["Magda"], "Tomasz": ["Tomek"], "Piotr": ["Piotrek"], "Agnieszka": ["Aga"], "Krzysztof": ["Krzysiek"]},
    "ukrainian": {"Oleksandr": ["Sasha"], "Olena": ["Lena"], "Kateryna": ["Katya"], "Anastasiia": ["Nastia"], "Dmytro": ["Dima"]},
    "latin": {"José": ["Pepe"], "Francisco": ["Pancho"], "Ignacio": ["Nacho"], "Alejandro": ["Alex"]},
    "german": {"Maximilian": ["Max"], "Alexander": ["Alex"], "Katharina": ["Kathi"], "Franziska": ["Franzi"]},
    "indian": {"Siddharth": ["Sid"], "Abhishek": ["Abhi"]},
}  # fmt: skip
