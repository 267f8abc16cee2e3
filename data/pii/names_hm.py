# ruff: noqa: E501
"""Name pools of held-out HM (issue 15), by origin and weighted by how often people carry them.

Written from the writer's general knowledge of the published rankings, not from any file of rung:
Swedish given names and surnames in the order of SCB's name statistics (weight 1/rank, head the top
150, a tail of rarer names past them), the US Census 1990 lists copied from the `names` package's
`dist.female.first`, `dist.male.first` and `dist.all.last` (the census per cent as weight, head
150), UK names in the order of the ONS rankings (1/rank), and the commonest names of the origins
common in Sweden (1/rank, head 10). None was checked against anything in the repository.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this chance, else from its tail


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
    """A list in rank order, weight 1/rank; a name written twice keeps its first rank."""
    seen: list[str] = []
    for name in names:
        if name not in seen:
            seen.append(name)
    return Pool(tuple(seen), tuple(1 / (i + 1) for i in range(len(seen))), min(head, len(seen) - 1))


def weighted(pairs: tuple[tuple[str, float], ...], head: int) -> Pool:
    """A list with its own weights (the census per cent)."""
    return Pool(tuple(n for n, _ in pairs), tuple(w for _, w in pairs), head)


# Swedish women's given names, SCB's order (all ages), the head's 150 first, then rarer ones.
SV_F = (
    "Anna", "Eva", "Maria", "Karin", "Sara", "Christina", "Lena", "Emma", "Kerstin", "Marie",
    "Ingrid", "Malin", "Hanna", "Linnéa", "Sofia", "Elin", "Ida", "Birgitta", "Margareta", "Johanna",
    "Elisabeth", "Julia", "Susanne", "Annika", "Jenny", "Inger", "Ulla", "Linda", "Helena", "Monica",
    "Camilla", "Marianne", "Åsa", "Elsa", "Maja", "Gunilla", "Cecilia", "Anita", "Alice", "Ebba",
    "Therese", "Matilda", "Amanda", "Louise", "Alva", "Wilma", "Frida", "Josefin", "Ella", "Agneta",
    "Katarina", "Lisa", "Barbro", "Ann", "Moa", "Yvonne", "Helen", "Ulrika", "Kristina", "Lina",
    "Emelie", "Klara", "Ellen", "Siv", "Britt", "Anneli", "Irene", "Victoria", "Jessica", "Caroline",
    "Ingela", "Felicia", "Olivia", "Gun", "Carina", "Madeleine", "Mona", "Nora", "Agnes", "Astrid",
    "Pia", "Lovisa", "Sandra", "Jennie", "Elisabet", "Erika", "Mikaela", "Petra", "Charlotte", "Emilia",
    "Viktoria", "Sofie", "Gunnel", "Ingegerd", "Marita", "Elvira", "Selma", "Stina", "Saga", "Tove",
    "Ellie", "Vera", "Freja", "Ester", "Signe", "Alma", "Ronja", "Isabelle", "Märta", "Nathalie",
    "Rebecca", "Tilda", "Angelica", "Liv", "Berit", "Solveig", "Lisbeth", "Catarina", "Margit", "Sonja",
    "Britt-Marie", "Ann-Christin", "Ann-Marie", "Jeanette", "Annelie", "Hedvig", "Greta", "Elise", "Tyra", "Edith",
    "Stella", "Nellie", "Isabella", "Linn", "Molly", "Hilda", "Lilly", "Anette", "Ylva", "Fatima",
    "Gabriella", "Pernilla", "Veronica", "Evelina", "Rebecka", "Ellinor", "Paulina", "Josefine", "Alexandra", "Sanna",
    # the tail: rarer names, older and newer
    "Majken", "Dagny", "Gudrun", "Elvy", "Aina", "Maj", "Vivianne", "Rut", "Ragnhild", "Sigrid",
    "Gunhild", "Asta", "Edla", "Hjördis", "Rakel", "Tora", "Svea", "Alfhild", "Gerd", "Laila",
    "Ewa", "Karolina", "Kajsa", "Cornelia", "Jonna", "Tuva", "Idun", "Juni", "Siri", "Lova",
    "Vilma", "Majvor", "Meja", "Elina", "Hedda", "Mira", "Alicia", "Leah", "Thea", "Esther",
    "Emmy", "Fanny", "Ines", "Minna", "Tindra", "Smilla", "Lo", "Marlene", "Susann", "Annette",
    "Helene", "Lotta", "Mia", "Nina", "Tina", "Tanja", "Rosita", "Lillemor", "Gunvor", "Eivor",
    "Inga", "Iris", "Ingalill", "Marit", "Britta", "Harriet", "Ethel", "Elly", "Elna", "Valborg",
    "Hulda", "Hildur", "Ann-Sofie", "Ann-Louise", "Anna-Karin", "Anna-Lena", "Eva-Lena", "Maj-Britt", "Marie-Louise", "Ann-Kristin",
    "Britt-Inger", "Gun-Britt", "Anna-Maria", "Carin", "Kristin", "Christine", "Cristina", "Katharina", "Catharina", "Charlotta",
    "Henrietta", "Josephine", "Terese", "Malou", "Maud", "Maj-Lis", "Lise-Lott", "Liselott", "Linnea", "Emmie",
    "Madelene", "Magdalena", "Melissa", "Michelle", "Natalie", "Nadja", "Natalia", "Olga", "Irina", "Maryam",
    "Zahra", "Aisha", "Amira", "Yasmin", "Leila", "Noor", "Hiba", "Amina", "Mariam", "Daniela",
    "Jasmine", "Wendela", "Filippa", "Carola", "Lilian", "Vivi", "Gullvi", "Bodil", "Ulla-Britt", "Birgit",
    "Brita", "Gunborg", "Elsy", "Ingeborg", "Eleonora", "Ottilia", "Cajsa", "Tekla", "Alida", "Ragni",
    "Siw", "Sylvia", "Doris", "Gertrud", "Jill", "Kim", "Nanna", "Pauline", "Regina", "Rosa",
    "Rose-Marie", "Ruth", "Sabina", "Susanna", "Teresa", "Ulrica", "Viveka", "Elvi", "Lena-Maria", "Anna-Stina",
    "Emely", "Vendela", "Agda", "Betty", "Alfrida", "Gunnevi", "Inez", "Kristel", "Laura", "Lydia",
    "Minnie", "Nelly", "Ottilie", "Penny", "Sonia", "Vanja", "Vilja", "Yrsa", "Ingegärd", "Ylvie",
    "Adele", "Agnetha", "Annie", "Beatrice", "Cecilie", "Dorotea", "Elinor", "Elsie", "Embla", "Flora",
    "Ilse", "Janina", "Jolin", "Juliana", "Leonora", "Liza", "Lovis", "Madicken", "Mathilda", "Mildred",
    "My", "Nova", "Ofelia", "Pernille", "Sigbritt", "Solbritt",
)  # fmt: skip
# Swedish men's given names, SCB's order (all ages), the head's 150 first, then rarer ones.
SV_M = (
    "Lars", "Karl", "Mikael", "Anders", "Johan", "Per", "Erik", "Carl", "Peter", "Jan",
    "Thomas", "Daniel", "Fredrik", "Hans", "Andreas", "Stefan", "Bengt", "Mats", "Magnus", "Sven",
    "Marcus", "Bo", "Nils", "Alexander", "Jonas", "Leif", "Martin", "Björn", "Oskar", "Gustav",
    "Göran", "Ulf", "Christer", "Henrik", "Patrik", "Niklas", "Mattias", "Lennart", "Robert", "David",
    "Emil", "Viktor", "Kjell", "Rolf", "Olof", "Gunnar", "Simon", "Axel", "William", "Lucas",
    "Elias", "Hugo", "Oliver", "Filip", "Anton", "Isak", "Adam", "Ludvig", "Sebastian", "Jonathan",
    "Christian", "Kent", "Tommy", "Roger", "Jörgen", "Håkan", "Åke", "Ingemar", "Stig", "Arne",
    "Mohammed", "Rune", "Kenneth", "Joakim", "Tobias", "Rickard", "Jesper", "Johannes", "Pontus", "Gabriel",
    "Liam", "Noah", "Theo", "Melvin", "Vincent", "Albin", "Edvin", "Alfred", "Arvid", "Leo",
    "Viggo", "Elliot", "Love", "Olle", "Torbjörn", "Claes", "Tomas", "Dan", "Kristoffer", "Christoffer",
    "Roland", "Sten", "Ove", "Tord", "Bertil", "Gösta", "Conny", "Jimmy", "Mohamed", "Ali",
    "Ahmed", "Per-Olof", "Lars-Göran", "Jens", "Jacob", "Jakob", "Benjamin", "Samuel", "Max", "Noel",
    "Harry", "Julius", "Wilhelm", "Valter", "Casper", "Sixten", "Ebbe", "Melker", "Otto", "August",
    "Josef", "Frans", "Gustaf", "Herman", "Elis", "Sigge", "Loke", "Adrian", "Kevin", "Dennis",
    "Robin", "Rasmus", "Kim", "Ronny", "Glenn", "Pär", "Urban", "Sune", "Kurt", "Sture",
    # the tail: rarer names, older and newer, and the double names
    "Allan", "Folke", "Evert", "Ingvar", "Valdemar", "Holger", "Helge", "Yngve", "Hilding", "Torsten",
    "Birger", "Einar", "Enar", "Algot", "Edvard", "Elof", "Ragnar", "Sigvard", "Tage", "Bror",
    "Karl-Erik", "Karl-Johan", "Per-Erik", "Lars-Olof", "Jan-Erik", "Sven-Erik", "Nils-Erik", "Bengt-Göran", "Hans-Olof", "Carl-Johan",
    "Jan-Olof", "Per-Anders", "Lars-Gunnar", "Lars-Åke", "Jan-Åke", "Per-Åke", "Hans-Erik", "Kjell-Åke", "Sven-Olof", "Nils-Olof",
    "Ola", "Ole", "Olov", "Olav", "Staffan", "Ulrik", "Vilhelm", "Wilmer", "Vidar", "Vilgot",
    "Ture", "Tor", "Torgny", "Torvald", "Uno", "Valentin", "Vilmer", "Ivar", "Iwan", "Jon",
    "Jonny", "Knut", "Konrad", "Leopold", "Linus", "Lukas", "Malte", "Mauritz", "Måns", "Nicklas",
    "Niclas", "Nicolas", "Nikola", "Ossian", "Patric", "Paul", "Petter", "Reine", "Rikard", "Richard",
    "Roy", "Sam", "Seth", "Sören", "Teodor", "Thor", "Tim", "Tony", "Wiktor", "Yusuf",
    "Ibrahim", "Omar", "Hassan", "Hussein", "Abdullahi", "Mustafa", "Kristian", "Krister", "Kristofer", "Joel",
    "Jimmie", "Hampus", "Greger", "Georg", "Frank", "Fritiof", "Eskil", "Erland", "Emanuel", "Egon",
    "Douglas", "Dag", "Börje", "Bruno", "Benny", "Artur", "Arnold", "Alve", "Albert", "Adolf",
    "Aron", "Alvin", "Ivan", "Isac", "Milo", "Noa", "Neo", "Orvar", "Osvald", "Ragnvald",
    "Reinhold", "Rudolf", "Ruben", "Sigfrid", "Svante", "Sölve", "Teo", "Thure", "Tryggve", "Waldemar",
    "Walter", "Werner", "Viking", "Östen", "Örjan", "Kennet", "Kenth", "Bo-Göran", "Gunder", "Assar",
    "Bernt", "Berndt", "Curt", "Ejnar", "Elvin", "Erling", "Filiph", "Gottfrid", "Gustav-Adolf", "Halvar",
    "Harald", "Hjalmar", "Ingmar", "Janne", "Jarl", "Joacim", "Johnny", "Jöns", "Kalle", "Lage",
    "Lennarth", "Leonard", "Matteo", "Morgan", "Odd", "Oscar", "Percy",
    "Sander", "Sigurd", "Sivert", "Stellan", "Sylvester", "Tommie", "Torkel", "Tristan", "Vide", "Åsmund",
    "Lars-Erik", "Per-Olov", "Karl-Gustav", "Sven-Åke", "Hans-Åke", "Gillis", "Hilmer", "Ingvald", "Birk", "Colin",
    "Charlie", "Henry", "Jack", "Alex", "Dante", "Kasper", "Levi", "Mio", "Nore",
)  # fmt: skip
# Swedish surnames, SCB's order, the head's 150 first, then rarer ones (soldiers' and farm names,
# a few noble names with their particles).
SV_S = (
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson",
    "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Olofsson",
    "Lindström", "Lindqvist", "Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren", "Lundqvist",
    "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg", "Ali", "Wallin", "Mohammed",
    "Engström", "Eklund", "Danielsson", "Lundin", "Håkansson", "Björk", "Bergman", "Gunnarsson", "Holm", "Wikström",
    "Samuelsson", "Isaksson", "Fransson", "Bergqvist", "Nyström", "Holmberg", "Arvidsson", "Löfgren", "Söderberg", "Nyberg",
    "Blomqvist", "Claesson", "Nordström", "Ahmed", "Mårtensson", "Lundström", "Hassan", "Viklund", "Björklund", "Eliasson",
    "Pålsson", "Berggren", "Sandström", "Lund", "Nordin", "Ström", "Åberg", "Hermansson", "Ekström", "Holmgren",
    "Sundberg", "Hedlund", "Dahlberg", "Hellström", "Sjögren", "Abrahamsson", "Falk", "Martinsson", "Öberg", "Andreasson",
    "Strömberg", "Månsson", "Åkesson", "Hansen", "Norberg", "Lindholm", "Dahl", "Jonasson", "Sundström", "Åström",
    "Ek", "Mohamed", "Sjöström", "Hedberg", "Lindblom", "Ivarsson", "Sundqvist", "Johnsson", "Lindh", "Östlund",
    "Nordqvist", "Ekman", "Adolfsson", "Nyman", "Lindell", "Holmström", "Bergkvist", "Söderström", "Lundell", "Augustsson",
    "Hussein", "Berntsson", "Jacobsson", "Ibrahim", "Omar", "Sjödin", "Nordlund", "Wallgren", "Lindahl", "Blom",
    "Palm", "Rosén", "Sandin", "Backman", "Söderlund", "Hägglund", "Bäckström", "Ottosson", "Malmberg", "Borg",
    "Strand", "Carlsson", "Ericsson", "Petersson", "Gustavsson", "Abdi", "Hedman", "Forsgren", "Dahlgren", "Lilja",
    # the tail
    "Sjölander", "Hellberg", "Westerberg", "Åhman", "Sundin", "Rydberg", "Kjellberg", "Ekberg", "Hedström", "Lindkvist",
    "Norén", "Hjalmarsson", "Emanuelsson", "Nordgren", "Engberg", "Sjöholm", "Åslund", "Sandell", "Boström", "Ekholm",
    "Grahn", "Hallberg", "Höglund", "Forsman", "Rosenberg", "Dahlström", "Nord", "Bergh", "Wiberg", "Edlund",
    "Fors", "Hagberg", "Hultgren", "Lindén", "Melin", "Nordberg", "Nyqvist", "Rask", "Sahlin", "Stenberg",
    "Sundell", "Svärd", "Thorsson", "Törnqvist", "Wahlström", "Westin", "Zetterberg", "Ågren", "Ödman", "Östman",
    "Kling", "Granström", "Frisk", "Hjort", "Lööf", "Mörk", "Skog", "Stål", "Tell", "Vik",
    "Granlund", "Engman", "Ljung", "Lindroth", "Grönlund", "Olausson", "Jeppsson", "Ohlsson", "Åkerlund", "Åkerman",
    "Ekelund", "Fagerström", "Grönberg", "Hammar", "Hellgren", "Holmqvist", "Kvist", "Lagerqvist", "Löfström", "Nordenberg",
    "Ringström", "Rudberg", "Sjöqvist", "Sjöblom", "Skoglund", "Stenlund", "Strömqvist", "Sundkvist", "Svedberg", "Thelin",
    "Vikström", "Wennberg", "Widén", "Åkerberg", "Öhman", "Östberg", "Bergstrand", "Blomberg", "Brandt", "Broberg",
    "Bäckman", "Carlberg", "Dahlin", "Edberg", "Ekdahl", "Ekstrand", "Eng", "Engvall", "Fält", "Frid",
    "Hed", "Hedin", "Hellman", "Holmén", "Häll", "Isberg", "Kvarnström", "Lagergren", "Lindmark", "Lundmark",
    "Marklund", "Nordmark", "Norling", "Nygren", "Nylund", "Pihl", "Rehn", "Renström", "Rönnberg", "Sandgren",
    "Selin", "Sjölund", "Stenström", "Ståhl", "Sundh", "Söderqvist", "Tholin", "Törnblom", "Vallin", "Wallberg",
    "Westman", "Wikman", "Zackrisson", "Zetterlund", "Åman", "Öqvist", "Björn", "Yilmaz", "Nguyen", "Hosseini",
    "Lindeberg", "Hallin", "Brodin", "Bylund", "Dalin", "Flodin", "Gullberg", "Hedenström", "Hurtig", "Jernberg",
    "Kronberg", "Lejon", "Lidén", "Linde", "Lundh", "Modig", "Munther", "Nordh", "Orre", "Pettersén",
    "Ramberg", "Rapp", "Runesson", "Sandahl", "Segerström", "Sköld", "Starck", "Stolt", "Swahn", "Tegnér",
    "Thörn", "Tiger", "Unger", "Wahlberg", "Wester", "Wiklund", "Wretman", "Ålund", "Älg", "Örn",
    "Bergsten", "Dahlqvist", "Fogelberg", "Grip", "Hammarström", "Kihlberg", "Lönn", "Nordenskiöld", "Sparre", "Bonde",
    "Leijonhufvud", "Wachtmeister", "von Schéele", "af Klint", "De Geer", "von Essen", "af Ekenstam", "Stackelberg", "Posse", "Silfverschiöld",
)  # fmt: skip
# UK given names in the order of the ONS rankings across the birth years of today's adults and
# children (the writer's merge of the lists of several decades), 1/rank.
UK_F = (
    "Sarah", "Emma", "Claire", "Laura", "Rebecca", "Emily", "Charlotte", "Jessica", "Sophie", "Hannah",
    "Lucy", "Amy", "Nicola", "Helen", "Rachel", "Lauren", "Katie", "Olivia", "Elizabeth", "Karen",
    "Susan", "Julie", "Louise", "Samantha", "Victoria", "Michelle", "Gemma", "Amelia", "Joanne", "Lisa",
    "Margaret", "Jennifer", "Catherine", "Kelly", "Chloe", "Megan", "Natalie", "Alice", "Grace", "Ellie",
    "Jane", "Caroline", "Kate", "Zoe", "Holly", "Stephanie", "Ruth", "Deborah", "Alison", "Angela",
    "Isla", "Ava", "Mia", "Lily", "Isabella", "Sophia", "Freya", "Poppy", "Evie", "Ruby",
    "Jade", "Anna", "Georgia", "Bethany", "Amber", "Abigail", "Eleanor", "Patricia", "Christine", "Linda",
    "Jacqueline", "Tracey", "Wendy", "Dawn", "Carol", "Gillian", "Lesley", "Fiona", "Joanna", "Kirsty",
    "Ella", "Florence", "Daisy", "Matilda", "Millie", "Phoebe", "Isabel", "Harriet", "Jasmine", "Imogen",
    "Mary", "Barbara", "Pauline", "Janet", "Anne", "Sandra", "Elaine", "Maureen", "Brenda", "Diane",
    "Hayley", "Danielle", "Kerry", "Leanne", "Lindsey", "Melanie", "Tracy", "Donna", "Sharon", "Jill",
    "Willow", "Ivy", "Rosie", "Elsie", "Evelyn", "Sienna", "Esme", "Maya", "Emilia", "Harper",
    "Frances", "Heather", "Sally", "Sue", "Valerie", "Joan", "Doreen", "Sheila", "Shirley", "Beverley",
    "Natasha", "Jodie", "Rachael", "Kimberley", "Vicky", "Jenna", "Aimee", "Naomi", "Leah", "Molly",
    "Nadia", "Aisha", "Fatima", "Zara", "Amira", "Priya", "Anika", "Mariam", "Ayesha", "Maryam",
    "Ada", "Arabella", "Eliza", "Beatrice", "Aria", "Thea", "Violet", "Penelope", "Hallie", "Iris",
    "Rosemary", "Judith", "Dorothy", "Marion", "Jean", "Irene", "Hilda", "Gwen", "Bronwen", "Sian",
    "Rhiannon", "Ffion", "Cerys", "Carys", "Eilidh", "Morag", "Catriona", "Ailsa", "Kirsteen", "Shona",
    "Siobhan", "Niamh", "Aoife", "Ciara", "Orla", "Roisin", "Bridget", "Maeve", "Sinead", "Grainne",
    "Philippa", "Henrietta", "Camilla", "Clementine", "Georgina", "Imelda", "Verity", "Tamsin", "Lowenna", "Demelza",
)  # fmt: skip
UK_M = (
    "David", "James", "John", "Paul", "Andrew", "Michael", "Mark", "Richard", "Daniel", "Christopher",
    "Thomas", "Matthew", "Stephen", "Robert", "Peter", "William", "Jack", "Oliver", "Harry", "Benjamin",
    "Simon", "Ian", "Steven", "Gary", "Adam", "Luke", "Samuel", "Joshua", "Ryan", "Jonathan",
    "Anthony", "Kevin", "Martin", "Neil", "Alan", "Craig", "Lee", "Stuart", "Jamie", "Scott",
    "George", "Charlie", "Noah", "Jacob", "Alfie", "Leo", "Oscar", "Archie", "Henry", "Freddie",
    "Nicholas", "Philip", "Timothy", "Graham", "Colin", "Keith", "Brian", "Kenneth", "Derek", "Trevor",
    "Edward", "Alexander", "Joseph", "Liam", "Callum", "Connor", "Kieran", "Nathan", "Dean", "Darren",
    "Wayne", "Shaun", "Carl", "Jason", "Gareth", "Barry", "Russell", "Nigel", "Malcolm", "Roger",
    "Arthur", "Theo", "Isaac", "Lucas", "Ethan", "Muhammad", "Mohammed", "Theodore", "Finley", "Max",
    "Dylan", "Lewis", "Jake", "Tom", "Sam", "Ben", "Joe", "Dan", "Matt", "Chris",
    "Harrison", "Toby", "Louis", "Elliot", "Jude", "Reuben", "Albie", "Ronnie", "Tommy", "Teddy",
    "Raymond", "Terence", "Dennis", "Geoffrey", "Frank", "Stanley", "Frederick", "Albert", "Ernest", "Harold",
    "Hugh", "Rupert", "Giles", "Julian", "Jeremy", "Rory", "Hamish", "Angus", "Fraser", "Euan",
    "Iain", "Alistair", "Duncan", "Gordon", "Niall", "Ruaridh", "Gethin", "Rhys", "Dafydd", "Owain",
    "Emyr", "Huw", "Gwyn", "Aled", "Sean", "Ciaran", "Declan", "Padraig", "Eoin", "Cormac",
    "Aaron", "Jordan", "Bradley", "Mason", "Kyle", "Reece", "Tyler", "Brandon", "Ashley", "Dale",
    "Ali", "Omar", "Hassan", "Ibrahim", "Yusuf", "Bilal", "Imran", "Arjun", "Rohan", "Aarav",
    "Sebastian", "Hugo", "Rufus", "Felix", "Otis", "Arlo", "Ezra", "Ralph", "Cyril", "Wilfred",
    "Clive", "Howard", "Alfred", "Leslie", "Norman", "Ronald", "Douglas", "Roy", "Victor", "Vincent",
    "Tristan", "Piers", "Crispin", "Barnaby", "Jasper", "Ivo", "Benedict", "Jolyon", "Quentin", "Torquil",
)  # fmt: skip
# UK surnames in the order of the ONS counts of the commonest surnames in England and Wales.
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
    # past the head
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
    "Fowler", "Heath", "Norman", "Middleton", "Lees", "Banks", "French", "Alexander", "Sharpe", "Brennan",
    "Dobson", "Parkinson", "Hale", "Pickering", "Thornton", "Tomlinson", "Ashton", "Bolton", "Briggs", "Cartwright",
    "Charlton", "Crawford", "Farrell", "Fleming", "Forster", "Gough", "Hargreaves", "Humphreys", "Hyde", "Kirby",
    "Lord", "Metcalfe", "Morton", "Nixon", "Pollard", "Rhodes", "Sanderson", "Skinner", "Storey", "Sykes",
    "Thorpe", "Tyler", "Vaughan", "Wade", "Whittaker", "Winter", "Abbott", "Bowen", "Chadwick", "Dyer",
    "Fitzgerald", "Gallacher", "Haworth", "Jarvis", "Kaye", "Leach", "Mercer", "Naylor", "Pugh", "Rahman",
    "Smart", "Talbot", "Vickers", "Whitfield", "Pryce", "Llewellyn", "MacLeod", "MacKenzie", "Fraser", "Sinclair",
)  # fmt: skip

# The origins common in Sweden: each list the commonest given names and surnames, 1/rank.
FI_F = ("Maria", "Helena", "Johanna", "Anneli", "Kaarina", "Marjatta", "Anna", "Liisa", "Tuula", "Päivi", "Pirjo", "Sirpa", "Riitta", "Leena", "Merja", "Aino", "Eija", "Hannele", "Sari", "Minna", "Satu", "Tiina", "Eeva", "Marja", "Raija", "Seija", "Aila", "Anu")  # fmt: skip
FI_M = ("Juhani", "Matti", "Timo", "Kari", "Jari", "Mikko", "Pekka", "Juha", "Antti", "Heikki", "Markku", "Jukka", "Ville", "Olavi", "Tapani", "Kalevi", "Eino", "Veikko", "Seppo", "Esa", "Pentti", "Raimo", "Erkki", "Tuomas", "Risto", "Jouko", "Lauri", "Aki")  # fmt: skip
FI_S = ("Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen", "Hakala", "Kallio", "Pelkonen", "Lindroos")  # fmt: skip
# Iraq and Syria, Lebanon and Palestine, with Assyrian/Syriac given names and surnames.
AR_F = ("Fatima", "Maryam", "Sara", "Noor", "Zainab", "Aya", "Hiba", "Rana", "Amal", "Layla", "Huda", "Rasha", "Yasmin", "Dima", "Lina", "Reem", "Nadia", "Hanan", "Samira", "Aisha", "Ninve", "Shamiram", "Ramina", "Nahrin", "Souad", "Ghada", "Raghad", "Shahad", "Batoul", "Israa")  # fmt: skip
AR_M = ("Mohammed", "Ahmed", "Ali", "Omar", "Hassan", "Hussein", "Ibrahim", "Khaled", "Mustafa", "Youssef", "Abdullah", "Mahmoud", "Karim", "Samir", "Ammar", "Bashar", "Firas", "Hamza", "Ayman", "Ninos", "Sargon", "Aziz", "Gabriel", "Haidar", "Mazen", "Ziad", "Tariq", "Wissam", "Saif", "Raad")  # fmt: skip
AR_S = ("Ali", "Mohammed", "Ahmed", "Hassan", "Hussein", "Ibrahim", "Mahmoud", "Khalil", "Saleh", "Abdullah", "Haddad", "Jasim", "Kadhim", "Abbas", "Salman", "Barsoum", "Shamoun", "Gabriel", "Yousef", "Saliba", "Malke", "Hanna", "Khoshaba", "Odisho", "Yaqo", "Al-Hashimi", "Al-Jabouri", "Al-Khatib", "Hamoud", "Nasser", "Awad", "Issa")  # fmt: skip
SO_F = ("Hodan", "Fadumo", "Amina", "Sahra", "Hawa", "Ifrah", "Nimco", "Hibo", "Deqa", "Ayan", "Ubah", "Ilhan", "Khadija", "Sagal", "Asha", "Hamdi", "Sucaad", "Muna", "Filsan", "Istahil", "Ruqiya", "Faiza")  # fmt: skip
SO_M = ("Abdi", "Mohamed", "Abdirahman", "Ahmed", "Hassan", "Abdullahi", "Mahad", "Liban", "Farah", "Yusuf", "Omar", "Abdikarim", "Abdiaziz", "Said", "Bashir", "Jama", "Osman", "Guled", "Abdiqani", "Mukhtar", "Khalid", "Hamse")  # fmt: skip
SO_S = ("Mohamed", "Ali", "Hassan", "Abdi", "Ahmed", "Omar", "Farah", "Hussein", "Warsame", "Osman", "Jama", "Abdullahi", "Yusuf", "Aden", "Ismail", "Nur", "Elmi", "Egal", "Dahir", "Hirsi", "Mohamud", "Abdulle", "Duale", "Gedi", "Shire", "Samatar")  # fmt: skip
PL_F = ("Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna", "Elżbieta", "Magdalena", "Joanna", "Zofia", "Monika", "Aleksandra", "Natalia", "Karolina", "Dorota", "Justyna", "Marta", "Beata", "Agata", "Paulina", "Grażyna", "Jadwiga", "Urszula", "Iwona")  # fmt: skip
PL_M = ("Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Jan", "Michał", "Marcin", "Stanisław", "Jakub", "Adam", "Marek", "Łukasz", "Grzegorz", "Mateusz", "Wojciech", "Mariusz", "Dariusz", "Zbigniew", "Kamil", "Rafał", "Jerzy", "Tadeusz", "Sławomir", "Przemysław", "Bartłomiej")  # fmt: skip
PL_S = ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Wojciechowski", "Kwiatkowski", "Krawczyk", "Kaczmarek", "Piotrowski", "Grabowski", "Zając", "Pawłowski", "Michalski", "Król", "Wieczorek", "Jabłoński", "Wróbel", "Nowakowski", "Majewski", "Olszewski", "Stępień", "Malinowski", "Jaworski", "Zawadzki", "Sokołowski", "Czarnecki", "Wysocki", "Głowacki")  # fmt: skip
FA_F = ("Maryam", "Fatemeh", "Zahra", "Sara", "Leila", "Shirin", "Nasrin", "Parisa", "Mahsa", "Nazanin", "Roya", "Azadeh", "Negar", "Elham", "Mina", "Samira", "Shabnam", "Golnaz", "Niloufar", "Bahar", "Ladan", "Soheila", "Forough", "Mahnaz")  # fmt: skip
FA_M = ("Mohammad", "Ali", "Reza", "Hossein", "Mehdi", "Amir", "Hamid", "Saeed", "Majid", "Behzad", "Babak", "Dariush", "Farhad", "Kaveh", "Arash", "Omid", "Navid", "Payam", "Kourosh", "Javad", "Bijan", "Shahram", "Siamak", "Peyman")  # fmt: skip
FA_S = ("Mohammadi", "Hosseini", "Ahmadi", "Rezaei", "Karimi", "Moradi", "Hashemi", "Rahimi", "Ghasemi", "Jafari", "Sadeghi", "Mousavi", "Kazemi", "Nazari", "Rostami", "Akbari", "Ebrahimi", "Tehrani", "Shirazi", "Esfahani", "Rahmani", "Sharifi", "Farahani", "Azizi", "Bahrami", "Najafi", "Zamani", "Golestani")  # fmt: skip
BCS_F = ("Amela", "Lejla", "Emina", "Ana", "Marija", "Jelena", "Ivana", "Mirela", "Amra", "Selma", "Azra", "Maja", "Snežana", "Dragana", "Mirjana", "Jasmina", "Sanela", "Vesna", "Aida", "Merima", "Nermina", "Željka", "Senada", "Biljana")  # fmt: skip
BCS_M = ("Emir", "Adnan", "Amir", "Edin", "Haris", "Nermin", "Senad", "Dragan", "Goran", "Zoran", "Milan", "Nikola", "Marko", "Ivan", "Stefan", "Mirsad", "Damir", "Dino", "Almir", "Tarik", "Željko", "Dražen", "Jasmin", "Elvir")  # fmt: skip
BCS_S = ("Hodžić", "Hadžić", "Kovačević", "Begić", "Delić", "Mehmedović", "Hasanović", "Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Horvat", "Babić", "Marić", "Jurić", "Novak", "Kovačić", "Knežević", "Vuković", "Popović", "Pavlović", "Husić", "Omerović", "Salihović", "Mujić", "Čolić", "Šehić")  # fmt: skip
TR_F = ("Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Şerife", "Zehra", "Sultan", "Hanife", "Merve", "Özlem", "Esra", "Büşra", "Derya", "Hülya", "Gül", "Yasemin", "Ebru", "Gülay", "Şule")  # fmt: skip
TR_M = ("Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Osman", "Yusuf", "Murat", "Ömer", "Ramazan", "Halil", "Süleyman", "Abdullah", "Mahmut", "Recep", "Kemal", "Emre", "Serkan", "Gökhan")  # fmt: skip
TR_S = ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Polat", "Korkmaz", "Güneş", "Erdoğan", "Aktaş", "Bulut")  # fmt: skip
# Eritrea: the father's given name serves as the surname.
ER_F = ("Helen", "Senait", "Yohana", "Selam", "Mebrat", "Luwam", "Ruta", "Saba", "Tsega", "Winta", "Freweini", "Hiwet", "Semhar", "Eden", "Rahel", "Mihret", "Abrehet", "Almaz", "Feven", "Lidia", "Nebiat", "Yordanos")  # fmt: skip
ER_M = ("Yonas", "Tesfay", "Daniel", "Samuel", "Mussie", "Filmon", "Habtom", "Dawit", "Merhawi", "Tekle", "Berhane", "Yohannes", "Amanuel", "Mehari", "Kidane", "Michael", "Biniam", "Goitom", "Robel", "Semere", "Henok", "Efrem")  # fmt: skip
ER_S = ("Tesfay", "Tekle", "Berhane", "Ghebremedhin", "Haile", "Kidane", "Gebremariam", "Tesfamariam", "Ghebreyesus", "Woldu", "Mehari", "Habte", "Asmelash", "Yohannes", "Gebrehiwet", "Andemariam", "Araya", "Weldemichael", "Negash", "Zerai", "Tewolde", "Mengisteab")  # fmt: skip
AF_F = ("Fatima", "Zahra", "Maryam", "Masooma", "Freshta", "Mursal", "Shabana", "Nargis", "Parwana", "Marzia", "Laila", "Mahbooba", "Zarghona", "Sadaf", "Hosai", "Malalai", "Nazia", "Soraya", "Roya", "Farzana", "Sakina", "Hamida")  # fmt: skip
AF_M = ("Mohammad", "Ahmad", "Ali", "Abdul", "Hamid", "Mustafa", "Hussain", "Javad", "Reza", "Mahdi", "Sayed", "Rahim", "Nasir", "Jawad", "Farid", "Hamed", "Ibrahim", "Morteza", "Sohrab", "Yama", "Wahid", "Rohullah")  # fmt: skip
AF_S = ("Ahmadi", "Hussaini", "Rahimi", "Mohammadi", "Sultani", "Haidari", "Karimi", "Noori", "Hakimi", "Popal", "Safi", "Stanekzai", "Wardak", "Amiri", "Rezaie", "Jafari", "Sadat", "Nazari", "Azimi", "Habibi", "Sharifi", "Rasuli")  # fmt: skip
TH_F = ("Siriporn", "Kanya", "Nittaya", "Pranee", "Malee", "Suda", "Wanida", "Jintana", "Supaporn", "Ratana", "Sunisa", "Kanokwan", "Pornthip", "Anong", "Duangjai", "Naree", "Waraporn", "Lamai", "Sasithorn", "Pimchanok")  # fmt: skip
TH_M = ("Somchai", "Somsak", "Sombat", "Prasert", "Surachai", "Anan", "Wichai", "Kittisak", "Chaiwat", "Thanakorn", "Boonmee", "Niran", "Pichai", "Sakda", "Suthep", "Apichat", "Narong", "Weerapong")  # fmt: skip
TH_S = ("Saetang", "Srisuk", "Wongsawat", "Chaiyaphum", "Thongchai", "Sukkasem", "Phromma", "Jaidee", "Boonma", "Kaewkla", "Srisawat", "Rattanakul", "Suwannarat", "Inthasorn", "Khamphan", "Sangthong", "Pattanakul", "Kongsak", "Chanthaphon", "Phanthong")  # fmt: skip
# Chile and the rest of Latin America: two surnames, the father's and the mother's.
LA_F = ("María", "Carolina", "Camila", "Valentina", "Francisca", "Javiera", "Constanza", "Daniela", "Paula", "Catalina", "Fernanda", "Claudia", "Patricia", "Ximena", "Marcela", "Verónica", "Andrea", "Gabriela", "Alejandra", "Isabel", "Soledad", "Inés")  # fmt: skip
LA_M = ("José", "Juan", "Carlos", "Luis", "Jorge", "Francisco", "Sebastián", "Matías", "Diego", "Felipe", "Cristián", "Rodrigo", "Pablo", "Manuel", "Patricio", "Ricardo", "Héctor", "Sergio", "Nicolás", "Andrés", "Joaquín", "Ramón")  # fmt: skip
LA_S = ("González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez", "Sepúlveda", "Morales", "Rodríguez", "López", "Fuentes", "Hernández", "Torres", "Araya", "Flores", "Espinoza", "Valenzuela", "Castillo", "Ramírez", "Reyes", "Gutiérrez", "Castro", "Vargas", "Álvarez", "Vásquez", "Tapia", "Fernández")  # fmt: skip
KU_F = ("Rojda", "Berivan", "Dilan", "Zilan", "Nazdar", "Shilan", "Avin", "Hêvî", "Jiyan", "Nasrin", "Gulistan", "Rezan", "Roza", "Sozdar", "Viyan", "Narin", "Helin", "Zozan", "Evîn", "Kajal")  # fmt: skip
KU_M = ("Aram", "Karwan", "Rebwar", "Dilshad", "Hiwa", "Shvan", "Azad", "Kawa", "Baran", "Rekan", "Sherwan", "Bakhtiyar", "Hawre", "Diyar", "Serhat", "Rizgar", "Zana", "Ciwan", "Alan", "Hemin")  # fmt: skip
KU_S = ("Ahmad", "Mohammad", "Rashid", "Aziz", "Karim", "Mahmoud", "Hassan", "Qadir", "Othman", "Mustafa", "Kurdi", "Amin", "Rasul", "Salih", "Hamid", "Faraj", "Saeed", "Jalal", "Abdulla", "Zebari", "Hawrami", "Baban", "Doski", "Sindi")  # fmt: skip
# Also common in Sweden, by the writer's judgement: Ukraine, India, China, Germany, Norway and Denmark.
UA_F = ("Olena", "Tetiana", "Nataliia", "Iryna", "Oksana", "Yuliia", "Svitlana", "Anastasiia", "Kateryna", "Mariia", "Liudmyla", "Viktoriia", "Alina", "Daria", "Halyna", "Nadiia", "Sofiia", "Valentyna")  # fmt: skip
UA_M = ("Oleksandr", "Serhii", "Volodymyr", "Andrii", "Dmytro", "Mykola", "Ivan", "Oleksii", "Yurii", "Vasyl", "Viktor", "Maksym", "Vitalii", "Petro", "Bohdan", "Taras", "Roman", "Ihor")  # fmt: skip
UA_S = ("Melnyk", "Shevchenko", "Boiko", "Kovalenko", "Bondarenko", "Tkachenko", "Kovalchuk", "Kravchenko", "Oliinyk", "Shevchuk", "Koval", "Polishchuk", "Bondar", "Tkachuk", "Moroz", "Marchenko", "Lysenko", "Rudenko", "Savchenko", "Petrenko")  # fmt: skip
IN_F = ("Priya", "Anjali", "Pooja", "Neha", "Divya", "Sneha", "Kavya", "Lakshmi", "Deepa", "Swati", "Aishwarya", "Shreya", "Meera", "Ananya", "Ritu", "Sunita", "Nandini", "Harpreet")  # fmt: skip
IN_M = ("Rahul", "Amit", "Vikram", "Rajesh", "Suresh", "Arjun", "Sanjay", "Anil", "Karthik", "Rohit", "Vijay", "Arun", "Prakash", "Ravi", "Sunil", "Manoj", "Abhishek", "Gurpreet")  # fmt: skip
IN_S = ("Sharma", "Patel", "Singh", "Kumar", "Reddy", "Iyer", "Nair", "Gupta", "Rao", "Shah", "Joshi", "Mehta", "Menon", "Das", "Pillai", "Krishnan", "Verma", "Kaur", "Desai", "Chatterjee")  # fmt: skip
CN_F = ("Li", "Jing", "Min", "Yan", "Hui", "Xiaoyan", "Ying", "Fang", "Lei", "Mei", "Xin", "Yue", "Ling", "Qian", "Wen")  # fmt: skip
CN_M = ("Wei", "Jun", "Hao", "Lei", "Jian", "Tao", "Ming", "Yong", "Qiang", "Bo", "Chen", "Peng", "Yang", "Zhiwei", "Xiaoming")  # fmt: skip
CN_S = ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "Lin", "He")  # fmt: skip
DE_F = ("Sabine", "Petra", "Susanne", "Claudia", "Andrea", "Monika", "Birgit", "Stefanie", "Julia", "Katrin", "Anja", "Ursula", "Heike", "Nicole", "Ute", "Gabriele", "Renate", "Ingrid")  # fmt: skip
DE_M = ("Thomas", "Michael", "Andreas", "Stefan", "Klaus", "Jürgen", "Wolfgang", "Peter", "Frank", "Uwe", "Matthias", "Dieter", "Jens", "Torsten", "Markus", "Holger", "Bernd", "Jörg")  # fmt: skip
DE_S = ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann")  # fmt: skip
NO_F = ("Anne", "Inger", "Kari", "Marit", "Ingrid", "Liv", "Eva", "Berit", "Astrid", "Bjørg", "Hilde", "Anna", "Solveig", "Marianne", "Randi", "Ida", "Nina", "Mette", "Hanne", "Sidsel")  # fmt: skip
NO_M = ("Jan", "Per", "Bjørn", "Ole", "Lars", "Kjell", "Knut", "Arne", "Svein", "Hans", "Geir", "Jens", "Morten", "Søren", "Niels", "Tor", "Terje", "Rune", "Henrik", "Jørgen")  # fmt: skip
NO_S = ("Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Nielsen", "Christensen", "Sørensen", "Rasmussen", "Bakke", "Dahl", "Halvorsen", "Solberg")  # fmt: skip

# The US Census 1990 lists (public domain), copied from the names package: name and per cent.
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
)  # fmt: skip

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
    "german": Origin(ranked(DE_F, 10), ranked(DE_M, 10), ranked(DE_S, 10)),
    "nordic": Origin(ranked(NO_F, 10), ranked(NO_M, 10), ranked(NO_S, 10)),
}

# Who is named, per language of the row: Swedish largest in Swedish and mixed text, roughly as
# Sweden's population is (and, in property papers, its owners: Germans, Norwegians and Danes own
# many summer houses); English text mostly US and UK names.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 68, "finnish": 4, "arabic": 5.5, "polish": 2.5, "persian": 2.2, "bcs": 2.2,
        "somali": 1.8, "kurdish": 1.4, "turkish": 1.4, "eritrean": 1.1, "afghan": 1.3, "thai": 1,
        "latin": 0.9, "ukrainian": 1, "indian": 1, "chinese": 0.6, "german": 1.5, "nordic": 1.3,
        "uk": 0.6, "us": 0.5,
    },
    "en": {
        "us": 38, "uk": 34, "swedish": 9, "german": 3, "nordic": 2, "indian": 3, "arabic": 1.5,
        "polish": 1.5, "latin": 2, "chinese": 1.2, "finnish": 1, "persian": 0.8, "turkish": 0.7,
        "somali": 0.6, "ukrainian": 0.7, "bcs": 0.5, "kurdish": 0.4, "thai": 0.5, "afghan": 0.4,
        "eritrean": 0.4,
    },
    "mixed": {
        "swedish": 50, "uk": 10, "us": 9, "arabic": 4.5, "finnish": 3, "polish": 3, "german": 2.5,
        "nordic": 2, "persian": 2, "bcs": 2, "indian": 2, "kurdish": 1.3, "turkish": 1.3,
        "somali": 1.3, "ukrainian": 1.3, "afghan": 1, "eritrean": 1, "thai": 0.9, "latin": 1,
        "chinese": 0.8,
    },
}  # fmt: skip

# Short forms people are called by (only given names that have one common short form or more).
NICK_SV = {
    "Lars": ["Lasse"], "Karl": ["Kalle"], "Mikael": ["Micke"], "Per": ["Pelle", "Peppe"],
    "Joakim": ["Jocke"], "Thomas": ["Tompa"], "Tomas": ["Tompa"], "Fredrik": ["Fredde"],
    "Magnus": ["Manne"], "Kristoffer": ["Krille"], "Christoffer": ["Stoffe", "Chris"],
    "Sebastian": ["Sebbe"], "Gustav": ["Gurra", "Gusse"], "Gustaf": ["Gurra"], "Robert": ["Robban"],
    "Patrik": ["Patte"], "Marcus": ["Mackan"], "Niklas": ["Nicke"], "Stefan": ["Steffe"],
    "Mattias": ["Matte"], "Jonas": ["Jonte"], "Tobias": ["Tobbe"], "Rickard": ["Ricky"],
    "Kenneth": ["Kenta"], "Hans": ["Hasse"], "Ulf": ["Uffe"], "Bengt": ["Bengan"], "Jan": ["Janne"],
    "Christer": ["Crille"], "Gunnar": ["Gurra"], "Leif": ["Leffe"], "Torbjörn": ["Totte"],
    "Erik": ["Erre"], "Daniel": ["Danne"], "Alexander": ["Alex", "Acke"], "William": ["Wille"],
    "Oskar": ["Ogge"], "Jesper": ["Jeppe"], "Sven": ["Svenne"], "Olof": ["Olle"], "Axel": ["Acke"],
    "Johan": ["Jojje"], "Anders": ["Ante"], "Sixten": ["Sigge"], "Ludvig": ["Ludde"],
    "Elisabeth": ["Lisa", "Bettan"], "Elisabet": ["Lisa"], "Margareta": ["Maggan", "Greta"],
    "Christina": ["Kicki", "Stina"], "Kristina": ["Kicki", "Stina", "Tina"],
    "Katarina": ["Kattis", "Kajsa"], "Charlotte": ["Lotta"], "Susanne": ["Sussie", "Sanna"],
    "Barbro": ["Babsan"], "Birgitta": ["Gittan", "Bibbi"], "Gunilla": ["Nilla"],
    "Madeleine": ["Madde"], "Rebecka": ["Becka"], "Rebecca": ["Becca"], "Viktoria": ["Vicky"],
    "Victoria": ["Vicky"], "Josefin": ["Jossan"], "Therese": ["Tessan"], "Jessica": ["Jessie"],
    "Amanda": ["Manda"], "Matilda": ["Tilda"], "Felicia": ["Fillan"], "Louise": ["Lollo"],
    "Caroline": ["Carro"], "Camilla": ["Millan"], "Cecilia": ["Cissi"], "Annika": ["Anki"],
    "Alexandra": ["Sandra", "Alex"], "Ingegerd": ["Inga"], "Marianne": ["Mariann", "Majsan"],
}  # fmt: skip
NICK_EN = {
    "William": ["Will", "Bill", "Billy"], "Robert": ["Rob", "Bob", "Bobby"], "James": ["Jim", "Jimmy", "Jamie"],
    "John": ["Johnny", "Jack"], "Michael": ["Mike", "Mick"], "Richard": ["Rich", "Rick", "Dick"],
    "Thomas": ["Tom", "Tommy"], "Christopher": ["Chris"], "Daniel": ["Dan", "Danny"], "Matthew": ["Matt"],
    "Anthony": ["Tony"], "Joseph": ["Joe", "Joey"], "Edward": ["Ed", "Eddie", "Ted"], "David": ["Dave"],
    "Stephen": ["Steve"], "Steven": ["Steve"], "Andrew": ["Andy", "Drew"], "Benjamin": ["Ben"],
    "Nicholas": ["Nick"], "Jonathan": ["Jon"], "Samuel": ["Sam"], "Charles": ["Charlie", "Chuck"],
    "Alexander": ["Alex"], "Timothy": ["Tim"], "Peter": ["Pete"], "Patrick": ["Pat"], "Gregory": ["Greg"],
    "Kenneth": ["Ken", "Kenny"], "Ronald": ["Ron", "Ronnie"], "Donald": ["Don"], "Gerald": ["Gerry"],
    "Philip": ["Phil"], "Frederick": ["Fred", "Freddie"], "Lawrence": ["Larry"], "Raymond": ["Ray"],
    "Elizabeth": ["Liz", "Beth", "Lizzie"], "Margaret": ["Maggie", "Peggy", "Meg"], "Jennifer": ["Jen", "Jenny"],
    "Katherine": ["Kate", "Katie"], "Catherine": ["Cathy", "Kate"], "Patricia": ["Pat", "Trish"],
    "Susan": ["Sue", "Susie"], "Deborah": ["Debbie", "Deb"], "Rebecca": ["Becky", "Becca"],
    "Victoria": ["Vicky", "Tori"], "Alexandra": ["Alex", "Lexi"], "Samantha": ["Sam", "Sammy"],
    "Christine": ["Chris", "Chrissie"], "Abigail": ["Abby"], "Jessica": ["Jess"], "Kimberly": ["Kim"],
    "Barbara": ["Barb", "Babs"], "Dorothy": ["Dot", "Dottie"], "Pamela": ["Pam"], "Cynthia": ["Cindy"],
    "Judith": ["Judy"], "Eleanor": ["Ellie", "Nell"], "Amanda": ["Mandy"], "Josephine": ["Jo", "Josie"],
    "Theresa": ["Tess"], "Jacqueline": ["Jackie"], "Gillian": ["Gill"], "Nicola": ["Nicky"],
    "Philippa": ["Pippa"], "Frances": ["Fran"], "Sandra": ["Sandy"],
}  # fmt: skip
NICKNAMES: dict[str, dict[str, list[str]]] = {
    "swedish": NICK_SV,
    "uk": NICK_EN,
    "us": NICK_EN,
    "polish": {
        "Małgorzata": ["Gosia"], "Katarzyna": ["Kasia"], "Aleksandra": ["Ola"], "Magdalena": ["Magda"],
        "Agnieszka": ["Aga"], "Joanna": ["Asia"], "Krzysztof": ["Krzysiek"], "Tomasz": ["Tomek"],
        "Jakub": ["Kuba"], "Grzegorz": ["Grzesiek"], "Wojciech": ["Wojtek"], "Piotr": ["Piotrek"],
    },
    "arabic": {"Mohammed": ["Mo", "Hamoudi"], "Abdullah": ["Abdo"], "Youssef": ["Jousef"]},
    "finnish": {"Juhani": ["Jussi"], "Matti": ["Masa"], "Johanna": ["Hanna"], "Marjatta": ["Maikki"]},
    "ukrainian": {"Oleksandr": ["Sasha"], "Volodymyr": ["Volodya"], "Kateryna": ["Katia"], "Anastasiia": ["Nastia"]},
}  # fmt: skip

# Letters typed without their marks (`Wisniewski`, `Hodzic`, `Yilmaz`): NFKD drops the accents;
# the letters it leaves alone are mapped here.
_PLAIN = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O"})


def plain(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.translate(_PLAIN))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname's feminine form: -ski -ska, -cki -cka, -dzki -dzka; others as they are."""
    for end, fem in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(end):
            return surname[: -len(end)] + fem
    return surname
