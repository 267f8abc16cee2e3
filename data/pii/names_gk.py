# ruff: noqa: E501
"""Name pools of held-out GK (issue 15): names as the population has them, weighted by how often
people carry them.

Written from the writer's general knowledge of the published name statistics, not from rung's
lexicons, and never checked against them: Swedish given names and surnames in the order of SCB's
name statistics (weight 1/rank; head the top 150, then a tail of rarer names); the US Census 1990
lists (public domain, copied from the `names` package's `dist.female.first`, `dist.male.first` and
`dist.all.last`; the census per cent as weight, head 150); UK given names and surnames in the order
of the ONS rankings (1/rank); and the commonest given names and surnames of origins common in
Sweden (1/rank, head 10). Stdlib only.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this probability, else its tail


@dataclass(frozen=True)
class Pool:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int  # names[:head] are the head, the rest the tail


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def ranked(names: str, head: int) -> Pool:
    """A pool from names in rank order, weight 1/rank."""
    words = tuple(w.replace("_", " ") for w in names.split())  # `von_Platen` is one name
    return Pool(words, tuple(1 / (i + 1) for i in range(len(words))), min(head, len(words)))


def census(rows: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A pool from the census's names with their per cent as weight."""
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


_PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "İ": "I", "ø": "o", "æ": "ae", "ß": "ss"}
)


