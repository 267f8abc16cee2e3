# ruff: noqa: E501
"""Name pools of held-out bx (fifty-fifth writer): names as the population has them.

Every list is in the order of how often people carry the name, written from general knowledge
of the public statistics (SCB's name statistics for Sweden, the ONS rankings for England and
Wales, the commonest names of the origins common in Sweden) or copied from a public-domain
source (the US Census 1990 lists `dist.female.first`, `dist.male.first`, `dist.all.last`, with
their per cents as weights). Where a list has no per cent, the weight is 1/rank. A list's head
is its top part (about 150 names for the big lists); the rest is its tail of rarer names.
No name was checked against any list of the project, and none was left out for being known or
unknown. An underscore in a name stands for a space (`von_Platen`).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word is drawn from a list's head with this probability, else its tail


def words(text: str) -> list[str]:
    return [w.replace("_", " ") for w in text.split()]


@dataclass
class Pool:
    names: list[str]
    weights: list[float]
    head: int


def ranked(text: str, head: int = 150) -> Pool:
    """A list in frequency order, weight 1/rank; duplicates keep their first rank."""
    seen: list[str] = []
    for name in words(text):
        if name not in seen:
            seen.append(name)
    return Pool(seen, [1 / (i + 1) for i in range(len(seen))], min(head, len(seen)))


def weighted(pairs: list[tuple[str, float]], head: int = 150) -> Pool:
    return Pool([n for n, _ in pairs], [w for _, w in pairs], head)


def plain(word: str) -> str:
    """A name typed without its letters (`Wiśniewski` -> `Wisniewski`); Swedish å ä ö stay."""
    keep = {
        "å": "å",
        "ä": "ä",
        "ö": "ö",
        "Å": "Å",
        "Ä": "Ä",
        "Ö": "Ö",
        "ł": "l",
        "Ł": "L",
        "ı": "i",
        "İ": "I",
        "đ": "dj",
        "Đ": "Dj",
        "ß": "ss",
    }
    out = []
    for ch in word:
        if ch in keep:
            out.append(keep[ch])
        else:
            out.append(
                "".join(
                    c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)
                )
            )
    return "".join(out)


def ascii_mail(word: str) -> str:
    """A name as it stands in an e-mail address's local part."""
    word = (
        word.replace("å", "a")
        .replace("ä", "a")
        .replace("ö", "o")
        .replace("Å", "A")
        .replace("Ä", "A")
        .replace("Ö", "O")
    )
    word = word.replace("ü", "u").replace("Ü", "U").replace("é", "e")
    return plain(word).lower().replace(" ", "").replace("-", "").replace("'", "")


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it (`Kowalski` -> `Kowalska`)."""
    if surname.endswith(("ski", "cki", "dzki")):
        return surname[:-1] + "a"
    return surname


# Sweden: given names of women, in the order of SCB's statistics of all ages (head ~150, then a
# tail of rarer names). Written from general knowledge; weight 1/rank.
SV_F = ranked(
    """
Anna Eva Maria Karin Sara Kristina Lena Emma Kerstin Marie Ingrid Malin Jenny Linda Hanna
Birgitta Elin Inger Annika Sofia Ulla Susanne Johanna Elisabeth Monica Julia Camilla Ida Carina
Helena Åsa Margareta Anneli Therese Linnéa Ebba Elsa Maja Alice Gunilla Agneta Ella Wilma
Matilda Josefin Sandra Ulrika Cecilia Frida Lisa Amanda Katarina Marianne Viktoria Anette
Caroline Emelie Jessica Lina Barbro Siv Yvonne Agnes Astrid Klara Alva Moa Louise Britt Gun
Pia Sofie Ann Mona Ingela Charlotte Madeleine Sanna Felicia Olivia Emilia Nathalie Evelina
Stina Ellen Tove Gunnel Rebecka Anita Irene Ewa Elvira Saga Freja Ronja Tilda Vera Signe Selma
Nora Lova Stella Thea Liv Alma Isabelle Mikaela Petra Veronica Annelie Jeanette Helen Lisbeth
Gerd Maj Kristin Margit Elsie Ingegerd Inga Gudrun Rut Karolina Lea Nova Hedvig Ester Edith
Elise Linn Jennie Märta Greta Sigrid Ines Mira Hilda Iris Ellinor Tuva Nellie Molly Emmy Fatima
Kajsa Carolina Marita Mia Erika Nina Pernilla Gabriella Lovisa Ylva
"""
    + """
Vendela Tyra Juni Livia Leia Luna Minna Mila Tindra Hilma Edla Ellie Alicia Amelia Filippa
Jasmine Cornelia Hedda Majken Siri Svea Elina Novalie Nicole Melissa Angelica Sabina Jonna
Josefina Natalie Mathilda Alexandra Beatrice Bodil Berit Solveig Ragnhild Dagny Ingeborg Hjördis
Gunvor Gunbritt Majvor Elvy Evy Laila Lilian Marlene Ramona Rigmor Sonja Svea Tina Tanja
Annette Madelene Michaela Paulina Rakel Regina Rosa Sylvia Silvia Viola Ylva Zara Yasmin Amira
Maryam Aisha Leyla Zeinab Amina Hawa Noor Sara Dalia Rana Elif Zeynep Jasmina Emina Aida Lejla
Anja Agata Dorota Joanna Katja Marja Pirjo Tuula Sirpa Riitta Päivi Aino Helmi Sanna Hilla
Aurora Beata Bella Boel Carin Catharina Dagmar Daniela Denise Desirée Dorotea Eira Elna
Emelia Estelle Fanny Gertrud Gisela Harriet Hillevi Ingalill Irma Isa Jill Judit Kim Lilly
Lisen Liselott Lotta Lydia Malva Margaretha Marina Marit Meja Melina Milla Miranda Monika Nadja
Noomi Olga Paula Rebecca Renée Rosita Ruth Sally Selina Senja Sigrun Sissela Stefanie Tekla
Tora Valborg Vanessa Wendela Alexia Alina Annie Ava Charlie Cassandra Clara Elle Eleonor
Ellen Emmeli Evelin Fredrika Frideborg Gullvi Gunhild Hanne Helga Henrietta Ida Idun Ingbritt
Inez Isabella Jannike Johanne Jolin Josephine Kristel Leonora Lilja Linea Louisa Lucia Märit
Majlis Margot Matilde Mirjam Moira Mollie Nancy Nelly Ottilia Penny Rose Sigbritt Solbritt
Sofi Stine Susann Tilde Tova Ulrica Vilhelmina Vivianne Yvette Alexandrine Agnetha Anki Birgit Britta Doris Elisa
Elsy Ethel Flora Frances Gull Hélène Iréne Jenna Jeanna Kaisa Lotten Maud Nanna Ninni Tea
""",
    head=150,
)
# Men's given names, likewise.
SV_M = ranked(
    """
Lars Mikael Anders Johan Erik Per Karl Peter Thomas Jan Daniel Fredrik Hans Andreas Stefan
Mohammed Bo Magnus Mats Nils Marcus Jonas Martin Mattias Alexander Leif Björn Oskar Henrik
Sven Ulf Patrik Bengt Viktor Emil Göran Christer William Gustav David Niklas Tommy Simon
Roger Kent Robert Rolf Anton Filip Lennart Jonathan Kjell Sebastian Robin Christian Hugo Stig
Jakob Tobias Åke Adam Ali Axel Håkan Joakim Rasmus Kenneth Elias Gunnar Jörgen Lucas Dennis
Olof Oliver Ludvig Isak Liam Claes Albin Linus Arne Jesper Kurt Hampus Jimmy Torbjörn Dan
Lukas Kristoffer Gabriel Noah Rickard Ahmed Elliot Samuel Olle Måns Theo Edvin Vincent Melvin
Leo Benjamin Valter Ingvar Roland Bertil Sune Rune Allan Gösta Conny Ronny Pontus Ola Josef
Max Felix Johannes Tor Ove Sten Krister Mohamed Göte Carl Alf Ingemar Tomas Benny Eric Harald
Wilhelm Love Alvin August Frans Sixten Charlie Loke Milo Vilgot Otto Arvid Folke Ebbe Ville
"""
    + """
