# ruff: noqa: E501
"""Name pools of held-out GL (issue 15): names as the population has them, by origin and weight.

Written from general knowledge by GL's writer, who read no other set's names and checked none of
these against rung's lexicons: no name was kept or left out for being known or unknown to the
detector. Swedish given names and surnames follow the order of SCB's name statistics (weight
1/rank, the top 150 the head, rarer names past them the tail); the US lists are the Census 1990
files `dist.female.first`, `dist.male.first` and `dist.all.last` (public domain, copied from the
`names` package installed in the project's venv, the census per cent as weight, head 150); the UK
lists follow the order of the ONS rankings (1/rank); the origins common in Sweden have their
commonest given names and surnames, 1/rank, head 10. `MIXES` says who is named in each language;
`NICKNAMES` gives short forms by origin.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
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


def unique(names: Sequence[str]) -> tuple[str, ...]:
    """The names in order, each once (a name written twice keeps its first rank)."""
    seen: set[str] = set()
    out: list[str] = []
    for name in names:
        if name not in seen:
            seen.add(name)
            out.append(name)
    return tuple(out)


def ranked(names: Sequence[str], head: int) -> Pool:
    """A list in rank order, weight 1/rank."""
    kept = unique(names)
    return Pool(kept, tuple(1 / (i + 1) for i in range(len(kept))), min(head, len(kept)))


def census(rows: Sequence[tuple[str, float]], head: int) -> Pool:
    """A census list with its per cent as weight."""
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


SPECIAL = str.maketrans({"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "İ": "I", "ø": "o", "æ": "ae", "ß": "ss"})  # fmt: skip


def plain(word: str) -> str:
    """The word typed without its letters: `Wiśniewski` -> `Wisniewski`, `Yılmaz` -> `Yilmaz`."""
    decomposed = unicodedata.normalize("NFD", word.translate(SPECIAL))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski`/`-cki`/`-dzki` -> `-ska`/`-cka`/`-dzka`, `-ny` -> `-na`."""
    if surname.endswith(("ski", "cki", "dzki")):
        return surname[:-1] + "a"
    if surname.endswith("ny"):
        return surname[:-1] + "a"
    return surname


