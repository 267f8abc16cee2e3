# ruff: noqa: E501
"""Name pools of held-out DG (issue 15): names as the population has them, weighted by how often
people carry them.

Written from the writer's own knowledge, checked against nothing in the repository: Swedish given
names and surnames in the order of SCB's name statistics (weight 1/rank, head the top 150, a tail
of rarer names past them), the US Census 1990 lists (public domain, copied from the `names`
package's `dist.female.first`, `dist.male.first`, `dist.all.last`, the census per cent as weight,
head 150), UK given names and surnames in the order of the ONS rankings (1/rank), and the
commonest given names and surnames of origins common in Sweden and in the countries DG's trade
reaches (1/rank, head 10). No name was left out or put in for being known or unknown to anything.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this share, else from its tail


@dataclass(frozen=True)
class Pool:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int  # names[:head] are the head, names[head:] the tail


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def ranked(text: str, head: int) -> Pool:
    """A list in rank order, one name per whitespace-separated word (`_` for a space inside a
    name), weighted 1/rank."""
    names = tuple(word.replace("_", " ") for word in text.split())
    if len(set(names)) != len(names):
        raise ValueError(f"a name twice: {sorted({n for n in names if names.count(n) > 1})}")
    return Pool(names, tuple(1 / rank for rank in range(1, len(names) + 1)), min(head, len(names)))


def census(rows: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A US Census 1990 list: the name and its per cent of the population, the per cent as weight."""
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


