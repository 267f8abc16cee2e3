# ruff: noqa: E501
"""Name pools of held-out DX (issue 15): names as the population has them, by origin and weight.

Written from general knowledge by DX's writer, who read no other set's names and checked none of
these against rung's lexicons (none left out for being known or unknown). Swedish given names and
surnames in the order of SCB's name statistics (weight 1/rank, head the top 150, a tail of rarer
names past them); the US Census 1990 lists (public domain) copied from the `names` package's
`dist.female.first`, `dist.male.first` and `dist.all.last` with the census per cent as weight
(head 150); UK given names and surnames in the order of the ONS rankings (1/rank, head 150); and
the commonest given names and surnames of origins common in Sweden (1/rank, head 10). `MIXES`
says who is named in each language's rows; `NICKNAMES` gives short forms.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this chance, else from its tail


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
    """A list in rank order, weight 1/rank; `_` joins the words of one name (`von_Essen`)."""
    names = tuple(w.replace("_", " ") for w in text.split())
    assert len(set(names)) == len(names), "a name twice in one list"
    return Pool(names, tuple(1 / rank for rank in range(1, len(names) + 1)), min(head, len(names)))


def census(rows: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A census list with its per cent as weight."""
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


SV_F = """
Anna Eva Maria Karin Kristina Lena Sara Kerstin Emma Ingrid Marie Malin Birgitta Jenny Hanna
Inger Annika Linda Susanne Elin Monica Ulla Johanna Sofia Carina Elisabeth Katarina Helena
Camilla Åsa Ida Julia Anette Sandra Gunilla Anneli Ulrika Cecilia Marianne Margareta Ebba Elsa
Frida Jessica Lisa Maja Matilda Wilma Agneta Alice Therese Amanda Lina Siv Caroline Louise Anita
Gun Ann Barbro Britt Elisabet Linnea Pia Madeleine Emelie Josefin Alva Lovisa Yvonne Klara Ella
Astrid Moa Isabelle Ellen Emilia Gunnel Jennie Felicia Olivia Agnes Ingegerd Ann-Christin
Viktoria Karolina Charlotte Mona Christina Ingela Irene Helen Elvira Alma Saga Tove Hedvig Vera
Nora Stina Sofie Rebecka Ronja Tilda Nathalie Emmy Petra Mikaela Ewa Ylva Annie Mia Britt-Marie
Anna-Karin Ann-Marie Maj-Britt Lillemor Berit Marita Ingeborg Gerd Ingalill Solveig Rut Margit
Elsie Greta Sigrid Signe Ann-Sofie Eva-Lena Pernilla Jeanette Erika Maud Ingmarie Doris Majvor
Viveka Lillian Harriet Linn Isabella Ester Alexandra Cornelia Tyra Thea Nellie Selma Liv Freja
Hilda Juni Stella Edith Märta Hillevi Vivianne Ulla-Britt Laila Inga Gunvor Gudrun Ragnhild
Rigmor Kajsa Sanna Malva Vanja Tuva Tindra Vendela Filippa Fanny Beatrice Evelina Angelica
Annelie Annette Andrea Carin Catharina Carolina Cajsa Daniela Denise Ellinor Elina Elise Elna
Engla Hedda Heidi Hilma Ines Iris Irma Jonna Josefine Judith Katja Kristin Lea Linnéa Livia Lo
Lova Lydia Magdalena Marlene Melissa Mila Minna My Nina Ninni Noomi Nova Paula Rakel Sonja Svea
Sylvia Tea Tekla Tina Tora Vilma Viola Åse Agda Aina Alicia Alida Amalia Asta Aurora Bella Bodil
Britta Cassandra Dagmar Edla Eleonora Gunborg Hanne Jill Joanna Kim Lisbeth Lotta Marie-Louise
Maj Majken Mimmi Nelly Ottilia Ragna Sigun Sigrun Siri Teresia Thyra Valborg Vivi Wivianne
Yasmine Hjördis Hulda Iva Karolin Lisen Lilly Malou Matilde Meja Mira Molly Nicole Olga Patricia
Ramona Regina Rosa Rosita Sabina Selin Stephanie Susan Svetlana Tatiana Ulrica Wera Vivan Yvette
Zara Alvina Augusta Barbara Benita Brita Cecilie Clara Dorotea Elly Eivor Elaine Elena Emily
Estelle Evy Fredrika Gabriella Gertrud Gisela Gunhild Gullvi Gunnvor Helén Hélène Henrietta Inez
Ingbritt Irja Jasmine Jeanett Jessika Johanne Karina Kristel Laura Leona Liselott Lisette
Ludmila Lykke Madelene Margaretha Marianna Marina Marit Marta Mathilda Melina Michaela Monika
Märit Nadja Nanna Natalie Pauline Rebecca Renée Ruth Sally Sigbritt Sofi Stefanie Susann Synnöve
Tanja Theres Tilde Ulla-Karin Unni Valentina Veronica Victoria Vilhelmina
"""
SV_M = """
Lars Mikael Anders Johan Erik Per Karl Peter Jan Thomas Daniel Fredrik Hans Andreas Stefan
Mohammed Bengt Magnus Mats Bo Nils Marcus Leif Göran Alexander Jonas Martin Björn Oskar Mattias
Ulf Henrik Sven Viktor William Christer Patrik Lucas Kjell Rolf David Hugo Stig Niklas Tommy
Emil Anton Gustav Robert Filip Sebastian Elias Christian Liam Oliver Axel Roger Simon Jonathan
Tobias Olof Roland Isak Adam Kent Åke Jörgen Kenneth Gunnar Rickard Joakim Leo Arvid Claes Dan
Jakob Ludvig Jesper Linus Robin Mathias Albin Ali Noah Hampus Torbjörn Ingvar Lennart Rasmus
Tomas Håkan Kurt Bertil Sten Rune Arne Gösta Lars-Erik Karl-Erik Jan-Erik Per-Olof Sture Göte
Sixten Harald Egon Vilhelm Alvar Edvin Melvin Theo Vincent Wilhelm Samuel Joel Benjamin Felix
Max Malte Viggo Frans Love Olle Eddie Elton Colin Alfred Lukas Josef Valter Charlie Otto Sam
Nicklas Kristoffer Pontus Erling Inge Ove Lage Ragnar Sune Tage Folke Torsten Birger Ronny Conny
Kennet Sören Dennis Jimmy Glenn Morgan Anders-Petter Carl Johnny Urban Reine Jens Pär Janne
Krister Mårten Ebbe Staffan Jon Ingemar Allan Björne Bror Dag Einar Elof Eskil Evert Gert
Gerhard Gottfrid Gunder Halvar Helge Henning Holger Ivan Ivar Jarl Jöns Karl-Johan Knut Lennarth
Leopold Lars-Göran Lars-Olof Mauritz Nils-Erik Nils-Olof Ola Osvald Paul Per-Anders Rikard Roine
Sigvard Sivert Sölve Tor Tord Torvald Tryggve Uno Valdemar Yngve Abbe Adrian Albert Alex Alf
Algot Aron Arthur August Benny Boris Börje Casper Cornelis Curt Dante Edward Elis Emanuel Enar
Erland Fabian Ferdinand Gabriel Georg Gideon Gilbert Gustaf Hannes Harry Herbert Hilding Ingmar
Isidor Jack Jacob Jesse John Julius Kasper Kevin Kim Kristian Lave Levi Loke Lennie Magne
Manfred Marko Melker Milo Mio Morris Nicolas Noel Odd Oliwer Orvar Ossian Patrick Philip Rafael
Ragnvald Reidar Rene Roy Rutger Sander Seth Severin Sigge Sigurd Stellan Svante Sylvester Tim
Ture Valentin Verner Vidar Vilgot Waldemar Wiktor Ville Zakarias Åsmund Anders-Erik Bo-Göran
Björn-Olof Carl-Johan Eric Hans-Erik Hans-Olof Jan-Olof Jan-Åke Karl-Gustav Mohamad Ahmad
Hussein Omar Mustafa Ibrahim Hassan Abdullah Arnold Artur Assar Bernt Bert Bruno Christoffer
Dick Douglas Edgar Elliot Evald Frank Fritz Gillis Hilmer Hjalmar Ingolf Jim Joar Jörn Kaj
Malkolm Matteus Mons Nore Olav Oscar Per-Erik Pehr Ruben Sigfrid Thor Thore Torgny Torleif Ulrik
Vide Vilmer Wille Östen Örjan Per-Ola Bengt-Göran Lars-Gunnar Sven-Erik Sven-Olof Karl-Axel
Henry Matti Juha Edwin
"""
SV_S = """
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson
Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed Engström Eklund
Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Fransson
Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström Ahmed
Mårtensson Lundström Hassan Viklund Björklund Eliasson Pålsson Berggren Sandström Lund Nordin
Ström Åberg Falk Ekström Hermansson Holmgren Hellström Dahlberg Sundberg Hedlund Sjögren
Abrahamsson Ek Martinsson Öberg Andreasson Strömberg Månsson Åkesson Hansen Jonasson Norberg
Sundström Dahl Lindholm Mohamed Ivarsson Ibrahim Sundqvist Hussein Berntsson Lindahl Adolfsson
Hedberg Sjöstrand Nyman Sjölund Eklöf Öhman Ekberg Palm Holmqvist Lindblom Strand Åström Blom
Nygren Jensen Ekman Omar Lindkvist Söderström Engberg Nordqvist Wallgren Ahlström Lundh Hedström
Söderlund Forslund Kristiansson Borg Sandgren Wahlström Göransson Boström Edlund Knutsson
Granberg Ottosson Bäckström Wiklund Aronsson Hägglund Sundin Nordlund Gustavsson Vikström Bergh
Åhlin Forsman Lindh Björkman Karlström Söderholm Rosén Lindén Lindell Johnsson Strömqvist
Backman Stenberg Moberg Westerberg Melin Westman Hallberg Blomberg Nord Engman Carlsson Jakobson
Lilja Sjödin Hagström Malm Rydberg Ljungberg Selin Blixt Sjöholm Grahn Wennberg Ljung Sundell
Roos Hedin Brandt Thorén Östlund Wikberg Ekholm Lindroth Björnsson Skoglund Höglund Fors
Lindmark Friberg Öhrn Nordgren Ohlsson Ståhl Franzén Haglund Kjellberg Norén Hammar Sandin
Wester Lundell Enqvist Rosenberg Carlberg Bergkvist Åkerlund Jeppsson Pihl Bjälkebring Modin
Nordmark Sjökvist Rask Hjalmarsson Tengvall Mellberg Ahlberg Grönlund Alm Asp Rehn Sahlin Ekdahl
Dahlgren Strid Wernersson Löfstedt Kling Kvist Sjölin Edström Thelin Englund Nordenskiöld Wigren
Lagerqvist Hultgren Boman Olausson Hedman Törnqvist Törnblom Fagerlund Sandell Gren Frisk
Lövgren Hörnqvist Berger Ekwall Lindelöf Bohlin Nyqvist Ljungqvist Dahlin Mörk Oscarsson Wessman
Skog Holmström Ahlqvist Åkerman Tell Bergendahl Uddén Lagerlöf Kronberg Frid Stenmark Sörensen
Brännström Burman Nordahl Fahlén Karlén Tegnér Rudberg Lönnqvist Östman Klang Wahlberg Swahn
Thunberg Ramberg Zetterberg Zetterlund Zackrisson Ljunggren Lindroos Sjövall Sjöqvist Malmberg
Malmgren Marklund Nordberg Pettersen Rydén Sandqvist Sellberg Stenlund Svärd Tapper Wallén Warg
Wennerström Vestin Wigström Åhman Bladh Carling Dalin Ehn Flink Gyllenhammar Hamrin Hellberg
Hjort Holst Hult Jarl Kallin Krantz Lagergren Landin Lidén Lindeberg Lundmark Löwenhielm
Mattisson Meijer Nolin Nordling Palmgren Qvist Rapp Runesson Råberg Schön Sjöblom Sporre Stark
Stål Sundelin Tholin Tidblom Unger Wadman Wall Westin Wik Ågren Åman von_Essen De_Geer
af_Klinteberg Ahmadi Yousef Abdi Karimi Jovanović
"""
UK_F = """
Sarah Emma Claire Laura Rebecca Susan Elizabeth Margaret Helen Karen Julie Nicola Lisa Amy
Jessica Emily Charlotte Hannah Sophie Lucy Olivia Amelia Louise Victoria Rachel Gemma Jennifer
Catherine Joanne Samantha Kelly Natalie Michelle Deborah Jacqueline Patricia Linda Christine
Alison Angela Caroline Katie Chloe Megan Lauren Ellie Grace Isla Ava Mia Lily Jade Stacey Kirsty
Leanne Donna Tracey Dawn Sharon Mandy Wendy Janet Pauline Anne Jane Mary Barbara Brenda Valerie
Jean Sandra Carol Diane Gillian Lesley Fiona Heather Kathryn Katherine Anna Zoe Holly Georgia
Abigail Bethany Eleanor Alice Isabella Ella Freya Poppy Evie Millie Daisy Phoebe Ruby Florence
Rosie Matilda Imogen Jasmine Molly Scarlett Harriet Esme Evelyn Sienna Willow Ivy Maisie Erin
Niamh Aimee Danielle Hayley Kerry Kimberley Lindsey Melanie Joanna Tina Julia Ruth Sally Judith
Maureen Sheila Doreen Joan Dorothy Irene Eileen Sylvia Shirley Hazel Beryl Audrey June Rita
Marion Elaine Lorraine Denise Yvonne Paula Beverley Andrea Tracy Jayne Kim Teresa Maria Clare
Philippa Penelope Rosemary Frances Josephine Annabel Bridget Naomi Esther Leah Shannon Courtney
Paige Aisha Fatima Amira Priya Layla Zara Nadia Anya Keira Tia Lacey Summer Autumn Skye Jodie
Carly Lydia Martha Edith Maya Aria Luna Emilia Sofia Elsie Mabel Nancy Rose Violet Iris Beatrice
Cerys Sian Rhiannon Bethan Catrin Eilidh Morag Kirsten Ailsa Shona Mhairi Gwen Lowri Ffion
Siobhan Aoife Roisin Orla Sinead Maeve Caitlin Ciara Tamsin Verity Hermione Clementine Felicity
Henrietta Marjorie Vera Gladys Hilda Ethel Mavis Muriel Winifred Agnes Lilian
"""
UK_M = """
David John Paul Michael James Mark Andrew Richard Peter Robert Stephen Christopher Ian Simon
Steven Daniel Matthew Thomas William Gary Anthony Jonathan Martin Darren Lee Jason Craig Neil
Kevin Adam Alan Colin Graham Keith Brian Philip Nicholas Timothy Benjamin Samuel Joseph Jack
Oliver Harry George Charlie Jacob Alfie Noah Oscar Leo Arthur Freddie Archie Henry Theo Muhammad
Luke Ryan Liam Callum Connor Jamie Lewis Kieran Nathan Aaron Dean Wayne Carl Shaun Scott Stuart
Barry Trevor Terry Derek Roy Ronald Kenneth Raymond Dennis Roger Malcolm Geoffrey Nigel Clive
Frank Edward Alexander Jake Joshua Dylan Ethan Max Finley Logan Mason Louis Toby Isaac Reuben
Elliot Harrison Tyler Owen Rhys Gareth Dafydd Huw Owain Iwan Hamish Angus Fraser Euan Ross
Duncan Alistair Gordon Douglas Fergus Patrick Sean Declan Ciaran Conor Niall Dominic Sebastian
Hugo Rupert Giles Jeremy Julian Adrian Marcus Vincent Russell Howard Leonard Stanley Albert
Frederick Walter Ernest Harold Sidney Cyril Norman Leslie Victor Eric Rodney Glen Warren Gavin
Mohammed Imran Tariq Arjun Rohan Hassan Ali Omar Yusuf Ibrahim Zain Kai Jude Ronan Rory Jasper
Felix Albie Bernard Gerald Desmond Kenny Alec Lloyd Tristan Jeremiah Barnaby Crispin Quentin
Hector Rowan Ewan Gregor Lachlan Aidan Cormac Eamon Kamran Bilal Sajid Asif Nadeem Ravi Sanjay
Vikram Wesley Clifford Lionel Percy Reginald Horace Archibald Edmund Laurence Mervyn Dwayne
Jermaine Tyrone Errol Winston Delroy Kwame Emeka Tobias Caleb Elijah Gabriel Nathaniel Zachary
Jenson Bradley Curtis
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
Bond Stokes Tucker Davidson Fowler Heath Norman Middleton Lees Banks French Jarvis Sanders Bull
Field Thornton Pugh Hargreaves Ashton Norris Kirby Swift Rahman Iqbal Chowdhury Nolan Brennan
Fraser MacLeod Sinclair
"""
US_F = (
    ("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.980),
    ("Elizabeth", 0.937), ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794),
    ("Margaret", 0.768), ("Dorothy", 0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667),
    ("Betty", 0.666), ("Helen", 0.663), ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565),
    ("Ruth", 0.562), ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.510), ("Sarah", 0.508),
    ("Kimberly", 0.504), ("Deborah", 0.494), ("Jessica", 0.490), ("Shirley", 0.482),
    ("Cynthia", 0.469), ("Angela", 0.468), ("Melissa", 0.462), ("Brenda", 0.455), ("Amy", 0.451),
    ("Anna", 0.440), ("Rebecca", 0.430), ("Virginia", 0.430), ("Kathleen", 0.424),
    ("Pamela", 0.416), ("Martha", 0.412), ("Debra", 0.408), ("Amanda", 0.404), ("Stephanie", 0.400),
    ("Carolyn", 0.385), ("Christine", 0.382), ("Marie", 0.379), ("Janet", 0.379),
    ("Catherine", 0.373), ("Frances", 0.370), ("Ann", 0.364), ("Joyce", 0.364), ("Diane", 0.359),
    ("Alice", 0.357), ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336), ("Doris", 0.335),
    ("Gloria", 0.335), ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315), ("Mildred", 0.313),
    ("Katherine", 0.313), ("Joan", 0.306), ("Ashley", 0.303), ("Judith", 0.297), ("Rose", 0.296),
    ("Janice", 0.285), ("Kelly", 0.283), ("Nicole", 0.281), ("Judy", 0.276), ("Christina", 0.275),
    ("Kathy", 0.272), ("Theresa", 0.271), ("Beverly", 0.267), ("Denise", 0.264), ("Tammy", 0.259),
    ("Irene", 0.252), ("Jane", 0.250), ("Lori", 0.248), ("Rachel", 0.242), ("Marilyn", 0.241),
    ("Andrea", 0.236), ("Kathryn", 0.234), ("Louise", 0.229), ("Sara", 0.229), ("Anne", 0.228),
    ("Jacqueline", 0.228), ("Wanda", 0.226), ("Bonnie", 0.223), ("Julia", 0.223), ("Ruby", 0.221),
    ("Lois", 0.220), ("Tina", 0.220), ("Phyllis", 0.219), ("Norma", 0.218), ("Paula", 0.217),
    ("Diana", 0.216), ("Annie", 0.216), ("Lillian", 0.211), ("Emily", 0.208), ("Robin", 0.208),
    ("Peggy", 0.208), ("Crystal", 0.207), ("Gladys", 0.205), ("Rita", 0.204), ("Dawn", 0.202),
    ("Connie", 0.200), ("Florence", 0.200), ("Tracy", 0.197), ("Edna", 0.197), ("Tiffany", 0.195),
    ("Carmen", 0.195), ("Rosa", 0.194), ("Cindy", 0.192), ("Grace", 0.189), ("Wendy", 0.185),
    ("Victoria", 0.180), ("Edith", 0.179), ("Kim", 0.178), ("Sherry", 0.178), ("Sylvia", 0.177),
    ("Josephine", 0.177), ("Thelma", 0.175), ("Shannon", 0.175), ("Sheila", 0.175),
    ("Ethel", 0.174), ("Ellen", 0.173), ("Elaine", 0.173), ("Marjorie", 0.173), ("Carrie", 0.171),
    ("Charlotte", 0.169), ("Monica", 0.166), ("Esther", 0.166), ("Pauline", 0.165), ("Emma", 0.165),
    ("Juanita", 0.164), ("Anita", 0.162), ("Rhonda", 0.162), ("Hazel", 0.161), ("Amber", 0.160),
    ("Eva", 0.159), ("Debbie", 0.157), ("April", 0.154), ("Leslie", 0.154), ("Clara", 0.153),
    ("Lucille", 0.153), ("Jamie", 0.153), ("Joanne", 0.150), ("Eleanor", 0.150), ("Valerie", 0.149),
    ("Danielle", 0.149), ("Megan", 0.147), ("Alicia", 0.146), ("Suzanne", 0.145),
    ("Michele", 0.145), ("Gail", 0.145), ("Bertha", 0.143), ("Darlene", 0.142), ("Veronica", 0.142),
    ("Jill", 0.142), ("Erin", 0.141), ("Geraldine", 0.141), ("Lauren", 0.137), ("Cathy", 0.137),
    ("Joann", 0.136), ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135), ("Regina", 0.133),
    ("Erica", 0.130), ("Beatrice", 0.130), ("Dolores", 0.129), ("Bernice", 0.128),
    ("Audrey", 0.127), ("Yvonne", 0.126), ("Annette", 0.125), ("June", 0.125), ("Samantha", 0.124),
    ("Marion", 0.122), ("Dana", 0.122), ("Stacy", 0.121), ("Ana", 0.120), ("Renee", 0.120),
    ("Ida", 0.118), ("Vivian", 0.118), ("Roberta", 0.117), ("Holly", 0.117), ("Brittany", 0.117),
    ("Melanie", 0.116), ("Loretta", 0.115), ("Yolanda", 0.115), ("Jeanette", 0.115),
    ("Laurie", 0.114), ("Katie", 0.113), ("Kristen", 0.111), ("Vanessa", 0.111), ("Alma", 0.111),
    ("Sue", 0.111), ("Elsie", 0.110), ("Beth", 0.110), ("Jeanne", 0.109), ("Vicki", 0.109),
    ("Carla", 0.107), ("Tara", 0.107), ("Rosemary", 0.107), ("Eileen", 0.105), ("Terri", 0.105),
    ("Gertrude", 0.103), ("Lucy", 0.103), ("Tonya", 0.102), ("Ella", 0.101), ("Stacey", 0.101),
    ("Wilma", 0.099), ("Gina", 0.099), ("Kristin", 0.099), ("Jessie", 0.098), ("Natalie", 0.098),
    ("Agnes", 0.098), ("Vera", 0.098), ("Willie", 0.097), ("Charlene", 0.097), ("Bessie", 0.096),
    ("Delores", 0.095), ("Melinda", 0.094), ("Pearl", 0.094), ("Arlene", 0.094), ("Maureen", 0.092),
    ("Colleen", 0.092), ("Allison", 0.092), ("Tamara", 0.092), ("Joy", 0.091), ("Georgia", 0.091),
    ("Constance", 0.091), ("Lillie", 0.090), ("Claudia", 0.090), ("Jackie", 0.090),
    ("Marcia", 0.090), ("Tanya", 0.089), ("Nellie", 0.089), ("Minnie", 0.089), ("Marlene", 0.088),
    ("Heidi", 0.088), ("Glenda", 0.088), ("Lydia", 0.086), ("Viola", 0.086), ("Courtney", 0.086),
    ("Marian", 0.086), ("Stella", 0.085), ("Caroline", 0.085), ("Dora", 0.084), ("Jo", 0.083),
    ("Vickie", 0.082), ("Mattie", 0.081), ("Terry", 0.080), ("Maxine", 0.079), ("Irma", 0.079),
    ("Mabel", 0.078), ("Marsha", 0.078), ("Myrtle", 0.078), ("Lena", 0.077), ("Christy", 0.077),
    ("Deanna", 0.076), ("Patsy", 0.076), ("Hilda", 0.075), ("Gwendolyn", 0.074), ("Jennie", 0.073),
    ("Nora", 0.073), ("Margie", 0.072), ("Nina", 0.072), ("Cassandra", 0.072), ("Leah", 0.072),
    ("Penny", 0.071), ("Kay", 0.071), ("Priscilla", 0.071), ("Naomi", 0.071), ("Carole", 0.071),
    ("Brandy", 0.070), ("Olga", 0.070), ("Billie", 0.069), ("Dianne", 0.069), ("Tracey", 0.069),
    ("Leona", 0.069), ("Jenny", 0.068), ("Felicia", 0.068), ("Sonia", 0.068), ("Miriam", 0.066),
    ("Velma", 0.066), ("Becky", 0.066), ("Bobbie", 0.065), ("Violet", 0.065), ("Kristina", 0.065),
    ("Toni", 0.064), ("Misty", 0.063), ("Mae", 0.063), ("Shelly", 0.062), ("Daisy", 0.062),
    ("Ramona", 0.062), ("Sherri", 0.062), ("Erika", 0.061), ("Katrina", 0.061), ("Claire", 0.061),
    ("Lindsey", 0.060), ("Lindsay", 0.060), ("Geneva", 0.059), ("Guadalupe", 0.059),
    ("Belinda", 0.059), ("Margarita", 0.059), ("Sheryl", 0.059), ("Cora", 0.058), ("Faye", 0.058),
    ("Ada", 0.057), ("Natasha", 0.057), ("Sabrina", 0.057), ("Isabel", 0.057),
    ("Marguerite", 0.056), ("Hattie", 0.056), ("Harriet", 0.056), ("Molly", 0.055),
    ("Cecilia", 0.055), ("Kristi", 0.055), ("Brandi", 0.055), ("Blanche", 0.055), ("Sandy", 0.055),
    ("Rosie", 0.055), ("Joanna", 0.055), ("Iris", 0.055), ("Eunice", 0.054), ("Angie", 0.054),
    ("Inez", 0.053), ("Lynda", 0.053), ("Madeline", 0.052), ("Amelia", 0.052), ("Alberta", 0.052),
    ("Genevieve", 0.051), ("Monique", 0.051), ("Jodi", 0.051), ("Janie", 0.051), ("Maggie", 0.051),
    ("Kayla", 0.051), ("Sonya", 0.051), ("Jan", 0.051), ("Lee", 0.051), ("Kristine", 0.051),
    ("Candace", 0.051), ("Fannie", 0.050), ("Maryann", 0.050), ("Opal", 0.050), ("Alison", 0.050),
    ("Yvette", 0.050), ("Melody", 0.050), ("Luz", 0.049), ("Susie", 0.049), ("Olivia", 0.049),
    ("Flora", 0.049), ("Shelley", 0.049), ("Kristy", 0.048), ("Mamie", 0.048), ("Lula", 0.048),
    ("Lola", 0.048), ("Verna", 0.048), ("Beulah", 0.048), ("Antoinette", 0.048), ("Candice", 0.046),
    ("Juana", 0.046), ("Jeannette", 0.046), ("Pam", 0.046), ("Kelli", 0.046), ("Hannah", 0.045),
    ("Whitney", 0.045), ("Bridget", 0.045), ("Karla", 0.044), ("Celia", 0.044), ("Latoya", 0.043),
    ("Patty", 0.043), ("Shelia", 0.043), ("Gayle", 0.043), ("Della", 0.043), ("Vicky", 0.043),
    ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042), ("Kara", 0.041), ("Jacquelyn", 0.041),
    ("Erma", 0.041), ("Blanca", 0.041), ("Myra", 0.040), ("Leticia", 0.040), ("Pat", 0.040),
    ("Krista", 0.040), ("Roxanne", 0.040), ("Angelica", 0.039), ("Johnnie", 0.039),
    ("Robyn", 0.039), ("Francis", 0.039), ("Adrienne", 0.039), ("Rosalie", 0.039),
    ("Alexandra", 0.039), ("Brooke", 0.039), ("Bethany", 0.039), ("Sadie", 0.039),
    ("Bernadette", 0.039),
)  # fmt: skip

