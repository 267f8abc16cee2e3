# ruff: noqa: E501
"""Name pools of held-out IC (issue 15), by origin and weighted by how often people carry them.

Swedish given names and surnames are written in the order of SCB's name statistics (the writer's
general knowledge of them; weight 1/rank, head the top 150, a tail of rarer names past them). The
US pools are the US Census 1990 lists (public domain; copied from the `names` package's
`dist.female.first`, `dist.male.first` and `dist.all.last`, the census per cent as weight, head
150). The UK pools follow the ONS rankings (general knowledge, 1/rank, head 130 for given names and
150 for surnames). The other origins are those common in Sweden, each with its commonest given
names and surnames (1/rank, head 10). Nothing here was checked against any other list of the
repository: no name was left out for being known or unknown.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from a list's head with this chance, else from its tail


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


def ranked(names: tuple[str, ...], head: int = 150) -> Pool:
    """A list in rank order, weight 1/rank; duplicates keep their first rank."""
    seen: list[str] = []
    for name in names:
        if name not in seen:
            seen.append(name)
    return Pool(tuple(seen), tuple(1 / (i + 1) for i in range(len(seen))), min(head, len(seen) - 1))


def census(rows: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A census list with its per cent as weight."""
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


_PLAIN = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ı": "i",
        "İ": "I",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "ß": "ss",
    }
)


def plain(word: str) -> str:
    """A name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`."""
    word = word.translate(_PLAIN)
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname's feminine form: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for masc, fem in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(masc):
            return surname[: -len(masc)] + fem
    return surname


# Swedish women's given names in the order of SCB's name statistics (all bearers): head 150, tail past it.
SV_F = ranked((
    "Maria", "Elisabeth", "Anna", "Kristina", "Margareta", "Eva", "Linnéa", "Karin", "Birgitta", "Sofia",
    "Marie", "Ingrid", "Emma", "Christina", "Sara", "Kerstin", "Lena", "Helena", "Johanna", "Inger",
    "Ida", "Linda", "Elin", "Hanna", "Malin", "Ulla", "Amanda", "Annika", "Louise", "Julia",
    "Susanne", "Viktoria", "Cecilia", "Matilda", "Monica", "Gunilla", "Elsa", "Anita", "Camilla", "Ingegerd",
    "Caroline", "Ellen", "Madeleine", "Åsa", "Jenny", "Frida", "Sandra", "Emelie", "Alice", "Ulrika",
    "Katarina", "Josefin", "Therese", "Lisa", "Maja", "Moa", "Anneli", "Ebba", "Carina", "Agneta",
    "Anette", "Barbro", "Charlotte", "Astrid", "Siv", "Lovisa", "Wilma", "Gun", "Irene", "Ann",
    "Britt", "Emilia", "Jessica", "Lina", "Marianne", "Pia", "Klara", "Alva", "Agnes", "Ella",
    "Märta", "Alexandra", "Elina", "Ingela", "Elvira", "Yvonne", "Gunnel", "Maj", "Rebecka", "Lisbeth",
    "Britt-Marie", "Birgit", "Ann-Marie", "Jennie", "Ann-Christin", "Tove", "Nathalie", "Isabelle", "Signe", "Stina",
    "Felicia", "Olivia", "Elisabet", "Carolina", "Margit", "Gerd", "Eleonora", "Vera", "Ronja", "Saga",
    "Nellie", "Sigrid", "Hedvig", "Tilda", "Greta", "Ingeborg", "Rut", "Siri", "Selma", "Vendela",
    "Tindra", "Ester", "Alma", "Clara", "Mona", "Jeanette", "Mia", "Gunhild", "Kajsa", "Ewa",
    "Helén", "Rose-Marie", "Elise", "Ylva", "Maud", "Solveig", "Sonja", "Viola", "Ulrica", "Mari",
    "Magdalena", "Petra", "Erika", "Annelie", "Paulina", "Beatrice", "Charlotta", "Berit", "Marita", "Lilian",
    # tail: rarer names past the head
    "Inga", "Ann-Sofie", "Eva-Lena", "Linn", "Hilda", "Ingegärd", "Evelina", "Isabella", "Angelica", "Kristin",
    "Maj-Britt", "Margaretha", "Jonna", "Cornelia", "Freja", "Filippa", "Majken", "Thea", "Lykke", "Juni",
    "Stella", "Livia", "Lea", "Leah", "Nora", "Edith", "Ines", "Iris", "Hilma", "Idun",
    "Svea", "Ellie", "Mila", "Luna", "Liv", "Nova", "Meja", "Minna", "Molly", "Ellinor",
    "Emmy", "Fanny", "Denise", "Elena", "Jasmine", "Angelina", "Melissa", "Michelle", "Sabina", "Natalie",
    "Natalia", "Vanessa", "Nadja", "Tina", "Marina", "Carin", "Karina", "Catharina", "Katharina", "Karolina",
    "Helene", "Lotta", "Sanna", "Mathilda", "Sofie", "Josefine", "Annette", "Ann-Louise", "Ann-Charlotte", "Anna-Karin",
    "Anna-Lena", "Ann-Kristin", "Eva-Karin", "Lise-Lotte", "Marie-Louise", "Ing-Marie", "Gull-Britt", "Vivianne", "Vivi", "Ethel",
    "Dagmar", "Elsie", "Ruth", "Edit", "Alfhild", "Gudrun", "Hjördis", "Inga-Lill", "Iréne", "Majvor",
    "Elvy", "Gunvor", "Ingalill", "Mariana", "Tuva", "Wilhelmina", "Hedda", "Tyra", "Selina", "Mira",
    "Lova", "Elvina", "Amelia", "Zara", "Nicole", "Madelene", "Emelia", "Therése", "Marielle", "Marléne",
    "Annica", "Anne", "Ann-Britt", "Britta", "Elly", "Elna", "Anne-Marie", "Mariette", "Gunborg", "Ingbritt",
    "Lilly", "Lillemor", "Louisa", "Rakel", "Sigyn", "Eira", "Mikaela", "Malva", "Aurora", "Vilma",
    "Ottilia", "Ulla-Britt", "Ann-Sofi", "Anja", "Carola", "Kristine", "Christine", "Cristina", "Jessika", "Linnea",
    "Sylvia", "Marika", "Pernilla", "Veronica", "Veronika", "Malena", "Mimmi", "Tova", "Alicia", "Frideborg",
    "Elsy", "Solvig", "Estelle", "Emmeli", "Kristel", "Gertrud", "Hulda", "Ragnhild", "Sigbritt", "Birgitt",
    "Inez", "Ingalena", "Jannike", "Lise", "Lisen", "Mette", "Nanna", "Pernille", "Tekla", "Ingmarie",
    "Tuulikki", "Ulla-Karin", "Eivor", "Elisa", "Marie-Therese", "Gunn", "Ingvor", "Karolin", "Leila", "Lillian",
    "Maj-Lis", "Margot", "Maritha", "Marit", "Mona-Lisa", "Monika", "Märit", "Ninni", "Rigmor", "Irma",
    "Saskia", "Siw", "Solbritt", "Susann", "Teresia", "Tora", "Ulla-Lena", "Valborg", "Vilhelmina", "Vivan",
    "Yvette", "Åse", "Ängla", "Agda", "Alida", "Alvina", "Ann-Mari", "Augusta", "Bodil", "Cajsa",
    "Dorotea", "Eda", "Ann-Katrin", "Elvi", "Eva-Britt", "Fredrika", "Gabriella", "Hillevi", "Ingrid-Marie", "Jolina",
))  # fmt: skip
# Swedish men's given names in SCB's order (all bearers).
SV_M = ranked((
    "Lars", "Karl", "Mikael", "Anders", "Johan", "Erik", "Per", "Peter", "Jan", "Thomas",
    "Daniel", "Fredrik", "Hans", "Andreas", "Bengt", "Gustav", "Sven", "Alexander", "Magnus", "Stefan",
    "Nils", "Mats", "Lennart", "Marcus", "Jonas", "Oskar", "Mattias", "Bo", "Leif", "Henrik",
    "Martin", "Åke", "Göran", "Ulf", "Kjell", "Christer", "Patrik", "Björn", "Tommy", "Emil",
    "Johannes", "David", "Viktor", "William", "Anton", "Stig", "Rolf", "Simon", "Filip", "Robert",
    "Axel", "Niklas", "Roger", "Ingemar", "Sebastian", "Olof", "Jonathan", "Christian", "Joakim", "Rickard",
    "Håkan", "Lucas", "Kent", "Robin", "Jesper", "Tobias", "Elias", "Oliver", "Hugo", "Kenneth",
    "Gunnar", "Adam", "Rasmus", "Ludvig", "Isak", "Linus", "Arvid", "Albin", "Liam", "Noah",
    "Claes", "Tomas", "Kurt", "Jakob", "Roland", "Arne", "Dan", "Hampus", "Jörgen", "Benjamin",
    "Elliot", "Kristoffer", "Theo", "Vincent", "Edvin", "Alfred", "Melvin", "Max", "Charlie", "Leo",
    "Wilhelm", "Harald", "Ivar", "Gösta", "Ove", "Sten", "Tord", "Bertil", "Lars-Erik", "Karl-Erik",
    "Per-Olof", "Jan-Erik", "Carl", "Ingvar", "Torbjörn", "Sture", "Rune", "Folke", "Einar", "Erland",
    "Staffan", "Jens", "Pontus", "Gabriel", "Samuel", "Felix", "Viggo", "Vilgot", "Sixten", "Otto",
    "Valter", "Walter", "Elis", "Algot", "Sigge", "Loke", "Malte", "Melker", "August", "Frans",
    "Alvin", "Emanuel", "Josef", "Love", "Kevin", "Dennis", "Jimmy", "Joel", "Albert", "Sam",
    # tail
    "Tim", "Tage", "Conny", "Lage", "Gert", "Allan", "Lars-Göran", "Hans-Erik", "Bernt", "Birger",
    "Evert", "Yngve", "Gustaf", "Henning", "Holger", "Ragnar", "Ronny", "Glenn", "Peder", "Pär",
    "Niclas", "Nicklas", "Jacob", "Joacim", "Michael", "Markus", "Johnny", "Jerker", "Krister", "Jonny",
    "Jim", "Ture", "Knut", "Sören", "Thore", "Tor", "Torsten", "Ulrik", "Urban", "Vidar",
    "Wiktor", "Adrian", "Oscar", "Carl-Johan", "Karl-Johan", "Per-Erik", "Sven-Erik", "Bengt-Göran", "Lars-Olof", "Jan-Olof",
    "Nils-Erik", "Jöns", "Mårten", "Magne", "Ted", "Teodor", "Theodor", "Matheo", "Neo", "Julius",
    "Casper", "Aron", "Ebbe", "Frank", "Fabian", "Alex", "Mio", "Milo", "Rikard", "Richard",
    "Petter", "Lukas", "Nicolas", "Erling", "Bo-Göran", "Greger", "Harry", "Jarl", "Kennet", "Mathias",
    "Mauritz", "Morgan", "Olle", "Ola", "Sune", "Svante", "Sverker", "Tore", "Torgny", "Uno",
    "Valdemar", "Waldemar", "Viking", "Wilmer", "Vide", "Ville", "Ivan", "Jonatan", "Edvard", "Eskil",
    "Ernst", "Fritiof", "Gottfrid", "Hilding", "Helge", "Hjalmar", "Ingmar", "Inge", "Leonard", "Levi",
    "Matteus", "Melwin", "Måns", "Noel", "Nathan", "Orvar", "Osvald", "Rudolf", "Sigvard", "Stellan",
    "Tony", "Anders-Petter", "Arnold", "Artur", "Bror", "Börje", "Douglas", "Egon", "Enok", "Erik-Anders",
    "Gunne", "Göte", "Hannes", "Herbert", "Ingolf", "Isidor", "Joar", "Josua", "Kaj", "Karl-Axel",
    "Kjell-Åke", "Lars-Gunnar", "Leopold", "Linnar", "Lorentz", "Manfred", "Mohammed", "Ali", "Ahmed", "Nils-Olof",
    "Olav", "Oswald", "Paul", "Per-Anders", "Reine", "Rikhard", "Roine", "Sigurd", "Sivert", "Sölve",
    "Tommi", "Tryggve", "Per-Åke", "Verner", "Vilhelm", "Wilgot", "Karl-Gustav", "Östen", "Hemming", "Hans-Olof",
    "Emir", "Jan-Åke", "Adolf", "Arvo", "Bill", "Brage", "Caspian", "Edgar", "Eddie", "Egil",
    "Elof", "Ferdinand", "Gideon", "Gorm", "Halvar", "Hadar", "Ingve", "Joen", "Kasper", "Konrad",
    "Lave", "Lennarth", "Lowe", "Nore", "Ossian", "Ottar", "Per-Gunnar", "Roy", "Sigfrid", "Tjelvar",
    "Anselm", "Benny", "Clas", "Dick", "Gerhard", "Hilmer", "Ingvald", "Kristian", "Lars-Åke", "Nils-Gunnar",
))  # fmt: skip
# Swedish surnames in SCB's order, with the names of newer Swedes where SCB ranks them.
SV_S = ranked((
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson",
    "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson", "Petersson", "Carlsson", "Magnusson", "Lindberg",
    "Olofsson", "Gustavsson", "Lindström", "Lindqvist", "Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg", "Lind",
    "Lundgren", "Jakobsson", "Lundqvist", "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Ali", "Forsberg",
    "Sjöberg", "Wallin", "Mohammed", "Engström", "Eklund", "Danielsson", "Lundin", "Håkansson", "Gunnarsson", "Björk",
    "Bergman", "Holm", "Samuelsson", "Fransson", "Wikström", "Isaksson", "Bergqvist", "Nyström", "Holmberg", "Arvidsson",
    "Löfgren", "Söderberg", "Nyberg", "Blomqvist", "Claesson", "Nordström", "Ahmed", "Mårtensson", "Lundström", "Hassan",
    "Viklund", "Björklund", "Eliasson", "Pålsson", "Berggren", "Sandström", "Lund", "Nordin", "Ström", "Åberg",
    "Hermansson", "Ekström", "Holmgren", "Sundberg", "Hedlund", "Dahlberg", "Hellström", "Sjögren", "Abrahamsson", "Falk",
    "Martinsson", "Öberg", "Andreasson", "Blom", "Strömberg", "Månsson", "Åkesson", "Jonasson", "Norberg", "Hansen",
    "Sundström", "Ivarsson", "Lindholm", "Jeppsson", "Dahl", "Sundqvist", "Göransson", "Nordqvist", "Mohamed", "Lindblom",
    "Holmqvist", "Fors", "Björkman", "Ek", "Nordlund", "Söderström", "Andersen", "Sandell", "Lindahl", "Hussein",
    "Berntsson", "Nyman", "Ekman", "Wallén", "Östlund", "Hedström", "Olausson", "Lindell", "Bergkvist", "Nielsen",
    "Johnsson", "Backman", "Kristiansson", "Åström", "Omar", "Ibrahim", "Sjöström", "Lindén", "Borg", "Strand",
    "Vikström", "Kjellberg", "Sandin", "Lilja", "Söderlund", "Hedberg", "Lindkvist", "Karlström", "Jensen", "Lindskog",
    # tail
    "Bäckström", "Sahlin", "Dahlgren", "Edlund", "Wahlström", "Ericsson", "Ekberg", "Hellberg", "Rosén", "Wiberg",
    "Nord", "Westerberg", "Lundell", "Forsman", "Malm", "Granberg", "Hägg", "Lindvall", "Carlström", "Stenberg",
    "Ohlsson", "Engman", "Rydberg", "Hallberg", "Hjalmarsson", "Ottosson", "Thorén", "Bäck", "Lönn", "Svärd",
    "Åhman", "Westin", "Ljung", "Palm", "Löfstrand", "Rydén", "Alm", "Wallgren", "Hedman", "Thulin",
    "Norén", "Nordgren", "Molin", "Gran", "Boström", "Sundin", "Stenström", "Sköld", "Vesterlund", "Kullberg",
    "Edström", "Grönlund", "Törnqvist", "Rask", "Wennberg", "Nordberg", "Ahlberg", "Lager", "Svanberg", "Thunberg",
    "Roos", "Ahlström", "Ekholm", "Gustafson", "Lindmark", "Nygren", "Ljungberg", "Öhman", "Frisk", "Mohammad",
    "Ahmad", "Hosseini", "Khalil", "Yousef", "Abdi", "Jama", "Warsame", "Yilmaz", "Nguyen", "Kaya",
    "Persdotter", "Eriksdotter", "Sjödin", "Sjölund", "Burman", "Hammar", "Edvardsson", "Ingvarsson", "Tobiasson", "Simonsson",
    "Adolfsson", "Augustsson", "Bertilsson", "Bladh", "Blomberg", "Boman", "Brandt", "Broberg", "Byström", "Carlberg",
    "Dahlin", "Dahlström", "Ekdahl", "Ekelund", "Engberg", "Enqvist", "Falkenberg", "Flodin", "Forslund", "Friberg",
    "Granström", "Grahn", "Gullberg", "Haglund", "Hammarström", "Hedin", "Hedqvist", "Hellgren", "Hjelm", "Holmström",
    "Hult", "Hultgren", "Jakobson", "Jernberg", "Johannesson", "Kvist", "Lagerqvist", "Larsén", "Lindelöf", "Lindh",
    "Ljunggren", "Lundholm", "Lundmark", "Löfberg", "Malmberg", "Malmqvist", "Melin", "Modig", "Nordenberg", "Norling",
    "Norman", "Nylander", "Nyqvist", "Ohlin", "Orre", "Pihl", "Ringström", "Rosenberg", "Rosenqvist", "Sahlberg",
    "Sandgren", "Schön", "Selin", "Sjölin", "Skoglund", "Stark", "Stjernberg", "Strandberg", "Sund", "Svahn",
    "Svedberg", "Sylvén", "Tell", "Tjäder", "Unger", "Wahlberg", "Wahlgren", "Wall", "Wennerström", "Wester",
    "Widén", "Wikman", "Zetterberg", "Zetterström", "Åkerlund", "Åkerman", "Ågren", "Åslund", "Öhrn", "Östberg",
    "Östman", "Lantz", "Lundahl", "Mellberg", "Nordvall", "Norrman", "Olander", "Hammarberg", "Rehn", "Sandén",
    "von Platen", "af Klercker", "De Geer", "von Essen", "af Ugglas", "Wachtmeister", "Gyllenhaal", "Leijonhufvud", "Bonde", "Stiernstedt",
    "Bergendahl", "Cederholm", "Dufva", "Ehn", "Fagerlund", "Gyllensten", "Hagberg", "Isberg", "Juhlin", "Kempe",
    "Lagerlöf", "Mörk", "Nordling", "Palmqvist", "Ramström", "Rönnberg", "Segerström", "Tornberg", "Uhlin", "Vallin",
))  # fmt: skip

