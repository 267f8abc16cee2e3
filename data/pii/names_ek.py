# ruff: noqa: E501
"""Name pools of held-out EK (issue 15): names as the population has them, by origin and weight.

Swedish given names and surnames in the order of SCB's name statistics (written from the writer's
general knowledge; weight 1/rank; head the top 150, then a tail of rarer names past them); the US
Census 1990 lists (public domain, copied from the `names` package's `dist.female.first`,
`dist.male.first` and `dist.all.last`: the census per cent as weight, head 150); UK given names and
surnames in the order of the ONS rankings (general knowledge, 1/rank, head 150 or 130); and the
commonest given names and surnames of origins common in Sweden (1/rank, head 10). No name was
checked against anything in the repository; none is left out for being known or unknown.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this share, else from its tail


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
    """Names in rank order, one weight 1/rank each (`von_Platen` is `von Platen`)."""
    names = tuple(dict.fromkeys(w.replace("_", " ") for w in text.split()))
    return Pool(names, tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names)))


def census(rows: tuple[tuple[str, float], ...], head: int) -> Pool:
    """Names with the census per cent as weight."""
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


_PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "ı": "i", "đ": "dj", "Đ": "Dj", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae"}
)


def plain(word: str) -> str:
    """A name typed without its letters: `Wiśniewski` as `Wisniewski`, `Hodžić` as `Hodzic`."""
    word = word.translate(_PLAIN)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski`/`-cki`/`-dzki` to `-ska`/`-cka`/`-dzka`,
    the adjectival `-ny` to `-na`; a noun surname (`Nowak`, `Mazur`) stays."""
    if surname.endswith("ki") or surname.endswith("ny"):
        return surname[:-1] + "a"
    return surname


