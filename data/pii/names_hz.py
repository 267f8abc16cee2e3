# ruff: noqa: E501
"""Name pools of held-out HZ (issue 15): names as the population has them, by origin and weight.

Written from the writer's general knowledge of the published rankings (SCB's name statistics for
Sweden, the ONS rankings for England and Wales, the commonest names of the origins common in
Sweden), except the US lists, which are the US Census 1990 lists (`dist.female.first`,
`dist.male.first`, `dist.all.last`, public domain) copied from the `names` package with the census
per cent as weight. Ranked lists weigh 1/rank. No name was checked against anything in rung or
left out for being known or unknown to it. `_` in a ranked list stands for a space (`von_Platen`).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this probability, else its tail


@dataclass
class Pool:
    names: list[str]
    weights: list[float]
    head: int  # names[:head] is the head, names[head:] the tail


@dataclass
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def ranked(text: str, head: int) -> Pool:
    """A pool in rank order from whitespace-separated names, weight 1/rank, duplicates dropped."""
    names: list[str] = []
    for word in text.split():
        word = word.replace("_", " ")
        if word not in names:
            names.append(word)
    return Pool(names, [1 / (i + 1) for i in range(len(names))], min(head, len(names) - 1))


def census(rows: tuple[tuple[str, float], ...], head: int) -> Pool:
    """A pool from the census's (name, per cent) rows."""
    return Pool([n for n, _ in rows], [w for _, w in rows], head)


_PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "İ": "I", "ø": "o", "æ": "ae"}
)


def plain(word: str) -> str:
    """The name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`."""
    word = word.translate(_PLAIN)
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname's feminine form: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for ending in ("ski", "cki", "dzki"):
        if surname.endswith(ending):
            return surname[:-1] + "a"
    return surname


# --- Sweden: SCB's name statistics, all bearers, in rank order as the writer knows them ---------
SV_WOMEN = ranked(
    """
Maria Elisabeth Anna Kristina Margareta Eva Linnéa Karin Birgitta Marie Ingrid Elisabet Sofia
Emma Christina Helena Kerstin Johanna Lena Sara Marianne Ida Inger Elin Hanna Cecilia Louise Ulla
Viktoria Anita Gunilla Julia Alice Elsa Linda Katarina Susanne Malin Amanda Astrid Jenny Matilda
Ingegerd Monica Irene Ebba Carina Barbro Ann Maja Ulrika Annika Camilla Charlotte Frida Åsa Klara
Wilma Josefin Agneta Therese Siv Ellen Moa Lisa Alexandra Britt Karolina Ingela Emelie Gun
Lovisa Alva Caroline Agnes Signe Sandra Birgit Ella Jessica Margit Ann-Marie Anneli Marita Yvonne
Gerd Sofie Ester Pia Inga Felicia Vera Mona Ronja Nathalie Emilia Elvira Tove Saga Gunnel
Isabelle Rebecka Mikaela Lina Jennie Madeleine Annelie Ann-Christin Britt-Marie Ann-Sofie
Anna-Karin Kristin Mia Nora Stina Hedvig Greta Stella Lilly Selma Solveig Viola Elise Eleonora
Beatrice Hilda Tyra Thea Nellie Tilda Tuva Lova Olivia Freja Cornelia Paulina Fanny Ellinor
Evelina Jonna Angelica Erika Helen Pernilla Petra Sonja Lisbeth Ruth Majvor Gudrun Berit Sylvia
Märta Maj-Britt Sigrid Ylva Nina Veronica Annette Victoria Jennifer Elina Clara Linn Sanna Maud
Ingalill Eva-Lena Marie-Louise Ulla-Britt Gunvor Lillemor Ragnhild Dagmar Svea Lilian Laila
Margaretha Mariana Marina Ewa Emmy My Tina Minna Anette Marlene Natalie Josefine Amelia Alicia
Wilhelmina Lisen Marika Gull-Britt Ingeborg Ingegärd Elsie Rut Dagny Edit Edith Elly Elna Hjördis
Inez Iris Juni Kajsa Katrin Lotta Maj Majken Malva Meja Melina Mira Molly Nova Ottilia Pernille
Ragnvi Rakel Rigmor Rosa Rosita Sanja Siri Sissel Stella Susann Tora Tyra Ulrica Valborg Vanja
Vilma Yasmin Zara Ylva Åse Aina Alfhild Alida Anja Ann-Louise Anna-Lena Anne Annie Annica
Anne-Marie Asta Aurora Benita Bodil Britta Britt-Inger Carin Carola Catarina Cathrine Charlotta
Dorotea Ebba-Stina Eira Ellie Elly Emilie Estelle Evy Filippa Frideborg Gabriella Gertrud Gisela
Gloria Gunhild Gunn Hedda Helga Henny Hillevi Hulda Ina Inga-Lill Ingela Isa Ivy Jane Janina
Johanne Jolin Josephine Judit Karola Kerstin-Maj Lea Leila Lejla Lilia Liv Livia Lo Lydia Maj-Lis
Malou Margot Mari Marielle Marit Mathilda Mathilde Maya Milla Minna Mona-Lisa Naemi Nanna
Nea Nelly Noomi Oline Pamela Patricia Rebecca Regina Renée Rigmor Ronja-Li Rosalie Sabina Sally
Sanna-Maria Selin Signhild Sigun Siw Solbritt Sonia Stephanie Ester Teresia Tindra Tora Ulrika
Una Valentina Vendela Vivianne Vivi Wendela Yvette Åsa-Lena Ebony Ingbritt Ingrid-Marie Kicki
Lisette Louisa Marianna Märit Nadja Ninni Rebeka Rosmari Sigbritt Tekla Therése Viveka
""",
    150,
)

SV_MEN = ranked(
    """
Lars Karl Erik Anders Per Johan Mikael Nils Carl Jan Lennart Hans Olof Gustav Peter Thomas
Daniel Fredrik Bengt Sven Andreas Bo Alexander Åke Magnus Stefan Mats Oskar Göran Ulf Leif
Johannes Jonas Axel Martin Mattias Henrik Kent Christer Emil Niklas Björn Filip David Marcus
Anton Viktor Stig Kjell Rolf Tommy Gunnar Arne Christian Hugo Wilhelm Roger Tobias Robert Patrik
Sebastian Joakim William Rickard Lucas Elias Simon Jesper Kenneth Rune Adam Claes Oscar Liam
Gösta Isak Ludvig Kristoffer Jakob Håkan Torbjörn Ingemar Robin Vincent Edvin Viggo Theo Albin
Emanuel Hampus Benjamin Dennis Jimmy Jörgen Kurt Roland Ove Tage Sten Ingvar Bertil Arvid Harald
Olle Linus Elliot Noah Alfred Melvin Casper Jacob Samuel Felix Gabriel Max Oliver Leo Lukas Otto
Sixten August Frans Gustaf Erland Folke Birger Sune Evert Valter Helge Ragnar Torsten Sigvard
Einar Allan Yngve Holger Rudolf Tore Dan Ronny Mathias Pontus Jonathan Christoffer Conny
Urban Jens Per-Olof Lars-Erik Karl-Erik Jan-Erik Sven-Erik Hans-Erik Lars-Göran Carl-Johan
Nils-Erik Per-Anders Jan-Olof Kjell-Åke Bengt-Göran Stellan Staffan Ebbe Bror Hjalmar Gillis Ture
Vidar Ivar Knut Mauritz Konrad Eskil Alvar Didrik Loke Vilgot Melker Noel Adrian Kevin Malte
Milo Love Charlie Anton Aron Colin Dante Elis Elton Erling Esbjörn Filip Gert Gottfrid Greger
Halvar Harry Helmer Henry Herbert Hilding Hjalte Holger Ingolf Isidor Ivan Jarl Joel John Josef
Julius Justus Kalle Kasper Ken Kennet Kristian Lage Leon Lennox Levi Lowe Lucas Ludde Mads
Manne Manfred Marko Melwin Mons Måns Nicklas Nicolas Ola Oliwer Orvar Ossian Patric Pelle Philip
Ragnvald Ralf Reidar Ricky Rikard Ruben Sam Sander Sigfrid Sigurd Sivert Sture Svante Teodor
Thor Tim Tomas Tor Torgny Totte Uno Valdemar Vilhelm Walter Yngve Åsmund Östen Gunder Gerhard
Alrik Anselm Arnold Assar Benny Bernt Carl-Axel Carl-Gustaf Curt Dag Edvard Egon Einar Elof Emrik
Enar Evald Fabian Ferdinand Fritiof Georg Gerth Gregor Gudmund Gustav-Adolf Hannes Helmut Hilmer
Håkon Ingmar Ingvald Jean Joar Jöns Kai Lars-Åke Leonard Lorentz Ludwig Magni Mathis Melcher
Mikkel Nore Odd Olav Osvald Paul Peder Per-Erik Ronald Rasmus Sebbe Severin Sigge Sonny Sten-Åke
Sören Tobbe Torvald Ulrik Verner Viking Wiktor Yousef Åke-Olof Elon Folke-Erik Gösta-Adolf
Mohammed Ali Ahmed Omar Hassan Mustafa Ibrahim Yusuf Hamza Sölve Tord Tryggve Thure Wilmer Elvin
Eddie Neo Mio Matheo Zakarias Josua Leopold Lenny Linnar Waldemar Åke-Bertil Nils-Olof Rolf-Erik
Ulf-Göran Karl-Gustav Per-Ola Lars-Olof Jan-Åke Bo-Göran Sven-Olof Hans-Olof Carl-Fredrik Erik-Anders
""",
    150,
)

