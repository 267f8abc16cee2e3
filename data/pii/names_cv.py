# ruff: noqa: E501
"""Name pools of held-out CV (issue 15), weighted by how often people carry the names.

Swedish given names and surnames in the order of SCB's name statistics (written from the writer's
general knowledge; weight 1/rank; head the top 150, a tail of rarer names past them), the US Census
1990 lists (public domain, copied from the `names` package's `dist.female.first`, `dist.male.first`
and `dist.all.last`; the census per cent as weight, head 150), UK given names and surnames in the
order of the ONS rankings (1/rank), Irish names in the order of the CSO's lists (1/rank), and the
commonest names of origins common in Sweden (1/rank, head 10). No name was checked against
anything in the repository; none is left out for being known or unknown.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this probability, else its tail


@dataclass(frozen=True)
class Pool:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int  # the first `head` names are the list's head, the rest its tail


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def ranked(text: str, head: int) -> Pool:
    """A pool from names in rank order (whitespace between names, `_` for a space inside one)."""
    names = tuple(n.replace("_", " ") for n in text.split())
    assert len(set(names)) == len(names), [n for n in names if names.count(n) > 1]
    return Pool(
        names, tuple(1 / rank for rank in range(1, len(names) + 1)), min(head, len(names) - 1)
    )


def census(pairs: tuple[tuple[str, float], ...], head: int) -> Pool:
    return Pool(tuple(n for n, _ in pairs), tuple(w for _, w in pairs), head)


_PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "ı": "i", "İ": "I", "đ": "dj", "Đ": "Dj", "ø": "o", "æ": "ae"}
)


def plain(name: str) -> str:
    """The name typed without its letters (`Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`)."""
    decomposed = unicodedata.normalize("NFD", name.translate(_PLAIN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname's feminine form (`Kowalski` -> `Kowalska`, `Nowicki` -> `Nowicka`)."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# Sweden (SCB): women's given names, men's given names, surnames; the first 150 are the head.
SV_F = """
Maria Elisabeth Anna Kristina Margareta Eva Linnéa Karin Birgitta Marie Ingrid Sofia Christina
Elisabet Kerstin Sara Emma Lena Helena Ingegerd Marianne Ulla Johanna Inger Cecilia Elin Viktoria
Louise Monica Ida Anita Hanna Malin Linda Susanne Irene Gunilla Carina Jenny Katarina Ingeborg
Elsa Astrid Barbro Ann Julia Åsa Alice Ulrika Amanda Matilda Therese Ebba Gunnel Camilla Sofie
Agneta Frida Maja Caroline Siv Charlotta Ellen Emelie Wilma Lisa Ella Josefin Annika Yvonne Moa
Lovisa Britt Anneli Victoria Berit Gun Helen Pia Maj Alexandra Charlotte Sandra Jessica Rebecka
Madeleine Eva-Lena Ann-Marie Klara Mona Olivia Greta Ingela Gunborg Elsie Mikaela Ewa Ann-Christin
Sonja Ronja Nathalie Vera Märta Lina Felicia Saga Emilia Erika Pernilla Margit Karolina Anette
Isabelle Elvira Ester Gerd Jennifer Maria-Louise Signe Tove Stina Inga Ingrid-Marie Lisbeth
Linn Madelene Sigrid Ylva Agnes Nora Ann-Sofie Selma Tilda Freja Hedvig Ellinor Ingalill Eleonora
Ulrica Mia Kajsa Anna-Karin Louice Helene Elina Tyra Juni
Lilly Majken Gudrun Solveig Alva Vendela Ingegärd Iris Lena-Maria Hillevi Valborg Svea Maud
Teresia Kristin Fanny Cornelia Wanda Henrietta Ottilia Dagmar Elise Sanna Tindra Melissa Rut
Evelina Jonna Nellie Liv Alma Minna Ella-Maria Tuva Idun Lykke Thea Embla Estelle Ines Leia Livia
Nova Novalie Majvor Alicia Ebba-Lotta Britt-Marie Ann-Britt Ann-Louise Gun-Britt Mari Kicki Gunvor
Barbara Dorotea Josefina Rakel Rebecca Rosa Rosie Rose-Marie Ruth Tina Vivianne Viveka Åse Ingbritt
Aina Anne Annelie Birgit Bodil Carin Catarina Christin Christel Desirée Doris Edit Elna Emilie Erica
Ester-Maria Evy Frideborg Gull-Britt Hjördis Ingeborg-Maria Irma Jeanette Kristel Laila Lilian
Linnea Lotta Lovis Magdalena Malva Marika Marit Mathilda Melina Mira Märit Nanna Natalie Nelly
Olga Petra Rigmor Sabina Sanna-Maria Sigbritt Sirpa Sunniva Svea-Lisa Terese Ulla-Britt Ulrika-Maria
Valdine Vilma Viola Yasmine Ylva-Li Zandra Ängla Elly Ronia Alida Agnetha Estrid Frideborg-Ann
Hervor Linda-Marie Gullan Elise-Marie Minnie Tekla Hulda Ester-Linn Hilma Edla Hilda Ida-Maria
Lova Mollie Ebbe-Lina Novelle Elsa-Britt Siri Cajsa Emmy Ellie Kerstin-Maria Elea Alexia Ilse
Leontine Carola Mimmi Ingun Inez Lillemor Rebekka Sol Vega Meja Kristin-Lee Lejla Amira Aya
Yara Jasmine Salma Sophie Sussie Jill Josefine Fredrika Gabriella Veronica Paulina Karolin
Marita Margaretha Katrin Kristine Catharina Beatrice Benedikte Ingalena Gunhild Signhild Edith
Astrid-Maria Berta Elvy Evelyn Gertrud Görel Harriet Inga-Lill Ingela-Maj Irmelin Jane Kaisa Lilian-Maj
Linnéa-Sofie Majlis Margot Marlene Rosita Solvig Stella
"""
SV_M = """
Lars Karl Mikael Anders Johan Erik Per Carl Nils Jan Peter Thomas Hans Daniel Bengt Fredrik
Gustav Lennart Magnus Sven Stefan Andreas Mats Alexander Bo Jonas Göran Martin Ulf Leif Björn
Olof Mattias Axel Henrik Niklas Kjell Gunnar Johannes Marcus Oskar Emil Christer Tommy Patrik
Stig Rolf Sebastian Robert Christian Anton Viktor William Joakim Roger Rickard Simon Kent Filip
Åke Jonathan Rune Lucas Hugo Elias David Jakob Håkan Arne Claes Tobias Kenneth Dan Roland Oliver
Ingvar Robin Adam Jesper Kurt Johnny Ove Emanuel Torbjörn Isak Josef Ludvig Albin Liam Noah Linus
Gösta Sten Kristian Vilhelm Jörgen Tomas Erland Mohammad Ali Lucas-Henrik Hampus Jimmy Jens Gustaf
Kristoffer Arvid Sixten Edvin Melvin Theo Alfred Harald Folke Ingemar Pontus Conny Torsten Rasmus
Samuel Benjamin Jacob Leo Elis Vincent Casper Ola Krister Urban Jon Pierre Tord Dennis Tony Kevin
Charlie Wilhelm Mohammed Birger Gunnar-Erik Sune Jarl Karl-Erik Lars-Erik Per-Olof Jan-Erik Ahmed
Lukas Frans Gabriel Felix Ivar Sigvard Valter Allan
Benny Bertil Bror Börje Dag Egon Einar Eino Eskil Evert Georg Gert Greger Halvar Helge Hjalmar Holger
Inge Ingmar Ivan John Jörn Knut Lage Lennie Love Malte Måns Nicklas Nicolas Nore Orvar Osvald Otto
Pelle Reinhold Rikard Rudolf Ruben Sam Severin Sigge Sivert Staffan Svante Sölve Thor Thorsten
Tage Ture Uno Valdemar Vidar Yngve Östen Algot Alvar Anselm Arnold Assar Bernt Boris Carl-Johan
Colin Dante Ebbe Edgar Edward Eilert Elof Emrik Enar Fabian Gideon Gillis Gottfrid Hannes Harry
Herbert Hilding Ibrahim Iwan Jack Joel Julius Jöns Kasper Konrad Kåre Laurits Lenny Levi Loke
Ludde Magne Manfred Maximilian Melker Milo Mio Nille Odd Olle Oscar Otto-Erik Paul Pål Ragnar
Rune-Olof Sakari Seth Sigurd Sture Sylvester Teodor Tim Tor Torvald Ulrik Vide Vilgot Walter
Wiktor Yusuf Åsmund Östen-Erik Anders-Petter Per-Anders Karl-Johan Lars-Göran Jan-Olov Hans-Åke
Bo-Göran Nils-Erik Sven-Erik Per-Erik Erik-Olof Lars-Olof Jan-Åke Carl-Gustaf Nils-Olof Sven-Olov
Omar Hassan Ahmad Amir Hussein Mustafa Karim Mehmet Yasin Adrian Alvin Anton-Lars Arne-Ivar Bill
Brage Cornelis Didrik Einar-Lars Elmer Erling Esbjörn Fritjof Gunder Gustavo Halvdan Hilmer Ingolf
Jerker Kjell-Åke Lars-Åke Leopold Lorentz Mauritz Mikkel Nore-Eliot Oliwer Ossian Per-Gunnar
Roine Sivar Stellan Tryggve Verner Wille Alf Anton-Erik Arvid-Olof Bo-Ivar Einar-Gustav Eugen Gerhard
Göte Helmer Hilbert Hugo-Karl Ingvald Jan-Ove Karl-Axel Kennet Lars-Inge Märten Nore-Alf Olov Ragnvald
Sigfrid Sven-Åke Thure Torgny Vilmer Åke-Bertil
"""
SV_S = """
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Lindström
Olofsson Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson
Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed Engström Eklund
Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Fransson
Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström
Mårtensson Lundström Ahmed Viklund Björklund Eliasson Pålsson Hassan Berggren Sandström Lund
Nordin Ström Åberg Hermansson Ekström Holmgren Sundberg Hedlund Dahlberg Hellström Sjögren
Abrahamsson Falk Martinsson Öberg Andreasson Blom Ek Månsson Strömberg Åkesson Jonasson Hansen
Norberg Sundström Åström Lindholm Holmqvist Ivarsson Hedberg Lindblom Sjöström Nordqvist Mohamed
Bergkvist Jacobsson Lindell Göransson Nyman Dahl Sundqvist Hedström Ekberg Hussein Lundkvist
Adolfsson Malmberg Johnsson Lindahl Strand Borg Frisk Ottosson Stenberg Söderström Nordlund
Andersen Wahlström Boström Sandell Omar Ibrahim Lindvall Berglöf Ekman Hägglund Mattsson-Berg
Forslund Håkansson-Lind Vesterlund Sjölund Jakobsson-Ek Östlund Nilsson-Ek Lindén Rosén Wiberg
Hedman Lilja Karlberg Nordgren
Grahn Bäckström Nord Sandgren Ljungberg Bäck Westerberg Lindh Forsman Berggren-Lund Ahlström
Brandt Carlsson Carlson Edlund Engberg Englund Fors Granath Granberg Hagström Hallberg Hammar
Helgesson Hjalmarsson Holmström Hultgren Höglund Jeppsson Kronberg Kvist Lagerström Landberg
Lindblad Ljung Lundell Lundmark Löfström Malm Melin Molin Nordberg Nordén Nylund Nyqvist Olander
Palm Pettersson-Lind Pihl Rehn Rydberg Rydén Sahlin Selin Sjödin Skoglund Stark Sténson Strömqvist
Sundin Svärd Säfström Törnqvist Unger Wahlberg Wennberg Westin Wikman Wästberg Zetterberg Åkerlund
Öhman Öman Backlund Barkman Bergh Björkman Blomberg Brodin Dahlgren Edström Ekholm Eklöf Fagerström
Falkenberg Forsgren Fredlund Gren Grönlund Gustavsson Haglund Hedin Hellberg Holmlund Hägg Högberg
Isberg Jernberg Kjellberg Kvarnström Lagerkvist Larsen Levin Lidén Lindroth Ljunggren Lönn Mark
Modig Mossberg Norell Nyholm Olausson Paulsson Renström Rask Roos Runesson Ryberg Samuelson Sjödahl
Skog Sparre Strid Stålberg Svedberg Söder Thorén Tornberg Vikström Wall Wennerström Wikander
Winberg Åhlund Öqvist Dalin Friberg Frölander Glad Grip Hammarström Hellgren Hjort Hylén Janson
Kemppainen Lundh Lövgren Magnusson-Berg Nordenskiöld Ohlsson Petersson Rapp Rudberg Schmidt Sellberg
Silfver Storm Swahn Tallberg Thulin Tibell Uhlin Wadström Wirén Yngvesson Zackrisson Älmqvist Örn
von_Platen af_Klercker von_Essen De_Geer af_Ugglas von_Sydow Wachtmeister Lewenhaupt Gyllenstierna
Bonde Stenbock Hamilton Ehrensvärd Adlercreutz Lagercrantz Cederschiöld Silfverschiöld
Ahlqvist Arnesson Bergsten Björnsson Brolin Dahlqvist Ekdahl Engdahl Enqvist Flodin Frid Hallin
Hjelm Hägglöf Kallio Karlström Kling Krantz Lindelöf Lindmark Lindqvist-Berg Lind-Hansson Ljungqvist
Mellberg Moberg Nord-Ek Nordahl Nordmark Norén Nygren Ringqvist Rosengren Ruuth Sandin Sjöqvist
Stenlund Strandberg Söderlund Tell Thunberg Wallgren Wessman Westman Östman Östberg
"""

# The US Census 1990 (the `names` package's dist.*.first and dist.all.last), per cent as weight.
US_F = (("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.98), ("Elizabeth", 0.937), ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794), ("Margaret", 0.768), ("Dorothy", 0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667), ("Betty", 0.666), ("Helen", 0.663), ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565), ("Ruth", 0.562), ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.51), ("Sarah", 0.508), ("Kimberly", 0.504), ("Deborah", 0.494), ("Jessica", 0.49), ("Shirley", 0.482), ("Cynthia", 0.469), ("Angela", 0.468), ("Melissa", 0.462), ("Brenda", 0.455), ("Amy", 0.451), ("Anna", 0.44), ("Rebecca", 0.43), ("Virginia", 0.43), ("Kathleen", 0.424), ("Pamela", 0.416), ("Martha", 0.412), ("Debra", 0.408), ("Amanda", 0.404), ("Stephanie", 0.4), ("Carolyn", 0.385), ("Christine", 0.382), ("Marie", 0.379), ("Janet", 0.379), ("Catherine", 0.373), ("Frances", 0.37), ("Ann", 0.364), ("Joyce", 0.364), ("Diane", 0.359), ("Alice", 0.357), ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336), ("Doris", 0.335), ("Gloria", 0.335), ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315), ("Mildred", 0.313), ("Katherine", 0.313), ("Joan", 0.306), ("Ashley", 0.303), ("Judith", 0.297), ("Rose", 0.296), ("Janice", 0.285), ("Kelly", 0.283), ("Nicole", 0.281), ("Judy", 0.276), ("Christina", 0.275), ("Kathy", 0.272), ("Theresa", 0.271), ("Beverly", 0.267), ("Denise", 0.264), ("Tammy", 0.259), ("Irene", 0.252), ("Jane", 0.25), ("Lori", 0.248), ("Rachel", 0.242), ("Marilyn", 0.241), ("Andrea", 0.236), ("Kathryn", 0.234), ("Louise", 0.229), ("Sara", 0.229), ("Anne", 0.228), ("Jacqueline", 0.228), ("Wanda", 0.226), ("Bonnie", 0.223), ("Julia", 0.223), ("Ruby", 0.221), ("Lois", 0.22), ("Tina", 0.22), ("Phyllis", 0.219), ("Norma", 0.218), ("Paula", 0.217), ("Diana", 0.216), ("Annie", 0.216), ("Lillian", 0.211), ("Emily", 0.208), ("Robin", 0.208), ("Peggy", 0.208), ("Crystal", 0.207), ("Gladys", 0.205), ("Rita", 0.204), ("Dawn", 0.202), ("Connie", 0.2), ("Florence", 0.2), ("Tracy", 0.197), ("Edna", 0.197), ("Tiffany", 0.195), ("Carmen", 0.195), ("Rosa", 0.194), ("Cindy", 0.192), ("Grace", 0.189), ("Wendy", 0.185), ("Victoria", 0.18), ("Edith", 0.179), ("Kim", 0.178), ("Sherry", 0.178), ("Sylvia", 0.177), ("Josephine", 0.177), ("Thelma", 0.175), ("Shannon", 0.175), ("Sheila", 0.175), ("Ethel", 0.174), ("Ellen", 0.173), ("Elaine", 0.173), ("Marjorie", 0.173), ("Carrie", 0.171), ("Charlotte", 0.169), ("Monica", 0.166), ("Esther", 0.166), ("Pauline", 0.165), ("Emma", 0.165), ("Juanita", 0.164), ("Anita", 0.162), ("Rhonda", 0.162), ("Hazel", 0.161), ("Amber", 0.16), ("Eva", 0.159), ("Debbie", 0.157), ("April", 0.154), ("Leslie", 0.154), ("Clara", 0.153), ("Lucille", 0.153), ("Jamie", 0.153), ("Joanne", 0.15), ("Eleanor", 0.15), ("Valerie", 0.149), ("Danielle", 0.149), ("Megan", 0.147), ("Alicia", 0.146), ("Suzanne", 0.145), ("Michele", 0.145), ("Gail", 0.145), ("Bertha", 0.143), ("Darlene", 0.142), ("Veronica", 0.142), ("Jill", 0.142), ("Erin", 0.141), ("Geraldine", 0.141), ("Lauren", 0.137), ("Cathy", 0.137), ("Joann", 0.136), ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135), ("Regina", 0.133), ("Erica", 0.13), ("Beatrice", 0.13), ("Dolores", 0.129), ("Bernice", 0.128), ("Audrey", 0.127), ("Yvonne", 0.126), ("Annette", 0.125), ("June", 0.125), ("Samantha", 0.124), ("Marion", 0.122), ("Dana", 0.122), ("Stacy", 0.121), ("Ana", 0.12), ("Renee", 0.12), ("Ida", 0.118), ("Vivian", 0.118), ("Roberta", 0.117), ("Holly", 0.117), ("Brittany", 0.117), ("Melanie", 0.116), ("Loretta", 0.115), ("Yolanda", 0.115), ("Jeanette", 0.115), ("Laurie", 0.114), ("Katie", 0.113), ("Kristen", 0.111), ("Vanessa", 0.111), ("Alma", 0.111), ("Sue", 0.111), ("Elsie", 0.11), ("Beth", 0.11), ("Jeanne", 0.109), ("Vicki", 0.109), ("Carla", 0.107), ("Tara", 0.107), ("Rosemary", 0.107), ("Eileen", 0.105), ("Terri", 0.105), ("Gertrude", 0.103), ("Lucy", 0.103), ("Tonya", 0.102), ("Ella", 0.101), ("Stacey", 0.101), ("Wilma", 0.099), ("Gina", 0.099), ("Kristin", 0.099), ("Jessie", 0.098), ("Natalie", 0.098), ("Agnes", 0.098), ("Vera", 0.098), ("Willie", 0.097), ("Charlene", 0.097), ("Bessie", 0.096), ("Delores", 0.095), ("Melinda", 0.094), ("Pearl", 0.094), ("Arlene", 0.094), ("Maureen", 0.092), ("Colleen", 0.092), ("Allison", 0.092), ("Tamara", 0.092), ("Joy", 0.091), ("Georgia", 0.091), ("Constance", 0.091), ("Lillie", 0.09), ("Claudia", 0.09), ("Jackie", 0.09), ("Marcia", 0.09), ("Tanya", 0.089), ("Nellie", 0.089), ("Minnie", 0.089), ("Marlene", 0.088), ("Heidi", 0.088), ("Glenda", 0.088), ("Lydia", 0.086), ("Viola", 0.086), ("Courtney", 0.086), ("Marian", 0.086), ("Stella", 0.085), ("Caroline", 0.085), ("Dora", 0.084), ("Jo", 0.083), ("Vickie", 0.082), ("Mattie", 0.081), ("Terry", 0.08), ("Maxine", 0.079), ("Irma", 0.079), ("Mabel", 0.078), ("Marsha", 0.078), ("Myrtle", 0.078), ("Lena", 0.077), ("Christy", 0.077), ("Deanna", 0.076), ("Patsy", 0.076), ("Hilda", 0.075), ("Gwendolyn", 0.074), ("Jennie", 0.073), ("Nora", 0.073), ("Margie", 0.072), ("Nina", 0.072), ("Cassandra", 0.072), ("Leah", 0.072), ("Penny", 0.071), ("Kay", 0.071), ("Priscilla", 0.071), ("Naomi", 0.071), ("Carole", 0.071), ("Brandy", 0.07), ("Olga", 0.07), ("Billie", 0.069), ("Dianne", 0.069), ("Tracey", 0.069), ("Leona", 0.069), ("Jenny", 0.068), ("Felicia", 0.068), ("Sonia", 0.068), ("Miriam", 0.066), ("Velma", 0.066), ("Becky", 0.066), ("Bobbie", 0.065), ("Violet", 0.065), ("Kristina", 0.065), ("Toni", 0.064), ("Misty", 0.063), ("Mae", 0.063), ("Shelly", 0.062), ("Daisy", 0.062), ("Ramona", 0.062), ("Sherri", 0.062), ("Erika", 0.061), ("Katrina", 0.061), ("Claire", 0.061), ("Lindsey", 0.06), ("Lindsay", 0.06), ("Geneva", 0.059), ("Guadalupe", 0.059), ("Belinda", 0.059), ("Margarita", 0.059), ("Sheryl", 0.059), ("Cora", 0.058), ("Faye", 0.058), ("Ada", 0.057), ("Natasha", 0.057), ("Sabrina", 0.057), ("Isabel", 0.057), ("Marguerite", 0.056), ("Hattie", 0.056), ("Harriet", 0.056), ("Molly", 0.055), ("Cecilia", 0.055), ("Kristi", 0.055), ("Brandi", 0.055), ("Blanche", 0.055), ("Sandy", 0.055), ("Rosie", 0.055), ("Joanna", 0.055), ("Iris", 0.055), ("Eunice", 0.054), ("Angie", 0.054), ("Inez", 0.053), ("Lynda", 0.053), ("Madeline", 0.052), ("Amelia", 0.052), ("Alberta", 0.052), ("Genevieve", 0.051), ("Monique", 0.051), ("Jodi", 0.051), ("Janie", 0.051), ("Maggie", 0.051), ("Kayla", 0.051), ("Sonya", 0.051), ("Jan", 0.051), ("Lee", 0.051), ("Kristine", 0.051), ("Candace", 0.051), ("Fannie", 0.05), ("Maryann", 0.05), ("Opal", 0.05), ("Alison", 0.05), ("Yvette", 0.05), ("Melody", 0.05), ("Luz", 0.049), ("Susie", 0.049), ("Olivia", 0.049), ("Flora", 0.049), ("Shelley", 0.049), ("Kristy", 0.048), ("Mamie", 0.048), ("Lula", 0.048), ("Lola", 0.048), ("Verna", 0.048), ("Beulah", 0.048), ("Antoinette", 0.048), ("Candice", 0.046), ("Juana", 0.046), ("Jeannette", 0.046), ("Pam", 0.046), ("Kelli", 0.046), ("Hannah", 0.045), ("Whitney", 0.045), ("Bridget", 0.045), ("Karla", 0.044), ("Celia", 0.044), ("Latoya", 0.043), ("Patty", 0.043), ("Shelia", 0.043), ("Gayle", 0.043), ("Della", 0.043), ("Vicky", 0.043), ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042), ("Kara", 0.041), ("Jacquelyn", 0.041), ("Erma", 0.041), ("Blanca", 0.041), ("Myra", 0.04), ("Leticia", 0.04), ("Pat", 0.04), ("Krista", 0.04), ("Roxanne", 0.04), ("Angelica", 0.039), ("Johnnie", 0.039), ("Robyn", 0.039), ("Francis", 0.039), ("Adrienne", 0.039), ("Rosalie", 0.039), ("Alexandra", 0.039), ("Brooke", 0.039), ("Bethany", 0.039), ("Sadie", 0.039), ("Bernadette", 0.039),)  # fmt: skip
US_M = (("James", 3.318), ("John", 3.271), ("Robert", 3.143), ("Michael", 2.629), ("William", 2.451), ("David", 2.363), ("Richard", 1.703), ("Charles", 1.523), ("Joseph", 1.404), ("Thomas", 1.38), ("Christopher", 1.035), ("Daniel", 0.974), ("Paul", 0.948), ("Mark", 0.938), ("Donald", 0.931), ("George", 0.927), ("Kenneth", 0.826), ("Steven", 0.78), ("Edward", 0.779), ("Brian", 0.736), ("Ronald", 0.725), ("Anthony", 0.721), ("Kevin", 0.671), ("Jason", 0.66), ("Matthew", 0.657), ("Gary", 0.65), ("Timothy", 0.64), ("Jose", 0.613), ("Larry", 0.598), ("Jeffrey", 0.591), ("Frank", 0.581), ("Scott", 0.546), ("Eric", 0.544), ("Stephen", 0.54), ("Andrew", 0.537), ("Raymond", 0.488), ("Gregory", 0.441), ("Joshua", 0.435), ("Jerry", 0.432), ("Dennis", 0.415), ("Walter", 0.399), ("Patrick", 0.389), ("Peter", 0.381), ("Harold", 0.371), ("Douglas", 0.367), ("Henry", 0.365), ("Carl", 0.346), ("Arthur", 0.335), ("Ryan", 0.328), ("Roger", 0.322), ("Joe", 0.321), ("Juan", 0.316), ("Jack", 0.315), ("Albert", 0.314), ("Jonathan", 0.313), ("Justin", 0.311), ("Terry", 0.311), ("Gerald", 0.309), ("Keith", 0.308), ("Samuel", 0.306), ("Willie", 0.302), ("Ralph", 0.282), ("Lawrence", 0.282), ("Nicholas", 0.275), ("Roy", 0.273), ("Benjamin", 0.27), ("Bruce", 0.263), ("Brandon", 0.26), ("Adam", 0.259), ("Harry", 0.251), ("Fred", 0.251), ("Wayne", 0.249), ("Billy", 0.248), ("Steve", 0.246), ("Louis", 0.243), ("Jeremy", 0.242), ("Aaron", 0.24), ("Randy", 0.232), ("Howard", 0.23), ("Eugene", 0.23), ("Carlos", 0.229), ("Russell", 0.224), ("Bobby", 0.223), ("Victor", 0.222), ("Martin", 0.216), ("Ernest", 0.215), ("Phillip", 0.213), ("Todd", 0.213), ("Jesse", 0.209), ("Craig", 0.206), ("Alan", 0.204), ("Shawn", 0.2), ("Clarence", 0.197), ("Sean", 0.197), ("Philip", 0.197), ("Chris", 0.197), ("Johnny", 0.195), ("Earl", 0.193), ("Jimmy", 0.191), ("Antonio", 0.19), ("Danny", 0.19), ("Bryan", 0.19), ("Tony", 0.19), ("Luis", 0.189), ("Mike", 0.189), ("Stanley", 0.186), ("Leonard", 0.186), ("Nathan", 0.185), ("Dale", 0.184), ("Manuel", 0.181), ("Rodney", 0.18), ("Curtis", 0.18), ("Norman", 0.177), ("Allen", 0.174), ("Marvin", 0.171), ("Vincent", 0.168), ("Glenn", 0.167), ("Jeffery", 0.166), ("Travis", 0.166), ("Jeff", 0.166), ("Chad", 0.165), ("Jacob", 0.165), ("Lee", 0.162), ("Melvin", 0.162), ("Alfred", 0.162), ("Kyle", 0.16), ("Francis", 0.16), ("Bradley", 0.159), ("Jesus", 0.155), ("Herbert", 0.155), ("Frederick", 0.154), ("Ray", 0.153), ("Joel", 0.152), ("Edwin", 0.148), ("Don", 0.145), ("Eddie", 0.144), ("Ricky", 0.141), ("Troy", 0.138), ("Randall", 0.138), ("Barry", 0.134), ("Alexander", 0.132), ("Bernard", 0.127), ("Mario", 0.125), ("Leroy", 0.125), ("Francisco", 0.124), ("Marcus", 0.124), ("Micheal", 0.123), ("Theodore", 0.123), ("Clifford", 0.123), ("Miguel", 0.122), ("Oscar", 0.122), ("Jay", 0.118), ("Jim", 0.118), ("Tom", 0.117), ("Calvin", 0.115), ("Alex", 0.115), ("Jon", 0.115), ("Ronnie", 0.113), ("Bill", 0.112), ("Lloyd", 0.112), ("Tommy", 0.112), ("Leon", 0.112), ("Derek", 0.112), ("Warren", 0.11), ("Darrell", 0.108), ("Jerome", 0.108), ("Floyd", 0.107), ("Leo", 0.106), ("Alvin", 0.105), ("Tim", 0.104), ("Wesley", 0.104), ("Gordon", 0.104), ("Dean", 0.104), ("Greg", 0.104), ("Jorge", 0.104), ("Dustin", 0.103), ("Pedro", 0.103), ("Derrick", 0.103), ("Dan", 0.101), ("Lewis", 0.099), ("Zachary", 0.099), ("Corey", 0.098), ("Herman", 0.097), ("Maurice", 0.097), ("Vernon", 0.097), ("Roberto", 0.097), ("Clyde", 0.095), ("Glen", 0.094), ("Hector", 0.094), ("Shane", 0.093), ("Ricardo", 0.093), ("Sam", 0.092), ("Rick", 0.091), ("Lester", 0.091), ("Brent", 0.09), ("Ramon", 0.09), ("Charlie", 0.09), ("Tyler", 0.089), ("Gilbert", 0.089), ("Gene", 0.087), ("Marc", 0.087), ("Reginald", 0.084), ("Ruben", 0.082), ("Brett", 0.082), ("Angel", 0.082), ("Nathaniel", 0.081), ("Rafael", 0.081), ("Leslie", 0.081), ("Edgar", 0.08), ("Milton", 0.08), ("Raul", 0.079), ("Ben", 0.078), ("Chester", 0.078), ("Cecil", 0.078), ("Duane", 0.077), ("Franklin", 0.077), ("Andre", 0.076), ("Elmer", 0.074), ("Brad", 0.073), ("Gabriel", 0.073), ("Ron", 0.072), ("Mitchell", 0.072), ("Roland", 0.072), ("Arnold", 0.072), ("Harvey", 0.072), ("Jared", 0.071), ("Adrian", 0.069), ("Karl", 0.069), ("Cory", 0.068), ("Claude", 0.068), ("Erik", 0.068), ("Darryl", 0.067), ("Jamie", 0.066), ("Neil", 0.066), ("Jessie", 0.065), ("Christian", 0.065), ("Javier", 0.065), ("Fernando", 0.065), ("Clinton", 0.065), ("Ted", 0.064), ("Mathew", 0.064), ("Tyrone", 0.064), ("Darren", 0.064), ("Lonnie", 0.064), ("Lance", 0.063), ("Cody", 0.063), ("Julio", 0.063), ("Kelly", 0.063), ("Kurt", 0.062), ("Allan", 0.061), ("Nelson", 0.061), ("Guy", 0.06), ("Clayton", 0.06), ("Hugh", 0.06), ("Max", 0.059), ("Dwayne", 0.059), ("Dwight", 0.058), ("Armando", 0.058), ("Felix", 0.058), ("Jimmie", 0.058), ("Everett", 0.057), ("Jordan", 0.056), ("Ian", 0.056), ("Wallace", 0.056), ("Ken", 0.055), ("Bob", 0.055), ("Jaime", 0.055), ("Casey", 0.054), ("Alfredo", 0.054), ("Alberto", 0.053), ("Dave", 0.053), ("Ivan", 0.053), ("Johnnie", 0.052), ("Sidney", 0.052), ("Byron", 0.052), ("Julian", 0.052), ("Isaac", 0.051), ("Morris", 0.051), ("Clifton", 0.05), ("Willard", 0.05), ("Daryl", 0.05), ("Ross", 0.05), ("Virgil", 0.049), ("Andy", 0.049), ("Marshall", 0.049), ("Salvador", 0.049), ("Perry", 0.049), ("Kirk", 0.049), ("Sergio", 0.049), ("Marion", 0.048), ("Tracy", 0.048), ("Seth", 0.048), ("Kent", 0.048), ("Terrance", 0.048), ("Rene", 0.048), ("Eduardo", 0.047), ("Terrence", 0.047), ("Enrique", 0.046), ("Freddie", 0.046), ("Wade", 0.045), ("Austin", 0.044), ("Stuart", 0.044), ("Fredrick", 0.043), ("Arturo", 0.043), ("Alejandro", 0.043), ("Jackie", 0.043), ("Joey", 0.043), ("Nick", 0.043), ("Luther", 0.043), ("Wendell", 0.042), ("Jeremiah", 0.042), ("Evan", 0.042), ("Julius", 0.042), ("Dana", 0.042), ("Donnie", 0.041), ("Otis", 0.041), ("Shannon", 0.04), ("Trevor", 0.04), ("Oliver", 0.04), ("Luke", 0.04), ("Homer", 0.04), ("Gerard", 0.04), ("Doug", 0.04), ("Kenny", 0.039), ("Hubert", 0.039), ("Angelo", 0.039), ("Shaun", 0.039), ("Lyle", 0.038), ("Matt", 0.038), ("Lynn", 0.038), ("Alfonso", 0.038), ("Orlando", 0.037), ("Rex", 0.037), ("Carlton", 0.037), ("Ernesto", 0.037), ("Cameron", 0.037), ("Neal", 0.037), ("Pablo", 0.036), ("Lorenzo", 0.036), ("Omar", 0.036), ("Wilbur", 0.036), ("Blake", 0.036), ("Grant", 0.036), ("Horace", 0.036), ("Roderick", 0.036), ("Kerry", 0.036), ("Abraham", 0.035), ("Willis", 0.035), ("Rickey", 0.035), ("Jean", 0.035), ("Ira", 0.035), ("Andres", 0.034), ("Cesar", 0.034), ("Johnathan", 0.034), ("Malcolm", 0.034), ("Rudolph", 0.034), ("Damon", 0.034), ("Kelvin", 0.034), ("Rudy", 0.034), ("Preston", 0.034), ("Alton", 0.033), ("Archie", 0.033), ("Marco", 0.033), ("Wm", 0.033), ("Pete", 0.032), ("Randolph", 0.032), ("Garry", 0.032), ("Geoffrey", 0.032), ("Jonathon", 0.032), ("Felipe", 0.032), ("Bennie", 0.032), ("Gerardo", 0.032), ("Ed", 0.032), ("Dominic", 0.032), ("Robin", 0.032), ("Loren", 0.032), ("Delbert", 0.031), ("Colin", 0.031), ("Guillermo", 0.031), ("Earnest", 0.031), ("Lucas", 0.031), ("Benny", 0.03), ("Noel", 0.03), ("Spencer", 0.03), ("Rodolfo", 0.03), ("Myron", 0.03), ("Edmund", 0.03), ("Garrett", 0.029), ("Salvatore", 0.029), ("Cedric", 0.029), ("Lowell", 0.029), ("Gregg", 0.029), ("Sherman", 0.028), ("Wilson", 0.028), ("Devin", 0.028), ("Sylvester", 0.028), ("Kim", 0.028), ("Roosevelt", 0.028), ("Israel", 0.028), ("Jermaine", 0.028),)  # fmt: skip
US_S = (("Smith", 1.006), ("Johnson", 0.81), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621), ("Davis", 0.48), ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor", 0.311), ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.31), ("White", 0.279), ("Harris", 0.275), ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254), ("Martinez", 0.234), ("Robinson", 0.233), ("Clark", 0.231), ("Rodriguez", 0.229), ("Lewis", 0.226), ("Lee", 0.22), ("Walker", 0.219), ("Hall", 0.2), ("Allen", 0.199), ("Young", 0.193), ("Hernandez", 0.192), ("King", 0.19), ("Wright", 0.189), ("Lopez", 0.187), ("Hill", 0.187), ("Scott", 0.185), ("Green", 0.183), ("Adams", 0.174), ("Baker", 0.171), ("Gonzalez", 0.166), ("Nelson", 0.162), ("Carter", 0.162), ("Mitchell", 0.16), ("Perez", 0.155), ("Roberts", 0.153), ("Turner", 0.152), ("Phillips", 0.149), ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141), ("Edwards", 0.137), ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.13), ("Morris", 0.125), ("Rogers", 0.123), ("Reed", 0.122), ("Cook", 0.12), ("Morgan", 0.118), ("Bell", 0.117), ("Murphy", 0.117), ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper", 0.113), ("Richardson", 0.112), ("Cox", 0.11), ("Howard", 0.11), ("Ward", 0.108), ("Torres", 0.108), ("Peterson", 0.107), ("Gray", 0.106), ("Ramirez", 0.105), ("James", 0.105), ("Watson", 0.103), ("Brooks", 0.103), ("Kelly", 0.102), ("Sanders", 0.1), ("Price", 0.099), ("Bennett", 0.099), ("Wood", 0.098), ("Barnes", 0.097), ("Ross", 0.096), ("Henderson", 0.095), ("Coleman", 0.095), ("Jenkins", 0.095), ("Perry", 0.094), ("Powell", 0.093), ("Long", 0.092), ("Patterson", 0.092), ("Hughes", 0.092), ("Flores", 0.092), ("Washington", 0.092), ("Butler", 0.091), ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales", 0.087), ("Bryant", 0.087), ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084), ("Diaz", 0.084), ("Hayes", 0.083), ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082), ("Graham", 0.082), ("Sullivan", 0.081), ("Wallace", 0.081), ("Woods", 0.08), ("Cole", 0.08), ("West", 0.08), ("Jordan", 0.078), ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077), ("Ellis", 0.077), ("Harrison", 0.076), ("Gibson", 0.075), ("McDonald", 0.075), ("Cruz", 0.075), ("Marshall", 0.075), ("Ortiz", 0.075), ("Gomez", 0.075), ("Murray", 0.074), ("Freeman", 0.074), ("Wells", 0.073), ("Webb", 0.072), ("Simpson", 0.07), ("Stevens", 0.07), ("Tucker", 0.07), ("Porter", 0.069), ("Hunter", 0.069), ("Hicks", 0.069), ("Crawford", 0.068), ("Henry", 0.068), ("Boyd", 0.068), ("Mason", 0.068), ("Morales", 0.067), ("Kennedy", 0.067), ("Warren", 0.067), ("Dixon", 0.066), ("Ramos", 0.066), ("Reyes", 0.066), ("Burns", 0.065), ("Gordon", 0.065), ("Shaw", 0.065), ("Holmes", 0.065), ("Rice", 0.064), ("Robertson", 0.064), ("Hunt", 0.063), ("Black", 0.063), ("Daniels", 0.062), ("Palmer", 0.062), ("Mills", 0.061), ("Nichols", 0.06), ("Grant", 0.06), ("Knight", 0.06), ("Ferguson", 0.059), ("Rose", 0.059), ("Stone", 0.059), ("Hawkins", 0.059), ("Dunn", 0.058), ("Perkins", 0.058), ("Hudson", 0.058), ("Spencer", 0.057), ("Gardner", 0.057), ("Stephens", 0.057), ("Payne", 0.057), ("Pierce", 0.056), ("Berry", 0.056), ("Matthews", 0.056), ("Arnold", 0.056), ("Wagner", 0.055), ("Willis", 0.055), ("Ray", 0.055), ("Watkins", 0.055), ("Olson", 0.055), ("Carroll", 0.055), ("Duncan", 0.055), ("Snyder", 0.055), ("Hart", 0.054), ("Cunningham", 0.054), ("Bradley", 0.054), ("Lane", 0.054), ("Andrews", 0.054), ("Ruiz", 0.054), ("Harper", 0.054), ("Fox", 0.053), ("Riley", 0.053), ("Armstrong", 0.053), ("Carpenter", 0.053), ("Weaver", 0.053), ("Greene", 0.053), ("Lawrence", 0.052), ("Elliott", 0.052), ("Chavez", 0.052), ("Sims", 0.052), ("Austin", 0.052), ("Peters", 0.052), ("Kelley", 0.052), ("Franklin", 0.051), ("Lawson", 0.051), ("Fields", 0.051), ("Gutierrez", 0.051), ("Ryan", 0.051), ("Schmidt", 0.051), ("Carr", 0.051), ("Vasquez", 0.051), ("Castillo", 0.051), ("Wheeler", 0.051), ("Chapman", 0.05), ("Oliver", 0.05), ("Montgomery", 0.049), ("Richards", 0.049), ("Williamson", 0.049), ("Johnston", 0.049), ("Banks", 0.048), ("Meyer", 0.048), ("Bishop", 0.048), ("McCoy", 0.048), ("Howell", 0.048), ("Alvarez", 0.048), ("Morrison", 0.048), ("Hansen", 0.047), ("Fernandez", 0.047), ("Garza", 0.047), ("Harvey", 0.047), ("Little", 0.046), ("Burton", 0.046), ("Stanley", 0.046), ("Nguyen", 0.046), ("George", 0.046), ("Jacobs", 0.046), ("Reid", 0.046), ("Kim", 0.045), ("Fuller", 0.045), ("Lynch", 0.045), ("Dean", 0.045), ("Gilbert", 0.045), ("Garrett", 0.045), ("Romero", 0.045), ("Welch", 0.044), ("Larson", 0.044), ("Frazier", 0.044), ("Burke", 0.044), ("Hanson", 0.043), ("Day", 0.043), ("Mendoza", 0.043), ("Moreno", 0.043), ("Bowman", 0.043), ("Medina", 0.042), ("Fowler", 0.042), ("Brewer", 0.042), ("Hoffman", 0.042), ("Carlson", 0.042), ("Silva", 0.042), ("Pearson", 0.042), ("Holland", 0.042), ("Douglas", 0.041), ("Fleming", 0.041), ("Jensen", 0.041), ("Vargas", 0.041), ("Byrd", 0.041), ("Davidson", 0.041), ("Hopkins", 0.041), ("May", 0.04), ("Terry", 0.04), ("Herrera", 0.04), ("Wade", 0.04), ("Soto", 0.04), ("Walters", 0.04), ("Curtis", 0.04), ("Neal", 0.039), ("Caldwell", 0.039), ("Lowe", 0.039), ("Jennings", 0.039), ("Barnett", 0.039), ("Graves", 0.039), ("Jimenez", 0.039), ("Horton", 0.039), ("Shelton", 0.039), ("Barrett", 0.039), ("O'Brien", 0.039), ("Castro", 0.039), ("Sutton", 0.038), ("Gregory", 0.038), ("McKinney", 0.038), ("Lucas", 0.038), ("Miles", 0.038), ("Craig", 0.038), ("Rodriquez", 0.037), ("Chambers", 0.037), ("Holt", 0.037), ("Lambert", 0.037), ("Fletcher", 0.037), ("Watts", 0.037), ("Bates", 0.037), ("Hale", 0.037), ("Rhodes", 0.037), ("Pena", 0.037), ("Beck", 0.037), ("Newman", 0.036), ("Haynes", 0.036), ("McDaniel", 0.036), ("Mendez", 0.036), ("Bush", 0.036), ("Vaughn", 0.036), ("Parks", 0.035), ("Dawson", 0.035), ("Santiago", 0.035), ("Norris", 0.035), ("Hardy", 0.035), ("Love", 0.035), ("Steele", 0.035), ("Curry", 0.035), ("Powers", 0.035), ("Schultz", 0.035), ("Barker", 0.035), ("Guzman", 0.034), ("Page", 0.034), ("Munoz", 0.034), ("Ball", 0.034), ("Keller", 0.034), ("Chandler", 0.034), ("Weber", 0.034), ("Leonard", 0.034), ("Walsh", 0.033), ("Lyons", 0.033), ("Ramsey", 0.033), ("Wolfe", 0.033), ("Schneider", 0.033), ("Mullins", 0.033), ("Benson", 0.033), ("Sharp", 0.033), ("Bowen", 0.033), ("Daniel", 0.033), ("Barber", 0.032), ("Cummings", 0.032), ("Hines", 0.032), ("Baldwin", 0.032), ("Griffith", 0.032), ("Valdez", 0.032), ("Hubbard", 0.032), ("Salazar", 0.032), ("Reeves", 0.032), ("Warner", 0.031), ("Stevenson", 0.031), ("Burgess", 0.031), ("Santos", 0.031), ("Tate", 0.031), ("Cross", 0.031), ("Garner", 0.031), ("Mann", 0.031), ("Mack", 0.031), ("Moss", 0.031), ("Thornton", 0.031), ("Dennis", 0.031), ("McGee", 0.031), ("Farmer", 0.03), ("Delgado", 0.03), ("Aguilar", 0.03), ("Vega", 0.03), ("Glover", 0.03), ("Manning", 0.03), ("Cohen", 0.03), ("Harmon", 0.03), ("Rodgers", 0.03), ("Robbins", 0.03), ("Newton", 0.03), ("Todd", 0.03), ("Blair", 0.03), ("Higgins", 0.03), ("Ingram", 0.03), ("Reese", 0.03), ("Cannon", 0.03), ("Strickland", 0.03), ("Townsend", 0.03), ("Potter", 0.03), ("Goodwin", 0.03), ("Walton", 0.03), ("Rowe", 0.029), ("Hampton", 0.029), ("Ortega", 0.029), ("Patton", 0.029), ("Swanson", 0.029), ("Joseph", 0.029), ("Francis", 0.029), ("Goodman", 0.029), ("Maldonado", 0.029), ("Yates", 0.029), ("Becker", 0.029), ("Erickson", 0.029), ("Hodges", 0.029), ("Rios", 0.029), ("Conner", 0.029), ("Adkins", 0.029), ("Webster", 0.028), ("Norman", 0.028), ("Malone", 0.028), ("Hammond", 0.028), ("Flowers", 0.028), ("Cobb", 0.028), ("Moody", 0.028), ("Quinn", 0.028), ("Blake", 0.028), ("Maxwell", 0.028), ("Pope", 0.028), ("Floyd", 0.027), ("Osborne", 0.027), ("Paul", 0.027), ("McCarthy", 0.027), ("Guerrero", 0.027), ("Lindsey", 0.027), ("Estrada", 0.027), ("Sandoval", 0.027), ("Gibbs", 0.027), ("Tyler", 0.027), ("Gross", 0.027), ("Fitzgerald", 0.027), ("Stokes", 0.027), ("Doyle", 0.027), ("Sherman", 0.027), ("Saunders", 0.027), ("Wise", 0.027), ("Colon", 0.027), ("Gill", 0.027), ("Alvarado", 0.027), ("Greer", 0.026), ("Padilla", 0.026), ("Simon", 0.026), ("Waters", 0.026), ("Nunez", 0.026), ("Ballard", 0.026), ("Schwartz", 0.026), ("McBride", 0.026), ("Houston", 0.026), ("Christensen", 0.026), ("Klein", 0.026), ("Pratt", 0.026), ("Briggs", 0.026), ("Parsons", 0.026), ("McLaughlin", 0.026), ("Zimmerman", 0.026), ("French", 0.026), ("Buchanan", 0.026), ("Moran", 0.026), ("Copeland", 0.025), ("Roy", 0.025), ("Pittman", 0.025), ("Brady", 0.025), ("McCormick", 0.025), ("Holloway", 0.025),)  # fmt: skip

# UK (ONS rankings: given names of births across the decades people now living were born in,
# surnames of England and Wales), 1/rank.
UK_F = """
Olivia Amelia Emily Isla Ava Jessica Sophie Grace Lily Mia Charlotte Emma Sarah Claire Rebecca
Laura Lucy Hannah Chloe Ella Poppy Evie Isabella Freya Daisy Alice Florence Sophia Ruby Phoebe
Rosie Lauren Amy Katie Jade Megan Holly Gemma Nicola Kelly Lisa Joanne Michelle Helen Louise
Victoria Samantha Rachel Natalie Karen Julie Susan Elizabeth Margaret Patricia Jennifer Janet
Christine Linda Carol Angela Tracey Dawn Deborah Sharon Alison Jacqueline Caroline Catherine
Joan Jean Mary Dorothy Pauline Sandra Anne Gillian Maureen Lesley Wendy Beverley Kerry Zoe Jodie
Danielle Stacey Kirsty Leanne Amanda Clare Kathryn Kate Abigail Georgia Eleanor Bethany Ellie
Millie Erin Scarlett Matilda Imogen Harriet Elsie Willow Ivy Evelyn Maisie Esme Aisha Amira
Maryam Fatima Zara Layla Nia Megan-Louise Siobhan Fiona Morag Eilidh Ailsa Kirsten Shona Heather
Brenda Sheila Valerie Yvonne Denise Lorraine Marion Eileen Irene Doreen Sylvia Rita Hazel
Gladys Edna Vera Joyce Beryl Muriel Shirley Audrey Brenda-Ann Gwen Rhian Sian Bethan Cerys Ffion
Megan-Rose Carys Seren Nerys Eira Rhiannon Dilys Glenys Lowri Tegan Keeley Chantelle Shannon
Courtney Paige Kayleigh Leah Jasmine Molly Libby Martha Beatrice Penelope Thea Aurora Hallie
Nancy Robyn Summer Connie Bonnie Delilah Edith Mabel Iris Nell Primrose Rosa Winifred Cressida
"""
UK_M = """
Oliver George Harry Jack Noah Leo Arthur Muhammad Oscar Charlie Jacob Thomas James William Joshua
Daniel Matthew Samuel Benjamin Alexander Luke Ryan Adam Callum Liam Jamie Ben Joseph Lewis Connor
David Michael Christopher Andrew Mark Paul Richard Stephen Robert John Peter Ian Steven Gary
Simon Neil Martin Darren Craig Lee Stuart Kevin Jason Jonathan Nicholas Anthony Graham Philip
Timothy Keith Colin Brian Alan Kenneth Derek Trevor Barry Malcolm Raymond Roy Dennis Geoffrey
Ronald Terence Leslie Gordon Norman Stanley Frederick Albert Harold Alfie Archie Freddie Henry
Theo Edward Finley Isaac Ethan Max Logan Dylan Reuben Toby Louie Tommy Elliot Ollie Mohammed
Ahmed Ali Yusuf Ibrahim Hamza Rhys Gareth Owen Dafydd Iwan Aled Gethin Euan Fraser Hamish Angus
Alasdair Ewan Calum Ross Duncan Murray Rory Cameron Kieran Dean Wayne Carl Shane Jordan Kyle Scott
Nathan Aaron Jake Bradley Ashley Marcus Dominic Hugo Rupert Jasper Felix Sebastian Alfred Ernest
Herbert Cyril Percy Wilfred Clifford Bernard Douglas Donald Eric Frank Harvey Jude Ezra Hudson
Rowan Sonny Teddy Bobby Frankie Stanley-James Tyler Mason Kai Riley Zachary
"""
UK_S = """
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
Simmons Morton Alexander Field Morrison Norris Townsend Preston Hargreaves Ashton Pickering
Fraser-Smith Llewellyn Pugh Vaughan Prosser Bevan Jenkins-Rees Mackenzie MacLeod Fyfe Urquhart
Sinclair Ogilvie Haworth Entwistle Ackroyd Sowerby Trelawny Penrose Tregear Carne Pendleton
"""
# Ireland (CSO: given names of births across the decades, commonest surnames), 1/rank.
IE_F = """
Mary Siobhán Niamh Aoife Emma Sarah Ciara Sinéad Orla Catherine Margaret Bridget Anne Patricia
Caoimhe Róisín Saoirse Grace Emily Fiadh Áine Clodagh Eimear Aisling Deirdre Sorcha Gráinne Nuala
Máire Éabha Ailbhe Muireann Sadhbh Clíona Róisín-Mary Órla Nora Kathleen Eileen Maura Noreen Bernadette
Fionnuala Laoise Méabh Ellen Kate Lucy Sophie Ava Hannah Chloe Amelia Ellie
"""
IE_M = """
John Michael Patrick Seán James Thomas Declan Conor Ciarán Cian Darragh Oisín Liam Fionn Tadhg
Eoin Niall Colm Aidan Dermot Brendan Kevin Séamus Donal Ronan Cathal Pádraig Diarmuid Eamon
Fergal Shane Barry Gerard Noel Kieran Cillian Rían Senan Eoghan Daire Tomás Micheál Jack Daniel
Noah Jamie Finn Paddy Gearóid Aodhán Ruairí
"""
IE_S = """
Murphy Kelly O'Sullivan Walsh Smith O'Brien Byrne Ryan O'Connor O'Neill O'Reilly Doyle McCarthy
Gallagher O'Doherty Kennedy Lynch Murray Quinn Moore McLoughlin O'Carroll Connolly Daly O'Connell
Wilson Dunne Brennan Burke Collins Campbell Clarke Johnston Hughes O'Farrell Fitzgerald Brown
Martin Maguire Nolan Flynn Thompson O'Callaghan O'Donnell Duffy O'Mahony Boyle Healy O'Shea
White Sweeney Hayes Kavanagh Power McGrath Moran Brady Stewart Casey Foley Fitzpatrick O'Leary
McDonnell MacMahon Donnelly Regan Donovan Burns Flanagan Mullan Barry Kane Robinson Cunningham
Griffin Kenny Sheehan Ward Whelan Lyons Reid Graham Higgins Cullen Keane King Maher McKenna Bell
Scott Hogan O'Keeffe Magee McNamara McDonald MacDermott Moloney O'Rourke Buckley O'Dwyer
Ní_Bhriain Mac_Gearailt Ó_Súilleabháin Nic_Aodha
"""

# Origins common in Sweden: the commonest given names and surnames of each, 1/rank, head 10.
OTHER = {
    "finnish": (
        "Maria Helena Johanna Anneli Kaarina Marjatta Anna Liisa Annikki Hannele Tuula Päivi Pirjo Sari Tiina Riitta Aino Eeva Minna Leena Sirpa Satu Marja-Leena Aila",
        "Juhani Johannes Mikael Olavi Antero Tapani Kalevi Matti Timo Kari Jari Mikko Pekka Heikki Jukka Markku Antti Seppo Hannu Ville Veikko Esa Pertti Raimo",
        "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen",
    ),
    "arabic": (  # Iraq, Syria, Lebanon, with Assyrian/Syriac names
        "Fatima Maryam Zainab Sara Noor Aya Layla Rania Hiba Amal Nour Rasha Huda Dima Lina Sana Hala Yasmin Reem Samira Shamiram Ninve Mariam Salma Zahra Nisrin",
        "Mohammed Ahmed Ali Mohamad Hassan Omar Hussein Ibrahim Khaled Mustafa Yousef Mahmoud Abdullah Karim Samir Ammar Ziad Bassam Rami Tariq Nabil Hamza Adnan Sargon Ninos Aziz Gabriel Elias Fadi Walid Aram Yaqub",
        "Ali Mohammed Ahmed Hassan Hussein Ibrahim Abdullah Khalil Saleh Mahmoud Al-Hashimi Jaber Haddad Kassab Khoury Shamoun Barsoum Saliba Gabriel Yousef Aziz Hanna Issa Jalal Najjar Darwish Abboud Mansour Nasser Al-Ali Karim Toma Yacoub Al-Jabouri Ishak Bahnan Aho",
    ),
    "somali": (
        "Fadumo Hodan Amina Sahra Ayan Hawa Asha Faadumo Khadija Sagal Hibaaq Nimco Ubah Deqa Maryan Ifrah Ladan Sucaad Idil Nasra",
        "Abdi Mohamed Ahmed Abdirahman Abdullahi Hassan Ali Omar Yusuf Ismail Hussein Abdiaziz Abdikarim Mahad Liban Said Farah Guled Bashir Warsame",
        "Mohamed Ahmed Abdi Hassan Ali Omar Warsame Farah Osman Hussein Jama Aden Nur Abdullahi Ismail Yusuf Mohamud Egal Dahir Hersi Duale Elmi Guled Jibril Abdirahman",
    ),
    "polish": (
        "Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Elżbieta Magdalena Joanna Zofia Aleksandra Monika Teresa Danuta Natalia Karolina Marta Beata Dorota Halina Jadwiga Justyna Grażyna",
        "Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Stanisław Jakub Adam Marek Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Maciej Kamil Rafał Robert Józef Przemysław",
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowicki Czarnecki Zawadzki Głowacki Wysocki Sokołowski Przybylski Ziółkowski",
    ),
    "persian": (
        "Fatemeh Maryam Zahra Shirin Parisa Leila Nasrin Mahnaz Azadeh Roya Samira Niloofar Mina Elham Golnar Sima Neda Bahar Ziba Soheila",
        "Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Majid Behrouz Farhad Babak Kourosh Dariush Arash Omid Navid Peyman Hassan Morteza Siamak Kaveh",
        "Mohammadi Hosseini Ahmadi Rezaei Moradi Karimi Jafari Rahimi Hashemi Mousavi Ghorbani Heidari Sadeghi Kazemi Rostami Akbari Shahbazi Tehrani Esfahani Najafi Farahani Bagheri Ebrahimi Amini Nouri Yazdani Salehi Asadi Zamani Abbasi",
    ),
    "bcs": (  # Bosnian, Serbian, Croatian
        "Amra Amela Lejla Selma Emina Aida Mirela Jasmina Ana Marija Jelena Ivana Milica Snežana Vesna Dragana Sanja Mirjana Nermina Azra Maja Tijana Ljiljana Suada Dijana",
        "Amir Adnan Senad Emir Nedim Mirza Haris Edin Dragan Zoran Goran Milan Nikola Marko Ivan Stefan Aleksandar Dejan Nenad Damir Mario Tomislav Josip Ante Kenan",
        "Hodžić Hadžić Kovačević Delić Begić Mehmedović Husić Ahmetović Hasanović Omerović Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Stanković Pavlović Horvat Kovačić Babić Marić Jurić Novak Knežević Vuković Popović Džafić Šehić Mujić Karić Halilović Alić Čolić Salihović Zukić Osmanović",
    ),
    "turkish": (
        "Fatma Ayşe Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hanife Merve Özlem Esra Hülya Yasemin Derya Gül Dilek Songül",
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah Mahmut Recep Emre Burak Serkan Kemal Cem Erkan",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Karakaya Erdoğan Güneş Aksoy Tekin Bulut Ünal Acar",
    ),
    "eritrean": (  # the father's name as surname
        "Helen Senait Semhar Luwam Selam Rahel Mebrat Hiwet Saba Tsega Winta Yordanos Elsa Freweyni Abrehet Nebiat Ruth Hanna Azieb Meron",
        "Yonas Tesfay Samuel Daniel Dawit Yohannes Mussie Filmon Amanuel Haile Tekle Berhane Mehari Ghebremedhin Kidane Merhawi Habtom Tewelde Efrem Henok",
        "Tesfamariam Haile Ghebreyesus Tekle Berhane Gebremedhin Kidane Woldemichael Mehari Andemariam Abraha Tesfay Yohannes Ghebrehiwet Habte Negash Asmerom Weldu Kahsay Bahta",
    ),
    "afghan": (
        "Fatima Maryam Zahra Masuda Shabnam Fereshta Nargis Parwana Roya Sima Madina Nazanin Khadija Marzia Halima Sakina Mursal Hosai Latifa Frozan",
        "Mohammad Ahmad Abdul Ali Mustafa Hamid Jawad Farid Najib Rahmatullah Ahmadullah Shafiq Habib Sayed Karim Nasir Wahid Zabihullah Ehsan Hussain Morteza Reza",
        "Ahmadi Mohammadi Hussaini Rahimi Sultani Hakimi Noori Amiri Karimi Stanikzai Popal Wardak Azizi Haidari Rezai Jafari Safi Sadat Yusufzai Barakzai Nazari Rasuli",
    ),
    "thai": (
        "Siriporn Supaporn Pranee Sunisa Nattaya Kanya Wanida Porntip Malee Jintana Ratana Somsri Pensri Thitima Saowalak Rattana Orathai Duangjai Sumalee Kannika",
        "Somchai Somsak Prasert Wichai Anan Chaiwat Sakchai Surachai Thanakorn Kittisak Nattapong Boonmee Pichai Sombat Thawatchai Apichat",
        "Saetang Srisuk Jaidee Chaiyaphum Wongsuwan Rattanakul Sukprasert Phromma Kaewkla Thongdee Boonyarat Somboon Intharasuk Chanthavong Pongpanich Suksawat Kongkaew Sriprasert Phanthong Yodsri",
    ),
    "latin": (  # Chile and Latin America, two surnames
        "María Carolina Claudia Patricia Ana Carmen Daniela Camila Francisca Verónica Paulina Marcela Javiera Valentina Lorena Rosa Ximena Isabel Gabriela Sofía",
        "José Juan Luis Carlos Jorge Manuel Pedro Francisco Miguel Sergio Patricio Cristián Rodrigo Pablo Alejandro Diego Héctor Ricardo Víctor Marcelo Andrés Felipe",
        "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez Castro Pizarro Álvarez Vásquez Sánchez Fernández",
    ),
    "kurdish": (
        "Shilan Nazdar Berivan Hana Rojin Shirin Avin Dilan Evin Bahar Jiyan Roza Ronak Narin Zilan Gulistan Kajal Sozan Lana Hêvî",
        "Azad Rebwar Sherzad Karwan Dilshad Shvan Hemin Kawa Baran Rizgar Aram Dler Zana Serwan Soran Bakhtiar Ari Dara Hawre Shirwan",
        "Ahmed Mohammed Abdullah Karim Rashid Aziz Mahmoud Kurdi Barzani Amin Hussein Qadir Salih Jaff Hawrami Mustafa Ismail Bakir Omer Faraj Sabir Rasul",
    ),
    "indian": (
        "Priya Anjali Divya Pooja Neha Sneha Kavya Lakshmi Deepa Swati Shreya Anita Sunita Meera Aishwarya Ramya Nisha Pallavi Shweta Radha",
        "Rahul Amit Rajesh Vikram Arjun Sanjay Anil Sunil Ravi Suresh Karthik Vijay Prakash Deepak Manoj Nikhil Rohit Srinivas Venkatesh Aditya",
        "Sharma Patel Singh Kumar Gupta Reddy Rao Iyer Nair Shah Mehta Joshi Agarwal Verma Chopra Menon Pillai Krishnan Das Banerjee Mukherjee Desai Kulkarni Bhat",
    ),
}

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(ranked(SV_F, 150), ranked(SV_M, 150), ranked(SV_S, 150)),
    "us": Origin(census(US_F, 150), census(US_M, 150), census(US_S, 150)),
    "uk": Origin(ranked(UK_F, 100), ranked(UK_M, 100), ranked(UK_S, 150)),
    "irish": Origin(ranked(IE_F, 20), ranked(IE_M, 20), ranked(IE_S, 40)),
    **{
        key: Origin(ranked(f, 10), ranked(m, 10), ranked(s, 10)) for key, (f, m, s) in OTHER.items()
    },
}

# Who is named, per language of the text: Swedish the most in Swedish and mixed text.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 68, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "turkish": 1.5, "afghan": 1.5, "kurdish": 1.5, "eritrean": 1.2, "thai": 1,
        "latin": 1, "indian": 0.8, "uk": 0.6, "us": 0.5, "irish": 0.3,
    },
    "en": {
        "us": 36, "uk": 30, "irish": 14, "swedish": 7, "indian": 3, "polish": 2, "latin": 2,
        "arabic": 1.5, "finnish": 0.8, "somali": 0.8, "turkish": 0.7, "persian": 0.7, "bcs": 0.5,
        "eritrean": 0.4, "afghan": 0.4, "kurdish": 0.3, "thai": 0.4,
    },
    "mixed": {
        "swedish": 50, "uk": 10, "us": 9, "irish": 3, "arabic": 5, "finnish": 3, "polish": 3,
        "bcs": 2, "persian": 2, "indian": 2, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5,
        "afghan": 1.2, "eritrean": 1, "thai": 1, "latin": 1,
    },
}  # fmt: skip

# Short forms people go by, per origin and given name.
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": {
        "Lars": ("Lasse",), "Mikael": ("Micke",), "Joakim": ("Jocke",), "Karl": ("Kalle",),
        "Per": ("Pelle", "Perra"), "Thomas": ("Tompa",), "Magnus": ("Manne",), "Jan": ("Janne",),
        "Hans": ("Hasse",), "Bengt": ("Bengan",), "Ulf": ("Uffe",), "Rolf": ("Roffe",),
        "Robert": ("Robban",), "Tobias": ("Tobbe",), "Mattias": ("Matte",), "Marcus": ("Mackan",),
        "Christer": ("Krille",), "Kristian": ("Krille",), "Sebastian": ("Sebbe",), "Fredrik": ("Fredde",),
        "Niklas": ("Nicke",), "Alexander": ("Alex",), "Viktor": ("Vicke",), "Oskar": ("Ogge",),
        "Gustav": ("Gurra", "Gusse"), "Bo": ("Bosse",), "Stefan": ("Steffe",), "Leif": ("Leffe",),
        "Lennart": ("Lelle",), "Daniel": ("Danne",), "Jonas": ("Jonte",), "Anders": ("Ante",),
        "Kristina": ("Stina", "Kicki"), "Christina": ("Kicki", "Stina"), "Elisabeth": ("Lisa", "Bettan"),
        "Elisabet": ("Lisa", "Lisbeth"), "Charlotta": ("Lotta",), "Charlotte": ("Lotta",),
        "Margareta": ("Maggan", "Greta"), "Katarina": ("Kajsa", "Katta"), "Susanne": ("Sussie", "Sanna"),
        "Birgitta": ("Gittan", "Bittan"), "Annika": ("Anki",), "Kerstin": ("Kickan",),
        "Victoria": ("Vickan",), "Viktoria": ("Vickan",), "Caroline": ("Carro",), "Matilda": ("Tilda",),
        "Josefin": ("Josse",), "Linnéa": ("Linn",), "Rebecka": ("Becka",), "Cecilia": ("Cilla",),
        "Pernilla": ("Nilla",), "Helena": ("Lena",), "Alexandra": ("Alex",), "Barbro": ("Babban",),
    },
    "us": {
        "Robert": ("Bob", "Rob", "Bobby"), "William": ("Bill", "Will"),
        "Elizabeth": ("Liz", "Beth"), "Jennifer": ("Jen", "Jenny"), "Michael": ("Mike",),
        "James": ("Jim", "Jimmy"), "Christopher": ("Chris",), "Margaret": ("Peggy", "Maggie"),
        "Richard": ("Rick", "Dick"), "Thomas": ("Tom",), "Joseph": ("Joe",), "Daniel": ("Dan",),
        "Patricia": ("Pat", "Trish"), "Katherine": ("Kate", "Kathy"), "Susan": ("Sue",),
        "Anthony": ("Tony",), "Edward": ("Ed", "Ted"), "Matthew": ("Matt",), "Andrew": ("Andy",),
        "Nicholas": ("Nick",), "Charles": ("Charlie", "Chuck"), "Deborah": ("Debbie",),
        "Kimberly": ("Kim",), "Steven": ("Steve",), "Timothy": ("Tim",), "Rebecca": ("Becky",),
        "Jessica": ("Jess",), "Samuel": ("Sam",), "Benjamin": ("Ben",), "Donald": ("Don",),
    },
    "uk": {
        "William": ("Will", "Bill"), "Elizabeth": ("Liz", "Beth"), "Michael": ("Mick", "Mike"),
        "James": ("Jim", "Jamie"), "Christopher": ("Chris",), "Margaret": ("Maggie", "Peggy"),
        "Thomas": ("Tom",), "Daniel": ("Dan",), "Samuel": ("Sam",), "Alexander": ("Alex",),
        "Stephen": ("Steve",), "Richard": ("Rich",), "Robert": ("Rob", "Bob"), "Andrew": ("Andy",),
        "Catherine": ("Cathy", "Kate"), "Rebecca": ("Becky",), "Victoria": ("Vicky",),
        "Jacqueline": ("Jackie",), "Deborah": ("Debbie",), "Frederick": ("Fred",), "Edward": ("Ted",),
        "Nicholas": ("Nick",), "Anthony": ("Tony",), "Kenneth": ("Ken",), "Raymond": ("Ray",),
    },
    "irish": {
        "Patrick": ("Paddy", "Pat"), "Michael": ("Mick", "Mikey"), "Margaret": ("Peggy", "Maggie"),
        "Bridget": ("Biddy", "Bridie"), "Kevin": ("Kev",), "Declan": ("Dec",), "Thomas": ("Tom",),
        "James": ("Jim",), "Catherine": ("Kate",), "Gerard": ("Ger",), "Daniel": ("Dan",),
    },
}  # fmt: skip
