# ruff: noqa: E501
"""Name pools of held-out cd (farms, stables and the countryside): names as the population has them.

Written from population frequency only, by a writer who read none of rung's lexicons, lists or
other sets: nothing here was checked against the project and no name was left out for being known
or unknown. Sweden: given names and surnames in the order of SCB's name statistics (written from
general knowledge), weight 1/rank, the top 150 the head and the rarer names past them the tail.
US: the Census 1990 lists (public domain), copied with their per cents from the `names` package's
`dist.female.first`, `dist.male.first` and `dist.all.last`. UK: the ONS baby-name rankings over the
cohorts now living and the commonest surnames, by rank. Origins common in Sweden: their own
commonest given names and surnames, by rank (head the top 10). Short forms as people write them.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from a list's head with this probability, else its tail


@dataclass(frozen=True)
class Pool:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int  # names[:head] are the head, the rest the tail


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def ranked(names: tuple[str, ...], head: int = 150) -> Pool:
    """A pool weighted 1/rank."""
    return Pool(
        tuple(names), tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names) - 1)
    )


def counted(pairs: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A pool weighted by the census's per cents."""
    return Pool(tuple(n for n, _ in pairs), tuple(w for _, w in pairs), head)


# Sweden, women's given names, in the order of SCB's name statistics (all carriers) (391 names)
SV_WOMEN = (
    "Maria", "Elisabeth", "Anna", "Kristina", "Margareta", "Eva", "Linnéa", "Birgitta", "Karin",
    "Marie", "Ingrid", "Sofia", "Sara", "Kerstin", "Emma", "Lena", "Helena", "Christina",
    "Ingegerd", "Johanna", "Ulla", "Malin", "Julia", "Inger", "Hanna", "Ida", "Louise", "Cecilia",
    "Linda", "Elin", "Anita", "Viktoria", "Susanne", "Marianne", "Monica", "Jenny", "Carina",
    "Charlotte", "Elsa", "Katarina", "Gunilla", "Irene", "Alice", "Åsa", "Matilda", "Amanda",
    "Barbro", "Frida", "Elisabet", "Caroline", "Siv", "Ebba", "Annika", "Agneta", "Ulrika",
    "Camilla", "Maja", "Lisa", "Ella", "Astrid", "Alva", "Wilma", "Klara", "Josefin", "Emelie",
    "Gun", "Britt", "Madeleine", "Therese", "Olivia", "Ingeborg", "Sandra", "Jessica", "Lovisa",
    "Linn", "Moa", "Rebecka", "Agnes", "Erika", "Marina", "Ann", "Yvonne", "Ellen", "Ann-Marie",
    "Pia", "Anneli", "Emilia", "Helen", "Gunnel", "Signe", "Elvira", "Ingela", "Margaretha",
    "Eleonora", "Tove", "Alexandra", "Maj", "Marita", "Inga", "Ronja", "Ester", "Vera", "Märta",
    "Greta", "Saga", "Nora", "Felicia", "Stina", "Annelie", "Ewa", "Sigrid", "Britta", "Isabelle",
    "Lina", "Karolina", "Berit", "Mona", "Jennie", "Carin", "Rut", "Anette", "Elise", "Fanny",
    "Tilda", "Sonja", "Laila", "Lilian", "Liv", "Tuva", "Mikaela", "Michaela", "Emmy", "Isabella",
    "Cornelia", "Jonna", "Nathalie", "Elina", "Majken", "Ylva", "Hedvig", "Tyra", "Alma", "Selma",
    "Thea", "Nellie", "Meja", "Ann-Christin", "Anna-Karin", "Ann-Sofie", "Gudrun", "Ingalill",
    "Elsie", "Birgit", "Solveig", "Dagmar", "Gerd", "Hillevi", "Lilly", "Ines", "Leah", "Nova",
    "Stella", "Freja", "Juni", "Edith", "Iris", "Vilma", "Molly", "Ellie", "Hilda", "Judith",
    "Lova", "Ellinor", "Evelina", "Rakel", "Tindra", "Svea", "Livia", "Selina", "Minna", "Edla",
    "Gunhild", "Viola", "Alicia", "Emelia", "Lovis", "Idun", "Märit", "Elna", "Estelle", "Filippa",
    "Gabriella", "Hilma", "Jasmine", "Josefine", "Julie", "Kajsa", "Lejla", "Linnea", "Lotta",
    "Malva", "Melina", "Mira", "Nicole", "Noomi", "Olga", "Paula", "Petra", "Rosa", "Ruth", "Sanna",
    "Siri", "Sofie", "Stephanie", "Tina", "Ulrica", "Vanessa", "Veronica", "Victoria", "Wendela",
    "Zara", "Agda", "Aina", "Alexia", "Angelica", "Anja", "Annette", "Annie", "Asta", "Aurora",
    "Beatrice", "Bella", "Bodil", "Cajsa", "Catarina", "Celine", "Diana", "Doris", "Eira", "Elisa",
    "Emeli", "Erica", "Esther", "Eva-Lena", "Evy", "Fatima", "Gertrud", "Gunvor", "Hanne",
    "Harriet", "Hedda", "Helene", "Ingvor", "Irma", "Isa", "Jeanette", "Jenni", "Jill", "Joanna",
    "Jolin", "Karina", "Katja", "Kim", "Kristin", "Leila", "Lillemor", "Lis", "Lisbeth",
    "Magdalena", "Maj-Britt", "Majvor", "Margit", "Mari", "Marianna", "Marlene", "Mathilda", "Maud",
    "Mia", "Nadja", "Naemi", "Nanna", "Natalie", "Nina", "Pernilla", "Ragnhild", "Rebecca",
    "Regina", "Rigmor", "Ritva", "Sally", "Signhild", "Sissela", "Susann", "Sylvia", "Tanja",
    "Tekla", "Thora", "Tora", "Trine", "Ulla-Britt", "Una", "Valborg", "Vendela", "Wilhelmina",
    "Åsa-Lena", "Alfhild", "Anna-Lena", "Ann-Charlotte", "Ann-Louise", "Annica", "Benita",
    "Britt-Marie", "Carola", "Dorotea", "Elly", "Evelyn", "Gull", "Gullan", "Gunbritt", "Helga",
    "Hjördis", "Inez", "Iréne", "Laura", "Liselotte", "Margot", "Marit", "Minea", "Monika", "Nelly",
    "Solvig", "Svanhild", "Thyra", "Vivi", "Vivianne", "Eivor", "Sigbritt", "Inga-Lill",
    "Marie-Louise", "Ann-Kristin", "Anna-Maria", "Helmi", "Ingbritt", "Sonia", "Amelia", "Mila",
    "Lea", "Lykke", "Leia", "Märtha", "Emily", "Isabell", "Jasmin", "Josephine", "Kaisa", "Katrin",
    "Lisen", "Lotten", "Lydia", "Madelene", "Malou", "Marielle", "Mimmi", "Nea", "Ofelia",
    "Pauline", "Sigrun", "Tilde", "Vilda", "Vivian", "Wera", "Yasmin", "Zoe", "Ada", "Ava", "Leona",
    "Lo", "Marika", "Mariette", "Rosita", "Rosalie", "Rose-Marie", "Solbritt", "Åse", "Aili",
    "Vilja", "Jennifer", "Maja-Lisa", "Anna-Greta", "Ann-Britt", "Britt-Inger"
)  # fmt: skip

