# ruff: noqa: E501
"""Name pools of held-out GM (issue 15): names as the population has them, by origin and weight.

Written from general knowledge of SCB's name statistics, the ONS rankings and the commonest names of
the origins common in Sweden, and copied from the US Census 1990 lists as the `names` package
ships them. Every name word is drawn from a list's head with HEAD_SHARE, else from its tail, by
weight inside each part. No name was checked against anything in rung, and none was left out for
being known or unknown to it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8

# Sweden: SCB's name statistics, in their rank order as the writer knows them (weight 1/rank).
# The first 150 of each list are its head; the names past them its tail.

SV_WOMEN = (
    "Anna", "Eva", "Maria", "Karin", "Sara", "Kristina", "Lena", "Emma", "Kerstin", "Marie",
    "Malin", "Ingrid", "Jenny", "Hanna", "Linda", "Elin", "Annika", "Birgitta", "Sofia", "Susanne",
    "Inger", "Johanna", "Elisabeth", "Ulla", "Monica", "Carina", "Helena", "Margareta", "Ida", "Julia",
    "Camilla", "Anneli", "Linnéa", "Maja", "Ebba", "Elsa", "Alice", "Matilda", "Amanda", "Ulrika",
    "Louise", "Cecilia", "Therese", "Åsa", "Gunilla", "Anette", "Katarina", "Caroline", "Frida", "Sandra",
    "Jessica", "Ellen", "Moa", "Wilma", "Agnes", "Lisa", "Sanna", "Klara", "Josefin", "Emelie",
    "Felicia", "Ella", "Alva", "Stina", "Christina", "Marianne", "Gunnel", "Britt", "Barbro", "Siv",
    "Margit", "Ann", "Astrid", "Ingela", "Pia", "Lina", "Agneta", "Mona", "Yvonne", "Anita",
    "Charlotte", "Elisabet", "Berit", "Gun", "Inga", "Viktoria", "Madeleine", "Petra", "Therése", "Ann-Christin",
    "Ann-Marie", "Anna-Karin", "Eva-Lena", "Gudrun", "Solveig", "Karolina", "Emilia", "Olivia", "Nathalie", "Rebecka",
    "Michaela", "Mikaela", "Angelica", "Isabelle", "Isabella", "Alexandra", "Tove", "Wilhelmina", "Ronja", "Tilda",
    "Tyra", "Vera", "Selma", "Saga", "Elvira", "Ester", "Signe", "Greta", "Maj", "Britt-Marie",
    "Lisbeth", "Marita", "Ewa", "Kajsa", "Paula", "Veronica", "Sofie", "Hedvig", "Majken", "Ylva",
    "Märta", "Ingegerd", "Gerd", "Laila", "Sonja", "Ulrica", "Hillevi", "Irene", "Jeanette", "Jennie",
    "Fanny", "Lovisa", "Nora", "Freja", "Stella", "Lilly", "Nellie", "Leah", "Juni", "Lova",
    "Meja", "Ines", "Iris", "Tuva", "Thea", "Edith", "Elise", "Vilma", "Pernilla", "Mia",
    "Alicia", "Alma", "Tindra", "Smilla", "Svea", "Idun", "Leia", "Lo", "Mira", "Siri",
    "Vilda", "Novalie", "Hilda", "Ingeborg", "Dagny", "Ragnhild", "Sigrid", "Ruth", "Rut", "Viola",
    "Gertrud", "Irma", "Majvor", "Maj-Britt", "Ann-Britt", "Inga-Lill", "Sabina", "Tina", "Viveka", "Vivianne",
    "Rigmor", "Gunvor", "Elvy", "Aina", "Majlis", "Birgit", "Annelie", "Ingalill", "Lillemor", "Elsy",
    "Margaretha", "Kristin", "Kristine", "Catharina", "Katrin", "Cathrine", "Annette", "Christel", "Ann-Sofie", "Ann-Louise",
    "Anna-Lena", "Anna-Maria", "Anna-Lisa", "Eva-Karin", "Eva-Marie", "Lise-Lotte", "Marie-Louise", "Ulla-Britt", "Maj-Lis", "Gun-Britt",
    "Ann-Kristin", "Ann-Charlotte", "Ann-Katrin", "Anna-Stina", "Ann-Mari", "Inga-Britt", "Gun-Marie", "Nina", "Helen", "Hélène",
    "Jane", "Jill", "Josefine", "Josephine", "Jonna", "Judit", "Karoline", "Lea", "Linn", "Linnea",
    "Lisen", "Liv", "Lotta", "Louisa", "Lykke", "Madelene", "Magdalena", "Malva", "Maud", "Mathilda",
    "Melina", "Melissa", "Minna", "Mirja", "Molly", "Nadja", "Nicole", "Noomi", "Ottilia", "Penny",
    "Ragna", "Rakel", "Ramona", "Rebecca", "Renée", "Rosa", "Rosita", "Sally", "Siw", "Sylvia",
    "Tekla", "Tilde", "Tora", "Tova", "Una", "Valborg", "Vanja", "Viveca", "Wanda", "Wendela",
    "Yasmine", "Åse", "Elna", "Edla", "Hulda", "Joline", "Julie", "Juliana", "Kaisa", "Katja",
    "Kim", "Lovis", "Lucia", "Marlene", "Matilde", "Nanna", "Nelly", "Oda", "Olga", "Paulina",
    "Regina", "Stephanie", "Susann", "Tilly", "Vendela", "Vivi", "Yvette", "Zara", "Ellie", "Elina",
    "Emmy", "Hedda", "Hilma", "Isa", "Jasmine", "Lisette", "Marika", "Ninni", "Sanne", "Signhild",
    "Elsie", "Mariana", "Anja", "Annica", "Beatrice", "Bodil", "Carin", "Carola", "Dagmar", "Doris",
    "Malena", "Eleonora", "Elly", "Emilie", "Erika", "Evelina", "Gabriella", "Gisela", "Gunhild", "Hanne",
    "Harriet", "Ingbritt", "Inez", "Jenni", "Jessika", "Ingalena", "Laura", "Lilian", "Lisbet", "Mimmi",
    "Ann-Helen", "Lydia", "Margot", "Mari", "Mariella", "Marina", "Marit", "Mathilde", "Majvi", "Märit",
    "Natalie", "Ofelia", "Patricia", "Rosie", "Sigbritt", "Solbritt", "Svetlana", "Tanja", "Teresia", "Gull-Britt",
    "Vivan", "Solgerd", "Zandra", "Agda", "Amelie", "Anneliese", "Asta", "Beata", "Cornelia", "Ing-Marie",
)  # fmt: skip

SV_MEN = (
    "Lars", "Mikael", "Anders", "Johan", "Per", "Erik", "Karl", "Peter", "Jan", "Thomas",
    "Daniel", "Fredrik", "Hans", "Andreas", "Stefan", "Bengt", "Magnus", "Mats", "Marcus", "Jonas",
    "Niklas", "Patrik", "Martin", "Björn", "Sven", "Bo", "Leif", "Göran", "Nils", "Oskar",
    "Alexander", "David", "Christer", "Kent", "Ulf", "Henrik", "Håkan", "Tommy", "Gustav", "Lennart",
    "Robert", "Rolf", "Emil", "Simon", "Viktor", "William", "Lucas", "Oliver", "Elias", "Hugo",
    "Filip", "Anton", "Jakob", "Axel", "Ludvig", "Adam", "Liam", "Noah", "Isak", "Leo",
    "Olle", "Albin", "Kevin", "Sebastian", "Rasmus", "Joakim", "Mattias", "Tobias", "Jesper", "Jimmy",
    "Christoffer", "Kristoffer", "Roger", "Dan", "Kjell", "Gunnar", "Åke", "Ingemar", "Sten", "Rune",
    "Kurt", "Arne", "Stig", "Roland", "Torbjörn", "Claes", "Ola", "Ove", "Kenneth", "Mohammed",
    "Tomas", "Jörgen", "Ulrik", "Dennis", "Johnny", "Conny", "Benny", "Lars-Erik", "Karl-Erik", "Per-Olof",
    "Jan-Erik", "Carl", "Olof", "Gösta", "Bertil", "Hampus", "Tor", "Alf", "Birger", "Mohamad",
    "Pontus", "Jonathan", "Gabriel", "Edvin", "Vincent", "Melvin", "Theo", "Elton", "Alvin", "Valter",
    "Arvid", "Sixten", "Harry", "Charlie", "Vilgot", "Love", "Benjamin", "Samuel", "Wilmer", "Max",
    "Linus", "Leon", "Jacob", "Kalle", "Otto", "Urban", "Per-Anders", "Sören", "Lage", "Inge",
    "Lukas", "Oscar", "John", "Robin", "Philip", "Rickard", "Joel", "Felix", "Christian", "Fabian",
    "Sigge", "Ebbe", "Melker", "Folke", "Tage", "Holger", "Ture", "Sivert", "Evert", "Gunder",
    "Algot", "Helmer", "Hjalmar", "Ivar", "Josef", "Knut", "Manne", "Sune", "Torsten", "Vidar",
    "Yngve", "Åsmund", "Östen", "Allan", "Helge", "Arnold", "Artur", "Bernt", "Boris", "Botvid",
    "Curt", "Dag", "Einar", "Eskil", "Fritiof", "Gerhard", "Greger", "Gudmund", "Harald", "Hilding",
    "Ingvar", "Ivan", "Jens", "Jöns", "Konrad", "Kristian", "Krister", "Lars-Göran", "Lars-Olof", "Leonard",
    "Lorentz", "Mauritz", "Nicklas", "Nikolaus", "Odd", "Ossian", "Edvard", "Per-Erik", "Per-Åke", "Ragnar",
    "Reine", "Roine", "Ronny", "Rutger", "Sigvard", "Staffan", "Sture", "Svante", "Sverker", "Sylvester",
    "Thorsten", "Torgny", "Tryggve", "Uno", "Valdemar", "Verner", "Wiktor", "Willy", "Assar", "Örjan",
    "Gert", "Bo-Göran", "Carl-Johan", "Hans-Erik", "Jan-Olof", "Jan-Olov", "Karl-Gustav", "Karl-Johan", "Lars-Åke", "Nils-Erik",
    "Per-Gunnar", "Stig-Olof", "Sven-Erik", "Sven-Olof", "Bror", "Dick", "Eddie", "Egon", "Eilert", "Emanuel",
    "Frans", "Fredric", "Glenn", "Hannes", "Herbert", "Hilmer", "Isac", "Jack", "Jarl", "Jon",
    "Jonny", "Julius", "Kasper", "Klas", "Lauri", "Lennie", "Levi", "Malte", "Melwin", "Mikkel",
    "Milo", "Mio", "Morgan", "Nathan", "Nicolas", "Noel", "Olav", "Pehr", "Rudolf", "Sam",
    "Seth", "Ted", "Tim", "Torleif", "Tord", "Valentin", "Walter", "Wilhelm", "Ville", "Ruben",
    "Ragnvald", "Gillis", "Gottfrid", "Hemming", "Ingvald", "Ingmar", "Jörn", "Lennarth", "Mårten", "Ottar",
    "Roy", "Sölve", "Tony", "Teodor", "Tuve", "Torvald", "Wiggo", "Aron", "Anselm", "Bill",
    "Bruno", "Casper", "Colin", "Dante", "Elliot", "Enzo", "Frank", "Gustaf", "Henning", "Joar",
    "Kim", "Lias", "Matteus", "Neo", "Nils-Olof", "Olaus", "Petter", "Ralf", "Sten-Åke", "Torkel",
    "Vilhelm", "Yusuf", "Ahmad", "Omar", "Ali", "Hassan", "Hussein", "Ibrahim", "Abdullahi", "Arman",
    "Amir", "Sami", "Jimmie", "Matts", "Carl-Axel", "Hans-Olov", "Karl-Axel", "Bengt-Göran", "Lars-Gunnar", "Sten-Olof",
    "Kennet", "Alrik", "Elof", "Gideon", "Hjalte", "Isidor", "Jerker", "Melcher", "Natanael", "Orvar",
    "Rikard", "Sigurd", "Ulrich", "Vilmer", "Egil", "Eric", "Hans-Åke", "Jan-Åke", "Kent-Ove", "Thure",
    "Tycho", "Wilgot", "Åsbjörn",
)  # fmt: skip

SV_SURNAMES = (
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson",
    "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Olofsson",
    "Lindström", "Lindqvist", "Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren", "Lundqvist",
    "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg", "Ali", "Wallin", "Mohammed",
    "Engström", "Eklund", "Danielsson", "Lundin", "Håkansson", "Björk", "Bergman", "Gunnarsson", "Holm", "Wikström",
    "Samuelsson", "Isaksson", "Fransson", "Bergqvist", "Nyström", "Holmberg", "Arvidsson", "Löfgren", "Söderberg", "Nyberg",
    "Blomqvist", "Claesson", "Nordström", "Mårtensson", "Lundström", "Ahmed", "Viklund", "Björklund", "Eliasson", "Pålsson",
    "Hassan", "Berggren", "Sandström", "Lund", "Nordin", "Ström", "Åberg", "Hermansson", "Ekström", "Holmgren",
    "Sundberg", "Hedlund", "Dahlberg", "Hellström", "Sjögren", "Abrahamsson", "Falk", "Öberg", "Andreasson", "Månsson",
    "Blom", "Ek", "Strömberg", "Åkesson", "Jonasson", "Hansen", "Norberg", "Sundström", "Åström", "Holmqvist",
    "Ivarsson", "Lindholm", "Sundqvist", "Nordqvist", "Dahl", "Lindell", "Mohamed", "Hussein", "Omar", "Lindahl",
    "Nygren", "Ericsson", "Ottosson", "Jensen", "Göransson", "Lindén", "Carlsson", "Nordlund", "Sjöström", "Hedberg",
    "Ibrahim", "Nyman", "Borg", "Bergkvist", "Lindblom", "Lundell", "Petersson", "Edlund", "Hägglund", "Sörensen",
    "Hedman", "Söderström", "Ekman", "Kristiansson", "Hellberg", "Sandin", "Vesterlund", "Backman", "Fors", "Palm",
    "Westerberg", "Grahn", "Lilja", "Boström", "Wahlström", "Rosén", "Törnqvist", "Sundin", "Granberg", "Rydberg",
    "Byström", "Öhman", "Nordberg", "Hagström", "Lindkvist", "Berglöf", "Bäckström", "Stenberg", "Melin", "Holmström",
    "Ågren", "Brodin", "Lundmark", "Wiklund", "Åkerman", "Hallberg", "Strand", "Landberg", "Hjalmarsson", "Augustsson",
    "Sahlin", "Bergh", "Norén", "Östlund", "Lundkvist", "Frisk", "Hallgren", "Sjödin", "Gustavsson", "Alm",
    "Sjölund", "Höglund", "Marklund", "Skoglund", "Forsgren", "Kjellberg", "Sundell", "Stenström", "Lindroth", "Wennberg",
    "Söderlund", "Hammar", "Ljungberg", "Ljung", "Törnblom", "Nyholm", "Engberg", "Lindeberg", "Jeppsson", "Malm",
    "Rosengren", "Olausson", "Ekberg", "Strid", "Zetterberg", "Wester", "Wigren", "Rehn", "Enqvist", "Berntsson",
    "Svärd", "Fält", "Mörk", "Tell", "Westin", "Hultgren", "Ahlberg", "Ahlström", "Almqvist", "Boman",
    "Carlberg", "Dahlgren", "Dahlqvist", "Eklöf", "Ekholm", "Ekdahl", "Enström", "Friberg", "Frid", "Granlund",
    "Hultqvist", "Haglund", "Hammarström", "Hansén", "Hedin", "Hedström", "Helin", "Hjort", "Holmlund", "Hultman",
    "Högberg", "Isberg", "Jernberg", "Juhlin", "Kallin", "Kempe", "Kjellström", "Kling", "Kvist", "Lagerqvist",
    "Lagerström", "Larsén", "Lejon", "Lidén", "Liljegren", "Lindvall", "Linde", "Ljunggren", "Lorentzon", "Lundh",
    "Löfström", "Melander", "Modig", "Mossberg", "Nord", "Norling", "Nylander", "Nyqvist", "Pehrsson", "Qvist",
    "Rask", "Ringström", "Risberg", "Rudberg", "Rydén", "Rönnqvist", "Sandell", "Sandgren", "Schön", "Selin",
    "Sjöblom", "Sjöqvist", "Skog", "Stark", "Stenlund", "Strömqvist", "Sundén", "Svahn", "Svedberg", "Swärd",
    "Söder", "Sörberg", "Thorén", "Thulin", "Tidblad", "Tornberg", "Unger", "Vallin", "Wahlberg", "Wallgren",
    "Wass", "Wennerström", "Westman", "Wickman", "Wilhelmsson", "Wirén", "Zackrisson", "Zetterlund", "Åkerlund", "Åslund",
    "Ödman", "Öhrn", "Östberg", "Österberg", "Östman", "Abdi", "Yusuf", "Warsame", "Jama", "Nur",
    "Rahimi", "Hosseini", "Karimi", "Mahmoud", "Saleh", "Khalil", "Yilmaz", "Nieminen", "Virtanen", "Korhonen",
    "Mäkinen", "Heikkinen", "Koskinen", "Ahonen", "Salo", "Hämäläinen", "Laine", "Nowak", "Kowalski", "Wiśniewski",
    "Hodžić", "Begić", "von Platen", "af Klercker", "De Geer", "von Sydow", "af Ugglas", "Wachtmeister", "Lewenhaupt", "Gyllenstierna",
    "Bonde", "Sparre", "Oxenstierna", "Posse", "Trolle", "Hamilton", "Douglas", "Bielke", "Stackelberg", "Adolfsson",
    "Albinsson", "Alexandersson", "Alvarsson", "Antonsson", "Aronsson", "Bertilsson", "Birgersson", "Bohlin", "Bolin", "Brandt",
    "Broman", "Börjesson", "Carlén", "Dahlin", "Davidsson", "Edvardsson", "Einarsson", "Emanuelsson", "Evertsson", "Filipsson",
    "Folkesson", "Gabrielsson", "Gullberg", "Gunnarson", "Harrysson", "Hjelm", "Holgersson", "Ingvarsson", "Ingemarsson", "Jakobsen",
    "Joelsson", "Josefsson", "Jörgensen", "Karlén", "Kihlberg", "Knutsson", "Krantz", "Lagerlöf", "Leandersson",
)  # fmt: skip

# The US Census 1990 (public domain): the first names of `dist.female.first`, `dist.male.first`
# and `dist.all.last` with the census per cent as weight; `Mc` and `O'` as people write them.

US_WOMEN = (
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
    ("Sheri", 0.042), ("Marianne", 0.042), ("Kara", 0.041), ("Jacquelyn", 0.041), ("Erma", 0.041), ("Blanca", 0.041),
    ("Myra", 0.04), ("Leticia", 0.04), ("Pat", 0.04), ("Krista", 0.04), ("Roxanne", 0.04), ("Angelica", 0.039),
    ("Johnnie", 0.039), ("Robyn", 0.039), ("Francis", 0.039), ("Adrienne", 0.039), ("Rosalie", 0.039), ("Alexandra", 0.039),
    ("Brooke", 0.039), ("Bethany", 0.039), ("Sadie", 0.039), ("Bernadette", 0.039),
)  # fmt: skip

US_MEN = (
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
    ("Guillermo", 0.031), ("Earnest", 0.031), ("Lucas", 0.031), ("Benny", 0.03), ("Noel", 0.03), ("Spencer", 0.03),
    ("Rodolfo", 0.03), ("Myron", 0.03), ("Edmund", 0.03), ("Garrett", 0.029), ("Salvatore", 0.029), ("Cedric", 0.029),
    ("Lowell", 0.029), ("Gregg", 0.029), ("Sherman", 0.028), ("Wilson", 0.028), ("Devin", 0.028), ("Sylvester", 0.028),
    ("Kim", 0.028), ("Roosevelt", 0.028), ("Israel", 0.028), ("Jermaine", 0.028),
)  # fmt: skip

US_SURNAMES = (
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
    ("Saunders", 0.027), ("Wise", 0.027), ("Colon", 0.027), ("Gill", 0.027), ("Alvarado", 0.027), ("Greer", 0.026),
    ("Padilla", 0.026), ("Simon", 0.026), ("Waters", 0.026), ("Nunez", 0.026), ("Ballard", 0.026), ("Schwartz", 0.026),
    ("McBride", 0.026), ("Houston", 0.026), ("Christensen", 0.026), ("Klein", 0.026), ("Pratt", 0.026), ("Briggs", 0.026),
    ("Parsons", 0.026), ("McLaughlin", 0.026), ("Zimmerman", 0.026), ("French", 0.026), ("Buchanan", 0.026), ("Moran", 0.026),
    ("Copeland", 0.025), ("Roy", 0.025), ("Pittman", 0.025), ("Brady", 0.025), ("McCormick", 0.025), ("Holloway", 0.025),
)  # fmt: skip

# The UK: the ONS rankings (baby names over the decades, surnames), in rank order (weight 1/rank).

UK_WOMEN = (
    "Sarah", "Emma", "Claire", "Laura", "Rebecca", "Lisa", "Nicola", "Rachel", "Amy", "Jessica",
    "Sophie", "Charlotte", "Emily", "Hannah", "Lauren", "Olivia", "Amelia", "Susan", "Karen", "Helen",
    "Julie", "Elizabeth", "Margaret", "Jennifer", "Michelle", "Louise", "Victoria", "Katie", "Gemma", "Kelly",
    "Joanne", "Jane", "Samantha", "Lucy", "Kirsty", "Zoe", "Natalie", "Stephanie", "Katherine", "Alison",
    "Catherine", "Angela", "Deborah", "Tracey", "Sharon", "Donna", "Jacqueline", "Patricia", "Mary", "Linda",
    "Ruth", "Anne", "Janet", "Christine", "Maria", "Caroline", "Fiona", "Jade", "Chloe", "Megan",
    "Ellie", "Grace", "Holly", "Georgia", "Abigail", "Bethany", "Isabella", "Ava", "Mia", "Isla",
    "Lily", "Poppy", "Sophia", "Evie", "Jasmine", "Freya", "Millie", "Daisy", "Phoebe", "Ruby",
    "Alice", "Eleanor", "Florence", "Matilda", "Rosie", "Sienna", "Harriet", "Imogen", "Molly", "Scarlett",
    "Esme", "Ivy", "Elsie", "Hollie", "Leah", "Amber", "Paige", "Shannon", "Danielle", "Jodie",
    "Kimberley", "Hayley", "Leanne", "Kerry", "Joanna", "Tina", "Dawn", "Wendy", "Lorraine", "Beverley",
    "Sandra", "Gillian", "Carol", "Pauline", "Barbara", "Valerie", "Jean", "Sheila", "Maureen", "Brenda",
    "Denise", "Diane", "Tracy", "Andrea", "Heather", "Marie", "Teresa", "Kathryn", "Anna", "Sally",
    "Lesley", "Yvonne", "Joan", "Doreen", "Dorothy", "Irene", "Kathleen", "Eileen", "Sylvia", "Rita",
    "Shirley", "June", "Pamela", "Elaine", "Marion", "Hazel", "Ann", "Josephine", "Frances", "Vanessa",
    "Abbie", "Aimee", "Alexandra", "Alexis", "Alisha", "Amelie", "Annabel", "Annie", "Aria", "Aurora",
    "Beatrice", "Bella", "Bonnie", "Brooke", "Caitlin", "Cara", "Carly", "Cerys", "Charlie", "Clara",
    "Courtney", "Darcey", "Darcie", "Demi", "Eden", "Edith", "Elise", "Eliza", "Ella", "Eloise",
    "Erin", "Eve", "Evelyn", "Faith", "Felicity", "Francesca", "Gabrielle", "Georgina", "Hallie", "Heidi",
    "Iris", "Isabel", "Isabelle", "Jessie", "Julia", "Kayla", "Keira", "Lacey", "Layla", "Lexi",
    "Libby", "Lilly", "Lola", "Lottie", "Lydia", "Maddison", "Madison", "Maisie", "Maya", "Mollie",
    "Naomi", "Niamh", "Nancy", "Orla", "Penelope", "Philippa", "Rose", "Rosa", "Savannah", "Sara",
    "Serena", "Rosalind", "Skye", "Summer", "Tegan", "Tilly", "Violet", "Willow", "Zara", "Annabelle",
    "Bryony", "Carys", "Cheryl", "Clare", "Colette", "Debra", "Elspeth", "Emmeline", "Esther", "Faye",
    "Flora", "Gail", "Gwen", "Harriett", "Henrietta", "Hermione", "Hilary", "Jacqui", "Janice", "Jenna",
    "Judith", "Jocelyn", "Justine", "Kate", "Kay", "Kerrie", "Laurie", "Leigh", "Lindsay", "Lynn",
    "Lynne", "Mandy", "Marilyn", "Melanie", "Miriam", "Moira", "Nadine", "Nina", "Noreen", "Norma",
    "Olive", "Rosemary", "Rowena", "Roxanne", "Sadie", "Sian", "Sonia", "Stacey", "Suzanne", "Tamsin",
    "Tanya", "Tessa", "Theresa", "Vera", "Verity", "Vivienne", "Yasmin", "Zainab", "Aisha", "Priya",
    "Bethan", "Catrin", "Ffion", "Rhiannon", "Eilidh", "Morag", "Kirsteen", "Shona", "Siobhan", "Roisin",
    "Aoife", "Ciara", "Nia", "Elin", "Lowri", "Mhairi", "Ishbel", "Caitriona", "Sinead", "Grainne",
    "Alys", "Anwen", "Bronwen", "Ceri", "Delyth", "Eira", "Gwyneth", "Heulwen", "Mair", "Nerys",
    "Rhian", "Sioned", "Tegwen", "Angharad", "Carwen",
)  # fmt: skip

UK_MEN = (
    "David", "John", "Paul", "Michael", "Andrew", "James", "Mark", "Peter", "Richard", "Stephen",
    "Robert", "Christopher", "Ian", "Daniel", "Matthew", "Thomas", "William", "Simon", "Steven", "Anthony",
    "Gary", "Martin", "Alan", "Kevin", "Stuart", "Neil", "Graham", "Lee", "Jonathan", "Adam",
    "Craig", "Darren", "Jason", "Wayne", "Nicholas", "Philip", "Carl", "Scott", "Benjamin", "Samuel",
    "Oliver", "Jack", "Harry", "George", "Noah", "Charlie", "Jacob", "Alfie", "Freddie", "Leo",
    "Oscar", "Archie", "Henry", "Joshua", "Arthur", "Theo", "Muhammad", "Charles", "Ethan", "Joseph",
    "Luke", "Ryan", "Liam", "Jake", "Connor", "Callum", "Kieran", "Jordan", "Lewis", "Nathan",
    "Aaron", "Ben", "Sam", "Alexander", "Edward", "Dylan", "Tyler", "Reece", "Bradley", "Josh",
    "Brian", "Keith", "Colin", "Kenneth", "Raymond", "Roger", "Geoffrey", "Derek", "Trevor", "Barry",
    "Terry", "Tony", "Malcolm", "Gordon", "Dennis", "Roy", "Ronald", "Frank", "Norman", "Stanley",
    "Jamie", "Shaun", "Dean", "Gavin", "Russell", "Lloyd", "Grant", "Damian", "Dominic", "Marcus",
    "Rhys", "Owen", "Gareth", "Aled", "Dafydd", "Euan", "Fraser", "Ross", "Alistair", "Hamish",
    "Patrick", "Sean", "Kieron", "Declan", "Niall", "Harvey", "Toby", "Max", "Finley", "Reuben",
    "Elliot", "Lucas", "Mason", "Louis", "Logan", "Isaac", "Hugo", "Sebastian", "Rory", "Tobias",
    "Albert", "Douglas", "Duncan", "Francis", "Gregory", "Howard", "Julian", "Leonard", "Nigel", "Victor",
    "Alfred", "Ashley", "Barnaby", "Bernard", "Billy", "Bobby", "Cameron", "Cecil", "Clive", "Cyril",
    "Dale", "Desmond", "Eddie", "Edmund", "Ellis", "Ernest", "Felix", "Frederick", "Gerald", "Gilbert",
    "Glen", "Guy", "Harold", "Herbert", "Hywel", "Ivor", "Jeremy", "Jim", "Joel", "Jonah",
    "Jude", "Kai", "Kenny", "Lance", "Laurence", "Leslie", "Lionel", "Louie", "Lyndon", "Maurice",
    "Miles", "Mohammed", "Morgan", "Myles", "Neville", "Oakley", "Ollie", "Percy", "Quentin", "Ralph",
    "Reginald", "Rex", "Rodney", "Ronan", "Rowan", "Rufus", "Rupert", "Sidney", "Spencer", "Stewart",
    "Ted", "Tristan", "Vincent", "Wilfred", "Zachary", "Zak", "Ahmed", "Ali", "Hassan", "Imran",
    "Rajesh", "Sanjay", "Amir", "Bilal", "Hamza", "Yusuf", "Omar", "Cillian", "Conor", "Eoin",
    "Fergus", "Ewan", "Angus", "Callan", "Kyle", "Gethin", "Iwan", "Emyr", "Rhodri", "Osian",
    "Alun", "Bryn", "Cai", "Dewi", "Gruff", "Huw", "Idris", "Ieuan", "Llyr", "Macsen",
    "Tomos", "Tudor", "Ruaridh", "Murdo", "Calum", "Lachlan", "Struan", "Innes", "Finlay", "Archibald",
    "Ambrose", "Anton", "August", "Blake", "Brandon", "Caleb", "Casey", "Corey", "Dexter", "Dominik",
    "Elijah", "Ezra", "Flynn", "Gabriel", "Harrison", "Hayden", "Jasper", "Jenson", "Kian", "Lenny",
    "Marley", "Mathew", "Nathaniel", "Niko", "Otis", "Ralphie", "Ronnie", "Sonny", "Teddy", "Tommy",
    "Vinnie", "Wilbur",
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
    "Ferguson", "Hayward", "Carroll", "Farrell", "Duffy", "Kaye", "Sheppard", "Bolton", "Rahman", "Iqbal",
    "Hussey", "Pickering", "Godfrey", "Lord", "Moran", "Hale", "Hobbs", "Bartlett", "Swift", "Marsden",
    "Brennan", "Fitzgerald", "Connolly", "MacDonald", "Mackenzie", "Fraser", "Macleod", "Paterson", "Sinclair", "Crawford",
    "Lewin", "Llewellyn", "Pryce", "Vaughan", "Probert", "Jenkinson", "Rowlands", "Howells", "Prosser", "Meredith",
    "Gough", "Cartwright", "Ashworth", "Sykes", "Pilling", "Whitworth", "Wainwright", "Crowther", "Lockwood", "Haigh",
)  # fmt: skip

# Origins common in Sweden: their commonest given names (women, men) and surnames, in rank
# order as the writer knows them (weight 1/rank, head the first 10).

OTHER_LISTS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "finnish": (
        ("Maria", "Helena", "Johanna", "Anneli", "Kaarina", "Marjatta", "Anna", "Liisa", "Annikki", "Hannele", "Tuula", "Päivi", "Riitta", "Sari", "Minna", "Tiina", "Satu", "Anne", "Pirjo", "Merja", "Aino", "Eila", "Leena", "Kirsi", "Sirpa", "Marja", "Katja", "Laura", "Elina", "Eeva"),
        ("Juhani", "Olavi", "Antero", "Tapani", "Johannes", "Mikael", "Matti", "Timo", "Kari", "Pekka", "Jari", "Mikko", "Juha", "Antti", "Markku", "Jukka", "Heikki", "Seppo", "Hannu", "Ilkka", "Esa", "Veikko", "Pentti", "Tuomas", "Janne", "Ville", "Jussi", "Eero", "Risto", "Lauri"),
        ("Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen"),
    ),
    "arabic": (
        ("Fatima", "Maryam", "Zainab", "Noor", "Sara", "Aya", "Hiba", "Rania", "Layla", "Amira", "Huda", "Rana", "Dalia", "Yasmin", "Nadia", "Samira", "Lina", "Reem", "Shahad", "Zahra", "Ninorta", "Shamiram", "Marta", "Ninwe", "Hanan", "Suha", "Raghad", "Ghada", "Asma", "Mariam"),
        ("Mohammed", "Ahmed", "Ali", "Hussein", "Omar", "Mustafa", "Khalid", "Hassan", "Ibrahim", "Yousef", "Abdullah", "Karim", "Tariq", "Samir", "Rami", "Ammar", "Bassam", "Firas", "Haidar", "Waleed", "Sargon", "Ninos", "Ashur", "Gabriel", "Yakob", "Aziz", "Fadi", "Jamil", "Nabil", "Issa"),
        ("Ali", "Mohammed", "Hassan", "Hussein", "Ahmed", "Abdullah", "Al-Jabouri", "Al-Obaidi", "Al-Saadi", "Khalil", "Ibrahim", "Saleh", "Mahmoud", "Jaber", "Haddad", "Youssef", "Najjar", "Al-Taie", "Al-Rubaie", "Kassem", "Shamoun", "Barsoum", "Saliba", "Gabriel", "Isa", "Yousif", "Aziz", "Hanna", "Toma", "Behnam", "Gewargis", "Yalda", "Odisho", "Warda"),
    ),
    "somali": (
        ("Fadumo", "Hodan", "Amina", "Sahra", "Hawa", "Asha", "Ayan", "Ifrah", "Hibo", "Nasra", "Halima", "Maryan", "Sagal", "Fartun", "Hamdi", "Khadra", "Ubah", "Leyla", "Muna", "Sucaad", "Ikran", "Nimco", "Deeqa", "Filsan", "Hinda"),
        ("Mohamed", "Abdi", "Ahmed", "Abdirahman", "Hassan", "Ali", "Abdullahi", "Omar", "Yusuf", "Ibrahim", "Mahad", "Abdikarim", "Liban", "Abdiaziz", "Hamza", "Mustafe", "Bashir", "Farah", "Said", "Osman", "Khalid", "Guled", "Jamal", "Nuur", "Sharmarke"),
        ("Mohamed", "Ali", "Ahmed", "Hassan", "Abdi", "Omar", "Yusuf", "Ibrahim", "Warsame", "Farah", "Jama", "Hussein", "Osman", "Nur", "Abdullahi", "Aden", "Mohamud", "Ismail", "Isse", "Egal", "Dahir", "Hersi", "Noor", "Elmi", "Abdulle", "Gedi", "Samatar", "Guled", "Barre", "Mahamed"),
    ),
    "polish": (
        ("Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna", "Magdalena", "Elżbieta", "Joanna", "Aleksandra", "Monika", "Zofia", "Teresa", "Danuta", "Natalia", "Karolina", "Marta", "Beata", "Dorota", "Justyna", "Paulina", "Iwona", "Agata", "Halina", "Jadwiga", "Grażyna"),
        ("Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Jan", "Michał", "Marcin", "Stanisław", "Jakub", "Adam", "Marek", "Łukasz", "Grzegorz", "Mateusz", "Wojciech", "Mariusz", "Dariusz", "Zbigniew", "Jerzy", "Maciej", "Rafał", "Robert", "Kamil", "Józef", "Dawid", "Sławomir", "Bartosz"),
        ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Wojciechowski", "Kwiatkowski", "Krawczyk", "Kaczmarek", "Piotrowski", "Grabowski", "Zając", "Pawłowski", "Michalski", "Król", "Wieczorek", "Jabłoński", "Wróbel", "Nowicki", "Czarnecki", "Zawadzki", "Sadowski", "Wysocki", "Głowacki", "Sikorski"),
    ),
    "persian": (
        ("Maryam", "Fatemeh", "Zahra", "Sara", "Shirin", "Leila", "Nasrin", "Parisa", "Mahsa", "Neda", "Roya", "Azadeh", "Mina", "Shabnam", "Farnaz", "Golnar", "Negar", "Samira", "Setareh", "Ladan", "Niloufar", "Bahar", "Yasaman", "Elham", "Haleh"),
        ("Mohammad", "Ali", "Reza", "Hossein", "Mehdi", "Amir", "Hamid", "Saeed", "Majid", "Behzad", "Babak", "Kourosh", "Dariush", "Farhad", "Arash", "Omid", "Payam", "Ramin", "Siavash", "Pouya", "Navid", "Hadi", "Kaveh", "Shahram", "Bijan"),
        ("Mohammadi", "Hosseini", "Ahmadi", "Rezaei", "Karimi", "Moradi", "Hashemi", "Rahimi", "Jafari", "Ebrahimi", "Sadeghi", "Ghorbani", "Rostami", "Amiri", "Kazemi", "Mousavi", "Najafi", "Asadi", "Bagheri", "Tehrani", "Shirazi", "Farahani", "Nazari", "Esmaeili", "Sharifi", "Salehi", "Zamani", "Yazdani", "Abbasi"),
    ),
    "bcs": (
        ("Amra", "Selma", "Lejla", "Emina", "Jasmina", "Azra", "Aida", "Merima", "Amela", "Ana", "Marija", "Jelena", "Ivana", "Milica", "Dragana", "Snežana", "Mirjana", "Vesna", "Sanja", "Maja", "Dijana", "Senada", "Alma", "Edina", "Nermina", "Zlata", "Mersiha"),
        ("Emir", "Adnan", "Mirza", "Amer", "Haris", "Senad", "Edin", "Nermin", "Dženan", "Kenan", "Marko", "Stefan", "Nikola", "Dragan", "Zoran", "Goran", "Milan", "Dejan", "Ivan", "Luka", "Nenad", "Miroslav", "Ante", "Josip", "Tomislav", "Damir", "Alen"),
        ("Hodžić", "Hadžić", "Kovačević", "Delić", "Begić", "Mehmedović", "Husić", "Hasanović", "Salihović", "Ibrahimović", "Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Stanković", "Pavlović", "Milošević", "Horvat", "Kovačić", "Babić", "Marić", "Jurić", "Novak", "Knežević", "Vuković", "Tomić", "Mujić", "Alić", "Šehić", "Mustafić", "Softić"),
    ),
    "turkish": (
        ("Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Şerife", "Zehra", "Sultan", "Hanife", "Merve", "Özlem", "Yasemin", "Esra", "Büşra", "Derya", "Gül", "Songül", "Aysel", "Hülya", "Sevgi", "Ebru", "Dilek", "Nur", "Tuğba", "Gamze"),
        ("Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Osman", "Yusuf", "Murat", "Ömer", "Ramazan", "Halil", "Süleyman", "Abdullah", "Mahmut", "Recep", "Salih", "Fatih", "Kemal", "Emre", "Burak", "Serkan", "Kadir", "Orhan", "Erkan"),
        ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Polat", "Özcan", "Korkmaz", "Çakır", "Erdoğan", "Yavuz", "Can", "Acar", "Şen", "Aktaş"),
    ),
    "eritrean": (
        ("Helen", "Senait", "Yordanos", "Selam", "Freweini", "Luwam", "Hiwet", "Tsega", "Saba", "Ruta", "Mebrat", "Semhar", "Abeba", "Almaz", "Winta", "Lidia", "Meron", "Feven", "Eden", "Salem", "Tirhas", "Azieb", "Elsa", "Rahwa", "Yohana"),
        ("Yonas", "Daniel", "Samuel", "Tesfay", "Mehari", "Berhane", "Dawit", "Yohannes", "Habtom", "Biniam", "Filmon", "Aron", "Mussie", "Efrem", "Kidane", "Tewelde", "Robel", "Senay", "Henok", "Yemane", "Amanuel", "Michael", "Goitom", "Tsegay", "Measho"),
        ("Tesfay", "Tekle", "Ghebremedhin", "Haile", "Berhane", "Mehari", "Kidane", "Tewelde", "Gebremariam", "Habte", "Woldu", "Asmerom", "Andemariam", "Ghebreyesus", "Kahsay", "Negash", "Yemane", "Mebrahtu", "Weldemichael", "Abraha", "Tesfamariam", "Zerai", "Hagos", "Okbay", "Ghirmay"),
    ),
    "afghan": (
        ("Fatima", "Maryam", "Zahra", "Masooma", "Shabana", "Marzia", "Freshta", "Mariam", "Parwana", "Zarghona", "Nilofar", "Sadaf", "Farzana", "Mursal", "Hosai", "Laila", "Madina", "Sima", "Arezo", "Shukria", "Nadia", "Fariba", "Gulalai", "Roya", "Zainab"),
        ("Mohammad", "Ahmad", "Abdul", "Ali", "Mustafa", "Hamid", "Rahim", "Javid", "Farid", "Sayed", "Hamidullah", "Naqibullah", "Ghulam", "Najib", "Wahid", "Mirwais", "Omid", "Hassan", "Hussain", "Nasir", "Jawad", "Abdullah", "Sohrab", "Zabihullah", "Shafiq"),
        ("Ahmadi", "Mohammadi", "Hussaini", "Rahimi", "Hakimi", "Sultani", "Karimi", "Haidari", "Amiri", "Jafari", "Rezaie", "Noori", "Sadat", "Stanikzai", "Popal", "Wardak", "Yousufzai", "Safi", "Nazari", "Sharifi", "Azizi", "Akbari", "Hotak", "Barakzai", "Rasuli", "Mohseni", "Qaderi", "Hashimi", "Samadi", "Habibi"),
    ),
    "thai": (
        ("Siriporn", "Malee", "Pranee", "Sunisa", "Nittaya", "Supaporn", "Kanya", "Ratana", "Wanida", "Jintana", "Pornpimol", "Sukanya", "Arunee", "Duangjai", "Kulap", "Orawan", "Pimchanok", "Rattana", "Saowanee", "Thanaporn", "Wipawee", "Chutima", "Kannika", "Naree", "Lamai"),
        ("Somchai", "Somsak", "Sompong", "Prasert", "Boonmee", "Anan", "Chaiyaporn", "Kittisak", "Nattapong", "Somboon", "Surachai", "Thawatchai", "Wichai", "Sakchai", "Preecha", "Narong", "Pongsak", "Apichat", "Kriangkrai", "Weerapong", "Chatchai", "Sutthipong", "Tanawat", "Piyawat", "Arthit"),
        ("Saetang", "Srisuk", "Chaiyasit", "Sukprasert", "Wongsawat", "Thongchai", "Boonyarat", "Rattanakorn", "Somboonsuk", "Kaewkhao", "Phromma", "Sangthong", "Chanthawong", "Inthasorn", "Kongkaew", "Siriwat", "Phanthong", "Khamsri", "Thongdee", "Suwannarat", "Jaidee", "Panyasri", "Bunsong", "Rakthai", "Saelee"),
    ),
    "latin": (
        ("María", "Ana", "Carolina", "Camila", "Valentina", "Javiera", "Francisca", "Daniela", "Constanza", "Catalina", "Fernanda", "Paula", "Gabriela", "Claudia", "Patricia", "Verónica", "Marcela", "Lorena", "Paola", "Alejandra", "Andrea", "Isabel", "Rosa", "Carmen", "Ximena"),
        ("José", "Juan", "Luis", "Carlos", "Jorge", "Francisco", "Manuel", "Pedro", "Diego", "Cristián", "Sebastián", "Matías", "Felipe", "Rodrigo", "Gonzalo", "Andrés", "Pablo", "Ignacio", "Alejandro", "Nicolás", "Héctor", "Patricio", "Miguel", "Ricardo", "Tomás"),
        ("González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez", "Sepúlveda", "Morales", "Rodríguez", "López", "Fuentes", "Hernández", "Torres", "Araya", "Flores", "Espinoza", "Valenzuela", "Castillo", "Tapia", "Reyes", "Gutiérrez", "Castro", "Pizarro", "Álvarez", "Vásquez", "Sánchez", "Fernández", "Ramírez", "Carrasco", "Gómez", "Cortés", "Herrera"),
    ),
    "kurdish": (
        ("Rojin", "Berivan", "Jiyan", "Dilan", "Zozan", "Nesrin", "Avin", "Shilan", "Hêvî", "Rojda", "Delal", "Ronahi", "Gulistan", "Shirin", "Nazdar", "Bahar", "Evin", "Lana", "Roza", "Viyan", "Hana", "Sozan", "Kajal", "Tara", "Chra"),
        ("Azad", "Rebwar", "Dilshad", "Kawa", "Shvan", "Soran", "Karwan", "Hawre", "Aram", "Rizgar", "Bakhtiyar", "Shorsh", "Hemin", "Diyar", "Roj", "Serdar", "Baran", "Zana", "Goran", "Alan", "Arjan", "Heval", "Rekar", "Sherwan", "Dara"),
        ("Ahmed", "Mohammed", "Aziz", "Karim", "Rashid", "Barzani", "Hawrami", "Mustafa", "Amin", "Qadir", "Salih", "Othman", "Hama", "Faraj", "Jaff", "Abdulrahman", "Ismail", "Rasul", "Khoshnaw", "Kurdi", "Zebari", "Sindi", "Doski", "Shwani", "Hawezi"),
    ),
    "indian": (
        ("Priya", "Anjali", "Divya", "Pooja", "Neha", "Sneha", "Lakshmi", "Deepa", "Kavya", "Aishwarya", "Shreya", "Meera", "Ananya", "Swati", "Nisha", "Sunita", "Rekha", "Archana", "Shalini", "Ritu", "Pallavi", "Sowmya", "Harini", "Radhika", "Sangeeta"),
        ("Rahul", "Amit", "Rajesh", "Suresh", "Vikram", "Arjun", "Sanjay", "Ravi", "Anil", "Deepak", "Karthik", "Praveen", "Ramesh", "Vijay", "Ajay", "Aditya", "Rohit", "Srinivas", "Venkatesh", "Manoj", "Naveen", "Sandeep", "Harish", "Abhishek", "Siddharth"),
        ("Sharma", "Kumar", "Singh", "Patel", "Reddy", "Gupta", "Rao", "Iyer", "Nair", "Shah", "Joshi", "Verma", "Mehta", "Agarwal", "Menon", "Pillai", "Krishnan", "Das", "Mishra", "Chatterjee", "Banerjee", "Desai", "Kulkarni", "Naidu", "Bhat", "Srinivasan", "Subramanian", "Chauhan", "Malhotra", "Kapoor"),
    ),
    "chinese": (
        ("Fang", "Na", "Min", "Jing", "Li", "Yan", "Hui", "Ying", "Xiaoling", "Mei", "Lin", "Xin", "Yuqing", "Jiayi", "Xiaoyan", "Ting", "Qian", "Hong", "Yue", "Shu", "Ling", "Xue", "Dan", "Juan", "Lili"),
        ("Wei", "Jun", "Lei", "Yong", "Jie", "Tao", "Ming", "Chao", "Qiang", "Hao", "Bo", "Peng", "Gang", "Jian", "Yang", "Zhiwei", "Haoran", "Yu", "Liang", "Feng", "Bin", "Long", "Kai", "Zhen", "Hua"),
        ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang"),
    ),
    "ukrainian": (
        ("Olena", "Tetiana", "Nataliia", "Iryna", "Svitlana", "Oksana", "Yuliia", "Kateryna", "Anastasiia", "Olha", "Mariia", "Viktoriia", "Liudmyla", "Halyna", "Anna", "Alina", "Daria", "Sofiia", "Inna", "Larysa", "Valentyna", "Nadiia", "Khrystyna", "Yana", "Ivanna"),
        ("Oleksandr", "Serhii", "Andrii", "Volodymyr", "Oleksii", "Dmytro", "Mykola", "Ivan", "Yurii", "Viktor", "Vasyl", "Maksym", "Artem", "Bohdan", "Taras", "Ihor", "Roman", "Vitalii", "Denys", "Pavlo", "Petro", "Mykhailo", "Oleh", "Yaroslav", "Anatolii"),
        ("Melnyk", "Shevchenko", "Boiko", "Kovalenko", "Bondarenko", "Tkachenko", "Kovalchuk", "Kravchenko", "Oliinyk", "Shevchuk", "Koval", "Polishchuk", "Bondar", "Tkachuk", "Moroz", "Marchenko", "Lysenko", "Rudenko", "Savchenko", "Petrenko", "Klymenko", "Pavlenko", "Savchuk", "Kuzmenko", "Ponomarenko"),
    ),
}  # fmt: skip


@dataclass(frozen=True)
class Pool:
    """Names in rank order, their weights, and how many of them are the list's head."""

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
    assert len(set(names)) == len(names), "a name twice in one list"
    return Pool(names, tuple(1 / rank for rank in range(1, len(names) + 1)), min(head, len(names)))


