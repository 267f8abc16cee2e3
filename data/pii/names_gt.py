# ruff: noqa: E501
"""Name pools of held-out GT (issue 15): names as the population has them, weighted by how often
people carry them, written for `generate_gt.py` by a helper who read no other set's names and
checked none of these against rung's lexicons (none is left out for being known or unknown).

Sources: Swedish given names and surnames in the order of SCB's name statistics, written from the
writer's general knowledge (weight 1/rank, head the top 150, a tail of rarer names past them); the
US Census 1990 lists (public domain), copied from the `names` package's `dist.female.first`,
`dist.male.first` and `dist.all.last` (the census per cent as weight, head 150); UK given names
and surnames in the order of the ONS rankings, across the decades so that adults' names are there
as well as babies' (weight 1/rank, head 150); and the commonest given names and surnames of
origins common in Sweden (weight 1/rank, head 10). `MIXES` says who is named in each language.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this probability, else its tail


@dataclass(frozen=True)
class Pool:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int  # names[:head] is the head, names[head:] the tail


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def ranked(names: tuple[str, ...], head: int) -> Pool:
    """A list in rank order, weight 1/rank."""
    assert len(set(names)) == len(names), [n for n in names if names.count(n) > 1]
    return Pool(names, tuple(1 / (i + 1) for i in range(len(names))), head)


def census(pairs: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A census list with its per cent as weight."""
    return Pool(tuple(n for n, _ in pairs), tuple(w for _, w in pairs), head)


# Swedish given names and surnames in SCB's rank order (the writer's general knowledge).
SV_F = (
    "Anna", "Eva", "Maria", "Karin", "Sara", "Kristina", "Lena", "Emma", "Kerstin", "Hanna",
    "Marie", "Ingrid", "Malin", "Jenny", "Linda", "Elin", "Sofia", "Annika", "Birgitta", "Johanna",
    "Susanne", "Inger", "Julia", "Ida", "Camilla", "Ulla", "Monica", "Elisabeth", "Helena", "Linnéa",
    "Carina", "Katarina", "Åsa", "Cecilia", "Margareta", "Amanda", "Frida", "Ebba", "Elsa", "Maja",
    "Alice", "Gunilla", "Lisa", "Anneli", "Josefin", "Therese", "Ulrika", "Matilda", "Moa", "Caroline",
    "Sandra", "Wilma", "Anette", "Ella", "Agneta", "Emelie", "Jessica", "Lina", "Louise", "Ellen",
    "Klara", "Alva", "Siv", "Ann", "Elvira", "Britt", "Gun", "Barbro", "Yvonne", "Madeleine",
    "Astrid", "Ingela", "Lovisa", "Agnes", "Mona", "Pia", "Charlotte", "Ewa", "Stina", "Isabelle",
    "Viktoria", "Mikaela", "Ann-Christin", "Alexandra", "Hedvig", "Tove", "Anna-Karin", "Rebecka", "Jennifer", "Felicia",
    "Ronja", "Vera", "Gunnel", "Marianne", "Saga", "Nellie", "Tilda", "Ingegerd", "Maj", "Berit",
    "Elisabet", "Kajsa", "Tuva", "Olivia", "Ester", "Selma", "Signe", "Nora", "Thea", "Lilly",
    "Ellinor", "Emilia", "Elina", "Nathalie", "Mia", "Sanna", "Irene", "Carin", "Karolina", "Paulina",
    "Petra", "Jeanette", "Madelene", "Emmy", "Cornelia", "Sigrid", "Tindra", "Alma", "Freja", "Stella",
    "Ingeborg", "Sonja", "Majken", "Greta", "Vanja", "Märta", "Lotta", "Nina", "Ann-Marie", "Kristin",
    "Gudrun", "Margit", "Anita", "Erika", "Pernilla", "Veronica", "Annie", "Tina", "Linn", "Evelina",
    # tail: rarer names past the top 150
    "Birgit", "Marita", "Lisbeth", "Anne", "Elsie", "Iris", "Siri", "Ylva", "Tyra", "Ines",
    "Hillevi", "Rut", "Liv", "Eva-Karin", "Vilma", "Nova", "Juni", "Meja", "Lova", "Engla",
    "Hedda", "Livia", "Ellie", "Molly", "Elise", "Bianca", "Amelia", "Aurora", "Leia", "Svea",
    "Edith", "Tekla", "Hilma", "Lykke", "Minna", "Sally", "Bella", "Maj-Britt", "Filippa", "Fanny",
    "Ottilia", "Mira", "Angelica", "Annelie", "Ann-Sofie", "Anna-Lena", "Eva-Lena", "Marie-Louise", "Ann-Charlotte", "Ulla-Britt",
    "Inga-Lill", "Rose-Marie", "Gun-Britt", "Lill", "Lillemor", "Lisen", "Marit", "Marlene", "Mathilda", "Monika",
    "Nadja", "Noomi", "Patricia", "Rakel", "Rebecca", "Regina", "Rigmor", "Rosita", "Ruth", "Sabina",
    "Sofie", "Solveig", "Susann", "Tora", "Ulrica", "Valborg", "Viola", "Vivianne", "Wendela", "Yvette",
    "Agda", "Alfhild", "Alicia", "Alida", "Anja", "Annette", "Asta", "Beatrice", "Benita", "Bodil",
    "Boel", "Britta", "Brita", "Cajsa", "Carola", "Catharina", "Christel", "Christin", "Dagny", "Doris",
    "Edla", "Elena", "Eleonora", "Eira", "Elma", "Embla", "Emilie", "Eivor", "Gerd", "Gertrud",
    "Gisela", "Gunborg", "Gunvor", "Gullan", "Harriet", "Helen", "Helga", "Henrietta", "Hulda", "Idun",
    "Inga", "Ingalill", "Irma", "Isa", "Jill", "Jonna", "Josefina", "Judit", "Katja", "Laila",
    "Lea", "Lilian", "Lo", "Majvor", "Malva", "Margot", "Maud", "Melina", "Melissa", "Miranda",
    "Mirjam", "My", "Nanna", "Nicole", "Rosa", "Maj-Lis", "Vivi", "Wivi", "Elvi", "Hjördis",
    "Ingbritt", "Jenni", "Kaisa", "Lisette", "Mari", "Gunhild", "Ingvor", "Sigbritt", "Ragnhild", "Karla",
    "Liselotte", "Magdalena", "Tiril", "Evy", "Essie", "Stefanie", "Ingalena", "Ann-Louise", "Pia-Maria", "Kim",
    "Jasmine", "Nicolina", "Mathilde", "Elsy", "Thyra", "Gulli", "Dagmar", "Gabriella", "Frideborg", "Hervor",
    "Oline", "Ottilie", "Sigun", "Solbritt", "Svanhild", "Torun", "Unni", "Vendela", "Märit", "Åse",
    "Amalia", "Annica", "Carolina", "Charlotta", "Christina", "Dorotea", "Elna", "Eva-Britt", "Evelin", "Hanne",
    "Heidi", "Henny", "Irja", "Josephine", "Linnea", "Louisa", "Malou", "Mariana", "Marina", "Mimmi",
    "Nelly", "Oda", "Rosalie", "Sigrun", "Silvia", "Sylvia", "Ulla-Karin", "Veronika", "Vilhelmina", "Ingrid-Marie",
)  # fmt: skip