# Sweden, men's given names, in the order of SCB's name statistics (all carriers) (385 names)
SV_MEN = (
    "Lars", "Karl", "Erik", "Anders", "Per", "Johan", "Nils", "Mikael", "Jan", "Carl", "Lennart",
    "Hans", "Olof", "Peter", "Gustav", "Thomas", "Fredrik", "Daniel", "Bengt", "Sven", "Oskar",
    "Alexander", "Magnus", "Åke", "Stefan", "Bo", "Andreas", "Göran", "Martin", "Leif", "Henrik",
    "Mats", "Axel", "Kjell", "Ulf", "Arne", "Bertil", "Christer", "Jonas", "Ingemar", "Emil",
    "Mattias", "Stig", "Rolf", "Håkan", "Marcus", "Filip", "Niklas", "Tommy", "Christian", "Roger",
    "Kent", "Björn", "Gunnar", "Viktor", "Patrik", "Anton", "Robert", "Rune", "Sebastian", "Simon",
    "Joakim", "Tomas", "Torbjörn", "Jakob", "Ludvig", "Hugo", "William", "Elias", "Adam", "Rickard",
    "Roland", "Kenneth", "Sten", "Lucas", "Claes", "Ove", "David", "Jonathan", "Dan", "Kurt",
    "Jesper", "Tobias", "Isak", "Gösta", "Ingvar", "Oliver", "Liam", "Theodor", "Vincent", "Albin",
    "Gabriel", "Leo", "Alfred", "Arvid", "Edvin", "Benjamin", "Samuel", "Melvin", "Noah", "Linus",
    "Viggo", "Elliot", "Olle", "Hampus", "Rasmus", "Max", "Josef", "Ivar", "Sixten", "Harald",
    "Sigvard", "Folke", "Einar", "Tage", "Valter", "Evert", "Helge", "Allan", "Birger", "Torsten",
    "Sune", "Tord", "Lage", "Yngve", "Holger", "Ragnar", "Egon", "Erling", "Artur", "Verner",
    "Assar", "Algot", "Alvar", "Ture", "Conny", "Jörgen", "Peder", "Krister", "Pontus",
    "Kristoffer", "Johnny", "Jimmy", "Kim", "Dennis", "Karl-Johan", "Per-Olof", "Lars-Göran",
    "Carl-Johan", "Lars-Erik", "Jan-Erik", "Bror", "Gustaf", "Wilhelm", "Otto", "Frans", "August",
    "Hjalmar", "Elis", "Edvard", "Knut", "Vilgot", "Vidar", "Ebbe", "Loke", "Malte", "Nils-Erik",
    "Sture", "Mauritz", "Seth", "Lukas", "Love", "Wilmer", "Colin", "Casper", "Melker", "Charlie",
    "Frank", "Aron", "Alvin", "Elton", "Harry", "Henry", "Jack", "Julius", "Kevin", "Mohammed",
    "Ali", "Ahmed", "Omar", "Måns", "Ola", "Staffan", "Tor", "Ulrik", "Urban", "Uno", "Valdemar",
    "Vilhelm", "Östen", "Bernt", "Bjarne", "Bo-Göran", "Börje", "Curt", "Dag", "Douglas", "Eddie",
    "Elof", "Eskil", "Fabian", "Ferdinand", "Gert", "Glenn", "Greger", "Hannes", "Hilding", "Inge",
    "Ivan", "Jens", "Jerker", "Jim", "Joel", "John", "Jon", "Jonny", "Kennet", "Kenny", "Konrad",
    "Kristian", "Lars-Olof", "Leon", "Lorentz", "Magne", "Markus", "Matts", "Milton", "Mårten",
    "Natanael", "Nicklas", "Nicolas", "Niclas", "Olov", "Oscar", "Patric", "Paul", "Per-Anders",
    "Per-Erik", "Petter", "Philip", "Reine", "Robin", "Ronny", "Rudolf", "Sam", "Sigurd", "Sivert",
    "Stellan", "Sten-Åke", "Sverker", "Ted", "Teodor", "Thure", "Tim", "Tony", "Torgny", "Torvald",
    "Vilmer", "Wiktor", "Zakarias", "Ruben", "Edgar", "Emanuel", "Eric", "Adrian", "Albert",
    "Arthur", "Benny", "Björne", "Christoffer", "Cornelius", "Elvin", "Ernst", "Fritz", "Georg",
    "Gideon", "Gottfrid", "Gunder", "Halvar", "Herbert", "Hilmer", "Ingmar", "Ingvald", "Isidor",
    "Jacob", "Jarl", "Joar", "Jöns", "Karl-Axel", "Karl-Erik", "Kaj", "Kasper", "Leopold", "Levi",
    "Mathias", "Matteus", "Melwin", "Mio", "Morgan", "Noel", "Odd", "Olaus", "Orvar", "Percy",
    "Rikard", "Roine", "Sigge", "Stanley", "Svante", "Sölve", "Teo", "Thor", "Tommie", "Tore",
    "Torkel", "Truls", "Valentin", "Walter", "Evald", "Gillis", "Ingolf", "Kjell-Åke", "Lars-Inge",
    "Per-Olov", "Karl-Gustav", "Jan-Olof", "Nils-Olof", "Lars-Åke", "Sven-Erik", "Sven-Olof",
    "Edwin", "Frej", "Helmer", "Isac", "Kristofer", "Lennarth", "Leonard", "Loui", "Ludwig",
    "Marcel", "Mohamad", "Nathan", "Neo", "Olav", "Ossian", "Rafael", "Sander", "Sigvald",
    "Thorsten", "Ville", "Yousef", "Alf", "Arnold", "Carl-Gustaf", "Claes-Göran", "Emrik",
    "Esbjörn", "Gusten", "Hadar", "Henning", "Ivo", "Jan-Åke", "Jerry", "Kåre", "Lars-Gunnar",
    "Nore", "Ragnvald", "Roy", "Rutger", "Sigfrid", "Stig-Arne", "Tryggve", "Viking", "Waldemar",
    "Örjan"
)  # fmt: skip

