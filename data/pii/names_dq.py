# ruff: noqa: E501
"""Name pools of held-out DQ (issue 15), by origin, weighted by how often people carry the names.

Python data, written by DQ's writer from general knowledge of the published name statistics
(SCB's ranks for Sweden, the ONS rankings for England and Wales) and from the US Census 1990
lists (`dist.female.first`, `dist.male.first`, `dist.all.last`, public domain, copied from the
`names` package installed in the project's venv). No name here was checked against anything in
the repository; none was left out for being known or unknown.

Weights: Swedish and UK lists 1/rank in the order given (head the first 150, or 130 for the UK's
given names; the tail is the rarer names past them); US lists the census per cent (head 150);
the lists of the origins common in Sweden 1/rank, head 10. A name word is drawn from a list's head
with HEAD_SHARE, else from its tail, by weight inside each part.
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


def ranked(names: tuple[str, ...], head: int) -> Pool:
    """A list in rank order, weight 1/rank."""
    return Pool(names, tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names)))


def census(rows: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A census list with its per cent as weight."""
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


def words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


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
        "ß": "ss",
    }
)


def plain(word: str) -> str:
    """The word typed without its letters (`Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`)."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_PLAIN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski`/`-cki`/`-dzki` end in `-ska`/`-cka`/`-dzka`."""
    if surname.endswith(("ski", "cki", "dzki")):
        return surname[:-1] + "a"
    return surname


# Sweden: SCB's name statistics, the name people are called by, in rank order as the writer knows
# them (the head the commonest 150), then a tail of rarer names past them.
SV_F = words("""
Anna Eva Maria Karin Sara Kristina Lena Emma Kerstin Ingrid Marie Malin Jenny Hanna Linda
Annika Birgitta Sofia Susanne Elin Monica Johanna Carina Margareta Elisabeth Julia Ida Inger
Ulla Camilla Linnéa Åsa Gunilla Helena Amanda Cecilia Anette Ebba Lisa Marianne Alice Agneta
Anneli Louise Maja Elsa Josefin Emelie Frida Ann Barbro Ulrika Matilda Siv Gun Therese Britt
Moa Madeleine Wilma Christina Katarina Lina Klara Viktoria Sandra Erika Caroline Astrid Elena
Charlotte Mona Irene Anita Ellen Lovisa Gunnel Yvonne Jessica Alva Ingegerd Ella Nathalie
Birgit Ann-Marie Ewa Marina Pia Mikaela Agnes Lisbeth Ann-Christin Felicia Stina Alexandra
Olivia Emilia Ingela Veronica Märta Elvira Jennie Sonja Rebecka Tove Nora Tina Saga Signe Vera
Isabelle Karolina Maj-Britt Fatima Sofie Fanny Hedvig Ronja Ester Selma Greta Freja Stella
Tyra Maud Solveig Berit Doris Rut Gerd Bodil Kristin Kajsa Petra Sanna Mia Nina Pernilla
Jeanette Helen Gunvor Elina Lilly Ellinor Evelina Eleonora Ann-Sofie Catarina Anna-Karin
Marita Margit Vivianne Kicki Tilda Thea Tuva Alma Nellie Meja Linn Isabella Jasmine Gabriella
Paulina Martina Lotta Hillevi Ylva Ragnhild Sigrid Dagny Edith Ruth Hilma Hulda Ottilia Valborg
Ingegärd Asta Elna Harriet Iris Viola Siri Vilda Lykke Minna Tindra Leia Juni Liv Majken Svea
Lo Ines Livia Mira Nova Noomi Aina Alida Agda Alicia Alina Amalia Amelia Amelie Anja
Ann-Charlotte Ann-Louise Ann-Mari Anna-Lena Annelie Anne Annie Antonia Aurora Beata Beatrice
Bettina Bianca Britta Britt-Marie Carolina Cassandra Catharina Celine Clara Cornelia Dagmar
Daniella Denise Desirée Diana Dorotea Edit Edla Elisa Elsie Embla Emily Emmy Engla Erica
Esther Evelyn Filippa Fredrika Gertrud Gudrun Gun-Britt Gunborg Hedda Helene Helga Henrietta
Hilda Ingalill Inga Inga-Lill Irma Isabel Joanna Jolina Josefine Judith Kaisa Karina Katja
Lea Leah Lilian Liselotte Lova Lydia Maj Majvor Malva Mari Mariana Marlene Mathilda Melissa
Melina Miranda Mirjam Molly My Nadja Natalie Nicole Olga Paula Rakel Rebecca Regina Rosa
Sabina Sally Simone Susanna Sylvia Tea Tekla Theresia Ulla-Britt Ulrica Vanessa Vendela
Veronika Viveka Zara Amina Mariam Yasmin Leyla Hiba Sigbritt Gunhild Ingeborg Alfhild Elise
Maja-Lisa Eivor Gullan Inga-Britt Ann-Kristin Tora Idun Malou Lilja Nelly Wilda
Estelle Märit Annette Lillemor Anna-Maria Eva-Lena Eva-Britt Gunnvor
Margaretha Jannike Rigmor Ingalena Elisabet Sussanne Vivi Mai Britt-Inger Elvy
Ewy Mailis Marit Stefanie Madelene Emmeli Nathalia Josefina Emilie Sofi Johanne Lovis Jonna
Linnea Annica Carin Kathrin Pauline Siw Zelma
Agnetha Alexia Angelica Ann-Britt Aurelia Berta Brita Cajsa Carola Catrin Charlotta Cristina Eira Elly Emely Frideborg Gisela Gunbritt Gunda Henny Hjördis Ingbritt Irja Jill Katrin Lisen Lisette Maj-Lis Margot Marion Mimmi Nanna Nea Ninni Ragna Rose-Marie Sigrun Solbritt Tanja Teresia Tilly Ulla-Stina Vilma Åse
""")  # fmt: skip
SV_M = words("""
Lars Mikael Anders Johan Erik Per Karl Peter Jan Thomas Daniel Fredrik Hans Andreas Stefan
Mohammed Bengt Magnus Mats Marcus Jonas Oskar Alexander Niklas Björn Martin Bo Nils Leif Sven
Mattias Henrik Patrik Christer Viktor Emil Simon Göran Gustav David Robert Ulf Filip Sebastian
Rolf Anton Christian Tommy Lucas Robin Kjell Joakim William Axel Hugo Elias Jakob Ali Stig
Roger Tobias Johannes Rasmus Oliver Ingemar Olof Gunnar Kent Adam Isak Jonathan Åke Kristoffer
Arne Ola Claes Jesper Ludvig Rune Lennart Liam Tony Christoffer Jörgen Dan Håkan Torbjörn Linus
Samuel Benjamin Max Gabriel Albin Jimmy Kenneth Roland Pontus Dennis Mohamed Ahmed Edvin Kevin
Theo Melvin Noah Vincent Leo Elliot Jacob Hampus Emanuel Carl Sten Bertil Lars-Erik Karl-Erik
Jan-Erik Per-Olof Sune Kurt Olle Arvid Ivar Harald Folke Sixten Gösta Ragnar Valter Vilhelm
Love Melker Malte Otto Frans Ebbe Julius Charlie Alvin Omar Hassan Ibrahim Jens Krister Conny
Morgan Ove Staffan Svante Tord Tore Ingvar Torsten Sture Roy Börje Birger Allan Alf Bror Dag
Einar Elis Erland Evert Gert Greger Hannes Harry Helge Henry Holger Inge Ivan Jarl Joel Kaj
Kennet Knut Konrad Lage Lars-Göran Lars-Olof Leonard Levi Loke Lukas Nicklas Nils-Erik Noel
Orvar Paul Per-Erik Rikard Roine Ronny Rudolf Sam Sigge Sigvard Sivert Sten-Åke Stellan
Sven-Erik Sölve Tage Teodor Tim Tom Ture Uno Valdemar Vidar Ville Yngve Östen Örjan Benny Bernt
Christopher Dick Douglas Egon Eddie Eskil Fabian Felix Ferdinand Gottfrid Hjalmar Isac Jack Jim
Josef Kasper Kenny Kristian Leon Mio Neo Peder Ragnvald Richard Sander Seth Sonny Tor Torgny
Ulrik Walter Werner Wilhelm Yusuf Mustafa Karim Hussein Mahmoud Abdullahi Assar Elof Enar
Gerhard Gillis Hilding Manfred Mauritz Natanael Osvald Reinhold Set Algot Anselm August Bruno
Casper Colin Dante Edward Elton Frank Fritiof Gideon Hilmer Ingolf Jesse Jon Kalle Kim
Lennie Lowe Matti Milton Nathan Nelson Nino Oswald Pelle Philip Ricky Rodney Sigurd
Sivar Stanley Teo Tomas Torleif Urban Vilgot Wiktor Yasin Zakaria Åsmund
Karl-Johan Carl-Johan Per-Anders Jan-Olof Nils-Olof Hans-Erik Bengt-Göran Lars-Åke Jan-Åke
Karl-Gustav Sven-Olof Gustaf Aron Milian Tristan
Elvin Kian Jamal Hussain Abdi Ahmad Mehmet Samir Amir Adrian Alfred Arthur
Clas Edgar Erling Georg Henning Ingmar Joar Johnny Jöns Kjell-Åke Kristofer Lars-Gunnar Lennarth Lorentz Magne Malkolm Marius Matteus Måns Niclas Olav Olov Oscar Patric Per-Åke Pierre Ralf Reine Rickard Rutger Sverker Sören Thor Thorsten Torvald Valentin Vilmer Viggo Wilmer Wille Arnold Artur Bert Boris Eugen Fredric Hans-Olov Jan-Olov Alfons Ambjörn Emrik Ivo Kaspar Nicolai Tommie Stieg
""")  # fmt: skip
SV_S = words("""
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson
Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed Engström Eklund
Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Fransson
Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström
Ahmed Mårtensson Lundström Hassan Viklund Björklund Eliasson Pålsson Berggren Sandström Lund
Nordin Ström Åberg Falk Ekström Hermansson Holmgren Hellström Dahlberg Hedlund Sundberg
Sjögren Ek Blom Abrahamsson Martinsson Öberg Andreasson Strömberg Månsson Åkesson Hansen
Jonasson Norberg Lindholm Dahl Sundström Ekman Holmqvist Hedberg Sjöström
Mohamed Ivarsson Hussein Lindblom Sundqvist Ekberg Forslund Björn Wiklund Nordqvist Englund
Lindahl Berntsson Jensen Sundin Rosén Ottosson Boström Malmberg Lindén Strand Nyman Erlandsson
Hedström Johnsson Kristiansson Omar Göransson Vikström Ibrahim Åström Lindell Eklöf Carlsson
Lindroth Söderström Nordlund Brandt Friberg Jakobsen Sjödin Lindkvist Åkerlund Hägglund Moberg
Lilja Borg Engberg Dahlgren Bäckström Hallberg Melin Bergkvist
Öhman Åhlund Grönlund Blomberg Hjalmarsson Nygren Edlund Lindh Olander Wahlström Rydberg
Bergh Palm Östlund Stenberg Edström Granberg Jeppsson Nyholm Strömqvist Backman
Fors Lundmark Ståhl Sandin Wallén Roos Sundell Ahlberg Asplund Berglöf Brodin Carlström
Dahlström Ekholm Engdahl Fagerström Grahn Gustavsson Hammar Hedman Hellberg Hägg Isberg
Jacobsson Kjellberg Krantz Landin Lindmark Ljung Lundell Lundh Löfstedt Malm Mellberg Modig
Norén Nordgren Nylander Näslund Olausson Palmqvist Pihl Rask Rehn Runesson
Rydén Schön Selin Sjölund Sköld Sparre Stenlund Svärd Söderlund Thorsson Törnqvist Unger
Vallin Westberg Westerlund Wester Wickström Zetterberg Åslund Östberg Ågren Almqvist
Bergenholtz Björling Bohlin Burman Dufva Ehn Elg Enqvist Frisk Gillberg Hall Hagström Hök
Ingvarsson Jernberg Kallin Klint Kvist Lagerqvist Lagerlöf Lidén Ljungberg Löwenhielm Mörk
Nord Norling Olin Qvarnström Ramberg Renström Rönnberg Sahlin Segerström
Sjöholm Skoglund Stark Strid Sörensen Tell Thunberg Tidblad Uhlin Wahlberg Wennberg Vinberg
Wretman Zander Åkerman Ängström Örn Gyllenhammar Silfverstolpe Lewenhaupt Wachtmeister
Rosenqvist Ehrenborg Stiernstedt Fahlén Holmlund Karlberg Lönn Mellqvist
Nordenskjöld Pehrsson Rudberg Sahlström Tegnér Tjernberg Utas Wikberg Yxell Öquist Hamid
Abdullah Yousef Khalil Saleh Haddad Karimi Rahimi Yilmaz Nguyen Korhonen Virtanen Nowak
Kowalski Mäkinen Niemi Jovanović Hodžić Öztürk Demir Warsame Farah Gonzalez Hosseini
Alm Andersén Asp Bergsten Bladh Blomgren Bodin Boman Broman Dalin Ekblad Ekdahl Engman Fagerlund Flodin Forsgren Grip Hedin Hellgren Holmström Hultgren Höglund Jarl Kihlberg Lagerström Larsén Linder Ljunggren Lundquist Löf Malmqvist Molin Nordberg Nyqvist Olsén Roth Rydström Sandqvist Sandell Strömgren Svanberg Swärd Thelin Wall Westin Wiberg Åkerström Öhrn
""")  # fmt: skip