# Sweden, in the order of SCB's statistics of names borne (women's, men's given names, surnames).
SV_F = (
    # head: the top 150
    "Anna", "Eva", "Maria", "Karin", "Kristina", "Lena", "Sara", "Kerstin", "Emma", "Ingrid",
    "Marie", "Malin", "Jenny", "Hanna", "Birgitta", "Inger", "Annika", "Linda", "Susanne", "Elin",
    "Monica", "Ulla", "Johanna", "Sofia", "Carina", "Elisabeth", "Julia", "Helena", "Ida", "Camilla",
    "Anneli", "Katarina", "Ebba", "Cecilia", "Åsa", "Gunilla", "Anette", "Margareta", "Agneta", "Maja",
    "Sandra", "Elsa", "Lisa", "Alice", "Emelie", "Ulrika", "Linnéa", "Therese", "Frida", "Amanda",
    "Siv", "Barbro", "Matilda", "Caroline", "Moa", "Wilma", "Ella", "Klara", "Josefin", "Ellen",
    "Lina", "Charlotte", "Jessica", "Mona", "Yvonne", "Ann", "Pia", "Elisabet", "Britt", "Louise",
    "Madeleine", "Agnes", "Stina", "Emilia", "Astrid", "Ingela", "Lisbeth", "Ann-Christin", "Gun", "Marianne",
    "Gunnel", "Viktoria", "Sofie", "Ann-Marie", "Rebecka", "Olivia", "Alva", "Felicia", "Vera", "Selma",
    "Saga", "Nora", "Tilda", "Ronja", "Elvira", "Greta", "Märta", "Ester", "Signe", "Ingegerd",
    "Margit", "Irene", "Berit", "Carolina", "Isabelle", "Lovisa", "Sanna", "Jennie", "Linn", "Tove",
    "Nathalie", "Evelina", "Alexandra", "Petra", "Marita", "Marina", "Veronica", "Anita", "Gerd", "Britt-Marie",
    "Kristin", "Sonja", "Ingeborg", "Hedvig", "Sigrid", "Tuva", "Isabella", "Molly", "Thea", "Lilly",
    "Stella", "Freja", "Nellie", "Tyra", "Edith", "Maj", "Iris", "Leah", "Elina", "Maud",
    "Inga", "Solveig", "Ylva", "Birgit", "Eva-Lena", "Lotta", "Emilie", "Josefine", "Mikaela", "Jeanette",
    # tail: rarer names past the top 150
    "Rut", "Dagmar", "Majken", "Gudrun", "Aina", "Alma", "Ines", "Elise", "Juni", "Livia",
    "Luna", "Mila", "Lova", "Cornelia", "Hilda", "Elsie", "Ingalill", "Gunvor", "Gunhild", "Ragnhild",
    "Svea", "Tora", "Vivianne", "Vivi", "Laila", "Lillemor", "Lill", "Mariana", "Marlene", "Mia",
    "My", "Nina", "Nicole", "Paulina", "Pernilla", "Regina", "Rakel", "Ruth", "Sabina", "Stephanie",
    "Susann", "Tina", "Tanja", "Therése", "Ulrica", "Vendela", "Viola", "Wivi", "Yasmin", "Zara",
    "Anna-Karin", "Anna-Lena", "Ann-Sofie", "Anna-Maria", "Eva-Karin", "Marie-Louise", "Ann-Louise", "Ann-Charlotte", "Britt-Inger", "Kajsa",
    "Melina", "Meja", "Milla", "Siri", "Smilla", "Tindra", "Vilma", "Agda", "Alfhild", "Annelie",
    "Asta", "Beatrice", "Bodil", "Carin", "Catarina", "Christina", "Daniela", "Dorotea", "Elinor", "Emmy",
    "Ewa", "Fanny", "Filippa", "Gabriella", "Gisela", "Göta", "Hillevi", "Irma", "Jill", "Josefina",
    "Julie", "Kim", "Kristine", "Lea", "Liselotte", "Lisette", "Liv", "Lydia", "Madelene", "Magdalena",
    "Malva", "Margot", "Marit", "Martina", "Mira", "Märit", "Nadja", "Natalie", "Olga", "Ottilia",
    "Rebecca", "Rosa", "Rose-Marie", "Selina", "Signhild", "Sofi", "Stefanie", "Ulla-Britt", "Valborg", "Wilhelmina",
    "Åse", "Estelle", "Tekla", "Hjördis", "Elna", "Ingegärd", "Karolina", "Katrin", "Linnea", "Majvor",
    "Margaretha", "Nanna", "Nelly", "Ninni", "Sigbritt", "Sylvia", "Terese", "Viveka", "Vivian", "Yrsa",
    "Ann-Kristin", "Ann-Katrin", "Eva-Britt", "Inga-Lill", "Maj-Britt", "Alicia", "Amelia", "Aurora", "Emelia", "Hedda",
    "Lilja", "Lykke", "Nova", "Tilde", "Vanja", "Vilda", "Fatima", "Maryam", "Amina", "Leila",
    "Ebba-Lena", "Gunbritt", "Birgitta-Maria", "Anneliese", "Charlotta", "Christin", "Cristina", "Désirée", "Elvy", "Erika",
    "Evy", "Frideborg", "Gull-Britt", "Harriet", "Ingrid-Marie", "Ingvor", "Irja", "Jannike", "Jasmine", "Karolin",
    "Kerstin-Maria", "Lisen", "Louisa", "Malou", "Mathilda", "Minna", "Mirjam", "Monika", "Pauline", "Ronya",
    "Sally", "Saida", "Sussie", "Tanya", "Ulla-Karin", "Vivan", "Wendela", "Zelma", "Ellinor", "Annmari",
)  # fmt: skip
SV_M = (
    # head: the top 150
    "Lars", "Mikael", "Anders", "Johan", "Per", "Erik", "Karl", "Peter", "Jan", "Thomas",
    "Daniel", "Fredrik", "Hans", "Andreas", "Stefan", "Mats", "Magnus", "Marcus", "Mattias", "Bengt",
    "Jonas", "Alexander", "Bo", "Göran", "Oskar", "Nils", "Martin", "Leif", "Björn", "Ulf",
    "Sven", "David", "Kjell", "Christer", "Henrik", "Simon", "Viktor", "Gustav", "Lennart", "Rolf",
    "Patrik", "Emil", "Roger", "Robert", "Filip", "Niklas", "Christoffer", "Tommy", "Åke", "Sebastian",
    "Anton", "Joakim", "Rickard", "William", "Lucas", "Hugo", "Oliver", "Elias", "Adam", "Ingemar",
    "Johannes", "Jonathan", "Axel", "Kent", "Stig", "Roland", "Tobias", "Håkan", "Jakob", "Kenneth",
    "Claes", "Olof", "Gunnar", "Ola", "Linus", "Isak", "Liam", "Alfred", "Emanuel", "Tomas",
    "Rasmus", "Jesper", "Dan", "Jörgen", "Arne", "Gösta", "Robin", "Jimmy", "Dennis", "Kurt",
    "Bertil", "Ludvig", "Carl", "Ali", "Mohammed", "Noah", "Theo", "Albin", "Edvin", "Hampus",
    "Samuel", "Pontus", "Johnny", "Sune", "Rune", "Ove", "Torbjörn", "Vincent", "Leo", "Melvin",
    "Ivar", "Gabriel", "Benjamin", "Elliot", "Arvid", "Sixten", "Harry", "Charlie", "Alvin", "Viggo",
    "Frank", "Love", "Valter", "Colin", "Olle", "Lukas", "Felix", "Wilhelm", "Mohamed", "Ahmed",
    "Kevin", "Joel", "Max", "Egon", "Ingvar", "Krister", "Conny", "Lars-Erik", "Karl-Erik", "Per-Olof",
    "Jan-Erik", "Urban", "Bernt", "Morgan", "Glenn", "Tony", "Kristoffer", "Markus", "Mathias", "Stellan",
    # tail: rarer names past the top 150
    "Allan", "Alf", "Algot", "Arnold", "Artur", "Assar", "August", "Birger", "Bror", "Börje",
    "Casper", "Christian", "Curt", "Elof", "Elis", "Enar", "Erling", "Evert", "Folke", "Fritz",
    "Georg", "Gert", "Gottfrid", "Gustaf", "Harald", "Helge", "Herbert", "Hilding", "Holger", "Inge",
    "Ingmar", "Ivan", "Jens", "Jerker", "Jon", "Josef", "Kalle", "Kennet", "Knut", "Konrad",
    "Lage", "Loke", "Malte", "Manfred", "Mauritz", "Nicklas", "Noel", "Oscar", "Osvald", "Otto",
    "Patric", "Paul", "Petter", "Ragnar", "Reidar", "Reine", "Rikard", "Roine", "Ronny", "Rudolf",
    "Sam", "Sigvard", "Staffan", "Sten", "Sture", "Sölve", "Tage", "Tore", "Torsten", "Ture",
    "Uno", "Valdemar", "Vilgot", "Vilhelm", "Yngve", "Östen", "Bo-Göran", "Carl-Johan", "Hans-Erik", "Jan-Olof",
    "Karl-Johan", "Lars-Göran", "Nils-Erik", "Per-Anders", "Sven-Erik", "Lars-Olof", "Adrian", "Alex", "Aron", "Ebbe",
    "Edward", "Eddie", "Elton", "Emir", "Frans", "Gideon", "Hannes", "Henry", "Idris", "Isac",
    "Jack", "Jacob", "Joar", "John", "Julius", "Kian", "Leon", "Levi", "Loui", "Malcolm",
    "Matheo", "Milo", "Mio", "Neo", "Noa", "Omar", "Ossian", "Rafael", "Sigge", "Teodor",
    "Tim", "Vidar", "Vide", "Wilmer", "Yusuf", "Zakaria", "Benny", "Christopher", "Dag", "Dick",
    "Einar", "Fabian", "Gerhard", "Jimmie", "Jonny", "Kaj", "Kristian", "Marco", "Michael", "Mohammad",
    "Hassan", "Hussein", "Ibrahim", "Mustafa", "Niclas", "Nicolas", "Peder", "Pehr", "Pierre", "Richard",
    "Roy", "Sverker", "Thor", "Tor", "Torgny", "Torvald", "Ulrik", "Örjan", "Ante", "Bengt-Göran",
    "Carl-Axel", "Carl-Gustaf", "Claes-Göran", "Clas", "Erland", "Halvar", "Hjalmar", "Jarl", "Jean", "Jöns",
    "Karl-Gustav", "Kjell-Åke", "Lars-Åke", "Leopold", "Lorentz", "Mårten", "Natanael", "Nore", "Olav", "Ragnvald",
    "Runar", "Samir", "Seth", "Walter", "Waldemar", "Werner", "Anders-Petter", "Gunder", "Lennarth", "Sivert",
    "Bo-Erik", "Per-Erik", "Sven-Olof", "Stig-Arne", "Tor-Björn", "Ulf-Peter", "Åke-Göran", "Björn-Ola", "Carl-Magnus", "Jan-Åke",
    "Arvo", "Birk", "Casimir", "Edgar", "Einar-Olof", "Folke-Erik", "Gillis", "Greger", "Hilmer", "Ingolf",
)  # fmt: skip
SV_SURNAMES = (
    # head: the top 150
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson",
    "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Lindström",
    "Olofsson", "Lindqvist", "Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren", "Lundqvist",
    "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg", "Ali", "Wallin", "Mohammed",
    "Engström", "Eklund", "Danielsson", "Lundin", "Håkansson", "Björk", "Bergman", "Gunnarsson", "Holm", "Wikström",
    "Samuelsson", "Isaksson", "Fransson", "Bergqvist", "Nyström", "Holmberg", "Arvidsson", "Löfgren", "Söderberg", "Nyberg",
    "Blomqvist", "Claesson", "Nordström", "Ahmed", "Mårtensson", "Lundström", "Hassan", "Viklund", "Björklund", "Eliasson",
    "Pålsson", "Berggren", "Sandström", "Lund", "Nordin", "Ström", "Åberg", "Falk", "Ekström", "Hermansson",
    "Holmgren", "Hellström", "Dahlberg", "Hedlund", "Sundberg", "Sjögren", "Ek", "Blom", "Abrahamsson", "Martinsson",
    "Öberg", "Andreasson", "Strömberg", "Månsson", "Hansen", "Åkesson", "Dahl", "Lindholm", "Norberg", "Holmqvist",
    "Mohamed", "Jensen", "Sundström", "Ekman", "Nordqvist", "Hedberg", "Sjöström", "Omar", "Johnsson", "Nyman",
    "Lindell", "Hussein", "Lindahl", "Jonasson", "Söderström", "Wiklund", "Lindblom", "Ibrahim", "Strand", "Åström",
    "Karlström", "Ottosson", "Nordlund", "Björkman", "Sundqvist", "Lindén", "Ekberg", "Bäckström", "Friberg", "Augustsson",
    "Ivarsson", "Sandén", "Hedman", "Westerberg", "Stenberg", "Sjödin", "Engberg", "Forslund", "Edlund", "Boström",
    "Gustavsson", "Kristiansson", "Adolfsson", "Lindkvist", "Malmberg", "Petersson", "Carlsson", "Eklöf", "Lundkvist", "Söderlund",
    # tail: rarer names past the top 150
    "Göransson", "Törnqvist", "Ljungberg", "Abdi", "Abdullah", "Ahlberg", "Ahlgren", "Alm", "Almqvist", "Andersen",
    "Aronsson", "Backlund", "Backman", "Bergdahl", "Bergkvist", "Berglöf", "Blomberg", "Blomgren", "Bodin", "Borg",
    "Brandt", "Broberg", "Burman", "Bylund", "Byström", "Carlberg", "Carlén", "Cederberg", "Dahlgren", "Dahlqvist",
    "Dahlström", "Ekholm", "Ekvall", "Elfving", "Eng", "Engdahl", "Englund", "Falck", "Fagerström", "Fernström",
    "Fors", "Forsgren", "Forsman", "Frisk", "Gran", "Granberg", "Granlund", "Granström", "Grönberg", "Grönlund",
    "Gullberg", "Hagberg", "Hagström", "Hallberg", "Hammar", "Hammarström", "Hedin", "Hedström", "Hellberg", "Hellman",
    "Hjalmarsson", "Holmström", "Hult", "Hultgren", "Hultman", "Höglund", "Jacobsson", "Johannesson", "Kjellberg", "Klasson",
    "Kvist", "Lagerqvist", "Larsen", "Lilja", "Liljegren", "Linde", "Lindeberg", "Lindroth", "Ljung", "Ljunggren",
    "Lundell", "Lundmark", "Lövgren", "Malm", "Malmqvist", "Melin", "Moberg", "Modig", "Molin", "Nordgren",
    "Nordén", "Nordmark", "Norén", "Norling", "Nylander", "Nylund", "Näslund", "Olausson", "Olander", "Palm",
    "Palmqvist", "Pihl", "Quist", "Rask", "Roos", "Rosén", "Rosenberg", "Rosengren", "Rydberg", "Rydén",
    "Sandgren", "Selin", "Sjölund", "Skoglund", "Sköld", "Stark", "Sten", "Stenström", "Strandberg", "Ståhl",
    "Svedberg", "Svärd", "Söder", "Sörensen", "Thorén", "Thulin", "Wahlberg", "Wahlström", "Wall", "Wallén",
    "Wennberg", "Westin", "Westman", "Wik", "Zetterberg", "Åkerlund", "Åkerman", "Åslund", "Öhman", "Östberg",
    "Östlund", "Bergh", "Frid", "Gren", "Rehn", "Sahlin", "Sundin", "Tell", "Vestin", "Yusuf",
    "von Sydow", "af Klintberg", "De Geer", "von Essen", "Lagerlöf", "Hammarskjöld", "Oxenstierna", "Stiernhielm", "af Ekenstam", "von Schéele",
    "Ahlin", "Alfredsson", "Alvarsson", "Ågren", "Bjurström", "Bolin", "Brännström", "Dahlin", "Edberg", "Edström",
    "Ekelund", "Enqvist", "Fält", "Gerdin", "Hägg", "Häggström", "Holst", "Hägglund", "Isaksen", "Jarl",
    "Kronberg", "Lagerström", "Lantz", "Larsén", "Lindmark", "Lundblad", "Mellberg", "Nordenskiöld", "Nordh", "Norrman",
    "Ohlsson", "Persdotter", "Rapp", "Renström", "Rudberg", "Sandvik", "Sjökvist", "Spångberg", "Stålberg", "Sundell",
    "Svahn", "Tengvall", "Thelin", "Tidström", "Unger", "Vallin", "Wärn", "Ylander", "Zackrisson", "Örn",
)  # fmt: skip