# Sweden, surnames, in the order of SCB's name statistics; noble names in the tail (379 names)
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
    "Sandström", "Lund", "Nordin", "Ström", "Åberg", "Hermansson", "Ekström", "Falk", "Holmgren",
    "Dahlberg", "Hellström", "Hedlund", "Sundberg", "Sjögren", "Ek", "Blom", "Abrahamsson",
    "Martinsson", "Öberg", "Andreasson", "Strömberg", "Månsson", "Åkesson", "Hansen", "Jonasson",
    "Norberg", "Sundström", "Lindholm", "Dahl", "Hosseini", "Jensen", "Söderström", "Ivarsson",
    "Bergkvist", "Lindahl", "Nyman", "Sundqvist", "Hedberg", "Björkman", "Wallgren", "Ekman",
    "Boström", "Mohamed", "Lindblom", "Nordlund", "Lindén", "Palm", "Hussein", "Sandin", "Englund",
    "Åström", "Lundh", "Nordqvist", "Wahlström", "Berglöf", "Lindell", "Hellberg", "Hedman",
    "Bäckström", "Kristiansson", "Jakobsen", "Gustavsson", "Ljungberg", "Sjöström", "Nord",
    "Lindkvist", "Stenberg", "Olausson", "Carlsson", "Friberg", "Strand", "Borg", "Westerberg",
    "Holmqvist", "Sundin", "Nyholm", "Rosén", "Warg", "Lindroth", "Hägglund", "Öhman", "Edlund",
    "Ekberg", "Forslund", "Skoglund", "Nordgren", "Hägg", "Karlström", "Engberg", "Sandell",
    "Wiklund", "Eklöf", "Abdi", "Rydberg", "Lundmark", "Forsman", "Omar", "Söderlund", "Sjölund",
    "Strömqvist", "Backman", "Lindblad", "Wennberg", "Fors", "Hallberg", "Backlund", "Wallén",
    "Granberg", "Lundell", "Grahn", "Ottosson", "Kjellberg", "Lilja", "Sundell", "Nordberg",
    "Hjalmarsson", "Ågren", "Aronsson", "Aslan", "Granström", "Bylund", "Ekholm", "Hagström",
    "Holmström", "Rosengren", "Ahlberg", "Malmberg", "Modig", "Haglund", "Björn", "Kaya", "Yilmaz",
    "Vesterlund", "Wikman", "Marklund", "Hedström", "Lönn", "Eckerström", "Östlund", "Strandberg",
    "Broberg", "Ericsson", "Sjödin", "Lindvall", "Bengtson", "Hagberg", "Åhman", "Åkerman",
    "Ekdahl", "Ahlström", "Nordenström", "Lindstedt", "Öhrn", "Svärd", "Edström", "Sundelin",
    "Thorsson", "Tibell", "Rehn", "Sahlin", "Moberg", "Fagerlund", "Stålhammar", "Enqvist", "Frisk",
    "Lagerqvist", "Gref", "Hallin", "Hammar", "Elofsson", "Bolin", "Steen", "Norén", "Löfström",
    "Nordmark", "Lövgren", "Dalin", "Edvardsson", "Torstensson", "Kullberg", "Nygren", "Hultgren",
    "Hedin", "Tapper", "Rask", "Lagerström", "Nordh", "Alm", "Almqvist", "Thulin", "Brandt",
    "Widén", "Björck", "Sellberg", "Hjort", "Gran", "Kvist", "Renström", "Strömgren", "Fält",
    "Grönlund", "Esbjörnsson", "Wickström", "Sjöholm", "Lyckström", "Rydén", "Bergh", "Kronqvist",
    "Jernberg", "Hallgren", "Nylund", "Lundkvist", "Ljung", "Sörensen", "Eskilsson", "Hultman",
    "Tornberg", "Landström", "Sörlin", "Eng", "Skog", "Alfredsson", "Sjökvist", "Fagerström",
    "Karlberg", "Borgström", "Lindh", "Sundén", "Ohlsson", "Hammarström", "Sandqvist", "Brolin",
    "Kling", "Wester", "Blomberg", "Wiberg", "Unger", "Hjelm", "Hoff", "Källström", "Löwenhielm",
    "Stjernström", "Pihl", "Bratt", "Ehn", "Bergenholtz", "Åkerlund", "Lilliehöök", "Gyllenhammar",
    "Ehrenborg", "von Platen", "af Klercker", "von Essen", "af Ugglas", "von Schantz", "De Geer",
    "von Rosen", "af Jochnick", "von Sydow", "Lewenhaupt", "Wachtmeister", "Bonde", "Stackelberg",
    "Hamilton", "Sparre", "Silfverschiöld", "Posse", "Adlercreutz", "Ahmadi", "Rahimi", "Mohammadi",
    "Abdullah", "Hussain", "Khalil", "Yousef", "Ibrahim", "Mahmoud", "Saleh", "Osman", "Warsame",
    "Farah", "Jama", "Nur", "Aden", "Korhonen", "Nowak", "Kowalski", "Hodzic", "Begic", "Petrovic",
    "Jovanovic", "Demir", "Yildiz", "Karimi", "Rezaei", "Tesfay", "Haile", "Gonzalez", "Silva",
    "Nguyen", "Sharma", "Singh", "Khan", "Abbas", "Hamid", "Rashid", "Aziz"
)  # fmt: skip