US_M = (
    ("James", 3.318), ("John", 3.271), ("Robert", 3.143), ("Michael", 2.629), ("William", 2.451),
    ("David", 2.363), ("Richard", 1.703), ("Charles", 1.523), ("Joseph", 1.404), ("Thomas", 1.380),
    ("Christopher", 1.035), ("Daniel", 0.974), ("Paul", 0.948), ("Mark", 0.938), ("Donald", 0.931),
    ("George", 0.927), ("Kenneth", 0.826), ("Steven", 0.780), ("Edward", 0.779), ("Brian", 0.736),
    ("Ronald", 0.725), ("Anthony", 0.721), ("Kevin", 0.671), ("Jason", 0.660), ("Matthew", 0.657),
    ("Gary", 0.650), ("Timothy", 0.640), ("Jose", 0.613), ("Larry", 0.598), ("Jeffrey", 0.591),
    ("Frank", 0.581), ("Scott", 0.546), ("Eric", 0.544), ("Stephen", 0.540), ("Andrew", 0.537),
    ("Raymond", 0.488), ("Gregory", 0.441), ("Joshua", 0.435), ("Jerry", 0.432), ("Dennis", 0.415),
    ("Walter", 0.399), ("Patrick", 0.389), ("Peter", 0.381), ("Harold", 0.371), ("Douglas", 0.367),
    ("Henry", 0.365), ("Carl", 0.346), ("Arthur", 0.335), ("Ryan", 0.328), ("Roger", 0.322),
    ("Joe", 0.321), ("Juan", 0.316), ("Jack", 0.315), ("Albert", 0.314), ("Jonathan", 0.313),
    ("Justin", 0.311), ("Terry", 0.311), ("Gerald", 0.309), ("Keith", 0.308), ("Samuel", 0.306),
    ("Willie", 0.302), ("Ralph", 0.282), ("Lawrence", 0.282), ("Nicholas", 0.275), ("Roy", 0.273),
    ("Benjamin", 0.270), ("Bruce", 0.263), ("Brandon", 0.260), ("Adam", 0.259), ("Harry", 0.251),
    ("Fred", 0.251), ("Wayne", 0.249), ("Billy", 0.248), ("Steve", 0.246), ("Louis", 0.243),
    ("Jeremy", 0.242), ("Aaron", 0.240), ("Randy", 0.232), ("Howard", 0.230), ("Eugene", 0.230),
    ("Carlos", 0.229), ("Russell", 0.224), ("Bobby", 0.223), ("Victor", 0.222), ("Martin", 0.216),
    ("Ernest", 0.215), ("Phillip", 0.213), ("Todd", 0.213), ("Jesse", 0.209), ("Craig", 0.206),
    ("Alan", 0.204), ("Shawn", 0.200), ("Clarence", 0.197), ("Sean", 0.197), ("Philip", 0.197),
    ("Chris", 0.197), ("Johnny", 0.195), ("Earl", 0.193), ("Jimmy", 0.191), ("Antonio", 0.190),
    ("Danny", 0.190), ("Bryan", 0.190), ("Tony", 0.190), ("Luis", 0.189), ("Mike", 0.189),
    ("Stanley", 0.186), ("Leonard", 0.186), ("Nathan", 0.185), ("Dale", 0.184), ("Manuel", 0.181),
    ("Rodney", 0.180), ("Curtis", 0.180), ("Norman", 0.177), ("Allen", 0.174), ("Marvin", 0.171),
    ("Vincent", 0.168), ("Glenn", 0.167), ("Jeffery", 0.166), ("Travis", 0.166), ("Jeff", 0.166),
    ("Chad", 0.165), ("Jacob", 0.165), ("Lee", 0.162), ("Melvin", 0.162), ("Alfred", 0.162),
    ("Kyle", 0.160), ("Francis", 0.160), ("Bradley", 0.159), ("Jesus", 0.155), ("Herbert", 0.155),
    ("Frederick", 0.154), ("Ray", 0.153), ("Joel", 0.152), ("Edwin", 0.148), ("Don", 0.145),
    ("Eddie", 0.144), ("Ricky", 0.141), ("Troy", 0.138), ("Randall", 0.138), ("Barry", 0.134),
    ("Alexander", 0.132), ("Bernard", 0.127), ("Mario", 0.125), ("Leroy", 0.125),
    ("Francisco", 0.124), ("Marcus", 0.124), ("Micheal", 0.123), ("Theodore", 0.123),
    ("Clifford", 0.123), ("Miguel", 0.122), ("Oscar", 0.122), ("Jay", 0.118), ("Jim", 0.118),
    ("Tom", 0.117), ("Calvin", 0.115), ("Alex", 0.115), ("Jon", 0.115), ("Ronnie", 0.113),
    ("Bill", 0.112), ("Lloyd", 0.112), ("Tommy", 0.112), ("Leon", 0.112), ("Derek", 0.112),
    ("Warren", 0.110), ("Darrell", 0.108), ("Jerome", 0.108), ("Floyd", 0.107), ("Leo", 0.106),
    ("Alvin", 0.105), ("Tim", 0.104), ("Wesley", 0.104), ("Gordon", 0.104), ("Dean", 0.104),
    ("Greg", 0.104), ("Jorge", 0.104), ("Dustin", 0.103), ("Pedro", 0.103), ("Derrick", 0.103),
    ("Dan", 0.101), ("Lewis", 0.099), ("Zachary", 0.099), ("Corey", 0.098), ("Herman", 0.097),
    ("Maurice", 0.097), ("Vernon", 0.097), ("Roberto", 0.097), ("Clyde", 0.095), ("Glen", 0.094),
    ("Hector", 0.094), ("Shane", 0.093), ("Ricardo", 0.093), ("Sam", 0.092), ("Rick", 0.091),
    ("Lester", 0.091), ("Brent", 0.090), ("Ramon", 0.090), ("Charlie", 0.090), ("Tyler", 0.089),
    ("Gilbert", 0.089), ("Gene", 0.087), ("Marc", 0.087), ("Reginald", 0.084), ("Ruben", 0.082),
    ("Brett", 0.082), ("Angel", 0.082), ("Nathaniel", 0.081), ("Rafael", 0.081), ("Leslie", 0.081),
    ("Edgar", 0.080), ("Milton", 0.080), ("Raul", 0.079), ("Ben", 0.078), ("Chester", 0.078),
    ("Cecil", 0.078), ("Duane", 0.077), ("Franklin", 0.077), ("Andre", 0.076), ("Elmer", 0.074),
    ("Brad", 0.073), ("Gabriel", 0.073), ("Ron", 0.072), ("Mitchell", 0.072), ("Roland", 0.072),
    ("Arnold", 0.072), ("Harvey", 0.072), ("Jared", 0.071), ("Adrian", 0.069), ("Karl", 0.069),
    ("Cory", 0.068), ("Claude", 0.068), ("Erik", 0.068), ("Darryl", 0.067), ("Jamie", 0.066),
    ("Neil", 0.066), ("Jessie", 0.065), ("Christian", 0.065), ("Javier", 0.065),
    ("Fernando", 0.065), ("Clinton", 0.065), ("Ted", 0.064), ("Mathew", 0.064), ("Tyrone", 0.064),
    ("Darren", 0.064), ("Lonnie", 0.064), ("Lance", 0.063), ("Cody", 0.063), ("Julio", 0.063),
    ("Kelly", 0.063), ("Kurt", 0.062), ("Allan", 0.061), ("Nelson", 0.061), ("Guy", 0.060),
    ("Clayton", 0.060), ("Hugh", 0.060), ("Max", 0.059), ("Dwayne", 0.059), ("Dwight", 0.058),
    ("Armando", 0.058), ("Felix", 0.058), ("Jimmie", 0.058), ("Everett", 0.057), ("Jordan", 0.056),
    ("Ian", 0.056), ("Wallace", 0.056), ("Ken", 0.055), ("Bob", 0.055), ("Jaime", 0.055),
    ("Casey", 0.054), ("Alfredo", 0.054), ("Alberto", 0.053), ("Dave", 0.053), ("Ivan", 0.053),
    ("Johnnie", 0.052), ("Sidney", 0.052), ("Byron", 0.052), ("Julian", 0.052), ("Isaac", 0.051),
    ("Morris", 0.051), ("Clifton", 0.050), ("Willard", 0.050), ("Daryl", 0.050), ("Ross", 0.050),
    ("Virgil", 0.049), ("Andy", 0.049), ("Marshall", 0.049), ("Salvador", 0.049), ("Perry", 0.049),
    ("Kirk", 0.049), ("Sergio", 0.049), ("Marion", 0.048), ("Tracy", 0.048), ("Seth", 0.048),
    ("Kent", 0.048), ("Terrance", 0.048), ("Rene", 0.048), ("Eduardo", 0.047), ("Terrence", 0.047),
    ("Enrique", 0.046), ("Freddie", 0.046), ("Wade", 0.045), ("Austin", 0.044), ("Stuart", 0.044),
    ("Fredrick", 0.043), ("Arturo", 0.043), ("Alejandro", 0.043), ("Jackie", 0.043),
    ("Joey", 0.043), ("Nick", 0.043), ("Luther", 0.043), ("Wendell", 0.042), ("Jeremiah", 0.042),
    ("Evan", 0.042), ("Julius", 0.042), ("Dana", 0.042), ("Donnie", 0.041), ("Otis", 0.041),
    ("Shannon", 0.040), ("Trevor", 0.040), ("Oliver", 0.040), ("Luke", 0.040), ("Homer", 0.040),
    ("Gerard", 0.040), ("Doug", 0.040), ("Kenny", 0.039), ("Hubert", 0.039), ("Angelo", 0.039),
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
    ("Earnest", 0.031), ("Lucas", 0.031), ("Benny", 0.030), ("Noel", 0.030), ("Spencer", 0.030),
    ("Rodolfo", 0.030), ("Myron", 0.030), ("Edmund", 0.030), ("Garrett", 0.029),
    ("Salvatore", 0.029), ("Cedric", 0.029), ("Lowell", 0.029), ("Gregg", 0.029),
    ("Sherman", 0.028), ("Wilson", 0.028), ("Devin", 0.028), ("Sylvester", 0.028), ("Kim", 0.028),
    ("Roosevelt", 0.028), ("Israel", 0.028), ("Jermaine", 0.028),
)  # fmt: skip

