# ruff: noqa: E501
"""Name pools of held-out HP (issue 15): names as the population has them, weighted by how often
people carry them.

Swedish given names and surnames in the order of SCB's name statistics (written from general
knowledge; weight 1/rank; head the top 150, a tail of rarer names past them); the US Census 1990
lists (public domain; copied from the `names` package's `dist.female.first`, `dist.male.first`
and `dist.all.last`, the census per cent as weight, head 150); UK given names and surnames in the
order of the ONS rankings (general knowledge; 1/rank); and the commonest given names and surnames
of origins common in Sweden (1/rank, head 10). No name was checked against anything in the
repository: none is left out for being known or unknown. `MIXES` says who is named in each
language of text; `NICKNAMES` gives short forms. Stdlib only.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this probability, else its tail


@dataclass(frozen=True)
class Pool:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int  # the first `head` names are the head; the rest the tail


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def words(text: str) -> tuple[str, ...]:
    """Names from a block of text: split on white space, `_` standing for a space inside a name."""
    out = tuple(w.replace("_", " ") for w in text.split())
    assert len(set(out)) == len(out), [w for w in out if out.count(w) > 1]
    return out


def ranked(text: str, head: int) -> Pool:
    """A list in rank order, weight 1/rank over the whole list (head and tail)."""
    names = words(text)
    assert len(names) > head, (len(names), head)
    return Pool(names, tuple(1 / rank for rank in range(1, len(names) + 1)), head)


def census(rows: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A US Census 1990 list: the per cent of people carrying the name as its weight."""
    names = tuple(n for n, _ in rows)
    assert len(set(names)) == len(names)
    return Pool(names, tuple(p for _, p in rows), head)


_PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "ø": "o", "Ø": "O", "æ": "ae"}
)


def plain(name: str) -> str:
    """A name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Đorđević` -> `Djordjevic`."""
    name = name.translate(_PLAIN)
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for tail in ("ski", "cki", "dzki"):
        if surname.endswith(tail):
            return surname[:-1] + "a"
    return surname