# US Census 1990 (public domain): the names and per cents of `dist.female.first`, `dist.male.first` and
# `dist.all.last` as the `names` package ships them, in the census's order; `Mc`/`O'` written as people write them.
US_F: tuple[tuple[str, float], ...] = (
    ("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.98), ("Elizabeth", 0.937), ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794),
    ("Margaret", 0.768), ("Dorothy", 0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667), ("Betty", 0.666), ("Helen", 0.663), ("Sandra", 0.629),
    ("Donna", 0.583), ("Carol", 0.565), ("Ruth", 0.562), ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.51), ("Sarah", 0.508), ("Kimberly", 0.504),
    ("Deborah", 0.494), ("Jessica", 0.49), ("Shirley", 0.482), ("Cynthia", 0.469), ("Angela", 0.468), ("Melissa", 0.462), ("Brenda", 0.455), ("Amy", 0.451),
    ("Anna", 0.44), ("Rebecca", 0.43), ("Virginia", 0.43), ("Kathleen", 0.424), ("Pamela", 0.416), ("Martha", 0.412), ("Debra", 0.408), ("Amanda", 0.404),
    ("Stephanie", 0.4), ("Carolyn", 0.385), ("Christine", 0.382), ("Marie", 0.379), ("Janet", 0.379), ("Catherine", 0.373), ("Frances", 0.37), ("Ann", 0.364),
    ("Joyce", 0.364), ("Diane", 0.359), ("Alice", 0.357), ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336), ("Doris", 0.335), ("Gloria", 0.335),
    ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315), ("Mildred", 0.313), ("Katherine", 0.313), ("Joan", 0.306), ("Ashley", 0.303), ("Judith", 0.297),
    ("Rose", 0.296), ("Janice", 0.285), ("Kelly", 0.283), ("Nicole", 0.281), ("Judy", 0.276), ("Christina", 0.275), ("Kathy", 0.272), ("Theresa", 0.271),
    ("Beverly", 0.267), ("Denise", 0.264), ("Tammy", 0.259), ("Irene", 0.252), ("Jane", 0.25), ("Lori", 0.248), ("Rachel", 0.242), ("Marilyn", 0.241),
    ("Andrea", 0.236), ("Kathryn", 0.234), ("Louise", 0.229), ("Sara", 0.229), ("Anne", 0.228), ("Jacqueline", 0.228), ("Wanda", 0.226), ("Bonnie", 0.223),
    ("Julia", 0.223), ("Ruby", 0.221), ("Lois", 0.22), ("Tina", 0.22), ("Phyllis", 0.219), ("Norma", 0.218), ("Paula", 0.217), ("Diana", 0.216),
    ("Annie", 0.216), ("Lillian", 0.211), ("Emily", 0.208), ("Robin", 0.208), ("Peggy", 0.208), ("Crystal", 0.207), ("Gladys", 0.205), ("Rita", 0.204),
    ("Dawn", 0.202), ("Connie", 0.2), ("Florence", 0.2), ("Tracy", 0.197), ("Edna", 0.197), ("Tiffany", 0.195), ("Carmen", 0.195), ("Rosa", 0.194),
    ("Cindy", 0.192), ("Grace", 0.189), ("Wendy", 0.185), ("Victoria", 0.18), ("Edith", 0.179), ("Kim", 0.178), ("Sherry", 0.178), ("Sylvia", 0.177),
    ("Josephine", 0.177), ("Thelma", 0.175), ("Shannon", 0.175), ("Sheila", 0.175), ("Ethel", 0.174), ("Ellen", 0.173), ("Elaine", 0.173), ("Marjorie", 0.173),
    ("Carrie", 0.171), ("Charlotte", 0.169), ("Monica", 0.166), ("Esther", 0.166), ("Pauline", 0.165), ("Emma", 0.165), ("Juanita", 0.164), ("Anita", 0.162),
    ("Rhonda", 0.162), ("Hazel", 0.161), ("Amber", 0.16), ("Eva", 0.159), ("Debbie", 0.157), ("April", 0.154), ("Leslie", 0.154), ("Clara", 0.153),
    ("Lucille", 0.153), ("Jamie", 0.153), ("Joanne", 0.15), ("Eleanor", 0.15), ("Valerie", 0.149), ("Danielle", 0.149), ("Megan", 0.147), ("Alicia", 0.146),
    ("Suzanne", 0.145), ("Michele", 0.145), ("Gail", 0.145), ("Bertha", 0.143), ("Darlene", 0.142), ("Veronica", 0.142), ("Jill", 0.142), ("Erin", 0.141),
    ("Geraldine", 0.141), ("Lauren", 0.137), ("Cathy", 0.137), ("Joann", 0.136), ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135), ("Regina", 0.133),
    ("Erica", 0.13), ("Beatrice", 0.13), ("Dolores", 0.129), ("Bernice", 0.128), ("Audrey", 0.127), ("Yvonne", 0.126), ("Annette", 0.125), ("June", 0.125),
    ("Samantha", 0.124), ("Marion", 0.122), ("Dana", 0.122), ("Stacy", 0.121), ("Ana", 0.12), ("Renee", 0.12), ("Ida", 0.118), ("Vivian", 0.118),
    ("Roberta", 0.117), ("Holly", 0.117), ("Brittany", 0.117), ("Melanie", 0.116), ("Loretta", 0.115), ("Yolanda", 0.115), ("Jeanette", 0.115), ("Laurie", 0.114),
    ("Katie", 0.113), ("Kristen", 0.111), ("Vanessa", 0.111), ("Alma", 0.111), ("Sue", 0.111), ("Elsie", 0.11), ("Beth", 0.11), ("Jeanne", 0.109),
    ("Vicki", 0.109), ("Carla", 0.107), ("Tara", 0.107), ("Rosemary", 0.107), ("Eileen", 0.105), ("Terri", 0.105), ("Gertrude", 0.103), ("Lucy", 0.103),
    ("Tonya", 0.102), ("Ella", 0.101), ("Stacey", 0.101), ("Wilma", 0.099), ("Gina", 0.099), ("Kristin", 0.099), ("Jessie", 0.098), ("Natalie", 0.098),
    ("Agnes", 0.098), ("Vera", 0.098), ("Willie", 0.097), ("Charlene", 0.097), ("Bessie", 0.096), ("Delores", 0.095), ("Melinda", 0.094), ("Pearl", 0.094),
    ("Arlene", 0.094), ("Maureen", 0.092), ("Colleen", 0.092), ("Allison", 0.092), ("Tamara", 0.092), ("Joy", 0.091), ("Georgia", 0.091), ("Constance", 0.091),
    ("Lillie", 0.09), ("Claudia", 0.09), ("Jackie", 0.09), ("Marcia", 0.09), ("Tanya", 0.089), ("Nellie", 0.089), ("Minnie", 0.089), ("Marlene", 0.088),
    ("Heidi", 0.088), ("Glenda", 0.088), ("Lydia", 0.086), ("Viola", 0.086), ("Courtney", 0.086), ("Marian", 0.086), ("Stella", 0.085), ("Caroline", 0.085),
    ("Dora", 0.084), ("Jo", 0.083), ("Vickie", 0.082), ("Mattie", 0.081), ("Terry", 0.08), ("Maxine", 0.079), ("Irma", 0.079), ("Mabel", 0.078),
    ("Marsha", 0.078), ("Myrtle", 0.078), ("Lena", 0.077), ("Christy", 0.077), ("Deanna", 0.076), ("Patsy", 0.076), ("Hilda", 0.075), ("Gwendolyn", 0.074),
    ("Jennie", 0.073), ("Nora", 0.073), ("Margie", 0.072), ("Nina", 0.072), ("Cassandra", 0.072), ("Leah", 0.072), ("Penny", 0.071), ("Kay", 0.071),
    ("Priscilla", 0.071), ("Naomi", 0.071), ("Carole", 0.071), ("Brandy", 0.07), ("Olga", 0.07), ("Billie", 0.069), ("Dianne", 0.069), ("Tracey", 0.069),
    ("Leona", 0.069), ("Jenny", 0.068), ("Felicia", 0.068), ("Sonia", 0.068), ("Miriam", 0.066), ("Velma", 0.066), ("Becky", 0.066), ("Bobbie", 0.065),
    ("Violet", 0.065), ("Kristina", 0.065), ("Toni", 0.064), ("Misty", 0.063), ("Mae", 0.063), ("Shelly", 0.062), ("Daisy", 0.062), ("Ramona", 0.062),
    ("Sherri", 0.062), ("Erika", 0.061), ("Katrina", 0.061), ("Claire", 0.061), ("Lindsey", 0.06), ("Lindsay", 0.06), ("Geneva", 0.059), ("Guadalupe", 0.059),
    ("Belinda", 0.059), ("Margarita", 0.059), ("Sheryl", 0.059), ("Cora", 0.058), ("Faye", 0.058), ("Ada", 0.057), ("Natasha", 0.057), ("Sabrina", 0.057),
    ("Isabel", 0.057), ("Marguerite", 0.056), ("Hattie", 0.056), ("Harriet", 0.056), ("Molly", 0.055), ("Cecilia", 0.055), ("Kristi", 0.055), ("Brandi", 0.055),
    ("Blanche", 0.055), ("Sandy", 0.055), ("Rosie", 0.055), ("Joanna", 0.055), ("Iris", 0.055), ("Eunice", 0.054), ("Angie", 0.054), ("Inez", 0.053),
    ("Lynda", 0.053), ("Madeline", 0.052), ("Amelia", 0.052), ("Alberta", 0.052), ("Genevieve", 0.051), ("Monique", 0.051), ("Jodi", 0.051), ("Janie", 0.051),
    ("Maggie", 0.051), ("Kayla", 0.051), ("Sonya", 0.051), ("Jan", 0.051), ("Lee", 0.051), ("Kristine", 0.051), ("Candace", 0.051), ("Fannie", 0.05),
    ("Maryann", 0.05), ("Opal", 0.05), ("Alison", 0.05), ("Yvette", 0.05), ("Melody", 0.05), ("Luz", 0.049), ("Susie", 0.049), ("Olivia", 0.049),
    ("Flora", 0.049), ("Shelley", 0.049), ("Kristy", 0.048), ("Mamie", 0.048), ("Lula", 0.048), ("Lola", 0.048), ("Verna", 0.048), ("Beulah", 0.048),
    ("Antoinette", 0.048), ("Candice", 0.046), ("Juana", 0.046), ("Jeannette", 0.046), ("Pam", 0.046), ("Kelli", 0.046), ("Hannah", 0.045), ("Whitney", 0.045),
    ("Bridget", 0.045), ("Karla", 0.044), ("Celia", 0.044), ("Latoya", 0.043), ("Patty", 0.043), ("Shelia", 0.043), ("Gayle", 0.043), ("Della", 0.043),
    ("Vicky", 0.043), ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042),
)  # fmt: skip
US_M: tuple[tuple[str, float], ...] = (
    ("James", 3.318), ("John", 3.271), ("Robert", 3.143), ("Michael", 2.629), ("William", 2.451), ("David", 2.363), ("Richard", 1.703), ("Charles", 1.523),
    ("Joseph", 1.404), ("Thomas", 1.38), ("Christopher", 1.035), ("Daniel", 0.974), ("Paul", 0.948), ("Mark", 0.938), ("Donald", 0.931), ("George", 0.927),
    ("Kenneth", 0.826), ("Steven", 0.78), ("Edward", 0.779), ("Brian", 0.736), ("Ronald", 0.725), ("Anthony", 0.721), ("Kevin", 0.671), ("Jason", 0.66),
    ("Matthew", 0.657), ("Gary", 0.65), ("Timothy", 0.64), ("Jose", 0.613), ("Larry", 0.598), ("Jeffrey", 0.591), ("Frank", 0.581), ("Scott", 0.546),
    ("Eric", 0.544), ("Stephen", 0.54), ("Andrew", 0.537), ("Raymond", 0.488), ("Gregory", 0.441), ("Joshua", 0.435), ("Jerry", 0.432), ("Dennis", 0.415),
    ("Walter", 0.399), ("Patrick", 0.389), ("Peter", 0.381), ("Harold", 0.371), ("Douglas", 0.367), ("Henry", 0.365), ("Carl", 0.346), ("Arthur", 0.335),
    ("Ryan", 0.328), ("Roger", 0.322), ("Joe", 0.321), ("Juan", 0.316), ("Jack", 0.315), ("Albert", 0.314), ("Jonathan", 0.313), ("Justin", 0.311),
    ("Terry", 0.311), ("Gerald", 0.309), ("Keith", 0.308), ("Samuel", 0.306), ("Willie", 0.302), ("Ralph", 0.282), ("Lawrence", 0.282), ("Nicholas", 0.275),
    ("Roy", 0.273), ("Benjamin", 0.27), ("Bruce", 0.263), ("Brandon", 0.26), ("Adam", 0.259), ("Harry", 0.251), ("Fred", 0.251), ("Wayne", 0.249),
    ("Billy", 0.248), ("Steve", 0.246), ("Louis", 0.243), ("Jeremy", 0.242), ("Aaron", 0.24), ("Randy", 0.232), ("Howard", 0.23), ("Eugene", 0.23),
    ("Carlos", 0.229), ("Russell", 0.224), ("Bobby", 0.223), ("Victor", 0.222), ("Martin", 0.216), ("Ernest", 0.215), ("Phillip", 0.213), ("Todd", 0.213),
    ("Jesse", 0.209), ("Craig", 0.206), ("Alan", 0.204), ("Shawn", 0.2), ("Clarence", 0.197), ("Sean", 0.197), ("Philip", 0.197), ("Chris", 0.197),
    ("Johnny", 0.195), ("Earl", 0.193), ("Jimmy", 0.191), ("Antonio", 0.19), ("Danny", 0.19), ("Bryan", 0.19), ("Tony", 0.19), ("Luis", 0.189),
    ("Mike", 0.189), ("Stanley", 0.186), ("Leonard", 0.186), ("Nathan", 0.185), ("Dale", 0.184), ("Manuel", 0.181), ("Rodney", 0.18), ("Curtis", 0.18),
    ("Norman", 0.177), ("Allen", 0.174), ("Marvin", 0.171), ("Vincent", 0.168), ("Glenn", 0.167), ("Jeffery", 0.166), ("Travis", 0.166), ("Jeff", 0.166),
    ("Chad", 0.165), ("Jacob", 0.165), ("Lee", 0.162), ("Melvin", 0.162), ("Alfred", 0.162), ("Kyle", 0.16), ("Francis", 0.16), ("Bradley", 0.159),
    ("Jesus", 0.155), ("Herbert", 0.155), ("Frederick", 0.154), ("Ray", 0.153), ("Joel", 0.152), ("Edwin", 0.148), ("Don", 0.145), ("Eddie", 0.144),
    ("Ricky", 0.141), ("Troy", 0.138), ("Randall", 0.138), ("Barry", 0.134), ("Alexander", 0.132), ("Bernard", 0.127), ("Mario", 0.125), ("Leroy", 0.125),
    ("Francisco", 0.124), ("Marcus", 0.124), ("Micheal", 0.123), ("Theodore", 0.123), ("Clifford", 0.123), ("Miguel", 0.122), ("Oscar", 0.122), ("Jay", 0.118),
    ("Jim", 0.118), ("Tom", 0.117), ("Calvin", 0.115), ("Alex", 0.115), ("Jon", 0.115), ("Ronnie", 0.113), ("Bill", 0.112), ("Lloyd", 0.112),
    ("Tommy", 0.112), ("Leon", 0.112), ("Derek", 0.112), ("Warren", 0.11), ("Darrell", 0.108), ("Jerome", 0.108), ("Floyd", 0.107), ("Leo", 0.106),
    ("Alvin", 0.105), ("Tim", 0.104), ("Wesley", 0.104), ("Gordon", 0.104), ("Dean", 0.104), ("Greg", 0.104), ("Jorge", 0.104), ("Dustin", 0.103),
    ("Pedro", 0.103), ("Derrick", 0.103), ("Dan", 0.101), ("Lewis", 0.099), ("Zachary", 0.099), ("Corey", 0.098), ("Herman", 0.097), ("Maurice", 0.097),
    ("Vernon", 0.097), ("Roberto", 0.097), ("Clyde", 0.095), ("Glen", 0.094), ("Hector", 0.094), ("Shane", 0.093), ("Ricardo", 0.093), ("Sam", 0.092),
    ("Rick", 0.091), ("Lester", 0.091), ("Brent", 0.09), ("Ramon", 0.09), ("Charlie", 0.09), ("Tyler", 0.089), ("Gilbert", 0.089), ("Gene", 0.087),
    ("Marc", 0.087), ("Reginald", 0.084), ("Ruben", 0.082), ("Brett", 0.082), ("Angel", 0.082), ("Nathaniel", 0.081), ("Rafael", 0.081), ("Leslie", 0.081),
    ("Edgar", 0.08), ("Milton", 0.08), ("Raul", 0.079), ("Ben", 0.078), ("Chester", 0.078), ("Cecil", 0.078), ("Duane", 0.077), ("Franklin", 0.077),
    ("Andre", 0.076), ("Elmer", 0.074), ("Brad", 0.073), ("Gabriel", 0.073), ("Ron", 0.072), ("Mitchell", 0.072), ("Roland", 0.072), ("Arnold", 0.072),
    ("Harvey", 0.072), ("Jared", 0.071), ("Adrian", 0.069), ("Karl", 0.069), ("Cory", 0.068), ("Claude", 0.068), ("Erik", 0.068), ("Darryl", 0.067),
    ("Jamie", 0.066), ("Neil", 0.066), ("Jessie", 0.065), ("Christian", 0.065), ("Javier", 0.065), ("Fernando", 0.065), ("Clinton", 0.065), ("Ted", 0.064),
    ("Mathew", 0.064), ("Tyrone", 0.064), ("Darren", 0.064), ("Lonnie", 0.064), ("Lance", 0.063), ("Cody", 0.063), ("Julio", 0.063), ("Kelly", 0.063),
    ("Kurt", 0.062), ("Allan", 0.061), ("Nelson", 0.061), ("Guy", 0.06), ("Clayton", 0.06), ("Hugh", 0.06), ("Max", 0.059), ("Dwayne", 0.059),
    ("Dwight", 0.058), ("Armando", 0.058), ("Felix", 0.058), ("Jimmie", 0.058), ("Everett", 0.057), ("Jordan", 0.056), ("Ian", 0.056), ("Wallace", 0.056),
    ("Ken", 0.055), ("Bob", 0.055), ("Jaime", 0.055), ("Casey", 0.054), ("Alfredo", 0.054), ("Alberto", 0.053), ("Dave", 0.053), ("Ivan", 0.053),
    ("Johnnie", 0.052), ("Sidney", 0.052), ("Byron", 0.052), ("Julian", 0.052), ("Isaac", 0.051), ("Morris", 0.051), ("Clifton", 0.05), ("Willard", 0.05),
    ("Daryl", 0.05), ("Ross", 0.05), ("Virgil", 0.049), ("Andy", 0.049), ("Marshall", 0.049), ("Salvador", 0.049), ("Perry", 0.049), ("Kirk", 0.049),
    ("Sergio", 0.049), ("Marion", 0.048), ("Tracy", 0.048), ("Seth", 0.048), ("Kent", 0.048), ("Terrance", 0.048), ("Rene", 0.048), ("Eduardo", 0.047),
    ("Terrence", 0.047), ("Enrique", 0.046), ("Freddie", 0.046), ("Wade", 0.045), ("Austin", 0.044), ("Stuart", 0.044), ("Fredrick", 0.043), ("Arturo", 0.043),
    ("Alejandro", 0.043), ("Jackie", 0.043), ("Joey", 0.043), ("Nick", 0.043), ("Luther", 0.043), ("Wendell", 0.042), ("Jeremiah", 0.042), ("Evan", 0.042),
    ("Julius", 0.042), ("Dana", 0.042), ("Donnie", 0.041), ("Otis", 0.041), ("Shannon", 0.04), ("Trevor", 0.04), ("Oliver", 0.04), ("Luke", 0.04),
    ("Homer", 0.04), ("Gerard", 0.04), ("Doug", 0.04), ("Kenny", 0.039), ("Hubert", 0.039), ("Angelo", 0.039), ("Shaun", 0.039), ("Lyle", 0.038),
    ("Matt", 0.038), ("Lynn", 0.038), ("Alfonso", 0.038), ("Orlando", 0.037), ("Rex", 0.037), ("Carlton", 0.037), ("Ernesto", 0.037), ("Cameron", 0.037),
    ("Neal", 0.037), ("Pablo", 0.036), ("Lorenzo", 0.036), ("Omar", 0.036), ("Wilbur", 0.036), ("Blake", 0.036), ("Grant", 0.036), ("Horace", 0.036),
    ("Roderick", 0.036), ("Kerry", 0.036), ("Abraham", 0.035), ("Willis", 0.035), ("Rickey", 0.035), ("Jean", 0.035), ("Ira", 0.035), ("Andres", 0.034),
    ("Cesar", 0.034), ("Johnathan", 0.034), ("Malcolm", 0.034), ("Rudolph", 0.034), ("Damon", 0.034), ("Kelvin", 0.034), ("Rudy", 0.034), ("Preston", 0.034),
    ("Alton", 0.033), ("Archie", 0.033), ("Marco", 0.033), ("Wm", 0.033), ("Pete", 0.032), ("Randolph", 0.032), ("Garry", 0.032), ("Geoffrey", 0.032),
    ("Jonathon", 0.032), ("Felipe", 0.032), ("Bennie", 0.032), ("Gerardo", 0.032), ("Ed", 0.032), ("Dominic", 0.032), ("Robin", 0.032), ("Loren", 0.032),
    ("Delbert", 0.031), ("Colin", 0.031), ("Guillermo", 0.031), ("Earnest", 0.031),
)  # fmt: skip
US_S: tuple[tuple[str, float], ...] = (
    ("Smith", 1.006), ("Johnson", 0.81), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621), ("Davis", 0.48), ("Miller", 0.424), ("Wilson", 0.339),
    ("Moore", 0.312), ("Taylor", 0.311), ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.31), ("White", 0.279), ("Harris", 0.275), ("Martin", 0.273),
    ("Thompson", 0.269), ("Garcia", 0.254), ("Martinez", 0.234), ("Robinson", 0.233), ("Clark", 0.231), ("Rodriguez", 0.229), ("Lewis", 0.226), ("Lee", 0.22),
    ("Walker", 0.219), ("Hall", 0.2), ("Allen", 0.199), ("Young", 0.193), ("Hernandez", 0.192), ("King", 0.19), ("Wright", 0.189), ("Lopez", 0.187),
    ("Hill", 0.187), ("Scott", 0.185), ("Green", 0.183), ("Adams", 0.174), ("Baker", 0.171), ("Gonzalez", 0.166), ("Nelson", 0.162), ("Carter", 0.162),
    ("Mitchell", 0.16), ("Perez", 0.155), ("Roberts", 0.153), ("Turner", 0.152), ("Phillips", 0.149), ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141),
    ("Edwards", 0.137), ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.13), ("Morris", 0.125), ("Rogers", 0.123), ("Reed", 0.122), ("Cook", 0.12),
    ("Morgan", 0.118), ("Bell", 0.117), ("Murphy", 0.117), ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper", 0.113), ("Richardson", 0.112), ("Cox", 0.11),
    ("Howard", 0.11), ("Ward", 0.108), ("Torres", 0.108), ("Peterson", 0.107), ("Gray", 0.106), ("Ramirez", 0.105), ("James", 0.105), ("Watson", 0.103),
    ("Brooks", 0.103), ("Kelly", 0.102), ("Sanders", 0.1), ("Price", 0.099), ("Bennett", 0.099), ("Wood", 0.098), ("Barnes", 0.097), ("Ross", 0.096),
    ("Henderson", 0.095), ("Coleman", 0.095), ("Jenkins", 0.095), ("Perry", 0.094), ("Powell", 0.093), ("Long", 0.092), ("Patterson", 0.092), ("Hughes", 0.092),
    ("Flores", 0.092), ("Washington", 0.092), ("Butler", 0.091), ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales", 0.087), ("Bryant", 0.087), ("Alexander", 0.085),
    ("Russell", 0.085), ("Griffin", 0.084), ("Diaz", 0.084), ("Hayes", 0.083), ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082), ("Graham", 0.082),
    ("Sullivan", 0.081), ("Wallace", 0.081), ("Woods", 0.08), ("Cole", 0.08), ("West", 0.08), ("Jordan", 0.078), ("Owens", 0.078), ("Reynolds", 0.078),
    ("Fisher", 0.077), ("Ellis", 0.077), ("Harrison", 0.076), ("Gibson", 0.075), ("McDonald", 0.075), ("Cruz", 0.075), ("Marshall", 0.075), ("Ortiz", 0.075),
    ("Gomez", 0.075), ("Murray", 0.074), ("Freeman", 0.074), ("Wells", 0.073), ("Webb", 0.072), ("Simpson", 0.07), ("Stevens", 0.07), ("Tucker", 0.07),
    ("Porter", 0.069), ("Hunter", 0.069), ("Hicks", 0.069), ("Crawford", 0.068), ("Henry", 0.068), ("Boyd", 0.068), ("Mason", 0.068), ("Morales", 0.067),
    ("Kennedy", 0.067), ("Warren", 0.067), ("Dixon", 0.066), ("Ramos", 0.066), ("Reyes", 0.066), ("Burns", 0.065), ("Gordon", 0.065), ("Shaw", 0.065),
    ("Holmes", 0.065), ("Rice", 0.064), ("Robertson", 0.064), ("Hunt", 0.063), ("Black", 0.063), ("Daniels", 0.062), ("Palmer", 0.062), ("Mills", 0.061),
    ("Nichols", 0.06), ("Grant", 0.06), ("Knight", 0.06), ("Ferguson", 0.059), ("Rose", 0.059), ("Stone", 0.059), ("Hawkins", 0.059), ("Dunn", 0.058),
    ("Perkins", 0.058), ("Hudson", 0.058), ("Spencer", 0.057), ("Gardner", 0.057), ("Stephens", 0.057), ("Payne", 0.057), ("Pierce", 0.056), ("Berry", 0.056),
    ("Matthews", 0.056), ("Arnold", 0.056), ("Wagner", 0.055), ("Willis", 0.055), ("Ray", 0.055), ("Watkins", 0.055), ("Olson", 0.055), ("Carroll", 0.055),
    ("Duncan", 0.055), ("Snyder", 0.055), ("Hart", 0.054), ("Cunningham", 0.054), ("Bradley", 0.054), ("Lane", 0.054), ("Andrews", 0.054), ("Ruiz", 0.054),
    ("Harper", 0.054), ("Fox", 0.053), ("Riley", 0.053), ("Armstrong", 0.053), ("Carpenter", 0.053), ("Weaver", 0.053), ("Greene", 0.053), ("Lawrence", 0.052),
    ("Elliott", 0.052), ("Chavez", 0.052), ("Sims", 0.052), ("Austin", 0.052), ("Peters", 0.052), ("Kelley", 0.052), ("Franklin", 0.051), ("Lawson", 0.051),
    ("Fields", 0.051), ("Gutierrez", 0.051), ("Ryan", 0.051), ("Schmidt", 0.051), ("Carr", 0.051), ("Vasquez", 0.051), ("Castillo", 0.051), ("Wheeler", 0.051),
    ("Chapman", 0.05), ("Oliver", 0.05), ("Montgomery", 0.049), ("Richards", 0.049), ("Williamson", 0.049), ("Johnston", 0.049), ("Banks", 0.048), ("Meyer", 0.048),
    ("Bishop", 0.048), ("McCoy", 0.048), ("Howell", 0.048), ("Alvarez", 0.048), ("Morrison", 0.048), ("Hansen", 0.047), ("Fernandez", 0.047), ("Garza", 0.047),
    ("Harvey", 0.047), ("Little", 0.046), ("Burton", 0.046), ("Stanley", 0.046), ("Nguyen", 0.046), ("George", 0.046), ("Jacobs", 0.046), ("Reid", 0.046),
    ("Kim", 0.045), ("Fuller", 0.045), ("Lynch", 0.045), ("Dean", 0.045), ("Gilbert", 0.045), ("Garrett", 0.045), ("Romero", 0.045), ("Welch", 0.044),
    ("Larson", 0.044), ("Frazier", 0.044), ("Burke", 0.044), ("Hanson", 0.043), ("Day", 0.043), ("Mendoza", 0.043), ("Moreno", 0.043), ("Bowman", 0.043),
    ("Medina", 0.042), ("Fowler", 0.042), ("Brewer", 0.042), ("Hoffman", 0.042), ("Carlson", 0.042), ("Silva", 0.042), ("Pearson", 0.042), ("Holland", 0.042),
    ("Douglas", 0.041), ("Fleming", 0.041), ("Jensen", 0.041), ("Vargas", 0.041), ("Byrd", 0.041), ("Davidson", 0.041), ("Hopkins", 0.041), ("May", 0.04),
    ("Terry", 0.04), ("Herrera", 0.04), ("Wade", 0.04), ("Soto", 0.04), ("Walters", 0.04), ("Curtis", 0.04), ("Neal", 0.039), ("Caldwell", 0.039),
    ("Lowe", 0.039), ("Jennings", 0.039), ("Barnett", 0.039), ("Graves", 0.039), ("Jimenez", 0.039), ("Horton", 0.039), ("Shelton", 0.039), ("Barrett", 0.039),
    ("O'Brien", 0.039), ("Castro", 0.039), ("Sutton", 0.038), ("Gregory", 0.038), ("McKinney", 0.038), ("Lucas", 0.038), ("Miles", 0.038), ("Craig", 0.038),
    ("Rodriquez", 0.037), ("Chambers", 0.037), ("Holt", 0.037), ("Lambert", 0.037), ("Fletcher", 0.037), ("Watts", 0.037), ("Bates", 0.037), ("Hale", 0.037),
    ("Rhodes", 0.037), ("Pena", 0.037), ("Beck", 0.037), ("Newman", 0.036), ("Haynes", 0.036), ("McDaniel", 0.036), ("Mendez", 0.036), ("Bush", 0.036),
    ("Vaughn", 0.036), ("Parks", 0.035), ("Dawson", 0.035), ("Santiago", 0.035), ("Norris", 0.035), ("Hardy", 0.035), ("Love", 0.035), ("Steele", 0.035),
    ("Curry", 0.035), ("Powers", 0.035), ("Schultz", 0.035), ("Barker", 0.035), ("Guzman", 0.034), ("Page", 0.034), ("Munoz", 0.034), ("Ball", 0.034),
    ("Keller", 0.034), ("Chandler", 0.034), ("Weber", 0.034), ("Leonard", 0.034), ("Walsh", 0.033), ("Lyons", 0.033), ("Ramsey", 0.033), ("Wolfe", 0.033),
    ("Schneider", 0.033), ("Mullins", 0.033), ("Benson", 0.033), ("Sharp", 0.033), ("Bowen", 0.033), ("Daniel", 0.033), ("Barber", 0.032), ("Cummings", 0.032),
    ("Hines", 0.032), ("Baldwin", 0.032), ("Griffith", 0.032), ("Valdez", 0.032), ("Hubbard", 0.032), ("Salazar", 0.032), ("Reeves", 0.032), ("Warner", 0.031),
    ("Stevenson", 0.031), ("Burgess", 0.031), ("Santos", 0.031), ("Tate", 0.031), ("Cross", 0.031), ("Garner", 0.031), ("Mann", 0.031), ("Mack", 0.031),
    ("Moss", 0.031), ("Thornton", 0.031), ("Dennis", 0.031), ("McGee", 0.031), ("Farmer", 0.03), ("Delgado", 0.03), ("Aguilar", 0.03), ("Vega", 0.03),
    ("Glover", 0.03), ("Manning", 0.03), ("Cohen", 0.03), ("Harmon", 0.03), ("Rodgers", 0.03), ("Robbins", 0.03), ("Newton", 0.03), ("Todd", 0.03),
    ("Blair", 0.03), ("Higgins", 0.03), ("Ingram", 0.03), ("Reese", 0.03), ("Cannon", 0.03), ("Strickland", 0.03), ("Townsend", 0.03), ("Potter", 0.03),
    ("Goodwin", 0.03), ("Walton", 0.03), ("Rowe", 0.029), ("Hampton", 0.029), ("Ortega", 0.029), ("Patton", 0.029), ("Swanson", 0.029), ("Joseph", 0.029),
    ("Francis", 0.029), ("Goodman", 0.029), ("Maldonado", 0.029), ("Yates", 0.029), ("Becker", 0.029), ("Erickson", 0.029), ("Hodges", 0.029), ("Rios", 0.029),
    ("Conner", 0.029), ("Adkins", 0.029), ("Webster", 0.028), ("Norman", 0.028), ("Malone", 0.028), ("Hammond", 0.028), ("Flowers", 0.028), ("Cobb", 0.028),
    ("Moody", 0.028), ("Quinn", 0.028), ("Blake", 0.028), ("Maxwell", 0.028), ("Pope", 0.028), ("Floyd", 0.027), ("Osborne", 0.027), ("Paul", 0.027),
    ("McCarthy", 0.027), ("Guerrero", 0.027), ("Lindsey", 0.027), ("Estrada", 0.027), ("Sandoval", 0.027), ("Gibbs", 0.027), ("Tyler", 0.027), ("Gross", 0.027),
    ("Fitzgerald", 0.027), ("Stokes", 0.027), ("Doyle", 0.027), ("Sherman", 0.027),
)  # fmt: skip

