# ruff: noqa: E501
"""Name pools of held-out DE (issue 15): names as the population has them, weighted by how often
people carry them. Python data, written by DE's writer from general knowledge of SCB's name
statistics (Swedish given names and surnames, in rank order), the ONS rankings (UK), and the
commonest names of the origins common in Sweden and around its seas; the US lists are the Census
1990 files `dist.female.first`, `dist.male.first` and `dist.all.last` (public domain) as the
`names` package ships them, with the census per cent as weight. No name was checked against
anything in the repository, and none was left out for being known or unknown.

Every list is in rank order. Ranked lists weigh a name 1/rank; the census lists their per cent.
A name word is drawn from a list's head (the first `head` names) with probability `HEAD_SHARE`,
else from its tail, by weight inside each part.
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


def words(text: str) -> tuple[str, ...]:
    """A list written as words; `_` joins the words of one name (`von_Platen`)."""
    return tuple(w.replace("_", " ") for w in text.split())


def ranked(names: tuple[str, ...], head: int) -> Pool:
    """Weight 1/rank."""
    assert len(set(names)) == len(names), [n for n in names if names.count(n) > 1]
    return Pool(names, tuple(1 / rank for rank in range(1, len(names) + 1)), min(head, len(names)))


def census(rows: tuple[tuple[str, float], ...], head: int) -> Pool:
    """The census per cent as weight."""
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


# Sweden, in the order of SCB's name statistics (all people registered; given names as first
# names). Head: the first 150; tail: the rarer names past them.
SV_F = words(
    """
    Anna Eva Maria Karin Kristina Lena Sara Kerstin Emma Ingrid Marie Malin Jenny Birgitta Hanna
    Inger Annika Linda Susanne Elin Monica Johanna Ulla Sofia Carina Elisabeth Katarina Helena
    Marianne Ida Julia Anneli Gunilla Sandra Camilla Åsa Margareta Cecilia Anette Therese Jessica
    Caroline Lisa Agneta Linnéa Ulrika Elsa Frida Josefin Amanda Alice Maja Ebba Matilda Barbro Siv
    Elisabet Louise Viktoria Emelie Moa Ella Wilma Klara Gun Ann Britt Lina Ellen Astrid Agnes Pia
    Erika Marita Lovisa Felicia Ronja Nathalie Isabelle Jennifer Madeleine Petra Mona Charlotte
    Yvonne Ingegerd Gunnel Margaretha Britt-Marie Ann-Christin Ann-Marie Maj Hedvig Olivia Selma
    Alva Stella Vera Saga Nora Tilda Elvira Tove Emilia Isabella Mikaela Rebecka Sanna Mia Jeanette
    Sonja Irene Kristin Mari Anita Margit Ingela Maud Ylva Elina Ewa Harriet Solveig Lilian Karolina
    Catarina Ingeborg Gerd Berit Lillemor Signe Sigrid Tyra Linn Mira Ester Alma Freja Nellie Meja
    Tuva Thea Elise Vendela Sofie Natalie Fatima Ann-Sofie Eva-Lena Anna-Karin Gudrun Märta Rosita
    Lillian Marina Susann Sylvia Kicki Carin Veronica Charlotta Annelie Evelina Josefine Emmy
    Cornelia Majvor Gunvor Inga Birgit Elsie Greta Iris Viola Edit Doris Gunhild Elvy Vivi
    Ulla-Britt Ingalill Gullvi Dagny Majken Ragnhild Svea Britta Ann-Louise Marie-Louise Mariana
    Lejla Amina Leila Zeynep Noor Hiba Sahra Amal Maryam Zahra Yasmin Aisha Nadia Laila Sabina
    Jasmina Dragana Irena Katja Tiina Marja Pirjo Riitta Anja Heidi Rakel Miriam Judit Hilda Hulda
    Elvi Agda Alfhild Anny Asta Aurora Bodil Cajsa Kajsa Dahlia Diana Edla Eleonora Ellinor Elna
    Elsy Emelia Engla Filippa Fanny Flora Frideborg Gabriella Gertrud Gisela Gunbritt Helmi
    Henrietta Hildur Hillevi Idun Ines Inez Irma Isa Jane Jill Jonna Juni Karla Katrin Kim Kristel
    Lea Leia Lena-Maria Lilly Liv Liz Lo Lova Lykke Madelen Magdalena Majlis Malva Mathilda Mathilde
    Meta Minna Mollie My Myra Nanna Nelly Nina Noomi Ottilia Paulina Rebecca Rigmor Ruth Sally
    Signhild Siri Sissela Solbritt Stina Svanhild Teresia Tora Tindra Tuulikki Ulla-Karin Valborg
    Vanja Vilma Vivianne Yrsa Agnetha Annette Betty Carola Desirée Eivor Elly Emy Evy Fredrika Gunn
    Göta Hjördis Ingbritt Ingmari Irja Jenni Josephine Karina Laura Lisbeth Lisen Lotten Magda
    Majbritt Malou Margot Mariann Marit Märit Nadja Nancy Olga Patricia Pernilla Regina Rosa
    Rose-Marie Sigbritt Sonia Stefanie Susanna Tanja Tina Ulrica Viveka Wivi Yasmine Zara Åse Hilma
    Kristine Lisette Melina Nova Leona Siw Majvi Gunvi Ingvor Aino Ann-Kristin Anne
    """
)
SV_M = words(
    """
    Lars Mikael Anders Johan Erik Per Karl Peter Jan Thomas Daniel Fredrik Hans Andreas Stefan
    Marcus Magnus Mattias Jonas Niklas Bengt Alexander Oskar Martin Bo Nils Leif Henrik Göran
    Christer Björn Patrik Ulf Viktor David Simon Kent Filip Gustav Emil Jakob Sebastian Robert Anton
    Kjell Christian Rolf Lennart Tommy William Roger Sven Hugo Elias Joakim Åke Rickard Lucas Axel
    Tobias Gunnar Adam Oliver Isak Ludvig Jesper Kenneth Dan Linus Mats Carl Jonathan Kevin Robin
    Liam Theo Noah Gösta Arne Olof Stig Roland Rune Ingemar Torbjörn Tomas Claes Håkan Jörgen Jimmy
    Joel Albin Max Leo Vincent Melvin Elliot Hampus Rasmus Edvin Felix Samuel Benjamin Josef Olle
    Ove Sören Pontus Kurt Mohammed Lars-Erik Karl-Erik Per-Olof Jan-Erik Bertil Alf Sture Jens
    Birger Tage Allan Ivar Arvid Harald Gustaf Folke Ali Jacob Mohamed Wilhelm Eric Dennis Johnny
    Conny Glenn Börje Lage Tord Valter Mikail Ahmed Omar Hassan Emanuel Ibrahim Yusuf Abdi Hussein
    Dragan Zoran Juha Matti Kari Jari Mehmet Reza Christoffer Kristoffer Kristian Sixten Ingvar Gert
    Ronny Thor Nicklas Krister Lennarth Per-Anders Jan-Olof Lars-Göran Nils-Erik Karl-Johan
    Hans-Erik Per-Erik Sven-Erik Bror Evert Holger Hilding Einar Eskil Ragnar Sigurd Sigvard Torsten
    Tor Yngve Åsmund Ebbe Elis Enok Erland Frans Fritiof Gunne Halvar Helge Henning Herbert Hjalmar
    Inge John Jon Kalle Knut Konrad Kristofer Manfred Melker Måns Nore Otto Paul Pär Ragnvald Rikard
    Ruben Sigge Ture Uno Vidar Vilhelm Vilgot Wiktor Algot Alvar Alve Ante Aron Bill Casper Charlie
    Colin Dante Douglas Eddie Edward Eliot Frank Gabriel Gideon Harry Henry Ian Isac Ivan Jack Jamie
    Joar Joshua Julian Julius Kasper Loke Love Lukas Malte Matheo Milo Milton Morgan Nelson Nicolas
    Noel Omid Orvar Rafael Ralf Ronnie Sam Sigfrid Tim Timo Titus Valdemar Walter Wille Wilmer Yasin
    Zakaria Ådne Östen Curt Egon Elof Enar Gillis Gottfrid Helmer Hilmer Ingmar Jarl Jöran Kennet
    Laban Leopold Lorentz Melcher Mons Nathan Natanael Olov Osvald Patric Rurik Sivert Staffan
    Svante Sölve Teodor Torgny Urban Verner Viggo Åsbjörn Sten Stellan Arnold Assar Benny
    Christopher Tony Oscar Adrian Albert Alfred Edvard Emir Fabian Ferdinand Georg Gunder Hadi Hamid
    Hannes Heikki Ismail Jerker Jonatan Kaj Kenny Kim Marko Markus Mathias Mauritz Mehdi Mikko Miro
    Niclas Nikola Niko Ola Olav Petter Pierre Reidar Sakarias Samir Seth Sune Sverker Teo Thorsten
    Torleif Ulrik Ahmad Mustafa Karim Amir Göte
    """
)
SV_S = words(
    """
    Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
    Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
    Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson
    Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed Engström
    Danielsson Håkansson Eklund Lundin Gunnarsson Holm Bergman Samuelsson Fransson Nyström Johnsson
    Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström Mårtensson Lundström
    Ahmed Viklund Björk Eliasson Pålsson Hassan Berggren Sandström Lund Nordin Ström Åberg
    Hermansson Ekström Holmgren Sundberg Hedlund Dahlberg Hellström Sjögren Abrahamsson Martinsson
    Öberg Andreasson Falk Blom Månsson Åkesson Strömberg Jonasson Norberg Sundström Ivarsson
    Lindholm Mohamed Hussein Jensen Isaksson Nordqvist Dahl Lindblom Ekman Åström Holmström Wikström
    Sundqvist Lundholm Omar Nordlund Ibrahim Hedberg Ottosson Bäckström Johannesson Hansen Nyman
    Wiklund Backman Ek Höglund Lindahl Björklund Engberg Lindén Sundin Söderström Knutsson
    Mikaelsson Strand Hallberg Ahlström Sjöström Edlund Fors Rydberg Sandqvist Wahlström
    Kristiansson Westerberg Borg Vesterlund Mattila Nieminen Ljungberg Granberg Ekberg Lindell
    Nordgren Westman Malm Aronsson Sandell Söderlund Forsman Lindkvist Lundmark Marklund Nordlander
    Palm Rosén Sjödin Stenberg Törnqvist Wallén Zetterberg Ågren Åman Öhman Abdullah Ahlberg Ahlgren
    Alm Almqvist Asplund Bergkvist Bergqvist Berglöf Blomberg Boman Brandt Brodin Carlsson Dahlgren
    Dahlström Ekholm Enström Fagerberg Falck Forslund Frisk Granström Grönlund Gustavsson Haglund
    Hammar Hedman Hedström Hellberg Hägglund Högberg Isberg Jernberg Kjellberg Kling Kvist
    Lagerqvist Larsén Lilja Lindmark Ljung Lundell Lövgren Malmberg Melin Modig Möller Nord Norén
    Norling Nylander Nyqvist Ohlsson Pihl Rask Rosengren Rydén Sahlin Sellberg Sjölund Skog
    Stenström Strandberg Sundell Svanberg Svärd Säfström Tell Thorén Tiger Wall Wennberg Westin
    Wester Widén Winberg Östberg Östlund von_Platen af_Klercker von_Essen De_Geer af_Ugglas
    von_Sydow Wachtmeister Lewenhaupt Gyllenstierna Bonde Stiernstedt Natt_och_Dag Kjellström Sandin
    Edström Lindroth Fröberg Hjort Rehn Nordenskiöld Lagerlöf Hultgren Hultman Enqvist Grahn Hallin
    Hamberg Hedin Holmqvist Hägg Jäderberg Karlström Kihlberg Klang Lindeberg Lundblad Lyck Molander
    Nordahl Nyblom Nygren Nylund Ringström Roos Schön Selin Sporre Stål Sundman Svedberg Tornberg
    Vallin Wenström Wiberg Wåhlin Zackrisson Öhrn Bladh Boström Brännström Burman Carlberg Dalin
    Drugge Eng Fahlén Fredlund Gren Hagman Heden Hjelm Hovstadius Jacobsson Kallin Kronberg Lidén
    Lindelöf Lundkvist Mellberg Mosesson Nordling Norrman Ringh Rylander Salomonsson Sjöholm
    Stenlund Sundén Svahn Söderqvist Thelin Ullberg Vikström Wahlberg Åsberg Ödman Hjalmarsson
    Adolfsson Edvardsson Augustsson Sjökvist Strömqvist Backlund Bergdahl Björkman Ekblad Fransén
    Gullberg Hammarström Holmlund Kullberg Lindh Lööf Nordberg Rönnqvist Sjöblom Skoglund Strömgren
    Wallgren Wikander Åkerlund Öqvist
    """
)

# The US: the Census 1990 lists (public domain), the first names with their per cent; head 150.
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

# The UK, in the order of the ONS rankings (given names across the decades adults were born in,
# surnames of England and Wales); 1/rank.
UK_F = words(
    """
    Sarah Emma Claire Laura Rebecca Gemma Nicola Rachel Lisa Helen Karen Susan Julie Joanne Louise
    Victoria Charlotte Hannah Jessica Amy Lauren Chloe Katie Sophie Emily Olivia Amelia Isla Ava
    Grace Lucy Jennifer Elizabeth Margaret Catherine Jane Alison Deborah Amanda Kelly Michelle
    Stephanie Samantha Natalie Zoe Kirsty Jade Danielle Leanne Kerry Hayley Stacey Clare Caroline
    Anne Mary Patricia Linda Sandra Angela Christine Janet Lynn Carol Wendy Gillian Jacqueline
    Tracey Dawn Sharon Paula Donna Lorraine Joanna Kate Fiona Ruth Sally Jill Diane Pauline Heather
    Elaine Maureen Valerie Shirley Brenda Barbara Jean Sheila Doreen Joan Sylvia Irene Eileen Ellie
    Mia Poppy Evie Lily Jasmine Freya Millie Isabella Ella Phoebe Holly Abigail Megan Bethany
    Georgia Alice Florence Daisy Matilda Rosie Imogen Eleanor Harriet Anna Molly Erin Courtney
    Shannon Naomi Rosemary Beverley Tina Yvonne Lesley Marion Elsie Edith Dorothy Hazel Amber Ruby
    Eva Scarlett Layla Sienna Willow Evelyn Maisie Summer Lola Esme Beatrice Martha Iris Jenny Toni
    Kim Melanie Rachael Kimberley Vicky Lindsey Abbie Leah Aimee Siobhan Bridget Moira Morag Rhian
    Sian Ceri Bethan Cerys Aisha Fatima Priya Maryam Zara Amira Noor Harpreet Gurpreet Sophia
    Annabel Penelope Camilla Henrietta Philippa Tamsin Kerensa Morwenna
    """
)
UK_M = words(
    """
    David John Paul Michael Andrew Mark James Peter Richard Robert Stephen Christopher Ian Daniel
    Thomas Matthew Simon Steven Anthony Martin Gary Kevin Jonathan Neil Lee Stuart Darren Craig
    Jason Graham Alan Brian Colin Keith Trevor Barry Kenneth Philip Nicholas William George Oliver
    Harry Jack Jacob Charlie Noah Oscar Leo Alfie Freddie Arthur Archie Henry Theo Joshua Samuel
    Benjamin Adam Luke Ryan Liam Jamie Callum Connor Jordan Nathan Scott Adrian Carl Dean Wayne
    Shaun Ross Gareth Rhys Dylan Owen Aled Gwyn Dafydd Iwan Hamish Angus Alistair Fraser Ewan Duncan
    Gordon Malcolm Derek Raymond Roger Terence Dennis Geoffrey Clive Nigel Julian Rupert Hugo Toby
    Edward Alexander Max Louis Ethan Mason Lucas Logan Isaac Joseph Elliot Reece Kyle Bradley Jake
    Aaron Tom Joe Sam Ben Dan Rob Josh Alex Matt Mohammed Muhammad Ahmed Ali Imran Hassan Omar Yusuf
    Sanjay Rajesh Arjun Harjit Gurdeep Patrick Sean Kieran Declan Ronan Francis Albert Frank Harold
    Stanley Leonard Ernest Walter Frederick Alfred Sidney Norman Roy Leslie Eric Ron Bernard Vincent
    Victor Jeremy Timothy Russell Howard Lewis Robbie Harvey Tyler Ashley Jay Marcus Gavin Glenn
    Grant Ricky Tony Terry Mick Billy Bobby Danny Jimmy Archibald Rory Finlay Struan Euan Kenny
    """
)
UK_S = words(
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
    Gibbs Ferguson Hayward Carroll Farrell Duncan Tomlinson Pascoe Trelawny Penrose Tremayne Jenkin
    MacLeod MacKenzie Fraser Sinclair Munro Paterson Rennie Chalmers Llewellyn Pugh Bevan Vaughan
    Prosser
    """
)

