# ruff: noqa: E501
"""Name pools of held-out AV (issue 15), written as Python data from the writer's general knowledge.

Every list is in rank order, commonest first. Swedish, UK and the origins common in Sweden are
weighted 1/rank (SCB's and ONS's rankings as the writer remembers them); the US Census 1990 lists
carry the census's per cent for their first names as remembered (`US_*_PCT`), and past those a
smooth fall-off from the last remembered per cent (`us_weights`). A list's head is its first
`head` names (150 for the long lists, about 65% of the UK given-name lists, about 40% of a
short one); a name word is drawn from the
head with probability HEAD_SHARE, else from the tail, by weight inside each part.
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


def _unique(text: str) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for word in text.split():
        seen.setdefault(word, None)
    return tuple(seen)


def ranked(text: str, head: int | None = None) -> Pool:
    """A list weighted 1/rank; head 150 for a long list, about 65% of a middling, 40% of a short one."""
    names = _unique(text)
    if head is None:
        n = len(names)
        head = 150 if n >= 200 else round(n * 0.65) if n >= 100 else max(8, round(n * 0.4))
    return Pool(names, tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names) - 1))


def us_weights(names: tuple[str, ...], known: tuple[float, ...], slope: float) -> tuple[float, ...]:
    """The census per cent where remembered, then last * (n / rank) ** slope."""
    out = list(known[: len(names)])
    n, last = len(out), out[-1]
    out += [last * (n / (i + 1)) ** slope for i in range(n, len(names))]
    return tuple(out)


def census(text: str, known: tuple[float, ...], slope: float) -> Pool:
    names = _unique(text)
    return Pool(names, us_weights(names, known, slope), 150)


# --- Sweden (SCB, as ranked by number of bearers; the writer's recollection) -------------------

SV_F = """
Anna Eva Maria Karin Sara Kristina Lena Emma Kerstin Marie Malin Ingrid Jenny Hanna Birgitta Inger
Annika Linda Susanne Elin Monica Elisabeth Sofia Johanna Ulla Katarina Carina Margareta Julia Åsa
Helena Camilla Anneli Gunilla Ida Linnéa Ebba Elsa Maja Cecilia Alice Anette Ellen Sandra Lisa
Matilda Frida Josefin Barbro Agneta Caroline Therese Jessica Marianne Ann Siv Amanda Madeleine
Emelie Moa Anita Klara Wilma Lovisa Ulrika Astrid Ingela Alva Gun Yvonne Ella Louise Felicia Britt
Pia Viktoria Agnes Gunnel Mona Stina Elisabet Rebecka Helen Ingegerd Emilia Mikaela Jennie Lena
Saga Selma Nora Signe Tilda Lina Tove Vera Alma Majken Elvira Stella Ronja Tyra Tindra Nellie
Ines Freja Linn Hedda Thea Greta Edith Lilly Ester Ingeborg Ingeborg Margit Solveig Gunvor Maj
Elsie Märta Rut Ruth Dagmar Karolina Charlotte Christina Kristin Carolina Erika Petra Sanna
Hillevi Ylva Lotta Jeanette Marita Ewa Rose-Marie Ann-Christin Anna-Karin Eva-Lena Ann-Marie
Marie-Louise Lena-Maria Birgit Harriet Irene Iris Kajsa Liv Maud Nathalie Paulina Sabina Sofie
Therése Veronica Vendela Ebba Clara Isabelle Olivia Elina Meja Juni Leia Edla Hilma Svea Ellie
Ingalill Gudrun Inga Viola Berit Laila Gerd Eivor Rigmor Vivianne Marléne Yvette Lillemor Inga-Lill
Sigrid Elvi Henrietta Tuva Idun Minna Sigrun Filippa Evelina Jasmine Jonna Emilie Rebecca Cornelia
Hannele Ottilia Linnea Fanny Kim Lovis Smilla Tora Ellinor Maria-Theresia Bodil Gunhild Kristel
Ingvor Torborg Ragnhild Ester Aina Elna Gullan Inez Ulla-Britt Britt-Marie Eva-Britt Ann-Sofie
"""
SV_M = """
Lars Mikael Anders Johan Erik Per Karl Peter Jan Thomas Daniel Fredrik Hans Andreas Stefan Bengt
Magnus Alexander Marcus Mats Bo Nils Jonas Göran Lennart Martin Henrik Oskar Patrik Gustav Viktor
Niklas Björn Christer Olof Emil David Ulf Simon Sven Filip Kjell Rolf Anton Robert Christian Leif
Jonathan Sebastian Roger Stig Tommy Joakim Lucas William Kent Rickard Robin Elias Hugo Jakob Adam
Liam Axel Oliver Isak Ludvig Tobias Kenneth Claes Mattias Gunnar Åke Roland Håkan Ove Kurt Rune
Ingvar Arne Gösta Tony Kristoffer Christoffer Jesper Dennis Jimmy Albin Linus Max Edvin Vincent
Noah Elliot Theo Melvin Viggo Gabriel Samuel Benjamin Leo Love Wilhelm Arvid Sixten Valter Harry
Vilgot Alfred Olle Tage Sture Torbjörn Conny Jörgen Krister Dan Roy Pontus Rasmus Casper Kevin
Johannes Mathias Erland Folke Sten Gert Lage Allan Birger Ragnar Einar Hjalmar Torsten Bertil Sune
Evert Helge Yngve Ivar Valdemar Östen Inge Jarl Tor Hampus Ebbe Loke Frans Malte Otto Per-Olof
Lars-Erik Karl-Erik Jan-Erik Nils-Erik Carl Anders-Petter Mauritz Julius Aron Nils-Olof Ture
Gottfrid Ragnvald Sigvard Verner Ingemar Holger Lennarth Bror Elof Algot Uno Alvar Assar Kaj
Ronny Glenn Joel Emanuel Marcus Henning Teodor Elton Colin Neo Milo Nicklas Pelle Stellan Urban
Staffan Björne Thorsten Tore Lasse Ola Örjan Gustaf Knut Anton Jonatan Dag Kristian Mårten
Hannes Edward Douglas Wiktor Adrian Fabian Joel Morgan Kim Jan-Olof Bo-Göran Sven-Erik Lars-Göran
Carl-Johan Per-Anders Jan-Åke Karl-Gustav Hans-Åke Sven-Olof Gunnar-Bo Eskil Folke Vidar Svante
"""
SV_S = """
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson
Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Carlsson Petersson Magnusson Lindström Gustavsson
Olofsson Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson
Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Wallin Engström Eklund Danielsson Lundin
Håkansson Björk Bergman Gunnarsson Holm Samuelsson Fransson Wikström Isaksson Bergqvist Arvidsson
Nyström Holmberg Löfgren Söderberg Nyberg Blomqvist Claesson Nordström Mårtensson Lundström Viklund
Björklund Eliasson Pålsson Berggren Sandström Lund Nordin Ström Åberg Hermansson Ekström Holmgren
Sundberg Hedlund Dahlberg Hellström Sjögren Abrahamsson Martinsson Öberg Andreasson Strömberg
Månsson Åkesson Hansen Jakobsson Norberg Lindholm Dahl Jonasson Sundström Ivarsson Åström Hedberg
Söderström Lindblom Sjöström Nordlund Falk Ek Boström Forsström Lindahl Nordqvist Josefsson Blom
Adolfsson Jacobsson Holmström Wiklund Strand Engberg Knutsson Hedström Edlund Vikström Ekberg Sjödin
Sundqvist Lundmark Öhman Åkerlund Nyman Björkman Gran Hägglund Stenberg Eklöf Hellberg Skoglund
Sandin Roos Ahlberg Lindén Backman Sundin Hjalmarsson Kristiansson Forslund Holmqvist Dahlgren
Östlund Bäckström Palm Borg Friberg Nord Nordgren Rosén Lindell Bäck Larsen Lilja Törnqvist
Ottosson Ekman Bergkvist Lindkvist Sundkvist Hammar Modig Stenström Malm Ljung Rydberg Zetterberg
Wahlström Granberg Lindman Hägg Hedman Grahn Edström Wennberg Sjölund Ågren Hedin Thorén Ekholm
Kvist Lundh Rosengren Westerberg Nyqvist Östberg Ohlsson Sjöholm Brandt Hallberg Jeppsson Rask
Lövgren Wallén Strömgren Karlberg Mörk Sved Blomberg Öhrn Engman Lundblad Fält Wass Kullberg
Ljungberg Söderlund Wärn Åkerman Ahlström Hultgren Lindgvist Tjärnström Dahlström Bergdahl Hök
Sundell Svärd Ekblom Lagerqvist Nykvist Rehn Widell Frisk Alm Forsman Lundkvist Strid Pihl
Hagström Bergh Sahlin Flodin Brodin Krantz Kronberg Lind-Olsson Grönlund Tornberg Holmlund
Almqvist Hellqvist Ålund Lidén Nordenskiöld Frank Melin Björnsson Svanberg Hammarström Edvardsson
"""

# --- United States (Census 1990, dist.female.first / dist.male.first / dist.all.last as recalled) ---

US_F = """
Mary Patricia Linda Barbara Elizabeth Jennifer Maria Susan Margaret Dorothy Lisa Nancy Karen Betty
Helen Sandra Donna Carol Ruth Sharon Michelle Laura Sarah Kimberly Deborah Jessica Shirley Cynthia
Angela Melissa Brenda Amy Anna Rebecca Virginia Kathleen Pamela Martha Debra Amanda Stephanie
Carolyn Christine Marie Janet Catherine Frances Ann Joyce Diane Alice Julie Heather Teresa Doris
Gloria Evelyn Jean Cheryl Mildred Katherine Joan Ashley Judith Rose Janice Kelly Nicole Judy
Christina Kathy Theresa Beverly Denise Tammy Irene Jane Lori Rachel Marilyn Andrea Kathryn Louise
Sara Anne Jacqueline Wanda Bonnie Julia Ruby Lois Tina Phyllis Norma Paula Diana Annie Lillian
Emily Robin Peggy Crystal Gladys Rita Dawn Connie Florence Tracy Edna Tiffany Carmen Rosa Cindy
Grace Wendy Victoria Edith Kim Sherry Sylvia Josephine Thelma Shannon Sheila Ethel Ellen Elaine
Marjorie Carrie Charlotte Monica Esther Pauline Emma Juanita Anita Rhonda Hazel Amber Eva Debbie
April Leslie Clara Lucille Jamie Joanne Eleanor Valerie Danielle Megan Alicia Suzanne Michele
Gail Bertha Darlene Veronica Jill Erin Geraldine Lauren Cathy Joann Lorraine Lynn Sally Regina
Erica Beatrice Dolores Bernice Audrey Yvonne Annette June Samantha Marion Dana Stacy Ana Renee Ida
Vivian Roberta Holly Brittany Melanie Loretta Yolanda Jeanette Laurie Katie Kristen Vanessa Alma
Sue Elsie Beth Jeanne Vicki Carla Tara Rosemary Eileen Terri Gertrude Lucy Tonya Ella Stacey
Wilma Gina Kristin Jessie Natalie Agnes Vera Willie Charlene Bessie Delores Melinda Pearl Arlene
Maureen Colleen Allison Tamara Joy Georgia Constance Lillie Claudia Jackie Marcia Tanya Nellie
Minnie Marlene Heidi Glenda Lydia Viola Courtney Marian Stella Caroline Dora Jo Vickie Mattie
Terry Maxine Irma Mabel Marsha Myrtle Lena Christy Deanna Patsy Hilda Gwendolyn Jennie Nora
Margie Nina Cassandra Leah Penny Kay Priscilla Naomi Carole Brandy Olga Billie Dianne Tracey
Leona Jenny Felicia Sonia Miriam Velma Becky Bobbie Violet Kristina Toni Misty Mae Shelly Daisy
Ramona Sherri Erika Katrina Claire Lindsey Lindsay Geneva Guadalupe Belinda Margarita Sheryl Cora
Faye Ada Natasha Sabrina Isabel Marguerite Hattie Harriet Molly Cecilia Kristi Brandi Blanche
Sandy Rosie Joanna Iris Eunice Angie Inez Lynda Madeline Amelia Alberta Genevieve Monique Jodi
Janie Maggie Kayla Sonya Jan Lee Kristine Candace Fannie Maryann Opal Alison Yvette Melody Luz
Susie Olivia Flora Shelley Kristy Mamie Lula Lola Verna Beulah Antoinette Candice Juana Jeannette
Pam Kelli Hannah Whitney Bridget Karla Celia Latoya Patty Shelia Gayle Della Vicky Lynne Sheri
Marianne Kara Jacquelyn Erma Blanca Myra Leticia Pat Krista Roxanne Angelica Johnnie Robyn Francis
"""
US_F_PCT = (
    2.629, 1.073, 1.035, 0.980, 0.937, 0.932, 0.828, 0.794, 0.768, 0.727, 0.704, 0.669, 0.667, 0.666,
    0.663, 0.629, 0.583, 0.565, 0.562, 0.522, 0.519, 0.510, 0.508, 0.504, 0.494, 0.490, 0.482, 0.469,
    0.468, 0.462, 0.455, 0.451, 0.440, 0.430, 0.430, 0.424, 0.416, 0.412, 0.408, 0.404, 0.400, 0.385,
    0.382, 0.379, 0.379, 0.373, 0.370, 0.364, 0.364, 0.359, 0.357, 0.351, 0.337, 0.336, 0.335, 0.335,
    0.332, 0.332, 0.331, 0.329, 0.329, 0.319, 0.313, 0.313, 0.306, 0.302, 0.302, 0.300, 0.300, 0.297,
    0.295, 0.295, 0.291, 0.291, 0.288, 0.274, 0.272, 0.272, 0.269, 0.268, 0.264, 0.264, 0.260, 0.258,
    0.256, 0.255, 0.255, 0.253, 0.251, 0.251, 0.250, 0.247, 0.245, 0.242, 0.241, 0.240, 0.239, 0.238,
    0.237, 0.235,
)  # fmt: skip
US_M = """
James John Robert Michael William David Richard Charles Joseph Thomas Christopher Daniel Paul Mark
Donald George Kenneth Steven Edward Brian Ronald Anthony Kevin Jason Matthew Gary Timothy Jose
Larry Jeffrey Frank Scott Eric Stephen Andrew Raymond Gregory Joshua Jerry Dennis Walter Patrick
Peter Harold Douglas Henry Carl Arthur Ryan Roger Joe Juan Jack Albert Jonathan Justin Terry Gerald
Keith Samuel Willie Ralph Lawrence Nicholas Roy Benjamin Bruce Brandon Adam Harry Fred Wayne Billy
Steve Louis Jeremy Aaron Randy Howard Eugene Carlos Russell Bobby Victor Martin Ernest Phillip Todd
Jesse Craig Alan Shawn Clarence Sean Philip Chris Johnny Earl Jimmy Antonio Danny Bryan Tony Luis
Mike Stanley Leonard Nathan Dale Manuel Rodney Curtis Norman Allen Marvin Vincent Glenn Jeffery
Travis Jeff Chad Jacob Lee Melvin Alfred Kyle Francis Bradley Jesus Herbert Frederick Ray Joel
Edwin Don Eddie Ricky Troy Randall Barry Alexander Bernard Mario Leroy Francisco Marcus Micheal
Theodore Clifford Miguel Oscar Jay Jim Tom Calvin Alex Jon Ronnie Bill Lloyd Tommy Leon Derek
Warren Darrell Jerome Floyd Leo Alvin Tim Wesley Gordon Dean Greg Jorge Dustin Pedro Derrick Dan
Lewis Zachary Corey Herman Maurice Vernon Roberto Clyde Glen Hector Shane Ricardo Sam Rick Lester
Brent Ramon Charlie Tyler Gilbert Gene Marc Reginald Ruben Brett Angel Nathaniel Rafael Leslie
Edgar Milton Raul Ben Chester Cecil Duane Franklin Andre Elmer Brad Gabriel Ron Mitchell Roland
Arnold Harvey Jared Adrian Karl Cory Claude Erik Darryl Jamie Neil Jessie Christian Javier
Fernando Clinton Ted Mathew Tyrone Darren Lonnie Lance Cody Julio Kelly Kurt Allan Nelson Guy
Clayton Hugh Max Dwayne Dwight Armando Felix Jimmie Everett Jordan Ian Wallace Ken Bob Jaime Casey
Alfredo Alberto Dave Ivan Johnnie Sidney Byron Julian Isaac Morris Clifton Willard Daryl Ross
Virgil Andy Marshall Salvador Perry Kirk Sergio Marion Tracy Seth Kent Terrance Rene Eduardo
Terrence Enrique Freddie Wade Austin Stuart Fredrick Arturo Alejandro Jackie Joey Nick Luther
Wendell Jeremiah Evan Julius Dana Donnie Otis Shannon Trevor Oliver Luke Homer Gerard Doug Kenny
Hubert Angelo Shaun Lyle Matt Lynn Alfonso Orlando Rex Carlton Ernesto Cameron Neal Pablo Lorenzo
Omar Wilbur Blake Grant Horace Roderick Kerry Abraham Willis Rickey Jean Ira Andres Cesar Johnathan
Malcolm Rudolph Damon Kelvin Rudy Preston Alton Archie Marco Wm Pete Randolph Garry Geoffrey
"""
US_M_PCT = (
    3.318, 3.271, 3.143, 2.629, 2.451, 2.363, 1.703, 1.523, 1.404, 1.380, 1.035, 0.974, 0.948, 0.938,
    0.931, 0.927, 0.826, 0.780, 0.779, 0.736, 0.725, 0.721, 0.671, 0.660, 0.657, 0.650, 0.640, 0.613,
    0.598, 0.591, 0.581, 0.546, 0.544, 0.540, 0.537, 0.488, 0.441, 0.435, 0.432, 0.415, 0.399, 0.389,
    0.381, 0.371, 0.367, 0.365, 0.346, 0.335, 0.328, 0.322, 0.315, 0.309, 0.301, 0.288, 0.287, 0.281,
    0.281, 0.276, 0.274, 0.273, 0.270, 0.270, 0.268, 0.263, 0.260, 0.259, 0.258, 0.252, 0.251, 0.251,
    0.250, 0.249, 0.249, 0.245, 0.243, 0.240, 0.234, 0.234, 0.232, 0.230, 0.229, 0.227, 0.227, 0.224,
    0.222, 0.222, 0.220, 0.216, 0.216, 0.216, 0.215, 0.210, 0.210, 0.209, 0.207, 0.206, 0.204, 0.204,
    0.203, 0.202,
)  # fmt: skip
US_S = """
Smith Johnson Williams Jones Brown Davis Miller Wilson Moore Taylor Anderson Thomas Jackson White
Harris Martin Thompson Garcia Martinez Robinson Clark Rodriguez Lewis Lee Walker Hall Allen Young
Hernandez King Wright Lopez Hill Scott Green Adams Baker Gonzalez Nelson Carter Mitchell Perez
Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Sanchez Morris Rogers Reed
Cook Morgan Bell Murphy Bailey Rivera Cooper Richardson Cox Howard Ward Torres Peterson Gray
Ramirez James Watson Brooks Kelly Sanders Price Bennett Wood Barnes Ross Henderson Coleman Jenkins
Perry Powell Long Patterson Hughes Flores Washington Butler Simmons Foster Gonzales Bryant
Alexander Russell Griffin Diaz Hayes Myers Ford Hamilton Graham Sullivan Wallace Woods Cole West
Jordan Owens Reynolds Fisher Ellis Harrison Gibson Mcdonald Cruz Marshall Ortiz Gomez Murray
Freeman Wells Webb Simpson Stevens Tucker Porter Hunter Hicks Crawford Henry Boyd Mason Morales
Kennedy Warren Dixon Ramos Reyes Burns Gordon Shaw Holmes Rice Robertson Hunt Black Daniels Palmer
Mills Nichols Grant Knight Ferguson Rose Stone Hawkins Dunn Perkins Hudson Spencer Gardner Stephens
Payne Pierce Berry Matthews Arnold Wagner Willis Ray Watkins Olson Carroll Duncan Snyder Hart
Cunningham Bradley Lane Andrews Ruiz Harper Fox Riley Armstrong Carpenter Weaver Greene Lawrence
Elliott Chavez Sims Austin Peters Kelley Franklin Lawson Fields Gutierrez Ryan Schmidt Carr
Vasquez Castillo Wheeler Chapman Oliver Montgomery Richards Williamson Johnston Banks Meyer Bishop
Mccoy Howell Alvarez Morrison Hansen Fernandez Garza Harvey Little Burton Stanley Nguyen George
Jacobs Reid Fuller Lynch Dean Gilbert Garrett Romero Welch Larson Frazier Burke Hanson Day Mendoza
Moreno Bowman Medina Fowler Brewer Hoffman Carlson Silva Pearson Holland Douglas Fleming Jensen
Vargas Byrd Davidson Hopkins May Terry Herrera Wade Soto Walters Curtis Neal Caldwell Lowe Jennings
Barnett Graves Jimenez Horton Shelton Barrett Obrien Castro Sutton Gregory Mckinney Lucas Miles
Craig Rodriquez Chambers Holt Lambert Fletcher Watts Bates Hale Rhodes Pena Beck Newman Haynes
Mcdaniel Mendez Bush Vaughn Parks Dawson Santiago Norris Hardy Love Steele Curry Powers Schultz
Barker Guzman Page Munoz Ball Keller Chandler Weber Leonard Walsh Lyons Ramsey Wolfe Schneider
Mullins Benson Sharp Bowen Daniel Barber Cummings Hines Baldwin Griffith Valdez Hubbard Salazar
Reeves Warner Stevenson Burgess Santos Tate Cross Garner Mann Mack Moss Thornton Dennis Mcgee
Farmer Delgado Aguilar Vega Glover Manning Cohen Harmon Rodgers Robbins Newton Todd Blair Higgins
Ingram Reese Cannon Strickland Townsend Potter Goodwin Walton Rowe Hampton Ortega Patton Swanson
"""
US_S_PCT = (
    1.006, 0.810, 0.699, 0.621, 0.621, 0.480, 0.424, 0.339, 0.312, 0.311, 0.311, 0.311, 0.310, 0.279,
    0.275, 0.273, 0.269, 0.254, 0.234, 0.233, 0.231, 0.229, 0.226, 0.220, 0.219, 0.200, 0.199, 0.193,
    0.192, 0.190, 0.189, 0.187, 0.187, 0.185, 0.183, 0.174, 0.171, 0.166, 0.162, 0.162, 0.160, 0.155,
    0.153, 0.152, 0.149, 0.149, 0.146, 0.141, 0.137, 0.134, 0.133, 0.130, 0.130, 0.128, 0.128, 0.127,
    0.126, 0.125, 0.124, 0.123, 0.123, 0.122, 0.121, 0.121, 0.121, 0.121, 0.118, 0.117, 0.117, 0.115,
    0.115, 0.114, 0.113, 0.112, 0.112, 0.111, 0.111, 0.110, 0.109, 0.109, 0.109, 0.108, 0.108, 0.107,
    0.106, 0.106, 0.106, 0.106, 0.104, 0.104, 0.103, 0.103, 0.102, 0.101, 0.101, 0.100, 0.099, 0.099,
    0.098, 0.098,
)  # fmt: skip

# --- United Kingdom (ONS rankings, given names across the generations; surnames by bearers) ------

UK_F = """
Sarah Emma Claire Laura Rebecca Emily Jessica Charlotte Sophie Hannah Lucy Amy Olivia Grace Chloe
Amelia Lauren Katie Susan Karen Helen Nicola Louise Samantha Victoria Jennifer Julie Elizabeth
Margaret Joanne Michelle Kelly Gemma Rachel Holly Megan Georgia Ellie Isla Ava Lily Mia Ella
Freya Poppy Evie Florence Isabella Alice Phoebe Ruby Daisy Matilda Eleanor Harriet Abigail Zoe
Natalie Kirsty Stacey Leanne Donna Tracey Alison Jane Deborah Angela Caroline Fiona Catherine Anne
Patricia Christine Linda Jacqueline Gillian Lorraine Dawn Wendy Sharon Amanda Lisa Joanna Kerry
Siobhan Bethany Jade Rosie Imogen Millie Esme Maisie Scarlett Layla Erin Niamh Amber Summer Sienna
Willow Elsie Harper Sofia Eva Maya Anna Naomi Heather Paula Pauline Maureen Sandra Carol Diane
Janet Sheila Brenda Valerie Beverley Denise Hayley Charlene Toni Danielle Carly Natasha Sophia
Lydia Jasmine Keira Tilly Libby Molly Beatrice Iris Ivy Mabel Edith Orla Rhiannon Bronwen Ffion
Cerys Morag Kirsten Eilidh Shona Mairi Ailsa Catriona Aoife Caitlin Leah Abbie Jodie Kayleigh
Shannon Courtney Stephanie Kimberley Jenna Lindsey Vicky Tanya Julia Ruth Jean Joan Barbara Dorothy
Irene Doreen Brenda Hilda Marjorie Glenys Gwen Sian Nia Carys Lowri Elin Seren Thea Aria Luna
Nancy Rose Ada Hallie Arabella Penelope Clementine Cressida Henrietta Persephone Tabitha
"""
UK_M = """
David John Paul James Mark Andrew Michael Richard Robert Peter Stephen Christopher Matthew Daniel
Thomas William Simon Ian Gary Steven Darren Craig Lee Neil Stuart Graham Kevin Martin Anthony
Jonathan Nicholas Adam Ryan Liam Callum Connor Jamie Luke Nathan Ben Jake Lewis Kieran Dylan Ethan
Oliver George Harry Jack Noah Leo Arthur Oscar Charlie Jacob Joshua Samuel Alfie Freddie Henry
Archie Theo Isaac Alexander Joseph Lucas Edward Max Benjamin Tyler Jordan Aaron Reece Owen Harvey
Finley Logan Reuben Ronnie Toby Elliot Teddy Rory Jude Sebastian Hugo Albert Frederick Louis
Stanley Ellis Ralph Albie Tommy Alan Brian Keith Colin Barry Terry Derek Trevor Nigel Philip
Timothy Roger Malcolm Kenneth Raymond Dennis Geoffrey Gordon Ross Scott Wayne Dean Carl Shaun
Gareth Rhys Dafydd Iwan Gethin Aled Euan Fraser Hamish Alasdair Angus Fergus Ruaridh Cillian
Declan Ciaran Sean Patrick Conor Niall Eoin Brendan Kyle Jay Bradley Mason Billy Sonny Frankie
Marcus Elijah Zachary Tobias Rupert Giles Hugh Jeremy Julian Clive Graeme Duncan Alistair Dominic
Nathaniel Jasper Felix Barnaby Ewan Kai Jenson Riley Bobby Alfred Edmund Percy Reginald Cyril
"""
UK_S = """
Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson
Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner Martin
Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott Phillips
Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson Bailey
Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams Singh
Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain Campbell Matthews
Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher Stevens Jenkins Murray
Dixon Harvey Graham Pearson Ahmed Fletcher Walsh Kaur Gibson Howard Andrews Stewart Elliott
Reynolds Saunders Payne Fox Ford Pearce Day Brooks West Lawrence Cole Atkinson Bradley Spencer Gill
Dawson Ball Burton O'Brien Watts Rose Booth Perry Ryan Grant Wells Armstrong Francis Rees Hayes
Hart Hudson Newman Barrett Webster Hunter Gregory Carr Lowe Page Marsh Riley Dunn Woods Parsons
Berry Stone Reid Holland Hawkins Harding Porter Robertson Newton Oliver Reed Kennedy Williamson
Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry Burgess Bishop Walton Burns Nicholson
Shepherd Ross Cross Long Freeman Warren Nicholls Hamilton Byrne Sutton McDonald Yates Hodgson
Robson Curtis Hopkins O'Connor Harper Coleman Watkins Moss McCarthy Chambers O'Neill Griffin Sharp
Hardy Wheeler Potter Osborne Johnston Gordon Doyle Wallace George Jordan Hutchinson Rowe Burke May
Pritchard Gilbert Blake Lamb Humphreys Howells Jennings MacDonald Fraser Morrison Kaur Sandhu
Quinn Dennis Norris Goodwin Barber Bryant Mann Norman Sanders Kemp Fowler Boyle Nash Duffy
"""

# --- Origins common in Sweden (the commonest names of each, as the writer knows them; 1/rank) ----

FI_F = "Maria Helena Anneli Johanna Kaarina Marjatta Anna Liisa Annikki Hannele Tuula Päivi Sari Pirjo Riitta Leena Eila Aino Aila Sirpa Merja Tiina Kirsi Minna Satu Anu Tarja Marja Eeva Sanna Laura Heidi Katja Elina Aili Raija Seija Terttu"
FI_M = "Juhani Matti Pekka Mikko Timo Kari Jari Jukka Markku Antti Heikki Hannu Seppo Ilkka Juha Veikko Esa Tuomas Petri Janne Sami Risto Pentti Erkki Raimo Ari Harri Jouni Lauri Ville Eero Aleksi Olavi Tapani Kalevi"
FI_S = "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Leinonen Hiltunen Kallio Miettinen Pitkänen Hakala Aaltonen Eskola Toivonen"

AR_F = "Fatima Maryam Zainab Nour Sara Aya Rana Huda Layla Amal Rasha Hiba Reem Lina Dalia Samira Aisha Yasmin Nadia Hanan Rania Ghada Suha Shahad Rima Widad Zahra Sana Asma Maha Ninva Shamiram Nahrin Marina Rita Souad Lamia Raghad Israa Duaa"
AR_M = "Mohammed Ahmed Ali Hassan Hussein Omar Khaled Mahmoud Youssef Ibrahim Mustafa Abdullah Karim Samir Jamal Walid Tariq Bilal Hamza Zaid Fadi Rami Bassam Ammar Haidar Amir Majid Adnan Nabil Salah Abbas Ziad Firas Muhannad Abdulrahman Ninos Sargon Ashur Gabriel Elias Afram Yakob Aziz Shamoun Ninib Muhammad Abdulkarim"
AR_S = "Al-Ahmad Hassan Ali Mohammed Ibrahim Mahmoud Khalil Al-Hassan Abbas Youssef Al-Ali Haddad Saleh Hussein Abdullah Al-Khatib Nasser Mansour Jaber Othman Al-Jubouri Al-Saadi Al-Obaidi Shabo Lahdo Barsom Danho Malke Gewargis Odisho Khoshaba Toma Isa Sarkis Al-Rubaie Kadhim Jasim Hamid Rashid Darwish Suleiman Al-Masri Kassem Karam Al-Tamimi Khoury Shammas Al-Hamdani Aho Yousef"

FA_F = "Fatemeh Zahra Maryam Sara Narges Zeinab Mahsa Nazanin Shirin Leila Parisa Azadeh Roya Mina Neda Sepideh Golnaz Farzaneh Samira Shabnam Elham Nasrin Parvaneh Soheila Mahnaz Niloufar Yasaman Ladan Bahar Setareh"
FA_M = "Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Mahmoud Mostafa Behnam Babak Farhad Dariush Kaveh Arash Omid Navid Payam Majid Kamran Hassan Javad Masoud Shahram Bijan Ehsan Pouya Siavash Kourosh"
FA_S = "Mohammadi Hosseini Ahmadi Rezaei Karimi Mousavi Jafari Rahimi Kazemi Sadeghi Hashemi Ghorbani Moradi Heidari Hosseinzadeh Rostami Sharifi Ebrahimi Najafi Akbari Amini Bagheri Tehrani Farahani Shirazi Rahmani Nazari Zamani Asadi Abbasi Salehi Ansari Karimzadeh Esfahani Yazdani"

KU_F = "Rojin Berfin Zozan Hevi Jiyan Leyla Nergiz Gulistan Avin Shilan Nasrin Dilan Rojda Ronahi Helin Bahar Shirin Viyan Narin Delal Lana Sozan Ronak Tara Kurdistan Bêrîvan"
KU_M = "Azad Rebwar Dilshad Karwan Hawre Shwan Aram Sherwan Rizgar Baran Serhat Rojhat Zana Hiwa Diyar Kawa Bawan Soran Bakhtiyar Hemin Nechirvan Ahmad Dara Sirwan Botan Welat"
KU_S = "Ahmad Aziz Rasul Kareem Mahmoud Omar Hama Abdullah Qadir Salih Rashid Mustafa Amin Barzani Talabani Jaf Zebari Hawrami Doski Aslan Polat Kaya Yildiz Dogan Baran Hussein Sharif Mirza"

SO_F = "Hodan Fadumo Sahra Amina Hawa Ayan Nasra Khadija Ifrah Deeqa Hibo Idil Sagal Fardowsa Ubah Muna Asha Halima Sucaad Hamdi Ilhan Maryan Naima Nimco Ruqiya Shukri Faduma Sabrin"
SO_M = "Mohamed Abdi Ahmed Ali Hassan Abdirahman Abdullahi Omar Yusuf Ismail Mahad Liban Farah Abdirizak Abdikadir Hussein Said Mustafa Osman Bashir Khalid Guled Hamza Ayanle Warsame Jama Nur Sharmarke Mahamed"
SO_S = "Mohamed Ali Hassan Ahmed Abdi Omar Osman Farah Yusuf Hussein Ismail Warsame Jama Nur Aden Abdullahi Mohamud Egal Hersi Dahir Elmi Gedi Duale Barre Samatar Shire Awale Guled Hirsi Sheikh"

ER_F = "Helen Selam Senait Feven Lidia Rahel Hiwet Mebrat Tsega Saba Yordanos Meron Winta Hana Bethlehem Tigist Almaz Genet Aster Mekdes Selamawit Luwam Eden Azeb Fiori Semhar Meaza"
ER_M = "Yonas Daniel Dawit Samuel Tesfay Mehari Kibrom Yohannes Habtom Bereket Filmon Robel Michael Tekle Solomon Abraham Haile Tewelde Amanuel Henok Biniam Goitom Mesfin Tesfaye Yared Natnael Ermias"
ER_S = "Tesfay Gebremedhin Haile Tekle Berhane Kidane Gebremariam Ghebreyesus Woldemariam Mengistu Abraha Mehari Tesfamariam Asfaha Habte Tsegay Yohannes Ghirmay Negash Alemu Bekele Girma Tadesse Kebede Desta Haileselassie Weldu"

PL_F = "Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Elżbieta Joanna Aleksandra Monika Zofia Teresa Danuta Natalia Karolina Marta Beata Dorota Halina Jadwiga Justyna Paulina Jolanta Iwona Grażyna Urszula Weronika Kinga Sylwia"
PL_M = "Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Stanisław Jakub Adam Marek Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Jerzy Maciej Rafał Kamil Robert Józef Ryszard Jacek Tadeusz Kacper Bartosz Sebastian Przemysław Szymon Dawid"
PL_S = "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Stępień Malinowski Jaworski Adamczyk Dudek Nowicki Pawlak Górski Witkowski Walczak Sikora Rutkowski Michalak Szewczyk Ostrowski Tomaszewski Pietrzak Zalewski Wróblewski Sadowski Zawadzki"

BCS_F = "Amra Emina Lejla Selma Amela Mirela Jasmina Azra Elma Ajla Aida Edina Merima Alma Sanela Senada Ana Marija Ivana Jelena Milica Dragana Snežana Vesna Maja Tanja Sanja Mirjana Gordana Nataša Katarina Petra Ljiljana Dijana"
BCS_M = "Amir Adnan Emir Edin Haris Mirza Senad Almir Nermin Samir Adis Kenan Elvir Damir Dino Alen Nikola Marko Stefan Luka Ivan Milan Dragan Zoran Goran Dejan Nenad Aleksandar Miloš Bojan Igor Tomislav Josip Ante Mario Darko Slobodan Vladimir"
BCS_S = "Hodžić Hadžić Begić Delić Kovačević Mehmedović Husić Salihović Omerović Suljić Hasanović Ibrahimović Alić Smajić Mujić Halilović Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Stanković Pavlović Popović Horvat Kovačić Babić Marić Jurić Knežević Vuković Perić Tomić Radić Božić Pejić Lukić Šarić Bašić Muratović Hrustić Kurtović Mušić Softić"

TR_F = "Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hanife Merve Özlem Esra Yasemin Büşra Derya Gül Aylin Ebru Sevgi Hülya Songül Nur Selin Dilek Tuba Melek Canan Gülay"
TR_M = "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah Mahmut Recep Salih Fatih Kadir Emre Burak Serkan Hakan Cem Kemal Orhan Erkan Volkan Onur Tolga Deniz Can Kerem"
TR_S = "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Özcan Korkmaz Çakır Erdoğan Yavuz Can Acar Şen Aktaş Güler Yalçın Güneş Bozkurt Bulut Keskin Ünal Turan Gül Özer"

LA_F = "María Ana Carolina Camila Daniela Francisca Valentina Javiera Catalina Fernanda Paula Constanza Claudia Patricia Verónica Andrea Marcela Paola Lorena Gabriela Sofía Isabel Carmen Rosa Alejandra Natalia Ximena Macarena Pamela Jimena"
LA_M = "José Juan Luis Carlos Jorge Francisco Pedro Diego Sebastián Matías Felipe Cristián Rodrigo Gonzalo Pablo Andrés Manuel Alejandro Nicolás Fernando Ricardo Claudio Mauricio Patricio Sergio Víctor Raúl Hernán Miguel Javier Tomás Benjamín Ignacio"
LA_S = "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez Castro Pizarro Álvarez Vásquez Sánchez Fernández Ramírez Carrasco Gómez Cortés Herrera Núñez Jara Vergara Rivera Figueroa Riquelme García Miranda Bravo Vera Molina Vega Campos Sandoval Orellana"

TH_F = "Siriporn Supaporn Malee Nittaya Kanya Pornthip Wanida Suda Jintana Ratana Orathai Sunisa Kannika Pimchanok Nattaya Araya Duangjai Lamai Chanida Sasithorn Wilai Phonthip Thanyarat Natthaporn Pranee Anong Mali Rattana"
TH_M = "Somchai Somsak Sombat Prasert Wichai Surachai Boonchai Anan Chaiwat Niran Sakda Thanakorn Kittisak Nattapong Apichat Wiroj Pichai Supachai Somboon Prayut"
TH_S = "Saelee Srisuk Chaiyaphum Wongsa Sukprasert Thongchai Rattanakorn Srisawat Kongkaew Boonmee Chanthara Phromma Jaidee Sukjai Wongsawat Saetang Saeyang Intharat Kaewmanee Sriwong Thongdee Bunyasit Charoenpong Somboon Phanthong"

IN_F = "Priya Anjali Pooja Neha Sunita Anita Kavita Deepa Lakshmi Meena Shreya Divya Aishwarya Ananya Swati Nisha Rekha Sneha Asha Geeta Ritu Shweta Aarti Sangeeta Kiran Padma Harpreet Manpreet Aditi Radha"
IN_M = "Rahul Amit Rajesh Sanjay Vijay Anil Suresh Ramesh Arjun Vikram Rohit Deepak Manoj Sunil Ajay Ravi Karthik Aditya Nikhil Prakash Srinivas Venkatesh Harish Gaurav Ankit Abhishek Pranav Siddharth Arun Gurpreet Mohan Krishna"
IN_S = "Kumar Sharma Singh Patel Reddy Gupta Rao Iyer Nair Shah Joshi Mehta Verma Agarwal Chopra Desai Menon Pillai Banerjee Chatterjee Mukherjee Das Jain Kapoor Malhotra Bhat Kulkarni Srinivasan Krishnan Naidu Yadav Mishra Pandey Sinha Ghosh Kaur Chaudhary Saxena Subramanian Venkatesan"

CN_F = "Fang Jing Min Yan Li Na Xiuying Xia Juan Hui Ying Hong Lan Mei Xiaoyan Yun Ting Qian Wen Xin Yue Lingling Ping Hua Dan Lin Yu Xue"
CN_M = "Wei Qiang Lei Jun Yang Yong Jie Tao Ming Chao Gang Peng Hao Bo Jian Feng Bin Hai Long Kai Zhiwei Haoran Jianguo Zhiqiang Xiaodong Dong Liang"
CN_S = "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du"

UA_F = "Olena Tetiana Nataliia Iryna Svitlana Oksana Yuliia Kateryna Anastasiia Mariia Liudmyla Halyna Viktoriia Olha Anna Inna Alina Daria Sofiia Valentyna Larysa Nadiia Khrystyna Yana"
UA_M = "Oleksandr Serhii Andrii Volodymyr Dmytro Mykola Oleksii Ivan Vasyl Yurii Viktor Ihor Maksym Petro Mykhailo Bohdan Artem Taras Roman Vitalii Denys Yevhen Pavlo Anatolii"
UA_S = "Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko Klymenko Pavlenko Kravchuk Kuzmenko Ponomarenko Savchuk Vasylenko Levchenko Kharchenko Karpenko"

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(ranked(SV_F), ranked(SV_M), ranked(SV_S)),
    "us": Origin(
        census(US_F, US_F_PCT, 1.15), census(US_M, US_M_PCT, 1.2), census(US_S, US_S_PCT, 0.75)
    ),
    "uk": Origin(ranked(UK_F), ranked(UK_M), ranked(UK_S)),
    "finnish": Origin(ranked(FI_F), ranked(FI_M), ranked(FI_S)),
    "arabic": Origin(ranked(AR_F), ranked(AR_M), ranked(AR_S)),
    "persian": Origin(ranked(FA_F), ranked(FA_M), ranked(FA_S)),
    "kurdish": Origin(ranked(KU_F), ranked(KU_M), ranked(KU_S)),
    "somali": Origin(ranked(SO_F), ranked(SO_M), ranked(SO_S)),
    "eritrean": Origin(ranked(ER_F), ranked(ER_M), ranked(ER_S)),
    "polish": Origin(ranked(PL_F), ranked(PL_M), ranked(PL_S)),
    "bcs": Origin(ranked(BCS_F), ranked(BCS_M), ranked(BCS_S)),
    "turkish": Origin(ranked(TR_F), ranked(TR_M), ranked(TR_S)),
    "latin": Origin(ranked(LA_F), ranked(LA_M), ranked(LA_S)),
    "thai": Origin(ranked(TH_F), ranked(TH_M), ranked(TH_S)),
    "indian": Origin(ranked(IN_F), ranked(IN_M), ranked(IN_S)),
    "chinese": Origin(ranked(CN_F), ranked(CN_M), ranked(CN_S)),
    "ukrainian": Origin(ranked(UA_F), ranked(UA_M), ranked(UA_S)),
}

# Who is named, per language of the row: Swedish text roughly as Sweden's population is by origin.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 70, "arabic": 6.5, "finnish": 3.5, "persian": 2.5, "polish": 2.5, "bcs": 2.5,
        "somali": 2, "kurdish": 1.6, "turkish": 1.5, "eritrean": 1.4, "indian": 1.4, "ukrainian": 1.2,
        "latin": 1.1, "thai": 1, "chinese": 1, "us": 0.8, "uk": 0.7,
    },
    "en": {
        "us": 36, "uk": 30, "swedish": 11, "indian": 6, "chinese": 3, "arabic": 3, "polish": 2,
        "latin": 2, "ukrainian": 1.5, "persian": 1.5, "turkish": 1, "somali": 1, "finnish": 1,
        "eritrean": 0.5, "thai": 0.5,
    },
    "mixed": {
        "swedish": 50, "us": 9, "uk": 9, "arabic": 6, "finnish": 3, "persian": 3, "polish": 3,
        "bcs": 3, "indian": 3, "chinese": 2, "kurdish": 2, "turkish": 2, "somali": 2, "ukrainian": 2,
        "eritrean": 1.5, "latin": 1.5, "thai": 1,
    },
}  # fmt: skip

# Nicknames and short forms as people use them (Swedish and English; a few of the other origins).
NICKS: dict[str, tuple[str, ...]] = {
    "Joakim": ("Jocke",), "Mikael": ("Micke",), "Lars": ("Lasse",), "Karl": ("Kalle",),
    "Carl": ("Calle",), "Per": ("Pelle", "Pelle"), "Charlotte": ("Lotta",), "Susanne": ("Sussie", "Sussi"),
    "Marcus": ("Mackan",), "Thomas": ("Tompa", "Tom"), "Christoffer": ("Chrille",), "Fredrik": ("Fredde",),
    "Magnus": ("Manne",), "Stefan": ("Steffe",), "Patrik": ("Patte",), "Daniel": ("Danne", "Dan"),
    "Jonas": ("Jonte",), "Niklas": ("Nicke",), "Robert": ("Robban", "Bob", "Rob"), "Tobias": ("Tobbe",),
    "Sebastian": ("Sebbe",), "Alexander": ("Alex",), "Oskar": ("Ogge",), "Gustav": ("Gurra",),
    "Elisabeth": ("Lisa", "Liz"), "Katarina": ("Kattis",), "Margareta": ("Maggan",), "Birgitta": ("Bittan", "Gittan"),
    "Kristina": ("Stina", "Kicki"), "Christina": ("Kicki",), "Josefin": ("Jossan",), "Therese": ("Tessan",),
    "Viktoria": ("Vicky",), "Annika": ("Anki",), "Madeleine": ("Madde",), "Gunilla": ("Gunnis",),
    "Anders": ("Ante",), "Kristoffer": ("Krille",), "Mattias": ("Matte",), "Jesper": ("Jeppe",),
    "Johan": ("Jojje",), "Emelie": ("Emmy",), "Rebecka": ("Becka",), "Caroline": ("Caro",),
    "Michael": ("Mike",), "Jennifer": ("Jen", "Jenny"), "Elizabeth": ("Liz", "Beth"), "Christopher": ("Chris",),
    "William": ("Bill", "Will"), "James": ("Jim", "Jimmy"), "Richard": ("Rick", "Rich"), "Joseph": ("Joe",),
    "Matthew": ("Matt",), "Anthony": ("Tony",), "Steven": ("Steve",), "Stephen": ("Steve",), "Edward": ("Ed", "Eddie"),
    "Katherine": ("Kate", "Katie"), "Catherine": ("Cathy", "Kate"), "Margaret": ("Maggie", "Peggy"),
    "Patricia": ("Pat", "Trish"), "Deborah": ("Debbie", "Deb"), "Rebecca": ("Becky", "Becca"), "Samantha": ("Sam",),
    "Nicholas": ("Nick",), "Benjamin": ("Ben",), "Andrew": ("Andy", "Drew"), "Susan": ("Sue",),
    "Kimberly": ("Kim",), "Timothy": ("Tim",), "Jonathan": ("Jon",), "David": ("Dave",), "Gregory": ("Greg",),
    "Jeffrey": ("Jeff",), "Ronald": ("Ron",), "Donald": ("Don",), "Lawrence": ("Larry",),
    "Victoria": ("Vicky", "Tori"), "Alexandra": ("Alex",), "Nicola": ("Nicky",), "Samuel": ("Sam",),
    "Charles": ("Charlie", "Chuck"), "Peter": ("Pete",), "Philip": ("Phil",),
    "Oleksandr": ("Sasha",), "Mohammed": ("Mo", "Moe"), "Abdulrahman": ("Abdul",), "Małgorzata": ("Gosia",),
    "Katarzyna": ("Kasia",), "Aleksandra": ("Ola",), "Krzysztof": ("Krzysiek",), "Aleksandar": ("Aco",),
    "Francisco": ("Pancho",), "José": ("Pepe",), "Dmytro": ("Dima",), "Kateryna": ("Katia",),
    "Nils": ("Nisse",), "Jan": ("Janne",), "Hans": ("Hasse",), "Henrik": ("Henke",), "Sven": ("Svenne",),
    "Ulf": ("Uffe",), "Kenneth": ("Kenta", "Ken"), "Rolf": ("Roffe",), "Leif": ("Leffe",), "Olof": ("Olle",),
    "Bo": ("Bosse",), "Bengt": ("Bengan",), "Lennart": ("Lelle",), "Stig": ("Stickan",), "Mats": ("Matte",),
    "Martin": ("Marre",), "Cecilia": ("Cilla",), "Camilla": ("Milla",), "Matilda": ("Tilda",), "Helena": ("Lena",),
    "Johanna": ("Hanna", "Jojo"), "Ulrika": ("Ullis",), "Jessica": ("Jessie", "Jess"), "Maria": ("Mia",),
    "Christian": ("Chrille",), "Viktor": ("Vicke",), "Torbjörn": ("Tobbe",), "Emil": ("Emme",),
    "Barbara": ("Barb",), "Dorothy": ("Dot",), "Cynthia": ("Cindy",), "Pamela": ("Pam",), "Christine": ("Chris",),
    "Judith": ("Judy",), "Theresa": ("Terri",), "Kathleen": ("Kathy",), "John": ("Johnny", "Jack"),
    "Raymond": ("Ray",), "Douglas": ("Doug",), "Frederick": ("Fred", "Freddie"), "Gerald": ("Jerry",),
    "Zachary": ("Zach",), "Walter": ("Walt",), "Patrick": ("Pat", "Paddy"), "Harold": ("Hal",), "Henry": ("Hank", "Harry"),
    "Albert": ("Al", "Bert"), "Jacob": ("Jake",), "Joshua": ("Josh",), "Alfred": ("Alfie", "Fred"),
    "Abdullah": ("Abdu",), "Ibrahim": ("Ibo",), "Mustafa": ("Musse",), "Mohamed": ("Mo",), "Muhammad": ("Mo",),
}  # fmt: skip

# Names written in their own script, for translated certificates (Latin word -> native word).
# Origins whose names are transliterated from another script (Arabic, Persian, Cyrillic, Chinese,
# Ge'ez, Thai), weighted roughly by their numbers in Sweden; the first four have SCRIPT below.
SCRIPT_ORIGINS = {
    "arabic": 5.0, "persian": 2.0, "ukrainian": 2.0, "chinese": 1.2, "somali": 1.0, "kurdish": 1.0,
    "eritrean": 1.0, "thai": 0.6,
}  # fmt: skip
SCRIPT: dict[str, dict[str, str]] = {
    "arabic": {
        "Mohammed": "محمد", "Muhammad": "محمد", "Ahmed": "أحمد", "Ali": "علي", "Hassan": "حسن",
        "Hussein": "حسين", "Omar": "عمر", "Khaled": "خالد", "Mahmoud": "محمود", "Youssef": "يوسف",
        "Ibrahim": "إبراهيم", "Mustafa": "مصطفى", "Abdullah": "عبدالله", "Karim": "كريم", "Samir": "سمير",
        "Jamal": "جمال", "Walid": "وليد", "Tariq": "طارق", "Bilal": "بلال", "Hamza": "حمزة",
        "Fatima": "فاطمة", "Maryam": "مريم", "Zainab": "زينب", "Nour": "نور", "Sara": "سارة",
        "Aya": "آية", "Rana": "رنا", "Huda": "هدى", "Layla": "ليلى", "Amal": "أمل", "Rasha": "رشا",
        "Hiba": "هبة", "Reem": "ريم", "Lina": "لينا", "Samira": "سميرة", "Aisha": "عائشة",
        "Yasmin": "ياسمين", "Nadia": "نادية", "Hanan": "حنان",
        "Al-Ahmad": "الأحمد", "Khalil": "خليل", "Al-Hassan": "الحسن",
        "Abbas": "عباس", "Al-Ali": "العلي", "Haddad": "حداد", "Saleh": "صالح", "Al-Khatib": "الخطيب",
        "Nasser": "ناصر", "Mansour": "منصور", "Jaber": "جابر", "Othman": "عثمان", "Al-Jubouri": "الجبوري",
        "Al-Saadi": "السعدي", "Al-Obaidi": "العبيدي", "Hamid": "حامد", "Rashid": "راشد", "Darwish": "درويش",
        "Suleiman": "سليمان", "Al-Masri": "المصري", "Kassem": "قاسم", "Karam": "كرم",
    },
    "persian": {
        "Mohammad": "محمد", "Ali": "علی", "Reza": "رضا", "Hossein": "حسین", "Mehdi": "مهدی",
        "Amir": "امیر", "Hamid": "حمید", "Saeed": "سعید", "Mahmoud": "محمود", "Mostafa": "مصطفی",
        "Behnam": "بهنام", "Babak": "بابک", "Farhad": "فرهاد", "Fatemeh": "فاطمه", "Zahra": "زهرا",
        "Maryam": "مریم", "Sara": "سارا", "Narges": "نرگس", "Zeinab": "زینب", "Mahsa": "مهسا",
        "Nazanin": "نازنین", "Shirin": "شیرین", "Leila": "لیلا", "Parisa": "پریسا", "Azadeh": "آزاده",
        "Roya": "رویا", "Mohammadi": "محمدی", "Hosseini": "حسینی", "Ahmadi": "احمدی", "Rezaei": "رضایی",
        "Karimi": "کریمی", "Mousavi": "موسوی", "Jafari": "جعفری", "Rahimi": "رحیمی", "Kazemi": "کاظمی",
        "Sadeghi": "صادقی", "Hashemi": "هاشمی", "Ghorbani": "قربانی", "Moradi": "مرادی", "Heidari": "حیدری",
    },
    "ukrainian": {
        "Olena": "Олена", "Tetiana": "Тетяна", "Nataliia": "Наталія", "Iryna": "Ірина",
        "Svitlana": "Світлана", "Oksana": "Оксана", "Yuliia": "Юлія", "Kateryna": "Катерина",
        "Anastasiia": "Анастасія", "Mariia": "Марія", "Liudmyla": "Людмила", "Halyna": "Галина",
        "Viktoriia": "Вікторія", "Olha": "Ольга", "Anna": "Анна", "Oleksandr": "Олександр",
        "Serhii": "Сергій", "Andrii": "Андрій", "Volodymyr": "Володимир", "Dmytro": "Дмитро",
        "Mykola": "Микола", "Oleksii": "Олексій", "Ivan": "Іван", "Vasyl": "Василь", "Yurii": "Юрій",
        "Viktor": "Віктор", "Ihor": "Ігор", "Maksym": "Максим", "Petro": "Петро", "Melnyk": "Мельник",
        "Shevchenko": "Шевченко", "Boiko": "Бойко", "Kovalenko": "Коваленко", "Bondarenko": "Бондаренко",
        "Tkachenko": "Ткаченко", "Kovalchuk": "Ковальчук", "Kravchenko": "Кравченко", "Oliinyk": "Олійник",
        "Shevchuk": "Шевчук", "Koval": "Коваль", "Polishchuk": "Поліщук",
    },
    "chinese": {
        "Wang": "王", "Li": "李", "Zhang": "张", "Liu": "刘", "Chen": "陈", "Yang": "杨", "Huang": "黄",
        "Zhao": "赵", "Wu": "吴", "Zhou": "周", "Xu": "徐", "Sun": "孙", "Ma": "马", "Zhu": "朱",
        "Hu": "胡", "Guo": "郭", "Fang": "芳", "Jing": "静", "Min": "敏", "Yan": "艳", "Na": "娜",
        "Xiuying": "秀英", "Xia": "霞", "Juan": "娟", "Hui": "慧", "Ying": "英", "Wei": "伟",
        "Qiang": "强", "Lei": "磊", "Jun": "军", "Yong": "勇", "Jie": "杰", "Tao": "涛", "Ming": "明",
        "Chao": "超", "Gang": "刚", "Peng": "鹏",
    },
}  # fmt: skip


def feminine(surname: str) -> str:
    """A Polish surname's feminine form: -ski -> -ska, -cki -> -cka, -dzki -> -dzka."""
    for tail in ("ski", "cki", "dzki"):
        if surname.endswith(tail):
            return surname[:-1] + "a"
    return surname


def plain(word: str) -> str:
    """The word as typed without its letters (ł, đ and the accents dropped)."""
    word = word.replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    word = word.replace("ı", "i").replace("İ", "I")
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
