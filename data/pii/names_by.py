# ruff: noqa: E501
"""Name pools of held-out BY (names as the population has them, the fifty-sixth writer).

Every pool is written as Python data from population frequency only: Swedish given names and
surnames in the order of SCB's name statistics (written from general knowledge, weight 1/rank,
a head and a tail of rarer names), the US Census 1990 lists (public domain: the first 400, 400
and 420 names with the census's per cent as weight), the UK in the order of the ONS baby-name
rankings and of the commonest surnames (1/rank), and the commonest given names and surnames of
origins common in Sweden (1/rank). No name was checked against any list of the project, none
was left out for being known or unknown. Stdlib only.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from the head of its list with this share, else the tail


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
    """Names in rank order, separated by white space (`_` for a space inside a name), 1/rank."""
    names: list[str] = []
    for word in text.split():
        word = word.replace("_", " ")
        if word not in names:
            names.append(word)
    return Pool(
        tuple(names),
        tuple(1 / rank for rank in range(1, len(names) + 1)),
        min(head, len(names) - 1),
    )


def weighted(pairs: tuple[tuple[str, float], ...], head: int) -> Pool:
    return Pool(tuple(n for n, _ in pairs), tuple(w for _, w in pairs), head)


def plain(word: str) -> str:
    """A name as typed without its letters (`Wisniewski`, `Hodzic`, `Yilmaz`)."""
    word = word.translate(
        str.maketrans(
            {"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "ø": "o", "Ø": "O", "ß": "ss"}
        )
    )
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname's feminine form: -ski/-cki/-dzki end in -ska/-cka/-dzka."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# Sweden: SCB's name statistics, all persons registered, written from general knowledge.
SV_F = ranked(
    """
Maria Anna Margareta Elisabeth Eva Kristina Birgitta Karin Elisabet Marie Ingrid Christina
Linnéa Marianne Sofia Kerstin Lena Helena Emma Johanna Inger Sara Cecilia Elin Anita Louise Ida
Ulla Gunilla Viola Linnea Hanna Malin Katarina Jenny Ann Irene Susanne Astrid Carina Monica Elsa
Ulrika Linda Alice Barbro Viktoria Ingegerd Therese Matilda Annika Åsa Camilla Agneta Maja
Josefin Lisa Ebba Amanda Siv Frida Yvonne Julia Sandra Emelie Gun Ingela Pia Charlotte Helen
Kristin Ellen Caroline Lovisa Klara Ella Moa Wilma Alva Felicia Mona Britt Rebecka Jessica Sofie
Anette Emilia Anneli Maj Berit Anne Madeleine Lina Tove Nathalie Elina Ingeborg Gunnel Margit
Marita Märta Greta Saga Stina Isabelle Olivia Nora Agnes Selma Vera Tilda Tuva Alma Freja Signe
Ester Linn Erika Mikaela Paulina Evelina Jennie Sanna Emmy Petra Angelica Marina Karolina
Josefine Fanny Hedvig Vendela Elvira Nellie Stella Lilly Ellie Thea Liv Iris Edith Elise Ylva
Solveig Gudrun Sigrid Birgit Sonja Majken Britta Mia Ronja Ebba Annelie Jeanette Pernilla
Magdalena Gabriella Nina Marlene Tina Veronica Sylvia Rut Ruth
Dagny Ragnhild Gunvor Ingalill Kajsa Jill Åse Hillevi Tora Gerd Vivianne Elvy Asta Alfhild Svea
Dagmar Hjördis Iréne Laila Lilian Lillemor Rigmor Tyra Ulrica Vanja Liselotte Fredrika Henrietta
Ottilia Cornelia Melina Minna Mirjam Nova Siri Smilla Tindra Valentina Juni Lykke Agda Alida Aina
Beata Bodil Boel Carin Catharina Charlotta Christel Dorotea Edla Eira Eleonora Elna Emelia Engla
Estelle Eivor Filippa Gertrud Gisela Gullan Hedda Hilda Hildur Ina Inga Ingegärd Ingmarie Irma
Isa Jonna Josephine Judit Juno Kaisa Katrin Lea Leia Lill Lilja Lisbeth Liselott Livia Lova Lovis
Lydia Majvor Malva Margaretha Mariana Marika Marit Mathilda Meja Mila Molly My Myra Märit Naemi
Nancy Nanna Nelly Nicole Noomi Ofelia Olga Otilia Rakel Ramona Regina Sabina Sally Sienna
Signhild Solvig Stephanie Susann Tekla Titti Una Valborg Vilma Vivi Viveka Wivi Zara Ingbritt
Anne-Li Britt-Inger Elsie Elly Essie Evy Gunborg Gunhild Helmi Hjördís Ingvor Irmeli Jannike
Kim Kine Lillian Linnéa Lisette Majlis Margot Marta Mildred Mirja Monika Märtha Nadja Natalie
Ninni Ronja Rosa Rosie Rosita Ruth Sigun Sivan Svanhild Teresia Tove Tuulikki Ulla-Britt Ulrica
Vega Vilda Wera Ylva-Li Ada Ally Amelia Aurora Billie Bianca Celine Cleo Ebbe Elea Elise Ellinor
Emely Emilie Evelyn Frances Hedvig Hilma Idun Ingela Isolde Jasmine Jenni Juliana Kristel Lara
Leontine Lia Lisen Lo Loviisa Lucia Maud Melissa Mimmi Minea Nea Nilla Nomi Nike Oda Olivia
Pauline Pamela Rebecca Sigrun Solbritt Solange Tiina Tyra Ulla-Carin Vivan Wendela Yasmine
""",
    150,
)
SV_M = ranked(
    """
Lars Karl Mikael Anders Johan Per Erik Jan Peter Thomas Daniel Fredrik Hans Bengt Nils Sven
Lennart Bo Gustav Magnus Andreas Stefan Marcus Mats Olof Leif Alexander Björn Jonas Martin Göran
Ulf Kent Kjell Henrik Axel Christer Emil David Patrik Oskar Simon Anton Viktor Gunnar Robert
Joakim Tommy Sebastian Rolf Oscar Åke Roger Niklas Mattias Carl Elias Jakob Christian Lucas
William Filip Hugo Rasmus Adam Stig Ingemar Jesper Jonathan Arne Tobias Kurt Robin Ludvig Isak
Roland Johnny Rune Liam Dan Claes Gösta Oliver Kenneth Jörgen Håkan Benjamin Edvin Vincent Noah
Albin Kristoffer Torbjörn Eric Pontus Lukas Arvid Leo Theo Gabriel Melvin Alfred Samuel Sixten
Harald Ivar Hampus Linus Jimmy Alf Egon Birger Tomas Michael Ove Rickard Sten Urban Ronny Dennis
Felix Max Valter Elis Wilhelm Otto Vilgot Ture Sigvard Kristian Conny Tore Ingvar Folke Evert
Allan Bertil Sune Holger Jarl Einar Emanuel Josef Adrian Melker Love Vidar Loke Charlie Elliot
Frans Hjalmar
Aron Algot Anselm Arnold August Benny Berndt Bror Börje Curt Dag Ebbe Edgar Edward Egil Elof Enar
Erling Esbjörn Evald Fabian Fritz Gerhard Gert Greger Gustaf Halvar Harry Helge Henning Herbert
Hilding Jack Jens Jerker Joel John Julius Justus Kasper Kevin Kim Klas Konrad Krister Lage Leon
Levi Lorentz Malte Mauritz Måns Natanael Nicklas Ola Olle Orvar Osvald Ossian Peder Petter
Rafael Ragnar Reine Rudolf Sam Sander Seth Sigge Sivert Staffan Sture Svante Sölve Teodor Thor
Tage Tim Tor Torsten Truls Ulrik Uno Valdemar Viggo Vilhelm Yngve Zacharias Östen Gottfrid
Hannes Elton Frank Henry Milo Nisse Alvar Ante Arvid Atle Bernt Birk Bjarne Calle Casper Colin
Dick Douglas Ebbe Edvard Elon Eskil Folkvar Fredric Georg Gillis Gunder Gunne Göte Hardy Hilmer
Holmfrid Ingolf Ingve Ivan Jimmie Joar Johannes Jon Jonny Julian Kalle Kennet Knut
Kristofer Lave Leonard Lorens Lenny Lukas Magne Manfred Mario Matheo Mathias Matts Mikkel Morgan
Nick Nikolaj Noel Odd Olav Olov Orvar Otte Patric Paul Philip Pierre Pär Ragnvald
Ralf Ray Richard Rikard Roine Ronnie Roy Rutger Samir Set Sigfrid Sigurd Sonny Stellan Sören
Tage Ted Thord Thorsten Tommy Torgny Torvald Tryggve Tyko Valle Verner Vide Vincent Walter
Weine Wiktor Yrjö Åsmund Örjan Östen Bosse Joel Jim Alve Bill Boris Cornelis Dante Didrik
Eddie Eliot Enzo Ernst Filiph Fred Frej Glenn Hjalte Iwan Jacob Jack Jeremias Kai Lennox Lenart
""",
    150,
)
SV_S = ranked(
    """
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
Lindström Lindqvist Lindgren Berg Axelsson Lundberg Bergström Lundgren Mattsson Lundqvist Lind
Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Wallin Ali Engström Mohammed Eklund
Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Fransson
Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström
Mårtensson Lundström Ahmed Viklund Björklund Eliasson Pålsson Hassan Berggren Sandström Lund
Nordin Ström Åberg Hermansson Ekström Holmgren Sundberg Hedlund Dahlberg Hellström Sjögren
Abrahamsson Falk Martinsson Öberg Andreasson Strömberg Månsson Mohamed Åkesson Hansen Jonasson
Norberg Sundström Lindholm Dahl Jensen Ivarsson Söderström Nordqvist Sjöström Lindahl Ek Hedberg
Ahlberg Blom Nordlund Ekman Lindell Sundqvist Borg Lindblom Sjödin Bäckström Lindén Högberg
Engberg Wahlström Adolfsson Nylund Strand Holmqvist Nyman Göransson Hosseini Hussein Larsen
Omar Abdi Sundin Lilja Hagström Wiklund Öhman Melin Boman Ågren Rosén Grahn Lindh Eklöf Björck
Palm Hammar Hedman Sjölund Hallberg Bergkvist Kvist Nord Roos Söder Wallén Wester
Östlund Almqvist Alm Bergh Blomberg Brandt Bäck Dahlgren Edlund Ekberg Ekholm Engman Fors
Forsman Frisk Granberg Granström Gren Hagberg Hallgren Hedin Hedström Hägg Höglund Jernberg
Johnsson Klasson Kvarnström Lagerqvist Lagerström Landberg Lindvall Ljung Ljungberg Ljunggren
Lundell Lundmark Lövgren Malm Malmberg Malmqvist Moberg Modig Mörk Nyqvist Olander Palmqvist
Pihl Qvist Rehn Risberg Rydberg Rydén Sahlin Sandin Selin Sjöqvist Skog Stenberg Stenström
Strandberg Sundell Svärd Sylvén Thorén Thulin Tornberg Unger Vikström Wahlberg Wennberg
Westberg Westerberg Westin Widén Wiberg Winberg Zetterberg Zetterström Åström Östberg Öström
Ekelund Fälth Grönlund Gustavsson Hellberg Jeppsson Kronberg Kjellberg Lindroth Nyholm Nordgren
Nordberg Rask Renström Rosenberg Rosengren Sjölander Sköld Stål Sundgren Svanberg Tell Thunberg
Törnqvist Wall Wallgren Westman Wikberg Wikman Åhlund Ödman Dufva Lejon Uggla Abdullahi Yusuf
Ibrahim Khan Said Saleh Rahimi Mohammadi Karimi Ahmadi Nguyen Kaya Yilmaz Korhonen Virtanen
Nieminen Kowalski Nowak Jovanović Warsame Jama Farah Hashemi Haddad Khalil Mahmoud Abbas Rezaei
Bengtsdotter Persdotter von_Platen af_Klercker von_Essen af_Ugglas De_Geer von_Rosen Bonde
Wachtmeister Sparre Posse von_Schantz Stenbock Bielke Hamilton Lewenhaupt Mörner Oxenstierna
Horn Ehrensvärd Leijonhufvud von_Otter af_Jochnick von_Sydow Gyllenhammar Cederschiöld
af_Sandeberg von_Heland Adlercreutz Silfverschiöld Ribbing Trolle Rålamb Lagerbielke
Almgren Alström Axén Berglöf Bergsten Björnberg Boström Burman Carlberg Cederberg Dahlén Eng
Engdahl Enqvist Fagerström Flodin Forsgren Franzén Fröberg Grip Gunnarsdotter Hammarberg
Hedenström Holmén Hultgren Häggström Ivarsdotter Jakobsdotter Jernström Kallin Kjellgren Krantz
Kvarnsjö Lagerlöf Larsdotter Lidén Lindkvist Ljungqvist Lodin Löfstedt Magnell Mellberg Myrberg
Nilsdotter Norrman Nygren Nyholm Olausson Orrenius Palmgren Pettersén Quist Rosenqvist Rundgren
Ryberg Sahlberg Salomonsson Sandell Sjökvist Skoglund Sporre Stark Strid Sundelin Svahn
Swahn Söderlund Tallberg Thorsell Tidström Törnblom Ulander Vallin Vestin Wahlgren Wallander
Wennerström Westling Wickman Winther Zackrisson Åkerlund Åkerman Östman Öqvist Backlund Bohlin
Borgström Broman Dahlqvist Edström Eriksdotter Florén Granlund Hagman Hjort Holmström Kling
""",
    150,
)

# About one Swedish given name in twenty is written with a hyphen: the common pairs, 1/rank.
SV_HYPHEN_F = ranked(
    """
Ann-Christin Anna-Karin Ann-Marie Eva-Lena Ann-Sofie Britt-Marie Rose-Marie Ann-Charlotte
Anna-Lena Lise-Lotte Ulla-Britt Ann-Louise Eva-Karin Anna-Maria Maj-Britt Karin-Lotta
Mari-Louise Anne-Marie Gun-Britt Ann-Kristin Marie-Louise Anna-Carin Lena-Maria Ing-Marie
Britt-Louise Eva-Britt Sara-Li Emma-Lisa Ella-Maja
""",
    12,
)
SV_HYPHEN_M = ranked(
    """
Karl-Johan Lars-Erik Per-Olof Jan-Erik Carl-Johan Lars-Göran Per-Anders Hans-Olov Karl-Erik
Lars-Olof Jan-Olof Per-Erik Nils-Erik Sven-Erik Bengt-Göran Lars-Åke Jan-Åke Karl-Gustav
Erik-Anders Lars-Gunnar Hans-Erik Bo-Göran Lars-Ove Jan-Ove Per-Åke Mats-Ola Nils-Olof
Claes-Göran Carl-Fredrik
""",
    12,
)

# The US: the Census 1990 lists (public domain), copied from the names==0.3.0 package's
# dist.female.first, dist.male.first and dist.all.last; head the top 150 of each.
US_F = (  # dist.female.first: the first 400, the census's per cent as weight
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
US_M = (  # dist.male.first: the first 400, the census's per cent as weight
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
US_S = (  # dist.all.last: the first 420, the census's per cent as weight
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
    ("Shelton", 0.039), ("Barrett", 0.039), ("Obrien", 0.039), ("Castro", 0.039),
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

# The UK: the ONS baby-name rankings across the decades adults were born in, and the commonest
# surnames, written from general knowledge, 1/rank.
UK_F = ranked(
    """
Olivia Amelia Isla Ava Emily Sophia Grace Mia Poppy Ella Lily Evie Isabella Sophie Ivy Freya
Harper Willow Charlotte Jessica Daisy Florence Alice Chloe Millie Ruby Evelyn Phoebe Sienna
Matilda Emma Sarah Laura Rebecca Hannah Lucy Katie Amy Rachel Lauren Jennifer Nicola Claire Lisa
Helen Michelle Louise Joanne Kelly Elizabeth Margaret Susan Patricia Jean Mary Dorothy Joan
Pauline Christine Janet Julie Karen Tracey Deborah Jacqueline Gillian Alison Catherine Anne
Sandra Linda Carol Sharon Angela Wendy Hazel Maureen Brenda Kathleen Sheila Barbara Valerie
Shirley Jane Fiona Kirsty Gemma Natalie Victoria Stephanie Danielle Zoe Abigail Megan Bethany
Georgia Holly Eleanor Imogen Harriet Rosie Jasmine Eloise Elsie Maisie Esme Aria Layla Maya Zara
Amber Scarlett Ellie Lola Erin Molly Hollie Leah Paige Shannon Jade Chelsea Naomi Kate Samantha
Joanna Heather Lynne Dawn Elaine Ann Diane Beverley Yvonne Caroline Lesley Sally Marion
Rosemary Frances Gwen Rhiannon Siân Ffion Cerys Eilidh Morag Mhairi Caitlin Niamh Aoife Siobhan
Bridget Nora Iris Edith Mabel Beatrice Clara Ada Penelope Hermione Arabella Lydia Tilly Orla
Imani Aisha Fatima Amira Hafsa Maryam Priya Anjali Keira Demi Chantelle Kayleigh Stacey Leanne
Hayley Gail Tina Jill Vera Doreen Irene Gladys Elsie Ivy Winifred
""",
    130,
)
UK_M = ranked(
    """
Oliver George Noah Arthur Harry Leo Muhammad Jack Charlie Oscar Jacob Henry Thomas Freddie Alfie
Theo William Theodore Archie Joshua Alexander James Isaac Edward Lucas Tommy Finley Max Logan
Ethan Mohammed Teddy Benjamin Arlo Joseph Sebastian Harrison Elijah Adam Daniel Samuel Louie
Mason Reuben Albert Rory Jaxon Hugo Luca David John Michael Paul Andrew Mark Peter Richard
Stephen Robert Christopher Ian Gary Steven Kevin Martin Simon Neil Anthony Brian Alan Graham
Colin Keith Derek Trevor Malcolm Nigel Geoffrey Roger Kenneth Ronald Dennis Terry Barry Philip
Matthew Darren Lee Craig Wayne Dean Jason Scott Carl Stuart Gareth Ryan Jamie Callum Connor
Kieran Liam Luke Jordan Nathan Bradley Aaron Tom Ben Sam Alex Dominic Rhys Owen Dylan Lewis Kyle
Toby Jake Harvey Joe Ewan Fraser Angus Hamish Duncan Alistair Dafydd Gethin Iwan Hywel Declan
Ciaran Patrick Sean Niall Eoin Bernard Frank Raymond Leslie Norman Stanley Clive Howard Gordon
Ross Russell Jonathan Tim Nick Adrian Julian Rupert Giles Hugh Crispin Imran Bilal Zain Ibrahim
Yusuf Arjun Rohan Dev Kwame Kofi Tyrone Marcus Jermaine Reece Tyler Kai
""",
    130,
)
UK_S = ranked(
    """
Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson
Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner
Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott
Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson
Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams
Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain Campbell
Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher Stevens
Jenkins Murray Dixon Harvey Graham Pearson Ahmed Fletcher Walsh Kaur Gibson Howard Andrews
Stewart Elliott Reynolds Saunders Payne Fox Ford Pearce Day Brooks West Lawrence Cole Atkinson
Bradley Spencer Gill Dawson Ball Burton O'Brien Watts Rose Booth Perry Ryan Grant Wells
Armstrong Francis Rees Hayes Hart Hudson Newman Barrett Webster Hunter Gregory Carr Lowe Page
Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland Hawkins Harding Porter Robertson Newton
Oliver Reed Kennedy Williamson Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry Burgess
Bishop Walton Burns Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls Hamilton Byrne
Sutton McDonald Yates Hodgson Robson Curtis Hopkins O'Connor Harper Coleman Watkins Moss
McCarthy Chambers O'Neill Griffin Sharp Hardy Wheeler Potter Osborne Johnston Gordon Doyle
Wallace George Jordan Hutchinson Rowe Fraser Macdonald MacLeod Morrison Paterson Jamieson
Sinclair Ferguson Buchanan Docherty Quinn Doherty Gallagher Fitzgerald Llewellyn Pritchard
Vaughan Bevan Howells Prosser Ashworth Whitehead Greenwood Higgins Lamb Barlow Kirk Brennan
Ahmed-Khan Fitzpatrick Hammond Haworth Tomlinson Pickering Birch Gough Crossley Howe Slater
Middleton Sheppard Fowler Goddard Hale Holden Dyer Abbott Frost Pope Norris Swift Rahman Akhtar
Mahmood Iqbal Chowdhury Uddin Mensah Okafor Adeyemi Boateng Nwosu Mistry
""",
    150,
)

# Origins common in Sweden: their commonest given names and surnames, 1/rank.
OTHER = {
    "finnish": (
        "Aino Anna Anneli Helena Johanna Kaarina Kristiina Leena Liisa Maria Marja Marjatta Minna Outi Päivi Riitta Sari Satu Sirpa Tarja Tiina Tuula Pirjo Eeva Hanna Laura Emilia Sofia Aada Eila Irma Raija Seija Terttu Kaija Marketta",
        "Juha Timo Matti Kari Mikko Jari Antti Jukka Mika Markku Pekka Hannu Heikki Seppo Janne Ari Sami Petri Tapani Juhani Olavi Ville Eero Risto Pertti Esa Raimo Tuomas Lauri Jussi Veikko Erkki Kalevi Aarne Toivo",
        "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hiltunen Pesonen Räsänen Kallio Leinonen Kemppainen Aalto Hakala Peltonen Toivonen",
    ),
    "arabic": (  # Iraq and Syria, with Assyrian/Syriac names
        "Fatima Maryam Zainab Noor Sara Aya Rana Huda Layla Hiba Amira Rasha Ranya Dalia Rawan Lina Yasmin Aisha Nadia Samira Zahra Iman Hanan Salma Nour Reem Lama Ghada Suha Widad Nisrin Marwa Mariam Ninve Shamiran Nahrin Sanaa",
        "Mohammed Ahmed Ali Omar Hussein Hassan Mustafa Ibrahim Khalid Yousef Abdullah Karim Mahmoud Said Tariq Ammar Haider Samir Adnan Bassam Firas Hamza Jamal Rami Walid Yasin Zaid Ayman Munir Nabil Fadi Ghassan Elias Gabriel Aziz Salim Anas Mazen Osama",
        "Ali Mohammed Ahmed Hassan Hussein Abbas Ibrahim Khalil Saleh Al-Hashimi Al-Jaburi Al-Obaidi Jasim Kadhim Mahmoud Mustafa Najjar Haddad Khoury Sabbagh Darwish Yousef Aziz Hamad Qasim Rahman Salman Al-Rubaie Issa Gabriel Barsom Malke Danho Yacoub Aho Gabro Isik Denho",
    ),
    "kurdish": (
        "Shirin Rojin Berivan Hevi Avin Dilan Jiyan Nazdar Sara Zhino Bahar Hana Gulistan Ronak Delal Nasrin Soma Bahar Lana Tara",
        "Rebin Karwan Aram Dilshad Hiwa Kawa Soran Diyar Azad Baran Rekar Serwan Zana Shvan Hoshyar Ari Goran Sherzad Bawar Dler",
        "Mohammadi Ahmadi Karimi Rashid Mahmud Aziz Baban Barzani Qadir Hawrami Zangana Faraj Salih Amin Osman Jaf Tahir Hamid Rahim Sharif",
    ),
    "persian": (
        "Maryam Fatemeh Zahra Sara Shirin Nazanin Parisa Leila Mina Roya Neda Samira Mahsa Narges Azadeh Golnaz Setareh Shiva Niloufar Yasaman Ladan Fereshteh Parvin Soheila",
        "Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Majid Babak Farhad Arash Kaveh Omid Behrouz Dariush Kamran Navid Payam Siamak Ramin Shahram Morteza Hassan",
        "Hosseini Mohammadi Ahmadi Rezaei Karimi Moradi Jafari Rahimi Hashemi Mousavi Ghorbani Sadeghi Alavi Tehrani Kazemi Rostami Azizi Nazari Ebrahimi Rahmani Amini Shirazi Esfahani Bagheri Najafi Hosseinzadeh Farahani Sharifi",
    ),
    "afghan": (
        "Fatima Zahra Maryam Madina Mursal Shabnam Farzana Nilofar Fariba Gulalai Hasina Khadija Malalai Parwana Sima Tahmina Zarghona Marzia Somaya",
        "Mohammad Ahmad Ali Hamid Mustafa Reza Ehsan Farid Hamed Jawad Khalid Mahdi Masoud Morteza Nasir Rahim Sayed Sultan Wahid Zaker Yama Hussain Ramin",
        "Hussaini Ahmadi Mohammadi Rahimi Sultani Haidari Karimi Jafari Rezai Noori Amiri Popal Wardak Stanikzai Safi Sharifi Rasuli Sadat Hashimi Naseri Mirzai Qaderi",
    ),
    "somali": (
        "Amina Fadumo Hodan Hawa Khadra Sahra Asha Faduma Ifrah Halima Sagal Hibo Nimco Ubah Muna Deeqa Ayaan Filsan Idil Ladan Maryan Sucaad Hamdi Fartun",
        "Mohamed Abdirahman Abdullahi Ahmed Ali Hassan Omar Abdi Yusuf Ismail Abdirashid Abdikadir Mahad Hamza Farah Liban Said Khalid Mustafe Bashir Guled Hussein Jama Osman Ibrahim",
        "Mohamed Ali Hassan Abdi Ahmed Omar Yusuf Abdullahi Hussein Warsame Jama Farah Ismail Osman Aden Nur Egal Elmi Hirsi Dahir Mohamud Abdulle Gedi Noor Duale Musse",
    ),
    "eritrean": (
        "Selam Helen Mehret Senait Hiwet Rahel Saba Yordanos Semhar Luwam Freweini Tsega Eden Winta Ruta Mebrat Aster Tirhas Lemlem Selamawit",
        "Yonas Daniel Dawit Tesfay Samuel Michael Yohannes Mehari Filmon Biniam Kidane Berhane Tekle Amanuel Habtom Solomon Ermias Henok Robel Natnael",
        "Tesfay Tekle Haile Gebremedhin Berhane Kidane Ghebremariam Mehari Habte Woldu Asmerom Negash Yohannes Tesfamariam Abraha Ghebreyesus Weldemichael Gebru Kahsay Hagos",
    ),
    "polish": (
        "Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Elżbieta Magdalena Joanna Zofia Aleksandra Monika Teresa Danuta Natalia Karolina Marta Beata Dorota Justyna Agata Paulina Iwona Grażyna Jadwiga Halina Urszula Sylwia Kinga Weronika Julia Zuzanna Wiktoria",
        "Piotr Krzysztof Andrzej Tomasz Jan Paweł Michał Marcin Stanisław Jakub Adam Marek Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Jerzy Maciej Rafał Kamil Robert Kacper Bartosz Szymon Przemysław Sławomir Tadeusz Janusz Ryszard Henryk Zdzisław Artur",
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Wojciechowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Stępień Malinowski Jaworski Adamczyk Dudek Nowicki Pawlak Górski Witkowski Walczak Sikora Baran Rutkowski Michalak Szewczyk Ostrowski Tomaszewski Pietrzak Zalewski Wróblewski",
    ),
    "bcs": (  # Bosnia, Serbia, Croatia: the former Yugoslavia
        "Amra Azra Emina Lejla Selma Amela Jasmina Mirela Sanela Aida Alma Ajla Merima Dženana Jelena Milica Ivana Marija Ana Dragana Snežana Vesna Gordana Biljana Maja Tijana Mirjana Nataša Sanja Ljiljana Senada Elma Nermina Edina",
        "Amir Adnan Emir Mirza Haris Admir Armin Edin Kenan Mehmed Elvis Alen Nermin Senad Dragan Goran Zoran Milan Nenad Dejan Stefan Nikola Marko Ivan Aleksandar Miroslav Darko Zlatan Dino Tarik Jasmin Samir Enes Damir Muhamed",
        "Hodžić Hadžić Kovačević Begić Delić Mehmedović Hasanović Husić Jusić Salihović Ibrahimović Omerović Alić Mujić Šehić Hajdarević Čaušević Avdić Karić Suljić Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Stanković Pavlović Milošević Popović Horvat Kovačić Babić Marić Jurić Novak Knežević Vuković Perić",
    ),
    "turkish": (
        "Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hülya Esra Özlem Derya Gül Songül Yasemin Melek Dilek Nur Ebru Tuba Büşra Selin Deniz Aylin Sibel Canan Leyla",
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah Mahmut Recep Fatih Kadir Emre Burak Serkan Kemal Erkan Volkan Cem Can Hakan Onur Tolga Erdal Orhan",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Karataş Erdoğan Aktaş Güneş Bulut Keskin Ünal Tekin Gül Kaplan Acar Işık Turan",
    ),
    "thai": (
        "Siriporn Supaporn Wanida Pornthip Nittaya Kanya Sunisa Malee Ratana Duangjai Jintana Wilai Sumalee Kanokwan Pranee Orathai Suda Apinya Chanida Jiraporn Pimchanok Nattaya Patcharee Ladda",
        "Somchai Somsak Prasert Sombat Chaiwat Anan Boonmee Kittisak Narong Niran Pichai Sakda Surachai Thanawat Wichai Arthit Chatchai Somporn Sompong Nattapong",
        "Saetang Srisuk Wongsawat Chaiyaporn Boonmee Sukhum Kaewkla Rattanakorn Thongchai Chanthara Phrommin Intharasuk Sombatsiri Siriwat Suwannarat Kongkaew Prasertsuk Thongdee Jaidee Nakprasert Panyasiri Somboon",
    ),
    "latin": (  # Chile and Latin America: two surnames, paterno y materno
        "María Carolina Camila Valentina Francisca Catalina Javiera Constanza Daniela Fernanda Paula Claudia Patricia Verónica Marcela Carmen Ana Rosa Gloria Isabel Macarena Lorena Paola Ximena Alejandra Andrea Pamela Soledad",
        "José Juan Luis Carlos Jorge Manuel Francisco Pedro Sebastián Cristián Diego Felipe Matías Nicolás Rodrigo Pablo Gonzalo Andrés Claudio Patricio Sergio Fernando Héctor Ricardo Raúl Eduardo Víctor Mauricio Alejandro Marcelo",
        "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez Castro Pizarro Álvarez Vásquez Sánchez Fernández Ramírez Carrasco Gómez Cortés Herrera Núñez Jara Vergara",
    ),
    "ukrainian": (
        "Olena Oksana Natalia Tetiana Iryna Svitlana Yulia Olha Kateryna Anastasiia Viktoriia Mariia Halyna Liudmyla Nadiia Larysa Inna Alina Daria Sofiia",
        "Oleksandr Serhii Andrii Volodymyr Dmytro Mykola Oleksii Yurii Ivan Vasyl Ihor Viktor Maksym Mykhailo Vitalii Bohdan Taras Petro Roman Artem",
        "Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko",
    ),
    "indian": (
        "Priya Anjali Neha Pooja Divya Sneha Kavya Ananya Lakshmi Deepa Meera Shreya Aishwarya Nisha Swati Sunita Rekha Anita Aarti Riya",
        "Rahul Amit Rajesh Suresh Vikram Arjun Rohit Sanjay Anil Ravi Karthik Vijay Aditya Siddharth Pradeep Manoj Deepak Ashok Nikhil Varun",
        "Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Rao Joshi Mehta Shah Desai Pillai Menon Das Chatterjee Banerjee Krishnan Verma Agarwal Bhat Kulkarni Mishra",
    ),
    "chinese": (
        "Jing Yan Min Hui Ying Xiaoling Mei Lan Hong Xin Yuqing Ling Na Ting Fang Li Xiaomei Yue",
        "Wei Jun Hao Lei Qiang Yong Jie Tao Ming Bo Chao Gang Peng Feng Yang Zhiwei Jian Bin",
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo",
    ),
    "vietnamese": (
        "Linh Lan Huong Mai Thu Hoa Ngoc Trang Anh Hanh Phuong Thuy Nga Hien",
        "Minh Tuan Hung Duc Nam Long Thanh Quang Dung Hieu Khanh Son Binh Cuong",
        "Nguyen Tran Le Pham Hoang Vu Phan Huynh Dang Bui Do Ho Ngo Duong",
    ),
    "german": (
        "Sabine Petra Susanne Claudia Andrea Stefanie Katrin Anja Julia Monika Ursula Heike Birgit Nicole Sandra Lena Lea Hannah Anke Gabriele",
        "Thomas Michael Andreas Stefan Frank Jürgen Markus Klaus Wolfgang Uwe Dirk Jens Matthias Tobias Sven Christian Holger Jan Lukas Jonas",
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange",
    ),
}


def _origin(texts: tuple[str, str, str]) -> Origin:
    pools = [ranked(text, 10_000) for text in texts]  # the head: the top 12, or 60% of a short list
    f, m, s = (Pool(p.names, p.weights, min(12, int(len(p.names) * 0.6))) for p in pools)
    return Origin(f, m, s)


ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_F, SV_M, SV_S),
    "us": Origin(weighted(US_F, 150), weighted(US_M, 150), weighted(US_S, 150)),
    "uk": Origin(UK_F, UK_M, UK_S),
    **{key: _origin(texts) for key, texts in OTHER.items()},
}
HYPHENS = {"f": SV_HYPHEN_F, "m": SV_HYPHEN_M}

# Who is named, per language of the row, roughly as Sweden's population is (and the English
# world for English rows).
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 68, "arabic": 5, "finnish": 3.5, "polish": 2.5, "bcs": 2.5, "persian": 2.5,
        "somali": 1.8, "kurdish": 1.5, "turkish": 1.5, "afghan": 1.5, "ukrainian": 1.3,
        "eritrean": 1.2, "german": 1.2, "thai": 1, "latin": 1, "indian": 1, "chinese": 0.7,
        "vietnamese": 0.6, "us": 0.6, "uk": 0.6,
    },
    "en": {
        "us": 42, "uk": 34, "swedish": 8, "indian": 5, "arabic": 2, "polish": 2, "latin": 2,
        "chinese": 1.5, "finnish": 1, "turkish": 1, "german": 1, "somali": 0.8, "ukrainian": 0.7,
        "vietnamese": 0.5,
    },
    "mixed": {
        "swedish": 50, "us": 10, "uk": 10, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
        "persian": 2.5, "indian": 2.5, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5,
        "ukrainian": 1.5, "eritrean": 1, "afghan": 1, "latin": 1, "thai": 1, "chinese": 1,
        "german": 1,
    },
}  # fmt: skip

# Short forms and nicknames as people write them, by origin and given name.
NICK_SV = {
    "Lars": ["Lasse"], "Mikael": ["Micke"], "Michael": ["Micke"], "Karl": ["Kalle"], "Carl": ["Calle", "Kalle"],
    "Per": ["Pelle", "Perra"], "Joakim": ["Jocke"], "Johan": ["Jojje"], "Elisabeth": ["Bettan", "Lisa", "Lisen"],
    "Elisabet": ["Bettan", "Lisa"], "Margareta": ["Maggan", "Greta"], "Charlotte": ["Lotta", "Lotte"],
    "Kristina": ["Stina", "Kicki"], "Christina": ["Kicki", "Stina"], "Susanne": ["Sussie", "Sanna"],
    "Marcus": ["Mackan"], "Magnus": ["Manne"], "Thomas": ["Tompa"], "Tomas": ["Tompa"], "Anders": ["Ante"],
    "Fredrik": ["Fredde", "Freddy"], "Robert": ["Robban"], "Patrik": ["Patte"], "Torbjörn": ["Tobbe"],
    "Tobias": ["Tobbe"], "Jonas": ["Jonte"], "Olof": ["Olle"], "Daniel": ["Danne"], "Stefan": ["Steffe"],
    "Kristoffer": ["Krille"], "Christer": ["Krille"], "Gustav": ["Gurra", "Gusten"], "Gustaf": ["Gurra"],
    "Sebastian": ["Sebbe"], "Alexander": ["Alex"], "Christian": ["Chrille"], "Niklas": ["Nicke"],
    "Mattias": ["Matte"], "Mats": ["Matte"], "Henrik": ["Henke"], "Katarina": ["Kattis", "Kajsa"],
    "Viktoria": ["Vickan"], "Caroline": ["Carro"], "Camilla": ["Millan"], "Gunilla": ["Gunnis"],
    "Madeleine": ["Madde"], "Josefin": ["Jossan"], "Jessica": ["Jessan"], "Therese": ["Tessan"],
    "Annika": ["Anki"], "Birgitta": ["Gittan", "Bigge"], "Barbro": ["Babsan"], "Bengt": ["Bengan"],
    "Leif": ["Leffe"], "Rolf": ["Roffe"], "Kenneth": ["Kenta"], "Sven": ["Svenne"], "Jan": ["Janne"],
    "Hans": ["Hasse"], "Nils": ["Nisse"], "Jesper": ["Jeppe"], "Rasmus": ["Rasse"], "Louise": ["Lollo"],
    "Cecilia": ["Cissi", "Cilla"], "Karin": ["Kajsa"], "Maria": ["Mia"], "Matilda": ["Tilda", "Tilde"],
    "Lovisa": ["Lova"], "Emelie": ["Emmy"], "William": ["Wille"], "Oscar": ["Ogge"], "Oskar": ["Ogge"],
    "Axel": ["Acke"], "Ludvig": ["Ludde"], "Hampus": ["Hampe"], "Filip": ["Fille"], "Albert": ["Abbe"],
    "Alfred": ["Affe"], "Ingemar": ["Imma"], "Ulrika": ["Ullis"], "Agneta": ["Agge"], "Göran": ["Göte"],
    "Kristin": ["Kicki"], "Helena": ["Lena"], "Anna-Karin": ["Annka"], "Karl-Johan": ["Kalle"],
    "Lars-Erik": ["Lasse"], "Per-Olof": ["Pelle", "P-O"], "Ann-Christin": ["Anki"], "Carl-Johan": ["CJ", "Calle"],
}  # fmt: skip
NICK_EN = {
    "Elizabeth": ["Liz", "Beth", "Lizzie"], "Robert": ["Rob", "Bob", "Bobby"], "William": ["Will", "Bill", "Billy"],
    "Richard": ["Rick", "Richie"], "Michael": ["Mike", "Mikey"], "Christopher": ["Chris"],
    "Jennifer": ["Jen", "Jenny"], "Katherine": ["Kate", "Katie"], "Catherine": ["Kate", "Cathy"],
    "Kathleen": ["Kathy"], "Margaret": ["Maggie", "Meg", "Peggy"], "James": ["Jim", "Jimmy", "Jamie"],
    "Thomas": ["Tom", "Tommy"], "Daniel": ["Dan", "Danny"], "Matthew": ["Matt"], "Joseph": ["Joe", "Joey"],
    "Anthony": ["Tony"], "Andrew": ["Andy", "Drew"], "David": ["Dave"], "Steven": ["Steve"],
    "Stephen": ["Steve"], "Jonathan": ["Jon"], "Nicholas": ["Nick"], "Benjamin": ["Ben"], "Samuel": ["Sam"],
    "Edward": ["Ed", "Eddie", "Ted"], "Patricia": ["Pat", "Trish"], "Susan": ["Sue"], "Deborah": ["Debbie", "Deb"],
    "Rebecca": ["Becky", "Becca"], "Victoria": ["Vicky", "Tori"], "Alexander": ["Alex"], "Charles": ["Charlie", "Chuck"],
    "Kenneth": ["Ken", "Kenny"], "Timothy": ["Tim"], "Gregory": ["Greg"], "Jessica": ["Jess"],
    "Samantha": ["Sam", "Sammy"], "Barbara": ["Barb"], "Kimberly": ["Kim"], "Nicola": ["Nicky"],
    "Gillian": ["Gill"], "Philip": ["Phil"], "Peter": ["Pete"], "Stuart": ["Stu"], "Ronald": ["Ron"],
    "Donald": ["Don"], "Gerald": ["Gerry"], "Frederick": ["Fred", "Freddie"], "Abigail": ["Abby"],
    "Eleanor": ["Ellie", "Nell"], "Harriet": ["Hattie"], "Henry": ["Harry", "Hal"], "Dorothy": ["Dot"],
    "Christine": ["Chris"], "Pamela": ["Pam"], "Jacqueline": ["Jackie"], "Joshua": ["Josh"],
    "Nathan": ["Nate"], "Raymond": ["Ray"], "Lawrence": ["Larry"], "Douglas": ["Doug"], "Terry": ["Tel"],
}  # fmt: skip
NICKNAMES: dict[str, dict[str, list[str]]] = {
    "swedish": NICK_SV, "us": NICK_EN, "uk": NICK_EN,
    "polish": {"Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"], "Aleksandra": ["Ola"], "Magdalena": ["Magda"],
               "Krzysztof": ["Krzysiek"], "Wojciech": ["Wojtek"], "Jakub": ["Kuba"], "Tomasz": ["Tomek"]},
    "somali": {"Abdirahman": ["Abdi"], "Mohamed": ["Moha"], "Abdullahi": ["Abdi"]},
    "arabic": {"Mohammed": ["Mo"], "Abdullah": ["Abdi"]},
    "persian": {"Mohammad": ["Mo"]},
    "ukrainian": {"Oleksandr": ["Sasha"], "Kateryna": ["Katya"], "Anastasiia": ["Nastia"]},
    "finnish": {"Matti": ["Masa"], "Johanna": ["Jonna"], "Juhani": ["Jussi"]},
}  # fmt: skip
