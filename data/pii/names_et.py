# ruff: noqa: E501
"""Name pools of held-out ET (issue 15): names as the population has them.

Every list is in rank order, commonest first, and every pool is weighted by how often people carry
its names: Swedish given names and surnames in the order of SCB's name statistics (written from
the writer's general knowledge; weight 1/rank; head the top 150, then a tail of rarer names past
them), the US Census 1990 lists (public domain; copied from the `names` package's
`dist.female.first`, `dist.male.first` and `dist.all.last`; the census per cent as weight, head
150), UK given names and surnames in the order of the ONS rankings (general knowledge, 1/rank),
and the commonest names of the origins common in Sweden (general knowledge, 1/rank, head 10).
No name here was checked against anything in the repository; none was left out for being known
or unknown to the detector. In the lists below a name is one whitespace-separated word, and `_`
stands for a space inside a name (`von_Platen`).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this probability, else its tail


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


def words(text: str) -> tuple[str, ...]:
    return tuple(w.replace("_", " ") for w in text.split())


def ranked(text: str, head: int) -> Pool:
    """A list in rank order, weight 1/rank; `head` names make its head."""
    names = words(text)
    twice = sorted(n for n, count in Counter(names).items() if count > 1)
    if twice:
        raise ValueError(f"a name twice in one list: {twice}")
    if len(names) <= head:
        raise ValueError("a list needs a tail past its head")
    return Pool(names, tuple(1 / rank for rank in range(1, len(names) + 1)), head)


def mc(name: str) -> str:
    """A census name (capitals) as people write it: `MCDONALD` -> `McDonald`, `OBRIEN` -> `O'Brien`."""
    irish = {"OBRIEN": "O'Brien", "OCONNOR": "O'Connor", "ONEAL": "O'Neal", "ONEILL": "O'Neill",
             "ODONNELL": "O'Donnell", "OCONNELL": "O'Connell", "OROURKE": "O'Rourke", "OHARA": "O'Hara",
             "OLEARY": "O'Leary", "OKEEFE": "O'Keefe", "OBRYANT": "O'Bryant", "ODELL": "O'Dell"}  # fmt: skip
    if name in irish:
        return irish[name]
    out = name.capitalize()
    if out.startswith("Mc") and len(out) > 2:
        out = "Mc" + out[2:].capitalize()
    return out


def census(text: str, head: int = 150) -> Pool:
    """`NAME per-cent` pairs from the US Census 1990 lists, in their order, the per cent as weight."""
    parts = text.split()
    names = tuple(mc(n) for n in parts[0::2])
    weights = tuple(float(p) for p in parts[1::2])
    if len(set(names)) != len(names):
        raise ValueError("a census name twice")
    return Pool(names, weights, head)


PLAIN = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "İ": "I", "đ": "dj", "Đ": "Dj", "ø": "o", "Ø": "O", "ß": "ss"})  # fmt: skip


def plain(word: str) -> str:
    """A name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`."""
    word = word.translate(PLAIN)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# --- Sweden: SCB's name statistics (all given names of the registered population), rank order ---

SV_WOMEN = ranked(
    """
    Maria Elisabeth Anna Kristina Margareta Eva Linnéa Karin Birgitta Marie
    Ingrid Sofia Emma Christina Sara Kerstin Elin Lena Helena Ingegerd
    Johanna Julia Maja Inger Hanna Linda Ida Alice Anita Ulla
    Viktoria Katarina Susanne Elsa Annika Louise Gunilla Monica Matilda Ella
    Amanda Malin Marianne Ebba Lovisa Caroline Camilla Astrid Jenny Åsa
    Wilma Klara Ingeborg Charlotte Barbro Therese Karolina Siv Agneta Irene
    Frida Elisabet Ann Ulrika Gun Alva Josefin Emelie Sandra Gunnel
    Helen Britt Jessica Cecilia Ellen Lisa Mona Ingela Berit Olivia
    Märta Madeleine Moa Linn Emilia Ann-Marie Vera Agnes Jennifer Felicia
    Sigrid Erika Pia Yvonne Ester Britta Stina Tove Anneli Lina
    Nathalie Mikaela Ronja Isabelle Ann-Christin Rebecka Lilly Signe Elvira Inga
    Saga Hedvig Margit Gunhild Anette Maj Solveig Nora Evelina Maud
    Tilda Selma Ellinor Emilie Greta Majken Sofie Ylva Mia Lilian
    Angelica Karina Rut Ann-Sofie Anne Sonja Hillevi Teresia Kajsa Liv
    Isabella Fanny Birgit Elina Marita Lisbeth Tuva Carina Ewa Mathilda
    """  # the head: the top 150 (SCB's ranks)
    """
    Alexandra Ann-Louise Anna-Karin Anna-Lena Annelie Annie Aurora Beatrice Bodil Carin
    Catharina Cornelia Dagmar Daniela Denise Doris Edith Elise Ellie Elna
    Elvi Emmy Erica Evy Filippa Gerd Gudrun Hedda Helga Hilda
    Inez Iris Irma Jeanette Josefine Judit Katja Lotta Lova Lykke
    Magdalena Majvor Margaretha Marit Marlene Maya Meja Minna Mira Molly
    My Nellie Nina Noomi Paula Petra Pernilla Ragnhild Rakel Rebecca
    Rosa Rose-Marie Ruth Sanna Sigrun Siri Sofi Stella Svea Sylvia
    Tekla Tina Tyra Ulla-Britt Valborg Vendela Vivianne Alma Ingalill Ingegärd
    Gunvor Asta Ines Leonora Liselott Lisen Agda Alfhild Anny Aina
    Amelia Anja Annette Ann-Britt Ann-Charlotte Ann-Kristin Annica Antonia Bella Benita
    Berta Blenda Carola Christin Clara Dagny Desirée Eira Elly Elsie
    Embla Evelyn Fredrika Gabriella Gertrud Gunborg Hanne Harriet Henrietta Ingvor
    Jonna Josefina Juni Kristin Lea Laila Lillemor Linnea Lisbet Livia
    Louisa Madelen Majlis Malva Mari Marina Marika Melissa Monika Nadja
    Nanna Natalie Nelly Ninni Olga Petronella Rigmor Rosita Sally Selina
    Sissela Susann Thea Tora Vanja Veronica Viola Wilhelmina Yrsa Ottilia
    Hjördis Ingun Elvy Inga-Lill Irja Elinor Eleonora Tilde Märit Julie
    Jasmine Tindra Vilma Siw Maj-Britt Gull-Britt Kicki Lise-Lotte Emmie
    Alicia Ann-Mari Evita Milla Sienna Leia Freja Nova Alba Edit
    Elida Hilma Isa Leja Amalia Lisette Alexia Jannike Michaela Agnetha
    Lillian Mollie Ing-Marie Britt-Marie Eva-Lotta Eva-Britt Mari-Ann Maj-Lis Anna-Greta Gun-Britt
    Inga-Britt Anna-Maria Eva-Lena Lena-Maria Ann-Katrin Ulla-Karin Carita Ingalena
    """,
    head=150,
)

SV_MEN = ranked(
    """
    Lars Karl Mikael Anders Johan Erik Per Peter Nils Jan
    Lennart Hans Olof Gustav Fredrik Daniel Bengt Sven Alexander Oskar
    Bo Göran Åke Magnus Stefan Thomas Andreas Leif Axel Martin
    Henrik Jonas Mats Ulf Kent Viktor Emil Christer Björn Stig
    Rolf Filip Ingemar Roger Marcus Mattias Niklas Anton Rune Tommy
    Tobias Patrik William Sebastian Simon Christian Kjell Robert Rickard Hugo
    Jakob Ludvig Lucas Elias Oliver Adam Isak Arvid Jonathan David
    Joakim Roland Kurt Gunnar Arne Dan Tomas Håkan Kenneth Claes
    Bertil Gösta Ove Ingvar Rasmus Gabriel Carl Robin Liam Theo
    Leo Vincent Edvin Albin Kristoffer Jesper Johannes Emanuel Samuel Benjamin
    Felix Noah Melvin Wilhelm Hampus Linus Max Torbjörn Sören Jörgen
    Tore Allan Harald Birger Sten Holger Valter Einar Erland Conny
    Mohammed Morgan Jimmy Dennis Kevin Pontus Jens Markus Måns Douglas
    Jacob Josef Pär Tord Ola Ronny Örjan Jonny Rikard Staffan
    Sixten Ebbe Olle August Alfred Elliot Love Otto Charlie Frans
    """  # the head: the top 150 (SCB's ranks)
    """
    Folke Helge Assar Vidar Sigvard Gert Ragnar Torsten Aron Alvin
    Algot Ali Arnold Artur Benny Bernt Bror Bruno Börje Casper
    Curt Dag Egon Elis Elof Enar Erling Eskil Evert Fabian
    Ferdinand Frank Fritiof Gideon Gillis Glenn Greger Gustaf Halvar Hannes
    Harry Helmer Henning Herbert Hilding Hjalmar Ivar Jack Jarl Joel
    Jon Julius Kasper Kennet Kim Knut Konrad Krister Lage Lars-Göran
    Leon Lukas Manne Mauritz Melker Milton Nicklas Nicolas Olov Orvar
    Osvald Patric Peder Petter Pierre Reine Reinhold Roine Ruben Sam
    Sigge Sigurd Sivert Sonny Stellan Sune Svante Sverker Teodor Thor
    Thure Tim Torgny Tor Ture Ulrik Urban Valdemar Vilgot Vilhelm
    Vilmer Yngve Östen Edvard Eddie Elvin Eric Frej Ingvald Isac
    Jerker Joacim John Jörn Kaj Karl-Erik Karl-Johan Lars-Erik Per-Olof Jan-Erik
    Leopold Levi Loke Malte Mattis Mons Nils-Erik Noel Olaf Ossian
    Per-Erik Ragnvald Rurik Sture Sölve Thorsten Tony Ville Zacharias Hilmer
    Edgar Ellis Jimmie Henry Charles Walter Gerhard Anselm Ingolf Torvald
    Tage Verner Josua Elton Colin Milo Viggo Vide Alve Ivan
    Adrian Albert Alf Alex Alexis André Boris Bert Bill
    Christoffer Clas Dick Enok Gunder Hans-Erik Holmfrid Ingmar Sven-Erik Carl-Johan
    Per-Anders Jan-Olof Lars-Olof Bengt-Göran Karl-Gustav Nils-Olof Lars-Gunnar Stig-Arne Hans-Olof Jan-Åke
    Per-Åke Alvar Gottfrid Hadar Isidor Kalle Kristofer Leander Ludwig Mio
    Neo Oscar Seth Sigfrid Tristan Wilmer Emrik Matteus Sigvald Eilert
    Truls Yngvar Lorentz Nore Jöns
    """,
    head=150,
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
    Hassan Berggren Sandström Lund Nordin Ström Åberg Hermansson Ekström Holmgren
    Sundberg Hedlund Dahlberg Hellström Sjögren Abrahamsson Falk Öberg Andreasson Blom
    Ek Martinsson Månsson Åkesson Strand Sundström Jonasson Mohamed Hussein Lindholm
    Norberg Sjöström Nordqvist Omar Ibrahim Holmström Augustsson Söderström Bergkvist Lindell
    Nordlund Lundmark Ekman Hedberg Nyman Jensen Sjödin Eklöf Lindblom Boström
    Dahl Palm Åström Borg Malmberg Sundqvist Friberg Ericsson Hansen Lindahl
    Blomberg Carlsson Engberg Strömberg Ekberg Sundin Nordgren Lundholm Kristiansson Wennberg
    Westerberg Roos Sandin Åkerlund Lindén Björn Stenberg Backman Söderlund Holmqvist
    """  # the head: the top 150 (SCB's ranks)
    """
    Aronsson Adolfsson Alm Almqvist Asplund Bäckström Bergh Bergvall Bodin Boman
    Brandt Broberg Burman Byström Carlberg Dahlgren Dahlström Edlund Edström Ekholm
    Ekvall Elofsson Emanuelsson Engman Englund Fagerström Falck Fors Forslund Frisk
    Granberg Granström Grahn Gren Gustavsson Hagberg Hagström Hallberg Hallström Hammar
    Hedin Hedman Hedström Hellberg Hjalmarsson Holmlund Hult Hultgren Högberg Höglund
    Isberg Johnsson Josefsson Kjellberg Kjellgren Klasson Knutsson Kvist Lagerqvist Lilja
    Lindeberg Lindkvist Linder Lindroth Ljung Ljungberg Ljunggren Lundell Lundh Löfstedt
    Malm Malmqvist Melin Moberg Modig Mörk Nord Nordberg Norén Norman
    Nygren Nylander Nylund Näslund Ohlsson Olander Oskarsson Ottosson Palmqvist Pihl
    Rask Rosén Rosenberg Rosengren Rydberg Rydén Sahlin Selin Sjölund Sjöqvist
    Skog Stark Sten Stolt Strid Ståhl Sundell Svärd Söderqvist Thorén
    Tibell Törnqvist Wahlberg Wahlström Wall Wallgren Weström Wiberg Vikström Zetterberg
    Zetterlund Åhman Åkerblom Åman Ödman Öhman Östlund Östman Hjelm Lövgren
    Ahlberg Ahlström Almgren Andrén Axén Beckman Berglöf Blixt Brodin Bylund
    Cederberg Dahlqvist Ehn Ekelund Eng Fernström Flink Forsgren Forsman Frid
    Gran Grönlund Hammarström Holmén Jernberg Kling Krantz Kullberg Lager Lagerström
    Landin Liljegren Lindmark Lindvall Lönn Myrberg Nordmark Norling Palmér Rehn
    Renström Risberg Rönnberg Rönnqvist Sandell Segerström Sjölin Sjöstedt Strandberg Sundén
    Svahn Thunberg Törnberg Wallander Wennerström Westin Westman Wickman Wingård Åslund
    Abdi Osman Yousef Hosseini Ahmadi Nguyen Khalil Saleh Jama Yilmaz
    von_Platen af_Klercker De_Geer von_Sydow Wachtmeister Lewenhaupt Gyllenstierna von_Essen Bonde Stenbock
    """,
    head=150,
)

# --- The UK: ONS rankings, rank order, 1/rank ---

UK_WOMEN = ranked(
    """
    Sarah Emma Laura Claire Rebecca Gemma Emily Sophie Charlotte Jessica
    Hannah Amy Lauren Katie Olivia Lucy Chloe Rachel Nicola Samantha
    Lisa Michelle Helen Jennifer Amelia Victoria Louise Kelly Joanne Stephanie
    Elizabeth Natalie Jade Megan Ellie Jodie Danielle Holly Grace Zoe
    Isla Ava Mia Susan Karen Julie Alison Jacqueline Caroline Deborah
    Tracey Angela Catherine Margaret Patricia Linda Jane Mary Christine Elaine
    Wendy Dawn Sharon Joanna Kerry Amanda Anna Kate Georgia Abigail
    Bethany Leah Jasmine Eleanor Poppy Freya Evie Isabella Phoebe Millie
    Alice Ruby Daisy Sienna Florence Scarlett Matilda Rosie Harriet Imogen
    Naomi Alexandra Heather Janet Gillian Lorraine Carol Diane Pauline Ann
    Fiona Kirsty Hayley Leanne Natasha Vicky Lindsey Andrea Ruth Sally
    Jenny Lydia Katherine Beverley Maria Sandra Frances Josephine Shirley Valerie
    Barbara Joan Sylvia Brenda Irene Maureen Sheila Yvonne Hazel Teresa
    Amber Aisha Fatima Maryam Summer Willow Erin Eva Layla Lily
    Esme Elsie Ivy Iris Thea Ada Nancy Maisie Edith Penelope
    Bridget Siobhan Ciara Aoife Niamh Gwen Rhiannon Catrin Morag Eilidh
    Gail Lesley Jill Tina Elaine-Marie Melanie Sonia Priya Harpreet Nadia
    Aimee Annabel Clare Debra Gaynor Judith Marion Rosemary Shona Tamsin
    """,
    head=130,
)
UK_MEN = ranked(
    """
    David John Michael James Paul Andrew Mark Richard Robert Daniel
    Christopher Thomas Matthew Stephen Peter Ian Steven Anthony Simon Jonathan
    Gary Darren Lee Craig Jamie Adam Ryan Benjamin Luke Samuel
    Oliver Jack Harry George William Joshua Alexander Liam Kevin Martin
    Neil Scott Nicholas Alan Graham Kenneth Brian Colin Keith Philip
    Stuart Jason Wayne Dean Carl Shaun Barry Nigel Trevor Roger
    Edward Joseph Charles Noah Muhammad Leo Arthur Oscar Theo Freddie
    Archie Henry Alfie Charlie Jacob Ethan Dylan Callum Connor Kieran
    Nathan Aaron Jordan Lewis Ross Sean Gavin Russell Derek Raymond
    Terence Gordon Malcolm Dennis Roy Frank Patrick Tony Clive Adrian
    Timothy Jeremy Gareth Rhys Owen Dafydd Hamish Angus Fraser Euan
    Ciaran Declan Conor Finn Reuben Isaac Hugo Elliot Max Toby
    Louis Harrison Tyler Bradley Kyle Mohammed Ali Ahmed Imran Rajesh
    Sanjay Vikram Amir Omar Ibrahim Yusuf Zain Bilal Hassan Usman
    Gerald Leslie Stanley Albert Douglas Donald Ronald Harold Norman Victor
    Francis Vincent Gregory Howard Lawrence Rupert Giles Ashley Jake Marcus
    Billy Jimmy Danny Bobby Ricky Tommy Robbie Mason Logan Jenson
    """,
    head=130,
)
UK_SURNAMES = ranked(
    """
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
    Fowler Heath Norman Middleton Lucas Jarvis Hale Rahman Sheppard Lord
    """,
    head=150,
)

# --- Origins common in Sweden: their commonest names, 1/rank, head 10 ---

FINNISH = Origin(
    ranked(
        "Marja Anneli Tuula Päivi Sirpa Pirjo Riitta Leena Eila Raija Anja Aila Seija Kaija Ritva Liisa Tarja Marjatta Hannele Sari Minna Satu Kirsi Terhi Aino Aili Helmi Sanna Heli Outi",
        10,
    ),
    ranked(
        "Juha Matti Timo Kari Pekka Jari Mikko Markku Antti Jukka Heikki Seppo Hannu Kalevi Tapio Ilkka Esa Veikko Pertti Raimo Ari Petri Tuomas Janne Risto Jouko Eero Lauri Keijo Reijo",
        10,
    ),
    ranked(
        "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hiltunen Leinonen Pelkonen Kauppinen",
        10,
    ),
)
ARABIC = Origin(  # Iraq and Syria, with the Assyrian/Syriac names of Södertälje and Norrköping
    ranked(
        "Fatima Maryam Zainab Nour Sara Aya Rania Hiba Amira Layla Hanan Zahra Yasmin Huda Lina Rana Dalia Samira Shahad Ruqaya Ninve Shamiram Nahrin Sabiha Rasha Duaa Israa Marwa Ghada Nisreen",
        10,
    ),
    ranked(
        "Mohammed Ahmed Ali Mohamad Hassan Hussein Omar Khaled Mustafa Ibrahim Yousef Abdullah Karim Mahmoud Ammar Sami Bashar Rami Ziad Hamza Tariq Firas Saif Sargon Ninos Aziz Yacoub Gabriel Haidar Mazin Jalal Ashur",
        10,
    ),
    ranked(
        "Ali Mohammed Ahmed Hassan Hussein Mahmoud Ibrahim Abdullah Khalil Saleh Al-Hassan Jaber Haddad Abbas Jasim Kareem Salman Younis Al-Rubaie Al-Obaidi Shamoun Barsoum Saliba Gabriel Yousef Aho Lahdo Danho Kourie Hanna Issa Sabri Elias Al-Jabouri Al-Saadi",
        10,
    ),
)
SOMALI = Origin(
    ranked(
        "Fadumo Hodan Amina Khadra Sahra Hawa Ayan Nimco Sagal Asha Halimo Ifrah Ubah Muna Deqa Hibo Farhiya Sucaad Ilhan Zamzam Idil Safiya Leyla Maryan",
        10,
    ),
    ranked(
        "Abdi Mohamed Ahmed Abdirahman Abdullahi Hassan Ali Omar Yusuf Ismail Abdikarim Mahad Said Farah Mustafe Hamse Liban Guled Abdiaziz Jama Abdiqani Bashir Sharmarke Khalid",
        10,
    ),
    ranked(
        "Mohamed Ahmed Ali Hassan Abdi Omar Osman Farah Yusuf Ismail Warsame Abdullahi Hussein Nur Aden Jama Egal Dahir Elmi Hirsi Guled Shire Abdirahman Mohamud Ibrahim Duale Samatar",
        10,
    ),
)
POLISH = Origin(
    ranked(
        "Anna Katarzyna Maria Małgorzata Agnieszka Barbara Ewa Magdalena Joanna Aleksandra Monika Krystyna Elżbieta Dorota Beata Justyna Marta Agata Natalia Karolina Paulina Zofia Halina Jadwiga Grażyna Urszula",
        10,
    ),
    ranked(
        "Piotr Krzysztof Andrzej Tomasz Paweł Marcin Michał Jan Grzegorz Łukasz Marek Adam Jakub Kamil Wojciech Stanisław Mateusz Dariusz Rafał Zbigniew Jerzy Sławomir Przemysław Bartosz Maciej Tadeusz",
        10,
    ),
    ranked(
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Wojciechowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Stępień Dudek Górski Zawadzki Sadowski Nowicki",
        10,
    ),
)
PERSIAN = Origin(
    ranked(
        "Maryam Fatemeh Zahra Sara Narges Mina Shirin Leila Parisa Azadeh Nasrin Roya Mahsa Neda Fereshteh Shabnam Farzaneh Ladan Golnaz Elham Tara Niloufar Mitra Soheila",
        10,
    ),
    ranked(
        "Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Behzad Babak Arash Dariush Farid Kourosh Omid Majid Navid Payam Ramin Siamak Kaveh Pouya Shahram Bijan",
        10,
    ),
    ranked(
        "Mohammadi Hosseini Ahmadi Rezaei Karimi Moradi Jafari Hashemi Rahimi Ghasemi Sadeghi Heidari Mousavi Ebrahimi Azizi Kazemi Nazari Tehrani Amini Rostami Sharifi Bagheri Farahani Akbari Shirazi Esfahani Nikpour Zand",
        10,
    ),
)
BCS = Origin(  # Bosnian, Serbian and Croatian
    ranked(
        "Amra Emina Lejla Selma Amina Jasmina Mirela Sanela Azra Edina Vesna Snežana Jelena Ivana Marija Ana Dragana Maja Mirjana Nada Senada Almira Elma Adna Dženana Suada",
        10,
    ),
    ranked(
        "Amir Emir Adnan Edin Mirza Senad Haris Kenan Nermin Elvir Dragan Zoran Goran Nikola Marko Milan Ivan Dejan Nenad Stefan Luka Tarik Samir Alen Almir Željko",
        10,
    ),
    ranked(
        "Hodžić Hadžić Begić Delić Kovačević Mehmedović Husić Hasanović Salihović Ahmetović Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Horvat Kovačić Babić Marić Jurić Knežević Popović Mujić Suljić Osmanović Alić Halilović Mustafić Čolić Šehić",
        10,
    ),
)
TURKISH = Origin(
    ranked(
        "Ayşe Fatma Emine Hatice Zeynep Elif Merve Özlem Esra Leyla Sultan Gül Derya Büşra Sibel Hülya Dilek Aylin Ebru Nurcan Gülsüm Şeyma",
        10,
    ),
    ranked(
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Osman Yusuf Emre Burak Kemal Recep Serkan Fatih Ömer Can Erkan Cem Onur Halil Şükrü Ümit",
        10,
    ),
    ranked(
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Erdoğan Güneş Akgül Tekin",
        10,
    ),
)
ERITREAN = Origin(  # the father's name serves as the surname
    ranked(
        "Helen Selam Senait Yohana Saba Mebrat Tsega Rahel Luwam Winta Almaz Hiwet Feven Mihret Semhar Lidia Freweini Azieb Ruta Eden Yordanos Meron",
        10,
    ),
    ranked(
        "Yonas Daniel Tesfay Samuel Tekle Haile Mehari Berhane Dawit Filmon Yohannes Kidane Abraham Isaias Henok Robel Mussie Amanuel Semere Aron Biniam Ermias",
        10,
    ),
    ranked(
        "Tesfay Tekle Haile Gebremedhin Berhane Kidane Ghebreyesus Woldu Mehari Tesfamariam Habte Asfaha Ghirmay Andemariam Yohannes Abraha Weldemichael Tewolde Zerai Negash Fessehaye Gebru Kahsay Teklehaimanot",
        10,
    ),
)
AFGHAN = Origin(
    ranked(
        "Fatima Maryam Zahra Masooma Nargis Parwana Shakila Farzana Freshta Zainab Mursal Sadia Mina Roya Najiba Mariam Hamida Shabana Nilofar Arezo Marzia Sakina",
        10,
    ),
    ranked(
        "Mohammad Ahmad Ali Mustafa Hamid Sayed Reza Hussain Javad Mahdi Abdul Jawad Ramin Farhad Nasir Naveed Rahim Habib Omid Shafiq Zabihullah Hamza Mujtaba Sohrab",
        10,
    ),
    ranked(
        "Ahmadi Hussaini Rezaei Mohammadi Jafari Rahimi Sultani Hashimi Karimi Haidari Noori Akbari Amiri Sadat Qaderi Hakimi Nazari Sharifi Popal Stanekzai Safi Wardak Mohseni Azimi",
        10,
    ),
)
THAI = Origin(
    ranked(
        "Siriporn Malee Kanya Suda Pornthip Sunisa Wanida Jintana Rattana Supaporn Naruemon Kannika Orathai Pranee Saowanee Thanyarat Pimchanok Arunee Nok Somporn Lamai Chanida",
        10,
    ),
    ranked(
        "Somchai Somsak Anan Prasert Surachai Wichai Niran Sompong Chaiwat Kittisak Nattapong Thanakorn Boonmee Sakda Apichat Pongsak Weerapong Thawatchai Suriya Kriangkrai",
        10,
    ),
    ranked(
        "Saetang Srisuk Saelim Boonmee Sukprasert Srisawat Chaiyasit Thongchai Kaewkla Inthong Phromma Wongsawat Rattanakorn Sangthong Jaidee Saeheng Charoenphon Suwannarat Khamsuk Pholsena",
        10,
    ),
)
LATIN = Origin(  # Chile first, then the rest of Latin America; two surnames
    ranked(
        "María Carolina Claudia Paola Francisca Javiera Camila Valentina Patricia Verónica Marcela Gabriela Daniela Andrea Fernanda Constanza Catalina Ximena Alejandra Soledad Gloria Rosa Mónica Pamela",
        10,
    ),
    ranked(
        "José Juan Luis Carlos Jorge Manuel Pablo Cristián Francisco Rodrigo Sebastián Diego Felipe Matías Nicolás Patricio Sergio Claudio Hernán Mauricio Andrés Alejandro Víctor Raúl",
        10,
    ),
    ranked(
        "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez Castro Pizarro Álvarez Vásquez Sánchez Fernández Núñez Ibáñez",
        10,
    ),
)
KURDISH = Origin(
    ranked(
        "Avin Berivan Delal Dilan Hevi Jiyan Rojin Shirin Zilan Nazdar Gulistan Shler Srwa Hana Awaz Bahar Lana Nishtiman Rozhan Ronak Kurdistan Zhilwan",
        10,
    ),
    ranked(
        "Aram Azad Baran Dilshad Hawre Karwan Rebin Sherzad Shwan Soran Zana Diyar Hiwa Kawa Rizgar Rawand Dara Sirwan Ari Hejar Bakhtiyar Serwan",
        10,
    ),
    ranked(
        "Barzani Talabani Amin Karim Rashid Kaka Mahmoud Hamad Qadir Aziz Hassan Salih Rasul Jaff Zebari Doski Baban Sharif Bakr Hawrami Osman Kurdi Mustafa Rahim",
        10,
    ),
)
UKRAINIAN = Origin(
    ranked(
        "Olena Tetiana Nataliia Iryna Oksana Svitlana Yuliia Olha Kateryna Mariia Anastasiia Viktoriia Liudmyla Halyna Nadiia Valentyna Alina Daria Yana Inna",
        10,
    ),
    ranked(
        "Oleksandr Serhii Andrii Volodymyr Dmytro Oleh Mykola Yurii Ivan Vasyl Viktor Maksym Ihor Vitalii Bohdan Taras Roman Artem Denys Pavlo",
        10,
    ),
    ranked(
        "Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko Klymenko Pavlenko",
        10,
    ),
)
INDIAN = Origin(
    ranked(
        "Priya Anjali Pooja Neha Divya Sneha Kavya Deepa Lakshmi Swati Shreya Aishwarya Meera Nisha Ritu Sunita Anita Harpreet Kavitha Ananya",
        10,
    ),
    ranked(
        "Rahul Amit Rajesh Vikram Arjun Suresh Sanjay Ravi Anil Vijay Karthik Rohit Aditya Abhishek Deepak Manoj Srinivas Prakash Gurpreet Ankit",
        10,
    ),
    ranked(
        "Kumar Sharma Singh Patel Gupta Reddy Rao Nair Iyer Shah Mehta Joshi Verma Agarwal Menon Pillai Chopra Malhotra Desai Krishnan Banerjee Mukherjee Das",
        10,
    ),
)
GERMAN = Origin(
    ranked(
        "Sabine Petra Claudia Andrea Susanne Monika Stefanie Julia Katharina Anja Birgit Nicole Ursula Heike Laura Lena Sandra Melanie Christine Jutta",
        10,
    ),
    ranked(
        "Thomas Michael Andreas Stefan Peter Wolfgang Jürgen Klaus Frank Markus Christian Uwe Matthias Tobias Jan Dirk Sebastian Lukas Florian Ralf",
        10,
    ),
    ranked(
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann",
        10,
    ),
)

# --- The US Census 1990: `NAME per-cent`, in the census's order (copied from the `names` package) ---

US_WOMEN_CENSUS = """
    MARY 2.629 PATRICIA 1.073 LINDA 1.035 BARBARA 0.980 ELIZABETH 0.937 JENNIFER 0.932 MARIA 0.828 SUSAN 0.794 MARGARET 0.768 DOROTHY 0.727
    LISA 0.704 NANCY 0.669 KAREN 0.667 BETTY 0.666 HELEN 0.663 SANDRA 0.629 DONNA 0.583 CAROL 0.565 RUTH 0.562 SHARON 0.522
    MICHELLE 0.519 LAURA 0.510 SARAH 0.508 KIMBERLY 0.504 DEBORAH 0.494 JESSICA 0.490 SHIRLEY 0.482 CYNTHIA 0.469 ANGELA 0.468 MELISSA 0.462
    BRENDA 0.455 AMY 0.451 ANNA 0.440 REBECCA 0.430 VIRGINIA 0.430 KATHLEEN 0.424 PAMELA 0.416 MARTHA 0.412 DEBRA 0.408 AMANDA 0.404
    STEPHANIE 0.400 CAROLYN 0.385 CHRISTINE 0.382 MARIE 0.379 JANET 0.379 CATHERINE 0.373 FRANCES 0.370 ANN 0.364 JOYCE 0.364 DIANE 0.359
    ALICE 0.357 JULIE 0.348 HEATHER 0.337 TERESA 0.336 DORIS 0.335 GLORIA 0.335 EVELYN 0.322 JEAN 0.315 CHERYL 0.315 MILDRED 0.313
    KATHERINE 0.313 JOAN 0.306 ASHLEY 0.303 JUDITH 0.297 ROSE 0.296 JANICE 0.285 KELLY 0.283 NICOLE 0.281 JUDY 0.276 CHRISTINA 0.275
    KATHY 0.272 THERESA 0.271 BEVERLY 0.267 DENISE 0.264 TAMMY 0.259 IRENE 0.252 JANE 0.250 LORI 0.248 RACHEL 0.242 MARILYN 0.241
    ANDREA 0.236 KATHRYN 0.234 LOUISE 0.229 SARA 0.229 ANNE 0.228 JACQUELINE 0.228 WANDA 0.226 BONNIE 0.223 JULIA 0.223 RUBY 0.221
    LOIS 0.220 TINA 0.220 PHYLLIS 0.219 NORMA 0.218 PAULA 0.217 DIANA 0.216 ANNIE 0.216 LILLIAN 0.211 EMILY 0.208 ROBIN 0.208
    PEGGY 0.208 CRYSTAL 0.207 GLADYS 0.205 RITA 0.204 DAWN 0.202 CONNIE 0.200 FLORENCE 0.200 TRACY 0.197 EDNA 0.197 TIFFANY 0.195
    CARMEN 0.195 ROSA 0.194 CINDY 0.192 GRACE 0.189 WENDY 0.185 VICTORIA 0.180 EDITH 0.179 KIM 0.178 SHERRY 0.178 SYLVIA 0.177
    JOSEPHINE 0.177 THELMA 0.175 SHANNON 0.175 SHEILA 0.175 ETHEL 0.174 ELLEN 0.173 ELAINE 0.173 MARJORIE 0.173 CARRIE 0.171 CHARLOTTE 0.169
    MONICA 0.166 ESTHER 0.166 PAULINE 0.165 EMMA 0.165 JUANITA 0.164 ANITA 0.162 RHONDA 0.162 HAZEL 0.161 AMBER 0.160 EVA 0.159
    DEBBIE 0.157 APRIL 0.154 LESLIE 0.154 CLARA 0.153 LUCILLE 0.153 JAMIE 0.153 JOANNE 0.150 ELEANOR 0.150 VALERIE 0.149 DANIELLE 0.149
    MEGAN 0.147 ALICIA 0.146 SUZANNE 0.145 MICHELE 0.145 GAIL 0.145 BERTHA 0.143 DARLENE 0.142 VERONICA 0.142 JILL 0.142 ERIN 0.141
    GERALDINE 0.141 LAUREN 0.137 CATHY 0.137 JOANN 0.136 LORRAINE 0.135 LYNN 0.135 SALLY 0.135 REGINA 0.133 ERICA 0.130 BEATRICE 0.130
    DOLORES 0.129 BERNICE 0.128 AUDREY 0.127 YVONNE 0.126 ANNETTE 0.125 JUNE 0.125 SAMANTHA 0.124 MARION 0.122 DANA 0.122 STACY 0.121
    ANA 0.120 RENEE 0.120 IDA 0.118 VIVIAN 0.118 ROBERTA 0.117 HOLLY 0.117 BRITTANY 0.117 MELANIE 0.116 LORETTA 0.115 YOLANDA 0.115
    JEANETTE 0.115 LAURIE 0.114 KATIE 0.113 KRISTEN 0.111 VANESSA 0.111 ALMA 0.111 SUE 0.111 ELSIE 0.110 BETH 0.110 JEANNE 0.109
    VICKI 0.109 CARLA 0.107 TARA 0.107 ROSEMARY 0.107 EILEEN 0.105 TERRI 0.105 GERTRUDE 0.103 LUCY 0.103 TONYA 0.102 ELLA 0.101
    STACEY 0.101 WILMA 0.099 GINA 0.099 KRISTIN 0.099 JESSIE 0.098 NATALIE 0.098 AGNES 0.098 VERA 0.098 WILLIE 0.097 CHARLENE 0.097
    BESSIE 0.096 DELORES 0.095 MELINDA 0.094 PEARL 0.094 ARLENE 0.094 MAUREEN 0.092 COLLEEN 0.092 ALLISON 0.092 TAMARA 0.092 JOY 0.091
    GEORGIA 0.091 CONSTANCE 0.091 LILLIE 0.090 CLAUDIA 0.090 JACKIE 0.090 MARCIA 0.090 TANYA 0.089 NELLIE 0.089 MINNIE 0.089 MARLENE 0.088
    HEIDI 0.088 GLENDA 0.088 LYDIA 0.086 VIOLA 0.086 COURTNEY 0.086 MARIAN 0.086 STELLA 0.085 CAROLINE 0.085 DORA 0.084 JO 0.083
    VICKIE 0.082 MATTIE 0.081 TERRY 0.080 MAXINE 0.079 IRMA 0.079 MABEL 0.078 MARSHA 0.078 MYRTLE 0.078 LENA 0.077 CHRISTY 0.077
    DEANNA 0.076 PATSY 0.076 HILDA 0.075 GWENDOLYN 0.074 JENNIE 0.073 NORA 0.073 MARGIE 0.072 NINA 0.072 CASSANDRA 0.072 LEAH 0.072
    PENNY 0.071 KAY 0.071 PRISCILLA 0.071 NAOMI 0.071 CAROLE 0.071 BRANDY 0.070 OLGA 0.070 BILLIE 0.069 DIANNE 0.069 TRACEY 0.069
    LEONA 0.069 JENNY 0.068 FELICIA 0.068 SONIA 0.068 MIRIAM 0.066 VELMA 0.066 BECKY 0.066 BOBBIE 0.065 VIOLET 0.065 KRISTINA 0.065
    TONI 0.064 MISTY 0.063 MAE 0.063 SHELLY 0.062 DAISY 0.062 RAMONA 0.062 SHERRI 0.062 ERIKA 0.061 KATRINA 0.061 CLAIRE 0.061
    LINDSEY 0.060 LINDSAY 0.060 GENEVA 0.059 GUADALUPE 0.059 BELINDA 0.059 MARGARITA 0.059 SHERYL 0.059 CORA 0.058 FAYE 0.058 ADA 0.057
    NATASHA 0.057 SABRINA 0.057 ISABEL 0.057 MARGUERITE 0.056 HATTIE 0.056 HARRIET 0.056 MOLLY 0.055 CECILIA 0.055 KRISTI 0.055 BRANDI 0.055
    BLANCHE 0.055 SANDY 0.055 ROSIE 0.055 JOANNA 0.055 IRIS 0.055 EUNICE 0.054 ANGIE 0.054 INEZ 0.053 LYNDA 0.053 MADELINE 0.052
    AMELIA 0.052 ALBERTA 0.052 GENEVIEVE 0.051 MONIQUE 0.051 JODI 0.051 JANIE 0.051 MAGGIE 0.051 KAYLA 0.051 SONYA 0.051 JAN 0.051
    LEE 0.051 KRISTINE 0.051 CANDACE 0.051 FANNIE 0.050 MARYANN 0.050 OPAL 0.050 ALISON 0.050 YVETTE 0.050 MELODY 0.050 LUZ 0.049
    SUSIE 0.049 OLIVIA 0.049 FLORA 0.049 SHELLEY 0.049 KRISTY 0.048 MAMIE 0.048 LULA 0.048 LOLA 0.048 VERNA 0.048 BEULAH 0.048
    ANTOINETTE 0.048 CANDICE 0.046 JUANA 0.046 JEANNETTE 0.046 PAM 0.046 KELLI 0.046 HANNAH 0.045 WHITNEY 0.045 BRIDGET 0.045 KARLA 0.044
    CELIA 0.044 LATOYA 0.043 PATTY 0.043 SHELIA 0.043 GAYLE 0.043 DELLA 0.043 VICKY 0.043 LYNNE 0.043 SHERI 0.042 MARIANNE 0.042
"""
US_MEN_CENSUS = """
    JAMES 3.318 JOHN 3.271 ROBERT 3.143 MICHAEL 2.629 WILLIAM 2.451 DAVID 2.363 RICHARD 1.703 CHARLES 1.523 JOSEPH 1.404 THOMAS 1.380
    CHRISTOPHER 1.035 DANIEL 0.974 PAUL 0.948 MARK 0.938 DONALD 0.931 GEORGE 0.927 KENNETH 0.826 STEVEN 0.780 EDWARD 0.779 BRIAN 0.736
    RONALD 0.725 ANTHONY 0.721 KEVIN 0.671 JASON 0.660 MATTHEW 0.657 GARY 0.650 TIMOTHY 0.640 JOSE 0.613 LARRY 0.598 JEFFREY 0.591
    FRANK 0.581 SCOTT 0.546 ERIC 0.544 STEPHEN 0.540 ANDREW 0.537 RAYMOND 0.488 GREGORY 0.441 JOSHUA 0.435 JERRY 0.432 DENNIS 0.415
    WALTER 0.399 PATRICK 0.389 PETER 0.381 HAROLD 0.371 DOUGLAS 0.367 HENRY 0.365 CARL 0.346 ARTHUR 0.335 RYAN 0.328 ROGER 0.322
    JOE 0.321 JUAN 0.316 JACK 0.315 ALBERT 0.314 JONATHAN 0.313 JUSTIN 0.311 TERRY 0.311 GERALD 0.309 KEITH 0.308 SAMUEL 0.306
    WILLIE 0.302 RALPH 0.282 LAWRENCE 0.282 NICHOLAS 0.275 ROY 0.273 BENJAMIN 0.270 BRUCE 0.263 BRANDON 0.260 ADAM 0.259 HARRY 0.251
    FRED 0.251 WAYNE 0.249 BILLY 0.248 STEVE 0.246 LOUIS 0.243 JEREMY 0.242 AARON 0.240 RANDY 0.232 HOWARD 0.230 EUGENE 0.230
    CARLOS 0.229 RUSSELL 0.224 BOBBY 0.223 VICTOR 0.222 MARTIN 0.216 ERNEST 0.215 PHILLIP 0.213 TODD 0.213 JESSE 0.209 CRAIG 0.206
    ALAN 0.204 SHAWN 0.200 CLARENCE 0.197 SEAN 0.197 PHILIP 0.197 CHRIS 0.197 JOHNNY 0.195 EARL 0.193 JIMMY 0.191 ANTONIO 0.190
    DANNY 0.190 BRYAN 0.190 TONY 0.190 LUIS 0.189 MIKE 0.189 STANLEY 0.186 LEONARD 0.186 NATHAN 0.185 DALE 0.184 MANUEL 0.181
    RODNEY 0.180 CURTIS 0.180 NORMAN 0.177 ALLEN 0.174 MARVIN 0.171 VINCENT 0.168 GLENN 0.167 JEFFERY 0.166 TRAVIS 0.166 JEFF 0.166
    CHAD 0.165 JACOB 0.165 LEE 0.162 MELVIN 0.162 ALFRED 0.162 KYLE 0.160 FRANCIS 0.160 BRADLEY 0.159 JESUS 0.155 HERBERT 0.155
    FREDERICK 0.154 RAY 0.153 JOEL 0.152 EDWIN 0.148 DON 0.145 EDDIE 0.144 RICKY 0.141 TROY 0.138 RANDALL 0.138 BARRY 0.134
    ALEXANDER 0.132 BERNARD 0.127 MARIO 0.125 LEROY 0.125 FRANCISCO 0.124 MARCUS 0.124 MICHEAL 0.123 THEODORE 0.123 CLIFFORD 0.123 MIGUEL 0.122
    OSCAR 0.122 JAY 0.118 JIM 0.118 TOM 0.117 CALVIN 0.115 ALEX 0.115 JON 0.115 RONNIE 0.113 BILL 0.112 LLOYD 0.112
    TOMMY 0.112 LEON 0.112 DEREK 0.112 WARREN 0.110 DARRELL 0.108 JEROME 0.108 FLOYD 0.107 LEO 0.106 ALVIN 0.105 TIM 0.104
    WESLEY 0.104 GORDON 0.104 DEAN 0.104 GREG 0.104 JORGE 0.104 DUSTIN 0.103 PEDRO 0.103 DERRICK 0.103 DAN 0.101 LEWIS 0.099
    ZACHARY 0.099 COREY 0.098 HERMAN 0.097 MAURICE 0.097 VERNON 0.097 ROBERTO 0.097 CLYDE 0.095 GLEN 0.094 HECTOR 0.094 SHANE 0.093
    RICARDO 0.093 SAM 0.092 RICK 0.091 LESTER 0.091 BRENT 0.090 RAMON 0.090 CHARLIE 0.090 TYLER 0.089 GILBERT 0.089 GENE 0.087
    MARC 0.087 REGINALD 0.084 RUBEN 0.082 BRETT 0.082 ANGEL 0.082 NATHANIEL 0.081 RAFAEL 0.081 LESLIE 0.081 EDGAR 0.080 MILTON 0.080
    RAUL 0.079 BEN 0.078 CHESTER 0.078 CECIL 0.078 DUANE 0.077 FRANKLIN 0.077 ANDRE 0.076 ELMER 0.074 BRAD 0.073 GABRIEL 0.073
    RON 0.072 MITCHELL 0.072 ROLAND 0.072 ARNOLD 0.072 HARVEY 0.072 JARED 0.071 ADRIAN 0.069 KARL 0.069 CORY 0.068 CLAUDE 0.068
    ERIK 0.068 DARRYL 0.067 JAMIE 0.066 NEIL 0.066 JESSIE 0.065 CHRISTIAN 0.065 JAVIER 0.065 FERNANDO 0.065 CLINTON 0.065 TED 0.064
    MATHEW 0.064 TYRONE 0.064 DARREN 0.064 LONNIE 0.064 LANCE 0.063 CODY 0.063 JULIO 0.063 KELLY 0.063 KURT 0.062 ALLAN 0.061
    NELSON 0.061 GUY 0.060 CLAYTON 0.060 HUGH 0.060 MAX 0.059 DWAYNE 0.059 DWIGHT 0.058 ARMANDO 0.058 FELIX 0.058 JIMMIE 0.058
    EVERETT 0.057 JORDAN 0.056 IAN 0.056 WALLACE 0.056 KEN 0.055 BOB 0.055 JAIME 0.055 CASEY 0.054 ALFREDO 0.054 ALBERTO 0.053
    DAVE 0.053 IVAN 0.053 JOHNNIE 0.052 SIDNEY 0.052 BYRON 0.052 JULIAN 0.052 ISAAC 0.051 MORRIS 0.051 CLIFTON 0.050 WILLARD 0.050
    DARYL 0.050 ROSS 0.050 VIRGIL 0.049 ANDY 0.049 MARSHALL 0.049 SALVADOR 0.049 PERRY 0.049 KIRK 0.049 SERGIO 0.049 MARION 0.048
    TRACY 0.048 SETH 0.048 KENT 0.048 TERRANCE 0.048 RENE 0.048 EDUARDO 0.047 TERRENCE 0.047 ENRIQUE 0.046 FREDDIE 0.046 WADE 0.045
    AUSTIN 0.044 STUART 0.044 FREDRICK 0.043 ARTURO 0.043 ALEJANDRO 0.043 JACKIE 0.043 JOEY 0.043 NICK 0.043 LUTHER 0.043 WENDELL 0.042
    JEREMIAH 0.042 EVAN 0.042 JULIUS 0.042 DANA 0.042 DONNIE 0.041 OTIS 0.041 SHANNON 0.040 TREVOR 0.040 OLIVER 0.040 LUKE 0.040
    HOMER 0.040 GERARD 0.040 DOUG 0.040 KENNY 0.039 HUBERT 0.039 ANGELO 0.039 SHAUN 0.039 LYLE 0.038 MATT 0.038 LYNN 0.038
    ALFONSO 0.038 ORLANDO 0.037 REX 0.037 CARLTON 0.037 ERNESTO 0.037 CAMERON 0.037 NEAL 0.037 PABLO 0.036 LORENZO 0.036 OMAR 0.036
    WILBUR 0.036 BLAKE 0.036 GRANT 0.036 HORACE 0.036 RODERICK 0.036 KERRY 0.036 ABRAHAM 0.035 WILLIS 0.035 RICKEY 0.035 JEAN 0.035
    IRA 0.035 ANDRES 0.034 CESAR 0.034 JOHNATHAN 0.034 MALCOLM 0.034 RUDOLPH 0.034 DAMON 0.034 KELVIN 0.034 RUDY 0.034 PRESTON 0.034
    ALTON 0.033 ARCHIE 0.033 MARCO 0.033 WM 0.033 PETE 0.032 RANDOLPH 0.032 GARRY 0.032 GEOFFREY 0.032 JONATHON 0.032 FELIPE 0.032
    BENNIE 0.032 GERARDO 0.032 ED 0.032 DOMINIC 0.032 ROBIN 0.032 LOREN 0.032 DELBERT 0.031 COLIN 0.031 GUILLERMO 0.031 EARNEST 0.031
"""
US_SURNAMES_CENSUS = """
    SMITH 1.006 JOHNSON 0.810 WILLIAMS 0.699 JONES 0.621 BROWN 0.621 DAVIS 0.480 MILLER 0.424 WILSON 0.339 MOORE 0.312 TAYLOR 0.311
    ANDERSON 0.311 THOMAS 0.311 JACKSON 0.310 WHITE 0.279 HARRIS 0.275 MARTIN 0.273 THOMPSON 0.269 GARCIA 0.254 MARTINEZ 0.234 ROBINSON 0.233
    CLARK 0.231 RODRIGUEZ 0.229 LEWIS 0.226 LEE 0.220 WALKER 0.219 HALL 0.200 ALLEN 0.199 YOUNG 0.193 HERNANDEZ 0.192 KING 0.190
    WRIGHT 0.189 LOPEZ 0.187 HILL 0.187 SCOTT 0.185 GREEN 0.183 ADAMS 0.174 BAKER 0.171 GONZALEZ 0.166 NELSON 0.162 CARTER 0.162
    MITCHELL 0.160 PEREZ 0.155 ROBERTS 0.153 TURNER 0.152 PHILLIPS 0.149 CAMPBELL 0.149 PARKER 0.146 EVANS 0.141 EDWARDS 0.137 COLLINS 0.134
    STEWART 0.133 SANCHEZ 0.130 MORRIS 0.125 ROGERS 0.123 REED 0.122 COOK 0.120 MORGAN 0.118 BELL 0.117 MURPHY 0.117 BAILEY 0.115
    RIVERA 0.113 COOPER 0.113 RICHARDSON 0.112 COX 0.110 HOWARD 0.110 WARD 0.108 TORRES 0.108 PETERSON 0.107 GRAY 0.106 RAMIREZ 0.105
    JAMES 0.105 WATSON 0.103 BROOKS 0.103 KELLY 0.102 SANDERS 0.100 PRICE 0.099 BENNETT 0.099 WOOD 0.098 BARNES 0.097 ROSS 0.096
    HENDERSON 0.095 COLEMAN 0.095 JENKINS 0.095 PERRY 0.094 POWELL 0.093 LONG 0.092 PATTERSON 0.092 HUGHES 0.092 FLORES 0.092 WASHINGTON 0.092
    BUTLER 0.091 SIMMONS 0.091 FOSTER 0.091 GONZALES 0.087 BRYANT 0.087 ALEXANDER 0.085 RUSSELL 0.085 GRIFFIN 0.084 DIAZ 0.084 HAYES 0.083
    MYERS 0.083 FORD 0.082 HAMILTON 0.082 GRAHAM 0.082 SULLIVAN 0.081 WALLACE 0.081 WOODS 0.080 COLE 0.080 WEST 0.080 JORDAN 0.078
    OWENS 0.078 REYNOLDS 0.078 FISHER 0.077 ELLIS 0.077 HARRISON 0.076 GIBSON 0.075 MCDONALD 0.075 CRUZ 0.075 MARSHALL 0.075 ORTIZ 0.075
    GOMEZ 0.075 MURRAY 0.074 FREEMAN 0.074 WELLS 0.073 WEBB 0.072 SIMPSON 0.070 STEVENS 0.070 TUCKER 0.070 PORTER 0.069 HUNTER 0.069
    HICKS 0.069 CRAWFORD 0.068 HENRY 0.068 BOYD 0.068 MASON 0.068 MORALES 0.067 KENNEDY 0.067 WARREN 0.067 DIXON 0.066 RAMOS 0.066
    REYES 0.066 BURNS 0.065 GORDON 0.065 SHAW 0.065 HOLMES 0.065 RICE 0.064 ROBERTSON 0.064 HUNT 0.063 BLACK 0.063 DANIELS 0.062
    PALMER 0.062 MILLS 0.061 NICHOLS 0.060 GRANT 0.060 KNIGHT 0.060 FERGUSON 0.059 ROSE 0.059 STONE 0.059 HAWKINS 0.059 DUNN 0.058
    PERKINS 0.058 HUDSON 0.058 SPENCER 0.057 GARDNER 0.057 STEPHENS 0.057 PAYNE 0.057 PIERCE 0.056 BERRY 0.056 MATTHEWS 0.056 ARNOLD 0.056
    WAGNER 0.055 WILLIS 0.055 RAY 0.055 WATKINS 0.055 OLSON 0.055 CARROLL 0.055 DUNCAN 0.055 SNYDER 0.055 HART 0.054 CUNNINGHAM 0.054
    BRADLEY 0.054 LANE 0.054 ANDREWS 0.054 RUIZ 0.054 HARPER 0.054 FOX 0.053 RILEY 0.053 ARMSTRONG 0.053 CARPENTER 0.053 WEAVER 0.053
    GREENE 0.053 LAWRENCE 0.052 ELLIOTT 0.052 CHAVEZ 0.052 SIMS 0.052 AUSTIN 0.052 PETERS 0.052 KELLEY 0.052 FRANKLIN 0.051 LAWSON 0.051
    FIELDS 0.051 GUTIERREZ 0.051 RYAN 0.051 SCHMIDT 0.051 CARR 0.051 VASQUEZ 0.051 CASTILLO 0.051 WHEELER 0.051 CHAPMAN 0.050 OLIVER 0.050
    MONTGOMERY 0.049 RICHARDS 0.049 WILLIAMSON 0.049 JOHNSTON 0.049 BANKS 0.048 MEYER 0.048 BISHOP 0.048 MCCOY 0.048 HOWELL 0.048 ALVAREZ 0.048
    MORRISON 0.048 HANSEN 0.047 FERNANDEZ 0.047 GARZA 0.047 HARVEY 0.047 LITTLE 0.046 BURTON 0.046 STANLEY 0.046 NGUYEN 0.046 GEORGE 0.046
    JACOBS 0.046 REID 0.046 KIM 0.045 FULLER 0.045 LYNCH 0.045 DEAN 0.045 GILBERT 0.045 GARRETT 0.045 ROMERO 0.045 WELCH 0.044
    LARSON 0.044 FRAZIER 0.044 BURKE 0.044 HANSON 0.043 DAY 0.043 MENDOZA 0.043 MORENO 0.043 BOWMAN 0.043 MEDINA 0.042 FOWLER 0.042
    BREWER 0.042 HOFFMAN 0.042 CARLSON 0.042 SILVA 0.042 PEARSON 0.042 HOLLAND 0.042 DOUGLAS 0.041 FLEMING 0.041 JENSEN 0.041 VARGAS 0.041
    BYRD 0.041 DAVIDSON 0.041 HOPKINS 0.041 MAY 0.040 TERRY 0.040 HERRERA 0.040 WADE 0.040 SOTO 0.040 WALTERS 0.040 CURTIS 0.040
    NEAL 0.039 CALDWELL 0.039 LOWE 0.039 JENNINGS 0.039 BARNETT 0.039 GRAVES 0.039 JIMENEZ 0.039 HORTON 0.039 SHELTON 0.039 BARRETT 0.039
    OBRIEN 0.039 CASTRO 0.039 SUTTON 0.038 GREGORY 0.038 MCKINNEY 0.038 LUCAS 0.038 MILES 0.038 CRAIG 0.038 RODRIQUEZ 0.037 CHAMBERS 0.037
    HOLT 0.037 LAMBERT 0.037 FLETCHER 0.037 WATTS 0.037 BATES 0.037 HALE 0.037 RHODES 0.037 PENA 0.037 BECK 0.037 NEWMAN 0.036
    HAYNES 0.036 MCDANIEL 0.036 MENDEZ 0.036 BUSH 0.036 VAUGHN 0.036 PARKS 0.035 DAWSON 0.035 SANTIAGO 0.035 NORRIS 0.035 HARDY 0.035
    LOVE 0.035 STEELE 0.035 CURRY 0.035 POWERS 0.035 SCHULTZ 0.035 BARKER 0.035 GUZMAN 0.034 PAGE 0.034 MUNOZ 0.034 BALL 0.034
    KELLER 0.034 CHANDLER 0.034 WEBER 0.034 LEONARD 0.034 WALSH 0.033 LYONS 0.033 RAMSEY 0.033 WOLFE 0.033 SCHNEIDER 0.033 MULLINS 0.033
    BENSON 0.033 SHARP 0.033 BOWEN 0.033 DANIEL 0.033 BARBER 0.032 CUMMINGS 0.032 HINES 0.032 BALDWIN 0.032 GRIFFITH 0.032 VALDEZ 0.032
    HUBBARD 0.032 SALAZAR 0.032 REEVES 0.032 WARNER 0.031 STEVENSON 0.031 BURGESS 0.031 SANTOS 0.031 TATE 0.031 CROSS 0.031 GARNER 0.031
    MANN 0.031 MACK 0.031 MOSS 0.031 THORNTON 0.031 DENNIS 0.031 MCGEE 0.031 FARMER 0.030 DELGADO 0.030 AGUILAR 0.030 VEGA 0.030
    GLOVER 0.030 MANNING 0.030 COHEN 0.030 HARMON 0.030 RODGERS 0.030 ROBBINS 0.030 NEWTON 0.030 TODD 0.030 BLAIR 0.030 HIGGINS 0.030
    INGRAM 0.030 REESE 0.030 CANNON 0.030 STRICKLAND 0.030 TOWNSEND 0.030 POTTER 0.030 GOODWIN 0.030 WALTON 0.030 ROWE 0.029 HAMPTON 0.029
    ORTEGA 0.029 PATTON 0.029 SWANSON 0.029 JOSEPH 0.029 FRANCIS 0.029 GOODMAN 0.029 MALDONADO 0.029 YATES 0.029 BECKER 0.029 ERICKSON 0.029
    HODGES 0.029 RIOS 0.029 CONNER 0.029 ADKINS 0.029 WEBSTER 0.028 NORMAN 0.028 MALONE 0.028 HAMMOND 0.028 FLOWERS 0.028 COBB 0.028
    MOODY 0.028 QUINN 0.028 BLAKE 0.028 MAXWELL 0.028 POPE 0.028 FLOYD 0.027 OSBORNE 0.027 PAUL 0.027 MCCARTHY 0.027 GUERRERO 0.027
    LINDSEY 0.027 ESTRADA 0.027 SANDOVAL 0.027 GIBBS 0.027 TYLER 0.027 GROSS 0.027 FITZGERALD 0.027 STOKES 0.027 DOYLE 0.027 SHERMAN 0.027
"""

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_WOMEN, SV_MEN, SV_SURNAMES),
    "us": Origin(census(US_WOMEN_CENSUS), census(US_MEN_CENSUS), census(US_SURNAMES_CENSUS)),
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
    "german": GERMAN,
}

# Who is named, per language of the row: Swedish largest in Swedish and mixed text, roughly as
# Sweden's population has its origins; English text mostly British and American names.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 67, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "afghan": 1.6, "turkish": 1.5, "kurdish": 1.5, "eritrean": 1.2, "ukrainian": 1.2,
        "german": 1.1, "thai": 1, "latin": 1, "indian": 0.8, "uk": 0.7, "us": 0.6,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 9, "indian": 3, "arabic": 1.8, "polish": 1.8, "latin": 1.6,
        "finnish": 1, "persian": 1, "turkish": 1, "somali": 0.8, "ukrainian": 0.8, "german": 0.8,
        "bcs": 0.7, "thai": 0.6, "afghan": 0.5, "eritrean": 0.5, "kurdish": 0.4,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 10, "arabic": 4.5, "finnish": 3, "polish": 3, "indian": 2.5,
        "persian": 2.5, "bcs": 2.2, "german": 1.8, "ukrainian": 1.5, "turkish": 1.5, "somali": 1.5,
        "kurdish": 1.3, "afghan": 1.2, "eritrean": 1, "latin": 1, "thai": 1,
    },
}  # fmt: skip

# Short forms, by origin and given name: what colleagues, pupils and friends call people.
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": {
        "Lars": ("Lasse",), "Mikael": ("Micke",), "Joakim": ("Jocke",), "Karl": ("Kalle",),
        "Carl": ("Calle",), "Per": ("Pelle", "Pär"), "Charlotte": ("Lotta",), "Susanne": ("Sussie", "Sanna"),
        "Elisabeth": ("Lisa", "Bettan", "Lisbeth"), "Katarina": ("Kattis", "Kata"),
        "Margareta": ("Maggan", "Greta"), "Kristina": ("Stina", "Kicki"), "Magnus": ("Mange",),
        "Thomas": ("Tompa",), "Tommy": ("Tompa",), "Hans": ("Hasse",), "Gustav": ("Gurra", "Gus"),
        "Fredrik": ("Fredde",), "Robert": ("Robban",), "Jonas": ("Jonte",), "Kristoffer": ("Kricke", "Stoffe"),
        "Mattias": ("Matte",), "Niklas": ("Nicke",), "Tobias": ("Tobbe",), "Torbjörn": ("Tobbe",),
        "Sebastian": ("Sebbe",), "Alexander": ("Alex",), "Rickard": ("Ricke",), "Henrik": ("Henke",),
        "Viktoria": ("Vickan",), "Maria": ("Mia", "Maja"), "Camilla": ("Millan",), "Kerstin": ("Kickan",),
        "Birgitta": ("Bittan", "Gittan"), "Daniel": ("Danne",), "Marcus": ("Mackan",), "Markus": ("Mackan",),
        "Kenneth": ("Kenta",), "Stefan": ("Steffe",), "Oskar": ("Ogge",), "Ludvig": ("Ludde",),
        "William": ("Wille",), "Filip": ("Fille",), "Jesper": ("Jeppe",), "Rasmus": ("Rasse",),
        "Anders": ("Ante",), "Johan": ("Jojje",), "Andreas": ("Andy",), "Patrik": ("Patte",),
        "Björn": ("Nalle",), "Ulrika": ("Ullis",), "Karolina": ("Kajsa", "Lina"), "Kristian": ("Krille",),
        "Christian": ("Krille",), "Christer": ("Krille",), "Emanuel": ("Manne",), "Gunilla": ("Gunsan",),
        "Ingrid": ("Inga",), "Johanna": ("Hanna", "Jossan"), "Josefin": ("Jossan",), "Helena": ("Lena",),
        "Anna": ("Annie",), "Elsa": ("Elsie",), "Ebba": ("Ebban",), "Amanda": ("Mandy",),
        "Rebecka": ("Becka",), "Madeleine": ("Madde",), "Sofia": ("Soffi",), "Therese": ("Tessan",),
        "Annika": ("Nicka",), "Agneta": ("Agge",), "Pernilla": ("Pernan",), "Olof": ("Olle",),
        "Jan": ("Janne",), "Erik": ("Erre",), "Göran": ("Gurra",), "Nils": ("Nisse",),
        "Gunnar": ("Gunte",), "Lennart": ("Lenna",), "Bengt": ("Bengan",), "Axel": ("Acke",),
    },
    "uk": {
        "William": ("Will", "Bill", "Liam"), "Robert": ("Rob", "Bob", "Robbie"), "Richard": ("Rich", "Rick"),
        "James": ("Jim", "Jamie"), "Michael": ("Mike", "Mick"), "Elizabeth": ("Liz", "Beth", "Lizzie"),
        "Jennifer": ("Jen", "Jenny"), "Katherine": ("Kate", "Katie"), "Catherine": ("Cath", "Kate"),
        "Christopher": ("Chris",), "Thomas": ("Tom", "Tommy"), "Daniel": ("Dan", "Danny"),
        "Matthew": ("Matt",), "Nicholas": ("Nick",), "Anthony": ("Tony", "Ant"), "Margaret": ("Maggie", "Peggy"),
        "Patricia": ("Pat", "Trish"), "Susan": ("Sue",), "Deborah": ("Debbie", "Deb"), "Rebecca": ("Becky", "Becca"),
        "Samantha": ("Sam",), "Alexander": ("Alex",), "Benjamin": ("Ben",), "Joseph": ("Joe",),
        "Edward": ("Ed", "Ted", "Eddie"), "Victoria": ("Vicky", "Tori"), "Jessica": ("Jess",),
        "Stephen": ("Steve",), "Steven": ("Steve",), "Andrew": ("Andy", "Drew"), "David": ("Dave",),
        "Charles": ("Charlie",), "Timothy": ("Tim",), "Jonathan": ("Jon", "Jonny"), "Gregory": ("Greg",),
        "Kenneth": ("Ken", "Kenny"), "Philip": ("Phil",), "Peter": ("Pete",), "Samuel": ("Sam", "Sammy"),
        "Eleanor": ("Ellie", "Nell"), "Abigail": ("Abbie", "Abby"), "Alexandra": ("Alex", "Lexi"),
        "Nicola": ("Nicky",), "Joanne": ("Jo",), "Charlotte": ("Charlie", "Lottie"), "Gerald": ("Gerry",),
        "Raymond": ("Ray",), "Lawrence": ("Larry", "Laurie"), "Jacqueline": ("Jackie",),
        "Frances": ("Fran",), "Josephine": ("Jo", "Josie"), "Harriet": ("Hattie",), "Terence": ("Terry",),
        "Douglas": ("Doug", "Dougie"), "Gareth": ("Gaz",), "Malcolm": ("Mal",), "Gillian": ("Gill",),
    },
    "us": {
        "William": ("Bill", "Will", "Billy"), "Robert": ("Bob", "Rob", "Bobby"), "Richard": ("Rick", "Rich", "Dick"),
        "James": ("Jim", "Jimmy"), "Michael": ("Mike", "Mikey"), "Elizabeth": ("Liz", "Beth", "Betsy"),
        "Jennifer": ("Jen", "Jenny"), "Christopher": ("Chris",), "Thomas": ("Tom",), "Daniel": ("Dan", "Danny"),
        "Matthew": ("Matt",), "Nicholas": ("Nick",), "Anthony": ("Tony",), "Margaret": ("Peggy", "Maggie"),
        "Patricia": ("Pat", "Patty", "Trish"), "Susan": ("Sue", "Susie"), "Deborah": ("Deb", "Debbie"),
        "Rebecca": ("Becky",), "Joseph": ("Joe", "Joey"), "Edward": ("Ed", "Eddie", "Ted"),
        "Stephen": ("Steve",), "Steven": ("Steve",), "Andrew": ("Andy", "Drew"), "David": ("Dave",),
        "Charles": ("Chuck", "Charlie"), "Timothy": ("Tim",), "Jonathan": ("Jon",), "Gregory": ("Greg",),
        "Kenneth": ("Ken",), "Ronald": ("Ron", "Ronnie"), "Donald": ("Don", "Donnie"), "Douglas": ("Doug",),
        "Barbara": ("Barb",), "Cynthia": ("Cindy",), "Kimberly": ("Kim",), "Katherine": ("Kathy", "Kate"),
        "Kathleen": ("Kathy",), "Christine": ("Chris", "Chrissy"), "Samuel": ("Sam",), "Benjamin": ("Ben",),
        "Alexander": ("Alex",), "Jessica": ("Jess",), "Victoria": ("Vicky", "Tori"), "Pamela": ("Pam",),
        "Jeffrey": ("Jeff",), "Gerald": ("Jerry",), "Lawrence": ("Larry",), "Raymond": ("Ray",),
        "Frederick": ("Fred",), "Theodore": ("Ted", "Teddy"), "Rosemary": ("Rosie",), "Jacqueline": ("Jackie",),
    },
    "finnish": {"Juhani": ("Jussi",), "Johanna": ("Jonna",), "Matti": ("Masa",), "Heikki": ("Heke",), "Markku": ("Make",), "Päivi": ("Päikkä",)},
    "arabic": {"Mohammed": ("Mo", "Hamoudi"), "Mohamad": ("Mo",), "Abdullah": ("Abdi",), "Yousef": ("Jo",)},
    "persian": {"Mohammad": ("Mo",), "Fatemeh": ("Fati",), "Kourosh": ("Kori",)},
    "polish": {"Katarzyna": ("Kasia",), "Małgorzata": ("Gosia",), "Aleksandra": ("Ola",), "Agnieszka": ("Aga",),
               "Krzysztof": ("Krzysiek",), "Tomasz": ("Tomek",), "Michał": ("Michu",), "Wojciech": ("Wojtek",)},
    "bcs": {"Amir": ("Amko",), "Emina": ("Emi",), "Nikola": ("Niko",)},
    "ukrainian": {"Oleksandr": ("Sasha",), "Kateryna": ("Katia",), "Volodymyr": ("Volodia",), "Dmytro": ("Dima",)},
    "latin": {"Francisco": ("Pancho",), "José": ("Pepe",), "Francisca": ("Pancha",), "Alejandro": ("Ale",)},
}  # fmt: skip