# The UK, in the order of the ONS rankings (names borne across ages).
UK_F = (
    "Sarah", "Emma", "Claire", "Nicola", "Lisa", "Rachel", "Laura", "Emily", "Jessica", "Charlotte",
    "Sophie", "Amy", "Hannah", "Rebecca", "Lucy", "Olivia", "Amelia", "Grace", "Chloe", "Katie",
    "Jennifer", "Helen", "Susan", "Karen", "Julie", "Elizabeth", "Margaret", "Louise", "Victoria", "Samantha",
    "Joanne", "Kelly", "Michelle", "Gemma", "Jade", "Holly", "Ellie", "Megan", "Lauren", "Georgia",
    "Isla", "Ava", "Mia", "Poppy", "Ella", "Lily", "Evie", "Isabella", "Freya", "Daisy",
    "Alice", "Florence", "Phoebe", "Ruby", "Sienna", "Matilda", "Rosie", "Scarlett", "Willow", "Harriet",
    "Eleanor", "Abigail", "Zoe", "Natalie", "Stephanie", "Kirsty", "Leanne", "Donna", "Tracey", "Deborah",
    "Catherine", "Caroline", "Angela", "Alison", "Patricia", "Jacqueline", "Carol", "Christine", "Janet", "Gillian",
    "Wendy", "Pauline", "Lorraine", "Sharon", "Dawn", "Jane", "Anne", "Mary", "Joan", "Barbara",
    "Sandra", "Linda", "Kathleen", "Maureen", "Brenda", "Sheila", "Valerie", "Shirley", "Jean", "Fiona",
    "Kerry", "Hayley", "Danielle", "Jodie", "Amber", "Bethany", "Caitlin", "Molly", "Imogen", "Jasmine",
    "Maisie", "Erin", "Niamh", "Aimee", "Naomi", "Leah", "Anna", "Esme", "Heidi", "Thea",
    "Maya", "Layla", "Aria", "Ivy", "Rosa", "Maryam", "Aisha", "Fatima", "Zara", "Hollie",
    # tail past the head of 130
    "Paige", "Courtney", "Shannon", "Kayleigh", "Stacey", "Melissa", "Eilidh", "Morag", "Catriona", "Siobhan",
    "Bronwen", "Rhiannon", "Carys", "Ffion", "Seren", "Cerys", "Gwen", "Mabel", "Edith", "Elsie",
    "Violet", "Beatrice", "Iris", "Nancy", "Betty", "Doris", "Dorothy", "Hilda", "Gladys", "Vera",
    "Marjorie", "Irene", "Audrey", "Beryl", "Sylvia", "Muriel", "Rita", "Eileen", "Josephine", "Penelope",
    "Philippa", "Clare", "Tamsin", "Jemima", "Araminta", "Felicity", "Hermione", "Tabitha", "Lydia", "Ottilie",
    "Marnie", "Nell", "Orla", "Cara", "Tilly", "Millie", "Lacey", "Summer", "Skye", "Robyn",
    "Toni", "Lindsay", "Kimberley", "Jenna", "Nadia", "Priya", "Sana", "Amara", "Ayesha", "Sadia",
    "Harleen", "Simran", "Precious", "Chantelle", "Tia", "Bryony", "Lowri", "Megan-Rose", "Ruth", "Miriam",
)  # fmt: skip
UK_M = (
    "David", "John", "Paul", "Mark", "James", "Andrew", "Michael", "Peter", "Robert", "Stephen",
    "Richard", "Christopher", "Daniel", "Matthew", "Thomas", "William", "Oliver", "Harry", "Jack", "George",
    "Noah", "Charlie", "Jacob", "Alfie", "Freddie", "Oscar", "Leo", "Archie", "Joshua", "Henry",
    "Samuel", "Joseph", "Benjamin", "Luke", "Adam", "Ryan", "Jamie", "Liam", "Craig", "Lee",
    "Darren", "Gary", "Simon", "Martin", "Neil", "Ian", "Kevin", "Stuart", "Jason", "Anthony",
    "Alan", "Brian", "Graham", "Keith", "Colin", "Kenneth", "Barry", "Philip", "Nigel", "Trevor",
    "Terry", "Derek", "Malcolm", "Roger", "Geoffrey", "Clive", "Dean", "Carl", "Wayne", "Shaun",
    "Scott", "Ross", "Callum", "Connor", "Kieran", "Jordan", "Bradley", "Aaron", "Nathan", "Ben",
    "Sam", "Tom", "Dylan", "Ethan", "Lewis", "Reece", "Tyler", "Owen", "Rhys", "Jake",
    "Max", "Theo", "Arthur", "Muhammad", "Mohammed", "Edward", "Alexander", "Isaac", "Harrison", "Logan",
    "Finley", "Toby", "Sebastian", "Louis", "Elliot", "Rory", "Hugo", "Albert", "Reuben", "Frederick",
    "Jonathan", "Tim", "Nicholas", "Patrick", "Gordon", "Douglas", "Raymond", "Ronald", "Frank", "Stanley",
    "Harold", "Ernest", "Leonard", "Dennis", "Roy", "Norman", "Gareth", "Dafydd", "Alistair", "Hamish",
    # tail past the head of 130
    "Fraser", "Euan", "Niall", "Declan", "Sean", "Ciaran", "Aidan", "Kyle", "Jay", "Ashley",
    "Dale", "Russell", "Glen", "Vincent", "Jeremy", "Julian", "Rupert", "Giles", "Hugh", "Ralph",
    "Alasdair", "Angus", "Murdo", "Iain", "Gregor", "Rhodri", "Iwan", "Emyr", "Gethin", "Aled",
    "Cormac", "Padraig", "Eoin", "Fergus", "Lachlan", "Ruaridh", "Cameron", "Blair", "Struan", "Torquil",
    "Bernard", "Cyril", "Wilfred", "Herbert", "Percy", "Reginald", "Cecil", "Horace", "Clifford", "Leslie",
    "Crispin", "Jasper", "Barnaby", "Tristan", "Benedict", "Felix", "Rufus", "Otis", "Ezra", "Arlo",
    "Kai", "Zac", "Jenson", "Tommy", "Bobby", "Ronnie", "Teddy", "Reggie", "Ollie", "Alfred",
    "Imran", "Rizwan", "Tariq", "Hassan", "Omar", "Ravi", "Sanjay", "Arjun", "Kwame", "Chidi",
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
    "Sullivan", "Randall", "Brewer", "Mellor", "Whittaker", "Ashworth", "Greenwood", "Sutcliffe", "Pickering", "Haworth",
    "Postlethwaite", "Entwistle", "Ackroyd", "Thwaite", "Fairclough", "Crossley", "Butterworth", "Cartwright", "Wainwright", "Ramsbottom",
    "MacLeod", "MacKenzie", "Fraser", "Sinclair", "Cunningham", "Ferguson", "Munro", "Gunn", "Urquhart", "Drummond",
    "Llewellyn", "Pritchett", "Vaughan", "Bowen", "Powell-Jones", "Prosser", "Meredith", "Howells", "Gwynne", "Madoc",
    "Nolan", "Quinn", "Gallagher", "Doherty", "Kavanagh", "Brennan", "Fitzgerald", "Maguire", "Devlin", "Keane",
    "Chaudhry", "Mahmood", "Iqbal", "Akhtar", "Rahman", "Mistry", "Chauhan", "Sandhu", "Okafor", "Mensah",
    "Nowak", "Kowalski", "Costa", "Silva", "Rossi", "Chen", "Wong", "Nguyen", "Tait", "Dyer",
)  # fmt: skip

