# ruff: noqa: E501
"""Name pools of held-out HQ (issue 15): names weighted by how often people carry them.

Written by HQ's helper from general knowledge and public statistics, with no look at rung's
lexicons or at any other set's names. Swedish given names and surnames follow the order of SCB's
name statistics (weight 1/rank, head the top 150, then a tail of rarer names past them); the US
lists are the US Census 1990 files (`dist.female.first`, `dist.male.first`, `dist.all.last`, public
domain, copied from the `names` package) with the census per cent as weight, head 150; the UK
lists follow the ONS rankings (1/rank, head 150); the origins common in Sweden have their
commonest given names and surnames (1/rank, head 10). No name was checked against anything in
the repository, and none was left out for being known or unknown.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this share, else from its tail


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
    """Names written one after another; `_` stands for a space inside a name (`von_Essen`)."""
    return tuple(w.replace("_", " ") for w in text.split())


def ranked(text: str, head: int) -> Pool:
    """A pool in rank order, weight 1/rank; duplicates are an error of the writer."""
    names = words(text)
    if len(set(names)) != len(names):
        dup = sorted({n for n in names if names.count(n) > 1})
        raise ValueError(f"duplicate names: {dup}")
    return Pool(names, tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names) - 1))


def weighted(rows: tuple[tuple[str, float], ...], head: int) -> Pool:
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


# Sweden: SCB's name statistics (all bearers), in rank order as the writer knows them.
SV_F = ranked(
    """
    Maria Anna Margareta Elisabeth Eva Kristina Birgitta Karin Elisabet Marie
    Ingrid Christina Linnéa Sofia Kerstin Marianne Lena Helena Emma Johanna
    Linnea Inger Sara Cecilia Elin Anita Ida Louise Ulla Viktoria
    Gunilla Susanne Hanna Malin Katarina Jenny Carina Irene Monica Ulrika
    Linda Barbro Elsa Astrid Åsa Sofie Therese Matilda Camilla Frida
    Alice Gun Amanda Yvonne Ann Agneta Lina Julia Charlotte Josefin
    Siv Maja Ebba Ingegerd Anneli Annika Alexandra Ellen Ingeborg Madeleine
    Karolina Gunnel Lisa Emelie Caroline Mona Britt Klara Ella Moa
    Wilma Erika Pia Viola Sandra Nathalie Felicia Rut Jessica Marina
    Margit Lovisa Ann-Christin Isabelle Ewa Ylva Elvira Vera Mikaela Stina
    Agnes Emilia Hedvig Britta Alva Tove Linn Sigrid Märta Inga
    Ingela Ann-Marie Wilhelmina Olivia Ester Saga Nora Selma Greta Signe
    Elena Fatima Ronja Tilda Vendela Alma Kajsa Elise Rebecka Paulina
    Maj Berit Solveig Lilian Gerd Anette Jeanette Petra Sanna Nina
    Veronica Pernilla Marita Ann-Sofie Mia Tina Jennie Ellinor Josefine Helen
    Gunvor Majvor Dagny Elvy Svea Hjördis Asta Tyra Tindra Liv
    Lo Juni Vilja Freja Nellie Cornelia Elina Minna Mira Lykke
    Siri Idun Isa Iris Juno Meja Mila Nova Stella Thea
    Tuva Vanja Wera Annelie Anne Anja Annette Birgit Brita Carola
    Catarina Charlotta Christel Dagmar Doris Edit Edla Elli Elly Elsie
    Emmy Estelle Evelina Fanny Filippa Gabriella Gisela Gudrun Gullan Gullvi
    Göta Hedda Helga Henrietta Hilda Hilma Ina Ingalill Irma Jill
    Josefina Judit Katja Lilly Lotta Louisa Magdalena Majlis Malva Margaretha
    Mari Marit Marléne Mathilda My Märit Nadja Nelly Nicole Ottilia
    Pauline Ragnhild Rosa Rose-Marie Sally Sanja Signhild Siw Sonja Stefanie
    Susann Sylvia Tekla Tora Ulla-Britt Unni Valborg Vivianne Vivi Anna-Karin
    Anna-Lena Eva-Lena Ann-Louise Ann-Katrin Britt-Marie Lise-Lotte Marie-Louise Anna-Carin Lisbeth Ingbritt
    Astri Alicia Adele Agda Amalia Aurora Bodil Celine Clara Disa
    Edith Ellie Embla Erica Eira Evy Gertrud Hanne Irja Isabella
    Jonna Karla Katrin Laila Lisen Livia Lova Madelene Maj-Britt Marianna
    Melinda Märtha Nanna Noomi Olga Rakel Ragna Rigmor Sigbritt Sigyn
    Ulrica Vilma Yasmin Benita Berta Cajsa Emmeli Engla Gunborg Harriet
    Heléne Hildur Hulda Jenna Maud Mimmi Monika Nadia Petronella Sigrun
    Solbritt Åse Majken Hillevi Elsy Kristin Tilde Alexia Amelia Inez
    Juliana Lilja Nadine Ninni Therése Viveka Wendela Yrsa Eivor Gull-Britt
    """,
    150,
)
SV_M = ranked(
    """
    Karl Erik Lars Anders Per Johan Mikael Carl Olof Nils
    Jan Lennart Hans Gustav Peter Sven Fredrik Daniel Alexander Bengt
    Åke Bo Magnus Göran Stefan Oskar Thomas Leif Axel Gunnar
    Ulf Andreas Henrik Johannes Björn Christer Martin Mats Kjell Stig
    David Rolf Mattias Jonas Emil Arne Niklas Filip Viktor Roger
    Simon Sebastian Tommy Robert Anton Christian Rune Marcus Wilhelm Ingemar
    Patrik Kent Håkan Tobias William Claes Jonathan Roland Elias Joakim
    Adam Emanuel Lucas Ove Rickard Hugo Jakob Mohammed Dan Kurt
    Robin Sten Kenneth Tomas Arvid Ali Oliver Christoffer Jesper Torbjörn
    Ingvar Harald Isak Vilhelm Jörgen Rasmus Gösta Ludvig Jimmy Samuel
    Kristian Tore Olle Liam Hampus Sune Edvin Albin Benjamin Alf
    Joel Leo Elis Gabriel Lukas Theodor Josef Melvin Vincent Valter
    Noah Kevin Max Jacob Felix Ivar Ronny Tage Bertil Folke
    Sixten Jens Love Gert Kim Pontus Rikard Linus Morgan Dennis
    Mohamed Ahmed Sam Krister Ola Börje Per-Olof Karl-Erik Lars-Erik Conny
    Alvar Ambjörn Anselm Arnold Artur Aron August Bernt Birger Bror
    Casper Curt Dag Douglas Ebbe Egon Einar Elof Enar Erling
    Evert Fabian Frans Fritiof Georg Gerhard Gillis Gottfrid Greger Halvar
    Hannes Helge Henning Herbert Holger Ingmar Inge Isidor Jarl Joar
    Jon Julius Kaj Kasper Knut Konrad Lage Leon Levi Loke
    Malte Mauritz Melker Milo Måns Natanael Nicklas Noel Olav Orvar
    Oscar Otto Reidar Ruben Rudolf Sigge Sigvard Sivert Svante Sture
    Ted Teodor Tor Torsten Tryggve Ture Urban Valdemar Vidar Viggo
    Vilgot Walter Yngve Östen Sören Per-Erik Jan-Erik Lars-Göran Karl-Johan Sven-Erik
    Nils-Olof Carl-Johan Jan-Olof Bo-Göran Adrian Alfred Algot Atle Benny Charlie
    Christopher Dante Edward Eddie Elliot Frank Gustaf Hadar Hjalmar Ivan
    Jack Jerker Jim Jonny Kenny Kennet Mathias Michael Nicolas Omar
    Ossian Petter Ragnar Roy Stellan Sigurd Tim Torgny Uno Valentin
    Ville Wiktor Zakarias Ibrahim Yusuf Birk Colin Elvin Hilding Ingolf
    John Matteus Ragnvald Teo Tristan Wilmer Isac Kristoffer Marius Noa
    Nils-Erik Per-Anders Sigfrid Stig-Arne Vilmer Gunne Hemming Lennie Allan Assar
    Agne Albert Alexis Bert Björne Christofer Cornelius Didrik Edgar Efraim
    Elmer Emrik Eskil Gideon Gunder Harry Helmer Henry Hilmer Ingvald
    Jesse Joachim Jöns Kenth Kjell-Åke Lars-Olof Leopold Ludwig Manfred Matts
    Nore Osvald Paul Philip Rafael Roine Set Severin Signar Silas
    Sten-Åke Theo Thor Torvald Ulrik Vide Villiam Waldemar Yngvar Örjan
    """,
    150,
)
SV_S = ranked(
    """
    Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
    Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
    Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist
    Mattsson Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed
    Engström Eklund Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström
    Samuelsson Isaksson Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg
    Blomqvist Claesson Nordström Mårtensson Lundström Ahmed Viklund Björklund Eliasson Pålsson
    Hassan Berggren Sandström Lund Nordin Ström Åberg Falk Ekström Hermansson
    Holmgren Dahlberg Hellström Hedlund Sundberg Sjögren Ek Blom Abrahamsson Martinsson
    Öberg Andreasson Strömberg Månsson Hansen Åkesson Dahl Lindholm Norberg Holmqvist
    Mohamed Sundström Nordqvist Hussein Söderström Omar Johnsson Nyman Lindblom Ibrahim
    Engberg Lindahl Hägglund Sundqvist Ekberg Strand Nordlund Hedberg Jonasson Palm
    Björkman Holmström Östlund Wiklund Berntsson Lindén Sjöström Bergh Nordberg Hedström
    Ekman Lundmark Sandin Lindkvist Karlström Bäckström Nylund Ottosson Westerberg Adolfsson
    Carlsson Forsman Göransson Stenberg Åström Lilja Jacobsson Gustavsson Petersson Kristiansson
    Nygren Sjölund Hammar Rydberg Alm Blomberg Wahlström Sahlin Lundell Kjellberg
    Ahlström Melin Frisk Grönlund Hallberg Hedman Hellberg Holmlund Hjalmarsson Isberg
    Jernberg Kihlberg Kvist Landberg Lindell Lindmark Ljung Ljungberg Lundh Löfstedt
    Malm Malmberg Modig Nordgren Norén Nyqvist Näslund Odén Pihl Qvist
    Rask Roos Rosén Rydén Sandell Schön Selin Skoglund Stenström Strandberg
    Sundin Svanberg Thorén Törnqvist Unger Vesterlund Wennberg Westin Wikman Zetterberg
    Åkerlund Ågren Öhman Östberg Ekholm Forslund Granberg Grahn Hagberg Hedin
    Höglund Kronberg Lagerström Lindroth Löfberg Mörk Nordén Norlin Nyholm Olausson
    Palmqvist Rehn Rönnqvist Sjödin Strömqvist Swärd Thelin Vikström Wennerström Wallgren
    Åhlund Ölund Bäck Borg Dahlgren Dahlin Edlund Ekdahl Ekvall Englund
    Fagerlund Fors Friberg Gran Hallin Hultgren Ivarsson Jeppsson Klang Lindvall
    Lagerqvist Mellberg Nord Nordahl Nyblom Ohlsson Rosengren Sandgren Sjöqvist Skog
    Stål Sundell Söderlund Tapper Wallén Wiberg Åman Östman Kristensson Mikaelsson
    Emanuelsson Ingvarsson Torstensson Davidsson Josefsson Sjöblom Ekelund Hjelm Bergkvist Franzén
    Sjöstedt Ahlberg Boström Bolin Eneroth Fält Gill Hammarström Hörnqvist Jäderberg
    Kling Lidén Lidström Lövgren Marklund Nordmark Persdotter Renström Rudberg Segerström
    Starck Stenlund Söderholm Tell Tornberg Vallin Westman Ytterberg Åkerman Östlin
    Almqvist Backman Berglöf Bjurström Brandt Burman Cederberg Dahlqvist Ekblad Fredholm
    Grip Hagström Holmén Hultman Juhlin Kastberg Lantz Lindblad Ljunggren Lövström
    Nordling Nordkvist Nyhlén Rosberg Sandvik Sköld Stenqvist Strömgren Thunberg Wessman
    Widén Zackrisson
    von_Essen De_Geer Leijonhufvud von_Sydow Wachtmeister Bonde Nguyen Yilmaz Kaya Virtanen
    """,
    150,
)


# United Kingdom: the ONS rankings of given names (births over the decades) and surnames.
UK_F = ranked(
    """
    Sarah Emma Claire Laura Rebecca Charlotte Hannah Emily Jessica Amy
    Lucy Sophie Susan Karen Julie Helen Nicola Rachel Lisa Louise
    Samantha Michelle Joanne Elizabeth Margaret Jennifer Amanda Victoria Katie Natalie
    Kelly Gemma Olivia Amelia Isla Ava Mia Grace Ella Lily
    Chloe Megan Lauren Holly Ellie Jade Zoe Deborah Tracey Alison
    Jacqueline Angela Carol Patricia Janet Christine Linda Catherine Jane Mary
    Anne Joan Dorothy Jean Sandra Wendy Gillian Elaine Pauline Lorraine
    Dawn Kerry Donna Leanne Kirsty Danielle Stacey Sian Bethany Georgia
    Eleanor Freya Phoebe Millie Ruby Daisy Florence Matilda Rosie Imogen
    Scarlett Harriet Alice Sienna Eva Jasmine Maisie Erin Niamh Caitlin
    Lydia Alexandra Anna Kate Fiona Heather Joanna Caroline Sally Tina
    Teresa Diane Maureen Sheila Brenda Barbara Valerie Shirley Irene Hilary
    Lesley Ruth Beverley Hayley Kimberley Charlene Naomi Jodie Aimee Kayleigh
    Shannon Rhiannon Chelsea Courtney Paige Amber Willow Layla Aria Ivy
    Harper Esme Thea Bonnie Nancy Violet Maryam Aisha Zara Poppy
    Evie Abigail Isabella Stephanie Kathleen Marion Rita Sylvia Sophia Lola
    Arabella Beatrice Clara Edith Elsie Emilia Evelyn Frances Gracie Hollie
    Iris Josephine Lacey Leah Lexi Libby Lilly Lottie Luna Mabel
    Martha Maya Molly Nell Orla Penelope Pippa Rose Sadie Skye
    Tilly Toni Una Vanessa Yasmin Ada Agnes Annabel Annie Bridget
    Carly Cheryl Colette Denise Eileen Fay Geraldine Gwen Heidi Jenna
    Josie Judith Leila Lynn Marie Melanie Miriam Moira Nadia Nina
    Noreen Olwen Philippa Rosemary Roxanne Sharon Sheena Siobhan Tamsin Tanya
    Tara Tracy Yvonne Zainab
    """,
    150,
)
UK_M = ranked(
    """
    David John Paul Michael Andrew Mark Peter James Richard Robert
    Stephen Christopher Ian Simon Daniel Thomas Matthew Anthony Gary Steven
    Kevin Martin Alan Neil Jonathan Philip Brian Graham Keith Colin
    Nicholas Jason Lee Darren Craig Stuart Adam Benjamin Samuel Joshua
    Jack Oliver Harry George William Charlie Jacob Noah Leo Oscar
    Alfie Freddie Archie Henry Joseph Luke Ryan Liam Callum Connor
    Jamie Alexander Edward Ethan Dylan Lewis Kieran Nathan Jordan Scott
    Dean Wayne Shaun Carl Russell Barry Trevor Terence Roger Kenneth
    Raymond Dennis Derek Malcolm Geoffrey Gordon Roy Ronald Frederick Harold
    Arthur Albert Frank Ernest Leonard Stanley Timothy Jeremy Julian Rupert
    Hugh Patrick Sean Declan Aidan Owen Rhys Gareth Dafydd Euan
    Hamish Fraser Ross Angus Mohammed Muhammad Ali Imran Arjun Theo
    Teddy Finley Reuben Max Isaac Elliot Toby Louis Sebastian Jude
    Rory Tyler Harvey Zachary Mason Logan Riley Bradley Aaron Marcus
    Dominic Tristan Gavin Glenn Nigel Clive Vincent Alistair Ashley Barnaby
    Bernard Cameron Ciaran Conor Cyril Dale Desmond Douglas Duncan Eric
    Ewan Felix Finn Gerald Gregory Hector Howard Hugo Iain Jake
    Jasper Jay Joel Kai Kyle Lawrence Leon Lucas Luca Maurice
    Mohammad Morgan Neville Niall Norman Percy Quentin Ralph Reece Robin
    Ronan Rowan Sidney Spencer Stewart Tobias Victor Walter Warren Wesley
    Xavier Yusuf Zain Alfred Ahmed Bilal Charles Clifford Edwin Elijah
    Francis Gabriel Gilbert Grant Herbert Ivan Jenson Miles Nathaniel Oakley
    Reggie Roman Ruben Seth Sonny Stefan Tommy Wilfred
    """,
    150,
)
UK_S = ranked(
    """
    Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson
    Roberts Robinson Thompson Wright Walker White Edwards Hughes Green Hall
    Lewis Harris Clarke Patel Jackson Wood Turner Martin Cooper Hill
    Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen
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
    Sullivan Whitehouse Randall Bull Fuller Tucker Kemp Field Howe Lamb
    Whittaker Mann Knowles Brennan Frost Vaughan Pugh Hopkinson Ashworth Lord
    Fitzgerald Quinn MacDonald Macleod Fraser Sinclair Duffy Gallagher Kerr Moran
    """,
    150,
)


# United States: the US Census 1990 lists, the census per cent as weight.
US_F = (
    ("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.98), ("Elizabeth", 0.937),
    ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794), ("Margaret", 0.768), ("Dorothy", 0.727),
    ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667), ("Betty", 0.666), ("Helen", 0.663),
    ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565), ("Ruth", 0.562), ("Sharon", 0.522),
    ("Michelle", 0.519), ("Laura", 0.51), ("Sarah", 0.508), ("Kimberly", 0.504), ("Deborah", 0.494),
    ("Jessica", 0.49), ("Shirley", 0.482), ("Cynthia", 0.469), ("Angela", 0.468), ("Melissa", 0.462),
    ("Brenda", 0.455), ("Amy", 0.451), ("Anna", 0.44), ("Rebecca", 0.43), ("Virginia", 0.43),
    ("Kathleen", 0.424), ("Pamela", 0.416), ("Martha", 0.412), ("Debra", 0.408), ("Amanda", 0.404),
    ("Stephanie", 0.4), ("Carolyn", 0.385), ("Christine", 0.382), ("Marie", 0.379), ("Janet", 0.379),
    ("Catherine", 0.373), ("Frances", 0.37), ("Ann", 0.364), ("Joyce", 0.364), ("Diane", 0.359),
    ("Alice", 0.357), ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336), ("Doris", 0.335),
    ("Gloria", 0.335), ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315), ("Mildred", 0.313),
    ("Katherine", 0.313), ("Joan", 0.306), ("Ashley", 0.303), ("Judith", 0.297), ("Rose", 0.296),
    ("Janice", 0.285), ("Kelly", 0.283), ("Nicole", 0.281), ("Judy", 0.276), ("Christina", 0.275),
    ("Kathy", 0.272), ("Theresa", 0.271), ("Beverly", 0.267), ("Denise", 0.264), ("Tammy", 0.259),
    ("Irene", 0.252), ("Jane", 0.25), ("Lori", 0.248), ("Rachel", 0.242), ("Marilyn", 0.241),
    ("Andrea", 0.236), ("Kathryn", 0.234), ("Louise", 0.229), ("Sara", 0.229), ("Anne", 0.228),
    ("Jacqueline", 0.228), ("Wanda", 0.226), ("Bonnie", 0.223), ("Julia", 0.223), ("Ruby", 0.221),
    ("Lois", 0.22), ("Tina", 0.22), ("Phyllis", 0.219), ("Norma", 0.218), ("Paula", 0.217), ("Diana", 0.216),
    ("Annie", 0.216), ("Lillian", 0.211), ("Emily", 0.208), ("Robin", 0.208), ("Peggy", 0.208),
    ("Crystal", 0.207), ("Gladys", 0.205), ("Rita", 0.204), ("Dawn", 0.202), ("Connie", 0.2),
    ("Florence", 0.2), ("Tracy", 0.197), ("Edna", 0.197), ("Tiffany", 0.195), ("Carmen", 0.195),
    ("Rosa", 0.194), ("Cindy", 0.192), ("Grace", 0.189), ("Wendy", 0.185), ("Victoria", 0.18),
    ("Edith", 0.179), ("Kim", 0.178), ("Sherry", 0.178), ("Sylvia", 0.177), ("Josephine", 0.177),
    ("Thelma", 0.175), ("Shannon", 0.175), ("Sheila", 0.175), ("Ethel", 0.174), ("Ellen", 0.173),
    ("Elaine", 0.173), ("Marjorie", 0.173), ("Carrie", 0.171), ("Charlotte", 0.169), ("Monica", 0.166),
    ("Esther", 0.166), ("Pauline", 0.165), ("Emma", 0.165), ("Juanita", 0.164), ("Anita", 0.162),
    ("Rhonda", 0.162), ("Hazel", 0.161), ("Amber", 0.16), ("Eva", 0.159), ("Debbie", 0.157), ("April", 0.154),
    ("Leslie", 0.154), ("Clara", 0.153), ("Lucille", 0.153), ("Jamie", 0.153), ("Joanne", 0.15),
    ("Eleanor", 0.15), ("Valerie", 0.149), ("Danielle", 0.149), ("Megan", 0.147), ("Alicia", 0.146),
    ("Suzanne", 0.145), ("Michele", 0.145), ("Gail", 0.145), ("Bertha", 0.143), ("Darlene", 0.142),
    ("Veronica", 0.142), ("Jill", 0.142), ("Erin", 0.141), ("Geraldine", 0.141), ("Lauren", 0.137),
    ("Cathy", 0.137), ("Joann", 0.136), ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135),
    ("Regina", 0.133), ("Erica", 0.13), ("Beatrice", 0.13), ("Dolores", 0.129), ("Bernice", 0.128),
    ("Audrey", 0.127), ("Yvonne", 0.126), ("Annette", 0.125), ("June", 0.125), ("Samantha", 0.124),
    ("Marion", 0.122), ("Dana", 0.122), ("Stacy", 0.121), ("Ana", 0.12), ("Renee", 0.12), ("Ida", 0.118),
    ("Vivian", 0.118), ("Roberta", 0.117), ("Holly", 0.117), ("Brittany", 0.117), ("Melanie", 0.116),
    ("Loretta", 0.115), ("Yolanda", 0.115), ("Jeanette", 0.115), ("Laurie", 0.114), ("Katie", 0.113),
    ("Kristen", 0.111), ("Vanessa", 0.111), ("Alma", 0.111), ("Sue", 0.111), ("Elsie", 0.11), ("Beth", 0.11),
    ("Jeanne", 0.109), ("Vicki", 0.109), ("Carla", 0.107), ("Tara", 0.107), ("Rosemary", 0.107),
    ("Eileen", 0.105), ("Terri", 0.105), ("Gertrude", 0.103), ("Lucy", 0.103), ("Tonya", 0.102),
    ("Ella", 0.101), ("Stacey", 0.101), ("Wilma", 0.099), ("Gina", 0.099), ("Kristin", 0.099),
    ("Jessie", 0.098), ("Natalie", 0.098), ("Agnes", 0.098), ("Vera", 0.098), ("Willie", 0.097),
    ("Charlene", 0.097), ("Bessie", 0.096), ("Delores", 0.095), ("Melinda", 0.094), ("Pearl", 0.094),
    ("Arlene", 0.094), ("Maureen", 0.092), ("Colleen", 0.092), ("Allison", 0.092), ("Tamara", 0.092),
    ("Joy", 0.091), ("Georgia", 0.091), ("Constance", 0.091), ("Lillie", 0.09), ("Claudia", 0.09),
    ("Jackie", 0.09), ("Marcia", 0.09), ("Tanya", 0.089), ("Nellie", 0.089), ("Minnie", 0.089),
    ("Marlene", 0.088), ("Heidi", 0.088), ("Glenda", 0.088), ("Lydia", 0.086), ("Viola", 0.086),
    ("Courtney", 0.086), ("Marian", 0.086), ("Stella", 0.085), ("Caroline", 0.085), ("Dora", 0.084),
    ("Jo", 0.083), ("Vickie", 0.082), ("Mattie", 0.081), ("Terry", 0.08), ("Maxine", 0.079), ("Irma", 0.079),
    ("Mabel", 0.078), ("Marsha", 0.078), ("Myrtle", 0.078), ("Lena", 0.077), ("Christy", 0.077),
    ("Deanna", 0.076), ("Patsy", 0.076), ("Hilda", 0.075), ("Gwendolyn", 0.074), ("Jennie", 0.073),
    ("Nora", 0.073), ("Margie", 0.072), ("Nina", 0.072), ("Cassandra", 0.072), ("Leah", 0.072),
    ("Penny", 0.071), ("Kay", 0.071), ("Priscilla", 0.071), ("Naomi", 0.071), ("Carole", 0.071),
    ("Brandy", 0.07), ("Olga", 0.07), ("Billie", 0.069), ("Dianne", 0.069), ("Tracey", 0.069),
    ("Leona", 0.069), ("Jenny", 0.068), ("Felicia", 0.068), ("Sonia", 0.068), ("Miriam", 0.066),
    ("Velma", 0.066), ("Becky", 0.066), ("Bobbie", 0.065), ("Violet", 0.065), ("Kristina", 0.065),
    ("Toni", 0.064), ("Misty", 0.063), ("Mae", 0.063), ("Shelly", 0.062), ("Daisy", 0.062), ("Ramona", 0.062),
    ("Sherri", 0.062), ("Erika", 0.061), ("Katrina", 0.061), ("Claire", 0.061), ("Lindsey", 0.06),
    ("Lindsay", 0.06), ("Geneva", 0.059), ("Guadalupe", 0.059), ("Belinda", 0.059), ("Margarita", 0.059),
    ("Sheryl", 0.059), ("Cora", 0.058), ("Faye", 0.058), ("Ada", 0.057), ("Natasha", 0.057),
    ("Sabrina", 0.057), ("Isabel", 0.057), ("Marguerite", 0.056), ("Hattie", 0.056), ("Harriet", 0.056),
    ("Molly", 0.055), ("Cecilia", 0.055), ("Kristi", 0.055), ("Brandi", 0.055), ("Blanche", 0.055),
    ("Sandy", 0.055), ("Rosie", 0.055), ("Joanna", 0.055), ("Iris", 0.055), ("Eunice", 0.054),
    ("Angie", 0.054), ("Inez", 0.053), ("Lynda", 0.053), ("Madeline", 0.052), ("Amelia", 0.052),
    ("Alberta", 0.052), ("Genevieve", 0.051), ("Monique", 0.051), ("Jodi", 0.051), ("Janie", 0.051),
    ("Maggie", 0.051), ("Kayla", 0.051), ("Sonya", 0.051), ("Jan", 0.051), ("Lee", 0.051),
    ("Kristine", 0.051), ("Candace", 0.051), ("Fannie", 0.05), ("Maryann", 0.05), ("Opal", 0.05),
    ("Alison", 0.05), ("Yvette", 0.05), ("Melody", 0.05), ("Luz", 0.049), ("Susie", 0.049), ("Olivia", 0.049),
    ("Flora", 0.049), ("Shelley", 0.049), ("Kristy", 0.048), ("Mamie", 0.048), ("Lula", 0.048),
    ("Lola", 0.048), ("Verna", 0.048), ("Beulah", 0.048), ("Antoinette", 0.048), ("Candice", 0.046),
    ("Juana", 0.046), ("Jeannette", 0.046), ("Pam", 0.046), ("Kelli", 0.046), ("Hannah", 0.045),
    ("Whitney", 0.045), ("Bridget", 0.045), ("Karla", 0.044), ("Celia", 0.044), ("Latoya", 0.043),
    ("Patty", 0.043), ("Shelia", 0.043), ("Gayle", 0.043), ("Della", 0.043), ("Vicky", 0.043),
    ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042), ("Kara", 0.041), ("Jacquelyn", 0.041),
    ("Erma", 0.041), ("Blanca", 0.041), ("Myra", 0.04), ("Leticia", 0.04), ("Pat", 0.04), ("Krista", 0.04),
    ("Roxanne", 0.04), ("Angelica", 0.039), ("Johnnie", 0.039), ("Robyn", 0.039), ("Francis", 0.039),
    ("Adrienne", 0.039), ("Rosalie", 0.039), ("Alexandra", 0.039), ("Brooke", 0.039), ("Bethany", 0.039),
    ("Sadie", 0.039), ("Bernadette", 0.039),
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
    ("Henry", 0.365), ("Carl", 0.346), ("Arthur", 0.335), ("Ryan", 0.328), ("Roger", 0.322), ("Joe", 0.321),
    ("Juan", 0.316), ("Jack", 0.315), ("Albert", 0.314), ("Jonathan", 0.313), ("Justin", 0.311),
    ("Terry", 0.311), ("Gerald", 0.309), ("Keith", 0.308), ("Samuel", 0.306), ("Willie", 0.302),
    ("Ralph", 0.282), ("Lawrence", 0.282), ("Nicholas", 0.275), ("Roy", 0.273), ("Benjamin", 0.27),
    ("Bruce", 0.263), ("Brandon", 0.26), ("Adam", 0.259), ("Harry", 0.251), ("Fred", 0.251), ("Wayne", 0.249),
    ("Billy", 0.248), ("Steve", 0.246), ("Louis", 0.243), ("Jeremy", 0.242), ("Aaron", 0.24),
    ("Randy", 0.232), ("Howard", 0.23), ("Eugene", 0.23), ("Carlos", 0.229), ("Russell", 0.224),
    ("Bobby", 0.223), ("Victor", 0.222), ("Martin", 0.216), ("Ernest", 0.215), ("Phillip", 0.213),
    ("Todd", 0.213), ("Jesse", 0.209), ("Craig", 0.206), ("Alan", 0.204), ("Shawn", 0.2), ("Clarence", 0.197),
    ("Sean", 0.197), ("Philip", 0.197), ("Chris", 0.197), ("Johnny", 0.195), ("Earl", 0.193),
    ("Jimmy", 0.191), ("Antonio", 0.19), ("Danny", 0.19), ("Bryan", 0.19), ("Tony", 0.19), ("Luis", 0.189),
    ("Mike", 0.189), ("Stanley", 0.186), ("Leonard", 0.186), ("Nathan", 0.185), ("Dale", 0.184),
    ("Manuel", 0.181), ("Rodney", 0.18), ("Curtis", 0.18), ("Norman", 0.177), ("Allen", 0.174),
    ("Marvin", 0.171), ("Vincent", 0.168), ("Glenn", 0.167), ("Jeffery", 0.166), ("Travis", 0.166),
    ("Jeff", 0.166), ("Chad", 0.165), ("Jacob", 0.165), ("Lee", 0.162), ("Melvin", 0.162), ("Alfred", 0.162),
    ("Kyle", 0.16), ("Francis", 0.16), ("Bradley", 0.159), ("Jesus", 0.155), ("Herbert", 0.155),
    ("Frederick", 0.154), ("Ray", 0.153), ("Joel", 0.152), ("Edwin", 0.148), ("Don", 0.145), ("Eddie", 0.144),
    ("Ricky", 0.141), ("Troy", 0.138), ("Randall", 0.138), ("Barry", 0.134), ("Alexander", 0.132),
    ("Bernard", 0.127), ("Mario", 0.125), ("Leroy", 0.125), ("Francisco", 0.124), ("Marcus", 0.124),
    ("Micheal", 0.123), ("Theodore", 0.123), ("Clifford", 0.123), ("Miguel", 0.122), ("Oscar", 0.122),
    ("Jay", 0.118), ("Jim", 0.118), ("Tom", 0.117), ("Calvin", 0.115), ("Alex", 0.115), ("Jon", 0.115),
    ("Ronnie", 0.113), ("Bill", 0.112), ("Lloyd", 0.112), ("Tommy", 0.112), ("Leon", 0.112), ("Derek", 0.112),
    ("Warren", 0.11), ("Darrell", 0.108), ("Jerome", 0.108), ("Floyd", 0.107), ("Leo", 0.106),
    ("Alvin", 0.105), ("Tim", 0.104), ("Wesley", 0.104), ("Gordon", 0.104), ("Dean", 0.104), ("Greg", 0.104),
    ("Jorge", 0.104), ("Dustin", 0.103), ("Pedro", 0.103), ("Derrick", 0.103), ("Dan", 0.101),
    ("Lewis", 0.099), ("Zachary", 0.099), ("Corey", 0.098), ("Herman", 0.097), ("Maurice", 0.097),
    ("Vernon", 0.097), ("Roberto", 0.097), ("Clyde", 0.095), ("Glen", 0.094), ("Hector", 0.094),
    ("Shane", 0.093), ("Ricardo", 0.093), ("Sam", 0.092), ("Rick", 0.091), ("Lester", 0.091), ("Brent", 0.09),
    ("Ramon", 0.09), ("Charlie", 0.09), ("Tyler", 0.089), ("Gilbert", 0.089), ("Gene", 0.087),
    ("Marc", 0.087), ("Reginald", 0.084), ("Ruben", 0.082), ("Brett", 0.082), ("Angel", 0.082),
    ("Nathaniel", 0.081), ("Rafael", 0.081), ("Leslie", 0.081), ("Edgar", 0.08), ("Milton", 0.08),
    ("Raul", 0.079), ("Ben", 0.078), ("Chester", 0.078), ("Cecil", 0.078), ("Duane", 0.077),
    ("Franklin", 0.077), ("Andre", 0.076), ("Elmer", 0.074), ("Brad", 0.073), ("Gabriel", 0.073),
    ("Ron", 0.072), ("Mitchell", 0.072), ("Roland", 0.072), ("Arnold", 0.072), ("Harvey", 0.072),
    ("Jared", 0.071), ("Adrian", 0.069), ("Karl", 0.069), ("Cory", 0.068), ("Claude", 0.068), ("Erik", 0.068),
    ("Darryl", 0.067), ("Jamie", 0.066), ("Neil", 0.066), ("Jessie", 0.065), ("Christian", 0.065),
    ("Javier", 0.065), ("Fernando", 0.065), ("Clinton", 0.065), ("Ted", 0.064), ("Mathew", 0.064),
    ("Tyrone", 0.064), ("Darren", 0.064), ("Lonnie", 0.064), ("Lance", 0.063), ("Cody", 0.063),
    ("Julio", 0.063), ("Kelly", 0.063), ("Kurt", 0.062), ("Allan", 0.061), ("Nelson", 0.061), ("Guy", 0.06),
    ("Clayton", 0.06), ("Hugh", 0.06), ("Max", 0.059), ("Dwayne", 0.059), ("Dwight", 0.058),
    ("Armando", 0.058), ("Felix", 0.058), ("Jimmie", 0.058), ("Everett", 0.057), ("Jordan", 0.056),
    ("Ian", 0.056), ("Wallace", 0.056), ("Ken", 0.055), ("Bob", 0.055), ("Jaime", 0.055), ("Casey", 0.054),
    ("Alfredo", 0.054), ("Alberto", 0.053), ("Dave", 0.053), ("Ivan", 0.053), ("Johnnie", 0.052),
    ("Sidney", 0.052), ("Byron", 0.052), ("Julian", 0.052), ("Isaac", 0.051), ("Morris", 0.051),
    ("Clifton", 0.05), ("Willard", 0.05), ("Daryl", 0.05), ("Ross", 0.05), ("Virgil", 0.049), ("Andy", 0.049),
    ("Marshall", 0.049), ("Salvador", 0.049), ("Perry", 0.049), ("Kirk", 0.049), ("Sergio", 0.049),
    ("Marion", 0.048), ("Tracy", 0.048), ("Seth", 0.048), ("Kent", 0.048), ("Terrance", 0.048),
    ("Rene", 0.048), ("Eduardo", 0.047), ("Terrence", 0.047), ("Enrique", 0.046), ("Freddie", 0.046),
    ("Wade", 0.045), ("Austin", 0.044), ("Stuart", 0.044), ("Fredrick", 0.043), ("Arturo", 0.043),
    ("Alejandro", 0.043), ("Jackie", 0.043), ("Joey", 0.043), ("Nick", 0.043), ("Luther", 0.043),
    ("Wendell", 0.042), ("Jeremiah", 0.042), ("Evan", 0.042), ("Julius", 0.042), ("Dana", 0.042),
    ("Donnie", 0.041), ("Otis", 0.041), ("Shannon", 0.04), ("Trevor", 0.04), ("Oliver", 0.04), ("Luke", 0.04),
    ("Homer", 0.04), ("Gerard", 0.04), ("Doug", 0.04), ("Kenny", 0.039), ("Hubert", 0.039), ("Angelo", 0.039),
    ("Shaun", 0.039), ("Lyle", 0.038), ("Matt", 0.038), ("Lynn", 0.038), ("Alfonso", 0.038),
    ("Orlando", 0.037), ("Rex", 0.037), ("Carlton", 0.037), ("Ernesto", 0.037), ("Cameron", 0.037),
    ("Neal", 0.037), ("Pablo", 0.036), ("Lorenzo", 0.036), ("Omar", 0.036), ("Wilbur", 0.036),
    ("Blake", 0.036), ("Grant", 0.036), ("Horace", 0.036), ("Roderick", 0.036), ("Kerry", 0.036),
    ("Abraham", 0.035), ("Willis", 0.035), ("Rickey", 0.035), ("Jean", 0.035), ("Ira", 0.035),
    ("Andres", 0.034), ("Cesar", 0.034), ("Johnathan", 0.034), ("Malcolm", 0.034), ("Rudolph", 0.034),
    ("Damon", 0.034), ("Kelvin", 0.034), ("Rudy", 0.034), ("Preston", 0.034), ("Alton", 0.033),
    ("Archie", 0.033), ("Marco", 0.033), ("Wm", 0.033), ("Pete", 0.032), ("Randolph", 0.032),
    ("Garry", 0.032), ("Geoffrey", 0.032), ("Jonathon", 0.032), ("Felipe", 0.032), ("Bennie", 0.032),
    ("Gerardo", 0.032), ("Ed", 0.032), ("Dominic", 0.032), ("Robin", 0.032), ("Loren", 0.032),
    ("Delbert", 0.031), ("Colin", 0.031), ("Guillermo", 0.031), ("Earnest", 0.031), ("Lucas", 0.031),
    ("Benny", 0.03), ("Noel", 0.03), ("Spencer", 0.03), ("Rodolfo", 0.03), ("Myron", 0.03), ("Edmund", 0.03),
    ("Garrett", 0.029), ("Salvatore", 0.029), ("Cedric", 0.029), ("Lowell", 0.029), ("Gregg", 0.029),
    ("Sherman", 0.028), ("Wilson", 0.028), ("Devin", 0.028), ("Sylvester", 0.028), ("Kim", 0.028),
    ("Roosevelt", 0.028), ("Israel", 0.028), ("Jermaine", 0.028),
)  # fmt: skip

US_S = (
    ("Smith", 1.006), ("Johnson", 0.81), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621),
    ("Davis", 0.48), ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor", 0.311),
    ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.31), ("White", 0.279), ("Harris", 0.275),
    ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254), ("Martinez", 0.234), ("Robinson", 0.233),
    ("Clark", 0.231), ("Rodriguez", 0.229), ("Lewis", 0.226), ("Lee", 0.22), ("Walker", 0.219), ("Hall", 0.2),
    ("Allen", 0.199), ("Young", 0.193), ("Hernandez", 0.192), ("King", 0.19), ("Wright", 0.189),
    ("Lopez", 0.187), ("Hill", 0.187), ("Scott", 0.185), ("Green", 0.183), ("Adams", 0.174), ("Baker", 0.171),
    ("Gonzalez", 0.166), ("Nelson", 0.162), ("Carter", 0.162), ("Mitchell", 0.16), ("Perez", 0.155),
    ("Roberts", 0.153), ("Turner", 0.152), ("Phillips", 0.149), ("Campbell", 0.149), ("Parker", 0.146),
    ("Evans", 0.141), ("Edwards", 0.137), ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.13),
    ("Morris", 0.125), ("Rogers", 0.123), ("Reed", 0.122), ("Cook", 0.12), ("Morgan", 0.118), ("Bell", 0.117),
    ("Murphy", 0.117), ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper", 0.113), ("Richardson", 0.112),
    ("Cox", 0.11), ("Howard", 0.11), ("Ward", 0.108), ("Torres", 0.108), ("Peterson", 0.107), ("Gray", 0.106),
    ("Ramirez", 0.105), ("James", 0.105), ("Watson", 0.103), ("Brooks", 0.103), ("Kelly", 0.102),
    ("Sanders", 0.1), ("Price", 0.099), ("Bennett", 0.099), ("Wood", 0.098), ("Barnes", 0.097),
    ("Ross", 0.096), ("Henderson", 0.095), ("Coleman", 0.095), ("Jenkins", 0.095), ("Perry", 0.094),
    ("Powell", 0.093), ("Long", 0.092), ("Patterson", 0.092), ("Hughes", 0.092), ("Flores", 0.092),
    ("Washington", 0.092), ("Butler", 0.091), ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales", 0.087),
    ("Bryant", 0.087), ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084), ("Diaz", 0.084),
    ("Hayes", 0.083), ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082), ("Graham", 0.082),
    ("Sullivan", 0.081), ("Wallace", 0.081), ("Woods", 0.08), ("Cole", 0.08), ("West", 0.08),
    ("Jordan", 0.078), ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077), ("Ellis", 0.077),
    ("Harrison", 0.076), ("Gibson", 0.075), ("McDonald", 0.075), ("Cruz", 0.075), ("Marshall", 0.075),
    ("Ortiz", 0.075), ("Gomez", 0.075), ("Murray", 0.074), ("Freeman", 0.074), ("Wells", 0.073),
    ("Webb", 0.072), ("Simpson", 0.07), ("Stevens", 0.07), ("Tucker", 0.07), ("Porter", 0.069),
    ("Hunter", 0.069), ("Hicks", 0.069), ("Crawford", 0.068), ("Henry", 0.068), ("Boyd", 0.068),
    ("Mason", 0.068), ("Morales", 0.067), ("Kennedy", 0.067), ("Warren", 0.067), ("Dixon", 0.066),
    ("Ramos", 0.066), ("Reyes", 0.066), ("Burns", 0.065), ("Gordon", 0.065), ("Shaw", 0.065),
    ("Holmes", 0.065), ("Rice", 0.064), ("Robertson", 0.064), ("Hunt", 0.063), ("Black", 0.063),
    ("Daniels", 0.062), ("Palmer", 0.062), ("Mills", 0.061), ("Nichols", 0.06), ("Grant", 0.06),
    ("Knight", 0.06), ("Ferguson", 0.059), ("Rose", 0.059), ("Stone", 0.059), ("Hawkins", 0.059),
    ("Dunn", 0.058), ("Perkins", 0.058), ("Hudson", 0.058), ("Spencer", 0.057), ("Gardner", 0.057),
    ("Stephens", 0.057), ("Payne", 0.057), ("Pierce", 0.056), ("Berry", 0.056), ("Matthews", 0.056),
    ("Arnold", 0.056), ("Wagner", 0.055), ("Willis", 0.055), ("Ray", 0.055), ("Watkins", 0.055),
    ("Olson", 0.055), ("Carroll", 0.055), ("Duncan", 0.055), ("Snyder", 0.055), ("Hart", 0.054),
    ("Cunningham", 0.054), ("Bradley", 0.054), ("Lane", 0.054), ("Andrews", 0.054), ("Ruiz", 0.054),
    ("Harper", 0.054), ("Fox", 0.053), ("Riley", 0.053), ("Armstrong", 0.053), ("Carpenter", 0.053),
    ("Weaver", 0.053), ("Greene", 0.053), ("Lawrence", 0.052), ("Elliott", 0.052), ("Chavez", 0.052),
    ("Sims", 0.052), ("Austin", 0.052), ("Peters", 0.052), ("Kelley", 0.052), ("Franklin", 0.051),
    ("Lawson", 0.051), ("Fields", 0.051), ("Gutierrez", 0.051), ("Ryan", 0.051), ("Schmidt", 0.051),
    ("Carr", 0.051), ("Vasquez", 0.051), ("Castillo", 0.051), ("Wheeler", 0.051), ("Chapman", 0.05),
    ("Oliver", 0.05), ("Montgomery", 0.049), ("Richards", 0.049), ("Williamson", 0.049), ("Johnston", 0.049),
    ("Banks", 0.048), ("Meyer", 0.048), ("Bishop", 0.048), ("McCoy", 0.048), ("Howell", 0.048),
    ("Alvarez", 0.048), ("Morrison", 0.048), ("Hansen", 0.047), ("Fernandez", 0.047), ("Garza", 0.047),
    ("Harvey", 0.047), ("Little", 0.046), ("Burton", 0.046), ("Stanley", 0.046), ("Nguyen", 0.046),
    ("George", 0.046), ("Jacobs", 0.046), ("Reid", 0.046), ("Kim", 0.045), ("Fuller", 0.045),
    ("Lynch", 0.045), ("Dean", 0.045), ("Gilbert", 0.045), ("Garrett", 0.045), ("Romero", 0.045),
    ("Welch", 0.044), ("Larson", 0.044), ("Frazier", 0.044), ("Burke", 0.044), ("Hanson", 0.043),
    ("Day", 0.043), ("Mendoza", 0.043), ("Moreno", 0.043), ("Bowman", 0.043), ("Medina", 0.042),
    ("Fowler", 0.042), ("Brewer", 0.042), ("Hoffman", 0.042), ("Carlson", 0.042), ("Silva", 0.042),
    ("Pearson", 0.042), ("Holland", 0.042), ("Douglas", 0.041), ("Fleming", 0.041), ("Jensen", 0.041),
    ("Vargas", 0.041), ("Byrd", 0.041), ("Davidson", 0.041), ("Hopkins", 0.041), ("May", 0.04),
    ("Terry", 0.04), ("Herrera", 0.04), ("Wade", 0.04), ("Soto", 0.04), ("Walters", 0.04), ("Curtis", 0.04),
    ("Neal", 0.039), ("Caldwell", 0.039), ("Lowe", 0.039), ("Jennings", 0.039), ("Barnett", 0.039),
    ("Graves", 0.039), ("Jimenez", 0.039), ("Horton", 0.039), ("Shelton", 0.039), ("Barrett", 0.039),
    ("O'Brien", 0.039), ("Castro", 0.039), ("Sutton", 0.038), ("Gregory", 0.038), ("McKinney", 0.038),
    ("Lucas", 0.038), ("Miles", 0.038), ("Craig", 0.038), ("Rodriquez", 0.037), ("Chambers", 0.037),
    ("Holt", 0.037), ("Lambert", 0.037), ("Fletcher", 0.037), ("Watts", 0.037), ("Bates", 0.037),
    ("Hale", 0.037), ("Rhodes", 0.037), ("Pena", 0.037), ("Beck", 0.037), ("Newman", 0.036),
    ("Haynes", 0.036), ("McDaniel", 0.036), ("Mendez", 0.036), ("Bush", 0.036), ("Vaughn", 0.036),
    ("Parks", 0.035), ("Dawson", 0.035), ("Santiago", 0.035), ("Norris", 0.035), ("Hardy", 0.035),
    ("Love", 0.035), ("Steele", 0.035), ("Curry", 0.035), ("Powers", 0.035), ("Schultz", 0.035),
    ("Barker", 0.035), ("Guzman", 0.034), ("Page", 0.034), ("Munoz", 0.034), ("Ball", 0.034),
    ("Keller", 0.034), ("Chandler", 0.034), ("Weber", 0.034), ("Leonard", 0.034), ("Walsh", 0.033),
    ("Lyons", 0.033), ("Ramsey", 0.033), ("Wolfe", 0.033), ("Schneider", 0.033), ("Mullins", 0.033),
    ("Benson", 0.033), ("Sharp", 0.033), ("Bowen", 0.033), ("Daniel", 0.033), ("Barber", 0.032),
    ("Cummings", 0.032), ("Hines", 0.032), ("Baldwin", 0.032), ("Griffith", 0.032), ("Valdez", 0.032),
    ("Hubbard", 0.032), ("Salazar", 0.032), ("Reeves", 0.032), ("Warner", 0.031), ("Stevenson", 0.031),
    ("Burgess", 0.031), ("Santos", 0.031), ("Tate", 0.031), ("Cross", 0.031), ("Garner", 0.031),
    ("Mann", 0.031), ("Mack", 0.031), ("Moss", 0.031), ("Thornton", 0.031), ("Dennis", 0.031),
    ("McGee", 0.031), ("Farmer", 0.03), ("Delgado", 0.03), ("Aguilar", 0.03), ("Vega", 0.03),
    ("Glover", 0.03), ("Manning", 0.03), ("Cohen", 0.03), ("Harmon", 0.03), ("Rodgers", 0.03),
    ("Robbins", 0.03), ("Newton", 0.03), ("Todd", 0.03), ("Blair", 0.03), ("Higgins", 0.03), ("Ingram", 0.03),
    ("Reese", 0.03), ("Cannon", 0.03), ("Strickland", 0.03), ("Townsend", 0.03), ("Potter", 0.03),
    ("Goodwin", 0.03), ("Walton", 0.03), ("Rowe", 0.029), ("Hampton", 0.029), ("Ortega", 0.029),
    ("Patton", 0.029), ("Swanson", 0.029), ("Joseph", 0.029), ("Francis", 0.029), ("Goodman", 0.029),
    ("Maldonado", 0.029), ("Yates", 0.029), ("Becker", 0.029), ("Erickson", 0.029), ("Hodges", 0.029),
    ("Rios", 0.029), ("Conner", 0.029), ("Adkins", 0.029), ("Webster", 0.028), ("Norman", 0.028),
    ("Malone", 0.028), ("Hammond", 0.028), ("Flowers", 0.028), ("Cobb", 0.028), ("Moody", 0.028),
    ("Quinn", 0.028), ("Blake", 0.028), ("Maxwell", 0.028), ("Pope", 0.028), ("Floyd", 0.027),
    ("Osborne", 0.027), ("Paul", 0.027), ("McCarthy", 0.027), ("Guerrero", 0.027), ("Lindsey", 0.027),
    ("Estrada", 0.027), ("Sandoval", 0.027), ("Gibbs", 0.027), ("Tyler", 0.027), ("Gross", 0.027),
    ("Fitzgerald", 0.027), ("Stokes", 0.027), ("Doyle", 0.027), ("Sherman", 0.027),
)  # fmt: skip


def origin(f: str, m: str, s: str, head: int = 10) -> Origin:
    return Origin(ranked(f, head), ranked(m, head), ranked(s, head))


# Origins common in Sweden: their commonest given names and surnames, 1/rank, head 10.
FINNISH = origin(
    "Maria Helena Johanna Anneli Kaarina Marjatta Hannele Kristiina Elina Liisa Tuula Päivi Sari Anne Tiina Riitta Minna Leena Pirjo Sirpa Aino Eija Satu Marja Anja Ritva Hanna Aila Katja Heidi",
    "Juhani Johannes Mikael Olavi Antero Tapani Kalevi Matti Timo Kari Mikko Jari Juha Antti Pekka Markku Jukka Heikki Ville Janne Petri Hannu Seppo Tuomas Veikko Pertti Esa Ilkka Eero Lauri",
    "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hiltunen Kallio Aaltonen Leinonen",
)
# Iraq and Syria, Arabic names with Assyrian/Syriac ones among them (Sargon, Ninos, Shamiram, Danho).
ARABIC = origin(
    "Fatima Maryam Zainab Noor Sara Amira Layla Rania Hiba Aya Nour Rasha Huda Yasmin Dalia Lina Hanan Samira Salma Reem Marta Shamiram Rita Mariam Saba Ishtar Rawan Ghada Suha Ninve",
    "Mohammed Ahmed Ali Hassan Hussein Omar Ibrahim Mustafa Khaled Mahmoud Yousef Karim Abdullah Sami Tariq Ammar Haider Bassam Nabil Walid Samir Ziad Rami Fadi Jamal Sargon Ninos Afram Ashur Yacoub Ishaq Gabriel",
    "Ali Mohammed Ahmed Hassan Hussein Abbas Jaber Khalil Saleh Saeed Mahmoud Haddad Nasser Mansour Karim Salim Al-Saadi Youssef Abdullah Rashid Al-Hashimi Khoury Jasim Kadhim Alwan Hamid Aziz Suleiman Darwish Danho Lahdo Malke Shabo Gabro Issa Hanna",
)
SOMALI = origin(
    "Fadumo Hodan Amina Sahra Hawa Halima Asha Ifrah Nimco Ayaan Ubah Hibo Deeqa Muna Sagal Naima Hamdi Khadija Ladan Zamzam Leyla Sucaad Fartun Ikran",
    "Abdi Mohamed Ahmed Abdirahman Abdullahi Hassan Ali Omar Yusuf Ismail Abdiaziz Mahad Liban Farah Said Hussein Bashir Guled Abdiwali Mukhtar Idris Jamal Sharmarke Mohamud",
    "Mohamed Ahmed Abdi Hassan Ali Farah Warsame Osman Jama Hussein Nur Abdullahi Aden Ismail Yusuf Omar Duale Egal Hirsi Mohamud Elmi Dahir Gure Samatar Abdulle Guled",
)
POLISH = origin(
    "Anna Katarzyna Maria Małgorzata Agnieszka Barbara Ewa Krystyna Elżbieta Magdalena Joanna Aleksandra Monika Zofia Teresa Danuta Natalia Julia Karolina Marta Beata Dorota Halina Jadwiga Justyna Grażyna Iwona Paulina Agata Weronika",
    "Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Jakub Adam Stanisław Łukasz Mateusz Marek Grzegorz Józef Wojciech Mariusz Dariusz Zbigniew Jerzy Kamil Maciej Rafał Robert Jacek Tadeusz Sławomir Bartosz Przemysław",
    "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Stępień Malinowski Jaworski Adamczyk Dudek Nowicki Czarnecki Sawicki Zawadzki Sadowski",
)
PERSIAN = origin(
    "Maryam Fatemeh Zahra Sara Shirin Parisa Nasrin Leila Mina Niloufar Roya Azadeh Samira Neda Mahsa Golnar Shabnam Ladan Farnaz Negar Yasaman Parvin Fereshteh Elham",
    "Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Behrouz Kaveh Dariush Farhad Babak Arash Majid Omid Navid Kourosh Hassan Payam Shahram Peyman Ramin Siamak",
    "Mohammadi Hosseini Ahmadi Rezaei Karimi Moradi Hashemi Rahimi Jafari Ghasemi Sadeghi Abbasi Kazemi Akbari Rostami Ebrahimi Heydari Tehrani Shirazi Farahani Najafi Amini Zand Bagheri Nazari Yazdani",
)
BCS = origin(
    "Ana Marija Jelena Ivana Maja Amela Emina Lejla Azra Selma Mirela Snežana Dragana Vesna Jasmina Sanja Milica Aida Edina Mirsada Nermina Tijana Katarina Biljana Nevena",
    "Emir Amir Adnan Mirza Edin Senad Nenad Dragan Zoran Milan Goran Dejan Ivan Marko Stefan Nikola Haris Damir Elvir Alen Jasmin Mehmed Armin Tarik Ante Josip Tomislav",
    "Hodžić Hadžić Kovačević Begić Delić Mehmedović Hasanović Husić Karić Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Pavlović Horvat Kovačić Babić Marić Jurić Novak Knežević Popović Omerović Salihović Alić Šehić Mujić",
)
TURKISH = origin(
    "Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hanife Merve Özlem Esra Yasemin Derya Gül Ebru Selin Büşra Aylin Deniz Sevgi Hülya Tuğba",
    "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah Mahmut Recep Emre Burak Kemal Serkan Volkan Cem Can",
    "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Karataş Erdoğan Güneş",
)
# Eritrea: the father's given name serves as the surname.
ERITREAN = origin(
    "Helen Senait Yordanos Selam Mebrat Saba Rahel Feven Luwam Hiwet Tsega Mihret Winta Semhar Ruta Yohana Elsa Abeba Freweini Aster Eden Senait-Mariam",
    "Yonas Daniel Dawit Samuel Tesfay Yohannes Berhane Haile Mehari Kidane Tekle Filmon Habtom Robel Biniam Amanuel Semere Ghirmay Isaias Efrem Awet Meron",
    "Tesfamariam Tekle Haile Gebremedhin Ghebreyesus Kidane Berhane Mehari Tewelde Asmerom Woldemichael Habte Gebru Ghebremariam Yohannes Andemariam Mengis Kahsay Tesfay Abraha Negash Okbazghi Zerai Teklehaimanot",
)
AFGHAN = origin(
    "Fatima Maryam Zahra Shabana Nazanin Parwana Mursal Farzana Zarghona Mina Marzia Nilofar Sadaf Malalai Arezo Hosai Freshta Laila Sakina Roya Masuma",
    "Mohammad Ahmad Ali Abdul Mustafa Hamid Farid Jawad Sayed Reza Omid Rahim Khalid Nasir Zabihullah Hamidullah Sohail Mahdi Ahmadullah Murtaza Habib Ismail",
    "Ahmadi Hussaini Rahimi Karimi Mohammadi Noori Sultani Hakimi Jafari Rezaie Amiri Hashimi Sediqi Stanikzai Popal Durrani Safi Wardak Sadat Nazari Haidari Azizi Habibi",
)
THAI = origin(
    "Siriporn Supaporn Pranee Nattaya Kannika Wanida Ratana Malee Porntip Suda Jintana Sunisa Pimchanok Chutima Kanokwan Arunee Anchalee Patcharee Duangjai Orawan Sompong",
    "Somchai Somsak Prasert Sombat Anan Chaiya Wichai Surachai Sakda Thanakorn Narong Kittisak Pichit Somkiat Apichat Boonmee Chatchai Wirat Preecha",
    "Saetang Srisuk Wongsakul Chaiyaporn Boonyarat Sukprasert Thongdee Rattanakorn Kaewkla Phromma Saelim Chanthara Suwannarat Jaidee Kongkaew Intharasuk Srisawat Meechai Pongpanich Somboon",
)
# Chile and Latin America: two surnames (paternal and maternal) are common.
LATIN = origin(
    "María Carolina Camila Valentina Francisca Javiera Constanza Daniela Catalina Fernanda Paula Claudia Patricia Andrea Carmen Gabriela Isidora Sofía Verónica Ximena Marcela Paola Lorena Alejandra Natalia",
    "José Juan Luis Carlos Jorge Cristián Francisco Rodrigo Sebastián Felipe Diego Pablo Matías Nicolás Andrés Alejandro Manuel Javier Gonzalo Miguel Pedro Claudio Patricio Víctor Benjamín",
    "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez Castro Pizarro Álvarez Vásquez Sánchez Fernández",
)
KURDISH = origin(
    "Rojin Berfin Nazdar Shirin Avin Dilan Zilan Rojda Nishtiman Gulistan Hêlîn Bahar Delal Jiyan Evin Sozdar Narin Viyan Ronahî Hana Awaz Kani",
    "Azad Rebin Shvan Karwan Dilshad Soran Baran Zana Serhat Welat Dara Hemin Kawa Aram Hiwa Shorsh Botan Jiwan Sherko Dlovan Bakhtiar Hawre",
    "Ahmed Mohammed Rasul Hamad Karim Aziz Mustafa Qadir Abdullah Salih Amin Kaya Ali Hussein Sheikh Faraj Jalal Omer Hassan Baban Mahmud Zangana Doski Rashid Khoshnaw",
)
UKRAINIAN = origin(
    "Olena Tetiana Iryna Natalia Oksana Svitlana Yulia Kateryna Anastasiia Olha Maria Viktoriia Halyna Liudmyla Nadiia Daria Sofiia Alina Anna Larysa",
    "Oleksandr Serhii Andrii Volodymyr Mykola Dmytro Ivan Vasyl Yurii Oleksii Viktor Petro Maksym Bohdan Taras Artem Denys Roman Mykhailo Ihor",
    "Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko",
)
INDIAN = origin(
    "Priya Anjali Pooja Neha Divya Sneha Kavya Ananya Lakshmi Deepa Sunita Meera Shreya Aishwarya Riya Nisha Swati Radha Kiran Asha",
    "Rahul Amit Rajesh Sanjay Vikram Arjun Rohan Suresh Anil Vijay Karthik Aditya Nikhil Arun Manoj Ravi Sunil Prakash Deepak Ajay",
    "Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Rao Joshi Mehta Shah Verma Agarwal Pillai Menon Chopra Desai Kapoor Banerjee",
)
CHINESE = origin(
    "Fang Na Min Jing Li Ying Xiu Yan Juan Hui Lin Xiaoling Mei Yue Qing Yuxin Xinyi Jiayi Zihan Ling",
    "Wei Jun Lei Hao Jie Tao Ming Qiang Yong Jian Bo Peng Zhiwei Haoran Yuxuan Zihao Junjie Xin Feng Gang",
    "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo",
)

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_F, SV_M, SV_S),
    "us": Origin(weighted(US_F, 150), weighted(US_M, 150), weighted(US_S, 150)),
    "uk": Origin(UK_F, UK_M, UK_S),
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
}

# Who is named, per language of the text: Swedish largest in Swedish and mixed text.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 68, "arabic": 6, "finnish": 3.5, "polish": 2.5, "bcs": 2.5, "persian": 2.5,
        "somali": 2, "kurdish": 1.5, "turkish": 1.5, "ukrainian": 1.3, "afghan": 1.3,
        "eritrean": 1.2, "latin": 1, "thai": 1, "indian": 0.8, "chinese": 0.6, "uk": 0.6, "us": 0.5,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 9, "indian": 3, "arabic": 2, "polish": 2, "latin": 2,
        "chinese": 1.2, "finnish": 1, "somali": 0.8, "persian": 0.8, "turkish": 0.8,
        "ukrainian": 0.7, "bcs": 0.6, "thai": 0.5, "eritrean": 0.5, "afghan": 0.5, "kurdish": 0.5,
    },
    "mixed": {
        "swedish": 52, "uk": 10, "us": 9, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
        "persian": 2.5, "somali": 1.5, "kurdish": 1.5, "turkish": 1.5, "ukrainian": 1.5,
        "indian": 1.5, "afghan": 1, "eritrean": 1, "latin": 1, "thai": 1, "chinese": 0.8,
    },
}  # fmt: skip

# Short forms people go by, keyed by origin and the given name.
NICK_SV = {
    "Lars": ["Lasse"], "Mikael": ["Micke"], "Joakim": ["Jocke"], "Karl": ["Kalle"], "Per": ["Pelle", "Pära"],
    "Charlotte": ["Lotta"], "Susanne": ["Sussie", "Sanne"], "Elisabeth": ["Lisa", "Bettan", "Lisbeth"],
    "Margareta": ["Maggan", "Greta"], "Kristina": ["Stina", "Kicki"], "Katarina": ["Kajsa", "Katta"],
    "Magnus": ["Mange"], "Thomas": ["Tompa"], "Tobias": ["Tobbe"], "Robert": ["Robban"],
    "Fredrik": ["Fredde"], "Christoffer": ["Chrille"], "Hans": ["Hasse"], "Bengt": ["Bengan"],
    "Torbjörn": ["Tobbe"], "Sebastian": ["Sebbe"], "Alexander": ["Alex", "Acke"], "Rasmus": ["Rasse"],
    "Olof": ["Olle"], "Marcus": ["Macke"], "Viktor": ["Vicke"], "Daniel": ["Danne"], "Niklas": ["Nicke"],
    "Kenneth": ["Kenta"], "Albin": ["Abbe"], "Emanuel": ["Manne"], "Johannes": ["Hannes"],
    "Therese": ["Tessan"], "Annika": ["Anki"], "Gunilla": ["Gunnis"], "Birgitta": ["Bittan", "Gittan"],
    "Camilla": ["Millan"], "Rebecka": ["Becka"], "Matilda": ["Tilda"], "Cecilia": ["Cilla", "Cissi"],
    "Viktoria": ["Vickan"], "Alexandra": ["Alex"], "Gustav": ["Gurra", "Gustaf"], "Patrik": ["Patte"],
    "Mattias": ["Matte"], "Jonas": ["Jonte"], "Christian": ["Chrille"], "Madeleine": ["Maddie"],
    "Isabelle": ["Bella"], "Magdalena": ["Malla"], "Göran": ["Gurra"], "Andreas": ["Andy"],
    "Elisabet": ["Lisa", "Betty"], "Jessica": ["Jessie"], "Anders": ["Ante"], "Ingrid": ["Inka"],
}  # fmt: skip
NICK_EN = {
    "William": ["Will", "Bill"], "Robert": ["Rob", "Bob", "Bobby"], "Elizabeth": ["Liz", "Beth", "Lizzie"],
    "Jennifer": ["Jen", "Jenny"], "Christopher": ["Chris"], "Michael": ["Mike", "Mikey"], "James": ["Jim", "Jamie"],
    "Margaret": ["Maggie", "Peggy"], "Catherine": ["Kate", "Cathy"], "Katherine": ["Kate", "Kathy"],
    "Rebecca": ["Becky", "Becca"], "Samantha": ["Sam"], "Alexander": ["Alex"], "Daniel": ["Dan", "Danny"],
    "Matthew": ["Matt"], "Nicholas": ["Nick"], "Thomas": ["Tom", "Tommy"], "Joseph": ["Joe", "Joey"],
    "Benjamin": ["Ben"], "Edward": ["Ed", "Eddie", "Ted"], "Patricia": ["Pat", "Trish"], "Susan": ["Sue", "Susie"],
    "Deborah": ["Debbie", "Deb"], "Victoria": ["Vicky", "Tori"], "Jessica": ["Jess"], "Charlotte": ["Charlie", "Lottie"],
    "Stephanie": ["Steph"], "Jacqueline": ["Jackie"], "Anthony": ["Tony"], "Andrew": ["Andy", "Drew"],
    "Stephen": ["Steve"], "Steven": ["Steve"], "Timothy": ["Tim"], "Kenneth": ["Ken", "Kenny"], "Donald": ["Don"],
    "Ronald": ["Ron", "Ronnie"], "David": ["Dave"], "Gregory": ["Greg"], "Jonathan": ["Jon"], "Zachary": ["Zach"],
    "Nathan": ["Nate"], "Eleanor": ["Ellie", "Nell"], "Abigail": ["Abby"], "Amanda": ["Mandy"], "Christine": ["Chris", "Tina"],
    "Lawrence": ["Larry"], "Frederick": ["Fred", "Freddie"], "Philip": ["Phil"], "Gerald": ["Gerry"], "Kimberly": ["Kim"],
    "Pamela": ["Pam"], "Cynthia": ["Cindy"], "Sandra": ["Sandy"], "Judith": ["Judy"], "Frances": ["Fran"],
    "Penelope": ["Penny"], "Richard": ["Rich", "Richie"], "Jeffrey": ["Jeff"], "Gary": ["Gaz"], "Harold": ["Harry"],
}  # fmt: skip
NICKNAMES: dict[str, dict[str, list[str]]] = {
    "swedish": NICK_SV,
    "us": NICK_EN,
    "uk": NICK_EN,
    "finnish": {"Johannes": ["Jussi"], "Juhani": ["Jussi"], "Matti": ["Masa"], "Johanna": ["Jonna"]},
    "arabic": {"Mohammed": ["Mo", "Hamoudi"], "Abdullah": ["Abdo"], "Ibrahim": ["Ibbe"]},
    "polish": {"Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"], "Aleksandra": ["Ola"], "Agnieszka": ["Aga"], "Piotr": ["Piotrek"], "Tomasz": ["Tomek"], "Michał": ["Michałek"], "Jakub": ["Kuba"]},
    "latin": {"Francisco": ["Pancho"], "José": ["Pepe"], "Francisca": ["Pancha"], "Alejandro": ["Ale"]},
    "ukrainian": {"Oleksandr": ["Sasha"], "Kateryna": ["Katia"], "Anastasiia": ["Nastia"], "Volodymyr": ["Volodia"]},
    "bcs": {"Ivana": ["Ivka"], "Dragan": ["Gaga"]},
    "turkish": {"Mehmet": ["Memo"], "Mustafa": ["Musti"]},
}  # fmt: skip

_PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "ı": "i", "İ": "I", "đ": "dj", "Đ": "Dj", "ø": "o", "æ": "ae"}
)


def plain(word: str) -> str:
    """A name typed without its letters: diacritics dropped (`Wiśniewski` -> `Wisniewski`)."""
    out = unicodedata.normalize("NFD", word.translate(_PLAIN))
    return "".join(ch for ch in out if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for end in ("ski", "cki", "dzki"):
        if surname.endswith(end):
            return surname[:-1] + "a"
    return surname
