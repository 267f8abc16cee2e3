# ruff: noqa: E501
"""Name pools of held-out GN (issue 15): names as the population has them, weighted by how often
people carry them.

Swedish given names and surnames in the rank order of SCB's name statistics (written from the
writer's general knowledge; weight 1/rank; head the top 150, tail the rarer names past them), the
US Census 1990 lists (public domain, copied from the `names` package's `dist.female.first`,
`dist.male.first` and `dist.all.last`; the census per cent as weight, head 150), UK given names
and surnames in the order of the ONS rankings (general knowledge, 1/rank, head 150), and the
commonest given names and surnames of origins common in Sweden (1/rank, head 10). No name here
was checked against anything in the repository; none was left out for being known or unknown.
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
    """A list in rank order, weight 1/rank."""
    assert len(set(names)) == len(names), [n for n in names if names.count(n) > 1]
    return Pool(names, tuple(1 / rank for rank in range(1, len(names) + 1)), min(head, len(names)))


def census(rows: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A census list: the per cent of people carrying each name is its weight."""
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


_PLAIN = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "İ": "I", "ø": "o", "Ø": "O", "æ": "ae", "ß": "ss"})  # fmt: skip


def plain(word: str) -> str:
    """A name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Yılmaz` -> `Yilmaz`."""
    decomposed = unicodedata.normalize("NFD", word.translate(_PLAIN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# --- Sweden (SCB's rank order; head 150, then the rarer names) -------------------------------
SV_WOMEN = (
    # head: the commonest 150
    "Anna", "Eva", "Maria", "Karin", "Sara", "Kristina", "Lena", "Emma", "Kerstin", "Marie",
    "Malin", "Ingrid", "Hanna", "Jenny", "Linda", "Elin", "Sofia", "Annika", "Birgitta", "Susanne",
    "Inger", "Julia", "Johanna", "Ida", "Monica", "Linnea", "Elisabeth", "Camilla", "Carina", "Ulla",
    "Helena", "Christina", "Alice", "Elsa", "Maja", "Ebba", "Åsa", "Amanda", "Ulrika", "Cecilia",
    "Gunilla", "Anette", "Therese", "Frida", "Lisa", "Matilda", "Agneta", "Margareta", "Sandra", "Madeleine",
    "Josefin", "Klara", "Moa", "Louise", "Wilma", "Ella", "Astrid", "Emelie", "Ellen", "Felicia",
    "Lovisa", "Agnes", "Alva", "Ingela", "Caroline", "Viktoria", "Charlotte", "Gun", "Britt", "Siv",
    "Marita", "Jessica", "Emilia", "Olivia", "Stina", "Lisbeth", "Gunnel", "Barbro", "Berit", "Anita",
    "Yvonne", "Mona", "Rebecka", "Pernilla", "Helen", "Jennie", "Mikaela", "Isabelle", "Nathalie", "Tove",
    "Tilda", "Vera", "Saga", "Selma", "Stella", "Freja", "Nora", "Tyra", "Signe", "Elvira",
    "Hedvig", "Nellie", "Thea", "Cornelia", "Evelina", "Sanna", "Angelica", "Mia", "Ann", "Marianne",
    "Ann-Marie", "Ann-Christin", "Katarina", "Jeanette", "Sofie", "Jonna", "Ronja", "Lilly", "Alicia", "Elina",
    "Vendela", "Irene", "Lotta", "Maj", "Rut", "Elisabet", "Ylva", "Sonja", "Marie-Louise", "Anna-Karin",
    "Emmy", "Amelia", "Lina", "Sigrid", "Ingegerd", "Ingeborg", "Solveig", "Aina", "Greta", "Märta",
    "Edith", "Iris", "Ines", "Lova", "Tuva", "Juni", "Liv", "Hilda", "Svea", "Majken",
    # tail: rarer names past the head
    "Gudrun", "Birgit", "Dagny", "Elvy", "Irma", "Gunvor", "Alma", "Hillevi", "Ester", "Elise",
    "Maud", "Viveka", "Ragnhild", "Kajsa", "Majvor", "Ann-Sofie", "Ann-Charlotte", "Lise-Lotte", "Anna-Lena", "Eva-Britt",
    "Britt-Marie", "Inga-Lill", "Eva-Lena", "Maj-Britt", "Elsie", "Doris", "Vivianne", "Vivi", "Lillemor", "Margit",
    "Hjördis", "Valborg", "Tekla", "Rakel", "Filippa", "Hilma", "Elida", "Edla", "Augusta", "Josefina",
    "Hedda", "Tora", "Signhild", "Ragna", "Gerd", "Karolina", "Kristin", "Ingalill", "Annelie", "Anneli",
    "Pia", "Lillian", "Eivor", "Inga", "Inez", "Gertrud", "Elna", "Ann-Louise", "Sylvia", "Gullan",
    "Birgitte", "Carin", "Karina", "Catarina", "Cajsa", "Katja", "Nina", "Petra", "Regina", "Rosa",
    "Rosita", "Ruth", "Sabina", "Susann", "Tina", "Tanja", "Ulrica", "Veronica", "Veronika", "Viola",
    "Wivianne", "Ann-Katrin", "Åsa-Lena", "Eva-Karin", "Majlis", "Margaretha", "Lisen", "Lisette", "Malva", "Mira",
    "Anna-Maria", "Nova", "Ingrid-Marie", "Isa", "Ester-Marie", "Elly", "Ellie", "Elsy", "Ann-Britt", "Fanny",
    "Frideborg", "Gunhild", "Hanne", "Harriet", "Heidi", "Helga", "Henrietta", "Ida-Maria", "Idun", "Ingbritt",
    "Iréne", "Jane", "Jill", "Joanna", "Josephine", "Judit", "Kaisa", "Karolin", "Kicki", "Laila",
    "Lea", "Leia", "Leila", "Lene", "Linn", "Linnéa", "Lisbet", "Lovis", "Madelene", "Magdalena",
    "Maja-Stina", "Margot", "Mariana", "Marika", "Marlene", "Martina", "Meja", "Melina", "Melissa", "Mimmi",
    "Minna", "Mirjam", "Molly", "My", "Nadja", "Naemi", "Nelly", "Ninni", "Olga", "Paula",
    "Rigmor", "Gun-Britt", "Rosalie", "Rebecca", "Sally", "Selina", "Siri", "Siw", "Solvig", "Stephanie",
    "Sussanne", "Tindra", "Tuula", "Majbritt", "Ulla-Britt", "Vanja", "Vilma", "Wera", "Yasmine", "Åse",
    "Lena-Maria", "Öllegård", "Dagmar", "Elsebeth", "Marie-Therese", "Anna-Stina", "Ulla-Karin", "Ingvor", "Jenna", "Kristel",
    "Alexandra", "Gabriella", "Mathilda", "Julie", "Amalia", "Aurora", "Beatrice", "Charlotta", "Clara", "Daniela",
    "Eleonora", "Elena", "Elinor", "Evelyn", "Fredrika", "Hannah", "Helene", "Ingegärd", "Jannike", "Malena",
    "Mariette", "Natalie", "Pauline", "Rosmarie", "Sigrun", "Solbritt", "Susanna", "Terese", "Vivan", "Yvette",
)  # fmt: skip
SV_MEN = (
    # head
    "Lars", "Mikael", "Anders", "Johan", "Erik", "Per", "Peter", "Karl", "Jan", "Thomas",
    "Daniel", "Fredrik", "Hans", "Andreas", "Stefan", "Mats", "Bengt", "Magnus", "Mattias", "Alexander",
    "Bo", "Jonas", "Oskar", "Niklas", "Marcus", "Martin", "Gustav", "Björn", "Henrik", "Leif",
    "Göran", "David", "Christer", "Patrik", "Viktor", "Joakim", "Robert", "Simon", "Sebastian", "Ulf",
    "Kent", "Emil", "William", "Filip", "Jonathan", "Lucas", "Anton", "Tommy", "Kjell", "Rolf",
    "Åke", "Gunnar", "Sven", "Lennart", "Roger", "Christian", "Tobias", "Johannes", "Kristoffer", "Rickard",
    "Jakob", "Axel", "Elias", "Hugo", "Oliver", "Adam", "Isak", "Ludvig", "Liam", "Noah",
    "Albin", "Linus", "Max", "Jesper", "Robin", "Emanuel", "Dennis", "Kenneth", "Ingvar", "Bertil",
    "Stig", "Rune", "Olof", "Nils", "Håkan", "Torbjörn", "Claes", "Jörgen", "Arne", "Kurt",
    "Tomas", "Morgan", "Ola", "Pontus", "Erland", "Gösta", "Sture", "Roland", "Lars-Erik", "Karl-Erik",
    "Per-Olof", "Jan-Erik", "Carl", "Vilhelm", "Theodor", "Vincent", "Edvin", "Melvin", "Leo", "Alfred",
    "Elis", "Harry", "Arvid", "Olle", "Sixten", "Valter", "Viggo", "Otto", "Love", "Malte",
    "Folke", "Ove", "Ronny", "Conny", "Jimmy", "Johnny", "Mohammed", "Ali", "Ahmed", "Hampus",
    "Kevin", "Samuel", "Benjamin", "Gabriel", "Josef", "Allan", "Rasmus", "Jacob", "Jens", "Krister",
    "Glenn", "Tony", "Urban", "Ingemar", "Gert", "Evert", "Harald", "Einar", "Egon", "Ebbe",
    # tail
    "Sigvard", "Birger", "Helge", "Holger", "Algot", "Gottfrid", "Hilding", "Ragnar", "Torsten", "Yngve",
    "Jan-Ove", "Lars-Göran", "Per-Erik", "Bengt-Göran", "Sven-Erik", "Nils-Erik", "Karl-Johan", "Carl-Johan", "Jan-Olof", "Per-Anders",
    "Lars-Olof", "Bengt-Åke", "Sven-Olof", "Nils-Olof", "Hans-Erik", "Jan-Åke", "Carl-Axel", "Eskil", "Alvar", "Assar",
    "Bror", "Dag", "Enar", "Erling", "Fritiof", "Georg", "Gideon", "Gillis", "Greger", "Gusten",
    "Halvar", "Hjalmar", "Ingvald", "Ivar", "Jarl", "Joel", "Jon", "Julius", "Kalle", "Knut",
    "Lage", "Lennie", "Loke", "Lukas", "Mauritz", "Måns", "Natanael", "Nisse", "Njord", "Orvar",
    "Osvald", "Ossian", "Otto-Emil", "Palle", "Pelle", "Petrus", "Ragnvald", "Reinhold", "Reine", "Rikard",
    "Roy", "Runar", "Sam", "Seth", "Sune", "Svante", "Sören", "Tage", "Tor", "Tord",
    "Tore", "Torgny", "Torvald", "Ture", "Uno", "Valdemar", "Verner", "Vidar", "Vide", "Waldemar",
    "Wilgot", "Yngvar", "Åsmund", "Östen", "Staffan", "Fabian", "Kasper", "Casper", "Tim", "Bengt-Olof",
    "Alf", "Arvo", "Karl-Gustav", "Börje", "Curt", "Dan", "Dick", "Douglas", "Sven-Åke", "Elof",
    "Emrik", "Erkki", "Esbjörn", "Frans", "Frank", "Gerhard", "Gunder", "Hampe", "Henning", "Herbert",
    "Hilmer", "Inge", "Ingolf", "Isidor", "Ivan", "Jack", "Jimmie", "Jocke", "Josua", "Justus",
    "Kaj", "Klas", "Lasse", "Leonard", "Levi", "Lorentz", "Malcolm", "Manne", "Matheo", "Mattis",
    "Mons", "Nicklas", "Niclas", "Oscar", "Paul", "Peder", "Pehr", "Philip", "Ralf", "Ricky",
    "Rudolf", "Set", "Sigge", "Stellan", "Sten", "Ted", "Teodor", "Thor", "Tom", "Ulrik",
    "Lars-Åke", "Vilgot", "Vilmer", "Stig-Olof", "Wilhelm", "Wille", "Åsbjörn", "Örjan", "Per-Åke", "Benny",
    "Bernt", "Billy", "Christoffer", "Claes-Göran", "Eddie", "Elon", "Gustaf", "Hasse", "Janne", "Jörn",
    "Alvin", "Arnold", "Christopher", "Conrad", "Edward", "Elliot", "Eino", "Frej", "Henry", "Ingmar",
    "Isac", "Jonatan", "Kennet", "Kristian", "Leon", "Melker", "Milo", "Nils-Åke", "Olov", "Pär",
    "Ruben", "Sander", "Sigurd", "Thure", "Tommie", "Torleif", "Truls", "Wiktor", "Lars-Ove", "Nils-Gunnar",
)  # fmt: skip
SV_SURNAMES = (
    # head
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson",
    "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Olofsson",
    "Lindström", "Lindqvist", "Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren", "Lundqvist",
    "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg", "Ali", "Wallin", "Mohammed",
    "Engström", "Eklund", "Danielsson", "Lundin", "Håkansson", "Björk", "Bergman", "Gunnarsson", "Holm", "Wikström",
    "Samuelsson", "Isaksson", "Fransson", "Bergqvist", "Nyström", "Holmberg", "Arvidsson", "Löfgren", "Söderberg", "Nyberg",
    "Blomqvist", "Claesson", "Nordström", "Mårtensson", "Lundström", "Ahmed", "Viklund", "Björklund", "Eliasson", "Pålsson",
    "Hassan", "Berggren", "Sandström", "Lund", "Nordin", "Ström", "Åberg", "Hermansson", "Ekström", "Holmgren",
    "Falk", "Dahlberg", "Hellström", "Hedlund", "Sundberg", "Sjögren", "Ek", "Blom", "Abrahamsson", "Martinsson",
    "Öberg", "Andreasson", "Strömberg", "Månsson", "Åkesson", "Hansen", "Norberg", "Lindholm", "Dahl", "Jonasson",
    "Hedberg", "Sundström", "Hussein", "Mohamed", "Lindblom", "Öhman", "Nordqvist", "Ekberg", "Hedström", "Lindahl",
    "Johnsson", "Sjöström", "Jacobsson", "Engberg", "Ibrahim", "Sundqvist", "Lindell", "Omar", "Ekman", "Wahlström",
    "Nyman", "Sandin", "Östlund", "Hallberg", "Göransson", "Malmberg", "Boström", "Nordlund", "Bäckström", "Skoglund",
    "Ottosson", "Östberg", "Lundh", "Strand", "Söderström", "Borg", "Rosén", "Ahlström", "Forsman", "Kjellberg",
    "Westerberg", "Forslund", "Hägglund", "Granberg", "Nygren", "Björkman", "Melin", "Fors", "Lilja", "Sundin",
    # tail
    "Edlund", "Westman", "Hallgren", "Ljungberg", "Lindkvist", "Rydberg", "Törnqvist", "Grahn", "Lönn", "Friberg",
    "Hagström", "Marklund", "Bäck", "Roos", "Wiklund", "Ahlberg", "Lundmark", "Holmqvist", "Hellberg", "Sjölund",
    "Norén", "Ekholm", "Nordgren", "Lindén", "Lindroth", "Strömqvist", "Wallgren", "Thorén", "Sundell", "Jägerstedt",
    "Wennberg", "Blomberg", "Nordberg", "Åström", "Backman", "Lindman", "Ahlgren", "Hedin", "Lagerström", "Almqvist",
    "Dahlgren", "Engdahl", "Höglund", "Ahlin", "Rehn", "Sjödin", "Nordén", "Brandt", "Mattsson-Lind", "Larsson-Hjelm",
    "Hjelm", "Björn", "Stenberg", "Stål", "Svärd", "Lundell", "Kvist", "Sved", "Grönlund", "Grönberg",
    "Vesterlund", "Vikström", "Olausson", "Oskarsson", "Ivarsson", "Adolfsson", "Gustavsson", "Petersson", "Jeppsson", "Nordh",
    "Ljung", "Modig", "Fagerström", "Frisk", "Tell", "Lindfors", "Berglöf", "Wester", "Dalin", "Ekdahl",
    "Hammar", "Hammarström", "Holmström", "Häggström", "Karlström", "Lejon", "Lövgren", "Molin", "Näslund", "Nordmark",
    "Palm", "Pihl", "Rask", "Sandgren", "Schön", "Selin", "Sellberg", "Strid", "Sunesson", "Sörensen",
    "Thunberg", "Tornberg", "Unger", "Wahlberg", "Wallén", "Wennström", "Widén", "Zetterberg", "Zetterlund", "Åhman",
    "Åkerlund", "Ängström", "Öhrn", "Östman", "Abrahamson", "Alm", "Asplund", "Augustsson", "Bergkvist", "Bernhardsson",
    "Boman", "Brodin", "Carlsson", "Cederberg", "Dahlqvist", "Edberg", "Ehn", "Ekelund", "Emanuelsson", "Enqvist",
    "Fogelberg", "Franzén", "Gabrielsson", "Granath", "Gran", "Hallin", "Hedman", "Hjalmarsson", "Hultgren", "Hurtig",
    "Isberg", "Jernberg", "Junger", "Kallin", "Kihlberg", "Klasson", "Krantz", "Kronberg", "Lagerqvist", "Landin",
    "Lidén", "Liljegren", "Linder", "Ljunggren", "Lorentzon", "Malm", "Mellberg", "Mörk", "Nord", "Nordenberg",
    "Nordvall", "Norling", "Orre", "Pehrsson", "Qvist", "Ramström", "Renström", "Rosenqvist", "Rydén", "Sahlin",
    "Sandell", "Sjöholm", "Skog", "Stark", "Stenström", "Sträng", "Swärd", "Tegnér", "Tjäder", "Uhlin",
    "Vallin", "Wahlgren", "Warg", "Westin", "Nilsson-Berg", "Örn", "Yousef", "Khalil", "Abdi", "Jama",
    "von Platen", "af Klercker", "von Essen", "De Geer", "af Ugglas", "von Sydow", "Wachtmeister", "Lewenhaupt", "Gyllenstierna", "Silfverschiöld",
    "Lindh", "Lindelöf", "Bergenholtz", "Sjöqvist", "Öqvist", "Wickman", "Fält", "Eng", "Tapper", "Hök",
)  # fmt: skip

# --- the UK (the ONS rankings' order, adults' and children's names together; 1/rank) ----------
UK_WOMEN = (
    "Sarah", "Emma", "Claire", "Laura", "Rebecca", "Jennifer", "Nicola", "Emily", "Jessica", "Charlotte",
    "Hannah", "Lucy", "Amy", "Rachel", "Helen", "Susan", "Karen", "Margaret", "Elizabeth", "Julie",
    "Lisa", "Olivia", "Sophie", "Amelia", "Isla", "Grace", "Chloe", "Ella", "Lily", "Mia",
    "Jane", "Louise", "Victoria", "Katie", "Samantha", "Gemma", "Kelly", "Joanne", "Michelle", "Alison",
    "Catherine", "Caroline", "Patricia", "Christine", "Deborah", "Angela", "Tracey", "Jacqueline", "Elaine", "Lorraine",
    "Mary", "Ann", "Anne", "Linda", "Pauline", "Janet", "Jean", "Sandra", "Carol", "Wendy",
    "Ava", "Isabella", "Poppy", "Freya", "Evie", "Florence", "Sienna", "Ruby", "Isabelle", "Daisy",
    "Alice", "Phoebe", "Matilda", "Rosie", "Harper", "Willow", "Ivy", "Millie", "Evelyn", "Sofia",
    "Zara", "Abigail", "Megan", "Holly", "Leah", "Bethany", "Eleanor", "Natalie", "Kirsty", "Stacey",
    "Danielle", "Natasha", "Hayley", "Zoe", "Lauren", "Georgia", "Molly", "Jasmine", "Anna", "Kate",
    "Fiona", "Heather", "Shirley", "Sheila", "Doreen", "Joan", "Dorothy", "Barbara", "Brenda", "Valerie",
    "Diane", "Gillian", "Denise", "Beverley", "Dawn", "Tina", "Lynn", "Maureen", "Irene", "Eileen",
    "Jacqui", "Kerry", "Leanne", "Vicky", "Jade", "Amber", "Abbie", "Ellie", "Imogen", "Maisie",
    "Erin", "Niamh", "Aisha", "Fatima", "Maryam", "Amira", "Priya", "Harriet", "Esme", "Beatrice",
    "Penelope", "Clara", "Violet", "Aurora", "Hallie", "Arabella", "Elsie", "Maya", "Layla", "Emilia",
    # tail
    "Bonnie", "Edith", "Mabel", "Nancy", "Iris", "Hazel", "Lottie", "Thea", "Orla", "Rose",
    "Heidi", "Annabelle", "Lydia", "Eliza", "Francesca", "Tilly", "Nell", "Hollie", "Bella", "Summer",
    "Lacey", "Paige", "Courtney", "Jodie", "Shannon", "Chelsea", "Kayleigh", "Charlene", "Sharon", "Tracy",
    "Andrea", "Yvonne", "Lesley", "Josephine", "Sally", "Judith", "Rosemary", "Marion", "Hilary", "Gwen",
    "Bridget", "Siobhan", "Sinead", "Aoife", "Ciara", "Bronwen", "Rhiannon", "Cerys", "Seren", "Catrin",
    "Morag", "Eilidh", "Mhairi", "Isla-Rose", "Ffion", "Nia", "Megan-Rose", "Harmony", "Skye", "Darcey",
    "Darcie", "Ruth", "Miriam", "Naomi", "Esther", "Tamsin", "Imani", "Rhian", "Joy", "Vera",
    "Gladys", "Hilda", "Winifred", "Ethel", "Olive", "Ada", "Beryl", "Marjorie", "Muriel", "Sylvia",
    "Audrey", "Phyllis", "Rita", "Pamela", "Gail", "Julia", "Melanie", "Clare", "Suzanne", "Lindsay",
    "Sasha", "Tanya", "Jemma", "Kimberley", "Becky", "Jo", "Sian", "Aimee", "Lucinda", "Harriette",
)  # fmt: skip
UK_MEN = (
    "David", "John", "James", "Paul", "Michael", "Mark", "Andrew", "Richard", "Daniel", "Thomas",
    "Christopher", "Matthew", "Robert", "Peter", "Stephen", "William", "Oliver", "Jack", "Harry", "George",
    "Steven", "Ian", "Simon", "Gary", "Alan", "Kevin", "Jamie", "Adam", "Luke", "Benjamin",
    "Joshua", "Samuel", "Ryan", "Liam", "Craig", "Lee", "Neil", "Martin", "Anthony", "Jason",
    "Noah", "Muhammad", "Leo", "Oscar", "Arthur", "Charlie", "Henry", "Theo", "Freddie", "Alfie",
    "Archie", "Jacob", "Ethan", "Isaac", "Joseph", "Edward", "Lucas", "Max", "Alexander", "Dylan",
    "Brian", "Keith", "Graham", "Colin", "Barry", "Terry", "Kenneth", "Derek", "Trevor", "Raymond",
    "Philip", "Nigel", "Stuart", "Darren", "Dean", "Wayne", "Scott", "Shaun", "Carl", "Karl",
    "Nathan", "Aaron", "Jordan", "Connor", "Callum", "Kieran", "Lewis", "Tyler", "Ben", "Sam",
    "Tom", "Joe", "Dan", "Rob", "Chris", "Nick", "Tony", "Malcolm", "Gordon", "Roger",
    "Frederick", "Albert", "Reginald", "Ernest", "Leonard", "Stanley", "Harold", "Frank", "Dennis", "Ronald",
    "Arlo", "Finley", "Reuben", "Tommy", "Elliot", "Harrison", "Louis", "Hugo", "Rory", "Sebastian",
    "Jude", "Toby", "Ralph", "Albie", "Ezra", "Ronnie", "Jasper", "Caleb", "Hunter", "Mason",
    "Owen", "Rhys", "Gareth", "Dafydd", "Euan", "Fraser", "Angus", "Hamish", "Declan", "Patrick",
    "Sean", "Conor", "Aiden", "Ali", "Mohammed", "Omar", "Yusuf", "Ibrahim", "Hassan", "Arjun",
    # tail
    "Rupert", "Hector", "Gilbert", "Percy", "Rowan", "Felix", "Zachary", "Gabriel", "Elijah", "Barnaby",
    "Ashley", "Jonathan", "Timothy", "Jeremy", "Julian", "Marcus", "Vincent", "Russell", "Clive", "Glyn",
    "Gwyn", "Emlyn", "Idris", "Huw", "Iwan", "Callan", "Ruaridh", "Lachlan", "Alasdair", "Ewan",
    "Ciaran", "Cormac", "Niall", "Eoin", "Lorcan", "Desmond", "Cyril", "Norman", "Geoffrey", "Douglas",
    "Howard", "Gerald", "Walter", "Victor", "Roy", "Eric", "Bernard", "Donald", "Maurice", "Sidney",
    "Wilfred", "Cecil", "Herbert", "Horace", "Clifford", "Edwin", "Lionel", "Percival", "Ivor", "Cedric",
    "Kyle", "Jake", "Mitchell", "Bradley", "Jay", "Reece", "Ashton", "Brandon", "Kai", "Mohammad",
    "Zain", "Ayaan", "Rayan", "Yahya", "Bilal", "Hamza", "Raj", "Sunil", "Kwame", "Kofi",
    "Tobias", "Miles", "Otis", "Jago", "Monty", "Cassius", "Ellis", "Finn", "Jenson", "Harvey",
    "Blake", "Bobby", "Teddy", "Ted", "Lenny", "Stan", "Sid", "Alf", "Vic", "Gus",
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
    "Sullivan", "Whitehouse", "Randall", "Fuller", "Lambert", "Bull", "Summers", "Frost", "Lamb", "Dobson",
    "Hale", "Lord", "Norris", "Howells", "Mann", "Kirby", "Akhtar", "Iqbal", "Mahmood", "Rahman",
    "Chowdhury", "Islam", "Uddin", "Nowak", "Kowalski", "Okafor", "Mensah", "Boateng", "Adeyemi", "Nguyen",
    "Wong", "Chen", "Macleod", "MacDonald", "Mackenzie", "Fraser", "Sinclair", "Cameron", "Ferguson", "Buchanan",
    "Llewellyn", "Pritchett", "Vaughan", "Pugh", "Bevan", "Jenkins-Rees", "Prys", "Cartwright", "Fairclough", "Ackroyd",
    "Sheridan", "Donnelly", "Quinn", "Gallagher", "McLaughlin", "Brennan", "Farrell", "Nolan", "Kavanagh", "Duffy",
    "Blackwood", "Thornton", "Ashworth", "Haworth", "Greenwood", "Sutcliffe", "Whittaker", "Pickering", "Hartley", "Crowther",
    "Trelawney", "Penrose", "Tregear", "Pengelly", "Nankivell", "Smith-Jones", "Fenwick", "Charlton", "Milburn", "Dodds",
)  # fmt: skip

# --- origins common in Sweden (their commonest names; 1/rank, head 10) ------------------------
FI_WOMEN = ("Maria", "Helena", "Johanna", "Anna", "Kaarina", "Marjatta", "Liisa", "Tuula", "Päivi", "Sari", "Pirjo", "Riitta", "Merja", "Anne", "Minna", "Sanna", "Tiina", "Marja", "Leena", "Hannele", "Eeva", "Kirsi", "Satu", "Aino", "Aila", "Seija", "Sirpa", "Tarja", "Ritva", "Pirkko")  # fmt: skip
FI_MEN = ("Juha", "Timo", "Matti", "Kari", "Mikko", "Jari", "Antti", "Jukka", "Mika", "Markku", "Pekka", "Hannu", "Heikki", "Seppo", "Janne", "Ari", "Sami", "Petri", "Pasi", "Jouni", "Esa", "Tapio", "Veikko", "Raimo", "Kalevi", "Olavi", "Eero", "Tuomas", "Ville", "Jussi")  # fmt: skip
FI_SURNAMES = ("Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen", "Hiltunen", "Väisänen", "Keränen", "Koivisto")  # fmt: skip
# Iraq, Syria and Lebanon, with Assyrian/Syriac names (Ninorta, Shamiram, Sargon, Ninos, Ashur, Aprim; Shamoun, Barsoum, Saliba, Isho, Khoshaba, Danho).
AR_WOMEN = ("Fatima", "Maryam", "Zainab", "Nour", "Sara", "Amira", "Hiba", "Rana", "Huda", "Layla", "Yasmin", "Rasha", "Dima", "Lina", "Hanan", "Ghada", "Samira", "Rania", "Aya", "Shahad", "Ruqaya", "Ninorta", "Shamiram", "Nahrain", "Marta", "Sabrina", "Mariam", "Raghad")  # fmt: skip
AR_MEN = ("Mohammed", "Ahmed", "Ali", "Hassan", "Hussein", "Omar", "Mustafa", "Ibrahim", "Khaled", "Yousef", "Abdullah", "Karim", "Mahmoud", "Ammar", "Haider", "Sami", "Tariq", "Bassam", "Firas", "Fadi", "Samir", "Sargon", "Ninos", "Ashur", "Aprim", "Gabriel", "Elias", "Jacob")  # fmt: skip
AR_SURNAMES = ("Ali", "Mohammed", "Hassan", "Ahmed", "Hussein", "Abdullah", "Ibrahim", "Khalil", "Saleh", "Mahmoud", "Jabbar", "Karim", "Kadhim", "Nasser", "Haddad", "Yousef", "Al-Obaidi", "Al-Rubaie", "Aziz", "Hamid", "Jasim", "Shamoun", "Barsoum", "Saliba", "Gabriel", "Yakoub", "Isho", "Khoshaba", "Danho", "Aho", "Kourie", "Malke", "Zeitoun", "Al-Saadi")  # fmt: skip
SO_WOMEN = ("Fadumo", "Amina", "Hodan", "Sahra", "Asha", "Khadra", "Ayaan", "Hibaaq", "Nasra", "Ifrah", "Ubah", "Hamdi", "Deeqa", "Sagal", "Fardowsa", "Muna", "Ladan", "Najma", "Maryan", "Ikran")  # fmt: skip
SO_MEN = ("Mohamed", "Abdi", "Ahmed", "Abdullahi", "Hassan", "Ali", "Omar", "Yusuf", "Abdirahman", "Said", "Farah", "Mahad", "Abdirizak", "Liban", "Guled", "Hamza", "Ismail", "Osman", "Mukhtar", "Bashir")  # fmt: skip
SO_SURNAMES = ("Mohamed", "Ali", "Abdi", "Hassan", "Ahmed", "Omar", "Osman", "Farah", "Hussein", "Abdullahi", "Warsame", "Jama", "Yusuf", "Ismail", "Nur", "Aden", "Mohamud", "Elmi", "Hirsi", "Dahir", "Egal", "Sheikh", "Guled", "Ibrahim", "Abdille")  # fmt: skip
PL_WOMEN = ("Anna", "Katarzyna", "Maria", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Elżbieta", "Magdalena", "Joanna", "Aleksandra", "Monika", "Krystyna", "Dorota", "Justyna", "Karolina", "Beata", "Marta", "Natalia", "Paulina", "Weronika", "Zofia", "Agata", "Jadwiga", "Halina", "Iwona")  # fmt: skip
PL_MEN = ("Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Michał", "Marcin", "Jakub", "Łukasz", "Adam", "Marek", "Grzegorz", "Stanisław", "Jan", "Józef", "Wojciech", "Mateusz", "Dariusz", "Zbigniew", "Rafał", "Kamil", "Sebastian", "Bartosz", "Jerzy", "Mariusz", "Damian", "Przemysław")  # fmt: skip
PL_SURNAMES = ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Kwiatkowski", "Wojciechowski", "Krawczyk", "Kaczmarek", "Piotrowski", "Grabowski", "Zając", "Pawłowski", "Michalski", "Król", "Wieczorek", "Jabłoński", "Wróbel", "Zawadzki", "Nowicki", "Czarnecki", "Sawicki", "Wysocki")  # fmt: skip
FA_WOMEN = ("Maryam", "Fatemeh", "Zahra", "Sara", "Leila", "Neda", "Shirin", "Mahsa", "Parisa", "Nasrin", "Azadeh", "Roya", "Elham", "Samira", "Mina", "Niloufar", "Farzaneh", "Golnaz", "Shabnam", "Mitra", "Parvin", "Soheila")  # fmt: skip
FA_MEN = ("Ali", "Mohammad", "Reza", "Hossein", "Mehdi", "Amir", "Hamid", "Saeed", "Babak", "Dariush", "Majid", "Behrouz", "Farhad", "Kaveh", "Arash", "Omid", "Navid", "Peyman", "Kamran", "Payam", "Hassan", "Javad")  # fmt: skip
FA_SURNAMES = ("Mohammadi", "Hosseini", "Ahmadi", "Rezaei", "Moradi", "Karimi", "Jafari", "Rahimi", "Hashemi", "Ghorbani", "Sadeghi", "Mousavi", "Kazemi", "Ebrahimi", "Heidari", "Rostami", "Azizi", "Amini", "Farahani", "Tehrani", "Shirazi", "Bagheri", "Nazari", "Kiani", "Zamani", "Esfahani", "Sharifi", "Yazdani")  # fmt: skip
BCS_WOMEN = ("Amra", "Emina", "Lejla", "Selma", "Jasmina", "Amela", "Azra", "Aida", "Mirela", "Dragana", "Jelena", "Ana", "Ivana", "Marija", "Snežana", "Vesna", "Mirjana", "Alma", "Sanela", "Edina", "Maja", "Nermina", "Sabina", "Elma", "Dženana", "Merima", "Tanja", "Zorica")  # fmt: skip
BCS_MEN = ("Edin", "Emir", "Adnan", "Amir", "Mirza", "Haris", "Damir", "Senad", "Nermin", "Alen", "Dragan", "Zoran", "Goran", "Milan", "Nikola", "Marko", "Ivan", "Dejan", "Srđan", "Nenad", "Jasmin", "Kenan", "Elvir", "Admir", "Almir", "Mehmed", "Armin", "Tarik")  # fmt: skip
BCS_SURNAMES = ("Hodžić", "Hadžić", "Begić", "Delić", "Mehmedović", "Husić", "Kovačević", "Ibrahimović", "Hasanović", "Omerović", "Halilović", "Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Horvat", "Kovačić", "Babić", "Marić", "Jurić", "Knežević", "Šehić", "Mujić", "Alić", "Imamović", "Avdić", "Softić", "Salihović", "Čaušević", "Zukić")  # fmt: skip
TR_WOMEN = ("Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Merve", "Özlem", "Esra", "Büşra", "Sibel", "Derya", "Gül", "Hülya", "Yasemin", "Sevgi", "Aylin", "Dilek", "Songül", "Nurten", "Ebru", "Tuğba", "Filiz", "Melek")  # fmt: skip
TR_MEN = ("Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Osman", "Yusuf", "Murat", "Ömer", "Ramazan", "Halil", "Süleyman", "Abdullah", "Mahmut", "Recep", "Emre", "Burak", "Serkan", "Kemal", "Cem", "Kerem", "Volkan", "Erkan")  # fmt: skip
TR_SURNAMES = ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Polat", "Korkmaz", "Karataş", "Erdoğan", "Güneş", "Akın", "Aktaş", "Ateş", "Bulut")  # fmt: skip
# Eritrea: the father's given name serves as the surname.
ER_WOMEN = ("Helen", "Senait", "Yodit", "Selam", "Hiwet", "Ruth", "Saba", "Mebrat", "Tsega", "Eden", "Feven", "Rahel", "Winta", "Semhar", "Lemlem", "Almaz", "Mihret", "Hanna", "Tsehay", "Abeba", "Freweyni", "Luwam")  # fmt: skip
ER_MEN = ("Yonas", "Daniel", "Samuel", "Tesfay", "Dawit", "Yohannes", "Tekle", "Mehari", "Habtom", "Berhane", "Filmon", "Efrem", "Kidane", "Solomon", "Amanuel", "Henok", "Robel", "Mussie", "Biniam", "Nahom", "Michael", "Ghebre")  # fmt: skip
ER_SURNAMES = ("Tesfay", "Tekle", "Gebremedhin", "Haile", "Berhe", "Kidane", "Habte", "Mehari", "Ghebremariam", "Woldu", "Tesfamariam", "Yohannes", "Girmay", "Asmerom", "Abraham", "Negash", "Andemariam", "Ghirmay", "Weldemichael", "Haileab", "Fitsum", "Tewelde", "Yemane", "Zerai")  # fmt: skip
AF_WOMEN = ("Fatima", "Maryam", "Zahra", "Shabana", "Nazila", "Freshta", "Parwana", "Mursal", "Nilofar", "Sadaf", "Farzana", "Habiba", "Zarghona", "Malalai", "Sima", "Madina", "Nadia", "Hasina", "Fariba", "Laila", "Shakila")  # fmt: skip
AF_MEN = ("Mohammad", "Ahmad", "Ali", "Abdul", "Mustafa", "Hamid", "Rahim", "Nasir", "Sayed", "Farid", "Jawad", "Mahmood", "Hussain", "Reza", "Qasim", "Naweed", "Wahid", "Samiullah", "Bilal", "Omid", "Zabihullah", "Rahmatullah", "Hamidullah", "Shafiq", "Khalid", "Habib")  # fmt: skip
AF_SURNAMES = ("Ahmadi", "Mohammadi", "Hussaini", "Rahimi", "Hakimi", "Sultani", "Amiri", "Noori", "Hashimi", "Karimi", "Rezaie", "Jafari", "Sadat", "Popal", "Stanikzai", "Ahmadzai", "Yousufzai", "Safi", "Wardak", "Azizi", "Haidari", "Rasuli", "Nazari", "Akbari", "Qaderi")  # fmt: skip
TH_WOMEN = ("Malee", "Pranee", "Somsri", "Wanida", "Supaporn", "Kanya", "Nittaya", "Ratana", "Sunisa", "Pornthip", "Kannika", "Jintana", "Siriporn", "Duangjai", "Arunee", "Orathai", "Patcharee", "Nongnuch", "Tassanee", "Lamai", "Buppha", "Kanokwan", "Sasithorn", "Chutima", "Jiraporn")  # fmt: skip
TH_MEN = ("Somchai", "Somsak", "Prasert", "Sompong", "Surachai", "Wichai", "Anan", "Chaiwat", "Kittisak", "Suchart", "Thanakorn", "Nattapong", "Pichit", "Boonmee", "Sakda", "Niran", "Apichat", "Thanawat", "Wirat", "Yutthana")  # fmt: skip
TH_SURNAMES = ("Saetang", "Srisuk", "Wongsa", "Sukjai", "Chaiyaphum", "Boonyarat", "Thongdee", "Kaewkla", "Rattanaporn", "Suwannarat", "Phromma", "Sriwong", "Chanthara", "Intharasuk", "Jaidee", "Kongkaew", "Ruangsri", "Pattanakul", "Somboon", "Thongsuk", "Wongsuwan", "Charoenporn")  # fmt: skip
# Chile and Latin America: two surnames, the father's and the mother's.
LA_WOMEN = ("María", "Carolina", "Claudia", "Patricia", "Daniela", "Francisca", "Camila", "Valentina", "Javiera", "Constanza", "Paula", "Andrea", "Ximena", "Verónica", "Gabriela", "Alejandra", "Marcela", "Carmen", "Rosa", "Paola", "Lorena", "Natalia", "Isidora", "Catalina", "Fernanda")  # fmt: skip
LA_MEN = ("José", "Juan", "Luis", "Carlos", "Jorge", "Francisco", "Cristián", "Rodrigo", "Sebastián", "Matías", "Felipe", "Diego", "Pablo", "Gonzalo", "Mauricio", "Patricio", "Sergio", "Manuel", "Nicolás", "Ricardo", "Héctor", "Pedro", "Alejandro", "Andrés", "Fernando")  # fmt: skip
LA_SURNAMES = ("González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez", "Sepúlveda", "Morales", "Rodríguez", "López", "Fuentes", "Hernández", "Torres", "Araya", "Flores", "Espinoza", "Valenzuela", "Castillo", "Tapia", "Reyes", "Gutiérrez", "Castro", "Pizarro", "Álvarez", "Vásquez", "Sánchez", "Fernández", "Ramírez", "Carrasco", "Núñez")  # fmt: skip
KU_WOMEN = ("Shilan", "Nazanin", "Rozhin", "Berivan", "Hevi", "Avin", "Dilan", "Jiyan", "Viyan", "Rojda", "Nasrin", "Shno", "Lana", "Zhino", "Helin", "Ronak", "Gulistan", "Bahar", "Evin", "Nishtiman", "Shirin", "Sara")  # fmt: skip
KU_MEN = ("Azad", "Rebin", "Karwan", "Rizgar", "Shwan", "Dilshad", "Hawre", "Aram", "Sherzad", "Hoshyar", "Ari", "Dler", "Bakhtiyar", "Kawa", "Serwan", "Baran", "Zana", "Hemin", "Rawand", "Soran", "Shiwan", "Nawzad")  # fmt: skip
KU_SURNAMES = ("Ahmed", "Mohammed", "Abdullah", "Rashid", "Karim", "Aziz", "Mahmoud", "Amin", "Qadir", "Barzani", "Zebari", "Baban", "Hawrami", "Rasul", "Salih", "Osman", "Sharif", "Mustafa", "Hamad", "Faraj", "Jaf", "Dosky", "Hassan", "Kurdi")  # fmt: skip
UA_WOMEN = ("Olena", "Tetiana", "Nataliia", "Iryna", "Oksana", "Svitlana", "Yuliia", "Olha", "Mariia", "Anastasiia", "Kateryna", "Viktoriia", "Liudmyla", "Halyna", "Nadiia", "Alina", "Daryna", "Sofiia", "Anna", "Yana", "Inna", "Larysa")  # fmt: skip
UA_MEN = ("Oleksandr", "Serhii", "Andrii", "Volodymyr", "Dmytro", "Mykola", "Oleh", "Yurii", "Ivan", "Vasyl", "Viktor", "Maksym", "Ihor", "Vitalii", "Bohdan", "Taras", "Roman", "Artem", "Denys", "Pavlo", "Mykhailo", "Petro")  # fmt: skip
UA_SURNAMES = ("Melnyk", "Shevchenko", "Boiko", "Kovalenko", "Bondarenko", "Tkachenko", "Kovalchuk", "Kravchenko", "Oliinyk", "Shevchuk", "Koval", "Polishchuk", "Bondar", "Tkachuk", "Moroz", "Marchenko", "Lysenko", "Rudenko", "Savchenko", "Petrenko", "Klymenko", "Pavlenko", "Kravchuk", "Kuzmenko")  # fmt: skip
IN_WOMEN = ("Priya", "Anjali", "Pooja", "Neha", "Sunita", "Deepa", "Kavita", "Divya", "Shreya", "Ananya", "Aishwarya", "Lakshmi", "Meera", "Nisha", "Sneha", "Swati", "Aarti", "Rekha", "Harpreet", "Gurpreet", "Sonia", "Ritu")  # fmt: skip
IN_MEN = ("Rahul", "Amit", "Rajesh", "Sanjay", "Vijay", "Arjun", "Rohan", "Suresh", "Ravi", "Anil", "Vikram", "Karthik", "Aditya", "Manoj", "Deepak", "Sunil", "Gurpreet", "Ramesh", "Nikhil", "Praveen", "Sandeep", "Harjit")  # fmt: skip
IN_SURNAMES = ("Patel", "Sharma", "Singh", "Kumar", "Gupta", "Shah", "Reddy", "Rao", "Iyer", "Nair", "Mehta", "Joshi", "Desai", "Kaur", "Agarwal", "Verma", "Chopra", "Malhotra", "Menon", "Pillai", "Bhat", "Srinivasan", "Krishnan", "Das")  # fmt: skip


# --- the US Census 1990 (public domain; the per cent of people carrying the name as weight) ----
US_FEMALE = (
    ("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.98),
    ("Elizabeth", 0.937), ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794),
    ("Margaret", 0.768), ("Dorothy", 0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667),
    ("Betty", 0.666), ("Helen", 0.663), ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565),
    ("Ruth", 0.562), ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.51), ("Sarah", 0.508),
    ("Kimberly", 0.504), ("Deborah", 0.494), ("Jessica", 0.49), ("Shirley", 0.482),
    ("Cynthia", 0.469), ("Angela", 0.468), ("Melissa", 0.462), ("Brenda", 0.455), ("Amy", 0.451),
    ("Anna", 0.44), ("Rebecca", 0.43), ("Virginia", 0.43), ("Kathleen", 0.424), ("Pamela", 0.416),
    ("Martha", 0.412), ("Debra", 0.408), ("Amanda", 0.404), ("Stephanie", 0.4),
    ("Carolyn", 0.385), ("Christine", 0.382), ("Marie", 0.379), ("Janet", 0.379),
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
    ("Josephine", 0.177), ("Thelma", 0.175), ("Shannon", 0.175), ("Sheila", 0.175),
    ("Ethel", 0.174), ("Ellen", 0.173), ("Elaine", 0.173), ("Marjorie", 0.173), ("Carrie", 0.171),
    ("Charlotte", 0.169), ("Monica", 0.166), ("Esther", 0.166), ("Pauline", 0.165),
    ("Emma", 0.165), ("Juanita", 0.164), ("Anita", 0.162), ("Rhonda", 0.162), ("Hazel", 0.161),
    ("Amber", 0.16), ("Eva", 0.159), ("Debbie", 0.157), ("April", 0.154), ("Leslie", 0.154),
    ("Clara", 0.153), ("Lucille", 0.153), ("Jamie", 0.153), ("Joanne", 0.15), ("Eleanor", 0.15),
    ("Valerie", 0.149), ("Danielle", 0.149), ("Megan", 0.147), ("Alicia", 0.146),
    ("Suzanne", 0.145), ("Michele", 0.145), ("Gail", 0.145), ("Bertha", 0.143),
    ("Darlene", 0.142), ("Veronica", 0.142), ("Jill", 0.142), ("Erin", 0.141),
    ("Geraldine", 0.141), ("Lauren", 0.137), ("Cathy", 0.137), ("Joann", 0.136),
    ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135), ("Regina", 0.133), ("Erica", 0.13),
    ("Beatrice", 0.13), ("Dolores", 0.129), ("Bernice", 0.128), ("Audrey", 0.127),
    ("Yvonne", 0.126), ("Annette", 0.125), ("June", 0.125), ("Samantha", 0.124),
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
    ("Katrina", 0.061), ("Claire", 0.061), ("Lindsey", 0.06), ("Lindsay", 0.06),
    ("Geneva", 0.059), ("Guadalupe", 0.059), ("Belinda", 0.059), ("Margarita", 0.059),
    ("Sheryl", 0.059), ("Cora", 0.058), ("Faye", 0.058), ("Ada", 0.057), ("Natasha", 0.057),
    ("Sabrina", 0.057), ("Isabel", 0.057), ("Marguerite", 0.056), ("Hattie", 0.056),
    ("Harriet", 0.056), ("Molly", 0.055), ("Cecilia", 0.055), ("Kristi", 0.055),
    ("Brandi", 0.055), ("Blanche", 0.055), ("Sandy", 0.055), ("Rosie", 0.055), ("Joanna", 0.055),
    ("Iris", 0.055), ("Eunice", 0.054), ("Angie", 0.054), ("Inez", 0.053), ("Lynda", 0.053),
    ("Madeline", 0.052), ("Amelia", 0.052), ("Alberta", 0.052), ("Genevieve", 0.051),
    ("Monique", 0.051), ("Jodi", 0.051), ("Janie", 0.051), ("Maggie", 0.051), ("Kayla", 0.051),
    ("Sonya", 0.051), ("Jan", 0.051), ("Lee", 0.051), ("Kristine", 0.051), ("Candace", 0.051),
    ("Fannie", 0.05), ("Maryann", 0.05), ("Opal", 0.05), ("Alison", 0.05), ("Yvette", 0.05),
    ("Melody", 0.05), ("Luz", 0.049), ("Susie", 0.049), ("Olivia", 0.049), ("Flora", 0.049),
    ("Shelley", 0.049), ("Kristy", 0.048), ("Mamie", 0.048), ("Lula", 0.048), ("Lola", 0.048),
    ("Verna", 0.048), ("Beulah", 0.048), ("Antoinette", 0.048), ("Candice", 0.046),
    ("Juana", 0.046), ("Jeannette", 0.046), ("Pam", 0.046), ("Kelli", 0.046), ("Hannah", 0.045),
    ("Whitney", 0.045), ("Bridget", 0.045), ("Karla", 0.044), ("Celia", 0.044), ("Latoya", 0.043),
    ("Patty", 0.043), ("Shelia", 0.043), ("Gayle", 0.043), ("Della", 0.043), ("Vicky", 0.043),
    ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042), ("Kara", 0.041),
    ("Jacquelyn", 0.041), ("Erma", 0.041), ("Blanca", 0.041), ("Myra", 0.04), ("Leticia", 0.04),
    ("Pat", 0.04), ("Krista", 0.04), ("Roxanne", 0.04), ("Angelica", 0.039), ("Johnnie", 0.039),
    ("Robyn", 0.039), ("Francis", 0.039), ("Adrienne", 0.039), ("Rosalie", 0.039),
    ("Alexandra", 0.039), ("Brooke", 0.039), ("Bethany", 0.039), ("Sadie", 0.039),
    ("Bernadette", 0.039),
)  # fmt: skip

