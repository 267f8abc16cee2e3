# ruff: noqa: E501
"""Name pools of held-out HL (issue 15), weighted by how often people carry the names.

Written from the writer's general knowledge of the published rankings, without looking at any
other set's names or at rung's lexicons; no name was left out or kept for being known or unknown.
Swedish given names and surnames follow the order of SCB's name statistics (weight 1/rank, head the
top 150, a tail of rarer names after them); the US lists are the US Census 1990 files (public
domain, copied from the `names` package's `dist.female.first`, `dist.male.first` and
`dist.all.last`; the census per cent is the weight, head 150); the UK lists follow the ONS
rankings (1/rank); the other origins are those common in Sweden, their commonest names in rank
order (1/rank, head 10). `MIXES` says who is named in each language of text.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this probability, else its tail


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


def ranked(names: str, head: int) -> Pool:
    """Names in rank order, one weight 1/rank each; duplicates keep their first rank."""
    seen: list[str] = []
    for name in names.split():
        name = name.replace("_", " ")
        if name not in seen:
            seen.append(name)
    return Pool(tuple(seen), tuple(1 / (i + 1) for i in range(len(seen))), min(head, len(seen)))


def weighted(pairs: tuple[tuple[str, float], ...], head: int) -> Pool:
    return Pool(tuple(n for n, _ in pairs), tuple(w for _, w in pairs), head)


_PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ø": "o", "Ø": "O", "æ": "ae", "ß": "ss"}
)


def plain(word: str) -> str:
    """A name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`."""
    word = word.translate(_PLAIN)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(word: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for end in ("ski", "cki", "dzki"):
        if word.endswith(end):
            return word[:-1] + "a"
    return word


# Sweden: SCB's order (given names as people are called, whole population; surnames by carriers).
SV_F = ranked(
    """
Anna Eva Maria Karin Sara Kristina Lena Emma Kerstin Marie Malin Ingrid Hanna Linda Jenny Birgitta
Sofia Inger Annika Elin Susanne Monica Johanna Julia Ida Ulla Carina Linnéa Elisabeth Camilla Ebba
Elsa Therese Alice Cecilia Margareta Gunilla Josefin Helena Maja Åsa Amanda Anette Frida Matilda
Ann Lisa Ulrika Agneta Caroline Jessica Emelie Wilma Barbro Alva Ella Moa Klara Louise Siv Ellen
Sandra Elisabet Britt Lina Gun Nathalie Stina Olivia Mona Pia Ingela Gunnel Saga Astrid Vera
Felicia Ann-Marie Marianne Yvonne Madeleine Lovisa Elvira Charlotte Ingegerd Viktoria Maj Anneli
Rebecka Ronja Tove Ann-Christin Mikaela Linn Agnes Katarina Signe Alma Nora Isabelle Alexandra
Sanna Lilly Elise Anita Sonja Britt-Marie Lisbeth Irene Margit Inga Ann-Sofie Kajsa Nellie Tuva
Selma Isabella Majken Tilda Evelina Jennifer Emilia Petra Veronica Sofie Erika Elina Ellinor Tina
Jeanette Viola Emmy Hedvig Ines Tyra Stella Thea Freja Liv Hilma Greta Ester Svea Vendela Märta
Edith Cornelia Sigrid Doris Gerd Berit Laila Solveig Gudrun Sylvia Ruth Iris Lilian
Eleonor Angelica Paulina Josefine Hillevi Pernilla Karolina Nina Maud Victoria Jonna Hedda Juni
Tindra Lova Vilma Elsie Ylva Mira Molly Sally Lykke Kim Ingeborg Gunvor Majvor Ulla-Britt Anna-Karin
Anna-Lena Ann-Louise Ann-Kristin Eva-Lena Lise-Lotte Astri Aina Alida Amelia Annelie
Aurora Beata Bodil Cajsa Dagmar Dagny Edla Eira Eivor Elna Elvy Emy Engla Estelle Evy Fanny Filippa
Gertrud Gullan Hjördis Hulda Idun Inez Irma Isa Judit Kaisa Lea Leia Lovis Meja Melinda Michelle
Mirja Märit Natalie Nelly Noomi Norea Novalie Olga Ottilia Ragnhild Rakel Rosa Siri Smilla Sol
Tekla Tora Unni Valborg Vanja Vilda Vivi Vivianne Yrsa Åse Nicole Melissa Angelina Jasmine Ingalill
Jannike Jill Jonna-Lisa Lotten Marita Rut Sussanne Teresia Tuulikki Vivan Wivianne Evelyn Alicia
Nova Mila Leona Elena Bianca Minna Gisela Inga-Lill Gunborg Margot Mari Mia Lillemor Ewa Tyra-Li
Hertha Britta Anne Elisa Emelia Frideborg Gull-Britt Helga Kristin Lisen Lo Malva Signhild Stella-Maria
Ulrica Cissi Rebecca Linnea Ingrid-Marie Hilda Hilja Märtha Sigbritt Solbritt Tyrah Vendla
Adina Agda Alfhild Ann-Britt Ann-Charlotte Ann-Helen Anna-Maria Anna-Stina Annie Augusta Benedicta Birgit Blenda Carin Carola Catrin Charlotta Christin Daniela Ellie Elly Emilie Evelin Fredrika Gabriella Gunhild Helén Henrika Ingeli Jenna Jessika Johanne Josephine Linn-Marie Liselott Madelene Maj-Britt Maj-Lis Marie-Louise Marlene Martina Mathilda Monika Ninni Pauline Ragna Rigmor Signy Susann Svanhild Therése Tova Ulla-Karin Veronika Vivica Wilhelmina Yasmin
Amira Fatima Sara-Maria Aya Nour Zahra Leyla Alina Daria Milena Anja Jelena Amina Noor Ronja-Li
""",
    150,
)
SV_M = ranked(
    """
Lars Mikael Anders Johan Per Erik Karl Peter Thomas Jan Daniel Fredrik Hans Andreas Stefan Bengt
Magnus Mats Bo Marcus Nils Jonas Alexander Oskar Martin Mattias Leif Göran Björn Ulf Christer
Henrik Viktor Kjell Lennart Emil Gustav Simon Niklas Robert Tommy Sven Patrik Rolf Anton Filip
Christoffer Lucas Linus Joakim Axel Kent Roger Roland Håkan Robin William Jesper Rickard Olof
Sebastian Adam Elias Hugo Jakob Tobias Hampus Isak Ludvig Oliver Kenneth Claes Gunnar Åke Arne
Johnny Torbjörn Dan Joel Jonathan David Jimmy Liam Noah Gabriel Albin Benjamin Samuel Theo Leo
Melvin Vincent Elliot Emanuel Ingemar Sten Stig Rune Bertil Gösta Ove Jörgen Dennis Conny
Kristian Kristoffer Sune Kurt Tore Ronny Pontus Mathias Jens Johannes Petter Max Love Edvin
Alfred Arvid Valter Harry Sixten Olle Frans Melker Casper Nicklas Lars-Erik Karl-Erik Mohammad
Ali Per-Olof Jan-Erik Ebbe Alvin Wilhelm Josef Holger Birger Einar Evert Ture Allan Folke Knut
Viggo Vidar Loke Charlie Elis Otto Milo Kevin Adrian Felix Isac Jack Lukas Mio Neo Ahmed Mohamed
Sigvard Lars-Göran Jan-Olof Karl-Johan Per-Erik Bo-Göran Sven-Erik Nils-Erik Hans-Olov
Bror Gustaf Carl Harald Helge Henning Hjalmar Ingvar Ivar Jarl Kaj Karl-Axel Krister Lage Lennarth
Malte Morgan Nisse Ola Orvar Ossian Pelle Ragnar Reine Roine Sam Sigge Staffan Sture Sören Tage
Thor Tor Torsten Valdemar Verner Yngve Östen Abbe Algot Ante Aron Arvin
Bill Boris Dante Edvard Eskil Esbjörn Fabian Frank Fritiof Gusten Hannes Henry Hilmer Idris Ibrahim
Jacob Jamal Jens-Erik Jim Joar Jon Julius Kasper Lennie Leon Levi Mattis Mauritz
Milton Nicolas Nikola Noel Olav Omar Oscar Patric Philip Rasmus Rikard Ruben Sami Seth Silas
Stellan Sylvester Teodor Tim Tom Truls Ulrik Uno Vilgot Vilmer Walter Wille Yusuf Zakaria
Abdullahi Hassan Hussein Mustafa Ismail Yousef Amir Elvis Ivan Marko Milan Rafael Adnan Emir
Arne-Olof Bengt-Åke Erik-Olof Gert Gerhard Gillis Gottfrid Halvar Hilding Ingmar Inge Jöns Kalle
Karl-Gustav Lars-Olof Leopold Lorentz Mårten Natanael Nils-Olof Paul Pär Rudolf Salomon
Adolf Albert Alf Arnold Artur Assar Benny Bernt Birk Bruno Börje Carl-Johan Clas Cornelius Curt Dick Douglas Edgar Egon Elof Emrik Enar Erland Ernst Evald Fredric Gerth Glenn Greger Gunder Gustav-Adolf Göte Herbert Ingolf Isidor Jimmie Joachim Jonny Josua Kennet Kim Kåre Lars-Åke Leonard Manfred Markus Maximilian Melwin Mons Osvald Palle Per-Anders Reidar Roberth Rutger Sigfrid Sivert Stig-Arne Sven-Olof Teo Thorbjörn Tomas Tony Torkel Ulrich Valentin Vide Wiktor Örjan
Svante Tommie Torgny Waldemar Åsmund Dag Harri Juhani Kalevi Matti Pekka Tapio
""",
    150,
)
SV_S = ranked(
    """
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson
Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed Engström Eklund
Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Fransson
Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström
Mårtensson Lundström Ahmed Viklund Björklund Eliasson Pålsson Hassan Berggren Sandström Lund
Nordin Ström Åberg Hermansson Ekström Holmgren Sundberg Hedlund Dahlberg Hellström Sjögren
Abrahamsson Falk Öberg Andreasson Blom Ek Månsson Strand Åkesson Mohamed Jonasson Martinsson
Norberg Sundström Lindholm Dahl Ivarsson Hedberg Nordqvist Söderström Nordlund Lindblom Holmqvist
Hussein Sjöström Bäckström Ekberg Lindahl Högberg Eklöf Johnsson Engberg Lindell Wiklund Åström
Stenberg Nyman Omar Adolfsson Davidsson Palm Nyqvist Hedström Sundqvist Berntsson Ibrahim
Holmström Lindén Karlström Björkman Ekman Bergkvist Kristiansson Strömberg Sjödin Borg Lilja
Ahlberg Rosén Lundholm Hallberg Edlund Blomberg Rydberg Forslund Göransson Petersson Vikström
Friberg Lindkvist Ottosson Moberg Carlsson
Zetterberg Hägglund Boström Lindh Sundin Östlund Kjellberg Edström Öhman Rask Rosenberg Ekholm
Granberg Lidén Hammar Alm Sjölund Wester Fors Lindroth Grahn Hedman Fagerström Sandin Nygren
Lindvall Ljung Malmberg Malm Skoglund Westberg Hjalmarsson Ahlström Nord Sahlin Törnqvist Brandt
Kvist Svärd Roos Dahlgren Lindeberg Grönlund Hellberg Hägg Ring Ljungberg Lundell Emanuelsson
Thorén Holmlund Bergdahl Ohlsson Rydén Lundmark Marklund Öst Wahlström Ekdahl Ljunggren
Strömqvist Bergh Flodin Melin Nordell Wennberg Almqvist Boman Åkerlund Rehn Hjelm Lindmark
Stenström Norén Blomgren Frisk Fält Sjöqvist Wall Svedberg Åhman Sjölander Wikberg Nyholm Forsman
Sundelin Ahlqvist Norling Edvardsson Sörensen Lönn Pihl Abdi Yusuf Abdullahi Khalil Nguyen Kaya
Ekblad Edholm Sandell Nilsén Bohlin Strömgren Hagström Hallgren Wallén Kronberg Axelson Hult
Englund Lagerström Widén Berglöf Nyholm Östberg Jakobsen Thorsell Lindfors Mellberg Westin
Sellberg Ågren Hultgren Rönnberg Stålberg Öhrn Lövgren Engman Wängberg Törnblom Grip Lagerqvist
Backlund Rosengren Åkerman Söderlund Hedin Lindbom Blomquist Sandgren Tell Ahlin Norlin
Bergenholtz Sjökvist Hällström Aspelin Tjärnberg Sporre Gyllensten Ekelund Kullberg Wahlberg
Fernström Dahlqvist Östman Vallin Ferm Alsterberg Bergendahl Hjort Kjellgren Bolin Tornberg
Granlund Nordahl Ivansson Lindelöf Hillborg Bäck Oskarsson Wallgren Uddén Stjärnström Selin
af_Klintberg von_Essen De_Geer von_Sydow af_Ugglas Lewenhaupt Gyllenhammar Wrede Stjernswärd
Sundholm Lindwall Enqvist Ringström Rapp Sjöblom Hermelin Klang Åslund Nordenström Lindqvist-Berg Bergvall Hägglöf Ekstrand Fjällström Kling Lövström Myrén
Mohammadi Jawad Karimi Salah Yilmaz Demir Korhonen Virtanen Nieminen Kovač Popović Nowak
""",
    150,
)


# The US Census 1990 lists (names and per cents as the census gives them).
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
    ("Saunders", 0.027), ("Wise", 0.027), ("Colon", 0.027), ("Gill", 0.027), ("Alvarado", 0.027),
    ("Greer", 0.026), ("Padilla", 0.026), ("Simon", 0.026), ("Waters", 0.026), ("Nunez", 0.026),
    ("Ballard", 0.026), ("Schwartz", 0.026), ("McBride", 0.026), ("Houston", 0.026),
    ("Christensen", 0.026), ("Klein", 0.026), ("Pratt", 0.026), ("Briggs", 0.026),
    ("Parsons", 0.026), ("McLaughlin", 0.026), ("Zimmerman", 0.026), ("French", 0.026),
    ("Buchanan", 0.026), ("Moran", 0.026), ("Copeland", 0.025), ("Roy", 0.025), ("Pittman", 0.025),
    ("Brady", 0.025), ("McCormick", 0.025), ("Holloway", 0.025),
)  # fmt: skip

# The UK: the ONS rankings' order (mothers' and fathers' generations first, then the children's).
UK_F = ranked(
    """
Sarah Emma Laura Rebecca Jessica Charlotte Emily Hannah Sophie Amy Lauren Rachel Lucy Katie
Samantha Gemma Nicola Claire Louise Victoria Jennifer Stephanie Natalie Kelly Danielle Megan
Chloe Holly Amber Bethany Jade Zoe Leanne Kirsty Helen Lisa Michelle Joanne Olivia Amelia Isla
Ava Mia Grace Poppy Ella Lily Evie Isabella Ruby Freya Alice Daisy Florence Sienna Phoebe Matilda
Elsie Rosie Millie Eleanor Abigail Georgia Ellie Jasmine Leah Shannon Kayleigh Hayley Carly
Naomi Abbie Alexandra Catherine Elizabeth Anna Kate Jodie Kimberley Melissa Natasha Vicky
Charlene Sian Rhiannon Ffion Caitlin Molly Harriet Imogen Niamh Aimee Becky Fiona Gillian Karen
Tracey Julie Susan Deborah Alison Angela Joanne Kerry Lindsey Maria Mary Margaret Jacqueline
Caroline Sharon Amanda Dawn Donna Wendy Tina Heather Andrea Paula Jane Sally Lorna Hazel
Beverley Kathryn Natalia Priya Aisha Fatima Zara Maryam Ayesha Sophia Harper Willow Ivy Evelyn
Isabelle Scarlett Violet Aria Luna Esme Hallie Maisie Elodie Thea Orla Erin Lottie Penelope
Beatrice Clara Edith Nancy Mabel Iris Nell Martha Rose Primrose Tilly Bonnie Maddison Paige
Courtney Chelsea Jordan Kirsten Stacey Toni Cheryl Lesley Marie Teresa Bernadette Siobhan
Roisin Aoife Eilidh Morag Mhairi Catriona Shona Ailsa Bronwen Carys Eleri Nerys Lowri Seren
Gwen Tegan Cerys Kayla Jasmin Keira Demi Tia Mollie Libby Summer Autumn Darcey Lexi Lacey
Amelie Gracie Maya Bella Zoey Aaliyah Hollie Kacey Leonie Mae Pippa Verity Rosalind Tamsin
""",
    130,
)
UK_M = ranked(
    """
James David Daniel Thomas Christopher Michael Matthew Andrew John Robert Mark Paul Richard
Jonathan Ben Adam Luke Ryan Jack Samuel Joshua Lewis Liam Jamie Craig Scott Stephen Steven
Peter Simon Gareth Lee Darren Wayne Dean Carl Neil Kevin Ian Alan Martin Anthony Nicholas
Oliver George Harry Noah Charlie Jacob Alfie Freddie Oscar Leo Archie Henry Joseph Arthur
William Theo Alexander Edward Max Isaac Lucas Ethan Dylan Tyler Callum Connor Kieran Jordan
Aaron Nathan Jake Alex Sam Tom Joe Dan Rhys Owen Gethin Dafydd Iwan Aled Rory Ewan Fraser
Finlay Hamish Ross Calum Angus Euan Cameron Niall Declan Conor Patrick Sean Ciaran Brendan
Mohammed Muhammad Ahmed Ali Hassan Omar Yusuf Zain Ibrahim Bilal Imran Arjun Rohan Ravi Sanjay
Gary Graham Keith Colin Barry Trevor Nigel Clive Malcolm Derek Roy Terry Stuart Philip Jason
Shaun Lloyd Dale Glen Russell Kenneth Duncan Gordon Alistair Douglas Hugh Rupert Giles Miles
Toby Hugo Sebastian Felix Jasper Rufus Otis Reuben Elliot Louie Teddy Tommy Albie Ronnie
Reggie Frankie Stanley Mason Harvey Jenson Riley Bobby Sonny Ellis Elijah Jude Ezra Finley
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
Bradley Spencer Gill Dawson Ball Burton O'Brien Watts Rose Booth Perry Ryan Grant Wells Armstrong
Francis Rees Hayes Hart Hudson Newman Barrett Webster Hunter Gregory Carr Lowe Page Marsh Riley
Dunn Woods Parsons Berry Stone Reid Holland Hawkins Harding Porter Robertson Newton Oliver Reed
Kennedy Williamson Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry Burgess Bishop Walton
Burns Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls Hamilton Byrne Sutton McDonald
Yates Hodgson Robson Curtis Hopkins O'Connor Harper Coleman Watkins Moss McCarthy Chambers
O'Neill Griffin Sharp Hardy Wheeler Potter Osborne Johnston Gordon Doyle Wallace George Jordan
Hutchinson Rowe Burke May Pritchard Gilbert Willis Higgins Read Miles Stevenson Stephenson
Hammond Arnold Buckley Walters Hewitt Barber Nelson Slater Austin Sullivan Whitehead Mann Frost
Lambert Stephens Blake Akhtar Lynch Goodwin Barton Woodward Thomson Cunningham Quinn Barnett
Baxter Bibi Clayton Nash Greenwood Jennings Holt Kemp Poole Gallagher Bond Stokes Tucker
Davidson Fowler Heath Norman Middleton Lord Whittaker Pickering Ashworth Heywood Ogden Sutcliffe
Fairclough Pennington Entwistle Hargreaves Kershaw Brierley Nuttall Haworth Pilkington Royle
MacLeod MacKenzie Fraser Sinclair Munro Cameron Mackay Gunn Rennie Drummond Gillespie Ferguson
Llewellyn Pugh Prosser Vaughan Gwynne Bevan Powell-Jones Jenkins-Hughes Lloyd-Evans Rahman Miah
Uddin Islam Chowdhury Mistry Chauhan Parmar Sandhu Bains Dhillon Okafor Adeyemi Mensah Osei
""",
    150,
)

FI_F = ranked(
    "Maria Helena Johanna Anneli Kaarina Marjatta Anna Liisa Annikki Hannele Tuula Päivi Riitta Pirjo Sari Minna Tiina Satu Merja Leena Sanna Katja Heidi Elina Laura Aino Eeva Sirpa Tarja Marjut",
    10,
)
FI_M = ranked(
    "Juhani Johannes Olavi Antero Tapani Kalevi Matti Mikael Timo Juha Kari Mikko Jari Antti Jukka Markku Pekka Heikki Hannu Seppo Ari Petri Janne Tero Ville Pasi Sami Teemu Tuomas Lauri",
    10,
)
FI_S = ranked(
    "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen",
    10,
)
# Iraq and Syria, with Assyrian/Syriac names (Shamiram, Ninorta, Sargon, Ninos, Aprim; Shamoun, Barsoum, Danho).
AR_F = ranked(
    "Fatima Zainab Maryam Noor Sara Aya Hiba Rania Amina Layla Huda Rasha Dalia Yasmin Lina Ghada Samar Reem Nour Shahad Zahra Hanan Rima Nadia Shamiram Ninorta Mariam Jacqueline Rita Nahrin",
    10,
)
AR_M = ranked(
    "Mohammed Ahmed Ali Hassan Hussein Omar Mahmoud Khaled Yousef Ibrahim Mustafa Abdullah Karim Samir Ammar Haider Bilal Rami Tariq Firas Jamal Saif Ninos Sargon Aprim Gabriel Fadi Elias Johnny Sami",
    10,
)
AR_S = ranked(
    "Ali Hassan Mohammed Ahmed Hussein Ibrahim Mahmoud Abdullah Khalil Saleh Jasim Kadhim Younes Haddad Nasser Mansour Al-Jaburi Al-Hashimi Al-Obaidi Shamoun Barsoum Yacoub Gabriel Aziz Isa Danho Hanna Aho Said Karam Issa Melki",
    10,
)
SO_F = ranked(
    "Fadumo Amina Hodan Sahra Asha Hawa Khadija Deeqa Ifrah Ayaan Nimco Sagal Hibaaq Idil Fartun Ubah Maryan Halima Hamdi Najma Filsan Sucaad",
    10,
)
SO_M = ranked(
    "Mohamed Abdirahman Abdullahi Ahmed Ali Hassan Abdi Omar Ismail Yusuf Said Abdikadir Mahad Liban Farah Hussein Abdirizak Mukhtar Osman Jama Guled Bashir",
    10,
)
SO_S = ranked(
    "Mohamed Ahmed Ali Hassan Abdi Omar Farah Warsame Jama Hussein Abdullahi Yusuf Osman Ismail Nur Aden Mohamud Abdulle Egal Dahir Elmi Hirsi Guled Samatar",
    10,
)
PL_F = ranked(
    "Anna Katarzyna Maria Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Joanna Elżbieta Zofia Monika Aleksandra Natalia Justyna Karolina Marta Dorota Beata Paulina Agata Weronika Julia Iwona",
    10,
)
PL_M = ranked(
    "Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Jakub Marek Łukasz Grzegorz Adam Mateusz Wojciech Kamil Mariusz Dariusz Rafał Zbigniew Sebastian Bartosz Przemysław Szymon",
    10,
)
PL_S = ranked(
    "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Wysocki Nowicki Sawicki Zawadzki Wróbel Jabłoński Wilk",
    10,
)
FA_F = ranked(
    "Fatemeh Zahra Maryam Shirin Parisa Nazanin Leila Mahsa Sara Neda Azadeh Roya Shabnam Mina Ladan Elham Niloufar Samira Soheila Golnaz Bahar Yasaman",
    10,
)
FA_M = ranked(
    "Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Behnam Babak Dariush Kourosh Arash Farhad Navid Omid Payam Pouya Ramin Siavash Majid Hamed",
    10,
)
FA_S = ranked(
    "Mohammadi Hosseini Ahmadi Rezaei Moradi Karimi Jafari Rahimi Hashemi Mousavi Sadeghi Ebrahimi Ghasemi Heidari Kazemi Tehrani Shirazi Rostami Farahani Najafi Akbari Amini Bagheri Asadi",
    10,
)
BCS_F = ranked(
    "Amra Emina Lejla Amela Jasmina Selma Maja Ana Marija Ivana Jelena Mirela Azra Alma Sanela Dragana Snežana Vesna Mirsada Elma Aida Nermina Jovana Milica",
    10,
)
BCS_M = ranked(
    "Edin Adnan Emir Mirza Amir Senad Haris Nermin Dženan Kenan Nikola Marko Stefan Ivan Luka Dragan Zoran Goran Milan Dejan Nenad Mladen Damir Admir",
    10,
)
BCS_S = ranked(
    "Hodžić Hadžić Kovačević Delić Begić Mehmedović Hasanović Ibrahimović Husić Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Popović Horvat Kovačić Babić Marić Jurić Knežević Šarić Suljić Muratović Halilović",
    10,
)
TR_F = ranked(
    "Ayşe Fatma Emine Hatice Zeynep Elif Merve Özlem Esra Büşra Derya Gül Sevgi Hülya Songül Nurcan Selin Ebru Aylin Dilek Ece Melek",
    10,
)
TR_M = ranked(
    "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Yusuf Emre Ömer Burak Mert Serkan Kemal Osman Recep Fatih Cem Erkan Onur Tolga",
    10,
)
TR_S = ranked(
    "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Güneş Acar",
    10,
)
# Eritrea: the father's given name is carried as the surname.
ER_F = ranked(
    "Helen Selam Senait Mebrat Rahel Saba Yordanos Ruth Hiwet Mihret Winta Luwam Tsega Abeba Freweyni Meron Sara Feven Semhar Elsa Hanna Almaz",
    10,
)
ER_M = ranked(
    "Yonas Daniel Samuel Tesfay Mehari Dawit Filmon Robel Habtom Berhane Kidane Yohannes Teklay Amanuel Biniam Awet Michael Mussie Tekle Efrem Semere Henok",
    10,
)
ER_S = ranked(
    "Tesfay Gebremedhin Tekle Haile Berhe Kidane Mehari Ghebreyesus Woldu Habte Asmerom Yohannes Gebru Negash Kahsay Tesfamariam Abraha Ghirmay Andemariam Hagos Fisseha Tewelde",
    10,
)
AF_F = ranked(
    "Fatima Maryam Zahra Mursal Sediqa Shabnam Nazanin Parwana Roya Farzana Zarmina Masuma Marzia Khadija Nilofar Frishta Laila Habiba Mahbooba Shakila",
    10,
)
AF_M = ranked(
    "Mohammad Ahmad Ali Mustafa Hamid Abdul Sayed Jawad Hussain Hassan Farid Khalid Wahid Nasir Najib Zabihullah Mujtaba Ehsan Ramin Sohrab Murtaza Qasim",
    10,
)
AF_S = ranked(
    "Ahmadi Hussaini Rahimi Mohammadi Karimi Amiri Sultani Rezaie Jafari Haidari Noori Hakimi Sharifi Azizi Rasuli Habibi Popal Stanikzai Wardak Safi Nazari Qaderi",
    10,
)
TH_F = ranked(
    "Supaporn Siriporn Siriwan Wanida Kanya Malee Pornthip Ratana Sunisa Nattaya Kanokwan Suda Jintana Pranee Sopha Duangjai Kannika Araya Wilai Nittaya",
    10,
)
TH_M = ranked(
    "Somchai Somsak Prasert Anan Chaiwat Nattapong Kittisak Surachai Wichai Thanawat Sompong Niran Pichit Weerapong Sakchai Boonlert",
    10,
)
TH_S = ranked(
    "Saelim Saetang Srisuk Wongsawat Chaiyaporn Boonmee Sukprasert Rattanakorn Phromsuk Kaewkham Thongdee Siripong Chantarasri Suwannarat Nakprasert Jaidee",
    10,
)
# Chile and the rest of Latin America: two surnames (paterno, materno) in most names.
LA_F = ranked(
    "María Francisca Camila Valentina Javiera Constanza Catalina Fernanda Daniela Carolina Paula Andrea Claudia Patricia Verónica Carmen Gabriela Isidora Sofía Ximena",
    10,
)
LA_M = ranked(
    "José Juan Luis Carlos Jorge Francisco Diego Cristián Felipe Matías Sebastián Nicolás Rodrigo Pablo Andrés Gonzalo Mauricio Patricio Alejandro Tomás",
    10,
)
LA_S = ranked(
    "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Ramírez Reyes Gutiérrez Castro",
    10,
)
KU_F = ranked(
    "Rojin Berivan Dilan Shilan Nasrin Zilan Avin Zhiyan Shler Kani Jiyan Viyan Rezan Gulistan Hana Shno Helin Delal Sozan Evin",
    10,
)
KU_M = ranked(
    "Aram Azad Rebin Rawand Kawa Shwan Karwan Dilshad Serwan Baran Roj Zana Hiwa Aso Sherko Hawre Dara Bakhtiyar Hemin Ari",
    10,
)
KU_S = ranked(
    "Ahmad Rashid Aziz Hamad Karim Mustafa Abdullah Qadir Salih Faraj Amin Hama Othman Rasul Mahmud Omar Jalal Bakir Sharif Demir Aydin Dogan",
    10,
)
DE_F = ranked(
    "Sabine Susanne Petra Andrea Claudia Nicole Stefanie Julia Katrin Anja Christina Sandra Melanie Monika Ursula Birgit Heike Anna Lena Laura Sarah Lisa Jana",
    10,
)
DE_M = ranked(
    "Michael Thomas Andreas Stefan Peter Christian Frank Markus Klaus Jürgen Wolfgang Uwe Tobias Jan Daniel Sebastian Florian Alexander Matthias Jens Lukas Felix",
    10,
)
DE_S = ranked(
    "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange",
    10,
)
IN_F = ranked(
    "Priya Divya Pooja Anjali Neha Sneha Deepa Kavya Lakshmi Swati Shreya Aishwarya Ritu Meera Sunita Anita Nisha Shalini Ananya Aarti",
    10,
)
IN_M = ranked(
    "Rahul Amit Vijay Rajesh Arjun Sanjay Suresh Ravi Karthik Vikram Anil Manoj Deepak Rohit Aditya Nikhil Praveen Srinivas Ashok Harish",
    10,
)
IN_S = ranked(
    "Kumar Sharma Singh Patel Reddy Gupta Rao Nair Iyer Joshi Mehta Shah Verma Menon Pillai Das Chatterjee Desai Kulkarni Agarwal Krishnan Bhat",
    10,
)
UA_F = ranked(
    "Olena Tetiana Nataliia Iryna Oksana Yuliia Svitlana Kateryna Anastasiia Olha Mariia Viktoriia Halyna Liudmyla Daria Alina Inna Yana Khrystyna Sofiia",
    10,
)
UA_M = ranked(
    "Oleksandr Andrii Serhii Volodymyr Dmytro Oleksii Mykola Ivan Vasyl Yurii Maksym Artem Bohdan Taras Vitalii Ihor Roman Pavlo Denys Yevhen",
    10,
)
UA_S = ranked(
    "Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko Klymenko Pavlenko",
    10,
)

ORIGINS = {
    "swedish": Origin(SV_F, SV_M, SV_S),
    "us": Origin(weighted(US_F, 150), weighted(US_M, 150), weighted(US_S, 150)),
    "uk": Origin(UK_F, UK_M, UK_S),
    "finnish": Origin(FI_F, FI_M, FI_S),
    "arabic": Origin(AR_F, AR_M, AR_S),
    "somali": Origin(SO_F, SO_M, SO_S),
    "polish": Origin(PL_F, PL_M, PL_S),
    "persian": Origin(FA_F, FA_M, FA_S),
    "bcs": Origin(BCS_F, BCS_M, BCS_S),
    "turkish": Origin(TR_F, TR_M, TR_S),
    "eritrean": Origin(ER_F, ER_M, ER_S),
    "afghan": Origin(AF_F, AF_M, AF_S),
    "thai": Origin(TH_F, TH_M, TH_S),
    "latin": Origin(LA_F, LA_M, LA_S),
    "kurdish": Origin(KU_F, KU_M, KU_S),
    "german": Origin(DE_F, DE_M, DE_S),
    "indian": Origin(IN_F, IN_M, IN_S),
    "ukrainian": Origin(UA_F, UA_M, UA_S),
}

# Who is named in each language of text, roughly as Sweden's population and its English-speaking
# colleagues are: Swedish text mostly Swedish names, English text mostly US and UK ones.
MIXES = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "kurdish": 1.5, "turkish": 1.5, "afghan": 1.5, "eritrean": 1.2,
        "ukrainian": 1.2, "german": 1, "thai": 1, "latin": 1, "indian": 1, "uk": 0.8, "us": 0.6,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 9, "indian": 3, "arabic": 2, "polish": 2, "latin": 2,
        "german": 1, "finnish": 1, "somali": 1, "persian": 1, "turkish": 0.8, "bcs": 0.6,
        "thai": 0.6, "ukrainian": 0.6, "eritrean": 0.5, "afghan": 0.5, "kurdish": 0.4,
    },
    "mixed": {
        "swedish": 52, "uk": 11, "us": 9, "arabic": 5, "finnish": 3, "polish": 3, "persian": 2.5,
        "bcs": 2, "indian": 2, "somali": 1.5, "kurdish": 1.5, "turkish": 1.5, "afghan": 1.2,
        "german": 1.2, "ukrainian": 1.2, "eritrean": 1, "thai": 1, "latin": 1,
    },
}  # fmt: skip

_SV_NICK = {
    "Lars": ("Lasse",), "Mikael": ("Micke",), "Joakim": ("Jocke",), "Per": ("Pelle", "Peppe"),
    "Karl": ("Kalle",), "Johan": ("Jonte", "Joje"), "Thomas": ("Tompa",), "Magnus": ("Manne",),
    "Marcus": ("Mackan",), "Fredrik": ("Fredde",), "Andreas": ("Andy",), "Anders": ("Ante",),
    "Viktor": ("Vigge",), "Gustav": ("Gurra", "Gugge"), "Ludvig": ("Ludde",), "Robert": ("Robban",),
    "Kristoffer": ("Kricke",), "Christoffer": ("Chrille",), "Stefan": ("Steffe",), "Patrik": ("Patte",),
    "Sebastian": ("Sebbe",), "Alexander": ("Alex",), "Tobias": ("Tobbe",), "Hampus": ("Hampe",),
    "Jonathan": ("Jonte",), "Mattias": ("Matte",), "Daniel": ("Danne",), "Niklas": ("Nicke",),
    "Jesper": ("Jeppe",), "Björn": ("Nalle",), "Olof": ("Olle",), "Albin": ("Abbe",),
    "Kristina": ("Stina", "Kicki"), "Katarina": ("Kattis", "Kajsa"), "Elisabeth": ("Lisa", "Bettan"),
    "Margareta": ("Maggan", "Greta"), "Susanne": ("Sussie", "Sanne"), "Charlotte": ("Lotta", "Lotten"),
    "Barbro": ("Babbs",), "Birgitta": ("Gittan", "Bittan"), "Gunilla": ("Gunnis",),
    "Emelie": ("Emmy",), "Josefin": ("Josse", "Jossan"), "Rebecka": ("Becka",), "Matilda": ("Tilda",),
    "Camilla": ("Millan",), "Caroline": ("Carro",), "Madeleine": ("Madde",), "Therese": ("Tessan",),
    "Jessica": ("Jessi",), "Louise": ("Lollo",), "Cecilia": ("Cissi",), "Annika": ("Annie",),
    "Ulrika": ("Ullis",), "Alexandra": ("Alex", "Sandra"), "Gabriella": ("Gabbi",), "Viktoria": ("Vickan",),
    "Helena": ("Lena",), "Johanna": ("Jojo",), "Amanda": ("Mandy",), "Evelina": ("Evve",),
    "Maria": ("Mia", "Maja"), "Sofia": ("Fia", "Soffi"), "Julia": ("Jullan",), "Sara": ("Sassa",),
    "Lisa": ("Lisen",), "Maja": ("Majsan",), "Hanna": ("Hannis",), "Ingrid": ("Ninni",), "Linda": ("Linnis",),
    "Elsa": ("Elsie",), "Ebba": ("Ebbis",), "Eva": ("Evi",),
    "Jan": ("Janne",), "Hans": ("Hasse",), "Bengt": ("Bengan",), "Mats": ("Matte",), "Nils": ("Nisse",),
    "Oskar": ("Ogge",), "Leif": ("Leffe",), "Ulf": ("Uffe",), "Henrik": ("Henke",), "Lennart": ("Lelle",),
    "Sven": ("Svenne",), "Rolf": ("Roffe",), "Filip": ("Fille",), "Axel": ("Acke",), "Kent": ("Kenta",),
    "Roland": ("Rolle",), "William": ("Wille",), "Rickard": ("Ricky",), "Adam": ("Adde",), "Kenneth": ("Kenta",),
    "Claes": ("Classe",), "Torbjörn": ("Tobbe",), "Bertil": ("Berra",), "Johannes": ("Hannes",), "Petter": ("Pelle",),
    "Valter": ("Valle",), "Sixten": ("Sigge",), "Alfred": ("Affe",), "Emanuel": ("Manne",), "Erik": ("Erre",),
}  # fmt: skip
_EN_NICK = {
    "William": ("Will", "Bill", "Billy"), "Robert": ("Rob", "Bob", "Bobby"), "James": ("Jim", "Jamie"),
    "Michael": ("Mike", "Mikey"), "Richard": ("Rich", "Rick"), "Thomas": ("Tom", "Tommy"),
    "Christopher": ("Chris",), "Daniel": ("Dan", "Danny"), "Elizabeth": ("Liz", "Beth", "Lizzie"),
    "Jennifer": ("Jen", "Jenny"), "Katherine": ("Kate", "Katie"), "Catherine": ("Cathy", "Kate"),
    "Margaret": ("Maggie", "Peggy"), "Patricia": ("Pat", "Trish"), "Susan": ("Sue",),
    "Deborah": ("Debbie", "Deb"), "Rebecca": ("Becky", "Bex"), "Samantha": ("Sam",),
    "Victoria": ("Vicky", "Tori"), "Alexandra": ("Alex", "Lexi"), "Jessica": ("Jess",),
    "Joseph": ("Joe", "Joey"), "Anthony": ("Tony", "Ant"), "Edward": ("Ed", "Eddie", "Ted"),
    "Charles": ("Charlie", "Chuck"), "Matthew": ("Matt",), "Nicholas": ("Nick",), "Benjamin": ("Ben",),
    "Jonathan": ("Jon", "Jonny"), "Stephen": ("Steve",), "Steven": ("Steve",), "Andrew": ("Andy", "Drew"),
    "David": ("Dave",), "Kimberly": ("Kim",), "Christine": ("Chris", "Chrissie"), "Barbara": ("Barb",),
    "Pamela": ("Pam",), "Cynthia": ("Cindy",), "Timothy": ("Tim",), "Gregory": ("Greg",),
    "Ronald": ("Ron", "Ronnie"), "Donald": ("Don",), "Kenneth": ("Ken", "Kenny"), "Joshua": ("Josh",),
    "Samuel": ("Sam",), "Alexander": ("Alex", "Xander"), "Oliver": ("Ollie",), "Henry": ("Harry", "Hal"),
    "Amelia": ("Millie",), "Isabella": ("Bella", "Izzy"), "Charlotte": ("Lottie", "Charlie"),
    "Eleanor": ("Ellie", "Nell"), "Olivia": ("Liv",), "Jacqueline": ("Jackie",), "Gemma": ("Gem",),
    "Natasha": ("Tash",), "Philip": ("Phil",), "Frederick": ("Fred", "Freddie"),
}  # fmt: skip
NICKNAMES = {
    "swedish": _SV_NICK,
    "us": _EN_NICK,
    "uk": _EN_NICK,
    "polish": {"Małgorzata": ("Gosia",), "Katarzyna": ("Kasia",), "Aleksandra": ("Ola",), "Agnieszka": ("Aga",),
               "Krzysztof": ("Krzysiek",), "Tomasz": ("Tomek",), "Piotr": ("Piotrek",), "Magdalena": ("Magda",)},
    "latin": {"Francisco": ("Pancho",), "José": ("Pepe",), "Francisca": ("Fran", "Pancha"), "Alejandro": ("Alejo",)},
    "ukrainian": {"Oleksandr": ("Sasha",), "Kateryna": ("Katia",), "Anastasiia": ("Nastia",), "Volodymyr": ("Volodia",)},
    "somali": {"Abdirahman": ("Abdi",), "Abdullahi": ("Abdi",), "Mohamed": ("Moha",)},
    "arabic": {"Mohammed": ("Mo", "Hamoudi"), "Abdullah": ("Abdo",), "Yousef": ("Joe",)},
    "finnish": {"Juhani": ("Jussi",), "Johannes": ("Hannes",), "Kaarina": ("Kaija",)},
    "german": {"Andreas": ("Andi",), "Stefanie": ("Steffi",), "Katrin": ("Kathi",)},
    "indian": {"Aishwarya": ("Ash",), "Srinivas": ("Srini",), "Karthik": ("Karthi",)},
}  # fmt: skip
