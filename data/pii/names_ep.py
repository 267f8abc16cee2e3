# ruff: noqa: E501
"""Name pools of held-out EP (issue 15): names as the population has them, weighted by how often
people carry them.

Written from general knowledge by a helper who does not tune the detector: Swedish given names and
surnames in the order of SCB's name statistics (weight 1/rank, head the top 150, a tail of rarer
names past them); the US Census 1990 lists (public domain, copied from the `names` package's
`dist.female.first`, `dist.male.first` and `dist.all.last`: the census per cent as weight, head
150); UK given names and surnames in the order of the ONS rankings (1/rank); and the commonest
names of the origins common in Sweden (1/rank, head 10). No name was checked against rung's
lexicons and none was left out for being known or unknown. `MIXES` says who is named in each
language's text; `NICKNAMES` gives short forms. Stdlib only.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from a list's head with this share, else from its tail


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


def ranked(text: str, head: int) -> Pool:
    """Names in rank order, weight 1/rank; `_` stands for a space inside a name (`von_Platen`)."""
    names = tuple(n.replace("_", " ") for n in text.split())
    return Pool(names, tuple(1 / rank for rank in range(1, len(names) + 1)), head)


def census(rows: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A US Census 1990 list with the census per cent as weight."""
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


_LETTERS = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ø": "o", "Ø": "O", "ß": "ss"}
)


