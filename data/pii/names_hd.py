# ruff: noqa: E501
"""Name pools of held-out HD (issue 15), weighted by how often people carry the names.

Written by HD's helper from general knowledge of the published rankings (SCB's name statistics for
Sweden, the ONS rankings for England and Wales, the commonest names of the origins common in
Sweden), and the US Census 1990 lists copied from the `names` package's `dist.female.first`,
`dist.male.first` and `dist.all.last` (public domain) with the census per cent as weight. Swedish
and UK lists are in rank order, weight 1/rank; every list has a head (Swedish, UK and US: 150,
others 10) and a tail of rarer names past it, and a name word is drawn from the head with
HEAD_SHARE, else from the tail. No name was checked against anything in the repository.
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
    return Pool(
        names, tuple(1 / rank for rank in range(1, len(names) + 1)), min(head, len(names) - 1)
    )


def census(pairs: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A US Census 1990 list, the census per cent as weight."""
    return Pool(tuple(n for n, _ in pairs), tuple(w for _, w in pairs), head)


_PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "İ": "I", "ø": "o", "Ø": "O", "æ": "ae"}
)


def plain(word: str) -> str:
    """The word typed without its letters: `Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`."""
    word = word.translate(_PLAIN)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for male, female in (("dzki", "dzka"), ("ski", "ska"), ("cki", "cka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# Sweden: SCB's name statistics (all first names people carry, surnames), rank order as the writer
# knows them; head the top 150, the tail the rarer names past them.
SV_F = (
    "Maria", "Elisabeth", "Anna", "Kristina", "Margareta", "Eva", "Linnéa", "Karin", "Birgitta", "Marie",
    "Ingrid", "Emma", "Sara", "Kerstin", "Malin", "Ingegerd", "Lena", "Sofia", "Helena", "Christina",
    "Inger", "Linda", "Johanna", "Marianne", "Ulla", "Hanna", "Elin", "Katarina", "Annika", "Ida",
    "Louise", "Susanne", "Viktoria", "Julia", "Monica", "Carina", "Gunilla", "Anita", "Ulrika", "Elsa",
    "Jenny", "Camilla", "Frida", "Ann", "Matilda", "Ebba", "Amanda", "Siv", "Agneta", "Astrid",
    "Therese", "Gun", "Maja", "Charlotte", "Alice", "Caroline", "Åsa", "Cecilia", "Irene", "Josefin",
    "Alexandra", "Karolina", "Ingela", "Mona", "Elisabet", "Barbro", "Lisa", "Yvonne", "Birgit", "Sofie",
    "Ellen", "Inga", "Pia", "Gunnel", "Jessica", "Madeleine", "Ella", "Britt", "Lina", "Emelie",
    "Ingeborg", "Klara", "Margit", "Erika", "Moa", "Agnes", "Wilma", "Lovisa", "Jennie", "Gudrun",
    "Anneli", "Emilia", "Maj", "Stina", "Ann-Marie", "Sandra", "Rebecka", "Gerd", "Petra", "Marina",
    "Elvira", "Felicia", "Signe", "Greta", "Vera", "Ester", "Helen", "Ronja", "Isabelle", "Nora",
    "Maud", "Ylva", "Hedvig", "Solveig", "Linn", "Tove", "Olivia", "Selma", "Tilda", "Ann-Christin",
    "Anna-Karin", "Elina", "Mikaela", "Rut", "Märta", "Helene", "Evelina", "Eleonora", "Kajsa", "Saga",
    "Emmy", "Hilda", "Gunhild", "Catharina", "Nathalie", "Josefine", "Jeanette", "Pernilla", "Veronica", "Sonja",
    "Berit", "Britta", "Kristin", "Gabriella", "Nina", "Ann-Sofie", "Marita", "Rose-Marie", "Alva", "Freja",
    # tail
    "Lilly", "Stella", "Tyra", "Irma", "Edith", "Ragnhild", "Lilian", "Sigrid", "Elise", "Rakel",
    "Ingalill", "Majvor", "Majken", "Elsie", "Doris", "Dagmar", "Svea", "Tekla", "Hjördis", "Göta",
    "Vivianne", "Inez", "Iris", "Ines", "Mira", "Leia", "Isabella", "Thea", "Juni", "Liv",
    "Livia", "Minna", "Nellie", "Novalie", "Meja", "Molly", "Hedda", "Hilma", "Idun", "Juno",
    "Lykke", "Mila", "Nova", "Siri", "Lill-Marie", "Vilma", "Elvina", "Nathalia", "Tuva", "Malva",
    "Eva-Britt", "Ann-Louise", "Ann-Charlotte", "Anna-Lena", "Anna-Lisa", "Anna-Maria", "Eva-Lena", "Eva-Karin", "Ing-Marie", "Lena-Maria",
    "Maj-Britt", "Britt-Marie", "Gun-Britt", "Ulla-Britt", "Anne-Marie", "Marie-Louise", "Mona-Lisa", "Lisbeth", "Lisbet", "Gunvor",
    "Kristel", "Katrin", "Katja", "Karina", "Carola", "Carin", "Charlotta", "Cajsa", "Cecilie", "Christin",
    "Annelie", "Ann-Kristin", "Annette", "Anette", "Annica", "Angelica", "Angelika", "Annie", "Anja", "Aina",
    "Alma", "Amelia", "Amira", "Andrea", "Ariana", "Aurora", "Beatrice", "Bella", "Benita", "Bodil",
    "Camille", "Cornelia", "Dalia", "Daniela", "Denise", "Desirée", "Dorotea", "Eva-Marie", "Edla", "Elena",
    "Eliza", "Ellinor", "Elna", "Elvy", "Emilie", "Ewa", "Fanny", "Filippa", "Fredrika", "Gerda",
    "Gertrud", "Gisela", "Gun-Marie", "Gullan", "Gunborg", "Hannah", "Harriet", "Inga-Lill", "Heidi", "Henrietta",
    "Ingelise", "Ingvor", "Irja", "Isa", "Ivy", "Jasmine", "Jill", "Johanne", "Jonna", "Josefina",
    "Judit", "Kim", "Kristine", "Laila", "Lea", "Leila", "Lilja", "Linnea", "Liselott", "Lotten",
    "Louisa", "Lova", "Lovis", "Lydia", "Madelene", "Magdalena", "Majlis", "Malou", "Margaretha", "Maria-Theresia",
    "Mariann", "Marika", "Marit", "Marlene", "Mathilda", "Matilde", "Melinda", "Melissa", "Michaela", "Mimmi",
    "Miranda", "Natalie", "Nelly", "Nicole", "Nike", "Ninni", "Ottilia", "Paula", "Paulina", "Rebecca",
    "Regina", "Rigmor", "Ritva", "Rosa", "Rosita", "Ruth", "Sabina", "Sanna", "Ann-Mari", "Sigbritt",
    "Simone", "Siw", "Sofi", "Solvig", "Susann", "Sylvia", "Tina", "Therése", "Tora", "Ulla-Stina",
    "Ulrica", "Valborg", "Vanja", "Vendela", "Victoria", "Viola", "Yasmine", "Ann-Britt", "Åse", "Öllegård",
)  # fmt: skip
SV_M = (
    "Karl", "Erik", "Lars", "Anders", "Per", "Johan", "Mikael", "Olof", "Nils", "Jan",
    "Lennart", "Gustav", "Hans", "Peter", "Carl", "Fredrik", "Axel", "Bengt", "Sven", "Alexander",
    "Daniel", "Oskar", "Magnus", "Bo", "Gunnar", "Åke", "Stefan", "Thomas", "Andreas", "Göran",
    "Ulf", "Leif", "Christer", "Emil", "Jonas", "Henrik", "Martin", "Mats", "Björn", "Arne",
    "William", "Bertil", "Ingemar", "Kent", "Stig", "Filip", "Anton", "David", "Lucas", "Viktor",
    "Rolf", "Roger", "Simon", "Kjell", "Mattias", "Marcus", "Niklas", "Patrik", "Tommy", "Hugo",
    "Jonathan", "Tobias", "Sebastian", "Robert", "Christian", "Rickard", "Oliver", "Ludvig", "Elias", "Isak",
    "Adam", "Gösta", "Rune", "Olle", "Joakim", "Kenneth", "Jakob", "Liam", "Noah", "Edvin",
    "Alfred", "Theodor", "Vilhelm", "Linus", "Johannes", "Kurt", "Dan", "Robin", "Jesper", "Jimmy",
    "Roland", "Hampus", "Albin", "Josef", "Elis", "Melvin", "Leo", "Max", "Benjamin", "Samuel",
    "Folke", "Sten", "Tord", "Torbjörn", "Håkan", "Claes", "Sune", "Ove", "Ingvar", "Yngve",
    "Rasmus", "Gabriel", "Eric", "Kristoffer", "Christoffer", "Ronny", "Conny", "Pontus", "Hannes", "Vincent",
    "Harald", "Einar", "Emanuel", "Olov", "Tomas", "Ali", "Mohammed", "Pär", "Krister", "Jörgen",
    "Karl-Erik", "Per-Olof", "Lars-Göran", "Jan-Erik", "Carl-Johan", "Wilhelm", "Gustaf", "August", "Arvid", "Valter",
    "Sixten", "Vidar", "Melker", "Ebbe", "Love", "Casper", "Otto", "Frans", "Felix", "Charlie",
    # tail
    "Elliot", "Malte", "Loke", "Kevin", "Dennis", "Joel", "Jacob", "Jens", "Jonny", "Morgan",
    "Lage", "Viggo", "Karl-Johan", "Lars-Erik", "Per-Erik", "Jan-Olof", "Sven-Erik", "Nils-Erik", "Bengt-Göran", "Carl-Gustaf",
    "Hans-Olof", "Lars-Olof", "Per-Anders", "Erik-Johan", "Karl-Gustav", "Stig-Olof", "Bror", "Birger", "Evert", "Helge",
    "Hilding", "Holger", "Ivar", "Knut", "Konrad", "Sven-Olof", "Lorentz", "Manfred", "Nore", "Ragnar",
    "Sigvard", "Sture", "Tage", "Thure", "Torsten", "Verner", "Assar", "Algot", "Anselm", "Arvo",
    "Alvar", "Ambjörn", "Anund", "Arnold", "Artur", "Benny", "Bernt", "Bert", "Bill", "Boris",
    "Botvid", "Christopher", "Clas", "Dag", "Douglas", "Edgar", "Edward", "Egon", "Eilert", "Ejnar",
    "Elof", "Emmanuel", "Enar", "Erland", "Eskil", "Eugen", "Fabian", "Ferdinand", "Folkvar", "Finn",
    "Fritiof", "Georg", "Gerhard", "Gert", "Gillis", "Glenn", "Gottfrid", "Greger", "Gunder", "Halvar",
    "Harry", "Hadar", "Henning", "Herbert", "Hjalmar", "Nils-Olof", "Ingolf", "Ingvald", "Isac", "Ivan",
    "Jack", "Jamal", "Jarl", "Jerker", "Jim", "Joachim", "Jon", "Jonatan", "Julius", "Justus",
    "Kaj", "Kasper", "Ken", "Kennet", "Klas", "Kristian", "Bo-Göran", "Leon", "Levi", "Lias",
    "Linnar", "Ludwig", "Magne", "Malcolm", "Marcel", "Markus", "Mathias", "Melwin", "Mikkel", "Milian",
    "Milton", "Mio", "Måns", "Natanael", "Neo", "Nicklas", "Nicolas", "Nathan", "Noel", "Odd",
    "Ola", "Olaf", "Ossian", "Lars-Åke", "Owe", "Paul", "Pehr", "Petter", "Philip", "Ralf",
    "Ray", "Reidar", "Reine", "Rikard", "Roine", "Ronald", "Rudolf", "Ruben", "Sam", "Sanfrid",
    "Seth", "Sigge", "Sivert", "Staffan", "Svante", "Sölve", "Teodor", "Teo", "Thor", "Tim",
    "Tony", "Tor", "Torgny", "Torkel", "Ture", "Uno", "Urban", "Valdemar", "Walter", "Wiktor",
    "Wilmer", "Yasin", "Yngvar", "Zakarias", "Åsmund", "Östen", "Örjan", "Per-Åke", "Carl-Axel", "Jan-Åke",
    "Mohamed", "Ahmed", "Omar", "Hassan", "Ibrahim", "Mustafa", "Amir", "Adrian", "Alvin", "Dante",
    "Lukas", "Mattis", "Frank", "Elton", "Colin", "Anders-Petter", "Jan-Olov", "Kent-Åke", "Leonard", "Sigurd",
)  # fmt: skip
SV_S = (
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson",
    "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Olofsson",
    "Lindström", "Lindqvist", "Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren", "Lundqvist",
    "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg", "Ali", "Wallin", "Mohammed",
    "Engström", "Danielsson", "Eklund", "Håkansson", "Lundin", "Gunnarsson", "Björk", "Bergman", "Holm", "Samuelsson",
    "Fransson", "Wikström", "Isaksson", "Bergqvist", "Nyström", "Holmberg", "Arvidsson", "Löfgren", "Söderberg", "Nyberg",
    "Blomqvist", "Claesson", "Nordström", "Ahmed", "Mårtensson", "Lundström", "Hassan", "Viklund", "Björklund", "Eliasson",
    "Pålsson", "Berggren", "Sandström", "Lund", "Nordin", "Ström", "Åberg", "Falk", "Ekström", "Hermansson",
    "Holmgren", "Hellström", "Dahlberg", "Hedlund", "Sundberg", "Sjögren", "Ek", "Blom", "Abrahamsson", "Martinsson",
    "Öberg", "Andreasson", "Strömberg", "Månsson", "Hansen", "Åkesson", "Dahl", "Lindholm", "Norberg", "Holmqvist",
    "Carlsson", "Mohamed", "Hussein", "Jeppsson", "Sundqvist", "Nygren", "Hedberg", "Sundström", "Ahlström", "Johnsson",
    "Göransson", "Lindell", "Nordqvist", "Ekberg", "Lindahl", "Wahlström", "Sjöström", "Åström", "Boström", "Vikström",
    "Borg", "Lindblom", "Friberg", "Hedström", "Söderström", "Hägglund", "Jonasson", "Forslund", "Ekman", "Strand",
    "Rosén", "Sjödin", "Melin", "Nyman", "Backman", "Hallberg", "Östlund", "Engberg", "Malmberg", "Sundin",
    "Törnqvist", "Lindén", "Hedman", "Palm", "Ivarsson", "Kjellberg", "Ottosson", "Skoglund", "Granath", "Ågren",
    # tail
    "Lilja", "Wennberg", "Ljungberg", "Rydberg", "Lundmark", "Forsman", "Grahn", "Hammar", "Sjölund", "Brandt",
    "Edlund", "Fors", "Frisk", "Granberg", "Hagström", "Holmström", "Jernberg", "Lindkvist", "Malm", "Nord",
    "Ohlsson", "Sahlin", "Stenberg", "Thorén", "Wallén", "Westerberg", "Zetterberg", "Ahlberg", "Almqvist", "Bergendahl",
    "Blomberg", "Dahlgren", "Englund", "Fagerström", "Hedin", "Hellberg", "Hultgren", "Höglund", "Karlberg", "Kvist",
    "Lagerqvist", "Lindmark", "Lindfors", "Löfstedt", "Modig", "Nordlund", "Nordlander", "Norén", "Palmqvist", "Rehn",
    "Renström", "Rudberg", "Sandell", "Segerström", "Skog", "Stenström", "Svahn", "Tell", "Tengvall", "Unger",
    "Wahlberg", "Wallgren", "Westin", "Wiklund", "Åkerlund", "Öhman", "Österberg", "Ståhl", "Wiberg", "Bolin",
    "Dahlström", "Eklöf", "Fält", "Granlund", "Hammarström", "Hjelm", "Holmlund", "Israelsson", "Jarl", "Kjellgren",
    "Landberg", "Lindroth", "Lindvall", "Ljung", "Lövgren", "Myrberg", "Nordgren", "Pihl", "Rask", "Roos",
    "Rydén", "Sandin", "Selin", "Sjöqvist", "Strömqvist", "Svärd", "Sörensen", "Tornberg", "Vallin", "Wennerström",
    "Wester", "Zackrisson", "Åhlund", "Ölund", "Abdi", "Omar", "Ibrahim", "Abdullah", "Yusuf", "Nguyen",
    "Yilmaz", "Kaya", "Haddad", "Korhonen", "Virtanen", "Nowak", "Kowalski", "Hodzic", "Rahimi", "Mohammadi",
    "Aronsson", "Bäckström", "Bergkvist", "Bjurström", "Brodin", "Byström", "Cederberg", "Dahlin", "Ekholm", "Elfving",
    "Engman", "Enqvist", "Falkenberg", "Flink", "Forsgren", "Frid", "Fröberg", "Gran", "Grönlund", "Gullberg",
    "Hagberg", "Hallgren", "Hammarberg", "Hedqvist", "Heikkinen", "Hellman", "Holgersson", "Hörnqvist", "Jägerstrand", "Kallin",
    "Kronberg", "Kullberg", "Lagergren", "Larsén", "Lidén", "Liljegren", "Lindbom", "Linde", "Lindelöf", "Ljungqvist",
    "Lundell", "Lundh", "Lönnqvist", "Mellberg", "Moberg", "Mörk", "Nordahl", "Nordenström", "Norling", "Nylander",
    "Nyqvist", "Olander", "Palmér", "Pehrsson", "Quist", "Ringström", "Rundqvist", "Rydell", "Sandgren", "Schön",
    "Sellberg", "Sjöblom", "Sköld", "Sparre", "Stålberg", "Stenlund", "Storm", "Strandberg", "Sundell", "Svedberg",
    "Sävström", "Söderlund", "Thelin", "Thunberg", "Tjernström", "Torstensson", "Trygg", "Tärnström", "Uhlin", "Wallander",
    "Wahlgren", "Wass", "Wedin", "Wennström", "Widén", "Winberg", "Wirén", "Zander", "Åhman", "Ångström",
    "Östberg", "Öhrn", "Gyllenhammar", "Lagercrantz", "Silfverskiöld", "Cederschiöld", "von Rosen", "af Geijerstam", "von Euler", "De la Gardie",
    "Posse", "Bonde", "Adelsköld", "af Klint", "Stackelberg", "Kjellström-Berg", "Nilsson Ek", "Berg Lindqvist", "Svensson Holm", "Larsson-Fors",
)  # fmt: skip
# England and Wales: the ONS rankings as the writer knows them (the generations now at work and the
# newer ones), rank order; head 150, the tail past it.
UK_F = (
    "Sarah", "Emma", "Claire", "Laura", "Rebecca", "Charlotte", "Emily", "Jessica", "Sophie", "Hannah",
    "Lucy", "Rachel", "Amy", "Katie", "Olivia", "Amelia", "Grace", "Helen", "Nicola", "Lisa",
    "Karen", "Susan", "Victoria", "Louise", "Gemma", "Elizabeth", "Jennifer", "Samantha", "Natalie", "Joanne",
    "Michelle", "Catherine", "Julie", "Kelly", "Lauren", "Chloe", "Megan", "Isla", "Ava", "Lily",
    "Ella", "Mia", "Isabella", "Holly", "Ellie", "Freya", "Poppy", "Evie", "Ruby", "Daisy",
    "Alice", "Jane", "Anne", "Margaret", "Patricia", "Mary", "Linda", "Alison", "Angela", "Fiona",
    "Zoe", "Kirsty", "Jade", "Hayley", "Stacey", "Leanne", "Kerry", "Danielle", "Jodie", "Bethany",
    "Georgia", "Millie", "Molly", "Imogen", "Phoebe", "Florence", "Harriet", "Eleanor", "Abigail", "Isabel",
    "Donna", "Tracey", "Dawn", "Deborah", "Caroline", "Joanna", "Kate", "Jenny", "Anna", "Lydia",
    "Alexandra", "Amber", "Scarlett", "Matilda", "Rosie", "Esme", "Erin", "Niamh", "Siobhan", "Caitlin",
    "Rhiannon", "Sian", "Ffion", "Eilidh", "Heather", "Pauline", "Christine", "Janet", "Carol", "Jacqueline",
    "Sharon", "Wendy", "Gillian", "Lorraine", "Tina", "Ann", "Barbara", "Valerie", "Sandra", "Maureen",
    "Beverley", "Marie", "Kathryn", "Rebekah", "Naomi", "Leah", "Jasmine", "Aimee", "Kayleigh", "Chelsea",
    "Shannon", "Courtney", "Paige", "Keira", "Maisie", "Willow", "Sienna", "Elsie", "Ivy", "Aria",
    "Evelyn", "Sofia", "Maya", "Layla", "Freda", "Rose", "Hollie", "Francesca", "Natasha", "Vicky",
    # tail
    "Eloise", "Beatrice", "Martha", "Edith", "Iris", "Clara", "Connie", "Delilah", "Emilia", "Hallie",
    "Harper", "Lottie", "Luna", "Mabel", "Nancy", "Orla", "Penelope", "Robyn", "Rowan", "Sadie",
    "Thea", "Violet", "Zara", "Bronwen", "Carys", "Cerys", "Nia", "Megan-Rose", "Morag", "Kirsteen",
    "Ailsa", "Catriona", "Mhairi", "Shona", "Moira", "Fenella", "Philippa", "Penny", "Pippa", "Felicity",
    "Henrietta", "Camilla", "Davina", "Imelda", "Bernadette", "Geraldine", "Marian", "Theresa", "Jean", "Joan",
    "Brenda", "Glenys", "Hilary", "Jill", "Judith", "June", "Lesley", "Lynne", "Marion", "Muriel",
    "Rosemary", "Shirley", "Sheila", "Sylvia", "Yvonne", "Denise", "Diane", "Elaine", "Gail", "Jayne",
    "Joyce", "Julia", "Kim", "Lindsey", "Mandy", "Melanie", "Nichola", "Paula", "Rachael", "Ruth",
    "Sally", "Suzanne", "Tanya", "Tracy", "Vanessa", "Anita", "Annette", "Carly", "Charlene", "Cheryl",
    "Clare", "Dionne", "Emma-Louise", "Gayle", "Jemma", "Katy", "Kimberley", "Leigh", "Lynsey", "Maria",
    "Nadia", "Nikki", "Rebecca-Jane", "Sasha", "Sonia", "Stephanie", "Toni", "Verity", "Alana", "Amira",
    "Anya", "Ayesha", "Bella", "Bonnie", "Cara", "Darcey", "Eden", "Elena", "Esther", "Fatima",
    "Gracie", "Hafsa", "Hope", "Jessie", "Kacey", "Lacey", "Lexi", "Lola", "Madison", "Maryam",
    "Mollie", "Nell", "Nyla", "Orlaith", "Pearl", "Priya", "Remi", "Sana", "Savannah", "Tamsin",
    "Tilly", "Wren", "Yasmin", "Zainab", "Aisling", "Ciara", "Roisin", "Saoirse", "Una", "Aoife",
)  # fmt: skip
UK_M = (
    "David", "John", "Michael", "James", "Paul", "Andrew", "Mark", "Richard", "Robert", "Christopher",
    "Daniel", "Thomas", "Matthew", "Peter", "Stephen", "Steven", "William", "Simon", "Ian", "Gary",
    "Jonathan", "Martin", "Anthony", "Kevin", "Craig", "Lee", "Neil", "Darren", "Jason", "Adam",
    "Benjamin", "Samuel", "Joshua", "Luke", "Ryan", "Liam", "Jamie", "Nathan", "Oliver", "George",
    "Harry", "Jack", "Noah", "Charlie", "Leo", "Oscar", "Arthur", "Muhammad", "Callum", "Connor",
    "Lewis", "Jordan", "Kieran", "Alexander", "Henry", "Edward", "Joseph", "Alfie", "Freddie", "Archie",
    "Theo", "Jacob", "Ethan", "Harrison", "Max", "Isaac", "Lucas", "Finley", "Toby", "Tyler",
    "Dylan", "Reece", "Aaron", "Scott", "Dean", "Philip", "Graham", "Keith", "Colin", "Alan",
    "Brian", "Stuart", "Gordon", "Malcolm", "Kenneth", "Roger", "Nigel", "Trevor", "Barry", "Derek",
    "Clive", "Geoffrey", "Duncan", "Gareth", "Rhys", "Owen", "Sean", "Patrick", "Rory", "Hugo",
    "Nicholas", "Timothy", "Dominic", "Jake", "Ben", "Sam", "Tom", "Joe", "Alex", "Charles",
    "Jeremy", "Raymond", "Terence", "Wayne", "Carl", "Dale", "Ross", "Shaun", "Karl", "Elliot",
    "Bradley", "Jamal", "Mohammed", "Ahmed", "Ali", "Hamza", "Omar", "Yusuf", "Ibrahim", "Zain",
    "Louis", "Teddy", "Reggie", "Albie", "Ronnie", "Tommy", "Frankie", "Jude", "Elijah", "Sebastian",
    "Rowan", "Stanley", "Albert", "Ernest", "Frederick", "Harvey", "Jenson", "Logan", "Mason", "Riley",
    # tail
    "Alistair", "Angus", "Hamish", "Fraser", "Euan", "Ewan", "Calum", "Iain", "Murray", "Struan",
    "Dafydd", "Iwan", "Gethin", "Emyr", "Huw", "Rhodri", "Aled", "Cai", "Declan", "Ciaran",
    "Cormac", "Eoin", "Niall", "Padraig", "Seamus", "Giles", "Rupert", "Jasper", "Crispin", "Piers",
    "Quentin", "Tristan", "Barnaby", "Benedict", "Cuthbert", "Felix", "Fergus", "Gregory", "Howard", "Julian",
    "Lawrence", "Marcus", "Miles", "Nathaniel", "Norman", "Oswald", "Percy", "Ralph", "Roland", "Rufus",
    "Russell", "Spencer", "Stewart", "Vincent", "Walter", "Wilfred", "Adrian", "Allan", "Ashley", "Barrie",
    "Bernard", "Bryan", "Cameron", "Christian", "Cliff", "Dennis", "Desmond", "Donald", "Douglas", "Edwin",
    "Eric", "Francis", "Frank", "Gavin", "Glen", "Glenn", "Harold", "Jim", "Jon", "Kirk",
    "Leonard", "Leslie", "Lloyd", "Marc", "Mathew", "Maurice", "Mervyn", "Mick", "Neville", "Phil",
    "Ray", "Rob", "Ronald", "Roy", "Stan", "Steve", "Terry", "Tony", "Victor", "Warren",
    "Aidan", "Ajay", "Amir", "Arjun", "Ashton", "Bailey", "Blake", "Brandon", "Caleb", "Carter",
    "Cody", "Corey", "Darius", "Dexter", "Eli", "Ellis", "Ezra", "Finlay", "Gabriel", "Harley",
    "Hayden", "Idris", "Jayden", "Jesse", "Kai", "Kian", "Kyle", "Leon", "Luca", "Mitchell",
    "Morgan", "Nico", "Ollie", "Ravi", "Reuben", "Roman", "Rudy", "Ryan-James", "Sonny", "Tobias",
    "Tristram", "Vikram", "Xavier", "Zachary", "Zak", "Ahmad", "Bilal", "Hassan", "Imran", "Kamran",
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
    "Reeves", "Little", "Lamb", "Black", "Mann", "Jennings", "Fuller", "Sanders", "Pritchard", "Kemp",
    "Mistry", "Parkinson", "Baxter", "Pugh", "Dodd", "Frost", "Glover", "Howell", "Lucas", "Norton",
    "Sheppard", "Sims", "Tucker", "Vaughan", "Whitehead", "Wilkins", "Barber", "Blackburn", "Bolton", "Briggs",
    "Buckley", "Bull", "Bush", "Cartwright", "Clayton", "Connolly", "Crawford", "Dale", "Daly", "Davidson",
    "Douglas", "Duncan", "Farrell", "Field", "Finch", "Fleming", "Gilbert", "Goodwin", "Hale", "Hammond",
    "Hancock", "Hanson", "Haynes", "Higgins", "Hobbs", "Horton", "Houghton", "Humphreys", "Ingram", "Jarvis",
    "Kirby", "Lambert", "Law", "Leach", "Lynch", "Mahmood", "Maxwell", "McKenzie", "Metcalfe", "Moran",
    "Morton", "Nash", "Nolan", "Norris", "North", "O'Sullivan", "Owens", "Pollard", "Quinn", "Rahman",
    "Randall", "Read", "Rowe", "Savage", "Sharma", "Slater", "Steele", "Stephenson", "Summers", "Swift",
    "Talbot", "Thornton", "Tomlinson", "Townsend", "Trevelyan", "Vincent", "Waters", "Weston", "Whittaker", "Wyatt",
    "Ashworth", "Bellamy", "Chadwick", "Fairclough", "Featherstone", "Greenwood", "Heywood", "Illingworth", "Pemberton", "Sutcliffe",
    "ap Rhys", "Llewellyn", "Prosser", "Pryce", "Bevan", "MacLeod", "MacKenzie", "Fraser-Hay", "Gordon-Smith", "Lloyd-Jones",
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
    ("Marianne", 0.042), ("Kara", 0.041), ("Jacquelyn", 0.041), ("Erma", 0.041), ("Blanca", 0.041),
    ("Myra", 0.04), ("Leticia", 0.04), ("Pat", 0.04), ("Krista", 0.04), ("Roxanne", 0.04),
    ("Angelica", 0.039), ("Johnnie", 0.039), ("Robyn", 0.039), ("Francis", 0.039),
    ("Adrienne", 0.039), ("Rosalie", 0.039), ("Alexandra", 0.039), ("Brooke", 0.039),
    ("Bethany", 0.039), ("Sadie", 0.039), ("Bernadette", 0.039),
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
    ("Earnest", 0.031), ("Lucas", 0.031), ("Benny", 0.03), ("Noel", 0.03), ("Spencer", 0.03),
    ("Rodolfo", 0.03), ("Myron", 0.03), ("Edmund", 0.03), ("Garrett", 0.029), ("Salvatore", 0.029),
    ("Cedric", 0.029), ("Lowell", 0.029), ("Gregg", 0.029), ("Sherman", 0.028), ("Wilson", 0.028),
    ("Devin", 0.028), ("Sylvester", 0.028), ("Kim", 0.028), ("Roosevelt", 0.028),
    ("Israel", 0.028), ("Jermaine", 0.028),
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
    ("Saunders", 0.027), ("Wise", 0.027), ("Colon", 0.027), ("Gill", 0.027), ("Alvarado", 0.027),
    ("Greer", 0.026), ("Padilla", 0.026), ("Simon", 0.026), ("Waters", 0.026), ("Nunez", 0.026),
)  # fmt: skip
# Origins common in Sweden, their commonest names as the writer knows them, rank order, head 10.
FI_F = ("Maria", "Helena", "Johanna", "Anneli", "Kaarina", "Marjatta", "Anna", "Liisa", "Annikki", "Hannele", "Tuula", "Päivi", "Sari", "Pirjo", "Minna", "Tiina", "Riitta", "Leena", "Anu", "Satu", "Sanna", "Aino", "Eija", "Kirsi", "Marja", "Seija", "Ritva", "Outi", "Heli", "Katja")  # fmt: skip
FI_M = ("Juhani", "Johannes", "Olavi", "Antero", "Tapani", "Kalevi", "Matti", "Mikael", "Timo", "Kari", "Pekka", "Jari", "Mika", "Jukka", "Markku", "Antti", "Heikki", "Juha", "Petri", "Ville", "Tuomas", "Janne", "Esa", "Veikko", "Seppo", "Raimo", "Pertti", "Eero", "Lauri", "Ilkka")  # fmt: skip
FI_S = ("Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen", "Hiltunen", "Kallio", "Pitkänen", "Aaltonen")  # fmt: skip
AR_F = ("Fatima", "Zainab", "Maryam", "Noor", "Sara", "Aya", "Hiba", "Rania", "Amal", "Layla", "Huda", "Rana", "Dima", "Lina", "Samira", "Yasmin", "Reem", "Ghada", "Hanan", "Shamiram", "Nisreen", "Rasha", "Suha", "Marwa", "Duaa", "Batoul", "Nineveh", "Mariam", "Jana", "Lujain")  # fmt: skip
AR_M = ("Mohammad", "Ahmad", "Ali", "Hussein", "Omar", "Khaled", "Mahmoud", "Hassan", "Abdullah", "Mustafa", "Ibrahim", "Yousef", "Karim", "Samir", "Bassam", "Rami", "Fadi", "Tariq", "Ammar", "Waleed", "Ninos", "Sargon", "Gabriel", "Yacoub", "Elias", "Nabil", "Ziad", "Firas", "Haider", "Muhannad", "Saad", "Bashar")  # fmt: skip
AR_S = ("Ali", "Mohammed", "Hassan", "Hussein", "Ahmed", "Abdullah", "Ibrahim", "Saleh", "Khalil", "Haddad", "Jaber", "Younis", "Al-Hashimi", "Al-Obaidi", "Al-Jubouri", "Kassab", "Nasser", "Hamad", "Aziz", "Mansour", "Shamoun", "Barsoum", "Saliba", "Gabriel", "Hanna", "Isaac", "Yousef", "Al-Saadi", "Al-Khafaji", "Darwish", "Issa", "Atto", "Bahnan", "Toma")  # fmt: skip
SO_F = ("Hodan", "Fadumo", "Amina", "Sahra", "Hawa", "Asha", "Sagal", "Ayan", "Hibaaq", "Nasra", "Ifrah", "Khadra", "Filsan", "Ubah", "Deeqa", "Maryan", "Halima", "Muna", "Hamdi", "Idil", "Nimco", "Sucaad", "Warsan", "Caasha")  # fmt: skip
SO_M = ("Mohamed", "Abdi", "Ahmed", "Abdirahman", "Abdullahi", "Hassan", "Ali", "Omar", "Yusuf", "Mahad", "Liban", "Abdiaziz", "Hamza", "Mukhtar", "Farah", "Ismail", "Said", "Guled", "Bashir", "Osman", "Abdikarim", "Hussein", "Mustafe", "Cabdi")  # fmt: skip
SO_S = ("Mohamed", "Ahmed", "Ali", "Hassan", "Abdi", "Hussein", "Omar", "Farah", "Ismail", "Osman", "Aden", "Warsame", "Jama", "Nur", "Yusuf", "Abdullahi", "Ibrahim", "Dahir", "Elmi", "Mohamud", "Hirsi", "Egal", "Gedi", "Samatar", "Guled", "Abdirahman")  # fmt: skip
PL_F = ("Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna", "Magdalena", "Elżbieta", "Joanna", "Aleksandra", "Monika", "Zofia", "Teresa", "Danuta", "Natalia", "Karolina", "Marta", "Beata", "Dorota", "Justyna", "Halina", "Paulina", "Jadwiga", "Grażyna", "Iwona")  # fmt: skip
PL_M = ("Piotr", "Krzysztof", "Andrzej", "Tomasz", "Jan", "Paweł", "Michał", "Marcin", "Stanisław", "Jakub", "Adam", "Marek", "Łukasz", "Grzegorz", "Mateusz", "Wojciech", "Mariusz", "Dariusz", "Zbigniew", "Jerzy", "Maciej", "Rafał", "Kamil", "Robert", "Józef", "Sławomir", "Przemysław")  # fmt: skip
PL_S = ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Wojciechowski", "Kwiatkowski", "Krawczyk", "Kaczmarek", "Piotrowski", "Grabowski", "Zając", "Pawłowski", "Michalski", "Król", "Wieczorek", "Jabłoński", "Wróbel", "Majewski", "Olszewski", "Zawadzki", "Wysocki", "Sawicki", "Górski", "Sikora")  # fmt: skip
FA_F = ("Maryam", "Fatemeh", "Zahra", "Shirin", "Nasrin", "Parisa", "Mahnaz", "Leila", "Azadeh", "Soheila", "Roya", "Neda", "Sara", "Mina", "Fereshteh", "Nazanin", "Shadi", "Elham", "Golnaz", "Setareh", "Mahsa", "Samira", "Sepideh", "Bahareh")  # fmt: skip
FA_M = ("Ali", "Mohammad", "Reza", "Hossein", "Mehdi", "Amir", "Hamid", "Saeed", "Majid", "Mohsen", "Behzad", "Farhad", "Kaveh", "Babak", "Dariush", "Arash", "Omid", "Payam", "Navid", "Kourosh", "Siamak", "Bahram", "Pouya", "Ramin")  # fmt: skip
FA_S = ("Mohammadi", "Hosseini", "Ahmadi", "Rezaei", "Moradi", "Karimi", "Jafari", "Rahimi", "Hashemi", "Mousavi", "Sadeghi", "Ghorbani", "Heidari", "Kazemi", "Rostami", "Akbari", "Tehrani", "Shirazi", "Esfahani", "Nazari", "Farahani", "Ebrahimi", "Azizi", "Amini", "Najafi", "Bagheri")  # fmt: skip
BCS_F = ("Amra", "Emina", "Selma", "Amela", "Lejla", "Ana", "Marija", "Jelena", "Ivana", "Mirjana", "Snežana", "Dragana", "Vesna", "Sanja", "Maja", "Jasmina", "Azra", "Senada", "Mersiha", "Alma", "Aida", "Zorica", "Gordana", "Nataša", "Tanja", "Đurđa")  # fmt: skip
BCS_M = ("Amir", "Adnan", "Edin", "Mirza", "Emir", "Kenan", "Damir", "Dragan", "Goran", "Zoran", "Nenad", "Milan", "Ivan", "Marko", "Nikola", "Stefan", "Dejan", "Senad", "Jasmin", "Haris", "Alen", "Mehmed", "Nedim", "Đorđe", "Željko", "Mišo")  # fmt: skip
BCS_S = ("Hodžić", "Hadžić", "Kovačević", "Begić", "Delić", "Mehmedović", "Hasanović", "Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Pavlović", "Horvat", "Kovačić", "Babić", "Marić", "Jurić", "Knežević", "Husić", "Avdić", "Salihović", "Suljić", "Mujić", "Alić", "Tomić", "Lukić", "Šehić", "Omerović", "Popović")  # fmt: skip
TR_F = ("Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Şerife", "Zehra", "Sultan", "Hülya", "Esra", "Özlem", "Merve", "Büşra", "Derya", "Gül", "Sevgi", "Aylin", "Deniz", "Ebru", "Songül", "Filiz", "Yasemin")  # fmt: skip
TR_M = ("Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Osman", "Yusuf", "Murat", "Ömer", "Ramazan", "Halil", "Süleyman", "Abdullah", "Mahmut", "Emre", "Burak", "Kemal", "Serkan", "Volkan", "Cem", "Erkan", "Kaan")  # fmt: skip
TR_S = ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Polat", "Özer", "Korkmaz", "Erdoğan", "Güneş", "Aktaş", "Yalçın", "Tekin")  # fmt: skip
ER_F = ("Helen", "Senait", "Selam", "Saba", "Mebrat", "Tsega", "Rahel", "Hiwet", "Feven", "Ruta", "Yordanos", "Semhar", "Winta", "Freweini", "Luwam", "Almaz", "Abeba", "Meron", "Eden", "Salina", "Lidia", "Tirhas")  # fmt: skip
ER_M = ("Yonas", "Dawit", "Mehari", "Tesfay", "Filmon", "Samuel", "Robel", "Habtom", "Tekle", "Yohannes", "Biniam", "Efrem", "Kidane", "Michael", "Amanuel", "Henok", "Ghirmay", "Tesfalem", "Yemane", "Berhane", "Mussie", "Aron")  # fmt: skip
ER_S = ("Tesfay", "Tekle", "Ghebremedhin", "Haile", "Berhane", "Gebremariam", "Kidane", "Woldu", "Habte", "Mehari", "Yohannes", "Tsegai", "Asmelash", "Ghebreyesus", "Abraha", "Tewelde", "Negash", "Andemariam", "Weldemichael", "Fesehaye", "Teklehaimanot", "Okbazghi", "Zerai", "Goitom")  # fmt: skip
AF_F = ("Fatima", "Maryam", "Zahra", "Masuma", "Nazanin", "Parwana", "Freshta", "Shabnam", "Farzana", "Mursal", "Marwa", "Sodaba", "Zarmina", "Nilofar", "Hasina", "Khadija", "Laila", "Mina", "Sima", "Roya", "Tamana", "Wahida")  # fmt: skip
AF_M = ("Mohammad", "Ahmad", "Ali", "Hamid", "Mustafa", "Reza", "Hussain", "Abdul", "Sayed", "Najib", "Rahim", "Karim", "Javid", "Jawad", "Farid", "Zabihullah", "Habib", "Rahmatullah", "Mahdi", "Murtaza", "Elyas", "Nasir", "Hamed", "Sohrab")  # fmt: skip
AF_S = ("Ahmadi", "Hussaini", "Rahimi", "Sultani", "Jafari", "Mohammadi", "Hakimi", "Karimi", "Noori", "Rezaie", "Amiri", "Habibi", "Haidari", "Sadat", "Stanikzai", "Popal", "Durrani", "Wardak", "Safi", "Nazari", "Azizi", "Rasuli", "Qaderi", "Haqjo")  # fmt: skip
TH_F = ("Siriporn", "Pranee", "Malee", "Kanya", "Somying", "Nittaya", "Wanida", "Supaporn", "Sunisa", "Ratana", "Pornthip", "Jintana", "Kanokwan", "Arunee", "Duangjai", "Achara", "Wilai", "Sumalee", "Chanya", "Lamai", "Orawan", "Pensri")  # fmt: skip
TH_M = ("Somchai", "Somsak", "Prasert", "Sombat", "Surachai", "Wichai", "Anan", "Boonmee", "Chaiwat", "Kittisak", "Niran", "Sakchai", "Suchart", "Thawatchai", "Narong", "Apichat", "Kriangsak", "Sompong", "Pichai", "Teerawat")  # fmt: skip
TH_S = ("Saetang", "Srisuk", "Wongsawat", "Sukjai", "Rattanakul", "Thongdee", "Chaiprasert", "Boonyarat", "Kongsuk", "Phromma", "Inthasan", "Saelee", "Saeyang", "Srisawat", "Jaidee", "Wongsuwan", "Kaewkla", "Sombatsiri", "Thongchai", "Phanthong", "Rungruang")  # fmt: skip
LA_F = ("María", "Ana", "Carolina", "Claudia", "Paula", "Francisca", "Camila", "Valentina", "Javiera", "Daniela", "Patricia", "Carmen", "Verónica", "Marcela", "Gabriela", "Alejandra", "Rosa", "Catalina", "Constanza", "Fernanda", "Isabel", "Lorena", "Macarena", "Ximena")  # fmt: skip
LA_M = ("José", "Juan", "Luis", "Carlos", "Jorge", "Francisco", "Pedro", "Manuel", "Sebastián", "Cristián", "Diego", "Felipe", "Rodrigo", "Andrés", "Matías", "Pablo", "Gonzalo", "Alejandro", "Claudio", "Ricardo", "Patricio", "Víctor", "Héctor", "Mauricio")  # fmt: skip
LA_S = ("González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez", "Sepúlveda", "Morales", "Rodríguez", "López", "Fuentes", "Hernández", "Torres", "Araya", "Flores", "Espinoza", "Valenzuela", "Castillo", "Ramírez", "Reyes", "Gutiérrez", "Castro", "Vargas", "Álvarez", "Vásquez", "Tapia", "Fernández", "Sánchez", "Carrasco", "Núñez", "Jara")  # fmt: skip
KU_F = ("Rojin", "Berfin", "Zilan", "Nergiz", "Dilan", "Jiyan", "Avin", "Shilan", "Roza", "Nazdar", "Gulistan", "Bahar", "Viyan", "Newroz", "Narin", "Helin", "Hevi", "Ronahi", "Sozdar", "Lavin", "Delal", "Zerya")  # fmt: skip
KU_M = ("Azad", "Rebaz", "Karwan", "Dilshad", "Hiwa", "Shwan", "Aram", "Baran", "Rezan", "Serhat", "Dara", "Kawa", "Zana", "Rizgar", "Soran", "Sherzad", "Hemin", "Bakhtiyar", "Diyar", "Ferhad", "Rojhat", "Goran")  # fmt: skip
KU_S = ("Ahmed", "Mohammed", "Ali", "Karim", "Rashid", "Abdullah", "Qadir", "Aziz", "Hussein", "Omar", "Salih", "Amin", "Mustafa", "Mahmoud", "Hamad", "Jaff", "Baban", "Zebari", "Hawrami", "Kurdi", "Doski", "Barwari", "Bradosti", "Sindi")  # fmt: skip
IN_F = ("Priya", "Anjali", "Pooja", "Neha", "Divya", "Sneha", "Deepa", "Kavya", "Lakshmi", "Swati", "Shreya", "Anita", "Sunita", "Meera", "Nisha", "Ritu", "Aishwarya", "Ananya", "Radhika", "Pallavi", "Shruti", "Aarti")  # fmt: skip
IN_M = ("Rahul", "Amit", "Rajesh", "Vikram", "Arjun", "Sanjay", "Suresh", "Anil", "Rohit", "Karthik", "Ravi", "Vijay", "Sandeep", "Aditya", "Nikhil", "Prakash", "Ramesh", "Manoj", "Deepak", "Srinivas", "Venkatesh", "Harish", "Ashok", "Abhishek")  # fmt: skip
IN_S = ("Kumar", "Singh", "Sharma", "Patel", "Gupta", "Reddy", "Rao", "Iyer", "Nair", "Menon", "Joshi", "Shah", "Mehta", "Verma", "Agarwal", "Chopra", "Das", "Banerjee", "Chatterjee", "Mukherjee", "Pillai", "Krishnan", "Subramanian", "Desai", "Kulkarni", "Bhat", "Naidu")  # fmt: skip
ZH_F = ("Jing", "Li", "Min", "Yan", "Ying", "Hui", "Xiaoyan", "Na", "Fang", "Lin", "Xin", "Yue", "Qian", "Yun", "Juan", "Mei", "Lili", "Hong", "Xia", "Ping", "Ting", "Yu")  # fmt: skip
ZH_M = ("Wei", "Lei", "Jun", "Yong", "Jie", "Tao", "Bin", "Hao", "Qiang", "Peng", "Ming", "Chao", "Gang", "Jian", "Feng", "Bo", "Long", "Kai", "Yang", "Xiaodong", "Zhiwei", "Haibo")  # fmt: skip
ZH_S = ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang")  # fmt: skip
UA_F = ("Olena", "Oksana", "Tetiana", "Nataliia", "Iryna", "Svitlana", "Yuliia", "Olha", "Kateryna", "Mariia", "Anastasiia", "Viktoriia", "Liudmyla", "Halyna", "Alina", "Daria", "Inna", "Larysa", "Valentyna", "Khrystyna", "Sofiia", "Anna")  # fmt: skip
UA_M = ("Oleksandr", "Serhii", "Andrii", "Volodymyr", "Dmytro", "Oleh", "Mykola", "Vasyl", "Yurii", "Ivan", "Viktor", "Ihor", "Maksym", "Bohdan", "Taras", "Roman", "Vitalii", "Artem", "Denys", "Yaroslav", "Petro", "Mykhailo")  # fmt: skip
UA_S = ("Melnyk", "Shevchenko", "Boiko", "Kovalenko", "Bondarenko", "Tkachenko", "Kovalchuk", "Kravchenko", "Oliinyk", "Shevchuk", "Koval", "Polishchuk", "Bondar", "Tkachuk", "Moroz", "Marchenko", "Lysenko", "Rudenko", "Savchenko", "Petrenko", "Klymenko", "Pavlenko", "Kravchuk", "Kuzmenko")  # fmt: skip
DE_F = ("Ursula", "Monika", "Petra", "Sabine", "Andrea", "Susanne", "Claudia", "Stefanie", "Julia", "Katharina", "Anna", "Christine", "Birgit", "Karin", "Heike", "Nicole", "Sandra", "Martina", "Gabriele", "Lena", "Laura", "Anja", "Renate", "Ute")  # fmt: skip
DE_M = ("Thomas", "Michael", "Andreas", "Stefan", "Peter", "Klaus", "Jürgen", "Wolfgang", "Frank", "Markus", "Christian", "Uwe", "Matthias", "Alexander", "Tobias", "Florian", "Jan", "Martin", "Sebastian", "Daniel", "Dieter", "Hans", "Bernd", "Jörg")  # fmt: skip
DE_S = ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann")  # fmt: skip

ORIGINS = {
    "swedish": Origin(ranked(SV_F, 150), ranked(SV_M, 150), ranked(SV_S, 150)),
    "us": Origin(census(US_F), census(US_M), census(US_S)),
    "uk": Origin(ranked(UK_F, 150), ranked(UK_M, 150), ranked(UK_S, 150)),
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
    "indian": Origin(ranked(IN_F, 10), ranked(IN_M, 10), ranked(IN_S, 10)),
    "chinese": Origin(ranked(ZH_F, 10), ranked(ZH_M, 10), ranked(ZH_S, 10)),
    "ukrainian": Origin(ranked(UA_F, 10), ranked(UA_M, 10), ranked(UA_S, 10)),
    "german": Origin(ranked(DE_F, 10), ranked(DE_M, 10), ranked(DE_S, 10)),
}

# Who is named, per language of the text: Swedish the largest in Swedish and mixed text; patents
# bring inventors and agents from abroad (India, China, Germany) a little more than daily life does.
MIXES = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5, "eritrean": 1.2, "ukrainian": 1.2,
        "indian": 1.2, "latin": 1, "thai": 1, "chinese": 1, "german": 1, "uk": 0.8, "us": 0.6,
    },
    "en": {
        "us": 34, "uk": 30, "swedish": 10, "indian": 5, "german": 4, "chinese": 4, "arabic": 1.5,
        "polish": 1.5, "latin": 1.5, "finnish": 1.5, "persian": 1, "turkish": 1, "ukrainian": 0.8,
        "somali": 0.6, "bcs": 0.6, "thai": 0.5, "eritrean": 0.4, "afghan": 0.4, "kurdish": 0.4,
    },
    "mixed": {
        "swedish": 50, "uk": 9, "us": 9, "arabic": 5, "finnish": 3, "polish": 3, "indian": 3,
        "german": 2.5, "chinese": 2.5, "bcs": 2, "persian": 2, "turkish": 1.5, "somali": 1.5,
        "kurdish": 1.2, "afghan": 1.2, "ukrainian": 1.2, "eritrean": 1, "latin": 1, "thai": 1,
    },
}  # fmt: skip

