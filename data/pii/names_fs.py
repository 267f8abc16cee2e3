# ruff: noqa: E501
"""Name pools of held-out FS (issue 15): names as the population has them, weighted by how often
people carry them. Written from the writer's own knowledge (Sweden, the UK and the origins common
in Sweden) and from the US Census 1990 lists (public domain, copied from the `names` package's
`dist.female.first`, `dist.male.first`, `dist.all.last`). None was checked against anything in the
repository; none was left out for being known or unknown.

- Sweden: given names (women, men) and surnames in the order of SCB's name statistics, weight
  1/rank; the head is the top 150, the tail the rarer names past them.
- US: the census per cent as weight, head the top 150.
- UK: given names and surnames in the order of the ONS rankings, weight 1/rank, head 150.
- Origins common in Sweden: their commonest given names and surnames, 1/rank, head 10.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this probability, else its tail


def _words(text: str) -> tuple[str, ...]:
    out = tuple(text.split())
    assert len(out) == len(set(out)), [w for w in out if out.count(w) > 1]
    return out


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


def ranked(names: tuple[str, ...], head: int) -> Pool:
    """A list in rank order, weight 1/rank."""
    return Pool(
        names, tuple(1 / rank for rank in range(1, len(names) + 1)), min(head, len(names) - 1)
    )


def census(pairs: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A census list: the per cent of people carrying the name is its weight."""
    return Pool(tuple(n for n, _ in pairs), tuple(w for _, w in pairs), head)


# Sweden (SCB's order, general knowledge). Head: the first 150 of each list.

SV_F = _words("""
Maria Elisabeth Anna Kristina Margareta Eva Linnéa Karin Birgitta Marie
Sofia Ingrid Emma Sara Elin Christina Lena Kerstin Helena Ida
Johanna Inger Louise Julia Hanna Katarina Malin Amanda Elsa Alice
Ulla Matilda Annika Ingegerd Viktoria Linda Marianne Cecilia Jenny Susanne
Maja Gunilla Monica Sofie Astrid Carina Anita Ebba Åsa Ulrika
Ellen Josefin Wilma Frida Irene Charlotte Camilla Therese Klara Agneta
Elisabet Emelie Lisa Ann Barbro Gunnel Moa Lovisa Karolina Ingeborg
Siv Ann-Marie Madeleine Jessica Berit Alexandra Sandra Lina Kristin Britt
Ester Olivia Ella Alva Saga Ingela Pia Petra Gun Emilia
Anneli Gabriella Elvira Caroline Mona Vera Isabelle Stina Nathalie Signe
Agnes Nora Ronja Felicia Ellinor Tove Michaela Rebecka Erika Mia
Ylva Inga Märta Elise Sigrid Tilda Hedvig Greta Marita Yvonne
Ewa Kajsa Linn Nina Paula Lotta Tina Veronica Jeanette Helen
Anette Marina Britt-Marie Birgit Sonja Ann-Christin Anna-Karin Marie-Louise Solveig Margit
Alma Selma Freja Tyra Thea Cornelia Elina Isabella Lea Stella
""")
SV_F_TAIL = _words("""
Ann-Britt Inga-Britt Eva-Karin Britt-Inger Lise-Lotte Ann-Helen Ann-Katrin Anne-Marie Marie-Therese Eva-Maria
Viveka Ulrica Jill Kristine Helmi Amalia Ingalena Sol Elfrida Iris
Meja Molly Hilma Edith Majken Svea Tuva Liv Ines Nellie
Emmy Filippa My Mira Tindra Juni Hilda Lilly Vilma Ingalill
Gunvor Majvor Elsie Ruth Viola Dagmar Eva-Lena Ann-Sofie Ann-Kristin Ann-Louise
Ann-Charlotte Lise-Lott Mari Marlene Evelina Jennifer Emelia Josefine Linnea Elvina
Amelia Leia Hedda Novalie Alicia Ellie Livia Mathilda Karina Rut
Elna Gerd Gudrun Hjördis Karolin Lilian Lillemor Mariana Mirja Sanna
Tanja Teresia Vanja Åse Aina Alfhild Anna-Lena Anna-Maria Anna-Lisa Annelie
Annette Ann-Sofi Benita Bodil Carin Catharina Cathrine Charlott Christin Dorotea
Ebon Elly Elsa-Britt Emmeli Eleonora Evy Fanny Gertrud Gullan Gunborg
Gunbritt Harriet Heléne Henrietta Hillevi Ingbritt Irma Jane Jenni Josefina
Katja Kim Kristel Laila Lena-Maria Lillian Lisbeth Liselotte Lovis Lovise
Madelene Maj-Britt Maj-Lis Malena Margaretha Marika Marit Mathilde Maud Mikaela
Minna Natalie Nea Nicole Nova Olga Pernilla Rakel Regina Rigmor
Rosa Rose-Marie Sabina Sally Sanja Silvia Siri Sofi Susann Svetlana
Tatjana Tekla Tora Tuulikki Ulla-Britt Una Valborg Vendela Vivianne Wivianne
Yasmine Zara Zoe Annica Agda Alida Alina Ally Angelica Angelika
Anja Annie Antonia Asta Aurora Barbara Bea Beatrice Bella Berta
Bettina Britta Cajsa Carola Cassandra Celine Clara Dalia Daniela Diana
Dorothea Edla Eira Elida Elinor Elma Elsi Emy Estelle Eveline
Fatima Flora Frances Gabriela Gisela Helga Ilse Ina Ingrid-Marie Isa
Ivy Jasmine Joanna Jolin Judith Kaisa Kamilla Karla Lejla Leona
Lova Lykke Madelen Malva Maryam Melina Melissa Melody Mollie Nadia
""")
SV_M = _words("""
Lars Karl Erik Anders Per Johan Mikael Nils Jan Lennart
Hans Olof Peter Gunnar Sven Thomas Fredrik Bengt Bo Daniel
Gustav Åke Alexander Göran Magnus Stefan Andreas Martin Oskar John
Leif Mats Ulf Jonas Axel Björn Arne Henrik Bertil Ingemar
Viktor Emil Marcus Kjell Christer Håkan Stig Rolf Roger Niklas
David Anton Wilhelm Mattias Tommy Simon Filip Robert Kent Christian
Joakim Ludvig Rune Elias William Patrik Hugo Sebastian Isak Lucas
Tobias Oliver Jakob Adam Roland Gösta Tomas Rickard Dan Kenneth
Jonathan Claes Robin Liam Noah Albin Linus Jesper Ove Kurt
Sten Harald Jörgen Edvin Vincent Theo Leo Arvid Love Melvin
Elliot Gabriel Samuel Alfred Theodor Hampus Max Felix Josef Olle
Emanuel Torbjörn Morgan Jimmy Ronny Conny Dennis Pontus Kristoffer Ragnar
Sixten Folke Einar Sture Evert Tord Allan Helge Ivar Erland
Valter Yngve Torsten Birger Holger Georg Harry Carl Jens Jacob
Viggo Ville Melker Casper Malte Otto Frans Noel Loke Mohammad
""")
SV_M_TAIL = _words("""
Lars-Ove Per-Åke Jan-Olov Bengt-Olof Sven-Åke Nils-Olof Karl-Axel Hans-Göran Lars-Inge Per-Gunnar
Jan-Anders Carl-Fredrik Carl-Axel Artur Ossian Torgny Vilhelm Werner Kristofer Tommie
Sam Colin Benjamin Oscar Gustaf Ture Knut Assar Algot Elis
Per-Olof Lars-Erik Karl-Erik Jan-Erik Lars-Göran Carl-Johan Bengt-Göran Hans-Olov Sven-Erik Per-Anders
Jan-Olof Karl-Johan Nils-Erik Lars-Olof Per-Erik Bo-Göran Sven-Olof Karl-Gustav Lars-Åke Jan-Åke
Anders-Petter Ebbe Enar Fritz Gerhard Gillis Hilding Ingvar Kennet Lage
Lars-Gunnar Leopold Lorentz Manfred Nore Orvar Roine Seth Sivert Sune
Tage Tor Torvald Uno Valdemar Yngvar Östen Adrian Alex Alvin
Amir Ante Aron August Bernt Bill Bror Börje Charlie Christoffer
Clas Curt Dag Douglas Ebbot Edvard Egon Elof Emrik Engelbrekt
Erling Eskil Filiph Fabian Gert Glenn Gottfrid Greger Gunne Halvar
Hannes Harri Helmer Henning Herbert Hjalmar Ibrahim Inge Ingvald Isac
Ivan Jack Jarl Jerker Jim Joel Johannes Jon Jöns Julius
Kalle Kasper Kevin Kim Kimmo Klas Krister Lasse Leon Levi
Lenny Lukas Magne Mathias Matteus Maximilian Mikko Milton Mohammed Måns
Natanael Nicklas Niclas Nicolas Ola Olov Omar Osvald Patric Paul
Petter Philip Rasmus Reidar Reinhold Roy Rudolf Rutger Sigge Sigurd
Sigvard Staffan Stellan Sten-Åke Stig-Olof Svante Tim Timo Tony Tor-Erik
Ulrik Urban Vidar Vilgot Wille Wiktor Yusuf Örjan Adolf Agne
Alf Anselm Anund Bengt-Åke Benny Bernhard Berndt Birk Bjarne Carlos
Casimir Caspian Cornelius Dante Edgar Eddie Elton Elvin Frank Fritiof
Fredric Gunder Göte Hadar Hans-Erik Helmut Henry Hilmer Holmfrid Ingolf
Isidor Jussi Kaj Kenny Konrad Kristian Leander Lennie Linnar Lorens
Lowe
""")
SV_S = _words("""
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist
Mattsson Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed
Engström Danielsson Håkansson Eklund Lundin Gunnarsson Holm Samuelsson Fransson Bergman
Björk Wikström Isaksson Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist
Claesson Nordström Mårtensson Lundström Ahmed Viklund Björklund Eliasson Pålsson Hassan
Berggren Sandström Lund Nordin Ström Åberg Hermansson Ekström Holmgren Sundberg
Hedlund Dahlberg Hellström Sjögren Abrahamsson Falk Martinsson Öberg Andreasson Blom
Strömberg Månsson Åkesson Hansen Nordlund Lindholm Bergqvist Dahl Lindblom Sundström
Söderström Ek Hedström Jonasson Ivarsson Ekberg Lundell Malmberg Palm Göransson
Nyman Hallberg Edlund Johnsson Östlund Norberg Stenberg Björkman Lindell Forsman
Åström Nordgren Lundmark Hägglund Boman Bergkvist Sjöström Granberg Holmqvist Törnqvist
Ahlberg Ekman Melin Strand Öhman Rosén Sjölund Lindén Nordqvist Kristiansson
Englund Rydberg Blomberg Nord Sundqvist Engberg Lindroth Backman Sandin Wiklund
""")
SV_S_TAIL = _words("""
Moberg Ohlsson Olausson Ekholm Ibrahim Hussein Omar Mahmoud Karimi Sundin
Åkerlund Bäckström Wahlström Lindahl Åman Nilsen Ahlström Carlsson Carlberg Kjellberg
Jacobsson Persson-Berg Söderlund Ståhl Sjödin Hjalmarsson Östberg Hedman Vesterlund Lindkvist
Jeppsson Axelsson-Lind Borg Berglöf Lagerqvist Grahn Bergh Ekdahl Wester Engman
Liljegren Lilja Forslund Norén Rask Rönnqvist Hägg Kvist Nyqvist Wallén
Åhlén Bohlin Backlund Hultgren Alm Ljung Ljungberg Ljunggren Flodin Frisk
Lindé Hammar Hammarström Sundell Sandell Lindfors Stenlund Strandberg Axelson Wallgren
Hagström Hagberg Hagman Ulander Tengvall Sahlin Sahlberg Sandgren Lövgren Wennberg
Bengtsdotter Jönsdotter Eriksdotter Lindwall Edström Edvardsson Jonsson-Holm Segerström Sollenberg Thorén
Thunberg Thorsson Torstensson Tornberg Unger Wik Widén Wigren Zetterberg Zetterlund
Åkerman Ådahl Östman Öhrn Ölund Almqvist Alvarsson Asplund Bark Bjurström
Blixt Bolin Brandt Broberg Brodin Byström Cederberg Cederlund Dahlgren Dahlqvist
Ekelund Ekroth Elfström Elmqvist Enström Fagerberg Fahlgren Ferm Fogelberg Forsgren
Frid Fröberg Gidlund Granlund Granström Grönlund Grönberg Gullberg Gyllensvärd Hallin
Hamberg Haraldsson Hedin Hedqvist Hellberg Hellgren Hellman Hjort Holmström Hult
Hägerström Häll Höglund Isberg Jernberg Johannesson Juhlin Kalander Kronberg Kullberg
Lagerström Landström Larsen Lidén Liljeqvist Lindbom Linde Ling Lundh Lundkvist
Löf Malm Malmqvist Mellberg Modin Mörk Nordell Nordström-Ek Norlin Nylander
Nylund Olander Palmqvist Pihl Pettersson-Lind Qvarnström Ramberg Renström Roos Rudberg
Rydén Ryd Salomonsson Sandqvist Schön Selin Sjökvist Skog Skoglund Sköld
Stenmark Stenqvist Stolt Strömgren Sundén Svanberg Svedberg Svärd Söderqvist Tell
Thelin Thulin Tidholm Tjäder Tång Vallin Vikström Wadström Westberg Westin
Westman Wickman Wiberg Widlund Winberg Zackrisson Åsberg Öquist Abdi Yousef
Gabriel Barsoum Jamal Saleh Rahimi Kaya Yilmaz Nieminen Virtanen Korhonen
""")
SV_S_NOBLE = (
    "von Platen",
    "af Klercker",
    "von Essen",
    "De Geer",
    "af Ugglas",
    "von Sydow",
    "Wachtmeister",
    "Lewenhaupt",
    "Gyllenstierna",
    "von Otter",
    "Bonde",
    "Sparre",
)