# Origins common in Sweden: their commonest given names and surnames, in rank order, head 10.
FINNISH = (
    ("Marja", "Anneli", "Tuula", "Pirjo", "Sirpa", "Riitta", "Leena", "Päivi", "Anja", "Eila", "Kaarina", "Hannele", "Liisa", "Marjatta", "Tiina", "Satu", "Minna", "Sari", "Merja", "Aino", "Eeva", "Ritva", "Seija", "Tarja", "Arja", "Raija", "Outi", "Katja", "Terhi", "Heli"),
    ("Juha", "Timo", "Matti", "Kari", "Mikko", "Jari", "Antti", "Jukka", "Markku", "Pekka", "Hannu", "Heikki", "Seppo", "Ari", "Jorma", "Pentti", "Esa", "Veikko", "Raimo", "Tapio", "Ilkka", "Kalevi", "Erkki", "Petri", "Sami", "Janne", "Tuomas", "Ville", "Olli", "Toni"),
    ("Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen", "Hyvönen", "Leinonen", "Hiltunen", "Kallio"),
)  # fmt: skip
ARABIC = (  # Iraq, Syria, Lebanon and Palestine, with Assyrian/Syriac names
    ("Fatima", "Maryam", "Zainab", "Noor", "Sara", "Hiba", "Rania", "Layla", "Amal", "Huda", "Rana", "Dina", "Yasmin", "Aya", "Lina", "Reem", "Samira", "Nadia", "Hala", "Mariam", "Shamiran", "Ninva", "Nahrin", "Atour", "Hanan", "Suad", "Ghada", "Rasha", "Widad", "Sawsan"),
    ("Mohammed", "Ahmed", "Ali", "Hassan", "Hussein", "Omar", "Ibrahim", "Mustafa", "Khaled", "Yousef", "Mahmoud", "Abdullah", "Karim", "Sami", "Ammar", "Haider", "Bassam", "Tariq", "Ziad", "Rami", "Fadi", "Jamal", "Nabil", "Walid", "Samir", "Adnan", "Sargon", "Ninos", "Afram", "Yakob", "Aziz", "Malki"),
    ("Ali", "Mohammed", "Ahmed", "Hassan", "Hussein", "Ibrahim", "Abdullah", "Saleh", "Khalil", "Jaber", "Haddad", "Yousef", "Mahmoud", "Al-Hassan", "Al-Ali", "Abbas", "Kareem", "Salem", "Nasser", "Hamid", "Mansour", "Kadhim", "Jassim", "Rashid", "Shamoun", "Barsoum", "Gabriel", "Isa", "Saliba", "Malke", "Lahdo", "Denho", "Shabo", "Toma", "Daoud", "Elias"),
)  # fmt: skip
SOMALI = (
    ("Fadumo", "Hodan", "Amina", "Khadra", "Sahra", "Hawa", "Ayan", "Ifrah", "Nasra", "Sagal", "Hibo", "Deeqa", "Ubah", "Asha", "Maryan", "Muna", "Zamzam", "Idil", "Ilhan", "Ladan", "Sucaad", "Samsam", "Ikran", "Hamdi"),
    ("Mohamed", "Abdi", "Ahmed", "Abdullahi", "Ali", "Hassan", "Omar", "Yusuf", "Ismail", "Mahad", "Abdirahman", "Abdikarim", "Hussein", "Said", "Farah", "Bashir", "Liban", "Osman", "Jama", "Mustafe", "Abdiaziz", "Hamza", "Khalid", "Nuur", "Guled"),
    ("Mohamed", "Ali", "Ahmed", "Hassan", "Abdi", "Omar", "Hussein", "Yusuf", "Abdullahi", "Ismail", "Farah", "Warsame", "Osman", "Jama", "Nur", "Aden", "Abdirahman", "Hersi", "Elmi", "Dahir", "Mohamud", "Said", "Egal", "Gedi", "Awale", "Abdulle", "Hirsi", "Mahamud"),
)  # fmt: skip
POLISH = (
    ("Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna", "Magdalena", "Elżbieta", "Joanna", "Aleksandra", "Monika", "Zofia", "Teresa", "Danuta", "Natalia", "Karolina", "Marta", "Beata", "Dorota", "Justyna", "Paulina", "Jolanta", "Iwona", "Grażyna", "Agata", "Halina", "Alicja", "Weronika", "Izabela"),
    ("Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Jan", "Michał", "Marcin", "Jakub", "Adam", "Marek", "Łukasz", "Grzegorz", "Mateusz", "Wojciech", "Mariusz", "Dariusz", "Zbigniew", "Maciej", "Rafał", "Kamil", "Robert", "Józef", "Szymon", "Jacek", "Kacper", "Bartosz", "Sławomir", "Przemysław", "Artur"),
    ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Wojciechowski", "Kwiatkowski", "Krawczyk", "Kaczmarek", "Piotrowski", "Grabowski", "Zając", "Pawłowski", "Michalski", "Król", "Wieczorek", "Jabłoński", "Wróbel", "Nowakowski", "Majewski", "Olszewski", "Stępień", "Malinowski", "Jaworski", "Adamczyk", "Dudek", "Nowicki", "Zawadzki", "Konieczny"),
)  # fmt: skip
PERSIAN = (
    ("Maryam", "Fatemeh", "Zahra", "Sara", "Narges", "Leila", "Shirin", "Mina", "Nasrin", "Parisa", "Azadeh", "Roya", "Mahnaz", "Farah", "Neda", "Samira", "Nazanin", "Shabnam", "Golnaz", "Parvin", "Soheila", "Mitra", "Elham", "Bahar", "Negar", "Taraneh", "Ladan", "Atefeh"),
    ("Mohammad", "Ali", "Reza", "Hossein", "Mehdi", "Amir", "Hamid", "Saeed", "Majid", "Hassan", "Morteza", "Ahmad", "Mahmoud", "Behrouz", "Dariush", "Kourosh", "Babak", "Farhad", "Parviz", "Jamshid", "Arash", "Omid", "Navid", "Kaveh", "Siavash", "Payam", "Ramin", "Shahram"),
    ("Mohammadi", "Hosseini", "Ahmadi", "Rezaei", "Moradi", "Karimi", "Jafari", "Rahimi", "Hashemi", "Mousavi", "Sadeghi", "Ghorbani", "Heidari", "Kazemi", "Rostami", "Ebrahimi", "Azizi", "Nazari", "Amini", "Akbari", "Rahmani", "Bagheri", "Tehrani", "Shirazi", "Esfahani", "Kermani", "Farahani", "Naderi", "Soltani", "Asadi", "Mirzaei", "Nouri", "Yazdani"),
)  # fmt: skip
BCS = (  # Bosnian, Serbian, Croatian
    ("Amra", "Emina", "Lejla", "Aida", "Selma", "Amela", "Jasmina", "Mirela", "Senada", "Azra", "Elma", "Ajla", "Ana", "Marija", "Jelena", "Ivana", "Vesna", "Snežana", "Dragana", "Mirjana", "Jasna", "Sanja", "Maja", "Nina", "Tijana", "Milica", "Nermina", "Sabina", "Edina", "Aldijana"),
    ("Emir", "Edin", "Mirza", "Adnan", "Amir", "Haris", "Nermin", "Damir", "Senad", "Elvir", "Samir", "Dragan", "Zoran", "Goran", "Nenad", "Milan", "Dejan", "Marko", "Ivan", "Stefan", "Nikola", "Aleksandar", "Ante", "Tomislav", "Ivica", "Davor", "Mladen", "Boris", "Dino", "Jasmin", "Alen", "Kenan"),
    ("Hodžić", "Hadžić", "Kovačević", "Begić", "Delić", "Husić", "Mehmedović", "Omerović", "Hasanović", "Babić", "Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Pavlović", "Horvat", "Kovačić", "Knežević", "Vuković", "Marić", "Tomić", "Jurić", "Šarić", "Popović", "Mujić", "Selimović", "Alić", "Softić", "Karić", "Mustafić", "Ibrahimović", "Suljić", "Halilović"),
)  # fmt: skip
TURKISH = (
    ("Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Şerife", "Zehra", "Sultan", "Hanife", "Merve", "Özlem", "Esra", "Derya", "Gül", "Leyla", "Hülya", "Songül", "Aysel", "Sevgi", "Yasemin", "Ebru", "Büşra", "Nur", "Dilek", "Gülsen", "Hacer", "Melek", "Selin"),
    ("Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Osman", "Yusuf", "Murat", "Ömer", "Ramazan", "Halil", "Süleyman", "Abdullah", "Mahmut", "Recep", "Salih", "Fatih", "Kemal", "Emre", "Burak", "Serkan", "Cem", "Kaan", "Ercan", "Özgür", "Tolga", "Erkan"),
    ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Polat", "Korkmaz", "Özer", "Erdoğan", "Yavuz", "Can", "Acar", "Aksoy", "Güler", "Tekin", "Avcı", "Uçar", "Ekinci", "Bulut", "Güneş", "Keskin"),
)  # fmt: skip
ERITREAN = (  # the surname is the father's given name
    ("Helen", "Senait", "Selam", "Hiwet", "Saba", "Mebrat", "Yohana", "Winta", "Feven", "Ruta", "Tsega", "Azieb", "Elsa", "Semhar", "Lidia", "Akberet", "Mahlet", "Rahel", "Tirhas", "Meron", "Freweyni", "Almaz", "Abeba", "Luwam", "Segen", "Tsige"),
    ("Yonas", "Daniel", "Samuel", "Tesfay", "Mehari", "Habte", "Dawit", "Tekle", "Michael", "Ghirmay", "Berhane", "Yemane", "Kidane", "Amanuel", "Efrem", "Biniam", "Filmon", "Natnael", "Yosief", "Semere", "Mulugeta", "Tesfalem", "Henok", "Robel", "Merhawi", "Haile"),
    ("Tesfay", "Gebremedhin", "Habte", "Tekle", "Berhane", "Ghebreyesus", "Woldu", "Kidane", "Haile", "Gebru", "Mehari", "Yohannes", "Tesfamariam", "Ghebremichael", "Abraha", "Andemariam", "Weldemariam", "Asmelash", "Kahsay", "Negash", "Ghirmay", "Tewolde", "Zerai", "Araya", "Okbamichael", "Mengsteab", "Hagos", "Fesehaye"),
)  # fmt: skip
AFGHAN = (
    ("Zahra", "Fatima", "Maryam", "Sakina", "Freshta", "Parwana", "Marzia", "Nazia", "Shabana", "Mursal", "Farzana", "Masooda", "Zarghona", "Nargis", "Malalai", "Laila", "Habiba", "Shakila", "Roya", "Frozan", "Mina", "Hosai", "Sahar", "Madina", "Nilofar", "Sima", "Zarmina", "Wahida"),
    ("Mohammad", "Ahmad", "Ali", "Mustafa", "Hamid", "Abdul", "Hussain", "Reza", "Mahdi", "Jawad", "Sayed", "Rahmatullah", "Farid", "Khalid", "Wahid", "Nasir", "Rashid", "Sharif", "Zabihullah", "Naqibullah", "Hamidullah", "Asadullah", "Yama", "Omid", "Shafiq", "Bilal", "Idris", "Mujtaba"),
    ("Ahmadi", "Hussaini", "Rahimi", "Mohammadi", "Sultani", "Karimi", "Haidari", "Rezaie", "Jafari", "Nazari", "Amiri", "Hakimi", "Sharifi", "Qasemi", "Azimi", "Noori", "Safi", "Popal", "Stanekzai", "Wardak", "Samadi", "Faizi", "Habibi", "Rasuli", "Sadat", "Zazai", "Ahmadzai", "Mohmand", "Barakzai", "Niazi"),
)  # fmt: skip
THAI = (
    ("Siriporn", "Malee", "Ratana", "Supaporn", "Wanida", "Nittaya", "Kanya", "Suda", "Pranee", "Sunisa", "Jintana", "Lamai", "Orathai", "Porntip", "Sukanya", "Waraporn", "Kannika", "Chanida", "Duangjai", "Pimchanok", "Suwanna", "Ampai", "Nanthana", "Thanyarat", "Kanokwan", "Achara", "Busaba"),
    ("Somchai", "Somsak", "Sombat", "Prasert", "Surachai", "Anan", "Boonmee", "Chaiwat", "Wichai", "Thawatchai", "Sakchai", "Nattapong", "Kittipong", "Pongsak", "Somporn", "Narong", "Suriya", "Chatchai", "Apichart", "Thanakorn"),
    ("Saetang", "Srisuk", "Wongsa", "Kaewkhao", "Boonyarat", "Phromma", "Sukprasert", "Thongdee", "Chanthawong", "Ruangsri", "Saelim", "Sripan", "Somboon", "Kongkaew", "Jaidee", "Suksawat", "Nakprasert", "Thongsuk", "Wongkham", "Phanthong", "Kaewmanee", "Siriwat", "Boonmak", "Rattanakorn"),
)  # fmt: skip
LATIN = (  # Chile first, and Latin America; two surnames, the father's and the mother's
    ("María", "Ana", "Carolina", "Claudia", "Patricia", "Verónica", "Paola", "Daniela", "Francisca", "Camila", "Valentina", "Javiera", "Constanza", "Marcela", "Lorena", "Gabriela", "Andrea", "Catalina", "Fernanda", "Isabel", "Rosa", "Carmen", "Margarita", "Ximena", "Paulina", "Soledad", "Alejandra", "Natalia", "Pilar", "Luz"),
    ("Juan", "José", "Luis", "Carlos", "Jorge", "Francisco", "Manuel", "Pedro", "Sergio", "Patricio", "Cristián", "Rodrigo", "Felipe", "Sebastián", "Pablo", "Diego", "Gonzalo", "Alejandro", "Mauricio", "Claudio", "Ricardo", "Héctor", "Víctor", "Hernán", "Eduardo", "Marcelo", "Andrés", "Matías", "Tomás", "Raúl"),
    ("González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez", "Sepúlveda", "Morales", "Rodríguez", "López", "Fuentes", "Hernández", "Torres", "Araya", "Flores", "Espinoza", "Valenzuela", "Castillo", "Tapia", "Reyes", "Gutiérrez", "Castro", "Pizarro", "Álvarez", "Vásquez", "Sánchez", "Fernández", "Ramírez", "Carrasco", "Gómez", "Cortés", "Herrera", "Núñez", "Jara", "Vergara"),
)  # fmt: skip
KURDISH = (
    ("Shilan", "Avin", "Rojin", "Berivan", "Dilan", "Nazdar", "Gulistan", "Jiyan", "Helin", "Rezan", "Zilan", "Bahar", "Evin", "Nasrin", "Leyla", "Hevin", "Rojda", "Shirin", "Ronahi", "Viyan", "Delal", "Avesta", "Zozan", "Sakar", "Kani", "Shno"),
    ("Azad", "Dilshad", "Karwan", "Rebwar", "Aram", "Hiwa", "Sherwan", "Kawa", "Shwan", "Rizgar", "Hawre", "Zana", "Baran", "Serhat", "Renas", "Dilovan", "Ako", "Bakhtiyar", "Hoshyar", "Soran", "Kamaran", "Diyar", "Welat", "Botan", "Sarbast", "Nechirvan", "Shoresh", "Hemin"),
    ("Amedi", "Zebari", "Dosky", "Hawrami", "Jaff", "Baban", "Mahmoud", "Rashid", "Karim", "Hussein", "Aziz", "Qadir", "Salih", "Omer", "Ismail", "Hamad", "Abdulla", "Sindi", "Berwari", "Bamarni", "Khoshnaw", "Hawezi", "Kakai", "Mirani", "Surchi", "Herki", "Atroshi", "Yousif"),
)  # fmt: skip
GERMAN = (
    ("Sabine", "Petra", "Andrea", "Claudia", "Susanne", "Monika", "Birgit", "Katrin", "Stefanie", "Julia", "Anja", "Nicole", "Christina", "Ursula", "Heike", "Karin", "Martina", "Kerstin", "Anna", "Lena", "Laura", "Sarah", "Lea", "Hannah", "Johanna", "Franziska", "Antje", "Silke", "Ute", "Gabriele"),
    ("Thomas", "Michael", "Andreas", "Stefan", "Peter", "Christian", "Matthias", "Frank", "Markus", "Klaus", "Jürgen", "Wolfgang", "Uwe", "Jörg", "Ralf", "Dirk", "Sebastian", "Tobias", "Florian", "Jan", "Lukas", "Tim", "Jens", "Sven", "Holger", "Rainer", "Bernd", "Dieter", "Hans", "Maximilian"),
    ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Schmitz", "Krause", "Meier", "Lehmann", "Schmid", "Schulze", "Maier", "Köhler", "Herrmann", "König", "Walter"),
)  # fmt: skip
UKRAINIAN = (
    ("Olena", "Tetiana", "Nataliia", "Iryna", "Svitlana", "Oksana", "Yuliia", "Olha", "Kateryna", "Mariia", "Liudmyla", "Halyna", "Anastasiia", "Viktoriia", "Alina", "Daria", "Yana", "Inna", "Nadiia", "Larysa", "Valentyna", "Khrystyna"),
    ("Oleksandr", "Serhii", "Andrii", "Volodymyr", "Dmytro", "Mykola", "Oleh", "Ivan", "Yurii", "Vasyl", "Viktor", "Maksym", "Bohdan", "Taras", "Petro", "Roman", "Artem", "Vitalii", "Denys", "Ihor", "Yaroslav", "Mykhailo"),
    ("Melnyk", "Shevchenko", "Boiko", "Kovalenko", "Bondarenko", "Tkachenko", "Kovalchuk", "Kravchenko", "Oliinyk", "Shevchuk", "Koval", "Polishchuk", "Bondar", "Tkachuk", "Moroz", "Marchenko", "Lysenko", "Rudenko", "Savchenko", "Petrenko", "Klymenko", "Pavlenko", "Kravchuk", "Kuzmenko"),
)  # fmt: skip

