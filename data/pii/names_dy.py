# ruff: noqa: E501
"""Name pools of held-out DY (issue 15): names as the population has them, by origin and weight.

Every list is in rank order. Swedish given names and surnames follow SCB's name statistics
(written from the writer's general knowledge; weight 1/rank, head the top 150, a tail of rarer
names past them); the US lists are copied from the US Census 1990 files (`dist.female.first`,
`dist.male.first`, `dist.all.last`, public domain, as shipped in the `names` package) with the
census per cent as weight, head 150; UK names follow the ONS rankings (1/rank); the other
origins are the commonest given names and surnames of groups common in Sweden (1/rank, head 10).
None was checked against anything in the rung repository.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this probability, else the tail


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
    assert len(set(names)) == len(names), "a name twice in one list"
    return Pool(names, tuple(1 / rank for rank in range(1, len(names) + 1)), min(head, len(names)))


def census(rows: tuple[tuple[str, float], ...], head: int) -> Pool:
    """A census list: each name with its per cent as weight."""
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


# Swedish women's given names in SCB's rank order: the first 150 are the head, the rest the tail.
SV_WOMEN = (
    "Maria", "Anna", "Margareta", "Elisabeth", "Eva", "Kristina", "Birgitta", "Karin", "Elisabet",
    "Marie", "Ingrid", "Christina", "Linnéa", "Sofia", "Kerstin", "Marianne", "Lena", "Helena",
    "Emma", "Inger", "Johanna", "Sara", "Cecilia", "Elin", "Anita", "Ulla", "Louise", "Viktoria",
    "Ida", "Linda", "Hanna", "Susanne", "Malin", "Katarina", "Annika", "Gunilla", "Jenny", "Monica",
    "Carina", "Julia", "Ingegerd", "Irene", "Elsa", "Matilda", "Ann", "Åsa", "Barbro", "Agneta",
    "Ulrika", "Camilla", "Amanda", "Frida", "Caroline", "Therese", "Charlotte", "Josefin", "Sofie",
    "Alice", "Siv", "Lisa", "Helen", "Yvonne", "Ingeborg", "Emelie", "Maja", "Britt", "Gun", "Ebba",
    "Astrid", "Pia", "Ellen", "Lovisa", "Erika", "Mona", "Klara", "Jessica", "Anneli", "Ann-Marie",
    "Wilma", "Olivia", "Agnes", "Gunnel", "Moa", "Viola", "Lina", "Felicia", "Rebecka", "Anette",
    "Sandra", "Alexandra", "Ingela", "Emilia", "Marita", "Ann-Christin", "Berit", "Rut", "Ella",
    "Isabelle", "Elvira", "Nathalie", "Ronja", "Tove", "Madeleine", "Sigrid", "Ester", "Elina",
    "Gerd", "Marie-Louise", "Ann-Sofie", "Lotta", "Nina", "Vera", "Hedvig", "Stina", "Tuva", "Saga",
    "Signe", "Freja", "Jennifer", "Michaela", "Petra", "Mikaela", "Marina", "Eleonor", "Majken",
    "Kristin", "Tina", "Beatrice", "Isabella", "Kajsa", "Edith", "Greta", "Märta", "Selma", "Alva",
    "Stella", "Nora", "Tilda", "Linn", "Ylva", "Margit", "Solveig", "Gunvor", "Inga", "Eivor",
    "Lilian", "Anne", "Jeanette", "Britta", "Karolina", "Mari", "Maud", "Elsie", "Dagmar", "Ruth",
    "Hillevi", "Evelina", "Emmy", "Thea", "Tyra", "Lova", "Elise", "Elisa", "Nellie", "Mira", "Liv",
    "Ingalill", "Lillemor", "Gudrun", "Sonja", "Rigmor", "Laila", "Vivianne", "Doris", "Gullan",
    "Majvor", "Aina", "Alma", "Hilma", "Svea", "Tekla", "Elvy", "Iris", "Jill", "Desirée",
    "Pernilla", "Malou", "Mathilda", "Jonna", "Sanna", "Hanne", "Meja", "Juni", "Hilda", "Lea",
    "Livia", "Ellie", "Alicia", "Idun", "Anna-Karin", "Anna-Lena", "Eva-Lena", "Ann-Kristin",
    "Ann-Charlotte", "Carin", "Catarina", "Kristine", "Christin", "Marlene", "Marléne", "Eleonora",
    "Josefine", "Josefina", "Emelia", "Amelia", "Minna", "Susann", "Susanna", "Annelie", "Annette",
    "Gunborg", "Gunhild", "Ingmarie", "Inga-Lill", "Inga-Britt", "Britt-Marie", "Britt-Inger",
    "Ulla-Britt", "Lisbeth", "Lisbet", "Vendela", "Wendela", "Lykke", "Elly", "Elna", "Edla",
    "Hulda", "Hjördis", "Ragnhild", "Ragni", "Valborg", "Sigbritt", "Birgit", "Ingbritt", "Kristel",
    "Ulrica", "Victoria", "Charlott", "Sophie", "Sofi", "Emilie", "Fanny", "Filippa", "Hedda",
    "Ingegärd", "Jane", "Lilly", "Linnea", "Majlis", "Marit", "Paula", "Ragna", "Sally", "Tindra",
    "Vilma", "Wera", "Cornelia", "Clara", "Jasmine", "Jasmin", "Angelica", "Angelika", "Annica",
    "Monika", "Veronica", "Veronika", "Jessika", "Rebecca", "Lise-Lotte", "Lena-Maria", "Mia",
    "Malva", "Molly", "Novalie", "Leia", "Noomi", "Nova", "Melina", "Minea", "Siri", "Svanhild",
    "Tora", "Torun", "Tuula", "Kaisa", "Aili", "Anja", "Anniken", "Benita", "Bodil", "Cajsa",
    "Daniela", "Diana", "Dorotea", "Elena", "Elvina", "Ewa", "Fatima", "Aisha", "Maryam", "Zainab",
    "Leyla", "Amira", "Nour", "Hiba", "Fatma", "Zahra", "Yasmin", "Ayan", "Hamdi", "Hodan", "Amina",
    "Sahra", "Sabina", "Selin", "Gabriella", "Gisela", "Gunda", "Hanna-Karin", "Heidi", "Helga",
    "Henrietta", "Ingalena", "Irja", "Irma", "Jenni", "Johanne", "Judit", "Kaja", "Karina", "Katja",
    "Katrin", "Kim", "Lovise", "Lydia", "Madelene", "Magdalena", "Maj", "Maj-Britt", "Majbritt",
    "Malena", "Margret", "Mariana", "Marianna", "Marielle", "Matilde", "Mikaila", "Milla", "Mimmi",
    "Märit", "Nathalia", "Nadja", "Natalie", "Ninni", "Olga", "Ottilia", "Paulina", "Pauline",
    "Regina", "Rosa", "Rosmarie", "Sabine", "Sanja", "Sigun", "Silvia", "Siw", "Stefanie", "Sylvia",
    "Tanja", "Terese", "Therés", "Ulla-Karin", "Ulrike", "Unni", "Valentina", "Vivan", "Vivi",
    "Wivi", "Yasmine", "Åse", "Ingvor", "Kerttu", "Lisen", "Nelly", "Tiina", "Vanja", "Eva-Britt",
    "Gun-Britt", "Ann-Louise", "Anna-Maria", "Maj-Lis", "Inger-Lise",
)  # fmt: skip

# Swedish men's given names in SCB's rank order: head 150, then the tail.
SV_MEN = (
    "Lars", "Karl", "Erik", "Anders", "Per", "Johan", "Mikael", "Nils", "Jan", "Hans", "Carl",
    "Lennart", "Peter", "Olof", "Gustav", "Thomas", "Daniel", "Fredrik", "Sven", "Bengt",
    "Alexander", "Bo", "Stefan", "Göran", "Magnus", "Åke", "Oskar", "Andreas", "Axel", "Mattias",
    "Martin", "Leif", "Jonas", "Henrik", "Ulf", "Gunnar", "Björn", "Kent", "Christer", "Roland",
    "Ingemar", "Arne", "Kjell", "Stig", "David", "Rolf", "Viktor", "Emil", "Anton", "Filip",
    "Simon", "Tommy", "Marcus", "Niklas", "Patrik", "Kurt", "Rune", "Robert", "Christian", "Tobias",
    "William", "Joakim", "Sebastian", "Elias", "Hugo", "Jakob", "Ludvig", "Jonathan", "Lucas",
    "Adam", "Rasmus", "Oliver", "Linus", "Isak", "Albin", "Gabriel", "Jesper", "Roger", "Tomas",
    "Dan", "Kenneth", "Mats", "Torbjörn", "Håkan", "Claes", "Jörgen", "Ove", "Bertil", "Ingvar",
    "Sten", "Gösta", "Harald", "Tore", "Allan", "Robin", "Joel", "Viggo", "Ville", "Melvin", "Noah",
    "Liam", "Theo", "Elliot", "Hampus", "Max", "Samuel", "Benjamin", "Arvid", "Vilhelm", "Edvin",
    "Wilhelm", "Olle", "Gustaf", "Eric", "Jens", "Pontus", "Rickard", "Richard", "Urban", "Conny",
    "Jimmy", "Mohammed", "Kristoffer", "Christoffer", "Sixten", "Einar", "Folke", "Torsten", "Knut",
    "Birger", "Bernt", "Lars-Göran", "Lars-Erik", "Karl-Erik", "Per-Olof", "Jan-Erik", "Sture",
    "Valter", "Emanuel", "Alf", "Ronny", "Henry", "Love", "August", "Colin", "Frans", "Leo",
    "Josef", "Vincent", "Roy", "Herbert", "Holger", "Sigvard", "Ragnar", "Evert", "Yngve",
    "Gustav-Adolf", "Helmer", "Ivar", "Malte", "Otto", "Sune", "Tage", "Uno", "Walter", "Ture",
    "Torvald", "Verner", "Vidar", "Osvald", "Algot", "Assar", "Arvo", "Bror", "Dag", "Elis", "Enar",
    "Esbjörn", "Gert", "Gillis", "Hilding", "Hjalmar", "Ingvald", "Jarl", "Konrad", "Lage", "Manne",
    "Nore", "Olav", "Orvar", "Pelle", "Ragnvald", "Rudolf", "Sigfrid", "Stellan", "Sölve", "Tord",
    "Torgny", "Valdemar", "Östen", "Birger-Jarl", "Bo-Göran", "Carl-Johan", "Karl-Johan",
    "Per-Anders", "Per-Erik", "Jan-Olof", "Lars-Olof", "Nils-Erik", "Sven-Erik", "Sven-Olof",
    "Hans-Erik", "Bengt-Göran", "Lars-Åke", "Karl-Gustav", "Stig-Arne", "Jan-Åke", "Anders-Petter",
    "Mats-Ola", "Ola", "Ebbe", "Alvar", "Bill", "Boris", "Caspar", "Casper", "Dennis", "Douglas",
    "Edward", "Egon", "Elof", "Erling", "Evald", "Fabian", "Felix", "Ferdinand", "Frank", "Fritz",
    "Georg", "Gideon", "Glenn", "Gunder", "Halvar", "Harry", "Helge", "Hemming", "Henning",
    "Ingmar", "Isac", "Jack", "Jacob", "Jerker", "Jim", "Joachim", "Johannes", "Jon", "Josua",
    "Julius", "Kai", "Kalle", "Kasper", "Kevin", "Kim", "Krister", "Kristian", "Laurentius",
    "Lauritz", "Leonard", "Leopold", "Levi", "Lias", "Loke", "Lukas", "Mathias", "Matias",
    "Matteus", "Mauritz", "Melker", "Milo", "Moses", "Neo", "Nicklas", "Noel", "Odd", "Ossian",
    "Paul", "Petter", "Philip", "Ralf", "Reidar", "Reinhold", "Rikard", "Ruben", "Samir", "Set",
    "Sigge", "Sonny", "Staffan", "Sten-Åke", "Stig-Olof", "Teodor", "Theodor", "Tim", "Timo", "Tor",
    "Torleif", "Tryggve", "Tycho", "Ulrik", "Valentin", "Wiktor", "Yusuf", "Zakaria", "Ali",
    "Ahmed", "Omar", "Hassan", "Ibrahim", "Mustafa", "Abdullahi", "Abdi", "Mahmoud", "Khaled",
    "Karim", "Mehmet", "Amir", "Reza", "Dario", "Elton", "Emir", "Adrian", "Alex", "Alfred",
    "Anwar", "Aron", "Bastian", "Bruno", "Charlie", "Dante", "Eddie", "Elvin", "Elvis", "Erwin",
    "Esaias", "Eskil", "Gottfrid", "Ingolf", "Isidor", "Lennie", "Manfred", "Matti", "Morgan",
    "Nikola", "Patric", "Peder", "Pehr", "Pär", "Roine", "Rurik", "Seth", "Sivert", "Sören",
    "Tommie", "Torkel", "Vilgot", "Weine", "Wille", "Åsmund", "Per-Olov", "Lars-Inge", "Nils-Olof",
    "Bo-Inge", "Sven-Åke", "Lars-Gunnar", "Jan-Olov",
)  # fmt: skip

# Swedish surnames in SCB's rank order: head 150, then the tail (with names of other origins where SCB ranks them, and noble names).
SV_SURNAMES = (
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
    "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson",
    "Lindberg", "Jakobsson", "Magnusson", "Olofsson", "Lindström", "Lindqvist", "Lindgren", "Berg",
    "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren", "Lundqvist", "Mattsson", "Berglund",
    "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg", "Ali", "Wallin", "Mohammed",
    "Engström", "Eklund", "Danielsson", "Lundin", "Håkansson", "Björk", "Bergman", "Gunnarsson",
    "Holm", "Wikström", "Samuelsson", "Isaksson", "Fransson", "Bergqvist", "Nyström", "Holmberg",
    "Arvidsson", "Löfgren", "Söderberg", "Nyberg", "Blomqvist", "Claesson", "Nordström", "Ahmed",
    "Mårtensson", "Lundström", "Hassan", "Viklund", "Björklund", "Eliasson", "Pålsson", "Berggren",
    "Sandström", "Lund", "Nordin", "Ström", "Åberg", "Falk", "Ekström", "Hermansson", "Holmgren",
    "Hellström", "Dahlberg", "Hedlund", "Sundberg", "Sjögren", "Ek", "Blom", "Abrahamsson",
    "Martinsson", "Öberg", "Andreasson", "Strömberg", "Månsson", "Hansen", "Åkesson", "Dahl",
    "Lindholm", "Norberg", "Holmqvist", "Jensen", "Nyman", "Sundström", "Lindblom", "Ekberg",
    "Öhman", "Mohamed", "Sjöström", "Hedberg", "Nord", "Lindahl", "Sandén", "Berglöf", "Söderström",
    "Ivarsson", "Adolfsson", "Nylander", "Wiklund", "Boström", "Stenberg", "Johnsson", "Hedström",
    "Omar", "Ibrahim", "Lindell", "Sundqvist", "Göransson", "Kjellberg", "Borg", "Lindén",
    "Vikström", "Carlsson", "Augustsson", "Edlund", "Hussein", "Nordqvist", "Rosén", "Westerberg",
    "Lindh", "Engman", "Sörensen", "Bäckström", "Melin", "Lindroth", "Norén", "Granberg",
    "Forslund", "Bergkvist", "Hallberg", "Östlund", "Strand", "Berglin", "Palm", "Lundh", "Fors",
    "Ekholm", "Westin", "Olander", "Hägglund", "Backman", "Lönn", "Sundin", "Åström", "Näslund",
    "Ågren", "Nordlund", "Hellberg", "Brandt", "Wahlström", "Sandgren", "Hammar", "Roos", "Lilja",
    "Ahlberg", "Rydberg", "Edström", "Hellgren", "Grahn", "Frisk", "Wester", "Sundkvist",
    "Jonasson", "Kristiansson", "Ekman", "Malm", "Lundquist", "Bergh", "Ahlström", "Ottosson",
    "Sandin", "Nordvall", "Jernberg", "Hallin", "Dahlgren", "Bergsten", "Engberg", "Byström",
    "Källström", "Wennberg", "Lindkvist", "Eng", "Granström", "Almqvist", "Forsman", "Sjölund",
    "Nordgren", "Lövgren", "Rosenberg", "Lagerqvist", "Ahlgren", "Sahlin", "Hjalmarsson",
    "Wahlberg", "Hultgren", "Lundell", "Nordberg", "Hedman", "Holmström", "Thorén", "Svärd",
    "Kronberg", "Stålberg", "Kvist", "Grönlund", "Vesterlund", "Enqvist", "Strömgren", "Lidén",
    "Karlström", "Åkerlund", "Fält", "Törnqvist", "Moberg", "Holmlund", "Sundell", "Lindmark",
    "Rönnqvist", "Nordahl", "Åhlund", "Boman", "Marklund", "Öhrn", "Lundmark", "Burman", "Hägg",
    "Nordmark", "Renström", "Sjödin", "Vestman", "Backlund", "Öqvist", "Lidström", "Brännström",
    "Stenlund", "Eklöf", "Gustavsson", "Carlberg", "Pihl", "Wallgren", "Jacobsson", "Ekelund",
    "Bohlin", "Skoglund", "Lagerlöf", "Ljung", "Ljungberg", "Ljunggren", "Ljungqvist", "Tell",
    "Hallgren", "Sandell", "Alm", "Edman", "Forsgren", "Sundelin", "Wessman", "Holmén", "Granqvist",
    "Ekblom", "Mörk", "Rask", "Stål", "Björkman", "Fagerström", "Hjort", "Rehn", "Örn", "Ulander",
    "Ekstrand", "Hörnqvist", "Dalin", "Lantz", "Lövstedt", "Fridh", "Bjurström", "Thunberg",
    "Ericsson", "Ersson", "Höglund", "Landin", "Åslund", "Jernström", "Åhman", "Kihlberg", "Krantz",
    "Lindvall", "Mossberg", "Myrberg", "Nyqvist", "Orrling", "Björling", "Rydén", "Selin",
    "Sjökvist", "Strömqvist", "Tjärnberg", "Unger", "Vallin", "Wirén", "Zetterberg", "Ahonen",
    "Virtanen", "Yusuf", "Abdi", "Karimi", "Hosseini", "Nguyen", "Kaya", "Yilmaz", "Demir",
    "Jovanovic", "Petrovic", "Nowak", "Kowalski", "Khalil", "Saleh", "Mahmoud", "Hussain", "Farah",
    "Aziz", "Nordenskiöld", "Wachtmeister", "Lewenhaupt", "Gyllenhammar", "von Platen",
    "af Klercker", "De Geer", "von Essen", "af Ugglas", "von Otter", "Tornberg", "Fjällström",
    "Kallin", "Hammarström", "Lindeberg", "Skog", "Skogsberg", "Bergenholtz", "Stridh", "Strid",
    "Lundvall", "Lindeskog", "Sellberg", "Hessel", "Östman", "Åkerström", "Lindstedt", "Nyholm",
    "Wallén", "Kempe", "Gran", "Granlund", "Granath", "Ask", "Asplund", "Aspelin", "Alsterlund",
    "Kask", "Körner", "Rapp", "Sjöholm", "Wiberg", "Winberg", "Lindborg", "Ernström", "Ekenberg",
    "Henningsson", "Mickelsson", "Jeppsson", "Nordlander", "Olausson", "Tufvesson", "Trulsson",
    "Nordenberg", "Flodin", "Lindelöf", "Rönnberg", "Vallgren", "Åsberg", "Österberg",
)  # fmt: skip

# UK women's given names in the ONS rankings' order (generations blended): head 130.
UK_WOMEN = (
    "Olivia", "Amelia", "Isla", "Ava", "Emily", "Sophia", "Grace", "Mia", "Poppy", "Ella", "Lily",
    "Evie", "Isabella", "Sophie", "Jessica", "Charlotte", "Freya", "Alice", "Florence", "Ruby",
    "Sarah", "Emma", "Claire", "Laura", "Rebecca", "Gemma", "Rachel", "Hannah", "Lauren", "Katie",
    "Amy", "Susan", "Margaret", "Helen", "Elizabeth", "Karen", "Julie", "Jane", "Nicola",
    "Michelle", "Lisa", "Joanne", "Samantha", "Louise", "Victoria", "Kelly", "Stephanie", "Natalie",
    "Zoe", "Lucy", "Chloe", "Megan", "Jennifer", "Catherine", "Caroline", "Elaine", "Deborah",
    "Tracey", "Angela", "Alison", "Patricia", "Mary", "Linda", "Christine", "Janet", "Carol",
    "Anne", "Jacqueline", "Pauline", "Sandra", "Wendy", "Diane", "Gillian", "Lynne", "Maureen",
    "Valerie", "Kathleen", "Doreen", "Joan", "Barbara", "Hayley", "Kirsty", "Danielle",
    "Emma-Louise", "Leanne", "Kerry", "Donna", "Dawn", "Sharon", "Tracy", "Abigail", "Bethany",
    "Georgia", "Holly", "Jade", "Eleanor", "Harriet", "Phoebe", "Matilda", "Imogen", "Scarlett",
    "Daisy", "Willow", "Elsie", "Rosie", "Erin", "Millie", "Sienna", "Maisie", "Esme", "Anna",
    "Beth", "Fiona", "Heather", "Jill", "Judith", "Kate", "Katherine", "Lorraine", "Marie", "Rose",
    "Ruth", "Sally", "Sheila", "Teresa", "Tina", "Vanessa", "Yvonne", "Alexandra", "Annabel",
    "Agnes", "Ada", "Aisha", "Amber", "Amelie", "Aoife", "Aurora", "Beatrice", "Bonnie", "Bridget",
    "Caitlin", "Cara", "Carys", "Cerys", "Clara", "Connie", "Darcy", "Delyth", "Edith", "Eilidh",
    "Elin", "Eloise", "Evelyn", "Fatima", "Felicity", "Frances", "Gwen", "Harper", "Hollie", "Ivy",
    "Jasmine", "Jean", "Joy", "Kayleigh", "Lowri", "Lydia", "Maeve", "Mabel", "Marion", "Martha",
    "Maya", "Molly", "Morag", "Myfanwy", "Nadia", "Naomi", "Niamh", "Nia", "Orla", "Ottilie",
    "Penelope", "Philippa", "Primrose", "Rhian", "Rhiannon", "Rosemary", "Sian", "Siobhan", "Skye",
    "Stacey", "Tamsin", "Thea", "Verity", "Violet", "Winifred", "Yasmin", "Zara", "Ellie", "Elise",
    "Freda", "Gladys", "Gwendolyn", "Hazel", "Iris", "Irene", "Joyce", "Kimberley", "Leah", "Mandy",
    "Marjorie", "Mildred", "Nell", "Nora", "Pamela", "Pippa", "Priya", "Shirley", "Sonia", "Sylvia",
    "Una",
)  # fmt: skip

# UK men's given names in the ONS rankings' order: head 130.
UK_MEN = (
    "Oliver", "George", "Harry", "Noah", "Jack", "Leo", "Arthur", "Muhammad", "Oscar", "Charlie",
    "Jacob", "Thomas", "Henry", "William", "Alfie", "Joshua", "Freddie", "Archie", "Theo", "James",
    "David", "John", "Michael", "Paul", "Andrew", "Mark", "Richard", "Peter", "Stephen", "Robert",
    "Christopher", "Daniel", "Matthew", "Ian", "Gary", "Alan", "Simon", "Martin", "Anthony",
    "Kevin", "Neil", "Stuart", "Lee", "Craig", "Darren", "Jason", "Carl", "Wayne", "Dean", "Scott",
    "Adam", "Benjamin", "Samuel", "Luke", "Ryan", "Liam", "Jamie", "Callum", "Connor", "Lewis",
    "Nathan", "Ben", "Tom", "Joe", "Alexander", "Edward", "Max", "Harrison", "Ethan", "Isaac",
    "Brian", "Colin", "Graham", "Keith", "Trevor", "Derek", "Roger", "Barry", "Terence", "Malcolm",
    "Geoffrey", "Kenneth", "Dennis", "Raymond", "Gordon", "Nigel", "Philip", "Timothy", "Clive",
    "Ronald", "Jonathan", "Nicholas", "Patrick", "Sean", "Shaun", "Dominic", "Gareth", "Rhys",
    "Dylan", "Owen", "Reuben", "Alfred", "Frederick", "Albert", "Elliot", "Finley", "Lucas",
    "Logan", "Toby", "Jake", "Harvey", "Kieran", "Bradley", "Jordan", "Aaron", "Marcus", "Hugh",
    "Rupert", "Hamish", "Angus", "Duncan", "Fraser", "Ross", "Euan", "Alistair", "Murray", "Rory",
    "Dougal", "Niall", "Ciaran", "Abdul", "Ahmed", "Ali", "Amir", "Arjun", "Barnaby", "Bernard",
    "Cameron", "Cecil", "Clifford", "Conor", "Cyril", "Dafydd", "Declan", "Desmond", "Douglas",
    "Ellis", "Emrys", "Ewan", "Felix", "Fergus", "Frank", "Gavin", "Gerald", "Gethin", "Gregory",
    "Harold", "Herbert", "Howard", "Huw", "Iwan", "Jasper", "Jeremy", "Jim", "Jude", "Julian",
    "Kai", "Laurence", "Lawrence", "Leonard", "Lloyd", "Mason", "Morgan", "Mohammed", "Norman",
    "Oakley", "Ollie", "Percy", "Quentin", "Ralph", "Ravi", "Reginald", "Rowan", "Ruairi", "Rufus",
    "Russell", "Seb", "Sebastian", "Sidney", "Stanley", "Struan", "Teddy", "Tobias", "Tristan",
    "Victor", "Vincent", "Walter", "Warren", "Wilfred", "Zachary", "Alec", "Ashley", "Basil",
    "Bryn", "Dale", "Eamon", "Elijah", "Glyn", "Hywel", "Ivor", "Jay", "Kyle", "Lenny", "Lyndon",
    "Mervyn", "Nathaniel", "Oswald", "Ray", "Ricky", "Stewart",
)  # fmt: skip

# UK surnames in the ONS order: head 150.
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
    "Jarvis", "Gibbs", "Ferguson", "Hayward", "Carroll", "Farrell", "Fitzgerald", "Hargreaves",
    "Sheppard", "Pollard", "Hobbs", "Metcalfe", "Thornton", "Lucas", "Mellor", "Ashworth",
    "Brennan", "Dyer", "Kirby", "Hirst", "Rhodes", "Wilkins", "McKenzie", "MacLeod", "Fraser",
    "Sinclair", "Munro", "Cameron", "Ritchie", "Maclean", "Grieve", "Kerr", "Pugh", "Bevan",
    "Prosser", "Vaughan", "Lloyd-Jones", "Llewellyn", "Meredith", "Howells", "Bowen", "Rowlands",
    "Trelawny", "Penrose", "Tregear", "Pascoe", "Craddock", "Hebden", "Ackroyd", "Sowerby",
    "Thwaite", "Dobson",
)  # fmt: skip

# US Census 1990, dist.female.first (public domain): the first 400 names with their per cent.
US_WOMEN = (
    ("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.98), ("Elizabeth", 0.937),
    ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794), ("Margaret", 0.768),
    ("Dorothy", 0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667), ("Betty", 0.666),
    ("Helen", 0.663), ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565), ("Ruth", 0.562),
    ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.51), ("Sarah", 0.508), ("Kimberly", 0.504),
    ("Deborah", 0.494), ("Jessica", 0.49), ("Shirley", 0.482), ("Cynthia", 0.469),
    ("Angela", 0.468), ("Melissa", 0.462), ("Brenda", 0.455), ("Amy", 0.451), ("Anna", 0.44),
    ("Rebecca", 0.43), ("Virginia", 0.43), ("Kathleen", 0.424), ("Pamela", 0.416),
    ("Martha", 0.412), ("Debra", 0.408), ("Amanda", 0.404), ("Stephanie", 0.4), ("Carolyn", 0.385),
    ("Christine", 0.382), ("Marie", 0.379), ("Janet", 0.379), ("Catherine", 0.373),
    ("Frances", 0.37), ("Ann", 0.364), ("Joyce", 0.364), ("Diane", 0.359), ("Alice", 0.357),
    ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336), ("Doris", 0.335), ("Gloria", 0.335),
    ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315), ("Mildred", 0.313), ("Katherine", 0.313),
    ("Joan", 0.306), ("Ashley", 0.303), ("Judith", 0.297), ("Rose", 0.296), ("Janice", 0.285),
    ("Kelly", 0.283), ("Nicole", 0.281), ("Judy", 0.276), ("Christina", 0.275), ("Kathy", 0.272),
    ("Theresa", 0.271), ("Beverly", 0.267), ("Denise", 0.264), ("Tammy", 0.259), ("Irene", 0.252),
    ("Jane", 0.25), ("Lori", 0.248), ("Rachel", 0.242), ("Marilyn", 0.241), ("Andrea", 0.236),
    ("Kathryn", 0.234), ("Louise", 0.229), ("Sara", 0.229), ("Anne", 0.228), ("Jacqueline", 0.228),
    ("Wanda", 0.226), ("Bonnie", 0.223), ("Julia", 0.223), ("Ruby", 0.221), ("Lois", 0.22),
    ("Tina", 0.22), ("Phyllis", 0.219), ("Norma", 0.218), ("Paula", 0.217), ("Diana", 0.216),
    ("Annie", 0.216), ("Lillian", 0.211), ("Emily", 0.208), ("Robin", 0.208), ("Peggy", 0.208),
    ("Crystal", 0.207), ("Gladys", 0.205), ("Rita", 0.204), ("Dawn", 0.202), ("Connie", 0.2),
    ("Florence", 0.2), ("Tracy", 0.197), ("Edna", 0.197), ("Tiffany", 0.195), ("Carmen", 0.195),
    ("Rosa", 0.194), ("Cindy", 0.192), ("Grace", 0.189), ("Wendy", 0.185), ("Victoria", 0.18),
    ("Edith", 0.179), ("Kim", 0.178), ("Sherry", 0.178), ("Sylvia", 0.177), ("Josephine", 0.177),
    ("Thelma", 0.175), ("Shannon", 0.175), ("Sheila", 0.175), ("Ethel", 0.174), ("Ellen", 0.173),
    ("Elaine", 0.173), ("Marjorie", 0.173), ("Carrie", 0.171), ("Charlotte", 0.169),
    ("Monica", 0.166), ("Esther", 0.166), ("Pauline", 0.165), ("Emma", 0.165), ("Juanita", 0.164),
    ("Anita", 0.162), ("Rhonda", 0.162), ("Hazel", 0.161), ("Amber", 0.16), ("Eva", 0.159),
    ("Debbie", 0.157), ("April", 0.154), ("Leslie", 0.154), ("Clara", 0.153), ("Lucille", 0.153),
    ("Jamie", 0.153), ("Joanne", 0.15), ("Eleanor", 0.15), ("Valerie", 0.149), ("Danielle", 0.149),
    ("Megan", 0.147), ("Alicia", 0.146), ("Suzanne", 0.145), ("Michele", 0.145), ("Gail", 0.145),
    ("Bertha", 0.143), ("Darlene", 0.142), ("Veronica", 0.142), ("Jill", 0.142), ("Erin", 0.141),
    ("Geraldine", 0.141), ("Lauren", 0.137), ("Cathy", 0.137), ("Joann", 0.136),
    ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135), ("Regina", 0.133), ("Erica", 0.13),
    ("Beatrice", 0.13), ("Dolores", 0.129), ("Bernice", 0.128), ("Audrey", 0.127),
    ("Yvonne", 0.126), ("Annette", 0.125), ("June", 0.125), ("Samantha", 0.124), ("Marion", 0.122),
    ("Dana", 0.122), ("Stacy", 0.121), ("Ana", 0.12), ("Renee", 0.12), ("Ida", 0.118),
    ("Vivian", 0.118), ("Roberta", 0.117), ("Holly", 0.117), ("Brittany", 0.117),
    ("Melanie", 0.116), ("Loretta", 0.115), ("Yolanda", 0.115), ("Jeanette", 0.115),
    ("Laurie", 0.114), ("Katie", 0.113), ("Kristen", 0.111), ("Vanessa", 0.111), ("Alma", 0.111),
    ("Sue", 0.111), ("Elsie", 0.11), ("Beth", 0.11), ("Jeanne", 0.109), ("Vicki", 0.109),
    ("Carla", 0.107), ("Tara", 0.107), ("Rosemary", 0.107), ("Eileen", 0.105), ("Terri", 0.105),
    ("Gertrude", 0.103), ("Lucy", 0.103), ("Tonya", 0.102), ("Ella", 0.101), ("Stacey", 0.101),
    ("Wilma", 0.099), ("Gina", 0.099), ("Kristin", 0.099), ("Jessie", 0.098), ("Natalie", 0.098),
    ("Agnes", 0.098), ("Vera", 0.098), ("Willie", 0.097), ("Charlene", 0.097), ("Bessie", 0.096),
    ("Delores", 0.095), ("Melinda", 0.094), ("Pearl", 0.094), ("Arlene", 0.094), ("Maureen", 0.092),
    ("Colleen", 0.092), ("Allison", 0.092), ("Tamara", 0.092), ("Joy", 0.091), ("Georgia", 0.091),
    ("Constance", 0.091), ("Lillie", 0.09), ("Claudia", 0.09), ("Jackie", 0.09), ("Marcia", 0.09),
    ("Tanya", 0.089), ("Nellie", 0.089), ("Minnie", 0.089), ("Marlene", 0.088), ("Heidi", 0.088),
    ("Glenda", 0.088), ("Lydia", 0.086), ("Viola", 0.086), ("Courtney", 0.086), ("Marian", 0.086),
    ("Stella", 0.085), ("Caroline", 0.085), ("Dora", 0.084), ("Jo", 0.083), ("Vickie", 0.082),
    ("Mattie", 0.081), ("Terry", 0.08), ("Maxine", 0.079), ("Irma", 0.079), ("Mabel", 0.078),
    ("Marsha", 0.078), ("Myrtle", 0.078), ("Lena", 0.077), ("Christy", 0.077), ("Deanna", 0.076),
    ("Patsy", 0.076), ("Hilda", 0.075), ("Gwendolyn", 0.074), ("Jennie", 0.073), ("Nora", 0.073),
    ("Margie", 0.072), ("Nina", 0.072), ("Cassandra", 0.072), ("Leah", 0.072), ("Penny", 0.071),
    ("Kay", 0.071), ("Priscilla", 0.071), ("Naomi", 0.071), ("Carole", 0.071), ("Brandy", 0.07),
    ("Olga", 0.07), ("Billie", 0.069), ("Dianne", 0.069), ("Tracey", 0.069), ("Leona", 0.069),
    ("Jenny", 0.068), ("Felicia", 0.068), ("Sonia", 0.068), ("Miriam", 0.066), ("Velma", 0.066),
    ("Becky", 0.066), ("Bobbie", 0.065), ("Violet", 0.065), ("Kristina", 0.065), ("Toni", 0.064),
    ("Misty", 0.063), ("Mae", 0.063), ("Shelly", 0.062), ("Daisy", 0.062), ("Ramona", 0.062),
    ("Sherri", 0.062), ("Erika", 0.061), ("Katrina", 0.061), ("Claire", 0.061), ("Lindsey", 0.06),
    ("Lindsay", 0.06), ("Geneva", 0.059), ("Guadalupe", 0.059), ("Belinda", 0.059),
    ("Margarita", 0.059), ("Sheryl", 0.059), ("Cora", 0.058), ("Faye", 0.058), ("Ada", 0.057),
    ("Natasha", 0.057), ("Sabrina", 0.057), ("Isabel", 0.057), ("Marguerite", 0.056),
    ("Hattie", 0.056), ("Harriet", 0.056), ("Molly", 0.055), ("Cecilia", 0.055), ("Kristi", 0.055),
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
    ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042), ("Kara", 0.041), ("Jacquelyn", 0.041),
    ("Erma", 0.041), ("Blanca", 0.041), ("Myra", 0.04), ("Leticia", 0.04), ("Pat", 0.04),
    ("Krista", 0.04), ("Roxanne", 0.04), ("Angelica", 0.039), ("Johnnie", 0.039), ("Robyn", 0.039),
    ("Francis", 0.039), ("Adrienne", 0.039), ("Rosalie", 0.039), ("Alexandra", 0.039),
    ("Brooke", 0.039), ("Bethany", 0.039), ("Sadie", 0.039), ("Bernadette", 0.039),
)  # fmt: skip

# US Census 1990, dist.male.first: the first 400 names with their per cent.
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
    ("Devin", 0.028), ("Sylvester", 0.028), ("Kim", 0.028), ("Roosevelt", 0.028), ("Israel", 0.028),
    ("Jermaine", 0.028),
)  # fmt: skip

# US Census 1990, dist.all.last: the first 420 names with their per cent.
US_SURNAMES = (
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
    ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084), ("Diaz", 0.084), ("Hayes", 0.083),
    ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082), ("Graham", 0.082), ("Sullivan", 0.081),
    ("Wallace", 0.081), ("Woods", 0.08), ("Cole", 0.08), ("West", 0.08), ("Jordan", 0.078),
    ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077), ("Ellis", 0.077), ("Harrison", 0.076),
    ("Gibson", 0.075), ("McDonald", 0.075), ("Cruz", 0.075), ("Marshall", 0.075), ("Ortiz", 0.075),
    ("Gomez", 0.075), ("Murray", 0.074), ("Freeman", 0.074), ("Wells", 0.073), ("Webb", 0.072),
    ("Simpson", 0.07), ("Stevens", 0.07), ("Tucker", 0.07), ("Porter", 0.069), ("Hunter", 0.069),
    ("Hicks", 0.069), ("Crawford", 0.068), ("Henry", 0.068), ("Boyd", 0.068), ("Mason", 0.068),
    ("Morales", 0.067), ("Kennedy", 0.067), ("Warren", 0.067), ("Dixon", 0.066), ("Ramos", 0.066),
    ("Reyes", 0.066), ("Burns", 0.065), ("Gordon", 0.065), ("Shaw", 0.065), ("Holmes", 0.065),
    ("Rice", 0.064), ("Robertson", 0.064), ("Hunt", 0.063), ("Black", 0.063), ("Daniels", 0.062),
    ("Palmer", 0.062), ("Mills", 0.061), ("Nichols", 0.06), ("Grant", 0.06), ("Knight", 0.06),
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
    ("Wheeler", 0.051), ("Chapman", 0.05), ("Oliver", 0.05), ("Montgomery", 0.049),
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
    ("May", 0.04), ("Terry", 0.04), ("Herrera", 0.04), ("Wade", 0.04), ("Soto", 0.04),
    ("Walters", 0.04), ("Curtis", 0.04), ("Neal", 0.039), ("Caldwell", 0.039), ("Lowe", 0.039),
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
    ("Dennis", 0.031), ("McGee", 0.031), ("Farmer", 0.03), ("Delgado", 0.03), ("Aguilar", 0.03),
    ("Vega", 0.03), ("Glover", 0.03), ("Manning", 0.03), ("Cohen", 0.03), ("Harmon", 0.03),
    ("Rodgers", 0.03), ("Robbins", 0.03), ("Newton", 0.03), ("Todd", 0.03), ("Blair", 0.03),
    ("Higgins", 0.03), ("Ingram", 0.03), ("Reese", 0.03), ("Cannon", 0.03), ("Strickland", 0.03),
    ("Townsend", 0.03), ("Potter", 0.03), ("Goodwin", 0.03), ("Walton", 0.03), ("Rowe", 0.029),
    ("Hampton", 0.029), ("Ortega", 0.029), ("Patton", 0.029), ("Swanson", 0.029), ("Joseph", 0.029),
    ("Francis", 0.029), ("Goodman", 0.029), ("Maldonado", 0.029), ("Yates", 0.029),
    ("Becker", 0.029), ("Erickson", 0.029), ("Hodges", 0.029), ("Rios", 0.029), ("Conner", 0.029),
    ("Adkins", 0.029), ("Webster", 0.028), ("Norman", 0.028), ("Malone", 0.028), ("Hammond", 0.028),
    ("Flowers", 0.028), ("Cobb", 0.028), ("Moody", 0.028), ("Quinn", 0.028), ("Blake", 0.028),
    ("Maxwell", 0.028), ("Pope", 0.028), ("Floyd", 0.027), ("Osborne", 0.027), ("Paul", 0.027),
    ("McCarthy", 0.027), ("Guerrero", 0.027), ("Lindsey", 0.027), ("Estrada", 0.027),
    ("Sandoval", 0.027), ("Gibbs", 0.027), ("Tyler", 0.027), ("Gross", 0.027),
    ("Fitzgerald", 0.027), ("Stokes", 0.027), ("Doyle", 0.027), ("Sherman", 0.027),
)  # fmt: skip

# Origins common in Sweden: the commonest names, most common first (1/rank, head 10).
FI_WOMEN = ("Maria", "Anna", "Helena", "Johanna", "Kaarina", "Marjatta", "Hannele", "Tuula", "Päivi", "Pirjo", "Sari", "Minna", "Riitta", "Anne", "Leena", "Tiina", "Sirpa", "Aino", "Liisa", "Elina", "Satu", "Merja", "Eila", "Seija", "Aila", "Marja-Liisa")  # fmt: skip
FI_MEN = ("Juha", "Timo", "Matti", "Kari", "Mikko", "Antti", "Jari", "Jukka", "Mika", "Markku", "Pekka", "Hannu", "Heikki", "Seppo", "Janne", "Ari", "Sami", "Petri", "Esa", "Veikko", "Tapio", "Pentti", "Raimo", "Erkki", "Kalevi")  # fmt: skip
FI_SURNAMES = ("Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen")  # fmt: skip
# Arabic (Iraq, Syria, Lebanon), with Assyrian/Syriac names among them.
AR_WOMEN = ("Fatima", "Maryam", "Zainab", "Noor", "Sara", "Rana", "Lina", "Huda", "Amal", "Rasha", "Hanan", "Layla", "Aya", "Yasmin", "Nisreen", "Sana", "Ruqaya", "Shahad", "Ninorta", "Shamiram", "Nahrin", "Mariam", "Hiba", "Dunia", "Raghad")  # fmt: skip
AR_MEN = ("Mohammed", "Ahmed", "Ali", "Hassan", "Hussein", "Omar", "Mustafa", "Khaled", "Ibrahim", "Yousef", "Karim", "Abdullah", "Mahmoud", "Ammar", "Sami", "Tariq", "Bassam", "Fadi", "Ninos", "Sargon", "Aziz", "Gabriel", "Rami", "Samir", "Elias", "Akram")  # fmt: skip
AR_SURNAMES = ("Ali", "Mohammed", "Ahmed", "Hassan", "Hussein", "Ibrahim", "Abdullah", "Khalil", "Saleh", "Jaber", "Al-Hassan", "Al-Khafaji", "Al-Obaidi", "Mahmoud", "Younes", "Haddad", "Nasser", "Kassem", "Shamoun", "Barsoum", "Saliba", "Gabro", "Yacoub", "Isho", "Khoury", "Aziz", "Hanna", "Odisho", "Al-Saadi", "Jasim")  # fmt: skip
SO_WOMEN = ("Amina", "Fadumo", "Hodan", "Asha", "Sahra", "Khadija", "Hawa", "Ayan", "Hibo", "Faduma", "Ifrah", "Nasra", "Ubah", "Deeqa", "Sagal", "Muna", "Hamdi", "Idil", "Ikran", "Farhiyo")  # fmt: skip
SO_MEN = ("Mohamed", "Abdi", "Ahmed", "Ali", "Hassan", "Abdullahi", "Yusuf", "Omar", "Ibrahim", "Abdirahman", "Mahad", "Liban", "Abdikarim", "Hussein", "Said", "Mustafe", "Farah", "Guled", "Bashir", "Jama")  # fmt: skip
SO_SURNAMES = ("Mohamed", "Ali", "Ahmed", "Hassan", "Abdi", "Farah", "Yusuf", "Omar", "Warsame", "Jama", "Hussein", "Osman", "Aden", "Nur", "Abdullahi", "Ismail", "Egal", "Dahir", "Hersi", "Isse")  # fmt: skip
# Polish surnames in their masculine form; `feminine` gives a woman's (-ska, -cka, -dzka).
PL_WOMEN = ("Anna", "Katarzyna", "Maria", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna", "Magdalena", "Elżbieta", "Joanna", "Aleksandra", "Monika", "Zofia", "Teresa", "Danuta", "Natalia", "Julia", "Karolina", "Marta", "Beata", "Dorota", "Justyna", "Paulina")  # fmt: skip
PL_MEN = ("Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Jan", "Michał", "Marcin", "Jakub", "Adam", "Stanisław", "Łukasz", "Grzegorz", "Mateusz", "Wojciech", "Mariusz", "Dariusz", "Zbigniew", "Rafał", "Kamil", "Jerzy", "Maciej", "Sławomir", "Józef")  # fmt: skip
PL_SURNAMES = ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Kwiatkowski", "Wojciechowski", "Krawczyk", "Kaczmarek", "Piotrowski", "Grabowski", "Zając", "Pawłowski", "Michalski", "Król", "Wieczorek", "Jabłoński", "Wróbel", "Nowakowski", "Majewski", "Olszewski", "Jaworski", "Malinowski", "Górecki", "Sadowski", "Nowicki")  # fmt: skip
FA_WOMEN = ("Fatemeh", "Zahra", "Maryam", "Leila", "Shirin", "Mahsa", "Nasrin", "Parisa", "Sara", "Mina", "Azadeh", "Roya", "Neda", "Samira", "Shabnam", "Niloofar", "Mitra", "Soheila", "Farnaz", "Elham")  # fmt: skip
FA_MEN = ("Mohammad", "Ali", "Reza", "Hossein", "Mehdi", "Amir", "Hamid", "Saeed", "Majid", "Behrouz", "Babak", "Dariush", "Farhad", "Kaveh", "Arash", "Omid", "Hassan", "Mahmoud", "Javad", "Peyman")  # fmt: skip
FA_SURNAMES = ("Mohammadi", "Hosseini", "Ahmadi", "Rezaei", "Karimi", "Moradi", "Hashemi", "Rahimi", "Jafari", "Mousavi", "Ghorbani", "Sadeghi", "Heidari", "Kazemi", "Rostami", "Amini", "Nazari", "Tehrani", "Shirazi", "Rahmani", "Abbasi", "Bagheri")  # fmt: skip
# Bosnian, Serbian and Croatian.
BCS_WOMEN = ("Amela", "Emina", "Jasmina", "Lejla", "Selma", "Amra", "Azra", "Marija", "Ana", "Jelena", "Ivana", "Mirjana", "Snežana", "Dragana", "Vesna", "Maja", "Sanela", "Edina", "Alma", "Mersiha", "Sabina", "Merima", "Nermina")  # fmt: skip
BCS_MEN = ("Amir", "Edin", "Emir", "Adnan", "Mirza", "Senad", "Haris", "Nedim", "Dragan", "Zoran", "Goran", "Milan", "Nikola", "Stefan", "Marko", "Ivan", "Dejan", "Damir", "Samir", "Elvis", "Jasmin", "Mladen", "Branko", "Vedran", "Tarik")  # fmt: skip
BCS_SURNAMES = ("Hodžić", "Hadžić", "Begić", "Delić", "Kovačević", "Mehmedović", "Husić", "Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Popović", "Horvat", "Kovačić", "Babić", "Marić", "Jurić", "Knežević", "Pavlović", "Šarić", "Alić", "Salihović", "Omerović", "Softić")  # fmt: skip
TR_WOMEN = ("Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Şerife", "Zehra", "Sultan", "Hanife", "Merve", "Büşra", "Esra", "Özlem", "Derya", "Gül", "Hülya", "Songül", "Selin", "Ebru", "Dilek")  # fmt: skip
TR_MEN = ("Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Osman", "Yusuf", "Murat", "Ömer", "Ramazan", "Halil", "Süleyman", "Abdullah", "Mahmut", "Recep", "Kemal", "Emre", "Burak", "Serkan", "Cem", "Deniz")  # fmt: skip
TR_SURNAMES = ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Polat", "Korkmaz", "Erdoğan", "Güneş")  # fmt: skip
# Eritrean: the father's given name serves as the surname.
ER_WOMEN = ("Helen", "Senait", "Selam", "Yordanos", "Saba", "Mebrat", "Tsega", "Rahel", "Ruth", "Feven", "Hiwet", "Letekidan", "Elsa", "Semhar", "Winta", "Aster", "Tirhas", "Miriam", "Lidia", "Luwam")  # fmt: skip
ER_MEN = ("Yonas", "Daniel", "Samuel", "Tesfaye", "Mehari", "Berhane", "Tekle", "Habte", "Kidane", "Dawit", "Filmon", "Robel", "Biniam", "Michael", "Yohannes", "Ghebre", "Tesfalem", "Amanuel", "Henok", "Semere")  # fmt: skip
ER_SURNAMES = ("Tesfay", "Gebremedhin", "Haile", "Tekle", "Berhe", "Kidane", "Ghebremariam", "Mehari", "Abraha", "Woldu", "Habte", "Tesfamariam", "Ghebrehiwet", "Negash", "Asmerom", "Yohannes", "Andemariam", "Zerai", "Mengis", "Ghirmay")  # fmt: skip
AF_WOMEN = ("Fatima", "Maryam", "Zahra", "Mariam", "Parwana", "Shabnam", "Nazanin", "Farzana", "Marzia", "Nilofar", "Khadija", "Sakina", "Hamida", "Freshta", "Gulalai", "Malalai", "Sima", "Laila", "Roya", "Tahmina")  # fmt: skip
AF_MEN = ("Mohammad", "Ahmad", "Ali", "Hussain", "Mustafa", "Abdul", "Jawad", "Reza", "Sayed", "Hamid", "Murtaza", "Naweed", "Farid", "Sohrab", "Wahid", "Rahim", "Nasir", "Shafiq", "Zabihullah", "Hamza")  # fmt: skip
AF_SURNAMES = ("Ahmadi", "Mohammadi", "Hussaini", "Rezai", "Hakimi", "Rahimi", "Sultani", "Karimi", "Noori", "Amiri", "Azizi", "Haidari", "Sadat", "Nazari", "Jafari", "Stanikzai", "Popal", "Wardak", "Safi", "Rasuli")  # fmt: skip
TH_WOMEN = ("Siriporn", "Supaporn", "Malee", "Pornthip", "Kanokwan", "Wanida", "Nittaya", "Sunisa", "Jintana", "Ratana", "Araya", "Duangjai", "Pimchanok", "Kannika", "Lamai", "Orawan", "Sasithorn", "Suda", "Thanida", "Warunee", "Yupin")  # fmt: skip
TH_MEN = ("Somchai", "Somsak", "Prasert", "Sombat", "Anan", "Surachai", "Chaiwat", "Wichai", "Thawatchai", "Niran", "Kittisak", "Sakchai", "Preecha", "Boonmee", "Narong", "Pichit", "Sompong", "Thanakorn", "Wirat", "Apichart")  # fmt: skip
TH_SURNAMES = ("Saelim", "Srisuk", "Wongsawat", "Rattanakorn", "Chaiyaphum", "Boonyarat", "Phromma", "Kaewkong", "Suwannarat", "Thongdee", "Sriwong", "Intarasuk", "Jaidee", "Pongsak", "Chanthavong", "Sukprasert", "Somboon", "Khamphan", "Saetang", "Thongchai")  # fmt: skip
# Chilean and other Latin American: two surnames (paterno, materno) more often than not.
LA_WOMEN = ("María", "Carolina", "Claudia", "Patricia", "Daniela", "Camila", "Valentina", "Francisca", "Constanza", "Javiera", "Paula", "Alejandra", "Fernanda", "Catalina", "Marcela", "Andrea", "Verónica", "Gabriela", "Lorena", "Ximena", "Ana", "Paz")  # fmt: skip
LA_MEN = ("José", "Juan", "Luis", "Carlos", "Jorge", "Pablo", "Rodrigo", "Cristián", "Felipe", "Sebastián", "Matías", "Francisco", "Diego", "Manuel", "Alejandro", "Pedro", "Claudio", "Patricio", "Hernán", "Gonzalo", "Víctor", "Mauricio")  # fmt: skip
LA_SURNAMES = ("González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez", "Sepúlveda", "Morales", "Rodríguez", "López", "Fuentes", "Hernández", "Torres", "Araya", "Flores", "Espinoza", "Valenzuela", "Castillo", "Ramírez", "Reyes", "Gutiérrez", "Castro", "Vargas", "Álvarez", "Vásquez")  # fmt: skip
KU_WOMEN = ("Rojin", "Berfin", "Zilan", "Nazdar", "Shilan", "Jiyan", "Dilan", "Avin", "Hêvî", "Rozerin", "Nasrin", "Gulistan", "Bahar", "Sara", "Kajal", "Shirin", "Ronahî", "Leyla", "Nishtiman", "Evin")  # fmt: skip
KU_MEN = ("Azad", "Rebwar", "Kawa", "Dilshad", "Serhat", "Baran", "Aram", "Hawre", "Sherzad", "Karwan", "Rizgar", "Shivan", "Dara", "Zana", "Hemin", "Botan", "Rojhat", "Soran", "Bakhtiar", "Siamand")  # fmt: skip
KU_SURNAMES = ("Ahmad", "Rashid", "Mahmoud", "Karim", "Aziz", "Hussein", "Abdullah", "Mustafa", "Omar", "Hawrami", "Kurdi", "Saleh", "Qadir", "Jalal", "Amin", "Rasul", "Bakr", "Faraj", "Salih", "Osman", "Zebari", "Doski", "Botani")  # fmt: skip
# Origins the writer judged common too, and common in this genre: German landowners and hunting
# guests, Norwegians over the border, and Ukrainians who came from 2022.
DE_WOMEN = ("Sabine", "Petra", "Andrea", "Claudia", "Susanne", "Monika", "Birgit", "Anja", "Katrin", "Stefanie", "Julia", "Anna", "Ursula", "Renate", "Heike", "Karin", "Nicole", "Christine", "Gabriele", "Ingrid", "Lena", "Laura")  # fmt: skip
DE_MEN = ("Thomas", "Michael", "Andreas", "Stefan", "Peter", "Klaus", "Wolfgang", "Jürgen", "Frank", "Markus", "Uwe", "Dieter", "Matthias", "Christian", "Jan", "Sebastian", "Hans", "Jörg", "Ralf", "Florian", "Tobias", "Bernd")  # fmt: skip
DE_SURNAMES = ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Werner", "Jäger", "Förster")  # fmt: skip
NO_WOMEN = ("Anne", "Inger", "Kari", "Marit", "Ingrid", "Liv", "Eva", "Berit", "Astrid", "Bjørg", "Hilde", "Anna", "Solveig", "Marianne", "Randi", "Ida", "Nina", "Elisabeth", "Kristin", "Tone", "Silje", "Ingeborg")  # fmt: skip
NO_MEN = ("Jan", "Per", "Bjørn", "Ole", "Lars", "Kjell", "Knut", "Arne", "Svein", "Thomas", "Hans", "Geir", "Tor", "Morten", "Terje", "Odd", "Erik", "Martin", "Andreas", "Rune", "Trond", "Jon")  # fmt: skip
NO_SURNAMES = ("Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Johannessen", "Andreassen", "Jacobsen", "Dahl", "Jørgensen", "Halvorsen", "Lund", "Moen", "Bakken")  # fmt: skip
UA_WOMEN = ("Olena", "Tetiana", "Nataliia", "Iryna", "Svitlana", "Oksana", "Yulia", "Kateryna", "Anastasiia", "Olha", "Mariia", "Viktoriia", "Halyna", "Liudmyla", "Tamara", "Daria", "Alina", "Inna")  # fmt: skip
UA_MEN = ("Oleksandr", "Serhii", "Andrii", "Volodymyr", "Dmytro", "Oleksii", "Mykola", "Yurii", "Ivan", "Vasyl", "Viktor", "Mykhailo", "Ihor", "Vitalii", "Bohdan", "Taras", "Roman", "Pavlo")  # fmt: skip
UA_SURNAMES = ("Melnyk", "Shevchenko", "Boiko", "Kovalenko", "Bondarenko", "Tkachenko", "Kovalchuk", "Kravchenko", "Oliinyk", "Shevchuk", "Koval", "Polishchuk", "Bondar", "Tkachuk", "Moroz", "Marchenko", "Lysenko", "Rudenko", "Savchenko", "Petrenko")  # fmt: skip


# The second part of a hyphenated Swedish given name (`Anna-Karin`, `Per-Erik`), in rank order.
SV_SECOND_F = ("Marie", "Karin", "Lena", "Maria", "Britt", "Louise", "Sofie", "Christin", "Charlotte", "Lotta", "Mari", "Kristin", "Lill", "Stina")  # fmt: skip
SV_SECOND_M = ("Erik", "Olof", "Johan", "Göran", "Åke", "Gustav", "Anders", "Inge", "Arne", "Olov", "Emil", "Axel", "Gunnar", "Ivar")  # fmt: skip


def _small(women: tuple[str, ...], men: tuple[str, ...], surnames: tuple[str, ...]) -> Origin:
    return Origin(ranked(women, 10), ranked(men, 10), ranked(surnames, 10))


ORIGINS: dict[str, Origin] = {
    "swedish": Origin(ranked(SV_WOMEN, 150), ranked(SV_MEN, 150), ranked(SV_SURNAMES, 150)),
    "us": Origin(census(US_WOMEN, 150), census(US_MEN, 150), census(US_SURNAMES, 150)),
    "uk": Origin(ranked(UK_WOMEN, 130), ranked(UK_MEN, 130), ranked(UK_SURNAMES, 150)),
    "finnish": _small(FI_WOMEN, FI_MEN, FI_SURNAMES),
    "arabic": _small(AR_WOMEN, AR_MEN, AR_SURNAMES),
    "somali": _small(SO_WOMEN, SO_MEN, SO_SURNAMES),
    "polish": _small(PL_WOMEN, PL_MEN, PL_SURNAMES),
    "persian": _small(FA_WOMEN, FA_MEN, FA_SURNAMES),
    "bcs": _small(BCS_WOMEN, BCS_MEN, BCS_SURNAMES),
    "turkish": _small(TR_WOMEN, TR_MEN, TR_SURNAMES),
    "eritrean": _small(ER_WOMEN, ER_MEN, ER_SURNAMES),
    "afghan": _small(AF_WOMEN, AF_MEN, AF_SURNAMES),
    "thai": _small(TH_WOMEN, TH_MEN, TH_SURNAMES),
    "latin": _small(LA_WOMEN, LA_MEN, LA_SURNAMES),
    "kurdish": _small(KU_WOMEN, KU_MEN, KU_SURNAMES),
    "german": _small(DE_WOMEN, DE_MEN, DE_SURNAMES),
    "norwegian": _small(NO_WOMEN, NO_MEN, NO_SURNAMES),
    "ukrainian": _small(UA_WOMEN, UA_MEN, UA_SURNAMES),
}
SECOND = {"f": ranked(SV_SECOND_F, 8), "m": ranked(SV_SECOND_M, 8)}

# Who is named, per language of the text: Swedish the largest share in Swedish and mixed text.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "german": 1.5, "afghan": 1.5, "turkish": 1.5, "kurdish": 1.5, "eritrean": 1.2,
        "ukrainian": 1.2, "norwegian": 1, "thai": 1, "latin": 1, "uk": 0.8, "us": 0.6,
    },
    "en": {
        "us": 38, "uk": 36, "swedish": 10, "german": 3, "norwegian": 2, "arabic": 1.5,
        "polish": 1.5, "latin": 1.5, "finnish": 1, "persian": 0.8, "somali": 0.8, "turkish": 0.8,
        "bcs": 0.8, "thai": 0.8, "ukrainian": 0.8, "eritrean": 0.5, "afghan": 0.5, "kurdish": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 10, "us": 9, "arabic": 5, "german": 3, "finnish": 3, "polish": 3,
        "bcs": 2, "persian": 2, "norwegian": 2, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5,
        "afghan": 1.5, "ukrainian": 1.2, "eritrean": 1, "thai": 1, "latin": 1,
    },
}  # fmt: skip

# Short forms people are called by, per origin, for the given names that have them.
_NICK_SV = {
    "Lars": ["Lasse"], "Karl": ["Kalle"], "Per": ["Pelle", "Pära"], "Joakim": ["Jocke"], "Johan": ["Jojje"],
    "Mikael": ["Micke"], "Nils": ["Nisse"], "Hans": ["Hasse"], "Magnus": ["Manne", "Mange"],
    "Thomas": ["Tompa"], "Tomas": ["Tompa"], "Christoffer": ["Stoffe"], "Kristoffer": ["Kricke"],
    "Bengt": ["Bengan"], "Jan": ["Janne"], "Lennart": ["Lelle"], "Sven": ["Svenne"], "Roger": ["Roffe"],
    "Rolf": ["Roffe"], "Robert": ["Robban"], "Tobias": ["Tobbe"], "Torbjörn": ["Tobbe"],
    "Sebastian": ["Sebbe"], "Fredrik": ["Fredde"], "Patrik": ["Patte"], "Mattias": ["Matte"],
    "Marcus": ["Mackan"], "Daniel": ["Danne"], "Stefan": ["Steffe"], "Ulf": ["Uffe"], "Leif": ["Leffe"],
    "Kent": ["Kenta"], "Henrik": ["Henke"], "Olof": ["Olle"], "Niklas": ["Nicke"], "Dan": ["Danne"],
    "Jesper": ["Jeppe"], "Viktor": ["Vicke"], "William": ["Wille"], "Wilhelm": ["Wille"], "Albin": ["Abbe"],
    "Alexander": ["Alex", "Acke"], "Axel": ["Acke"], "Gustav": ["Gurra", "Gutte"], "Gustaf": ["Gurra"],
    "Christer": ["Kicken"], "Kjell": ["Kjelle"], "Anders": ["Ante"], "Sixten": ["Sigge"],
    "Birgitta": ["Gittan", "Bittan"], "Kristina": ["Stina", "Kicki"], "Christina": ["Kicki", "Tina"],
    "Margareta": ["Maggan", "Greta"], "Charlotte": ["Lotta"], "Cecilia": ["Cissi"], "Susanne": ["Sussie", "Sanne"],
    "Katarina": ["Kajsa", "Kattis"], "Josefin": ["Jossan"], "Viktoria": ["Vickan"], "Matilda": ["Tilda"],
    "Louise": ["Lollo"], "Therese": ["Tessan"], "Madeleine": ["Madde"], "Camilla": ["Millan"],
    "Rebecka": ["Becka"], "Isabelle": ["Bella"], "Isabella": ["Bella"], "Linnéa": ["Nea"],
    "Annika": ["Anki"], "Anneli": ["Anki"], "Elisabeth": ["Lisa", "Bettan"], "Elisabet": ["Lisa"],
    "Helena": ["Lena"], "Ann-Marie": ["Annie"], "Gunilla": ["Nilla"], "Margit": ["Maggan"],
    "Ingegerd": ["Inga"], "Karolina": ["Karro"], "Alexandra": ["Sandra", "Alex"], "Jessica": ["Jessi"],
    "Emelie": ["Emmy"], "Johanna": ["Hanna", "Jojje"], "Frida": ["Frippa"], "Barbro": ["Babsan"],
}  # fmt: skip
_NICK_EN = {
    "Michael": ["Mike", "Mick"], "William": ["Bill", "Will"], "Robert": ["Bob", "Rob", "Bobby"],
    "Richard": ["Rick", "Dick"], "James": ["Jim", "Jimmy"], "John": ["Johnny", "Jack"],
    "Thomas": ["Tom", "Tommy"], "Christopher": ["Chris"], "Anthony": ["Tony"], "Daniel": ["Dan", "Danny"],
    "Matthew": ["Matt"], "Andrew": ["Andy", "Drew"], "Joseph": ["Joe"], "David": ["Dave"],
    "Steven": ["Steve"], "Stephen": ["Steve"], "Edward": ["Ed", "Ted"], "Benjamin": ["Ben"],
    "Nicholas": ["Nick"], "Jonathan": ["Jon"], "Samuel": ["Sam"], "Alexander": ["Alex"],
    "Timothy": ["Tim"], "Peter": ["Pete"], "Gregory": ["Greg"], "Kenneth": ["Ken"],
    "Charles": ["Charlie", "Chuck"], "Patrick": ["Pat"], "Frederick": ["Fred"], "Alfred": ["Alf"],
    "Jennifer": ["Jen", "Jenny"], "Elizabeth": ["Liz", "Beth", "Lizzie"], "Katherine": ["Kate", "Kathy"],
    "Catherine": ["Kate", "Cathy"], "Margaret": ["Maggie", "Peggy"], "Rebecca": ["Becky", "Becca"],
    "Victoria": ["Vicky"], "Samantha": ["Sam"], "Susan": ["Sue"], "Patricia": ["Pat", "Trish"],
    "Deborah": ["Debbie"], "Jacqueline": ["Jackie"], "Alexandra": ["Alex"], "Abigail": ["Abby"],
    "Christine": ["Chris"], "Kimberly": ["Kim"], "Nicola": ["Nicky"], "Stephanie": ["Steph"],
    "Charlotte": ["Lottie"], "Eleanor": ["Ellie"], "Barbara": ["Barb"], "Dorothy": ["Dot"],
    "Pamela": ["Pam"], "Judith": ["Judy"], "Gerald": ["Gerry"], "Raymond": ["Ray"], "Douglas": ["Doug"],
    "Lawrence": ["Larry"], "Terence": ["Terry"], "Donald": ["Don"], "Ronald": ["Ron"],
}  # fmt: skip
NICKNAMES: dict[str, dict[str, list[str]]] = {
    "swedish": _NICK_SV,
    "us": _NICK_EN,
    "uk": _NICK_EN,
    "polish": {"Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"], "Aleksandra": ["Ola"], "Magdalena": ["Magda"], "Agnieszka": ["Aga"], "Tomasz": ["Tomek"], "Krzysztof": ["Krzysiek"], "Piotr": ["Piotrek"], "Jakub": ["Kuba"], "Stanisław": ["Staszek"]},
    "finnish": {"Matti": ["Masa"], "Juha": ["Jussi"], "Kalevi": ["Kalle"]},
    "arabic": {"Mohammed": ["Mo", "Hamoudi"], "Abdullah": ["Abdu"], "Ibrahim": ["Ibbe"]},
    "german": {"Wolfgang": ["Wolle"], "Matthias": ["Matze"], "Andreas": ["Andi"], "Stefanie": ["Steffi"]},
    "ukrainian": {"Oleksandr": ["Sasha"], "Kateryna": ["Katia"], "Volodymyr": ["Volodia"]},
}  # fmt: skip

_LETTERS = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "ø": "o", "Ø": "O", "æ": "ae", "ß": "ss"}
)


def plain(word: str) -> str:
    """A name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Đorđević` -> `Djordjevic`."""
    word = word.translate(_LETTERS)
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: -ski/-cki/-dzki become -ska/-cka/-dzka."""
    for masc, fem in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(masc):
            return surname[: -len(masc)] + fem
    return surname