Omar Hassan Hussein Ibrahim Yusuf Abdi Mustafa Mehmet Amir Reza Milan Dragan Zoran Mirza Emir
Jukka Mika Pekka Matti Kari Heikki Janne Tomasz Piotr Krzysztof Marek Andrzej Artur Ivan Oleksandr
Agne Alfons Algot Anselm Aron Assar Bernt Birger Bruno Casper Curt Dag Douglas Edgar Edvard
Einar Eskil Evert Fabian Ferdinand Fritjof Gerhard Gert Gilbert Gottfrid Gunder Gustaf Halvar
Hannes Harry Helge Henning Holger Hilding Ingmar Ivar Jack Jarl Jens Jerker Jim Joel John
Jon Jonatan Julius Kalle Kasper Kevin Knut Konrad Kristian Lage Leon Levi Lorentz Love Malte
Manfred Melker Mauritz Mio Morgan Nicklas Nicolas Noel Odd Olav Ossian Paul Petter Pär Ragnar
Ralf Reine Rikard Roine Ruben Rudolf Runar Sam Sigge Sigurd Sivert Staffan Sture Svante Sylve
Ted Teodor Thor Tim Tage Tony Torsten Ture Uno Valdemar Verner Vidar Viggo Vilhelm Yngve Åsmund
Örjan Östen Adrian Alex Bror Bill Calle Charles Christoffer Colin Daniele Dean
Egon Elis Elof Emanuel Enar Erland Fredric Gideon Gorm Hardy Herbert Hjalmar
Inge Isac Jacob Jeremias Joar Jöns Kai Kim Lage Lauri Linus Loui Ludwig Magni Marius Matheo
Melwin Mille Nathan Nelson Niclas Nikola Noa Oscar Patric Pelle Samir Seth Sigvard
Stellan Sverker Teo Tord Truls Ulrik Valentin Walter Wille Yngvar Abbe Adolf Albert Anwar
Arthur Bela Benjamin Boris Börje Dick Eddie Emin Evald Fritz Gunnvald Hilmer Hubert Ismail
Johnny Kenny Lasse Leopold Lias Matti Mohammad Nikolai Orvar Saad Stanley Torgny
Torvald Tristan Wiktor Yasin Zakaria Younes Juhani Håkon Maximilian Ebbe Edward
""",
    head=150,
)
# Surnames in the order of SCB's surname statistics; the commonest names of newer Swedes stand
# where they rank (`Ali`, `Mohammed`, `Ahmed`, `Hassan`), noble names with particles in the tail.
SV_S = ranked(
    """
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lundgren Lind Lundqvist Mattsson
Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed Engström Eklund
Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Fransson
Bergqvist Nyström Holmberg Ahmed Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson
Nordström Mårtensson Lundström Hassan Viklund Björklund Eliasson Pålsson Berggren Sandström
Lund Nordin Ström Åberg Hermansson Ekström Holmgren Sundberg Hedlund Dahlberg Hellström Sjögren
Abrahamsson Falk Öberg Andreasson Månsson Blom Ek Martinsson Strand Åkesson Jonasson Norberg
Hussein Lindholm Dahl Sundström Nordqvist Sjöstrand Ekman Hedberg Lindblom Holmqvist Nylander
Mohamed Ibrahim Söderström Sundqvist Aronsson Forsman Åström Nyman Ottosson Hedström Lindahl
Hägglund Jeppsson Strömberg Malmberg Wiklund Boström Lindell Östlund Ingvarsson Sandén Borg
Larsen Knutsson Jacobsson Östman Ivarsson Omar Lindén Adolfsson Nieminen Kristiansson Edlund
Nielsen Höglund Rosén Dahlgren Sjödin Göransson Augustsson Wallén Lindroth Nordlund Lundholm
"""
    + """
Abdi Abdullahi Yusuf Osman Mahmoud Khalil Saleh Jama Warsame Farah Nguyen Tran Kaya Yilmaz
Korhonen Virtanen Mäkinen Nowak Kowalski Hodžić Jovanović Rahimi Hosseini Karimi Mohammadi
Rostami Ahmadi Haddad Hanna Gabriel Yousef Khoury Eid Issa Aziz Rasul Amin Mirza Novak
Backman Bergh Björn Brandt Burman Carlsson Cederholm Dahlin Ekberg Ekholm Engberg Enqvist
Falkenberg Fors Franzén Frisk Grahn Granberg Granlund Gran Hagberg Hallberg Hammar Hedin
Hedman Hellberg Holmström Hult Hultgren Hjalmarsson Jernberg Kjellberg Kling Kvist Lagerqvist
Lilja Linde Lindquist Lindwall Ljung Ljungberg Ljunggren Lundkvist Lundmark Löfström Malm
Modig Moberg Norén Norrman Nordgren Nordin Nordmark Norlin Nygren Olander Palm Pihl Rask
Rydberg Rydén Sahlin Sandin Schön Selin Sjölund Skog Sjöholm Stenberg Sten Stenström Strandberg
Sundin Svärd Söderlund Söderholm Thorén Tornberg Törnqvist Unger Vallin Vesterlund Wahlberg
Wahlström Westin Westerberg Widén Wikander Wågström Zetterberg Åkerman Åkerlund Åslund Älvén
Ågren Öhman Östberg Österberg Sundell Bäckström Bäck Berntsson Bohlin Brolin Carlberg Dahlqvist
Edström Ehn Elmqvist Ernst Fagerlund Fält Gustavsson Hammarström Haglund Helander Hesselberg
Hjort Hultman Jarl Josefsson Kihlberg Lager Lantz Lejon Liljegren Lindeberg Lindman Lorentzon
Lundell Lönn Mellberg Måns Nord Nordenskiöld Olausson Qvist Ringqvist Roos Rudberg Råberg
Sandell Sjöqvist Skoglund Sparre Stjernström Strömqvist Sund Swahn Tell Thelin Tholin
Valentin Vikström Wennberg Winberg Åhlund Örn von_Platen af_Klercker von_Sydow De_Geer
von_Essen af_Ugglas Wachtmeister von_Rosen Lewenhaupt Bonde Gyllenhaal Silfverschiöld
von_Schantz Adlercreutz Stiernstedt af_Trolle Ehrensvärd von_Knorring Cederschiöld
Ahlberg Almqvist Arnesson Bergendahl Bladh Blomberg Boman Dahlström Ericson Fahlén Gillberg
Holmlund Isberg Jacobson Lindeborg Ljungqvist Lundblad Nordberg Rehn Sundelin Thunberg Wall
""",
    head=150,
)
# Hyphenated given names as they are common (`Ann-Christin`, `Karl-Johan`): one Swedish person
# in about twenty has one, from this list mostly and otherwise two names of the pool joined.
SV_HYPHEN_F = ranked(
    """
Ann-Christin Ann-Marie Anna-Karin Ann-Charlotte Ann-Sofie Anna-Lena Ann-Louise Eva-Lena
Marie-Louise Ann-Britt Ulla-Britt Ann-Kristin Anna-Maria Lise-Lotte Eva-Karin Anna-Lisa
Maj-Britt Britt-Marie Ann-Katrin Ann-Mari Lena-Maria Anna-Clara Ella-Maria Karin-Lisa
""",
    head=10,
)
SV_HYPHEN_M = ranked(
    """