# Origins common in Sweden and around its seas: the commonest given names and surnames, in the
# order the writer knows them by frequency; 1/rank, head 10.
FI_F = words(
    "Maria Helena Johanna Anna Kaarina Marjatta Hannele Tuula Liisa Sari Päivi Anne Tiina Pirjo Minna Leena Riitta Satu Sirpa Aino Eeva Kirsi Marja Tarja Outi Hanna Laura Sanna Elina Aila"
)
FI_M = words(
    "Juha Timo Matti Kari Mikko Jari Antti Jukka Mika Markku Pekka Hannu Heikki Seppo Janne Ari Sami Petri Ville Tapio Esa Pertti Jussi Veikko Kalle Teemu Tuomas Lauri Olli Risto"
)
FI_S = words(
    "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen"
)
# Iraq, Syria and Lebanon, with Assyrian/Syriac names (Ninve, Sargon, Shamoun, Barsoum, Saliba).
AR_F = words(
    "Fatima Maryam Sara Noor Zainab Rana Huda Amina Layla Rasha Hiba Yasmin Aya Nadia Dalia Lina Reem Samira Iman Hanan Shatha Rania Ninve Shamiram Nahrin Ramina Suha Ghada"
)
AR_M = words(
    "Mohammed Ahmad Ali Hassan Omar Hussein Mustafa Khaled Ibrahim Yousef Mahmoud Abdullah Karim Ammar Haidar Ziad Samir Bassam Firas Walid Tarek Rami Sargon Ninos Gabriel Elias Ashur Aday"
)
AR_S = words(
    "Ali Mohammed Hassan Ahmed Hussein Ibrahim Abdullah Khalil Saleh Mahmoud Yousef Salman Jasim Abbas Kadhim Al-Jaber Al-Hashimi Al-Obaidi Al-Saadi Haddad Khoury Nasser Mansour Shamoun Barsoum Saliba Gabriel Yacoub Issa Malke Lahdo Gorgis Bahdo Hanna"
)
SO_F = words(
    "Fadumo Hodan Amina Sahra Khadra Ifrah Hibo Asha Ayan Nimco Deqa Ubah Sagal Hawa Ikram Maryan Hamdi Ilhan Safiya Muna"
)
SO_M = words(
    "Abdi Mohamed Ahmed Abdullahi Hassan Ali Omar Abdirahman Yusuf Mahad Abdikarim Liban Said Farah Ismail Mustafe Hussein Osman Abdiaziz Bashir"
)
SO_S = words(
    "Mohamed Ahmed Ali Hassan Abdi Omar Farah Warsame Hussein Abdullahi Ismail Yusuf Osman Jama Aden Nur Mohamud Hersi Dahir Egal Duale Abdille"
)
# Polish: surnames in their masculine form; `feminine` gives a woman's -ska/-cka.
PL_F = words(
    "Anna Katarzyna Maria Małgorzata Agnieszka Barbara Ewa Krystyna Elżbieta Magdalena Joanna Zofia Monika Aleksandra Justyna Dorota Beata Natalia Karolina Marta Paulina Weronika Jadwiga Grażyna"
)
PL_M = words(
    "Piotr Krzysztof Andrzej Tomasz Jan Paweł Michał Marcin Stanisław Jakub Adam Marek Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Jerzy Kamil Rafał Przemysław Szymon"
)
PL_S = words(
    "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowicki Sikora Zawadzki Czarnecki Sawicki"
)
FA_F = words(
    "Maryam Fatemeh Zahra Narges Leila Shirin Parisa Mahsa Sara Nasrin Azadeh Roya Neda Mina Samira Ladan Shabnam Golnaz Farideh Soheila"
)
FA_M = words(
    "Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Behnam Farhad Babak Dariush Kaveh Arash Majid Omid Ramin Hassan Navid Peyman"
)
FA_S = words(
    "Mohammadi Hosseini Ahmadi Rezaei Moradi Karimi Rahimi Jafari Hashemi Ghorbani Sadeghi Mousavi Rostami Bagheri Heidari Amini Tehrani Shirazi Esfahani Kazemi Nazari Abbasi Yazdani Alavi"
)
# Bosnian, Serbian and Croatian.
BCS_F = words(
    "Amra Emina Selma Azra Jasmina Maja Ana Ivana Marija Jelena Mirela Lejla Sanela Dragana Snežana Vesna Senada Merima Aida Nermina Milena Nataša Gordana Dijana"
)
BCS_M = words(
    "Edin Emir Adnan Amir Mirza Haris Nermin Senad Dragan Zoran Goran Marko Ivan Nikola Stefan Dejan Miloš Jasmin Damir Mladen Đorđe Predrag Tomislav Josip"
)
BCS_S = words(
    "Hodžić Hadžić Kovačević Begić Delić Mehmedović Hasanović Ibrahimović Čolić Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Popović Horvat Kovačić Babić Marić Jurić Perić Salihović Mujić Omerović Husić"
)
TR_F = words(
    "Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hanife Merve Özlem Esra Büşra Gül Derya Yasemin Nurcan Sevgi"
)
TR_M = words(
    "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah Mahmut Recep Emre Serkan Burak Kemal"
)
TR_S = words(
    "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Erdoğan Güneş"
)
# Eritrea: the father's name serves as surname.
ER_F = words(
    "Helen Senait Selam Meron Saba Mebrat Yordanos Hiwet Tsega Lidia Ruth Eden Feven Rahel Winta Semhar Tirhas Mihret Luwam Abeba"
)
ER_M = words(
    "Yonas Dawit Daniel Samuel Tesfay Yohannes Mehari Filmon Habte Berhane Tekle Amanuel Robel Kidane Mussie Efrem Isaias Biniam Henok Goitom"
)
ER_S = words(
    "Tesfay Tekle Ghebremedhin Haile Kidane Berhe Gebremariam Tesfamariam Weldemichael Mehari Habtom Yohannes Asmelash Gebreyesus Abraha Negash Kahsay Ghirmay Woldu Tewelde"
)
AF_F = words(
    "Fatima Zahra Maryam Farzana Shabana Nilofar Parwana Malalai Sadia Mursal Nazanin Hamida Fariba Mahbooba Zarghona Freshta Laila Soraya Mariam Nadia"
)
AF_M = words(
    "Mohammad Ahmad Ali Abdul Mustafa Hamid Rahim Hossain Jawad Najib Sayed Farid Wahid Rahmatullah Habib Mirwais Naweed Ajmal Zabihullah Sharif"
)
AF_S = words(
    "Ahmadi Hussaini Rahimi Mohammadi Karimi Sultani Hakimi Azizi Haidari Rezai Noori Sadat Popal Stanikzai Safi Wardak Amiri Jafari Nazari Qaderi"
)
TH_F = words(
    "Siriporn Sunisa Wanida Nittaya Supaporn Kanya Pranee Malee Somsri Jintana Ratana Achara Kannika Sopha Duangjai Pornthip Lamai Orathai Saowalak Nok"
)
TH_M = words(
    "Somchai Somsak Anan Prasert Sompong Surachai Wichai Niran Boonmee Kittisak Thanakorn Sakchai Pichit Arthit Narong Manop Supachai Chaiwat Teerawat Chai"
)
TH_S = words(
    "Saetang Srisuk Wongsa Chaiyaporn Sukjai Boonma Thongdee Kaewkham Phromma Srisawat Rattanakorn Jaidee Suwannarat Sangthong Inthasorn Kongkaew Bunyasarn Ruangrit Wongsuwan Saelim"
)
# Chile and Latin America: two surnames, the father's then the mother's, in 60% of names.
LA_F = words(
    "María Carolina Claudia Patricia Francisca Camila Valentina Javiera Daniela Paula Constanza Fernanda Catalina Verónica Marcela Andrea Gabriela Ximena Paola Lorena Sofía Isabel"
)
LA_M = words(
    "José Juan Luis Carlos Jorge Francisco Diego Sebastián Felipe Cristián Matías Rodrigo Pablo Andrés Gonzalo Manuel Ricardo Héctor Víctor Alejandro Patricio Mauricio"
)
LA_S = words(
    "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez Castro Vargas Álvarez Vásquez Sánchez Fernández"
)
KU_F = words(
    "Rojin Berfin Helin Jiyan Dilan Nazdar Shilan Avin Zozan Rojda Bahar Ronahi Delal Evin Gulistan Zilan Sozdar Nishtiman Hawin Lana"
)
KU_M = words(
    "Rebwar Shwan Karwan Dilshad Azad Serwan Aram Baran Rizgar Zana Hemin Kawa Diyar Hogir Bakhtiyar Sherzad Nawzad Ahmad Kamal Jalal"
)
KU_S = words(
    "Ahmad Mahmoud Karim Rashid Hama Aziz Abdullah Qadir Rasul Mustafa Salih Omer Jaff Hawrami Kurdi Amin Hussein Faraj Hamid Tahir Xoshnaw"
)
UA_F = words(
    "Olena Tetiana Nataliia Iryna Svitlana Oksana Yuliia Olha Kateryna Mariia Anastasiia Viktoriia Halyna Liudmyla Nadiia Alina Daria Valentyna"
)
UA_M = words(
    "Oleksandr Serhii Andrii Volodymyr Oleksii Dmytro Mykola Yurii Ivan Vasyl Viktor Ihor Maksym Vitalii Bohdan Taras Roman Petro"
)
UA_S = words(
    "Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko"
)
# Sweden's neighbours over the water, and the British Isles' other island.
NO_F = words(
    "Anne Inger Kari Marit Ingrid Liv Eva Berit Astrid Bjørg Hilde Anna Solveig Marianne Randi Ida Nina Ragnhild Elisabeth Kristin Silje Ingeborg Tone Hege"
)
NO_M = words(
    "Jan Per Bjørn Ole Lars Kjell Knut Arne Svein Hans Geir Thomas Tor Morten Terje Odd Erik Martin Andreas Rune Trond Jon Olav Espen"
)
NO_S = words(
    "Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen Pettersen Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen Dahl Jørgensen Halvorsen Henriksen Lund Sørensen Moen Gundersen Iversen Strand Solberg Eide Bakken"
)
DK_F = words(
    "Anne Kirsten Mette Hanne Anna Helle Susanne Lene Maria Marianne Lone Camilla Pia Louise Charlotte Bente Tina Gitte Inge Karen Jette Birgitte Mia Sofie"
)
DK_M = words(
    "Peter Jens Michael Lars Henrik Thomas Søren Jan Niels Christian Martin Jørgen Anders Morten Jesper Hans Ole Per Mads Rasmus Poul Kim Frederik Kasper"
)
DK_S = words(
    "Nielsen Jensen Hansen Andersen Pedersen Christensen Larsen Sørensen Rasmussen Jørgensen Petersen Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen Møller Mortensen Knudsen Jakobsen Mikkelsen Olesen Frederiksen"
)
IE_F = words(
    "Mary Siobhán Aoife Niamh Ciara Sinéad Aisling Orla Emma Sarah Róisín Caoimhe Gráinne Deirdre Catherine Bridget Margaret Eimear Clodagh Saoirse"
)
IE_M = words(
    "Seán Patrick John Michael Conor Ciarán Declan Liam Cian Darragh Eoin Oisín Pádraig Fergal Dónal Brendan Colm Kevin Niall Shane"
)
IE_S = words(
    "Murphy Kelly O'Sullivan Walsh Smith O'Brien Byrne Ryan O'Connor O'Neill O'Reilly Doyle McCarthy Gallagher O'Doherty Kennedy Lynch Murray Quinn Moore McLoughlin Carroll Connolly Daly O'Connell Dunne Brennan Burke Collins Fitzgerald Maguire Nolan Flynn O'Donnell Duffy O'Mahony Boyle Healy"
)
IN_F = words(
    "Priya Anjali Pooja Neha Divya Sneha Kavya Deepa Lakshmi Sunita Meera Ananya Shreya Swati Ritu"
)
IN_M = words(
    "Rahul Amit Rajesh Suresh Vijay Arjun Rohan Sanjay Anil Ravi Karthik Vikram Sunil Aditya Manoj"
)
IN_S = words(
    "Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Rao Joshi Mehta Shah Desai Menon Pillai Das Verma Chopra Agarwal Bhat"
)


