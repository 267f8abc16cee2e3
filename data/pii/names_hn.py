# ruff: noqa: E501
"""Name pools of held-out HN (issue 15): names as the population has them, by origin and weight.

Written by HN's writer from general knowledge of the published name statistics and, for the US,
copied from the US Census 1990 lists (public domain) as the `names` package ships them. No name
was checked against anything in the repository, and none was left in or out for being known or
unknown to the detector. Each list is in rank order; a pool's weights are 1/rank (Sweden, the UK,
the origins common in Sweden) or the census per cent (the US). A name word is drawn from the head
of its list with HEAD_SHARE, else from the tail past it, by weight inside each part.
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


def _unique(names: tuple[str, ...]) -> tuple[str, ...]:
    seen: set[str] = set()
    out = []
    for name in names:
        if name not in seen:
            seen.add(name)
            out.append(name)
    return tuple(out)


def ranked(names: tuple[str, ...], head: int) -> Pool:
    """A pool in rank order, weight 1/rank."""
    names = _unique(names)
    return Pool(names, tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names) - 1))


def census(rows: tuple[tuple[str, float], ...], head: int) -> Pool:
    """A pool with the census per cent as weight."""
    return Pool(tuple(n for n, _ in rows), tuple(p for _, p in rows), head)


_PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "İ": "I", "ø": "o", "ß": "ss"}
)


def plain(word: str) -> str:
    """A name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`."""
    word = word.translate(_PLAIN)
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# --- Sweden: SCB's name statistics, the whole population, in rank order (head 150, then rarer names).
SV_F = (
    "Anna", "Eva", "Maria", "Karin", "Kristina", "Lena", "Sara", "Kerstin", "Emma", "Ingrid",
    "Marie", "Malin", "Jenny", "Hanna", "Birgitta", "Inger", "Linnéa", "Ulla", "Elin", "Sofia",
    "Annika", "Susanne", "Johanna", "Ida", "Monica", "Julia", "Carina", "Elisabeth", "Linda", "Camilla",
    "Helena", "Margareta", "Anneli", "Gunilla", "Åsa", "Amanda", "Ebba", "Sandra", "Therese", "Cecilia",
    "Matilda", "Frida", "Lisa", "Alice", "Ulrika", "Maja", "Anette", "Josefin", "Ella", "Caroline",
    "Agneta", "Elsa", "Emelie", "Wilma", "Louise", "Jessica", "Barbro", "Anita", "Klara", "Moa",
    "Agnes", "Olivia", "Madeleine", "Siv", "Britt", "Gunnel", "Ann", "Marianne", "Yvonne", "Pia",
    "Viktoria", "Emilia", "Ellen", "Nathalie", "Alva", "Felicia", "Lina", "Mia", "Saga", "Astrid",
    "Stina", "Sanna", "Lovisa", "Elvira", "Isabelle", "Tove", "Nora", "Ester", "Vera", "Selma",
    "Ellinor", "Alexandra", "Rebecka", "Jennie", "Linn", "Charlotte", "Mikaela", "Katarina", "Christina", "Charlotta",
    "Mona", "Pernilla", "Rut", "Gerd", "Ingela", "Irene", "Britt-Marie", "Ann-Marie", "Ann-Christin", "Marita",
    "Solveig", "Berit", "Elisabet", "Maj", "Inga", "Sonja", "Greta", "Ingeborg", "Margit", "Tuva",
    "Nellie", "Signe", "Freja", "Edith", "Elise", "Ronja", "Isabella", "Tilda", "Thea", "Hedvig",
    "Gabriella", "Stella", "Iris", "Meja", "Lilly", "Molly", "Tyra", "Liv", "Majken", "Viola",
    "Ann-Sofie", "Anna-Karin", "Kajsa", "Ylva", "Petra", "Jeanette", "Nina", "Jonna", "Evelina", "Angelica",
    # the tail: rarer names past the first 150
    "Sofie", "Paulina", "Madelene", "Hillevi", "Gunvor", "Ingegerd", "Lillemor", "Dagmar", "Viveka", "Ragnhild",
    "Hjördis", "Vivianne", "Majvor", "Alfhild", "Siri", "Sigrid", "Gudrun", "Ingalill", "Kristin", "Helén",
    "Marie-Louise", "Eva-Lena", "Anna-Lena", "Ulla-Britt", "Britt-Inger", "Ann-Britt", "Ann-Louise", "Ann-Katrin", "Anna-Maria", "Maj-Britt",
    "Gun-Britt", "Lise-Lott", "Juni", "Leia", "Lova", "Novalie", "Elina", "Alma", "Ines", "Lea",
    "Mira", "Idun", "Embla", "Svea", "Ellie", "Leah", "Tindra", "Minna", "Majlis", "Rosita",
    "Tina", "Tanja", "Helene", "Marléne", "Marlene", "Eleonora", "Ottilia", "Hilda", "Hilma", "Alicia",
    "Elvina", "Filippa", "Fanny", "Josefine", "Kristine", "Liselott", "Lisbeth", "Lisbet", "Annelie", "Annie",
    "Annette", "Agnetha", "Angelika", "Bodil", "Brita", "Britta", "Carin", "Catarina", "Cathrine", "Christin",
    "Christine", "Desirée", "Doris", "Edit", "Elly", "Elna", "Elvi", "Emmy", "Erika", "Evy",
    "Fredrika", "Gabrielle", "Gerda", "Gertrud", "Gunhild", "Gun", "Göta", "Hedda", "Helga", "Henrietta",
    "Irma", "Ivy", "Jasmine", "Jessika", "Josefina", "Laila", "Lilian", "Linnea", "Lisen", "Lykke",
    "Magdalena", "Margaretha", "Mari", "Mariana", "Marina", "Maud", "Mathilda", "Melissa", "Miranda", "Mirjam",
    "My", "Märta", "Nadja", "Natalie", "Nelly", "Nicole", "Olga", "Patricia", "Rakel", "Ramona",
    "Rebecca", "Regina", "Rigmor", "Rose-Marie", "Ruth", "Sabina", "Sally", "Sylvia", "Tora", "Torun",
    "Valborg", "Vanja", "Veronica", "Victoria", "Vilma", "Wilhelmina", "Emmie", "Elisa", "Julie", "Cornelia",
    "Amelia", "Aurora", "Nova", "Nicolina", "Jenny-Lee", "Anna-Stina", "Karin-Maria", "Eva-Britt", "Inga-Lill", "Ulla-Karin",
    "Berta", "Elsie", "Ingegärd", "Inez", "Kristi", "Lotten", "Mimmi", "Nanna", "Oline", "Pauline",
    "Ronja-Li", "Stefanie", "Sussanne", "Tekla", "Tilde", "Ulla-Stina", "Vendela", "Viveca", "Yasmine", "Åsa-Karin",
    "Barbara", "Birgit", "Carola", "Dorotea", "Elin-Maria", "Frideborg", "Gullan", "Hermine", "Ingrid-Maria", "Jill",
    "Karolina", "Lovis", "Maj-Lis", "Margot", "Mary", "Monika", "Naemi", "Rosie", "Sagal", "Sonia",
)  # fmt: skip
SV_M = (
    "Lars", "Mikael", "Anders", "Johan", "Erik", "Per", "Karl", "Peter", "Thomas", "Jan",
    "Daniel", "Fredrik", "Hans", "Andreas", "Stefan", "Bengt", "Magnus", "Mats", "Alexander", "Marcus",
    "Bo", "Jonas", "Martin", "Niklas", "Mattias", "Patrik", "Björn", "Göran", "Oskar", "Leif",
    "Gustav", "Sven", "Henrik", "Christer", "Kjell", "Nils", "Viktor", "Rolf", "Simon", "Robert",
    "Ulf", "Filip", "David", "Emil", "Anton", "William", "Lucas", "Tommy", "Oliver", "Axel",
    "Kent", "Hugo", "Elias", "Joakim", "Christian", "Roger", "Håkan", "Olof", "Gunnar", "Jakob",
    "Rickard", "Tobias", "Sebastian", "Jesper", "Kenneth", "Adam", "Ludvig", "Robin", "Claes", "Lennart",
    "Isak", "Arvid", "Kristoffer", "Emanuel", "Dennis", "Jimmy", "Pontus", "Gabriel", "Albin", "Linus",
    "Liam", "Noah", "Theo", "Vincent", "Max", "Melvin", "Edvin", "Elliot", "Leo", "Harry",
    "Alfred", "Sixten", "Malte", "Love", "Benjamin", "Samuel", "Casper", "Rasmus", "Johannes", "Jonathan",
    "Carl", "Ola", "Krister", "Tomas", "Roland", "Ingemar", "Sten", "Arne", "Åke", "Bertil",
    "Stig", "Gösta", "Rune", "Ove", "Torbjörn", "Conny", "Hampus", "Elis", "Otto", "Folke",
    "Valter", "Melker", "Frans", "Birger", "Ingvar", "Sune", "Evert", "Kurt", "Yngve", "Allan",
    "Einar", "Kennet", "Lars-Erik", "Karl-Erik", "Jan-Erik", "Per-Olof", "Lars-Göran", "Mohammad", "Ali", "Ahmed",
    "Mohamed", "Vilgot", "Ture", "Sigge", "Olle", "Josef", "Felix", "Charlie", "Matheo", "Mohammed",
    # the tail: rarer names past the first 150
    "Alvar", "Algot", "Assar", "Bernt", "Börje", "Dag", "Egon", "Eskil", "Evald", "Fritjof",
    "Gert", "Gillis", "Gotthard", "Gustaf", "Halvar", "Harald", "Helge", "Henning", "Herbert", "Hilding",
    "Holger", "Inge", "Ingmar", "Ivar", "Jarl", "Jörgen", "Kaj", "Knut", "Konrad", "Lage",
    "Lars-Olof", "Lars-Åke", "Leonard", "Loke", "Lukas", "Manfred", "Mauritz", "Morgan", "Odd", "Ossian",
    "Per-Erik", "Per-Anders", "Rudolf", "Ragnar", "Reine", "Roine", "Rikard", "Ronny", "Sam", "Seth",
    "Sigurd", "Staffan", "Sture", "Svante", "Sölve", "Teodor", "Tor", "Tord", "Tore", "Torsten",
    "Uno", "Urban", "Valdemar", "Verner", "Vidar", "Vilhelm", "Wilhelm", "Yusuf", "Östen", "Örjan",
    "Hussein", "Omar", "Ibrahim", "Ebbe", "Edward", "Eddie", "Enzo", "Esbjörn", "Ferdinand", "Frank",
    "Fredric", "Georg", "Göte", "Hjalmar", "Hannes", "Ivan", "Jacob", "Jens", "Jim", "Joel",
    "Johnny", "Jon", "Julius", "Kevin", "Kim", "Magne", "Marcel", "Micael", "Michael", "Milo",
    "Mio", "Måns", "Neo", "Nicklas", "Nicolas", "Noel", "Olav", "Orvar", "Oscar", "Patric",
    "Peder", "Petter", "Philip", "Pierre", "Raymond", "Reinhold", "Richard", "Roy", "Ruben", "Sigvard",
    "Silas", "Sivert", "Stellan", "Sören", "Tage", "Thor", "Tim", "Torgny", "Torvald", "Truls",
    "Ulrik", "Valentin", "Vide", "Viggo", "Vilmer", "Waldemar", "Zakarias", "Jonny", "Glenn", "Tony",
    "Benny", "Ronnie", "Jerker", "Hilmer", "Ragnvald", "Sigfrid", "Torkel", "Arnold", "Bror", "Edgar",
    "Elof", "Enar", "Erland", "Fabian", "Gottfrid", "Hadar", "Henry", "Kasper", "Lars-Gunnar", "Leon",
    "Nils-Erik", "Nils-Olof", "Paul", "Ronald", "Tom", "Ville", "Anders-Petter", "Bengt-Åke", "Bo-Göran", "Carl-Johan",
    "Hans-Olof", "Jan-Olov", "Karl-Johan", "Lars-Inge", "Nils-Gunnar", "Per-Ola", "Sven-Erik", "Sven-Olof", "Stig-Arne", "Tor-Björn",
    "Ahmad", "Hassan", "Mustafa", "Abdi", "Amir", "Elvis", "Emir", "Isac", "Jack", "Kristian",
    "Lenny", "Matteus", "Nathan", "Olliver", "Pelle", "Rafael", "Sakarias", "Tage-Erik", "Theodor", "Tobbe",
    "Alf", "Anselm", "Arnold-Erik", "Bernhard", "Cornelius", "Douglas", "Elon", "Erling", "Greger", "Hemming",
    "Ingolf", "Jöran", "Kjell-Åke", "Lorentz", "Mårten", "Njord", "Osvald", "Rutger", "Sigvald", "Åsmund",
)  # fmt: skip
SV_S = (
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson",
    "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Olofsson",
    "Lindström", "Lindqvist", "Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren", "Lundqvist",
    "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg", "Ali", "Wallin", "Mohammed",
    "Engström", "Eklund", "Danielsson", "Lundin", "Håkansson", "Björk", "Bergman", "Gunnarsson", "Holm", "Wikström",
    "Samuelsson", "Isaksson", "Fransson", "Bergqvist", "Nyström", "Holmberg", "Arvidsson", "Löfgren", "Söderberg", "Nyberg",
    "Blomqvist", "Claesson", "Nordström", "Mårtensson", "Lundström", "Ahmed", "Viklund", "Björklund", "Eliasson", "Pålsson",
    "Berggren", "Sandström", "Lund", "Nordin", "Ström", "Åberg", "Hermansson", "Ekström", "Holmgren", "Sundberg",
    "Hassan", "Hedlund", "Dahlberg", "Hellström", "Sjögren", "Abrahamsson", "Falk", "Martinsson", "Öberg", "Andreasson",
    "Strömberg", "Månsson", "Hansen", "Åkesson", "Dahl", "Lindholm", "Norberg", "Holmqvist", "Mohamed", "Blom",
    "Ekberg", "Jensen", "Sundström", "Johnsson", "Nielsen", "Göransson", "Lindblom", "Ibrahim", "Nordqvist", "Sjöström",
    "Hussein", "Åström", "Berntsson", "Lindahl", "Nord", "Ekman", "Forslund", "Sköld", "Stenberg", "Söderström",
    "Malmberg", "Lindell", "Hedberg", "Nylund", "Andersen", "Omar", "Englund", "Lundblad", "Jacobsson", "Strand",
    "Sundqvist", "Hedström", "Lindén", "Nyman", "Dahlström", "Hallberg", "Björkman", "Boman", "Knutsson", "Ottosson",
    "Lilja", "Sundin", "Lundkvist", "Wiklund", "Palm", "Engberg", "Backman", "Borg", "Kristiansson", "Olausson",
    # the tail: rarer names past the first 150
    "Vikström", "Hagström", "Bäckström", "Johannesson", "Ahlberg", "Larsen", "Westberg", "Lindkvist", "Lindroth", "Östlund",
    "Forsell", "Friberg", "Strömqvist", "Karlström", "Augustsson", "Hjalmarsson", "Adolfsson", "Ahlström", "Alm", "Almqvist",
    "Asplund", "Backlund", "Bergkvist", "Bergh", "Berglöf", "Blomberg", "Blomgren", "Bodin", "Bolin", "Borgström",
    "Bylund", "Carlsson", "Carlström", "Dahlgren", "Dahlqvist", "Edlund", "Edström", "Ek", "Ekholm", "Eklöf",
    "Ekvall", "Engman", "Enqvist", "Fagerström", "Falkenberg", "Fors", "Forsgren", "Forsman", "Fredlund", "Frisk",
    "Gran", "Granberg", "Granath", "Grahn", "Gustavsson", "Hagberg", "Hagman", "Hallgren", "Hammar", "Hedin",
    "Hedman", "Hellberg", "Hellgren", "Hjelm", "Holmström", "Hult", "Hultgren", "Hultman", "Höglund", "Isberg",
    "Jernberg", "Josefsson", "Kjellberg", "Kvist", "Lagerqvist", "Lagerström", "Lidén", "Liljegren", "Lindmark", "Lindvall",
    "Ljung", "Ljungberg", "Ljunggren", "Lundahl", "Lundell", "Lundmark", "Lundh", "Löf", "Malm", "Malmgren",
    "Malmqvist", "Melin", "Moberg", "Modig", "Nordberg", "Nordgren", "Nordlund", "Norén", "Norling", "Nyqvist",
    "Näslund", "Olander", "Palmqvist", "Pihl", "Qvist", "Rask", "Rosén", "Roos", "Rydberg", "Rydén",
    "Sahlin", "Sandgren", "Sandqvist", "Selin", "Sjöblom", "Sjödin", "Sjölund", "Skog", "Stark", "Stenström",
    "Strandberg", "Sundell", "Svahn", "Svärd", "Sylvén", "Söderlund", "Söderqvist", "Thorén", "Tell", "Tengvall",
    "Thelin", "Torstensson", "Wahlberg", "Wahlström", "Wallén", "Wennberg", "Westerberg", "Westin", "Westman", "Wiberg",
    "Widén", "Wikman", "Zetterberg", "Zetterlund", "Ågren", "Åhman", "Åkerlund", "Åkerman", "Åslund", "Öhman",
    "Östberg", "Östling", "Östman", "Lööf", "Rehn", "Hammarström", "Hammarberg", "Appelqvist", "Bladh", "Brandt",
    "Bäck", "Dahlén", "Edvardsson", "Emanuelsson", "Folkesson", "Haglund", "Hallin", "Holmén", "Ivarsson", "Jeppsson",
    "Kjellgren", "Leijon", "Lindh", "Lorentzon", "Lundquist", "Löfstedt", "Nordh", "Nyholm", "Olin", "Ring",
    "Rudberg", "Sandell", "Schön", "Sigfridsson", "Sjökvist", "Strid", "Svedberg", "Säll", "Thulin", "Tjärnberg",
    "Vallin", "Wallgren", "Wennerberg", "Wester", "Zackrisson", "Åkerström", "Öqvist", "Bonde", "Sparre", "Stenbock",
    "Lewenhaupt", "Wachtmeister", "Oxenstierna", "Ehrensvärd", "von Platen", "af Klercker", "De Geer", "von Sydow", "af Ugglas", "von Essen",
    "Yilmaz", "Hosseini", "Nguyen", "Kaya", "Jama", "Warsame", "Korhonen", "Virtanen", "Nowak", "Begić",
    "Abdullahi", "Yusuf", "Salih", "Rahimi", "Mahmoud", "Abdi", "Aziz", "Jafari", "Saleh", "Khalil",
)  # fmt: skip

# --- The UK: ONS's rankings of given names (the recent lists and the historical top-100s of the
# decades today's adults were born in, merged in rank order) and the commonest surnames of England
# and Wales, 1/rank, head 130 (given) and 150 (surnames).
UK_F = (
    "Olivia", "Amelia", "Sarah", "Emily", "Isla", "Jessica", "Susan", "Ava", "Margaret", "Elizabeth",
    "Emma", "Sophie", "Karen", "Julie", "Charlotte", "Lucy", "Rebecca", "Laura", "Hannah", "Claire",
    "Mia", "Ivy", "Lily", "Isabella", "Rosie", "Sophia", "Grace", "Helen", "Nicola", "Amy",
    "Lisa", "Michelle", "Rachel", "Katie", "Lauren", "Freya", "Florence", "Ella", "Poppy", "Evie",
    "Elsie", "Evelyn", "Sienna", "Daisy", "Phoebe", "Alice", "Harper", "Matilda", "Ruby", "Emilia",
    "Jennifer", "Joanne", "Kelly", "Victoria", "Samantha", "Louise", "Catherine", "Deborah", "Tracey", "Angela",
    "Gemma", "Kirsty", "Amanda", "Jane", "Patricia", "Mary", "Joan", "Dorothy", "Christine", "Carol",
    "Maya", "Millie", "Isabelle", "Erin", "Arabella", "Imogen", "Eva", "Esme", "Layla", "Scarlett",
    "Aria", "Eliza", "Chloe", "Mila", "Ada", "Holly", "Thea", "Luna", "Harriet", "Penelope",
    "Maisie", "Violet", "Aurora", "Lottie", "Bonnie", "Georgia", "Robyn", "Amelie", "Nancy", "Ellie",
    "Zara", "Hazel", "Iris", "Lyla", "Orla", "Gracie", "Anna", "Edith", "Lola", "Clara",
    "Mabel", "Beatrice", "Olive", "Kathleen", "Pauline", "Janet", "Linda", "Wendy", "Sharon", "Tracy",
    "Alison", "Dawn", "Jacqueline", "Gillian", "Lynn", "Elaine", "Sandra", "Andrea", "Natalie", "Stacey",
    # the tail
    "Hollie", "Leah", "Abigail", "Jade", "Megan", "Bethany", "Caitlin", "Eleanor", "Frances", "Georgina",
    "Heidi", "Jasmine", "Kayleigh", "Leanne", "Melanie", "Naomi", "Paige", "Rhiannon", "Shannon", "Siobhan",
    "Stephanie", "Tanya", "Vanessa", "Yvonne", "Zoe", "Ann", "Barbara", "Beryl", "Brenda", "Doreen",
    "Eileen", "Gladys", "Hilda", "Irene", "Jean", "Joyce", "Marjorie", "Maureen", "Mavis", "Norma",
    "Pamela", "Rita", "Shirley", "Sheila", "Valerie", "Vera", "Winifred", "Audrey", "Brenda", "Carole",
    "Denise", "Diane", "Donna", "Fiona", "Gail", "Hayley", "Heather", "Jill", "Joanna", "Julia",
    "Karen", "Kerry", "Lesley", "Lorraine", "Lynne", "Marie", "Paula", "Philippa", "Rosemary", "Ruth",
    "Sally", "Sue", "Teresa", "Theresa", "Vicky", "Alexandra", "Annabel", "Bella", "Cerys", "Connie",
    "Darcey", "Delilah", "Eloise", "Felicity", "Gabriella", "Iona", "Jemima", "Kate", "Keira", "Lacey",
    "Libby", "Lydia", "Madison", "Martha", "Molly", "Niamh", "Ottilie", "Pippa", "Rose", "Sadie",
    "Skye", "Summer", "Tilly", "Willow", "Wren", "Bethan", "Carys", "Ffion", "Morag", "Eilidh",
    "Ailsa", "Kirstie", "Shona", "Mairi", "Catriona", "Aisling", "Roisin", "Nuala", "Bridget", "Sinead",
)  # fmt: skip
UK_M = (
    "Oliver", "George", "David", "John", "Harry", "Noah", "Jack", "Paul", "Michael", "James",
    "Leo", "Arthur", "Muhammad", "Oscar", "Charlie", "Mark", "Andrew", "Peter", "Richard", "Thomas",
    "Robert", "Stephen", "Christopher", "Daniel", "Matthew", "William", "Ian", "Alan", "Steven", "Gary",
    "Archie", "Henry", "Theodore", "Freddie", "Alfie", "Jacob", "Thomas", "Tommy", "Joshua", "Lucas",
    "Isaac", "Finley", "Edward", "Teddy", "Alexander", "Joseph", "Samuel", "Benjamin", "Adam", "Luke",
    "Simon", "Martin", "Kevin", "Neil", "Graham", "Colin", "Keith", "Anthony", "Philip", "Nigel",
    "Brian", "Kenneth", "Ronald", "Derek", "Trevor", "Barry", "Dennis", "Roy", "Raymond", "Terence",
    "Jamie", "Lee", "Craig", "Darren", "Wayne", "Dean", "Scott", "Stuart", "Ryan", "Liam",
    "Jake", "Callum", "Connor", "Ben", "Nathan", "Jordan", "Kieran", "Aaron", "Ethan", "Max",
    "Reuben", "Rory", "Toby", "Louie", "Hugo", "Albie", "Ronnie", "Jude", "Elijah", "Mason",
    "Sebastian", "Ezra", "Hunter", "Arlo", "Albert", "Harrison", "Reggie", "Sonny", "Frederick", "Stanley",
    "Elliot", "Ralph", "Dylan", "Jaxon", "Carter", "Jenson", "Louis", "Harvey", "Tyler", "Zachary",
    "Gareth", "Rhys", "Owen", "Gethin", "Dafydd", "Hamish", "Angus", "Fraser", "Callum", "Euan",
    # the tail
    "Alistair", "Ashley", "Bernard", "Bradley", "Cameron", "Clive", "Cyril", "Dominic", "Douglas", "Duncan",
    "Eric", "Ernest", "Frank", "Frederick", "Geoffrey", "Gordon", "Harold", "Howard", "Jeremy", "Jonathan",
    "Julian", "Leonard", "Leslie", "Malcolm", "Maurice", "Nicholas", "Norman", "Patrick", "Russell", "Sidney",
    "Stanley", "Timothy", "Tony", "Victor", "Walter", "Wilfred", "Adrian", "Barrie", "Carl", "Clifford",
    "Dale", "Darryl", "Des", "Glenn", "Glyn", "Gregory", "Guy", "Jason", "Jeffrey", "Justin",
    "Karl", "Lawrence", "Lloyd", "Marcus", "Mitchell", "Nathaniel", "Oscar", "Quentin", "Robin", "Rodney",
    "Rupert", "Shaun", "Shane", "Spencer", "Stewart", "Terry", "Vincent", "Warren", "Aidan", "Alfred",
    "Ashton", "Austin", "Blake", "Caleb", "Declan", "Ellis", "Felix", "Finn", "Gabriel", "Gene",
    "Hayden", "Jasper", "Kai", "Lewis", "Logan", "Miles", "Morgan", "Ollie", "Otis", "Reece",
    "Riley", "Rowan", "Sam", "Seth", "Taylor", "Tobias", "Wilf", "Zak", "Cormac", "Ciaran",
    "Eoin", "Padraig", "Seamus", "Niall", "Lachlan", "Ruairidh", "Iain", "Alasdair", "Dougal", "Ewan",
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
    # the tail
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
    "Hancock", "Thornton", "Baldwin", "Burrows", "Briggs", "Storey", "Pope", "Hobbs", "Ashton", "Whittaker",
    "Pugh", "Howells", "Llewellyn", "Bevan", "Vaughan", "Meredith", "MacLeod", "Fraser", "Mackenzie", "Sinclair",
)  # fmt: skip

# --- The US: the Census 1990 lists (public domain), copied from the `names` package's data files
# dist.female.first, dist.male.first and dist.all.last, with the census per cent as weight.
US_F = (
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
    ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042),
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

# --- Origins common in Sweden: the commonest given names and surnames, 1/rank, head 10.
FI_F = ("Maria", "Helena", "Johanna", "Anneli", "Kaarina", "Marjatta", "Anna", "Liisa", "Annikki", "Hannele", "Tuula", "Sari", "Päivi", "Pirjo", "Riitta", "Leena", "Minna", "Aino", "Satu", "Tiina", "Eeva", "Sirpa", "Marja", "Hanna", "Kirsi", "Laura", "Elina", "Tarja", "Ritva", "Sanna", "Anu", "Aila", "Seija", "Irmeli", "Heli")  # fmt: skip
FI_M = ("Juhani", "Johannes", "Mikael", "Olavi", "Antero", "Tapani", "Kalevi", "Matti", "Timo", "Pekka", "Kari", "Jari", "Antti", "Mikko", "Jukka", "Markku", "Juha", "Ville", "Heikki", "Veikko", "Pentti", "Jussi", "Esa", "Petri", "Janne", "Tuomas", "Lauri", "Eero", "Aleksi", "Ilkka", "Teemu", "Sami", "Seppo", "Hannu")  # fmt: skip
FI_S = ("Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen", "Hiltunen", "Kettunen", "Leinonen", "Miettinen", "Pitkänen", "Hakala", "Räsänen", "Peltonen")  # fmt: skip
# Arabic (Iraq, Syria, Lebanon, Palestine) with Assyrian/Syriac names.
AR_F = ("Fatima", "Maryam", "Zainab", "Noor", "Sara", "Aya", "Hiba", "Rania", "Amira", "Layla", "Huda", "Rana", "Dalia", "Yasmin", "Shahad", "Zahra", "Hanan", "Samira", "Nadia", "Reem", "Ruqaya", "Israa", "Asma", "Lina", "Maha", "Souad", "Nisreen", "Shamiram", "Ninva", "Ramina", "Atour", "Nahrin", "Mariam", "Marta")  # fmt: skip
AR_M = ("Mohammed", "Ahmed", "Ali", "Hassan", "Hussein", "Omar", "Mustafa", "Ibrahim", "Abdullah", "Khaled", "Mahmoud", "Yousef", "Karim", "Said", "Haider", "Ammar", "Abbas", "Jamal", "Tariq", "Bilal", "Rami", "Samir", "Majid", "Walid", "Fadi", "Ziad", "Nabil", "Adnan", "Ninos", "Sargon", "Gabriel", "Aziz", "Ashur", "Yacoub", "Elias", "Aday")  # fmt: skip
AR_S = ("Ali", "Mohammed", "Ahmed", "Hassan", "Hussein", "Ibrahim", "Abdullah", "Omar", "Khalil", "Saleh", "Mahmoud", "Mustafa", "Jasim", "Al-Hassani", "Al-Obaidi", "Al-Jaburi", "Kadhim", "Abbas", "Yousef", "Haddad", "Khoury", "Aziz", "Jaber", "Nasser", "Hamdan", "Al-Rubaie", "Shamoun", "Barsom", "Saliba", "Lahdo", "Malke", "Aho", "Daoud", "Gabriel", "Isho", "Yacoub", "Hanna", "Al-Saadi")  # fmt: skip
SO_F = ("Fadumo", "Hodan", "Sahra", "Amina", "Asha", "Hawa", "Ifrah", "Nimco", "Ubah", "Sagal", "Faiza", "Hibaaq", "Khadra", "Ayaan", "Sucaad", "Maryan", "Deeqa", "Ilhan", "Najma", "Muna", "Halimo", "Ladan", "Farhiya", "Istar")  # fmt: skip
SO_M = ("Abdi", "Mohamed", "Ahmed", "Abdirahman", "Abdullahi", "Hassan", "Ali", "Omar", "Yusuf", "Ismail", "Mahad", "Mukhtar", "Abdiaziz", "Liban", "Guled", "Farah", "Hussein", "Said", "Abdikarim", "Bashir", "Osman", "Jama", "Nuur", "Warsame")  # fmt: skip
SO_S = ("Mohamed", "Ahmed", "Ali", "Hassan", "Abdi", "Omar", "Hussein", "Farah", "Ismail", "Yusuf", "Osman", "Abdullahi", "Jama", "Warsame", "Aden", "Nur", "Hirsi", "Mohamud", "Dahir", "Egal", "Duale", "Guled", "Sheikh", "Abdulle", "Elmi", "Samatar")  # fmt: skip
PL_F = ("Anna", "Katarzyna", "Maria", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna", "Magdalena", "Elżbieta", "Joanna", "Aleksandra", "Monika", "Zofia", "Teresa", "Danuta", "Natalia", "Julia", "Karolina", "Marta", "Beata", "Dorota", "Halina", "Jadwiga", "Justyna", "Paulina", "Grażyna", "Iwona", "Renata", "Agata")  # fmt: skip
PL_M = ("Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Jan", "Michał", "Marcin", "Stanisław", "Jakub", "Adam", "Marek", "Łukasz", "Grzegorz", "Mateusz", "Wojciech", "Mariusz", "Dariusz", "Zbigniew", "Jerzy", "Maciej", "Rafał", "Kamil", "Robert", "Józef", "Kacper", "Szymon", "Artur", "Sebastian", "Przemysław")  # fmt: skip
PL_S = ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Wojciechowski", "Kwiatkowski", "Krawczyk", "Kaczmarek", "Piotrowski", "Grabowski", "Zając", "Pawłowski", "Michalski", "Król", "Wieczorek", "Jabłoński", "Wróbel", "Nowakowski", "Majewski", "Olszewski", "Stępień", "Malinowski", "Czarnecki", "Zawadzki", "Wysocki", "Sikora", "Dudek", "Górski")  # fmt: skip
FA_F = ("Fatemeh", "Zahra", "Maryam", "Narges", "Leila", "Shirin", "Parisa", "Nazanin", "Mahsa", "Sara", "Roya", "Azadeh", "Negar", "Mina", "Golnaz", "Shahla", "Setareh", "Farah", "Nasrin", "Parvin", "Ladan", "Elham", "Bahar", "Soheila", "Yasaman", "Atefeh")  # fmt: skip
FA_M = ("Mohammad", "Ali", "Reza", "Hossein", "Mehdi", "Amir", "Hamid", "Mohsen", "Hassan", "Saeed", "Majid", "Behzad", "Farhad", "Dariush", "Kourosh", "Babak", "Arash", "Omid", "Navid", "Peyman", "Kaveh", "Shahram", "Siamak", "Ramin", "Pouya", "Ehsan")  # fmt: skip
FA_S = ("Mohammadi", "Hosseini", "Ahmadi", "Rezaei", "Moradi", "Karimi", "Jafari", "Rahimi", "Hashemi", "Mousavi", "Ghorbani", "Heidari", "Sadeghi", "Kazemi", "Akbari", "Ebrahimi", "Rostami", "Shirazi", "Tehrani", "Amini", "Bagheri", "Soltani", "Nouri", "Asadi", "Kamali", "Nazari", "Farahani", "Esfahani", "Zand", "Khorasani")  # fmt: skip
# Bosnian, Serbian, Croatian.
BCS_F = ("Amra", "Emina", "Jasmina", "Lejla", "Amela", "Selma", "Alma", "Azra", "Mirela", "Vesna", "Jelena", "Snežana", "Dragana", "Ivana", "Marija", "Ana", "Mirjana", "Sanela", "Aida", "Maja", "Senada", "Edina", "Gordana", "Tatjana", "Ljiljana", "Nermina", "Elma", "Merima", "Dženana")  # fmt: skip
BCS_M = ("Amir", "Adnan", "Emir", "Edin", "Mirza", "Haris", "Kenan", "Damir", "Senad", "Armin", "Nermin", "Elvir", "Dragan", "Zoran", "Goran", "Milan", "Nikola", "Marko", "Ivan", "Stefan", "Dejan", "Nenad", "Željko", "Tomislav", "Ante", "Josip", "Mladen", "Dževad", "Almir", "Nihad")  # fmt: skip
BCS_S = ("Hodžić", "Hadžić", "Kovačević", "Begić", "Delić", "Mujić", "Hasanović", "Husić", "Mehmedović", "Omerović", "Ibrahimović", "Halilović", "Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Popović", "Horvat", "Kovačić", "Babić", "Marić", "Jurić", "Novak", "Knežević", "Vuković", "Pavlović", "Šarić", "Mešić", "Selimović", "Alić", "Salihović", "Karić", "Čolić", "Ćosić")  # fmt: skip
TR_F = ("Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Şerife", "Zehra", "Sultan", "Hanife", "Merve", "Esra", "Büşra", "Özlem", "Derya", "Gül", "Gülsüm", "Hacer", "Selin", "Ebru", "Yasemin", "Sevgi", "Aylin", "Dilek", "Nur")  # fmt: skip
TR_M = ("Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Osman", "Yusuf", "Murat", "Ömer", "Ramazan", "Halil", "Süleyman", "Abdullah", "Mahmut", "Recep", "Salih", "Fatih", "Kemal", "Emre", "Burak", "Serkan", "Cem", "Kadir", "Erkan", "Volkan")  # fmt: skip
TR_S = ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Polat", "Korkmaz", "Karakaya", "Erdoğan", "Aktaş", "Güneş", "Akın", "Yavuz", "Bulut", "Keskin", "Tekin")  # fmt: skip
# Eritrean (Tigrinya): the father's given name serves as the surname.
ER_F = ("Helen", "Selam", "Mebrat", "Senait", "Saba", "Rahel", "Yohanna", "Tsega", "Feven", "Semhar", "Winta", "Lidia", "Tigist", "Freweyni", "Almaz", "Hiwet", "Azieb", "Mehret", "Luwam", "Ruta", "Eden", "Elsa")  # fmt: skip
ER_M = ("Yonas", "Tesfay", "Yohannes", "Dawit", "Samuel", "Daniel", "Tekle", "Michael", "Kidane", "Berhane", "Haile", "Mulugeta", "Abraham", "Ghebremedhin", "Tesfamariam", "Filmon", "Habtom", "Mussie", "Robel", "Efrem", "Mehari", "Solomon", "Semere", "Aron")  # fmt: skip
ER_S = ("Tesfay", "Tekle", "Haile", "Berhane", "Ghebremariam", "Kidane", "Gebremichael", "Tesfamariam", "Woldemariam", "Habte", "Mehari", "Yohannes", "Asmerom", "Ghebreyesus", "Okbazghi", "Andemariam", "Zerai", "Mebrahtu", "Negash", "Tewolde", "Weldu", "Abraha", "Ghirmay", "Solomon", "Fesehaye", "Kahsay")  # fmt: skip
# Afghan (Dari and Pashto).
AF_F = ("Fatima", "Zahra", "Maryam", "Sima", "Farzana", "Shabnam", "Nazia", "Parwana", "Freshta", "Mursal", "Mariam", "Nargis", "Malalai", "Nilofar", "Khadija", "Hosai", "Wajma", "Zarghona", "Sediqa", "Mahnaz", "Roya", "Gulalai")  # fmt: skip
AF_M = ("Mohammad", "Ahmad", "Ali", "Mustafa", "Hamid", "Abdul", "Rahmatullah", "Mahmood", "Sayed", "Omid", "Reza", "Javid", "Farid", "Jawad", "Naser", "Bashir", "Nasir", "Shafiq", "Hamidullah", "Zabihullah", "Sohrab", "Rahim", "Karim", "Mirwais", "Ehsan", "Basir", "Hekmat")  # fmt: skip
AF_S = ("Ahmadi", "Mohammadi", "Hussaini", "Rahimi", "Noori", "Sultani", "Hakimi", "Stanikzai", "Popal", "Wardak", "Karimi", "Haidari", "Jafari", "Rezaie", "Sadat", "Azizi", "Amiri", "Safi", "Naseri", "Hashimi", "Barakzai", "Nazari", "Yousufzai", "Qaderi", "Alizada", "Rahmani")  # fmt: skip
TH_F = ("Siriporn", "Supaporn", "Malee", "Somporn", "Kanya", "Pranee", "Wanida", "Nittaya", "Ratana", "Jintana", "Sunisa", "Pornthip", "Suda", "Nok", "Kannika", "Duangjai", "Achara", "Kulap", "Chanida", "Pimchanok", "Nuan", "Sasithorn", "Arunee", "Kanokwan", "Thanyarat")  # fmt: skip
TH_M = ("Somchai", "Somsak", "Prasert", "Sombat", "Boonmee", "Wichai", "Anan", "Chaiya", "Kittisak", "Surachai", "Thanawat", "Nattapong", "Somkiat", "Sakda", "Chatchai", "Apichat", "Narong", "Preecha", "Wirat", "Suthep", "Pongsak", "Phichit")  # fmt: skip
TH_S = ("Saetang", "Srisuk", "Wongsa", "Chaiyaphum", "Kaewkham", "Boonsong", "Thongdee", "Jaidee", "Sukjai", "Phromma", "Saelim", "Rattanakorn", "Somboon", "Srisawat", "Intharasuk", "Thongchai", "Kongkaew", "Sangthong", "Chantarasri", "Meesuk", "Panyawong", "Boonyarat")  # fmt: skip
# Chile and Latin America: two surnames, the father's and the mother's.
LA_F = ("María", "Carolina", "Camila", "Valentina", "Francisca", "Javiera", "Constanza", "Catalina", "Daniela", "Paula", "Fernanda", "Claudia", "Patricia", "Verónica", "Marcela", "Andrea", "Macarena", "Paulina", "Gabriela", "Isidora", "Sofía", "Josefa", "Carmen", "Ximena", "Rosa", "Alejandra")  # fmt: skip
LA_M = ("José", "Juan", "Luis", "Carlos", "Jorge", "Cristián", "Francisco", "Sebastián", "Matías", "Diego", "Felipe", "Rodrigo", "Nicolás", "Pablo", "Manuel", "Pedro", "Ignacio", "Benjamín", "Vicente", "Tomás", "Gonzalo", "Patricio", "Héctor", "Andrés", "Mauricio", "Eduardo")  # fmt: skip
LA_S = ("González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez", "Sepúlveda", "Morales", "Rodríguez", "López", "Fuentes", "Hernández", "Torres", "Araya", "Flores", "Espinoza", "Valenzuela", "Castillo", "Ramírez", "Reyes", "Gutiérrez", "Castro", "Vargas", "Álvarez", "Vásquez", "Tapia", "Fernández", "Sánchez", "Carrasco", "Gómez", "Cortés", "Herrera", "Núñez", "Jara", "Vergara")  # fmt: skip
KU_F = ("Berivan", "Rojda", "Hevi", "Nalin", "Zilan", "Avin", "Dilan", "Jiyan", "Evin", "Rojin", "Shilan", "Nasrin", "Gulistan", "Bahar", "Berfin", "Helin", "Sozdar", "Delal", "Ronahi", "Viyan", "Perwin", "Kejal", "Roza", "Lana", "Nazdar")  # fmt: skip
KU_M = ("Azad", "Baran", "Rebwar", "Shvan", "Dilshad", "Karwan", "Hiwa", "Soran", "Rekan", "Serhat", "Kawa", "Zana", "Aram", "Botan", "Dara", "Hozan", "Kamaran", "Goran", "Hawre", "Sherzad", "Ranj", "Bakhtiar", "Mahmud", "Shirwan", "Ako", "Diyar")  # fmt: skip
KU_S = ("Ahmed", "Mohammed", "Karim", "Rashid", "Mahmoud", "Abdullah", "Aziz", "Hawrami", "Amedi", "Zebari", "Kurdi", "Jaf", "Baban", "Mirza", "Kaya", "Demir", "Doski", "Hama", "Qadir", "Salih", "Rasul", "Hussein", "Faraj", "Barwari", "Sindi")  # fmt: skip
UA_F = ("Olena", "Iryna", "Natalia", "Tetiana", "Oksana", "Svitlana", "Yulia", "Olha", "Kateryna", "Anastasiia", "Viktoriia", "Liudmyla", "Mariia", "Halyna", "Nadiia", "Larysa", "Alina", "Daria", "Sofiia", "Valentyna", "Inna")  # fmt: skip
UA_M = ("Oleksandr", "Serhii", "Andrii", "Volodymyr", "Dmytro", "Oleksii", "Mykola", "Ivan", "Yurii", "Vasyl", "Viktor", "Ihor", "Maksym", "Bohdan", "Taras", "Petro", "Roman", "Vitalii", "Artem", "Denys", "Mykhailo")  # fmt: skip
UA_S = ("Melnyk", "Shevchenko", "Boiko", "Kovalenko", "Bondarenko", "Tkachenko", "Kovalchuk", "Kravchenko", "Oliinyk", "Shevchuk", "Koval", "Polishchuk", "Bondar", "Tkachuk", "Moroz", "Marchenko", "Lysenko", "Rudenko", "Savchenko", "Petrenko", "Klymenko", "Pavlenko", "Kravchuk", "Kuzmenko", "Ponomarenko")  # fmt: skip
IN_F = ("Priya", "Anjali", "Pooja", "Neha", "Divya", "Deepa", "Kavita", "Sunita", "Anita", "Lakshmi", "Shreya", "Swati", "Ananya", "Aishwarya", "Meera", "Nisha", "Ritu", "Sneha", "Rekha", "Shalini", "Kavya", "Isha")  # fmt: skip
IN_M = ("Rahul", "Amit", "Rajesh", "Suresh", "Sanjay", "Vijay", "Arjun", "Rohit", "Anil", "Ravi", "Sunil", "Vikram", "Karthik", "Manoj", "Deepak", "Aditya", "Nikhil", "Abhishek", "Siddharth", "Prakash", "Arun", "Ankit")  # fmt: skip
IN_S = ("Kumar", "Singh", "Sharma", "Patel", "Gupta", "Shah", "Reddy", "Rao", "Nair", "Iyer", "Joshi", "Mehta", "Verma", "Agarwal", "Das", "Menon", "Pillai", "Chopra", "Desai", "Kapoor", "Malhotra", "Bose", "Mishra", "Pandey", "Srinivasan", "Krishnan")  # fmt: skip
ZH_F = ("Li", "Jing", "Ying", "Mei", "Xiaoling", "Yan", "Hui", "Fang", "Na", "Min", "Lin", "Xin", "Yu", "Lili", "Hong", "Yun", "Qian", "Ting", "Xue", "Juan", "Lan")  # fmt: skip
ZH_M = ("Wei", "Jun", "Lei", "Tao", "Qiang", "Jian", "Ming", "Hao", "Bo", "Yang", "Feng", "Gang", "Yong", "Peng", "Long", "Chao", "Jie", "Zhiwei", "Haoran", "Yifan", "Xiang")  # fmt: skip
ZH_S = ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang")  # fmt: skip


def _origin(f: tuple[str, ...], m: tuple[str, ...], s: tuple[str, ...], head: int = 10) -> Origin:
    return Origin(ranked(f, head), ranked(m, head), ranked(s, head))


ORIGINS: dict[str, Origin] = {
    "swedish": _origin(SV_F, SV_M, SV_S, 150),
    "us": Origin(census(US_F, 150), census(US_M, 150), census(US_S, 150)),
    "uk": Origin(ranked(UK_F, 130), ranked(UK_M, 130), ranked(UK_S, 150)),
    "finnish": _origin(FI_F, FI_M, FI_S),
    "arabic": _origin(AR_F, AR_M, AR_S),
    "somali": _origin(SO_F, SO_M, SO_S),
    "polish": _origin(PL_F, PL_M, PL_S),
    "persian": _origin(FA_F, FA_M, FA_S),
    "bcs": _origin(BCS_F, BCS_M, BCS_S),
    "turkish": _origin(TR_F, TR_M, TR_S),
    "eritrean": _origin(ER_F, ER_M, ER_S),
    "afghan": _origin(AF_F, AF_M, AF_S),
    "thai": _origin(TH_F, TH_M, TH_S),
    "latin": _origin(LA_F, LA_M, LA_S),
    "kurdish": _origin(KU_F, KU_M, KU_S),
    "ukrainian": _origin(UA_F, UA_M, UA_S),
    "indian": _origin(IN_F, IN_M, IN_S),
    "chinese": _origin(ZH_F, ZH_M, ZH_S),
}

# Who is named, per language of the text: Swedish largest in Swedish and mixed text, roughly as
# Sweden's population is; English text mostly US and UK.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 68, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "kurdish": 1.5, "turkish": 1.5, "afghan": 1.5, "eritrean": 1.2, "ukrainian": 1.2,
        "thai": 1, "latin": 1, "indian": 0.8, "uk": 0.8, "us": 0.6, "chinese": 0.6,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 9, "indian": 3, "arabic": 2, "polish": 2, "latin": 2,
        "chinese": 1.5, "finnish": 1, "somali": 1, "persian": 1, "turkish": 1, "ukrainian": 1,
        "thai": 0.8, "bcs": 0.8, "eritrean": 0.5, "afghan": 0.5, "kurdish": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 10, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
        "persian": 2.5, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5, "afghan": 1.5,
        "ukrainian": 1.2, "indian": 1.2, "eritrean": 1, "latin": 1, "thai": 1, "chinese": 0.8,
    },
}  # fmt: skip

_EN_NICK = {
    "Michael": ("Mike", "Mick"), "William": ("Will", "Bill"), "Robert": ("Rob", "Bob", "Bobby"),
    "Richard": ("Rich", "Rick"), "James": ("Jim", "Jimmy", "Jamie"), "Jennifer": ("Jen", "Jenny"),
    "Elizabeth": ("Liz", "Beth", "Lizzie"), "Christopher": ("Chris",), "Daniel": ("Dan", "Danny"),
    "Thomas": ("Tom", "Tommy"), "Joseph": ("Joe",), "Matthew": ("Matt",), "Anthony": ("Tony",),
    "Catherine": ("Kate", "Cathy"), "Katherine": ("Kate", "Katie"), "Margaret": ("Maggie", "Peggy"),
    "Patricia": ("Pat", "Trish"), "Rebecca": ("Becky", "Becca"), "Samantha": ("Sam",),
    "Jessica": ("Jess",), "Victoria": ("Vicky", "Tori"), "Alexander": ("Alex",), "Benjamin": ("Ben",),
    "Nicholas": ("Nick",), "Jonathan": ("Jon",), "Edward": ("Ed", "Ted", "Eddie"), "David": ("Dave",),
    "Stephen": ("Steve",), "Steven": ("Steve",), "Charles": ("Charlie", "Chuck"), "Andrew": ("Andy", "Drew"),
    "Susan": ("Sue", "Suzy"), "Deborah": ("Debbie", "Deb"), "Kimberly": ("Kim",), "Timothy": ("Tim",),
    "Gregory": ("Greg",), "Kenneth": ("Ken", "Kenny"), "Ronald": ("Ron", "Ronnie"), "Donald": ("Don",),
    "Lawrence": ("Larry",), "Jacqueline": ("Jackie",), "Christine": ("Chris", "Chrissie"), "Pamela": ("Pam",),
    "Barbara": ("Barb",), "Sandra": ("Sandy",), "Judith": ("Judy",), "Amanda": ("Mandy",),
    "Abigail": ("Abby",), "Oliver": ("Ollie",), "Frederick": ("Fred", "Freddie"), "Philip": ("Phil",),
    "Gerald": ("Gerry",), "Raymond": ("Ray",), "Eleanor": ("Ellie", "Nell"), "Dorothy": ("Dot",),
    "Alexandra": ("Alex", "Lexi"), "Nathaniel": ("Nat",), "Cynthia": ("Cindy",), "Theodore": ("Theo", "Ted"),
}  # fmt: skip
# Short forms as people use them at work and among friends.
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": {
        "Lars": ("Lasse",), "Mikael": ("Micke",), "Joakim": ("Jocke",), "Karl": ("Kalle",), "Per": ("Pelle", "Pers"),
        "Charlotte": ("Lotta",), "Charlotta": ("Lotta",), "Susanne": ("Sussie", "Sanna"), "Marcus": ("Mackan",),
        "Thomas": ("Tompa",), "Kristoffer": ("Kricke",), "Elisabeth": ("Lisa", "Bettan", "Lisbeth"),
        "Margareta": ("Maggan",), "Katarina": ("Kattis", "Kajsa"), "Fredrik": ("Fredde",), "Magnus": ("Mange",),
        "Jonas": ("Jonte",), "Patrik": ("Patte",), "Stefan": ("Steffe",), "Robert": ("Robban",),
        "Alexander": ("Alex",), "Sebastian": ("Sebbe",), "Niklas": ("Nicke",), "Mattias": ("Matte",),
        "Gustav": ("Gurra", "Gusse"), "Viktor": ("Vicke",), "Daniel": ("Danne",), "Kristina": ("Kicki", "Stina"),
        "Birgitta": ("Gittan", "Bittan"), "Jan": ("Janne",), "Hans": ("Hasse",), "Bengt": ("Bengan",),
        "Kenneth": ("Kenta",), "Torbjörn": ("Tobbe",), "Tobias": ("Tobbe",), "Sven": ("Svenne",),
        "Camilla": ("Millan",), "Josefin": ("Jossan",), "Jessica": ("Jessan",), "Therese": ("Tessan",),
        "Madeleine": ("Madde",), "Linnéa": ("Nea",), "Matilda": ("Tilda",), "Christer": ("Kicke",),
        "Ulrika": ("Ulla",), "Johanna": ("Hanna", "Jossan"), "Andreas": ("Andy", "Dreas"), "Anders": ("Affe",),
        "Gabriella": ("Gabbi",), "Rickard": ("Ricke",), "Roger": ("Roffe",), "Rolf": ("Roffe",),
        "Håkan": ("Håkke",), "Christian": ("Chrille",), "Kristian": ("Kricke",), "Emil": ("Emme",),
        "Oskar": ("Ogge",), "Albin": ("Abbe",), "Ebba": ("Ebbis",), "Lennart": ("Lelle",), "Ingrid": ("Ingan",),
        "Annika": ("Anki",), "Agneta": ("Agge",), "Margit": ("Maggan",), "Gunilla": ("Gunnis",),
    },
    "us": _EN_NICK,
    "uk": _EN_NICK,
    "finnish": {"Matti": ("Masa",), "Juhani": ("Jussi",), "Johannes": ("Hannu", "Jussi"), "Marjatta": ("Marja",)},
    "arabic": {"Mohammed": ("Mo", "Hamoudi"), "Abdullah": ("Abdi",), "Ibrahim": ("Ibbe",)},
    "persian": {"Mohammad": ("Mamad",), "Hossein": ("Hossi",)},
    "polish": {"Katarzyna": ("Kasia",), "Małgorzata": ("Gosia",), "Aleksandra": ("Ola",), "Krzysztof": ("Krzysiek",), "Tomasz": ("Tomek",), "Piotr": ("Piotrek",), "Wojciech": ("Wojtek",), "Agnieszka": ("Aga",)},
    "ukrainian": {"Oleksandr": ("Sasha",), "Volodymyr": ("Volodia",), "Kateryna": ("Katia",)},
    "latin": {"Francisco": ("Pancho",), "José": ("Pepe",), "Francisca": ("Panchita",)},
}  # fmt: skip
