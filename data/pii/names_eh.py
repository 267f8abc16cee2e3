# ruff: noqa: E501
"""Name pools for held-out EH (issue 15): names as the population has them, weighted by how often
people carry them.

Written from general knowledge by EH's writer, who checked none of these names against anything in
the repository: none is left out for being known or unknown. Swedish given names and surnames come
in the order of SCB's name statistics (weight 1/rank, the top 150 the head, the rarer names past them
the tail); the US lists are copied from the US Census 1990 files (`dist.female.first`,
`dist.male.first`, `dist.all.last`, public domain, as the `names` package ships them) with the
census per cent as weight and the top 150 as head; the UK lists follow the order of the ONS rankings
(1/rank); the other origins are the commonest given names and surnames of people in Sweden who came
from those countries or whose parents did (1/rank, head 10). `MIXES` says who is named in each
language's rows.
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


def ranked(text: str, head: int) -> Pool:
    """A pool from names in rank order (whitespace between names, `_` inside one), weight 1/rank;
    a name written twice keeps its first rank."""
    names: list[str] = []
    for word in text.split():
        name = word.replace("_", " ")
        if name not in names:
            names.append(name)
    return Pool(
        tuple(names), tuple(1 / rank for rank in range(1, len(names) + 1)), min(head, len(names))
    )


def census(rows: str, head: int) -> Pool:
    """A pool from `Name per-cent` pairs in the census's order, the per cent as weight."""
    names: list[str] = []
    weights: list[float] = []
    items = rows.split()
    for name, share in zip(items[::2], items[1::2], strict=True):
        if name not in names:
            names.append(name)
            weights.append(float(share))
    return Pool(tuple(names), tuple(weights), min(head, len(names)))


_PLAIN = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "đ": "dj",
        "Đ": "Dj",
        "ı": "i",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "Ae",
        "ß": "ss",
    }
)


def plain(word: str) -> str:
    """The word typed without its letters: `Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`."""
    word = word.translate(_PLAIN)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for end in ("ski", "cki", "dzki"):
        if surname.endswith(end):
            return surname[:-1] + "a"
    return surname


# --- Sweden (SCB's order; the head is the top 150, the tail the rarer names past them) ----------

SV_WOMEN = ranked(
    """
    Maria Anna Margareta Elisabeth Eva Kristina Birgitta Karin Elisabet Marie Ingrid Christina
    Linnéa Sofia Kerstin Marianne Lena Helena Emma Johanna Inger Sara Cecilia Elin Anita Louise Ida
    Ulla Viola Linnea Gunilla Malin Julia Hanna Susanne Katarina Annika Ingegerd Elsa Monica Carina
    Irene Åsa Jenny Ulrika Camilla Barbro Matilda Ingeborg Alice Gun Astrid Agneta Amanda Britt
    Sofie Therese Maja Ann Frida Ebba Klara Lisa Emelie Yvonne Josefin Siv Charlotte Wilma Ella
    Linda Gunnel Alexandra Ingela Victoria Caroline Anneli Anette Lovisa Moa Emilia Erika Ellen
    Agnes Mona Alva Maj Gunvor Olivia Pia Madeleine Vera Ewa Ronja Jessica Sandra Ann-Marie Märta
    Nathalie Rebecka Lina Ingegärd Sanna Marita Elsie Isabelle Tove Lisbeth Mia Felicia Rut Gerd
    Greta Signe Stina Karolina Sonja Elvira Hedvig Ester Emilie Ann-Christin Maud Britt-Marie Birgit
    Gunborg Tilda Nora Selma Freja Elina Tuva Saga Lilly Isabella Hilda Ines Majken Anja Mikaela
    Jeanette Helen Carin Kajsa Emmy Miranda Angelica Fanny Paulina Annie Elise Linn Josefine Petra
    Katrin Jennie Magdalena Sigrid Ylva Gudrun Britta Solveig Cornelia Evelina Veronica Viktoria
    Nellie Edith Alma Ingalill Majvor Dagny Gunhild Ragnhild Elvy Rakel Svea Hillevi Lilian Berit
    Bodil Doris Inga Kristin Marianna Ulla-Britt Maj-Britt Anne Ann-Sofie Eleonora Filippa Gabriella
    Hedda Idun Juni Tyra Minna Nina Sofi Sylvia Valborg Vendela Zara Sigrun Rosa Maj-Lis Ann-Charlotte
    Anna-Karin Anna-Lena Eva-Lena Marie-Louise Lise-Lott Gun-Britt Mimmi Agda Alfhild
    Alida Amalia Amelie Andrea Annelie Antonia Aurora Beata Bella Betty Cajsa Carola Charlotta Clara
    Dagmar Daniela Debora Dorotea Edla Edit Eira Eivor Elfrida Ellinor Elna Embla Engla Erica Estelle
    Evy Fredrika Frideborg Gertrud Gisela Gullan Gullvi Hilma Hjördis Ilse Ingbritt Ingmarie Iris
    Irma Isa Jane Jill Judit Kaisa Karla Lea Leila Lillemor Liv Livia Lo Lova Lovis Lydia Majbritt
    Majlis Malva Margit Marit Marika Marlene Marta Martina Meja Melinda Melissa Molly My Märit Naemi
    Nanna Nelly Olga Otilia Pernilla Ragna Rebecca Regina Rigmor Rosita Ruth Sabina Sally Signhild
    Siri Sissela Solbritt Stella Thea Thyra Tindra Una Vanja Vilhelmina Vilma Vivi Vivianne Wiveka
    Åse Henny Hertha Inez Ingeli Ingri Jonna Juliana Kamilla Katja Kristiane Laila Lisen Lotta
    Louisa Lucia Mathilda Maude Mayvor Mirjam Monika Nadja Ottilia Ninni Pamela Ragnvi Rebeka
    Rosmarie Ruth-Marie Sigbritt Susann Tekla Teresia Torborg Ulla-Stina Valentina Vida
    Viveka Wilhelmina Yvette Ellie Elly Hillevi Inga-Lill Ing-Marie Lilith
    Malou Märtha Nova Novalie Octavia Rakel Rut-Britt Sigvor Solvig Tekla Tea Tova
    Ulrica Vilda Wera Yrsa Älva
    """,
    150,
)

SV_MEN = ranked(
    """
    Karl Erik Lars Anders Per Johan Mikael Olof Nils Jan Lennart Gustav Hans Peter Carl Thomas Daniel
    Fredrik Axel Alexander Bengt Sven Stefan Magnus Oskar Bo Göran Andreas Åke Johannes Gunnar Martin
    Ulf Mats Henrik Leif Arne Mattias Håkan Christer Björn Jonas Patrik Rolf Kjell Tommy Niklas Emil
    Stig Roger Viktor Simon William David Robert Filip Kent Rickard Tobias Christoffer Jonathan Anton
    Sebastian Marcus Lucas Hugo Elias Oscar Joakim Jörgen Sten Bertil Gösta Ingvar Rune Gustaf Olov
    Claes Roland Kenneth Tomas Urban Jesper Dan Joel Isak Adam Ludvig Gabriel Albin Leo Liam Noah
    Hampus Max Melvin Edvin Oliver Vincent Linus Jakob Johnny Michael Robin Kurt Sune Ove Harald
    Ingemar Torbjörn Allan Alf Jens Pontus Kristoffer Benjamin Theo Elliot Wilhelm Arvid Valter
    Sixten Ebbe Folke Holger Tage Evert Karl-Erik Lars-Erik Conny Kevin Dennis Samuel Jimmy Peder
    Petter Torsten Einar Stellan Birger Uno Krister Alfred Frans Bror Ivar Eskil Yngve Ragnar Helge
    Algot Gottfrid Hilding Valdemar Vilhelm Viggo Love Loke Melker Nils-Erik Per-Olof Jan-Erik
    Karl-Johan Lars-Göran Per-Erik Jan-Olof Carl-Johan Sven-Erik Bengt-Göran Hans-Olof Lars-Olof
    Anders-Petter Mohammad Ali Ahmad Mohammed Mohamed Hassan Omar Ibrahim Hussein Abdullahi Aron
    Albert Alvar Arnold Artur August Bernt Björne Boris Börje Calle Casper
    Charlie Curt Dag Dick Douglas Edgar Edward Egon Eilert Elis Elof Enar Erling Ernst Esbjörn Eugen
    Fabian Felix Ferdinand Frank Fritz Georg Gerhard Gert Glenn Gottfrid Greger Gunder
    Gusten Halvar Halvard Harry Helmer Henning Herbert Hilmer Holmfrid Hjalmar Ingolf Ingvald
    Isidor Ivan Jack Jarl Joar John Jon Jonatan Josef Julius Justus Kai Kaj Kalle Kasper Knut Konrad
    Kristian Lage Laurentius Leonard Levi Linnar Ludwig Lukas Malte Manfred Marko Mauritz Mikkel
    Milton Måns Nicklas Nicolai Nils-Olof Noel Odd Olle Orvar Osvald Otto Paul Pelle Pär Rasmus
    Reidar Reinhold Ruben Rudolf Sam Seth Sigge Sigurd Sigvard Sture Svante
    Teodor Thor Thorsten Tor Torgny Tord Torvald Ture Tyko Ulrik Valentin Verner Vidar Vide Vilgot
    Ville Wiktor Ingmar Åsmund Östen Örjan Alarik Anselm Ansgar Ante Ask Bill
    Bruno Cornelius Eddie Elton Enok Evald Gunvald Harri Ivo Jöns Lorentz Lennox Matteus Natanael
    Nore Ossian Sander Vilmer Wilmer Zakarias Adrian Alvin Ambjörn Amos Arild Aston Benny Bernhard
    Bjarne Christian Danny Dante Didrik Elmer Elvin Emanuel Eric Fritiof Gideon Gillis Hannes
    Hemming Hjalte Isac Jacob Jerker Joachim Jöran Kennet Klas Lauritz Leander Lennarth Loui Lowe
    Magne Mio Morgan Nathaniel Neo Nikolaj Ola Olav Pehr Rikard Roy Sivert Sölve Thore Tim Tommie
    Torleif Wictor Wille
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
    Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström
    Ahmed Mårtensson Lundström Hassan Viklund Björklund Eliasson Pålsson Berggren Sandström Lund
    Nordin Ström Åberg Falk Ekström Hermansson Holmgren Hellström Dahlberg Sundberg Hedlund Sjögren
    Ek Blom Abrahamsson Martinsson Öberg Andreasson Strömberg Månsson Hansen Åkesson Dahl Lindholm
    Norberg Jonasson Holmqvist Sundström Ibrahim Lindblom Jensen Nordqvist Ivarsson Hussein
    Björkman Bergkvist Mohamed Lindahl Johnsson Omar Sjöström Nordlund Gustavsson Sundqvist Engberg
    Adolfsson Friberg Lindell Nyman Borg Hedberg Ottosson Strand Lindkvist Sandell Carlsson
    Jakobsen Eklöf Söderström Holmström Jacobsson Ekman Wahlström Malmberg Wikberg Karlberg Åström
    Nordgren Backman Petersson Lindén Sundin Kristiansson Ahlström Söderlund Wiklund Hedman Hjalmarsson
    Lilja Westerlund Nielsen Ekberg Palm Mohamud Rosén Edlund Boström Englund Lundmark Skoglund
    Hedström Forslund Lundell Axelsson Hagström Dahlgren Sjölund Gran Bäckström Hägglund Melin
    Blomberg Westberg Lindmark Roos Holmlund Ekholm Höglund Rydberg Dahlström Olausson Brandt
    Hallberg Öhman Nyqvist Sjödin Stenberg Nord Malm Wallén Lindroos Åkerlund Asplund Alm Almqvist
    Backlund Bergh Berglöf Boman Broberg Dahlqvist Ekdahl Enqvist Enström Falkenberg Frisk Hagberg
    Hammar Hedin Kjellberg Kronberg Lagerlöf Lantz Larsén Lidén Lindman Ljung Ljungberg Ljunggren
    Lövgren Malmqvist Moberg Norén Norling Nyholm Nylander Palmqvist Qvist Rask Rydén Selin Stenlund
    Strandberg Svärd Thorén Tornberg Vesterlund Wahlberg Wiberg Widén Wikman Zetterberg Östberg
    Östlund Ahlgren Ahlqvist Alfredsson Bergendahl Bohlin Brodin Bylund Carlén Dahlin Edström
    Ekelund Elfving Engdahl Ferm Flodin Fors Forsman Fröberg Granlund Grönlund Gullberg Gunnarsson
    Hagman Hallin Hedqvist Holmén Hultgren Hultman Häggström Idström Jarl Kvist Lagerqvist Landin
    Lindh Lindquist Linde Ljungqvist Lorentzon Lövström Mellberg Modig Mörk Nordenström Nordh
    Nordling Nyblom Orrbeck Pettersén Råberg Rönnqvist Sahlin Sandgren Sandin Segerström Sjökvist
    Skog Sköld Stenmark Storm Sund Sundell Svahn Sved Söderqvist Tell Torstensson Tängdén Ulander
    Vikström Wall Wennberg Werner Wessman Winberg Åhlund Åkerman Åslund Ödman Östman Ågren Hedenius
    Björling Bergenholtz Dufva Ehn Forsell Granath Grip Hallgren Ingvarsson Kihlberg Kullberg
    Lindeberg Löfstedt Nordahl Nääs Rehn Rudberg Sporre Stålhammar Thunberg Tjäder Wahlgren
    Welander Älgmyr Örn Fågelberg Rosenqvist Skarp Starck Tall Udd Bogren Eneroth Ekwall Frid
    von_Platen af_Klercker von_Essen De_Geer af_Ugglas von_Sydow Wachtmeister Lewenhaupt
    Gyllenstierna Bonde Sparre Posse Stenbock
    """,
    150,
)

# --- the United Kingdom (the order of the ONS rankings; 1/rank) ------------------------------

UK_WOMEN = ranked(
    """
    Margaret Susan Sarah Elizabeth Patricia Helen Emma Julie Karen Claire Jennifer Mary Linda
    Catherine Joanne Nicola Lisa Rachel Jane Ann Caroline Laura Louise Jacqueline Deborah Amanda
    Alison Christine Janet Pauline Barbara Gillian Tracey Lesley Angela Kathleen Maureen Sharon
    Jean Dorothy Joan Sandra Carol Anne Valerie Emily Sophie Jessica Hannah Charlotte Amy Rebecca
    Victoria Lucy Katie Olivia Amelia Isla Ava Grace Mia Poppy Chloe Ella Lily Sophia Isabella
    Evie Freya Megan Lauren Jade Danielle Kelly Natalie Gemma Stephanie Samantha Michelle Kirsty
    Hayley Zoe Leanne Kimberley Donna Paula Dawn Wendy Diane Shirley Irene Brenda Doreen Sheila
    Joyce Sylvia Eileen Marion Rita Hazel Beryl Elsie Doris Ivy Edna Vera Phyllis Audrey Joy Eleanor
    Abigail Harriet Imogen Phoebe Scarlett Florence Alice Matilda Rosie Ruby Daisy Millie Holly
    Bethany Georgia Jasmine Abbie Courtney Shannon Paige Molly Erin Eve Maisie Elsie-May Esme
    Martha Beatrice Willow Ivy-Rose Aria Maya Amber Kayleigh Nadia Siobhan Fiona Morag Mhairi
    Eilidh Ailsa Kirsteen Sian Bethan Cerys Ffion Rhian Carys Gwen Nia Megan-Rose Bridget Rosemary
    Heather Gail Jill Lorraine Yvonne Denise Sally Julia Anna Rose Penelope Philippa Harriett
    Henrietta Tamsin Verity Felicity Imelda Theresa Marjorie Gladys Mildred Winifred Violet
    Constance Dorothea Agnes Annie Lottie Nell Connie Edith Mabel Maud Primrose Pearl Clara Sienna
    Lola Darcey Evelyn Elodie Orla Aoife Niamh Roisin Caitlin Shauna Lyndsey Ashleigh Chelsea
    Stacey Tanya Carly Jodie Toni Sadie Tilly Imani Priya Amira Zainab Aisha Fatima Maryam
    """,
    130,
)

UK_MEN = ranked(
    """
    David John Michael Paul Andrew Peter James Robert Mark Richard Stephen Christopher Ian Thomas
    Daniel Matthew William Anthony Gary Alan Simon Kevin Steven Martin Jonathan Brian Graham Neil
    Colin Keith Philip Stuart Adam Jason Lee Darren Craig Wayne Shaun Dean Carl Scott Barry Nigel
    Trevor Roger Geoffrey Kenneth Derek Raymond Terence Malcolm Norman Dennis Ronald Gordon Edward
    George Harry Oliver Jack Charlie Jacob Alfie Noah Oscar Leo Freddie Archie Joshua Henry Arthur
    Theo Ethan Logan Lucas Samuel Joseph Benjamin Alexander Max Isaac Mohammed Muhammad Harrison
    Toby Dylan Luke Liam Connor Callum Ryan Jordan Nathan Kieran Jamie Ross Aaron Bradley Lewis
    Ashley Robin Russell Duncan Ewan Fraser Hamish Angus Alasdair Callum-James Rhys Gareth Dafydd
    Owain Huw Emyr Iwan Gethin Aled Sean Declan Ciaran Patrick Conor Eoin Francis Frederick Albert
    Alfred Ernest Harold Leonard Stanley Walter Herbert Cyril Percy Reginald Sidney Clifford
    Douglas Vincent Hugh Rupert Jeremy Giles Hugo Rory Jasper Barnaby Crispin Julian Nicholas Tobias
    Timothy Marcus Dominic Gregory Rowan Felix Sebastian Ralph Howard Clive Glenn Lloyd Vernon
    Desmond Leslie Maurice Ronnie Reggie Stanley-John Tommy Billy Bobby Danny Ricky Mick Terry
    Frankie Elliot Finley Reuben Jude Louie Ronan Tyler Kai Mason Zachary Elijah Hamza Yusuf Ibrahim
    Arjun Rohan Ravi Sanjay Imran Bilal
    """,
    130,
)

UK_SURNAMES = ranked(
    """
    Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson
    Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner
    Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott
    Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson
    Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams
    Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain Campbell
    Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher Stevens
    Jenkins Murray Dixon Harvey Graham Pearson Ahmed Fletcher Walsh Kaur Gibson Howard Andrews
    Stewart Elliott Reynolds Saunders Payne Fox Ford Pearce Day Brooks West Lawrence Cole Atkinson
    Bradley Spencer Gill Dawson Ball Burton O'Brien Watts Rose Booth Perry Ryan Grant Wells Armstrong
    Francis Rees Hayes Hart Hudson Newman Barrett Webster Hunter Gregory Carr Lowe Page Marsh Riley
    Dunn Woods Parsons Berry Stone Reid Holland Hawkins Harding Porter Robertson Newton Oliver Reed
    Kennedy Williamson Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry Burgess Bishop Walton
    Burns Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls Hamilton Byrne Sutton McDonald
    Yates Hodgson Robson Curtis Hopkins O'Connor Harper Coleman Watkins Moss McCarthy Chambers
    O'Neill Griffin Sharp Hardy Wheeler Potter Osborne Johnston Gordon Doyle Wallace George Jordan
    Hutchinson Rowe Burke May Pritchard Gilbert Willis Higgins Read Miles Stevenson Stephenson
    Hammond Arnold Buckley Walters Hewitt Barber Nelson Slater Austin Sullivan Whitehead Mann Frost
    Lambert Stephens Blake Akhtar Lynch Goodwin Barton Woodward Thomson Cunningham Quinn Barnett
    Baxter Bibi Clayton Nash Greenwood Jennings Holt Kemp Poole Gallagher Bond Stokes Tucker
    Davidson Fowler Heath Norman Middleton Lawson Banks French Stanley Jarvis Gibbs Ferguson Hayward
    Carroll Farrell Rahman Pugh Hale Farmer Dale Brennan Metcalfe Kirby Tomlinson Sheppard Iqbal
    Sanderson Vaughan Ashton Pollard Lucas Horton Peacock Brady Hargreaves Wilkins Howells Whittaker
    Townsend Mellor Bevan Prosser Trevithick Pengelly Nancarrow Kitto Fairbairn Kerr Rennie Gunn
    MacLeod Mackenzie Fraser Sinclair Munro Mackay Cameron Macdonald Ritchie Duffy McLaughlin Doherty
    Kavanagh Flanagan Hennessy Maguire
    """,
    150,
)

# --- origins common in Sweden (their commonest names; 1/rank, head 10) ----------------------------

OTHER_TEXT: dict[str, tuple[str, str, str]] = {
    "finnish": (
        "Tuula Pirjo Leena Anneli Marja Sirkka Päivi Ritva Raija Seija Riitta Tarja Kaija Aila Eila Sari Terhi Sanna Minna Satu Anu Aino Elina Kaarina Hilkka Liisa Maarit Outi Katja Heidi",
        "Juha Matti Jari Timo Mikko Kari Pekka Antti Jukka Heikki Markku Pentti Seppo Esa Jouni Tapio Harri Hannu Raimo Veikko Erkki Janne Ville Tuomas Petri Arto Kalevi Olli Jussi Aki",
        "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hiltunen Keskinen Kauppinen Pekkala Räsänen",
    ),
    "arabic": (  # Iraq, Syria, Lebanon, Palestine; Assyrian/Syriac names among them
        "Fatima Zainab Maryam Noor Sara Aisha Hiba Rania Layla Amal Huda Rana Dima Lina Yasmin Samira Nadia Mariam Shahd Rasha Hanan Ghada Reem Noura Salma Jana Nesrin Ninwa Shamiram Ramina Marta Ilona",
        "Mohammed Ahmad Ali Hussein Mahmoud Omar Khaled Hassan Ibrahim Youssef Abdullah Mustafa Karim Rami Bassam Samir Firas Ammar Haidar Tariq Walid Adnan Nabil Sargon Ninos Gabriel Aziz Yacoub Ashur Fuad Sami Elias",
        "Ali Hussein Hassan Mohammed Ahmed Ibrahim Abdullah Khalil Saleh Haddad Nasser Mahmoud Jaber Younes Darwish Kassem Aziz Hamdan Al-Khatib Said Othman Sabbagh Al-Hashimi Al-Saadi Shamoun Barsoum Saliba Gabriel Yakoub Aho Lahdo Yalda Issa Tuma Shabo Malke Gallo Danho Gewargis Sarkis",
    ),
    "somali": (
        "Fadumo Hodan Amina Asha Hawa Sahra Ayaan Nimco Ifrah Ubah Hibo Deeqa Sagal Maryan Halima Khadija Sucaad Ilhan Naima Muna Ladan Farhiya Idil Hamdi Ikran",
        "Abdi Mohamed Ahmed Abdullahi Hassan Ali Omar Yusuf Abdirahman Mahad Ibrahim Hussein Farah Abdikarim Liban Guled Mustafe Abdiaziz Warsame Osman Jama Bashir Khalid Said Abdiqani",
        "Mohamed Ahmed Ali Hassan Abdi Omar Farah Yusuf Warsame Jama Hussein Abdullahi Osman Ibrahim Aden Nur Mohamud Hirsi Elmi Egal Dahir Gure Duale Samatar Abdulle Isse Guled",
    ),
    "polish": (
        "Anna Katarzyna Maria Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Elżbieta Joanna Aleksandra Monika Zofia Teresa Danuta Natalia Karolina Marta Beata Dorota Justyna Agata Paulina Jadwiga Halina Iwona Grażyna Sylwia Urszula",
        "Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Stanisław Jakub Adam Marek Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Jerzy Maciej Rafał Robert Kamil Józef Tadeusz Ryszard Sebastian Bartosz Przemysław",
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Stępień Malinowski Jaworski Adamczyk Dudek Nowicki Pawlak Górski Witkowski Walczak Sikora Baran Wysocki Zawadzki Sawicki Sadowski",
    ),
    "persian": (
        "Maryam Fatemeh Zahra Sara Leila Mina Shirin Parisa Roya Nasrin Fariba Mahnaz Azadeh Neda Niloufar Samira Shabnam Golnar Soheila Farideh Mitra Bahar Yasaman Nazanin Parvaneh",
        "Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Majid Behzad Farhad Dariush Babak Kaveh Arash Kourosh Payam Omid Mahmoud Jafar Navid Siavash Hassan Parviz Bahram Shahram",
        "Mohammadi Hosseini Ahmadi Rezaei Karimi Moradi Hashemi Jafari Rahimi Sadeghi Ghorbani Rostami Kazemi Abbasi Nazari Mousavi Ebrahimi Heidari Asadi Sharifi Tehrani Kamali Bagheri Akbari Shirazi Farahani Amini Azizi Rahmani Khosravi",
    ),
    "bcs": (  # Bosnian, Serbian, Croatian
        "Amra Emina Lejla Merima Jasmina Azra Sanela Mirela Selma Amela Ana Marija Ivana Jelena Snežana Dragana Milica Nada Vesna Gordana Maja Tatjana Mirjana Senada Alma Aida Edina Zehra",
        "Amir Emir Adnan Mirza Senad Haris Edin Nermin Kemal Mehmed Dragan Zoran Milan Goran Nenad Dejan Nikola Marko Ivan Stjepan Zlatan Damir Mladen Srđan Jasmin Dino Elvis Almir Edis",
        "Hodžić Hadžić Begić Delić Mehmedović Ahmetović Hasanović Husić Kovačević Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Popović Babić Horvat Knežević Perić Pavlović Tomić Jurić Vuković Mujić Omerović Alić Salihović Šabić Kadić Dedić Mustafić Hrustić Softić",
    ),
    "turkish": (
        "Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hanife Merve Özlem Esra Büşra Derya Gül Yasemin Melek Sevgi Nur Ebru Songül Dilek Gülay",
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah Mahmut Recep Salih Fatih Kemal Emre Burak Serkan Hakan Erdal Cem",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Karataş Erdoğan Güneş Aktaş Tekin Bulut Keskin",
    ),
    "eritrean": (  # the father's given name serves as surname
        "Helen Senait Selam Saba Lidia Ruta Hiwet Yordanos Tsega Freweini Mebrat Winta Feven Eden Semhar Luwam Hanna Abeba Tirhas Rahel Aster Azeb Mihret Almaz",
        "Yonas Dawit Tesfay Mehari Samuel Yohannes Tekle Biniam Filmon Robel Habtom Kidane Mussie Amanuel Daniel Efrem Michael Goitom Henok Tewelde Berhane Abraham Haile Senay Kibrom",
        "Tesfay Gebremariam Tekle Haile Berhane Kidane Ghebreyesus Mehari Yohannes Tesfamariam Habte Woldu Andemariam Ghirmay Kahsay Weldemichael Asmerom Ogbazghi Mebrahtu Negash Solomon Fesehaye Gebremedhin Abraha Hagos",
    ),
    "afghan": (
        "Fatima Maryam Zahra Marzia Nilofar Shabana Parwana Sakina Masuma Farzana Zarifa Nasima Habiba Gulalai Malalai Roya Hadisa Mursal Freshta Tahmina Sima Mahbooba Nargis Laila Hamida",
        "Mohammad Ahmad Ali Mustafa Hamid Abdul Rahim Omid Jawad Sayed Hussain Murtaza Mahdi Rahmatullah Ghulam Najib Farid Wahid Zabihullah Sohrab Mansoor Karim Bilal Qasim Khalid Asadullah Hamza",
        "Ahmadi Hussaini Mohammadi Rezaie Sultani Hakimi Noori Rahimi Jafari Azizi Amiri Haidari Karimi Sadat Popal Stanikzai Wardak Safi Yusufzai Nazari Qaderi Rasuli Naseri Habibi Akbari",
    ),
    "thai": (
        "Malee Siriporn Nattaya Kanokwan Wanida Suda Pornthip Araya Jintana Supaporn Sunisa Ratana Kannika Nongnuch Pranee Somying Ladda Naree Chanida Duangjai Kulap Orawan Pimchanok Sasithorn Thida",
        "Somchai Somsak Prasert Sompong Anan Chaiwat Kittisak Narong Wichai Suthep Thanakorn Anurak Boonmee Prayut Sakda Somporn Surachai Thawatchai Yuthana Pichit Niran Weerapong Chatchai Apichat Sombat",
        "Saetang Sriwong Srisuk Thongdee Kaewkham Boonmee Chaiyaphum Saelim Wongsawat Jaidee Sukprasert Rattanakorn Phromma Saengthong Kongkaew Inthasorn Chanthavong Phanthong Suwan Sombat Sangkham Thammasat Yodsuwan Ruangrit Chaimongkol",
    ),
    "latin": (  # Chile first, then the rest of Latin America; two surnames
        "María Carolina Paula Andrea Camila Valentina Francisca Daniela Claudia Patricia Verónica Lorena Marcela Carmen Rosa Javiera Constanza Fernanda Catalina Ximena Gabriela Isabel Alejandra Paola Soledad",
        "José Juan Luis Carlos Jorge Francisco Pedro Manuel Sebastián Diego Matías Felipe Cristóbal Rodrigo Patricio Claudio Ricardo Alejandro Gonzalo Mauricio Andrés Pablo Víctor Sergio Hernán Eduardo",
        "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez Castro Pizarro Álvarez Vásquez Sánchez Fernández Ramírez Carrasco Gómez Cortés Herrera Núñez Jara Vergara",
    ),
    "kurdish": (
        "Rojin Berivan Dilan Jiyan Zilan Nazdar Shilan Avin Hevi Rezan Roza Sozdar Helin Ronahi Bahar Gulistan Shirin Kajal Dilvin Nishtiman Rubar Taban Evin Lana Zhino",
        "Azad Rebin Dilshad Baran Karwan Hiwa Shwan Dara Hawre Sherzad Kawa Rekan Shivan Ardalan Zana Ako Bakhtiyar Hemin Sardar Jwan Rawand Soran Zirak Aram Diyar",
        "Ahmed Mohammed Rashid Mahmoud Karim Hassan Aziz Faraj Qadir Salih Othman Hama Amin Mustafa Rasul Abdullah Sabir Hamad Bakr Tofiq Kaka Jaff Zebari Doski Shwani Rahim Ismail Omer Nabi Hawrami Baban Mirza",
    ),
    "ukrainian": (
        "Olena Tetiana Iryna Nataliia Svitlana Oksana Yuliia Olha Kateryna Anna Mariia Viktoriia Halyna Liudmyla Inna Alina Daryna Sofiia Anastasiia Valentyna",
        "Oleksandr Serhii Andrii Volodymyr Oleksii Dmytro Mykola Ivan Yurii Vasyl Viktor Ihor Maksym Vitalii Roman Bohdan Taras Petro Artem Denys",
        "Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko Kravchuk Klymenko Pavlenko Savchuk Kuzmenko",
    ),
    "romanian": (
        "Maria Elena Ioana Ana Andreea Mihaela Gabriela Cristina Alexandra Daniela Florentina Georgiana Nicoleta Ramona Simona Adriana Roxana Alina Larisa Denisa",
        "Ion Gheorghe Vasile Constantin Alexandru Mihai Andrei Ioan Nicolae Florin Marian Adrian Cristian Daniel Bogdan Ionuț Gabriel Ștefan Dumitru Cătălin",
        "Popa Popescu Pop Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu Constantin Munteanu Rusu Ionescu Florea Moldovan Dinu Lungu Marin Tudor Ene Mihai Toma Sandu Barbu Țurcanu Ștefănescu",
    ),
    "german": (
        "Ursula Monika Petra Sabine Andrea Claudia Susanne Birgit Heike Stefanie Katharina Julia Anna Christine Renate Karin Gabriele Martina Nicole Sandra Anja Kerstin Ute Silke Bettina",
        "Thomas Michael Andreas Peter Wolfgang Klaus Stefan Jürgen Frank Uwe Christian Markus Matthias Bernd Dieter Hans Jörg Torsten Ralf Jens Sven Tobias Florian Jan Dirk",
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier",
    ),
    "indian": (
        "Priya Divya Anjali Pooja Neha Sneha Kavya Deepa Lakshmi Swati Shruti Aishwarya Meera Ananya Sunita Rekha Kavitha Nisha Ritu Shalini",
        "Rahul Amit Vikram Arun Rajesh Suresh Anil Sanjay Vijay Karthik Pradeep Ravi Rohit Arjun Manoj Sandeep Ashok Deepak Naveen Srinivas",
        "Kumar Singh Sharma Patel Reddy Rao Nair Iyer Gupta Shah Joshi Menon Mehta Pillai Verma Agarwal Chaudhary Krishnan Desai Banerjee Mishra Das Naidu Srinivasan Bhat",
    ),
}

# Typed without their letters about 30% of the time (`Wisniewski`, `Hodzic`, `Yilmaz`, `Gonzalez`).
PLAIN_ORIGINS = ("polish", "bcs", "turkish", "latin", "romanian")

# --- the United States (US Census 1990, the census per cent as weight; head the top 150) ------------

US_WOMEN = census(
    """
    Mary 2.629 Patricia 1.073 Linda 1.035 Barbara 0.980 Elizabeth 0.937 Jennifer 0.932 Maria
    0.828 Susan 0.794 Margaret 0.768 Dorothy 0.727 Lisa 0.704 Nancy 0.669 Karen 0.667 Betty
    0.666 Helen 0.663 Sandra 0.629 Donna 0.583 Carol 0.565 Ruth 0.562 Sharon 0.522 Michelle
    0.519 Laura 0.510 Sarah 0.508 Kimberly 0.504 Deborah 0.494 Jessica 0.490 Shirley 0.482
    Cynthia 0.469 Angela 0.468 Melissa 0.462 Brenda 0.455 Amy 0.451 Anna 0.440 Rebecca 0.430
    Virginia 0.430 Kathleen 0.424 Pamela 0.416 Martha 0.412 Debra 0.408 Amanda 0.404 Stephanie
    0.400 Carolyn 0.385 Christine 0.382 Marie 0.379 Janet 0.379 Catherine 0.373 Frances 0.370
    Ann 0.364 Joyce 0.364 Diane 0.359 Alice 0.357 Julie 0.348 Heather 0.337 Teresa 0.336 Doris
    0.335 Gloria 0.335 Evelyn 0.322 Jean 0.315 Cheryl 0.315 Mildred 0.313 Katherine 0.313 Joan
    0.306 Ashley 0.303 Judith 0.297 Rose 0.296 Janice 0.285 Kelly 0.283 Nicole 0.281 Judy 0.276
    Christina 0.275 Kathy 0.272 Theresa 0.271 Beverly 0.267 Denise 0.264 Tammy 0.259 Irene 0.252
    Jane 0.250 Lori 0.248 Rachel 0.242 Marilyn 0.241 Andrea 0.236 Kathryn 0.234 Louise 0.229
    Sara 0.229 Anne 0.228 Jacqueline 0.228 Wanda 0.226 Bonnie 0.223 Julia 0.223 Ruby 0.221 Lois
    0.220 Tina 0.220 Phyllis 0.219 Norma 0.218 Paula 0.217 Diana 0.216 Annie 0.216 Lillian 0.211
    Emily 0.208 Robin 0.208 Peggy 0.208 Crystal 0.207 Gladys 0.205 Rita 0.204 Dawn 0.202 Connie
    0.200 Florence 0.200 Tracy 0.197 Edna 0.197 Tiffany 0.195 Carmen 0.195 Rosa 0.194 Cindy
    0.192 Grace 0.189 Wendy 0.185 Victoria 0.180 Edith 0.179 Kim 0.178 Sherry 0.178 Sylvia 0.177
    Josephine 0.177 Thelma 0.175 Shannon 0.175 Sheila 0.175 Ethel 0.174 Ellen 0.173 Elaine 0.173
    Marjorie 0.173 Carrie 0.171 Charlotte 0.169 Monica 0.166 Esther 0.166 Pauline 0.165 Emma
    0.165 Juanita 0.164 Anita 0.162 Rhonda 0.162 Hazel 0.161 Amber 0.160 Eva 0.159 Debbie 0.157
    April 0.154 Leslie 0.154 Clara 0.153 Lucille 0.153 Jamie 0.153 Joanne 0.150 Eleanor 0.150
    Valerie 0.149 Danielle 0.149 Megan 0.147 Alicia 0.146 Suzanne 0.145 Michele 0.145 Gail 0.145
    Bertha 0.143 Darlene 0.142 Veronica 0.142 Jill 0.142 Erin 0.141 Geraldine 0.141 Lauren 0.137
    Cathy 0.137 Joann 0.136 Lorraine 0.135 Lynn 0.135 Sally 0.135 Regina 0.133 Erica 0.130
    Beatrice 0.130 Dolores 0.129 Bernice 0.128 Audrey 0.127 Yvonne 0.126 Annette 0.125 June
    0.125 Samantha 0.124 Marion 0.122 Dana 0.122 Stacy 0.121 Ana 0.120 Renee 0.120 Ida 0.118
    Vivian 0.118 Roberta 0.117 Holly 0.117 Brittany 0.117 Melanie 0.116 Loretta 0.115 Yolanda
    0.115 Jeanette 0.115 Laurie 0.114 Katie 0.113 Kristen 0.111 Vanessa 0.111 Alma 0.111 Sue
    0.111 Elsie 0.110 Beth 0.110 Jeanne 0.109 Vicki 0.109 Carla 0.107 Tara 0.107 Rosemary 0.107
    Eileen 0.105 Terri 0.105 Gertrude 0.103 Lucy 0.103 Tonya 0.102 Ella 0.101 Stacey 0.101 Wilma
    0.099 Gina 0.099 Kristin 0.099 Jessie 0.098 Natalie 0.098 Agnes 0.098 Vera 0.098 Willie
    0.097 Charlene 0.097 Bessie 0.096 Delores 0.095 Melinda 0.094 Pearl 0.094 Arlene 0.094
    Maureen 0.092 Colleen 0.092 Allison 0.092 Tamara 0.092 Joy 0.091 Georgia 0.091 Constance
    0.091 Lillie 0.090 Claudia 0.090 Jackie 0.090 Marcia 0.090 Tanya 0.089 Nellie 0.089 Minnie
    0.089 Marlene 0.088 Heidi 0.088 Glenda 0.088 Lydia 0.086 Viola 0.086 Courtney 0.086 Marian
    0.086 Stella 0.085 Caroline 0.085 Dora 0.084 Jo 0.083 Vickie 0.082 Mattie 0.081 Terry 0.080
    Maxine 0.079 Irma 0.079 Mabel 0.078 Marsha 0.078 Myrtle 0.078 Lena 0.077 Christy 0.077
    Deanna 0.076 Patsy 0.076 Hilda 0.075 Gwendolyn 0.074 Jennie 0.073 Nora 0.073 Margie 0.072
    Nina 0.072 Cassandra 0.072 Leah 0.072 Penny 0.071 Kay 0.071 Priscilla 0.071 Naomi 0.071
    Carole 0.071 Brandy 0.070 Olga 0.070 Billie 0.069 Dianne 0.069 Tracey 0.069 Leona 0.069
    Jenny 0.068 Felicia 0.068 Sonia 0.068 Miriam 0.066 Velma 0.066 Becky 0.066 Bobbie 0.065
    Violet 0.065 Kristina 0.065 Toni 0.064 Misty 0.063 Mae 0.063 Shelly 0.062 Daisy 0.062 Ramona
    0.062 Sherri 0.062 Erika 0.061 Katrina 0.061 Claire 0.061 Lindsey 0.060 Lindsay 0.060 Geneva
    0.059 Guadalupe 0.059 Belinda 0.059 Margarita 0.059 Sheryl 0.059 Cora 0.058 Faye 0.058 Ada
    0.057 Natasha 0.057 Sabrina 0.057 Isabel 0.057 Marguerite 0.056 Hattie 0.056 Harriet 0.056
    Molly 0.055 Cecilia 0.055 Kristi 0.055 Brandi 0.055 Blanche 0.055 Sandy 0.055 Rosie 0.055
    Joanna 0.055 Iris 0.055 Eunice 0.054 Angie 0.054 Inez 0.053 Lynda 0.053 Madeline 0.052
    Amelia 0.052 Alberta 0.052 Genevieve 0.051 Monique 0.051 Jodi 0.051 Janie 0.051 Maggie 0.051
    Kayla 0.051 Sonya 0.051 Jan 0.051 Lee 0.051 Kristine 0.051 Candace 0.051 Fannie 0.050
    Maryann 0.050 Opal 0.050 Alison 0.050 Yvette 0.050 Melody 0.050 Luz 0.049 Susie 0.049 Olivia
    0.049 Flora 0.049 Shelley 0.049 Kristy 0.048 Mamie 0.048 Lula 0.048 Lola 0.048 Verna 0.048
    Beulah 0.048 Antoinette 0.048 Candice 0.046 Juana 0.046 Jeannette 0.046 Pam 0.046 Kelli
    0.046 Hannah 0.045 Whitney 0.045 Bridget 0.045 Karla 0.044 Celia 0.044 Latoya 0.043 Patty
    0.043 Shelia 0.043 Gayle 0.043 Della 0.043 Vicky 0.043 Lynne 0.043 Sheri 0.042 Marianne
    0.042 Kara 0.041 Jacquelyn 0.041 Erma 0.041 Blanca 0.041 Myra 0.040 Leticia 0.040 Pat 0.040
    Krista 0.040 Roxanne 0.040 Angelica 0.039 Johnnie 0.039 Robyn 0.039 Francis 0.039 Adrienne
    0.039 Rosalie 0.039 Alexandra 0.039 Brooke 0.039 Bethany 0.039 Sadie 0.039 Bernadette 0.039
    """,
    150,
)

US_MEN = census(
    """
    James 3.318 John 3.271 Robert 3.143 Michael 2.629 William 2.451 David 2.363 Richard 1.703
    Charles 1.523 Joseph 1.404 Thomas 1.380 Christopher 1.035 Daniel 0.974 Paul 0.948 Mark 0.938
    Donald 0.931 George 0.927 Kenneth 0.826 Steven 0.780 Edward 0.779 Brian 0.736 Ronald 0.725
    Anthony 0.721 Kevin 0.671 Jason 0.660 Matthew 0.657 Gary 0.650 Timothy 0.640 Jose 0.613
    Larry 0.598 Jeffrey 0.591 Frank 0.581 Scott 0.546 Eric 0.544 Stephen 0.540 Andrew 0.537
    Raymond 0.488 Gregory 0.441 Joshua 0.435 Jerry 0.432 Dennis 0.415 Walter 0.399 Patrick 0.389
    Peter 0.381 Harold 0.371 Douglas 0.367 Henry 0.365 Carl 0.346 Arthur 0.335 Ryan 0.328 Roger
    0.322 Joe 0.321 Juan 0.316 Jack 0.315 Albert 0.314 Jonathan 0.313 Justin 0.311 Terry 0.311
    Gerald 0.309 Keith 0.308 Samuel 0.306 Willie 0.302 Ralph 0.282 Lawrence 0.282 Nicholas 0.275
    Roy 0.273 Benjamin 0.270 Bruce 0.263 Brandon 0.260 Adam 0.259 Harry 0.251 Fred 0.251 Wayne
    0.249 Billy 0.248 Steve 0.246 Louis 0.243 Jeremy 0.242 Aaron 0.240 Randy 0.232 Howard 0.230
    Eugene 0.230 Carlos 0.229 Russell 0.224 Bobby 0.223 Victor 0.222 Martin 0.216 Ernest 0.215
    Phillip 0.213 Todd 0.213 Jesse 0.209 Craig 0.206 Alan 0.204 Shawn 0.200 Clarence 0.197 Sean
    0.197 Philip 0.197 Chris 0.197 Johnny 0.195 Earl 0.193 Jimmy 0.191 Antonio 0.190 Danny 0.190
    Bryan 0.190 Tony 0.190 Luis 0.189 Mike 0.189 Stanley 0.186 Leonard 0.186 Nathan 0.185 Dale
    0.184 Manuel 0.181 Rodney 0.180 Curtis 0.180 Norman 0.177 Allen 0.174 Marvin 0.171 Vincent
    0.168 Glenn 0.167 Jeffery 0.166 Travis 0.166 Jeff 0.166 Chad 0.165 Jacob 0.165 Lee 0.162
    Melvin 0.162 Alfred 0.162 Kyle 0.160 Francis 0.160 Bradley 0.159 Jesus 0.155 Herbert 0.155
    Frederick 0.154 Ray 0.153 Joel 0.152 Edwin 0.148 Don 0.145 Eddie 0.144 Ricky 0.141 Troy
    0.138 Randall 0.138 Barry 0.134 Alexander 0.132 Bernard 0.127 Mario 0.125 Leroy 0.125
    Francisco 0.124 Marcus 0.124 Micheal 0.123 Theodore 0.123 Clifford 0.123 Miguel 0.122 Oscar
    0.122 Jay 0.118 Jim 0.118 Tom 0.117 Calvin 0.115 Alex 0.115 Jon 0.115 Ronnie 0.113 Bill
    0.112 Lloyd 0.112 Tommy 0.112 Leon 0.112 Derek 0.112 Warren 0.110 Darrell 0.108 Jerome 0.108
    Floyd 0.107 Leo 0.106 Alvin 0.105 Tim 0.104 Wesley 0.104 Gordon 0.104 Dean 0.104 Greg 0.104
    Jorge 0.104 Dustin 0.103 Pedro 0.103 Derrick 0.103 Dan 0.101 Lewis 0.099 Zachary 0.099 Corey
    0.098 Herman 0.097 Maurice 0.097 Vernon 0.097 Roberto 0.097 Clyde 0.095 Glen 0.094 Hector
    0.094 Shane 0.093 Ricardo 0.093 Sam 0.092 Rick 0.091 Lester 0.091 Brent 0.090 Ramon 0.090
    Charlie 0.090 Tyler 0.089 Gilbert 0.089 Gene 0.087 Marc 0.087 Reginald 0.084 Ruben 0.082
    Brett 0.082 Angel 0.082 Nathaniel 0.081 Rafael 0.081 Leslie 0.081 Edgar 0.080 Milton 0.080
    Raul 0.079 Ben 0.078 Chester 0.078 Cecil 0.078 Duane 0.077 Franklin 0.077 Andre 0.076 Elmer
    0.074 Brad 0.073 Gabriel 0.073 Ron 0.072 Mitchell 0.072 Roland 0.072 Arnold 0.072 Harvey
    0.072 Jared 0.071 Adrian 0.069 Karl 0.069 Cory 0.068 Claude 0.068 Erik 0.068 Darryl 0.067
    Jamie 0.066 Neil 0.066 Jessie 0.065 Christian 0.065 Javier 0.065 Fernando 0.065 Clinton
    0.065 Ted 0.064 Mathew 0.064 Tyrone 0.064 Darren 0.064 Lonnie 0.064 Lance 0.063 Cody 0.063
    Julio 0.063 Kelly 0.063 Kurt 0.062 Allan 0.061 Nelson 0.061 Guy 0.060 Clayton 0.060 Hugh
    0.060 Max 0.059 Dwayne 0.059 Dwight 0.058 Armando 0.058 Felix 0.058 Jimmie 0.058 Everett
    0.057 Jordan 0.056 Ian 0.056 Wallace 0.056 Ken 0.055 Bob 0.055 Jaime 0.055 Casey 0.054
    Alfredo 0.054 Alberto 0.053 Dave 0.053 Ivan 0.053 Johnnie 0.052 Sidney 0.052 Byron 0.052
    Julian 0.052 Isaac 0.051 Morris 0.051 Clifton 0.050 Willard 0.050 Daryl 0.050 Ross 0.050
    Virgil 0.049 Andy 0.049 Marshall 0.049 Salvador 0.049 Perry 0.049 Kirk 0.049 Sergio 0.049
    Marion 0.048 Tracy 0.048 Seth 0.048 Kent 0.048 Terrance 0.048 Rene 0.048 Eduardo 0.047
    Terrence 0.047 Enrique 0.046 Freddie 0.046 Wade 0.045 Austin 0.044 Stuart 0.044 Fredrick
    0.043 Arturo 0.043 Alejandro 0.043 Jackie 0.043 Joey 0.043 Nick 0.043 Luther 0.043 Wendell
    0.042 Jeremiah 0.042 Evan 0.042 Julius 0.042 Dana 0.042 Donnie 0.041 Otis 0.041 Shannon
    0.040 Trevor 0.040 Oliver 0.040 Luke 0.040 Homer 0.040 Gerard 0.040 Doug 0.040 Kenny 0.039
    Hubert 0.039 Angelo 0.039 Shaun 0.039 Lyle 0.038 Matt 0.038 Lynn 0.038 Alfonso 0.038 Orlando
    0.037 Rex 0.037 Carlton 0.037 Ernesto 0.037 Cameron 0.037 Neal 0.037 Pablo 0.036 Lorenzo
    0.036 Omar 0.036 Wilbur 0.036 Blake 0.036 Grant 0.036 Horace 0.036 Roderick 0.036 Kerry
    0.036 Abraham 0.035 Willis 0.035 Rickey 0.035 Jean 0.035 Ira 0.035 Andres 0.034 Cesar 0.034
    Johnathan 0.034 Malcolm 0.034 Rudolph 0.034 Damon 0.034 Kelvin 0.034 Rudy 0.034 Preston
    0.034 Alton 0.033 Archie 0.033 Marco 0.033 Wm 0.033 Pete 0.032 Randolph 0.032 Garry 0.032
    Geoffrey 0.032 Jonathon 0.032 Felipe 0.032 Bennie 0.032 Gerardo 0.032 Ed 0.032 Dominic 0.032
    Robin 0.032 Loren 0.032 Delbert 0.031 Colin 0.031 Guillermo 0.031 Earnest 0.031 Lucas 0.031
    Benny 0.030 Noel 0.030 Spencer 0.030 Rodolfo 0.030 Myron 0.030 Edmund 0.030 Garrett 0.029
    Salvatore 0.029 Cedric 0.029 Lowell 0.029 Gregg 0.029 Sherman 0.028 Wilson 0.028 Devin 0.028
    Sylvester 0.028 Kim 0.028 Roosevelt 0.028 Israel 0.028 Jermaine 0.028
    """,
    150,
)

US_SURNAMES = census(
    """
    Smith 1.006 Johnson 0.810 Williams 0.699 Jones 0.621 Brown 0.621 Davis 0.480 Miller 0.424
    Wilson 0.339 Moore 0.312 Taylor 0.311 Anderson 0.311 Thomas 0.311 Jackson 0.310 White 0.279
    Harris 0.275 Martin 0.273 Thompson 0.269 Garcia 0.254 Martinez 0.234 Robinson 0.233 Clark
    0.231 Rodriguez 0.229 Lewis 0.226 Lee 0.220 Walker 0.219 Hall 0.200 Allen 0.199 Young 0.193
    Hernandez 0.192 King 0.190 Wright 0.189 Lopez 0.187 Hill 0.187 Scott 0.185 Green 0.183 Adams
    0.174 Baker 0.171 Gonzalez 0.166 Nelson 0.162 Carter 0.162 Mitchell 0.160 Perez 0.155
    Roberts 0.153 Turner 0.152 Phillips 0.149 Campbell 0.149 Parker 0.146 Evans 0.141 Edwards
    0.137 Collins 0.134 Stewart 0.133 Sanchez 0.130 Morris 0.125 Rogers 0.123 Reed 0.122 Cook
    0.120 Morgan 0.118 Bell 0.117 Murphy 0.117 Bailey 0.115 Rivera 0.113 Cooper 0.113 Richardson
    0.112 Cox 0.110 Howard 0.110 Ward 0.108 Torres 0.108 Peterson 0.107 Gray 0.106 Ramirez 0.105
    James 0.105 Watson 0.103 Brooks 0.103 Kelly 0.102 Sanders 0.100 Price 0.099 Bennett 0.099
    Wood 0.098 Barnes 0.097 Ross 0.096 Henderson 0.095 Coleman 0.095 Jenkins 0.095 Perry 0.094
    Powell 0.093 Long 0.092 Patterson 0.092 Hughes 0.092 Flores 0.092 Washington 0.092 Butler
    0.091 Simmons 0.091 Foster 0.091 Gonzales 0.087 Bryant 0.087 Alexander 0.085 Russell 0.085
    Griffin 0.084 Diaz 0.084 Hayes 0.083 Myers 0.083 Ford 0.082 Hamilton 0.082 Graham 0.082
    Sullivan 0.081 Wallace 0.081 Woods 0.080 Cole 0.080 West 0.080 Jordan 0.078 Owens 0.078
    Reynolds 0.078 Fisher 0.077 Ellis 0.077 Harrison 0.076 Gibson 0.075 McDonald 0.075 Cruz
    0.075 Marshall 0.075 Ortiz 0.075 Gomez 0.075 Murray 0.074 Freeman 0.074 Wells 0.073 Webb
    0.072 Simpson 0.070 Stevens 0.070 Tucker 0.070 Porter 0.069 Hunter 0.069 Hicks 0.069
    Crawford 0.068 Henry 0.068 Boyd 0.068 Mason 0.068 Morales 0.067 Kennedy 0.067 Warren 0.067
    Dixon 0.066 Ramos 0.066 Reyes 0.066 Burns 0.065 Gordon 0.065 Shaw 0.065 Holmes 0.065 Rice
    0.064 Robertson 0.064 Hunt 0.063 Black 0.063 Daniels 0.062 Palmer 0.062 Mills 0.061 Nichols
    0.060 Grant 0.060 Knight 0.060 Ferguson 0.059 Rose 0.059 Stone 0.059 Hawkins 0.059 Dunn
    0.058 Perkins 0.058 Hudson 0.058 Spencer 0.057 Gardner 0.057 Stephens 0.057 Payne 0.057
    Pierce 0.056 Berry 0.056 Matthews 0.056 Arnold 0.056 Wagner 0.055 Willis 0.055 Ray 0.055
    Watkins 0.055 Olson 0.055 Carroll 0.055 Duncan 0.055 Snyder 0.055 Hart 0.054 Cunningham
    0.054 Bradley 0.054 Lane 0.054 Andrews 0.054 Ruiz 0.054 Harper 0.054 Fox 0.053 Riley 0.053
    Armstrong 0.053 Carpenter 0.053 Weaver 0.053 Greene 0.053 Lawrence 0.052 Elliott 0.052
    Chavez 0.052 Sims 0.052 Austin 0.052 Peters 0.052 Kelley 0.052 Franklin 0.051 Lawson 0.051
    Fields 0.051 Gutierrez 0.051 Ryan 0.051 Schmidt 0.051 Carr 0.051 Vasquez 0.051 Castillo
    0.051 Wheeler 0.051 Chapman 0.050 Oliver 0.050 Montgomery 0.049 Richards 0.049 Williamson
    0.049 Johnston 0.049 Banks 0.048 Meyer 0.048 Bishop 0.048 McCoy 0.048 Howell 0.048 Alvarez
    0.048 Morrison 0.048 Hansen 0.047 Fernandez 0.047 Garza 0.047 Harvey 0.047 Little 0.046
    Burton 0.046 Stanley 0.046 Nguyen 0.046 George 0.046 Jacobs 0.046 Reid 0.046 Kim 0.045
    Fuller 0.045 Lynch 0.045 Dean 0.045 Gilbert 0.045 Garrett 0.045 Romero 0.045 Welch 0.044
    Larson 0.044 Frazier 0.044 Burke 0.044 Hanson 0.043 Day 0.043 Mendoza 0.043 Moreno 0.043
    Bowman 0.043 Medina 0.042 Fowler 0.042 Brewer 0.042 Hoffman 0.042 Carlson 0.042 Silva 0.042
    Pearson 0.042 Holland 0.042 Douglas 0.041 Fleming 0.041 Jensen 0.041 Vargas 0.041 Byrd 0.041
    Davidson 0.041 Hopkins 0.041 May 0.040 Terry 0.040 Herrera 0.040 Wade 0.040 Soto 0.040
    Walters 0.040 Curtis 0.040 Neal 0.039 Caldwell 0.039 Lowe 0.039 Jennings 0.039 Barnett 0.039
    Graves 0.039 Jimenez 0.039 Horton 0.039 Shelton 0.039 Barrett 0.039 O'Brien 0.039 Castro
    0.039 Sutton 0.038 Gregory 0.038 McKinney 0.038 Lucas 0.038 Miles 0.038 Craig 0.038
    Rodriquez 0.037 Chambers 0.037 Holt 0.037 Lambert 0.037 Fletcher 0.037 Watts 0.037 Bates
    0.037 Hale 0.037 Rhodes 0.037 Pena 0.037 Beck 0.037 Newman 0.036 Haynes 0.036 McDaniel 0.036
    Mendez 0.036 Bush 0.036 Vaughn 0.036 Parks 0.035 Dawson 0.035 Santiago 0.035 Norris 0.035
    Hardy 0.035 Love 0.035 Steele 0.035 Curry 0.035 Powers 0.035 Schultz 0.035 Barker 0.035
    Guzman 0.034 Page 0.034 Munoz 0.034 Ball 0.034 Keller 0.034 Chandler 0.034 Weber 0.034
    Leonard 0.034 Walsh 0.033 Lyons 0.033 Ramsey 0.033 Wolfe 0.033 Schneider 0.033 Mullins 0.033
    Benson 0.033 Sharp 0.033 Bowen 0.033 Daniel 0.033 Barber 0.032 Cummings 0.032 Hines 0.032
    Baldwin 0.032 Griffith 0.032 Valdez 0.032 Hubbard 0.032 Salazar 0.032 Reeves 0.032 Warner
    0.031 Stevenson 0.031 Burgess 0.031 Santos 0.031 Tate 0.031 Cross 0.031 Garner 0.031 Mann
    0.031 Mack 0.031 Moss 0.031 Thornton 0.031 Dennis 0.031 McGee 0.031 Farmer 0.030 Delgado
    0.030 Aguilar 0.030 Vega 0.030 Glover 0.030 Manning 0.030 Cohen 0.030 Harmon 0.030 Rodgers
    0.030 Robbins 0.030 Newton 0.030 Todd 0.030 Blair 0.030 Higgins 0.030 Ingram 0.030 Reese
    0.030 Cannon 0.030 Strickland 0.030 Townsend 0.030 Potter 0.030 Goodwin 0.030 Walton 0.030
    Rowe 0.029 Hampton 0.029 Ortega 0.029 Patton 0.029 Swanson 0.029 Joseph 0.029 Francis 0.029
    Goodman 0.029 Maldonado 0.029 Yates 0.029 Becker 0.029 Erickson 0.029 Hodges 0.029 Rios
    0.029 Conner 0.029 Adkins 0.029 Webster 0.028 Norman 0.028 Malone 0.028 Hammond 0.028
    Flowers 0.028 Cobb 0.028 Moody 0.028 Quinn 0.028 Blake 0.028 Maxwell 0.028 Pope 0.028 Floyd
    0.027 Osborne 0.027 Paul 0.027 McCarthy 0.027 Guerrero 0.027 Lindsey 0.027 Estrada 0.027
    Sandoval 0.027 Gibbs 0.027 Tyler 0.027 Gross 0.027 Fitzgerald 0.027 Stokes 0.027 Doyle 0.027
    Sherman 0.027
    """,
    150,
)

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_WOMEN, SV_MEN, SV_SURNAMES),
    "us": Origin(US_WOMEN, US_MEN, US_SURNAMES),
    "uk": Origin(UK_WOMEN, UK_MEN, UK_SURNAMES),
    **{
        key: Origin(ranked(f, 10), ranked(m, 10), ranked(s, 10))
        for key, (f, m, s) in OTHER_TEXT.items()
    },
}

# Who is named in each language's rows: Swedish text names roughly Sweden's population, English
# text mostly Americans and Britons, mixed text (Swedes writing at work) Swedes most of all.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 67, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "afghan": 1.5, "turkish": 1.5, "kurdish": 1.5, "ukrainian": 1.3,
        "eritrean": 1.2, "thai": 1.2, "romanian": 1, "latin": 1, "german": 1, "indian": 0.8,
        "uk": 0.7, "us": 0.6,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 9, "indian": 3, "arabic": 2, "polish": 2, "latin": 1.5,
        "german": 1, "finnish": 1, "ukrainian": 1, "thai": 1, "romanian": 1, "somali": 0.8,
        "persian": 0.8, "turkish": 0.8, "bcs": 0.8, "eritrean": 0.5, "afghan": 0.5, "kurdish": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 10, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
        "persian": 2.5, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5, "afghan": 1.5,
        "ukrainian": 1.5, "thai": 1.5, "romanian": 1.2, "german": 1.2, "indian": 1.2,
        "eritrean": 1, "latin": 1,
    },
}  # fmt: skip

# Short forms people go by, per origin: given name -> its short forms.
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": {
        "Lars": ("Lasse",), "Mikael": ("Micke",), "Joakim": ("Jocke",), "Karl": ("Kalle",),
        "Carl": ("Calle",), "Per": ("Pelle", "Pekka"), "Hans": ("Hasse",), "Peter": ("Pelle", "Peppe"),
        "Thomas": ("Tompa",), "Tomas": ("Tompa",), "Magnus": ("Mange",), "Christoffer": ("Chrille",),
        "Kristoffer": ("Kricke",), "Christer": ("Chrille",), "Fredrik": ("Fredde",), "Jan": ("Janne",),
        "Gustav": ("Gurra", "Gusse"), "Gustaf": ("Gurra",), "Robert": ("Robban",), "Patrik": ("Patte",),
        "Marcus": ("Macke",), "Daniel": ("Danne",), "Niklas": ("Nicke",), "Stefan": ("Steffe",),
        "Jonas": ("Jonte",), "Tobias": ("Tobbe",), "Torbjörn": ("Tobbe",), "Kenneth": ("Kenta",),
        "Rickard": ("Rille",), "Leif": ("Leffe",), "Sven": ("Svenne",), "Olof": ("Olle",),
        "Olov": ("Olle",), "Lennart": ("Lelle",), "Bengt": ("Bengan",), "Sebastian": ("Sebbe",),
        "Alexander": ("Alex", "Acke"), "Mattias": ("Matte",), "Mats": ("Matte",), "Håkan": ("Hocke",),
        "Rolf": ("Roffe",), "Ulf": ("Uffe",), "Johannes": ("Jojje",), "Kristian": ("Krille",),
        "Elisabeth": ("Lisa", "Bettan"), "Elisabet": ("Lisa", "Bettan"), "Margareta": ("Maggan",),
        "Kristina": ("Kicki", "Stina"), "Christina": ("Kicki", "Tina"), "Birgitta": ("Gittan", "Bittan"),
        "Katarina": ("Kattis", "Kajsa"), "Charlotte": ("Lotta",), "Charlotta": ("Lotta",),
        "Susanne": ("Sussie",), "Maria": ("Mia",), "Barbro": ("Babban",), "Annika": ("Anki",),
        "Cecilia": ("Cilla",), "Madeleine": ("Madde",), "Josefin": ("Jossan",), "Josefine": ("Jossan",),
        "Alexandra": ("Sandra", "Alex"), "Matilda": ("Tilda",), "Viktoria": ("Vickan",),
        "Victoria": ("Vickan",), "Therese": ("Tessan",), "Camilla": ("Millan",), "Gunilla": ("Gunnel",),
        "Ingegerd": ("Inga",), "Margit": ("Maggan",), "Agneta": ("Agge",), "Jessica": ("Jessie",),
    },
    "uk": {
        "William": ("Will", "Bill"), "Robert": ("Rob", "Bob"), "Richard": ("Rich", "Rick"),
        "James": ("Jim", "Jamie"), "John": ("Johnny", "Jack"), "Michael": ("Mike", "Mick"),
        "Thomas": ("Tom", "Tommy"), "Christopher": ("Chris",), "Matthew": ("Matt",), "Daniel": ("Dan", "Danny"),
        "Anthony": ("Tony",), "Edward": ("Ed", "Eddie", "Ted"), "Charles": ("Charlie",), "David": ("Dave",),
        "Stephen": ("Steve",), "Steven": ("Steve",), "Andrew": ("Andy",), "Benjamin": ("Ben",),
        "Samuel": ("Sam",), "Jonathan": ("Jon",), "Nicholas": ("Nick",), "Patrick": ("Pat", "Paddy"),
        "Timothy": ("Tim",), "Kenneth": ("Ken",), "Peter": ("Pete",), "Alexander": ("Alex",),
        "Douglas": ("Doug",), "Gregory": ("Greg",), "Raymond": ("Ray",), "Ronald": ("Ron", "Ronnie"),
        "Frederick": ("Fred", "Freddie"), "Philip": ("Phil",), "Harold": ("Harry",), "Terence": ("Terry",),
        "Elizabeth": ("Liz", "Beth", "Lizzie"), "Margaret": ("Maggie", "Peggy"), "Jennifer": ("Jen", "Jenny"),
        "Catherine": ("Kate", "Cathy"), "Patricia": ("Pat", "Trish"), "Susan": ("Sue",), "Deborah": ("Debbie",),
        "Rebecca": ("Becky", "Becca"), "Victoria": ("Vicky",), "Jessica": ("Jess",), "Samantha": ("Sam",),
        "Christine": ("Chris",), "Nicola": ("Nicky",), "Abigail": ("Abby",), "Eleanor": ("Ellie",),
        "Amanda": ("Mandy",), "Dorothy": ("Dot",), "Kathleen": ("Kath",), "Gillian": ("Gill",),
        "Jacqueline": ("Jackie",), "Valerie": ("Val",), "Josephine": ("Jo",), "Joanne": ("Jo",),
    },
    "us": {
        "William": ("Bill", "Billy", "Will"), "Robert": ("Bob", "Bobby", "Rob"), "Richard": ("Rick", "Dick"),
        "James": ("Jim", "Jimmy"), "John": ("Johnny", "Jack"), "Michael": ("Mike",), "Thomas": ("Tom",),
        "Christopher": ("Chris",), "Matthew": ("Matt",), "Daniel": ("Dan",), "Joseph": ("Joe", "Joey"),
        "Anthony": ("Tony",), "Edward": ("Ed", "Ted"), "Charles": ("Chuck", "Charlie"), "David": ("Dave",),
        "Steven": ("Steve",), "Andrew": ("Andy", "Drew"), "Benjamin": ("Ben",), "Jonathan": ("Jon",),
        "Nicholas": ("Nick",), "Timothy": ("Tim",), "Kenneth": ("Ken", "Kenny"), "Gerald": ("Jerry",),
        "Gregory": ("Greg",), "Jeffrey": ("Jeff",), "Raymond": ("Ray",), "Ronald": ("Ron",), "Donald": ("Don",),
        "Lawrence": ("Larry",), "Douglas": ("Doug",), "Henry": ("Hank",), "Eugene": ("Gene",),
        "Elizabeth": ("Liz", "Beth", "Betty"), "Margaret": ("Peggy", "Maggie"), "Jennifer": ("Jen", "Jenny"),
        "Katherine": ("Kate", "Kathy"), "Patricia": ("Patty", "Pat"), "Susan": ("Sue",), "Deborah": ("Debbie", "Deb"),
        "Rebecca": ("Becky",), "Victoria": ("Vicky", "Tori"), "Jessica": ("Jess",), "Kimberly": ("Kim",),
        "Barbara": ("Barb",), "Cynthia": ("Cindy",), "Sandra": ("Sandy",), "Pamela": ("Pam",),
        "Judith": ("Judy",), "Theresa": ("Terry",), "Christine": ("Chris",), "Samantha": ("Sam",),
    },
    "polish": {
        "Małgorzata": ("Gosia",), "Katarzyna": ("Kasia",), "Aleksandra": ("Ola",), "Joanna": ("Asia",),
        "Magdalena": ("Magda",), "Agnieszka": ("Aga",), "Krzysztof": ("Krzysiek",), "Tomasz": ("Tomek",),
        "Jakub": ("Kuba",), "Grzegorz": ("Grzesiek",), "Małgosia": ("Gosia",),
    },
    "ukrainian": {"Oleksandr": ("Sasha",), "Kateryna": ("Katia",), "Nataliia": ("Natasha",), "Dmytro": ("Dima",)},
    "finnish": {"Juha": ("Jussi",), "Kari": ("Kaki",), "Matti": ("Masa",)},
    "latin": {"Francisco": ("Pancho",), "José": ("Pepe",), "Alejandro": ("Alejo",)},
    "arabic": {"Mohammed": ("Mo",), "Ibrahim": ("Ibbe",)},
}  # fmt: skip