US_MALE = (
    ("James", 3.318), ("John", 3.271), ("Robert", 3.143), ("Michael", 2.629), ("William", 2.451),
    ("David", 2.363), ("Richard", 1.703), ("Charles", 1.523), ("Joseph", 1.404), ("Thomas", 1.38),
    ("Christopher", 1.035), ("Daniel", 0.974), ("Paul", 0.948), ("Mark", 0.938),
    ("Donald", 0.931), ("George", 0.927), ("Kenneth", 0.826), ("Steven", 0.78), ("Edward", 0.779),
    ("Brian", 0.736), ("Ronald", 0.725), ("Anthony", 0.721), ("Kevin", 0.671), ("Jason", 0.66),
    ("Matthew", 0.657), ("Gary", 0.65), ("Timothy", 0.64), ("Jose", 0.613), ("Larry", 0.598),
    ("Jeffrey", 0.591), ("Frank", 0.581), ("Scott", 0.546), ("Eric", 0.544), ("Stephen", 0.54),
    ("Andrew", 0.537), ("Raymond", 0.488), ("Gregory", 0.441), ("Joshua", 0.435),
    ("Jerry", 0.432), ("Dennis", 0.415), ("Walter", 0.399), ("Patrick", 0.389), ("Peter", 0.381),
    ("Harold", 0.371), ("Douglas", 0.367), ("Henry", 0.365), ("Carl", 0.346), ("Arthur", 0.335),
    ("Ryan", 0.328), ("Roger", 0.322), ("Joe", 0.321), ("Juan", 0.316), ("Jack", 0.315),
    ("Albert", 0.314), ("Jonathan", 0.313), ("Justin", 0.311), ("Terry", 0.311),
    ("Gerald", 0.309), ("Keith", 0.308), ("Samuel", 0.306), ("Willie", 0.302), ("Ralph", 0.282),
    ("Lawrence", 0.282), ("Nicholas", 0.275), ("Roy", 0.273), ("Benjamin", 0.27),
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
    ("Francis", 0.16), ("Bradley", 0.159), ("Jesus", 0.155), ("Herbert", 0.155),
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
    ("Brett", 0.082), ("Angel", 0.082), ("Nathaniel", 0.081), ("Rafael", 0.081),
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
    ("Armando", 0.058), ("Felix", 0.058), ("Jimmie", 0.058), ("Everett", 0.057),
    ("Jordan", 0.056), ("Ian", 0.056), ("Wallace", 0.056), ("Ken", 0.055), ("Bob", 0.055),
    ("Jaime", 0.055), ("Casey", 0.054), ("Alfredo", 0.054), ("Alberto", 0.053), ("Dave", 0.053),
    ("Ivan", 0.053), ("Johnnie", 0.052), ("Sidney", 0.052), ("Byron", 0.052), ("Julian", 0.052),
    ("Isaac", 0.051), ("Morris", 0.051), ("Clifton", 0.05), ("Willard", 0.05), ("Daryl", 0.05),
    ("Ross", 0.05), ("Virgil", 0.049), ("Andy", 0.049), ("Marshall", 0.049), ("Salvador", 0.049),
    ("Perry", 0.049), ("Kirk", 0.049), ("Sergio", 0.049), ("Marion", 0.048), ("Tracy", 0.048),
    ("Seth", 0.048), ("Kent", 0.048), ("Terrance", 0.048), ("Rene", 0.048), ("Eduardo", 0.047),
    ("Terrence", 0.047), ("Enrique", 0.046), ("Freddie", 0.046), ("Wade", 0.045),
    ("Austin", 0.044), ("Stuart", 0.044), ("Fredrick", 0.043), ("Arturo", 0.043),
    ("Alejandro", 0.043), ("Jackie", 0.043), ("Joey", 0.043), ("Nick", 0.043), ("Luther", 0.043),
    ("Wendell", 0.042), ("Jeremiah", 0.042), ("Evan", 0.042), ("Julius", 0.042), ("Dana", 0.042),
    ("Donnie", 0.041), ("Otis", 0.041), ("Shannon", 0.04), ("Trevor", 0.04), ("Oliver", 0.04),
    ("Luke", 0.04), ("Homer", 0.04), ("Gerard", 0.04), ("Doug", 0.04), ("Kenny", 0.039),
    ("Hubert", 0.039), ("Angelo", 0.039), ("Shaun", 0.039), ("Lyle", 0.038), ("Matt", 0.038),
    ("Lynn", 0.038), ("Alfonso", 0.038), ("Orlando", 0.037), ("Rex", 0.037), ("Carlton", 0.037),
    ("Ernesto", 0.037), ("Cameron", 0.037), ("Neal", 0.037), ("Pablo", 0.036), ("Lorenzo", 0.036),
    ("Omar", 0.036), ("Wilbur", 0.036), ("Blake", 0.036), ("Grant", 0.036), ("Horace", 0.036),
    ("Roderick", 0.036), ("Kerry", 0.036), ("Abraham", 0.035), ("Willis", 0.035),
    ("Rickey", 0.035), ("Jean", 0.035), ("Ira", 0.035), ("Andres", 0.034), ("Cesar", 0.034),
    ("Johnathan", 0.034), ("Malcolm", 0.034), ("Rudolph", 0.034), ("Damon", 0.034),
    ("Kelvin", 0.034), ("Rudy", 0.034), ("Preston", 0.034), ("Alton", 0.033), ("Archie", 0.033),
    ("Marco", 0.033), ("Wm", 0.033), ("Pete", 0.032), ("Randolph", 0.032), ("Garry", 0.032),
    ("Geoffrey", 0.032), ("Jonathon", 0.032), ("Felipe", 0.032), ("Bennie", 0.032),
    ("Gerardo", 0.032), ("Ed", 0.032), ("Dominic", 0.032), ("Robin", 0.032), ("Loren", 0.032),
    ("Delbert", 0.031), ("Colin", 0.031), ("Guillermo", 0.031), ("Earnest", 0.031),
    ("Lucas", 0.031), ("Benny", 0.03), ("Noel", 0.03), ("Spencer", 0.03), ("Rodolfo", 0.03),
    ("Myron", 0.03), ("Edmund", 0.03), ("Garrett", 0.029), ("Salvatore", 0.029),
    ("Cedric", 0.029), ("Lowell", 0.029), ("Gregg", 0.029), ("Sherman", 0.028), ("Wilson", 0.028),
    ("Devin", 0.028), ("Sylvester", 0.028), ("Kim", 0.028), ("Roosevelt", 0.028),
    ("Israel", 0.028), ("Jermaine", 0.028),
)  # fmt: skip

