# ruff: noqa: E501
"""Names for held-out DJ (issue 15): who is named in Sweden's online communities and games, as the
population carries its names.

Python data, written by a helper who does not tune the detector and who checked none of these
names against rung's lexicons or any other set: no name is here or missing for being known or
unknown. Sources: Swedish given names and surnames in the order of SCB's name statistics (from the
writer's knowledge; weight 1/rank; head the top 150, a tail of rarer names past them), the US
Census 1990 lists (public domain; copied from the `names` package's `dist.female.first`,
`dist.male.first` and `dist.all.last`; the census per cent as weight; head 150), UK given names and
surnames in the order of the ONS rankings (1/rank), and the commonest names of origins common in
Sweden (1/rank, head 10). `MIXES` says who is named in Swedish, English and mixed text;
`NICKNAMES` holds short forms people go by.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from a list's head with this share, else from its tail


@dataclass(frozen=True)
class Pool:
    """A list of names, commonest first, with a weight each; the first `head` are its head."""

    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def ranked(names: tuple[str, ...] | list[str], head: int) -> Pool:
    """A pool weighted 1/rank."""
    return Pool(
        tuple(names), tuple(1 / rank for rank in range(1, len(names) + 1)), min(head, len(names))
    )


def census(rows: tuple[tuple[str, float], ...], head: int) -> Pool:
    """A pool weighted by the census per cent."""
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


# Swedish women's given names, SCB's order of how many carry them (the writer's knowledge); head 150.
SV_WOMEN = (
    "Maria", "Anna", "Margareta", "Elisabeth", "Eva", "Kristina", "Birgitta", "Karin", "Elisabet",
    "Marie", "Ingrid", "Christina", "Linnéa", "Sofia", "Kerstin", "Marianne", "Lena", "Helena",
    "Emma", "Inger", "Johanna", "Sara", "Cecilia", "Louise", "Ulla", "Anita", "Elin", "Viktoria",
    "Susanne", "Ida", "Hanna", "Malin", "Katarina", "Jenny", "Gunilla", "Monica", "Irene", "Astrid",
    "Ulrika", "Matilda", "Julia", "Elsa", "Karolina", "Amanda", "Linda", "Barbro", "Viola",
    "Charlotte", "Alice", "Camilla", "Gun", "Siv", "Ebba", "Anette", "Annika", "Ingegerd", "Frida",
    "Caroline", "Britt", "Therese", "Maja", "Josefin", "Alexandra", "Emelie", "Agneta", "Klara",
    "Lisa", "Mona", "Wilma", "Ellen", "Gunnel", "Yvonne", "Anneli", "Jessica", "Sandra", "Åsa",
    "Carina", "Lovisa", "Ann", "Felicia", "Maj", "Ella", "Agnes", "Helen", "Jennifer", "Inga",
    "Ingeborg", "Pia", "Madeleine", "Rebecca", "Alva", "Ann-Christin", "Angelica", "Ronja",
    "Emilia", "Olivia", "Sonja", "Märta", "Vera", "Lina", "Saga", "Mikaela", "Nathalie", "Erika",
    "Elina", "Gabriella", "Isabelle", "Moa", "Ester", "Majken", "Berit", "Solveig", "Stina", "Tove",
    "Ellinor", "Jeanette", "Ann-Marie", "Ingela", "Linn", "Nora", "Signe", "Tilda", "Selma",
    "Sofie", "Lillemor", "Anna-Karin", "Teresia", "Britta", "Marita", "Greta", "Hillevi", "Tyra",
    "Anne", "Ann-Sofie", "Petra", "Madelene", "Hedvig", "Veronica", "Beatrice", "Ewa", "Catarina",
    "Gunhild", "Rut", "Ulla-Britt", "Ylva", "Marina", "Marléne", "Rakel", "Märit", "Lilian",
    "Evelina", "Paulina", "Gerd", "Dagmar", "Elvira", "Ingegärd", "Judit", "Maud", "Cornelia",
    "Isabella", "Tindra", "Minna", "Idun", "Juni", "Liv", "Juna", "Stella", "Leia", "Elise",
    "Novalie", "Meja", "Tuva", "Svea", "Sigrid", "Alicia", "Tiffany", "Kajsa", "Liselott",
    "Harriet", "Jill", "Birgit", "Asta", "Vanja", "Lotten", "Rosita", "Malena", "Desirée", "Doris",
    "Eivor", "Elsy", "Laila", "Lisbeth", "Ingalill", "Carola", "Benita", "Sylvia", "Hélène",
    "Ninni", "Henrietta", "Anna-Lena", "Eva-Lena", "Ann-Louise", "Anna-Maria", "Marie-Louise",
    "Lise-Lott", "Lea", "Hedda", "Nellie", "Leah", "Hilma", "Freja", "Thea", "Ines", "Livia",
    "Edith", "Vilma", "Lykke", "Mira", "Iris", "Emmy", "Sally", "Siri", "Natalie", "Emely",
    "Filippa", "Miranda", "Jasmine", "Tova", "Thyra", "Evy", "Ethel", "Rigmor", "Inez", "Gullan",
    "Majvor", "Karla", "Lova", "Tekla", "Sanna", "Kim", "Zara", "Bodil", "Viveka", "Gullvi",
    "Margit", "Ulrica", "Ann-Britt", "Ann-Kristin", "Monika", "Lotta", "Susann", "Janina", "Amelia",
    "Amalia", "Mathilda", "Wilhelmina", "Johanne", "Elinor", "Elna", "Edla", "Emmeli", "Emmelie",
    "Emilie", "Erica", "Fanny", "Felicity", "Gunnvor", "Hilda", "Inga-Lill", "Inga-Britt", "Irma",
    "Isa", "Jenna", "Josefine", "Kaisa", "Karolin", "Kristin", "Lisen", "Liza", "Louisa", "Lovis",
    "Madelen", "Malva", "Margaretha", "Marit", "Mari", "Martina", "Mathilde", "Melissa", "Michaela",
    "Mimmi", "Mia", "Myrna", "Nadja", "Nina", "Noomi", "Olga", "Ottilia", "Patricia", "Pernilla",
    "Regina", "Rosa", "Rosalie", "Rose-Marie", "Ruth", "Sabina", "Siw", "Stephanie", "Tanja",
    "Tatiana", "Tina", "Ursula", "Valborg", "Vendela", "Wendela", "Veronika", "Vivi", "Viveca",
    "Zandra", "Åse", "Alma", "Hjördis", "Märtha", "Aurora", "Edit", "Eira", "Estelle", "Fiona",
    "Gertrud", "Gudrun", "Henny", "Ingelöv", "Irén", "Jannike", "Jonna", "Kristel", "Lis",
    "Lisette", "Magda", "Maj-Britt", "Maj-Lis", "Margot", "Matilde", "Molly", "Naemi", "Nova",
    "Ofelia", "Pamela", "Polly", "Ragnhild", "Ritva", "Rebecka", "Sigbritt", "Sol", "Svanhild",
    "Teodora", "Thora", "Tora", "Valentina", "Vivianne", "Yasmin", "Agda", "Alfhild", "Anja",
    "Annelie", "Annette", "Arja", "Belinda", "Cajsa", "Dorotea", "Ellie", "Embla", "Evelyn",
    "Gunvor",
)  # fmt: skip

# Swedish men's given names, SCB's order; head 150.
SV_MEN = (
    "Lars", "Karl", "Erik", "Anders", "Per", "Johan", "Nils", "Carl", "Mikael", "Jan", "Hans",
    "Gustav", "Peter", "Olof", "Lennart", "Gunnar", "Sven", "Fredrik", "Daniel", "Bengt",
    "Alexander", "Bo", "Åke", "Göran", "Magnus", "Christer", "Stefan", "Leif", "Andreas", "Martin",
    "John", "Mats", "Thomas", "Mattias", "Jonas", "Ulf", "Henrik", "Björn", "Bertil", "Axel",
    "Kent", "Oskar", "Ingemar", "Marcus", "Niklas", "Kjell", "Emil", "Arne", "David", "Viktor",
    "Patrik", "Håkan", "Rolf", "Christian", "Tommy", "Joakim", "Stig", "Filip", "Anton", "Roger",
    "Tobias", "Simon", "Jakob", "Robert", "Sebastian", "Rune", "Ludvig", "Kurt", "Hugo", "Oscar",
    "William", "Elias", "Jörgen", "Claes", "Rickard", "Roland", "Lucas", "Liam", "Kristoffer",
    "Adam", "Göte", "Gösta", "Allan", "Torbjörn", "Isak", "Elof", "Ove", "Jesper", "Dan", "Tomas",
    "Albin", "Noah", "Arvid", "Rasmus", "Birger", "Jimmy", "Hampus", "Leo", "Linus", "Oliver",
    "Sture", "Edvin", "Robin", "Urban", "Dennis", "Conny", "Folke", "Jonathan", "Christoffer",
    "Felix", "Ingvar", "Kenneth", "Jacob", "Vilhelm", "Gustaf", "Einar", "Harald", "Josef",
    "Melvin", "Morgan", "Theodor", "Vincent", "Benjamin", "Kevin", "Wilhelm", "Sixten", "Alf",
    "Holger", "Ola", "Pär", "Tage", "Torsten", "Valter", "Elliot", "Alfred", "Viggo", "Samuel",
    "Harry", "Max", "Theo", "Gabriel", "Frans", "Eskil", "Douglas", "Ture", "Kalle", "Emanuel",
    "Mohammed", "Casper", "Love", "Algot", "Loke", "Ebbe", "Colin", "Noel", "Sigge", "Milo",
    "Charlie", "Wille", "Malte", "Otto", "Sam", "August", "Aron", "Lage", "Knut", "Karl-Erik",
    "Lars-Erik", "Per-Olof", "Jan-Erik", "Karl-Johan", "Sven-Erik", "Lars-Göran", "Per-Erik",
    "Bengt-Göran", "Nils-Erik", "Jan-Olof", "Lars-Olof", "Per-Anders", "Olle", "Leon", "Tim",
    "Lukas", "Matheo", "Ivar", "Julius", "Sune", "Verner", "Wiktor", "Ragnar", "Sten", "Bror",
    "Assar", "Evert", "Helge", "Henning", "Hilding", "Ingvald", "Manne", "Melker", "Tor", "Tord",
    "Vidar", "Yngve", "Östen", "Adrian", "Alvar", "Anthon", "Ari", "Arnold", "Artur", "Bernt",
    "Birk", "Boris", "Bruno", "Börje", "Dag", "Edward", "Egon", "Eilert", "Elis", "Elmer", "Emrik",
    "Enar", "Eric", "Eugen", "Evald", "Fabian", "Fritz", "Gideon", "Gillis", "Gregor", "Gudmund",
    "Gustaf-Adolf", "Halvar", "Hannes", "Harri", "Helmer", "Herbert", "Hjalmar", "Inge", "Ingmar",
    "Ivan", "Jerker", "Jim", "Joel", "Johnny", "Jon", "Jonny", "Julian", "Kaj", "Kennet", "Kim",
    "Klas", "Krister", "Kristian", "Lasse", "Lave", "Lennarth", "Lenny", "Levi", "Lorentz", "Magne",
    "Mauritz", "Mio", "Nicklas", "Nikolaj", "Noa", "Odd", "Orvar", "Osvald", "Palle", "Patric",
    "Paul", "Petter", "Philip", "Pontus", "Ralf", "Ronald", "Ronny", "Ruben", "Rutger", "Sigvard",
    "Staffan", "Stellan", "Svante", "Teodor", "Thor", "Tommie", "Torgny", "Torvald", "Uno",
    "Valdemar", "Vide", "Viking", "Walter", "Werner", "Ville", "Yasin", "Zakarias", "Åsmund",
    "Alex", "Alvin", "Ante", "Bill", "Carl-Johan", "Curt", "Dante", "Elon", "Erling", "Fred",
    "Gerhard", "Glenn", "Gert", "Greger", "Hadar", "Hans-Erik", "Jarl", "Jens", "John-Erik",
    "Kaspar", "Kjell-Åke", "Kristofer", "Leopold", "Mårten", "Nils-Olof", "Olav", "Per-Gunnar",
    "Rikard", "Roy", "Seth", "Stig-Olof", "Sölve", "Mathias", "Joacim", "Jonatan", "Kristopher",
    "Leonard", "Edgar", "Elvin", "Enzo", "Kasper", "Levin", "Nicolas", "Nikolas", "Ossian",
    "Rafael", "Sigurd", "Sören", "Tuve", "Vilgot", "Wilmer", "Alexis", "Benny", "Björne", "Calle",
    "Clas", "Ejnar", "Gunder", "Håkon", "Isidor", "Jöran", "Konrad", "Patrick", "Reinhold", "Roine",
    "Sigfrid", "Stanley", "Tryggve", "Ulrik", "Frank", "Hilmer",
)  # fmt: skip

# Swedish surnames, SCB's order (with the commonest names of newer Swedes where SCB ranks them, and
# noble names with particles in the tail); head 150.
SV_SURNAMES = (
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
    "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson",
    "Lindberg", "Jakobsson", "Magnusson", "Olofsson", "Lindström", "Lindqvist", "Lindgren", "Berg",
    "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren", "Lundqvist", "Mattsson", "Berglund",
    "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg", "Wallin", "Ali", "Engström",
    "Mohammed", "Eklund", "Danielsson", "Lundin", "Håkansson", "Björk", "Bergman", "Gunnarsson",
    "Holm", "Wikström", "Samuelsson", "Isaksson", "Fransson", "Bergqvist", "Nyström", "Holmberg",
    "Arvidsson", "Löfgren", "Söderberg", "Nyberg", "Blomqvist", "Claesson", "Nordström",
    "Mårtensson", "Lundström", "Ahmed", "Viklund", "Björklund", "Eliasson", "Pålsson", "Hassan",
    "Berggren", "Sandström", "Lund", "Nordin", "Ström", "Åberg", "Hermansson", "Ekström",
    "Holmgren", "Sundberg", "Hedlund", "Dahlberg", "Hellström", "Sjögren", "Abrahamsson", "Falk",
    "Martinsson", "Öberg", "Andreasson", "Strand", "Månsson", "Blom", "Ek", "Åkesson", "Dahl",
    "Hussein", "Lindholm", "Sundström", "Ekman", "Nordqvist", "Omar", "Holmqvist", "Mohamed",
    "Hedberg", "Sundqvist", "Ibrahim", "Lindblom", "Adolfsson", "Berntsson", "Hedström", "Nordlund",
    "Sjöström", "Göransson", "Nordberg", "Söderström", "Åström", "Lindahl", "Ekberg", "Sundin",
    "Wiklund", "Hägglund", "Lindell", "Nyman", "Mikaelsson", "Forslund", "Borg", "Jonasson",
    "Sandin", "Ekholm", "Ottosson", "Sjödin", "Petersson", "Ekdahl", "Palm", "Strömberg",
    "Söderlund", "Hjalmarsson", "Ivarsson", "Jensen", "Lilja", "Kristiansson", "Westerberg",
    "Bäckström", "Rosén", "Lindén", "Oskarsson", "Lundell", "Josefsson", "Franzén", "Erlandsson",
    "Haglund", "Ahmadi", "Edlund", "Hammar", "Sjölund", "Sundén", "Forsman", "Lindkvist", "Rydberg",
    "Bergkvist", "Dahlgren", "Thorén", "Nylund", "Öhman", "Sahlin", "Holmström", "Ahlberg",
    "Hansen", "Åkerman", "Gren", "Ekelund", "Lindroth", "Hallberg", "Wahlström", "Sjöqvist",
    "Bergh", "Fors", "Granberg", "Källström", "Lidén", "Malm", "Rask", "Rosengren", "Stenberg",
    "Sjöstrand", "Westin", "Thorsson", "Lindblad", "Olander", "Hedman", "Bylund", "Engberg",
    "Forsgren", "Grahn", "Hallin", "Jacobsson", "Kjellberg", "Lantz", "Lindman", "Melin", "Norberg",
    "Nordgren", "Rehn", "Sandell", "Schön", "Skoglund", "Stålberg", "Svedberg", "Tibell",
    "Vikström", "Wallén", "Wennberg", "Zetterberg", "Åhlund", "Ågren", "Åslund", "Öhrn", "Almqvist",
    "Alm", "Asp", "Backman", "Bergendahl", "Björkman", "Blomberg", "Boman", "Brandt", "Carlsson",
    "Carlström", "Dahlqvist", "Edström", "Eng", "Engman", "Fagerström", "Flodin", "Frisk",
    "Hagström", "Hammarström", "Hellberg", "Hellgren", "Holmén", "Hult", "Hultgren", "Jernberg",
    "Julin", "Klint", "Kvist", "Ljung", "Ljungberg", "Ljunggren", "Lundh", "Löfberg", "Modig",
    "Molin", "Norén", "Norlin", "Nygren", "Nyqvist", "Palmqvist", "Pihl", "Qvist", "Ringström",
    "Roos", "Rudberg", "Rydén", "Ryberg", "Selin", "Sjöholm", "Skog", "Sollén", "Stark", "Sten",
    "Strandberg", "Swärd", "Söderqvist", "Tengvall", "Ulander", "Unger", "Wall", "Wallgren",
    "Wennström", "Wessman", "Widén", "Wikberg", "Wikman", "Zander", "Åkerlund", "Åman", "Östberg",
    "Östlund", "Östman", "Axell", "Bergenholtz", "Bladh", "Bolin", "Brink", "Broberg", "Dalin",
    "Dufva", "Ehn", "Enqvist", "Fahlén", "Forsell", "Fridh", "Fröjd", "Grönberg", "Gyllenhammar",
    "Hammarberg", "Hedin", "Hellsten", "Hjort", "Holst", "Häll", "Kallin", "Kron", "Lagerlöf",
    "Lagerqvist", "Lindeberg", "Löwenhielm", "Mellberg", "Neander", "Nordenskiöld", "Odin",
    "Palmgren", "Pehrsson", "Rapp", "Risberg", "Rönn", "Sparre", "Stenlund", "Stjernberg",
    "Sundvall", "Svanberg", "Swahn", "Tegnér", "Thunberg", "Törnqvist", "Uggla", "Vallin",
    "Vennerström", "Wirén", "von Platen", "af Klercker", "von Essen", "De Geer", "af Ugglas",
    "von Sydow", "Wachtmeister", "Lewenhaupt", "Gyllenstierna", "von Schantz", "Bielke",
    "Fleetwood", "Tornberg", "Dahlén", "Emanuelsson", "Bäck", "Frid", "Hallgren", "Hedqvist",
    "Holmlund", "Jarl", "Kvarnström", "Lundmark", "Marklund", "Norström", "Rönnqvist", "Sehlstedt",
    "Burman", "Eklöf", "Flink", "Grönlund", "Hagberg", "Hedenström", "Isberg", "Kling", "Linde",
    "Lindhe", "Lundvall", "Moberg", "Nord", "Nordling", "Olausson",
)  # fmt: skip

# US Census 1990 (public domain), `dist.female.first`: name and per cent of women; head 150.
US_WOMEN = (
    ('Mary', 2.629), ('Patricia', 1.073), ('Linda', 1.035), ('Barbara', 0.98), ('Elizabeth', 0.937),
    ('Jennifer', 0.932), ('Maria', 0.828), ('Susan', 0.794), ('Margaret', 0.768),
    ('Dorothy', 0.727), ('Lisa', 0.704), ('Nancy', 0.669), ('Karen', 0.667), ('Betty', 0.666),
    ('Helen', 0.663), ('Sandra', 0.629), ('Donna', 0.583), ('Carol', 0.565), ('Ruth', 0.562),
    ('Sharon', 0.522), ('Michelle', 0.519), ('Laura', 0.51), ('Sarah', 0.508), ('Kimberly', 0.504),
    ('Deborah', 0.494), ('Jessica', 0.49), ('Shirley', 0.482), ('Cynthia', 0.469),
    ('Angela', 0.468), ('Melissa', 0.462), ('Brenda', 0.455), ('Amy', 0.451), ('Anna', 0.44),
    ('Rebecca', 0.43), ('Virginia', 0.43), ('Kathleen', 0.424), ('Pamela', 0.416),
    ('Martha', 0.412), ('Debra', 0.408), ('Amanda', 0.404), ('Stephanie', 0.4), ('Carolyn', 0.385),
    ('Christine', 0.382), ('Marie', 0.379), ('Janet', 0.379), ('Catherine', 0.373),
    ('Frances', 0.37), ('Ann', 0.364), ('Joyce', 0.364), ('Diane', 0.359), ('Alice', 0.357),
    ('Julie', 0.348), ('Heather', 0.337), ('Teresa', 0.336), ('Doris', 0.335), ('Gloria', 0.335),
    ('Evelyn', 0.322), ('Jean', 0.315), ('Cheryl', 0.315), ('Mildred', 0.313), ('Katherine', 0.313),
    ('Joan', 0.306), ('Ashley', 0.303), ('Judith', 0.297), ('Rose', 0.296), ('Janice', 0.285),
    ('Kelly', 0.283), ('Nicole', 0.281), ('Judy', 0.276), ('Christina', 0.275), ('Kathy', 0.272),
    ('Theresa', 0.271), ('Beverly', 0.267), ('Denise', 0.264), ('Tammy', 0.259), ('Irene', 0.252),
    ('Jane', 0.25), ('Lori', 0.248), ('Rachel', 0.242), ('Marilyn', 0.241), ('Andrea', 0.236),
    ('Kathryn', 0.234), ('Louise', 0.229), ('Sara', 0.229), ('Anne', 0.228), ('Jacqueline', 0.228),
    ('Wanda', 0.226), ('Bonnie', 0.223), ('Julia', 0.223), ('Ruby', 0.221), ('Lois', 0.22),
    ('Tina', 0.22), ('Phyllis', 0.219), ('Norma', 0.218), ('Paula', 0.217), ('Diana', 0.216),
    ('Annie', 0.216), ('Lillian', 0.211), ('Emily', 0.208), ('Robin', 0.208), ('Peggy', 0.208),
    ('Crystal', 0.207), ('Gladys', 0.205), ('Rita', 0.204), ('Dawn', 0.202), ('Connie', 0.2),
    ('Florence', 0.2), ('Tracy', 0.197), ('Edna', 0.197), ('Tiffany', 0.195), ('Carmen', 0.195),
    ('Rosa', 0.194), ('Cindy', 0.192), ('Grace', 0.189), ('Wendy', 0.185), ('Victoria', 0.18),
    ('Edith', 0.179), ('Kim', 0.178), ('Sherry', 0.178), ('Sylvia', 0.177), ('Josephine', 0.177),
    ('Thelma', 0.175), ('Shannon', 0.175), ('Sheila', 0.175), ('Ethel', 0.174), ('Ellen', 0.173),
    ('Elaine', 0.173), ('Marjorie', 0.173), ('Carrie', 0.171), ('Charlotte', 0.169),
    ('Monica', 0.166), ('Esther', 0.166), ('Pauline', 0.165), ('Emma', 0.165), ('Juanita', 0.164),
    ('Anita', 0.162), ('Rhonda', 0.162), ('Hazel', 0.161), ('Amber', 0.16), ('Eva', 0.159),
    ('Debbie', 0.157), ('April', 0.154), ('Leslie', 0.154), ('Clara', 0.153), ('Lucille', 0.153),
    ('Jamie', 0.153), ('Joanne', 0.15), ('Eleanor', 0.15), ('Valerie', 0.149), ('Danielle', 0.149),
    ('Megan', 0.147), ('Alicia', 0.146), ('Suzanne', 0.145), ('Michele', 0.145), ('Gail', 0.145),
    ('Bertha', 0.143), ('Darlene', 0.142), ('Veronica', 0.142), ('Jill', 0.142), ('Erin', 0.141),
    ('Geraldine', 0.141), ('Lauren', 0.137), ('Cathy', 0.137), ('Joann', 0.136),
    ('Lorraine', 0.135), ('Lynn', 0.135), ('Sally', 0.135), ('Regina', 0.133), ('Erica', 0.13),
    ('Beatrice', 0.13), ('Dolores', 0.129), ('Bernice', 0.128), ('Audrey', 0.127),
    ('Yvonne', 0.126), ('Annette', 0.125), ('June', 0.125), ('Samantha', 0.124), ('Marion', 0.122),
    ('Dana', 0.122), ('Stacy', 0.121), ('Ana', 0.12), ('Renee', 0.12), ('Ida', 0.118),
    ('Vivian', 0.118), ('Roberta', 0.117), ('Holly', 0.117), ('Brittany', 0.117),
    ('Melanie', 0.116), ('Loretta', 0.115), ('Yolanda', 0.115), ('Jeanette', 0.115),
    ('Laurie', 0.114), ('Katie', 0.113), ('Kristen', 0.111), ('Vanessa', 0.111), ('Alma', 0.111),
    ('Sue', 0.111), ('Elsie', 0.11), ('Beth', 0.11), ('Jeanne', 0.109), ('Vicki', 0.109),
    ('Carla', 0.107), ('Tara', 0.107), ('Rosemary', 0.107), ('Eileen', 0.105), ('Terri', 0.105),
    ('Gertrude', 0.103), ('Lucy', 0.103), ('Tonya', 0.102), ('Ella', 0.101), ('Stacey', 0.101),
    ('Wilma', 0.099), ('Gina', 0.099), ('Kristin', 0.099), ('Jessie', 0.098), ('Natalie', 0.098),
    ('Agnes', 0.098), ('Vera', 0.098), ('Willie', 0.097), ('Charlene', 0.097), ('Bessie', 0.096),
    ('Delores', 0.095), ('Melinda', 0.094), ('Pearl', 0.094), ('Arlene', 0.094), ('Maureen', 0.092),
    ('Colleen', 0.092), ('Allison', 0.092), ('Tamara', 0.092), ('Joy', 0.091), ('Georgia', 0.091),
    ('Constance', 0.091), ('Lillie', 0.09), ('Claudia', 0.09), ('Jackie', 0.09), ('Marcia', 0.09),
    ('Tanya', 0.089), ('Nellie', 0.089), ('Minnie', 0.089), ('Marlene', 0.088), ('Heidi', 0.088),
    ('Glenda', 0.088), ('Lydia', 0.086), ('Viola', 0.086), ('Courtney', 0.086), ('Marian', 0.086),
    ('Stella', 0.085), ('Caroline', 0.085), ('Dora', 0.084), ('Jo', 0.083), ('Vickie', 0.082),
    ('Mattie', 0.081), ('Terry', 0.08), ('Maxine', 0.079), ('Irma', 0.079), ('Mabel', 0.078),
    ('Marsha', 0.078), ('Myrtle', 0.078), ('Lena', 0.077), ('Christy', 0.077), ('Deanna', 0.076),
    ('Patsy', 0.076), ('Hilda', 0.075), ('Gwendolyn', 0.074), ('Jennie', 0.073), ('Nora', 0.073),
    ('Margie', 0.072), ('Nina', 0.072), ('Cassandra', 0.072), ('Leah', 0.072), ('Penny', 0.071),
    ('Kay', 0.071), ('Priscilla', 0.071), ('Naomi', 0.071), ('Carole', 0.071), ('Brandy', 0.07),
    ('Olga', 0.07), ('Billie', 0.069), ('Dianne', 0.069), ('Tracey', 0.069), ('Leona', 0.069),
    ('Jenny', 0.068), ('Felicia', 0.068), ('Sonia', 0.068), ('Miriam', 0.066), ('Velma', 0.066),
    ('Becky', 0.066), ('Bobbie', 0.065), ('Violet', 0.065), ('Kristina', 0.065), ('Toni', 0.064),
    ('Misty', 0.063), ('Mae', 0.063), ('Shelly', 0.062), ('Daisy', 0.062), ('Ramona', 0.062),
    ('Sherri', 0.062), ('Erika', 0.061), ('Katrina', 0.061), ('Claire', 0.061), ('Lindsey', 0.06),
    ('Lindsay', 0.06), ('Geneva', 0.059), ('Guadalupe', 0.059), ('Belinda', 0.059),
    ('Margarita', 0.059), ('Sheryl', 0.059), ('Cora', 0.058), ('Faye', 0.058), ('Ada', 0.057),
    ('Natasha', 0.057), ('Sabrina', 0.057), ('Isabel', 0.057), ('Marguerite', 0.056),
    ('Hattie', 0.056), ('Harriet', 0.056), ('Molly', 0.055), ('Cecilia', 0.055), ('Kristi', 0.055),
    ('Brandi', 0.055), ('Blanche', 0.055), ('Sandy', 0.055), ('Rosie', 0.055), ('Joanna', 0.055),
    ('Iris', 0.055), ('Eunice', 0.054), ('Angie', 0.054), ('Inez', 0.053), ('Lynda', 0.053),
    ('Madeline', 0.052), ('Amelia', 0.052), ('Alberta', 0.052), ('Genevieve', 0.051),
    ('Monique', 0.051), ('Jodi', 0.051), ('Janie', 0.051), ('Maggie', 0.051), ('Kayla', 0.051),
    ('Sonya', 0.051), ('Jan', 0.051), ('Lee', 0.051), ('Kristine', 0.051), ('Candace', 0.051),
    ('Fannie', 0.05), ('Maryann', 0.05), ('Opal', 0.05), ('Alison', 0.05), ('Yvette', 0.05),
    ('Melody', 0.05), ('Luz', 0.049), ('Susie', 0.049), ('Olivia', 0.049), ('Flora', 0.049),
    ('Shelley', 0.049), ('Kristy', 0.048), ('Mamie', 0.048), ('Lula', 0.048), ('Lola', 0.048),
    ('Verna', 0.048), ('Beulah', 0.048), ('Antoinette', 0.048), ('Candice', 0.046),
    ('Juana', 0.046), ('Jeannette', 0.046), ('Pam', 0.046), ('Kelli', 0.046), ('Hannah', 0.045),
    ('Whitney', 0.045), ('Bridget', 0.045), ('Karla', 0.044), ('Celia', 0.044), ('Latoya', 0.043),
    ('Patty', 0.043), ('Shelia', 0.043), ('Gayle', 0.043), ('Della', 0.043), ('Vicky', 0.043),
    ('Lynne', 0.043), ('Sheri', 0.042), ('Marianne', 0.042), ('Kara', 0.041), ('Jacquelyn', 0.041),
    ('Erma', 0.041), ('Blanca', 0.041), ('Myra', 0.04), ('Leticia', 0.04), ('Pat', 0.04),
    ('Krista', 0.04), ('Roxanne', 0.04), ('Angelica', 0.039), ('Johnnie', 0.039), ('Robyn', 0.039),
    ('Francis', 0.039), ('Adrienne', 0.039), ('Rosalie', 0.039), ('Alexandra', 0.039),
    ('Brooke', 0.039), ('Bethany', 0.039), ('Sadie', 0.039), ('Bernadette', 0.039),
)  # fmt: skip

# US Census 1990, `dist.male.first`: name and per cent of men; head 150.
US_MEN = (
    ('James', 3.318), ('John', 3.271), ('Robert', 3.143), ('Michael', 2.629), ('William', 2.451),
    ('David', 2.363), ('Richard', 1.703), ('Charles', 1.523), ('Joseph', 1.404), ('Thomas', 1.38),
    ('Christopher', 1.035), ('Daniel', 0.974), ('Paul', 0.948), ('Mark', 0.938), ('Donald', 0.931),
    ('George', 0.927), ('Kenneth', 0.826), ('Steven', 0.78), ('Edward', 0.779), ('Brian', 0.736),
    ('Ronald', 0.725), ('Anthony', 0.721), ('Kevin', 0.671), ('Jason', 0.66), ('Matthew', 0.657),
    ('Gary', 0.65), ('Timothy', 0.64), ('Jose', 0.613), ('Larry', 0.598), ('Jeffrey', 0.591),
    ('Frank', 0.581), ('Scott', 0.546), ('Eric', 0.544), ('Stephen', 0.54), ('Andrew', 0.537),
    ('Raymond', 0.488), ('Gregory', 0.441), ('Joshua', 0.435), ('Jerry', 0.432), ('Dennis', 0.415),
    ('Walter', 0.399), ('Patrick', 0.389), ('Peter', 0.381), ('Harold', 0.371), ('Douglas', 0.367),
    ('Henry', 0.365), ('Carl', 0.346), ('Arthur', 0.335), ('Ryan', 0.328), ('Roger', 0.322),
    ('Joe', 0.321), ('Juan', 0.316), ('Jack', 0.315), ('Albert', 0.314), ('Jonathan', 0.313),
    ('Justin', 0.311), ('Terry', 0.311), ('Gerald', 0.309), ('Keith', 0.308), ('Samuel', 0.306),
    ('Willie', 0.302), ('Ralph', 0.282), ('Lawrence', 0.282), ('Nicholas', 0.275), ('Roy', 0.273),
    ('Benjamin', 0.27), ('Bruce', 0.263), ('Brandon', 0.26), ('Adam', 0.259), ('Harry', 0.251),
    ('Fred', 0.251), ('Wayne', 0.249), ('Billy', 0.248), ('Steve', 0.246), ('Louis', 0.243),
    ('Jeremy', 0.242), ('Aaron', 0.24), ('Randy', 0.232), ('Howard', 0.23), ('Eugene', 0.23),
    ('Carlos', 0.229), ('Russell', 0.224), ('Bobby', 0.223), ('Victor', 0.222), ('Martin', 0.216),
    ('Ernest', 0.215), ('Phillip', 0.213), ('Todd', 0.213), ('Jesse', 0.209), ('Craig', 0.206),
    ('Alan', 0.204), ('Shawn', 0.2), ('Clarence', 0.197), ('Sean', 0.197), ('Philip', 0.197),
    ('Chris', 0.197), ('Johnny', 0.195), ('Earl', 0.193), ('Jimmy', 0.191), ('Antonio', 0.19),
    ('Danny', 0.19), ('Bryan', 0.19), ('Tony', 0.19), ('Luis', 0.189), ('Mike', 0.189),
    ('Stanley', 0.186), ('Leonard', 0.186), ('Nathan', 0.185), ('Dale', 0.184), ('Manuel', 0.181),
    ('Rodney', 0.18), ('Curtis', 0.18), ('Norman', 0.177), ('Allen', 0.174), ('Marvin', 0.171),
    ('Vincent', 0.168), ('Glenn', 0.167), ('Jeffery', 0.166), ('Travis', 0.166), ('Jeff', 0.166),
    ('Chad', 0.165), ('Jacob', 0.165), ('Lee', 0.162), ('Melvin', 0.162), ('Alfred', 0.162),
    ('Kyle', 0.16), ('Francis', 0.16), ('Bradley', 0.159), ('Jesus', 0.155), ('Herbert', 0.155),
    ('Frederick', 0.154), ('Ray', 0.153), ('Joel', 0.152), ('Edwin', 0.148), ('Don', 0.145),
    ('Eddie', 0.144), ('Ricky', 0.141), ('Troy', 0.138), ('Randall', 0.138), ('Barry', 0.134),
    ('Alexander', 0.132), ('Bernard', 0.127), ('Mario', 0.125), ('Leroy', 0.125),
    ('Francisco', 0.124), ('Marcus', 0.124), ('Micheal', 0.123), ('Theodore', 0.123),
    ('Clifford', 0.123), ('Miguel', 0.122), ('Oscar', 0.122), ('Jay', 0.118), ('Jim', 0.118),
    ('Tom', 0.117), ('Calvin', 0.115), ('Alex', 0.115), ('Jon', 0.115), ('Ronnie', 0.113),
    ('Bill', 0.112), ('Lloyd', 0.112), ('Tommy', 0.112), ('Leon', 0.112), ('Derek', 0.112),
    ('Warren', 0.11), ('Darrell', 0.108), ('Jerome', 0.108), ('Floyd', 0.107), ('Leo', 0.106),
    ('Alvin', 0.105), ('Tim', 0.104), ('Wesley', 0.104), ('Gordon', 0.104), ('Dean', 0.104),
    ('Greg', 0.104), ('Jorge', 0.104), ('Dustin', 0.103), ('Pedro', 0.103), ('Derrick', 0.103),
    ('Dan', 0.101), ('Lewis', 0.099), ('Zachary', 0.099), ('Corey', 0.098), ('Herman', 0.097),
    ('Maurice', 0.097), ('Vernon', 0.097), ('Roberto', 0.097), ('Clyde', 0.095), ('Glen', 0.094),
    ('Hector', 0.094), ('Shane', 0.093), ('Ricardo', 0.093), ('Sam', 0.092), ('Rick', 0.091),
    ('Lester', 0.091), ('Brent', 0.09), ('Ramon', 0.09), ('Charlie', 0.09), ('Tyler', 0.089),
    ('Gilbert', 0.089), ('Gene', 0.087), ('Marc', 0.087), ('Reginald', 0.084), ('Ruben', 0.082),
    ('Brett', 0.082), ('Angel', 0.082), ('Nathaniel', 0.081), ('Rafael', 0.081), ('Leslie', 0.081),
    ('Edgar', 0.08), ('Milton', 0.08), ('Raul', 0.079), ('Ben', 0.078), ('Chester', 0.078),
    ('Cecil', 0.078), ('Duane', 0.077), ('Franklin', 0.077), ('Andre', 0.076), ('Elmer', 0.074),
    ('Brad', 0.073), ('Gabriel', 0.073), ('Ron', 0.072), ('Mitchell', 0.072), ('Roland', 0.072),
    ('Arnold', 0.072), ('Harvey', 0.072), ('Jared', 0.071), ('Adrian', 0.069), ('Karl', 0.069),
    ('Cory', 0.068), ('Claude', 0.068), ('Erik', 0.068), ('Darryl', 0.067), ('Jamie', 0.066),
    ('Neil', 0.066), ('Jessie', 0.065), ('Christian', 0.065), ('Javier', 0.065),
    ('Fernando', 0.065), ('Clinton', 0.065), ('Ted', 0.064), ('Mathew', 0.064), ('Tyrone', 0.064),
    ('Darren', 0.064), ('Lonnie', 0.064), ('Lance', 0.063), ('Cody', 0.063), ('Julio', 0.063),
    ('Kelly', 0.063), ('Kurt', 0.062), ('Allan', 0.061), ('Nelson', 0.061), ('Guy', 0.06),
    ('Clayton', 0.06), ('Hugh', 0.06), ('Max', 0.059), ('Dwayne', 0.059), ('Dwight', 0.058),
    ('Armando', 0.058), ('Felix', 0.058), ('Jimmie', 0.058), ('Everett', 0.057), ('Jordan', 0.056),
    ('Ian', 0.056), ('Wallace', 0.056), ('Ken', 0.055), ('Bob', 0.055), ('Jaime', 0.055),
    ('Casey', 0.054), ('Alfredo', 0.054), ('Alberto', 0.053), ('Dave', 0.053), ('Ivan', 0.053),
    ('Johnnie', 0.052), ('Sidney', 0.052), ('Byron', 0.052), ('Julian', 0.052), ('Isaac', 0.051),
    ('Morris', 0.051), ('Clifton', 0.05), ('Willard', 0.05), ('Daryl', 0.05), ('Ross', 0.05),
    ('Virgil', 0.049), ('Andy', 0.049), ('Marshall', 0.049), ('Salvador', 0.049), ('Perry', 0.049),
    ('Kirk', 0.049), ('Sergio', 0.049), ('Marion', 0.048), ('Tracy', 0.048), ('Seth', 0.048),
    ('Kent', 0.048), ('Terrance', 0.048), ('Rene', 0.048), ('Eduardo', 0.047), ('Terrence', 0.047),
    ('Enrique', 0.046), ('Freddie', 0.046), ('Wade', 0.045), ('Austin', 0.044), ('Stuart', 0.044),
    ('Fredrick', 0.043), ('Arturo', 0.043), ('Alejandro', 0.043), ('Jackie', 0.043),
    ('Joey', 0.043), ('Nick', 0.043), ('Luther', 0.043), ('Wendell', 0.042), ('Jeremiah', 0.042),
    ('Evan', 0.042), ('Julius', 0.042), ('Dana', 0.042), ('Donnie', 0.041), ('Otis', 0.041),
    ('Shannon', 0.04), ('Trevor', 0.04), ('Oliver', 0.04), ('Luke', 0.04), ('Homer', 0.04),
    ('Gerard', 0.04), ('Doug', 0.04), ('Kenny', 0.039), ('Hubert', 0.039), ('Angelo', 0.039),
    ('Shaun', 0.039), ('Lyle', 0.038), ('Matt', 0.038), ('Lynn', 0.038), ('Alfonso', 0.038),
    ('Orlando', 0.037), ('Rex', 0.037), ('Carlton', 0.037), ('Ernesto', 0.037), ('Cameron', 0.037),
    ('Neal', 0.037), ('Pablo', 0.036), ('Lorenzo', 0.036), ('Omar', 0.036), ('Wilbur', 0.036),
    ('Blake', 0.036), ('Grant', 0.036), ('Horace', 0.036), ('Roderick', 0.036), ('Kerry', 0.036),
    ('Abraham', 0.035), ('Willis', 0.035), ('Rickey', 0.035), ('Jean', 0.035), ('Ira', 0.035),
    ('Andres', 0.034), ('Cesar', 0.034), ('Johnathan', 0.034), ('Malcolm', 0.034),
    ('Rudolph', 0.034), ('Damon', 0.034), ('Kelvin', 0.034), ('Rudy', 0.034), ('Preston', 0.034),
    ('Alton', 0.033), ('Archie', 0.033), ('Marco', 0.033), ('Wm', 0.033), ('Pete', 0.032),
    ('Randolph', 0.032), ('Garry', 0.032), ('Geoffrey', 0.032), ('Jonathon', 0.032),
    ('Felipe', 0.032), ('Bennie', 0.032), ('Gerardo', 0.032), ('Ed', 0.032), ('Dominic', 0.032),
    ('Robin', 0.032), ('Loren', 0.032), ('Delbert', 0.031), ('Colin', 0.031), ('Guillermo', 0.031),
    ('Earnest', 0.031), ('Lucas', 0.031), ('Benny', 0.03), ('Noel', 0.03), ('Spencer', 0.03),
    ('Rodolfo', 0.03), ('Myron', 0.03), ('Edmund', 0.03), ('Garrett', 0.029), ('Salvatore', 0.029),
    ('Cedric', 0.029), ('Lowell', 0.029), ('Gregg', 0.029), ('Sherman', 0.028), ('Wilson', 0.028),
    ('Devin', 0.028), ('Sylvester', 0.028), ('Kim', 0.028), ('Roosevelt', 0.028), ('Israel', 0.028),
    ('Jermaine', 0.028),
)  # fmt: skip

# US Census 1990, `dist.all.last`: name and per cent of people; head 150.
US_SURNAMES = (
    ('Smith', 1.006), ('Johnson', 0.81), ('Williams', 0.699), ('Jones', 0.621), ('Brown', 0.621),
    ('Davis', 0.48), ('Miller', 0.424), ('Wilson', 0.339), ('Moore', 0.312), ('Taylor', 0.311),
    ('Anderson', 0.311), ('Thomas', 0.311), ('Jackson', 0.31), ('White', 0.279), ('Harris', 0.275),
    ('Martin', 0.273), ('Thompson', 0.269), ('Garcia', 0.254), ('Martinez', 0.234),
    ('Robinson', 0.233), ('Clark', 0.231), ('Rodriguez', 0.229), ('Lewis', 0.226), ('Lee', 0.22),
    ('Walker', 0.219), ('Hall', 0.2), ('Allen', 0.199), ('Young', 0.193), ('Hernandez', 0.192),
    ('King', 0.19), ('Wright', 0.189), ('Lopez', 0.187), ('Hill', 0.187), ('Scott', 0.185),
    ('Green', 0.183), ('Adams', 0.174), ('Baker', 0.171), ('Gonzalez', 0.166), ('Nelson', 0.162),
    ('Carter', 0.162), ('Mitchell', 0.16), ('Perez', 0.155), ('Roberts', 0.153), ('Turner', 0.152),
    ('Phillips', 0.149), ('Campbell', 0.149), ('Parker', 0.146), ('Evans', 0.141),
    ('Edwards', 0.137), ('Collins', 0.134), ('Stewart', 0.133), ('Sanchez', 0.13),
    ('Morris', 0.125), ('Rogers', 0.123), ('Reed', 0.122), ('Cook', 0.12), ('Morgan', 0.118),
    ('Bell', 0.117), ('Murphy', 0.117), ('Bailey', 0.115), ('Rivera', 0.113), ('Cooper', 0.113),
    ('Richardson', 0.112), ('Cox', 0.11), ('Howard', 0.11), ('Ward', 0.108), ('Torres', 0.108),
    ('Peterson', 0.107), ('Gray', 0.106), ('Ramirez', 0.105), ('James', 0.105), ('Watson', 0.103),
    ('Brooks', 0.103), ('Kelly', 0.102), ('Sanders', 0.1), ('Price', 0.099), ('Bennett', 0.099),
    ('Wood', 0.098), ('Barnes', 0.097), ('Ross', 0.096), ('Henderson', 0.095), ('Coleman', 0.095),
    ('Jenkins', 0.095), ('Perry', 0.094), ('Powell', 0.093), ('Long', 0.092), ('Patterson', 0.092),
    ('Hughes', 0.092), ('Flores', 0.092), ('Washington', 0.092), ('Butler', 0.091),
    ('Simmons', 0.091), ('Foster', 0.091), ('Gonzales', 0.087), ('Bryant', 0.087),
    ('Alexander', 0.085), ('Russell', 0.085), ('Griffin', 0.084), ('Diaz', 0.084), ('Hayes', 0.083),
    ('Myers', 0.083), ('Ford', 0.082), ('Hamilton', 0.082), ('Graham', 0.082), ('Sullivan', 0.081),
    ('Wallace', 0.081), ('Woods', 0.08), ('Cole', 0.08), ('West', 0.08), ('Jordan', 0.078),
    ('Owens', 0.078), ('Reynolds', 0.078), ('Fisher', 0.077), ('Ellis', 0.077), ('Harrison', 0.076),
    ('Gibson', 0.075), ('McDonald', 0.075), ('Cruz', 0.075), ('Marshall', 0.075), ('Ortiz', 0.075),
    ('Gomez', 0.075), ('Murray', 0.074), ('Freeman', 0.074), ('Wells', 0.073), ('Webb', 0.072),
    ('Simpson', 0.07), ('Stevens', 0.07), ('Tucker', 0.07), ('Porter', 0.069), ('Hunter', 0.069),
    ('Hicks', 0.069), ('Crawford', 0.068), ('Henry', 0.068), ('Boyd', 0.068), ('Mason', 0.068),
    ('Morales', 0.067), ('Kennedy', 0.067), ('Warren', 0.067), ('Dixon', 0.066), ('Ramos', 0.066),
    ('Reyes', 0.066), ('Burns', 0.065), ('Gordon', 0.065), ('Shaw', 0.065), ('Holmes', 0.065),
    ('Rice', 0.064), ('Robertson', 0.064), ('Hunt', 0.063), ('Black', 0.063), ('Daniels', 0.062),
    ('Palmer', 0.062), ('Mills', 0.061), ('Nichols', 0.06), ('Grant', 0.06), ('Knight', 0.06),
    ('Ferguson', 0.059), ('Rose', 0.059), ('Stone', 0.059), ('Hawkins', 0.059), ('Dunn', 0.058),
    ('Perkins', 0.058), ('Hudson', 0.058), ('Spencer', 0.057), ('Gardner', 0.057),
    ('Stephens', 0.057), ('Payne', 0.057), ('Pierce', 0.056), ('Berry', 0.056), ('Matthews', 0.056),
    ('Arnold', 0.056), ('Wagner', 0.055), ('Willis', 0.055), ('Ray', 0.055), ('Watkins', 0.055),
    ('Olson', 0.055), ('Carroll', 0.055), ('Duncan', 0.055), ('Snyder', 0.055), ('Hart', 0.054),
    ('Cunningham', 0.054), ('Bradley', 0.054), ('Lane', 0.054), ('Andrews', 0.054), ('Ruiz', 0.054),
    ('Harper', 0.054), ('Fox', 0.053), ('Riley', 0.053), ('Armstrong', 0.053), ('Carpenter', 0.053),
    ('Weaver', 0.053), ('Greene', 0.053), ('Lawrence', 0.052), ('Elliott', 0.052),
    ('Chavez', 0.052), ('Sims', 0.052), ('Austin', 0.052), ('Peters', 0.052), ('Kelley', 0.052),
    ('Franklin', 0.051), ('Lawson', 0.051), ('Fields', 0.051), ('Gutierrez', 0.051),
    ('Ryan', 0.051), ('Schmidt', 0.051), ('Carr', 0.051), ('Vasquez', 0.051), ('Castillo', 0.051),
    ('Wheeler', 0.051), ('Chapman', 0.05), ('Oliver', 0.05), ('Montgomery', 0.049),
    ('Richards', 0.049), ('Williamson', 0.049), ('Johnston', 0.049), ('Banks', 0.048),
    ('Meyer', 0.048), ('Bishop', 0.048), ('McCoy', 0.048), ('Howell', 0.048), ('Alvarez', 0.048),
    ('Morrison', 0.048), ('Hansen', 0.047), ('Fernandez', 0.047), ('Garza', 0.047),
    ('Harvey', 0.047), ('Little', 0.046), ('Burton', 0.046), ('Stanley', 0.046), ('Nguyen', 0.046),
    ('George', 0.046), ('Jacobs', 0.046), ('Reid', 0.046), ('Kim', 0.045), ('Fuller', 0.045),
    ('Lynch', 0.045), ('Dean', 0.045), ('Gilbert', 0.045), ('Garrett', 0.045), ('Romero', 0.045),
    ('Welch', 0.044), ('Larson', 0.044), ('Frazier', 0.044), ('Burke', 0.044), ('Hanson', 0.043),
    ('Day', 0.043), ('Mendoza', 0.043), ('Moreno', 0.043), ('Bowman', 0.043), ('Medina', 0.042),
    ('Fowler', 0.042), ('Brewer', 0.042), ('Hoffman', 0.042), ('Carlson', 0.042), ('Silva', 0.042),
    ('Pearson', 0.042), ('Holland', 0.042), ('Douglas', 0.041), ('Fleming', 0.041),
    ('Jensen', 0.041), ('Vargas', 0.041), ('Byrd', 0.041), ('Davidson', 0.041), ('Hopkins', 0.041),
    ('May', 0.04), ('Terry', 0.04), ('Herrera', 0.04), ('Wade', 0.04), ('Soto', 0.04),
    ('Walters', 0.04), ('Curtis', 0.04), ('Neal', 0.039), ('Caldwell', 0.039), ('Lowe', 0.039),
    ('Jennings', 0.039), ('Barnett', 0.039), ('Graves', 0.039), ('Jimenez', 0.039),
    ('Horton', 0.039), ('Shelton', 0.039), ('Barrett', 0.039), ("O'Brien", 0.039),
    ('Castro', 0.039), ('Sutton', 0.038), ('Gregory', 0.038), ('McKinney', 0.038), ('Lucas', 0.038),
    ('Miles', 0.038), ('Craig', 0.038), ('Rodriquez', 0.037), ('Chambers', 0.037), ('Holt', 0.037),
    ('Lambert', 0.037), ('Fletcher', 0.037), ('Watts', 0.037), ('Bates', 0.037), ('Hale', 0.037),
    ('Rhodes', 0.037), ('Pena', 0.037), ('Beck', 0.037), ('Newman', 0.036), ('Haynes', 0.036),
    ('McDaniel', 0.036), ('Mendez', 0.036), ('Bush', 0.036), ('Vaughn', 0.036), ('Parks', 0.035),
    ('Dawson', 0.035), ('Santiago', 0.035), ('Norris', 0.035), ('Hardy', 0.035), ('Love', 0.035),
    ('Steele', 0.035), ('Curry', 0.035), ('Powers', 0.035), ('Schultz', 0.035), ('Barker', 0.035),
    ('Guzman', 0.034), ('Page', 0.034), ('Munoz', 0.034), ('Ball', 0.034), ('Keller', 0.034),
    ('Chandler', 0.034), ('Weber', 0.034), ('Leonard', 0.034), ('Walsh', 0.033), ('Lyons', 0.033),
    ('Ramsey', 0.033), ('Wolfe', 0.033), ('Schneider', 0.033), ('Mullins', 0.033),
    ('Benson', 0.033), ('Sharp', 0.033), ('Bowen', 0.033), ('Daniel', 0.033), ('Barber', 0.032),
    ('Cummings', 0.032), ('Hines', 0.032), ('Baldwin', 0.032), ('Griffith', 0.032),
    ('Valdez', 0.032), ('Hubbard', 0.032), ('Salazar', 0.032), ('Reeves', 0.032), ('Warner', 0.031),
    ('Stevenson', 0.031), ('Burgess', 0.031), ('Santos', 0.031), ('Tate', 0.031), ('Cross', 0.031),
    ('Garner', 0.031), ('Mann', 0.031), ('Mack', 0.031), ('Moss', 0.031), ('Thornton', 0.031),
    ('Dennis', 0.031), ('McGee', 0.031), ('Farmer', 0.03), ('Delgado', 0.03), ('Aguilar', 0.03),
    ('Vega', 0.03), ('Glover', 0.03), ('Manning', 0.03), ('Cohen', 0.03), ('Harmon', 0.03),
    ('Rodgers', 0.03), ('Robbins', 0.03), ('Newton', 0.03), ('Todd', 0.03), ('Blair', 0.03),
    ('Higgins', 0.03), ('Ingram', 0.03), ('Reese', 0.03), ('Cannon', 0.03), ('Strickland', 0.03),
    ('Townsend', 0.03), ('Potter', 0.03), ('Goodwin', 0.03), ('Walton', 0.03), ('Rowe', 0.029),
    ('Hampton', 0.029), ('Ortega', 0.029), ('Patton', 0.029), ('Swanson', 0.029), ('Joseph', 0.029),
    ('Francis', 0.029), ('Goodman', 0.029), ('Maldonado', 0.029), ('Yates', 0.029),
    ('Becker', 0.029), ('Erickson', 0.029), ('Hodges', 0.029), ('Rios', 0.029), ('Conner', 0.029),
    ('Adkins', 0.029), ('Webster', 0.028), ('Norman', 0.028), ('Malone', 0.028), ('Hammond', 0.028),
    ('Flowers', 0.028), ('Cobb', 0.028), ('Moody', 0.028), ('Quinn', 0.028), ('Blake', 0.028),
    ('Maxwell', 0.028), ('Pope', 0.028), ('Floyd', 0.027), ('Osborne', 0.027), ('Paul', 0.027),
    ('McCarthy', 0.027), ('Guerrero', 0.027), ('Lindsey', 0.027), ('Estrada', 0.027),
    ('Sandoval', 0.027), ('Gibbs', 0.027), ('Tyler', 0.027), ('Gross', 0.027),
    ('Fitzgerald', 0.027), ('Stokes', 0.027), ('Doyle', 0.027), ('Sherman', 0.027),
)  # fmt: skip

# UK women's given names in the order of the ONS rankings across the generations now alive; head 130.
UK_WOMEN = (
    "Sarah", "Emma", "Claire", "Laura", "Rebecca", "Helen", "Nicola", "Rachel", "Lisa", "Amy",
    "Jessica", "Charlotte", "Emily", "Hannah", "Sophie", "Lucy", "Katie", "Samantha", "Gemma",
    "Louise", "Victoria", "Elizabeth", "Jennifer", "Kelly", "Michelle", "Joanne", "Amanda", "Karen",
    "Susan", "Julie", "Margaret", "Patricia", "Jane", "Catherine", "Caroline", "Deborah", "Alison",
    "Olivia", "Amelia", "Isla", "Ava", "Mia", "Grace", "Poppy", "Ella", "Lily", "Evie", "Isabella",
    "Sophia", "Freya", "Chloe", "Megan", "Jade", "Natalie", "Zoe", "Stephanie", "Lauren", "Holly",
    "Georgia", "Abigail", "Bethany", "Eleanor", "Ellie", "Alice", "Jasmine", "Leah", "Paige",
    "Shannon", "Danielle", "Kirsty", "Hayley", "Stacey", "Donna", "Tracey", "Angela", "Sharon",
    "Linda", "Mary", "Anne", "Carol", "Janet", "Christine", "Jacqueline", "Wendy", "Diane",
    "Pauline", "Gillian", "Lesley", "Elaine", "Dawn", "Jean", "Barbara", "Sandra", "Lorraine",
    "Teresa", "Anna", "Kate", "Harriet", "Florence", "Matilda", "Rosie", "Imogen", "Phoebe",
    "Millie", "Daisy", "Evelyn", "Scarlett", "Esme", "Willow", "Erin", "Niamh", "Aimee", "Eilidh",
    "Sian", "Bethan", "Ffion", "Cerys", "Rhiannon", "Siobhan", "Fiona", "Kirsten", "Morag", "Aisha",
    "Fatima", "Zara", "Amira", "Maryam", "Priya", "Anjali", "Simran", "Harpreet", "Jasmin", "Naomi",
    "Tanya", "Leanne", "Kerry", "Natasha", "Vicky", "Jodie", "Kimberley", "Sadie", "Beth",
    "Heather", "Joanna", "Eve", "Ruby", "Maisie", "Summer", "Lola", "Violet", "Elsie", "Ivy",
    "Rose", "Hallie", "Thea", "Willa", "Edith", "Penelope", "Beatrice", "Clara", "Orla", "Aoife",
    "Ciara", "Roisin", "Maeve", "Sinead", "Caitlin", "Molly", "Keira", "Tilly", "Lexi", "Sienna",
    "Darcey", "Harper", "Maya", "Zainab", "Hollie", "Annabel", "Arabella", "Felicity", "Genevieve",
    "Henrietta", "Jemima", "Octavia", "Tabitha", "Verity", "Marion", "Maureen", "Doreen", "Shirley",
    "Brenda", "Valerie", "Yvonne", "Joan", "Sheila", "Irene", "Eileen", "Dorothy", "Joyce", "Hazel",
    "Gwen", "Bronwen", "Glenys", "Nia", "Carys", "Beverley", "Belinda", "Lynne", "Rosemary",
    "Josephine", "Gail",
)  # fmt: skip

# UK men's given names, the same; head 130.
UK_MEN = (
    "David", "John", "Paul", "Andrew", "Mark", "James", "Michael", "Richard", "Daniel",
    "Christopher", "Robert", "Peter", "Stephen", "Matthew", "Thomas", "Steven", "Ian", "Simon",
    "Gary", "Anthony", "Kevin", "Martin", "Jason", "Lee", "Neil", "Craig", "Darren", "Stuart",
    "Scott", "Jonathan", "Alan", "Adam", "Benjamin", "William", "George", "Oliver", "Harry", "Jack",
    "Samuel", "Joshua", "Luke", "Ryan", "Liam", "Jamie", "Nathan", "Callum", "Connor", "Lewis",
    "Dean", "Wayne", "Carl", "Shaun", "Philip", "Nicholas", "Timothy", "Graham", "Colin", "Keith",
    "Brian", "Kenneth", "Roger", "Barry", "Trevor", "Geoffrey", "Malcolm", "Derek", "Raymond",
    "Terry", "Alexander", "Edward", "Charles", "Henry", "Noah", "Leo", "Arthur", "Oscar", "Freddie",
    "Alfie", "Theo", "Archie", "Jacob", "Charlie", "Isaac", "Joseph", "Lucas", "Muhammad",
    "Mohammed", "Harrison", "Ethan", "Logan", "Reuben", "Toby", "Dylan", "Tyler", "Jake", "Kieran",
    "Aaron", "Ben", "Sam", "Joe", "Tom", "Max", "Finley", "Harvey", "Rhys", "Owen", "Gareth", "Huw",
    "Dafydd", "Iwan", "Aled", "Rory", "Angus", "Fraser", "Hamish", "Ewan", "Calum", "Ciaran",
    "Sean", "Niall", "Declan", "Patrick", "Conor", "Aidan", "Brendan", "Kyle", "Jordan", "Bradley",
    "Ashley", "Elliot", "Elliott", "Reece", "Jay", "Ricky", "Russell", "Nigel", "Clive", "Roy",
    "Dennis", "Gordon", "Douglas", "Frank", "Leonard", "Stanley", "Albert", "Ernest", "Frederick",
    "Walter", "Sidney", "Cyril", "Norman", "Harold", "Ronald", "Donald", "Leslie", "Eric", "Victor",
    "Vincent", "Hugh", "Rupert", "Julian", "Giles", "Hugo", "Sebastian", "Dominic", "Jeremy",
    "Tristan", "Marcus", "Ashton", "Ali", "Hassan", "Omar", "Yusuf", "Ibrahim", "Arjun", "Rohan",
    "Ravi", "Sanjay", "Imran", "Tariq", "Bilal", "Kwame", "Joel", "Caleb", "Ezra", "Elijah",
    "Louis", "Jude", "Albie", "Teddy", "Frankie", "Tommy", "Ronnie", "Reggie", "Luca", "Rafferty",
    "Jasper", "Felix", "Seth",
)  # fmt: skip

# UK surnames, in the order of the ONS's commonest surnames; head 150.
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
    "Jarvis", "Gibbs", "Ferguson", "Hayward", "Carroll", "Douglas", "Dickinson", "Todd", "Barlow",
    "Peters", "Lucas", "Knowles", "Hartley", "Miah", "Simmons", "Morrison", "Howells", "Fraser",
    "Hope", "Bowen", "Farrell", "Kaye", "Iqbal", "Rahman", "MacLeod", "MacDonald", "Thorpe", "Pugh",
    "Vaughan", "Jenkinson", "Llewellyn", "Hargreaves", "Pickering", "Ashworth", "Whittaker",
    "Sutcliffe", "Crawford",
)  # fmt: skip

# Origins common in Sweden, commonest first (1/rank, head 10): women's, men's given names, surnames.
OTHER = {
    # Finnish
    "finnish": (
        "Maria Helena Anneli Johanna Kaarina Marjatta Anna Liisa Annikki Hannele Tuula Päivi Sari Pirjo Riitta Minna Aino Sanna Kirsi Tiina Satu Leena Eeva Merja Aila Sirpa Marja Outi Heli Susanna",
        "Juhani Johannes Mikael Olavi Antero Tapani Kalevi Matti Timo Pekka Jari Juha Kari Mikko Antti Heikki Markku Jukka Pentti Seppo Esa Petri Ville Eero Veikko Jussi Raimo Ilkka Tero Janne",
        "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hyvönen Räsänen Kärkkäinen Peltonen",
    ),
    # Arabic (Iraq, Syria, Lebanon), with Assyrian/Syriac names (`Shamiram`, `Ninos`, `Sargon`, `Barsoum`, `Shamoun`, `Lahdo`)
    "arabic": (
        "Fatima Maryam Sara Noor Zainab Aya Amina Rania Hiba Layla Yasmin Rana Hala Nour Dalia Lina Reem Huda Samira Shamiram Ninwa Ramina Rasha Duaa Ghada Rim Mariam Lama Sana Raghad",
        "Mohammed Ahmed Ali Omar Hassan Hussein Ibrahim Mustafa Khaled Yousef Abdullah Mahmoud Karim Tariq Samir Ammar Bashar Hamza Ninos Sargon Jamal Fadi Aziz Gabriel Elias Rami Wassim Zaid Majid Haidar",
        "Ali Mohammed Ahmed Hassan Hussein Ibrahim Abdullah Khalil Saleh Younes Haddad Gabriel Mansour Jaber Nasser Barsoum Shamoun Al-Hassan Othman Rashid Salem Saliba Issa Lahdo Malke Yakoub Shabo Danho Al-Obaidi Al-Jabouri Hamad Kassab Jarjis Al-Saadi",
    ),
    # Somali (the surname is the father's or grandfather's name)
    "somali": (
        "Hodan Fadumo Amina Sahra Hawa Asha Ifrah Nasra Sagal Hibo Khadra Ayaan Ubah Safia Deqa Muna Idil Ladan Zamzam Ilhan Sucaad Hamdi Naima Faduma",
        "Abdi Mohamed Ahmed Abdirahman Abdullahi Hassan Ali Omar Yusuf Mahad Abdikarim Farah Ismail Said Liban Guled Hamza Abdiaziz Bashir Mustafe Khalid Abdiwali Osman Nuur",
        "Mohamed Ahmed Ali Hassan Abdi Omar Farah Osman Warsame Hussein Ismail Yusuf Jama Aden Abdullahi Nur Dahir Hirsi Egal Samatar Duale Mohamud Abdirahman Gedi Elmi Jimale",
    ),
    # Polish (surnames in the masculine; women's `-ski`/`-cki` made `-ska`/`-cka` by `feminine`)
    "polish": (
        "Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Elżbieta Joanna Aleksandra Monika Zofia Teresa Danuta Natalia Karolina Marta Beata Dorota Justyna Paulina Halina Grażyna Bożena",
        "Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Jakub Adam Stanisław Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Jerzy Maciej Rafał Kamil Robert Józef Sławomir Przemysław",
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Stępień Malinowski Jaworski Wysocki Nowicki Dudek",
    ),
    # Persian (Iran)
    "persian": (
        "Maryam Fatemeh Zahra Shirin Nasrin Parisa Mahsa Leila Neda Sara Roya Azadeh Mina Narges Shabnam Setareh Taraneh Farnaz Yasaman Sima Parvin Golnaz Bahar Nazanin",
        "Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Majid Behrouz Dariush Farhad Kourosh Babak Arash Omid Payam Navid Hassan Masoud Kaveh Peyman Siavash Ramin",
        "Mohammadi Hosseini Ahmadi Rezaei Moradi Karimi Jafari Rahimi Hashemi Sadeghi Mousavi Ghasemi Rostami Abbasi Kazemi Heidari Azizi Ebrahimi Nazari Akbari Shirazi Tehrani Zamani Farahani Bagheri Amini Sharifi",
    ),
    # Bosnian, Serbian, Croatian
    "bcs": (
        "Amra Emina Lejla Selma Amela Maja Ana Jelena Marija Ivana Milica Dragana Mirela Azra Sanela Snežana Vesna Jasmina Mersiha Aida Edina Marina Tanja Senada Nermina",
        "Mirza Amir Emir Adnan Edin Haris Dragan Goran Zoran Nikola Stefan Marko Ivan Nenad Senad Mehmed Alen Dino Damir Elvir Jasmin Miloš Dejan Srđan Kenan Tarik",
        "Hodžić Hadžić Kovačević Begić Delić Mehmedović Hasanović Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Horvat Kovačić Babić Marić Jurić Knežević Popović Omerović Husić Salihović Ahmetović Mujić Softić Halilović Šehić Čaušević",
    ),
    # Turkish
    "turkish": (
        "Ayşe Fatma Emine Hatice Zeynep Elif Meryem Esra Merve Özlem Derya Gül Sevgi Songül Hülya Ebru Melek Büşra Aylin Yasemin Nurten Selin Gülsüm Dilek",
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Ömer Yusuf Emre Burak Kemal Osman Erdem Serkan Cem Onur Volkan Tolga Yasin Fatih Gökhan Hakan",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Erdoğan Güneş Aksoy Akın Bulut",
    ),
    # Eritrean (the father's name as surname)
    "eritrean": (
        "Helen Senait Selam Ruth Mebrat Tsega Yordanos Hiwet Saba Freweini Semhar Winta Rahel Luwam Eden Azieb Tirhas Mehret Feven Elsa Meron Lidia",
        "Yonas Daniel Samuel Tesfay Mehari Berhane Habtom Kidane Filmon Tesfaldet Yohannes Amanuel Dawit Robel Haile Michael Biniam Henok Aron Semere Natnael Efrem",
        "Tesfay Haile Tekle Kidane Berhe Gebremariam Ghebreyesus Woldu Mehari Negash Habte Asmerom Tewolde Yohannes Ghirmay Andemariam Tesfamariam Gebrehiwet Weldemichael Kahsay Fessehaye Abraham",
    ),
    # Afghan (Dari and Pashto names)
    "afghan": (
        "Fatima Maryam Zahra Marzia Farzana Nilofar Shabnam Parwana Mursal Mahbooba Freshta Sahar Mina Hosai Nazanin Sadaf Laila Malalai Roya Khadija Zarghuna Masuda",
        "Mohammad Ahmad Ali Mustafa Hamid Abdullah Hussain Jawad Sayed Reza Mahdi Omid Farid Nasir Wahid Rahim Karim Sohrab Zabihullah Hakim Rahmatullah Naweed Bilal Shafiq",
        "Ahmadi Mohammadi Hosseini Rahimi Karimi Sultani Noori Hakimi Stanikzai Popal Sadat Amiri Haidari Rezai Jafari Safi Wardak Naderi Azizi Faizi Sharifi Qaderi Nazari Habibi",
    ),
    # Thai
    "thai": (
        "Siriporn Supaporn Malee Pranee Somsri Wanida Kanya Nittaya Sunisa Pornthip Ratana Jintana Araya Duangjai Kannika Saowanee Sukanya Thanyarat Pimchanok Buppha Lamai Orawan Nanthana Ploy",
        "Somchai Somsak Prasert Anan Sombat Chaiwat Wichai Surachai Thanawat Kittisak Nattapong Anucha Sakda Boonmee Pichit Weerachai Apichat Sompong Teerapong Prasit",
        "Saetang Srisuk Saelim Sukjai Wongsakul Rattanaphon Srisawat Phromma Thongdee Boonyarat Chanthawong Kaewmanee Sirisuk Suwannarat Inthachai Jaidee Wongsa Khamphan Phetsri Saeliew",
    ),
    # Chilean and Latin American (two surnames, paternal and maternal)
    "latin": (
        "María Carolina Camila Valentina Francisca Javiera Daniela Constanza Fernanda Catalina Paula Andrea Claudia Patricia Marcela Ximena Verónica Soledad Gabriela Paola Lorena Carmen Macarena Pilar",
        "José Juan Luis Carlos Jorge Cristián Francisco Sebastián Matías Diego Felipe Rodrigo Pablo Manuel Héctor Patricio Gonzalo Andrés Víctor Alejandro Marcelo Claudio Ricardo Nicolás",
        "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez Castro Pizarro Álvarez Vásquez Sánchez Fernández Ramírez Carrasco",
    ),
    # Kurdish
    "kurdish": (
        "Rojda Berfin Zilan Roza Dilan Nazdar Shilan Avin Jiyan Hevin Newroz Rojin Sozdar Helin Viyan Ronahi Kajal Bahar Delal Gulistan Shirin Nishtiman",
        "Azad Rebwar Dilshad Karwan Hawre Shvan Baran Rizgar Aram Kawa Serhat Dara Sherko Hemin Zana Renas Botan Dilovan Soran Diyar Goran Bakhtiyar",
        "Ahmed Mohammed Karim Rashid Othman Hussein Aziz Qadir Salih Hama Faraj Amin Jaf Zangana Rasul Sharif Ismail Baban Kurdi Zebari Hawrami Amedi Mahmoud Abdulla Bakr",
    ),
    # Ukrainian (transliterated as Ukrainian passports write them)
    "ukrainian": (
        "Olena Tetiana Nataliia Iryna Svitlana Oksana Yuliia Olha Mariia Kateryna Anastasiia Viktoriia Halyna Liudmyla Alina Daryna Sofiia Anna Inna Larysa",
        "Oleksandr Serhii Andrii Volodymyr Dmytro Mykola Oleksii Ivan Yurii Vitalii Maksym Bohdan Taras Roman Vasyl Ihor Artem Denys Pavlo Mykhailo",
        "Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko",
    ),
    # Indian
    "indian": (
        "Priya Divya Anjali Pooja Sneha Deepika Kavya Neha Shreya Lakshmi Aishwarya Swati Meera Ananya Nisha Ritu Sunita Preeti Ramya Harpreet",
        "Rahul Amit Vikram Arjun Rohit Sanjay Anil Suresh Rajesh Karthik Vivek Aditya Siddharth Pradeep Manish Nikhil Ravi Varun Harish Gurpreet",
        "Kumar Singh Sharma Patel Reddy Gupta Rao Iyer Nair Shah Joshi Verma Mehta Menon Pillai Agarwal Chopra Desai Krishnan Banerjee Mukherjee Srinivasan Das Kaur",
    ),
    # Chinese (given name first, as people write them in Sweden)
    "chinese": (
        "Li Mei Xin Jing Yan Ying Hui Xiaoyu Yuqing Lin Fang Na Xiaohong Yue Ting Qian Wen Jie",
        "Wei Jun Lei Hao Yang Jian Ming Tao Yong Qiang Peng Chao Xin Bin Hui Gang Long Kai",
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo",
    ),
    # German
    "german": (
        "Sabine Susanne Petra Claudia Andrea Katrin Nicole Julia Anja Stefanie Monika Birgit Heike Ursula Lena Lea Hannah Laura Anna Sandra",
        "Thomas Michael Andreas Stefan Frank Markus Christian Jürgen Wolfgang Klaus Uwe Matthias Jan Tobias Lukas Felix Jonas Florian Sebastian Dieter",
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange",
    ),
}  # fmt: skip


def _origin(key: str) -> Origin:
    women, men, surnames = (part.split() for part in OTHER[key])
    return Origin(ranked(women, 10), ranked(men, 10), ranked(surnames, 10))


ORIGINS: dict[str, Origin] = {
    "swedish": Origin(ranked(SV_WOMEN, 150), ranked(SV_MEN, 150), ranked(SV_SURNAMES, 150)),
    "us": Origin(census(US_WOMEN, 150), census(US_MEN, 150), census(US_SURNAMES, 150)),
    "uk": Origin(ranked(UK_WOMEN, 130), ranked(UK_MEN, 130), ranked(UK_SURNAMES, 150)),
    **{key: _origin(key) for key in OTHER},
}

# Who is named, per language of the text, roughly as Sweden's population and its online
# communities are: Swedish text names Swedes most, English text Americans and Britons (and the
# Swedes who write English to them), mixed text Swedes first with their foreign team-mates.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "kurdish": 1.5, "turkish": 1.5, "afghan": 1.5, "eritrean": 1.2,
        "ukrainian": 1.2, "latin": 1, "thai": 0.8, "german": 0.8, "indian": 0.8, "chinese": 0.6,
        "uk": 0.8, "us": 0.6,
    },
    "en": {
        "us": 38, "uk": 34, "swedish": 10, "indian": 2.5, "arabic": 2, "polish": 2, "latin": 2,
        "german": 1.5, "finnish": 1.2, "chinese": 1.2, "turkish": 1, "persian": 1, "ukrainian": 1,
        "somali": 0.7, "bcs": 0.7, "thai": 0.6, "kurdish": 0.5, "eritrean": 0.5, "afghan": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 10, "us": 9, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
        "persian": 2.5, "somali": 1.5, "kurdish": 1.5, "turkish": 1.5, "afghan": 1.5,
        "ukrainian": 1.5, "german": 1.2, "eritrean": 1, "latin": 1, "indian": 1, "thai": 0.8,
        "chinese": 0.8,
    },
}  # fmt: skip

# Short forms people go by, per origin: given name -> the forms.
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": {
        "Lars": ("Lasse",), "Mikael": ("Micke",), "Joakim": ("Jocke",), "Karl": ("Kalle",),
        "Per": ("Pelle", "Perra"), "Magnus": ("Mange",), "Fredrik": ("Fredde",), "Daniel": ("Danne",),
        "Thomas": ("Tompa",), "Tomas": ("Tompa",), "Marcus": ("Mackan",), "Christoffer": ("Chrille",),
        "Kristoffer": ("Krille",), "Robert": ("Robban",), "Tobias": ("Tobbe",), "Sebastian": ("Sebbe",),
        "Alexander": ("Alex",), "Jonathan": ("Jonte",), "Patrik": ("Patte",), "Niklas": ("Nicke",),
        "Mattias": ("Matte",), "Henrik": ("Henke",), "Stefan": ("Steffe",), "Gustav": ("Gurra", "Gusse"),
        "Viktor": ("Vicke",), "Oskar": ("Ogge",), "Oscar": ("Ogge",), "Hans": ("Hasse",), "Jan": ("Janne",),
        "Bengt": ("Bengan",), "Bo": ("Bosse",), "William": ("Wille",), "Ludvig": ("Ludde",),
        "Hampus": ("Hampe",), "Filip": ("Fille",), "Rasmus": ("Rasse",), "Jesper": ("Jeppe",),
        "Albin": ("Abbe",), "Axel": ("Acke",), "Sigvard": ("Sigge",), "Johan": ("Jojje",),
        "Andreas": ("Andy",), "Kenneth": ("Kenta",), "Göran": ("Göte",), "Anders": ("Ante",),
        "Elisabeth": ("Lisa", "Bettan"), "Elisabet": ("Bettan",), "Birgitta": ("Gittan", "Bitte"),
        "Kristina": ("Stina", "Kicki"), "Christina": ("Kicki",), "Margareta": ("Maggan",),
        "Charlotte": ("Lotta",), "Susanne": ("Sussie", "Sanna"), "Katarina": ("Kattis",),
        "Josefin": ("Jossan",), "Caroline": ("Carro",), "Karolina": ("Carro",), "Viktoria": ("Vicky",),
        "Camilla": ("Millan",), "Cecilia": ("Cissi",), "Alexandra": ("Alex",), "Matilda": ("Tilda", "Mattis"),
        "Louise": ("Lollo",), "Madeleine": ("Madde",), "Jessica": ("Jessie",), "Therese": ("Tessan",),
        "Emelie": ("Emmie",), "Rebecca": ("Becka",), "Gunilla": ("Gunnis",), "Ulrika": ("Ullis",),
        "Annika": ("Anki",), "Pernilla": ("Pernan",), "Elin": ("Ellie",), "Mikaela": ("Micki",),
    },
    "us": {
        "William": ("Will", "Bill"), "Robert": ("Rob", "Bob"), "Richard": ("Rich", "Rick"),
        "James": ("Jim", "Jimmy"), "Michael": ("Mike",), "Christopher": ("Chris",), "Matthew": ("Matt",),
        "Daniel": ("Dan", "Danny"), "Joseph": ("Joe",), "Thomas": ("Tom",), "Anthony": ("Tony",),
        "Jennifer": ("Jen", "Jenny"), "Elizabeth": ("Liz", "Beth"), "Katherine": ("Kate", "Katie"),
        "Margaret": ("Maggie", "Peggy"), "Rebecca": ("Becky",), "Samantha": ("Sam",),
        "Nicholas": ("Nick",), "Jonathan": ("Jon",), "Edward": ("Ed", "Eddie"), "Patricia": ("Pat", "Trish"),
        "Deborah": ("Debbie",), "Susan": ("Sue",), "Jessica": ("Jess",), "Stephanie": ("Steph",),
        "Andrew": ("Andy",), "Steven": ("Steve",), "Stephen": ("Steve",), "Timothy": ("Tim",),
        "Kenneth": ("Ken",), "Donald": ("Don",), "Ronald": ("Ron",), "Gregory": ("Greg",),
        "Joshua": ("Josh",), "Benjamin": ("Ben",), "Alexander": ("Alex",), "Kimberly": ("Kim",),
        "Christina": ("Tina",), "Catherine": ("Cathy",), "Amanda": ("Mandy",), "Zachary": ("Zach",),
        "Samuel": ("Sam",), "Jacob": ("Jake",), "Charles": ("Charlie", "Chuck"), "Lawrence": ("Larry",),
        "Raymond": ("Ray",), "Gerald": ("Jerry",), "Douglas": ("Doug",), "Theodore": ("Ted",),
    },
    "uk": {
        "William": ("Will", "Bill"), "Robert": ("Rob", "Bob"), "James": ("Jamie", "Jim"),
        "Michael": ("Mike", "Mick"), "Christopher": ("Chris",), "Matthew": ("Matt",), "Daniel": ("Dan",),
        "Thomas": ("Tom",), "Anthony": ("Tony", "Ant"), "Elizabeth": ("Liz", "Lizzie", "Beth"),
        "Rebecca": ("Becky", "Becca"), "Samantha": ("Sam",), "Nicholas": ("Nick",), "Edward": ("Ed", "Ted"),
        "Jessica": ("Jess",), "Victoria": ("Vicky", "Tori"), "Charlotte": ("Lottie", "Charlie"),
        "Andrew": ("Andy",), "Stephen": ("Steve",), "Steven": ("Steve",), "Timothy": ("Tim",),
        "Benjamin": ("Ben",), "Alexander": ("Alex", "Sandy"), "Jonathan": ("Jon",), "Richard": ("Rich",),
        "Gareth": ("Gaz",), "Darren": ("Daz",), "Barry": ("Baz",), "Oliver": ("Ollie",), "Henry": ("Harry",),
        "Frederick": ("Fred", "Freddie"), "Eleanor": ("Ellie", "Nell"), "Katie": ("Kat",),
        "Catherine": ("Cath", "Kate"), "Abigail": ("Abbie",), "Natasha": ("Tash",), "Joanne": ("Jo",),
        "Jennifer": ("Jen",), "Margaret": ("Maggie",), "Alison": ("Ali",), "Isabella": ("Bella", "Izzy"),
        "Nicola": ("Nicky",), "Stuart": ("Stu",), "Gary": ("Gaz",), "Joseph": ("Joe",), "Samuel": ("Sam",),
    },
    "polish": {
        "Katarzyna": ("Kasia",), "Małgorzata": ("Gosia",), "Aleksandra": ("Ola",), "Magdalena": ("Magda",),
        "Agnieszka": ("Aga",), "Joanna": ("Asia",), "Elżbieta": ("Ela",), "Krzysztof": ("Krzysiek",),
        "Tomasz": ("Tomek",), "Jakub": ("Kuba",), "Wojciech": ("Wojtek",), "Stanisław": ("Staszek",),
        "Józef": ("Józek",), "Piotr": ("Piotrek",), "Michał": ("Michałek",), "Mateusz": ("Mati",),
    },
    "latin": {
        "José": ("Pepe",), "Francisco": ("Pancho", "Paco"), "Alejandro": ("Ale",), "Javiera": ("Javi",),
        "Francisca": ("Fran", "Panchita"), "Sebastián": ("Seba",), "Cristián": ("Cris",), "Valentina": ("Vale",), "Constanza": ("Coni",), "Catalina": ("Cata",),
    },
    "finnish": {"Juhani": ("Jussi",), "Johannes": ("Hannes",), "Mikael": ("Mikko",), "Kaarina": ("Kaija",)},
    "arabic": {"Mohammed": ("Mo", "Hamoudi"), "Abdullah": ("Abdi",), "Mustafa": ("Musse",), "Ibrahim": ("Ibbe",), "Fatima": ("Fatma",)},
    "persian": {"Mohammad": ("Mamad",), "Fatemeh": ("Fati",), "Maryam": ("Mari",), "Hossein": ("Hossi",)},
    "bcs": {"Mehmed": ("Meho",), "Jasmina": ("Minka",), "Marija": ("Mara",), "Nikola": ("Dzoni",)},
    "turkish": {"Mehmet": ("Memo",), "Mustafa": ("Musti",), "Hüseyin": ("Hüso",)},
    "somali": {"Mohamed": ("Moha",), "Abdirahman": ("Abdi",), "Abdullahi": ("Abdi",)},
    "ukrainian": {"Oleksandr": ("Sasha",), "Volodymyr": ("Volodia",), "Kateryna": ("Katia",), "Anastasiia": ("Nastia",), "Dmytro": ("Dima",)},
    "german": {"Stefanie": ("Steffi",), "Wolfgang": ("Wolf",), "Andreas": ("Andi",), "Matthias": ("Matze",)},
    "indian": {"Siddharth": ("Sid",), "Aishwarya": ("Ash",), "Vikram": ("Vicky",)},
}  # fmt: skip

_PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "ø": "o", "Ø": "O", "æ": "ae", "ß": "ss"}
)


def plain(word: str) -> str:
    """The word typed without its letters: `Wiśniewski` -> `Wisniewski`, `Đorđević` ->
    `Djordjevic`, `Yılmaz` -> `Yilmaz`, `Muñoz` -> `Munoz`."""
    word = word.translate(_PLAIN)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(word: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` ->
    `-dzka`; other surnames (`Nowak`, `Mazur`) are the same for both."""
    for tail in ("ski", "cki", "dzki"):
        if word.endswith(tail):
            return word[:-1] + "a"
    return word