def plain(word: str) -> str:
    """A name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`."""
    out = unicodedata.normalize("NFKD", word.translate(_LETTERS))
    return "".join(ch for ch in out if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    return surname[:-1] + "a" if surname.endswith("ki") else surname


# Sweden: given names and surnames in SCB's rank order (whole population), head the top 150.
SV_WOMEN = ranked(
    """
    Anna Eva Maria Karin Kristina Lena Sara Emma Kerstin Ingrid Marie Malin Jenny Hanna Linda
    Annika Inger Susanne Elin Birgitta Johanna Sofia Monica Ida Margareta Ulla Julia Carina
    Elisabeth Camilla Helena Åsa Anette Linnéa Ebba Alice Matilda Maja Cecilia Gunilla Elsa
    Frida Amanda Josefin Agneta Emelie Ulrika Therese Lisa Katarina Louise Sandra Moa Caroline
    Wilma Klara Anneli Mia Lina Ella Ann Madeleine Jessica Ingela Barbro Astrid Agnes Siv
    Marianne Lovisa Ellen Britt Viktoria Felicia Charlotte Gun Isabelle Petra Stina Emilia Alva
    Olivia Ylva Vera Sanna Jennie Gunnel Pia Ronja Tove Nora Tilda Lisbeth Christina Anita
    Elisabet Ann-Christin Britt-Marie Ann-Marie Anna-Karin Signe Saga Selma Alicia Nathalie
    Cornelia Hedvig Thea Edith Ester Elvira Linn Emmy Lova Isabella Vilma Stella Elise Mira Liv
    Freja Molly Nellie Hilda Majken Iris Sigrid Sofie Josefine Evelina Rebecka Sabina Veronica
    Jeanette Pernilla Mona Yvonne Maud Berit Solveig Gerd Irene Rut Karolina Mikaela Nina
    Marita Lotta Catarina Kristin Erika Jonna Tina Kajsa Ann-Sofie Eva-Lena Anna-Lena
    Marie-Louise Ann-Charlotte Gudrun Aina Margit Dagmar Märta Greta Ingegerd Elna
    Viola Eleonora Tyra Tindra Juni Meja Ines Leah Alma Minna Noomi Elina Hedda
    Filippa Joline Lovis Melinda Jasmine Michelle Rebecca Natalie Fanny Kim Paula
    Hillevi Lill Lillemor Ingalill Annelie Gunvor Asta Alfhild Ingeborg Svea Edla Ragnhild
    Elvy Majvor Maj-Britt Ann-Kristin Ann-Louise Anna-Maria Eva-Karin Lena-Maria Britt-Inger
    Carola Carin Charlott Christin Cristina Helén Heléne Heidi Katrin Kristine Lise
    Lisette Madelene Malou Marika Marielle Marlene Martina Mathilda Nadja Natalia
    Nanna Nelly Paulina Regina Rosita Sigrun Silvia Sonja Stephanie Susann Tanja Teresia
    Tora Ulrica Vendela Vivianne Wiveka Yasmine Zara Åse Annica Benita Bodil Cajsa
    Dorotea Elsie Emilie Embla Engla Evy Frideborg Gertrud Gullan Gun-Britt Hjördis
    Ingelöv Inga Irma Jolin Judit Kia Laila Linnea Lisen Livia Majlis Marit Mimmi Mirjam
    Nova Olga Rakel Rigmor Rosa Sally Siri Solbritt Solvig Sylvia Tuva Ulla-Britt
    Valborg Vilhelmina Vivi Wendela Alexandra Amelia Angelica Anneliese Beata Birgit Cecilie
    Dagny Doris Ellinor Eira Estrid Gabriella Gerda Hélène Hulda Idun
    Jenni Josephine Julie Katja Lilly Lydia Magdalena Mariana Maya Melina
    Nathalia Nicole Ottilia Pauline Ragna Selina Sigbritt Stefani Tea Teodora
    Thyra Tilde Vanja Wilhelmina Agda Alfrida Beda Edit Elly
    Isa Joanna Matilde Nike Signhild Solweig
    Ann-Britt Ann-Margret Anna-Lisa Britta Carolina Cathrine Charlotta Daniela Elena Emelia
    Emily Evelin Gunhild Helga Henrietta Irja Jennifer Johanne Jill Lea Liselott Lisbet Louisa
    Mari Marina Marion Mary Melissa My Ninni Ruth Sarah Therése Vivan Annie Ellie Isabel Lilian
    """,
    150,
)
SV_MEN = ranked(
    """
    Lars Mikael Anders Johan Per Erik Karl Peter Jan Thomas Daniel Fredrik Hans Bengt Andreas
    Stefan Mats Bo Magnus Mattias Alexander Jonas Niklas Leif Göran Marcus Sven Nils Martin
    Björn Oskar Ulf Christer Henrik David Kjell Åke Simon Emil Filip Gustav Lucas Viktor Anton
    Jonathan Lennart Rolf Robert Tommy William Hugo Elias Christoffer Rickard Kent Joakim Roger
    Sebastian Patrik Axel Tobias Jakob Stig Roland Gunnar Olof Oliver Ingemar Liam Adam Rasmus
    Isak Ludvig Johannes Kurt Robin Dan Sten Håkan Claes Torbjörn Kenneth Linus Arne Tomas
    Jesper Carl Jimmy Noah Albin Hampus Samuel Gabriel Benjamin Leo Theo Melvin Vincent Max
    Edvin Felix Arvid Olle Emanuel Jörgen Pontus Johnny Dennis Joel Kevin Christian Jens
    Kristoffer Sune Ingvar Bertil Gösta Rune Sture Allan Ove Lars-Erik Karl-Erik Per-Olof
    Lars-Göran Jan-Erik Carl-Johan Nils-Erik Sven-Erik Alf Tore Conny Benny Morgan Mohammad Ali
    Ahmad Frans Harald Helge Erling Ivar Valter Vilhelm Elliot Charlie Nils-Olof Bror Einar
    Folke Gustaf Hjalmar Holger Inge Jarl Josef Konrad Lage Mauritz Nicklas Ola Oscar Otto
    Rikard Ronny Rutger Sixten Svante Sören Tage Tor Torsten Ture Uno Urban Valdemar Verner
    Wilhelm Östen Adrian Alfred Alvin Ebbe Eddie Edvard Eskil Evert Göte Hannes Harry Hilding
    Isac Jacob Jonatan Jöns Karl-Axel Kennet Lukas Malte Matteus Milton Mio Nicolas Noel Olav
    Ossian Patric Rafael Ragnar Roine Sigge Sigvard Staffan Tim Torgny Viggo Vidar Yngve
    Zacharias Algot Bill Colin Dag Douglas Elis Elof Emrik Enar Erland Fritz Gerhard Glenn Gert
    Henning Herbert Ingmar Iwan John Julius Karl-Gustav Kim Krister Lars-Olof Leonard Levi Loke
    Love Magne Marco Mark Markus Mathias Melker Nils-Göran Nore Orvar Paul Percy Peder Roy Sam
    Seth Sigurd Sivert Stellan Sylve Teodor Thor Tony Torvald Valentin Vilgot Walter Wiktor
    Åsmund Arnold Artur Bernt Birger Björne Carl-Gustaf Christoph Elmer Evald Georg Gottfrid
    Gusten Helmer Henry Hilmer Holmfrid Ingolf Jan-Olof Jan-Åke Jerker Karl-Johan Kjell-Åke Knut
    Lars-Åke Lenny Mats-Olof Mårten Odd Per-Anders Per-Erik Reidar Sven-Olof Sven-Åke Thure Tord
    Vilmer Alex Amir Aron Arthur August Bernhard Casper Christopher Conrad Dante Edward Eric
    Hans-Olof Hans-Erik Henric Herman Hussein Isidor Jack Jan-Olov Joacim Joachim Jon Jonny
    Justus Kaj Kasper Klas Lars-Gunnar Loui Ludwig Malcolm Maximilian Milo Morris Nathan Niclas
    Olov Omar Pierre Philip Ralf Reine Tom Ulrik Wille Yusuf Örjan Börje Gillis Lars-Inge Pär
    Per-Arne Per-Gunnar Bengt-Göran Bengt-Åke Kjell-Olof Lars-Ove Sven-Göran Jan-Ove
    """,
    150,
)
SV_SURNAMES = ranked(
    """
    Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
    Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
    Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist
    Mattsson Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed
    Engström Eklund Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström
    Samuelsson Isaksson Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg
    Blomqvist Claesson Nordström Ahmed Mårtensson Lundström Hassan Viklund Björklund Eliasson
    Pålsson Berggren Sandström Lund Nordin Ström Åberg Falk Ekström Hermansson Holmgren
    Hellström Dahlberg Hedlund Sundberg Sjögren Ek Blom Abrahamsson Martinsson Öberg Andreasson
    Strömberg Månsson Hansen Åkesson Dahl Lindholm Norberg Holmqvist Mohamed Sundström Jacobsson
    Nordqvist Ibrahim Johnsson Lindblom Sjöström Hussein Söderström Omar Nordlund Ekberg Lindahl
    Nyman Friberg Hedström Berntsson Moberg Åström Boström Lundmark Söderlund Strand Björkman
    Edlund Backman Sundqvist Ottosson Kristiansson Wiklund Westerberg Jensen Lindén Forsström
    Östlund Börjesson Ekman Hedberg Nygren Nordberg Hjalmarsson Borg Stenberg Sundin Augustsson
    Holmström Göransson Kjellberg Lindell Wallén Ivarsson Carlsson Josefsson Rosén Ahlström
    Hallberg Rydberg Blomberg Malmberg Adolfsson Lilja Sjödin Sköld Östman Ahlberg Åkerlund
    Melin Vikström Skoglund Törnqvist Fors Sandin Granberg Lindkvist Carlberg Bäckström Ahlgren
    Nordgren Bergkvist Sundell Hägg Sörensen Laine Rask Bergh Wahlström Engberg Lundell Åkerman
    Larsen Kjellström Lindstedt Rosenberg Sandell Thorsson Forslund Haglund Dahlgren Hallström
    Bodin Engman Rehn Lindroth Wennberg Löfström Strömqvist Nordenskiöld Berglöf Granström
    Söderqvist Holmlund Westman Widén Kronberg Öhman Grönlund Nyqvist Lindvall Svärd Ekdahl
    Almqvist Malmström Bjerke Edström Fälth Hammar Ljung Sahlin Schön Thelin Wiberg Åslund Öhrn
    Björck Enström Flodin Frisk Grahn Hedman Högberg Jernberg Kull Landin Modig Norén Palm Qvist
    Roos Selin Sjölund Stål Tell Unger Vallin Wester Zetterberg Bergendahl Brodin Carlström
    Dahlin Ekholm Elfving Fagerberg Forsman Gran Gyllenberg Hagberg Hammarström Holmén Hultgren
    Isberg Jonasson Kvist Lagerqvist Lindmark Ljungberg Lönn Mellberg Nilsén Nordahl Odén
    Pehrsson Ringström Rudberg Sandgren Sjöholm Skog Stenström Sundén Svedberg Tengvall Uddén
    Wallgren Westin Wirén Zander Ågren Öst von_Platen af_Klercker von_Essen De_Geer af_Ugglas
    von_Sydow Wachtmeister Lewenhaupt Gyllenstierna Bonde Bielke Stiernhielm Almgren Alm Andrén
    Arnell Asplund Bark Beckman Bergenstråhle Bylund Dahlström Ekelund Engqvist Falkenberg
    Forsgren Frid Grönberg Hedin Hellberg Hjort Holmkvist Hökby Jäderberg Kihlberg Krantz
    Lagerlund Larsdotter Lejon Lidén Lindeberg Lundh Löwenhielm Malm Myrberg Nord Nordenstam
    Nyholm Olander Oskarsson Pihl Ramberg Rosengren Rydén Sandvik Sjödahl Sparre Stenlund
    Strandberg Svahn Sved Söder Tornberg Trygg Vesterlund Wahlberg Wennström Åhman Åkerberg
    Ödman Wretling Ruuth Kling Mörk Sundblad Sjöblom Engdahl Hammarberg Lindfors Lövgren
    Nordmark Rönnberg
    """,
    150,
)

# The US: the Census 1990 lists (public domain, from the `names` package's data files), per cent as weight.
US_WOMEN = census(
    (
        ("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.98),
        ("Elizabeth", 0.937), ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794),
        ("Margaret", 0.768), ("Dorothy", 0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667),
        ("Betty", 0.666), ("Helen", 0.663), ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565),
        ("Ruth", 0.562), ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.51), ("Sarah", 0.508),
        ("Kimberly", 0.504), ("Deborah", 0.494), ("Jessica", 0.49), ("Shirley", 0.482),
        ("Cynthia", 0.469), ("Angela", 0.468), ("Melissa", 0.462), ("Brenda", 0.455), ("Amy", 0.451),
        ("Anna", 0.44), ("Rebecca", 0.43), ("Virginia", 0.43), ("Kathleen", 0.424), ("Pamela", 0.416),
        ("Martha", 0.412), ("Debra", 0.408), ("Amanda", 0.404), ("Stephanie", 0.4),
        ("Carolyn", 0.385), ("Christine", 0.382), ("Marie", 0.379), ("Janet", 0.379),
        ("Catherine", 0.373), ("Frances", 0.37), ("Ann", 0.364), ("Joyce", 0.364), ("Diane", 0.359),
        ("Alice", 0.357), ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336), ("Doris", 0.335),
        ("Gloria", 0.335), ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315), ("Mildred", 0.313),
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
        ("Suzanne", 0.145), ("Michele", 0.145), ("Gail", 0.145), ("Bertha", 0.143),
        ("Darlene", 0.142), ("Veronica", 0.142), ("Jill", 0.142), ("Erin", 0.141),
        ("Geraldine", 0.141), ("Lauren", 0.137), ("Cathy", 0.137), ("Joann", 0.136),
        ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135), ("Regina", 0.133), ("Erica", 0.13),
        ("Beatrice", 0.13), ("Dolores", 0.129), ("Bernice", 0.128), ("Audrey", 0.127),
        ("Yvonne", 0.126), ("Annette", 0.125), ("June", 0.125), ("Samantha", 0.124),
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
        ("Katrina", 0.061), ("Claire", 0.061), ("Lindsey", 0.06), ("Lindsay", 0.06),
        ("Geneva", 0.059), ("Guadalupe", 0.059), ("Belinda", 0.059), ("Margarita", 0.059),
        ("Sheryl", 0.059), ("Cora", 0.058), ("Faye", 0.058), ("Ada", 0.057), ("Natasha", 0.057),
        ("Sabrina", 0.057), ("Isabel", 0.057), ("Marguerite", 0.056), ("Hattie", 0.056),
        ("Harriet", 0.056), ("Molly", 0.055), ("Cecilia", 0.055), ("Kristi", 0.055),
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
        ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042), ("Kara", 0.041),
        ("Jacquelyn", 0.041), ("Erma", 0.041), ("Blanca", 0.041), ("Myra", 0.04), ("Leticia", 0.04),
        ("Pat", 0.04), ("Krista", 0.04), ("Roxanne", 0.04), ("Angelica", 0.039), ("Johnnie", 0.039),
        ("Robyn", 0.039), ("Francis", 0.039), ("Adrienne", 0.039), ("Rosalie", 0.039),
        ("Alexandra", 0.039), ("Brooke", 0.039), ("Bethany", 0.039), ("Sadie", 0.039),
        ("Bernadette", 0.039),
    )
)  # fmt: skip
US_MEN = census(
    (
        ("James", 3.318), ("John", 3.271), ("Robert", 3.143), ("Michael", 2.629), ("William", 2.451),
        ("David", 2.363), ("Richard", 1.703), ("Charles", 1.523), ("Joseph", 1.404), ("Thomas", 1.38),
        ("Christopher", 1.035), ("Daniel", 0.974), ("Paul", 0.948), ("Mark", 0.938),
        ("Donald", 0.931), ("George", 0.927), ("Kenneth", 0.826), ("Steven", 0.78), ("Edward", 0.779),
        ("Brian", 0.736), ("Ronald", 0.725), ("Anthony", 0.721), ("Kevin", 0.671), ("Jason", 0.66),
        ("Matthew", 0.657), ("Gary", 0.65), ("Timothy", 0.64), ("Jose", 0.613), ("Larry", 0.598),
        ("Jeffrey", 0.591), ("Frank", 0.581), ("Scott", 0.546), ("Eric", 0.544), ("Stephen", 0.54),
        ("Andrew", 0.537), ("Raymond", 0.488), ("Gregory", 0.441), ("Joshua", 0.435),
        ("Jerry", 0.432), ("Dennis", 0.415), ("Walter", 0.399), ("Patrick", 0.389), ("Peter", 0.381),
        ("Harold", 0.371), ("Douglas", 0.367), ("Henry", 0.365), ("Carl", 0.346), ("Arthur", 0.335),
        ("Ryan", 0.328), ("Roger", 0.322), ("Joe", 0.321), ("Juan", 0.316), ("Jack", 0.315),
        ("Albert", 0.314), ("Jonathan", 0.313), ("Justin", 0.311), ("Terry", 0.311),
        ("Gerald", 0.309), ("Keith", 0.308), ("Samuel", 0.306), ("Willie", 0.302), ("Ralph", 0.282),
        ("Lawrence", 0.282), ("Nicholas", 0.275), ("Roy", 0.273), ("Benjamin", 0.27),
        ("Bruce", 0.263), ("Brandon", 0.26), ("Adam", 0.259), ("Harry", 0.251), ("Fred", 0.251),
        ("Wayne", 0.249), ("Billy", 0.248), ("Steve", 0.246), ("Louis", 0.243), ("Jeremy", 0.242),
        ("Aaron", 0.24), ("Randy", 0.232), ("Howard", 0.23), ("Eugene", 0.23), ("Carlos", 0.229),
        ("Russell", 0.224), ("Bobby", 0.223), ("Victor", 0.222), ("Martin", 0.216), ("Ernest", 0.215),
        ("Phillip", 0.213), ("Todd", 0.213), ("Jesse", 0.209), ("Craig", 0.206), ("Alan", 0.204),
        ("Shawn", 0.2), ("Clarence", 0.197), ("Sean", 0.197), ("Philip", 0.197), ("Chris", 0.197),
        ("Johnny", 0.195), ("Earl", 0.193), ("Jimmy", 0.191), ("Antonio", 0.19), ("Danny", 0.19),
        ("Bryan", 0.19), ("Tony", 0.19), ("Luis", 0.189), ("Mike", 0.189), ("Stanley", 0.186),
        ("Leonard", 0.186), ("Nathan", 0.185), ("Dale", 0.184), ("Manuel", 0.181), ("Rodney", 0.18),
        ("Curtis", 0.18), ("Norman", 0.177), ("Allen", 0.174), ("Marvin", 0.171), ("Vincent", 0.168),
        ("Glenn", 0.167), ("Jeffery", 0.166), ("Travis", 0.166), ("Jeff", 0.166), ("Chad", 0.165),
        ("Jacob", 0.165), ("Lee", 0.162), ("Melvin", 0.162), ("Alfred", 0.162), ("Kyle", 0.16),
        ("Francis", 0.16), ("Bradley", 0.159), ("Jesus", 0.155), ("Herbert", 0.155),
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
        ("Brett", 0.082), ("Angel", 0.082), ("Nathaniel", 0.081), ("Rafael", 0.081),
        ("Leslie", 0.081), ("Edgar", 0.08), ("Milton", 0.08), ("Raul", 0.079), ("Ben", 0.078),
        ("Chester", 0.078), ("Cecil", 0.078), ("Duane", 0.077), ("Franklin", 0.077), ("Andre", 0.076),
        ("Elmer", 0.074), ("Brad", 0.073), ("Gabriel", 0.073), ("Ron", 0.072), ("Mitchell", 0.072),
        ("Roland", 0.072), ("Arnold", 0.072), ("Harvey", 0.072), ("Jared", 0.071), ("Adrian", 0.069),
        ("Karl", 0.069), ("Cory", 0.068), ("Claude", 0.068), ("Erik", 0.068), ("Darryl", 0.067),
        ("Jamie", 0.066), ("Neil", 0.066), ("Jessie", 0.065), ("Christian", 0.065), ("Javier", 0.065),
        ("Fernando", 0.065), ("Clinton", 0.065), ("Ted", 0.064), ("Mathew", 0.064), ("Tyrone", 0.064),
        ("Darren", 0.064), ("Lonnie", 0.064), ("Lance", 0.063), ("Cody", 0.063), ("Julio", 0.063),
        ("Kelly", 0.063), ("Kurt", 0.062), ("Allan", 0.061), ("Nelson", 0.061), ("Guy", 0.06),
        ("Clayton", 0.06), ("Hugh", 0.06), ("Max", 0.059), ("Dwayne", 0.059), ("Dwight", 0.058),
        ("Armando", 0.058), ("Felix", 0.058), ("Jimmie", 0.058), ("Everett", 0.057),
        ("Jordan", 0.056), ("Ian", 0.056), ("Wallace", 0.056), ("Ken", 0.055), ("Bob", 0.055),
        ("Jaime", 0.055), ("Casey", 0.054), ("Alfredo", 0.054), ("Alberto", 0.053), ("Dave", 0.053),
        ("Ivan", 0.053), ("Johnnie", 0.052), ("Sidney", 0.052), ("Byron", 0.052), ("Julian", 0.052),
        ("Isaac", 0.051), ("Morris", 0.051), ("Clifton", 0.05), ("Willard", 0.05), ("Daryl", 0.05),
        ("Ross", 0.05), ("Virgil", 0.049), ("Andy", 0.049), ("Marshall", 0.049), ("Salvador", 0.049),
        ("Perry", 0.049), ("Kirk", 0.049), ("Sergio", 0.049), ("Marion", 0.048), ("Tracy", 0.048),
        ("Seth", 0.048), ("Kent", 0.048), ("Terrance", 0.048), ("Rene", 0.048), ("Eduardo", 0.047),
        ("Terrence", 0.047), ("Enrique", 0.046), ("Freddie", 0.046), ("Wade", 0.045),
        ("Austin", 0.044), ("Stuart", 0.044), ("Fredrick", 0.043), ("Arturo", 0.043),
        ("Alejandro", 0.043), ("Jackie", 0.043), ("Joey", 0.043), ("Nick", 0.043), ("Luther", 0.043),
        ("Wendell", 0.042), ("Jeremiah", 0.042), ("Evan", 0.042), ("Julius", 0.042), ("Dana", 0.042),
        ("Donnie", 0.041), ("Otis", 0.041), ("Shannon", 0.04), ("Trevor", 0.04), ("Oliver", 0.04),
        ("Luke", 0.04), ("Homer", 0.04), ("Gerard", 0.04), ("Doug", 0.04), ("Kenny", 0.039),
        ("Hubert", 0.039), ("Angelo", 0.039), ("Shaun", 0.039), ("Lyle", 0.038), ("Matt", 0.038),
        ("Lynn", 0.038), ("Alfonso", 0.038), ("Orlando", 0.037), ("Rex", 0.037), ("Carlton", 0.037),
        ("Ernesto", 0.037), ("Cameron", 0.037), ("Neal", 0.037), ("Pablo", 0.036), ("Lorenzo", 0.036),
        ("Omar", 0.036), ("Wilbur", 0.036), ("Blake", 0.036), ("Grant", 0.036), ("Horace", 0.036),
        ("Roderick", 0.036), ("Kerry", 0.036), ("Abraham", 0.035), ("Willis", 0.035),
        ("Rickey", 0.035), ("Jean", 0.035), ("Ira", 0.035), ("Andres", 0.034), ("Cesar", 0.034),
        ("Johnathan", 0.034), ("Malcolm", 0.034), ("Rudolph", 0.034), ("Damon", 0.034),
        ("Kelvin", 0.034), ("Rudy", 0.034), ("Preston", 0.034), ("Alton", 0.033), ("Archie", 0.033),
        ("Marco", 0.033), ("Wm", 0.033), ("Pete", 0.032), ("Randolph", 0.032), ("Garry", 0.032),
        ("Geoffrey", 0.032), ("Jonathon", 0.032), ("Felipe", 0.032), ("Bennie", 0.032),
        ("Gerardo", 0.032), ("Ed", 0.032), ("Dominic", 0.032), ("Robin", 0.032), ("Loren", 0.032),
        ("Delbert", 0.031), ("Colin", 0.031), ("Guillermo", 0.031), ("Earnest", 0.031),
        ("Lucas", 0.031), ("Benny", 0.03), ("Noel", 0.03), ("Spencer", 0.03), ("Rodolfo", 0.03),
        ("Myron", 0.03), ("Edmund", 0.03), ("Garrett", 0.029), ("Salvatore", 0.029),
        ("Cedric", 0.029), ("Lowell", 0.029), ("Gregg", 0.029), ("Sherman", 0.028), ("Wilson", 0.028),
        ("Devin", 0.028), ("Sylvester", 0.028), ("Kim", 0.028), ("Roosevelt", 0.028),
        ("Israel", 0.028), ("Jermaine", 0.028),
    )
)  # fmt: skip
US_SURNAMES = census(
    (
        ("Smith", 1.006), ("Johnson", 0.81), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621),
        ("Davis", 0.48), ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor", 0.311),
        ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.31), ("White", 0.279),
        ("Harris", 0.275), ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254),
        ("Martinez", 0.234), ("Robinson", 0.233), ("Clark", 0.231), ("Rodriguez", 0.229),
        ("Lewis", 0.226), ("Lee", 0.22), ("Walker", 0.219), ("Hall", 0.2), ("Allen", 0.199),
        ("Young", 0.193), ("Hernandez", 0.192), ("King", 0.19), ("Wright", 0.189), ("Lopez", 0.187),
        ("Hill", 0.187), ("Scott", 0.185), ("Green", 0.183), ("Adams", 0.174), ("Baker", 0.171),
        ("Gonzalez", 0.166), ("Nelson", 0.162), ("Carter", 0.162), ("Mitchell", 0.16),
        ("Perez", 0.155), ("Roberts", 0.153), ("Turner", 0.152), ("Phillips", 0.149),
        ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141), ("Edwards", 0.137),
        ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.13), ("Morris", 0.125),
        ("Rogers", 0.123), ("Reed", 0.122), ("Cook", 0.12), ("Morgan", 0.118), ("Bell", 0.117),
        ("Murphy", 0.117), ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper", 0.113),
        ("Richardson", 0.112), ("Cox", 0.11), ("Howard", 0.11), ("Ward", 0.108), ("Torres", 0.108),
        ("Peterson", 0.107), ("Gray", 0.106), ("Ramirez", 0.105), ("James", 0.105), ("Watson", 0.103),
        ("Brooks", 0.103), ("Kelly", 0.102), ("Sanders", 0.1), ("Price", 0.099), ("Bennett", 0.099),
        ("Wood", 0.098), ("Barnes", 0.097), ("Ross", 0.096), ("Henderson", 0.095), ("Coleman", 0.095),
        ("Jenkins", 0.095), ("Perry", 0.094), ("Powell", 0.093), ("Long", 0.092),
        ("Patterson", 0.092), ("Hughes", 0.092), ("Flores", 0.092), ("Washington", 0.092),
        ("Butler", 0.091), ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales", 0.087),
        ("Bryant", 0.087), ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084),
        ("Diaz", 0.084), ("Hayes", 0.083), ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082),
        ("Graham", 0.082), ("Sullivan", 0.081), ("Wallace", 0.081), ("Woods", 0.08), ("Cole", 0.08),
        ("West", 0.08), ("Jordan", 0.078), ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077),
        ("Ellis", 0.077), ("Harrison", 0.076), ("Gibson", 0.075), ("McDonald", 0.075),
        ("Cruz", 0.075), ("Marshall", 0.075), ("Ortiz", 0.075), ("Gomez", 0.075), ("Murray", 0.074),
        ("Freeman", 0.074), ("Wells", 0.073), ("Webb", 0.072), ("Simpson", 0.07), ("Stevens", 0.07),
        ("Tucker", 0.07), ("Porter", 0.069), ("Hunter", 0.069), ("Hicks", 0.069), ("Crawford", 0.068),
        ("Henry", 0.068), ("Boyd", 0.068), ("Mason", 0.068), ("Morales", 0.067), ("Kennedy", 0.067),
        ("Warren", 0.067), ("Dixon", 0.066), ("Ramos", 0.066), ("Reyes", 0.066), ("Burns", 0.065),
        ("Gordon", 0.065), ("Shaw", 0.065), ("Holmes", 0.065), ("Rice", 0.064), ("Robertson", 0.064),
        ("Hunt", 0.063), ("Black", 0.063), ("Daniels", 0.062), ("Palmer", 0.062), ("Mills", 0.061),
        ("Nichols", 0.06), ("Grant", 0.06), ("Knight", 0.06), ("Ferguson", 0.059), ("Rose", 0.059),
        ("Stone", 0.059), ("Hawkins", 0.059), ("Dunn", 0.058), ("Perkins", 0.058), ("Hudson", 0.058),
        ("Spencer", 0.057), ("Gardner", 0.057), ("Stephens", 0.057), ("Payne", 0.057),
        ("Pierce", 0.056), ("Berry", 0.056), ("Matthews", 0.056), ("Arnold", 0.056),
        ("Wagner", 0.055), ("Willis", 0.055), ("Ray", 0.055), ("Watkins", 0.055), ("Olson", 0.055),
        ("Carroll", 0.055), ("Duncan", 0.055), ("Snyder", 0.055), ("Hart", 0.054),
        ("Cunningham", 0.054), ("Bradley", 0.054), ("Lane", 0.054), ("Andrews", 0.054),
        ("Ruiz", 0.054), ("Harper", 0.054), ("Fox", 0.053), ("Riley", 0.053), ("Armstrong", 0.053),
        ("Carpenter", 0.053), ("Weaver", 0.053), ("Greene", 0.053), ("Lawrence", 0.052),
        ("Elliott", 0.052), ("Chavez", 0.052), ("Sims", 0.052), ("Austin", 0.052), ("Peters", 0.052),
        ("Kelley", 0.052), ("Franklin", 0.051), ("Lawson", 0.051), ("Fields", 0.051),
        ("Gutierrez", 0.051), ("Ryan", 0.051), ("Schmidt", 0.051), ("Carr", 0.051),
        ("Vasquez", 0.051), ("Castillo", 0.051), ("Wheeler", 0.051), ("Chapman", 0.05),
        ("Oliver", 0.05), ("Montgomery", 0.049), ("Richards", 0.049), ("Williamson", 0.049),
        ("Johnston", 0.049), ("Banks", 0.048), ("Meyer", 0.048), ("Bishop", 0.048), ("McCoy", 0.048),
        ("Howell", 0.048), ("Alvarez", 0.048), ("Morrison", 0.048), ("Hansen", 0.047),
        ("Fernandez", 0.047), ("Garza", 0.047), ("Harvey", 0.047), ("Little", 0.046),
        ("Burton", 0.046), ("Stanley", 0.046), ("Nguyen", 0.046), ("George", 0.046),
        ("Jacobs", 0.046), ("Reid", 0.046), ("Kim", 0.045), ("Fuller", 0.045), ("Lynch", 0.045),
        ("Dean", 0.045), ("Gilbert", 0.045), ("Garrett", 0.045), ("Romero", 0.045), ("Welch", 0.044),
        ("Larson", 0.044), ("Frazier", 0.044), ("Burke", 0.044), ("Hanson", 0.043), ("Day", 0.043),
        ("Mendoza", 0.043), ("Moreno", 0.043), ("Bowman", 0.043), ("Medina", 0.042),
        ("Fowler", 0.042), ("Brewer", 0.042), ("Hoffman", 0.042), ("Carlson", 0.042),
        ("Silva", 0.042), ("Pearson", 0.042), ("Holland", 0.042), ("Douglas", 0.041),
        ("Fleming", 0.041), ("Jensen", 0.041), ("Vargas", 0.041), ("Byrd", 0.041),
        ("Davidson", 0.041), ("Hopkins", 0.041), ("May", 0.04), ("Terry", 0.04), ("Herrera", 0.04),
        ("Wade", 0.04), ("Soto", 0.04), ("Walters", 0.04), ("Curtis", 0.04), ("Neal", 0.039),
        ("Caldwell", 0.039), ("Lowe", 0.039), ("Jennings", 0.039), ("Barnett", 0.039),
        ("Graves", 0.039), ("Jimenez", 0.039), ("Horton", 0.039), ("Shelton", 0.039),
        ("Barrett", 0.039), ("O'Brien", 0.039), ("Castro", 0.039), ("Sutton", 0.038),
        ("Gregory", 0.038), ("McKinney", 0.038), ("Lucas", 0.038), ("Miles", 0.038), ("Craig", 0.038),
        ("Rodriquez", 0.037), ("Chambers", 0.037), ("Holt", 0.037), ("Lambert", 0.037),
        ("Fletcher", 0.037), ("Watts", 0.037), ("Bates", 0.037), ("Hale", 0.037), ("Rhodes", 0.037),
        ("Pena", 0.037), ("Beck", 0.037), ("Newman", 0.036), ("Haynes", 0.036), ("McDaniel", 0.036),
        ("Mendez", 0.036), ("Bush", 0.036), ("Vaughn", 0.036), ("Parks", 0.035), ("Dawson", 0.035),
        ("Santiago", 0.035), ("Norris", 0.035), ("Hardy", 0.035), ("Love", 0.035), ("Steele", 0.035),
        ("Curry", 0.035), ("Powers", 0.035), ("Schultz", 0.035), ("Barker", 0.035), ("Guzman", 0.034),
        ("Page", 0.034), ("Munoz", 0.034), ("Ball", 0.034), ("Keller", 0.034), ("Chandler", 0.034),
        ("Weber", 0.034), ("Leonard", 0.034), ("Walsh", 0.033), ("Lyons", 0.033), ("Ramsey", 0.033),
        ("Wolfe", 0.033), ("Schneider", 0.033), ("Mullins", 0.033), ("Benson", 0.033),
        ("Sharp", 0.033), ("Bowen", 0.033), ("Daniel", 0.033), ("Barber", 0.032), ("Cummings", 0.032),
        ("Hines", 0.032), ("Baldwin", 0.032), ("Griffith", 0.032), ("Valdez", 0.032),
        ("Hubbard", 0.032), ("Salazar", 0.032), ("Reeves", 0.032), ("Warner", 0.031),
        ("Stevenson", 0.031), ("Burgess", 0.031), ("Santos", 0.031), ("Tate", 0.031),
        ("Cross", 0.031), ("Garner", 0.031), ("Mann", 0.031), ("Mack", 0.031), ("Moss", 0.031),
        ("Thornton", 0.031), ("Dennis", 0.031), ("McGee", 0.031), ("Farmer", 0.03), ("Delgado", 0.03),
        ("Aguilar", 0.03), ("Vega", 0.03), ("Glover", 0.03), ("Manning", 0.03), ("Cohen", 0.03),
        ("Harmon", 0.03), ("Rodgers", 0.03), ("Robbins", 0.03), ("Newton", 0.03), ("Todd", 0.03),
        ("Blair", 0.03), ("Higgins", 0.03), ("Ingram", 0.03), ("Reese", 0.03), ("Cannon", 0.03),
        ("Strickland", 0.03), ("Townsend", 0.03), ("Potter", 0.03), ("Goodwin", 0.03),
        ("Walton", 0.03), ("Rowe", 0.029), ("Hampton", 0.029), ("Ortega", 0.029), ("Patton", 0.029),
        ("Swanson", 0.029), ("Joseph", 0.029), ("Francis", 0.029), ("Goodman", 0.029),
        ("Maldonado", 0.029), ("Yates", 0.029), ("Becker", 0.029), ("Erickson", 0.029),
        ("Hodges", 0.029), ("Rios", 0.029), ("Conner", 0.029), ("Adkins", 0.029), ("Webster", 0.028),
        ("Norman", 0.028), ("Malone", 0.028), ("Hammond", 0.028), ("Flowers", 0.028), ("Cobb", 0.028),
        ("Moody", 0.028), ("Quinn", 0.028), ("Blake", 0.028), ("Maxwell", 0.028), ("Pope", 0.028),
        ("Floyd", 0.027), ("Osborne", 0.027), ("Paul", 0.027), ("McCarthy", 0.027),
        ("Guerrero", 0.027), ("Lindsey", 0.027), ("Estrada", 0.027), ("Sandoval", 0.027),
        ("Gibbs", 0.027), ("Tyler", 0.027), ("Gross", 0.027), ("Fitzgerald", 0.027),
        ("Stokes", 0.027), ("Doyle", 0.027), ("Sherman", 0.027),
    )
)  # fmt: skip