# UK (the ONS rankings' order, general knowledge).

UK_F = _words("""
Sarah Emma Claire Laura Rebecca Gemma Emily Charlotte Hannah Amy
Jessica Lucy Sophie Katie Samantha Rachel Nicola Lauren Jennifer Victoria
Elizabeth Helen Louise Kelly Joanne Lisa Stephanie Amanda Michelle Karen
Susan Julie Alison Jane Deborah Tracey Catherine Natalie Hayley Kirsty
Zoe Jade Chloe Olivia Amelia Isla Ava Mia Grace Ella
Lily Freya Isabella Poppy Evie Ruby Holly Megan Jodie Leanne
Danielle Stacey Donna Angela Margaret Patricia Mary Linda Carol Christine
Anne Janet Sandra Elaine Wendy Lynn Dawn Gillian Caroline Fiona
Lindsey Kerry Sharon Tracy Paula Lorraine Maria Anna Abigail Eleanor
Georgia Bethany Ellie Molly Millie Daisy Phoebe Alice Florence Rosie
Imogen Matilda Evelyn Harriet Niamh Aimee Kayleigh Shannon Toni Naomi
Lydia Jasmine Amber Leah Erin Caitlin Eloise Esme Sienna Willow
Maisie Scarlett Layla Aisha Fatima Zara Priya Katherine Joanna Kathryn
Teresa Heather Diane Beverley Jacqueline Valerie Pauline Sheila Maureen Jean
Barbara Brenda Jill Judith Ann Lesley Vanessa Debra Yvonne Hazel
""")
UK_F_TAIL = _words("""
Rosemary Marion Eileen Joan Doreen Irene Sylvia Shirley Gail Denise
Tina Lynne Andrea Diana Nina Sally Joy Jacqui Karina Sonia
Rachael Claire-Louise Siobhan Ciara Shauna Roisin Aoife Ailsa Morag Kirsten
Rhiannon Cerys Seren Ffion Bethan Carys Sian Ceri Nia Lowri
Charley Courtney Chelsea Demi Paige Kimberley Rebekah Louisa Harriett Tamsin
Felicity Penelope Philippa Camilla Henrietta Arabella Clementine Beatrice Cordelia Octavia
Hollie Lacey Tia Keeley Jordan Bryony Martha Edith Elsie Ivy
Mabel Nancy Violet Iris Hattie Margot Orla Aria Ayla Zainab
Maryam Hafsa Khadija Amira Anika Simran Harpreet Gurpreet Navdeep Sunita
Jasmin Yasmin Nadia Leila Ayesha Sana Hina Shabnam Nazia Rukhsana
Ruth Rose Frances Gloria Pamela Carole Marilyn Norma Sue Lorna
Mandy Josephine Dorothy Edna Vera Hilda Gladys Winifred Beryl Kate
Kathleen Bridget Geraldine Theresa Colette Fenella Jemima Tabitha Verity Miranda
Rowena Alexandra Francesca Juliet Serena Gabrielle Genevieve Natasha Tanya Kerry-Ann
Leigh Ashleigh Jenna Kara Robyn Stacy Terri Becky Abby Annabel
Anya Bella Cara Darcey Elodie Elena Evangeline Gracie Heidi Jessie
Kacey Lara Libby Lottie Maddison Madison Mollie Nell Orla-Mae Pippa
Rosa Sadie Summer Tilly Thea Aurora Hermione Tallulah Delilah Marcia
Precious Blessing Abena Adaeze Chiamaka Folake Funmi Ngozi Chantelle
""")
UK_M = _words("""
David John Paul Mark James Andrew Michael Peter Robert Richard
Stephen Christopher Daniel Matthew Thomas Ian Simon Gary Steven Anthony
Martin Kevin Jonathan Neil Lee Darren Jason Craig Stuart Graham
Philip Alan Colin Keith Brian Adam Ben Benjamin Luke Samuel
Joshua Jack Oliver Harry George Charlie Jacob William Alfie Noah
Oscar Leo Arthur Freddie Archie Henry Theo Joseph Ryan Liam
Jamie Scott Dean Wayne Carl Shaun Barry Terry Roger Trevor
Nigel Malcolm Derek Raymond Kenneth Geoffrey Dennis Edward Nicholas Timothy
Alexander Callum Connor Kieran Nathan Jordan Aaron Dylan Ethan Lewis
Max Tyler Mohammed Muhammad Tony Russell Gareth Wesley Dominic Patrick
Sean Ross Gavin Glen Jeremy Julian Rupert Hugo Toby Sebastian
Rhys Owen Gethin Dafydd Iwan Alistair Hamish Fraser Euan Angus
Declan Conor Ciaran Niall Padraig Eoin Cormac Finlay Rory Alfred
Frederick Albert Ernest Harold Stanley Leonard Walter Frank Sidney Reginald
Louis Elliot Reece Bradley Joel Kyle Mason Logan Harvey Toby-James
""")
UK_M_TAIL = _words("""
Ali Ahmed Hassan Imran Bilal Usman Zain Ibrahim Yusuf Omar
Rajesh Sanjay Vikram Amit Ravi Sunil Arjun Rohan Harpreet Gurdeep
Kwame Kofi Tunde Chukwuemeka Emeka Segun Jerome Delroy Winston Leroy
Clive Howard Vincent Douglas Gordon Norman Ronald Donald Victor Bernard
Cyril Percy Horace Clifford Lionel Maurice Desmond Gerald Rodney Roy
Glenn Warren Lloyd Dale Mitchell Jake Jay Josh Sam Tom
Nick Rob Dan Chris Alex Will Ed Jim Joe Mike
Barnaby Benedict Crispin Giles Jasper Orlando Piers Quentin Rafe Tristan
Felix Isaac Jude Reuben Rufus Tobias Zachary Caleb Elijah Hunter
Jenson Kai Ronnie Teddy Tommy Vinnie Albie Alfie-Ray Reggie Brandon
Jaden Kayden Lucas Mateo Nathaniel Ollie Rowan Seth Spencer Ashley
Jason-Lee Kristian Lance Marcus Nathanael Oscar-Lee Ricky Stewart Terence Huw
Emyr Gwyn Aled Cai Osian Tomos Llyr Elis Macsen Callan
Struan Murdo Ewan Calum Innes Lachlan Ruaridh Kenny Duncan Dermot
Fergal Seamus Ronan Oisin Colm Darragh Cian Shane Brendan Abdul
Hamza Ismail Kamran Nadeem Rizwan Shahid Tariq Waqas Zubair Adrian
Alasdair Ambrose Basil Bertie Cecil Clarence Dominick Edmund Ellis Francis
Gideon Godfrey Greg Guy Humphrey Ivor Jeffrey Jonah Ken Laurence
Lawrence Leon Marc Matt Miles Morgan Neville Noel Oswald Ralph
Reg Robin Rodger Steve Stan Vernon
""")
UK_S = _words("""
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
""")
UK_S_TAIL = _words("""
Page Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland
Hawkins Harding Porter Robertson Newton Oliver Reed Kennedy Williamson Bird
Gardner Shah Dean Lane Cooke Bates Henderson Parry Burgess Bishop
Walton Burns Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls
Hamilton Byrne Sutton McDonald Yates Hodgson Robson Curtis Hopkins O'Connor
Harper Coleman Watkins Moss McCarthy Chambers O'Neill Griffin Sharp Hardy
Wheeler Potter Osborne Johnston Gordon Doyle Wallace George Jordan Hutchinson
Rowe Burke May Pritchard Gilbert Willis Higgins Read Miles Stevenson
Stephenson Hammond Arnold Buckley Walters Hewitt Barber Nelson Slater Austin
Sullivan Whitehead Mann Frost Lambert Stephens Blake Akhtar Lynch Goodwin
Barton Woodward Thomson Cunningham Quinn Barnett Baxter Bibi Clayton Nash
Greenwood Jennings Holt Kemp Poole Gallagher Bond Stokes Tucker Davidson
Fowler Heath Norman Middleton Lord Iqbal Lamb Howell Howarth Pickering
Jarvis Garner Hurst Bartlett Lucas Rahman Dickinson Hargreaves Dobson Hill-Wood
Kirby Sykes Peacock Sheppard Ellison Morton Charlton Farrell Humphreys Norris
Haynes Haworth Hale Dale Field Gough Benson Skinner Sweeney Cartwright
Boyle Daly Mahmood Hanson Preston Brennan Pugh Vaughan Hobbs Jenkinson
Yeung Chan Wong Nguyen Okafor Adeyemi Mensah Owusu Boateng Forsyth
MacLeod MacKenzie Fraser Munro Sinclair Rennie Cameron Ferguson McKay Llewellyn
Pritchard-Jones Bowen Howells Prosser Meredith Vaughan-Williams Price-Evans Lewis-Morgan Fitzgerald Kavanagh
Doherty O'Sullivan Gallacher Devlin McLaughlin Donnelly Maguire Brady Ashworth Bamford
Brierley Clegg Crowther Entwistle Hirst Holroyd Ramsden Sutcliffe
""")