US_S = (
    ("Smith", 1.006), ("Johnson", 0.810), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621),
    ("Davis", 0.480), ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor", 0.311),
    ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.310), ("White", 0.279), ("Harris", 0.275),
    ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254), ("Martinez", 0.234),
    ("Robinson", 0.233), ("Clark", 0.231), ("Rodriguez", 0.229), ("Lewis", 0.226), ("Lee", 0.220),
    ("Walker", 0.219), ("Hall", 0.200), ("Allen", 0.199), ("Young", 0.193), ("Hernandez", 0.192),
    ("King", 0.190), ("Wright", 0.189), ("Lopez", 0.187), ("Hill", 0.187), ("Scott", 0.185),
    ("Green", 0.183), ("Adams", 0.174), ("Baker", 0.171), ("Gonzalez", 0.166), ("Nelson", 0.162),
    ("Carter", 0.162), ("Mitchell", 0.160), ("Perez", 0.155), ("Roberts", 0.153), ("Turner", 0.152),
    ("Phillips", 0.149), ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141),
    ("Edwards", 0.137), ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.130),
    ("Morris", 0.125), ("Rogers", 0.123), ("Reed", 0.122), ("Cook", 0.120), ("Morgan", 0.118),
    ("Bell", 0.117), ("Murphy", 0.117), ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper", 0.113),
    ("Richardson", 0.112), ("Cox", 0.110), ("Howard", 0.110), ("Ward", 0.108), ("Torres", 0.108),
    ("Peterson", 0.107), ("Gray", 0.106), ("Ramirez", 0.105), ("James", 0.105), ("Watson", 0.103),
    ("Brooks", 0.103), ("Kelly", 0.102), ("Sanders", 0.100), ("Price", 0.099), ("Bennett", 0.099),
    ("Wood", 0.098), ("Barnes", 0.097), ("Ross", 0.096), ("Henderson", 0.095), ("Coleman", 0.095),
    ("Jenkins", 0.095), ("Perry", 0.094), ("Powell", 0.093), ("Long", 0.092), ("Patterson", 0.092),
    ("Hughes", 0.092), ("Flores", 0.092), ("Washington", 0.092), ("Butler", 0.091),
    ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales", 0.087), ("Bryant", 0.087),
    ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084), ("Diaz", 0.084), ("Hayes", 0.083),
    ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082), ("Graham", 0.082), ("Sullivan", 0.081),
    ("Wallace", 0.081), ("Woods", 0.080), ("Cole", 0.080), ("West", 0.080), ("Jordan", 0.078),
    ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077), ("Ellis", 0.077), ("Harrison", 0.076),
    ("Gibson", 0.075), ("McDonald", 0.075), ("Cruz", 0.075), ("Marshall", 0.075), ("Ortiz", 0.075),
    ("Gomez", 0.075), ("Murray", 0.074), ("Freeman", 0.074), ("Wells", 0.073), ("Webb", 0.072),
    ("Simpson", 0.070), ("Stevens", 0.070), ("Tucker", 0.070), ("Porter", 0.069), ("Hunter", 0.069),
    ("Hicks", 0.069), ("Crawford", 0.068), ("Henry", 0.068), ("Boyd", 0.068), ("Mason", 0.068),
    ("Morales", 0.067), ("Kennedy", 0.067), ("Warren", 0.067), ("Dixon", 0.066), ("Ramos", 0.066),
    ("Reyes", 0.066), ("Burns", 0.065), ("Gordon", 0.065), ("Shaw", 0.065), ("Holmes", 0.065),
    ("Rice", 0.064), ("Robertson", 0.064), ("Hunt", 0.063), ("Black", 0.063), ("Daniels", 0.062),
    ("Palmer", 0.062), ("Mills", 0.061), ("Nichols", 0.060), ("Grant", 0.060), ("Knight", 0.060),
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
    ("Wheeler", 0.051), ("Chapman", 0.050), ("Oliver", 0.050), ("Montgomery", 0.049),
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
    ("May", 0.040), ("Terry", 0.040), ("Herrera", 0.040), ("Wade", 0.040), ("Soto", 0.040),
    ("Walters", 0.040), ("Curtis", 0.040), ("Neal", 0.039), ("Caldwell", 0.039), ("Lowe", 0.039),
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
    ("Dennis", 0.031), ("McGee", 0.031), ("Farmer", 0.030), ("Delgado", 0.030), ("Aguilar", 0.030),
    ("Vega", 0.030), ("Glover", 0.030), ("Manning", 0.030), ("Cohen", 0.030), ("Harmon", 0.030),
    ("Rodgers", 0.030), ("Robbins", 0.030), ("Newton", 0.030), ("Todd", 0.030), ("Blair", 0.030),
    ("Higgins", 0.030), ("Ingram", 0.030), ("Reese", 0.030), ("Cannon", 0.030),
    ("Strickland", 0.030), ("Townsend", 0.030), ("Potter", 0.030), ("Goodwin", 0.030),
    ("Walton", 0.030), ("Rowe", 0.029), ("Hampton", 0.029), ("Ortega", 0.029), ("Patton", 0.029),
    ("Swanson", 0.029), ("Joseph", 0.029), ("Francis", 0.029), ("Goodman", 0.029),
    ("Maldonado", 0.029), ("Yates", 0.029), ("Becker", 0.029), ("Erickson", 0.029),
    ("Hodges", 0.029), ("Rios", 0.029), ("Conner", 0.029), ("Adkins", 0.029), ("Webster", 0.028),
    ("Norman", 0.028), ("Malone", 0.028), ("Hammond", 0.028), ("Flowers", 0.028), ("Cobb", 0.028),
    ("Moody", 0.028), ("Quinn", 0.028), ("Blake", 0.028), ("Maxwell", 0.028), ("Pope", 0.028),
    ("Floyd", 0.027), ("Osborne", 0.027), ("Paul", 0.027), ("McCarthy", 0.027), ("Guerrero", 0.027),
    ("Lindsey", 0.027), ("Estrada", 0.027), ("Sandoval", 0.027), ("Gibbs", 0.027), ("Tyler", 0.027),
    ("Gross", 0.027), ("Fitzgerald", 0.027), ("Stokes", 0.027), ("Doyle", 0.027),
    ("Sherman", 0.027),
)  # fmt: skip