# The UK: given names and surnames in the order of the ONS rankings, 1/rank.
UK_WOMEN = ranked(
    """
    Sarah Emma Laura Rebecca Hannah Charlotte Amy Lauren Jessica Sophie Katie Emily Claire
    Rachel Gemma Lucy Nicola Kelly Victoria Jennifer Helen Samantha Louise Stephanie Natalie
    Zoe Holly Chloe Megan Bethany Jade Danielle Elizabeth Catherine Joanne Michelle Lisa Karen
    Susan Julie Amanda Deborah Alison Angela Fiona Jane Caroline Kirsty Leanne Georgia Olivia
    Ellie Grace Abigail Eleanor Amelia Alice Ella Lily Isabel Phoebe Millie Imogen Anna Molly
    Harriet Eve Rosie Jasmine Freya Chelsea Shannon Ruth Joanna Kate Anne Margaret Patricia
    Linda Mary Christine Janet Gillian Carol Sharon Tracey Wendy Hayley Kerry Katherine
    Jacqueline Dawn Lorraine Heather Alexandra Rosemary Sally Paula Catriona Siobhan Ffion
    Bronwen Eilidh Isla Ava Mia Poppy Evie Ruby Daisy Florence Sienna Matilda Maisie Erin
    Niamh Aoife Caitlin Beth Abbie Courtney Jodie Stacey Kayleigh Naomi Esther
    Priya Aisha Fatima Hollie Tegan Keeley Leah Amber Summer Scarlett Layla Lola Elsie Willow
    Iona Morag Kirstie Shona Mhairi Rhiannon Cerys Carys Nia Sian Tamsin Philippa
    Rosalind Imelda Bridget Maureen Sheila Pauline Valerie Brenda Jean Doreen Glenda Beverley
    Yvonne Joan Barbara Marion Elaine Denise Jill Vanessa Rowena Hermione Clemency Felicity
    Verity Octavia Araminta Henrietta Cressida Imani Nadia Jasmin Leila Zara Hafsa Maryam
    Rhian Eluned Gwen Lowri Seren Elin Mali Catrin Heledd Bethan Annabel Camilla Daphne Juliet
    """,
    130,
)
UK_MEN = ranked(
    """
    David John Paul James Mark Michael Andrew Richard Peter Stephen Robert Christopher Daniel
    Matthew Thomas Simon Ian Steven Anthony Mohammed Jonathan Martin Gary Darren Lee Craig Neil
    Adam Benjamin Samuel Jack Oliver Harry George William Joseph Alexander Luke Ryan Jamie Liam
    Kevin Jason Scott Nicholas Philip Stuart Graham Timothy Shaun Dean Alan Keith Colin Brian
    Kenneth Ronald Gordon Trevor Nigel Barry Malcolm Charlie Henry Edward Joshua
    Callum Connor Kieran Nathan Jake Jordan Lewis Aaron Bradley Ben Tom Sam Joe Max Alfie Noah
    Leo Oscar Archie Jacob Theo Freddie Arthur Isaac Finley Ethan Toby Rory Euan Fraser Hamish
    Angus Alistair Duncan Iain Gareth Rhys Dylan Owain Dafydd Huw Aled Gethin Rhodri Sean
    Declan Ciaran Patrick Conor Niall Eoin Dominic Rupert Hugo Giles Jeremy Julian Crispin
    Quentin Jasper Sebastian Felix Ahmed Ali Omar Hassan Imran Bilal Usman Zain
    Raj Sanjay Vikram Arjun Harjit Gurpreet Jaspreet Kwame Kofi Tunde Olu Emeka Chidi Dwayne
    Leroy Wayne Terry Derek Dennis Roger Raymond Geoffrey Norman Clive Roy Bernard Leonard
    Douglas Frank Harold Albert Stanley Walter Ernest Reginald Cyril Vincent Gerald Francis
    Russell Glenn Carl Lloyd Dale Ross Blake Kyle Reece Brandon Tyler Elliot Harvey Louis
    Frederick Reuben Jude Elliott Tobias Rowan Alfred Edmund Ambrose Cormac Fergus Lachlan
    Murray Ewan Robbie Gregor Calum
    """,
    130,
)
UK_SURNAMES = ranked(
    """
    Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson
    Thompson Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson
    Wood Turner Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen
    James Scott Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook
    Carter Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall
    Anderson Simpson Ellis Adams Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray
    Mason Ali Hunt Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd
    Butler Russell Barker Fisher Stevens Jenkins Murray Dixon Harvey Graham Pearson Ahmed
    Fletcher Walsh Kaur Gibson Howard Andrews Stewart Elliott Reynolds Saunders Payne Fox Ford
    Pearce Day Brooks West Lawrence Cole Atkinson Bradley Spencer Gill Dawson Ball Burton
    O'Brien Watts Rose Booth Perry Ryan Grant Wells Armstrong Francis Rees Hayes Hart Hudson
    Newman Barrett Webster Hunter Gregory Carr Lowe Page Marsh Riley Dunn Woods Parsons Berry
    Stone Reid Holland Hawkins Harding Porter Robertson Newton Oliver Reed Kennedy Williamson
    Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry Burgess Bishop Walton Burns
    Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls Hamilton Byrne Sutton McDonald
    Yates Hodgson Robson Curtis Hopkins O'Connor Harper Coleman Watkins Moss McCarthy Chambers
    O'Neill Griffin Sharp Hardy Wheeler Potter Osborne Johnston Gordon Doyle Wallace George
    Jordan Hutchinson Rowe Burke May Pritchard Gilbert Willis Higgins Read Miles Stevenson
    Stephenson Hammond Arnold Buckley Walters Hewitt Barber Nelson Slater Austin Sullivan
    Whitehouse Randall Whittaker Davidson Charlton Bryant Lambert Fraser Howe Jarvis Field
    Parkinson Lamb MacDonald MacLeod Morrison Paterson Ferguson Sinclair
    McKenzie Munro Cameron Duncan Boyle Quinn Gallagher Doherty Kavanagh Llewellyn Pugh
    Vaughan Prosser Bowen Howells Meredith Thorpe Sykes Haigh Brennan Lynch
    Farrell Dennis Kirby Todd Whitaker Ashworth Ainsworth Horton Cartwright Goodwin Lucas
    Hayward Kerr Blackburn Bolton Pickering Rahman Islam Mahmood Akhtar Iqbal Chowdhury
    Okafor Mensah Adeyemi Nguyen Chen Wong Sandhu Dhillon Bains Mistry Chauhan
    """,
    150,
)