def census(rows: tuple[tuple[str, float], ...], head: int) -> Pool:
    """A census list with its per cents as weights."""
    return Pool(tuple(n for n, _ in rows), tuple(p for _, p in rows), head)


ORIGINS: dict[str, Origin] = {
    "swedish": Origin(ranked(SV_WOMEN, 150), ranked(SV_MEN, 150), ranked(SV_SURNAMES, 150)),
    "us": Origin(census(US_WOMEN, 150), census(US_MEN, 150), census(US_SURNAMES, 150)),
    "uk": Origin(ranked(UK_WOMEN, 150), ranked(UK_MEN, 150), ranked(UK_SURNAMES, 150)),
}
for _key, (_women, _men, _surnames) in OTHER_LISTS.items():
    ORIGINS[_key] = Origin(ranked(_women, 10), ranked(_men, 10), ranked(_surnames, 10))

# Who is named, per language of the row. Visas and permits name many applicants from abroad, but
# the case officers, employers, lawyers and sponsors are mostly Swedes in Swedish and mixed text.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 56, "arabic": 7, "finnish": 3, "persian": 3.5, "somali": 3, "eritrean": 2.5,
        "afghan": 3, "indian": 3.5, "chinese": 1.5, "thai": 2, "turkish": 2, "kurdish": 2.5,
        "bcs": 2.5, "polish": 2.5, "latin": 1.5, "ukrainian": 2, "uk": 1, "us": 0.8,
    },
    "en": {
        "us": 30, "uk": 29, "swedish": 11, "indian": 8, "arabic": 3.5, "chinese": 3, "persian": 2,
        "latin": 2, "polish": 1.5, "ukrainian": 1.5, "turkish": 1.5, "thai": 1, "somali": 1,
        "eritrean": 1, "afghan": 1, "finnish": 1, "bcs": 1, "kurdish": 0.8,
    },
    "mixed": {
        "swedish": 46, "uk": 9, "us": 8, "indian": 7, "arabic": 5, "persian": 2.5, "chinese": 2.5,
        "finnish": 2, "polish": 2, "turkish": 2, "ukrainian": 2, "bcs": 2, "latin": 1.5,
        "kurdish": 1.5, "somali": 1.5, "eritrean": 1.2, "afghan": 1.2, "thai": 1.2,
    },
}  # fmt: skip