def small(f: tuple[str, ...], m: tuple[str, ...], s: tuple[str, ...]) -> Origin:
    return Origin(ranked(f, 10), ranked(m, 10), ranked(s, 10))


ORIGINS: dict[str, Origin] = {
    "swedish": Origin(ranked(SV_F, 150), ranked(SV_M, 150), ranked(SV_S, 150)),
    "us": Origin(census(US_F, 150), census(US_M, 150), census(US_S, 150)),
    "uk": Origin(ranked(UK_F, 130), ranked(UK_M, 130), ranked(UK_S, 150)),
    "finnish": small(FI_F, FI_M, FI_S),
    "arabic": small(AR_F, AR_M, AR_S),
    "somali": small(SO_F, SO_M, SO_S),
    "polish": small(PL_F, PL_M, PL_S),
    "persian": small(FA_F, FA_M, FA_S),
    "bcs": small(BCS_F, BCS_M, BCS_S),
    "turkish": small(TR_F, TR_M, TR_S),
    "eritrean": small(ER_F, ER_M, ER_S),
    "afghan": small(AF_F, AF_M, AF_S),
    "thai": small(TH_F, TH_M, TH_S),
    "latin": small(LA_F, LA_M, LA_S),
    "kurdish": small(KU_F, KU_M, KU_S),
    "ukrainian": small(UA_F, UA_M, UA_S),
    "norwegian": small(NO_F, NO_M, NO_S),
    "danish": small(DK_F, DK_M, DK_S),
    "irish": small(IE_F, IE_M, IE_S),
    "indian": small(IN_F, IN_M, IN_S),
}