# US Census 1990, female first names, per cent of women (the first 380 rows, in the census order)
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
    ("Vicky", 0.043), ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042)
)  # fmt: skip

# US Census 1990, male first names, per cent of men (the first 380 rows, in the census order)
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
    0.031), ("Colin", 0.031), ("Guillermo", 0.031), ("Earnest", 0.031)
)  # fmt: skip

# US Census 1990, surnames, per cent of people (the first 400 rows, in the census order)
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
    ("Flowers", 0.028), ("Cobb", 0.028)
)  # fmt: skip

# UK, women's given names in the order of the ONS baby-name rankings over the cohorts now adult and young (198 names)
UK_WOMEN = (
    "Olivia", "Amelia", "Isla", "Ava", "Emily", "Sophia", "Grace", "Mia", "Poppy", "Ella", "Lily",
    "Evie", "Isabella", "Freya", "Sophie", "Charlotte", "Jessica", "Chloe", "Sarah", "Emma",
    "Elizabeth", "Susan", "Margaret", "Helen", "Julie", "Karen", "Claire", "Jane", "Rachel",
    "Nicola", "Lisa", "Joanne", "Gillian", "Deborah", "Catherine", "Katherine", "Lucy", "Hannah",
    "Laura", "Rebecca", "Samantha", "Victoria", "Amy", "Louise", "Jennifer", "Kate", "Alice",
    "Florence", "Daisy", "Ruby", "Harriet", "Millie", "Matilda", "Rosie", "Phoebe", "Eleanor",
    "Georgia", "Holly", "Megan", "Lauren", "Abigail", "Anna", "Zoe", "Natalie", "Kelly", "Michelle",
    "Angela", "Tracey", "Dawn", "Caroline", "Alison", "Fiona", "Joanna", "Mary", "Patricia",
    "Linda", "Jacqueline", "Pauline", "Christine", "Sandra", "Janet", "Elaine", "Carol", "Wendy",
    "Diane", "Sharon", "Denise", "Beverley", "Lesley", "Kathleen", "Maureen", "Barbara", "Valerie",
    "Anne", "Sheila", "Brenda", "Jean", "Joan", "Doreen", "Irene", "Eileen", "Hazel", "Sylvia",
    "Shirley", "Pamela", "Judith", "Heather", "Kirsty", "Jenna", "Gemma", "Leanne", "Stacey",
    "Danielle", "Hayley", "Jade", "Kayleigh", "Charlie", "Bethany", "Amber", "Scarlett", "Willow",
    "Ivy", "Rose", "Violet", "Elsie", "Esme", "Maisie", "Imogen", "Ellie", "Erin", "Niamh",
    "Eilidh", "Sienna", "Aria", "Luna", "Ada", "Maya", "Layla", "Hallie", "Lottie", "Edith",
    "Martha", "Beatrice", "Penelope", "Eliza", "Arabella", "Clara", "Iris", "Thea", "Aisha",
    "Fatima", "Zara", "Maryam", "Anya", "Priya", "Bridget", "Siobhan", "Mairead", "Morag", "Moira",
    "Shona", "Catriona", "Rhian", "Sian", "Bethan", "Cerys", "Ffion", "Gwen", "Nerys", "Rhiannon",
    "Tamsin", "Jemima", "Henrietta", "Camilla", "Lavinia", "Philippa", "Serena", "Rosalind",
    "Sally", "Judy", "Trudy", "Gail", "Yvonne", "Marion", "Rosemary", "Gwendoline", "Muriel",
    "Vera", "Edna", "Gladys", "Mabel", "Dorothy", "Evelyn", "Lilian", "Winifred", "Ethel", "Beryl",
    "Gloria"
)  # fmt: skip

# UK, men's given names, the same way (200 names)
UK_MEN = (
    "Oliver", "George", "Harry", "Noah", "Jack", "Leo", "Arthur", "Muhammad", "Oscar", "Charlie",
    "Jacob", "Thomas", "Freddie", "Alfie", "Theo", "Henry", "Archie", "Joshua", "James", "William",
    "Daniel", "Samuel", "Joseph", "Benjamin", "Alexander", "Edward", "Max", "Isaac", "Lucas",
    "Ethan", "Mason", "Logan", "Finley", "Dylan", "Lewis", "Ryan", "Adam", "Luke", "Matthew",
    "Callum", "Connor", "Jamie", "Liam", "Kieran", "Nathan", "Jordan", "Ben", "Tom", "David",
    "John", "Paul", "Mark", "Andrew", "Michael", "Peter", "Stephen", "Ian", "Richard", "Robert",
    "Christopher", "Simon", "Martin", "Gary", "Neil", "Kevin", "Anthony", "Steven", "Jason",
    "Darren", "Lee", "Craig", "Stuart", "Graham", "Keith", "Colin", "Nigel", "Alan", "Brian",
    "Trevor", "Roger", "Philip", "Geoffrey", "Malcolm", "Kenneth", "Raymond", "Derek", "Barry",
    "Dennis", "Terence", "Ronald", "Donald", "Gordon", "Douglas", "Frank", "Harold", "Ernest",
    "Albert", "Stanley", "Leslie", "Cyril", "Arnold", "Norman", "Clive", "Russell", "Gavin",
    "Wayne", "Shaun", "Dean", "Carl", "Scott", "Timothy", "Jonathan", "Nicholas", "Rupert", "Hugo",
    "Giles", "Piers", "Jeremy", "Julian", "Toby", "Rory", "Angus", "Hamish", "Alasdair", "Fraser",
    "Euan", "Murray", "Iain", "Duncan", "Struan", "Gareth", "Rhys", "Dafydd", "Gethin", "Owain",
    "Huw", "Aled", "Emyr", "Sean", "Ciaran", "Declan", "Padraig", "Eoin", "Cormac", "Brendan",
    "Patrick", "Francis", "Kyle", "Jake", "Bradley", "Reece", "Aaron", "Elliot", "Harvey", "Reuben",
    "Tobias", "Sebastian", "Felix", "Louie", "Teddy", "Albie", "Ronnie", "Frankie", "Tommy",
    "Bobby", "Jude", "Elijah", "Rowan", "Ezra", "Hugh", "Ralph", "Vincent", "Ali", "Omar",
    "Ibrahim", "Yusuf", "Hamza", "Aarav", "Arjun", "Rohan", "Dominic", "Gregory", "Howard",
    "Leonard", "Walter", "Bernard", "Gerald", "Maurice", "Reginald", "Herbert", "Wilfred",
    "Clifford", "Dudley", "Rodney", "Lionel", "Desmond", "Adrian", "Vernon", "Glen", "Mervyn"
)  # fmt: skip