# Origins common in Sweden: the commonest given names and surnames, in rank order (head 10).
FINNISH_F = "Tuula Päivi Riitta Pirjo Sari Marja Anne Leena Tarja Kirsi Seija Eila Raija Sirpa Aila Merja Eeva Hannele Ritva Pirkko Tiina Satu Minna Aino Marjatta Helena Liisa Sanna Johanna Katja"
FINNISH_M = "Juha Timo Matti Kari Mikko Jari Antti Jukka Mika Markku Pekka Hannu Heikki Seppo Ari Sami Janne Petri Tapio Pentti Esa Raimo Erkki Veikko Jorma Kalevi Tuomas Ville Olli Pertti"
FINNISH_S = "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Kangas Hiltunen"
ARABIC_F = "Fatima Maryam Zainab Noor Sara Aya Amira Rania Huda Layla Hiba Rana Dina Nour Yasmin Lina Reem Salma Samira Maha Ninwe Shamiram Ramina Nahrain Mariam Sabrina Ghada Hanan Widad Suha"
ARABIC_M = "Mohammed Ahmad Ali Hussein Omar Mustafa Khaled Hassan Ibrahim Youssef Karim Samir Abdullah Mahmoud Tariq Bilal Hamza Rami Firas Ammar Sargon Ninos Afram Gabriel Yakoub Malke Ashur Fadi Jamil Nabil"
ARABIC_S = "Ali Mohammed Ahmed Hassan Hussein Ibrahim Abdullah Khalil Saleh Salem Jabbar Kareem Mahmoud Haddad Khoury Nasser Yousef Abbas Jasim Hamdan Al-Obaidi Al-Rubaie Gabriel Yacoub Shamoun Barsom Isaak Aho Malke Danho Gorgis Warda Saliba Hanna Lahdo Akhras"
SOMALI_F = "Fadumo Hodan Amina Asha Hawa Sahra Khadija Ifrah Nimco Ubah Hibo Sagal Ayan Filsan Deeqa Ikran Naima Maryan Halima Sucaad Istar Ayaan"
SOMALI_M = "Abdi Mohamed Ahmed Abdirahman Abdullahi Hassan Ali Omar Yusuf Ismail Abdikadir Farah Mahad Liban Abdiaziz Hussein Osman Jama Said Bashir Abdirizak Guled"
SOMALI_S = "Mohamed Ahmed Ali Hassan Abdi Omar Farah Warsame Jama Hussein Osman Yusuf Abdullahi Ismail Aden Nur Dahir Egal Hirsi Guled Mohamud Abdulle Elmi Gedi Samatar"
POLISH_F = "Anna Katarzyna Maria Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Elżbieta Joanna Aleksandra Monika Zofia Teresa Danuta Natalia Karolina Marta Beata Dorota Justyna Paulina Jolanta Iwona"
POLISH_M = "Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Stanisław Jakub Adam Marek Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Jerzy Maciej Rafał Kamil Sławomir Przemysław"
POLISH_S = "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Zawadzki Czarnecki Sawicki Nowicki Jasiński Górski Walczak Sikora Ostrowski"
PERSIAN_F = "Maryam Fatemeh Zahra Sara Nazanin Shirin Parisa Leila Mina Neda Azadeh Roya Fariba Mahnaz Soheila Shahla Golnar Ladan Niloufar Parvaneh Mitra Tahereh"
PERSIAN_M = "Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Mahmoud Majid Behrouz Farhad Dariush Babak Kourosh Ramin Arash Omid Shahram Hassan Javad Nima"
PERSIAN_S = "Mohammadi Hosseini Ahmadi Rezaei Karimi Moradi Hashemi Jafari Rahimi Ghorbani Sadeghi Mousavi Kazemi Rostami Tehrani Shirazi Esfahani Amini Bagheri Abbasi Nazari Azizi Akbari Ebrahimi Farahani"
BCS_F = "Amra Emina Selma Lejla Amela Jasmina Mirela Aida Ana Marija Jelena Ivana Dragana Snežana Mirsada Senada Azra Alma Maja Vesna Nermina Sanja Elvira Sabina Ajla"
BCS_M = "Emir Adnan Mirza Haris Amir Nermin Edin Samir Dragan Zoran Goran Milan Nikola Marko Ivan Dejan Damir Senad Almir Tarik Kenan Jasmin Mehmed Alen Nenad"
BCS_S = "Hodžić Hadžić Begić Delić Mehmedović Hasanović Husić Kovačević Omerović Hukić Salihović Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Horvat Kovačić Babić Marić Jurić Knežević Pavlović Mujić Ahmetović Karić Softić Čaušević"
TURKISH_F = "Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Sultan Hülya Esra Merve Büşra Derya Özlem Gül Hacer Yasemin Sevgi Songül Dilek Gülsüm"
TURKISH_M = "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah Mahmut Recep Emre Burak Kemal Serkan"
TURKISH_S = "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Erdoğan Aksoy Güneş Korkmaz"
ERITREAN_F = "Helen Senait Selam Tsega Mebrat Rahel Hiwet Tsehay Saba Winta Yohana Eden Feven Ruta Semhar Luwam Hanna Meron Azieb Elsa Mahlet Freweini"
ERITREAN_M = "Yonas Daniel Tesfay Mehari Yohannes Filmon Samuel Dawit Robel Habtom Kidane Tekle Berhane Michael Amanuel Efrem Semere Haile Yemane Goitom Mulugeta Biniam"
ERITREAN_S = "Tesfay Gebremedhin Tekle Haile Berhe Kidane Ghebremariam Woldu Mehari Tesfamariam Ghebrehiwet Yohannes Habte Asfaha Tewolde Gebru Kahsay Andemariam Negash Abraha"
AFGHAN_F = "Fatima Zahra Maryam Marzia Nargis Shabana Farida Mina Parwana Zarghona Malalai Laila Roya Sima Khadija Freshta Mursal Nilofar Hamida Gulalai"
AFGHAN_M = "Mohammad Ahmad Ali Abdul Hamid Mustafa Omid Reza Javid Jawad Farid Sohail Murtaza Hussain Khalid Nasir Sayed Rahim Bashir Zabihullah Hamed Milad"
AFGHAN_S = "Ahmadi Hussaini Rahimi Mohammadi Hakimi Sultani Karimi Nazari Rezai Haidari Sadat Jafari Amiri Azimi Habibi Noori Popal Stanikzai Wardak Safi Barakzai Sharifi Samadi Qasemi"
THAI_F = "Siriporn Nattaya Pranee Kanya Somporn Malee Sunisa Wanida Jintana Ratana Supaporn Pornthip Sukanya Nittaya Amporn Duangjai Wassana Kannika Lamai Buppha"
THAI_M = "Somchai Somsak Prasert Sombat Surachai Wichai Anan Chaiwat Kittisak Thanawat Narong Sakda Boonmee Somkiat Niran Apichat Prasit Sutthipong"
THAI_S = "Saelim Saetang Saeli Srisawat Thongdee Boonmee Jaidee Wongsuwan Chanthong Kaewkla Sukprasert Phromma Kongkaew Rattanaphon Somboon Chaisiri Thongkham Sriwong Kaewmanee Intharasuk"
LATIN_F = "María Carolina Camila Valentina Daniela Francisca Javiera Catalina Constanza Fernanda Claudia Patricia Verónica Paola Andrea Gabriela Ximena Marcela Lorena Paulina Ana Isabel"
LATIN_M = "José Juan Luis Carlos Jorge Francisco Diego Sebastián Matías Felipe Cristián Rodrigo Pablo Andrés Gonzalo Nicolás Manuel Miguel Alejandro Víctor Patricio Héctor"
LATIN_S = "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Ramírez Reyes Gutiérrez Castro Vargas Álvarez Vásquez Tapia Fernández"
KURDISH_F = "Rojin Berfin Dilan Zozan Shilan Hevin Nazdar Avin Ronahi Jiyan Bahar Narin Helin Roza Gulistan Nasrin Delal Sakine Berivan Shno"
KURDISH_M = "Rebin Kawa Azad Dilshad Shwan Karwan Rizgar Hiwa Aras Baran Serdar Shirwan Soran Hejar Zana Diyar Rojhat Jiwan Hawre Sardar"
KURDISH_S = "Ahmad Mahmoud Mustafa Rashid Aziz Karim Qadir Hama Salih Amin Rasul Doski Zebari Barwari Hawrami Mirza Sindi Tekin Keskin Baban Jaff"
UKRAINIAN_F = "Olena Tetiana Natalia Iryna Oksana Yulia Svitlana Olha Kateryna Anastasiia Maryna Viktoriia Liudmyla Halyna Nadiia Valentyna Alina Daria Inna Larysa"
UKRAINIAN_M = "Oleksandr Serhii Andrii Volodymyr Oleksii Dmytro Mykola Yurii Ivan Viktor Vasyl Ihor Maksym Vitalii Bohdan Taras Roman Petro Artem Denys"
UKRAINIAN_S = "Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko Kravchuk Klymenko Pavlenko Savchuk Kuzmenko"
INDIAN_F = "Priya Anjali Divya Pooja Neha Sneha Lakshmi Kavya Deepa Swati Shreya Ananya Meera Nisha Ritu Sunita Aishwarya Aarti Shalini Geeta"
INDIAN_M = "Rahul Amit Arjun Vijay Rajesh Suresh Ravi Sanjay Anil Karthik Vikram Sandeep Arun Deepak Manoj Prakash Rohit Nikhil Siddharth Aditya"
INDIAN_S = "Patel Sharma Singh Kumar Reddy Gupta Iyer Nair Rao Shah Joshi Mehta Krishnan Menon Verma Agarwal Pillai Chopra Desai Bhat Kulkarni Mishra Banerjee Das"
CHINESE_F = "Fang Jing Li Min Yan Hui Ying Mei Na Lan Ling Xin Hong Juan Xia Ping Xiaomei Yuting Lijuan Xiaoyan"
CHINESE_M = "Wei Jun Lei Qiang Yong Jie Tao Ming Chao Hao Peng Gang Jian Bin Yang Feng Zhiwei Jianguo Haoran Long"
CHINESE_S = "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Song Tang"
GERMAN_F = "Sabine Petra Claudia Andrea Susanne Monika Birgit Stefanie Katrin Julia Anja Nicole Ursula Christina Sandra Karin Gabriele Heike Anke Silke Lena Laura Hannah Ute"
GERMAN_M = "Thomas Michael Andreas Stefan Peter Frank Markus Jürgen Klaus Uwe Wolfgang Matthias Jörg Christian Dirk Ralf Martin Tobias Jan Florian Sebastian Lukas Dieter Hans"
GERMAN_S = "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Krause Meier Lehmann"
NORDIC_F = "Anne Inger Kari Marianne Ingrid Liv Eva Hanne Camilla Ida Mette Kirsten Susanne Lene Tone Randi Line Silje Marte Maja Sofie Nora Ingeborg"
NORDIC_M = "Jan Per Bjørn Ole Lars Kjell Knut Arne Svein Hans Morten Jens Niels Søren Henrik Thomas Rasmus Mads Anders Kristian Magnus Espen Jesper"
NORDIC_S = "Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen Pettersen Eriksen Haugen Hagen Johannessen Andreassen Jacobsen Jørgensen Halvorsen Henriksen Sørensen Rasmussen Christensen Poulsen Madsen Møller Nielsen"