Karl-Johan Per-Olof Lars-Erik Jan-Erik Lars-Göran Per-Erik Jan-Olof Carl-Johan Nils-Erik
Bengt-Göran Per-Anders Lars-Olof Jan-Åke Sven-Erik Karl-Erik Hans-Olof Erik-Jan Lars-Gunnar
Jan-Ove Per-Arne Bo-Göran Lars-Åke Mats-Olof Jan-Olov Per-Ola Karl-Axel
""",
    head=10,
)

# The US: the Census 1990 lists (public domain), the first 400 women's and 400 men's given
# names and 420 surnames, with the census's per cent of people as the weight.
US_F: list[tuple[str, float]] = [
    ("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.98), ("Elizabeth",
    0.937), ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794), ("Margaret", 0.768),
    ("Dorothy", 0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667), ("Betty", 0.666),
    ("Helen", 0.663), ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565), ("Ruth", 0.562),
    ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.51), ("Sarah", 0.508), ("Kimberly",
    0.504), ("Deborah", 0.494), ("Jessica", 0.49), ("Shirley", 0.482), ("Cynthia", 0.469),
    ("Angela", 0.468), ("Melissa", 0.462), ("Brenda", 0.455), ("Amy", 0.451), ("Anna", 0.44),
    ("Rebecca", 0.43), ("Virginia", 0.43), ("Kathleen", 0.424), ("Pamela", 0.416), ("Martha",
    0.412), ("Debra", 0.408), ("Amanda", 0.404), ("Stephanie", 0.4), ("Carolyn", 0.385),
    ("Christine", 0.382), ("Marie", 0.379), ("Janet", 0.379), ("Catherine", 0.373), ("Frances",
    0.37), ("Ann", 0.364), ("Joyce", 0.364), ("Diane", 0.359), ("Alice", 0.357), ("Julie",
    0.348), ("Heather", 0.337), ("Teresa", 0.336), ("Doris", 0.335), ("Gloria", 0.335),
    ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315), ("Mildred", 0.313), ("Katherine",
    0.313), ("Joan", 0.306), ("Ashley", 0.303), ("Judith", 0.297), ("Rose", 0.296), ("Janice",
    0.285), ("Kelly", 0.283), ("Nicole", 0.281), ("Judy", 0.276), ("Christina", 0.275),
    ("Kathy", 0.272), ("Theresa", 0.271), ("Beverly", 0.267), ("Denise", 0.264), ("Tammy",
    0.259), ("Irene", 0.252), ("Jane", 0.25), ("Lori", 0.248), ("Rachel", 0.242), ("Marilyn",
    0.241), ("Andrea", 0.236), ("Kathryn", 0.234), ("Louise", 0.229), ("Sara", 0.229), ("Anne",
    0.228), ("Jacqueline", 0.228), ("Wanda", 0.226), ("Bonnie", 0.223), ("Julia", 0.223),
    ("Ruby", 0.221), ("Lois", 0.22), ("Tina", 0.22), ("Phyllis", 0.219), ("Norma", 0.218),
    ("Paula", 0.217), ("Diana", 0.216), ("Annie", 0.216), ("Lillian", 0.211), ("Emily", 0.208),
    ("Robin", 0.208), ("Peggy", 0.208), ("Crystal", 0.207), ("Gladys", 0.205), ("Rita", 0.204),
    ("Dawn", 0.202), ("Connie", 0.2), ("Florence", 0.2), ("Tracy", 0.197), ("Edna", 0.197),
    ("Tiffany", 0.195), ("Carmen", 0.195), ("Rosa", 0.194), ("Cindy", 0.192), ("Grace", 0.189),
    ("Wendy", 0.185), ("Victoria", 0.18), ("Edith", 0.179), ("Kim", 0.178), ("Sherry", 0.178),
    ("Sylvia", 0.177), ("Josephine", 0.177), ("Thelma", 0.175), ("Shannon", 0.175), ("Sheila",
    0.175), ("Ethel", 0.174), ("Ellen", 0.173), ("Elaine", 0.173), ("Marjorie", 0.173),
    ("Carrie", 0.171), ("Charlotte", 0.169), ("Monica", 0.166), ("Esther", 0.166), ("Pauline",
    0.165), ("Emma", 0.165), ("Juanita", 0.164), ("Anita", 0.162), ("Rhonda", 0.162), ("Hazel",
    0.161), ("Amber", 0.16), ("Eva", 0.159), ("Debbie", 0.157), ("April", 0.154), ("Leslie",
    0.154), ("Clara", 0.153), ("Lucille", 0.153), ("Jamie", 0.153), ("Joanne", 0.15),
    ("Eleanor", 0.15), ("Valerie", 0.149), ("Danielle", 0.149), ("Megan", 0.147), ("Alicia",
    0.146), ("Suzanne", 0.145), ("Michele", 0.145), ("Gail", 0.145), ("Bertha", 0.143),
    ("Darlene", 0.142), ("Veronica", 0.142), ("Jill", 0.142), ("Erin", 0.141), ("Geraldine",
    0.141), ("Lauren", 0.137), ("Cathy", 0.137), ("Joann", 0.136), ("Lorraine", 0.135), ("Lynn",
    0.135), ("Sally", 0.135), ("Regina", 0.133), ("Erica", 0.13), ("Beatrice", 0.13),
    ("Dolores", 0.129), ("Bernice", 0.128), ("Audrey", 0.127), ("Yvonne", 0.126), ("Annette",
    0.125), ("June", 0.125), ("Samantha", 0.124), ("Marion", 0.122), ("Dana", 0.122), ("Stacy",
    0.121), ("Ana", 0.12), ("Renee", 0.12), ("Ida", 0.118), ("Vivian", 0.118), ("Roberta",
    0.117), ("Holly", 0.117), ("Brittany", 0.117), ("Melanie", 0.116), ("Loretta", 0.115),
    ("Yolanda", 0.115), ("Jeanette", 0.115), ("Laurie", 0.114), ("Katie", 0.113), ("Kristen",
    0.111), ("Vanessa", 0.111), ("Alma", 0.111), ("Sue", 0.111), ("Elsie", 0.11), ("Beth",
    0.11), ("Jeanne", 0.109), ("Vicki", 0.109), ("Carla", 0.107), ("Tara", 0.107), ("Rosemary",
    0.107), ("Eileen", 0.105), ("Terri", 0.105), ("Gertrude", 0.103), ("Lucy", 0.103), ("Tonya",
    0.102), ("Ella", 0.101), ("Stacey", 0.101), ("Wilma", 0.099), ("Gina", 0.099), ("Kristin",
    0.099), ("Jessie", 0.098), ("Natalie", 0.098), ("Agnes", 0.098), ("Vera", 0.098), ("Willie",
    0.097), ("Charlene", 0.097), ("Bessie", 0.096), ("Delores", 0.095), ("Melinda", 0.094),
    ("Pearl", 0.094), ("Arlene", 0.094), ("Maureen", 0.092), ("Colleen", 0.092), ("Allison",
    0.092), ("Tamara", 0.092), ("Joy", 0.091), ("Georgia", 0.091), ("Constance", 0.091),
    ("Lillie", 0.09), ("Claudia", 0.09), ("Jackie", 0.09), ("Marcia", 0.09), ("Tanya", 0.089),
    ("Nellie", 0.089), ("Minnie", 0.089), ("Marlene", 0.088), ("Heidi", 0.088), ("Glenda",
    0.088), ("Lydia", 0.086), ("Viola", 0.086), ("Courtney", 0.086), ("Marian", 0.086),
    ("Stella", 0.085), ("Caroline", 0.085), ("Dora", 0.084), ("Jo", 0.083), ("Vickie", 0.082),
    ("Mattie", 0.081), ("Terry", 0.08), ("Maxine", 0.079), ("Irma", 0.079), ("Mabel", 0.078),
    ("Marsha", 0.078), ("Myrtle", 0.078), ("Lena", 0.077), ("Christy", 0.077), ("Deanna",
    0.076), ("Patsy", 0.076), ("Hilda", 0.075), ("Gwendolyn", 0.074), ("Jennie", 0.073),
    ("Nora", 0.073), ("Margie", 0.072), ("Nina", 0.072), ("Cassandra", 0.072), ("Leah", 0.072),
    ("Penny", 0.071), ("Kay", 0.071), ("Priscilla", 0.071), ("Naomi", 0.071), ("Carole", 0.071),
    ("Brandy", 0.07), ("Olga", 0.07), ("Billie", 0.069), ("Dianne", 0.069), ("Tracey", 0.069),
    ("Leona", 0.069), ("Jenny", 0.068), ("Felicia", 0.068), ("Sonia", 0.068), ("Miriam", 0.066),
    ("Velma", 0.066), ("Becky", 0.066), ("Bobbie", 0.065), ("Violet", 0.065), ("Kristina",
    0.065), ("Toni", 0.064), ("Misty", 0.063), ("Mae", 0.063), ("Shelly", 0.062), ("Daisy",
    0.062), ("Ramona", 0.062), ("Sherri", 0.062), ("Erika", 0.061), ("Katrina", 0.061),
    ("Claire", 0.061), ("Lindsey", 0.06), ("Lindsay", 0.06), ("Geneva", 0.059), ("Guadalupe",
    0.059), ("Belinda", 0.059), ("Margarita", 0.059), ("Sheryl", 0.059), ("Cora", 0.058),
    ("Faye", 0.058), ("Ada", 0.057), ("Natasha", 0.057), ("Sabrina", 0.057), ("Isabel", 0.057),
    ("Marguerite", 0.056), ("Hattie", 0.056), ("Harriet", 0.056), ("Molly", 0.055), ("Cecilia",
    0.055), ("Kristi", 0.055), ("Brandi", 0.055), ("Blanche", 0.055), ("Sandy", 0.055),
    ("Rosie", 0.055), ("Joanna", 0.055), ("Iris", 0.055), ("Eunice", 0.054), ("Angie", 0.054),
    ("Inez", 0.053), ("Lynda", 0.053), ("Madeline", 0.052), ("Amelia", 0.052), ("Alberta",
    0.052), ("Genevieve", 0.051), ("Monique", 0.051), ("Jodi", 0.051), ("Janie", 0.051),
    ("Maggie", 0.051), ("Kayla", 0.051), ("Sonya", 0.051), ("Jan", 0.051), ("Lee", 0.051),
    ("Kristine", 0.051), ("Candace", 0.051), ("Fannie", 0.05), ("Maryann", 0.05), ("Opal",
    0.05), ("Alison", 0.05), ("Yvette", 0.05), ("Melody", 0.05), ("Luz", 0.049), ("Susie",
    0.049), ("Olivia", 0.049), ("Flora", 0.049), ("Shelley", 0.049), ("Kristy", 0.048),
    ("Mamie", 0.048), ("Lula", 0.048), ("Lola", 0.048), ("Verna", 0.048), ("Beulah", 0.048),
    ("Antoinette", 0.048), ("Candice", 0.046), ("Juana", 0.046), ("Jeannette", 0.046), ("Pam",
    0.046), ("Kelli", 0.046), ("Hannah", 0.045), ("Whitney", 0.045), ("Bridget", 0.045),
    ("Karla", 0.044), ("Celia", 0.044), ("Latoya", 0.043), ("Patty", 0.043), ("Shelia", 0.043),
    ("Gayle", 0.043), ("Della", 0.043), ("Vicky", 0.043), ("Lynne", 0.043), ("Sheri", 0.042),
    ("Marianne", 0.042), ("Kara", 0.041), ("Jacquelyn", 0.041), ("Erma", 0.041), ("Blanca",
    0.041), ("Myra", 0.04), ("Leticia", 0.04), ("Pat", 0.04), ("Krista", 0.04), ("Roxanne",
    0.04), ("Angelica", 0.039), ("Johnnie", 0.039), ("Robyn", 0.039), ("Francis", 0.039),
    ("Adrienne", 0.039), ("Rosalie", 0.039), ("Alexandra", 0.039), ("Brooke", 0.039),
    ("Bethany", 0.039), ("Sadie", 0.039), ("Bernadette", 0.039)
]  # fmt: skip
US_M: list[tuple[str, float]] = [
    ("James", 3.318), ("John", 3.271), ("Robert", 3.143), ("Michael", 2.629), ("William",
    2.451), ("David", 2.363), ("Richard", 1.703), ("Charles", 1.523), ("Joseph", 1.404),
    ("Thomas", 1.38), ("Christopher", 1.035), ("Daniel", 0.974), ("Paul", 0.948), ("Mark",
    0.938), ("Donald", 0.931), ("George", 0.927), ("Kenneth", 0.826), ("Steven", 0.78),
    ("Edward", 0.779), ("Brian", 0.736), ("Ronald", 0.725), ("Anthony", 0.721), ("Kevin",
    0.671), ("Jason", 0.66), ("Matthew", 0.657), ("Gary", 0.65), ("Timothy", 0.64), ("Jose",
    0.613), ("Larry", 0.598), ("Jeffrey", 0.591), ("Frank", 0.581), ("Scott", 0.546), ("Eric",
    0.544), ("Stephen", 0.54), ("Andrew", 0.537), ("Raymond", 0.488), ("Gregory", 0.441),
    ("Joshua", 0.435), ("Jerry", 0.432), ("Dennis", 0.415), ("Walter", 0.399), ("Patrick",
    0.389), ("Peter", 0.381), ("Harold", 0.371), ("Douglas", 0.367), ("Henry", 0.365), ("Carl",
    0.346), ("Arthur", 0.335), ("Ryan", 0.328), ("Roger", 0.322), ("Joe", 0.321), ("Juan",
    0.316), ("Jack", 0.315), ("Albert", 0.314), ("Jonathan", 0.313), ("Justin", 0.311),
    ("Terry", 0.311), ("Gerald", 0.309), ("Keith", 0.308), ("Samuel", 0.306), ("Willie", 0.302),
    ("Ralph", 0.282), ("Lawrence", 0.282), ("Nicholas", 0.275), ("Roy", 0.273), ("Benjamin",
    0.27), ("Bruce", 0.263), ("Brandon", 0.26), ("Adam", 0.259), ("Harry", 0.251), ("Fred",
    0.251), ("Wayne", 0.249), ("Billy", 0.248), ("Steve", 0.246), ("Louis", 0.243), ("Jeremy",
    0.242), ("Aaron", 0.24), ("Randy", 0.232), ("Howard", 0.23), ("Eugene", 0.23), ("Carlos",
    0.229), ("Russell", 0.224), ("Bobby", 0.223), ("Victor", 0.222), ("Martin", 0.216),
    ("Ernest", 0.215), ("Phillip", 0.213), ("Todd", 0.213), ("Jesse", 0.209), ("Craig", 0.206),
    ("Alan", 0.204), ("Shawn", 0.2), ("Clarence", 0.197), ("Sean", 0.197), ("Philip", 0.197),
    ("Chris", 0.197), ("Johnny", 0.195), ("Earl", 0.193), ("Jimmy", 0.191), ("Antonio", 0.19),
    ("Danny", 0.19), ("Bryan", 0.19), ("Tony", 0.19), ("Luis", 0.189), ("Mike", 0.189),
    ("Stanley", 0.186), ("Leonard", 0.186), ("Nathan", 0.185), ("Dale", 0.184), ("Manuel",
    0.181), ("Rodney", 0.18), ("Curtis", 0.18), ("Norman", 0.177), ("Allen", 0.174), ("Marvin",
    0.171), ("Vincent", 0.168), ("Glenn", 0.167), ("Jeffery", 0.166), ("Travis", 0.166),
    ("Jeff", 0.166), ("Chad", 0.165), ("Jacob", 0.165), ("Lee", 0.162), ("Melvin", 0.162),
    ("Alfred", 0.162), ("Kyle", 0.16), ("Francis", 0.16), ("Bradley", 0.159), ("Jesus", 0.155),
    ("Herbert", 0.155), ("Frederick", 0.154), ("Ray", 0.153), ("Joel", 0.152), ("Edwin", 0.148),
    ("Don", 0.145), ("Eddie", 0.144), ("Ricky", 0.141), ("Troy", 0.138), ("Randall", 0.138),
    ("Barry", 0.134), ("Alexander", 0.132), ("Bernard", 0.127), ("Mario", 0.125), ("Leroy",
    0.125), ("Francisco", 0.124), ("Marcus", 0.124), ("Micheal", 0.123), ("Theodore", 0.123),
    ("Clifford", 0.123), ("Miguel", 0.122), ("Oscar", 0.122), ("Jay", 0.118), ("Jim", 0.118),
    ("Tom", 0.117), ("Calvin", 0.115), ("Alex", 0.115), ("Jon", 0.115), ("Ronnie", 0.113),
    ("Bill", 0.112), ("Lloyd", 0.112), ("Tommy", 0.112), ("Leon", 0.112), ("Derek", 0.112),
    ("Warren", 0.11), ("Darrell", 0.108), ("Jerome", 0.108), ("Floyd", 0.107), ("Leo", 0.106),
    ("Alvin", 0.105), ("Tim", 0.104), ("Wesley", 0.104), ("Gordon", 0.104), ("Dean", 0.104),
    ("Greg", 0.104), ("Jorge", 0.104), ("Dustin", 0.103), ("Pedro", 0.103), ("Derrick", 0.103),
    ("Dan", 0.101), ("Lewis", 0.099), ("Zachary", 0.099), ("Corey", 0.098), ("Herman", 0.097),
    ("Maurice", 0.097), ("Vernon", 0.097), ("Roberto", 0.097), ("Clyde", 0.095), ("Glen",
    0.094), ("Hector", 0.094), ("Shane", 0.093), ("Ricardo", 0.093), ("Sam", 0.092), ("Rick",
    0.091), ("Lester", 0.091), ("Brent", 0.09), ("Ramon", 0.09), ("Charlie", 0.09), ("Tyler",
    0.089), ("Gilbert", 0.089), ("Gene", 0.087), ("Marc", 0.087), ("Reginald", 0.084), ("Ruben",
    0.082), ("Brett", 0.082), ("Angel", 0.082), ("Nathaniel", 0.081), ("Rafael", 0.081),
    ("Leslie", 0.081), ("Edgar", 0.08), ("Milton", 0.08), ("Raul", 0.079), ("Ben", 0.078),
    ("Chester", 0.078), ("Cecil", 0.078), ("Duane", 0.077), ("Franklin", 0.077), ("Andre",
    0.076), ("Elmer", 0.074), ("Brad", 0.073), ("Gabriel", 0.073), ("Ron", 0.072), ("Mitchell",
    0.072), ("Roland", 0.072), ("Arnold", 0.072), ("Harvey", 0.072), ("Jared", 0.071),
    ("Adrian", 0.069), ("Karl", 0.069), ("Cory", 0.068), ("Claude", 0.068), ("Erik", 0.068),
    ("Darryl", 0.067), ("Jamie", 0.066), ("Neil", 0.066), ("Jessie", 0.065), ("Christian",
    0.065), ("Javier", 0.065), ("Fernando", 0.065), ("Clinton", 0.065), ("Ted", 0.064),
    ("Mathew", 0.064), ("Tyrone", 0.064), ("Darren", 0.064), ("Lonnie", 0.064), ("Lance",
    0.063), ("Cody", 0.063), ("Julio", 0.063), ("Kelly", 0.063), ("Kurt", 0.062), ("Allan",
    0.061), ("Nelson", 0.061), ("Guy", 0.06), ("Clayton", 0.06), ("Hugh", 0.06), ("Max", 0.059),
    ("Dwayne", 0.059), ("Dwight", 0.058), ("Armando", 0.058), ("Felix", 0.058), ("Jimmie",
    0.058), ("Everett", 0.057), ("Jordan", 0.056), ("Ian", 0.056), ("Wallace", 0.056), ("Ken",
    0.055), ("Bob", 0.055), ("Jaime", 0.055), ("Casey", 0.054), ("Alfredo", 0.054), ("Alberto",
    0.053), ("Dave", 0.053), ("Ivan", 0.053), ("Johnnie", 0.052), ("Sidney", 0.052), ("Byron",
    0.052), ("Julian", 0.052), ("Isaac", 0.051), ("Morris", 0.051), ("Clifton", 0.05),
    ("Willard", 0.05), ("Daryl", 0.05), ("Ross", 0.05), ("Virgil", 0.049), ("Andy", 0.049),
    ("Marshall", 0.049), ("Salvador", 0.049), ("Perry", 0.049), ("Kirk", 0.049), ("Sergio",
    0.049), ("Marion", 0.048), ("Tracy", 0.048), ("Seth", 0.048), ("Kent", 0.048), ("Terrance",
    0.048), ("Rene", 0.048), ("Eduardo", 0.047), ("Terrence", 0.047), ("Enrique", 0.046),
    ("Freddie", 0.046), ("Wade", 0.045), ("Austin", 0.044), ("Stuart", 0.044), ("Fredrick",
    0.043), ("Arturo", 0.043), ("Alejandro", 0.043), ("Jackie", 0.043), ("Joey", 0.043),
    ("Nick", 0.043), ("Luther", 0.043), ("Wendell", 0.042), ("Jeremiah", 0.042), ("Evan",
    0.042), ("Julius", 0.042), ("Dana", 0.042), ("Donnie", 0.041), ("Otis", 0.041), ("Shannon",
    0.04), ("Trevor", 0.04), ("Oliver", 0.04), ("Luke", 0.04), ("Homer", 0.04), ("Gerard",
    0.04), ("Doug", 0.04), ("Kenny", 0.039), ("Hubert", 0.039), ("Angelo", 0.039), ("Shaun",
    0.039), ("Lyle", 0.038), ("Matt", 0.038), ("Lynn", 0.038), ("Alfonso", 0.038), ("Orlando",
    0.037), ("Rex", 0.037), ("Carlton", 0.037), ("Ernesto", 0.037), ("Cameron", 0.037), ("Neal",
    0.037), ("Pablo", 0.036), ("Lorenzo", 0.036), ("Omar", 0.036), ("Wilbur", 0.036), ("Blake",
    0.036), ("Grant", 0.036), ("Horace", 0.036), ("Roderick", 0.036), ("Kerry", 0.036),
    ("Abraham", 0.035), ("Willis", 0.035), ("Rickey", 0.035), ("Jean", 0.035), ("Ira", 0.035),
    ("Andres", 0.034), ("Cesar", 0.034), ("Johnathan", 0.034), ("Malcolm", 0.034), ("Rudolph",
    0.034), ("Damon", 0.034), ("Kelvin", 0.034), ("Rudy", 0.034), ("Preston", 0.034), ("Alton",
    0.033), ("Archie", 0.033), ("Marco", 0.033), ("Wm", 0.033), ("Pete", 0.032), ("Randolph",
    0.032), ("Garry", 0.032), ("Geoffrey", 0.032), ("Jonathon", 0.032), ("Felipe", 0.032),
    ("Bennie", 0.032), ("Gerardo", 0.032), ("Ed", 0.032), ("Dominic", 0.032), ("Robin", 0.032),
    ("Loren", 0.032), ("Delbert", 0.031), ("Colin", 0.031), ("Guillermo", 0.031), ("Earnest",
    0.031), ("Lucas", 0.031), ("Benny", 0.03), ("Noel", 0.03), ("Spencer", 0.03), ("Rodolfo",
    0.03), ("Myron", 0.03), ("Edmund", 0.03), ("Garrett", 0.029), ("Salvatore", 0.029),
    ("Cedric", 0.029), ("Lowell", 0.029), ("Gregg", 0.029), ("Sherman", 0.028), ("Wilson",
    0.028), ("Devin", 0.028), ("Sylvester", 0.028), ("Kim", 0.028), ("Roosevelt", 0.028),
    ("Israel", 0.028), ("Jermaine", 0.028)
]  # fmt: skip
US_S: list[tuple[str, float]] = [
    ("Smith", 1.006), ("Johnson", 0.81), ("Williams", 0.699), ("Jones", 0.621), ("Brown",
    0.621), ("Davis", 0.48), ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor",
    0.311), ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.31), ("White", 0.279),
    ("Harris", 0.275), ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254), ("Martinez",
    0.234), ("Robinson", 0.233), ("Clark", 0.231), ("Rodriguez", 0.229), ("Lewis", 0.226),
    ("Lee", 0.22), ("Walker", 0.219), ("Hall", 0.2), ("Allen", 0.199), ("Young", 0.193),
    ("Hernandez", 0.192), ("King", 0.19), ("Wright", 0.189), ("Lopez", 0.187), ("Hill", 0.187),
    ("Scott", 0.185), ("Green", 0.183), ("Adams", 0.174), ("Baker", 0.171), ("Gonzalez", 0.166),
    ("Nelson", 0.162), ("Carter", 0.162), ("Mitchell", 0.16), ("Perez", 0.155), ("Roberts",
    0.153), ("Turner", 0.152), ("Phillips", 0.149), ("Campbell", 0.149), ("Parker", 0.146),
    ("Evans", 0.141), ("Edwards", 0.137), ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez",
    0.13), ("Morris", 0.125), ("Rogers", 0.123), ("Reed", 0.122), ("Cook", 0.12), ("Morgan",
    0.118), ("Bell", 0.117), ("Murphy", 0.117), ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper",
    0.113), ("Richardson", 0.112), ("Cox", 0.11), ("Howard", 0.11), ("Ward", 0.108), ("Torres",
    0.108), ("Peterson", 0.107), ("Gray", 0.106), ("Ramirez", 0.105), ("James", 0.105),
    ("Watson", 0.103), ("Brooks", 0.103), ("Kelly", 0.102), ("Sanders", 0.1), ("Price", 0.099),
    ("Bennett", 0.099), ("Wood", 0.098), ("Barnes", 0.097), ("Ross", 0.096), ("Henderson",
    0.095), ("Coleman", 0.095), ("Jenkins", 0.095), ("Perry", 0.094), ("Powell", 0.093),
    ("Long", 0.092), ("Patterson", 0.092), ("Hughes", 0.092), ("Flores", 0.092), ("Washington",
    0.092), ("Butler", 0.091), ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales", 0.087),
    ("Bryant", 0.087), ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084), ("Diaz",
    0.084), ("Hayes", 0.083), ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082), ("Graham",
    0.082), ("Sullivan", 0.081), ("Wallace", 0.081), ("Woods", 0.08), ("Cole", 0.08), ("West",
    0.08), ("Jordan", 0.078), ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077),
    ("Ellis", 0.077), ("Harrison", 0.076), ("Gibson", 0.075), ("McDonald", 0.075), ("Cruz",
    0.075), ("Marshall", 0.075), ("Ortiz", 0.075), ("Gomez", 0.075), ("Murray", 0.074),
    ("Freeman", 0.074), ("Wells", 0.073), ("Webb", 0.072), ("Simpson", 0.07), ("Stevens", 0.07),
    ("Tucker", 0.07), ("Porter", 0.069), ("Hunter", 0.069), ("Hicks", 0.069), ("Crawford",
    0.068), ("Henry", 0.068), ("Boyd", 0.068), ("Mason", 0.068), ("Morales", 0.067), ("Kennedy",
    0.067), ("Warren", 0.067), ("Dixon", 0.066), ("Ramos", 0.066), ("Reyes", 0.066), ("Burns",
    0.065), ("Gordon", 0.065), ("Shaw", 0.065), ("Holmes", 0.065), ("Rice", 0.064),
    ("Robertson", 0.064), ("Hunt", 0.063), ("Black", 0.063), ("Daniels", 0.062), ("Palmer",
    0.062), ("Mills", 0.061), ("Nichols", 0.06), ("Grant", 0.06), ("Knight", 0.06), ("Ferguson",
    0.059), ("Rose", 0.059), ("Stone", 0.059), ("Hawkins", 0.059), ("Dunn", 0.058), ("Perkins",
    0.058), ("Hudson", 0.058), ("Spencer", 0.057), ("Gardner", 0.057), ("Stephens", 0.057),
    ("Payne", 0.057), ("Pierce", 0.056), ("Berry", 0.056), ("Matthews", 0.056), ("Arnold",
    0.056), ("Wagner", 0.055), ("Willis", 0.055), ("Ray", 0.055), ("Watkins", 0.055), ("Olson",
    0.055), ("Carroll", 0.055), ("Duncan", 0.055), ("Snyder", 0.055), ("Hart", 0.054),
    ("Cunningham", 0.054), ("Bradley", 0.054), ("Lane", 0.054), ("Andrews", 0.054), ("Ruiz",
    0.054), ("Harper", 0.054), ("Fox", 0.053), ("Riley", 0.053), ("Armstrong", 0.053),
    ("Carpenter", 0.053), ("Weaver", 0.053), ("Greene", 0.053), ("Lawrence", 0.052), ("Elliott",
    0.052), ("Chavez", 0.052), ("Sims", 0.052), ("Austin", 0.052), ("Peters", 0.052), ("Kelley",
    0.052), ("Franklin", 0.051), ("Lawson", 0.051), ("Fields", 0.051), ("Gutierrez", 0.051),
    ("Ryan", 0.051), ("Schmidt", 0.051), ("Carr", 0.051), ("Vasquez", 0.051), ("Castillo",
    0.051), ("Wheeler", 0.051), ("Chapman", 0.05), ("Oliver", 0.05), ("Montgomery", 0.049),
    ("Richards", 0.049), ("Williamson", 0.049), ("Johnston", 0.049), ("Banks", 0.048), ("Meyer",
    0.048), ("Bishop", 0.048), ("McCoy", 0.048), ("Howell", 0.048), ("Alvarez", 0.048),
    ("Morrison", 0.048), ("Hansen", 0.047), ("Fernandez", 0.047), ("Garza", 0.047), ("Harvey",
    0.047), ("Little", 0.046), ("Burton", 0.046), ("Stanley", 0.046), ("Nguyen", 0.046),
    ("George", 0.046), ("Jacobs", 0.046), ("Reid", 0.046), ("Kim", 0.045), ("Fuller", 0.045),
    ("Lynch", 0.045), ("Dean", 0.045), ("Gilbert", 0.045), ("Garrett", 0.045), ("Romero",
    0.045), ("Welch", 0.044), ("Larson", 0.044), ("Frazier", 0.044), ("Burke", 0.044),
    ("Hanson", 0.043), ("Day", 0.043), ("Mendoza", 0.043), ("Moreno", 0.043), ("Bowman", 0.043),
    ("Medina", 0.042), ("Fowler", 0.042), ("Brewer", 0.042), ("Hoffman", 0.042), ("Carlson",
    0.042), ("Silva", 0.042), ("Pearson", 0.042), ("Holland", 0.042), ("Douglas", 0.041),
    ("Fleming", 0.041), ("Jensen", 0.041), ("Vargas", 0.041), ("Byrd", 0.041), ("Davidson",
    0.041), ("Hopkins", 0.041), ("May", 0.04), ("Terry", 0.04), ("Herrera", 0.04), ("Wade",
    0.04), ("Soto", 0.04), ("Walters", 0.04), ("Curtis", 0.04), ("Neal", 0.039), ("Caldwell",
    0.039), ("Lowe", 0.039), ("Jennings", 0.039), ("Barnett", 0.039), ("Graves", 0.039),
    ("Jimenez", 0.039), ("Horton", 0.039), ("Shelton", 0.039), ("Barrett", 0.039), ("Obrien",
    0.039), ("Castro", 0.039), ("Sutton", 0.038), ("Gregory", 0.038), ("McKinney", 0.038),
    ("Lucas", 0.038), ("Miles", 0.038), ("Craig", 0.038), ("Rodriquez", 0.037), ("Chambers",
    0.037), ("Holt", 0.037), ("Lambert", 0.037), ("Fletcher", 0.037), ("Watts", 0.037),
    ("Bates", 0.037), ("Hale", 0.037), ("Rhodes", 0.037), ("Pena", 0.037), ("Beck", 0.037),
    ("Newman", 0.036), ("Haynes", 0.036), ("McDaniel", 0.036), ("Mendez", 0.036), ("Bush",
    0.036), ("Vaughn", 0.036), ("Parks", 0.035), ("Dawson", 0.035), ("Santiago", 0.035),
    ("Norris", 0.035), ("Hardy", 0.035), ("Love", 0.035), ("Steele", 0.035), ("Curry", 0.035),
    ("Powers", 0.035), ("Schultz", 0.035), ("Barker", 0.035), ("Guzman", 0.034), ("Page",
    0.034), ("Munoz", 0.034), ("Ball", 0.034), ("Keller", 0.034), ("Chandler", 0.034), ("Weber",
    0.034), ("Leonard", 0.034), ("Walsh", 0.033), ("Lyons", 0.033), ("Ramsey", 0.033), ("Wolfe",
    0.033), ("Schneider", 0.033), ("Mullins", 0.033), ("Benson", 0.033), ("Sharp", 0.033),
    ("Bowen", 0.033), ("Daniel", 0.033), ("Barber", 0.032), ("Cummings", 0.032), ("Hines",
    0.032), ("Baldwin", 0.032), ("Griffith", 0.032), ("Valdez", 0.032), ("Hubbard", 0.032),
    ("Salazar", 0.032), ("Reeves", 0.032), ("Warner", 0.031), ("Stevenson", 0.031), ("Burgess",
    0.031), ("Santos", 0.031), ("Tate", 0.031), ("Cross", 0.031), ("Garner", 0.031), ("Mann",
    0.031), ("Mack", 0.031), ("Moss", 0.031), ("Thornton", 0.031), ("Dennis", 0.031), ("McGee",
    0.031), ("Farmer", 0.03), ("Delgado", 0.03), ("Aguilar", 0.03), ("Vega", 0.03), ("Glover",
    0.03), ("Manning", 0.03), ("Cohen", 0.03), ("Harmon", 0.03), ("Rodgers", 0.03), ("Robbins",
    0.03), ("Newton", 0.03), ("Todd", 0.03), ("Blair", 0.03), ("Higgins", 0.03), ("Ingram",
    0.03), ("Reese", 0.03), ("Cannon", 0.03), ("Strickland", 0.03), ("Townsend", 0.03),
    ("Potter", 0.03), ("Goodwin", 0.03), ("Walton", 0.03), ("Rowe", 0.029), ("Hampton", 0.029),
    ("Ortega", 0.029), ("Patton", 0.029), ("Swanson", 0.029), ("Joseph", 0.029), ("Francis",
    0.029), ("Goodman", 0.029), ("Maldonado", 0.029), ("Yates", 0.029), ("Becker", 0.029),
    ("Erickson", 0.029), ("Hodges", 0.029), ("Rios", 0.029), ("Conner", 0.029), ("Adkins",
    0.029), ("Webster", 0.028), ("Norman", 0.028), ("Malone", 0.028), ("Hammond", 0.028),
    ("Flowers", 0.028), ("Cobb", 0.028), ("Moody", 0.028), ("Quinn", 0.028), ("Blake", 0.028),
    ("Maxwell", 0.028), ("Pope", 0.028), ("Floyd", 0.027), ("Osborne", 0.027), ("Paul", 0.027),
    ("McCarthy", 0.027), ("Guerrero", 0.027), ("Lindsey", 0.027), ("Estrada", 0.027),
    ("Sandoval", 0.027), ("Gibbs", 0.027), ("Tyler", 0.027), ("Gross", 0.027), ("Fitzgerald",
    0.027), ("Stokes", 0.027), ("Doyle", 0.027), ("Sherman", 0.027)
]  # fmt: skip

# The UK: given names in the order of the ONS rankings of babies' names over the decades people
# now at work were born in (1960s to 2000s), surnames in the order of the commonest surnames of
# England and Wales; general knowledge, 1/rank.
UK_F = ranked(
    """