# Who is named, per language of the text: Swedish the largest in Swedish and mixed text.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "norwegian": 1.5, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5,
        "danish": 1.2, "eritrean": 1.2, "ukrainian": 1.2, "latin": 1, "thai": 1, "uk": 0.8,
        "us": 0.6, "indian": 0.6, "irish": 0.4,
    },
    "en": {
        "us": 36, "uk": 32, "swedish": 9, "irish": 6, "indian": 3, "arabic": 2, "polish": 2,
        "latin": 2, "norwegian": 1.5, "danish": 1, "finnish": 1, "persian": 1, "somali": 1,
        "turkish": 1, "bcs": 1, "ukrainian": 0.8, "thai": 0.6, "eritrean": 0.5, "afghan": 0.5,
        "kurdish": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 10, "us": 9, "arabic": 5, "finnish": 3.5, "polish": 3,
        "norwegian": 2.5, "bcs": 2.5, "persian": 2.5, "danish": 2, "kurdish": 1.5,
        "turkish": 1.5, "somali": 1.5, "irish": 1.5, "indian": 1.5, "afghan": 1.2,
        "ukrainian": 1.2, "eritrean": 1, "thai": 1, "latin": 1,
    },
}  # fmt: skip

# Swedish double given names as people carry them (`Anna-Karin`, `Karl-Erik`), one Swedish name
# in 25 given so besides the ones the lists rank; each part counts as head or tail where its list
# has it.
SV_DOUBLE_F = words(
    "Anna-Karin Anna-Lena Eva-Lena Ann-Marie Britt-Marie Ann-Christin Ann-Sofie Anna-Maria Eva-Karin Maj-Britt Ulla-Britt Lise-Lotte Anna-Carin Eva-Britt Ann-Louise Marie-Louise Anna-Sara Karin-Maria"
)
SV_DOUBLE_M = words(
    "Karl-Erik Lars-Erik Per-Olof Jan-Erik Nils-Erik Karl-Johan Hans-Erik Sven-Erik Per-Anders Lars-Göran Jan-Olof Bengt-Göran Lars-Olof Carl-Johan Per-Erik Karl-Axel Lars-Åke Jan-Åke Sven-Olof Nils-Olof"
)