# UK, surnames in the order of the common-surname counts (321 names)
UK_SURNAMES = (
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
    "Jarvis", "Gibbs", "Ferguson", "Hayward", "Carroll", "Farrell", "Dennis", "Pugh", "Goddard",
    "Sheppard", "Thornton", "Wainwright", "Hodges", "Lamb", "Hurst", "Fuller", "Blackburn", "Lord",
    "Houghton", "Pickering", "Whittaker", "Ashworth", "Brennan", "Kirby", "Rhodes", "Fitzgerald",
    "Sinclair", "MacDonald", "MacLeod", "Fraser", "Ritchie", "Pollard", "Hargreaves", "Cartwright",
    "Haworth", "Entwistle", "Threlfall", "Tregear", "Trelawny", "Penhaligon", "Pryce", "Vaughan",
    "Llewellyn"
)  # fmt: skip

# The commonest given names (women, men) and surnames of origins common in Sweden, by rank.
OTHER = {
    "finnish": ((
        "Helena", "Johanna", "Maria", "Tuula", "Pirjo", "Ritva", "Marjatta", "Sari", "Päivi",
        "Anne", "Riitta", "Leena", "Tiina", "Minna", "Satu", "Merja", "Eila", "Kaarina", "Hannele",
        "Sirpa", "Liisa", "Tarja", "Anja", "Marja", "Eeva", "Hilkka", "Aili", "Raija", "Sanna",
        "Aino", "Kirsi", "Jaana",
    ), (
        "Juha", "Timo", "Matti", "Kari", "Mikko", "Jari", "Antti", "Jukka", "Mika", "Markku",
        "Pekka", "Hannu", "Heikki", "Seppo", "Janne", "Ari", "Sami", "Petri", "Veikko", "Pentti",
        "Esa", "Tapio", "Ilkka", "Risto", "Raimo", "Erkki", "Tuomas", "Ville", "Jussi", "Kalevi",
    ), (
        "Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen",
        "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi",
        "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen",
        "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen", "Hiltunen",
        "Kallio", "Leinonen", "Miettinen",
    )),
    "arabic": ((
        "Fatima", "Maryam", "Zainab", "Noor", "Sara", "Aya", "Hiba", "Rana", "Lina", "Rasha",
        "Huda", "Amal", "Dalia", "Nour", "Layla", "Rania", "Ghada", "Sana", "Yasmin", "Reem",
        "Hala", "Samira", "Suad", "Khadija", "Aisha", "Iman", "Nisreen", "Marwa",
    ), (
        "Mohammed", "Ahmed", "Ali", "Hussein", "Omar", "Mustafa", "Ibrahim", "Hassan", "Khalid",
        "Yousef", "Abdullah", "Mahmoud", "Karim", "Samir", "Ammar", "Haider", "Bashar", "Walid",
        "Tariq", "Rami", "Ayman", "Firas", "Nabil", "Saad", "Raed", "Zaid", "Hamza", "Bilal",
        "Ninos", "Aziz",
    ), (
        "Ali", "Mohammed", "Hassan", "Hussein", "Ahmed", "Al-Jabouri", "Abbas", "Saleh", "Jaber",
        "Khalil", "Ibrahim", "Mahmoud", "Haddad", "Al-Rubaie", "Al-Saadi", "Kassem", "Aziz",
        "Hamid", "Mansour", "Youssef", "Al-Hashimi", "Nasser", "Suleiman", "Darwish", "Othman",
        "Al-Obeidi", "Qasim", "Shamoun", "Yousif", "Isho", "Gabriel", "Barsom", "Hanna", "Jacob",
        "Kasim",
    )),
    "somali": ((
        "Hodan", "Amina", "Fadumo", "Hawa", "Sahra", "Ayan", "Hibaaq", "Nasra", "Deeqa", "Asha",
        "Ifrah", "Ilhan", "Sagal", "Maryan", "Khadra", "Hamdi", "Sucaad", "Faiza", "Nimco", "Ubah",
    ), (
        "Abdi", "Abdirahman", "Mohamed", "Ahmed", "Hassan", "Abdullahi", "Omar", "Yusuf", "Ismail",
        "Mahad", "Liban", "Abdiaziz", "Farah", "Guled", "Khalid", "Said", "Abdikadir", "Hamza",
        "Bashir", "Warsame",
    ), (
        "Abdi", "Mohamed", "Ahmed", "Hassan", "Ali", "Farah", "Omar", "Warsame", "Jama", "Osman",
        "Yusuf", "Hussein", "Ismail", "Nur", "Abdullahi", "Aden", "Egal", "Duale", "Hersi",
        "Mohamud", "Elmi", "Guled", "Dahir", "Abdulle", "Awale",
    )),
    "polish": ((
        "Anna", "Katarzyna", "Maria", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna",
        "Magdalena", "Elżbieta", "Joanna", "Aleksandra", "Monika", "Zofia", "Teresa", "Danuta",
        "Natalia", "Karolina", "Marta", "Beata", "Dorota", "Justyna",
    ), (
        "Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Jan", "Michał", "Marcin", "Stanisław",
        "Jakub", "Adam", "Marek", "Łukasz", "Grzegorz", "Mateusz", "Wojciech", "Mariusz", "Dariusz",
        "Zbigniew", "Kamil", "Jerzy", "Maciej",
    ), (
        "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski",
        "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur",
        "Wojciechowski", "Kwiatkowski", "Krawczyk", "Kaczmarek", "Piotrowski", "Grabowski", "Zając",
        "Pawłowski", "Michalski", "Król", "Wieczorek", "Jabłoński", "Wróbel", "Nowakowski",
        "Majewski", "Olszewski", "Sadowski", "Zawadzki",
    )),
    "persian": ((
        "Maryam", "Fatemeh", "Zahra", "Shirin", "Nasrin", "Parisa", "Leila", "Mahsa", "Neda",
        "Roya", "Shabnam", "Azadeh", "Mina", "Sara", "Niloufar", "Samira", "Farideh", "Golnaz",
        "Ladan", "Forough",
    ), (
        "Mohammad", "Ali", "Reza", "Hossein", "Mehdi", "Amir", "Hamid", "Saeed", "Majid", "Behzad",
        "Farhad", "Dariush", "Babak", "Kourosh", "Arash", "Hamed", "Masoud", "Omid", "Payam",
        "Kaveh",
    ), (
        "Hosseini", "Ahmadi", "Mohammadi", "Rezaei", "Moradi", "Karimi", "Jafari", "Rahimi",
        "Hashemi", "Mousavi", "Ghasemi", "Sadeghi", "Kazemi", "Rostami", "Amini", "Bagheri",
        "Salehi", "Nazari", "Ebrahimi", "Tehrani", "Shirazi", "Esfahani", "Akbari", "Heidari",
        "Rahmani",
    )),
    "bcs": ((
        "Amra", "Emina", "Jasmina", "Selma", "Ajla", "Lejla", "Mirela", "Ana", "Marija", "Ivana",
        "Jelena", "Dragana", "Snežana", "Mirjana", "Vesna", "Azra", "Sanela", "Alma", "Maja",
        "Amela",
    ), (
        "Amir", "Mirza", "Adnan", "Edin", "Emir", "Nermin", "Senad", "Dragan", "Zoran", "Goran",
        "Milan", "Nenad", "Ivan", "Marko", "Stefan", "Nikola", "Dejan", "Haris", "Kenan", "Damir",
    ), (
        "Hodžić", "Hadžić", "Begić", "Delić", "Kovačević", "Mehmedović", "Hasanović", "Ibrahimović",
        "Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Horvat",
        "Kovačić", "Babić", "Marić", "Jurić", "Novak", "Knežević", "Popović", "Mujić", "Salihović",
    )),
    "turkish": ((
        "Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Esra", "Özlem", "Derya",
        "Sibel", "Gül", "Leyla", "Aylin", "Ebru", "Selin", "Hülya", "Songül", "Nurcan", "Dilek",
    ), (
        "Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "Murat", "Ömer",
        "Yusuf", "Emre", "Kemal", "Serkan", "Burak", "Cem", "Tolga", "Erkan", "Osman", "Recep",
        "Fatih",
    ), (
        "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın",
        "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan",
        "Şimşek", "Polat", "Korkmaz", "Aktaş", "Erdoğan", "Güneş",
    )),
    "kurdish": ((
        "Shilan", "Berivan", "Rojin", "Dilan", "Hevi", "Zilan", "Avin", "Nazdar", "Gulistan",
        "Shirin", "Viyan", "Ronahi", "Jiyan", "Narin", "Delal",
    ), (
        "Rebwar", "Kawa", "Shwan", "Karwan", "Dilshad", "Aram", "Hemin", "Soran", "Sherko", "Azad",
        "Hiwa", "Baran", "Rizgar", "Dara", "Zana",
    ), (
        "Ahmad", "Mahmoud", "Rashid", "Aziz", "Karim", "Abdullah", "Mustafa", "Hassan", "Amin",
        "Saleh", "Qadir", "Salih", "Faraj", "Ismail", "Othman", "Hama", "Jaff", "Baban", "Tahir",
        "Rasul",
    )),
    "eritrean": ((
        "Helen", "Selam", "Senait", "Mebrat", "Semhar", "Luwam", "Winta", "Ruta", "Saba",
        "Yordanos", "Hiwet", "Tsega", "Feven", "Almaz", "Lemlem",
    ), (
        "Yonas", "Tesfay", "Dawit", "Samuel", "Daniel", "Mehari", "Robel", "Filmon", "Aron",
        "Abraham", "Kibrom", "Yemane", "Habte", "Tekle", "Michael",
    ), (
        "Tesfay", "Tekle", "Ghebremedhin", "Haile", "Berhane", "Kidane", "Woldu", "Ghebreyesus",
        "Mehari", "Tesfamariam", "Habte", "Asmerom", "Yohannes", "Andemariam", "Tewelde",
        "Gebremichael", "Zerai", "Tsegay", "Araya", "Negash",
    )),
    "afghan": ((
        "Fatima", "Zahra", "Maryam", "Mariam", "Farida", "Nadia", "Shabana", "Parwana", "Nilofar",
        "Marzia", "Zarghona", "Sima", "Khadija", "Malalai", "Habiba",
    ), (
        "Ahmad", "Mohammad", "Ali", "Mustafa", "Hamid", "Sayed", "Abdul", "Jawad", "Hussain",
        "Reza", "Najib", "Farid", "Wahid", "Rahim", "Karim", "Zabihullah", "Naweed", "Shafiq",
        "Habib", "Mujtaba",
    ), (
        "Ahmadi", "Mohammadi", "Hussaini", "Rahimi", "Hakimi", "Sultani", "Noori", "Karimi",
        "Popal", "Stanikzai", "Rezai", "Amiri", "Haidari", "Sadat", "Nazari", "Jafari", "Azizi",
        "Safi", "Wardak", "Habibi",
    )),
    "thai": ((
        "Siriporn", "Nittaya", "Kanya", "Malee", "Pornthip", "Wanida", "Supaporn", "Ratana",
        "Sunisa", "Jintana", "Pranee", "Kanokwan", "Orathai", "Duangjai", "Sasithorn", "Thanyarat",
        "Patcharee", "Sumalee",
    ), (
        "Somchai", "Somsak", "Sompong", "Prasert", "Anan", "Wichai", "Surachai", "Chaiya",
        "Kittisak", "Thanakorn", "Nattapong", "Boonmee", "Sakchai", "Preecha", "Apichat",
    ), (
        "Saelee", "Srisuk", "Wongsawat", "Chaiyaporn", "Suksawat", "Thongchai", "Sriwong",
        "Kaewkham", "Boonyarat", "Rattanakorn", "Phromma", "Inthong", "Jaidee", "Saengthong",
        "Sukprasert",
    )),
    "latin": ((
        "María", "Carolina", "Claudia", "Paula", "Valentina", "Camila", "Francisca", "Daniela",
        "Javiera", "Constanza", "Marcela", "Patricia", "Verónica", "Alejandra", "Gabriela",
        "Ximena", "Lorena", "Paola",
    ), (
        "José", "Juan", "Carlos", "Luis", "Jorge", "Pedro", "Francisco", "Cristián", "Sebastián",
        "Matías", "Diego", "Rodrigo", "Felipe", "Manuel", "Pablo", "Héctor", "Patricio", "Gonzalo",
    ), (
        "González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez",
        "Sepúlveda", "Morales", "Rodríguez", "López", "Fuentes", "Hernández", "Torres", "Araya",
        "Flores", "Espinoza", "Valenzuela", "Castillo", "Tapia", "Reyes", "Gutiérrez", "Castro",
        "Vargas",
    )),
    "german": ((
        "Ursula", "Sabine", "Petra", "Claudia", "Monika", "Susanne", "Andrea", "Katrin", "Stefanie",
        "Julia", "Anja", "Nicole", "Birgit", "Heike", "Karin", "Christine", "Lena", "Lea",
    ), (
        "Thomas", "Michael", "Andreas", "Stefan", "Klaus", "Jürgen", "Wolfgang", "Uwe", "Frank",
        "Markus", "Dirk", "Jens", "Matthias", "Tobias", "Lukas", "Jan", "Florian", "Sven",
    ), (
        "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
        "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
        "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange",
    )),
    "nordic": ((
        "Ingrid", "Kari", "Anne", "Marit", "Hege", "Mette", "Camilla", "Sigrid", "Tone", "Randi",
        "Line", "Nora", "Kirsten", "Lene", "Trine",
    ), (
        "Ole", "Lars", "Jens", "Morten", "Bjørn", "Knut", "Geir", "Rune", "Henrik", "Søren",
        "Kasper", "Mads", "Torstein", "Even", "Anders",
    ), (
        "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen",
        "Jensen", "Karlsen", "Berg", "Haugen", "Hagen", "Nielsen", "Christensen", "Rasmussen",
        "Sørensen", "Madsen", "Jørgensen", "Bakke",
    )),
    "south_asian": ((
        "Priya", "Sunita", "Anjali", "Pooja", "Neha", "Ayesha", "Fatima", "Amrit", "Harpreet",
        "Simran", "Nisha", "Ritu", "Kavita", "Shabnam", "Sana", "Parveen", "Rukhsana", "Deepa",
    ), (
        "Rajesh", "Amit", "Sanjay", "Vikram", "Arjun", "Rahul", "Harjit", "Gurpreet", "Imran",
        "Asif", "Tariq", "Zahid", "Sanjeev", "Deepak", "Ravi", "Mohammed", "Sukhdev", "Naveed",
    ), (
        "Patel", "Singh", "Khan", "Sharma", "Kaur", "Shah", "Begum", "Hussain", "Ahmed", "Akhtar",
        "Gill", "Sandhu", "Mistry", "Chauhan", "Iqbal", "Malik", "Rahman", "Chaudhry", "Sidhu",
        "Kumar", "Gupta", "Bibi", "Mahmood",
    )),
}  # fmt: skip

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(ranked(SV_WOMEN), ranked(SV_MEN), ranked(SV_SURNAMES)),
    "us": Origin(counted(US_WOMEN), counted(US_MEN), counted(US_SURNAMES)),
    "uk": Origin(ranked(UK_WOMEN, 130), ranked(UK_MEN, 130), ranked(UK_SURNAMES)),
}
for _key, (_f, _m, _s) in OTHER.items():
    ORIGINS[_key] = Origin(ranked(_f, 10), ranked(_m, 10), ranked(_s, 10))

# Who is named in a text of each language, roughly as the people of Sweden, the UK and the US are
# (and as a Swedish stable's or kennel club's members are in mixed texts).
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 72, "arabic": 5, "finnish": 3.5, "polish": 2.5, "persian": 2, "bcs": 2.2,
        "somali": 1.4, "turkish": 1.3, "kurdish": 1.2, "eritrean": 1, "afghan": 1.4, "thai": 0.9,
        "latin": 0.9, "german": 1.1, "nordic": 1.4, "south_asian": 0.8, "uk": 0.6, "us": 0.5,
    },
    "en": {
        "uk": 42, "us": 36, "south_asian": 6, "swedish": 5, "polish": 2, "latin": 2, "german": 1.5,
        "nordic": 1.2, "arabic": 1.5, "finnish": 0.6, "turkish": 0.8, "somali": 0.5, "persian": 0.6,
    },
    "mixed": {
        "swedish": 52, "uk": 13, "us": 10, "finnish": 2.5, "arabic": 3.5, "polish": 2.5,
        "persian": 1.5, "bcs": 1.5, "nordic": 2.5, "german": 2.5, "south_asian": 2, "somali": 1,
        "turkish": 1, "eritrean": 0.8, "afghan": 1, "thai": 1, "latin": 1, "kurdish": 0.8,
    },
}  # fmt: skip