# UK given names and surnames in the order of the ONS rankings (given names over the decades people now alive were born).
UK_F = ranked((
    "Sarah", "Emma", "Claire", "Laura", "Rebecca", "Gemma", "Lisa", "Nicola", "Michelle", "Amy",
    "Emily", "Jessica", "Sophie", "Charlotte", "Hannah", "Lauren", "Olivia", "Amelia", "Jennifer", "Karen",
    "Susan", "Helen", "Julie", "Jacqueline", "Elizabeth", "Margaret", "Patricia", "Mary", "Catherine", "Rachel",
    "Victoria", "Samantha", "Joanne", "Louise", "Kelly", "Stephanie", "Katie", "Jade", "Chloe", "Ellie",
    "Lucy", "Grace", "Isla", "Ava", "Mia", "Isabella", "Poppy", "Lily", "Sophia", "Freya",
    "Evie", "Ella", "Alice", "Zoe", "Holly", "Georgia", "Megan", "Natalie", "Kirsty", "Donna",
    "Angela", "Tracey", "Deborah", "Alison", "Carol", "Christine", "Janet", "Linda", "Sandra", "Wendy",
    "Dawn", "Gillian", "Diane", "Anne", "Jane", "Ruth", "Heather", "Fiona", "Kathryn", "Caroline",
    "Anna", "Kate", "Sally", "Jenny", "Amanda", "Hayley", "Danielle", "Leanne", "Kayleigh", "Stacey",
    "Abigail", "Bethany", "Eleanor", "Millie", "Daisy", "Phoebe", "Ruby", "Jasmine", "Scarlett", "Matilda",
    "Florence", "Rosie", "Harriet", "Imogen", "Esme", "Sienna", "Maisie", "Erin", "Niamh", "Aimee",
    "Paige", "Shannon", "Courtney", "Tanya", "Joanna", "Sharon", "Lorraine", "Maureen", "Pauline", "Barbara",
    "Sheila", "Jean", "Doreen", "Brenda", "Valerie", "Joan", "Shirley", "Dorothy", "Irene", "Eileen",
    # tail past the head of 130
    "Sylvia", "Marion", "Kathleen", "Hazel", "Beverley", "Jill", "Yvonne", "Elaine", "Lesley", "Paula",
    "Denise", "Marie", "Tina", "Teresa", "Rosemary", "Frances", "Judith", "Vivienne", "Moira", "Mandy",
    "Kerry", "Nadia", "Aisha", "Amira", "Fatima", "Zara", "Maya", "Layla", "Aria", "Willow",
    "Ivy", "Hallie", "Elsie", "Lottie", "Luna", "Thea", "Bonnie", "Iris", "Robyn", "Beth",
    "Carly", "Chelsea", "Leah", "Molly", "Naomi", "Eve", "Katherine", "Lydia", "Tamsin", "Verity",
    "Philippa", "Annabel", "Clare", "Helena", "Keeley", "Gail", "Siobhan", "Bridget", "Sinead", "Ciara",
    "Rhiannon", "Ffion", "Cerys", "Bronwen", "Morag", "Eilidh", "Kirsten", "Ailsa", "Mhairi", "Catriona",
    "Priya", "Sana", "Ayesha", "Hollie", "Jodie", "Charlene", "Kimberley", "Lindsay", "Rachael", "Rebekah",
    "Sadie", "Nancy", "Edith", "Mabel", "Beatrice", "Martha", "Clara", "Orla", "Penelope", "Arabella",
    "Ottilie", "Felicity", "Henrietta", "Georgina", "Camilla", "Rosalind", "Miranda", "Juliet", "Cassandra", "Belinda",
    "Wilma", "Glenys", "Gwen", "Hilary", "Muriel", "Enid", "Mavis", "Audrey", "Winifred", "Vera",
    "Daphne", "Rita", "Betty", "Peggy", "Ada", "Nell", "Primrose", "Tabitha", "Jemima", "Lilian",
), 130)  # fmt: skip
UK_M = ranked((
    "David", "John", "Michael", "Paul", "Andrew", "Mark", "James", "Robert", "Peter", "Richard",
    "Stephen", "Christopher", "Ian", "Daniel", "Thomas", "Matthew", "Steven", "Simon", "Anthony", "William",
    "Gary", "Kevin", "Martin", "Jonathan", "Lee", "Darren", "Neil", "Craig", "Stuart", "Adam",
    "Jamie", "Ryan", "Scott", "Luke", "Ben", "Benjamin", "Samuel", "Joshua", "Jack", "Harry",
    "Oliver", "George", "Charlie", "Jacob", "Alfie", "Noah", "Oscar", "Leo", "Archie", "Freddie",
    "Arthur", "Theo", "Henry", "Muhammad", "Mohammed", "Joseph", "Alexander", "Edward", "Lewis", "Liam",
    "Connor", "Callum", "Kieran", "Aaron", "Dean", "Wayne", "Shaun", "Carl", "Barry", "Graham",
    "Keith", "Colin", "Brian", "Alan", "Philip", "Trevor", "Nigel", "Roger", "Malcolm", "Derek",
    "Terry", "Kenneth", "Raymond", "Dennis", "Ronald", "Geoffrey", "Roy", "Frank", "Harold", "Stanley",
    "Gordon", "Alistair", "Gareth", "Rhys", "Owen", "Dylan", "Ethan", "Mason", "Logan", "Tyler",
    "Kyle", "Jordan", "Nathan", "Sean", "Patrick", "Declan", "Conor", "Cameron", "Ross", "Fraser",
    "Euan", "Finlay", "Hamish", "Angus", "Rory", "Toby", "Max", "Louis", "Elliot", "Reuben",
    "Isaac", "Harrison", "Sebastian", "Tommy", "Finley", "Frederick", "Albert", "Ralph", "Jude", "Hugo",
    # tail
    "Teddy", "Rowan", "Hector", "Bradley", "Jason", "Russell", "Glenn", "Clive", "Howard", "Gavin",
    "Dominic", "Tim", "Timothy", "Nicholas", "Julian", "Rupert", "Giles", "Hugh", "Jeremy", "Gerald",
    "Leslie", "Norman", "Eric", "Vincent", "Ashley", "Jake", "Joe", "Alex", "Dan", "Harvey",
    "Reece", "Bailey", "Zak", "Kai", "Ibrahim", "Yusuf", "Omar", "Ali", "Hassan", "Amir",
    "Ravi", "Sanjay", "Rajesh", "Aled", "Dafydd", "Gethin", "Iwan", "Emyr", "Callan", "Lachlan",
    "Ewan", "Niall", "Cormac", "Ciaran", "Eoin", "Padraig", "Seamus", "Fergus", "Duncan", "Ruaridh",
    "Mohammad", "Bilal", "Imran", "Tariq", "Asif", "Dev", "Arjun", "Kofi", "Kwame", "Tobias",
    "Jasper", "Barnaby", "Felix", "Rufus", "Alfred", "Ernest", "Walter", "Cyril", "Percy", "Reginald",
    "Bernard", "Cecil", "Clifford", "Douglas", "Edwin", "Francis", "Herbert", "Leonard", "Maurice", "Sidney",
    "Victor", "Wilfred", "Stuart", "Marcus", "Lloyd", "Desmond", "Winston", "Errol", "Delroy", "Leroy",
    "Ellis", "Jenson", "Ronnie", "Reggie", "Albie", "Otis", "Louie", "Ezra", "Ollie", "Stanley",
), 130)  # fmt: skip
UK_S = ranked((
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
    # tail past the head of 150
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
    "Hancock", "Thornton", "Baldwin", "Burrows", "Briggs", "Storey", "Pope", "Fraser", "Hooper", "Mahmood",
    "Sheppard", "Rahman", "Iqbal", "Sandhu", "MacLeod", "MacDonald", "Macdonald", "Fitzgerald", "Llewellyn", "Pryce",
    "Vaughan", "Bowen", "Jenkinson", "Chadwick", "Pickering", "Whittaker", "Ashworth", "Entwistle", "Sutcliffe", "Ramsbottom",
    "Trelawney", "Penrose", "Tremayne", "Cartwright", "Wainwright", "Blackburn", "Crowther", "Haworth", "Ackroyd", "Greaves",
))  # fmt: skip