US_F: tuple[tuple[str, float], ...] = (
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
    ("Marianne", 0.042), ("Kara", 0.041), ("Jacquelyn", 0.041), ("Erma", 0.041), ("Blanca", 0.041),
    ("Myra", 0.04), ("Leticia", 0.04), ("Pat", 0.04), ("Krista", 0.04), ("Roxanne", 0.04),
    ("Angelica", 0.039), ("Johnnie", 0.039), ("Robyn", 0.039), ("Francis", 0.039),
    ("Adrienne", 0.039), ("Rosalie", 0.039), ("Alexandra", 0.039), ("Brooke", 0.039),
    ("Bethany", 0.039), ("Sadie", 0.039), ("Bernadette", 0.039),
)  # fmt: skip

US_M: tuple[tuple[str, float], ...] = (
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
    ("Earnest", 0.031), ("Lucas", 0.031), ("Benny", 0.03), ("Noel", 0.03), ("Spencer", 0.03),
    ("Rodolfo", 0.03), ("Myron", 0.03), ("Edmund", 0.03), ("Garrett", 0.029), ("Salvatore", 0.029),
    ("Cedric", 0.029), ("Lowell", 0.029), ("Gregg", 0.029), ("Sherman", 0.028), ("Wilson", 0.028),
    ("Devin", 0.028), ("Sylvester", 0.028), ("Kim", 0.028), ("Roosevelt", 0.028),
    ("Israel", 0.028), ("Jermaine", 0.028),
)  # fmt: skip