# Sweden: SCB's name statistics, in rank order as the writer knows them (head 150, then a tail).
SV_WOMEN = ranked(
    """
    Anna Eva Maria Karin Sara Kristina Lena Emma Kerstin Ingrid Marie Malin Jenny Hanna Inger
    Annika Linda Birgitta Sofia Elin Monica Susanne Ida Johanna Julia Camilla Elisabeth Ulla
    Margareta Katarina Helena Maja Åsa Annette Frida Alice Ebba Elsa Ann Gunilla Lisa Matilda
    Cecilia Ingegerd Wilma Agneta Anneli Josefin Louise Lovisa Therese Amanda Ellen Caroline
    Barbro Siv Madeleine Lina Marianne Emelie Britt Ulrika Klara Astrid Gun Jessica Charlotte
    Sandra Elisabet Linnéa Moa Kajsa Alva Ella Signe Stina Agnes Vera Ester Nora Saga Selma
    Freja Ellinor Viktoria Rebecka Emilia Felicia Isabelle Mikaela Petra Pia Yvonne Carina Helen
    Ingela Mona Rut Irene Gunnel Ylva Maud Margit Anita Sonja Berit Birgit Elsie Gerd Märta
    Karolina Tove Nathalie Hedvig Tilda Sofie Olivia Lea Elvira Tyra Alma Stella Ronja Liv Tuva
    Meja Thea Hilda Greta Ines Majken Vendela Jasmine Anette Lotta Carolina Angelica Veronica
    Mia Sanna Erika Evelina Jennie Sophie Solveig Inga Ruth Ann-Marie Ann-Christin Anna-Karin
    Eva-Lena Marie-Louise Maj-Britt Gunborg Britta Elise Tindra Juni Embla Idun Novalie Leja
    Majvor Ingeborg Sigrid Svea Elna Ottilia Hillevi Ragnhild Dagmar Gudrun Göta Ingalill
    Lillemor Kristin Pernilla Jeanette Annelie Jannike Marita Marlene Catharina Ewa Eleonor
    Eleonora Rakel Debora Judit Mirjam Tova Alicia Juno Nellie Tekla Tora Hedda Edith Lilly
    Elina Ellie Iris Cornelia Hilma Cajsa Gabriella Beatrice Magdalena Charlotta Henrietta
    Fredrika Josefine Katja Jonna Linn Minna Mathilda Rebecca Jessika Emilie Melissa Michaela
    Nadja Natalie Paulina Rosa Sigrun Sylvia Theresia Ulrica Vivianne Viveka Yvette Eva-Karin
    Ann-Sofie Anna-Lena Lise-Lotte Gun-Britt Anna-Maria Inga-Lill Ann-Charlotte Mari Marika
    Mariana Maj Majlis Lillian Lilian Vanja Vilma Esmeralda Elvy Ethel Evy Gulli Gunhild Gunvor
    Dagny Ingegärd Irma Laila Lisbeth Lisbet Mimmi Milla Molly Lykke Lova Livia Lejla Leona
    Elisa Ingvor Inez Irja Jane Janet Joanna Josefina Julie Kaisa Karina Kim Kristine Lydia
    Madelen Malena Malou Margret Mariann Meta Monika Märit Nanna Nelly Nova Olga Rigmor Ritva
    Sigbritt Siri Stefanie Svenja Tiina Tina Ulla-Britt Una Valborg Vilhelmina Viola Wendela
    Alexandra Ann-Louise Anna-Clara Anna-Sara Anna-Stina Britt-Marie Carin Cathrine Christel
    Christin Christine Desirée Emy Filippa Hjördis Isa Isolde Jill Jolin Judith Leonora Märtha
    Nicole Ottilie Sabina Thyra Tuula Vivi Yasmine Agda Alfhild Amelie Annie Aurora Bodil Doris
    Elly Elma Frideborg Gertrud Harriet Jenna Margot Nina Sally Siw Vivan Vega
    """,
    150,
)
SV_MEN = ranked(
    """
    Lars Mikael Anders Johan Erik Per Karl Peter Thomas Jan Daniel Fredrik Hans Andreas Bengt
    Stefan Mats Bo Magnus Mattias Alexander Sven Nils Jonas Oskar Leif Niklas Marcus Martin
    Björn Göran Christer Henrik Ulf Patrik Rolf Viktor Emil Gustav Simon Kent Tommy Robert Filip
    William Lucas Kjell Håkan Stig Roger Christian Anton Oliver Elias Sebastian Tobias Lennart
    Åke Gunnar Olof Axel David Hugo Jonathan Rickard Joakim Dennis Adam Jakob Ludvig Liam Isak
    Lukas Noah Kenneth Torbjörn Jesper Claes Kurt Ingvar Arne Roland Tomas Robin Kristoffer
    Jimmy Joel Albin Edvin Theo Viggo Melvin Vincent Leo Elliot Alfred Arvid Hampus Sten Rune
    Bertil Ove Jörgen Urban Gösta Mohammad Ali Harald Folke Birger Ronny Conny Tony Pontus Linus
    Felix Max Gabriel Samuel Benjamin Carl Kristian Sune Lage Jonny Tage Kennet Mauritz Valter
    Hilding Melker Otto Leon Ivar Nils-Erik Lars-Erik Karl-Erik Per-Olof Jan-Erik Karl-Johan
    Per-Erik Lars-Göran Bror Evert Gert Helge Holger Ingemar Jarl Jerker Kåre Orvar Ragnar
    Sigurd Sture Svante Sölve Tord Tore Torsten Ture Yngve Östen Algot Assar Bill Börje Dag Egon
    Einar Elof Emanuel Erland Frans Fritz Georg Gottfrid Gregor Henning Hilmer Hjalmar Ingmar
    Ivan Josef Julius Kalle Knut Konrad Lenny Loke Malte Manfred Mathias Matteo Milo Mio Måns
    Natanael Nicklas Noel Oscar Patric Reidar Rasmus Ruben Sigge Sixten Staffan Teodor Thor Tim
    Tor Torgny Ulrik Valdemar Vidar Vilgot Ville Wilhelm Zacharias Åsmund Adrian Alvin Ante Aron
    Bengt-Göran Bernt Björn-Erik Charlie Colin Dan Dick Eddie Edward Eliot Emrik Esbjörn Frank
    Fred Gunder Gustaf Hannes Harry Isac Jack Jens Jim Joacim Jon Jonatan Kasper Kevin Kim
    Krister Lars-Olof Lars-Åke Leopold Levi Lennie Markus Mattis Melwin Mika Morgan Neo Nikolas
    Odd Ola Ossian Peder Per-Anders Per-Åke Philip Rafael Rikard Roine Seth Sivert Stellan
    Sten-Åke Sylvester Sören Tommie Torkel Uno Vilhelm Vilmer Wiktor Yasin Ebbe Elis Alf Allan
    Arnold Artur Bernhard Boris Cornelius Curt Douglas Edgar Edvard Eilert Enar Eric Erling
    Ernst Eskil Evald Gerhard Gillis Halvar Herbert Ingolf Inge Ingvald Isidor Jöns Karl-Gustav
    Kjell-Åke Lars-Gunnar Leander Lorentz Mårten Nicolas Olle Olov Osvald Per-Arne Roy Rudolf
    Runar Severin Sigvard Stig-Göran Sven-Erik Sven-Olof Sven-Åke Sverker Thorsten Thure Tryggve
    Tycho Verner Waldemar Jan-Olof Bo-Göran Lars-Olov Abraham Ambjörn Anselm Benny Christoffer
    Fabian Glenn Henry Jacob Jamie Joar Kai Kenny Love Ludwig Maximilian Nils-Olof Otis Ralf
    Ronald Sam Sigfrid Stig-Arne Ted Truls Valentin Walter
    """,
    150,
)
SV_SURNAMES = ranked(
    """
    Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
    Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
    Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist
    Mattsson Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed
    Engström Eklund Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström
    Samuelsson Isaksson Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg
    Blomqvist Claesson Nordström Mårtensson Lundström Ahmed Viklund Björklund Eliasson Pålsson
    Hassan Berggren Sandström Lund Nordin Ström Åberg Hermansson Ekström Holmgren Sundberg
    Hedlund Dahlberg Hellström Sjögren Abrahamsson Falk Martinsson Öberg Andreasson Strömberg
    Månsson Åkesson Hansen Jonasson Norberg Sundström Lindholm Dahl Ivarsson Jeppsson Göransson
    Mohamed Blom Nordqvist Hussein Ekberg Lindblom Sjöström Åström Edlund Omar Hedberg Berglöf
    Sundqvist Vikström Lindahl Fors Lindén Nyman Hägglund Boström Ibrahim Palm Hallberg Jensen
    Ek Englund Åkerlund Lönn Bergkvist Borg Lilja Nord Strand Westerberg Lindh Söderström Norén
    Hjalmarsson Bäckström Eskilsson Stenberg Rosén Brandt Kjellberg Nyqvist Engberg Friberg
    Sandin Wahlström Ekman Blomberg Löfström Nordlund Ottosson Lindroth Hedström Sörensen
    Forslund Lundmark Rask Aronsson Hammar Kristiansson Wennberg Sundin Dahlgren Skoglund Thorén
    Berntsson Lindell Adolfsson Ljungberg Carlsson Sjödin Granath Bergh Hedman Sahlin Wiklund
    Östlund Josefsson Melin Kvist Holmqvist Rydberg Wallén Bengtsdotter Ahlström Almqvist
    Ahlberg Blomgren Bolin Brodin Byström Dahlström Ekholm Ekvall Elfström Enström Fagerström
    Fahlén Forsman Franzén Frisk Grahn Gren Gustavsson Hagström Hammarström Hellberg Helin
    Holmström Hult Isberg Jernberg Johnsson Kihlberg Kron Kronberg Lagerström Lindkvist Ljung
    Lundell Malm Malmberg Malmqvist Modig Molin Norling Nylund Nyholm Orre Palmqvist Petersson
    Qvist Rehn Renström Roos Rydén Sahlberg Sandgren Schön Segerström Selin Sjölund Skog Stark
    Sten Stenström Strid Sundén Svanberg Svärd Syrén Tapper Thelin Tornberg Törnqvist Uhlin
    Unger Vallin Waller Wennström Westin Widén Winberg Wåhlin Zetterberg Zackrisson Åhlin
    Åkerman Åslund Ödman Öhman Östberg Östman Bladh Bodin Burman Dalin Eklöf Enqvist Erlandsson
    Flodin Fält Granberg Gyllensten Hagman Hallin Hammarlund Hillborg Hjort Hultgren Höglund
    Junell Kask Kempe Kullberg Lager Lidén Lindfors Lindman Lundahl Löwgren Mellberg Morén
    Myrberg Nordahl Nordgren Nordén Oscarsson Rapp Rosell Rudberg Råberg Salomonsson Sandell
    Silfver Sköld Stolt Sundell Swärd Tengvall Tjäder Trygg Vestin Wall Wessman Wickman Ylander
    Ågren Älmqvist von_Platen af_Klercker von_Essen De_Geer von_Sydow af_Ugglas von_Schantz
    Wachtmeister Lewenhaupt Gyllenstierna Bonde Stiernhielm Ahlgren Alm Asp Backman Bergling
    Bergsten Blomdahl Boman Carlberg Dahlqvist Edström Ekdahl Eklind Fogelberg Grip Hammarberg
    Holmlund Kronqvist Larsén Lindvall Lundkvist Lövgren Pehrsson Rosenberg Sjökvist Sandqvist
    Stenlund Sundkvist Wikander Åman
    """,
    150,
)

