# ruff: noqa: E501
"""Name pools of held-out FQ (issue 15): names as the population has them, weighted by how often
people carry them.

Swedish given names and surnames in the order of SCB's name statistics (written from the writer's
general knowledge; weight 1/rank; head the top 150, a tail of rarer names past them); the US
Census 1990 lists (public domain, copied from the `names` package's `dist.female.first`,
`dist.male.first` and `dist.all.last`: the census per cent as weight, head 150); UK given names and
surnames in the order of the ONS rankings (general knowledge, 1/rank); and the commonest given
names and surnames of origins common in Sweden (1/rank, head 10). No name here was checked against
anything in the repository; none was left out for being known or unknown.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this probability, else its tail


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


def ranked(text: str, head: int) -> Pool:
    """A pool from names in rank order (whitespace between; `_` inside a name stands for a space),
    weight 1/rank; a name written twice keeps its first rank."""
    names: list[str] = []
    for word in text.split():
        word = word.replace("_", " ")
        if word not in names:
            names.append(word)
    return Pool(
        tuple(names), tuple(1 / rank for rank in range(1, len(names) + 1)), min(head, len(names))
    )


def weighted(rows: tuple[tuple[str, float], ...], head: int) -> Pool:
    """A pool from (name, weight) rows in rank order, the weight as the source gives it."""
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


FOLD = str.maketrans({"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "Ae"})  # fmt: skip


def plain(word: str) -> str:
    """The word typed without its letters: `Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`."""
    decomposed = unicodedata.normalize("NFD", word.translate(FOLD))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# --- Sweden: SCB's ranks of given names (as people are called) and surnames -------------------

SV_F = ranked(
    """
    Anna Eva Maria Karin Kristina Lena Sara Kerstin Emma Ingrid Marie Malin Jenny Hanna Linda
    Annika Elin Susanne Sofia Birgitta Monica Ulla Johanna Carina Elisabeth Julia Inger Katarina
    Linnea Ida Camilla Ebba Marianne Åsa Cecilia Helena Gunilla Alice Therese Maja Agneta Anette
    Elsa Margareta Josefin Moa Barbro Amanda Frida Ulrika Matilda Lisa Siv Helen Louise Ann Klara
    Gun Anita Emelie Wilma Ella Lovisa Caroline Britt Alva Sandra Madeleine Ellen Lina Pia Yvonne
    Gunnel Jessica Charlotte Anneli Olivia Astrid Viktoria Mona Ingela Marita Mikaela Elvira
    Felicia Nathalie Isabelle Elisabet Irene Emilia Ann-Marie Ingegerd Lilly Mia Inga Britt-Marie
    Tove Signe Saga Stina Nora Vera Ann-Christin Ann-Sofie Märta Agnes Freja Ester Selma Tilda
    Tuva Stella Greta Sigrid Berit Solveig Lisbeth Anne Jeanette Petra Veronica Hedvig Karolina
    Rebecka Erika Fanny Linn Tina Kristin Sofie Viola Elise Ingeborg Evelina Angelica Ylva Maud
    Eivor Gunvor Britta Mari Liv Sonja Alexandra Isabella Jennie Emmy Ellinor Nellie Hilda Alma
    Thea Iris Molly Nova Siri Majken Ronja
    Hilma Tyra Edith Svea Gullan Gudrun Ragnhild Hjördis Dagny Sylvia Kajsa Majvor Maj-Britt
    Ulla-Britt Anna-Karin Eva-Lena Ann-Charlotte Anna-Lena Eva-Karin Marie-Louise Lill Lillemor
    Ingalill Hillevi Lisen Elna Edla Juni Meja Livia Lykke Ines Lova Ellie Leah Nelly Tindra
    Novalie Vilma Minna Hedda Doris Elly Gertrud Rut Ruth Vivianne Vivi Laila Inga-Lill Inga-Britt
    Henrietta Ottilia Cornelia Filippa Rebecca Paulina Josefine Jonna Malva Tora Edit Elsie Dagmar
    Vendela Blenda Ragna Elvy Aina Charlotta Katrin Catarina Christin Kristine Jill Jannike
    Madelene Josephine Jenni Amelia Elina Melina Alicia Leia Clara Emmie Linnéa Smilla Harriet Wivi
    Margit Marit Birgit Asta Valborg Barbara Tekla Hulda Emy Evy Iréne Gisela Carin Catharina
    Christine Tanja Anja Natalie Nadja Sabina Rosita Marina Rosa Marlene Ulrica Annelie Lotta Katja
    Irma Mathilda Alexia Leona Lea Emilie Adele Majlis Gunborg Gunhild Ingvor Inez Rigmor Sally
    Tova Tilde Siw Gunn Ann-Louise Ann-Britt Ann-Kristin Anna-Maria Anna-Lisa Eva-Britt Lise-Lott
    Mari-Ann Britt-Inger Elsa-Britt Sanna Sussanne Susann Jenna Jasmine Jasmin
    Denise Michaela Mikaella Kim Nina Lise Lisette Hélène Anneliese Amalia Aurora
    Elinor Eleonora Vanja Gerd Ingalena Margaretha Kristiina Karita Birgitte Lovis Fredrika
    Charlie Ingegärd Marika Dorotea Malena Melissa Nicole
    Thyra Sigrun Idun Juno Maj Lilian Lillian Gunnvor Irja Kaisa Aili Agda Alfhild
    Anni Augusta Bodil Britt-Louise Cajsa Edda Elida Gabriella Gunbritt Isa Janina Magdalena Mathilde
    Mila Mirja Nathalia Olga Patricia Ramona Stefanie Vivan Wendela
    """,
    150,
)
SV_M = ranked(
    """
    Lars Mikael Anders Johan Erik Per Karl Peter Thomas Jan Daniel Fredrik Hans Andreas Stefan
    Mohammed Mats Marcus Magnus Jonas Bengt Alexander Oscar Martin Niklas Björn Bo Patrik Sven Nils
    Leif Christer Henrik Mattias Göran William Lucas Jonathan David Kjell Elias Roger Rolf Emil
    Tommy Hugo Gustav Simon Robert Ulf Anton Christoffer Robin Filip Adam Viktor Oliver Liam Axel
    Jakob Ingvar Kent Åke Sebastian Stig Dan Rickard Joakim Tobias Ludvig Olle Arne Gunnar Johnny
    Rune Kenneth Carl Jesper Linus Isak Ali Noah Theo Leo Hampus Albin Gösta Lennart Kurt Bertil
    Tomas Claes Torbjörn Jörgen Ove Tony Emanuel Jimmy Markus Lukas Samuel Max Benjamin Edvin
    Melvin Elliot Vincent Casper Love Harry Sixten Otto Malte Ivar Alfred Arvid Viggo Valter
    Kristian Pontus Jens Kristoffer Håkan Ola Rasmus Urban Sören Conny Morgan Jacob Gabriel Oskar
    Wilhelm Ahmed Hassan Omar Charlie Douglas Kevin Dennis Joel Adrian Alvin
    Helmer Egon Erland Sune Evert Tage Folke Ragnar Sigvard Holger Ture Yngve Torsten Harald Einar
    Ingemar Lars-Erik Karl-Erik Per-Olof Jan-Erik Bo-Göran Lars-Göran Per-Anders Jan-Olof
    Carl-Johan Karl-Johan Nils-Erik Sven-Erik Hans-Olof Lars-Olof Stig-Arne Torgny Bror Birger
    Allan Algot Assar Knut Josef Gideon Ebbe Eskil Edvard Frans Fritiof Halvar Hilding Ivan Jarl
    Lage Leon Loke Melker Ossian Sigge Sten Svante Tor Vidar Östen Örjan Kasper Jon Mio Colin
    Vilgot Elis Matteo Levi Isac Wilmer Frej Hannes Nicklas Niclas Patric Thommy Kennet Krister
    Christian Mathias Gert Gustaf Ronny Leopold Bernt Bert Rikard Roland Ralf Willy Wiktor Jonny
    Stellan Stephan Staffan Tord Konrad Henning Hjalmar Inge Karl-Gustav Mårten Måns Nicolas Noel
    Petter Pär Reine Rutger Sam Teodor Thor Tim Ulrik Uno Valdemar Vilhelm Adolf Arnold Bernhard
    Curt Egil Enar Erling Göte Jerker Johannes Julius Kristofer Lars-Åke Leonard Lorentz Olov Olof
    Osvald Paul Sigurd Tore Alf Anders-Petter Benny Emir Gunder Gustav-Adolf Harri
    Ibrahim Ingmar Ivo Jarmo Joachim Kalle Kjell-Åke Lars-Gunnar Leopold Lenny Malkolm Milo
    Mons Odd Orvar Per-Erik Per-Åke Roine Sigfrid Sivert Stig-Olof Sture Sven-Olof Thorbjörn
    Thure Tommie Torvald Vilmer Yousef Yusuf Åsmund Arthur Ludwig Gottfrid Manfred Ragnvald
    Walter Elof Evald Hadar Karl-Axel Bo-Erik Jan-Åke Per-Gunnar Lars-Ove Birk Bruno Dante Eddie
    Elton Enzo Jack Jonatan Kian Leonardo Lowe Loui Milian Truls Ville Wilgot Börje Dag Ingve Kaj
    Karl-Henrik Kjell-Arne Lars-Inge Leif-Åke Nils-Olof Per-Johan Sten-Åke Torleif Valentin Yngvar
    Gillis Hilmer Natanael
    """,
    150,
)
SV_LAST = ranked(
    """
    Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
    Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Carlsson
    Olofsson Lindström Lindqvist Lindgren Axelsson Berg Bergström Lundberg Lind Lundgren Lundqvist
    Mattsson Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed
    Engström Eklund Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson
    Isaksson Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist
    Claesson Nordström Mårtensson Lundström Ahmed Viklund Björklund Eliasson Pålsson Hassan
    Berggren Sandström Lund Nordin Ström Åberg Hermansson Ekström Holmgren Falk Dahlberg Hellström
    Hedlund Sundberg Sjögren Ek Blom Abrahamsson Martinsson Öberg Andreasson Strömberg Månsson
    Åkesson Hansen Norberg Lindholm Dahl Jonasson Hedberg Sundström Åström Sundqvist Nordqvist
    Mohamed Göransson Lindblom Ivarsson Nordlund Holmqvist Björkman Ekberg Nyman Strand Hedström
    Backman Edlund Östlund Palm Nordberg Lundmark Sjöström Malmberg Söderström Blomberg Ottosson
    Forslund Jensen Ibrahim Omar Hussein Engberg Lindahl Wiklund Ekman Stenberg Lindén Sundin Lilja
    Norén Ekholm Augustsson Wahlström Öhman Borg Kristiansson Åkerman Nordgren Rosén Hallberg
    Knutsson Eklöf Adolfsson
    Grahn Lindmark Ljung Ågren Hagström Wennberg Sandin Thorén Rydberg Landström Asplund Boström
    Brandt Carlberg Dahlgren Dahlin Ekblom Ekdahl Engdahl Englund Ernstsson Fagerström Forsman
    Frisk Granberg Granström Gustavsson Hagberg Hallgren Hammar Hedin Hedman Hellberg Hjelm Hägg
    Hägglund Höglund Johnsson Kjellberg Kvist Lagerqvist Lindblad Lindkvist Lindroth Ljungberg
    Ljunggren Lundh Löfqvist Malm Malmgren Malmström Melin Modig Moberg Norling Nylander Nylund
    Näslund Olausson Ohlsson Olander Palmqvist Petersson Roos Rosenberg Rosengren Rudberg Rydén
    Sandell Selin Sjödin Sjölund Skoog Stark Stenström Strid Svärd Söderlund Sörensen Thorsson
    Thulin Tornberg Tibell Vestberg Wahlberg Wall Wallén Wass Westberg Westerberg Westin Westman
    Wiberg Widén Wikberg Wikman Winberg Zetterberg Zetterlund Åhman Ålund Åslund Öhrn Östberg
    Östman Östling Lindh Lundell Lundén Lindvall Bergvall Sundvall Hallin Hellman Hedqvist
    Holmström Jernberg Kihlberg Kjellström Krantz Lager Lagerlöf Larsén Leijon Lundahl Lövgren
    Mellberg Nordlander Nordmark Nygren Nyqvist Orre Ringström Rask Rehn Sahlin Sandgren Sjöholm
    Sjöqvist Skog Skoglund Sohlberg Stenlund Strömgren Sundman Sylvan Törnqvist Unger Vikström
    Wallgren Wennström Wickman Wigren Ahlberg Ahlgren Ahlström Alm Almqvist Andrén Back Björling
    Blomgren Boman Bäck Bäckström Dahlström Edberg Edman Ekelund Enberg Engman Fors Forsgren
    Franzén Fredholm Frid Gran Grönlund Haglund Hammarström Hedenström Hillström Holmén Hultgren
    Högberg Kallin Karlström Kronberg Kull Kvarnström Lagerström Landin Abdi Yusuf Nguyen Kaya
    Yilmaz Khalil Saleh Salem Jama Farah Warsame Rahimi Karimi Nieminen Virtanen Korhonen
    von_Knorring af_Ekenstam von_Rosen Uggla Silfverschiöld Stackelberg Adlercreutz Leijonhufvud
    Hamilton Douglas Wrede Sparre Bonde Gyllenhaal Lagercrantz De_la_Gardie von_Post Cederström
    Åkerlund Ohlin Bladh Brolin Dahlqvist Elfving Fält Hjort Isberg Jarl Kling Lindelöf
    """,
    150,
)
SV_NICK = {
    "Lars": ("Lasse",), "Mikael": ("Micke",), "Joakim": ("Jocke",), "Karl": ("Kalle",), "Per": ("Pelle", "Perra"),
    "Magnus": ("Mange",), "Thomas": ("Tompa",), "Tomas": ("Tompa",), "Fredrik": ("Fredde",), "Christoffer": ("Kricke", "Chris"),
    "Kristoffer": ("Kricke",), "Stefan": ("Steffe",), "Daniel": ("Danne",), "Robert": ("Robban",), "Marcus": ("Mackan",),
    "Markus": ("Mackan",), "Niklas": ("Nicke",), "Patrik": ("Patte",), "Henrik": ("Henke",), "Mattias": ("Matte",),
    "Mats": ("Matte",), "Tobias": ("Tobbe",), "Sebastian": ("Sebbe",), "Rickard": ("Ricke",), "Bengt": ("Bengan",),
    "Gustav": ("Gurra", "Gusse"), "Leif": ("Leffe",), "Roger": ("Roffe",), "Rolf": ("Roffe",), "Olof": ("Olle",),
    "Kenneth": ("Kenta",), "Ulf": ("Uffe",), "Jan": ("Janne",), "Hans": ("Hasse",), "Sven": ("Svenne",),
    "Alexander": ("Alex",), "Oscar": ("Ogge",), "Oskar": ("Ogge",), "William": ("Wille",), "Ludvig": ("Ludde",),
    "Albin": ("Abbe",), "Filip": ("Fille",), "Christer": ("Krille",), "Bertil": ("Berra",), "Lennart": ("Lelle",),
    "Jonas": ("Jonte",), "Johan": ("Jojje",), "Göran": ("Göte",), "Torbjörn": ("Tobbe",), "Jörgen": ("Jögge",),
    "Andreas": ("Andy",), "Anders": ("Anden",), "Kristian": ("Krille",),
    "Charlotte": ("Lotta",), "Elisabeth": ("Lisa", "Bettan"), "Elisabet": ("Bettan",), "Susanne": ("Sussie", "Sanna"),
    "Kristina": ("Kicki", "Stina"), "Katarina": ("Kattis", "Kajsa"), "Margareta": ("Maggan",), "Birgitta": ("Gittan", "Bigge"),
    "Viktoria": ("Vickan",), "Rebecka": ("Becka",), "Josefin": ("Jossan",), "Johanna": ("Jossan",), "Alexandra": ("Alex",),
    "Madeleine": ("Madde",), "Gunilla": ("Gunnis",), "Amanda": ("Manda",), "Cecilia": ("Cissi",), "Christina": ("Tina",),
    "Annika": ("Annie",), "Therese": ("Tessan",), "Camilla": ("Millan",), "Caroline": ("Carro",), "Karolina": ("Carro",),
    "Matilda": ("Tilda",), "Monica": ("Moni",), "Jessica": ("Jessan",), "Emelie": ("Emmy",), "Agneta": ("Agge",),
}  # fmt: skip

# --- United States: the Census 1990 lists, the per cent of people carrying each name as weight --

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
    ("Marianne", 0.042),
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
    ("Earnest", 0.031),
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
)  # fmt: skip

# --- United Kingdom: the ONS rankings (given names across the adult population, surnames) ----

UK_F = ranked(
    """
    Sarah Emma Claire Lisa Laura Rebecca Emily Jessica Sophie Charlotte Hannah Amy Lucy Rachel
    Samantha Nicola Louise Elizabeth Helen Katie Victoria Jennifer Joanne Michelle Susan Margaret
    Karen Julie Amanda Jane Caroline Catherine Olivia Amelia Isla Ava Mia Grace Ella Lily Chloe
    Megan Lauren Holly Ellie Zoe Natalie Kelly Stephanie Gemma Kirsty Hayley Donna Angela Tracey
    Deborah Alison Jacqueline Patricia Linda Christine Janet Mary Ann Pauline Valerie Sandra Carol
    Wendy Sharon Kathryn Fiona Lindsay Anne Joan Jean Sheila Barbara Maureen Brenda Dorothy Elaine
    Gillian Heather Jill Joyce Judith Kathleen Lesley Lorraine Lynn Marie Paula Rosemary Ruth Sally
    Sylvia Teresa Yvonne Abigail Alice Amber Anna Bethany Danielle Eleanor Evie Freya Georgia
    Harriet Imogen Jasmine Jade Katherine Leah Lydia Matilda Millie Molly Naomi Phoebe Poppy Rosie
    Ruby Scarlett Sienna Sophia Summer Tegan Vanessa Zara Aisha Fatima Priya Kayleigh Leanne
    Stacey Vicky Carly Charlene Sian Rhian Bethan Ffion Morag Eilidh Catriona Siobhan Aoife
    Niamh Ciara Orla Bronwen Carys Gwen Hazel Iris Ivy Florence Esme Maisie Daisy Willow Elsie
    Edith Mabel Beatrice Violet Martha Penelope Rosalind Philippa Henrietta Clementine Davina
    Geraldine Josephine Marion Muriel Norma Olive Pamela Rita Shirley Vera Doreen Eileen Irene
    Jennie Joanna Kerry Lynne Mandy Melanie Natasha Rachael Sadie Tanya Tina Toni Tracy
    """,
    130,
)
UK_M = ranked(
    """
    David John Paul Michael Andrew James Mark Richard Robert Peter Christopher Stephen Daniel
    Thomas Matthew Ian Simon Steven Gary Alan Anthony Kevin Jonathan William Martin Neil Jason Lee
    Adam Darren Craig Scott Graham Ben Benjamin Oliver Jack Harry George Charlie Jacob Alfie Noah
    Oscar Leo Joshua Samuel Joseph Luke Ryan Liam Nathan Callum Connor Jamie Dean Wayne Philip
    Keith Colin Brian Kenneth Roger Trevor Barry Nigel Derek Terence Raymond Dennis Geoffrey
    Malcolm Stuart Gareth Gavin Russell Shaun Carl Karl Tony Nicholas Timothy Edward Henry
    Alexander Max Ethan Dylan Harvey Archie Freddie Arthur Theo Lewis Kieran Aaron Declan Rhys
    Owen Dominic Patrick Sean Adrian Alistair Angus Barrie Bernard Clive Cyril Dale Desmond Donald
    Douglas Duncan Eric Frank Frederick Gordon Grant Hugh Jeremy Jim Julian Kenny Leslie Lloyd
    Lawrence Marcus Mohammed Muhammad Norman Phil Ralph Ray Rob Ronald Rory Ross Roy Sam Stanley
    Toby Tom Victor Vincent Wesley Aled Dafydd Gethin Iwan Emyr Hamish Fraser Euan Ewan Finlay
    Cameron Ciaran Conor Cormac Eoin Niall Seamus Fergus Rupert Hugo Jasper Giles Piers Miles
    Barnaby Felix Louis Reuben Elliot Elliott Jude Ronnie Teddy Tommy Albert Alfred Ernest Harold
    Herbert Leonard Percy Reginald Sidney Walter Wilfred Clifford Dudley Gerald Howard Kelvin
    Lionel Melvin Mervyn Neville Rodney Ronnie Royston Stewart Vernon
    """,
    130,
)
UK_LAST = ranked(
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
    Wallace George Jordan Hutchinson Rowe Burke May Pritchard Gilbert Willis Higgins Read Miles
    Stevenson Stephenson Hammond Arnold Buckley Walters Hewitt Barber Nelson Slater Austin Sullivan
    Whitehead Mann Frost Lambert Stephens Blake Akhtar Lynch Goodwin Barton Woodward Thomson
    Cunningham Quinn Barnett Baxter Bibi Clayton Nash Greenwood Jennings Holt Kemp Poole Gallagher
    Bond Stokes Tucker Davidson Fowler Heath Norman Middleton Lawson Banks French Stanley Jarvis
    Gibbs Ferguson Hayward Carroll Douglas Dickinson Todd Barlow Peters Lucas Knowles Hartley Miah
    Simmons Morton Alexander Field Morrison Norris Townsend Preston Hancock Thornton Baldwin
    Burrows Briggs Storey Pope Parkinson Hargreaves Ashworth Sutcliffe Crowther Pickering
    Entwistle Ramsbottom Haworth Ackroyd Illingworth Duckworth Llewellyn Pugh Vaughan Prosser
    Meredith Probert Gwynne Mackenzie MacLeod Fraser Sinclair Buchanan Sutherland Munro
    Cameron Drummond Lindsay
    """,
    150,
)
EN_NICK = {
    "William": ("Bill", "Will"), "Robert": ("Bob", "Rob"), "Richard": ("Rick", "Rich"), "James": ("Jim", "Jamie"),
    "Michael": ("Mike", "Mick"), "Christopher": ("Chris",), "Thomas": ("Tom",), "Daniel": ("Dan", "Danny"),
    "Anthony": ("Tony", "Ant"), "Joseph": ("Joe",), "Matthew": ("Matt",), "Andrew": ("Andy", "Drew"),
    "Stephen": ("Steve",), "Steven": ("Steve",), "Edward": ("Ed", "Ted"), "Benjamin": ("Ben",), "Nicholas": ("Nick",),
    "Timothy": ("Tim",), "Jonathan": ("Jon",), "Charles": ("Charlie", "Chuck"), "David": ("Dave",), "Samuel": ("Sam",),
    "Alexander": ("Alex",), "Peter": ("Pete",), "Patrick": ("Pat", "Paddy"), "Kenneth": ("Ken",), "Ronald": ("Ron",),
    "Donald": ("Don",), "Gregory": ("Greg",), "Jeffrey": ("Jeff",), "Frederick": ("Fred",), "Raymond": ("Ray",),
    "Jennifer": ("Jen", "Jenny"), "Elizabeth": ("Liz", "Beth", "Lizzie"), "Katherine": ("Kate", "Kathy"),
    "Catherine": ("Cathy", "Kate"), "Margaret": ("Maggie", "Peggy"), "Rebecca": ("Becky", "Becca"), "Samantha": ("Sam",),
    "Victoria": ("Vicky", "Tori"), "Deborah": ("Debbie", "Deb"), "Patricia": ("Pat", "Trish"), "Susan": ("Sue",),
    "Barbara": ("Barb",), "Jacqueline": ("Jackie",), "Christine": ("Chris",), "Nicola": ("Nicky",), "Alexandra": ("Alex",),
    "Abigail": ("Abby",), "Kimberly": ("Kim",), "Pamela": ("Pam",), "Cynthia": ("Cindy",), "Sandra": ("Sandy",),
    "Judith": ("Judy",), "Theresa": ("Tess",), "Stephanie": ("Steph",), "Jessica": ("Jess",), "Natalie": ("Nat",),
}  # fmt: skip

