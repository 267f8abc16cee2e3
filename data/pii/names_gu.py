# ruff: noqa: E501
"""Name pools of held-out GU (issue 15): names as the population has them, weighted by how often
people carry them.

Swedish given names and surnames in the order of SCB's name statistics (written from general
knowledge; weight 1/rank; head the top 150 and a tail of rarer names past them); the US Census 1990
lists (public domain; copied from the `names` package's `dist.female.first`, `dist.male.first` and
`dist.all.last`, the census per cent as weight, head 150); UK given names and surnames in the order
of the ONS rankings (general knowledge, 1/rank); and the commonest given names and surnames of
origins common in Sweden, 1/rank, head 10. None was checked against anything in the repository.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from a list's head with this share, else from its tail


@dataclass(frozen=True)
class Pool:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int  # names[:head] is the head, names[head:] the tail


def ranked(text: str, head: int) -> Pool:
    """Names in rank order (whitespace between them, `_` for a space inside one), weight 1/rank."""
    names: list[str] = []
    for word in text.split():
        word = word.replace("_", " ")
        if word not in names:
            names.append(word)
    return Pool(
        tuple(names), tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names) - 1)
    )


def weighted(pairs: tuple[tuple[str, float], ...], head: int) -> Pool:
    """Names with their own weights (the census per cent)."""
    return Pool(tuple(n for n, _ in pairs), tuple(w for _, w in pairs), head)


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "ı": "i", "İ": "I", "đ": "dj", "Đ": "Dj", "ø": "o", "æ": "ae", "ß": "ss"}
)


def plain(word: str) -> str:
    """The name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`."""
    word = unicodedata.normalize("NFKD", word.translate(PLAIN))
    return "".join(ch for ch in word if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: -ski -> -ska, -cki -> -cka, -dzki -> -dzka."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# Swedish women's given names (all names carried, first and middle), SCB's order as remembered.
SV_GIVEN_F = ranked(
    """
    Maria Elisabeth Anna Kristina Margareta Eva Linnéa Karin Birgitta Marie Ingrid Sofia Emma
    Christina Kerstin Sara Lena Helena Johanna Ingegerd Elin Ida Matilda Julia Hanna Linda
    Katarina Ulla Louise Alice Ann Susanne Inger Elsa Anneli Malin Annika Amanda Barbro Carina
    Monica Viktoria Gunilla Cecilia Maja Agneta Jenny Astrid Irene Frida Ebba Lisa Ulrika Camilla
    Marianne Sofie Ellen Therese Lovisa Charlotta Gunnel Ella Britt Siv Ann-Marie Wilma Märta Inga
    Emelie Moa Caroline Erika Josefin Madeleine Pia Jessica Åsa Yvonne Helen Anette Klara Kristin
    Gun Lina Mona Anita Olivia Alva Vera Felicia Sandra Isabelle Emilia Agnes Elvira Saga Nora
    Ester Stina Rut Berit Britt-Marie Mikaela Jennie Rebecka Nathalie Tove Ann-Christin Lisbeth
    Viola Solveig Ingela Maj Marita Ronja Tilda Tyra Selma Freja Signe Stella Alma Lilly Elina
    Lova Nellie Ines Majken Karolina Charlotte Emilie Evelina Angelica Petra Veronica Susanna
    Marina Gabriella Helene Sanna Sabina Josefine Jeanette Eleonora Ingeborg Elise Greta Hedvig
    Liv Filippa Ann-Sofie Anne Gerd Elsie Doris Ethel Maud Sylvia Lilian Dagmar Linn Hillevi Lotta
    Mia Ellinor Elisabet Margit Aina Ebba-Lena Iris Jasmine Mira Emmy Cornelia Meja Juni Edith
    Thea Hilda Smilla Leia Tuva Maryam Fatima Amelia Elsy Majvor Gunvor Ingbritt Ulla-Britt
    Kajsa Malva Hilma Minna Idun Siri Elvina Noomi Novalie Leah Mila Ella-Maria Sonja Rakel Judit
    Tina Tanja Veronika Ylva Helga Karina Lilly-Ann Eila Irma Ragnhild Vivianne Viveka Paula
    Malou Ninni Pernilla Jeanette-Marie Desirée Rebecca Magdalena Mathilda Evelyn Frideborg
    Fredrika Agneta-Maria Carin Katrin Mari Marit Torborg Sigrid Svea Elna Valborg Dagny Gullan
    Asta Anne-Li Annelie Annette Catarina Cathrine Eivor Elvy Gudrun Hjördis Ingalill Ingalena
    Inga-Lill Irén Jane Jill Karolin Lillemor Linnea Lisen Lise-Lotte Majlis Marlene Mimmi Nanna
    Nina Ottilia Pauline Ragna Rosita Ruth Sally Sigbritt Solbritt Stefanie Sussanne Tekla
    Therése Tora Ulrica Vanja Vendela Vilma Wivianne Yasmin Zara Åse Alexandra Amira Bianca
    Blenda Carola Charlie Christine Daniela Edla Elida Ellie Elly Emely Erica Estelle Evy
    Francisca Gunhild Hedda Henrietta Ingeborg-Maria Isa Jennifer Jonna Julie Jelena Kim Lejla
    Leonora Lydia Märit Nadja Natalie Nellie-Rose Ofelia Olga Patricia Ragnvi Renée Rosa Rosie
    Signhild Silvia Fanny Agda Alida Annie Cilla Lea Leonie Hilde Ingegärd Gunborg Sunniva Tindra Tyra-Li Vivi Wendela Ingrid-Marie Aurora Hjalmara
    Nelly Kristel Lovis Elsa-Britt Embla Juliana Valdine
    """,
    150,
)

# Swedish men's given names, SCB's order as remembered.
SV_GIVEN_M = ranked(
    """
    Lars Karl Mikael Anders Johan Per Erik Carl Olof Peter Jan Thomas Hans Daniel Gustav Fredrik
    Bengt Sven Nils Lennart Magnus Alexander Stefan Åke Mats Bo Leif Göran Andreas Jonas Martin
    Ulf Mattias Henrik Björn Oskar Axel Patrik Niklas Christer Kjell David Emil Stig Rolf Tommy
    Tomas Viktor Sebastian Robert Marcus Roger Joakim Simon Christoffer Anton Gunnar Filip Håkan
    Kent Rickard Mohammed Ali Jonathan William Oscar Lucas Hugo Elias Liam Noah Adam Isak Ludvig
    Arvid Gabriel Kenneth Jörgen Rune Tobias Roland Dan Arne Ingemar Lars-Erik Per-Olof Sten
    Bertil Claes Ingvar Jesper Linus Robin Jacob Jakob Albin Edvin Theo Leo Vincent Melvin Elliot
    Alvin Wilhelm Harald Gösta Sune Kurt Tord Torbjörn Urban Conny Jimmy Johnny Dennis Pontus
    Kristoffer Samuel Benjamin Felix Hampus Måns Ola Pär Rasmus Josef Kevin Max Morgan Ronny
    Kennet Lars-Göran Karl-Erik Jan-Erik Sture Allan Yngve Evert Gert Ove Sigvard Alf Birger
    Folke Harry Holger Ivar Jarl Lage Nisse Olle Ragnar Sixten Tage Tore
    Valter Walter Vilhelm Åsmund Algot Arnold Artur Assar Bernt Bror Curt Egon Einar
    Eino Elis Enar Erland Eskil Evald Fritz Georg Gerhard Gottfrid Greger Gustaf Halvar
    Helge Herbert Hilding Hjalmar Inge Ingolf Ivan Jack Joel John Jon Jörn Kaj Karl-Gustav
    Kjell-Åke Klas Knut Krister Lars-Olof Lars-Åke Leonard Lorentz Malte Manfred Mauritz Melker
    Mons Nicklas Nicolas Norbert Oliver Orvar Osvald Otto Paul Per-Erik Percy Ralf Reidar Reine
    Roine Rudolf Runar Samir Seth Sigge Sivert Staffan Stellan Sten-Åke Svante Sven-Erik Sölve
    Teodor Thor Tim Tor Torsten Ture Uno Verner Vidar Vilgot Waldemar Yousef Östen Abbe
    Adrian Albert Alfred Ahmed Amir André Ante Arne-Olof Benny Bill Björn-Erik Bruno Casper Charlie
    Christian Colin Dag Elof Edward Emanuel Eric Frank Fredric Hassan Henning
    Ibrahim Isac Jens Jim Jöns Kasper Lennie Loke Love Lukas Matheo Milton Nelson Nils-Erik
    Noel Omar Patric Peder Philip Ricky Rikard Sam Sigfrid Stig-Olof Tommie
    Valdemar Viggo Vilmer Wille Wiktor Zakaria Åsbjörn Örjan Aron Arvid-Olof Axel-Erik Bo-Göran
    Carl-Johan Christopher Douglas Eddie Emir Erling Evert-Olof Fabian Gilbert Gustav-Adolf Harri
    Henry Hussein Ingvald Jan-Olof Jean Joar Jan-Åke Juhani Kaj-Erik Karl-Axel Karl-Johan Kenny
    Lars-Gunnar Lars-Inge Mathias Matti Mikko Milo Nore Pekka Per-Anders Roy Sakari Sigurd Stanley
    Sten-Olof Svend Timo Tony Torgny Ulrik Ville Wilmer Yasin
    """,
    150,
)

# Swedish surnames, SCB's order as remembered (names from abroad where SCB ranks them; noble names
# with particles in the tail).
SV_SURNAMES = ranked(
    """
    Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
    Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
    Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist
    Mattsson Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed
    Engström Eklund Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson
    Isaksson Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist
    Claesson Nordström Ahmed Mårtensson Lundström Hassan Viklund Björklund Eliasson Pålsson
    Berggren Sandström Lund Nordin Ström Åberg Falk Ekström Hermansson Holmgren Dahlberg
    Hellström Hedlund Sundberg Sjögren Ek Blom Abrahamsson Martinsson Öberg Andreasson Strömberg
    Månsson Hansen Åkesson Dahl Lindholm Norberg Holmqvist Mohamed Jensen Sundström Hussein
    Nordberg Jacobsson Ekman Lindblom Hedberg Omar Sjöstrand Strand Söderström Ibrahim Törnqvist
    Ottosson Lindahl Wiklund Åström Eklöf Nordlund Forsman Lindell Sundqvist Hedström Malmberg
    Borg Ekberg Lindquist Holmström Nyman Lilja Nygren Sundin Bergkvist Norén Johnsson Lundmark
    Westerberg Kristiansson Blomberg Sandell Olausson Engberg Bodén Alm Edlund Nordqvist
    Johannesson Adolfsson Rosén Wahlström Östlund Björkman Lindén Öhman Lundh Hellberg Sjödin
    Larsen Nielsen Jovanovic Ekholm Sjölund Carlsson Löfström Brandt Fors Edström Grahn Eek
    Lundell Rydberg Skoglund Hammar Friberg Granberg Hjalmarsson Kvist Lindvall Wallén Rask
    Rehn Moberg Nord Hagberg Linde Ljung Lindroth Nyqvist Sandin Söderlund Aronsson
    Vikström Melin Strandberg Svärd Boman Bäckström Ferm Fagerström Forslund Gustavsson
    Hagström Hallberg Hedman Holmlund Höglund Isberg Jonasson Kjellberg Landin Lidén Ljungberg
    Lundholm Malm Modig Molin Nordahl Nordgren Norlin Näslund Ridderstråle Rosenberg Rydén
    Sahlin Selin Sjökvist Stenberg Ståhl Sundell Svedberg Sörensen Thorén Tornberg Wallgren
    Wennberg Westin Wikman Zetterberg Åhlund Ågren Östman Östberg Almqvist Backman Bergh
    Berglöf Bodin Borén Dahlgren Dahlin Dahlqvist Edvardsson Ehn Ekdahl Engdahl Englund Enqvist
    Fransén Frid Gran Hammarberg Haraldsson Hedin Holst Hult Hägg Höög Jakobsen Jernberg Kullberg
    Lagerqvist Kihlberg Lindkvist Lindman Lövgren Marklund Mellberg Nordén Nylund Olander
    Palm Pihl Renberg Roos Rudberg Rydström Sandqvist Sjöholm Sköld Stenström Strömqvist Sundén
    Svahn Sylvén Thörn Tjäder Unger Vestin Wahlberg Wass Wigren Wrede Wåhlin Åkerlund Åslund
    Ahlberg Ahlström Alfredsson Ambrosius Barkman Bark Blixt Bolin Bränström Cederberg Cronqvist
    Dufva Ehrenberg Ekelund Fahlén Flodin Forsgren Fröberg Granlund Grönlund Gyllenhammar Hasselqvist
    Hjort Holmér Hök Ingvarsson Jernström Kask Klint Krantz Lagerlöf Lejon Lilliehöök Linderoth
    Ljunggren Löwenhielm Mörk Nerman Nordenskiöld Ohlsson Pehrsson Qvist Ramberg Rönnqvist
    Schön Sparre Stjernberg Swahn Tegnér Tham Trolle Uggla Vinberg Wachtmeister Lewenhaupt
    Gyllenstierna von_Platen af_Klercker von_Essen De_Geer af_Ugglas von_Sydow von_Otter
    von_Schantz af_Petersens Bonde Stenbock Kuylenstierna Reuterskiöld Ehrensvärd
    """,
    150,
)

# UK given names and surnames in the order of the ONS rankings (given names as the rankings of
# births over the decades put them, surnames as the register has them), 1/rank.
UK_GIVEN_F = ranked(
    """
    Olivia Amelia Isla Ava Emily Sophia Grace Mia Poppy Ella Lily Evie Isabella Sophie Ivy Freya
    Harper Willow Charlotte Jessica Rosie Daisy Alice Florence Elsie Sienna Evelyn Phoebe Matilda
    Ruby Sarah Emma Laura Rebecca Hannah Lauren Chloe Amy Katie Megan Jade Holly Lucy Bethany
    Rachel Samantha Nicola Claire Gemma Kirsty Louise Victoria Jennifer Stephanie Natalie Zoe
    Danielle Leanne Michelle Lisa Joanne Helen Kelly Donna Julie Karen Tracey Susan Deborah Elaine
    Alison Jacqueline Caroline Angela Amanda Catherine Elizabeth Margaret Patricia Linda Janet
    Christine Carol Sandra Jean Pauline Barbara Anne Mary Kathleen Maureen Sheila Brenda Valerie
    Joan Dorothy Irene Doreen Eileen Joyce Hazel Marion Rachael Gillian Fiona Heather Lynn
    Wendy Beverley Sharon Tina Dawn Julia Joanna Kate Anna Abigail Georgia Eleanor Harriet Imogen
    Millie Lola Scarlett Eva Maisie Erin Molly Esme Aria Layla Rosa Hollie Paige Courtney Shannon
    Amber Leah Abbie Jasmine Aimee Kayleigh Jodie Charlene Stacey Hayley Nadia Fatima Aisha Zara
    Priya Sian Rhian Catrin Bronwen Morag Mhairi Siobhan Niamh Aoife Orla Ciara Deirdre Bridget
    Muriel Gladys Edna Vera Winifred Phyllis Ethel Mabel Violet Beryl Audrey Sylvia Rita Shirley
    Iris Lynne Yvonne Lorraine Carole Diane Denise Janice Lesley Frances Teresa Rosemary
    Judith Penelope Philippa Felicity Mildred Clara Edith Martha Beatrice Agnes Nancy Peggy
    Ada Florence-May Hilda Marjorie Lilian Constance Elsie-May Annie Betty Lillian Ellie-Mae Tilly
    """,
    130,
)
UK_GIVEN_M = ranked(
    """
    Oliver George Noah Arthur Muhammad Leo Oscar Harry Archie Jack Henry Charlie Freddie Theodore
    Thomas Finley Theo Alfie Jacob William Isaac Tommy Joshua James Lucas Alexander Arlo Teddy
    Edward Max David John Paul Mark Michael Andrew Stephen Peter Richard Robert Christopher Ian
    Gary Simon Daniel Matthew Steven Kevin Martin Anthony Neil Darren Lee Craig Jason Stuart
    Graham Colin Keith Nigel Trevor Barry Philip Alan Brian Kenneth Derek Raymond Terence Roger
    Malcolm Dennis Leslie Geoffrey Donald Roy Ronald Frederick Albert Ernest Stanley Harold Norman
    Frank Eric Gordon Douglas Alistair Iain Duncan Gareth Rhys Dylan Owen Callum Connor Liam
    Kieran Ryan Jordan Luke Adam Benjamin Samuel Joseph Nathan Aaron Jamie Scott Dean Carl Wayne
    Shaun Jonathan Timothy Nicholas Jeremy Rupert Hugo Giles Julian Dominic Sebastian Jake Ben
    Tom Josh Reece Tyler Kyle Bradley Elliot Louis Reuben Rory Hamish Angus Fraser Euan Ewan
    Declan Sean Patrick Brendan Ciaran Niall Eoin Dafydd Gethin Huw Emrys Aled Rajesh Sanjay Amit
    Imran Tariq Bilal Yusuf Ibrahim Omar Hassan Ali Zain Ethan Mason Logan Elijah Reggie Albie
    Ronnie Bobby Louie Frankie Jude Rowan Sonny Hunter Ezra Finn Bailey Jenson Roman
    Cyril Wilfred Herbert Percy Walter Arnold Reginald Sidney Clifford Leonard Cecil Gerald Vernon
    Clive Howard Lionel Maurice Victor Bernard Graeme Russell Glen Jeffrey Barrie Mervyn
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
    Ellis Adams Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain
    Campbell Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher
    Stevens Jenkins Murray Dixon Harvey Graham Pearson Ahmed Fletcher Walsh Kaur Gibson Howard
    Andrews Stewart Elliott Reynolds Saunders Payne Fox Ford Pearce Day Brooks West Lawrence Cole
    Atkinson Bradley Spencer Gill Dawson Ball Burton O'Brien Watts Rose Booth Perry Ryan Grant
    Wells Armstrong Francis Rees Hayes Hart Hudson Newman Barrett Webster Hunter Gregory Carr Lowe
    Page Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland Hawkins Harding Porter Robertson
    Newton Oliver Reed Kennedy Williamson Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry
    Burgess Bishop Walton Burns Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls Hamilton
    Byrne Sutton McDonald Yates Hodgson Robson Curtis Hopkins O'Connor Harper Coleman Watkins Moss
    McCarthy Chambers O'Neill Griffin Sharp Hardy Wheeler Potter Osborne Johnston Gordon Doyle
    Wallace George Jordan Hutchinson Rowe Burke May Pritchard Gilbert Willis Higgins Read Miles
    Stevenson Stephenson Hammond Arnold Buckley Walters Hewitt Barber Nelson Slater Austin Sullivan
    Whitehead Mann Frost Lambert Stephens Blake Akhtar Lynch Goodwin Barton Woodward Thomson
    Cunningham Quinn Barnett Baxter Bibi Clayton Nash Greenwood Jennings Holt Kemp Poole Gallagher
    Bond Stokes Tucker Davidson Fowler Heath Norman Middleton Lawson Banks French Stanley Jarvis
    Gibbs Ferguson Hayward Carroll Farrell Hale Houghton Kirby Pugh Dale Hewson Moran Sheppard
    Sims Bolton Naylor Lucas Fitzgerald Chadwick Whittaker Kaye Ashton Rahman Conway Hurst Bentley
    Cartwright Fraser Maxwell Howells Benson Ashworth Pollard Horton Hanson Sinclair Dyer
    Douglas Moody Lord Mistry Caldwell Ingram Howe Daly Reeves Wyatt Tomlinson Metcalfe MacDonald
    MacLeod Mackenzie Sutherland Llewellyn Vaughan Gwynne Prosser Haworth Entwistle Ormerod
    Greenhalgh Pilkington Postlethwaite Ramsbottom Featherstone Cholmondeley Fanshawe Pickering
    Trevelyan Penrose Tregarthen Nankervis Pengelly
    """,
    150,
)

# The commonest given names and surnames of origins common in Sweden, 1/rank, head 10.
FINNISH = Origin(
    ranked(
        "Maria Helena Johanna Anneli Kaarina Marjatta Anna Liisa Annikki Hannele Tuula Päivi Sari Riitta Aino Eeva Pirjo Leena Tiina Minna Satu Kirsi Sirpa Anu Raija Marja-Liisa Pia",
        10,
    ),
    ranked(
        "Juhani Olavi Antero Tapani Johannes Tapio Mikael Kalevi Matti Timo Pekka Kari Jari Mikko Antti Jukka Markku Heikki Juha Petri Ilkka Seppo Veikko Esa Jouni Raimo Erkki",
        10,
    ),
    ranked(
        "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Kallio Hakala",
        10,
    ),
)
ARABIC = Origin(  # Iraq, Syria, Lebanon, Palestine; Assyrian/Syriac names among them
    ranked(
        "Fatima Maryam Noor Sara Zainab Aisha Amina Layla Rana Hiba Yasmin Huda Rasha Dalia Shahad Reem Nadia Lina Samira Souad Ninorta Shamiram Nahrin Rita Mariam Jana Rawan Hala",
        10,
    ),
    ranked(
        "Mohammed Ahmed Ali Mahmoud Hassan Omar Hussein Ibrahim Khalid Youssef Mustafa Abdullah Karim Samir Tariq Walid Yasin Rami Bassam Ninos Sargon Gabriel Hanna Elias Fadi Georges Adnan Ammar",
        10,
    ),
    ranked(
        "Ali Mohammed Ahmed Hassan Hussein Ibrahim Abdullah Khalil Mahmoud Saleh Al-Jabouri Al-Obaidi Haddad Khoury Shamoun Barsoum Saliba Issa Yousef Jamil Aziz Nasser Hamdan Al-Saadi Kassab Toma Gorgis Abdo Younan Dawood",
        10,
    ),
)
SOMALI = Origin(
    ranked(
        "Fadumo Hodan Amina Asha Khadra Sahra Hawa Ayan Ifrah Naima Sagal Halima Farhiya Deeqa Ubah Maryan Nasra Idil Hibaaq Shukri Ladan Muna",
        10,
    ),
    ranked(
        "Mohamed Abdi Ahmed Ali Abdirahman Hassan Abdullahi Omar Yusuf Ismail Mahad Abdikarim Hussein Farah Liban Said Osman Jama Guled Bashir Mukhtar Abdiaziz",
        10,
    ),
    ranked(
        "Mohamed Ali Abdi Hassan Ahmed Omar Farah Yusuf Abdullahi Warsame Nur Jama Osman Hussein Ismail Aden Hirsi Dahir Egal Mohamud Abdulle Duale Gedi Elmi Samatar",
        10,
    ),
)
POLISH = Origin(  # surnames in the masculine; `feminine` gives a woman's -ska/-cka
    ranked(
        "Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Elżbieta Joanna Zofia Monika Aleksandra Natalia Dorota Beata Justyna Marta Jadwiga Iwona Urszula Halina Grażyna",
        10,
    ),
    ranked(
        "Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Jakub Adam Stanisław Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Rafał Kamil Józef Sławomir Jerzy Tadeusz",
        10,
    ),
    ranked(
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowicki Czarnecki Zawadzki Sadowski Sikorski",
        10,
    ),
)
PERSIAN = Origin(
    ranked(
        "Maryam Fatemeh Zahra Sara Mahsa Neda Shirin Leila Parisa Nasrin Azadeh Roya Mina Samira Shiva Golnaz Niloufar Sepideh Yasaman Ladan Farideh Mitra",
        10,
    ),
    ranked(
        "Mohammad Ali Reza Hossein Amir Mehdi Hamid Saeed Behrouz Babak Dariush Kaveh Arash Omid Farhad Payam Siavash Navid Kourosh Bahman Majid Peyman",
        10,
    ),
    ranked(
        "Mohammadi Hosseini Ahmadi Rezaei Karimi Moradi Hashemi Rahimi Jafari Sadeghi Ghorbani Mousavi Kazemi Rostami Asadi Tehrani Shirazi Farahani Ebrahimi Nazari Bagheri Amini Sohrabi",
        10,
    ),
)
BCS = Origin(  # Bosnian, Serbian, Croatian
    ranked(
        "Amra Selma Emina Lejla Amela Jasmina Ana Marija Jelena Ivana Mirela Sanela Azra Dragana Snežana Mersiha Aida Nermina Maja Vesna Senada Edina Mirjana Zorica",
        10,
    ),
    ranked(
        "Amir Adnan Emir Mirza Almir Nenad Dragan Zoran Goran Milan Ivan Marko Nikola Stefan Haris Kenan Edin Samir Senad Damir Dejan Darko Tarik Zlatan Mladen",
        10,
    ),
    ranked(
        "Hodžić Hadžić Begić Delić Karić Kovačević Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Horvat Babić Marić Jurić Knežević Mehmedović Halilović Salihović Omerović Husić Mujić Alić Softić Hasanović Pavlović Popović Šarić",
        10,
    ),
)
TURKISH = Origin(
    ranked(
        "Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hanife Merve Özlem Esra Büşra Derya Gül Leyla Yasemin Nur Gülsüm Songül",
        10,
    ),
    ranked(
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Emre Burak Serkan Kemal Cem Erkan Hakan",
        10,
    ),
    ranked(
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Karataş Erdoğan Güneş",
        10,
    ),
)
ERITREAN = Origin(  # the father's given name serves as surname
    ranked(
        "Helen Selam Senait Tsega Mebrat Rahel Saba Yordanos Eden Feven Winta Hiwet Lidia Abeba Semhar Luwam Ruta Tirhas Freweini Aster Merhawit",
        10,
    ),
    ranked(
        "Yonas Tesfay Mehari Dawit Samuel Merhawi Robel Tekle Yohannes Ghebremedhin Filmon Henok Habtom Kidane Teklay Amanuel Berhane Goitom Bereket Mussie Efrem",
        10,
    ),
    ranked(
        "Tesfay Tekle Gebremariam Haile Berhe Kidane Ghebreyesus Tewelde Mebrahtu Habte Woldu Asmerom Andemariam Yemane Weldemichael Ghirmay Tsegay Negash Ogbazghi Araya Haile-Mariam",
        10,
    ),
)
AFGHAN = Origin(
    ranked(
        "Fatima Zahra Maryam Mariam Sakina Shakila Farzana Parwana Nargis Malalai Zarghona Freshta Hamida Gulalai Masuma Roya Mursal Setara Nilofar Khadija Laila",
        10,
    ),
    ranked(
        "Mohammad Ahmad Ali Mustafa Hamid Abdul Rahmatullah Hussain Jawad Reza Sayed Farid Bilal Zabihullah Mahdi Sohrab Naweed Karim Habib Najib Wahid",
        10,
    ),
    ranked(
        "Ahmadi Hosseini Rahimi Mohammadi Karimi Sultani Rezaei Azizi Haidari Nazari Hashimi Sharifi Noori Safi Amiri Popal Wardak Yusufzai Stanikzai Jafari Mohammadzai Sadat",
        10,
    ),
)
THAI = Origin(
    ranked(
        "Siriporn Supaporn Ratana Malee Kanya Pornthip Wanida Nattaya Somsri Suda Pranee Jintana Kanokwan Sunisa Thanyarat Araya Duangjai Orathai Lamai Sompit Rattana",
        10,
    ),
    ranked(
        "Somchai Somsak Sompong Prasert Suchart Boonmee Anan Wichai Kittisak Chaiwat Surachai Thanawat Nattapong Sakda Apichai Somboon Niran Prayut",
        10,
    ),
    ranked(
        "Saetang Srisuk Sukjai Wongsawat Charoenphon Chaiyaphum Rattanakorn Thongdee Boonyasit Kaewkham Sombat Phromma Intharat Jaidee Suwannarat Panyadee Nakprasert Sangthong Saelim Chanthara",
        10,
    ),
)
LATIN = Origin(  # Chile and Latin America; two surnames, the father's and the mother's
    ranked(
        "María Ana Carolina Daniela Valentina Camila Francisca Javiera Constanza Paula Claudia Patricia Verónica Gabriela Isabel Lorena Marcela Alejandra Sofía Catalina Fernanda Ximena Rosa",
        10,
    ),
    ranked(
        "Juan José Carlos Luis Jorge Francisco Cristián Rodrigo Pablo Sebastián Diego Felipe Matías Andrés Patricio Claudio Héctor Manuel Sergio Víctor Gonzalo Mauricio Raúl",
        10,
    ),
    ranked(
        "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez Castro Pizarro Álvarez Vásquez Sánchez Fernández",
        10,
    ),
)
KURDISH = Origin(
    ranked(
        "Rojin Berfin Jiyan Nazdar Shilan Avin Dilan Hêvî Rezan Zozan Gulistan Nasrin Bêrîvan Leyla Shirin Sozdar Ronahi Zilan Helin Viyan Chnar",
        10,
    ),
    ranked(
        "Rebwar Karwan Diyar Azad Shvan Rekan Dilshad Kawa Hemin Serdar Baran Soran Aram Zana Botan Hawre Shirwan Dara Sherko Kamaran Hiwa",
        10,
    ),
    ranked(
        "Ahmad Mohammed Rashid Karim Mahmoud Aziz Barzani Zebari Hawrami Baban Kurdi Rasul Amin Salih Qadir Hama Abdulla Mustafa Bakr Othman Faraj Tahir",
        10,
    ),
)
UKRAINIAN = Origin(  # one more origin judged common in Sweden now
    ranked(
        "Olena Tetiana Nataliia Iryna Svitlana Oksana Yuliia Kateryna Anastasiia Olha Mariia Viktoriia Liudmyla Halyna Inna Daria Alina",
        10,
    ),
    ranked(
        "Oleksandr Serhii Volodymyr Andrii Oleksii Dmytro Mykola Yurii Ivan Viktor Vasyl Maksym Bohdan Taras Ihor Roman Petro",
        10,
    ),
    ranked(
        "Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko",
        10,
    ),
)
INDIAN = Origin(  # one more origin judged common in Sweden now (IT and engineering)
    ranked(
        "Priya Anjali Pooja Divya Neha Sneha Lakshmi Kavya Ananya Deepa Shreya Meera Swati Rekha Nisha Sunita Aishwarya",
        10,
    ),
    ranked(
        "Rahul Amit Arjun Vikram Rajesh Suresh Sanjay Anil Ravi Karthik Aditya Rohit Vivek Srinivas Venkatesh Pradeep Manoj",
        10,
    ),
    ranked(
        "Kumar Sharma Singh Patel Reddy Gupta Nair Iyer Rao Shah Joshi Menon Verma Pillai Desai Chatterjee Mehta Krishnan Agarwal",
        10,
    ),
)

# The US Census 1990 lists (public domain), copied from the `names` package: name, per cent.
US_GIVEN_F = (
    ("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.98), ("Elizabeth", 0.937),
    ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794), ("Margaret", 0.768), ("Dorothy", 0.727), ("Lisa", 0.704),
    ("Nancy", 0.669), ("Karen", 0.667), ("Betty", 0.666), ("Helen", 0.663), ("Sandra", 0.629), ("Donna", 0.583),
    ("Carol", 0.565), ("Ruth", 0.562), ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.51), ("Sarah", 0.508),
    ("Kimberly", 0.504), ("Deborah", 0.494), ("Jessica", 0.49), ("Shirley", 0.482), ("Cynthia", 0.469),
    ("Angela", 0.468), ("Melissa", 0.462), ("Brenda", 0.455), ("Amy", 0.451), ("Anna", 0.44), ("Rebecca", 0.43),
    ("Virginia", 0.43), ("Kathleen", 0.424), ("Pamela", 0.416), ("Martha", 0.412), ("Debra", 0.408),
    ("Amanda", 0.404), ("Stephanie", 0.4), ("Carolyn", 0.385), ("Christine", 0.382), ("Marie", 0.379),
    ("Janet", 0.379), ("Catherine", 0.373), ("Frances", 0.37), ("Ann", 0.364), ("Joyce", 0.364), ("Diane", 0.359),
    ("Alice", 0.357), ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336), ("Doris", 0.335), ("Gloria", 0.335),
    ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315), ("Mildred", 0.313), ("Katherine", 0.313), ("Joan", 0.306),
    ("Ashley", 0.303), ("Judith", 0.297), ("Rose", 0.296), ("Janice", 0.285), ("Kelly", 0.283), ("Nicole", 0.281),
    ("Judy", 0.276), ("Christina", 0.275), ("Kathy", 0.272), ("Theresa", 0.271), ("Beverly", 0.267),
    ("Denise", 0.264), ("Tammy", 0.259), ("Irene", 0.252), ("Jane", 0.25), ("Lori", 0.248), ("Rachel", 0.242),
    ("Marilyn", 0.241), ("Andrea", 0.236), ("Kathryn", 0.234), ("Louise", 0.229), ("Sara", 0.229), ("Anne", 0.228),
    ("Jacqueline", 0.228), ("Wanda", 0.226), ("Bonnie", 0.223), ("Julia", 0.223), ("Ruby", 0.221), ("Lois", 0.22),
    ("Tina", 0.22), ("Phyllis", 0.219), ("Norma", 0.218), ("Paula", 0.217), ("Diana", 0.216), ("Annie", 0.216),
    ("Lillian", 0.211), ("Emily", 0.208), ("Robin", 0.208), ("Peggy", 0.208), ("Crystal", 0.207), ("Gladys", 0.205),
    ("Rita", 0.204), ("Dawn", 0.202), ("Connie", 0.2), ("Florence", 0.2), ("Tracy", 0.197), ("Edna", 0.197),
    ("Tiffany", 0.195), ("Carmen", 0.195), ("Rosa", 0.194), ("Cindy", 0.192), ("Grace", 0.189), ("Wendy", 0.185),
    ("Victoria", 0.18), ("Edith", 0.179), ("Kim", 0.178), ("Sherry", 0.178), ("Sylvia", 0.177), ("Josephine", 0.177),
    ("Thelma", 0.175), ("Shannon", 0.175), ("Sheila", 0.175), ("Ethel", 0.174), ("Ellen", 0.173), ("Elaine", 0.173),
    ("Marjorie", 0.173), ("Carrie", 0.171), ("Charlotte", 0.169), ("Monica", 0.166), ("Esther", 0.166),
    ("Pauline", 0.165), ("Emma", 0.165), ("Juanita", 0.164), ("Anita", 0.162), ("Rhonda", 0.162), ("Hazel", 0.161),
    ("Amber", 0.16), ("Eva", 0.159), ("Debbie", 0.157), ("April", 0.154), ("Leslie", 0.154), ("Clara", 0.153),
    ("Lucille", 0.153), ("Jamie", 0.153), ("Joanne", 0.15), ("Eleanor", 0.15), ("Valerie", 0.149),
    ("Danielle", 0.149), ("Megan", 0.147), ("Alicia", 0.146), ("Suzanne", 0.145), ("Michele", 0.145), ("Gail", 0.145),
    ("Bertha", 0.143), ("Darlene", 0.142), ("Veronica", 0.142), ("Jill", 0.142), ("Erin", 0.141),
    ("Geraldine", 0.141), ("Lauren", 0.137), ("Cathy", 0.137), ("Joann", 0.136), ("Lorraine", 0.135), ("Lynn", 0.135),
    ("Sally", 0.135), ("Regina", 0.133), ("Erica", 0.13), ("Beatrice", 0.13), ("Dolores", 0.129), ("Bernice", 0.128),
    ("Audrey", 0.127), ("Yvonne", 0.126), ("Annette", 0.125), ("June", 0.125), ("Samantha", 0.124), ("Marion", 0.122),
    ("Dana", 0.122), ("Stacy", 0.121), ("Ana", 0.12), ("Renee", 0.12), ("Ida", 0.118), ("Vivian", 0.118),
    ("Roberta", 0.117), ("Holly", 0.117), ("Brittany", 0.117), ("Melanie", 0.116), ("Loretta", 0.115),
    ("Yolanda", 0.115), ("Jeanette", 0.115), ("Laurie", 0.114), ("Katie", 0.113), ("Kristen", 0.111),
    ("Vanessa", 0.111), ("Alma", 0.111), ("Sue", 0.111), ("Elsie", 0.11), ("Beth", 0.11), ("Jeanne", 0.109),
    ("Vicki", 0.109), ("Carla", 0.107), ("Tara", 0.107), ("Rosemary", 0.107), ("Eileen", 0.105), ("Terri", 0.105),
    ("Gertrude", 0.103), ("Lucy", 0.103), ("Tonya", 0.102), ("Ella", 0.101), ("Stacey", 0.101), ("Wilma", 0.099),
    ("Gina", 0.099), ("Kristin", 0.099), ("Jessie", 0.098), ("Natalie", 0.098), ("Agnes", 0.098), ("Vera", 0.098),
    ("Willie", 0.097), ("Charlene", 0.097), ("Bessie", 0.096), ("Delores", 0.095), ("Melinda", 0.094),
    ("Pearl", 0.094), ("Arlene", 0.094), ("Maureen", 0.092), ("Colleen", 0.092), ("Allison", 0.092),
    ("Tamara", 0.092), ("Joy", 0.091), ("Georgia", 0.091), ("Constance", 0.091), ("Lillie", 0.09), ("Claudia", 0.09),
    ("Jackie", 0.09), ("Marcia", 0.09), ("Tanya", 0.089), ("Nellie", 0.089), ("Minnie", 0.089), ("Marlene", 0.088),
    ("Heidi", 0.088), ("Glenda", 0.088), ("Lydia", 0.086), ("Viola", 0.086), ("Courtney", 0.086), ("Marian", 0.086),
    ("Stella", 0.085), ("Caroline", 0.085), ("Dora", 0.084), ("Jo", 0.083), ("Vickie", 0.082), ("Mattie", 0.081),
    ("Terry", 0.08), ("Maxine", 0.079), ("Irma", 0.079), ("Mabel", 0.078), ("Marsha", 0.078), ("Myrtle", 0.078),
    ("Lena", 0.077), ("Christy", 0.077), ("Deanna", 0.076), ("Patsy", 0.076), ("Hilda", 0.075), ("Gwendolyn", 0.074),
    ("Jennie", 0.073), ("Nora", 0.073), ("Margie", 0.072), ("Nina", 0.072), ("Cassandra", 0.072), ("Leah", 0.072),
    ("Penny", 0.071), ("Kay", 0.071), ("Priscilla", 0.071), ("Naomi", 0.071), ("Carole", 0.071), ("Brandy", 0.07),
    ("Olga", 0.07), ("Billie", 0.069), ("Dianne", 0.069), ("Tracey", 0.069), ("Leona", 0.069), ("Jenny", 0.068),
    ("Felicia", 0.068), ("Sonia", 0.068), ("Miriam", 0.066), ("Velma", 0.066), ("Becky", 0.066), ("Bobbie", 0.065),
    ("Violet", 0.065), ("Kristina", 0.065), ("Toni", 0.064), ("Misty", 0.063), ("Mae", 0.063), ("Shelly", 0.062),
    ("Daisy", 0.062), ("Ramona", 0.062), ("Sherri", 0.062), ("Erika", 0.061), ("Katrina", 0.061), ("Claire", 0.061),
    ("Lindsey", 0.06), ("Lindsay", 0.06), ("Geneva", 0.059), ("Guadalupe", 0.059), ("Belinda", 0.059),
    ("Margarita", 0.059), ("Sheryl", 0.059), ("Cora", 0.058), ("Faye", 0.058), ("Ada", 0.057), ("Natasha", 0.057),
    ("Sabrina", 0.057), ("Isabel", 0.057), ("Marguerite", 0.056), ("Hattie", 0.056), ("Harriet", 0.056),
    ("Molly", 0.055), ("Cecilia", 0.055), ("Kristi", 0.055), ("Brandi", 0.055), ("Blanche", 0.055), ("Sandy", 0.055),
    ("Rosie", 0.055), ("Joanna", 0.055), ("Iris", 0.055), ("Eunice", 0.054), ("Angie", 0.054), ("Inez", 0.053),
    ("Lynda", 0.053), ("Madeline", 0.052), ("Amelia", 0.052), ("Alberta", 0.052), ("Genevieve", 0.051),
    ("Monique", 0.051), ("Jodi", 0.051), ("Janie", 0.051), ("Maggie", 0.051), ("Kayla", 0.051), ("Sonya", 0.051),
    ("Jan", 0.051), ("Lee", 0.051), ("Kristine", 0.051), ("Candace", 0.051), ("Fannie", 0.05), ("Maryann", 0.05),
    ("Opal", 0.05), ("Alison", 0.05), ("Yvette", 0.05), ("Melody", 0.05), ("Luz", 0.049), ("Susie", 0.049),
    ("Olivia", 0.049), ("Flora", 0.049), ("Shelley", 0.049), ("Kristy", 0.048), ("Mamie", 0.048), ("Lula", 0.048),
    ("Lola", 0.048), ("Verna", 0.048), ("Beulah", 0.048), ("Antoinette", 0.048), ("Candice", 0.046), ("Juana", 0.046),
    ("Jeannette", 0.046), ("Pam", 0.046), ("Kelli", 0.046), ("Hannah", 0.045), ("Whitney", 0.045), ("Bridget", 0.045),
    ("Karla", 0.044), ("Celia", 0.044), ("Latoya", 0.043), ("Patty", 0.043), ("Shelia", 0.043), ("Gayle", 0.043),
    ("Della", 0.043), ("Vicky", 0.043), ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042), ("Kara", 0.041),
    ("Jacquelyn", 0.041), ("Erma", 0.041), ("Blanca", 0.041), ("Myra", 0.04), ("Leticia", 0.04), ("Pat", 0.04),
    ("Krista", 0.04), ("Roxanne", 0.04), ("Angelica", 0.039), ("Johnnie", 0.039), ("Robyn", 0.039),
    ("Francis", 0.039), ("Adrienne", 0.039), ("Rosalie", 0.039), ("Alexandra", 0.039), ("Brooke", 0.039),
    ("Bethany", 0.039), ("Sadie", 0.039), ("Bernadette", 0.039),
)  # fmt: skip
US_GIVEN_M = (
    ("James", 3.318), ("John", 3.271), ("Robert", 3.143), ("Michael", 2.629), ("William", 2.451), ("David", 2.363),
    ("Richard", 1.703), ("Charles", 1.523), ("Joseph", 1.404), ("Thomas", 1.38), ("Christopher", 1.035),
    ("Daniel", 0.974), ("Paul", 0.948), ("Mark", 0.938), ("Donald", 0.931), ("George", 0.927), ("Kenneth", 0.826),
    ("Steven", 0.78), ("Edward", 0.779), ("Brian", 0.736), ("Ronald", 0.725), ("Anthony", 0.721), ("Kevin", 0.671),
    ("Jason", 0.66), ("Matthew", 0.657), ("Gary", 0.65), ("Timothy", 0.64), ("Jose", 0.613), ("Larry", 0.598),
    ("Jeffrey", 0.591), ("Frank", 0.581), ("Scott", 0.546), ("Eric", 0.544), ("Stephen", 0.54), ("Andrew", 0.537),
    ("Raymond", 0.488), ("Gregory", 0.441), ("Joshua", 0.435), ("Jerry", 0.432), ("Dennis", 0.415), ("Walter", 0.399),
    ("Patrick", 0.389), ("Peter", 0.381), ("Harold", 0.371), ("Douglas", 0.367), ("Henry", 0.365), ("Carl", 0.346),
    ("Arthur", 0.335), ("Ryan", 0.328), ("Roger", 0.322), ("Joe", 0.321), ("Juan", 0.316), ("Jack", 0.315),
    ("Albert", 0.314), ("Jonathan", 0.313), ("Justin", 0.311), ("Terry", 0.311), ("Gerald", 0.309), ("Keith", 0.308),
    ("Samuel", 0.306), ("Willie", 0.302), ("Ralph", 0.282), ("Lawrence", 0.282), ("Nicholas", 0.275), ("Roy", 0.273),
    ("Benjamin", 0.27), ("Bruce", 0.263), ("Brandon", 0.26), ("Adam", 0.259), ("Harry", 0.251), ("Fred", 0.251),
    ("Wayne", 0.249), ("Billy", 0.248), ("Steve", 0.246), ("Louis", 0.243), ("Jeremy", 0.242), ("Aaron", 0.24),
    ("Randy", 0.232), ("Howard", 0.23), ("Eugene", 0.23), ("Carlos", 0.229), ("Russell", 0.224), ("Bobby", 0.223),
    ("Victor", 0.222), ("Martin", 0.216), ("Ernest", 0.215), ("Phillip", 0.213), ("Todd", 0.213), ("Jesse", 0.209),
    ("Craig", 0.206), ("Alan", 0.204), ("Shawn", 0.2), ("Clarence", 0.197), ("Sean", 0.197), ("Philip", 0.197),
    ("Chris", 0.197), ("Johnny", 0.195), ("Earl", 0.193), ("Jimmy", 0.191), ("Antonio", 0.19), ("Danny", 0.19),
    ("Bryan", 0.19), ("Tony", 0.19), ("Luis", 0.189), ("Mike", 0.189), ("Stanley", 0.186), ("Leonard", 0.186),
    ("Nathan", 0.185), ("Dale", 0.184), ("Manuel", 0.181), ("Rodney", 0.18), ("Curtis", 0.18), ("Norman", 0.177),
    ("Allen", 0.174), ("Marvin", 0.171), ("Vincent", 0.168), ("Glenn", 0.167), ("Jeffery", 0.166), ("Travis", 0.166),
    ("Jeff", 0.166), ("Chad", 0.165), ("Jacob", 0.165), ("Lee", 0.162), ("Melvin", 0.162), ("Alfred", 0.162),
    ("Kyle", 0.16), ("Francis", 0.16), ("Bradley", 0.159), ("Jesus", 0.155), ("Herbert", 0.155), ("Frederick", 0.154),
    ("Ray", 0.153), ("Joel", 0.152), ("Edwin", 0.148), ("Don", 0.145), ("Eddie", 0.144), ("Ricky", 0.141),
    ("Troy", 0.138), ("Randall", 0.138), ("Barry", 0.134), ("Alexander", 0.132), ("Bernard", 0.127), ("Mario", 0.125),
    ("Leroy", 0.125), ("Francisco", 0.124), ("Marcus", 0.124), ("Micheal", 0.123), ("Theodore", 0.123),
    ("Clifford", 0.123), ("Miguel", 0.122), ("Oscar", 0.122), ("Jay", 0.118), ("Jim", 0.118), ("Tom", 0.117),
    ("Calvin", 0.115), ("Alex", 0.115), ("Jon", 0.115), ("Ronnie", 0.113), ("Bill", 0.112), ("Lloyd", 0.112),
    ("Tommy", 0.112), ("Leon", 0.112), ("Derek", 0.112), ("Warren", 0.11), ("Darrell", 0.108), ("Jerome", 0.108),
    ("Floyd", 0.107), ("Leo", 0.106), ("Alvin", 0.105), ("Tim", 0.104), ("Wesley", 0.104), ("Gordon", 0.104),
    ("Dean", 0.104), ("Greg", 0.104), ("Jorge", 0.104), ("Dustin", 0.103), ("Pedro", 0.103), ("Derrick", 0.103),
    ("Dan", 0.101), ("Lewis", 0.099), ("Zachary", 0.099), ("Corey", 0.098), ("Herman", 0.097), ("Maurice", 0.097),
    ("Vernon", 0.097), ("Roberto", 0.097), ("Clyde", 0.095), ("Glen", 0.094), ("Hector", 0.094), ("Shane", 0.093),
    ("Ricardo", 0.093), ("Sam", 0.092), ("Rick", 0.091), ("Lester", 0.091), ("Brent", 0.09), ("Ramon", 0.09),
    ("Charlie", 0.09), ("Tyler", 0.089), ("Gilbert", 0.089), ("Gene", 0.087), ("Marc", 0.087), ("Reginald", 0.084),
    ("Ruben", 0.082), ("Brett", 0.082), ("Angel", 0.082), ("Nathaniel", 0.081), ("Rafael", 0.081), ("Leslie", 0.081),
    ("Edgar", 0.08), ("Milton", 0.08), ("Raul", 0.079), ("Ben", 0.078), ("Chester", 0.078), ("Cecil", 0.078),
    ("Duane", 0.077), ("Franklin", 0.077), ("Andre", 0.076), ("Elmer", 0.074), ("Brad", 0.073), ("Gabriel", 0.073),
    ("Ron", 0.072), ("Mitchell", 0.072), ("Roland", 0.072), ("Arnold", 0.072), ("Harvey", 0.072), ("Jared", 0.071),
    ("Adrian", 0.069), ("Karl", 0.069), ("Cory", 0.068), ("Claude", 0.068), ("Erik", 0.068), ("Darryl", 0.067),
    ("Jamie", 0.066), ("Neil", 0.066), ("Jessie", 0.065), ("Christian", 0.065), ("Javier", 0.065),
    ("Fernando", 0.065), ("Clinton", 0.065), ("Ted", 0.064), ("Mathew", 0.064), ("Tyrone", 0.064), ("Darren", 0.064),
    ("Lonnie", 0.064), ("Lance", 0.063), ("Cody", 0.063), ("Julio", 0.063), ("Kelly", 0.063), ("Kurt", 0.062),
    ("Allan", 0.061), ("Nelson", 0.061), ("Guy", 0.06), ("Clayton", 0.06), ("Hugh", 0.06), ("Max", 0.059),
    ("Dwayne", 0.059), ("Dwight", 0.058), ("Armando", 0.058), ("Felix", 0.058), ("Jimmie", 0.058), ("Everett", 0.057),
    ("Jordan", 0.056), ("Ian", 0.056), ("Wallace", 0.056), ("Ken", 0.055), ("Bob", 0.055), ("Jaime", 0.055),
    ("Casey", 0.054), ("Alfredo", 0.054), ("Alberto", 0.053), ("Dave", 0.053), ("Ivan", 0.053), ("Johnnie", 0.052),
    ("Sidney", 0.052), ("Byron", 0.052), ("Julian", 0.052), ("Isaac", 0.051), ("Morris", 0.051), ("Clifton", 0.05),
    ("Willard", 0.05), ("Daryl", 0.05), ("Ross", 0.05), ("Virgil", 0.049), ("Andy", 0.049), ("Marshall", 0.049),
    ("Salvador", 0.049), ("Perry", 0.049), ("Kirk", 0.049), ("Sergio", 0.049), ("Marion", 0.048), ("Tracy", 0.048),
    ("Seth", 0.048), ("Kent", 0.048), ("Terrance", 0.048), ("Rene", 0.048), ("Eduardo", 0.047), ("Terrence", 0.047),
    ("Enrique", 0.046), ("Freddie", 0.046), ("Wade", 0.045), ("Austin", 0.044), ("Stuart", 0.044),
    ("Fredrick", 0.043), ("Arturo", 0.043), ("Alejandro", 0.043), ("Jackie", 0.043), ("Joey", 0.043), ("Nick", 0.043),
    ("Luther", 0.043), ("Wendell", 0.042), ("Jeremiah", 0.042), ("Evan", 0.042), ("Julius", 0.042), ("Dana", 0.042),
    ("Donnie", 0.041), ("Otis", 0.041), ("Shannon", 0.04), ("Trevor", 0.04), ("Oliver", 0.04), ("Luke", 0.04),
    ("Homer", 0.04), ("Gerard", 0.04), ("Doug", 0.04), ("Kenny", 0.039), ("Hubert", 0.039), ("Angelo", 0.039),
    ("Shaun", 0.039), ("Lyle", 0.038), ("Matt", 0.038), ("Lynn", 0.038), ("Alfonso", 0.038), ("Orlando", 0.037),
    ("Rex", 0.037), ("Carlton", 0.037), ("Ernesto", 0.037), ("Cameron", 0.037), ("Neal", 0.037), ("Pablo", 0.036),
    ("Lorenzo", 0.036), ("Omar", 0.036), ("Wilbur", 0.036), ("Blake", 0.036), ("Grant", 0.036), ("Horace", 0.036),
    ("Roderick", 0.036), ("Kerry", 0.036), ("Abraham", 0.035), ("Willis", 0.035), ("Rickey", 0.035), ("Jean", 0.035),
    ("Ira", 0.035), ("Andres", 0.034), ("Cesar", 0.034), ("Johnathan", 0.034), ("Malcolm", 0.034), ("Rudolph", 0.034),
    ("Damon", 0.034), ("Kelvin", 0.034), ("Rudy", 0.034), ("Preston", 0.034), ("Alton", 0.033), ("Archie", 0.033),
    ("Marco", 0.033), ("Wm", 0.033), ("Pete", 0.032), ("Randolph", 0.032), ("Garry", 0.032), ("Geoffrey", 0.032),
    ("Jonathon", 0.032), ("Felipe", 0.032), ("Bennie", 0.032), ("Gerardo", 0.032), ("Ed", 0.032), ("Dominic", 0.032),
    ("Robin", 0.032), ("Loren", 0.032), ("Delbert", 0.031), ("Colin", 0.031), ("Guillermo", 0.031),
    ("Earnest", 0.031), ("Lucas", 0.031), ("Benny", 0.03), ("Noel", 0.03), ("Spencer", 0.03), ("Rodolfo", 0.03),
    ("Myron", 0.03), ("Edmund", 0.03), ("Garrett", 0.029), ("Salvatore", 0.029), ("Cedric", 0.029), ("Lowell", 0.029),
    ("Gregg", 0.029), ("Sherman", 0.028), ("Wilson", 0.028), ("Devin", 0.028), ("Sylvester", 0.028), ("Kim", 0.028),
    ("Roosevelt", 0.028), ("Israel", 0.028), ("Jermaine", 0.028),
)  # fmt: skip
US_SURNAMES = (
    ("Smith", 1.006), ("Johnson", 0.81), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621), ("Davis", 0.48),
    ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor", 0.311), ("Anderson", 0.311), ("Thomas", 0.311),
    ("Jackson", 0.31), ("White", 0.279), ("Harris", 0.275), ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254),
    ("Martinez", 0.234), ("Robinson", 0.233), ("Clark", 0.231), ("Rodriguez", 0.229), ("Lewis", 0.226), ("Lee", 0.22),
    ("Walker", 0.219), ("Hall", 0.2), ("Allen", 0.199), ("Young", 0.193), ("Hernandez", 0.192), ("King", 0.19),
    ("Wright", 0.189), ("Lopez", 0.187), ("Hill", 0.187), ("Scott", 0.185), ("Green", 0.183), ("Adams", 0.174),
    ("Baker", 0.171), ("Gonzalez", 0.166), ("Nelson", 0.162), ("Carter", 0.162), ("Mitchell", 0.16), ("Perez", 0.155),
    ("Roberts", 0.153), ("Turner", 0.152), ("Phillips", 0.149), ("Campbell", 0.149), ("Parker", 0.146),
    ("Evans", 0.141), ("Edwards", 0.137), ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.13),
    ("Morris", 0.125), ("Rogers", 0.123), ("Reed", 0.122), ("Cook", 0.12), ("Morgan", 0.118), ("Bell", 0.117),
    ("Murphy", 0.117), ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper", 0.113), ("Richardson", 0.112), ("Cox", 0.11),
    ("Howard", 0.11), ("Ward", 0.108), ("Torres", 0.108), ("Peterson", 0.107), ("Gray", 0.106), ("Ramirez", 0.105),
    ("James", 0.105), ("Watson", 0.103), ("Brooks", 0.103), ("Kelly", 0.102), ("Sanders", 0.1), ("Price", 0.099),
    ("Bennett", 0.099), ("Wood", 0.098), ("Barnes", 0.097), ("Ross", 0.096), ("Henderson", 0.095), ("Coleman", 0.095),
    ("Jenkins", 0.095), ("Perry", 0.094), ("Powell", 0.093), ("Long", 0.092), ("Patterson", 0.092), ("Hughes", 0.092),
    ("Flores", 0.092), ("Washington", 0.092), ("Butler", 0.091), ("Simmons", 0.091), ("Foster", 0.091),
    ("Gonzales", 0.087), ("Bryant", 0.087), ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084),
    ("Diaz", 0.084), ("Hayes", 0.083), ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082), ("Graham", 0.082),
    ("Sullivan", 0.081), ("Wallace", 0.081), ("Woods", 0.08), ("Cole", 0.08), ("West", 0.08), ("Jordan", 0.078),
    ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077), ("Ellis", 0.077), ("Harrison", 0.076),
    ("Gibson", 0.075), ("McDonald", 0.075), ("Cruz", 0.075), ("Marshall", 0.075), ("Ortiz", 0.075), ("Gomez", 0.075),
    ("Murray", 0.074), ("Freeman", 0.074), ("Wells", 0.073), ("Webb", 0.072), ("Simpson", 0.07), ("Stevens", 0.07),
    ("Tucker", 0.07), ("Porter", 0.069), ("Hunter", 0.069), ("Hicks", 0.069), ("Crawford", 0.068), ("Henry", 0.068),
    ("Boyd", 0.068), ("Mason", 0.068), ("Morales", 0.067), ("Kennedy", 0.067), ("Warren", 0.067), ("Dixon", 0.066),
    ("Ramos", 0.066), ("Reyes", 0.066), ("Burns", 0.065), ("Gordon", 0.065), ("Shaw", 0.065), ("Holmes", 0.065),
    ("Rice", 0.064), ("Robertson", 0.064), ("Hunt", 0.063), ("Black", 0.063), ("Daniels", 0.062), ("Palmer", 0.062),
    ("Mills", 0.061), ("Nichols", 0.06), ("Grant", 0.06), ("Knight", 0.06), ("Ferguson", 0.059), ("Rose", 0.059),
    ("Stone", 0.059), ("Hawkins", 0.059), ("Dunn", 0.058), ("Perkins", 0.058), ("Hudson", 0.058), ("Spencer", 0.057),
    ("Gardner", 0.057), ("Stephens", 0.057), ("Payne", 0.057), ("Pierce", 0.056), ("Berry", 0.056),
    ("Matthews", 0.056), ("Arnold", 0.056), ("Wagner", 0.055), ("Willis", 0.055), ("Ray", 0.055), ("Watkins", 0.055),
    ("Olson", 0.055), ("Carroll", 0.055), ("Duncan", 0.055), ("Snyder", 0.055), ("Hart", 0.054),
    ("Cunningham", 0.054), ("Bradley", 0.054), ("Lane", 0.054), ("Andrews", 0.054), ("Ruiz", 0.054),
    ("Harper", 0.054), ("Fox", 0.053), ("Riley", 0.053), ("Armstrong", 0.053), ("Carpenter", 0.053),
    ("Weaver", 0.053), ("Greene", 0.053), ("Lawrence", 0.052), ("Elliott", 0.052), ("Chavez", 0.052), ("Sims", 0.052),
    ("Austin", 0.052), ("Peters", 0.052), ("Kelley", 0.052), ("Franklin", 0.051), ("Lawson", 0.051),
    ("Fields", 0.051), ("Gutierrez", 0.051), ("Ryan", 0.051), ("Schmidt", 0.051), ("Carr", 0.051), ("Vasquez", 0.051),
    ("Castillo", 0.051), ("Wheeler", 0.051), ("Chapman", 0.05), ("Oliver", 0.05), ("Montgomery", 0.049),
    ("Richards", 0.049), ("Williamson", 0.049), ("Johnston", 0.049), ("Banks", 0.048), ("Meyer", 0.048),
    ("Bishop", 0.048), ("McCoy", 0.048), ("Howell", 0.048), ("Alvarez", 0.048), ("Morrison", 0.048),
    ("Hansen", 0.047), ("Fernandez", 0.047), ("Garza", 0.047), ("Harvey", 0.047), ("Little", 0.046),
    ("Burton", 0.046), ("Stanley", 0.046), ("Nguyen", 0.046), ("George", 0.046), ("Jacobs", 0.046), ("Reid", 0.046),
    ("Kim", 0.045), ("Fuller", 0.045), ("Lynch", 0.045), ("Dean", 0.045), ("Gilbert", 0.045), ("Garrett", 0.045),
    ("Romero", 0.045), ("Welch", 0.044), ("Larson", 0.044), ("Frazier", 0.044), ("Burke", 0.044), ("Hanson", 0.043),
    ("Day", 0.043), ("Mendoza", 0.043), ("Moreno", 0.043), ("Bowman", 0.043), ("Medina", 0.042), ("Fowler", 0.042),
    ("Brewer", 0.042), ("Hoffman", 0.042), ("Carlson", 0.042), ("Silva", 0.042), ("Pearson", 0.042),
    ("Holland", 0.042), ("Douglas", 0.041), ("Fleming", 0.041), ("Jensen", 0.041), ("Vargas", 0.041), ("Byrd", 0.041),
    ("Davidson", 0.041), ("Hopkins", 0.041), ("May", 0.04), ("Terry", 0.04), ("Herrera", 0.04), ("Wade", 0.04),
    ("Soto", 0.04), ("Walters", 0.04), ("Curtis", 0.04), ("Neal", 0.039), ("Caldwell", 0.039), ("Lowe", 0.039),
    ("Jennings", 0.039), ("Barnett", 0.039), ("Graves", 0.039), ("Jimenez", 0.039), ("Horton", 0.039),
    ("Shelton", 0.039), ("Barrett", 0.039), ("O'Brien", 0.039), ("Castro", 0.039), ("Sutton", 0.038),
    ("Gregory", 0.038), ("McKinney", 0.038), ("Lucas", 0.038), ("Miles", 0.038), ("Craig", 0.038),
    ("Rodriquez", 0.037), ("Chambers", 0.037), ("Holt", 0.037), ("Lambert", 0.037), ("Fletcher", 0.037),
    ("Watts", 0.037), ("Bates", 0.037), ("Hale", 0.037), ("Rhodes", 0.037), ("Pena", 0.037), ("Beck", 0.037),
    ("Newman", 0.036), ("Haynes", 0.036), ("McDaniel", 0.036), ("Mendez", 0.036), ("Bush", 0.036), ("Vaughn", 0.036),
    ("Parks", 0.035), ("Dawson", 0.035), ("Santiago", 0.035), ("Norris", 0.035), ("Hardy", 0.035), ("Love", 0.035),
    ("Steele", 0.035), ("Curry", 0.035), ("Powers", 0.035), ("Schultz", 0.035), ("Barker", 0.035), ("Guzman", 0.034),
    ("Page", 0.034), ("Munoz", 0.034), ("Ball", 0.034), ("Keller", 0.034), ("Chandler", 0.034), ("Weber", 0.034),
    ("Leonard", 0.034), ("Walsh", 0.033), ("Lyons", 0.033), ("Ramsey", 0.033), ("Wolfe", 0.033), ("Schneider", 0.033),
    ("Mullins", 0.033), ("Benson", 0.033), ("Sharp", 0.033), ("Bowen", 0.033), ("Daniel", 0.033), ("Barber", 0.032),
    ("Cummings", 0.032), ("Hines", 0.032), ("Baldwin", 0.032), ("Griffith", 0.032), ("Valdez", 0.032),
    ("Hubbard", 0.032), ("Salazar", 0.032), ("Reeves", 0.032), ("Warner", 0.031), ("Stevenson", 0.031),
    ("Burgess", 0.031), ("Santos", 0.031), ("Tate", 0.031), ("Cross", 0.031), ("Garner", 0.031), ("Mann", 0.031),
    ("Mack", 0.031), ("Moss", 0.031), ("Thornton", 0.031), ("Dennis", 0.031), ("McGee", 0.031), ("Farmer", 0.03),
    ("Delgado", 0.03), ("Aguilar", 0.03), ("Vega", 0.03), ("Glover", 0.03), ("Manning", 0.03), ("Cohen", 0.03),
    ("Harmon", 0.03), ("Rodgers", 0.03), ("Robbins", 0.03), ("Newton", 0.03), ("Todd", 0.03), ("Blair", 0.03),
    ("Higgins", 0.03), ("Ingram", 0.03), ("Reese", 0.03), ("Cannon", 0.03), ("Strickland", 0.03), ("Townsend", 0.03),
    ("Potter", 0.03), ("Goodwin", 0.03), ("Walton", 0.03), ("Rowe", 0.029), ("Hampton", 0.029), ("Ortega", 0.029),
    ("Patton", 0.029), ("Swanson", 0.029), ("Joseph", 0.029), ("Francis", 0.029), ("Goodman", 0.029),
    ("Maldonado", 0.029), ("Yates", 0.029), ("Becker", 0.029), ("Erickson", 0.029), ("Hodges", 0.029),
    ("Rios", 0.029), ("Conner", 0.029), ("Adkins", 0.029), ("Webster", 0.028), ("Norman", 0.028), ("Malone", 0.028),
    ("Hammond", 0.028), ("Flowers", 0.028), ("Cobb", 0.028), ("Moody", 0.028), ("Quinn", 0.028), ("Blake", 0.028),
    ("Maxwell", 0.028), ("Pope", 0.028), ("Floyd", 0.027), ("Osborne", 0.027), ("Paul", 0.027), ("McCarthy", 0.027),
    ("Guerrero", 0.027), ("Lindsey", 0.027), ("Estrada", 0.027), ("Sandoval", 0.027), ("Gibbs", 0.027),
    ("Tyler", 0.027), ("Gross", 0.027), ("Fitzgerald", 0.027), ("Stokes", 0.027), ("Doyle", 0.027),
    ("Sherman", 0.027),
)  # fmt: skip

US = Origin(weighted(US_GIVEN_F, 150), weighted(US_GIVEN_M, 150), weighted(US_SURNAMES, 150))
SWEDISH = Origin(SV_GIVEN_F, SV_GIVEN_M, SV_SURNAMES)
UK = Origin(UK_GIVEN_F, UK_GIVEN_M, UK_SURNAMES)

ORIGINS = {
    "swedish": SWEDISH, "us": US, "uk": UK, "finnish": FINNISH, "arabic": ARABIC, "somali": SOMALI,
    "polish": POLISH, "persian": PERSIAN, "bcs": BCS, "turkish": TURKISH, "eritrean": ERITREAN,
    "afghan": AFGHAN, "thai": THAI, "latin": LATIN, "kurdish": KURDISH, "ukrainian": UKRAINIAN,
    "indian": INDIAN,
}  # fmt: skip

# Who is named, per language of the text: Swedish largest in Swedish and mixed text.
MIXES = {
    "sv": {
        "swedish": 68, "arabic": 6, "finnish": 5, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "afghan": 1.5, "turkish": 1.5, "kurdish": 1.5, "eritrean": 1.2, "ukrainian": 1.2,
        "thai": 1, "latin": 1, "indian": 0.8, "uk": 0.8, "us": 0.6,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 9, "indian": 3, "arabic": 2, "polish": 2, "latin": 2,
        "finnish": 1, "somali": 1, "persian": 1, "turkish": 1, "thai": 1, "bcs": 1, "ukrainian": 1,
        "afghan": 0.5, "eritrean": 0.5, "kurdish": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 10, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
        "persian": 2.5, "indian": 2, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5, "afghan": 1.5,
        "ukrainian": 1.5, "eritrean": 1, "thai": 1, "latin": 1,
    },
}  # fmt: skip

_SV_SHORT = {
    "Lars": ["Lasse"], "Mikael": ["Micke"], "Karl": ["Kalle"], "Carl": ["Calle"], "Per": ["Pelle", "Perra"],
    "Peter": ["Peppe"], "Magnus": ["Mange"], "Thomas": ["Tompa"], "Tomas": ["Tompa"], "Fredrik": ["Fredde"],
    "Christoffer": ["Stoffe"], "Kristoffer": ["Kricke", "Stoffe"], "Robert": ["Robban"], "Marcus": ["Mackan"],
    "Niklas": ["Nicke"], "Patrik": ["Patte"], "Mattias": ["Matte"], "Daniel": ["Danne"], "Stefan": ["Steffe"],
    "Lennart": ["Lelle"], "Gustav": ["Gurra", "Gus"], "Olof": ["Olle"], "Bengt": ["Bengan"], "Jan": ["Janne"],
    "Hans": ["Hasse"], "Sven": ["Svenne"], "Ulf": ["Uffe"], "Henrik": ["Henke"],
    "Andreas": ["Andy"], "Rickard": ["Ricke"], "Sebastian": ["Sebbe"], "Alexander": ["Alex"],
    "Jonathan": ["Jonte"], "Joakim": ["Jocke"], "Johan": ["Jocke"], "Kenneth": ["Kenta"], "Tobias": ["Tobbe"],
    "Torbjörn": ["Tobbe"], "Christer": ["Kicke"], "Ingemar": ["Imse"], "Gunnar": ["Gunne"],
    "Kristina": ["Kicki", "Stina"], "Margareta": ["Maggan", "Greta"], "Elisabeth": ["Lisa", "Bettan"],
    "Birgitta": ["Bittan", "Gittan"], "Katarina": ["Kattis", "Kajsa"], "Susanne": ["Sussie"],
    "Charlotta": ["Lotta"], "Viktoria": ["Vicky"], "Camilla": ["Millan"], "Josefin": ["Josse"],
    "Johanna": ["Jossan"], "Cecilia": ["Cilla"], "Madeleine": ["Maddy"], "Helena": ["Lena"],
    "Barbro": ["Babben"], "Ulrika": ["Ullis"], "Gunilla": ["Gunnel"], "Christina": ["Kicki", "Tina"],
    "Jessica": ["Jessie"], "Annika": ["Annie"], "Matilda": ["Tilda"], "Amanda": ["Mandy"],
}  # fmt: skip
_EN_SHORT = {
    "William": ["Bill", "Will"], "Robert": ["Bob", "Rob"], "Richard": ["Rick", "Dick"], "James": ["Jim", "Jimmy"],
    "Michael": ["Mike"], "Elizabeth": ["Liz", "Beth"], "Margaret": ["Maggie", "Peggy"], "Jennifer": ["Jen", "Jenny"],
    "Christopher": ["Chris"], "Anthony": ["Tony"], "Joseph": ["Joe"], "Thomas": ["Tom"], "Daniel": ["Dan"],
    "Matthew": ["Matt"], "Andrew": ["Andy"], "Katherine": ["Kate", "Katie"], "Catherine": ["Cathy", "Kate"],
    "Patricia": ["Pat", "Trish"], "Susan": ["Sue"], "Deborah": ["Debbie"], "Rebecca": ["Becky"],
    "Alexander": ["Alex"], "Edward": ["Ed", "Ted"], "Charles": ["Charlie", "Chuck"], "David": ["Dave"],
    "Stephen": ["Steve"], "Steven": ["Steve"], "Samuel": ["Sam"], "Benjamin": ["Ben"], "Nicholas": ["Nick"],
    "Jonathan": ["Jon"], "Timothy": ["Tim"], "Gregory": ["Greg"], "Kenneth": ["Ken"], "Ronald": ["Ron"],
    "Donald": ["Don"], "Victoria": ["Vicky"], "Barbara": ["Barb"], "Dorothy": ["Dot"], "Pamela": ["Pam"],
    "Kimberly": ["Kim"], "Samantha": ["Sam"], "Jessica": ["Jess"], "Frederick": ["Fred"], "Raymond": ["Ray"],
    "Terence": ["Terry"], "Gerald": ["Gerry"], "Philip": ["Phil"], "Christine": ["Chris"], "Gillian": ["Jill"],
}  # fmt: skip
NICKNAMES = {
    "swedish": _SV_SHORT, "us": _EN_SHORT, "uk": _EN_SHORT,
    "arabic": {"Mohammed": ["Mo"], "Abdullah": ["Abdi"]}, "afghan": {"Mohammad": ["Mo"]},
    "persian": {"Mohammad": ["Mo"]}, "finnish": {"Juhani": ["Jussi"], "Johannes": ["Hannes"]},
    "polish": {"Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"], "Aleksandra": ["Ola"], "Wojciech": ["Wojtek"], "Krzysztof": ["Krzysiek"]},
    "latin": {"Francisco": ["Pancho"], "José": ["Pepe"]},
}  # fmt: skip