SV_M = (
    "Lars", "Mikael", "Anders", "Johan", "Erik", "Per", "Karl", "Peter", "Thomas", "Jan",
    "Daniel", "Fredrik", "Hans", "Andreas", "Stefan", "Magnus", "Mats", "Bengt", "Jonas", "Markus",
    "Oskar", "Niklas", "Alexander", "Martin", "Bo", "Nils", "Göran", "Leif", "Sven", "Björn",
    "Henrik", "Mattias", "Patrik", "Lennart", "Gustav", "Ulf", "Kjell", "Viktor", "David", "Christer",
    "Emil", "Robert", "Simon", "Anton", "Filip", "William", "Rolf", "Lucas", "Tommy", "Jonathan",
    "Axel", "Elias", "Hampus", "Linus", "Oliver", "Joakim", "Tobias", "Sebastian", "Christoffer", "Roger",
    "Kent", "Adam", "Rasmus", "Åke", "Gunnar", "Olof", "Jakob", "Hugo", "Ludvig", "Isak",
    "Mohammed", "Kevin", "Stig", "Ingemar", "Claes", "Dan", "Jesper", "Albin", "Max", "Arvid",
    "Kenneth", "Johnny", "Rickard", "Tomas", "Jörgen", "Roland", "Sten", "Arne", "Bertil", "Olle",
    "Gösta", "Liam", "Noah", "Alfred", "Edvin", "Theo", "Vincent", "Leo", "Melvin", "Ali",
    "Mohamed", "Johannes", "Jimmy", "Pontus", "Tony", "Conny", "Kurt", "Sture", "Torbjörn", "Ola",
    "Jens", "Tom", "Ronny", "Lukas", "Samuel", "Ivar", "Love", "Sixten", "Elliot", "Wilhelm",
    "Birger", "Harald", "Rune", "Göte", "Allan", "Tage", "Ingvar", "Håkan", "Lars-Erik", "Karl-Erik",
    "Per-Olof", "Jan-Erik", "Christian", "Emanuel", "Felix", "Gabriel", "Josef", "Benjamin", "Viggo", "Sigge",
    "Charlie", "Malte", "Marcus", "Jacob", "Kristoffer", "Niclas", "Morgan", "Glenn", "Dennis", "Ove",
    # tail: rarer names past the top 150
    "Sune", "Folke", "Evert", "Alvar", "Algot", "Ante", "Arnold", "Artur", "Aron", "August",
    "Bernt", "Bror", "Börje", "Carl", "Casper", "Dag", "Douglas", "Ebbe", "Egon", "Einar",
    "Elis", "Elof", "Enar", "Eskil", "Fabian", "Frans", "Gert", "Gillis", "Gustaf", "Halvar",
    "Helge", "Henning", "Herbert", "Hilding", "Holger", "Ture", "Uno", "Valter", "Walter", "Verner",
    "Vidar", "Vilgot", "Yngve", "Östen", "Jarl", "Joel", "Jon", "Jonny", "Julius", "Kaj",
    "Knut", "Konrad", "Krister", "Lage", "Leonard", "Loke", "Mio", "Noel", "Oscar", "Otto",
    "Pär", "Ragnar", "Reinhold", "Rikard", "Robin", "Sam", "Seth", "Sigvard", "Staffan", "Sölve",
    "Teodor", "Thor", "Tim", "Tord", "Torsten", "Truls", "Ulrik", "Valdemar", "Vilhelm", "Adrian",
    "Alf", "Dick", "Edgar", "Edward", "Eddie", "Elmer", "Emrik", "Erling", "Esbjörn", "Evald",
    "Frank", "Fred", "Georg", "Gottfrid", "Greger", "Hannes", "Harry", "Hjalmar", "Ivan", "Jack",
    "Jerker", "Joar", "Jöns", "Karl-Johan", "Lars-Göran", "Lars-Olof", "Leon", "Mattis", "Milton", "Måns",
    "Ossian", "Paul", "Peder", "Philip", "Ralf", "Reine", "Roy", "Rudolf", "Ruben", "Sigfrid",
    "Sverker", "Sylvester", "Thorsten", "Tor", "Valentin", "Wiktor", "Zakarias", "Örjan", "Anders-Petter", "Bill",
    "Benny", "Gunder", "Inge", "Ingvald", "Jan-Olof", "Karl-Gustav", "Kjell-Åke", "Lars-Åke", "Nils-Erik", "Per-Anders",
    "Bo-Göran", "Sven-Erik", "Carl-Johan", "Hans-Olov", "Olov", "Kennet", "Orvar", "Birk", "Colin", "Elton",
    "Frej", "Gideon", "Hjalte", "Isidor", "Ragnvald", "Kasper", "Levi", "Matheo", "Nisse", "Otis",
    "Pelle", "Rafael", "Sigurd", "Severin", "Torgny", "Uffe", "Vide", "Wille", "Yusuf", "Åsmund",
    "Assar", "Bernhard", "Conrad", "Torleif", "Fritiof", "Gerhard", "Vilmer", "Ingmar", "Nicolas", "Konstantin",
    "Lorentz", "Manfred", "Nore", "Osvald", "Paulus", "Roine", "Stellan", "Tryggve", "Ulv", "Waldemar",
    "Arvin", "Bengt-Göran", "Dragan", "Eliot", "Gustav-Adolf", "Hasse", "Ingolf", "Jöran", "Kalle", "Lasse",
    "Mikko", "Nicke", "Per-Erik", "Pehr", "Roald", "Stig-Olof", "Thom", "Ulrich", "Wilmer", "Sven-Olof",
    "Gunde", "Albert", "Bruno", "Elvin", "Hilmer", "Jan-Åke", "Knut-Erik", "Leopold", "Nils-Gunnar", "Sten-Åke",
)  # fmt: skip

SV_SURNAMES = (
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson",
    "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Olofsson",
    "Lindström", "Lindqvist", "Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren", "Lundqvist",
    "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg", "Ali", "Wallin", "Mohammed",
    "Engström", "Eklund", "Danielsson", "Lundin", "Håkansson", "Björk", "Bergman", "Gunnarsson", "Holm", "Wikström",
    "Samuelsson", "Isaksson", "Fransson", "Bergqvist", "Nyström", "Holmberg", "Arvidsson", "Löfgren", "Söderberg", "Nyberg",
    "Blomqvist", "Claesson", "Nordström", "Ahmed", "Mårtensson", "Lundström", "Hassan", "Viklund", "Björklund", "Eliasson",
    "Pålsson", "Berggren", "Sandström", "Lund", "Nordin", "Ström", "Åberg", "Falk", "Ekström", "Hermansson",
    "Holmgren", "Hellström", "Dahlberg", "Hedlund", "Sundberg", "Sjögren", "Ek", "Blom", "Abrahamsson", "Martinsson",
    "Öberg", "Andreasson", "Strömberg", "Månsson", "Åkesson", "Dahl", "Lindholm", "Norberg", "Holmqvist", "Mohamed",
    "Jonasson", "Sundström", "Nordqvist", "Lindahl", "Aslan", "Ekberg", "Hussein", "Lindblom", "Omar", "Söderström",
    "Wallgren", "Johnsson", "Ibrahim", "Adolfsson", "Sjöström", "Nyman", "Frisk", "Jeppsson", "Hedberg", "Sandén",
    "Sundqvist", "Wahlström", "Berntsson", "Ekman", "Karlström", "Josefsson", "Hedström", "Borg", "Wiklund", "Ottosson",
    "Lindén", "Nordlund", "Kristiansson", "Strand", "Bergkvist", "Lilja", "Vikström", "Hjalmarsson", "Rosén", "Nordgren",
    "Sjödin", "Stenberg", "Kaya", "Hammar", "Lövgren", "Karlberg", "Engberg", "Ahlström", "Sundin", "Wallén",
    # tail: rarer surnames past the top 150
    "Almqvist", "Ljungberg", "Söderlund", "Rydberg", "Holmström", "Ekholm", "Åström", "Lundmark", "Nygren", "Wennberg",
    "Mäkinen", "Grahn", "Lindkvist", "Hedman", "Ljung", "Lindelöf", "Westerberg", "Forslund", "Boström", "Lundell",
    "Malmberg", "Ågren", "Zetterberg", "Edlund", "Hagström", "Nordén", "Öhman", "Wiberg", "Carlsson", "Carlson",
    "Persdotter", "Rydén", "Sjölund", "Alm", "Ahlgren", "Lindmark", "Nordmark", "Östlund", "Enqvist", "Granberg",
    "Hallberg", "Hultgren", "Jernberg", "Kvist", "Lagerqvist", "Marklund", "Norling", "Pihl", "Renström", "Skog",
    "Stålberg", "Thorén", "Unger", "Wahlberg", "Westman", "Åkerlund", "Österberg", "Backlund", "Bäckström", "Dahlgren",
    "Ekdahl", "Fagerström", "Grönlund", "Hägg", "Isberg", "Jäderberg", "Kling", "Lantz", "Melin", "Nordenskiöld",
    "Olander", "Palm", "Rehn", "Sahlin", "Tengvall", "Ullman", "Vallin", "Wigren", "Ylander", "Zackrisson",
    "Åhlin", "Öst", "Burman", "Cederholm", "Dufva", "Eng", "Forsman", "Gyllensvärd", "Hammarström", "Idh",
    "Juhlin", "Kjellberg", "Lidén", "Modig", "Nord", "Ohlsson", "Pilo", "Qvarnström", "Rask", "Sellberg",
    "Tornberg", "Uddén", "Varg", "Wester", "Ärnström", "Ödman", "Blomberg", "Ceder", "Dalin", "Edström",
    "Fors", "Grönberg", "Hed", "Ingvarsson", "Jarl", "Kronberg", "Lundh", "Moberg", "Nyqvist", "Orre",
    "Pettersén", "Ringström", "Stark", "Tallberg", "Ulander", "Vesterlund", "Wirén", "Zander", "Åman", "Örn",
    "Bodin", "Carlberg", "Dahlqvist", "Erlandsson", "Frid", "Gustavsson", "Hägglund", "Ivarsson", "Jacobsson", "Krantz",
    "Larsén", "Mattsén", "Nylander", "Olausson", "Persén", "Rapp", "Strid", "Tell", "Ulfsdotter", "Valentin",
    "Wall", "Ytterberg", "Åsberg", "Öhrn", "Bengtzon", "Dahlin", "Ernström", "Fält", "Gren", "Hellberg",
    "Hurtig", "Kihlberg", "Lindell", "Mossberg", "Nilsén", "Ekelund", "Rönn", "Sjöblom", "Thunberg", "Vinberg",
    "Wängberg", "Älgström", "Björnsson", "Cronholm", "Dryselius", "Edvardsson", "Frost", "Göransson", "Hedin", "Kempe",
    "Yilmaz", "Nguyen", "Khalil", "Abdi", "Jovanovic", "Korhonen", "Rahimi", "Hosseini", "Al-Hassan", "Warsame",
    "von Knorring", "De la Gardie", "Sparre", "Bonde", "Uggla", "Posse", "Adlercreutz", "Ehrensvärd", "Stiernstedt", "Horn",
    "Lindroth", "Malmqvist", "Nordahl", "Rosengren", "Schön", "Thörn", "Wallander", "Åslund", "Öhrström", "Bohlin",
    "Edholm", "Fogelberg", "Gelin", "Hallin", "Jernström", "Kjellin", "Lindman", "Mellberg", "Nordberg", "Runesson",
)  # fmt: skip

# US Census 1990 (public domain): the first 400 women's and men's given names and 420 surnames.

