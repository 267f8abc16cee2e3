# ruff: noqa: E501
"""Name pools of held-out HA (issue 15): names weighted by how often people carry them.

Written by HA's writer from general knowledge of the published name statistics, and from the US
Census 1990 lists (public domain; copied from the `names` package's data files `dist.female.first`,
`dist.male.first` and `dist.all.last`, census per cent as weight). Swedish names in the order of
SCB's name statistics, UK names in the order of the ONS rankings, and the commonest names of
origins common in Sweden, weight 1/rank. No name was checked against anything in rung, and none
was left out for being known or unknown. Each list has a head (drawn with HEAD_SHARE) and a tail of
rarer names past it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8


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
    assert len(names) > head
    return Pool(tuple(names), tuple(1 / (i + 1) for i in range(len(names))), head)


def weighted(rows: tuple[tuple[str, float], ...], head: int) -> Pool:
    """A list with its own weights (the census per cents)."""
    names = tuple(n for n, _ in rows)
    assert len(set(names)) == len(names)
    return Pool(names, tuple(w for _, w in rows), head)


PLAIN = str.maketrans({"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "İ": "I", "ß": "ss", "ø": "o", "Ø": "O", "æ": "ae"})  # fmt: skip


def plain(word: str) -> str:
    """The word typed without its letters: `Wiśniewski` -> `Wisniewski`, `Đorđević` -> `Djordjevic`."""
    word = word.translate(PLAIN)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# Sweden (SCB's name statistics, the writer's knowledge of their order): head the top 150, then rarer names.
SV_F = (
    "Anna", "Eva", "Maria", "Karin", "Kristina", "Lena", "Sara", "Emma", "Kerstin", "Marie",
    "Ingrid", "Malin", "Jenny", "Hanna", "Linda", "Elin", "Birgitta", "Sofia", "Annika", "Susanne",
    "Christina", "Monica", "Ida", "Johanna", "Carina", "Elisabeth", "Marianne", "Julia", "Margareta", "Helena",
    "Camilla", "Ulla", "Sandra", "Katarina", "Åsa", "Linnea", "Cecilia", "Anneli", "Inger", "Louise",
    "Frida", "Therese", "Anette", "Gunilla", "Matilda", "Ulrika", "Caroline", "Amanda", "Maja", "Ebba",
    "Josefin", "Elsa", "Agneta", "Helen", "Yvonne", "Moa", "Alice", "Lisa", "Anita", "Jessica",
    "Siv", "Emelie", "Klara", "Wilma", "Ellen", "Charlotte", "Britt", "Madeleine", "Lina", "Gun",
    "Jennie", "Ann", "Nathalie", "Felicia", "Astrid", "Alva", "Agnes", "Ella", "Barbro", "Mona",
    "Pia", "Emilia", "Ingela", "Viktoria", "Karolina", "Petra", "Mikaela", "Sanna", "Lovisa", "Tove",
    "Sofie", "Märta", "Elisabet", "Ann-Marie", "Ann-Christin", "Britt-Marie", "Marita", "Rebecka", "Erika", "Jeanette",
    "Lisbeth", "Berit", "Gunnel", "Irene", "Ingegerd", "Margit", "Stina", "Tina", "Olivia", "Ylva",
    "Ronja", "Isabelle", "Saga", "Selma", "Signe", "Vera", "Hilda", "Alma", "Stella", "Nora",
    "Tilda", "Ines", "Lilly", "Nellie", "Elvira", "Edith", "Freja", "Thea", "Tyra", "Hedda",
    "Kajsa", "Linn", "Emilie", "Mia", "Fanny", "Evelina", "Filippa", "Cornelia", "Maj", "Solveig",
    "Anne", "Rut", "Greta", "Svea", "Iris", "Ester", "Lova", "Minna", "Hedvig", "Gunhild",
    "Agda", "Alfhild", "Alida", "Annelie", "Annie", "Aurora", "Bella", "Bodil", "Britta", "Cajsa",
    "Carin", "Dagny", "Daniela", "Disa", "Doris", "Edla", "Eira", "Elinor", "Elise", "Ellinor",
    "Embla", "Emy", "Engla", "Evy", "Gerda", "Gudrun", "Gull-Britt", "Heléne", "Hjördis", "Idun",
    "Isa", "Jasmine", "Jill", "Joline", "Judit", "Juni", "Kristin", "Laila", "Lea", "Liv",
    "Lotta", "Lydia", "Majken", "Majvor", "Malva", "Marika", "Meja", "Milla", "Mira", "Molly",
    "Nanna", "Nelly", "Ninni", "Nova", "Ottilia", "Paula", "Rakel", "Ragnhild", "Rigmor", "Ruth",
    "Sigrid", "Siri", "Sylvia", "Tekla", "Ulla-Britt", "Unni", "Valborg", "Vendela", "Veronica", "Viola",
    "Vivianne", "Viveka", "Åse", "Alexandra", "Amelia", "Anja", "Anna-Karin", "Anna-Lena", "Ann-Sofie", "Asta",
    "Beatrice", "Benita", "Bianca", "Birgit", "Blenda", "Boel", "Carola", "Catharina", "Charlotta", "Christel",
    "Clara", "Dorotea", "Edit", "Elna", "Elvy", "Emmy", "Estelle", "Eva-Lena", "Evelyn", "Fia",
    "Gabriella", "Gertrud", "Gisela", "Gunvor", "Hanne", "Harriet", "Henny", "Hulda", "Ingeborg", "Ingalill",
    "Inga", "Irma", "Isabella", "Jannike", "Janina", "Jonna", "Josefine", "Karla", "Katrin", "Leona",
    "Lillemor", "Lilian", "Lisen", "Liselott", "Liselotte", "Louisa", "Lykke", "Madelene", "Mari", "Marit",
    "Marlene", "Mathilda", "Maud", "Meta", "My", "Märit", "Nicole", "Nina", "Noomi", "Olga",
    "Pernilla", "Regina", "Rebecca", "Rosita", "Runa", "Sabina", "Sally", "Sigbritt", "Sofi", "Sonja",
    "Stephanie", "Susann", "Tanja", "Teresia", "Tindra", "Tuva", "Tora", "Ulrica", "Vanja", "Veronika",
    "Victoria", "Vilhelmina", "Vilma", "Wivi", "Yasmin", "Aina", "Alicia", "Anni", "Barbara", "Elsie",
    "Erica", "Gullan", "Hillevi", "Ilona", "Kaisa", "Magdalena", "Malena", "Mariana", "Natalie", "Patricia",
    "Ragna", "Rosa", "Valentina", "Wendela", "Ellie", "Elisa", "Annette", "Ann-Charlotte", "Ann-Louise", "Britt-Inger",
    "Carita", "Elly", "Esther", "Gunlög", "Ingvor", "Jenna", "Jolin", "Karina", "Lisette", "Livia",
    "Lucia", "Mariann", "Mimmi", "Nadja", "Rose-Marie", "Sigyn", "Yvette", "Zara", "Siw", "Märtha",
    "Frideborg", "Nicolina", "Alba", "Leia", "Aili", "Kim", "Gunn", "Ingrid-Marie", "Marie-Louise", "Eva-Karin",
    "Maj-Britt", "Anna-Maria", "Ann-Kristin", "Anna-Lisa", "Eva-Britt", "Ann-Britt",
)  # fmt: skip
SV_M = (
    "Lars", "Mikael", "Anders", "Johan", "Erik", "Per", "Karl", "Peter", "Thomas", "Jan",
    "Daniel", "Fredrik", "Hans", "Andreas", "Stefan", "Magnus", "Mats", "Jonas", "Bengt", "Alexander",
    "Marcus", "Oskar", "Martin", "Niklas", "Björn", "Mattias", "Bo", "Gustav", "Patrik", "Göran",
    "Sven", "Nils", "Leif", "Christer", "Henrik", "Ulf", "Roger", "Joakim", "Robert", "Emil",
    "Tommy", "Olof", "Viktor", "William", "Kent", "Lucas", "Simon", "Håkan", "Anton", "Sebastian",
    "Elias", "Christian", "Kjell", "Filip", "Rolf", "Hugo", "Axel", "Adam", "Jonathan", "Oliver",
    "Rickard", "Kenneth", "Tobias", "Robin", "Gunnar", "Johnny", "Ingemar", "Stig", "Dennis", "Liam",
    "Jesper", "Arne", "David", "Ludvig", "Rasmus", "Isak", "Kristoffer", "Jakob", "Gösta", "Lennart",
    "Claes", "Torbjörn", "Åke", "Ove", "Rune", "Kurt", "Bertil", "Sten", "Roland", "Dan",
    "Tomas", "Linus", "Hampus", "Albin", "Edvin", "Theo", "Noah", "Leo", "Vincent", "Melvin",
    "Samuel", "Jimmy", "Kevin", "Max", "Sixten", "Malte", "Love", "Ville", "Elliot", "Arvid",
    "Alfred", "Harry", "Conny", "Jörgen", "Karl-Erik", "Lars-Erik", "Sune", "Ingvar", "Ronny", "Pontus",
    "Oscar", "Carl", "Johannes", "Benjamin", "Wilhelm", "Torsten", "Yngve", "Tord", "Folke", "Erling",
    "Josef", "Gabriel", "Vilgot", "Emanuel", "Mohammad", "Jens", "Urban", "Lars-Göran", "Per-Olof", "Jan-Erik",
    "Nicklas", "Dag", "Göte", "Kenny", "Staffan", "Lars-Olof", "Jan-Olof", "Sören", "Bernt", "Birger",
    "Agne", "Alvar", "Alvin", "Ante", "Arnold", "Assar", "Bror", "Börje", "Carl-Johan", "Casper",
    "Charlie", "Colin", "Curt", "Edgar", "Egon", "Einar", "Elis", "Elof", "Elvin", "Enar",
    "Eskil", "Evert", "Fabian", "Felix", "Ferdinand", "Frans", "Fritiof", "Georg", "Gerhard", "Gillis",
    "Gottfrid", "Harald", "Helge", "Henning", "Herbert", "Hilding", "Holger", "Ivan", "Ivar", "Jack",
    "Jacob", "Jarl", "Joel", "Jon", "Julius", "Karl-Gustav", "Karl-Johan", "Kasper", "Knut", "Konrad",
    "Krister", "Lage", "Leonard", "Levi", "Loke", "Lukas", "Magne", "Malkolm", "Manne", "Matteus",
    "Melker", "Mauritz", "Milo", "Nicolas", "Nore", "Olle", "Ossian", "Otto", "Paul", "Per-Anders",
    "Peder", "Rafael", "Ragnar", "Reine", "Reinhold", "Roy", "Sam", "Seth", "Sigurd", "Sigvard",
    "Sivert", "Stellan", "Sture", "Svante", "Tage", "Teodor", "Tim", "Tor", "Tore", "Tryggve",
    "Ture", "Uno", "Valdemar", "Vidar", "Waldemar", "Walter", "Werner", "Vilhelm", "Östen", "Örjan",
    "Adrian", "Albert", "Alex", "Algot", "Allan", "Aron", "Artur", "Bengt-Åke", "Bernhard", "Calle",
    "Christoffer", "Douglas", "Ebbe", "Edward", "Eddie", "Edvard", "Elmer", "Eric", "Erland", "Evald",
    "Frank", "Gert", "Glenn", "Gustaf", "Hannes", "Hjalmar", "Hubert", "Isac", "Jan-Åke", "Jesse",
    "John", "Jonny", "Kennet", "Kjell-Åke", "Lars-Åke", "Lorentz", "Mark", "Mattis", "Morgan", "Noel",
    "Olav", "Orvar", "Patric", "Per-Erik", "Philip", "Rikard", "Sander", "Severin", "Sigge", "Sonny",
    "Sten-Åke", "Sverker", "Teddy", "Thor", "Torgny", "Torvald", "Valter", "Vide", "Viggo", "Wiktor",
    "Anders-Petter", "Bo-Göran", "Gunne", "Hasse", "Jan-Olov", "Per-Åke", "Rudolf", "Thorsten", "Tyko", "Ulrik",
    "Valle", "Wille", "Arthur", "Bill", "Dante", "Eli", "Frej", "Hilmer", "Kaj", "Mio",
    "Alf", "Anselm", "Clas", "Eugen", "Gunder", "Halvar", "Ingmar", "Ingolf", "Isidor", "Jöns",
    "Karl-Axel", "Kristian", "Mons", "Nils-Erik", "Per-Olov", "Ragnvald", "Roine", "Ruben", "Sigfrid", "Sölve",
    "Torleif", "Wilmer", "Zakarias", "Benny", "Helmer", "Ingvald", "Hans-Erik", "Sven-Erik", "Nils-Olof", "Per-Gunnar",
    "Carl-Axel",
)  # fmt: skip
SV_S = (
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson",
    "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Olofsson",
    "Lindström", "Lindqvist", "Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren", "Lundqvist",
    "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg", "Ali", "Wallin", "Mohammed",
    "Engström", "Eklund", "Danielsson", "Lundin", "Håkansson", "Björk", "Bergman", "Gunnarsson", "Holm", "Wikström",
    "Samuelsson", "Isaksson", "Fransson", "Bergqvist", "Nyström", "Holmberg", "Arvidsson", "Löfgren", "Söderberg", "Nyberg",
    "Blomqvist", "Claesson", "Nordström", "Mårtensson", "Lundström", "Ahmed", "Viklund", "Björklund", "Eliasson", "Pålsson",
    "Hassan", "Berggren", "Sandström", "Lund", "Nordin", "Ström", "Åberg", "Hermansson", "Ekström", "Holmgren",
    "Sundberg", "Hedlund", "Dahlberg", "Hellström", "Sjögren", "Abrahamsson", "Falk", "Öberg", "Andreasson", "Blom",
    "Ek", "Martinsson", "Månsson", "Strand", "Jensen", "Åkesson", "Sundström", "Norberg", "Lindholm", "Dahl",
    "Jonasson", "Mohamed", "Ivarsson", "Göransson", "Söderström", "Lindahl", "Hedberg", "Nygren", "Fors", "Ståhl",
    "Ekman", "Lindell", "Engberg", "Bergh", "Borg", "Sjöström", "Nyman", "Sundqvist", "Lundmark", "Omar",
    "Söderlund", "Rosén", "Nordqvist", "Strömberg", "Lindblom", "Hussein", "Ibrahim", "Wahlström", "Östlund", "Malmberg",
    "Sjölund", "Ekberg", "Lindén", "Kristiansson", "Nordlund", "Boström", "Olausson", "Åström", "Nordgren", "Dahlgren",
    "Backman", "Lilja", "Hjalmarsson", "Ahlström", "Wiklund", "Holmqvist", "Edlund", "Rydberg", "Lindkvist", "Carlsson",
    "Granath", "Wennerström", "Ekdahl", "Lövgren", "Hammarström", "Tornberg", "Sjödin", "Grahn", "Rehn", "Skoglund",
    "Westerberg", "Forslund", "Hägg", "Ljung", "Bäckström", "Strömqvist", "Almqvist", "Nordén", "Åhlund", "Lindh",
    "Hedin", "Hultgren", "Appelqvist", "Frisk", "Forsell", "Bodin", "Lindroth", "Sundin", "Wall", "Stenberg",
    "Öhman", "Rask", "Wester", "Grönlund", "Hagström", "Ahlgren", "Blomberg", "Malm", "Hallberg", "Aronsson",
    "Bergkvist", "Edström", "Ljungberg", "Engman", "Lundh", "Gustavsson", "Ottosson", "Löfqvist", "Hagberg", "Ågren",
    "Kjellberg", "Thorén", "Modin", "Wennberg", "Ekholm", "Ljunggren", "Hallin", "Lindman", "Ohlsson", "Carlberg",
    "Brännström", "Lundell", "Sköld", "Svärd", "Tjäder", "Fält", "Stål", "Vikström", "Westin", "Åhman",
    "Norén", "Edvardsson", "Widén", "Palm", "Hallgren", "Engqvist", "Asplund", "Hellberg", "Östberg", "Roos",
    "Nord", "Säfström", "Ståhlberg", "Wikander", "Brodin", "Ferm", "Granlund", "Runesson", "Thunberg", "Dufva",
    "Hjort", "Bäck", "Molin", "Rosengren", "Svedberg", "Gren", "Törnqvist", "Norling", "Kvist", "Enqvist",
    "Sandin", "Lidén", "Fagerström", "Segerström", "Johnsson", "Hedman", "Lindblad", "Melin", "Sahlin", "Bergendahl",
    "Stenström", "Hjelm", "Sellberg", "Grip", "Tegnér", "Hammar", "Almgren", "Strid", "Ekelund", "Landgren",
    "Cederberg", "Lagerqvist", "Björling", "Alm", "Göthberg", "Rydén", "Sandell", "Ringström", "Moberg", "Vesterlund",
    "Åkerlund", "Ahl", "Widell", "Backlund", "Sjöqvist", "Åslund", "Wirén", "Hägglund", "Renström", "Degerman",
    "Lönn", "Stenlund", "Kronberg", "Nyqvist", "Jernberg", "Byström", "Lindvall", "Kvarnström", "Nordmark", "Sedin",
    "Lidström", "Gradin", "Burman", "Fjällström", "Häggström", "Lundkvist", "Holmström", "Sörensen", "Nielsen", "Sandqvist",
    "Ahmadi", "Yousef", "Abdullah", "Hosseini", "Nguyen", "Korhonen", "Virtanen", "Nowak", "Kaya", "Yilmaz",
    "Mäkinen", "Hodzic", "Rahimi", "Petrovic", "Jovanovic", "Mahmoud", "Khalil", "Saleh", "Warsame", "Tesfay",
    "von Platen", "af Klercker", "De Geer", "von Sydow", "Lewenhaupt", "Gyllenhaal", "Stackelberg", "Silfverschiöld", "Posse", "Horn",
    "Bonde", "Sparre", "Banér", "Wachtmeister", "Mörner", "Reuterskiöld", "Klingspor", "Adelsvärd", "Hamilton", "Douglas",
    "Hedström", "Bergdahl", "Sandgren", "Westman", "Öhrn", "Ljungqvist", "Rudberg", "Fahlén", "Envall", "Pihl",
)  # fmt: skip

# The UK (the ONS rankings as the writer knows them, older and younger names together), 1/rank.
UK_F = (
    "Sarah", "Susan", "Elizabeth", "Margaret", "Emma", "Helen", "Claire", "Julie", "Karen", "Jennifer",
    "Emily", "Olivia", "Jessica", "Charlotte", "Rebecca", "Laura", "Amy", "Sophie", "Hannah", "Lucy",
    "Nicola", "Louise", "Rachel", "Lisa", "Joanne", "Catherine", "Victoria", "Katie", "Gemma", "Samantha",
    "Mary", "Patricia", "Linda", "Christine", "Jacqueline", "Deborah", "Janet", "Alison", "Amanda", "Kelly",
    "Michelle", "Angela", "Jane", "Anne", "Pauline", "Tracey", "Dawn", "Diane", "Caroline", "Lesley",
    "Amelia", "Isla", "Ava", "Mia", "Grace", "Lily", "Freya", "Ella", "Poppy", "Isabella",
    "Sophia", "Evie", "Florence", "Isabelle", "Chloe", "Holly", "Megan", "Bethany", "Lauren", "Georgia",
    "Abigail", "Eleanor", "Alice", "Phoebe", "Ruby", "Millie", "Daisy", "Matilda", "Rosie", "Harriet",
    "Jean", "Barbara", "Sandra", "Carol", "Sheila", "Brenda", "Valerie", "Maureen", "Joan", "Kathleen",
    "Julia", "Fiona", "Heather", "Joanna", "Kate", "Natalie", "Stephanie", "Zoe", "Kirsty", "Jade",
    "Ellie", "Molly", "Erin", "Imogen", "Scarlett", "Maisie", "Esme", "Willow", "Ivy", "Evelyn",
    "Gillian", "Wendy", "Sally", "Tina", "Beverley", "Lorraine", "Hazel", "Irene", "Doreen", "Dorothy",
    "Rose", "Katherine", "Anna", "Jenny", "Leanne", "Donna", "Hayley", "Danielle", "Kerry", "Vicky",
    "Ann", "Marie", "Shirley", "Elaine", "June", "Sylvia", "Rita", "Eileen", "Betty", "Pamela",
    "Aisha", "Fatima", "Zara", "Maryam", "Priya", "Sienna", "Aria", "Amber", "Lola", "Ruth",
    "Vanessa", "Yvonne", "Denise", "Paula", "Sharon", "Teresa", "Frances", "Judith", "Marion", "Audrey",
    "Gwen", "Bronwen", "Rhiannon", "Ffion", "Sian", "Catrin", "Eilidh", "Morag", "Kirsteen", "Niamh",
    "Siobhan", "Aoife", "Orla", "Ciara", "Roisin", "Bridget", "Maeve", "Una", "Kerry-Ann", "Lucy-Mae",
    "Hollie", "Jasmine", "Tilly", "Beatrice", "Edith", "Mabel", "Elsie", "Nancy", "Iris", "Violet",
    "Penelope", "Rosemary", "Gail", "Lynn", "Carole", "Jill", "Hilary", "Geraldine", "Bernadette", "Philippa",
    "Georgina", "Tamsin", "Verity", "Jemima", "Clementine", "Romilly", "Arabella", "Tabitha", "Persephone",
)  # fmt: skip
UK_M = (
    "David", "John", "Michael", "Paul", "Andrew", "Peter", "James", "Robert", "Mark", "Richard",
    "Stephen", "Christopher", "Ian", "Thomas", "Daniel", "Matthew", "Steven", "Simon", "Gary", "Anthony",
    "William", "Alan", "Kevin", "Martin", "Jonathan", "Brian", "Neil", "Graham", "Philip", "Adam",
    "Oliver", "George", "Harry", "Jack", "Jacob", "Charlie", "Noah", "Leo", "Oscar", "Arthur",
    "Muhammad", "Alfie", "Freddie", "Archie", "Henry", "Theo", "Joshua", "Samuel", "Benjamin", "Luke",
    "Ryan", "Lee", "Craig", "Darren", "Scott", "Stuart", "Jason", "Wayne", "Carl", "Dean",
    "Keith", "Colin", "Trevor", "Kenneth", "Derek", "Barry", "Raymond", "Roger", "Malcolm", "Terence",
    "Nicholas", "Timothy", "Edward", "Alexander", "Joseph", "Liam", "Ben", "Tom", "Sam", "Jamie",
    "Ethan", "Lewis", "Callum", "Connor", "Jordan", "Nathan", "Aaron", "Kieran", "Bradley", "Jake",
    "Charles", "Frederick", "Albert", "Ernest", "Leonard", "Stanley", "Dennis", "Frank", "Ronald", "Donald",
    "Geoffrey", "Nigel", "Clive", "Julian", "Rupert", "Hugh", "Giles", "Tristan", "Jeremy", "Adrian",
    "Gareth", "Rhys", "Dylan", "Owen", "Gethin", "Dafydd", "Iwan", "Aled", "Emyr", "Huw",
    "Hamish", "Angus", "Fraser", "Ewan", "Calum", "Murdo", "Iain", "Alistair", "Gordon", "Duncan",
    "Sean", "Patrick", "Declan", "Ciaran", "Eoin", "Padraig", "Niall", "Conor", "Cormac", "Fergus",
    "Mohammed", "Ali", "Omar", "Yusuf", "Ibrahim", "Arjun", "Rohan", "Hassan", "Bilal", "Zain",
    "Louis", "Elliot", "Max", "Finley", "Reuben", "Sebastian", "Toby", "Isaac", "Hugo", "Teddy",
    "Ronnie", "Reggie", "Albie", "Tommy", "Ralph", "Jude", "Rory", "Ellis", "Harvey", "Tyler",
    "Martyn", "Glyn", "Vince", "Clifford", "Norman", "Eric", "Harold", "Walter", "Sidney", "Cyril",
    "Lionel", "Howard", "Russell", "Victor", "Douglas", "Gavin", "Ross", "Shaun", "Robin", "Guy",
    "Roy", "Terry", "Dave", "Ray", "Tony", "Mick", "Phil", "Pete", "Rob", "Nick",
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
    "Page", "Marsh", "Riley", "Dunn", "Woods", "Parsons", "Berry", "Stone", "Reid", "Holland",
    "Hawkins", "Harding", "Porter", "Robertson", "Newton", "Oliver", "Reed", "Kennedy", "Williamson", "Bird",
    "Gardner", "Shah", "Dean", "Lane", "Cooke", "Bates", "Henderson", "Parry", "Burgess", "Bishop",
    "Walton", "Burns", "Nicholson", "Shepherd", "Ross", "Cross", "Long", "Freeman", "Warren", "Nicholls",
    "Hamilton", "Byrne", "Sutton", "McDonald", "Yates", "Hodgson", "Robson", "Curtis", "Hopkins", "O'Connor",
    "Harper", "Coleman", "Watkins", "Moss", "McCarthy", "Chambers", "O'Neill", "Griffin", "Sharp", "Hardy",
    "Wheeler", "Potter", "Osborne", "Johnston", "Gordon", "Doyle", "Wallace", "George", "Jordan", "Hutchinson",
    "Reeves", "Thornton", "Whitehead", "Quinn", "Hammond", "Kirby", "Slater", "Goodwin", "Ashton", "Howells",
    "Pritchard", "Sheppard", "Lamb", "Fuller", "Barton", "Nash", "Skinner", "Pugh", "Rowe", "Randall",
    "Howe", "Knowles", "Tucker", "Charlton", "Blake", "Jarvis", "Buckley", "Gough", "Moran", "Steele",
    "Bolton", "Frost", "Lambert", "Baxter", "Norris", "Rowley", "Briggs", "Pollard", "Dyer", "Farrell",
    "Haynes", "Mann", "Lynch", "Tyler", "Stokes", "Kemp", "Davidson", "Kent", "Sanders", "Bowen",
    "Law", "Hale", "MacLeod", "MacKenzie", "Fraser", "Sinclair", "Drummond", "Gallagher", "Doherty", "Devlin",
    "Llewellyn", "Prosser", "Vaughan", "Pryce", "Meredith", "Cadwallader", "Ferguson", "Mackintosh", "Urquhart",
    "Ackroyd", "Featherstone", "Postlethwaite", "Fairclough", "Higginbottom", "Entwistle", "Ramsbottom", "Oldroyd", "Sowerby", "Throssell",
)  # fmt: skip

# The US Census 1990 (public domain), copied from the `names` package's data files, per cent as weight.
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
    ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042),
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
    ("Earnest", 0.031),
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
    ("Sherman", 0.027),
)  # fmt: skip

# Origins common in Sweden: their commonest names, 1/rank, head 10.
FI_F = ("Maria", "Helena", "Johanna", "Anneli", "Kaarina", "Marjatta", "Hannele", "Elina", "Kristiina", "Tuula", "Päivi", "Pirjo", "Riitta", "Leena", "Sari", "Tiina", "Minna", "Satu", "Aino", "Eija", "Sirpa", "Tarja", "Outi", "Liisa", "Sanna", "Merja", "Anu", "Heidi", "Marja-Leena", "Seija")  # fmt: skip
FI_M = ("Juhani", "Johannes", "Mikael", "Olavi", "Antero", "Tapani", "Matti", "Kari", "Timo", "Jari", "Mika", "Pekka", "Jukka", "Markku", "Hannu", "Juha", "Heikki", "Seppo", "Tapio", "Petri", "Ville", "Antti", "Janne", "Risto", "Esa", "Ismo", "Veikko", "Pentti", "Raimo", "Kalevi")  # fmt: skip
FI_S = ("Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen", "Hakala", "Kettunen")  # fmt: skip
# Iraq, Syria, Lebanon, Palestine; Assyrian/Syriac names among them.
AR_F = ("Fatima", "Maryam", "Zainab", "Sara", "Nour", "Amira", "Rania", "Hala", "Layla", "Huda", "Yasmin", "Aya", "Rana", "Dalia", "Lina", "Noor", "Hiba", "Rasha", "Zahra", "Samira", "Mariam", "Shamiram", "Ninorta", "Nadia", "Suad", "Widad", "Jacqueline", "Lamis", "Ghada")  # fmt: skip
AR_M = ("Mohammed", "Ahmad", "Ali", "Omar", "Hassan", "Hussein", "Khaled", "Mahmoud", "Mustafa", "Yousef", "Ibrahim", "Abdullah", "Karim", "Sami", "Tarek", "Bassam", "Ammar", "Firas", "Haidar", "Ziad", "Samir", "Fadi", "Ninos", "Sargon", "Gabriel", "Elias", "Yacoub", "Issa", "Aziz", "Walid")  # fmt: skip
AR_S = ("Ali", "Mohammed", "Ahmed", "Hassan", "Hussein", "Ibrahim", "Abdullah", "Khalil", "Saleh", "Mahmoud", "Al-Hashimi", "Haddad", "Jaber", "Nasser", "Younes", "Abbas", "Al-Jubouri", "Al-Saadi", "Kassab", "Shamoun", "Barsoum", "Saliba", "Gabriel", "Isaac", "Yousef", "Khoury", "Aziz", "Darwish", "Hamdan", "Al-Obaidi", "Rashid", "Mansour", "Issa", "Toma", "Chamoun", "Yacoub")  # fmt: skip
SO_F = ("Hodan", "Fadumo", "Amina", "Sahra", "Khadra", "Ayan", "Hawa", "Asha", "Nimco", "Sagal", "Ifrah", "Ubah", "Sucaad", "Leyla", "Muna", "Ilhan", "Hibo", "Deeqa", "Ikran", "Halima", "Ladan", "Ruqiya")  # fmt: skip
SO_M = ("Mohamed", "Abdi", "Ahmed", "Abdirahman", "Abdullahi", "Hassan", "Ali", "Omar", "Yusuf", "Mahad", "Liban", "Abdirizak", "Farah", "Guled", "Bashir", "Hamza", "Ismail", "Osman", "Said", "Mukhtar", "Abdikarim", "Khalid")  # fmt: skip
SO_S = ("Mohamed", "Ali", "Abdi", "Hassan", "Ahmed", "Farah", "Osman", "Warsame", "Yusuf", "Hussein", "Jama", "Omar", "Ismail", "Aden", "Nur", "Abdullahi", "Hirsi", "Egal", "Dahir", "Mohamud", "Duale", "Elmi", "Shire", "Abdulle", "Guleed")  # fmt: skip
PL_F = ("Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna", "Elżbieta", "Magdalena", "Joanna", "Aleksandra", "Monika", "Zofia", "Teresa", "Danuta", "Natalia", "Karolina", "Marta", "Beata", "Dorota", "Justyna", "Paulina", "Jadwiga", "Agata", "Iwona", "Grażyna", "Bożena")  # fmt: skip
PL_M = ("Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Jan", "Michał", "Marcin", "Stanisław", "Jakub", "Adam", "Marek", "Łukasz", "Grzegorz", "Mateusz", "Wojciech", "Mariusz", "Dariusz", "Zbigniew", "Jerzy", "Maciej", "Rafał", "Kamil", "Robert", "Józef", "Sławomir", "Przemysław", "Bartłomiej")  # fmt: skip
PL_S = ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Wojciechowski", "Kwiatkowski", "Krawczyk", "Kaczmarek", "Piotrowski", "Grabowski", "Zając", "Pawłowski", "Michalski", "Król", "Wieczorek", "Jabłoński", "Wróbel", "Nowakowski", "Majewski", "Olszewski", "Stępień", "Malinowski", "Jaworski", "Adamczyk", "Dudek", "Nowicki", "Sadowski", "Zawadzki")  # fmt: skip
FA_F = ("Maryam", "Fatemeh", "Zahra", "Sara", "Narges", "Leila", "Mina", "Shirin", "Parisa", "Neda", "Azadeh", "Roya", "Nasrin", "Mahsa", "Samira", "Soheila", "Elham", "Fariba", "Shiva", "Golnaz", "Ladan", "Yasaman", "Niloufar", "Setareh", "Shabnam")  # fmt: skip
FA_M = ("Mohammad", "Ali", "Reza", "Hossein", "Mehdi", "Amir", "Hamid", "Saeed", "Behzad", "Babak", "Dariush", "Kourosh", "Farhad", "Arash", "Omid", "Payam", "Navid", "Majid", "Masoud", "Hassan", "Kaveh", "Shahram", "Behrouz", "Afshin", "Peyman")  # fmt: skip
FA_S = ("Mohammadi", "Hosseini", "Ahmadi", "Rezaei", "Moradi", "Karimi", "Jafari", "Rahimi", "Ghasemi", "Sadeghi", "Hashemi", "Mousavi", "Rostami", "Kazemi", "Amini", "Ebrahimi", "Tehrani", "Shirazi", "Nazari", "Akbari", "Bagheri", "Farahani", "Esfahani", "Soltani", "Azizi", "Najafi", "Hosseinzadeh", "Alizadeh")  # fmt: skip
BCS_F = ("Amra", "Emina", "Jasmina", "Selma", "Lejla", "Amela", "Mirela", "Ana", "Marija", "Ivana", "Jelena", "Snežana", "Dragana", "Vesna", "Gordana", "Mirjana", "Maja", "Sanja", "Aida", "Edina", "Alma", "Merima", "Azra", "Nermina", "Sabina", "Željka", "Biljana")  # fmt: skip
BCS_M = ("Amir", "Adnan", "Emir", "Haris", "Edin", "Mirza", "Senad", "Nermin", "Elvis", "Dragan", "Zoran", "Goran", "Nikola", "Marko", "Ivan", "Dejan", "Milan", "Stefan", "Nenad", "Darko", "Igor", "Ante", "Josip", "Tomislav", "Alen", "Samir", "Željko", "Đorđe")  # fmt: skip
BCS_S = ("Hodžić", "Hadžić", "Kovačević", "Delić", "Begić", "Mehmedović", "Ibrahimović", "Hasanović", "Halilović", "Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Horvat", "Kovačić", "Babić", "Marić", "Jurić", "Novak", "Knežević", "Pavlović", "Popović", "Šehić", "Čolić", "Mujić", "Salihović", "Omerović", "Mešić", "Husić")  # fmt: skip
TR_F = ("Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Şerife", "Zehra", "Sultan", "Hülya", "Özlem", "Derya", "Esra", "Gülşen", "Selin", "Merve", "Büşra", "Ebru", "Sevgi", "Nurcan", "Filiz", "Gülay", "Songül")  # fmt: skip
TR_M = ("Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Osman", "Yusuf", "Murat", "Ömer", "Ramazan", "Halil", "Süleyman", "Abdullah", "Mahmut", "Emre", "Burak", "Kemal", "Serkan", "Erkan", "Cem", "Tolga")  # fmt: skip
TR_S = ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Polat", "Korkmaz", "Erdoğan", "Güneş", "Aktaş", "Bulut", "Keskin")  # fmt: skip
# Eritrea: the father's name serves as the surname.
ER_F = ("Senait", "Helen", "Ruta", "Selam", "Yohana", "Luwam", "Saba", "Mebrat", "Tsega", "Freweini", "Winta", "Semhar", "Hiwet", "Rahel", "Almaz", "Mihret", "Tirhas", "Feven", "Abeba", "Meron", "Eden", "Yordanos")  # fmt: skip
ER_M = ("Yonas", "Dawit", "Tesfay", "Tekle", "Kidane", "Berhane", "Mehari", "Samuel", "Yohannes", "Daniel", "Michael", "Filmon", "Robel", "Aron", "Habtom", "Amanuel", "Efrem", "Natnael", "Goitom", "Abraham", "Biniam", "Henok")  # fmt: skip
ER_S = ("Tesfay", "Tekle", "Kidane", "Berhane", "Haile", "Gebremariam", "Gebremedhin", "Tesfamariam", "Woldemariam", "Ghebreyesus", "Mehari", "Habte", "Yohannes", "Negash", "Asmerom", "Tewolde", "Andemariam", "Mebrahtu", "Zerai", "Okbazghi", "Ghebremichael", "Kahsay")  # fmt: skip
AF_F = ("Fatima", "Zahra", "Maryam", "Mariam", "Shabnam", "Farzana", "Fereshta", "Mursal", "Nilofar", "Parwana", "Marzia", "Sima", "Roya", "Mahbooba", "Zarghona", "Laila", "Hosai", "Soraya", "Masooma", "Freshta", "Nazia")  # fmt: skip
AF_M = ("Mohammad", "Ahmad", "Ali", "Mustafa", "Hamid", "Jawad", "Farid", "Nawid", "Rahmatullah", "Abdul", "Hussain", "Sayed", "Mirwais", "Wahid", "Naqibullah", "Sohrab", "Elyas", "Murtaza", "Reza", "Hamidullah", "Khalid", "Zabihullah")  # fmt: skip
AF_S = ("Ahmadi", "Hosseini", "Rahimi", "Mohammadi", "Sultani", "Karimi", "Noori", "Hakimi", "Stanikzai", "Popal", "Ahmadzai", "Amiri", "Rezai", "Jafari", "Sadat", "Haidari", "Nazari", "Wardak", "Safi", "Mohseni", "Hashimi", "Rasuli", "Sediqi")  # fmt: skip
TH_F = ("Siriporn", "Malee", "Pranee", "Supaporn", "Wanida", "Kanya", "Nittaya", "Sunisa", "Porntip", "Jintana", "Suda", "Ratana", "Achara", "Kannika", "Duangjai", "Nonglak", "Pimchanok", "Thida", "Sumalee", "Waraporn", "Orathai", "Sirinya")  # fmt: skip
TH_M = ("Somchai", "Somsak", "Prasert", "Sombat", "Sompong", "Chaiwat", "Anan", "Wichai", "Suchart", "Thanakorn", "Nattapong", "Surachai", "Kittisak", "Somkiat", "Boonmee", "Apichart", "Sakchai", "Pichai", "Thawatchai", "Narong")  # fmt: skip
TH_S = ("Saetang", "Srisuk", "Wongsa", "Sukkasem", "Chaiyaphum", "Boonyarat", "Thongdee", "Kaewmanee", "Somboon", "Rattanakorn", "Jaidee", "Phromma", "Sangthong", "Yodsuwan", "Kongsri", "Chanthara", "Inthong", "Srisawat", "Boonsong", "Suwannarat")  # fmt: skip
# Chile and Latin America: two surnames, the father's and the mother's.
LA_F = ("María", "Carolina", "Camila", "Javiera", "Daniela", "Valentina", "Francisca", "Catalina", "Fernanda", "Constanza", "Paula", "Andrea", "Claudia", "Patricia", "Verónica", "Ximena", "Marcela", "Alejandra", "Gabriela", "Soledad", "Lucía", "Paola", "Ana María", "Macarena")  # fmt: skip
LA_M = ("José", "Juan", "Carlos", "Luis", "Jorge", "Francisco", "Manuel", "Pedro", "Cristián", "Sebastián", "Matías", "Felipe", "Rodrigo", "Andrés", "Diego", "Gonzalo", "Patricio", "Mauricio", "Pablo", "Ignacio", "Héctor", "Nicolás", "Juan Pablo", "Álvaro")  # fmt: skip
LA_S = ("González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez", "Sepúlveda", "Morales", "Rodríguez", "López", "Fuentes", "Hernández", "Torres", "Araya", "Flores", "Espinoza", "Valenzuela", "Castillo", "Tapia", "Reyes", "Gutiérrez", "Castro", "Pizarro", "Álvarez", "Vásquez", "Sánchez", "Fernández", "Ramírez", "Carrasco")  # fmt: skip
KU_F = ("Rojin", "Berfin", "Dilan", "Nergiz", "Shirin", "Zilan", "Rozerin", "Hevin", "Avin", "Nazdar", "Jiyan", "Gulistan", "Ronahi", "Delal", "Evin", "Hêlin", "Bêrîvan", "Sozdar", "Viyan", "Leyla", "Newroz", "Shilan")  # fmt: skip
KU_M = ("Rebin", "Shwan", "Azad", "Diyar", "Karwan", "Dilshad", "Hemin", "Zana", "Baran", "Rojhat", "Serhat", "Soran", "Aram", "Kawa", "Hawre", "Rizgar", "Bakhtiyar", "Dara", "Sherko", "Hogir", "Ferhad", "Welat")  # fmt: skip
KU_S = ("Ahmed", "Mohammed", "Omar", "Aziz", "Rasul", "Karim", "Mahmud", "Abdullah", "Hussein", "Qadir", "Hama", "Faraj", "Saleh", "Rashid", "Amin", "Salih", "Baban", "Mustafa", "Bakir", "Ismail", "Mirza", "Tahir", "Sindi", "Dosky", "Zebari", "Hawrami", "Barzani")  # fmt: skip
UA_F = ("Olena", "Tetiana", "Iryna", "Nataliia", "Oksana", "Yuliia", "Svitlana", "Olha", "Anastasiia", "Kateryna", "Mariia", "Viktoriia", "Liudmyla", "Halyna", "Anna", "Inna", "Alina", "Daria", "Valentyna", "Nadiia")  # fmt: skip
UA_M = ("Oleksandr", "Serhii", "Andrii", "Volodymyr", "Dmytro", "Oleksii", "Mykola", "Vasyl", "Ivan", "Yurii", "Viktor", "Maksym", "Taras", "Bohdan", "Ihor", "Vitalii", "Roman", "Pavlo", "Artem", "Denys")  # fmt: skip
UA_S = ("Melnyk", "Shevchenko", "Boiko", "Kovalenko", "Bondarenko", "Tkachenko", "Kovalchuk", "Kravchenko", "Oliinyk", "Shevchuk", "Koval", "Polishchuk", "Bondar", "Tkachuk", "Moroz", "Marchenko", "Lysenko", "Rudenko", "Savchenko", "Petrenko")  # fmt: skip
IN_F = ("Priya", "Anjali", "Pooja", "Neha", "Divya", "Sneha", "Kavya", "Deepika", "Lakshmi", "Meera", "Shreya", "Aishwarya", "Nisha", "Swati", "Ritu", "Sunita", "Ananya", "Harpreet", "Gurpreet", "Rekha")  # fmt: skip
IN_M = ("Rahul", "Amit", "Rohit", "Vikram", "Arjun", "Sandeep", "Rajesh", "Suresh", "Anil", "Vijay", "Karthik", "Aditya", "Sanjay", "Pradeep", "Manoj", "Nikhil", "Ravi", "Abhishek", "Sachin", "Deepak")  # fmt: skip
IN_S = ("Sharma", "Patel", "Singh", "Kumar", "Gupta", "Reddy", "Rao", "Iyer", "Nair", "Joshi", "Mehta", "Shah", "Verma", "Agarwal", "Krishnan", "Menon", "Chopra", "Desai", "Kapoor", "Pillai", "Banerjee", "Das")  # fmt: skip
CN_F = ("Li", "Wei", "Jing", "Yan", "Hui", "Min", "Ling", "Fang", "Na", "Xin", "Ying", "Mei", "Lan", "Hong", "Yu", "Qian", "Xiaoling", "Jie", "Lili", "Xiaomei")  # fmt: skip
CN_M = ("Wei", "Jun", "Lei", "Tao", "Ming", "Hao", "Jian", "Yong", "Bin", "Chao", "Gang", "Peng", "Hui", "Qiang", "Jie", "Yang", "Feng", "Xiaoming", "Zhiwei", "Hong")  # fmt: skip
CN_S = ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Gao", "Zheng", "Liang")  # fmt: skip


# Short forms people go by, per origin: given name -> short forms.
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": {
        "Lars": ("Lasse",), "Mikael": ("Micke",), "Joakim": ("Jocke",), "Karl": ("Kalle",), "Per": ("Pelle", "Pär"),
        "Hans": ("Hasse",), "Thomas": ("Tompa",), "Fredrik": ("Fredde",), "Magnus": ("Mange",), "Christer": ("Krille",),
        "Marcus": ("Mackan",), "Daniel": ("Danne",), "Stefan": ("Steffe",), "Patrik": ("Patte",), "Mattias": ("Matte",),
        "Mats": ("Matte",), "Kenneth": ("Kenta",), "Robert": ("Robban",), "Bengt": ("Bengan",), "Gustav": ("Gurra", "Gustaf"),
        "Tobias": ("Tobbe",), "Niklas": ("Nicke",), "Jonas": ("Jonte",), "Sebastian": ("Sebbe",), "Alexander": ("Alex",),
        "Olof": ("Olle",), "Rickard": ("Ricke",), "Torbjörn": ("Tobbe",), "Kristoffer": ("Kricke",), "Andreas": ("Andy",),
        "Henrik": ("Henke",), "Leif": ("Leffe",), "Roger": ("Roffe",), "Ulf": ("Uffe",), "Göran": ("Göte",),
        "Katarina": ("Kattis",), "Charlotte": ("Lotta",), "Susanne": ("Sussie",), "Margareta": ("Maggan",), "Birgitta": ("Bigge", "Gittan"),
        "Kristina": ("Stina", "Kicki"), "Camilla": ("Millan",), "Elisabet": ("Bettan",), "Elisabeth": ("Lisa", "Bettan"), "Viktoria": ("Vicky",),
        "Isabelle": ("Bella",), "Louise": ("Lollo",), "Matilda": ("Tilda",), "Margit": ("Maggan",), "Christina": ("Stina", "Kicki"),
        "Annika": ("Anki",), "Ingegerd": ("Inga",), "Gunilla": ("Gunsan",), "Barbro": ("Babban",), "Karolina": ("Kaja",),
    },
    "uk": {
        "Robert": ("Rob", "Bob"), "William": ("Will", "Bill"), "Elizabeth": ("Liz", "Beth"), "Margaret": ("Maggie", "Peggy"), "James": ("Jim", "Jamie"),
        "Michael": ("Mike", "Mick"), "Richard": ("Rich", "Rick"), "Christopher": ("Chris",), "Jennifer": ("Jen", "Jenny"), "Katherine": ("Kate", "Kath"),
        "Catherine": ("Cathy", "Cath"), "Patricia": ("Pat", "Trish"), "Thomas": ("Tom",), "Anthony": ("Tony",), "Daniel": ("Dan",),
        "Joseph": ("Joe",), "Susan": ("Sue",), "Deborah": ("Debbie", "Deb"), "Stephen": ("Steve",), "Steven": ("Steve",),
        "Timothy": ("Tim",), "Edward": ("Ed", "Ted"), "Alexander": ("Alex",), "Samuel": ("Sam",), "Nicholas": ("Nick",),
        "Benjamin": ("Ben",), "Matthew": ("Matt",), "Andrew": ("Andy",), "Jonathan": ("Jon",), "Kenneth": ("Ken",),
        "Victoria": ("Vicky",), "Rebecca": ("Becky",), "Charles": ("Charlie",), "Donald": ("Don",), "Ronald": ("Ron",),
        "Philip": ("Phil",), "Peter": ("Pete",), "David": ("Dave",), "Raymond": ("Ray",), "Terence": ("Terry",),
        "Samantha": ("Sam",), "Alison": ("Ali",), "Frederick": ("Fred",), "Gillian": ("Gill",), "Pamela": ("Pam",),
    },
    "us": {
        "Robert": ("Bob", "Rob", "Bobby"), "William": ("Bill", "Will"), "Elizabeth": ("Liz", "Beth"), "Margaret": ("Peggy", "Maggie"), "James": ("Jim", "Jimmy"),
        "Michael": ("Mike",), "Richard": ("Rick", "Dick"), "Christopher": ("Chris",), "Jennifer": ("Jen", "Jenny"), "Patricia": ("Pat", "Patty"),
        "Thomas": ("Tom",), "Anthony": ("Tony",), "Daniel": ("Dan", "Danny"), "Joseph": ("Joe",), "Susan": ("Sue", "Susie"),
        "Deborah": ("Debbie",), "Steven": ("Steve",), "Timothy": ("Tim",), "Edward": ("Ed", "Eddie"), "Samuel": ("Sam",),
        "Nicholas": ("Nick",), "Benjamin": ("Ben",), "Matthew": ("Matt",), "Andrew": ("Andy", "Drew"), "Kenneth": ("Ken", "Kenny"),
        "Gregory": ("Greg",), "Charles": ("Chuck", "Charlie"), "Donald": ("Don",), "Ronald": ("Ron",), "Gerald": ("Jerry",),
        "Lawrence": ("Larry",), "Katherine": ("Kathy", "Kate"), "Kimberly": ("Kim",), "Rebecca": ("Becky",), "Barbara": ("Barb",),
        "Jessica": ("Jess",), "Joshua": ("Josh",), "Jeffrey": ("Jeff",), "Douglas": ("Doug",), "Raymond": ("Ray",),
    },
    "polish": {
        "Małgorzata": ("Gosia",), "Katarzyna": ("Kasia",), "Agnieszka": ("Aga",), "Aleksandra": ("Ola",), "Magdalena": ("Magda",),
        "Joanna": ("Asia",), "Piotr": ("Piotrek",), "Krzysztof": ("Krzysiek",), "Tomasz": ("Tomek",), "Jakub": ("Kuba",),
        "Grzegorz": ("Grzesiek",), "Wojciech": ("Wojtek",), "Stanisław": ("Staszek",), "Elżbieta": ("Ela",), "Dorota": ("Dorotka",),
    },
    "latin": {
        "Francisco": ("Pancho",), "José": ("Pepe",), "Patricio": ("Pato",), "Ignacio": ("Nacho",), "Fernanda": ("Feña",),
        "Javiera": ("Javi",), "Constanza": ("Coni",), "Catalina": ("Cata",), "Valentina": ("Vale",), "Gonzalo": ("Gonza",),
        "Alejandra": ("Ale",), "Francisca": ("Fran",),
    },
    "ukrainian": {
        "Oleksandr": ("Sasha",), "Volodymyr": ("Volodia",), "Dmytro": ("Dima",), "Tetiana": ("Tania",), "Nataliia": ("Natasha",),
        "Kateryna": ("Katia",), "Mykola": ("Kolia",),
    },
    "finnish": {"Juhani": ("Jussi",), "Johannes": ("Jussi",), "Matti": ("Masa",), "Kaarina": ("Kaija",), "Pekka": ("Pekka",)},
    "arabic": {"Mohammed": ("Mo", "Hamoudi"), "Abdullah": ("Abdo",), "Yousef": ("Joe",), "Ibrahim": ("Ibbe",)},
    "indian": {"Abhishek": ("Abhi",), "Aishwarya": ("Ash",), "Karthik": ("Karthi",)},
}  # fmt: skip

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(ranked(SV_F, 150), ranked(SV_M, 150), ranked(SV_S, 150)),
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
    "chinese": Origin(ranked(CN_F, 10), ranked(CN_M, 10), ranked(CN_S, 10)),
}

# Who is named, per language of the text: roughly as Sweden's population is in Swedish and mixed
# text (Swedish the largest), the English-speaking world in English text.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "bcs": 2.5, "persian": 2.5, "somali": 2,
        "afghan": 1.5, "turkish": 1.5, "kurdish": 1.5, "eritrean": 1.2, "ukrainian": 1.2, "thai": 1,
        "latin": 1, "indian": 1, "chinese": 0.7, "uk": 0.7, "us": 0.5,
    },
    "en": {
        "us": 38, "uk": 36, "swedish": 9, "indian": 4, "arabic": 2, "polish": 1.5, "latin": 1.5,
        "chinese": 1.5, "finnish": 1, "persian": 1, "turkish": 1, "somali": 0.8, "bcs": 0.8,
        "ukrainian": 0.8, "thai": 0.6, "eritrean": 0.5, "afghan": 0.5, "kurdish": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 10, "us": 10, "arabic": 5, "finnish": 3, "polish": 3, "persian": 2.5,
        "bcs": 2.5, "indian": 2, "ukrainian": 1.5, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5,
        "afghan": 1.2, "eritrean": 1, "thai": 1, "latin": 1, "chinese": 1,
    },
}  # fmt: skip