# The United Kingdom: given names and surnames in the order of the ONS rankings (1/rank).
UK_WOMEN = ranked(
    """
    Susan Sarah Margaret Elizabeth Helen Julie Karen Emma Claire Patricia Linda Jennifer Mary Lisa
    Nicola Joanne Rachel Catherine Jacqueline Deborah Michelle Amanda Louise Laura Christine Janet
    Alison Gillian Jane Samantha Victoria Rebecca Hannah Lucy Emily Charlotte Sophie Amy Jessica
    Olivia Amelia Isla Ava Mia Grace Lily Ella Chloe Jade Gemma Kelly Stephanie Kirsty Dawn Tracey
    Sharon Carol Pauline Sandra Anne Ann Barbara Valerie Maureen Joan Jean Doreen Brenda Shirley
    Wendy Sheila Kathleen Diane Denise Angela Lorraine Heather Caroline Fiona Katie Megan Holly
    Ellie Lauren Georgia Bethany Abigail Freya Poppy Evie Isabella Sophia Florence Rosie Daisy
    Zoe Natalie Kate Lindsey Leanne Donna Tracy Debbie Hayley Jodie Danielle Kerry Carly Kimberley
    Alice Harriet Eleanor Millie Matilda Phoebe Scarlett Elsie Imogen Willow Esme Ivy Maisie
    Erin Eva Ruby Jasmine Layla Aisha Fatima Zara Amira Priya Paula Joyce Irene Beryl Dorothy
    Hilda Gladys Marjorie Edna Elsie-May Rita Gwen Glenys Bronwen Sian Rhian Cerys Eilidh Morag
    Siobhan Niamh Aoife Roisin Ciara Orla Nia Ffion Mairead Shona Kirsten Lynne Lesley Moira
    Yvonne Elaine Hazel Marion Janice Eileen Frances Sylvia Vera Iris Mabel Nellie Peggy Sally
    Annabel Clementine Beatrice Hermione Persephone Verity Tamsin Jocasta Philippa Felicity Rosalind
    """,
    130,
)
UK_MEN = ranked(
    """
    David John Paul Michael Andrew Peter James Robert Mark Richard Stephen Christopher Ian Daniel
    Thomas William Matthew Anthony Simon Steven Gary Kevin Martin Alan Brian Graham Neil Darren Lee
    Jason Craig Stuart Philip Keith Colin Adam Ryan Luke Benjamin Samuel Joshua Jack Oliver Harry
    George Charlie Jacob Alfie Noah Leo Oscar Muhammad Arthur Freddie Archie Henry Theo Joseph
    Edward Jamie Liam Dean Wayne Carl Shaun Scott Barry Terry Derek Roy Kenneth Raymond Trevor
    Malcolm Geoffrey Dennis Ronald Gordon Nigel Clive Roger Tony Russell Jonathan Nicholas Timothy
    Jeremy Duncan Alistair Gareth Rhys Dylan Owen Callum Connor Kieran Lewis Jordan Aaron Nathan
    Tyler Ethan Mason Logan Finley Reuben Max Toby Isaac Harrison Louis Sebastian Elliot Dominic
    Patrick Sean Declan Ciaran Conor Eoin Fraser Angus Hamish Ewan Euan Gregor Rory Alexander
    Frederick Albert Ernest Stanley Walter Harold Leonard Norman Frank Cyril Sidney Reginald Bernard
    Percy Wilfred Herbert Clifford Leslie Douglas Howard Vincent Julian Rupert Hugo Jasper Rafe
    Barnaby Giles Crispin Tarquin Piers Dafydd Gethin Ieuan Emyr Aled Iwan Bryn Huw Lloyd Mohammed
    Mohammad Ahmed Imran Adil Arjun Rohan Amir Kwame Kofi Tobias Ashley Darryl Glen Lionel Vernon
    Desmond Cecil Rodney Stewart Ross Grant Murray Niall Shane Brendan Gavin Warren Damian Marcus
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
    Howard Andrews Stewart Elliott Reynolds Saunders Payne Fox Ford Pearce Day Brooks West
    Lawrence Cole Atkinson Bradley Spencer Gill Dawson Ball Burton O'Brien Watts Rose Booth Perry
    Ryan Grant Wells Armstrong Francis Rees Hayes Hart Hudson Newman Barrett Webster Hunter
    Gregory Carr Lowe Page Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland Hawkins
    Harding Porter Robertson Newton Oliver Reed Kennedy Williamson Bird Gardner Shah Dean Lane
    Cooke Bates Henderson Parry Burgess Bishop Walton Burns Nicholson Shepherd Ross Cross Long
    Freeman Warren Nicholls Hamilton Byrne Sutton McDonald Yates Hodgson Robson Curtis Hopkins
    O'Connor Harper Coleman Watkins Moss McCarthy Chambers O'Neill Griffin Sharp Hardy Wheeler
    Potter Osborne Johnston Gordon Doyle Wallace George Jordan Hutchinson Rowe Burke May Pritchard
    Gilbert Willis Higgins Read Miles Stevenson Stephenson Hammond Arnold Buckley Walters Hewitt
    Barber Nelson Slater Austin Sullivan Whitehead Mann Frost Lambert Stephens Blake Akhtar Lynch
    Goodwin Barton Woodward Thomson Cunningham Quinn Barnett Baxter Bibi Clayton Nash Greenwood
    Jennings Holt Kemp Poole Gallagher Bond Stokes Tucker Davidson Fowler Heath Norman Middleton
    Lawson Banks French Stanley Jarvis Gibbs Ferguson Hayward Carroll Douglas Dickinson Todd Barlow
    Peters Lucas Knowles Hartley Miah Simmons Morton Alexander Field Morrison Norris Townsend
    Preston Hancock Thornton Baldwin Burrows Briggs Storey Pugh Fraser Wyatt Lamb Ingram Vaughan
    Sheppard Hargreaves Whittaker Kirby Fitzgerald Harrington Pemberton Ashworth Ramsbottom
    """,
    150,
)