US_F = (
    ("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.980),
    ("Elizabeth", 0.937), ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794),
    ("Margaret", 0.768), ("Dorothy", 0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667),
    ("Betty", 0.666), ("Helen", 0.663), ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565),
    ("Ruth", 0.562), ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.510), ("Sarah", 0.508),
    ("Kimberly", 0.504), ("Deborah", 0.494), ("Jessica", 0.490), ("Shirley", 0.482),
    ("Cynthia", 0.469), ("Angela", 0.468), ("Melissa", 0.462), ("Brenda", 0.455), ("Amy", 0.451),
    ("Anna", 0.440), ("Rebecca", 0.430), ("Virginia", 0.430), ("Kathleen", 0.424),
    ("Pamela", 0.416), ("Martha", 0.412), ("Debra", 0.408), ("Amanda", 0.404),
    ("Stephanie", 0.400), ("Carolyn", 0.385), ("Christine", 0.382), ("Marie", 0.379),
    ("Janet", 0.379), ("Catherine", 0.373), ("Frances", 0.370), ("Ann", 0.364), ("Joyce", 0.364),
    ("Diane", 0.359), ("Alice", 0.357), ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336),
    ("Doris", 0.335), ("Gloria", 0.335), ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315),
    ("Mildred", 0.313), ("Katherine", 0.313), ("Joan", 0.306), ("Ashley", 0.303),
    ("Judith", 0.297), ("Rose", 0.296), ("Janice", 0.285), ("Kelly", 0.283), ("Nicole", 0.281),
    ("Judy", 0.276), ("Christina", 0.275), ("Kathy", 0.272), ("Theresa", 0.271),
    ("Beverly", 0.267), ("Denise", 0.264), ("Tammy", 0.259), ("Irene", 0.252), ("Jane", 0.250),
    ("Lori", 0.248), ("Rachel", 0.242), ("Marilyn", 0.241), ("Andrea", 0.236), ("Kathryn", 0.234),
    ("Louise", 0.229), ("Sara", 0.229), ("Anne", 0.228), ("Jacqueline", 0.228), ("Wanda", 0.226),
    ("Bonnie", 0.223), ("Julia", 0.223), ("Ruby", 0.221), ("Lois", 0.220), ("Tina", 0.220),
    ("Phyllis", 0.219), ("Norma", 0.218), ("Paula", 0.217), ("Diana", 0.216), ("Annie", 0.216),
    ("Lillian", 0.211), ("Emily", 0.208), ("Robin", 0.208), ("Peggy", 0.208), ("Crystal", 0.207),
    ("Gladys", 0.205), ("Rita", 0.204), ("Dawn", 0.202), ("Connie", 0.200), ("Florence", 0.200),
    ("Tracy", 0.197), ("Edna", 0.197), ("Tiffany", 0.195), ("Carmen", 0.195), ("Rosa", 0.194),
    ("Cindy", 0.192), ("Grace", 0.189), ("Wendy", 0.185), ("Victoria", 0.180), ("Edith", 0.179),
    ("Kim", 0.178), ("Sherry", 0.178), ("Sylvia", 0.177), ("Josephine", 0.177), ("Thelma", 0.175),
    ("Shannon", 0.175), ("Sheila", 0.175), ("Ethel", 0.174), ("Ellen", 0.173), ("Elaine", 0.173),
    ("Marjorie", 0.173), ("Carrie", 0.171), ("Charlotte", 0.169), ("Monica", 0.166),
    ("Esther", 0.166), ("Pauline", 0.165), ("Emma", 0.165), ("Juanita", 0.164), ("Anita", 0.162),
    ("Rhonda", 0.162), ("Hazel", 0.161), ("Amber", 0.160), ("Eva", 0.159), ("Debbie", 0.157),
    ("April", 0.154), ("Leslie", 0.154), ("Clara", 0.153), ("Lucille", 0.153), ("Jamie", 0.153),
    ("Joanne", 0.150), ("Eleanor", 0.150), ("Valerie", 0.149), ("Danielle", 0.149),
    ("Megan", 0.147), ("Alicia", 0.146), ("Suzanne", 0.145), ("Michele", 0.145), ("Gail", 0.145),
    ("Bertha", 0.143), ("Darlene", 0.142), ("Veronica", 0.142), ("Jill", 0.142), ("Erin", 0.141),
    ("Geraldine", 0.141), ("Lauren", 0.137), ("Cathy", 0.137), ("Joann", 0.136),
    ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135), ("Regina", 0.133), ("Erica", 0.130),
    ("Beatrice", 0.130), ("Dolores", 0.129), ("Bernice", 0.128), ("Audrey", 0.127),
    ("Yvonne", 0.126), ("Annette", 0.125), ("June", 0.125), ("Samantha", 0.124), ("Marion", 0.122),
    ("Dana", 0.122), ("Stacy", 0.121), ("Ana", 0.120), ("Renee", 0.120), ("Ida", 0.118),
    ("Vivian", 0.118), ("Roberta", 0.117), ("Holly", 0.117), ("Brittany", 0.117),
    ("Melanie", 0.116), ("Loretta", 0.115), ("Yolanda", 0.115), ("Jeanette", 0.115),
    ("Laurie", 0.114), ("Katie", 0.113), ("Kristen", 0.111), ("Vanessa", 0.111), ("Alma", 0.111),
    ("Sue", 0.111), ("Elsie", 0.110), ("Beth", 0.110), ("Jeanne", 0.109), ("Vicki", 0.109),
    ("Carla", 0.107), ("Tara", 0.107), ("Rosemary", 0.107), ("Eileen", 0.105), ("Terri", 0.105),
    ("Gertrude", 0.103), ("Lucy", 0.103), ("Tonya", 0.102), ("Ella", 0.101), ("Stacey", 0.101),
    ("Wilma", 0.099), ("Gina", 0.099), ("Kristin", 0.099), ("Jessie", 0.098), ("Natalie", 0.098),
    ("Agnes", 0.098), ("Vera", 0.098), ("Willie", 0.097), ("Charlene", 0.097), ("Bessie", 0.096),
    ("Delores", 0.095), ("Melinda", 0.094), ("Pearl", 0.094), ("Arlene", 0.094),
    ("Maureen", 0.092), ("Colleen", 0.092), ("Allison", 0.092), ("Tamara", 0.092), ("Joy", 0.091),
    ("Georgia", 0.091), ("Constance", 0.091), ("Lillie", 0.090), ("Claudia", 0.090),
    ("Jackie", 0.090), ("Marcia", 0.090), ("Tanya", 0.089), ("Nellie", 0.089), ("Minnie", 0.089),
    ("Marlene", 0.088), ("Heidi", 0.088), ("Glenda", 0.088), ("Lydia", 0.086), ("Viola", 0.086),
    ("Courtney", 0.086), ("Marian", 0.086), ("Stella", 0.085), ("Caroline", 0.085),
    ("Dora", 0.084), ("Jo", 0.083), ("Vickie", 0.082), ("Mattie", 0.081), ("Terry", 0.080),
    ("Maxine", 0.079), ("Irma", 0.079), ("Mabel", 0.078), ("Marsha", 0.078), ("Myrtle", 0.078),
    ("Lena", 0.077), ("Christy", 0.077), ("Deanna", 0.076), ("Patsy", 0.076), ("Hilda", 0.075),
    ("Gwendolyn", 0.074), ("Jennie", 0.073), ("Nora", 0.073), ("Margie", 0.072), ("Nina", 0.072),
    ("Cassandra", 0.072), ("Leah", 0.072), ("Penny", 0.071), ("Kay", 0.071), ("Priscilla", 0.071),
    ("Naomi", 0.071), ("Carole", 0.071), ("Brandy", 0.070), ("Olga", 0.070), ("Billie", 0.069),
    ("Dianne", 0.069), ("Tracey", 0.069), ("Leona", 0.069), ("Jenny", 0.068), ("Felicia", 0.068),
    ("Sonia", 0.068), ("Miriam", 0.066), ("Velma", 0.066), ("Becky", 0.066), ("Bobbie", 0.065),
    ("Violet", 0.065), ("Kristina", 0.065), ("Toni", 0.064), ("Misty", 0.063), ("Mae", 0.063),
    ("Shelly", 0.062), ("Daisy", 0.062), ("Ramona", 0.062), ("Sherri", 0.062), ("Erika", 0.061),
    ("Katrina", 0.061), ("Claire", 0.061), ("Lindsey", 0.060), ("Lindsay", 0.060),
    ("Geneva", 0.059), ("Guadalupe", 0.059), ("Belinda", 0.059), ("Margarita", 0.059),
    ("Sheryl", 0.059), ("Cora", 0.058), ("Faye", 0.058), ("Ada", 0.057), ("Natasha", 0.057),
    ("Sabrina", 0.057), ("Isabel", 0.057), ("Marguerite", 0.056), ("Hattie", 0.056),
    ("Harriet", 0.056), ("Molly", 0.055), ("Cecilia", 0.055), ("Kristi", 0.055), ("Brandi", 0.055),
    ("Blanche", 0.055), ("Sandy", 0.055), ("Rosie", 0.055), ("Joanna", 0.055), ("Iris", 0.055),
    ("Eunice", 0.054), ("Angie", 0.054), ("Inez", 0.053), ("Lynda", 0.053), ("Madeline", 0.052),
    ("Amelia", 0.052), ("Alberta", 0.052), ("Genevieve", 0.051), ("Monique", 0.051),
    ("Jodi", 0.051), ("Janie", 0.051), ("Maggie", 0.051), ("Kayla", 0.051), ("Sonya", 0.051),
    ("Jan", 0.051), ("Lee", 0.051), ("Kristine", 0.051), ("Candace", 0.051), ("Fannie", 0.050),
    ("Maryann", 0.050), ("Opal", 0.050), ("Alison", 0.050), ("Yvette", 0.050), ("Melody", 0.050),
    ("Luz", 0.049), ("Susie", 0.049), ("Olivia", 0.049), ("Flora", 0.049), ("Shelley", 0.049),
    ("Kristy", 0.048), ("Mamie", 0.048), ("Lula", 0.048), ("Lola", 0.048), ("Verna", 0.048),
    ("Beulah", 0.048), ("Antoinette", 0.048), ("Candice", 0.046), ("Juana", 0.046),
    ("Jeannette", 0.046), ("Pam", 0.046), ("Kelli", 0.046), ("Hannah", 0.045), ("Whitney", 0.045),
    ("Bridget", 0.045), ("Karla", 0.044), ("Celia", 0.044), ("Latoya", 0.043), ("Patty", 0.043),
    ("Shelia", 0.043), ("Gayle", 0.043), ("Della", 0.043), ("Vicky", 0.043), ("Lynne", 0.043),
    ("Sheri", 0.042), ("Marianne", 0.042), ("Kara", 0.041), ("Jacquelyn", 0.041), ("Erma", 0.041),
    ("Blanca", 0.041), ("Myra", 0.040), ("Leticia", 0.040), ("Pat", 0.040), ("Krista", 0.040),
    ("Roxanne", 0.040), ("Angelica", 0.039), ("Johnnie", 0.039), ("Robyn", 0.039),
    ("Francis", 0.039), ("Adrienne", 0.039), ("Rosalie", 0.039), ("Alexandra", 0.039),
    ("Brooke", 0.039), ("Bethany", 0.039), ("Sadie", 0.039), ("Bernadette", 0.039),
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