US_SURNAMES: tuple[tuple[str, float], ...] = (
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
    ("Saunders", 0.027), ("Wise", 0.027), ("Colon", 0.027), ("Gill", 0.027), ("Alvarado", 0.027),
    ("Greer", 0.026), ("Padilla", 0.026), ("Simon", 0.026), ("Waters", 0.026), ("Nunez", 0.026),
    ("Ballard", 0.026), ("Schwartz", 0.026), ("McBride", 0.026), ("Houston", 0.026),
    ("Christensen", 0.026), ("Klein", 0.026), ("Pratt", 0.026), ("Briggs", 0.026),
    ("Parsons", 0.026), ("McLaughlin", 0.026), ("Zimmerman", 0.026), ("French", 0.026),
    ("Buchanan", 0.026), ("Moran", 0.026), ("Copeland", 0.025), ("Roy", 0.025), ("Pittman", 0.025),
    ("Brady", 0.025), ("McCormick", 0.025), ("Holloway", 0.025),
)  # fmt: skip


def origin(
    lists: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]], head: int = 10
) -> Origin:
    women, men, surnames = lists
    return Origin(ranked(women, head), ranked(men, head), ranked(surnames, head))


ORIGINS: dict[str, Origin] = {
    "swedish": Origin(ranked(SV_F, 150), ranked(SV_M, 150), ranked(SV_SURNAMES, 150)),
    "us": Origin(census(US_F, 150), census(US_M, 150), census(US_SURNAMES, 150)),
    "uk": Origin(ranked(UK_F, 130), ranked(UK_M, 130), ranked(UK_SURNAMES, 150)),
    "finnish": origin(FINNISH),
    "arabic": origin(ARABIC),
    "somali": origin(SOMALI),
    "polish": origin(POLISH),
    "persian": origin(PERSIAN),
    "bcs": origin(BCS),
    "turkish": origin(TURKISH),
    "eritrean": origin(ERITREAN),
    "afghan": origin(AFGHAN),
    "thai": origin(THAI),
    "latin": origin(LATIN),
    "kurdish": origin(KURDISH),
    "german": origin(GERMAN),
    "ukrainian": origin(UKRAINIAN),
}