# US Census 1990: the first 400 women's and 400 men's given names and 450 surnames, per cent.

US_F = (
    ("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.980),
    ("Elizabeth", 0.937), ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794),
    ("Margaret", 0.768), ("Dorothy", 0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667),
    ("Betty", 0.666), ("Helen", 0.663), ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565),
    ("Ruth", 0.562), ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.510), ("Sarah", 0.508),
    ("Kimberly", 0.504), ("Deborah", 0.494), ("Jessica", 0.490), ("Shirley", 0.482),
    ("Cynthia", 0.469), ("Angela", 0.468), ("Melissa", 0.462), ("Brenda", 0.455), ("Amy", 0.451),
    ("Anna", 0.440), ("Rebecca", 0.430), ("Virginia", 0.430), ("Kathleen", 0.424),
    ("Pamela", 0.416), ("Martha", 0.412), ("Debra", 0.408), ("Amanda", 0.404),
    ("Stephanie", 0.400), ("Carolyn", 0.385), ("Christine", 0.382), ("Marie", 0.379),
    ("Janet", 0.379), ("Catherine", 0.373), ("Frances", 0.370), ("Ann", 0.364), ("Joyce", 0.364),
    ("Diane", 0.359), ("Alice", 0.357), ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336),
    ("Doris", 0.335), ("Gloria", 0.335), ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315),
    ("Mildred", 0.313), ("Katherine", 0.313), ("Joan", 0.306), ("Ashley", 0.303),
    ("Judith", 0.297), ("Rose", 0.296), ("Janice", 0.285), ("Kelly", 0.283), ("Nicole", 0.281),
    ("Judy", 0.276), ("Christina", 0.275), ("Kathy", 0.272), ("Theresa", 0.271),
    ("Beverly", 0.267), ("Denise", 0.264), ("Tammy", 0.259), ("Irene", 0.252), ("Jane", 0.250),
    ("Lori", 0.248), ("Rachel", 0.242), ("Marilyn", 0.241), ("Andrea", 0.236), ("Kathryn", 0.234),
    ("Louise", 0.229), ("Sara", 0.229), ("Anne", 0.228), ("Jacqueline", 0.228), ("Wanda", 0.226),
    ("Bonnie", 0.223), ("Julia", 0.223), ("Ruby", 0.221), ("Lois", 0.220), ("Tina", 0.220),
    ("Phyllis", 0.219), ("Norma", 0.218), ("Paula", 0.217), ("Diana", 0.216), ("Annie", 0.216),
    ("Lillian", 0.211), ("Emily", 0.208), ("Robin", 0.208), ("Peggy", 0.208), ("Crystal", 0.207),
    ("Gladys", 0.205), ("Rita", 0.204), ("Dawn", 0.202), ("Connie", 0.200), ("Florence", 0.200),
    ("Tracy", 0.197), ("Edna", 0.197), ("Tiffany", 0.195), ("Carmen", 0.195), ("Rosa", 0.194),
    ("Cindy", 0.192), ("Grace", 0.189), ("Wendy", 0.185), ("Victoria", 0.180), ("Edith", 0.179),
    ("Kim", 0.178), ("Sherry", 0.178), ("Sylvia", 0.177), ("Josephine", 0.177), ("Thelma", 0.175),
    ("Shannon", 0.175), ("Sheila", 0.175), ("Ethel", 0.174), ("Ellen", 0.173), ("Elaine", 0.173),
    ("Marjorie", 0.173), ("Carrie", 0.171), ("Charlotte", 0.169), ("Monica", 0.166),
    ("Esther", 0.166), ("Pauline", 0.165), ("Emma", 0.165), ("Juanita", 0.164), ("Anita", 0.162),
    ("Rhonda", 0.162), ("Hazel", 0.161), ("Amber", 0.160), ("Eva", 0.159), ("Debbie", 0.157),
    ("April", 0.154), ("Leslie", 0.154), ("Clara", 0.153), ("Lucille", 0.153), ("Jamie", 0.153),
    ("Joanne", 0.150), ("Eleanor", 0.150), ("Valerie", 0.149), ("Danielle", 0.149),
    ("Megan", 0.147), ("Alicia", 0.146), ("Suzanne", 0.145), ("Michele", 0.145), ("Gail", 0.145),
    ("Bertha", 0.143), ("Darlene", 0.142), ("Veronica", 0.142), ("Jill", 0.142), ("Erin", 0.141),
    ("Geraldine", 0.141), ("Lauren", 0.137), ("Cathy", 0.137), ("Joann", 0.136),
    ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135), ("Regina", 0.133), ("Erica", 0.130),
    ("Beatrice", 0.130), ("Dolores", 0.129), ("Bernice", 0.128), ("Audrey", 0.127),
    ("Yvonne", 0.126), ("Annette", 0.125), ("June", 0.125), ("Samantha", 0.124), ("Marion", 0.122),
    ("Dana", 0.122), ("Stacy", 0.121), ("Ana", 0.120), ("Renee", 0.120), ("Ida", 0.118),
    ("Vivian", 0.118), ("Roberta", 0.117), ("Holly", 0.117), ("Brittany", 0.117),
    ("Melanie", 0.116), ("Loretta", 0.115), ("Yolanda", 0.115), ("Jeanette", 0.115),
    ("Laurie", 0.114), ("Katie", 0.113), ("Kristen", 0.111), ("Vanessa", 0.111), ("Alma", 0.111),
    ("Sue", 0.111), ("Elsie", 0.110), ("Beth", 0.110), ("Jeanne", 0.109), ("Vicki", 0.109),
    ("Carla", 0.107), ("Tara", 0.107), ("Rosemary", 0.107), ("Eileen", 0.105), ("Terri", 0.105),
    ("Gertrude", 0.103), ("Lucy", 0.103), ("Tonya", 0.102), ("Ella", 0.101), ("Stacey", 0.101),
    ("Wilma", 0.099), ("Gina", 0.099), ("Kristin", 0.099), ("Jessie", 0.098), ("Natalie", 0.098),
    ("Agnes", 0.098), ("Vera", 0.098), ("Willie", 0.097), ("Charlene", 0.097), ("Bessie", 0.096),
    ("Delores", 0.095), ("Melinda", 0.094), ("Pearl", 0.094), ("Arlene", 0.094),
    ("Maureen", 0.092), ("Colleen", 0.092), ("Allison", 0.092), ("Tamara", 0.092), ("Joy", 0.091),
    ("Georgia", 0.091), ("Constance", 0.091), ("Lillie", 0.090), ("Claudia", 0.090),
    ("Jackie", 0.090), ("Marcia", 0.090), ("Tanya", 0.089), ("Nellie", 0.089), ("Minnie", 0.089),
    ("Marlene", 0.088), ("Heidi", 0.088), ("Glenda", 0.088), ("Lydia", 0.086), ("Viola", 0.086),
    ("Courtney", 0.086), ("Marian", 0.086), ("Stella", 0.085), ("Caroline", 0.085),
    ("Dora", 0.084), ("Jo", 0.083), ("Vickie", 0.082), ("Mattie", 0.081), ("Terry", 0.080),
    ("Maxine", 0.079), ("Irma", 0.079), ("Mabel", 0.078), ("Marsha", 0.078), ("Myrtle", 0.078),
    ("Lena", 0.077), ("Christy", 0.077), ("Deanna", 0.076), ("Patsy", 0.076), ("Hilda", 0.075),
    ("Gwendolyn", 0.074), ("Jennie", 0.073), ("Nora", 0.073), ("Margie", 0.072), ("Nina", 0.072),
    ("Cassandra", 0.072), ("Leah", 0.072), ("Penny", 0.071), ("Kay", 0.071), ("Priscilla", 0.071),
    ("Naomi", 0.071), ("Carole", 0.071), ("Brandy", 0.070), ("Olga", 0.070), ("Billie", 0.069),
    ("Dianne", 0.069), ("Tracey", 0.069), ("Leona", 0.069), ("Jenny", 0.068), ("Felicia", 0.068),
    ("Sonia", 0.068), ("Miriam", 0.066), ("Velma", 0.066), ("Becky", 0.066), ("Bobbie", 0.065),
    ("Violet", 0.065), ("Kristina", 0.065), ("Toni", 0.064), ("Misty", 0.063), ("Mae", 0.063),
    ("Shelly", 0.062), ("Daisy", 0.062), ("Ramona", 0.062), ("Sherri", 0.062), ("Erika", 0.061),
    ("Katrina", 0.061), ("Claire", 0.061), ("Lindsey", 0.060), ("Lindsay", 0.060),
    ("Geneva", 0.059), ("Guadalupe", 0.059), ("Belinda", 0.059), ("Margarita", 0.059),
    ("Sheryl", 0.059), ("Cora", 0.058), ("Faye", 0.058), ("Ada", 0.057), ("Natasha", 0.057),
    ("Sabrina", 0.057), ("Isabel", 0.057), ("Marguerite", 0.056), ("Hattie", 0.056),
    ("Harriet", 0.056), ("Molly", 0.055), ("Cecilia", 0.055), ("Kristi", 0.055), ("Brandi", 0.055),
    ("Blanche", 0.055), ("Sandy", 0.055), ("Rosie", 0.055), ("Joanna", 0.055), ("Iris", 0.055),
    ("Eunice", 0.054), ("Angie", 0.054), ("Inez", 0.053), ("Lynda", 0.053), ("Madeline", 0.052),
    ("Amelia", 0.052), ("Alberta", 0.052), ("Genevieve", 0.051), ("Monique", 0.051),
    ("Jodi", 0.051), ("Janie", 0.051), ("Maggie", 0.051), ("Kayla", 0.051), ("Sonya", 0.051),
    ("Jan", 0.051), ("Lee", 0.051), ("Kristine", 0.051), ("Candace", 0.051), ("Fannie", 0.050),
    ("Maryann", 0.050), ("Opal", 0.050), ("Alison", 0.050), ("Yvette", 0.050), ("Melody", 0.050),
    ("Luz", 0.049), ("Susie", 0.049), ("Olivia", 0.049), ("Flora", 0.049), ("Shelley", 0.049),
    ("Kristy", 0.048), ("Mamie", 0.048), ("Lula", 0.048), ("Lola", 0.048), ("Verna", 0.048),
    ("Beulah", 0.048), ("Antoinette", 0.048), ("Candice", 0.046), ("Juana", 0.046),
    ("Jeannette", 0.046), ("Pam", 0.046), ("Kelli", 0.046), ("Hannah", 0.045), ("Whitney", 0.045),
    ("Bridget", 0.045), ("Karla", 0.044), ("Celia", 0.044), ("Latoya", 0.043), ("Patty", 0.043),
    ("Shelia", 0.043), ("Gayle", 0.043), ("Della", 0.043), ("Vicky", 0.043), ("Lynne", 0.043),
    ("Sheri", 0.042), ("Marianne", 0.042), ("Kara", 0.041), ("Jacquelyn", 0.041), ("Erma", 0.041),
    ("Blanca", 0.041), ("Myra", 0.040), ("Leticia", 0.040), ("Pat", 0.040), ("Krista", 0.040),
    ("Roxanne", 0.040), ("Angelica", 0.039), ("Johnnie", 0.039), ("Robyn", 0.039),
    ("Francis", 0.039), ("Adrienne", 0.039), ("Rosalie", 0.039), ("Alexandra", 0.039),
    ("Brooke", 0.039), ("Bethany", 0.039), ("Sadie", 0.039), ("Bernadette", 0.039),
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
    ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.310), ("White", 0.279),
    ("Harris", 0.275), ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254),
    ("Martinez", 0.234), ("Robinson", 0.233), ("Clark", 0.231), ("Rodriguez", 0.229),
    ("Lewis", 0.226), ("Lee", 0.220), ("Walker", 0.219), ("Hall", 0.200), ("Allen", 0.199),
    ("Young", 0.193), ("Hernandez", 0.192), ("King", 0.190), ("Wright", 0.189), ("Lopez", 0.187),
    ("Hill", 0.187), ("Scott", 0.185), ("Green", 0.183), ("Adams", 0.174), ("Baker", 0.171),
    ("Gonzalez", 0.166), ("Nelson", 0.162), ("Carter", 0.162), ("Mitchell", 0.160),
    ("Perez", 0.155), ("Roberts", 0.153), ("Turner", 0.152), ("Phillips", 0.149),
    ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141), ("Edwards", 0.137),
    ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.130), ("Morris", 0.125),
    ("Rogers", 0.123), ("Reed", 0.122), ("Cook", 0.120), ("Morgan", 0.118), ("Bell", 0.117),
    ("Murphy", 0.117), ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper", 0.113),
    ("Richardson", 0.112), ("Cox", 0.110), ("Howard", 0.110), ("Ward", 0.108), ("Torres", 0.108),
    ("Peterson", 0.107), ("Gray", 0.106), ("Ramirez", 0.105), ("James", 0.105), ("Watson", 0.103),
    ("Brooks", 0.103), ("Kelly", 0.102), ("Sanders", 0.100), ("Price", 0.099), ("Bennett", 0.099),
    ("Wood", 0.098), ("Barnes", 0.097), ("Ross", 0.096), ("Henderson", 0.095), ("Coleman", 0.095),
    ("Jenkins", 0.095), ("Perry", 0.094), ("Powell", 0.093), ("Long", 0.092), ("Patterson", 0.092),
    ("Hughes", 0.092), ("Flores", 0.092), ("Washington", 0.092), ("Butler", 0.091),
    ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales", 0.087), ("Bryant", 0.087),
    ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084), ("Diaz", 0.084),
    ("Hayes", 0.083), ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082), ("Graham", 0.082),
    ("Sullivan", 0.081), ("Wallace", 0.081), ("Woods", 0.080), ("Cole", 0.080), ("West", 0.080),
    ("Jordan", 0.078), ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077), ("Ellis", 0.077),
    ("Harrison", 0.076), ("Gibson", 0.075), ("McDonald", 0.075), ("Cruz", 0.075),
    ("Marshall", 0.075), ("Ortiz", 0.075), ("Gomez", 0.075), ("Murray", 0.074), ("Freeman", 0.074),
    ("Wells", 0.073), ("Webb", 0.072), ("Simpson", 0.070), ("Stevens", 0.070), ("Tucker", 0.070),
    ("Porter", 0.069), ("Hunter", 0.069), ("Hicks", 0.069), ("Crawford", 0.068), ("Henry", 0.068),
    ("Boyd", 0.068), ("Mason", 0.068), ("Morales", 0.067), ("Kennedy", 0.067), ("Warren", 0.067),
    ("Dixon", 0.066), ("Ramos", 0.066), ("Reyes", 0.066), ("Burns", 0.065), ("Gordon", 0.065),
    ("Shaw", 0.065), ("Holmes", 0.065), ("Rice", 0.064), ("Robertson", 0.064), ("Hunt", 0.063),
    ("Black", 0.063), ("Daniels", 0.062), ("Palmer", 0.062), ("Mills", 0.061), ("Nichols", 0.060),
    ("Grant", 0.060), ("Knight", 0.060), ("Ferguson", 0.059), ("Rose", 0.059), ("Stone", 0.059),
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
    ("Vasquez", 0.051), ("Castillo", 0.051), ("Wheeler", 0.051), ("Chapman", 0.050),
    ("Oliver", 0.050), ("Montgomery", 0.049), ("Richards", 0.049), ("Williamson", 0.049),
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
    ("Vargas", 0.041), ("Byrd", 0.041), ("Davidson", 0.041), ("Hopkins", 0.041), ("May", 0.040),
    ("Terry", 0.040), ("Herrera", 0.040), ("Wade", 0.040), ("Soto", 0.040), ("Walters", 0.040),
    ("Curtis", 0.040), ("Neal", 0.039), ("Caldwell", 0.039), ("Lowe", 0.039), ("Jennings", 0.039),
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
    ("Moss", 0.031), ("Thornton", 0.031), ("Dennis", 0.031), ("McGee", 0.031), ("Farmer", 0.030),
    ("Delgado", 0.030), ("Aguilar", 0.030), ("Vega", 0.030), ("Glover", 0.030), ("Manning", 0.030),
    ("Cohen", 0.030), ("Harmon", 0.030), ("Rodgers", 0.030), ("Robbins", 0.030), ("Newton", 0.030),
    ("Todd", 0.030), ("Blair", 0.030), ("Higgins", 0.030), ("Ingram", 0.030), ("Reese", 0.030),
    ("Cannon", 0.030), ("Strickland", 0.030), ("Townsend", 0.030), ("Potter", 0.030),
    ("Goodwin", 0.030), ("Walton", 0.030), ("Rowe", 0.029), ("Hampton", 0.029), ("Ortega", 0.029),
    ("Patton", 0.029), ("Swanson", 0.029), ("Joseph", 0.029), ("Francis", 0.029),
    ("Goodman", 0.029), ("Maldonado", 0.029), ("Yates", 0.029), ("Becker", 0.029),
    ("Erickson", 0.029), ("Hodges", 0.029), ("Rios", 0.029), ("Conner", 0.029), ("Adkins", 0.029),
    ("Webster", 0.028), ("Norman", 0.028), ("Malone", 0.028), ("Hammond", 0.028),
    ("Flowers", 0.028), ("Cobb", 0.028), ("Moody", 0.028), ("Quinn", 0.028), ("Blake", 0.028),
    ("Maxwell", 0.028), ("Pope", 0.028), ("Floyd", 0.027), ("Osborne", 0.027), ("Paul", 0.027),
    ("McCarthy", 0.027), ("Guerrero", 0.027), ("Lindsey", 0.027), ("Estrada", 0.027),
    ("Sandoval", 0.027), ("Gibbs", 0.027), ("Tyler", 0.027), ("Gross", 0.027),
    ("Fitzgerald", 0.027), ("Stokes", 0.027), ("Doyle", 0.027), ("Sherman", 0.027),
    ("Saunders", 0.027), ("Wise", 0.027), ("Colon", 0.027), ("Gill", 0.027), ("Alvarado", 0.027),
    ("Greer", 0.026), ("Padilla", 0.026), ("Simon", 0.026), ("Waters", 0.026), ("Nunez", 0.026),
    ("Ballard", 0.026), ("Schwartz", 0.026), ("McBride", 0.026), ("Houston", 0.026),
    ("Christensen", 0.026), ("Klein", 0.026), ("Pratt", 0.026), ("Briggs", 0.026),
    ("Parsons", 0.026), ("McLaughlin", 0.026), ("Zimmerman", 0.026), ("French", 0.026),
    ("Buchanan", 0.026), ("Moran", 0.026), ("Copeland", 0.025), ("Roy", 0.025), ("Pittman", 0.025),
    ("Brady", 0.025), ("McCormick", 0.025), ("Holloway", 0.025),
)  # fmt: skip


# The commonest names of origins common in Sweden, in the writer's rank order (1/rank, head 10):
# given names of women, of men, and surnames, each a list of its own.
OTHER = {
    "finnish": (
        "Tuula Päivi Anne Sari Pirjo Marja Leena Riitta Tiina Minna Kaisa Aino Satu Sanna Hannele Johanna Liisa Eila Raija Seija Maarit Ritva Tarja Aila Sirpa Outi Heli Merja Anneli Pia",
        "Juha Timo Matti Kari Mikko Jari Antti Jukka Mika Markku Pekka Hannu Heikki Seppo Janne Ari Sami Petri Ville Tapio Esa Pentti Raimo Veikko Kalevi Eero Tuomas Jussi Reijo Erkki",
        "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hiltunen Koivisto Kauppinen Peltonen",
    ),
    "arabic": (  # Iraq, Syria, Lebanon, Palestine; Assyrian/Syriac names among them
        "Fatima Maryam Noor Sara Zainab Amina Hiba Rana Layla Yasmin Huda Rania Lina Aya Dalia Reem Samira Souad Hanan Nadia Ninve Shamiram Mariam Rima Ghada Israa Duaa Rasha Sawsan Marwa",
        "Mohammed Ahmed Ali Omar Hassan Hussein Mahmoud Khaled Youssef Ibrahim Mustafa Abdullah Karim Tariq Sami Bashar Ammar Hamza Firas Ziad Sargon Ninos Aziz Gabriel Fadi Rami Hadi Haidar Jalal Raad",
        "Ali Mohammed Ahmed Hassan Hussein Abdullah Ibrahim Mahmoud Khalil Saleh Jaber Haddad Al-Hashimi Al-Saadi Jasim Kadhim Abbas Hamid Khalaf Al-Obaidi Nasser Mansour Shamoun Barsoum Saliba Yousef Malke Aho Lahdo Shabo Gabriel Hanna Issa Daoud",
    ),
    "somali": (
        "Amina Fadumo Hodan Sahra Asha Halima Hawa Khadija Ifrah Nasra Sagal Hibo Deqa Ayaan Ubah Ladan Idil Sucaad Maryan Nimco Hamdi Farhiya Sacdiyo Ruqia",
        "Mohamed Abdi Ahmed Abdirahman Hassan Ali Omar Yusuf Abdullahi Mahad Liban Guled Said Ismail Abdiaziz Farah Bashir Hamza Abdikarim Mustafe Osman Khalid Sharmarke Hussein",
        "Mohamed Ali Abdi Hassan Ahmed Farah Warsame Osman Hussein Jama Nur Aden Abdullahi Ismail Yusuf Omar Egal Dahir Mohamud Hirsi Guled Elmi Abdulle Samatar Duale Barre",
    ),
    "polish": (
        "Anna Katarzyna Agnieszka Małgorzata Magdalena Joanna Ewa Barbara Monika Aleksandra Krystyna Elżbieta Dorota Beata Marta Justyna Karolina Natalia Paulina Agata Zofia Weronika Iwona Renata Grażyna Jolanta",
        "Piotr Krzysztof Tomasz Paweł Michał Marcin Andrzej Jan Łukasz Grzegorz Jakub Adam Marek Wojciech Mateusz Kamil Rafał Dariusz Bartosz Sławomir Józef Zbigniew Jerzy Robert Damian Przemysław",
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Wojciechowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Nowakowski Majewski Olszewski Jaworski Wróbel Malinowski Górski Czarnecki Zawadzki Wysocki Sadowski Sokołowski",
    ),
    "persian": (
        "Maryam Fatemeh Zahra Sara Leila Shirin Parisa Nasrin Mahsa Azadeh Neda Roya Samira Golnaz Shabnam Mina Elham Niloufar Farah Soraya Negar Ladan Yasaman Mitra Shahrzad",
        "Ali Mohammad Reza Hossein Amir Mehdi Hamid Saeed Behrouz Babak Dariush Kourosh Omid Farshid Arash Navid Majid Bahram Kaveh Shahram Payam Ramin Siamak Peyman Farhad",
        "Mohammadi Hosseini Ahmadi Rezaei Karimi Moradi Hashemi Jafari Rahimi Sadeghi Ghasemi Kazemi Mousavi Rostami Akbari Tehrani Shirazi Azizi Nazari Sharifi Amini Ebrahimi Hosseinzadeh Safavi Farahani Bagheri",
    ),
    "bcs": (  # Bosnian, Serbian, Croatian
        "Amra Jasmina Lejla Emina Selma Amela Mirela Sanela Ana Ivana Marija Jelena Dragana Snežana Vesna Maja Mirjana Azra Aida Elma Alma Nermina Gordana Sabina Nataša Dijana Senada",
        "Amir Emir Adnan Mirza Dino Edin Haris Senad Nermin Dragan Goran Zoran Milan Nikola Marko Ivan Stefan Dejan Dušan Jasmin Mehmed Alen Denis Damir Kemal Samir Mladen Nenad Zlatan",
        "Hodžić Hadžić Kovačević Begić Delić Mehmedović Husić Hasanović Ibrahimović Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Horvat Babić Marić Jurić Novak Kovačić Knežević Vuković Šarić Popović Mujić Salihović Alić Omerović Čaušević Suljić Karić Softić",
    ),
    "turkish": (
        "Ayşe Fatma Emine Hatice Zeynep Elif Merve Özlem Esra Derya Gül Sevgi Hülya Yasemin Büşra Aylin Melek Songül Dilek Sibel Ebru Gülsüm Nurcan Şule",
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Ömer Yusuf Emre Burak Serkan Kemal Osman Ramazan Cem Erkan Fatih Volkan Hakan Tolga Onur Gökhan Selim",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Erdoğan Aktaş Güneş Bulut Tekin",
    ),
    "eritrean": (  # the father's given name serves as surname
        "Senait Helen Saba Selam Feven Ruth Yordanos Mebrat Almaz Tsega Hiwet Freweini Luwam Semhar Winta Rahel Yohanna Elsa Aster Mihret Eden Sara",
        "Yonas Daniel Dawit Samuel Tesfay Yohannes Michael Tekle Berhane Habtom Mehari Filmon Robel Semere Kidane Amanuel Efrem Mussie Henok Kibrom Biniam Merhawi Abel Temesghen",
        "Tesfay Tekle Berhane Ghebremedhin Haile Gebremariam Kidane Mehari Habte Woldu Asmerom Andemariam Ghebreyesus Yohannes Tewolde Weldemichael Negash Zeray Abraha Kahsay Ghirmay Fessehaye Tsegai Hagos",
    ),
    "afghan": (
        "Fatima Maryam Zahra Farzana Shabana Nazanin Laila Marzia Sima Parwana Roya Freshta Malalai Nilofar Hosai Mursal Zarghuna Khadija Masouda Shukria Gulalai Sediqa",
        "Mohammad Ahmad Ali Abdul Hamid Mustafa Reza Mujtaba Hussain Sayed Jawad Naweed Farid Rahmatullah Ehsan Sohrab Wahid Hamidullah Shafiq Bilal Mahdi Zabihullah Najib Khalid",
        "Ahmadi Hakimi Rahimi Hussaini Mohammadi Karimi Sultani Popal Noori Rezaie Haidari Jafari Sadat Stanekzai Ahmadzai Yusufzai Safi Habibi Azimi Amiri Nazari Wardak Durrani Qaderi",
    ),
    "thai": (
        "Siriporn Malee Nittaya Wanida Supaporn Pranee Ratana Kanya Somporn Duangjai Pornthip Sunisa Jintana Kannika Lamai Wilai Pimchanok Araya Chalita Sasithorn Orathai Naiyana",
        "Somchai Somsak Prasert Sompong Anan Surachai Chaiyaporn Wichai Nattapong Thanakorn Kittisak Somboon Pichai Arthit Sakda Boonmee Narong Worawut Anucha Prasit",
        "Saetang Srisuk Wongsa Chaiyasit Rattanakorn Sukprasert Thongdee Kaewmanee Boonyarat Phromma Srisawat Kongkaew Jaidee Chanthara Wongsuwan Saelim Pongpanich Sriwichai Thongchai Inthasorn",
    ),
    "latin": (  # Chile first, then the rest of Latin America
        "María Carolina Camila Francisca Daniela Valentina Paula Javiera Constanza Fernanda Catalina Andrea Patricia Claudia Verónica Carmen Marcela Gabriela Alejandra Lorena Ximena Paola Natalia Sofía Ana",
        "José Juan Luis Carlos Jorge Francisco Cristián Diego Felipe Sebastián Matías Rodrigo Pablo Andrés Alejandro Manuel Gonzalo Patricio Ricardo Mauricio Héctor Raúl Sergio Eduardo Nicolás",
        "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Ramírez Reyes Gutiérrez Castro Vargas Álvarez Vásquez Tapia Fernández Sánchez Carrasco Gómez Cortés Herrera Núñez Jara Vergara",
    ),
    "kurdish": (
        "Shilan Rojin Berfin Dilan Nazdar Zilan Avin Helin Jiyan Nishtiman Rozhin Lana Viyan Sozdar Nasrin Gulistan Bahar Hana Ronahi Sarya Shno Hêvî",
        "Kawa Rebin Dilshad Aram Hiwa Karwan Azad Shwan Soran Rebwar Ari Zana Baran Diyar Serhat Hawre Bakhtiyar Sherzad Dara Shorsh Goran Hemin Sirwan Dilovan",
        "Mahmoud Rashid Qadir Aziz Hamad Karim Salih Abdullah Mustafa Rasul Amin Othman Faraj Bakr Jalal Tahir Ismail Hawrami Zebari Doski Baban Hakim Barzinji Khoshnaw",
    ),
    "ukrainian": (
        "Olena Tetiana Nataliia Iryna Oksana Svitlana Yuliia Anastasiia Kateryna Olha Mariia Viktoriia Alina Daria Halyna Liudmyla Nadiia Valentyna Inna Larysa Sofiia Khrystyna",
        "Oleksandr Serhii Andrii Volodymyr Dmytro Oleksii Mykola Yurii Ivan Viktor Vasyl Maksym Vitalii Ihor Bohdan Taras Roman Artem Denys Pavlo Mykhailo Petro",
        "Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko Klymenko Pavlenko Kravchuk Kuzmenko",
    ),
    "indian": (
        "Priya Anjali Pooja Neha Divya Sneha Kavya Shreya Deepika Lakshmi Aishwarya Swati Anita Sunita Meera Nisha Ritu Ananya Aditi Shruti Radhika Kavitha",
        "Rahul Amit Rajesh Vikram Arjun Suresh Ravi Sanjay Karthik Anil Vijay Rohit Aditya Manoj Sandeep Prakash Deepak Harish Nikhil Venkatesh Siddharth Ashok",
        "Kumar Sharma Singh Patel Reddy Gupta Rao Iyer Nair Shah Joshi Mehta Verma Agarwal Krishnan Menon Pillai Das Chatterjee Banerjee Mukherjee Desai Kulkarni Bhat Srinivasan",
    ),
    "chinese": (
        "Jing Li Ying Hui Yan Ling Mei Fang Xin Yu Lin Na Min Hong Xiaoyan Yuting Jia Qian Wen Xiaoling",
        "Wei Jun Hao Lei Jian Yong Tao Ming Qiang Jie Bo Peng Chen Gang Long Yang Bin Zhiwei Haoran Yifan",
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang",
    ),
    "german": (
        "Sabine Susanne Petra Claudia Andrea Stefanie Julia Anna Katrin Nicole Christina Birgit Monika Ursula Heike Anja Sandra Martina Lena Laura Lea Sarah",
        "Thomas Michael Andreas Stefan Christian Markus Frank Jürgen Uwe Wolfgang Klaus Matthias Sebastian Jan Tobias Florian Dirk Jens Sven Lukas Jonas Felix",
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann",
    ),
}  # fmt: skip

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(
        ranked(SV_F + SV_F_TAIL, 150),
        ranked(SV_M + SV_M_TAIL, 150),
        ranked(SV_S + SV_S_TAIL + SV_S_NOBLE, 150),
    ),
    "uk": Origin(
        ranked(UK_F + UK_F_TAIL, 150), ranked(UK_M + UK_M_TAIL, 150), ranked(UK_S + UK_S_TAIL, 150)
    ),
    "us": Origin(census(US_F), census(US_M), census(US_S)),
}
for _key, (_women, _men, _surnames) in OTHER.items():
    ORIGINS[_key] = Origin(
        ranked(_words(_women), 10), ranked(_words(_men), 10), ranked(_words(_surnames), 10)
    )