# The United States: the Census 1990 lists (public domain), copied from the `names` package's data
# files (`dist.female.first`, `dist.male.first`, `dist.all.last`): the first 380, 380 and 420
# names, the census per cent as weight; `Mc` and `O'` written as people write them.
US_WOMEN_CENSUS = (
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
US_MEN_CENSUS = (
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
US_SURNAMES_CENSUS = (
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

# Origins common in Sweden: their commonest given names and surnames, 1/rank, head 10.
FI = Origin(
    ranked("Maria Helena Anneli Johanna Kaarina Marjatta Hannele Kristiina Tuula Pirjo Päivi Anne Sari Tiina Riitta Seija Leena Sirpa Eija Marja Raili Ritva Aila Minna Sanna Satu Liisa Aino Elina Emilia", 10),
    ranked("Juha Timo Matti Kari Mikko Jari Antti Jukka Mika Markku Pekka Hannu Heikki Seppo Janne Ari Sami Petri Ville Pentti Esa Tapio Kalevi Veikko Raimo Erkki Reijo Eero Tero Olli", 10),
    ranked("Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Huttunen Lindroos Pitkänen Kemppainen", 10),
)  # fmt: skip
ARABIC = Origin(  # Iraq, Syria, Lebanon, Palestine; Assyrian/Syriac names among them
    ranked("Fatima Maryam Sara Nour Zainab Aya Amina Hala Rana Layla Huda Rasha Lina Dalia Zahra Hiba Yasmin Reem Samira Nadia Rania Shamiram Nahrin Ninve Marta Suad Iman Mona Ghada Raghad Ruqaya", 10),
    ranked("Mohammad Ahmad Ali Mohamed Hassan Omar Hussein Khaled Mustafa Ibrahim Yousef Abdullah Ahmed Karim Ammar Haider Saif Mahmoud Rami Bassam Tarek Samir Jamal Nabil Sargon Ninos Gabriel Aziz Ashur Yacoub Afram Fadi Elias Sami Jacob", 10),
    ranked("Ali Mohammed Ahmed Hassan Hussein Ibrahim Abdullah Saleh Khalil Mahmoud Abbas Jaber Haddad Khoury Kassab Al-Saadi Al-Jubouri Al-Hashimi Jasim Kadhim Mansour Nasser Shamoun Barsoum Gabro Malke Sabo Danho Shabo Lahdo Aho Isik Yousef Hanna Abraham Issa Al-Obaidi Al-Khafaji", 10),
)  # fmt: skip
SOMALI = Origin(
    ranked("Fadumo Hodan Amina Sahra Hawa Ayaan Asha Nimco Ifrah Sagal Hibo Deeqa Ubah Farhiya Ilhan Khadra Maryan Muna Halima Sucaad Sahro Ikraan Najma Hamdi", 10),
    ranked("Abdi Mohamed Ahmed Abdirahman Abdullahi Hassan Ali Omar Yusuf Abdiaziz Mahad Hamza Farah Ismail Liban Mukhtar Said Abdikarim Bashir Osman Abdiqani Guled Mohamud Jamal", 10),
    ranked("Mohamed Ali Ahmed Hassan Abdi Omar Farah Hussein Warsame Jama Aden Osman Yusuf Ismail Abdullahi Nur Mohamud Elmi Egal Hersi Dahir Gure Ibrahim Abdulle Hirsi Mohamoud Samatar Duale", 10),
)  # fmt: skip
POLISH = Origin(
    ranked("Anna Katarzyna Maria Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Elżbieta Joanna Aleksandra Monika Zofia Teresa Danuta Natalia Karolina Marta Beata Dorota Justyna Paulina Jadwiga Halina Grażyna Iwona Renata Urszula Sylwia", 10),
    ranked("Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Stanisław Jakub Adam Marek Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Jerzy Maciej Rafał Kamil Robert Kacper Józef Ryszard Przemysław Sławomir Bartosz", 10),
    ranked("Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Stępień Malinowski Jaworski Adamczyk Dudek Nowicki Pawlak Górski Witkowski Walczak Sikora Konieczny Zawadzki Sokołowski Głowacki Wysocki Czarnecki Krajewski Zakrzewski", 10),
)  # fmt: skip
PERSIAN = Origin(
    ranked("Maryam Fatemeh Zahra Leila Shirin Parisa Nasrin Mina Azadeh Sara Roya Nazanin Negar Mahsa Shadi Soheila Farideh Parvin Elham Samira Yasaman Golnar Ladan Simin Mitra", 10),
    ranked("Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Behrouz Dariush Kaveh Babak Arash Farhad Majid Parviz Hassan Kourosh Omid Navid Ramin Shahram Payam Bijan Siavash Houman", 10),
    ranked("Mohammadi Hosseini Ahmadi Rezaei Karimi Moradi Hashemi Rahimi Jafari Sadeghi Ghorbani Kazemi Heidari Mousavi Nazari Rostami Bagheri Akbari Amini Tehrani Shirazi Esfahani Farahani Jalali Nouri Rahmani Zamani Hosseinzadeh Ebrahimi Salehi", 10),
)  # fmt: skip
BCS = Origin(  # Bosnian, Serbian, Croatian
    ranked("Amra Emina Selma Amela Lejla Jasmina Aida Merima Ana Marija Ivana Jelena Milica Dragana Snežana Vesna Mirjana Sanela Azra Edina Nermina Maja Gordana Ljiljana Biljana Zehra Đurđica", 10),
    ranked("Amir Adnan Emir Mirza Edin Senad Haris Nermin Almir Damir Dragan Zoran Goran Milan Nikola Marko Ivan Stefan Dejan Nenad Miroslav Mladen Zlatan Sead Jasmin Ante Josip Tomislav Đorđe Dževad", 10),
    ranked("Hodžić Hadžić Kovačević Begić Delić Mehmedović Hasanović Ibrahimović Petrović Jovanović Nikolić Marković Đorđević Stojanović Ilić Popović Horvat Kovačić Babić Marić Jurić Knežević Pavlović Mujić Husić Alić Omerović Softić Šehić Halilović Karić Salihović Avdić Muratović Tahirović Mešić", 10),
)  # fmt: skip
TURKISH = Origin(
    ranked("Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hülya Leyla Esra Özlem Derya Gül Sevgi Dilek Aylin Ebru Merve Büşra Songül Gülşen", 10),
    ranked("Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah Mahmut Recep Kemal Emre Burak Serkan Erdal Cengiz Tolga", 10),
    ranked("Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Karataş Erdoğan Güneş Aksoy Tekin Bulut", 10),
)  # fmt: skip
KURDISH = Origin(
    ranked("Hevin Berfin Rojda Dilan Zozan Newroz Shilan Jiyan Avin Delal Rozerin Helin Nazdar Gulistan Bahar Sirwe Evin Nishtiman Kazhal Ronahi Shno Narin", 10),
    ranked("Azad Rebin Karwan Shvan Dler Aram Rizgar Hawar Baran Serhat Welat Rêbwar Kawa Sherzad Hiwa Dilshad Ako Soran Zana Berzan Diyar Hemin Bakhtiyar Sirwan", 10),
    ranked("Ahmed Mohammed Karim Rashid Mahmoud Aziz Salih Rasul Qadir Hama Faraj Amin Abdulla Omer Hussein Jaf Sindi Zebari Doski Baban Hawrami Kurdi Aslan Tekin Demir Kaya Ibrahim Mustafa", 10),
)  # fmt: skip
AFGHAN = Origin(
    ranked("Fatima Mariam Zahra Farzana Shabnam Malalai Mursal Sodaba Freshta Nargis Roya Parwana Madina Khatera Zarghona Zainab Hamida Masuda Laila Gulalai Spozhmai Nilofar Arezo", 10),
    ranked("Mohammad Ahmad Ali Mustafa Hamid Abdul Sayed Hussain Reza Mujtaba Omid Rahmatullah Farid Jawad Karim Najib Masoud Hekmatullah Khalid Nasir Habib Sohrab Mirwais Elyas Hamza", 10),
    ranked("Ahmadi Hussaini Rahimi Mohammadi Karimi Haidari Sultani Amiri Noori Azimi Hakimi Sadat Stanikzai Popal Safi Wardak Nazari Rezai Jafari Qaderi Habibi Sharifi Akbari Rasuli Hotak Yousufzai", 10),
)  # fmt: skip
ERITREAN = Origin(  # the father's given name as surname
    ranked("Helen Selam Senait Rahel Hanna Mebrat Saba Yordanos Luwam Tsega Mehret Abrehet Semhar Winta Feven Hiwet Freweini Aster Eden Elsa Tirhas Milen Ruth", 10),
    ranked("Yonas Daniel Samuel Tesfay Michael Habtom Dawit Yohannes Tekle Berhane Amanuel Mebrahtu Kidane Filmon Natnael Mussie Tsegay Robel Henok Yemane Solomon Aron Biniam", 10),
    ranked("Tesfay Haile Kidane Tekle Berhe Ghebremariam Gebremedhin Yohannes Mehari Weldemichael Tesfamariam Habte Andemariam Ghebreyesus Okbazghi Asmerom Mebrahtu Woldu Teklehaimanot Negash Fessehaye Berhane Kahsay Zerai", 10),
)  # fmt: skip
THAI = Origin(
    ranked("Siriporn Nattaya Supaporn Wanida Pensri Kanokwan Sunisa Malee Orapin Pornpimol Jintana Ratana Somjai Duangjai Nittaya Sumalee Araya Chanida Kannika Lamai Prapai Wilai Pranee Buppha Ratchanee", 10),
    ranked("Somchai Somsak Prasert Sompong Surachai Anan Wichai Boonmee Chaiwat Thanawat Narong Sakchai Kittisak Somboon Apichat Niran Pichit Sutthipong Worawit Thawatchai", 10),
    ranked("Saetang Srisuk Sukprasert Chaiyaphum Wongsawat Thongdee Kaewmanee Boonyarat Phromma Jaidee Sombat Rattanakorn Suwannarat Chanthara Inthasorn Siriwong Thongchai Kongkaew Prasertsuk Saelim Chaiyasit", 10),
)  # fmt: skip
LATIN = Origin(  # Chile first, then the rest of Latin America; two surnames in most
    ranked("María Carolina Claudia Patricia Verónica Marcela Paola Andrea Francisca Camila Javiera Valentina Daniela Catalina Gloria Ximena Sandra Ana Rosa Carmen Isabel Soledad Lorena Paulina Constanza Fernanda Luz Guadalupe", 10),
    ranked("Juan José Luis Carlos Jorge Cristián Francisco Rodrigo Pablo Sebastián Patricio Manuel Felipe Diego Alejandro Gonzalo Mauricio Héctor Ricardo Marcelo Matías Andrés Pedro Sergio Víctor Joaquín Ignacio Nicolás", 10),
    ranked("González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez Castro Pizarro Álvarez Vásquez Sánchez Fernández Ramírez Carrasco Gómez Cortés Herrera Núñez Jara Vergara Rivera Figueroa", 10),
)  # fmt: skip
ROMANIAN = Origin(
    ranked("Maria Elena Ioana Ana Andreea Mihaela Gabriela Cristina Alexandra Daniela Florentina Georgiana Roxana Simona Adriana Nicoleta Alina Ramona Loredana Corina Larisa", 10),
    ranked("Ion Gheorghe Constantin Alexandru Andrei Mihai Vasile Nicolae Ionuț Florin Marian Adrian Cristian Gabriel Daniel Ștefan Dumitru Bogdan Cătălin Sorin Radu Ovidiu", 10),
    ranked("Popa Popescu Pop Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu Ionescu Rusu Munteanu Constantin Mihai Lungu Marin Tudor Florea Dinu Barbu Moldovan Ene Sandu Toma Nistor Oprea", 10),
)  # fmt: skip
UKRAINIAN = Origin(
    ranked("Olena Tetiana Nataliia Iryna Svitlana Oksana Yuliia Olha Liudmyla Kateryna Mariia Anastasiia Viktoriia Halyna Nadiia Inna Alina Valentyna Larysa Daryna", 10),
    ranked("Oleksandr Serhii Andrii Volodymyr Mykola Oleksii Dmytro Vasyl Ivan Yurii Viktor Maksym Mykhailo Petro Bohdan Taras Artem Vitalii Roman Ihor", 10),
    ranked("Melnyk Shevchenko Kovalenko Bondarenko Boiko Tkachenko Kravchenko Koval Oliinyk Shevchuk Polishchuk Bondar Tkachuk Marchenko Rudenko Lysenko Savchenko Moroz Petrenko Klymenko Pavlenko Kuzmenko", 10),
)  # fmt: skip
INDIAN = Origin(
    ranked("Priya Anjali Pooja Sneha Divya Deepa Lakshmi Kavya Neha Shreya Aishwarya Swati Meera Ritu Sunita Anita Nisha Harpreet Gurpreet Shalini Ananya", 10),
    ranked("Rahul Amit Rohit Vikram Arjun Suresh Rajesh Sanjay Anil Vijay Karthik Aditya Sandeep Prakash Manoj Ravi Harish Venkatesh Srinivas Manpreet Abhishek", 10),
    ranked("Kumar Singh Sharma Patel Reddy Gupta Iyer Rao Nair Das Shah Mehta Joshi Menon Pillai Krishnan Verma Agarwal Chatterjee Banerjee Desai Kaur Mishra Srivastava", 10),
)  # fmt: skip
CHINESE = Origin(  # given name first, as people here write them
    ranked("Jing Li Ying Yan Hui Min Xiaoli Lina Mei Hong Xiaoyu Yuqing Wenjing Xin Fang Juan Ting Lei Yun Qian", 10),
    ranked("Wei Jun Lei Yong Jie Tao Qiang Hao Ming Bin Chao Gang Peng Jian Yang Feng Zhiwei Haoran Yu Xiang", 10),
    ranked("Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang", 10),
)  # fmt: skip

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_WOMEN, SV_MEN, SV_SURNAMES),
    "us": Origin(
        census(US_WOMEN_CENSUS, 150), census(US_MEN_CENSUS, 150), census(US_SURNAMES_CENSUS, 150)
    ),
    "uk": Origin(UK_WOMEN, UK_MEN, UK_SURNAMES),
    "finnish": FI,
    "arabic": ARABIC,
    "somali": SOMALI,
    "polish": POLISH,
    "persian": PERSIAN,
    "bcs": BCS,
    "turkish": TURKISH,
    "kurdish": KURDISH,
    "afghan": AFGHAN,
    "eritrean": ERITREAN,
    "thai": THAI,
    "latin": LATIN,
    "romanian": ROMANIAN,
    "ukrainian": UKRAINIAN,
    "indian": INDIAN,
    "chinese": CHINESE,
}

# Who is named, per language of the text: Swedish text names Sweden's population as it is, English
# text mostly the US and the UK, mixed text (Swedes writing at work) mostly Swedes and colleagues
# from abroad. Home services employ many born abroad (Latin America, Romania, Poland, Ukraine).
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 3, "bcs": 2.5, "persian": 2.5,
        "somali": 2, "latin": 1.6, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5, "eritrean": 1.2,
        "romanian": 1.1, "ukrainian": 1.1, "thai": 1, "indian": 0.8, "uk": 0.8, "us": 0.6, "chinese": 0.6,
    },
    "en": {
        "us": 38, "uk": 36, "swedish": 9, "indian": 4, "arabic": 2, "polish": 2, "latin": 2,
        "romanian": 1, "ukrainian": 1, "finnish": 1, "persian": 1, "chinese": 1, "somali": 0.8,
        "turkish": 0.8, "thai": 0.5, "bcs": 0.5, "eritrean": 0.4, "afghan": 0.4, "kurdish": 0.3,
    },
    "mixed": {
        "swedish": 50, "uk": 10, "us": 9, "arabic": 5, "finnish": 3, "polish": 3, "persian": 2.5,
        "bcs": 2, "indian": 2, "latin": 1.6, "somali": 1.5, "turkish": 1.5, "kurdish": 1.2,
        "afghan": 1.2, "ukrainian": 1, "romanian": 1, "eritrean": 1, "thai": 0.8, "chinese": 0.8,
    },
}  # fmt: skip
TYPED_PLAIN = (
    "polish",
    "bcs",
    "turkish",
    "latin",
    "romanian",
)  # about 30% typed without their letters