# England and Wales: the ONS rankings (baby names across the decades the living were born in, and
# the commonest surnames), in rank order as the writer knows them.
UK_F = words("""
Sarah Emma Claire Laura Lisa Rebecca Emily Jessica Charlotte Hannah Amy Sophie Lucy Susan Karen
Helen Nicola Rachel Jennifer Samantha Katie Victoria Michelle Joanne Elizabeth Margaret Julie
Gemma Olivia Amelia Chloe Grace Ellie Lauren Louise Jane Kelly Stephanie Catherine Alice Mary
Patricia Linda Deborah Jacqueline Amanda Tracey Dawn Angela Caroline Alison Kathryn Natalie
Zoe Jade Megan Georgia Holly Abigail Bethany Jasmine Isla Ava Mia Isabella Poppy Evie Lily
Freya Ruby Daisy Phoebe Florence Sienna Millie Esme Harriet Eleanor Anna Katherine Christine
Carol Janet Pauline Sandra Barbara Valerie Sheila Maureen Brenda Gillian Wendy Lynn Diane
Kim Debbie Andrea Paula Fiona Joanna Sally Heather Melanie Vicky Leanne Kerry Hayley Donna
Anne Sharon Teresa Jenny Kirsty Natasha Danielle Charlene Ruth Frances Rosie Imogen Eva Maisie
Matilda Elsie Aisha Fatima Maryam Zara Layla Niamh Erin Caitlin
Aimee Alexandra Alicia Amber Annabel Antonia Beatrice Bridget Brooke Carly Cerys Chantelle
Clara Courtney Demi Eloise Elspeth Ffion Gabrielle Georgina Gwen Hazel Hollie Iris Jodie
Josephine Joyce Judith Kayleigh Kimberley Lara Leah Lydia Lorraine Mandy Marion Martha Maxine
Melissa Molly Nadia Naomi Olive Pamela Paige Penelope Rhiannon Rosemary Roxanne Sadie Sian
Sonia Stacey Tamsin Tanya Tegan Theresa Toni Una Violet Yvonne Zainab Aoife Ayesha Beverley
Bronwen Carys Charlie Delyth Edith Elaine Felicity Gail Glenys Hilary Ivy Jean Joan Kathleen
Lesley Lowri Marjorie Mavis Nia Philippa Priya Shirley Siobhan Tina Vera Winifred
""")  # fmt: skip
UK_M = words("""
David John Paul Michael James Andrew Peter Robert Mark Richard Stephen Christopher Daniel Thomas
Matthew Ian Simon Anthony Steven Jonathan William Gary Kevin Lee Martin Alan Adam Benjamin
Joshua Jack Oliver Harry George Samuel Ryan Luke Jamie Craig Scott Neil Stuart Philip Graham
Kenneth Brian Colin Keith Barry Terry Nigel Dean Darren Wayne Liam Connor Callum Lewis Charlie
Alfie Jacob Noah Muhammad Mohammed Leo Oscar Archie Henry Joseph Edward Alexander Nathan Aaron
Ben Tom Sam Dylan Ethan Kieran Jordan Bradley Jake Reece Max Freddie Theo Arthur Finley Harvey
Tyler Lucas Logan Elliot Toby Jason Carl Shaun Tony Malcolm Roger Derek Trevor Raymond Frank
Roy Dennis Ronald Gordon Geoffrey Clive Patrick Sean Russell Adrian Gareth Rhys Owen Gavin
Jeremy Timothy Hugh Dominic Rory Declan Ciaran Alistair Duncan Ross Fraser Euan Angus Hamish
Ahmed Ali Omar Hassan Bilal Imran Rajesh Sanjay Vikram Arjun
Albert Alfred Ashley Barney Bernard Billy Bobby Cameron Christian Clifford Cyril Dale Damian
Danny Desmond Douglas Eddie Elijah Ellis Ernest Felix Gerald Gilbert Glen Gwyn
Harold Howard Hywel Ifan Isaac Ivor Jeffrey Jim Julian Karl Kyle Lawrence Leon Leslie Louis
Marcus Maurice Mitchell Morgan Nathaniel Neville Niall Noel Norman Phil Quentin Ralph Reginald
Rex Ricky Rodney Ronnie Rupert Sebastian Shane Sidney Stanley Terence Tobias Travis Victor
Vincent Walter Warren Wilfred Zachary Aled Dafydd Gethin Iwan Tudor Yusuf Zain Kwame Tariq
""")  # fmt: skip
UK_S = words("""
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
Bond Stokes Tucker Davidson Fowler Heath Norris Middleton Banks Fuller Howe Todd Lamb Hope
Pollard Sykes Dale Bolton Law Hancock Gough Harrington Kirby Mahmood Naylor Pickering Rahman
Rashid Sanderson Swift Talbot Thornton Vaughan Wade Weston Whittaker Wilkins Wyatt Ashworth
Birch Bowen Brennan Carroll Connolly Crawford Daly Dickinson Duffy Farrell Finch Fleming Garner
Glover Hale Hanson Hargreaves Hobbs Houghton Ingram Iqbal Jarvis Kaye Kirk Leach Lord Lucas
Lyons Morton Moran Noble Ogden Parkinson Pugh Randall Rowley Sharpe Skinner
Steele Summers Tomlinson Townsend Tyler Vincent Waters Whitfield Yeo Llewellyn Pryce Bevan
""")  # fmt: skip

