# ruff: noqa: E501
"""Name pools of held-out CS (issue 15), the seventy-sixth writer: names as the population has them.

Swedish given names and surnames in the order of SCB's name statistics (written from the writer's
general knowledge; weight 1/rank, head the top 150, a tail of rarer names past them); the US Census
1990 lists (public domain, copied from the `names` package's `dist.female.first`,
`dist.male.first` and `dist.all.last`: the census per cent is the weight, head 150); UK given names
and surnames in the order of the ONS rankings (general knowledge, 1/rank); and the commonest given
names and surnames of origins common in Sweden (1/rank, head 10). No name was checked against
anything in the repository; none was left out for being known or unknown.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from a list's head with this share, else from its tail


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
    return list(dict.fromkeys(names))


def ranked(names: tuple[str, ...], head: int) -> Pool:
    """A list in rank order, weight 1/rank."""
    kept = _unique(names)
    return Pool(tuple(kept), tuple(1 / (i + 1) for i in range(len(kept))), min(head, len(kept) - 1))


def weighted(pairs: tuple[tuple[str, float], ...], head: int) -> Pool:
    """A list with its own weights (the census per cent)."""
    seen: dict[str, float] = {}
    for name, weight in pairs:
        seen.setdefault(name, weight)
    return Pool(tuple(seen), tuple(seen.values()), head)


_PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "İ": "I", "ø": "o", "Ø": "O", "ß": "ss"}
)


def plain(word: str) -> str:
    """A name typed without its letters (`Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`)."""
    word = word.translate(_PLAIN)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it (`Kowalski` -> `Kowalska`, `Nowicki` -> `Nowicka`)."""
    if surname.endswith(("ski", "cki", "dzki")):
        return surname[:-1] + "a"
    return surname


