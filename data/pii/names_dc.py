# ruff: noqa: E501
"""Name pools of held-out DC (issue 15): names as the population has them, weighted by how often
people carry them.

Written for `generate_dc.py` by a helper who tunes nothing and who read none of rung's lexicons,
rules, tagger or other sets' names; no name here was checked against anything in the repository,
and none was left out for being known or unknown. Sources: Swedish given names and surnames in
the order of SCB's name statistics (written from general knowledge; weight 1/rank; head the top
150, a tail of rarer names past them); the US Census 1990 lists (public domain; the first 380, 380
and 420 names of `dist.female.first`, `dist.male.first` and `dist.all.last` from the `names`
package, the census per cent as weight, head 150); UK given names and surnames in the order of the
ONS rankings (general knowledge, 1/rank); the commonest given names and surnames of origins common
in Sweden (1/rank, head 10); and, for the genre (family history), Swedish given names as they
stood in the parish books of the 1800s with patronymics and soldiers' names (1/rank).
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


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def _unique(names: tuple[str, ...] | list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for name in names:
        if name not in seen:
            seen.add(name)
            out.append(name)
    return out


def ranked(names: tuple[str, ...], head: int) -> Pool:
    """A list in rank order, weight 1/rank; a name written twice keeps its first rank."""
    kept = _unique(names)
    return Pool(tuple(kept), tuple(1 / (i + 1) for i in range(len(kept))), min(head, len(kept) - 1))


def weighted(pairs: tuple[tuple[str, float], ...], head: int) -> Pool:
    """A list with its own weights (the census per cent)."""
    kept: dict[str, float] = {}
    for name, weight in pairs:
        kept.setdefault(name, weight)
    return Pool(tuple(kept), tuple(kept.values()), min(head, len(kept) - 1))


_PLAIN = str.maketrans({"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ø": "o", "Ø": "O", "ß": "ss", "ı": "i", "İ": "I", "æ": "ae", "Æ": "Ae"})  # fmt: skip


def plain(word: str) -> str:
    """The word typed without its letters: `Łukasz Wiśniewski` -> `Lukasz Wisniewski`."""
    word = word.translate(_PLAIN)
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname in its feminine form: -ski/-cki/-dzki end in -ska/-cka/-dzka."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


def patronymic(father: str, woman: bool) -> str:
    """A patronymic of the parish books: `Lars` -> `Larsson`, `Nils` -> `Nilsdotter`."""
    stem = father if father.endswith("s") else father + "s"
    return stem + ("dotter" if woman else "son")


# Sweden: SCB's name statistics, in rank order (general knowledge); head the top 150.
SV_F = (
    "Anna", "Eva", "Maria", "Karin", "Kristina", "Lena", "Sara", "Kerstin", "Emma", "Ingrid",
    "Marie", "Malin", "Jenny", "Hanna", "Inger", "Birgitta", "Linnéa", "Annika", "Sofia", "Elin",
    "Ida", "Susanne", "Monica", "Linda", "Johanna", "Elisabeth", "Carina", "Ulla", "Julia", "Elsa",
    "Katarina", "Alice", "Margareta", "Anneli", "Helena", "Therese", "Ebba", "Gunilla", "Åsa", "Ulrika",
    "Camilla", "Maja", "Agneta", "Ella", "Matilda", "Anette", "Britt", "Wilma", "Ann", "Caroline",
    "Barbro", "Josefin", "Amanda", "Lisa", "Jessica", "Cecilia", "Sandra", "Gun", "Moa", "Astrid",
    "Linn", "Emelie", "Frida", "Lovisa", "Louise", "Siv", "Marianne", "Charlotte", "Elina", "Emilia",
    "Ingela", "Lina", "Klara", "Anita", "Madeleine", "Mona", "Pia", "Yvonne", "Gunnel", "Ellen",
    "Nathalie", "Felicia", "Olivia", "Saga", "Freja", "Alva", "Vera", "Ester", "Stina", "Signe",
    "Agnes", "Isabelle", "Sofie", "Ingegerd", "Ewa", "Ann-Marie", "Maj", "Margit", "Marita", "Mari",
    "Lisbeth", "Rebecka", "Tove", "Tilda", "Ronja", "Nora", "Isabella", "Selma", "Elvira", "Hedda",
    "Tyra", "Berit", "Ylva", "Sonja", "Viktoria", "Jeanette", "Helen", "Annelie", "Kristin", "Petra",
    "Erika", "Karolina", "Fanny", "Mikaela", "Sanna", "Lotta", "Rut", "Eleonor", "Veronica", "Angelica",
    "Fatima", "Greta", "Märta", "Ines", "Iris", "Lova", "Emmy", "Elise", "Vendela", "Alma",
    "Ann-Christin", "Evelina", "Ellinor", "Jonna", "Maj-Britt", "Birgit", "Gudrun", "Solveig", "Lilly", "Mira",
    # tail: rarer names past the top 150
    "Britt-Marie", "Ann-Sofie", "Eva-Lena", "Anna-Karin", "Ann-Charlotte", "Marie-Louise", "Ulla-Britt", "Siv-Britt", "Lena-Maria", "Ann-Louise",
    "Majken", "Elsie", "Asta", "Ragnhild", "Aina", "Svea", "Ingalill", "Gunborg", "Rigmor", "Sigrid",
    "Ingeborg", "Irma", "Inga", "Ingvor", "Majvor", "Kajsa", "Cajsa", "Mathilda", "Alicia", "Amelia",
    "Meja", "Nellie", "Thea", "Tindra", "Edith", "Elna", "Hjördis", "Dagny", "Gunvor", "Eivor",
    "Solbritt", "Inez", "Liv", "Vilma", "Lillemor", "Dagmar", "Elvy", "Tova", "Juni", "Minna",
    "Nova", "Stella", "Luna", "Hillevi", "Ingbritt", "Gullvi", "Gullan", "Gerd", "Gertrud",
    "Hildur", "Hilma", "Ruth", "Ulrica", "Carolina", "Cristina", "Christin", "Kristine", "Helene", "Lisette",
    "Maud", "Mimmi", "Mia", "Michaela", "Nina", "Paula", "Pernilla", "Rebecca", "Rosa",
    "Sigbritt", "Sylvia", "Tina", "Ulla-Karin", "Vivianne", "Viveka", "Åse", "Zara", "Yasmin",
    "Maryam", "Zahra", "Amina", "Aisha", "Mariam", "Noor", "Hiba", "Amira", "Leila", "Nour",
    "Hawa", "Fadumo", "Hodan", "Ayan", "Sahra", "Ilham", "Rania", "Dalia", "Shirin", "Nasrin",
    "Elif", "Zeynep", "Aleksandra", "Agnieszka", "Katarzyna", "Milica", "Amra", "Jasmina", "Tuula", "Päivi",
    "Anja", "Heidi", "Merja", "Sirpa", "Marja", "Pirjo", "Kaisa", "Riitta", "Leena", "Aino",
    "Agda", "Alfhild", "Ally", "Annica", "Annie", "Antonia", "Beata", "Bella", "Benita",
    "Bodil", "Boel", "Brita", "Carin", "Catarina", "Charlotta", "Clara", "Connie", "Doris",
    "Edla", "Eira", "Elly", "Elvi", "Emilie", "Erica", "Ethel", "Evy",
    "Frideborg", "Gabriella", "Gunhild", "Hedvig", "Henrietta", "Hervor", "Hulda", "Jannike", "Jelena",
    "Josefine", "Judit", "Kicki", "Laila", "Lea", "Lillian", "Linnea", "Lisen", "Livia", "Lo",
    "Magdalena", "Malva", "Margot", "Mathilde", "Mette", "Mirjam", "Molly", "My", "Märit",
    "Natalie", "Nelly", "Norma", "Oda", "Ottilia", "Pauline", "Petronella", "Ragna", "Rakel", "Regina",
    "Rosmarie", "Saida", "Siri", "Solvig", "Sonia", "Stefanie", "Susann", "Svanhild", "Teresia", "Thyra",
    "Tora", "Torborg", "Ulla-Lena", "Valborg", "Wendela", "Vivi", "Ågot", "Öllegård",
)  # fmt: skip
SV_M = (
    "Lars", "Mikael", "Anders", "Johan", "Erik", "Per", "Karl", "Peter", "Thomas", "Jan",
    "Daniel", "Fredrik", "Hans", "Andreas", "Stefan", "Bengt", "Mats", "Alexander", "Magnus", "Jonas",
    "Martin", "Bo", "Oskar", "Leif", "Niklas", "Marcus", "Henrik", "Göran", "William", "Gustav",
    "Christer", "Lucas", "Sven", "Kjell", "Viktor", "David", "Rolf", "Simon", "Oliver", "Mattias",
    "Filip", "Anton", "Elias", "Björn", "Emil", "Robert", "Christian", "Jonathan", "Hugo", "Åke",
    "Ulf", "Roger", "Patrik", "Liam", "Axel", "Adam", "Gunnar", "Olof", "Nils", "Tommy",
    "Jakob", "Tobias", "Isak", "Joakim", "Rasmus", "Kent", "Roland", "Stig", "Lennart", "Sebastian",
    "Kenneth", "Jesper", "Mohammed", "Noah", "Arvid", "Ludvig", "Gabriel", "Leo", "Kurt", "Ingemar",
    "Jörgen", "Claes", "Torbjörn", "Dan", "Arne", "Bertil", "Ove", "Sten", "Tomas", "Pontus",
    "Linus", "Albin", "Edvin", "Theo", "Vincent", "Melvin", "Alfred", "Elliot", "Viggo", "Ali",
    "Love", "Sixten", "Harry", "Charlie", "Benjamin", "Samuel", "Max", "Felix", "Kevin", "Robin",
    "Dennis", "Johnny", "Conny", "Håkan", "Lars-Erik", "Karl-Erik", "Jan-Erik", "Per-Olof", "Bo-Göran", "Lars-Göran",
    "Erling", "Rune", "Sune", "Gösta", "Ragnar", "Harald", "Tore", "Evert", "Folke", "Gert",
    "Hampus", "Ivar", "Wilhelm", "Valter", "Otto", "Einar", "Ebbe", "Frans", "Holger", "Ingvar",
    "Jimmy", "Johannes", "Josef", "Kristoffer", "Malte", "Mohamed", "Ahmed", "Omar", "Hassan", "Ibrahim",
    # tail: rarer names past the top 150
    "Karl-Johan", "Per-Erik", "Nils-Erik", "Jan-Olof", "Sven-Erik", "Carl-Johan", "Lars-Olof", "Jan-Åke", "Bengt-Göran", "Hans-Åke",
    "Agne", "Alvar", "Algot", "Allan", "Arnold", "Artur", "Assar", "Bernt", "Birger", "Bror",
    "Börje", "Carl", "Gustaf", "Curt", "Dag", "Egon", "Eilert", "Elof", "Enar", "Erland",
    "Fritiof", "Gerhard", "Gillis", "Greger", "Gunder", "Gustav-Adolf", "Halvar", "Helge", "Herbert", "Hilding",
    "Hjalmar", "Ingvald", "Jarl", "Joel", "Jon", "Jöns", "Knut", "Lage", "Leander",
    "Lorentz", "Mauritz", "Melker", "Måns", "Natanael", "Nore", "Olle", "Orvar", "Osvald", "Ossian",
    "Pelle", "Reinhold", "Rickard", "Roine", "Rutger", "Seth", "Sigvard", "Sigurd", "Sture", "Svante",
    "Teodor", "Thor", "Ture", "Torsten", "Uno", "Verner", "Vilgot", "Yngve", "Åsmund", "Östen",
    "Adrian", "Alvin", "Aron", "August", "Colin", "Edward", "Eddie", "Frank", "Hannes",
    "Jack", "Julius", "Kasper", "Lukas", "Milo", "Nicklas", "Otis", "Ruben", "Sam",
    "Tage", "Vidar", "Wilmer", "Ville", "Loke", "Kian", "Nils-Olov", "Olov",
    "Ola", "Tord", "Tor", "Torvald", "Vilhelm", "Waldemar", "Ejnar", "Evald", "Gottfrid",
    "Isidor", "Jean", "Kalle", "Konrad", "Lennarth", "Lars-Åke", "Matts", "Mårten", "Nicolas",
    "Oscar", "Patric", "Pehr", "Petter", "Ronny", "Ronnie", "Staffan", "Sölve", "Tryggve",
    "Ulrik", "Urban", "Walter", "Weine", "Vilmer", "Zakarias", "Abdullahi", "Yusuf",
    "Mustafa", "Hussein", "Abdi", "Ahmad", "Mehmet", "Ali-Reza", "Reza", "Amir", "Hamid", "Karim",
    "Tommi", "Jari", "Juha", "Mika", "Pekka", "Kari", "Timo", "Matti", "Heikki", "Jukka",
    "Piotr", "Marek", "Tomasz", "Goran", "Zoran", "Dragan", "Emir", "Mirza", "Rafael", "Diego",
    "Bjarne", "Dick", "Glenn", "Gunde", "Hasse", "Hilmer", "Ingolf", "Jerker", "Kennet", "Kjell-Åke",
    "Lasse", "Melwin", "Mio", "Nikola", "Odd", "Rikard", "Sigge", "Stellan", "Tim",
    "Alf", "Benny", "Christoffer", "Eskil", "Fabian", "Hjalte", "Ingmar", "Jens", "Kristian", "Leonard", "Magne", "Pär", "Sigfrid", "Sören", "Torgny", "Valdemar", "Viking", "Göte", "Anselm",
)  # fmt: skip
SV_S = (
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson",
    "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Olofsson",
    "Lindström", "Lindqvist", "Lindgren", "Axelsson", "Berg", "Bergström", "Lundberg", "Lind", "Lundgren", "Lundqvist",
    "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg", "Ali", "Wallin", "Mohammed",
    "Engström", "Eklund", "Danielsson", "Lundin", "Håkansson", "Björk", "Bergman", "Gunnarsson", "Holm", "Wikström",
    "Samuelsson", "Isaksson", "Fransson", "Bergqvist", "Nyström", "Holmberg", "Arvidsson", "Löfgren", "Söderberg", "Nyberg",
    "Blomqvist", "Claesson", "Nordström", "Ahmed", "Mårtensson", "Lundström", "Hassan", "Viklund", "Björklund", "Eliasson",
    "Pålsson", "Berggren", "Sandström", "Lund", "Nordin", "Ström", "Åberg", "Falk", "Ekström", "Hermansson",
    "Holmgren", "Hellström", "Dahlberg", "Hedlund", "Sundberg", "Sjögren", "Ek", "Blom", "Abrahamsson", "Martinsson",
    "Öberg", "Andreasson", "Strömberg", "Månsson", "Hansen", "Åkesson", "Dahl", "Lindholm", "Norberg", "Jonasson",
    "Holmqvist", "Sundström", "Ahlström", "Nordqvist", "Mohamed", "Ibrahim", "Lindell", "Strand", "Söderström", "Sundqvist",
    "Hedberg", "Lindblom", "Omar", "Nordberg", "Ekman", "Hussein", "Göransson", "Lindahl", "Lindén", "Ivarsson",
    "Sjöström", "Jeppsson", "Nielsen", "Bergkvist", "Lindkvist", "Lundkvist", "Börjesson", "Hedström", "Sjödin", "Nylander",
    "Edlund", "Backman", "Högberg", "Nyman", "Hallberg", "Sörensen", "Boström", "Jensen", "Wahlström", "Åström",
    "Ekberg", "Borg", "Östlund", "Larsen", "Wiklund", "Mattila", "Rosén", "Nordlund", "Forsman", "Kristiansson",
    # tail: rarer names past the top 150
    "Lagerkvist", "Tengroth", "Skoglund", "Grönlund", "Ahlqvist", "Almgren", "Alm", "Ahlberg", "Ahlgren", "Appelqvist",
    "Asplund", "Backlund", "Bodin", "Brandt", "Broberg", "Brodin", "Byström", "Carlberg", "Carlsson", "Dahlgren",
    "Dahlqvist", "Edberg", "Edström", "Ekholm", "Eklöf", "Enqvist", "Falkenberg", "Fagerlund", "Flodin", "Fors",
    "Forslund", "Frisk", "Frid", "Fröberg", "Granberg", "Granath", "Granlund", "Grahn", "Grönberg", "Gyllenhammar",
    "Hagberg", "Hagström", "Hammar", "Hammarström", "Hedin", "Hedman", "Hellberg", "Hellgren", "Hjort", "Holmström",
    "Hultgren", "Hultman", "Häggström", "Hägg", "Jernberg", "Kjellberg", "Kjellström", "Kullberg", "Kvist", "Lagerlöf",
    "Landin", "Lejon", "Lilja", "Liljegren", "Lindbäck", "Lindeberg", "Lindmark", "Ljung", "Ljungberg", "Ljunggren",
    "Lundell", "Lundmark", "Löfstedt", "Malm", "Malmberg", "Malmqvist", "Malmström", "Modig", "Morén", "Nord",
    "Norén", "Norling", "Nordmark", "Nyholm", "Nylund", "Palm", "Palmqvist", "Pihl", "Qvist", "Ragnarsson",
    "Rask", "Roos", "Rydberg", "Rydén", "Rydell", "Sandell", "Sandgren", "Selin", "Sjöholm", "Sjölund",
    "Skog", "Stenberg", "Stenström", "Strandberg", "Ström-Olsen", "Strömgren", "Sundin", "Svanberg", "Svedberg", "Söderlund",
    "Thorén", "Tornberg", "Törnqvist", "Unger", "Vallin", "Wahlberg", "Wennberg", "Westberg", "Westerberg", "Westin",
    "Widén", "Wikberg", "Winberg", "Zetterberg", "Zetterlund", "Åkerlund", "Åkerman", "Åhlund", "Öhman", "Östberg",
    "Östling", "Östman", "Bäckström", "Dalin", "Ehn", "Ehrnberg", "Fält", "Gustavsson", "Hallin", "Hellqvist",
    "Holmlund", "Jacobsson", "Karlström", "Kronberg", "Kron", "Lindroth", "Lövgren", "Modin", "Nygren", "Nordgren",
    "Olander", "Rehn", "Rundqvist", "Sahlin", "Stark", "Stål", "Sundén", "Svärd", "Tapper", "Trygg",
    "von Platen", "af Klercker", "von Essen", "De Geer", "af Ugglas", "von Sydow", "Wachtmeister", "Lewenhaupt", "Gyllenstierna", "Bonde",
    "Rosengren", "Gyllenberg", "Cederholm", "Cederqvist", "Ekelund", "Ekelöf", "Fahlén", "Granqvist", "Grip", "Hernqvist",
    "Karlberg", "Kihlberg", "Lagergren", "Lindwall", "Lindh", "Löwenborg", "Mellberg", "Nordenskiöld", "Nyqvist", "Pehrsson",
    "Rahm", "Rosenqvist", "Schön", "Sjöblom", "Sköld", "Sparre", "Stjernström", "Swahn", "Tell", "Thunberg",
    "Ullberg", "Vesterlund", "Wallenberg", "Welander", "Wester", "Yngvesson", "Zackrisson", "Ågren", "Älvebring", "Örn",
    "Kaya", "Yilmaz", "Abdi", "Hussain", "Khalil", "Yousef", "Kowalski", "Nowak", "Hodzic", "Korhonen",
)  # fmt: skip

# The parish books of the 1800s: given names as they stood then (general knowledge of the
# period's commonest names, 1/rank, head 30), patronymics built from the fathers' names, and
# soldiers' names the crown gave its men.
OLD_F = (
    "Maria", "Anna", "Stina", "Kajsa", "Brita", "Greta", "Lisa", "Karin", "Kerstin", "Maja",
    "Ingrid", "Christina", "Catharina", "Johanna", "Sara", "Elin", "Ulrika", "Lovisa", "Charlotta", "Helena",
    "Carolina", "Sofia", "Mathilda", "Emma", "Hedvig", "Gertrud", "Elsa", "Marta", "Beata", "Magdalena",
    # tail
    "Cajsa", "Britta", "Margareta", "Elisabet", "Ingeborg", "Gölin", "Gunnel", "Märta", "Börta", "Botilla",
    "Bengta", "Hanna", "Nilla", "Pernilla", "Hulda", "Emerentia", "Agneta", "Malin", "Sigrid", "Karna",
    "Ingar", "Kjerstin", "Dordi", "Annika", "Gunilla", "Engla", "Hilma", "Augusta", "Albertina", "Josefina",
    "Fredrika", "Gustava", "Wilhelmina", "Petronella", "Eva", "Sissa", "Marit", "Dorotea", "Ester", "Olivia",
)  # fmt: skip
OLD_M = (
    "Anders", "Johan", "Carl", "Erik", "Per", "Lars", "Nils", "Olof", "Jonas", "Gustaf",
    "Jöns", "Sven", "Jan", "Måns", "Pehr", "Petter", "Magnus", "Hans", "Mårten", "Isak",
    "Daniel", "Johannes", "Matts", "Håkan", "Ola", "Bengt", "Påhl", "Eric", "August",
    # tail
    "Jacob", "Gabriel", "Abraham", "Samuel", "Mickel", "Tore", "Gudmund", "Börje", "Germund", "Hindrik",
    "Simon", "Ambjörn", "Zacharias", "Israel", "Anund", "Trued", "Jeppe", "Truls", "Esbjörn", "Lucas",
    "Fredrik", "Adolf", "Wilhelm", "Axel", "Frans", "Claes", "Gustav",
    "Christopher", "Elias", "Josef", "Salomon", "Knut", "Halvar", "Mauritz", "Ludvig", "Oskar", "Alfred",
)  # fmt: skip
SOLDIERS = (
    "Modig", "Stark", "Flink", "Rask", "Frisk", "Glad", "Trygg", "Hurtig", "Dristig", "Sköld",
    "Svärd", "Falk", "Örn", "Lustig", "Ståhl", "Lång", "Wiberg", "Kämpe", "Hjelm", "Spjut",
    "Dahl", "Blixt", "Krut", "Kula", "Bom", "Munter", "Rapp", "Qvick", "Fält", "Ros",
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
    ("Martha", 0.412), ("Debra", 0.408), ("Amanda", 0.404), ("Stephanie", 0.4), ("Carolyn", 0.385),
    ("Christine", 0.382), ("Marie", 0.379), ("Janet", 0.379), ("Catherine", 0.373),
    ("Frances", 0.37), ("Ann", 0.364), ("Joyce", 0.364), ("Diane", 0.359), ("Alice", 0.357),
    ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336), ("Doris", 0.335), ("Gloria", 0.335),
    ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315), ("Mildred", 0.313),
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
    ("Suzanne", 0.145), ("Michele", 0.145), ("Gail", 0.145), ("Bertha", 0.143), ("Darlene", 0.142),
    ("Veronica", 0.142), ("Jill", 0.142), ("Erin", 0.141), ("Geraldine", 0.141), ("Lauren", 0.137),
    ("Cathy", 0.137), ("Joann", 0.136), ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135),
    ("Regina", 0.133), ("Erica", 0.13), ("Beatrice", 0.13), ("Dolores", 0.129), ("Bernice", 0.128),
    ("Audrey", 0.127), ("Yvonne", 0.126), ("Annette", 0.125), ("June", 0.125), ("Samantha", 0.124),
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
    ("Katrina", 0.061), ("Claire", 0.061), ("Lindsey", 0.06), ("Lindsay", 0.06), ("Geneva", 0.059),
    ("Guadalupe", 0.059), ("Belinda", 0.059), ("Margarita", 0.059), ("Sheryl", 0.059),
    ("Cora", 0.058), ("Faye", 0.058), ("Ada", 0.057), ("Natasha", 0.057), ("Sabrina", 0.057),
    ("Isabel", 0.057), ("Marguerite", 0.056), ("Hattie", 0.056), ("Harriet", 0.056),
    ("Molly", 0.055), ("Cecilia", 0.055), ("Kristi", 0.055), ("Brandi", 0.055), ("Blanche", 0.055),
    ("Sandy", 0.055), ("Rosie", 0.055), ("Joanna", 0.055), ("Iris", 0.055), ("Eunice", 0.054),
    ("Angie", 0.054), ("Inez", 0.053), ("Lynda", 0.053), ("Madeline", 0.052), ("Amelia", 0.052),
    ("Alberta", 0.052), ("Genevieve", 0.051), ("Monique", 0.051), ("Jodi", 0.051),
    ("Janie", 0.051), ("Maggie", 0.051), ("Kayla", 0.051), ("Sonya", 0.051), ("Jan", 0.051),
    ("Lee", 0.051), ("Kristine", 0.051), ("Candace", 0.051), ("Fannie", 0.05), ("Maryann", 0.05),
    ("Opal", 0.05), ("Alison", 0.05), ("Yvette", 0.05), ("Melody", 0.05), ("Luz", 0.049),
    ("Susie", 0.049), ("Olivia", 0.049), ("Flora", 0.049), ("Shelley", 0.049), ("Kristy", 0.048),
    ("Mamie", 0.048), ("Lula", 0.048), ("Lola", 0.048), ("Verna", 0.048), ("Beulah", 0.048),
    ("Antoinette", 0.048), ("Candice", 0.046), ("Juana", 0.046), ("Jeannette", 0.046),
    ("Pam", 0.046), ("Kelli", 0.046), ("Hannah", 0.045), ("Whitney", 0.045), ("Bridget", 0.045),
    ("Karla", 0.044), ("Celia", 0.044), ("Latoya", 0.043), ("Patty", 0.043), ("Shelia", 0.043),
    ("Gayle", 0.043), ("Della", 0.043), ("Vicky", 0.043), ("Lynne", 0.043), ("Sheri", 0.042),
    ("Marianne", 0.042),
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
    ("Henry", 0.365), ("Carl", 0.346), ("Arthur", 0.335), ("Ryan", 0.328), ("Roger", 0.322),
    ("Joe", 0.321), ("Juan", 0.316), ("Jack", 0.315), ("Albert", 0.314), ("Jonathan", 0.313),
    ("Justin", 0.311), ("Terry", 0.311), ("Gerald", 0.309), ("Keith", 0.308), ("Samuel", 0.306),
    ("Willie", 0.302), ("Ralph", 0.282), ("Lawrence", 0.282), ("Nicholas", 0.275), ("Roy", 0.273),
    ("Benjamin", 0.27), ("Bruce", 0.263), ("Brandon", 0.26), ("Adam", 0.259), ("Harry", 0.251),
    ("Fred", 0.251), ("Wayne", 0.249), ("Billy", 0.248), ("Steve", 0.246), ("Louis", 0.243),
    ("Jeremy", 0.242), ("Aaron", 0.24), ("Randy", 0.232), ("Howard", 0.23), ("Eugene", 0.23),
    ("Carlos", 0.229), ("Russell", 0.224), ("Bobby", 0.223), ("Victor", 0.222), ("Martin", 0.216),
    ("Ernest", 0.215), ("Phillip", 0.213), ("Todd", 0.213), ("Jesse", 0.209), ("Craig", 0.206),
    ("Alan", 0.204), ("Shawn", 0.2), ("Clarence", 0.197), ("Sean", 0.197), ("Philip", 0.197),
    ("Chris", 0.197), ("Johnny", 0.195), ("Earl", 0.193), ("Jimmy", 0.191), ("Antonio", 0.19),
    ("Danny", 0.19), ("Bryan", 0.19), ("Tony", 0.19), ("Luis", 0.189), ("Mike", 0.189),
    ("Stanley", 0.186), ("Leonard", 0.186), ("Nathan", 0.185), ("Dale", 0.184), ("Manuel", 0.181),
    ("Rodney", 0.18), ("Curtis", 0.18), ("Norman", 0.177), ("Allen", 0.174), ("Marvin", 0.171),
    ("Vincent", 0.168), ("Glenn", 0.167), ("Jeffery", 0.166), ("Travis", 0.166), ("Jeff", 0.166),
    ("Chad", 0.165), ("Jacob", 0.165), ("Lee", 0.162), ("Melvin", 0.162), ("Alfred", 0.162),
    ("Kyle", 0.16), ("Francis", 0.16), ("Bradley", 0.159), ("Jesus", 0.155), ("Herbert", 0.155),
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
    ("Brett", 0.082), ("Angel", 0.082), ("Nathaniel", 0.081), ("Rafael", 0.081), ("Leslie", 0.081),
    ("Edgar", 0.08), ("Milton", 0.08), ("Raul", 0.079), ("Ben", 0.078), ("Chester", 0.078),
    ("Cecil", 0.078), ("Duane", 0.077), ("Franklin", 0.077), ("Andre", 0.076), ("Elmer", 0.074),
    ("Brad", 0.073), ("Gabriel", 0.073), ("Ron", 0.072), ("Mitchell", 0.072), ("Roland", 0.072),
    ("Arnold", 0.072), ("Harvey", 0.072), ("Jared", 0.071), ("Adrian", 0.069), ("Karl", 0.069),
    ("Cory", 0.068), ("Claude", 0.068), ("Erik", 0.068), ("Darryl", 0.067), ("Jamie", 0.066),
    ("Neil", 0.066), ("Jessie", 0.065), ("Christian", 0.065), ("Javier", 0.065),
    ("Fernando", 0.065), ("Clinton", 0.065), ("Ted", 0.064), ("Mathew", 0.064), ("Tyrone", 0.064),
    ("Darren", 0.064), ("Lonnie", 0.064), ("Lance", 0.063), ("Cody", 0.063), ("Julio", 0.063),
    ("Kelly", 0.063), ("Kurt", 0.062), ("Allan", 0.061), ("Nelson", 0.061), ("Guy", 0.06),
    ("Clayton", 0.06), ("Hugh", 0.06), ("Max", 0.059), ("Dwayne", 0.059), ("Dwight", 0.058),
    ("Armando", 0.058), ("Felix", 0.058), ("Jimmie", 0.058), ("Everett", 0.057), ("Jordan", 0.056),
    ("Ian", 0.056), ("Wallace", 0.056), ("Ken", 0.055), ("Bob", 0.055), ("Jaime", 0.055),
    ("Casey", 0.054), ("Alfredo", 0.054), ("Alberto", 0.053), ("Dave", 0.053), ("Ivan", 0.053),
    ("Johnnie", 0.052), ("Sidney", 0.052), ("Byron", 0.052), ("Julian", 0.052), ("Isaac", 0.051),
    ("Morris", 0.051), ("Clifton", 0.05), ("Willard", 0.05), ("Daryl", 0.05), ("Ross", 0.05),
    ("Virgil", 0.049), ("Andy", 0.049), ("Marshall", 0.049), ("Salvador", 0.049), ("Perry", 0.049),
    ("Kirk", 0.049), ("Sergio", 0.049), ("Marion", 0.048), ("Tracy", 0.048), ("Seth", 0.048),
    ("Kent", 0.048), ("Terrance", 0.048), ("Rene", 0.048), ("Eduardo", 0.047), ("Terrence", 0.047),
    ("Enrique", 0.046), ("Freddie", 0.046), ("Wade", 0.045), ("Austin", 0.044), ("Stuart", 0.044),
    ("Fredrick", 0.043), ("Arturo", 0.043), ("Alejandro", 0.043), ("Jackie", 0.043),
    ("Joey", 0.043), ("Nick", 0.043), ("Luther", 0.043), ("Wendell", 0.042), ("Jeremiah", 0.042),
    ("Evan", 0.042), ("Julius", 0.042), ("Dana", 0.042), ("Donnie", 0.041), ("Otis", 0.041),
    ("Shannon", 0.04), ("Trevor", 0.04), ("Oliver", 0.04), ("Luke", 0.04), ("Homer", 0.04),
    ("Gerard", 0.04), ("Doug", 0.04), ("Kenny", 0.039), ("Hubert", 0.039), ("Angelo", 0.039),
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
    ("Earnest", 0.031),
)  # fmt: skip

US_S = (
    ("Smith", 1.006), ("Johnson", 0.81), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621),
    ("Davis", 0.48), ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor", 0.311),
    ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.31), ("White", 0.279), ("Harris", 0.275),
    ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254), ("Martinez", 0.234),
    ("Robinson", 0.233), ("Clark", 0.231), ("Rodriguez", 0.229), ("Lewis", 0.226), ("Lee", 0.22),
    ("Walker", 0.219), ("Hall", 0.2), ("Allen", 0.199), ("Young", 0.193), ("Hernandez", 0.192),
    ("King", 0.19), ("Wright", 0.189), ("Lopez", 0.187), ("Hill", 0.187), ("Scott", 0.185),
    ("Green", 0.183), ("Adams", 0.174), ("Baker", 0.171), ("Gonzalez", 0.166), ("Nelson", 0.162),
    ("Carter", 0.162), ("Mitchell", 0.16), ("Perez", 0.155), ("Roberts", 0.153), ("Turner", 0.152),
    ("Phillips", 0.149), ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141),
    ("Edwards", 0.137), ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.13),
    ("Morris", 0.125), ("Rogers", 0.123), ("Reed", 0.122), ("Cook", 0.12), ("Morgan", 0.118),
    ("Bell", 0.117), ("Murphy", 0.117), ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper", 0.113),
    ("Richardson", 0.112), ("Cox", 0.11), ("Howard", 0.11), ("Ward", 0.108), ("Torres", 0.108),
    ("Peterson", 0.107), ("Gray", 0.106), ("Ramirez", 0.105), ("James", 0.105), ("Watson", 0.103),
    ("Brooks", 0.103), ("Kelly", 0.102), ("Sanders", 0.1), ("Price", 0.099), ("Bennett", 0.099),
    ("Wood", 0.098), ("Barnes", 0.097), ("Ross", 0.096), ("Henderson", 0.095), ("Coleman", 0.095),
    ("Jenkins", 0.095), ("Perry", 0.094), ("Powell", 0.093), ("Long", 0.092), ("Patterson", 0.092),
    ("Hughes", 0.092), ("Flores", 0.092), ("Washington", 0.092), ("Butler", 0.091),
    ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales", 0.087), ("Bryant", 0.087),
    ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084), ("Diaz", 0.084),
    ("Hayes", 0.083), ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082), ("Graham", 0.082),
    ("Sullivan", 0.081), ("Wallace", 0.081), ("Woods", 0.08), ("Cole", 0.08), ("West", 0.08),
    ("Jordan", 0.078), ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077), ("Ellis", 0.077),
    ("Harrison", 0.076), ("Gibson", 0.075), ("McDonald", 0.075), ("Cruz", 0.075),
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
    ("Hart", 0.054), ("Cunningham", 0.054), ("Bradley", 0.054), ("Lane", 0.054),
    ("Andrews", 0.054), ("Ruiz", 0.054), ("Harper", 0.054), ("Fox", 0.053), ("Riley", 0.053),
    ("Armstrong", 0.053), ("Carpenter", 0.053), ("Weaver", 0.053), ("Greene", 0.053),
    ("Lawrence", 0.052), ("Elliott", 0.052), ("Chavez", 0.052), ("Sims", 0.052), ("Austin", 0.052),
    ("Peters", 0.052), ("Kelley", 0.052), ("Franklin", 0.051), ("Lawson", 0.051),
    ("Fields", 0.051), ("Gutierrez", 0.051), ("Ryan", 0.051), ("Schmidt", 0.051), ("Carr", 0.051),
    ("Vasquez", 0.051), ("Castillo", 0.051), ("Wheeler", 0.051), ("Chapman", 0.05),
    ("Oliver", 0.05), ("Montgomery", 0.049), ("Richards", 0.049), ("Williamson", 0.049),
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
    ("Vargas", 0.041), ("Byrd", 0.041), ("Davidson", 0.041), ("Hopkins", 0.041), ("May", 0.04),
    ("Terry", 0.04), ("Herrera", 0.04), ("Wade", 0.04), ("Soto", 0.04), ("Walters", 0.04),
    ("Curtis", 0.04), ("Neal", 0.039), ("Caldwell", 0.039), ("Lowe", 0.039), ("Jennings", 0.039),
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
    ("Moss", 0.031), ("Thornton", 0.031), ("Dennis", 0.031), ("McGee", 0.031), ("Farmer", 0.03),
    ("Delgado", 0.03), ("Aguilar", 0.03), ("Vega", 0.03), ("Glover", 0.03), ("Manning", 0.03),
    ("Cohen", 0.03), ("Harmon", 0.03), ("Rodgers", 0.03), ("Robbins", 0.03), ("Newton", 0.03),
    ("Todd", 0.03), ("Blair", 0.03), ("Higgins", 0.03), ("Ingram", 0.03), ("Reese", 0.03),
    ("Cannon", 0.03), ("Strickland", 0.03), ("Townsend", 0.03), ("Potter", 0.03),
    ("Goodwin", 0.03), ("Walton", 0.03), ("Rowe", 0.029), ("Hampton", 0.029), ("Ortega", 0.029),
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

# The UK: the ONS rankings, in rank order (general knowledge of the decades' lists); 1/rank.
UK_F = (
    "Sarah", "Emma", "Claire", "Laura", "Rebecca", "Gemma", "Emily", "Jessica", "Lucy", "Charlotte",
    "Hannah", "Amy", "Sophie", "Olivia", "Amelia", "Helen", "Nicola", "Rachel", "Katie", "Lauren",
    "Samantha", "Louise", "Elizabeth", "Victoria", "Karen", "Susan", "Julie", "Jennifer", "Joanne", "Lisa",
    "Michelle", "Kelly", "Stephanie", "Jade", "Chloe", "Ella", "Grace", "Isla", "Ava", "Mia",
    "Isabella", "Poppy", "Lily", "Ruby", "Evie", "Jasmine", "Margaret", "Patricia", "Jean", "Mary",
    "Linda", "Ann", "Christine", "Elaine", "Janet", "Alison", "Deborah", "Tracey", "Angela", "Dawn",
    "Sharon", "Catherine", "Kathryn", "Natalie", "Zoe", "Kirsty", "Hayley", "Leanne", "Danielle", "Abigail",
    "Georgia", "Megan", "Holly", "Eleanor", "Alice", "Florence", "Freya", "Ivy", "Rosie", "Phoebe",
    "Millie", "Daisy", "Sienna", "Matilda", "Imogen", "Harriet", "Anna", "Joanna", "Fiona", "Heather",
    "Sandra", "Pauline", "Gillian", "Wendy", "Valerie", "Lynn", "Carol", "Barbara", "Dorothy", "Joan",
    "Irene", "Shirley", "Sheila", "Brenda", "Sylvia", "Maureen", "Eileen", "Doreen", "Kathleen", "Jacqueline",
    "Diane", "Anne", "Jane", "Sally", "Ruth", "Frances", "Caroline", "Kate", "Amanda", "Lindsey",
    "Kerry", "Sian", "Bethany", "Molly", "Erin", "Jodie", "Shannon", "Courtney", "Paige", "Leah",
    # tail
    "Caitlin", "Abbie", "Esme", "Aria", "Maya", "Harper", "Willow", "Layla", "Scarlett", "Evelyn",
    "Sofia", "Emilia", "Elsie", "Aisha", "Fatima", "Maryam", "Zara", "Ayesha", "Priya", "Sophia",
    "Beatrice", "Edith", "Violet", "Mabel", "Nancy", "Hilda", "Gladys", "Edna", "Elsie-May", "Winifred",
    "Marjorie", "Beryl", "Vera", "Hazel", "Audrey", "Iris", "Rita", "Pamela", "Marion", "Judith",
    "Lesley", "Hilary", "Rosemary", "Jill", "Stella", "Yvonne", "Lorraine", "Beverley", "Denise", "Carole",
    "Teresa", "Bernadette", "Geraldine", "Siobhan", "Mairead", "Rhiannon", "Cerys", "Bethan", "Megan-Rose", "Eilidh",
    "Morag", "Catriona", "Ailsa", "Niamh", "Orla", "Aoife", "Roisin", "Tegan", "Keira", "Jorja",
    "Tilly", "Maisie", "Lottie", "Ellie", "Martha", "Clara", "Robyn", "Naomi", "Amber", "Lydia",
    "Rose", "Charlie", "Hollie", "Jemma", "Kayleigh", "Stacey", "Toni", "Becky", "Vicky", "Gail",
    "Jenny", "Tina", "Julia", "Philippa", "Penelope", "Rosalind", "Felicity", "Henrietta", "Cressida", "Persephone",
)  # fmt: skip
UK_M = (
    "David", "John", "Paul", "Michael", "Andrew", "James", "Mark", "Richard", "Robert", "Peter",
    "Stephen", "Christopher", "Daniel", "Thomas", "Matthew", "William", "Jack", "Oliver", "Harry", "George",
    "Ian", "Simon", "Gary", "Steven", "Alan", "Anthony", "Kevin", "Jonathan", "Martin", "Lee",
    "Adam", "Benjamin", "Samuel", "Joshua", "Luke", "Ryan", "Liam", "Jamie", "Craig", "Scott",
    "Stuart", "Neil", "Graham", "Philip", "Nicholas", "Timothy", "Colin", "Keith", "Brian", "Kenneth",
    "Dennis", "Roy", "Derek", "Raymond", "Barry", "Trevor", "Terry", "Malcolm", "Geoffrey", "Roger",
    "Nigel", "Jason", "Darren", "Dean", "Wayne", "Carl", "Shaun", "Charlie", "Noah", "Leo",
    "Oscar", "Arthur", "Muhammad", "Freddie", "Alfie", "Theo", "Henry", "Archie", "Jacob", "Joseph",
    "Edward", "Alexander", "Max", "Isaac", "Ethan", "Lewis", "Callum", "Connor", "Kieran", "Dylan",
    "Tyler", "Harrison", "Toby", "Finley", "Reuben", "Elliot", "Louis", "Sebastian", "Hugo", "Frederick",
    "Charles", "Albert", "Frank", "Ernest", "Harold", "Stanley", "Leonard", "Walter", "Frederick", "Norman",
    "Ronald", "Donald", "Gordon", "Douglas", "Alistair", "Gavin", "Ross", "Duncan", "Fraser", "Euan",
    "Gareth", "Rhys", "Owen", "Dafydd", "Aled", "Patrick", "Sean", "Declan", "Ciaran", "Conor",
    # tail
    "Mohammed", "Mohammad", "Ahmed", "Ali", "Omar", "Yusuf", "Ibrahim", "Hamza", "Bilal", "Imran",
    "Rajesh", "Sanjay", "Arjun", "Harjit", "Gurpreet", "Kwame", "Kofi", "Tunde", "Emeka", "Chinedu",
    "Alfred", "Cyril", "Sidney", "Herbert", "Reginald", "Percy", "Wilfred", "Cecil", "Horace", "Clifford",
    "Bernard", "Desmond", "Gerald", "Leslie", "Maurice", "Victor", "Vincent", "Clive", "Howard", "Russell",
    "Glenn", "Julian", "Rupert", "Giles", "Jeremy", "Crispin", "Tristan", "Piers", "Hamish", "Angus",
    "Callan", "Kyle", "Jordan", "Bradley", "Aaron", "Ashley", "Nathan", "Jake", "Joe", "Sam",
    "Tom", "Ben", "Dan", "Rob", "Phil", "Steve", "Mike", "Dave", "Andy", "Chris",
    "Elijah", "Ezra", "Jude", "Rory", "Ollie", "Teddy", "Ronnie", "Albie", "Stanley-James", "Tommy",
    "Billy", "Bobby", "Frankie", "Jenson", "Zachary", "Gabriel", "Felix", "Caleb", "Rowan", "Jasper",
    "Lachlan", "Murray", "Struan", "Torquil", "Ewan", "Gethin", "Iwan", "Emyr", "Cillian", "Oisin",
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
    "Hancock", "Thornton", "Baldwin", "Burrows", "Briggs", "Storey", "Pugh", "Tomlinson", "Whittaker", "Ashworth",
    "Sutcliffe", "Heaton", "Haworth", "Ramsbottom", "Pemberton", "Postlethwaite", "Trevelyan", "Penhaligon", "Nankervis", "Tregenza",
    "Llewellyn", "Prosser", "Pryce", "Vaughan", "Meredith", "Mackenzie", "MacLeod", "Macdonald", "Fraser", "Sinclair",
)  # fmt: skip

# Origins common in Sweden: the commonest given names and surnames (general knowledge), 1/rank,
# head 10.
ORIGIN_LISTS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "finnish": (
        ("Maria", "Helena", "Johanna", "Anneli", "Kaarina", "Marjatta", "Anna", "Liisa", "Annikki", "Hannele",
         "Tuula", "Päivi", "Sari", "Tiina", "Pirjo", "Riitta", "Leena", "Aino", "Eija", "Minna",
         "Satu", "Kirsi", "Merja", "Sirpa", "Aila", "Raija", "Ritva", "Terttu", "Laila", "Eeva"),
        ("Juha", "Timo", "Matti", "Kari", "Mikko", "Jari", "Antti", "Jukka", "Mika", "Markku",
         "Pekka", "Hannu", "Heikki", "Seppo", "Janne", "Ari", "Sami", "Ville", "Marko", "Petri",
         "Esa", "Jorma", "Raimo", "Tapio", "Veikko", "Pentti", "Erkki", "Kalevi", "Olavi", "Eino"),
        ("Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen",
         "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen",
         "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen",
         "Hyvönen", "Kallio", "Väisänen", "Peltonen", "Huttunen"),
    ),
    "arabic": (
        ("Fatima", "Maryam", "Zainab", "Noor", "Sara", "Amina", "Aisha", "Hiba", "Rana", "Layla",
         "Nour", "Dalia", "Rania", "Huda", "Samira", "Lina", "Yasmin", "Reem", "Ruqaya", "Zahraa",
         "Shamiram", "Ninve", "Mariana", "Rita", "Nahrin", "Sabrina", "Jacqueline"),
        ("Mohammed", "Ahmed", "Ali", "Mahmoud", "Hussein", "Omar", "Mustafa", "Hassan", "Khaled", "Abdullah",
         "Ibrahim", "Youssef", "Karim", "Sami", "Rami", "Bassam", "Haidar", "Mohannad", "Firas", "Ammar",
         "Sargon", "Ninos", "Gabriel", "Aziz", "Fadi", "George", "Elias", "Johannes"),
        ("Ali", "Mohammed", "Ahmed", "Hassan", "Hussein", "Ibrahim", "Khalil", "Saleh", "Abbas", "Jaber",
         "Al-Hashimi", "Al-Saadi", "Mahmoud", "Yousef", "Haddad", "Kassab", "Darwish", "Nasser", "Al-Obaidi", "Hamdan",
         "Shamoun", "Barsoum", "Saliba", "Gabriel", "Yakoub", "Aho", "Hanna", "Isik", "Denho", "Lahdo",
         "Barsom", "Issa", "Malke"),
    ),
    "somali": (
        ("Fadumo", "Hodan", "Amina", "Faadumo", "Hawa", "Ayan", "Sahra", "Asha", "Khadija", "Nimco",
         "Ifrah", "Sagal", "Hibo", "Ubah", "Deeqa", "Hamdi", "Ikran", "Samsam", "Maryan", "Halima",
         "Leyla", "Naima"),
        ("Mohamed", "Abdi", "Ahmed", "Abdullahi", "Hassan", "Ali", "Omar", "Yusuf", "Ibrahim", "Abdirahman",
         "Mahad", "Hamza", "Abdikarim", "Abdirizak", "Said", "Farah", "Ismail", "Osman", "Mustafe", "Liban",
         "Guled", "Khalid"),
        ("Mohamed", "Abdi", "Ahmed", "Hassan", "Ali", "Omar", "Farah", "Hussein", "Warsame", "Abdullahi",
         "Osman", "Ismail", "Yusuf", "Nur", "Jama", "Aden", "Elmi", "Hirsi", "Dirie", "Abdulle",
         "Mohamud", "Egal", "Samatar", "Guled"),
    ),
    "polish": (
        ("Anna", "Katarzyna", "Maria", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna", "Elżbieta", "Magdalena",
         "Joanna", "Aleksandra", "Monika", "Zofia", "Teresa", "Danuta", "Natalia", "Karolina", "Marta", "Beata",
         "Dorota", "Justyna", "Halina", "Jadwiga", "Grażyna", "Iwona"),
        ("Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Jan", "Michał", "Marcin", "Jakub", "Adam",
         "Marek", "Łukasz", "Grzegorz", "Mateusz", "Wojciech", "Mariusz", "Dariusz", "Zbigniew", "Maciej", "Rafał",
         "Kamil", "Jerzy", "Tadeusz", "Sławomir", "Przemysław", "Bartłomiej"),
        ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak",
         "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Kwiatkowski", "Wojciechowski", "Krawczyk", "Kaczmarek", "Piotrowski", "Grabowski",
         "Zając", "Pawłowski", "Michalski", "Król", "Wieczorek", "Jabłoński", "Wróbel", "Nowakowski", "Majewski", "Olszewski",
         "Stępień", "Malinowski", "Jaworski", "Adamczyk", "Dudek", "Nowicki", "Górecki", "Sadowski", "Wysocki", "Zawadzki"),
    ),
    "persian": (
        ("Fatemeh", "Zahra", "Maryam", "Masoumeh", "Sakineh", "Zeinab", "Roghayeh", "Leila", "Shirin", "Nasrin",
         "Parisa", "Mahnaz", "Azadeh", "Golnaz", "Negar", "Sara", "Mina", "Farideh", "Mitra", "Shahla",
         "Yasaman", "Bahar", "Neda", "Ladan"),
        ("Mohammad", "Ali", "Hossein", "Reza", "Mehdi", "Hassan", "Amir", "Ahmad", "Mahmoud", "Saeed",
         "Hamid", "Behzad", "Babak", "Dariush", "Farhad", "Kaveh", "Arash", "Omid", "Payam", "Pejman",
         "Kamran", "Siamak", "Shahram", "Navid"),
        ("Mohammadi", "Hosseini", "Ahmadi", "Rezaei", "Moradi", "Karimi", "Jafari", "Rahimi", "Hashemi", "Mousavi",
         "Ghasemi", "Heidari", "Sadeghi", "Rostami", "Kazemi", "Akbari", "Nazari", "Ebrahimi", "Hosseinzadeh", "Farahani",
         "Tehrani", "Shirazi", "Esfahani", "Azizi", "Kiani", "Soltani", "Nikzad"),
    ),
    "bcs": (
        ("Amra", "Jasmina", "Aida", "Lejla", "Milica", "Jelena", "Ana", "Marija", "Vesna", "Snežana",
         "Mirjana", "Dragana", "Sanela", "Emina", "Azra", "Selma", "Ivana", "Maja", "Gordana", "Biljana",
         "Senada", "Elma", "Nermina", "Ljiljana"),
        ("Emir", "Amir", "Adnan", "Mirza", "Edin", "Dragan", "Zoran", "Goran", "Nenad", "Milan",
         "Ivan", "Marko", "Nikola", "Stefan", "Senad", "Haris", "Kenan", "Damir", "Dejan", "Aleksandar",
         "Jasmin", "Nedim", "Tarik", "Željko", "Branko"),
        ("Hodžić", "Hadžić", "Begić", "Delić", "Kovačević", "Mehmedović", "Hasanović", "Jovanović", "Petrović", "Nikolić",
         "Marković", "Đorđević", "Ilić", "Pavlović", "Popović", "Horvat", "Babić", "Marić", "Jurić", "Knežević",
         "Omerović", "Ahmetović", "Šehić", "Mujić", "Halilović", "Tomić", "Vuković", "Stojanović", "Kovačić", "Perić"),
    ),
    "turkish": (
        ("Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Şerife", "Zehra", "Sultan",
         "Hülya", "Esra", "Merve", "Özlem", "Gül", "Derya", "Büşra", "Aylin", "Songül", "Selin"),
        ("Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Osman", "Yusuf",
         "Murat", "Ömer", "Ramazan", "Halil", "Süleyman", "Emre", "Burak", "Serkan", "Kemal", "Cem"),
        ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir",
         "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek",
         "Polat", "Korkmaz", "Erdoğan", "Güneş", "Aksoy"),
    ),
    "eritrean": (
        ("Helen", "Senait", "Selam", "Yordanos", "Mebrat", "Saba", "Hiwet", "Lemlem", "Tsega", "Winta",
         "Freweyni", "Rahel", "Aster", "Elsa", "Azieb", "Mihret", "Feven", "Segen", "Tsehay", "Letekidan"),
        ("Yonas", "Dawit", "Tesfay", "Haile", "Mehari", "Yohannes", "Tekle", "Berhane", "Amanuel", "Samuel",
         "Kidane", "Ghebre", "Semere", "Filmon", "Robel", "Biniam", "Mussie", "Tewelde", "Habtom", "Efrem"),
        ("Tesfay", "Haile", "Tekle", "Berhane", "Gebremedhin", "Ghebreyesus", "Mehari", "Kidane", "Woldu", "Abraha",
         "Tesfamariam", "Habte", "Yemane", "Asmerom", "Negash", "Ghirmay", "Andemariam", "Tewolde", "Zerai", "Fessehaye"),
    ),
    "afghan": (
        ("Fatima", "Zahra", "Maryam", "Masooma", "Nadia", "Shabnam", "Parwana", "Farzana", "Malalai", "Zarghona",
         "Marzia", "Nargis", "Habiba", "Soraya", "Freshta", "Nilofar", "Roya", "Gulalai", "Mahbooba", "Sediqa"),
        ("Mohammad", "Ahmad", "Ali", "Hamid", "Mustafa", "Reza", "Abdul", "Najib", "Jawad",
         "Sayed", "Hassan", "Murtaza", "Hussain", "Sohrab", "Farid", "Nasir", "Wahid", "Zabihullah", "Ehsan"),
        ("Ahmadi", "Rahimi", "Hussaini", "Mohammadi", "Sultani", "Karimi", "Noori", "Hakimi", "Jafari", "Amiri",
         "Rezaie", "Sadat", "Qaderi", "Haidari", "Popal", "Durrani", "Stanekzai", "Safi", "Wardak", "Yousufzai"),
    ),
    "thai": (
        ("Siriporn", "Malee", "Somying", "Wanpen", "Pranee", "Sunisa", "Kanya", "Nittaya", "Supaporn", "Ratana",
         "Jintana", "Duangjai", "Porntip", "Kannika", "Pornpimol", "Chanida", "Araya", "Sudarat", "Wilai", "Buppha"),
        ("Somchai", "Somsak", "Prasert", "Sombat", "Somporn", "Surachai", "Anan", "Chaiya", "Wichai", "Boonmee",
         "Niran", "Sakda", "Kittisak", "Thanakorn", "Pichit", "Suchart", "Narong", "Wirot", "Arthit", "Kriangsak"),
        ("Saetang", "Srisuk", "Chaiyaporn", "Wongsawat", "Sukprasert", "Boonsong", "Thongdee", "Rattanakul", "Phromma", "Kaewkla",
         "Jaidee", "Suwannarat", "Panyasiri", "Chanthawong", "Inthong", "Sombatsiri", "Khamsuk", "Pongsak", "Sirichai", "Yodsiri"),
    ),
    "latin": (
        ("María", "Carolina", "Daniela", "Camila", "Valentina", "Francisca", "Javiera", "Constanza", "Catalina", "Fernanda",
         "Paula", "Andrea", "Gabriela", "Claudia", "Patricia", "Verónica", "Marcela", "Alejandra", "Lorena", "Ximena",
         "Isabel", "Rocío", "Mónica", "Sofía"),
        ("José", "Juan", "Luis", "Carlos", "Jorge", "Francisco", "Manuel", "Pedro", "Cristián", "Rodrigo",
         "Sebastián", "Matías", "Felipe", "Diego", "Pablo", "Andrés", "Gonzalo", "Alejandro", "Ricardo", "Héctor",
         "Fernando", "Mauricio", "Patricio", "Nicolás"),
        ("González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez", "Sepúlveda",
         "Morales", "Rodríguez", "López", "Fuentes", "Hernández", "Torres", "Araya", "Flores", "Espinoza", "Valenzuela",
         "Castillo", "Tapia", "Reyes", "Gutiérrez", "Castro", "Pizarro", "Álvarez", "Vásquez", "Sánchez", "Fernández"),
    ),
    "kurdish": (
        ("Rojin", "Berivan", "Dilan", "Jiyan", "Zilan", "Shilan", "Nazdar", "Avin", "Hêvî", "Gulistan",
         "Nasrin", "Bahar", "Roza", "Xezal", "Lana", "Nergiz", "Sozdar", "Evin", "Perwin", "Ronahi"),
        ("Rebin", "Dilshad", "Karwan", "Shwan", "Aram", "Baran", "Serhat", "Azad", "Rizgar", "Hawar",
         "Dler", "Soran", "Kawa", "Zana", "Bakhtiyar", "Sherzad", "Hiwa", "Diyar", "Goran", "Rojhat"),
        ("Ahmad", "Mohammed", "Aziz", "Rashid", "Kareem", "Mustafa", "Barzani", "Talabani", "Hawrami", "Zebari",
         "Amin", "Qadir", "Rasul", "Sharif", "Othman", "Hamad", "Hussein", "Ali", "Mahmud", "Salih"),
    ),
    "norwegian": (
        ("Anne", "Inger", "Kari", "Marit", "Ingrid", "Liv", "Eva", "Berit", "Astrid", "Bjørg",
         "Hilde", "Anna", "Solveig", "Marianne", "Randi", "Ida", "Nina", "Ragnhild", "Elisabeth", "Kristin",
         "Tone", "Sigrid", "Gro", "Turid"),
        ("Jan", "Per", "Bjørn", "Ole", "Lars", "Kjell", "Knut", "Arne", "Svein", "Thomas",
         "Hans", "Geir", "Tor", "Morten", "Terje", "Odd", "Erik", "Rune", "Trond", "Martin",
         "Anders", "Harald", "Olav", "Einar"),
        ("Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Karlsen",
         "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Johannessen", "Andreassen", "Jacobsen", "Dahl",
         "Jørgensen", "Halvorsen", "Lund", "Henriksen", "Sørensen", "Moen", "Strand", "Bakken", "Solberg", "Lie",
         "Aas", "Haugland", "Myhre", "Nygård", "Fjeld"),
    ),
    "irish": (
        ("Mary", "Margaret", "Bridget", "Catherine", "Anne", "Kathleen", "Patricia", "Sheila", "Siobhán", "Aoife",
         "Niamh", "Ciara", "Sinéad", "Gráinne", "Róisín", "Eileen", "Nora", "Deirdre", "Orla", "Maeve",
         "Emer", "Clodagh", "Saoirse", "Caoimhe"),
        ("John", "Patrick", "Michael", "Seán", "James", "Thomas", "Declan", "Ciarán", "Pádraig", "Séamus",
         "Liam", "Conor", "Eoin", "Cathal", "Donal", "Fergal", "Dermot", "Brendan", "Kevin", "Niall",
         "Colm", "Diarmuid", "Cormac", "Oisín"),
        ("Murphy", "Kelly", "O'Sullivan", "Walsh", "Smith", "O'Brien", "Byrne", "Ryan", "O'Connor", "O'Neill",
         "O'Reilly", "Doyle", "McCarthy", "Gallagher", "O'Doherty", "Kennedy", "Lynch", "Murray", "Quinn", "Moore",
         "McLoughlin", "O'Carroll", "Connolly", "Daly", "O'Connell", "Wilson", "Dunne", "Brennan", "Burke", "Collins",
         "Ó Súilleabháin", "Mac Giolla Phádraig", "Fitzgerald", "Nolan", "Keane"),
    ),
    "german": (
        ("Ursula", "Monika", "Petra", "Sabine", "Andrea", "Claudia", "Susanne", "Renate", "Birgit", "Karin",
         "Stefanie", "Julia", "Katharina", "Anja", "Nicole", "Christina", "Heike", "Gisela", "Helga", "Ingrid",
         "Brigitte", "Jutta", "Lena", "Lea"),
        ("Peter", "Michael", "Thomas", "Andreas", "Wolfgang", "Klaus", "Jürgen", "Stefan", "Christian", "Uwe",
         "Frank", "Markus", "Dieter", "Matthias", "Bernd", "Jörg", "Ralf", "Tobias", "Florian", "Sebastian",
         "Jens", "Holger", "Dirk", "Lukas"),
        ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
         "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
         "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Schmitz", "Krause", "Meier"),
    ),
    "ukrainian": (
        ("Olena", "Tetiana", "Nataliia", "Iryna", "Oksana", "Svitlana", "Yuliia", "Olha", "Mariia", "Kateryna",
         "Liudmyla", "Anastasiia", "Viktoriia", "Halyna", "Nadiia", "Alina", "Daria", "Valentyna", "Larysa", "Sofiia"),
        ("Oleksandr", "Serhii", "Volodymyr", "Andrii", "Oleksii", "Mykola", "Ivan", "Yurii", "Dmytro", "Viktor",
         "Vasyl", "Petro", "Bohdan", "Taras", "Maksym", "Roman", "Ihor", "Vitalii", "Artem", "Denys"),
        ("Melnyk", "Shevchenko", "Boiko", "Kovalenko", "Bondarenko", "Tkachenko", "Kovalchuk", "Kravchenko", "Oliinyk", "Shevchuk",
         "Koval", "Polishchuk", "Bondar", "Tkachuk", "Moroz", "Marchenko", "Lysenko", "Rudenko", "Savchenko", "Petrenko"),
    ),
    "indian": (
        ("Priya", "Anjali", "Sunita", "Pooja", "Neha", "Kavita", "Deepa", "Lakshmi", "Divya", "Shreya",
         "Meena", "Asha", "Rekha", "Swati", "Sneha", "Aishwarya", "Nisha", "Ananya", "Harpreet", "Gurpreet"),
        ("Rahul", "Amit", "Rajesh", "Sanjay", "Vikram", "Arjun", "Suresh", "Anil", "Ravi", "Sunil",
         "Ajay", "Vijay", "Deepak", "Karthik", "Rohan", "Aditya", "Manoj", "Pradeep", "Harjit", "Siddharth"),
        ("Sharma", "Singh", "Kumar", "Patel", "Gupta", "Reddy", "Rao", "Iyer", "Nair", "Menon",
         "Das", "Joshi", "Mehta", "Shah", "Verma", "Chopra", "Kapoor", "Malhotra", "Pillai", "Krishnan"),
    ),
}  # fmt: skip


def _origins() -> dict[str, Origin]:
    out = {
        "swedish": Origin(ranked(SV_F, 150), ranked(SV_M, 150), ranked(SV_S, 150)),
        "us": Origin(weighted(US_F, 150), weighted(US_M, 150), weighted(US_S, 150)),
        "uk": Origin(ranked(UK_F, 130), ranked(UK_M, 130), ranked(UK_S, 150)),
        "old": Origin(ranked(OLD_F, 30), ranked(OLD_M, 30), ranked(SOLDIERS, 10)),
    }
    for key, (women, men, surnames) in ORIGIN_LISTS.items():
        out[key] = Origin(ranked(women, 10), ranked(men, 10), ranked(surnames, 10))
    return out


ORIGINS = _origins()

# Who is named, per language of the text: Swedish largest in Swedish and mixed text, roughly as
# Sweden's population is; English text as the emigrants' descendants and the UK and Ireland's
# archives have them. `old` (the parish books) is not drawn by these: templates ask for it.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5, "norwegian": 1.5, "eritrean": 1.2,
        "german": 1.2, "ukrainian": 1.2, "thai": 1, "latin": 1, "indian": 1, "uk": 0.8, "us": 0.8,
        "irish": 0.3,
    },
    "en": {
        "us": 36, "uk": 30, "swedish": 10, "irish": 8, "indian": 3, "norwegian": 2, "arabic": 1.5,
        "polish": 1.5, "latin": 1.5, "german": 1.5, "finnish": 1, "somali": 0.6, "persian": 0.6,
        "turkish": 0.6, "ukrainian": 0.6, "bcs": 0.5, "thai": 0.5, "eritrean": 0.4, "afghan": 0.4,
        "kurdish": 0.4,
    },
    "mixed": {
        "swedish": 50, "us": 11, "uk": 8, "arabic": 4.5, "finnish": 3, "polish": 2.5, "irish": 2,
        "norwegian": 2, "persian": 2, "bcs": 2, "somali": 1.5, "turkish": 1.5, "indian": 1.5,
        "kurdish": 1.2, "afghan": 1.2, "german": 1.2, "ukrainian": 1.2, "eritrean": 1, "thai": 1,
        "latin": 1,
    },
}  # fmt: skip

# Hyphenated Swedish given names: a first part that takes a second and the second parts people
# carry (`Anna-Karin`, `Lars-Erik`); both words are drawn from the pools themselves.
HYPHEN_FIRST = {
    "Ann", "Anna", "Eva", "Lena", "Ulla", "Britt", "Maj", "Siv", "Marie", "Karin", "Inger", "Gun",
    "Lars", "Karl", "Carl", "Jan", "Per", "Nils", "Sven", "Hans", "Bo", "Bengt", "Erik", "Olof",
    "Johan", "Anders", "Mats", "Kjell", "Lisa", "Ann-Marie",
}  # fmt: skip
HYPHEN_SECOND = {
    "Marie", "Britt", "Karin", "Lena", "Sofie", "Louise", "Christin", "Charlotte", "Maria", "Kristin",
    "Erik", "Olof", "Göran", "Johan", "Åke", "Gunnar", "Anders", "Ove", "Arne", "Olov",
}  # fmt: skip

# Short forms people are called by, per origin.
_NICK_SV = {
    "Lars": ("Lasse",), "Mikael": ("Micke",), "Per": ("Pelle", "Pära"), "Karl": ("Kalle",),
    "Carl": ("Calle",), "Thomas": ("Tompa",), "Tomas": ("Tompa",), "Hans": ("Hasse",),
    "Fredrik": ("Fredde",), "Bengt": ("Bengan",), "Magnus": ("Mange",), "Jonas": ("Jonte",),
    "Niklas": ("Nicke",), "Marcus": ("Mackan",), "Henrik": ("Henke",), "Gustav": ("Gurra", "Gusse"),
    "Gustaf": ("Gurra",), "Christian": ("Krille",), "Patrik": ("Patte",), "Joakim": ("Jocke",),
    "Tobias": ("Tobbe",), "Torbjörn": ("Tobbe",), "Sebastian": ("Sebbe",), "Kenneth": ("Kenta",),
    "Bo": ("Bosse",), "Jan": ("Janne",), "Stefan": ("Steffe",), "Daniel": ("Danne",),
    "Alexander": ("Alex",), "Oskar": ("Ogge",), "Viktor": ("Vicke",), "Robert": ("Robban",),
    "Kristoffer": ("Kricke",), "Ingemar": ("Ingo",), "Lennart": ("Lelle",),
    "Elisabeth": ("Bettan", "Lisa"), "Elisabet": ("Bettan",), "Kristina": ("Stina", "Kicki"),
    "Margareta": ("Maggan", "Greta"), "Katarina": ("Kattis", "Kajsa"), "Susanne": ("Sussie", "Sanna"),
    "Charlotte": ("Lotta",), "Birgitta": ("Gittan", "Bittan"), "Barbro": ("Babben",),
    "Jessica": ("Jessan",), "Camilla": ("Millan",), "Cecilia": ("Cissi",), "Therese": ("Tessan",),
    "Matilda": ("Tilda",), "Josefin": ("Jossan",), "Viktoria": ("Vickan",), "Anette": ("Nettan",),
    "Madeleine": ("Madde",), "Gunilla": ("Nilla",), "Annika": ("Annie",), "Anna-Karin": ("Annki",),
    "Helena": ("Lena",), "Agneta": ("Agge",), "Karolina": ("Kajsa",),
}  # fmt: skip
_NICK_EN = {
    "William": ("Bill", "Will"), "Robert": ("Rob", "Bob"), "Richard": ("Rick", "Dick"),
    "James": ("Jim", "Jimmy"), "John": ("Jack", "Johnny"), "Michael": ("Mike", "Mick"),
    "Thomas": ("Tom", "Tommy"), "Christopher": ("Chris",), "Daniel": ("Dan", "Danny"),
    "Matthew": ("Matt",), "Andrew": ("Andy", "Drew"), "Anthony": ("Tony",), "Joseph": ("Joe",),
    "Edward": ("Ed", "Ted"), "Nicholas": ("Nick",), "Stephen": ("Steve",), "Steven": ("Steve",),
    "David": ("Dave",), "Peter": ("Pete",), "Benjamin": ("Ben",), "Samuel": ("Sam",),
    "Jonathan": ("Jon",), "Charles": ("Charlie", "Chuck"), "Timothy": ("Tim",), "Kenneth": ("Ken",),
    "Donald": ("Don",), "Ronald": ("Ron",), "Gerald": ("Gerry",), "Philip": ("Phil",),
    "Frederick": ("Fred",), "Alfred": ("Alf",), "Harold": ("Harry",), "Henry": ("Harry", "Hank"),
    "Elizabeth": ("Liz", "Beth", "Betty"), "Margaret": ("Maggie", "Peggy"), "Jennifer": ("Jen", "Jenny"),
    "Katherine": ("Kate", "Kathy"), "Catherine": ("Cathy", "Kate"), "Kathryn": ("Kate",),
    "Patricia": ("Pat", "Trish"), "Susan": ("Sue",), "Deborah": ("Debbie",), "Rebecca": ("Becky",),
    "Victoria": ("Vicky",), "Samantha": ("Sam",), "Jessica": ("Jess",), "Barbara": ("Barb",),
    "Dorothy": ("Dot",), "Christine": ("Chris",), "Kimberly": ("Kim",), "Pamela": ("Pam",),
    "Cynthia": ("Cindy",), "Abigail": ("Abbie",), "Eleanor": ("Ellie",), "Charlotte": ("Lottie",),
    "Amanda": ("Mandy",), "Nicola": ("Nicky",), "Judith": ("Judy",), "Frances": ("Fran",),
}  # fmt: skip
_NICK_IE = {
    "Patrick": ("Paddy", "Pat"), "Séamus": ("Shay",), "Bridget": ("Bridie",), "Margaret": ("Peg",),
    "Catherine": ("Kate",), "Michael": ("Mick",), "Kathleen": ("Kathy",), "Thomas": ("Tom",),
    "James": ("Jim",), "John": ("Jack",),
}  # fmt: skip
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": _NICK_SV, "us": _NICK_EN, "uk": _NICK_EN, "irish": _NICK_IE,
}  # fmt: skip