# The US Census 1990 (public domain): the first names of each list with the census per cent as weight.
US_F = (
    ("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.98),
    ("Elizabeth", 0.937), ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794),
    ("Margaret", 0.768), ("Dorothy", 0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667),
    ("Betty", 0.666), ("Helen", 0.663), ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565),
    ("Ruth", 0.562), ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.51), ("Sarah", 0.508),
    ("Kimberly", 0.504), ("Deborah", 0.494), ("Jessica", 0.49), ("Shirley", 0.482),
    ("Cynthia", 0.469), ("Angela", 0.468), ("Melissa", 0.462), ("Brenda", 0.455), ("Amy", 0.451),
    ("Anna", 0.44), ("Rebecca", 0.43), ("Virginia", 0.43), ("Kathleen", 0.424), ("Pamela", 0.416),
    ("Martha", 0.412), ("Debra", 0.408), ("Amanda", 0.404), ("Stephanie", 0.4),
    ("Carolyn", 0.385), ("Christine", 0.382), ("Marie", 0.379), ("Janet", 0.379),
    ("Catherine", 0.373), ("Frances", 0.37), ("Ann", 0.364), ("Joyce", 0.364), ("Diane", 0.359),
    ("Alice", 0.357), ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336), ("Doris", 0.335),
    ("Gloria", 0.335), ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315), ("Mildred", 0.313),
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
    ("Suzanne", 0.145), ("Michele", 0.145), ("Gail", 0.145), ("Bertha", 0.143),
    ("Darlene", 0.142), ("Veronica", 0.142), ("Jill", 0.142), ("Erin", 0.141),
    ("Geraldine", 0.141), ("Lauren", 0.137), ("Cathy", 0.137), ("Joann", 0.136),
    ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135), ("Regina", 0.133), ("Erica", 0.13),
    ("Beatrice", 0.13), ("Dolores", 0.129), ("Bernice", 0.128), ("Audrey", 0.127),
    ("Yvonne", 0.126), ("Annette", 0.125), ("June", 0.125), ("Samantha", 0.124),
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
    ("Katrina", 0.061), ("Claire", 0.061), ("Lindsey", 0.06), ("Lindsay", 0.06),
    ("Geneva", 0.059), ("Guadalupe", 0.059), ("Belinda", 0.059), ("Margarita", 0.059),
    ("Sheryl", 0.059), ("Cora", 0.058), ("Faye", 0.058), ("Ada", 0.057), ("Natasha", 0.057),
    ("Sabrina", 0.057), ("Isabel", 0.057), ("Marguerite", 0.056), ("Hattie", 0.056),
    ("Harriet", 0.056), ("Molly", 0.055), ("Cecilia", 0.055), ("Kristi", 0.055),
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
    ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042), ("Kara", 0.041),
    ("Jacquelyn", 0.041), ("Erma", 0.041), ("Blanca", 0.041), ("Myra", 0.04), ("Leticia", 0.04),
    ("Pat", 0.04), ("Krista", 0.04), ("Roxanne", 0.04), ("Angelica", 0.039), ("Johnnie", 0.039),
    ("Robyn", 0.039), ("Francis", 0.039), ("Adrienne", 0.039), ("Rosalie", 0.039),
    ("Alexandra", 0.039), ("Brooke", 0.039), ("Bethany", 0.039), ("Sadie", 0.039),
    ("Bernadette", 0.039),
)  # fmt: skip
US_M = (
    ("James", 3.318), ("John", 3.271), ("Robert", 3.143), ("Michael", 2.629), ("William", 2.451),
    ("David", 2.363), ("Richard", 1.703), ("Charles", 1.523), ("Joseph", 1.404), ("Thomas", 1.38),
    ("Christopher", 1.035), ("Daniel", 0.974), ("Paul", 0.948), ("Mark", 0.938),
    ("Donald", 0.931), ("George", 0.927), ("Kenneth", 0.826), ("Steven", 0.78), ("Edward", 0.779),
    ("Brian", 0.736), ("Ronald", 0.725), ("Anthony", 0.721), ("Kevin", 0.671), ("Jason", 0.66),
    ("Matthew", 0.657), ("Gary", 0.65), ("Timothy", 0.64), ("Jose", 0.613), ("Larry", 0.598),
    ("Jeffrey", 0.591), ("Frank", 0.581), ("Scott", 0.546), ("Eric", 0.544), ("Stephen", 0.54),
    ("Andrew", 0.537), ("Raymond", 0.488), ("Gregory", 0.441), ("Joshua", 0.435),
    ("Jerry", 0.432), ("Dennis", 0.415), ("Walter", 0.399), ("Patrick", 0.389), ("Peter", 0.381),
    ("Harold", 0.371), ("Douglas", 0.367), ("Henry", 0.365), ("Carl", 0.346), ("Arthur", 0.335),
    ("Ryan", 0.328), ("Roger", 0.322), ("Joe", 0.321), ("Juan", 0.316), ("Jack", 0.315),
    ("Albert", 0.314), ("Jonathan", 0.313), ("Justin", 0.311), ("Terry", 0.311),
    ("Gerald", 0.309), ("Keith", 0.308), ("Samuel", 0.306), ("Willie", 0.302), ("Ralph", 0.282),
    ("Lawrence", 0.282), ("Nicholas", 0.275), ("Roy", 0.273), ("Benjamin", 0.27),
    ("Bruce", 0.263), ("Brandon", 0.26), ("Adam", 0.259), ("Harry", 0.251), ("Fred", 0.251),
    ("Wayne", 0.249), ("Billy", 0.248), ("Steve", 0.246), ("Louis", 0.243), ("Jeremy", 0.242),
    ("Aaron", 0.24), ("Randy", 0.232), ("Howard", 0.23), ("Eugene", 0.23), ("Carlos", 0.229),
    ("Russell", 0.224), ("Bobby", 0.223), ("Victor", 0.222), ("Martin", 0.216), ("Ernest", 0.215),
    ("Phillip", 0.213), ("Todd", 0.213), ("Jesse", 0.209), ("Craig", 0.206), ("Alan", 0.204),
    ("Shawn", 0.2), ("Clarence", 0.197), ("Sean", 0.197), ("Philip", 0.197), ("Chris", 0.197),
    ("Johnny", 0.195), ("Earl", 0.193), ("Jimmy", 0.191), ("Antonio", 0.19), ("Danny", 0.19),
    ("Bryan", 0.19), ("Tony", 0.19), ("Luis", 0.189), ("Mike", 0.189), ("Stanley", 0.186),
    ("Leonard", 0.186), ("Nathan", 0.185), ("Dale", 0.184), ("Manuel", 0.181), ("Rodney", 0.18),
    ("Curtis", 0.18), ("Norman", 0.177), ("Allen", 0.174), ("Marvin", 0.171), ("Vincent", 0.168),
    ("Glenn", 0.167), ("Jeffery", 0.166), ("Travis", 0.166), ("Jeff", 0.166), ("Chad", 0.165),
    ("Jacob", 0.165), ("Lee", 0.162), ("Melvin", 0.162), ("Alfred", 0.162), ("Kyle", 0.16),
    ("Francis", 0.16), ("Bradley", 0.159), ("Jesus", 0.155), ("Herbert", 0.155),
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
    ("Brett", 0.082), ("Angel", 0.082), ("Nathaniel", 0.081), ("Rafael", 0.081),
    ("Leslie", 0.081), ("Edgar", 0.08), ("Milton", 0.08), ("Raul", 0.079), ("Ben", 0.078),
    ("Chester", 0.078), ("Cecil", 0.078), ("Duane", 0.077), ("Franklin", 0.077), ("Andre", 0.076),
    ("Elmer", 0.074), ("Brad", 0.073), ("Gabriel", 0.073), ("Ron", 0.072), ("Mitchell", 0.072),
    ("Roland", 0.072), ("Arnold", 0.072), ("Harvey", 0.072), ("Jared", 0.071), ("Adrian", 0.069),
    ("Karl", 0.069), ("Cory", 0.068), ("Claude", 0.068), ("Erik", 0.068), ("Darryl", 0.067),
    ("Jamie", 0.066), ("Neil", 0.066), ("Jessie", 0.065), ("Christian", 0.065), ("Javier", 0.065),
    ("Fernando", 0.065), ("Clinton", 0.065), ("Ted", 0.064), ("Mathew", 0.064), ("Tyrone", 0.064),
    ("Darren", 0.064), ("Lonnie", 0.064), ("Lance", 0.063), ("Cody", 0.063), ("Julio", 0.063),
    ("Kelly", 0.063), ("Kurt", 0.062), ("Allan", 0.061), ("Nelson", 0.061), ("Guy", 0.06),
    ("Clayton", 0.06), ("Hugh", 0.06), ("Max", 0.059), ("Dwayne", 0.059), ("Dwight", 0.058),
    ("Armando", 0.058), ("Felix", 0.058), ("Jimmie", 0.058), ("Everett", 0.057),
    ("Jordan", 0.056), ("Ian", 0.056), ("Wallace", 0.056), ("Ken", 0.055), ("Bob", 0.055),
    ("Jaime", 0.055), ("Casey", 0.054), ("Alfredo", 0.054), ("Alberto", 0.053), ("Dave", 0.053),
    ("Ivan", 0.053), ("Johnnie", 0.052), ("Sidney", 0.052), ("Byron", 0.052), ("Julian", 0.052),
    ("Isaac", 0.051), ("Morris", 0.051), ("Clifton", 0.05), ("Willard", 0.05), ("Daryl", 0.05),
    ("Ross", 0.05), ("Virgil", 0.049), ("Andy", 0.049), ("Marshall", 0.049), ("Salvador", 0.049),
    ("Perry", 0.049), ("Kirk", 0.049), ("Sergio", 0.049), ("Marion", 0.048), ("Tracy", 0.048),
    ("Seth", 0.048), ("Kent", 0.048), ("Terrance", 0.048), ("Rene", 0.048), ("Eduardo", 0.047),
    ("Terrence", 0.047), ("Enrique", 0.046), ("Freddie", 0.046), ("Wade", 0.045),
    ("Austin", 0.044), ("Stuart", 0.044), ("Fredrick", 0.043), ("Arturo", 0.043),
    ("Alejandro", 0.043), ("Jackie", 0.043), ("Joey", 0.043), ("Nick", 0.043), ("Luther", 0.043),
    ("Wendell", 0.042), ("Jeremiah", 0.042), ("Evan", 0.042), ("Julius", 0.042), ("Dana", 0.042),
    ("Donnie", 0.041), ("Otis", 0.041), ("Shannon", 0.04), ("Trevor", 0.04), ("Oliver", 0.04),
    ("Luke", 0.04), ("Homer", 0.04), ("Gerard", 0.04), ("Doug", 0.04), ("Kenny", 0.039),
    ("Hubert", 0.039), ("Angelo", 0.039), ("Shaun", 0.039), ("Lyle", 0.038), ("Matt", 0.038),
    ("Lynn", 0.038), ("Alfonso", 0.038), ("Orlando", 0.037), ("Rex", 0.037), ("Carlton", 0.037),
    ("Ernesto", 0.037), ("Cameron", 0.037), ("Neal", 0.037), ("Pablo", 0.036), ("Lorenzo", 0.036),
    ("Omar", 0.036), ("Wilbur", 0.036), ("Blake", 0.036), ("Grant", 0.036), ("Horace", 0.036),
    ("Roderick", 0.036), ("Kerry", 0.036), ("Abraham", 0.035), ("Willis", 0.035),
    ("Rickey", 0.035), ("Jean", 0.035), ("Ira", 0.035), ("Andres", 0.034), ("Cesar", 0.034),
    ("Johnathan", 0.034), ("Malcolm", 0.034), ("Rudolph", 0.034), ("Damon", 0.034),
    ("Kelvin", 0.034), ("Rudy", 0.034), ("Preston", 0.034), ("Alton", 0.033), ("Archie", 0.033),
    ("Marco", 0.033), ("Wm", 0.033), ("Pete", 0.032), ("Randolph", 0.032), ("Garry", 0.032),
    ("Geoffrey", 0.032), ("Jonathon", 0.032), ("Felipe", 0.032), ("Bennie", 0.032),
    ("Gerardo", 0.032), ("Ed", 0.032), ("Dominic", 0.032), ("Robin", 0.032), ("Loren", 0.032),
    ("Delbert", 0.031), ("Colin", 0.031), ("Guillermo", 0.031), ("Earnest", 0.031),
    ("Lucas", 0.031), ("Benny", 0.03), ("Noel", 0.03), ("Spencer", 0.03), ("Rodolfo", 0.03),
    ("Myron", 0.03), ("Edmund", 0.03), ("Garrett", 0.029), ("Salvatore", 0.029),
    ("Cedric", 0.029), ("Lowell", 0.029), ("Gregg", 0.029), ("Sherman", 0.028), ("Wilson", 0.028),
    ("Devin", 0.028), ("Sylvester", 0.028), ("Kim", 0.028), ("Roosevelt", 0.028),
    ("Israel", 0.028), ("Jermaine", 0.028),
)  # fmt: skip
US_S = (
    ("Smith", 1.006), ("Johnson", 0.81), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621),
    ("Davis", 0.48), ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor", 0.311),
    ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.31), ("White", 0.279),
    ("Harris", 0.275), ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254),
    ("Martinez", 0.234), ("Robinson", 0.233), ("Clark", 0.231), ("Rodriguez", 0.229),
    ("Lewis", 0.226), ("Lee", 0.22), ("Walker", 0.219), ("Hall", 0.2), ("Allen", 0.199),
    ("Young", 0.193), ("Hernandez", 0.192), ("King", 0.19), ("Wright", 0.189), ("Lopez", 0.187),
    ("Hill", 0.187), ("Scott", 0.185), ("Green", 0.183), ("Adams", 0.174), ("Baker", 0.171),
    ("Gonzalez", 0.166), ("Nelson", 0.162), ("Carter", 0.162), ("Mitchell", 0.16),
    ("Perez", 0.155), ("Roberts", 0.153), ("Turner", 0.152), ("Phillips", 0.149),
    ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141), ("Edwards", 0.137),
    ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.13), ("Morris", 0.125),
    ("Rogers", 0.123), ("Reed", 0.122), ("Cook", 0.12), ("Morgan", 0.118), ("Bell", 0.117),
    ("Murphy", 0.117), ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper", 0.113),
    ("Richardson", 0.112), ("Cox", 0.11), ("Howard", 0.11), ("Ward", 0.108), ("Torres", 0.108),
    ("Peterson", 0.107), ("Gray", 0.106), ("Ramirez", 0.105), ("James", 0.105), ("Watson", 0.103),
    ("Brooks", 0.103), ("Kelly", 0.102), ("Sanders", 0.1), ("Price", 0.099), ("Bennett", 0.099),
    ("Wood", 0.098), ("Barnes", 0.097), ("Ross", 0.096), ("Henderson", 0.095), ("Coleman", 0.095),
    ("Jenkins", 0.095), ("Perry", 0.094), ("Powell", 0.093), ("Long", 0.092),
    ("Patterson", 0.092), ("Hughes", 0.092), ("Flores", 0.092), ("Washington", 0.092),
    ("Butler", 0.091), ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales", 0.087),
    ("Bryant", 0.087), ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084),
    ("Diaz", 0.084), ("Hayes", 0.083), ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082),
    ("Graham", 0.082), ("Sullivan", 0.081), ("Wallace", 0.081), ("Woods", 0.08), ("Cole", 0.08),
    ("West", 0.08), ("Jordan", 0.078), ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077),
    ("Ellis", 0.077), ("Harrison", 0.076), ("Gibson", 0.075), ("McDonald", 0.075),
    ("Cruz", 0.075), ("Marshall", 0.075), ("Ortiz", 0.075), ("Gomez", 0.075), ("Murray", 0.074),
    ("Freeman", 0.074), ("Wells", 0.073), ("Webb", 0.072), ("Simpson", 0.07), ("Stevens", 0.07),
    ("Tucker", 0.07), ("Porter", 0.069), ("Hunter", 0.069), ("Hicks", 0.069), ("Crawford", 0.068),
    ("Henry", 0.068), ("Boyd", 0.068), ("Mason", 0.068), ("Morales", 0.067), ("Kennedy", 0.067),
    ("Warren", 0.067), ("Dixon", 0.066), ("Ramos", 0.066), ("Reyes", 0.066), ("Burns", 0.065),
    ("Gordon", 0.065), ("Shaw", 0.065), ("Holmes", 0.065), ("Rice", 0.064), ("Robertson", 0.064),
    ("Hunt", 0.063), ("Black", 0.063), ("Daniels", 0.062), ("Palmer", 0.062), ("Mills", 0.061),
    ("Nichols", 0.06), ("Grant", 0.06), ("Knight", 0.06), ("Ferguson", 0.059), ("Rose", 0.059),
    ("Stone", 0.059), ("Hawkins", 0.059), ("Dunn", 0.058), ("Perkins", 0.058), ("Hudson", 0.058),
    ("Spencer", 0.057), ("Gardner", 0.057), ("Stephens", 0.057), ("Payne", 0.057),
    ("Pierce", 0.056), ("Berry", 0.056), ("Matthews", 0.056), ("Arnold", 0.056),
    ("Wagner", 0.055), ("Willis", 0.055), ("Ray", 0.055), ("Watkins", 0.055), ("Olson", 0.055),
    ("Carroll", 0.055), ("Duncan", 0.055), ("Snyder", 0.055), ("Hart", 0.054),
    ("Cunningham", 0.054), ("Bradley", 0.054), ("Lane", 0.054), ("Andrews", 0.054),
    ("Ruiz", 0.054), ("Harper", 0.054), ("Fox", 0.053), ("Riley", 0.053), ("Armstrong", 0.053),
    ("Carpenter", 0.053), ("Weaver", 0.053), ("Greene", 0.053), ("Lawrence", 0.052),
    ("Elliott", 0.052), ("Chavez", 0.052), ("Sims", 0.052), ("Austin", 0.052), ("Peters", 0.052),
    ("Kelley", 0.052), ("Franklin", 0.051), ("Lawson", 0.051), ("Fields", 0.051),
    ("Gutierrez", 0.051), ("Ryan", 0.051), ("Schmidt", 0.051), ("Carr", 0.051),
    ("Vasquez", 0.051), ("Castillo", 0.051), ("Wheeler", 0.051), ("Chapman", 0.05),
    ("Oliver", 0.05), ("Montgomery", 0.049), ("Richards", 0.049), ("Williamson", 0.049),
    ("Johnston", 0.049), ("Banks", 0.048), ("Meyer", 0.048), ("Bishop", 0.048), ("McCoy", 0.048),
    ("Howell", 0.048), ("Alvarez", 0.048), ("Morrison", 0.048), ("Hansen", 0.047),
    ("Fernandez", 0.047), ("Garza", 0.047), ("Harvey", 0.047), ("Little", 0.046),
    ("Burton", 0.046), ("Stanley", 0.046), ("Nguyen", 0.046), ("George", 0.046),
    ("Jacobs", 0.046), ("Reid", 0.046), ("Kim", 0.045), ("Fuller", 0.045), ("Lynch", 0.045),
    ("Dean", 0.045), ("Gilbert", 0.045), ("Garrett", 0.045), ("Romero", 0.045), ("Welch", 0.044),
    ("Larson", 0.044), ("Frazier", 0.044), ("Burke", 0.044), ("Hanson", 0.043), ("Day", 0.043),
    ("Mendoza", 0.043), ("Moreno", 0.043), ("Bowman", 0.043), ("Medina", 0.042),
    ("Fowler", 0.042), ("Brewer", 0.042), ("Hoffman", 0.042), ("Carlson", 0.042),
    ("Silva", 0.042), ("Pearson", 0.042), ("Holland", 0.042), ("Douglas", 0.041),
    ("Fleming", 0.041), ("Jensen", 0.041), ("Vargas", 0.041), ("Byrd", 0.041),
    ("Davidson", 0.041), ("Hopkins", 0.041), ("May", 0.04), ("Terry", 0.04), ("Herrera", 0.04),
    ("Wade", 0.04), ("Soto", 0.04), ("Walters", 0.04), ("Curtis", 0.04), ("Neal", 0.039),
    ("Caldwell", 0.039), ("Lowe", 0.039), ("Jennings", 0.039), ("Barnett", 0.039),
    ("Graves", 0.039), ("Jimenez", 0.039), ("Horton", 0.039), ("Shelton", 0.039),
    ("Barrett", 0.039), ("O'Brien", 0.039), ("Castro", 0.039), ("Sutton", 0.038),
    ("Gregory", 0.038), ("McKinney", 0.038), ("Lucas", 0.038), ("Miles", 0.038), ("Craig", 0.038),
    ("Rodriquez", 0.037), ("Chambers", 0.037), ("Holt", 0.037), ("Lambert", 0.037),
    ("Fletcher", 0.037), ("Watts", 0.037), ("Bates", 0.037), ("Hale", 0.037), ("Rhodes", 0.037),
    ("Pena", 0.037), ("Beck", 0.037), ("Newman", 0.036), ("Haynes", 0.036), ("McDaniel", 0.036),
    ("Mendez", 0.036), ("Bush", 0.036), ("Vaughn", 0.036), ("Parks", 0.035), ("Dawson", 0.035),
    ("Santiago", 0.035), ("Norris", 0.035), ("Hardy", 0.035), ("Love", 0.035), ("Steele", 0.035),
    ("Curry", 0.035), ("Powers", 0.035), ("Schultz", 0.035), ("Barker", 0.035), ("Guzman", 0.034),
    ("Page", 0.034), ("Munoz", 0.034), ("Ball", 0.034), ("Keller", 0.034), ("Chandler", 0.034),
    ("Weber", 0.034), ("Leonard", 0.034), ("Walsh", 0.033), ("Lyons", 0.033), ("Ramsey", 0.033),
    ("Wolfe", 0.033), ("Schneider", 0.033), ("Mullins", 0.033), ("Benson", 0.033),
    ("Sharp", 0.033), ("Bowen", 0.033), ("Daniel", 0.033), ("Barber", 0.032), ("Cummings", 0.032),
    ("Hines", 0.032), ("Baldwin", 0.032), ("Griffith", 0.032), ("Valdez", 0.032),
    ("Hubbard", 0.032), ("Salazar", 0.032), ("Reeves", 0.032), ("Warner", 0.031),
    ("Stevenson", 0.031), ("Burgess", 0.031), ("Santos", 0.031), ("Tate", 0.031),
    ("Cross", 0.031), ("Garner", 0.031), ("Mann", 0.031), ("Mack", 0.031), ("Moss", 0.031),
    ("Thornton", 0.031), ("Dennis", 0.031), ("McGee", 0.031), ("Farmer", 0.03), ("Delgado", 0.03),
    ("Aguilar", 0.03), ("Vega", 0.03), ("Glover", 0.03), ("Manning", 0.03), ("Cohen", 0.03),
    ("Harmon", 0.03), ("Rodgers", 0.03), ("Robbins", 0.03), ("Newton", 0.03), ("Todd", 0.03),
    ("Blair", 0.03), ("Higgins", 0.03), ("Ingram", 0.03), ("Reese", 0.03), ("Cannon", 0.03),
    ("Strickland", 0.03), ("Townsend", 0.03), ("Potter", 0.03), ("Goodwin", 0.03),
    ("Walton", 0.03), ("Rowe", 0.029), ("Hampton", 0.029), ("Ortega", 0.029), ("Patton", 0.029),
    ("Swanson", 0.029), ("Joseph", 0.029), ("Francis", 0.029), ("Goodman", 0.029),
    ("Maldonado", 0.029), ("Yates", 0.029), ("Becker", 0.029), ("Erickson", 0.029),
    ("Hodges", 0.029), ("Rios", 0.029), ("Conner", 0.029), ("Adkins", 0.029), ("Webster", 0.028),
    ("Norman", 0.028), ("Malone", 0.028), ("Hammond", 0.028), ("Flowers", 0.028), ("Cobb", 0.028),
    ("Moody", 0.028), ("Quinn", 0.028), ("Blake", 0.028), ("Maxwell", 0.028), ("Pope", 0.028),
    ("Floyd", 0.027), ("Osborne", 0.027), ("Paul", 0.027), ("McCarthy", 0.027),
    ("Guerrero", 0.027), ("Lindsey", 0.027), ("Estrada", 0.027), ("Sandoval", 0.027),
    ("Gibbs", 0.027), ("Tyler", 0.027), ("Gross", 0.027), ("Fitzgerald", 0.027),
    ("Stokes", 0.027), ("Doyle", 0.027), ("Sherman", 0.027), ("Saunders", 0.027), ("Wise", 0.027),
    ("Colon", 0.027), ("Gill", 0.027), ("Alvarado", 0.027), ("Greer", 0.026), ("Padilla", 0.026),
    ("Simon", 0.026), ("Waters", 0.026), ("Nunez", 0.026), ("Ballard", 0.026),
    ("Schwartz", 0.026), ("McBride", 0.026), ("Houston", 0.026), ("Christensen", 0.026),
    ("Klein", 0.026), ("Pratt", 0.026), ("Briggs", 0.026), ("Parsons", 0.026),
    ("McLaughlin", 0.026),
)  # fmt: skip