# Short forms people go by, per origin: a given name and what it becomes.
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": {
        "Lars": ("Lasse",), "Mikael": ("Micke",), "Joakim": ("Jocke",), "Karl": ("Kalle",),
        "Per": ("Pelle", "Perra"), "Hans": ("Hasse",), "Thomas": ("Tompa",), "Magnus": ("Mange",),
        "Marcus": ("Macke",), "Stefan": ("Steffe",), "Fredrik": ("Fredde",), "Daniel": ("Danne",),
        "Patrik": ("Patte",), "Gustav": ("Gurra", "Gusten"), "Robert": ("Robban",), "Jan": ("Janne",),
        "Kenneth": ("Kenta",), "Leif": ("Leffe",), "Olof": ("Olle",), "Tobias": ("Tobbe",),
        "Torbjörn": ("Tobbe",), "Kristoffer": ("Kricke",), "Christoffer": ("Chrille",), "Roger": ("Rogge",),
        "Sebastian": ("Sebbe",), "Andreas": ("Andy",), "Anders": ("Affe",), "Johan": ("Jojje",),
        "Ulf": ("Uffe",), "Björn": ("Nalle",), "Ludvig": ("Ludde",), "Albin": ("Abbe",),
        "Kristina": ("Kicki", "Stina"), "Christina": ("Kicki",), "Katarina": ("Kattis", "Kajsa"),
        "Charlotte": ("Lotta",), "Elisabeth": ("Lisa", "Bettan", "Lisen"), "Susanne": ("Sussie", "Sanna"),
        "Margareta": ("Maggan",), "Birgitta": ("Gittan", "Bittan"), "Barbro": ("Babsan",),
        "Karolina": ("Kajsa", "Lina"), "Ingegerd": ("Inga",), "Viktoria": ("Vicky",),
        "Alexandra": ("Sandra", "Alex"), "Josefin": ("Jossan",), "Madeleine": ("Maddie",),
        "Therese": ("Tessan",), "Gunilla": ("Gunsan",), "Annika": ("Anki",), "Ann-Christin": ("Anki",),
        "Matilda": ("Tilda",), "Jessica": ("Jessan",), "Helena": ("Lena",),
    },
    "uk": {
        "William": ("Will", "Bill"), "Robert": ("Rob", "Bob"), "Richard": ("Rich",), "James": ("Jim", "Jamie"),
        "Michael": ("Mike", "Mick"), "Christopher": ("Chris",), "Elizabeth": ("Liz", "Beth"),
        "Jennifer": ("Jen",), "Margaret": ("Maggie",), "Katherine": ("Kate", "Katie"), "Catherine": ("Cathy", "Kate"),
        "Thomas": ("Tom",), "Daniel": ("Dan",), "Matthew": ("Matt",), "Anthony": ("Tony",), "Edward": ("Ed", "Ted"),
        "Samuel": ("Sam",), "Benjamin": ("Ben",), "Alexander": ("Alex",), "Jonathan": ("Jon", "Jonny"),
        "Nicholas": ("Nick",), "Patricia": ("Trish",), "Rebecca": ("Becky", "Becca"), "Deborah": ("Debbie",),
        "Susan": ("Sue",), "Victoria": ("Vicky",), "Samantha": ("Sam",), "Stephen": ("Steve",),
        "Steven": ("Steve",), "David": ("Dave",), "Andrew": ("Andy",), "Peter": ("Pete",), "Philip": ("Phil",),
        "Charlotte": ("Charlie",), "Eleanor": ("Ellie",), "Joshua": ("Josh",), "Frederick": ("Fred",),
        "Gregory": ("Greg",), "Alexandra": ("Alex", "Lexi"), "Nicola": ("Nicky",),
    },
    "us": {
        "William": ("Bill", "Will"), "Robert": ("Bob", "Rob"), "Richard": ("Rick", "Dick"), "James": ("Jim",),
        "Michael": ("Mike",), "Christopher": ("Chris",), "Elizabeth": ("Liz", "Betty"), "Jennifer": ("Jen", "Jenny"),
        "Margaret": ("Peggy", "Maggie"), "Patricia": ("Pat", "Patty"), "Thomas": ("Tom",), "Joseph": ("Joe",),
        "Daniel": ("Dan",), "Anthony": ("Tony",), "Edward": ("Ed",), "Kenneth": ("Ken",), "Ronald": ("Ron",),
        "Donald": ("Don",), "Charles": ("Chuck", "Charlie"), "Timothy": ("Tim",), "Steven": ("Steve",),
        "David": ("Dave",), "Kimberly": ("Kim",), "Deborah": ("Deb",), "Rebecca": ("Becky",), "Susan": ("Sue",),
        "Katherine": ("Kathy", "Kate"), "Matthew": ("Matt",), "Gregory": ("Greg",), "Joshua": ("Josh",),
        "Jonathan": ("Jon",), "Nicholas": ("Nick",), "Samuel": ("Sam",), "Benjamin": ("Ben",),
        "Christine": ("Chris",), "Cynthia": ("Cindy",), "Douglas": ("Doug",), "Raymond": ("Ray",),
    },
    "arabic": {"Mohammed": ("Mo", "Hamoudi"), "Abdullah": ("Abdi",)},
    "indian": {"Venkatesh": ("Venky",), "Srinivas": ("Srini",), "Siddharth": ("Sid",), "Abhishek": ("Abhi",)},
    "ukrainian": {"Oleksandr": ("Sasha",), "Volodymyr": ("Volodia",), "Kateryna": ("Katia",), "Anastasiia": ("Nastia",)},
}  # fmt: skip

PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "ø": "o", "Ø": "O", "ß": "ss"}
)


def plain(word: str) -> str:
    """A name typed without its letters: `Wiśniewski` as `Wisniewski`, `Đorđević` as `Djordjevic`."""
    word = word.translate(PLAIN)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` to `-ska`, `-cki` to `-cka`, `-dzki` to `-dzka`."""
    if surname.endswith(("ski", "cki", "dzki")):
        return surname[:-1] + "a"
    return surname