def origin(women: tuple[str, ...], men: tuple[str, ...], surnames: tuple[str, ...]) -> Origin:
    """An origin common in Sweden: its commonest names in rank order, 1/rank, head 10."""
    return Origin(ranked(women, 10), ranked(men, 10), ranked(surnames, 10))


FINNISH = origin(
    ("Anne", "Tuula", "Päivi", "Anneli", "Johanna", "Marja", "Kaarina", "Pirjo", "Sari", "Minna", "Tiina", "Riitta", "Helena", "Leena", "Eija", "Satu", "Elina", "Hannele", "Kristiina", "Marjatta", "Sirpa", "Tarja", "Merja", "Aino", "Liisa", "Maarit", "Katja", "Jaana", "Outi", "Sanna"),
    ("Juha", "Timo", "Matti", "Kari", "Mikko", "Jari", "Antti", "Jukka", "Mika", "Markku", "Pekka", "Hannu", "Heikki", "Seppo", "Janne", "Ari", "Sami", "Petri", "Ville", "Tuomas", "Jussi", "Pentti", "Esa", "Veikko", "Tapio", "Erkki", "Raimo", "Lauri", "Eero", "Jarmo"),
    ("Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen", "Hietala", "Kallio", "Leinonen", "Pelkonen"),
)  # fmt: skip
ARABIC = origin(  # Iraq, Syria, Lebanon, Palestine; Assyrian/Syriac names among them
    ("Fatima", "Maryam", "Zainab", "Noor", "Aya", "Sara", "Amina", "Hiba", "Rana", "Layla", "Huda", "Rasha", "Dalia", "Nour", "Yasmin", "Hanan", "Lina", "Samira", "Reem", "Zahra", "Shahad", "Ghada", "Asma", "Rima", "Nahrin", "Shamiran", "Ninorta", "Maryana", "Ilham", "Suad"),
    ("Mohammed", "Ahmed", "Ali", "Mohamad", "Omar", "Hassan", "Hussein", "Ibrahim", "Mahmoud", "Khaled", "Yousef", "Mustafa", "Abdullah", "Karim", "Ammar", "Ziad", "Samir", "Bassam", "Tarek", "Walid", "Firas", "Haidar", "Abbas", "Rami", "Sargon", "Ninos", "Aziz", "Fadi", "Georges", "Sharbel", "Ashur", "Malki"),
    ("Ali", "Mohammed", "Ahmed", "Hassan", "Hussein", "Ibrahim", "Abdullah", "Khalil", "Al-Hassani", "Saleh", "Mahmoud", "Jasim", "Kadhim", "Al-Obaidi", "Haddad", "Khoury", "Nasser", "Yousef", "Al-Jabouri", "Hamid", "Shamoun", "Barsoum", "Saliba", "Gabriel", "Isho", "Yalda", "Aziz", "Daoud", "Al-Rubaie", "Abbas", "Jaber", "Kassem", "Mansour", "Mustafa", "Qasim", "Lahdo", "Aydin"),
)  # fmt: skip
SOMALI = origin(
    ("Hodan", "Fadumo", "Amina", "Sahra", "Ifrah", "Hibaaq", "Ayaan", "Nasra", "Khadija", "Hawa", "Idil", "Ubah", "Deeqa", "Ikran", "Sagal", "Muna", "Naima", "Asli", "Fardowsa", "Hamdi", "Sucaad", "Halima", "Farhiya", "Anab"),
    ("Abdi", "Mohamed", "Ahmed", "Abdirahman", "Hassan", "Ali", "Omar", "Abdullahi", "Yusuf", "Mahad", "Liban", "Abdiaziz", "Said", "Ismail", "Guled", "Farah", "Hussein", "Abdikarim", "Mukhtar", "Bashir", "Nuur", "Osman", "Daud", "Abdiwali"),
    ("Mohamed", "Ahmed", "Ali", "Hassan", "Abdi", "Omar", "Hussein", "Farah", "Yusuf", "Abdullahi", "Warsame", "Jama", "Osman", "Nur", "Ismail", "Egal", "Aden", "Duale", "Mohamud", "Abdille", "Hersi", "Guled", "Barre", "Dahir", "Elmi", "Samatar"),
)  # fmt: skip
POLISH = origin(  # surnames in the masculine; `feminine` gives a woman's -ska/-cka
    ("Anna", "Katarzyna", "Maria", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna", "Magdalena", "Elżbieta", "Joanna", "Aleksandra", "Monika", "Zofia", "Teresa", "Danuta", "Natalia", "Karolina", "Marta", "Beata", "Dorota", "Justyna", "Paulina", "Alicja", "Iwona", "Jolanta"),
    ("Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Jan", "Michał", "Marcin", "Stanisław", "Jakub", "Adam", "Marek", "Łukasz", "Grzegorz", "Mateusz", "Wojciech", "Mariusz", "Dariusz", "Zbigniew", "Jerzy", "Maciej", "Rafał", "Kamil", "Robert", "Józef", "Dawid", "Przemysław", "Sebastian"),
    ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Wojciechowski", "Kwiatkowski", "Krawczyk", "Kaczmarek", "Piotrowski", "Grabowski", "Zając", "Pawłowski", "Michalski", "Król", "Wieczorek", "Jabłoński", "Wróbel", "Nowakowski", "Majewski", "Olszewski", "Jaworski", "Malinowski", "Stępień", "Górski", "Rutkowski", "Sadowski", "Pietrzak", "Baran", "Duda", "Zawadzki", "Wysocki", "Sokołowski", "Zawadzki", "Wilczyński", "Kobylecki"),
)  # fmt: skip
PERSIAN = origin(
    ("Maryam", "Fatemeh", "Zahra", "Sara", "Narges", "Leila", "Shirin", "Nasrin", "Azadeh", "Parisa", "Mahsa", "Roya", "Nazanin", "Sima", "Mina", "Shabnam", "Yasaman", "Elham", "Golnaz", "Fereshteh", "Neda", "Soheila", "Mitra", "Ladan"),
    ("Mohammad", "Ali", "Reza", "Hossein", "Mehdi", "Amir", "Hamid", "Saeed", "Behzad", "Majid", "Dariush", "Farhad", "Babak", "Kourosh", "Omid", "Arash", "Siamak", "Hassan", "Kaveh", "Payam", "Navid", "Pouya", "Ramin", "Shahram", "Mohsen"),
    ("Mohammadi", "Hosseini", "Ahmadi", "Rezaei", "Moradi", "Karimi", "Jafari", "Rahimi", "Hashemi", "Mousavi", "Rostami", "Sadeghi", "Ghorbani", "Kazemi", "Hosseinzadeh", "Nazari", "Amiri", "Ebrahimi", "Asadi", "Shahbazi", "Tehrani", "Farahani", "Azizi", "Bagheri", "Soltani", "Esfahani", "Najafi", "Yazdani"),
)  # fmt: skip
BCS = origin(  # Bosnian, Serbian, Croatian
    ("Amra", "Emina", "Jasmina", "Ana", "Marija", "Maja", "Ivana", "Jelena", "Selma", "Lejla", "Amela", "Mirela", "Sanja", "Dragana", "Senada", "Azra", "Nermina", "Snežana", "Vesna", "Mirjana", "Edina", "Alma", "Aida", "Elma", "Tijana", "Katarina"),
    ("Edin", "Amir", "Adnan", "Haris", "Emir", "Nenad", "Dragan", "Zoran", "Goran", "Milan", "Dejan", "Mirza", "Senad", "Almir", "Nikola", "Stefan", "Marko", "Ivan", "Tarik", "Mehmed", "Jasmin", "Elvis", "Armin", "Damir", "Darko", "Srđan", "Zlatan", "Miroslav"),
    ("Hodžić", "Hadžić", "Čaušević", "Kovačević", "Begić", "Delić", "Mehmedović", "Hasanović", "Omerović", "Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Horvat", "Kovačić", "Babić", "Marić", "Jurić", "Novak", "Knežević", "Popović", "Mujić", "Alić", "Husić", "Suljić", "Ibrahimović", "Salihović", "Pavlović", "Tomić"),
)  # fmt: skip
TURKISH = origin(
    ("Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Şerife", "Sultan", "Hülya", "Derya", "Gül", "Esra", "Büşra", "Merve", "Özlem", "Selin", "Aylin", "Dilek", "Nur", "Songül", "Yasemin", "Gülsen", "Ebru"),
    ("Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Osman", "Yusuf", "Murat", "Ömer", "Ramazan", "Halil", "Süleyman", "Abdullah", "Mahmut", "Recep", "Emre", "Burak", "Kemal", "Serkan", "Erdem", "Cem", "Tolga", "Volkan", "Barış"),
    ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Polat", "Korkmaz", "Erdoğan", "Güneş", "Aksoy", "Tekin", "Akın", "Keskin"),
)  # fmt: skip
ERITREAN = origin(  # the father's given name serves as surname
    ("Helen", "Senait", "Saba", "Mebrat", "Tsega", "Selam", "Yodit", "Freweini", "Semhar", "Ruth", "Abeba", "Hiwet", "Luwam", "Winta", "Feven", "Eden", "Tigist", "Almaz", "Rahel", "Mekdes", "Yordanos", "Nardos"),
    ("Yonas", "Tesfay", "Daniel", "Samuel", "Mehari", "Berhane", "Habtom", "Kidane", "Tekle", "Filmon", "Dawit", "Mussie", "Yohannes", "Amanuel", "Goitom", "Biniam", "Henok", "Merhawi", "Semere", "Tedros", "Tesfamariam", "Haile", "Efrem", "Robel"),
    ("Tesfay", "Tekle", "Gebremedhin", "Haile", "Berhane", "Kidane", "Ghebreyesus", "Tesfamariam", "Woldemichael", "Mehari", "Habte", "Gebru", "Yohannes", "Asfaha", "Ghirmay", "Abraha", "Kahsay", "Tewelde", "Andemariam", "Measho", "Negash", "Zerai", "Weldu", "Okbay"),
)  # fmt: skip
AFGHAN = origin(
    ("Fatima", "Maryam", "Zahra", "Marzia", "Shakila", "Farzana", "Lida", "Mursal", "Sadaf", "Mahbooba", "Freshta", "Sima", "Laila", "Parwana", "Nilofar", "Hasina", "Madina", "Zarghona", "Shabana", "Roya", "Khadija", "Nasima", "Gulalai", "Mariam"),
    ("Mohammad", "Ahmad", "Ali", "Abdul", "Mustafa", "Hamid", "Jawad", "Rahmatullah", "Naser", "Sayed", "Hussain", "Reza", "Morteza", "Farid", "Omid", "Bilal", "Mahdi", "Javid", "Sohrab", "Rashid", "Zabihullah", "Samiullah", "Ehsan", "Wahid", "Masoud", "Karim", "Hamza", "Nasir"),
    ("Ahmadi", "Mohammadi", "Hussaini", "Rahimi", "Karimi", "Hakimi", "Noori", "Sultani", "Rezaie", "Amiri", "Jafari", "Sadat", "Popal", "Durrani", "Safi", "Stanikzai", "Ahmadzai", "Habibi", "Yousufzai", "Wardak", "Nazari", "Haidari", "Azimi", "Rasuli", "Samadi", "Qaderi"),
)  # fmt: skip
THAI = origin(
    ("Siriporn", "Supaporn", "Nattaya", "Kanya", "Pranee", "Malee", "Wanida", "Sunisa", "Ratana", "Jintana", "Pornthip", "Sasithorn", "Nongluck", "Wanpen", "Kanokwan", "Sumalee", "Apinya", "Duangjai", "Orawan", "Chanida", "Pimchanok", "Thanyarat", "Lamai", "Araya", "Saowanee"),
    ("Somchai", "Somsak", "Prasert", "Surachai", "Chaiwat", "Anan", "Boonmee", "Kittisak", "Wichai", "Sakda", "Narong", "Thanawat", "Nattapong", "Pongsak", "Apichat", "Sombat", "Suriya", "Thongchai", "Weerasak", "Chatchai", "Kriangkrai"),
    ("Saetang", "Saelim", "Srisuk", "Thongdee", "Kaewmanee", "Boonsri", "Wongsawat", "Chaiyasit", "Phromma", "Suksawat", "Rattanapong", "Sukjai", "Inthanon", "Jantarasri", "Siriwat", "Thongkham", "Charoenying", "Panyawong", "Nakprasert", "Sombun", "Kongsuk", "Pimpa"),
)  # fmt: skip
LATIN = origin(  # Chile first, then the rest of Latin America; two surnames in 60% of names
    ("María", "Carolina", "Daniela", "Francisca", "Camila", "Javiera", "Valentina", "Fernanda", "Paula", "Andrea", "Claudia", "Patricia", "Verónica", "Ximena", "Marcela", "Paola", "Lorena", "Soledad", "Gabriela", "Constanza", "Catalina", "Isabel", "Rosa", "Carmen", "Pilar", "Macarena"),
    ("José", "Juan", "Luis", "Carlos", "Jorge", "Cristián", "Pedro", "Francisco", "Sebastián", "Matías", "Felipe", "Rodrigo", "Manuel", "Pablo", "Diego", "Gonzalo", "Miguel", "Patricio", "Alejandro", "Claudio", "Héctor", "Mauricio", "Marcelo", "Fernando", "Nicolás", "Víctor", "Raúl"),
    ("González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez", "Sepúlveda", "Morales", "Rodríguez", "López", "Fuentes", "Hernández", "Torres", "Araya", "Flores", "Espinoza", "Valenzuela", "Castillo", "Tapia", "Reyes", "Gutiérrez", "Castro", "Pizarro", "Álvarez", "Vásquez", "Sánchez", "Fernández", "Ramírez", "Carrasco", "Gómez", "Cortés", "Herrera", "Núñez", "Jara", "Vergara", "Rivera", "Figueroa"),
)  # fmt: skip
KURDISH = origin(
    ("Rojin", "Berfin", "Zilan", "Nazdar", "Shilan", "Hêvî", "Rozerin", "Dilan", "Nasrin", "Jiyan", "Avin", "Sozdar", "Gulistan", "Helin", "Roza", "Viyan", "Zozan", "Leyla", "Perwin", "Kajal", "Shirin", "Bahar", "Dilvin"),
    ("Rebwar", "Karwan", "Soran", "Kawa", "Dilshad", "Azad", "Sherzad", "Ahmad", "Hiwa", "Rizgar", "Aram", "Shwan", "Dara", "Baran", "Zana", "Serhat", "Welat", "Rojhat", "Ciwan", "Diyar", "Berzan", "Hawre", "Hemin", "Bakhtiar", "Jalal"),
    ("Ahmad", "Mohammed", "Rashid", "Aziz", "Ali", "Hamad", "Karim", "Abdullah", "Mustafa", "Qadir", "Barzani", "Talabani", "Hussein", "Ismail", "Salih", "Omer", "Amin", "Jaf", "Hawrami", "Zebari", "Baban", "Kakai", "Khoshnaw", "Dosky", "Bapir", "Mahmud", "Rasul", "Hasan"),
)  # fmt: skip
UKRAINIAN = origin(
    ("Olena", "Tetiana", "Natalia", "Iryna", "Oksana", "Svitlana", "Yulia", "Olha", "Kateryna", "Anastasiia", "Mariia", "Viktoriia", "Halyna", "Liudmyla", "Nataliia", "Daria", "Sofiia", "Alina", "Inna", "Larysa", "Valentyna", "Khrystyna"),
    ("Oleksandr", "Serhii", "Andrii", "Volodymyr", "Dmytro", "Mykola", "Oleksii", "Ivan", "Yurii", "Vasyl", "Viktor", "Maksym", "Ihor", "Bohdan", "Taras", "Vitalii", "Artem", "Roman", "Denys", "Pavlo", "Mykhailo", "Yaroslav"),
    ("Melnyk", "Shevchenko", "Boiko", "Kovalenko", "Bondarenko", "Tkachenko", "Kovalchuk", "Kravchenko", "Oliinyk", "Shevchuk", "Koval", "Polishchuk", "Bondar", "Tkachuk", "Moroz", "Marchenko", "Lysenko", "Rudenko", "Savchenko", "Petrenko", "Klymenko", "Pavlenko", "Kravchuk", "Kuzmenko", "Ponomarenko", "Savchuk"),
)  # fmt: skip
INDIAN = origin(
    ("Priya", "Anjali", "Pooja", "Sunita", "Neha", "Kavita", "Deepa", "Anita", "Lakshmi", "Divya", "Shreya", "Ritu", "Swati", "Meera", "Asha", "Geeta", "Rekha", "Nisha", "Aarti", "Shalini", "Sneha", "Ananya", "Aditi", "Harpreet", "Manpreet"),
    ("Rahul", "Amit", "Rajesh", "Sanjay", "Vikram", "Arjun", "Suresh", "Ravi", "Anil", "Vijay", "Sunil", "Deepak", "Rohit", "Karthik", "Aditya", "Manoj", "Ashok", "Prakash", "Nikhil", "Harish", "Gurpreet", "Arun", "Vivek", "Sandeep", "Srinivas"),
    ("Patel", "Singh", "Kumar", "Sharma", "Shah", "Gupta", "Reddy", "Rao", "Iyer", "Nair", "Joshi", "Mehta", "Desai", "Verma", "Kaur", "Chopra", "Malhotra", "Agarwal", "Banerjee", "Mukherjee", "Pillai", "Menon", "Krishnan", "Bhat", "Kapoor", "Chatterjee", "Das", "Naidu"),
)  # fmt: skip
GERMAN = origin(
    ("Sabine", "Petra", "Andrea", "Claudia", "Susanne", "Stefanie", "Nicole", "Katrin", "Anja", "Julia", "Ursula", "Monika", "Birgit", "Heike", "Karin", "Christine", "Martina", "Anke", "Silke", "Kerstin", "Bettina", "Sandra", "Lena", "Jana", "Franziska", "Ute"),
    ("Thomas", "Michael", "Andreas", "Stefan", "Peter", "Frank", "Markus", "Christian", "Wolfgang", "Klaus", "Jürgen", "Uwe", "Matthias", "Dirk", "Sven", "Jan", "Tobias", "Florian", "Sebastian", "Jens", "Holger", "Torsten", "Ralf", "Bernd", "Dieter", "Lukas", "Jonas", "Felix"),
    ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Schmitz", "Krause", "Meier", "Lehmann", "Schmid"),
)  # fmt: skip

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_F, SV_M, SV_S),
    "us": Origin(census(US_F), census(US_M), census(US_S)),
    "uk": Origin(UK_F, UK_M, UK_S),
    "finnish": FINNISH,
    "arabic": ARABIC,
    "somali": SOMALI,
    "polish": POLISH,
    "persian": PERSIAN,
    "bcs": BCS,
    "turkish": TURKISH,
    "eritrean": ERITREAN,
    "afghan": AFGHAN,
    "thai": THAI,
    "latin": LATIN,
    "kurdish": KURDISH,
    "ukrainian": UKRAINIAN,
    "indian": INDIAN,
    "german": GERMAN,
}