# Origins common in Sweden: their commonest given names and surnames, 1/rank, head 10.
FINNISH = Origin(
    ranked("Tuula Pirjo Ritva Riitta Marja Anneli Leena Sirpa Eija Päivi Tarja Seija Pirkko Kaija Kirsi Sari Arja Marjatta Aino Hilkka Raija Sinikka Terttu Hannele Liisa Kaarina Satu Minna Heidi Laura Maija Aila", 10),
    ranked("Juha Matti Kari Mikko Timo Jari Pekka Heikki Antti Markku Seppo Jukka Esa Pentti Erkki Tapio Hannu Raimo Veikko Ilkka Jouni Reijo Pertti Aarne Tuomas Janne Petri Teemu Ville Eero Olavi", 10),
    ranked("Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hiltunen Kallio Pitkänen Leinonen Keskinen Väisänen", 10),
)  # fmt: skip
ARABIC = Origin(  # Iraq, Syria, Lebanon and Palestine, with Assyrian/Syriac names
    ranked("Fatima Maryam Zainab Noor Sara Aya Rana Hiba Lina Layla Amal Hanan Rasha Dalia Nour Huda Suha Reem Samira Aisha Yasmin Shaimaa Zahra Raghad Mariam Dima Ghada Nadia Salma Ninva Shamiran Ninorta Rita Marta", 10),
    ranked("Mohammed Ahmed Ali Hassan Hussein Omar Mustafa Ibrahim Khaled Youssef Abdullah Mahmoud Ammar Karim Haidar Sami Bilal Tariq Rami Samer Firas Jamal Adnan Hamza Walid Ziad Osama Yaser Nabil Sargon Ninos Fadi Aziz Ashur Gabriel", 10),
    ranked("Ali Mohammed Ahmed Hassan Hussein Ibrahim Abdullah Khalil Saleh Mahmoud Jaber Haddad Khoury Nasser Mansour Hamdan Al-Hashimi Al-Obaidi Al-Rubaie Al-Jabouri Al-Saadi Al-Tamimi Jawad Kadhim Abbas Yousef Issa Shamoun Barsoum Saliba Gabriel Yacoub Hanna Elias Malke Jajo Toma Odisho Benyamin Warda Khamis", 10),
)  # fmt: skip
SOMALI = Origin(  # a father's name is the surname
    ranked("Hodan Fadumo Amina Hawa Sahra Ayaan Halima Khadija Nimco Ifrah Ubah Farhiya Hibaaq Sagal Idil Deeqa Sucaad Muna Ilhan Asha Naima Ruqiya Fartun Ladan Ikran Sacdiyo Sahro Hamdi", 10),
    ranked("Mohamed Abdi Ahmed Ali Hassan Abdirahman Abdullahi Omar Yusuf Ismail Mahad Abdikadir Abdirizak Farah Mukhtar Liban Said Osman Hamza Khalid Abdiaziz Guled Bashir Nur Warsame Hussein Mohamud Ibrahim Abdiwali", 10),
    ranked("Mohamed Ahmed Ali Abdi Hassan Omar Yusuf Osman Farah Hussein Ibrahim Ismail Mohamud Nur Abdullahi Warsame Jama Aden Said Hirsi Dahir Elmi Egal Duale Gedi Abdulle Shire Barre Hersi Awale", 10),
)  # fmt: skip
POLISH = Origin(
    ranked("Anna Katarzyna Małgorzata Agnieszka Barbara Ewa Magdalena Joanna Aleksandra Monika Krystyna Elżbieta Zofia Teresa Dorota Marta Beata Natalia Karolina Paulina Justyna Agata Iwona Danuta Jadwiga Halina Grażyna Wiktoria Maja Julia Zuzanna", 10),
    ranked("Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Stanisław Jakub Adam Marek Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Jerzy Maciej Rafał Kamil Robert Kacper Szymon Bartosz Przemysław Sebastian Dawid", 10),
    ranked("Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Wojciechowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Stępień Malinowski Jaworski Adamczyk Dudek Górski Nowicki Sikora Walczak Baran Zawadzki Czarnecki Sawicki Sokołowski Brzeziński", 10),
)  # fmt: skip
PERSIAN = Origin(
    ranked("Maryam Fatemeh Zahra Sara Leila Mahsa Neda Shirin Parisa Nasrin Azadeh Roya Samira Elham Mina Niloufar Sepideh Nazanin Shiva Mitra Soheila Golnaz Farnaz Ladan Setareh Yasaman Parvaneh Mahnaz Shabnam", 10),
    ranked("Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Behrouz Dariush Farhad Kourosh Babak Arash Majid Mahmoud Payam Pouya Siavash Shahram Mehran Ramin Kaveh Omid Navid Afshin Peyman Bijan Hooman Arman", 10),
    ranked("Mohammadi Hosseini Ahmadi Rezaei Moradi Karimi Hashemi Jafari Rahimi Mousavi Ghasemi Sadeghi Kazemi Rostami Ebrahimi Amini Abbasi Azizi Najafi Shirazi Tehrani Kamali Farahani Naderi Bagheri Soltani Heidari Safari Yazdani Esfahani Khosravi Zamani Nikbakht Ansari Daneshvar", 10),
)  # fmt: skip
BCS = Origin(  # Bosnian, Serbian and Croatian
    ranked("Amra Emina Lejla Selma Aida Jasmina Amela Mirela Azra Senada Ajla Dženana Elma Maja Ana Ivana Jelena Marija Snežana Dragana Milica Vesna Mirjana Sanja Gordana Tanja Nada Jovana Ines Nermina", 10),
    ranked("Amir Emir Adnan Mirza Edin Haris Kemal Senad Almir Samir Nermin Dino Mehmed Zoran Dragan Goran Nenad Milan Marko Stefan Nikola Aleksandar Dejan Ivan Tomislav Josip Ante Ivica Mladen Damir Dževad Ismet Esad", 10),
    ranked("Hodžić Hadžić Hasanović Begić Mehmedović Delić Kovačević Hrustić Ibrahimović Alić Mujić Halilović Suljić Omerović Husić Jusić Dedić Softić Karić Salihović Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Pavlović Popović Savić Horvat Kovačić Babić Marić Jurić Knežević Vuković Tomić Kovač Perić Šarić Lukić Mandić Radić", 10),
)  # fmt: skip
TURKISH = Origin(
    ranked("Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Sultan Hülya Özlem Derya Esra Merve Büşra Gül Filiz Sevgi Aylin Ebru Yasemin Nur Dilek Tuğba Gamze Selin Ecem Melek Songül", 10),
    ranked("Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah Mahmut Recep Emre Burak Serkan Kemal Cem Erkan Volkan Tolga Kaan Onur Okan Can", 10),
    ranked("Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Özcan Korkmaz Çakır Erdoğan Yavuz Can Acar Şen Aktaş Güler Yalçın Güneş Bozkurt Bulut Keskin Ünal Turan Gül Özer", 10),
)  # fmt: skip
ERITREAN = Origin(  # a father's name is the surname
    ranked("Helen Senait Selam Saba Hiwet Tsega Meron Yodit Mebrat Ruta Lidia Semhar Ariam Winta Feven Eden Bisrat Hanna Almaz Tsehay Letekidan Mihret Rahel Sara Elsa", 10),
    ranked("Yonas Daniel Samuel Tesfay Dawit Yohannes Mehari Tekle Berhane Habte Kidane Tesfamariam Ermias Filmon Robel Biniam Haile Amanuel Mussie Negassi Goitom Solomon Michael Isaias Semere Efrem Abraham Aron Kibrom", 10),
    ranked("Tesfay Tekle Berhane Ghebremedhin Haile Kidane Habte Woldemichael Mehari Tesfamariam Yohannes Gebrehiwet Ghebreyesus Mebrahtu Asmerom Andemariam Weldu Negash Tsegay Araya Kahsay Okbazghi Zerai Russom Fessehaye Solomon Abraha Ghirmay Yemane Bereket", 10),
)  # fmt: skip
AFGHAN = Origin(
    ranked("Fatima Maryam Zahra Shabnam Marzia Farzana Nilofar Hamida Freshta Mursal Parwana Madina Roya Sadaf Masuda Zarghona Mahbooba Nazifa Shukria Laila Palwasha Wahida Sima Arezo Hasina Khadija", 10),
    ranked("Mohammad Ahmad Ali Abdul Hamid Mustafa Omid Rahim Karim Mahmood Najib Farid Hakim Jawad Mujtaba Murtaza Sayed Habib Nasir Rahmatullah Zabihullah Naqib Mirwais Hekmatullah Ehsan Sohrab Rashid Wahid Hussain Qasim Javid Bashir Yama", 10),
    ranked("Ahmadi Mohammadi Hashimi Rahimi Hussaini Sultani Karimi Noori Amiri Safi Popal Wardak Stanikzai Ahmadzai Sadat Hakimi Jafari Rezaie Haidari Qaderi Akbari Nazari Azizi Sharifi Rasuli Habibi Naseri Hotak Barakzai Mohmand Sahak Yousufzai", 10),
)  # fmt: skip
THAI = Origin(
    ranked("Siriporn Somporn Pornthip Malee Suda Nittaya Wanida Kanya Pranee Ratana Supaporn Jintana Lamai Ploy Pim Apinya Chanida Wassana Duangjai Kannika Orathai Sunisa Tipawan Kanokwan Nong", 10),
    ranked("Somchai Somsak Prasert Surachai Anan Boonmee Chaiwat Somboon Wichai Thanakorn Kittisak Nattapong Sombat Apichat Niran Pongsak Surasak Wirat Sakda Thawatchai Narong Chatchai Kriangkrai", 10),
    ranked("Saetang Saelee Srisuk Thongdee Jaidee Boonmee Kaewmanee Sukjai Wongsawat Rattanaporn Chaiyasit Suwannarat Phromma Intarasuk Srisawat Kongkaew Panyadee Sangthong Saeheng Sukprasert", 10),
)  # fmt: skip
LATIN = Origin(  # Chile first, then the rest of Latin America; two surnames 60% of the time
    ranked("María Carolina Camila Valentina Francisca Javiera Constanza Daniela Catalina Fernanda Paula Andrea Claudia Patricia Verónica Marcela Paola Ximena Gabriela Lorena Carmen Rosa Soledad Pamela Alejandra Macarena Isidora Antonia Josefa Florencia", 10),
    ranked("José Juan Luis Carlos Jorge Cristián Francisco Pablo Rodrigo Felipe Sebastián Matías Diego Nicolás Tomás Benjamín Vicente Gonzalo Patricio Mauricio Manuel Pedro Miguel Andrés Héctor Raúl Víctor Alejandro Ignacio Joaquín", 10),
    ranked("González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Ramírez Reyes Gutiérrez Castro Vargas Álvarez Vásquez Tapia Fernández Sánchez Carrasco Gómez Cortés Herrera Núñez Jara Vergara Rivera Figueroa", 10),
)  # fmt: skip
KURDISH = Origin(
    ranked("Berivan Rojda Dilan Jiyan Rojin Nazdar Shilan Zozan Avin Delal Gulistan Bahar Sozdar Runak Kajal Chnar Hevin Lana Beritan Rezan Helin Viyan Dilvin Shirin Nasrin", 10),
    ranked("Azad Karwan Rebwar Dilshad Shwan Sherzad Hiwa Aras Baran Serhat Zana Dara Kawa Rizgar Botan Hawar Goran Ardalan Soran Shaho Bakhtiar Saman Hemin Rawand Alan Diyar Rojhat Berzan Mazlum Cihan", 10),
    ranked("Ahmad Omar Rashid Karim Aziz Hamad Amin Abdullah Mustafa Salih Faraj Qadir Hussein Othman Said Kaya Yildiz Demir Baran Bakir Sindi Doski Barwari Hawrami Jaf Ismail Mahmoud Rasul Hamid Khidir", 10),
)  # fmt: skip
UKRAINIAN = Origin(
    ranked("Olena Tetiana Nataliia Iryna Oksana Svitlana Yuliia Olha Mariia Anastasiia Kateryna Viktoriia Halyna Liudmyla Nadiia Larysa Alina Daria Sofiia Valentyna Inna Yana Khrystyna Zoriana", 10),
    ranked("Oleksandr Serhii Andrii Volodymyr Dmytro Mykola Oleksii Ivan Yurii Vasyl Viktor Maksym Bohdan Petro Taras Ihor Roman Vitalii Pavlo Mykhailo Artem Denys Yaroslav Oleh", 10),
    ranked("Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko Klymenko Pavlenko Kravchuk Kuzmenko Ponomarenko Vasylenko Levchenko Kharchenko Karpenko Symonenko", 10),
)  # fmt: skip
INDIAN = Origin(
    ranked("Priya Anjali Pooja Neha Divya Kavya Sneha Shreya Ananya Deepika Swati Lakshmi Meera Sunita Aishwarya Nandini Ritu Shruti Kavitha Aarti Pallavi Radhika Sangeetha Madhuri Tanvi Isha", 10),
    ranked("Rahul Amit Arjun Vikram Rohit Sanjay Rajesh Anil Suresh Vijay Karthik Aditya Siddharth Nikhil Ankit Pradeep Ramesh Manoj Abhishek Varun Harish Srinivas Venkatesh Akash Gaurav Prakash Arun Deepak", 10),
    ranked("Sharma Singh Kumar Patel Gupta Reddy Nair Iyer Rao Shah Mehta Joshi Verma Agarwal Menon Pillai Das Banerjee Chatterjee Mukherjee Krishnan Subramanian Desai Kulkarni Bhat Chaudhary Malhotra Kapoor Srinivasan Naidu", 10),
)  # fmt: skip
CHINESE = Origin(  # in pinyin, the given name first as Chinese researchers in Sweden often write
    ranked("Jing Ying Yan Hui Xiaoyan Lin Mei Na Xin Yue Fang Ling Qian Ting Yuqing Xue Lu Min Hong Yun Shu Jia Zhen Xiaoli Li", 10),
    ranked("Wei Lei Jun Hao Tao Bin Jian Yong Qiang Ming Peng Bo Gang Zhiwei Jie Kai Long Xiang Feng Yu Hang Chao Zhe Rui Haoran Yifan", 10),
    ranked("Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng", 10),
)  # fmt: skip
GERMAN = Origin(
    ranked("Sabine Susanne Petra Claudia Katrin Julia Nicole Stefanie Andrea Birgit Sandra Christina Melanie Anja Kathrin Lena Laura Lisa Franziska Johanna Hannah Sophie Miriam Ute Heike Monika Ursula Jana Carolin", 10),
    ranked("Thomas Michael Andreas Stefan Christian Markus Matthias Frank Jürgen Klaus Uwe Wolfgang Tobias Florian Sebastian Jan Lukas Felix Jonas Maximilian Philipp Jens Dirk Holger Torsten Alexander Martin Daniel Moritz Benedikt", 10),
    ranked("Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber", 10),
)  # fmt: skip