# Short forms as people write them in notes, chat and signatures, by the given name they stand for.
NICK_SV: dict[str, tuple[str, ...]] = {
    "Lars": ("Lasse",), "Karl": ("Kalle",), "Carl": ("Calle", "Kalle"), "Per": ("Pelle", "Perra", "Peo"),
    "Mikael": ("Micke",), "Jan": ("Janne",), "Nils": ("Nisse",), "Olof": ("Olle",), "Hans": ("Hasse",),
    "Gustav": ("Gurra", "Gusse"), "Thomas": ("Tompa",), "Tomas": ("Tompa",), "Fredrik": ("Fredde",),
    "Daniel": ("Danne",), "Bo": ("Bosse",), "Stefan": ("Steffe",), "Andreas": ("Andy", "Adde"),
    "Henrik": ("Henke",), "Mats": ("Matte",), "Mattias": ("Matte",), "Axel": ("Acke",),
    "Marcus": ("Mackan",), "Markus": ("Mackan",), "Filip": ("Fille",), "Christian": ("Krille",),
    "Kristian": ("Krille",), "Kenneth": ("Kenta",), "Roland": ("Rolle",), "Robert": ("Robban",),
    "Sebastian": ("Sebbe",), "Joakim": ("Jocke",), "Tobias": ("Tobbe",), "Torbjörn": ("Tobbe",),
    "Viktor": ("Vicke",), "Patrik": ("Patte",), "Ulf": ("Uffe",), "Rolf": ("Roffe",),
    "Kristoffer": ("Stoffe",), "Christoffer": ("Stoffe",), "Jonathan": ("Jonte",), "Jonas": ("Jonte",),
    "Magnus": ("Mange",), "William": ("Wille",), "Bertil": ("Berra",), "Bengt": ("Bengan",),
    "Sven": ("Svenne",), "Lennart": ("Lelle",), "Niklas": ("Nicke",), "Sigvard": ("Sigge",),
    "Oskar": ("Ogge",), "Alexander": ("Alex",), "Anders": ("Adde",), "Göran": ("Gurra",),
    "Elisabeth": ("Bettan", "Lisa", "Lisen"), "Elisabet": ("Bettan",), "Margareta": ("Maggan", "Greta"),
    "Kristina": ("Kicki", "Stina", "Kickan"), "Christina": ("Kicki", "Stina"), "Birgitta": ("Gittan", "Bitte"),
    "Charlotte": ("Lotta",), "Susanne": ("Sussie", "Sanna"), "Katarina": ("Kattis", "Kajsa"),
    "Cecilia": ("Cissi", "Cilla"), "Louise": ("Lollo",), "Sofia": ("Fia", "Sofie"), "Maria": ("Mia", "Majsan"),
    "Karin": ("Kajsa",), "Viktoria": ("Vickan",), "Victoria": ("Vickan",), "Madeleine": ("Madde",),
    "Rebecka": ("Becka",), "Camilla": ("Millan",), "Emelie": ("Emmy",), "Michaela": ("Mickan",),
    "Mikaela": ("Mickan",), "Therese": ("Tessan",), "Jessica": ("Jessan",), "Josefin": ("Jossan",),
    "Isabelle": ("Bella", "Isa"), "Alexandra": ("Sandra", "Alex"), "Annika": ("Anki",),
    "Gunilla": ("Nilla",), "Ingrid": ("Ingan",), "Lovisa": ("Lova",), "Eleonora": ("Nora",),
}  # fmt: skip
NICK_EN: dict[str, tuple[str, ...]] = {
    "Elizabeth": ("Liz", "Beth", "Lizzie"), "Robert": ("Rob", "Bob", "Robbie"), "William": ("Will", "Bill"),
    "Richard": ("Rich", "Rick"), "Michael": ("Mike", "Mick"), "James": ("Jim", "Jamie"),
    "Margaret": ("Maggie", "Meg"), "Katherine": ("Kate", "Katie"), "Catherine": ("Cathy", "Kate"),
    "Christopher": ("Chris",), "Nicholas": ("Nick",), "Jennifer": ("Jen", "Jenny"), "Rebecca": ("Becky", "Becca"),
    "Susan": ("Sue", "Suzy"), "Alexander": ("Alex", "Sandy"), "Anthony": ("Tony", "Ant"),
    "Thomas": ("Tom", "Tommy"), "Edward": ("Ed", "Ted", "Eddie"), "Joseph": ("Joe",), "Daniel": ("Dan", "Danny"),
    "David": ("Dave",), "Stephen": ("Steve",), "Steven": ("Steve",), "Andrew": ("Andy", "Drew"),
    "Matthew": ("Matt",), "Jonathan": ("Jon",), "Samuel": ("Sam",), "Benjamin": ("Ben",),
    "Charles": ("Charlie", "Chas"), "Patricia": ("Pat", "Trish"), "Deborah": ("Debbie", "Deb"),
    "Victoria": ("Vicky", "Tori"), "Samantha": ("Sam",), "Abigail": ("Abbie",), "Kimberly": ("Kim",),
    "Timothy": ("Tim",), "Gerald": ("Gerry",), "Peter": ("Pete",), "Philip": ("Phil",), "Gregory": ("Greg",),
    "Raymond": ("Ray",), "Kenneth": ("Ken", "Kenny"), "Ronald": ("Ron", "Ronnie"), "Donald": ("Don",),
    "Barbara": ("Barb",), "Dorothy": ("Dot", "Dottie"), "Eleanor": ("Ellie", "Nell"), "Judith": ("Judy",),
    "Joanne": ("Jo",), "Jacqueline": ("Jackie",), "Christine": ("Chris", "Chrissie"), "Pamela": ("Pam",),
    "Gillian": ("Gill", "Jill"), "Nicola": ("Nicky",), "Amanda": ("Mandy",), "Frederick": ("Fred", "Freddie"),
    "Harold": ("Harry",), "Henry": ("Harry", "Hal"), "Douglas": ("Doug",), "Terence": ("Terry",),
    "Lawrence": ("Larry",), "Patrick": ("Pat", "Paddy"), "Francis": ("Frank",), "Leonard": ("Len", "Lenny"),
    "Geoffrey": ("Geoff",), "Malcolm": ("Mal",), "Bernard": ("Bernie",), "Josephine": ("Jo", "Josie"),
    "Alison": ("Ali",), "Penelope": ("Penny",), "Philippa": ("Pippa",),
    "Harriet": ("Hattie",), "Matilda": ("Tilly",), "Rosemary": ("Rosie",), "Caroline": ("Caz",),
}  # fmt: skip
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": NICK_SV,
    "uk": NICK_EN,
    "us": NICK_EN,
}

_PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "ı": "i", "İ": "I", "đ": "dj", "Đ": "Dj", "ø": "o", "Ø": "O"}
)


def plain(word: str) -> str:
    """A name as typed without its letters (`Wiśniewski` -> `Wisniewski`); Swedish å, ä, ö kept."""
    out = []
    for ch in word.translate(_PLAIN):
        if ch in "åäöÅÄÖ":
            out.append(ch)
            continue
        out.append(
            "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        )
    return "".join(out)


def ascii_fold(word: str) -> str:
    """For e-mail addresses: å ä ö as a a o, and every other accent dropped."""
    return plain(word).translate(str.maketrans("åäöÅÄÖæÆ", "aaoAAOaA"))


def feminine(surname: str) -> str:
    """A Polish surname's feminine form (`Kowalski` -> `Kowalska`)."""
    for end, fem in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(end):
            return surname[: -len(end)] + fem
    return surname