Sarah Emma Claire Laura Rebecca Nicola Helen Rachel Lisa Michelle Emily Jessica Hannah Lucy
Amy Charlotte Sophie Katie Victoria Louise Karen Susan Julie Elizabeth Joanne Kelly Amanda
Jennifer Samantha Catherine Jane Alison Margaret Angela Deborah Tracy Donna Caroline Gemma
Lauren Chloe Olivia Amelia Isla Ava Grace Mia Poppy Ella Lily Isabella Sophia Jade Natalie
Kirsty Hayley Stephanie Zoe Anna Jodie Kerry Leanne Dawn Mary Patricia Linda Sandra Carol
Wendy Gillian Lynn Fiona Paula Diane Heather Joanne Kate Ruth Sally Jackie Abigail Megan Holly
Georgia Ellie Eleanor Freya Evie Phoebe Ruby Jasmine Molly Millie Alice Florence Harriet
Natasha Danielle Sian Bethany Shannon Rosie Imogen Maisie Daisy Scarlett Erin Lydia Layla
Esme Matilda Willow Ivy Elsie Aisha Fatima Zara Priya Anjali Kiran Maryam Ayesha Amira
Beverley Janet Christine Pauline Lesley Jacqueline Maureen Elaine Shirley Sharon Tina Andrea
"""
    + """