# Who is named, per language of the text: Swedish largest in Swedish and mixed text, roughly as
# Sweden's population is (with the dog owners of a Swedish town), the US and the UK in English.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 68, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "kurdish": 1.5, "turkish": 1.5, "afghan": 1.5, "eritrean": 1.2, "ukrainian": 1.2,
        "thai": 1, "latin": 1, "indian": 1, "german": 0.8, "uk": 0.7, "us": 0.5,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 9, "indian": 3, "arabic": 2, "polish": 2, "latin": 2,
        "finnish": 1, "somali": 1, "persian": 1, "turkish": 1, "thai": 1, "bcs": 1, "ukrainian": 1,
        "german": 1, "afghan": 0.5, "eritrean": 0.5, "kurdish": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 10, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
        "persian": 2.5, "indian": 2, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5, "afghan": 1.5,
        "ukrainian": 1.5, "eritrean": 1, "thai": 1, "latin": 1, "german": 1,
    },
}  # fmt: skip

NICK_SV: dict[str, list[str]] = {
    "Lars": ["Lasse"], "Mikael": ["Micke"], "Joakim": ["Jocke"], "Karl": ["Kalle"], "Per": ["Pelle", "Perra"],
    "Charlotte": ["Lotta"], "Susanne": ["Sussie", "Sanna"], "Elisabeth": ["Lisa", "Bettan", "Lisen"],
    "Margareta": ["Maggan", "Greta"], "Kristina": ["Kicki", "Stina"], "Christina": ["Kicki", "Tina"],
    "Katarina": ["Kattis", "Kajsa"], "Magnus": ["Mange"], "Marcus": ["Mackan"], "Thomas": ["Tompa"],
    "Fredrik": ["Fredde"], "Patrik": ["Patte"], "Johan": ["Jojje"], "Niklas": ["Nicke"],
    "Kristoffer": ["Kricke", "Krille"], "Gustav": ["Gurra", "Gusse"], "Jonas": ["Jonte"],
    "Robert": ["Robban"], "Daniel": ["Danne"], "Sebastian": ["Sebbe"], "Henrik": ["Henke"],
    "Mattias": ["Matte"], "Tobias": ["Tobbe"], "Rickard": ["Ricky", "Rille"], "Annika": ["Anki"],
    "Viktoria": ["Vicky", "Vickan"], "Alexander": ["Alex", "Acke"], "Helena": ["Lena"],
    "Josefin": ["Jossan"], "Therese": ["Tessan"], "Caroline": ["Caro"], "Benjamin": ["Benji"],
    "Olof": ["Olle"], "Bengt": ["Bengan"], "Hans": ["Hasse"], "Sven": ["Svenne"], "Viktor": ["Vicke"],
    "William": ["Wille"], "Wilhelm": ["Wille"], "Filip": ["Fille"], "Oskar": ["Ogge"],
    "Kenneth": ["Kenta"], "Jan": ["Janne"], "Stefan": ["Steffe"], "Ulrika": ["Ullis"],
    "Madeleine": ["Maddy", "Madde"], "Emelie": ["Emmy"], "Gunilla": ["Gunsan"], "Elin": ["Ellie"],
    "Jessica": ["Jessie"], "Rebecka": ["Becka"], "Isabelle": ["Bella"], "Birgitta": ["Bittan", "Gittan"],
    "Ingegerd": ["Inga"], "Cecilia": ["Cissi"], "Matilda": ["Tilda"],
}  # fmt: skip
NICK_EN: dict[str, list[str]] = {
    "William": ["Will", "Bill"], "Robert": ["Rob", "Bob", "Bobby"], "Richard": ["Rich", "Rick"],
    "James": ["Jim", "Jimmy", "Jamie"], "Michael": ["Mike", "Mick"], "Elizabeth": ["Liz", "Beth", "Lizzie"],
    "Jennifer": ["Jen", "Jenny"], "Christopher": ["Chris"], "Thomas": ["Tom", "Tommy"],
    "Margaret": ["Maggie", "Peggy"], "Katherine": ["Kate", "Katie"], "Catherine": ["Cathy", "Kate"],
    "Joseph": ["Joe"], "Daniel": ["Dan", "Danny"], "Matthew": ["Matt"], "Anthony": ["Tony"],
    "Edward": ["Ed", "Ted"], "Stephen": ["Steve"], "Steven": ["Steve"], "Samuel": ["Sam"],
    "Benjamin": ["Ben"], "Alexander": ["Alex"], "Nicholas": ["Nick"], "Jonathan": ["Jon"],
    "Patricia": ["Pat", "Trish"], "Deborah": ["Debbie"], "Rebecca": ["Becky", "Becca"],
    "Victoria": ["Vicky", "Tori"], "Samantha": ["Sam"], "Susan": ["Sue", "Susie"],
    "Charles": ["Charlie", "Chuck"], "David": ["Dave"], "Andrew": ["Andy", "Drew"], "Timothy": ["Tim"],
    "Gregory": ["Greg"], "Kenneth": ["Ken"], "Jacqueline": ["Jackie"], "Abigail": ["Abby"],
    "Barbara": ["Barb"], "Philip": ["Phil"], "Gerald": ["Gerry"], "Ronald": ["Ron"], "Donald": ["Don"],
    "Raymond": ["Ray"], "Lawrence": ["Larry"], "Frederick": ["Fred", "Freddie"], "Nathan": ["Nate"],
    "Joshua": ["Josh"], "Kimberly": ["Kim"], "Pamela": ["Pam"], "Cynthia": ["Cindy"], "Sandra": ["Sandy"],
    "Judith": ["Judy"], "Christine": ["Chrissie"], "Eleanor": ["Ellie", "Nell"], "Harold": ["Harry"],
    "Henry": ["Harry"], "Alfred": ["Alf", "Alfie"], "Zachary": ["Zach"], "Jessica": ["Jess"],
    "Theodore": ["Theo", "Ted"], "Penelope": ["Penny"], "Dorothy": ["Dot"],
}  # fmt: skip
NICKNAMES: dict[str, dict[str, list[str]]] = {
    "swedish": NICK_SV,
    "us": NICK_EN,
    "uk": NICK_EN,
    "arabic": {"Mohammed": ["Mo", "Hamoudi"], "Mohamad": ["Mo"], "Abdullah": ["Abdu"], "Ibrahim": ["Ibbe"]},
    "finnish": {"Juha": ["Jussi"], "Markku": ["Make"], "Johanna": ["Jonna"], "Kristiina": ["Kirsi"]},
    "polish": {"Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"], "Aleksandra": ["Ola"], "Krzysztof": ["Krzysiek"], "Tomasz": ["Tomek"], "Michał": ["Michu"]},
    "bcs": {"Mehmed": ["Meho"], "Jasmina": ["Jasna"]},
    "ukrainian": {"Oleksandr": ["Sasha"], "Kateryna": ["Katia"], "Anastasiia": ["Nastia"], "Dmytro": ["Dima"]},
    "latin": {"Francisco": ["Pancho"], "José": ["Pepe"], "Francisca": ["Pancha"], "Alejandro": ["Ale"]},
    "german": {"Franziska": ["Franzi"], "Stefanie": ["Steffi"], "Matthias": ["Matze"]},
}  # fmt: skip