ORIGINS = {
    "swedish": Origin(SV_WOMEN, SV_MEN, SV_SURNAMES),
    "us": Origin(US_WOMEN, US_MEN, US_SURNAMES),
    "uk": Origin(UK_WOMEN, UK_MEN, UK_SURNAMES),
    "finnish": FINNISH,
    "arabic": ARABIC,
    "somali": SOMALI,
    "polish": POLISH,
    "persian": PERSIAN,
    "bcs": BCS,
    "turkish": TURKISH,
    "eritrean": ERITREAN,
    "afghan": AFGHAN,
    "thai": THAI,
    "latin": LATIN,
    "kurdish": KURDISH,
    "ukrainian": UKRAINIAN,
    "indian": INDIAN,
    "chinese": CHINESE,
    "german": GERMAN,
}

# Who is named in each language's text: Sweden's population in Swedish text, with more of the
# origins that universities draw (India, China, Germany, Iran) than a town's notice board would have;
# English text is mostly American and British; mixed text is Swedish workplaces writing to the world.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 64, "arabic": 6, "finnish": 3.5, "persian": 3, "polish": 2.5, "bcs": 2.5,
        "somali": 2, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5, "eritrean": 1.2,
        "ukrainian": 1.2, "indian": 1.2, "chinese": 1, "german": 1, "thai": 1, "latin": 1,
        "uk": 0.8, "us": 0.6,
    },
    "en": {
        "us": 30, "uk": 30, "swedish": 10, "indian": 5, "chinese": 5, "german": 3, "arabic": 2,
        "persian": 2, "polish": 2, "latin": 2, "finnish": 1, "turkish": 1, "ukrainian": 1,
        "bcs": 0.8, "somali": 0.6, "thai": 0.6, "eritrean": 0.5, "afghan": 0.5, "kurdish": 0.5,
    },
    "mixed": {
        "swedish": 48, "uk": 10, "us": 9, "arabic": 4, "indian": 3.5, "chinese": 3.5,
        "persian": 3, "finnish": 2.5, "polish": 2.5, "german": 2, "bcs": 2, "turkish": 1.5,
        "kurdish": 1.2, "somali": 1.2, "ukrainian": 1.2, "afghan": 1, "eritrean": 1, "latin": 1,
        "thai": 0.8,
    },
}  # fmt: skip

_EN_NICK = {
    "William": ["Will", "Bill"], "Robert": ["Rob", "Bob"], "Richard": ["Rich", "Rick"],
    "James": ["Jim", "Jamie"], "Michael": ["Mike"], "Christopher": ["Chris"], "Jonathan": ["Jon"],
    "Matthew": ["Matt"], "Thomas": ["Tom"], "Daniel": ["Dan", "Danny"], "David": ["Dave"],
    "Andrew": ["Andy"], "Anthony": ["Tony"], "Joseph": ["Joe"], "Edward": ["Ed", "Ted"],
    "Benjamin": ["Ben"], "Samuel": ["Sam"], "Nicholas": ["Nick"], "Alexander": ["Alex"],
    "Timothy": ["Tim"], "Stephen": ["Steve"], "Steven": ["Steve"], "Peter": ["Pete"],
    "Charles": ["Charlie", "Chuck"], "Gregory": ["Greg"], "Joshua": ["Josh"], "Philip": ["Phil"],
    "Lawrence": ["Larry"], "Ronald": ["Ron"], "Donald": ["Don"], "Kenneth": ["Ken"],
    "Raymond": ["Ray"], "Jeffrey": ["Jeff"], "Douglas": ["Doug"], "Patrick": ["Pat"],
    "Frederick": ["Fred"], "Jennifer": ["Jen", "Jenny"], "Elizabeth": ["Liz", "Beth"],
    "Katherine": ["Kate", "Kathy"], "Catherine": ["Cathy", "Cat"], "Margaret": ["Maggie", "Peggy"],
    "Rebecca": ["Becky", "Becca"], "Jessica": ["Jess"], "Samantha": ["Sam"], "Victoria": ["Vicky"],
    "Patricia": ["Pat", "Trish"], "Susan": ["Sue"], "Deborah": ["Debbie"], "Christine": ["Chris"],
    "Alexandra": ["Alex"], "Abigail": ["Abby"], "Kimberly": ["Kim"], "Jacqueline": ["Jackie"],
    "Stephanie": ["Steph"], "Eleanor": ["Ellie"], "Amanda": ["Mandy"], "Barbara": ["Barb"],
    "Dorothy": ["Dot"], "Nicola": ["Nicky"], "Charlotte": ["Lottie"], "Harriet": ["Hattie"],
}  # fmt: skip
NICKNAMES: dict[str, dict[str, list[str]]] = {
    "swedish": {
        "Lars": ["Lasse"], "Mikael": ["Micke"], "Joakim": ["Jocke"], "Per": ["Pelle"],
        "Karl": ["Kalle"], "Carl": ["Calle"], "Magnus": ["Mange"], "Marcus": ["Mackan"],
        "Fredrik": ["Fredde"], "Christoffer": ["Stoffe"], "Kristoffer": ["Kricke"],
        "Thomas": ["Tompa"], "Daniel": ["Danne"], "Patrik": ["Patte"], "Robert": ["Robban"],
        "Tobias": ["Tobbe"], "Torbjörn": ["Tobbe"], "Sebastian": ["Sebbe"], "Alexander": ["Alex"],
        "Jonathan": ["Jonte"], "Gustav": ["Gurra", "Gusse"], "Viktor": ["Vicke"], "Olof": ["Olle"],
        "Kenneth": ["Kenta"], "Hans": ["Hasse"], "Bengt": ["Bengan"], "Jan": ["Janne"],
        "Nils": ["Nisse"], "Henrik": ["Henke"], "Niklas": ["Nicke"], "Mattias": ["Matte"],
        "Mats": ["Matte"], "Stefan": ["Steffe"], "Ulf": ["Uffe"], "Leif": ["Leffe"],
        "Christer": ["Chrille"], "Bo": ["Bosse"], "Anders": ["Ante"],
        "Jesper": ["Jeppe"], "Rickard": ["Ricky"], "Kristina": ["Kicki", "Stina"],
        "Elisabeth": ["Lisa", "Bettan"], "Margareta": ["Maggan", "Greta"], "Birgitta": ["Gittan"],
        "Katarina": ["Kattis"], "Susanne": ["Sussie"], "Charlotte": ["Lotta"], "Cecilia": ["Cissi"],
        "Christina": ["Kicki", "Tina"], "Louise": ["Lollo"], "Camilla": ["Millan"],
        "Josefin": ["Jossan"], "Viktoria": ["Vickan"], "Rebecka": ["Becka"], "Madeleine": ["Madde"],
        "Alexandra": ["Alex"], "Ingrid": ["Inga"], "Gunilla": ["Gunnis"], "Annika": ["Anki"],
        "Matilda": ["Tilda"], "Ann-Christin": ["Anki"], "Britt-Marie": ["Bitte"],
        "Karolina": ["Kajsa"], "Therese": ["Tessan"], "Jessica": ["Jessie"],
    },
    "us": _EN_NICK,
    "uk": _EN_NICK,
    "polish": {
        "Małgorzata": ["Gosia"], "Katarzyna": ["Kasia"], "Aleksandra": ["Ola"], "Agnieszka": ["Aga"],
        "Tomasz": ["Tomek"], "Wojciech": ["Wojtek"], "Jakub": ["Kuba"], "Magdalena": ["Magda"],
        "Krzysztof": ["Krzysiek"],
    },
    "arabic": {"Mohammed": ["Mo"]},
    "german": {"Maximilian": ["Max"], "Alexander": ["Alex"], "Franziska": ["Franzi"]},
    "indian": {"Siddharth": ["Sid"], "Abhishek": ["Abhi"], "Venkatesh": ["Venky"]},
}  # fmt: skip