# Origins common in Sweden: the commonest given names and surnames of each, 1/rank, head 10.
FINNISH = Origin(
    ranked(words("Marja Anneli Tuula Leena Pirjo Päivi Sari Tiina Riitta Kaarina Helena Sirpa Aino Eila Liisa Raili Seija Hannele Minna Satu Johanna Eija Anja Merja Irmeli Tarja Kirsi Outi Hilkka Aila"), 10),
    ranked(words("Juha Timo Matti Kari Mikko Jari Antti Pekka Jukka Markku Heikki Seppo Hannu Veikko Pertti Esa Raimo Tapio Ilkka Kalevi Juhani Eero Risto Arto Petri Tuomas Sami Ville Olavi Erkki"), 10),
    ranked(words("Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Kallio Hakala Leinonen Miettinen Keskitalo"), 10),
)  # fmt: skip
# Iraq, Syria and Lebanon, Assyrian/Syriac names among them (`Ninos`, `Shamiram`, `Gewargis`).
ARABIC = Origin(
    ranked(words("Fatima Zainab Maryam Noor Sara Aya Hiba Rana Lina Amal Huda Layla Rasha Shahad Rania Dalia Suha Nadia Samira Aisha Yasmin Nisrin Hala Marwa Shamiram Nahrin Ninwa Mariam Sahar Lamis"), 10),
    ranked(words("Mohammed Ahmed Ali Hassan Hussein Omar Mustafa Ibrahim Abdullah Khaled Youssef Mahmoud Karim Sami Ammar Haidar Ziad Bassam Nabil Walid Samir Tariq Firas Rami Ninos Sargon Ashur Yacoub Gabriel Aziz"), 10),
    ranked(words("Ali Mohammed Ahmed Hassan Hussein Abdullah Ibrahim Khalil Saleh Mahmoud Al-Saadi Jabbar Kadhim Haddad Nasser Yousef Abbas Salman Jawad Karim Mansour Darwish Hamid Al-Obaidi Al-Rubaie Yacoub Shamoun Barsom Gewargis Youkhana Khoshaba Odisho Malki Ishak Saliba Danho"), 10),
)  # fmt: skip
SOMALI = Origin(
    ranked(words("Hodan Fadumo Amina Sahra Ayaan Hibo Idil Ikran Ubah Sagal Nimco Deeqa Hawa Xamdi Ladan Asha Sucaad Khadra Maryan Hamdi Filsan Naima Warsan Sahro Istahil"), 10),
    ranked(words("Mohamed Abdi Ahmed Abdullahi Hassan Ali Omar Yusuf Ismail Abdirahman Mahad Liban Abdikarim Hussein Farah Said Osman Mukhtar Guled Bashir Khalid Adan Jama Warsame Abdiaziz"), 10),
    ranked(words("Mohamed Ahmed Ali Hassan Abdi Omar Hussein Yusuf Farah Ismail Osman Abdullahi Warsame Jama Aden Nur Hersi Egal Duale Gedi Mohamud Abdirahman Elmi Dirie Samatar"), 10),
)  # fmt: skip
# Polish surnames in the masculine form; a woman carries `-ska`/`-cka` (`feminine`).
POLISH = Origin(
    ranked(words("Anna Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Joanna Aleksandra Monika Marta Beata Dorota Jadwiga Elżbieta Teresa Zofia Natalia Karolina Justyna Paulina Weronika Danuta Halina Iwona Grażyna"), 10),
    ranked(words("Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Stanisław Jakub Adam Marek Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Kamil Jerzy Maciej Rafał Sławomir Przemysław Dawid"), 10),
    ranked(words("Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Majewski Olszewski Stępień Malinowski Jaworski Adamczyk Dudek Nowicki Pawlak Górski Witkowski Walczak Sikora Wysocki Sawicki Górecki Zawadzki Sadowski"), 10),
)  # fmt: skip
PERSIAN = Origin(
    ranked(words("Maryam Fatemeh Zahra Leila Shirin Parisa Nasrin Azadeh Mahsa Neda Sara Roya Mina Shabnam Farzaneh Niloufar Golnaz Samira Mitra Ladan Bahar Sahar Negar Yasaman"), 10),
    ranked(words("Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Farhad Babak Behrouz Dariush Kaveh Arash Majid Hassan Payam Peyman Navid Omid Siavash Kian Kourosh Afshin"), 10),
    ranked(words("Mohammadi Hosseini Ahmadi Rezaei Karimi Moradi Hashemi Jafari Rahimi Sadeghi Mousavi Ghorbani Ebrahimi Tehrani Heidari Nazari Kazemi Farahani Shirazi Rostami Amini Esfahani Bagheri Najafi Kamali"), 10),
)  # fmt: skip
# Bosnian, Serbian and Croatian.
BCS = Origin(
    ranked(words("Amra Emina Jasmina Aida Lejla Selma Ana Marija Maja Ivana Jelena Mirela Senada Azra Sanela Elma Dragana Snežana Vesna Nermina Edina Alma Amela Mirsada Nataša Tijana Milica"), 10),
    ranked(words("Emir Adnan Amir Haris Mirza Edin Nermin Senad Dragan Zoran Goran Marko Nikola Stefan Ivan Milan Dejan Darko Mladen Samir Almir Jasmin Alen Damir Dino Tarik Kenan Mehmed Ante Josip"), 10),
    ranked(words("Hodžić Hadžić Kovačević Begić Delić Mehmedović Hasanović Husić Petrović Jovanović Nikolić Marković Đorđević Stojanović Ilić Stanković Pavlović Horvat Kovačić Babić Marić Jurić Knežević Šarić Ibrahimović Omerović Alić Mujić Čaušević Salihović Zukić Karić"), 10),
)  # fmt: skip
TURKISH = Origin(
    ranked(words("Ayşe Fatma Emine Hatice Zeynep Elif Merve Özlem Esra Derya Sevgi Gül Hülya Songül Meryem Büşra Şeyma Dilek Ebru Aylin Sibel Nur Yasemin Gülsüm"), 10),
    ranked(words("Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Ömer Yusuf Osman Emre Burak Serkan Kemal Halil Süleyman Recep Fatih Erkan Hakan Cem Onur Can Deniz Volkan Tolga"), 10),
    ranked(words("Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Karataş Güneş Aktaş Avcı Bulut Keskin Uçar"), 10),
)  # fmt: skip
# Eritrea and Ethiopia: the father's given name serves as the surname.
ERITREAN = Origin(
    ranked(words("Selam Helen Senait Mekdes Saba Yordanos Tsega Rahel Luwam Winta Semhar Feven Meron Tirhas Abrehet Elsa Freweyni Ruta Ksanet Hiwet Mebrat Letebrhan Eden"), 10),
    ranked(words("Yonas Daniel Samuel Tesfay Yohannes Mehari Dawit Berhane Tekle Filmon Henok Michael Robel Amanuel Bereket Kidane Tesfalem Haile Efrem Yemane Semere Mulugeta Biniam"), 10),
    ranked(words("Tesfaye Ghebremedhin Tekle Haile Berhane Kidane Gebremichael Woldemariam Mehari Yohannes Tesfamariam Habte Asmerom Negash Ghebreyesus Abraha Weldu Tewelde Andemariam Bahta Fessehaye Girmay Zerai Okbay"), 10),
)  # fmt: skip
AFGHAN = Origin(
    ranked(words("Fatima Zahra Maryam Marzia Masouma Shabnam Parwana Nazanin Fereshta Mariam Khadija Sakina Zainab Roya Nadia Farida Laila Hamida Setara Muska Mursal Sima"), 10),
    ranked(words("Mohammad Ali Ahmad Reza Hussain Mustafa Abdul Jawad Mahdi Sayed Hamid Rahim Karim Farid Nasir Wahid Zaki Javid Basir Omid Sohrab Bashir Ehsan Murtaza"), 10),
    ranked(words("Ahmadi Hussaini Rezaie Mohammadi Rahimi Noori Hakimi Sultani Azizi Amiri Haidari Jafari Sadat Karimi Popal Stanikzai Safi Wardak Yousufzai Nazari Mirzai Qaderi Hotak Barakzai Akbari"), 10),
)  # fmt: skip
THAI = Origin(
    ranked(words("Siriporn Suwanna Pranee Malee Nittaya Supaporn Wanida Kanokwan Sukanya Ratana Jintana Pornthip Somjai Orawan Duangjai Kanya Lamai Rattana Pimchanok Araya Nattaya Sunisa"), 10),
    ranked(words("Somchai Somsak Prasert Sompong Anan Wichai Somboon Surachai Chaiwat Thanakorn Kittisak Niran Prasit Sakchai Boonmee Apichat Narong Pichai Suthep Weerapong"), 10),
    ranked(words("Saetang Srisuk Wongsawat Chaiyaporn Sukprasert Boonmee Thongchai Kaewkla Phromma Srisawat Rattanakorn Sombat Jaidee Sukjai Intharasuk Chanthara Kongkaew Pongsri Yodsuwan Suwannarat"), 10),
)  # fmt: skip
# Chile first, and Latin America: two surnames, the father's and the mother's.
LATIN = Origin(
    ranked(words("María Carolina Claudia Patricia Daniela Francisca Camila Valentina Javiera Andrea Paula Verónica Marcela Gabriela Alejandra Lorena Natalia Fernanda Carmen Rosa Ximena Paola Constanza Soledad"), 10),
    ranked(words("José Juan Carlos Luis Jorge Francisco Pablo Cristián Rodrigo Sebastián Felipe Diego Matías Manuel Miguel Sergio Patricio Marcelo Hernán Alejandro Gonzalo Mauricio Andrés Ricardo"), 10),
    ranked(words("González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez Castro Pizarro Álvarez Vásquez Sánchez Fernández Ramírez Carrasco Gómez Cortés Herrera Núñez"), 10),
)  # fmt: skip
KURDISH = Origin(
    ranked(words("Shirin Nasrin Rojda Berivan Helin Dilan Jiyan Zozan Avin Hevi Nazdar Roza Bahar Delal Gulistan Hana Lava Nishtiman Shilan Soma Tara Evin Narin"), 10),
    ranked(words("Azad Rebwar Shwan Kawa Dilshad Hiwa Karwan Sherko Aram Baran Rizgar Ahmad Jamal Kamal Salar Zana Hemin Soran Goran Bakhtiyar Dara Rebin Shivan Serdar"), 10),
    ranked(words("Ahmad Mohammad Mahmoud Karim Rashid Aziz Hamad Salih Qadir Amin Abdullah Omar Sharif Hussein Jaff Zebari Bakr Faraj Hassan Mustafa Kakei Raza Jalal Othman Tahir Baban"), 10),
)  # fmt: skip
UKRAINIAN = Origin(
    ranked(words("Olena Tetiana Natalia Iryna Oksana Svitlana Yulia Kateryna Anastasiia Olha Liudmyla Halyna Viktoriia Mariia Nadiia Alina Daria Inna Larysa Valentyna"), 10),
    ranked(words("Oleksandr Serhii Andrii Volodymyr Dmytro Oleksii Mykola Vasyl Yurii Ivan Ihor Viktor Maksym Mykhailo Petro Roman Taras Bohdan Vitalii Artem"), 10),
    ranked(words("Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko Kravchuk Klymenko Pavlenko Kuzmenko Ponomarenko"), 10),
)  # fmt: skip
INDIAN = Origin(
    ranked(words("Priya Anjali Pooja Neha Divya Kavya Sneha Lakshmi Deepa Aishwarya Swati Meera Ananya Shreya Sunita Rekha Nisha Ritu Shalini Aparna"), 10),
    ranked(words("Rahul Amit Rajesh Vikram Arjun Sandeep Suresh Anil Ravi Sanjay Karthik Vijay Prakash Manoj Deepak Ashok Naveen Srinivas Harish Aditya"), 10),
    ranked(words("Kumar Singh Sharma Patel Reddy Gupta Iyer Nair Rao Joshi Shah Mehta Verma Das Pillai Menon Agarwal Chatterjee Banerjee Krishnan Desai Kulkarni Pandey Mishra Bose"), 10),
)  # fmt: skip