US_SURNAMES = (
    ("Smith", 1.006), ("Johnson", 0.810), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621),
    ("Davis", 0.480), ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor", 0.311),
    ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.310), ("White", 0.279),
    ("Harris", 0.275), ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254),
    ("Martinez", 0.234), ("Robinson", 0.233), ("Clark", 0.231), ("Rodriguez", 0.229),
    ("Lewis", 0.226), ("Lee", 0.220), ("Walker", 0.219), ("Hall", 0.200), ("Allen", 0.199),
    ("Young", 0.193), ("Hernandez", 0.192), ("King", 0.190), ("Wright", 0.189), ("Lopez", 0.187),
    ("Hill", 0.187), ("Scott", 0.185), ("Green", 0.183), ("Adams", 0.174), ("Baker", 0.171),
    ("Gonzalez", 0.166), ("Nelson", 0.162), ("Carter", 0.162), ("Mitchell", 0.160),
    ("Perez", 0.155), ("Roberts", 0.153), ("Turner", 0.152), ("Phillips", 0.149),
    ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141), ("Edwards", 0.137),
    ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.130), ("Morris", 0.125),
    ("Rogers", 0.123), ("Reed", 0.122), ("Cook", 0.120), ("Morgan", 0.118), ("Bell", 0.117),
    ("Murphy", 0.117), ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper", 0.113),
    ("Richardson", 0.112), ("Cox", 0.110), ("Howard", 0.110), ("Ward", 0.108), ("Torres", 0.108),
    ("Peterson", 0.107), ("Gray", 0.106), ("Ramirez", 0.105), ("James", 0.105), ("Watson", 0.103),
    ("Brooks", 0.103), ("Kelly", 0.102), ("Sanders", 0.100), ("Price", 0.099), ("Bennett", 0.099),
    ("Wood", 0.098), ("Barnes", 0.097), ("Ross", 0.096), ("Henderson", 0.095), ("Coleman", 0.095),
    ("Jenkins", 0.095), ("Perry", 0.094), ("Powell", 0.093), ("Long", 0.092), ("Patterson", 0.092),
    ("Hughes", 0.092), ("Flores", 0.092), ("Washington", 0.092), ("Butler", 0.091),
    ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales", 0.087), ("Bryant", 0.087),
    ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084), ("Diaz", 0.084),
    ("Hayes", 0.083), ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082), ("Graham", 0.082),
    ("Sullivan", 0.081), ("Wallace", 0.081), ("Woods", 0.080), ("Cole", 0.080), ("West", 0.080),
    ("Jordan", 0.078), ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077), ("Ellis", 0.077),
    ("Harrison", 0.076), ("Gibson", 0.075), ("McDonald", 0.075), ("Cruz", 0.075),
    ("Marshall", 0.075), ("Ortiz", 0.075), ("Gomez", 0.075), ("Murray", 0.074), ("Freeman", 0.074),
    ("Wells", 0.073), ("Webb", 0.072), ("Simpson", 0.070), ("Stevens", 0.070), ("Tucker", 0.070),
    ("Porter", 0.069), ("Hunter", 0.069), ("Hicks", 0.069), ("Crawford", 0.068), ("Henry", 0.068),
    ("Boyd", 0.068), ("Mason", 0.068), ("Morales", 0.067), ("Kennedy", 0.067), ("Warren", 0.067),
    ("Dixon", 0.066), ("Ramos", 0.066), ("Reyes", 0.066), ("Burns", 0.065), ("Gordon", 0.065),
    ("Shaw", 0.065), ("Holmes", 0.065), ("Rice", 0.064), ("Robertson", 0.064), ("Hunt", 0.063),
    ("Black", 0.063), ("Daniels", 0.062), ("Palmer", 0.062), ("Mills", 0.061), ("Nichols", 0.060),
    ("Grant", 0.060), ("Knight", 0.060), ("Ferguson", 0.059), ("Rose", 0.059), ("Stone", 0.059),
    ("Hawkins", 0.059), ("Dunn", 0.058), ("Perkins", 0.058), ("Hudson", 0.058), ("Spencer", 0.057),
    ("Gardner", 0.057), ("Stephens", 0.057), ("Payne", 0.057), ("Pierce", 0.056), ("Berry", 0.056),
    ("Matthews", 0.056), ("Arnold", 0.056), ("Wagner", 0.055), ("Willis", 0.055), ("Ray", 0.055),
    ("Watkins", 0.055), ("Olson", 0.055), ("Carroll", 0.055), ("Duncan", 0.055), ("Snyder", 0.055),
    ("Hart", 0.054), ("Cunningham", 0.054), ("Bradley", 0.054), ("Lane", 0.054),
    ("Andrews", 0.054), ("Ruiz", 0.054), ("Harper", 0.054), ("Fox", 0.053), ("Riley", 0.053),
    ("Armstrong", 0.053), ("Carpenter", 0.053), ("Weaver", 0.053), ("Greene", 0.053),
    ("Lawrence", 0.052), ("Elliott", 0.052), ("Chavez", 0.052), ("Sims", 0.052), ("Austin", 0.052),
    ("Peters", 0.052), ("Kelley", 0.052), ("Franklin", 0.051), ("Lawson", 0.051),
    ("Fields", 0.051), ("Gutierrez", 0.051), ("Ryan", 0.051), ("Schmidt", 0.051), ("Carr", 0.051),
    ("Vasquez", 0.051), ("Castillo", 0.051), ("Wheeler", 0.051), ("Chapman", 0.050),
    ("Oliver", 0.050), ("Montgomery", 0.049), ("Richards", 0.049), ("Williamson", 0.049),
    ("Johnston", 0.049), ("Banks", 0.048), ("Meyer", 0.048), ("Bishop", 0.048), ("McCoy", 0.048),
    ("Howell", 0.048), ("Alvarez", 0.048), ("Morrison", 0.048), ("Hansen", 0.047),
    ("Fernandez", 0.047), ("Garza", 0.047), ("Harvey", 0.047), ("Little", 0.046),
    ("Burton", 0.046), ("Stanley", 0.046), ("Nguyen", 0.046), ("George", 0.046), ("Jacobs", 0.046),
    ("Reid", 0.046), ("Kim", 0.045), ("Fuller", 0.045), ("Lynch", 0.045), ("Dean", 0.045),
    ("Gilbert", 0.045), ("Garrett", 0.045), ("Romero", 0.045), ("Welch", 0.044), ("Larson", 0.044),
    ("Frazier", 0.044), ("Burke", 0.044), ("Hanson", 0.043), ("Day", 0.043), ("Mendoza", 0.043),
    ("Moreno", 0.043), ("Bowman", 0.043), ("Medina", 0.042), ("Fowler", 0.042), ("Brewer", 0.042),
    ("Hoffman", 0.042), ("Carlson", 0.042), ("Silva", 0.042), ("Pearson", 0.042),
    ("Holland", 0.042), ("Douglas", 0.041), ("Fleming", 0.041), ("Jensen", 0.041),
    ("Vargas", 0.041), ("Byrd", 0.041), ("Davidson", 0.041), ("Hopkins", 0.041), ("May", 0.040),
    ("Terry", 0.040), ("Herrera", 0.040), ("Wade", 0.040), ("Soto", 0.040), ("Walters", 0.040),
    ("Curtis", 0.040), ("Neal", 0.039), ("Caldwell", 0.039), ("Lowe", 0.039), ("Jennings", 0.039),
    ("Barnett", 0.039), ("Graves", 0.039), ("Jimenez", 0.039), ("Horton", 0.039),
    ("Shelton", 0.039), ("Barrett", 0.039), ("O'Brien", 0.039), ("Castro", 0.039),
    ("Sutton", 0.038), ("Gregory", 0.038), ("McKinney", 0.038), ("Lucas", 0.038), ("Miles", 0.038),
    ("Craig", 0.038), ("Rodriquez", 0.037), ("Chambers", 0.037), ("Holt", 0.037),
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
    ("Valdez", 0.032), ("Hubbard", 0.032), ("Salazar", 0.032), ("Reeves", 0.032),
    ("Warner", 0.031), ("Stevenson", 0.031), ("Burgess", 0.031), ("Santos", 0.031),
    ("Tate", 0.031), ("Cross", 0.031), ("Garner", 0.031), ("Mann", 0.031), ("Mack", 0.031),
    ("Moss", 0.031), ("Thornton", 0.031), ("Dennis", 0.031), ("McGee", 0.031), ("Farmer", 0.030),
    ("Delgado", 0.030), ("Aguilar", 0.030), ("Vega", 0.030), ("Glover", 0.030), ("Manning", 0.030),
    ("Cohen", 0.030), ("Harmon", 0.030), ("Rodgers", 0.030), ("Robbins", 0.030), ("Newton", 0.030),
    ("Todd", 0.030), ("Blair", 0.030), ("Higgins", 0.030), ("Ingram", 0.030), ("Reese", 0.030),
    ("Cannon", 0.030), ("Strickland", 0.030), ("Townsend", 0.030), ("Potter", 0.030),
    ("Goodwin", 0.030), ("Walton", 0.030), ("Rowe", 0.029), ("Hampton", 0.029), ("Ortega", 0.029),
    ("Patton", 0.029), ("Swanson", 0.029), ("Joseph", 0.029), ("Francis", 0.029),
    ("Goodman", 0.029), ("Maldonado", 0.029), ("Yates", 0.029), ("Becker", 0.029),
    ("Erickson", 0.029), ("Hodges", 0.029), ("Rios", 0.029), ("Conner", 0.029), ("Adkins", 0.029),
    ("Webster", 0.028), ("Norman", 0.028), ("Malone", 0.028), ("Hammond", 0.028),
    ("Flowers", 0.028), ("Cobb", 0.028), ("Moody", 0.028), ("Quinn", 0.028), ("Blake", 0.028),
    ("Maxwell", 0.028), ("Pope", 0.028), ("Floyd", 0.027), ("Osborne", 0.027), ("Paul", 0.027),
    ("McCarthy", 0.027), ("Guerrero", 0.027), ("Lindsey", 0.027), ("Estrada", 0.027),
    ("Sandoval", 0.027), ("Gibbs", 0.027), ("Tyler", 0.027), ("Gross", 0.027),
    ("Fitzgerald", 0.027), ("Stokes", 0.027), ("Doyle", 0.027), ("Sherman", 0.027),
)  # fmt: skip