Rosemary Teresa Valerie Gail Hilary Judith Yvonne Jean Brenda Barbara Sheila Joan Irene Doreen
Pamela Moira Kathleen Eileen Bridget Siobhan Naomi Miriam Esther Beth Bryony Cerys Ffion Carys
Rhian Nia Megan Mhairi Morag Kirstin Eilidh Ailsa Iona Skye Orla Niamh Ciara Aoife Roisin
Tamsin Verity Harriet Clementine Imogen Tabitha Felicity Philippa Juliet Annabel Camilla
Penelope Rosalind Marianne Stacey Kayleigh Chantelle Courtney Leah Ellie-May Brooke Paige
Demi Kayla Tia Keira Sienna Darcey Summer Autumn Harper Aria Luna Thea Nancy Edith Mabel
Iris Hazel Violet Sylvia Doris Betty Peggy Ethel Winifred Gladys Muriel Agnes Hilda Dorothy
""",
    head=130,
)
UK_M = ranked(
    """
David James John Paul Michael Andrew Mark Richard Daniel Christopher Matthew Thomas Robert
Peter Stephen Simon Steven Ian Jonathan Gary Anthony Lee Martin Neil Darren Craig Stuart
Adam Jamie Ben Benjamin Samuel Joshua Jack Oliver Harry George William Luke Ryan Liam Nathan
Alexander Charlie Jacob Thomas Oscar Noah Leo Freddie Alfie Archie Henry Edward Joseph Callum
Connor Kieran Jordan Dean Wayne Carl Shaun Scott Kevin Graham Alan Colin Keith Brian Kenneth
Philip Timothy Nicholas Jason Gareth Russell Barry Tony Nigel Trevor Malcolm Derek Roger
Dylan Ethan Harvey Max Jake Tyler Kyle Reece Bradley Lewis Owen Rhys Aaron Elliot Toby
Mohammed Muhammad Ahmed Ali Omar Hamza Yusuf Arjun Rohan Ravi Sanjay Imran Tariq Bilal Hassan
Theo Arthur Jude Louie Reggie Albie Ronnie Rory Finley Teddy Sebastian Hugo Isaac Elijah
Frederick Patrick Sean Declan Gavin Ross Fraser Euan Angus Hamish Alistair Duncan Graeme Iain
"""
    + """