ORIGINS = {
    "swedish": Origin(ranked(SV_F, 150), ranked(SV_M, 150), ranked(SV_S, 150)),
    "us": Origin(census(US_F), census(US_M), census(US_S)),
    "uk": Origin(ranked(UK_F, 130), ranked(UK_M, 130), ranked(UK_S, 150)),
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
}

# Who is named, per language of the text: Swedish text names Sweden's population roughly as it is
# (born in Sweden or abroad), English text mostly the US and the UK, mixed text (Swedes writing at
# work in both languages) Sweden first, with colleagues and customers from abroad.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 67, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.2, "bcs": 2.5,
        "somali": 2, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5, "eritrean": 1.3,
        "ukrainian": 1.2, "thai": 1, "latin": 1, "indian": 0.8, "uk": 0.7, "us": 0.5,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 8, "indian": 4, "arabic": 2, "polish": 2, "latin": 2,
        "finnish": 1, "somali": 1, "persian": 1, "turkish": 1, "bcs": 0.8, "thai": 0.8,
        "ukrainian": 0.8, "afghan": 0.5, "eritrean": 0.5, "kurdish": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 9, "arabic": 5, "finnish": 3, "polish": 3, "indian": 2.5,
        "persian": 2.5, "bcs": 2.5, "turkish": 1.5, "somali": 1.5, "kurdish": 1.5, "afghan": 1.2,
        "ukrainian": 1.2, "eritrean": 1, "thai": 1, "latin": 1,
    },
}  # fmt: skip

# Short forms people are called by, per origin and given name.
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": {
        "Lars": ("Lasse",), "Mikael": ("Micke",), "Joakim": ("Jocke",), "Karl": ("Kalle",),
        "Per": ("Pelle", "Perra"), "Thomas": ("Tompa",), "Magnus": ("Manne",),
        "Kristoffer": ("Krille",), "Christoffer": ("Chrille", "Stoffe"), "Fredrik": ("Fredde",),
        "Daniel": ("Danne",), "Marcus": ("Mackan",), "Patrik": ("Patte",), "Henrik": ("Henke",),
        "Tobias": ("Tobbe",), "Jonas": ("Jonte",), "Mattias": ("Matte",), "Robert": ("Robban",),
        "Gustav": ("Gurra", "Gusse"), "Sebastian": ("Sebbe",), "Alexander": ("Alex",),
        "Niklas": ("Nicke",), "Kenneth": ("Kenta",), "Anders": ("Ante",), "Jörgen": ("Jögge",),
        "Ulf": ("Uffe",), "Göran": ("Gögge",), "Rolf": ("Roffe",), "Torbjörn": ("Tobbe",),
        "Charlotte": ("Lotta",), "Susanne": ("Sussie", "Sanna"), "Elisabeth": ("Lisa", "Bettan"),
        "Katarina": ("Kattis", "Kajsa"), "Margareta": ("Maggan",), "Birgitta": ("Gittan", "Bibbi"),
        "Kristina": ("Kicki", "Stina"), "Camilla": ("Millan",), "Josefin": ("Jossan",),
        "Viktoria": ("Vickan",), "Madeleine": ("Maddie",), "Gunilla": ("Gunnis",),
        "Ingegerd": ("Inge",), "Veronica": ("Vera", "Vroni"), "Rebecka": ("Becka",),
        "Johanna": ("Jossan", "Hanna"), "Jessica": ("Jessi",), "Alexandra": ("Sandra",),
    },
    "uk": {
        "William": ("Will", "Bill"), "Robert": ("Rob", "Bob"), "Richard": ("Rich",),
        "Elizabeth": ("Liz", "Beth"), "Jennifer": ("Jen",), "Michael": ("Mike",),
        "Christopher": ("Chris",), "Anthony": ("Tony",), "Stephen": ("Steve",),
        "James": ("Jim", "Jamie"), "Thomas": ("Tom",), "Daniel": ("Dan", "Danny"),
        "Matthew": ("Matt",), "Andrew": ("Andy",), "Catherine": ("Kate", "Cathy"),
        "Katherine": ("Kate", "Kath"), "Margaret": ("Maggie", "Peggy"), "Patricia": ("Pat", "Trish"),
        "Rebecca": ("Becky",), "Samantha": ("Sam",), "Alexander": ("Alex",), "Benjamin": ("Ben",),
        "Joseph": ("Joe",), "Edward": ("Ed", "Ted"), "Deborah": ("Debbie",), "Susan": ("Sue",),
        "Victoria": ("Vicky", "Tori"), "Nicola": ("Nicky",), "Jonathan": ("Jon",),
        "Timothy": ("Tim",), "Philip": ("Phil",), "Kenneth": ("Ken",), "Terence": ("Terry",),
        "Frederick": ("Fred",), "Alison": ("Ali",), "Jacqueline": ("Jackie",),
    },
    "us": {
        "William": ("Bill", "Will"), "Robert": ("Bob", "Rob"), "Richard": ("Rick", "Dick"),
        "Elizabeth": ("Liz", "Betty"), "Jennifer": ("Jen", "Jenny"), "Michael": ("Mike",),
        "Christopher": ("Chris",), "Anthony": ("Tony",), "Steven": ("Steve",),
        "James": ("Jim", "Jimmy"), "Thomas": ("Tom",), "Daniel": ("Dan",), "Matthew": ("Matt",),
        "Andrew": ("Andy", "Drew"), "Katherine": ("Kate", "Kathy"), "Margaret": ("Peggy", "Maggie"),
        "Patricia": ("Pat", "Patty"), "Rebecca": ("Becky",), "Joseph": ("Joe",),
        "Edward": ("Ed", "Eddie"), "Deborah": ("Deb", "Debbie"), "Susan": ("Sue",),
        "Charles": ("Chuck", "Charlie"), "Kimberly": ("Kim",), "Jessica": ("Jess",),
        "Nicholas": ("Nick",), "Samuel": ("Sam",), "Gregory": ("Greg",), "Jeffrey": ("Jeff",),
        "Donald": ("Don",), "Ronald": ("Ron",), "Timothy": ("Tim",), "Barbara": ("Barb",),
        "Cynthia": ("Cindy",), "Pamela": ("Pam",), "Christine": ("Chris",),
    },
    "polish": {
        "Małgorzata": ("Gosia",), "Katarzyna": ("Kasia",), "Aleksandra": ("Ola",),
        "Agnieszka": ("Aga",), "Tomasz": ("Tomek",), "Piotr": ("Piotrek",),
        "Wojciech": ("Wojtek",), "Magdalena": ("Magda",), "Krzysztof": ("Krzysiek",),
    },
    "finnish": {"Juhani": ("Jussi",), "Markku": ("Make",), "Johanna": ("Jonna",)},
    "ukrainian": {"Oleksandr": ("Sasha",), "Kateryna": ("Katia",), "Volodymyr": ("Volodia",)},
    "latin": {"Francisco": ("Pancho",), "José": ("Pepe",), "Francisca": ("Pancha",)},
    "arabic": {"Mohammed": ("Mo",), "Youssef": ("Yossi", "Joe")},
}  # fmt: skip
