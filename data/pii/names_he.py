# ruff: noqa: E501
"""Name pools of held-out HE (issue 15): names weighted by how often people carry them.

Written from general knowledge by HE's writer, a helper who tunes nothing and read none of rung's
lexicons or other sets' names: Swedish given names and surnames in the order of SCB's name
statistics (weight 1/rank; head the top 150, a tail of rarer names past them); the US Census 1990
lists (public domain, copied from the `names` package's `dist.female.first`, `dist.male.first` and
`dist.all.last` in the project's venv; the census per cent as weight, head 150); UK given names and
surnames in the order of the ONS rankings (1/rank; head 130 given names, 150 surnames); and the
commonest names of origins common in Sweden (1/rank, head 10). No name was checked against anything
in the repository, and none was left out for being known or unknown. Stdlib only.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this probability, else its tail


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
    assert len(set(names)) == len(names), "a name twice in one list"
    return Pool(names, tuple(1 / rank for rank in range(1, len(names) + 1)), min(head, len(names)))


def census(rows: tuple[tuple[str, float], ...], head: int) -> Pool:
    """A census list, the per cent as weight."""
    return Pool(tuple(n for n, _ in rows), tuple(p for _, p in rows), head)


# Swedish women's given names in SCB's rank order (360: head 150, tail 210).
SV_WOMEN = (
    "Maria", "Elisabeth", "Anna", "Kristina", "Margareta", "Eva", "Linnéa", "Karin", "Birgitta", "Marie",
    "Ingrid", "Sofia", "Christina", "Emma", "Sara", "Kerstin", "Helena", "Lena", "Ingegerd", "Johanna",
    "Marianne", "Cecilia", "Louise", "Inger", "Charlotte", "Ulla", "Susanne", "Viktoria", "Maja", "Malin",
    "Elin", "Hanna", "Ida", "Ulrika", "Linda", "Jenny", "Gunilla", "Matilda", "Monica", "Anita", "Elsa",
    "Barbro", "Julia", "Ebba", "Alice", "Amanda", "Ann", "Åsa", "Camilla", "Frida", "Annika", "Josefin",
    "Kajsa", "Agneta", "Astrid", "Siv", "Ellen", "Irene", "Lisa", "Karolina", "Katarina", "Wilma",
    "Therese", "Gun", "Yvonne", "Carina", "Emelie", "Klara", "Lovisa", "Britt", "Alexandra", "Gunnel",
    "Ella", "Olivia", "Moa", "Ingeborg", "Elisabet", "Sofie", "Caroline", "Madeleine", "Helen", "Susanna",
    "Jessica", "Mikaela", "Rebecka", "Viola", "Vera", "Agnes", "Elvira", "Felicia", "Isabelle", "Lina",
    "Maj", "Saga", "Stina", "Ester", "Emilia", "Lilly", "Signe", "Märta", "Charlotta", "Gerd", "Alva",
    "Ingela", "Lotta", "Pia", "Mona", "Britta", "Eleonora", "Kristin", "Mia", "Tove", "Sandra", "Nathalie",
    "Jeanette", "Ewa", "Lisbeth", "Sonja", "Ann-Christin", "Ronja", "Majken", "Gunhild", "Greta", "Tilda",
    "Vanessa", "Sigrid", "Hedvig", "Nina", "Rut", "Anette", "Solveig", "Elena", "Ylva", "Iris", "Gudrun",
    "Cornelia", "Hilda", "Ann-Sofie", "Josefine", "Tina", "Maud", "Nellie", "Evelina", "Liv", "Elise",
    "Stella", "Tuva", "Ellinor", "Marita", "Jennie", "Jennifer", "Mathilda", "Ann-Marie", "Lillemor",
    "Vendela", "Hillevi", "Ingalill", "Gunvor", "Rose-Marie", "Berit", "Bodil", "Ethel", "Dagmar", "Edla",
    "Tyra", "Alma", "Selma", "Ines", "Meja", "Leah", "Elly", "Freja", "Tindra", "Thea", "Lea", "Nova",
    "Juni", "Hedda", "Minna", "Annie", "Betty", "Svea", "Ann-Louise", "Marie-Louise", "Anna-Karin",
    "Anna-Lena", "Eva-Lena", "Ann-Charlotte", "Mari", "Marina", "Nadja", "Natalie", "Petra", "Pernilla",
    "Regina", "Sanna", "Sabina", "Sylvia", "Therése", "Veronica", "Vivianne", "Åse", "Anneli", "Annelie",
    "Britt-Marie", "Carin", "Catharina", "Christel", "Doris", "Edith", "Eivor", "Elsie", "Emy", "Estelle",
    "Evy", "Fanny", "Gabriella", "Gertrud", "Gisela", "Hjördis", "Inga", "Ingbritt", "Irma", "Jane", "Jill",
    "Kajsa-Stina", "Karola", "Katja", "Laila", "Lilian", "Lill", "Linn", "Lise-Lotte", "Lovis", "Magdalena",
    "Maj-Britt", "Malva", "Margit", "Marit", "Martina", "Mattilda", "Miranda", "Nanna", "Ninni", "Olga",
    "Paula", "Rakel", "Rigmor", "Ragnhild", "Sigbritt", "Siri", "Solbritt", "Tekla", "Tora", "Ulla-Britt",
    "Valborg", "Vilma", "Wivi", "Yvette", "Agda", "Alfhild", "Bibbi", "Cajsa", "Dorotea", "Ebon", "Elna",
    "Emmy", "Filippa", "Hulda", "Idun", "Isa", "Jonna", "Judit", "Lova", "Lykke", "Märit", "Nelly", "Oline",
    "Ottilia", "Ragna", "Rebecca", "Salma", "Smilla", "Solvig", "Sunniva", "Tuula", "Ulrica", "Ylvi",
    "Zara", "Alida", "Annica", "Beatrice", "Bianca", "Carola", "Caisa", "Dagny", "Elinor", "Emmeli",
    "Erika", "Hanne", "Henrietta", "Janina", "Jessika", "Johanne", "Kristel", "Liselott", "Louisa",
    "Lotten", "Majvor", "Malou", "Margot", "Mariana", "Merja", "Monika", "Nora", "Oda", "Pauline", "Ramona",
    "Rosita", "Rosie", "Solgerd", "Stefanie", "Susann", "Tanja", "Terese", "Tess", "Ulla-Stina", "Viveka",
    "Wanja", "Yngvild", "Agnetha", "Alexia", "Annsofi", "Birthe", "Charlie", "Dorit", "Ellie", "Emilie",
    "Evita", "Frideborg", "Ingvor", "Jolin", "Kim", "Lilja", "Majlis", "Mirjam", "Ottilie", "Siw", "Tiina",
    "Vivi", "Wendela", "Hilma", "Aurora", "Elina", "Amelie", "Livia", "Rosa", "Karita", "Mimmi", "Inez",
)  # fmt: skip

# Swedish men's given names in SCB's rank order (356: head 150, tail 206).
SV_MEN = (
    "Lars", "Karl", "Anders", "Johan", "Per", "Nils", "Carl", "Erik", "Mikael", "Jan", "Hans", "Peter",
    "Olof", "Gustav", "Thomas", "Lennart", "Bengt", "Sven", "Fredrik", "Bo", "Daniel", "Göran", "Alexander",
    "Åke", "Magnus", "Stefan", "Andreas", "Gunnar", "Axel", "Leif", "Mats", "Jonas", "Henrik", "Ulf",
    "Martin", "Arne", "Björn", "Mattias", "Oskar", "Kjell", "Ingvar", "Stig", "Christer", "Håkan", "Tommy",
    "David", "Rolf", "Emil", "Anton", "Roger", "Robert", "Marcus", "Niklas", "Simon", "Kent", "Patrik",
    "Sebastian", "Tomas", "Viktor", "Filip", "William", "Hugo", "Gustaf", "Rickard", "Joakim", "Lucas",
    "Elias", "Christian", "Adam", "Ludvig", "Oliver", "Liam", "Jakob", "Kristoffer", "Jesper", "Tobias",
    "Rasmus", "Isak", "Roland", "Bertil", "Ingemar", "Kurt", "Allan", "Rune", "Tord", "Torsten", "Sten",
    "Gösta", "Evert", "Harald", "Einar", "Vilhelm", "Eskil", "Sune", "Lage", "Tage", "Birger", "Linus",
    "Albin", "Edvin", "Melvin", "Noah", "Leo", "Theo", "Vincent", "Alfred", "Olle", "Arvid", "Elis", "Love",
    "Ture", "Yngve", "Ragnar", "Torbjörn", "Owe", "Uno", "Gert", "Jörgen", "Claes", "Conny", "Dan",
    "Kenneth", "Tony", "Jimmy", "Johnny", "Benny", "Pontus", "Jonathan", "Kevin", "Dennis", "Robin",
    "Samuel", "Joel", "Felix", "Max", "Hampus", "Gabriel", "Jens", "Jacob", "Josef", "Valter", "Ebbe",
    "August", "Viggo", "Sixten", "Otto", "Sigvard", "Helge", "Ivar", "Hjalmar", "Ove", "Krister",
    "Lars-Erik", "Karl-Erik", "Per-Olof", "Jan-Erik", "Sven-Erik", "Lars-Göran", "Karl-Johan", "Per-Erik",
    "Nils-Erik", "Bror", "Dag", "Folke", "Holger", "Jarl", "Knut", "Kåre", "Lennarth", "Malte", "Morgan",
    "Nicklas", "Ola", "Orvar", "Ossian", "Ragnvald", "Sigurd", "Sölve", "Teodor", "Tor", "Torgny",
    "Tryggve", "Vidar", "Wilhelm", "Wiktor", "Alvar", "Arnold", "Assar", "Bernt", "Björne", "Charlie",
    "Douglas", "Edvard", "Egon", "Elof", "Enar", "Erland", "Evald", "Fritiof", "Georg", "Gillis",
    "Gottfrid", "Gunder", "Hilding", "Holmfrid", "Inge", "Ingmar", "Ingolf", "Isidor", "Jöns", "Konrad",
    "Leopold", "Lorentz", "Måns", "Neo", "Nore", "Osvald", "Petter", "Ralf", "Reine", "Rikard", "Rudolf",
    "Seth", "Sigge", "Stellan", "Sture", "Svante", "Sverker", "Sylvester", "Thor", "Thure", "Torvald",
    "Ulrik", "Vilgot", "Yngvar", "Åsmund", "Östen", "Adrian", "Albert", "Alex", "Algot", "Ante", "Arild",
    "Aron", "Artur", "Bill", "Birk", "Casper", "Colin", "Dante", "Didrik", "Eddie", "Elvis", "Emanuel",
    "Eric", "Erling", "Fabian", "Frank", "Fredric", "Gideon", "Glenn", "Henning", "Hannes", "Harry",
    "Herman", "Hilmer", "Ingvald", "Ingve", "Jack", "Jimmie", "Joar", "Jon", "Julius", "Kalle", "Kasper",
    "Kim", "Kjell-Åke", "Leon", "Lukas", "Manfred", "Melker", "Milo", "Nathan", "Nicolas", "Noel", "Olav",
    "Oscar", "Peder", "Pär", "Ragne", "Ronny", "Ruben", "Sam", "Sigfrid", "Sivert", "Staffan", "Styrbjörn",
    "Ted", "Thorsten", "Tim", "Torkel", "Truls", "Ulrich", "Valdemar", "Vide", "Vilmer", "Åke-Olof",
    "Anselm", "Benjamin", "Boris", "Carl-Johan", "Curt", "Dick", "Eilert", "Elmer", "Esbjörn", "Fritz",
    "Gunne", "Halvar", "Helmer", "Hjalte", "Igor", "Jan-Olof", "Joachim", "John", "Kaj", "Karl-Gustav",
    "Lars-Olof", "Lenny", "Loke", "Matheo", "Mattis", "Mårten", "Nils-Olof", "Patric", "Per-Anders", "Roy",
    "Sören", "Sten-Åke", "Tommie", "Walter", "Örjan", "Alvin", "Ivan", "Mohammed", "Ali", "Ahmed", "Henry",
    "Frans", "Elliot", "Isac", "Alf", "Jerker", "Kennet", "Tristan", "Sigvald",
)  # fmt: skip

# Swedish surnames in SCB's rank order (380: head 150, tail 230; noble names last).
SV_SURNAMES = (
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
    "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson", "Lindberg",
    "Jakobsson", "Magnusson", "Carlsson", "Olofsson", "Lindström", "Lindqvist", "Lindgren", "Berg",
    "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren", "Lundqvist", "Mattsson", "Berglund",
    "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg", "Ali", "Wallin", "Mohammed", "Engström",
    "Eklund", "Danielsson", "Lundin", "Håkansson", "Björk", "Bergman", "Gunnarsson", "Holm", "Wikström",
    "Samuelsson", "Isaksson", "Fransson", "Bergqvist", "Nyström", "Holmberg", "Arvidsson", "Löfgren",
    "Söderberg", "Nyberg", "Blomqvist", "Claesson", "Nordström", "Mårtensson", "Lundström", "Ahmed",
    "Viklund", "Björklund", "Eliasson", "Pålsson", "Hassan", "Berggren", "Sandström", "Lund", "Nordin",
    "Ström", "Åberg", "Hermansson", "Ekström", "Holmgren", "Sundberg", "Hedlund", "Dahlberg", "Hellström",
    "Sjögren", "Abrahamsson", "Falk", "Martinsson", "Öberg", "Andreasson", "Strömberg", "Månsson", "Hansen",
    "Åkesson", "Dahl", "Lindholm", "Norberg", "Jonasson", "Sundqvist", "Ivarsson", "Åström", "Mohamed",
    "Lindahl", "Nordqvist", "Söderström", "Jensen", "Nordlund", "Hussein", "Omar", "Ek", "Backman",
    "Ibrahim", "Lindblom", "Lindén", "Sundström", "Eklöf", "Bergkvist", "Lindell", "Nygren", "Ottosson",
    "Lindkvist", "Forslund", "Wahlström", "Hedberg", "Strand", "Kristiansson", "Hedström", "Holmqvist",
    "Nylund", "Borg", "Ekman", "Friberg", "Söderlund", "Sundin", "Blom", "Ågren", "Lindroth", "Rosén",
    "Lindh", "Hjalmarsson", "Rydberg", "Wiklund", "Englund", "Öhman", "Berntsson", "Ekberg", "Jeppsson",
    "Hallberg", "Lilja", "Sjölund", "Lindvall", "Törnqvist", "Gustavsson", "Kjellberg", "Skoglund",
    "Granberg", "Westerberg", "Olausson", "Boström", "Sahlin", "Forsman", "Brandt", "Holmström", "Lundell",
    "Nord", "Stenberg", "Nordgren", "Thorén", "Hagström", "Edlund", "Rask", "Kvist", "Alm", "Wallgren",
    "Bäckström", "Ljung", "Moberg", "Bergh", "Vikström", "Petersson", "Sjöström", "Lindstedt", "Hägglund",
    "Karlberg", "Sjödin", "Björkman", "Lööf", "Åkerman", "Nordberg", "Fors", "Sjöqvist", "Ekholm",
    "Lindmark", "Nordlander", "Nordenskiöld", "Hedin", "Wennberg", "Bergendahl", "Lönn", "Lundkvist",
    "Malm", "Mård", "Norén", "Palm", "Rehn", "Ryberg", "Stål", "Strömqvist", "Sundell", "Svärd", "Tell",
    "Thelin", "Vesterlund", "Westin", "Wikberg", "Åsberg", "Österberg", "Östlund", "Andersén",
    "Bergenholtz", "Blomberg", "Burman", "Dahlgren", "Ekdahl", "Engberg", "Fahlén", "Frisk", "Grahn",
    "Gran", "Hallin", "Hammar", "Hagberg", "Hellberg", "Hjort", "Holmlund", "Höglund", "Jernberg", "Kling",
    "Krantz", "Lagerqvist", "Landin", "Larsén", "Lidén", "Ljungberg", "Ljunggren", "Lövgren", "Marklund",
    "Mellberg", "Modig", "Nordahl", "Nyqvist", "Olander", "Paulsson", "Pihl", "Rapp", "Rosengren",
    "Rudberg", "Rundqvist", "Sandin", "Schön", "Selin", "Sjölin", "Skog", "Sten", "Stenlund", "Strid",
    "Sundén", "Svahn", "Tapper", "Torstensson", "Ullberg", "Vallin", "Wallén", "Wester", "Wigren",
    "Zetterberg", "Zetterlund", "Åhlund", "Älmqvist", "Ölund", "Ahlberg", "Ahlström", "Almgren", "Almqvist",
    "Ankarberg", "Bergfors", "Berglöf", "Blixt", "Bolin", "Broberg", "Brodin", "Byström", "Carlberg",
    "Dahlin", "Edberg", "Edström", "Ekvall", "Elfström", "Enqvist", "Falkenberg", "Fjällström", "Flodin",
    "Forsell", "Frid", "Fält", "Gillberg", "Granlund", "Grönlund", "Gyllenhammar", "Hamrin", "Hedman",
    "Hellman", "Holmén", "Hultgren", "Hurtig", "Häggström", "Jakobsen", "Järv", "Kallin", "Kihlberg",
    "Lagergren", "Lejon", "Lindfors", "Ljungqvist", "Lundmark", "Malmberg", "Malmqvist", "Nerman",
    "Nordkvist", "Nordmark", "Norling", "Nyman", "Ohlsson", "Olin", "Pehrson", "Qvist", "Renberg", "Rydén",
    "Sandell", "Sandgren", "Segerström", "Sjökvist", "Sköld", "Stenmark", "Strandberg", "Strömgren",
    "Sundman", "Söderqvist", "Tengvall", "Tidholm", "Tjäder", "Unger", "Wahlberg", "Wallander", "Westman",
    "Widén", "Wikman", "Åkerlund", "Östman", "von Platen", "af Klercker", "von Essen", "De Geer",
    "af Ugglas", "von Sydow", "af Trolle", "von Otter", "Wachtmeister", "Lewenhaupt", "Gyllenstierna",
    "Stackelberg", "Leijonhufvud", "Bielke", "Posse", "Sparre", "Hamilton", "Douglas", "Bonde",
    "Oxenstierna",
)  # fmt: skip

# US Census 1990, dist.female.first: the first 400 names and their per cent.
US_WOMEN = (
    ("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.98), ("Elizabeth", 0.937),
    ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794), ("Margaret", 0.768), ("Dorothy", 0.727),
    ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667), ("Betty", 0.666), ("Helen", 0.663),
    ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565), ("Ruth", 0.562), ("Sharon", 0.522),
    ("Michelle", 0.519), ("Laura", 0.51), ("Sarah", 0.508), ("Kimberly", 0.504), ("Deborah", 0.494),
    ("Jessica", 0.49), ("Shirley", 0.482), ("Cynthia", 0.469), ("Angela", 0.468), ("Melissa", 0.462),
    ("Brenda", 0.455), ("Amy", 0.451), ("Anna", 0.44), ("Rebecca", 0.43), ("Virginia", 0.43),
    ("Kathleen", 0.424), ("Pamela", 0.416), ("Martha", 0.412), ("Debra", 0.408), ("Amanda", 0.404),
    ("Stephanie", 0.4), ("Carolyn", 0.385), ("Christine", 0.382), ("Marie", 0.379), ("Janet", 0.379),
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
    ("Josephine", 0.177), ("Thelma", 0.175), ("Shannon", 0.175), ("Sheila", 0.175), ("Ethel", 0.174),
    ("Ellen", 0.173), ("Elaine", 0.173), ("Marjorie", 0.173), ("Carrie", 0.171), ("Charlotte", 0.169),
    ("Monica", 0.166), ("Esther", 0.166), ("Pauline", 0.165), ("Emma", 0.165), ("Juanita", 0.164),
    ("Anita", 0.162), ("Rhonda", 0.162), ("Hazel", 0.161), ("Amber", 0.16), ("Eva", 0.159),
    ("Debbie", 0.157), ("April", 0.154), ("Leslie", 0.154), ("Clara", 0.153), ("Lucille", 0.153),
    ("Jamie", 0.153), ("Joanne", 0.15), ("Eleanor", 0.15), ("Valerie", 0.149), ("Danielle", 0.149),
    ("Megan", 0.147), ("Alicia", 0.146), ("Suzanne", 0.145), ("Michele", 0.145), ("Gail", 0.145),
    ("Bertha", 0.143), ("Darlene", 0.142), ("Veronica", 0.142), ("Jill", 0.142), ("Erin", 0.141),
    ("Geraldine", 0.141), ("Lauren", 0.137), ("Cathy", 0.137), ("Joann", 0.136), ("Lorraine", 0.135),
    ("Lynn", 0.135), ("Sally", 0.135), ("Regina", 0.133), ("Erica", 0.13), ("Beatrice", 0.13),
    ("Dolores", 0.129), ("Bernice", 0.128), ("Audrey", 0.127), ("Yvonne", 0.126), ("Annette", 0.125),
    ("June", 0.125), ("Samantha", 0.124), ("Marion", 0.122), ("Dana", 0.122), ("Stacy", 0.121),
    ("Ana", 0.12), ("Renee", 0.12), ("Ida", 0.118), ("Vivian", 0.118), ("Roberta", 0.117), ("Holly", 0.117),
    ("Brittany", 0.117), ("Melanie", 0.116), ("Loretta", 0.115), ("Yolanda", 0.115), ("Jeanette", 0.115),
    ("Laurie", 0.114), ("Katie", 0.113), ("Kristen", 0.111), ("Vanessa", 0.111), ("Alma", 0.111),
    ("Sue", 0.111), ("Elsie", 0.11), ("Beth", 0.11), ("Jeanne", 0.109), ("Vicki", 0.109), ("Carla", 0.107),
    ("Tara", 0.107), ("Rosemary", 0.107), ("Eileen", 0.105), ("Terri", 0.105), ("Gertrude", 0.103),
    ("Lucy", 0.103), ("Tonya", 0.102), ("Ella", 0.101), ("Stacey", 0.101), ("Wilma", 0.099),
    ("Gina", 0.099), ("Kristin", 0.099), ("Jessie", 0.098), ("Natalie", 0.098), ("Agnes", 0.098),
    ("Vera", 0.098), ("Willie", 0.097), ("Charlene", 0.097), ("Bessie", 0.096), ("Delores", 0.095),
    ("Melinda", 0.094), ("Pearl", 0.094), ("Arlene", 0.094), ("Maureen", 0.092), ("Colleen", 0.092),
    ("Allison", 0.092), ("Tamara", 0.092), ("Joy", 0.091), ("Georgia", 0.091), ("Constance", 0.091),
    ("Lillie", 0.09), ("Claudia", 0.09), ("Jackie", 0.09), ("Marcia", 0.09), ("Tanya", 0.089),
    ("Nellie", 0.089), ("Minnie", 0.089), ("Marlene", 0.088), ("Heidi", 0.088), ("Glenda", 0.088),
    ("Lydia", 0.086), ("Viola", 0.086), ("Courtney", 0.086), ("Marian", 0.086), ("Stella", 0.085),
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
    ("Geneva", 0.059), ("Guadalupe", 0.059), ("Belinda", 0.059), ("Margarita", 0.059), ("Sheryl", 0.059),
    ("Cora", 0.058), ("Faye", 0.058), ("Ada", 0.057), ("Natasha", 0.057), ("Sabrina", 0.057),
    ("Isabel", 0.057), ("Marguerite", 0.056), ("Hattie", 0.056), ("Harriet", 0.056), ("Molly", 0.055),
    ("Cecilia", 0.055), ("Kristi", 0.055), ("Brandi", 0.055), ("Blanche", 0.055), ("Sandy", 0.055),
    ("Rosie", 0.055), ("Joanna", 0.055), ("Iris", 0.055), ("Eunice", 0.054), ("Angie", 0.054),
    ("Inez", 0.053), ("Lynda", 0.053), ("Madeline", 0.052), ("Amelia", 0.052), ("Alberta", 0.052),
    ("Genevieve", 0.051), ("Monique", 0.051), ("Jodi", 0.051), ("Janie", 0.051), ("Maggie", 0.051),
    ("Kayla", 0.051), ("Sonya", 0.051), ("Jan", 0.051), ("Lee", 0.051), ("Kristine", 0.051),
    ("Candace", 0.051), ("Fannie", 0.05), ("Maryann", 0.05), ("Opal", 0.05), ("Alison", 0.05),
    ("Yvette", 0.05), ("Melody", 0.05), ("Luz", 0.049), ("Susie", 0.049), ("Olivia", 0.049),
    ("Flora", 0.049), ("Shelley", 0.049), ("Kristy", 0.048), ("Mamie", 0.048), ("Lula", 0.048),
    ("Lola", 0.048), ("Verna", 0.048), ("Beulah", 0.048), ("Antoinette", 0.048), ("Candice", 0.046),
    ("Juana", 0.046), ("Jeannette", 0.046), ("Pam", 0.046), ("Kelli", 0.046), ("Hannah", 0.045),
    ("Whitney", 0.045), ("Bridget", 0.045), ("Karla", 0.044), ("Celia", 0.044), ("Latoya", 0.043),
    ("Patty", 0.043), ("Shelia", 0.043), ("Gayle", 0.043), ("Della", 0.043), ("Vicky", 0.043),
    ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042), ("Kara", 0.041), ("Jacquelyn", 0.041),
    ("Erma", 0.041), ("Blanca", 0.041), ("Myra", 0.04), ("Leticia", 0.04), ("Pat", 0.04), ("Krista", 0.04),
    ("Roxanne", 0.04), ("Angelica", 0.039), ("Johnnie", 0.039), ("Robyn", 0.039), ("Francis", 0.039),
    ("Adrienne", 0.039), ("Rosalie", 0.039), ("Alexandra", 0.039), ("Brooke", 0.039), ("Bethany", 0.039),
    ("Sadie", 0.039), ("Bernadette", 0.039),
)  # fmt: skip

# US Census 1990, dist.male.first: the first 400 names and their per cent.
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
    ("Henry", 0.365), ("Carl", 0.346), ("Arthur", 0.335), ("Ryan", 0.328), ("Roger", 0.322), ("Joe", 0.321),
    ("Juan", 0.316), ("Jack", 0.315), ("Albert", 0.314), ("Jonathan", 0.313), ("Justin", 0.311),
    ("Terry", 0.311), ("Gerald", 0.309), ("Keith", 0.308), ("Samuel", 0.306), ("Willie", 0.302),
    ("Ralph", 0.282), ("Lawrence", 0.282), ("Nicholas", 0.275), ("Roy", 0.273), ("Benjamin", 0.27),
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
    ("Francis", 0.16), ("Bradley", 0.159), ("Jesus", 0.155), ("Herbert", 0.155), ("Frederick", 0.154),
    ("Ray", 0.153), ("Joel", 0.152), ("Edwin", 0.148), ("Don", 0.145), ("Eddie", 0.144), ("Ricky", 0.141),
    ("Troy", 0.138), ("Randall", 0.138), ("Barry", 0.134), ("Alexander", 0.132), ("Bernard", 0.127),
    ("Mario", 0.125), ("Leroy", 0.125), ("Francisco", 0.124), ("Marcus", 0.124), ("Micheal", 0.123),
    ("Theodore", 0.123), ("Clifford", 0.123), ("Miguel", 0.122), ("Oscar", 0.122), ("Jay", 0.118),
    ("Jim", 0.118), ("Tom", 0.117), ("Calvin", 0.115), ("Alex", 0.115), ("Jon", 0.115), ("Ronnie", 0.113),
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
    ("Neil", 0.066), ("Jessie", 0.065), ("Christian", 0.065), ("Javier", 0.065), ("Fernando", 0.065),
    ("Clinton", 0.065), ("Ted", 0.064), ("Mathew", 0.064), ("Tyrone", 0.064), ("Darren", 0.064),
    ("Lonnie", 0.064), ("Lance", 0.063), ("Cody", 0.063), ("Julio", 0.063), ("Kelly", 0.063),
    ("Kurt", 0.062), ("Allan", 0.061), ("Nelson", 0.061), ("Guy", 0.06), ("Clayton", 0.06), ("Hugh", 0.06),
    ("Max", 0.059), ("Dwayne", 0.059), ("Dwight", 0.058), ("Armando", 0.058), ("Felix", 0.058),
    ("Jimmie", 0.058), ("Everett", 0.057), ("Jordan", 0.056), ("Ian", 0.056), ("Wallace", 0.056),
    ("Ken", 0.055), ("Bob", 0.055), ("Jaime", 0.055), ("Casey", 0.054), ("Alfredo", 0.054),
    ("Alberto", 0.053), ("Dave", 0.053), ("Ivan", 0.053), ("Johnnie", 0.052), ("Sidney", 0.052),
    ("Byron", 0.052), ("Julian", 0.052), ("Isaac", 0.051), ("Morris", 0.051), ("Clifton", 0.05),
    ("Willard", 0.05), ("Daryl", 0.05), ("Ross", 0.05), ("Virgil", 0.049), ("Andy", 0.049),
    ("Marshall", 0.049), ("Salvador", 0.049), ("Perry", 0.049), ("Kirk", 0.049), ("Sergio", 0.049),
    ("Marion", 0.048), ("Tracy", 0.048), ("Seth", 0.048), ("Kent", 0.048), ("Terrance", 0.048),
    ("Rene", 0.048), ("Eduardo", 0.047), ("Terrence", 0.047), ("Enrique", 0.046), ("Freddie", 0.046),
    ("Wade", 0.045), ("Austin", 0.044), ("Stuart", 0.044), ("Fredrick", 0.043), ("Arturo", 0.043),
    ("Alejandro", 0.043), ("Jackie", 0.043), ("Joey", 0.043), ("Nick", 0.043), ("Luther", 0.043),
    ("Wendell", 0.042), ("Jeremiah", 0.042), ("Evan", 0.042), ("Julius", 0.042), ("Dana", 0.042),
    ("Donnie", 0.041), ("Otis", 0.041), ("Shannon", 0.04), ("Trevor", 0.04), ("Oliver", 0.04),
    ("Luke", 0.04), ("Homer", 0.04), ("Gerard", 0.04), ("Doug", 0.04), ("Kenny", 0.039), ("Hubert", 0.039),
    ("Angelo", 0.039), ("Shaun", 0.039), ("Lyle", 0.038), ("Matt", 0.038), ("Lynn", 0.038),
    ("Alfonso", 0.038), ("Orlando", 0.037), ("Rex", 0.037), ("Carlton", 0.037), ("Ernesto", 0.037),
    ("Cameron", 0.037), ("Neal", 0.037), ("Pablo", 0.036), ("Lorenzo", 0.036), ("Omar", 0.036),
    ("Wilbur", 0.036), ("Blake", 0.036), ("Grant", 0.036), ("Horace", 0.036), ("Roderick", 0.036),
    ("Kerry", 0.036), ("Abraham", 0.035), ("Willis", 0.035), ("Rickey", 0.035), ("Jean", 0.035),
    ("Ira", 0.035), ("Andres", 0.034), ("Cesar", 0.034), ("Johnathan", 0.034), ("Malcolm", 0.034),
    ("Rudolph", 0.034), ("Damon", 0.034), ("Kelvin", 0.034), ("Rudy", 0.034), ("Preston", 0.034),
    ("Alton", 0.033), ("Archie", 0.033), ("Marco", 0.033), ("Wm", 0.033), ("Pete", 0.032),
    ("Randolph", 0.032), ("Garry", 0.032), ("Geoffrey", 0.032), ("Jonathon", 0.032), ("Felipe", 0.032),
    ("Bennie", 0.032), ("Gerardo", 0.032), ("Ed", 0.032), ("Dominic", 0.032), ("Robin", 0.032),
    ("Loren", 0.032), ("Delbert", 0.031), ("Colin", 0.031), ("Guillermo", 0.031), ("Earnest", 0.031),
    ("Lucas", 0.031), ("Benny", 0.03), ("Noel", 0.03), ("Spencer", 0.03), ("Rodolfo", 0.03),
    ("Myron", 0.03), ("Edmund", 0.03), ("Garrett", 0.029), ("Salvatore", 0.029), ("Cedric", 0.029),
    ("Lowell", 0.029), ("Gregg", 0.029), ("Sherman", 0.028), ("Wilson", 0.028), ("Devin", 0.028),
    ("Sylvester", 0.028), ("Kim", 0.028), ("Roosevelt", 0.028), ("Israel", 0.028), ("Jermaine", 0.028),
)  # fmt: skip

# US Census 1990, dist.all.last: the first 450 names and their per cent (Mc, O' as written).
US_SURNAMES = (
    ("Smith", 1.006), ("Johnson", 0.81), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621),
    ("Davis", 0.48), ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor", 0.311),
    ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.31), ("White", 0.279), ("Harris", 0.275),
    ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254), ("Martinez", 0.234), ("Robinson", 0.233),
    ("Clark", 0.231), ("Rodriguez", 0.229), ("Lewis", 0.226), ("Lee", 0.22), ("Walker", 0.219),
    ("Hall", 0.2), ("Allen", 0.199), ("Young", 0.193), ("Hernandez", 0.192), ("King", 0.19),
    ("Wright", 0.189), ("Lopez", 0.187), ("Hill", 0.187), ("Scott", 0.185), ("Green", 0.183),
    ("Adams", 0.174), ("Baker", 0.171), ("Gonzalez", 0.166), ("Nelson", 0.162), ("Carter", 0.162),
    ("Mitchell", 0.16), ("Perez", 0.155), ("Roberts", 0.153), ("Turner", 0.152), ("Phillips", 0.149),
    ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141), ("Edwards", 0.137), ("Collins", 0.134),
    ("Stewart", 0.133), ("Sanchez", 0.13), ("Morris", 0.125), ("Rogers", 0.123), ("Reed", 0.122),
    ("Cook", 0.12), ("Morgan", 0.118), ("Bell", 0.117), ("Murphy", 0.117), ("Bailey", 0.115),
    ("Rivera", 0.113), ("Cooper", 0.113), ("Richardson", 0.112), ("Cox", 0.11), ("Howard", 0.11),
    ("Ward", 0.108), ("Torres", 0.108), ("Peterson", 0.107), ("Gray", 0.106), ("Ramirez", 0.105),
    ("James", 0.105), ("Watson", 0.103), ("Brooks", 0.103), ("Kelly", 0.102), ("Sanders", 0.1),
    ("Price", 0.099), ("Bennett", 0.099), ("Wood", 0.098), ("Barnes", 0.097), ("Ross", 0.096),
    ("Henderson", 0.095), ("Coleman", 0.095), ("Jenkins", 0.095), ("Perry", 0.094), ("Powell", 0.093),
    ("Long", 0.092), ("Patterson", 0.092), ("Hughes", 0.092), ("Flores", 0.092), ("Washington", 0.092),
    ("Butler", 0.091), ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales", 0.087), ("Bryant", 0.087),
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
    ("Perkins", 0.058), ("Hudson", 0.058), ("Spencer", 0.057), ("Gardner", 0.057), ("Stephens", 0.057),
    ("Payne", 0.057), ("Pierce", 0.056), ("Berry", 0.056), ("Matthews", 0.056), ("Arnold", 0.056),
    ("Wagner", 0.055), ("Willis", 0.055), ("Ray", 0.055), ("Watkins", 0.055), ("Olson", 0.055),
    ("Carroll", 0.055), ("Duncan", 0.055), ("Snyder", 0.055), ("Hart", 0.054), ("Cunningham", 0.054),
    ("Bradley", 0.054), ("Lane", 0.054), ("Andrews", 0.054), ("Ruiz", 0.054), ("Harper", 0.054),
    ("Fox", 0.053), ("Riley", 0.053), ("Armstrong", 0.053), ("Carpenter", 0.053), ("Weaver", 0.053),
    ("Greene", 0.053), ("Lawrence", 0.052), ("Elliott", 0.052), ("Chavez", 0.052), ("Sims", 0.052),
    ("Austin", 0.052), ("Peters", 0.052), ("Kelley", 0.052), ("Franklin", 0.051), ("Lawson", 0.051),
    ("Fields", 0.051), ("Gutierrez", 0.051), ("Ryan", 0.051), ("Schmidt", 0.051), ("Carr", 0.051),
    ("Vasquez", 0.051), ("Castillo", 0.051), ("Wheeler", 0.051), ("Chapman", 0.05), ("Oliver", 0.05),
    ("Montgomery", 0.049), ("Richards", 0.049), ("Williamson", 0.049), ("Johnston", 0.049),
    ("Banks", 0.048), ("Meyer", 0.048), ("Bishop", 0.048), ("McCoy", 0.048), ("Howell", 0.048),
    ("Alvarez", 0.048), ("Morrison", 0.048), ("Hansen", 0.047), ("Fernandez", 0.047), ("Garza", 0.047),
    ("Harvey", 0.047), ("Little", 0.046), ("Burton", 0.046), ("Stanley", 0.046), ("Nguyen", 0.046),
    ("George", 0.046), ("Jacobs", 0.046), ("Reid", 0.046), ("Kim", 0.045), ("Fuller", 0.045),
    ("Lynch", 0.045), ("Dean", 0.045), ("Gilbert", 0.045), ("Garrett", 0.045), ("Romero", 0.045),
    ("Welch", 0.044), ("Larson", 0.044), ("Frazier", 0.044), ("Burke", 0.044), ("Hanson", 0.043),
    ("Day", 0.043), ("Mendoza", 0.043), ("Moreno", 0.043), ("Bowman", 0.043), ("Medina", 0.042),
    ("Fowler", 0.042), ("Brewer", 0.042), ("Hoffman", 0.042), ("Carlson", 0.042), ("Silva", 0.042),
    ("Pearson", 0.042), ("Holland", 0.042), ("Douglas", 0.041), ("Fleming", 0.041), ("Jensen", 0.041),
    ("Vargas", 0.041), ("Byrd", 0.041), ("Davidson", 0.041), ("Hopkins", 0.041), ("May", 0.04),
    ("Terry", 0.04), ("Herrera", 0.04), ("Wade", 0.04), ("Soto", 0.04), ("Walters", 0.04), ("Curtis", 0.04),
    ("Neal", 0.039), ("Caldwell", 0.039), ("Lowe", 0.039), ("Jennings", 0.039), ("Barnett", 0.039),
    ("Graves", 0.039), ("Jimenez", 0.039), ("Horton", 0.039), ("Shelton", 0.039), ("Barrett", 0.039),
    ("O'Brien", 0.039), ("Castro", 0.039), ("Sutton", 0.038), ("Gregory", 0.038), ("McKinney", 0.038),
    ("Lucas", 0.038), ("Miles", 0.038), ("Craig", 0.038), ("Rodriquez", 0.037), ("Chambers", 0.037),
    ("Holt", 0.037), ("Lambert", 0.037), ("Fletcher", 0.037), ("Watts", 0.037), ("Bates", 0.037),
    ("Hale", 0.037), ("Rhodes", 0.037), ("Pena", 0.037), ("Beck", 0.037), ("Newman", 0.036),
    ("Haynes", 0.036), ("McDaniel", 0.036), ("Mendez", 0.036), ("Bush", 0.036), ("Vaughn", 0.036),
    ("Parks", 0.035), ("Dawson", 0.035), ("Santiago", 0.035), ("Norris", 0.035), ("Hardy", 0.035),
    ("Love", 0.035), ("Steele", 0.035), ("Curry", 0.035), ("Powers", 0.035), ("Schultz", 0.035),
    ("Barker", 0.035), ("Guzman", 0.034), ("Page", 0.034), ("Munoz", 0.034), ("Ball", 0.034),
    ("Keller", 0.034), ("Chandler", 0.034), ("Weber", 0.034), ("Leonard", 0.034), ("Walsh", 0.033),
    ("Lyons", 0.033), ("Ramsey", 0.033), ("Wolfe", 0.033), ("Schneider", 0.033), ("Mullins", 0.033),
    ("Benson", 0.033), ("Sharp", 0.033), ("Bowen", 0.033), ("Daniel", 0.033), ("Barber", 0.032),
    ("Cummings", 0.032), ("Hines", 0.032), ("Baldwin", 0.032), ("Griffith", 0.032), ("Valdez", 0.032),
    ("Hubbard", 0.032), ("Salazar", 0.032), ("Reeves", 0.032), ("Warner", 0.031), ("Stevenson", 0.031),
    ("Burgess", 0.031), ("Santos", 0.031), ("Tate", 0.031), ("Cross", 0.031), ("Garner", 0.031),
    ("Mann", 0.031), ("Mack", 0.031), ("Moss", 0.031), ("Thornton", 0.031), ("Dennis", 0.031),
    ("McGee", 0.031), ("Farmer", 0.03), ("Delgado", 0.03), ("Aguilar", 0.03), ("Vega", 0.03),
    ("Glover", 0.03), ("Manning", 0.03), ("Cohen", 0.03), ("Harmon", 0.03), ("Rodgers", 0.03),
    ("Robbins", 0.03), ("Newton", 0.03), ("Todd", 0.03), ("Blair", 0.03), ("Higgins", 0.03),
    ("Ingram", 0.03), ("Reese", 0.03), ("Cannon", 0.03), ("Strickland", 0.03), ("Townsend", 0.03),
    ("Potter", 0.03), ("Goodwin", 0.03), ("Walton", 0.03), ("Rowe", 0.029), ("Hampton", 0.029),
    ("Ortega", 0.029), ("Patton", 0.029), ("Swanson", 0.029), ("Joseph", 0.029), ("Francis", 0.029),
    ("Goodman", 0.029), ("Maldonado", 0.029), ("Yates", 0.029), ("Becker", 0.029), ("Erickson", 0.029),
    ("Hodges", 0.029), ("Rios", 0.029), ("Conner", 0.029), ("Adkins", 0.029), ("Webster", 0.028),
    ("Norman", 0.028), ("Malone", 0.028), ("Hammond", 0.028), ("Flowers", 0.028), ("Cobb", 0.028),
    ("Moody", 0.028), ("Quinn", 0.028), ("Blake", 0.028), ("Maxwell", 0.028), ("Pope", 0.028),
    ("Floyd", 0.027), ("Osborne", 0.027), ("Paul", 0.027), ("McCarthy", 0.027), ("Guerrero", 0.027),
    ("Lindsey", 0.027), ("Estrada", 0.027), ("Sandoval", 0.027), ("Gibbs", 0.027), ("Tyler", 0.027),
    ("Gross", 0.027), ("Fitzgerald", 0.027), ("Stokes", 0.027), ("Doyle", 0.027), ("Sherman", 0.027),
    ("Saunders", 0.027), ("Wise", 0.027), ("Colon", 0.027), ("Gill", 0.027), ("Alvarado", 0.027),
    ("Greer", 0.026), ("Padilla", 0.026), ("Simon", 0.026), ("Waters", 0.026), ("Nunez", 0.026),
    ("Ballard", 0.026), ("Schwartz", 0.026), ("McBride", 0.026), ("Houston", 0.026), ("Christensen", 0.026),
    ("Klein", 0.026), ("Pratt", 0.026), ("Briggs", 0.026), ("Parsons", 0.026), ("McLaughlin", 0.026),
    ("Zimmerman", 0.026), ("French", 0.026), ("Buchanan", 0.026), ("Moran", 0.026), ("Copeland", 0.025),
    ("Roy", 0.025), ("Pittman", 0.025), ("Brady", 0.025), ("McCormick", 0.025), ("Holloway", 0.025),
)  # fmt: skip

# UK women's given names in the order of the ONS rankings (226: head 130).
UK_WOMEN = (
    "Olivia", "Amelia", "Isla", "Ava", "Emily", "Sophia", "Grace", "Mia", "Poppy", "Ella", "Lily", "Evie",
    "Isabella", "Sophie", "Freya", "Charlotte", "Jessica", "Daisy", "Alice", "Florence", "Chloe", "Ruby",
    "Evelyn", "Sienna", "Harper", "Phoebe", "Matilda", "Elsie", "Ivy", "Rosie", "Emma", "Sarah", "Laura",
    "Rebecca", "Hannah", "Lauren", "Amy", "Rachel", "Katie", "Claire", "Helen", "Nicola", "Lisa", "Joanne",
    "Michelle", "Kelly", "Gemma", "Samantha", "Victoria", "Louise", "Zoe", "Natalie", "Jennifer",
    "Elizabeth", "Catherine", "Karen", "Susan", "Julie", "Sharon", "Tracey", "Deborah", "Jacqueline",
    "Angela", "Margaret", "Patricia", "Linda", "Janet", "Christine", "Pauline", "Carol", "Alison", "Jane",
    "Anne", "Mary", "Joan", "Dorothy", "Jean", "Sandra", "Gillian", "Wendy", "Lynn", "Amanda", "Kirsty",
    "Stacey", "Leanne", "Danielle", "Jade", "Abigail", "Megan", "Holly", "Lucy", "Bethany", "Eleanor",
    "Georgia", "Millie", "Molly", "Scarlett", "Isabel", "Imogen", "Harriet", "Eliza", "Maisie", "Willow",
    "Aria", "Layla", "Esme", "Beatrice", "Martha", "Maya", "Lola", "Erin", "Heidi", "Bella", "Eva", "Anna",
    "Fiona", "Heather", "Morag", "Kathleen", "Sheila", "Brenda", "Valerie", "Maureen", "Irene", "Shirley",
    "Hazel", "Lesley", "Yvonne", "Caroline", "Emma-Louise", "Frances", "Rosemary", "Barbara", "Elaine",
    "Diane", "Tina", "Lorraine", "Dawn", "Donna", "Andrea", "Paula", "Teresa", "Rosie-May", "Jodie",
    "Charlene", "Hayley", "Kerry", "Sian", "Rhiannon", "Bronwen", "Ffion", "Cerys", "Catrin", "Seren",
    "Mairi", "Eilidh", "Ailsa", "Shona", "Kirsteen", "Aoife", "Siobhan", "Niamh", "Ciara", "Orla", "Roisin",
    "Bridget", "Nora", "Edith", "Ada", "Mabel", "Violet", "Iris", "Hattie", "Penelope", "Clara", "Thea",
    "Nancy", "Robyn", "Naomi", "Keira", "Jasmine", "Amber", "Leah", "Paige", "Courtney", "Chelsea",
    "Shannon", "Tegan", "Libby", "Ellie", "Amelie", "Annabel", "Felicity", "Jemima", "Arabella", "Tabitha",
    "Philippa", "Pippa", "Vanessa", "Melanie", "Tanya", "Sally", "Joy", "June", "Audrey", "Marjorie",
    "Doreen", "Gladys", "Vera", "Sylvia", "Rita", "Ann", "Josephine", "Gail", "Jill", "Lindsay", "Fay",
    "Marion", "Moira", "Rhona", "Sonia", "Zara", "Aisha", "Amina", "Fatima", "Hollie",
)  # fmt: skip

# UK men's given names in the order of the ONS rankings (225: head 130).
UK_MEN = (
    "Oliver", "George", "Noah", "Arthur", "Harry", "Leo", "Muhammad", "Jack", "Charlie", "Oscar", "Jacob",
    "Henry", "Thomas", "Freddie", "Alfie", "Theo", "William", "Theodore", "Archie", "Joshua", "Alexander",
    "James", "Isaac", "Edward", "Lucas", "Tommy", "Finley", "Max", "Logan", "Ethan", "Mohammed", "Teddy",
    "Benjamin", "Arlo", "Joseph", "Sebastian", "Harrison", "Elijah", "Adam", "Daniel", "Samuel", "Louie",
    "Mason", "Reuben", "Albie", "Rory", "Jaxon", "Hugo", "Luca", "Zachary", "Reggie", "Hunter", "Louis",
    "Dylan", "Albert", "David", "Jude", "Frankie", "Roman", "Ezra", "Toby", "Riley", "Carter", "Ronnie",
    "Frederick", "Gabriel", "Stanley", "Bobby", "Jesse", "Michael", "Elliot", "Grayson", "Liam", "Jenson",
    "Ellis", "Harley", "Harvey", "Jayden", "Jake", "Ralph", "Rowan", "Sonny", "Caleb", "Ryan", "Tyler",
    "Matthew", "Christopher", "Andrew", "Paul", "Mark", "Richard", "Stephen", "Robert", "John", "Peter",
    "Ian", "Simon", "Neil", "Gary", "Darren", "Lee", "Craig", "Jason", "Martin", "Anthony", "Kevin", "Alan",
    "Brian", "Graham", "Keith", "Colin", "Stuart", "Gareth", "Nigel", "Trevor", "Derek", "Barry", "Kenneth",
    "Roy", "Dennis", "Raymond", "Terence", "Geoffrey", "Malcolm", "Philip", "Nicholas", "Jonathan",
    "Timothy", "Steven", "Wayne", "Dean", "Scott", "Ross", "Callum", "Connor", "Kieran", "Aaron", "Luke",
    "Nathan", "Jamie", "Sam", "Ben", "Joe", "Dominic", "Owen", "Rhys", "Dafydd", "Ewan", "Fraser", "Hamish",
    "Angus", "Alistair", "Duncan", "Gordon", "Douglas", "Iain", "Lewis", "Cameron", "Kyle", "Bradley",
    "Jordan", "Shane", "Carl", "Russell", "Glen", "Clive", "Howard", "Leslie", "Norman", "Frank", "Ernest",
    "Walter", "Cyril", "Harold", "Leonard", "Sidney", "Bernard", "Dale", "Lloyd", "Gavin", "Adrian",
    "Julian", "Rupert", "Giles", "Hugh", "Edmund", "Ciaran", "Declan", "Sean", "Padraig", "Gethin", "Iwan",
    "Emyr", "Huw", "Rhodri", "Aled", "Cerith", "Alasdair", "Ruaridh", "Calum", "Euan", "Murray", "Finlay",
    "Struan", "Archibald", "Kenny", "Tony", "Terry", "Vincent", "Victor", "Patrick", "Kieron", "Jay",
    "Reece", "Brandon", "Josh", "Alfred", "Ronald", "Donald", "Eric", "Gerald", "Maurice", "Lionel",
    "Roger", "Rodney",
)  # fmt: skip

# UK surnames in the order of their frequency (339: head 150).
UK_SURNAMES = (
    "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson",
    "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall",
    "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill", "Ward",
    "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen", "James", "Scott",
    "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths", "Mitchell", "Kelly",
    "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy", "Miller", "Cox",
    "Richards", "Khan", "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Singh", "Begum", "Wilkinson",
    "Foster", "Chapman", "Powell", "Webb", "Rogers", "Gray", "Mason", "Ali", "Hunt", "Hussain", "Campbell",
    "Matthews", "Owen", "Palmer", "Holmes", "Mills", "Barnes", "Knight", "Lloyd", "Butler", "Russell",
    "Barker", "Fisher", "Stevens", "Jenkins", "Murray", "Dixon", "Harvey", "Graham", "Pearson", "Ahmed",
    "Fletcher", "Walsh", "Kaur", "Gibson", "Howard", "Andrews", "Stewart", "Elliott", "Reynolds",
    "Saunders", "Payne", "Fox", "Ford", "Pearce", "Day", "Brooks", "West", "Lawrence", "Cole", "Atkinson",
    "Bradley", "Spencer", "Gill", "Dawson", "Ball", "Burton", "O'Brien", "Watts", "Rose", "Booth", "Perry",
    "Ryan", "Grant", "Wells", "Armstrong", "Francis", "Rees", "Hayes", "Hart", "Hudson", "Newman",
    "Barrett", "Webster", "Hunter", "Gregory", "Carr", "Lowe", "Page", "Marsh", "Riley", "Dunn", "Woods",
    "Parsons", "Berry", "Stone", "Reid", "Holland", "Hawkins", "Harding", "Porter", "Robertson", "Newton",
    "Oliver", "Reed", "Kennedy", "Williamson", "Bird", "Gardner", "Shah", "Dean", "Lane", "Cooke", "Bates",
    "Henderson", "Parry", "Burgess", "Bishop", "Walton", "Burns", "Nicholson", "Shepherd", "Ross", "Cross",
    "Long", "Freeman", "Warren", "Nicholls", "Hamilton", "Byrne", "Sutton", "McDonald", "Yates", "Hodgson",
    "Robson", "Curtis", "Hopkins", "O'Connor", "Harper", "Coleman", "Watkins", "Moss", "McCarthy",
    "Chambers", "O'Neill", "Griffin", "Sharp", "Hardy", "Wheeler", "Potter", "Osborne", "Johnston",
    "Gordon", "Doyle", "Wallace", "George", "Jordan", "Hutchinson", "Reeves", "Pritchard", "Lamb", "Slater",
    "Rowe", "Fraser", "Morton", "Frost", "Fuller", "Sanders", "Knowles", "Lynch", "Mann", "Hodges",
    "Barber", "Bolton", "Brennan", "Buckley", "Bull", "Caldwell", "Cartwright", "Dale", "Doherty", "Duncan",
    "Farrell", "Fleming", "Garner", "Gilbert", "Goodwin", "Hancock", "Hargreaves", "Hewitt", "Higgins",
    "Hilton", "Horton", "Howe", "Hurst", "Jarvis", "Jennings", "Kemp", "Kirby", "Kirk", "Lambert", "Little",
    "Lucas", "Lyons", "MacDonald", "Mackenzie", "Maxwell", "McLean", "Melville", "Nash", "Norris",
    "O'Sullivan", "Pope", "Quinn", "Randall", "Read", "Rhodes", "Sandhu", "Schofield", "Sims", "Steele",
    "Stokes", "Sullivan", "Swift", "Thomson", "Thornton", "Tucker", "Vaughan", "Wade", "Walters", "Weston",
    "Whitehead", "Wilkins", "Winter", "Wyatt", "Abbott", "Ashton", "Austin", "Barlow", "Baxter", "Begg",
    "Blackburn", "Bond", "Brook", "Cameron", "Chadwick", "Crawford", "Dyer", "Eaton", "Fenwick", "Forbes",
    "Gough", "Hale", "Hammond", "Haworth", "Hobbs", "Holt", "Hume", "Iqbal", "Jeffries", "Lord", "Marsden",
    "Metcalfe", "Naylor", "Ogden", "Pickering", "Ramsay", "Sharma", "Skinner", "Storey", "Tait", "Todd",
    "Townsend", "Whittaker", "Wilde", "Birch", "Pike",
)  # fmt: skip

# finnish: women's given names, commonest first
FINNISH_WOMEN = (
    "Anneli", "Johanna", "Tuula", "Päivi", "Anne", "Kaarina", "Marjatta", "Hannele", "Helena", "Sari",
    "Pirjo", "Leena", "Satu", "Riitta", "Tiina", "Minna", "Aino", "Eila", "Sirpa", "Merja", "Kirsi",
    "Liisa", "Elina", "Sanna", "Raili", "Marja-Leena",
)  # fmt: skip

# finnish: men's given names, commonest first
FINNISH_MEN = (
    "Juhani", "Johannes", "Olavi", "Antero", "Tapani", "Kalevi", "Matti", "Timo", "Mikko", "Kari", "Jukka",
    "Pekka", "Antti", "Juha", "Markku", "Heikki", "Seppo", "Esa", "Jari", "Hannu", "Ilkka", "Tuomas",
    "Ville", "Janne", "Petri", "Veli-Matti",
)  # fmt: skip

# finnish: surnames, commonest first
FINNISH_SURNAMES = (
    "Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen",
    "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen",
    "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila",
    "Savolainen", "Lahtinen", "Ahonen", "Hietala", "Räsänen",
)  # fmt: skip

# arabic: women's given names, commonest first
ARABIC_WOMEN = (
    "Fatima", "Maryam", "Sara", "Noor", "Zainab", "Aisha", "Hiba", "Rasha", "Layla", "Amira", "Hanan",
    "Rana", "Dalia", "Yasmin", "Huda", "Lina", "Nadia", "Samira", "Reem", "Aya", "Malak", "Suha", "Nisrin",
    "Ninar", "Shamiram", "Nahrain", "Randa", "Rima",
)  # fmt: skip

# arabic: men's given names, commonest first
ARABIC_MEN = (
    "Mohammed", "Ahmed", "Ali", "Hassan", "Hussein", "Omar", "Ibrahim", "Mustafa", "Khaled", "Mahmoud",
    "Yousef", "Abdullah", "Karim", "Samir", "Ammar", "Haidar", "Bashar", "Rami", "Tariq", "Ziad", "Nabil",
    "Firas", "Sargon", "Ninos", "Aram", "Gabriel", "Yakob", "Elias", "Johnny",
)  # fmt: skip

# arabic: surnames, commonest first
ARABIC_SURNAMES = (
    "Ali", "Mohammed", "Hassan", "Ahmed", "Hussein", "Ibrahim", "Abdullah", "Khalil", "Saleh", "Jaber",
    "Haddad", "Al-Hashimi", "Al-Rubaie", "Kareem", "Jassim", "Abbas", "Younis", "Mahmoud", "Nasser",
    "Shamoun", "Barsoum", "Yousef", "Saliba", "Toma", "Khoshaba", "Bakir", "Lahdo", "Malki", "Hanna",
    "Issa", "Aziz", "Darwish", "Gabriel", "Ishak",
)  # fmt: skip

# somali: women's given names, commonest first
SOMALI_WOMEN = (
    "Fadumo", "Hodan", "Amina", "Sahra", "Hibo", "Ayan", "Khadra", "Ifrah", "Nimco", "Hawa", "Asha",
    "Sagal", "Ubah", "Fardowsa", "Muna", "Deeqa", "Ikran", "Halimo", "Ladan", "Hamdi", "Istahil",
)  # fmt: skip

# somali: men's given names, commonest first
SOMALI_MEN = (
    "Abdi", "Mohamed", "Ahmed", "Abdirahman", "Abdullahi", "Hassan", "Ali", "Omar", "Yusuf", "Abdikarim",
    "Mahad", "Liban", "Abdiaziz", "Said", "Farah", "Ismail", "Hamza", "Abdinasir", "Mukhtar", "Bashir",
    "Guled",
)  # fmt: skip

# somali: surnames, commonest first
SOMALI_SURNAMES = (
    "Mohamed", "Ahmed", "Ali", "Hassan", "Abdi", "Omar", "Yusuf", "Farah", "Warsame", "Jama", "Abdullahi",
    "Osman", "Hussein", "Ibrahim", "Nur", "Aden", "Adan", "Dahir", "Guled", "Hirsi", "Isse", "Mohamud",
    "Samatar", "Egal", "Duale", "Abdille",
)  # fmt: skip

# polish: women's given names, commonest first
POLISH_WOMEN = (
    "Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna", "Magdalena", "Elżbieta",
    "Joanna", "Aleksandra", "Monika", "Zofia", "Teresa", "Danuta", "Natalia", "Karolina", "Marta", "Beata",
    "Dorota", "Justyna", "Paulina", "Agata", "Iwona", "Grażyna",
)  # fmt: skip

# polish: men's given names, commonest first
POLISH_MEN = (
    "Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Jan", "Michał", "Marcin", "Stanisław", "Jakub",
    "Adam", "Marek", "Łukasz", "Grzegorz", "Mateusz", "Wojciech", "Mariusz", "Dariusz", "Zbigniew", "Jerzy",
    "Maciej", "Rafał", "Kamil", "Robert", "Sławomir",
)  # fmt: skip

# polish: surnames, commonest first
POLISH_SURNAMES = (
    "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński",
    "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Kwiatkowski", "Wojciechowski",
    "Krawczyk", "Kaczmarek", "Piotrowski", "Grabowski", "Zając", "Pawłowski", "Michalski", "Król",
    "Wieczorek", "Jabłoński", "Wróbel", "Nowakowski", "Majewski", "Olszewski", "Stępień", "Malinowski",
    "Jaworski", "Adamczyk", "Górski", "Nowicki", "Sikora", "Walczak", "Sadowski", "Zawadzki",
)  # fmt: skip

# persian: women's given names, commonest first
PERSIAN_WOMEN = (
    "Maryam", "Fatemeh", "Zahra", "Leila", "Shirin", "Parisa", "Nasrin", "Mahsa", "Azadeh", "Roya",
    "Samira", "Soheila", "Mitra", "Neda", "Golnaz", "Sara", "Nazanin", "Parvin", "Shabnam", "Elham", "Mina",
    "Bahar", "Tara", "Yasaman",
)  # fmt: skip

# persian: men's given names, commonest first
PERSIAN_MEN = (
    "Mohammad", "Ali", "Reza", "Hossein", "Mehdi", "Amir", "Hamid", "Saeed", "Majid", "Behrouz", "Dariush",
    "Farhad", "Kaveh", "Babak", "Arash", "Omid", "Navid", "Peyman", "Kamran", "Shahram", "Bijan", "Afshin",
    "Nima", "Pouya",
)  # fmt: skip

# persian: surnames, commonest first
PERSIAN_SURNAMES = (
    "Mohammadi", "Hosseini", "Ahmadi", "Rezaei", "Moradi", "Karimi", "Hashemi", "Jafari", "Ghorbani",
    "Rahimi", "Sadeghi", "Rostami", "Kazemi", "Mousavi", "Akbari", "Hosseinzadeh", "Alizadeh", "Azizi",
    "Ebrahimi", "Nazari", "Bagheri", "Heidari", "Shahbazi", "Tehrani", "Farahani", "Esfandiari", "Amini",
    "Sharifi",
)  # fmt: skip

# bcs: women's given names, commonest first
BCS_WOMEN = (
    "Amra", "Emina", "Jasmina", "Selma", "Lejla", "Ana", "Marija", "Jelena", "Ivana", "Mirela", "Azra",
    "Alma", "Sanela", "Senada", "Dragana", "Snežana", "Vesna", "Maja", "Mirjana", "Nermina", "Edina",
    "Aida", "Tijana", "Milica", "Gordana",
)  # fmt: skip

# bcs: men's given names, commonest first
BCS_MEN = (
    "Mirza", "Emir", "Adnan", "Dragan", "Zoran", "Goran", "Nenad", "Miroslav", "Ivan", "Marko", "Amir",
    "Edin", "Haris", "Almir", "Senad", "Dino", "Nikola", "Stefan", "Dejan", "Milan", "Vladimir", "Branko",
    "Samir", "Mehmed", "Enes",
)  # fmt: skip

# bcs: surnames, commonest first
BCS_SURNAMES = (
    "Hodžić", "Hadžić", "Begić", "Delić", "Kovačević", "Jovanović", "Petrović", "Nikolić", "Marković",
    "Đorđević", "Stojanović", "Horvat", "Babić", "Husić", "Mehmedović", "Hasanović", "Ibrahimović", "Alić",
    "Softić", "Mujić", "Čolić", "Šehić", "Subašić", "Ilić", "Pavlović", "Kovač", "Popović", "Tomić",
    "Omerović", "Halilović",
)  # fmt: skip

# turkish: women's given names, commonest first
TURKISH_WOMEN = (
    "Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Şerife", "Sultan", "Hülya", "Esra",
    "Merve", "Özlem", "Derya", "Gül", "Sevgi", "Aylin", "Büşra", "Ebru", "Nur", "Dilek", "Songül",
    "Yasemin", "Filiz",
)  # fmt: skip

# turkish: men's given names, commonest first
TURKISH_MEN = (
    "Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Osman", "Yusuf", "Murat",
    "Ömer", "Ramazan", "Halil", "Süleyman", "Abdullah", "Mahmut", "Recep", "Emre", "Burak", "Serkan",
    "Kemal", "Cem", "Erdem",
)  # fmt: skip

# turkish: surnames, commonest first
TURKISH_SURNAMES = (
    "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir",
    "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Polat",
    "Korkmaz", "Güneş", "Erdoğan", "Aktaş", "Tekin", "Acar",
)  # fmt: skip

# eritrean: women's given names, commonest first
ERITREAN_WOMEN = (
    "Senait", "Helen", "Selam", "Rahel", "Yohana", "Saba", "Hiwet", "Lidia", "Meron", "Semhar", "Luwam",
    "Winta", "Freweyni", "Tsega", "Abeba", "Mebrat", "Almaz", "Ruth", "Elsa", "Mihret", "Segen",
)  # fmt: skip

# eritrean: men's given names, commonest first
ERITREAN_MEN = (
    "Yonas", "Daniel", "Tesfay", "Tekle", "Yohannes", "Dawit", "Mehari", "Filmon", "Samuel", "Robel",
    "Habtom", "Berhane", "Kidane", "Amanuel", "Ermias", "Merhawi", "Henok", "Biniam", "Teklay", "Aron",
)  # fmt: skip

# eritrean: surnames, commonest first
ERITREAN_SURNAMES = (
    "Tesfay", "Tekle", "Berhane", "Kidane", "Gebremedhin", "Haile", "Mehari", "Ghebreyesus", "Tesfamariam",
    "Woldemichael", "Habte", "Yohannes", "Andemariam", "Kahsay", "Negash", "Asmerom", "Ghirmay", "Weldu",
    "Hagos", "Gebru", "Abraha", "Zerai",
)  # fmt: skip

# afghan: women's given names, commonest first
AFGHAN_WOMEN = (
    "Fatima", "Zahra", "Maryam", "Nargis", "Shabana", "Farzana", "Masooda", "Roya", "Laila", "Soraya",
    "Mina", "Nilofar", "Parwana", "Freshta", "Shukria", "Malalai", "Hila", "Mursal", "Zarghona", "Sima",
    "Marzia",
)  # fmt: skip

# afghan: men's given names, commonest first
AFGHAN_MEN = (
    "Ahmad", "Mohammad", "Ali", "Hamid", "Abdul", "Mustafa", "Sayed", "Reza", "Jawad", "Farid", "Nasir",
    "Hussain", "Murtaza", "Mahdi", "Ramin", "Sohrab", "Najib", "Wahid", "Khalid", "Rahim", "Habib", "Yama",
)  # fmt: skip

# afghan: surnames, commonest first
AFGHAN_SURNAMES = (
    "Ahmadi", "Hussaini", "Rahimi", "Mohammadi", "Sultani", "Hashimi", "Amiri", "Noori", "Sadat", "Karimi",
    "Haidari", "Rezaie", "Jafari", "Akbari", "Azizi", "Rasuli", "Popal", "Stanikzai", "Wardak", "Safi",
    "Barakzai", "Hakimi", "Sharifi", "Nazari",
)  # fmt: skip

# thai: women's given names, commonest first
THAI_WOMEN = (
    "Supaporn", "Siriporn", "Kanya", "Malee", "Pornpimol", "Suda", "Wanida", "Nittaya", "Sunisa", "Ratana",
    "Jintana", "Kanokwan", "Nok", "Pim", "Lamai", "Araya", "Duangjai", "Sasithorn", "Chanida", "Orathai",
    "Saowalak",
)  # fmt: skip

# thai: men's given names, commonest first
THAI_MEN = (
    "Somchai", "Somsak", "Prasert", "Anan", "Chaiwat", "Surasak", "Niran", "Wichai", "Boonmee", "Sombat",
    "Thanawat", "Kittisak", "Nattapong", "Pichai", "Anurak", "Supachai", "Chatchai", "Arthit", "Weerapong",
    "Kriangsak",
)  # fmt: skip

# thai: surnames, commonest first
THAI_SURNAMES = (
    "Saetang", "Srisuk", "Wongsawat", "Chaiyaporn", "Somboon", "Phromma", "Thongdee", "Kaewkham",
    "Boonyarat", "Sukprasert", "Rattanakorn", "Siriwat", "Jaidee", "Meesuk", "Intharasuk", "Chanthawong",
    "Sangthong", "Kongkaew", "Suwannarat", "Yodsiri",
)  # fmt: skip

# latin: women's given names, commonest first
LATIN_WOMEN = (
    "María", "Carolina", "Camila", "Valentina", "Francisca", "Javiera", "Catalina", "Daniela", "Constanza",
    "Fernanda", "Paula", "Claudia", "Andrea", "Patricia", "Ximena", "Verónica", "Gabriela", "Paola",
    "Marcela", "Alejandra", "Lorena", "Carmen", "Rosa", "Isabel",
)  # fmt: skip

# latin: men's given names, commonest first
LATIN_MEN = (
    "José", "Juan", "Luis", "Carlos", "Jorge", "Cristián", "Francisco", "Diego", "Sebastián", "Matías",
    "Felipe", "Pablo", "Rodrigo", "Andrés", "Gonzalo", "Manuel", "Ricardo", "Miguel", "Alejandro",
    "Patricio", "Mauricio", "Claudio", "Víctor", "Héctor",
)  # fmt: skip

# latin: surnames, commonest first
LATIN_SURNAMES = (
    "González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez", "Sepúlveda",
    "Morales", "Rodríguez", "López", "Fuentes", "Hernández", "Torres", "Araya", "Flores", "Espinoza",
    "Valenzuela", "Castillo", "Tapia", "Reyes", "Gutiérrez", "Castro", "Vargas", "Álvarez", "Vásquez",
    "Sánchez", "Fernández", "Ramírez", "Carrasco",
)  # fmt: skip

# kurdish: women's given names, commonest first
KURDISH_WOMEN = (
    "Berivan", "Dilan", "Rojda", "Nazdar", "Zilan", "Avin", "Shilan", "Narin", "Rojin", "Jiyan", "Gulistan",
    "Delal", "Berfin", "Zozan", "Helin", "Viyan", "Ronahi", "Sherin", "Nasrin", "Kajal",
)  # fmt: skip

# kurdish: men's given names, commonest first
KURDISH_MEN = (
    "Dilovan", "Azad", "Rebwar", "Karwan", "Sherzad", "Hiwa", "Baran", "Serwan", "Ahmad", "Shwan", "Aram",
    "Rizgar", "Dler", "Hemin", "Zana", "Kawa", "Botan", "Bakhtiyar", "Soran", "Diyar", "Rojhat", "Welat",
)  # fmt: skip

# kurdish: surnames, commonest first
KURDISH_SURNAMES = (
    "Ahmad", "Mohammed", "Hussein", "Karim", "Aziz", "Rashid", "Mahmoud", "Abdullah", "Rasul", "Hassan",
    "Salih", "Qadir", "Amin", "Ismail", "Kaya", "Yildiz", "Baban", "Jaff", "Zebari", "Mustafa", "Omar",
    "Faraj", "Hawrami", "Barzani",
)  # fmt: skip

# ukrainian: women's given names, commonest first
UKRAINIAN_WOMEN = (
    "Olena", "Tetiana", "Nataliia", "Iryna", "Svitlana", "Oksana", "Yuliia", "Olha", "Mariia", "Anna",
    "Kateryna", "Viktoriia", "Liudmyla", "Halyna", "Nadiia", "Valentyna", "Alina", "Daria", "Sofiia",
    "Anastasiia",
)  # fmt: skip

# ukrainian: men's given names, commonest first
UKRAINIAN_MEN = (
    "Oleksandr", "Serhii", "Andrii", "Volodymyr", "Mykola", "Oleh", "Dmytro", "Yurii", "Vasyl", "Ivan",
    "Viktor", "Petro", "Maksym", "Artem", "Bohdan", "Taras", "Roman", "Vitalii", "Ihor", "Denys",
)  # fmt: skip

# ukrainian: surnames, commonest first
UKRAINIAN_SURNAMES = (
    "Melnyk", "Shevchenko", "Kovalenko", "Bondarenko", "Boiko", "Tkachenko", "Kravchenko", "Kovalchuk",
    "Koval", "Oliinyk", "Shevchuk", "Polishchuk", "Bondar", "Tkachuk", "Marchenko", "Lysenko", "Rudenko",
    "Savchenko", "Petrenko", "Moroz", "Kravets", "Pavlenko",
)  # fmt: skip

# german: women's given names, commonest first
GERMAN_WOMEN = (
    "Ursula", "Sabine", "Petra", "Monika", "Andrea", "Claudia", "Susanne", "Stefanie", "Katharina", "Julia",
    "Anja", "Nicole", "Birgit", "Heike", "Karin", "Gabriele", "Martina", "Sandra", "Kerstin", "Melanie",
    "Lena", "Hannah",
)  # fmt: skip

# german: men's given names, commonest first
GERMAN_MEN = (
    "Thomas", "Michael", "Andreas", "Stefan", "Klaus", "Wolfgang", "Jürgen", "Frank", "Uwe", "Peter",
    "Markus", "Matthias", "Christian", "Jens", "Dirk", "Torsten", "Holger", "Sven", "Jörg", "Bernd",
    "Lukas", "Tobias",
)  # fmt: skip

# german: surnames, commonest first
GERMAN_SURNAMES = (
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
    "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
    "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause",
)  # fmt: skip

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(ranked(SV_WOMEN, 150), ranked(SV_MEN, 150), ranked(SV_SURNAMES, 150)),
    "us": Origin(census(US_WOMEN, 150), census(US_MEN, 150), census(US_SURNAMES, 150)),
    "uk": Origin(ranked(UK_WOMEN, 130), ranked(UK_MEN, 130), ranked(UK_SURNAMES, 150)),
    "finnish": Origin(
        ranked(FINNISH_WOMEN, 10), ranked(FINNISH_MEN, 10), ranked(FINNISH_SURNAMES, 10)
    ),
    "arabic": Origin(ranked(ARABIC_WOMEN, 10), ranked(ARABIC_MEN, 10), ranked(ARABIC_SURNAMES, 10)),
    "somali": Origin(ranked(SOMALI_WOMEN, 10), ranked(SOMALI_MEN, 10), ranked(SOMALI_SURNAMES, 10)),
    "polish": Origin(ranked(POLISH_WOMEN, 10), ranked(POLISH_MEN, 10), ranked(POLISH_SURNAMES, 10)),
    "persian": Origin(
        ranked(PERSIAN_WOMEN, 10), ranked(PERSIAN_MEN, 10), ranked(PERSIAN_SURNAMES, 10)
    ),
    "bcs": Origin(ranked(BCS_WOMEN, 10), ranked(BCS_MEN, 10), ranked(BCS_SURNAMES, 10)),
    "turkish": Origin(
        ranked(TURKISH_WOMEN, 10), ranked(TURKISH_MEN, 10), ranked(TURKISH_SURNAMES, 10)
    ),
    "eritrean": Origin(
        ranked(ERITREAN_WOMEN, 10), ranked(ERITREAN_MEN, 10), ranked(ERITREAN_SURNAMES, 10)
    ),
    "afghan": Origin(ranked(AFGHAN_WOMEN, 10), ranked(AFGHAN_MEN, 10), ranked(AFGHAN_SURNAMES, 10)),
    "thai": Origin(ranked(THAI_WOMEN, 10), ranked(THAI_MEN, 10), ranked(THAI_SURNAMES, 10)),
    "latin": Origin(ranked(LATIN_WOMEN, 10), ranked(LATIN_MEN, 10), ranked(LATIN_SURNAMES, 10)),
    "kurdish": Origin(
        ranked(KURDISH_WOMEN, 10), ranked(KURDISH_MEN, 10), ranked(KURDISH_SURNAMES, 10)
    ),
    "ukrainian": Origin(
        ranked(UKRAINIAN_WOMEN, 10), ranked(UKRAINIAN_MEN, 10), ranked(UKRAINIAN_SURNAMES, 10)
    ),
    "german": Origin(ranked(GERMAN_WOMEN, 10), ranked(GERMAN_MEN, 10), ranked(GERMAN_SURNAMES, 10)),
}

# Who is named, per language of the row: Swedish text names people roughly as Sweden's population
# is; English text is mostly American and British; mixed text is Swedish workplaces with guests
# and colleagues from abroad (German anglers are the commonest fishing tourists in Sweden).
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 68, "arabic": 5.5, "finnish": 4, "polish": 2.5, "bcs": 2.2, "persian": 2.2,
        "somali": 1.8, "german": 1.5, "turkish": 1.4, "kurdish": 1.4, "afghan": 1.4, "ukrainian": 1.3,
        "eritrean": 1.1, "latin": 1, "thai": 1, "uk": 0.8, "us": 0.6,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 8, "german": 3, "polish": 2, "latin": 1.5, "arabic": 1.5,
        "finnish": 1, "somali": 0.8, "persian": 0.8, "turkish": 0.8, "ukrainian": 0.8, "bcs": 0.6,
        "thai": 0.6, "eritrean": 0.4, "afghan": 0.4, "kurdish": 0.4,
    },
    "mixed": {
        "swedish": 50, "uk": 10, "us": 9, "german": 5, "arabic": 4, "finnish": 3, "polish": 3,
        "bcs": 2, "persian": 2, "somali": 1.5, "turkish": 1.5, "kurdish": 1.2, "afghan": 1.2,
        "ukrainian": 1.2, "eritrean": 1, "thai": 1, "latin": 1,
    },
}  # fmt: skip

_NICK_SV = {
    "Lars": ("Lasse",), "Mikael": ("Micke",), "Joakim": ("Jocke",), "Karl": ("Kalle",), "Carl": ("Calle",),
    "Per": ("Pelle", "Perra"), "Charlotte": ("Lotta",), "Charlotta": ("Lotta",), "Susanne": ("Sussie", "Sanna"),
    "Margareta": ("Maggan", "Greta"), "Elisabeth": ("Lisa", "Bettan"), "Kristina": ("Kicki", "Stina"),
    "Christina": ("Kicki", "Tina"), "Thomas": ("Tompa",), "Tomas": ("Tompa",), "Magnus": ("Mange",),
    "Fredrik": ("Fredde",), "Kristoffer": ("Kricke",), "Ulf": ("Uffe",), "Stefan": ("Steffe",), "Patrik": ("Patte",),
    "Bengt": ("Bengan",), "Daniel": ("Danne",), "Robert": ("Robban",), "Gustav": ("Gurra", "Gusse"),
    "Gustaf": ("Gurra",), "Mattias": ("Matte",), "Marcus": ("Mackan",), "Christer": ("Crille",),
    "Christian": ("Chrille",), "Jonas": ("Jonte",), "Jan": ("Janne",), "Leif": ("Leffe",), "Rolf": ("Roffe",),
    "Torbjörn": ("Tobbe",), "Tobias": ("Tobbe",), "Kent": ("Kenta",), "Sebastian": ("Sebbe",),
    "Niklas": ("Nicke",), "Oskar": ("Ogge",), "Viktor": ("Vicke",), "Katarina": ("Kattis",),
    "Madeleine": ("Madde",), "Rebecka": ("Becka",), "Josefin": ("Jossan",), "Isabelle": ("Bella",),
    "Therese": ("Tessan",), "Viktoria": ("Vickan",), "Birgitta": ("Gittan", "Bigge"), "Gunilla": ("Nilla",),
    "Bo": ("Bosse",), "Anders": ("Ante",), "Hans": ("Hasse",), "Nils": ("Nisse",),
    "Kjell": ("Kjelle",), "Roger": ("Roffe",), "Alexander": ("Alex",), "Andreas": ("Andy",),
    "Benny": ("Benke",), "Håkan": ("Håkke",), "Sven": ("Svenne",), "Lennart": ("Lelle",), "Erik": ("Erre",),
}  # fmt: skip
_NICK_EN = {
    "William": ("Will", "Bill"), "Robert": ("Rob", "Bob"), "Richard": ("Rick", "Rich"), "James": ("Jim", "Jamie"),
    "Michael": ("Mike", "Mick"), "Christopher": ("Chris",), "Elizabeth": ("Liz", "Beth"), "Jennifer": ("Jen",),
    "Margaret": ("Maggie", "Peggy"), "Katherine": ("Kate", "Kathy"), "Catherine": ("Cathy", "Kate"),
    "Thomas": ("Tom",), "Daniel": ("Dan",), "Matthew": ("Matt",), "Anthony": ("Tony",), "Joseph": ("Joe",),
    "David": ("Dave",), "Steven": ("Steve",), "Stephen": ("Steve",), "Edward": ("Ed", "Ted"), "Samuel": ("Sam",),
    "Benjamin": ("Ben",), "Alexander": ("Alex",), "Jonathan": ("Jon",), "Nicholas": ("Nick",),
    "Patricia": ("Pat", "Trish"), "Rebecca": ("Becky",), "Susan": ("Sue",), "Deborah": ("Debbie",),
    "Victoria": ("Vicky",), "Andrew": ("Andy",), "Philip": ("Phil",), "Timothy": ("Tim",), "Kenneth": ("Ken",),
    "Raymond": ("Ray",), "Terence": ("Terry",), "Gerald": ("Gerry",), "Charles": ("Charlie", "Chuck"),
    "Donald": ("Don",), "Ronald": ("Ron",), "Gregory": ("Greg",), "Jeffrey": ("Jeff",), "Douglas": ("Doug",),
    "Lawrence": ("Larry",), "Frederick": ("Fred",), "Alfred": ("Alf",), "Barbara": ("Barb",),
    "Pamela": ("Pam",), "Samantha": ("Sam",), "Christine": ("Chris",), "Kimberly": ("Kim",),
    "Jacqueline": ("Jackie",), "Abigail": ("Abbie",), "Eleanor": ("Ellie",), "Joshua": ("Josh",),
    "Zachary": ("Zach",), "Nathan": ("Nate",), "Gareth": ("Gaz",), "Alistair": ("Ali",), "Angus": ("Gus",),
}  # fmt: skip
_NICK_FI = {"Matti": ("Masa",), "Juhani": ("Jussi",), "Johannes": ("Jussi",), "Markku": ("Make",), "Heikki": ("Hessu",)}  # fmt: skip
_NICK_DE = {"Wolfgang": ("Wolfi",), "Michael": ("Micha",), "Andreas": ("Andi",), "Katharina": ("Kathi",), "Stefanie": ("Steffi",)}  # fmt: skip
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": _NICK_SV, "uk": _NICK_EN, "us": _NICK_EN, "finnish": _NICK_FI, "german": _NICK_DE,
}  # fmt: skip

_PLAIN = {"ł": "l", "Ł": "L", "ı": "i", "İ": "I", "đ": "dj", "Đ": "Dj", "ß": "ss"}


def plain(word: str) -> str:
    """A name as typed on a keyboard without its letters (`Wiśniewski` -> `Wisniewski`)."""
    word = "".join(_PLAIN.get(ch, ch) for ch in word)
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch)
    )


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: -ski -> -ska, -cki -> -cka, -dzki -> -dzka."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname
