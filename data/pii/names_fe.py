# ruff: noqa: E501
"""Name pools of held-out FE (issue 15): who is named, and how often, as the population has them.

Swedish given names and surnames in the order of SCB's name statistics, written from the writer's
general knowledge (weight 1/rank; the head the top 150, a tail of rarer names past them); the US
Census 1990 lists (public domain, copied from the `names` package's `dist.female.first`,
`dist.male.first` and `dist.all.last`; the census per cent as weight, head 150); UK names in the
order of the ONS rankings (general knowledge, 1/rank; given names head 130, surnames head 150);
and the commonest given names and surnames of origins common in Sweden (1/rank, head 10). No name here was checked against anything in the
repository; none was left out for being known or unknown.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this probability, else its tail

# SCB, women's given names: the top 150 in rank order, then rarer names past them.
SV_F = (
    "Maria", "Anna", "Margareta", "Elisabeth", "Eva", "Kristina", "Birgitta", "Karin", "Elisabet", "Marie",
    "Ingrid", "Christina", "Linnéa", "Sofia", "Kerstin", "Lena", "Helena", "Emma", "Johanna", "Inger",
    "Sara", "Cecilia", "Elin", "Anita", "Ida", "Louise", "Ulla", "Viktoria", "Gunilla", "Linnea",
    "Julia", "Susanne", "Hanna", "Malin", "Jenny", "Monica", "Matilda", "Ulrika", "Amanda", "Elsa",
    "Astrid", "Linda", "Ingegerd", "Ann", "Caroline", "Ebba", "Alice", "Camilla", "Frida", "Lisa",
    "Maja", "Wilma", "Britt", "Siv", "Åsa", "Josefin", "Agneta", "Therese", "Marianne", "Anneli",
    "Charlotte", "Karolina", "Annika", "Irene", "Barbro", "Klara", "Yvonne", "Gun", "Sandra", "Jessica",
    "Ellen", "Katarina", "Lovisa", "Emelie", "Ingeborg", "Alexandra", "Ann-Marie", "Maj", "Pia", "Gunnel",
    "Birgit", "Erika", "Anette", "Carina", "Emilia", "Olivia", "Ella", "Moa", "Felicia", "Mona",
    "Madeleine", "Gunhild", "Ingela", "Ann-Christin", "Elvira", "Isabelle", "Rebecka", "Nathalie", "Lina", "Ronja",
    "Agnes", "Sonja", "Ester", "Selma", "Saga", "Hilda", "Stina", "Majken", "Greta", "Alva",
    "Vera", "Freja", "Lilly", "Tove", "Mikaela", "Jennie", "Annelie", "Petra", "Viola", "Ellinor",
    "Isabella", "Signe", "Tilda", "Nora", "Mia", "Emilie", "Cornelia", "Tova", "Britta", "Marita",
    "Gerd", "Ulrica", "Ruth", "Solveig", "Lillian", "Märta", "Berit", "Elina", "Liv", "Irma",
    "Dagny", "Sigrid", "Kristin", "Jeanette", "Veronica", "Marina", "Gabriella", "Hillevi", "Linn", "Evelina",
    # the tail
    "Aina", "Alma", "Asta", "Augusta", "Beata", "Bodil", "Dagmar", "Doris", "Edit", "Edla",
    "Elise", "Emy", "Erna", "Estrid", "Ethel", "Fanny", "Gertrud", "Hedvig", "Hulda", "Ines",
    "Iris", "Judit", "Karla", "Lotta", "Magdalena", "Margit", "Maud", "Mirjam", "Nanna", "Nelly",
    "Olga", "Paula", "Ragnhild", "Rakel", "Rosa", "Rut", "Sanna", "Silvia", "Siri", "Sofie",
    "Svea", "Thea", "Tyra", "Vanja", "Vilma", "Ylva", "Yasmin", "Zara", "Adina", "Agda",
    "Aurora", "Bella", "Benita", "Betty", "Bianca", "Carin", "Catharina", "Charlotta", "Clara", "Daniela",
    "Denise", "Edith", "Elinor", "Elna", "Elsie", "Emmy", "Eivor", "Ewa", "Filippa", "Flora",
    "Gisela", "Gudrun", "Harriet", "Heidi", "Helen", "Helene", "Henrietta", "Hilma", "Idun", "Ingalill",
    "Ingbritt", "Ingmarie", "Inez", "Isa", "Jasmine", "Josefine", "Juni", "Kajsa", "Katja", "Laila",
    "Lea", "Lilian", "Lisbeth", "Livia", "Lo", "Lova", "Lykke", "Majvor", "Malva", "Margaretha",
    "Marit", "Marlene", "Meja", "Melissa", "Minna", "Mira", "Molly", "My", "Märit", "Naemi",
    "Natalie", "Nellie", "Nova", "Ottilia", "Pernilla", "Rebecca", "Regina", "Rosita", "Sabina", "Sally",
    "Sonia", "Stella", "Susann", "Tekla", "Tina", "Tindra", "Tora", "Ulla-Britt", "Valborg", "Vendela",
    "Viveka", "Vivianne", "Ann-Sofie", "Anna-Karin", "Ann-Britt", "Eva-Lena", "Anna-Lena", "Britt-Marie", "Maj-Britt", "Alicia",
    "Amelia", "Angelica", "Anja", "Annie", "Antonia", "Beatrice", "Cajsa", "Desirée", "Elena", "Elida",
    "Emmie", "Evy", "Gullvi", "Görel", "Hedda", "Hjördis", "Irja", "Johanne", "Kristine", "Leila",
    "Lill", "Lisen", "Mari", "Marika", "Marion", "Monika", "Nina", "Ninni", "Pauline", "Rigmor",
    "Sigbritt", "Sylvia", "Tuva", "Vivi", "Yrsa", "Elsy", "Ingvor", "Inga", "Ebba-Lena", "Gull-Britt",
    "Ann-Louise", "Karin-Marie", "Mariana", "Marianna", "Josephine", "Estelle", "Jonna", "Lisette", "Ann-Kristin", "Anna-Lisa",
    "Britt-Inger", "Eva-Britt", "Inga-Lill", "Marie-Louise", "Berta", "Cilla", "Dorotea", "Gunborg", "Gunvor", "Irmelin",
    "Jolin", "Lisbet", "Liselott", "Maj-Lis", "Margot", "Mathilda", "Noomi", "Tilde", "Vega", "Wilhelmina",
    "Åse", "Elvy", "Majlis",
)  # fmt: skip

# SCB, men's given names: the top 150 in rank order, then rarer names past them.
SV_M = (
    "Lars", "Karl", "Anders", "Johan", "Per", "Erik", "Nils", "Jan", "Lennart", "Mikael",
    "Hans", "Olof", "Peter", "Gunnar", "Sven", "Fredrik", "Bengt", "Bo", "Daniel", "Gustav",
    "Åke", "Göran", "Alexander", "Magnus", "Martin", "Andreas", "Stefan", "John", "Ulf", "Leif",
    "Mats", "Thomas", "Björn", "Bertil", "Jonas", "Axel", "Ingemar", "Kjell", "Arne", "Oskar",
    "Christer", "Stig", "Emil", "Henrik", "Rolf", "Mattias", "Roland", "Viktor", "William", "Marcus",
    "Patrik", "Tommy", "Anton", "Joakim", "Simon", "Håkan", "Tomas", "Roger", "Rune", "Robert",
    "Sebastian", "Filip", "Christian", "Rickard", "Kent", "Lucas", "Elias", "Hugo", "Jesper", "Kristoffer",
    "Oscar", "Niklas", "Johannes", "Jakob", "Lukas", "Robin", "Adam", "Rasmus", "Isak", "Jimmy",
    "Dennis", "Linus", "Tobias", "Kenneth", "Kurt", "Emanuel", "Sune", "Ove", "Jonathan", "Samuel",
    "Gösta", "Allan", "Ludvig", "Ivar", "Harry", "Noah", "Oliver", "Gabriel", "Jörgen", "Kim",
    "Liam", "Olle", "Hampus", "Albin", "Theodor", "Vincent", "Edvin", "Viggo", "Elliot", "Sixten",
    "Alfred", "Arvid", "Melvin", "Max", "Leo", "Alvin", "Valter", "Torsten", "Ture", "Sten",
    "Holger", "Evert", "Folke", "Gert", "Claes", "Ronny", "Conny", "Morgan", "Pontus", "Dan",
    "Ola", "Jens", "Urban", "Benny", "Örjan", "Stellan", "Markus", "Fabian", "David", "Josef",
    "Mohammad", "Ahmad", "Ali", "Kevin", "Jacob", "Philip", "Carl", "Otto", "Harald", "Ingvar",
    # the tail
    "Algot", "Assar", "Birger", "Bror", "Dag", "Einar", "Elof", "Enar", "Fritiof", "Gottfrid",
    "Halvar", "Helge", "Hilding", "Hjalmar", "Inge", "Jarl", "Knut", "Konrad", "Lage", "Manne",
    "Natanael", "Osvald", "Ragnar", "Rudolf", "Seth", "Sigge", "Sivert", "Tage", "Tor", "Vilgot",
    "Yngve", "Östen", "Adrian", "Agne", "Albert", "Alf", "Alvar", "Arnold", "Aron", "August",
    "Benjamin", "Bernt", "Boris", "Börje", "Carl-Johan", "Casper", "Charlie", "Colin", "Curt", "Douglas",
    "Ebbe", "Edgar", "Edward", "Egon", "Elis", "Elmer", "Elton", "Erland", "Ernst", "Eskil",
    "Felix", "Frank", "Fred", "Fritz", "Georg", "Gerhard", "Gillis", "Glenn", "Gustaf", "Göte",
    "Hadar", "Helmer", "Henning", "Herbert", "Hilmer", "Hans-Olof", "Ingmar", "Ingolf", "Isac", "Ivan",
    "Jack", "Jimmie", "Joel", "Jon", "Justus", "Jörn", "Karl-Erik", "Kaj", "Kasper", "Kennet",
    "Krister", "Lars-Göran", "Lars-Erik", "Leon", "Levi", "Loke", "Love", "Ludwig", "Malte", "Mathias",
    "Milo", "Mio", "Mons", "Nathan", "Nicklas", "Nicolas", "Olov", "Orvar", "Paul", "Peder",
    "Per-Olof", "Pierre", "Povel", "Reidar", "Reinhold", "Rikard", "Roine", "Ronnie", "Rutger", "Ruben",
    "Sam", "Sigurd", "Sigvard", "Staffan", "Svante", "Sture", "Sören", "Teodor", "Thor", "Thorsten",
    "Tim", "Tony", "Torbjörn", "Tord", "Torgny", "Tore", "Uno", "Valdemar", "Vidar", "Vilhelm",
    "Vilmer", "Wilhelm", "Ossian", "Jonatan", "Elvin", "Frans", "Kristian", "Patric", "Sölve", "Tryggve",
    "Ulrik", "Verner", "Werner", "Wiktor", "Ville", "Eddie", "Joar", "Lennie", "Melker", "Nils-Erik",
    "Per-Anders", "Sven-Erik", "Jan-Erik", "Karl-Axel", "Bo-Göran", "Carl-Gustaf", "Jan-Olof", "Lars-Olof", "Sven-Olof", "Per-Erik",
    "Abdullahi", "Ahmed", "Mohamed", "Hassan", "Omar", "Yusuf", "Mustafa", "Ibrahim", "Hussein", "Mehmet",
    "Kalle", "Pelle", "Janne", "Anders-Petter", "Erik-Anders", "Gunder", "Adolf", "Alexis", "Anselm", "Conrad",
    "Dante", "Eric", "Erling", "Hannes", "Herman", "Ingvald", "Ivo", "Kenny", "Kjell-Åke", "Lorentz",
    "Mauritz", "Nore", "Per-Olov", "Sigfrid", "Stig-Arne", "Sven-Åke", "Ted", "Teo", "Thure",
)  # fmt: skip

# SCB, surnames: the top 150 in rank order, then rarer names past them (noble names last).
SV_S = (
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson",
    "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Lindström",
    "Olofsson", "Lindqvist", "Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren", "Lundqvist",
    "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg", "Ali", "Wallin", "Mohammed",
    "Engström", "Eklund", "Danielsson", "Lundin", "Håkansson", "Björk", "Bergman", "Gunnarsson", "Holm", "Wikström",
    "Samuelsson", "Isaksson", "Fransson", "Bergqvist", "Nyström", "Holmberg", "Arvidsson", "Löfgren", "Söderberg", "Nyberg",
    "Blomqvist", "Claesson", "Nordström", "Ahmed", "Mårtensson", "Lundström", "Hassan", "Viklund", "Björklund", "Eliasson",
    "Pålsson", "Berggren", "Sandström", "Lund", "Nordin", "Ström", "Åberg", "Falk", "Ekström", "Hermansson",
    "Holmgren", "Hellström", "Dahlberg", "Hedlund", "Sundberg", "Sjögren", "Ek", "Blom", "Abrahamsson", "Martinsson",
    "Öberg", "Andreasson", "Strömberg", "Månsson", "Åkesson", "Hansen", "Norberg", "Lindholm", "Dahl", "Jonasson",
    "Sundström", "Åström", "Nordqvist", "Ivarsson", "Adolfsson", "Göransson", "Lindblom", "Hussein", "Söderström", "Nordlund",
    "Mohamed", "Berntsson", "Ottosson", "Nordgren", "Augustsson", "Ekberg", "Omar", "Lindahl", "Johnsson", "Strand",
    "Malmberg", "Sundqvist", "Lindén", "Nord", "Hedberg", "Ibrahim", "Forslund", "Sjöström", "Hedström", "Borg",
    "Carlsson", "Petersson", "Bäckström", "Engberg", "Sundin", "Wahlström", "Jensen", "Nielsen", "Olausson", "Björkman",
    "Lindkvist", "Lundell", "Holmqvist", "Strandberg", "Ekman", "Lindvall", "Kvist", "Frisk", "Hägglund", "Wennberg",
    # the tail
    "Sjödin", "Östlund", "Nyman", "Östberg", "Lilja", "Lundmark", "Backlund", "Bergkvist", "Granberg", "Sjölund",
    "Rask", "Hallberg", "Nordberg", "Lindroth", "Edlund", "Melin", "Söderlund", "Hagström", "Åkerlund", "Öhman",
    "Blomberg", "Palm", "Bergh", "Engdahl", "Forsman", "Grahn", "Hedin", "Holmström", "Hultgren", "Högberg",
    "Kjellberg", "Lindfors", "Lindmark", "Ljung", "Lundh", "Modig", "Nordlander", "Norén", "Ohlsson", "Palmqvist",
    "Rosén", "Rydberg", "Sahlin", "Sandell", "Stenberg", "Strömqvist", "Sundell", "Svärd", "Thorén", "Wahlberg",
    "Wallgren", "Westberg", "Westin", "Wikberg", "Zetterberg", "Ågren", "Ahlberg", "Alm", "Almqvist", "Asplund",
    "Berglöf", "Bergsten", "Bergvall", "Bjurström", "Blomgren", "Boström", "Brandt", "Bäck", "Carlberg", "Carlström",
    "Dahlgren", "Dahlqvist", "Ekholm", "Eklöf", "Ekvall", "Enqvist", "Fors", "Forsgren", "Franzén", "Frid",
    "Gran", "Granath", "Granström", "Gustavsson", "Haglund", "Hammar", "Hedman", "Hellberg", "Hellman", "Hjalmarsson",
    "Holmlund", "Hult", "Jacobsson", "Jernberg", "Johannesson", "Karlström", "Kronberg", "Lindbom", "Lindh", "Lindman",
    "Lindstedt", "Ljungberg", "Ljunggren", "Lundahl", "Lundholm", "Lundkvist", "Löfström", "Malm", "Malmström", "Melander",
    "Moberg", "Mörk", "Nordh", "Norling", "Nygren", "Nyholm", "Nylander", "Näslund", "Olander", "Pihl",
    "Rehn", "Roos", "Rydén", "Rönnqvist", "Salomonsson", "Sandgren", "Sandqvist", "Selin", "Sjöstedt", "Skog",
    "Stark", "Sten", "Stenström", "Ståhl", "Sundén", "Svanberg", "Svedberg", "Söderqvist", "Tell", "Thelin",
    "Tornberg", "Törnqvist", "Wallén", "Wennerberg", "Westerberg", "Westman", "Wiberg", "Widén", "Widell", "Wikman",
    "Winberg", "Zackrisson", "Åhman", "Åslund", "Ögren", "Östman", "Backman", "Berglin", "Björnsson", "Bladh",
    "Borgström", "Byström", "Dahlin", "Edström", "Ekdahl", "Elofsson", "Emanuelsson", "Engvall", "Ericsson", "Fagerberg",
    "Fahlgren", "Forsell", "Hammarström", "Helander", "Henningsson", "Holmén", "Högström", "Ingvarsson", "Isberg", "Jeppsson",
    "Kling", "Knutsson", "Krantz", "Lagerström", "Lindblad", "Lindeberg", "Linder", "Ljungqvist", "Lundblad", "Lövgren",
    "Nordén", "Nyqvist", "Paulsson", "Pehrsson", "Rosenberg", "Rosengren", "Rudberg", "Rydström", "Sandén", "Söder",
    "Tjäder", "Torstensson", "Wester", "Westling", "Zander", "Påhlsson", "Stål", "Abdi", "Yusuf", "Kaya",
    "Yilmaz", "Nguyen", "Saleh", "Khalil", "Korhonen", "Virtanen", "Nowak", "Kovačević", "Rahimi", "Mahmoud",
    "von Platen", "De Geer", "af Klercker", "von Sydow", "Sparre", "Leijonhufvud", "von Essen", "Stenbock",
)  # fmt: skip

# ONS rankings, women's given names (the generations together): head 130, then the rest.
UK_F = (
    "Susan", "Sarah", "Margaret", "Elizabeth", "Helen", "Emma", "Claire", "Karen", "Julie", "Nicola",
    "Lisa", "Jennifer", "Rachel", "Catherine", "Joanne", "Laura", "Jane", "Louise", "Patricia", "Mary",
    "Linda", "Deborah", "Alison", "Gillian", "Angela", "Samantha", "Victoria", "Kelly", "Amanda", "Jacqueline",
    "Christine", "Janet", "Barbara", "Pauline", "Sandra", "Dorothy", "Joan", "Jean", "Ann", "Anne",
    "Carol", "Lorraine", "Tracey", "Michelle", "Rebecca", "Hannah", "Charlotte", "Sophie", "Emily", "Jessica",
    "Amy", "Lauren", "Katie", "Lucy", "Chloe", "Olivia", "Amelia", "Isla", "Ava", "Mia",
    "Grace", "Poppy", "Ella", "Lily", "Evie", "Sophia", "Isabella", "Freya", "Ruby", "Daisy",
    "Alice", "Florence", "Millie", "Rosie", "Jasmine", "Eleanor", "Holly", "Megan", "Georgia", "Abigail",
    "Natalie", "Stephanie", "Danielle", "Gemma", "Kirsty", "Zoe", "Leanne", "Donna", "Dawn", "Wendy",
    "Beverley", "Denise", "Valerie", "Sheila", "Shirley", "Maureen", "Brenda", "Irene", "Eileen", "Doreen",
    "Sylvia", "Marion", "Marjorie", "Hilda", "Doris", "Edna", "Gladys", "Vera", "Rita", "Kathleen",
    "Elsie", "Betty", "Iris", "Joyce", "Evelyn", "Gwen", "Hazel", "Heather", "Yvonne", "Tina",
    "Andrea", "Caroline", "Fiona", "Kerry", "Kim", "Joanna", "Melanie", "Lynne", "Diane", "Judith",
    # the tail
    "Frances", "Rosemary", "Josephine", "Ruth", "Harriet", "Imogen", "Phoebe", "Matilda", "Esme", "Willow",
    "Ivy", "Aria", "Maisie", "Martha", "Scarlett", "Bethany", "Leah", "Naomi", "Aisha", "Zara",
    "Maya", "Layla", "Erin", "Caitlin", "Niamh", "Siobhan", "Bridget", "Rhiannon", "Cerys", "Sian",
    "Bronwen", "Eilidh", "Morag", "Shona", "Mhairi", "Ailsa", "Catriona", "Kayleigh", "Chelsea", "Jade",
    "Stacey", "Charlene", "Hayley", "Kimberley", "Nikki", "Toni", "Jodie", "Kate", "Katy", "Sally",
    "Penny", "Philippa", "Jill", "Lesley", "Maxine", "Marilyn", "Glenys", "Olive", "Ada", "Edith",
    "Mabel", "Nellie", "Winifred", "Lilian", "Beatrice", "Annabel", "Clare", "Tamsin", "Rowena", "Bernadette",
)  # fmt: skip

# ONS rankings, men's given names (the generations together): head 130, then the rest.
UK_M = (
    "David", "John", "Paul", "Mark", "James", "Andrew", "Michael", "Peter", "Robert", "Stephen",
    "Richard", "Christopher", "Ian", "Thomas", "Daniel", "Anthony", "Simon", "Steven", "Matthew", "Gary",
    "William", "Kevin", "Martin", "Alan", "Brian", "Jason", "Lee", "Darren", "Neil", "Stuart",
    "Craig", "Adam", "Jonathan", "Philip", "Graham", "Keith", "Colin", "Kenneth", "George", "Harry",
    "Oliver", "Jack", "Charlie", "Jacob", "Oscar", "Noah", "Leo", "Arthur", "Muhammad", "Freddie",
    "Alfie", "Theo", "Archie", "Joshua", "Samuel", "Benjamin", "Joseph", "Luke", "Ryan", "Liam",
    "Callum", "Connor", "Jamie", "Scott", "Nathan", "Ben", "Sam", "Tom", "Carl", "Wayne",
    "Dean", "Shaun", "Glen", "Barry", "Terry", "Roger", "Trevor", "Derek", "Raymond", "Ronald",
    "Dennis", "Frank", "Ernest", "Albert", "Frederick", "Harold", "Stanley", "Leslie", "Norman", "Donald",
    "Gordon", "Douglas", "Malcolm", "Gareth", "Rhys", "Dylan", "Owen", "Evan", "Iain", "Euan",
    "Fraser", "Angus", "Ross", "Sean", "Patrick", "Declan", "Ciaran", "Aidan", "Conor", "Kieran",
    "Jake", "Kyle", "Jordan", "Bradley", "Reece", "Tyler", "Elliot", "Toby", "Henry", "Edward",
    "Alexander", "Max", "Isaac", "Lucas", "Ethan", "Mason", "Logan", "Finley", "Louis", "Hugo",
    # the tail
    "Rory", "Felix", "Sebastian", "Theodore", "Albie", "Reggie", "Ronnie", "Tommy", "Jude", "Jesse",
    "Caleb", "Harrison", "Elijah", "Arlo", "Teddy", "Vincent", "Victor", "Howard", "Clive", "Nigel",
    "Russell", "Vernon", "Cyril", "Wilfred", "Percy", "Walter", "Gerald", "Geoffrey", "Roy", "Ivor",
    "Hugh", "Rupert", "Giles", "Julian", "Adrian", "Jeremy", "Dominic", "Marcus", "Tristan", "Gethin",
    "Dafydd", "Hamish", "Imran", "Mohammed", "Hassan", "Bilal", "Omar", "Arjun", "Aryan", "Kai",
    "Alistair", "Duncan", "Graeme", "Lewis", "Robbie", "Nicholas", "Timothy", "Edwin", "Clifford", "Lionel",
    "Bernard", "Cecil", "Reginald", "Herbert", "Sidney", "Arnold", "Eric", "Billy", "Jimmy", "Danny",
)  # fmt: skip

# ONS, the commonest surnames of England and Wales: head 150, then the rest.
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
    "Hancock", "Thornton", "Baldwin", "Burrows", "Briggs", "Storey", "Pugh", "Jacobs", "Farmer", "Tait",
    "Fitzgerald", "Macleod", "MacDonald", "Fraser", "Ogden", "Pickering", "Rhodes", "Sykes", "Whittaker", "Ashworth",
)  # fmt: skip

# Origins common in Sweden: their commonest given names and surnames, head 10, 1/rank.
FINNISH = (
    ("Maria", "Helena", "Johanna", "Anneli", "Kaarina", "Marjatta", "Anna", "Liisa", "Annikki", "Hannele",
     "Tuula", "Päivi", "Leena", "Riitta", "Sari", "Pirjo", "Minna", "Tiina", "Anne", "Marja",
     "Kirsi", "Eila", "Aino", "Sirpa", "Ritva", "Tarja", "Satu", "Raija"),
    ("Juhani", "Johannes", "Mikael", "Olavi", "Antero", "Tapani", "Kalevi", "Matti", "Timo", "Kari",
     "Jari", "Pekka", "Mikko", "Jukka", "Markku", "Antti", "Hannu", "Heikki", "Seppo", "Ville",
     "Juha", "Petri", "Esa", "Pentti", "Tapio", "Janne", "Risto", "Veikko"),
    ("Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen",
     "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen",
     "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen"),
)  # fmt: skip
# Iraq, Syria, Lebanon and Palestine, with Assyrian/Syriac names among them.
ARABIC = (
    ("Fatima", "Maryam", "Zainab", "Noor", "Sara", "Amina", "Aisha", "Hiba", "Rana", "Layla",
     "Rasha", "Dalia", "Huda", "Zahra", "Nour", "Yasmin", "Shahad", "Rania", "Lina", "Reem",
     "Hanan", "Samira", "Ninve", "Shamiram", "Nahrin", "Mariam", "Souad", "Ghada", "Nisreen", "Lamia"),
    ("Mohammed", "Ali", "Ahmed", "Mohamad", "Hassan", "Hussein", "Omar", "Mustafa", "Ibrahim", "Abdullah",
     "Khaled", "Yousef", "Karim", "Ammar", "Haidar", "Mahmoud", "Samir", "Tarek", "Bassam", "Ziad",
     "Firas", "Waleed", "Adnan", "Jamal", "Sargon", "Ninos", "Ashur", "Gabriel", "Yacoub", "Gewargis"),
    ("Ali", "Mohammed", "Ahmed", "Hassan", "Hussein", "Abdullah", "Ibrahim", "Khalil", "Saleh", "Mahmoud",
     "Jaber", "Kadhim", "Abbas", "Jasim", "Al-Saadi", "Al-Jaberi", "Al-Obaidi", "Haddad", "Khoury", "Nasser",
     "Mansour", "Yousef", "Ismail", "Hamid", "Shamoun", "Barsoum", "Saliba", "Yonan", "Lahdo", "Danho",
     "Bahnan", "Gorgis", "Malke", "Shabo", "Hadodo", "Aho", "Isik"),
)  # fmt: skip
SOMALI = (
    ("Fadumo", "Hodan", "Amina", "Hibo", "Sahra", "Ayaan", "Ifrah", "Deqa", "Nasra", "Ubah",
     "Hawa", "Khadija", "Sagal", "Maryan", "Asha", "Muna", "Najma", "Ikran", "Idil", "Farhiya",
     "Sucaad", "Halima", "Safiya", "Anab", "Hamdi"),
    ("Mohamed", "Abdi", "Ahmed", "Abdullahi", "Ali", "Hassan", "Omar", "Yusuf", "Abdirahman", "Mahad",
     "Liban", "Hussein", "Abdirizak", "Guled", "Bashir", "Ismail", "Farah", "Hamza", "Khalid", "Said",
     "Osman", "Nuur", "Jama", "Warsame", "Mukhtar"),
    ("Mohamed", "Ali", "Ahmed", "Hassan", "Abdi", "Farah", "Omar", "Yusuf", "Ismail", "Hussein",
     "Abdullahi", "Osman", "Jama", "Warsame", "Nur", "Aden", "Mohamud", "Hirsi", "Dahir", "Elmi",
     "Egal", "Abdulle", "Gedi", "Duale", "Barre", "Mahamud", "Samatar", "Guled", "Ibrahim"),
)  # fmt: skip
# Polish surnames in their masculine form; `feminine` gives a woman's -ska/-cka.
POLISH = (
    ("Anna", "Katarzyna", "Maria", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Magdalena", "Elżbieta", "Joanna",
     "Aleksandra", "Monika", "Krystyna", "Zofia", "Teresa", "Danuta", "Natalia", "Karolina", "Marta", "Justyna",
     "Beata", "Dorota", "Jadwiga", "Alicja", "Paulina", "Izabela", "Grażyna", "Wiktoria"),
    ("Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Jan", "Michał", "Marcin", "Stanisław", "Jakub",
     "Adam", "Marek", "Łukasz", "Grzegorz", "Mateusz", "Wojciech", "Mariusz", "Dariusz", "Zbigniew", "Jerzy",
     "Maciej", "Rafał", "Kamil", "Robert", "Józef", "Kacper", "Szymon", "Przemysław"),
    ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak",
     "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Wojciechowski", "Kwiatkowski", "Krawczyk", "Kaczmarek", "Piotrowski", "Grabowski",
     "Zając", "Pawłowski", "Michalski", "Król", "Wieczorek", "Jabłoński", "Wróbel", "Nowakowski", "Majewski", "Olszewski",
     "Stępień", "Malinowski", "Jaworski", "Adamczyk", "Dudek", "Nowicki", "Górski", "Sikora", "Zawadzki", "Czarnecki",
     "Sadowski", "Sokołowski", "Wysocki", "Głowacki"),
)  # fmt: skip
PERSIAN = (
    ("Maryam", "Fatemeh", "Zahra", "Leila", "Shirin", "Parisa", "Nasrin", "Mina", "Roya", "Azadeh",
     "Sara", "Neda", "Mahsa", "Yasaman", "Golnaz", "Parvaneh", "Shadi", "Nazanin", "Farzaneh", "Soheila",
     "Mitra", "Elham", "Ladan", "Setareh", "Niloufar"),
    ("Mohammad", "Ali", "Reza", "Hossein", "Mehdi", "Amir", "Hamid", "Saeed", "Behnam", "Farhad",
     "Babak", "Kaveh", "Arash", "Dariush", "Omid", "Majid", "Navid", "Payam", "Kamran", "Behrouz",
     "Ramin", "Shahram", "Afshin", "Peyman", "Masoud"),
    ("Mohammadi", "Hosseini", "Ahmadi", "Rezaei", "Karimi", "Moradi", "Hashemi", "Rahimi", "Jafari", "Mousavi",
     "Ghasemi", "Sadeghi", "Kazemi", "Nazari", "Ebrahimi", "Rostami", "Akbari", "Azizi", "Bagheri", "Tehrani",
     "Shirazi", "Esfahani", "Amini", "Habibi", "Sharifi", "Najafi", "Yazdani", "Farahani", "Khosravi", "Soltani"),
)  # fmt: skip
# Bosnian, Serbian and Croatian.
BCS = (
    ("Amra", "Emina", "Lejla", "Amela", "Azra", "Jasmina", "Selma", "Ajla", "Aida", "Mirela",
     "Ana", "Marija", "Ivana", "Jelena", "Snežana", "Dragana", "Milica", "Vesna", "Mirjana", "Sanja",
     "Maja", "Nataša", "Gordana", "Biljana", "Katarina", "Tanja", "Zorica", "Nermina", "Senada", "Alma"),
    ("Emir", "Adnan", "Amir", "Edin", "Haris", "Mirza", "Senad", "Samir", "Elvir", "Damir",
     "Nermin", "Almir", "Dragan", "Zoran", "Goran", "Milan", "Nikola", "Marko", "Stefan", "Ivan",
     "Dejan", "Nenad", "Slobodan", "Miroslav", "Željko", "Ante", "Josip", "Tomislav", "Mladen", "Branko"),
    ("Hodžić", "Hadžić", "Kovačević", "Begić", "Delić", "Mehmedović", "Husić", "Ibrahimović", "Hasanović", "Salihović",
     "Omerović", "Alić", "Softić", "Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić",
     "Stanković", "Pavlović", "Horvat", "Babić", "Marić", "Knežević", "Jurić", "Perić", "Tomić", "Kovač",
     "Vuković", "Popović", "Mujić", "Suljić", "Šehić"),
)  # fmt: skip
TURKISH = (
    ("Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Şerife", "Zehra", "Sultan",
     "Hanife", "Merve", "Esra", "Özlem", "Yasemin", "Derya", "Gül", "Aylin", "Büşra", "Selin",
     "Ebru", "Sibel", "Songül", "Filiz", "Nur", "Deniz", "Ece"),
    ("Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Osman", "Yusuf",
     "Murat", "Ömer", "Ramazan", "Halil", "Süleyman", "Abdullah", "Mahmut", "Recep", "Salih", "Fatih",
     "Kadir", "Emre", "Burak", "Serkan", "Cem", "Can", "Erkan", "Hakan"),
    ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir",
     "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek",
     "Polat", "Korkmaz", "Çakır", "Erdoğan", "Yavuz", "Acar", "Aktaş", "Güler", "Bulut", "Keskin", "Ünal"),
)  # fmt: skip
# Eritrean: the father's given name serves as surname.
ERITREAN = (
    ("Helen", "Senait", "Mebrat", "Selam", "Saba", "Tsega", "Yohana", "Rahel", "Ruta", "Hiwet",
     "Winta", "Feven", "Semhar", "Lidya", "Eden", "Nardos", "Bisrat", "Tirhas", "Abeba", "Almaz",
     "Mehret", "Freweyni", "Yordanos", "Azieb", "Luwam", "Merhawit"),
    ("Yonas", "Daniel", "Tesfay", "Mehari", "Samuel", "Yohannes", "Filmon", "Kidane", "Michael", "Semere",
     "Dawit", "Robel", "Amanuel", "Habtom", "Berhane", "Efrem", "Tekle", "Ghirmay", "Mussie", "Bereket",
     "Yemane", "Haile", "Abraham", "Henok", "Natnael", "Tesfalem"),
    ("Tesfay", "Gebremedhin", "Haile", "Tekle", "Berhane", "Kidane", "Gebreyesus", "Mehari", "Ghebremariam", "Woldemichael",
     "Tesfamariam", "Yohannes", "Abraha", "Habte", "Ghebrehiwet", "Mengstab", "Andemariam", "Weldu", "Asmelash", "Kahsay",
     "Negash", "Zerai", "Tewelde", "Gebru", "Okbamichael", "Yemane", "Hagos"),
)  # fmt: skip
# Afghan: Dari and Pashto, Hazara names among them.
AFGHAN = (
    ("Fatima", "Zahra", "Masoumeh", "Maryam", "Sakina", "Nargis", "Shabnam", "Mursal", "Farzana", "Mahbooba",
     "Zarghona", "Malalai", "Freshta", "Sodaba", "Parwana", "Marzia", "Nilofar", "Roya", "Khadija", "Laila",
     "Homa", "Shakiba", "Hadia", "Tahmina"),
    ("Mohammad", "Ali", "Ahmad", "Hussain", "Mustafa", "Reza", "Abdul", "Mahdi", "Sayed", "Hamid",
     "Jawad", "Ehsan", "Rahmatullah", "Abdullah", "Najib", "Farid", "Nasir", "Shafiq", "Zabihullah", "Habib",
     "Murtaza", "Sultan", "Karim", "Aziz", "Yama", "Masoud", "Omid"),
    ("Ahmadi", "Hosseini", "Rezaie", "Mohammadi", "Jafari", "Hussaini", "Rahimi", "Karimi", "Sultani", "Haidari",
     "Noori", "Amiri", "Qasemi", "Sadat", "Popal", "Stanekzai", "Ahmadzai", "Wardak", "Safi", "Nazari",
     "Mirzaei", "Yousufi", "Rahmani", "Hakimi", "Azizi", "Sharifi", "Habibi", "Sediqi"),
)  # fmt: skip
THAI = (
    ("Malee", "Siriwan", "Pranee", "Sunisa", "Kanya", "Nittaya", "Ratana", "Wanida", "Supaporn", "Jintana",
     "Kannika", "Pornthip", "Araya", "Orathai", "Sumalee", "Duangjai", "Lamai", "Patcharee", "Chalita", "Nattaya",
     "Thanyarat", "Buppha", "Wilai", "Bunma"),
    ("Somchai", "Somsak", "Prasert", "Sompong", "Suchart", "Boonmee", "Chaiya", "Anan", "Wichai", "Surachai",
     "Niran", "Thawatchai", "Kittisak", "Sakda", "Narong", "Sombat", "Chatchai", "Somkid", "Apichat", "Thanakorn",
     "Preecha", "Manop", "Decha"),
    ("Saetang", "Saelim", "Srisuk", "Saeheng", "Srisawat", "Wongsuwan", "Thongchai", "Boonyarat", "Chantarasuk", "Kaewmanee",
     "Suksawat", "Sukprasert", "Rattanakorn", "Phromma", "Sangthong", "Kongkaew", "Intharat", "Jaidee", "Boonsong", "Kaewkham",
     "Thongdee", "Phetsuk", "Somboon", "Charoenrat", "Siriwat", "Wattana", "Chaisri", "Buakaew"),
)  # fmt: skip
# Chile first, Latin America after it: two surnames, the father's and the mother's.
LATIN = (
    ("María", "Carolina", "Camila", "Javiera", "Francisca", "Valentina", "Catalina", "Daniela", "Constanza", "Fernanda",
     "Claudia", "Paula", "Andrea", "Patricia", "Verónica", "Alejandra", "Gabriela", "Paola", "Marcela", "Ximena",
     "Rosa", "Isabel", "Lorena", "Soledad", "Macarena", "Pamela"),
    ("José", "Juan", "Luis", "Carlos", "Jorge", "Manuel", "Francisco", "Pedro", "Sebastián", "Cristián",
     "Rodrigo", "Felipe", "Diego", "Matías", "Nicolás", "Pablo", "Alejandro", "Gonzalo", "Patricio", "Mauricio",
     "Hernán", "Raúl", "Sergio", "Víctor", "Andrés", "Marcelo", "Ricardo"),
    ("González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez", "Sepúlveda",
     "Morales", "Rodríguez", "López", "Fuentes", "Hernández", "Torres", "Araya", "Flores", "Espinoza", "Valenzuela",
     "Castillo", "Ramírez", "Reyes", "Gutiérrez", "Castro", "Vargas", "Álvarez", "Vásquez", "Tapia", "Fernández",
     "Sánchez", "Carrasco", "Gómez", "Cortés", "Herrera", "Núñez", "Jara", "Vergara", "Rivera", "Figueroa"),
)  # fmt: skip
KURDISH = (
    ("Rojin", "Berfin", "Zilan", "Dilan", "Nazdar", "Shilan", "Avin", "Jiyan", "Helin", "Rozerin",
     "Sozdar", "Hevin", "Nergiz", "Bahar", "Narin", "Gulistan", "Shirin", "Peri", "Newroz", "Dilvin",
     "Viyan", "Evin", "Delal", "Zozan", "Ronahi"),
    ("Rebin", "Azad", "Dilshad", "Karwan", "Shwan", "Rebaz", "Hiwa", "Soran", "Aram", "Baran",
     "Kawa", "Serhat", "Diyar", "Hawar", "Welat", "Zana", "Rizgar", "Botan", "Dara", "Shiar",
     "Haval", "Hogir", "Rojhat", "Aras", "Berzan", "Sherko"),
    ("Ahmed", "Mohammed", "Rashid", "Hussein", "Karim", "Aziz", "Abdullah", "Saleh", "Omer", "Amin",
     "Qadir", "Hama", "Ali", "Mahmood", "Faraj", "Othman", "Rasul", "Jalal", "Kaya", "Aslan",
     "Demir", "Yildiz", "Baban", "Zebari", "Mustafa", "Hassan", "Sharif", "Barzani", "Talabani"),
)  # fmt: skip
# Origins the writer judged common too: Ukraine (since 2022), India (engineers), China, Germany.
UKRAINIAN = (
    ("Olena", "Tetiana", "Nataliia", "Iryna", "Oksana", "Yuliia", "Svitlana", "Olha", "Kateryna", "Anastasiia",
     "Mariia", "Viktoriia", "Liudmyla", "Halyna", "Alina", "Daria", "Valentyna", "Nadiia", "Larysa", "Inna",
     "Sofiia", "Anna", "Khrystyna", "Yana"),
    ("Oleksandr", "Serhii", "Andrii", "Volodymyr", "Dmytro", "Oleksii", "Mykola", "Ivan", "Yurii", "Viktor",
     "Vasyl", "Maksym", "Bohdan", "Taras", "Artem", "Petro", "Ihor", "Roman", "Vitalii", "Denys",
     "Pavlo", "Oleh", "Yaroslav", "Mykhailo"),
    ("Melnyk", "Shevchenko", "Boiko", "Kovalenko", "Bondarenko", "Tkachenko", "Kovalchuk", "Kravchenko", "Oliinyk", "Shevchuk",
     "Koval", "Polishchuk", "Bondar", "Tkachuk", "Moroz", "Marchenko", "Lysenko", "Rudenko", "Savchenko", "Petrenko",
     "Klymenko", "Pavlenko", "Kravchuk", "Kuzmenko", "Ponomarenko", "Vasylenko", "Levchenko", "Hrytsenko"),
)  # fmt: skip
INDIAN = (
    ("Priya", "Anjali", "Divya", "Pooja", "Neha", "Sneha", "Lakshmi", "Kavya", "Deepa", "Swati",
     "Aishwarya", "Shreya", "Meera", "Ananya", "Nisha", "Ritu", "Sunita", "Rekha", "Aarti", "Shalini",
     "Preeti", "Radhika", "Sangeeta", "Harpreet"),
    ("Rahul", "Amit", "Vikram", "Arjun", "Rajesh", "Suresh", "Ramesh", "Anil", "Sanjay", "Vijay",
     "Ravi", "Karthik", "Sandeep", "Aditya", "Rohit", "Manoj", "Pradeep", "Srinivas", "Venkatesh", "Abhishek",
     "Nikhil", "Gurpreet", "Deepak", "Arun", "Prakash"),
    ("Kumar", "Singh", "Sharma", "Patel", "Gupta", "Reddy", "Rao", "Nair", "Iyer", "Verma",
     "Mehta", "Joshi", "Shah", "Menon", "Pillai", "Krishnan", "Das", "Chopra", "Agarwal", "Kapoor",
     "Malhotra", "Banerjee", "Mukherjee", "Chatterjee", "Desai", "Kulkarni", "Naidu", "Bhat", "Gill", "Sandhu"),
)  # fmt: skip
CHINESE = (
    ("Jing", "Ying", "Hui", "Yan", "Xin", "Min", "Fang", "Na", "Xiaoli", "Xiaoyan",
     "Yuxin", "Mei", "Lin", "Hong", "Qing", "Wen", "Ting", "Xue", "Juan", "Lan",
     "Ping", "Yue"),
    ("Wei", "Jun", "Lei", "Tao", "Ming", "Jian", "Hao", "Yong", "Qiang", "Bo",
     "Feng", "Gang", "Bin", "Peng", "Jie", "Kai", "Long", "Yang", "Zhiwei", "Haoran",
     "Yifan", "Zihao"),
    ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou",
     "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo",
     "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao"),
)  # fmt: skip
GERMAN = (
    ("Ursula", "Sabine", "Petra", "Monika", "Claudia", "Susanne", "Andrea", "Birgit", "Stefanie", "Julia",
     "Katharina", "Anja", "Nicole", "Christine", "Heike", "Karin", "Gabriele", "Renate", "Ingrid", "Helga",
     "Sandra", "Melanie", "Lena", "Laura", "Lea", "Johanna", "Sophie", "Hannah"),
    ("Thomas", "Michael", "Andreas", "Stefan", "Peter", "Wolfgang", "Klaus", "Jürgen", "Frank", "Uwe",
     "Markus", "Christian", "Matthias", "Tobias", "Alexander", "Martin", "Jens", "Sebastian", "Florian", "Dirk",
     "Bernd", "Hans", "Dieter", "Manfred", "Lukas", "Felix", "Jonas"),
    ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
     "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
     "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann"),
)  # fmt: skip

# US Census 1990, women's given names: the first 400, the census per cent as weight.
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
    ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042), ("Kara", 0.041), ("Jacquelyn", 0.041),
    ("Erma", 0.041), ("Blanca", 0.041), ("Myra", 0.04), ("Leticia", 0.04), ("Pat", 0.04),
    ("Krista", 0.04), ("Roxanne", 0.04), ("Angelica", 0.039), ("Johnnie", 0.039), ("Robyn", 0.039),
    ("Francis", 0.039), ("Adrienne", 0.039), ("Rosalie", 0.039), ("Alexandra", 0.039),
    ("Brooke", 0.039), ("Bethany", 0.039), ("Sadie", 0.039), ("Bernadette", 0.039),
)  # fmt: skip
# US Census 1990, men's given names: the first 400, the census per cent as weight.
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
    ("Devin", 0.028), ("Sylvester", 0.028), ("Kim", 0.028), ("Roosevelt", 0.028), ("Israel", 0.028),
    ("Jermaine", 0.028),
)  # fmt: skip
# US Census 1990, surnames: the first 420, the census per cent as weight.
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


def ranked(names: tuple[str, ...], head: int) -> Pool:
    """A pool in rank order, weight 1/rank; a name given twice keeps its first rank."""
    unique = tuple(dict.fromkeys(names))
    return Pool(
        unique, tuple(1 / rank for rank in range(1, len(unique) + 1)), min(head, len(unique))
    )


def census(rows: tuple[tuple[str, float], ...], head: int) -> Pool:
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


def origin(
    lists: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]], head: int = 10
) -> Origin:
    return Origin(*(ranked(names, head) for names in lists))


ORIGINS = {
    "swedish": Origin(ranked(SV_F, 150), ranked(SV_M, 150), ranked(SV_S, 150)),
    "us": Origin(census(US_F, 150), census(US_M, 150), census(US_S, 150)),
    "uk": Origin(ranked(UK_F, 130), ranked(UK_M, 130), ranked(UK_S, 150)),
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
    "ukrainian": origin(UKRAINIAN),
    "indian": origin(INDIAN),
    "chinese": origin(CHINESE),
    "german": origin(GERMAN),
}

# Who is named, per language of the text: Sweden's population in Swedish text, the US and the UK
# in English, and Swedish workplaces with English-speaking colleagues in mixed text.
MIXES = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "kurdish": 1.5, "turkish": 1.5, "afghan": 1.5, "eritrean": 1.2, "ukrainian": 1.2,
        "german": 1, "latin": 1, "thai": 1, "indian": 0.8, "uk": 0.8, "us": 0.6, "chinese": 0.6,
    },
    "en": {
        "us": 38, "uk": 36, "swedish": 9, "indian": 3, "arabic": 2, "polish": 2, "latin": 2,
        "german": 1.2, "finnish": 1, "persian": 1, "somali": 1, "turkish": 1, "bcs": 1,
        "ukrainian": 1, "chinese": 1, "thai": 0.6, "afghan": 0.5, "eritrean": 0.5, "kurdish": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 10, "us": 9, "arabic": 5, "finnish": 3, "polish": 3, "persian": 2.5,
        "bcs": 2.5, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5, "indian": 1.5, "afghan": 1.2,
        "ukrainian": 1.2, "eritrean": 1, "latin": 1, "thai": 1, "german": 1, "chinese": 0.8,
    },
}  # fmt: skip

# Short forms people go by, per origin and given name.
NICK_SV = {
    "Lars": ("Lasse",), "Mikael": ("Micke",), "Joakim": ("Jocke",), "Karl": ("Kalle",),
    "Per": ("Pelle", "Pär"), "Charlotte": ("Lotta",), "Susanne": ("Sussie", "Sanna"),
    "Magnus": ("Mange",), "Thomas": ("Tompa",), "Tomas": ("Tompa",), "Kristoffer": ("Krille",),
    "Fredrik": ("Fredde",), "Elisabeth": ("Lisa", "Bettan"), "Elisabet": ("Lisa", "Bettan"),
    "Margareta": ("Maggan", "Greta"), "Katarina": ("Kattis", "Kajsa"), "Marcus": ("Mackan",),
    "Patrik": ("Patte",), "Robert": ("Robban",), "Kristina": ("Kicki", "Stina"),
    "Birgitta": ("Gittan", "Bittan"), "Christer": ("Kicke",), "Gustav": ("Gurra", "Gusse"),
    "Mattias": ("Matte",), "Stefan": ("Steffe",), "Daniel": ("Danne",), "Tobias": ("Tobbe",),
    "Sebastian": ("Sebbe",), "Jonas": ("Jonte",), "Jonathan": ("Jonte",), "Viktor": ("Vicke",),
    "Alexander": ("Alex", "Acke"), "Niklas": ("Nicke",), "Rasmus": ("Rasse",), "Henrik": ("Henke",),
    "Rickard": ("Ricky", "Ricke"), "Josefin": ("Josse",), "Cecilia": ("Cissi",), "Rebecka": ("Becka",),
    "Madeleine": ("Madde",), "Emelie": ("Emmy",), "Gabriella": ("Gabbi",), "Therese": ("Tessan",),
    "Jan": ("Janne",), "Nils": ("Nisse",), "Johan": ("Jojje",), "Anders": ("Ante",),
    "Håkan": ("Håkke",), "Jessica": ("Jessi",), "Gunilla": ("Gunsan", "Nilla"), "Ulrika": ("Ullis",),
    "Kerstin": ("Kersti",), "Annika": ("Anki",), "Ingegerd": ("Inga",), "Bengt": ("Bengan",),
    "Göran": ("Göte",), "Christina": ("Kicki", "Tina"), "Marianne": ("Majsan",), "Helena": ("Lena",),
}  # fmt: skip
NICK_EN = {
    "William": ("Will", "Bill"), "Robert": ("Rob", "Bob"), "Richard": ("Rick", "Rich"),
    "James": ("Jim", "Jamie"), "Michael": ("Mike", "Mick"), "Elizabeth": ("Liz", "Beth"),
    "Margaret": ("Maggie", "Peggy"), "Jennifer": ("Jen", "Jenny"), "Christopher": ("Chris",),
    "Katherine": ("Kate", "Kathy"), "Catherine": ("Cathy", "Kate"), "Thomas": ("Tom",),
    "Daniel": ("Dan", "Danny"), "Matthew": ("Matt",), "Anthony": ("Tony",), "Joseph": ("Joe",),
    "Patricia": ("Pat", "Trish"), "Deborah": ("Debbie", "Deb"), "Susan": ("Sue",),
    "Rebecca": ("Becky", "Becca"), "Samantha": ("Sam",), "Alexander": ("Alex",),
    "Benjamin": ("Ben",), "Edward": ("Ed", "Ted"), "Stephen": ("Steve",), "Steven": ("Steve",),
    "Nicholas": ("Nick",), "Jonathan": ("Jon",), "Andrew": ("Andy", "Drew"), "David": ("Dave",),
    "Charles": ("Charlie", "Chuck"), "Victoria": ("Vicky", "Tori"), "Timothy": ("Tim",),
    "Gregory": ("Greg",), "Kenneth": ("Ken", "Kenny"), "Donald": ("Don",), "Ronald": ("Ron",),
    "Jacqueline": ("Jackie",), "Alexandra": ("Alex", "Sasha"), "Christine": ("Chris", "Chrissie"),
    "Peter": ("Pete",), "Philip": ("Phil",), "Gerald": ("Gerry",), "Raymond": ("Ray",),
    "Frederick": ("Fred", "Freddie"), "Abigail": ("Abi", "Abby"), "Eleanor": ("Ellie",),
}  # fmt: skip
NICK_PL = {
    "Katarzyna": ("Kasia",), "Małgorzata": ("Gosia",), "Aleksandra": ("Ola",), "Agnieszka": ("Aga",),
    "Tomasz": ("Tomek",), "Krzysztof": ("Krzysiek",), "Magdalena": ("Magda",), "Joanna": ("Asia",),
    "Michał": ("Michu",), "Jakub": ("Kuba",), "Grzegorz": ("Grzesiek",),
}  # fmt: skip
NICK_FI = {
    "Johannes": ("Juha", "Jussi"), "Matti": ("Masa",),
    "Kaarina": ("Kaija",), "Johanna": ("Jonna",), "Juhani": ("Jussi",),
}  # fmt: skip
NICK_AR = {"Mohammed": ("Mo", "Hamoudi"), "Mohamad": ("Mo",), "Abdullah": ("Abdi",), "Yousef": ("Joe",)}  # fmt: skip
NICKNAMES = {
    "swedish": NICK_SV, "us": NICK_EN, "uk": NICK_EN, "polish": NICK_PL, "finnish": NICK_FI,
    "arabic": NICK_AR,
}  # fmt: skip

_PLAIN = str.maketrans({"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "İ": "I", "ß": "ss", "ø": "o", "Ø": "O", "æ": "ae"})  # fmt: skip


def plain(word: str) -> str:
    """The word typed without its letters: `Wiśniewski` -> `Wisniewski`, `Đorđević` -> `Djordjevic`."""
    word = word.translate(_PLAIN)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman bears it: `Kowalski` -> `Kowalska`, `Nowicki` -> `Nowicka`."""
    return surname[:-1] + "a" if surname.endswith("ki") else surname
