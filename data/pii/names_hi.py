# ruff: noqa: E501
"""Name pools for held-out HI (issue 15): names as the population has them, weighted by how often
people carry them.

Written from the writer's general knowledge of the published name statistics, except the US lists,
which are copied from the US Census 1990 files (`dist.female.first`, `dist.male.first`,
`dist.all.last`, public domain) as the `names` package ships them. Sweden: given names and surnames
in the order of SCB's name statistics (weight 1/rank; the head is the top 150, the tail the rarer
names past them). UK: given names and surnames in the order of the ONS rankings (1/rank). The US:
the census per cent as weight, head 150. The origins common in Sweden: their commonest given names
and surnames, 1/rank, head 10. No name was checked against anything in the repository; none was
left out for being known or unknown.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this probability, else its tail


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
    """Names in rank order, whitespace between them (`_` stands for a space inside a name)."""
    names = tuple(n.replace("_", " ") for n in text.split())
    return Pool(names, tuple(1 / rank for rank in range(1, len(names) + 1)), min(head, len(names)))


def weighted(pairs: tuple[tuple[str, float], ...], head: int) -> Pool:
    return Pool(tuple(n for n, _ in pairs), tuple(w for _, w in pairs), min(head, len(pairs)))


PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "ø": "o", "Ø": "O", "æ": "ae", "ß": "ss"}
)


def plain(word: str) -> str:
    """The word typed without its letters: `Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`."""
    word = word.translate(PLAIN)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# Sweden, SCB's order (all names borne, the writer's recollection of the ranks); head 150.
SV_F = ranked("""
Anna Maria Eva Karin Kristina Lena Sara Emma Kerstin Elisabeth Marie Ingrid Malin Sofia Hanna
Linnéa Christina Birgitta Jenny Inger Elin Annika Ida Margareta Monica Susanne Johanna Julia Linda
Ulla Katarina Amanda Carina Helena Camilla Emelie Anneli Gunilla Åsa Therese Maja Ulrika Elsa
Anette Agneta Alice Ebba Matilda Caroline Frida Lisa Barbro Sandra Josefin Anita Klara Moa Cecilia
Wilma Ann Siv Jessica Astrid Britt Ella Louise Lovisa Marianne Gun Emilia Ellen Elina Madeleine
Charlotte Lina Viktoria Yvonne Vera Petra Sofie Inga Ingela Rebecka Isabelle Olivia Felicia Agnes
Nathalie Mona Gunnel Mikaela Alva Saga Stina Tove Nora Selma Freja Signe Tyra Tilda Ronja Hedvig
Tuva Irene Karolina Jeanette Birgit Ylva Sonja Märta Greta Ellinor Josefine Mia Jonna Nina Erika
Helene Marita Gerd Ann-Marie Britt-Marie Ann-Christin Lisbeth Solveig Ingegerd Liv Hilda Tina
Marlene Pernilla Veronica Jennie Evelina Alexandra Angelica Fanny Lilly Isabella Elvira Alma Edith
Linn Ester Gunhild Rut Viola Cornelia Maj-Britt
Ann-Sofie Ann-Louise Anna-Karin Anna-Lena Eva-Lena Marie-Louise Adela Agda Aina Alexia Alfhild
Alicia Alida Alina Amalia Amelie Andrea Anja Annelie Annie Annica Antonia Asta Aurora Beatrice
Bella Berit Bodil Britta Carin Carola Catharina Cajsa Charlotta Clara Daniela Desirée Doris
Edla Eleonora Elise Ellie Elly Elna Elvy Emmy Engla Erica Estelle Evy Fatima Filippa Gabriella
Gertrud Gudrun Harriet Hedda Heidi Henny Hillevi Ingalill Ingeborg Iris Irma Isa Jasmine Jill
Jolin Judit Juni Kaisa Kajsa Katja Kim Kristin Laila Lea Leah Lillemor Linnea Lisen Livia Lo
Lotta Lykke Madelene Magdalena Maj Majken Malva Margit Marika Marina Mathilda Meja Melissa Mimmi
Minna Miranda Mira Molly My Nadja Nelly Nellie Nicole Noomi Olga Paula Pia Ragnhild Rakel Ramona
Rose-Marie Ruth Sanna Signhild Sigrid Siri Stella Susann Svea Sylvia Tea Thea Tindra Tora Ulrica
Valborg Vendela Vilma Viveka Zara Inga-Lill Ann-Charlotte Eivor Gunvor Gullvi Hjördis Inez Laura
Leila Lilian Liselotte Margaretha Maud Monika Nanna Natalie Petronella Regina Rebecca Sabina
Sally Selina Sophie Tanja Terese Tova Wilhelmina Elsie Emmie Evelyn Hilma Julie Amina Yasmin
Maryam Elsa-Britt Gun-Britt Ing-Marie Mai Anne Agnetha Lovis Ingeli Ada Alba Amelia Ann-Kristin
Ann-Mari Anna-Maria Anne-Marie Barbara Benita Bettina Britt-Inger Carita Christel Dagmar Dagny Eira
Elisabet Elma Emelia Ewa Gunn Hanne Helen Ingbritt Jane Josephine Karina Katrin Kristine Lisette
Lucia Majlis Margot Mari Marit Rosa Sigbritt Stephanie Susanna Tekla Tilde Ulla-Britt Vivianne Yvette
""", head=150)  # fmt: skip
SV_M = ranked("""
Lars Mikael Anders Johan Erik Per Karl Peter Jan Thomas Daniel Fredrik Hans Andreas Bengt Stefan
Mats Magnus Bo Nils Mattias Jonas Marcus Alexander Björn Oskar Sven Leif Martin Niklas Patrik
Henrik Gustav Kent Christer Ulf Göran Viktor Filip David Simon Robert Emil Jakob Kjell Rolf
Lennart Joakim Åke Gunnar Stig Anton Christian Tommy Håkan Axel Lucas William Sebastian Roger Olof
Kenneth Rasmus Jonathan Tobias Robin Hugo Elias Oliver Ingemar Liam Kurt Arne Claes Ola Dennis
Johnny Jesper Leo Adam Isak Ludvig Linus Jimmy Albin Kristoffer Torbjörn Rune Sten Roland Gösta
Tomas Pontus Noah Hampus Jacob Benjamin Theo Josef Samuel Elliot Vincent Edvin Melvin Alfred Carl
Olle Max Arvid Gabriel Harald Ronny Conny Ove Sune Bertil Birger Tord Allan Jörgen Mohammed Ali
Henry Frans Valter Sixten Tage Jens Kim Rickard Krister Pär Torsten Einar Emanuel Viggo Melker
Milo Lars-Erik Karl-Erik Jan-Olof Per-Olof Ivar Ebbe Erland Folke Holger Ingvar Uno Love
Adrian Alvar Alvin Aron Artur August Benny Bernt Bror Börje Casper Charlie Colin Dan Dag Douglas
Edward Egon Eric Erling Evert Felix Fabian Georg Gerhard Gottfrid Gustaf Göte Hannes Harry Helge
Herbert Hilding Hjalmar Ibrahim Ingmar Ivan Jack Jarl Joel John Jon Jonny Julius Justus
Karl-Johan Kevin Kennet Lage Lars-Göran Lars-Åke Leon Loke Lukas Malte Mathias Matteo Mauritz
Mohamed Måns Nicklas Nicolas Noel Ossian Otto Paul Petter Philip Rafael Ragnar Reinhold Rikard
Roine Ruben Rudolf Sam Seth Sigge Sigurd Sigvard Stellan Sture Svante Teodor Tim Tor Tore Torgny
Torkel Ture Ulrik Valdemar Vidar Vilhelm Wilmer Yngve Östen Omar Ahmad Hassan Hussein Karim Yusuf
Amir Bert Curt Edvard Eskil Gert Jan-Erik Jan-Åke Jean Jerker Joacim Kaj Kristian Lars-Olof
Leonard Lorentz Morgan Nils-Erik Oscar Per-Anders Per-Erik Reidar Roy Sören Thor Tony Urban
Walter Alf Bengt-Åke Dick Elof Anders-Petter Hans-Erik Knut Ragnvald Runar Sivert Staffan Steve
Thure Tryggve Wiktor Åsmund Elis Adolf Algot Alve Ambjörn Assar Bengt-Göran Bo-Göran Casimir
Christoffer Clas Conrad Elmer Emrik Enar Evald Fingal Frank Fritz Gillis Greger Gunder Halvar
Hemming Herman Hilmer Isidor Jan-Ove Joar Johannes Kasper Kjell-Åke Konrad Lars-Gunnar Lennarth
Ludwig Magne Marcel Markus Mio Natanael Niclas Nils-Olof Odd Olav Orvar Patric Per-Åke Roar Severin
Sigfrid Sonny Stig-Göran Torvald Verner Bo-Erik Jan-Peter Per-Ola Karl-Gustav Lars-Ove
""", head=150)  # fmt: skip
SV_S = ranked("""
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson
Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed Engström Eklund
Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Fransson
Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström
Mårtensson Lundström Ahmed Viklund Björklund Eliasson Pålsson Hassan Berggren Sandström Lund
Nordin Ström Åberg Hermansson Ekström Holmgren Sundberg Hedlund Dahlberg Hellström Sjögren
Abrahamsson Falk Martinsson Öberg Andreasson Strömberg Månsson Åkesson Hansen Jonasson Norberg
Sundström Mohamed Lindholm Dahl Hedberg Ek Hussein Ekman Sjöström Holmqvist Nyman Lindblom
Nordlund Lindahl Ivarsson Engberg Hedström Sundqvist Östlund Adolfsson Ekberg Omar Blom Fors
Göransson Nord Söderström Boström Kristiansson Lundell Westerberg Englund Lindkvist Åström
Nordqvist Sundin Strand Lindell Wiklund Edlund Malmberg Palm Lindén Hägglund Ekholm Holmström
Ottosson Karlström Ibrahim Strandberg Rosén Dahlgren Bäckström Sjölund Nordberg Petersson
Holmlund Lindh Berntsson Carlsson Gustavsson Lindroos
Wahlberg Ågren Ahlström Alm Almqvist Andrén Appelqvist Aronsson Backlund Bergh Berglin Blomberg
Blomgren Borg Broberg Brodin Burman Bylund Dahlin Dahlqvist Edberg Edström Ekblad Eklöf Ekvall
Elofsson Engdahl Enqvist Ericsson Fagerström Forsgren Forslund Frisk Friberg Granberg Granström
Gren Grönlund Hagberg Hallberg Hammar Hedin Hedman Hellberg Helander Holmén Hultgren Hultman
Hjalmarsson Höglund Jernberg Johnsson Kjellberg Kullberg Kvist Lagerström Lantz Lilja Liljegren
Lindroth Ljung Ljungberg Ljunggren Lundholm Lövgren Malm Malmström Melin Moberg Modig Nygren
Nylander Nyqvist Näslund Palmqvist Pihl Roos Rydberg Rydén Sahlin Selin Sjödin Skoglund Stenberg
Stenström Strömqvist Sundell Svärd Sylvan Söderlund Thorén Törnqvist Wallgren Wennberg Westin
Wester Westman Vikström Zackrisson Åkerlund Öhman Östberg Östman Axelson Bergkvist Björkman
Blomdahl Carlberg Dahlström Ehrenberg Ekelund Engman Fridh Fält Grahn Hallin Hedqvist Holmér
Hägg Isaksen Jakobson Karlén Kjellin Lagerqvist Lidén Lindmark Lindskog Lindvall Ljungqvist
Lundmark Löfstedt Mellberg Mörk Norén Nyholm Olander Rask Rehn Runesson Sandin Skog Stolt
Strömgren Sundén Svanberg Söder Tell Torstensson Uddén Vallin Wallén Wennerström Widén Åhman
Öqvist Abdi Yousef Hosseini Mahmoud Karimi Rahimi Said Jama Osman Nguyen Kaya Yilmaz Yildiz
Jovanovic Kovacevic Virtanen Korhonen Nieminen Bonde Wrede von_Rosen af_Ugglas De_Geer
Lewenhaupt Gyllenhammar Posse Stålhammar Wachtmeister Bielke Leijonhufvud Sparre Silfverschiöld
Rudbeck Uggla Hamilton Douglas Drakenberg Cederström Lagerlöf Nordenskiöld Rosenqvist Lilliehöök
""", head=150)  # fmt: skip
# The US: the Census 1990 lists (public domain), per cent of people as weight; head 150.
US_F = weighted((
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
), head=150)  # fmt: skip
US_M = weighted((
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
), head=150)  # fmt: skip
US_S = weighted((
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
), head=150)  # fmt: skip
# The UK, in the order of the ONS rankings across the decades adults were born in (1/rank).
UK_F = ranked("""
Sarah Emma Claire Laura Rebecca Gemma Nicola Emily Jessica Hannah Charlotte Sophie Amy Lauren
Rachel Lisa Louise Helen Kelly Michelle Susan Margaret Elizabeth Karen Julie Jane Amelia Olivia
Chloe Katie Samantha Victoria Catherine Joanne Jennifer Lucy Zoe Natalie Alison Angela Deborah
Jacqueline Amanda Tracey Ellie Isla Ava Mia Grace Lily Ella Poppy Isabella Sophia Evie Freya
Megan Holly Abigail Jade Stephanie Kirsty Hayley Donna Dawn Sharon Tracy Wendy Linda Patricia
Mary Ann Anne Christine Janet Carol Sandra Pauline Gillian Lynn Maureen Brenda Valerie Jean Joan
Sheila Barbara Kathleen Doreen Dorothy Shirley Irene Rosemary Ruth Fiona Caroline Kate Anna
Katherine Elaine Heather Diane Yvonne Beverley Lorraine Andrea Paula Kim Sally Tina Vicky Leanne
Danielle Kerry Charlene Melissa Bethany Jasmine Eleanor Georgia Alice Millie Daisy Phoebe
Scarlett Matilda Rosie Imogen Florence Harriet Esme Evelyn Maisie Erin
Niamh Aimee Shannon Courtney Paige Kayleigh Amber Leah Molly Lydia Naomi Harper Willow Ivy Sienna
Aria Layla Elsie Mila Ruby Lola Ada Maya Orla Nancy Emilia Beatrice Clara Iris Edith Gracie
Violet Hollie Jodie Kimberley Lindsay Lesley Marie Tanya Sonia Jenny Joanna Frances Vanessa
Bridget Siobhan Eileen Hilda Gladys Marjorie Vera Lilian Beryl June Audrey Olive Mavis Glenys
Rita Josephine Teresa Judith Hazel Jill Gwen Bronwen Rhiannon Cerys Seren Ffion Morag Eilidh
Kirsteen Shona Ailsa Mhairi Aoife Ciara Roisin Aisha Fatima Zara Priya Amina Yasmin Nadia
""", head=130)  # fmt: skip
UK_M = ranked("""
David John Michael Paul Andrew James Mark Richard Daniel Christopher Robert Thomas Matthew Peter
Stephen Ian Simon Steven Jack Oliver Harry George Gary Lee Anthony Kevin Jason Adam Benjamin
Samuel Joshua Luke Ryan William Alan Martin Neil Craig Scott Philip Graham Keith Nigel Jonathan
Nicholas Timothy Jamie Stuart Darren Wayne Dean Shaun Carl Barry Brian Colin Trevor Derek Roger
Geoffrey Malcolm Kenneth Raymond Terence Dennis Leslie Frank Edward Charles Joseph Alexander Noah
Charlie Jacob Alfie Freddie Leo Oscar Archie Henry Theo Arthur Muhammad Ethan Harrison Dylan
Callum Liam Connor Kieran Jordan Lewis Kyle Jake Bradley Aaron Nathan Tom Sam Ben Max Louis
Finley Isaac Lucas Logan Sebastian Tommy Reuben Elliot Toby Alex Gareth Rhys Owen Dafydd Huw Iain
Gordon Douglas Alistair Hamish Fraser Ross Euan Angus Duncan Kenny Rory Patrick Sean Declan
Ciaran Brendan Gerald Bernard Cyril Albert Harold Ernest Stanley Walter Leonard Ronald Donald
Norman Victor Clive Martyn Russell Jeremy Julian Hugh Rupert Giles Robin Vincent Francis Howard
Glen Marc Ashley Adrian Jeffrey Roy Eric Sidney Reginald Dominic Gavin Jeff Mohammed Ali Imran
Rajesh Arjun Tariq Kwame Chidi Emeka Tobias Rowan Jasper Felix Hugo Ralph Barnaby Dominic-James
Gethin Aled Emrys Tudor Calum Ruaridh Lachlan Niall Padraig Eoin Cormac Fergus Gregor Murdo
Ewan Struan Blair Keir Grant Bryn Ieuan Lloyd Cameron Jay Jordan-Lee Mason Riley Kai Ronan
""", head=130)  # fmt: skip
UK_S = ranked("""
Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson
Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner Martin
Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott Phillips
Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson Bailey
Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams Singh
Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain Campbell Matthews
Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher Stevens Jenkins Murray
Dixon Harvey Graham Pearson Ahmed Fletcher Walsh Kaur Gibson Howard Andrews Stewart Elliott
Reynolds Saunders Payne Fox Ford Pearce Day Brooks West Lawrence Cole Atkinson Bradley Spencer
Gill Dawson Ball Burton O'Brien Watts Rose Booth Perry Ryan Grant Wells Armstrong Francis Rees
Hayes Hart Hudson Newman Barrett Webster
Hunter Gregory Carr Lowe Page Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland Hawkins
Harding Porter Robertson Newton Oliver Reed Kennedy Williamson Bird Gardner Shah Dean Lane Cooke
Bates Henderson Parry Burgess Bishop Walton Burns Nicholson Shepherd Ross Cross Long Freeman
Warren Nicholls Hamilton Byrne Sutton McDonald Yates Hodgson Robson Curtis Hopkins O'Connor Harper
Coleman Watkins Moss McCarthy Chambers O'Neill Griffin Sharp Hardy Wheeler Potter Osborne Johnston
Gordon Doyle Wallace George Jordan Hutchinson Rowe Burke May Pritchard Gilbert Willis Higgins Read
Miles Stevenson Stephenson Hammond Arnold Buckley Walters Hewitt Barber Nelson Slater Austin
Sullivan Whitehouse Randall Fraser MacDonald MacLeod Morrison Paterson Mackenzie Sinclair
Ferguson Cunningham Fitzgerald Quinn Gallagher Lynch Chowdhury Rahman Akhtar Iqbal
Mahmood Okafor Mensah Nowak Kowalski Ng Wong Chen Tran Pugh Howells Vaughan Llewellyn Bowen
Jenkinson Pickering Ashworth Entwistle Sutcliffe Greenwood Haworth Whittaker Crossley Ramsbottom
""", head=150)  # fmt: skip
# Origins common in Sweden: the commonest given names and surnames as the people carry them, in
# the writer's recollection of their rank order (1/rank); head 10.
FI_F = ranked("Maria Helena Johanna Anneli Kaarina Marjatta Anna Liisa Annikki Hannele Tuula Päivi Leena Sari Minna Tiina Riitta Pirjo Aino Eeva Sirpa Satu Merja Kirsi Marja Anu Heidi Elina Aila Raili", 10)  # fmt: skip
FI_M = ranked("Juhani Olavi Antero Tapani Johannes Mikael Matti Timo Kari Pekka Jari Mikko Juha Antti Jukka Markku Heikki Petri Hannu Seppo Ville Esa Veikko Tuomas Janne Risto Aleksi Pentti Kalevi", 10)  # fmt: skip
FI_S = ranked("Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hiltunen Räsänen", 10)  # fmt: skip
AR_F = ranked("Fatima Maryam Zainab Noor Sara Aya Hiba Rana Layla Amal Huda Yasmin Rania Dalia Lina Reem Nadia Samira Salma Ghada Hanan Marwa Nahrin Shamiram Ninwe Rita Mariam Souad", 10)  # fmt: skip
AR_M = ranked("Mohammed Ahmed Ali Hassan Hussein Omar Mustafa Ibrahim Khaled Yousef Abdullah Karim Mahmoud Amir Tariq Samir Ammar Bilal Rami Jamal Walid Haidar Sami Ninos Sargon Afram Yohanna Ashur Gabriel Elias", 10)  # fmt: skip
AR_S = ranked("Ali Mohammed Ahmed Hassan Hussein Ibrahim Abdullah Saleh Khalil Salman Jaber Mahmoud Yousef Othman Haddad Al-Khatib Al-Hashimi Abbas Jasim Kadhim Younis Nasser Aho Danho Lahdo Shabo Malki Yakob Barsom Gabro Hanna Issa Murad", 10)  # fmt: skip
SO_F = ranked("Fadumo Hodan Amina Sahra Hawa Asha Hibo Ifrah Nasra Safiya Khadra Maryan Ayan Deqa Ubah Sagal Ladan Filsan Hamdi Idil Nimco Sucaad", 10)  # fmt: skip
SO_M = ranked("Mohamed Abdi Ahmed Abdirahman Hassan Ali Omar Abdullahi Yusuf Ibrahim Mahad Liban Abdikarim Hussein Farah Osman Said Ismail Bashir Mustafe Abdiaziz Guled", 10)  # fmt: skip
SO_S = ranked("Mohamed Ali Hassan Ahmed Abdi Farah Osman Omar Warsame Jama Hussein Yusuf Abdullahi Ismail Aden Nur Egal Dirie Hersi Mohamud Abdulle Isse Gedi Elmi Guled", 10)  # fmt: skip
PL_F = ranked("Anna Katarzyna Maria Małgorzata Agnieszka Barbara Ewa Krystyna Elżbieta Magdalena Joanna Zofia Monika Teresa Danuta Natalia Aleksandra Karolina Marta Beata Dorota Justyna Jadwiga Paulina Grażyna Halina", 10)  # fmt: skip
PL_M = ranked("Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Stanisław Jakub Adam Marek Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Jerzy Maciej Rafał Kamil Józef Sławomir Przemysław", 10)  # fmt: skip
PL_S = ranked("Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowicki Zawadzki Sadowski Czarnecki Sokołowski Górski Witkowski", 10)  # fmt: skip
FA_F = ranked("Fatemeh Zahra Maryam Mahsa Sara Narges Leila Shirin Parisa Nasrin Roya Azadeh Nazanin Mina Golnar Shabnam Soheila Forough Negar Ladan Samira Bahar Parvaneh Elham", 10)  # fmt: skip
FA_M = ranked("Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Majid Behrouz Dariush Kourosh Babak Farhad Arash Kamran Omid Payam Siavash Navid Mehrdad Shahram Ramin Peyman", 10)  # fmt: skip
FA_S = ranked("Mohammadi Hosseini Ahmadi Rezaei Moradi Karimi Jafari Rahimi Hashemi Mousavi Sadeghi Ebrahimi Rostami Kazemi Ghorbani Tehrani Shirazi Farahani Azizi Naderi Heidari Bagheri Amini Safari Kamali", 10)  # fmt: skip
BCS_F = ranked("Amra Emina Lejla Selma Amela Jasmina Mirela Senada Ana Marija Jelena Ivana Snežana Dragana Mirjana Vesna Maja Sanja Azra Edina Alma Aida Nermina Nataša Gordana", 10)  # fmt: skip
BCS_M = ranked("Adnan Emir Amir Mirza Haris Samir Nermin Edin Damir Dragan Zoran Goran Milan Nikola Stefan Marko Ivan Dejan Nenad Senad Jasmin Mehmed Alen Srđan Davor", 10)  # fmt: skip
BCS_S = ranked("Hodžić Hadžić Begić Delić Mehmedović Husić Kovačević Omerović Hasanović Ibrahimović Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Stanković Pavlović Horvat Kovačić Babić Marić Jurić Knežević Popović Šarić Salihović Mujić Karić", 10)  # fmt: skip
TR_F = ranked("Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hanife Merve Büşra Esra Özlem Derya Gül Leyla Yasemin Sibel Ebru Dilek Seda", 10)  # fmt: skip
TR_M = ranked("Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah Mahmut Recep Kemal Emre Burak Serkan Cem", 10)  # fmt: skip
TR_S = ranked("Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Karataş Erdoğan Güneş", 10)  # fmt: skip
ER_F = ranked("Helen Senait Selam Yordanos Luwam Ruta Saba Mebrat Tsega Winta Feven Hiwet Semhar Eden Hanna Rahwa Lidia Tsehay Abeba Meaza Elsa Mihret", 10)  # fmt: skip
ER_M = ranked("Yonas Daniel Samuel Yohannes Tesfay Dawit Michael Habte Mehari Filmon Robel Berhane Kidane Tekle Amanuel Mussie Biniam Efrem Henok Tewelde Isaias Ghebremedhin", 10)  # fmt: skip
ER_S = ranked("Tesfay Haile Gebremedhin Tekle Berhe Kidane Ghebreyesus Abraham Mehari Yohannes Gebreselassie Woldu Habte Tsegay Andemariam Asmerom Teklehaimanot Ghirmay Weldemichael Araya Negash Fitwi Hagos Kahsay", 10)  # fmt: skip
AF_F = ranked("Fatima Maryam Zahra Nadia Shabana Farida Marzia Masuma Parwana Nazia Sadia Hamida Malalai Laila Roya Zarghona Freshta Arezo Mursal Sima Wahida Khadija", 10)  # fmt: skip
AF_M = ranked("Mohammad Ahmad Ali Mustafa Abdul Hamid Najib Rahim Nasir Jawad Farid Karim Bilal Hamed Hussain Sayed Zabihullah Mahdi Reza Haroon Shafiq Wahid Ezatullah Javid", 10)  # fmt: skip
AF_S = ranked("Ahmadi Hussaini Rahimi Mohammadi Sultani Amiri Karimi Stanikzai Popal Noori Hakimi Haidari Rezai Sharifi Jafari Nazari Akbari Safi Azizi Wardak Habibi Rasuli Sadat Mirzai", 10)  # fmt: skip
TH_F = ranked("Siriporn Supaporn Wanida Pranee Sunisa Jintana Nittaya Ratana Kanokwan Orathai Porntip Nanthana Malee Duangjai Sukanya Arunee Somjit Lamai Kannika Pimchanok", 10)  # fmt: skip
TH_M = ranked("Somchai Somsak Prasert Sompong Anan Surachai Wichai Boonmee Chaiya Niran Apichat Kittisak Thanawat Sakda Narong Pichit Sombat Suthep Chatchai Worawit", 10)  # fmt: skip
TH_S = ranked("Saetang Saelim Srisuk Thongdee Kaewmanee Boonyarat Chaiyasit Wongsuwan Phromma Sukjai Jaidee Siriwat Ruangsri Kongkaew Phanthong Suksawat Charoensuk Rattanaphon Phetcharat Intharat", 10)  # fmt: skip
LA_F = ranked("María Ana Carolina Camila Daniela Francisca Javiera Valentina Catalina Constanza Paula Carmen Claudia Patricia Verónica Andrea Gabriela Fernanda Isabel Rosa Marcela Lorena Alejandra Sofía", 10)  # fmt: skip
LA_M = ranked("José Juan Luis Carlos Jorge Francisco Pedro Manuel Cristián Diego Sebastián Matías Felipe Nicolás Rodrigo Pablo Andrés Héctor Víctor Ricardo Gonzalo Patricio Claudio Mauricio", 10)  # fmt: skip
LA_S = ranked("González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez Castro Vargas Álvarez Vásquez Sánchez Fernández", 10)  # fmt: skip
KU_F = ranked("Rojin Berivan Dilan Jiyan Nazdar Shilan Avin Roza Zilan Helin Nesrin Bahar Gulistan Sozdar Ronahi Delal Evin Viyan Hana Kajal Sakar", 10)  # fmt: skip
KU_M = ranked("Rebin Azad Dilshad Kawa Shvan Karwan Rizgar Hemin Aram Bakhtiyar Sherko Diyar Zana Baran Rojhat Serhat Aso Hiwa Soran Dara Hawre Shorsh Botan", 10)  # fmt: skip
KU_S = ranked("Ahmed Mohammed Abdullah Rasul Aziz Hussein Qadir Karim Salih Ali Hamid Mustafa Amin Faraj Hama Jaff Zebari Baban Mahmud Ismail Osman Rashid Khoshnaw Sindi", 10)  # fmt: skip
UA_F = ranked("Olena Tetiana Nataliia Iryna Oksana Svitlana Yuliia Olha Mariia Anastasiia Kateryna Liudmyla Halyna Viktoriia Alina Daria Inna Larysa Valentyna Sofiia", 10)  # fmt: skip
UA_M = ranked("Oleksandr Serhii Volodymyr Andrii Mykola Dmytro Ivan Vasyl Oleh Yurii Viktor Mykhailo Ihor Petro Bohdan Taras Maksym Artem Roman Vitalii", 10)  # fmt: skip
UA_S = ranked("Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko", 10)  # fmt: skip
IN_F = ranked("Priya Anjali Pooja Neha Divya Kavya Sneha Deepa Lakshmi Sunita Anita Meena Radha Swati Shreya Aishwarya Nisha Ritu Rekha Sapna", 10)  # fmt: skip
IN_M = ranked("Rahul Amit Rajesh Sanjay Vijay Arjun Suresh Ravi Anil Deepak Manoj Ajay Rohit Vikram Karthik Arun Prakash Sunil Ashok Nikhil", 10)  # fmt: skip
IN_S = ranked("Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Rao Joshi Mehta Shah Verma Mishra Agarwal Desai Pillai Chopra Malhotra Menon Krishnan Banerjee Das Bhat", 10)  # fmt: skip
DE_F = ranked("Ursula Monika Petra Sabine Andrea Claudia Susanne Stefanie Julia Katrin Anja Nicole Birgit Heike Christina Sandra Martina Karin Renate Gabriele Lena Leonie Hannah Laura", 10)  # fmt: skip
DE_M = ranked("Thomas Michael Andreas Peter Stefan Klaus Wolfgang Jürgen Frank Uwe Markus Christian Matthias Dieter Bernd Jörg Tobias Jan Lukas Florian Sebastian Hans Günter Ralf", 10)  # fmt: skip
DE_S = ranked("Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange", 10)  # fmt: skip

ORIGINS = {
    "swedish": Origin(SV_F, SV_M, SV_S),
    "us": Origin(US_F, US_M, US_S),
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
    "ukrainian": Origin(UA_F, UA_M, UA_S),
    "indian": Origin(IN_F, IN_M, IN_S),
    "german": Origin(DE_F, DE_M, DE_S),
}

# Who is named, per language of the text: roughly Sweden's population in Swedish and mixed text.
MIXES = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "bcs": 2.5, "persian": 2.5,
        "somali": 2, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5, "eritrean": 1.2,
        "ukrainian": 1.2, "latin": 1, "thai": 1, "german": 0.8, "indian": 0.8, "uk": 0.7, "us": 0.6,
    },
    "en": {
        "us": 38, "uk": 36, "swedish": 9, "indian": 3, "german": 2, "arabic": 2, "polish": 2,
        "latin": 2, "ukrainian": 1, "finnish": 1, "persian": 1, "turkish": 1, "somali": 0.7,
        "bcs": 0.7, "thai": 0.5, "afghan": 0.4, "eritrean": 0.4, "kurdish": 0.4,
    },
    "mixed": {
        "swedish": 50, "uk": 10, "us": 9, "arabic": 5, "finnish": 3, "polish": 3, "persian": 2.5,
        "bcs": 2.5, "somali": 1.5, "turkish": 1.5, "kurdish": 1.5, "ukrainian": 1.5, "indian": 1.5,
        "afghan": 1.2, "german": 1.2, "eritrean": 1, "thai": 1, "latin": 1,
    },
}  # fmt: skip

# Short forms people go by, per origin and given name.
NICK_SV = {
    "Lars": ["Lasse"], "Mikael": ["Micke"], "Joakim": ["Jocke"], "Karl": ["Kalle"], "Per": ["Pelle", "Pelle"],
    "Peter": ["Pelle", "Peppe"], "Charlotte": ["Lotta"], "Kristina": ["Kicki", "Stina"], "Christina": ["Kicki", "Tina"],
    "Katarina": ["Kattis", "Kajsa"], "Magnus": ["Mange"], "Thomas": ["Tompa"], "Tomas": ["Tompa"],
    "Johan": ["Jojje"], "Fredrik": ["Fredde"], "Gustav": ["Gurra", "Gusten"], "Robert": ["Robban"],
    "Marcus": ["Mackan"], "Christer": ["Chrille"], "Christian": ["Chrille"], "Kristoffer": ["Kricke", "Stoffe"],
    "Jonas": ["Jonte"], "Daniel": ["Danne"], "Patrik": ["Patte"], "Mattias": ["Matte"], "Mats": ["Matte"],
    "Henrik": ["Henke"], "Niklas": ["Nicke"], "Stefan": ["Steffe"], "Sebastian": ["Sebbe"],
    "Alexander": ["Alex"], "Jessica": ["Jessan"], "Elisabeth": ["Lisa", "Bettan", "Lisbeth"],
    "Birgitta": ["Gittan", "Bigge"], "Margareta": ["Maggan", "Greta"], "Susanne": ["Sussie", "Sanna"],
    "Madeleine": ["Maddy"], "Viktoria": ["Vicky"], "Isabelle": ["Bella"], "Ulf": ["Uffe"], "Rolf": ["Roffe"],
    "Torbjörn": ["Tobbe"], "Tobias": ["Tobbe"], "Kenneth": ["Kenta"], "Linnéa": ["Linn"], "Bengt": ["Bengan"],
    "Anders": ["Ante", "Andy"], "Hans": ["Hasse"], "Göran": ["Gurra"], "Jan": ["Janne"], "Leif": ["Leffe"],
    "Sven": ["Svenne"], "Nils": ["Nisse"], "Bo": ["Bosse"], "Olof": ["Olle"], "Gunnar": ["Gunne"],
    "Rickard": ["Ricky"], "Emil": ["Emme"], "Johanna": ["Jossan", "Hanna"], "Josefin": ["Jossan"],
    "Caroline": ["Caro", "Lina"], "Karolina": ["Kajsa", "Lina"], "Ingrid": ["Inga"], "Mikaela": ["Micka"],
    "Therese": ["Tessan"], "Camilla": ["Millan"], "Emelie": ["Emmy"], "Cecilia": ["Cissi"],
    "Karin": ["Kajsa"], "Annika": ["Annie"], "Jonathan": ["Jonte"], "William": ["Wille"], "Albin": ["Abbe"],
    "Oskar": ["Ogge"], "Viktor": ["Vicke"], "Filip": ["Fille"], "Anton": ["Tonne"], "Kent": ["Kenta"],
}  # fmt: skip
NICK_EN = {
    "William": ["Will", "Bill"], "Robert": ["Rob", "Bob", "Bobby"], "Richard": ["Rich", "Rick"],
    "Michael": ["Mike", "Mick"], "James": ["Jim", "Jamie"], "Elizabeth": ["Liz", "Beth", "Lizzie"],
    "Jennifer": ["Jen", "Jenny"], "Katherine": ["Kate", "Katie"], "Catherine": ["Cathy", "Kate"],
    "Thomas": ["Tom", "Tommy"], "Christopher": ["Chris"], "Matthew": ["Matt"], "Daniel": ["Dan", "Danny"],
    "Anthony": ["Tony"], "Joseph": ["Joe"], "Samuel": ["Sam"], "Benjamin": ["Ben"], "Andrew": ["Andy", "Drew"],
    "Stephen": ["Steve"], "Steven": ["Steve"], "Margaret": ["Maggie", "Peggy"], "Susan": ["Sue"],
    "Deborah": ["Debbie", "Deb"], "Patricia": ["Pat", "Trish"], "Rebecca": ["Becky", "Becca"],
    "Victoria": ["Vicky", "Tori"], "Alexander": ["Alex", "Sandy"], "Nicholas": ["Nick"],
    "Jonathan": ["Jon"], "Edward": ["Ed", "Ted"], "David": ["Dave"], "Timothy": ["Tim"],
    "Charles": ["Charlie", "Chuck"], "Alexandra": ["Alex", "Lexi"], "Samantha": ["Sam"],
    "Kimberly": ["Kim"], "Jessica": ["Jess"], "Nicola": ["Nicky"], "Philip": ["Phil"], "Gregory": ["Greg"],
    "Kenneth": ["Ken", "Kenny"], "Raymond": ["Ray"], "Donald": ["Don"], "Ronald": ["Ron", "Ronnie"],
    "Gerald": ["Gerry"], "Terence": ["Terry"], "Dorothy": ["Dot"], "Barbara": ["Barb"], "Pamela": ["Pam"],
}  # fmt: skip
NICKNAMES = {
    "swedish": NICK_SV, "uk": NICK_EN, "us": NICK_EN,
    "polish": {"Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"], "Aleksandra": ["Ola"], "Magdalena": ["Magda"],
               "Agnieszka": ["Aga"], "Tomasz": ["Tomek"], "Krzysztof": ["Krzysiek"], "Piotr": ["Piotrek"], "Jakub": ["Kuba"]},
    "finnish": {"Juhani": ["Jussi"], "Johannes": ["Hannes"], "Matti": ["Masa"], "Kaarina": ["Kaija"]},
    "ukrainian": {"Oleksandr": ["Sasha"], "Dmytro": ["Dima"], "Volodymyr": ["Vova"], "Kateryna": ["Katia"], "Anastasiia": ["Nastia"]},
    "latin": {"Francisco": ["Pancho"], "José": ["Pepe"], "Guillermo": ["Memo"]},
    "arabic": {"Mohammed": ["Mo", "Hamoudi"], "Yousef": ["Joe"]},
    "german": {"Wolfgang": ["Wolf"], "Matthias": ["Matze"], "Stefanie": ["Steffi"]},
}  # fmt: skip