# Who is named, by the language of the text: Swedish largest in Swedish and mixed text, roughly as
# the people living in Sweden are; English text mostly British and American names.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5, "eritrean": 1.2,
        "ukrainian": 1.2, "thai": 1, "latin": 1, "german": 1, "indian": 0.8, "chinese": 0.6,
        "uk": 0.8, "us": 0.6,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 9, "indian": 3, "arabic": 2, "polish": 2, "latin": 2,
        "chinese": 1.5, "german": 1.2, "finnish": 1, "persian": 1, "somali": 1, "turkish": 1,
        "ukrainian": 1, "bcs": 0.8, "thai": 0.8, "eritrean": 0.6, "afghan": 0.6, "kurdish": 0.6,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 10, "arabic": 5, "finnish": 3, "polish": 3, "persian": 2.5,
        "bcs": 2.5, "indian": 2, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5, "afghan": 1.2,
        "ukrainian": 1.2, "eritrean": 1, "thai": 1, "latin": 1, "german": 1, "chinese": 1,
    },
}  # fmt: skip

# Short forms, by origin and the given name they stand for.
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": {
        "Lars": ("Lasse",), "Mikael": ("Micke",), "Karl": ("Kalle",), "Per": ("Pelle", "Peppe"),
        "Joakim": ("Jocke",), "Thomas": ("Tompa",), "Tomas": ("Tompa",), "Jan": ("Janne",),
        "Bengt": ("Bengan",), "Magnus": ("Mange",), "Kristoffer": ("Krille",), "Marcus": ("Mackan",),
        "Fredrik": ("Fredde",), "Daniel": ("Danne",), "Stefan": ("Steffe",), "Henrik": ("Henke",),
        "Gustav": ("Gurra", "Gusse"), "Alexander": ("Alex",), "Sebastian": ("Sebbe",),
        "Patrik": ("Patte",), "Robert": ("Robban",), "Torbjörn": ("Tobbe",), "Tobias": ("Tobbe",),
        "Rickard": ("Ricky",), "Mattias": ("Matte",), "Niklas": ("Nicke",), "Christian": ("Chrille",),
        "Kenneth": ("Kenta",), "Ulf": ("Uffe",), "Roger": ("Roffe",), "Rolf": ("Roffe",),
        "Olof": ("Olle",), "Ludvig": ("Ludde",), "Viktor": ("Vicke",), "Nils": ("Nisse",),
        "Bo": ("Bosse",), "Hans": ("Hasse",), "Johan": ("Jojje",), "Jonathan": ("Jonte",),
        "Björn": ("Nalle",), "Håkan": ("Håkke",), "Göran": ("Göte",), "Anders": ("Adde",),
        "Elisabeth": ("Lisa", "Bettan"), "Katarina": ("Kattis", "Kajsa"), "Kristina": ("Kicki", "Stina"),
        "Margareta": ("Maggan", "Greta"), "Charlotte": ("Lotta",), "Susanne": ("Sussie", "Sanne"),
        "Birgitta": ("Gittan", "Bitte"), "Josefin": ("Jossan",), "Jessica": ("Jessi",),
        "Karolina": ("Kajsa", "Lina"), "Madeleine": ("Madde",), "Viktoria": ("Vickan",),
        "Matilda": ("Tilda",), "Gabriella": ("Gabbi",), "Helena": ("Lena",), "Ulrika": ("Ullis",),
        "Camilla": ("Millan",), "Therese": ("Tessan",), "Christina": ("Kicki",), "Marianne": ("Mian",),
        "Elin": ("Ellie",), "Annika": ("Anki",), "Ingrid": ("Inga",), "Barbro": ("Babs",),
    },
    "uk": {
        "William": ("Will", "Bill"), "Robert": ("Rob", "Bob"), "Richard": ("Rich",), "James": ("Jim", "Jamie"),
        "Michael": ("Mike", "Mick"), "Elizabeth": ("Liz", "Beth"), "Jennifer": ("Jen", "Jenny"),
        "Margaret": ("Maggie", "Peggy"), "Christopher": ("Chris",), "Thomas": ("Tom", "Tommy"),
        "Joseph": ("Joe",), "Daniel": ("Dan", "Danny"), "Matthew": ("Matt",), "Anthony": ("Tony",),
        "Katherine": ("Kate", "Katie"), "Catherine": ("Cathy", "Kate"), "Rebecca": ("Becky", "Becca"),
        "Samantha": ("Sam",), "Alexander": ("Alex",), "Nicholas": ("Nick",), "Edward": ("Ed", "Ted"),
        "Susan": ("Sue",), "Deborah": ("Debbie", "Deb"), "Jonathan": ("Jon",), "Benjamin": ("Ben",),
        "Victoria": ("Vicky", "Tori"), "Jessica": ("Jess",), "Stephen": ("Steve",), "Steven": ("Steve",),
        "Andrew": ("Andy",), "David": ("Dave",), "Peter": ("Pete",), "Timothy": ("Tim",),
        "Charlotte": ("Charlie", "Lottie"), "Abigail": ("Abby",), "Eleanor": ("Ellie",),
        "Philip": ("Phil",), "Gillian": ("Gill",), "Alison": ("Ali",), "Nicola": ("Nicky",),
        "Joshua": ("Josh",), "Samuel": ("Sam",), "Frederick": ("Fred", "Freddie"),
    },
    "us": {
        "William": ("Bill", "Will"), "Robert": ("Bob", "Rob"), "Richard": ("Rick", "Dick"),
        "James": ("Jim", "Jimmy"), "Michael": ("Mike",), "Elizabeth": ("Liz", "Beth"),
        "Jennifer": ("Jen", "Jenny"), "Margaret": ("Peggy", "Maggie"), "Christopher": ("Chris",),
        "Thomas": ("Tom",), "Joseph": ("Joe",), "Daniel": ("Dan",), "Matthew": ("Matt",),
        "Anthony": ("Tony",), "Patricia": ("Pat", "Trish"), "Kimberly": ("Kim",), "Deborah": ("Debbie",),
        "Katherine": ("Kathy", "Kate"), "Barbara": ("Barb",), "Susan": ("Sue",), "Rebecca": ("Becky",),
        "Charles": ("Chuck", "Charlie"), "Edward": ("Ed", "Eddie"), "Steven": ("Steve",),
        "Donald": ("Don",), "Ronald": ("Ron",), "Kenneth": ("Ken",), "Timothy": ("Tim",),
        "Jeffrey": ("Jeff",), "Gregory": ("Greg",), "Samuel": ("Sam",), "Nicholas": ("Nick",),
        "Jessica": ("Jess",), "Christine": ("Chris",), "Cynthia": ("Cindy",), "Samantha": ("Sam",),
    },
    "polish": {
        "Katarzyna": ("Kasia",), "Małgorzata": ("Gosia",), "Aleksandra": ("Ola",), "Agnieszka": ("Aga",),
        "Magdalena": ("Magda",), "Krzysztof": ("Krzysiek",), "Tomasz": ("Tomek",),
        "Grzegorz": ("Grzesiek",), "Wojciech": ("Wojtek",), "Elżbieta": ("Ela",),
    },
    "latin": {"Francisco": ("Pancho",), "José": ("Pepe",), "Francisca": ("Fran",), "Constanza": ("Coni",), "Alejandro": ("Ale",)},
    "finnish": {"Johanna": ("Jonna",), "Heikki": ("Heikka",), "Matti": ("Masa",)},
    "arabic": {"Mohammed": ("Mo", "Hamoudi"), "Abdullah": ("Abdi",)},
    "persian": {"Mohammad": ("Mamad",)},
    "ukrainian": {"Oleksandr": ("Sasha",), "Kateryna": ("Katia",), "Volodymyr": ("Volodia",)},
    "german": {"Wolfgang": ("Wolle",), "Stefanie": ("Steffi",), "Matthias": ("Matze",)},
}  # fmt: skip

_PLAIN = str.maketrans({"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "İ": "I", "ø": "o", "Ø": "O", "æ": "ae", "ß": "ss"})  # fmt: skip


def plain(word: str) -> str:
    """The word typed without its letters: `Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_PLAIN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for masculine, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(masculine):
            return surname[: -len(masculine)] + female
    return surname
