# ruff: noqa: E501
"""Name pools for held-out FN (issue 15): names as the population has them, by origin and weight.

Every list is in rank order, commonest first. Swedish given names and surnames follow the order of
SCB's name statistics (written from the writer's general knowledge; weight 1/rank; head the top
150, and a tail of rarer names past them). The US lists are the Census 1990 files (public domain,
copied from the `names` package's `dist.female.first`, `dist.male.first` and `dist.all.last`; the
census per cent as weight; head 150). The UK lists follow the ONS rankings (general knowledge,
1/rank). The other origins are those common in Sweden, their commonest given names and surnames
(1/rank, head 10). No name was checked against anything in the repository; none was left out for
being known or unknown.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from a list's head with this probability, else its tail


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


def names(text: str) -> tuple[str, ...]:
    """Whitespace-separated names in rank order; `_` stands for a space (`von_Platen`). A name
    written twice keeps its first place."""
    out: list[str] = []
    for word in text.split():
        word = word.replace("_", " ")
        if word not in out:
            out.append(word)
    return tuple(out)


def ranked(listed: tuple[str, ...], head: int) -> Pool:
    """Weight 1/rank."""
    return Pool(listed, tuple(1 / (i + 1) for i in range(len(listed))), min(head, len(listed) - 1))


def census(rows: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """The census per cent as weight."""
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


_PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "ı": "i", "İ": "I", "đ": "dj", "Đ": "Dj", "ø": "o", "æ": "ae"}
)


def plain(word: str) -> str:
    """The word typed without its letters: `Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`."""
    word = word.translate(_PLAIN)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for end in ("ski", "cki", "dzki"):
        if surname.endswith(end):
            return surname[:-1] + "a"
    return surname


# Sweden: SCB's order (women's and men's given names, surnames), the writer's general knowledge.
SV_F = names("""
Anna Eva Maria Karin Kristina Lena Kerstin Sara Emma Ingrid Marie Malin Birgitta Jenny Hanna
Inger Annika Linda Susanne Elin Monica Ulla Johanna Katarina Sofia Carina Elisabeth Julia Helena
Ida Marianne Linnéa Åsa Camilla Margareta Anneli Amanda Gunilla Sandra Anette Therese Ebba
Caroline Maja Josefin Elsa Frida Alice Matilda Ulrika Lisa Agneta Barbro Viktoria Elisabet
Jessica Wilma Alva Moa Klara Emelie Louise Astrid Ella Lovisa Cecilia Madeleine Charlotte Pia
Britt Yvonne Ingela Gunnel Lina Irene Emilia Felicia Ellen Nathalie Rebecka Isabelle Tove Sofie
Jennie Mikaela Vera Stina Ann-Marie Ann-Christin Siv Berit Marita Ingegerd Lisbeth Margit Gun
Maj-Britt Britt-Marie Anna-Karin Linn Saga Olivia Agnes Ester Signe Selma Ellinor Evelina Jonna
Petra Angelica Erika Ann Marina Rose-Marie Eva-Lena Kristin Gunhild Solveig Ingeborg Karolina
Ronja Tilda Elvira Nellie Ylva Emelia Tindra Nora Liv Thea Minna Hedvig Greta Märta Mona Birgit
Kajsa Helen Jeanette Veronica Anita Eleonor Cajsa Paulina Ingalill Gerd Elise Isabella
Alexandra Alma Stella Freja Lilly Juni Meja Tyra
Majvor Hjördis Rut Viola Dagny Gudrun Svea Alfhild Majken Elvy Inga Ingbritt Lilian Sonja Laila
Gunvor Asta Elna Edit Ethel Doris Iris Vanja Tuva Hedda Lykke Leia Mila Nova Lova Ines Hilma
Vilma Disa Tekla Hillevi Ragnhild Ulrica Annelie Pernilla Carolina Madelene Marlene Anki
Ann-Sofie Ann-Louise Ann-Kristin Anna-Lena Anna-Carin Anna-Maria Eva-Karin Lena-Maria Maj-Lis
Maj Gullan Gull-Britt Inga-Lill Ing-Marie Ulla-Britt Britt-Inger Ann-Charlotte Ann-Katrin Elsie
Tora Hulda Magda Vivianne Vivi Marit Margaretha Kristine Christina Christin Cristina Katrin
Catarina Josefine Josephine Emmy Emmie Elina Elinor Tina Ninni Nina Hilda Bodil Gunn Britta
Agnetha Lillemor Ewa Evy Eivor Elly Ruth Sigrid Valborg Gertrud Linnea Lea Leah Maya Mira Mia
Sanna Mimmi Mathilda Wilhelmina Filippa Fanny Hannah Sabina Ilona Irma Judit Jasmin Nadja
Natalie Natalia Nicole Michelle Melina Melissa Alicia Amelia Amelie Aurora Cornelia Isa Ivy
Lovis Luna Malva Molly Nelly Olga Ottilia Paula Rebecca Selin Siri Vendela Wera Fatima Amina
Gabriella Yasmin Zeinab Dalia Birgitte Lise-Lotte Anne Annie Annette Jannike Jenni Jennifer
Jill Karina Katja Kicki Lisen Liselotte Lotten Louisa Mari Marielle Mathilde Nathalia Rakel
Regina Rigmor Sylvia Tuulikki Ulrica Vivan Yvette Åsa-Lena Ebba-Lotta Elin-Maria Aina Alida
Alexia Annica Bea Benita Carin Catharina Dorotea Ellie Elvina Emeli Estelle Evelyn Gloria Helmi
Henny Ida-Maria Idun Inez Isabel Joline Julie Kaisa Katrine Leona Lisette Livia Lotta Majlis Malou
Marta Meta Mirjam Märtha Nanna Ninnie Novalie Pauline Ragna Ramona Sally Signhild Stephanie Susann
Thyra Ulla-Karin Wivianne Åse Ingvor
""")
SV_M = names("""
Lars Mikael Anders Johan Per Erik Karl Peter Jan Thomas Daniel Fredrik Hans Andreas Stefan
Mohammad Bengt Magnus Alexander Mats Marcus Bo Oskar Jonas Nils Martin Göran Mattias Sven Niklas
Björn Leif Christer Patrik David Henrik Emil Filip Lennart Ulf Jonathan Anton Kjell Gustav Simon
Rolf Robert Viktor Sebastian Tommy Axel Joakim Christian Kent Roger Håkan Rickard Tobias Ali Olof
Stig William Jakob Lucas Hugo Elias Isak Adam Ludvig Oliver Liam Noah Arvid Alfred Albin
Johannes Robin Dennis Kevin Jesper Gunnar Ingvar Åke Arne Kenneth Roland Claes Tomas Torbjörn
Urban Kristoffer Christoffer Jimmy Mohamed Ahmed Gösta Bertil Karl-Erik Lars-Erik Jan-Erik
Per-Olof Sture Rune Lars-Göran Hampus Max Theo Vincent Elliot Melvin Edvin Viggo Leo Vilgot
Sixten Harry Tage Ove Erland Benny Conny Jörgen Pontus Oscar Carl Rasmus Linus Felix Samuel
Josef Kim Glenn Sune Bernt Torsten Folke Allan Mohammed Lukas Jacob Jonny Morgan Krister Börje
Evert Staffan Tony Ronny Alf Bror Einar Ivar
Valter Walter Sigvard Helge Holger Harald Hilding Ingemar Inge Ingmar Jöns Knut Lage Ragnar Sten
Stellan Sten-Åke Svante Sören Tor Tord Torgny Valdemar Verner Vidar Yngve Östen Albert Algot
Artur Arthur Birger Bruno Casper Kasper Charlie Colin Dante Douglas Eddie Edward Elis Elton
Emanuel Enar Evald Fabian Ferdinand Frans Gabriel Georg Gideon Gustaf Halvar Hannes Hjalmar Isac
Ivan Jack Jens Joel Jon Julius Kristian Loke Love Lowe Malte Matteus Melker Milo Måns Neo Nicklas
Nicolas Noel Olle Otto Paul Petter Philip Rikard Ruben Sam Samir Sigurd Teodor Theodor Tim Ture
Uno Wilhelm Vilhelm Yusuf Hassan Hussein Omar Ibrahim Amir Adrian Alvin Alex Aron August Benjamin
Birk Boris Dag Dan Ebbe Egon Elof Eskil Esbjörn Fritiof Frej Gerhard Greger Henning Herbert
Ingvald Jim Joacim Joachim Johnny Kennet Kurt Lars-Olof Lars-Åke Leon Levi Loui Louie Mauritz
Morris Nathan Nils-Erik Olov Orvar Osvald Patric Per-Erik Per-Åke Pierre Reine Roine Roy Seth
Sigfrid Sonny Sven-Erik Sven-Olof Sven-Åke Thore Tommie Ulrik Wiktor Örjan Abbe Anwar Arne-Åke
Bo-Göran Bosse-Lennart Carl-Johan Claes-Göran Eric Erling Gert Gunder Hans-Erik Harri Ingvald
Jan-Olof Jan-Åke Karl-Axel Karl-Gustav Karl-Johan Kjell-Åke Lars-Gunnar Leopold Lorentz Ludwig
Mikkel Nicklas Nils-Olof Ola Per-Anders Per-Johan Rolf-Erik Rudolf Sigge Stig-Olof Thorsten
Tomas-Erik Torbjörn Ulf-Peter Wilmer Zakaria Adolf Anselm Bengt-Göran Einar Elmer Elvin Eugen
Finn Gillis Gottfrid Hilmer Hugo-Johan Ingolf Jan-Ove Kristofer Kurt-Erik Mats-Erik Nils-Gunnar Oliwer Ossian
Robbin Sten-Ove Sigvald Torvald Tryggve
""")
SV_S = names("""
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson
Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohamed Engström Eklund
Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Fransson
Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström Ahmed
Mårtensson Lundström Hassan Viklund Björklund Eliasson Pålsson Berggren Sandström Lund Nordin
Ström Åberg Hermansson Ekström Falk Holmgren Hellström Dahlberg Hedlund Sundberg Sjögren Ek Blom
Abrahamsson Martinsson Öberg Andreasson Strömberg Månsson Hansen Åkesson Dahl Lindholm Norberg
Jonasson Sundström Åström Ivarsson Carlsson Lindblom Jensen Hussein Sundqvist Göransson Fors
Nordqvist Lindahl Mohammed Ekberg Borg Dahlström Lindén Omar Nielsen Ibrahim Vikström Hedberg
Söderström Rosén Ekman Sjöström Forsman Lindkvist Hedman Björkman Johnsson Holmqvist Boström
Lundh Bergkvist Sundin Hägglund Johannesson Strand Nord Westerberg Eklöf Törnqvist Edlund
Kjellberg Lindvall Wallén Östlund Ekholm Åkerlund Nyman Lilja Lindroth
Gustavsson Carlström Engberg Wiklund Brandt Höglund Hallberg Kristensson Sjölund Melin
Nordlander Bäckström Lagerqvist Ahlström Westberg Nordlund Grönlund Hedström Zetterberg Nylander
Lindh Ljungberg Ljunggren Engman Rydberg Hjalmarsson Sahlin Sandell Wahlström Wahlberg Öhman
Åslund Skoglund Sundell Söderlund Palm Lövgren Lundell Blomberg Norén Lindell Roos Ahlberg
Strömqvist Ryberg Bergh Malm Malmberg Malmström Molin Forslund Hammar Hammarström Hagström
Hagberg Granberg Granström Grahn Svärd Stenberg Stenström Wennberg Westin Westman Widén Wigren
Winberg Ågren Östman Östberg Alm Almqvist Andrén Backman Bergvall Björling Blomgren Boman
Borgström Brolin Byström Carlberg Dahlgren Dahlin Edberg Edström Ekdahl Ekblom Ekvall Elfström
Engdahl Enqvist Fagerberg Flodin Forsell Fridh Frisk Gerdin Grip Hallin Hedin Hedqvist Hellberg
Helin Hultgren Hultman Hägg Isberg Jernberg Juhlin Krantz Kvist Lagerström Lidén Ljung Lundblad
Lundmark Lundén Lönn Modig Norling Nordgren Nyholm Nylund Näslund Pihl Rask Rehn Rudberg Rydén
Rönnberg Sandin Selin Sjödin Sjöholm Skog Sköld Stark Strid Svahn Svanberg Säfström Thorén
Unger Wahlund Wallgren Wennström Wessman Wiberg Wikander Wikman Wiman Zackrisson Åkerman
Åkerström Östling Ericsson Ericson Erikson Karlson Petersson Olausson Paulsson Adolfsson
Albinsson Alexandersson Augustsson Bertilsson Björnsson Davidsson Einarsson Emanuelsson
Evertsson Filipsson Gabrielsson Gottfridsson Haraldsson Helgesson Holgersson Ingvarsson
Josefsson Kristoffersson Lennartsson Ludvigsson Mikaelsson Oskarsson Ottosson Robertsson
Rolfsson Sigvardsson Simonsson Stefansson Sturesson Sunesson Torstensson Viktorsson Wilhelmsson
Yilmaz Nguyen Hosseini Ahmadi Kaya Virtanen Nowak Mohammadi Abdi Yusuf
von_Platen af_Klercker von_Essen De_Geer von_Sydow af_Trolle Wachtmeister Lewenhaupt
Gyllenstierna Bonde Oxenstierna Leijonhufvud Sparre Uggla Rudbeck Ehrensvärd Silfverschiöld
Cederschiöld Natt_och_Dag
""")

# The US: the Census 1990 lists (public domain), copied from the `names` package's data files
# (`dist.female.first`, `dist.male.first`, `dist.all.last`): the first 400, 400 and 420 names,
# the census per cent as weight.
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
)  # fmt: skip

# The UK: the ONS rankings (babies' names over the decades, for the adults and children now
# living), general knowledge, 1/rank.
UK_F = names("""
Sarah Emma Claire Laura Rebecca Gemma Nicola Lisa Amy Jennifer Rachel Hannah Samantha Charlotte
Katie Helen Jessica Louise Lauren Victoria Sophie Elizabeth Emily Amanda Michelle Susan Karen
Julie Joanne Kelly Catherine Jane Olivia Amelia Isla Ava Mia Grace Lily Freya Ella Isabella Poppy
Evie Sophia Chloe Jade Stacey Natalie Zoe Leanne Kerry Donna Tracey Lindsay Margaret Patricia
Christine Carol Linda Janet Alison Deborah Dawn Joanna Kate Lucy Anna Ruth Jacqueline Angela
Wendy Elaine Sharon Diane Gillian Pauline Sandra Maureen Jean Barbara Mary Anne Sheila Kathleen
Eileen Joan Brenda Valerie Sylvia Lesley Fiona Caroline Heather Abigail Megan Holly Bethany
Georgia Eleanor Ellie Phoebe Millie Daisy Harriet Alice Matilda Rosie Lola Ruby Florence Scarlett
Evelyn Maya Willow Layla Aria Ivy Elsie Sienna Esme Luna Sofia Amber Jasmine Leah Kirsty Hayley
Danielle Rebekah Siobhan Aimee Hollie Jodie Kayleigh Charlene Lynne Marion Irene Rita Shirley
Beverley Carole Marie Teresa Frances Judith Elaine Jennie Penelope
Gwen Bronwen Rhiannon Cerys Niamh Aoife Orla Morag Ailsa Eilidh Catriona Mhairi Shona Kirstie
Tamsin Imogen Beatrice Clementine Harriett Arabella Felicity Rosalind Philippa Miranda Verity
Hermione Juliet Naomi Priya Aisha Fatima Zara Amira Nadia Yasmin Anisa Maryam Noor Gurpreet
Harpreet Simran Keeley Chantelle Shannon Tegan Demi Courtney Paige Kimberley Toni Tanya Tina
Geraldine Bernadette Josephine Dorothy Edna Gladys Winifred Hilda Mabel Ethel Agnes Marjorie
Vera Rosemary Hazel Muriel Audrey Iris Norma Betty Doris Peggy Joyce Elsie Annabel Bryony Cressida
""")
UK_M = names("""
David John Paul Mark James Andrew Michael Peter Robert Richard Stephen Christopher Daniel Matthew
Thomas Steven Ian Gary Simon Anthony Kevin Martin Jason Lee Craig Darren Neil Stuart Wayne Alan
Colin Graham Keith Brian Philip Jonathan Adam Ryan Luke Benjamin Samuel Jack Joshua Oliver Harry
George William Charlie Jacob Alfie Noah Leo Oscar Arthur Muhammad Freddie Archie Henry Theo Joseph
Ethan Isaac Lucas Alexander Edward Max Dylan Logan Finley Tommy Teddy Reggie Albie Jude Ronnie
Elijah Louis Arlo Rory Hugo Toby Sebastian Frederick Nathan Liam Callum Connor Jamie Scott Dean
Carl Shaun Lewis Kieran Sean Jordan Ross Barry Nigel Trevor Derek Terry Raymond Kenneth Roger
Malcolm Geoffrey Dennis Frank Ronald Roy Gordon Clive Tony Russell Dominic Marcus Patrick Tim
Jeremy Adrian Duncan Gavin Glenn Jon Karl Leon Mohammed Nicholas
Gareth Rhys Dafydd Owain Gethin Iwan Euan Fraser Angus Hamish Alasdair Ruaridh Callan Niall
Cian Declan Ciaran Eoin Padraig Aidan Conor Ronan Rupert Giles Crispin Piers Hugh Jasper Felix
Tristan Rufus Barnaby Ralph Bertie Stanley Albert Ernest Harold Walter Cyril Leonard Norman
Stanley Eric Bernard Herbert Douglas Victor Arjun Rohan Ravi Imran Bilal Hassan Omar Yusuf Amir
Harjit Gurdeep Jaspal Kwame Kofi Tyrone Dwayne Jermaine Lloyd Desmond Wesley Jamal Kyle Jake
Bradley Josh Reece Aaron Ashley Billy Bobby Danny Dale Jay Mitchell Nathaniel Elliot Zachary
Harvey Stanley Mason Austin Caleb Ezra Otis Kai Ellis Ollie Sonny Rowan Hunter Jasper
""")
UK_S = names("""
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
Hayes Hart Hudson Newman Barrett Webster Hunter Gregory Carr Lowe Page Marsh Riley Dunn Woods
Parsons Berry Stone Reid Holland Hawkins Harding Porter Robertson Newton Oliver Reed Kennedy
Williamson Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry Burgess Bishop Walton Burns
Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls Hamilton Byrne Sutton McDonald Yates
Hodgson Robson Curtis Hopkins O'Connor Harper Coleman Watkins Moss McCarthy Chambers O'Neill
Griffin Sharp Hardy Wheeler Potter Osborne Johnston Gordon Doyle Wallace George Jordan Hutchinson
Rowe Burke May Pritchard Gilbert Willis Higgins Read Miles Stevenson Stephenson Hammond Arnold
Buckley Walters Hewitt Barber Nelson Slater Austin Sullivan Whitehead Mann Frost Lambert
Stephens Blake Akhtar Lynch Goodwin Barton Woodward Thomson Cunningham Quinn Barnett Baxter Bibi
Clayton Nash Greenwood Jennings Holt Kemp Poole Gallagher Bond Stokes Tucker Davidson Fowler
Heath Norman Middleton Lees Banks French Jarvis Fitzgerald Llewellyn Pugh Vaughan Bowen Morrison
MacLeod Fraser Sinclair Mackenzie Donaldson Cameron Docherty Kerr McLean Paterson Gilmour Hendry
Pemberton Ashworth Fairclough Heywood Birch Thorpe Sykes Hirst Whittaker Haworth Butterworth
Entwistle Ackroyd Oakes Crowther Dobson Proctor Capper Mellor Rimmer
""")

# Origins common in Sweden: their commonest given names and surnames (1/rank, head 10).
FI_F = names(
    "Marja Anneli Tuula Päivi Riitta Sari Kaarina Pirjo Hannele Eeva Leena Sirpa Minna Johanna Satu Tiina Aino Helmi Liisa Anja Kirsi Merja Tarja Ritva Seija Aila Raili Outi"
)
FI_M = names(
    "Juha Timo Matti Kari Mikko Jari Antti Jukka Markku Pekka Hannu Heikki Seppo Janne Ari Petri Ville Sami Pentti Esa Jouni Tapio Veikko Raimo Eero Tuomas Erkki Reijo"
)
FI_S = names(
    "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hiltunen Kallio"
)
AR_F = names(
    "Fatima Maryam Zainab Noor Sara Amina Aisha Huda Rana Lina Hiba Rasha Dalia Layla Yasmin Rania Shahad Zahraa Ranim Samira Hanan Ghada Ninve Shamiram Ramina Sherin Rita Mariana"
)
AR_M = names(
    "Mohammed Ahmed Ali Hassan Hussein Omar Ibrahim Mustafa Khaled Youssef Abdullah Karim Mahmoud Sami Tariq Ammar Bilal Haider Hamza Saif Ziad Walid Fadi Rami Jamal Ninos Sargon Ashur Gabriel Aday Yakob Ilyas"
)
AR_S = names(
    "Ali Mohammed Ahmed Hassan Hussein Abdullah Ibrahim Khalil Saleh Jaber Mahmoud Haddad Mansour Nasser Al-Amin Younis Al-Jaburi Kareem Rashid Hamdan Salman Abbas Issa Habib Shamoun Barsoum Saliba Gabriel Yacoub Hanna Georgis Malke Kourie Lahdo Aho Bahnan"
)
SO_F = names(
    "Hodan Fadumo Amina Hibo Asha Sahra Ayan Nasra Muna Ifrah Sagal Hawa Khadra Ubah Deqa Ikran Nimco Filsan Ladan Safiya Sumaya Idil"
)
SO_M = names(
    "Mohamed Abdi Ahmed Abdirahman Hassan Ali Omar Abdullahi Yusuf Ismail Mahad Liban Abdikarim Farah Hussein Bashir Guled Said Mukhtar Jama Osman Abdiaziz"
)
SO_S = names(
    "Mohamed Ahmed Ali Hassan Abdi Omar Hussein Abdullahi Yusuf Ismail Farah Warsame Jama Osman Nur Aden Dahir Egal Samatar Hersi Mohamud Abdirahman Gedi Barre Dirie Elmi Awale"
)
PL_F = names(
    "Anna Katarzyna Małgorzata Agnieszka Barbara Ewa Magdalena Joanna Aleksandra Monika Krystyna Zofia Dorota Beata Justyna Natalia Karolina Marta Paulina Izabela Grażyna Jadwiga Halina Danuta Wiktoria Zuzanna"
)
PL_M = names(
    "Piotr Krzysztof Tomasz Paweł Andrzej Michał Marcin Jakub Łukasz Adam Marek Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Jerzy Rafał Kamil Maciej Szymon Sławomir Bartosz Jacek"
)
PL_S = names(
    "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Wojciechowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Stępień Malinowski Jaworski Górski Sikora Czarnecki"
)
FA_F = names(
    "Maryam Fatemeh Zahra Narges Leila Shirin Mahsa Parisa Sara Roya Nasrin Azadeh Neda Mina Shabnam Farzaneh Elham Negin Yasaman Golnaz Samira Bahar Nazanin Ladan"
)
FA_M = names(
    "Ali Mohammad Reza Hossein Mehdi Amir Hamid Saeed Behrouz Farhad Babak Dariush Kourosh Arash Omid Majid Hassan Navid Pouya Siavash Kaveh Shahram Payam Masoud"
)
FA_S = names(
    "Mohammadi Hosseini Ahmadi Rezaei Karimi Moradi Hashemi Rahimi Jafari Mousavi Sadeghi Ghasemi Kazemi Ebrahimi Rostami Tehrani Alavi Ghorbani Nazari Shirazi Farahani Azizi Bagheri Amini Khosravi Najafi"
)
BCS_F = names(
    "Amra Emina Jasmina Ana Marija Jelena Ivana Dragana Milica Maja Lejla Amela Selma Azra Mirela Snežana Vesna Gordana Sanja Mirjana Aida Elma Nermina Tijana"
)
BCS_M = names(
    "Amir Adnan Edin Emir Mirza Nikola Marko Stefan Ivan Dragan Zoran Goran Nenad Miroslav Dejan Senad Haris Kenan Alen Dino Milan Tomislav Josip Mladen Armin Almir"
)
BCS_S = names(
    "Hodžić Hadžić Begić Delić Kovačević Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Popović Horvat Kovač Babić Marić Jurić Knežević Mehmedović Husić Mujić Omerović Halilović Hasanović Šehić Karić Tomić Pavlović Mustafić Alić Čaušević"
)
TR_F = names(
    "Ayşe Fatma Emine Hatice Zeynep Elif Merve Özlem Esra Meryem Sibel Derya Gül Hülya Büşra Seda Tuğba Ebru Dilek Yasemin Aylin Selin Songül Nur"
)
TR_M = names(
    "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Murat Osman Yusuf Ömer Emre Burak Serkan Kemal Cem Hakan Erkan Fatih Ramazan Volkan Tolga Uğur Kaan"
)
TR_S = names(
    "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Güneş Aktaş Tekin Keskin Bulut Avcı"
)
ER_F = names(
    "Selam Senait Helen Hiwet Saba Mebrat Lidia Ruta Yordanos Tsega Feven Winta Semhar Meron Elsa Azieb Mizan Letensae Rahel Yohana"
)
ER_M = names(
    "Yonas Daniel Samuel Tesfay Filmon Robel Dawit Yemane Mussie Habtom Kibrom Tekle Berhane Efrem Michael Henok Amanuel Goitom Yohannes Mehari Simon Aron"
)
ER_S = names(
    "Tesfay Tekle Haile Berhane Gebremedhin Ghebreyesus Kidane Mehari Woldu Tesfamariam Yohannes Abraha Ghebremichael Habte Kahsay Asmerom Andemariam Negash Weldemichael Mengisteab Zeray Tewelde Mebrahtu Fissehaye"
)
AF_F = names(
    "Fatima Zahra Maryam Masooma Freshta Nilofar Shabnam Parwana Mariam Nazanin Madina Soraya Mursal Zarghona Setara Lema Shakila Farida Hasina Gulalai"
)
AF_M = names(
    "Mohammad Ahmad Ali Abdul Mustafa Hamid Rahim Hussain Jawad Sayed Mahdi Reza Farid Nasir Zabihullah Mujtaba Sohrab Masoud Wahid Rohullah Ismail Samiullah Bashir Sharif"
)
AF_S = names(
    "Ahmadi Hussaini Rahimi Hashimi Mohammadi Karimi Sultani Rezai Jafari Noori Amiri Haidari Sadat Stanikzai Popal Wardak Yousufzai Safi Durrani Sharifi Mirzaei Rasuli Azimi Habibi Qasemi Akbari"
)
TH_F = names(
    "Siriporn Malee Suda Pranee Wanida Kanya Jintana Ratana Pornpimol Supaporn Nittaya Orawan Lamai Duangjai Pimchanok Araya Benjawan Chanida Kannika Sunisa Wipaporn Thanyarat"
)
TH_M = names(
    "Somchai Somsak Prasert Sombat Chaiwat Anan Wichai Surachai Niran Suthep Thanakorn Kittisak Apichat Narong Pichit Sakda Wirot Chatchai Boonchu Teerapong"
)
TH_S = names(
    "Saelee Srisawat Boonmee Kaewkham Thongchai Chantarasiri Suksawat Rattanakorn Phromsuk Wongsuwan Sangthong Jaidee Intharasuk Sriwichai Kongkaew Somboon Thongdee Charoensuk Saetang Ruangsri"
)
LA_F = names(
    "María Carolina Camila Francisca Javiera Constanza Valentina Daniela Catalina Fernanda Paula Claudia Patricia Andrea Verónica Marcela Alejandra Macarena Soledad Ximena Gabriela Lorena Isidora Josefa"
)
LA_M = names(
    "José Juan Luis Carlos Jorge Manuel Francisco Pablo Cristián Rodrigo Sebastián Matías Felipe Diego Nicolás Gonzalo Claudio Patricio Héctor Sergio Eduardo Ricardo Andrés Tomás Benjamín"
)
LA_S = names(
    "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez Castro Pizarro Álvarez Vásquez Sánchez Fernández Ramírez Carrasco"
)
KU_F = names(
    "Rojin Berivan Dilan Nazdar Shilan Zilan Hevi Avin Roza Jiyan Sozdar Evin Shirin Gulistan Helin Delal Bahar Rezan Nergiz Viyan Zozan"
)
KU_M = names(
    "Azad Rebwar Dilshad Shvan Karwan Hawre Sherzad Baran Aram Rizgar Serwan Dler Rawand Hemin Kawa Zana Soran Nawzad Hiwa Bakhtiyar Diyar Kamaran"
)
KU_S = names(
    "Ahmed Mohammed Rashid Aziz Karim Hamad Mustafa Salih Kakai Hawrami Zebari Bakir Abdulla Qadir Mahmud Amin Hama Sharif Osman Omer Tahir Fatah Rasul Doski Baban"
)
UA_F = names(
    "Olena Tetiana Iryna Nataliia Oksana Yuliia Svitlana Kateryna Anastasiia Olha Mariia Viktoriia Halyna Liudmyla Daria Sofiia Alina Valentyna"
)
UA_M = names(
    "Oleksandr Serhii Andrii Volodymyr Dmytro Oleh Mykola Vasyl Ivan Yurii Viktor Maksym Ihor Vitalii Bohdan Taras Roman Artem"
)
UA_S = names(
    "Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko"
)
IN_F = names(
    "Priya Anjali Pooja Neha Divya Sneha Kavya Deepa Lakshmi Sunita Anita Meera Shreya Aishwarya Ritu Swati Nisha Aarti Preeti Radha"
)
IN_M = names(
    "Rahul Amit Rajesh Vikram Arjun Sanjay Suresh Ramesh Anil Ravi Karthik Vijay Rohit Manoj Deepak Aditya Prakash Sandeep Ajay Nikhil"
)
IN_S = names(
    "Patel Sharma Singh Kumar Gupta Reddy Iyer Nair Rao Shah Joshi Mehta Desai Verma Menon Pillai Agarwal Chopra Kapoor Malhotra Das Mishra"
)
CN_F = names(
    "Fang Na Min Jing Li Yan Ying Hui Xiu Lan Mei Xin Yu Ting Jie Hong Xia Juan Qian Xiaoyan"
)
CN_M = names(
    "Wei Jun Tao Ming Lei Yong Qiang Bo Hao Chao Gang Peng Jian Long Feng Bin Kai Yang Zhiwei Jianguo"
)
CN_S = names("Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo")

ORIGINS = {
    "swedish": Origin(ranked(SV_F, 150), ranked(SV_M, 150), ranked(SV_S, 150)),
    "us": Origin(census(US_F), census(US_M), census(US_S)),
    "uk": Origin(ranked(UK_F, 130), ranked(UK_M, 130), ranked(UK_S, 150)),
    "finnish": Origin(ranked(FI_F, 10), ranked(FI_M, 10), ranked(FI_S, 10)),
    "arabic": Origin(ranked(AR_F, 10), ranked(AR_M, 10), ranked(AR_S, 10)),
    "somali": Origin(ranked(SO_F, 10), ranked(SO_M, 10), ranked(SO_S, 10)),
    "polish": Origin(ranked(PL_F, 10), ranked(PL_M, 10), ranked(PL_S, 10)),
    "persian": Origin(ranked(FA_F, 10), ranked(FA_M, 10), ranked(FA_S, 10)),
    "bcs": Origin(ranked(BCS_F, 10), ranked(BCS_M, 10), ranked(BCS_S, 10)),
    "turkish": Origin(ranked(TR_F, 10), ranked(TR_M, 10), ranked(TR_S, 10)),
    "eritrean": Origin(ranked(ER_F, 10), ranked(ER_M, 10), ranked(ER_S, 10)),
    "afghan": Origin(ranked(AF_F, 10), ranked(AF_M, 10), ranked(AF_S, 10)),
    "thai": Origin(ranked(TH_F, 10), ranked(TH_M, 10), ranked(TH_S, 10)),
    "latin": Origin(ranked(LA_F, 10), ranked(LA_M, 10), ranked(LA_S, 10)),
    "kurdish": Origin(ranked(KU_F, 10), ranked(KU_M, 10), ranked(KU_S, 10)),
    "ukrainian": Origin(ranked(UA_F, 10), ranked(UA_M, 10), ranked(UA_S, 10)),
    "indian": Origin(ranked(IN_F, 10), ranked(IN_M, 10), ranked(IN_S, 10)),
    "chinese": Origin(ranked(CN_F, 10), ranked(CN_M, 10), ranked(CN_S, 10)),
}

# Who is named, per language of the text: Swedish largest in Swedish and mixed text.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "kurdish": 1.5, "turkish": 1.5, "afghan": 1.5, "eritrean": 1.2,
        "ukrainian": 1.2, "indian": 1, "latin": 1, "thai": 1, "chinese": 0.8, "uk": 0.8, "us": 0.6,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 9, "indian": 3, "arabic": 2, "polish": 2, "latin": 2,
        "chinese": 1.2, "finnish": 1, "somali": 0.8, "persian": 0.8, "turkish": 0.8,
        "ukrainian": 0.8, "thai": 0.6, "bcs": 0.6, "afghan": 0.5, "eritrean": 0.5, "kurdish": 0.4,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 10, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
        "persian": 2.5, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5, "afghan": 1.2,
        "ukrainian": 1.2, "indian": 1.2, "eritrean": 1, "latin": 1, "thai": 1, "chinese": 0.8,
    },
}  # fmt: skip

# Short forms people go by, per origin: the given name as listed, then its short forms.
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": {
        "Lars": ("Lasse",), "Mikael": ("Micke",), "Joakim": ("Jocke",), "Karl": ("Kalle",),
        "Per": ("Pelle", "Pära"), "Charlotte": ("Lotta",), "Susanne": ("Sussie", "Sanna"),
        "Elisabeth": ("Lisa", "Bettan"), "Magnus": ("Manne",), "Thomas": ("Tompa",),
        "Fredrik": ("Fredde",), "Kristoffer": ("Kricke", "Krille"), "Margareta": ("Maggan",),
        "Birgitta": ("Gittan", "Bittan"), "Katarina": ("Kattis", "Kajsa"), "Gustav": ("Gurra", "Gösta"),
        "Hans": ("Hasse",), "Stefan": ("Steffe",), "Patrik": ("Patte",), "Daniel": ("Danne",),
        "Robert": ("Robban",), "Tobias": ("Tobbe",), "Marcus": ("Macke",), "Rickard": ("Ricke", "Rille"),
        "Jonas": ("Jonte",), "Olof": ("Olle",), "Torbjörn": ("Tobbe",), "Sebastian": ("Sebbe",),
        "Alexander": ("Alex",), "Kristina": ("Kicki", "Stina"), "Viktoria": ("Vickan",),
        "Josefin": ("Jossan",), "Camilla": ("Millan",), "Therese": ("Tessan",), "Emelie": ("Emmy",),
        "Christoffer": ("Kricke", "Chris"), "Anders": ("Ante",), "Bengt": ("Bengan",),
        "Nils": ("Nisse",), "Bo": ("Bosse",), "Jan": ("Janne",),         "Kenneth": ("Kenta",), "Roger": ("Roffe",), "Rolf": ("Roffe",),
        "Mattias": ("Matte",), "Helena": ("Lena",),
        "Madeleine": ("Maddie",), "Gunilla": ("Gullan",), "Annika": ("Anki",), "Ingrid": ("Inga",),
    },
    "us": {
        "William": ("Bill", "Will"), "Robert": ("Bob", "Rob"), "Michael": ("Mike",),
        "Elizabeth": ("Liz", "Beth"), "Jennifer": ("Jen",), "Christopher": ("Chris",),
        "James": ("Jim", "Jimmy"), "Richard": ("Rick",), "Thomas": ("Tom",), "Margaret": ("Peggy", "Maggie"),
        "Patricia": ("Pat", "Trish"), "Katherine": ("Kate",), "Daniel": ("Dan", "Danny"),
        "Matthew": ("Matt",), "Anthony": ("Tony",), "Joseph": ("Joe",), "Nicholas": ("Nick",),
        "Rebecca": ("Becky",), "Deborah": ("Debbie",), "Susan": ("Sue",), "Benjamin": ("Ben",),
        "Edward": ("Ed", "Ted"), "Charles": ("Chuck", "Charlie"), "David": ("Dave",),
        "Steven": ("Steve",), "Andrew": ("Andy",), "Jessica": ("Jess",), "Victoria": ("Vicky",),
        "Kimberly": ("Kim",), "Timothy": ("Tim",), "Samuel": ("Sam",), "Gregory": ("Greg",),
        "Kenneth": ("Ken",), "Donald": ("Don",), "Ronald": ("Ron",), "Dorothy": ("Dot",),
    },
    "uk": {
        "William": ("Will", "Bill"), "Robert": ("Rob", "Bob"), "Michael": ("Mike", "Mick"),
        "Elizabeth": ("Liz", "Beth"), "Jennifer": ("Jen",), "Christopher": ("Chris",),
        "James": ("Jim", "Jamie"), "Richard": ("Rich",), "Thomas": ("Tom",), "Margaret": ("Maggie",),
        "Catherine": ("Cath", "Kate"), "Daniel": ("Dan",), "Matthew": ("Matt",), "Anthony": ("Tony",),
        "Joseph": ("Joe",), "Nicholas": ("Nick",), "Rebecca": ("Becky", "Becca"), "Deborah": ("Debbie",),
        "Susan": ("Sue",), "Benjamin": ("Ben",), "Edward": ("Ed", "Ted"), "Stephen": ("Steve",),
        "Steven": ("Steve",), "Andrew": ("Andy",), "Jessica": ("Jess",), "Victoria": ("Vicky",),
        "Samantha": ("Sam",), "Alexander": ("Alex",), "Jonathan": ("Jon",), "Nicola": ("Nicky",),
        "Philip": ("Phil",), "Samuel": ("Sam",), "Joshua": ("Josh",), "Frederick": ("Fred",),
        "Gillian": ("Gill",), "Patricia": ("Pat",), "Kathleen": ("Kath",), "Terence": ("Terry",),
    },
    "polish": {
        "Katarzyna": ("Kasia",), "Małgorzata": ("Gosia",), "Aleksandra": ("Ola",),
        "Tomasz": ("Tomek",), "Krzysztof": ("Krzysiek",), "Magdalena": ("Magda",),
        "Agnieszka": ("Aga",), "Jakub": ("Kuba",), "Wojciech": ("Wojtek",),
    },
    "ukrainian": {"Oleksandr": ("Sasha",), "Volodymyr": ("Volodia",), "Kateryna": ("Katia",)},
}  # fmt: skip