def origin(f: str, m: str, s: str, head: int = 10) -> Origin:
    return Origin(ranked(f, head), ranked(m, head), ranked(s, head))


ORIGINS: dict[str, Origin] = {
    "swedish": origin(SV_F, SV_M, SV_S, 150),
    "us": Origin(census(US_F), census(US_M), census(US_S)),
    "uk": origin(UK_F, UK_M, UK_S, 150),
    "finnish": origin(FINNISH_F, FINNISH_M, FINNISH_S),
    "arabic": origin(
        ARABIC_F, ARABIC_M, ARABIC_S
    ),  # Iraq, Syria, Lebanon; Assyrian/Syriac names in the lists
    "somali": origin(SOMALI_F, SOMALI_M, SOMALI_S),  # a father's name as surname
    "polish": origin(POLISH_F, POLISH_M, POLISH_S),  # masculine forms; `feminine` makes -ska/-cka
    "persian": origin(PERSIAN_F, PERSIAN_M, PERSIAN_S),
    "bcs": origin(BCS_F, BCS_M, BCS_S),  # Bosnian, Serbian, Croatian
    "turkish": origin(TURKISH_F, TURKISH_M, TURKISH_S),
    "eritrean": origin(ERITREAN_F, ERITREAN_M, ERITREAN_S),  # a father's name as surname
    "afghan": origin(AFGHAN_F, AFGHAN_M, AFGHAN_S),
    "thai": origin(THAI_F, THAI_M, THAI_S),
    "latin": origin(LATIN_F, LATIN_M, LATIN_S),  # Chile and Latin America, often two surnames
    "kurdish": origin(KURDISH_F, KURDISH_M, KURDISH_S),
    "ukrainian": origin(UKRAINIAN_F, UKRAINIAN_M, UKRAINIAN_S),
    "indian": origin(INDIAN_F, INDIAN_M, INDIAN_S),
    "chinese": origin(CHINESE_F, CHINESE_M, CHINESE_S),
    "german": origin(GERMAN_F, GERMAN_M, GERMAN_S),
    "nordic": origin(NORDIC_F, NORDIC_M, NORDIC_S),  # Norwegian and Danish
}