# Given names that Swedes join with a hyphen (`Anna-Karin`, `Karl-Erik`); a second given name is
# joined only when both are among them.
HYPHEN_PARTS = {
    "Anna", "Ann", "Eva", "Maria", "Marie", "Karin", "Lena", "Britt", "Gun", "Maj", "Ulla", "Inga", "Kristina", "Sofie", "Lotta",
    "Karl", "Carl", "Lars", "Per", "Jan", "Nils", "Sven", "Bengt", "Hans", "Erik", "Bo", "Johan", "Olof", "Göran", "Åke", "Gustav", "Anders",
}  # fmt: skip

_EN_NICK = {
    "William": ["Will", "Bill"], "Robert": ["Rob", "Bob"], "Elizabeth": ["Liz", "Beth"], "Jennifer": ["Jen", "Jenny"],
    "Michael": ["Mike"], "Christopher": ["Chris"], "Richard": ["Rich"], "James": ["Jim", "Jamie"], "Thomas": ["Tom"],
    "Joseph": ["Joe"], "Daniel": ["Dan"], "Matthew": ["Matt"], "Anthony": ["Tony"], "Katherine": ["Kate", "Katie"],
    "Margaret": ["Maggie", "Peggy"], "Rebecca": ["Becky"], "Samantha": ["Sam"], "Alexander": ["Alex"],
    "Benjamin": ["Ben"], "Nicholas": ["Nick"], "Jonathan": ["Jon"], "Patricia": ["Pat", "Trish"], "Susan": ["Sue"],
    "Deborah": ["Debbie"], "David": ["Dave"], "Stephen": ["Steve"], "Steven": ["Steve"], "Andrew": ["Andy"],
    "Edward": ["Ed", "Ted"], "Victoria": ["Vicky"], "Charlotte": ["Charlie"], "Catherine": ["Cath", "Cathy"],
    "Timothy": ["Tim"], "Peter": ["Pete"], "Philip": ["Phil"], "Gregory": ["Greg"], "Kimberly": ["Kim"],
    "Jessica": ["Jess"], "Abigail": ["Abby"], "Alexandra": ["Alex"], "Samuel": ["Sam"], "Frederick": ["Fred"],
    "Gerald": ["Gerry"], "Raymond": ["Ray"], "Donald": ["Don"], "Ronald": ["Ron"], "Kenneth": ["Ken"],
    "Lawrence": ["Larry"], "Christine": ["Chris"], "Pamela": ["Pam"], "Jacqueline": ["Jackie"], "Barbara": ["Barb"],
}  # fmt: skip
NICKNAMES = {
    "swedish": {
        "Lars": ["Lasse"], "Mikael": ["Micke"], "Joakim": ["Jocke"], "Karl": ["Kalle"], "Per": ["Pelle"],
        "Thomas": ["Tompa"], "Magnus": ["Manne"], "Marcus": ["Mackan"], "Fredrik": ["Fredde"],
        "Christoffer": ["Chrille"], "Kristoffer": ["Kricke"], "Elisabeth": ["Lisa", "Bettan"],
        "Charlotte": ["Lotta"], "Susanne": ["Sussie"], "Katarina": ["Kattis"], "Margareta": ["Maggan"],
        "Birgitta": ["Gittan", "Bittan"], "Kristina": ["Stina", "Kicki"], "Christina": ["Stina"],
        "Gustav": ["Gurra"], "Robert": ["Robban"], "Patrik": ["Patte"], "Tobias": ["Tobbe"],
        "Torbjörn": ["Tobbe"], "Mattias": ["Matte"], "Daniel": ["Danne"], "Stefan": ["Steffe"],
        "Kenneth": ["Kenta"], "Bengt": ["Bengan"], "Rickard": ["Ricke"], "Alexander": ["Alex"],
        "Viktoria": ["Vickan"], "Ulrika": ["Ullis"], "Camilla": ["Millan"], "Madeleine": ["Madde"],
        "Cecilia": ["Cissi"], "Josefin": ["Jossan"], "Therese": ["Tessan"], "Johan": ["Jojje"],
        "Anders": ["Ante"], "Hans": ["Hasse"], "Jan": ["Janne"], "Nils": ["Nisse"], "Gunnar": ["Gunne"],
        "Andreas": ["Andy"], "Sebastian": ["Sebbe"], "Jonas": ["Jonte"], "Olof": ["Olle"],
    },
    "uk": _EN_NICK,
    "us": _EN_NICK,
    "polish": {"Małgorzata": ["Gosia"], "Katarzyna": ["Kasia"], "Aleksandra": ["Ola"], "Agnieszka": ["Aga"], "Krzysztof": ["Krzysiek"]},
    "ukrainian": {"Oleksandr": ["Sasha"], "Volodymyr": ["Volodia"], "Kateryna": ["Katia"]},
    "german": {"Andreas": ["Andi"], "Stefanie": ["Steffi"], "Matthias": ["Matze"]},
    "finnish": {"Juhani": ["Jussi"], "Johanna": ["Hanna"]},
}  # fmt: skip