# Who is named, per language of the row: roughly Sweden's population by origin in Swedish text,
# the US and the UK first in English text, Swedes at work with foreign colleagues in mixed text.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5, "eritrean": 1.2, "german": 1.2,
        "ukrainian": 1.2, "thai": 1, "latin": 1, "uk": 0.8, "us": 0.6,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 9, "german": 2, "latin": 2, "polish": 1.5, "arabic": 1.5,
        "finnish": 1, "persian": 0.7, "turkish": 0.7, "bcs": 0.6, "somali": 0.5, "thai": 0.5,
        "ukrainian": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 10, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
        "persian": 2.5, "german": 2, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5, "afghan": 1.5,
        "ukrainian": 1.2, "eritrean": 1, "thai": 1, "latin": 1,
    },
}  # fmt: skip

NICK_SV: dict[str, tuple[str, ...]] = {
    "Lars": ("Lasse",), "Mikael": ("Micke",), "Michael": ("Micke",), "Joakim": ("Jocke",), "Karl": ("Kalle",),
    "Carl": ("Calle",), "Per": ("Pelle", "Perra"), "Hans": ("Hasse",), "Bo": ("Bosse",), "Magnus": ("Manne",),
    "Thomas": ("Tompa",), "Tomas": ("Tompa",), "Jonathan": ("Jonte",), "Jonas": ("Jonte",), "Marcus": ("Macke",),
    "Markus": ("Macke",), "Fredrik": ("Fredde",), "Christoffer": ("Chrille",), "Kristoffer": ("Kricke",),
    "Stefan": ("Steffe",), "Daniel": ("Danne",), "Patrik": ("Patte",), "Robert": ("Robban",), "Gustav": ("Gurra", "Gusse"),
    "Gustaf": ("Gurra",), "Niklas": ("Nicke",), "Nicklas": ("Nicke",), "Mattias": ("Matte",), "Mathias": ("Matte",),
    "Sebastian": ("Sebbe",), "Tobias": ("Tobbe",), "Torbjörn": ("Tobbe",), "Kenneth": ("Kenta",), "Henrik": ("Henke",),
    "Sven": ("Svenne",), "Lennart": ("Lelle",), "Ulf": ("Uffe",), "Rolf": ("Roffe",), "Leif": ("Leffe",),
    "Axel": ("Acke",), "Albin": ("Abbe",), "Alexander": ("Alex",), "Filip": ("Fille",), "Ludvig": ("Ludde",),
    "Oskar": ("Ogge",), "William": ("Wille",), "Viktor": ("Vicke",), "Kjell": ("Kjelle",), "Jörgen": ("Jögge",),
    "Benjamin": ("Benji",), "Johannes": ("Hannes",), "Anders": ("Affe",), "Emanuel": ("Manne",), "Rasmus": ("Rasse",),
    "Charlotte": ("Lotta",), "Charlotta": ("Lotta",), "Elisabeth": ("Lisa", "Bettan"), "Elisabet": ("Bettan",),
    "Kristina": ("Kicki", "Stina"), "Christina": ("Kicki",), "Margareta": ("Maggan", "Greta"), "Katarina": ("Kattis", "Kajsa"),
    "Susanne": ("Sussie", "Sanna"), "Johanna": ("Jossan",), "Josefin": ("Jossan",), "Madeleine": ("Madde",),
    "Birgitta": ("Bittan", "Gittan"), "Barbro": ("Babban",), "Camilla": ("Milla",), "Annika": ("Annie",),
    "Jessica": ("Jessie", "Jessan"), "Caroline": ("Caro",), "Gunilla": ("Nilla",), "Viktoria": ("Vickan",),
    "Therese": ("Tessan",), "Rebecka": ("Becka",), "Matilda": ("Tilda",), "Felicia": ("Fia",), "Sofia": ("Fia", "Sofi"),
    "Alexandra": ("Alex",), "Cecilia": ("Cissi", "Cilla"), "Gabriella": ("Gabbi",), "Agneta": ("Netta",), "Ingrid": ("Inka",),
}  # fmt: skip
NICK_EN: dict[str, tuple[str, ...]] = {
    "Robert": ("Rob", "Bob", "Bobby"), "William": ("Will", "Bill", "Billy"), "Richard": ("Rich", "Rick"),
    "James": ("Jim", "Jamie"), "Michael": ("Mike", "Mick"), "Christopher": ("Chris",), "Matthew": ("Matt",),
    "Thomas": ("Tom", "Tommy"), "Daniel": ("Dan", "Danny"), "Joseph": ("Joe",), "Jonathan": ("Jon",),
    "Nicholas": ("Nick",), "Anthony": ("Tony", "Ant"), "Andrew": ("Andy", "Drew"), "Stephen": ("Steve",),
    "Steven": ("Steve",), "David": ("Dave",), "Edward": ("Ed", "Eddie", "Ted"), "Benjamin": ("Ben",),
    "Samuel": ("Sam",), "Alexander": ("Alex", "Sandy"), "Kenneth": ("Ken",), "Timothy": ("Tim",),
    "Gregory": ("Greg",), "Jeffrey": ("Jeff",), "Ronald": ("Ron", "Ronnie"), "Donald": ("Don",),
    "Douglas": ("Doug",), "Philip": ("Phil",), "Nathan": ("Nate",), "Frederick": ("Fred", "Freddie"),
    "Gerald": ("Gerry",), "Patrick": ("Pat", "Paddy"), "Charles": ("Charlie", "Chuck"), "Lawrence": ("Larry",),
    "Jennifer": ("Jen", "Jenny"), "Elizabeth": ("Liz", "Beth", "Lizzie"), "Margaret": ("Maggie", "Peggy"),
    "Katherine": ("Kate", "Katie"), "Catherine": ("Cathy", "Kate"), "Kathleen": ("Kathy",),
    "Patricia": ("Pat", "Trish"), "Susan": ("Sue", "Susie"), "Deborah": ("Debbie", "Deb"), "Rebecca": ("Becky", "Becca"),
    "Victoria": ("Vicky", "Tori"), "Samantha": ("Sam",), "Alexandra": ("Alex",), "Jessica": ("Jess",),
    "Christine": ("Chris",), "Abigail": ("Abby",), "Charlotte": ("Charlie", "Lottie"), "Eleanor": ("Ellie", "Nell"),
    "Pamela": ("Pam",), "Barbara": ("Barb",), "Cynthia": ("Cindy",), "Dorothy": ("Dot",), "Theresa": ("Tess",),
}  # fmt: skip
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": NICK_SV,
    "us": NICK_EN,
    "uk": NICK_EN,
    "polish": {"Katarzyna": ("Kasia",), "Małgorzata": ("Gosia",), "Aleksandra": ("Ola",), "Magdalena": ("Madzia",),
               "Agnieszka": ("Aga",), "Piotr": ("Piotrek",), "Tomasz": ("Tomek",), "Krzysztof": ("Krzysiek",),
               "Wojciech": ("Wojtek",), "Jakub": ("Kuba",), "Grzegorz": ("Grzesiek",)},
    "ukrainian": {"Oleksandr": ("Sasha",), "Dmytro": ("Dima",), "Volodymyr": ("Volodia",), "Kateryna": ("Katia",),
                  "Anastasiia": ("Nastia",), "Mykola": ("Kolia",)},
    "latin": {"Francisco": ("Pancho",), "José": ("Pepe",), "Francisca": ("Fran",), "Alejandro": ("Ale",),
              "Patricio": ("Pato",), "Ignacio": ("Nacho",)},
    "german": {"Maximilian": ("Max",), "Franziska": ("Franzi",), "Stefanie": ("Steffi",), "Matthias": ("Matze",)},
    "arabic": {"Mohammed": ("Mo",), "Abdullah": ("Abdu",)},
    "persian": {"Mohammad": ("Mo",)},
    "finnish": {"Juha": ("Jussi",), "Matti": ("Masa",)},
}  # fmt: skip