# Hyphenated Swedish given names as people carry them (1/rank, head 10): a Swedish person takes
# one of these with a small chance instead of a single given name.
COMPOUND_F = "Ann-Christin Britt-Marie Anna-Karin Ann-Marie Maj-Britt Ann-Sofie Eva-Lena Ulla-Britt Marie-Louise Anna-Lena Ann-Charlotte Lise-Lotte Ann-Louise Eva-Britt Gun-Britt Ann-Kristin Anna-Maria Ann-Katrin Eva-Marie Ann-Margret Anna-Lisa Inga-Lill Anna-Greta Ing-Marie Gun-Marie Ann-Helen Eva-Karin Rose-Marie Anna-Clara Maj-Lis"
COMPOUND_M = "Lars-Erik Karl-Erik Jan-Erik Per-Olof Karl-Johan Lars-Göran Lars-Olof Nils-Erik Per-Anders Per-Erik Bengt-Göran Sven-Erik Sven-Olof Carl-Johan Hans-Erik Jan-Olof Jan-Åke Karl-Gustav Per-Åke Sven-Åke Lars-Åke Karl-Olof Jan-Olov Nils-Olof Per-Ola Bo-Göran Lars-Gunnar Carl-Henrik Mats-Olof Per-Arne"
COMPOUNDS: dict[bool, Pool] = {True: ranked(COMPOUND_F, 10), False: ranked(COMPOUND_M, 10)}