PLAIN = str.maketrans({"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "İ": "I", "ø": "o", "Ø": "O", "æ": "ae", "ß": "ss"})  # fmt: skip


def plain(word: str) -> str:
    """A name typed without its letters, as on a keyboard without them (`Wiśniewski` ->
    `Wisniewski`, `Hodžić` -> `Hodzic`, `Yılmaz` -> `Yilmaz`, `Muñoz` -> `Munoz`)."""
    word = word.translate(PLAIN)
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for male, female in (("dzki", "dzka"), ("cki", "cka"), ("ski", "ska")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# Sweden: SCB's name statistics (all bearers), rank order, written from general knowledge. Head the
# top 150; past them a tail of rarer names carried by fewer people.
SV_F = ranked(
    """
    Maria Elisabeth Anna Kristina Margareta Eva Linnéa Karin Birgitta Marie Ingrid Sofia Emma
    Christina Elin Kerstin Lena Helena Sara Johanna Ida Hanna Malin Inger Katarina Ulla Julia
    Annika Cecilia Louise Linda Susanne Amanda Gunilla Elsa Alice Maja Ebba Astrid Matilda
    Viktoria Jenny Monica Ulrika Camilla Marianne Anette Carina Frida Lisa Therese Josefin Emelie
    Charlotte Caroline Barbro Åsa Agneta Siv Gun Britt Ann Anita Ellen Klara Wilma Alexandra
    Ingegerd Ingela Yvonne Lovisa Agnes Moa Sandra Jessica Pia Elisabet Irene Gunnel Mona Emilia
    Felicia Elvira Stina Rebecka Nathalie Madeleine Erika Mikaela Petra Helen Jennie Angelica
    Evelina Isabelle Olivia Selma Ella Alva Vera Signe Saga Freja Stella Tilda Tuva Nora Ester
    Hedvig Ingeborg Sonja Margit Gudrun Solveig Marita Lisbeth Anne Sofie Karolina Marina Veronica
    Tove Emmy Ellinor Josefine Sanna Paulina Linn Hilda Ronja Lilly Nellie Elise Lina Ylva Anneli
    Catharina Viola Greta Maj Inga Rut Märta Gerd Ann-Marie Ann-Christin Kristin Tina Mia
    Jeanette Elina Britt-Marie Anna-Karin Pernilla
    Dagny Edit Edla Elna Elvy Ethel Gunvor Henny Hjördis Ingalill Iris Kajsa Lilian Majvor Maud
    Rakel Ragnhild Sigrid Svea Tyra Ulla-Britt Vivianne Vanja Wivi Alma Amelie Ines Juni Leia
    Lykke Majken Meja Minna Molly Nova Thea Tindra Vilja Jasmine Lova Livia Mira Siri Estelle
    Filippa Fanny Hillevi Isa Jonna Lea Lisen Ann-Britt Ann-Louise Ann-Sofie Anna-Lena Anna-Lisa
    Britta Brita Elsy Elly Gunbritt Gunhild Inga-Lill Irma Laila Madelen Maj-Britt Majlis Mari
    Marlene Mirja Nanna Ninni Ruth Sigbritt Sylvia Terese Vivi Vivian Åse Alfhild Anny Aina
    Berit Bodil Cajsa Carin Dagmar Doris Edith Elvi Eivor Evy Gertrud Gisela Gullvi Hedda Helga
    Hilma Ingbritt Irja Isabella Judit Julie Karla Laura Liselott Lisette Louisa Lydia Magdalena
    Malva Mathilda Melinda Melissa Mimmi Miriam Monika Nadja Naemi Nina Ottilia Rosa Rosita
    Rose-Marie Sabina Sally Selina Siw Solbritt Susann Tekla Teresia Ursula Valborg Vendela Vilma
    Viveka Yrsa Anja Annelie Annie Aurora Bianca Carola Christel Clara Dorotea Elena Eleonora
    Ellie Engla Esther Evelyn Fatima Gabriella Jill Joline Kaisa Katja Katrin Lilja Liv Lotten
    Lucia Malena Maya Natalie Nicole Noomi Ofelia Pauline Ragna Rita Selin Sigrun Silvia Sophie
    Tanja Tora Tova Ulrica Vanessa Wendela Wilhelmina Yasmin Zara Eva-Lena Ulla-Stina Amina Maryam
    Zeynep Aisha Asta Beatrice Cornelia Edda Elma Hilde Jelena Jolin Lisbet Olga Pirjo Ritva
    Sirkka Tuula Ann-Kristin Agda Alida Elfrida Gurli Hulda Beata Lejla
    """,
    150,
)
SV_M = ranked(
    """
    Lars Karl Mikael Anders Johan Erik Per Peter Carl Jan Thomas Daniel Fredrik Hans Bengt Andreas
    Sven Gustav Alexander Magnus Nils Stefan Martin Mats Leif Jonas Bo Ulf Björn Göran Åke
    Mattias Kjell Henrik Christer Lennart Oskar David Emil Marcus Olof Patrik Niklas Joakim Rolf
    Axel Anton Tommy Christian Simon Robert Viktor Sebastian Tobias Gunnar Johannes Stig Filip
    Roland Ingemar Kent William Rickard Jonathan Robin Lucas Håkan Elias Roger Hugo Kenneth Claes
    Torbjörn Jakob Adam Oscar Arne Rasmus Isak Josef Ludvig Christoffer Kristoffer Jesper Dan
    Tomas Sten Gösta Alf Jörgen Ove Liam Oliver Noah Hampus Albin Linus Vincent Edvin Theodor
    Elliot Leo Gabriel Samuel Benjamin Melvin Viggo Arvid Harald Ingvar Rune Sune Kurt Lars-Erik
    Karl-Erik Mohammed Jimmy Pontus Kevin Alfred Dennis Gustaf Olle Torsten Tord Ivar Rikard
    Valter Wilhelm Allan Bertil Folke Evert Erland Birger Gert Urban Jens Morgan Conny Per-Olof
    Jan-Erik Hannes Max Love
    Vilgot Casper Milo Ebbe Sixten Elis Frans Adolf Agne Alvar Arnold Artur Assar Egon Einar
    Eskil Gillis Gottfrid Gunno Halvar Helge Henning Herbert Holger Ingvald Ingolf Jarl Knut
    Konrad Krister Lage Leopold Malte Manfred Melker Nore Osvald Otto Ragnar Reidar Rudolf Ruben
    Sigge Sigurd Sivert Sture Svante Tage Thor Torgny Torvald Tryggve Uno Valdemar Verner Yngve
    Åsmund Östen Alvin Ante Aron August Bernt Boris Carl-Johan Colin Dag Douglas Edgar Eddie Elof
    Emanuel Enar Eric Evald Felix Ferdinand Fritiof Georg Gerhard Greger Harry Helmer Hjalmar
    Hilmer Isac Ivan Jack Jacob Jan-Olof Joel Johnny Jon Kaj Karl-Johan Kasper Kenny Kim
    Kristian Lars-Göran Leon Levi Lorentz Loke Ludwig Mathias Matteus Mauritz Mika Nicklas
    Nicolas Noel Ola Olav Orvar Per-Erik Philip Rafael Ragnvald Reinhold Roine Ronny Sam Seth
    Severin Sigfrid Sigvard Staffan Sören Teodor Thorsten Ture Tor Vidar Vilhelm Wiktor
    Zacharias Algot Arthur Bror Bernhard Börje Curt Elmer Ernst Eugen Fabian Göte Henry Hilding
    Jörn Karl-Gustav Kennet Kjell-Åke Lars-Olof Olov Ossian Per-Anders Roy Stellan Sverker Sölve
    Thure Wilmer Ville Anders-Erik Bo-Göran Sven-Erik Nils-Erik Lennart-Ivar Gustav-Adolf Albert
    Alexis Alfons Anselm Benny Carl-Gustaf Christopher Clas Dante Elvin Emrik Erling Frank Fredric
    Hadar Ingmar Jerker Joar Jöns Kristofer Lars-Åke Lukas Markus Mikko Måns Natanael Niclas
    Peder Pehr Petter Rutger Sten-Åke Tim Timo Tony Torleif Ulrik Valentin Ali Ahmad Hassan Omar
    Yusuf Ibrahim Mustafa Amir
    """,
    150,
)
SV_LAST = ranked(
    """
    Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
    Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Carlsson
    Lindström Olofsson Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren
    Lundqvist Mattsson Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin
    Mohammed Engström Eklund Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström
    Samuelsson Isaksson Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg
    Blomqvist Claesson Nordström Ahmed Mårtensson Lundström Hassan Viklund Björklund Eliasson
    Pålsson Berggren Sandström Lund Nordin Ström Åberg Falk Ekström Hermansson Holmgren
    Hellström Dahlberg Hedlund Sundberg Sjögren Ek Blom Abrahamsson Martinsson Öberg Andreasson
    Strömberg Månsson Hansen Åkesson Dahl Lindholm Norberg Holmqvist Ibrahim Mohamed Omar Hussein
    Sundqvist Jensen Nielsen Ekman Hedberg Lindblom Göransson Sundström Lindahl Johnsson Ekberg
    Nordlund Eklöf Strand Söderström Adolfsson Sjöstrand Hedström Engberg Wiklund Hedman
    Petersson Palm Sjödin Åström Malmberg Nordqvist Lindén Boman Borg Blomberg Jonasson Lindell
    Frisk Knutsson Östlund Wahlström Hjalmarsson Westerberg Kristiansson Rosén
    Ahlberg Ahlgren Ahlström Alm Almqvist Andrén Appelqvist Asplund Bäckman Bäckström Berglöf
    Bergkvist Bergsten Björkman Björling Blixt Bohlin Bolin Brandt Broberg Broman Brännström
    Burman Byström Carlberg Dahlgren Dahlin Dahlström Edlund Edström Ekdahl Ekholm Ekvall
    Elfström Eng Engdahl Englund Enqvist Fagerberg Falck Flink Forsgren Forslund Forsman Fors
    Franzén Friberg Frid Fröberg Grahn Granberg Granlund Granqvist Granström Grönberg Grönlund
    Gullberg Hagberg Hagström Hallberg Hallin Hammar Hammarström Hedin Hellberg Hellgren Hellman
    Holmén Holmström Hult Hultgren Hultman Hägglund Höglund Isberg Jernberg Kjellberg Kjellin
    Klang Kling Krantz Kron Kvist Lager Lagerqvist Lidén Liljegren Lilja Lindkvist Linder
    Lindmark Lindroth Lindvall Ljung Ljungberg Ljunggren Lundmark Lundh Lundell Löf Löfström Malm
    Malmgren Malmström Melin Modig Moberg Molin Myrberg Nord Nordberg Nordgren Norén Norling
    Norman Nyman Nyqvist Nylander Nyholm Palmqvist Pihl Qvist Rask Rehn Rydberg Rydén Ryberg
    Rönnqvist Sandin Sandgren Selin Sjöblom Sjöholm Sjölund Skog Skoglund Stark Stenberg Stenlund
    Strandberg Ståhl Sundin Svahn Svedberg Svärd Söderlund Sörensen Thorén Thunberg Tell Trygg
    Törnqvist Ullberg Unger Vikström Wahlberg Wahlgren Wallén Wallgren Wennberg Westberg Westin
    Westman Wickman Widén Wikman Zetterberg Zetterlund Åkerberg Åkerlund Åkerman Åslund Öhman
    Östberg Östman Öqvist Jacobsson Carlström Kallio Heikkinen Yilmaz Kaya Nguyen Khalil Saleh
    Abdi Farah Haddad Shamoun Barsoum Rahimi Karimi Hosseini Jovanović Hodžić Kowalski Nowak
    von_Sydow De_Geer Lewenhaupt Wachtmeister von_Schwerin Gyllenhammar Leijonhufvud af_Ugglas
    Bergendahl Lindhagen Stjernberg Tornberg Wessman Åhlund
    """,
    150,
)

# The US: the Census 1990 lists (public domain), copied from the `names` package's data files
# `dist.female.first`, `dist.male.first` and `dist.all.last`: the first 400, 400 and 450 names,
# each with its per cent of the population as weight; head 150. `Mc` and `O'` as people write them.
US_F = (
    ("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.980), ("Elizabeth",
    0.937), ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794), ("Margaret", 0.768),
    ("Dorothy", 0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667), ("Betty", 0.666),
    ("Helen", 0.663), ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565), ("Ruth", 0.562),
    ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.510), ("Sarah", 0.508), ("Kimberly", 0.504),
    ("Deborah", 0.494), ("Jessica", 0.490), ("Shirley", 0.482), ("Cynthia", 0.469), ("Angela",
    0.468), ("Melissa", 0.462), ("Brenda", 0.455), ("Amy", 0.451), ("Anna", 0.440), ("Rebecca",
    0.430), ("Virginia", 0.430), ("Kathleen", 0.424), ("Pamela", 0.416), ("Martha", 0.412),
    ("Debra", 0.408), ("Amanda", 0.404), ("Stephanie", 0.400), ("Carolyn", 0.385), ("Christine",
    0.382), ("Marie", 0.379), ("Janet", 0.379), ("Catherine", 0.373), ("Frances", 0.370), ("Ann",
    0.364), ("Joyce", 0.364), ("Diane", 0.359), ("Alice", 0.357), ("Julie", 0.348), ("Heather",
    0.337), ("Teresa", 0.336), ("Doris", 0.335), ("Gloria", 0.335), ("Evelyn", 0.322), ("Jean",
    0.315), ("Cheryl", 0.315), ("Mildred", 0.313), ("Katherine", 0.313), ("Joan", 0.306), ("Ashley",
    0.303), ("Judith", 0.297), ("Rose", 0.296), ("Janice", 0.285), ("Kelly", 0.283), ("Nicole",
    0.281), ("Judy", 0.276), ("Christina", 0.275), ("Kathy", 0.272), ("Theresa", 0.271), ("Beverly",
    0.267), ("Denise", 0.264), ("Tammy", 0.259), ("Irene", 0.252), ("Jane", 0.250), ("Lori", 0.248),
    ("Rachel", 0.242), ("Marilyn", 0.241), ("Andrea", 0.236), ("Kathryn", 0.234), ("Louise", 0.229),
    ("Sara", 0.229), ("Anne", 0.228), ("Jacqueline", 0.228), ("Wanda", 0.226), ("Bonnie", 0.223),
    ("Julia", 0.223), ("Ruby", 0.221), ("Lois", 0.220), ("Tina", 0.220), ("Phyllis", 0.219),
    ("Norma", 0.218), ("Paula", 0.217), ("Diana", 0.216), ("Annie", 0.216), ("Lillian", 0.211),
    ("Emily", 0.208), ("Robin", 0.208), ("Peggy", 0.208), ("Crystal", 0.207), ("Gladys", 0.205),
    ("Rita", 0.204), ("Dawn", 0.202), ("Connie", 0.200), ("Florence", 0.200), ("Tracy", 0.197),
    ("Edna", 0.197), ("Tiffany", 0.195), ("Carmen", 0.195), ("Rosa", 0.194), ("Cindy", 0.192),
    ("Grace", 0.189), ("Wendy", 0.185), ("Victoria", 0.180), ("Edith", 0.179), ("Kim", 0.178),
    ("Sherry", 0.178), ("Sylvia", 0.177), ("Josephine", 0.177), ("Thelma", 0.175), ("Shannon",
    0.175), ("Sheila", 0.175), ("Ethel", 0.174), ("Ellen", 0.173), ("Elaine", 0.173), ("Marjorie",
    0.173), ("Carrie", 0.171), ("Charlotte", 0.169), ("Monica", 0.166), ("Esther", 0.166),
    ("Pauline", 0.165), ("Emma", 0.165), ("Juanita", 0.164), ("Anita", 0.162), ("Rhonda", 0.162),
    ("Hazel", 0.161), ("Amber", 0.160), ("Eva", 0.159), ("Debbie", 0.157), ("April", 0.154),
    ("Leslie", 0.154), ("Clara", 0.153), ("Lucille", 0.153), ("Jamie", 0.153), ("Joanne", 0.150),
    ("Eleanor", 0.150), ("Valerie", 0.149), ("Danielle", 0.149), ("Megan", 0.147), ("Alicia",
    0.146), ("Suzanne", 0.145), ("Michele", 0.145), ("Gail", 0.145), ("Bertha", 0.143), ("Darlene",
    0.142), ("Veronica", 0.142), ("Jill", 0.142), ("Erin", 0.141), ("Geraldine", 0.141), ("Lauren",
    0.137), ("Cathy", 0.137), ("Joann", 0.136), ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally",
    0.135), ("Regina", 0.133), ("Erica", 0.130), ("Beatrice", 0.130), ("Dolores", 0.129),
    ("Bernice", 0.128), ("Audrey", 0.127), ("Yvonne", 0.126), ("Annette", 0.125), ("June", 0.125),
    ("Samantha", 0.124), ("Marion", 0.122), ("Dana", 0.122), ("Stacy", 0.121), ("Ana", 0.120),
    ("Renee", 0.120), ("Ida", 0.118), ("Vivian", 0.118), ("Roberta", 0.117), ("Holly", 0.117),
    ("Brittany", 0.117), ("Melanie", 0.116), ("Loretta", 0.115), ("Yolanda", 0.115), ("Jeanette",
    0.115), ("Laurie", 0.114), ("Katie", 0.113), ("Kristen", 0.111), ("Vanessa", 0.111), ("Alma",
    0.111), ("Sue", 0.111), ("Elsie", 0.110), ("Beth", 0.110), ("Jeanne", 0.109), ("Vicki", 0.109),
    ("Carla", 0.107), ("Tara", 0.107), ("Rosemary", 0.107), ("Eileen", 0.105), ("Terri", 0.105),
    ("Gertrude", 0.103), ("Lucy", 0.103), ("Tonya", 0.102), ("Ella", 0.101), ("Stacey", 0.101),
    ("Wilma", 0.099), ("Gina", 0.099), ("Kristin", 0.099), ("Jessie", 0.098), ("Natalie", 0.098),
    ("Agnes", 0.098), ("Vera", 0.098), ("Willie", 0.097), ("Charlene", 0.097), ("Bessie", 0.096),
    ("Delores", 0.095), ("Melinda", 0.094), ("Pearl", 0.094), ("Arlene", 0.094), ("Maureen", 0.092),
    ("Colleen", 0.092), ("Allison", 0.092), ("Tamara", 0.092), ("Joy", 0.091), ("Georgia", 0.091),
    ("Constance", 0.091), ("Lillie", 0.090), ("Claudia", 0.090), ("Jackie", 0.090), ("Marcia",
    0.090), ("Tanya", 0.089), ("Nellie", 0.089), ("Minnie", 0.089), ("Marlene", 0.088), ("Heidi",
    0.088), ("Glenda", 0.088), ("Lydia", 0.086), ("Viola", 0.086), ("Courtney", 0.086), ("Marian",
    0.086), ("Stella", 0.085), ("Caroline", 0.085), ("Dora", 0.084), ("Jo", 0.083), ("Vickie",
    0.082), ("Mattie", 0.081), ("Terry", 0.080), ("Maxine", 0.079), ("Irma", 0.079), ("Mabel",
    0.078), ("Marsha", 0.078), ("Myrtle", 0.078), ("Lena", 0.077), ("Christy", 0.077), ("Deanna",
    0.076), ("Patsy", 0.076), ("Hilda", 0.075), ("Gwendolyn", 0.074), ("Jennie", 0.073), ("Nora",
    0.073), ("Margie", 0.072), ("Nina", 0.072), ("Cassandra", 0.072), ("Leah", 0.072), ("Penny",
    0.071), ("Kay", 0.071), ("Priscilla", 0.071), ("Naomi", 0.071), ("Carole", 0.071), ("Brandy",
    0.070), ("Olga", 0.070), ("Billie", 0.069), ("Dianne", 0.069), ("Tracey", 0.069), ("Leona",
    0.069), ("Jenny", 0.068), ("Felicia", 0.068), ("Sonia", 0.068), ("Miriam", 0.066), ("Velma",
    0.066), ("Becky", 0.066), ("Bobbie", 0.065), ("Violet", 0.065), ("Kristina", 0.065), ("Toni",
    0.064), ("Misty", 0.063), ("Mae", 0.063), ("Shelly", 0.062), ("Daisy", 0.062), ("Ramona",
    0.062), ("Sherri", 0.062), ("Erika", 0.061), ("Katrina", 0.061), ("Claire", 0.061), ("Lindsey",
    0.060), ("Lindsay", 0.060), ("Geneva", 0.059), ("Guadalupe", 0.059), ("Belinda", 0.059),
    ("Margarita", 0.059), ("Sheryl", 0.059), ("Cora", 0.058), ("Faye", 0.058), ("Ada", 0.057),
    ("Natasha", 0.057), ("Sabrina", 0.057), ("Isabel", 0.057), ("Marguerite", 0.056), ("Hattie",
    0.056), ("Harriet", 0.056), ("Molly", 0.055), ("Cecilia", 0.055), ("Kristi", 0.055), ("Brandi",
    0.055), ("Blanche", 0.055), ("Sandy", 0.055), ("Rosie", 0.055), ("Joanna", 0.055), ("Iris",
    0.055), ("Eunice", 0.054), ("Angie", 0.054), ("Inez", 0.053), ("Lynda", 0.053), ("Madeline",
    0.052), ("Amelia", 0.052), ("Alberta", 0.052), ("Genevieve", 0.051), ("Monique", 0.051),
    ("Jodi", 0.051), ("Janie", 0.051), ("Maggie", 0.051), ("Kayla", 0.051), ("Sonya", 0.051),
    ("Jan", 0.051), ("Lee", 0.051), ("Kristine", 0.051), ("Candace", 0.051), ("Fannie", 0.050),
    ("Maryann", 0.050), ("Opal", 0.050), ("Alison", 0.050), ("Yvette", 0.050), ("Melody", 0.050),
    ("Luz", 0.049), ("Susie", 0.049), ("Olivia", 0.049), ("Flora", 0.049), ("Shelley", 0.049),
    ("Kristy", 0.048), ("Mamie", 0.048), ("Lula", 0.048), ("Lola", 0.048), ("Verna", 0.048),
    ("Beulah", 0.048), ("Antoinette", 0.048), ("Candice", 0.046), ("Juana", 0.046), ("Jeannette",
    0.046), ("Pam", 0.046), ("Kelli", 0.046), ("Hannah", 0.045), ("Whitney", 0.045), ("Bridget",
    0.045), ("Karla", 0.044), ("Celia", 0.044), ("Latoya", 0.043), ("Patty", 0.043), ("Shelia",
    0.043), ("Gayle", 0.043), ("Della", 0.043), ("Vicky", 0.043), ("Lynne", 0.043), ("Sheri",
    0.042), ("Marianne", 0.042), ("Kara", 0.041), ("Jacquelyn", 0.041), ("Erma", 0.041), ("Blanca",
    0.041), ("Myra", 0.040), ("Leticia", 0.040), ("Pat", 0.040), ("Krista", 0.040), ("Roxanne",
    0.040), ("Angelica", 0.039), ("Johnnie", 0.039), ("Robyn", 0.039), ("Francis", 0.039),
    ("Adrienne", 0.039), ("Rosalie", 0.039), ("Alexandra", 0.039), ("Brooke", 0.039), ("Bethany",
    0.039), ("Sadie", 0.039), ("Bernadette", 0.039)
)  # fmt: skip

US_M = (
    ("James", 3.318), ("John", 3.271), ("Robert", 3.143), ("Michael", 2.629), ("William", 2.451),
    ("David", 2.363), ("Richard", 1.703), ("Charles", 1.523), ("Joseph", 1.404), ("Thomas", 1.380),
    ("Christopher", 1.035), ("Daniel", 0.974), ("Paul", 0.948), ("Mark", 0.938), ("Donald", 0.931),
    ("George", 0.927), ("Kenneth", 0.826), ("Steven", 0.780), ("Edward", 0.779), ("Brian", 0.736),
    ("Ronald", 0.725), ("Anthony", 0.721), ("Kevin", 0.671), ("Jason", 0.660), ("Matthew", 0.657),
    ("Gary", 0.650), ("Timothy", 0.640), ("Jose", 0.613), ("Larry", 0.598), ("Jeffrey", 0.591),
    ("Frank", 0.581), ("Scott", 0.546), ("Eric", 0.544), ("Stephen", 0.540), ("Andrew", 0.537),
    ("Raymond", 0.488), ("Gregory", 0.441), ("Joshua", 0.435), ("Jerry", 0.432), ("Dennis", 0.415),
    ("Walter", 0.399), ("Patrick", 0.389), ("Peter", 0.381), ("Harold", 0.371), ("Douglas", 0.367),
    ("Henry", 0.365), ("Carl", 0.346), ("Arthur", 0.335), ("Ryan", 0.328), ("Roger", 0.322), ("Joe",
    0.321), ("Juan", 0.316), ("Jack", 0.315), ("Albert", 0.314), ("Jonathan", 0.313), ("Justin",
    0.311), ("Terry", 0.311), ("Gerald", 0.309), ("Keith", 0.308), ("Samuel", 0.306), ("Willie",
    0.302), ("Ralph", 0.282), ("Lawrence", 0.282), ("Nicholas", 0.275), ("Roy", 0.273), ("Benjamin",
    0.270), ("Bruce", 0.263), ("Brandon", 0.260), ("Adam", 0.259), ("Harry", 0.251), ("Fred",
    0.251), ("Wayne", 0.249), ("Billy", 0.248), ("Steve", 0.246), ("Louis", 0.243), ("Jeremy",
    0.242), ("Aaron", 0.240), ("Randy", 0.232), ("Howard", 0.230), ("Eugene", 0.230), ("Carlos",
    0.229), ("Russell", 0.224), ("Bobby", 0.223), ("Victor", 0.222), ("Martin", 0.216), ("Ernest",
    0.215), ("Phillip", 0.213), ("Todd", 0.213), ("Jesse", 0.209), ("Craig", 0.206), ("Alan",
    0.204), ("Shawn", 0.200), ("Clarence", 0.197), ("Sean", 0.197), ("Philip", 0.197), ("Chris",
    0.197), ("Johnny", 0.195), ("Earl", 0.193), ("Jimmy", 0.191), ("Antonio", 0.190), ("Danny",
    0.190), ("Bryan", 0.190), ("Tony", 0.190), ("Luis", 0.189), ("Mike", 0.189), ("Stanley", 0.186),
    ("Leonard", 0.186), ("Nathan", 0.185), ("Dale", 0.184), ("Manuel", 0.181), ("Rodney", 0.180),
    ("Curtis", 0.180), ("Norman", 0.177), ("Allen", 0.174), ("Marvin", 0.171), ("Vincent", 0.168),
    ("Glenn", 0.167), ("Jeffery", 0.166), ("Travis", 0.166), ("Jeff", 0.166), ("Chad", 0.165),
    ("Jacob", 0.165), ("Lee", 0.162), ("Melvin", 0.162), ("Alfred", 0.162), ("Kyle", 0.160),
    ("Francis", 0.160), ("Bradley", 0.159), ("Jesus", 0.155), ("Herbert", 0.155), ("Frederick",
    0.154), ("Ray", 0.153), ("Joel", 0.152), ("Edwin", 0.148), ("Don", 0.145), ("Eddie", 0.144),
    ("Ricky", 0.141), ("Troy", 0.138), ("Randall", 0.138), ("Barry", 0.134), ("Alexander", 0.132),
    ("Bernard", 0.127), ("Mario", 0.125), ("Leroy", 0.125), ("Francisco", 0.124), ("Marcus", 0.124),
    ("Micheal", 0.123), ("Theodore", 0.123), ("Clifford", 0.123), ("Miguel", 0.122), ("Oscar",
    0.122), ("Jay", 0.118), ("Jim", 0.118), ("Tom", 0.117), ("Calvin", 0.115), ("Alex", 0.115),
    ("Jon", 0.115), ("Ronnie", 0.113), ("Bill", 0.112), ("Lloyd", 0.112), ("Tommy", 0.112), ("Leon",
    0.112), ("Derek", 0.112), ("Warren", 0.110), ("Darrell", 0.108), ("Jerome", 0.108), ("Floyd",
    0.107), ("Leo", 0.106), ("Alvin", 0.105), ("Tim", 0.104), ("Wesley", 0.104), ("Gordon", 0.104),
    ("Dean", 0.104), ("Greg", 0.104), ("Jorge", 0.104), ("Dustin", 0.103), ("Pedro", 0.103),
    ("Derrick", 0.103), ("Dan", 0.101), ("Lewis", 0.099), ("Zachary", 0.099), ("Corey", 0.098),
    ("Herman", 0.097), ("Maurice", 0.097), ("Vernon", 0.097), ("Roberto", 0.097), ("Clyde", 0.095),
    ("Glen", 0.094), ("Hector", 0.094), ("Shane", 0.093), ("Ricardo", 0.093), ("Sam", 0.092),
    ("Rick", 0.091), ("Lester", 0.091), ("Brent", 0.090), ("Ramon", 0.090), ("Charlie", 0.090),
    ("Tyler", 0.089), ("Gilbert", 0.089), ("Gene", 0.087), ("Marc", 0.087), ("Reginald", 0.084),
    ("Ruben", 0.082), ("Brett", 0.082), ("Angel", 0.082), ("Nathaniel", 0.081), ("Rafael", 0.081),
    ("Leslie", 0.081), ("Edgar", 0.080), ("Milton", 0.080), ("Raul", 0.079), ("Ben", 0.078),
    ("Chester", 0.078), ("Cecil", 0.078), ("Duane", 0.077), ("Franklin", 0.077), ("Andre", 0.076),
    ("Elmer", 0.074), ("Brad", 0.073), ("Gabriel", 0.073), ("Ron", 0.072), ("Mitchell", 0.072),
    ("Roland", 0.072), ("Arnold", 0.072), ("Harvey", 0.072), ("Jared", 0.071), ("Adrian", 0.069),
    ("Karl", 0.069), ("Cory", 0.068), ("Claude", 0.068), ("Erik", 0.068), ("Darryl", 0.067),
    ("Jamie", 0.066), ("Neil", 0.066), ("Jessie", 0.065), ("Christian", 0.065), ("Javier", 0.065),
    ("Fernando", 0.065), ("Clinton", 0.065), ("Ted", 0.064), ("Mathew", 0.064), ("Tyrone", 0.064),
    ("Darren", 0.064), ("Lonnie", 0.064), ("Lance", 0.063), ("Cody", 0.063), ("Julio", 0.063),
    ("Kelly", 0.063), ("Kurt", 0.062), ("Allan", 0.061), ("Nelson", 0.061), ("Guy", 0.060),
    ("Clayton", 0.060), ("Hugh", 0.060), ("Max", 0.059), ("Dwayne", 0.059), ("Dwight", 0.058),
    ("Armando", 0.058), ("Felix", 0.058), ("Jimmie", 0.058), ("Everett", 0.057), ("Jordan", 0.056),
    ("Ian", 0.056), ("Wallace", 0.056), ("Ken", 0.055), ("Bob", 0.055), ("Jaime", 0.055), ("Casey",
    0.054), ("Alfredo", 0.054), ("Alberto", 0.053), ("Dave", 0.053), ("Ivan", 0.053), ("Johnnie",
    0.052), ("Sidney", 0.052), ("Byron", 0.052), ("Julian", 0.052), ("Isaac", 0.051), ("Morris",
    0.051), ("Clifton", 0.050), ("Willard", 0.050), ("Daryl", 0.050), ("Ross", 0.050), ("Virgil",
    0.049), ("Andy", 0.049), ("Marshall", 0.049), ("Salvador", 0.049), ("Perry", 0.049), ("Kirk",
    0.049), ("Sergio", 0.049), ("Marion", 0.048), ("Tracy", 0.048), ("Seth", 0.048), ("Kent",
    0.048), ("Terrance", 0.048), ("Rene", 0.048), ("Eduardo", 0.047), ("Terrence", 0.047),
    ("Enrique", 0.046), ("Freddie", 0.046), ("Wade", 0.045), ("Austin", 0.044), ("Stuart", 0.044),
    ("Fredrick", 0.043), ("Arturo", 0.043), ("Alejandro", 0.043), ("Jackie", 0.043), ("Joey",
    0.043), ("Nick", 0.043), ("Luther", 0.043), ("Wendell", 0.042), ("Jeremiah", 0.042), ("Evan",
    0.042), ("Julius", 0.042), ("Dana", 0.042), ("Donnie", 0.041), ("Otis", 0.041), ("Shannon",
    0.040), ("Trevor", 0.040), ("Oliver", 0.040), ("Luke", 0.040), ("Homer", 0.040), ("Gerard",
    0.040), ("Doug", 0.040), ("Kenny", 0.039), ("Hubert", 0.039), ("Angelo", 0.039), ("Shaun",
    0.039), ("Lyle", 0.038), ("Matt", 0.038), ("Lynn", 0.038), ("Alfonso", 0.038), ("Orlando",
    0.037), ("Rex", 0.037), ("Carlton", 0.037), ("Ernesto", 0.037), ("Cameron", 0.037), ("Neal",
    0.037), ("Pablo", 0.036), ("Lorenzo", 0.036), ("Omar", 0.036), ("Wilbur", 0.036), ("Blake",
    0.036), ("Grant", 0.036), ("Horace", 0.036), ("Roderick", 0.036), ("Kerry", 0.036), ("Abraham",
    0.035), ("Willis", 0.035), ("Rickey", 0.035), ("Jean", 0.035), ("Ira", 0.035), ("Andres",
    0.034), ("Cesar", 0.034), ("Johnathan", 0.034), ("Malcolm", 0.034), ("Rudolph", 0.034),
    ("Damon", 0.034), ("Kelvin", 0.034), ("Rudy", 0.034), ("Preston", 0.034), ("Alton", 0.033),
    ("Archie", 0.033), ("Marco", 0.033), ("Wm", 0.033), ("Pete", 0.032), ("Randolph", 0.032),
    ("Garry", 0.032), ("Geoffrey", 0.032), ("Jonathon", 0.032), ("Felipe", 0.032), ("Bennie",
    0.032), ("Gerardo", 0.032), ("Ed", 0.032), ("Dominic", 0.032), ("Robin", 0.032), ("Loren",
    0.032), ("Delbert", 0.031), ("Colin", 0.031), ("Guillermo", 0.031), ("Earnest", 0.031),
    ("Lucas", 0.031), ("Benny", 0.030), ("Noel", 0.030), ("Spencer", 0.030), ("Rodolfo", 0.030),
    ("Myron", 0.030), ("Edmund", 0.030), ("Garrett", 0.029), ("Salvatore", 0.029), ("Cedric",
    0.029), ("Lowell", 0.029), ("Gregg", 0.029), ("Sherman", 0.028), ("Wilson", 0.028), ("Devin",
    0.028), ("Sylvester", 0.028), ("Kim", 0.028), ("Roosevelt", 0.028), ("Israel", 0.028),
    ("Jermaine", 0.028)
)  # fmt: skip

US_LAST = (
    ("Smith", 1.006), ("Johnson", 0.810), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621),
    ("Davis", 0.480), ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor", 0.311),
    ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.310), ("White", 0.279), ("Harris", 0.275),
    ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254), ("Martinez", 0.234), ("Robinson",
    0.233), ("Clark", 0.231), ("Rodriguez", 0.229), ("Lewis", 0.226), ("Lee", 0.220), ("Walker",
    0.219), ("Hall", 0.200), ("Allen", 0.199), ("Young", 0.193), ("Hernandez", 0.192), ("King",
    0.190), ("Wright", 0.189), ("Lopez", 0.187), ("Hill", 0.187), ("Scott", 0.185), ("Green",
    0.183), ("Adams", 0.174), ("Baker", 0.171), ("Gonzalez", 0.166), ("Nelson", 0.162), ("Carter",
    0.162), ("Mitchell", 0.160), ("Perez", 0.155), ("Roberts", 0.153), ("Turner", 0.152),
    ("Phillips", 0.149), ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141), ("Edwards",
    0.137), ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.130), ("Morris", 0.125),
    ("Rogers", 0.123), ("Reed", 0.122), ("Cook", 0.120), ("Morgan", 0.118), ("Bell", 0.117),
    ("Murphy", 0.117), ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper", 0.113), ("Richardson",
    0.112), ("Cox", 0.110), ("Howard", 0.110), ("Ward", 0.108), ("Torres", 0.108), ("Peterson",
    0.107), ("Gray", 0.106), ("Ramirez", 0.105), ("James", 0.105), ("Watson", 0.103), ("Brooks",
    0.103), ("Kelly", 0.102), ("Sanders", 0.100), ("Price", 0.099), ("Bennett", 0.099), ("Wood",
    0.098), ("Barnes", 0.097), ("Ross", 0.096), ("Henderson", 0.095), ("Coleman", 0.095),
    ("Jenkins", 0.095), ("Perry", 0.094), ("Powell", 0.093), ("Long", 0.092), ("Patterson", 0.092),
    ("Hughes", 0.092), ("Flores", 0.092), ("Washington", 0.092), ("Butler", 0.091), ("Simmons",
    0.091), ("Foster", 0.091), ("Gonzales", 0.087), ("Bryant", 0.087), ("Alexander", 0.085),
    ("Russell", 0.085), ("Griffin", 0.084), ("Diaz", 0.084), ("Hayes", 0.083), ("Myers", 0.083),
    ("Ford", 0.082), ("Hamilton", 0.082), ("Graham", 0.082), ("Sullivan", 0.081), ("Wallace",
    0.081), ("Woods", 0.080), ("Cole", 0.080), ("West", 0.080), ("Jordan", 0.078), ("Owens", 0.078),
    ("Reynolds", 0.078), ("Fisher", 0.077), ("Ellis", 0.077), ("Harrison", 0.076), ("Gibson",
    0.075), ("McDonald", 0.075), ("Cruz", 0.075), ("Marshall", 0.075), ("Ortiz", 0.075), ("Gomez",
    0.075), ("Murray", 0.074), ("Freeman", 0.074), ("Wells", 0.073), ("Webb", 0.072), ("Simpson",
    0.070), ("Stevens", 0.070), ("Tucker", 0.070), ("Porter", 0.069), ("Hunter", 0.069), ("Hicks",
    0.069), ("Crawford", 0.068), ("Henry", 0.068), ("Boyd", 0.068), ("Mason", 0.068), ("Morales",
    0.067), ("Kennedy", 0.067), ("Warren", 0.067), ("Dixon", 0.066), ("Ramos", 0.066), ("Reyes",
    0.066), ("Burns", 0.065), ("Gordon", 0.065), ("Shaw", 0.065), ("Holmes", 0.065), ("Rice",
    0.064), ("Robertson", 0.064), ("Hunt", 0.063), ("Black", 0.063), ("Daniels", 0.062), ("Palmer",
    0.062), ("Mills", 0.061), ("Nichols", 0.060), ("Grant", 0.060), ("Knight", 0.060), ("Ferguson",
    0.059), ("Rose", 0.059), ("Stone", 0.059), ("Hawkins", 0.059), ("Dunn", 0.058), ("Perkins",
    0.058), ("Hudson", 0.058), ("Spencer", 0.057), ("Gardner", 0.057), ("Stephens", 0.057),
    ("Payne", 0.057), ("Pierce", 0.056), ("Berry", 0.056), ("Matthews", 0.056), ("Arnold", 0.056),
    ("Wagner", 0.055), ("Willis", 0.055), ("Ray", 0.055), ("Watkins", 0.055), ("Olson", 0.055),
    ("Carroll", 0.055), ("Duncan", 0.055), ("Snyder", 0.055), ("Hart", 0.054), ("Cunningham",
    0.054), ("Bradley", 0.054), ("Lane", 0.054), ("Andrews", 0.054), ("Ruiz", 0.054), ("Harper",
    0.054), ("Fox", 0.053), ("Riley", 0.053), ("Armstrong", 0.053), ("Carpenter", 0.053), ("Weaver",
    0.053), ("Greene", 0.053), ("Lawrence", 0.052), ("Elliott", 0.052), ("Chavez", 0.052), ("Sims",
    0.052), ("Austin", 0.052), ("Peters", 0.052), ("Kelley", 0.052), ("Franklin", 0.051), ("Lawson",
    0.051), ("Fields", 0.051), ("Gutierrez", 0.051), ("Ryan", 0.051), ("Schmidt", 0.051), ("Carr",
    0.051), ("Vasquez", 0.051), ("Castillo", 0.051), ("Wheeler", 0.051), ("Chapman", 0.050),
    ("Oliver", 0.050), ("Montgomery", 0.049), ("Richards", 0.049), ("Williamson", 0.049),
    ("Johnston", 0.049), ("Banks", 0.048), ("Meyer", 0.048), ("Bishop", 0.048), ("McCoy", 0.048),
    ("Howell", 0.048), ("Alvarez", 0.048), ("Morrison", 0.048), ("Hansen", 0.047), ("Fernandez",
    0.047), ("Garza", 0.047), ("Harvey", 0.047), ("Little", 0.046), ("Burton", 0.046), ("Stanley",
    0.046), ("Nguyen", 0.046), ("George", 0.046), ("Jacobs", 0.046), ("Reid", 0.046), ("Kim",
    0.045), ("Fuller", 0.045), ("Lynch", 0.045), ("Dean", 0.045), ("Gilbert", 0.045), ("Garrett",
    0.045), ("Romero", 0.045), ("Welch", 0.044), ("Larson", 0.044), ("Frazier", 0.044), ("Burke",
    0.044), ("Hanson", 0.043), ("Day", 0.043), ("Mendoza", 0.043), ("Moreno", 0.043), ("Bowman",
    0.043), ("Medina", 0.042), ("Fowler", 0.042), ("Brewer", 0.042), ("Hoffman", 0.042), ("Carlson",
    0.042), ("Silva", 0.042), ("Pearson", 0.042), ("Holland", 0.042), ("Douglas", 0.041),
    ("Fleming", 0.041), ("Jensen", 0.041), ("Vargas", 0.041), ("Byrd", 0.041), ("Davidson", 0.041),
    ("Hopkins", 0.041), ("May", 0.040), ("Terry", 0.040), ("Herrera", 0.040), ("Wade", 0.040),
    ("Soto", 0.040), ("Walters", 0.040), ("Curtis", 0.040), ("Neal", 0.039), ("Caldwell", 0.039),
    ("Lowe", 0.039), ("Jennings", 0.039), ("Barnett", 0.039), ("Graves", 0.039), ("Jimenez", 0.039),
    ("Horton", 0.039), ("Shelton", 0.039), ("Barrett", 0.039), ("O'Brien", 0.039), ("Castro",
    0.039), ("Sutton", 0.038), ("Gregory", 0.038), ("McKinney", 0.038), ("Lucas", 0.038), ("Miles",
    0.038), ("Craig", 0.038), ("Rodriquez", 0.037), ("Chambers", 0.037), ("Holt", 0.037),
    ("Lambert", 0.037), ("Fletcher", 0.037), ("Watts", 0.037), ("Bates", 0.037), ("Hale", 0.037),
    ("Rhodes", 0.037), ("Pena", 0.037), ("Beck", 0.037), ("Newman", 0.036), ("Haynes", 0.036),
    ("McDaniel", 0.036), ("Mendez", 0.036), ("Bush", 0.036), ("Vaughn", 0.036), ("Parks", 0.035),
    ("Dawson", 0.035), ("Santiago", 0.035), ("Norris", 0.035), ("Hardy", 0.035), ("Love", 0.035),
    ("Steele", 0.035), ("Curry", 0.035), ("Powers", 0.035), ("Schultz", 0.035), ("Barker", 0.035),
    ("Guzman", 0.034), ("Page", 0.034), ("Munoz", 0.034), ("Ball", 0.034), ("Keller", 0.034),
    ("Chandler", 0.034), ("Weber", 0.034), ("Leonard", 0.034), ("Walsh", 0.033), ("Lyons", 0.033),
    ("Ramsey", 0.033), ("Wolfe", 0.033), ("Schneider", 0.033), ("Mullins", 0.033), ("Benson",
    0.033), ("Sharp", 0.033), ("Bowen", 0.033), ("Daniel", 0.033), ("Barber", 0.032), ("Cummings",
    0.032), ("Hines", 0.032), ("Baldwin", 0.032), ("Griffith", 0.032), ("Valdez", 0.032),
    ("Hubbard", 0.032), ("Salazar", 0.032), ("Reeves", 0.032), ("Warner", 0.031), ("Stevenson",
    0.031), ("Burgess", 0.031), ("Santos", 0.031), ("Tate", 0.031), ("Cross", 0.031), ("Garner",
    0.031), ("Mann", 0.031), ("Mack", 0.031), ("Moss", 0.031), ("Thornton", 0.031), ("Dennis",
    0.031), ("McGee", 0.031), ("Farmer", 0.030), ("Delgado", 0.030), ("Aguilar", 0.030), ("Vega",
    0.030), ("Glover", 0.030), ("Manning", 0.030), ("Cohen", 0.030), ("Harmon", 0.030), ("Rodgers",
    0.030), ("Robbins", 0.030), ("Newton", 0.030), ("Todd", 0.030), ("Blair", 0.030), ("Higgins",
    0.030), ("Ingram", 0.030), ("Reese", 0.030), ("Cannon", 0.030), ("Strickland", 0.030),
    ("Townsend", 0.030), ("Potter", 0.030), ("Goodwin", 0.030), ("Walton", 0.030), ("Rowe", 0.029),
    ("Hampton", 0.029), ("Ortega", 0.029), ("Patton", 0.029), ("Swanson", 0.029), ("Joseph", 0.029),
    ("Francis", 0.029), ("Goodman", 0.029), ("Maldonado", 0.029), ("Yates", 0.029), ("Becker",
    0.029), ("Erickson", 0.029), ("Hodges", 0.029), ("Rios", 0.029), ("Conner", 0.029), ("Adkins",
    0.029), ("Webster", 0.028), ("Norman", 0.028), ("Malone", 0.028), ("Hammond", 0.028),
    ("Flowers", 0.028), ("Cobb", 0.028), ("Moody", 0.028), ("Quinn", 0.028), ("Blake", 0.028),
    ("Maxwell", 0.028), ("Pope", 0.028), ("Floyd", 0.027), ("Osborne", 0.027), ("Paul", 0.027),
    ("McCarthy", 0.027), ("Guerrero", 0.027), ("Lindsey", 0.027), ("Estrada", 0.027), ("Sandoval",
    0.027), ("Gibbs", 0.027), ("Tyler", 0.027), ("Gross", 0.027), ("Fitzgerald", 0.027), ("Stokes",
    0.027), ("Doyle", 0.027), ("Sherman", 0.027), ("Saunders", 0.027), ("Wise", 0.027), ("Colon",
    0.027), ("Gill", 0.027), ("Alvarado", 0.027), ("Greer", 0.026), ("Padilla", 0.026), ("Simon",
    0.026), ("Waters", 0.026), ("Nunez", 0.026), ("Ballard", 0.026), ("Schwartz", 0.026),
    ("McBride", 0.026), ("Houston", 0.026), ("Christensen", 0.026), ("Klein", 0.026), ("Pratt",
    0.026), ("Briggs", 0.026), ("Parsons", 0.026), ("McLaughlin", 0.026), ("Zimmerman", 0.026),
    ("French", 0.026), ("Buchanan", 0.026), ("Moran", 0.026), ("Copeland", 0.025), ("Roy", 0.025),
    ("Pittman", 0.025), ("Brady", 0.025), ("McCormick", 0.025), ("Holloway", 0.025)
)  # fmt: skip

# The UK: the ONS rankings (England and Wales), names carried across the ages, rank order from
# general knowledge, 1/rank; head 130 given names and 150 surnames.
UK_F = ranked(
    """
    Susan Margaret Sarah Elizabeth Patricia Emma Helen Karen Julie Claire Jennifer Jane Catherine
    Nicola Joanne Rachel Lisa Laura Deborah Amanda Michelle Jacqueline Samantha Louise Victoria
    Rebecca Gillian Janet Linda Christine Mary Ann Pauline Alison Angela Hannah Charlotte Amy
    Jessica Sophie Lucy Emily Olivia Chloe Katie Gemma Kelly Lauren Hayley Kirsty Stephanie
    Natalie Zoe Jade Holly Megan Ellie Grace Amelia Isla Ava Mia Ella Lily Poppy Freya Evie
    Isabella Sophia Jean Barbara Carol Sandra Sharon Tracey Dawn Joan Valerie Wendy Lynn Maureen
    Brenda Sheila Anne Diane Kathleen Caroline Fiona Lesley Kim Donna Beverley Andrea Heather
    Katherine Kate Anna Joanna Jodie Leanne Danielle Rosie Abigail Georgia Bethany Molly Millie
    Phoebe Jasmine Eleanor Alice Harriet Scarlett Daisy Florence Matilda Ivy Maisie Erin Imogen
    Caitlin Keira Eva Layla Esme Sienna Willow Maya Elsie Aria
    Doris Dorothy Edna Gladys Hilda Irene Iris Joyce Marjorie Mavis Muriel Nora Olive Phyllis Rita
    Rosemary Shirley Sylvia Vera Yvonne Beryl Cheryl Denise Elaine Gail Hazel Jill June Lorraine
    Marion Norma Paula Rosalind Sally Tina Tanya Toni Vanessa Vivienne Yvette Zara Bryony Cerys
    Ffion Rhiannon Seren Siân Bronwen Eilidh Morag Kirsten Shona Iona Ailsa Aimee Alexandra
    Annabel Bella Clara Darcey Elise Felicity Gabriella Hollie Jemima Jessie Kayleigh Kerry
    Kimberley Lacey Leah Lola Mollie Nadia Naomi Paige Penelope Rhian Robyn Rose Ruby Sasha
    Shannon Skye Stacey Tamsin Tia Tilly Verity
    """,
    130,
)
UK_M = ranked(
    """
    David John Michael Paul Andrew Peter James Robert Mark Richard Stephen Christopher Ian Thomas
    William Daniel Matthew Anthony Steven Simon Gary Kevin Martin Alan Brian Kenneth Graham Neil
    Jonathan Colin Stuart Philip Nicholas Adam Benjamin Samuel Joseph Ryan Jack Oliver Harry
    George Charlie Jacob Alfie Noah Leo Oscar Muhammad Arthur Freddie Theo Henry Archie Joshua Luke
    Liam Lewis Callum Connor Jamie Nathan Jordan Craig Lee Carl Shaun Darren Wayne Dean Scott
    Jason Barry Keith Trevor Terry Derek Roger Geoffrey Raymond Dennis Malcolm Gordon Douglas
    Edward Charles Tony Ronald Donald Frank Harold Albert Alexander Max Toby Elliot Dylan Tyler
    Kieran Reece Bradley Ashley Robbie Ethan Mason Logan Finley Harrison Louis Sebastian Isaac
    Hugo Rory Owen Aaron Tom Alfred Bernard Cyril Clive Desmond Eric Ernest Gerald Gilbert
    Glen Godfrey Howard Hugh Lionel Leslie Maurice Neville Nigel Norman Percy Rodney Royston Rupert
    Sidney Stanley Victor Walter Wilfred Aled Rhys Dafydd Gareth Gethin Huw Iwan Owain Alasdair
    Angus Euan Fraser Hamish Murdo Ruaridh Struan Ewan Alistair Barnaby Benedict Casper Dominic
    Felix Gabriel Jasper Jude Laurence Marcus Miles Ralph Rufus Tobias Vincent Zachary Bailey
    Brandon Harvey Jake Kai Jayden Morgan Riley Ronnie Teddy Tommy Zak Clifford Duncan Gavin Glyn
    Kelvin Lloyd Mervyn Rowan Spencer Vernon
    """,
    130,
)
UK_LAST = ranked(
    """
    Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson
    Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner
    Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott
    Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter
    Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson
    Ellis Adams Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt
    Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker
    Fisher Stevens Jenkins Murray Dixon Harvey Graham Pearson Ahmed Fletcher Walsh Kaur Gibson
    Howard Andrews Stewart Elliott Reynolds Saunders Payne Fox Ford Pearce Day Brooks West Lawrence
    Cole Atkinson Bradley Spencer Gill Dawson Ball Burton O'Brien Watts Rose Booth Perry Ryan Grant
    Wells Armstrong Francis Rees Hayes Hart Hudson Newman Barrett Webster Hunter Gregory Carr Lowe
    Page Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland Hawkins Harding Porter Robertson
    Newton Oliver Reed Kennedy Williamson Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry
    Burgess Bishop Walton Burns Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls Hamilton
    Byrne Sutton McDonald Yates Hodgson Robson Curtis Hopkins O'Connor Harper Coleman Watkins Moss
    McCarthy Chambers O'Neill Griffin Sharp Hardy Wheeler Potter Osborne Johnston Gordon Doyle
    Wallace George Jordan Hutchinson Reeves Rowe Lamb Barber Field Pritchard Bolton Charlton Dale
    Frost Garner Goodwin Hammond Hobbs Holt Howell Hurst Jarvis Kemp Kirby Lambert Lawson Little
    Lucas Lynch Mann Mellor Norris Nash Norton Oakley Parkinson Pickering Pollard Quinn Randall
    Rhodes Ridley Rowley Sanderson Slater Steele Storey Summers Swift Tomlinson Townsend Tucker
    Vaughan Wade Wall Walters Warner Waters Weston Whitehead Winter Wyatt Abbott Ashworth Bamford
    Blackburn Bradshaw Chadwick Crawford Cunningham Dobson Duncan Farrell Fleming Fraser Gilbert
    Gough Greenwood Hewitt Higgins Holden Ingram Jennings Kaye Kerr Lindsay Lord Lyons Maxwell
    Metcalfe Middleton Moran Naylor Nixon Pugh Sheppard Stanley Stephenson Sullivan Thornton
    Wilkins Woodward
    """,
    150,
)

# Ireland: the commonest names as the CSO counts them (general knowledge), 1/rank, head 10.
IE_F = ranked("Mary Catherine Margaret Bridget Anne Patricia Elizabeth Siobhán Aoife Niamh Sinéad Áine Ciara Orla Róisín Caoimhe Sarah Emma Aisling Deirdre Clodagh Eimear Gráinne Sorcha Maeve Saoirse Nuala Úna Fiadh Méabh", 10)  # fmt: skip
IE_M = ranked("John Patrick Michael Thomas James Seán Declan Ciarán Cian Conor Eoin Darragh Oisín Pádraig Liam Colm Dónal Niall Fergal Brendan Kevin Eamon Diarmuid Ronan Shane Kieran Dermot Tadhg Fionn Cathal", 10)  # fmt: skip
IE_LAST = ranked("Murphy Kelly O'Sullivan Walsh Smith O'Brien Byrne Ryan O'Connor O'Neill O'Reilly Doyle McCarthy Gallagher O'Doherty Kennedy Lynch Murray Quinn Moore McLoughlin O'Carroll Connolly Daly O'Connell Dunne Brennan Burke Collins Fitzgerald Maguire Nolan Flynn O'Callaghan O'Donnell Duffy O'Mahony Boyle Healy O'Shea", 10)  # fmt: skip

# Origins common in Sweden (and in the trade's other countries): the commonest given names and
# surnames as their people carry them, general knowledge, 1/rank, head 10.
FI_F = ranked("Maria Anna Helena Johanna Kaarina Marjatta Tuula Ritva Leena Pirjo Sari Minna Tiina Päivi Riitta Anneli Liisa Elina Hanna Laura Aino Eila Sirkka Marja Satu Anne Tarja Merja Emilia Sofia", 10)  # fmt: skip
FI_M = ranked("Juhani Johannes Mikael Olavi Antero Tapani Kalevi Matti Timo Pekka Kari Jari Mikko Antti Juha Heikki Markku Seppo Jukka Hannu Tuomas Ville Jussi Pentti Esa Veikko Lauri Eero Onni Aleksi", 10)  # fmt: skip
FI_LAST = ranked("Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen", 10)  # fmt: skip
AR_F = ranked("Fatima Maryam Zainab Noor Sara Aya Rana Huda Layla Amira Hiba Rasha Nadia Samira Zahra Lina Dalia Reem Yasmin Mariam Shamiram Nahrain Ninwa Marta Souad Iman", 10)  # fmt: skip
AR_M = ranked("Mohammed Ahmed Ali Hassan Hussein Omar Ibrahim Mustafa Khaled Abdullah Youssef Karim Mahmoud Samir Ammar Haider Rami Bassam Tariq Walid Sargon Ninos Ashur Gabriel Elias Yousef Fadi George", 10)  # fmt: skip
AR_LAST = ranked("Ali Mohammed Ahmed Hassan Hussein Ibrahim Abdullah Khalil Saleh Mahmoud Jaber Haddad Khoury Mansour Nasser Aziz Hamid Kassem Al-Jabouri Al-Obaidi Al-Saadi Al-Tamimi Shamoun Barsoum Saliba Yacoub Gabriel Isho Odisho Khamis Younan Toma", 10)  # fmt: skip
SO_F = ranked("Fadumo Hodan Amina Sahra Ayaan Hibo Khadra Sagal Nimco Ifrah Hawa Asha Ubah Halima Muna Deeqa Naima Shukri Ikran Faisa", 10)  # fmt: skip
SO_M = ranked("Mohamed Abdi Ahmed Ali Hassan Abdirahman Abdullahi Omar Farah Yusuf Ismail Abdikarim Mahad Liban Said Guled Hamza Mukhtar Bashir Dahir", 10)  # fmt: skip
SO_LAST = ranked("Mohamed Ali Abdi Hassan Ahmed Farah Osman Warsame Hussein Jama Nur Yusuf Ismail Aden Omar Abdullahi Egal Mohamud Dirie Hirsi Elmi Guled", 10)  # fmt: skip
PL_F = ranked("Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Elżbieta Magdalena Joanna Zofia Aleksandra Monika Teresa Danuta Natalia Karolina Marta Beata Dorota Justyna Jadwiga Halina Grażyna Zuzanna Weronika Paulina", 10)  # fmt: skip
PL_M = ranked("Piotr Krzysztof Andrzej Tomasz Jan Paweł Michał Marcin Stanisław Jakub Adam Marek Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Jerzy Maciej Rafał Kamil Robert Józef Szymon Kacper", 10)  # fmt: skip
PL_LAST = ranked("Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Zawadzki Czarnecki Głowacki Wysocki Sawicki Sikora Stępień Górski", 10)  # fmt: skip
FA_F = ranked("Fatemeh Zahra Maryam Shirin Nasrin Parisa Mina Leila Azadeh Roya Sara Neda Mahsa Golnaz Elham Farideh Soheila Parvin Nazanin Setareh", 10)  # fmt: skip
FA_M = ranked("Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Majid Behrouz Dariush Kourosh Babak Farhad Arash Omid Payam Siavash Hassan Navid", 10)  # fmt: skip
FA_LAST = ranked("Mohammadi Hosseini Ahmadi Rezaei Moradi Karimi Rahimi Hashemi Jafari Sadeghi Ghorbani Kazemi Rostami Akbari Ebrahimi Mousavi Najafi Amini Tehrani Shirazi Esfahani Nazari Bahrami Azizi Farahani", 10)  # fmt: skip
BCS_F = ranked("Amra Emina Lejla Aida Selma Jasmina Mirela Ana Marija Ivana Jelena Dragana Snežana Vesna Mirjana Sanela Alma Azra Maja Tanja Senada Elma Adisa", 10)  # fmt: skip
BCS_M = ranked("Adnan Emir Amir Haris Mirza Edin Kenan Tarik Nermin Dragan Zoran Goran Milan Nikola Stefan Ivan Marko Josip Dario Mladen Senad Almir", 10)  # fmt: skip
BCS_LAST = ranked("Hodžić Hadžić Begić Delić Hasanović Mehmedović Kovačević Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Horvat Kovač Babić Marić Jurić Knežević Popović Husić Omerović Salihović Mujić Alić Ibrahimović Šehić Čolić", 10)  # fmt: skip
TR_F = ranked("Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hülya Esra Merve Özlem Derya Gül Aysel Büşra Nur Melek Songül Yasemin", 10)  # fmt: skip
TR_M = ranked("Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah Mahmut Recep Emre Burak Serkan Kemal Cem Erdal", 10)  # fmt: skip
TR_LAST = ranked("Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Erdoğan Güneş Aksoy Tekin", 10)  # fmt: skip
ER_F = ranked("Senait Helen Mebrat Saba Yordanos Selam Luwam Winta Feven Eden Ruta Hiwet Semhar Tsega Abeba Almaz Mhret Rahel Lidia Elsa", 10)  # fmt: skip
ER_M = ranked("Yonas Daniel Samuel Tesfay Mehari Yohannes Dawit Filmon Berhane Tekle Kidane Haile Goitom Robel Biniam Simon Habtom Amanuel Tesfaldet Mussie", 10)  # fmt: skip
ER_LAST = ranked("Tesfay Berhane Tekle Haile Kidane Gebremichael Gebreyesus Tesfamariam Mehari Yohannes Woldu Ghebre Habte Asmerom Abraha Gebremedhin Kahsay Tewolde Negash Andemariam", 10)  # fmt: skip
AF_F = ranked("Fatima Maryam Zahra Marzia Shabnam Farzana Nargis Mursal Parwana Sahar Laila Mariam Khadija Frishta Nilofar Hasina Zarghona Roya Shakila Madina", 10)  # fmt: skip
AF_M = ranked("Mohammad Ahmad Ali Abdul Hamid Mustafa Jawad Hussain Reza Mahdi Sayed Ismail Habib Rahim Karim Naveed Farid Wahid Nasir Zabihullah Samiullah Mujtaba", 10)  # fmt: skip
AF_LAST = ranked("Ahmadi Hussaini Rahimi Mohammadi Hakimi Sultani Karimi Nazari Jafari Haidari Sadat Rezaie Amiri Noori Safi Stanikzai Popal Wardak Durrani Yousufzai Rasuli Qaderi", 10)  # fmt: skip
TH_F = ranked("Siriporn Supaporn Malee Pranee Somporn Wanida Nattaya Kanya Ratana Suda Pensri Jintana Anong Busaba Sunisa Nittaya Araya Orawan Duangjai Kannika", 10)  # fmt: skip
TH_M = ranked("Somchai Somsak Sompong Prasert Surachai Anan Chaiwat Niran Wichai Kittisak Suthep Thawatchai Narong Boonmee Somboon Apichat Pichai Thanakorn Sakchai Wirat", 10)  # fmt: skip
TH_LAST = ranked("Saetang Srisuk Wongsawat Chaiyaporn Boonyarat Sukprasert Thongchai Kaewkla Phromma Rattanakorn Srisawat Charoensuk Suwannarat Jaidee Chanthawong Intharat Buasri Kongkaew Somboon Saelim", 10)  # fmt: skip
LA_F = ranked("María Carolina Claudia Patricia Paula Daniela Francisca Camila Javiera Catalina Valentina Constanza Andrea Verónica Ximena Marcela Gabriela Fernanda Lorena Rosa Carmen Pamela Isabel", 10)  # fmt: skip
LA_M = ranked("José Juan Luis Carlos Jorge Francisco Cristián Rodrigo Felipe Matías Sebastián Diego Nicolás Pablo Alejandro Manuel Pedro Hernán Ricardo Claudio Gonzalo Mauricio", 10)  # fmt: skip
LA_LAST = ranked("González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez Castro Pizarro Álvarez Vásquez Sánchez Fernández Ramírez Carrasco Núñez Vergara", 10)  # fmt: skip
KU_F = ranked("Berivan Rojda Dilan Nazdar Shilan Avin Jiyan Helin Rezan Zilan Hevin Nesrin Leyla Gulistan Perwin Bahar Ronahi Dilvin Evin Nishtiman Runak Kajal Tara", 10)  # fmt: skip
KU_M = ranked("Azad Rebwar Karwan Dilshad Hawre Sherzad Shvan Hemin Soran Bahoz Rizgar Dara Kawa Baran Serhat Rojhat Zana Diyar Aram Hiwa Nawzad Ari", 10)  # fmt: skip
KU_LAST = ranked("Ahmad Mahmoud Hassan Aziz Rashid Karim Omar Qadir Salih Mustafa Jaff Hawrami Zebari Doski Amedi Bakir Kaka Tahir Khoshnaw Sindi Hamad Ismail", 10)  # fmt: skip
DK_F = ranked("Anne Kirsten Mette Hanne Anna Helle Susanne Lene Maria Marianne Lone Camilla Pia Louise Charlotte Bente Tina Gitte Inge Karen Jette Rikke Mathilde Ida Sofie Emma", 10)  # fmt: skip
DK_M = ranked("Peter Jens Lars Michael Henrik Søren Thomas Jan Niels Christian Martin Jørgen Hans Anders Morten Jesper Mads Rasmus Per Ole Kim Frederik Mikkel Poul Bo Kasper", 10)  # fmt: skip
DK_LAST = ranked("Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen Petersen Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen Møller Mortensen Knudsen Jakobsen Mikkelsen Frederiksen Laursen Henriksen Lund Schmidt", 10)  # fmt: skip
DE_F = ranked("Ursula Sabine Monika Petra Claudia Susanne Andrea Renate Karin Birgit Stefanie Julia Katharina Anna Gabriele Heike Christine Nicole Martina Brigitte Elke Anja Lena Laura", 10)  # fmt: skip
DE_M = ranked("Thomas Michael Andreas Peter Stefan Klaus Wolfgang Jürgen Frank Uwe Christian Markus Matthias Bernd Dieter Manfred Martin Sebastian Tobias Jan Jens Jörg Hans Rainer", 10)  # fmt: skip
DE_LAST = ranked("Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Krause Meier Lehmann", 10)  # fmt: skip
UA_F = ranked("Olena Tetiana Natalia Iryna Svitlana Oksana Yulia Kateryna Olha Maria Liudmyla Anastasiia Viktoriia Halyna Nadiia Valentyna Alina Daria Anna Sofiia", 10)  # fmt: skip
UA_M = ranked("Oleksandr Serhii Volodymyr Andrii Mykola Oleksii Dmytro Ivan Yurii Vasyl Viktor Mykhailo Ihor Maksym Petro Vitalii Taras Bohdan Roman Artem", 10)  # fmt: skip
UA_LAST = ranked("Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko Klymenko Pavlenko", 10)  # fmt: skip
IN_F = ranked("Priya Anjali Pooja Neha Sunita Anita Kavita Deepa Lakshmi Divya Shreya Ananya Meera Asha Rekha Ritu Sneha Nisha Radha Geeta", 10)  # fmt: skip
IN_M = ranked("Rahul Amit Rajesh Sanjay Vikram Arjun Suresh Ravi Anil Vijay Sunil Ashok Rohit Karthik Aditya Pradeep Manoj Deepak Nikhil Sandeep", 10)  # fmt: skip
IN_LAST = ranked("Patel Sharma Singh Kumar Gupta Shah Reddy Iyer Nair Rao Mehta Joshi Desai Verma Chopra Malhotra Kapoor Menon Pillai Das Banerjee Chatterjee Mukherjee Agarwal", 10)  # fmt: skip

