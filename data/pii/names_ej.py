# ruff: noqa: E501
"""Name pools of held-out EJ (issue 15): names as the population has them, by origin and weight.

Written from the writer's own knowledge of how often names are carried: Swedish given names and
surnames in the order of SCB's name statistics (weight 1/rank, head the top 150, a tail of rarer
names past them); the US Census 1990 lists (public domain; the first 400, 400 and 420 names copied
from the `names` package's `dist.female.first`, `dist.male.first` and `dist.all.last`, the
census's per cent as weight, head 150); UK given names and surnames in the order of the ONS
rankings (1/rank); and the commonest names of origins common in Sweden (1/rank, head 10). No name
was checked against anything in the repository; none is left out for being known or unknown.
A `_` inside a name stands for a space (`von_Platen`). Python data, stdlib only.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from a list's head with this probability, else its tail


@dataclass(frozen=True)
class Pool:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int  # the first `head` names are the head, the rest the tail


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def words(text: str) -> tuple[str, ...]:
    """The names of a whitespace-separated list, in order, each once; `_` is a space."""
    out: list[str] = []
    for word in text.split():
        name = word.replace("_", " ")
        if name not in out:
            out.append(name)
    return tuple(out)


def ranked(text: str, head: int) -> Pool:
    """A list in rank order, weighted 1/rank."""
    names = words(text)
    return Pool(names, tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names) - 1))


def census(text: str, head: int = 150) -> Pool:
    """`Name per-cent` pairs of the US Census 1990, weighted by the per cent."""
    parts = text.split()
    names = tuple(parts[0::2])
    return Pool(names, tuple(float(p) for p in parts[1::2]), head)


_PLAIN = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ı": "i",
        "İ": "I",
        "đ": "dj",
        "Đ": "Dj",
        "ß": "ss",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "Ae",
    }
)


def plain(name: str) -> str:
    """A name typed without its letters: `Wiśniewski` as `Wisniewski`, `Hodžić` as `Hodzic`."""
    name = name.translate(_PLAIN)
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski`/`-cki`/`-dzki` end in `-ska`/`-cka`/`-dzka`."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# --- Sweden: SCB's ranks (all carriers), head 150, then rarer names --------------------------------

SV_WOMEN = """
Maria Elisabeth Anna Kristina Margareta Eva Linnéa Karin Birgitta Marie Ingrid Sofia Emma
Christina Sara Kerstin Lena Helena Ingegerd Ulla Johanna Inger Viktoria Maja Katarina Susanne Elin
Ida Monica Ann Linda Hanna Louise Malin Marianne Annika Julia Elsa Alice Jenny Gunilla Birgit
Ebba Matilda Ingeborg Åsa Ulrika Anneli Amanda Gun Agneta Barbro Camilla Anita Wilma Britt Sofie
Ellen Cecilia Carina Siv Margaretha Lisa Irene Therese Emelie Karolina Klara Elisabet Astrid
Signe Viola Alva Frida Ella Caroline Charlotte Josefin Inga Yvonne Ingela Pia Gunnel Elsie
Rebecka Sonja Britta Lina Mona Kristin Emilia Helen Ann-Marie Jessica Gunhild Elina Olivia Erika
Lovisa Agnes Maj Berit Moa Ester Madeleine Ronja Isabelle Felicia Marita Kajsa Märta Greta
Elvira Lisbeth Jennifer Linn Tove Nathalie Sandra Ellinor Cornelia Stina Lilian Gerd Britt-Marie
Ewa Ann-Christin Nora Saga Selma Vera Freja Tuva Tilda Majken Elise Evelina Hillevi Gunvor Ylva
Rut Svea Mikaela Paulina Catharina Jeanette Lotta Ingela Annelie Karina Louice Emelie Veronica
Angelica Marina Mathilda Hedvig Ingalill Solveig Helene Frida Alexandra Isabella Lea Alma Stella
Sigrid Judit Tyra Ines Elvira Nellie Minna Molly Lova Juni Hilda Lykke Edith Greta Iris
Majvor Gunborg Ulla-Britt Maj-Britt Anna-Karin Eva-Lena Lillemor Gullvi Dagny Asta Alfhild Edla
Elna Hulda Valborg Ottilia Augusta Beda Ingegärd Vivianne Vivi Gull-Britt Siw Ragnhild Ingrid-Marie
Ann-Sofie Ann-Louise Anna-Lena Mari Marit Bodil Birgitha Lilly Görel Kristel Lisen Henrika Josefina
 Agda Doris Irma Naemi Rakel Mirjam Tekla Vendela Vilma Tindra Liv Thea Meja Ellie Lo
Ester Elise Alicia Annie Idun Juli Siri Livia Amelia Elly Matilda Hedda Signhild
Hjördis Elinor Gudrun Sylvia Margit Ingbritt Annbritt Inez Jolanda Madelene Ebba-Stina Carola Cathrine
Pernilla Petra Kristiina Sanna Hanne Marielle Jannike Theres Minnie Pauline Nina Tina Tanja
 Evy Ritva Katja Lisette Melina Elvina Adele Lovis Teresia Rosalie Tora Ingvor Märit
Aina Elvy Ewy Gertrud Helga Irja Laila Maud Naima Nanna Rosa Siiri Solvig Tilly Ulrica Viveka
Wanja Yvette Åsa-Lena Ann-Kristin Majlis Mia Malva Nadja Ninni Ottilie Pernille Sigun Susann
Therése Thyra Vanja Vivan Zelma Elida Filippa Gabriella Inger-Lise Jill
Kerttu Lillian Lisbet Magda Maja-Lena Mimmi Mona-Lisa Nilla Oda Ragna Sally Solbritt Svanhild Tekla
Alvine Benedikta Cajsa Dorotea Eivor Frideborg Gunnvi Henny Ingrun Jonna Märtha
Nathalie Ofelia Rebecca Sigbritt Torborg Ulla-Karin Valdine Vilhelmina Yngvild Ådel
Ann-Britt Cilla Disa Embla Hermine Ingmarie Marianna Mariette Rigmor Solgerd Unni Vilda
"""

SV_MEN = """
Lars Karl Mikael Anders Johan Per Erik Carl Nils Lennart Jan Olof Hans Peter Thomas Gunnar Daniel
Fredrik Sven Bengt Bo Åke Alexander Göran Magnus Stefan Leif Andreas Christer Mats Ulf Kjell
Marcus Jonas Martin Niklas Stig Bertil Rolf Henrik Mattias Emil Tommy Roger Patrik Christian
Oskar Kent Arne Sebastian Gustav Björn David Axel Viktor Robert William Joakim Hugo Rickard Håkan
Tobias Simon Ove Kenneth Lucas Claes Jonathan Linus Filip Rasmus Elias Johannes Isak Adam Jakob
Oliver Ingvar Anton Kurt Dan Jesper Roland Robin Jimmy Gösta Vilhelm Tomas Joel Torbjörn Sten
Ludvig Albin Theodor Arvid Edvin Alfred Leo Liam Noah Elliot Melvin Vincent Gabriel Samuel
Benjamin Mohammed Ali Kevin Dennis Jörgen Lars-Erik Karl-Erik Jan-Erik Bernt Tord Ingemar Sture
Evert Harald Allan Birger Sune Yngve Rune Gert Conny Ola Pär Ronny Tony Hampus Jacob Max Viggo
Wilhelm Malte Valter Harry Sixten Folke Tage Gustaf Urban Jens Pontus Emanuel Erland Ragnar
Ture Einar Holger Ivar Knut Torsten Sigvard Josef Otto Georg Frans Lage Åke-Göran Krister Glenn
Helmer Algot Assar Edvard Valdemar Artur Gottfrid Anselm Bror Dag Egon Enar Fritiof Halvar Hjalmar
Ingolf Jarl Konrad Levi Love Lukas Manne Melker Oswald Rikard Rurik Severin Sigge Sölve Tor Torgny
Ulrik Vidar Verner Åsmund Alvar Arnold Bernhard Börje Carl-Gustaf Curt Efraim Elof Emrik Eskil
 Gillis Gunne Gustav-Adolf Hilding Inge Iwan Jan-Olof Jean Jon Josua Julius
Kaj Kasper Kennet Kim Lars-Göran Leopold Lorentz Mauritz Måns Nicklas Nore Olle Orvar
Per-Olof Petrus Rudolf Ruben Salomon Seth Sigurd Staffan Sten-Åke Sverker Sylve Teodor Thure Tim
Tryggve Uno Vallentin Waldemar Wiktor Yngve Åsbjörn Östen Adrian Anders-Petter August Benny Bill
Carl-Johan Charlie Douglas Ebbe Einar Eino Eric Frank Gottfrid Gunder Hannes Helge Henry
Hjalte Isidor Jack John Justus Kristoffer Lars-Åke Lennarth Lovis Mathias Milo Mons Nathan Neo
Nicolai Olav Oscar Per-Anders Philip Ragnvald Reine Rony Sam Samir Sigfrid Stellan Sten-Olof
Sune-Erik Thorsten Ted Torvald Tristan Valentin Vide Walter Zacharias Åke-Ingvar Alrik Anund
Arnfinn Bengt-Åke Berndt Björn-Erik Dick Ejnar Elis Erling Evald Fabian Gerhard Gudmund Hilmer
Holmfrid Ingvald Jöns Karl-Axel Karl-Gustav Klas Leander Mårten Natanael Osvald Paul
Ronald Sivert Stig-Olof Svante Sören Tage-Erik Torleif Vilgot Wolmar Yrjö
Gunvald Hadar Ingmar Jerker Kjell-Åke Lars-Olof Nils-Erik Ossian Sigvald Torolf Tjelvar Valfrid
Vilmer Alvin Casper Colin Eddie Ivan Joar Kasimir Loke Matteo
"""

SV_SURNAMES = """
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson
Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed Engström Eklund
Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Fransson
Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström Ahmed
Mårtensson Lundström Hassan Viklund Björklund Eliasson Pålsson Berggren Sandström Lund Nordin
Ström Åberg Falk Ekström Hermansson Holmgren Hellström Dahlberg Hedlund Sundberg Sjögren Ek
Blom Abrahamsson Martinsson Öberg Andreasson Strömberg Månsson Hansen Åkesson Dahl Lindholm
Norberg Holmqvist Mohamed Hussein Omar Ibrahim Jensen Sundström Lindén Nordqvist Lindahl Lundgren
Ekberg Sjöström Petersson Söderström Westerberg Nyman Lindell Hedberg Forsman Bäckström Wahlström
Ekman Engberg Johnsson Strand Söderlund Lundmark Nilsson Sundqvist Holmström Löfström Borg
Hedström Karlström Sörensen Sjödin Nord Åström Lindblom Westin Öhman Haglund Lindkvist Berntsson
Kristiansson Stenberg Ekholm Adolfsson Sundin Hagström Åkerlund Törnqvist Granberg Ottosson
Rydberg Lindh Lundell Ekdahl Bergkvist Edlund Forslund Wiklund Nordlund Sandell Rosén Vikström
Lilja Kjellberg Sandin Roos Fors Hedman Östlund Nordgren Ahlberg Zetterberg Ahlström Boström
Jonasson Thorén Hallberg Ahlqvist Bladh Björkman Carlsson Dahlgren Edström Englund Frisk Hammar
Hägglund Jacobsson Malmberg Norén Palm Rask Rosenberg Sjöqvist Skoglund Stenström Södergren
Wallgren Wennberg Ågren Åslund Almqvist Backman Brandt Byström Enqvist Fagerström Gran Grönlund
Hallgren Hjalmarsson Jeppsson Kling Lager Lindroth Lönn Malm Moberg Nordén Pihl Quist Rehn Sahlin
Selin Strandberg Sved Tell Unger Vallin Wahlberg Wester Åkerman Ödman Alm Bergendahl Brodin
Cederholm Dufva Ehn Fjällström Gidlund Hamrin Hultgren Jernberg Kempe Lagergren Lidén Melin
Nordenskiöld Norling Påhlsson Ramberg Risberg Sparre Stjernström Svedberg Tengvall Torstensson
Ulvaeus Westman Wikander Zackrisson Ångström Örn Agnell Alfredsson Asplund Bodin Bolin Dalin
Enström Flodin Gillberg Hedin Hjort Isberg Jernström Karlberg Kvist Leander Liljegren Lovén
Magnell Modig Nygren Orre Rapp Ringström Rudberg Sjölund Skog Stål Söderholm Thunberg Tornberg
Wass Wennerström Wickman Älmqvist Östberg Bucht Ceder Edberg Edvardsson Fogelberg Frid Gyllenhammar
Hagelin Hammarström Hellgren Holmlund Högberg Jäderberg Kihlberg Lejon Lindeberg Lundh Lyth
Mellberg Nordahl Nordlander Olander Palmqvist Rehnberg Rönnberg Sahlberg Sandgren Schön Sköld
Stenlund Sörensson Tallberg Uddenberg Vestin Wigren Zander Åman Öquist Adler Alsterlund Arnell
Backlund Bagge Bergenstråhle Björling Blixt Bohman Dahlin Drake Eneroth Fahlén Forssell Gahm
Grahn Hallin Hamberg Hammarlund Herlitz Hök Ivarsson Jarl Kallin Kronberg Lagerlöf Lif Lindeblad
Ljung Lorentzon Norrman Ohlin Pettersén Qvarnström Ringdahl Rydén Sjöblom Stake
Stridh Söder Tegnér Thörn Ulander Wallén Wessman Zetterlund von_Platen af_Klercker
De_Geer von_Essen af_Ugglas von_Sydow Wachtmeister Lewenhaupt Gyllenstierna af_Trolle von_Otter
Bielke Posse Oxenstierna Stackelberg von_Schantz Bonde Silfverschiöld Hamilton Douglas Sparrfelt
"""

# --- the UK: ONS rank order, 1/rank -------------------------------------------------------------

UK_WOMEN = """
Sarah Elizabeth Margaret Susan Helen Emma Claire Mary Julie Karen Nicola Emily Jennifer Rachel
Louise Laura Lisa Jane Patricia Catherine Victoria Joanne Charlotte Hannah Jessica Rebecca Amy
Sophie Lucy Olivia Amelia Isla Ava Mia Isabella Grace Lily Freya Ella Florence Evie Poppy Chloe
Megan Lauren Katie Gemma Kelly Samantha Michelle Linda Deborah Angela Alison Caroline Tracey
Dawn Wendy Jacqueline Pauline Sandra Christine Janet Anne Ann Joan Barbara Dorothy Jean Valerie
Carol Sheila Brenda Gillian Hazel Lynn Diane Kathleen Eileen Maureen Doreen Irene Sylvia Shirley
Pamela Heather Fiona Kirsty Lindsay Joanna Natalie Zoe Hayley Stephanie Kate Amanda Anna Alice
Ruby Isabelle Phoebe Holly Ellie Abigail Daisy Millie Evelyn Matilda Rosie Willow Harriet
Eleanor Georgia Jasmine Bethany Leah Jade Danielle Abbie Courtney Paige Shannon Rhiannon Siobhan
Sian Bethan Catriona Morag Eilidh Ailsa Niamh Aoife Roisin Ciara Erin Caitlin Eve Imogen Beatrice
Edith Elsie Violet Maisie Esme Sienna Aria Ivy Orla Rosa Arabella Clara Penelope Felicity Tamsin
Philippa Rosemary Marion Elaine Joyce Jill Judith Gail Beverley Sharon Tina Julia Debra Denise
Lesley Marilyn Glenys Gwen Mavis Muriel Beryl Ethel Winifred Gladys Edna Iris Vera Hilda Nora
Bridget Theresa Yvonne Colette Maxine Kerry Stacey Leanne Kimberley Charlene Tanya Vicky Becky
Tilly Lottie Nancy Hollie Summer Lexi Lacey Skye Tia Kayleigh Chantelle Demi Ffion Seren Cerys
Carys Megan-Rose Mollie Annabel Lydia Heidi Rowena Verity Hermione Cressida Prudence Honor
Henrietta Jemima Araminta Tabitha Letitia Octavia Cordelia Hester Agatha Ottilie Wilhelmina Una
Greer Isobel Kirstie Mhairi Rhona Shona Elspeth Ishbel Sorcha Aisling Grainne Saoirse Nuala
"""

UK_MEN = """
David John Michael Paul Andrew Peter James Robert Mark Richard Stephen Christopher Ian Thomas
William Daniel Simon Matthew Anthony Gary Martin Steven Kevin Jason Alan Brian Philip Graham
Jonathan Neil Colin Keith Timothy Nicholas Adam Benjamin Samuel Joseph Oliver George Harry Jack
Charlie Noah Leo Oscar Arthur Muhammad Jacob Alfie Freddie Henry Archie Theo Lucas Alexander
Edward Luke Ryan Liam Connor Callum Jordan Lewis Kieran Nathan Craig Scott Lee Dean Shaun Wayne
Darren Carl Barry Trevor Derek Roger Malcolm Geoffrey Kenneth Raymond Ronald Dennis Norman
Gordon Stuart Douglas Alistair Duncan Hamish Fraser Angus Ewan Ross Euan Rhys Owen Dylan Gareth
Dafydd Huw Aled Iwan Emyr Sean Ciaran Declan Niall Conor Padraig Eoin Cormac Finn Rory Hugo
Sebastian Rupert Piers Giles Tristan Jasper Barnaby Toby Rufus Felix Max Harvey Tyler Mason
Ethan Joshua Tom Ben Sam Jake Dominic Patrick Francis Vincent Bernard Leonard Frederick Albert
Alfred Ernest Herbert Walter Stanley Harold Sidney Cyril Clifford Eric Leslie Ralph Terence
Clive Nigel Adrian Russell Ashley Glen Mathew Jamie Danny Robbie Stewart Gregory Howard Victor
Rodney Dale Elliot Reece Louis Theodore Isaac Jude Reggie Albie Ronnie Tommy Stanley Frankie
Hunter Bobby Teddy Ralphie Rowan Caleb Elijah Ezra Jaxon Kai Harrison Alex Aaron Jay Kyle Ricky
Tony Dave Les Ken Reginald Percival Horace Cuthbert Aubrey Crispin Lancelot Montague Peregrine
Ambrose Barnabas Benedict Ignatius Jolyon Torquil Fergus Lachlan Murdo Torin Gethin Llewellyn
"""

UK_SURNAMES = """
Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson
Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner
Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott
Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson
Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams
Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain Campbell
Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher Stevens
Jenkins Murray Dixon Harvey Graham Pearson Ahmed Fletcher Walsh Kaur Gibson Howard Andrews Stewart
Elliott Reynolds Saunders Payne Fox Ford Pearce Day Brooks West Lawrence Cole Atkinson Bradley
Spencer Gill Dawson Ball Burton O'Brien Watts Rose Booth Perry Ryan Grant Wells Armstrong
Francis Rees Hayes Hart Hudson Newman Barrett Webster Hunter Gregory Carr Lowe Page Marsh Riley
Dunn Woods Parsons Berry Stone Reid Holland Hawkins Harding Porter Robertson Newton Oliver Reed
Kennedy Williamson Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry Burgess Bishop Walton
Burns Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls Hamilton Byrne Sutton McDonald
Yates Hodgson Robson Curtis Hopkins O'Connor Harper Coleman Watkins Moss McCarthy Chambers
Griffin Sharp Hardy Wheeler Potter Osborne Johnston Gordon Doyle Wallace George Jordan Hutchinson
Rowe Burke May Pritchard Gilbert Willis Higgins Read Miles Stevenson Stephenson Hammond Arnold
Buckley Walters Hewitt Barber Nelson Slater Austin Sullivan Whitehead Mann Frost Lambert Stephens
Blake Akhtar Lynch Goodwin Barton Woodward Thomson Cunningham Quinn Barnett Baxter Bibi Clayton
Nash Greenwood Jennings Holt Kemp Poole Gallagher Bond Stokes Tucker Davidson Fowler Heath Norman
Middleton Lawson Banks French Stanley Jarvis Gibbs Ferguson Hayward Carroll Douglas Macdonald
Fraser MacLeod Mackenzie Sinclair Cameron Buchanan Forbes Drummond Munro Kerr Kirkpatrick
Llewellyn Pugh Prosser Vaughan Meredith Bevan Howells Gwynne Penhaligon Trelawney Pengelly
Quigley Devlin McLaughlin Donnelly Gallacher Ainsworth Heseltine Ormerod Thistlethwaite Pickles
Entwistle Sowerbutts Bottomley Hepplewhite Cholmondeley Featherstonehaugh Fotheringham Wetherall
Attenborough Beckwith Cattermole Dimbleby Fairweather Goodenough Hollingsworth Inglethorpe
Kettlewell Lightfoot Micklethwaite Nettleship Oddie Postlethwaite Rawnsley Satterthwaite
Tattersall Underwood Villiers Wakefield Yardley
"""

# --- origins common in Sweden: the commonest names of each, 1/rank, head 10 ------------------------
# (women's given names, men's given names, surnames)

OTHER = {
    "finnish": (
        "Anne Päivi Tuula Leena Sari Tiina Marja Riitta Pirjo Eila Aino Helmi Aila Sirpa Kaisa Minna Satu Hanna Outi Sanna Johanna Tarja Merja Seija Anneli Liisa Ritva Terttu Kaarina Aili",
        "Juha Timo Matti Kari Mikko Jari Antti Jukka Pekka Mika Heikki Markku Hannu Seppo Ilkka Tapio Jouko Esa Pentti Veikko Kalevi Raimo Eino Tuomas Ville Lauri Arto Erkki Keijo Reijo",
        "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hakala Kallio Leinonen Räsänen Hyvönen Peltonen",
    ),
    "arabic": (  # Iraq, Syria, Lebanon, Palestine; Assyrian/Syriac names in the same lists
        "Fatima Maryam Zainab Noor Sara Aya Rana Lina Hiba Rasha Layla Yasmin Amira Nadia Huda Reem Dalia Salma Hanan Ruqaya Rahaf Shahad Shamiram Ninve Nahrin Shamira Sabiha Najat Mariam Rima",
        "Mohammad Ahmad Ali Omar Hassan Hussein Mustafa Khaled Yousef Ibrahim Karim Sami Amir Tarek Walid Bilal Abdullah Mahmoud Haider Hamza Ninos Sargon Aram Gabriel Sharbel Yacoub Aday Ashur Fadi Rami",
        "Ali Mohammed Ahmed Hassan Hussein Ibrahim Abdullah Khalil Saleh Haddad Khoury Jaber Mansour Nasser Al-Hashimi Al-Obaidi Jabbar Kadhim Abbas Yousef Gabriel Barsom Aho Shabo Yakoub Malke Danho Lahdo Gabro Hanna Shamoun Issa Tuma Sauma Aziz Salim Al-Khatib",
    ),
    "somali": (
        "Hodan Amina Faadumo Sahra Ayaan Hawa Ifrah Sagal Muna Ubah Asha Khadra Fardowsa Deeqa Nimco Safiya Hibo Hamdi Leyla Sucaad Ilhan Idil Naima Warsan",
        "Abdi Mohamed Ahmed Abdullahi Hassan Ali Omar Yusuf Ismail Abdirahman Mahad Liban Farah Said Mukhtar Guled Abdiaziz Khalid Bashir Hamza Osman Jama Nuur Awale",
        "Mohamed Ahmed Ali Hassan Abdi Omar Yusuf Farah Ismail Osman Warsame Jama Nur Aden Hussein Abdullahi Egal Duale Hirsi Farah Gedi Dirie Mohamud Elmi Samatar Guled",
    ),
    "polish": (  # men's surname forms; a woman's `-ski`/`-cki` ends in `-ska`/`-cka` (feminine)
        "Anna Katarzyna Maria Małgorzata Agnieszka Barbara Ewa Krystyna Elżbieta Magdalena Joanna Zofia Monika Beata Aleksandra Dorota Justyna Grażyna Jadwiga Halina Teresa Marta Natalia Paulina Weronika Kinga Iwona",
        "Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Jakub Adam Stanisław Grzegorz Łukasz Marek Mateusz Wojciech Dariusz Mariusz Zbigniew Kamil Rafał Jerzy Robert Józef Tadeusz Sławomir Bartosz",
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Wojciechowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Stępień Malinowski Jaworski Adamczyk Dudek Górski Nowicki Sikora Walczak Baran Rutkowski Michalak Szewczyk Ostrowski Tomaszewski Pietrzak Zalewski Wróblewski Jasiński Marciniak Bąk Zawadzki Sadowski Jakubowski Chmielewski Włodarczyk Borkowski Czarnecki Sawicki Sokołowski Urbański Kubiak Maciejewski Szczepański Kucharski Wilk Kalinowski Lis Mazurek Wysocki Adamski Kaźmierczak Wasilewski Sobczak Czerwiński Andrzejewski Cieślak Głowacki Zakrzewski Kołodziej Sikorski Krajewski Gajewski Szymczak Szulc Baranowski Laskowski Brzeziński Makowski Ziółkowski Przybylski",
    ),
    "persian": (
        "Maryam Fatemeh Zahra Sara Narges Leila Mina Shirin Parisa Nasrin Azadeh Neda Roya Samira Mahsa Golnaz Shadi Yasaman Elham Farideh Soheila Parvaneh Niloufar Tara Bahar Ladan",
        "Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Majid Babak Behrouz Farhad Kaveh Omid Arash Dariush Kamran Payam Shahram Navid Peyman Siavash Bijan Cyrus Ramin Hooman",
        "Mohammadi Hosseini Ahmadi Rezaei Moradi Karimi Jafari Rahimi Hashemi Mousavi Ghasemi Sadeghi Heidari Akbari Rostami Kazemi Nouri Tehrani Shirazi Esfahani Farahani Nazari Amini Ebrahimi Hosseinzadeh Kiani Zand Bagheri Soltani Yazdani Ansari",
    ),
    "bcs": (  # Bosnian, Serbian, Croatian
        "Amra Emina Lejla Selma Amela Sanela Jasmina Mirela Azra Alma Ana Marija Ivana Jelena Milica Dragana Snežana Vesna Gordana Biljana Maja Nermina Aida Edina Senada Dijana Nataša",
        "Emir Adnan Amir Mirza Haris Nedim Kenan Dženan Edin Samir Jasmin Armin Ivan Marko Nikola Stefan Luka Dragan Zoran Goran Milan Dejan Nenad Dario Josip Mladen Tomislav",
        "Hodžić Hadžić Kovačević Begić Delić Mehmedović Šehić Ibrahimović Husić Hasanović Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Popović Horvat Kovačić Babić Marić Jurić Novak Knežević Vuković Perić Pavlović Mujić Alić Salihović Suljić Karić Mešić",
    ),
    "turkish": (
        "Ayşe Fatma Emine Hatice Zeynep Elif Meryem Merve Büşra Esra Derya Gülay Sevgi Sibel Özlem Hülya Nur Ebru Dilek Songül Leyla Yasemin Tuğba Serpil Gizem",
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Murat Yusuf Emre Burak Serkan Kemal Orhan Cem Deniz Hakan Volkan Ömer Erdem Tolga Engin Selim",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Erdoğan Güneş Aktaş Bulut Akın Karataş",
    ),
    "eritrean": (  # the father's given name as surname
        "Senait Helen Hiwet Selam Yordanos Tsega Saba Feven Winta Rahel Luwam Semhar Mebrat Almaz Letebrhan Abeba Hanna Eden Tigisti Frewoini Meron",
        "Tesfay Yonas Daniel Samuel Mehari Berhane Kidane Habtom Tekle Filmon Yohannes Merhawi Amanuel Dawit Okbay Robel Biniam Henok Mussie Semere Aron",
        "Tesfay Tekle Kidane Berhane Haile Gebremariam Gebremedhin Habte Woldu Ghebreyesus Tewelde Mehari Negash Andemariam Asmerom Yohannes Ghirmay Kahsay Tsegay Zerai Mebrahtu Fitsum",
    ),
    "afghan": (
        "Fatima Maryam Zahra Mariam Shabnam Farzana Nilofar Parwana Zarghona Zainab Sima Madina Marzia Sakina Hamida Roya Laila Frishta Masuma Khadija Nazanin Shakila",
        "Mohammad Ahmad Ali Abdul Hamid Mustafa Rahmatullah Hamidullah Najibullah Sayed Reza Hussain Jawad Farid Wahid Nasir Omid Ramin Sohrab Zabihullah Karim Yama Javid",
        "Ahmadi Hakimi Rahimi Mohammadi Hussaini Sultani Rezaie Nazari Amiri Jafari Karimi Safi Popal Durrani Stanikzai Noori Wardak Hotak Yousufzai Sadat Haidari Azizi Qaderi",
    ),
    "thai": (
        "Siriporn Malee Somjai Pranee Wanida Nittaya Kanya Sudarat Supaporn Ratana Araya Lamai Jintana Pornthip Duangjai Kanokwan Nongnuch Sunisa Chalida Orathai Rungnapa Patcharee",
        "Somchai Somsak Prasert Sombat Anan Chaiwat Kittisak Wichai Surachai Thanakorn Nattapong Pichai Sakda Boonmee Arthit Thongchai Niran Weerachai Panya Somporn",
        "Saetang Srisuk Wongsa Chaiyaporn Boonyarat Thongdee Sukprasert Kaewmanee Phromphan Rattanakorn Srisawat Chanthong Intharasuk Suwannarat Kongkaew Phetsuwan Yodsuk Bunnag Thammawong Jitpakdee",
    ),
    "latin": (  # Chile and Latin America: two surnames, the father's and the mother's
        "María Carolina Daniela Claudia Patricia Francisca Javiera Camila Valentina Catalina Paula Andrea Marcela Verónica Gabriela Fernanda Alejandra Lorena Ximena Paola Constanza Isabel Natalia Soledad Ana",
        "José Juan Luis Carlos Jorge Diego Francisco Matías Sebastián Cristián Felipe Rodrigo Pablo Andrés Gonzalo Eduardo Alejandro Ricardo Manuel Sergio Héctor Mauricio Nicolás Tomás Óscar",
        "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Ramírez Reyes Gutiérrez Castro Vargas Álvarez Vásquez Tapia Fernández Sánchez Carrasco Gómez Cortés Herrera Núñez Jara Vergara",
    ),
    "kurdish": (
        "Berivan Rojin Dilan Hevin Jiyan Nazdar Shilan Avin Gulistan Zilan Rozerin Nasrin Viyan Sozdar Delal Bahar Helin Ronahi Azad Narin",
        "Azad Rebin Karwan Dilshad Hawre Shvan Aram Baran Rizgar Serwan Kawa Diyar Hemin Zana Dilovan Aras Rojhat Botan Hoger Soran",
        "Ahmed Mustafa Rashid Abdullah Karim Aziz Hassan Kurdi Barzani Zebari Hawrami Mahmoud Amin Omar Salih Baban Jaf Talabani Sindi Doski Ismail",
    ),
    "ukrainian": (
        "Olena Tetiana Natalia Iryna Oksana Svitlana Yulia Kateryna Anastasiia Olha Viktoriia Maryna Liudmyla Halyna Nadiia Daria Sofiia Alina Khrystyna Inna",
        "Oleksandr Serhii Andrii Volodymyr Dmytro Oleksii Mykola Vasyl Yurii Ivan Maksym Bohdan Taras Viktor Ihor Roman Yaroslav Petro Artem Denys",
        "Melnyk Shevchenko Bondarenko Kovalenko Boiko Tkachenko Kravchenko Kovalchuk Koval Oliinyk Shevchuk Polishchuk Bondar Tkachuk Marchenko Moroz Lysenko Rudenko Savchenko Petrenko Kravets Pavlenko",
    ),
    "indian": (
        "Priya Anjali Pooja Neha Divya Sneha Kavya Deepa Lakshmi Sunita Anita Swati Shreya Ritu Meera Aishwarya Nisha Ananya Radhika Sangeeta Harpreet Manpreet",
        "Rahul Amit Rajesh Vijay Suresh Arjun Rohit Sanjay Vikram Anil Ramesh Karthik Aditya Prakash Manoj Siddharth Deepak Gaurav Harish Naveen Gurpreet Sandeep",
        "Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Rao Shah Mehta Joshi Agarwal Verma Pillai Menon Desai Chopra Kapoor Bhat Krishnan Srinivasan Banerjee Mukherjee Das",
    ),
    "german": (
        "Sabine Susanne Petra Andrea Claudia Monika Birgit Stefanie Katrin Julia Anja Ursula Heike Gabriele Martina Christine Nicole Karin Renate Brigitte Ingrid Lena Annika Franziska",
        "Thomas Michael Andreas Stefan Peter Frank Klaus Jürgen Wolfgang Markus Christian Uwe Matthias Jens Dirk Torsten Bernd Holger Sven Jörg Tobias Lukas Florian Dieter",
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Krause Meier Lehmann",
    ),
    "norwegian": (  # Norway and Denmark: neighbours who buy and sell houses over the border
        "Anne Inger Kari Marit Ingrid Liv Eva Berit Astrid Bjørg Hilde Anna Solveig Marianne Randi Ida Nina Ragnhild Mette Hanne Tone Kirsten Lene Signe",
        "Jan Per Bjørn Ole Lars Kjell Knut Arne Svein Thomas Hans Geir Tor Morten Terje Odd Erik Rune Trond Espen Søren Jens Henrik Mads",
        "Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen Pettersen Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen Dahl Halvorsen Nielsen Rasmussen Sørensen Christensen Lund Solberg Bakken",
    ),
    "chinese": (
        "Na Fang Xiuying Jing Li Min Yan Ying Juan Hui Xiaoyan Mei Lan Xia Yun Lei Qing Ping Hong Lili Ling Jie",
        "Wei Jun Hao Lei Jian Tao Yong Qiang Ming Bo Chao Gang Feng Peng Long Hui Xin Yang Jie Zhiwei",
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang",
    ),
}

# --- who is named, per language of the row (weights; Swedish largest in Swedish and mixed text) ----

MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "kurdish": 1.5, "turkish": 1.5, "afghan": 1.5, "eritrean": 1.2, "ukrainian": 1.2,
        "indian": 1, "thai": 1, "latin": 1, "german": 1, "norwegian": 0.8, "chinese": 0.8, "uk": 0.8,
        "us": 0.6,
    },
    "en": {
        "us": 38, "uk": 34, "swedish": 9, "indian": 4, "arabic": 2, "polish": 2, "latin": 2,
        "german": 1.5, "chinese": 1.5, "finnish": 1, "norwegian": 1, "somali": 0.8, "turkish": 0.8,
        "persian": 0.8, "ukrainian": 0.8, "bcs": 0.6, "thai": 0.6, "eritrean": 0.4, "afghan": 0.4,
        "kurdish": 0.4,
    },
    "mixed": {
        "swedish": 50, "uk": 10, "us": 9, "arabic": 5, "finnish": 3, "polish": 3, "persian": 2.5,
        "bcs": 2, "indian": 2, "german": 2, "norwegian": 2, "kurdish": 1.5, "turkish": 1.5,
        "somali": 1.5, "afghan": 1, "ukrainian": 1, "eritrean": 1, "thai": 1, "latin": 1, "chinese": 1,
    },
}  # fmt: skip

# --- short forms people go by, per origin (given name -> forms) ----------------------------------

NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": {
        "Lars": ("Lasse",), "Mikael": ("Micke", "Mike"), "Karl": ("Kalle",), "Carl": ("Calle",),
        "Per": ("Pelle", "Perra"), "Joakim": ("Jocke",), "Johan": ("Jojje",), "Magnus": ("Manne",),
        "Kristoffer": ("Kricke",), "Christer": ("Kicken",), "Marcus": ("Mackan",), "Mattias": ("Matte",),
        "Daniel": ("Danne",), "Niklas": ("Nicke",), "Fredrik": ("Fredde",), "Thomas": ("Tompa",),
        "Tomas": ("Tompa",), "Robert": ("Robban",), "Patrik": ("Patte",), "Henrik": ("Henke",),
        "Andreas": ("Ante",), "Jonas": ("Jonte",), "Gustav": ("Gurra", "Gusse"), "Sebastian": ("Sebbe",),
        "Alexander": ("Alex",), "Nils": ("Nisse",), "Ludvig": ("Ludde",), "Albin": ("Abbe",),
        "Anders": ("Adde",), "Kenneth": ("Kenta",), "Torbjörn": ("Tobbe",), "Tobias": ("Tobbe",),
        "Rickard": ("Rille",), "Stefan": ("Steffe",), "Olof": ("Olle",), "Leif": ("Leffe",),
        "Kristina": ("Kicki", "Stina"), "Christina": ("Kicki", "Stina"), "Elisabeth": ("Lisa", "Bettan"),
        "Margareta": ("Maggan", "Greta"), "Charlotte": ("Lotta",), "Katarina": ("Kattis", "Kajsa"),
        "Susanne": ("Sussie", "Sanna"), "Birgitta": ("Bittan", "Gittan"), "Viktoria": ("Vickan",),
        "Karolina": ("Carro",), "Caroline": ("Carro",), "Johanna": ("Jossan", "Hanna"),
        "Josefin": ("Jossan",), "Madeleine": ("Madde",), "Ann-Christin": ("Ankie",), "Ulrika": ("Ullis",),
        "Gunilla": ("Gullan",), "Margaretha": ("Maggan",), "Annika": ("Anki",), "Camilla": ("Millan",),
        "Emelie": ("Emmi",), "Matilda": ("Tilda", "Mattis"), "Therese": ("Tessan",), "Ingrid": ("Ninni",),
    },
    "uk": {
        "Elizabeth": ("Liz", "Beth", "Lizzie"), "Margaret": ("Maggie", "Peggy"), "Susan": ("Sue",),
        "Jennifer": ("Jen", "Jenny"), "Catherine": ("Kate", "Cathy"), "Victoria": ("Vicky", "Tori"),
        "Rebecca": ("Becky",), "Samantha": ("Sam",), "Patricia": ("Trish", "Pat"), "Deborah": ("Debbie",),
        "Alexandra": ("Alex",), "Charlotte": ("Charlie", "Lottie"), "Jacqueline": ("Jackie",),
        "Michael": ("Mike", "Mick"), "William": ("Will", "Bill"), "Robert": ("Rob", "Bob"),
        "Richard": ("Rich", "Dick"), "Andrew": ("Andy", "Drew"), "Christopher": ("Chris",),
        "Anthony": ("Tony",), "Stephen": ("Steve",), "Steven": ("Steve",), "Thomas": ("Tom",),
        "James": ("Jim", "Jamie"), "Daniel": ("Dan", "Danny"), "Matthew": ("Matt",),
        "Nicholas": ("Nick",), "Jonathan": ("Jon",), "Benjamin": ("Ben",), "Samuel": ("Sam",),
        "Edward": ("Ed", "Ted"), "Timothy": ("Tim",), "David": ("Dave",), "Philip": ("Phil",),
        "Joseph": ("Joe",), "Kenneth": ("Ken",), "Alexander": ("Alex",), "Frederick": ("Fred",),
        "Gregory": ("Greg",), "Peter": ("Pete",),
    },
    "us": {
        "Elizabeth": ("Liz", "Beth", "Betsy"), "Jennifer": ("Jen", "Jenny"), "Patricia": ("Patty", "Trish"),
        "Margaret": ("Peggy", "Meg"), "Susan": ("Sue", "Suzy"), "Kimberly": ("Kim",), "Rebecca": ("Becky",),
        "Katherine": ("Kate", "Katie"), "Catherine": ("Cathy",), "Christine": ("Chris",),
        "Deborah": ("Deb", "Debbie"), "Pamela": ("Pam",), "Cynthia": ("Cindy",), "Barbara": ("Barb",),
        "Michael": ("Mike",), "William": ("Bill", "Will", "Billy"), "Robert": ("Bob", "Rob", "Bobby"),
        "Richard": ("Rick", "Rich"), "James": ("Jim", "Jimmy"), "Thomas": ("Tom", "Tommy"),
        "Christopher": ("Chris",), "Joseph": ("Joe",), "Daniel": ("Dan",), "Anthony": ("Tony",),
        "Matthew": ("Matt",), "Charles": ("Chuck", "Charlie"), "Edward": ("Ed", "Eddie"),
        "Jonathan": ("Jon",), "Steven": ("Steve",), "Timothy": ("Tim",), "Donald": ("Don",),
        "Ronald": ("Ron",), "Kenneth": ("Ken",), "Gregory": ("Greg",), "Joshua": ("Josh",),
        "Benjamin": ("Ben",), "Nicholas": ("Nick",), "Douglas": ("Doug",), "Gerald": ("Jerry",),
    },
    "finnish": {"Johanna": ("Jonna",), "Kaarina": ("Kaisu",), "Matti": ("Masa",), "Juha": ("Jussi",), "Antti": ("Antsa",)},
    "arabic": {"Mohammad": ("Mo", "Hamoudi"), "Abdullah": ("Abdi",), "Yousef": ("Yossi", "Joe"), "Ibrahim": ("Ibbe",)},
    "persian": {"Mohammad": ("Mamad",), "Fatemeh": ("Fati",), "Niloufar": ("Nilo",)},
    "bcs": {"Snežana": ("Sneža",), "Ivana": ("Iva",), "Jelena": ("Jeca",), "Dragan": ("Gaga",)},
    "polish": {"Katarzyna": ("Kasia",), "Małgorzata": ("Gosia",), "Aleksandra": ("Ola",), "Agnieszka": ("Aga",),
               "Krzysztof": ("Krzysiek",), "Paweł": ("Pawełek",), "Tomasz": ("Tomek",), "Michał": ("Michu",),
               "Jakub": ("Kuba",), "Grzegorz": ("Grzesiek",), "Wojciech": ("Wojtek",)},
    "latin": {"Francisca": ("Panchita", "Fran"), "Francisco": ("Pancho",), "José": ("Pepe",), "Alejandro": ("Ale",)},
    "ukrainian": {"Oleksandr": ("Sasha",), "Kateryna": ("Katia",), "Volodymyr": ("Volodia",), "Anastasiia": ("Nastia",)},
    "german": {"Andreas": ("Andi",), "Stefanie": ("Steffi",), "Franziska": ("Franzi",), "Matthias": ("Matze",)},
    "norwegian": {"Kristian": ("Kris",), "Ingrid": ("Inga",)},
    "turkish": {"Mehmet": ("Memo",), "Mustafa": ("Musti",)},
}  # fmt: skip

# --- the US: the Census 1990 lists (public domain), `name per-cent`, first 400/400/420 ------------

US_WOMEN = """
Mary 2.629 Patricia 1.073 Linda 1.035 Barbara 0.980 Elizabeth 0.937 Jennifer 0.932 Maria 0.828
Susan 0.794 Margaret 0.768 Dorothy 0.727 Lisa 0.704 Nancy 0.669 Karen 0.667 Betty 0.666
Helen 0.663 Sandra 0.629 Donna 0.583 Carol 0.565 Ruth 0.562 Sharon 0.522 Michelle 0.519
Laura 0.510 Sarah 0.508 Kimberly 0.504 Deborah 0.494 Jessica 0.490 Shirley 0.482 Cynthia 0.469
Angela 0.468 Melissa 0.462 Brenda 0.455 Amy 0.451 Anna 0.440 Rebecca 0.430 Virginia 0.430
Kathleen 0.424 Pamela 0.416 Martha 0.412 Debra 0.408 Amanda 0.404 Stephanie 0.400 Carolyn 0.385
Christine 0.382 Marie 0.379 Janet 0.379 Catherine 0.373 Frances 0.370 Ann 0.364 Joyce 0.364
Diane 0.359 Alice 0.357 Julie 0.348 Heather 0.337 Teresa 0.336 Doris 0.335 Gloria 0.335
Evelyn 0.322 Jean 0.315 Cheryl 0.315 Mildred 0.313 Katherine 0.313 Joan 0.306 Ashley 0.303
Judith 0.297 Rose 0.296 Janice 0.285 Kelly 0.283 Nicole 0.281 Judy 0.276 Christina 0.275
Kathy 0.272 Theresa 0.271 Beverly 0.267 Denise 0.264 Tammy 0.259 Irene 0.252 Jane 0.250
Lori 0.248 Rachel 0.242 Marilyn 0.241 Andrea 0.236 Kathryn 0.234 Louise 0.229 Sara 0.229
Anne 0.228 Jacqueline 0.228 Wanda 0.226 Bonnie 0.223 Julia 0.223 Ruby 0.221 Lois 0.220
Tina 0.220 Phyllis 0.219 Norma 0.218 Paula 0.217 Diana 0.216 Annie 0.216 Lillian 0.211
Emily 0.208 Robin 0.208 Peggy 0.208 Crystal 0.207 Gladys 0.205 Rita 0.204 Dawn 0.202
Connie 0.200 Florence 0.200 Tracy 0.197 Edna 0.197 Tiffany 0.195 Carmen 0.195 Rosa 0.194
Cindy 0.192 Grace 0.189 Wendy 0.185 Victoria 0.180 Edith 0.179 Kim 0.178 Sherry 0.178
Sylvia 0.177 Josephine 0.177 Thelma 0.175 Shannon 0.175 Sheila 0.175 Ethel 0.174 Ellen 0.173
Elaine 0.173 Marjorie 0.173 Carrie 0.171 Charlotte 0.169 Monica 0.166 Esther 0.166 Pauline 0.165
Emma 0.165 Juanita 0.164 Anita 0.162 Rhonda 0.162 Hazel 0.161 Amber 0.160 Eva 0.159 Debbie 0.157
April 0.154 Leslie 0.154 Clara 0.153 Lucille 0.153 Jamie 0.153 Joanne 0.150 Eleanor 0.150
Valerie 0.149 Danielle 0.149 Megan 0.147 Alicia 0.146 Suzanne 0.145 Michele 0.145 Gail 0.145
Bertha 0.143 Darlene 0.142 Veronica 0.142 Jill 0.142 Erin 0.141 Geraldine 0.141 Lauren 0.137
Cathy 0.137 Joann 0.136 Lorraine 0.135 Lynn 0.135 Sally 0.135 Regina 0.133 Erica 0.130
Beatrice 0.130 Dolores 0.129 Bernice 0.128 Audrey 0.127 Yvonne 0.126 Annette 0.125 June 0.125
Samantha 0.124 Marion 0.122 Dana 0.122 Stacy 0.121 Ana 0.120 Renee 0.120 Ida 0.118 Vivian 0.118
Roberta 0.117 Holly 0.117 Brittany 0.117 Melanie 0.116 Loretta 0.115 Yolanda 0.115
Jeanette 0.115 Laurie 0.114 Katie 0.113 Kristen 0.111 Vanessa 0.111 Alma 0.111 Sue 0.111
Elsie 0.110 Beth 0.110 Jeanne 0.109 Vicki 0.109 Carla 0.107 Tara 0.107 Rosemary 0.107
Eileen 0.105 Terri 0.105 Gertrude 0.103 Lucy 0.103 Tonya 0.102 Ella 0.101 Stacey 0.101
Wilma 0.099 Gina 0.099 Kristin 0.099 Jessie 0.098 Natalie 0.098 Agnes 0.098 Vera 0.098
Willie 0.097 Charlene 0.097 Bessie 0.096 Delores 0.095 Melinda 0.094 Pearl 0.094 Arlene 0.094
Maureen 0.092 Colleen 0.092 Allison 0.092 Tamara 0.092 Joy 0.091 Georgia 0.091 Constance 0.091
Lillie 0.090 Claudia 0.090 Jackie 0.090 Marcia 0.090 Tanya 0.089 Nellie 0.089 Minnie 0.089
Marlene 0.088 Heidi 0.088 Glenda 0.088 Lydia 0.086 Viola 0.086 Courtney 0.086 Marian 0.086
Stella 0.085 Caroline 0.085 Dora 0.084 Jo 0.083 Vickie 0.082 Mattie 0.081 Terry 0.080
Maxine 0.079 Irma 0.079 Mabel 0.078 Marsha 0.078 Myrtle 0.078 Lena 0.077 Christy 0.077
Deanna 0.076 Patsy 0.076 Hilda 0.075 Gwendolyn 0.074 Jennie 0.073 Nora 0.073 Margie 0.072
Nina 0.072 Cassandra 0.072 Leah 0.072 Penny 0.071 Kay 0.071 Priscilla 0.071 Naomi 0.071
Carole 0.071 Brandy 0.070 Olga 0.070 Billie 0.069 Dianne 0.069 Tracey 0.069 Leona 0.069
Jenny 0.068 Felicia 0.068 Sonia 0.068 Miriam 0.066 Velma 0.066 Becky 0.066 Bobbie 0.065
Violet 0.065 Kristina 0.065 Toni 0.064 Misty 0.063 Mae 0.063 Shelly 0.062 Daisy 0.062
Ramona 0.062 Sherri 0.062 Erika 0.061 Katrina 0.061 Claire 0.061 Lindsey 0.060 Lindsay 0.060
Geneva 0.059 Guadalupe 0.059 Belinda 0.059 Margarita 0.059 Sheryl 0.059 Cora 0.058 Faye 0.058
Ada 0.057 Natasha 0.057 Sabrina 0.057 Isabel 0.057 Marguerite 0.056 Hattie 0.056 Harriet 0.056
Molly 0.055 Cecilia 0.055 Kristi 0.055 Brandi 0.055 Blanche 0.055 Sandy 0.055 Rosie 0.055
Joanna 0.055 Iris 0.055 Eunice 0.054 Angie 0.054 Inez 0.053 Lynda 0.053 Madeline 0.052
Amelia 0.052 Alberta 0.052 Genevieve 0.051 Monique 0.051 Jodi 0.051 Janie 0.051 Maggie 0.051
Kayla 0.051 Sonya 0.051 Jan 0.051 Lee 0.051 Kristine 0.051 Candace 0.051 Fannie 0.050
Maryann 0.050 Opal 0.050 Alison 0.050 Yvette 0.050 Melody 0.050 Luz 0.049 Susie 0.049
Olivia 0.049 Flora 0.049 Shelley 0.049 Kristy 0.048 Mamie 0.048 Lula 0.048 Lola 0.048
Verna 0.048 Beulah 0.048 Antoinette 0.048 Candice 0.046 Juana 0.046 Jeannette 0.046 Pam 0.046
Kelli 0.046 Hannah 0.045 Whitney 0.045 Bridget 0.045 Karla 0.044 Celia 0.044 Latoya 0.043
Patty 0.043 Shelia 0.043 Gayle 0.043 Della 0.043 Vicky 0.043 Lynne 0.043 Sheri 0.042
Marianne 0.042 Kara 0.041 Jacquelyn 0.041 Erma 0.041 Blanca 0.041 Myra 0.040 Leticia 0.040
Pat 0.040 Krista 0.040 Roxanne 0.040 Angelica 0.039 Johnnie 0.039 Robyn 0.039 Francis 0.039
Adrienne 0.039 Rosalie 0.039 Alexandra 0.039 Brooke 0.039 Bethany 0.039 Sadie 0.039
Bernadette 0.039
"""

US_MEN = """
James 3.318 John 3.271 Robert 3.143 Michael 2.629 William 2.451 David 2.363 Richard 1.703
Charles 1.523 Joseph 1.404 Thomas 1.380 Christopher 1.035 Daniel 0.974 Paul 0.948 Mark 0.938
Donald 0.931 George 0.927 Kenneth 0.826 Steven 0.780 Edward 0.779 Brian 0.736 Ronald 0.725
Anthony 0.721 Kevin 0.671 Jason 0.660 Matthew 0.657 Gary 0.650 Timothy 0.640 Jose 0.613
Larry 0.598 Jeffrey 0.591 Frank 0.581 Scott 0.546 Eric 0.544 Stephen 0.540 Andrew 0.537
Raymond 0.488 Gregory 0.441 Joshua 0.435 Jerry 0.432 Dennis 0.415 Walter 0.399 Patrick 0.389
Peter 0.381 Harold 0.371 Douglas 0.367 Henry 0.365 Carl 0.346 Arthur 0.335 Ryan 0.328
Roger 0.322 Joe 0.321 Juan 0.316 Jack 0.315 Albert 0.314 Jonathan 0.313 Justin 0.311 Terry 0.311
Gerald 0.309 Keith 0.308 Samuel 0.306 Willie 0.302 Ralph 0.282 Lawrence 0.282 Nicholas 0.275
Roy 0.273 Benjamin 0.270 Bruce 0.263 Brandon 0.260 Adam 0.259 Harry 0.251 Fred 0.251 Wayne 0.249
Billy 0.248 Steve 0.246 Louis 0.243 Jeremy 0.242 Aaron 0.240 Randy 0.232 Howard 0.230
Eugene 0.230 Carlos 0.229 Russell 0.224 Bobby 0.223 Victor 0.222 Martin 0.216 Ernest 0.215
Phillip 0.213 Todd 0.213 Jesse 0.209 Craig 0.206 Alan 0.204 Shawn 0.200 Clarence 0.197
Sean 0.197 Philip 0.197 Chris 0.197 Johnny 0.195 Earl 0.193 Jimmy 0.191 Antonio 0.190
Danny 0.190 Bryan 0.190 Tony 0.190 Luis 0.189 Mike 0.189 Stanley 0.186 Leonard 0.186
Nathan 0.185 Dale 0.184 Manuel 0.181 Rodney 0.180 Curtis 0.180 Norman 0.177 Allen 0.174
Marvin 0.171 Vincent 0.168 Glenn 0.167 Jeffery 0.166 Travis 0.166 Jeff 0.166 Chad 0.165
Jacob 0.165 Lee 0.162 Melvin 0.162 Alfred 0.162 Kyle 0.160 Francis 0.160 Bradley 0.159
Jesus 0.155 Herbert 0.155 Frederick 0.154 Ray 0.153 Joel 0.152 Edwin 0.148 Don 0.145 Eddie 0.144
Ricky 0.141 Troy 0.138 Randall 0.138 Barry 0.134 Alexander 0.132 Bernard 0.127 Mario 0.125
Leroy 0.125 Francisco 0.124 Marcus 0.124 Micheal 0.123 Theodore 0.123 Clifford 0.123
Miguel 0.122 Oscar 0.122 Jay 0.118 Jim 0.118 Tom 0.117 Calvin 0.115 Alex 0.115 Jon 0.115
Ronnie 0.113 Bill 0.112 Lloyd 0.112 Tommy 0.112 Leon 0.112 Derek 0.112 Warren 0.110
Darrell 0.108 Jerome 0.108 Floyd 0.107 Leo 0.106 Alvin 0.105 Tim 0.104 Wesley 0.104 Gordon 0.104
Dean 0.104 Greg 0.104 Jorge 0.104 Dustin 0.103 Pedro 0.103 Derrick 0.103 Dan 0.101 Lewis 0.099
Zachary 0.099 Corey 0.098 Herman 0.097 Maurice 0.097 Vernon 0.097 Roberto 0.097 Clyde 0.095
Glen 0.094 Hector 0.094 Shane 0.093 Ricardo 0.093 Sam 0.092 Rick 0.091 Lester 0.091 Brent 0.090
Ramon 0.090 Charlie 0.090 Tyler 0.089 Gilbert 0.089 Gene 0.087 Marc 0.087 Reginald 0.084
Ruben 0.082 Brett 0.082 Angel 0.082 Nathaniel 0.081 Rafael 0.081 Leslie 0.081 Edgar 0.080
Milton 0.080 Raul 0.079 Ben 0.078 Chester 0.078 Cecil 0.078 Duane 0.077 Franklin 0.077
Andre 0.076 Elmer 0.074 Brad 0.073 Gabriel 0.073 Ron 0.072 Mitchell 0.072 Roland 0.072
Arnold 0.072 Harvey 0.072 Jared 0.071 Adrian 0.069 Karl 0.069 Cory 0.068 Claude 0.068 Erik 0.068
Darryl 0.067 Jamie 0.066 Neil 0.066 Jessie 0.065 Christian 0.065 Javier 0.065 Fernando 0.065
Clinton 0.065 Ted 0.064 Mathew 0.064 Tyrone 0.064 Darren 0.064 Lonnie 0.064 Lance 0.063
Cody 0.063 Julio 0.063 Kelly 0.063 Kurt 0.062 Allan 0.061 Nelson 0.061 Guy 0.060 Clayton 0.060
Hugh 0.060 Max 0.059 Dwayne 0.059 Dwight 0.058 Armando 0.058 Felix 0.058 Jimmie 0.058
Everett 0.057 Jordan 0.056 Ian 0.056 Wallace 0.056 Ken 0.055 Bob 0.055 Jaime 0.055 Casey 0.054
Alfredo 0.054 Alberto 0.053 Dave 0.053 Ivan 0.053 Johnnie 0.052 Sidney 0.052 Byron 0.052
Julian 0.052 Isaac 0.051 Morris 0.051 Clifton 0.050 Willard 0.050 Daryl 0.050 Ross 0.050
Virgil 0.049 Andy 0.049 Marshall 0.049 Salvador 0.049 Perry 0.049 Kirk 0.049 Sergio 0.049
Marion 0.048 Tracy 0.048 Seth 0.048 Kent 0.048 Terrance 0.048 Rene 0.048 Eduardo 0.047
Terrence 0.047 Enrique 0.046 Freddie 0.046 Wade 0.045 Austin 0.044 Stuart 0.044 Fredrick 0.043
Arturo 0.043 Alejandro 0.043 Jackie 0.043 Joey 0.043 Nick 0.043 Luther 0.043 Wendell 0.042
Jeremiah 0.042 Evan 0.042 Julius 0.042 Dana 0.042 Donnie 0.041 Otis 0.041 Shannon 0.040
Trevor 0.040 Oliver 0.040 Luke 0.040 Homer 0.040 Gerard 0.040 Doug 0.040 Kenny 0.039
Hubert 0.039 Angelo 0.039 Shaun 0.039 Lyle 0.038 Matt 0.038 Lynn 0.038 Alfonso 0.038
Orlando 0.037 Rex 0.037 Carlton 0.037 Ernesto 0.037 Cameron 0.037 Neal 0.037 Pablo 0.036
Lorenzo 0.036 Omar 0.036 Wilbur 0.036 Blake 0.036 Grant 0.036 Horace 0.036 Roderick 0.036
Kerry 0.036 Abraham 0.035 Willis 0.035 Rickey 0.035 Jean 0.035 Ira 0.035 Andres 0.034
Cesar 0.034 Johnathan 0.034 Malcolm 0.034 Rudolph 0.034 Damon 0.034 Kelvin 0.034 Rudy 0.034
Preston 0.034 Alton 0.033 Archie 0.033 Marco 0.033 Wm 0.033 Pete 0.032 Randolph 0.032
Garry 0.032 Geoffrey 0.032 Jonathon 0.032 Felipe 0.032 Bennie 0.032 Gerardo 0.032 Ed 0.032
Dominic 0.032 Robin 0.032 Loren 0.032 Delbert 0.031 Colin 0.031 Guillermo 0.031 Earnest 0.031
Lucas 0.031 Benny 0.030 Noel 0.030 Spencer 0.030 Rodolfo 0.030 Myron 0.030 Edmund 0.030
Garrett 0.029 Salvatore 0.029 Cedric 0.029 Lowell 0.029 Gregg 0.029 Sherman 0.028 Wilson 0.028
Devin 0.028 Sylvester 0.028 Kim 0.028 Roosevelt 0.028 Israel 0.028 Jermaine 0.028
"""

US_SURNAMES = """
Smith 1.006 Johnson 0.810 Williams 0.699 Jones 0.621 Brown 0.621 Davis 0.480 Miller 0.424
Wilson 0.339 Moore 0.312 Taylor 0.311 Anderson 0.311 Thomas 0.311 Jackson 0.310 White 0.279
Harris 0.275 Martin 0.273 Thompson 0.269 Garcia 0.254 Martinez 0.234 Robinson 0.233 Clark 0.231
Rodriguez 0.229 Lewis 0.226 Lee 0.220 Walker 0.219 Hall 0.200 Allen 0.199 Young 0.193
Hernandez 0.192 King 0.190 Wright 0.189 Lopez 0.187 Hill 0.187 Scott 0.185 Green 0.183
Adams 0.174 Baker 0.171 Gonzalez 0.166 Nelson 0.162 Carter 0.162 Mitchell 0.160 Perez 0.155
Roberts 0.153 Turner 0.152 Phillips 0.149 Campbell 0.149 Parker 0.146 Evans 0.141 Edwards 0.137
Collins 0.134 Stewart 0.133 Sanchez 0.130 Morris 0.125 Rogers 0.123 Reed 0.122 Cook 0.120
Morgan 0.118 Bell 0.117 Murphy 0.117 Bailey 0.115 Rivera 0.113 Cooper 0.113 Richardson 0.112
Cox 0.110 Howard 0.110 Ward 0.108 Torres 0.108 Peterson 0.107 Gray 0.106 Ramirez 0.105
James 0.105 Watson 0.103 Brooks 0.103 Kelly 0.102 Sanders 0.100 Price 0.099 Bennett 0.099
Wood 0.098 Barnes 0.097 Ross 0.096 Henderson 0.095 Coleman 0.095 Jenkins 0.095 Perry 0.094
Powell 0.093 Long 0.092 Patterson 0.092 Hughes 0.092 Flores 0.092 Washington 0.092 Butler 0.091
Simmons 0.091 Foster 0.091 Gonzales 0.087 Bryant 0.087 Alexander 0.085 Russell 0.085
Griffin 0.084 Diaz 0.084 Hayes 0.083 Myers 0.083 Ford 0.082 Hamilton 0.082 Graham 0.082
Sullivan 0.081 Wallace 0.081 Woods 0.080 Cole 0.080 West 0.080 Jordan 0.078 Owens 0.078
Reynolds 0.078 Fisher 0.077 Ellis 0.077 Harrison 0.076 Gibson 0.075 McDonald 0.075 Cruz 0.075
Marshall 0.075 Ortiz 0.075 Gomez 0.075 Murray 0.074 Freeman 0.074 Wells 0.073 Webb 0.072
Simpson 0.070 Stevens 0.070 Tucker 0.070 Porter 0.069 Hunter 0.069 Hicks 0.069 Crawford 0.068
Henry 0.068 Boyd 0.068 Mason 0.068 Morales 0.067 Kennedy 0.067 Warren 0.067 Dixon 0.066
Ramos 0.066 Reyes 0.066 Burns 0.065 Gordon 0.065 Shaw 0.065 Holmes 0.065 Rice 0.064
Robertson 0.064 Hunt 0.063 Black 0.063 Daniels 0.062 Palmer 0.062 Mills 0.061 Nichols 0.060
Grant 0.060 Knight 0.060 Ferguson 0.059 Rose 0.059 Stone 0.059 Hawkins 0.059 Dunn 0.058
Perkins 0.058 Hudson 0.058 Spencer 0.057 Gardner 0.057 Stephens 0.057 Payne 0.057 Pierce 0.056
Berry 0.056 Matthews 0.056 Arnold 0.056 Wagner 0.055 Willis 0.055 Ray 0.055 Watkins 0.055
Olson 0.055 Carroll 0.055 Duncan 0.055 Snyder 0.055 Hart 0.054 Cunningham 0.054 Bradley 0.054
Lane 0.054 Andrews 0.054 Ruiz 0.054 Harper 0.054 Fox 0.053 Riley 0.053 Armstrong 0.053
Carpenter 0.053 Weaver 0.053 Greene 0.053 Lawrence 0.052 Elliott 0.052 Chavez 0.052 Sims 0.052
Austin 0.052 Peters 0.052 Kelley 0.052 Franklin 0.051 Lawson 0.051 Fields 0.051 Gutierrez 0.051
Ryan 0.051 Schmidt 0.051 Carr 0.051 Vasquez 0.051 Castillo 0.051 Wheeler 0.051 Chapman 0.050
Oliver 0.050 Montgomery 0.049 Richards 0.049 Williamson 0.049 Johnston 0.049 Banks 0.048
Meyer 0.048 Bishop 0.048 McCoy 0.048 Howell 0.048 Alvarez 0.048 Morrison 0.048 Hansen 0.047
Fernandez 0.047 Garza 0.047 Harvey 0.047 Little 0.046 Burton 0.046 Stanley 0.046 Nguyen 0.046
George 0.046 Jacobs 0.046 Reid 0.046 Kim 0.045 Fuller 0.045 Lynch 0.045 Dean 0.045 Gilbert 0.045
Garrett 0.045 Romero 0.045 Welch 0.044 Larson 0.044 Frazier 0.044 Burke 0.044 Hanson 0.043
Day 0.043 Mendoza 0.043 Moreno 0.043 Bowman 0.043 Medina 0.042 Fowler 0.042 Brewer 0.042
Hoffman 0.042 Carlson 0.042 Silva 0.042 Pearson 0.042 Holland 0.042 Douglas 0.041 Fleming 0.041
Jensen 0.041 Vargas 0.041 Byrd 0.041 Davidson 0.041 Hopkins 0.041 May 0.040 Terry 0.040
Herrera 0.040 Wade 0.040 Soto 0.040 Walters 0.040 Curtis 0.040 Neal 0.039 Caldwell 0.039
Lowe 0.039 Jennings 0.039 Barnett 0.039 Graves 0.039 Jimenez 0.039 Horton 0.039 Shelton 0.039
Barrett 0.039 O'Brien 0.039 Castro 0.039 Sutton 0.038 Gregory 0.038 McKinney 0.038 Lucas 0.038
Miles 0.038 Craig 0.038 Rodriquez 0.037 Chambers 0.037 Holt 0.037 Lambert 0.037 Fletcher 0.037
Watts 0.037 Bates 0.037 Hale 0.037 Rhodes 0.037 Pena 0.037 Beck 0.037 Newman 0.036 Haynes 0.036
McDaniel 0.036 Mendez 0.036 Bush 0.036 Vaughn 0.036 Parks 0.035 Dawson 0.035 Santiago 0.035
Norris 0.035 Hardy 0.035 Love 0.035 Steele 0.035 Curry 0.035 Powers 0.035 Schultz 0.035
Barker 0.035 Guzman 0.034 Page 0.034 Munoz 0.034 Ball 0.034 Keller 0.034 Chandler 0.034
Weber 0.034 Leonard 0.034 Walsh 0.033 Lyons 0.033 Ramsey 0.033 Wolfe 0.033 Schneider 0.033
Mullins 0.033 Benson 0.033 Sharp 0.033 Bowen 0.033 Daniel 0.033 Barber 0.032 Cummings 0.032
Hines 0.032 Baldwin 0.032 Griffith 0.032 Valdez 0.032 Hubbard 0.032 Salazar 0.032 Reeves 0.032
Warner 0.031 Stevenson 0.031 Burgess 0.031 Santos 0.031 Tate 0.031 Cross 0.031 Garner 0.031
Mann 0.031 Mack 0.031 Moss 0.031 Thornton 0.031 Dennis 0.031 McGee 0.031 Farmer 0.030
Delgado 0.030 Aguilar 0.030 Vega 0.030 Glover 0.030 Manning 0.030 Cohen 0.030 Harmon 0.030
Rodgers 0.030 Robbins 0.030 Newton 0.030 Todd 0.030 Blair 0.030 Higgins 0.030 Ingram 0.030
Reese 0.030 Cannon 0.030 Strickland 0.030 Townsend 0.030 Potter 0.030 Goodwin 0.030 Walton 0.030
Rowe 0.029 Hampton 0.029 Ortega 0.029 Patton 0.029 Swanson 0.029 Joseph 0.029 Francis 0.029
Goodman 0.029 Maldonado 0.029 Yates 0.029 Becker 0.029 Erickson 0.029 Hodges 0.029 Rios 0.029
Conner 0.029 Adkins 0.029 Webster 0.028 Norman 0.028 Malone 0.028 Hammond 0.028 Flowers 0.028
Cobb 0.028 Moody 0.028 Quinn 0.028 Blake 0.028 Maxwell 0.028 Pope 0.028 Floyd 0.027
Osborne 0.027 Paul 0.027 McCarthy 0.027 Guerrero 0.027 Lindsey 0.027 Estrada 0.027
Sandoval 0.027 Gibbs 0.027 Tyler 0.027 Gross 0.027 Fitzgerald 0.027 Stokes 0.027 Doyle 0.027
Sherman 0.027
"""


def _origins() -> dict[str, Origin]:
    out = {
        "swedish": Origin(ranked(SV_WOMEN, 150), ranked(SV_MEN, 150), ranked(SV_SURNAMES, 150)),
        "us": Origin(census(US_WOMEN), census(US_MEN), census(US_SURNAMES)),
        "uk": Origin(ranked(UK_WOMEN, 150), ranked(UK_MEN, 150), ranked(UK_SURNAMES, 150)),
    }
    for key, (women, men, surnames) in OTHER.items():
        out[key] = Origin(ranked(women, 10), ranked(men, 10), ranked(surnames, 10))
    return out


ORIGINS = _origins()
