# ruff: noqa: E501
"""Name pools of held-out EO (issue 15): names as the population has them, by origin and weight.

Swedish given names and surnames in the order of SCB's name statistics (written from the writer's
general knowledge of those lists; weight 1/rank; the head is the top 150, the tail the rarer names
past them), the US Census 1990 lists (public domain; copied from the `names` package's data files
`dist.female.first`, `dist.male.first` and `dist.all.last`, with the census per cent as weight),
UK given names and surnames in the order of the ONS rankings (general knowledge, 1/rank), and the
commonest given names and surnames of origins common in Sweden (general knowledge, 1/rank, head
10). None of them was checked against anything in the repository: no name is left out for being
known or unknown to the detector.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this share, else from its tail


@dataclass(frozen=True)
class Pool:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int  # the first `head` names are the head, the rest the tail


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def ranked(names: tuple[str, ...], head: int) -> Pool:
    """A pool weighted 1/rank, in the order given; a name written twice keeps its first rank."""
    seen: list[str] = []
    for name in names:
        if name not in seen:
            seen.append(name)
    return Pool(tuple(seen), tuple(1 / (i + 1) for i in range(len(seen))), min(head, len(seen)))


def census(rows: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A pool weighted by the census per cent."""
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


# --- Sweden (SCB's order, tilltalsnamn for given names) ---------------------------------------
SV_WOMEN_HEAD = (
    "Anna", "Eva", "Maria", "Karin", "Sara", "Kristina", "Lena", "Emma", "Kerstin", "Ingrid",
    "Marie", "Malin", "Jenny", "Hanna", "Linda", "Inger", "Annika", "Sofia", "Elin", "Birgitta",
    "Susanne", "Monica", "Ida", "Johanna", "Elisabeth", "Ulla", "Camilla", "Julia", "Cecilia", "Margareta",
    "Anneli", "Helena", "Therese", "Gunilla", "Louise", "Åsa", "Carina", "Anette", "Frida", "Ulrika",
    "Matilda", "Maja", "Emelie", "Marianne", "Alice", "Amanda", "Lisa", "Ebba", "Josefin", "Sandra",
    "Ann", "Elsa", "Agneta", "Lina", "Jessica", "Caroline", "Moa", "Ella", "Siv", "Barbro",
    "Anita", "Wilma", "Britt", "Yvonne", "Pia", "Gun", "Emilia", "Klara", "Ingela", "Mona",
    "Elisabet", "Charlotte", "Madeleine", "Katarina", "Astrid", "Felicia", "Alva", "Ingegerd", "Elina", "Agnes",
    "Tove", "Olivia", "Viktoria", "Vera", "Nathalie", "Linnea", "Stina", "Sofie", "Gunnel", "Rebecka",
    "Mikaela", "Irene", "Lovisa", "Elvira", "Britt-Marie", "Berit", "Ellen", "Märta", "Jennie", "Mia",
    "Gunvor", "Ann-Marie", "Margit", "Inga", "Sonja", "Signe", "Ylva", "Lotta", "Tina", "Ronja",
    "Isabelle", "Nora", "Alma", "Saga", "Selma", "Tilda", "Sigrid", "Hedvig", "Freja", "Ester",
    "Tuva", "Nellie", "Linnéa", "Vilma", "Clara", "Maj", "Gerd", "Ann-Christin", "Ann-Sofie", "Eleonor",
    "Jeanette", "Petra", "Veronica", "Maj-Britt", "Karolina", "Josefine", "Rut", "Lilly", "Thea", "Evelina",
    "Marina", "Solveig", "Isabella", "Tyra", "Iris", "Nina", "Kajsa", "Mathilda", "Lisbeth", "Anna-Karin",
)  # fmt: skip
SV_WOMEN_TAIL = (
    "Alexandra", "Alicia", "Angelica", "Anja", "Ann-Britt", "Ann-Charlotte", "Ann-Kristin", "Ann-Louise", "Ann-Mari", "Anne",
    "Annelie", "Annette", "Annie", "Antonia", "Asta", "Aurora", "Beatrice", "Bella", "Benita", "Bodil",
    "Britta", "Carin", "Carolina", "Catarina", "Cajsa", "Charlotta", "Christel", "Christin", "Dagny", "Daniela",
    "Doris", "Edit", "Edla", "Elise", "Elna", "Eivor", "Ellinor", "Elvy", "Embla", "Emmy",
    "Erika", "Estelle", "Ewa", "Fanny", "Filippa", "Gabriella", "Greta", "Gudrun", "Gunhild", "Gull-Britt",
    "Gunborg", "Hedda", "Heidi", "Helen", "Helén", "Hilda", "Hjördis", "Idun", "Ines", "Ingeborg",
    "Inga-Lill", "Irma", "Isa", "Jannike", "Jasmine", "Jill", "Joline", "Judit", "Juni", "Kaisa",
    "Karolin", "Katja", "Kim", "Kristin", "Laila", "Lea", "Lilian", "Liv", "Liselotte", "Livia",
    "Lo", "Lovis", "Lova", "Mari", "Maud", "Majvor", "Maj-Lis", "Marita", "Marléne", "Martina",
    "Meja", "Melinda", "Melissa", "Milla", "Minna", "Mira", "My", "Nanna", "Nelly", "Nova",
    "Olga", "Paula", "Pernilla", "Rakel", "Ragnhild", "Regina", "Rigmor", "Rosa", "Ruth", "Sally",
    "Sanna", "Siri", "Stella", "Svea", "Sylvia", "Tekla", "Tora", "Tilde", "Tindra", "Tone",
    "Ulla-Britt", "Valborg", "Vendela", "Viola", "Viveka", "Vivi", "Åse", "Agnetha", "Alfhild", "Alina",
    "Amelia", "Ann-Helen", "Annica", "Ann-Sofi", "Aina", "Beata", "Birgit", "Blenda", "Carola", "Cornelia",
    "Desirée", "Diana", "Eira", "Ellie", "Elsie", "Evy", "Gerda", "Gertrud", "Gisela", "Göta",
    "Harriet", "Helga", "Henrietta", "Hillevi", "Inez", "Ingegärd", "Irja", "Jennifer", "Josefina", "Linn",
    "Lisen", "Liselott", "Louisa", "Lydia", "Madelene", "Magdalena", "Malva", "Margaretha", "Margot", "Marielle",
    "Marit", "Mimmi", "Molly", "Märtha", "Natalie", "Noomi", "Othilia", "Pauline", "Rebecca", "Rosmarie",
    "Sabina", "Sigrun", "Solbritt", "Susann", "Tanja", "Thyra", "Therése", "Ulrica", "Unni", "Vanja",
    "Victoria", "Vivianne", "Wilhelmina", "Lillemor", "Marika", "Malou", "Ingalill", "Elly", "Majken", "Gullan",
    "Ann-Katrin", "Eva-Lena", "Lise-Lotte", "Anna-Lena", "Mari-Louise", "Karin-Marie", "Signhild", "Ingbritt", "Dagmar", "Edith",
)  # fmt: skip
SV_MEN_HEAD = (
    "Lars", "Mikael", "Anders", "Johan", "Per", "Erik", "Karl", "Peter", "Thomas", "Jan",
    "Daniel", "Fredrik", "Hans", "Andreas", "Bengt", "Stefan", "Mats", "Magnus", "Bo", "Alexander",
    "Mattias", "Jonas", "Göran", "Nils", "Marcus", "Oskar", "Leif", "Martin", "Sven", "Björn",
    "Ulf", "Henrik", "Christer", "Bertil", "Lennart", "Kjell", "Rolf", "Tommy", "David", "Emil",
    "Viktor", "Simon", "Olof", "Ingemar", "Gustav", "Patrik", "Robert", "Joakim", "Håkan", "Anton",
    "Jonathan", "Sebastian", "Filip", "William", "Roger", "Linus", "Christian", "Axel", "Tobias", "Niklas",
    "Kent", "Stig", "Hugo", "Kenneth", "Robin", "Gunnar", "Johnny", "Jesper", "Rickard", "Lucas",
    "Roland", "Claes", "Jakob", "Adam", "Dan", "Elias", "Arne", "Johannes", "Ludvig", "Kurt",
    "Jimmy", "Liam", "Kristoffer", "Isak", "Åke", "Ove", "Torbjörn", "Tomas", "Leo", "Albin",
    "Oliver", "Edvin", "Sune", "Ronny", "Gösta", "Vincent", "Rasmus", "Hampus", "Samuel", "Joel",
    "Felix", "Noah", "Benjamin", "Olle", "Arvid", "Melvin", "Ivar", "Theo", "Malte", "Gabriel",
    "Josef", "Tim", "Elis", "Wilhelm", "Dennis", "Mohammed", "Carl", "Harry", "Sixten", "Alfred",
    "Vilgot", "Jörgen", "Urban", "Conny", "Torsten", "Sten", "Allan", "Rune", "Ingvar", "Tord",
    "Eric", "Pontus", "Kevin", "Max", "Sam", "Melker", "Folke", "Evert", "Birger", "Staffan",
    "Morgan", "Sture", "Einar", "Holger", "Valter", "Love", "Charlie", "Viggo", "Otto", "Frans",
)  # fmt: skip
SV_MEN_TAIL = (
    "Adrian", "Agne", "Albert", "Alf", "Alvar", "Ante", "Arnold", "Artur", "Assar", "Benny",
    "Berndt", "Bernt", "Bruno", "Börje", "Carl-Johan", "Casper", "Christoffer", "Dag", "Dick", "Egon",
    "Eddie", "Elof", "Elvin", "Emanuel", "Enar", "Erling", "Esbjörn", "Eskil", "Frank", "Fritz",
    "Georg", "Gerhard", "Gert", "Greger", "Gustaf", "Göte", "Hadar", "Halvar", "Harald", "Helge",
    "Henning", "Herbert", "Hilding", "Hjalmar", "Ingmar", "Ivan", "Jack", "Jacob", "Jens", "Jerker",
    "Jim", "Joar", "John", "Jon", "Jonny", "Julius", "Jöns", "Kaj", "Karl-Erik", "Karl-Johan",
    "Kennet", "Kim", "Knut", "Konrad", "Krister", "Kristian", "Lage", "Lars-Erik", "Lars-Göran", "Leon",
    "Levi", "Lukas", "Manne", "Markus", "Mathias", "Matteus", "Mauritz", "Milton", "Mio", "Måns",
    "Nicklas", "Nicolas", "Nils-Erik", "Noel", "Oscar", "Ossian", "Patric", "Paul", "Per-Olof", "Peder",
    "Ragnar", "Reine", "Reinhold", "Rikard", "Roine", "Ronnie", "Rudolf", "Sigvard", "Sigurd", "Sivert",
    "Stellan", "Svante", "Sölve", "Tage", "Thor", "Tor", "Tore", "Ture", "Tyko", "Uno",
    "Valdemar", "Vidar", "Vilhelm", "Walter", "Werner", "Yngve", "Östen", "Örjan", "Jan-Erik", "Jan-Olof",
    "Karl-Gustav", "Bo-Göran", "Lars-Olof", "Sven-Erik", "Per-Erik", "Hans-Erik", "Ola", "Ole", "Seth", "Sonny",
    "Tony", "Ulrik", "Zakarias", "Hannes", "Hjalte", "Jarl", "Kasper", "Leopold", "Marcel", "Mattis",
    "Rafael", "Sigge", "Ted", "Teodor", "Timo", "Valentin", "Vide", "Wilmer", "Algot", "Edgar",
    "Fabian", "Ebbe", "August", "Loke", "Douglas", "Abbe", "Alvin", "Bill", "Charles", "Curt",
    "Enok", "Erland", "Gottfrid", "Gunder", "Helmer", "Herman", "Ingolf", "Jarmo",
    "Kalle", "Kristofer", "Lenny", "Lorentz", "Ludwig", "Magne", "Mohamed", "Ahmed", "Ali", "Nore",
    "Osvald", "Rurik", "Severin", "Sigfrid", "Styrbjörn", "Torgny", "Verner",
    "Wiktor", "Yusuf", "Åsmund", "Jan-Åke", "Per-Anders", "Lars-Åke", "Karl-Axel", "Nils-Olof", "Sten-Åke",
    "Bror", "Ingvald", "Julian", "Kenth", "Lennarth", "Matz", "Orvar", "Thure",
)  # fmt: skip
SV_SURNAMES_HEAD = (
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson",
    "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Olofsson",
    "Lindström", "Lindqvist", "Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren", "Lundqvist",
    "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg", "Ali", "Wallin", "Mohammed",
    "Engström", "Eklund", "Danielsson", "Lundin", "Håkansson", "Björk", "Bergman", "Gunnarsson", "Holm", "Wikström",
    "Samuelsson", "Isaksson", "Fransson", "Bergqvist", "Nyström", "Holmberg", "Arvidsson", "Löfgren", "Söderberg", "Nyberg",
    "Blomqvist", "Claesson", "Nordström", "Ahmed", "Mårtensson", "Lundström", "Hassan", "Viklund", "Björklund", "Eliasson",
    "Pålsson", "Berggren", "Sandström", "Lund", "Nordin", "Ström", "Åberg", "Falk", "Ekström", "Hermansson",
    "Holmgren", "Dahlberg", "Hellström", "Hedlund", "Sundberg", "Sjögren", "Ek", "Blom", "Abrahamsson", "Martinsson",
    "Öberg", "Andreasson", "Strömberg", "Månsson", "Hansen", "Åkesson", "Dahl", "Lindholm", "Norberg", "Holmqvist",
    "Mohamed", "Jensen", "Sundström", "Ibrahim", "Hussein", "Ekman", "Sundqvist", "Omar", "Friberg", "Lindblom",
    "Nordlund", "Sjöström", "Björn", "Lindahl", "Nyman", "Borg", "Ivarsson", "Engberg", "Söderström", "Hedberg",
    "Adolfsson", "Lindén", "Jonasson", "Sundin", "Lundmark", "Boström", "Östlund", "Nordqvist", "Jacobsson", "Hedström",
    "Ekberg", "Lindell", "Strand", "Åström", "Sandin", "Forsman", "Johnsson", "Hallberg", "Söderlund", "Nordgren",
    "Lindroth", "Hagström", "Sahlin", "Wahlström", "Malmberg", "Ekholm", "Kristiansson", "Björkman", "Backman", "Stenberg",
)  # fmt: skip
SV_SURNAMES_TAIL = (
    "Ahlberg", "Ahlgren", "Ahlström", "Almqvist", "Alm", "Asplund", "Backlund", "Bengtson", "Bergdahl", "Bergh",
    "Berglöf", "Bergsten", "Blixt", "Bohlin", "Bolin", "Brandt", "Broberg", "Bäckström", "Carlsson", "Carlström",
    "Dahlgren", "Dahlqvist", "Dahlström", "Edberg", "Edlund", "Edström", "Ekdahl", "Eklöf", "Ekwall", "Elofsson",
    "Emanuelsson", "Englund", "Erlandsson", "Fagerström", "Flodin", "Forsgren", "Forslund", "Frisk", "Gabrielsson", "Granberg",
    "Granström", "Grahn", "Gustavsson", "Göransson", "Hagberg", "Hagman", "Hallgren", "Hammarström", "Hedin", "Hedman",
    "Hellberg", "Hellman", "Henningsson", "Hjalmarsson", "Holmström", "Hult", "Hägg", "Höglund", "Jernberg", "Josefsson",
    "Karlberg", "Karlström", "Kjellberg", "Knutsson", "Kvist", "Landin", "Lantz", "Liljegren", "Lilja", "Lindblad",
    "Lindkvist", "Lindmark", "Linde", "Ljung", "Ljungberg", "Ljunggren", "Lönn", "Malm", "Malmqvist", "Marklund",
    "Melin", "Moberg", "Modig", "Nord", "Nordberg", "Norén", "Norling", "Norman", "Nylander", "Nylund",
    "Näslund", "Ottosson", "Palm", "Palmqvist", "Paulsson", "Pihl", "Ragnarsson", "Rosén", "Rydberg", "Rydén",
    "Sandgren", "Selin", "Sjödin", "Sjölund", "Skog", "Skoglund", "Sten", "Stenström", "Strandberg", "Sundell",
    "Svedberg", "Svärd", "Thorén", "Thunberg", "Törnqvist", "Wahlberg", "Wennberg", "Westberg", "Westerberg", "Westin",
    "Westman", "Wiberg", "Wikberg", "Wiklund", "Wikman", "Åkerlund", "Åkerman", "Ågren", "Åhman", "Öhman",
    "Östberg", "Östman", "Ljungqvist", "Lundh", "Lundholm", "Lundell", "Lindvall", "Aronsson", "Backström", "Björling",
    "Brodin", "Brännström", "Burman", "Byström", "Carlberg", "Edvardsson", "Enqvist", "Ferm", "Fors", "Franzén",
    "Gran", "Grönlund", "Grönberg", "Gullberg", "Haglund", "Hallin", "Holgersson", "Hultgren", "Hultman", "Isberg",
    "Jeppsson", "Jernström", "Kling", "Krantz", "Levin", "Lundahl", "Lövgren", "Molin", "Nordmark", "Nyqvist",
    "Olausson", "Rask", "Roos", "Salomonsson", "Sjöholm", "Sjöstedt", "Stenlund", "Ståhl", "Sörensen", "Thörn",
    "Torstensson", "Zetterberg", "Zetterlund", "Åslund", "Khalil", "Abdullahi", "Said", "Yusuf", "Abdi", "Nguyen",
    "Kaya", "Yilmaz", "Jama", "Hosseini", "Rahimi", "Osman", "Saleh", "Abbas", "Salih", "Demir",
    "von Sydow", "Stiernstedt", "Leijonhufvud", "Bonde", "Oxenstierna", "Silfverschiöld", "Posse", "von Rosen", "De la Gardie", "af Wetterstedt",
    "Ehrenborg", "Adlercreutz", "Lagercrantz", "Cederschiöld", "Ridderstolpe", "Uggla", "Sparre", "Bielke", "Kuylenstierna", "von Horn",
    "Alsterlund", "Boman", "Dahlén", "Ekelund", "Fält", "Granlund", "Hed", "Jäderberg", "Kärrman", "Lidén",
    "Mellgren", "Nordenberg", "Pettersén", "Rehn", "Ringqvist", "Skarp", "Stenmark", "Sverker", "Tidholm", "Vikström",
)  # fmt: skip

# --- United Kingdom (ONS rankings: babies' names of recent years and the adult population's) ---
UK_WOMEN = (
    "Olivia", "Amelia", "Isla", "Ava", "Emily", "Sophia", "Grace", "Mia", "Poppy", "Ella",
    "Lily", "Evie", "Isabella", "Sophie", "Ivy", "Freya", "Harper", "Willow", "Charlotte", "Jessica",
    "Sarah", "Emma", "Laura", "Rebecca", "Hannah", "Lauren", "Amy", "Rachel", "Jennifer", "Nicola",
    "Claire", "Helen", "Louise", "Michelle", "Elizabeth", "Katie", "Lucy", "Victoria", "Samantha", "Gemma",
    "Stephanie", "Kelly", "Natalie", "Zoe", "Chloe", "Megan", "Jade", "Holly", "Georgia", "Abigail",
    "Eleanor", "Florence", "Alice", "Matilda", "Rosie", "Daisy", "Phoebe", "Ruby", "Elsie", "Millie",
    "Scarlett", "Evelyn", "Maisie", "Esme", "Sienna", "Harriet", "Imogen", "Bethany", "Leah", "Caitlin",
    "Joanne", "Karen", "Susan", "Margaret", "Patricia", "Linda", "Julie", "Deborah", "Tracey", "Lisa",
    "Donna", "Angela", "Jacqueline", "Dawn", "Wendy", "Alison", "Catherine", "Janet", "Pauline", "Christine",
    "Carol", "Sandra", "Gillian", "Jane", "Anne", "Mary", "Jean", "Barbara", "Sheila", "Maureen",
    "Brenda", "Valerie", "Lorraine", "Sharon", "Andrea", "Diane", "Joan", "Dorothy", "Kathleen", "Hazel",
    "Heather", "Fiona", "Kirsty", "Hayley", "Leanne", "Kerry", "Danielle", "Natasha", "Kimberley", "Lydia",
    "Martha", "Beatrice", "Iris", "Violet", "Aria", "Mila", "Maya", "Layla", "Luna", "Rose",
    "Agnes", "Ada", "Annabelle", "Arabella", "Beth", "Bryony", "Carys", "Cerys", "Connie", "Edith",
    "Eliza", "Elodie", "Felicity", "Frances", "Georgina", "Gwen", "Isobel", "Jemima", "Kate", "Mabel",
    "Maria", "Marion", "Mollie", "Nancy", "Niamh", "Orla", "Philippa", "Rhiannon", "Sian", "Siobhan",
    "Tilly", "Verity", "Winifred", "Yvonne", "Zara", "Aisling", "Ailsa", "Bronwen", "Eilidh", "Gail",
    "Jill", "Judith", "Lesley", "Moira", "Rosemary", "Shirley", "Tessa", "Theresa", "Morag", "Rowena",
    "Clara", "Penelope", "Anna", "Emilia", "Hallie", "Lottie", "Honor", "Una", "Trudy", "Ciara",
)  # fmt: skip
UK_MEN = (
    "Oliver", "George", "Noah", "Arthur", "Muhammad", "Leo", "Harry", "Oscar", "Archie", "Henry",
    "Theodore", "Freddie", "Jack", "Charlie", "Theo", "Alfie", "Jacob", "Thomas", "Finley", "Arlo",
    "William", "Lucas", "Tommy", "Isaac", "Teddy", "Edward", "James", "Joshua", "Samuel", "Daniel",
    "Matthew", "Ryan", "Luke", "Benjamin", "Adam", "Alexander", "Michael", "David", "Christopher", "Andrew",
    "Mark", "Paul", "John", "Richard", "Robert", "Stephen", "Peter", "Anthony", "Kevin", "Gary",
    "Ian", "Simon", "Neil", "Martin", "Jason", "Lee", "Craig", "Darren", "Stuart", "Wayne",
    "Scott", "Jonathan", "Nicholas", "Carl", "Dean", "Graham", "Keith", "Alan", "Colin", "Brian",
    "Derek", "Trevor", "Barry", "Kenneth", "Raymond", "Roy", "Philip", "Nigel", "Malcolm", "Geoffrey",
    "Dennis", "Terence", "Gordon", "Ronald", "Stanley", "Harold", "Albert", "Frederick", "Ernest", "Jamie",
    "Ben", "Liam", "Connor", "Callum", "Kieran", "Jordan", "Nathan", "Aaron", "Joseph", "Elliot",
    "Max", "Reuben", "Louie", "Hugo", "Sebastian", "Ethan", "Dylan", "Toby", "Alfred", "Albie",
    "Rory", "Jude", "Ezra", "Jenson", "Harrison", "Mason", "Logan", "Zachary", "Elijah", "Ronnie",
    "Frankie", "Reggie", "Roman", "Hunter", "Rowan", "Angus", "Barnaby", "Bernard", "Cameron", "Ciaran",
    "Clive", "Declan", "Dominic", "Duncan", "Eamon", "Euan", "Fergus", "Gareth", "Gavin", "Glyn",
    "Hamish", "Howard", "Huw", "Iain", "Ivor", "Jasper", "Kyle", "Lewis", "Marcus", "Niall",
    "Owen", "Patrick", "Rhys", "Rupert", "Russell", "Seamus", "Shaun", "Tristan", "Vincent", "Warren",
    "Gethin", "Dafydd", "Alistair", "Ross", "Hywel", "Lachlan", "Brendan", "Desmond", "Leslie", "Norman",
    "Cyril", "Clifford", "Rodney", "Gerald", "Julian", "Crispin", "Oisin", "Cillian", "Aled", "Emrys",
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
    "Hancock", "Thornton", "Baldwin", "Burrows", "Briggs", "Storey", "Pugh", "Tomlinson", "Connolly", "Craig",
    "Davey", "Power", "Fuller", "Hodges", "MacLeod", "Fraser", "Sinclair", "Llewellyn", "Pryce", "Vaughan",
)  # fmt: skip

# --- United States (Census 1990: name, per cent of the population) ------------------------------
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
    ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042),
)  # fmt: skip
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
    ("Earnest", 0.031),
)  # fmt: skip
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
    ("Saunders", 0.027), ("Wise", 0.027), ("Colon", 0.027), ("Gill", 0.027), ("Alvarado", 0.027),
    ("Greer", 0.026), ("Padilla", 0.026), ("Simon", 0.026), ("Waters", 0.026), ("Nunez", 0.026),
)  # fmt: skip

# --- Origins common in Sweden (their commonest names, 1/rank) -----------------------------------
FINNISH = (
    ("Maria", "Helena", "Johanna", "Anneli", "Kaarina", "Marjatta", "Hannele", "Liisa", "Anna", "Tuula", "Päivi", "Sari", "Pirjo", "Minna", "Riitta", "Leena", "Anja", "Tiina", "Seija", "Aino", "Eeva", "Sirpa", "Marja", "Kirsi", "Ritva", "Satu", "Merja", "Raija", "Tarja", "Pirkko", "Eila", "Aila", "Heli", "Kaisa", "Laura"),
    ("Juha", "Timo", "Matti", "Kari", "Mikko", "Antti", "Jari", "Jukka", "Mika", "Markku", "Pekka", "Hannu", "Heikki", "Seppo", "Janne", "Ari", "Sami", "Petri", "Ville", "Jorma", "Pentti", "Tapio", "Esa", "Veikko", "Jouni", "Pasi", "Tuomas", "Erkki", "Raimo", "Juho", "Lauri", "Aleksi"),
    ("Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen", "Hietala", "Kemppainen", "Hiltunen", "Pelkonen", "Väisänen"),
)  # fmt: skip
ARABIC = (  # Iraq, Syria, Lebanon, Palestine; Assyrian/Syriac names among them
    ("Fatima", "Maryam", "Noor", "Sara", "Zainab", "Amira", "Layla", "Rania", "Yasmin", "Hiba", "Aya", "Lina", "Rana", "Hanan", "Samira", "Nadia", "Huda", "Dalia", "Rasha", "Shahad", "Raghad", "Sawsan", "Nisreen", "Mariam", "Rim", "Ghada", "Salma", "Shamiram", "Ninve", "Nahrin", "Ninorta", "Sham"),
    ("Mohammad", "Ahmad", "Ali", "Omar", "Hassan", "Hussein", "Mahmoud", "Khaled", "Ibrahim", "Yousef", "Mustafa", "Abdullah", "Karim", "Said", "Samir", "Ammar", "Haidar", "Bilal", "Tariq", "Walid", "Rami", "Nabil", "Fadi", "Jamal", "Sami", "Ziad", "Hamza", "Adnan", "Sargon", "Ninos", "Ashur", "Gabriel"),
    ("Ali", "Mohammed", "Ahmed", "Hassan", "Hussein", "Ibrahim", "Abdullah", "Khalil", "Saleh", "Mahmoud", "Yousef", "Jaber", "Haddad", "Nasser", "Al-Hashimi", "Al-Jabouri", "Al-Obaidi", "Al-Saadi", "Kareem", "Abbas", "Jasim", "Hamid", "Mustafa", "Aziz", "Salim", "Othman", "Lahdo", "Aho", "Danho", "Malke", "Gorgis", "Yacoub", "Isho", "Barsom", "Elias"),
)  # fmt: skip
SOMALI = (
    ("Fadumo", "Hodan", "Amina", "Sahra", "Hawa", "Ayan", "Ifrah", "Nimco", "Ikran", "Deeqa", "Hibaaq", "Maryan", "Sagal", "Ubah", "Asha", "Khadija", "Ruqiya", "Idil", "Nasra", "Sucaad", "Filsan", "Hamdi"),
    ("Abdi", "Mohamed", "Ahmed", "Abdirahman", "Abdullahi", "Ali", "Hassan", "Omar", "Yusuf", "Abdikarim", "Said", "Mahad", "Farah", "Liban", "Hamza", "Mustafe", "Guled", "Ismail", "Abdiaziz", "Hussein", "Warsame", "Bashir"),
    ("Mohamed", "Ali", "Abdi", "Hassan", "Ahmed", "Omar", "Farah", "Yusuf", "Abdullahi", "Warsame", "Jama", "Hussein", "Ismail", "Osman", "Nur", "Aden", "Egal", "Dahir", "Mohamud", "Abdulle", "Hersi", "Duale", "Elmi", "Gedi", "Samatar", "Haji"),
)  # fmt: skip
POLISH = (
    ("Anna", "Katarzyna", "Maria", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna", "Elżbieta", "Magdalena", "Joanna", "Zofia", "Monika", "Teresa", "Danuta", "Natalia", "Aleksandra", "Karolina", "Marta", "Beata", "Dorota", "Justyna", "Paulina", "Halina", "Jadwiga", "Iwona", "Grażyna", "Agata"),
    ("Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Jan", "Michał", "Marcin", "Stanisław", "Jakub", "Adam", "Marek", "Łukasz", "Grzegorz", "Mateusz", "Wojciech", "Mariusz", "Dariusz", "Zbigniew", "Jerzy", "Maciej", "Rafał", "Kamil", "Robert", "Józef", "Tadeusz", "Sławomir"),
    ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Wojciechowski", "Kwiatkowski", "Krawczyk", "Kaczmarek", "Piotrowski", "Grabowski", "Zając", "Pawłowski", "Michalski", "Król", "Wieczorek", "Jabłoński", "Wróbel", "Nowakowski", "Majewski", "Olszewski", "Stępień", "Malinowski", "Jaworski", "Czarnecki", "Nowicki", "Zawadzki", "Sawicki"),
)  # fmt: skip
PERSIAN = (
    ("Maryam", "Fatemeh", "Zahra", "Sara", "Narges", "Shirin", "Leila", "Mahsa", "Parisa", "Nasrin", "Azadeh", "Roya", "Neda", "Samira", "Mina", "Shabnam", "Fariba", "Golnaz", "Elham", "Negar", "Atefeh", "Parvin", "Soheila", "Bahar", "Niloufar", "Yasaman", "Setareh"),
    ("Mohammad", "Ali", "Reza", "Hossein", "Mehdi", "Amir", "Hamid", "Saeed", "Majid", "Behzad", "Omid", "Babak", "Farhad", "Kaveh", "Arash", "Dariush", "Navid", "Payam", "Shahram", "Kourosh", "Pouya", "Ramin", "Hassan", "Bijan", "Siavash", "Peyman"),
    ("Mohammadi", "Hosseini", "Ahmadi", "Rezaei", "Moradi", "Karimi", "Jafari", "Rahimi", "Hashemi", "Mousavi", "Ghorbani", "Sadeghi", "Rostami", "Azizi", "Kazemi", "Heidari", "Akbari", "Nazari", "Ebrahimi", "Salehi", "Bagheri", "Amiri", "Tehrani", "Shirazi", "Farahani", "Mirzaei", "Najafi", "Asadi", "Abbasi", "Yazdani"),
)  # fmt: skip
BCS = (  # Bosnian, Serbian, Croatian
    ("Amra", "Emina", "Lejla", "Amela", "Jasmina", "Ajla", "Merima", "Selma", "Aida", "Maja", "Ana", "Ivana", "Jelena", "Marija", "Milica", "Snežana", "Dragana", "Vesna", "Mirjana", "Sanja", "Željka", "Nataša", "Lidija", "Azra", "Edina", "Senada", "Mirsada", "Nermina", "Dženana", "Gordana"),
    ("Emir", "Adnan", "Amir", "Mirza", "Haris", "Edin", "Senad", "Mehmed", "Alen", "Nedim", "Zoran", "Goran", "Milan", "Nikola", "Marko", "Ivan", "Stefan", "Dejan", "Nenad", "Željko", "Boris", "Damir", "Mario", "Josip", "Tomislav", "Ante", "Dario", "Jasmin", "Almir", "Samir", "Suad"),
    ("Hodžić", "Hadžić", "Begić", "Delić", "Mehić", "Kovačević", "Petrović", "Jovanović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Horvat", "Kovačić", "Babić", "Marić", "Jurić", "Knežević", "Hasanović", "Ahmetović", "Mujić", "Salihović", "Husić", "Softić", "Kurtović", "Omerović", "Alić", "Tomić", "Pavlović", "Popović", "Savić", "Halilović", "Zukić", "Čaušević", "Imamović"),
)  # fmt: skip
TURKISH = (
    ("Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Şerife", "Zehra", "Sultan", "Hanife", "Merve", "Özlem", "Esra", "Derya", "Büşra", "Gül", "Ebru", "Songül", "Hülya", "Sevgi", "Aylin", "Dilek", "Gülsüm", "Leyla", "Nur", "Yasemin", "Ceren"),
    ("Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Osman", "Yusuf", "Murat", "Ömer", "Ramazan", "Halil", "Süleyman", "Abdullah", "Mahmut", "Recep", "Kemal", "Emre", "Burak", "Serkan", "Erkan", "Can", "Deniz", "Cem", "Tolga", "Volkan", "Kadir", "Yasin"),
    ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Polat", "Korkmaz", "Özcan", "Erdoğan", "Aktaş", "Güneş", "Akın", "Tekin", "Bulut", "Yavuz", "Keskin"),
)  # fmt: skip
ERITREAN = (  # the father's given name serves as surname
    ("Helen", "Senait", "Selam", "Rahel", "Hiwet", "Mebrat", "Tsega", "Yordanos", "Saba", "Luwam", "Semhar", "Winta", "Feven", "Ruta", "Tsehay", "Abeba", "Almaz", "Azieb", "Milen", "Meron", "Eden", "Lidia", "Elsa", "Freweini", "Mehret"),
    ("Yonas", "Daniel", "Samuel", "Tesfay", "Yohannes", "Michael", "Dawit", "Habte", "Bereket", "Mehari", "Tekle", "Kidane", "Filmon", "Amanuel", "Robel", "Aron", "Efrem", "Isaias", "Merhawi", "Tesfalem", "Biniam", "Goitom", "Haile", "Natnael", "Abraham", "Mussie", "Yemane"),
    ("Tesfay", "Gebremichael", "Gebremedhin", "Tekle", "Haile", "Berhe", "Kidane", "Yohannes", "Habte", "Mehari", "Gebreyesus", "Woldu", "Ghebreab", "Tesfamariam", "Weldemichael", "Asmerom", "Negash", "Abraha", "Gebrehiwet", "Tewolde", "Andemariam", "Mengisteab", "Zerai", "Ghirmay", "Mebrahtu", "Okbay"),
)  # fmt: skip
AFGHAN = (
    ("Maryam", "Zahra", "Fatima", "Mursal", "Farzana", "Marzia", "Nargis", "Shabana", "Fereshta", "Parwana", "Habiba", "Roya", "Sodaba", "Malalai", "Mahbooba", "Nazanin", "Khadija", "Soraya", "Arezo", "Hosai", "Laila", "Madina", "Sahar", "Tahmina"),
    ("Mohammad", "Ahmad", "Ali", "Abdul", "Hamid", "Mustafa", "Sayed", "Hussain", "Reza", "Jawad", "Mahdi", "Murtaza", "Rahmatullah", "Nasir", "Najib", "Farid", "Khalid", "Zabihullah", "Habib", "Wahid", "Jamshid", "Amin", "Hamed", "Elyas", "Abbas", "Mujtaba"),
    ("Ahmadi", "Mohammadi", "Hussaini", "Rahimi", "Karimi", "Hakimi", "Sultani", "Noori", "Rezaie", "Haidari", "Jafari", "Sharifi", "Stanikzai", "Popal", "Ahmadzai", "Safi", "Amiri", "Hashimi", "Azimi", "Barakzai", "Mohammadzai", "Nazari", "Sadat", "Habibi", "Wardak", "Yousufzai", "Alizada", "Hotak"),
)  # fmt: skip
THAI = (
    ("Siriporn", "Sunisa", "Pranee", "Malee", "Nittaya", "Wanida", "Kanya", "Jintana", "Ratana", "Supaporn", "Porntip", "Suda", "Duangjai", "Lamai", "Kanokwan", "Sasithorn", "Pimchanok", "Wilai", "Aree", "Orawan", "Buppha", "Chanida", "Araya", "Patcharee"),
    ("Somchai", "Somsak", "Prasert", "Somboon", "Sompong", "Surachai", "Wichai", "Anan", "Chaiwat", "Kittisak", "Niran", "Apichat", "Thanakorn", "Sakda", "Pongsak", "Suthep", "Boonmee", "Wirat", "Narong", "Chatchai", "Thawatchai"),
    ("Saetang", "Srisuk", "Wongsawat", "Phromma", "Sukprasert", "Boonma", "Thongdee", "Kaewkham", "Sripan", "Jaidee", "Chanthawong", "Rattanakorn", "Saelim", "Suwannarat", "Kongkaew", "Sangthong", "Pongpaiboon", "Somboon", "Nakprasert", "Chaisiri", "Thongsuk", "Kaewmanee"),
)  # fmt: skip
LATIN = (  # Chile first, then the rest of Latin America; two surnames are common
    ("María", "Carolina", "Claudia", "Patricia", "Francisca", "Camila", "Valentina", "Javiera", "Daniela", "Paula", "Constanza", "Catalina", "Fernanda", "Andrea", "Carmen", "Rosa", "Verónica", "Marcela", "Alejandra", "Gabriela", "Isidora", "Ximena", "Lorena", "Paola", "Macarena", "Soledad", "Pilar"),
    ("José", "Juan", "Luis", "Carlos", "Jorge", "Cristián", "Francisco", "Pablo", "Diego", "Matías", "Sebastián", "Felipe", "Rodrigo", "Manuel", "Gonzalo", "Andrés", "Alejandro", "Ricardo", "Héctor", "Sergio", "Mauricio", "Claudio", "Patricio", "Nicolás", "Tomás", "Ignacio", "Benjamín", "Eduardo", "Fernando", "Raúl"),
    ("González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez", "Sepúlveda", "Morales", "Rodríguez", "López", "Fuentes", "Hernández", "Torres", "Araya", "Flores", "Espinoza", "Valenzuela", "Castillo", "Tapia", "Reyes", "Gutiérrez", "Castro", "Pizarro", "Álvarez", "Vásquez", "Sánchez", "Fernández", "Ramírez", "Carrasco", "Gómez", "Cortés", "Herrera", "Núñez", "Jara", "Vergara", "Rivera", "Figueroa"),
)  # fmt: skip
KURDISH = (
    ("Rojda", "Berivan", "Dilan", "Zilan", "Avin", "Shilan", "Nazdar", "Rojin", "Nesrin", "Gulistan", "Jiyan", "Bahar", "Sherin", "Evin", "Helin", "Delal", "Narin", "Viyan", "Lana", "Sozan", "Awaz", "Kajal", "Berfin", "Ronahi"),
    ("Rebin", "Azad", "Karwan", "Dilshad", "Hemin", "Aram", "Soran", "Kawa", "Rekar", "Baran", "Serdar", "Dilovan", "Zana", "Shirwan", "Alan", "Rebwar", "Sherwan", "Botan", "Diyar", "Ciwan", "Mazlum", "Shwan"),
    ("Amin", "Rashid", "Aziz", "Karim", "Hama", "Mustafa", "Salih", "Faraj", "Qadir", "Hamad", "Othman", "Rasul", "Baban", "Jaff", "Zebari", "Hawrami", "Bakir", "Mahmud", "Ekinci", "Barzani", "Abdulrahman", "Sabir"),
)  # fmt: skip
UKRAINIAN = (
    ("Olena", "Natalia", "Iryna", "Tetiana", "Svitlana", "Oksana", "Yulia", "Olha", "Kateryna", "Maria", "Anastasiia", "Viktoriia", "Liudmyla", "Halyna", "Nadiia", "Valentyna", "Alina", "Daria", "Yana", "Sofiia", "Inna", "Larysa", "Khrystyna"),
    ("Oleksandr", "Serhii", "Andrii", "Volodymyr", "Dmytro", "Oleh", "Mykola", "Yurii", "Ivan", "Vasyl", "Viktor", "Ihor", "Maksym", "Vitalii", "Mykhailo", "Bohdan", "Taras", "Roman", "Artem", "Denys", "Pavlo", "Petro", "Anatolii"),
    ("Melnyk", "Shevchenko", "Boiko", "Kovalenko", "Bondarenko", "Tkachenko", "Kovalchuk", "Kravchenko", "Oliinyk", "Shevchuk", "Koval", "Polishchuk", "Bondar", "Tkachuk", "Moroz", "Marchenko", "Lysenko", "Rudenko", "Savchenko", "Petrenko", "Klymenko", "Pavlenko", "Kravchuk", "Kuzmenko", "Ponomarenko", "Savchuk", "Vasylenko", "Levchenko"),
)  # fmt: skip
INDIAN = (
    ("Priya", "Anjali", "Pooja", "Neha", "Divya", "Kavya", "Sneha", "Lakshmi", "Deepa", "Shreya", "Aishwarya", "Meera", "Swati", "Ananya", "Nisha", "Ritu", "Sunita", "Preeti", "Shalini", "Aarti", "Rekha", "Kavitha", "Sonal", "Geeta"),
    ("Rahul", "Amit", "Rajesh", "Suresh", "Vikram", "Arjun", "Sandeep", "Anil", "Ravi", "Sanjay", "Karthik", "Vijay", "Manoj", "Rohit", "Deepak", "Srinivas", "Aditya", "Nikhil", "Pradeep", "Ramesh", "Ashok", "Harish", "Prakash", "Venkatesh"),
    ("Patel", "Sharma", "Kumar", "Singh", "Reddy", "Gupta", "Nair", "Iyer", "Rao", "Shah", "Mehta", "Joshi", "Desai", "Menon", "Pillai", "Verma", "Agarwal", "Chopra", "Krishnan", "Banerjee", "Mukherjee", "Das", "Bhat", "Kulkarni", "Srinivasan", "Chatterjee", "Malhotra", "Subramanian"),
)  # fmt: skip


def small(
    lists: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]], head: int = 10
) -> Origin:
    return Origin(*(ranked(names, head) for names in lists))


ORIGINS: dict[str, Origin] = {
    "swedish": Origin(
        ranked(SV_WOMEN_HEAD + SV_WOMEN_TAIL, 150),
        ranked(SV_MEN_HEAD + SV_MEN_TAIL, 150),
        ranked(SV_SURNAMES_HEAD + SV_SURNAMES_TAIL, 150),
    ),
    "us": Origin(census(US_WOMEN), census(US_MEN), census(US_SURNAMES)),
    "uk": Origin(ranked(UK_WOMEN, 130), ranked(UK_MEN, 130), ranked(UK_SURNAMES, 150)),
    "finnish": small(FINNISH),
    "arabic": small(ARABIC),
    "somali": small(SOMALI),
    "polish": small(POLISH),
    "persian": small(PERSIAN),
    "bcs": small(BCS),
    "turkish": small(TURKISH),
    "eritrean": small(ERITREAN),
    "afghan": small(AFGHAN),
    "thai": small(THAI),
    "latin": small(LATIN),
    "kurdish": small(KURDISH),
    "ukrainian": small(UKRAINIAN),
    "indian": small(INDIAN),
}

# Who is named, by the language of the text: Swedish largest in Swedish and mixed text.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 68, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5, "eritrean": 1.2,
        "ukrainian": 1.2, "latin": 1, "thai": 1, "indian": 0.8, "uk": 0.8, "us": 0.6,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 9, "indian": 3, "arabic": 2, "polish": 2, "latin": 2,
        "finnish": 1, "somali": 1, "persian": 1, "turkish": 1, "ukrainian": 1, "bcs": 0.8,
        "thai": 0.5, "afghan": 0.5, "eritrean": 0.5, "kurdish": 0.4,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 10, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
        "persian": 2.5, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5, "afghan": 1.5,
        "ukrainian": 1.5, "indian": 1.5, "eritrean": 1, "thai": 1, "latin": 1,
    },
}  # fmt: skip

NICK_SV = {
    "Lars": ["Lasse"], "Mikael": ["Micke"], "Joakim": ["Jocke"], "Per": ["Pelle", "Pär"],
    "Karl": ["Kalle"], "Magnus": ["Manne"], "Thomas": ["Tompa"], "Tomas": ["Tompa"],
    "Kristina": ["Stina", "Kicki"], "Charlotte": ["Lotta"], "Elisabeth": ["Bettan", "Lisa"],
    "Kerstin": ["Kicki"], "Susanne": ["Sussie", "Sanna"], "Margareta": ["Maggan", "Greta"],
    "Birgitta": ["Gittan", "Bigge"], "Katarina": ["Kattis", "Kajsa"], "Marcus": ["Mackan"],
    "Fredrik": ["Fredde"], "Mattias": ["Matte"], "Daniel": ["Danne"], "Patrik": ["Patte"],
    "Christer": ["Crille"], "Robert": ["Robban"], "Hans": ["Hasse"], "Bengt": ["Bengan"],
    "Stefan": ["Steffe"], "Olof": ["Olle"], "Gustav": ["Gurra", "Gustav"], "Alexander": ["Alex"],
    "Sebastian": ["Sebbe"], "Leif": ["Leffe"], "Sven": ["Svenne"], "Jan": ["Janne"],
    "Ulf": ["Uffe"], "Rickard": ["Rille"], "Kenneth": ["Kenta"], "Sixten": ["Sigge"],
    "Helena": ["Lena"], "Madeleine": ["Madde"], "Josefin": ["Jossan"], "Camilla": ["Millan"],
    "Therese": ["Tessan"], "Viktoria": ["Vickan"], "Jessica": ["Jessan"], "Louise": ["Lollo"],
    "Emelie": ["Emmy"], "Cecilia": ["Cissi"], "Mikaela": ["Micka"], "Kristoffer": ["Kristoffer", "Krille"],
    "Johannes": ["Jojo"], "Anders": ["Adde"], "Torbjörn": ["Tobbe"], "Tobias": ["Tobbe"],
    "Jonathan": ["Jonte"], "Ingrid": ["Ingis"], "Gunilla": ["Gunnis"], "Annika": ["Anki"],
}  # fmt: skip
NICK_EN = {
    "William": ["Will", "Bill"], "Robert": ["Rob", "Bob"], "Richard": ["Rich", "Rick"],
    "James": ["Jim", "Jamie"], "Michael": ["Mike"], "Christopher": ["Chris"], "Matthew": ["Matt"],
    "Daniel": ["Dan", "Danny"], "Joseph": ["Joe"], "Thomas": ["Tom"], "Anthony": ["Tony"],
    "Edward": ["Ed", "Ted"], "Benjamin": ["Ben"], "Nicholas": ["Nick"], "Jonathan": ["Jon"],
    "Andrew": ["Andy"], "Samuel": ["Sam"], "Alexander": ["Alex"], "Stephen": ["Steve"],
    "Steven": ["Steve"], "Timothy": ["Tim"], "David": ["Dave"], "Kenneth": ["Ken"],
    "Jennifer": ["Jen", "Jenny"], "Elizabeth": ["Liz", "Beth"], "Catherine": ["Kate", "Cathy"],
    "Katherine": ["Kate", "Kathy"], "Patricia": ["Pat", "Trish"], "Margaret": ["Maggie", "Peggy"],
    "Rebecca": ["Becky"], "Victoria": ["Vicky"], "Samantha": ["Sam"], "Deborah": ["Debbie"],
    "Susan": ["Sue"], "Jacqueline": ["Jackie"], "Christine": ["Chris"], "Barbara": ["Barb"],
    "Kimberly": ["Kim"], "Kimberley": ["Kim"], "Jessica": ["Jess"], "Charlotte": ["Charlie"],
    "Gerald": ["Gerry"], "Raymond": ["Ray"], "Frederick": ["Fred"], "Gregory": ["Greg"],
    "Jeffrey": ["Jeff"], "Donald": ["Don"], "Ronald": ["Ron"], "Charles": ["Charlie", "Chuck"],
    "Joshua": ["Josh"], "Zachary": ["Zach"], "Nathan": ["Nate"], "Eleanor": ["Ellie"],
    "Abigail": ["Abbie"], "Stephanie": ["Steph"], "Amanda": ["Mandy"], "Cynthia": ["Cindy"],
    "Pamela": ["Pam"], "Dorothy": ["Dot"], "Sandra": ["Sandy"], "Theresa": ["Tess"],
    "Philip": ["Phil"], "Terence": ["Terry"], "Leslie": ["Les"], "Gillian": ["Gill"],
}  # fmt: skip
NICKNAMES: dict[str, dict[str, list[str]]] = {
    "swedish": NICK_SV,
    "us": NICK_EN,
    "uk": NICK_EN,
    "polish": {
        "Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"], "Aleksandra": ["Ola"], "Agnieszka": ["Aga"],
        "Krzysztof": ["Krzysiek"], "Tomasz": ["Tomek"], "Piotr": ["Piotrek"], "Wojciech": ["Wojtek"],
        "Jakub": ["Kuba"], "Magdalena": ["Magda"], "Joanna": ["Asia"],
    },
    "ukrainian": {
        "Oleksandr": ["Sasha"], "Volodymyr": ["Volodia"], "Dmytro": ["Dima"], "Kateryna": ["Katia"],
        "Anastasiia": ["Nastia"], "Oleksandra": ["Sasha"],
    },
    "latin": {"Francisca": ["Pancha"], "Francisco": ["Pancho"], "José": ["Pepe"], "Ignacio": ["Nacho"]},
    "finnish": {"Johanna": ["Hanna"], "Aleksi": ["Aki"]},
}  # fmt: skip

_PLAIN = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "İ": "I", "đ": "dj", "Đ": "Dj", "ß": "ss"})


def plain(word: str) -> str:
    """The name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Đorđević` -> `Djordjevic`."""
    word = word.translate(_PLAIN)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for end in ("ski", "cki", "dzki"):
        if surname.endswith(end):
            return surname[:-1] + "a"
    return surname