# Swedish women's given names, SCB rank order (all carried names, the population), then a tail.
SV_F = (
    "Maria", "Elisabeth", "Anna", "Kristina", "Margareta", "Eva", "Linnéa", "Karin", "Birgitta", "Marie",
    "Ingrid", "Sofia", "Sara", "Christina", "Emma", "Kerstin", "Lena", "Helena", "Johanna", "Ingegerd",
    "Marianne", "Inger", "Cecilia", "Elin", "Louise", "Ida", "Hanna", "Anita", "Ulla", "Susanne",
    "Julia", "Katarina", "Gunilla", "Viktoria", "Jenny", "Malin", "Monica", "Elsa", "Ann", "Alice",
    "Amanda", "Britt", "Linda", "Matilda", "Ulrika", "Astrid", "Åsa", "Ebba", "Annika", "Caroline",
    "Ellen", "Irene", "Barbro", "Maja", "Karolina", "Gun", "Wilma", "Sofie", "Siv", "Camilla",
    "Lisa", "Josefin", "Frida", "Agneta", "Alexandra", "Charlotta", "Emelie", "Therese", "Ingela", "Inga",
    "Yvonne", "Gunnel", "Ella", "Klara", "Carina", "Mona", "Jessica", "Lovisa", "Madeleine", "Rebecka",
    "Anneli", "Pia", "Elisabet", "Ewa", "Margaretha", "Maj", "Olivia", "Felicia", "Moa", "Lina",
    "Marita", "Erika", "Helen", "Sandra", "Mikaela", "Isabelle", "Agnes", "Nathalie", "Tove", "Lotta",
    "Ann-Marie", "Elsie", "Gerd", "Birgit", "Ingeborg", "Berit", "Ingalill", "Ann-Christin", "Marina", "Angelica",
    "Anette", "Catarina", "Kristin", "Emilia", "Nora", "Signe", "Saga", "Vera", "Stina", "Hedvig",
    "Märta", "Greta", "Britta", "Ronja", "Tilda", "Jennie", "Gabriella", "Lisbeth", "Gunborg", "Solveig",
    "Carin", "Eleonora", "Rut", "Elna", "Ester", "Hillevi", "Vendela", "Ylva", "Liv", "Alva",
    "Ingela", "Charlotte", "Petra", "Anneli", "Madelene", "Elvira", "Isabella", "Josefine", "Cornelia", "Mia",
    # tail: rarer names past the top 150
    "Tuva", "Thea", "Stella", "Selma", "Edith", "Ines", "Leah", "Juni", "Iris", "Majken",
    "Elise", "Linn", "Jonna", "Hilda", "Svea", "Tyra", "Nellie", "Meja", "Siri", "Alma",
    "Sigrid", "Vilma", "Ingrid-Marie", "Laila", "Lilian", "Gudrun", "Ragnhild", "Dagmar", "Asta", "Elly",
    "Valborg", "Sonja", "Maud", "Harriet", "Gunvor", "Viveka", "Majvor", "Ulla-Britt", "Anne-Li", "Britt-Marie",
    "Eivor", "Gullan", "Rigmor", "Ethel", "Vivianne", "Margit", "Lillemor", "Desirée", "Kjerstin", "Gunhild",
    "Tora", "Jenna", "Linnea", "Malva", "Idun", "Freja", "Minna", "Mimmi", "Ester", "Hjördis",
    "Åsa-Lena", "Marie-Louise", "Ann-Sofie", "Anna-Karin", "Ann-Louise", "Eva-Lena", "Karin-Maria", "Lena-Maria", "Märta-Stina", "Gun-Britt",
    "Irma", "Vanja", "Tina", "Pernilla", "Annelie", "Jeanette", "Veronica", "Eva-Karin", "Ebba-Louise", "Cajsa",
    "Kajsa", "Elina", "Liza", "Tindra", "Novalie", "Elvina", "Julie", "Hilma", "Ingegärd", "Gunn",
    "Lovis", "Märit", "Sanna", "Emmy", "Amelia", "Evelina", "Rebecca", "Hannah", "Ellinor", "Filippa",
    "Nova", "Ellie", "Lykke", "Charlie", "Agda", "Hulda", "Beda", "Tekla", "Nanna",
    "Ylvali", "Birgitte", "Jannike", "Kristel", "Susann", "Anki", "Lisen", "Maj-Britt", "Ingvor", "Gunnevi",
    "Evy", "Ann-Kristin", "Marianna", "Benita", "Ulrica", "Josephine", "Victoria", "Annica", "Anja", "Lotten",
    "Elisa", "Madde", "Siw", "Gertrud", "Dagny", "Irja", "Ingalisa", "Mirja", "Tuija", "Sylvia",
    "Ragnborg", "Vivi", "Else", "Bodil", "Anneliese", "Cecilie", "Emmeli", "Ronya", "Elsy",
)  # fmt: skip
SV_M = (
    "Lars", "Karl", "Mikael", "Erik", "Anders", "Johan", "Per", "Nils", "Carl", "Jan",
    "Lennart", "Peter", "Thomas", "Hans", "Olof", "Bengt", "Fredrik", "Gustav", "Sven", "Daniel",
    "Alexander", "Magnus", "Bo", "Åke", "Stefan", "Axel", "Oskar", "Göran", "Andreas", "Ulf",
    "Martin", "Leif", "Kent", "Mats", "Björn", "Patrik", "Johannes", "Christer", "David", "Gunnar",
    "Anton", "Jonas", "Arne", "Stig", "Henrik", "Rolf", "Roger", "Rune", "Oscar", "Emil",
    "Tommy", "Ingemar", "Kjell", "Robert", "Simon", "Filip", "Marcus", "Viktor", "Jakob", "Gustaf",
    "Lucas", "Sebastian", "Joakim", "Niklas", "Tobias", "Kenneth", "Christian", "William", "Hugo", "Jonathan",
    "Elias", "Ove", "Robin", "Kurt", "Adam", "Claes", "Dan", "Lars-Erik", "Torbjörn", "Jesper",
    "Rasmus", "Ludvig", "Isak", "Markus", "Mattias", "Pontus", "Håkan", "Sten", "Gösta", "Bertil",
    "Ingvar", "Yngve", "Roland", "Jörgen", "Bernt", "Sture", "Hampus", "Edvin", "Albin", "Theo",
    "Vincent", "Leo", "Liam", "Noah", "Olle", "Emanuel", "Richard", "Gabriel", "Samuel", "Josef",
    "Tomas", "Lennart", "Ivar", "Harald", "Birger", "Allan", "Ronny", "Conny", "Nicklas",
    "Linus", "Viktor", "Elis", "Felix", "Arvid", "Melvin", "Vilhelm", "Mohammed", "Ali", "Ahmed",
    "Kristoffer", "Carl-Johan", "Karl-Erik", "Per-Olof", "Jan-Erik", "Lars-Göran", "Sven-Erik", "Nils-Erik", "Bo-Göran", "Karl-Axel",
    "Ragnar", "Folke", "Helge", "Einar", "Valter", "Holger", "Evert", "Erling", "Torsten", "Alf",
    # tail
    "Sixten", "Algot", "Elof", "Tage", "Gunder", "Assar", "Ebbe", "Hjalmar", "Sigvard", "Verner",
    "Knut", "Artur", "Gottfrid", "Osvald", "Seth", "Vidar", "Loke", "Ture", "Alvar", "Melker",
    "Milo", "Otto", "Frans", "August", "Colin", "Nore", "Vide", "Harry", "Sam", "Wille",
    "Kasper", "Malte", "Alfons", "Iwan", "Adrian", "Benjamin", "Noel", "Wilmer", "Valdemar", "Tor",
    "Dag", "Love", "Frej", "Sigge", "Tyko", "Bruno", "Leon", "Aron", "Torvald",
    "Krister", "Lage", "Bror", "Konrad", "Joel", "Jimmy", "Glenn", "Ola", "Jens", "Pelle",
    "Janne", "Calle", "Åke-Göran", "Per-Anders", "Karl-Gustav", "Lars-Olof", "Jan-Olov", "Sven-Olof", "Hans-Erik", "Per-Erik",
    "Lars-Åke", "Jan-Åke", "Nils-Olof", "Bengt-Åke", "Karl-Henrik", "Erik-Jan", "Stig-Göran", "Lars-Gunnar", "Gert",
    "Curt", "Sune", "Uno", "Tord", "Gillis", "Inge", "Lenny", "Morgan", "Niclas", "Johnny",
    "Magnus-Olof", "Staffan", "Tomas", "Mathias", "Rickard", "Mikko", "Kalle", "Petter", "Peder", "Mårten",
    "Anund", "Gudmund", "Halvar", "Arnold", "Edgar", "Ellis", "Ivan", "Nicklas", "Jacob", "Mauritz",
    "Ossian", "Gunnar-Erik", "Ingvald", "Bertel", "Birk", "Rune-Olof", "Sölve", "Ulrik", "Per-Åke", "Kjell-Åke",
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
    "Sundberg", "Hedlund", "Dahlberg", "Hellström", "Sjögren", "Abrahamsson", "Falk", "Martinsson", "Öberg", "Andreasson",
    "Blom", "Ek", "Månsson", "Strand", "Åkesson", "Jakobsson", "Mohamed", "Sundström", "Dahl", "Nordqvist",
    "Hedström", "Ivarsson", "Lindholm", "Jonasson", "Holmqvist", "Mohamud", "Göransson", "Sjöström", "Ekberg", "Strömberg",
    "Lindahl", "Hussein", "Björn", "Nordlund", "Berntsson", "Johnsson", "Omar", "Lindblom", "Jeppsson", "Forslund",
    "Sundqvist", "Lundkvist", "Karlström", "Lindell", "Söderström", "Aronsson", "Ibrahim", "Hägglund", "Nyman", "Thorsson",
    "Westerberg", "Wiklund", "Bäckström", "Boström", "Sandqvist", "Adolfsson", "Vesterberg", "Ottosson", "Löfqvist", "Månsson",
    "Hedberg", "Magnusson", "Norberg", "Nygren", "Ljungberg", "Sjödin", "Kristiansson", "Lundh", "Hallberg", "Sörensen",
    # tail
    "Ljung", "Wahlström", "Bergkvist", "Grahn", "Hammar", "Lilja", "Rosén", "Ahlberg", "Östlund", "Palm",
    "Borg", "Sjölund", "Granberg", "Edlund", "Malm", "Lindén", "Wallén", "Alm", "Modig", "Stenberg",
    "Nordgren", "Fors", "Bergh", "Ekdahl", "Sahlin", "Friberg", "Hellberg", "Edström", "Kvist", "Åström",
    "Öhman", "Lindkvist", "Engberg", "Mörk", "Östberg", "Rydberg", "Lööf", "Ekman", "Sundin", "Almqvist",
    "Wennberg", "Holmström", "Larsén", "Franzén", "Blomberg", "Törnqvist", "Hjalmarsson", "Nordén", "Bergman", "Pihl",
    "Rask", "Åhman", "Dahlgren", "Wester", "Sjöblom", "Stenström", "Hagström", "Roos", "Sjökvist", "Tell",
    "Ågren", "Ekelund", "Forsman", "Mattila", "Hedman", "Wallgren", "Grönlund", "Almgren", "Kjellberg", "Nylander",
    "Lagerqvist", "Sundell", "Hagberg", "Rehn", "Widén", "Bohlin", "Löfstedt", "Gustavsson", "Carlsson", "Pettersen",
    "Rydén", "Fält", "Engdahl", "Björkman", "Ståhl", "Sköld", "Hellgren", "Lundblad", "Örn", "Eng",
    "Strandberg", "Hultgren", "Jernberg", "Zetterberg", "Westin", "Sandell", "Brodin", "Thelin", "Boman", "Lönn",
    "Skoglund", "Tornberg", "Wik", "Engvall", "Lindahl", "Gref", "Thunberg", "Svärd", "Vikström", "Dahlin",
    "Ekholm", "Löfberg", "Nord", "Norling", "Kling", "Hjort", "Sandén", "Stålberg", "Alvarsson", "Grönberg",
    "Fagerström", "Liljegren", "Sundkvist", "Wigren", "Rönnholm", "Strid", "Hallgren", "Källström", "Stenlund", "Ljunggren",
    "von Platen", "af Klercker", "De Geer", "von Sydow", "Wachtmeister", "Lewenhaupt", "Gyllenhammar", "Adlercreutz", "Silfverskiöld", "von Essen",
    "Bäck", "Hed", "Rosenqvist", "Fröberg", "Åslund", "Bylund", "Kronqvist", "Nilsén", "Ohlsson", "Ohlin",
)  # fmt: skip
# UK given names and surnames, in the order of the ONS rankings (the population as it is).
UK_F = (
    "Margaret", "Susan", "Sarah", "Elizabeth", "Helen", "Patricia", "Julie", "Karen", "Claire", "Emma",
    "Jennifer", "Mary", "Catherine", "Linda", "Jacqueline", "Christine", "Nicola", "Joanne", "Amanda", "Lisa",
    "Rachel", "Laura", "Jane", "Deborah", "Alison", "Michelle", "Louise", "Rebecca", "Kathleen", "Barbara",
    "Anne", "Gillian", "Angela", "Pauline", "Sandra", "Carol", "Janet", "Joan", "Jean", "Dorothy",
    "Hannah", "Charlotte", "Sophie", "Lucy", "Amy", "Jessica", "Emily", "Katie", "Olivia", "Chloe",
    "Gemma", "Kelly", "Victoria", "Samantha", "Stephanie", "Natalie", "Kirsty", "Donna", "Tracey", "Dawn",
    "Wendy", "Sharon", "Lorraine", "Diane", "Beverley", "Sheila", "Brenda", "Valerie", "Maureen", "Irene",
    "Ellie", "Megan", "Holly", "Georgia", "Bethany", "Lauren", "Abigail", "Grace", "Amelia", "Isla",
    "Ava", "Mia", "Poppy", "Evie", "Isabella", "Freya", "Lily", "Ruby", "Phoebe", "Millie",
    "Eleanor", "Harriet", "Alice", "Florence", "Matilda", "Rosie", "Daisy", "Sienna", "Zara", "Jasmine",
    "Fiona", "Heather", "Shirley", "Marion", "Doreen", "Jill", "Lesley", "Yvonne", "Josephine", "Frances",
    "Caroline", "Joanna", "Vicky", "Leanne", "Stacey", "Hayley", "Kerry", "Danielle", "Jade", "Carly",
    # tail
    "Imogen", "Beatrice", "Niamh", "Ciara", "Siobhan", "Aoife", "Eilidh", "Morag", "Rhiannon", "Cerys",
    "Bronwen", "Sian", "Megan-Rose", "Tallulah", "Esme", "Orla", "Maisie", "Elsie", "Edith", "Mabel",
    "Winifred", "Mavis", "Gladys", "Hilda", "Ivy", "Elspeth", "Agnes", "Hazel", "Beryl", "Sylvia",
    "Glenys", "Myfanwy", "Rosalind", "Penelope", "Philippa", "Henrietta", "Arabella", "Clementine", "Tabitha", "Octavia",
    "Felicity", "Genevieve", "Bridget", "Nuala", "Kirstin", "Shona", "Catriona", "Iona", "Skye", "Lowri",
    "Ffion", "Nia", "Seren", "Delyth", "Wendy-Ann", "Lynne", "Gail", "Elaine", "Sally", "Ruth",
    "Judith", "Janice", "Marilyn", "Rita", "Norma", "Jacquie", "Trudy", "Tanya", "Kayleigh", "Chantelle",
)  # fmt: skip
UK_M = (
    "David", "John", "Michael", "Paul", "Andrew", "Mark", "James", "Peter", "Robert", "Richard",
    "Christopher", "Stephen", "Ian", "Thomas", "William", "Daniel", "Matthew", "Simon", "Anthony", "Steven",
    "Gary", "Alan", "Kevin", "Martin", "Jonathan", "Graham", "Neil", "Brian", "Nicholas", "Philip",
    "Keith", "Colin", "Timothy", "Stuart", "Adam", "Lee", "Jason", "Darren", "Craig", "Wayne",
    "Scott", "Ben", "Benjamin", "Samuel", "Joshua", "Luke", "Jack", "Oliver", "Harry", "George",
    "Charlie", "Jacob", "Alfie", "Noah", "Oscar", "Leo", "Archie", "Freddie", "Henry", "Edward",
    "Joseph", "Ryan", "Liam", "Dean", "Shaun", "Carl", "Barry", "Terry", "Derek", "Raymond",
    "Kenneth", "Roy", "Malcolm", "Geoffrey", "Trevor", "Roger", "Dennis", "Gordon", "Frank", "Ronald",
    "Tom", "Alexander", "Callum", "Connor", "Kieran", "Jamie", "Ross", "Gareth", "Rhys", "Owen",
    "Dylan", "Ethan", "Max", "Toby", "Theo", "Arthur", "Alfred", "Harrison", "Lewis", "Reece",
    "Nathan", "Aaron", "Jordan", "Bradley", "Ashley", "Dominic", "Gavin", "Duncan", "Fraser", "Euan",
    "Hamish", "Angus", "Alistair", "Rory", "Patrick", "Sean", "Declan", "Ciaran", "Niall", "Hugh",
    # tail
    "Rupert", "Hugo", "Piers", "Giles", "Crispin", "Jeremy", "Julian", "Quentin", "Tristan", "Barnaby",
    "Cedric", "Clive", "Nigel", "Rodney", "Norman", "Cyril", "Stanley", "Wilfred", "Albert", "Ernest",
    "Herbert", "Leonard", "Reginald", "Harold", "Douglas", "Bernard", "Desmond", "Lionel", "Percy", "Walter",
    "Dafydd", "Gethin", "Emyr", "Iwan", "Huw", "Bryn", "Aled", "Tudor", "Ewan", "Murdo",
    "Lachlan", "Finlay", "Struan", "Calum", "Torquil", "Eamon", "Padraig", "Cormac", "Fergus", "Ruairi",
    "Jude", "Reuben", "Ezra", "Felix", "Louie", "Ronnie", "Tommy", "Stanley-James", "Kai", "Riley",
    "Mason", "Tyler", "Jayden", "Brandon", "Kyle", "Mitchell", "Marcus", "Elliot", "Jenson", "Rowan",
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
    "Kennedy", "Page", "Woods", "Hamilton", "Dean", "Jordan", "Reid", "Burns", "Kaye", "Gordon",
    "McDonald", "MacLeod", "MacKenzie", "Fraser", "Robertson", "Paterson", "McLean", "Sutherland", "Ross", "Munro",
    "Pritchard", "Llewellyn", "Vaughan", "Jenkins-Powell", "Bowen", "Howells", "Parry", "Pugh", "Prosser", "Meredith",
    "O'Neill", "O'Connor", "Doherty", "Quinn", "Byrne", "Gallagher", "McCarthy", "Brennan", "Flanagan", "Donnelly",
    "Ashworth", "Greenwood", "Ackroyd", "Sutcliffe", "Haworth", "Hargreaves", "Pickering", "Whitworth", "Ramsbottom", "Entwistle",
    "Trelawney", "Penrose", "Tregear", "Pascoe", "Nancarrow", "Hollis", "Fairbairn", "Ogilvie", "Featherstone", "Cartwright",
    "Fenwick", "Thwaite", "Bainbridge", "Whitfield", "Lockwood", "Pemberton", "Ainsworth", "Blackwood", "Sheridan", "Kirkpatrick",
    "Okafor", "Adeyemi", "Mensah", "Chowdhury", "Rahman", "Mistry", "Sharma", "Nguyen", "Wong", "Kowalczyk",
    "Ellwood", "Coulson", "Brockway", "Dunmore", "Fairclough", "Hemingway", "Lightfoot", "Merriman", "Norbury", "Oldfield",
)  # fmt: skip