# Who is named, per language of the row: Swedish largest in Swedish and mixed text, roughly as
# Sweden's population is; English text mostly British and American.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "bcs": 2.4, "persian": 2.2,
        "somali": 1.8, "turkish": 1.5, "kurdish": 1.5, "nordic": 1.5, "afghan": 1.3, "german": 1.2,
        "ukrainian": 1.2, "eritrean": 1.1, "latin": 1, "thai": 0.9, "indian": 0.8, "chinese": 0.6,
        "uk": 0.6, "us": 0.5,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 9, "indian": 3, "arabic": 1.5, "polish": 1.5, "latin": 1.5,
        "chinese": 1.5, "german": 1, "finnish": 0.8, "nordic": 0.8, "persian": 0.7, "turkish": 0.7,
        "somali": 0.6, "ukrainian": 0.6, "bcs": 0.5, "eritrean": 0.4, "afghan": 0.4, "thai": 0.4,
        "kurdish": 0.4,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 9, "arabic": 5, "finnish": 3, "polish": 2.5, "bcs": 2,
        "persian": 2, "indian": 2, "german": 1.5, "nordic": 1.5, "kurdish": 1.2, "turkish": 1.2,
        "somali": 1.2, "afghan": 1, "ukrainian": 1, "latin": 0.9, "eritrean": 0.8, "chinese": 0.8,
        "thai": 0.7,
    },
}  # fmt: skip

