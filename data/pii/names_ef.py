# ruff: noqa: E501
"""Name pools of held-out EF (issue 15), weighted by how often people carry the names.

Swedish given names and surnames are written from general knowledge in the order of SCB's name
statistics (weight 1/rank, head the top 150, then a tail of rarer names); the US lists are the
Census 1990 lists (`dist.female.first`, `dist.male.first`, `dist.all.last`, public domain, copied
from the `names` package's data files, the census per cent as weight); the UK lists follow the
order of the ONS rankings (1/rank); the origins common in Sweden have their commonest given names
and surnames, 1/rank, head 10. None was checked against anything else in the repository.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from a list's head with this probability, else its tail


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
    """A list in rank order, weighted 1/rank."""
    assert len(set(names)) == len(names), [n for n in names if names.count(n) > 1]
    return Pool(names, tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names) - 1))


def weighted(rows: tuple[tuple[str, float], ...], head: int) -> Pool:
    """A list with its own weights (the census per cent)."""
    names = tuple(n for n, _ in rows)
    assert len(set(names)) == len(names)
    return Pool(names, tuple(w for _, w in rows), head)


def plain(word: str) -> str:
    """A name typed without its letters (`Wiśniewski` -> `Wisniewski`, `Łukasz` -> `Lukasz`)."""
    word = word.translate(
        str.maketrans(
            {"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "ø": "o", "Ø": "O", "æ": "ae"}
        )
    )
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname's feminine form: -ski to -ska, -cki to -cka, -dzki to -dzka."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# Sweden: SCB's order for the whole population (tilltalsnamn), head 150, then rarer names.
SV_WOMEN = (
    "Anna", "Eva", "Maria", "Karin", "Sara", "Kristina", "Lena", "Emma", "Kerstin", "Marie",
    "Ingrid", "Malin", "Hanna", "Linnéa", "Sofia", "Elin", "Ida", "Birgitta", "Elisabeth", "Jenny",
    "Julia", "Annika", "Inger", "Linda", "Susanne", "Johanna", "Ulla", "Monica", "Camilla", "Margareta",
    "Helena", "Ebba", "Amanda", "Elsa", "Therese", "Åsa", "Gunilla", "Moa", "Lisa", "Christina",
    "Alice", "Maja", "Josefin", "Matilda", "Katarina", "Caroline", "Frida", "Ulrika", "Anette", "Marianne",
    "Agneta", "Cecilia", "Barbro", "Birgit", "Louise", "Emelie", "Wilma", "Ella", "Jessica", "Sandra",
    "Lina", "Anneli", "Gun", "Ann", "Astrid", "Britt", "Siv", "Elisabet", "Klara", "Isabelle",
    "Ellen", "Agnes", "Felicia", "Mona", "Carina", "Pia", "Petra", "Victoria", "Madeleine", "Ingela",
    "Nathalie", "Olivia", "Alva", "Lovisa", "Jennie", "Linn", "Mikaela", "Rebecka", "Yvonne", "Charlotte",
    "Ann-Christin", "Ann-Marie", "Lisbeth", "Gunnel", "Maj", "Marita", "Viktoria", "Erika", "Annelie", "Emilia",
    "Stina", "Vera", "Tove", "Saga", "Nora", "Tilda", "Ronja", "Signe", "Irene", "Kristin",
    "Sonja", "Rut", "Märta", "Inga", "Greta", "Selma", "Ingegerd", "Solveig", "Gunvor", "Britt-Marie",
    "Ann-Sofie", "Lotta", "Veronica", "Anita", "Berit", "Jeanette", "Helén", "Sanna", "Josephine", "Amelie",
    "Tindra", "Ester", "Alma", "Lova", "Liv", "Elvira", "Thea", "Ines", "Meja", "Wilhelmina",
    "Hedvig", "Ylva", "Eleonor", "Sylvia", "Viola", "Helene", "Elise", "Jonna", "Fanny", "Tina",
    # tail: rarer names, older and newer
    "Sigrid", "Svea", "Tyra", "Dagny", "Majken", "Ingeborg", "Eivor", "Gudrun", "Asta", "Elvy",
    "Aina", "Alfhild", "Anna-Lena", "Anna-Karin", "Ann-Charlotte", "Ann-Louise", "Annie", "Barbara", "Beatrice", "Bella",
    "Bodil", "Cajsa", "Catharina", "Charlotta", "Christel", "Dagmar", "Desirée", "Doris", "Edit", "Edla",
    "Ellinor", "Elna", "Elsie", "Embla", "Emmy", "Evelina", "Evy", "Filippa", "Freja", "Gabriella",
    "Gerd", "Gertrud", "Gisela", "Gull-Britt", "Gullan", "Gunhild", "Harriet", "Hjördis", "Idun", "Ina",
    "Ingalill", "Inga-Lill", "Inez", "Irma", "Iris", "Isa", "Jane", "Janina", "Jill", "Joanna",
    "Jolina", "Josefina", "Judit", "Kajsa", "Karolina", "Katja", "Kim", "Laila", "Lilian", "Lillemor",
    "Linnea", "Lisen", "Liselott", "Lotten", "Lydia", "Magdalena", "Majlis", "Malva", "Marlene", "Marit",
    "Mathilda", "Mira", "Miranda", "My", "Nanna", "Nelly", "Nicole", "Ninni", "Ottilia", "Paula",
    "Pernilla", "Ragnhild", "Ragna", "Rakel", "Regina", "Rigmor", "Ruth", "Sally", "Siri", "Solbritt",
    "Stella", "Susanna", "Tekla", "Tora", "Tuva", "Ulla-Britt", "Ulrica", "Valborg", "Vanja", "Viveka",
    "Vivianne", "Augusta", "Henrietta", "Hulda", "Hilma", "Edith", "Gunborg", "Ingvor", "Maud", "Mariana",
    "Marina", "Mimmi", "Minna", "Nadja", "Nina", "Ritva", "Sabina", "Signhild", "Sofie", "Stephanie",
    "Therése", "Tilde", "Tova", "Turid", "Vendela", "Wera", "Åse", "Annbritt", "Anne", "Annette",
    "Anne-Marie", "Ann-Kristin", "Aurora", "Benita", "Blenda", "Britta", "Carin", "Carola", "Cornelia", "Diana",
    "Elly", "Eira", "Ellie", "Emilie", "Estelle", "Evelyn", "Fatima", "Gunn", "Isabella", "Jasmine",
    "Joline", "Julie", "Juni", "Kamilla", "Katrin", "Laura", "Lea", "Leonora", "Lilly", "Livia",
    "Lucia", "Melinda", "Melissa", "Michaela", "Molly", "Monika", "Natalie", "Nova", "Othilia", "Petronella",
    "Rosalie", "Sigrun", "Tanja", "Tea", "Unni", "Vilma", "Yvette", "Eva-Lena", "Maj-Britt",
    "Agda", "Alexandra", "Amalia", "Angelica", "Annsofi", "Berta", "Cilla", "Dorotea", "Elena",
    "Emmelie", "Hillevi", "Ingrid-Marie", "Jessika", "Kristiina", "Madelene", "Malena",
    "Mari", "Märit", "Noomi", "Oline", "Rebecca", "Solvig", "Ulla-Stina", "Yasmin",
)  # fmt: skip
SV_MEN = (
    "Lars", "Mikael", "Anders", "Johan", "Erik", "Per", "Karl", "Peter", "Thomas", "Jan",
    "Daniel", "Fredrik", "Hans", "Andreas", "Stefan", "Bengt", "Alexander", "Magnus", "Mats", "Marcus",
    "Jonas", "Oskar", "Bo", "Göran", "Nils", "Gustav", "Martin", "Mattias", "Björn", "Leif",
    "Sven", "William", "Christer", "Lucas", "Tommy", "Patrik", "Henrik", "Niklas", "Filip", "Roger",
    "David", "Robert", "Simon", "Ulf", "Viktor", "Emil", "Rolf", "Christoffer", "Jonathan", "Robin",
    "Kent", "Joakim", "Axel", "Anton", "Hugo", "Elias", "Oliver", "Liam", "Adam", "Isak",
    "Noah", "Ludvig", "Olof", "Åke", "Kjell", "Gunnar", "Sebastian", "Tobias", "Lennart", "Jakob",
    "Håkan", "Kenneth", "Rickard", "Jörgen", "Kristoffer", "Claes", "Ingvar", "Sten", "Arne", "Torbjörn",
    "Dennis", "Tomas", "Jimmy", "Albin", "Edvin", "Theo", "Vincent", "Alfred", "Ola", "Ove",
    "Bertil", "Rune", "Roland", "Stig", "Tord", "Sören", "Pontus", "Jesper", "Johnny", "Mohammed",
    "Mohamed", "Ali", "Ahmed", "Conny", "Hampus", "Linus", "Max", "Melvin", "Elliot", "Leo",
    "Arvid", "Love", "Viggo", "Harry", "Samuel", "Benjamin", "Carl", "Gösta", "Ingemar", "Kurt",
    "Lars-Erik", "Karl-Erik", "Per-Olof", "Jan-Erik", "Holger", "Sigvard", "Evert", "Inge", "Allan", "Sixten",
    "Ebbe", "Hjalmar", "Folke", "Valter", "Birger", "Ronny", "Glenn", "Jens", "Emanuel", "Gabriel",
    "Tor", "August", "Matteus", "Felix", "Wilmer", "Otto", "Adrian", "Kevin", "Jacob", "Erland",
    # tail
    "Agne", "Alvar", "Anselm", "Arnold", "Artur", "Assar", "Bernt", "Bror", "Börje", "Carl-Johan",
    "Dag", "Douglas", "Edgar", "Egon", "Einar", "Elis", "Elof", "Eskil", "Evald", "Fabian",
    "Fritiof", "Gert", "Gillis", "Gottfrid", "Greger", "Gustaf", "Halvar", "Harald", "Helge", "Herbert",
    "Hilding", "Ivar", "Joel", "Josef", "Julius", "Karl-Johan", "Klas", "Knut", "Konrad", "Lage",
    "Lars-Göran", "Lars-Åke", "Leonard", "Lukas", "Malte", "Manne", "Melker", "Mauritz", "Nicklas", "Nicolas",
    "Olle", "Orvar", "Oscar", "Osvald", "Per-Anders", "Ragnar", "Reinhold", "Ruben", "Rudolf", "Seth",
    "Sigge", "Sigfrid", "Staffan", "Sture", "Sune", "Svante", "Sverker", "Tage", "Teodor", "Thure",
    "Tim", "Torsten", "Tryggve", "Ture", "Ulrik", "Urban", "Valdemar", "Vidar", "Wilhelm", "Yngve",
    "Örjan", "Östen", "Alf", "Algot", "Aron", "Casper", "Charlie", "Christian", "Curt", "Dan",
    "Erling", "Henning", "Hilmer", "Ingmar", "Ivan", "Jarl", "Jim", "John", "Jonny", "Kaj",
    "Kennet", "Krister", "Lars-Olof", "Loke", "Mathias", "Morgan", "Måns", "Ole", "Patric", "Peder",
    "Pierre", "Ragnvald", "Reidar", "Rikard", "Rasmus", "Sam", "Severin", "Sivert", "Stellan", "Sten-Åke",
    "Teddy", "Torgny", "Uno", "Vilhelm", "Waldemar", "Wiktor", "Yusuf", "Zakarias", "Alve", "Elton",
    "Frans", "Jack", "Joar", "Loui", "Milo", "Nils-Erik", "Nils-Olof", "Oliwer", "Sonny", "Sven-Erik",
    "Theodor", "Vilgot", "Zakaria", "Abbe", "Adolf", "Albert", "Alexis", "Amir", "André",
    "Andrzej", "Anwar", "Arild", "Arvo", "Bjarne", "Bruno", "Cornelius", "Dante", "Darko", "Edward",
    "Efraim", "Eilert", "Enar", "Erik-Johan", "Fredric", "Georg", "Gerhard", "Gideon", "Gunder", "Haidar",
    "Hannes", "Heikki", "Hussein", "Ibrahim", "Isac", "Jamal", "Jan-Olof", "Jerker", "Johannes", "Jon",
    "Justus", "Kalevi", "Karim", "Kasper", "Kristian", "Lars-Gunnar", "Leopold", "Levi", "Lorentz", "Marcel",
    "Matti", "Mio", "Nathan", "Noel", "Omar", "Paul", "Per-Erik", "Ralf", "Reza",
    "Roy", "Said", "Sigurd", "Timo", "Tony", "Torvald", "Vilmer", "Åsmund",
)  # fmt: skip
SV_SURNAMES = (
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson",
    "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Olofsson",
    "Lindström", "Lindqvist", "Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren", "Lundqvist",
    "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg", "Ali", "Wallin", "Mohamed",
    "Engström", "Eklund", "Danielsson", "Lundin", "Håkansson", "Björk", "Bergman", "Gunnarsson", "Holm", "Wikström",
    "Samuelsson", "Isaksson", "Fransson", "Bergqvist", "Nyström", "Holmberg", "Arvidsson", "Löfgren", "Söderberg", "Nyberg",
    "Blomqvist", "Claesson", "Nordström", "Ahmed", "Mårtensson", "Lundström", "Hassan", "Viklund", "Björklund", "Eliasson",
    "Pålsson", "Berggren", "Sandström", "Lund", "Nordin", "Ström", "Åberg", "Hermansson", "Ekström", "Holmgren",
    "Sundberg", "Hedlund", "Dahlberg", "Hellström", "Sjögren", "Abrahamsson", "Falk", "Martinsson", "Öberg", "Andreasson",
    "Månsson", "Strömberg", "Åkesson", "Jonasson", "Norberg", "Blom", "Sundström", "Lindholm", "Åström", "Sundqvist",
    "Ek", "Holmqvist", "Nordqvist", "Lindén", "Söderström", "Ivarsson", "Fors", "Dahl", "Nordlund", "Hedberg",
    "Strand", "Ekman", "Göransson", "Sjöström", "Hosseini", "Mohammadi", "Bäckström", "Lindahl", "Björkman", "Edlund",
    "Ibrahim", "Hussein", "Mohammed", "Nyman", "Sandin", "Lindblom", "Engberg", "Englund", "Wiklund", "Boström",
    "Jacobsson", "Carlsson", "Gustavsson", "Petersson", "Johnsson", "Öhman", "Lundmark", "Omar", "Forslund", "Malmberg",
    "Hägglund", "Sjödin", "Holmström", "Hedman", "Nordgren", "Dahlgren", "Ekberg", "Wallgren", "Åkerlund", "Rosén",
    # tail
    "Ahlgren", "Ahlström", "Almqvist", "Alm", "Andrén", "Backlund", "Backman", "Bergkvist", "Bergh", "Bernhardsson",
    "Blixt", "Boman", "Borg", "Brandt", "Brink", "Broberg", "Byström", "Carlberg", "Dahlin", "Dahlqvist",
    "Edberg", "Edström", "Eklöf", "Ekholm", "Eng", "Engdahl", "Engman", "Fagerström", "Falck", "Flodin",
    "Forsgren", "Franzén", "Frisk", "Granberg", "Granström", "Grahn", "Gren", "Hagberg", "Hagström", "Hallberg",
    "Hallgren", "Hammar", "Hedin", "Hedström", "Hellberg", "Hellgren", "Hjalmarsson", "Hult", "Hultgren", "Jeppsson",
    "Karlberg", "Kjellberg", "Klasson", "Krantz", "Kvist", "Lidén", "Liljegren", "Lilja", "Lindell", "Linder",
    "Lindkvist", "Lindstedt", "Ljung", "Ljungberg", "Ljunggren", "Lundell", "Lundholm", "Löfberg", "Löfström", "Malm",
    "Malmström", "Melin", "Molin", "Moberg", "Nord", "Nordberg", "Nordlander", "Norén", "Norling", "Nyholm",
    "Nylander", "Nylund", "Olausson", "Palm", "Palmqvist", "Pihl", "Quist", "Rask", "Rosenberg", "Roos",
    "Rydberg", "Sahlin", "Selin", "Sjöholm", "Sjölund", "Skoglund", "Stenberg", "Stenström", "Strandberg", "Ståhl",
    "Sundin", "Svedberg", "Svärd", "Thorén", "Törnqvist", "Wahlberg", "Wahlström", "Wennberg", "Westberg", "Westerberg",
    "Westin", "Westman", "Wiberg", "Wikberg", "Winberg", "Zetterberg", "Zetterström", "Åkerman", "Östberg", "Östlund",
    "Östman", "Cederberg", "Cederholm", "Ehn", "Ferm", "Fröberg", "Grönlund", "Grönberg", "Hjelm", "Hallin",
    "Holmén", "Höglund", "Isberg", "Jernberg", "Kronberg", "Lagerström", "Lindvall", "Lundblad", "Löf", "Norman",
    "Nyqvist", "Rosengren", "Rudberg", "Sandgren", "Sjöblom", "Sohlberg", "Stenlund", "Svahn", "Söderlund", "Thelin",
    "Vikström", "Wall", "Wennström", "Wester", "Ågren", "Öst", "Holmlund", "Bylund", "Dahlström", "Engvall",
    "Fält", "Hägg", "Kling", "Kullberg", "Lindblad", "Lindroth", "Niklasson", "Nordahl", "Rehn", "Sundell",
    "Thunberg", "Wahlgren", "Widell", "Åsberg", "Öhrn", "Abdi", "Yousef", "Khalil", "Hussain", "Salih",
    "Jama", "Warsame", "Koskinen", "Heikkinen", "Nieminen", "Virtanen", "Nowak", "Kowalski", "Yilmaz", "Kaya",
    "Uggla", "Silfverskiöld", "von Knorring", "af Ekenstam", "De la Gardie", "von Post", "Stjernswärd", "Rålamb", "Bielke", "Lagerbielke",
    "Adolfsson", "Albinsson", "Alexandersson", "Antonsson", "Augustsson", "Bergendahl", "Bjurström", "Blomberg", "Bohlin", "Bäck",
    "Carlström", "Dalin", "Dufva", "Edvardsson", "Emanuelsson", "Enström", "Envall", "Fagerlund", "Fernström", "Friberg",
    "Gabrielsson", "Gillberg", "Grape", "Gyllensten", "Hallqvist", "Hedenberg", "Hellqvist", "Hjort", "Holst", "Hörnqvist",
    "Johannesson", "Jonzon", "Kallin", "Kempe", "Kjellin", "Knutsson", "Lagergren", "Lejon", "Lilliehöök", "Ljungqvist",
    "Lönn", "Mellberg", "Modin", "Mörk", "Nordenström", "Nygren", "Påhlsson", "Ringström", "Rönnqvist", "Segerström",
    "Sellberg", "Sparre", "Stålhammar", "Sörling", "Tegnér", "Tjärnberg", "Vallin", "Wallén", "Wetterberg", "Älgström",
)  # fmt: skip

# The UK: the order of the ONS rankings (1/rank); names of births over the decades and the
# commonest surnames of England and Wales.
UK_WOMEN = (
    "Sarah", "Emma", "Claire", "Laura", "Rebecca", "Olivia", "Amelia", "Emily", "Jessica", "Sophie",
    "Charlotte", "Lucy", "Hannah", "Elizabeth", "Susan", "Margaret", "Helen", "Karen", "Julie", "Nicola",
    "Rachel", "Samantha", "Louise", "Victoria", "Amy", "Jennifer", "Michelle", "Kelly", "Lisa", "Joanne",
    "Katie", "Isla", "Ava", "Grace", "Mia", "Poppy", "Ella", "Lily", "Evie", "Isabella",
    "Freya", "Alice", "Florence", "Ruby", "Chloe", "Megan", "Lauren", "Jade", "Gemma", "Stephanie",
    "Jane", "Catherine", "Anne", "Alison", "Deborah", "Gillian", "Patricia", "Christine", "Linda", "Carol",
    "Janet", "Angela", "Tracey", "Sharon", "Dawn", "Wendy", "Mary", "Pauline", "Jacqueline", "Joan",
    "Sandra", "Diane", "Barbara", "Valerie", "Sheila", "Brenda", "Maureen", "Kathleen", "Jean", "Dorothy",
    "Eleanor", "Harriet", "Abigail", "Natalie", "Holly", "Georgia", "Bethany", "Zoe", "Amber", "Leah",
    "Charlie", "Daisy", "Phoebe", "Millie", "Matilda", "Rosie", "Scarlett", "Sienna", "Willow", "Harper",
    "Ivy", "Maisie", "Imogen", "Esme", "Erin", "Elsie", "Lydia", "Molly", "Annabelle", "Aria",
    "Kate", "Anna", "Fiona", "Caroline", "Kirsty", "Donna", "Joanna", "Lindsey", "Hayley", "Kerry",
    "Vicky", "Tina", "Beverley", "Lesley", "Yvonne", "Shirley", "Irene", "Elaine", "Heather", "Rosemary",
    # tail
    "Aisha", "Amelie", "Beatrice", "Bella", "Bridget", "Caitlin", "Cerys", "Clara", "Courtney", "Danielle",
    "Delilah", "Edith", "Eliza", "Evelyn", "Faith", "Felicity", "Frances", "Gwen", "Hazel", "Hollie",
    "Iris", "Jasmine", "Josephine", "Julia", "Kayleigh", "Layla", "Lola", "Lorraine", "Lucinda", "Mabel",
    "Maria", "Marion", "Martha", "Maya", "Melanie", "Naomi", "Niamh", "Nora", "Paige", "Penelope",
    "Philippa", "Priya", "Rhiannon", "Robyn", "Rose", "Sadie", "Seren", "Siobhan", "Stella", "Tamsin",
    "Tanya", "Teresa", "Una", "Vanessa", "Violet", "Wilhelmina", "Yasmin", "Zara", "Agnes", "Audrey",
    "Avril", "Bernadette", "Beryl", "Cheryl", "Clare", "Daphne", "Doreen", "Eileen", "Enid", "Gail",
    "Glenys", "Hilary", "Hilda", "Ivy-Rose", "Joyce", "Lorna", "Mavis", "Moira", "Muriel", "Norma",
    "Olwen", "Rita", "Sybil", "Thelma", "Vera", "Winifred",
)  # fmt: skip
UK_MEN = (
    "David", "John", "Paul", "Mark", "James", "Andrew", "Michael", "Peter", "Richard", "Robert",
    "Christopher", "Daniel", "Matthew", "Thomas", "Stephen", "Ian", "Simon", "Steven", "Gary", "Kevin",
    "Jonathan", "Adam", "William", "Oliver", "Jack", "Harry", "George", "Noah", "Charlie", "Jacob",
    "Alfie", "Freddie", "Oscar", "Leo", "Arthur", "Henry", "Muhammad", "Joshua", "Benjamin", "Samuel",
    "Luke", "Ryan", "Liam", "Lewis", "Callum", "Connor", "Jamie", "Ben", "Joseph", "Alexander",
    "Nicholas", "Anthony", "Martin", "Graham", "Neil", "Philip", "Alan", "Brian", "Keith",
    "Colin", "Stuart", "Craig", "Darren", "Lee", "Wayne", "Dean", "Shaun", "Carl", "Jason",
    "Kenneth", "Ronald", "Derek", "Raymond", "Trevor", "Roy", "Terence", "Barry", "Malcolm", "Geoffrey",
    "Edward", "Charles", "Timothy", "Nigel", "Roger", "Gordon", "Douglas", "Frank", "Dennis", "Leonard",
    "Archie", "Theo", "Finley", "Isaac", "Ethan", "Dylan", "Harrison", "Max", "Toby", "Reuben",
    "Sebastian", "Teddy", "Tommy", "Albie", "Hugo", "Elliot", "Louis", "Rory", "Owen", "Evan",
    "Aaron", "Scott", "Gareth", "Rhys", "Dafydd", "Iain", "Fraser", "Ross", "Euan", "Hamish",
    "Patrick", "Sean", "Declan", "Ciaran", "Kieran", "Conor", "Niall", "Dominic", "Vincent", "Francis",
    # tail
    "Abdul", "Alistair", "Ashley", "Bernard", "Bradley", "Cameron", "Cecil", "Clive", "Cyril", "Damian",
    "Desmond", "Duncan", "Eric", "Ernest", "Felix", "Gavin", "Gerald", "Glyn", "Gregory", "Harvey",
    "Herbert", "Howard", "Ivor", "Jeremy", "Jordan", "Julian", "Kyle", "Lawrence", "Leslie", "Lloyd",
    "Luca", "Mason", "Maurice", "Miles", "Mohammed", "Morgan", "Nathan", "Norman", "Percy", "Quentin",
    "Ralph", "Reginald", "Rupert", "Russell", "Sidney", "Stanley", "Tariq", "Tobias", "Tristan", "Victor",
    "Walter", "Wilfred", "Zachary", "Aled", "Angus", "Arjun", "Austin", "Bertie", "Blake", "Cai",
    "Caleb", "Cillian", "Dexter", "Ellis", "Ewan", "Gethin", "Gwilym", "Hari", "Idris", "Jake",
    "Jenson", "Kai", "Lachlan", "Logan", "Monty", "Ollie", "Otis", "Ronnie", "Rowan", "Ruaridh",
    "Taylor", "Wilf", "Zak",
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
    "Sullivan", "Whitehead", "Mann", "Frost", "Lambert", "Stephens", "Blake", "Akhtar", "Lynch", "Goodwin",
    "Barton", "Woodward", "Thomson", "Cunningham", "Quinn", "Barnett", "Baxter", "Bibi", "Clayton", "Nash",
    "Greenwood", "Jennings", "Holt", "Kemp", "Poole", "Gallagher", "Bond", "Stokes", "Tucker", "Davidson",
    "Fowler", "Heath", "Norman", "Middleton", "Lawson", "Banks", "French", "Stanley", "Jarvis", "Gibbs",
    "Ferguson", "Hayward", "Carroll", "Douglas", "Pugh", "Vaughan", "Howells", "Llewellyn", "Probert", "Bevan",
    "MacLeod", "MacKenzie", "Fraser", "Sinclair", "Munro", "Ogilvie", "Haworth", "Ackroyd", "Sutcliffe", "Pemberton",
    "Trelawney", "Penrose", "Nankervis", "Chowdhury", "Rahman", "Iqbal", "Mistry", "Okafor", "Mensah",
)  # fmt: skip

# The US Census 1990: (name, per cent of people), in the census's order.
US_WOMEN = (  # dist.female.first, the first 380
    ("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.98), ("Elizabeth", 0.937), ("Jennifer", 0.932),
    ("Maria", 0.828), ("Susan", 0.794), ("Margaret", 0.768), ("Dorothy", 0.727), ("Lisa", 0.704), ("Nancy", 0.669),
    ("Karen", 0.667), ("Betty", 0.666), ("Helen", 0.663), ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565),
    ("Ruth", 0.562), ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.51), ("Sarah", 0.508), ("Kimberly", 0.504),
    ("Deborah", 0.494), ("Jessica", 0.49), ("Shirley", 0.482), ("Cynthia", 0.469), ("Angela", 0.468), ("Melissa", 0.462),
    ("Brenda", 0.455), ("Amy", 0.451), ("Anna", 0.44), ("Rebecca", 0.43), ("Virginia", 0.43), ("Kathleen", 0.424),
    ("Pamela", 0.416), ("Martha", 0.412), ("Debra", 0.408), ("Amanda", 0.404), ("Stephanie", 0.4), ("Carolyn", 0.385),
    ("Christine", 0.382), ("Marie", 0.379), ("Janet", 0.379), ("Catherine", 0.373), ("Frances", 0.37), ("Ann", 0.364),
    ("Joyce", 0.364), ("Diane", 0.359), ("Alice", 0.357), ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336),
    ("Doris", 0.335), ("Gloria", 0.335), ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315), ("Mildred", 0.313),
    ("Katherine", 0.313), ("Joan", 0.306), ("Ashley", 0.303), ("Judith", 0.297), ("Rose", 0.296), ("Janice", 0.285),
    ("Kelly", 0.283), ("Nicole", 0.281), ("Judy", 0.276), ("Christina", 0.275), ("Kathy", 0.272), ("Theresa", 0.271),
    ("Beverly", 0.267), ("Denise", 0.264), ("Tammy", 0.259), ("Irene", 0.252), ("Jane", 0.25), ("Lori", 0.248),
    ("Rachel", 0.242), ("Marilyn", 0.241), ("Andrea", 0.236), ("Kathryn", 0.234), ("Louise", 0.229), ("Sara", 0.229),
    ("Anne", 0.228), ("Jacqueline", 0.228), ("Wanda", 0.226), ("Bonnie", 0.223), ("Julia", 0.223), ("Ruby", 0.221),
    ("Lois", 0.22), ("Tina", 0.22), ("Phyllis", 0.219), ("Norma", 0.218), ("Paula", 0.217), ("Diana", 0.216),
    ("Annie", 0.216), ("Lillian", 0.211), ("Emily", 0.208), ("Robin", 0.208), ("Peggy", 0.208), ("Crystal", 0.207),
    ("Gladys", 0.205), ("Rita", 0.204), ("Dawn", 0.202), ("Connie", 0.2), ("Florence", 0.2), ("Tracy", 0.197),
    ("Edna", 0.197), ("Tiffany", 0.195), ("Carmen", 0.195), ("Rosa", 0.194), ("Cindy", 0.192), ("Grace", 0.189),
    ("Wendy", 0.185), ("Victoria", 0.18), ("Edith", 0.179), ("Kim", 0.178), ("Sherry", 0.178), ("Sylvia", 0.177),
    ("Josephine", 0.177), ("Thelma", 0.175), ("Shannon", 0.175), ("Sheila", 0.175), ("Ethel", 0.174), ("Ellen", 0.173),
    ("Elaine", 0.173), ("Marjorie", 0.173), ("Carrie", 0.171), ("Charlotte", 0.169), ("Monica", 0.166), ("Esther", 0.166),
    ("Pauline", 0.165), ("Emma", 0.165), ("Juanita", 0.164), ("Anita", 0.162), ("Rhonda", 0.162), ("Hazel", 0.161),
    ("Amber", 0.16), ("Eva", 0.159), ("Debbie", 0.157), ("April", 0.154), ("Leslie", 0.154), ("Clara", 0.153),
    ("Lucille", 0.153), ("Jamie", 0.153), ("Joanne", 0.15), ("Eleanor", 0.15), ("Valerie", 0.149), ("Danielle", 0.149),
    ("Megan", 0.147), ("Alicia", 0.146), ("Suzanne", 0.145), ("Michele", 0.145), ("Gail", 0.145), ("Bertha", 0.143),
    ("Darlene", 0.142), ("Veronica", 0.142), ("Jill", 0.142), ("Erin", 0.141), ("Geraldine", 0.141), ("Lauren", 0.137),
    ("Cathy", 0.137), ("Joann", 0.136), ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135), ("Regina", 0.133),
    ("Erica", 0.13), ("Beatrice", 0.13), ("Dolores", 0.129), ("Bernice", 0.128), ("Audrey", 0.127), ("Yvonne", 0.126),
    ("Annette", 0.125), ("June", 0.125), ("Samantha", 0.124), ("Marion", 0.122), ("Dana", 0.122), ("Stacy", 0.121),
    ("Ana", 0.12), ("Renee", 0.12), ("Ida", 0.118), ("Vivian", 0.118), ("Roberta", 0.117), ("Holly", 0.117),
    ("Brittany", 0.117), ("Melanie", 0.116), ("Loretta", 0.115), ("Yolanda", 0.115), ("Jeanette", 0.115), ("Laurie", 0.114),
    ("Katie", 0.113), ("Kristen", 0.111), ("Vanessa", 0.111), ("Alma", 0.111), ("Sue", 0.111), ("Elsie", 0.11),
    ("Beth", 0.11), ("Jeanne", 0.109), ("Vicki", 0.109), ("Carla", 0.107), ("Tara", 0.107), ("Rosemary", 0.107),
    ("Eileen", 0.105), ("Terri", 0.105), ("Gertrude", 0.103), ("Lucy", 0.103), ("Tonya", 0.102), ("Ella", 0.101),
    ("Stacey", 0.101), ("Wilma", 0.099), ("Gina", 0.099), ("Kristin", 0.099), ("Jessie", 0.098), ("Natalie", 0.098),
    ("Agnes", 0.098), ("Vera", 0.098), ("Willie", 0.097), ("Charlene", 0.097), ("Bessie", 0.096), ("Delores", 0.095),
    ("Melinda", 0.094), ("Pearl", 0.094), ("Arlene", 0.094), ("Maureen", 0.092), ("Colleen", 0.092), ("Allison", 0.092),
    ("Tamara", 0.092), ("Joy", 0.091), ("Georgia", 0.091), ("Constance", 0.091), ("Lillie", 0.09), ("Claudia", 0.09),
    ("Jackie", 0.09), ("Marcia", 0.09), ("Tanya", 0.089), ("Nellie", 0.089), ("Minnie", 0.089), ("Marlene", 0.088),
    ("Heidi", 0.088), ("Glenda", 0.088), ("Lydia", 0.086), ("Viola", 0.086), ("Courtney", 0.086), ("Marian", 0.086),
    ("Stella", 0.085), ("Caroline", 0.085), ("Dora", 0.084), ("Jo", 0.083), ("Vickie", 0.082), ("Mattie", 0.081),
    ("Terry", 0.08), ("Maxine", 0.079), ("Irma", 0.079), ("Mabel", 0.078), ("Marsha", 0.078), ("Myrtle", 0.078),
    ("Lena", 0.077), ("Christy", 0.077), ("Deanna", 0.076), ("Patsy", 0.076), ("Hilda", 0.075), ("Gwendolyn", 0.074),
    ("Jennie", 0.073), ("Nora", 0.073), ("Margie", 0.072), ("Nina", 0.072), ("Cassandra", 0.072), ("Leah", 0.072),
    ("Penny", 0.071), ("Kay", 0.071), ("Priscilla", 0.071), ("Naomi", 0.071), ("Carole", 0.071), ("Brandy", 0.07),
    ("Olga", 0.07), ("Billie", 0.069), ("Dianne", 0.069), ("Tracey", 0.069), ("Leona", 0.069), ("Jenny", 0.068),
    ("Felicia", 0.068), ("Sonia", 0.068), ("Miriam", 0.066), ("Velma", 0.066), ("Becky", 0.066), ("Bobbie", 0.065),
    ("Violet", 0.065), ("Kristina", 0.065), ("Toni", 0.064), ("Misty", 0.063), ("Mae", 0.063), ("Shelly", 0.062),
    ("Daisy", 0.062), ("Ramona", 0.062), ("Sherri", 0.062), ("Erika", 0.061), ("Katrina", 0.061), ("Claire", 0.061),
    ("Lindsey", 0.06), ("Lindsay", 0.06), ("Geneva", 0.059), ("Guadalupe", 0.059), ("Belinda", 0.059), ("Margarita", 0.059),
    ("Sheryl", 0.059), ("Cora", 0.058), ("Faye", 0.058), ("Ada", 0.057), ("Natasha", 0.057), ("Sabrina", 0.057),
    ("Isabel", 0.057), ("Marguerite", 0.056), ("Hattie", 0.056), ("Harriet", 0.056), ("Molly", 0.055), ("Cecilia", 0.055),
    ("Kristi", 0.055), ("Brandi", 0.055), ("Blanche", 0.055), ("Sandy", 0.055), ("Rosie", 0.055), ("Joanna", 0.055),
    ("Iris", 0.055), ("Eunice", 0.054), ("Angie", 0.054), ("Inez", 0.053), ("Lynda", 0.053), ("Madeline", 0.052),
    ("Amelia", 0.052), ("Alberta", 0.052), ("Genevieve", 0.051), ("Monique", 0.051), ("Jodi", 0.051), ("Janie", 0.051),
    ("Maggie", 0.051), ("Kayla", 0.051), ("Sonya", 0.051), ("Jan", 0.051), ("Lee", 0.051), ("Kristine", 0.051),
    ("Candace", 0.051), ("Fannie", 0.05), ("Maryann", 0.05), ("Opal", 0.05), ("Alison", 0.05), ("Yvette", 0.05),
    ("Melody", 0.05), ("Luz", 0.049), ("Susie", 0.049), ("Olivia", 0.049), ("Flora", 0.049), ("Shelley", 0.049),
    ("Kristy", 0.048), ("Mamie", 0.048), ("Lula", 0.048), ("Lola", 0.048), ("Verna", 0.048), ("Beulah", 0.048),
    ("Antoinette", 0.048), ("Candice", 0.046), ("Juana", 0.046), ("Jeannette", 0.046), ("Pam", 0.046), ("Kelli", 0.046),
    ("Hannah", 0.045), ("Whitney", 0.045), ("Bridget", 0.045), ("Karla", 0.044), ("Celia", 0.044), ("Latoya", 0.043),
    ("Patty", 0.043), ("Shelia", 0.043), ("Gayle", 0.043), ("Della", 0.043), ("Vicky", 0.043), ("Lynne", 0.043),
    ("Sheri", 0.042), ("Marianne", 0.042),
)  # fmt: skip
US_MEN = (  # dist.male.first, the first 380
    ("James", 3.318), ("John", 3.271), ("Robert", 3.143), ("Michael", 2.629), ("William", 2.451), ("David", 2.363),
    ("Richard", 1.703), ("Charles", 1.523), ("Joseph", 1.404), ("Thomas", 1.38), ("Christopher", 1.035), ("Daniel", 0.974),
    ("Paul", 0.948), ("Mark", 0.938), ("Donald", 0.931), ("George", 0.927), ("Kenneth", 0.826), ("Steven", 0.78),
    ("Edward", 0.779), ("Brian", 0.736), ("Ronald", 0.725), ("Anthony", 0.721), ("Kevin", 0.671), ("Jason", 0.66),
    ("Matthew", 0.657), ("Gary", 0.65), ("Timothy", 0.64), ("Jose", 0.613), ("Larry", 0.598), ("Jeffrey", 0.591),
    ("Frank", 0.581), ("Scott", 0.546), ("Eric", 0.544), ("Stephen", 0.54), ("Andrew", 0.537), ("Raymond", 0.488),
    ("Gregory", 0.441), ("Joshua", 0.435), ("Jerry", 0.432), ("Dennis", 0.415), ("Walter", 0.399), ("Patrick", 0.389),
    ("Peter", 0.381), ("Harold", 0.371), ("Douglas", 0.367), ("Henry", 0.365), ("Carl", 0.346), ("Arthur", 0.335),
    ("Ryan", 0.328), ("Roger", 0.322), ("Joe", 0.321), ("Juan", 0.316), ("Jack", 0.315), ("Albert", 0.314),
    ("Jonathan", 0.313), ("Justin", 0.311), ("Terry", 0.311), ("Gerald", 0.309), ("Keith", 0.308), ("Samuel", 0.306),
    ("Willie", 0.302), ("Ralph", 0.282), ("Lawrence", 0.282), ("Nicholas", 0.275), ("Roy", 0.273), ("Benjamin", 0.27),
    ("Bruce", 0.263), ("Brandon", 0.26), ("Adam", 0.259), ("Harry", 0.251), ("Fred", 0.251), ("Wayne", 0.249),
    ("Billy", 0.248), ("Steve", 0.246), ("Louis", 0.243), ("Jeremy", 0.242), ("Aaron", 0.24), ("Randy", 0.232),
    ("Howard", 0.23), ("Eugene", 0.23), ("Carlos", 0.229), ("Russell", 0.224), ("Bobby", 0.223), ("Victor", 0.222),
    ("Martin", 0.216), ("Ernest", 0.215), ("Phillip", 0.213), ("Todd", 0.213), ("Jesse", 0.209), ("Craig", 0.206),
    ("Alan", 0.204), ("Shawn", 0.2), ("Clarence", 0.197), ("Sean", 0.197), ("Philip", 0.197), ("Chris", 0.197),
    ("Johnny", 0.195), ("Earl", 0.193), ("Jimmy", 0.191), ("Antonio", 0.19), ("Danny", 0.19), ("Bryan", 0.19),
    ("Tony", 0.19), ("Luis", 0.189), ("Mike", 0.189), ("Stanley", 0.186), ("Leonard", 0.186), ("Nathan", 0.185),
    ("Dale", 0.184), ("Manuel", 0.181), ("Rodney", 0.18), ("Curtis", 0.18), ("Norman", 0.177), ("Allen", 0.174),
    ("Marvin", 0.171), ("Vincent", 0.168), ("Glenn", 0.167), ("Jeffery", 0.166), ("Travis", 0.166), ("Jeff", 0.166),
    ("Chad", 0.165), ("Jacob", 0.165), ("Lee", 0.162), ("Melvin", 0.162), ("Alfred", 0.162), ("Kyle", 0.16),
    ("Francis", 0.16), ("Bradley", 0.159), ("Jesus", 0.155), ("Herbert", 0.155), ("Frederick", 0.154), ("Ray", 0.153),
    ("Joel", 0.152), ("Edwin", 0.148), ("Don", 0.145), ("Eddie", 0.144), ("Ricky", 0.141), ("Troy", 0.138),
    ("Randall", 0.138), ("Barry", 0.134), ("Alexander", 0.132), ("Bernard", 0.127), ("Mario", 0.125), ("Leroy", 0.125),
    ("Francisco", 0.124), ("Marcus", 0.124), ("Micheal", 0.123), ("Theodore", 0.123), ("Clifford", 0.123), ("Miguel", 0.122),
    ("Oscar", 0.122), ("Jay", 0.118), ("Jim", 0.118), ("Tom", 0.117), ("Calvin", 0.115), ("Alex", 0.115),
    ("Jon", 0.115), ("Ronnie", 0.113), ("Bill", 0.112), ("Lloyd", 0.112), ("Tommy", 0.112), ("Leon", 0.112),
    ("Derek", 0.112), ("Warren", 0.11), ("Darrell", 0.108), ("Jerome", 0.108), ("Floyd", 0.107), ("Leo", 0.106),
    ("Alvin", 0.105), ("Tim", 0.104), ("Wesley", 0.104), ("Gordon", 0.104), ("Dean", 0.104), ("Greg", 0.104),
    ("Jorge", 0.104), ("Dustin", 0.103), ("Pedro", 0.103), ("Derrick", 0.103), ("Dan", 0.101), ("Lewis", 0.099),
    ("Zachary", 0.099), ("Corey", 0.098), ("Herman", 0.097), ("Maurice", 0.097), ("Vernon", 0.097), ("Roberto", 0.097),
    ("Clyde", 0.095), ("Glen", 0.094), ("Hector", 0.094), ("Shane", 0.093), ("Ricardo", 0.093), ("Sam", 0.092),
    ("Rick", 0.091), ("Lester", 0.091), ("Brent", 0.09), ("Ramon", 0.09), ("Charlie", 0.09), ("Tyler", 0.089),
    ("Gilbert", 0.089), ("Gene", 0.087), ("Marc", 0.087), ("Reginald", 0.084), ("Ruben", 0.082), ("Brett", 0.082),
    ("Angel", 0.082), ("Nathaniel", 0.081), ("Rafael", 0.081), ("Leslie", 0.081), ("Edgar", 0.08), ("Milton", 0.08),
    ("Raul", 0.079), ("Ben", 0.078), ("Chester", 0.078), ("Cecil", 0.078), ("Duane", 0.077), ("Franklin", 0.077),
    ("Andre", 0.076), ("Elmer", 0.074), ("Brad", 0.073), ("Gabriel", 0.073), ("Ron", 0.072), ("Mitchell", 0.072),
    ("Roland", 0.072), ("Arnold", 0.072), ("Harvey", 0.072), ("Jared", 0.071), ("Adrian", 0.069), ("Karl", 0.069),
    ("Cory", 0.068), ("Claude", 0.068), ("Erik", 0.068), ("Darryl", 0.067), ("Jamie", 0.066), ("Neil", 0.066),
    ("Jessie", 0.065), ("Christian", 0.065), ("Javier", 0.065), ("Fernando", 0.065), ("Clinton", 0.065), ("Ted", 0.064),
    ("Mathew", 0.064), ("Tyrone", 0.064), ("Darren", 0.064), ("Lonnie", 0.064), ("Lance", 0.063), ("Cody", 0.063),
    ("Julio", 0.063), ("Kelly", 0.063), ("Kurt", 0.062), ("Allan", 0.061), ("Nelson", 0.061), ("Guy", 0.06),
    ("Clayton", 0.06), ("Hugh", 0.06), ("Max", 0.059), ("Dwayne", 0.059), ("Dwight", 0.058), ("Armando", 0.058),
    ("Felix", 0.058), ("Jimmie", 0.058), ("Everett", 0.057), ("Jordan", 0.056), ("Ian", 0.056), ("Wallace", 0.056),
    ("Ken", 0.055), ("Bob", 0.055), ("Jaime", 0.055), ("Casey", 0.054), ("Alfredo", 0.054), ("Alberto", 0.053),
    ("Dave", 0.053), ("Ivan", 0.053), ("Johnnie", 0.052), ("Sidney", 0.052), ("Byron", 0.052), ("Julian", 0.052),
    ("Isaac", 0.051), ("Morris", 0.051), ("Clifton", 0.05), ("Willard", 0.05), ("Daryl", 0.05), ("Ross", 0.05),
    ("Virgil", 0.049), ("Andy", 0.049), ("Marshall", 0.049), ("Salvador", 0.049), ("Perry", 0.049), ("Kirk", 0.049),
    ("Sergio", 0.049), ("Marion", 0.048), ("Tracy", 0.048), ("Seth", 0.048), ("Kent", 0.048), ("Terrance", 0.048),
    ("Rene", 0.048), ("Eduardo", 0.047), ("Terrence", 0.047), ("Enrique", 0.046), ("Freddie", 0.046), ("Wade", 0.045),
    ("Austin", 0.044), ("Stuart", 0.044), ("Fredrick", 0.043), ("Arturo", 0.043), ("Alejandro", 0.043), ("Jackie", 0.043),
    ("Joey", 0.043), ("Nick", 0.043), ("Luther", 0.043), ("Wendell", 0.042), ("Jeremiah", 0.042), ("Evan", 0.042),
    ("Julius", 0.042), ("Dana", 0.042), ("Donnie", 0.041), ("Otis", 0.041), ("Shannon", 0.04), ("Trevor", 0.04),
    ("Oliver", 0.04), ("Luke", 0.04), ("Homer", 0.04), ("Gerard", 0.04), ("Doug", 0.04), ("Kenny", 0.039),
    ("Hubert", 0.039), ("Angelo", 0.039), ("Shaun", 0.039), ("Lyle", 0.038), ("Matt", 0.038), ("Lynn", 0.038),
    ("Alfonso", 0.038), ("Orlando", 0.037), ("Rex", 0.037), ("Carlton", 0.037), ("Ernesto", 0.037), ("Cameron", 0.037),
    ("Neal", 0.037), ("Pablo", 0.036), ("Lorenzo", 0.036), ("Omar", 0.036), ("Wilbur", 0.036), ("Blake", 0.036),
    ("Grant", 0.036), ("Horace", 0.036), ("Roderick", 0.036), ("Kerry", 0.036), ("Abraham", 0.035), ("Willis", 0.035),
    ("Rickey", 0.035), ("Jean", 0.035), ("Ira", 0.035), ("Andres", 0.034), ("Cesar", 0.034), ("Johnathan", 0.034),
    ("Malcolm", 0.034), ("Rudolph", 0.034), ("Damon", 0.034), ("Kelvin", 0.034), ("Rudy", 0.034), ("Preston", 0.034),
    ("Alton", 0.033), ("Archie", 0.033), ("Marco", 0.033), ("Wm", 0.033), ("Pete", 0.032), ("Randolph", 0.032),
    ("Garry", 0.032), ("Geoffrey", 0.032), ("Jonathon", 0.032), ("Felipe", 0.032), ("Bennie", 0.032), ("Gerardo", 0.032),
    ("Ed", 0.032), ("Dominic", 0.032), ("Robin", 0.032), ("Loren", 0.032), ("Delbert", 0.031), ("Colin", 0.031),
    ("Guillermo", 0.031), ("Earnest", 0.031),
)  # fmt: skip
US_SURNAMES = (  # dist.all.last, the first 420; Mc and O' as people write them
    ("Smith", 1.006), ("Johnson", 0.81), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621), ("Davis", 0.48),
    ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor", 0.311), ("Anderson", 0.311), ("Thomas", 0.311),
    ("Jackson", 0.31), ("White", 0.279), ("Harris", 0.275), ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254),
    ("Martinez", 0.234), ("Robinson", 0.233), ("Clark", 0.231), ("Rodriguez", 0.229), ("Lewis", 0.226), ("Lee", 0.22),
    ("Walker", 0.219), ("Hall", 0.2), ("Allen", 0.199), ("Young", 0.193), ("Hernandez", 0.192), ("King", 0.19),
    ("Wright", 0.189), ("Lopez", 0.187), ("Hill", 0.187), ("Scott", 0.185), ("Green", 0.183), ("Adams", 0.174),
    ("Baker", 0.171), ("Gonzalez", 0.166), ("Nelson", 0.162), ("Carter", 0.162), ("Mitchell", 0.16), ("Perez", 0.155),
    ("Roberts", 0.153), ("Turner", 0.152), ("Phillips", 0.149), ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141),
    ("Edwards", 0.137), ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.13), ("Morris", 0.125), ("Rogers", 0.123),
    ("Reed", 0.122), ("Cook", 0.12), ("Morgan", 0.118), ("Bell", 0.117), ("Murphy", 0.117), ("Bailey", 0.115),
    ("Rivera", 0.113), ("Cooper", 0.113), ("Richardson", 0.112), ("Cox", 0.11), ("Howard", 0.11), ("Ward", 0.108),
    ("Torres", 0.108), ("Peterson", 0.107), ("Gray", 0.106), ("Ramirez", 0.105), ("James", 0.105), ("Watson", 0.103),
    ("Brooks", 0.103), ("Kelly", 0.102), ("Sanders", 0.1), ("Price", 0.099), ("Bennett", 0.099), ("Wood", 0.098),
    ("Barnes", 0.097), ("Ross", 0.096), ("Henderson", 0.095), ("Coleman", 0.095), ("Jenkins", 0.095), ("Perry", 0.094),
    ("Powell", 0.093), ("Long", 0.092), ("Patterson", 0.092), ("Hughes", 0.092), ("Flores", 0.092), ("Washington", 0.092),
    ("Butler", 0.091), ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales", 0.087), ("Bryant", 0.087), ("Alexander", 0.085),
    ("Russell", 0.085), ("Griffin", 0.084), ("Diaz", 0.084), ("Hayes", 0.083), ("Myers", 0.083), ("Ford", 0.082),
    ("Hamilton", 0.082), ("Graham", 0.082), ("Sullivan", 0.081), ("Wallace", 0.081), ("Woods", 0.08), ("Cole", 0.08),
    ("West", 0.08), ("Jordan", 0.078), ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077), ("Ellis", 0.077),
    ("Harrison", 0.076), ("Gibson", 0.075), ("McDonald", 0.075), ("Cruz", 0.075), ("Marshall", 0.075), ("Ortiz", 0.075),
    ("Gomez", 0.075), ("Murray", 0.074), ("Freeman", 0.074), ("Wells", 0.073), ("Webb", 0.072), ("Simpson", 0.07),
    ("Stevens", 0.07), ("Tucker", 0.07), ("Porter", 0.069), ("Hunter", 0.069), ("Hicks", 0.069), ("Crawford", 0.068),
    ("Henry", 0.068), ("Boyd", 0.068), ("Mason", 0.068), ("Morales", 0.067), ("Kennedy", 0.067), ("Warren", 0.067),
    ("Dixon", 0.066), ("Ramos", 0.066), ("Reyes", 0.066), ("Burns", 0.065), ("Gordon", 0.065), ("Shaw", 0.065),
    ("Holmes", 0.065), ("Rice", 0.064), ("Robertson", 0.064), ("Hunt", 0.063), ("Black", 0.063), ("Daniels", 0.062),
    ("Palmer", 0.062), ("Mills", 0.061), ("Nichols", 0.06), ("Grant", 0.06), ("Knight", 0.06), ("Ferguson", 0.059),
    ("Rose", 0.059), ("Stone", 0.059), ("Hawkins", 0.059), ("Dunn", 0.058), ("Perkins", 0.058), ("Hudson", 0.058),
    ("Spencer", 0.057), ("Gardner", 0.057), ("Stephens", 0.057), ("Payne", 0.057), ("Pierce", 0.056), ("Berry", 0.056),
    ("Matthews", 0.056), ("Arnold", 0.056), ("Wagner", 0.055), ("Willis", 0.055), ("Ray", 0.055), ("Watkins", 0.055),
    ("Olson", 0.055), ("Carroll", 0.055), ("Duncan", 0.055), ("Snyder", 0.055), ("Hart", 0.054), ("Cunningham", 0.054),
    ("Bradley", 0.054), ("Lane", 0.054), ("Andrews", 0.054), ("Ruiz", 0.054), ("Harper", 0.054), ("Fox", 0.053),
    ("Riley", 0.053), ("Armstrong", 0.053), ("Carpenter", 0.053), ("Weaver", 0.053), ("Greene", 0.053), ("Lawrence", 0.052),
    ("Elliott", 0.052), ("Chavez", 0.052), ("Sims", 0.052), ("Austin", 0.052), ("Peters", 0.052), ("Kelley", 0.052),
    ("Franklin", 0.051), ("Lawson", 0.051), ("Fields", 0.051), ("Gutierrez", 0.051), ("Ryan", 0.051), ("Schmidt", 0.051),
    ("Carr", 0.051), ("Vasquez", 0.051), ("Castillo", 0.051), ("Wheeler", 0.051), ("Chapman", 0.05), ("Oliver", 0.05),
    ("Montgomery", 0.049), ("Richards", 0.049), ("Williamson", 0.049), ("Johnston", 0.049), ("Banks", 0.048), ("Meyer", 0.048),
    ("Bishop", 0.048), ("McCoy", 0.048), ("Howell", 0.048), ("Alvarez", 0.048), ("Morrison", 0.048), ("Hansen", 0.047),
    ("Fernandez", 0.047), ("Garza", 0.047), ("Harvey", 0.047), ("Little", 0.046), ("Burton", 0.046), ("Stanley", 0.046),
    ("Nguyen", 0.046), ("George", 0.046), ("Jacobs", 0.046), ("Reid", 0.046), ("Kim", 0.045), ("Fuller", 0.045),
    ("Lynch", 0.045), ("Dean", 0.045), ("Gilbert", 0.045), ("Garrett", 0.045), ("Romero", 0.045), ("Welch", 0.044),
    ("Larson", 0.044), ("Frazier", 0.044), ("Burke", 0.044), ("Hanson", 0.043), ("Day", 0.043), ("Mendoza", 0.043),
    ("Moreno", 0.043), ("Bowman", 0.043), ("Medina", 0.042), ("Fowler", 0.042), ("Brewer", 0.042), ("Hoffman", 0.042),
    ("Carlson", 0.042), ("Silva", 0.042), ("Pearson", 0.042), ("Holland", 0.042), ("Douglas", 0.041), ("Fleming", 0.041),
    ("Jensen", 0.041), ("Vargas", 0.041), ("Byrd", 0.041), ("Davidson", 0.041), ("Hopkins", 0.041), ("May", 0.04),
    ("Terry", 0.04), ("Herrera", 0.04), ("Wade", 0.04), ("Soto", 0.04), ("Walters", 0.04), ("Curtis", 0.04),
    ("Neal", 0.039), ("Caldwell", 0.039), ("Lowe", 0.039), ("Jennings", 0.039), ("Barnett", 0.039), ("Graves", 0.039),
    ("Jimenez", 0.039), ("Horton", 0.039), ("Shelton", 0.039), ("Barrett", 0.039), ("O'Brien", 0.039), ("Castro", 0.039),
    ("Sutton", 0.038), ("Gregory", 0.038), ("McKinney", 0.038), ("Lucas", 0.038), ("Miles", 0.038), ("Craig", 0.038),
    ("Rodriquez", 0.037), ("Chambers", 0.037), ("Holt", 0.037), ("Lambert", 0.037), ("Fletcher", 0.037), ("Watts", 0.037),
    ("Bates", 0.037), ("Hale", 0.037), ("Rhodes", 0.037), ("Pena", 0.037), ("Beck", 0.037), ("Newman", 0.036),
    ("Haynes", 0.036), ("McDaniel", 0.036), ("Mendez", 0.036), ("Bush", 0.036), ("Vaughn", 0.036), ("Parks", 0.035),
    ("Dawson", 0.035), ("Santiago", 0.035), ("Norris", 0.035), ("Hardy", 0.035), ("Love", 0.035), ("Steele", 0.035),
    ("Curry", 0.035), ("Powers", 0.035), ("Schultz", 0.035), ("Barker", 0.035), ("Guzman", 0.034), ("Page", 0.034),
    ("Munoz", 0.034), ("Ball", 0.034), ("Keller", 0.034), ("Chandler", 0.034), ("Weber", 0.034), ("Leonard", 0.034),
    ("Walsh", 0.033), ("Lyons", 0.033), ("Ramsey", 0.033), ("Wolfe", 0.033), ("Schneider", 0.033), ("Mullins", 0.033),
    ("Benson", 0.033), ("Sharp", 0.033), ("Bowen", 0.033), ("Daniel", 0.033), ("Barber", 0.032), ("Cummings", 0.032),
    ("Hines", 0.032), ("Baldwin", 0.032), ("Griffith", 0.032), ("Valdez", 0.032), ("Hubbard", 0.032), ("Salazar", 0.032),
    ("Reeves", 0.032), ("Warner", 0.031), ("Stevenson", 0.031), ("Burgess", 0.031), ("Santos", 0.031), ("Tate", 0.031),
    ("Cross", 0.031), ("Garner", 0.031), ("Mann", 0.031), ("Mack", 0.031), ("Moss", 0.031), ("Thornton", 0.031),
    ("Dennis", 0.031), ("McGee", 0.031), ("Farmer", 0.03), ("Delgado", 0.03), ("Aguilar", 0.03), ("Vega", 0.03),
    ("Glover", 0.03), ("Manning", 0.03), ("Cohen", 0.03), ("Harmon", 0.03), ("Rodgers", 0.03), ("Robbins", 0.03),
    ("Newton", 0.03), ("Todd", 0.03), ("Blair", 0.03), ("Higgins", 0.03), ("Ingram", 0.03), ("Reese", 0.03),
    ("Cannon", 0.03), ("Strickland", 0.03), ("Townsend", 0.03), ("Potter", 0.03), ("Goodwin", 0.03), ("Walton", 0.03),
    ("Rowe", 0.029), ("Hampton", 0.029), ("Ortega", 0.029), ("Patton", 0.029), ("Swanson", 0.029), ("Joseph", 0.029),
    ("Francis", 0.029), ("Goodman", 0.029), ("Maldonado", 0.029), ("Yates", 0.029), ("Becker", 0.029), ("Erickson", 0.029),
    ("Hodges", 0.029), ("Rios", 0.029), ("Conner", 0.029), ("Adkins", 0.029), ("Webster", 0.028), ("Norman", 0.028),
    ("Malone", 0.028), ("Hammond", 0.028), ("Flowers", 0.028), ("Cobb", 0.028), ("Moody", 0.028), ("Quinn", 0.028),
    ("Blake", 0.028), ("Maxwell", 0.028), ("Pope", 0.028), ("Floyd", 0.027), ("Osborne", 0.027), ("Paul", 0.027),
    ("McCarthy", 0.027), ("Guerrero", 0.027), ("Lindsey", 0.027), ("Estrada", 0.027), ("Sandoval", 0.027), ("Gibbs", 0.027),
    ("Tyler", 0.027), ("Gross", 0.027), ("Fitzgerald", 0.027), ("Stokes", 0.027), ("Doyle", 0.027), ("Sherman", 0.027),
)  # fmt: skip

# Origins common in Sweden: their commonest given names and surnames, 1/rank, head 10.
FI_WOMEN = ("Tuula", "Pirjo", "Marja", "Anneli", "Päivi", "Sari", "Leena", "Riitta", "Tiina", "Kaarina", "Johanna", "Aino", "Sirpa", "Hannele", "Merja", "Eija", "Minna", "Satu", "Aila", "Raija", "Tarja", "Marjatta", "Sinikka", "Seija")  # fmt: skip
FI_MEN = ("Juha", "Timo", "Matti", "Kari", "Mikko", "Jari", "Antti", "Jukka", "Markku", "Pekka", "Hannu", "Heikki", "Seppo", "Ilkka", "Esa", "Tapio", "Veikko", "Petri", "Janne", "Pentti", "Raimo", "Kalevi", "Arto", "Eero")  # fmt: skip
FI_SURNAMES = ("Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen")  # fmt: skip
# Arabic: Iraq and Syria, with Assyrian/Syriac names (Ninwe, Sargon, Shamoun, Barsoum ...).
AR_WOMEN = ("Fatima", "Maryam", "Zainab", "Noor", "Sara", "Aya", "Huda", "Rana", "Layla", "Hiba", "Amina", "Rasha", "Nour", "Yasmin", "Reem", "Lina", "Dalia", "Mariam", "Ninwe", "Shamiram", "Nahrin", "Ramina", "Atorina", "Rand", "Ghada")  # fmt: skip
AR_MEN = ("Mohammed", "Ahmed", "Ali", "Hussein", "Omar", "Mustafa", "Hassan", "Ibrahim", "Khalid", "Yousef", "Abdullah", "Karim", "Mahmoud", "Sami", "Tariq", "Ammar", "Bilal", "Haidar", "Firas", "Ayman", "Sargon", "Ninos", "Aday", "Ashur", "Gabriel", "Yacoub", "Ninib")  # fmt: skip
AR_SURNAMES = ("Ali", "Mohammed", "Hassan", "Ahmed", "Hussein", "Ibrahim", "Abdullah", "Khalil", "Saleh", "Shamoun", "Al-Jaberi", "Barsoum", "Al-Obaidi", "Jaber", "Yousef", "Mahmoud", "Saeed", "Gabriel", "Al-Khafaji", "Abbas", "Kadhim", "Jasim", "Hamid", "Yacoub", "Isho", "Khoshaba", "Aziz", "Hanna", "Malki", "Danho", "Saliba", "Lahdo", "Ishak", "Aho")  # fmt: skip
SO_WOMEN = ("Hodan", "Fadumo", "Amina", "Sahra", "Hawa", "Asha", "Ifrah", "Nimco", "Ubah", "Sagal", "Hibo", "Khadra", "Maryan", "Ayan", "Deeqa", "Hamdi", "Ikran", "Fardowsa", "Muna", "Shukri")  # fmt: skip
SO_MEN = ("Abdi", "Mohamed", "Ahmed", "Abdirahman", "Abdullahi", "Hassan", "Ali", "Omar", "Yusuf", "Ismail", "Mahad", "Abdikarim", "Liban", "Farah", "Guled", "Said", "Hussein", "Abdiaziz", "Mukhtar", "Bashir")  # fmt: skip
SO_SURNAMES = ("Mohamed", "Ali", "Ahmed", "Hassan", "Abdi", "Omar", "Hussein", "Farah", "Warsame", "Osman", "Jama", "Nur", "Aden", "Ismail", "Yusuf", "Abdullahi", "Duale", "Egal", "Mohamud", "Hirsi", "Dahir", "Gelle", "Abdirahman", "Elmi")  # fmt: skip
PL_WOMEN = ("Anna", "Katarzyna", "Maria", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna", "Magdalena", "Elżbieta", "Joanna", "Aleksandra", "Monika", "Zofia", "Teresa", "Danuta", "Natalia", "Karolina", "Marta", "Beata", "Dorota", "Justyna", "Paulina")  # fmt: skip
PL_MEN = ("Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Jan", "Michał", "Marcin", "Stanisław", "Jakub", "Adam", "Marek", "Łukasz", "Grzegorz", "Mateusz", "Wojciech", "Mariusz", "Dariusz", "Zbigniew", "Jerzy", "Maciej", "Rafał", "Kamil")  # fmt: skip
PL_SURNAMES = ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Kwiatkowski", "Wojciechowski", "Krawczyk", "Kaczmarek", "Piotrowski", "Grabowski", "Zając", "Pawłowski", "Michalski", "Król", "Wieczorek", "Nowicki", "Czarnecki", "Sawicki", "Zawadzki", "Wróbel", "Głowacki", "Jabłoński")  # fmt: skip
FA_WOMEN = ("Maryam", "Fatemeh", "Zahra", "Shirin", "Parisa", "Nasrin", "Leila", "Mahnaz", "Azadeh", "Roya", "Mina", "Golnaz", "Neda", "Shabnam", "Farideh", "Setareh", "Yasaman", "Niloufar", "Bahar", "Soheila")  # fmt: skip
FA_MEN = ("Mohammad", "Ali", "Reza", "Hossein", "Mehdi", "Amir", "Hamid", "Saeed", "Behrouz", "Dariush", "Farhad", "Majid", "Babak", "Kaveh", "Arash", "Omid", "Payam", "Kian", "Siavash", "Navid", "Ramin")  # fmt: skip
FA_SURNAMES = ("Hosseini", "Mohammadi", "Ahmadi", "Rezaei", "Karimi", "Hashemi", "Moradi", "Jafari", "Rahimi", "Mousavi", "Sadeghi", "Ghorbani", "Rostami", "Azizi", "Jalali", "Amini", "Kazemi", "Sharifi", "Bagheri", "Tehrani", "Farahani", "Nazari", "Shirazi", "Ebrahimi", "Hosseinzadeh", "Akbari")  # fmt: skip
BCS_WOMEN = ("Amra", "Emina", "Selma", "Lejla", "Amela", "Jasmina", "Mirela", "Ana", "Marija", "Ivana", "Jelena", "Dragana", "Snežana", "Mirsada", "Azra", "Senada", "Vesna", "Sanja", "Maja", "Nermina", "Elma", "Ajla", "Dijana")  # fmt: skip
BCS_MEN = ("Emir", "Adnan", "Mirza", "Haris", "Amir", "Edin", "Senad", "Nenad", "Dragan", "Zoran", "Milan", "Goran", "Stefan", "Marko", "Ivan", "Nikola", "Dejan", "Mladen", "Samir", "Damir", "Almir", "Ermin", "Jasmin")  # fmt: skip
BCS_SURNAMES = ("Hodžić", "Hadžić", "Kovačević", "Begić", "Delić", "Hasanović", "Mehmedović", "Ibrahimović", "Petrović", "Jovanović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Popović", "Ilić", "Horvat", "Kovačić", "Babić", "Marić", "Jurić", "Knežević", "Pavlović", "Mujić", "Alić", "Husić", "Suljić", "Omerović", "Halilović", "Čaušević", "Softić", "Mešić")  # fmt: skip
TR_WOMEN = ("Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Şerife", "Zehra", "Sultan", "Hanife", "Merve", "Özlem", "Esra", "Büşra", "Gül", "Derya", "Sevgi", "Songül", "Yasemin", "Filiz", "Aylin")  # fmt: skip
TR_MEN = ("Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Osman", "Yusuf", "Murat", "Ömer", "Ramazan", "Halil", "Süleyman", "Abdullah", "Mahmut", "Recep", "Emre", "Burak", "Serkan", "Kemal", "Erkan")  # fmt: skip
TR_SURNAMES = ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Polat", "Korkmaz", "Karakaya", "Erdoğan", "Güneş", "Aksoy", "Tekin", "Acar")  # fmt: skip
# Eritrea: the father's given name serves as the surname.
ER_WOMEN = ("Senait", "Helen", "Ruth", "Saba", "Selam", "Tsega", "Hiwet", "Meron", "Yordanos", "Semhar", "Mebrat", "Abrehet", "Tigist", "Luwam", "Rahel", "Freweini", "Mehret", "Winta", "Feven")  # fmt: skip
ER_MEN = ("Yonas", "Dawit", "Tesfay", "Kidane", "Michael", "Samuel", "Daniel", "Habte", "Berhane", "Solomon", "Yohannes", "Filmon", "Robel", "Tekle", "Mulugeta", "Efrem", "Amanuel", "Biniam", "Henok")  # fmt: skip
ER_SURNAMES = ("Tesfay", "Gebremariam", "Tekle", "Haile", "Berhane", "Kidane", "Ghebremedhin", "Woldu", "Mehari", "Asmerom", "Habte", "Tesfamariam", "Gebreyesus", "Ghirmay", "Mebrahtu", "Andemariam", "Negash", "Yemane", "Zeray", "Okbazghi")  # fmt: skip
AF_WOMEN = ("Fatima", "Maryam", "Zahra", "Masooda", "Nazanin", "Shabana", "Freshta", "Mursal", "Parwana", "Zarghuna", "Nilofar", "Marzia", "Farzana", "Roya", "Sadaf", "Laila", "Malalai", "Soraya")  # fmt: skip
AF_MEN = ("Mohammad", "Ahmad", "Ali", "Abdul", "Mustafa", "Hamid", "Reza", "Sayed", "Jawad", "Najib", "Farid", "Rahim", "Karim", "Nasir", "Wahid", "Hamza", "Ebrahim", "Mujtaba", "Hussain", "Sadiq")  # fmt: skip
AF_SURNAMES = ("Ahmadi", "Hussaini", "Mohammadi", "Rahimi", "Karimi", "Sultani", "Rezai", "Jafari", "Haidari", "Noori", "Sadat", "Popal", "Stanikzai", "Wardak", "Safi", "Amiri", "Nazari", "Hakimi", "Jalali", "Yousufzai", "Sharifi", "Azizi", "Nabizada")  # fmt: skip
TH_WOMEN = ("Supaporn", "Siriporn", "Kanokwan", "Sunisa", "Wanida", "Pornthip", "Malee", "Nittaya", "Kannika", "Jintana", "Ratana", "Somying", "Pranee", "Sirirat", "Naiyana", "Duangjai", "Oranuch", "Kanya", "Suda", "Pimchanok")  # fmt: skip
TH_MEN = ("Somchai", "Somsak", "Prasert", "Sompong", "Surachai", "Anan", "Wichai", "Chaiya", "Kittisak", "Nattapong", "Thanakorn", "Boonmee", "Somkiat", "Chatchai", "Prayoon", "Sakda", "Thawatchai", "Wirat")  # fmt: skip
TH_SURNAMES = ("Saetang", "Srisuk", "Wongsawat", "Chaiyaporn", "Thongdee", "Boonsri", "Kaewkham", "Sukjai", "Phromma", "Jaidee", "Rattanakorn", "Sombat", "Chantharat", "Inthapan", "Siriwat", "Saelim", "Suwannarat", "Thongsuk", "Charoenrat", "Kongsin")  # fmt: skip
# Chile and Latin America: two surnames (the father's, then the mother's) in most rows.
LA_WOMEN = ("María", "Carolina", "Claudia", "Patricia", "Francisca", "Camila", "Valentina", "Daniela", "Javiera", "Catalina", "Paula", "Ana", "Marcela", "Verónica", "Gabriela", "Constanza", "Andrea", "Paola", "Fernanda", "Lorena", "Ximena", "Soledad")  # fmt: skip
LA_MEN = ("José", "Juan", "Luis", "Carlos", "Jorge", "Francisco", "Cristián", "Rodrigo", "Felipe", "Sebastián", "Matías", "Diego", "Pablo", "Manuel", "Patricio", "Héctor", "Sergio", "Gonzalo", "Andrés", "Nicolás", "Mauricio", "Claudio", "Raúl")  # fmt: skip
LA_SURNAMES = ("González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez", "Sepúlveda", "Morales", "Rodríguez", "López", "Fuentes", "Hernández", "Torres", "Araya", "Flores", "Espinoza", "Valenzuela", "Castillo", "Tapia", "Reyes", "Gutiérrez", "Castro", "Pizarro", "Álvarez", "Vásquez", "Sánchez", "Fernández", "Ramírez", "Carrasco")  # fmt: skip
KU_WOMEN = ("Avin", "Berivan", "Rojda", "Dilan", "Nazdar", "Shilan", "Hevi", "Zozan", "Nisrin", "Jiyan", "Ronahi", "Gulistan", "Nergiz", "Hana", "Rojin", "Delal", "Sozdar", "Evin", "Viyan")  # fmt: skip
KU_MEN = ("Ahmad", "Rebin", "Dilshad", "Karwan", "Aram", "Shwan", "Hawre", "Ako", "Soran", "Rebaz", "Zana", "Diyar", "Hemin", "Baran", "Sherko", "Azad", "Kawa", "Bakhtiar", "Dara", "Rizgar", "Shivan")  # fmt: skip
KU_SURNAMES = ("Ahmed", "Mohammed", "Rashid", "Kareem", "Aziz", "Hawrami", "Mahmoud", "Hama", "Qadir", "Faraj", "Salih", "Mustafa", "Abdulla", "Osman", "Amin", "Jalal", "Sharif", "Bakr", "Rasul", "Tahir", "Khidir", "Zebari", "Doski", "Sindi", "Berwari")  # fmt: skip
IN_WOMEN = ("Priya", "Anjali", "Pooja", "Neha", "Divya", "Sunita", "Kavita", "Deepa", "Lakshmi", "Meera", "Shreya", "Aishwarya", "Ritu", "Nisha", "Swati", "Ananya", "Sneha", "Rekha", "Sonia")  # fmt: skip
IN_MEN = ("Rahul", "Amit", "Rajesh", "Suresh", "Vikram", "Arjun", "Sanjay", "Anil", "Ravi", "Rohit", "Karthik", "Vijay", "Aditya", "Manoj", "Deepak", "Nikhil", "Pradeep", "Ashok", "Sunil", "Arun")  # fmt: skip
IN_SURNAMES = ("Patel", "Sharma", "Singh", "Kumar", "Gupta", "Reddy", "Iyer", "Nair", "Rao", "Shah", "Joshi", "Mehta", "Verma", "Mishra", "Das", "Menon", "Pillai", "Krishnan", "Chatterjee", "Banerjee", "Desai", "Agarwal", "Kulkarni", "Bhat")  # fmt: skip
ZH_WOMEN = ("Jing", "Li", "Fang", "Yan", "Min", "Ying", "Hui", "Xiaoyan", "Na", "Juan", "Mei", "Ling", "Xue", "Qian", "Yun", "Lan", "Hong", "Ping", "Xin", "Yu")  # fmt: skip
ZH_MEN = ("Wei", "Jun", "Lei", "Yong", "Jie", "Tao", "Ming", "Qiang", "Hao", "Bo", "Chao", "Peng", "Gang", "Jian", "Feng", "Yang", "Bin", "Long", "Xiang", "Zhiwei")  # fmt: skip
ZH_SURNAMES = ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang")  # fmt: skip
UA_WOMEN = ("Olena", "Nataliia", "Tetiana", "Iryna", "Oksana", "Svitlana", "Yuliia", "Kateryna", "Anastasiia", "Olha", "Mariia", "Viktoriia", "Liudmyla", "Halyna", "Daria", "Alina", "Nadiia", "Larysa")  # fmt: skip
UA_MEN = ("Oleksandr", "Serhii", "Andrii", "Volodymyr", "Dmytro", "Oleh", "Yurii", "Mykola", "Vasyl", "Ivan", "Ihor", "Viktor", "Maksym", "Bohdan", "Taras", "Roman", "Vitalii", "Artem")  # fmt: skip
UA_SURNAMES = ("Melnyk", "Shevchenko", "Boiko", "Kovalenko", "Bondarenko", "Tkachenko", "Kovalchuk", "Kravchenko", "Oliinyk", "Shevchuk", "Koval", "Polishchuk", "Bondar", "Tkachuk", "Moroz", "Marchenko", "Lysenko", "Rudenko", "Savchenko", "Petrenko", "Kravchuk", "Pavlenko")  # fmt: skip
DE_WOMEN = ("Ursula", "Monika", "Petra", "Sabine", "Andrea", "Claudia", "Susanne", "Stefanie", "Katrin", "Anja", "Julia", "Sandra", "Heike", "Birgit", "Nicole", "Christine", "Renate", "Gabriele", "Martina", "Karin")  # fmt: skip
DE_MEN = ("Thomas", "Michael", "Andreas", "Stefan", "Peter", "Klaus", "Jürgen", "Wolfgang", "Frank", "Uwe", "Markus", "Christian", "Matthias", "Dieter", "Bernd", "Hans", "Ralf", "Sven", "Tobias", "Jörg")  # fmt: skip
DE_SURNAMES = ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann")  # fmt: skip
# Norway and Denmark.
NO_WOMEN = ("Anne", "Inger", "Kari", "Marianne", "Hanne", "Mette", "Kirsten", "Randi", "Ingrid", "Liv", "Bente", "Solveig", "Tone", "Camilla", "Lene", "Ragnhild", "Trine", "Sigrid")  # fmt: skip
NO_MEN = ("Jan", "Per", "Bjørn", "Ole", "Lars", "Kjell", "Knut", "Arne", "Jens", "Søren", "Morten", "Henrik", "Rune", "Thomas", "Ola", "Espen", "Geir", "Trond")  # fmt: skip
NO_SURNAMES = ("Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Johannessen", "Jacobsen", "Rasmussen", "Sørensen", "Nielsen", "Christensen", "Madsen", "Dahl", "Halvorsen")  # fmt: skip

ORIGINS = {
    "swedish": Origin(ranked(SV_WOMEN, 150), ranked(SV_MEN, 150), ranked(SV_SURNAMES, 150)),
    "us": Origin(weighted(US_WOMEN, 150), weighted(US_MEN, 150), weighted(US_SURNAMES, 150)),
    "uk": Origin(ranked(UK_WOMEN, 130), ranked(UK_MEN, 130), ranked(UK_SURNAMES, 150)),
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
    "indian": Origin(ranked(IN_WOMEN, 10), ranked(IN_MEN, 10), ranked(IN_SURNAMES, 10)),
    "chinese": Origin(ranked(ZH_WOMEN, 10), ranked(ZH_MEN, 10), ranked(ZH_SURNAMES, 10)),
    "ukrainian": Origin(ranked(UA_WOMEN, 10), ranked(UA_MEN, 10), ranked(UA_SURNAMES, 10)),
    "german": Origin(ranked(DE_WOMEN, 10), ranked(DE_MEN, 10), ranked(DE_SURNAMES, 10)),
    "nordic": Origin(ranked(NO_WOMEN, 10), ranked(NO_MEN, 10), ranked(NO_SURNAMES, 10)),
}

# Who is named, per language of the row: roughly Sweden's population in Swedish and mixed text,
# the US and the UK in English text.
MIXES = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "afghan": 1.5, "turkish": 1.5, "kurdish": 1.5, "nordic": 1.5, "eritrean": 1.2,
        "ukrainian": 1.2, "german": 1, "thai": 1, "latin": 1, "indian": 0.8, "chinese": 0.6,
        "uk": 0.6, "us": 0.5,
    },
    "en": {
        "us": 38, "uk": 34, "swedish": 10, "indian": 4, "arabic": 2, "latin": 2, "polish": 1.5,
        "chinese": 1.5, "german": 1.5, "nordic": 1, "finnish": 1, "persian": 1, "turkish": 0.8,
        "ukrainian": 0.8, "somali": 0.7, "bcs": 0.6, "thai": 0.5, "eritrean": 0.4, "afghan": 0.4,
        "kurdish": 0.4,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 9, "arabic": 5, "finnish": 3, "polish": 3, "persian": 2.5,
        "bcs": 2, "indian": 2, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5, "nordic": 1.5,
        "afghan": 1.2, "ukrainian": 1.2, "german": 1.2, "eritrean": 1, "thai": 1, "latin": 1,
        "chinese": 1,
    },
}  # fmt: skip

# Short forms people use for a given name, by origin.
NICK_SV = {
    "Lars": ["Lasse"], "Mikael": ["Micke"], "Joakim": ["Jocke"], "Karl": ["Kalle"], "Per": ["Pelle", "Peppe"],
    "Johan": ["Jojje"], "Charlotte": ["Lotta"], "Susanne": ["Sussie", "Susse"], "Elisabeth": ["Lisa", "Bettan", "Lisbeth"],
    "Margareta": ["Maggan", "Greta"], "Kristina": ["Stina", "Kicki"], "Christina": ["Stina", "Kicki"],
    "Katarina": ["Kattis", "Kajsa"], "Magnus": ["Mange"], "Marcus": ["Mackan"], "Fredrik": ["Fredde"],
    "Robert": ["Robban"], "Thomas": ["Tompa"], "Patrik": ["Patte"], "Gustav": ["Gurra", "Gusse"],
    "Christoffer": ["Chrille"], "Christer": ["Chrille"], "Kristoffer": ["Krille"], "Henrik": ["Henke"],
    "Mattias": ["Matte"], "Niklas": ["Nicke"], "Daniel": ["Danne"], "Tobias": ["Tobbe"], "Sebastian": ["Sebbe"],
    "Alexander": ["Alex", "Acke"], "William": ["Wille", "Ville"], "Birgitta": ["Bigge", "Gittan"],
    "Barbro": ["Babsan"], "Madeleine": ["Madde"], "Josefin": ["Josse"], "Matilda": ["Tilda"], "Rebecka": ["Becka"],
    "Olof": ["Olle"], "Nils": ["Nisse"], "Sven": ["Svenne"], "Bengt": ["Bengan"], "Leif": ["Leffe"],
    "Rolf": ["Roffe"], "Stefan": ["Steffe"], "Jan": ["Janne"], "Hans": ["Hasse"], "Ulf": ["Uffe"],
    "Torbjörn": ["Tobbe"], "Bo": ["Bosse"], "Jörgen": ["Jögge"], "Lennart": ["Lelle"], "Rickard": ["Ricky"],
    "Oskar": ["Ogge"], "Filip": ["Fille"], "Alfred": ["Affe"], "Anders": ["Affe"], "Göran": ["Göte"],
    "Ingegerd": ["Inge"], "Gunilla": ["Gunsan"], "Annika": ["Anki"], "Kerstin": ["Kersti"], "Jonathan": ["Jonte"],
    "Viktor": ["Vicke"], "Ludvig": ["Ludde"], "Albin": ["Abbe"], "Kenneth": ["Kenta"],
}  # fmt: skip
NICK_EN = {
    "Robert": ["Rob", "Bob", "Bobby"], "William": ["Will", "Bill", "Billy"], "Michael": ["Mike", "Mick"],
    "James": ["Jim", "Jimmy", "Jamie"], "Richard": ["Rick", "Richie"], "Elizabeth": ["Liz", "Beth", "Lizzie"],
    "Jennifer": ["Jen", "Jenny"], "Christopher": ["Chris"], "Thomas": ["Tom", "Tommy"], "Margaret": ["Maggie", "Peggy"],
    "Katherine": ["Kate", "Katie"], "Catherine": ["Cathy", "Kate"], "Daniel": ["Dan", "Danny"], "Matthew": ["Matt"],
    "Anthony": ["Tony"], "Joseph": ["Joe"], "Edward": ["Ed", "Ted", "Eddie"], "Alexander": ["Alex"],
    "Samantha": ["Sam"], "Rebecca": ["Becky", "Becca"], "Victoria": ["Vicky", "Tori"], "Jessica": ["Jess"],
    "Nicholas": ["Nick"], "Benjamin": ["Ben"], "Stephen": ["Steve"], "Steven": ["Steve"], "Andrew": ["Andy", "Drew"],
    "Patricia": ["Pat", "Trish"], "Susan": ["Sue", "Suzy"], "Deborah": ["Debbie", "Deb"], "Kimberly": ["Kim"],
    "Jonathan": ["Jon"], "Timothy": ["Tim"], "Charles": ["Charlie", "Chuck"], "David": ["Dave"], "Peter": ["Pete"],
    "Gregory": ["Greg"], "Douglas": ["Doug"], "Kenneth": ["Ken", "Kenny"], "Donald": ["Don"], "Ronald": ["Ron", "Ronnie"],
    "Barbara": ["Barb"], "Dorothy": ["Dot", "Dottie"], "Charlotte": ["Lottie"], "Eleanor": ["Ellie", "Nell"],
    "Abigail": ["Abby"], "Oliver": ["Ollie"], "Frederick": ["Fred", "Freddie"], "Joshua": ["Josh"],
    "Philip": ["Phil"], "Gerald": ["Gerry"], "Lawrence": ["Larry"], "Jacqueline": ["Jackie"], "Pamela": ["Pam"],
    "Christine": ["Chris", "Chrissie"], "Nicola": ["Nicky"], "Stephanie": ["Steph"], "Alison": ["Ali"],
    "Zachary": ["Zach"], "Raymond": ["Ray"], "Terence": ["Terry"], "Leonard": ["Len", "Lenny"],
}  # fmt: skip
NICK_PL = {
    "Małgorzata": ["Gosia"], "Katarzyna": ["Kasia"], "Aleksandra": ["Ola"], "Agnieszka": ["Aga"],
    "Magdalena": ["Magda"], "Krzysztof": ["Krzysiek"], "Tomasz": ["Tomek"], "Piotr": ["Piotrek"],
    "Jakub": ["Kuba"], "Wojciech": ["Wojtek"], "Joanna": ["Asia"], "Elżbieta": ["Ela"],
}  # fmt: skip
NICK_LA = {"Francisca": ["Pancha", "Fran"], "José": ["Pepe"], "Francisco": ["Pancho"], "Patricio": ["Pato"], "Soledad": ["Sole"], "Constanza": ["Coni"]}  # fmt: skip
NICK_FI = {"Juha": ["Jussi"], "Matti": ["Masa"], "Pekka": ["Pekkis"], "Marjatta": ["Marja"]}  # fmt: skip
NICKNAMES = {
    "swedish": NICK_SV,
    "us": NICK_EN,
    "uk": NICK_EN,
    "polish": NICK_PL,
    "latin": NICK_LA,
    "finnish": NICK_FI,
}