# UK: the ONS rankings across the decades, commonest first (the writer's general knowledge).

UK_F = (
    "Sarah", "Emma", "Claire", "Laura", "Rebecca", "Gemma", "Rachel", "Lisa", "Nicola", "Amy",
    "Jessica", "Charlotte", "Hannah", "Sophie", "Katie", "Lucy", "Emily", "Olivia", "Amelia", "Chloe",
    "Samantha", "Elizabeth", "Helen", "Susan", "Margaret", "Jennifer", "Karen", "Julie", "Joanne", "Louise",
    "Kelly", "Victoria", "Michelle", "Jane", "Alison", "Deborah", "Catherine", "Caroline", "Elaine", "Angela",
    "Amanda", "Tracey", "Donna", "Dawn", "Wendy", "Lynn", "Carol", "Patricia", "Linda", "Janet",
    "Christine", "Sandra", "Barbara", "Pauline", "Ann", "Anne", "Mary", "Jean", "Joan", "Dorothy",
    "Sheila", "Brenda", "Maureen", "Valerie", "Shirley", "Gillian", "Lesley", "Fiona", "Heather", "Kathryn",
    "Natalie", "Stephanie", "Zoe", "Jade", "Danielle", "Leanne", "Kirsty", "Stacey", "Lauren", "Megan",
    "Bethany", "Georgia", "Eleanor", "Grace", "Isla", "Ava", "Mia", "Isabella", "Poppy", "Ella",
    "Lily", "Evie", "Freya", "Ruby", "Daisy", "Alice", "Florence", "Phoebe", "Matilda", "Millie",
    "Rosie", "Isabelle", "Evelyn", "Sienna", "Willow", "Ivy", "Elsie", "Harper", "Maisie", "Erin",
    "Abigail", "Holly", "Imogen", "Molly", "Eva", "Scarlett", "Layla", "Aisha", "Fatima", "Amber",
    "Jasmine", "Paige", "Shannon", "Chelsea", "Hayley", "Kerry", "Leah", "Natasha", "Kimberley", "Sally",
    "Joanna", "Anna", "Ruth", "Judith", "Diane", "Marion", "Irene", "Doreen", "Sylvia", "Rita",
    "Kathleen", "Eileen", "Siobhan", "Ciara", "Niamh", "Caitlin", "Rhiannon", "Sian", "Cerys", "Jacqueline",
    # tail: rarer names past the top 150
    "Beryl", "Gladys", "Hilda", "Edith", "Vera", "Betty", "Rose", "Iris", "Bridget", "Aoife",
    "Eilidh", "Morag", "Ffion", "Seren", "Carys", "Bronwen", "Nia", "Gwen", "Yasmin", "Priya",
    "Sana", "Zara", "Hollie", "Esme", "Thea", "Aria", "Luna", "Mila", "Harriet", "Beatrice",
    "Clara", "Violet", "Nancy", "Edie", "Maya", "Lydia", "Jodie", "Gail", "Sharon", "Lorraine",
    "Denise", "Beverley", "Theresa", "Yvonne", "Mandy", "Jill", "Tanya", "Vanessa", "Sonia", "Annette",
    "Geraldine", "Rosemary", "Josephine", "Jacqui", "Bernadette", "Maxine", "Janice", "Marilyn", "Lynne", "Debra",
    "Penelope", "Philippa", "Rosalind", "Henrietta", "Arabella", "Tabitha", "Felicity", "Verity", "Hermione", "Camilla",
    "Tamsin", "Kirsten", "Shona", "Ailsa", "Catriona", "Mhairi", "Isobel", "Kayleigh", "Chantelle", "Demi",
    "Courtney", "Jordan", "Tegan", "Keeley", "Jolene", "Roxanne", "Melanie", "Gina", "Cheryl", "Debbie",
    "Kim", "Toni", "Nadia", "Ayesha", "Maryam", "Hafsa", "Khadija", "Zainab", "Anisa", "Simran",
    "Jaspreet", "Harpreet", "Gurpreet", "Anjali", "Chanel", "Tia", "Precious", "Blessing", "Abena", "Chidinma",
    "Agnieszka", "Oliwia", "Zuzanna", "Ioana", "Elena", "Francesca", "Gabriella", "Bianca", "Giulia", "Ines",
    "Orla", "Saoirse", "Roisin", "Maeve", "Grainne", "Una", "Dervla", "Mairead", "Eimear", "Clodagh",
    "Elodie", "Ottilie", "Delilah", "Nell", "Martha", "Maria", "Frances", "Winifred", "Mabel", "Ada",
    "Margot", "Hazel", "Pearl", "Elspeth", "Cordelia", "Imelda", "Lorna", "Moira", "Mavis", "Enid",
    "Muriel", "Norma", "Audrey", "Hilary", "Jocelyn", "Gloria", "Olive", "Agnes", "Lilian", "Constance",
    "Patience", "Prudence", "Faith", "Hope", "Joy", "Dolores", "Ramona", "Esther", "Miriam", "Naomi",
)  # fmt: skip
UK_M = (
    "David", "John", "Paul", "Mark", "James", "Andrew", "Michael", "Peter", "Robert", "Richard",
    "Stephen", "Christopher", "Daniel", "Matthew", "Thomas", "William", "Ian", "Simon", "Anthony", "Steven",
    "Gary", "Kevin", "Martin", "Alan", "Jonathan", "Neil", "Graham", "Colin", "Brian", "Keith",
    "Barry", "Stuart", "Darren", "Lee", "Craig", "Jason", "Scott", "Adam", "Ryan", "Luke",
    "Jack", "Oliver", "Harry", "George", "Charlie", "Joshua", "Samuel", "Benjamin", "Joseph", "Jamie",
    "Liam", "Nathan", "Aaron", "Kieran", "Callum", "Connor", "Jake", "Alexander", "Edward", "Henry",
    "Alfie", "Noah", "Leo", "Oscar", "Arthur", "Freddie", "Archie", "Theo", "Jacob", "Ethan",
    "Max", "Lucas", "Logan", "Isaac", "Muhammad", "Mohammed", "Tommy", "Finley", "Harrison", "Toby",
    "Dylan", "Mason", "Riley", "Frederick", "Elliot", "Owen", "Rhys", "Gareth", "Dafydd", "Huw",
    "Sean", "Patrick", "Declan", "Ciaran", "Fraser", "Hamish", "Angus", "Euan", "Ross", "Alistair",
    "Malcolm", "Duncan", "Gordon", "Kenneth", "Derek", "Trevor", "Roger", "Terence", "Raymond", "Dennis",
    "Roy", "Ronald", "Geoffrey", "Frank", "Albert", "Harold", "Leslie", "Norman", "Stanley", "Walter",
    "Philip", "Timothy", "Nicholas", "Jeremy", "Julian", "Dominic", "Marcus", "Wayne", "Dean", "Carl",
    "Shaun", "Russell", "Karl", "Ashley", "Robin", "Howard", "Victor", "Vincent", "Bernard", "Gerald",
    "Leonard", "Douglas", "Hugh", "Ralph", "Bradley", "Jordan", "Kyle", "Ibrahim", "Yusuf", "Ali",
    # tail: rarer names past the top 150
    "Iwan", "Gethin", "Aled", "Dewi", "Rhodri", "Emyr", "Cai", "Osian", "Tomos", "Ieuan",
    "Eoin", "Cillian", "Oisin", "Padraig", "Niall", "Fergus", "Lachlan", "Ruaridh", "Calum", "Murdo",
    "Ernest", "Sidney", "Cyril", "Reginald", "Clive", "Nigel", "Rupert", "Hugo", "Sebastian", "Tristan",
    "Glen", "Stewart", "Allan", "Hassan", "Arjun", "Rohan", "Amir", "Omar", "Zain", "Rory",
    "Finn", "Jude", "Ezra", "Albie", "Reggie", "Ronnie", "Hunter", "Tyler", "Bailey", "Kai",
    "Louis", "Elijah", "Jenson", "Teddy", "Ollie", "Rowan", "Felix", "Jasper", "Barnaby", "Ptolemy",
    "Crispin", "Giles", "Piers", "Quentin", "Benedict", "Ambrose", "Cuthbert", "Percival", "Wilfred", "Horace",
    "Cecil", "Percy", "Clifford", "Lionel", "Maurice", "Herbert", "Norris", "Gilbert", "Eric", "Edwin",
    "Desmond", "Rodney", "Lloyd", "Winston", "Delroy", "Clinton", "Leroy", "Errol", "Tyrone", "Marlon",
    "Kwame", "Kofi", "Emeka", "Chinedu", "Tunde", "Oluwaseun", "Femi", "Segun", "Jamal", "Tariq",
    "Imran", "Adil", "Bilal", "Hamza", "Usman", "Faisal", "Sajid", "Rizwan", "Gurdeep", "Jaswinder",
    "Sukhwinder", "Rajinder", "Sanjay", "Pradeep", "Ravi", "Nikhil", "Tomasz", "Piotr", "Marek", "Andrei",
    "Bogdan", "Luca", "Marco", "Giovanni", "Pedro", "Joao", "Dimitri", "Nikos", "Stelios", "Costas",
    "Lewis", "Cameron", "Blake", "Reece", "Brandon", "Jordan-Lee", "Mitchell", "Spencer", "Tristram", "Rufus",
    "Gideon", "Jonah", "Caleb", "Nathaniel", "Zachary", "Gabriel", "Raphael", "Matthias", "Barney", "Alfred",
)  # fmt: skip
UK_SURNAMES = (
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
    # tail: rarer surnames past the top 150
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
    "Ferguson", "Hayward", "Carroll", "Farrell", "Duncan", "Metcalfe", "MacLeod", "MacKenzie", "Fraser", "Sinclair",
    "Cameron", "McLean", "Paterson", "Crawford", "Kerr", "Bowen", "Pugh", "Vaughan", "Jenkins-Rees", "Llewellyn",
    "Prosser", "Meredith", "Gwynne", "Beddoes", "Ashworth", "Butterworth", "Greenhalgh", "Heywood", "Entwistle", "Pilkington",
    "Trelawney", "Penrose", "Tremayne", "Nankervis", "Pascoe", "Kavanagh", "Fitzgerald", "Brennan", "Donnelly", "Gallacher",
    "Chowdhury", "Rahman", "Uddin", "Miah", "Islam", "Mahmood", "Iqbal", "Malik", "Sharma", "Mistry",
    "Okafor", "Adeyemi", "Mensah", "Boateng", "Owusu", "Nowak", "Kowalski", "Popescu", "Rossi", "Da Silva",
    "Featherstone", "Higginbottom", "Ramsbottom", "Sidebottom", "Winterbottom", "Oakley", "Thornton", "Whitworth", "Wolstenholme", "Cholmondeley",
    "Fairweather", "Goodfellow", "Lightfoot", "Merryweather", "Playfair", "Truelove", "Underwood", "Waterhouse", "Youngman", "Ziegler",
)  # fmt: skip

# The commonest given names and surnames of origins common in Sweden (the writer's knowledge of
# the countries' name statistics and of who lives in Sweden), commonest first, weight 1/rank.
FINNISH = (
    ("Marja", "Pirjo", "Tuula", "Anneli", "Leena", "Riitta", "Kaarina", "Sirpa", "Päivi", "Tarja", "Seija", "Raija", "Eija", "Liisa", "Hannele", "Satu", "Minna", "Sari", "Anu", "Katja", "Aino", "Tiina", "Sanna", "Merja", "Helvi", "Aili"),
    ("Juha", "Mikko", "Timo", "Kari", "Jari", "Pekka", "Markku", "Matti", "Antti", "Jukka", "Heikki", "Seppo", "Esa", "Tapio", "Ilkka", "Pertti", "Veikko", "Risto", "Hannu", "Mika", "Ville", "Janne", "Tuomas", "Raimo", "Eero"),
    ("Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen"),
)  # fmt: skip
ARABIC = (  # Iraq, Syria, Lebanon and Palestine, with Assyrian/Syriac names
    ("Fatima", "Maryam", "Zainab", "Noor", "Sara", "Aya", "Hiba", "Rana", "Layla", "Amira", "Huda", "Yasmin", "Rasha", "Lina", "Dalia", "Samira", "Nadia", "Rania", "Mariam", "Ninorta", "Shamiram", "Nahrain", "Ramina", "Raghad", "Zahraa", "Israa", "Dunia"),
    ("Mohammed", "Ahmed", "Ali", "Hassan", "Hussein", "Omar", "Mustafa", "Ibrahim", "Khaled", "Yousef", "Abdullah", "Karim", "Mahmoud", "Ammar", "Haider", "Abbas", "Saif", "Hamza", "Bilal", "Tariq", "Sami", "Ninos", "Sargon", "Gabriel", "Fadi", "Samir", "Elias", "Aziz"),
    ("Ali", "Mohammed", "Ahmed", "Hassan", "Hussein", "Ibrahim", "Abdullah", "Khalil", "Saleh", "Jasim", "Abbas", "Kadhim", "Mahmoud", "Al-Hassani", "Al-Jaberi", "Al-Obaidi", "Al-Saadi", "Haddad", "Khoury", "Nasser", "Yousef", "Hamad", "Shamoun", "Barsoum", "Issa", "Lahdo", "Malki", "Gewargis", "Yacoub", "Toma", "Hanna", "Al-Rubaie", "Al-Tamimi"),
)  # fmt: skip
SOMALI = (
    ("Fadumo", "Hodan", "Sahra", "Amina", "Khadra", "Ifrah", "Nasra", "Hibo", "Sucaad", "Ayan", "Deeqa", "Hamdi", "Ubah", "Leyla", "Maryan", "Sagal", "Asli", "Halima", "Nimco", "Ilhan", "Ladan", "Farhiya"),
    ("Abdi", "Mohamed", "Ahmed", "Abdirahman", "Abdullahi", "Hassan", "Ali", "Omar", "Yusuf", "Farah", "Ismail", "Mahad", "Liban", "Abdirizak", "Osman", "Hussein", "Said", "Guled", "Bashir", "Abdiaziz", "Khalid", "Mukhtar"),
    ("Mohamed", "Ahmed", "Ali", "Hassan", "Abdi", "Farah", "Hussein", "Omar", "Osman", "Yusuf", "Warsame", "Jama", "Nur", "Aden", "Ismail", "Abdullahi", "Mohamud", "Hersi", "Guled", "Egal", "Dirie", "Duale", "Elmi", "Mire", "Abdulle"),
)  # fmt: skip
POLISH = (  # surnames in the masculine form; `feminine` gives -ska/-cka/-dzka for women
    ("Anna", "Katarzyna", "Maria", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Magdalena", "Joanna", "Monika", "Aleksandra", "Natalia", "Justyna", "Dorota", "Beata", "Marta", "Karolina", "Paulina", "Agata", "Iwona", "Elżbieta", "Zofia", "Weronika", "Grażyna"),
    ("Piotr", "Krzysztof", "Tomasz", "Andrzej", "Paweł", "Michał", "Marcin", "Jakub", "Łukasz", "Grzegorz", "Mateusz", "Adam", "Marek", "Wojciech", "Kamil", "Rafał", "Dariusz", "Bartosz", "Przemysław", "Sławomir", "Jacek", "Zbigniew", "Janusz"),
    ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Wojciechowski", "Kwiatkowski", "Krawczyk", "Kaczmarek", "Piotrowski", "Grabowski", "Zając", "Pawłowski", "Michalski", "Król", "Wieczorek", "Wróbel", "Jabłoński", "Majewski", "Olszewski", "Jaworski", "Malinowski", "Górski", "Sadowski", "Stępień", "Pawlak", "Wilk", "Zawadzki", "Wysocki", "Sikorski"),
)  # fmt: skip
PERSIAN = (
    ("Fatemeh", "Zahra", "Maryam", "Shirin", "Parisa", "Leila", "Nasrin", "Mina", "Azadeh", "Roya", "Narges", "Mahsa", "Sara", "Niloofar", "Shabnam", "Setareh", "Golnaz", "Bahar", "Yasaman", "Elham", "Ladan", "Soheila", "Forough", "Neda"),
    ("Ali", "Mohammad", "Reza", "Hossein", "Mehdi", "Amir", "Hamid", "Saeed", "Behrouz", "Dariush", "Farhad", "Kaveh", "Babak", "Arash", "Omid", "Majid", "Navid", "Peyman", "Kourosh", "Payam", "Ramin", "Bijan", "Hassan", "Siavash"),
    ("Mohammadi", "Hosseini", "Ahmadi", "Rezaei", "Moradi", "Karimi", "Jafari", "Rahimi", "Hashemi", "Mousavi", "Hosseinzadeh", "Ghorbani", "Sadeghi", "Akbari", "Rostami", "Kazemi", "Azizi", "Nazari", "Tehrani", "Shirazi", "Esfahani", "Amini", "Bagheri", "Farahani", "Sharifi", "Alavi", "Ebrahimi", "Soltani", "Nouri"),
)  # fmt: skip
BCS = (  # Bosnian, Serbian and Croatian
    ("Amra", "Emina", "Lejla", "Amela", "Selma", "Aida", "Jasmina", "Mirela", "Sanela", "Maja", "Ana", "Ivana", "Marija", "Jelena", "Dragana", "Snežana", "Vesna", "Mirjana", "Milica", "Azra", "Edina", "Nermina", "Senada"),
    ("Emir", "Amir", "Adnan", "Mirza", "Haris", "Edin", "Alen", "Kenan", "Senad", "Muhamed", "Dženan", "Nikola", "Marko", "Stefan", "Dragan", "Goran", "Zoran", "Milan", "Nenad", "Ivan", "Dejan", "Josip", "Ante", "Mladen"),
    ("Hodžić", "Hadžić", "Begić", "Delić", "Kovačević", "Hasanović", "Mehmedović", "Ibrahimović", "Husić", "Alić", "Šabić", "Mujić", "Omerović", "Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Popović", "Horvat", "Kovač", "Babić", "Marić", "Jurić", "Knežević", "Perić", "Vuković", "Pavlović", "Tomić", "Karić", "Halilović", "Smajić", "Avdić"),
)  # fmt: skip
TURKISH = (
    ("Fatma", "Ayşe", "Emine", "Hatice", "Zeynep", "Elif", "Merve", "Özlem", "Sevgi", "Gül", "Derya", "Esra", "Büşra", "Hülya", "Sibel", "Canan", "Songül", "Dilek", "Nazlı", "Ebru", "Yasemin", "Gülsüm"),
    ("Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "Murat", "Emre", "Kemal", "Osman", "Yusuf", "Ömer", "Burak", "Serkan", "Erkan", "Cem", "Volkan", "Tolga", "Kadir", "Ercan", "Selim"),
    ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Polat", "Korkmaz", "Güneş", "Aksoy", "Tekin", "Ekinci"),
)  # fmt: skip
KURDISH = (
    ("Berivan", "Rojda", "Nazdar", "Dilan", "Shilan", "Avin", "Jiyan", "Helin", "Zilan", "Ronahi", "Gulistan", "Hêvî", "Newroz", "Bahar", "Shirin", "Leyla", "Rezan", "Zozan", "Sozdar", "Evin"),
    ("Azad", "Rebin", "Dilshad", "Karwan", "Shvan", "Baran", "Rekan", "Ciwan", "Soran", "Kawa", "Aram", "Hawre", "Diyar", "Rizgar", "Serhad", "Bawar", "Hemin", "Zana", "Sherzad", "Ako"),
    ("Ahmed", "Rashid", "Mahmoud", "Karim", "Aziz", "Hama", "Mustafa", "Omar", "Salih", "Zebari", "Amin", "Hawrami", "Abdulla", "Qadir", "Faraj", "Hussein", "Jalal", "Baban", "Sulaiman", "Tahir", "Rasul", "Kaka", "Mirza", "Doski"),
)  # fmt: skip
ERITREAN = (  # the father's given name serves as surname
    ("Helen", "Senait", "Saba", "Selam", "Mebrat", "Tsega", "Yordanos", "Lidia", "Winta", "Feven", "Meron", "Rahel", "Hiwet", "Eden", "Semhar", "Luwam", "Almaz", "Tirhas", "Abeba", "Freweyni"),
    ("Yonas", "Daniel", "Samuel", "Dawit", "Michael", "Tesfay", "Yohannes", "Berhane", "Tekle", "Habtom", "Filmon", "Aron", "Robel", "Mehari", "Merhawi", "Amanuel", "Biniam", "Senay", "Kidane", "Ghirmay", "Tesfalem", "Efrem"),
    ("Tesfay", "Tekle", "Ghebremedhin", "Haile", "Berhane", "Kidane", "Mehari", "Tesfamariam", "Ghebreyesus", "Woldemariam", "Yohannes", "Andemariam", "Habte", "Gebremichael", "Mesfin", "Negash", "Asmerom", "Zerai", "Ghirmay", "Tewolde", "Weldu", "Abraha"),
)  # fmt: skip
AFGHAN = (  # Dari and Pashto
    ("Fatima", "Maryam", "Zahra", "Marzia", "Mursal", "Nilofar", "Shabnam", "Freshta", "Mahbooba", "Parwana", "Soraya", "Zarghona", "Sadaf", "Nargis", "Hamida", "Laila", "Hadia", "Tamana", "Madina", "Zakia", "Shukria"),
    ("Mohammad", "Ahmad", "Ali", "Hamid", "Mustafa", "Mahmood", "Sayed", "Rahim", "Jawad", "Hussain", "Farid", "Ramin", "Omid", "Zabihullah", "Naweed", "Mujtaba", "Ehsan", "Hamza", "Bilal", "Nasir", "Samiullah"),
    ("Ahmadi", "Mohammadi", "Hussaini", "Rahimi", "Sultani", "Noori", "Karimi", "Hakimi", "Azizi", "Amiri", "Rezai", "Jafari", "Haidari", "Sadiqi", "Popal", "Stanikzai", "Ahmadzai", "Yusufzai", "Safi", "Durrani", "Wardak", "Habibi", "Sharifi", "Nazari", "Mirzaei"),
)  # fmt: skip
THAI = (
    ("Siriporn", "Malee", "Nittaya", "Wanida", "Pornthip", "Sunisa", "Supaporn", "Kanya", "Ratana", "Araya", "Jintana", "Sasithorn", "Chanida", "Suda", "Lamai", "Duangjai", "Pranee", "Ampai", "Kannika", "Waraporn", "Nattaya"),
    ("Somchai", "Somsak", "Prasert", "Surachai", "Sompong", "Anan", "Wichai", "Thawatchai", "Nattapong", "Chaiyaporn", "Kittisak", "Sakda", "Boonmee", "Somboon", "Teerapong", "Apichart", "Pongsak", "Chatchai", "Wirat", "Suchart"),
    ("Saetang", "Srisuk", "Wongsa", "Boonyarat", "Sukjai", "Thongdee", "Phromma", "Kaewkla", "Sombat", "Rattanakorn", "Srisawat", "Chanthong", "Jaidee", "Suwannarat", "Intharasuk", "Phuangmalai", "Kongsri", "Nakprasert", "Thongsuk", "Wattana", "Sirisuk"),
)  # fmt: skip
LATIN = (  # Chile first, then the rest of Latin America; two surnames, the father's then the mother's
    ("María", "Carolina", "Daniela", "Camila", "Francisca", "Valentina", "Catalina", "Javiera", "Constanza", "Paula", "Andrea", "Claudia", "Patricia", "Verónica", "Marcela", "Paola", "Carmen", "Ximena", "Gabriela", "Isabel", "Rosa", "Ana", "Lorena", "Soledad"),
    ("José", "Juan", "Luis", "Carlos", "Jorge", "Manuel", "Francisco", "Pedro", "Sebastián", "Cristián", "Diego", "Felipe", "Matías", "Rodrigo", "Patricio", "Gonzalo", "Pablo", "Alejandro", "Héctor", "Ricardo", "Marcelo", "Víctor", "Nicolás", "Andrés"),
    ("González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez", "Sepúlveda", "Morales", "Rodríguez", "López", "Araya", "Fuentes", "Hernández", "Torres", "Espinoza", "Flores", "Castillo", "Valenzuela", "Ramírez", "Reyes", "Gutiérrez", "Castro", "Vargas", "Álvarez", "Vásquez", "Tapia", "Fernández", "Sánchez", "Carrasco", "Gómez", "Cortés", "Herrera", "Núñez"),
)  # fmt: skip
UKRAINIAN = (
    ("Olena", "Oksana", "Tetiana", "Nataliia", "Iryna", "Svitlana", "Yuliia", "Olha", "Kateryna", "Anastasiia", "Mariia", "Viktoriia", "Liudmyla", "Halyna", "Nadiia", "Larysa", "Alina", "Daria", "Sofiia", "Khrystyna"),
    ("Oleksandr", "Serhii", "Andrii", "Volodymyr", "Oleksii", "Dmytro", "Mykola", "Vasyl", "Ivan", "Yurii", "Viktor", "Ihor", "Maksym", "Bohdan", "Taras", "Roman", "Vitalii", "Petro", "Artem", "Denys"),
    ("Melnyk", "Shevchenko", "Boiko", "Kovalenko", "Bondarenko", "Tkachenko", "Kovalchuk", "Kravchenko", "Oliinyk", "Shevchuk", "Koval", "Polishchuk", "Bondar", "Tkachuk", "Moroz", "Marchenko", "Lysenko", "Rudenko", "Savchenko", "Petrenko", "Klymenko", "Pavlenko", "Kravchuk", "Kuzmenko"),
)  # fmt: skip
INDIAN = (
    ("Priya", "Divya", "Pooja", "Anjali", "Neha", "Kavya", "Lakshmi", "Deepa", "Sneha", "Swati", "Ananya", "Shreya", "Meera", "Sunita", "Anita", "Rekha", "Nisha", "Aishwarya", "Ritu", "Sangeeta", "Revathi", "Harini"),
    ("Rahul", "Amit", "Arjun", "Vikram", "Rajesh", "Suresh", "Sanjay", "Anil", "Karthik", "Vijay", "Ravi", "Deepak", "Rohit", "Srinivas", "Prakash", "Aditya", "Manoj", "Nikhil", "Ramesh", "Harish", "Venkatesh", "Ajay"),
    ("Kumar", "Sharma", "Singh", "Patel", "Reddy", "Rao", "Gupta", "Iyer", "Nair", "Shah", "Joshi", "Mehta", "Agarwal", "Menon", "Pillai", "Krishnan", "Verma", "Das", "Naidu", "Desai", "Chatterjee", "Banerjee", "Srinivasan", "Subramanian", "Bhat", "Kulkarni"),
)  # fmt: skip
CHINESE = (  # in pinyin, the given name written as one word
    ("Fang", "Na", "Min", "Jing", "Li", "Yan", "Hui", "Ling", "Xin", "Yu", "Mei", "Hong", "Xiaoyan", "Juan", "Ting", "Qian", "Yue", "Xue", "Lan", "Xiaomei"),
    ("Wei", "Jun", "Lei", "Qiang", "Yong", "Jie", "Tao", "Ming", "Hao", "Bin", "Chao", "Feng", "Gang", "Peng", "Yang", "Long", "Jian", "Zhiwei", "Haoran", "Xiaoming"),
    ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang"),
)  # fmt: skip

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(ranked(SV_F, 150), ranked(SV_M, 150), ranked(SV_SURNAMES, 150)),
    "us": Origin(census(US_F), census(US_M), census(US_SURNAMES)),
    "uk": Origin(ranked(UK_F, 150), ranked(UK_M, 150), ranked(UK_SURNAMES, 150)),
}
for _key, (_f, _m, _s) in {
    "finnish": FINNISH, "arabic": ARABIC, "somali": SOMALI, "polish": POLISH, "persian": PERSIAN,
    "bcs": BCS, "turkish": TURKISH, "kurdish": KURDISH, "eritrean": ERITREAN, "afghan": AFGHAN,
    "thai": THAI, "latin": LATIN, "ukrainian": UKRAINIAN, "indian": INDIAN, "chinese": CHINESE,
}.items():  # fmt: skip
    ORIGINS[_key] = Origin(ranked(_f, 10), ranked(_m, 10), ranked(_s, 10))

# Who is named, per language of the row: roughly as Sweden's population is in Swedish text and in
# text mixing Swedish and English at work; English text is mostly UK and US practices' patients.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 67, "arabic": 6.5, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "afghan": 1.6, "turkish": 1.5, "kurdish": 1.5, "ukrainian": 1.3,
        "eritrean": 1.2, "thai": 1, "latin": 1, "indian": 0.8, "uk": 0.7, "chinese": 0.6, "us": 0.5,
    },
    "en": {
        "uk": 40, "us": 34, "swedish": 8, "indian": 4, "arabic": 2, "polish": 2, "latin": 1.5,
        "chinese": 1.5, "finnish": 1, "somali": 1, "turkish": 1, "ukrainian": 0.8, "persian": 0.7,
        "bcs": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 9, "arabic": 5, "finnish": 3, "polish": 3, "persian": 2.5,
        "bcs": 2.5, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5, "afghan": 1.5, "ukrainian": 1.5,
        "indian": 1.5, "eritrean": 1, "thai": 1, "latin": 1, "chinese": 0.8,
    },
}  # fmt: skip