# Where a template is set abroad, a local person may be asked for by country (`{P@no}`).
LOCAL = {
    "no": "norwegian",
    "dk": "danish",
    "fi": "finnish",
    "ie": "irish",
    "uk": "uk",
    "us": "us",
    "se": "swedish",
}

_EN = {
    "William": ["Will", "Bill"], "Robert": ["Rob", "Bob"], "Richard": ["Rich", "Dick"],
    "James": ["Jim", "Jimmy"], "Michael": ["Mike", "Mick"], "Christopher": ["Chris"],
    "Elizabeth": ["Liz", "Beth"], "Jennifer": ["Jen", "Jenny"], "Katherine": ["Kate", "Kathy"],
    "Catherine": ["Cathy", "Kate"], "Margaret": ["Maggie", "Peggy"], "Thomas": ["Tom"],
    "Daniel": ["Dan", "Danny"], "Joseph": ["Joe"], "Matthew": ["Matt"], "Anthony": ["Tony"],
    "Andrew": ["Andy", "Drew"], "Alexander": ["Alex"], "Benjamin": ["Ben"], "Samuel": ["Sam"],
    "Edward": ["Ed", "Ted"], "Patricia": ["Patty", "Trish"], "Deborah": ["Debbie"],
    "Susan": ["Sue"], "Rebecca": ["Becky"], "Victoria": ["Vicky"], "Jonathan": ["Jon"],
    "Nicholas": ["Nick"], "Stephen": ["Steve"], "Steven": ["Steve"], "David": ["Dave"],
    "Timothy": ["Tim"], "Charles": ["Charlie", "Chuck"], "Jessica": ["Jess"],
    "Samantha": ["Sam"], "Kenneth": ["Ken"], "Gregory": ["Greg"], "Patrick": ["Pat", "Paddy"],
    "Barbara": ["Barb"], "Frederick": ["Fred"], "Philip": ["Phil"], "Gerald": ["Gerry"],
    "Raymond": ["Ray"], "Ronald": ["Ron"], "Donald": ["Don"], "Lawrence": ["Larry"],
}  # fmt: skip