SV_SURNAMES = ranked(
    """
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson
Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed Engström Eklund
Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Fransson
Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström Ahmed
Mårtensson Lundström Hassan Viklund Björklund Eliasson Pålsson Berggren Sandström Lund Nordin
Ström Åberg Falk Ekström Hermansson Holmgren Dahlberg Hellström Hedlund Sundberg Sjögren Ek Blom
Abrahamsson Martinsson Öberg Andreasson Strömberg Månsson Hansen Åkesson Dahl Lindholm Norberg
Holmqvist Mohamed Jensen Hussein Omar Ibrahim Sundqvist Nordqvist Jakobsson Öhman Sjöström
Ekberg Lindblom Bäckström Malmberg Nordlund Sundström Åström Borg Ekman Berggren Hedberg Lilja
Wallén Nylund Hedström Ahlberg Rosén Fors Lundholm Åkerlund Boman Löfström Kristiansson Sundin
Ottosson Lindahl Sjölund Wiklund Hellberg Persson Östlund Ljungberg Vikström Ivarsson Söderström
Hägglund Strand Håkansson Bergkvist Stenberg Jonasson Adolfsson Nyman Lindkvist Edlund Mattsson
Blomberg Rydberg Franzén Lindell Engberg Englund Sjödin Ljung Hallberg Roos Eklöf Nord Granberg
Åhlund Björkman Hjalmarsson Kjellberg Ekholm Wahlström Sandén Norén Forslund Fredriksson Brandt
Berglöf Lindh Carlsson Carlberg Backman Lundmark Westerberg Nordgren Lindén Edström Sahlin
Söderlund Wickström Grönlund Holmström Törnqvist Lindroth Östman Wennberg Blomgren Hammar
Kronberg Stålberg Friberg Almqvist Palm Engman Stjernberg Thorén Rask Ahlgren Granström Hallin
Hultgren Karlström Wikman Sjöholm Lindmark Zetterberg Bergh Svärd Skog Dahlgren Mellberg
Nordenberg Backlund Eklund Hammarström Grahn Berglind Tengvall Sundell Ahlström Renström
Wennström Westin Ekblom Hagström Sandgren Fält Lövgren Modig Melin Kvist Alm Sundqvist Asplund
Bohlin Brodin Bylund Dahlström Eng Enström Flodin Frisk Forsgren Grönberg Gidlund Hagberg Hallgren
Hedin Hedman Holmlund Hed Hurtig Häggström Isberg Jernberg Kihlberg Kling Krantz Kullberg Lagerlöf
Larsén Lejon Lindfors Lindwall Ljunggren Lyck Lövstedt Malm Moberg Mörk Nilsén Norling Nygren
Näslund Olander Pehrsson Quist Ragnarsson Rehn Rydén Rönnberg Sandell Schön Segerström Sköld
Stenlund Strömqvist Sturesson Svanberg Söder Tell Thelin Tibell Torstensson Unger Vallin Vesterlund
Wahlberg Wennerholm Winberg Wästlund Åman Ängström Östberg Öqvist Abrahamsson Agrell Alfredsson
Appelqvist Bergendahl Boström Cederberg Cronholm Dahlqvist Ehn Elfving Falkenberg Fröberg Gyllenhammar
Hagman Helander Hjort Holst Ingvarsson Jarl Kallin Karlén Lagerqvist Lilliehöök Lindqvist-Berg
Munck Nordh Ohlsson Ekelund Palmgren Pihl Rosengren Rosenqvist Rudberg Salomonsson Selander Sjöblom
Ståhl Swahn Tegnér Trolle Wijk Wirén Zander Åkerman Öhrn von_Platen af_Klercker De_Geer
von_Essen af_Ugglas von_Sydow Wachtmeister Lewenhaupt Gyllenstierna Bonde Hamilton Silfverschiöld
""",
    150,
)

# --- England and Wales: the ONS rankings across the decades, rank order as the writer knows them --
UK_WOMEN = ranked(
    """
Sarah Emma Claire Laura Rebecca Susan Elizabeth Karen Helen Nicola Lisa Margaret Julie Rachel
Catherine Jennifer Louise Michelle Jane Amy Jessica Hannah Charlotte Lucy Sophie Emily Samantha
Victoria Kelly Gemma Joanne Lauren Katie Olivia Chloe Mary Patricia Linda Angela Amanda Deborah
Alison Caroline Kerry Natalie Stephanie Zoe Jade Megan Georgia Holly Ellie Grace Amelia Isla Ava
Mia Poppy Ella Isabella Freya Lily Sophia Daisy Evie Alice Florence Millie Ruby Phoebe Harriet
Eleanor Abigail Anna Kathryn Christine Janet Pauline Gillian Wendy Dawn Tracey Sharon Lorraine
Jacqueline Denise Joan Dorothy Barbara Sheila Brenda Valerie Carol Anne Maureen Jean Shirley
Sandra Diane Beverley Fiona Heather Kirsty Hayley Leanne Donna Kate Katherine Lindsey Lynn Ann
Marie Kim Rosie Matilda Imogen Esme Ivy Willow Evelyn Maya Scarlett Aria Elsie Harper Violet
Rose Sienna Bethany Eloise Beatrice Jasmine Molly Niamh Erin Caitlin Leah Naomi Yasmin Aisha Ayesha
Fatima Zara Priya Nadia Hollie Jodie Kayleigh Stacey Toni Cheryl Tina Carly Danielle Sian Rhian
Bethan Ffion Cerys Carys Megan-Rose Lowri Seren Mared Catrin Eira Morag Kirsteen Eilidh Shona
Mhairi Ailsa Iona Marion Hazel Muriel Edna Doris Gladys Mabel Irene Ethel Vera Hilda Pamela
Rita Yvonne Glenda Elaine Lesley Jill Gail Judith Hilary Penelope Frances Rosemary Bridget Philippa
Annabel Camilla Clementine Henrietta Tabitha Verity Felicity Miriam Esther Ruth Tamsin Jenna
""",
    130,
)

UK_MEN = ranked(
    """
David John Paul Andrew Mark James Michael Richard Stephen Peter Robert Christopher Ian Daniel
Matthew Thomas Simon Steven Gary Anthony Kevin Martin Jonathan William Lee Darren Neil Craig Stuart
Adam Jason Carl Dean Wayne Shaun Benjamin Samuel Joshua Jack Oliver Harry George Charlie Jacob
Alfie Noah Leo Oscar Arthur Freddie Henry Archie Theo Muhammad Mohammed Luke Ryan Liam Callum
Jamie Connor Kieran Nathan Alexander Joseph Edward Tom Ben Sam Dan Chris Alan Brian Keith Colin
Graham Kenneth Roger Malcolm Trevor Derek Barry Raymond Philip Geoffrey Nigel Terence Dennis
Anthony Frederick Albert Ernest Leonard Stanley Harold Reginald Gordon Douglas Norman Ronald
Eric Frank Jeffrey Clive Howard Gareth Rhys Dylan Owen Gethin Huw Dafydd Iwan Aled Rhodri Ewan
Finlay Angus Hamish Fraser Alistair Euan Ross Gregor Ruaridh Niall Declan Ciaran Sean Patrick
Aidan Conor Harrison Toby Max Louis Elliot Finley Tyler Ethan Mason Lucas Jayden Reuben Isaac
Elijah Theodore Albie Tommy Hugo Rory Sebastian Jude Ronnie Teddy Stanley Frankie Bobby Arlo
Otis Ezra Rowan Ibrahim Yusuf Ali Omar Hassan Bilal Imran Amir Sanjay Rajesh Vikram Arjun Nikhil
Rupert Hugh Giles Jeremy Julian Tristan Piers Crispin Barnaby Jasper Marcus Dominic Gavin Glen
Grant Jordan Robbie Scott Shane Warren Russell Vincent Wesley Clifford Cyril Leslie Dudley
""",
    130,
)

UK_SURNAMES = ranked(
    """
Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson
Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner Martin
Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott Phillips
Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson Bailey
Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams Singh
Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain Campbell Matthews
Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher Stevens Jenkins Murray
Dixon Harvey Graham Pearson Ahmed Fletcher Walsh Kaur Gibson Howard Andrews Stewart Elliott
Reynolds Saunders Payne Fox Ford Pearce Day Brooks West Lawrence Cole Atkinson Bradley Spencer
Gill Dawson Ball Burton O'Brien Watts Rose Booth Perry Ryan Grant Wells Armstrong Francis Rees
Hayes Hart Hudson Newman Barrett Webster Hunter Gregory Carr Lowe Page Marsh Riley Dunn Woods
Parsons Berry Stone Reid Holland Hawkins Harding Porter Robertson Newton Oliver Reed Kennedy
Williamson Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry Burgess Bishop Walton Burns
Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls Hamilton Byrne Sutton McDonald Yates
Hodgson Robson Curtis Hopkins O'Connor Harper Coleman Watkins Moss McCarthy Chambers O'Neill
Griffin Sharp Hardy Wheeler Potter Osborne Johnston Gordon Doyle Wallace George Jordan Hutchinson
Rowe Burke May Pritchard Gilbert Willis Higgins Read Miles Stevenson Stephenson Hammond Arnold
Buckley Walters Hewitt Barber Nelson Slater Austin Sullivan Whitehead Mann Frost Lambert Stephens
Blake Akhtar Lynch Goodwin Barton Woodward Thomson Cunningham Quinn Barnett Baxter Bibi Clayton
Nash Greenwood Jennings Holt Kemp Poole Gallagher Bond Stokes Tucker Davidson Fowler Heath Norman
Middleton Lawson Banks French Stanley Jarvis Gibbs Ferguson Hayward Carroll Douglas Dickinson Todd
Barlow Peters Lucas Knowles Hartley Miah Simmons Morton Alexander Field Morrison Norris Townsend
Preston Hancock Thornton Baldwin Burrows Briggs Storey Pollard Howell Gough Sheppard Dyer Rahman
Vaughan Tomlinson Kirby Fitzgerald Hargreaves Pugh Kaye Rowlands Fenton Pickering Abbott Whittaker
Horton Ashton Lord Connolly Swift Birch Steele Haynes Wilde Joyce Tanner Ingram Brennan Cartwright
Charlton Bartlett Dobson Rhodes Maxwell Hale Kerr Howe Moran Daly Hurst Metcalfe Flynn Coates Bevan
Pritchett Llewellyn Meredith Prosser Cadwallader McLeod MacKenzie Fraser Sinclair Cameron Munro
""",
    150,
)

# --- origins common in Sweden: commonest given names and surnames, rank order, head 10 ----------
FINNISH = Origin(
    ranked(
        "Maria Helena Johanna Anneli Kaarina Marjatta Anna Liisa Annikki Hannele Tuula Päivi Sari Minna Tiina Riitta Leena Pirjo Sanna Aino Emilia Laura Elina Katja Satu Eeva Ritva Tuulikki Sirpa Heli",
        10,
    ),
    ranked(
        "Juhani Johannes Olavi Antero Tapani Kalevi Matti Mikael Timo Pekka Kari Jari Antti Juha Mikko Heikki Markku Jukka Petri Tuomas Ville Janne Sami Jussi Veikko Eino Onni Väinö Kimmo Pentti",
        10,
    ),
    ranked(
        "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen",
        10,
    ),
)
ARABIC = Origin(  # Iraq, Syria, Lebanon, Palestine; Assyrian/Syriac names among them
    ranked(
        "Fatima Maryam Zainab Noor Sara Aya Hiba Rania Huda Amira Layla Rasha Dalia Lina Nour Yasmin Hanan Samira Shahad Zahra Asma Ninva Shamiram Nahrin Suad Rita Marta Hala Reem",
        10,
    ),
    ranked(
        "Mohammed Ahmed Ali Hassan Omar Mahmoud Hussein Khaled Mustafa Ibrahim Yousef Abdullah Karim Amir Sami Bilal Tariq Walid Hamza Zaid Adnan Jamal Fadi Rami Sargon Ninos Aram Gabriel Ashur Ninib Elias Fouad",
        10,
    ),
    ranked(
        "Ali Mohammed Ahmed Hassan Hussein Abdullah Ibrahim Saleh Khalil Mahmoud Haddad Aziz Jaber Nasser Shamoun Barsoum Kadhim Jasim Abbas Younes Mansour Al-Hashimi Al-Obeidi Al-Jaburi Saliba Gabriel Isa Aho Yakoub Lahdo Danho Malke Gabro Hanna Kourie Darwish",
        10,
    ),
)
SOMALI = Origin(
    ranked(
        "Fadumo Hodan Amina Sahra Hibo Ayaan Ifrah Asha Hawa Deqa Khadra Sagal Nasra Ubah Hamdi Ilhan Najma Safiya Istahil Muna Farhiya Sucaad",
        10,
    ),
    ranked(
        "Mohamed Abdi Ahmed Abdirahman Hassan Ali Omar Abdullahi Ismail Yusuf Mahad Liban Abdiaziz Hamza Farah Bashir Said Guled Khalid Osman Abdikarim Mukhtar",
        10,
    ),
    ranked(
        "Mohamed Ahmed Ali Hassan Abdi Omar Farah Hussein Ismail Yusuf Warsame Osman Jama Nur Aden Mohamud Abdullahi Hersi Dahir Egal Elmi Ibrahim Samatar Gedi Muse Abdille",
        10,
    ),
)
POLISH = Origin(  # surnames in the masculine form; `feminine` gives a woman's
    ranked(
        "Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Elżbieta Magdalena Joanna Aleksandra Monika Zofia Teresa Danuta Natalia Karolina Marta Beata Dorota Justyna Halina Jadwiga Paulina",
        10,
    ),
    ranked(
        "Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Jakub Adam Stanisław Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Kamil Maciej Marek Jerzy Robert Rafał Józef",
        10,
    ),
    ranked(
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowicki Sadowski Zawadzki Czarnecki Wysocki Sobczak",
        10,
    ),
)
PERSIAN = Origin(
    ranked(
        "Maryam Fatemeh Zahra Sara Leila Neda Parisa Shirin Mina Nasrin Azadeh Roya Samira Mahsa Parvin Golnaz Ladan Shadi Niloufar Tara Yasaman Setareh",
        10,
    ),
    ranked(
        "Ali Mohammad Reza Hossein Mehdi Amir Hamid Saeed Majid Behrouz Babak Kaveh Arash Dariush Farhad Omid Peyman Kamran Navid Siamak Kourosh Shahram",
        10,
    ),
    ranked(
        "Mohammadi Hosseini Ahmadi Rezaei Moradi Karimi Jafari Rahimi Hashemi Ghorbani Sadeghi Mousavi Heidari Azizi Kazemi Rostami Nazari Amini Tehrani Shirazi Esfahani Bagheri Alavi Farahani Khosravi",
        10,
    ),
)
BCS = Origin(  # Bosnian, Serbian, Croatian
    ranked(
        "Amra Emina Lejla Selma Jasmina Azra Alma Amela Ana Marija Jelena Ivana Mirela Sanela Edina Maja Dragana Snežana Mirjana Vesna Tanja Nermina Merima Aida",
        10,
    ),
    ranked(
        "Emir Amir Adnan Mirza Edin Haris Nikola Marko Ivan Stefan Dragan Zoran Goran Nenad Senad Damir Dino Kenan Admir Mehmed Almir Dejan Milan Luka",
        10,
    ),
    ranked(
        "Hodžić Hadžić Kovačević Begić Delić Mujić Husić Hasanović Ibrahimović Mehmedović Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Horvat Kovačić Babić Marić Jurić Knežević Popović Savić Šarić Omerović Alić Salihović Halilović Kurtović",
        10,
    ),
)
TURKISH = Origin(
    ranked(
        "Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Sultan Hülya Özlem Gül Derya Esra Merve Büşra Sevgi Aylin Songül Yasemin Gülsüm Hacer",
        10,
    ),
    ranked(
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah Mahmut Salih Kemal Emre Burak Serkan Cem Erdem",
        10,
    ),
    ranked(
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Aktaş Güneş Erdem",
        10,
    ),
)
ERITREAN = Origin(  # the father's given name serves as the surname
    ranked(
        "Helen Senait Mebrat Tsega Yohana Rahwa Selam Ruta Saba Feven Luwam Winta Semhar Hiwet Aster Almaz Tsige Eden Simret Freweyni",
        10,
    ),
    ranked(
        "Yonas Daniel Tesfay Mehari Samuel Filmon Biniam Habtom Tekle Yohannes Michael Dawit Robel Amanuel Kidane Ermias Berhane Haile Merhawi Semere",
        10,
    ),
    ranked(
        "Tesfay Tekle Haile Gebremedhin Berhane Ghebremichael Kidane Mehari Woldemariam Gebru Habte Tesfamariam Yohannes Andemariam Asmerom Weldu Kahsay Negash Abraha Ghirmay Okbay Zerai",
        10,
    ),
)
AFGHAN = Origin(
    ranked(
        "Fatima Maryam Zahra Masuda Shabana Parwin Nasrin Farzana Marzia Mursal Sahar Shakila Roya Zarghona Freshta Mina Hosai Laila Nilofar Khatera",
        10,
    ),
    ranked(
        "Mohammad Ahmad Ali Abdul Mustafa Hamid Jawad Reza Mahdi Sayed Hussain Naweed Farid Rahim Zabihullah Ghulam Habib Wahid Karim Nasir Omid Samir",
        10,
    ),
    ranked(
        "Ahmadi Mohammadi Hussaini Rahimi Hakimi Karimi Sultani Jafari Amiri Noori Rezai Sadat Popal Stanikzai Wardak Ghani Haidari Rasuli Azimi Safi Nazari Sharifi Hashimi Barakzai Mohseni",
        10,
    ),
)
THAI = Origin(
    ranked(
        "Siriporn Kanya Malee Suda Wanida Pornthip Supaporn Nittaya Ratana Jintana Araya Saowanee Kannika Duangjai Sunisa Lamai Naree Pensri Achara Orathai",
        10,
    ),
    ranked(
        "Somchai Somsak Prasert Sombat Anan Wichai Chaiwat Surachai Thanakorn Niran Kittisak Sakchai Suriya Boonmee Pichit Arthit Nattapong Wirat",
        10,
    ),
    ranked(
        "Saetang Srisuk Wongsawat Sukjai Chaiyaporn Kaewmanee Boonyarat Phromma Thongdee Suwannarat Rattanakorn Jaidee Sangthong Intharasuk Chanthara Phongphan Somboon Kongkaew Siriwat Pattanapong",
        10,
    ),
)
LATIN = Origin(  # Chile above all, and Latin America; two surnames, paterno y materno
    ranked(
        "María Ana Carolina Camila Francisca Javiera Valentina Daniela Constanza Paula Catalina Fernanda Claudia Patricia Verónica Gabriela Andrea Carmen Rosa Soledad Ximena Marcela",
        10,
    ),
    ranked(
        "José Juan Carlos Luis Jorge Francisco Cristián Sebastián Matías Diego Felipe Pablo Rodrigo Gonzalo Andrés Eduardo Héctor Patricio Mauricio Ricardo Manuel Alejandro",
        10,
    ),
    ranked(
        "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Araya Fuentes Hernández Torres Espinoza Flores Castillo Valenzuela Ramírez Reyes Gutiérrez Castro Vargas Álvarez Vásquez Tapia Fernández",
        10,
    ),
)
KURDISH = Origin(
    ranked(
        "Berfin Rojda Zilan Dilan Hevi Nasrin Shirin Jiyan Avin Rojin Dilveen Bahar Gulistan Nazdar Zozan Helin Berivan Ronahi Viyan Sozdar",
        10,
    ),
    ranked(
        "Azad Rebwar Dilshad Shwan Karwan Hawre Sherko Aram Kawa Baran Serhat Rojhat Diyar Zana Hoshyar Rekan Dara Shivan Bakhtiyar Hemin",
        10,
    ),
    ranked(
        "Ahmed Mohammed Ali Hassan Mahmoud Rashid Karim Aziz Hussein Abdullah Omar Amin Salih Qadir Baban Jaf Zebari Dosky Kakai Mirza Hawrami Shwani Sindi Bamarny",
        10,
    ),
)
UKRAINIAN = Origin(
    ranked(
        "Olena Tetiana Nataliia Iryna Svitlana Oksana Yuliia Olha Kateryna Mariia Anastasiia Viktoriia Halyna Liudmyla Daria Anna Alina Valentyna",
        10,
    ),
    ranked(
        "Oleksandr Serhii Andrii Volodymyr Mykola Oleksii Ivan Dmytro Yurii Vasyl Viktor Maksym Ihor Petro Roman Bohdan Vitalii Taras",
        10,
    ),
    ranked(
        "Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko",
        10,
    ),
)
INDIAN = Origin(
    ranked(
        "Priya Anjali Pooja Divya Sneha Lakshmi Deepa Kavya Neha Shreya Ananya Swati Meera Aishwarya Nandini Sunita Rekha Anita Ritu Shalini",
        10,
    ),
    ranked(
        "Rahul Amit Rajesh Suresh Vikram Arjun Rohit Sanjay Anil Karthik Vijay Srinivas Manoj Ravi Aditya Prakash Ramesh Harish Nikhil Venkat",
        10,
    ),
    ranked(
        "Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Rao Joshi Mehta Shah Verma Agarwal Chopra Menon Pillai Das Banerjee Krishnan Desai Kulkarni Bhat Srinivasan",
        10,
    ),
)

# --- the US Census 1990: (name, per cent of people), copied from the `names` package's files ---
# (`dist.female.first`, `dist.male.first`: the first 400; `dist.all.last`: the first 420)
US_FEMALE = (
    ("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.98), ("Elizabeth", 0.937),
    ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794), ("Margaret", 0.768), ("Dorothy",
    0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667), ("Betty", 0.666), ("Helen", 0.663),
    ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565), ("Ruth", 0.562), ("Sharon", 0.522),
    ("Michelle", 0.519), ("Laura", 0.51), ("Sarah", 0.508), ("Kimberly", 0.504), ("Deborah", 0.494),
    ("Jessica", 0.49), ("Shirley", 0.482), ("Cynthia", 0.469), ("Angela", 0.468), ("Melissa",
    0.462), ("Brenda", 0.455), ("Amy", 0.451), ("Anna", 0.44), ("Rebecca", 0.43), ("Virginia",
    0.43), ("Kathleen", 0.424), ("Pamela", 0.416), ("Martha", 0.412), ("Debra", 0.408), ("Amanda",
    0.404), ("Stephanie", 0.4), ("Carolyn", 0.385), ("Christine", 0.382), ("Marie", 0.379),
    ("Janet", 0.379), ("Catherine", 0.373), ("Frances", 0.37), ("Ann", 0.364), ("Joyce", 0.364),
    ("Diane", 0.359), ("Alice", 0.357), ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336),
    ("Doris", 0.335), ("Gloria", 0.335), ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315),
    ("Mildred", 0.313), ("Katherine", 0.313), ("Joan", 0.306), ("Ashley", 0.303), ("Judith", 0.297),
    ("Rose", 0.296), ("Janice", 0.285), ("Kelly", 0.283), ("Nicole", 0.281), ("Judy", 0.276),
    ("Christina", 0.275), ("Kathy", 0.272), ("Theresa", 0.271), ("Beverly", 0.267), ("Denise",
    0.264), ("Tammy", 0.259), ("Irene", 0.252), ("Jane", 0.25), ("Lori", 0.248), ("Rachel", 0.242),
    ("Marilyn", 0.241), ("Andrea", 0.236), ("Kathryn", 0.234), ("Louise", 0.229), ("Sara", 0.229),
    ("Anne", 0.228), ("Jacqueline", 0.228), ("Wanda", 0.226), ("Bonnie", 0.223), ("Julia", 0.223),
    ("Ruby", 0.221), ("Lois", 0.22), ("Tina", 0.22), ("Phyllis", 0.219), ("Norma", 0.218), ("Paula",
    0.217), ("Diana", 0.216), ("Annie", 0.216), ("Lillian", 0.211), ("Emily", 0.208), ("Robin",
    0.208), ("Peggy", 0.208), ("Crystal", 0.207), ("Gladys", 0.205), ("Rita", 0.204), ("Dawn",
    0.202), ("Connie", 0.2), ("Florence", 0.2), ("Tracy", 0.197), ("Edna", 0.197), ("Tiffany",
    0.195), ("Carmen", 0.195), ("Rosa", 0.194), ("Cindy", 0.192), ("Grace", 0.189), ("Wendy",
    0.185), ("Victoria", 0.18), ("Edith", 0.179), ("Kim", 0.178), ("Sherry", 0.178), ("Sylvia",
    0.177), ("Josephine", 0.177), ("Thelma", 0.175), ("Shannon", 0.175), ("Sheila", 0.175),
    ("Ethel", 0.174), ("Ellen", 0.173), ("Elaine", 0.173), ("Marjorie", 0.173), ("Carrie", 0.171),
    ("Charlotte", 0.169), ("Monica", 0.166), ("Esther", 0.166), ("Pauline", 0.165), ("Emma", 0.165),
    ("Juanita", 0.164), ("Anita", 0.162), ("Rhonda", 0.162), ("Hazel", 0.161), ("Amber", 0.16),
    ("Eva", 0.159), ("Debbie", 0.157), ("April", 0.154), ("Leslie", 0.154), ("Clara", 0.153),
    ("Lucille", 0.153), ("Jamie", 0.153), ("Joanne", 0.15), ("Eleanor", 0.15), ("Valerie", 0.149),
    ("Danielle", 0.149), ("Megan", 0.147), ("Alicia", 0.146), ("Suzanne", 0.145), ("Michele",
    0.145), ("Gail", 0.145), ("Bertha", 0.143), ("Darlene", 0.142), ("Veronica", 0.142), ("Jill",
    0.142), ("Erin", 0.141), ("Geraldine", 0.141), ("Lauren", 0.137), ("Cathy", 0.137), ("Joann",
    0.136), ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135), ("Regina", 0.133), ("Erica",
    0.13), ("Beatrice", 0.13), ("Dolores", 0.129), ("Bernice", 0.128), ("Audrey", 0.127), ("Yvonne",
    0.126), ("Annette", 0.125), ("June", 0.125), ("Samantha", 0.124), ("Marion", 0.122), ("Dana",
    0.122), ("Stacy", 0.121), ("Ana", 0.12), ("Renee", 0.12), ("Ida", 0.118), ("Vivian", 0.118),
    ("Roberta", 0.117), ("Holly", 0.117), ("Brittany", 0.117), ("Melanie", 0.116), ("Loretta",
    0.115), ("Yolanda", 0.115), ("Jeanette", 0.115), ("Laurie", 0.114), ("Katie", 0.113),
    ("Kristen", 0.111), ("Vanessa", 0.111), ("Alma", 0.111), ("Sue", 0.111), ("Elsie", 0.11),
    ("Beth", 0.11), ("Jeanne", 0.109), ("Vicki", 0.109), ("Carla", 0.107), ("Tara", 0.107),
    ("Rosemary", 0.107), ("Eileen", 0.105), ("Terri", 0.105), ("Gertrude", 0.103), ("Lucy", 0.103),
    ("Tonya", 0.102), ("Ella", 0.101), ("Stacey", 0.101), ("Wilma", 0.099), ("Gina", 0.099),
    ("Kristin", 0.099), ("Jessie", 0.098), ("Natalie", 0.098), ("Agnes", 0.098), ("Vera", 0.098),
    ("Willie", 0.097), ("Charlene", 0.097), ("Bessie", 0.096), ("Delores", 0.095), ("Melinda",
    0.094), ("Pearl", 0.094), ("Arlene", 0.094), ("Maureen", 0.092), ("Colleen", 0.092), ("Allison",
    0.092), ("Tamara", 0.092), ("Joy", 0.091), ("Georgia", 0.091), ("Constance", 0.091), ("Lillie",
    0.09), ("Claudia", 0.09), ("Jackie", 0.09), ("Marcia", 0.09), ("Tanya", 0.089), ("Nellie",
    0.089), ("Minnie", 0.089), ("Marlene", 0.088), ("Heidi", 0.088), ("Glenda", 0.088), ("Lydia",
    0.086), ("Viola", 0.086), ("Courtney", 0.086), ("Marian", 0.086), ("Stella", 0.085),
    ("Caroline", 0.085), ("Dora", 0.084), ("Jo", 0.083), ("Vickie", 0.082), ("Mattie", 0.081),
    ("Terry", 0.08), ("Maxine", 0.079), ("Irma", 0.079), ("Mabel", 0.078), ("Marsha", 0.078),
    ("Myrtle", 0.078), ("Lena", 0.077), ("Christy", 0.077), ("Deanna", 0.076), ("Patsy", 0.076),
    ("Hilda", 0.075), ("Gwendolyn", 0.074), ("Jennie", 0.073), ("Nora", 0.073), ("Margie", 0.072),
    ("Nina", 0.072), ("Cassandra", 0.072), ("Leah", 0.072), ("Penny", 0.071), ("Kay", 0.071),
    ("Priscilla", 0.071), ("Naomi", 0.071), ("Carole", 0.071), ("Brandy", 0.07), ("Olga", 0.07),
    ("Billie", 0.069), ("Dianne", 0.069), ("Tracey", 0.069), ("Leona", 0.069), ("Jenny", 0.068),
    ("Felicia", 0.068), ("Sonia", 0.068), ("Miriam", 0.066), ("Velma", 0.066), ("Becky", 0.066),
    ("Bobbie", 0.065), ("Violet", 0.065), ("Kristina", 0.065), ("Toni", 0.064), ("Misty", 0.063),
    ("Mae", 0.063), ("Shelly", 0.062), ("Daisy", 0.062), ("Ramona", 0.062), ("Sherri", 0.062),
    ("Erika", 0.061), ("Katrina", 0.061), ("Claire", 0.061), ("Lindsey", 0.06), ("Lindsay", 0.06),
    ("Geneva", 0.059), ("Guadalupe", 0.059), ("Belinda", 0.059), ("Margarita", 0.059), ("Sheryl",
    0.059), ("Cora", 0.058), ("Faye", 0.058), ("Ada", 0.057), ("Natasha", 0.057), ("Sabrina",
    0.057), ("Isabel", 0.057), ("Marguerite", 0.056), ("Hattie", 0.056), ("Harriet", 0.056),
    ("Molly", 0.055), ("Cecilia", 0.055), ("Kristi", 0.055), ("Brandi", 0.055), ("Blanche", 0.055),
    ("Sandy", 0.055), ("Rosie", 0.055), ("Joanna", 0.055), ("Iris", 0.055), ("Eunice", 0.054),
    ("Angie", 0.054), ("Inez", 0.053), ("Lynda", 0.053), ("Madeline", 0.052), ("Amelia", 0.052),
    ("Alberta", 0.052), ("Genevieve", 0.051), ("Monique", 0.051), ("Jodi", 0.051), ("Janie", 0.051),
    ("Maggie", 0.051), ("Kayla", 0.051), ("Sonya", 0.051), ("Jan", 0.051), ("Lee", 0.051),
    ("Kristine", 0.051), ("Candace", 0.051), ("Fannie", 0.05), ("Maryann", 0.05), ("Opal", 0.05),
    ("Alison", 0.05), ("Yvette", 0.05), ("Melody", 0.05), ("Luz", 0.049), ("Susie", 0.049),
    ("Olivia", 0.049), ("Flora", 0.049), ("Shelley", 0.049), ("Kristy", 0.048), ("Mamie", 0.048),
    ("Lula", 0.048), ("Lola", 0.048), ("Verna", 0.048), ("Beulah", 0.048), ("Antoinette", 0.048),
    ("Candice", 0.046), ("Juana", 0.046), ("Jeannette", 0.046), ("Pam", 0.046), ("Kelli", 0.046),
    ("Hannah", 0.045), ("Whitney", 0.045), ("Bridget", 0.045), ("Karla", 0.044), ("Celia", 0.044),
    ("Latoya", 0.043), ("Patty", 0.043), ("Shelia", 0.043), ("Gayle", 0.043), ("Della", 0.043),
    ("Vicky", 0.043), ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042), ("Kara", 0.041),
    ("Jacquelyn", 0.041), ("Erma", 0.041), ("Blanca", 0.041), ("Myra", 0.04), ("Leticia", 0.04),
    ("Pat", 0.04), ("Krista", 0.04), ("Roxanne", 0.04), ("Angelica", 0.039), ("Johnnie", 0.039),
    ("Robyn", 0.039), ("Francis", 0.039), ("Adrienne", 0.039), ("Rosalie", 0.039), ("Alexandra",
    0.039), ("Brooke", 0.039), ("Bethany", 0.039), ("Sadie", 0.039), ("Bernadette", 0.039)
)  # fmt: skip

US_MALE = (
    ("James", 3.318), ("John", 3.271), ("Robert", 3.143), ("Michael", 2.629), ("William", 2.451),
    ("David", 2.363), ("Richard", 1.703), ("Charles", 1.523), ("Joseph", 1.404), ("Thomas", 1.38),
    ("Christopher", 1.035), ("Daniel", 0.974), ("Paul", 0.948), ("Mark", 0.938), ("Donald", 0.931),
    ("George", 0.927), ("Kenneth", 0.826), ("Steven", 0.78), ("Edward", 0.779), ("Brian", 0.736),
    ("Ronald", 0.725), ("Anthony", 0.721), ("Kevin", 0.671), ("Jason", 0.66), ("Matthew", 0.657),
    ("Gary", 0.65), ("Timothy", 0.64), ("Jose", 0.613), ("Larry", 0.598), ("Jeffrey", 0.591),
    ("Frank", 0.581), ("Scott", 0.546), ("Eric", 0.544), ("Stephen", 0.54), ("Andrew", 0.537),
    ("Raymond", 0.488), ("Gregory", 0.441), ("Joshua", 0.435), ("Jerry", 0.432), ("Dennis", 0.415),
    ("Walter", 0.399), ("Patrick", 0.389), ("Peter", 0.381), ("Harold", 0.371), ("Douglas", 0.367),
    ("Henry", 0.365), ("Carl", 0.346), ("Arthur", 0.335), ("Ryan", 0.328), ("Roger", 0.322), ("Joe",
    0.321), ("Juan", 0.316), ("Jack", 0.315), ("Albert", 0.314), ("Jonathan", 0.313), ("Justin",
    0.311), ("Terry", 0.311), ("Gerald", 0.309), ("Keith", 0.308), ("Samuel", 0.306), ("Willie",
    0.302), ("Ralph", 0.282), ("Lawrence", 0.282), ("Nicholas", 0.275), ("Roy", 0.273), ("Benjamin",
    0.27), ("Bruce", 0.263), ("Brandon", 0.26), ("Adam", 0.259), ("Harry", 0.251), ("Fred", 0.251),
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
    ("Francis", 0.16), ("Bradley", 0.159), ("Jesus", 0.155), ("Herbert", 0.155), ("Frederick",
    0.154), ("Ray", 0.153), ("Joel", 0.152), ("Edwin", 0.148), ("Don", 0.145), ("Eddie", 0.144),
    ("Ricky", 0.141), ("Troy", 0.138), ("Randall", 0.138), ("Barry", 0.134), ("Alexander", 0.132),
    ("Bernard", 0.127), ("Mario", 0.125), ("Leroy", 0.125), ("Francisco", 0.124), ("Marcus", 0.124),
    ("Micheal", 0.123), ("Theodore", 0.123), ("Clifford", 0.123), ("Miguel", 0.122), ("Oscar",
    0.122), ("Jay", 0.118), ("Jim", 0.118), ("Tom", 0.117), ("Calvin", 0.115), ("Alex", 0.115),
    ("Jon", 0.115), ("Ronnie", 0.113), ("Bill", 0.112), ("Lloyd", 0.112), ("Tommy", 0.112), ("Leon",
    0.112), ("Derek", 0.112), ("Warren", 0.11), ("Darrell", 0.108), ("Jerome", 0.108), ("Floyd",
    0.107), ("Leo", 0.106), ("Alvin", 0.105), ("Tim", 0.104), ("Wesley", 0.104), ("Gordon", 0.104),
    ("Dean", 0.104), ("Greg", 0.104), ("Jorge", 0.104), ("Dustin", 0.103), ("Pedro", 0.103),
    ("Derrick", 0.103), ("Dan", 0.101), ("Lewis", 0.099), ("Zachary", 0.099), ("Corey", 0.098),
    ("Herman", 0.097), ("Maurice", 0.097), ("Vernon", 0.097), ("Roberto", 0.097), ("Clyde", 0.095),
    ("Glen", 0.094), ("Hector", 0.094), ("Shane", 0.093), ("Ricardo", 0.093), ("Sam", 0.092),
    ("Rick", 0.091), ("Lester", 0.091), ("Brent", 0.09), ("Ramon", 0.09), ("Charlie", 0.09),
    ("Tyler", 0.089), ("Gilbert", 0.089), ("Gene", 0.087), ("Marc", 0.087), ("Reginald", 0.084),
    ("Ruben", 0.082), ("Brett", 0.082), ("Angel", 0.082), ("Nathaniel", 0.081), ("Rafael", 0.081),
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
    ("Armando", 0.058), ("Felix", 0.058), ("Jimmie", 0.058), ("Everett", 0.057), ("Jordan", 0.056),
    ("Ian", 0.056), ("Wallace", 0.056), ("Ken", 0.055), ("Bob", 0.055), ("Jaime", 0.055), ("Casey",
    0.054), ("Alfredo", 0.054), ("Alberto", 0.053), ("Dave", 0.053), ("Ivan", 0.053), ("Johnnie",
    0.052), ("Sidney", 0.052), ("Byron", 0.052), ("Julian", 0.052), ("Isaac", 0.051), ("Morris",
    0.051), ("Clifton", 0.05), ("Willard", 0.05), ("Daryl", 0.05), ("Ross", 0.05), ("Virgil",
    0.049), ("Andy", 0.049), ("Marshall", 0.049), ("Salvador", 0.049), ("Perry", 0.049), ("Kirk",
    0.049), ("Sergio", 0.049), ("Marion", 0.048), ("Tracy", 0.048), ("Seth", 0.048), ("Kent",
    0.048), ("Terrance", 0.048), ("Rene", 0.048), ("Eduardo", 0.047), ("Terrence", 0.047),
    ("Enrique", 0.046), ("Freddie", 0.046), ("Wade", 0.045), ("Austin", 0.044), ("Stuart", 0.044),
    ("Fredrick", 0.043), ("Arturo", 0.043), ("Alejandro", 0.043), ("Jackie", 0.043), ("Joey",
    0.043), ("Nick", 0.043), ("Luther", 0.043), ("Wendell", 0.042), ("Jeremiah", 0.042), ("Evan",
    0.042), ("Julius", 0.042), ("Dana", 0.042), ("Donnie", 0.041), ("Otis", 0.041), ("Shannon",
    0.04), ("Trevor", 0.04), ("Oliver", 0.04), ("Luke", 0.04), ("Homer", 0.04), ("Gerard", 0.04),
    ("Doug", 0.04), ("Kenny", 0.039), ("Hubert", 0.039), ("Angelo", 0.039), ("Shaun", 0.039),
    ("Lyle", 0.038), ("Matt", 0.038), ("Lynn", 0.038), ("Alfonso", 0.038), ("Orlando", 0.037),
    ("Rex", 0.037), ("Carlton", 0.037), ("Ernesto", 0.037), ("Cameron", 0.037), ("Neal", 0.037),
    ("Pablo", 0.036), ("Lorenzo", 0.036), ("Omar", 0.036), ("Wilbur", 0.036), ("Blake", 0.036),
    ("Grant", 0.036), ("Horace", 0.036), ("Roderick", 0.036), ("Kerry", 0.036), ("Abraham", 0.035),
    ("Willis", 0.035), ("Rickey", 0.035), ("Jean", 0.035), ("Ira", 0.035), ("Andres", 0.034),
    ("Cesar", 0.034), ("Johnathan", 0.034), ("Malcolm", 0.034), ("Rudolph", 0.034), ("Damon",
    0.034), ("Kelvin", 0.034), ("Rudy", 0.034), ("Preston", 0.034), ("Alton", 0.033), ("Archie",
    0.033), ("Marco", 0.033), ("Wm", 0.033), ("Pete", 0.032), ("Randolph", 0.032), ("Garry", 0.032),
    ("Geoffrey", 0.032), ("Jonathon", 0.032), ("Felipe", 0.032), ("Bennie", 0.032), ("Gerardo",
    0.032), ("Ed", 0.032), ("Dominic", 0.032), ("Robin", 0.032), ("Loren", 0.032), ("Delbert",
    0.031), ("Colin", 0.031), ("Guillermo", 0.031), ("Earnest", 0.031), ("Lucas", 0.031), ("Benny",
    0.03), ("Noel", 0.03), ("Spencer", 0.03), ("Rodolfo", 0.03), ("Myron", 0.03), ("Edmund", 0.03),
    ("Garrett", 0.029), ("Salvatore", 0.029), ("Cedric", 0.029), ("Lowell", 0.029), ("Gregg",
    0.029), ("Sherman", 0.028), ("Wilson", 0.028), ("Devin", 0.028), ("Sylvester", 0.028), ("Kim",
    0.028), ("Roosevelt", 0.028), ("Israel", 0.028), ("Jermaine", 0.028)
)  # fmt: skip

US_LAST = (
    ("Smith", 1.006), ("Johnson", 0.81), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621),
    ("Davis", 0.48), ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor", 0.311),
    ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.31), ("White", 0.279), ("Harris", 0.275),
    ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254), ("Martinez", 0.234), ("Robinson",
    0.233), ("Clark", 0.231), ("Rodriguez", 0.229), ("Lewis", 0.226), ("Lee", 0.22), ("Walker",
    0.219), ("Hall", 0.2), ("Allen", 0.199), ("Young", 0.193), ("Hernandez", 0.192), ("King", 0.19),
    ("Wright", 0.189), ("Lopez", 0.187), ("Hill", 0.187), ("Scott", 0.185), ("Green", 0.183),
    ("Adams", 0.174), ("Baker", 0.171), ("Gonzalez", 0.166), ("Nelson", 0.162), ("Carter", 0.162),
    ("Mitchell", 0.16), ("Perez", 0.155), ("Roberts", 0.153), ("Turner", 0.152), ("Phillips",
    0.149), ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141), ("Edwards", 0.137),
    ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.13), ("Morris", 0.125), ("Rogers", 0.123),
    ("Reed", 0.122), ("Cook", 0.12), ("Morgan", 0.118), ("Bell", 0.117), ("Murphy", 0.117),
    ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper", 0.113), ("Richardson", 0.112), ("Cox", 0.11),
    ("Howard", 0.11), ("Ward", 0.108), ("Torres", 0.108), ("Peterson", 0.107), ("Gray", 0.106),
    ("Ramirez", 0.105), ("James", 0.105), ("Watson", 0.103), ("Brooks", 0.103), ("Kelly", 0.102),
    ("Sanders", 0.1), ("Price", 0.099), ("Bennett", 0.099), ("Wood", 0.098), ("Barnes", 0.097),
    ("Ross", 0.096), ("Henderson", 0.095), ("Coleman", 0.095), ("Jenkins", 0.095), ("Perry", 0.094),
    ("Powell", 0.093), ("Long", 0.092), ("Patterson", 0.092), ("Hughes", 0.092), ("Flores", 0.092),
    ("Washington", 0.092), ("Butler", 0.091), ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales",
    0.087), ("Bryant", 0.087), ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084),
    ("Diaz", 0.084), ("Hayes", 0.083), ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082),
    ("Graham", 0.082), ("Sullivan", 0.081), ("Wallace", 0.081), ("Woods", 0.08), ("Cole", 0.08),
    ("West", 0.08), ("Jordan", 0.078), ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077),
    ("Ellis", 0.077), ("Harrison", 0.076), ("Gibson", 0.075), ("McDonald", 0.075), ("Cruz", 0.075),
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
    ("Hart", 0.054), ("Cunningham", 0.054), ("Bradley", 0.054), ("Lane", 0.054), ("Andrews", 0.054),
    ("Ruiz", 0.054), ("Harper", 0.054), ("Fox", 0.053), ("Riley", 0.053), ("Armstrong", 0.053),
    ("Carpenter", 0.053), ("Weaver", 0.053), ("Greene", 0.053), ("Lawrence", 0.052), ("Elliott",
    0.052), ("Chavez", 0.052), ("Sims", 0.052), ("Austin", 0.052), ("Peters", 0.052), ("Kelley",
    0.052), ("Franklin", 0.051), ("Lawson", 0.051), ("Fields", 0.051), ("Gutierrez", 0.051),
    ("Ryan", 0.051), ("Schmidt", 0.051), ("Carr", 0.051), ("Vasquez", 0.051), ("Castillo", 0.051),
    ("Wheeler", 0.051), ("Chapman", 0.05), ("Oliver", 0.05), ("Montgomery", 0.049), ("Richards",
    0.049), ("Williamson", 0.049), ("Johnston", 0.049), ("Banks", 0.048), ("Meyer", 0.048),
    ("Bishop", 0.048), ("McCoy", 0.048), ("Howell", 0.048), ("Alvarez", 0.048), ("Morrison", 0.048),
    ("Hansen", 0.047), ("Fernandez", 0.047), ("Garza", 0.047), ("Harvey", 0.047), ("Little", 0.046),
    ("Burton", 0.046), ("Stanley", 0.046), ("Nguyen", 0.046), ("George", 0.046), ("Jacobs", 0.046),
    ("Reid", 0.046), ("Kim", 0.045), ("Fuller", 0.045), ("Lynch", 0.045), ("Dean", 0.045),
    ("Gilbert", 0.045), ("Garrett", 0.045), ("Romero", 0.045), ("Welch", 0.044), ("Larson", 0.044),
    ("Frazier", 0.044), ("Burke", 0.044), ("Hanson", 0.043), ("Day", 0.043), ("Mendoza", 0.043),
    ("Moreno", 0.043), ("Bowman", 0.043), ("Medina", 0.042), ("Fowler", 0.042), ("Brewer", 0.042),
    ("Hoffman", 0.042), ("Carlson", 0.042), ("Silva", 0.042), ("Pearson", 0.042), ("Holland",
    0.042), ("Douglas", 0.041), ("Fleming", 0.041), ("Jensen", 0.041), ("Vargas", 0.041), ("Byrd",
    0.041), ("Davidson", 0.041), ("Hopkins", 0.041), ("May", 0.04), ("Terry", 0.04), ("Herrera",
    0.04), ("Wade", 0.04), ("Soto", 0.04), ("Walters", 0.04), ("Curtis", 0.04), ("Neal", 0.039),
    ("Caldwell", 0.039), ("Lowe", 0.039), ("Jennings", 0.039), ("Barnett", 0.039), ("Graves",
    0.039), ("Jimenez", 0.039), ("Horton", 0.039), ("Shelton", 0.039), ("Barrett", 0.039),
    ("O'Brien", 0.039), ("Castro", 0.039), ("Sutton", 0.038), ("Gregory", 0.038), ("McKinney",
    0.038), ("Lucas", 0.038), ("Miles", 0.038), ("Craig", 0.038), ("Rodriquez", 0.037), ("Chambers",
    0.037), ("Holt", 0.037), ("Lambert", 0.037), ("Fletcher", 0.037), ("Watts", 0.037), ("Bates",
    0.037), ("Hale", 0.037), ("Rhodes", 0.037), ("Pena", 0.037), ("Beck", 0.037), ("Newman", 0.036),
    ("Haynes", 0.036), ("McDaniel", 0.036), ("Mendez", 0.036), ("Bush", 0.036), ("Vaughn", 0.036),
    ("Parks", 0.035), ("Dawson", 0.035), ("Santiago", 0.035), ("Norris", 0.035), ("Hardy", 0.035),
    ("Love", 0.035), ("Steele", 0.035), ("Curry", 0.035), ("Powers", 0.035), ("Schultz", 0.035),
    ("Barker", 0.035), ("Guzman", 0.034), ("Page", 0.034), ("Munoz", 0.034), ("Ball", 0.034),
    ("Keller", 0.034), ("Chandler", 0.034), ("Weber", 0.034), ("Leonard", 0.034), ("Walsh", 0.033),
    ("Lyons", 0.033), ("Ramsey", 0.033), ("Wolfe", 0.033), ("Schneider", 0.033), ("Mullins", 0.033),
    ("Benson", 0.033), ("Sharp", 0.033), ("Bowen", 0.033), ("Daniel", 0.033), ("Barber", 0.032),
    ("Cummings", 0.032), ("Hines", 0.032), ("Baldwin", 0.032), ("Griffith", 0.032), ("Valdez",
    0.032), ("Hubbard", 0.032), ("Salazar", 0.032), ("Reeves", 0.032), ("Warner", 0.031),
    ("Stevenson", 0.031), ("Burgess", 0.031), ("Santos", 0.031), ("Tate", 0.031), ("Cross", 0.031),
    ("Garner", 0.031), ("Mann", 0.031), ("Mack", 0.031), ("Moss", 0.031), ("Thornton", 0.031),
    ("Dennis", 0.031), ("McGee", 0.031), ("Farmer", 0.03), ("Delgado", 0.03), ("Aguilar", 0.03),
    ("Vega", 0.03), ("Glover", 0.03), ("Manning", 0.03), ("Cohen", 0.03), ("Harmon", 0.03),
    ("Rodgers", 0.03), ("Robbins", 0.03), ("Newton", 0.03), ("Todd", 0.03), ("Blair", 0.03),
    ("Higgins", 0.03), ("Ingram", 0.03), ("Reese", 0.03), ("Cannon", 0.03), ("Strickland", 0.03),
    ("Townsend", 0.03), ("Potter", 0.03), ("Goodwin", 0.03), ("Walton", 0.03), ("Rowe", 0.029),
    ("Hampton", 0.029), ("Ortega", 0.029), ("Patton", 0.029), ("Swanson", 0.029), ("Joseph", 0.029),
    ("Francis", 0.029), ("Goodman", 0.029), ("Maldonado", 0.029), ("Yates", 0.029), ("Becker",
    0.029), ("Erickson", 0.029), ("Hodges", 0.029), ("Rios", 0.029), ("Conner", 0.029), ("Adkins",
    0.029), ("Webster", 0.028), ("Norman", 0.028), ("Malone", 0.028), ("Hammond", 0.028),
    ("Flowers", 0.028), ("Cobb", 0.028), ("Moody", 0.028), ("Quinn", 0.028), ("Blake", 0.028),
    ("Maxwell", 0.028), ("Pope", 0.028), ("Floyd", 0.027), ("Osborne", 0.027), ("Paul", 0.027),
    ("McCarthy", 0.027), ("Guerrero", 0.027), ("Lindsey", 0.027), ("Estrada", 0.027), ("Sandoval",
    0.027), ("Gibbs", 0.027), ("Tyler", 0.027), ("Gross", 0.027), ("Fitzgerald", 0.027), ("Stokes",
    0.027), ("Doyle", 0.027), ("Sherman", 0.027)
)  # fmt: skip

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_WOMEN, SV_MEN, SV_SURNAMES),
    "us": Origin(census(US_FEMALE, 150), census(US_MALE, 150), census(US_LAST, 150)),
    "uk": Origin(UK_WOMEN, UK_MEN, UK_SURNAMES),
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

# Who is named, per language of the row: roughly Sweden's population in Swedish text, English
# speakers in English text, Swedes at work with English-speaking colleagues in mixed text.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 68, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5, "eritrean": 1.2, "ukrainian": 1.2,
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

# Short forms people go by, per origin and given name.
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": {
        "Lars": ("Lasse",), "Mikael": ("Micke",), "Karl": ("Kalle",), "Per": ("Pelle", "Perra"),
        "Joakim": ("Jocke",), "Charlotte": ("Lotta",), "Charlotta": ("Lotta",), "Susanne": ("Sussie", "Sussi"),
        "Magnus": ("Mange",), "Thomas": ("Tompa",), "Tomas": ("Tompa",), "Kristina": ("Stina", "Kicki"),
        "Christina": ("Kicki", "Stina"), "Elisabeth": ("Lisa", "Bettan", "Lisbeth"), "Elisabet": ("Lisa", "Bettan"),
        "Margareta": ("Maggan", "Greta"), "Katarina": ("Kattis", "Kajsa"), "Fredrik": ("Fredde",),
        "Andreas": ("Andy",), "Gustav": ("Gurra", "Gusse"), "Gustaf": ("Gurra",), "Patrik": ("Patte",),
        "Kristoffer": ("Kricke",), "Christoffer": ("Criss", "Kricke"), "Marcus": ("Macke",),
        "Robert": ("Robban",), "Tobias": ("Tobbe",), "Torbjörn": ("Tobbe",), "Sebastian": ("Sebbe",),
        "Stefan": ("Steffe",), "Jan": ("Janne",), "Birgitta": ("Gittan", "Bittan"), "Viktoria": ("Vicky",),
        "Alexandra": ("Alex", "Sandra"), "Alexander": ("Alex",), "Emelie": ("Emmy",), "Matilda": ("Tilda",),
        "Josefin": ("Josse",), "Caroline": ("Carro",), "Karolina": ("Carro",), "Madeleine": ("Madde",),
        "Johanna": ("Jossan",), "Jessica": ("Jessie",), "Henrik": ("Henke",), "Daniel": ("Danne",),
        "Mattias": ("Matte",), "Mathias": ("Matte",), "Viktor": ("Vicke",), "Emanuel": ("Manne",),
        "Christer": ("Crille",), "Leif": ("Leffe",), "Kenneth": ("Kenta",), "Bengt": ("Bengan",),
        "Göran": ("Göte",), "Roger": ("Roggan",), "Lennart": ("Lelle",), "Jörgen": ("Jögge",),
        "Anders": ("Ante",), "Johan": ("Jojje",), "Olof": ("Olle",), "Nils": ("Nisse",),
        "Ingrid": ("Inga",), "Ulrika": ("Ullis",), "Kerstin": ("Kicki",), "Annika": ("Annie",),
        "Sigvard": ("Sigge",), "Ludvig": ("Ludde",), "Pontus": ("Ponne",), "Hampus": ("Hampe",),
        "Sofia": ("Sofie",), "Rebecka": ("Becka",), "Gunilla": ("Gunsan",), "Agneta": ("Agge",),
        "Veronica": ("Vera",), "Camilla": ("Millan",), "Ebba": ("Ebban",), "Isabelle": ("Bella",),
    },
    "uk": {
        "William": ("Will", "Bill"), "Robert": ("Rob", "Bob", "Robbie"), "Richard": ("Rich", "Rick"),
        "James": ("Jim", "Jamie"), "Michael": ("Mike", "Mick"), "Elizabeth": ("Liz", "Beth", "Lizzie"),
        "Catherine": ("Kate", "Cathy"), "Katherine": ("Kate", "Katie", "Kath"), "Jennifer": ("Jen", "Jenny"),
        "Margaret": ("Maggie", "Peggy"), "Christopher": ("Chris",), "Thomas": ("Tom", "Tommy"),
        "Daniel": ("Dan", "Danny"), "Matthew": ("Matt",), "Anthony": ("Tony", "Ant"),
        "Edward": ("Ed", "Ted", "Eddie"), "Alexander": ("Alex", "Sandy"), "Samantha": ("Sam",),
        "Deborah": ("Debbie", "Deb"), "Susan": ("Sue", "Suzy"), "Rebecca": ("Becky", "Becca"),
        "Victoria": ("Vicky", "Tori"), "Jessica": ("Jess",), "Benjamin": ("Ben",), "David": ("Dave",),
        "Stephen": ("Steve",), "Steven": ("Steve",), "Andrew": ("Andy", "Drew"), "Jonathan": ("Jon", "Jonny"),
        "Philip": ("Phil",), "Kenneth": ("Ken", "Kenny"), "Samuel": ("Sam",), "Eleanor": ("Ellie", "Nell"),
        "Isabella": ("Bella", "Izzy"), "Abigail": ("Abby",), "Nicola": ("Nicky",), "Gillian": ("Gill",),
        "Patricia": ("Pat", "Trish"), "Frederick": ("Fred", "Freddie"), "Oliver": ("Ollie",),
        "Joseph": ("Joe",), "Charlotte": ("Charlie", "Lottie"), "Penelope": ("Penny",), "Gareth": ("Gaz",),
    },
    "us": {
        "William": ("Bill", "Will", "Billy"), "Robert": ("Bob", "Rob", "Bobby"), "Richard": ("Rick", "Dick", "Rich"),
        "James": ("Jim", "Jimmy"), "Michael": ("Mike",), "Elizabeth": ("Liz", "Beth", "Betty"),
        "Jennifer": ("Jen", "Jenny"), "Margaret": ("Peggy", "Maggie", "Meg"), "Christopher": ("Chris",),
        "Thomas": ("Tom",), "Joseph": ("Joe", "Joey"), "Daniel": ("Dan", "Danny"), "Matthew": ("Matt",),
        "Anthony": ("Tony",), "Edward": ("Ed", "Eddie", "Ted"), "Charles": ("Charlie", "Chuck"),
        "David": ("Dave",), "Steven": ("Steve",), "Timothy": ("Tim",), "Gregory": ("Greg",),
        "Kimberly": ("Kim",), "Barbara": ("Barb",), "Deborah": ("Debbie", "Deb"), "Patricia": ("Pat", "Patty", "Trish"),
        "Katherine": ("Kathy", "Kate", "Katie"), "Susan": ("Sue", "Susie"), "Rebecca": ("Becky",),
        "Lawrence": ("Larry",), "Ronald": ("Ron", "Ronnie"), "Donald": ("Don",), "Kenneth": ("Ken",),
        "Raymond": ("Ray",), "Andrew": ("Andy", "Drew"), "Nicholas": ("Nick",), "Benjamin": ("Ben",),
        "Jeffrey": ("Jeff",), "Gerald": ("Jerry",), "Samuel": ("Sam",), "Dorothy": ("Dot", "Dottie"),
        "Catherine": ("Cathy", "Kate"), "Christine": ("Chris", "Tina"), "Theresa": ("Terri",),
        "Frederick": ("Fred",), "Alexander": ("Alex",), "Jonathan": ("Jon",), "Zachary": ("Zach",),
    },
    "arabic": {"Mohammed": ("Mo", "Moha"), "Abdullah": ("Abdi",), "Yousef": ("Jousef",)},
    "finnish": {"Juhani": ("Jussi",), "Johannes": ("Jussi",), "Matti": ("Masa",)},
}  # fmt: skip