Adrian Clive Geoffrey Raymond Terence Dennis Leslie Malcolm Roy Norman Gordon Frank Stanley
Harold Albert Ernest Walter Leonard Ronald Donald Douglas Gerald Bernard Cyril Maurice Rupert
Giles Crispin Hugh Jeremy Julian Quentin Rhodri Dafydd Gethin Iwan Cai Emyr Gruffydd Niall
Cormac Ciaran Eoin Padraig Ruairi Lachlan Struan Kai Mason Ashton Brandon Tristan Jenson
Stanley Ralph Otis Ezra Caleb Felix Zachary Gabriel Luca Rocco Dominic Vincent Marcus Miles
""",
    head=130,
)
UK_S = ranked(
    """
Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson
Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner
Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott
Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter
Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson
Ellis Adams Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain
Campbell Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher
Stevens Jenkins Murray Dixon Harvey Graham Pearson Ahmed Fletcher Walsh Kaur Gibson Howard
Andrews Stewart Elliott Reynolds Saunders Payne Fox Ford Pearce Day Brooks West Lawrence Cole
Atkinson Bradley Spencer Gill Dawson Ball Burton O'Brien Watts Rose Booth Perry Ryan Grant
Wells Armstrong Francis Rees Hayes Hart Hudson Newman Barrett Webster Hunter Gregory Carr
"""
    + """