US_SURNAMES = (
    ("Smith", 1.006), ("Johnson", 0.81), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621),
    ("Davis", 0.48), ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor", 0.311),
    ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.31), ("White", 0.279),
    ("Harris", 0.275), ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254),
    ("Martinez", 0.234), ("Robinson", 0.233), ("Clark", 0.231), ("Rodriguez", 0.229),
    ("Lewis", 0.226), ("Lee", 0.22), ("Walker", 0.219), ("Hall", 0.2), ("Allen", 0.199),
    ("Young", 0.193), ("Hernandez", 0.192), ("King", 0.19), ("Wright", 0.189), ("Lopez", 0.187),
    ("Hill", 0.187), ("Scott", 0.185), ("Green", 0.183), ("Adams", 0.174), ("Baker", 0.171),
    ("Gonzalez", 0.166), ("Nelson", 0.162), ("Carter", 0.162), ("Mitchell", 0.16),
    ("Perez", 0.155), ("Roberts", 0.153), ("Turner", 0.152), ("Phillips", 0.149),
    ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141), ("Edwards", 0.137),
    ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.13), ("Morris", 0.125),
    ("Rogers", 0.123), ("Reed", 0.122), ("Cook", 0.12), ("Morgan", 0.118), ("Bell", 0.117),
    ("Murphy", 0.117), ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper", 0.113),
    ("Richardson", 0.112), ("Cox", 0.11), ("Howard", 0.11), ("Ward", 0.108), ("Torres", 0.108),
    ("Peterson", 0.107), ("Gray", 0.106), ("Ramirez", 0.105), ("James", 0.105), ("Watson", 0.103),
    ("Brooks", 0.103), ("Kelly", 0.102), ("Sanders", 0.1), ("Price", 0.099), ("Bennett", 0.099),
    ("Wood", 0.098), ("Barnes", 0.097), ("Ross", 0.096), ("Henderson", 0.095), ("Coleman", 0.095),
    ("Jenkins", 0.095), ("Perry", 0.094), ("Powell", 0.093), ("Long", 0.092),
    ("Patterson", 0.092), ("Hughes", 0.092), ("Flores", 0.092), ("Washington", 0.092),
    ("Butler", 0.091), ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales", 0.087),
    ("Bryant", 0.087), ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084),
    ("Diaz", 0.084), ("Hayes", 0.083), ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082),
    ("Graham", 0.082), ("Sullivan", 0.081), ("Wallace", 0.081), ("Woods", 0.08), ("Cole", 0.08),
    ("West", 0.08), ("Jordan", 0.078), ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077),
    ("Ellis", 0.077), ("Harrison", 0.076), ("Gibson", 0.075), ("McDonald", 0.075),
    ("Cruz", 0.075), ("Marshall", 0.075), ("Ortiz", 0.075), ("Gomez", 0.075), ("Murray", 0.074),
    ("Freeman", 0.074), ("Wells", 0.073), ("Webb", 0.072), ("Simpson", 0.07), ("Stevens", 0.07),
    ("Tucker", 0.07), ("Porter", 0.069), ("Hunter", 0.069), ("Hicks", 0.069), ("Crawford", 0.068),
    ("Henry", 0.068), ("Boyd", 0.068), ("Mason", 0.068), ("Morales", 0.067), ("Kennedy", 0.067),
    ("Warren", 0.067), ("Dixon", 0.066), ("Ramos", 0.066), ("Reyes", 0.066), ("Burns", 0.065),
    ("Gordon", 0.065), ("Shaw", 0.065), ("Holmes", 0.065), ("Rice", 0.064), ("Robertson", 0.064),
    ("Hunt", 0.063), ("Black", 0.063), ("Daniels", 0.062), ("Palmer", 0.062), ("Mills", 0.061),
    ("Nichols", 0.06), ("Grant", 0.06), ("Knight", 0.06), ("Ferguson", 0.059), ("Rose", 0.059),
    ("Stone", 0.059), ("Hawkins", 0.059), ("Dunn", 0.058), ("Perkins", 0.058), ("Hudson", 0.058),
    ("Spencer", 0.057), ("Gardner", 0.057), ("Stephens", 0.057), ("Payne", 0.057),
    ("Pierce", 0.056), ("Berry", 0.056), ("Matthews", 0.056), ("Arnold", 0.056),
    ("Wagner", 0.055), ("Willis", 0.055), ("Ray", 0.055), ("Watkins", 0.055), ("Olson", 0.055),
    ("Carroll", 0.055), ("Duncan", 0.055), ("Snyder", 0.055), ("Hart", 0.054),
    ("Cunningham", 0.054), ("Bradley", 0.054), ("Lane", 0.054), ("Andrews", 0.054),
    ("Ruiz", 0.054), ("Harper", 0.054), ("Fox", 0.053), ("Riley", 0.053), ("Armstrong", 0.053),
    ("Carpenter", 0.053), ("Weaver", 0.053), ("Greene", 0.053), ("Lawrence", 0.052),
    ("Elliott", 0.052), ("Chavez", 0.052), ("Sims", 0.052), ("Austin", 0.052), ("Peters", 0.052),
    ("Kelley", 0.052), ("Franklin", 0.051), ("Lawson", 0.051), ("Fields", 0.051),
    ("Gutierrez", 0.051), ("Ryan", 0.051), ("Schmidt", 0.051), ("Carr", 0.051),
    ("Vasquez", 0.051), ("Castillo", 0.051), ("Wheeler", 0.051), ("Chapman", 0.05),
    ("Oliver", 0.05), ("Montgomery", 0.049), ("Richards", 0.049), ("Williamson", 0.049),
    ("Johnston", 0.049), ("Banks", 0.048), ("Meyer", 0.048), ("Bishop", 0.048), ("McCoy", 0.048),
    ("Howell", 0.048), ("Alvarez", 0.048), ("Morrison", 0.048), ("Hansen", 0.047),
    ("Fernandez", 0.047), ("Garza", 0.047), ("Harvey", 0.047), ("Little", 0.046),
    ("Burton", 0.046), ("Stanley", 0.046), ("Nguyen", 0.046), ("George", 0.046),
    ("Jacobs", 0.046), ("Reid", 0.046), ("Kim", 0.045), ("Fuller", 0.045), ("Lynch", 0.045),
    ("Dean", 0.045), ("Gilbert", 0.045), ("Garrett", 0.045), ("Romero", 0.045), ("Welch", 0.044),
    ("Larson", 0.044), ("Frazier", 0.044), ("Burke", 0.044), ("Hanson", 0.043), ("Day", 0.043),
    ("Mendoza", 0.043), ("Moreno", 0.043), ("Bowman", 0.043), ("Medina", 0.042),
    ("Fowler", 0.042), ("Brewer", 0.042), ("Hoffman", 0.042), ("Carlson", 0.042),
    ("Silva", 0.042), ("Pearson", 0.042), ("Holland", 0.042), ("Douglas", 0.041),
    ("Fleming", 0.041), ("Jensen", 0.041), ("Vargas", 0.041), ("Byrd", 0.041),
    ("Davidson", 0.041), ("Hopkins", 0.041), ("May", 0.04), ("Terry", 0.04), ("Herrera", 0.04),
    ("Wade", 0.04), ("Soto", 0.04), ("Walters", 0.04), ("Curtis", 0.04), ("Neal", 0.039),
    ("Caldwell", 0.039), ("Lowe", 0.039), ("Jennings", 0.039), ("Barnett", 0.039),
    ("Graves", 0.039), ("Jimenez", 0.039), ("Horton", 0.039), ("Shelton", 0.039),
    ("Barrett", 0.039), ("O'Brien", 0.039), ("Castro", 0.039), ("Sutton", 0.038),
    ("Gregory", 0.038), ("McKinney", 0.038), ("Lucas", 0.038), ("Miles", 0.038), ("Craig", 0.038),
    ("Rodriquez", 0.037), ("Chambers", 0.037), ("Holt", 0.037), ("Lambert", 0.037),
    ("Fletcher", 0.037), ("Watts", 0.037), ("Bates", 0.037), ("Hale", 0.037), ("Rhodes", 0.037),
    ("Pena", 0.037), ("Beck", 0.037), ("Newman", 0.036), ("Haynes", 0.036), ("McDaniel", 0.036),
    ("Mendez", 0.036), ("Bush", 0.036), ("Vaughn", 0.036), ("Parks", 0.035), ("Dawson", 0.035),
    ("Santiago", 0.035), ("Norris", 0.035), ("Hardy", 0.035), ("Love", 0.035), ("Steele", 0.035),
    ("Curry", 0.035), ("Powers", 0.035), ("Schultz", 0.035), ("Barker", 0.035), ("Guzman", 0.034),
    ("Page", 0.034), ("Munoz", 0.034), ("Ball", 0.034), ("Keller", 0.034), ("Chandler", 0.034),
    ("Weber", 0.034), ("Leonard", 0.034), ("Walsh", 0.033), ("Lyons", 0.033), ("Ramsey", 0.033),
    ("Wolfe", 0.033), ("Schneider", 0.033), ("Mullins", 0.033), ("Benson", 0.033),
    ("Sharp", 0.033), ("Bowen", 0.033), ("Daniel", 0.033), ("Barber", 0.032), ("Cummings", 0.032),
    ("Hines", 0.032), ("Baldwin", 0.032), ("Griffith", 0.032), ("Valdez", 0.032),
    ("Hubbard", 0.032), ("Salazar", 0.032), ("Reeves", 0.032), ("Warner", 0.031),
    ("Stevenson", 0.031), ("Burgess", 0.031), ("Santos", 0.031), ("Tate", 0.031),
    ("Cross", 0.031), ("Garner", 0.031), ("Mann", 0.031), ("Mack", 0.031), ("Moss", 0.031),
    ("Thornton", 0.031), ("Dennis", 0.031), ("McGee", 0.031), ("Farmer", 0.03), ("Delgado", 0.03),
    ("Aguilar", 0.03), ("Vega", 0.03), ("Glover", 0.03), ("Manning", 0.03), ("Cohen", 0.03),
    ("Harmon", 0.03), ("Rodgers", 0.03), ("Robbins", 0.03), ("Newton", 0.03), ("Todd", 0.03),
    ("Blair", 0.03), ("Higgins", 0.03), ("Ingram", 0.03), ("Reese", 0.03), ("Cannon", 0.03),
    ("Strickland", 0.03), ("Townsend", 0.03), ("Potter", 0.03), ("Goodwin", 0.03),
    ("Walton", 0.03), ("Rowe", 0.029), ("Hampton", 0.029), ("Ortega", 0.029), ("Patton", 0.029),
    ("Swanson", 0.029), ("Joseph", 0.029), ("Francis", 0.029), ("Goodman", 0.029),
    ("Maldonado", 0.029), ("Yates", 0.029), ("Becker", 0.029), ("Erickson", 0.029),
    ("Hodges", 0.029), ("Rios", 0.029), ("Conner", 0.029), ("Adkins", 0.029), ("Webster", 0.028),
    ("Norman", 0.028), ("Malone", 0.028), ("Hammond", 0.028), ("Flowers", 0.028), ("Cobb", 0.028),
    ("Moody", 0.028), ("Quinn", 0.028), ("Blake", 0.028), ("Maxwell", 0.028), ("Pope", 0.028),
    ("Floyd", 0.027), ("Osborne", 0.027), ("Paul", 0.027), ("McCarthy", 0.027),
    ("Guerrero", 0.027), ("Lindsey", 0.027), ("Estrada", 0.027), ("Sandoval", 0.027),
    ("Gibbs", 0.027), ("Tyler", 0.027), ("Gross", 0.027), ("Fitzgerald", 0.027),
    ("Stokes", 0.027), ("Doyle", 0.027), ("Sherman", 0.027),
)  # fmt: skip


