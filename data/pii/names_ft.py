# ruff: noqa: E501
"""Name pools for held-out FT (issue 15): names as the population has them, by origin and weight.

Written from general knowledge by FT's writer, who read no other set's names. Swedish given names
and surnames in the order of SCB's name statistics (weight 1/rank; head the top 150, then a tail of
rarer names); the US Census 1990 lists (public domain: the census per cent as weight, head 150,
copied from the `names` package's `dist.female.first`, `dist.male.first` and `dist.all.last`); UK
given names and surnames in the order of the ONS rankings (1/rank, head 150); and the commonest
given names and surnames of origins common in Sweden (1/rank, head 10). No name was checked
against anything in the repository; none is left out for being known or unknown.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this probability, else its tail


@dataclass(frozen=True)
class Pool:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int  # names[:head] are the head, names[head:] the tail


def ranked(names: str | tuple[str, ...], head: int) -> Pool:
    """A list in rank order, weight 1/rank; duplicates after the first are dropped. In a string
    of names, `_` joins the words of one name (`von_Platen` is `von Platen`)."""
    words = [w.replace("_", " ") for w in names.split()] if isinstance(names, str) else names
    seen: list[str] = []
    for word in words:
        if word not in seen:
            seen.append(word)
    return Pool(tuple(seen), tuple(1 / (i + 1) for i in range(len(seen))), min(head, len(seen)))


def weighted(rows: tuple[tuple[str, float], ...], head: int) -> Pool:
    """A list with its own weights (the census per cent), in the list's order."""
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def plain(word: str) -> str:
    """A name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`."""
    table = str.maketrans(
        {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "İ": "I", "ø": "o", "Ø": "O", "ß": "ss"}
    )
    decomposed = unicodedata.normalize("NFKD", word.translate(table))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: -ski -> -ska, -cki -> -cka, -dzki -> -dzka."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# Sweden: given names as people are called (tilltalsnamn), SCB's order as remembered; the tail
