# ruff: noqa: E501
"""Name pools of held-out DK (issue 15): who is named in a congregation's papers, weighted by how
many people in Sweden, the US and the UK carry each name.

Written from general knowledge by DK's writer, who read no other set's names and checked none of
these against anything in the repository: the Swedish lists follow the order of SCB's name
statistics (weight 1/rank; head the top 150, a tail of rarer names past them), the US lists are
copied from the US Census 1990 files `dist.female.first`, `dist.male.first` and `dist.all.last`
(public domain, as the `names` package ships them; the census per cent as weight, head 150), the
UK lists follow the order of the ONS rankings (1/rank), and the origins common in Sweden have
their commonest given names and surnames (1/rank, head 10). Polish surnames are stored in the
masculine form; `feminine` gives a woman's (`-ska`, `-cka`, `-dzka`).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from a list's head with this share, else from its tail

# Sweden: SCB's name statistics, all bearers, in rank order (top 150 the head, the rest the tail).
SV_F = (
    "Anna", "Eva", "Maria", "Karin", "Kristina", "Lena", "Sara", "Kerstin", "Emma", "Ingrid",
    "Marie", "Malin", "Jenny", "Hanna", "Birgitta", "Inger", "Annika", "Linda", "Susanne", "Elin",
    "Monica", "Ulla", "Johanna", "Sofia", "Katarina", "Camilla", "Elisabeth", "Ida", "Julia", "Anita",
    "Gunilla", "Helena", "Åsa", "Carina", "Margareta", "Cecilia", "Louise", "Marianne", "Therese", "Anneli",
    "Emelie", "Frida", "Ebba", "Elsa", "Lisa", "Maja", "Matilda", "Josefin", "Ulrika", "Alice",
    "Agneta", "Ann", "Moa", "Amanda", "Elisabet", "Barbro", "Linnea", "Yvonne", "Anette", "Britt",
    "Helen", "Caroline", "Nina", "Wilma", "Klara", "Lovisa", "Ellen", "Jessica", "Madeleine", "Ingela",
    "Pia", "Siv", "Sandra", "Gun", "Astrid", "Charlotte", "Rebecka", "Mona", "Gunnel", "Lina",
    "Ella", "Alva", "Maj", "Ewa", "Ann-Marie", "Irene", "Agnes", "Viktoria", "Ingegerd", "Mikaela",
    "Sofie", "Margit", "Stina", "Tove", "Ylva", "Erika", "Vera", "Signe", "Isabelle", "Linn",
    "Saga", "Felicia", "Birgit", "Sigrid", "Ann-Christin", "Mia", "Marita", "Lotta", "Petra", "Elvira",
    "Alexandra", "Jennie", "Ronja", "Tilda", "Inga", "Lilly", "Olivia", "Cornelia", "Natalie", "Hedvig",
    "Elise", "Karolina", "Märta", "Greta", "Ann-Sofie", "Anne", "Isabella", "Tyra", "Sanna", "Gunvor",
    "Ingegärd", "Gunbritt", "Fanny", "Ester", "Majvor", "Rut", "Elna", "Ellinor", "Nathalie", "Sussanne",
    "Lisbeth", "Britt-Marie", "Veronica", "Mari", "Ann-Charlotte", "Kajsa", "Sonja", "Margaretha", "Anja", "Ingeborg",
    # tail
    "Stella", "Nellie", "Freja", "Selma", "Thea", "Juni", "Leia", "Livia", "Lova", "Edith",
    "Ines", "Alma", "Nora", "Iris", "Lykke", "Ann-Britt", "Svea", "Elvy", "Majken", "Dagny",
    "Gerd", "Solveig", "Berit", "Laila", "Lilian", "Gunborg", "Elvi", "Asta", "Ragnhild", "Viola",
    "Inez", "Aina", "Elly", "Hjördis", "Gullan", "Ulla-Britt", "Ann-Louise", "Anna-Karin", "Anna-Lena", "Eva-Lena",
    "Marie-Louise", "Ann-Kristin", "Ann-Sofi", "Lise-Lotte", "Carin", "Kristin", "Christina", "Katrin", "Catharina", "Eivor",
    "Birgitte", "Ingalill", "Inga-Lill", "Gudrun", "Hillevi", "Torborg", "Agda", "Ottilia", "Beata", "Ulrica",
    "Josefine", "Jonna", "Tina", "Tiina", "Ronia", "Minna", "My", "Hilda", "Elina", "Emilia",
    "Amelia", "Molly", "Nova", "Meja", "Tuva", "Idun", "Vilma", "Mimmi", "Lea", "Leah",
    "Hedda", "Hilma", "Elsie", "Majvi", "Gunn", "Vivianne", "Vivan", "Viveka", "Rosita", "Rosmarie",
    "Jeanette", "Jannike", "Jannicke", "Lillemor", "Tuula", "Marjatta", "Kaisa", "Pernilla", "Maud", "Mathilda",
    "Therése", "Tereza", "Elisa", "Kristine", "Katja", "Annelie", "Irja", "Mette", "Malena", "Magdalena",
    "Madelene", "Emmy", "Emilie", "Evelina", "Eveline", "Evelin", "Felicity", "Filippa", "Fredrika", "Gabriella",
    "Gisela", "Hanne", "Harriet", "Henrietta", "Hélène", "Inès", "Irma", "Jasmine", "Jenna", "Jill",
    "Johanne", "Judith", "Kajsa-Stina", "Karolin", "Kerttu", "Kim", "Lena-Maria", "Lilja", "Linnéa", "Liv",
    "Lo", "Louice", "Lovise", "Lucia", "Madelen", "Malva", "Marit", "Marika", "Martina", "Matilde",
    "Melina", "Melissa", "Mira", "Miranda", "Monika", "Märit", "Nadja", "Nanna", "Nelly", "Noomi",
    "Norah", "Oddny", "Paula", "Paulina", "Pauline", "Ragna", "Rakel", "Rebecca", "Regina", "Rigmor",
    "Ritva", "Rosa", "Rose-Marie", "Runa", "Ruth", "Sabina", "Sally", "Sanne", "Sara-Li", "Selena",
    "Siri", "Smilla", "Solvig", "Stephanie", "Susann", "Svanhild", "Sylvia", "Tekla", "Thyra", "Tindra",
    "Tora", "Trude", "Tyra-Li", "Ulla-Karin", "Valborg", "Valdine", "Vanja", "Vendela", "Vilhelmina", "Vivi",
    "Wiveka", "Ylwa", "Yvette", "Åse", "Alicia", "Elida", "Elsy", "Ethel", "Gertrud", "Ingvor",
)  # fmt: skip
SV_M = (
    "Lars", "Mikael", "Anders", "Johan", "Erik", "Per", "Karl", "Peter", "Thomas", "Jan",
    "Daniel", "Fredrik", "Hans", "Andreas", "Bengt", "Stefan", "Mats", "Magnus", "Mattias", "Bo",
    "Alexander", "Jonas", "Martin", "Sven", "Nils", "Leif", "Niklas", "Björn", "Oskar", "Henrik",
    "Marcus", "Ulf", "Gustav", "Johannes", "Christer", "Kjell", "Simon", "Robert", "Filip", "Patrik",
    "Rolf", "Göran", "Viktor", "David", "Anton", "Emil", "Christian", "Joakim", "William", "Lucas",
    "Elias", "Tommy", "Gunnar", "Hugo", "Rickard", "Sebastian", "Jakob", "Olof", "Roger", "Isak",
    "Adam", "Axel", "Ludvig", "Oliver", "Tobias", "Håkan", "Kent", "Jonathan", "Kenneth", "Åke",
    "Arne", "Lennart", "Liam", "Gösta", "Claes", "Bror", "Kristoffer", "Dennis", "Jesper", "Tomas",
    "Ingemar", "Stig", "Rasmus", "Emanuel", "Edvin", "Theo", "Vincent", "Leo", "Albin", "Samuel",
    "Noah", "Alf", "Torbjörn", "Hampus", "Kurt", "Jimmy", "Pontus", "Sten", "Roland", "Jörgen",
    "Carl", "Ove", "Bertil", "Ingvar", "Frans", "Jacob", "Kevin", "Kim", "Lukas", "Max",
    "Josef", "Melvin", "Harry", "Love", "Wilhelm", "Olle", "Dan", "Rune", "Egon", "Urban",
    "Göte", "Folke", "Valter", "Helge", "Tage", "Allan", "Benny", "Conny", "Pär", "Jens",
    "Ronny", "Morgan", "Tony", "Jon", "Kalle", "Edward", "Linus", "Eddie", "August", "Frank",
    "Harald", "Einar", "Ragnar", "Torsten", "Ivar", "Holger", "Gert", "Sune", "Vilhelm", "Karl-Erik",
    # tail
    "Lage", "Birger", "Gottfrid", "Evert", "Henning", "Hilding", "Östen", "Sixten", "Sigvard", "Yngve",
    "Assar", "Verner", "Algot", "Ture", "Gunder", "Inge", "Reine", "Lasse", "Hasse", "Kjell-Åke",
    "Per-Olof", "Karl-Johan", "Jan-Erik", "Lars-Göran", "Per-Erik", "Sven-Erik", "Nils-Erik", "Bengt-Göran", "Jan-Olof", "Lars-Erik",
    "Hans-Olov", "Carl-Johan", "Olov", "Olav", "Ola", "Ole", "Joel", "Jonatan", "Hannes", "Melker",
    "Malte", "Nils-Gunnar", "Vidar", "Viggo", "Sigge", "Tore", "Tor", "Torgny", "Tord", "Tryggve",
    "Ulrik", "Valdemar", "Vilgot", "Waldemar", "Wiktor", "Ville", "Jarl", "Joar", "Jöns", "Knut",
    "Konrad", "Krister", "Edvard", "Leon", "Levi", "Loke", "Herbert", "Ludwig", "Mauritz", "Melwin",
    "Mio", "Måns", "Natanael", "Nicklas", "Nicolas", "Nicholas", "Noel", "Odd", "Otto", "Petter",
    "Pelle", "Ragnvald", "Reinhold", "Ruben", "Rudolf", "Sam", "Samir", "Set", "Staffan", "Sture",
    "Svante", "Sölve", "Teodor", "Thor", "Timo", "Tim", "Ejnar", "Torvald", "Uno", "Vide",
    "Wille", "Yusuf", "Åsmund", "Ebbe", "Elis", "Elof", "Enar", "Erland", "Eskil", "Fabian",
    "Ferdinand", "Fritz", "Gabriel", "Georg", "Gerhard", "Gideon", "Gillis", "Greger", "Gustaf", "Hjalmar",
    "Ingvald", "Isac", "Ivan", "Jack", "Jeremias", "Jesse", "Joachim", "Johnny", "Josua", "Julius",
    "Karsten", "Kennet", "Kristian", "Lambert", "Lars-Olof", "Leonard", "Lorentz", "Magne", "Malkolm", "Manfred",
    "Marko", "Mathias", "Matteus", "Maximilian", "Mohammed", "Mons", "Nore", "Oscar", "Patric", "Paul",
    "Pehr", "Per-Anders", "Philip", "Rikard", "Robin", "Roine", "Ronald", "Roy", "Sakarias", "Seth",
    "Sivert", "Stellan", "Sten-Åke", "Sven-Olof", "Sverker", "Thorsten", "Thure", "Artur", "Torkel", "Gunne",
    "Elmer", "Valentin", "Vilmer", "Milo", "Wilmer", "Abbe", "Adrian", "Albert", "Alfons", "Alvar",
    "Ambjörn", "Anders-Petter", "Ansgar", "Arvid", "Aron", "Arnold", "Benjamin", "Bernt", "Björn-Åke", "Calle",
    "Casper", "Charlie", "Christoffer", "Colin", "Dag", "Douglas", "Edgar", "Eilert", "Elliot", "Eric",
    "Esbjörn", "Evald", "Felix", "Fredric", "Gerry", "Gustav-Adolf", "Halvar", "Harri", "Hemming", "Hilmer",
)  # fmt: skip
SV_S = (
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson",
    "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Olofsson",
    "Lindström", "Lindqvist", "Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren", "Lundqvist",
    "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg", "Ali", "Wallin", "Mohammed",
    "Engström", "Eklund", "Danielsson", "Lundin", "Håkansson", "Björk", "Bergman", "Gunnarsson", "Holm", "Wikström",
    "Samuelsson", "Isaksson", "Fransson", "Bergqvist", "Nyström", "Holmberg", "Arvidsson", "Löfgren", "Söderberg", "Nyberg",
    "Blomqvist", "Claesson", "Nordström", "Ahmed", "Mårtensson", "Lundström", "Hassan", "Viklund", "Björklund", "Eliasson",
    "Pålsson", "Berggren", "Sandström", "Lund", "Nordin", "Ström", "Åberg", "Falk", "Ekström", "Hermansson",
    "Holmgren", "Hellström", "Dahlberg", "Hedlund", "Sundberg", "Sjögren", "Ek", "Blom", "Abrahamsson", "Martinsson",
    "Öberg", "Andreasson", "Strömberg", "Månsson", "Hansen", "Åkesson", "Dahl", "Lindholm", "Norberg", "Holmqvist",
    "Jensen", "Hussein", "Sundström", "Ekberg", "Nordqvist", "Jonasson", "Malmberg", "Lindblom", "Hedberg", "Sundqvist",
    "Omar", "Ibrahim", "Lundholm", "Åström", "Öström", "Ivarsson", "Nordlund", "Göransson", "Lindell", "Mohamed",
    "Ottosson", "Augustsson", "Söderström", "Berntsson", "Petersson", "Östlund", "Lindahl", "Jakobson", "Wahlström", "Kristiansson",
    "Thorén", "Nygren", "Sköld", "Hjalmarsson", "Lundmark", "Adolfsson", "Sjöström", "Johnsson", "Gran", "Forslund",
    "Rosén", "Engman", "Björkman", "Lindén", "Nylund", "Wiklund", "Edlund", "Ekman", "Strand", "Nyman",
    # tail
    "Ahlberg", "Ahlgren", "Alm", "Almqvist", "Appelqvist", "Asplund", "Backlund", "Backman", "Bengtson", "Bergkvist",
    "Bergh", "Billing", "Bjurström", "Blomberg", "Bodin", "Boman", "Borg", "Brandt", "Broberg", "Byström",
    "Carlsson", "Carlberg", "Dahlgren", "Dahlqvist", "Ekelund", "Eklöf", "Ekdahl", "Enqvist", "Erlandsson", "Fagerström",
    "Fernström", "Flodin", "Forsman", "Franzén", "Frisk", "Gren", "Grönlund", "Grahn", "Gustavsson", "Haglund",
    "Hallberg", "Hammar", "Hedin", "Hedström", "Hellberg", "Hellgren", "Hjelm", "Holmström", "Hultgren", "Hägg",
    "Höglund", "Isberg", "Jacobsson", "Jarl", "Jernberg", "Kjellberg", "Klang", "Kling", "Kronberg", "Kvist",
    "Lagerlöf", "Landin", "Lilja", "Lindvall", "Linde", "Ljung", "Ljunggren", "Lundell", "Lövgren", "Malm",
    "Marklund", "Melin", "Moberg", "Modig", "Mörk", "Nord", "Nordgren", "Norén", "Nyqvist", "Olander",
    "Orre", "Palm", "Palmqvist", "Pihl", "Qvist", "Rask", "Rehn", "Ringström", "Roos", "Rydberg",
    "Rydén", "Rönn", "Sandin", "Schön", "Selin", "Sjödin", "Sjölund", "Skog", "Stenberg", "Sterner",
    "Stål", "Svedberg", "Svärd", "Söder", "Thorsson", "Tidström", "Törnqvist", "Ullberg", "Vall", "Wennberg",
    "Westberg", "Westin", "Wester", "Widén", "Wigren", "Wirén", "Zetterberg", "Zetterlund", "Åhman", "Ågren",
    "Älmqvist", "Öhman", "Östberg", "Östman", "Abdi", "Yusuf", "Hosseini", "Rahimi", "Nguyen", "Khalil",
    "Saleh", "Said", "Salem", "Jama", "Farah", "Warsame", "Osman", "Kaya", "Yilmaz", "Demir",
    "Nieminen", "Korhonen", "Virtanen", "Nowak", "Kowalski", "Popović", "Hodžić", "Haddad", "Gabriel", "Aydin",
    "Granberg", "Granlund", "Granqvist", "Grape", "Hagman", "Hallin", "Hallqvist", "Hamberg", "Hammarström", "Hedman",
    "Hedqvist", "Heikkinen", "Helin", "Hjort", "Holmén", "Häll", "Högberg", "Hörnqvist", "Jeppsson", "Junttila",
    "Kallin", "Karlström", "Kihlberg", "Kjellin", "Klasson", "Krantz", "Kullberg", "Kvarnström", "Lagerqvist", "Lantz",
    "Lidén", "Liljegren", "Lindau", "Lindfors", "Lindkvist", "Lindmark", "Lindroth", "Ljungberg", "Ljungqvist", "Lundblad",
    "Lundh", "Löf", "Löfström", "Lundkvist", "Malmqvist", "Malmsten", "Mattisson", "Nordahl", "Norling", "Norman",
    "Nyholm", "Nykvist", "Olausson", "Olin", "Ringqvist", "Rosengren", "Rosenqvist", "Rudberg", "Rundqvist", "Sahlin",
    "Sandell", "Sandgren", "Segerström", "Sjöblom", "Sjöholm", "Sjökvist", "Skoglund", "Starck", "Stenlund", "Stenström",
    "Strandberg", "Sundell", "Sundin", "Svanberg", "Swärd", "Söderlund", "Söderqvist", "Tell", "Thelin", "Tholin",
    "von Platen", "af Klercker", "De Geer", "von Essen", "Wachtmeister", "Bonde", "Sparre", "Gyllenhammar", "af Trolle", "Lewenhaupt",
)  # fmt: skip
# The UK: the ONS rankings' order (1/rank), given names of adults and of the young.
UK_F = (
    "Sarah", "Emma", "Claire", "Laura", "Rebecca", "Gemma", "Emily", "Charlotte", "Hannah", "Amy",
    "Jessica", "Lucy", "Sophie", "Katie", "Olivia", "Amelia", "Jennifer", "Nicola", "Helen", "Rachel",
    "Louise", "Lisa", "Kelly", "Michelle", "Victoria", "Samantha", "Elizabeth", "Joanne", "Susan", "Karen",
    "Julie", "Jane", "Alison", "Catherine", "Caroline", "Lauren", "Chloe", "Ellie", "Grace", "Isla",
    "Ava", "Mia", "Poppy", "Ella", "Evie", "Freya", "Lily", "Sophia", "Isabella", "Margaret",
    "Patricia", "Christine", "Mary", "Linda", "Deborah", "Jacqueline", "Angela", "Tracey", "Dawn", "Wendy",
    "Joanna", "Anna", "Natalie", "Stephanie", "Zoe", "Kirsty", "Leanne", "Donna", "Sharon", "Diane",
    "Janet", "Pauline", "Sandra", "Carol", "Gillian", "Fiona", "Lesley", "Heather", "Lynn", "Maureen",
    "Ruth", "Kate", "Katherine", "Eleanor", "Abigail", "Georgia", "Megan", "Holly", "Bethany", "Jade",
    "Harriet", "Alice", "Florence", "Matilda", "Rosie", "Daisy", "Phoebe", "Imogen", "Millie", "Scarlett",
    "Ruby", "Evelyn", "Maisie", "Erin", "Eloise", "Willow", "Ivy", "Esme", "Elsie", "Aisha",
    "Amira", "Maryam", "Zara", "Niamh", "Siobhan", "Ciara", "Aoife", "Rhiannon", "Cerys", "Sian",
    "Bronwen", "Morag", "Eilidh", "Kirsten", "Shona", "Ailsa", "Jean", "Sheila", "Brenda", "Valerie",
    # tail
    "Beverley", "Denise", "Elaine", "Hazel", "Iris", "Jill", "Joan", "June", "Kathleen", "Marion",
    "Norma", "Pamela", "Rita", "Rosemary", "Shirley", "Sylvia", "Vera", "Yvonne", "Audrey", "Barbara",
    "Beryl", "Doreen", "Edna", "Eileen", "Gladys", "Irene", "Joyce", "Lorraine", "Marilyn", "Muriel",
    "Olive", "Pearl", "Thelma", "Vivienne", "Anne", "Annette", "Bernadette", "Carole", "Cheryl", "Dianne",
    "Emma-Jane", "Felicity", "Frances", "Geraldine", "Hayley", "Jayne", "Jenna", "Karen-Ann", "Kerry", "Lindsey",
    "Lynne", "Mandy", "Marie", "Melanie", "Miriam", "Naomi", "Paula", "Penelope", "Philippa", "Rosalind",
    "Sally", "Sonia", "Stacey", "Suzanne", "Tanya", "Teresa", "Tina", "Una", "Vanessa", "Yasmin",
    "Amber", "Aimee", "Becky", "Bryony", "Caitlin", "Carys", "Courtney", "Danielle", "Eve", "Faye",
    "Francesca", "Gabrielle", "Heidi", "India", "Jasmine", "Jodie", "Kayleigh", "Lara", "Leah", "Lydia",
    "Madison", "Molly", "Naomi-Rose", "Orla", "Paige", "Rose", "Rowan", "Sadie", "Sienna", "Tamsin",
    "Tilly", "Verity", "Ffion", "Mairead", "Catriona", "Iona", "Skye", "Fatima", "Priya", "Sunita",
)  # fmt: skip
UK_M = (
    "Oliver", "Jack", "Harry", "George", "Thomas", "James", "William", "Daniel", "Joshua", "Charlie",
    "David", "Michael", "Paul", "Andrew", "Mark", "John", "Richard", "Matthew", "Christopher", "Stephen",
    "Robert", "Peter", "Ian", "Simon", "Gary", "Lee", "Craig", "Darren", "Neil", "Stuart",
    "Jamie", "Adam", "Ryan", "Luke", "Samuel", "Benjamin", "Jacob", "Alfie", "Noah", "Leo",
    "Oscar", "Henry", "Arthur", "Freddie", "Archie", "Theo", "Lewis", "Callum", "Liam", "Connor",
    "Kieran", "Dean", "Wayne", "Martin", "Kevin", "Graham", "Alan", "Keith", "Colin", "Philip",
    "Anthony", "Nigel", "Trevor", "Barry", "Derek", "Gareth", "Rhys", "Dylan", "Owen", "Ewan",
    "Fraser", "Alastair", "Hamish", "Angus", "Declan", "Patrick", "Sean", "Brian", "Kenneth", "Roger",
    "Malcolm", "Geoffrey", "Terence", "Raymond", "Dennis", "Roy", "Clifford", "Gordon", "Ronald", "Stanley",
    "Edward", "Nathan", "Jordan", "Aaron", "Scott", "Jonathan", "Timothy", "Nicholas", "Carl", "Ross",
    "Sam", "Joseph", "Max", "Isaac", "Ethan", "Harrison", "Logan", "Finley", "Mason", "Toby",
    "Reuben", "Elliot", "Jenson", "Teddy", "Louis", "Sebastian", "Albie", "Muhammad", "Mohammed", "Ibrahim",
    "Yusuf", "Aiden", "Tyler", "Kyle", "Bradley", "Ashley", "Jason", "Shaun", "Steven", "Dominic",
    # tail
    "Alistair", "Bernard", "Clive", "Cyril", "Desmond", "Donald", "Douglas", "Duncan", "Eric", "Frank",
    "Frederick", "Gerald", "Gerard", "Glyn", "Gwyn", "Howard", "Hugh", "Ivor", "Jeremy", "Julian",
    "Lawrence", "Leonard", "Leslie", "Lionel", "Maurice", "Melvyn", "Mervyn", "Neville", "Norman", "Oswald",
    "Percy", "Quentin", "Ralph", "Reginald", "Rodney", "Rupert", "Russell", "Sidney", "Stewart", "Vernon",
    "Victor", "Walter", "Wilfred", "Alexander", "Cameron", "Ciaran", "Conor", "Cormac", "Dafydd", "Emlyn",
    "Euan", "Fergus", "Gethin", "Huw", "Iain", "Ieuan", "Kenny", "Lachlan", "Niall", "Rory",
    "Ruaridh", "Seamus", "Tomos", "Bryn", "Barnaby", "Benedict", "Crispin", "Felix", "Gabriel", "Giles",
    "Hector", "Hugo", "Jasper", "Laurence", "Marcus", "Miles", "Ollie", "Piers", "Rufus", "Tobias",
    "Zachary", "Ali", "Hassan", "Omar", "Bilal", "Imran", "Tariq", "Arjun", "Rohan", "Sanjay",
    "Kwame", "Kofi", "Tunde", "Femi", "Jermaine", "Leroy", "Marlon", "Tyrone", "Dwayne", "Delroy",
    "Archibald", "Arran", "Blake", "Brandon", "Caleb", "Dexter", "Dougie", "Elijah", "Flynn", "Harvey",
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
    "Rowe", "Burke", "May", "Pritchard", "Gilbert", "Willis", "Higgins", "Read", "Miles", "Stevenson",
    "Stephenson", "Hammond", "Arnold", "Buckley", "Walters", "Hewitt", "Barber", "Nelson", "Slater", "Austin",
    "Sullivan", "Whitehead", "Mann", "Frost", "Lambert", "Stephens", "Blake", "Akhtar", "Lynch", "Goodwin",
    "Barton", "Woodward", "Thomson", "Cunningham", "Quinn", "Barnett", "Baxter", "Bibi", "Clayton", "Nash",
    "Greenwood", "Jennings", "Holt", "Kemp", "Poole", "Gallagher", "Bond", "Stokes", "Tucker", "Davidson",
    "Fowler", "Heath", "Norman", "Middleton", "Lees", "Banks", "Howe", "Jarvis", "Bolton", "Duncan",
    "Kirby", "Whittaker", "Brennan", "Pugh", "Vaughan", "Lamb", "Sheppard", "Glover", "Bull", "Horton",
    "Hogg", "Lord", "Connolly", "Farrell", "Kerr", "Sanderson", "Metcalfe", "Charlton", "Swift", "Wong",
    "Bowen", "Morton", "Wilkins", "Rahman", "Hope", "Marsden", "Fleming", "Briggs", "Sims", "Tait",
    "Donnelly", "Hanson", "Bradshaw", "McLean", "Mackenzie", "MacDonald", "Fraser", "Ferguson", "Lindsay", "Findlay",
    "Llewellyn", "Pryce", "Owens", "Rhodes", "Trevelyan", "Pengelly", "Tremayne", "Nankivell", "Quayle", "Kinnear",
)  # fmt: skip
# Origins common in Sweden: their commonest names, 1/rank, head the top 10.
FI_F = ("Maria", "Helena", "Johanna", "Anneli", "Kaarina", "Marjatta", "Anna", "Liisa", "Annikki", "Tuula", "Hannele", "Kristiina", "Ritva", "Pirjo", "Sirpa", "Päivi", "Leena", "Minna", "Tiina", "Riitta", "Eija", "Marja", "Seija", "Merja", "Anu", "Satu", "Sari", "Sanna", "Aino", "Eeva", "Aila", "Raija", "Irmeli", "Terttu")  # fmt: skip
FI_M = ("Juhani", "Johannes", "Olavi", "Antero", "Tapani", "Kalevi", "Mikael", "Matti", "Timo", "Pekka", "Kari", "Jari", "Antti", "Mikko", "Juha", "Heikki", "Jukka", "Markku", "Hannu", "Seppo", "Ilkka", "Petri", "Janne", "Pertti", "Esa", "Veikko", "Erkki", "Risto", "Raimo", "Jorma", "Ari", "Tuomas", "Lauri", "Eero")  # fmt: skip
FI_S = ("Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen", "Hiltunen", "Leinonen", "Kallio", "Hakala", "Miettinen", "Pelkonen")  # fmt: skip
# Arabic (Iraq, Syria, Lebanon, Palestine) with Assyrian/Syriac names.
AR_F = ("Fatima", "Maryam", "Zainab", "Noor", "Sara", "Aisha", "Layla", "Hiba", "Rana", "Amal", "Huda", "Yasmin", "Nadia", "Rania", "Lina", "Dina", "Samira", "Suha", "Israa", "Rasha", "Zahra", "Shahad", "Ruqaya", "Hanan", "Souad", "Shamiram", "Ninve", "Nahrin", "Ramina", "Sonia", "Marta", "Hanna")  # fmt: skip
AR_M = ("Mohammed", "Ahmed", "Ali", "Hussein", "Omar", "Mustafa", "Hassan", "Abdullah", "Khaled", "Youssef", "Ibrahim", "Mahmoud", "Karim", "Abbas", "Haider", "Hamza", "Ammar", "Bilal", "Tariq", "Nabil", "Samir", "Walid", "Firas", "Bassam", "Ziad", "Ninos", "Sargon", "Ashur", "Gabriel", "Elias", "Yacoub", "Afram", "Aday", "Georgis")  # fmt: skip
AR_S = ("Ali", "Mohammed", "Ahmed", "Hassan", "Hussein", "Abdullah", "Ibrahim", "Saleh", "Khalil", "Jaber", "Haddad", "Mansour", "Youssef", "Najjar", "Al-Saadi", "Al-Obaidi", "Al-Jaberi", "Abbas", "Kadhim", "Jassim", "Hamad", "Aziz", "Darwish", "Nasser", "Othman", "Khoury", "Gabriel", "Aydin", "Hanna", "Malki", "Lahdo", "Shabo", "Bahnan", "Barsom", "Ishak", "Daoud", "Yakoub", "Shamoun", "Toma", "Elias")  # fmt: skip
SO_F = ("Fadumo", "Amina", "Hodan", "Sahra", "Ayan", "Ifrah", "Hibo", "Asha", "Deeqa", "Hawa", "Nasra", "Sagal", "Ubah", "Muna", "Khadra", "Maryan", "Hamdi", "Filsan", "Ilhan", "Najma", "Safiya", "Sucaad", "Halima", "Idil", "Ladan")  # fmt: skip
SO_M = ("Mohamed", "Abdi", "Ahmed", "Abdirahman", "Ali", "Hassan", "Abdullahi", "Omar", "Yusuf", "Ismail", "Abdikadir", "Mahad", "Liban", "Farah", "Abdirizak", "Mustafe", "Abdiaziz", "Said", "Nuur", "Guled", "Osman", "Bashir", "Khalid", "Jibril")  # fmt: skip
SO_S = ("Mohamed", "Ali", "Ahmed", "Hassan", "Abdi", "Farah", "Osman", "Omar", "Hussein", "Yusuf", "Ismail", "Warsame", "Jama", "Abdullahi", "Aden", "Nur", "Egal", "Mohamud", "Dahir", "Hirsi", "Duale", "Elmi", "Gedi", "Abdirahman", "Shire")  # fmt: skip
PL_F = ("Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna", "Elżbieta", "Magdalena", "Joanna", "Aleksandra", "Monika", "Zofia", "Teresa", "Danuta", "Natalia", "Karolina", "Marta", "Beata", "Dorota", "Justyna", "Paulina", "Halina", "Jadwiga", "Grażyna", "Iwona", "Renata", "Wioletta")  # fmt: skip
PL_M = ("Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Jan", "Michał", "Marcin", "Stanisław", "Jakub", "Adam", "Marek", "Łukasz", "Grzegorz", "Mateusz", "Wojciech", "Mariusz", "Dariusz", "Zbigniew", "Jerzy", "Maciej", "Rafał", "Kamil", "Robert", "Józef", "Tadeusz", "Sławomir", "Przemysław")  # fmt: skip
PL_S = ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Wojciechowski", "Kwiatkowski", "Krawczyk", "Kaczmarek", "Piotrowski", "Grabowski", "Zając", "Pawłowski", "Michalski", "Król", "Wieczorek", "Jabłoński", "Wróbel", "Czarnecki", "Nowicki", "Wysocki", "Zawadzki", "Głowacki", "Sadowski", "Dudek", "Sikora", "Wasilewski")  # fmt: skip
FA_F = ("Maryam", "Fatemeh", "Zahra", "Sara", "Leila", "Nasrin", "Shirin", "Parisa", "Mina", "Roya", "Azadeh", "Mahsa", "Neda", "Elham", "Fariba", "Soheila", "Golnaz", "Shadi", "Nazanin", "Ladan", "Mitra", "Taraneh", "Bahar", "Yasaman", "Mahnaz")  # fmt: skip
FA_M = ("Mohammad", "Ali", "Reza", "Hossein", "Mehdi", "Amir", "Hamid", "Mahmoud", "Saeed", "Behrouz", "Dariush", "Kourosh", "Babak", "Farhad", "Payam", "Arash", "Omid", "Kaveh", "Hooman", "Majid", "Parviz", "Siavash", "Ramin", "Navid")  # fmt: skip
FA_S = ("Mohammadi", "Hosseini", "Ahmadi", "Rezaei", "Karimi", "Moradi", "Hashemi", "Jafari", "Rahimi", "Sadeghi", "Ebrahimi", "Ghorbani", "Amini", "Rostami", "Mousavi", "Kazemi", "Tehrani", "Shirazi", "Farahani", "Nazari", "Heidari", "Bagheri", "Asadi", "Jalali", "Zand", "Rahmani")  # fmt: skip
# Bosnian, Serbian and Croatian.
BCS_F = ("Amra", "Emina", "Jasmina", "Azra", "Selma", "Lejla", "Amila", "Mirela", "Sanela", "Maja", "Ana", "Marija", "Jelena", "Ivana", "Dragana", "Snežana", "Vesna", "Mirjana", "Senada", "Elma", "Aida", "Alma", "Merima", "Dijana", "Nermina")  # fmt: skip
BCS_M = ("Adnan", "Emir", "Amir", "Haris", "Edin", "Mirza", "Alen", "Dženan", "Senad", "Nermin", "Elvir", "Samir", "Damir", "Dragan", "Zoran", "Goran", "Milan", "Nikola", "Marko", "Ivan", "Stefan", "Aleksandar", "Dejan", "Zlatan", "Mehmed")  # fmt: skip
BCS_S = ("Hodžić", "Hadžić", "Kovačević", "Delić", "Begić", "Mehmedović", "Hasanović", "Ibrahimović", "Husić", "Salihović", "Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Babić", "Marić", "Horvat", "Kovačić", "Jurić", "Knežević", "Pavlović", "Šehić", "Karić", "Omerović", "Alić", "Mujić", "Popović")  # fmt: skip
TR_F = ("Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Şerife", "Zehra", "Sultan", "Hülya", "Özlem", "Esra", "Derya", "Gül", "Leyla", "Merve", "Büşra", "Songül", "Sevgi", "Filiz", "Dilek", "Gülsen", "Nurcan")  # fmt: skip
TR_M = ("Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Osman", "Yusuf", "Murat", "Ömer", "Ramazan", "Halil", "Süleyman", "Abdullah", "Mahmut", "Recep", "Fatih", "Emre", "Kemal", "Serkan", "Burak", "Erkan")  # fmt: skip
TR_S = ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Polat", "Korkmaz", "Akın", "Erdem")  # fmt: skip
KU_F = ("Rojda", "Berfin", "Dilan", "Helin", "Rojin", "Zilan", "Shilan", "Nazdar", "Gulistan", "Jiyan", "Avin", "Hêvî", "Ronahî", "Viyan", "Delal", "Sozdar", "Roza", "Bahar", "Sara", "Narin")  # fmt: skip
KU_M = ("Rebin", "Azad", "Dilshad", "Karwan", "Rebwar", "Sherko", "Hawre", "Aram", "Baran", "Serhat", "Diyar", "Shvan", "Kawa", "Zana", "Hiwa", "Bakhtiyar", "Sirwan", "Dler", "Hemin", "Soran", "Kamaran", "Ako")  # fmt: skip
KU_S = ("Ahmad", "Mohammad", "Abdullah", "Hassan", "Rasul", "Mahmoud", "Aziz", "Karim", "Hussein", "Qadir", "Amin", "Saleh", "Omar", "Rashid", "Bakr", "Faraj", "Ismail", "Hama", "Salih", "Rahman", "Jalal", "Mustafa", "Zangana", "Baban", "Doski")  # fmt: skip
# Eritrean (Tigrinya): the father's given name serves as the surname.
ER_F = ("Helen", "Senait", "Saba", "Selam", "Hiwet", "Yordanos", "Luwam", "Merhawit", "Winta", "Tsega", "Abeba", "Elsa", "Mebrat", "Letekidan", "Rahwa", "Semhar", "Tsehay", "Almaz", "Ruta", "Feven", "Nardos")  # fmt: skip
ER_M = ("Yonas", "Daniel", "Tesfaye", "Michael", "Samuel", "Dawit", "Mussie", "Yemane", "Tekle", "Habte", "Berhane", "Mehari", "Filmon", "Robel", "Kidane", "Tewelde", "Amanuel", "Yohannes", "Biniam", "Henok", "Efrem", "Ghirmay")  # fmt: skip
ER_S = ("Tesfay", "Gebremedhin", "Tekle", "Haile", "Berhe", "Gebreyesus", "Kidane", "Habte", "Asmerom", "Woldu", "Ghebremariam", "Tewolde", "Mehari", "Yemane", "Andemariam", "Negash", "Ghebrehiwet", "Weldemichael", "Abraha", "Zerai", "Okbazghi", "Mebrahtu", "Kahsay", "Tsegai")  # fmt: skip
AF_F = ("Fatima", "Zahra", "Masooma", "Maryam", "Sakina", "Nargis", "Shabnam", "Farzana", "Mursal", "Marzia", "Freshta", "Parwana", "Nazifa", "Sima", "Zarghuna", "Hamida", "Shakila", "Gulalai", "Mahbooba", "Latifa", "Sadaf")  # fmt: skip
AF_M = ("Mohammad", "Ali", "Ahmad", "Hussain", "Reza", "Mustafa", "Abdul", "Jawad", "Sayed", "Murtaza", "Hamid", "Najib", "Farid", "Rahmatullah", "Shafiq", "Mahdi", "Habib", "Zabihullah", "Nasir", "Yama", "Wahid", "Ehsan", "Samiullah")  # fmt: skip
AF_S = ("Ahmadi", "Mohammadi", "Hussaini", "Rezaie", "Sultani", "Jafari", "Rahimi", "Hakimi", "Nazari", "Karimi", "Haidari", "Sharifi", "Amiri", "Akbari", "Rasuli", "Noori", "Stanikzai", "Popal", "Sadat", "Wardak", "Safi", "Azizi")  # fmt: skip
TH_F = ("Siriporn", "Supaporn", "Wanida", "Sunisa", "Kanokwan", "Pranee", "Malee", "Somjit", "Ratana", "Jintana", "Nittaya", "Pornthip", "Sukanya", "Duangjai", "Kanya", "Lamai", "Amporn", "Araya", "Benjawan", "Chanida", "Kannika", "Orathai")  # fmt: skip
TH_M = ("Somchai", "Somsak", "Prasert", "Sompong", "Surachai", "Anan", "Wichai", "Thanakorn", "Kittisak", "Nattapong", "Somboon", "Chaiwat", "Narong", "Pichit")  # fmt: skip
TH_S = ("Saetang", "Srisuk", "Wongsa", "Boonmee", "Chaiyaporn", "Sukprasert", "Kongkaew", "Thongdee", "Phromma", "Sriwan", "Kaewkla", "Chaiyasit", "Rattanakorn", "Sangthong", "Jaidee", "Suwannarat", "Boonyarat", "Phanthong", "Ruangsri", "Sombat")  # fmt: skip
# Chilean and Latin American: two surnames are common (father's, then mother's).
LA_F = ("María", "Carmen", "Rosa", "Ana", "Patricia", "Claudia", "Carolina", "Verónica", "Marcela", "Gloria", "Paola", "Daniela", "Alejandra", "Camila", "Valentina", "Javiera", "Isabel", "Sandra", "Lorena", "Paulina", "Ximena", "Soledad")  # fmt: skip
LA_M = ("Juan", "José", "Luis", "Carlos", "Jorge", "Pedro", "Manuel", "Francisco", "Sergio", "Patricio", "Cristián", "Rodrigo", "Miguel", "Víctor", "Pablo", "Héctor", "Ricardo", "Felipe", "Diego", "Sebastián", "Mauricio", "Fernando", "Eduardo", "Alejandro")  # fmt: skip
LA_S = ("González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez", "Sepúlveda", "Morales", "Rodríguez", "López", "Fuentes", "Hernández", "Torres", "Araya", "Flores", "Espinoza", "Valenzuela", "Castillo", "Tapia", "Reyes", "Gutiérrez", "Castro", "Pizarro", "Álvarez", "Vásquez", "Sánchez", "Fernández", "Ramírez", "Carrasco", "Gómez", "Cortés", "Núñez", "Jara")  # fmt: skip
UA_F = ("Olena", "Oksana", "Natalia", "Iryna", "Tetiana", "Svitlana", "Yulia", "Kateryna", "Olha", "Anastasiia", "Mariia", "Viktoriia", "Liudmyla", "Halyna", "Nadiia", "Anna", "Alina", "Daria", "Sofiia", "Yana")  # fmt: skip
UA_M = ("Oleksandr", "Serhii", "Andrii", "Volodymyr", "Oleksii", "Dmytro", "Mykola", "Ivan", "Yurii", "Vasyl", "Viktor", "Ihor", "Maksym", "Vitalii", "Taras", "Bohdan", "Roman", "Pavlo", "Artem", "Denys")  # fmt: skip
UA_S = ("Melnyk", "Shevchenko", "Kovalenko", "Bondarenko", "Boiko", "Tkachenko", "Kravchenko", "Kovalchuk", "Koval", "Oliinyk", "Shevchuk", "Polishchuk", "Tkachuk", "Savchenko", "Bondar", "Marchenko", "Rudenko", "Moroz", "Lysenko", "Petrenko", "Klymenko", "Pavlenko", "Kravets", "Ponomarenko")  # fmt: skip
# India, north and south, with Kerala's Christian surnames.
IN_F = ("Priya", "Divya", "Anjali", "Pooja", "Deepa", "Sneha", "Lakshmi", "Kavya", "Meera", "Swati", "Neha", "Shalini", "Aishwarya", "Ritu", "Sunita", "Anita", "Rekha", "Asha", "Nisha", "Shreya", "Mary", "Ann")  # fmt: skip
IN_M = ("Rahul", "Amit", "Rajesh", "Suresh", "Vikram", "Arjun", "Sanjay", "Ravi", "Anand", "Karthik", "Vijay", "Prakash", "Deepak", "Manoj", "Arun", "Rohit", "Srinivas", "Ajay", "Naveen", "Sunil", "Jose", "Biju")  # fmt: skip
IN_S = ("Sharma", "Patel", "Singh", "Kumar", "Reddy", "Nair", "Iyer", "Gupta", "Rao", "Menon", "Joshi", "Mehta", "Shah", "Das", "Pillai", "Krishnan", "Verma", "Agarwal", "Kulkarni", "Thomas", "Mathew", "Varghese", "Chatterjee", "Banerjee")  # fmt: skip

# The US: the Census 1990 lists, first 380 given names and 420 surnames, per cent as weight.
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


@dataclass(frozen=True)
class Pool:
    """Names in rank order with their weights; the first `head` of them are the head."""

    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def ranked(names: tuple[str, ...], head: int) -> Pool:
    """A pool weighted 1/rank, duplicates dropped (the first rank kept)."""
    unique = tuple(dict.fromkeys(names))
    return Pool(unique, tuple(1 / (i + 1) for i in range(len(unique))), min(head, len(unique) - 1))


def census(rows: tuple[tuple[str, float], ...], head: int) -> Pool:
    """A pool weighted by the census per cent."""
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


ORIGINS: dict[str, Origin] = {
    "swedish": Origin(ranked(SV_F, 150), ranked(SV_M, 150), ranked(SV_S, 150)),
    "us": Origin(census(US_F, 150), census(US_M, 150), census(US_S, 150)),
    "uk": Origin(ranked(UK_F, 130), ranked(UK_M, 130), ranked(UK_S, 150)),
    "finnish": Origin(ranked(FI_F, 10), ranked(FI_M, 10), ranked(FI_S, 10)),
    "arabic": Origin(ranked(AR_F, 10), ranked(AR_M, 10), ranked(AR_S, 10)),
    "somali": Origin(ranked(SO_F, 10), ranked(SO_M, 10), ranked(SO_S, 10)),
    "polish": Origin(ranked(PL_F, 10), ranked(PL_M, 10), ranked(PL_S, 10)),
    "persian": Origin(ranked(FA_F, 10), ranked(FA_M, 10), ranked(FA_S, 10)),
    "bcs": Origin(ranked(BCS_F, 10), ranked(BCS_M, 10), ranked(BCS_S, 10)),
    "turkish": Origin(ranked(TR_F, 10), ranked(TR_M, 10), ranked(TR_S, 10)),
    "kurdish": Origin(ranked(KU_F, 10), ranked(KU_M, 10), ranked(KU_S, 10)),
    "eritrean": Origin(ranked(ER_F, 10), ranked(ER_M, 10), ranked(ER_S, 10)),
    "afghan": Origin(ranked(AF_F, 10), ranked(AF_M, 10), ranked(AF_S, 10)),
    "thai": Origin(ranked(TH_F, 10), ranked(TH_M, 10), ranked(TH_S, 10)),
    "latin": Origin(ranked(LA_F, 10), ranked(LA_M, 10), ranked(LA_S, 10)),
    "ukrainian": Origin(ranked(UA_F, 10), ranked(UA_M, 10), ranked(UA_S, 10)),
    "indian": Origin(ranked(IN_F, 10), ranked(IN_M, 10), ranked(IN_S, 10)),
}

# Who is named, by the language of the text: Sweden's population in Swedish and mixed text (a
# congregation's members a little older and more often Finnish, Assyrian, Eritrean or Polish than
# the country), the US and the UK in English text, with Swedes and newcomers among them.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 65, "arabic": 6.5, "finnish": 4.5, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "eritrean": 1.6, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5, "ukrainian": 1.3,
        "latin": 1.1, "thai": 1, "indian": 0.8, "uk": 0.8, "us": 0.6,
    },
    "en": {
        "us": 38, "uk": 36, "swedish": 9, "indian": 2.5, "arabic": 2, "latin": 2, "polish": 1.5,
        "finnish": 1, "somali": 1, "persian": 1, "eritrean": 1, "ukrainian": 1, "turkish": 0.8,
        "bcs": 0.8, "afghan": 0.6, "thai": 0.6, "kurdish": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 9, "arabic": 5, "finnish": 3, "polish": 3, "persian": 2.5,
        "bcs": 2.5, "eritrean": 1.5, "somali": 1.5, "kurdish": 1.5, "turkish": 1.5, "ukrainian": 1.5,
        "indian": 1.5, "afghan": 1.2, "latin": 1.2, "thai": 1,
    },
}  # fmt: skip

# Short forms people are called by, per origin (a given name's own list of them).
_SV_NICK = {
    "Lars": ("Lasse",), "Mikael": ("Micke",), "Joakim": ("Jocke",), "Karl": ("Kalle",), "Per": ("Pelle", "Perra"),
    "Magnus": ("Manne",), "Thomas": ("Tompa",), "Tomas": ("Tompa",), "Robert": ("Robban",), "Fredrik": ("Fredde",),
    "Patrik": ("Patte",), "Niklas": ("Nicke",), "Tobias": ("Tobbe",), "Kristoffer": ("Stoffe",), "Mattias": ("Matte",),
    "Daniel": ("Danne",), "Stefan": ("Steffe",), "Jonas": ("Jonte",), "Hans": ("Hasse",), "Bengt": ("Bengan",),
    "Gustav": ("Gurra", "Gutte"), "Sebastian": ("Sebbe",), "William": ("Ville",), "Olof": ("Olle",), "Alexander": ("Alex",),
    "Marcus": ("Mackan",), "Andreas": ("Andy",), "Rickard": ("Ricke",), "Johan": ("Jojje",), "Göran": ("Göte",),
    "Charlotte": ("Lotta",), "Susanne": ("Sussie", "Sanna"), "Kristina": ("Stina", "Kicki"), "Katarina": ("Kattis", "Kajsa"),
    "Elisabeth": ("Lisa", "Bettan"), "Margareta": ("Maggan", "Greta"), "Birgitta": ("Gittan", "Britta"), "Ulrika": ("Ullis",),
    "Cecilia": ("Cissi",), "Viktoria": ("Vickan",), "Kerstin": ("Kicki",), "Gunilla": ("Nilla",), "Johanna": ("Hanna", "Jossan"),
    "Josefin": ("Jossan",), "Madeleine": ("Madde",), "Camilla": ("Millan",), "Matilda": ("Tilda",), "Emelie": ("Emmy",),
    "Alexandra": ("Sandra", "Alex"), "Rebecka": ("Becka",), "Ingrid": ("Inka",), "Louise": ("Lollo",),
}  # fmt: skip
_EN_NICK = {
    "William": ("Will", "Bill"), "Robert": ("Rob", "Bob"), "Elizabeth": ("Liz", "Beth"), "Margaret": ("Maggie", "Peggy"),
    "Jennifer": ("Jen", "Jenny"), "Michael": ("Mike", "Mick"), "Christopher": ("Chris",), "James": ("Jim", "Jamie"),
    "Richard": ("Rick", "Rich"), "Thomas": ("Tom", "Tommy"), "Katherine": ("Kate", "Katie"), "Catherine": ("Cathy", "Kate"),
    "Patricia": ("Pat", "Trish"), "Susan": ("Sue",), "Deborah": ("Debbie",), "Anthony": ("Tony",), "Joseph": ("Joe",),
    "Daniel": ("Dan", "Danny"), "Matthew": ("Matt",), "Edward": ("Ed", "Ted"), "Samuel": ("Sam",), "Alexander": ("Alex",),
    "Rebecca": ("Becky", "Becca"), "Jessica": ("Jess",), "Victoria": ("Vicky", "Tori"), "Nicholas": ("Nick",),
    "Benjamin": ("Ben",), "Andrew": ("Andy", "Drew"), "Stephen": ("Steve",), "Steven": ("Steve",), "David": ("Dave",),
    "Charles": ("Charlie", "Chuck"), "Kenneth": ("Ken", "Kenny"), "Timothy": ("Tim",), "Gregory": ("Greg",),
    "Jonathan": ("Jon", "Jonny"), "Barbara": ("Barb",), "Dorothy": ("Dot", "Dottie"), "Kimberly": ("Kim",),
    "Pamela": ("Pam",), "Cynthia": ("Cindy",), "Sandra": ("Sandy",), "Judith": ("Judy",), "Gerald": ("Gerry",),
    "Raymond": ("Ray",), "Lawrence": ("Larry",), "Ronald": ("Ron", "Ronnie"), "Donald": ("Don",), "Douglas": ("Doug",),
    "Frederick": ("Fred", "Freddie"), "Harold": ("Harry",), "Henry": ("Harry", "Hal"), "Jacqueline": ("Jackie",),
    "Abigail": ("Abby",), "Eleanor": ("Ellie", "Nell"), "Oliver": ("Ollie",), "Nathan": ("Nate",), "Zachary": ("Zach",),
    "Joshua": ("Josh",), "Philip": ("Phil",), "Peter": ("Pete",), "Gillian": ("Gill",), "Nicola": ("Nicky",),
    "Samantha": ("Sam",), "Christine": ("Chris",), "Alison": ("Ali",), "Geoffrey": ("Geoff",), "Terence": ("Terry",),
}  # fmt: skip
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": _SV_NICK,
    "us": _EN_NICK,
    "uk": _EN_NICK,
    "polish": {
        "Małgorzata": ("Gosia",), "Katarzyna": ("Kasia",), "Aleksandra": ("Ola",), "Agnieszka": ("Aga",),
        "Magdalena": ("Magda",), "Piotr": ("Piotrek",), "Tomasz": ("Tomek",), "Krzysztof": ("Krzysiek",),
        "Paweł": ("Pawełek",), "Michał": ("Michałek",), "Jakub": ("Kuba",), "Elżbieta": ("Ela",),
    },
    "finnish": {"Johanna": ("Jonna",), "Kristiina": ("Kirsi",), "Juhani": ("Jussi",), "Mikael": ("Mikko",), "Matti": ("Masa",)},
    "persian": {"Mohammad": ("Mamad",), "Fatemeh": ("Fati",)},
    "bcs": {"Aleksandar": ("Saša",), "Jasmina": ("Jasna",), "Snežana": ("Sneža",)},
    "ukrainian": {"Oleksandr": ("Sasha",), "Kateryna": ("Katia",), "Volodymyr": ("Volodia",), "Anastasiia": ("Nastia",)},
    "latin": {"Francisco": ("Pancho",), "José": ("Pepe",), "Alejandro": ("Alex",), "Patricio": ("Pato",)},
}  # fmt: skip

_PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "ı": "i", "İ": "I", "đ": "dj", "Đ": "Dj", "ø": "o", "æ": "ae"}
)


def plain(word: str) -> str:
    """A name typed without its letters: `Wiśniewski` as `Wisniewski`, `Yılmaz` as `Yilmaz`."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_PLAIN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for masc, fem in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(masc):
            return surname[: -len(masc)] + fem
    return surname