ORIGINS: dict[str, Origin] = {
    "swedish": Origin(ranked(SV_WOMEN, 150), ranked(SV_MEN, 150), ranked(SV_SURNAMES, 150)),
    "us": Origin(census(US_FEMALE), census(US_MALE), census(US_SURNAMES)),
    "uk": Origin(ranked(UK_WOMEN, 150), ranked(UK_MEN, 150), ranked(UK_SURNAMES, 150)),
    "finnish": Origin(ranked(FI_WOMEN, 10), ranked(FI_MEN, 10), ranked(FI_SURNAMES, 10)),
    "arabic": Origin(ranked(AR_WOMEN, 10), ranked(AR_MEN, 10), ranked(AR_SURNAMES, 10)),
    "somali": Origin(ranked(SO_WOMEN, 10), ranked(SO_MEN, 10), ranked(SO_SURNAMES, 10)),
    "polish": Origin(ranked(PL_WOMEN, 10), ranked(PL_MEN, 10), ranked(PL_SURNAMES, 10)),
    "persian": Origin(ranked(FA_WOMEN, 10), ranked(FA_MEN, 10), ranked(FA_SURNAMES, 10)),
    "bcs": Origin(ranked(BCS_WOMEN, 10), ranked(BCS_MEN, 10), ranked(BCS_SURNAMES, 10)),
    "turkish": Origin(ranked(TR_WOMEN, 10), ranked(TR_MEN, 10), ranked(TR_SURNAMES, 10)),
    "eritrean": Origin(ranked(ER_WOMEN, 10), ranked(ER_MEN, 10), ranked(ER_SURNAMES, 10)),
    "afghan": Origin(ranked(AF_WOMEN, 10), ranked(AF_MEN, 10), ranked(AF_SURNAMES, 10)),
    "thai": Origin(ranked(TH_WOMEN, 10), ranked(TH_MEN, 10), ranked(TH_SURNAMES, 10)),
    "latin": Origin(ranked(LA_WOMEN, 10), ranked(LA_MEN, 10), ranked(LA_SURNAMES, 10)),
    "kurdish": Origin(ranked(KU_WOMEN, 10), ranked(KU_MEN, 10), ranked(KU_SURNAMES, 10)),
    "ukrainian": Origin(ranked(UA_WOMEN, 10), ranked(UA_MEN, 10), ranked(UA_SURNAMES, 10)),
    "indian": Origin(ranked(IN_WOMEN, 10), ranked(IN_MEN, 10), ranked(IN_SURNAMES, 10)),
}