# runs on with rarer, older and newer names and names of newer Swedes as SCB counts them.
SV_F = """
Anna Eva Maria Karin Sara Kristina Lena Emma Kerstin Marie Ingrid Malin Hanna Jenny Elin Sofia
Linda Annika Birgitta Susanne Inger Johanna Ulla Elisabeth Ida Julia Monica Helena Camilla Carina
Marianne Margareta Åsa Louise Anita Ebba Caroline Cecilia Therese Gunilla Matilda Amanda Ann
Agneta Katarina Maja Alice Josefin Elsa Frida Emelie Sandra Lisa Klara Moa Wilma Ellen Anette
Madeleine Alva Linnéa Jessica Barbro Siv Ulrika Gun Britt Lina Charlotte Yvonne Mona Ingela Astrid
Agnes Olivia Ella Pia Saga Viktoria Elisabet Petra Erika Christina Rebecka Lovisa Anneli
Ann-Christin Helen Gunnel Birgit Margit Lisbeth Felicia Emilia Tove Elvira Ingegerd Britt-Marie
Ann-Marie Stina Mikaela Nathalie Michelle Isabelle Linn Evelina Sofie Fanny Irene Vera Signe
Alexandra Jennifer Veronica Marita Nellie Selma Tilda Tindra Nora Tuva Freja Ellinor Hedvig Greta
Ronja Liv Isabella Edith Märta Sonja Ingeborg Rut Kajsa Jasmine Elise Sanna Mia Mathilda Hilda
Ylva Ewa Vendela Cornelia Tyra Thea Elina Sigrid Alma Lova Stella Juni Iris Majken Ester Gudrun
Solveig Ragnhild Elsie Dagmar Svea Gunvor Inga Maj Maj-Britt Laila Doris Elvy Gerd Ann-Sofie
Ann-Louise Anna-Karin Anna-Lena Eva-Lena Marie-Louise Lise-Lott Pernilla Jeanette Charlotta
Christel Carola Catharina Susann Annelie Katja Tina Tanja Karolina Josefine Hannah Minna Mimmi
Molly Nova Lea Meja Engla Idun Embla Ellie Elena Amira Yasmin Fatima Aisha Leila Maryam Zahra
Noor Elly Hillevi Agda Alfhild Edla Hulda Anne Marit Terese Lillemor Majvor Kristin Lovis Viola
Ingalill Gunhild Bodil Berit Eivor Hjördis Iréne Ulla-Britt Lilian Malena Marika Marlene Mirjam
Monika Nanna Ottilia Paula Regina Rosa Rosita Ruth Sylvia Tora Ulrica Vanja Vivianne Vivi
Josefina Emmy Evelin Filippa Gabriella Gisela Hedda Henrietta Irma Isa Jenni Julie Lisen
Liselott Lotta Louisa Madelene Malva Marielle Melinda Melissa Mira Natalie Nicole Nina Olga
Pauline Rakel Rebecca Sabina Selina Siri Susanna Tea Tekla Tova Valentina Vilma Zara Alicia
Hilma Leona Livia Luna Sally Smilla Vilda Vilja Esther Eleonora Annie Amelia Aurora Cassandra
Daniela Denise Diana Erica Heidi Helga Inez Jana Jill Jonna Josephine Karina Katrin Lisette
Maj-Lis Marina Martina Natalia Nadja Stephanie Therése Tilde Yasmine Sonia Greta-Lena Birgitta-Maria
Märit Elsy Svea-Lisa Gull-Britt Ingbritt Annbritt Kerttu Aili Aino Edit Ebba-Lena Lilly Saima
Britta Dagny Elna Frideborg Gerda Gunborg Hildur Ingvor Lisbet Märtha Naemi Rigmor Signhild Siw
Solbritt Ulla-Lena Valborg Vivan Wivi Åse Asta Elma Irja Kristel Linnea Mathilde Elicia Alexia Leia
Hilde Thyra Elvi
"""
SV_M = """
Lars Mikael Anders Johan Erik Per Peter Karl Thomas Jan Daniel Fredrik Hans Andreas Stefan
Mohammed Bengt Magnus Mats Bo Nils Marcus Alexander Jonas Björn Leif Sven Göran Martin Oskar Ulf
Henrik Patrik Gustav Niklas David Christer Tommy Simon Emil Kent Stig Robert Johannes Roger Viktor
Rolf Anton William Sebastian Filip Kjell Joakim Håkan Lennart Christian Carl Jonathan Rickard
Mattias Olof Robin Linus Jesper Tobias Gunnar Axel Hugo Elias Adam Lucas Oliver Rasmus Kenneth
Arne Claes Sten Jakob Åke Ingemar Torbjörn Roland Isak Ludvig Gustaf Olle Ove Tomas Michael Dan
Jörgen Ali Albin Hampus Jimmy Kristoffer Emanuel Pontus Gösta Bertil Kurt Ahmed Liam Noah Theo
Elliot Vincent Melvin Felix Leo Max Love Edvin Alfred Harry Valter Arvid Vilgot Sixten Ebbe Elis
Charlie Tony Dennis Kevin Jens Ronny Kim Rune Folke Sune Ingvar Tord Gert Sture Einar Helge
Birger Ragnar Harald Ivar Jacob Samuel Benjamin Josef Jonny Allan Alvar Alvin Assar Bernt Bror
Börje Carl-Johan Conny Curt Dag Douglas Edgar Egon Elof Enar Erland Erling Evert Fabian Frans
Fritiof Gabriel Georg Gerhard Glenn Gottfrid Greger Herbert Hilding Holger Inge Ivan Jan-Erik Jarl
Jimmie Joel John Jon Jonatan Julius Karl-Erik Kennet Kjell-Åke Klas Knut Konrad Krister Kristian
Lage Lars-Göran Lars-Erik Leonard Levi Loke Lukas Malte Markus Mauritz Melker Milton Mohamed
Mohammad Morgan Måns Nicklas Nicolas Noel Ola Olov Oscar Otto Per-Olof Per-Erik Philip Pär
Ragnvald Reine Reinhold Rikard Roine Ronnie Ruben Rudolf Sam Seth Sigge Sigvard Sivert Staffan
Sten-Åke Svante Sören Teodor Theodor Tim Timo Tor Tore Torsten Ture Uno Valdemar Verner Vidar
Viggo Vilhelm Wilhelm Yngve Östen Ulrik Urban Isac Ibrahim Omar Hassan Hussein Yusuf Mustafa
Abdullah Khaled Ahmad Karim Algot Aron Arthur August Bruno Casper Colin Dante Elton Frank Hjalmar
Hannes Jesse Kasper Ludwig Maximilian Milo Neo Nils-Erik Ossian Rafael Sigfrid Sonny Stellan
Tage Wilmer Yassin Zakaria Adrian Alex Amir André Niclas Patric Roy Thor Torgny Evald Albert
Agne Alf Artur Bengt-Åke Edvard Egil Eskil Fritz Gillis Halvar Helmer Henning Herman Hilmer
Ingmar Isidor Jöns Karl-Gustav Manfred Paul Seved Thure Torvald Waldemar Eddie Edward Henry
Kristofer Anders-Petter Per-Anders Jan-Olof Hans-Erik Lars-Olof Bo-Göran Nils-Olof Sven-Erik
Anselm Arnold Bill Boris Dick Eilert Emrik Enok Frej Gunder Hadar Ingolf Iver Julian Kai Kåre
Leopold Lorentz Orvar Osvald Sigurd Sölve Ragne Wiktor Vilmer Walter Yousef Hamza Ivo Tristan Nore
"""
SV_S = """
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson
Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Wallin Ali Engström Mohamed Eklund
Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Fransson
Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström
Mårtensson Lundström Ahmed Viklund Björklund Eliasson Pålsson Hassan Berggren Sandström Lund
Nordin Ström Åberg Hermansson Ekström Holmgren Sundberg Hedlund Dahlberg Hellström Sjögren
Abrahamsson Martinsson Öberg Andreasson Falk Blom Månsson Åkesson Strand Ek Lindholm Nordqvist
Sundström Mohammed Ivarsson Jonasson Dahl Lindblom Hedberg Sundqvist Söderström Ekberg Nyman
Johnsson Holmqvist Östlund Lindahl Adolfsson Nordlund Sjöström Lindell Björkman Forslund
Bergkvist Strömberg Hedström Lundell Engberg Karlberg Sundin Ottosson Borg Wahlström Hansen
Augustsson Åström Jensen Ekman Sandin Lindblad Wiklund Rosén Hjalmarsson Kristiansson Söderlund
Lindén Hägglund Nordberg Holmström Stenberg Sjödin Backman Olausson Gustavsson Davidsson
Jeppsson Robertsson Lindkvist Lundkvist Carlsson Hussein Abdi Omar Ibrahim Lindh Hallberg
Grahn Ståhl Edlund Lilja Sjölund Malmberg Boström Rydberg Ljung Strandberg Wallén Granberg
Hammar Åkerlund Westerberg Ljungberg Nord Palm Ekholm Fors Rask Almqvist Lindroth Ahlberg
Hallgren Sjöqvist Nyqvist Bäckström Thorén Forsman Moberg Kjellberg Edström Ahlgren Sundell
Wikman Dahlgren Hagström Lagerqvist Rosenberg Bergh Lindmark Sjöholm Alm Ekblom Eklöf Engman
Gren Grönlund Hammarström Hedman Högberg Jarl Kvist Landin Linder Löfstedt Melin Nyholm Nylander
Olander Rehn Rudberg Sellberg Skoglund Sköld Stenström Strömqvist Svedberg Södergren Thunberg
Wahlberg Westin Wester Wikberg Åslund Öhman Östberg Östman Hägg Frisk Lantz Lövgren Mörk Nordgren
Pihl Rapp Runesson Sahlin Selander Sjökvist Tell Tengberg Unger Vikström Wennberg Zetterberg
Ågren Öqvist Bylund Dahlqvist Eng Fält Hellberg Jonsén Kronberg Larsén Lindeberg Ljunggren
Mattsson Modin Norberg Nordenström Palmgren Persbrandt Rydén Salomonsson Schön Segerström
Sparre Stark Strid Sundkvist Svärd Sylvén Törnqvist Vallin Westman Wickström Wretman Zackrisson
Ahlström Andrén Arnesson Bladh Boman Brandt Cederberg Edvardsson Eklind Emanuelsson Fagerlund
Friberg Granlund Göransson Hagberg Hallin Hedin Hellgren Holmlund Hult Jernberg Kling Krantz
Lagerström Lindelöf Lundmark Malm Mellberg Nordahl Nyquist Oskarsson Pettersén Quist Ringqvist
Rosengren Sandell Sjöblom Skarin Sterner Stolt Sundén Sörensen Thelin Tidholm Torstensson Ulander
Wallgren Wernersson Widén Wikander Winberg Älmqvist Öst von_Platen af_Klercker De_Geer von_Essen
af_Ugglas Wachtmeister Lewenhaupt Gyllenhaal Bielke
"""
# UK: given names in the order of the ONS rankings across the birth years of today's adults and
# children, surnames in the order of their frequency in England and Wales.
UK_F = """
Sarah Susan Emma Claire Helen Karen Julie Nicola Laura Rebecca Lisa Jennifer Joanne Rachel
Louise Amy Elizabeth Margaret Catherine Jane Deborah Alison Victoria Samantha Michelle Kelly
Hannah Charlotte Sophie Lucy Jessica Gemma Katie Lauren Amanda Patricia Christine Janet Angela
Linda Gillian Wendy Tracey Dawn Caroline Jacqueline Pauline Kathleen Mary Anne Ann Joan Barbara
Jean Sandra Diane Carol Lynn Sheila Valerie Maureen Brenda Pamela Jill Fiona Kirsty Natalie
Stephanie Stacey Danielle Kimberley Zoe Chloe Megan Emily Olivia Amelia Isla Ava Mia Poppy Ella
Isabella Lily Grace Evie Sophia Freya Ruby Florence Alice Daisy Phoebe Scarlett Matilda Rosie
Holly Abigail Eleanor Harriet Imogen Bethany Georgia Jade Leanne Donna Sharon Tracy Kerry Natasha
Rachael Joanna Anna Katherine Kathryn Heather Lesley Elaine Yvonne Marion Irene Doreen Dorothy
Joyce Sylvia Hazel Rosemary Shirley Eileen Beryl Audrey Vera Hilary Judith Marie Paula Andrea
Tina Mandy Lorraine Sally Sian Bethan Rhian Catrin Ffion Eilidh Morag Ailsa Mhairi Siobhan Niamh
Aoife Ciara Shona Kayleigh Jodie Hayley Ellie Erin Molly Millie Jasmine Maisie Summer Esme Willow
Ivy Rose Elsie Violet Aria Layla Isabelle Maya Hollie Keira Lydia Faith Aimee Naomi Leah Caitlin
Beth Alexandra Clare Tanya Sonia Rita Edna Ethel Lilian Gladys Mabel Winifred Nora Josephine
Frances Gail Bernadette Colette Philippa Penelope Felicity Verity Henrietta Georgina Lowri Nia
Carys Megan-Rose Tegan Courtney Chelsea Shannon Paige Abbie Amber Eloise Martha Beatrice Edith
Orla Maeve Thea Nancy Ada Iris Mila Hallie Bonnie Delilah
"""
UK_M = """
David John Paul Andrew Mark James Michael Peter Robert Stephen Richard Christopher Ian Simon Thomas
Daniel Matthew Anthony Steven Gary Alan Martin Kevin Neil Graham Colin William Jonathan Philip
Nicholas Adam Lee Craig Stuart Darren Jason Scott Wayne Dean Carl Shaun Keith Brian Kenneth Trevor
Barry Derek Malcolm Roger Geoffrey Terence Raymond Dennis Ronald Roy George Harry Jack Oliver
Charlie Jacob Alfie Noah Leo Oscar Archie Arthur Freddie Henry Theo Joshua Samuel Benjamin Luke
Joseph Ryan Liam Jamie Callum Connor Kieran Jordan Bradley Aaron Nathan Jake Dylan Lewis Ethan
Reece Tyler Mohammed Muhammad Harvey Max Louis Finley Toby Edward Hugo Rory Alexander Sebastian
Isaac Elliot Gareth Rhys Owen Dafydd Huw Gethin Iwan Euan Fraser Hamish Alasdair Angus Calum Ross
Ciaran Declan Sean Patrick Niall Eoin Conor Dominic Stanley Frederick Albert Ernest Frank Harold
Leslie Norman Gordon Douglas Donald Eric Bernard Gerald Clive Nigel Russell Jeremy Julian Rupert
Giles Tristan Hugh Guy Marcus Vincent Glen Gavin Jeffrey Robin Kyle Louie Reggie Teddy Ronnie
Frankie Albie Rowan Jude Ezra Finn Alfred Sidney Cyril Walter Herbert Percy Victor Maurice Howard
Lawrence Duncan Alistair Barnaby Crispin Jasper Ollie Mason Logan Zachary Elijah Carter Harrison
Ellis Tommy Bobby Billy Danny Jay Ashley Lloyd Dale Mathew Glyn Emyr Aled Rhodri Cai Gruffydd
"""
UK_S = """
Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson
Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner Martin
Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott Phillips
Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson Bailey
Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams Singh Begum
Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain Campbell Matthews Owen
Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher Stevens Jenkins Murray Dixon
Harvey Graham Pearson Ahmed Fletcher Walsh Kaur Gibson Howard Andrews Stewart Elliott Reynolds
Saunders Payne Fox Ford Pearce Day Brooks West Lawrence Cole Atkinson Bradley Spencer Gill Dawson
Ball Burton O'Brien Watts Rose Booth Perry Ryan Grant Wells Armstrong Francis Rees Hayes Hart
Hudson Newman Barrett Webster Hunter Gregory Carr Lowe Page Marsh Riley Dunn Woods Parsons Berry
Stone Reid Holland Hawkins Harding Porter Robertson Newton Oliver Reed Kennedy Williamson Bird
Gardner Shah Dean Lane Cooke Bates Henderson Parry Burgess Bishop Walton Burns Nicholson Shepherd
Ross Cross Long Freeman Warren Nicholls Hamilton Byrne Sutton McDonald Yates Hodgson Robson Curtis
Hopkins O'Connor Harper Coleman Watkins Moss McCarthy Chambers O'Neill Griffin Sharp Hardy Wheeler
Potter Osborne Johnston Gordon Doyle Wallace George Jordan Hutchinson Rowe Burke May Pritchard
Gilbert Willis Higgins Read Miles Stevenson Stephenson Hammond Arnold Buckley Walters Hewitt Barber
Nelson Slater Austin Sullivan Whitehead Mann Frost Lambert Stephens Blake Akhtar Lynch Goodwin
Barton Woodward Thomson Cunningham Quinn Barnett Baxter Bibi Clayton Nash Greenwood Jennings Holt
Kemp Poole Gallagher Bond Stokes Tucker Davidson Fowler Heath Norman Middleton Lawson Banks French
Stanley Jarvis Gibbs Ferguson Hayward Carroll Douglas Dickinson Todd Barlow Peters Lucas Knowles
Hartley Miah Simmons Morrison Duncan Fraser Sinclair Whittaker Hargreaves Pickering Heywood
Entwistle Ramsbottom Trevithick Pennington Ackroyd Cartwright Thistlethwaite Featherstone
"""
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
    ("Saunders", 0.027), ("Wise", 0.027), ("Colon", 0.027), ("Gill", 0.027), ("Alvarado", 0.027),
    ("Greer", 0.026), ("Padilla", 0.026), ("Simon", 0.026), ("Waters", 0.026), ("Nunez", 0.026),
    ("Ballard", 0.026), ("Schwartz", 0.026), ("McBride", 0.026), ("Houston", 0.026),
    ("Christensen", 0.026), ("Klein", 0.026), ("Pratt", 0.026), ("Briggs", 0.026),
    ("Parsons", 0.026), ("McLaughlin", 0.026), ("Zimmerman", 0.026), ("French", 0.026),
    ("Buchanan", 0.026), ("Moran", 0.026), ("Copeland", 0.025), ("Roy", 0.025), ("Pittman", 0.025),
    ("Brady", 0.025), ("McCormick", 0.025), ("Holloway", 0.025),
)  # fmt: skip


