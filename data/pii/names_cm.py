# ruff: noqa: E501
"""Name pools of held-out CM (issue 15): names as the population has them, a seventieth writer.

Every pool is a list of names in rank order with a weight per name: Swedish given names and
surnames in the order of SCB's name statistics (written from the writer's general knowledge,
weight 1/rank, head the top 150 and a tail of rarer names past them), the US Census 1990 lists
(public domain; copied from the `names` package's `dist.female.first`, `dist.male.first` and
`dist.all.last`, the census per cent as weight, head 150), UK given names and surnames in the order
of the ONS rankings (general knowledge, 1/rank, head 150 or 130), and the commonest given names and
surnames of the origins common in Sweden (1/rank, head 10). No name was checked against anything
in the repository; none was left out for being known or unknown.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from a list's head with this probability, else its tail


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


def ranked(text: str, head: int) -> Pool:
    """A pool from names in rank order (a repeated name keeps its first rank), weight 1/rank."""
    names: list[str] = []
    for name in text.split():
        name = name.replace("_", " ")  # `von_Platen` is one name of two words
        if name not in names:
            names.append(name)
    return Pool(tuple(names), tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names)))


def census(rows: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A pool from the census's names with its per cent as weight."""
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


def plain(word: str) -> str:
    """A name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`."""
    word = (
        word.replace("ł", "l")
        .replace("Ł", "L")
        .replace("ı", "i")
        .replace("đ", "dj")
        .replace("Đ", "Dj")
    )
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# Sweden: SCB's ranks as the writer knows them; head the top 150, the tail rarer names past them.
SV_F = ranked("""
Maria Elisabeth Anna Kristina Margareta Eva Linnéa Karin Birgitta Marie Ingrid Sofia Emma
Christina Kerstin Lena Helena Marianne Sara Inger Johanna Ulla Cecilia Elin Louise Anita Linda Ida
Hanna Katarina Malin Viktoria Susanne Jenny Monica Gunilla Ann Ingegerd Camilla Elsa Amanda Irene
Barbro Ebba Matilda Julia Åsa Anneli Astrid Alice Ulrika Carina Siv Annika Agneta Gun Emelie Frida
Therese Maja Caroline Lisa Wilma Charlotte Elisabet Ingeborg Alva Klara Birgit Yvonne Britt Lovisa
Josefin Gunnel Sandra Ellen Ann-Marie Wera Ester Elena Gunborg Rebecka Isabelle Alma Saga Ella
Moa Linn Olivia Erika Ingela Agnes Elvira Karolina Anette Signe Vera Ann-Christin Marita Lina
Jessica Jennie Stina Pia Mona Gerd Britt-Marie Gunvor Ebba Felicia Elise Petra Ronja Tilda Nora
Emilia Tove Selma Greta Lilly Freja Ellinor Mikaela Hedvig Ylva Rut Märta Ingela Sigrid Iris
Cornelia Lena Lisbeth Solveig Maud Kajsa Vendela Tuva Isabella Majken Sonja Annelie Madeleine
Marina Elsie Nathalie Irma Ebba Agnes Tina Veronica Viola Rakel Beatrice Sofie Jeanette Lotta
Eleonora Helen Paula Mia Ines Cajsa Liv Evelina Thea Nellie Leia Doris Maj Lilian Alexandra Ester
Hillevi Tyra Laila Edith Elna Gudrun Gunhild Hjördis Svea Dagny Ragnhild Margit Anna-Karin
Anna-Lena Eva-Lena Ann-Sofie Marie-Louise Lise-Lott Ann-Britt Mari Kicki Marléne Carita Ewa
Berit Ingalill Eivor Mildred Kristin Karola Lovis Alexia Meja Juni Elina Nova Novalie Livia Amelia
Milla Stella Hedda Vilda Elin Juno Sally Lykke Estelle Tindra Minna Mira Fanny Ellie Leah Penny
Ingalisa Gullvi Gullan Ulla-Britt Ann-Mari Maj-Britt Inga-Lill Siw Kristel Emmy Malva Smilla
Ilse Jill Tora Vanja Tyra Unni Oda Liselott Lisen Cissi Agda Ida-Maria Annie Elly Elsy Inga Ingrid
Rosa Ylva-Li Sanna Sonia Teresia Jonna Lovisa Gabriella Angelica Josefine Tilde Lea Meya Wilhelmina
Aurora Alicia Molly Signhild Ottilia Gunvi Britta Elfrida Frideborg Evy Dagmar Helmi Ingvor Irja
Stiina Katja Ronja Sigun Gunnvor Sylvia Margaretha Monika Vivianne Charlotta Magdalena Nina Maija
Hilda Matilde Liza Lo Ester-Maria Elsa-Lena Mimmi Moira Kaisa Johanna-Maria Sassa Maj-Lis Bodil
Solbritt Henny Karin-Marie Elvy Dorotea Sigrun Torborg Ulrica Ebbe-Li Tyra-Li Rigmor Lillemor
Evalena Git Kerstin-Maria Ingun Gunlög Ida-Lotta Sanja Fredrika Gisela
Ann-Louise Anna-Maria Benita Bibbi Carin Catharina Dorit Eleonor Emelia Evelyn Fia Gertrud Gull-Britt Hanne Harriet Ingalena Jannike Josefina Julianna Katrin Linnea Lisette Magnhild Marit Mathilda Nanna Nelly Olga Pernilla Ragna Rebecca Rose-Marie Tekla Therése Ulla-Karin Valborg Viveka Wivi Åsa-Lena Majvor Ingbritt Anna-Stina Adina Alba Anja
""", 150)  # fmt: skip
SV_M = ranked("""
Lars Karl Mikael Anders Johan Per Erik Carl Peter Jan Thomas Daniel Fredrik Hans Bengt Nils Sven
Andreas Lennart Magnus Gustav Stefan Mats Bo Olof Leif Alexander Göran Axel Jonas Martin Ulf Björn
Bertil Oskar Henrik Mattias Christer Kjell Marcus Håkan Arne Rolf Emil David Stig Viktor Patrik
Niklas Simon Tommy Christian Filip Ingemar Anton Robert Sebastian Roger Kent William Hugo Elias
Gunnar Åke Joakim Lucas Jonathan Adam Oliver Rickard Jakob Tobias Claes Roland Kenneth Ove
Johannes Göte Jesper Ludvig Linus Isak Kurt Rune Gösta Dan Joel Ingvar Vilhelm Kristoffer Leo
Torbjörn Robin Gabriel Noah Edvin Albin Sten Urban Sune Kevin Samuel Olle Pontus Jörgen Benjamin
Alf Harald Hampus Mohammad Arvid Gustaf Theo Einar Melker Folke Ali Jens Jimmy Conny Dennis Torsten
Josef Ebbe Sixten Vincent Love Max Valter Elliot Alfred Otto Wilhelm Ivar Tage Morgan Kim Ronny
Jacob Viggo Casper Sam Svante Lage Henry Charlie Mohammed Albert Lukas Erland Östen Bror Holger
Yngve Evert Gert Tore Inge Egon Birger Arvid Valdemar Elis Algot Hilding Sigvard Assar Helge
Ragnar Gottfrid Einar Artur Harry Knut Ture Vidar Torvald Gunder Sigurd Seth Verner Allan Roy
Glenn Mathias Ronnie Johnny Anders-Erik Lars-Erik Per-Olof Karl-Erik Jan-Erik Lars-Göran
Karl-Johan Per-Erik Nils-Erik Sven-Erik Jan-Olof Bengt-Göran Lars-Olof Hans-Åke Carl-Johan
Mats-Ola Ola Ebbe Sune Frans Hjalmar Manne Elof Ruben Wille Tim Tim-Oskar Milo Melvin Malte
Loke Vilgot Colin Frank Nicklas Fabian Gustav-Adolf Jon Jon-Erik Hannes Joar Kasper Truls Tor
Gösta-Adolf Amir Omar Ahmad Hassan Ibrahim Yusuf Abdullahi Dragan Milan Goran Juha Jari Pekka
Ilmari Aron Levi Nils-Olof Bo-Göran Per-Anders Kjell-Åke Lars-Åke Sven-Olof Stig-Arne Arne-Bertil
Ingmar Ingolf Torgny Tomas Staffan Mårten Petter Pelle Jöns Truls Dag Ola-Pelle Orvar Thorsten
Bernt Benny Lenny Ragnvald Edgar Eskil Gösta Gideon Adrian August Elton Benjamin Noel Neo Leon
Harald Alvar Adolf Aksel Birk Bruno Cornelis Dante Eddie Ebbot Frej Gillis Henning Isidor Jascha
Julius Knut Lorentz Mio Nemo Oscar Otis Svenne Sonny Teodor Tor-Erik Ulrik Vidar Waldemar Yngve
Åke-Göran Örjan Östen Leopold Alexis Mauritz Eberhard Rasmus Einar-Olof Ebbe-Karl Sigge Hilmer
Ossian Ernst Konrad Lars-Gunnar Gustav-Erik Bo-Inge Jon-Olov Olov Per-Olov Björn-Erik Sverker
Ingvald Reinhold Josua Ante Nore Thure Valdus Gert-Inge Tor-Björn Kåre Leander
Bo-Erik Carl-Axel Christopher Edvard Jan-Åke Kaj Kennet Lars-Ove Leonard Lennarth Ludwig Nils-Gunnar Olav Patric Per-Åke Reine Rikard Roine Sture Thor Vide Wiktor Anund Gunne Helmer Lars-Inge Jan-Olov Ulf-Peter
""", 150)  # fmt: skip
SV_S = ranked("""
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson
Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed Engström Eklund
Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Fransson
Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström Ahmed
Mårtensson Lundström Hassan Viklund Björklund Eliasson Pålsson Berggren Sandström Lund Nordin
Ström Åberg Falk Ekström Hermansson Holmgren Hellström Dahlberg Hedlund Sundberg Sjögren Ek Blom
Abrahamsson Martinsson Öberg Andreasson Strömberg Månsson Hansen Åkesson Dahl Lindholm Norberg
Holmqvist Mohamed Jakobsson Hussein Nord Omar Lundkvist Sundqvist Sjöström Hedberg Ibrahim
Nordqvist Westerberg Boström Forslund Johnsson Lindblom Engberg Ekberg Jonasson Strand Wahlström
Hedström Backman Edlund Göransson Bäckström Törnqvist Sundström Åström Söderström Ivarsson Sundin
Björkman Lindén Melin Eklöf Nordlund Lindahl Eriksson Malmberg Nylund Stenberg Sandin Roos
Jeppsson Hägglund Åkerlund Wallén Lindell Vesterlund Thorén Wiklund Kvist Lindvall Hallberg
Palm Borg Ottosson Franzén Rydberg Östlund Alm Hägg Frisk Lundell Sjölund Persson Lilja Zetterberg
Modig Lagerqvist Strömgren Ekman Grahn Rosén Sjödin Haglund Wennberg Broberg Lundmark Sahlin
Dahlgren Krantz Bäck Ahlberg Hedman Sundell Holmström Nordgren Wester Falck Ljung Lindmark
Nyqvist Engdahl Skoglund Lindh Söderlund Edström Åkerman Stenström Rehn Björck Hammar Grönlund
Lindroth Brandt Strid Sjöstedt Carlsson Carlberg Rask Ljungberg Åhlund Källström Ohlsson Modin
Nilsén Mäkinen Dahlström Mattsson Linde Blomberg Ahlström Hjalmarsson Granberg Berglöf Myrén
Boman Hjort Jernberg Sandén Gren Dalin Bergkvist Fors Hellqvist Rosenberg Norén Ljungqvist
Kjellberg Aronsson Lindkvist Edvardsson Adolfsson Rudberg Wirén Tell Hällström Bodin Sköld Vik
Stål Sundholm Lönn Flodin Granström Englund Brink Frid Löf Söder Strandberg Ahlqvist Ekholm
Mellberg Forsman Hammarström Nordén Tibell Sörensen Brännström Engman Almqvist Ekelund Norrman
Stenlund Backlund Sandgren Gyllenstierna Lewenhaupt von_Platen af_Klercker De_Geer von_Essen
af_Ugglas Wachtmeister Bonde Oxenstierna Grip Trolle Ulfsparre Bielke Rålamb Tham Åkerblom
Lindewall Hultgren Söderqvist Nordahl Karlén Sundvall Lönnqvist Blomdahl Hellman Fagerlund
Ljunggren Nylander Ekdahl Sjöholm Bergdahl Wikman Lövgren Hamberg Tornberg Östman Öhman
Grönberg Lindwall Forsell Hedin Kihlberg Tegnér Ringström Ståhl Lindmark Juhlin Sandell Berger
Hallin Axén Bolin Dahlén Ekvall Fält Gille Hall Holmén Jernström Kronberg Lagerlöf Lagerström Mörk Nordell Nordkvist Olander Pihl Ranta Rydén Segerström Skog Stenqvist Sundén Thunberg Unger Vallin Viberg Winberg Åsberg Östberg Norling Grönqvist Hedqvist Lindfors
Wiberg Brolin Ekenberg Hammarlund Nordenskiöld Ågren Arnesson Jarl Rönn Ödman Örn Wernersson
""", 150)  # fmt: skip