# Sweden: SCB's name statistics, in rank order by the number of carriers (the writer's
# knowledge of them); weight 1/rank, head the top 150, tail the rarer names past them.
SV_WOMEN = ranked(
    """
    Maria Anna Margareta Elisabeth Eva Kristina Birgitta Karin Elisabet Marie Ingrid Christina
    Linnéa Sofia Kerstin Marianne Lena Helena Emma Johanna Inger Sara Cecilia Elin Anita Louise
    Ulla Linnea Ida Gunilla Viktoria Susanne Malin Katarina Monica Jenny Hanna Irene Carina
    Ingegerd Alice Julia Ann Sofie Camilla Elsa Ulrika Astrid Karolina Amanda Barbro Åsa Matilda
    Josefin Therese Agneta Maja Siv Frida Ebba Yvonne Ingela Anneli Emelie Rebecka Lisa Charlotte
    Caroline Jessica Gun Annika Ella Birgit Gunnel Sandra Madeleine Klara Wilma Britt Moa Alva
    Lovisa Ingeborg Elvira Emilia Felicia Inga Pia Sonja Signe Olivia Vera Maud Helen Ellen Annie
    Nathalie Agnes Britta Linda Elsie Mona Pernilla Sigrid Kajsa Erika Ronja Isabelle Solveig
    Ester Gerd Nina Lina Stina Tove Linn Ellinor Mia Kristin Greta Berit Ruth Märta Viola Saga
    Freja Selma Tyra Alma Ines Nellie Thea Hedvig Liv Majken Lotta Jeanette Petra Mikaela Evelina
    Angelica Magdalena Cornelia Josefina Maj Elise Ylva Rut Marita Gunvor Ann-Marie Anette Iris
    Stella Lilly Ellie Nora
    Ann-Christin Anna-Karin Britt-Marie Eva-Lena Marie-Louise Anna-Lena Ann-Sofie Ann-Britt
    Ann-Charlotte Lise-Lotte Maj-Britt Ulla-Britt Maj-Lis Britt-Inger Gunborg Svea Tekla Hjördis
    Valborg Ragnhild Dagmar Ingalill Lillemor Majvor Ingbritt Dagny Eleonora Tindra Paulina Jennie
    Melissa Tina Liselotte Annelie Jonna Hilda Elina Idun Aina Edit Ewa Inez Rakel Sofi Gabriella
    Veronica Sanna Katrin Regina Viveka Gudrun Hillevi Harriet Vivianne Alexandra Natalie Amelia
    Leah Mila Lova Elma Minna Filippa Emilie Tilda Ingegärd Margit Elvy Karla Lisbeth Gunhild Mari
    Marlene Ellika Fanny Hedda Juni Tuva Vilma Elly Majvi Rosita Doris Sylvia Eivor Iréne Laila
    Mirja Ritva Emmy Elvina Sally Vanessa Isabella Wendela Alicia Cajsa Meja Signhild Elsy Gullan
    Gullvi Asta Adele Alida Hulda Hildur Siri Tora Vendela Selina Nova Joline Jasmine Sabina Rosa
    Malva Lykke Märit Siw Gunn Lill Carin Catharina Madelene Jannike Henrietta Charlotta Kristine
    Irma Agnetha Ingmarie Evy Elvi Ethel Ingelöv Anne Annette Marina Monika Susanna Therése Tova
    Lisen Elisa Maja-Lena Stina-Lisa Hanne Torborg Ingun Jill Wivi Lilian
    """,
    150,
)
SV_MEN = ranked(
    """
    Karl Erik Lars Anders Per Mikael Johan Olof Nils Jan Hans Lennart Peter Gustav Carl Thomas
    Fredrik Daniel Bengt Sven Alexander Magnus Stefan Bo Gunnar Kent Mattias Andreas Åke Jonas
    Göran Martin Leif Henrik Björn Ulf John Axel Kjell Christer Stig David Marcus Oskar Mats Arne
    Emil Rolf Håkan Simon Roger Patrik Ingemar Oscar Viktor Robert Tommy Joakim Sebastian
    Christian Rune William Anton Niklas Kenneth Filip Tobias Hugo Elias Lucas Jakob Claes Jonathan
    Gösta Rickard Robin Adam Kurt Isak Ludvig Jesper Torbjörn Dan Ove Harald Roland Ingvar Urban
    Liam Noah Albin Theo Melvin Benjamin Linus Edvin Leo Love Vincent Max Elliot Olle Kevin Dennis
    Pontus Kristoffer Sixten Wilhelm Arvid Alfred Ivar Valter Vilhelm Einar Ragnar Tage Holger
    Bertil Allan Folke Sune Evert Georg Henry Hampus Alvin Casper Samuel Gabriel Jimmy Conny Jörgen
    Sten Tore Yngve Birger Sigvard Mohammed Kristian Tomas Joel Rasmus Christoffer Gustaf Erling
    Lage Bror Östen Inge
    Lars-Erik Karl-Erik Per-Olof Jan-Erik Sven-Erik Carl-Johan Karl-Johan Lars-Göran Bengt-Göran
    Per-Anders Nils-Erik Jan-Olof Lars-Olov Hans-Erik Kjell-Åke Per-Erik Nils-Olof Sten-Åke
    Tord Torsten Gert Sture Assar Helmer Ebbe Knut Gottfrid Manfred Egon Malte Otto Charlie Frank
    Nicklas Mathias Måns Sigurd Elof Alrik Hilding Osvald Ture Algot Hjalmar Artur Arthur Edvard
    Waldemar Vidar Vilgot Melker Matteo Milo Colin Noel Loke Frans Ola Ole Peder Petter Jens Jon
    Jöns Magne Ingmar Ivan Lenny Glenn Ronny Benny Jonny Kennet Tony Morgan Joachim Thorsten
    Torgny Tryggve Gillis Klas Rikard Reidar Roine Roy Stellan Sören Ragnvald Rudolf Valdemar
    Wiktor Hannes Hjalte Tim Tom Oliver Elton Isac Leon Emanuel Erland Dag Valentin Vilmer Mohamed
    Ali Ahmed Ahmad Hassan Omar Mohammad Abdullahi Jörgen-Åke Anders-Petter Sam Ted Jack Harry
    Nisse Gunder Albert Eskil Eilert Leonard Ernst Gerhard Helge Harry-Göran Ingvald Kalle Olov
    Ronald Rony Seth Sigge Stefan-Erik Sylve Tommie Torvald Uno Verner Åsmund Östen-Åke
    """,
    150,
)
SV_SURNAMES = ranked(
    """
    Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
    Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
    Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson
    Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed Engström Eklund
    Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson
    Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson
    Nordström Ahmed Mårtensson Lundström Hassan Viklund Björklund Eliasson Pålsson Berggren
    Sandström Lund Nordin Ström Åberg Falk Ekström Hermansson Holmgren Hellström Dahlberg Hedlund
    Sundberg Sjögren Ek Blom Abrahamsson Martinsson Öberg Andreasson Strömberg Månsson Hansen
    Åkesson Dahl Lindholm Norberg Holmqvist Mohamed Jacobsson Hedberg Nyman Sundqvist Lindblom
    Ibrahim Sundström Ottosson Lindell Westerberg Omar Jeppsson Nordqvist Boström Wahlberg Hussein
    Nordlund Ahlberg Lindahl Åström Carlsson Öhman Hägglund Bäckström Forslund Ekberg Sundin Grahn
    Åkerlund Östlund Rosén Lilja Skoglund Strand Kvist Borg Stenberg Nygren Backman Wiklund Sandell
    Engberg Lundell Hedström Sjöstrand Ekman Gustavsson Börjesson
    Krantz Nord Roos Fors Hallberg Rydberg Jonasson Kjellberg Lindén Löfström Berntsson
    Vesterlund Hjalmarsson Thorén Svärd Norén Lundh Mohammadi Abdullahi Yusuf Hosseini Jafari
    Karimi Rahimi Petersson Carlson Andersen Nielsen Edlund Ericsson Åhlund Brodin Lindkvist
    Holmström Forsman Sundell Strömqvist Granberg Granström Hagström Hedman Ekholm Bergkvist
    Söderström Söderlund Söderqvist Palm Thörnqvist Westin Wallén Wennberg Wikberg Zetterberg
    Åslund Ågren Östman Öhrn Eng Frisk Fält Gran Hedin Hjelm Holmén Isberg Jäderberg Kling Lantz
    Lagerqvist Lindroth Ljung Ljungberg Ljunggren Lövgren Malm Malmberg Malmström Melin Modig Molin
    Myrberg Norling Nyholm Olausson Olander Ohlsson Paulsson Pehrson Pihl Rask Rehn Ringström
    Rudberg Rundqvist Ryberg Råberg Sahlin Selin Sjödin Sjölund Sköld Stål Stenlund Strid Svanberg
    Swahn Tell Toresson Tornberg Unger Vikström Vallin Wahlström Wass Westman Wester Zackrisson
    Åkerman Ålund Öst Lindvall Ljungqvist Kristiansson Kristensson Adolfsson Ivarsson Josefsson
    Nordgren Nordberg Nordén Rydén Sjöholm Sandin Lindmark Lindh Sundh Hägg Hammar Hammarberg
    Hellberg Henningsson Holgersson Ingvarsson Jacobson Johnsson Knutsson Lennartsson Leander
    Nylander Nyqvist Olsen Renström Robertsson Sjöqvist Stenström Sundvall Svanström Sörensen
    Thelin Torstensson Wallgren Wiberg Viberg Åman Östberg Öqvist Alm Alin Bohlin Brandt
    Ekstrand Fagerström Frid Hallin Hultgren Höglund Jernberg Kron Larsén Lidén Mattson Nyblom
    Pettersén Sandgren Sund Wall Wikman Åkerström Nilsén Burman Hedqvist Kronberg Sjögren-Berg
    von_Platen af_Klercker De_Geer Wachtmeister Lewenhaupt Gyllenstierna Bonde Sparre von_Rosen
    Oxenstierna Leijonhufvud von_Essen af_Ugglas
    """,
    150,
)