# Origins common in Sweden: the commonest given names and surnames as the writer knows them.
# Each a tuple (women's given names, men's given names, surnames), in rank order.
ABROAD = {
    "finnish": (
        "Tuula Anne Päivi Pirjo Sari Marja Leena Kaija Riitta Seija Eila Aino Helena Johanna Hanna Tiina Minna Satu Anneli Kirsi Sirpa Ritva Merja Raija Eeva Liisa Aila Maija Tarja Hilkka",
        "Juha Timo Matti Kari Mikko Jari Antti Jukka Mika Markku Pekka Hannu Heikki Seppo Janne Ari Sami Petri Esa Pertti Jorma Tapio Veikko Raimo Ilkka Erkki Kalevi Tuomas Jouni Olli",
        "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen",
    ),
    "arabic": (
        "Fatima Maryam Zainab Noor Sara Aya Huda Rana Lina Hiba Amal Yasmin Rania Zahra Layla Nadia Samira Dima Reem Rasha Shahad Sana Hanan Aisha Marwa Shamiram Ninve Nahrin Mariam Juliana",
        "Mohammad Ahmad Ali Hussein Omar Khaled Mustafa Hassan Ibrahim Abdullah Yousef Mahmoud Karim Haider Ammar Sami Samir Bilal Tariq Walid Adnan Firas Rami Jamal Nabil Majid Zaid Ninos Sargon Aday Ashur Gabriel",
        "Ali Hassan Hussein Ahmad Mohammad Ibrahim Abdullah Saleh Khalil Jaber Haddad Abbas Al-Jabouri Al-Obaidi Al-Saadi Kareem Hamid Mahmoud Youssef Othman Nasser Mansour Shamoun Barsoum Saliba Gabriel Yacoub Khoury Darwish Suleiman Al-Khafaji Najjar Isa Aziz",
    ),
    "somali": (
        "Hodan Fadumo Amina Asha Hawa Ifrah Sahra Nasra Hibo Deqa Halima Khadra Ubah Ayan Sagal Safiya Shukri Idil Hamdi Muna Ilhan Yasmin Maryan Ruqiya",
        "Mohamed Abdi Ahmed Ali Hassan Abdirahman Abdullahi Yusuf Omar Ibrahim Mahad Said Farah Abdikarim Liban Hamza Bashir Osman Mustafe Guled Khalid Abdirizak Hussein Ismail Nuur",
        "Mohamed Ahmed Ali Hassan Abdi Omar Yusuf Ibrahim Hussein Farah Osman Abdullahi Warsame Jama Aden Nur Said Mohamud Ismail Abdirahman Hersi Egal Dirie Duale Gedi Haji",
    ),
    "polish": (
        "Anna Katarzyna Maria Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Elżbieta Joanna Aleksandra Monika Zofia Teresa Danuta Natalia Karolina Marta Beata Dorota Justyna Grażyna Jadwiga Paulina",
        "Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Jakub Adam Stanisław Łukasz Grzegorz Mariusz Wojciech Marek Józef Zbigniew Rafał Dariusz Kamil Mateusz Ryszard Tadeusz Sławomir",
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Dudek Stępień Górski Sikora Walczak Nowicki Sawicki Zawadzki",
    ),
    "persian": (
        "Maryam Fatemeh Zahra Leila Shirin Nasrin Parisa Mina Roya Neda Azadeh Sara Mahsa Ladan Shabnam Soheila Golnaz Nazanin Parvin Mitra Yasaman Setareh Bahar Elham Negar",
        "Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Ahmad Hassan Behrouz Dariush Kourosh Babak Farhad Arash Majid Omid Navid Pejman Ramin Shahram Kaveh Payam Siamak Bijan",
        "Mohammadi Hosseini Ahmadi Rezaei Moradi Karimi Jafari Rahimi Hashemi Mousavi Ghasemi Sadeghi Heidari Akbari Kazemi Rostami Azizi Nazari Ebrahimi Amini Tehrani Shirazi Esfahani Farahani Rahmani Bagheri Najafi Ranjbar Khosravi",
    ),
    "bcs": (
        "Amra Emina Jasmina Selma Lejla Aida Mirela Dragana Jelena Ivana Marija Ana Maja Snežana Vesna Sanja Mirjana Gordana Senada Azra Nermina Merima Dženana Amela Suada Zorica Biljana",
        "Amir Adnan Emir Edin Mirza Senad Dragan Zoran Goran Nikola Marko Ivan Milan Stefan Dejan Nenad Haris Kenan Alen Elvis Samir Mehmed Enes Tarik Damir Jasmin Branko Ante Josip",
        "Hodžić Hadžić Hasanović Begić Kovačević Delić Husić Mehmedović Babić Petrović Jovanović Nikolić Marković Đorđević Stojanović Ilić Horvat Kovačić Knežević Jurić Marić Pavlović Popović Salihović Omerović Mujić Ibrahimović Softić Alić Šehić Bašić",
    ),
    "turkish": (
        "Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hülya Esra Özlem Derya Büşra Selin Merve Gül Aylin Yasemin Ebru Dilek Sevgi Tuba Nur",
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah Mahmut Recep Emre Burak Serkan Kemal Volkan Cem Tolga Erkan",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Karaca Erdoğan Güneş Aksoy Bulut Ünal Turan Akın",
    ),
    "eritrean": (
        "Helen Senait Semhar Selam Yordanos Hiwet Mebrat Rahel Tsega Saba Winta Luwam Feven Meron Ruta Tirhas Eden Mahlet Hanna Abrehet Yohana Almaz Tsehay Aster",
        "Yonas Daniel Tesfay Mehari Robel Samuel Henok Filmon Dawit Yohannes Michael Tekle Amanuel Kidane Biniam Ermias Habtom Goitom Mulugeta Berhane Tewelde Haile Solomon Abraham Isaias Efrem",
        "Tesfay Haile Tekle Gebremedhin Gebreyesus Berhane Kidane Mehari Tesfamariam Habte Ghebremichael Woldemariam Asmelash Yemane Andemariam Abraha Ghebreab Negash Weldu Zerai Hagos Fessehaye Mebrahtu Okbay Tewolde",
    ),
    "afghan": (
        "Fatima Maryam Zahra Marzia Masooda Nazanin Frishta Parwana Shabnam Malalai Nilofar Sodaba Zarghona Mursal Madina Hasina Laila Roya Zakia Nargis Mahbooba Gulalai Arezo Somaya",
        "Mohammad Ahmad Ali Abdul Mustafa Hamid Jawad Mahdi Reza Sayed Naweed Rahmatullah Hamidullah Najibullah Farid Khalid Rashid Ismail Sohrab Wahid Zabihullah Ramin Omid Haroon Bilal Sultan",
        "Ahmadi Mohammadi Hussaini Rahimi Karimi Hakimi Sultani Amiri Azizi Noori Haidari Jafari Sadat Popal Durrani Stanikzai Ahmadzai Safi Wardak Rezayee Samadi Nazari Hashimi Sharifi Qaderi Yousufzai Barakzai",
    ),
    "thai": (
        "Malee Pornthip Supaporn Wanida Kanya Nittaya Ratana Sunisa Jintana Kannika Pimchanok Sasithorn Araya Duangjai Chanida Rungnapa Sukanya Lamai Benjawan Orawan Wilaiwan Thanaporn Pranee Suda",
        "Somchai Somsak Somporn Prasert Sombat Chaiyaporn Anan Wichai Surachai Thanawat Kittisak Narong Sakchai Boonmee Nattapong Supachai Wirat Apichat Pongsak Sompong",
        "Saelim Saetang Saeheng Srisuk Sukprasert Wongsuwan Chaiyasit Boonyarat Rattanaporn Thongdee Kaewmanee Phanthong Jaidee Srisawat Inthong Sangthong Khamsuk Pongpanich Siriwat Chantarasuk",
    ),
    "latin": (
        "María Carolina Francisca Catalina Javiera Constanza Camila Valentina Daniela Fernanda Paula Claudia Patricia Ximena Macarena Andrea Marcela Paola Alejandra Lorena Verónica Gabriela Soledad Pilar Isabel Rosa Ana",
        "José Juan Luis Carlos Jorge Francisco Sebastián Matías Diego Cristián Felipe Rodrigo Pablo Manuel Alejandro Nicolás Andrés Javier Gonzalo Mauricio Claudio Patricio Hernán Ricardo Eduardo Víctor Sergio",
        "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez Castro Pizarro Álvarez Vásquez Sánchez Fernández Ramírez Carrasco Gómez Cortés Herrera Núñez Jara Vergara",
    ),
    "kurdish": (
        "Berfin Rojda Zilan Hêvîn Dilan Nesrin Rojin Gulistan Jiyan Helin Evin Narin Silan Ronahî Newroz Xezal Shilan Delal Bahar Kazhal Shno Awaz",
        "Azad Rebwar Dilshad Karwan Shivan Hoger Zana Serhat Rizgar Baran Aram Kawa Bakhtiyar Rêbîn Hêja Soran Dara Sherzad Saman Ako Hawar Ciwan Welat Berzan",
        "Ahmed Mohammed Hassan Ali Karim Rashid Aziz Qadir Mahmood Abdullah Omar Bakir Jaf Hawrami Zebari Doski Rasul Salih Kakai Amin Faraj Hamad Ismail Othman Rahim Sherwani Tahir",
    ),
    "german": (
        "Sabine Petra Claudia Andrea Susanne Stefanie Nicole Monika Katrin Julia Anja Birgit Ursula Heike Sandra Christina Martina Gabriele Jana Lena Laura Lea Anna Hannah Sophie",
        "Thomas Michael Andreas Stefan Peter Klaus Wolfgang Jürgen Frank Christian Uwe Markus Bernd Matthias Jens Torsten Dirk Tobias Florian Sebastian Jan Lukas Maximilian Felix Jonas",
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Krause Meier Lehmann",
    ),
    "nordic": (
        "Anne Inger Kari Marit Ingrid Liv Eva Hanne Mette Kirsten Camilla Line Sofie Ida Emma Nora Ingeborg Silje Tone Randi Bente Lene Pia Tove Marianne",
        "Jan Per Bjørn Ole Lars Kjell Knut Arne Hans Svein Thomas Geir Morten Jens Søren Henrik Niels Rasmus Mads Jørgen Anders Tor Erik Espen Magnus",
        "Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen Pettersen Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen Dahl Jørgensen Halvorsen Nielsen Christensen Sørensen Rasmussen Madsen Møller Lund Poulsen",
    ),
    "ukrainian": (
        "Olena Tetiana Nataliia Iryna Oksana Svitlana Yuliia Olha Kateryna Anastasiia Mariia Viktoriia Liudmyla Halyna Alina Daria Anna Sofiia Valentyna Larysa Inna Khrystyna Yana Nadiia",
        "Oleksandr Serhii Andrii Volodymyr Dmytro Oleh Mykola Ivan Yurii Vasyl Viktor Mykhailo Vitalii Taras Bohdan Artem Maksym Denys Roman Ihor Pavlo Yaroslav Anatolii Petro",
        "Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko Klymenko Pavlenko Kravchuk Kuzmenko",
    ),
    "indian": (
        "Priya Anjali Pooja Neha Divya Sneha Lakshmi Deepa Kavya Shreya Aishwarya Swati Meera Ananya Nisha Ritu Sunita Rekha Aarti Shalini Radhika Sangeeta Preeti Anita",
        "Rahul Amit Rajesh Suresh Vikram Arjun Rohit Anil Sanjay Ravi Karthik Vijay Prakash Deepak Manoj Sunil Arun Nikhil Aditya Abhishek Ramesh Srinivas Venkat Harish",
        "Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Rao Shah Mehta Joshi Verma Agarwal Menon Pillai Chopra Desai Kulkarni Banerjee Mukherjee Das Krishnan Srinivasan Bhat",
    ),
}  # fmt: skip

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(ranked(SV_F, 150), ranked(SV_M, 150), ranked(SV_S, 150)),
    "us": Origin(weighted(US_F, 150), weighted(US_M, 150), weighted(US_S, 150)),
    "uk": Origin(ranked(UK_F, 150), ranked(UK_M, 150), ranked(UK_S, 150)),
}
for _key, (_f, _m, _s) in ABROAD.items():
    ORIGINS[_key] = Origin(ranked(_f, 10), ranked(_m, 10), ranked(_s, 10))