def plain(word: str) -> str:
    """A name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Đorđević` -> `Djordjevic`."""
    word = word.translate(_PLAIN)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("zki", "zka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# --- Sweden: SCB's name statistics, rank order (all bearers), head 150, then rarer names ---------
SV_WOMEN = """
Maria Anna Margareta Elisabeth Eva Kristina Birgitta Karin Elisabet Marie Ingrid Christina
Linnéa Marianne Sofia Kerstin Lena Helena Emma Johanna Inger Sara Cecilia Elin Anita Ida Louise
Hanna Ulla Katarina Viktoria Malin Susanne Linda Elsa Ingegerd Monica Alice Jenny Ann Julia
Gunilla Astrid Ebba Amanda Ingeborg Annika Matilda Caroline Elina Charlotta Maja Linnea Agneta
Josefin Ella Yvonne Lovisa Åsa Gunnel Camilla Ulrika Frida Emelie Klara Ellen Birgit Barbro
Therese Wilma Madeleine Britt Alexandra Charlotte Irene Lisa Inga Jessica Gun Siv Carina Moa
Emilia Anneli Ingela Mona Sofie Agnes Isabelle Erika Maj Rut Pia Elvira Vera Greta Märta Marita
Ann-Marie Ann-Christin Britta Helen Gunhild Maud Lina Olivia Ester Felicia Emilie Mikaela
Ingalill Anette Gabriella Sandra Jennie Ellinor Berit Ronja Nathalie Stina Sonja Solveig Elsie
Signe Tove Harriet Kajsa Hedvig Svea Eleonora Magdalena Jeanette Vanja Ingegärd Lilian Pernilla
Rebecka Hilda Fredrika Tilda Alva Saga Nellie Selma Ines Tuva Lisbeth Gerd Sigrid Alma Majken
Tyra Edith Ruth Dagmar Hildur Elvy Ethel Gertrud Hjördis Ingvor Iris Jill Judit Katja Lotta
Lisen Liv Majvor Margit Marit Mathilda Meja Minna Mira Molly Nora Patricia Paula Petra Ragnhild
Rakel Regina Rosita Sabina Siri Stella Sylvia Thea Tora Ulrica Valborg Vendela Viveka Viola Ylva
Yvette Agda Alfhild Alida Alicia Amelia Andrea Angelica Anja Annelie Annie Antonia Aurora Beata
Bella Bianca Bodil Caisa Carin Carola Celine Clara Dagny Daniela Denise Desirée Doris Edla Elise
Ellie Elly Elma Elna Emmy Evelina Evelyn Fanny Filippa Freja Gerda Gisela Gudrun Gullan Gunvor
Hedda Helga Hillevi Ina Inez Irma Isa Isabella Jasmine Jennifer Josefine Juni Kim Kristin Lea
Lilly Linn Livia Lova Lucia Madelene Malva Mariann Marina Marlene Melissa Mia Michaela Miranda
Monika Nadja Natalie Nelly Nicole Nina Noomi Ottilia Pauline Rebecca Rigmor Rosa Sanna Selina
Sigrun Silvia Siw Smilla Sophie Susann Sunniva Tekla Tindra Tina Tone Ulla-Britt Vilma Vivianne
Wendela Åse Aina Alfrida Anne Annette Asta Barbara Bettina Brita Carolina Cornelia Dorotea Edit
Elena Elinor Elisa Emely Engla Gunbritt Gunvi Hanne Ingeli Irja Jenni Joanna Jonna Karolina
Laila Lisbet Majlis Margaretha Mari Marielle Nanna Nova Olga Rose-Marie Terese Theresia Turid
Vivi Vivan Yrsa Ann-Louise Ann-Sofie Anna-Karin Anna-Lena Eva-Lena Marie-Louise Ann-Britt
Ann-Charlotte Eva-Karin Mari-Louise Lill Kicki Ingalena Gullvi
"""
SV_MEN = """
Karl Erik Lars Anders Per Johan Nils Carl Mikael Jan Hans Olof Peter Gustav Lennart Thomas
Fredrik Daniel Bengt Sven Gunnar Åke Alexander Stefan Bo Magnus Göran Mats Leif Oskar Ulf
Andreas Johannes Axel Martin Henrik Christer Björn Mattias John Kjell Stig Marcus Arne William
Jonas Rolf David Niklas Emil Tommy Christian Viktor Filip Patrik Kent Roger Robert Håkan Oscar
Anton Simon Rune Joakim Sebastian Jonathan Michael Ingemar Kurt Hugo Tobias Rickard Claes Ali
Mohammad Jakob Sten Elias Rasmus Robin Roland Lucas Adam Torbjörn Jörgen Kenneth Jesper Dan
Tomas Ludvig Liam Isak Ove Gösta Alf Allan Bertil Birger Conny Dennis Harald Ingvar Jimmy
Kristoffer Albin Alfred Arvid Theo Noah Leo Elliot Edvin Melvin Vincent Olle Hampus Gabriel
Benjamin Samuel Johnny Mohamed Ahmed Tage Valter Torsten Sixten Einar Ivar Folke Kristian Joel
Linus Pontus Emanuel Jacob Malte Casper Charlie Wilhelm Otto Harry Josef Viggo Ebbe Hassan
Kevin Mathias Pär Agne Alvar Arnold Artur Assar Bernt Bror Börje Curt Dag Douglas Edvard Elis
Elof Elmer Erland Evert Georg Gerhard Gert Greger Gustaf Halvar Helge Henning Herbert Hilding
Holger Inge Ingmar Ivan Jarl Jerker Jesse Joar Jon Jonny Kaj Kalle Kennet Knut Konrad Krister
Lage Lars-Göran Lennarth Levi Lorentz Love Manne Mauritz Max Melker Milo Morgan Nicklas Noel Ola
Oliver Olov Ossian Paul Peder Petter Ragnar Ragnvald Reine Reinhold Richard Ronny Rudolf Sam
Sigfrid Sigge Sigvard Sivert Sture Sune Svante Teodor Tor Tord Torgny Torvald Ture Uno Urban
Valdemar Verner Vidar Vilgot Wilmer Yngve Östen Adrian Albert Alex Alexis Algot Alvin Amir
André Aron August Benny Bjarne Carl-Johan Christoffer Colin Conrad Dante Edward Elvis Esbjörn
Fabian Felix Frans Fritiof Glenn Gottfrid Hjalmar Hannes Henry Hilmer Ibrahim Isac Jack Jens Jim
Jörn Kasper Karl-Erik Karl-Johan Lars-Olof Lars-Åke Lukas Marco Mario Markus Mio Nicolas Niclas
Nils-Erik Noa Odd Omar Osvald Patric Per-Olof Per-Erik Philip Ralf Rikard Roy Ruben Sakarias
Set Severin Stellan Sölve Thor Tim Tony Ulrik Waldemar Walter Wiktor Yusuf Zakarias Örjan
Jan-Erik Bo-Göran Sven-Erik Lars-Erik Karl-Axel Per-Anders Hans-Olov Anders-Petter
Alrik Anselm Bruno Carl-Gustaf Cornelius Eddie Edgar Eilert Emrik Enar Evald Ferdinand Frank
Fredric Gillis Gunder Hadar Halvard Helmer Hjalte Ingolf Isidor Julius Justus Karl-Gustav
Kjell-Åke Klas Lars-Gunnar Leopold Loke Matteus Mons Nils-Olof Orvar Per-Åke Ragne Reidar
Rutger Seth Sigurd Stig-Arne Sven-Olof Sören Torleif Truls Vilhelm Yngvar Jonatan Leon Måns Ivo
Elton
"""
SV_SURNAMES = """
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
Lindström Lindqvist Lindgren Axelsson Berg Bergström Lundberg Lind Lundgren Lundqvist Mattsson
Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed Engström Eklund
Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Fransson
Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström
Mårtensson Lundström Ahmed Viklund Björklund Eliasson Pålsson Berggren Sandström Lund Nordin
Ström Åberg Hermansson Ekström Holmgren Falk Hassan Sundberg Dahlberg Hellström Sjögren
Abrahamsson Martinsson Öberg Andreasson Månsson Strand Holmqvist Åkesson Ek Jonasson Hedlund
Sundström Mohamed Dahl Blom Hansen Sjöström Lindholm Nordqvist Göransson Berntsson Lindahl
Jensen Sundqvist Ekberg Hedström Åström Söderström Lindén Warg Lindblom Jacobsson Ivarsson
Nordlund Hussein Öhman Malmberg Aronsson Sundin Bergkvist Lindell Engberg Ibrahim Omar Borg
Johnsson Strömberg Nyman Stenberg Backman Karlström Lindkvist Lundkvist Wiklund Hedberg Palm
Jakobsen Edlund Söderlund Norberg Bergh Rosén Hägglund Ekman Ljungberg Blomberg Sjödin Nord
Skoglund Landström Westerberg Ekholm Roos Forslund Lundholm Grahn Åkerlund Zetterberg Nylund
Gren Fors Eklöf Kjellberg Sahlin Westin Lindroth Wennberg Ljung Rydberg Hellberg
Boström Östlund Granberg Nordgren Wahlström Bäckström Åhlund Lilja Blomgren Ågren Hagström
Holmström Dahlgren Carlsson Sörensen Friberg Englund Bergstrand Almqvist Ahlberg
Fagerström Hammar Sundkvist Stålberg Lindmark Nordberg Lövgren Rask Hallberg Hedin Ekstrand
Löfberg Melin Wallgren Sandqvist Törnqvist Öquist Rönnberg Frisk Brandt Sjölund Carlström
Nordenberg Edström Hedman Lindfors Eng Wallén Björn Hjalmarsson Abdi Yusuf Hasan Kristiansson
Engman Thorén Åhman Wahlberg Kvist Stenström Forsman Ohlsson Sjökvist Lidén
Hultgren Ekdahl Strömgren Dahlqvist Svärd Alm Byström Lönn Tell Rehn Malm Ahlgren
Lindvall Ohlin Wester Sköld Nygren Åman Granlund Söder Hagberg Brodin Boman Lundell Ryd Modig
Hallgren Sundell Tornberg Kullberg Lagerqvist Fröberg Hammarström Lindeberg Strid Torstensson
Gustavsson Petersson Thorsson Wallenberg Sjöqvist Löfström Bengtzon
Ljunggren Olausson Östberg Grönlund Lindelöf Wikander Nordling Heed Ståhl Lundmark Björkman
Klasson Ernstsson Tengvall Rylander Fridh Blixt Sandin Tallberg Lagerlöf Enqvist von_Platen
af_Klercker von_Essen De_Geer af_Ugglas von_Sydow af_Trolle von_Otter Wachtmeister Lewenhaupt
Gyllenstierna Bonde Posse Stiernstedt Silfverschiöld Hamilton Fleetwood Ramel Cederschiöld
Adlercreutz Kuylenstierna
Sandell Backlund Björling Hägg Forsgren Berglöf Grönberg Lindquist Holmlund Lundblad Nordén
Wikman Ekelund Engdahl Sjölander Åkerman Stenlund Dahlström Rosenberg Hellgren Lönnqvist
Kvarnström Östling Sundholm Strömqvist Bylund Nordahl Wahlgren Jernberg Lindbom Söderqvist
Ahlström Fagerlund Hallin Ringqvist Tjäder Granqvist Svedberg Sjöblom Rudberg Hagman Bjurström
Norling Ekblom Liljegren Råberg Edman Åslund Hjelm
"""

# --- UK: ONS rankings (given names of the living generations, surnames), 1/rank -----------------
UK_WOMEN = """
Susan Margaret Sarah Elizabeth Patricia Julie Karen Helen Claire Emma Jennifer Lisa Linda
Catherine Christine Deborah Joanne Amanda Mary Alison Nicola Rachel Jacqueline Angela Gillian
Louise Michelle Olivia Amelia Isla Ava Emily Sophie Jessica Chloe Charlotte Hannah Lucy Laura
Rebecca Katie Amy Lauren Gemma Kelly Stacey Samantha Victoria Hayley Natalie Jane Ann Anne Janet
Pauline Carol Sandra Barbara Valerie Brenda Sheila Joan Jean Dorothy Irene Maureen Eileen
Kathleen Doreen Shirley Pamela Wendy Diane Tracey Dawn Kim Lesley Fiona Kirsty Lindsay Jade
Danielle Zoe Holly Grace Ella Mia Poppy Freya Evie Ruby Daisy Lily Millie Phoebe Scarlett Rosie
Isabel Eleanor Abigail Megan Bethany Georgia Ellie Jasmine Caitlin Kayleigh Leanne Sian Rhian
Bronwen Eilidh Morag Siobhan Aoife Niamh Anna Heather Caroline Joanna Harriet Imogen Florence
Matilda Alice Rosemary Hazel Marion Sylvia Audrey Beryl Edna Gladys Hilda Vera Elsie Ivy Mabel
Nora Annie Agnes Betty Rita Lorraine Tina Yvonne Sharon Tracy Julia Jill Frances Teresa Theresa
Josephine Judith Rosalind Penelope Philippa Camilla Jemima Tabitha Clementine Beatrice Esme
Willow Aria Maisie Erin Katherine Kate Ayesha Fatima Aisha Zara Priya Sadie Lexi Harper Sienna
Layla Nancy Elsa Bella Hollie Leah Paige Shannon Amber Courtney Chelsea Toni Carly Nikki Jodie
Beverley Denise Elaine Sally Lynne Marilyn Gail Bernadette Rosaleen Moira Ailsa Catriona
Gwen Ffion Cerys Nia Carys Mared Alys Orla Roisin Ciara Saoirse Maeve Ottilie Arabella Marnie
"""
UK_MEN = """
David John Paul Michael Andrew Peter James Robert Mark Richard Stephen Christopher Ian Simon
Thomas William Daniel Matthew Steven Gary Anthony Martin Jonathan Kevin Alan Brian Neil Philip
Graham Keith Colin Nicholas Timothy Jason Lee Craig Darren Stuart Adam Benjamin Samuel Joseph
Jack Harry Oliver George Charlie Jacob Alfie Noah Oscar Leo Freddie Archie Joshua Ryan Luke Liam
Callum Connor Jamie Scott Ross Dean Wayne Shaun Carl Barry Derek Trevor Kenneth Roy Terence
Raymond Dennis Ronald Donald Frank Harold Albert Arthur Stanley Leonard Norman Gordon Malcolm
Douglas Hugh Rhys Gareth Dylan Owen Gethin Dafydd Hamish Angus Fraser Euan Declan Patrick Sean
Conor Ciaran Edward Henry Alexander Charles Hugo Rupert Giles Toby Max Theo Finley Lewis Kieran
Nathan Aaron Tyler Bradley Jordan Ethan Mason Logan Reece Kyle Alistair Duncan Geoffrey Clive
Nigel Roger Mohammed Muhammad Ahmed Ali Rajesh Sanjay Kwame Tunde Dominic Sebastian Barnaby
Jeremy Julian Marcus Vincent Russell Glenn Howard Lionel Reginald Cyril Herbert Walter Ernest
Wilfred Percy Horace Cecil Bernard Desmond Eamon Niall Padraig Callan Iwan Emyr Huw Aled Ieuan
Lachlan Struan Ruaridh Calum Ewan Ronan Elliot Harvey Louie Reggie Teddy Ronnie Tommy
"""
UK_SURNAMES = """
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
Burrows Briggs Storey Pollard Howell Hyde Rahman Islam Sharma Evans-Jones Lloyd-Williams
Fitzgerald MacLeod McKenzie Fraser Sinclair Munro Lockhart Pryce Vaughan Llewellyn Prosser
"""

# --- US: Census 1990 (copied from the `names` package's data files), per cent as weight ----------
US_FEMALE: tuple[tuple[str, float], ...] = (
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
US_MALE: tuple[tuple[str, float], ...] = (
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
US_LAST: tuple[tuple[str, float], ...] = (
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

# --- Origins common in Sweden: commonest names first, 1/rank, head 10 -------------------------
OTHER = {
    "finnish": (
        "Maria Helena Johanna Anneli Kaarina Marjatta Anna Liisa Annikki Hannele Tuula Päivi Sari Minna Tiina Riitta Leena Anne Kirsi Pirjo Sanna Eeva Aino Satu Marja Elina Laura Katja Tarja Heidi",
        "Juhani Johannes Olavi Antero Tapani Kalevi Mikael Matti Timo Kari Pekka Jari Mikko Juha Antti Heikki Markku Jukka Petri Hannu Seppo Ville Jussi Janne Tero Esa Risto Veikko Tuomas Lauri",
        "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Keskitalo Peltola",
    ),
    "arabic": (  # Iraq and Syria, with Assyrian/Syriac names
        "Fatima Maryam Zainab Noor Sara Amira Layla Hiba Rana Aya Rasha Huda Lina Dalia Yasmin Reem Hanan Samira Nadia Shamiram Ninorta Nahrain Sabiha Jamila Souad Rania Marwa Ghada",
        "Mohammed Ahmed Ali Omar Hassan Hussein Mahmoud Khaled Youssef Ibrahim Mustafa Abdullah Karim Sami Tariq Ammar Haidar Bashar Firas Rami Sargon Ninos Aziz Jamal Fadi Gabriel Yacoub Ashur Aram",
        "Ali Mohammed Ahmed Hassan Hussein Ibrahim Abdullah Khalil Saleh Jaber Al-Hashimi Al-Obaidi Al-Jabouri Haddad Khoury Nasser Mansour Younes Shamoun Barsoum Saliba Gabriel Isa Yousef Kassab Darwish Hamad Salman Jasim Kareem Yacoub Lahdo",
    ),
    "somali": (
        "Fadumo Hodan Amina Sahra Ayan Hawa Khadija Ifrah Nasra Deqa Hibo Ubah Sagal Farhiya Ladan Maryan Asha Hamdi Ilhan Idil Nimco Sucaad Shukri Muna",
        "Mohamed Abdi Ahmed Abdirahman Abdullahi Hassan Ali Omar Yusuf Ismail Mahad Abdikadir Said Farah Liban Hussein Mustafe Bashir Khalid Jama Warsame Osman Dahir Abdiaziz",
        "Mohamed Ahmed Ali Hassan Abdi Omar Osman Farah Yusuf Ibrahim Warsame Jama Abdullahi Hussein Aden Mohamud Isse Nur Egal Dahir Hirsi Elmi Gedi Duale Sheikh",
    ),
    "polish": (
        "Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Elżbieta Joanna Aleksandra Monika Zofia Teresa Danuta Natalia Karolina Marta Beata Dorota Justyna Halina Jadwiga Agata",
        "Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Stanisław Jakub Adam Marek Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Jerzy Maciej Rafał Kamil Robert Józef",
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Wysocki Zawadzki Czarnecki Sawicki Jabłoński Wróbel Sokołowski",
    ),
    "persian": (
        "Maryam Fatemeh Zahra Narges Shirin Parisa Leila Nasrin Mina Azadeh Roya Samira Shabnam Mahsa Neda Nazanin Sara Parvin Mitra Farah Golnaz Elham Ladan Setareh Soraya",
        "Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Behrouz Dariush Kourosh Babak Farhad Majid Arash Omid Payam Kaveh Shahram Bijan Navid Ramin Peyman Hassan Javad",
        "Mohammadi Hosseini Ahmadi Rezaei Moradi Karimi Jafari Rahimi Hashemi Mousavi Sadeghi Ebrahimi Ghorbani Kazemi Rostami Amini Shirazi Tehrani Farahani Nouri Bagheri Najafi Akbari Salehi Zamani Esfahani Azizi Habibi Yazdani Khorasani",
    ),
    "bcs": (  # Bosnian, Serbian, Croatian
        "Amra Emina Jasmina Selma Amela Ana Maja Marija Ivana Jelena Mirela Lejla Aida Sanela Azra Dragana Snežana Vesna Zorica Suada Alma Mersiha Nermina Senada Edina Gordana Mirjana",
        "Mirza Emir Adnan Haris Dragan Zoran Nikola Marko Ivan Senad Edin Amir Damir Goran Milan Nenad Stefan Dejan Admir Kemal Elvis Samir Alen Tarik Dino Jasmin Muhamed",
        "Hodžić Hadžić Kovačević Begić Delić Mehmedović Jovanović Petrović Nikolić Marković Đorđević Popović Babić Horvat Kovačić Ibrahimović Hasanović Husić Omerović Alić Muratović Pavlović Ilić Stojanović Jukić Marić Tomić Knežević Šehić Mujić",
    ),
    "turkish": (
        "Zeynep Elif Ayşe Fatma Emine Hatice Merve Esra Özlem Sibel Derya Gül Hülya Songül Aysel Dilek Filiz Büşra Melek Sevim Nurcan Ebru Gülsüm Yasemin Sultan",
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Ömer Yusuf Emre Kemal Osman Ramazan Fatih Halil Süleyman Burak Serkan Cem Erdal Tolga Onur Volkan Kadir",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Erdoğan Güneş Aksoy Karataş Turan Özer Bulut Avcı",
    ),
    "eritrean": (  # the father's given name serves as surname
        "Helen Senait Yohana Saba Selam Meron Tsega Hiwet Mebrat Rahel Luwam Semhar Eden Winta Freweini Elsa Abrehet Aster Feven Tigist",
        "Yonas Daniel Tesfay Dawit Michael Samuel Solomon Yohannes Berhane Tekle Merhawi Filmon Henok Robel Amanuel Kidane Mehari Habte Tedros Semere Biniam Mussie Isaias Goitom",
        "Tesfamariam Ghebremedhin Tekle Haile Berhane Kidane Habte Mehari Tesfay Gebremichael Weldemariam Asfaha Negash Yohannes Ghirmay Andemariam Tewelde Abraha Kahsay Woldu Mebrahtu Ghebreyesus Zerai Tsegay Hagos",
    ),
    "afghan": (
        "Fatima Maryam Zahra Madina Laila Nilofar Farzana Shabana Mursal Fereshta Nazia Zarghona Malalai Mahbooba Sadaf Parwana Hasina Nasima Shukria Sima Wahida Sohaila Gulalai Marzia Habiba",
        "Mohammad Ahmad Ali Mustafa Hamid Rahim Jawad Sayed Hussain Nasir Farid Wahid Zabihullah Rahmatullah Naqibullah Habib Shafiq Javid Sohrab Mirwais Omid Hekmat Qais Bashir Najib",
        "Ahmadi Mohammadi Hosseini Rahimi Hakimi Sultani Rezaie Noori Karimi Jafari Amiri Haidari Sharifi Safi Popal Stanikzai Ahmadzai Durrani Wardak Barakzai Rasuli Azimi Hashimi Nazari Qaderi",
    ),
    "thai": (
        "Siriporn Supaporn Wanida Nittaya Sunisa Pranee Malee Somsri Jintana Rattana Kanokwan Pornthip Nongnuch Wanna Suda Ratchanee Duangjai Siriwan Lamai Naree Apinya Chutima Jiraporn Orathai Thida",
        "Somchai Somsak Prasert Sompong Surachai Anan Wichai Chaiwat Thanawat Kittisak Boonmee Narong Sakchai Nattapong Pichit Somboon Preecha Arthit Kasem Manop",
        "Saelim Saetang Srisawat Wongsuwan Sukprasert Kaewkla Chanthawong Thongsuk Rattanaporn Suwannarat Phromma Intharat Bunsri Jaidee Kongkaew Siriwong Nakprasit Thammasat Kittipong Somboon",
    ),
    "latin": (  # Chile first, then the rest of Latin America; two surnames often
        "María Carolina Claudia Patricia Daniela Francisca Camila Valentina Javiera Constanza Paula Andrea Verónica Marcela Ximena Paola Catalina Gabriela Fernanda Isabel Alejandra Lorena Soledad Pilar Rosa",
        "José Juan Carlos Luis Jorge Francisco Pablo Cristian Rodrigo Felipe Sebastián Diego Matías Andrés Gonzalo Mauricio Héctor Patricio Claudio Fernando Ricardo Sergio Manuel Alejandro Víctor",
        "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez Castro Pizarro Álvarez Vásquez Sánchez Fernández",
    ),
    "kurdish": (
        "Berivan Rojda Zilan Dilan Nazdar Shilan Avin Jiyan Rojin Viyan Sozdar Rezan Delal Gulistan Newroz Helin Ronahi Bahar Kajal Perwin Leyla Hevi",
        "Azad Rebwar Hawar Dilshad Karwan Rekan Shwan Soran Baran Diyar Kawa Aram Serhat Rojhat Dilovan Hoshyar Zana Hemin Kamal Sherzad Botan Jiwan Nawzad Saman Hiwa",
        "Barzani Talabani Zebari Rashid Mahmoud Kurdi Hama Aziz Abdulrahman Salih Karim Amin Qadir Mustafa Omer Hawrami Dogan Baban Jaff Shwani Sindi Goran Rasul Hamid Osman",
    ),
    "ukrainian": (
        "Olena Tetiana Natalia Iryna Oksana Svitlana Yulia Kateryna Anastasiia Olha Mariia Viktoriia Liudmyla Halyna Nadiia Alina Daria Anna Valentyna Inna",
        "Oleksandr Serhii Andrii Volodymyr Dmytro Mykola Yurii Oleh Ivan Vasyl Ihor Viktor Maksym Vitalii Bohdan Taras Roman Pavlo Petro Yevhen",
        "Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko",
    ),
    "indian": (
        "Priya Anjali Divya Pooja Neha Sneha Lakshmi Kavya Deepa Swati Shreya Meera Aishwarya Ananya Nisha Ritu Sunita Radhika Pallavi Shalini",
        "Rahul Amit Rajesh Suresh Vikram Arjun Anil Sanjay Ravi Karthik Rohit Vijay Srinivas Prakash Aditya Manoj Sandeep Nikhil Ramesh Deepak",
        "Sharma Patel Singh Kumar Gupta Reddy Rao Iyer Nair Shah Mehta Joshi Verma Menon Krishnan Pillai Desai Agarwal Chopra Bose",
    ),
    "german": (
        "Sabine Andrea Petra Claudia Susanne Monika Katharina Julia Anja Stefanie Birgit Nicole Ursula Christina Sandra Martina Lena Laura Anke Heike",
        "Thomas Michael Andreas Stefan Markus Christian Frank Jürgen Klaus Wolfgang Peter Matthias Uwe Jens Tobias Dirk Sebastian Florian Jan Ralf",
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange",
    ),
}

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(ranked(SV_WOMEN, 150), ranked(SV_MEN, 150), ranked(SV_SURNAMES, 150)),
    "uk": Origin(ranked(UK_WOMEN, 130), ranked(UK_MEN, 130), ranked(UK_SURNAMES, 150)),
    "us": Origin(census(US_FEMALE), census(US_MALE), census(US_LAST)),
    **{
        key: Origin(ranked(f, 10), ranked(m, 10), ranked(s, 10)) for key, (f, m, s) in OTHER.items()
    },
}

# Who is named, per language of the row (weights; roughly as Sweden's population is in Swedish
# text, as an English-speaking workplace's is in English text).
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 67, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "afghan": 1.5, "turkish": 1.5, "kurdish": 1.5, "eritrean": 1.2, "latin": 1.2,
        "ukrainian": 1.2, "thai": 1, "indian": 1, "german": 0.8, "uk": 0.8, "us": 0.6,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 9, "indian": 3, "arabic": 2, "polish": 1.5, "latin": 1.5,
        "finnish": 1, "german": 1, "persian": 1, "somali": 0.8, "turkish": 0.8, "bcs": 0.8,
        "ukrainian": 0.7, "thai": 0.6, "afghan": 0.5, "eritrean": 0.5, "kurdish": 0.5,
    },
    "mixed": {
        "swedish": 52, "uk": 11, "us": 10, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
        "persian": 2.5, "indian": 2, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5, "afghan": 1.2,
        "ukrainian": 1.2, "eritrean": 1, "thai": 1, "latin": 1, "german": 1,
    },
}  # fmt: skip

_EN_SHORT = {
    "William": ("Bill", "Will", "Billy"), "Robert": ("Bob", "Rob", "Bobby"), "Richard": ("Rick", "Rich"),
    "James": ("Jim", "Jimmy", "Jamie"), "John": ("Johnny", "Jack"), "Michael": ("Mike", "Mick"),
    "Thomas": ("Tom", "Tommy"), "Christopher": ("Chris",), "Elizabeth": ("Liz", "Beth", "Lizzie"),
    "Margaret": ("Maggie", "Peggy", "Meg"), "Jennifer": ("Jen", "Jenny"), "Katherine": ("Kate", "Katie"),
    "Catherine": ("Cathy", "Kate"), "Patricia": ("Pat", "Trish"), "Susan": ("Sue", "Suzy"),
    "Rebecca": ("Becky", "Becca"), "Alexander": ("Alex", "Sandy"), "Daniel": ("Dan", "Danny"),
    "Joseph": ("Joe", "Joey"), "Anthony": ("Tony",), "Edward": ("Ed", "Eddie", "Ted"),
    "Samantha": ("Sam",), "Victoria": ("Vicky", "Tori"), "Deborah": ("Debbie", "Deb"),
    "Nicholas": ("Nick",), "Matthew": ("Matt",), "Andrew": ("Andy", "Drew"), "David": ("Dave",),
    "Steven": ("Steve",), "Stephen": ("Steve",), "Benjamin": ("Ben",), "Jonathan": ("Jon",),
    "Timothy": ("Tim",), "Kenneth": ("Ken", "Kenny"), "Charles": ("Charlie", "Chuck"),
    "Barbara": ("Barb",), "Kimberly": ("Kim",), "Christine": ("Chris", "Chrissie"), "Pamela": ("Pam",),
    "Sandra": ("Sandy",), "Cynthia": ("Cindy",), "Dorothy": ("Dot", "Dottie"), "Jessica": ("Jess",),
    "Gregory": ("Greg",), "Donald": ("Don",), "Ronald": ("Ron", "Ronnie"), "Peter": ("Pete",),
    "Philip": ("Phil",), "Frederick": ("Fred",), "Gerald": ("Gerry",), "Lawrence": ("Larry",),
    "Raymond": ("Ray",), "Samuel": ("Sam",), "Abigail": ("Abby",), "Eleanor": ("Ellie",),
    "Josephine": ("Jo",), "Joanne": ("Jo",), "Penelope": ("Penny",), "Terence": ("Terry",),
}  # fmt: skip
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": {
        "Lars": ("Lasse",), "Karl": ("Kalle",), "Per": ("Pelle",), "Joakim": ("Jocke",),
        "Mikael": ("Micke",), "Magnus": ("Mange",), "Thomas": ("Tompa", "Tommy"), "Charlotte": ("Lotta",),
        "Charlotta": ("Lotta",), "Susanne": ("Sussie", "Sanna"), "Elisabeth": ("Lisa", "Lisbeth"),
        "Kristina": ("Kicki", "Stina"), "Katarina": ("Kattis", "Kajsa"), "Margareta": ("Maggan", "Greta"),
        "Birgitta": ("Bittan", "Gittan"), "Fredrik": ("Fredde",), "Gustav": ("Gurra", "Gusse"),
        "Mattias": ("Matte",), "Marcus": ("Macke",), "Henrik": ("Henke",), "Robert": ("Robban",),
        "Patrik": ("Patte",), "Kenneth": ("Kenta",), "Christoffer": ("Chrille", "Stoffe"),
        "Christian": ("Chrille",), "Niklas": ("Nicke",), "Daniel": ("Danne",), "Stefan": ("Steffe",),
        "Sebastian": ("Sebbe",), "Tobias": ("Tobbe",), "Rasmus": ("Rasse",), "Viktoria": ("Vicky",),
        "Cecilia": ("Cilla",), "Camilla": ("Millan",), "Isabelle": ("Bella",), "Madeleine": ("Madde",),
        "Josefin": ("Jossan",), "Therese": ("Tessan",), "Barbro": ("Babben",), "Matilda": ("Tilda",),
        "Gunilla": ("Gunnis",), "Alexander": ("Alex",), "Jonas": ("Jonte",), "Anders": ("Ante",),
        "Ulrika": ("Ullis",), "Jessica": ("Jessie",), "Andreas": ("Andy",), "Johanna": ("Jossan",),
        "Emelie": ("Emmy",), "Helena": ("Lena",), "Gabriella": ("Gabbi",), "Carina": ("Cattis",),
        "Carl": ("Calle",), "Christer": ("Chrisse",), "Håkan": ("Håkke",), "Torbjörn": ("Tobbe",),
        "Ingemar": ("Ingo",), "Kristoffer": ("Kris", "Krille"), "Jan": ("Janne",), "Hans": ("Hasse",),
        "Göran": ("Gurra",), "Jörgen": ("Jögge",), "Bengt": ("Bengan",), "Björn": ("Nalle",),
    },
    "uk": _EN_SHORT,
    "us": _EN_SHORT,
    "finnish": {"Juhani": ("Jussi",), "Johannes": ("Jussi", "Hannes"), "Matti": ("Masa",), "Kaarina": ("Kaija",)},
    "polish": {"Małgorzata": ("Gosia",), "Katarzyna": ("Kasia",), "Aleksandra": ("Ola",), "Krzysztof": ("Krzysiek",), "Tomasz": ("Tomek",), "Jakub": ("Kuba",), "Michał": ("Misiek",)},
    "bcs": {"Jasmina": ("Mina",), "Snežana": ("Sneža",)},
    "ukrainian": {"Oleksandr": ("Sasha",), "Volodymyr": ("Volodia",), "Kateryna": ("Katia",), "Anastasiia": ("Nastia",)},
    "latin": {"Francisca": ("Pancha",), "Francisco": ("Pancho",), "José": ("Pepe",), "Alejandro": ("Alejo",)},
    "arabic": {"Mohammed": ("Mo", "Hamoudi"), "Youssef": ("Joe",)},
    "indian": {"Aishwarya": ("Ash",), "Srinivas": ("Srini",), "Karthik": ("Karthi",)},
    "german": {"Katharina": ("Kathi",), "Wolfgang": ("Wolf",), "Matthias": ("Matze",)},
}  # fmt: skip