# The UK: given names in the order of the ONS rankings of the years today's adults and children
# were born in (the writer's knowledge of them, blended), surnames in the order of their
# frequency in England and Wales; weight 1/rank.
UK_WOMEN = ranked(
    """
    Sarah Emma Laura Rebecca Claire Lisa Nicola Helen Rachel Michelle Karen Susan Julie Amanda
    Joanne Jennifer Katie Hannah Gemma Louise Lucy Samantha Kelly Victoria Elizabeth Margaret
    Patricia Jane Catherine Deborah Linda Mary Jacqueline Tracey Dawn Alison Caroline Fiona Ruth
    Anne Wendy Angela Sharon Elaine Joan Jean Pauline Christine Janet Gillian Lynn Carol Sandra
    Diane Denise Amy Charlotte Sophie Jessica Olivia Emily Chloe Lauren Megan Holly Jade Georgia
    Eleanor Abigail Bethany Ellie Grace Amelia Isla Ava Mia Poppy Ella Lily Evie Isabella Freya
    Daisy Alice Florence Elsie Phoebe Evelyn Millie Ruby Zoe Natalie Stephanie Kirsty Leanne
    Natasha Donna Kathryn Heather Jill Sally Beverley Hazel Maureen Valerie Barbara Sheila Brenda
    Shirley Irene Doris Dorothy Rose Kate Harriet Imogen Anna Molly Jasmine Leah Hayley Kerry Kim
    Andrea Lindsey Sian
    Lorraine Paula Teresa Yvonne Carly Stacey Danielle Jodie Katherine Sara Aisha Fatima Amira Zara
    Maisie Matilda Rosie Sienna Willow Harper Ivy Esme Orla Niamh Siobhan Eilidh Morag Catriona
    Rhiannon Cerys Bronwen Carys Ffion Seren Gwen Kayleigh Chantelle Shannon Demi Tia Kayla
    Courtney Jemima Clementine Philippa Penelope Tabitha Lydia Iris Edith Mabel Nancy Beatrice
    Felicity Antonia Rosemary Geraldine Marjorie Gladys Edna Vera Joyce Hilda Marion Muriel
    Audrey Priya Anjali Aaliyah Maryam Roisin Aoife Ciara Mairead Bridget Eileen Kathleen Annette
    Bernadette Josephine Gail Lesley Tina Janice Sylvia Wendy-Jane Mary-Ann Ann-Marie Lily-Rose
    Rebekah Hollie Abbie Keeley Toni Leigh Marie Joy Pamela Rita Jeanette Julia Frances Gwyneth
    Moira Alexandra Georgina Anastasia Eve Summer Autumn Scarlett Layla Aria Nell
    """,
    130,
)
UK_MEN = ranked(
    """
    David John Paul Mark James Andrew Michael Peter Stephen Richard Robert Christopher Daniel
    Matthew Thomas Ian Gary Simon Martin Anthony Steven Kevin Alan Lee Jason Darren Craig Neil
    Stuart Adam Ben Luke Samuel Joshua William Joseph Ryan Liam Scott Jamie Dean Wayne Shaun Carl
    Colin Graham Keith Brian Philip Nigel Trevor Barry Kenneth Roger Malcolm Derek Dennis Terry
    Tony Oliver George Harry Noah Jack Charlie Leo Jacob Freddie Alfie Oscar Arthur Henry Archie
    Theo Lewis Callum Connor Kieran Jordan Nathan Aaron Jake Kyle Dylan Owen Edward Alexander
    Benjamin Jonathan Nicholas Timothy Gareth Rhys Dafydd Hamish Alistair Fraser Ross Euan Niall
    Declan Sean Patrick Gordon Douglas Duncan Raymond Frank Frederick Albert Ernest Harold Stanley
    Leonard Ronald Donald Norman Eric Roy Geoffrey Victor Howard Russell Clive Adrian Vincent
    Toby Max
    Tyler Elliot Reece Bradley Harvey Louie Mohammed Muhammad Ali Omar Hassan Imran Arjun Rohan
    Aarav Krishna Ravi Sanjay Rajesh Vikram Kwame Kofi Chidi Tariq Asif Zain Ibrahim Yusuf Ellis
    Finley Reggie Rory Cameron Ewan Blair Angus Iain Gregor Lachlan Ruaridh Cormac Padraig Ciaran
    Eoin Brendan Desmond Gerald Cyril Percy Herbert Walter Wilfred Bernard Clifford Lionel Rupert
    Hugo Jasper Barnaby Crispin Giles Piers Quentin Felix Jude Ezra Ronnie Tommy Sonny Teddy Albie
    Jenson Mason Logan Jayden Kai Harrison Zachary Elijah Caleb Isaac Gabriel Louis Sebastian
    Rowan Alfred Austin Ralph Glyn Gwyn Emlyn Idris Aled Huw Ieuan Jon Marcus Jean-Paul
    Leslie Alec Graeme Robin Ashley Darryl Jamal Leon Dominic Guy Miles Vaughan
    """,
    130,
)
UK_SURNAMES = ranked(
    """
    Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson
    Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner
    Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott
    Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter
    Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson
    Ellis Adams Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt
    Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker
    Fisher Stevens Jenkins Murray Dixon Harvey Graham Pearson Ahmed Fletcher Walsh Kaur Gibson
    Howard Andrews Stewart Elliott Reynolds Saunders Payne Fox Ford Pearce Day Brooks West Lawrence
    Cole Atkinson Bradley Spencer Gill Dawson Ball Burton O'Brien Watts Rose Booth Perry Ryan
    Grant Wells Armstrong Francis Rees
    Hayes Hart Hudson Newman Barrett Webster Hunter Gregory Carr Lowe Page Marsh Riley Dunn Woods
    Parsons Berry Stone Reid Holland Hawkins Harding Porter Robertson Newton Oliver Reed Kennedy
    Williamson Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry Burgess Bishop Walton Burns
    Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls Hamilton Byrne Sutton McDonald
    Yates Hodgson Robson Curtis Hopkins O'Connor Harper Coleman Watkins Moss McCarthy Chambers
    O'Neill Griffin Sharp Hardy Wheeler Potter Osborne Johnston Gordon Doyle Wallace George Jordan
    Hutchinson Reeves Fuller Lamb Hewitt Pritchard Frost Snow Winter Storm Dale Field Marsden
    Kirby Rowe Sykes Dyer Hammond Mann Bolton Sanderson Barton Metcalfe Greenwood Whitehead
    Ashton Kaye Buckley Pickering Haigh Thornton Townsend Holt Bray Doherty Quinn Gallagher
    MacLeod MacDonald Fraser Cameron Sinclair Munro Mackenzie Ferguson Paterson Duncan Morrison
    Llewellyn Pugh Vaughan Powell-Jones Lloyd-Davies Wynne Bevan Jenkins-Hughes Nolan Brennan
    Chaudhry Iqbal Akhtar Mahmood Rahman Uddin Mistry Chauhan Sharma Nguyen Okafor Adeyemi Mensah
    Kowalski Nowak
    """,
    150,
)