# Who is named, per language of the text: weights of origins, Swedish largest in Swedish and mixed
# text, the US and the UK in English text; the origins common in Sweden everywhere.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5, "eritrean": 1.2, "nordic": 1.2,
        "thai": 1, "latin": 1, "german": 1, "ukrainian": 1, "indian": 0.6, "uk": 0.6, "us": 0.5,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 9, "indian": 3, "latin": 2, "arabic": 1.5, "polish": 1.5,
        "german": 1, "nordic": 0.8, "finnish": 0.8, "somali": 0.8, "persian": 0.8, "turkish": 0.8,
        "ukrainian": 0.6, "thai": 0.5, "bcs": 0.5, "eritrean": 0.4, "afghan": 0.4, "kurdish": 0.4,
    },
    "mixed": {
        "swedish": 50, "uk": 10, "us": 9, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2,
        "persian": 2, "indian": 2, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5, "afghan": 1.2,
        "nordic": 1.2, "german": 1.2, "eritrean": 1, "thai": 1, "latin": 1, "ukrainian": 1,
    },
}  # fmt: skip

# Short forms people are called by, per origin's given name.
NICK_SV = {
    "Lars": ["Lasse"], "Mikael": ["Micke"], "Joakim": ["Jocke"], "Karl": ["Kalle"], "Per": ["Pelle", "Pelle"],
    "Hans": ["Hasse"], "Thomas": ["Tompa"], "Tomas": ["Tompa"], "Magnus": ["Mange"], "Marcus": ["Mackan"],
    "Fredrik": ["Fredde"], "Daniel": ["Danne"], "Jonas": ["Jonte"], "Kristoffer": ["Krille"],
    "Gustav": ["Gurra", "Gusse"], "Gustaf": ["Gurra"], "Robert": ["Robban"], "Tobias": ["Tobbe"],
    "Torbjörn": ["Tobbe"], "Sebastian": ["Sebbe"], "Viktor": ["Vicke"], "Alexander": ["Alex"],
    "Stefan": ["Steffe"], "Roger": ["Roggan"], "Bengt": ["Bengan"], "Kenneth": ["Kenta"],
    "Leif": ["Leffe"], "Jan": ["Janne"], "Stig": ["Stickan"], "Christer": ["Kicke"],
    "Mattias": ["Matte"], "Patrik": ["Patte"], "Andreas": ["Andy"], "Johan": ["Jojje"],
    "Christian": ["Chrille"], "Niklas": ["Nicke"], "Henrik": ["Henke"], "Oskar": ["Ogge"],
    "Anders": ["Ante"], "Göran": ["Gurra"], "Ulf": ["Uffe"], "Kjell": ["Kjelle"],
    "Kristina": ["Stina", "Kicki"], "Christina": ["Kicki"], "Charlotte": ["Lotta"], "Charlotta": ["Lotta"],
    "Margareta": ["Maggan"], "Elisabeth": ["Bettan", "Lisa"], "Susanne": ["Sussie"], "Katarina": ["Kattis"],
    "Cecilia": ["Cissi"], "Birgitta": ["Gittan", "Bittan"], "Camilla": ["Millan"], "Matilda": ["Tilda"],
    "Josefin": ["Jossan"], "Therese": ["Tessan"], "Viktoria": ["Vickan"], "Louise": ["Lollo"],
    "Madeleine": ["Maddie"], "Gunilla": ["Gunsan"], "Annika": ["Anki"], "Ann-Christin": ["Anki"],
    "Barbro": ["Babsan"], "Karolina": ["Kajsa"], "Jessica": ["Jessi"], "Ulrika": ["Ullis"],
    "Johanna": ["Jojje"], "Helena": ["Lena"], "Emelie": ["Emmy"], "Sandra": ["Sanna"],
}  # fmt: skip
NICK_EN = {
    "William": ["Will", "Bill"], "Robert": ["Rob", "Bob"], "Michael": ["Mike"], "James": ["Jim", "Jamie"],
    "Richard": ["Rich", "Dick"], "Thomas": ["Tom"], "Christopher": ["Chris"], "Daniel": ["Dan", "Danny"],
    "Matthew": ["Matt"], "Anthony": ["Tony"], "Joseph": ["Joe"], "David": ["Dave"], "Steven": ["Steve"],
    "Stephen": ["Steve"], "Andrew": ["Andy"], "Edward": ["Ed", "Ted"], "Jonathan": ["Jon"],
    "Benjamin": ["Ben"], "Samuel": ["Sam"], "Nicholas": ["Nick"], "Alexander": ["Alex"],
    "Charles": ["Charlie", "Chuck"], "Timothy": ["Tim"], "Gregory": ["Greg"], "Patrick": ["Pat"],
    "Kenneth": ["Ken"], "Ronald": ["Ron"], "Donald": ["Don"], "Raymond": ["Ray"], "Gerald": ["Gerry"],
    "Philip": ["Phil"], "Peter": ["Pete"], "Frederick": ["Fred"], "Douglas": ["Doug"],
    "Elizabeth": ["Liz", "Beth"], "Jennifer": ["Jen"], "Katherine": ["Kate"], "Catherine": ["Cathy", "Kate"],
    "Margaret": ["Maggie", "Peggy"], "Patricia": ["Pat", "Trish"], "Rebecca": ["Becky"], "Susan": ["Sue"],
    "Deborah": ["Debbie"], "Victoria": ["Vicky"], "Samantha": ["Sam"], "Jessica": ["Jess"],
    "Christine": ["Chris"], "Alexandra": ["Alex"], "Abigail": ["Abby"], "Nicola": ["Nicky"],
    "Amanda": ["Mandy"], "Kimberly": ["Kim"], "Kimberley": ["Kim"], "Jacqueline": ["Jackie"],
    "Barbara": ["Barb"], "Dorothy": ["Dot"], "Judith": ["Judy"], "Kathleen": ["Kathy"], "Sandra": ["Sandy"],
}  # fmt: skip
NICKNAMES: dict[str, dict[str, list[str]]] = {"swedish": NICK_SV, "uk": NICK_EN, "us": NICK_EN}