# Short forms people go by, per origin and given name.
NICK_SV = {
    "Lars": ("Lasse",), "Mikael": ("Micke",), "Karl": ("Kalle",), "Per": ("Pelle", "Peppe"),
    "Thomas": ("Tompa",), "Jan": ("Janne",), "Fredrik": ("Fredde",), "Hans": ("Hasse",),
    "Stefan": ("Steffe",), "Magnus": ("Mange",), "Mats": ("Matte",), "Bengt": ("Bengan",),
    "Niklas": ("Nicke",), "Christoffer": ("Crille",), "Gustav": ("Gurra", "Gusse"), "Henrik": ("Henke",),
    "Patrik": ("Patte",), "Joakim": ("Jocke",), "Markus": ("Mackan",), "Marcus": ("Mackan",),
    "Robert": ("Robban",), "Tobias": ("Tobbe",), "Sebastian": ("Sebbe",), "Viktor": ("Vicke",),
    "Alexander": ("Alex",), "Oskar": ("Ogge",), "Jonas": ("Jonte",), "Daniel": ("Danne",),
    "Ulf": ("Uffe",), "Leif": ("Leffe",), "Christer": ("Crille",), "Sven": ("Svenne",),
    "Rolf": ("Roffe",), "Kristoffer": ("Kricke",), "Johan": ("Jojje",), "Anders": ("Affe",),
    "Elisabeth": ("Lisa", "Bettan"), "Margareta": ("Maggan", "Greta"), "Katarina": ("Kattis", "Kajsa"),
    "Kristina": ("Kicki", "Stina"), "Charlotte": ("Lotta",), "Susanne": ("Sussie", "Susse"),
    "Birgitta": ("Gittan", "Bitte"), "Cecilia": ("Cilla",), "Camilla": ("Millan",),
    "Madeleine": ("Maddie",), "Louise": ("Lollo",), "Therese": ("Tessan",), "Viktoria": ("Vicky",),
    "Matilda": ("Tilda",), "Josefin": ("Jossan",), "Rebecka": ("Becka",), "Annika": ("Annie",),
    "Ingrid": ("Ingan",), "Gunilla": ("Gunnis",), "Karolina": ("Kajsa",), "Alexandra": ("Sandra",),
}  # fmt: skip
NICK_EN = {
    "William": ("Will", "Bill"), "Robert": ("Rob", "Bob", "Bobby"), "Richard": ("Rich", "Rick"),
    "James": ("Jim", "Jimmy", "Jamie"), "Michael": ("Mike", "Mick"), "Christopher": ("Chris",),
    "Anthony": ("Tony",), "Stephen": ("Steve",), "Steven": ("Steve",), "Andrew": ("Andy", "Drew"),
    "Matthew": ("Matt",), "Thomas": ("Tom", "Tommy"), "Daniel": ("Dan", "Danny"), "Joseph": ("Joe",),
    "Benjamin": ("Ben",), "Samuel": ("Sam",), "Edward": ("Ed", "Eddie", "Ted"), "Jonathan": ("Jon",),
    "Nicholas": ("Nick",), "Timothy": ("Tim",), "Alexander": ("Alex",), "Peter": ("Pete",),
    "David": ("Dave",), "Kenneth": ("Ken",), "Gerald": ("Gerry",), "Patrick": ("Pat", "Paddy"),
    "Charles": ("Charlie",), "Joshua": ("Josh",), "Elizabeth": ("Liz", "Beth", "Lizzie"),
    "Margaret": ("Maggie", "Peggy"), "Jennifer": ("Jen", "Jenny"), "Katherine": ("Kate", "Katie"),
    "Catherine": ("Cathy", "Kate"), "Rebecca": ("Becky", "Becca"), "Samantha": ("Sam",),
    "Victoria": ("Vicky", "Tori"), "Patricia": ("Pat", "Trish"), "Susan": ("Sue", "Susie"),
    "Deborah": ("Debbie", "Deb"), "Alexandra": ("Alex",), "Jacqueline": ("Jackie",),
    "Kimberley": ("Kim",), "Kimberly": ("Kim",), "Abigail": ("Abbie",), "Eleanor": ("Ellie", "Nell"),
    "Charlotte": ("Lottie",), "Amanda": ("Mandy",), "Christine": ("Chris", "Chrissie"),
    "Judith": ("Judy",), "Dorothy": ("Dot",), "Pamela": ("Pam",), "Natasha": ("Tash",),
    "Stephanie": ("Steph",), "Nicola": ("Nicky",), "Gillian": ("Gill",), "Frederick": ("Fred", "Freddie"),
}  # fmt: skip
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": NICK_SV,
    "uk": NICK_EN,
    "us": NICK_EN,
    "polish": {"Małgorzata": ("Gosia",), "Katarzyna": ("Kasia",), "Aleksandra": ("Ola",), "Agnieszka": ("Aga",), "Magdalena": ("Magda",), "Tomasz": ("Tomek",), "Krzysztof": ("Krzysiek",), "Jakub": ("Kuba",), "Wojciech": ("Wojtek",)},
    "latin": {"Francisco": ("Pancho",), "José": ("Pepe",), "Francisca": ("Pancha",), "Alejandro": ("Alejo",)},
    "ukrainian": {"Oleksandr": ("Sasha",), "Kateryna": ("Katia",), "Volodymyr": ("Volodia",), "Anastasiia": ("Nastia",)},
    "arabic": {"Mohammed": ("Mo", "Hamoudi"), "Abdullah": ("Abdu",)},
    "finnish": {"Johanna": ("Hanna",), "Tapio": ("Tapsa",), "Matti": ("Masa",)},
}  # fmt: skip

_PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "ß": "ss", "ø": "o", "æ": "ae"}
)


def plain(word: str) -> str:
    """A name typed without its letters (`Wiśniewski` -> `Wisniewski`, `Đorđević` -> `Djordjevic`)."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_PLAIN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it (`Kowalski` -> `Kowalska`, `Nowak` stays)."""
    for ending in ("ski", "cki", "dzki"):
        if surname.endswith(ending):
            return surname[:-1] + "a"
    return surname