ORIGINS = {
    "swedish": Origin(SV_F, SV_M, SV_LAST),
    "us": Origin(census(US_F), census(US_M), census(US_LAST)),
    "uk": Origin(UK_F, UK_M, UK_LAST),
    "irish": Origin(IE_F, IE_M, IE_LAST),
    "finnish": Origin(FI_F, FI_M, FI_LAST),
    "arabic": Origin(AR_F, AR_M, AR_LAST),
    "somali": Origin(SO_F, SO_M, SO_LAST),
    "polish": Origin(PL_F, PL_M, PL_LAST),
    "persian": Origin(FA_F, FA_M, FA_LAST),
    "bcs": Origin(BCS_F, BCS_M, BCS_LAST),
    "turkish": Origin(TR_F, TR_M, TR_LAST),
    "eritrean": Origin(ER_F, ER_M, ER_LAST),
    "afghan": Origin(AF_F, AF_M, AF_LAST),
    "thai": Origin(TH_F, TH_M, TH_LAST),
    "latin": Origin(LA_F, LA_M, LA_LAST),
    "kurdish": Origin(KU_F, KU_M, KU_LAST),
    "danish": Origin(DK_F, DK_M, DK_LAST),
    "german": Origin(DE_F, DE_M, DE_LAST),
    "ukrainian": Origin(UA_F, UA_M, UA_LAST),
    "indian": Origin(IN_F, IN_M, IN_LAST),
}

# Who is named, per language of the text: roughly as the people in such texts are. Swedish is
# the largest share in Swedish and in mixed text.
MIXES = {
    "sv": {
        "swedish": 68, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5, "eritrean": 1.2, "thai": 1,
        "latin": 1, "danish": 1, "german": 1, "ukrainian": 1, "uk": 0.8, "us": 0.5, "indian": 0.5,
    },
    "en": {
        "us": 36, "uk": 30, "irish": 8, "swedish": 8, "indian": 4, "polish": 2, "arabic": 2,
        "latin": 2, "finnish": 1.5, "danish": 1.5, "german": 1.5, "persian": 1, "somali": 1,
        "turkish": 1, "ukrainian": 1, "bcs": 0.5, "thai": 0.5, "eritrean": 0.4, "afghan": 0.4,
        "kurdish": 0.4,
    },
    "mixed": {
        "swedish": 50, "uk": 10, "us": 9, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
        "persian": 2.5, "irish": 2, "danish": 2, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5,
        "afghan": 1.5, "german": 1, "eritrean": 1, "thai": 1, "latin": 1, "ukrainian": 1,
        "indian": 1,
    },
}  # fmt: skip

# Short forms people go by, keyed by origin and the given name as written in full.
_SV_NICK = {
    "Lars": ("Lasse",), "Mikael": ("Micke",), "Joakim": ("Jocke",), "Karl": ("Kalle",), "Carl": ("Calle",),
    "Per": ("Pelle", "Peppe"), "Magnus": ("Mange",), "Thomas": ("Tompa",), "Tomas": ("Tompa",),
    "Kristina": ("Kicki", "Stina"), "Christina": ("Kicki", "Tina"), "Margareta": ("Maggan", "Greta"),
    "Elisabeth": ("Lisa", "Lisbeth", "Bettan"), "Charlotte": ("Lotta",), "Susanne": ("Sussie", "Sanna"),
    "Marcus": ("Mackan",), "Fredrik": ("Fredde",), "Gustav": ("Gurra", "Gusse"), "Gustaf": ("Gurra",),
    "Robert": ("Robban",), "Patrik": ("Patte",), "Tobias": ("Tobbe",), "Torbjörn": ("Tobbe",),
    "Kristoffer": ("Stoffe",), "Christoffer": ("Stoffe",), "Sebastian": ("Basse", "Seb"),
    "Alexander": ("Alex",), "Mattias": ("Matte",), "Stefan": ("Steffe",), "Henrik": ("Henke",),
    "Niklas": ("Nicke",), "Daniel": ("Danne",), "Viktor": ("Vicke",), "Rickard": ("Ricke",),
    "Jörgen": ("Jögge",), "Bengt": ("Bengan",), "Kenneth": ("Kenta",), "Katarina": ("Kattis", "Kajsa"),
    "Birgitta": ("Gittan", "Bittan"), "Camilla": ("Millan",), "Cecilia": ("Cissi", "Cilla"),
    "Jessica": ("Jessie",), "Matilda": ("Tilda",), "Viktoria": ("Vickan",), "Caroline": ("Carro",),
    "Josefin": ("Jossan",), "Madeleine": ("Madde",), "Rebecka": ("Becka",), "Gunnar": ("Gunde",),
    "Anders": ("Andy",), "Johannes": ("Jojje",), "Göran": ("Gurra",), "Barbro": ("Babsan",),
    "Ingemar": ("Ingo",), "Alexandra": ("Sandra", "Alex"), "Anna": ("Annie",), "Ulrika": ("Ulla",),
    "Jan": ("Janne",), "Hans": ("Hasse",), "Nils": ("Nisse",), "Ulf": ("Uffe",), "Lennart": ("Lelle",),
    "Oskar": ("Ogge",), "Olof": ("Olle",), "Sven": ("Svenne",), "Bo": ("Bosse",), "Roland": ("Rolle",),
    "Maria": ("Mia",), "Annika": ("Anki",), "Louise": ("Lollo",), "Helena": ("Lena",), "Johanna": ("Hanna",),
    "Sofia": ("Fia", "Sofie"), "Amanda": ("Manda",), "Therese": ("Tessan",), "Isabelle": ("Bella",),
}  # fmt: skip
_EN_NICK = {
    "William": ("Bill", "Will", "Billy"), "Robert": ("Bob", "Rob", "Bobby"), "Richard": ("Rick", "Rich"),
    "James": ("Jim", "Jimmy", "Jamie"), "Michael": ("Mike", "Mick"), "Thomas": ("Tom", "Tommy"),
    "Christopher": ("Chris",), "Elizabeth": ("Liz", "Beth", "Betty"), "Jennifer": ("Jen", "Jenny"),
    "Margaret": ("Maggie", "Peggy"), "Patricia": ("Pat", "Trish"), "Katherine": ("Kate", "Kathy"),
    "Catherine": ("Cathy", "Kate"), "Susan": ("Sue",), "Deborah": ("Debbie", "Deb"), "Stephen": ("Steve",),
    "Steven": ("Steve",), "Anthony": ("Tony",), "Joseph": ("Joe",), "Daniel": ("Dan", "Danny"),
    "David": ("Dave",), "Edward": ("Ed", "Eddie", "Ted"), "Matthew": ("Matt",), "Andrew": ("Andy",),
    "Nicholas": ("Nick",), "Jonathan": ("Jon",), "Timothy": ("Tim",), "Samantha": ("Sam",),
    "Rebecca": ("Becky",), "Victoria": ("Vicky",), "Charles": ("Charlie", "Chuck"), "Kenneth": ("Ken",),
    "Donald": ("Don",), "Ronald": ("Ron",), "Gerald": ("Gerry",), "Alexander": ("Alex",),
    "Benjamin": ("Ben",), "Joshua": ("Josh",), "Samuel": ("Sam",), "Abigail": ("Abby",),
    "Kimberly": ("Kim",), "Pamela": ("Pam",), "Barbara": ("Barb",), "Cynthia": ("Cindy",),
    "Sandra": ("Sandy",), "Judith": ("Judy",), "Christine": ("Chris",), "Jacqueline": ("Jackie",),
    "Gillian": ("Gill",), "Frederick": ("Fred",), "Raymond": ("Ray",), "Lawrence": ("Larry",),
    "Gregory": ("Greg",), "Jeffrey": ("Jeff",), "Philip": ("Phil",), "Douglas": ("Doug",),
    "Dorothy": ("Dot",), "Patrick": ("Pat",), "Peter": ("Pete",), "Terence": ("Terry",), "Nigel": ("Nige",),
}  # fmt: skip
_IE_NICK = {"Patrick": ("Paddy", "Pat"), "Michael": ("Mick", "Mikey"), "Bridget": ("Bríd", "Biddy"), "Margaret": ("Peggy", "Maggie"), "Seán": ("Shane",), "Thomas": ("Tommy",), "Catherine": ("Kate", "Cathy"), "Pádraig": ("Páidí",), "Dónal": ("Donie",)}  # fmt: skip
_PL_NICK = {"Małgorzata": ("Gosia",), "Katarzyna": ("Kasia",), "Aleksandra": ("Ola",), "Krzysztof": ("Krzysiek",), "Tomasz": ("Tomek",), "Agnieszka": ("Aga",), "Magdalena": ("Madzia",), "Grzegorz": ("Grzesiek",), "Wojciech": ("Wojtek",)}  # fmt: skip
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": _SV_NICK,
    "us": _EN_NICK,
    "uk": _EN_NICK,
    "irish": _IE_NICK,
    "polish": _PL_NICK,
    "arabic": {"Mohammed": ("Mo", "Moha"), "Abdullah": ("Abdi",)},
    "finnish": {"Matti": ("Masa",), "Juhani": ("Jussi",), "Johannes": ("Jussi",), "Mikael": ("Mikko",)},
    "danish": {"Søren": ("Sørre",), "Christian": ("Chris",)},
}  # fmt: skip
