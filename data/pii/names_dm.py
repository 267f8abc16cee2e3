# ruff: noqa: E501
"""Name pools of held-out DM (issue 15): names as the population has them, a ninety-sixth writer.

Every pool is a list in rank order with a weight per name: Swedish given names and surnames in the
order of SCB's name statistics (written from the writer's general knowledge, weight 1/rank, head the
top 150 and a tail of rarer names past them); the US Census 1990 lists (public domain, copied from
the `names` package's `dist.female.first`, `dist.male.first` and `dist.all.last`, the census per
cent as weight, head 150); UK given names and surnames in the order of the ONS rankings (1/rank,
head 130 given names and 150 surnames); and the commonest names of origins common in Sweden
(1/rank, head 10). `MIXES` says who is named in each language's rows. No name was checked against
anything in the repository; none was left out for being known or unknown.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this probability, else its tail


@dataclass(frozen=True)
class Pool:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int  # names[:head] are the head, names[head:] the tail


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def ranked(names: tuple[str, ...], head: int) -> Pool:
    """A pool weighted 1/rank."""
    return Pool(names, tuple(1 / rank for rank in range(1, len(names) + 1)), head)


def weighted(pairs: tuple[tuple[str, float], ...], head: int) -> Pool:
    """A pool weighted by the per cent of people who carry each name."""
    return Pool(tuple(n for n, _ in pairs), tuple(w for _, w in pairs), head)


# Swedish: SCB's order as the writer knows it (names people are called by), 1/rank, head 150.
SV_F = (
    "Anna", "Eva", "Maria", "Karin", "Sara", "Kristina", "Lena", "Emma", "Kerstin", "Marie",
    "Malin", "Ingrid", "Hanna", "Jenny", "Linda", "Birgitta", "Sofia", "Elin", "Annika", "Inger",
    "Susanne", "Monica", "Ulla", "Johanna", "Carina", "Julia", "Elisabeth", "Ida", "Helena", "Camilla",
    "Linnéa", "Margareta", "Åsa", "Cecilia", "Katarina", "Therese", "Sandra", "Ebba", "Amanda", "Gunilla",
    "Maja", "Anette", "Elsa", "Ulrika", "Agneta", "Alice", "Lisa", "Wilma", "Frida", "Josefin",
    "Emelie", "Barbro", "Caroline", "Matilda", "Moa", "Alva", "Klara", "Erika", "Louise", "Jessica",
    "Ellen", "Lovisa", "Astrid", "Madeleine", "Viktoria", "Gun", "Siv", "Pia", "Ann", "Kristin",
    "Olivia", "Elvira", "Ella", "Agnes", "Felicia", "Emilia", "Ingela", "Jennifer", "Charlotte", "Mona",
    "Gunnel", "Marianne", "Rebecka", "Ann-Christin", "Isabelle", "Mikaela", "Stina", "Saga", "Vera", "Nathalie",
    "Britt", "Anneli", "Lina", "Irene", "Inga", "Ingegerd", "Yvonne", "Sofie", "Tove", "Linn",
    "Ronja", "Nora", "Selma", "Freja", "Tilda", "Alma", "Tyra", "Signe", "Ann-Marie", "Ann-Sofie",
    "Britt-Marie", "Marita", "Gerd", "Berit", "Anita", "Margit", "Maj", "Karolina", "Hedvig", "Greta",
    "Edith", "Lilly", "Stella", "Liv", "Iris", "Elise", "Nellie", "Molly", "Clara", "Cornelia",
    "Hilda", "Svea", "Ester", "Meja", "Lova", "Jeanette", "Veronica", "Sanna", "Petra", "Rose-Marie",
    "Marina", "Ylva", "Ewa", "Catharina", "Helén", "Fatima", "Pernilla", "Mia", "Nina", "Lisbeth",
)  # fmt: skip
SV_F_TAIL = (
    "Märta", "Dagmar", "Elna", "Gunvor", "Solveig", "Sonja", "Rigmor", "Vivianne", "Viola", "Majvor",
    "Laila", "Ingbritt", "Ulla-Britt", "Lillemor", "Birgit", "Gertrud", "Ingeborg", "Asta", "Alfhild", "Hjördis",
    "Elvy", "Sigrid", "Ragnhild", "Tora", "Valborg", "Edla", "Hulda", "Beda", "Betty", "Elly",
    "Ethel", "Evy", "Gunhild", "Henny", "Ingvor", "Irma", "Lilian", "Lisbet", "Mari", "Marit",
    "Mimmi", "Minna", "Nanna", "Paula", "Regina", "Rut", "Sigbritt", "Sylvia", "Tina", "Ulrica",
    "Vanja", "Vivi", "Åse", "Tuva", "Juni", "Livia", "Majken", "Elsie", "Thea", "Elvina",
    "Leia", "Ines", "Vilda", "Lykke", "Hedda", "Edda", "Siri", "Sally", "Ruth", "Sigrun",
    "Alida", "Kajsa", "Vendela", "Malva", "Alicia", "Hilma", "Juno", "Tindra", "Vilma", "Tilde",
    "Filippa", "Miranda", "Amelie", "Leona", "Nova", "Ellie", "Loa", "My", "Mira", "Rakel",
    "Judit", "Ingalill", "Maud", "Desirée", "Maj-Britt", "Gun-Britt", "Ann-Charlotte", "Ann-Louise", "Anna-Karin", "Anna-Lena",
    "Eva-Karin", "Marie-Louise", "Ann-Katrin", "Ann-Kristin", "Emmy", "Doris", "Elvi", "Gudrun", "Helga", "Josefina",
    "Julie", "Katja", "Lene", "Liselott", "Lotten", "Louisa", "Madelene", "Magdalena", "Marielle", "Martina",
    "Melina", "Melissa", "Michelle", "Monika", "Natalie", "Nadja", "Olga", "Patricia", "Rebecca", "Rosa",
    "Rosita", "Sabina", "Selina", "Sibylla", "Siw", "Simone", "Susann", "Suzanne", "Teresia", "Terese",
    "Tova", "Valentina", "Vilhelmina", "Vivian", "Wanda", "Yasmine", "Zara", "Eva-Marie", "Eivor", "Gullvi",
    "Inez", "Kristel", "Lis", "Maj-Lis", "Margaretha", "Ninni", "Ottilia", "Pauline", "Ragna", "Britt-Louise",
    "Solbritt", "Svanhild", "Tekla", "Ulla-Karin", "Vega", "Wendela", "Aurora", "Dalia", "Ebony", "Lill-Britt",
    "Ann-Mari", "Idun", "Britt-Inger", "Jolin", "Gun-Marie", "Linnea", "Lydia", "Majvi", "Mathilda", "Majlis",
    "Nelly", "Ofelia", "Othilia", "Ann-Britt", "Seline", "Inga-Lill", "Anna-Maria", "Eva-Britt", "Ulla-Maj", "Viveka",
    "Agda", "Albertina", "Anni", "Carin", "Dorotea", "Ellinor", "Gisela", "Hildur", "Ingun", "Kaja",
    "Karita", "Lovise", "Mariana", "Norah", "Rebekka", "Sanne", "Lise-Lotte", "Ulla-Lena", "Vilja", "Yvette",
)  # fmt: skip
SV_M = (
    "Lars", "Mikael", "Anders", "Johan", "Erik", "Per", "Karl", "Peter", "Jan", "Thomas",
    "Daniel", "Fredrik", "Hans", "Andreas", "Stefan", "Mats", "Magnus", "Bengt", "Jonas", "Mattias",
    "Alexander", "Oskar", "Sven", "Marcus", "Bo", "Nils", "Martin", "Leif", "Björn", "Göran",
    "Ulf", "Niklas", "Patrik", "Christer", "Henrik", "David", "Gustav", "Christian", "Kjell", "Tommy",
    "Emil", "Viktor", "Rolf", "Roger", "Simon", "Robert", "Filip", "Joakim", "Olof", "Sebastian",
    "Anton", "Åke", "Kent", "Jonathan", "Gunnar", "Rickard", "Kenneth", "Lennart", "Jörgen", "Tobias",
    "Jakob", "William", "Hugo", "Lucas", "Oliver", "Axel", "Elias", "Isak", "Adam", "Liam",
    "Ludvig", "Albin", "Linus", "Lukas", "Gabriel", "Jesper", "Claes", "Ola", "Ingemar", "Tomas",
    "Stig", "Roland", "Arne", "Kurt", "Bertil", "Rune", "Sten", "Gösta", "Torbjörn", "Håkan",
    "Dennis", "Robin", "Johnny", "Mohammed", "Ali", "Edvin", "Noah", "Theo", "Vincent", "Leo",
    "Arvid", "Melvin", "Alfred", "Hampus", "Samuel", "Max", "Elliot", "Sixten", "Harry", "Nicklas",
    "Pontus", "Kevin", "Jimmy", "Jens", "Pär", "Conny", "Jon", "Ove", "Lars-Göran", "Lars-Erik",
    "Karl-Erik", "Jan-Erik", "Per-Olof", "Sune", "Tore", "Ronny", "Göte", "Yngve", "Inge", "Holger",
    "Folke", "Valter", "Ivar", "Elis", "Egon", "Harald", "Gustaf", "Carl", "Krister", "Mathias",
    "Tom", "Hassan", "Ahmed", "Omar", "Erling", "Birger", "Måns", "Jacob", "Petter", "Torsten",
)  # fmt: skip
SV_M_TAIL = (
    "Allan", "Ingvar", "Rasmus", "Casper", "Oscar", "Viggo", "Malte", "Love", "Frans", "Vidar",
    "Eddie", "Algot", "Alrik", "Alvar", "Ante", "Arnold", "Artur", "Assar", "Atle", "August",
    "Bernt", "Berndt", "Bror", "Börje", "Carl-Johan", "Charlie", "Dag", "Didrik", "Ebbe", "Edvard",
    "Einar", "Eje", "Elof", "Eskil", "Esbjörn", "Evert", "Fritz", "Gert", "Greger", "Gudmund",
    "Halvar", "Helge", "Henning", "Herbert", "Hilding", "Hjalmar", "Ingmar", "Ingvald", "Isidor", "Ivan",
    "Jarl", "Joel", "Jöns", "Kennet", "Kjell-Åke", "Knut", "Konrad", "Lage", "Leon", "Loke",
    "Lorentz", "Ludwig", "Manfred", "Melker", "Mio", "Morgan", "Nore", "Orvar", "Otto", "Reidar",
    "Ragnar", "Reinhold", "Roine", "Rutger", "Severin", "Sigurd", "Sigvard", "Sivert", "Staffan", "Stellan",
    "Sture", "Svante", "Tage", "Teodor", "Thor", "Tor", "Ture", "Uno", "Valdemar", "Vilgot",
    "Vilhelm", "Östen", "Örjan", "Alf", "Benny", "Christoffer", "Conrad", "Douglas", "Edgar", "Elon",
    "Emanuel", "Enar", "Fabian", "Felix", "Ferdinand", "Frank", "Gottfrid", "Hannes", "Henry", "Herman",
    "Jack", "Jan-Olof", "Jan-Åke", "Jerker", "Jimmie", "John", "Josef", "Julius", "Kaj", "Kim",
    "Kristoffer", "Lars-Åke", "Lars-Olof", "Leonard", "Levi", "Markus", "Matteus", "Milton", "Nicolas", "Nils-Erik",
    "Noel", "Olav", "Olle", "Per-Anders", "Per-Erik", "Philip", "Rafael", "Ralf", "Reine", "Roy",
    "Ruben", "Sam", "Sigfrid", "Sonny", "Sten-Åke", "Tim", "Torgny", "Torvald", "Ulrik", "Vilmer",
    "Walter", "Wilhelm", "Zakarias", "Adrian", "Aron", "Benjamin", "Dante", "Elton", "Neo", "Otis",
    "Sigge", "Vide", "Wilmer", "Alvin", "Matheo", "Mohammad", "Abdullahi", "Yusuf", "Kalle", "Nisse",
    "Bengt-Göran", "Bo-Göran", "Karl-Axel", "Nils-Olof", "Per-Åke", "Sven-Erik", "Bengt-Åke", "Karl-Gustav", "Hans-Olov", "Jan-Ove",
    "Anselm", "Arild", "Birk", "Bruno", "Casimir", "Dick", "Eilert", "Evald", "Kristofer", "Fridolf",
    "Gideon", "Gillis", "Hilmer", "Ingolf", "Jesse", "Johannes", "Kasper", "Kolbjörn", "Ossian", "Palle",
    "Rikard", "Samson", "Seth", "Tryggve", "Lars-Gunnar", "Yngvar", "Alexis", "Per-Johan", "Frej", "Hadar",
)  # fmt: skip
SV_S = (
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson",
    "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Olofsson",
    "Lindström", "Lindqvist", "Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren", "Lundqvist",
    "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg", "Ali", "Wallin", "Mohammed",
    "Engström", "Eklund", "Danielsson", "Lundin", "Håkansson", "Björk", "Bergman", "Gunnarsson", "Holm", "Wikström",
    "Samuelsson", "Isaksson", "Fransson", "Bergqvist", "Nyström", "Holmberg", "Arvidsson", "Löfgren", "Söderberg", "Nyberg",
    "Blomqvist", "Claesson", "Nordström", "Ahmed", "Mårtensson", "Lundström", "Hassan", "Viklund", "Björklund", "Eliasson",
    "Pålsson", "Berggren", "Sandström", "Lund", "Nordin", "Ström", "Åberg", "Hermansson", "Ekström", "Falk",
    "Holmgren", "Dahlberg", "Hellström", "Hedlund", "Sundberg", "Sjögren", "Ek", "Blom", "Abrahamsson", "Martinsson",
    "Öberg", "Andreasson", "Strömberg", "Månsson", "Hansen", "Åkesson", "Dahl", "Lindholm", "Norberg", "Jonasson",
    "Sundström", "Åström", "Ibrahim", "Omar", "Hussein", "Mohamed", "Lindahl", "Ivarsson", "Söderström", "Nygren",
    "Nordqvist", "Hedström", "Lundmark", "Göransson", "Ottosson", "Bergkvist", "Jensen", "Engberg", "Strand", "Lindblom",
    "Nordlund", "Lindell", "Sjöström", "Forsman", "Karlström", "Berntsson", "Hedberg", "Josefsson", "Dahlgren", "Edlund",
    "Björn", "Lindén", "Jeppsson", "Lindh", "Eklöf", "Holmström", "Davidsson", "Wahlström", "Sundqvist", "Nordgren",
    "Fors", "Lundh", "Kristiansson", "Sjölund", "Borg", "Petersson", "Carlsson", "Ekman", "Söderlund", "Malmberg",
)  # fmt: skip
SV_S_TAIL = (
    "Rosén", "Stenberg", "Adolfsson", "Ahlberg", "Ahlgren", "Ahlström", "Alm", "Almqvist", "Alfredsson", "Andrén",
    "Aronsson", "Asplund", "Augustsson", "Backlund", "Backman", "Bergh", "Berglöf", "Bergsten", "Blomberg", "Blomgren",
    "Boman", "Bohlin", "Brandt", "Broberg", "Byström", "Bäckström", "Bäck", "Börjesson", "Cederberg", "Dahlqvist",
    "Dahlström", "Ekberg", "Ekholm", "Ekvall", "Elfström", "Englund", "Enqvist", "Erlandsson", "Fagerström", "Flodin",
    "Forslund", "Frisk", "Friberg", "Grahn", "Granath", "Granberg", "Granlund", "Grönberg", "Grönlund", "Gustavsson",
    "Haglund", "Hagström", "Hallberg", "Hammar", "Hedin", "Hedman", "Hellberg", "Hellgren", "Hellman", "Holmqvist",
    "Hult", "Hägglund", "Höglund", "Isberg", "Jacobsson", "Kjellberg", "Knutsson", "Kvist", "Lagerqvist", "Larsen",
    "Lilja", "Liljegren", "Lindkvist", "Lindmark", "Lindroth", "Ljung", "Ljungberg", "Ljunggren", "Lorentzon", "Löfström",
    "Malm", "Malmqvist", "Melin", "Moberg", "Modig", "Norén", "Norling", "Nyholm", "Nylund", "Nyman",
    "Nordberg", "Nordén", "Olander", "Palm", "Palmqvist", "Pihl", "Qvarnström", "Ragnarsson", "Rask", "Rehn",
    "Roos", "Rydberg", "Rydén", "Sahlin", "Selin", "Sjödin", "Sjökvist", "Skoglund", "Stark", "Sten",
    "Stenström", "Stålberg", "Svahn", "Svärd", "Sylvan", "Säll", "Sörensen", "Tell", "Thörn", "Tornberg",
    "Torstensson", "Vesterlund", "Wahlberg", "Wallgren", "Wennberg", "Westberg", "Westerberg", "Westin", "Westman", "Widén",
    "Wiklund", "Wikman", "Wall", "Zetterberg", "Zetterlund", "Åkerlund", "Åslund", "Ågren", "Öhman", "Östberg",
    "Östlund", "Östman", "Ahmadi", "Yusuf", "Abdullahi", "Mahmoud", "Kaya", "Yilmaz", "Nguyen", "Khalil",
    "Jafari", "Hosseini", "Saleh", "Rahimi", "Abdi", "Warsame", "Lehtonen", "Korhonen", "Nowak", "Hodzic",
    "von Essen", "De Geer", "von Knorring", "af Ekenstam", "Wachtmeister", "von Schéele", "Lagercrantz", "Silfverswärd", "Bielke", "Stackelberg",
    "Aspgren", "Bergendahl", "Blixt", "Brodin", "Dufva", "Eng", "Fröberg", "Grip", "Hjort", "Höög",
    "Järv", "Kihlberg", "Lax", "Lönn", "Mört", "Nord", "Orre", "Rapp", "Skarp", "Spets",
    "Starck", "Stjärna", "Tall", "Uggla", "Vinberg", "Wretman", "Yngvesson", "Zackrisson", "Ärlig", "Örn",
    "Ahlqvist", "Arnesson", "Bergfors", "Dahlin", "Edström", "Frick", "Gyllensten", "Hammarström", "Hjelm", "Jernström",
    "Kronberg", "Lundell", "Mossberg", "Norrman", "Olausson", "Pehrsson", "Rosengren", "Segerström", "Thulin", "Unosson",
)  # fmt: skip

# The US Census 1990 (public domain): the census per cent of people who carry each name.
US_F = (
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

US_M = (
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

US_S = (
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
    ("Sherman", 0.027), ("Saunders", 0.027), ("Wise", 0.027), ("Colon", 0.027), ("Gill", 0.027),
    ("Alvarado", 0.027), ("Greer", 0.026), ("Padilla", 0.026), ("Simon", 0.026), ("Waters", 0.026),
    ("Nunez", 0.026), ("Ballard", 0.026), ("Schwartz", 0.026), ("McBride", 0.026),
    ("Houston", 0.026), ("Christensen", 0.026), ("Klein", 0.026), ("Pratt", 0.026),
    ("Briggs", 0.026), ("Parsons", 0.026), ("McLaughlin", 0.026), ("Zimmerman", 0.026),
    ("French", 0.026), ("Buchanan", 0.026), ("Moran", 0.026), ("Copeland", 0.025), ("Roy", 0.025),
    ("Pittman", 0.025), ("Brady", 0.025), ("McCormick", 0.025), ("Holloway", 0.025),
)  # fmt: skip


# UK given names and surnames in the order of the ONS rankings as the writer knows them
# (given names of every generation now living; surnames by how many carry them).
UK_F = (
    "Susan", "Margaret", "Sarah", "Elizabeth", "Patricia", "Mary", "Julie", "Karen", "Helen", "Claire",
    "Emma", "Linda", "Jennifer", "Catherine", "Nicola", "Jacqueline", "Christine", "Joanne", "Amanda", "Lisa",
    "Louise", "Rachel", "Laura", "Michelle", "Jane", "Deborah", "Alison", "Sandra", "Janet", "Angela",
    "Gillian", "Jessica", "Charlotte", "Sophie", "Emily", "Hannah", "Lucy", "Rebecca", "Amy", "Samantha",
    "Victoria", "Kelly", "Natalie", "Jade", "Chloe", "Olivia", "Amelia", "Isla", "Ava", "Grace",
    "Lily", "Mia", "Isabella", "Ella", "Evie", "Poppy", "Freya", "Sophia", "Florence", "Ivy",
    "Rosie", "Daisy", "Alice", "Holly", "Megan", "Lauren", "Abigail", "Katie", "Bethany", "Georgia",
    "Eleanor", "Anne", "Ann", "Barbara", "Dorothy", "Joan", "Valerie", "Shirley", "Pauline", "Carol",
    "Wendy", "Heather", "Lorraine", "Tracey", "Dawn", "Paula", "Caroline", "Diane", "Kathleen", "Sheila",
    "Brenda", "Jean", "Eileen", "Maureen", "Irene", "Hazel", "Joyce", "Doreen", "Sylvia", "Beryl",
    "Marion", "Rita", "Elaine", "Tina", "Denise", "Kim", "Sharon", "Teresa", "Zoe", "Hayley",
    "Gemma", "Leanne", "Stacey", "Kirsty", "Danielle", "Fiona", "Lindsay", "Siobhan", "Rhiannon", "Sian",
    "Bethan", "Niamh", "Aoife", "Priya", "Aisha", "Fatima", "Maryam", "Zara", "Harriet", "Imogen",
)  # fmt: skip
UK_F_TAIL = (
    "Matilda", "Phoebe", "Ruby", "Scarlett", "Willow", "Elsie", "Maisie", "Millie", "Molly", "Esme",
    "Lottie", "Martha", "Beatrice", "Penelope", "Clara", "Edith", "Iris", "Ada", "Jasmine", "Layla",
    "Hollie", "Tilly", "Erin", "Leah", "Caitlin", "Naomi", "Anna", "Julia", "Tara", "Kate",
    "Gwen", "Rosemary", "Pamela", "Judith", "Gail", "Yvonne", "Jill", "Lynn", "Marilyn", "Frances",
    "Josephine", "Vera", "Gladys", "Edna", "Ethel", "Winifred", "Lilian", "Agnes", "Nora", "Alexandra",
    "Francesca", "Georgina", "Kayleigh", "Jenna", "Vicky", "Kirsten", "Morag", "Eilidh", "Ffion", "Cerys",
    "Ciara", "Saoirse", "Amira", "Eloise", "Arabella", "Annabel", "Felicity", "Henrietta", "Cressida", "Philippa",
    "Rowena", "Tamsin", "Morwenna", "Kerensa", "Catriona", "Mhairi", "Ailsa", "Shona", "Kirstin", "Lowri",
    "Carys", "Nia", "Gwenllian", "Bronwen", "Dilys", "Blodwen", "Maeve", "Orla", "Roisin", "Grainne",
    "Shauna", "Bernadette", "Philomena", "Noreen", "Mavis", "Hilda", "Muriel", "Olive", "Peggy", "Ivy-Mae",
    "Nadia", "Ayesha", "Sana", "Hafsa", "Simran", "Kiran", "Anjali", "Funmilayo", "Chioma", "Abimbola",
)  # fmt: skip
UK_M = (
    "David", "John", "Paul", "Michael", "Andrew", "James", "Peter", "Mark", "Richard", "Robert",
    "Stephen", "Christopher", "Ian", "Simon", "Thomas", "Daniel", "Matthew", "William", "Anthony", "Steven",
    "Gary", "Jonathan", "Alan", "Martin", "Kevin", "Jason", "Lee", "Neil", "Adam", "George",
    "Oliver", "Jack", "Harry", "Charlie", "Alexander", "Luke", "Samuel", "Joshua", "Ryan", "Jamie",
    "Craig", "Stuart", "Graham", "Philip", "Keith", "Colin", "Brian", "Kenneth", "Nigel", "Barry",
    "Trevor", "Derek", "Roger", "Malcolm", "Gordon", "Dean", "Wayne", "Scott", "Carl", "Darren",
    "Shaun", "Ross", "Liam", "Callum", "Nathan", "Jake", "Benjamin", "Noah", "Leo", "Oscar",
    "Arthur", "Muhammad", "Freddie", "Alfie", "Theo", "Archie", "Henry", "Edward", "Lewis", "Jacob",
    "Ethan", "Dylan", "Tyler", "Connor", "Kieran", "Aaron", "Elliot", "Max", "Toby", "Finley",
    "Harrison", "Reuben", "Rory", "Hugh", "Patrick", "Sean", "Gareth", "Rhys", "Owen", "Dafydd",
    "Hamish", "Angus", "Euan", "Fraser", "Alistair", "Duncan", "Ewan", "Iain", "Gavin", "Grant",
    "Kyle", "Marc", "Nicholas", "Russell", "Raymond", "Dennis", "Terence", "Geoffrey", "Leslie", "Frederick",
    "Albert", "Ernest", "Harold", "Stanley", "Norman", "Ronald", "Donald", "Douglas", "Roy", "Clive",
)  # fmt: skip
UK_M_TAIL = (
    "Howard", "Adrian", "Vincent", "Julian", "Jeremy", "Rupert", "Giles", "Hugo", "Sebastian", "Felix",
    "Jasper", "Rufus", "Barnaby", "Edmund", "Gerald", "Bernard", "Francis", "Frank", "Cameron", "Jordan",
    "Bradley", "Joel", "Reece", "Declan", "Ciaran", "Niall", "Cian", "Oisin", "Conor", "Bilal",
    "Hamza", "Imran", "Mohammed", "Ahmed", "Arjun", "Rohan", "Sanjay", "Ravi", "Yusuf", "Ibrahim",
    "Tommy", "Bobby", "Teddy", "Louie", "Albie", "Reggie", "Ronnie", "Frankie", "Ezra", "Elijah",
    "Isaac", "Jude", "Zachary", "Caleb", "Harvey", "Logan", "Mason", "Louis", "Joseph", "Gabriel",
    "Sonny", "Rowan", "Tristan", "Piers", "Crispin", "Quentin", "Ruaridh", "Torquil", "Fergus", "Lachlan",
    "Alasdair", "Murdo", "Calum", "Gethin", "Iwan", "Emyr", "Aled", "Cai", "Idris", "Bryn",
    "Cormac", "Padraig", "Eoin", "Ruairi", "Fintan", "Seamus", "Dermot", "Desmond", "Cyril", "Wilfred",
    "Reginald", "Percy", "Clifford", "Lionel", "Maurice", "Sidney", "Herbert", "Horace", "Arnold", "Lloyd",
    "Winston", "Delroy", "Tunde", "Kwame", "Chidi", "Emeka", "Femi", "Gurpreet", "Jaspal", "Tariq",
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
    "Fowler", "Heath", "Norman", "Middleton", "Lees", "Banks", "French", "Jarvis", "Kirby", "Pickering",
    "Pugh", "Rahman", "Skinner", "Thornton", "Vaughan", "Whittaker", "Winter", "Abbott", "Ashton", "Bevan",
    "Blackburn", "Bolton", "Bowen", "Brennan", "Cartwright", "Chadwick", "Charlton", "Crawford", "Dickinson", "Dobson",
    "Fraser", "Gough", "Hartley", "Hepburn", "Iqbal", "Kaye", "Lockwood", "Mahmood", "McKenzie", "Moran",
    "Nolan", "Nuttall", "Ogden", "Parkinson", "Pemberton", "Rowlands", "Sheppard", "Tomlinson", "Townsend", "Wainwright",
    "Warburton", "Whitfield", "Wyatt", "Llewellyn", "Pryce", "Prosser", "Cadwallader", "MacLeod", "Urquhart", "Fairbairn",
)  # fmt: skip

# The commonest given names and surnames of origins common in Sweden, in the order the writer
# knows them to be common (1/rank, head the top 10). Surnames of Somali and Eritrean people are
# their fathers' given names, as Swedish registers hold them.
FI_F = ("Pirjo", "Tuula", "Päivi", "Sari", "Riitta", "Tiina", "Leena", "Marja", "Anneli", "Kirsi", "Minna", "Satu", "Eija", "Merja", "Tarja", "Sirpa", "Aila", "Raija", "Sinikka", "Ritva", "Seija", "Aino", "Helena", "Liisa", "Johanna", "Hannele", "Maarit", "Outi", "Heli", "Eeva")  # fmt: skip
FI_M = ("Juha", "Timo", "Matti", "Kari", "Mikko", "Jari", "Antti", "Jukka", "Mika", "Markku", "Pekka", "Hannu", "Heikki", "Seppo", "Janne", "Ari", "Sami", "Petri", "Tapio", "Pentti", "Esa", "Veikko", "Raimo", "Kalevi", "Erkki", "Jouko", "Risto", "Jarmo", "Tuomas", "Ville", "Olli", "Pasi", "Jussi", "Tero")  # fmt: skip
FI_S = ("Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen", "Kärkkäinen", "Hiltunen", "Miettinen", "Leinonen", "Pelkonen", "Niskanen")  # fmt: skip
AR_F = ("Fatima", "Maryam", "Zainab", "Noor", "Sara", "Rania", "Hiba", "Lina", "Aya", "Amira", "Layla", "Huda", "Rasha", "Dalia", "Samira", "Yasmin", "Nadia", "Rana", "Salma", "Hanan", "Sabah", "Mariam", "Shamiram", "Ninve", "Nahrain", "Ramina", "Souad", "Widad", "Ghada", "Reem")  # fmt: skip
AR_M = ("Mohammed", "Ahmed", "Ali", "Hussein", "Omar", "Mustafa", "Hassan", "Khaled", "Abdullah", "Ibrahim", "Yousef", "Mahmoud", "Karim", "Samir", "Rami", "Bassam", "Walid", "Tariq", "Haidar", "Ammar", "Ziad", "Firas", "Jamal", "Nabil", "Sargon", "Ninos", "Ashur", "Fadi", "Yacoub", "Gabriel", "Elias", "Georges")  # fmt: skip
AR_S = ("Ali", "Mohammed", "Hassan", "Hussein", "Ahmed", "Ibrahim", "Abdullah", "Khalil", "Saleh", "Mahmoud", "Jaber", "Al-Khatib", "Haddad", "Nasser", "Yousef", "Kassab", "Al-Saadi", "Al-Obaidi", "Jabbar", "Kareem", "Hamid", "Rashid", "Abbas", "Mansour", "Aziz", "Shamoun", "Barsoum", "Yakoub", "Hanna", "Warda", "Malke", "Danho", "Gabro", "Lahdo", "Aho", "Dawod", "Esho", "Khoshaba", "Odisho", "Yonan", "Shabo")  # fmt: skip
SO_F = ("Fadumo", "Amina", "Hodan", "Khadija", "Asha", "Sahra", "Hawa", "Ifrah", "Nimco", "Sagal", "Ayan", "Hibo", "Deeqa", "Ubah", "Ikran", "Muna", "Ilhan", "Safiya", "Halima", "Sucaad", "Nasra", "Farhiya", "Idil", "Ladan", "Maryan")  # fmt: skip
SO_M = ("Mohamed", "Abdi", "Ahmed", "Ali", "Abdullahi", "Hassan", "Omar", "Yusuf", "Ibrahim", "Abdirahman", "Mustafe", "Abdirizak", "Farah", "Guled", "Mahad", "Liban", "Osman", "Hussein", "Ismail", "Said", "Abdikarim", "Bashir", "Warsame", "Jama", "Dahir")  # fmt: skip
SO_S = ("Mohamed", "Ahmed", "Ali", "Hassan", "Abdi", "Omar", "Farah", "Warsame", "Jama", "Hussein", "Yusuf", "Ibrahim", "Abdullahi", "Osman", "Ismail", "Aden", "Nur", "Elmi", "Guled", "Hirsi", "Dahir", "Egal", "Salad", "Mohamud", "Abdulle", "Barre", "Samatar", "Duale", "Hersi", "Gedi")  # fmt: skip
PL_F = ("Anna", "Katarzyna", "Maria", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna", "Magdalena", "Elżbieta", "Joanna", "Aleksandra", "Monika", "Zofia", "Teresa", "Danuta", "Natalia", "Karolina", "Marta", "Beata", "Dorota", "Justyna", "Jolanta", "Paulina", "Iwona", "Grażyna", "Halina", "Agata", "Sylwia", "Wiktoria")  # fmt: skip
PL_M = ("Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Jan", "Michał", "Marcin", "Stanisław", "Jakub", "Adam", "Marek", "Łukasz", "Grzegorz", "Mateusz", "Wojciech", "Mariusz", "Dariusz", "Zbigniew", "Jerzy", "Maciej", "Rafał", "Kamil", "Robert", "Jacek", "Sławomir", "Przemysław", "Bartosz", "Szymon", "Dawid")  # fmt: skip
PL_S = ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Wojciechowski", "Kwiatkowski", "Krawczyk", "Kaczmarek", "Piotrowski", "Grabowski", "Zając", "Pawłowski", "Michalski", "Król", "Wieczorek", "Jabłoński", "Wróbel", "Nowakowski", "Majewski", "Olszewski", "Stępień", "Malinowski", "Jaworski", "Adamczyk", "Dudek", "Nowicki", "Pawlak", "Górski", "Witkowski", "Walczak", "Sikora", "Zawadzki", "Czarnecki", "Sadowski", "Wysocki")  # fmt: skip
FA_F = ("Maryam", "Fatemeh", "Zahra", "Narges", "Leila", "Shirin", "Parisa", "Sara", "Mina", "Nasrin", "Roya", "Azadeh", "Samira", "Mahsa", "Neda", "Golnaz", "Farzaneh", "Shabnam", "Soheila", "Mitra", "Parvin", "Ladan", "Yasaman", "Niloufar", "Elham", "Negar")  # fmt: skip
FA_M = ("Ali", "Mohammad", "Reza", "Hossein", "Mehdi", "Amir", "Hamid", "Saeed", "Behrouz", "Farhad", "Dariush", "Babak", "Kourosh", "Majid", "Javad", "Omid", "Arash", "Pejman", "Kaveh", "Siamak", "Shahram", "Bijan", "Hassan", "Ahmad", "Navid", "Payam")  # fmt: skip
FA_S = ("Mohammadi", "Hosseini", "Ahmadi", "Rezaei", "Karimi", "Moradi", "Hashemi", "Jafari", "Rahimi", "Sadeghi", "Ebrahimi", "Ghasemi", "Hosseinzadeh", "Kazemi", "Rostami", "Mousavi", "Bagheri", "Amini", "Azizi", "Ahmadzadeh", "Tehrani", "Shirazi", "Esfahani", "Najafi", "Kamali", "Sohrabi", "Nouri", "Farahani", "Akbari", "Shahbazi")  # fmt: skip
BCS_F = ("Amra", "Emina", "Jasmina", "Lejla", "Amela", "Selma", "Azra", "Merima", "Mirela", "Sanela", "Senada", "Ajla", "Maja", "Ivana", "Jelena", "Marija", "Ana", "Snežana", "Dragana", "Mirjana", "Vesna", "Gordana", "Nataša", "Biljana", "Sanja", "Dijana", "Tanja", "Suzana", "Marina", "Milena")  # fmt: skip
BCS_M = ("Emir", "Adnan", "Amir", "Mirza", "Haris", "Edin", "Senad", "Nermin", "Samir", "Elvis", "Dragan", "Zoran", "Goran", "Milan", "Nikola", "Marko", "Ivan", "Stefan", "Dejan", "Nenad", "Aleksandar", "Zlatan", "Damir", "Mehmed", "Kemal", "Jasmin", "Alen", "Tomislav", "Josip", "Ante")  # fmt: skip
BCS_S = ("Hodžić", "Hadžić", "Begić", "Kovačević", "Delić", "Mehmedović", "Hasanović", "Alić", "Omerović", "Salihović", "Ibrahimović", "Husić", "Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Stanković", "Pavlović", "Milošević", "Horvat", "Kovačić", "Babić", "Marić", "Jurić", "Knežević", "Popović", "Mujić", "Suljić", "Halilović", "Karić", "Čaušević", "Šehić", "Mustafić", "Zukić")  # fmt: skip
TR_F = ("Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Şerife", "Zehra", "Sultan", "Hülya", "Özlem", "Derya", "Gül", "Esra", "Merve", "Büşra", "Selin", "Ebru", "Nurten", "Filiz", "Songül", "Yasemin", "Aylin", "Dilek", "Sevgi", "Nur")  # fmt: skip
TR_M = ("Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Osman", "Yusuf", "Murat", "Ömer", "Ramazan", "Halil", "Süleyman", "Abdullah", "Mahmut", "Recep", "Fatih", "Kemal", "Emre", "Serkan", "Burak", "Cem", "Erkan", "Volkan", "Kenan", "Tolga", "Özgür", "Cengiz")  # fmt: skip
TR_S = ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Polat", "Korkmaz", "Karataş", "Erdoğan", "Güneş", "Akın", "Bulut", "Keskin", "Ünal", "Turan")  # fmt: skip
ER_F = ("Helen", "Senait", "Tsega", "Meron", "Selam", "Rahel", "Saba", "Ruth", "Mebrat", "Yordanos", "Feven", "Hiwet", "Semhar", "Winta", "Almaz", "Lwam", "Eden", "Freweini", "Abeba", "Tsehay", "Akberet", "Mizan", "Nebiat", "Elsa")  # fmt: skip
ER_M = ("Yonas", "Daniel", "Samuel", "Dawit", "Tesfay", "Mehari", "Yohannes", "Kidane", "Tekle", "Berhane", "Ghirmay", "Habtom", "Filmon", "Robel", "Aron", "Michael", "Semere", "Tesfamariam", "Goitom", "Amanuel", "Efrem", "Haile", "Mussie", "Natnael", "Biniam", "Henok", "Solomon")  # fmt: skip
ER_S = ("Tesfay", "Tekle", "Gebremedhin", "Haile", "Berhane", "Ghebremariam", "Kidane", "Mehari", "Tesfamariam", "Woldemichael", "Habte", "Ghebreyesus", "Yohannes", "Abraham", "Negash", "Asmerom", "Weldu", "Mebrahtu", "Ghirmay", "Andemariam", "Kahsay", "Gebreselassie", "Okbamichael", "Teklehaimanot", "Zerai", "Fissehaye")  # fmt: skip
AF_F = ("Fatima", "Maryam", "Zahra", "Shabnam", "Farishta", "Mursal", "Khadija", "Hamida", "Freshta", "Parwana", "Mahbooba", "Nasrin", "Zarghona", "Malalai", "Zainab", "Sima", "Laila", "Roya", "Arezo", "Hosai", "Marwa", "Nilofar", "Setara", "Tahmina")  # fmt: skip
AF_M = ("Mohammad", "Ahmad", "Ali", "Abdul", "Mustafa", "Hamid", "Mahmood", "Jawad", "Sayed", "Omid", "Nasir", "Ramin", "Farid", "Hussain", "Rahim", "Karim", "Wahid", "Naweed", "Sohail", "Zabihullah", "Hekmatullah", "Ezatullah", "Shafiq", "Bashir", "Habib", "Mujtaba", "Reza")  # fmt: skip
AF_S = ("Ahmadi", "Mohammadi", "Hussaini", "Rahimi", "Hashimi", "Noori", "Sultani", "Hakimi", "Karimi", "Amiri", "Azizi", "Rezai", "Haidari", "Jafari", "Sadat", "Popal", "Wardak", "Stanikzai", "Safi", "Durrani", "Yousufzai", "Mohseni", "Akbari", "Rasuli", "Qaderi", "Sharifi")  # fmt: skip
TH_F = ("Siriporn", "Malee", "Pranee", "Suda", "Kanya", "Ratana", "Wanida", "Sunisa", "Jintana", "Kanokwan", "Nittaya", "Pornthip", "Supaporn", "Siriwan", "Wipawee", "Chanida", "Duangjai", "Sasithorn", "Jiraporn", "Thitima", "Kannika", "Araya", "Pimchanok", "Usa", "Lamai")  # fmt: skip
TH_M = ("Somchai", "Somsak", "Prasert", "Sombat", "Surachai", "Anan", "Wichai", "Chaiya", "Thawatchai", "Niran", "Kittisak", "Sakchai", "Nattapong", "Pongsak", "Suthep", "Apichart", "Boonmee", "Chatchai", "Ekkachai", "Manop", "Phichit", "Sarawut", "Teerapong", "Worawut", "Yuthana")  # fmt: skip
TH_S = ("Saetang", "Srisuk", "Wongsawat", "Sukkasem", "Rattanakorn", "Thongchai", "Phromma", "Boonyarit", "Kaewkla", "Siriwat", "Jaidee", "Suwannarat", "Chanthara", "Intharasuk", "Kongkaew", "Wongsa", "Pongpanich", "Sombatsiri", "Chaisiri", "Nakprasert", "Somboon", "Srisawat", "Kaewmanee", "Yodsuk", "Saelee")  # fmt: skip
LA_F = ("María", "Carolina", "Daniela", "Claudia", "Francisca", "Javiera", "Camila", "Valentina", "Paula", "Andrea", "Constanza", "Catalina", "Fernanda", "Macarena", "Patricia", "Verónica", "Gabriela", "Marcela", "Alejandra", "Lorena", "Ximena", "Pilar", "Isabel", "Rosa", "Ana", "Soledad", "Cecilia")  # fmt: skip
LA_M = ("José", "Juan", "Luis", "Carlos", "Jorge", "Francisco", "Cristián", "Sebastián", "Felipe", "Diego", "Matías", "Rodrigo", "Pablo", "Manuel", "Andrés", "Gonzalo", "Héctor", "Ricardo", "Patricio", "Víctor", "Sergio", "Mauricio", "Alejandro", "Claudio", "Nicolás", "Tomás", "Ignacio", "Benjamín")  # fmt: skip
LA_S = ("González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez", "Sepúlveda", "Morales", "Rodríguez", "López", "Fuentes", "Hernández", "Torres", "Araya", "Flores", "Espinoza", "Valenzuela", "Castillo", "Tapia", "Reyes", "Gutiérrez", "Castro", "Pizarro", "Álvarez", "Vásquez", "Sánchez", "Fernández", "Ramírez", "Carrasco", "Gómez", "Cortés", "Herrera", "Núñez", "Jara", "Vergara", "Rivera", "Figueroa")  # fmt: skip
KU_F = ("Jiyan", "Rojin", "Berfin", "Dilan", "Zilan", "Hêvî", "Nazdar", "Shilan", "Bahar", "Gulistan", "Evin", "Rezan", "Avin", "Narin", "Leyla", "Ronahi", "Dilveen", "Shno", "Tara", "Hana", "Viyan", "Sozdar", "Kajal", "Ruken")  # fmt: skip
KU_M = ("Azad", "Rebwar", "Karwan", "Dilshad", "Shwan", "Kawa", "Hiwa", "Dara", "Bakhtiyar", "Aram", "Rêbaz", "Serhat", "Baran", "Welat", "Diyar", "Hemin", "Sirwan", "Goran", "Ako", "Hawre", "Zana", "Rizgar", "Soran", "Bahoz", "Berzan")  # fmt: skip
KU_S = ("Ahmed", "Mahmoud", "Rashid", "Aziz", "Karim", "Qadir", "Salih", "Omer", "Mustafa", "Hussein", "Zebari", "Hawrami", "Jaf", "Kurdi", "Amedi", "Doski", "Bakir", "Ismail", "Othman", "Sharif", "Faraj", "Rasul", "Hama", "Abdulla", "Khidir", "Demir", "Aslan", "Yildiz", "Baban")  # fmt: skip
UA_F = ("Olena", "Tetiana", "Nataliia", "Iryna", "Oksana", "Svitlana", "Yuliia", "Olha", "Anastasiia", "Kateryna", "Mariia", "Viktoriia", "Halyna", "Liudmyla", "Alina", "Daria", "Sofiia", "Anna", "Valentyna", "Nadiia", "Larysa", "Inna", "Khrystyna")  # fmt: skip
UA_M = ("Oleksandr", "Serhii", "Andrii", "Volodymyr", "Dmytro", "Mykola", "Oleh", "Yurii", "Ivan", "Vasyl", "Viktor", "Ihor", "Maksym", "Mykhailo", "Roman", "Bohdan", "Taras", "Vitalii", "Denys", "Artem", "Petro", "Pavlo", "Yaroslav")  # fmt: skip
UA_S = ("Melnyk", "Shevchenko", "Boiko", "Kovalenko", "Bondarenko", "Tkachenko", "Kovalchuk", "Kravchenko", "Oliinyk", "Shevchuk", "Koval", "Polishchuk", "Bondar", "Tkachuk", "Moroz", "Marchenko", "Lysenko", "Rudenko", "Savchenko", "Petrenko", "Klymenko", "Pavlenko", "Kravchuk", "Kuzmenko")  # fmt: skip
IN_F = ("Priya", "Anjali", "Pooja", "Neha", "Divya", "Sneha", "Kavya", "Deepa", "Lakshmi", "Swati", "Shruti", "Aishwarya", "Meera", "Ananya", "Nisha", "Sunita", "Rekha", "Geeta", "Asha", "Kavita", "Radhika", "Shreya", "Harpreet", "Gurpreet", "Sangeeta")  # fmt: skip
IN_M = ("Rahul", "Amit", "Rajesh", "Vikram", "Arjun", "Sanjay", "Ravi", "Suresh", "Anil", "Rohit", "Karthik", "Arun", "Vijay", "Deepak", "Manoj", "Sunil", "Ajay", "Nikhil", "Pradeep", "Srinivas", "Gurdeep", "Aditya", "Varun", "Prakash", "Abhishek")  # fmt: skip
IN_S = ("Sharma", "Patel", "Singh", "Kumar", "Gupta", "Reddy", "Iyer", "Nair", "Rao", "Shah", "Mehta", "Joshi", "Agarwal", "Verma", "Mishra", "Pillai", "Menon", "Krishnan", "Chopra", "Kapoor", "Bhatt", "Desai", "Kulkarni", "Banerjee", "Chatterjee", "Das", "Srinivasan", "Jain")  # fmt: skip


ORIGINS: dict[str, Origin] = {
    "swedish": Origin(
        ranked(SV_F + SV_F_TAIL, 150), ranked(SV_M + SV_M_TAIL, 150), ranked(SV_S + SV_S_TAIL, 150)
    ),
    "us": Origin(weighted(US_F, 150), weighted(US_M, 150), weighted(US_S, 150)),
    "uk": Origin(
        ranked(UK_F + UK_F_TAIL, 130), ranked(UK_M + UK_M_TAIL, 130), ranked(UK_S + UK_S_TAIL, 150)
    ),
    "finnish": Origin(ranked(FI_F, 10), ranked(FI_M, 10), ranked(FI_S, 10)),
    "arabic": Origin(ranked(AR_F, 10), ranked(AR_M, 10), ranked(AR_S, 10)),
    "somali": Origin(ranked(SO_F, 10), ranked(SO_M, 10), ranked(SO_S, 10)),
    "polish": Origin(ranked(PL_F, 10), ranked(PL_M, 10), ranked(PL_S, 10)),
    "persian": Origin(ranked(FA_F, 10), ranked(FA_M, 10), ranked(FA_S, 10)),
    "bcs": Origin(ranked(BCS_F, 10), ranked(BCS_M, 10), ranked(BCS_S, 10)),
    "turkish": Origin(ranked(TR_F, 10), ranked(TR_M, 10), ranked(TR_S, 10)),
    "eritrean": Origin(ranked(ER_F, 10), ranked(ER_M, 10), ranked(ER_S, 10)),
    "afghan": Origin(ranked(AF_F, 10), ranked(AF_M, 10), ranked(AF_S, 10)),
    "thai": Origin(ranked(TH_F, 10), ranked(TH_M, 10), ranked(TH_S, 10)),
    "latin": Origin(ranked(LA_F, 10), ranked(LA_M, 10), ranked(LA_S, 10)),
    "kurdish": Origin(ranked(KU_F, 10), ranked(KU_M, 10), ranked(KU_S, 10)),
    "ukrainian": Origin(ranked(UA_F, 10), ranked(UA_M, 10), ranked(UA_S, 10)),
    "indian": Origin(ranked(IN_F, 10), ranked(IN_M, 10), ranked(IN_S, 10)),
}

# Who is named in a row of each language: roughly who lives and works in Sweden (Swedish and mixed
# text), and who writes and is written about in English (the US and the UK first).
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5, "eritrean": 1.2,
        "ukrainian": 1.2, "thai": 1, "latin": 1, "indian": 0.8, "uk": 0.8, "us": 0.6,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 9, "indian": 3, "arabic": 2, "polish": 2, "latin": 2,
        "finnish": 1, "somali": 1, "persian": 1, "turkish": 1, "thai": 0.8, "bcs": 0.8,
        "ukrainian": 0.8, "afghan": 0.6, "eritrean": 0.6, "kurdish": 0.5,
    },
    "mixed": {
        "swedish": 52, "uk": 11, "us": 9, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
        "persian": 2.5, "ukrainian": 1.5, "indian": 1.5, "kurdish": 1.5, "turkish": 1.5,
        "somali": 1.5, "afghan": 1.2, "eritrean": 1, "thai": 1, "latin": 1,
    },
}  # fmt: skip

# Short forms people are called by, per origin and given name.
_EN_NICK = {
    "William": ["Will", "Bill", "Billy"], "Robert": ["Rob", "Bob", "Bobby"], "Richard": ["Rich", "Rick"],
    "James": ["Jim", "Jimmy"], "Michael": ["Mike", "Mick"], "Christopher": ["Chris"], "Thomas": ["Tom", "Tommy"],
    "Joseph": ["Joe"], "Anthony": ["Tony"], "Daniel": ["Dan", "Danny"], "Matthew": ["Matt"], "Andrew": ["Andy", "Drew"],
    "Stephen": ["Steve"], "Steven": ["Steve"], "David": ["Dave"], "Edward": ["Ed", "Eddie", "Ted"], "Benjamin": ["Ben"],
    "Samuel": ["Sam"], "Nicholas": ["Nick"], "Alexander": ["Alex"], "Jonathan": ["Jon"], "Timothy": ["Tim"],
    "Kenneth": ["Ken"], "Charles": ["Charlie", "Chuck"], "Patrick": ["Pat", "Paddy"], "Peter": ["Pete"],
    "Gregory": ["Greg"], "Joshua": ["Josh"], "Zachary": ["Zach"], "Frederick": ["Fred", "Freddie"],
    "Jennifer": ["Jen", "Jenny"], "Elizabeth": ["Liz", "Beth", "Lizzie"], "Margaret": ["Maggie", "Peggy"],
    "Katherine": ["Kate", "Kathy"], "Catherine": ["Kate", "Cathy"], "Susan": ["Sue"], "Patricia": ["Pat", "Trish"],
    "Rebecca": ["Becky", "Becca"], "Victoria": ["Vicky", "Tori"], "Samantha": ["Sam"], "Deborah": ["Debbie", "Deb"],
    "Alexandra": ["Alex", "Lexi"], "Christine": ["Chris"], "Jacqueline": ["Jackie"], "Kimberly": ["Kim"],
    "Barbara": ["Barb"], "Nicola": ["Nicky"], "Abigail": ["Abby"], "Eleanor": ["Ellie", "Nell"], "Amanda": ["Mandy"],
    "Pamela": ["Pam"], "Jessica": ["Jess"], "Dorothy": ["Dot"], "Gillian": ["Jill", "Gill"], "Raymond": ["Ray"],
    "Terence": ["Terry"], "Gerald": ["Gerry"], "Donald": ["Don"], "Ronald": ["Ron"], "Douglas": ["Doug"],
}  # fmt: skip
NICKNAMES: dict[str, dict[str, list[str]]] = {
    "swedish": {
        "Lars": ["Lasse"], "Mikael": ["Micke"], "Joakim": ["Jocke"], "Thomas": ["Tompa"], "Tomas": ["Tompa"],
        "Karl": ["Kalle"], "Per": ["Pelle", "Perra"], "Hans": ["Hasse"], "Jan": ["Janne"], "Kristina": ["Kicki", "Stina"],
        "Kerstin": ["Kicki"], "Margareta": ["Maggan"], "Elisabeth": ["Lisa", "Bettan", "Lisen"], "Katarina": ["Kattis"],
        "Charlotte": ["Lotta"], "Susanne": ["Sussie"], "Christer": ["Kicke"], "Stefan": ["Steffe"], "Marcus": ["Mackan"],
        "Magnus": ["Manne"], "Gustav": ["Gurra", "Gustaf"], "Robert": ["Robban"], "Christian": ["Chrille"],
        "Fredrik": ["Fredde"], "Henrik": ["Henke"], "Daniel": ["Danne"], "Sebastian": ["Sebbe"], "Alexander": ["Alex", "Acke"],
        "William": ["Ville"], "Oskar": ["Ogge"], "Kenneth": ["Kenta"], "Torbjörn": ["Tobbe", "Totte"], "Tobias": ["Tobbe"],
        "Mattias": ["Matte"], "Niklas": ["Nicke"], "Jörgen": ["Jögge"], "Bengt": ["Bengan"], "Gunnar": ["Gunne"],
        "Sven": ["Svenne"], "Birgitta": ["Bittan", "Gittan"], "Ann-Christin": ["Anki"], "Barbro": ["Babsan"],
        "Madeleine": ["Madde"], "Josefin": ["Jossan"], "Rebecka": ["Becka"], "Viktoria": ["Vickan"], "Louise": ["Lollo"],
        "Therese": ["Tessan"], "Isabelle": ["Bella", "Isa"], "Nathalie": ["Nattis"], "Amanda": ["Mandy"],
        "Anders": ["Andy"], "Patrik": ["Patte"], "Kristoffer": ["Krille"], "Christoffer": ["Chrille"],
        "Roger": ["Rogge"], "Rickard": ["Ricky"], "Gunilla": ["Gunsan"], "Jessica": ["Jessie"], "Ulrika": ["Ullis"],
    },
    "us": _EN_NICK,
    "uk": _EN_NICK,
    "polish": {
        "Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"], "Aleksandra": ["Ola"], "Magdalena": ["Magda"],
        "Agnieszka": ["Aga"], "Joanna": ["Asia"], "Krzysztof": ["Krzysiek"], "Tomasz": ["Tomek"], "Jakub": ["Kuba"],
        "Piotr": ["Piotrek"], "Wojciech": ["Wojtek"], "Andrzej": ["Jędrek"], "Stanisław": ["Staszek"],
    },
    "latin": {"Francisco": ["Pancho", "Paco"], "José": ["Pepe"], "Ignacio": ["Nacho"], "Alejandro": ["Alejo"], "Francisca": ["Fran"]},
    "arabic": {"Mohammed": ["Mo", "Hamoudi"], "Abdullah": ["Abdo"], "Yousef": ["Joe"]},
    "finnish": {"Markku": ["Make"], "Timo": ["Timppa"], "Matti": ["Masa"], "Jukka": ["Jukkis"]},
    "ukrainian": {"Oleksandr": ["Sasha"], "Volodymyr": ["Volodia"], "Mykola": ["Kolia"], "Kateryna": ["Katia"], "Olha": ["Olia"]},
    "thai": {"Siriporn": ["Nok"], "Kanokwan": ["Ploy"], "Wanida": ["Noi"], "Somchai": ["Chai"], "Kittisak": ["Kit"]},
    "indian": {"Abhishek": ["Abhi"], "Aishwarya": ["Ash"], "Srinivas": ["Srini"]},
}  # fmt: skip

_PLAIN = str.maketrans({"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "ß": "ss"})


def plain(word: str) -> str:
    """The word typed without its letters: `Wiśniewski` -> `Wisniewski`, `Đorđević` -> `Djordjevic`."""
    word = word.translate(_PLAIN)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname
