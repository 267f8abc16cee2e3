# ruff: noqa: E501
"""Name pools of held-out EI (issue 15): names as the population carries them.

Every list is in the order of how many people carry the name, with a weight per name: Swedish
given names and surnames in the order of SCB's name statistics (written from the writer's general
knowledge; weight 1/rank; head the top 150, the rarer names past them the tail), the US Census
1990 lists (public domain, copied from the `names` package's `dist.female.first`,
`dist.male.first` and `dist.all.last`; the census per cent as weight, head 150), UK names in the
order of the ONS rankings (general knowledge, 1/rank), and the commonest names of the origins
common in Sweden (1/rank, head 10). No name was checked against anything in the repository and
none was left out for being known or unknown.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from a list's head with this probability, else its tail


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
    """A list in rank order, weight 1/rank."""
    assert len(set(names)) == len(names), [n for n in names if names.count(n) > 1]
    return Pool(names, tuple(1 / rank for rank in range(1, len(names) + 1)), min(head, len(names)))


def census(rows: tuple[tuple[str, float], ...], head: int) -> Pool:
    """A census list with its per cents as weights."""
    names = tuple(n for n, _ in rows)
    assert len(set(names)) == len(names)
    return Pool(names, tuple(w for _, w in rows), head)


def plain(word: str) -> str:
    """The name typed without its letters: `Wiśniewski` as `Wisniewski`, `Hodžić` as `Hodzic`."""
    word = word.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("İ", "I")
    word = word.replace("đ", "dj").replace("Đ", "Dj").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` `-ska`, `-cki` `-cka`, `-dzki` `-dzka`."""
    for masc, fem in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(masc):
            return surname[: -len(masc)] + fem
    return surname


# Sweden: SCB's ranks of the names people carry (general knowledge), head 150 and a tail past it.
SV_F = (
    "Anna", "Eva", "Maria", "Karin", "Kristina", "Lena", "Sara", "Kerstin", "Emma", "Ingrid",
    "Marie", "Malin", "Jenny", "Hanna", "Birgitta", "Inger", "Annika", "Linda", "Susanne", "Elin",
    "Monica", "Ulla", "Johanna", "Sofia", "Margareta", "Katarina", "Carina", "Elisabeth", "Camilla", "Julia",
    "Ida", "Åsa", "Helena", "Anneli", "Maja", "Sandra", "Gunilla", "Ulrika", "Elsa", "Anette",
    "Marianne", "Cecilia", "Alice", "Agneta", "Lisa", "Amanda", "Frida", "Ebba", "Barbro", "Siv",
    "Therese", "Matilda", "Linnea", "Josefin", "Gun", "Louise", "Helen", "Wilma", "Jessica", "Moa",
    "Emelie", "Klara", "Ella", "Caroline", "Astrid", "Britt", "Pia", "Ann", "Lina", "Yvonne",
    "Erika", "Viktoria", "Agnes", "Britt-Marie", "Elina", "Lovisa", "Ellen", "Madeleine", "Ann-Christin", "Charlotte",
    "Mona", "Kajsa", "Olivia", "Nathalie", "Gunnel", "Ann-Marie", "Isabelle", "Kristin", "Ingegerd", "Stina",
    "Marita", "Petra", "Ingela", "Sofie", "Alva", "Ellinor", "Irene", "Anita", "Maj", "Vera",
    "Jennie", "Ann-Sofie", "Lillemor", "Veronica", "Rebecka", "Ewa", "Tove", "Emilia", "Isabella", "Ronja",
    "Felicia", "Tilda", "Nora", "Saga", "Selma", "Signe", "Ester", "Elvira", "Freja", "Tuva",
    "Lilly", "Stella", "Thea", "Lova", "Vilma", "Filippa", "Hedvig", "My", "Mikaela", "Sanna",
    "Jeanette", "Eleonor", "Angelica", "Rebecca", "Michaela", "Madelene", "Margit", "Ingegärd", "Viola", "Ruth",
    "Gerd", "Solveig", "Inga", "Karolina", "Anna-Karin", "Mia", "Elise", "Jonna", "Evelina", "Sigrid",
    # the tail: rarer names past the top 150
    "Liv", "Ylva", "Tyra", "Harriet", "Berit", "Gudrun", "Sonja", "Dagmar", "Edit", "Greta",
    "Iris", "Ingeborg", "Majvor", "Maud", "Mari", "Marlene", "Märta", "Nellie", "Rakel", "Sylvia",
    "Tina", "Tora", "Tindra", "Vendela", "Hilma", "Hilda", "Ines", "Juni", "Livia", "Lykke",
    "Mira", "Meja", "Minna", "Ottilia", "Elisa", "Elena", "Elly", "Emmy", "Estelle", "Fanny",
    "Gunhild", "Hjördis", "Ingalill", "Irma", "Josefine", "Judit", "Laila", "Lea", "Lisbeth", "Lise-Lotte",
    "Lotta", "Magdalena", "Maj-Britt", "Majken", "Malva", "Mariana", "Marika", "Melissa", "Mimmi", "Nina",
    "Olga", "Paula", "Pernilla", "Regina", "Rigmor", "Rosa", "Rosita", "Sabina", "Sally", "Siri",
    "Sissela", "Svea", "Tekla", "Torun", "Ulrica", "Valborg", "Vanja", "Viveka", "Zara", "Alicia",
    "Alexandra", "Amelia", "Andrea", "Angelina", "Anja", "Ann-Louise", "Anne", "Annelie", "Annette", "Annie",
    "Antonia", "Aurora", "Beatrice", "Bella", "Bodil", "Britta", "Carin", "Carola", "Christel", "Christina",
    "Cornelia", "Dagny", "Daniela", "Desirée", "Doris", "Edla", "Ellie", "Elna", "Elvy", "Emilie",
    "Erica", "Eira", "Elsie", "Evy", "Fatima", "Gabriella", "Gisela", "Gunborg", "Gunvor", "Hedda",
    "Hillevi", "Isa", "Jasmine", "Jill", "Josephine", "Julie", "Leila", "Lilian", "Linn", "Liza",
    "Lydia", "Marina", "Marit", "Martina", "Mathilda", "Molly", "Monika", "Nadja", "Natalie", "Nelly",
    "Nicole", "Noomi", "Nova", "Patricia", "Pauline", "Petronella", "Ragnhild", "Rut", "Sabrina", "Sarah",
    "Signhild", "Stephanie", "Susann", "Svetlana", "Tanja", "Terese", "Theresia", "Tova", "Ulla-Britt", "Ursula",
    "Vivianne", "Wilhelmina", "Yasmin", "Zeinab", "Åse", "Amina", "Alma", "Agda", "Alfhild", "Asta",
    "Barbara", "Beata", "Birgit", "Blenda", "Brita", "Charlotta", "Clara", "Dorotea", "Eivor", "Ellika",
    "Gertrud", "Gull-Britt", "Göta", "Henrietta", "Hulda", "Inez", "Jenna", "Jolin", "Juliana", "Kaisa",
    "Laura", "Leonora", "Lilja", "Lisen", "Mariann", "Marielle", "Marta", "Miriam", "Nicolina", "Ragna",
    "Rosalie", "Selina", "Susanna", "Unni", "Valentina", "Victoria", "Vivi", "Wendela", "Yrsa", "Agnetha",
    "Anna-Lena", "Anna-Maria", "Eva-Lena", "Marie-Louise", "Ann-Britt", "Gun-Britt", "Lisette", "Edith", "Majlis", "Elsy",
)  # fmt: skip
SV_M = (
    "Lars", "Mikael", "Anders", "Johan", "Erik", "Per", "Karl", "Peter", "Thomas", "Jan",
    "Daniel", "Fredrik", "Hans", "Andreas", "Stefan", "Mohammed", "Bengt", "Mats", "Sven", "Magnus",
    "Bo", "Nils", "Alexander", "Oskar", "Jonas", "Marcus", "Niklas", "Leif", "Martin", "Göran",
    "Gustav", "Björn", "Henrik", "Christer", "Ulf", "Patrik", "Kent", "Lennart", "Håkan", "Filip",
    "William", "Emil", "Viktor", "Simon", "Joakim", "Mattias", "Robert", "David", "Tommy", "Jonathan",
    "Anton", "Kjell", "Christian", "Rolf", "Sebastian", "Jakob", "Lucas", "Roger", "Rickard", "Oliver",
    "Olof", "Elias", "Liam", "Hugo", "Adam", "Kenneth", "Stig", "Claes", "Gunnar", "Robin",
    "Axel", "Roland", "Ingemar", "Tobias", "Dan", "Arne", "Rasmus", "Jesper", "Jimmy", "Ali",
    "Isak", "Torbjörn", "Åke", "Jörgen", "Linus", "Pontus", "Albin", "Leo", "Noah", "Vincent",
    "Ludvig", "Olle", "Edvin", "Theo", "Melvin", "Love", "Alfred", "Arvid", "Carl", "Gösta",
    "Ingvar", "Tomas", "Sten", "Kurt", "Jens", "Johnny", "Conny", "Mathias", "Sune", "Rune",
    "Bertil", "Gert", "Staffan", "Tord", "Ronny", "Benny", "Glenn", "Dennis", "Kevin", "Samuel",
    "Hampus", "Felix", "Max", "Harry", "Valter", "Wilhelm", "Sixten", "Elliot", "Adrian", "Malte",
    "Charlie", "Kristoffer", "Kristian", "Lars-Erik", "Per-Olof", "Karl-Erik", "Jan-Erik", "Ove", "Bernt", "Kenth",
    "Ragnar", "Henry", "Matteo", "Melker", "Frans", "Josef", "Ahmad", "Mohamed", "Sam", "Einar",
    # the tail: rarer names past the top 150
    "Algot", "Allan", "Alvar", "Artur", "August", "Benjamin", "Birger", "Bruno", "Börje", "Casper",
    "Colin", "Curt", "Dag", "Elis", "Ebbe", "Edward", "Egon", "Eskil", "Evert", "Folke",
    "Frank", "Georg", "Gabriel", "Greger", "Gustaf", "Halvar", "Harald", "Helge", "Herbert", "Hilding",
    "Holger", "Ibrahim", "Ivan", "Ivar", "Jack", "Jacob", "Jarl", "Joel", "John", "Jonatan",
    "Jon", "Julius", "Kaj", "Kasper", "Knut", "Konrad", "Krister", "Lage", "Leon", "Levi",
    "Loke", "Ludwig", "Lukas", "Manne", "Markus", "Mauritz", "Milo", "Måns", "Nicklas", "Niclas",
    "Noel", "Omar", "Orvar", "Oscar", "Ossian", "Otto", "Patric", "Paul", "Petter", "Pierre",
    "Pål", "Ralf", "Reinhold", "Rikard", "Rudolf", "Rutger", "Sigge", "Sigurd", "Sigvard", "Stellan",
    "Sture", "Svante", "Tage", "Tim", "Tor", "Tore", "Torsten", "Ture", "Ulrik", "Uno",
    "Vidar", "Vilgot", "Vilhelm", "Viggo", "Walter", "Werner", "Wiktor", "Yngve", "Östen", "Abdi",
    "Ahmed", "Hassan", "Hussein", "Mustafa", "Yusuf", "Amir", "Ismail", "Karim", "Reza", "Alf",
    "Alvin", "Aron", "Arnold", "Boris", "Christoffer", "Douglas", "Eddie", "Edvard", "Elof", "Emanuel",
    "Enar", "Erland", "Fredric", "Gerhard", "Gottfrid", "Göte", "Hannes", "Helmer", "Herman", "Inge",
    "Isac", "Jan-Olof", "Jerker", "Joacim", "Karl-Gustav", "Kim", "Kristofer", "Lars-Göran", "Lars-Olof", "Leonard",
    "Marco", "Morgan", "Natanael", "Nils-Erik", "Olov", "Patrick", "Per-Anders", "Pär", "Reidar", "Richard",
    "Roine", "Samir", "Set", "Sonny", "Sverker", "Teodor", "Thor", "Thorsten", "Torgny", "Torvald",
    "Valdemar", "Ville", "Vilmer", "Zakarias", "Elton", "Frej", "Henning", "Hjalmar", "Ingmar", "Lenny",
    "Lorens", "Nathan", "Ola", "Peder", "Ronnie", "Sören", "Assar", "Bill", "Bror", "Dick",
    "Eilert", "Gillis", "Gunder", "Harri", "Iwan", "Jöns", "Kennet", "Lorentz", "Carl-Johan", "Nore",
    "Ole", "Osvald", "Per-Erik", "Ragnvald", "Sivert", "Sölve", "Tommie", "Sven-Erik", "Åsmund", "Lars-Åke",
)  # fmt: skip
SV_LAST = (
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson",
    "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Olofsson",
    "Lindström", "Lindqvist", "Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren", "Lundqvist",
    "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg", "Ali", "Wallin", "Mohammed",
    "Engström", "Eklund", "Danielsson", "Lundin", "Håkansson", "Björk", "Bergman", "Gunnarsson", "Holm", "Wikström",
    "Samuelsson", "Isaksson", "Fransson", "Bergqvist", "Nyström", "Holmberg", "Arvidsson", "Löfgren", "Söderberg", "Nyberg",
    "Blomqvist", "Claesson", "Nordström", "Ahmed", "Mårtensson", "Lundström", "Viklund", "Björklund", "Eliasson", "Pålsson",
    "Hassan", "Berggren", "Sandström", "Lund", "Nordin", "Ström", "Åberg", "Hermansson", "Ekström", "Holmgren",
    "Sundberg", "Hedlund", "Dahlberg", "Hellström", "Sjögren", "Abrahamsson", "Falk", "Öberg", "Andreasson", "Månsson",
    "Blom", "Ek", "Åkesson", "Strand", "Lindholm", "Jonasson", "Sundström", "Dahl", "Norberg", "Hedberg",
    "Ibrahim", "Carlsson", "Mohamed", "Sjöström", "Johnsson", "Nordqvist", "Holmqvist", "Lindblom", "Ottosson", "Strömberg",
    "Åström", "Boström", "Nyman", "Lindell", "Ekberg", "Hedström", "Lindén", "Söderström", "Kristiansson", "Göransson",
    "Lundell", "Sundqvist", "Ekman", "Holmström", "Höglund", "Omar", "Hussein", "Borg", "Jensen", "Vikström",
    "Martinsson", "Jeppsson", "Friberg", "Lindh", "Lundmark", "Söderlund", "Forslund", "Östlund", "Ahlberg", "Björkman",
    "Bäckström", "Sandin", "Ekholm", "Dahlgren", "Hallberg", "Hjalmarsson", "Ljungberg", "Sjölund", "Stenberg", "Englund",
    # the tail: rarer surnames past the top 150
    "Malmberg", "Wiklund", "Rosén", "Åkerlund", "Nord", "Lindroth", "Almqvist", "Alm", "Bergkvist", "Blomberg",
    "Boman", "Brandt", "Dahlqvist", "Edlund", "Edström", "Ekdahl", "Elofsson", "Engberg", "Enström", "Fors",
    "Frisk", "Granath", "Granberg", "Gren", "Gustavsson", "Hagberg", "Hallin", "Hammar", "Hedman", "Hellberg",
    "Hultgren", "Häggström", "Jernberg", "Karlberg", "Kjellberg", "Knutsson", "Kvist", "Lagerqvist", "Larsen", "Lidén",
    "Liljegren", "Lindvall", "Ljung", "Löf", "Malm", "Melin", "Modig", "Mörk", "Nylund", "Nyqvist",
    "Palm", "Palmqvist", "Pihl", "Ragnarsson", "Rask", "Rehn", "Rydberg", "Sahlin", "Selin", "Sjödin",
    "Skog", "Stark", "Sten", "Stål", "Sundin", "Svärd", "Thelin", "Törnqvist", "Vallin", "Wahlberg",
    "Wester", "Westin", "Wikman", "Zetterberg", "Åhman", "Åkerman", "Öhman", "Östberg", "Östman", "Petersson",
    "Pehrsson", "Carlström", "Adolfsson", "Albinsson", "Alexandersson", "Backlund", "Bergdahl", "Berglin", "Björnsson", "Brodin",
    "Burman", "Byström", "Carlberg", "Dahlström", "Ekelund", "Ekvall", "Engdahl", "Erlandsson", "Fagerström", "Flodin",
    "Forsgren", "Frank", "Franzén", "Grönlund", "Grönberg", "Gullberg", "Hagman", "Hallgren", "Hammarström", "Hansen",
    "Hedin", "Hedqvist", "Hellgren", "Hellman", "Hjort", "Holmlund", "Hultman", "Hägglund", "Isberg", "Ivarsson",
    "Johannesson", "Juhlin", "Karlström", "Klasson", "Kronberg", "Kullberg", "Lantz", "Lagerström", "Lilja", "Lindahl",
    "Lindkvist", "Lindmark", "Lindskog", "Ljunggren", "Lundholm", "Lundh", "Lövgren", "Moberg", "Molin", "Norén",
    "Norlin", "Nyholm", "Nylander", "Olander", "Olausson", "Palmgren", "Rosenberg", "Rudberg", "Runesson", "Rydén",
    "Rönnqvist", "Sandgren", "Sjöholm", "Skoglund", "Ståhl", "Stenström", "Strandberg", "Sundell", "Svanberg", "Svedberg",
    "Söderholm", "Thor", "Wahlström", "Wennberg", "Westberg", "Westerberg", "Wiberg", "Wikberg", "Åslund", "Öhrn",
    "Abdi", "Yusuf", "Said", "Hosseini", "Mahmoud", "Karimi", "Rahimi", "Ahmadi", "Nguyen", "Khan",
    "Yilmaz", "Kaya", "Nieminen", "Virtanen", "Korhonen", "Nowak", "Mohammadi", "Jafari", "Hussain", "Abdullah",
    "Osman", "Farah", "Jama", "Haddad", "Saleh", "Khalil", "Issa", "Yousef", "Aziz", "Rashid",
    "von Essen", "De Geer", "af Ugglas", "Wachtmeister", "Lewenhaupt", "Gyllenstierna", "Nordenskiöld", "Liljeqvist", "Hammarskjöld", "Stiernstedt",
)  # fmt: skip

# The UK: ONS rank order (general knowledge), weight 1/rank.
UK_F = (
    "Susan", "Margaret", "Sarah", "Elizabeth", "Helen", "Julie", "Karen", "Claire", "Emma", "Jennifer",
    "Patricia", "Mary", "Jacqueline", "Linda", "Nicola", "Deborah", "Louise", "Christine", "Joanne", "Lisa",
    "Amanda", "Rachel", "Alison", "Gillian", "Jane", "Catherine", "Ann", "Janet", "Laura", "Samantha",
    "Caroline", "Michelle", "Kelly", "Angela", "Carol", "Lucy", "Sharon", "Victoria", "Jessica", "Hannah",
    "Emily", "Sophie", "Charlotte", "Rebecca", "Amy", "Olivia", "Chloe", "Lauren", "Katie", "Jade",
    "Gemma", "Stacey", "Dawn", "Tracey", "Wendy", "Julia", "Ruth", "Pauline", "Sandra", "Barbara",
    "Joan", "Dorothy", "Valerie", "Sheila", "Maureen", "Kathleen", "Brenda", "Jean", "Irene", "Anne",
    "Diane", "Lynn", "Beverley", "Denise", "Heather", "Hayley", "Natalie", "Kirsty", "Zoe", "Leanne",
    "Danielle", "Jodie", "Abigail", "Ella", "Grace", "Amelia", "Isla", "Ava", "Mia", "Poppy",
    "Isabella", "Lily", "Evie", "Freya", "Millie", "Daisy", "Phoebe", "Sienna", "Holly", "Megan",
    "Ellie", "Georgia", "Jasmine", "Molly", "Eleanor", "Harriet", "Imogen", "Bethany", "Alice", "Florence",
    "Matilda", "Rosie", "Esme", "Elsie", "Ruby", "Scarlett", "Maisie", "Layla", "Erin", "Niamh",
    "Siobhan", "Fiona", "Kerry", "Eilidh", "Morag", "Sian", "Rhian", "Bronwen", "Cerys", "Nia",
    # the tail past the head of 130
    "Gwen", "Pamela", "Marion", "Shirley", "Elaine", "Yvonne", "Tina", "Lesley", "Kim", "Paula",
    "Andrea", "Anna", "Clare", "Sally", "Kate", "Jill", "Vicky", "Hilary", "Penelope", "Joyce",
    "Doreen", "Eileen", "Mavis", "Audrey", "Rita", "Gladys", "Lorraine", "Tanya", "Sonia", "Mary-Jane",
    "Rosemary", "Josephine", "Frances", "Evelyn", "Edith", "Hazel", "Jacqui", "Marie", "Annabel", "Philippa",
    "Felicity", "Tamsin", "Rhiannon", "Ffion", "Catrin", "Ceri", "Aoife", "Roisin", "Shona", "Kirsten",
    "Ailsa", "Mhairi", "Iona", "Bonnie", "Willow", "Aria", "Harper", "Thea", "Rose", "Ivy",
    "Lottie", "Nancy", "Edie", "Orla", "Darcy", "Mila", "Luna", "Aisha", "Amira", "Zara",
    "Priya", "Anjali", "Fatima", "Maryam", "Nadia", "Yasmin", "Shannon", "Chelsea", "Kayleigh", "Toni",
)  # fmt: skip
UK_M = (
    "David", "John", "Paul", "Michael", "Andrew", "Mark", "James", "Richard", "Peter", "Robert",
    "Christopher", "Stephen", "Ian", "Daniel", "Thomas", "Matthew", "Simon", "Steven", "Gary", "Anthony",
    "William", "Jonathan", "Martin", "Kevin", "Alan", "Neil", "Philip", "Nicholas", "Lee", "Graham",
    "Adam", "Stuart", "Craig", "Darren", "Jason", "Benjamin", "Samuel", "Joseph", "Alexander", "Keith",
    "Brian", "Colin", "Kenneth", "Roger", "Trevor", "Nigel", "Barry", "Timothy", "Shaun", "Wayne",
    "Dean", "Carl", "Scott", "Jamie", "Luke", "Ryan", "Liam", "Nathan", "Oliver", "Jack",
    "Harry", "George", "Charlie", "Oscar", "Noah", "Leo", "Jacob", "Henry", "Edward", "Joshua",
    "Callum", "Connor", "Kieran", "Aaron", "Ross", "Gareth", "Rhys", "Owen", "Dylan", "Ewan",
    "Fraser", "Hamish", "Alistair", "Duncan", "Gordon", "Malcolm", "Derek", "Raymond", "Terence", "Dennis",
    "Leslie", "Frederick", "Arthur", "Albert", "Ronald", "Stanley", "Harold", "Frank", "Francis", "Patrick",
    "Sean", "Declan", "Ciaran", "Dominic", "Hugo", "Rory", "Archie", "Freddie", "Alfie", "Theo",
    "Toby", "Max", "Reuben", "Elliot", "Joel", "Finley", "Harrison", "Mason", "Tyler", "Jake",
    "Ben", "Tom", "Sam", "Dan", "Josh", "Mohammed", "Ahmed", "Ali", "Hassan", "Imran",
    # the tail past the head of 130
    "Rajesh", "Sanjay", "Vikram", "Arjun", "Ravi", "Tariq", "Bilal", "Zain", "Kwame", "Femi",
    "Tobias", "Sebastian", "Rupert", "Giles", "Crispin", "Jeremy", "Julian", "Adrian", "Clive", "Quentin",
    "Geoffrey", "Howard", "Norman", "Clifford", "Bernard", "Desmond", "Cyril", "Reginald", "Percy", "Wilfred",
    "Gwyn", "Dafydd", "Iwan", "Huw", "Emyr", "Aled", "Angus", "Callan", "Struan", "Lachlan",
    "Niall", "Cormac", "Fergus", "Eamon", "Conor", "Oisin", "Ronan", "Brendan", "Darragh", "Cillian",
    "Jude", "Ezra", "Arlo", "Louis", "Barnaby", "Teddy", "Reggie", "Ronnie", "Albie", "Jax",
    "Lewis", "Kyle", "Jordan", "Bradley", "Mitchell", "Dale", "Glen", "Russell", "Vincent", "Gavin",
)  # fmt: skip
UK_LAST = (
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
    # the tail past the head of 150
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
    "Fowler", "Heath", "Norman", "Middleton", "Lees", "Banks", "French", "Jarvis", "Fraser", "MacLeod",
    "Mackenzie", "Sinclair", "Llewellyn", "Pugh", "Vaughan", "Rahman", "Islam", "Uddin", "Choudhury", "Mistry",
    "Kowalczyk", "Nowak", "Okafor", "Mensah", "Fitzgerald", "Donnelly", "Brennan", "Kavanagh", "Ashworth", "Pemberton",
    "Fairclough", "Ainsworth", "Haworth", "Entwistle", "Trelawney", "Penrose", "Featherstone", "Cartwright", "Wainwright", "Sutcliffe",
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
US_LAST = (
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
    ("Ballard", 0.026), ("Schwartz", 0.026), ("McBride", 0.026), ("Houston", 0.026),
    ("Christensen", 0.026), ("Klein", 0.026), ("Pratt", 0.026), ("Briggs", 0.026),
    ("Parsons", 0.026), ("McLaughlin", 0.026), ("Zimmerman", 0.026), ("French", 0.026),
    ("Buchanan", 0.026), ("Moran", 0.026), ("Copeland", 0.025), ("Roy", 0.025), ("Pittman", 0.025),
    ("Brady", 0.025), ("McCormick", 0.025), ("Holloway", 0.025),
)  # fmt: skip

# Origins common in Sweden: their commonest names, 1/rank, head the top 10.
FI_F = ("Anne", "Tuula", "Päivi", "Anna", "Leena", "Riitta", "Pirjo", "Sari", "Minna", "Marja", "Tiina", "Satu", "Eeva", "Kaarina", "Aino", "Pirkko", "Hanna", "Johanna", "Liisa", "Maarit", "Sirpa", "Tarja", "Seija", "Aila", "Raija", "Helvi")  # fmt: skip
FI_M = ("Juha", "Timo", "Matti", "Kari", "Mikko", "Jari", "Antti", "Jukka", "Mika", "Markku", "Pekka", "Hannu", "Heikki", "Seppo", "Janne", "Ari", "Sami", "Petri", "Ville", "Pentti", "Jussi", "Tapio", "Esa", "Risto", "Raimo", "Veikko")  # fmt: skip
FI_LAST = ("Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen")  # fmt: skip
# Arabic (Iraq, Syria, Lebanon, Palestine), with Assyrian/Syriac names.
AR_F = ("Fatima", "Maryam", "Zainab", "Noor", "Sara", "Amira", "Leila", "Huda", "Rania", "Hiba", "Aisha", "Yasmin", "Rana", "Salma", "Lina", "Dalia", "Nadia", "Ninorta", "Shamiram", "Nahrin", "Ninve", "Raghad", "Ghada", "Suad", "Samira", "Layal")  # fmt: skip
AR_M = ("Mohammed", "Ahmed", "Ali", "Hassan", "Hussein", "Omar", "Ibrahim", "Mahmoud", "Khaled", "Yousef", "Mustafa", "Abdullah", "Karim", "Samir", "Tarek", "Ammar", "Bashar", "Ninos", "Sargon", "Aziz", "Gabriel", "Ashur", "Fadi", "Rami", "Jamal", "Haidar", "Nabil")  # fmt: skip
AR_LAST = ("Ali", "Mohammed", "Ahmed", "Hassan", "Hussein", "Ibrahim", "Abdullah", "Khalil", "Saleh", "Mahmoud", "Yousef", "Jaber", "Al-Khatib", "Haddad", "Mansour", "Nasser", "Shamoun", "Barsoum", "Gabriel", "Saliba", "Issa", "Aziz", "Yacoub", "Elias", "Hanna", "Al-Saadi", "Jasim", "Kareem", "Al-Obaidi", "Toma")  # fmt: skip
SO_F = ("Fadumo", "Hodan", "Amina", "Halima", "Sahra", "Asha", "Ayan", "Deqa", "Hibaq", "Ifrah", "Nimco", "Khadija", "Maryan", "Sagal", "Ubah", "Hamdi", "Idil", "Muna", "Ladan", "Filsan")  # fmt: skip
SO_M = ("Abdi", "Mohamed", "Ahmed", "Abdirahman", "Abdullahi", "Hassan", "Ali", "Omar", "Yusuf", "Ismail", "Abdikarim", "Mahad", "Liban", "Hamza", "Farah", "Osman", "Guled", "Abdiaziz", "Mukhtar", "Bashir")  # fmt: skip
SO_LAST = ("Mohamed", "Ahmed", "Abdi", "Hassan", "Ali", "Omar", "Yusuf", "Farah", "Osman", "Ismail", "Abdullahi", "Nur", "Warsame", "Jama", "Hussein", "Aden", "Egal", "Dahir", "Hersi", "Duale", "Abdirahman", "Elmi")  # fmt: skip
PL_F = ("Anna", "Katarzyna", "Maria", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna", "Magdalena", "Elżbieta", "Joanna", "Aleksandra", "Monika", "Zofia", "Teresa", "Danuta", "Natalia", "Karolina", "Marta", "Beata", "Dorota", "Agata", "Justyna", "Paulina")  # fmt: skip
PL_M = ("Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Jan", "Michał", "Marcin", "Stanisław", "Jakub", "Adam", "Marek", "Łukasz", "Grzegorz", "Mateusz", "Wojciech", "Mariusz", "Dariusz", "Zbigniew", "Jerzy", "Kamil", "Rafał", "Sławomir", "Przemysław")  # fmt: skip
PL_LAST = ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Wojciechowski", "Kwiatkowski", "Krawczyk", "Kaczmarek", "Piotrowski", "Grabowski", "Zając", "Pawłowski", "Michalski", "Król", "Wieczorek", "Jabłoński", "Wróbel", "Nowicki", "Majewski", "Olszewski", "Stępień", "Malinowski", "Sadowski", "Zawadzki")  # fmt: skip
FA_F = ("Maryam", "Fatemeh", "Zahra", "Sara", "Shirin", "Parisa", "Nazanin", "Leila", "Mina", "Roya", "Neda", "Azadeh", "Shabnam", "Niloufar", "Mahnaz", "Farideh", "Golnar", "Sanaz", "Elham", "Bahar", "Soheila", "Ladan")  # fmt: skip
FA_M = ("Mohammad", "Ali", "Reza", "Hossein", "Mehdi", "Amir", "Hamid", "Ahmad", "Behzad", "Babak", "Farhad", "Arash", "Dariush", "Kaveh", "Saeed", "Majid", "Omid", "Kamran", "Payam", "Navid", "Siamak", "Shahram")  # fmt: skip
FA_LAST = ("Mohammadi", "Hosseini", "Ahmadi", "Rezaei", "Karimi", "Moradi", "Hashemi", "Jafari", "Rahimi", "Sadeghi", "Ghorbani", "Mousavi", "Akbari", "Rostami", "Azizi", "Kazemi", "Tehrani", "Shirazi", "Naderi", "Farahani", "Amini", "Ebrahimi", "Safavi", "Bagheri")  # fmt: skip
BCS_F = ("Amra", "Emina", "Lejla", "Selma", "Amela", "Jasmina", "Aida", "Merima", "Ana", "Marija", "Jelena", "Ivana", "Milica", "Dragana", "Snežana", "Vesna", "Mirjana", "Sanja", "Azra", "Senada", "Maja", "Mirela", "Nermina", "Ljiljana")  # fmt: skip
BCS_M = ("Emir", "Adnan", "Amir", "Mirza", "Edin", "Senad", "Nermin", "Haris", "Dženan", "Kenan", "Dragan", "Zoran", "Goran", "Milan", "Nikola", "Marko", "Ivan", "Dejan", "Nenad", "Mario", "Josip", "Tomislav", "Damir", "Jasmin", "Samir")  # fmt: skip
BCS_LAST = ("Hodžić", "Hadžić", "Begić", "Delić", "Mehmedović", "Hasanović", "Kovačević", "Husić", "Omerović", "Ibrahimović", "Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Babić", "Horvat", "Kovačić", "Marić", "Jurić", "Knežević", "Popović", "Pavlović", "Šarić", "Mujić", "Alić", "Karić", "Čaušević", "Salihović", "Softić")  # fmt: skip
TR_F = ("Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Şerife", "Zehra", "Sultan", "Hanife", "Merve", "Özlem", "Esra", "Gül", "Derya", "Büşra", "Selin", "Ebru", "Yasemin", "Gülşen", "Songül")  # fmt: skip
TR_M = ("Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Osman", "Yusuf", "Murat", "Ömer", "Ramazan", "Halil", "Süleyman", "Abdullah", "Emre", "Burak", "Serkan", "Kemal", "Volkan", "Cem")  # fmt: skip
TR_LAST = ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Polat", "Korkmaz", "Erdoğan", "Güneş")  # fmt: skip
# Eritrea and Ethiopia: the father's given name serves as the surname.
ER_F = ("Helen", "Senait", "Selam", "Saba", "Yordanos", "Mebrat", "Hiwet", "Tsega", "Rahwa", "Luwam", "Semhar", "Winta", "Hanna", "Feven", "Eden", "Ruta", "Almaz", "Freweini", "Tsehay", "Abeba")  # fmt: skip
ER_M = ("Yonas", "Dawit", "Samuel", "Tesfay", "Mehari", "Yohannes", "Biniam", "Filmon", "Robel", "Kidane", "Berhane", "Tekle", "Habte", "Amanuel", "Michael", "Daniel", "Efrem", "Henok", "Mulugeta", "Goitom")  # fmt: skip
ER_LAST = ("Tesfay", "Gebremedhin", "Haile", "Tekle", "Berhane", "Kidane", "Ghebreyesus", "Mehari", "Habte", "Woldu", "Asmerom", "Zerai", "Gebre", "Tewelde", "Andemariam", "Ghirmay", "Yemane", "Negash", "Tesfamariam", "Weldemichael", "Abraha", "Kahsay")  # fmt: skip
AF_F = ("Fatima", "Zahra", "Maryam", "Parwana", "Shabana", "Nasrin", "Laila", "Freshta", "Mursal", "Malalai", "Hosna", "Soraya", "Nazifa", "Marzia", "Roya", "Khadija", "Gulalai", "Shukria", "Mahbooba", "Sadaf")  # fmt: skip
AF_M = ("Mohammad", "Ahmad", "Ali", "Hamid", "Mustafa", "Abdul", "Hussain", "Rahmatullah", "Jawad", "Sayed", "Reza", "Farid", "Javid", "Omid", "Ramin", "Habib", "Nasir", "Wahid", "Samiullah", "Zabihullah", "Mortaza", "Jamshid")  # fmt: skip
AF_LAST = ("Ahmadi", "Mohammadi", "Hussaini", "Rezaie", "Sultani", "Hakimi", "Karimi", "Rahimi", "Jafari", "Haidari", "Amiri", "Noori", "Sadat", "Nazari", "Popal", "Stanikzai", "Wardak", "Safi", "Rasuli", "Azimi", "Sharifi", "Alizada")  # fmt: skip
TH_F = ("Siriporn", "Malee", "Supaporn", "Sunisa", "Wanida", "Pornthip", "Kanya", "Nattaya", "Jintana", "Ratana", "Kanokwan", "Pranee", "Sudarat", "Araya", "Duangjai", "Pimchanok", "Lamai", "Waraporn", "Sumalee", "Orathai")  # fmt: skip
TH_M = ("Somchai", "Somsak", "Somporn", "Prasert", "Sombat", "Surachai", "Anan", "Wichai", "Chaiwat", "Kittisak", "Narong", "Thanawat", "Sakda", "Nattapong", "Pichai", "Chatchai", "Boonchai", "Suthep", "Weerapong", "Apichat")  # fmt: skip
TH_LAST = ("Saetang", "Srisuk", "Wongsawat", "Chaiyaphum", "Boonmee", "Phromma", "Sukkasem", "Kaewkla", "Thongdee", "Sangthong", "Rattanakorn", "Jaidee", "Suwannarat", "Saelim", "Kongkaew", "Srisawat", "Intharasuk", "Phongphan", "Khamsuk", "Charoensuk")  # fmt: skip
# Chile and the rest of Latin America: two surnames, the father's and the mother's.
LA_F = ("María", "Ana", "Carolina", "Daniela", "Camila", "Francisca", "Valentina", "Javiera", "Constanza", "Paula", "Claudia", "Patricia", "Verónica", "Marcela", "Andrea", "Gabriela", "Catalina", "Fernanda", "Sofía", "Isabel", "Rosa", "Carmen", "Ximena", "Lorena")  # fmt: skip
LA_M = ("José", "Juan", "Luis", "Carlos", "Jorge", "Francisco", "Manuel", "Pedro", "Cristián", "Diego", "Sebastián", "Matías", "Felipe", "Rodrigo", "Pablo", "Alejandro", "Javier", "Andrés", "Gonzalo", "Patricio", "Mauricio", "Héctor", "Ignacio", "Claudio")  # fmt: skip
LA_LAST = ("González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez", "Sepúlveda", "Morales", "Rodríguez", "López", "Fuentes", "Hernández", "Torres", "Araya", "Flores", "Espinoza", "Valenzuela", "Castillo", "Ramírez", "Reyes", "Gutiérrez", "Castro", "Vargas", "Álvarez", "Vásquez", "Tapia", "Fernández", "Núñez", "Carrasco")  # fmt: skip
KU_F = ("Dilan", "Berivan", "Rojin", "Hevin", "Zozan", "Shilan", "Jiyan", "Nasrin", "Avin", "Helin", "Delal", "Rozerin", "Narin", "Bahar", "Gulistan", "Nazdar", "Sozdar", "Evin", "Shirin", "Roza")  # fmt: skip
KU_M = ("Rebwar", "Dilshad", "Azad", "Kawa", "Shvan", "Karwan", "Hozan", "Baran", "Aram", "Serhat", "Rizgar", "Soran", "Zana", "Ciwan", "Dara", "Hemin", "Sherwan", "Bakhtiyar", "Diyar", "Hawre", "Dilovan", "Rostam")  # fmt: skip
KU_LAST = ("Rashid", "Karim", "Hama", "Aziz", "Mustafa", "Salih", "Qadir", "Bakr", "Kurdi", "Amin", "Abdulla", "Othman", "Zebari", "Hawrami", "Sindi", "Omer", "Baban", "Jaff", "Dosky", "Tahir", "Ekinci", "Aydin", "Botan", "Goran")  # fmt: skip
# Origins the writer judges common too: Germany, Norway, Denmark, India, Ukraine.
DE_F = ("Sabine", "Susanne", "Petra", "Andrea", "Claudia", "Monika", "Birgit", "Stefanie", "Katrin", "Julia", "Anja", "Nicole", "Ursula", "Heike", "Martina", "Lena", "Lea", "Sophie", "Hannah", "Katharina")  # fmt: skip
DE_M = ("Thomas", "Michael", "Andreas", "Stefan", "Peter", "Klaus", "Wolfgang", "Jürgen", "Frank", "Uwe", "Markus", "Christian", "Tobias", "Jan", "Lukas", "Jonas", "Matthias", "Dieter", "Günter", "Florian")  # fmt: skip
DE_LAST = ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hartmann", "Lange")  # fmt: skip
NO_F = ("Anne", "Inger", "Kari", "Marit", "Ingrid", "Liv", "Eva", "Berit", "Astrid", "Bjørg", "Hilde", "Anna", "Solveig", "Marianne", "Randi", "Ida", "Nina", "Ragnhild", "Elisabeth", "Tone")  # fmt: skip
NO_M = ("Jan", "Per", "Bjørn", "Ole", "Lars", "Kjell", "Knut", "Arne", "Svein", "Thomas", "Hans", "Geir", "Tor", "Morten", "Terje", "Odd", "Erik", "Martin", "Andreas", "Rune")  # fmt: skip
NO_LAST = ("Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Johannessen", "Andreassen", "Jacobsen", "Dahl", "Halvorsen", "Bakken")  # fmt: skip
DK_F = ("Anne", "Kirsten", "Mette", "Hanne", "Anna", "Helle", "Susanne", "Lene", "Maria", "Marianne", "Lone", "Camilla", "Pia", "Louise", "Charlotte", "Bente", "Tina", "Gitte", "Inge", "Karen")  # fmt: skip
DK_M = ("Peter", "Jens", "Michael", "Lars", "Henrik", "Søren", "Thomas", "Jan", "Niels", "Christian", "Martin", "Jørgen", "Morten", "Rasmus", "Hans", "Anders", "Mads", "Jesper", "Per", "Ole")  # fmt: skip
DK_LAST = ("Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen")  # fmt: skip
IN_F = ("Priya", "Anjali", "Pooja", "Neha", "Sunita", "Kavita", "Deepa", "Lakshmi", "Divya", "Sneha", "Ananya", "Shreya", "Meera", "Aishwarya", "Swati", "Nisha", "Rekha", "Sangeeta", "Kiran", "Harpreet")  # fmt: skip
IN_M = ("Rahul", "Amit", "Rajesh", "Suresh", "Vikram", "Arjun", "Sanjay", "Anil", "Ravi", "Manoj", "Aditya", "Rohit", "Karthik", "Vijay", "Sunil", "Deepak", "Nikhil", "Pradeep", "Harpreet", "Gurpreet")  # fmt: skip
IN_LAST = ("Sharma", "Singh", "Kumar", "Patel", "Gupta", "Reddy", "Rao", "Iyer", "Nair", "Mehta", "Shah", "Joshi", "Agarwal", "Verma", "Mishra", "Chatterjee", "Banerjee", "Pillai", "Desai", "Kaur", "Menon", "Krishnan")  # fmt: skip
UA_F = ("Olena", "Tetiana", "Natalia", "Iryna", "Oksana", "Svitlana", "Yulia", "Anna", "Maria", "Kateryna", "Olha", "Viktoriia", "Halyna", "Liudmyla", "Daryna", "Anastasiia", "Sofiia", "Alina", "Inna", "Larysa")  # fmt: skip
UA_M = ("Oleksandr", "Serhii", "Andrii", "Volodymyr", "Mykola", "Oleksii", "Dmytro", "Ivan", "Yurii", "Viktor", "Vasyl", "Maksym", "Bohdan", "Taras", "Petro", "Ihor", "Artem", "Denys", "Roman", "Vitalii")  # fmt: skip
UA_LAST = ("Melnyk", "Shevchenko", "Boiko", "Kovalenko", "Bondarenko", "Tkachenko", "Kovalchuk", "Kravchenko", "Oliinyk", "Shevchuk", "Koval", "Polishchuk", "Bondar", "Tkachuk", "Moroz", "Marchenko", "Lysenko", "Rudenko", "Savchenko", "Petrenko", "Klymenko", "Pavlenko")  # fmt: skip


ORIGINS = {
    "swedish": Origin(ranked(SV_F, 150), ranked(SV_M, 150), ranked(SV_LAST, 150)),
    "us": Origin(census(US_F, 150), census(US_M, 150), census(US_LAST, 150)),
    "uk": Origin(ranked(UK_F, 130), ranked(UK_M, 130), ranked(UK_LAST, 150)),
    "finnish": Origin(ranked(FI_F, 10), ranked(FI_M, 10), ranked(FI_LAST, 10)),
    "arabic": Origin(ranked(AR_F, 10), ranked(AR_M, 10), ranked(AR_LAST, 10)),
    "somali": Origin(ranked(SO_F, 10), ranked(SO_M, 10), ranked(SO_LAST, 10)),
    "polish": Origin(ranked(PL_F, 10), ranked(PL_M, 10), ranked(PL_LAST, 10)),
    "persian": Origin(ranked(FA_F, 10), ranked(FA_M, 10), ranked(FA_LAST, 10)),
    "bcs": Origin(ranked(BCS_F, 10), ranked(BCS_M, 10), ranked(BCS_LAST, 10)),
    "turkish": Origin(ranked(TR_F, 10), ranked(TR_M, 10), ranked(TR_LAST, 10)),
    "eritrean": Origin(ranked(ER_F, 10), ranked(ER_M, 10), ranked(ER_LAST, 10)),
    "afghan": Origin(ranked(AF_F, 10), ranked(AF_M, 10), ranked(AF_LAST, 10)),
    "thai": Origin(ranked(TH_F, 10), ranked(TH_M, 10), ranked(TH_LAST, 10)),
    "latin": Origin(ranked(LA_F, 10), ranked(LA_M, 10), ranked(LA_LAST, 10)),
    "kurdish": Origin(ranked(KU_F, 10), ranked(KU_M, 10), ranked(KU_LAST, 10)),
    "german": Origin(ranked(DE_F, 10), ranked(DE_M, 10), ranked(DE_LAST, 10)),
    "norwegian": Origin(ranked(NO_F, 10), ranked(NO_M, 10), ranked(NO_LAST, 10)),
    "danish": Origin(ranked(DK_F, 10), ranked(DK_M, 10), ranked(DK_LAST, 10)),
    "indian": Origin(ranked(IN_F, 10), ranked(IN_M, 10), ranked(IN_LAST, 10)),
    "ukrainian": Origin(ranked(UA_F, 10), ranked(UA_M, 10), ranked(UA_LAST, 10)),
}

# Who is named, per language of the row: Swedish text names the people of Sweden, English text
# mostly people of the UK and the US, mixed text (Swedes at work) mostly Swedes and their
# colleagues abroad.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5, "eritrean": 1.2,
        "ukrainian": 1.2, "thai": 1, "latin": 1, "german": 1, "indian": 1, "norwegian": 0.8,
        "danish": 0.7, "uk": 0.8, "us": 0.6,
    },
    "en": {
        "us": 38, "uk": 36, "swedish": 10, "indian": 3, "german": 2, "arabic": 2, "latin": 2,
        "polish": 1.5, "finnish": 1, "norwegian": 1, "turkish": 1, "danish": 0.8, "persian": 0.8,
        "ukrainian": 0.8, "thai": 0.8, "somali": 0.6, "bcs": 0.6, "eritrean": 0.5, "afghan": 0.5,
        "kurdish": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 9, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
        "persian": 2.5, "german": 1.5, "indian": 1.5, "kurdish": 1.5, "turkish": 1.5,
        "somali": 1.5, "afghan": 1.2, "ukrainian": 1.2, "norwegian": 1, "danish": 1,
        "eritrean": 1, "thai": 1, "latin": 1,
    },
}  # fmt: skip

# Short forms people go by, per origin and given name.
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": {
        "Lars": ("Lasse",), "Mikael": ("Micke",), "Joakim": ("Jocke",), "Karl": ("Kalle",),
        "Per": ("Pelle", "Perra"), "Thomas": ("Tompa",), "Fredrik": ("Fredde",), "Magnus": ("Mange",),
        "Kristina": ("Kicki", "Stina"), "Elisabeth": ("Lisa", "Lisbeth"), "Margareta": ("Maggan", "Greta"),
        "Katarina": ("Kattis", "Kajsa"), "Susanne": ("Sussie", "Sanna"), "Charlotte": ("Lotta",),
        "Birgitta": ("Bittan", "Gittan"), "Marcus": ("Macke",), "Robert": ("Robban",), "Tobias": ("Tobbe",),
        "Patrik": ("Patte",), "Gustav": ("Gurra", "Gugge"), "Mattias": ("Matte",), "Stefan": ("Steffe",),
        "Christer": ("Crille",), "Christian": ("Chrille",), "Jonas": ("Jonte",), "Kristoffer": ("Kricke",),
        "Alexander": ("Alex",), "Sebastian": ("Sebbe",), "Viktor": ("Vicke",), "Kenneth": ("Kenta",),
        "Barbro": ("Babban",), "Jessica": ("Jessan",), "Kerstin": ("Kicki",), "Gunilla": ("Gunnis",),
        "Annika": ("Anki",), "Ann-Christin": ("Anki",), "Madeleine": ("Madde",), "Matilda": ("Tilda",),
        "Josefin": ("Jossan",), "Camilla": ("Millan",), "Isabelle": ("Bella",), "Daniel": ("Danne",),
        "Johan": ("Jocke", "Jojje"), "Andreas": ("Andy",), "Anders": ("Ante",), "Niklas": ("Nicke",),
        "Henrik": ("Henke",), "Håkan": ("Håkke",), "Göran": ("Gurra",), "Ulrika": ("Ullis",),
        "Emelie": ("Emmi",), "Viktoria": ("Vickan",), "Margit": ("Maggan",),
        "Rickard": ("Rickie",), "William": ("Wille",), "Oskar": ("Ogge",), "Jesper": ("Jeppe",),
    },
    "us": {
        "Robert": ("Bob", "Rob", "Bobby"), "William": ("Bill", "Will"), "Elizabeth": ("Liz", "Beth"),
        "Jennifer": ("Jen", "Jenny"), "Michael": ("Mike",), "James": ("Jim", "Jimmy"), "Richard": ("Rick", "Dick"),
        "Thomas": ("Tom", "Tommy"), "Christopher": ("Chris",), "Margaret": ("Maggie", "Peggy"),
        "Patricia": ("Pat", "Trish"), "Daniel": ("Dan", "Danny"), "Matthew": ("Matt",), "Anthony": ("Tony",),
        "Joseph": ("Joe",), "David": ("Dave",), "Steven": ("Steve",), "Andrew": ("Andy",), "Edward": ("Ed", "Ted"),
        "Kimberly": ("Kim",), "Timothy": ("Tim",), "Charles": ("Chuck", "Charlie"), "Deborah": ("Debbie", "Deb"),
        "Susan": ("Sue",), "Katherine": ("Kate", "Katie"), "Jacqueline": ("Jackie",), "Rebecca": ("Becky",),
        "Nicholas": ("Nick",), "Benjamin": ("Ben",), "Gregory": ("Greg",), "Samantha": ("Sam",),
    },
    "uk": {
        "Robert": ("Rob", "Bob"), "William": ("Will", "Bill"), "Elizabeth": ("Liz", "Beth", "Lizzie"),
        "Michael": ("Mike", "Mick"), "James": ("Jim", "Jamie"), "Richard": ("Rich",), "Thomas": ("Tom",),
        "Christopher": ("Chris",), "Margaret": ("Maggie", "Meg"), "Catherine": ("Cathy", "Kate"),
        "Stephen": ("Steve",), "Andrew": ("Andy",), "Philip": ("Phil",), "Nicholas": ("Nick",), "Peter": ("Pete",),
        "Samantha": ("Sam",), "Victoria": ("Vicky",), "Rebecca": ("Becky", "Bex"), "Nicola": ("Nicky",),
        "Alexander": ("Alex",), "Jonathan": ("Jon",), "Benjamin": ("Ben",), "Edward": ("Ed", "Ted"),
        "Deborah": ("Debbie",), "Susan": ("Sue",), "Jacqueline": ("Jackie",), "Anthony": ("Tony",),
    },
    "polish": {"Małgorzata": ("Gosia",), "Katarzyna": ("Kasia",), "Aleksandra": ("Ola",), "Agnieszka": ("Aga",), "Krzysztof": ("Krzysiek",), "Tomasz": ("Tomek",), "Magdalena": ("Magda",)},
    "finnish": {"Johanna": ("Jonna",), "Kaarina": ("Kaija",), "Heikki": ("Heka",)},
    "arabic": {"Mohammed": ("Mo",), "Ibrahim": ("Ibbe",), "Mustafa": ("Musse",)},
    "german": {"Stefanie": ("Steffi",), "Katharina": ("Kathi",), "Wolfgang": ("Wolfi",)},
    "latin": {"Francisco": ("Pancho",), "José": ("Pepe",), "Francisca": ("Pancha",)},
    "ukrainian": {"Oleksandr": ("Sasha",), "Kateryna": ("Katia",)},
}  # fmt: skip