# Who is named, per language of the text: Swedish the largest share in Swedish and mixed text,
# the others roughly as Sweden's population has them; English text mostly US and UK.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 67, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5, "eritrean": 1.2,
        "ukrainian": 1.2, "latin": 1, "thai": 1, "indian": 0.8, "uk": 0.7, "us": 0.6,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 9, "indian": 3, "arabic": 2, "polish": 2, "latin": 2,
        "finnish": 1, "somali": 1, "persian": 1, "turkish": 1, "thai": 1, "bcs": 1,
        "ukrainian": 1, "afghan": 0.5, "eritrean": 0.5, "kurdish": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 10, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
        "persian": 2.5, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5, "afghan": 1.5,
        "ukrainian": 1.2, "indian": 1.2, "eritrean": 1, "thai": 1, "latin": 1,
    },
}  # fmt: skip

# Short forms people go by (`Lasse` for Lars, `Liz` for Elizabeth), per origin.
NICK_SV: dict[str, list[str]] = {
    "Lars": ["Lasse"], "Mikael": ["Micke"], "Joakim": ["Jocke"], "Karl": ["Kalle"], "Per": ["Pelle", "Perra"],
    "Magnus": ["Mange"], "Thomas": ["Tompa"], "Tomas": ["Tompa"], "Marcus": ["Mackan"], "Fredrik": ["Fredde"],
    "Niklas": ["Nicke"], "Patrik": ["Patte"], "Kristoffer": ["Krille"], "Robert": ["Robban"], "Jonathan": ["Jonte"],
    "Alexander": ["Alex"], "Sebastian": ["Sebbe"], "Viktor": ["Vicke"], "Daniel": ["Danne"], "Mattias": ["Matte"],
    "Tobias": ["Tobbe"], "Stefan": ["Steffe"], "Gustav": ["Gurra", "Gusten"], "Hans": ["Hasse"], "Jan": ["Janne"],
    "Andreas": ["Ante"], "Christian": ["Chrille"], "Johan": ["Jojje"], "Björn": ["Nalle"], "Anders": ["Ante"],
    "Kenneth": ["Kenta"], "Ingvar": ["Ingge"], "Rickard": ["Ricke"], "Henrik": ["Henke"], "Emanuel": ["Manne"],
    "Charlotte": ["Lotta"], "Susanne": ["Sussie"], "Elisabeth": ["Lisa", "Bettan"], "Kristina": ["Stina", "Kicki"],
    "Christina": ["Kicki", "Tina"], "Margareta": ["Maggan"], "Birgitta": ["Bittan", "Gittan"], "Katarina": ["Kattis"],
    "Johanna": ["Jossan"], "Josefin": ["Jossan", "Fia"], "Madeleine": ["Madde"], "Therese": ["Tessan"],
    "Cecilia": ["Cissi"], "Viktoria": ["Vickan"], "Gunilla": ["Gullan"], "Kerstin": ["Kersti"], "Annika": ["Anki"],
    "Sofia": ["Sofie", "Fia"], "Ingrid": ["Inga"], "Agneta": ["Agge"], "Marianne": ["Mian"], "Pernilla": ["Pella"],
    "Jessica": ["Jessie"], "Alexandra": ["Sandra"], "Ann-Christin": ["Ann-Chris"], "Anna-Karin": ["Anki"],
}  # fmt: skip
NICK_EN: dict[str, list[str]] = {
    "William": ["Bill", "Will", "Billy"], "Robert": ["Bob", "Rob", "Bobby"], "Richard": ["Rick", "Rich", "Dick"],
    "Michael": ["Mike", "Mick"], "James": ["Jim", "Jimmy", "Jamie"], "John": ["Johnny", "Jack"], "Thomas": ["Tom", "Tommy"],
    "Christopher": ["Chris"], "Daniel": ["Dan", "Danny"], "Anthony": ["Tony"], "Joseph": ["Joe"], "Edward": ["Ed", "Ted", "Eddie"],
    "Samuel": ["Sam"], "Benjamin": ["Ben"], "Matthew": ["Matt"], "Andrew": ["Andy", "Drew"], "Stephen": ["Steve"],
    "Steven": ["Steve"], "Alexander": ["Alex"], "Nicholas": ["Nick"], "David": ["Dave"], "Charles": ["Charlie", "Chuck"],
    "Peter": ["Pete"], "Timothy": ["Tim"], "Kenneth": ["Ken", "Kenny"], "Donald": ["Don"], "Ronald": ["Ron", "Ronnie"],
    "Gerald": ["Gerry"], "Frederick": ["Fred", "Freddie"], "Leonard": ["Len", "Lenny"], "Raymond": ["Ray"],
    "Elizabeth": ["Liz", "Beth", "Lizzie"], "Jennifer": ["Jen", "Jenny"], "Margaret": ["Maggie", "Peggy", "Meg"],
    "Katherine": ["Kate", "Kathy"], "Catherine": ["Cathy", "Kate"], "Patricia": ["Pat", "Trish"], "Deborah": ["Debbie", "Deb"],
    "Susan": ["Sue", "Susie"], "Rebecca": ["Becky", "Becca"], "Victoria": ["Vicky", "Tori"], "Samantha": ["Sam"],
    "Jacqueline": ["Jackie", "Jacqui"], "Christine": ["Chris", "Chrissie"], "Barbara": ["Barb", "Babs"],
    "Dorothy": ["Dot", "Dottie"], "Kimberly": ["Kim"], "Pamela": ["Pam"], "Judith": ["Judy"], "Cynthia": ["Cindy"],
    "Abigail": ["Abbie", "Abby"], "Natalie": ["Nat"], "Eleanor": ["Ellie", "Nell"], "Theresa": ["Terri", "Tess"],
}  # fmt: skip
NICKNAMES: dict[str, dict[str, list[str]]] = {
    "swedish": NICK_SV,
    "uk": NICK_EN,
    "us": NICK_EN,
    "finnish": {"Johanna": ["Jonna"], "Juhani": ["Jussi"], "Matti": ["Masa"]},
    "arabic": {"Mohammed": ["Mo", "Hamoudi"], "Mustafa": ["Musse"], "Ibrahim": ["Ibbe"]},
    "polish": {"Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"], "Aleksandra": ["Ola"], "Krzysztof": ["Krzysiek"], "Michał": ["Michu"], "Piotr": ["Piotrek"], "Tomasz": ["Tomek"]},
    "bcs": {"Jasmina": ["Jasna"], "Nikola": ["Niko"], "Edin": ["Edo"]},
    "ukrainian": {"Oleksandr": ["Sasha"], "Volodymyr": ["Volodia"], "Kateryna": ["Katia"], "Anastasiia": ["Nastia"]},
    "latin": {"Francisco": ["Pancho"], "José": ["Pepe"], "Francisca": ["Pancha"], "Alejandro": ["Ale"]},
}  # fmt: skip
