# ruff: noqa: E501
"""Name pools for held-out DO (issue 15): names as the population has them, by origin and by weight.

Written from general knowledge by a helper who read none of rung's lexicons or other sets' names:
Swedish given names and surnames in the order of SCB's name statistics (weight 1/rank, head the top
150, a tail of rarer names past them), the US Census 1990 lists (public domain, copied from the
`names` package's `dist.female.first`, `dist.male.first` and `dist.all.last`; the census per cent as
weight, head 150), UK names in the order of the ONS rankings (1/rank), and the commonest given names
and surnames of origins common in Sweden (1/rank, head 10). The names were not checked against
anything in the repository; none is left out for being known or unknown. `HISTORIC` holds the
given names and fathers' names of 1800s church books, for patronymics (`Olsdotter`, `Persson`).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this probability, else from the tail


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
    """A list in rank order, weight 1/rank."""
    assert len(set(names)) == len(names), [n for n in names if names.count(n) > 1]
    return Pool(names, tuple(1 / rank for rank in range(1, len(names) + 1)), min(head, len(names)))


def census(rows: tuple[tuple[str, float], ...], head: int) -> Pool:
    """A census list: the per cent of people carrying the name is its weight."""
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


# Swedish women's given names in SCB's rank order (the top 150 are the head; the rest, rarer, the tail).
SV_WOMEN = (
    "Maria", "Elisabeth", "Anna", "Kristina", "Margareta", "Eva", "Linnéa", "Karin", "Birgitta",
    "Marie", "Ingrid", "Emma", "Sofia", "Christina", "Kerstin", "Sara", "Lena", "Helena", "Johanna",
    "Marianne", "Louise", "Ida", "Inger", "Elin", "Cecilia", "Hanna", "Susanne", "Julia", "Anneli",
    "Malin", "Ulla", "Viktoria", "Amanda", "Ann", "Linda", "Jenny", "Monica", "Ingegerd", "Gunilla",
    "Elsa", "Camilla", "Matilda", "Ebba", "Frida", "Alice", "Annika", "Carina", "Ulrika", "Agneta",
    "Katarina", "Charlotte", "Josefin", "Emilia", "Barbro", "Siv", "Gun", "Britt", "Astrid", "Lisa",
    "Maja", "Wilma", "Therese", "Anette", "Åsa", "Caroline", "Jessica", "Pia", "Gunnel", "Ellen",
    "Moa", "Nathalie", "Klara", "Sandra", "Elina", "Alva", "Ella", "Isabelle", "Olivia", "Lovisa",
    "Madeleine", "Mona", "Rebecka", "Ann-Marie", "Ann-Christin", "Margit", "Elisabet", "Helen",
    "Maj", "Karolina", "Irene", "Yvonne", "Gunborg", "Inga", "Märta", "Britt-Marie", "Solveig",
    "Agnes", "Stina", "Marina", "Sonja", "Gerd", "Ingela", "Elvira", "Saga", "Felicia", "Tove",
    "Emelie", "Erika", "Mikaela", "Jennie", "Jeanette", "Lina", "Mia", "Anita", "Berit", "Ewa",
    "Vera", "Freja", "Tilda", "Tova", "Selma", "Nora", "Stella", "Lilly", "Ingeborg", "Eleonora",
    "Hedvig", "Ronja", "Tyra", "Signe", "Vilma", "Linn", "Josefine", "Petra", "Veronica", "Viveka",
    "Kristin", "Helene", "Marita", "Rut", "Gunvor", "Ester", "Greta", "Alexandra", "Fanny", "Hilda",
    "Majken", "Iris", "Cornelia", "Evelina", "Pernilla", "Ann-Sofie", "Birgit", "Sigrid", "Aina",
    "Ylva", "Liv", "Tuva", "Nellie", "Hillevi", "Ingalill", "Elise", "Gabriella", "Natalie",
    "Melissa", "Jasmine", "Amelia", "Katrin", "Teresia", "Ann-Louise", "Harriet", "Dagmar", "Elsie",
    "Judith", "Beatrice", "Minna", "Agda", "Alfhild", "Alma", "Amalia", "Anja", "Annie", "Annelie",
    "Antonia", "Augusta", "Bella", "Bodil", "Britta", "Cajsa", "Carin", "Catrin", "Clara",
    "Dorotea", "Edit", "Edla", "Eira", "Elfrida", "Ellinor", "Elna", "Engla", "Esther", "Evy",
    "Fredrika", "Gertrud", "Gudrun", "Gullvi", "Hedda", "Henrietta", "Hjördis", "Ina", "Inez",
    "Irma", "Isa", "Jonna", "Juni", "Kajsa", "Laila", "Lea", "Lilian", "Liselott", "Lovis", "Lydia",
    "Majvor", "Malva", "Margaretha", "Mariana", "Maud", "Meja", "Mira", "Molly", "My", "Märit",
    "Naima", "Nea", "Ninni", "Olga", "Ottilia", "Paula", "Rakel", "Ragnhild", "Rosa", "Sally",
    "Sanna", "Signhild", "Sigbritt", "Siri", "Svea", "Tekla", "Thyra", "Tindra", "Ulrica",
    "Valborg", "Vendela", "Viola", "Vivianne", "Asta", "Aurora", "Benita", "Berta", "Betty",
    "Dagny", "Doris", "Edith", "Elly", "Elvy", "Emmy", "Estelle", "Evelyn", "Filippa", "Flora",
    "Gerda", "Gisela", "Gunhild", "Hulda", "Kaisa", "Lisbeth", "Majlis", "Margot", "Mathilda",
    "Melina", "Milla", "Mimmi", "Mirjam", "Nanna", "Nina", "Noomi", "Pauline", "Regina", "Rigmor",
    "Rosalie", "Ruth", "Sigrun", "Sylvia", "Tea", "Thea", "Tina", "Tora", "Ulla-Britt", "Vanja",
    "Vivi", "Yrsa", "Alba", "Livia", "Wilhelmina", "Emilie", "Elisa", "Ines", "Nova", "Adina",
    "Agnetha", "Alicia", "Ann-Charlotte", "Ann-Kristin", "Anna-Karin", "Anna-Lena", "Anna-Lisa",
    "Ann-Britt", "Ann-Mari", "Anne", "Annette", "Beata", "Bibbi", "Brita", "Britt-Inger", "Carola",
    "Catarina", "Charlotta", "Christine", "Daniela", "Elvina", "Eivor", "Elida", "Elinor",
    "Marie-Louise", "Ellie", "Eva-Karin", "Frideborg", "Gull-Britt", "Gunbritt", "Gunnvor",
    "Hellen", "Ingegärd", "Ingelöv", "Eva-Lena", "Ingvor", "Irja", "Jane", "Janina", "Jannike",
    "Jenni", "Josefina", "Kari", "Karolin", "Katja", "Kerttu", "Laura", "Lillemor", "Lilli",
    "Anna-Maria", "Lisen", "Lotten", "Madelene", "Maj-Britt", "Maj-Lis", "Margareth", "Marika",
    "Marit", "Marlene", "Mary", "Matilde", "Mette", "Katharina", "Nadja", "Nelly", "Ninnie", "Oda",
    "Pernille", "Petronella", "Ragna", "Rebecca", "Rosita", "Gun-Britt", "Sanja", "Sif", "Signild",
    "Sina", "Sofie", "Solbritt", "Sonia", "Stefanie", "Susann", "Tilde", "Tiina", "Torun",
    "Ulla-Karin", "Una", "Valentina", "Vilja", "Vivan", "Wivianne", "Zara", "Åse", "Alida", "Amira",
    "Cassandra", "Celina", "Edda", "Eila", "Eleonor", "Elma"
)  # fmt: skip

# Swedish men's given names in SCB's rank order (head 150, then the tail).
SV_MEN = (
    "Lars", "Karl", "Anders", "Johan", "Per", "Erik", "Carl", "Nils", "Jan", "Lennart", "Mikael",
    "Hans", "Olof", "Gustav", "Peter", "Thomas", "Bengt", "Fredrik", "Daniel", "Sven", "Magnus",
    "Bo", "Åke", "Stefan", "Alexander", "Göran", "Andreas", "Oskar", "Gunnar", "Mats", "Kjell",
    "Leif", "Marcus", "Ulf", "Christer", "Stig", "Martin", "Henrik", "Mattias", "Tommy", "Rolf",
    "Björn", "Roger", "Johannes", "Jonas", "Patrik", "Niklas", "Arne", "Axel", "Emil", "Christian",
    "Anton", "David", "Ingemar", "Kent", "Viktor", "Sebastian", "Robert", "Filip", "Rickard",
    "Hugo", "Elias", "William", "Lucas", "Oscar", "Joakim", "Simon", "Kenneth", "Tobias",
    "Jonathan", "Adam", "Isak", "Ingvar", "Sten", "Gösta", "Hampus", "Rasmus", "Linus", "Jakob",
    "Kurt", "Tomas", "Dan", "Claes", "Torbjörn", "Ove", "Roland", "Håkan", "Ola", "Jesper", "Jimmy",
    "Robin", "Max", "Albin", "Oliver", "Ludvig", "Theo", "Liam", "Noah", "Elliot", "Leo", "Vincent",
    "Edvin", "Melvin", "Alfred", "Arvid", "Valter", "Olle", "Harry", "Gabriel", "Samuel",
    "Benjamin", "Josef", "Kevin", "Dennis", "Joel", "Birger", "Sune", "Rune", "Bertil", "Allan",
    "Evert", "Folke", "Tage", "Inge", "Conny", "Glenn", "Urban", "Pontus", "Jens", "Kristoffer",
    "Sixten", "Harald", "Georg", "Vilhelm", "Einar", "Ivar", "Gustaf", "Wilhelm", "Viggo", "Elis",
    "Love", "Milo", "Melker", "Sigge", "Frans", "August", "Otto", "Douglas", "Jörgen", "Pär",
    "Torsten", "Helge", "Egon", "Bernt", "Adrian", "Agne", "Albert", "Alf", "Algot", "Alvar",
    "Alvin", "Ante", "Artur", "Assar", "Benny", "Berndt", "Bror", "Bruno", "Casper", "Curt", "Dag",
    "Edgar", "Edvard", "Egil", "Eskil", "Esbjörn", "Evald", "Felix", "Ferdinand", "Fritiof", "Gert",
    "Gillis", "Greger", "Halvar", "Henning", "Herbert", "Hilding", "Holger", "Ivan", "Jarl", "Joar",
    "Jöns", "Kaj", "Kennet", "Kim", "Knut", "Kristian", "Lage", "Leander", "Levi", "Loke", "Lukas",
    "Malte", "Mauritz", "Måns", "Nicklas", "Nathan", "Orvar", "Osvald", "Paul", "Petrus", "Rikard",
    "Ragnar", "Reinhold", "Roine", "Ronny", "Ruben", "Rudolf", "Sam", "Seth", "Sigfrid", "Sigurd",
    "Sonny", "Staffan", "Stellan", "Sture", "Svante", "Teodor", "Thor", "Tor", "Tord", "Tore",
    "Torgny", "Torvald", "Uno", "Valdemar", "Verner", "Vidar", "Yngve", "Östen", "Örjan", "Ebbe",
    "Ture", "Vilgot", "Colin", "Charlie", "Isac", "Hjalmar", "Jack", "Kasper", "Mio", "Nils-Erik",
    "Per-Olof", "Karl-Erik", "Lars-Göran", "Jan-Olof", "Sven-Erik", "Carl-Johan", "Per-Anders",
    "Lars-Erik", "Anders-Petter", "Arnold", "Bernhard", "Björn-Olof", "Carl-Gustaf", "Christoffer",
    "Didrik", "Eilert", "Elov", "Emanuel", "Enar", "Erling", "Ernst", "Jan-Erik", "Fredric",
    "Karl-Gustav", "Gottfrid", "Gunder", "Gustaf-Adolf", "Hadar", "Hannes", "Harri", "Helmer",
    "Henry", "Ingmar", "Ingolf", "Isidor", "Sven-Olof", "Janne", "Jerker", "Jesse", "Jimmie", "Jon",
    "Jonatan", "Justus", "Kaspar", "Klas", "Kristofer", "Krister", "Lauri", "Lave", "Lennarth",
    "Lorentz", "Ludwig", "Magne", "Mathias", "Mattis", "Melwin", "Mons", "Natanael", "Nore", "Odd",
    "Bengt-Göran", "Nils-Olof", "Patric", "Lars-Åke", "Pehr", "Peder", "Per-Erik", "Per-Gunnar",
    "Ragnvald", "Ralf", "Reidar", "Richard", "Per-Åke", "Lars-Gunnar", "Ronald", "Rurik", "Sander",
    "Sebastien", "Severin", "Sivert", "Sten-Åke", "Stig-Olof", "Sverker", "Karl-Johan", "Teo",
    "Torkel", "Tim", "Lars-Olof", "Ulrik", "Ulrich", "Valentin", "Hans-Erik", "Wiktor", "Yngvar",
    "Åsmund", "Älvar", "Öjvind", "Per-Arne", "Konrad", "Mårten", "Sigvard", "Vilmer", "Elton",
    "Ingvald"
)  # fmt: skip

# Swedish surnames in SCB's rank order (head 150; the tail has rarer names, soldiers' names and noble names).
SV_SURNAMES = (
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
    "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson",
    "Lindberg", "Jakobsson", "Magnusson", "Lindström", "Olofsson", "Lindqvist", "Lindgren", "Berg",
    "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren", "Lundqvist", "Mattsson", "Berglund",
    "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg", "Ali", "Wallin", "Mohammed",
    "Engström", "Eklund", "Danielsson", "Lundin", "Håkansson", "Björk", "Bergman", "Gunnarsson",
    "Holm", "Wikström", "Samuelsson", "Isaksson", "Fransson", "Bergqvist", "Nyström", "Holmberg",
    "Arvidsson", "Löfgren", "Söderberg", "Nyberg", "Blomqvist", "Claesson", "Nordström", "Ahmed",
    "Mårtensson", "Lundström", "Hassan", "Viklund", "Björklund", "Eliasson", "Pålsson", "Berggren",
    "Sandström", "Lund", "Nordin", "Ström", "Åberg", "Falk", "Ekström", "Hermansson", "Holmgren",
    "Hellström", "Dahlberg", "Hedlund", "Sundberg", "Sjögren", "Ek", "Blom", "Abrahamsson",
    "Martinsson", "Öberg", "Andreasson", "Strömberg", "Månsson", "Åkesson", "Hansen", "Jonasson",
    "Norberg", "Sundström", "Lindholm", "Dahl", "Hedberg", "Sundqvist", "Holmqvist", "Ivarsson",
    "Mohamed", "Lindblom", "Nordqvist", "Göransson", "Hussein", "Lindahl", "Hedström", "Åström",
    "Omar", "Ibrahim", "Östlund", "Nyman", "Björkman", "Söderström", "Sjöström", "Jensen",
    "Ottosson", "Wiklund", "Nordlund", "Forslund", "Lindén", "Ekman", "Berntsson", "Augustsson",
    "Borg", "Westerberg", "Adolfsson", "Bäckström", "Strand", "Hallberg", "Sjölund", "Lindkvist",
    "Carlsson", "Ahlberg", "Kristiansson", "Englund", "Edlund", "Boman", "Hagström", "Malmberg",
    "Nygren", "Karlström", "Lindell", "Sandin", "Nylund", "Ahlström", "Alm", "Almqvist", "Arnesson",
    "Backlund", "Bergkvist", "Bergh", "Bergsten", "Björling", "Blomberg", "Bodin", "Brandt",
    "Broberg", "Carlberg", "Dahlgren", "Dahlström", "Edström", "Ekberg", "Ekholm", "Ekwall",
    "Fagerström", "Falkenberg", "Flodin", "Frisk", "Fors", "Forsman", "Franzén", "Frid", "Granberg",
    "Granlund", "Grahn", "Gren", "Gustavsson", "Hagberg", "Hammar", "Hedman", "Hedin", "Helgesson",
    "Hellberg", "Hellman", "Holmström", "Hult", "Hultgren", "Häggström", "Högberg", "Jernberg",
    "Kjellberg", "Kling", "Knutsson", "Kvist", "Lagerqvist", "Lagerström", "Lantz", "Lidén",
    "Liljegren", "Lilja", "Lindman", "Ljung", "Ljungberg", "Ljunggren", "Lorentzon", "Lövgren",
    "Malm", "Malmström", "Modig", "Mörk", "Nord", "Norén", "Norling", "Nyqvist", "Palm", "Pihl",
    "Qvist", "Rask", "Renström", "Rosén", "Rosenberg", "Rydberg", "Rylander", "Selin", "Sjödin",
    "Skoglund", "Sköld", "Stenberg", "Stenström", "Strömgren", "Sundin", "Svanberg", "Svedberg",
    "Söderlund", "Thorsson", "Thunberg", "Torstensson", "Tång", "Vikström", "Wahlström", "Wallgren",
    "Wennberg", "Westin", "Widén", "Wikman", "Åhlin", "Åkerman", "Åkerlund", "Öhman", "Östberg",
    "Östman", "Stark", "Tapper", "Ståhl", "Dristig", "Glad", "Rapp", "Kämpe", "Hurtig", "Flink",
    "Snäll", "Trygg", "Lustig", "Skarp", "Ahlqvist", "Andersén", "Appelqvist", "Arnell", "Asplund",
    "Axén", "Backman", "Bergenholtz", "Berglöf", "Bergquist", "Berner", "Billing", "Bjurström",
    "Blixt", "Boström", "Brink", "Brodin", "Burman", "Bylund", "Cederlund", "Cronholm", "Dahlin",
    "Dahlqvist", "Ehn", "Ekdahl", "Eklöf", "Elfström", "Elg", "Enqvist", "Envall", "Fjällström",
    "Forsgren", "Forsell", "Fredin", "Fröberg", "Gahm", "Grönlund", "Grönberg", "Gullberg",
    "Gyllenberg", "Hagman", "Hallin", "Hammarberg", "Hedenström", "Hjelm", "Holmlund", "Hägg",
    "Höglund", "Isberg", "Jarl", "Kallin", "Kallström", "Kihlberg", "Kjellin", "Klang", "Kronqvist",
    "Lagergren", "Larsén", "Lejon", "Lidberg", "Linder", "Lindroth", "Lindwall", "Ljungqvist",
    "Lundell", "Lundholm", "Löf", "Löwenhielm", "Magnell", "Mellberg", "Moberg", "Mossberg",
    "Niklasson", "Norrman", "Nyholm", "Näslund", "Olander", "Orrenius", "Palmqvist", "Pehrsson",
    "Ringström", "Rudberg", "Runesson", "Rönnqvist", "Sahlin", "Sandgren", "Selander", "Sellberg",
    "Sjölander", "Skog", "Sohlberg", "Stenlund", "Stjernberg", "Strandberg", "Sundell", "Svärd",
    "Sylvén", "Tegnér", "Thelin", "Tidblad", "Toll", "Unger", "Vallin", "Wadman", "Wahlberg",
    "Wallén", "Wendel", "Westman", "Wiberg", "Zetterberg", "Zackrisson", "Åman", "Ödman", "Örn",
    "von Platen", "af Klercker", "von Essen", "De Geer", "af Ugglas", "von Sydow", "Gyllenstierna",
    "Wachtmeister", "Lewenhaupt", "Cederström", "Silfverschiöld", "Oxenstierna", "Hamilton",
    "Bonde", "Posse", "Fleetwood"
)  # fmt: skip

# US Census 1990, dist.female.first: the first 400 names with the census per cent.
US_WOMEN = (
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
    0.039), ("Brooke", 0.039), ("Bethany", 0.039), ("Sadie", 0.039), ("Bernadette", 0.039)
)  # fmt: skip

# US Census 1990, dist.male.first: the first 400 names with the census per cent.
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
    0.028), ("Roosevelt", 0.028), ("Israel", 0.028), ("Jermaine", 0.028)
)  # fmt: skip

# US Census 1990, dist.all.last: the first 420 names with the census per cent.
US_SURNAMES = (
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
    0.027), ("Doyle", 0.027), ("Sherman", 0.027)
)  # fmt: skip

# UK women's given names in the ONS rankings' order (recent births first, then their mothers' and grandmothers' generations).
UK_F = (
    "Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Isabella", "Rosie", "Sophia", "Grace",
    "Freya", "Willow", "Florence", "Emily", "Ella", "Poppy", "Evie", "Elsie", "Charlotte", "Evelyn",
    "Sienna", "Sofia", "Daisy", "Phoebe", "Sophie", "Alice", "Harper", "Matilda", "Ruby", "Emilia",
    "Maya", "Millie", "Isabelle", "Eva", "Luna", "Jessica", "Sarah", "Emma", "Laura", "Rebecca",
    "Hannah", "Claire", "Lisa", "Michelle", "Nicola", "Helen", "Karen", "Susan", "Julie", "Joanne",
    "Amanda", "Rachel", "Samantha", "Kelly", "Gemma", "Lauren", "Stacey", "Danielle", "Victoria",
    "Catherine", "Elizabeth", "Margaret", "Patricia", "Mary", "Jean", "Janet", "Christine", "Linda",
    "Deborah", "Tracey", "Alison", "Angela", "Jacqueline", "Louise", "Natalie", "Zoe", "Chloe",
    "Megan", "Amy", "Katie", "Jade", "Abigail", "Holly", "Lucy", "Georgia", "Bethany", "Eleanor",
    "Joan", "Dorothy", "Barbara", "Sheila", "Pauline", "Carol", "Valerie", "Maureen", "Brenda",
    "Gillian", "Wendy", "Pamela", "Sandra", "Jennifer", "Anne", "Kathleen", "Doreen", "Irene",
    "Eileen", "Sylvia", "Joyce", "Hazel", "Ann", "Lesley", "Marion", "Rosemary", "Heather", "Diane",
    "Judith", "Shirley", "Beverley", "Lorraine", "Sharon", "Andrea", "Kirsty", "Leanne", "Hayley",
    "Charlene", "Emma-Jane", "Kayleigh", "Jodie", "Sophie-Mae", "Harriet", "Imogen", "Jasmine",
    "Scarlett", "Lola", "Erin", "Niamh", "Aoife", "Ciara", "Siobhan", "Rhiannon", "Cerys",
    "Bronwen", "Eilidh", "Morag", "Fiona", "Ailsa", "Iona", "Catriona", "Mairi", "Annabel",
    "Beatrice", "Clementine", "Penelope", "Arabella", "Rosalind", "Hermione", "Verity", "Felicity",
    "Philippa", "Olive", "Edith", "Mabel", "Ada", "Nancy", "Violet", "Winifred", "Gladys", "Ethel",
    "Mildred", "Agnes", "Beryl", "Vera", "Phyllis", "Muriel", "Lilian", "Ivy-Rose", "Esme", "Thea",
    "Aurora", "Maisie", "Lacey", "Courtney", "Paige", "Shannon", "Rachael", "Vicky", "Jane", "Gail",
    "Tina", "Marie", "Lynn", "Dawn", "Yvonne", "Jenny", "Kerry", "Kim", "Lynne", "Mandy", "Julia"
)  # fmt: skip

# UK men's given names in the ONS rankings' order.
UK_M = (
    "Noah", "Oliver", "George", "Arthur", "Muhammad", "Leo", "Harry", "Oscar", "Archie", "Henry",
    "Theodore", "Freddie", "Jack", "Charlie", "Theo", "Alfie", "Jacob", "Thomas", "Finley", "Arlo",
    "William", "Lucas", "Roman", "Tommy", "Isaac", "Teddy", "Edward", "Alexander", "Joshua",
    "James", "Daniel", "David", "Michael", "Christopher", "Matthew", "Andrew", "Paul", "Mark",
    "John", "Richard", "Robert", "Stephen", "Peter", "Steven", "Ian", "Gary", "Neil", "Simon",
    "Kevin", "Lee", "Craig", "Darren", "Jason", "Martin", "Anthony", "Adam", "Ryan", "Luke",
    "Benjamin", "Samuel", "Joseph", "Jamie", "Nathan", "Callum", "Liam", "Kieran", "Connor",
    "Jordan", "Ben", "Dylan", "Jake", "Lewis", "Ethan", "Mohammed", "Max", "Reuben", "Sebastian",
    "Toby", "Louie", "Elliot", "Rory", "Hugo", "Albert", "Frederick", "Stanley", "Alfred", "Ernest",
    "Sidney", "Harold", "Frank", "Walter", "Ronald", "Kenneth", "Dennis", "Brian", "Keith", "Colin",
    "Derek", "Graham", "Nigel", "Trevor", "Malcolm", "Barry", "Roger", "Alan", "Geoffrey",
    "Raymond", "Terence", "Philip", "Gordon", "Gerald", "Clive", "Wayne", "Dean", "Shaun", "Carl",
    "Russell", "Jonathan", "Timothy", "Nicholas", "Gareth", "Rhys", "Owen", "Dafydd", "Aled",
    "Hamish", "Angus", "Fraser", "Euan", "Ewan", "Finlay", "Alistair", "Duncan", "Stuart", "Gavin",
    "Ross", "Scott", "Grant", "Declan", "Patrick", "Sean", "Ciaran", "Niall", "Conor", "Aidan",
    "Harrison", "Mason", "Logan", "Riley", "Jayden", "Tyler", "Bradley", "Aaron", "Zachary", "Kai",
    "Ellis", "Jude", "Ezra", "Bobby", "Jenson", "Ronnie", "Reggie", "Stanley-James", "Leon",
    "Marcus", "Tristan", "Rupert", "Giles", "Crispin", "Piers", "Jeremy", "Julian", "Dominic",
    "Jasper", "Barnaby", "Ralph", "Cecil", "Percy", "Horace", "Leonard", "Herbert", "Norman",
    "Douglas", "Bernard", "Cyril", "Eric", "Leslie", "Victor", "Roy", "Arnold"
)  # fmt: skip

# UK surnames in rank order.
UK_S = (
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
    "Gilbert", "Willis", "Higgins", "Read", "Miles", "Stevenson", "Stephenson", "Hammond", "Arnold",
    "Buckley", "Walters", "Hewitt", "Barber", "Nelson", "Slater", "Austin", "Sullivan", "Whitehead",
    "Mann", "Frost", "Lambert", "Stephens", "Blake", "Akhtar", "Lynch", "Goodwin", "Barton",
    "Woodward", "Thomson", "Cunningham", "Quinn", "Barnett", "Baxter", "Bibi", "Clayton", "Nash",
    "Greenwood", "Jennings", "Holt", "Kemp", "Poole", "Gallagher", "Bond", "Stokes", "Tucker",
    "Davidson", "Fowler", "Heath", "Norman", "Middleton", "Lawson", "Banks", "French", "Stanley",
    "Jarvis", "Gibbs", "Ferguson", "Hayward", "Carroll", "Farrell", "Cartwright", "Ashworth",
    "Pickering", "Dobson", "Hartley", "Mellor"
)  # fmt: skip

FI_F = (
    "Maria", "Helena", "Johanna", "Anneli", "Kaarina", "Marjatta", "Hannele", "Tuula", "Päivi",
    "Sari", "Riitta", "Pirjo", "Kirsi", "Aino", "Eila", "Leena", "Minna", "Satu", "Tiina", "Anu",
    "Liisa", "Sirpa", "Tarja", "Ritva", "Marja", "Seija", "Irja", "Aila"
)  # fmt: skip

FI_M = (
    "Juhani", "Johannes", "Mikael", "Olavi", "Antero", "Tapani", "Kalevi", "Matti", "Timo", "Pekka",
    "Kari", "Jari", "Mikko", "Juha", "Heikki", "Markku", "Seppo", "Esa", "Veikko", "Pentti",
    "Reijo", "Jukka", "Ilkka", "Raimo", "Tapio", "Erkki", "Lauri"
)  # fmt: skip

FI_S = (
    "Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen",
    "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi",
    "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen",
    "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen", "Hiltunen",
    "Kemppainen", "Toivonen"
)  # fmt: skip

AR_F = (
    "Fatima", "Maryam", "Zainab", "Noor", "Sara", "Aisha", "Layla", "Hiba", "Rana", "Amal", "Huda",
    "Rasha", "Dina", "Lina", "Yasmin", "Nadia", "Samira", "Rania", "Hanan", "Shahad", "Ninorta",
    "Shamiran", "Nahrain", "Ashurina", "Mariam", "Rita", "Souad", "Lamia", "Ranim", "Dalia"
)  # fmt: skip

AR_M = (
    "Mohammed", "Ahmed", "Ali", "Hassan", "Hussein", "Omar", "Mustafa", "Ibrahim", "Khaled",
    "Yousef", "Abdullah", "Mahmoud", "Karim", "Sami", "Ammar", "Haider", "Ayman", "Bassam", "Firas",
    "Nabil", "Tariq", "Waleed", "Sargon", "Ninos", "Ashur", "Gabriel", "Elias", "Yacoub", "Aziz",
    "Shlemun"
)  # fmt: skip

AR_S = (
    "Ali", "Mohammed", "Ahmed", "Hassan", "Hussein", "Ibrahim", "Abdullah", "Khalil", "Saleh",
    "Jaber", "Al-Khafaji", "Al-Tamimi", "Al-Obaidi", "Al-Jubouri", "Al-Saadi", "Mansour", "Haddad",
    "Nasser", "Yousef", "Karim", "Abbas", "Jassim", "Kadhim", "Shamoun", "Barsoum", "Saliba",
    "Gabriel", "Yacoub", "Issa", "Danho", "Khoury", "Lahdo", "Malke", "Hanna", "Bahdo"
)  # fmt: skip

SO_F = (
    "Fadumo", "Hodan", "Amina", "Sahra", "Hawa", "Ifrah", "Asha", "Nasra", "Sagal", "Hibaq",
    "Ayaan", "Ubah", "Deeqa", "Khadra", "Muna", "Ilhan", "Sucaad", "Filsan", "Ruun", "Hamdi",
    "Idil", "Naima"
)  # fmt: skip

SO_M = (
    "Mohamed", "Abdi", "Ahmed", "Abdullahi", "Hassan", "Ali", "Omar", "Yusuf", "Abdirahman",
    "Mahad", "Farah", "Ismail", "Abdiwali", "Liban", "Said", "Hamza", "Ibrahim", "Khalid",
    "Mustafe", "Guled", "Bashir", "Awil"
)  # fmt: skip

SO_S = (
    "Mohamed", "Abdi", "Ali", "Hassan", "Ahmed", "Farah", "Osman", "Warsame", "Abdullahi", "Jama",
    "Hussein", "Yusuf", "Aden", "Ismail", "Omar", "Nur", "Hersi", "Egal", "Dahir", "Mohamud",
    "Duale", "Abdulle", "Elmi", "Gedi"
)  # fmt: skip

PL_F = (
    "Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna",
    "Magdalena", "Elżbieta", "Joanna", "Aleksandra", "Monika", "Zofia", "Teresa", "Danuta",
    "Natalia", "Karolina", "Marta", "Beata", "Dorota", "Jadwiga", "Halina", "Grażyna", "Justyna",
    "Agata", "Iwona"
)  # fmt: skip

PL_M = (
    "Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Jan", "Michał", "Marcin", "Stanisław",
    "Jakub", "Adam", "Marek", "Łukasz", "Grzegorz", "Mateusz", "Wojciech", "Mariusz", "Dariusz",
    "Zbigniew", "Jerzy", "Maciej", "Rafał", "Kamil", "Robert", "Józef", "Henryk", "Ryszard",
    "Tadeusz"
)  # fmt: skip

PL_S = (
    "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski",
    "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur",
    "Kwiatkowski", "Wojciechowski", "Krawczyk", "Kaczmarek", "Piotrowski", "Grabowski", "Zając",
    "Pawłowski", "Michalski", "Król", "Wieczorek", "Jabłoński", "Wróbel", "Nowakowski", "Majewski",
    "Olszewski", "Stępień", "Malinowski", "Jaworski", "Adamczyk", "Dudek", "Nowicki", "Górski",
    "Witkowski", "Sadowski", "Zawadzki"
)  # fmt: skip

FA_F = (
    "Fatemeh", "Zahra", "Maryam", "Narges", "Shirin", "Mahsa", "Parisa", "Leila", "Nasrin",
    "Azadeh", "Roya", "Sara", "Neda", "Samira", "Mina", "Elham", "Niloufar", "Golnaz", "Shabnam",
    "Sanaz", "Yasaman", "Tara", "Nazanin", "Farideh", "Mitra"
)  # fmt: skip

FA_M = (
    "Mohammad", "Ali", "Reza", "Hossein", "Mehdi", "Amir", "Hamid", "Saeed", "Majid", "Behnam",
    "Babak", "Arash", "Kourosh", "Dariush", "Farhad", "Navid", "Omid", "Pouya", "Hamed", "Masoud",
    "Parviz", "Shahram", "Kaveh", "Siavash", "Javad"
)  # fmt: skip

FA_S = (
    "Mohammadi", "Hosseini", "Ahmadi", "Rezaei", "Moradi", "Karimi", "Jafari", "Rahimi", "Hashemi",
    "Mousavi", "Sadeghi", "Heidari", "Ghasemi", "Alizadeh", "Kazemi", "Rostami", "Amini", "Abbasi",
    "Najafi", "Shirazi", "Tehrani", "Farahani", "Bahrami", "Safavi", "Sharifi", "Nazari"
)  # fmt: skip

BCS_F = (
    "Amra", "Emina", "Lejla", "Selma", "Aida", "Jasmina", "Mirela", "Ana", "Marija", "Ivana",
    "Jelena", "Milica", "Dragana", "Snežana", "Vesna", "Mirjana", "Sanja", "Maja", "Azra", "Edina",
    "Senada", "Nermina", "Tanja", "Gordana", "Suzana", "Amela", "Dijana"
)  # fmt: skip

BCS_M = (
    "Emir", "Edin", "Amir", "Adnan", "Mirza", "Haris", "Senad", "Samir", "Nedim", "Almir", "Jasmin",
    "Dragan", "Zoran", "Goran", "Milan", "Nenad", "Stefan", "Nikola", "Marko", "Ivan", "Ante",
    "Josip", "Dario", "Mladen", "Vladimir", "Dejan", "Elvir"
)  # fmt: skip

BCS_S = (
    "Hodžić", "Hadžić", "Čaušević", "Kovačević", "Delić", "Begić", "Mehmedović", "Husić",
    "Ibrahimović", "Hasanović", "Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević",
    "Stojanović", "Ilić", "Stanković", "Pavlović", "Horvat", "Kovačić", "Babić", "Marić", "Jurić",
    "Novak", "Knežević", "Vuković", "Popović", "Mujić", "Alić", "Salihović", "Omerović"
)  # fmt: skip

TR_F = (
    "Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Şerife", "Zehra", "Sultan",
    "Hanife", "Merve", "Özlem", "Esra", "Büşra", "Derya", "Gül", "Ebru", "Songül", "Yasemin",
    "Dilek", "Aylin", "Sevgi", "Hülya", "Nur"
)  # fmt: skip

TR_M = (
    "Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Osman", "Yusuf",
    "Murat", "Ömer", "Ramazan", "Halil", "Süleyman", "Abdullah", "Mahmut", "Recep", "Emre", "Burak",
    "Serkan", "Cem", "Kemal", "Erdal", "Orhan"
)  # fmt: skip

TR_S = (
    "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir",
    "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Polat",
    "Korkmaz", "Karakaya", "Erdoğan", "Güneş", "Aksoy"
)  # fmt: skip

KU_F = (
    "Rojda", "Berfin", "Zilan", "Dilan", "Rojin", "Nazdar", "Shilan", "Avin", "Jiyan", "Helin",
    "Rezan", "Newroz", "Zozan", "Bahar", "Gulistan", "Hêvî", "Sozdar", "Perwin", "Nishtiman", "Lana"
)  # fmt: skip

KU_M = (
    "Azad", "Rebin", "Karwan", "Dilshad", "Shvan", "Diyar", "Kawa", "Rebwar", "Sherko", "Hiwa",
    "Baran", "Aram", "Zana", "Serhat", "Goran", "Hemin", "Soran", "Bakhtiyar", "Dara", "Rizgar",
    "Ari"
)  # fmt: skip

KU_S = (
    "Ahmed", "Karim", "Mustafa", "Aziz", "Rashid", "Hama", "Salih", "Qadir", "Amin", "Faraj",
    "Hussein", "Mahmood", "Rasul", "Sharif", "Jalal", "Majid", "Hawrami", "Zangana", "Baban",
    "Jaff", "Kurdi", "Sindi", "Doski", "Berwari", "Xoshnaw", "Rekani"
)  # fmt: skip

ER_F = (
    "Helen", "Senait", "Selam", "Luwam", "Yohana", "Saba", "Feven", "Mebrat", "Hiwet", "Tsega",
    "Almaz", "Abeba", "Rahel", "Ruth", "Meron", "Winta", "Eden", "Semhar", "Hanna", "Ksanet"
)  # fmt: skip

ER_M = (
    "Yonas", "Daniel", "Tesfay", "Mehari", "Filmon", "Samuel", "Robel", "Dawit", "Yohannes",
    "Henok", "Tekle", "Berhane", "Ghebremedhin", "Kibrom", "Amanuel", "Biniam", "Mulugeta",
    "Tewelde", "Habtom", "Yemane"
)  # fmt: skip

ER_S = (
    "Tesfay", "Gebremariam", "Tekle", "Haile", "Berhe", "Kidane", "Gebru", "Tsegay", "Mehari",
    "Ghebreyesus", "Habte", "Weldemichael", "Yohannes", "Mebrahtu", "Andemariam", "Asmerom",
    "Teklehaimanot", "Ghirmay", "Negash", "Abraha"
)  # fmt: skip

AF_F = (
    "Fatima", "Maryam", "Zahra", "Marzia", "Parwana", "Nazia", "Shabnam", "Freshta", "Mursal",
    "Mahbooba", "Sima", "Laila", "Nilofar", "Roya", "Zarghona", "Hasina", "Farzana", "Gulalai",
    "Malalai", "Homa"
)  # fmt: skip

AF_M = (
    "Mohammad", "Ahmad", "Ali", "Hussain", "Abdul", "Mustafa", "Hamid", "Jawad", "Sayed", "Reza",
    "Mahdi", "Ramin", "Farid", "Nasir", "Wahid", "Omid", "Sohrab", "Ajmal", "Bilal", "Hekmat"
)  # fmt: skip

AF_S = (
    "Ahmadi", "Mohammadi", "Hussaini", "Rahimi", "Sultani", "Karimi", "Haidari", "Rezaie", "Sadat",
    "Noori", "Amiri", "Hakimi", "Popal", "Stanikzai", "Jalali", "Azizi", "Wardak", "Habibi",
    "Yousufzai", "Safi"
)  # fmt: skip

TH_F = (
    "Siriporn", "Malai", "Pornthip", "Kanya", "Nok", "Suda", "Supaporn", "Wanida", "Ratana",
    "Jintana", "Orathai", "Duangjai", "Sunisa", "Kannika", "Pranee", "Wilai", "Nittaya", "Siriwan",
    "Thanyarat", "Sasithorn", "Araya"
)  # fmt: skip

TH_M = (
    "Somchai", "Somsak", "Prasert", "Sombat", "Chaiyaporn", "Anan", "Wichai", "Thanakorn", "Suriya",
    "Kittisak", "Narong", "Pongsak", "Boonmee", "Surachai", "Wirat", "Apichart", "Niran", "Sakda",
    "Chatchai", "Anucha"
)  # fmt: skip

TH_S = (
    "Saetang", "Srisuk", "Wongsa", "Chaiyasit", "Sukjai", "Phromma", "Boonyarat", "Thongdee",
    "Kaewkham", "Saelim", "Rattanakorn", "Somboon", "Jaidee", "Inthasorn", "Chanthara", "Suwan",
    "Nakprasert", "Sriwong", "Thongsuk", "Wongsawat"
)  # fmt: skip

LA_F = (
    "María", "Ana", "Carolina", "Camila", "Valentina", "Francisca", "Javiera", "Daniela",
    "Catalina", "Paula", "Constanza", "Fernanda", "Isabel", "Gabriela", "Marcela", "Patricia",
    "Claudia", "Ximena", "Verónica", "Soledad", "Lorena", "Andrea"
)  # fmt: skip

LA_M = (
    "José", "Juan", "Luis", "Carlos", "Jorge", "Pablo", "Francisco", "Diego", "Felipe", "Cristián",
    "Rodrigo", "Sebastián", "Matías", "Ignacio", "Héctor", "Patricio", "Gonzalo", "Andrés",
    "Manuel", "Alejandro", "Mauricio", "Víctor"
)  # fmt: skip

LA_S = (
    "González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez",
    "Sepúlveda", "Morales", "Rodríguez", "López", "Fuentes", "Hernández", "Torres", "Araya",
    "Flores", "Espinoza", "Valenzuela", "Castillo", "Tapia", "Reyes", "Gutiérrez", "Castro",
    "Pizarro", "Álvarez", "Vásquez", "Sánchez", "Fernández"
)  # fmt: skip

IN_F = (
    "Priya", "Anjali", "Neha", "Pooja", "Divya", "Kavya", "Sneha", "Lakshmi", "Deepa", "Swati",
    "Ananya", "Shreya", "Aishwarya", "Meera", "Nisha", "Ritu", "Sunita", "Rekha", "Aarti", "Kavitha"
)  # fmt: skip

IN_M = (
    "Rahul", "Amit", "Vikram", "Arjun", "Rohit", "Sanjay", "Suresh", "Rajesh", "Anil", "Vijay",
    "Karthik", "Aditya", "Nikhil", "Ravi", "Ashok", "Prakash", "Srinivas", "Manoj", "Deepak",
    "Harsha"
)  # fmt: skip

IN_S = (
    "Sharma", "Patel", "Singh", "Kumar", "Reddy", "Gupta", "Nair", "Iyer", "Rao", "Joshi", "Mehta",
    "Shah", "Desai", "Pillai", "Menon", "Krishnan", "Verma", "Agarwal", "Chatterjee", "Banerjee"
)  # fmt: skip

UA_F = (
    "Olena", "Tetiana", "Nataliia", "Iryna", "Oksana", "Yuliia", "Svitlana", "Olha", "Kateryna",
    "Mariia", "Anastasiia", "Viktoriia", "Halyna", "Liudmyla", "Nadiia", "Alina", "Daria",
    "Khrystyna", "Sofiia", "Larysa"
)  # fmt: skip

UA_M = (
    "Oleksandr", "Serhii", "Andrii", "Volodymyr", "Dmytro", "Oleksii", "Mykola", "Yurii", "Ivan",
    "Vasyl", "Maksym", "Viktor", "Ihor", "Bohdan", "Taras", "Roman", "Petro", "Vitalii", "Artem",
    "Denys"
)  # fmt: skip

UA_S = (
    "Melnyk", "Shevchenko", "Boiko", "Kovalenko", "Bondarenko", "Tkachenko", "Kovalchuk",
    "Kravchenko", "Oliinyk", "Shevchuk", "Koval", "Polishchuk", "Bondar", "Tkachuk", "Moroz",
    "Marchenko", "Lysenko", "Rudenko", "Savchenko", "Petrenko"
)  # fmt: skip

NO_F = (
    "Anne", "Inger", "Kari", "Marianne", "Ingrid", "Liv", "Hanne", "Mette", "Kirsten", "Lene",
    "Camilla", "Silje", "Ida", "Nora", "Sofie", "Ingeborg", "Randi", "Tone", "Gro", "Bente"
)  # fmt: skip

NO_M = (
    "Jan", "Per", "Bjørn", "Ole", "Lars", "Kjell", "Knut", "Hans", "Morten", "Jens", "Søren",
    "Niels", "Henrik", "Anders", "Jørgen", "Rasmus", "Mads", "Magnus", "Håkon", "Terje", "Geir",
    "Svein", "Trond", "Rune"
)  # fmt: skip

NO_S = (
    "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen",
    "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen",
    "Johannessen", "Andreassen", "Jacobsen", "Dahl", "Nielsen", "Christensen", "Sørensen",
    "Rasmussen", "Jørgensen", "Madsen", "Møller"
)  # fmt: skip

HIST_F = (
    "Maria", "Anna", "Stina", "Brita", "Kajsa", "Greta", "Kerstin", "Karin", "Ingrid", "Christina",
    "Catharina", "Maja", "Lisa", "Sara", "Elin", "Ingeborg", "Helena", "Johanna", "Charlotta",
    "Carolina", "Gustava", "Fredrika", "Lovisa", "Elsa", "Gertrud", "Märta", "Sigrid", "Emma",
    "Hilda", "Augusta", "Matilda", "Albertina", "Ulrika", "Beata", "Margareta", "Cecilia", "Eva",
    "Magdalena", "Sofia", "Hedvig"
)  # fmt: skip

HIST_M = (
    "Anders", "Johan", "Per", "Nils", "Lars", "Erik", "Olof", "Carl", "Jonas", "Gustaf", "Jöns",
    "Sven", "Måns", "Pehr", "Mats", "Jan", "Petter", "Hans", "Isak", "Magnus", "August", "Fredrik",
    "Jacob", "Anton", "Adolf", "Emanuel", "Wilhelm", "Oskar", "Daniel", "Abraham", "Bengt", "Håkan",
    "Samuel", "Mårten", "Elias", "Israel", "Jon", "Paul", "Göran", "Zacharias"
)  # fmt: skip

HIST_FATHER = (
    "Anders", "Johan", "Per", "Nils", "Lars", "Erik", "Olof", "Jon", "Sven", "Jöns", "Måns", "Pehr",
    "Mats", "Hans", "Gustaf", "Carl", "Petter", "Jonas", "Isak", "Jakob", "Magnus", "Bengt",
    "Håkan", "Påhl", "Mårten", "Knut", "Eskil", "Gudmund", "Daniel", "Elias", "Abraham", "Samuel",
    "Israel", "Zacharias", "Göran", "Michel", "Hindrik", "Tomas", "Simon"
)  # fmt: skip


ORIGINS: dict[str, Origin] = {
    "swedish": Origin(ranked(SV_WOMEN, 150), ranked(SV_MEN, 150), ranked(SV_SURNAMES, 150)),
    "us": Origin(census(US_WOMEN, 150), census(US_MEN, 150), census(US_SURNAMES, 150)),
    "uk": Origin(ranked(UK_F, 130), ranked(UK_M, 130), ranked(UK_S, 150)),
    "finnish": Origin(ranked(FI_F, 10), ranked(FI_M, 10), ranked(FI_S, 10)),
    "arabic": Origin(ranked(AR_F, 10), ranked(AR_M, 10), ranked(AR_S, 10)),
    "somali": Origin(ranked(SO_F, 10), ranked(SO_M, 10), ranked(SO_S, 10)),
    "polish": Origin(ranked(PL_F, 10), ranked(PL_M, 10), ranked(PL_S, 10)),
    "persian": Origin(ranked(FA_F, 10), ranked(FA_M, 10), ranked(FA_S, 10)),
    "bcs": Origin(ranked(BCS_F, 10), ranked(BCS_M, 10), ranked(BCS_S, 10)),
    "turkish": Origin(ranked(TR_F, 10), ranked(TR_M, 10), ranked(TR_S, 10)),
    "kurdish": Origin(ranked(KU_F, 10), ranked(KU_M, 10), ranked(KU_S, 10)),
    "eritrean": Origin(ranked(ER_F, 10), ranked(ER_M, 10), ranked(ER_S, 10)),
    "afghan": Origin(ranked(AF_F, 10), ranked(AF_M, 10), ranked(AF_S, 10)),
    "thai": Origin(ranked(TH_F, 10), ranked(TH_M, 10), ranked(TH_S, 10)),
    "latin": Origin(ranked(LA_F, 10), ranked(LA_M, 10), ranked(LA_S, 10)),
    "indian": Origin(ranked(IN_F, 10), ranked(IN_M, 10), ranked(IN_S, 10)),
    "ukrainian": Origin(ranked(UA_F, 10), ranked(UA_M, 10), ranked(UA_S, 10)),
    "nordic": Origin(ranked(NO_F, 10), ranked(NO_M, 10), ranked(NO_S, 10)),
}
# Double given names as Swedes carry them (`Ann-Marie`, `Karl-Erik`): a first part, and a second
# joined to it by a hyphen; the lists above rank some of them whole too.
HYPHEN_FIRST = {
    "f": ("Ann", "Anna", "Eva", "Maj", "Britt", "Gun", "Marie", "Karin", "Lena", "Inger"),
    "m": (
        "Karl",
        "Lars",
        "Per",
        "Jan",
        "Carl",
        "Sven",
        "Nils",
        "Bengt",
        "Hans",
        "Bo",
        "Jan",
        "Stig",
    ),
}
HYPHEN_SECOND = {
    "f": (
        "Marie",
        "Lena",
        "Karin",
        "Britt",
        "Louise",
        "Sofie",
        "Christin",
        "Charlotte",
        "Lisa",
        "Kristin",
        "Mari",
    ),
    "m": (
        "Erik",
        "Olof",
        "Göran",
        "Johan",
        "Åke",
        "Gunnar",
        "Anders",
        "Arne",
        "Ove",
        "Inge",
        "Gustav",
    ),
}

# The church books' people (1800s): given names and fathers' names, for patronymics.
HISTORIC = Origin(ranked(HIST_F, 10), ranked(HIST_M, 10), ranked(HIST_FATHER, 10))

# Who is named, per language of the text: Swedish largest in Swedish and mixed text.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 68, "arabic": 6, "finnish": 4, "polish": 2.5, "bcs": 2.5, "persian": 2.5,
        "somali": 2, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5, "nordic": 1.5, "eritrean": 1.2,
        "thai": 1, "latin": 1, "ukrainian": 1, "indian": 0.8, "uk": 0.7, "us": 0.6,
    },
    "en": {
        "us": 38, "uk": 36, "swedish": 10, "indian": 3, "nordic": 2, "arabic": 2, "polish": 2,
        "latin": 2, "finnish": 1, "somali": 1, "persian": 1, "turkish": 1, "ukrainian": 1,
        "thai": 0.8, "bcs": 0.8, "afghan": 0.5, "eritrean": 0.5, "kurdish": 0.4,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 10, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
        "persian": 2.5, "nordic": 2, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5, "indian": 1.5,
        "afghan": 1.2, "ukrainian": 1.2, "eritrean": 1, "thai": 1, "latin": 1,
    },
}  # fmt: skip

_SV_NICK = {
    "Lars": ("Lasse",), "Karl": ("Kalle",), "Carl": ("Calle", "Kalle"), "Per": ("Pelle", "Perra"),
    "Mikael": ("Micke",), "Joakim": ("Jocke",), "Hans": ("Hasse",), "Stefan": ("Steffe",),
    "Thomas": ("Tompa",), "Tomas": ("Tompa",), "Magnus": ("Mange",), "Gustav": ("Gurra", "Gutte"),
    "Kristina": ("Stina", "Kicki"), "Christina": ("Kicki", "Stina"), "Margareta": ("Maggan", "Greta"),
    "Elisabeth": ("Lisa", "Bettan", "Lisen"), "Birgitta": ("Gittan", "Bittan"), "Katarina": ("Kattis", "Kajsa"),
    "Charlotte": ("Lotta",), "Susanne": ("Sussie", "Sanna"), "Johanna": ("Hanna", "Jossan"),
    "Josefin": ("Jossan",), "Marcus": ("Mackan",), "Fredrik": ("Fredde",), "Kenneth": ("Kenta",),
    "Bengt": ("Bengan",), "Göran": ("Göte",), "Jan": ("Janne",), "Nils": ("Nisse",), "Sven": ("Svenne",),
    "Olof": ("Olle",), "Robert": ("Robban",), "Tobias": ("Tobbe",), "Patrik": ("Patte",),
    "Henrik": ("Henke",), "Daniel": ("Danne",), "Mattias": ("Matte",), "Niklas": ("Nicke",),
    "Kristoffer": ("Krille",), "Maria": ("Maja", "Mia"), "Viktoria": ("Vicky",),
    "Alexandra": ("Sandra", "Alex"), "Alexander": ("Alex",), "Sebastian": ("Sebbe",), "Oskar": ("Ogge",),
    "Rasmus": ("Rasse",), "Jonas": ("Jonte",), "Jonathan": ("Jonte",), "Leif": ("Leffe",),
    "Rolf": ("Roffe",), "Ulf": ("Uffe",), "Torbjörn": ("Tobbe",), "Bo": ("Bosse",), "Mats": ("Matte",),
    "Anders": ("Ante",), "Ingrid": ("Inga",), "Gunilla": ("Gunnel",), "Annika": ("Anki",),
    "Barbro": ("Babba",), "Christer": ("Kricke",), "Åke": ("Åkan",),
}  # fmt: skip
_EN_NICK = {
    "William": ("Will", "Bill", "Billy"), "Robert": ("Rob", "Bob", "Bobby"), "Richard": ("Rick", "Dick"),
    "James": ("Jim", "Jimmy", "Jamie"), "Michael": ("Mike", "Mick"), "Christopher": ("Chris",),
    "Elizabeth": ("Liz", "Beth", "Betty"), "Margaret": ("Maggie", "Peggy", "Meg"), "Jennifer": ("Jen", "Jenny"),
    "Catherine": ("Kate", "Cathy"), "Katherine": ("Kate", "Kathy"), "Patricia": ("Pat", "Trish"),
    "Thomas": ("Tom", "Tommy"), "Anthony": ("Tony",), "Joseph": ("Joe", "Joey"), "Daniel": ("Dan", "Danny"),
    "Matthew": ("Matt",), "Benjamin": ("Ben",), "Samuel": ("Sam",), "Edward": ("Ed", "Ted", "Eddie"),
    "Alexander": ("Alex",), "Nicholas": ("Nick",), "Stephen": ("Steve",), "Steven": ("Steve",),
    "Andrew": ("Andy", "Drew"), "Charles": ("Charlie", "Chuck"), "Susan": ("Sue", "Susie"),
    "Deborah": ("Debbie", "Deb"), "Rebecca": ("Becky", "Becca"), "Victoria": ("Vicky", "Tori"),
    "Jessica": ("Jess",), "Samantha": ("Sam",), "Abigail": ("Abby",), "Eleanor": ("Ellie", "Nell"),
    "Dorothy": ("Dot", "Dottie"), "Frederick": ("Fred", "Freddie"), "Alfred": ("Alf", "Alfie"),
    "Henry": ("Harry", "Hal"), "John": ("Jack", "Johnny"), "Gregory": ("Greg",), "Timothy": ("Tim",),
    "Jonathan": ("Jon",), "Kenneth": ("Ken", "Kenny"), "Ronald": ("Ron", "Ronnie"), "Donald": ("Don",),
    "Gerald": ("Gerry",), "Lawrence": ("Larry",), "Philip": ("Phil",), "Peter": ("Pete",),
    "David": ("Dave",), "Barbara": ("Barb", "Babs"), "Kimberly": ("Kim",), "Christine": ("Chris", "Chrissie"),
    "Pamela": ("Pam",), "Cynthia": ("Cindy",), "Sandra": ("Sandy",), "Nancy": ("Nan",),
    "Theodore": ("Theo", "Ted"), "Florence": ("Flo",), "Penelope": ("Penny",), "Raymond": ("Ray",),
}  # fmt: skip
# Short forms by origin; a name's short forms are used where a text calls people so.
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": _SV_NICK,
    "us": _EN_NICK,
    "uk": _EN_NICK,
}

_PATRONYM_STEMS = {"Olof": "Ols", "Erik": "Ers", "Pehr": "Pehrs", "Jon": "Jons", "Påhl": "Påhls"}


def patronymic(father: str, woman: bool) -> str:
    """`Per` -> `Persson`/`Persdotter`, `Olof` -> `Olsson`/`Olsdotter`, `Nils` -> `Nilsson`."""
    stem = _PATRONYM_STEMS.get(father) or (father if father.endswith("s") else father + "s")
    return stem + ("dotter" if woman else "son")


_PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "ø": "o", "Ø": "O", "æ": "ae"}
)


def plain(word: str) -> str:
    """The name as typed without its letters: `Wiśniewski` -> `Wisniewski`, `Đorđević` -> `Djordjevic`."""
    decomposed = unicodedata.normalize("NFD", word.translate(_PLAIN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for end in ("ski", "cki", "dzki"):
        if surname.endswith(end):
            return surname[:-1] + "a"
    return surname