# Origins common in Sweden: their commonest given names and surnames, in rank order (1/rank, head 10).
FI_F = ("Anna", "Maria", "Liisa", "Marja", "Tuula", "Päivi", "Ritva", "Leena", "Anneli", "Johanna", "Pirjo", "Sari", "Riitta", "Hanna", "Kaarina", "Tiina", "Eeva", "Sirpa", "Heidi", "Minna", "Aino", "Satu", "Merja", "Aili", "Raija", "Kirsi")  # fmt: skip
FI_M = ("Juha", "Timo", "Matti", "Kari", "Mikko", "Jari", "Antti", "Jukka", "Mika", "Markku", "Pekka", "Hannu", "Heikki", "Seppo", "Ville", "Janne", "Petri", "Esa", "Tapio", "Ilkka", "Pentti", "Raimo", "Veikko", "Erkki", "Aarne", "Arto")  # fmt: skip
FI_S = ("Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen")  # fmt: skip
AR_F = ("Fatima", "Maryam", "Zainab", "Noor", "Sara", "Aisha", "Hiba", "Rana", "Layla", "Huda", "Amira", "Rasha", "Yasmin", "Nour", "Lina", "Dalia", "Reem", "Shirin", "Ranya", "Mariam", "Shamiram", "Ninve", "Rima", "Hanan", "Suad", "Samira")  # fmt: skip
AR_M = ("Mohammed", "Ahmed", "Ali", "Omar", "Hassan", "Hussein", "Mustafa", "Khaled", "Ibrahim", "Yousef", "Karim", "Abdullah", "Ammar", "Bashar", "Samir", "Rami", "Tariq", "Jamal", "Firas", "Haidar", "Sargon", "Ninos", "Aram", "Gabriel", "Ashur", "Elias", "Fadi", "Georges")  # fmt: skip
AR_S = ("Ali", "Mohammed", "Ahmed", "Hassan", "Hussein", "Ibrahim", "Abdullah", "Khalil", "Saleh", "Al-Hassani", "Jasim", "Kareem", "Mahmoud", "Haddad", "Nasser", "Yousef", "Al-Obaidi", "Abbas", "Jaber", "Shamoun", "Barsoum", "Saliba", "Gabriel", "Yacoub", "Aydin", "Issa", "Khoury", "Hanna", "Isho", "Al-Tamimi")  # fmt: skip
SO_F = ("Fadumo", "Hodan", "Amina", "Sahra", "Hawa", "Asha", "Ifrah", "Khadra", "Faadumo", "Ayaan", "Nasra", "Hibo", "Sagal", "Deeqa", "Muna", "Ubah", "Idil", "Maryan", "Naima", "Layla")  # fmt: skip
SO_M = ("Mohamed", "Abdi", "Ahmed", "Abdirahman", "Hassan", "Ali", "Omar", "Abdullahi", "Yusuf", "Mahad", "Ismail", "Farah", "Abdikarim", "Said", "Liban", "Hamza", "Mukhtar", "Guled", "Bashir", "Osman")  # fmt: skip
SO_S = ("Mohamed", "Ali", "Abdi", "Ahmed", "Hassan", "Hussein", "Omar", "Farah", "Warsame", "Abdullahi", "Jama", "Osman", "Yusuf", "Aden", "Nur", "Elmi", "Ismail", "Mohamud", "Dahir", "Egal", "Hirsi", "Shire")  # fmt: skip
PL_F = ("Anna", "Katarzyna", "Maria", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna", "Magdalena", "Joanna", "Aleksandra", "Zofia", "Monika", "Beata", "Dorota", "Jadwiga", "Grażyna", "Elżbieta", "Urszula", "Justyna", "Paulina", "Marta")  # fmt: skip
PL_M = ("Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Jan", "Michał", "Marcin", "Stanisław", "Jakub", "Adam", "Marek", "Łukasz", "Grzegorz", "Mateusz", "Wojciech", "Mariusz", "Dariusz", "Zbigniew", "Józef", "Kamil", "Przemysław")  # fmt: skip
PL_S = ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Wojciechowski", "Kwiatkowski", "Krawczyk", "Kaczmarek", "Piotrowski", "Grabowski", "Zając", "Pawłowski", "Michalski", "Król", "Wieczorek", "Nowicki", "Jabłoński", "Wróbel", "Sadowski", "Zawadzki")  # fmt: skip
FA_F = ("Maryam", "Fatemeh", "Zahra", "Leila", "Shirin", "Parisa", "Nasrin", "Mina", "Roya", "Azadeh", "Sara", "Nazanin", "Golnaz", "Mahsa", "Farnaz", "Soheila", "Shahla", "Ladan", "Yasaman", "Niloufar")  # fmt: skip
FA_M = ("Ali", "Mohammad", "Reza", "Hossein", "Mehdi", "Amir", "Hamid", "Saeed", "Behzad", "Farhad", "Babak", "Kaveh", "Dariush", "Majid", "Arash", "Omid", "Payam", "Kourosh", "Shahram", "Navid")  # fmt: skip
FA_S = ("Mohammadi", "Hosseini", "Ahmadi", "Rezaei", "Moradi", "Karimi", "Jafari", "Rahimi", "Hashemi", "Mousavi", "Sadeghi", "Ghorbani", "Ebrahimi", "Kazemi", "Rostami", "Shirazi", "Tehrani", "Azizi", "Najafi", "Safavi", "Farahani", "Bagheri")  # fmt: skip
BCS_F = ("Amra", "Emina", "Ana", "Marija", "Jasmina", "Aida", "Selma", "Mirela", "Dragana", "Ivana", "Lejla", "Azra", "Snežana", "Vesna", "Jelena", "Maja", "Senada", "Mersiha", "Nermina", "Zorica", "Milica", "Sanja")  # fmt: skip
BCS_M = ("Emir", "Amir", "Adnan", "Nikola", "Marko", "Dragan", "Goran", "Zoran", "Mirza", "Haris", "Edin", "Senad", "Damir", "Nenad", "Milan", "Ivan", "Dejan", "Jasmin", "Almir", "Kemal", "Stefan", "Miloš")  # fmt: skip
BCS_S = ("Hodžić", "Hadžić", "Begić", "Delić", "Kovačević", "Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Ivanović", "Horvat", "Babić", "Mehmedović", "Hasanović", "Softić", "Alić", "Omerović", "Kurtović", "Ibrahimović", "Popović", "Stojanović", "Marić", "Jukić", "Šehić", "Husić")  # fmt: skip
TR_F = ("Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Şerife", "Zehra", "Sultan", "Hülya", "Özlem", "Derya", "Esra", "Büşra", "Gül", "Songül", "Yasemin", "Nur", "Ebru")  # fmt: skip
TR_M = ("Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Osman", "Yusuf", "Murat", "Ömer", "Ramazan", "Halil", "Süleyman", "Abdullah", "Emre", "Serkan", "Burak", "Erkan")  # fmt: skip
TR_S = ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Polat", "Korkmaz")  # fmt: skip
ER_F = ("Helen", "Senait", "Saba", "Selam", "Yordanos", "Semhar", "Luwam", "Ruth", "Winta", "Hiwet", "Feven", "Mehret", "Segen", "Tsega", "Eden", "Hanna", "Rahwa", "Aster")  # fmt: skip
ER_M = ("Yonas", "Daniel", "Samuel", "Tesfay", "Filmon", "Mehari", "Robel", "Dawit", "Yohannes", "Habtom", "Tekle", "Kidane", "Biniam", "Henok", "Amanuel", "Mussie", "Goitom", "Berhane")  # fmt: skip
ER_S = ("Tesfay", "Haile", "Tekle", "Gebremedhin", "Kidane", "Berhane", "Ghebreyesus", "Yohannes", "Mehari", "Habte", "Andemariam", "Woldu", "Tsegay", "Asmerom", "Weldemichael", "Ghirmay", "Negash", "Abraha")  # fmt: skip
AF_F = ("Fatima", "Zahra", "Maryam", "Masuma", "Nazanin", "Farzana", "Mursal", "Sabira", "Shabnam", "Laila", "Parwana", "Hadia", "Roya", "Madina", "Nilofar", "Zarifa", "Shakila", "Arezo")  # fmt: skip
AF_M = ("Mohammad", "Ahmad", "Ali", "Mustafa", "Hamid", "Reza", "Javad", "Sayed", "Abdul", "Habib", "Jawid", "Nasir", "Rahim", "Farid", "Sohrab", "Wahid", "Ibrahim", "Yasin")  # fmt: skip
AF_S = ("Ahmadi", "Hussaini", "Mohammadi", "Rahimi", "Hakimi", "Sultani", "Azizi", "Rezai", "Jafari", "Safi", "Karimi", "Noori", "Popal", "Nazari", "Amiri", "Sharifi", "Habibi", "Stanikzai")  # fmt: skip
TH_F = ("Siriporn", "Siriwan", "Malee", "Kanya", "Nok", "Ploy", "Pranee", "Sunee", "Wanida", "Nittaya", "Supaporn", "Arunee", "Lamai", "Ratana", "Jintana", "Kannika", "Porntip", "Achara")  # fmt: skip
TH_M = ("Somchai", "Somsak", "Prasert", "Sombat", "Wichai", "Boonmee", "Anan", "Chaiyaporn", "Kittisak", "Surasak", "Thanawat", "Niran", "Preecha", "Sakchai", "Weerasak", "Pichit")  # fmt: skip
TH_S = ("Saetang", "Srisuk", "Wongsa", "Chaiyasit", "Rattanakorn", "Sukprasert", "Boonyarat", "Thongchai", "Kaewmanee", "Phromma", "Sriwong", "Inthanon", "Chanthavong", "Jaidee", "Suksawat", "Pongpanich")  # fmt: skip
LA_F = ("María", "Carolina", "Claudia", "Paula", "Camila", "Valentina", "Francisca", "Daniela", "Javiera", "Fernanda", "Constanza", "Catalina", "Ximena", "Gabriela", "Verónica", "Patricia", "Marcela", "Lorena", "Soledad", "Andrea")  # fmt: skip
LA_M = ("José", "Juan", "Luis", "Carlos", "Jorge", "Francisco", "Pablo", "Sebastián", "Matías", "Diego", "Cristián", "Rodrigo", "Felipe", "Andrés", "Gonzalo", "Manuel", "Héctor", "Víctor", "Ricardo", "Alejandro")  # fmt: skip
LA_S = ("González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez", "Sepúlveda", "Morales", "Rodríguez", "López", "Fuentes", "Hernández", "Torres", "Araya", "Flores", "Espinoza", "Valenzuela", "Castillo", "Tapia", "Reyes", "Gutiérrez", "Castro", "Vargas")  # fmt: skip
KU_F = ("Shilan", "Rojin", "Berfin", "Dilan", "Zilan", "Avin", "Jiyan", "Nazdar", "Hevin", "Bahar", "Delal", "Ronak", "Sozdar", "Gulistan", "Sirwa", "Rezan", "Helin", "Newroz")  # fmt: skip
KU_M = ("Aras", "Azad", "Dilshad", "Rebin", "Karwan", "Shwan", "Hiwa", "Dara", "Serhat", "Rizgar", "Bakhtiar", "Soran", "Zana", "Sherko", "Kawa", "Berzan", "Baran", "Hozan")  # fmt: skip
KU_S = ("Ahmad", "Mohammed", "Abdullah", "Karim", "Rasul", "Aziz", "Mahmud", "Hamad", "Barzani", "Talabani", "Saleh", "Qadir", "Amin", "Bakr", "Faraj", "Osman", "Zebari", "Hawrami")  # fmt: skip
UA_F = ("Olena", "Tetiana", "Iryna", "Natalia", "Svitlana", "Oksana", "Yulia", "Kateryna", "Anastasiia", "Olha", "Maryna", "Viktoriia", "Halyna", "Liudmyla", "Daria", "Sofiia")  # fmt: skip
UA_M = ("Oleksandr", "Serhii", "Andrii", "Volodymyr", "Mykola", "Dmytro", "Ivan", "Oleh", "Yurii", "Vasyl", "Viktor", "Bohdan", "Taras", "Maksym", "Petro", "Artem")  # fmt: skip
UA_S = ("Melnyk", "Shevchenko", "Boiko", "Kovalenko", "Bondarenko", "Tkachenko", "Kovalchuk", "Kravchenko", "Oliinyk", "Shevchuk", "Koval", "Polishchuk", "Bondar", "Tkachuk", "Moroz", "Marchenko", "Lysenko", "Rudenko")  # fmt: skip
IN_F = ("Priya", "Anjali", "Pooja", "Neha", "Sunita", "Kavita", "Deepa", "Lakshmi", "Divya", "Shreya", "Ananya", "Meera", "Swati", "Aishwarya", "Rekha", "Nandini")  # fmt: skip
IN_M = ("Rahul", "Amit", "Rajesh", "Suresh", "Vijay", "Arjun", "Sanjay", "Ravi", "Anil", "Karthik", "Vikram", "Rohit", "Aditya", "Pradeep", "Srinivas", "Manoj")  # fmt: skip
IN_S = ("Kumar", "Sharma", "Singh", "Patel", "Reddy", "Gupta", "Rao", "Iyer", "Nair", "Shah", "Joshi", "Mehta", "Verma", "Menon", "Pillai", "Agarwal", "Krishnan", "Desai")  # fmt: skip
US_F = (("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.98), ("Elizabeth", 0.937), ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794), ("Margaret", 0.768), ("Dorothy", 0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667), ("Betty", 0.666), ("Helen", 0.663), ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565), ("Ruth", 0.562), ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.51), ("Sarah", 0.508), ("Kimberly", 0.504), ("Deborah", 0.494), ("Jessica", 0.49), ("Shirley", 0.482), ("Cynthia", 0.469), ("Angela", 0.468), ("Melissa", 0.462), ("Brenda", 0.455), ("Amy", 0.451), ("Anna", 0.44), ("Rebecca", 0.43), ("Virginia", 0.43), ("Kathleen", 0.424), ("Pamela", 0.416), ("Martha", 0.412), ("Debra", 0.408), ("Amanda", 0.404), ("Stephanie", 0.4), ("Carolyn", 0.385), ("Christine", 0.382), ("Marie", 0.379), ("Janet", 0.379), ("Catherine", 0.373), ("Frances", 0.37), ("Ann", 0.364), ("Joyce", 0.364), ("Diane", 0.359), ("Alice", 0.357), ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336), ("Doris", 0.335), ("Gloria", 0.335), ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315), ("Mildred", 0.313), ("Katherine", 0.313), ("Joan", 0.306), ("Ashley", 0.303), ("Judith", 0.297), ("Rose", 0.296), ("Janice", 0.285), ("Kelly", 0.283), ("Nicole", 0.281), ("Judy", 0.276), ("Christina", 0.275), ("Kathy", 0.272), ("Theresa", 0.271), ("Beverly", 0.267), ("Denise", 0.264), ("Tammy", 0.259), ("Irene", 0.252), ("Jane", 0.25), ("Lori", 0.248), ("Rachel", 0.242), ("Marilyn", 0.241), ("Andrea", 0.236), ("Kathryn", 0.234), ("Louise", 0.229), ("Sara", 0.229), ("Anne", 0.228), ("Jacqueline", 0.228), ("Wanda", 0.226), ("Bonnie", 0.223), ("Julia", 0.223), ("Ruby", 0.221), ("Lois", 0.22), ("Tina", 0.22), ("Phyllis", 0.219), ("Norma", 0.218), ("Paula", 0.217), ("Diana", 0.216), ("Annie", 0.216), ("Lillian", 0.211), ("Emily", 0.208), ("Robin", 0.208), ("Peggy", 0.208), ("Crystal", 0.207), ("Gladys", 0.205), ("Rita", 0.204), ("Dawn", 0.202), ("Connie", 0.2), ("Florence", 0.2), ("Tracy", 0.197), ("Edna", 0.197), ("Tiffany", 0.195), ("Carmen", 0.195), ("Rosa", 0.194), ("Cindy", 0.192), ("Grace", 0.189), ("Wendy", 0.185), ("Victoria", 0.18), ("Edith", 0.179), ("Kim", 0.178), ("Sherry", 0.178), ("Sylvia", 0.177), ("Josephine", 0.177), ("Thelma", 0.175), ("Shannon", 0.175), ("Sheila", 0.175), ("Ethel", 0.174), ("Ellen", 0.173), ("Elaine", 0.173), ("Marjorie", 0.173), ("Carrie", 0.171), ("Charlotte", 0.169), ("Monica", 0.166), ("Esther", 0.166), ("Pauline", 0.165), ("Emma", 0.165), ("Juanita", 0.164), ("Anita", 0.162), ("Rhonda", 0.162), ("Hazel", 0.161), ("Amber", 0.16), ("Eva", 0.159), ("Debbie", 0.157), ("April", 0.154), ("Leslie", 0.154), ("Clara", 0.153), ("Lucille", 0.153), ("Jamie", 0.153), ("Joanne", 0.15), ("Eleanor", 0.15), ("Valerie", 0.149), ("Danielle", 0.149), ("Megan", 0.147), ("Alicia", 0.146), ("Suzanne", 0.145), ("Michele", 0.145), ("Gail", 0.145), ("Bertha", 0.143), ("Darlene", 0.142), ("Veronica", 0.142), ("Jill", 0.142), ("Erin", 0.141), ("Geraldine", 0.141), ("Lauren", 0.137), ("Cathy", 0.137), ("Joann", 0.136), ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135), ("Regina", 0.133), ("Erica", 0.13), ("Beatrice", 0.13), ("Dolores", 0.129), ("Bernice", 0.128), ("Audrey", 0.127), ("Yvonne", 0.126), ("Annette", 0.125), ("June", 0.125), ("Samantha", 0.124), ("Marion", 0.122), ("Dana", 0.122), ("Stacy", 0.121), ("Ana", 0.12), ("Renee", 0.12), ("Ida", 0.118), ("Vivian", 0.118), ("Roberta", 0.117), ("Holly", 0.117), ("Brittany", 0.117), ("Melanie", 0.116), ("Loretta", 0.115), ("Yolanda", 0.115), ("Jeanette", 0.115), ("Laurie", 0.114), ("Katie", 0.113), ("Kristen", 0.111), ("Vanessa", 0.111), ("Alma", 0.111), ("Sue", 0.111), ("Elsie", 0.11), ("Beth", 0.11), ("Jeanne", 0.109), ("Vicki", 0.109), ("Carla", 0.107), ("Tara", 0.107), ("Rosemary", 0.107), ("Eileen", 0.105), ("Terri", 0.105), ("Gertrude", 0.103), ("Lucy", 0.103), ("Tonya", 0.102), ("Ella", 0.101), ("Stacey", 0.101), ("Wilma", 0.099), ("Gina", 0.099), ("Kristin", 0.099), ("Jessie", 0.098), ("Natalie", 0.098), ("Agnes", 0.098), ("Vera", 0.098), ("Willie", 0.097), ("Charlene", 0.097), ("Bessie", 0.096), ("Delores", 0.095), ("Melinda", 0.094), ("Pearl", 0.094), ("Arlene", 0.094), ("Maureen", 0.092), ("Colleen", 0.092), ("Allison", 0.092), ("Tamara", 0.092), ("Joy", 0.091), ("Georgia", 0.091), ("Constance", 0.091), ("Lillie", 0.09), ("Claudia", 0.09), ("Jackie", 0.09), ("Marcia", 0.09), ("Tanya", 0.089), ("Nellie", 0.089), ("Minnie", 0.089), ("Marlene", 0.088), ("Heidi", 0.088), ("Glenda", 0.088), ("Lydia", 0.086), ("Viola", 0.086), ("Courtney", 0.086), ("Marian", 0.086), ("Stella", 0.085), ("Caroline", 0.085), ("Dora", 0.084), ("Jo", 0.083), ("Vickie", 0.082), ("Mattie", 0.081), ("Terry", 0.08), ("Maxine", 0.079), ("Irma", 0.079), ("Mabel", 0.078), ("Marsha", 0.078), ("Myrtle", 0.078), ("Lena", 0.077), ("Christy", 0.077), ("Deanna", 0.076), ("Patsy", 0.076), ("Hilda", 0.075), ("Gwendolyn", 0.074), ("Jennie", 0.073), ("Nora", 0.073), ("Margie", 0.072), ("Nina", 0.072), ("Cassandra", 0.072), ("Leah", 0.072), ("Penny", 0.071), ("Kay", 0.071), ("Priscilla", 0.071), ("Naomi", 0.071), ("Carole", 0.071), ("Brandy", 0.07), ("Olga", 0.07), ("Billie", 0.069), ("Dianne", 0.069), ("Tracey", 0.069), ("Leona", 0.069), ("Jenny", 0.068), ("Felicia", 0.068), ("Sonia", 0.068), ("Miriam", 0.066), ("Velma", 0.066), ("Becky", 0.066), ("Bobbie", 0.065), ("Violet", 0.065), ("Kristina", 0.065), ("Toni", 0.064), ("Misty", 0.063), ("Mae", 0.063), ("Shelly", 0.062), ("Daisy", 0.062), ("Ramona", 0.062), ("Sherri", 0.062), ("Erika", 0.061), ("Katrina", 0.061), ("Claire", 0.061), ("Lindsey", 0.06), ("Lindsay", 0.06), ("Geneva", 0.059), ("Guadalupe", 0.059), ("Belinda", 0.059), ("Margarita", 0.059), ("Sheryl", 0.059), ("Cora", 0.058), ("Faye", 0.058), ("Ada", 0.057), ("Natasha", 0.057), ("Sabrina", 0.057), ("Isabel", 0.057), ("Marguerite", 0.056), ("Hattie", 0.056), ("Harriet", 0.056), ("Molly", 0.055), ("Cecilia", 0.055), ("Kristi", 0.055), ("Brandi", 0.055), ("Blanche", 0.055), ("Sandy", 0.055), ("Rosie", 0.055), ("Joanna", 0.055), ("Iris", 0.055), ("Eunice", 0.054), ("Angie", 0.054), ("Inez", 0.053), ("Lynda", 0.053), ("Madeline", 0.052), ("Amelia", 0.052), ("Alberta", 0.052), ("Genevieve", 0.051), ("Monique", 0.051), ("Jodi", 0.051), ("Janie", 0.051), ("Maggie", 0.051), ("Kayla", 0.051), ("Sonya", 0.051), ("Jan", 0.051), ("Lee", 0.051), ("Kristine", 0.051), ("Candace", 0.051), ("Fannie", 0.05), ("Maryann", 0.05), ("Opal", 0.05), ("Alison", 0.05), ("Yvette", 0.05), ("Melody", 0.05), ("Luz", 0.049), ("Susie", 0.049), ("Olivia", 0.049), ("Flora", 0.049), ("Shelley", 0.049), ("Kristy", 0.048), ("Mamie", 0.048), ("Lula", 0.048), ("Lola", 0.048), ("Verna", 0.048), ("Beulah", 0.048), ("Antoinette", 0.048), ("Candice", 0.046), ("Juana", 0.046), ("Jeannette", 0.046), ("Pam", 0.046), ("Kelli", 0.046), ("Hannah", 0.045), ("Whitney", 0.045), ("Bridget", 0.045), ("Karla", 0.044), ("Celia", 0.044), ("Latoya", 0.043), ("Patty", 0.043), ("Shelia", 0.043), ("Gayle", 0.043), ("Della", 0.043), ("Vicky", 0.043), ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042))  # fmt: skip

US_M = (("James", 3.318), ("John", 3.271), ("Robert", 3.143), ("Michael", 2.629), ("William", 2.451), ("David", 2.363), ("Richard", 1.703), ("Charles", 1.523), ("Joseph", 1.404), ("Thomas", 1.38), ("Christopher", 1.035), ("Daniel", 0.974), ("Paul", 0.948), ("Mark", 0.938), ("Donald", 0.931), ("George", 0.927), ("Kenneth", 0.826), ("Steven", 0.78), ("Edward", 0.779), ("Brian", 0.736), ("Ronald", 0.725), ("Anthony", 0.721), ("Kevin", 0.671), ("Jason", 0.66), ("Matthew", 0.657), ("Gary", 0.65), ("Timothy", 0.64), ("Jose", 0.613), ("Larry", 0.598), ("Jeffrey", 0.591), ("Frank", 0.581), ("Scott", 0.546), ("Eric", 0.544), ("Stephen", 0.54), ("Andrew", 0.537), ("Raymond", 0.488), ("Gregory", 0.441), ("Joshua", 0.435), ("Jerry", 0.432), ("Dennis", 0.415), ("Walter", 0.399), ("Patrick", 0.389), ("Peter", 0.381), ("Harold", 0.371), ("Douglas", 0.367), ("Henry", 0.365), ("Carl", 0.346), ("Arthur", 0.335), ("Ryan", 0.328), ("Roger", 0.322), ("Joe", 0.321), ("Juan", 0.316), ("Jack", 0.315), ("Albert", 0.314), ("Jonathan", 0.313), ("Justin", 0.311), ("Terry", 0.311), ("Gerald", 0.309), ("Keith", 0.308), ("Samuel", 0.306), ("Willie", 0.302), ("Ralph", 0.282), ("Lawrence", 0.282), ("Nicholas", 0.275), ("Roy", 0.273), ("Benjamin", 0.27), ("Bruce", 0.263), ("Brandon", 0.26), ("Adam", 0.259), ("Harry", 0.251), ("Fred", 0.251), ("Wayne", 0.249), ("Billy", 0.248), ("Steve", 0.246), ("Louis", 0.243), ("Jeremy", 0.242), ("Aaron", 0.24), ("Randy", 0.232), ("Howard", 0.23), ("Eugene", 0.23), ("Carlos", 0.229), ("Russell", 0.224), ("Bobby", 0.223), ("Victor", 0.222), ("Martin", 0.216), ("Ernest", 0.215), ("Phillip", 0.213), ("Todd", 0.213), ("Jesse", 0.209), ("Craig", 0.206), ("Alan", 0.204), ("Shawn", 0.2), ("Clarence", 0.197), ("Sean", 0.197), ("Philip", 0.197), ("Chris", 0.197), ("Johnny", 0.195), ("Earl", 0.193), ("Jimmy", 0.191), ("Antonio", 0.19), ("Danny", 0.19), ("Bryan", 0.19), ("Tony", 0.19), ("Luis", 0.189), ("Mike", 0.189), ("Stanley", 0.186), ("Leonard", 0.186), ("Nathan", 0.185), ("Dale", 0.184), ("Manuel", 0.181), ("Rodney", 0.18), ("Curtis", 0.18), ("Norman", 0.177), ("Allen", 0.174), ("Marvin", 0.171), ("Vincent", 0.168), ("Glenn", 0.167), ("Jeffery", 0.166), ("Travis", 0.166), ("Jeff", 0.166), ("Chad", 0.165), ("Jacob", 0.165), ("Lee", 0.162), ("Melvin", 0.162), ("Alfred", 0.162), ("Kyle", 0.16), ("Francis", 0.16), ("Bradley", 0.159), ("Jesus", 0.155), ("Herbert", 0.155), ("Frederick", 0.154), ("Ray", 0.153), ("Joel", 0.152), ("Edwin", 0.148), ("Don", 0.145), ("Eddie", 0.144), ("Ricky", 0.141), ("Troy", 0.138), ("Randall", 0.138), ("Barry", 0.134), ("Alexander", 0.132), ("Bernard", 0.127), ("Mario", 0.125), ("Leroy", 0.125), ("Francisco", 0.124), ("Marcus", 0.124), ("Micheal", 0.123), ("Theodore", 0.123), ("Clifford", 0.123), ("Miguel", 0.122), ("Oscar", 0.122), ("Jay", 0.118), ("Jim", 0.118), ("Tom", 0.117), ("Calvin", 0.115), ("Alex", 0.115), ("Jon", 0.115), ("Ronnie", 0.113), ("Bill", 0.112), ("Lloyd", 0.112), ("Tommy", 0.112), ("Leon", 0.112), ("Derek", 0.112), ("Warren", 0.11), ("Darrell", 0.108), ("Jerome", 0.108), ("Floyd", 0.107), ("Leo", 0.106), ("Alvin", 0.105), ("Tim", 0.104), ("Wesley", 0.104), ("Gordon", 0.104), ("Dean", 0.104), ("Greg", 0.104), ("Jorge", 0.104), ("Dustin", 0.103), ("Pedro", 0.103), ("Derrick", 0.103), ("Dan", 0.101), ("Lewis", 0.099), ("Zachary", 0.099), ("Corey", 0.098), ("Herman", 0.097), ("Maurice", 0.097), ("Vernon", 0.097), ("Roberto", 0.097), ("Clyde", 0.095), ("Glen", 0.094), ("Hector", 0.094), ("Shane", 0.093), ("Ricardo", 0.093), ("Sam", 0.092), ("Rick", 0.091), ("Lester", 0.091), ("Brent", 0.09), ("Ramon", 0.09), ("Charlie", 0.09), ("Tyler", 0.089), ("Gilbert", 0.089), ("Gene", 0.087), ("Marc", 0.087), ("Reginald", 0.084), ("Ruben", 0.082), ("Brett", 0.082), ("Angel", 0.082), ("Nathaniel", 0.081), ("Rafael", 0.081), ("Leslie", 0.081), ("Edgar", 0.08), ("Milton", 0.08), ("Raul", 0.079), ("Ben", 0.078), ("Chester", 0.078), ("Cecil", 0.078), ("Duane", 0.077), ("Franklin", 0.077), ("Andre", 0.076), ("Elmer", 0.074), ("Brad", 0.073), ("Gabriel", 0.073), ("Ron", 0.072), ("Mitchell", 0.072), ("Roland", 0.072), ("Arnold", 0.072), ("Harvey", 0.072), ("Jared", 0.071), ("Adrian", 0.069), ("Karl", 0.069), ("Cory", 0.068), ("Claude", 0.068), ("Erik", 0.068), ("Darryl", 0.067), ("Jamie", 0.066), ("Neil", 0.066), ("Jessie", 0.065), ("Christian", 0.065), ("Javier", 0.065), ("Fernando", 0.065), ("Clinton", 0.065), ("Ted", 0.064), ("Mathew", 0.064), ("Tyrone", 0.064), ("Darren", 0.064), ("Lonnie", 0.064), ("Lance", 0.063), ("Cody", 0.063), ("Julio", 0.063), ("Kelly", 0.063), ("Kurt", 0.062), ("Allan", 0.061), ("Nelson", 0.061), ("Guy", 0.06), ("Clayton", 0.06), ("Hugh", 0.06), ("Max", 0.059), ("Dwayne", 0.059), ("Dwight", 0.058), ("Armando", 0.058), ("Felix", 0.058), ("Jimmie", 0.058), ("Everett", 0.057), ("Jordan", 0.056), ("Ian", 0.056), ("Wallace", 0.056), ("Ken", 0.055), ("Bob", 0.055), ("Jaime", 0.055), ("Casey", 0.054), ("Alfredo", 0.054), ("Alberto", 0.053), ("Dave", 0.053), ("Ivan", 0.053), ("Johnnie", 0.052), ("Sidney", 0.052), ("Byron", 0.052), ("Julian", 0.052), ("Isaac", 0.051), ("Morris", 0.051), ("Clifton", 0.05), ("Willard", 0.05), ("Daryl", 0.05), ("Ross", 0.05), ("Virgil", 0.049), ("Andy", 0.049), ("Marshall", 0.049), ("Salvador", 0.049), ("Perry", 0.049), ("Kirk", 0.049), ("Sergio", 0.049), ("Marion", 0.048), ("Tracy", 0.048), ("Seth", 0.048), ("Kent", 0.048), ("Terrance", 0.048), ("Rene", 0.048), ("Eduardo", 0.047), ("Terrence", 0.047), ("Enrique", 0.046), ("Freddie", 0.046), ("Wade", 0.045), ("Austin", 0.044), ("Stuart", 0.044), ("Fredrick", 0.043), ("Arturo", 0.043), ("Alejandro", 0.043), ("Jackie", 0.043), ("Joey", 0.043), ("Nick", 0.043), ("Luther", 0.043), ("Wendell", 0.042), ("Jeremiah", 0.042), ("Evan", 0.042), ("Julius", 0.042), ("Dana", 0.042), ("Donnie", 0.041), ("Otis", 0.041), ("Shannon", 0.04), ("Trevor", 0.04), ("Oliver", 0.04), ("Luke", 0.04), ("Homer", 0.04), ("Gerard", 0.04), ("Doug", 0.04), ("Kenny", 0.039), ("Hubert", 0.039), ("Angelo", 0.039), ("Shaun", 0.039), ("Lyle", 0.038), ("Matt", 0.038), ("Lynn", 0.038), ("Alfonso", 0.038), ("Orlando", 0.037), ("Rex", 0.037), ("Carlton", 0.037), ("Ernesto", 0.037), ("Cameron", 0.037), ("Neal", 0.037), ("Pablo", 0.036), ("Lorenzo", 0.036), ("Omar", 0.036), ("Wilbur", 0.036), ("Blake", 0.036), ("Grant", 0.036), ("Horace", 0.036), ("Roderick", 0.036), ("Kerry", 0.036), ("Abraham", 0.035), ("Willis", 0.035), ("Rickey", 0.035), ("Jean", 0.035), ("Ira", 0.035), ("Andres", 0.034), ("Cesar", 0.034), ("Johnathan", 0.034), ("Malcolm", 0.034), ("Rudolph", 0.034), ("Damon", 0.034), ("Kelvin", 0.034), ("Rudy", 0.034), ("Preston", 0.034), ("Alton", 0.033), ("Archie", 0.033), ("Marco", 0.033), ("Wm", 0.033), ("Pete", 0.032), ("Randolph", 0.032), ("Garry", 0.032), ("Geoffrey", 0.032), ("Jonathon", 0.032), ("Felipe", 0.032), ("Bennie", 0.032), ("Gerardo", 0.032), ("Ed", 0.032), ("Dominic", 0.032), ("Robin", 0.032), ("Loren", 0.032), ("Delbert", 0.031), ("Colin", 0.031), ("Guillermo", 0.031), ("Earnest", 0.031))  # fmt: skip

US_S = (("Smith", 1.006), ("Johnson", 0.81), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621), ("Davis", 0.48), ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor", 0.311), ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.31), ("White", 0.279), ("Harris", 0.275), ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254), ("Martinez", 0.234), ("Robinson", 0.233), ("Clark", 0.231), ("Rodriguez", 0.229), ("Lewis", 0.226), ("Lee", 0.22), ("Walker", 0.219), ("Hall", 0.2), ("Allen", 0.199), ("Young", 0.193), ("Hernandez", 0.192), ("King", 0.19), ("Wright", 0.189), ("Lopez", 0.187), ("Hill", 0.187), ("Scott", 0.185), ("Green", 0.183), ("Adams", 0.174), ("Baker", 0.171), ("Gonzalez", 0.166), ("Nelson", 0.162), ("Carter", 0.162), ("Mitchell", 0.16), ("Perez", 0.155), ("Roberts", 0.153), ("Turner", 0.152), ("Phillips", 0.149), ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141), ("Edwards", 0.137), ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.13), ("Morris", 0.125), ("Rogers", 0.123), ("Reed", 0.122), ("Cook", 0.12), ("Morgan", 0.118), ("Bell", 0.117), ("Murphy", 0.117), ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper", 0.113), ("Richardson", 0.112), ("Cox", 0.11), ("Howard", 0.11), ("Ward", 0.108), ("Torres", 0.108), ("Peterson", 0.107), ("Gray", 0.106), ("Ramirez", 0.105), ("James", 0.105), ("Watson", 0.103), ("Brooks", 0.103), ("Kelly", 0.102), ("Sanders", 0.1), ("Price", 0.099), ("Bennett", 0.099), ("Wood", 0.098), ("Barnes", 0.097), ("Ross", 0.096), ("Henderson", 0.095), ("Coleman", 0.095), ("Jenkins", 0.095), ("Perry", 0.094), ("Powell", 0.093), ("Long", 0.092), ("Patterson", 0.092), ("Hughes", 0.092), ("Flores", 0.092), ("Washington", 0.092), ("Butler", 0.091), ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales", 0.087), ("Bryant", 0.087), ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084), ("Diaz", 0.084), ("Hayes", 0.083), ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082), ("Graham", 0.082), ("Sullivan", 0.081), ("Wallace", 0.081), ("Woods", 0.08), ("Cole", 0.08), ("West", 0.08), ("Jordan", 0.078), ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077), ("Ellis", 0.077), ("Harrison", 0.076), ("Gibson", 0.075), ("McDonald", 0.075), ("Cruz", 0.075), ("Marshall", 0.075), ("Ortiz", 0.075), ("Gomez", 0.075), ("Murray", 0.074), ("Freeman", 0.074), ("Wells", 0.073), ("Webb", 0.072), ("Simpson", 0.07), ("Stevens", 0.07), ("Tucker", 0.07), ("Porter", 0.069), ("Hunter", 0.069), ("Hicks", 0.069), ("Crawford", 0.068), ("Henry", 0.068), ("Boyd", 0.068), ("Mason", 0.068), ("Morales", 0.067), ("Kennedy", 0.067), ("Warren", 0.067), ("Dixon", 0.066), ("Ramos", 0.066), ("Reyes", 0.066), ("Burns", 0.065), ("Gordon", 0.065), ("Shaw", 0.065), ("Holmes", 0.065), ("Rice", 0.064), ("Robertson", 0.064), ("Hunt", 0.063), ("Black", 0.063), ("Daniels", 0.062), ("Palmer", 0.062), ("Mills", 0.061), ("Nichols", 0.06), ("Grant", 0.06), ("Knight", 0.06), ("Ferguson", 0.059), ("Rose", 0.059), ("Stone", 0.059), ("Hawkins", 0.059), ("Dunn", 0.058), ("Perkins", 0.058), ("Hudson", 0.058), ("Spencer", 0.057), ("Gardner", 0.057), ("Stephens", 0.057), ("Payne", 0.057), ("Pierce", 0.056), ("Berry", 0.056), ("Matthews", 0.056), ("Arnold", 0.056), ("Wagner", 0.055), ("Willis", 0.055), ("Ray", 0.055), ("Watkins", 0.055), ("Olson", 0.055), ("Carroll", 0.055), ("Duncan", 0.055), ("Snyder", 0.055), ("Hart", 0.054), ("Cunningham", 0.054), ("Bradley", 0.054), ("Lane", 0.054), ("Andrews", 0.054), ("Ruiz", 0.054), ("Harper", 0.054), ("Fox", 0.053), ("Riley", 0.053), ("Armstrong", 0.053), ("Carpenter", 0.053), ("Weaver", 0.053), ("Greene", 0.053), ("Lawrence", 0.052), ("Elliott", 0.052), ("Chavez", 0.052), ("Sims", 0.052), ("Austin", 0.052), ("Peters", 0.052), ("Kelley", 0.052), ("Franklin", 0.051), ("Lawson", 0.051), ("Fields", 0.051), ("Gutierrez", 0.051), ("Ryan", 0.051), ("Schmidt", 0.051), ("Carr", 0.051), ("Vasquez", 0.051), ("Castillo", 0.051), ("Wheeler", 0.051), ("Chapman", 0.05), ("Oliver", 0.05), ("Montgomery", 0.049), ("Richards", 0.049), ("Williamson", 0.049), ("Johnston", 0.049), ("Banks", 0.048), ("Meyer", 0.048), ("Bishop", 0.048), ("McCoy", 0.048), ("Howell", 0.048), ("Alvarez", 0.048), ("Morrison", 0.048), ("Hansen", 0.047), ("Fernandez", 0.047), ("Garza", 0.047), ("Harvey", 0.047), ("Little", 0.046), ("Burton", 0.046), ("Stanley", 0.046), ("Nguyen", 0.046), ("George", 0.046), ("Jacobs", 0.046), ("Reid", 0.046), ("Kim", 0.045), ("Fuller", 0.045), ("Lynch", 0.045), ("Dean", 0.045), ("Gilbert", 0.045), ("Garrett", 0.045), ("Romero", 0.045), ("Welch", 0.044), ("Larson", 0.044), ("Frazier", 0.044), ("Burke", 0.044), ("Hanson", 0.043), ("Day", 0.043), ("Mendoza", 0.043), ("Moreno", 0.043), ("Bowman", 0.043), ("Medina", 0.042), ("Fowler", 0.042), ("Brewer", 0.042), ("Hoffman", 0.042), ("Carlson", 0.042), ("Silva", 0.042), ("Pearson", 0.042), ("Holland", 0.042), ("Douglas", 0.041), ("Fleming", 0.041), ("Jensen", 0.041), ("Vargas", 0.041), ("Byrd", 0.041), ("Davidson", 0.041), ("Hopkins", 0.041), ("May", 0.04), ("Terry", 0.04), ("Herrera", 0.04), ("Wade", 0.04), ("Soto", 0.04), ("Walters", 0.04), ("Curtis", 0.04), ("Neal", 0.039), ("Caldwell", 0.039), ("Lowe", 0.039), ("Jennings", 0.039), ("Barnett", 0.039), ("Graves", 0.039), ("Jimenez", 0.039), ("Horton", 0.039), ("Shelton", 0.039), ("Barrett", 0.039), ("O'Brien", 0.039), ("Castro", 0.039), ("Sutton", 0.038), ("Gregory", 0.038), ("McKinney", 0.038), ("Lucas", 0.038), ("Miles", 0.038), ("Craig", 0.038), ("Rodriquez", 0.037), ("Chambers", 0.037), ("Holt", 0.037), ("Lambert", 0.037), ("Fletcher", 0.037), ("Watts", 0.037), ("Bates", 0.037), ("Hale", 0.037), ("Rhodes", 0.037), ("Pena", 0.037), ("Beck", 0.037), ("Newman", 0.036), ("Haynes", 0.036), ("McDaniel", 0.036), ("Mendez", 0.036), ("Bush", 0.036), ("Vaughn", 0.036), ("Parks", 0.035), ("Dawson", 0.035), ("Santiago", 0.035), ("Norris", 0.035), ("Hardy", 0.035), ("Love", 0.035), ("Steele", 0.035), ("Curry", 0.035), ("Powers", 0.035), ("Schultz", 0.035), ("Barker", 0.035), ("Guzman", 0.034), ("Page", 0.034), ("Munoz", 0.034), ("Ball", 0.034), ("Keller", 0.034), ("Chandler", 0.034), ("Weber", 0.034), ("Leonard", 0.034), ("Walsh", 0.033), ("Lyons", 0.033), ("Ramsey", 0.033), ("Wolfe", 0.033), ("Schneider", 0.033), ("Mullins", 0.033), ("Benson", 0.033), ("Sharp", 0.033), ("Bowen", 0.033), ("Daniel", 0.033), ("Barber", 0.032), ("Cummings", 0.032), ("Hines", 0.032), ("Baldwin", 0.032), ("Griffith", 0.032), ("Valdez", 0.032), ("Hubbard", 0.032), ("Salazar", 0.032), ("Reeves", 0.032), ("Warner", 0.031), ("Stevenson", 0.031), ("Burgess", 0.031), ("Santos", 0.031), ("Tate", 0.031), ("Cross", 0.031), ("Garner", 0.031), ("Mann", 0.031), ("Mack", 0.031), ("Moss", 0.031), ("Thornton", 0.031), ("Dennis", 0.031), ("McGee", 0.031), ("Farmer", 0.03), ("Delgado", 0.03), ("Aguilar", 0.03), ("Vega", 0.03), ("Glover", 0.03), ("Manning", 0.03), ("Cohen", 0.03), ("Harmon", 0.03), ("Rodgers", 0.03), ("Robbins", 0.03), ("Newton", 0.03), ("Todd", 0.03), ("Blair", 0.03), ("Higgins", 0.03), ("Ingram", 0.03), ("Reese", 0.03), ("Cannon", 0.03), ("Strickland", 0.03), ("Townsend", 0.03), ("Potter", 0.03), ("Goodwin", 0.03), ("Walton", 0.03), ("Rowe", 0.029), ("Hampton", 0.029), ("Ortega", 0.029), ("Patton", 0.029), ("Swanson", 0.029), ("Joseph", 0.029), ("Francis", 0.029), ("Goodman", 0.029), ("Maldonado", 0.029), ("Yates", 0.029), ("Becker", 0.029), ("Erickson", 0.029), ("Hodges", 0.029), ("Rios", 0.029), ("Conner", 0.029), ("Adkins", 0.029), ("Webster", 0.028), ("Norman", 0.028), ("Malone", 0.028), ("Hammond", 0.028), ("Flowers", 0.028), ("Cobb", 0.028), ("Moody", 0.028), ("Quinn", 0.028), ("Blake", 0.028), ("Maxwell", 0.028), ("Pope", 0.028), ("Floyd", 0.027), ("Osborne", 0.027), ("Paul", 0.027), ("McCarthy", 0.027), ("Guerrero", 0.027), ("Lindsey", 0.027), ("Estrada", 0.027), ("Sandoval", 0.027), ("Gibbs", 0.027), ("Tyler", 0.027), ("Gross", 0.027), ("Fitzgerald", 0.027), ("Stokes", 0.027), ("Doyle", 0.027), ("Sherman", 0.027))  # fmt: skip


ORIGINS = {
    "swedish": Origin(ranked(SV_F, 150), ranked(SV_M, 150), ranked(SV_S, 150)),
    "us": Origin(weighted(US_F, 150), weighted(US_M, 150), weighted(US_S, 150)),
    "uk": Origin(ranked(UK_F, 120), ranked(UK_M, 120), ranked(UK_S, 150)),
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

# Who is named, per language of the row: roughly as Sweden's population is, Swedish the most.
MIXES = {
    "sv": {
        "swedish": 68, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5, "somali": 2,
        "kurdish": 1.5, "turkish": 1.5, "afghan": 1.5, "eritrean": 1.2, "ukrainian": 1.2, "thai": 1,
        "latin": 1, "indian": 0.8, "uk": 0.8, "us": 0.6,
    },
    "en": {
        "us": 38, "uk": 36, "swedish": 10, "indian": 4, "arabic": 2, "polish": 2, "latin": 2, "finnish": 1,
        "somali": 1, "persian": 1, "turkish": 1, "bcs": 1, "thai": 0.8, "ukrainian": 0.8, "eritrean": 0.5,
        "afghan": 0.5, "kurdish": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 10, "arabic": 5, "finnish": 3, "polish": 3, "persian": 2.5, "bcs": 2.5,
        "indian": 2, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5, "afghan": 1.2, "ukrainian": 1.2,
        "eritrean": 1, "thai": 1, "latin": 1,
    },
}  # fmt: skip

# Short forms people go by, per origin (a given name -> its common short forms).
NICKNAMES = {
    "swedish": {
        "Lars": ["Lasse"], "Mikael": ["Micke"], "Karl": ["Kalle"], "Per": ["Pelle", "Pära"],
        "Joakim": ["Jocke"], "Johan": ["Jocke", "Jojje"], "Anders": ["Affe"], "Jan": ["Janne"],
        "Thomas": ["Tompa"], "Tomas": ["Tompa"], "Magnus": ["Mange"], "Marcus": ["Mackan"],
        "Markus": ["Mackan"], "Fredrik": ["Fredde"], "Christer": ["Kicke"], "Stefan": ["Steffe"],
        "Göran": ["Göte"], "Gustav": ["Gurra"], "Kristoffer": ["Krille"], "Kristian": ["Krille"],
        "Patrik": ["Patte"], "Daniel": ["Danne"], "Niklas": ["Nicke"], "Robert": ["Robban"],
        "Tobias": ["Tobbe"], "Sebastian": ["Sebbe"], "Alexander": ["Alex", "Acke"], "Carl": ["Calle"],
        "Olof": ["Olle"], "Bengt": ["Bengan"], "Torbjörn": ["Tobbe"], "Håkan": ["Håkke"],
        "Elisabeth": ["Lisa", "Lisbeth", "Betty"], "Margareta": ["Maggan", "Greta"], "Birgitta": ["Bittan", "Gittan", "Birgit"],
        "Kristina": ["Stina", "Kickan"], "Christina": ["Kicki", "Stina"], "Katarina": ["Kattis", "Kajsa"],
        "Charlotta": ["Lotta"], "Charlotte": ["Lotta"], "Susanne": ["Sussie"], "Helena": ["Lena"],
        "Elisabet": ["Lisa"], "Ingegerd": ["Inger"], "Viktoria": ["Vickan"], "Victoria": ["Vickan"],
        "Madeleine": ["Madde"], "Madelene": ["Madde"], "Gunilla": ["Gullan"], "Ann-Christin": ["Anki"],
        "Annika": ["Anki"], "Barbro": ["Babbe"], "Elsa": ["Elsie"], "Josefin": ["Jossan"], "Therese": ["Tessan"],
        "Matilda": ["Tilda"], "Caroline": ["Caro"], "Karolina": ["Karro"], "Sofia": ["Soffi"], "Camilla": ["Millan"],
    },
    "uk": {
        "Margaret": ["Maggie", "Peggy"], "Elizabeth": ["Liz", "Beth", "Lizzie"], "Catherine": ["Kate", "Cathy"],
        "Jennifer": ["Jen", "Jenny"], "Rebecca": ["Becky"], "Victoria": ["Vicky"], "Samantha": ["Sam"],
        "Deborah": ["Debbie"], "Patricia": ["Trish", "Pat"], "Christine": ["Chris"], "Susan": ["Sue"],
        "William": ["Will", "Bill"], "Robert": ["Rob", "Bob"], "Richard": ["Rich", "Dick"], "Michael": ["Mike", "Mick"],
        "Christopher": ["Chris"], "Stephen": ["Steve"], "Anthony": ["Tony"], "James": ["Jim", "Jamie"],
        "Thomas": ["Tom"], "Nicholas": ["Nick"], "Andrew": ["Andy", "Drew"], "Edward": ["Ed", "Ted"],
        "Benjamin": ["Ben"], "Alexander": ["Alex"], "Matthew": ["Matt"], "Daniel": ["Dan", "Danny"],
        "Philip": ["Phil"], "Timothy": ["Tim"], "Jonathan": ["Jon"], "Joseph": ["Joe"], "Samuel": ["Sam"],
        "Kenneth": ["Ken"], "Ronald": ["Ron"], "Geoffrey": ["Geoff"], "Harold": ["Harry"], "Alfred": ["Alf"],
        "Eleanor": ["Ellie", "Nell"], "Abigail": ["Abby"], "Josephine": ["Jo"], "Frances": ["Fran"],
    },
    "us": {
        "Elizabeth": ["Liz", "Beth", "Betsy"], "Jennifer": ["Jen", "Jenny"], "Patricia": ["Patty", "Pat"],
        "Margaret": ["Peggy", "Meg"], "Katherine": ["Kate", "Katie"], "Kimberly": ["Kim"], "Deborah": ["Debbie"],
        "Rebecca": ["Becky"], "Cynthia": ["Cindy"], "Susan": ["Sue", "Suzy"], "Christina": ["Tina"],
        "William": ["Bill", "Will", "Billy"], "Robert": ["Bob", "Rob", "Bobby"], "Richard": ["Rick", "Dick"],
        "Michael": ["Mike"], "Christopher": ["Chris"], "James": ["Jim", "Jimmy"], "Joseph": ["Joe"],
        "Thomas": ["Tom"], "Charles": ["Charlie", "Chuck"], "Daniel": ["Dan", "Danny"], "Anthony": ["Tony"],
        "Steven": ["Steve"], "Edward": ["Ed", "Eddie"], "Ronald": ["Ron"], "Timothy": ["Tim"],
        "Gregory": ["Greg"], "Jeffrey": ["Jeff"], "Matthew": ["Matt"], "Nicholas": ["Nick"],
        "Benjamin": ["Ben"], "Samuel": ["Sam"], "Raymond": ["Ray"], "Douglas": ["Doug"], "Donald": ["Don"],
    },
    "finnish": {"Matti": ["Masa"], "Juha": ["Jussi"], "Markku": ["Make"], "Johanna": ["Hanna"]},
    "polish": {"Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"], "Aleksandra": ["Ola"], "Krzysztof": ["Krzysiek"], "Tomasz": ["Tomek"], "Paweł": ["Pawełek"]},
    "latin": {"Francisco": ["Pancho"], "José": ["Pepe"], "Francisca": ["Pancha"]},
    "arabic": {"Mohammed": ["Mo", "Hamoudi"], "Abdullah": ["Abdu"]},
}  # fmt: skip