# Short forms people go by (`Lasse`, `Micke`, `Liz`), by the given name they come from.
NICK_SV = {
    "Lars": ["Lasse"], "Mikael": ["Micke"], "Joakim": ["Jocke"], "Karl": ["Kalle"], "Per": ["Pelle", "Perra"],
    "Magnus": ["Mange"], "Thomas": ["Tompa"], "Tomas": ["Tompa"], "Fredrik": ["Fredde"], "Jan": ["Janne"],
    "Hans": ["Hasse"], "Bengt": ["Bengan"], "Stefan": ["Steffe"], "Marcus": ["Mackan"], "Daniel": ["Danne"],
    "Rolf": ["Roffe"], "Ulf": ["Uffe"], "Leif": ["Leffe"], "Kenneth": ["Kenta"], "Mattias": ["Matte"],
    "Patrik": ["Patte"], "Alexander": ["Alex"], "Sebastian": ["Sebbe"], "Gunnar": ["Gurra"], "Gustav": ["Gurra", "Gusse"],
    "Sven": ["Svenne"], "Johan": ["Jojje"], "Jonas": ["Jonte"], "Henrik": ["Henke"],
    "Niklas": ["Nicke"], "Kristoffer": ["Kricke"], "Rickard": ["Ricke"], "Robert": ["Robban"], "Torbjörn": ["Tobbe"],
    "Tobias": ["Tobbe"], "Göran": ["Göte"],
    "Margareta": ["Maggan"], "Elisabeth": ["Lisa", "Bettan"], "Elisabet": ["Bettan"], "Kristina": ["Kicki", "Stina"],
    "Charlotte": ["Lotta"], "Susanne": ["Sussie", "Sanna"], "Birgitta": ["Gittan", "Bittan"], "Katarina": ["Kattis"],
    "Madeleine": ["Madde"], "Jessica": ["Jessan"], "Josefin": ["Jossan"], "Camilla": ["Millan"], "Cecilia": ["Cissi"],
    "Ulrika": ["Ullis"], "Annika": ["Anki"], "Ann-Christin": ["Anki"],
    "Viktoria": ["Vicky"], "Karolina": ["Kajsa"], "Johanna": ["Hanna"], "Emelie": ["Emmy"], "Isabelle": ["Bella"],
    "Gabriella": ["Gabbe"], "Barbro": ["Babsan"], "Anette": ["Nettan"], "Jeanette": ["Nettan"],
}  # fmt: skip
NICK_EN = {
    "William": ["Will", "Bill"], "Robert": ["Rob", "Bob"], "Richard": ["Rich", "Rick"], "James": ["Jim", "Jamie"],
    "Michael": ["Mike"], "Christopher": ["Chris"], "Elizabeth": ["Liz", "Beth"], "Jennifer": ["Jen"],
    "Margaret": ["Maggie", "Peggy"], "Katherine": ["Kate"], "Catherine": ["Cath", "Kate"], "Thomas": ["Tom"],
    "Daniel": ["Dan"], "Matthew": ["Matt"], "Joseph": ["Joe"], "Anthony": ["Tony"], "Samuel": ["Sam"],
    "Benjamin": ["Ben"], "Alexander": ["Alex"], "Rebecca": ["Becky", "Becca"], "Victoria": ["Vicky"],
    "Jessica": ["Jess"], "Deborah": ["Debbie"], "Patricia": ["Pat", "Trish"], "Susan": ["Sue"], "Charles": ["Charlie"],
    "Edward": ["Ed", "Ted"], "Nicholas": ["Nick"], "Jonathan": ["Jon"], "David": ["Dave"], "Stephen": ["Steve"],
    "Steven": ["Steve"], "Andrew": ["Andy"], "Timothy": ["Tim"], "Kenneth": ["Ken"], "Ronald": ["Ron"],
    "Donald": ["Don"], "Gregory": ["Greg"], "Jacqueline": ["Jackie"], "Samantha": ["Sam"], "Amanda": ["Mandy"],
    "Christine": ["Chris"], "Kimberly": ["Kim"], "Pamela": ["Pam"], "Cynthia": ["Cindy"], "Lawrence": ["Larry"],
    "Abigail": ["Abby"], "Eleanor": ["Ellie"], "Oliver": ["Ollie"], "Nicola": ["Nicky"], "Philip": ["Phil"],
    "Gerald": ["Gerry"], "Frederick": ["Fred"], "Alfred": ["Alf"], "Jeffrey": ["Jeff"], "Douglas": ["Doug"],
}  # fmt: skip
NICKNAMES: dict[str, dict[str, list[str]]] = {
    "swedish": NICK_SV,
    "us": NICK_EN,
    "uk": NICK_EN,
    "arabic": {"Mohammed": ["Mo"], "Abdullah": ["Abdi"]},
    "persian": {"Mohammad": ["Mo"]},
    "finnish": {"Juha": ["Jussi"], "Matti": ["Matte"]},
}

PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ø": "o", "Ø": "O", "æ": "ae", "ß": "ss"}
)


def plain(word: str) -> str:
    """A name typed without its letters (`Wiśniewski` as `Wisniewski`, `Hodžić` as `Hodzic`)."""
    word = word.translate(PLAIN)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname's feminine form: -ski/-cki/-dzki end in -ska/-cka/-dzka; others unchanged."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname
