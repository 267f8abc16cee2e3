# ruff: noqa: E501
"""Name pools of held-out DP (issue 15): names as the population has them, weighted by how often
people carry them, for a set about restaurants, catering, cafés and food delivery.

Written by a helper who does not tune the detector, from general knowledge of the name statistics
(SCB's ranks for Sweden, the ONS rankings for England and Wales, the commonest names of the
origins common in Sweden), plus the US Census 1990 lists, public domain, copied from the `names`
package's `dist.female.first`, `dist.male.first` and `dist.all.last` with the census's per cent as
weight. No name was checked against anything in the repository; none is left out for being known
or unknown. Each list is in rank order: its weight is 1/rank (the census lists: their per cent),
its head the first names of the list (`Pool.head`), its tail the rarer names past them. A name word
is drawn from the head with probability HEAD_SHARE, else from the tail. `MIXES` says, per language
of a row, from which origin a person is drawn; `NICKNAMES` gives short forms; `plain` types a name
without its letters; `HYPHENATED` gives Swedish hyphenated given names; `feminine` gives a Polish or Greek surname its women's form. Stdlib only.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8


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
    middle_f: Pool | None = None  # middle names where an origin has its own (Vietnamese Thi, Van)
    middle_m: Pool | None = None


def _words(text: str) -> tuple[str, ...]:
    """One name a word, in rank order; `_` stands for a space inside a name (`von_Essen`)."""
    return tuple(word.replace("_", " ") for word in text.split())


def ranked(text: str, head: int) -> Pool:
    """A list in rank order, weight 1/rank."""
    names = _words(text)
    return Pool(names, tuple(1 / rank for rank in range(1, len(names) + 1)), min(head, len(names)))


def census(rows: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A census list with its per cent as weight."""
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


_PLAIN = str.maketrans({"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "İ": "I", "ø": "o", "Ø": "O", "æ": "ae", "ß": "ss"})  # fmt: skip


def plain(word: str) -> str:
    """A name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`."""
    word = word.translate(_PLAIN)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(surname: str, origin: str) -> str:
    """A woman's form of a Polish (`-ski` -> `-ska`, `-cki` -> `-cka`) or Greek surname."""
    if origin == "polish":
        for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if surname.endswith(male):
                return surname[: -len(male)] + female
        return surname
    if origin == "greek":
        for male, female in (
            ("idis", "idou"),
            ("akis", "aki"),
            ("os", "ou"),
            ("is", "i"),
            ("as", "a"),
        ):
            if surname.endswith(male):
                return surname[: -len(male)] + female
    return surname


# Sweden: SCB's name statistics, in their rank order as the writer knows them (all given names
# people carry, then the commonest surnames); the first 150 a list are its head.
SV_WOMEN = """
Maria Elisabeth Anna Kristina Margareta Eva Linnéa Karin Birgitta Marie
Ingrid Sofia Emma Sara Kerstin Malin Ida Lena Hanna Jenny
Helena Emilia Linda Inger Johanna Annika Susanne Louise Cecilia Elin
Julia Ulla Viktoria Elsa Monica Amanda Alice Anneli Astrid Maja
Ebba Caroline Ellen Matilda Gunilla Marianne Katarina Camilla Anita Irene
Agneta Åsa Therese Charlotte Carina Ulrika Lisa Frida Josefin Barbro
Wilma Ingegerd Klara Alexandra Elisabet Anette Siv Britt Sandra Madeleine
Jessica Lovisa Ester Ann Moa Olivia Charlotta Gun Ingela Inga
Mikaela Stina Jennie Emelie Gunnel Pia Yvonne Sofie Elvira Marita
Karolina Agnes Vera Saga Felicia Lina Ronja Selma Alva Ella
Nathalie Carolina Isabelle Rebecka Ylva Mona Kristin Märta Ing-Marie Maja-Lena
Lotta Gunvor Elise Tove Ingeborg Greta Sigrid Solveig Britta Berit
Majvor Gertrud Rut Gabriella Wilhelmina Jeanette Hillevi Eleonora Marina Sonja
Lilian Irma Edith Vivianne Ann-Christin Ann-Marie Anna-Karin Mia Rose-Marie Tilda
Signe Isabella Nora Stella Lilly Evelina Filippa Hedvig Katrin Emmy
Tyra Elina Linn Jonna Petra Veronica Angelica Regina Susanna Theresia
Annette Helen Tina Erika Marlene Jennifer Josefine Liv Freja Cornelia
Thea Signhild Ingalill Ulla-Britt Lillemor Anne Christina Beatrice Svea Dagny
Elsie Gudrun Karina Paula Desirée Liselotte Catharina Majken Margit Ethel
Viola Birgit Sylvia Aina Doris Rakel Alma Juni Leah Nellie
Meja Novalie Hilda Iris Edla Elly Tindra Minna Rebecca Michaela
Hedda Harriet Ines Kajsa Siri Livia Amelia Nova Leia Dina
Mira Idun Lova Vilda Svanhild Tekla Ragnhild Asta Dagmar Valborg
Sally Lisette Gisela Fanny Gunborg Marit Lisbeth Ingegärd Anne-Marie Carin
Ingbritt Hjördis Sigbritt Mari Eivor Gull-Britt Agnetha Elaine Jannike Malena
Sanna Therése Marielle Louisa Amalia Fredrika Benedikte Marianna Emilie Madelene
Johanne Vanja Karla Jasmine Sabina Samira Zara Aisha Yasmin Fatima
Leila Nadia Mariam Hiba Elif Noor Sanja Tanja Nina Ellinor
Rosa Vendela Esmeralda Cassandra Miranda Hilma Lykke Ingun Ottilia Bodil
Henrietta Ottilie Blenda Sigvor Ruth Ulrica Marie-Louise Anna-Lena Eva-Lena Lena-Maria
Kim Annelie Mathilda Wendela Elvy Majlis Ingvor Evy Teresa Pernilla
Kicki Jessika Angelika Annica Elna Hulda Tora Kristine Jill Ann-Sofie
Clara Ada Lo Emy Inez Luna Hilde Tuva Elsy Erica
Marika Vivi Nanna Sonia Estelle Judit Kristel Gulli Hervor Gullvi
Annie Aurora Bianca Celine Daniela Denise Ellie Elena Emelia Jasmin
Josephine Julie Kaisa Katja Lejla Lea Lisen Malva Melinda Melissa
Milla Molly My Märtha Nadja Natalie Nicole Paulina Pauline Ramona
Renée Rita Rosalie Selin Sigrun Tea Tilde Vilma Viveka Yvette
Zelda Åse Malou Maud Gullan Laila Margret Marta Meta Mirja
Oda Helmi Elfrida Gerd Gerda Gunhild Hanne Ina Irja Jane
Jenni Kitty Lise Louice Madelen Maj Maj-Britt Maj-Lis Mimmi Monika
Nea Olga Patricia Ragna Rigmor Rosita Sanne Solbritt Vega Wera
Alida Amira Ayla
"""
SV_MEN = """
Lars Karl Mikael Anders Johan Erik Per Nils Carl Lennart
Jan Peter Hans Thomas Daniel Fredrik Gustav Bengt Sven Olof
Alexander Magnus Bo Stefan Göran Andreas Mats Ulf Jonas Martin
Axel Oskar Leif Marcus Christer Björn Henrik Patrik Mattias Niklas
Emil Viktor Robert Åke Stig Håkan Kjell Rolf Tommy Arne
Gunnar William Sebastian Christian Simon Anton Ingemar Filip Kent Joakim
Roger Tobias Elias Jakob Lucas Oscar Hugo Rickard Kenneth Adam
David Jonathan Robin Claes Dan Roland Torbjörn Bertil Kurt Liam
Isak Ludvig Gösta Jesper Jimmy Johannes Harald Ove Jörgen Emanuel
Kristoffer Christoffer Benjamin Noah Gabriel Samuel Oliver Vincent Linus Edvin
Folke Sture Rune Allan Lars-Erik Karl-Erik Per-Olof Jan-Erik Hampus Erland
Kalle Rasmus Albin Elliot Theo Alfred Melvin Valter Arvid Josef
Sixten Algot Ville Love Melker Viggo Leo Ebbe Vilgot Alvin
Conny Dennis Jörn Göte Evert Sune Jarl Börje Lage Holger
Ingvar Tage Sigvard Uno Gert Bernt Lennarth Tomas Kristian Pontus
Thord Kennet Jens Petter Eskil Olle Staffan Björne Mohammed Ali
Ahmed Omar Hassan Yusuf Mustafa Ibrahim Hussein Amir Einar Greger
Hilding Helge Henning Ivar Jon Knut Nicklas Nicolas Reidar Ragnar
Birger Sigurd Torsten Valdemar Vidar Yngve Östen Åsbjörn Dag Didrik
Egon Eilert Fritiof Gustaf Hilmer Ivan Jim Joel Julius Kasper
Lukas Max Malte Milo Mio Neo Nils-Erik Otto Colin Felix
Frans Wilhelm Wilmer Vide Sam Mathias Markus Andrée Arnold Bror
Cenneth Curt Emrik Engelbrekt Erling Frank Fritz Gottfrid Gunne Hjalmar
Iwan Jerker Johnny Kaj Kristofer Lasse Leonard Lorentz Mauritz Morgan
Nisse Oswald Pär Roine Rutger Seth Sölve Tor Torvald Tryggve
Ture Urban Ulrik Verner Vilhelm Yngvar Åsmund Anders-Petter Bengt-Göran Carl-Johan
Hans-Erik Jan-Olof Karl-Gustav Lars-Göran Nils-Olof Per-Anders Sven-Erik Tim Ronnie Mickael
Stellan Tommie Johnnie Leopold Dante Adrian Milton Kevin Anthony Sami
Kim Alex Edward Henry Casper Charlie Jack Elton Elvin Eddie
Benny Bobby Sigge Gusten Manne Ossian Tristan Ragnvald Gunnlaug Loke
Torgny Sivert Ansgar Herbert Eugen Konrad Ferdinand Albert Arthur August
Teodor Edgar Nore Gunder Thorsten Bruno Christofer Clas Edvard Elis
Emir Hadi Hamid Harry Henric Jacob Janne Jöns Karim Krister
Leon Marko Mattis Mika Milan Mohamad Måns Noel Pelle Peder
Per-Erik Rafael Rikard Sander Sigfrid Stig-Arne Sten Svante Thor Tore
Vilmer Yousef Zakaria Bengt-Arne Jan-Åke Kjell-Åke Lars-Olof Sven-Olof Jamal Mehmet
Mohammad Ismail Abdullahi Idris Adil Alfons Anselm Gideon Isidor Jonny
Lenny Odd Ralf Ruben Torkel Valentin Walter Wiktor
"""
SV_SURNAMES = """
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist
Mattsson Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed
Engström Eklund Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström
Samuelsson Isaksson Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg
Blomqvist Claesson Nordström Ahmed Mårtensson Lundström Hassan Viklund Björklund Eliasson
Pålsson Berggren Sandström Lund Nordin Ström Åberg Falk Ekström Hermansson
Holmgren Hellström Dahlberg Hedlund Sundberg Sjögren Ek Blom Abrahamsson Martinsson
Öberg Andreasson Strömberg Månsson Hansen Åkesson Dahl Lindholm Norberg Holmqvist
Mohamed Jensen Hussein Sundström Ibrahim Omar Östlund Nordqvist Ekman Lindahl
Forslund Nyman Hedberg Öhman Bäckström Sundqvist Wiklund Lindblom Åström Berglin
Söderström Sjöström Jakobsen Lindén Petersson Ekberg Engberg Östberg Johnsson Hedström
Nordlund Strand Göransson Dahlgren Hjalmarsson Rydberg Kristiansson Björkman Lindell Nordberg
Lindroth Boström Åkerlund Ottosson Ivarsson Edlund Westerberg Haglund Ahlström Törnqvist
Granberg Jonasson Carlsson Sandin Lilja Mattisson Palm Rosén Backlund Lindkvist
Thorén Westman Ekholm Söderlund Adolfsson Krantz Wahlström Englund Sjödin Nordgren
Bergkvist Karlberg Hägglund Skoglund Lundholm Stenberg Fors Olausson Sällström Vikström
Hallberg Brandt Borg Sundin Blomberg Rask Wallgren Bergh Malm Thunberg
Edström Rydén Wennberg Friberg Öhrn Lindvall Strid Ekdahl Nordén Nyqvist
Ahlberg Engman Dalin Hellberg Brodin Fagerström Grönlund Hedman Järvinen Kjellberg
Lindfors Lundell Melin Norrman Pihl Rehn Roos Sahlin Selin Stenström
Sundell Tengvall Wahlberg Wester Zetterberg Åhman Österberg Almqvist Arnesson Bolin
Boman Carlberg Dahlin Eklöf Fält Gren Hammar Hallin Hedin Hjelm
Högberg Ingvarsson Jernberg Kvist Lagerqvist Ljung Lönn Mörk Nordell Norling
Olander Rönnqvist Sandell Sjölund Skog Svedberg Tell Thor Wallén Wennström
Widén Wikman Åkerman Ångström Öst von_Essen Hammarström Broberg Edvardsson Ferm
Gullberg Hammarberg Holmström Jäderberg Kronberg Lagerlöf Lindeberg Lindmark Malmberg Malmqvist
Modig Nordahl Norén Nygren Qvist Rapp Ros Rydell Schön Sjöblom
Stark Stålberg Svanberg Sörensen Tapper Tidström Unger Vallin Vesterlund Wallander
Wickström Wigren Winberg Zackrisson Åslund Östman af_Klercker von_Platen De_Geer Wachtmeister
Gyllenhaal Lewenhaupt Leijonhufvud af_Ugglas von_Sydow Bonde Kaya Yilmaz Demir Nguyen
Ivanova Kowalski Novak Hodzic Begic Korhonen Virtanen Nieminen Abdi Farah
Warsame Mahmoud Khalil Saleh Haddad Jafari Mohammadi Karimi Rahimi Ahmadi
Hosseini Chen Wang Li Zhang Singh Kumar Patel Shah Strandberg
Vestin Sjövall Lundmark Nordvall Högström Eriksén Granlund Jonsén Kullberg Lidén
Blomgren Bodin Brännström Burman Byström Dahlqvist Edberg Ehn Ekblad Ekelund
Engqvist Enqvist Ericsson Fahlén Forsgren Frisk Gradin Grahn Gustavsson Hagberg
Hedenström Holmlund Höglund Isberg Kallin Karlström Kjellström Lager Larsén Lindé
Lindstedt Ljungberg Ljunggren Lövgren Marklund Moberg Nord Nordlander Nordmark Olin
Renström Rosenberg Rosengren Sandgren Sjöstrand Stenlund Ståhl Sundholm Sundén Sylvan
Söder Thelin Törnkvist Wall Wallberg Westin Wiberg Åkerström Öqvist Östling
"""

# The US Census 1990 lists (public domain), copied from the `names` package: the first 400 women's
# and 400 men's given names and 450 surnames, the census's per cent as weight.
US_WOMEN: tuple[tuple[str, float], ...] = (
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

US_MEN: tuple[tuple[str, float], ...] = (
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

US_SURNAMES: tuple[tuple[str, float], ...] = (
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
    ("Ballard", 0.026), ("Schwartz", 0.026), ("Mcbride", 0.026), ("Houston", 0.026),
    ("Christensen", 0.026), ("Klein", 0.026), ("Pratt", 0.026), ("Briggs", 0.026),
    ("Parsons", 0.026), ("Mclaughlin", 0.026), ("Zimmerman", 0.026), ("French", 0.026),
    ("Buchanan", 0.026), ("Moran", 0.026), ("Copeland", 0.025), ("Roy", 0.025), ("Pittman", 0.025),
    ("Brady", 0.025), ("Mccormick", 0.025), ("Holloway", 0.025),
)  # fmt: skip

# England and Wales: given names in the order of the ONS rankings across the birth years of today's
# adults and children, surnames in the order of their frequency (general knowledge).
UK_WOMEN = """
Sarah Emma Claire Laura Rebecca Emily Charlotte Hannah Jessica Lucy
Sophie Amy Olivia Chloe Lauren Gemma Katie Samantha Rachel Nicola
Michelle Lisa Helen Karen Amelia Jennifer Elizabeth Victoria Louise Kelly
Stephanie Natalie Jade Holly Ellie Megan Grace Georgia Isla Ava
Mia Lily Ella Isabella Zoe Joanne Susan Julie Alison Kirsty
Leanne Donna Tracey Deborah Angela Catherine Jane Joanna Amanda Kerry
Danielle Hayley Natasha Abigail Bethany Eleanor Freya Poppy Evie Daisy
Phoebe Ruby Florence Alice Matilda Rosie Millie Scarlett Evelyn Harriet
Molly Imogen Jasmine Caitlin Leah Amber Courtney Jodie Kimberley Stacey
Carly Fiona Heather Anna Melanie Dawn Tracy Lynne Caroline Sally
Wendy Jacqueline Linda Margaret Patricia Janet Carol Christine Pauline Sandra
Valerie Gillian Marion Sheila Maureen Kathleen Brenda Lorraine Debbie Anne
Mary Sharon Jill Yvonne Beverley Diane Teresa Elaine Lesley Katherine
Kate Sophia Willow Ivy Sienna Elsie Harper Maisie Luna Aria
Penelope Bonnie Eva Hallie Eliza Ada Violet Esme Arabella Delilah
Emilia Isabelle Maya Summer Layla Aisha Fatima Maryam Zara Amira
Nancy Edith Mabel Iris Beatrice Clara Rose Lydia Martha Francesca
Naomi Tilly Lola Orla Niamh Siobhan Aoife Ciara Megan-Rose Kayleigh
Chantelle Shannon Rhiannon Cerys Seren Ffion Bethan Carys Sian Eilidh
Morag Kirsteen Mhairi Shona Ailsa Iona Catriona Sinead Bridget Maeve
Rosemary Hazel Jean Joan Irene Doreen Sylvia Audrey Barbara Shirley
Marjorie Dorothy Vera Gladys Winifred Elsie-May Annabel Georgina Philippa Henrietta
Felicity Camilla Imelda Priya Anjali Sana Nadia Roxanne Tamsin Verity
"""
UK_MEN = """
David John Michael Paul Andrew James Mark Richard Christopher Matthew
Daniel Stephen Robert Thomas William Peter Anthony Steven Jonathan Simon
Ian Gary Kevin Jason Lee Craig Darren Stuart Neil Martin
Graham Philip Nicholas Luke Ryan Liam Jamie Callum Lewis Connor
Oliver Jack Harry George Noah Charlie Jacob Oscar Leo Alfie
Joshua Freddie Archie Arthur Henry Theo Samuel Joseph Max Logan
Isaac Lucas Ethan Adam Benjamin Dylan Alexander Kieran Nathan Jordan
Aaron Ben Sam Tom Joe Dan Scott Shaun Dean Wayne
Carl Barry Keith Brian Colin Alan Trevor Derek Malcolm Roger
Nigel Terry Tony Clive Dennis Gordon Kenneth Ronald Raymond Edward
Frederick Albert Reginald Stanley Harold Leonard Ernest Frank Arnold Geoffrey
Timothy Jeremy Rupert Giles Hugo Sebastian Dominic Julian Toby Rory
Finley Reuben Elliot Jake Tyler Owen Harvey Mason Jayden Riley
Louis Tommy Ronnie Teddy Jude Rowan Ezra Albie Hunter Otis
Mohammed Muhammad Ali Omar Yusuf Ibrahim Hamza Ahmed Bilal Imran
Rhys Gareth Dafydd Aled Emyr Iwan Gethin Huw Rhodri Ioan
Fraser Alistair Hamish Angus Euan Calum Ruaraidh Duncan Lachlan Murray
Declan Ciaran Sean Padraig Niall Eoin Cormac Oisin Fergus Brendan
Patrick Francis Vincent Martin-James Bernard Maurice Cyril Norman Douglas Leslie
Gerald Howard Russell Glen Adrian Marcus Damien Jonathon Gavin Bradley
Kyle Jordan-Lee Ashley Ricky Danny Wesley Mitchell Elliott Curtis Jerome
Rajesh Sanjay Vikram Amir Tariq Kwame Chidi Tunde Emeka Kofi
"""
UK_SURNAMES = """
Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson
Roberts Robinson Thompson Wright Walker White Edwards Hughes Green Hall
Lewis Harris Clarke Patel Jackson Wood Turner Martin Cooper Hill
Ward Morris Morgan Clark Lee King Baker Harrison Moore Allen
James Scott Phillips Watson Davis Parker Price Bennett Young Griffiths
Mitchell Kelly Cook Carter Richardson Bailey Collins Bell Shaw Murphy
Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams Singh
Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali
Hunt Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes Knight
Lloyd Butler Russell Barker Fisher Stevens Jenkins Murray Dixon Harvey
Graham Pearson Ahmed Fletcher Walsh Kaur Gibson Howard Andrews Stewart
Elliott Reynolds Saunders Payne Fox Ford Pearce Day Brooks West
Lawrence Cole Atkinson Bradley Spencer Gill Dawson Ball Burton O'Brien
Watts Rose Booth Perry Ryan Grant Wells Armstrong Francis Rees
Hayes Hart Hudson Newman Barrett Webster Hunter Gregory Carr Lowe
Page Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland
Hawkins Harding Porter Robertson Newton Oliver Reed Kennedy Williamson Bird
Gardner Shah Dean Lane Cooke Bates Henderson Parry Burgess Bishop
Walton Burns Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls
Hamilton Byrne Sutton McDonald Yates Hodgson Robson Curtis Hopkins O'Connor
Harper Coleman Watkins Moss McCarthy Chambers O'Neill Griffin Sharp Hardy
Wheeler Potter Osborne Johnston Gordon Doyle Wallace George Jordan Hutchinson
Rowe Burke May Pritchard Gilbert Willis Higgins Read Miles Stevenson
Stephenson Hammond Arnold Buckley Walters Hewitt Barber Nelson Slater Austin
Sullivan Whitehead Mann Frost Lambert Stephens Blake Akhtar Lynch Goodwin
Barton Woodward Thomson Cunningham Quinn Barnett Baxter Bibi Clayton Nash
Greenwood Jennings Holt Kemp Poole Gallagher Bond Stokes Tucker Davidson
Fowler Heath Norman Middleton Lees Banks French Lamb Pugh Sims
Howells Vaughan Llewellyn Jarvis Rahman Miah Uddin Islam Chowdhury Mahmood
Iqbal Malik Sharma Kumar Mistry Chauhan Okafor Mensah Adeyemi Nowak
Kowalski MacLeod MacKenzie Fraser Sinclair Munro Ferguson Kerr Duffy
"""

FINNISH = (
    "Anneli Johanna Tuula Marjatta Helena Kaarina Päivi Anne Riitta Pirjo Sari Leena Tiina Sanna Minna Maria Katja Hanna Laura Elina Satu Eija Aino Liisa Maarit Seija Tarja Merja Marja Ritva Jaana Hilkka",
    "Juhani Johannes Mikael Olavi Antero Tapani Kalevi Matti Timo Kari Jari Mika Pekka Jukka Markku Antti Heikki Juha Tuomas Ville Mikko Janne Petri Sami Teemu Hannu Seppo Esa Veikko Erkki Aki Jouni",
    "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hiltunen Kettunen",
)
ARABIC = (  # Iraq, Syria, Lebanon and Palestine, with Assyrian/Syriac names
    "Fatima Maryam Zainab Noor Sara Aya Hiba Rana Lina Amira Yasmin Huda Rasha Zahra Layla Nadia Samira Dalia Reem Hanan Suad Iman Shahad Rima Ninwa Shamiram Nahrain Ishtar Marta Sham Rahaf Ghada",
    "Mohammed Ahmad Ali Hussein Omar Mustafa Hassan Khalid Yousef Ibrahim Abdullah Karim Mahmoud Adnan Samir Said Ammar Haider Jamal Tariq Bassam Fadi Rami Ninos Sargon Aram Gabriel Elias Ashur Robil Jacob Hamza",
    "Ali Hussein Hassan Mohammed Ahmed Abdullah Ibrahim Khalil Saleh Mahmoud Al-Hashimi Al-Jaburi Al-Obaidi Haddad Khoury Nasser Salim Jaber Karim Abbas Kadhim Jawad Shamoun Barsom Yacoub Lahdo Malke Gabro Toma Ishak Bahnam Aziz Issa Hanna",
)
SOMALI = (
    "Amina Fadumo Hodan Sahra Asha Khadija Hawa Ifrah Nimco Sagal Hibo Ayan Deqa Ubah Halima Safiya Maryan Ikran Muna Sucaad Ladan Nasra Warsan Idil Ilhan",
    "Mohamed Abdi Ahmed Abdirahman Hassan Ali Omar Abdullahi Ismail Yusuf Said Mahad Abdiaziz Farah Hussein Liban Bashir Guled Abdikarim Mustafe Nur Jama Khalid Hamse Sakariye",
    "Mohamed Ahmed Ali Hassan Abdi Omar Hussein Farah Yusuf Warsame Osman Jama Abdullahi Ismail Aden Egal Hirsi Duale Mohamud Nur Said Dahir Abdulle Gedi Elmi Shire Yasin Mire",
)
POLISH = (
    "Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Elżbieta Magdalena Joanna Aleksandra Monika Zofia Teresa Danuta Natalia Karolina Marta Beata Dorota Justyna Jadwiga Paulina Halina Grażyna Agata Iwona",
    "Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Stanisław Jakub Adam Marek Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Jerzy Maciej Rafał Kamil Robert Józef Sebastian Szymon Bartosz",
    "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Wojciechowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Stępień Malinowski Jaworski Adamczyk Dudek Nowicki Sikora Czarnecki Sadowski",
)
PERSIAN = (
    "Maryam Fatemeh Zahra Sara Shirin Leila Nasrin Parisa Mina Roya Azadeh Niloufar Shadi Samira Farideh Mahnaz Nazanin Golnar Mitra Yasaman Soheila Parvin Setareh Ladan Bahar",
    "Ali Mohammad Reza Hossein Mehdi Amir Hamid Saeed Behrouz Farhad Dariush Kaveh Babak Arash Navid Omid Kourosh Payam Siamak Majid Hassan Jamshid Masoud Shahram Peyman",
    "Mohammadi Hosseini Ahmadi Rezaei Moradi Karimi Jafari Rahimi Hashemi Sadeghi Heidari Mousavi Kazemi Ghorbani Rostami Nazari Ebrahimi Amini Akbari Sharifi Azizi Najafi Tehrani Farahani Shirazi Esfahani Alavi Bagheri Ghasemi Salehi",
)
BCS = (  # Bosnian, Serbian and Croatian
    "Amra Emina Lejla Selma Amela Jasmina Merima Aida Sanela Ana Marija Ivana Jelena Dragana Mirela Azra Senada Elma Maja Snežana Vesna Tanja Mirjana Nataša Edina Sanja",
    "Emir Adnan Amir Mirza Nermin Haris Kenan Samir Dino Elvis Senad Edin Nikola Marko Stefan Ivan Dragan Goran Zoran Milan Nenad Dejan Ante Josip Tomislav Mehmed Alen Dženan",
    "Hodžić Hadžić Kovačević Delić Begić Mehmedović Hasanović Husić Omerović Avdić Ibrahimović Salihović Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Horvat Kovačić Babić Marić Jurić Knežević Popović Šehić Mujić Alić Ćosić Čaušević Bešić",
)
TURKISH = (
    "Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Sultan Zehra Hülya Özlem Derya Esra Merve Büşra Gül Leyla Aylin Sibel Dilek Songül Gülsüm Yasemin Ebru",
    "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah Mahmut Recep Salih Kemal Emre Burak Serkan Cem Kenan Erdal Tolga",
    "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Özer Güneş Erdoğan Aktaş Korkmaz Tekin Akın Bulut Keskin",
)
ERITREAN = (  # the father's given name serves as surname
    "Helen Selam Senait Tsega Yordanos Mebrat Saba Freweyni Winta Semhar Luwam Rahel Hiwet Tirhas Abrehet Mehret Feven Elsa Almaz Ruta Yohanna Nebiat Hanna",
    "Yonas Tesfay Michael Daniel Samuel Yohannes Mulugeta Kidane Tekle Habtom Berhane Dawit Ermias Filmon Biniam Mehari Goitom Henok Amanuel Efrem Tesfaldet Robel Aron",
    "Tesfay Tekle Gebremedhin Gebrehiwet Haile Kidane Berhe Ghebremariam Woldu Tesfamariam Habte Mehari Yohannes Tewolde Weldemichael Andemariam Negash Asmerom Fesshaye Zerai Ghirmay Abraha Hagos Kahsay Mebrahtu",
)
AFGHAN = (
    "Fatima Zahra Maryam Khadija Soraya Shabnam Parwana Nilofar Farzana Roya Mursal Madina Zarghona Malalai Nasima Freshta Hasina Nargis Sima Laila Zainab Marzia Arezo Tamana Mahbooba",
    "Mohammad Ahmad Ali Hamid Mustafa Reza Abdul Mahdi Hussain Jawad Farid Rahim Karim Naweed Sayed Hamed Morteza Omid Yama Wahid Zabihullah Rahmatullah Shafiq Haroon Sohrab Jamshid",
    "Ahmadi Mohammadi Hussaini Rahimi Hakimi Sultani Rezaie Karimi Jafari Noori Popal Stanikzai Safi Amiri Sharifi Haidari Sadat Wardak Naseri Azimi Habibi Rahmani Qaderi Samadi Barakzai Nazari",
)
THAI = (
    "Siriporn Sunisa Kanya Malee Nittaya Pornthip Wanida Jintana Supaporn Somying Ratana Araya Duangjai Kanokwan Lamai Pensri Sasithorn Achara Suda Ratchanee Nipaporn Kanjana Orathai Pranee Wilaiwan",
    "Somchai Somsak Somboon Prasert Sombat Anan Chaiyaporn Surachai Wichai Kittisak Sakda Thanakorn Narong Sompong Boonchu Niran Pichit Manop Arthit Weerapong Suthep Chatchai Apichat",
    "Saetang Srisuk Wongsawat Sukprasert Chaiyasit Thongchai Boonmee Kaewkham Rattanakorn Phromma Jaidee Sangthong Suwannarat Intharasuk Chanthara Khamphon Srisawat Ketkaew Wongsuwan Saelim Saeheng Thongdee Panyasiri Sirichai",
)
LATIN = (  # Chile first, then the rest of Latin America
    "María Carolina Camila Daniela Francisca Valentina Javiera Catalina Paula Andrea Claudia Patricia Verónica Carmen Rosa Ana Isabel Gabriela Fernanda Constanza Marcela Alejandra Lorena Ximena Paola",
    "José Juan Luis Carlos Jorge Francisco Manuel Pedro Cristián Miguel Diego Sebastián Matías Felipe Rodrigo Alejandro Pablo Andrés Gonzalo Mauricio Patricio Víctor Hernán Sergio Ricardo",
    "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez Castro Pizarro Álvarez Vásquez Sánchez Fernández Ramírez Carrasco Gómez Cortés Herrera Núñez",
)
KURDISH = (
    "Rojin Berivan Shilan Nazdar Avin Dilan Helin Hevin Zilan Rojda Gulistan Evin Leyla Kajal Shno Sozan Zhino Bahar Havin Delal Lana Jwan Nishtiman Viyan",
    "Azad Aram Shwan Karwan Dilshad Rebwar Kawa Hiwa Soran Dara Sherko Bakhtiyar Serdar Rizgar Baran Rojhat Zana Diyar Hogir Alan Ako Hawre Ranj Goran Sirwan",
    "Karim Aziz Rasul Mahmud Salih Qadir Hama Omer Mustafa Abdulla Faraj Hamad Tahir Jalal Amin Baban Zebari Sindi Doski Bozan Barzinji Ibrahim Sharif Rashid Hawrami",
)
UKRAINIAN = (
    "Olena Tetiana Iryna Nataliia Svitlana Oksana Yuliia Olha Kateryna Mariia Anastasiia Viktoriia Halyna Liudmyla Nadiia Inna Alina Daria Sofiia Khrystyna",
    "Oleksandr Serhii Andrii Volodymyr Dmytro Oleksii Mykola Ivan Yurii Viktor Vasyl Ihor Vitalii Maksym Mykhailo Bohdan Taras Roman Artem Denys",
    "Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko Klymenko Pavlenko Kravchuk Kuzmenko",
)
INDIAN = (
    "Priya Anjali Pooja Neha Divya Kavya Sneha Deepa Lakshmi Sunita Anita Swati Shreya Aishwarya Meera Ritu Nisha Ananya Shalini Archana Rekha Aarti Sangeeta Preeti",
    "Rahul Amit Arjun Vikram Rajesh Suresh Ravi Sanjay Anil Vijay Karthik Aditya Rohit Manoj Sunil Deepak Arun Ashok Nikhil Pradeep Srinivas Venkat Harish Gaurav",
    "Kumar Singh Sharma Patel Reddy Nair Rao Gupta Iyer Menon Shah Joshi Verma Krishnan Pillai Mehta Chopra Desai Agarwal Mishra Das Banerjee Kaur Srinivasan Naidu",
)
CHINESE = (
    "Ying Xin Jing Mei Yan Hui Fang Lin Juan Xiaoli Na Min Hong Yuxin Jia Qian Xue Ting Yue Xiaoyan",
    "Wei Jun Hao Lei Jian Tao Bo Yang Ming Qiang Jie Feng Gang Yong Bin Peng Hua Long Zhiwei Haoran Yifan",
    "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Song Tang",
)
VIETNAMESE = (  # given name last in Vietnam; in Sweden mostly written given name first
    "Linh Lan Hoa Huong Mai Trang Thao Ngoc Anh Phuong Hanh Thu Hang Nhung Dung Yen Van Nga Thuy Quynh",
    "Minh Hung Tuan Duc Long Nam Anh Huy Quang Thanh Dung Hieu Khoa Phong Son Trung Vinh Bao Cuong Dat Hai",
    "Nguyen Tran Le Pham Hoang Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Truong Dinh Lam Mai Trinh",
)
GREEK = (
    "Maria Eleni Aikaterini Vasiliki Sofia Georgia Dimitra Anna Ioanna Konstantina Angeliki Evangelia Despina Christina Paraskevi Athanasia Niki Eirini Stavroula Theodora",
    "Georgios Ioannis Konstantinos Dimitrios Nikolaos Panagiotis Vasileios Christos Athanasios Michail Evangelos Spyridon Andreas Stavros Kostas Nikos Giannis Petros Theodoros Apostolos",
    "Papadopoulos Papadakis Georgiou Papageorgiou Oikonomou Nikolaidis Pappas Vlachos Konstantinidis Dimitriou Ioannidis Karagiannis Athanasiou Christodoulou Makris Angelopoulos Alexiou Papanikolaou Antoniou Kyriakou Georgiadis Theodorou Michailidis Vasileiou",
)


# Hyphenated Swedish given names as people carry them (the commonest first): a Swedish person's
# given name is one of these now and then (`Draw.person`).
SV_HYPHEN_WOMEN = """
Anna-Karin Ann-Christin Ann-Marie Anna-Lena Eva-Lena Ann-Sofie Marie-Louise Maj-Britt Ulla-Britt
Anna-Lisa Ann-Charlotte Britt-Marie Rose-Marie Lise-Lotte Anne-Marie Eva-Karin Ing-Marie Gun-Britt
Eva-Marie Anna-Maria Ann-Louise Ann-Kristin Karin-Margareta Lena-Karin
"""
SV_HYPHEN_MEN = """
Karl-Erik Lars-Erik Per-Olof Jan-Erik Lars-Göran Carl-Johan Karl-Johan Nils-Erik Sven-Erik Bengt-Göran
Per-Anders Jan-Olof Hans-Erik Lars-Olof Per-Erik Lars-Åke Karl-Gustav Jan-Åke Sven-Olof Nils-Olof
Lars-Gunnar Per-Ola Jan-Olov Carl-Axel Bengt-Arne
"""
HYPHENATED = {"swedish": (ranked(SV_HYPHEN_WOMEN, 10), ranked(SV_HYPHEN_MEN, 10))}


def _origin(lists: tuple[str, str, str], head: int = 10) -> Origin:
    women, men, surnames = lists
    return Origin(ranked(women, head), ranked(men, head), ranked(surnames, head))


ORIGINS: dict[str, Origin] = {
    "swedish": Origin(ranked(SV_WOMEN, 150), ranked(SV_MEN, 150), ranked(SV_SURNAMES, 150)),
    "us": Origin(census(US_WOMEN), census(US_MEN), census(US_SURNAMES)),
    "uk": Origin(ranked(UK_WOMEN, 130), ranked(UK_MEN, 130), ranked(UK_SURNAMES, 150)),
    "finnish": _origin(FINNISH),
    "arabic": _origin(ARABIC),
    "somali": _origin(SOMALI),
    "polish": _origin(POLISH),
    "persian": _origin(PERSIAN),
    "bcs": _origin(BCS),
    "turkish": _origin(TURKISH),
    "eritrean": _origin(ERITREAN),
    "afghan": _origin(AFGHAN),
    "thai": _origin(THAI),
    "latin": _origin(LATIN),
    "kurdish": _origin(KURDISH),
    "ukrainian": _origin(UKRAINIAN),
    "indian": _origin(INDIAN),
    "chinese": _origin(CHINESE),
    "vietnamese": Origin(
        ranked(VIETNAMESE[0], 10),
        ranked(VIETNAMESE[1], 10),
        ranked(VIETNAMESE[2], 10),
        middle_f=ranked("Thi Ngoc Thu Kim Thanh", 5),
        middle_m=ranked("Van Duc Minh Quoc Huu", 5),
    ),
    "greek": _origin(GREEK),
}

# Who is named, per language of a row: Swedish largest in Swedish and mixed text, the origins of
# Sweden's population after it by their size (Statistics Sweden, born abroad and their children),
# Thai, Vietnamese, Chinese, Greek and Indian a little above their share, as restaurant kitchens
# and their owners are.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 64, "arabic": 6, "finnish": 4, "polish": 2.5, "bcs": 2.5, "persian": 2.5,
        "somali": 2, "turkish": 1.8, "kurdish": 1.5, "afghan": 1.5, "thai": 1.5, "eritrean": 1.2,
        "ukrainian": 1.2, "indian": 1.2, "latin": 1, "chinese": 1, "vietnamese": 1, "greek": 1,
        "uk": 0.8, "us": 0.6,
    },
    "en": {
        "us": 38, "uk": 36, "swedish": 8, "indian": 4, "arabic": 2, "polish": 2, "latin": 2,
        "chinese": 2, "greek": 1, "thai": 1, "vietnamese": 1, "turkish": 1, "finnish": 0.8,
        "persian": 0.8, "ukrainian": 0.7, "somali": 0.6, "bcs": 0.6, "eritrean": 0.4, "afghan": 0.4,
        "kurdish": 0.4,
    },
    "mixed": {
        "swedish": 50, "uk": 10, "us": 9, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
        "persian": 2.5, "indian": 2, "turkish": 1.5, "somali": 1.5, "kurdish": 1.5, "afghan": 1.2,
        "thai": 1.2, "ukrainian": 1.2, "eritrean": 1, "latin": 1, "chinese": 1, "vietnamese": 1,
        "greek": 1,
    },
}  # fmt: skip

_SV_NICK = {
    "Lars": ["Lasse"], "Mikael": ["Micke"], "Joakim": ["Jocke"], "Karl": ["Kalle"], "Per": ["Pelle", "Pär"],
    "Magnus": ["Mange"], "Thomas": ["Tompa"], "Fredrik": ["Fredde"], "Mattias": ["Matte"], "Marcus": ["Macke"],
    "Henrik": ["Henke"], "Robert": ["Robban"], "Niklas": ["Nicke"], "Sebastian": ["Sebbe"], "Tobias": ["Tobbe"],
    "Torbjörn": ["Tobbe"], "Daniel": ["Danne"], "Patrik": ["Patte"], "Jan": ["Janne"], "Hans": ["Hasse"],
    "Kenneth": ["Kenta"], "Bengt": ["Bengan"], "Stefan": ["Steffe"], "Christer": ["Chrille"], "Gustav": ["Gurra", "Gusse"],
    "Ingemar": ["Imme"], "Alexander": ["Alex"], "Johannes": ["Hannes"], "Oskar": ["Ogge"], "Oscar": ["Ogge"],
    "Leif": ["Leffe"], "Rolf": ["Roffe"], "Ulf": ["Uffe"], "Kristoffer": ["Kricke", "Kristo"], "Christoffer": ["Chris"],
    "Andreas": ["Andy"], "Anders": ["Ante"], "Göran": ["Gö"], "Emanuel": ["Manne"], "Sixten": ["Sigge"],
    "Elisabeth": ["Lisa", "Lisbeth", "Betty"], "Margareta": ["Maggan", "Greta"], "Kristina": ["Kicki", "Stina"],
    "Katarina": ["Kattis", "Kajsa"], "Birgitta": ["Bittan", "Gittan"], "Charlotte": ["Lotta"], "Charlotta": ["Lotta"],
    "Susanne": ["Sussie", "Sanna"], "Josefin": ["Josse"], "Madeleine": ["Madde"], "Caroline": ["Carro"],
    "Karolina": ["Kajsa", "Carro"], "Viktoria": ["Vicky"], "Alexandra": ["Alex", "Sandra"], "Matilda": ["Tilda"],
    "Emelie": ["Emmy"], "Rebecka": ["Becka"], "Annika": ["Anki"], "Ingrid": ["Inga"], "Barbro": ["Babs"],
    "Jessica": ["Jessie"], "Gunilla": ["Gunsan"], "Ulrika": ["Ullis"], "Agneta": ["Agge"], "Helena": ["Lena"],
}  # fmt: skip
_EN_NICK = {
    "William": ["Will", "Bill"], "Robert": ["Rob", "Bob"], "Richard": ["Rick", "Dick"], "James": ["Jim", "Jamie"],
    "Michael": ["Mike"], "Christopher": ["Chris"], "Matthew": ["Matt"], "Daniel": ["Dan", "Danny"], "Thomas": ["Tom"],
    "Joseph": ["Joe"], "Anthony": ["Tony"], "Nicholas": ["Nick"], "Andrew": ["Andy"], "Edward": ["Ed", "Ted"],
    "Jonathan": ["Jon"], "Benjamin": ["Ben"], "Samuel": ["Sam"], "Alexander": ["Alex"], "Steven": ["Steve"],
    "Stephen": ["Steve"], "Timothy": ["Tim"], "Gregory": ["Greg"], "Kenneth": ["Ken"], "Ronald": ["Ron"],
    "Donald": ["Don"], "Raymond": ["Ray"], "Lawrence": ["Larry"], "Gerald": ["Gerry"], "Douglas": ["Doug"],
    "Jeffrey": ["Jeff"], "Frederick": ["Fred"], "Peter": ["Pete"], "Philip": ["Phil"], "Charles": ["Charlie", "Chuck"],
    "David": ["Dave"], "John": ["Johnny", "Jack"], "Elizabeth": ["Liz", "Beth"], "Jennifer": ["Jen", "Jenny"],
    "Katherine": ["Kate", "Katie"], "Catherine": ["Cathy", "Kate"], "Margaret": ["Maggie", "Peggy"], "Rebecca": ["Becky"],
    "Victoria": ["Vicky"], "Samantha": ["Sam"], "Jessica": ["Jess"], "Patricia": ["Pat", "Trish"], "Susan": ["Sue"],
    "Deborah": ["Debbie"], "Christine": ["Chris"], "Stephanie": ["Steph"], "Abigail": ["Abby"], "Kimberly": ["Kim"],
    "Kimberley": ["Kim"], "Amanda": ["Mandy"], "Barbara": ["Barb"], "Dorothy": ["Dot"], "Alexandra": ["Lexi"],
    "Charlotte": ["Charlie", "Lottie"], "Eleanor": ["Ellie"], "Nicola": ["Nicky"],
}  # fmt: skip
# Short forms by origin: the first word a text may call a person by.
NICKNAMES: dict[str, dict[str, list[str]]] = {
    "swedish": _SV_NICK,
    "us": _EN_NICK,
    "uk": _EN_NICK,
    "polish": {"Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"], "Aleksandra": ["Ola"], "Agnieszka": ["Aga"], "Magdalena": ["Magda"], "Krzysztof": ["Krzysiek"], "Tomasz": ["Tomek"], "Piotr": ["Piotrek"], "Wojciech": ["Wojtek"], "Jakub": ["Kuba"], "Grzegorz": ["Grzesiek"], "Joanna": ["Asia"]},
    "finnish": {"Johanna": ["Jonna"], "Juhani": ["Jussi"], "Johannes": ["Hannes"], "Aleksi": ["Aki"]},
    "ukrainian": {"Oleksandr": ["Sasha"], "Volodymyr": ["Volodya"], "Dmytro": ["Dima"], "Kateryna": ["Katya"], "Anastasiia": ["Nastya"], "Olha": ["Olya"]},
    "greek": {"Georgios": ["Giorgos"], "Ioannis": ["Giannis"], "Nikolaos": ["Nikos"], "Dimitrios": ["Dimitris", "Takis"], "Aikaterini": ["Katerina"], "Konstantinos": ["Kostas"]},
    "latin": {"Francisco": ["Pancho"], "José": ["Pepe"], "Alejandro": ["Alex"], "Francisca": ["Pancha"]},
    "arabic": {"Mohammed": ["Mo", "Hamoudi"], "Yousef": ["Joe"], "Abdullah": ["Abdu"]},
    "thai": {"Siriporn": ["Nok"], "Sunisa": ["Noi"], "Kanya": ["Ploy"], "Malee": ["Aom"], "Somchai": ["Chai"], "Thanakorn": ["Ton"], "Kittisak": ["Kit"], "Supaporn": ["Pim"]},
}  # fmt: skip
