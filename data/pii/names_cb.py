# ruff: noqa: E501
"""Name pools of held-out cb: names as the population has them (fifty-ninth writer).

Every pool is written from general knowledge of population frequency, in rank order, never
checked against any list of the project and with nothing left out for being known or unknown:

- Sweden: given names (women, men) and surnames in the order of SCB's name statistics, weight
  1/rank, a head (the top 150) and a tail of rarer names past them. Noble particles are written
  with `_` for the space (`von_Platen`), undone when the pool is built.
- The US: the Census 1990 lists (public domain) in their order, weight 1/rank.
- The UK: the ONS baby-name rankings and the commonest surnames, weight 1/rank.
- Origins common in Sweden: their own commonest given names and surnames, weight 1/rank.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from a list's head with this share, else from its tail


@dataclass
class Pool:
    names: list[str]
    weights: list[float]
    head: int


def pool(text: str, head: int = 150) -> Pool:
    seen: list[str] = []
    for word in text.split():
        word = word.replace("_", " ")
        if word not in seen:
            seen.append(word)
    return Pool(seen, [1 / (i + 1) for i in range(len(seen))], min(head, len(seen) * 2 // 3))


@dataclass
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


SV_F = """
Anna Eva Maria Karin Kristina Lena Sara Kerstin Emma Ingrid Marie Malin Jenny Hanna Inger Annika
Linda Susanne Elin Monica Birgitta Sofia Ulla Johanna Julia Elisabeth Katarina Carina Linnéa Ida
Marianne Helena Camilla Åsa Cecilia Margareta Anneli Gunilla Therese Elsa Frida Ebba Maja Alice
Anita Lisa Amanda Josefin Ulrika Agneta Wilma Matilda Barbro Ellen Moa Klara Gun Siv Yvonne Helen
Britt Irene Emelie Ann Ingela Caroline Viktoria Lovisa Madeleine Sandra Astrid Nathalie Jessica
Maj Ella Agnes Felicia Alva Isabelle Louise Elina Ylva Pia Mona Lina Pernilla Rebecka Sanna Sofie
Lisbeth Inga Gunnel Christina Karolina Ingegerd Elvira Olivia Saga Vera Stina Tove Tilda Nora
Stella Mikaela Jennifer Erika Märta Gudrun Greta Ester Signe Alma Selma Ines Tyra Freja Lilly
Vendela Kajsa Emilia Evelina Petra Charlotte Annelie Veronica Maud Rut Gerd Solveig Majvor
Elisabet Mari Ingeborg Hedvig Linn Tina Helene Eleonor Birgit Margit Hillevi Lotta Jeanette
Ewa Liv Nellie Ronja Tuva Minna Emmy Hilda Sigrid Edith Elise Thea Lova Juni Leia Meja Molly
Aina Alfhild Alicia Amelia Anja Anne Annette Annie Aurora Beata Bella Benita Berit Bodil Britta
Cajsa Carin Catharina Clara Dagmar Daniela Desirée Doris Edla Elida Ellinor Ellie Elna Engla
Erica Estelle Evy Fanny Filippa Gertrud Gisela Gunhild Gunvor Hanne Harriet Hedda Hjördis Ilona
Ina Ingalill Ingvor Iris Irma Isa Jane Johanne Josefine Judit Julie Kaisa Kim Kristin Laila Lea
Leila Lilian Livia Lo Lovis Lucia Madelene Magdalena Majken Malva Mathilda Melina Melissa Mia
Miriam My Märit Nadja Nina Noomi Ottilia Paula Pauline Ragnhild Rosa Sabina Sally Signhild Siri
Siw Svea Sylvia Tekla Thyra Tindra Una Valborg Vanja Viola Vivi Vivianne Zara Åse Agda Alexandra
Alida Amalia Angelica Ann-Britt Ann-Mari Anneli Antonia Asta Bettina Birgitta Blenda Bojana
Carolina Cornelia Dorotea Ebba Edvina Eira Elin Elinor Elly Elvy Embla Emmeli Esther Eivor Fia
Flora Frideborg Gabriella Gerda Greta Gull Gunborg Hanna Hedy Helny Hulda Idun Ingelise Ingrid
Ingun Irja Isolde Jenna Jill Jonna Joline Kaja Karita Katja Klara Lena Lilianne Linnea Lisen
Liselott Lisette Lotten Lydia Maj-Britt Maj-Lis Malou Margareta Maud Mimmi Mira Märtha Nanna Natalie
Nelly Nikolina Olga Ottilie Patricia Petronella Ragni Rakel Regina Rigmor Rose-Marie Sanna Sara
Selma Sigbritt Sonja Stefanie Susann Tea Tora Tove Ulla-Britt Valentina Vilda Vilma Wivi Yvette
"""
SV_M = """
Lars Mikael Anders Johan Erik Per Karl Peter Jan Thomas Daniel Fredrik Hans Andreas Stefan Mats
Bengt Magnus Mohammed Sven Jonas Bo Oskar Alexander Nils Leif Patrik Niklas Björn Martin Gustav
Marcus Christer David Mattias Henrik Kent Tommy Göran Joakim Emil Anton Ulf Viktor Robert Filip
Simon Christian Roger Åke Rolf Sebastian William Tobias Kjell Gunnar Stig Rickard Kenneth Lucas
Axel Håkan Lennart Elias Hugo Oliver Jonathan Ali Adam Kurt Olof Ola Rasmus Robin Jakob Roland
Isak Ludvig Arvid Torbjörn Dan Jesper Claes Gösta Ingemar Kevin Jimmy Linus Christoffer Pontus
Rune Sten Sune Tomas Liam Noah Hampus Albin Gabriel Edvin Elliot Theo Melvin Josef Benjamin
Vincent Samuel Max Carl Alf Arne Harald Ingvar Bertil Sture Ove Conny Dennis Kristoffer Joel
Jacob Albert Alfred Ebbe Folke Gustaf Valter Vilhelm Wilhelm Ture Olle Urban Lennart Krister
Jörgen Hasse Roine Morgan Glenn Thorsten Tord Yngve Jens Kristian Tor Sixten Otto Melker Frank
Abbe Adrian Agne Algot Allan Alvar Anton Assar Bernt Birger Bror Casper Charlie Colin Curt Dag
Einar Eje Elis Elmer Enok Erland Evert Fabian Folke Frans Fritz Gerhard Gillis Greger Gunde
Halvar Helge Henning Herbert Hilding Holger Hugo Inge Ivar Jarl Joar Johnny Jon Kaj Knut Konrad
Lage Lenny Levi Loke Love Malte Manne Milo Måns Nicklas Nore Ossian Otto Pelle Rikard Ronny
Rune Ruben Sam Sigge Sigvard Sivert Staffan Svante Sverker Teodor Thor Tage Tim Tony Torgny
Torsten Tryggve Uno Valdemar Vidar Vilgot Villiam Walter Waldemar Yngve Åke Östen Göte Gert
Harry Henry Ivan Jack Juhani Kalle Kasper Kim Leo Lukas Matteo Mio Neo Nils-Erik Noel Olov Orvar
Osvald Paul Ragnar Reinhold Roy Seth Sigurd Sölve Thure Tommie Ville Viggo Wiktor Zacharias
Anders-Petter Arnold Artur Berndt Boris Calle Douglas Edgar Egon Eilert Elof Emanuel Enar Erling
Felix Georg Gottfried Gunnar Hadar Hjalmar Ingolf Isidor Jöns Karl-Erik Kennet Kristofer Leopold
Ludwig Lukas Mats-Olof Melcher Mons Natanael Nikolaus Oscar Patric Peder Ragnvald Roald Rudolf
Sander Severin Sigfrid Sten-Åke Svenerik Teo Tiger Ulrik Verner Vidar Werner Wille Yusuf
"""
SV_S = """
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson
Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed Engström Eklund
Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson
Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson
Nordström Ahmed Mårtensson Lundström Hassan Viklund Björklund Eliasson Pålsson Berggren
Sandström Lund Nordin Ström Åberg Falk Ekström Hermansson Holmgren Hellström Dahlberg Hedlund
Sundberg Sjögren Ek Blom Abrahamsson Martinsson Öberg Andreasson Strömberg Månsson Hansen
Åkesson Dahl Lindholm Norberg Holmqvist Ibrahim Sundström Jacobsson Ekman Johnsson Sjöström
Lindblom Nordqvist Hedberg Östlund Söderström Petersson Lindell Ahlström Lundell Strand Omar
Kristiansson Hedström Backman Bäckström Ahlberg Mohamed Nordlund Sundqvist Larsen Abdullahi
Hussein Carlsson Östberg Engberg Westberg Wiberg Öhman Vikström Jonasson Sandin Ivarsson
Lindahl Nygren Lilja Borg Hammar Ståhl Rydberg Granberg Sundin Edlund Hägglund Kjellberg
Lindén Roos Wallgren Bergkvist Åström Grahn Forslund Wahlström Nyman Högberg Åkerlund
Nord Sundell Lundh Blomberg Ljungberg Sandell Malmberg Melin Berntsson Engman Frisk Lindkvist
Göransson Rosén Wennberg Östman Nordberg Häggström Lagerqvist Ekberg Boström Palm Åkerman
Stenberg Hedman Hedin Ottosson Wikman Rask Edström Strömqvist Haglund Norén Lundmark Nordgren
Bergh Sjödin Grönlund Jeppsson Rosengren Hägg Nyholm Lindroth Brandt Thorén Skoglund Ljung
Kling Lindh Söderlund Ekholm Sjölund Hallberg Nordling Wallén Holst Lindmark Hellberg Almqvist
Fors Sköld Lundkvist Öhrn Björkman Wester Strandberg Modig Sundkvist Ekdahl Alm Backlund
Boman Dahlgren Dahlin Enström Franzén Friberg Gren Hagström Hjalmarsson Holmström Hultgren
Jakobson Josefsson Järvinen Kvist Lantz Larsén Lejon Lindeberg Ljungqvist Löf Malm Mattson
Moberg Nilson Norling Nyqvist Ohlsson Pehrsson Qvist Rehn Rosenberg Rydén Sahlin Selin
Sjöqvist Stark Stenström Svärd Sörensen Thelin Tholin Thunberg Törnqvist Vallin Wahlberg
Wallander Westerberg Widén Winberg Zetterberg Åhlund Öst Abdi Yusuf Said Khalil Nguyen Kaya
von_Platen af_Klercker von_Essen De_Geer Wachtmeister af_Ugglas von_Sydow Bonde Stjernswärd
Lewenhaupt von_Otter Posse Sparre Trolle Gyllenhammar Hamilton Silfverschiöld Adlercreutz
Ankarcrona Bielke Cederström Ehrensvärd Fleetwood Hermelin Kuylenstierna Leijonhufvud
Mörner Natt_och_Dag Oxenstierna Reuterskiöld Stackelberg Uggla Wrangel Åkerhielm Drakenberg
Alfredsson Bergenstråhle Bohlin Brodin Carlén Dufva Ek Ekelund Eng Forsman Gunnarson Hedenström
Hillborg Hjort Högström Jernberg Kallin Kindberg Krantz Lagerlöf Lindquist Lindwall Lyck
Mellberg Myrberg Nordenskiöld Nordén Ockelberg Palmgren Pihl Renström Rudberg Schön Segerström
Sjunnesson Sollenberg Stålberg Sundgren Svanberg Tegnér Tornberg Uhlin Unger Wennström Wirén
Åhman Älvgren Ängström Öqvist Grönberg Lindqvist Bäck Berlin Blix Dalin Erlandsson Fagerberg
"""

US_F = """
Mary Patricia Linda Barbara Elizabeth Jennifer Maria Susan Margaret Dorothy Lisa Nancy Karen Betty
Helen Sandra Donna Carol Ruth Sharon Michelle Laura Sarah Kimberly Deborah Jessica Shirley Cynthia
Angela Melissa Brenda Amy Anna Rebecca Virginia Kathleen Pamela Martha Debra Amanda Stephanie
Carolyn Christine Marie Janet Catherine Frances Ann Joyce Diane Alice Julie Heather Teresa Doris
Gloria Evelyn Jean Cheryl Mildred Katherine Joan Ashley Judith Rose Janice Kelly Nicole Judy
Christina Kathy Theresa Beverly Denise Tammy Irene Jane Lori Rachel Marilyn Andrea Kathryn
Louise Sara Anne Jacqueline Wanda Bonnie Julia Ruby Lois Tina Phyllis Norma Paula Diana Annie
Lillian Emily Robin Peggy Crystal Gladys Rita Dawn Connie Florence Tracy Edna Tiffany Carmen Rosa
Cindy Grace Wendy Victoria Edith Kim Sherry Sylvia Josephine Thelma Shannon Sheila Ethel Ellen
Elaine Marjorie Carrie Charlotte Monica Esther Pauline Emma Juanita Anita Rhonda Hazel Amber Eva
Debbie April Leslie Clara Lucille Jamie Joanne Eleanor Valerie Danielle Megan Alicia Suzanne
Michele Gail Bertha Darlene Veronica Jill Erin Geraldine Lauren Cathy Joann Lorraine Lynn Sally
Regina Erica Beatrice Dolores Bernice Audrey Yvonne Annette June Samantha Marion Dana Stacy Ana
Renee Ida Vivian Roberta Holly Brittany Melanie Loretta Yolanda Jeanette Laurie Katie Kristen
Vanessa Alma Sue Elsie Beth Jeanne Vicki Carla Tara Rosemary Eileen Terri Gertrude Lucy Tonya
Ella Stacey Wilma Gina Kristin Jessie Natalie Agnes Vera Willie Charlene Bessie Delores Melinda
Pearl Arlene Maureen Colleen Allison Tamara Joy Georgia Constance Lillie Claudia Jackie Marcia
Tanya Nellie Minnie Marlene Heidi Glenda Lydia Viola Courtney Marian Stella Caroline Dora Jo
Vickie Mattie Terry Maxine Irma Mabel Marsha Myrtle Lena Christy Deanna Patsy Hilda Gwendolyn
Jennie Nora Margie Nina Cassandra Leah Penny Kay Priscilla Naomi Carole Brandy Olga Billie
Dianne Tracey Leona Jenny Felicia Sonia Miriam Velma Becky Bobbie Violet Kristina Toni Misty
Mae Shelly Daisy Ramona Sherri Erika Katrina Claire Hope Faith Summer Autumn
"""
US_M = """
James John Robert Michael William David Richard Charles Joseph Thomas Christopher Daniel Paul
Mark Donald George Kenneth Steven Edward Brian Ronald Anthony Kevin Jason Matthew Gary Timothy
Jose Larry Jeffrey Frank Scott Eric Stephen Andrew Raymond Gregory Joshua Jerry Dennis Walter
Patrick Peter Harold Douglas Henry Carl Arthur Ryan Roger Joe Juan Jack Albert Jonathan Justin
Terry Gerald Keith Samuel Willie Ralph Lawrence Nicholas Roy Benjamin Bruce Brandon Adam Harry
Fred Wayne Billy Steve Louis Jeremy Aaron Randy Howard Eugene Carlos Russell Bobby Victor Martin
Ernest Phillip Todd Jesse Craig Alan Shawn Clarence Sean Philip Chris Johnny Earl Jimmy Antonio
Danny Bryan Tony Luis Mike Stanley Leonard Nathan Dale Manuel Rodney Curtis Norman Allen Marvin
Vincent Glenn Jeffery Travis Jeff Chad Jacob Lee Melvin Alfred Kyle Francis Bradley Jesus
Herbert Frederick Ray Joel Edwin Don Eddie Ricky Troy Randall Barry Alexander Bernard Mario
Leroy Francisco Marcus Micheal Theodore Clifford Miguel Oscar Jay Jim Tom Calvin Alex Jon Ronnie
Bill Lloyd Tommy Leon Derek Warren Darrell Jerome Floyd Leo Alvin Tim Wesley Gordon Dean Greg
Jorge Dustin Pedro Derrick Dan Lewis Zachary Corey Herman Maurice Vernon Roberto Clyde Glen
Hector Shane Ricardo Sam Rick Lester Brent Ramon Charlie Tyler Gilbert Gene Marc Reginald Ruben
Brett Angel Nathaniel Rafael Leslie Edgar Milton Raul Ben Chester Cecil Duane Franklin Andre
Elmer Brad Gabriel Ron Mitchell Roland Arnold Harvey Jared Adrian Karl Cory Claude Erik Darryl
Jamie Neil Jessie Christian Javier Fernando Clinton Ted Mathew Tyrone Darren Lonnie Lance Cody
Julio Kelly Kurt Allan Nelson Guy Clayton Hugh Max Dwayne Dwight Armando Felix Jimmie Everett
Jordan Ian Wallace Ken Bob Jaime Casey Alfredo Alberto Dave Ivan Johnnie Sidney Byron Julian
Isaac Morris Clifton Willard Daryl Ross Virgil Andy Marshall Salvador Perry Kirk Sergio Marion
Tracy Seth Kent Terrance Rene Eduardo Terrence Enrique Freddie Wade Grant Hunter Will
"""
US_S = """
Smith Johnson Williams Jones Brown Davis Miller Wilson Moore Taylor Anderson Thomas Jackson White
Harris Martin Thompson Garcia Martinez Robinson Clark Rodriguez Lewis Lee Walker Hall Allen Young
Hernandez King Wright Lopez Hill Scott Green Adams Baker Gonzalez Nelson Carter Mitchell Perez
Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Sanchez Morris Rogers Reed
Cook Morgan Bell Murphy Bailey Rivera Cooper Richardson Cox Howard Ward Torres Peterson Gray
Ramirez James Watson Brooks Kelly Sanders Price Bennett Wood Barnes Ross Henderson Coleman
Jenkins Perry Powell Long Patterson Hughes Flores Washington Butler Simmons Foster Gonzales
Bryant Alexander Russell Griffin Diaz Hayes Myers Ford Hamilton Graham Sullivan Wallace Woods
Cole West Jordan Owens Reynolds Fisher Ellis Harrison Gibson McDonald Cruz Marshall Ortiz Gomez
Murray Freeman Wells Webb Simpson Stevens Tucker Porter Hunter Hicks Crawford Henry Boyd Mason
Morales Kennedy Warren Dixon Ramos Reyes Burns Gordon Shaw Holmes Rice Robertson Hunt Black
Daniels Palmer Mills Nichols Grant Knight Ferguson Rose Stone Hawkins Dunn Perkins Hudson
Spencer Gardner Stephens Payne Pierce Berry Matthews Arnold Wagner Willis Ray Watkins Olson
Carroll Duncan Snyder Hart Cunningham Bradley Lane Andrews Ruiz Harper Fox Riley Armstrong
Carpenter Weaver Greene Lawrence Elliott Chavez Sims Austin Peters Kelley Franklin Lawson
Fields Gutierrez Ryan Schmidt Carr Vasquez Castillo Wheeler Chapman Oliver Montgomery Richards
Williamson Johnston Banks Meyer Bishop McCoy Howell Alvarez Morrison Hansen Fernandez Garza
Harvey Little Burton Stanley Nguyen George Jacobs Reid Fuller Lynch Dean Gilbert Garrett Romero
Welch Larson Frazier Burke Hanson Day Mendoza Moreno Bowman Medina Fowler Brewer Hoffman
Carlson Silva Pearson Holland Douglas Fleming Jensen Vargas Byrd Davidson Hopkins May Terry
Herrera Wade Soto Walters Curtis Neal Caldwell Lowe Jennings Barnett Graves Jimenez Horton
Shelton Barrett O'Brien Castro Sutton Gregory McKinney Lucas Miles Craig Chambers Holt Lambert
Fletcher Watts Bates Hale Rhodes Pena Beck Newman Haynes McDaniel Mendez Bush Vaughn Parks
Dawson Santiago Norris Hardy Love Steele Curry Powers Schultz Barker Guzman Page Munoz Ball
Keller Chandler Weber Leonard Walsh Lyons Ramsey Wolfe Schneider Mullins Benson Sharp Bowen
Daniel Barber Cummings Hines Baldwin Griffith Valdez Hubbard Salazar Reeves Warner Stevenson
Burgess Santos Tate Cross Garner Mann Mack Moss Thornton Dennis McGee Farmer Delgado Aguilar
Vega Glover Manning Cohen Harmon Rodgers Robbins Newton Todd Blair Higgins Ingram Reese Cannon
Strickland Townsend Potter Goodwin Walton Rowe Hampton Ortega Patton Swanson Joseph Francis
Goodman Maldonado Yates Becker Erickson Hodges Rios Conner Adkins Webster Norman Malone Hammond
Flowers Cobb Moody Quinn Blake Maxwell Pope Floyd Osborne Paul McCarthy Guerrero Lindsey
"""
UK_F = """
Olivia Amelia Isla Ava Mia Ivy Lily Isabella Rosie Sophia Grace Willow Freya Florence Emily Ella
Poppy Evie Elsie Charlotte Evelyn Sienna Sofia Daisy Phoebe Sophie Alice Harper Matilda Ruby
Emilia Maya Millie Isabelle Eva Luna Jessica Esme Arabella Chloe Lucy Hannah Holly Scarlett
Imogen Erin Ellie Layla Mila Aria Thea Harriet Violet Bonnie Penelope Eliza Maisie Lottie Rose
Martha Georgia Molly Sarah Emma Claire Nicola Helen Rachel Laura Rebecca Lisa Joanne Karen Julie
Susan Gemma Kirsty Louise Natalie Amy Kelly Zoe Katie Jade Samantha Victoria Jennifer Elizabeth
Margaret Jean Patricia Christine Linda Carol Gillian Dawn Tracey Lorraine Sharon Alison Fiona
Deborah Jane Catherine Caroline Anne Heather Hayley Leanne Stacey Danielle Lauren Megan Bethany
Abigail Chelsea Kayleigh Shannon Jodie Siobhan Niamh Aoife Ciara Orla Bronwen Cerys Ffion Eilidh
Morag Ailsa Mhairi Iona Beatrice Clementine Tabitha Hermione Felicity Philippa Rosalind Winifred
Edith Mabel Doris Maud Nancy Audrey Joan Pauline Wendy Valerie Sheila Maureen Brenda Shirley
Hazel Glenys Gwen Hope Faith Joy Sinead Roisin Grainne Deirdre Bridget Mairead Aisling Saoirse
Caoimhe Sian Rhiannon Angharad Carys Nia Eleri Mared Elin Kerry Ruth Anna Lydia Naomi Frances
"""
UK_M = """
Noah Muhammad Oliver George Leo Arthur Oscar Theodore Freddie Harry Archie Jack Henry Charlie
Alfie Jacob Thomas Lucas Tommy Finley Isaac Teddy Roman Edward Arlo Joshua James William Reuben
Max Ethan Albert Hugo Louie Elijah Rory Daniel Mason Jude Sonny Ronnie Alexander Samuel Joseph
Adam Benjamin Dylan Tyler Harrison Luca Toby Jaxon Logan Ezra David Paul Mark Andrew Stephen Ian
Gary Neil Darren Craig Lee Wayne Dean Stuart Graham Simon Richard Martin Peter Nigel Keith Colin
Trevor Barry Derek Clive Gareth Rhys Owain Dafydd Aled Hamish Angus Callum Euan Fraser Alistair
Ewan Murdo Seamus Ciaran Niall Declan Padraig Liam Connor Kieran Jamie Ryan Scott Kyle Nathan
Jordan Lewis Ashley Dominic Rupert Giles Piers Tristan Crispin Jeremy Rodney Roger Malcolm Dennis
Norman Leslie Cyril Reginald Stanley Frank Grant Will Bill Eoin Cian Oisin Darragh Ronan Cathal
Fergal Donal Brendan Aidan Conor Shane Colm Gavin Barry Emyr Geraint Huw Iwan Gethin Ieuan
Robert John Michael Christopher Matthew Anthony Kevin Steven Philip Terence Duncan Ross Douglas
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
McCarthy Chambers Griffin Sharp Hardy Wheeler Potter Osborne Johnston Gordon Doyle Wallace
George Jordan Hutchinson Rowe Burke May Pritchard Gilbert Willis Higgins Read Miles Stevenson
Stephenson Hammond Arnold Buckley Walters Hewitt Barber Nelson Slater Austin Sullivan Whitehead
Mann Frost Lambert Stephens Blake Akhtar Lynch Goodwin Barton Woodward Thomson Cunningham Quinn
Barnett Baxter Bibi Clayton Nash Greenwood Jennings Holt Kemp Poole Gallagher Bond Stokes
Tucker Davidson Fowler Heath Norman Middleton Lawson Banks French Stanley Jarvis Gibbs Ferguson
Hayward Carroll Douglas Dickinson Todd Barlow Peters Lucas Knowles Hartley Miah Simmons Morton
Alexander Field Morrison Norris Townsend Preston Hancock Thornton Baldwin Burrows Briggs Storey
Pugh Haynes Fraser Connolly Doherty Farrell McLaughlin Kaye O'Sullivan Kavanagh Brennan Nolan
"""
ORIGIN_TEXT = {
    "finnish": (
        "Anna Maria Aino Helena Johanna Sanna Minna Tiina Päivi Anne Marja Pirjo Leena Tuula Sari Eila Aila Riitta Satu Hanna Elina Katja Kaisa Laura Noora Aada Venla Aili Sirpa Ritva",
        "Juha Timo Matti Kari Mikko Jari Antti Jukka Mika Markku Pekka Hannu Heikki Seppo Janne Ari Sami Petri Ville Tuomas Eero Pentti Jussi Lauri Olli Esa Veikko Teemu Toni Arto",
        "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hakala Kallio Anttila Leinonen",
    ),
    "arabic": (
        "Fatima Maryam Zainab Nour Sara Aya Rania Huda Amal Lina Hiba Rasha Dima Reem Layla Yasmin Zahra Noor Hanan Samira Nadia Rana Salma Mariam Shahad Sana Ruqaya Hala Dalia Lamar",
        "Mohammad Ahmad Ali Omar Hassan Hussein Ibrahim Mustafa Abdullah Khaled Yousef Karim Mahmoud Tariq Sami Bilal Hamza Ammar Haider Jihad Firas Rami Walid Nabil Zaid Adnan Saif Amir Ayman Muhammed",
        "Ali Hassan Hussein Ahmed Mohammed Ibrahim Saleh Khalil Younes Al-Hashimi Al-Obaidi Jaber Haddad Khoury Mansour Nasser Abbas Hamoud Al-Jabouri Kadhim Jasim Mahmoud Shammari Saad Aziz Darwish Habib Rashid Othman Naji Yousef Kassab Al-Rubaie Jamil Fares",
    ),
    "assyrian": (
        "Maryam Ninve Shamiran Rita Nahrain Sargona Jacklin Madlin Ilona Nardin Ramina Susan Samira Linda Mona",
        "Gabriel Yacoub Aziz Ninos Sargon Ashur Fuad Elias Daniel Tomas Isa Jakob Johannes Aho Gabro",
        "Gabriel Yacoub Aydin Isik Barsom Chamoun Toma Benjamin Elias Shabo Hanna Yousef Ablahad Aslan Kaplan",
    ),
    "somali": (
        "Fadumo Hodan Amina Faadumo Sahra Ayan Khadra Ikran Hibaaq Deeqa Nimco Ifrah Ubah Ilhan Sagal Hamdi Ladan Shukri Farhiya Nasra",
        "Mohamed Abdi Ahmed Ali Hassan Abdirahman Abdullahi Omar Yusuf Ismail Farah Mahad Abdirizak Liban Mukhtar Bashir Hussein Osman Said Jama",
        "Mohamed Ahmed Ali Hassan Abdi Osman Yusuf Warsame Farah Omar Ismail Aden Hussein Abdullahi Jama Nur Guled Dahir Hirsi Egal",
    ),
    "polish": (
        "Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Joanna Aleksandra Monika Zofia Natalia Karolina Justyna Beata Dorota Marta Paulina",
        "Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Jakub Adam Łukasz Marek Grzegorz Mateusz Wojciech Mariusz Dariusz Kamil Bartosz Szymon",
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawłowski Michalski Wróbel Zając Król Wieczorek",
    ),
    "persian": (
        "Maryam Fatemeh Zahra Sara Leila Shirin Narges Parisa Mina Nasrin Azadeh Roya Soheila Mahsa Neda Bahar Golnaz Shiva Ladan Yasaman",
        "Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Majid Behrouz Babak Dariush Kaveh Arash Farhad Omid Peyman Siamak Kian Navid",
        "Mohammadi Hosseini Ahmadi Rezaei Moradi Karimi Jafari Rahimi Hashemi Mousavi Ghorbani Sadeghi Rostami Nazari Kazemi Tehrani Farahani Alavi Bahrami Ebrahimi",
    ),
    "kurdish": (
        "Rojin Berivan Zilan Nazdar Shilan Delal Avin Hevi Jiyan Newroz Rojda Dilan Zerya Shirin Helin",
        "Azad Rebwar Karwan Diyar Hawre Shvan Soran Rezhwan Baran Dara Sherko Kawa Rizgar Aram Serwan",
        "Ahmed Mohammed Aziz Kurdi Barzani Hawrami Mustafa Abdullah Rashid Jaff Amin Salih Omer Hama Karim",
    ),
    "bcs": (
        "Ana Maja Jelena Amra Emina Mirela Sanja Vesna Lejla Dragana Snežana Azra Selma Ivana Marija Jasmina Alma Mersiha Nermina Dijana",
        "Mirza Emir Adnan Dragan Zoran Goran Nikola Marko Stefan Haris Edin Amir Dženan Miloš Nenad Senad Damir Kemal Armin Igor",
        "Hodžić Hadžić Kovačević Petrović Jovanović Nikolić Marković Begić Delić Mujić Babić Marić Đorđević Ilić Šehić Popović Hasanović Alić Stojanović Mehmedović",
    ),
    "turkish": (
        "Ayşe Fatma Emine Hatice Zeynep Elif Merve Özlem Derya Gül Hülya Sevgi Büşra Esra Songül",
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Emre Ömer Yusuf Burak Serkan Kemal Cem",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek",
    ),
    "eritrean": (
        "Helen Selam Senait Rahel Mebrat Saba Tsega Yordanos Hiwet Luwam Winta Semhar Eden Ruta Feven",
        "Tesfay Yonas Dawit Mehari Samuel Filmon Habtom Kidane Berhane Teklu Ermias Robel Amanuel Yohannes Abraham",
        "Tesfay Kidane Berhane Habte Tekle Gebremariam Haile Ghebreyesus Woldu Yohannes Mehari Abraha Gebru Asmerom Negash",
    ),
    "afghan": (
        "Fatima Maryam Zahra Shabnam Freshta Mursal Parwana Nargis Sima Tahmina Laila Roya Zarghuna Madina Hosai",
        "Ahmad Mohammad Ali Mustafa Farid Hamid Javid Rahim Karim Nasir Wahid Jawad Sharif Habib Abdul",
        "Ahmadi Hakimi Rahimi Noori Sultani Amiri Haidari Karimi Mohammadi Hussaini Azizi Sadat Popal Stanekzai Wardak",
    ),
    "thai": (
        "Siriporn Somchai Malee Ploy Nok Kanya Suda Wanida Pim Ratana Busaba Jintana Sunisa Kanokwan Nittaya",
        "Somchai Somsak Anan Prasert Chaiya Niran Surachai Wichai Kittisak Sombat Boonmee Thanakorn Preecha Sakda Arthit",
        "Saetang Srisuk Chaiyaporn Wongsawat Thongchai Sukprasert Rattanakorn Boonmee Kaewkong Phromma Sombat Intharasuk Chanthara Khamsing Nakprasert",
    ),
    "latin": (
        "María Carolina Daniela Camila Valentina Francisca Javiera Constanza Paula Fernanda Catalina Andrea Gabriela Patricia Claudia",
        "José Juan Carlos Luis Jorge Cristián Felipe Sebastián Rodrigo Diego Pablo Manuel Francisco Alejandro Mauricio",
        "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela",
    ),
    "indian": (
        "Priya Anjali Divya Pooja Neha Sneha Kavya Lakshmi Deepa Swati Aishwarya Meera Shreya Ananya Ritu Sunita Rekha Nandini Shalini Kavitha",
        "Rahul Amit Rajesh Suresh Vijay Arjun Sanjay Anil Ravi Karthik Vikram Rohit Manish Deepak Srinivas Venkatesh Prakash Aditya Nikhil Harish",
        "Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Rao Joshi Mehta Desai Menon Pillai Krishnan Agarwal Chopra Verma Banerjee Mukherjee",
    ),
    "german": (
        "Sabine Susanne Petra Claudia Andrea Nicole Stefanie Katrin Julia Anna Birgit Sandra Monika Ute Heike",
        "Thomas Michael Andreas Stefan Markus Christian Frank Jürgen Klaus Wolfgang Uwe Matthias Jens Tobias Florian",
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann",
    ),
    "irish": (
        "Mary Siobhan Niamh Aoife Ciara Orla Sinead Roisin Grainne Deirdre Aisling Saoirse Caoimhe Emma Sarah",
        "Sean Patrick Michael John Declan Ciaran Niall Eoin Cian Oisin Darragh Ronan Conor Colm Padraig",
        "Murphy Kelly O'Sullivan Walsh Smith O'Brien Byrne Ryan O'Connor O'Neill O'Reilly Doyle McCarthy Gallagher Doherty Kennedy Lynch Murray Quinn Moore",
    ),
    "chinese": (
        "Li Na Wang Fang Zhang Wei Liu Yang Chen Jing Xiao Min Hui Mei Ying Lan Qing",
        "Wei Jun Lei Hao Tao Ming Jian Yong Chao Peng Qiang Bo Gang Hui Bin",
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu",
    ),
}


def _origin(f: str, m: str, s: str, head: int = 10) -> Origin:
    return Origin(pool(f, head), pool(m, head), pool(s, head))


ORIGINS: dict[str, Origin] = {
    "swedish": Origin(pool(SV_F), pool(SV_M), pool(SV_S)),
    "us": Origin(pool(US_F), pool(US_M), pool(US_S)),
    "uk": Origin(pool(UK_F, 130), pool(UK_M, 130), pool(UK_S)),
    **{key: _origin(*texts) for key, texts in ORIGIN_TEXT.items()},
}

# Who is named, per language of the row: Swedish text as Sweden's population is, English text as
# vendors and colleagues abroad are, mixed text as a Swedish tech workplace is.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 70, "arabic": 5, "assyrian": 1.2, "finnish": 3.5, "polish": 2.5, "bcs": 2.5,
        "persian": 2.5, "somali": 1.8, "kurdish": 1.5, "turkish": 1.5, "eritrean": 1.2,
        "afghan": 1.5, "thai": 0.9, "latin": 1, "indian": 1.5, "chinese": 0.8, "us": 0.6, "uk": 0.6,
        "german": 0.6,
    },
    "en": {
        "us": 36, "uk": 28, "irish": 7, "indian": 12, "german": 3, "swedish": 7, "chinese": 2,
        "polish": 1.5, "arabic": 1.5, "latin": 1.5, "finnish": 0.8, "turkish": 0.8,
    },
    "mixed": {
        "swedish": 50, "us": 9, "uk": 8, "indian": 6, "irish": 2, "german": 2, "arabic": 4,
        "finnish": 3, "polish": 3, "bcs": 2, "persian": 2.5, "kurdish": 1.2, "turkish": 1.5,
        "somali": 1.2, "eritrean": 1, "afghan": 1, "latin": 1, "thai": 0.8, "chinese": 1.2,
        "assyrian": 0.8,
    },
}  # fmt: skip

# Short forms and nicknames as people write them.
NICKNAMES: dict[str, dict[str, list[str]]] = {
    "swedish": {
        "Lars": ["Lasse"], "Mikael": ["Micke"], "Michael": ["Micke"], "Joakim": ["Jocke"],
        "Magnus": ["Mange"], "Marcus": ["Mackan"], "Christoffer": ["Chris", "Stoffe"],
        "Kristoffer": ["Kricke", "Stoffe"], "Thomas": ["Tompa"], "Tomas": ["Tompa"],
        "Per": ["Pelle", "Pera"], "Karl": ["Kalle"], "Carl": ["Calle"], "Johan": ["Jojje"],
        "Jonas": ["Jonte"], "Fredrik": ["Fredde"], "Patrik": ["Patte"], "Andreas": ["Andy"],
        "Gustav": ["Gurra", "Gustaf"], "Björn": ["Bjö"], "Hans": ["Hasse"],
        "Stefan": ["Steffe"], "Robert": ["Robban"], "Sebastian": ["Sebbe"], "Tobias": ["Tobbe"],
        "Kenneth": ["Kenta"], "Leif": ["Leffe"], "Daniel": ["Danne"], "Nils": ["Nisse"],
        "Emil": ["Emme"], "Ludvig": ["Ludde"], "Rasmus": ["Rasse"], "Viktor": ["Vicke"],
        "Elisabeth": ["Bettan", "Lisa"], "Elisabet": ["Bettan"], "Birgitta": ["Gittan", "Bitte"],
        "Charlotte": ["Lotta"], "Susanne": ["Sussie", "Sanna"], "Kristina": ["Kicki", "Stina"],
        "Katarina": ["Kattis", "Kajsa"], "Margareta": ["Maggan", "Greta"], "Ingegerd": ["Inger"],
        "Johanna": ["Jossan", "Hanna"], "Josefin": ["Jossan"], "Camilla": ["Millan"],
        "Gunilla": ["Gunnis"], "Madeleine": ["Maddie"], "Rebecka": ["Becka"],
        "Jessica": ["Jessi"], "Therese": ["Tessan"], "Isabelle": ["Bella"], "Annika": ["Annie"],
        "Karolina": ["Kajsa", "Lina"], "Veronica": ["Vera"], "Frida": ["Fridde"],
    },
    "us": {
        "Elizabeth": ["Liz", "Beth", "Betsy"], "Robert": ["Rob", "Bob", "Bobby"],
        "William": ["Bill", "Will", "Billy"], "Richard": ["Rick", "Dick"], "James": ["Jim", "Jimmy"],
        "Michael": ["Mike"], "Christopher": ["Chris"], "Jennifer": ["Jen", "Jenny"],
        "Katherine": ["Kate", "Kathy"], "Kathleen": ["Kathy"], "Patricia": ["Pat", "Patty"],
        "Thomas": ["Tom"], "Joseph": ["Joe"], "Daniel": ["Dan", "Danny"], "Matthew": ["Matt"],
        "Anthony": ["Tony"], "Margaret": ["Maggie", "Peggy"], "Steven": ["Steve"],
        "Stephen": ["Steve"], "Andrew": ["Andy", "Drew"], "Jonathan": ["Jon"],
        "Nicholas": ["Nick"], "Samantha": ["Sam"], "Rebecca": ["Becky"], "Deborah": ["Deb"],
        "Kimberly": ["Kim"], "Benjamin": ["Ben"], "Timothy": ["Tim"], "Gregory": ["Greg"],
        "Jeffrey": ["Jeff"], "Kenneth": ["Ken"], "Donald": ["Don"], "Edward": ["Ed", "Ted"],
        "Susan": ["Sue"], "Victoria": ["Vicky", "Tori"], "Alexander": ["Alex"],
    },
    "uk": {
        "Elizabeth": ["Liz", "Lizzie"], "Robert": ["Rob", "Robbie"], "William": ["Will", "Bill"],
        "Charlotte": ["Charlie", "Lottie"], "Alexander": ["Alex", "Sandy"], "Thomas": ["Tom"],
        "Edward": ["Ed", "Eddie"], "Christopher": ["Chris"], "Jonathan": ["Jon", "Jonny"],
        "Rebecca": ["Becky", "Becca"], "Victoria": ["Vicky"], "Samuel": ["Sam"],
        "Benjamin": ["Ben"], "Joshua": ["Josh"], "Stephen": ["Steve"], "Richard": ["Rich"],
        "Alistair": ["Ali"], "Nicola": ["Nicky"], "Philippa": ["Pippa"], "Catherine": ["Cat", "Kate"],
        "Daniel": ["Dan"], "Matthew": ["Matt"], "Margaret": ["Maggie", "Meg"], "James": ["Jamie", "Jim"],
    },
    "irish": {"Patrick": ["Paddy", "Pat"], "Michael": ["Mick"], "Sean": ["Seanie"], "Siobhan": ["Shiv"]},
    "indian": {"Venkatesh": ["Venky"], "Srinivas": ["Srini"], "Lakshmi": ["Lux"], "Aishwarya": ["Ash"]},
    "finnish": {"Juha": ["Jussi"], "Matti": ["Masa"], "Heikki": ["Heke"]},
    "german": {"Wolfgang": ["Wolf"], "Andreas": ["Andi"], "Stefanie": ["Steffi"], "Matthias": ["Matze"]},
}  # fmt: skip

_PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "ı": "i", "İ": "I", "đ": "dj", "Đ": "Dj", "ß": "ss", "ø": "o", "æ": "ae"}
)


def plain(word: str) -> str:
    """The word without its letters' marks, as it is typed on a keyboard without them."""
    word = word.translate(_PLAIN)
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname's feminine form (`Kowalski` -> `Kowalska`)."""
    for tail, fem in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(tail):
            return surname[: -len(tail)] + fem
    return surname
