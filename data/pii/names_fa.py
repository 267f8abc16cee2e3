# ruff: noqa: E501
"""Name pools of held-out FA (issue 15), weighted by how often people carry the names.

Written from the writer's general knowledge of the published rankings, not checked against
anything in the repository: Swedish given names and surnames in the order of SCB's name
statistics (weight 1/rank, head the top 150, a tail of rarer names past them), the names SCB
counts among newborns of the years of today's pupils (for Swedish children, 1/rank, head 100),
the US Census 1990 lists (copied from the `names` package's `dist.female.first`,
`dist.male.first`, `dist.all.last`, the census per cent as weight, head 150), UK given names and
surnames in the order of the ONS rankings (1/rank, head 130 and 150), and the commonest given
names and surnames of origins common in Sweden (1/rank, head 10). No name was left out for being
known or unknown to the detector.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this probability, else its tail


@dataclass(frozen=True)
class Pool:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int


def ranked(names: tuple[str, ...], head: int) -> Pool:
    """A list in rank order, weight 1/rank; the first `head` names are its head."""
    if len(set(names)) != len(names):
        seen: set[str] = set()
        twice = [n for n in names if n in seen or seen.add(n)]
        raise ValueError(f"named twice: {twice}")
    return Pool(names, tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names) - 1))


def weighted(pairs: tuple[tuple[str, float], ...], head: int) -> Pool:
    """A list with its own weights (the census per cent)."""
    return Pool(tuple(n for n, _ in pairs), tuple(w for _, w in pairs), head)


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool
    kids_f: Pool | None = None  # given names of children, where the origin has its own
    kids_m: Pool | None = None


_PLAIN = str.maketrans({"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "ø": "o", "æ": "ae"})


def plain(word: str) -> str:
    """A name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`."""
    out = unicodedata.normalize("NFKD", word.translate(_PLAIN))
    return "".join(ch for ch in out if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: -ski -> -ska, -cki -> -cka, -dzki -> -dzka."""
    for masc, fem in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(masc):
            return surname[: -len(masc)] + fem
    return surname


# Sweden: SCB's given names (the name a person is called by), women, in rank order.
SV_F = (
    "Anna", "Eva", "Maria", "Karin", "Sara", "Kristina", "Lena", "Emma", "Kerstin", "Ingrid",
    "Marie", "Malin", "Jenny", "Hanna", "Birgitta", "Linda", "Inger", "Annika", "Sofia", "Susanne",
    "Monica", "Elin", "Ida", "Johanna", "Carina", "Elisabeth", "Julia", "Ulla", "Margareta", "Helena",
    "Katarina", "Linnéa", "Camilla", "Åsa", "Sandra", "Anneli", "Ulrika", "Therese", "Gunilla", "Marianne",
    "Ebba", "Cecilia", "Anette", "Frida", "Amanda", "Ellen", "Elsa", "Agneta", "Matilda", "Alice",
    "Lisa", "Maja", "Josefin", "Moa", "Caroline", "Barbro", "Irene", "Siv", "Gun", "Louise",
    "Emelie", "Ann", "Jessica", "Madeleine", "Wilma", "Klara", "Lovisa", "Sofie", "Ingela", "Erika",
    "Jennifer", "Britt", "Pia", "Mona", "Lisbeth", "Astrid", "Viktoria", "Alva", "Yvonne", "Charlotte",
    "Rebecka", "Felicia", "Olivia", "Vera", "Saga", "Agnes", "Emilia", "Alma", "Ella", "Stina",
    "Lina", "Sanna", "Petra", "Helen", "Anita", "Birgit", "Gunnel", "Ingegerd", "Elisabet", "Marita",
    "Ann-Christin", "Ann-Marie", "Annelie", "Christina", "Mikaela", "Nathalie", "Tove", "Freja", "Ronja", "Tilda",
    "Selma", "Linn", "Hedvig", "Signe", "Ester", "Greta", "Mia", "Nellie", "Isabelle", "Elvira",
    "Tindra", "Nora", "Stella", "Lilly", "Juni", "Siri", "Edith", "Thea", "Hilda", "Sigrid",
    "Märta", "Eleonor", "Marina", "Kristin", "Karolina", "Angelica", "Evelina", "Hilma", "Tyra", "Ines",
    # the tail: rarer names past the top 150
    "Lova", "Cornelia", "Hedda", "Emmy", "Vilma", "Elina", "Paulina", "Josefine", "Jeanette", "Pernilla",
    "Veronica", "Lotta", "Maud", "Margit", "Solveig", "Ingalill", "Ylva", "Gerd", "Ulla-Britt", "Inga",
    "Görel", "Laila", "Harriet", "Kajsa", "Ragnhild", "Vivianne", "Rut", "Berit", "Gudrun", "Vanja",
    "Alexandra", "Fanny", "Magdalena", "Tuva", "Nova", "Mira", "Vendela", "Liv", "Svea", "Iris",
    "Idun", "Fredrika", "Gunvor", "Elvy", "Sonja", "Majken", "Meja", "Livia", "Minna", "Molly",
    "Clara", "Leah", "Ellie", "Isabella", "Jasmine", "Amira", "Fatima", "Nour", "Amina", "Yasmin",
    "Lejla", "Zeynep", "Natalia", "Daniela", "Eleonora", "Viola", "Ingeborg", "Dagmar", "Edla", "Elvi",
    "Rose-Marie", "Anna-Karin", "Eva-Lena", "Ann-Sofie", "Anna-Lena", "Marie-Louise", "Lise-Lotte", "Ann-Charlotte", "Mari", "Marika",
    "Jeanna", "Hannah", "Britta", "Gunhild", "Lilian", "Sylvia", "Marlene", "Elise",
    "Tina", "Ewa", "Malena", "Lillemor", "Kim", "Ingbritt", "Gullan", "Aina", "Svanhild",
    "Ebon", "Valborg", "Hjördis", "Dagny", "Lovina", "Sigyn", "Tora", "Hillevi", "Gisela",
    "Bodil", "Ulrica", "Therése", "Mathilda", "Rebecca", "Josephine", "Emelia", "Tiina", "Anja", "Ilona",
    "Wera", "Leonora", "Filippa", "Alicia", "Tuulikki", "Ottilia", "Judit", "Doris", "Lisen",
    "Hilde", "Frideborg", "Gertrud", "Nanna", "Elida", "Rakel", "Sanja", "Dragana",
    "Emina", "Ayan", "Samira", "Hawa", "Shirin", "Miriam", "Lucia", "Bianca", "Zoe", "Olga",
    "Eila", "Pirjo", "Aino", "Jana", "Renate", "Carin", "Kristel", "Lovise", "Henrika",
    "Ingegärd", "Mariann", "Ellinor", "Johanne", "Katja", "Terese", "Paula", "Minnie", "Tekla", "Irma",
    "Agda", "Alfhild", "Ann-Louise", "Ann-Britt", "Anne", "Annette", "Beatrice", "Benita", "Carola", "Catrin", "Christel", "Desirée", "Edit", "Eira", "Elna", "Evy", "Gunbritt", "Gull-Britt", "Gunn", "Hervor", "Inez", "Irja", "Jenni", "Josefina", "Kaisa", "Karita", "Lisette", "Majvor", "Maj-Britt", "Maj", "Marit", "Mariana", "Marléne", "Mirja", "Nanny", "Nina", "Patricia", "Regina", "Rigmor", "Ritva", "Saara", "Signhild", "Susann", "Sylvi", "Ulla-Carin", "Vivi", "Yvette", "Åse", "Malou", "Marja", "Tuija", "Helny", "Jessika", "Madelene", "Emmeli", "Linnea", "Annica", "Kristine", "Karina", "Ingalena", "Wivianne", "Ann-Sofi",
)  # fmt: skip
# Sweden: SCB's given names, men, in rank order.
SV_M = (
    "Lars", "Mikael", "Anders", "Johan", "Erik", "Per", "Karl", "Peter", "Jan", "Thomas",
    "Daniel", "Fredrik", "Hans", "Andreas", "Stefan", "Bengt", "Magnus", "Mats", "Bo", "Nils",
    "Marcus", "Jonas", "Mattias", "Oskar", "Mohammad", "Leif", "Martin", "Sven", "Alexander", "Viktor",
    "Henrik", "Ulf", "Björn", "Gustav", "Niklas", "Christer", "Göran", "Axel", "William", "David",
    "Emil", "Simon", "Kjell", "Anton", "Filip", "Rolf", "Robert", "Sebastian", "Patrik", "Tommy",
    "Christoffer", "Johannes", "Olof", "Lucas", "Elias", "Hugo", "Oliver", "Adam", "Linus", "Rasmus",
    "Jakob", "Gunnar", "Roger", "Robin", "Joakim", "Åke", "Kent", "Ludvig", "Jesper", "Tobias",
    "Isak", "Dan", "Lennart", "Kenneth", "Jonathan", "Arne", "Stig", "Ali", "Håkan", "Roland",
    "Leo", "Rune", "Joel", "Liam", "Noah", "Albin", "Gabriel", "Ingemar", "Pontus", "Kurt",
    "Torbjörn", "Ronny", "Tomas", "Carl", "Claes", "Alfred", "Edvin", "Max", "Vincent", "Theo",
    "Melvin", "Benjamin", "Arvid", "Hampus", "Samuel", "Jimmy", "Kristian", "Kristoffer", "Dennis", "Sune",
    "Sten", "Gösta", "Rickard", "Ivar", "Conny", "Folke", "Bertil", "Ingvar", "Sixten", "Elliot",
    "Olle", "Felix", "Love", "Valter", "Harry", "Frans", "Hjalmar", "Josef", "Mohamed", "Ahmad",
    "Emanuel", "Kevin", "Erland", "Tor", "Torsten", "Staffan", "Ola", "Ove", "Allan", "Peder",
    "Mathias", "Malte", "Ebbe", "Otto", "Nicklas", "Tim", "Jens", "Morgan", "Markus", "Jörgen",
    # the tail: rarer names past the top 150
    "Holger", "Evert", "Einar", "Valdemar", "Knut", "Algot", "Gottfrid", "Sigvard", "Yngve", "Birger",
    "Lage", "Osvald", "Agne", "Bror", "Helge", "Gert", "Inge", "Kaj", "Sigge", "Loke",
    "Vidar", "Melker", "Elton", "Colin", "Charlie", "Nils-Erik", "Per-Olof", "Karl-Johan", "Jan-Erik", "Lars-Göran",
    "Sam", "Viggo", "August", "Wilhelm", "Casper", "Teodor", "Aron", "Milo", "Noel", "Alvin",
    "Matteo", "Omar", "Hassan", "Ibrahim", "Mustafa", "Yusuf", "Ahmed", "Hussein", "Karim", "Amir",
    "Jonny", "Glenn", "Lars-Erik", "Karl-Erik", "Sven-Erik", "Per-Anders", "Jan-Olof", "Bengt-Göran", "Carl-Johan", "Hans-Olov",
    "Tage", "Ture", "Svante", "Harald", "Fritiof", "Vilgot", "Eskil", "Ragnar", "Sture", "Assar",
    "Tommie", "Stellan", "Lasse", "Krister", "Anders-Petter", "Mårten", "Urban", "Benny",     "Hannes", "Eddie", "Mika", "Jari", "Timo", "Pekka", "Janne", "Kalle",     "Gustaf", "Carl-Fredrik", "Johnny", "Tony", "Danny", "Wille", "Didrik", "Jacob", "Isac", "Oscar",
    "Julius", "Tristan", "Kasper", "Leon", "Neo", "Mio", "Milton", "Vilmer", "Wilmer", "Ossian",
    "Ivan", "Dragan", "Zoran", "Emir", "Adnan", "Arash", "Reza", "Dawit", "Abdi", "Piotr",
    "Tomasz", "Krzysztof", "Jussi", "Esa", "Matti", "Seppo", "Kennet", "Roine",
    "Ingmar", "Lennarth", "Gunder", "Arnold", "Halvard", "Sölve", "Gerhard", "Egon", "Vilhelm", "Konrad",
    "Jon", "Isidor", "Cornelius", "Ludwig", "Torkel", "Östen", "Ragnvald",
    "Albert", "Alf", "Alvar", "Artur", "Bernt", "Carl-Gustaf", "Christian", "Curt", "Edvard", "Elof", "Enar", "Erling", "Evald", "Frank", "Fritz", "Georg", "Gillis", "Hilding", "Ingvald", "Jarl", "Jerker", "Joar", "Josua", "Kent-Åke", "Klas", "Kristofer", "Lars-Olof", "Lars-Åke", "Leonard", "Magne", "Malkolm", "Marius", "Nicolai", "Olav", "Orvar", "Patrick", "Paul", "Pär", "Roy", "Rudolf", "Runar", "Sigurd", "Sven-Olof", "Sören", "Thord", "Torgny", "Uno", "Verner", "Viking", "Walter", "Örjan", "Jan-Åke", "Per-Erik", "Bo-Göran", "Ulrik", "Tord", "Gunno", "Hilmer", "Mauritz", "Ingolf",
)  # fmt: skip
# Sweden: SCB's surnames in rank order.
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
    "Mohamed", "Sundström", "Ibrahim", "Nordqvist", "Jensen", "Hussein", "Ottosson", "Ekman", "Lindell", "Aslan",
    "Wallgren", "Hedberg", "Söderström", "Sjöström", "Berntsson", "Lindahl", "Jakobsen", "Sundqvist", "Johnsson", "Bergh",
    "Nordlund", "Omar", "Wiklund", "Åström", "Sundin", "Hallberg", "Lindblom", "Hägglund", "Forslund", "Adolfsson",
    "Boström", "Nyman", "Östlund", "Lindblad", "Ekberg", "Hedström", "Engberg", "Skoglund", "Jeppsson", "Dahlgren",
    "Nordgren", "Stenberg", "Hjalmarsson", "Ivarsson", "Kristiansson", "Petersson", "Söderlund", "Lindén", "Holmström", "Högberg",
    # the tail: rarer surnames past the top 150
    "Ågren", "Edlund", "Rosén", "Nylander", "Sandén", "Wahlström", "Grönlund", "Hellberg", "Lundmark", "Öhman",
    "Strand", "Backman", "Forsgren", "Svedberg", "Bäckström", "Lilja", "Ljung", "Granberg", "Kjellberg",
    "Ljungberg", "Ekholm", "Wennberg", "Edström", "Sahlin", "Westerberg", "Lindvall", "Lindroth", "Borg", "Rydberg",
    "Löfström", "Norén", "Almqvist", "Berglöf", "Enqvist", "Frisk", "Fors", "Grahn", "Hammar", "Hultgren",
    "Järvinen", "Karlberg", "Landin", "Ljungqvist", "Malmberg", "Malmström", "Melin", "Modig", "Nordberg", "Nordlander",
    "Palm", "Pihl", "Rask", "Roos", "Rydén", "Sandgren", "Selin", "Sjödin", "Skog", "Stark",
    "Stenström", "Strandberg", "Svärd", "Sörensen", "Thorén", "Tornberg", "Wahlberg", "Wall", "Wallenius", "Welander",
    "Westin", "Wester", "Zetterberg", "Zetterlund", "Åhlund", "Älmqvist", "Östberg", "Östman", "Carlsson", "Carlberg",
    "Cederberg", "Dahlin", "Ebbesson", "Ekelund", "Ericsson", "Fagerström", "Fält", "Gran", "Hagström", "Hagberg",
    "Hammarström", "Hedin", "Hellgren", "Hörnqvist", "Isberg", "Jernberg", "Kihlberg", "Klasson", "Lager", "Lagerqvist",
    "Larsen", "Leander", "Liljegren", "Lindkvist", "Lönn", "Lövgren", "Moberg", "Mörk", "Nordenfelt",
    "Norrman", "Nygren", "Olander", "Orre", "Pehrsson", "Qvist", "Ragnarsson", "Renberg", "Rehn", "Rundqvist",
    "Rönnberg", "Sandell", "Schön", "Sjöholm", "Skarp", "Sohlberg", "Sten", "Storm", "Sundell", "Svanberg",
    "Thelin", "Tidholm", "Törnqvist", "Unger", "Valentin", "Vikström", "Vinberg", "Wallén", "Wernersson", "Wigren",
    "Ylvén", "Åkerlund", "Åkerman", "Ängström", "Örn", "Abdullahi", "Yilmaz", "Nguyen", "Kaya", "Saleh",
    "Khalil", "Abdi", "Hosseini", "Nowak", "Korhonen", "Al-Hassan", "Jama", "Kovačević", "Rashid", "Younes",
    "von Platen", "af Klercker", "De Geer", "von Essen", "Gyllenhammar", "Lewenhaupt", "Wachtmeister", "Silfverschiöld", "af Ugglas", "Bielke",
    "Bergenstråhle", "Lagercrantz", "Nordenskiöld", "Stiernstedt", "Adlercreutz", "Munck", "Posse", "Sparre", "Hamilton", "Douglas",
    "Backlund", "Björling", "Brodin", "Dahlström", "Ekdahl", "Eng", "Flink", "Frid", "Gren", "Hjort",
    "Jäderberg", "Kvist", "Löwgren", "Nordkvist", "Rosengren", "Svahn", "Tengvall", "Vesterlund", "Åslund",
    "Sjölund", "Blomberg", "Engman", "Forsman", "Granström", "Hammarberg", "Holmlund", "Höglund", "Jonasson", "Kjellgren", "Lindmark", "Lundholm", "Lundkvist", "Marklund", "Nordahl", "Olausson", "Palmqvist", "Rydström", "Sandqvist", "Sundén", "Söderqvist", "Thunberg", "Wallström", "Wennström", "Åkerström", "Öhrn", "Brandt", "Dahlqvist", "Ekwall", "Fredholm", "Gustavsson", "Hedman", "Hult", "Kling", "Lantz", "Lindh", "Mellberg", "Norling", "Sundkvist", "Tallberg", "Ullberg", "Wikman", "Ahlberg", "Bolin", "Carlström",
)  # fmt: skip
# Sweden: SCB's names given to newborns in the years of today's pupils (born about 2008-2021),
# girls and boys, in rank order over those years; the given names of Swedish children.
SV_KIDS_F = (
    "Alice", "Maja", "Elsa", "Ella", "Wilma", "Ebba", "Olivia", "Alva", "Saga", "Astrid",
    "Agnes", "Freja", "Vera", "Alma", "Selma", "Moa", "Stella", "Lilly", "Signe", "Ellie",
    "Nova", "Molly", "Julia", "Ellen", "Leah", "Clara", "Elvira", "Tilda", "Linnéa",
    "Hanna", "Matilda", "Emma", "Isabelle", "Felicia", "Klara", "Thea", "Ines", "Elin", "Nellie",
    "Lova", "Edith", "Majken", "Lovisa", "Siri", "Hilda", "Tyra", "Emilia", "Meja", "Ida",
    "Sara", "Nora", "Sofia", "Hedda", "Tindra", "Emelie", "Ronja", "Sigrid", "Lea", "Hilma",
    "Märta", "Livia", "Mila", "Iris", "Vilma", "Elise", "Tuva", "Liv", "Ingrid", "Lykke",
    "Mira", "Svea", "Ester", "Greta", "Cornelia", "Amanda", "Minna", "Jasmine", "Sofie", "Tove",
    "Hedvig", "Elina", "Mollie", "Lina", "Lisa", "Emmy", "Amelia", "Leia", "Joline", "Filippa",
    "Novalie", "Ellinor", "Kajsa", "Vanja", "Idun", "Juni", "Isabella", "Stina", "Frida", "Josefin",
    # the tail
    "Lo", "Zoe", "Nathalie", "Lejla", "Amira", "Noor", "Ayla", "Ylva", "Melissa",
    "Malva", "Hjördis", "Doris", "Dagny", "Rut", "Lily", "Elsie", "Esther", "Irma", "Tekla",
    "Viola", "Magda", "Aurora", "Luna", "Milla", "Nelly", "Olga", "Rakel", "Sonja",     "Ingeborg", "Edla", "Elvina", "Mariam", "Maryam", "Fatima", "Hiba", "Sham", "Aya", "Lana",
    "Jasmin", "Sahra", "Ayaan", "Yasmin", "Hana", "Wilda", "Tiril", "Mathilda",     "Felicity", "Cleo", "Juno", "Alicia", "Julie", "Emily", "Anna", "Maria", "Elisa", "Estelle",
    "Alexandra", "Nicole", "Rebecka", "Tilde", "Lovina", "Linn", "My", "Elvi", "Hillevi", "Sally",
    "Vega", "Bonnie", "Ottilia", "Lucia", "Nina", "Mikaela", "Ronya", "Penny", "Mimmi",
    "Liya", "Thyra", "Jolie", "Alexia", "Evelina", "Amelie", "Caroline", "Sienna",
)  # fmt: skip
SV_KIDS_M = (
    "William", "Lucas", "Liam", "Oscar", "Elias", "Hugo", "Noah", "Adam", "Oliver", "Alexander",
    "Vincent", "Leo", "Nils", "Ludvig", "Theo", "Charlie", "Arvid", "Alfred", "Isak", "Viktor",
    "Axel", "Harry", "Melvin", "Frans", "Sixten", "Ebbe", "Gustav", "Olle", "Love", "Elton",
    "Sam", "Benjamin", "Filip", "Albin", "Emil", "Anton", "Edvin", "Malte", "Valter", "Otto",
    "Melker", "Henry", "Loke", "Ville", "Vidar", "Ivar", "Colin", "Josef", "Jack", "Matteo",
    "Gabriel", "Jonathan", "Rasmus", "Max", "Casper", "Hampus", "Felix", "Linus", "Samuel", "David",
    "Erik", "Wilmer", "August", "Carl", "Viggo", "Noel", "Milo", "Teo", "Folke", "Alvin",
    "Aron", "Mohammed", "Ali", "Omar", "Mio", "Elliot", "Leon", "Sigge", "Julian", "Neo",
    "Svante", "Wilhelm", "Tage", "Knut", "Ture", "Kevin", "Simon", "Isac", "Jacob", "Adrian",
    "Oskar", "Tim", "Leonard", "Nicolas", "Kian", "Lukas", "Vilgot", "Einar", "Sebastian", "Milton",
    # the tail
    "Ossian", "Vilmer", "Elis", "Bill", "Harald", "Frank", "Otis", "Hjalmar",
    "Gunnar", "Arthur", "Bruno", "Tristan", "Jamie", "Louie", "Dante", "Eddie", "Mattias", "Mohamed",
    "Yusuf", "Ibrahim", "Mustafa", "Hamza", "Abdullahi", "Hassan", "Zakaria", "Amir", "Yahya", "Ilyas",
    "Adnan", "Emir", "Noa", "Eli", "Carl-Johan", "Karl", "Johannes", "Olof",
    "Tor", "Holger", "Valdemar", "Vilhelm", "Algot", "Sune", "Bror", "Gösta", "Ivan", "Matheo",
    "Kalle", "Wille", "Joel", "Melwin", "Alwin", "Matti", "Aaron", "Levi",
    "Zlatan", "Idris", "Hussein", "Ahmad", "Daniel", "Marcus", "Johan", "Jesper", "Dennis", "Rickard",
    "Jonas", "Loui", "Nelson", "Enzo", "Alvar",     "Sigfrid", "Gottfrid", "Morris", "Theodor", "Ruben", "Joar", "Mauritz", "Albert",
    "Laban", "Jon", "Frej", "Atle", "Tomas", "Dag", "Ragnar", "Gideon", "Helmer",
)  # fmt: skip
# The UK: given names in the order of the ONS rankings (England and Wales, the years of today's
# parents and pupils taken together), and surnames in the order of their frequency.
UK_F = (
    "Olivia", "Emily", "Sophie", "Jessica", "Amelia", "Chloe", "Charlotte", "Emma", "Sarah", "Lauren",
    "Hannah", "Rebecca", "Laura", "Amy", "Lucy", "Grace", "Isla", "Ava", "Lily", "Mia",
    "Ella", "Ellie", "Katie", "Megan", "Holly", "Rachel", "Gemma", "Nicola", "Claire", "Louise",
    "Michelle", "Lisa", "Kelly", "Joanne", "Victoria", "Elizabeth", "Samantha", "Natalie", "Stephanie", "Jennifer",
    "Helen", "Amanda", "Karen", "Jane", "Susan", "Julie", "Alison", "Catherine", "Kate", "Zoe",
    "Isabella", "Poppy", "Freya", "Evie", "Daisy", "Phoebe", "Ruby", "Millie", "Isabelle", "Evelyn",
    "Florence", "Willow", "Rosie", "Sienna", "Matilda", "Alice", "Esme", "Harper", "Maya", "Eva",
    "Layla", "Imogen", "Scarlett", "Abigail", "Molly", "Erin", "Bethany", "Georgia", "Eleanor", "Jasmine",
    "Anna", "Abbie", "Leah", "Paige", "Shannon", "Jade", "Danielle", "Kirsty", "Hayley", "Donna",
    "Tracey", "Dawn", "Angela", "Deborah", "Wendy", "Sharon", "Tracy", "Lorraine", "Caroline", "Joanna",
    "Fiona", "Emma-Louise", "Kerry", "Leanne", "Stacey", "Carly", "Sophia", "Aria", "Luna", "Ivy",
    "Elsie", "Harriet", "Maisie", "Lottie", "Heidi", "Martha", "Niamh", "Aisha", "Amira", "Fatima",
    "Zara", "Hollie", "Tilly", "Beatrice", "Mollie", "Clara", "Nancy", "Iris", "Orla", "Penelope",
    # the tail: rarer names past the head
    "Cerys", "Eilidh", "Siobhan", "Aoife", "Bronwen", "Rhiannon", "Ffion", "Catrin", "Morag", "Kirsten",
    "Philippa", "Rosalind", "Georgina", "Henrietta", "Arabella", "Octavia", "Jemima", "Tamsin", "Lorna", "Sheila",
    "Pauline", "Maureen", "Brenda", "Janet", "Lynne", "Gillian", "Denise", "Beverley", "Jacqueline", "Carole",
    "Sandra", "Yvonne", "Elaine", "Marion", "Hazel", "Shirley", "Patricia", "Valerie", "Rita", "Joan",
    "Hermione", "Delilah", "Bonnie", "Edith", "Mabel", "Violet", "Thea", "Aurora", "Hallie", "Ophelia",
    "Priya", "Aaliyah", "Maryam", "Inaya", "Hafsa", "Simran", "Jaspreet", "Mehreen", "Nasreen", "Sadia",
    "Chantelle", "Demi", "Kayleigh", "Courtney", "Chelsea", "Jodie", "Shelley", "Becky", "Sian", "Nia",
    "Eloise", "Felicity", "Lydia", "Naomi", "Miriam", "Esther", "Ruth", "Judith", "Frances", "Margaret",
    "Kathleen", "Bridget", "Eileen", "Maeve", "Ciara", "Roisin", "Saoirse", "Grainne", "Ada",
    "Elodie", "Romy", "Primrose", "Winifred", "Dorothy", "Audrey", "Vivienne", "Annabel", "Rosemary", "Gwendolyn",
)  # fmt: skip
UK_M = (
    "Oliver", "Jack", "Harry", "James", "Thomas", "William", "Daniel", "Joshua", "George", "Charlie",
    "Matthew", "Samuel", "Joseph", "Benjamin", "Lewis", "Ryan", "Luke", "Adam", "Callum", "Liam",
    "David", "Michael", "Christopher", "Andrew", "Paul", "Mark", "Richard", "Steven", "Robert", "John",
    "Jamie", "Ben", "Alexander", "Jake", "Connor", "Jacob", "Alfie", "Noah", "Oscar", "Leo",
    "Arthur", "Muhammad", "Henry", "Theo", "Archie", "Freddie", "Theodore", "Finley", "Isaac", "Edward",
    "Max", "Lucas", "Ethan", "Dylan", "Harrison", "Logan", "Mason", "Tyler", "Kieran", "Nathan",
    "Craig", "Darren", "Lee", "Dean", "Stuart", "Gareth", "Neil", "Simon", "Martin", "Ian",
    "Peter", "Stephen", "Anthony", "Kevin", "Gary", "Jason", "Wayne", "Scott", "Carl", "Shaun",
    "Tom", "Sam", "Alex", "Reuben", "Jude", "Sebastian", "Elliot", "Toby", "Rory", "Louis",
    "Hugo", "Albie", "Tommy", "Ronnie", "Teddy", "Frankie", "Reggie", "Stanley", "Louie", "Bobby",
    "Aaron", "Owen", "Rhys", "Dominic", "Patrick", "Sean", "Declan", "Conor", "Aiden", "Cameron",
    "Mohammed", "Ibrahim", "Yusuf", "Zain", "Ali", "Hamza", "Omar", "Ayaan", "Aarav", "Rohan",
    "Ewan", "Fraser", "Hamish", "Angus",
    # the tail: rarer names past the head
    "Alasdair", "Gregor", "Ruaridh", "Finlay", "Lachlan", "Dafydd", "Gethin", "Rhodri", "Iwan", "Emyr",
    "Cillian", "Oisin", "Padraig", "Ciaran", "Eoin", "Barry", "Colin", "Derek", "Keith", "Trevor",
    "Graham", "Malcolm", "Nigel", "Clive", "Roger", "Kenneth", "Brian", "Terence", "Raymond", "Dennis",
    "Barnaby", "Rupert", "Hector", "Jasper", "Felix", "Ralph", "Otis", "Ezra", "Arlo", "Rowan",
    "Harvey", "Kai", "Jayden", "Brandon", "Bradley", "Jordan", "Ashley", "Lloyd", "Dale", "Ricky",
    "Arjun", "Vikram", "Harjeet", "Gurpreet", "Imran", "Bilal", "Tariq", "Faisal", "Usman", "Kwame",
    "Kofi", "Tobi", "Femi", "Chidi", "Marcus", "Nathaniel", "Gabriel", "Elijah", "Caleb", "Micah",
    "Frederick", "Alfred", "Albert", "Ernest", "Sidney", "Wilfred", "Percy", "Cecil", "Herbert", "Leonard",
    "Douglas", "Gordon", "Duncan", "Ross", "Euan", "Calum", "Murray", "Blair", "Struan", "Innes",
    "Joel", "Harley", "Kian", "Bailey", "Charley", "Morgan", "Jenson", "Rocco", "Vincent",
    "Ollie", "Billy", "Danny", "Jimmy", "Robbie", "Joe",
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
    # the tail: rarer surnames past the top 150
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
    "Fowler", "Heath", "Norman", "Middleton", "Lord", "Rahman", "Iqbal", "Mahmood", "Chaudhry", "Sharma",
    "Okafor", "Mensah", "Adeyemi", "Boateng", "Nowak", "Kowalski", "Macleod", "MacDonald", "Fraser", "Sinclair",
    "Llewellyn", "Pugh", "Vaughan", "Howells", "Bowen", "Jenkinson", "Ashworth", "Haworth", "Sutcliffe", "Ackroyd",
    "Threlfall", "Entwistle", "Trelawney", "Penrose", "Pengelly", "Tremayne", "Fairbairn", "Ogilvie", "Drummond", "Menzies",
    "Featherstone", "Braithwaite", "Hargreaves", "Cartwright", "Fothergill", "Higginbottom", "Winterbottom", "Rowbotham", "Sidebottom", "Ramsbottom",
    "Knowles", "Whittaker", "Lister", "Pickering", "Kitchen", "Beaumont", "Devereux", "Fitzgerald", "Kavanagh", "Donnelly",
)  # fmt: skip
# Origins common in Sweden: the commonest given names and surnames of each, in rank order as the
# writer knows them (1/rank, head 10).
FI_F = ("Maria", "Helena", "Johanna", "Anneli", "Kaarina", "Marjatta", "Anna", "Liisa", "Annikki", "Hannele", "Tuula", "Päivi", "Sari", "Riitta", "Pirjo", "Merja", "Aino", "Sanna", "Minna", "Tiina", "Leena", "Eeva", "Satu", "Kirsi", "Aila", "Outi", "Raija", "Sirpa", "Katja", "Heli")  # fmt: skip
FI_M = ("Juhani", "Johannes", "Olavi", "Antero", "Tapani", "Kalevi", "Mikael", "Matti", "Timo", "Pekka", "Kari", "Jari", "Mikko", "Juha", "Antti", "Heikki", "Jukka", "Markku", "Seppo", "Hannu", "Ville", "Eero", "Pentti", "Veikko", "Janne", "Tuomas", "Esa", "Arto", "Jouni", "Raimo")  # fmt: skip
FI_S = ("Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen", "Kallio", "Hiltunen")  # fmt: skip
# Arabic (Iraq, Syria, Lebanon, Palestine), with Assyrian/Syriac names.
AR_F = ("Fatima", "Maryam", "Sara", "Noor", "Zainab", "Aya", "Hiba", "Rana", "Layla", "Amira", "Yasmin", "Huda", "Rasha", "Nadia", "Lina", "Mariam", "Shahad", "Ruqaya", "Dalia", "Reem", "Sham", "Rawan", "Hala", "Ninorta", "Shamiram", "Ninve", "Ramina", "Samira", "Salma", "Amal", "Marta", "Rita")  # fmt: skip
AR_M = ("Mohammed", "Ahmed", "Ali", "Omar", "Hassan", "Hussein", "Mustafa", "Ibrahim", "Khaled", "Yousef", "Abdullah", "Karim", "Mahmoud", "Hamza", "Ammar", "Mazen", "Tariq", "Jamal", "Samir", "Bashar", "Firas", "Ninos", "Sargon", "Ashur", "Aram", "Gabriel", "Elias", "Fadi", "Shamoun", "Yacoub")  # fmt: skip
AR_S = ("Ali", "Mohammed", "Ahmed", "Hassan", "Hussein", "Ibrahim", "Abdullah", "Khalil", "Saleh", "Al-Hassan", "Jaber", "Haddad", "Mansour", "Youssef", "Al-Obaidi", "Al-Jubouri", "Kassab", "Shamoun", "Barsoum", "Gabriel", "Saliba", "Aziz", "Darwish", "Nasser", "Hamdan", "Al-Sayed", "Khoury", "Issa", "Yacoub", "Abboud", "Toma", "Hanna", "Al-Rubaie", "Jalal")  # fmt: skip
SO_F = ("Fadumo", "Hodan", "Amina", "Sahra", "Ayaan", "Hawa", "Khadra", "Asha", "Ifrah", "Sagal", "Nimco", "Hibo", "Deqa", "Ubah", "Samira", "Ilhan", "Warsan", "Halima", "Maryan", "Sucaad", "Ladan", "Muna")  # fmt: skip
SO_M = ("Mohamed", "Abdi", "Ahmed", "Abdirahman", "Hassan", "Ali", "Omar", "Abdullahi", "Yusuf", "Ismail", "Mahad", "Liban", "Abdikarim", "Farah", "Said", "Hamse", "Guled", "Bashir", "Mukhtar", "Jama", "Abdiaziz", "Khalid")  # fmt: skip
SO_S = ("Mohamed", "Ali", "Abdi", "Hassan", "Ahmed", "Omar", "Hussein", "Warsame", "Farah", "Osman", "Yusuf", "Jama", "Abdullahi", "Ibrahim", "Aden", "Nur", "Egal", "Hirsi", "Dahir", "Elmi", "Mohamud", "Abdulle", "Duale", "Gedi", "Isse")  # fmt: skip
PL_F = ("Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna", "Magdalena", "Elżbieta", "Joanna", "Aleksandra", "Monika", "Zofia", "Teresa", "Danuta", "Natalia", "Julia", "Karolina", "Marta", "Beata", "Dorota", "Zuzanna", "Justyna", "Agata", "Iwona", "Grażyna")  # fmt: skip
PL_M = ("Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Jan", "Michał", "Marcin", "Stanisław", "Jakub", "Adam", "Marek", "Łukasz", "Grzegorz", "Mateusz", "Wojciech", "Mariusz", "Dariusz", "Zbigniew", "Jerzy", "Kacper", "Szymon", "Bartosz", "Filip", "Maciej", "Przemysław")  # fmt: skip
PL_S = ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Kwiatkowski", "Wojciechowski", "Krawczyk", "Kaczmarek", "Piotrowski", "Grabowski", "Zając", "Pawłowski", "Michalski", "Król", "Wieczorek", "Jabłoński", "Wróbel", "Nowakowski", "Majewski", "Olszewski", "Stępień", "Malinowski", "Jaworski", "Adamczyk", "Dudek", "Nowicki", "Górski", "Sikora", "Czarnecki", "Zawadzki", "Sadowski")  # fmt: skip
FA_F = ("Maryam", "Fatemeh", "Zahra", "Sara", "Narges", "Shirin", "Leila", "Parisa", "Nasrin", "Mina", "Azadeh", "Roya", "Niloufar", "Samira", "Elham", "Soheila", "Mahsa", "Negar", "Yasaman", "Ladan", "Golnar", "Shabnam")  # fmt: skip
FA_M = ("Mohammad", "Ali", "Reza", "Hossein", "Mehdi", "Amir", "Hamid", "Saeed", "Majid", "Behzad", "Dariush", "Kourosh", "Babak", "Farhad", "Arash", "Omid", "Peyman", "Navid", "Kamran", "Siavash", "Pouya", "Shahram")  # fmt: skip
FA_S = ("Mohammadi", "Hosseini", "Ahmadi", "Rezaei", "Moradi", "Karimi", "Hashemi", "Rahimi", "Jafari", "Ghorbani", "Rostami", "Sadeghi", "Mousavi", "Hosseinzadeh", "Kazemi", "Taheri", "Amini", "Najafi", "Bagheri", "Akbari", "Azizi", "Farahani", "Tehrani", "Esfahani", "Shirazi", "Parsa")  # fmt: skip
BCS_F = ("Amra", "Emina", "Aida", "Lejla", "Jasmina", "Selma", "Mirela", "Ana", "Marija", "Jelena", "Ivana", "Dragana", "Snežana", "Mirjana", "Vesna", "Maja", "Sanja", "Nermina", "Senada", "Azra", "Elma", "Amela", "Merima", "Zlata", "Tijana")  # fmt: skip
BCS_M = ("Emir", "Adnan", "Amir", "Senad", "Edin", "Mirza", "Haris", "Nedim", "Dragan", "Zoran", "Goran", "Milan", "Nikola", "Stefan", "Marko", "Ivan", "Dejan", "Nenad", "Aleksandar", "Damir", "Admir", "Kenan", "Alen", "Tarik", "Jasmin")  # fmt: skip
BCS_S = ("Hodžić", "Hadžić", "Kovačević", "Begić", "Delić", "Mujić", "Šehić", "Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Horvat", "Kovačić", "Babić", "Marić", "Jurić", "Novak", "Popović", "Karić", "Hasanović", "Husić", "Omerović", "Salihović", "Mehmedović", "Čaušević", "Ibrahimović", "Alić")  # fmt: skip
TR_F = ("Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Şerife", "Zehra", "Sultan", "Hülya", "Esra", "Derya", "Gül", "Aylin", "Büşra", "Merve", "Selin", "Ebru", "Özlem", "Nur", "Yasemin")  # fmt: skip
TR_M = ("Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Osman", "Yusuf", "Murat", "Ömer", "Ramazan", "Halil", "Süleyman", "Emre", "Burak", "Kemal", "Serkan", "Can", "Eren", "Yunus")  # fmt: skip
TR_S = ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Polat", "Özcan", "Korkmaz", "Çakır", "Erdoğan")  # fmt: skip
# Eritrea: a father's given name serves as the surname.
ER_F = ("Helen", "Senait", "Selam", "Mebrat", "Tsega", "Yohana", "Luwam", "Saba", "Semhar", "Hiwet", "Rahel", "Winta", "Feven", "Eden", "Ruta", "Mihret", "Tirhas", "Azieb", "Elsa", "Mekdes")  # fmt: skip
ER_M = ("Yonas", "Daniel", "Tesfay", "Samuel", "Yohannes", "Robel", "Habtom", "Biniam", "Filmon", "Merhawi", "Kibrom", "Dawit", "Michael", "Amanuel", "Tekle", "Mussie", "Henok", "Berhane", "Efrem", "Senay")  # fmt: skip
ER_S = ("Tesfay", "Tekle", "Gebremedhin", "Haile", "Berhane", "Kidane", "Ghebreyesus", "Tesfamariam", "Woldemariam", "Gebreselassie", "Yohannes", "Mehari", "Abraha", "Weldu", "Kahsay", "Andemariam", "Habte", "Negash", "Asmerom", "Tewolde", "Fissehaye", "Ghirmay", "Ogbazghi")  # fmt: skip
AF_F = ("Fatima", "Zahra", "Mariam", "Shabnam", "Parwana", "Nazanin", "Freshta", "Mursal", "Mahbooba", "Sima", "Marzia", "Nilofar", "Hasina", "Farida", "Laila", "Zarghona", "Sakina", "Nargis", "Yalda", "Roya")  # fmt: skip
AF_M = ("Mohammad", "Ahmad", "Ali", "Mustafa", "Abdul", "Hamid", "Mahdi", "Hussain", "Reza", "Ehsan", "Jawad", "Sayed", "Zabihullah", "Najib", "Farid", "Rahim", "Wahid", "Nasir", "Javid", "Hamed", "Omid", "Milad", "Yama")  # fmt: skip
AF_S = ("Ahmadi", "Hussaini", "Rahimi", "Mohammadi", "Hashimi", "Sultani", "Amiri", "Azizi", "Jafari", "Karimi", "Haidari", "Naseri", "Rezaie", "Hakimi", "Noori", "Sadat", "Popal", "Durrani", "Barakzai", "Wardak", "Stanikzai", "Safi", "Nazari", "Akbari")  # fmt: skip
TH_F = ("Siriporn", "Supaporn", "Malee", "Pranee", "Wanida", "Kanokwan", "Sunisa", "Pimchanok", "Ratana", "Duangjai", "Jintana", "Nittaya", "Araya", "Kanya", "Patcharin", "Orathai", "Sasithorn", "Waraporn", "Napat", "Nok")  # fmt: skip
TH_M = ("Somchai", "Somsak", "Prasert", "Sombat", "Wichai", "Anan", "Surasak", "Chaiya", "Kittisak", "Niran", "Pichit", "Thanakorn", "Nattapong", "Sakda", "Boonsong", "Chatchai", "Anucha", "Weerapong")  # fmt: skip
TH_S = ("Saetang", "Srisuk", "Wongsawat", "Chaiyaphum", "Sukprasert", "Boonmee", "Thongchai", "Kaewmanee", "Rattanakorn", "Phromma", "Suwannarat", "Chanthara", "Srisawat", "Yodkhun", "Intharasuk", "Saelim", "Saeheng", "Kongkaew", "Jaidee", "Pongsri")  # fmt: skip
# Chile and Latin America: given names, and surnames of which people carry two (paterno, materno).
LA_F = ("María", "Ana", "Carolina", "Claudia", "Patricia", "Francisca", "Javiera", "Daniela", "Camila", "Valentina", "Catalina", "Constanza", "Fernanda", "Paula", "Gabriela", "Marcela", "Verónica", "Alejandra", "Isidora", "Sofía", "Lorena", "Andrea", "Paola", "Pamela", "Ximena")  # fmt: skip
LA_M = ("José", "Juan", "Luis", "Carlos", "Jorge", "Manuel", "Francisco", "Cristián", "Sebastián", "Diego", "Matías", "Felipe", "Pablo", "Rodrigo", "Alejandro", "Benjamín", "Tomás", "Vicente", "Nicolás", "Patricio", "Gonzalo", "Mauricio", "Héctor", "Víctor", "Andrés")  # fmt: skip
LA_S = ("González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez", "Sepúlveda", "Morales", "Rodríguez", "López", "Araya", "Fuentes", "Hernández", "Torres", "Espinoza", "Flores", "Castillo", "Valenzuela", "Ramírez", "Reyes", "Gutiérrez", "Castro", "Vargas", "Álvarez", "Vásquez", "Tapia", "Fernández", "Sánchez", "Carrasco", "Gómez", "Cortés", "Herrera", "Núñez")  # fmt: skip
KU_F = ("Zhina", "Shilan", "Avin", "Berivan", "Rojin", "Helin", "Dilan", "Nasrin", "Zilan", "Roza", "Hana", "Shirin", "Lana", "Delal", "Jiyan", "Newroz", "Sozdar", "Viyan", "Zara", "Ronak")  # fmt: skip
KU_M = ("Aram", "Karwan", "Rebwar", "Dilshad", "Azad", "Shvan", "Hogir", "Baran", "Kawa", "Soran", "Rekan", "Sherwan", "Hemin", "Zana", "Diyar", "Bawar", "Ako", "Hiwa", "Ari", "Dler")  # fmt: skip
KU_S = ("Ahmed", "Mohammed", "Ali", "Rashid", "Karim", "Aziz", "Mahmoud", "Hassan", "Barzani", "Talabani", "Hawrami", "Baban", "Jaff", "Zebari", "Doski", "Mustafa", "Kurdi", "Salih", "Amin", "Omar", "Qadir", "Sabir", "Hamad", "Othman")  # fmt: skip
UA_F = ("Olena", "Tetiana", "Nataliia", "Iryna", "Svitlana", "Oksana", "Yuliia", "Kateryna", "Anastasiia", "Mariia", "Olha", "Viktoriia", "Liudmyla", "Halyna", "Alina", "Daria", "Sofiia", "Anna", "Valentyna", "Yana")  # fmt: skip
UA_M = ("Oleksandr", "Serhii", "Andrii", "Volodymyr", "Dmytro", "Oleksii", "Mykola", "Vasyl", "Yurii", "Ivan", "Viktor", "Ihor", "Maksym", "Vitalii", "Bohdan", "Artem", "Taras", "Roman", "Denys", "Yaroslav")  # fmt: skip
UA_S = ("Melnyk", "Shevchenko", "Boiko", "Kovalenko", "Bondarenko", "Tkachenko", "Kovalchuk", "Kravchenko", "Oliinyk", "Shevchuk", "Koval", "Polishchuk", "Bondar", "Tkachuk", "Moroz", "Marchenko", "Lysenko", "Rudenko", "Savchenko", "Petrenko", "Kravchuk", "Pavlenko", "Savchuk", "Levchenko")  # fmt: skip
IN_F = ("Priya", "Anjali", "Pooja", "Divya", "Sneha", "Kavya", "Ananya", "Neha", "Shreya", "Lakshmi", "Deepika", "Swati", "Aishwarya", "Ritu", "Sunita", "Meera", "Nisha", "Aditi", "Ishita", "Sanjana")  # fmt: skip
IN_M = ("Rahul", "Amit", "Rohit", "Vikram", "Arjun", "Suresh", "Ramesh", "Sanjay", "Rajesh", "Anil", "Karthik", "Vivek", "Aditya", "Nikhil", "Arun", "Prakash", "Siddharth", "Ravi", "Manoj", "Abhishek")  # fmt: skip
IN_S = ("Sharma", "Singh", "Kumar", "Patel", "Gupta", "Reddy", "Rao", "Iyer", "Nair", "Shah", "Mehta", "Joshi", "Verma", "Agarwal", "Menon", "Krishnan", "Pillai", "Desai", "Chopra", "Banerjee", "Das", "Mukherjee", "Srinivasan")  # fmt: skip
# The US Census 1990 (public domain): the first names and surnames with their per cent, copied
# from the names package's dist.female.first, dist.male.first and dist.all.last.
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
    0.039), ("Brooke", 0.039), ("Bethany", 0.039), ("Sadie", 0.039), ("Bernadette", 0.039)
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
    0.028), ("Roosevelt", 0.028), ("Israel", 0.028), ("Jermaine", 0.028)
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
    ("Pittman", 0.025), ("Brady", 0.025), ("McCormick", 0.025), ("Holloway", 0.025)
)  # fmt: skip

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(
        ranked(SV_F, 150),
        ranked(SV_M, 150),
        ranked(SV_S, 150),
        ranked(SV_KIDS_F, 100),
        ranked(SV_KIDS_M, 100),
    ),
    "us": Origin(weighted(US_F, 150), weighted(US_M, 150), weighted(US_S, 150)),
    "uk": Origin(ranked(UK_F, 130), ranked(UK_M, 130), ranked(UK_S, 150)),
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

# Who is named, per language of the text: Swedish names the most in Swedish and mixed text, as
# the population of Sweden has them (about a fifth born abroad, more among pupils); English text
# is mostly British and American, with Swedes and others as at international schools.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6.5, "finnish": 3.5, "somali": 2.5, "polish": 2.5, "bcs": 2.5,
        "persian": 2.5, "afghan": 2, "kurdish": 1.6, "turkish": 1.5, "eritrean": 1.5,
        "ukrainian": 1.3, "latin": 1, "thai": 0.8, "indian": 0.8, "uk": 0.7, "us": 0.5,
    },
    "en": {
        "uk": 37, "us": 35, "swedish": 10, "indian": 4, "arabic": 2.5, "polish": 2,
        "latin": 2, "ukrainian": 1.5, "finnish": 1.2, "somali": 1.2, "persian": 1.2,
        "turkish": 1, "afghan": 1, "eritrean": 1, "bcs": 1, "kurdish": 1, "thai": 1,
    },
    "mixed": {
        "swedish": 52, "uk": 10, "us": 9, "arabic": 5, "finnish": 3, "polish": 3, "persian": 2.5,
        "bcs": 2.5, "indian": 2.5, "somali": 2, "afghan": 1.5, "kurdish": 1.5, "turkish": 1.5,
        "eritrean": 1.2, "ukrainian": 1.5, "latin": 1, "thai": 1,
    },
}  # fmt: skip

# Short forms people are called by, per origin and given name.
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": {
        "Lars": ("Lasse",), "Mikael": ("Micke",), "Joakim": ("Jocke",), "Per": ("Pelle", "Pär"),
        "Karl": ("Kalle",), "Thomas": ("Tompa",), "Jan": ("Janne",), "Daniel": ("Danne",),
        "Fredrik": ("Fredde",), "Hans": ("Hasse",), "Stefan": ("Steffe",), "Magnus": ("Manne",),
        "Mattias": ("Matte",), "Marcus": ("Mackan",), "Christoffer": ("Chrille", "Kricke"),
        "Kristoffer": ("Kricke",), "Robert": ("Robban",), "Patrik": ("Patte",), "Tobias": ("Tobbe",),
        "Sebastian": ("Sebbe",), "Alexander": ("Alex",), "Gustav": ("Gurra", "Gusse"),
        "Niklas": ("Nicke",), "Kenneth": ("Kenta",), "Rasmus": ("Rasse",), "Oskar": ("Ogge",),
        "Oscar": ("Ogge",), "William": ("Wille",), "Albin": ("Abbe",), "Ludvig": ("Ludde",),
        "Johan": ("Jojje",), "Nils": ("Nisse",), "Leif": ("Leffe",), "Viktor": ("Vicke",),
        "Benjamin": ("Benji",), "Henrik": ("Henke",), "Anders": ("Ante",), "Björn": ("Nalle",),
        "Kristina": ("Stina", "Kicki"), "Katarina": ("Kattis", "Kajsa"), "Elisabeth": ("Lisa", "Bettan"),
        "Margareta": ("Maggan",), "Birgitta": ("Gittan", "Bittan"), "Susanne": ("Sussie",),
        "Charlotte": ("Lotta",), "Josefin": ("Josse",), "Matilda": ("Tilda",), "Viktoria": ("Vickan",),
        "Annika": ("Anki",), "Rebecka": ("Becka",), "Madeleine": ("Madde",), "Cecilia": ("Cissi",),
        "Louise": ("Lollo",), "Alexandra": ("Alex",), "Gunilla": ("Gunnel",), "Ulrika": ("Ullis",),
        "Isabelle": ("Bella",), "Felicia": ("Fia",), "Lovisa": ("Lovve",), "Emelie": ("Emmy",),
        "Elisabet": ("Lisa", "Lisen"), "Ingrid": ("Ninni",), "Kerstin": ("Kerka",),
    },
    "us": {
        "William": ("Bill", "Will"), "Robert": ("Bob", "Rob"), "James": ("Jim", "Jimmy"),
        "Michael": ("Mike",), "Elizabeth": ("Liz", "Beth"), "Jennifer": ("Jen", "Jenny"),
        "Katherine": ("Kate", "Kathy"), "Thomas": ("Tom",), "Christopher": ("Chris",),
        "Daniel": ("Dan", "Danny"), "Matthew": ("Matt",), "Joseph": ("Joe",), "Richard": ("Rick", "Rich"),
        "Charles": ("Charlie", "Chuck"), "Edward": ("Ed", "Ted"), "Margaret": ("Maggie", "Peggy"),
        "Rebecca": ("Becky",), "Patricia": ("Pat", "Trish"), "Susan": ("Sue",), "Deborah": ("Debbie",),
        "Nicholas": ("Nick",), "Anthony": ("Tony",), "Andrew": ("Andy",), "Timothy": ("Tim",),
        "David": ("Dave",), "Steven": ("Steve",), "Kenneth": ("Ken",), "Ronald": ("Ron",),
        "Donald": ("Don",), "Gregory": ("Greg",), "Jessica": ("Jess",), "Samantha": ("Sam",),
        "Stephanie": ("Steph",), "Victoria": ("Vicky",), "Kimberly": ("Kim",), "Pamela": ("Pam",),
        "Barbara": ("Barb",), "Jacqueline": ("Jackie",), "Christine": ("Chris",), "Gerald": ("Jerry",),
    },
    "uk": {
        "William": ("Will", "Bill"), "Thomas": ("Tom", "Tommy"), "James": ("Jamie", "Jim"),
        "Daniel": ("Dan",), "Joshua": ("Josh",), "Matthew": ("Matt",), "Samuel": ("Sam",),
        "Joseph": ("Joe",), "Benjamin": ("Ben",), "Christopher": ("Chris",), "Alexander": ("Alex", "Xander"),
        "Michael": ("Mike", "Mick"), "Richard": ("Rich",), "Robert": ("Rob", "Bob"), "Andrew": ("Andy",),
        "Edward": ("Ed", "Eddie"), "Frederick": ("Fred", "Freddie"), "Stephen": ("Steve",),
        "Elizabeth": ("Liz", "Lizzie", "Beth"), "Rebecca": ("Becky", "Becca"), "Samantha": ("Sam",),
        "Victoria": ("Vicky", "Tori"), "Catherine": ("Cath", "Kate"), "Jessica": ("Jess",),
        "Charlotte": ("Charlie", "Lottie"), "Eleanor": ("Ellie", "Nell"), "Abigail": ("Abbie",),
        "Jennifer": ("Jen",), "Margaret": ("Maggie",), "Natalie": ("Nat",), "Stephanie": ("Steph",),
        "Georgina": ("Georgie",), "Nicola": ("Nicky",), "Joanne": ("Jo",), "Alison": ("Ali",),
    },
    "polish": {
        "Katarzyna": ("Kasia",), "Małgorzata": ("Gosia",), "Aleksandra": ("Ola",), "Agnieszka": ("Aga",),
        "Magdalena": ("Magda",), "Krzysztof": ("Krzysiek",), "Tomasz": ("Tomek",), "Piotr": ("Piotrek",),
        "Jakub": ("Kuba",), "Stanisław": ("Staszek",), "Wojciech": ("Wojtek",), "Zuzanna": ("Zuzia",),
    },
    "ukrainian": {"Oleksandr": ("Sasha",), "Kateryna": ("Katia",), "Mariia": ("Masha",), "Dmytro": ("Dima",)},
    "finnish": {"Juhani": ("Jussi",), "Matti": ("Masa",), "Johanna": ("Hanna",)},
    "bcs": {"Aleksandar": ("Saša",), "Jasmina": ("Jasna",)},
    "arabic": {"Mohammed": ("Mo", "Hamoudi"), "Yousef": ("Jojo",)},
    "latin": {"Francisca": ("Pancha",), "Francisco": ("Pancho",), "José": ("Pepe",)},
    "indian": {"Siddharth": ("Sid",), "Abhishek": ("Abhi",), "Aishwarya": ("Ash",)},
}  # fmt: skip