# Short forms people go by, keyed by origin and the given name.
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": {
        "Lars": ("Lasse",), "Mikael": ("Micke",), "Joakim": ("Jocke",), "Per": ("Pelle", "Pella"),
        "Karl": ("Kalle",), "Hans": ("Hasse",), "Magnus": ("Manne",), "Thomas": ("Tompa",),
        "Tomas": ("Tompa",), "Fredrik": ("Fredde",), "Mattias": ("Matte",), "Mats": ("Matte",),
        "Bengt": ("Bengan",), "Kenneth": ("Kenta",), "Robert": ("Robban",), "Patrik": ("Patte",),
        "Marcus": ("Mackan",), "Christer": ("Chrille",), "Stefan": ("Steffe",), "Niklas": ("Nicke",),
        "Daniel": ("Danne",), "Tobias": ("Tobbe",), "Torbjörn": ("Tobbe",), "Sebastian": ("Sebbe",),
        "Alexander": ("Alex",), "Jan": ("Janne",), "Gustav": ("Gurra", "Gusse"), "Gunnar": ("Gurra",),
        "Henrik": ("Henke",), "Rickard": ("Ricke",), "Kristian": ("Krille",), "Kristoffer": ("Kricke", "Stoffe"),
        "Oskar": ("Ogge",), "Ulf": ("Uffe",), "Rolf": ("Roffe",), "Johan": ("Jojje",), "Jonas": ("Jonte",),
        "Anders": ("Ante",), "Björn": ("Nalle",), "Leif": ("Leffe",), "Kjell": ("Kjelle",),
        "Elisabeth": ("Lisa", "Bettan", "Lisen"), "Elisabet": ("Bettan",), "Charlotte": ("Lotta",),
        "Charlotta": ("Lotta",), "Susanne": ("Sussie", "Sanna"), "Kristina": ("Stina", "Kicki"),
        "Christina": ("Kicki", "Stina"), "Katarina": ("Kattis", "Kajsa"), "Margareta": ("Maggan", "Greta"),
        "Birgitta": ("Gittan", "Birgit"), "Cecilia": ("Cissi",), "Josefin": ("Jossan",),
        "Madeleine": ("Madde",), "Matilda": ("Tilda",), "Rebecka": ("Becka",), "Therese": ("Tessan",),
        "Jessica": ("Jessan",), "Viktoria": ("Vicky",), "Fredrika": ("Fia",), "Sofia": ("Fia", "Sofie"),
        "Camilla": ("Millan",), "Alexandra": ("Sandra", "Alex"), "Barbro": ("Babben",), "Gunilla": ("Gunnis",),
        "Annika": ("Annie",), "Ingrid": ("Inga",), "Marianne": ("Majsan",), "Karolina": ("Kajsa",),
    },
    "us": {
        "William": ("Will", "Bill", "Billy"), "Robert": ("Rob", "Bob", "Bobby"), "Richard": ("Rick", "Rich"),
        "James": ("Jim", "Jimmy"), "Michael": ("Mike",), "Christopher": ("Chris",), "Anthony": ("Tony",),
        "Daniel": ("Dan", "Danny"), "David": ("Dave",), "Joseph": ("Joe",), "Thomas": ("Tom", "Tommy"),
        "Matthew": ("Matt",), "Andrew": ("Andy", "Drew"), "Steven": ("Steve",), "Edward": ("Ed", "Ted"),
        "Jonathan": ("Jon",), "Benjamin": ("Ben",), "Nicholas": ("Nick",), "Timothy": ("Tim",),
        "Charles": ("Charlie", "Chuck"), "Kenneth": ("Ken",), "Ronald": ("Ron",), "Donald": ("Don",),
        "Gregory": ("Greg",), "Jeffrey": ("Jeff",), "Lawrence": ("Larry",), "Raymond": ("Ray",),
        "Elizabeth": ("Liz", "Beth"), "Jennifer": ("Jen", "Jenny"), "Patricia": ("Pat", "Trish"),
        "Katherine": ("Kate", "Katie"), "Margaret": ("Maggie", "Peggy"), "Susan": ("Sue",),
        "Deborah": ("Debbie", "Deb"), "Rebecca": ("Becky",), "Kimberly": ("Kim",), "Pamela": ("Pam",),
        "Barbara": ("Barb",), "Jacqueline": ("Jackie",), "Christine": ("Chris",), "Cynthia": ("Cindy",),
        "Victoria": ("Vicky", "Tori"), "Jessica": ("Jess",), "Samantha": ("Sam",), "Stephanie": ("Steph",),
    },
    "uk": {
        "William": ("Will", "Bill"), "Robert": ("Rob", "Bob"), "Richard": ("Rich",), "James": ("Jim", "Jamie"),
        "Michael": ("Mike", "Mick"), "Christopher": ("Chris",), "Anthony": ("Tony",), "Daniel": ("Dan",),
        "David": ("Dave",), "Thomas": ("Tom",), "Matthew": ("Matt",), "Andrew": ("Andy",), "Stephen": ("Steve",),
        "Edward": ("Ed", "Eddie"), "Benjamin": ("Ben",), "Samuel": ("Sam",), "Nicholas": ("Nick",),
        "Timothy": ("Tim",), "Patrick": ("Pat", "Paddy"), "Alexander": ("Alex", "Sandy"), "Joshua": ("Josh",),
        "Elizabeth": ("Liz", "Lizzie", "Beth"), "Catherine": ("Cathy", "Kate"), "Margaret": ("Maggie", "Peggy"),
        "Susan": ("Sue",), "Deborah": ("Debbie",), "Rebecca": ("Becky", "Becca"), "Samantha": ("Sam",),
        "Victoria": ("Vicky",), "Jacqueline": ("Jackie",), "Abigail": ("Abby",), "Nicola": ("Nicky",),
        "Jennifer": ("Jenny", "Jen"), "Alexandra": ("Alex",), "Stephanie": ("Steph",), "Charlotte": ("Charlie",),
        "Christine": ("Chris", "Chrissie"), "Gillian": ("Gill",), "Patricia": ("Pat", "Trish"),
    },
    "polish": {
        "Katarzyna": ("Kasia",), "Małgorzata": ("Gosia",), "Aleksandra": ("Ola",), "Agnieszka": ("Aga",),
        "Magdalena": ("Magda",), "Joanna": ("Asia",), "Piotr": ("Piotrek",), "Tomasz": ("Tomek",),
        "Krzysztof": ("Krzysiek",), "Wojciech": ("Wojtek",), "Jakub": ("Kuba",),
    },
    "ukrainian": {"Oleksandr": ("Sasha",), "Dmytro": ("Dima",), "Kateryna": ("Katia",), "Volodymyr": ("Volodia",)},
    "latin": {"Francisco": ("Pancho", "Paco"), "José": ("Pepe",), "Guadalupe": ("Lupe",), "Alejandro": ("Ale",)},
    "arabic": {"Mohammad": ("Mo",), "Mohamed": ("Mo",), "Abdullah": ("Abdu",)},
    "finnish": {"Juha": ("Jussi",), "Matti": ("Masa",), "Johanna": ("Jonna",)},
}  # fmt: skip