# The UK: the ONS rankings as the writer knows them (given names of births and of the adult
# population mixed; surnames of the population), 1/rank.
UK_F = ranked("""
Olivia Amelia Isla Ava Emily Sophie Grace Mia Poppy Ella Lily Evie Isabella Sophia Jessica Chloe
Freya Charlotte Ivy Florence Sarah Emma Laura Rebecca Hannah Rachel Lucy Claire Katie Amy Jennifer
Nicola Helen Susan Elizabeth Margaret Patricia Deborah Karen Julie Joanne Louise Victoria Michelle
Kelly Lisa Gemma Samantha Zoe Natalie Stephanie Holly Megan Lauren Bethany Abigail Eleanor Alice
Harriet Millie Daisy Phoebe Matilda Willow Rosie Esme Imogen Elsie Ruby Maisie Scarlett Evelyn
Eliza Harper Erin Aisha Maryam Layla Zara Jasmine Georgia Anna Beatrice Catherine Caroline Joanna
Fiona Alison Angela Carol Christine Diane Dawn Jacqueline Janet Jane Jean Joan Julia Kathleen Kim
Linda Lorraine Mandy Maureen Pauline Sandra Sharon Sheila Tracey Wendy Valerie Hazel Heather
Gillian Shirley Brenda Irene Judith Barbara Anne Mary Sally Ruth Rosemary Penelope Lesley Jill
Kirsty Leanne Hayley Charlene Danielle Vicky Jade Chelsea Shannon Courtney Paige Keeley Jodie
Cerys Bronwen Sian Rhiannon Niamh Siobhan Aoife Eilidh Morag Isobel Mhairi Kayleigh Tegan Jodie
Nia Ffion Carys Lowri Gwen Gwyneth Bridget Maeve Orla Roisin Ciara Saoirse Freda Winifred Edna
Doris Mavis Iris Violet Ada Mabel Edith Nancy Peggy Joyce Glenys Myfanwy Elspeth Fenella Tabitha
Arabella Octavia Clementine Henrietta Philippa Cressida Hermione Verity Felicity Prudence Tamsin
Jocasta Rowena Sapphire Primrose Marigold Delphine Ottilie Juno Romilly Bea Minnie Nell
""", 130)  # fmt: skip
UK_M = ranked("""
Oliver George Noah Arthur Harry Leo Muhammad Jack Charlie Oscar Jacob Henry Thomas Freddie Alfie
Theo William Theodore Archie Joshua Alexander James Isaac Edward Lucas Tommy Finley Max Logan Ethan
Mohammed Teddy Benjamin Arlo Joseph Sebastian Elijah Adam Sonny Albie David John Michael Paul
Andrew Mark Richard Peter Stephen Robert Christopher Daniel Matthew Anthony Ian Simon Gary Martin
Neil Stuart Lee Craig Darren Wayne Jason Dean Scott Kevin Steven Alan Colin Keith Graham Philip
Trevor Nigel Barry Derek Brian Kenneth Roger Malcolm Terry Tony Kieran Liam Connor Callum Jamie
Ryan Luke Aaron Nathan Jordan Bradley Jake Kyle Reece Tyler Dylan Lewis Rhys Owen Gareth Dafydd
Evan Ewan Angus Hamish Fraser Alistair Murray Duncan Iain Gordon Douglas Ross Rory Fergus Finn
Patrick Sean Declan Ciaran Conor Niall Eoin Oisin Cillian Hugh Rupert Giles Jeremy Julian Piers
Toby Hugo Jasper Barnaby Crispin Tarquin Ambrose Fitzgerald Humphrey Cedric Reginald Clive Cyril
Desmond Mervyn Nigel Lionel Norman Stanley Sidney Wilfred Ernest Harold Albert Frederick Leonard
Ronald Raymond Dennis Geoffrey Gerald Bernard Rodney Vernon Glyn Gethin Iwan Emrys Ifor Idris Aled
Bryn Huw Cai Osian Tomos Ieuan Elis Rhodri Alfred Reuben Rory Ronnie Stanley Louie Ezra Hunter
""", 130)  # fmt: skip
UK_S = ranked("""
Smith Jones Williams Taylor Davies Brown Wilson Evans Thomas Johnson Roberts Walker Wright
Robinson Thompson White Hughes Edwards Green Hall Wood Harris Lewis Martin Jackson Clarke Clark
Turner Hill Scott Cooper Morris Ward Moore King Watson Baker Harrison Morgan Patel Young Allen
Mitchell James Anderson Phillips Lee Bell Parker Davis Campbell Kelly Price Griffiths Bennett
Shaw Cook Richardson Carter Murphy Marshall Bailey Collins Simpson Cox Stewart Richards Ellis
Wilkinson Foster Mason Russell Chapman Powell Webb Rogers Gray Mills Lloyd Hunt Palmer Holmes
Matthews Reid Knight Barnes Lloyd Butler Fisher Stevens Dixon Morgan Jenkins Owen Harvey
Graham Pearson Murray Gibson Ali Kennedy Hussain Khan Ahmed Walsh Ross Saunders Payne Pritchard
Gardner Fox Wells Holland Hamilton Rose Chambers Hudson Watts Lawrence Barker Wallace Spencer
Hayes Armstrong Cunningham Burton Hart Grant Doyle Mcdonald Ryan Reynolds Atkinson Andrews
Dunn Lawson Day Jordan Hunter Carr Robertson Bird Elliott Lowe Henderson Wood Burns Porter
Fletcher Stone Ford Welch Woods Sutton Hopkins Thomson Byrne Newman Shepherd Knowles Lamb Bates
Kaur Singh Begum Akhtar Rahman Miah Chowdhury Bibi Mahmood Iqbal Sharma Kumar Gill Sandhu
Brennan Gallagher Quinn Duffy McLaughlin O'Neill O'Brien O'Connor Doherty Kerr Fraser Sinclair
MacLeod MacKenzie Morrison Paterson Ferguson Docherty Munro Buchanan Maclean Cameron Sutherland
Llewellyn Pugh Prosser Vaughan Meredith Rees Bevan Probert Gwynne Parry Howells Jenkins Rowlands
Ashworth Bottomley Hargreaves Sowerby Braithwaite Entwistle Pilkington Ramsbottom Ackroyd Cartwright
Fairclough Greenwood Higginbotham Holt Horrocks Kershaw Lockwood Moorhouse Ormerod Sugden Whitehead
Fitzwilliam Fortescue Montagu Cholmondeley Featherstonehaugh Berkeley Courtenay Grenville Percy
Pemberton Radcliffe Thistlethwaite Winterbottom Oldroyd Postlethwaite Dewhurst Haworth Crabtree
Trelawney Penrose Tremayne Pengelly Polglase Chenoweth Nankervis Trevithick Rowe Pascoe Bolitho
""", 150)  # fmt: skip

# Origins common in Sweden: their commonest names, 1/rank, head 10.
FI_F = ranked("Anne Tuula Päivi Anna Leena Sari Marja Pirjo Riitta Kaarina Maria Johanna Helena Sirpa Tiina Hanna Eija Minna Aino Satu Tarja Aila Irmeli Eila Kirsi Outi Sanna Liisa Ritva Hilkka Maarit Sinikka", 10)  # fmt: skip
FI_M = ranked("Juha Timo Matti Kari Mikko Jari Antti Jukka Mika Markku Pekka Hannu Heikki Janne Ville Seppo Ari Sami Tapio Petri Esa Erkki Kalevi Veikko Pentti Tuomas Olavi Raimo Lauri Eero Aleksi Jouni", 10)  # fmt: skip
FI_S = ranked("Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hyvönen Kärkkäinen Pulkkinen Räsänen Toivonen", 10)  # fmt: skip
AR_F = ranked("Fatima Maryam Sara Noor Aya Amira Layla Zainab Rana Hiba Yasmin Rasha Hanan Lina Dalia Nour Mariam Rim Samira Huda Shaima Rania Salma Nadia Ninos Shamiram Maryana Samar Ranim Ghada", 10)  # fmt: skip
AR_M = ranked("Mohammad Ahmad Ali Mohammed Hassan Omar Mahmoud Khaled Hussein Ibrahim Yousef Abdullah Mustafa Karim Ammar Bilal Samir Rami Fadi Hamza Tarek Sargon Ninos Aziz Gabriel Shamoun Basim Ziad Walid Nabil Majed Akram", 10)  # fmt: skip
AR_S = ranked("Ali Mohammed Ahmed Hassan Hussein Ibrahim Al-Saadi Khalil Abdullah Saleh Mahmoud Yousef Al-Hashimi Jabbar Kareem Haddad Nasser Al-Ali Mansour Shamoun Barsoum Saliba Gabriel Isho Yacoub Hanna Aziz Khoury Alkhatib Darwish Abbas", 10)  # fmt: skip
SO_F = ranked("Fadumo Hodan Amina Ayaan Hawa Asha Khadija Sahra Ifrah Nasra Ubah Hibaaq Faadumo Ilhan Sagal Ladan Shukri Deeqa Fartun Halima Maryan Ruqia", 10)  # fmt: skip
SO_M = ranked("Abdi Mohamed Ahmed Abdirahman Abdullahi Hassan Ali Omar Mahad Liban Yusuf Abdikadir Said Farah Ismail Mukhtar Hamza Guled Abdiaziz Osman Bashir Khalid", 10)  # fmt: skip
SO_S = ranked("Mohamed Ahmed Ali Hassan Abdi Omar Farah Hussein Osman Yusuf Warsame Jama Aden Nur Abdullahi Ismail Dahir Hersi Mohamud Abdulle Egal Guled", 10)  # fmt: skip
PL_F = ranked("Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Elżbieta Joanna Aleksandra Monika Zofia Teresa Danuta Natalia Karolina Marta Beata Dorota Halina Jadwiga Justyna Grażyna Paulina", 10)  # fmt: skip
PL_M = ranked("Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Jakub Adam Stanisław Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Marek Kamil Zbigniew Robert Rafał Jacek Przemysław Sławomir", 10)  # fmt: skip
PL_S = ranked("Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawłowski Michalski Nowicki Adamczyk Dudek Zając Wieczorek Jabłoński Król Majewski Olszewski Jaworski Wróbel Malinowski Pawlak Witkowski Walczak Stępień Górski Rutkowski Michalak Sikora Ostrowski Baran Duda Szewczyk Tomaszewski Pietrzak Marciniak Wróblewski Zalewski Jakubowski Jasiński Zawadzki Sadowski Bąk Chmielewski Włodarczyk Borkowski Czarnecki Sawicki Sokołowski Urbański Kubiak Maciejewski Szczepański Kucharski Wilk Kalinowski Lis Mazurek Wysocki Adamski Kaźmierczak Wasilewski Sobczak Czerwiński Andrzejewski Cieślak Głowacki Zakrzewski Kołodziej Sikorski Krajewski Gajewski Szymczak Szulc Baranowski Laskowski Brzeziński Makowski Ziółkowski Przybylski Domański Nowacki Borowski Błaszczyk Chojnacki Ciesielski Mróz Szczepaniak Wesołowski Górecki Krupa Kaczmarczyk Leśniak Kaczmarek Wawrzyniak Zielonka Sobolewski Wilczyński", 10)  # fmt: skip
FA_F = ranked("Maryam Fatemeh Zahra Sara Leila Mina Shirin Parisa Narges Azadeh Nasrin Roya Shabnam Golnaz Neda Mahnaz Fereshteh Elham Samira Nazanin Ladan Soheila Tara Yasaman", 10)  # fmt: skip
FA_M = ranked("Mohammad Ali Reza Hossein Mehdi Hamid Amir Saeed Majid Behrouz Dariush Kourosh Farhad Babak Omid Arash Bijan Payam Kaveh Siavash Navid Ramin Shahram Parviz", 10)  # fmt: skip
FA_S = ranked("Mohammadi Hosseini Ahmadi Rezaei Moradi Karimi Rahimi Hashemi Jafari Mousavi Ghorbani Sadeghi Rostami Kazemi Habibi Amini Nouri Azizi Tehrani Shirazi Esfahani Bagheri Akbari Soltani Zamani Farahani Kiani Sharifi", 10)  # fmt: skip
BCS_F = ranked("Amra Emina Jasmina Selma Lejla Ana Marija Dragana Jelena Snežana Mirjana Vesna Ivana Sanja Maja Aida Azra Mersiha Nermina Suzana Gordana Zorica Branka Senada Alma", 10)  # fmt: skip
BCS_M = ranked("Amir Adnan Emir Edin Haris Dragan Zoran Goran Milan Nenad Nikola Stefan Ivan Marko Davor Mirza Senad Kenan Alen Sead Jasmin Damir Dejan Zlatan Zijad Mladen", 10)  # fmt: skip
BCS_S = ranked("Hodžić Hadžić Begić Mehmedović Delić Kovačević Jovanović Petrović Nikolić Marković Đorđević Ilić Stojanović Popović Horvat Babić Marić Jurić Kovač Novak Hasanović Mujić Selimović Omerović Alić Husić Kurtović Salihović Ibrahimović Softić", 10)  # fmt: skip
TR_F = ranked("Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hanife Merve Özlem Esra Hülya Yasemin Gül Derya Songül Büşra Nur Ebru", 10)  # fmt: skip
TR_M = ranked("Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah Mahmut Recep Kemal Emre Burak Serkan Cem", 10)  # fmt: skip
TR_S = ranked("Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Erdoğan Güneş", 10)  # fmt: skip
ER_F = ranked("Helen Mebrat Senait Tsega Yordanos Freweini Saba Rahel Selam Luwam Semhar Ruta Winta Nardos Hiwet Meron Abeba Tirhas Almaz Lemlem", 10)  # fmt: skip
ER_M = ranked("Yonas Tesfay Filmon Dawit Mehari Ghebre Berhane Samuel Yohannes Amanuel Kibrom Habtom Tekle Goitom Michael Natnael Biniam Haile Mulugeta Tewelde Eyob", 10)  # fmt: skip
ER_S = ranked("Tesfay Tekle Ghebremedhin Berhe Kidane Haile Ghebreyesus Tesfamariam Woldemichael Habte Mehari Gebru Asfaha Yohannes Andemariam Ghirmay Kahsay Mengistu Negash Tsegay Abraha", 10)  # fmt: skip
AF_F = ranked("Fatima Zahra Maryam Mariam Sakina Shakila Nazanin Farzana Marzia Hamida Parwana Roya Sima Zarghona Malalai Nilofar Khadija Freshta Madina Nargis", 10)  # fmt: skip
AF_M = ranked("Mohammad Ahmad Ali Abdul Mustafa Hamid Ahmadullah Rahmatullah Hussain Sayed Mahdi Jawad Naqibullah Wahid Farid Nasir Rashid Jamshid Zabihullah Sohrab Karim", 10)  # fmt: skip
AF_S = ranked("Ahmadi Mohammadi Hussaini Rahimi Karimi Rezaie Noori Sultani Hakimi Hashimi Nazari Sharifi Amiri Jafari Popal Durrani Wardak Stanikzai Sadat Haidari Alizada", 10)  # fmt: skip
TH_F = ranked("Siriporn Somporn Malee Nittaya Wanida Supaporn Kanya Pranee Sunisa Duangjai Jintana Ratana Kanokwan Orathai Pornthip Suda Aree Lamai Buppha Anong", 10)  # fmt: skip
TH_M = ranked("Somchai Somsak Prasert Sombat Anan Boonmee Chaiwat Kittisak Narong Sakchai Wichai Surachai Thanawat Phichit Apichart Wirat Pongsak Niran", 10)  # fmt: skip
TH_S = ranked("Saetang Srisuk Chaiyaphum Wongsawat Phromma Boonsri Thongdee Kaewkla Sukjai Rattanakorn Chanthara Phongsri Intharat Saelim Noiphan Kongkaew Jaidee Sirikul", 10)  # fmt: skip
LA_F = ranked("María Ana Carolina Francisca Valentina Camila Javiera Daniela Constanza Catalina Paula Fernanda Gabriela Carmen Rosa Patricia Claudia Verónica Alejandra Isabel Marcela Lorena Paola Andrea", 10)  # fmt: skip
LA_M = ranked("José Juan Luis Carlos Jorge Francisco Manuel Pedro Diego Sebastián Matías Felipe Cristián Rodrigo Pablo Andrés Gonzalo Alejandro Víctor Héctor Miguel Ricardo Fernando Patricio", 10)  # fmt: skip
LA_S = ranked("González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez Castro Pizarro Álvarez Vásquez Sánchez Fernández Ramírez Núñez", 10)  # fmt: skip
KU_F = ranked("Rojin Berivan Nasrin Hevin Shilan Dilan Gulistan Zilan Avin Jiyan Ronahi Sozdar Nazdar Bahar Viyan Shirin Lana Sarya", 10)  # fmt: skip
KU_M = ranked("Rebwar Aram Dilshad Shwan Kawa Hiwa Sherko Azad Karwan Rawand Zana Baran Diyar Rizgar Ranj Soran Ari Hawar Serwan", 10)  # fmt: skip
KU_S = ranked("Ahmed Mohammed Rashid Aziz Karim Amin Mustafa Barzani Talabani Hawrami Kurdi Zangana Jaff Baban Sindi Doski Rekani Mizuri Goran", 10)  # fmt: skip
UA_F = ranked("Olena Tetiana Natalia Iryna Svitlana Oksana Yulia Kateryna Anastasiia Mariia Liudmyla Viktoriia Halyna Alina Daria Yana Sofiia", 10)  # fmt: skip
UA_M = ranked("Oleksandr Serhii Andrii Volodymyr Dmytro Mykola Oleh Yurii Ivan Vasyl Maksym Taras Bohdan Artem Vitalii Roman Ihor", 10)  # fmt: skip
UA_S = ranked("Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko", 10)  # fmt: skip

# The US Census 1990 (public domain), copied from the `names` package's data files: name, per cent.
US_F_ROWS = (("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.98), ("Elizabeth", 0.937), ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794), ("Margaret", 0.768), ("Dorothy", 0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667), ("Betty", 0.666), ("Helen", 0.663), ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565), ("Ruth", 0.562), ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.51), ("Sarah", 0.508), ("Kimberly", 0.504), ("Deborah", 0.494), ("Jessica", 0.49), ("Shirley", 0.482), ("Cynthia", 0.469), ("Angela", 0.468), ("Melissa", 0.462), ("Brenda", 0.455), ("Amy", 0.451), ("Anna", 0.44), ("Rebecca", 0.43), ("Virginia", 0.43), ("Kathleen", 0.424), ("Pamela", 0.416), ("Martha", 0.412), ("Debra", 0.408), ("Amanda", 0.404), ("Stephanie", 0.4), ("Carolyn", 0.385), ("Christine", 0.382), ("Marie", 0.379), ("Janet", 0.379), ("Catherine", 0.373), ("Frances", 0.37), ("Ann", 0.364), ("Joyce", 0.364), ("Diane", 0.359), ("Alice", 0.357), ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336), ("Doris", 0.335), ("Gloria", 0.335), ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315), ("Mildred", 0.313), ("Katherine", 0.313), ("Joan", 0.306), ("Ashley", 0.303), ("Judith", 0.297), ("Rose", 0.296), ("Janice", 0.285), ("Kelly", 0.283), ("Nicole", 0.281), ("Judy", 0.276), ("Christina", 0.275), ("Kathy", 0.272), ("Theresa", 0.271), ("Beverly", 0.267), ("Denise", 0.264), ("Tammy", 0.259), ("Irene", 0.252), ("Jane", 0.25), ("Lori", 0.248), ("Rachel", 0.242), ("Marilyn", 0.241), ("Andrea", 0.236), ("Kathryn", 0.234), ("Louise", 0.229), ("Sara", 0.229), ("Anne", 0.228), ("Jacqueline", 0.228), ("Wanda", 0.226), ("Bonnie", 0.223), ("Julia", 0.223), ("Ruby", 0.221), ("Lois", 0.22), ("Tina", 0.22), ("Phyllis", 0.219), ("Norma", 0.218), ("Paula", 0.217), ("Diana", 0.216), ("Annie", 0.216), ("Lillian", 0.211), ("Emily", 0.208), ("Robin", 0.208), ("Peggy", 0.208), ("Crystal", 0.207), ("Gladys", 0.205), ("Rita", 0.204), ("Dawn", 0.202), ("Connie", 0.2), ("Florence", 0.2), ("Tracy", 0.197), ("Edna", 0.197), ("Tiffany", 0.195), ("Carmen", 0.195), ("Rosa", 0.194), ("Cindy", 0.192), ("Grace", 0.189), ("Wendy", 0.185), ("Victoria", 0.18), ("Edith", 0.179), ("Kim", 0.178), ("Sherry", 0.178), ("Sylvia", 0.177), ("Josephine", 0.177), ("Thelma", 0.175), ("Shannon", 0.175), ("Sheila", 0.175), ("Ethel", 0.174), ("Ellen", 0.173), ("Elaine", 0.173), ("Marjorie", 0.173), ("Carrie", 0.171), ("Charlotte", 0.169), ("Monica", 0.166), ("Esther", 0.166), ("Pauline", 0.165), ("Emma", 0.165), ("Juanita", 0.164), ("Anita", 0.162), ("Rhonda", 0.162), ("Hazel", 0.161), ("Amber", 0.16), ("Eva", 0.159), ("Debbie", 0.157), ("April", 0.154), ("Leslie", 0.154), ("Clara", 0.153), ("Lucille", 0.153), ("Jamie", 0.153), ("Joanne", 0.15), ("Eleanor", 0.15), ("Valerie", 0.149), ("Danielle", 0.149), ("Megan", 0.147), ("Alicia", 0.146), ("Suzanne", 0.145), ("Michele", 0.145), ("Gail", 0.145), ("Bertha", 0.143), ("Darlene", 0.142), ("Veronica", 0.142), ("Jill", 0.142), ("Erin", 0.141), ("Geraldine", 0.141), ("Lauren", 0.137), ("Cathy", 0.137), ("Joann", 0.136), ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135), ("Regina", 0.133), ("Erica", 0.13), ("Beatrice", 0.13), ("Dolores", 0.129), ("Bernice", 0.128), ("Audrey", 0.127), ("Yvonne", 0.126), ("Annette", 0.125), ("June", 0.125), ("Samantha", 0.124), ("Marion", 0.122), ("Dana", 0.122), ("Stacy", 0.121), ("Ana", 0.12), ("Renee", 0.12), ("Ida", 0.118), ("Vivian", 0.118), ("Roberta", 0.117), ("Holly", 0.117), ("Brittany", 0.117), ("Melanie", 0.116), ("Loretta", 0.115), ("Yolanda", 0.115), ("Jeanette", 0.115), ("Laurie", 0.114), ("Katie", 0.113), ("Kristen", 0.111), ("Vanessa", 0.111), ("Alma", 0.111), ("Sue", 0.111), ("Elsie", 0.11), ("Beth", 0.11), ("Jeanne", 0.109), ("Vicki", 0.109), ("Carla", 0.107), ("Tara", 0.107), ("Rosemary", 0.107), ("Eileen", 0.105), ("Terri", 0.105), ("Gertrude", 0.103), ("Lucy", 0.103), ("Tonya", 0.102), ("Ella", 0.101), ("Stacey", 0.101), ("Wilma", 0.099), ("Gina", 0.099), ("Kristin", 0.099), ("Jessie", 0.098), ("Natalie", 0.098), ("Agnes", 0.098), ("Vera", 0.098), ("Willie", 0.097), ("Charlene", 0.097), ("Bessie", 0.096), ("Delores", 0.095), ("Melinda", 0.094), ("Pearl", 0.094), ("Arlene", 0.094), ("Maureen", 0.092), ("Colleen", 0.092), ("Allison", 0.092), ("Tamara", 0.092), ("Joy", 0.091), ("Georgia", 0.091), ("Constance", 0.091), ("Lillie", 0.09), ("Claudia", 0.09), ("Jackie", 0.09), ("Marcia", 0.09), ("Tanya", 0.089), ("Nellie", 0.089), ("Minnie", 0.089), ("Marlene", 0.088), ("Heidi", 0.088), ("Glenda", 0.088), ("Lydia", 0.086), ("Viola", 0.086), ("Courtney", 0.086), ("Marian", 0.086), ("Stella", 0.085), ("Caroline", 0.085), ("Dora", 0.084), ("Jo", 0.083), ("Vickie", 0.082), ("Mattie", 0.081), ("Terry", 0.08), ("Maxine", 0.079), ("Irma", 0.079), ("Mabel", 0.078), ("Marsha", 0.078), ("Myrtle", 0.078), ("Lena", 0.077), ("Christy", 0.077), ("Deanna", 0.076), ("Patsy", 0.076), ("Hilda", 0.075), ("Gwendolyn", 0.074), ("Jennie", 0.073), ("Nora", 0.073), ("Margie", 0.072), ("Nina", 0.072), ("Cassandra", 0.072), ("Leah", 0.072), ("Penny", 0.071), ("Kay", 0.071), ("Priscilla", 0.071), ("Naomi", 0.071), ("Carole", 0.071), ("Brandy", 0.07), ("Olga", 0.07), ("Billie", 0.069), ("Dianne", 0.069), ("Tracey", 0.069), ("Leona", 0.069), ("Jenny", 0.068), ("Felicia", 0.068), ("Sonia", 0.068), ("Miriam", 0.066), ("Velma", 0.066), ("Becky", 0.066), ("Bobbie", 0.065), ("Violet", 0.065), ("Kristina", 0.065), ("Toni", 0.064), ("Misty", 0.063), ("Mae", 0.063), ("Shelly", 0.062), ("Daisy", 0.062), ("Ramona", 0.062), ("Sherri", 0.062), ("Erika", 0.061), ("Katrina", 0.061), ("Claire", 0.061), ("Lindsey", 0.06), ("Lindsay", 0.06), ("Geneva", 0.059), ("Guadalupe", 0.059), ("Belinda", 0.059), ("Margarita", 0.059), ("Sheryl", 0.059), ("Cora", 0.058), ("Faye", 0.058), ("Ada", 0.057), ("Natasha", 0.057), ("Sabrina", 0.057), ("Isabel", 0.057), ("Marguerite", 0.056), ("Hattie", 0.056), ("Harriet", 0.056), ("Molly", 0.055), ("Cecilia", 0.055), ("Kristi", 0.055), ("Brandi", 0.055), ("Blanche", 0.055), ("Sandy", 0.055), ("Rosie", 0.055), ("Joanna", 0.055), ("Iris", 0.055), ("Eunice", 0.054), ("Angie", 0.054), ("Inez", 0.053), ("Lynda", 0.053), ("Madeline", 0.052), ("Amelia", 0.052), ("Alberta", 0.052), ("Genevieve", 0.051), ("Monique", 0.051), ("Jodi", 0.051), ("Janie", 0.051), ("Maggie", 0.051), ("Kayla", 0.051), ("Sonya", 0.051), ("Jan", 0.051), ("Lee", 0.051), ("Kristine", 0.051), ("Candace", 0.051), ("Fannie", 0.05), ("Maryann", 0.05), ("Opal", 0.05), ("Alison", 0.05), ("Yvette", 0.05), ("Melody", 0.05), ("Luz", 0.049), ("Susie", 0.049), ("Olivia", 0.049), ("Flora", 0.049), ("Shelley", 0.049), ("Kristy", 0.048), ("Mamie", 0.048), ("Lula", 0.048), ("Lola", 0.048), ("Verna", 0.048), ("Beulah", 0.048), ("Antoinette", 0.048), ("Candice", 0.046), ("Juana", 0.046), ("Jeannette", 0.046), ("Pam", 0.046), ("Kelli", 0.046), ("Hannah", 0.045), ("Whitney", 0.045), ("Bridget", 0.045), ("Karla", 0.044), ("Celia", 0.044), ("Latoya", 0.043), ("Patty", 0.043), ("Shelia", 0.043), ("Gayle", 0.043), ("Della", 0.043), ("Vicky", 0.043), ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042), ("Kara", 0.041), ("Jacquelyn", 0.041), ("Erma", 0.041), ("Blanca", 0.041), ("Myra", 0.04), ("Leticia", 0.04), ("Pat", 0.04), ("Krista", 0.04), ("Roxanne", 0.04), ("Angelica", 0.039), ("Johnnie", 0.039), ("Robyn", 0.039), ("Francis", 0.039), ("Adrienne", 0.039), ("Rosalie", 0.039), ("Alexandra", 0.039), ("Brooke", 0.039), ("Bethany", 0.039), ("Sadie", 0.039), ("Bernadette", 0.039),)  # fmt: skip
US_M_ROWS = (("James", 3.318), ("John", 3.271), ("Robert", 3.143), ("Michael", 2.629), ("William", 2.451), ("David", 2.363), ("Richard", 1.703), ("Charles", 1.523), ("Joseph", 1.404), ("Thomas", 1.38), ("Christopher", 1.035), ("Daniel", 0.974), ("Paul", 0.948), ("Mark", 0.938), ("Donald", 0.931), ("George", 0.927), ("Kenneth", 0.826), ("Steven", 0.78), ("Edward", 0.779), ("Brian", 0.736), ("Ronald", 0.725), ("Anthony", 0.721), ("Kevin", 0.671), ("Jason", 0.66), ("Matthew", 0.657), ("Gary", 0.65), ("Timothy", 0.64), ("Jose", 0.613), ("Larry", 0.598), ("Jeffrey", 0.591), ("Frank", 0.581), ("Scott", 0.546), ("Eric", 0.544), ("Stephen", 0.54), ("Andrew", 0.537), ("Raymond", 0.488), ("Gregory", 0.441), ("Joshua", 0.435), ("Jerry", 0.432), ("Dennis", 0.415), ("Walter", 0.399), ("Patrick", 0.389), ("Peter", 0.381), ("Harold", 0.371), ("Douglas", 0.367), ("Henry", 0.365), ("Carl", 0.346), ("Arthur", 0.335), ("Ryan", 0.328), ("Roger", 0.322), ("Joe", 0.321), ("Juan", 0.316), ("Jack", 0.315), ("Albert", 0.314), ("Jonathan", 0.313), ("Justin", 0.311), ("Terry", 0.311), ("Gerald", 0.309), ("Keith", 0.308), ("Samuel", 0.306), ("Willie", 0.302), ("Ralph", 0.282), ("Lawrence", 0.282), ("Nicholas", 0.275), ("Roy", 0.273), ("Benjamin", 0.27), ("Bruce", 0.263), ("Brandon", 0.26), ("Adam", 0.259), ("Harry", 0.251), ("Fred", 0.251), ("Wayne", 0.249), ("Billy", 0.248), ("Steve", 0.246), ("Louis", 0.243), ("Jeremy", 0.242), ("Aaron", 0.24), ("Randy", 0.232), ("Howard", 0.23), ("Eugene", 0.23), ("Carlos", 0.229), ("Russell", 0.224), ("Bobby", 0.223), ("Victor", 0.222), ("Martin", 0.216), ("Ernest", 0.215), ("Phillip", 0.213), ("Todd", 0.213), ("Jesse", 0.209), ("Craig", 0.206), ("Alan", 0.204), ("Shawn", 0.2), ("Clarence", 0.197), ("Sean", 0.197), ("Philip", 0.197), ("Chris", 0.197), ("Johnny", 0.195), ("Earl", 0.193), ("Jimmy", 0.191), ("Antonio", 0.19), ("Danny", 0.19), ("Bryan", 0.19), ("Tony", 0.19), ("Luis", 0.189), ("Mike", 0.189), ("Stanley", 0.186), ("Leonard", 0.186), ("Nathan", 0.185), ("Dale", 0.184), ("Manuel", 0.181), ("Rodney", 0.18), ("Curtis", 0.18), ("Norman", 0.177), ("Allen", 0.174), ("Marvin", 0.171), ("Vincent", 0.168), ("Glenn", 0.167), ("Jeffery", 0.166), ("Travis", 0.166), ("Jeff", 0.166), ("Chad", 0.165), ("Jacob", 0.165), ("Lee", 0.162), ("Melvin", 0.162), ("Alfred", 0.162), ("Kyle", 0.16), ("Francis", 0.16), ("Bradley", 0.159), ("Jesus", 0.155), ("Herbert", 0.155), ("Frederick", 0.154), ("Ray", 0.153), ("Joel", 0.152), ("Edwin", 0.148), ("Don", 0.145), ("Eddie", 0.144), ("Ricky", 0.141), ("Troy", 0.138), ("Randall", 0.138), ("Barry", 0.134), ("Alexander", 0.132), ("Bernard", 0.127), ("Mario", 0.125), ("Leroy", 0.125), ("Francisco", 0.124), ("Marcus", 0.124), ("Micheal", 0.123), ("Theodore", 0.123), ("Clifford", 0.123), ("Miguel", 0.122), ("Oscar", 0.122), ("Jay", 0.118), ("Jim", 0.118), ("Tom", 0.117), ("Calvin", 0.115), ("Alex", 0.115), ("Jon", 0.115), ("Ronnie", 0.113), ("Bill", 0.112), ("Lloyd", 0.112), ("Tommy", 0.112), ("Leon", 0.112), ("Derek", 0.112), ("Warren", 0.11), ("Darrell", 0.108), ("Jerome", 0.108), ("Floyd", 0.107), ("Leo", 0.106), ("Alvin", 0.105), ("Tim", 0.104), ("Wesley", 0.104), ("Gordon", 0.104), ("Dean", 0.104), ("Greg", 0.104), ("Jorge", 0.104), ("Dustin", 0.103), ("Pedro", 0.103), ("Derrick", 0.103), ("Dan", 0.101), ("Lewis", 0.099), ("Zachary", 0.099), ("Corey", 0.098), ("Herman", 0.097), ("Maurice", 0.097), ("Vernon", 0.097), ("Roberto", 0.097), ("Clyde", 0.095), ("Glen", 0.094), ("Hector", 0.094), ("Shane", 0.093), ("Ricardo", 0.093), ("Sam", 0.092), ("Rick", 0.091), ("Lester", 0.091), ("Brent", 0.09), ("Ramon", 0.09), ("Charlie", 0.09), ("Tyler", 0.089), ("Gilbert", 0.089), ("Gene", 0.087), ("Marc", 0.087), ("Reginald", 0.084), ("Ruben", 0.082), ("Brett", 0.082), ("Angel", 0.082), ("Nathaniel", 0.081), ("Rafael", 0.081), ("Leslie", 0.081), ("Edgar", 0.08), ("Milton", 0.08), ("Raul", 0.079), ("Ben", 0.078), ("Chester", 0.078), ("Cecil", 0.078), ("Duane", 0.077), ("Franklin", 0.077), ("Andre", 0.076), ("Elmer", 0.074), ("Brad", 0.073), ("Gabriel", 0.073), ("Ron", 0.072), ("Mitchell", 0.072), ("Roland", 0.072), ("Arnold", 0.072), ("Harvey", 0.072), ("Jared", 0.071), ("Adrian", 0.069), ("Karl", 0.069), ("Cory", 0.068), ("Claude", 0.068), ("Erik", 0.068), ("Darryl", 0.067), ("Jamie", 0.066), ("Neil", 0.066), ("Jessie", 0.065), ("Christian", 0.065), ("Javier", 0.065), ("Fernando", 0.065), ("Clinton", 0.065), ("Ted", 0.064), ("Mathew", 0.064), ("Tyrone", 0.064), ("Darren", 0.064), ("Lonnie", 0.064), ("Lance", 0.063), ("Cody", 0.063), ("Julio", 0.063), ("Kelly", 0.063), ("Kurt", 0.062), ("Allan", 0.061), ("Nelson", 0.061), ("Guy", 0.06), ("Clayton", 0.06), ("Hugh", 0.06), ("Max", 0.059), ("Dwayne", 0.059), ("Dwight", 0.058), ("Armando", 0.058), ("Felix", 0.058), ("Jimmie", 0.058), ("Everett", 0.057), ("Jordan", 0.056), ("Ian", 0.056), ("Wallace", 0.056), ("Ken", 0.055), ("Bob", 0.055), ("Jaime", 0.055), ("Casey", 0.054), ("Alfredo", 0.054), ("Alberto", 0.053), ("Dave", 0.053), ("Ivan", 0.053), ("Johnnie", 0.052), ("Sidney", 0.052), ("Byron", 0.052), ("Julian", 0.052), ("Isaac", 0.051), ("Morris", 0.051), ("Clifton", 0.05), ("Willard", 0.05), ("Daryl", 0.05), ("Ross", 0.05), ("Virgil", 0.049), ("Andy", 0.049), ("Marshall", 0.049), ("Salvador", 0.049), ("Perry", 0.049), ("Kirk", 0.049), ("Sergio", 0.049), ("Marion", 0.048), ("Tracy", 0.048), ("Seth", 0.048), ("Kent", 0.048), ("Terrance", 0.048), ("Rene", 0.048), ("Eduardo", 0.047), ("Terrence", 0.047), ("Enrique", 0.046), ("Freddie", 0.046), ("Wade", 0.045), ("Austin", 0.044), ("Stuart", 0.044), ("Fredrick", 0.043), ("Arturo", 0.043), ("Alejandro", 0.043), ("Jackie", 0.043), ("Joey", 0.043), ("Nick", 0.043), ("Luther", 0.043), ("Wendell", 0.042), ("Jeremiah", 0.042), ("Evan", 0.042), ("Julius", 0.042), ("Dana", 0.042), ("Donnie", 0.041), ("Otis", 0.041), ("Shannon", 0.04), ("Trevor", 0.04), ("Oliver", 0.04), ("Luke", 0.04), ("Homer", 0.04), ("Gerard", 0.04), ("Doug", 0.04), ("Kenny", 0.039), ("Hubert", 0.039), ("Angelo", 0.039), ("Shaun", 0.039), ("Lyle", 0.038), ("Matt", 0.038), ("Lynn", 0.038), ("Alfonso", 0.038), ("Orlando", 0.037), ("Rex", 0.037), ("Carlton", 0.037), ("Ernesto", 0.037), ("Cameron", 0.037), ("Neal", 0.037), ("Pablo", 0.036), ("Lorenzo", 0.036), ("Omar", 0.036), ("Wilbur", 0.036), ("Blake", 0.036), ("Grant", 0.036), ("Horace", 0.036), ("Roderick", 0.036), ("Kerry", 0.036), ("Abraham", 0.035), ("Willis", 0.035), ("Rickey", 0.035), ("Jean", 0.035), ("Ira", 0.035), ("Andres", 0.034), ("Cesar", 0.034), ("Johnathan", 0.034), ("Malcolm", 0.034), ("Rudolph", 0.034), ("Damon", 0.034), ("Kelvin", 0.034), ("Rudy", 0.034), ("Preston", 0.034), ("Alton", 0.033), ("Archie", 0.033), ("Marco", 0.033), ("Wm", 0.033), ("Pete", 0.032), ("Randolph", 0.032), ("Garry", 0.032), ("Geoffrey", 0.032), ("Jonathon", 0.032), ("Felipe", 0.032), ("Bennie", 0.032), ("Gerardo", 0.032), ("Ed", 0.032), ("Dominic", 0.032), ("Robin", 0.032), ("Loren", 0.032), ("Delbert", 0.031), ("Colin", 0.031), ("Guillermo", 0.031), ("Earnest", 0.031), ("Lucas", 0.031), ("Benny", 0.03), ("Noel", 0.03), ("Spencer", 0.03), ("Rodolfo", 0.03), ("Myron", 0.03), ("Edmund", 0.03), ("Garrett", 0.029), ("Salvatore", 0.029), ("Cedric", 0.029), ("Lowell", 0.029), ("Gregg", 0.029), ("Sherman", 0.028), ("Wilson", 0.028), ("Devin", 0.028), ("Sylvester", 0.028), ("Kim", 0.028), ("Roosevelt", 0.028), ("Israel", 0.028), ("Jermaine", 0.028),)  # fmt: skip
US_S_ROWS = (("Smith", 1.006), ("Johnson", 0.81), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621), ("Davis", 0.48), ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor", 0.311), ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.31), ("White", 0.279), ("Harris", 0.275), ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254), ("Martinez", 0.234), ("Robinson", 0.233), ("Clark", 0.231), ("Rodriguez", 0.229), ("Lewis", 0.226), ("Lee", 0.22), ("Walker", 0.219), ("Hall", 0.2), ("Allen", 0.199), ("Young", 0.193), ("Hernandez", 0.192), ("King", 0.19), ("Wright", 0.189), ("Lopez", 0.187), ("Hill", 0.187), ("Scott", 0.185), ("Green", 0.183), ("Adams", 0.174), ("Baker", 0.171), ("Gonzalez", 0.166), ("Nelson", 0.162), ("Carter", 0.162), ("Mitchell", 0.16), ("Perez", 0.155), ("Roberts", 0.153), ("Turner", 0.152), ("Phillips", 0.149), ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141), ("Edwards", 0.137), ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.13), ("Morris", 0.125), ("Rogers", 0.123), ("Reed", 0.122), ("Cook", 0.12), ("Morgan", 0.118), ("Bell", 0.117), ("Murphy", 0.117), ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper", 0.113), ("Richardson", 0.112), ("Cox", 0.11), ("Howard", 0.11), ("Ward", 0.108), ("Torres", 0.108), ("Peterson", 0.107), ("Gray", 0.106), ("Ramirez", 0.105), ("James", 0.105), ("Watson", 0.103), ("Brooks", 0.103), ("Kelly", 0.102), ("Sanders", 0.1), ("Price", 0.099), ("Bennett", 0.099), ("Wood", 0.098), ("Barnes", 0.097), ("Ross", 0.096), ("Henderson", 0.095), ("Coleman", 0.095), ("Jenkins", 0.095), ("Perry", 0.094), ("Powell", 0.093), ("Long", 0.092), ("Patterson", 0.092), ("Hughes", 0.092), ("Flores", 0.092), ("Washington", 0.092), ("Butler", 0.091), ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales", 0.087), ("Bryant", 0.087), ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084), ("Diaz", 0.084), ("Hayes", 0.083), ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082), ("Graham", 0.082), ("Sullivan", 0.081), ("Wallace", 0.081), ("Woods", 0.08), ("Cole", 0.08), ("West", 0.08), ("Jordan", 0.078), ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077), ("Ellis", 0.077), ("Harrison", 0.076), ("Gibson", 0.075), ("McDonald", 0.075), ("Cruz", 0.075), ("Marshall", 0.075), ("Ortiz", 0.075), ("Gomez", 0.075), ("Murray", 0.074), ("Freeman", 0.074), ("Wells", 0.073), ("Webb", 0.072), ("Simpson", 0.07), ("Stevens", 0.07), ("Tucker", 0.07), ("Porter", 0.069), ("Hunter", 0.069), ("Hicks", 0.069), ("Crawford", 0.068), ("Henry", 0.068), ("Boyd", 0.068), ("Mason", 0.068), ("Morales", 0.067), ("Kennedy", 0.067), ("Warren", 0.067), ("Dixon", 0.066), ("Ramos", 0.066), ("Reyes", 0.066), ("Burns", 0.065), ("Gordon", 0.065), ("Shaw", 0.065), ("Holmes", 0.065), ("Rice", 0.064), ("Robertson", 0.064), ("Hunt", 0.063), ("Black", 0.063), ("Daniels", 0.062), ("Palmer", 0.062), ("Mills", 0.061), ("Nichols", 0.06), ("Grant", 0.06), ("Knight", 0.06), ("Ferguson", 0.059), ("Rose", 0.059), ("Stone", 0.059), ("Hawkins", 0.059), ("Dunn", 0.058), ("Perkins", 0.058), ("Hudson", 0.058), ("Spencer", 0.057), ("Gardner", 0.057), ("Stephens", 0.057), ("Payne", 0.057), ("Pierce", 0.056), ("Berry", 0.056), ("Matthews", 0.056), ("Arnold", 0.056), ("Wagner", 0.055), ("Willis", 0.055), ("Ray", 0.055), ("Watkins", 0.055), ("Olson", 0.055), ("Carroll", 0.055), ("Duncan", 0.055), ("Snyder", 0.055), ("Hart", 0.054), ("Cunningham", 0.054), ("Bradley", 0.054), ("Lane", 0.054), ("Andrews", 0.054), ("Ruiz", 0.054), ("Harper", 0.054), ("Fox", 0.053), ("Riley", 0.053), ("Armstrong", 0.053), ("Carpenter", 0.053), ("Weaver", 0.053), ("Greene", 0.053), ("Lawrence", 0.052), ("Elliott", 0.052), ("Chavez", 0.052), ("Sims", 0.052), ("Austin", 0.052), ("Peters", 0.052), ("Kelley", 0.052), ("Franklin", 0.051), ("Lawson", 0.051), ("Fields", 0.051), ("Gutierrez", 0.051), ("Ryan", 0.051), ("Schmidt", 0.051), ("Carr", 0.051), ("Vasquez", 0.051), ("Castillo", 0.051), ("Wheeler", 0.051), ("Chapman", 0.05), ("Oliver", 0.05), ("Montgomery", 0.049), ("Richards", 0.049), ("Williamson", 0.049), ("Johnston", 0.049), ("Banks", 0.048), ("Meyer", 0.048), ("Bishop", 0.048), ("McCoy", 0.048), ("Howell", 0.048), ("Alvarez", 0.048), ("Morrison", 0.048), ("Hansen", 0.047), ("Fernandez", 0.047), ("Garza", 0.047), ("Harvey", 0.047), ("Little", 0.046), ("Burton", 0.046), ("Stanley", 0.046), ("Nguyen", 0.046), ("George", 0.046), ("Jacobs", 0.046), ("Reid", 0.046), ("Kim", 0.045), ("Fuller", 0.045), ("Lynch", 0.045), ("Dean", 0.045), ("Gilbert", 0.045), ("Garrett", 0.045), ("Romero", 0.045), ("Welch", 0.044), ("Larson", 0.044), ("Frazier", 0.044), ("Burke", 0.044), ("Hanson", 0.043), ("Day", 0.043), ("Mendoza", 0.043), ("Moreno", 0.043), ("Bowman", 0.043), ("Medina", 0.042), ("Fowler", 0.042), ("Brewer", 0.042), ("Hoffman", 0.042), ("Carlson", 0.042), ("Silva", 0.042), ("Pearson", 0.042), ("Holland", 0.042), ("Douglas", 0.041), ("Fleming", 0.041), ("Jensen", 0.041), ("Vargas", 0.041), ("Byrd", 0.041), ("Davidson", 0.041), ("Hopkins", 0.041), ("May", 0.04), ("Terry", 0.04), ("Herrera", 0.04), ("Wade", 0.04), ("Soto", 0.04), ("Walters", 0.04), ("Curtis", 0.04), ("Neal", 0.039), ("Caldwell", 0.039), ("Lowe", 0.039), ("Jennings", 0.039), ("Barnett", 0.039), ("Graves", 0.039), ("Jimenez", 0.039), ("Horton", 0.039), ("Shelton", 0.039), ("Barrett", 0.039), ("O'Brien", 0.039), ("Castro", 0.039), ("Sutton", 0.038), ("Gregory", 0.038), ("McKinney", 0.038), ("Lucas", 0.038), ("Miles", 0.038), ("Craig", 0.038), ("Rodriquez", 0.037), ("Chambers", 0.037), ("Holt", 0.037), ("Lambert", 0.037), ("Fletcher", 0.037), ("Watts", 0.037), ("Bates", 0.037), ("Hale", 0.037), ("Rhodes", 0.037), ("Pena", 0.037), ("Beck", 0.037), ("Newman", 0.036), ("Haynes", 0.036), ("McDaniel", 0.036), ("Mendez", 0.036), ("Bush", 0.036), ("Vaughn", 0.036), ("Parks", 0.035), ("Dawson", 0.035), ("Santiago", 0.035), ("Norris", 0.035), ("Hardy", 0.035), ("Love", 0.035), ("Steele", 0.035), ("Curry", 0.035), ("Powers", 0.035), ("Schultz", 0.035), ("Barker", 0.035), ("Guzman", 0.034), ("Page", 0.034), ("Munoz", 0.034), ("Ball", 0.034), ("Keller", 0.034), ("Chandler", 0.034), ("Weber", 0.034), ("Leonard", 0.034), ("Walsh", 0.033), ("Lyons", 0.033), ("Ramsey", 0.033), ("Wolfe", 0.033), ("Schneider", 0.033), ("Mullins", 0.033), ("Benson", 0.033), ("Sharp", 0.033), ("Bowen", 0.033), ("Daniel", 0.033), ("Barber", 0.032), ("Cummings", 0.032), ("Hines", 0.032), ("Baldwin", 0.032), ("Griffith", 0.032), ("Valdez", 0.032), ("Hubbard", 0.032), ("Salazar", 0.032), ("Reeves", 0.032), ("Warner", 0.031), ("Stevenson", 0.031), ("Burgess", 0.031), ("Santos", 0.031), ("Tate", 0.031), ("Cross", 0.031), ("Garner", 0.031), ("Mann", 0.031), ("Mack", 0.031), ("Moss", 0.031), ("Thornton", 0.031), ("Dennis", 0.031), ("McGee", 0.031), ("Farmer", 0.03), ("Delgado", 0.03), ("Aguilar", 0.03), ("Vega", 0.03), ("Glover", 0.03), ("Manning", 0.03), ("Cohen", 0.03), ("Harmon", 0.03), ("Rodgers", 0.03), ("Robbins", 0.03), ("Newton", 0.03), ("Todd", 0.03), ("Blair", 0.03), ("Higgins", 0.03), ("Ingram", 0.03), ("Reese", 0.03), ("Cannon", 0.03), ("Strickland", 0.03), ("Townsend", 0.03), ("Potter", 0.03), ("Goodwin", 0.03), ("Walton", 0.03), ("Rowe", 0.029), ("Hampton", 0.029), ("Ortega", 0.029), ("Patton", 0.029), ("Swanson", 0.029), ("Joseph", 0.029), ("Francis", 0.029), ("Goodman", 0.029), ("Maldonado", 0.029), ("Yates", 0.029), ("Becker", 0.029), ("Erickson", 0.029), ("Hodges", 0.029), ("Rios", 0.029), ("Conner", 0.029), ("Adkins", 0.029), ("Webster", 0.028), ("Norman", 0.028), ("Malone", 0.028), ("Hammond", 0.028), ("Flowers", 0.028), ("Cobb", 0.028), ("Moody", 0.028), ("Quinn", 0.028), ("Blake", 0.028), ("Maxwell", 0.028), ("Pope", 0.028), ("Floyd", 0.027), ("Osborne", 0.027), ("Paul", 0.027), ("McCarthy", 0.027), ("Guerrero", 0.027), ("Lindsey", 0.027), ("Estrada", 0.027), ("Sandoval", 0.027), ("Gibbs", 0.027), ("Tyler", 0.027), ("Gross", 0.027), ("Fitzgerald", 0.027), ("Stokes", 0.027), ("Doyle", 0.027), ("Sherman", 0.027),)  # fmt: skip

ORIGINS = {
    "swedish": Origin(SV_F, SV_M, SV_S),
    "us": Origin(census(US_F_ROWS), census(US_M_ROWS), census(US_S_ROWS)),
    "uk": Origin(UK_F, UK_M, UK_S),
    "finnish": Origin(FI_F, FI_M, FI_S),
    "arabic": Origin(AR_F, AR_M, AR_S),
    "somali": Origin(SO_F, SO_M, SO_S),
    "polish": Origin(PL_F, PL_M, PL_S),
    "persian": Origin(FA_F, FA_M, FA_S),
    "bcs": Origin(BCS_F, BCS_M, BCS_S),
    "turkish": Origin(TR_F, TR_M, TR_S),
    "eritrean": Origin(ER_F, ER_M, ER_S),
    "afghan": Origin(AF_F, AF_M, AF_S),
    "thai": Origin(TH_F, TH_M, TH_S),
    "latin": Origin(LA_F, LA_M, LA_S),
    "kurdish": Origin(KU_F, KU_M, KU_S),
    "ukrainian": Origin(UA_F, UA_M, UA_S),
}

# Who is named, per language of the row: roughly Sweden's population in Swedish text; English
# text mostly of the US and the UK (guests, agents and hotels abroad); mixed text between them.
MIXES = {
    "sv": {
        "swedish": 68, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5, "ukrainian": 1.3,
        "eritrean": 1.2, "thai": 1, "latin": 1, "uk": 0.8, "us": 0.6,
    },
    "en": {
        "us": 38, "uk": 36, "swedish": 10, "arabic": 2, "polish": 2, "latin": 2, "thai": 1.5,
        "finnish": 1, "somali": 1, "persian": 1, "turkish": 1, "bcs": 1, "ukrainian": 1,
        "afghan": 0.5, "eritrean": 0.5, "kurdish": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 10, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
        "persian": 2.5, "turkish": 1.5, "somali": 1.5, "kurdish": 1.5, "afghan": 1.5,
        "ukrainian": 1.2, "eritrean": 1, "thai": 1, "latin": 1,
    },
}  # fmt: skip

# Short forms people go by, per origin: given name -> the forms.
NICKNAMES = {
    "swedish": {
        "Lars": ["Lasse"], "Mikael": ["Micke"], "Joakim": ["Jocke"], "Karl": ["Kalle"], "Per": ["Pelle", "Perra"],
        "Magnus": ["Mange"], "Marcus": ["Mackan"], "Thomas": ["Tompa"], "Andreas": ["Andy"], "Kristoffer": ["Kris"],
        "Fredrik": ["Fredde"], "Daniel": ["Danne"], "Christer": ["Kicke"], "Robert": ["Robban"], "Patrik": ["Patte"],
        "Gustav": ["Gurra", "Gustaf"], "Tobias": ["Tobbe"], "Sebastian": ["Sebbe"], "Johan": ["Jojje"], "Jan": ["Janne"],
        "Bengt": ["Bengan"], "Göran": ["Göte"], "Kenneth": ["Kenta"], "Torbjörn": ["Tobbe"], "Elisabeth": ["Lisa", "Bettan"],
        "Birgitta": ["Gittan", "Birgit"], "Kristina": ["Stina", "Kicki"], "Margareta": ["Maggan", "Greta"],
        "Charlotte": ["Lotta"], "Susanne": ["Sussie"], "Katarina": ["Kattis", "Kajsa"], "Viktoria": ["Vickan"],
        "Anna": ["Annie"], "Josefin": ["Jossan"], "Matilda": ["Tilda"], "Caroline": ["Caro"], "Jessica": ["Jessie"],
        "Ulrika": ["Ullis"], "Camilla": ["Millan"], "Alexandra": ["Sandra"], "Emelie": ["Emmy"], "Cecilia": ["Cilla"],
    },
    "uk": {
        "Elizabeth": ["Liz", "Beth"], "Catherine": ["Kate", "Cathy"], "Victoria": ["Vicky"], "Jennifer": ["Jen", "Jenny"],
        "Margaret": ["Maggie", "Peggy"], "Rebecca": ["Becky"], "Samantha": ["Sam"], "Alexander": ["Alex"],
        "William": ["Will", "Bill"], "Robert": ["Rob", "Bob"], "Richard": ["Rich", "Dick"], "Anthony": ["Tony"],
        "Christopher": ["Chris"], "Michael": ["Mike", "Mick"], "James": ["Jim", "Jamie"], "Thomas": ["Tom"],
        "Edward": ["Ed", "Ted"], "Daniel": ["Dan"], "Matthew": ["Matt"], "Stephen": ["Steve"], "Andrew": ["Andy"],
        "Benjamin": ["Ben"], "Frederick": ["Fred"], "Harold": ["Harry"], "Penelope": ["Penny"], "Philippa": ["Pippa"],
    },
    "us": {
        "Elizabeth": ["Liz", "Beth", "Betsy"], "Jennifer": ["Jen"], "Patricia": ["Pat", "Patty"], "Katherine": ["Kate", "Katie"],
        "Margaret": ["Peggy", "Maggie"], "Susan": ["Sue"], "Deborah": ["Debbie", "Deb"], "Kimberly": ["Kim"],
        "Christina": ["Chris", "Tina"], "Barbara": ["Barb"], "William": ["Bill", "Will"], "Robert": ["Bob", "Rob"],
        "Richard": ["Rick", "Dick"], "Michael": ["Mike"], "James": ["Jim", "Jimmy"], "Joseph": ["Joe"], "Thomas": ["Tom"],
        "Christopher": ["Chris"], "Daniel": ["Dan", "Danny"], "Anthony": ["Tony"], "Charles": ["Chuck", "Charlie"],
        "Edward": ["Ed", "Eddie"], "Steven": ["Steve"], "Timothy": ["Tim"], "Gregory": ["Greg"], "Nicholas": ["Nick"],
        "Benjamin": ["Ben"], "Jonathan": ["Jon"], "Samuel": ["Sam"], "Matthew": ["Matt"], "Kenneth": ["Ken"],
    },
    "finnish": {"Juha": ["Jussi"], "Matti": ["Masa"], "Johanna": ["Jonna"], "Aleksi": ["Aku"]},
    "polish": {"Małgorzata": ["Gosia"], "Katarzyna": ["Kasia"], "Aleksandra": ["Ola"], "Krzysztof": ["Krzysiek"], "Tomasz": ["Tomek"], "Grzegorz": ["Grzesiek"]},
    "arabic": {"Mohammad": ["Mo", "Hamoudi"], "Mohammed": ["Mo"], "Abdullah": ["Abdo"], "Fatima": ["Fatma"]},
    "bcs": {"Aleksandar": ["Aco"], "Emina": ["Emi"], "Zlatan": ["Zlatko"]},
    "somali": {"Abdirahman": ["Abdi"], "Abdullahi": ["Abdi"], "Mohamed": ["Maxamed"]},
    "latin": {"Francisco": ["Pancho"], "José": ["Pepe"], "Francisca": ["Pancha"], "Alejandro": ["Ale"]},
}  # fmt: skip