# The US Census 1990 (public domain): the first 400 women's and 400 men's given names and the first
# 450 surnames of `dist.female.first`, `dist.male.first`, `dist.all.last`, per cent of people as weight.
US_WOMEN = (
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
US_MEN = (
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
US_SURNAMES = (
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
    ("Sherman", 0.027), ("Saunders", 0.027), ("Wise", 0.027), ("Colon", 0.027), ("Gill", 0.027),
    ("Alvarado", 0.027), ("Greer", 0.026), ("Padilla", 0.026), ("Simon", 0.026), ("Waters", 0.026),
    ("Nunez", 0.026), ("Ballard", 0.026), ("Schwartz", 0.026), ("McBride", 0.026),
    ("Houston", 0.026), ("Christensen", 0.026), ("Klein", 0.026), ("Pratt", 0.026),
    ("Briggs", 0.026), ("Parsons", 0.026), ("McLaughlin", 0.026), ("Zimmerman", 0.026),
    ("French", 0.026), ("Buchanan", 0.026), ("Moran", 0.026), ("Copeland", 0.025), ("Roy", 0.025),
    ("Pittman", 0.025), ("Brady", 0.025), ("McCormick", 0.025), ("Holloway", 0.025),
)  # fmt: skip

# Origins common in Sweden: the commonest given names and surnames of each, as the writer knows
# them, in rank order; weight 1/rank, head the top 10. Surnames where the custom is a father's or
# grandfather's name (Somali, Eritrean, Afghan, many Arabic and Kurdish names) are such names.
WORLD = {
    "finnish": (
        """Maria Helena Johanna Anneli Kaarina Marjatta Anna Liisa Annikki Hannele Tuula Päivi Sari
        Tiina Pirjo Leena Riitta Anne Minna Marja Aino Eeva Satu Katja Sanna Outi Merja Sirpa""",
        """Juhani Johannes Olavi Antero Tapani Kalevi Matti Mikael Timo Kari Pekka Jari Mikko Juha
        Antti Jukka Markku Heikki Seppo Hannu Ilkka Esa Veikko Pentti Tuomas Ville Janne Petri""",
        """Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen
        Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo
        Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen""",
    ),
    "arabic": (
        """Fatima Maryam Noor Zainab Sara Hiba Rasha Rana Layla Amal Yasmin Huda Aya Reem Dalia Lina
        Nour Shahad Rania Samira Ninve Shamiram Nahrin Ishtar Mariam Rima""",
        """Mohammed Ahmed Ali Hassan Hussein Omar Mahmoud Khaled Mustafa Ibrahim Yousef Abdullah
        Karim Hamza Ammar Haider Sami Bassam Tarek Firas Sargon Ninos Ashur Gabriel Aziz Ziad""",
        """Ali Mohammed Ahmed Hassan Hussein Ibrahim Abdullah Khalil Saleh Mahmoud Al-Hassani
        Al-Obaidi Jaber Haddad Khoury Nasser Yousef Abbas Jasim Kadhim Salman Hamid Aziz Shamoun
        Barsoum Gabriel Isho Yakob Sabri Hanna Malke Yousif Saliba""",
    ),
    "somali": (
        """Fadumo Hodan Amina Sahra Hawa Asha Ifrah Halimo Nasra Khadija Ayan Muna Sagal Ubah Hibo
        Deeqa Fartun Hamdi Ilhan Sucaad Faduma Sahro""",
        """Mohamed Abdi Ahmed Abdirahman Hassan Ali Abdullahi Yusuf Omar Ismail Abdikadir Mahad
        Liban Guled Hamza Farah Bashir Mukhtar Abdiaziz Khalid Abdirizak Mustafe""",
        """Mohamed Ali Ahmed Hassan Abdi Omar Hussein Abdullahi Farah Warsame Yusuf Osman Ismail Jama
        Hersi Aden Dahir Mohamud Nur Egal Abdulle Gedi Elmi Said""",
    ),
    "polish": (
        """Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Elżbieta Magdalena Joanna
        Aleksandra Monika Zofia Teresa Danuta Natalia Karolina Marta Beata Dorota Justyna Paulina
        Jadwiga Grażyna""",
        """Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Stanisław Jakub Adam Marek Łukasz
        Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Jerzy Maciej Kamil Rafał Robert Józef""",
        """Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański
        Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek
        Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski
        Majewski Olszewski Stępień Malinowski Jaworski Adamczyk Dudek Nowicki Zawadzki Sadowski
        Czarnecki Wysocki""",
    ),
    "persian": (
        """Maryam Fatemeh Zahra Narges Mahsa Parisa Shirin Leila Nasrin Azadeh Roya Setareh Mina
        Neda Sara Golnaz Ladan Shadi Elham Samira""",
        """Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Majid Hassan Behrouz Dariush Farhad Kaveh
        Babak Arash Omid Peyman Kourosh Navid""",
        """Mohammadi Hosseini Ahmadi Rezaei Karimi Moradi Hashemi Rahimi Jafari Ghasemi Sadeghi
        Mousavi Heidari Akbari Azizi Kazemi Alavi Ebrahimi Tehrani Rostami Shirazi Farahani Nouri
        Bagheri Amini""",
    ),
    "bcs": (
        """Amela Emina Lejla Selma Amra Jasmina Ana Marija Jelena Ivana Mirela Sanja Dragana Senada
        Elma Aida Maja Snežana Vesna Mirjana Azra Alma Nermina""",
        """Emir Adnan Amir Edin Armin Senad Haris Dragan Nikola Marko Ivan Milan Zoran Goran Nenad
        Dejan Mirza Kemal Tarik Admir Damir Stjepan Josip Ante""",
        """Hodžić Hadžić Delić Begić Mujić Hasanović Kovačević Jovanović Petrović Nikolić Marković
        Đorđević Stojanović Ilić Horvat Kovačić Babić Marić Jurić Novak Husić Omerović Mehmedović
        Alić Karić Salihović Softić Ahmetović Popović Pavlović""",
    ),
    "turkish": (
        """Fatma Ayşe Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hülya Derya Gülay Esra Merve
        Büşra Özlem Songül Yasemin Nur""",
        """Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil
        Süleyman Abdullah Mahmut Recep Emre Burak Kemal Serkan""",
        """Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç
        Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Erdoğan Korkmaz Aksoy Güneş""",
    ),
    "eritrean": (
        """Helen Senait Selam Mebrat Saba Ruta Luwam Yordanos Feven Semhar Tsega Winta Hiwet Abeba
        Almaz Azieb Eden Meron Ksanet Freweini""",
        """Yonas Dawit Tesfay Yohannes Mehari Habte Samuel Filmon Biniam Tekle Amanuel Berhane Kidane
        Goitom Mussie Senay Efrem Robel Henok Mikael""",
        """Tesfay Tekle Ghebremedhin Haile Berhe Gebremariam Kidane Mehari Woldu Ghebreyesus Habte
        Tesfamariam Asfaha Negash Abraha Andemariam Ghirmay Yemane Zerai Tsegai""",
    ),
    "afghan": (
        """Zahra Maryam Fatima Nazia Mursal Parwana Shabnam Farzana Madina Khadija Zarghuna Mahbooba
        Nilofar Roya Sadaf Soraya Freshta Laila Homa Storai""",
        """Mohammad Ahmad Ali Abdul Mustafa Hamid Rahim Jawad Sayed Naser Farid Wahid Nasir
        Rahmatullah Hekmatullah Zabihullah Sharif Karim Qasim Morteza Habib""",
        """Ahmadi Mohammadi Hosseini Rahimi Sultani Hakimi Karimi Noori Rezai Amiri Jafari Sadat Popal
        Popalzai Barakzai Durrani Stanikzai Safi Wardak Qaderi Hashimi Yousufzai Zazai Rasuli
        Naseri""",
    ),
    "thai": (
        """Siriporn Supaporn Kanokwan Nittaya Pranee Sunisa Wanida Malai Ratana Jintana Pornthip
        Duangjai Suda Somsri Orathai Kanya Araya Kulap Pimchanok Chutima""",
        """Somchai Somsak Sombat Prasert Suchart Boonmee Anan Chaiwat Wichai Kittisak Thanakorn
        Surasak Niran Pichai Sakda Thawatchai Narong Arthit Worawut Somboon""",
        """Saelee Saetang Srisuk Wongsawat Sukprasert Chaiyaporn Boonyarat Rattanakorn Thongdee
        Kaewkla Phromma Suwannarat Srisawat Jaidee Intharasuk Ketkaew Chantarasiri Sangthong
        Yodsuwan Bunnag""",
    ),
    "latin": (
        """María Ana Carolina Camila Javiera Valentina Francisca Constanza Daniela Paula Catalina
        Fernanda Patricia Claudia Verónica Gabriela Andrea Carmen Rosa Marcela""",
        """José Juan Luis Carlos Jorge Cristián Sebastián Felipe Matías Diego Francisco Pablo Rodrigo
        Gonzalo Alejandro Héctor Patricio Manuel Ricardo Nicolás""",
        """González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez
        López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes
        Gutiérrez Castro Vargas Álvarez Vásquez Sánchez Fernández""",
    ),
    "kurdish": (
        """Rojin Berivan Nazdar Shilan Jiyan Hêvî Zilan Dilan Avin Rezan Nasrin Hana Shirin Gulistan
        Kajal Narin Ronak Bahar Sozdar Evin""",
        """Ahmad Azad Rebwar Kawa Dilshad Karwan Shwan Sherwan Aram Baran Diyar Hawar Rizgar Hemin
        Serdar Zana Soran Ari Bakhtiyar Rebin""",
        """Ahmad Karim Rashid Aziz Mahmoud Abdullah Mustafa Omar Hama Qadir Rasul Amin Salih Ismail
        Hussein Bakir Zebari Doski Jaf Hawrami Baban Mirza Sindi Akreyi Kaya Demir""",
    ),
    "ukrainian": (
        """Olena Oksana Nataliia Iryna Tetiana Svitlana Yuliia Olha Kateryna Anastasiia Mariia
        Viktoriia Halyna Liudmyla Nadiia Alina Yana Dariia Khrystyna Inna""",
        """Oleksandr Serhii Andrii Volodymyr Dmytro Oleksii Mykola Yurii Ivan Vasyl Viktor Ihor Petro
        Maksym Bohdan Taras Roman Vitalii Artem Denys""",
        """Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk
        Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko
        Klymenko Pavlenko Kravchuk Kuzmenko Ponomarenko""",
    ),
    "indian": (
        """Priya Anjali Pooja Neha Divya Sneha Kavya Shreya Ananya Deepa Lakshmi Sunita Anita Meera
        Swati Nisha Ritu Aishwarya Harpreet Simran""",
        """Rahul Amit Rohit Vikram Arjun Sanjay Rajesh Suresh Anil Karthik Vijay Ravi Aditya Abhishek
        Nikhil Pradeep Manoj Sandeep Gurpreet Harjit""",
        """Singh Kumar Sharma Patel Gupta Reddy Shah Nair Iyer Rao Mehta Joshi Desai Verma Agarwal
        Banerjee Chatterjee Das Pillai Menon Kaur Mishra Srinivasan Krishnan Bhat""",
    ),
    "chinese": (
        """Jing Ying Yan Li Hui Min Mei Xiaoyan Lina Fang Hong Juan Xiu Ling Na Qian Yue Shu Wen
        Ting""",
        """Wei Jun Lei Qiang Jie Tao Ming Yong Chao Hao Bin Gang Peng Feng Jian Bo Long Xin Yang
        Zhiwei""",
        """Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng
        Liang Xie Song Tang""",
    ),
    "german": (
        """Sabine Ursula Monika Petra Claudia Susanne Andrea Stefanie Julia Katharina Anna Birgit
        Heike Nicole Karin Gabriele Sandra Christine Lena Laura Sarah Johanna""",
        """Thomas Michael Andreas Stefan Peter Klaus Wolfgang Jürgen Uwe Frank Markus Christian
        Matthias Alexander Tobias Jan Lukas Florian Sebastian Dieter Hans Jörg""",
        """Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch
        Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann
        Lange Schmitt Werner Krause Meier Lehmann""",
    ),
}

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_WOMEN, SV_MEN, SV_SURNAMES),
    "us": Origin(census(US_WOMEN), census(US_MEN), census(US_SURNAMES)),
    "uk": Origin(UK_WOMEN, UK_MEN, UK_SURNAMES),
}
for _key, (_women, _men, _surnames) in WORLD.items():
    ORIGINS[_key] = Origin(ranked(_women, 10), ranked(_men, 10), ranked(_surnames, 10))

# Who is named in each language of text, roughly as the people of Sweden are (Swedish text and
# mixed work text), and as the English-speaking world and Sweden's English writers meet them.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "kurdish": 1.5, "turkish": 1.5, "afghan": 1.5, "eritrean": 1.2,
        "ukrainian": 1.2, "thai": 1, "latin": 1, "german": 0.8, "indian": 0.8, "chinese": 0.6,
        "uk": 0.6, "us": 0.5,
    },
    "en": {
        "us": 38, "uk": 34, "swedish": 10, "indian": 4, "arabic": 2, "polish": 2, "latin": 2,
        "german": 1.5, "chinese": 1.5, "finnish": 1, "persian": 1, "turkish": 1, "somali": 0.8,
        "ukrainian": 0.8, "bcs": 0.8, "thai": 0.6, "eritrean": 0.5, "afghan": 0.5, "kurdish": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 9, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
        "persian": 2.5, "indian": 2, "somali": 1.5, "kurdish": 1.5, "turkish": 1.5, "afghan": 1.5,
        "ukrainian": 1.2, "eritrean": 1, "thai": 1, "latin": 1, "chinese": 1, "german": 1,
    },
}  # fmt: skip

_NICK_SV = {
    "Lars": ["Lasse"], "Mikael": ["Micke"], "Joakim": ["Jocke"], "Karl": ["Kalle"], "Carl": ["Calle", "Kalle"],
    "Per": ["Pelle", "Perra"], "Thomas": ["Tompa"], "Tomas": ["Tompa"], "Kristoffer": ["Kricke", "Stoffe"],
    "Christoffer": ["Stoffe"], "Magnus": ["Mange"], "Fredrik": ["Fredde"], "Jonas": ["Jonte"],
    "Marcus": ["Macke"], "Mattias": ["Matte"], "Patrik": ["Patte"], "Robert": ["Robban"],
    "Tobias": ["Tobbe"], "Torbjörn": ["Tobbe"], "Niklas": ["Nicke", "Nille"], "Henrik": ["Henke"],
    "Daniel": ["Danne"], "Stefan": ["Steffe"], "Christer": ["Kricke"], "Jan": ["Janne"],
    "Hans": ["Hasse"], "Bengt": ["Bengan"], "Kenneth": ["Kenta"], "Leif": ["Leffe"],
    "Sebastian": ["Sebbe"], "Alexander": ["Alex"], "Oskar": ["Ogge"], "Oscar": ["Ogge"],
    "Gustav": ["Gurra", "Gusse"], "Olof": ["Olle"], "Viktor": ["Vicke"], "Kristian": ["Krille"],
    "Christian": ["Krille"], "Ulf": ["Uffe"], "Rolf": ["Roffe"], "Håkan": ["Hocke"], "Anders": ["Ante"],
    "Johan": ["Jocke"], "Göran": ["Göte"], "Sven": ["Svenne"], "Nils": ["Nisse"], "Roger": ["Rogge"],
    "Mats": ["Matte"], "Ingemar": ["Imma"], "Rickard": ["Ricke"], "Jesper": ["Jeppe"],
    "Kristina": ["Kicki", "Stina"], "Christina": ["Kicki", "Tina"], "Susanne": ["Sussie"],
    "Elisabeth": ["Lisa", "Bettan"], "Elisabet": ["Bettan"], "Margareta": ["Maggan"],
    "Birgitta": ["Gittan", "Birgit"], "Barbro": ["Babben"], "Charlotte": ["Lotta"],
    "Katarina": ["Kattis"], "Madeleine": ["Maddie"], "Rebecka": ["Becka"], "Josefin": ["Jossan"],
    "Therese": ["Tessan"], "Viktoria": ["Vickan"], "Matilda": ["Tilda"], "Camilla": ["Millan"],
    "Cecilia": ["Cissi"], "Helena": ["Lena"], "Gunilla": ["Nilla"], "Johanna": ["Jojo"],
    "Jessica": ["Jessie"], "Annika": ["Anki"], "Ann-Christin": ["Ankan"], "Marianne": ["Mannan"],
}  # fmt: skip
_NICK_EN = {
    "William": ["Will", "Bill"], "Robert": ["Rob", "Bob"], "Richard": ["Rich"], "James": ["Jim", "Jamie"],
    "Michael": ["Mike"], "Christopher": ["Chris"], "Elizabeth": ["Liz", "Beth"], "Jennifer": ["Jen", "Jenny"],
    "Katherine": ["Kate", "Kathy"], "Kathryn": ["Kate"], "Margaret": ["Maggie", "Peggy"], "Thomas": ["Tom"],
    "Daniel": ["Dan", "Danny"], "Matthew": ["Matt"], "Anthony": ["Tony"], "Joseph": ["Joe"],
    "Andrew": ["Andy", "Drew"], "Stephen": ["Steve"], "Steven": ["Steve"], "Benjamin": ["Ben"],
    "Samuel": ["Sam"], "Nicholas": ["Nick"], "Alexander": ["Alex"], "Edward": ["Ed", "Ted"],
    "Patricia": ["Pat", "Trish"], "Susan": ["Sue"], "Deborah": ["Debbie", "Deb"], "Rebecca": ["Becky"],
    "Victoria": ["Vicky"], "Samantha": ["Sam"], "Kimberly": ["Kim"], "Jessica": ["Jess"],
    "David": ["Dave"], "Timothy": ["Tim"], "Charles": ["Charlie", "Chuck"], "Joshua": ["Josh"],
    "Jonathan": ["Jon"], "Philip": ["Phil"], "Peter": ["Pete"], "Gregory": ["Greg"], "Kenneth": ["Ken"],
    "Donald": ["Don"], "Ronald": ["Ron"], "Raymond": ["Ray"], "Lawrence": ["Larry"], "Gerald": ["Gerry"],
    "Frederick": ["Fred"], "Barbara": ["Barb"], "Catherine": ["Cathy", "Kate"], "Christine": ["Chris"],
    "Jacqueline": ["Jackie"], "Pamela": ["Pam"], "Nicola": ["Nicky"], "Elizabeth-Ann": ["Liz"],
    "Douglas": ["Doug"], "Gary": ["Gaz"], "Terry": ["Tel"], "Jeffrey": ["Jeff"], "Cynthia": ["Cindy"],
    "Dorothy": ["Dot"], "Zachary": ["Zach"], "Alistair": ["Ali"], "Harold": ["Harry"],
}  # fmt: skip
_NICK_FI = {"Juhani": ["Jussi"], "Matti": ["Masa"], "Johannes": ["Jussi"], "Mikael": ["Mikko"], "Anneli": ["Anne"]}  # fmt: skip
NICKNAMES: dict[str, dict[str, list[str]]] = {
    "swedish": _NICK_SV,
    "uk": _NICK_EN,
    "us": _NICK_EN,
    "finnish": _NICK_FI,
}