# --- Origins common in Sweden: the commonest given names and surnames, 1/rank, head 10 ---------

FI = Origin(
    ranked(
        "Tuula Pirjo Marjatta Riitta Leena Päivi Sirpa Kaarina Hannele Anja Eila Raili Ritva Seija Tarja Sari Merja Hilkka Aino Helmi Kirsi Satu Minna Heidi Tiina Anneli Marketta",
        10,
    ),
    ranked(
        "Juha Timo Matti Kari Mikko Jari Antti Pekka Heikki Jukka Markku Hannu Seppo Esa Tapio Pentti Raimo Veikko Kalevi Ilkka Janne Jouni Tuomas Ville Arto Reijo Erkki Olavi",
        10,
    ),
    ranked(
        "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Kallio Hiltunen",
        10,
    ),
)
AR = Origin(  # Iraq, Syria, Lebanon, Palestine; Assyrian/Syriac names among them
    ranked(
        "Fatima Maryam Zainab Noor Sara Amina Aya Rania Hanan Layla Huda Rana Nadia Samira Lina Yasmin Reem Dalia Marwa Shatha Israa Hiba Ninorta Shamiram Ramina Mariam Nahrin Ilona Nisreen",
        10,
    ),
    ranked(
        "Mohammad Ahmad Ali Hussein Omar Mustafa Khaled Youssef Ibrahim Hassan Abdullah Mahmoud Karim Hamza Bilal Tariq Ammar Saif Haider Abbas Samir Nabil Fadi Rami Sargon Ninos Ashur Gabriel Aday Yacoub Aziz Sharbel",
        10,
    ),
    ranked(
        "Hussein Ali Ahmad Mohammed Hassan Abbas Jaber Saleh Khalil Haddad Al-Ali Al-Saadi Kadhim Jassim Abdullah Mahmoud Younis Kareem Al-Khatib Nasser Darwish Hamad Sleiman Mansour Barsom Aho Ishak Malki Danho Lahdo Gallo Younan Odisho Warda Khoshaba Lazar",
        10,
    ),
)
SO = Origin(  # Somali: the father's given name serves as surname
    ranked(
        "Hodan Fadumo Amina Ayaan Sahra Hawa Ifrah Asha Nimco Ubah Khadra Sagal Hibo Halima Deeqa Naima Shukri Muna Ikran Sucaad Hamdi Zamzam",
        10,
    ),
    ranked(
        "Abdi Mohamed Ahmed Abdirahman Abdullahi Hassan Yusuf Omar Ali Mahad Liban Farah Abdiaziz Said Hamza Ismail Guled Mustafe Bashir Osman Khalid Abdikarim",
        10,
    ),
    ranked(
        "Mohamed Ahmed Ali Hassan Abdi Hussein Omar Osman Farah Warsame Jama Aden Yusuf Nur Abdullahi Ibrahim Mohamud Ismail Hersi Dahir Egal Guled Samatar Shire Duale",
        10,
    ),
)
PL = Origin(  # men's forms; a woman's -ski/-cki/-dzki is made -ska/-cka/-dzka when drawn
    ranked(
        "Anna Katarzyna Maria Małgorzata Agnieszka Barbara Ewa Krystyna Elżbieta Magdalena Joanna Aleksandra Monika Zofia Teresa Danuta Natalia Karolina Marta Beata Dorota Justyna Paulina Iwona Grażyna Jadwiga",
        10,
    ),
    ranked(
        "Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Stanisław Jakub Adam Marek Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Jerzy Maciej Rafał Kamil Robert Sławomir Przemysław",
        10,
    ),
    ranked(
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Nowakowski Wróbel Majewski Olszewski Stępień Malinowski Jaworski Adamczyk Dudek Nowicki Górski Sadowski Zawadzki Wysocki",
        10,
    ),
)
FA = Origin(  # Persian (Iran)
    ranked(
        "Maryam Fatemeh Zahra Nasrin Parisa Shirin Mina Leila Azadeh Roya Neda Sara Niloufar Samira Mahnaz Shahla Parvin Golnaz Elham Ladan Mahsa Yasaman Farnaz Negar",
        10,
    ),
    ranked(
        "Ali Mohammad Reza Hossein Mehdi Amir Hamid Behrouz Saeed Majid Farhad Dariush Kourosh Arash Babak Omid Javad Hassan Mahmoud Kaveh Navid Pouya Parviz Shahram",
        10,
    ),
    ranked(
        "Mohammadi Hosseini Ahmadi Rezaei Karimi Moradi Hashemi Rahimi Jafari Ghorbani Sadeghi Mousavi Akbari Azizi Rostami Kazemi Amiri Sharifi Tehrani Najafi Bagheri Nazari Shirazi Esfahani Farahani Alavi Ebrahimi",
        10,
    ),
)
BCS = Origin(  # Bosnian, Serbian, Croatian
    ranked(
        "Amra Emina Lejla Selma Amela Jasmina Mirela Ana Marija Jelena Ivana Dragana Snežana Milica Vesna Maja Sanja Azra Edina Senada Aida Alma Mersiha Nermina Zorica Gordana",
        10,
    ),
    ranked(
        "Edin Amir Adnan Emir Nermin Senad Mirza Haris Dženan Alen Jasmin Dragan Zoran Goran Milan Nikola Marko Ivan Stefan Dejan Nenad Darko Miroslav Josip Ante Tomislav Luka Mehmed Almir Đorđe",
        10,
    ),
    ranked(
        "Hodžić Hadžić Kovačević Begić Delić Mehmedović Hasanović Ibrahimović Ahmetović Husić Salihović Omerović Alić Karić Halilović Babić Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Popović Horvat Kovačić Marić Knežević Jurić Perić Pavlović Mujić Imamović Čolić",
        10,
    ),
)
TR = Origin(  # Turkish
    ranked(
        "Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hülya Özlem Esra Merve Derya Gül Sevgi Aylin Ebru Dilek Nurcan Büşra Gamze Songül",
        10,
    ),
    ranked(
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah Mahmut Recep Emre Kemal Serkan Burak Erkan Volkan Cem",
        10,
    ),
    ranked(
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Özcan Korkmaz Çakır Erdoğan Yavuz Can Acar Güler Aksoy",
        10,
    ),
)
ER = Origin(  # Eritrean: the father's given name serves as surname
    ranked(
        "Senait Helen Meron Selam Saba Hiwet Rahel Luwam Yordanos Semhar Winta Mebrat Tsega Feven Ruth Elsa Almaz Aster Mehret Hanna Tsehay Adiam Eden Milen",
        10,
    ),
    ranked(
        "Yonas Tesfay Daniel Samuel Robel Mehari Habte Tekle Yohannes Berhane Michael Ghebre Filmon Biniam Amanuel Kidane Tesfalem Goitom Haile Mussie Abraham Isaak Yosief Merhawi",
        10,
    ),
    ranked(
        "Tekle Ghebremedhin Haile Berhane Tesfamariam Gebremichael Kidane Woldu Yohannes Tsegay Mehari Habte Ghebreyesus Andemariam Negash Asmerom Weldemichael Abraha Tewolde Kahsay Okbay Teklehaimanot Zerai Mebrahtu",
        10,
    ),
)
AF = Origin(  # Afghan (Dari and Pashto speakers)
    ranked(
        "Fatima Zahra Maryam Marzia Sakina Masooma Nargis Farzana Shabnam Roya Parwana Freshta Mina Sima Zarghona Laila Nasima Homa Mursal Madina Shakila Najiba Palwasha Tahmina",
        10,
    ),
    ranked(
        "Mohammad Ahmad Ali Mustafa Hussain Reza Abdul Sayed Jawad Hamid Rahim Nasir Farid Sultan Ehsan Mahdi Sajjad Murtaza Hamed Zabihullah Ramin Shafiq Habib Aziz",
        10,
    ),
    ranked(
        "Ahmadi Hussaini Mohammadi Rahimi Karimi Hakimi Rezaie Jafari Sultani Hashimi Sadat Noori Rasuli Amiri Haidari Nazari Popal Stanekzai Wardak Safi Durrani Akbari Mirzaie Qasemi",
        10,
    ),
)
TH = Origin(  # Thai
    ranked(
        "Malee Supaporn Kanya Siriporn Wanida Pornthip Nittaya Sunisa Jintana Kanokwan Ratana Somying Pranee Chanida Arunee Lamai Suda Wassana Orawan Tippawan Anong Duangjai Pimchanok Ploypailin",
        10,
    ),
    ranked(
        "Somchai Somsak Prasert Sompong Anan Chaiwat Surachai Wichai Niran Thanawat Kittisak Somboon Boonmee Apichat Narong Sakda Pairoj Weerachai",
        10,
    ),
    ranked(
        "Saetang Srisuk Wongsawat Chaiyaporn Boonyarat Rattanakorn Kaewkla Thongdee Suksawat Phromma Jaidee Sangthong Wongsa Chanthara Sukprasert Srisawat Kongkaew Boonsong Phanit Intharat",
        10,
    ),
)
LA = Origin(  # Chilean and other Latin American: two surnames, the father's and the mother's
    ranked(
        "María Ana Carolina Daniela Francisca Camila Javiera Valentina Constanza Fernanda Catalina Paola Claudia Patricia Verónica Marcela Gabriela Isabel Carmen Rosa Paulina Andrea Lorena Soledad Ximena",
        10,
    ),
    ranked(
        "José Juan Luis Carlos Jorge Manuel Francisco Pedro Cristián Sebastián Diego Rodrigo Felipe Matías Nicolás Andrés Pablo Héctor Patricio Eduardo Sergio Ricardo Gonzalo Víctor",
        10,
    ),
    ranked(
        "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez Castro Pizarro Álvarez Vásquez Sánchez Fernández",
        10,
    ),
)
KU = Origin(  # Kurdish (Iraq, Turkey, Iran, Syria)
    ranked(
        "Berivan Rojda Hevin Nazdar Avin Dilan Shilan Jiyan Roza Gulistan Zilan Delal Helin Ronahi Bahar Sozdar Rezan Hana Shirin Viyan",
        10,
    ),
    ranked(
        "Rebwar Kawa Azad Dilshad Hiwa Karwan Sherzad Shwan Serdar Rizgar Aram Baran Dara Hawar Zana Rojhat Berzan Hozan Ciwan Soran Bakhtiyar Farhad Diyar Hemin",
        10,
    ),
    ranked(
        "Ahmed Mohammed Aziz Rashid Karim Mahmoud Omer Qadir Salih Hassan Hussein Tahir Fattah Amin Jalal Abdulla Hama Mustafa Faraj Bakir Sabir Rasul Othman Yousif Zebari Doski Baban",
        10,
    ),
)
UA = Origin(  # Ukrainian, as passports transliterate them
    ranked(
        "Olena Tetiana Nataliia Iryna Svitlana Oksana Yuliia Olha Mariia Kateryna Anastasiia Viktoriia Halyna Liudmyla Alina Daria Sofiia Inna Larysa Valentyna",
        10,
    ),
    ranked(
        "Oleksandr Serhii Andrii Volodymyr Oleksii Dmytro Mykola Yurii Ivan Vasyl Viktor Ihor Maksym Artem Bohdan Taras Vitalii Roman Petro Denys",
        10,
    ),
    ranked(
        "Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko",
        10,
    ),
)
IN = Origin(  # Indian
    ranked(
        "Priya Anjali Pooja Neha Divya Sneha Kavya Shreya Lakshmi Deepa Swati Ananya Meera Aishwarya Nisha Ritu Sunita Rekha Harpreet Gurpreet",
        10,
    ),
    ranked(
        "Rahul Amit Rohit Vikram Arjun Suresh Rajesh Anil Sanjay Karthik Vijay Ravi Deepak Manoj Aditya Siddharth Prakash Harish Gaurav Ajay",
        10,
    ),
    ranked(
        "Sharma Singh Kumar Patel Gupta Reddy Rao Iyer Nair Shah Mehta Joshi Verma Agarwal Das Krishnan Menon Pillai Chopra Malhotra",
        10,
    ),
)
CN = Origin(  # Chinese, in pinyin
    ranked(
        "Jing Min Yan Li Hui Ying Fang Xiaoling Mei Yun Hong Na Xiu Lihua Yuxin Ting Qian Xiaoyan Lan Juan",
        10,
    ),
    ranked(
        "Wei Jun Lei Hao Jie Tao Ming Qiang Yong Jian Bo Chao Peng Long Xiang Zhiwei Yang Feng Gang Hua",
        10,
    ),
    ranked(
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo", 10
    ),
)

ORIGINS = {
    "swedish": Origin(SV_F, SV_M, SV_LAST),
    "us": Origin(weighted(US_F, 150), weighted(US_M, 150), weighted(US_LAST, 150)),
    "uk": Origin(UK_F, UK_M, UK_LAST),
    "finnish": FI, "arabic": AR, "somali": SO, "polish": PL, "persian": FA, "bcs": BCS,
    "turkish": TR, "eritrean": ER, "afghan": AF, "thai": TH, "latin": LA, "kurdish": KU,
    "ukrainian": UA, "indian": IN, "chinese": CN,
}  # fmt: skip

# Who is named, per language of the row: roughly Sweden's population in Swedish text (Swedish
# largest, then the origins of those born abroad or with parents who were), the US and the UK in
# English text, and Swedish first in mixed text (work at Swedish firms with English-speaking
# clients and colleagues).
MIXES = {
    "sv": {
        "swedish": 68, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "kurdish": 1.5, "turkish": 1.5, "afghan": 1.5, "eritrean": 1.2, "ukrainian": 1.2,
        "latin": 1, "thai": 1, "indian": 1, "chinese": 0.8, "uk": 0.7, "us": 0.6,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 9, "indian": 3, "arabic": 2, "polish": 2, "latin": 2,
        "chinese": 1.5, "finnish": 1, "somali": 1, "persian": 1, "turkish": 1, "bcs": 1,
        "ukrainian": 1, "thai": 0.7, "kurdish": 0.6, "afghan": 0.6, "eritrean": 0.6,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 10, "arabic": 5, "finnish": 3, "polish": 3, "persian": 2.5,
        "bcs": 2.5, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5, "afghan": 1.2, "indian": 1.5,
        "ukrainian": 1.2, "eritrean": 1, "thai": 1, "latin": 1, "chinese": 1,
    },
}  # fmt: skip

# Swedish double given names are written with a hyphen and made of a few common parts (`Anna-Karin`,
# `Karl-Erik`): a first part as drawn, then a second part from these.
COMPOUND = {
    "f": (("Anna", "Eva", "Ann", "Marie", "Karin", "Lena", "Maria", "Britt", "Inga", "Ulla", "Lise", "Mari", "Maj", "Anne", "Kerstin"),
          ("Karin", "Lena", "Marie", "Maria", "Britt", "Sofie", "Louise", "Christin", "Lotte", "Lill", "Kristin", "Charlotte", "Lisa", "Stina", "Greta")),
    "m": (("Lars", "Karl", "Per", "Jan", "Nils", "Sven", "Hans", "Erik", "Bo", "Carl", "Olof", "Johan", "Anders", "Stig", "Leif", "Bengt", "Kjell"),
          ("Erik", "Olof", "Göran", "Johan", "Anders", "Åke", "Olov", "Gunnar", "Ove", "Inge", "Arne", "Gustav", "Axel", "Henrik", "Fredrik", "Magnus", "Ola", "Peter")),
}  # fmt: skip

NICKNAMES = {"swedish": SV_NICK, "uk": EN_NICK, "us": EN_NICK}