Lowe Page Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland Hawkins Harding Porter
Robertson Newton Oliver Reed Kennedy Williamson Bird Gardner Shah Dean Lane Cooke Bates
Henderson Parry Burgess Bishop Walton Burns Nicholson Shepherd Ross Cross Long Freeman Warren
Nicholls Hamilton Byrne Sutton McDonald Yates Hodgson Robson Curtis Hopkins O'Connor Harper
Coleman Watkins Moss McCarthy Chambers O'Neill Griffin Sharp Hardy Wheeler Potter Osborne
Johnston Gordon Doyle Wallace George Jordan Hutchinson Rowe Burke May Pritchard Gilbert Willis
Higgins Read Miles Stevenson Stephenson Hammond Arnold Buckley Walters Hewitt Barber Nelson
Slater Austin Sullivan Whitehead Mann Frost Lambert Stephens Blake Akhtar Lynch Goodwin Barton
Woodward Thomson Cunningham Quinn Barnett Baxter Bibi Clayton Nash Greenwood Jennings Holt
Kemp Poole Gallagher Bond Stokes Tucker Davidson Fowler Heath Norman Middleton Lees Banks
French Jarvis Thornton Hanson Lord Fraser Sanders Pugh Dyer Howell Ashton Hodges Kirby Bolton
""",
    head=150,
)


@dataclass
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def small(f: str, m: str, s: str, head: int = 10) -> Origin:
    return Origin(ranked(f, head), ranked(m, head), ranked(s, head))


US_POOLS = Origin(weighted(US_F), weighted(US_M), weighted(US_S))
ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_F, SV_M, SV_S),
    "uk": Origin(UK_F, UK_M, UK_S),
    "us": US_POOLS,
    # Finland (and Sweden Finns): Finnish given names and the commonest Finnish surnames.
    "finnish": small(
        "Anne Tuula Päivi Sari Riitta Marja Pirjo Leena Hanna Kaisa Aino Helmi Sirpa Minna Johanna Satu Anu Heli Eija Tiina Aila Raija Laura Emilia",
        "Juha Timo Matti Kari Mikko Jari Antti Jukka Pekka Heikki Markku Seppo Janne Ville Tuomas Petri Hannu Jouni Sami Eero Olli Lauri Teemu",
        "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen",
    ),
    # Iraq and Syria (Arabic, and Assyrian/Syriac Christian names).
    "arabic": small(
        "Fatima Maryam Zainab Noor Sara Amina Layla Rana Hiba Dalia Yasmin Huda Reem Nadia Lina Rasha Shahad Aya Mariam Hanan Shirin Nisreen Ghada Randa Marlin Nahrain",
        "Mohammed Ahmed Ali Hussein Omar Mustafa Ibrahim Hassan Yousef Khaled Abdullah Karim Mahmoud Saad Ammar Haider Bashar Firas Samer Rami Tarek Ayman Adnan Ninos Fadi Sargon",
        "Ali Mohammed Hassan Hussein Ahmed Ibrahim Abbas Saleh Khalil Haddad Mahmoud Aziz Jaber Hamad Al-Jaburi Al-Obaidi Al-Saadi Issa Yousef Gabriel Hanna Toma Shamoun Khoury Barsoum Eid Najjar Darwish Kassem Suleiman",
    ),
    "somali": small(
        "Hodan Faduma Amina Hawa Sahra Asha Ifrah Sagal Hibo Nasra Khadra Ayaan Fartun Ubah Ladan Deeqa Ikran Muna",
        "Abdi Mohamed Ahmed Abdullahi Hassan Ali Omar Yusuf Abdirahman Abdiaziz Mahad Liban Farah Hamza Guled Bashir Ismail Said",
        "Mohamed Ahmed Ali Abdi Hassan Abdullahi Omar Yusuf Farah Warsame Jama Osman Hussein Nur Aden Egal Dahir Ismail Hersi Mohamud Abdillahi Gure",
    ),
    "polish": small(
        "Anna Katarzyna Maria Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Elżbieta Joanna Aleksandra Monika Zofia Dorota Justyna Beata Natalia Paulina Marta",
        "Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Jakub Adam Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Marek Kamil Rafał Bartosz",
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Wojciechowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek",
    ),
    "persian": small(
        "Maryam Fatemeh Zahra Sara Leila Shirin Nasrin Parisa Mahsa Roya Azadeh Niloufar Neda Yasaman Shabnam Golnaz Soheila Mina",
        "Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Majid Behrouz Farhad Dariush Babak Kaveh Arash Omid Payam Navid Kian",
        "Mohammadi Hosseini Ahmadi Rezaei Karimi Rahimi Moradi Jafari Hashemi Sadeghi Ghasemi Mousavi Rostami Abbasi Zamani Kazemi Tehrani Shirazi Farahani Ebrahimi Najafi Bagheri Azizi",
    ),
    "bcs": small(
        "Emina Amra Lejla Ajla Jasmina Mirela Vesna Jelena Ana Maja Dragana Sanja Snežana Marija Adna Selma Azra Alma Ivana Nermina",
        "Emir Adnan Mirza Edin Amir Haris Dragan Zoran Milan Goran Nenad Dejan Ivan Marko Stefan Senad Mehmed Kenan Tarik Elvis",
        "Hodžić Hadžić Kovačević Jovanović Petrović Nikolić Marković Đorđević Begić Mehmedović Delić Babić Karić Husić Omerović Ibrahimović Popović Ilić Horvat Mujić Alić Salihović Pavlović",
    ),
    "turkish": small(
        "Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Sultan Hülya Derya Esra Büşra Gül Selin Merve Özlem Aylin",
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Emre Burak Yusuf Ömer Serkan Kemal Cem Can Volkan Erdem",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Erdoğan",
    ),
    "kurdish": small(
        "Rojda Berfin Dilan Zilan Hêvî Rozerin Nesrin Gulistan Delal Avin Shilan Viyan Roj Sozdar Berivan",
        "Rebin Dilshad Sherzad Karwan Aram Hawar Baran Zana Azad Shivan Rezan Alan Dler Rawand Serhat",
        "Ahmad Rasul Aziz Karim Mahmoud Mustafa Qadir Hama Osman Amin Barzani Doski Hawrami Saleh Rashid",
    ),
    "eritrean": small(
        "Helen Senait Yordanos Mebrat Saba Tsega Selam Rahel Lidya Hanna Feven Winta Tsehay Meron Eden",
        "Yonas Daniel Samuel Dawit Tesfay Tekle Michael Amanuel Filmon Yohannes Biniam Robel Henok Abraham Mehari",
        "Tesfay Gebremariam Tekle Ghebreyesus Haile Berhane Kidane Tesfamariam Yohannes Mehari Woldu Habte Ghirmay Kahsay Asfaha",
    ),
    "afghan": small(
        "Fatima Maryam Zahra Nazanin Marzia Sakina Freshta Mursal Parwana Shabana Nilofar Zarmina Khadija Hamida Sima",
        "Mohammad Ahmad Ali Hamid Mustafa Jawad Rahim Hussain Zabihullah Najibullah Farid Nasir Sayed Reza Alireza",
        "Ahmadi Hussaini Rahimi Mohammadi Hakimi Karimi Sultani Noori Amiri Rezaie Nazari Jafari Haidari Stanikzai Popal Wardak",
    ),
    "thai": small(
        "Siriporn Sumalee Malee Wanida Pranee Nittaya Kanya Suda Supaporn Ratana Kanokwan Pornthip Jintana Lamai Sunisa",
        "Somchai Somsak Sombat Prasert Anan Chaiwat Narong Surachai Wichai Thanawat Kittipong Nattapong Pongsak Sakchai Boonmee",
        "Saetang Srisuk Wongsawat Chaiyaporn Rattanakul Sukprasert Phromma Jaidee Kaewmanee Boonyarat Thongdee Pattanapong Intharakul Somboon",
    ),
    "latin": small(
        "María Carolina Paola Daniela Camila Valentina Francisca Javiera Andrea Claudia Patricia Verónica Carmen Gabriela Lorena Marcela Ximena Fernanda",
        "José Juan Luis Carlos Jorge Francisco Pablo Diego Sebastián Matías Cristián Rodrigo Felipe Manuel Andrés Eduardo Patricio Héctor",
        "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez Castro",
    ),
    "indian": small(
        "Priya Anjali Pooja Neha Divya Sneha Kavita Sunita Deepa Lakshmi Meera Anita Shreya Aishwarya Ritu Swati Nisha Kavya Ananya Aditi",
        "Rahul Amit Rajesh Sanjay Vijay Suresh Ramesh Anil Arjun Vikram Rohit Sandeep Manoj Ravi Karthik Arun Nikhil Prakash Deepak Aditya",
        "Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Rao Shah Joshi Mehta Agarwal Verma Das Chatterjee Banerjee Menon Pillai Desai Kapoor Malhotra Bhat Krishnan Mishra Srinivasan",
        head=12,
    ),
    "chinese": small(
        "Li Mei Xiu Ying Jing Yan Hui Lan Fang Xin Yu Ting Jie Na Qian",
        "Wei Jun Hao Lei Jian Ming Tao Qiang Yong Bo Chen Feng Jie Peng Long",
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin He",
    ),
    "ukrainian": small(
        "Olena Tetiana Iryna Natalia Svitlana Oksana Yulia Kateryna Anastasiia Mariia Olha Viktoriia Halyna Liudmyla Daria",
        "Oleksandr Serhii Andrii Volodymyr Dmytro Oleh Mykola Ivan Yurii Vasyl Maksym Viktor Ihor Bohdan Taras",
        "Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar Tkachuk Marchenko Lysenko Rudenko Savchenko",
    ),
    # Suppliers' and customers' people abroad, for English and mixed rows.
    "german": small(
        "Sabine Susanne Petra Claudia Andrea Stefanie Julia Katharina Anja Nicole Birgit Monika Lena Laura Sandra Jana",
        "Thomas Michael Andreas Stefan Christian Markus Frank Jürgen Klaus Matthias Tobias Florian Jan Uwe Dirk Sebastian",
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann",
    ),
    "dutch": Origin(
        ranked(
            "Anna Emma Sanne Lisa Linda Marieke Femke Anouk Esther Ingrid Monique Saskia Maaike Lotte Eva Ilse",
            10,
        ),
        ranked(
            "Jan Pieter Kees Willem Hendrik Joost Bas Thijs Daan Sander Jeroen Ruud Bram Maarten Niels Erik",
            10,
        ),
        ranked(
            "de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit Meijer de_Boer Mulder de_Groot Bos Vos Peters Hendriks van_Leeuwen Dekker Brouwer",
            10,
        ),
    ),
    "irish": small(
        "Mary Siobhán Aoife Niamh Ciara Sinéad Orla Róisín Aisling Gráinne Emma Sarah Catherine Caoimhe Eimear Deirdre",
        "Seán Patrick Conor Ciarán Declan Cian Darragh Eoin Liam Michael John Padraig Niall Oisín Colm Fergal",
        "Murphy Kelly O'Sullivan Walsh O'Brien Byrne Ryan O'Connor O'Neill O'Reilly Doyle McCarthy Gallagher Doherty Kennedy Lynch Murray Quinn Moore McLoughlin Carroll Connolly Daly Brennan",
    ),
}
# Who is named, per language of the row: roughly Sweden's population in Swedish text, the US
# and the UK with their own immigration in English text (suppliers, carriers, customers).
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 68, "arabic": 6, "finnish": 3.5, "polish": 2.5, "bcs": 2.5, "persian": 2.5,
        "somali": 1.8, "kurdish": 1.5, "turkish": 1.5, "afghan": 1.3, "eritrean": 1.2,
        "ukrainian": 1.2, "thai": 1, "latin": 1, "indian": 1, "chinese": 0.7, "uk": 0.6,
        "us": 0.5, "german": 0.5,
    },
    "en": {
        "us": 34, "uk": 30, "indian": 8, "swedish": 8, "irish": 5, "german": 2.5, "dutch": 2,
        "polish": 2, "arabic": 1.5, "chinese": 1.5, "latin": 1.5, "finnish": 0.8, "turkish": 0.8,
        "somali": 0.6,
    },
    "mixed": {
        "swedish": 50, "uk": 9, "us": 8, "indian": 4, "arabic": 4, "finnish": 2.5, "polish": 2.5,
        "german": 2, "bcs": 2, "persian": 2, "dutch": 1.5, "irish": 1.5, "somali": 1.2,
        "turkish": 1.2, "kurdish": 1, "afghan": 1, "eritrean": 1, "latin": 1, "ukrainian": 1,
        "thai": 0.8, "chinese": 0.8,
    },
}  # fmt: skip
# Short forms and nicknames as people write them, by origin and given name.
NICKNAMES: dict[str, dict[str, list[str]]] = {
    "swedish": {
        "Lars": ["Lasse"], "Mikael": ["Micke"], "Karl": ["Kalle"], "Per": ["Pelle", "Pär"],
        "Joakim": ["Jocke"], "Thomas": ["Tompa"], "Magnus": ["Manne"], "Marcus": ["Mackan"],
        "Fredrik": ["Fredde"], "Robert": ["Robban"], "Patrik": ["Patte"], "Kristoffer": ["Krille"],
        "Gustav": ["Gurra", "Gustav"], "Alexander": ["Alex"], "Sebastian": ["Sebbe"],
        "Daniel": ["Danne"], "Niklas": ["Nicke"], "Sven": ["Svenne"], "Hans": ["Hasse"],
        "Lennart": ["Lelle"], "Kenneth": ["Kenta"], "Torbjörn": ["Tobbe"], "Tobias": ["Tobbe"],
        "Jan": ["Janne"], "Anders": ["Ante"], "Johannes": ["Jojje"], "Christian": ["Chrille"],
        "Jonathan": ["Jonte"], "Andreas": ["Andy"], "Albin": ["Abbe"], "Mattias": ["Matte"],
        "Elisabeth": ["Bettan", "Lisa"], "Kristina": ["Kicki", "Stina"], "Margareta": ["Maggan"],
        "Birgitta": ["Bittan", "Gittan"], "Susanne": ["Sussie"], "Charlotte": ["Lotta"],
        "Katarina": ["Kattis"], "Johanna": ["Jossan"], "Josefin": ["Jossan"], "Camilla": ["Millan"],
        "Kerstin": ["Kickan"], "Annika": ["Anki"], "Ann-Christin": ["Anki"], "Ulrika": ["Ullis"],
        "Viktoria": ["Vickan"], "Madeleine": ["Madde"], "Gunilla": ["Gullan"], "Barbro": ["Babbs"],
        "Jessica": ["Jessie"], "Therese": ["Tessan"], "Agneta": ["Agge"], "Gabriella": ["Gabbi"],
        "Karl-Johan": ["Kalle"], "Per-Olof": ["Pelle"], "Lars-Erik": ["Lasse"],
    },
    "uk": {
        "Elizabeth": ["Liz", "Beth"], "Robert": ["Rob", "Bob"], "William": ["Will", "Bill"],
        "Michael": ["Mike", "Mick"], "James": ["Jim", "Jamie"], "Christopher": ["Chris"],
        "Jennifer": ["Jen", "Jenny"], "Catherine": ["Kate", "Cathy"], "Margaret": ["Maggie"],
        "Richard": ["Rich", "Rick"], "Thomas": ["Tom"], "Daniel": ["Dan"], "Joseph": ["Joe"],
        "Anthony": ["Tony", "Ant"], "Rebecca": ["Becky", "Bex"], "Samantha": ["Sam"],
        "Alexander": ["Alex"], "Matthew": ["Matt"], "Andrew": ["Andy"], "David": ["Dave"],
        "Stephen": ["Steve"], "Nicholas": ["Nick"], "Benjamin": ["Ben"], "Edward": ["Ed", "Ted"],
        "Jonathan": ["Jon"], "Victoria": ["Vicky"], "Deborah": ["Debbie"], "Susan": ["Sue"],
        "Timothy": ["Tim"], "Jessica": ["Jess"], "Charlotte": ["Charlie", "Lottie"],
        "Alexandra": ["Alex"], "Nicola": ["Nicky"], "Philip": ["Phil"], "Gareth": ["Gaz"],
        "Samuel": ["Sam"], "Joshua": ["Josh"], "Katie": ["Kat"], "Patricia": ["Trish"],
    },
    "us": {
        "Elizabeth": ["Liz", "Beth"], "Robert": ["Rob", "Bob", "Bobby"], "William": ["Will", "Bill"],
        "Michael": ["Mike"], "James": ["Jim", "Jimmy"], "Christopher": ["Chris"],
        "Jennifer": ["Jen", "Jenny"], "Katherine": ["Kate", "Katie"], "Margaret": ["Peggy", "Maggie"],
        "Richard": ["Rick", "Dick"], "Thomas": ["Tom"], "Daniel": ["Dan", "Danny"], "Joseph": ["Joe"],
        "Anthony": ["Tony"], "Rebecca": ["Becky"], "Kimberly": ["Kim"], "Matthew": ["Matt"],
        "Andrew": ["Andy", "Drew"], "David": ["Dave"], "Steven": ["Steve"], "Nicholas": ["Nick"],
        "Patricia": ["Pat", "Patty"], "Deborah": ["Deb"], "Susan": ["Sue"], "Timothy": ["Tim"],
        "Gregory": ["Greg"], "Jessica": ["Jess"], "Charles": ["Chuck", "Charlie"],
        "Kenneth": ["Ken"], "Ronald": ["Ron"], "Donald": ["Don"], "Raymond": ["Ray"],
        "Barbara": ["Barb"], "Cynthia": ["Cindy"], "Pamela": ["Pam"], "Christine": ["Chris"],
    },
    "irish": {"Patrick": ["Paddy", "Pat"], "Michael": ["Mick"], "Seán": ["Seánie"], "Catherine": ["Kate"], "Margaret": ["Peg"]},
    "indian": {"Venkatesh": ["Venky"], "Rajesh": ["Raj"], "Vikram": ["Vicky"], "Karthik": ["Karthi"], "Aishwarya": ["Aish"]},
    "german": {"Andreas": ["Andi"], "Matthias": ["Matze"], "Katharina": ["Kathi"], "Stefanie": ["Steffi"], "Christian": ["Chris"]},
    "finnish": {"Juha": ["Jussi"], "Mikko": ["Mikke"], "Johanna": ["Jonna"]},
    "arabic": {"Mohammed": ["Mo", "Moe"], "Abdullah": ["Abdul"]},
}  # fmt: skip