# Short forms people go by, per origin (a text that calls someone so uses them).
NICKNAMES: dict[str, dict[str, list[str]]] = {
    "swedish": {
        "Lars": ["Lasse"], "Mikael": ["Micke"], "Joakim": ["Jocke"], "Per": ["Pelle"],
        "Karl": ["Kalle"], "Thomas": ["Tompa"], "Magnus": ["Manne"], "Kristina": ["Kicki", "Stina"],
        "Katarina": ["Kattis"], "Elisabeth": ["Lisa", "Bettan"], "Charlotte": ["Lotta"],
        "Susanne": ["Sussie"], "Margareta": ["Maggan"], "Marcus": ["Mackan"], "Fredrik": ["Fredde"],
        "Gustav": ["Gurra"], "Robert": ["Robban"], "Tobias": ["Tobbe"], "Sebastian": ["Sebbe"],
        "Niklas": ["Nicke"], "Patrik": ["Patte"], "Christoffer": ["Stoffe"], "Kristoffer": ["Krille"],
        "Daniel": ["Danne"], "Henrik": ["Henke"], "Torbjörn": ["Tobbe"], "Jonas": ["Jonte"],
        "Birgitta": ["Bittan", "Gittan"], "Annika": ["Anki"], "Viktoria": ["Vickan"],
        "Rebecka": ["Becka"], "Madeleine": ["Madde"], "Josefin": ["Jossan"], "Cecilia": ["Cissi"],
        "Christer": ["Chrille"], "Anders": ["Acke"], "Johan": ["Jojje"], "Kenneth": ["Kenta"],
        "Bengt": ["Bengan"], "Håkan": ["Hacke"], "Ulf": ["Uffe"],
        "Roger": ["Roffe"], "Rolf": ["Roffe"], "Jan": ["Janne"], "Hans": ["Hasse"],
        "Ingemar": ["Ingo"], "Lennart": ["Lelle"], "Stefan": ["Steffe"],
        "Carina": ["Cattis"], "Jessica": ["Jessie"], "Caroline": ["Caro"], "Marianne": ["Mian"],
        "Maria": ["Mia"], "Mattias": ["Matte"], "Mats": ["Matte"], "Alexander": ["Alex"],
        "Oskar": ["Ogge"], "Nils": ["Nisse"], "Leif": ["Leffe"], "Viktor": ["Vicke"],
        "Filip": ["Fille"], "Gustaf": ["Gurra"], "William": ["Wille"], "Sven": ["Svenne"],
        "Rickard": ["Ricke"], "Ludvig": ["Ludde"], "Jesper": ["Jeppe"], "Carl": ["Calle"],
        "Jonathan": ["Jonte"], "Robin": ["Robban"], "Olof": ["Olle"], "Tomas": ["Tompa"],
        "Camilla": ["Millan"], "Matilda": ["Tilda"], "Therese": ["Tessan"], "Louise": ["Lollo"],
        "Elisabet": ["Lisa"], "Jennifer": ["Jenny"], "Isabelle": ["Bella"], "Gunnar": ["Gunne"],
    },
    "us": _EN,
    "uk": _EN,
    "irish": {"Patrick": ["Paddy", "Pat"], "Michael": ["Mick"], "Margaret": ["Peggy"], "Bridget": ["Biddy"]},
    "polish": {"Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"], "Aleksandra": ["Ola"], "Piotr": ["Piotrek"], "Tomasz": ["Tomek"], "Wojciech": ["Wojtek"], "Krzysztof": ["Krzysiek"]},
    "finnish": {"Matti": ["Masa"], "Kari": ["Kake"]},
    "latin": {"José": ["Pepe"], "Francisco": ["Pancho"], "Alejandro": ["Alejo"]},
    "arabic": {"Mohammed": ["Mo", "Hamoudi"], "Ibrahim": ["Ibbe"]},
    "ukrainian": {"Oleksandr": ["Sasha"], "Volodymyr": ["Volodia"], "Kateryna": ["Katia"]},
}  # fmt: skip

_PLAIN = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "đ": "dj",
        "Đ": "Dj",
        "ı": "i",
        "İ": "I",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "Ae",
        "ß": "ss",
    }
)


def plain(word: str) -> str:
    """A name typed without its letters (`Wiśniewski` -> `Wisniewski`, `Đorđe` -> `Djordje`)."""
    word = word.translate(_PLAIN)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it (`Kowalski` -> `Kowalska`, `Zawadzki` -> `Zawadzka`)."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname
