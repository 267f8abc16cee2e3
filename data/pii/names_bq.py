# ruff: noqa: E501
"""Name pools of held-out bq (forty-eighth writer): names as the population has them.

Every list is Python data in the order of how common the names are, written by a helper who
tunes nothing and never looked at rung's lexicons: Sweden in the order of SCB's name statistics
(from general knowledge, weight 1/rank, a head of the top ~150 and a tail of rarer names), the
origins common in Sweden (their own given names and surnames, 1/rank), the US Census 1990 lists
(public domain, the census's per cent as weight) and the UK in the order of the ONS rankings
(1/rank). Short forms as people write them in `NICKNAMES`. No name was checked against any list
of the project, and none was left out for being known or unknown.
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


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def ranked(text: str, head: int = 150) -> Pool:
    """A pool from names in rank order (`_` stands for a space inside a name), weight 1/rank."""
    names: list[str] = []
    for word in text.split():
        name = word.replace("_", " ")
        if name not in names:
            names.append(name)
    return Pool(tuple(names), tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names)))


def census(rows: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A pool from the census's (name, per cent) rows, the per cent as weight."""
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


def plain(word: str) -> str:
    """A name typed without its letters' marks (`Wiśniewski` -> `Wisniewski`, `ł` -> `l`)."""
    word = word.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname in its feminine form (`Kowalski` -> `Kowalska`)."""
    for end, fem in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(end):
            return surname[: -len(end)] + fem
    return surname


# --- Sweden (SCB's order; head the top 150, tail rarer names) -----------------------------------
SV_F = ranked("""
Anna Eva Maria Karin Kristina Lena Sara Emma Kerstin Ingrid Marie Malin Jenny Hanna Birgitta
Sofia Inger Linnéa Annika Elin Ida Johanna Susanne Elisabeth Ulla Carina Linda Julia Margareta
Monica Helena Camilla Åsa Elsa Alice Katarina Cecilia Maja Ebba Wilma Amanda Gunilla Marianne
Anneli Agneta Therese Josefin Frida Matilda Lisa Louise Caroline Jessica Emelie Ellen Klara Olivia
Ella Moa Anette Barbro Siv Britt Gun Birgit Anita Irene Yvonne Gunnel Margit Elisabet Ann Viktoria
Sandra Sofie Mikaela Lina Hedvig Astrid Alva Saga Stina Agnes Ester Vera Alma Selma Signe Ingela
Pia Ulrika Charlotte Pernilla Emilia Nathalie Felicia Rebecka Lovisa Isabelle Tove Nora Freja Tilda
Thea Elvira Ronja Lilly Majken Cornelia Lova Clara Ingegerd Solveig Gudrun Marita Mona Jeanette
Catharina Ewa Laila Ragnhild Lisbeth Berit Kristin Ylva Annelie Tina Malva Liv Nellie Molly Tyra
Svea Iris Juni Stella Meja Elise Madeleine Rut Gerd Inga Märta Greta Ann-Christin Ann-Marie Anna-Karin
Ulla-Britt Eva-Lena Britt-Marie Marie-Louise Rose-Marie Ann-Sofie Ann-Charlotte Lise-Lotte
Sigrid Dagny Edith Hildur Elly Vivi Marit Dagmar Ruth Agda Alfhild Amalia Annie Asta Aurora
Beatrice Bodil Cajsa Carin Carolina Disa Doris Eleonora Elna Emmy Erika Evelina Fanny Gerda Hilda
Hillevi Ingeborg Irma Jennie Johanne Josefina Judit Kajsa Karolina Kim Lillemor Linn Liselott
Lotta Lovis Lydia Magdalena Maud Mimmi Minna Miranda Mirja Nadja Nina Noomi Paula Petra Pauline
Ragnvi Rigmor Rakel Sanna Signe Siri Solbritt Sonja Stephanie Sylvia Tanja Tekla Tora Tuva Ulrica
Ursula Valborg Vanja Veronica Vilma Viola Vivianne Ylva-Li Åse Anja Berta Birgitte Cecilie
Dorotea Edla Ellinor Embla Esther Filippa Gabriella Gunvor Harriet Helen Henrietta Hjördis Idun
Ines Isa Jasmine Jonna Kristel Lea Leontine Lilian Linnea Liza Lovisa Majvor Margaretha Marika
Mariana Matilde Mathilda Maud Melina Melissa Mia Mira Nova Ottilia Patricia Rebecca Regina Saara
Sally Selina Siw Smilla Sol Susann Tindra Tuulikki Tyra Ulla-Karin Vendela Wivi Ylvi Yvette
Alexandra Angelica Ann-Kristin Annette Beata Bianca Britta Charlotta Christel Christin Daniela
Eivor Elvy Emilie Evy Gertrud Gull-Britt Gunborg Hedda Ingalill Inger-Lise Irja Josefine Katrin
Kerstin-Maria Laura Linda-Marie Lisen Maj-Britt Maja-Lena Marina Marléne Miriam Monika
Natalie Nelly Olga Ramona Sabina Sigbritt Signhild Sirpa Sussanne Thyra Tiina Valentina Wendela
""")
SV_M = ranked("""
Lars Karl Mikael Anders Johan Per Erik Carl Peter Jan Thomas Daniel Fredrik Hans Andreas Stefan
Magnus Mats Bengt Jonas Oskar Alexander Sven Bo Nils Lennart Gustav Marcus Martin Henrik Niklas
Patrik Björn Leif Göran Ulf Christer Kjell Rolf Roger Tommy Mattias Robert Joakim Johannes Axel
William Lucas Elias Oliver Hugo Liam Noah Adam Filip Viktor Emil Anton Isak Ludvig Olle Leo Theo
Albin Simon Sebastian Jakob David Rasmus Gabriel Linus Jesper Kristoffer Christoffer Tobias Jimmy
Dennis Kevin Robin Jonathan Pontus Max Alfred Edvin Melvin Vincent Arvid Vilgot Elliot Harry
Sixten Olof Ingemar Gunnar Åke Arne Rune Bertil Stig Kent Roland Tomas Claes Håkan Jörgen Dan Ove
Torbjörn Gösta Sune Tord Urban Conny Kenneth Mohammed Hampus Malte Wilhelm Valter Frans Otto Love
Milo August Folke Harald Ivar Melker Noel Charlie Sam Josef Benjamin Samuel Casper Alvin Colin
Jan-Erik Karl-Johan Per-Olof Lars-Erik Jan-Olof Nils-Erik Bo-Göran Lars-Göran Per-Anders Sven-Erik
Jonatan Mohamed Ali Jens Jörgen Ola Janne Henning Kurt Lennart Sten Einar Evert Gert Birger
Ragnar Allan Alf Anton Arvid Assar Bernt Bror Carl-Johan Curt Dag Elis Elof Emanuel Enar Esbjörn
Fabian Filiph Fritz Georg Gillis Gottfrid Gustaf Helge Hilding Holger Inge Ingvar Jack Jarl Jon
Julius Kalle Knut Konrad Krister Lage Leon Levi Loke Lukas Manne Matteus Mauritz Morgan Nicklas
Nikola Ossian Paul Petter Pierre Reidar Rickard Ronny Rudolf Seth Sigurd Sigvard Sture Sölve
Teodor Tor Tore Torsten Ture Valdemar Vidar Wiktor Yngve Åsmund Östen Albert Algot Anders-Petter
Arne-Ivar Bengt-Åke Benny Bill Camilo Christian Clas Douglas Edward Egon Elon Erland Ernst
Eskil Gunder Gunne Hannes Herbert Hjalmar Ingmar Isac Ivan Jakob-Erik Joel John Kaj Kennet
Kim Kristian Lars-Åke Lennie Lorentz Ludwig Marius Mattis Melwin Mio Nathan Nicolas Odd
Orvar Oscar Per-Erik Peder Ralf Rikard Roine Rony Sam-Erik Staffan Sverker Tage Tim
Torgny Uno Wilmer Yusuf Åke-Olof Örjan Anton-Erik Adrian Alex Anwar Aron Bo-Inge Dante Ebbe Eddie
Efraim Eino Eliot Frank Gunnar-Erik Gustav-Adolf Hjalte Iwan Jesse Julian Kristofer Lage-Erik
Leopold Malkolm Matti Milton Neo Olov Osvald Rolf-Erik Sivert Tiger Vidar-Olof Wille
""")
SV_LAST = ranked("""
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson
Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson Lindström Lindqvist
Lindgren Axelsson Berg Bergström Lundberg Lind Lundgren Lundqvist Mattsson Berglund Fredriksson
Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed Engström Eklund Danielsson Lundin Håkansson
Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Fransson Bergqvist Nyström Holmberg
Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström Mårtensson Lundström Ahmed Viklund
Björklund Eliasson Pålsson Berggren Sandström Lund Nordin Ström Åberg Hermansson Ekström Holmgren
Hassan Sundberg Hedlund Dahlberg Hellström Sjögren Abrahamsson Falk Martinsson Öberg Andreasson
Blom Månsson Strand Åkesson Norberg Sundström Lindholm Dahl Jonasson Ivarsson Söderström Nygren
Holmqvist Hussein Sundqvist Lindblom Ek Abdi Sjöström Boström Lundmark Ottosson Nordlund Strömberg
Hedberg Wennberg Öhman Ekberg Lindell Nordqvist Åström Hallberg Söderlund Lindahl Björkman
Omar Lindén Engberg Palm Edlund Malmberg Sjödin Roos Nord Lindkvist Karlberg Nyman Östlund Granath
Ljung Bäckström Törnqvist Jensen Mohamed Carlsson Wahlström Ibrahim Ahlberg Ahlström Backlund
Brännström Burman Dahlgren Eklöf Ekman Enqvist Erlandsson Fagerström Fors Frisk Granberg Grahn
Gustavsson Hagberg Hagström Hammar Hedman Hellberg Hjort Holmström Hult Jeppsson Johnsson Kjellberg
Kling Lager Lagerqvist Lilja Lindroth Ljungberg Lundh Melin Moberg Molin Nordberg Norén Nyqvist
Nylund Olausson Palmqvist Pihl Rydberg Rydén Sahlin Sandin Schön Selin Sjölund Skoglund Stenberg
Strandberg Sundin Svedberg Söder Thorsson Torstensson Wiberg Wikman Wallén Zetterberg Östberg
Lindh Ståhl Brandt Lundell Cederberg Carlström Dahlström Engman Fält Gren Hedin Hedström Hellgren
Högberg Högström Kvist Lidén Lindmark Lundahl Mörk Näslund Rask Rehn Sjöholm Starck Strid Sund
Söderqvist Thunberg Vesterlund Wikberg Wistrand Åhlund Åkerlund Åslund Öhrn Modig Rosén Thorén
Hjalmarsson Edström von_Platen af_Klercker von_Essen De_Geer af_Ugglas von_Schantz von_Sydow
von_Rosen af_Trolle von_Heland Lewenhaupt Wachtmeister Stackelberg Adlercreutz Ehrensvärd
Abdullahi Yusuf Khalil Rahimi Karimi Hosseini Mahmoud Salih Jama Warsame Nielsen Hansen Virtanen
Aho Korhonen Nowak Kowalski Yilmaz Jovanović Hodžić Petrović Nguyen Tran Kaya Demir Sahin
Almgren Alm Alvarsson Antonsson Axén Barkman Bergdahl Berggård Bergkvist Billing Björling Blixt
Bohlin Borg Boman Bredberg Byström Bäck Cronholm Dahlén Ekholm Elfving Ellström Engdahl Enström
Fahlén Flodin Forsgren Forslund Frid Friberg Färm Glad Granlund Grönberg Gyllenberg Haglund
Hallgren Hammarström Hedenberg Hillborg Hultgren Hägg Höglund Isberg Jernberg Jernström Kallin
Kjellin Klang Krantz Kullberg Lagerlöf Larsén Lidström Ljunggren Lodin Lorentzon Lövgren Malm
Mellberg Morén Mossberg Nord Norling Nyholm Nääs Olander Orrgård Palmgren Pettersén Qvarnström
Ringström Rosengren Rudberg Rönnqvist Sandell Sandgren Skog Sköld Stark Stenlund Sterner
Stålhammar Svanberg Svärd Sylvén Tengvall Thelin Tidström Tornberg Unger Vallin Wahlgren Westin
Widén Wiklund Winberg Zackrisson Åkerman Öst Östman Eklind Fogelberg Hallin Kronberg Lyck
""")


# --- Origins common in Sweden: their own given names and surnames (1/rank, head 10-12) ----------
FINNISH = Origin(
    ranked("Anne Tuula Päivi Riitta Marja Sari Pirjo Eija Leena Tiina Satu Minna Merja Hannele Liisa Aino Helmi Sirpa Kaisa Kirsi Outi Tarja Aili Seija Anneli Heli Johanna Maarit Terttu Raija", 12),
    ranked("Juha Timo Matti Kari Mikko Jari Antti Jukka Pekka Markku Heikki Mika Petri Ari Tapio Seppo Esa Janne Ville Jouni Olli Reijo Tuomas Pentti Risto Arto Veikko Eero Lauri", 12),
    ranked("Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Kallio Hiltunen Leinonen Kemppainen Pesonen", 12),
)
ARABIC = Origin(  # Iraq and Syria, Assyrian/Syriac names among them
    ranked("Fatima Maryam Zainab Noor Sara Hiba Rana Lina Huda Amal Aya Rasha Dalia Yasmin Nadia Layla Samira Hanan Shaima Souad Rania Maha Nisrin Ishtar Shamiram Nahrin Ninva Mariam Sawsan", 12),
    ranked("Mohammed Ahmed Ali Hassan Hussein Omar Mahmoud Mustafa Khaled Ibrahim Yousef Abdullah Karim Sami Tarek Bassam Firas Haidar Ammar Walid Rami Hamza Saad Nabil Ninos Sargon Aziz Gabriel Fadi Elias", 12),
    ranked("Ali Mohammed Hassan Hussein Ahmed Ibrahim Khalil Mahmoud Abdullah Saleh Jasim Al-Hashimi Al-Jabouri Al-Khafaji Al-Obaidi Haddad Khoury Nasser Hamid Abbas Jaber Kassab Yousef Aziz Saliba Isho Gewargis Barsom Adam Chamoun", 12),
)
SOMALI = Origin(
    ranked("Fadumo Amina Hodan Faduma Hawa Asha Sahra Ifrah Nasra Khadija Ayan Sagal Deeqa Hibo Maryan Ubah Safiya Halima Ladan Nimco", 10),
    ranked("Mohamed Abdi Ahmed Ali Hassan Abdullahi Omar Yusuf Abdirahman Mahad Farah Ismail Said Liban Guled Abdiaziz Mukhtar Bashir Idris Aden", 10),
    ranked("Mohamed Abdi Ahmed Ali Hassan Abdullahi Omar Yusuf Farah Warsame Jama Hussein Ismail Aden Osman Nur Egal Duale Elmi Gedi Hirsi Mohamud Dahir Samatar Shire", 10),
)
POLISH = Origin(
    ranked("Anna Katarzyna Małgorzata Agnieszka Barbara Ewa Magdalena Joanna Krystyna Elżbieta Monika Aleksandra Dorota Beata Justyna Natalia Agata Marta Zofia Jolanta Iwona Karolina Urszula Grażyna Halina", 12),
    ranked("Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Jan Grzegorz Jakub Adam Łukasz Marek Wojciech Mariusz Dariusz Zbigniew Kamil Rafał Bartosz Jerzy Sławomir Przemysław Janusz Mateusz", 12),
    ranked("Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Wojciechowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski", 12),
)
PERSIAN = Origin(  # Iran and Afghanistan
    ranked("Maryam Fatemeh Zahra Sara Mina Leila Shirin Parisa Nasrin Azadeh Roya Yasaman Golnaz Mahsa Negin Samira Ladan Shabnam Farzaneh Setareh Mariam Zarghona Nilofar Parwana Frishta", 10),
    ranked("Mohammad Ali Reza Hossein Mehdi Amir Hamid Mahmoud Saeed Majid Behrouz Farhad Dariush Kourosh Babak Arash Omid Payam Navid Hamed Ahmad Mustafa Farid Jawad Sayed", 10),
    ranked("Mohammadi Hosseini Ahmadi Rezaei Moradi Karimi Jafari Rahimi Hashemi Mousavi Sadeghi Rahmani Azizi Akbari Ghorbani Amini Hakimi Nazari Sharifi Rostami Tehrani Farahani Noori Haidari Rasuli Amiri Sultani Yusufi Naderi Safari", 10),
)
KURDISH = Origin(
    ranked("Rojin Berivan Nasrin Dilan Hêvî Zozan Roza Jiyan Shilan Bahar Sakine Gulistan Hana Avin Nishtiman Lana Rezan", 10),
    ranked("Rebwar Karwan Dilshad Azad Hiwa Aram Shwan Soran Kawa Baran Rizgar Sherko Serdar Mehmet Bawar Zana Hemin Diyar Sirwan", 10),
    ranked("Ahmad Mohammad Aziz Karim Hussein Barzani Rashid Othman Jalal Rahim Salih Qadir Amin Mustafa Abdullah Hamad Ismail Faraj Saeed Tahir", 10),
)
BCS = Origin(  # the former Yugoslavia: Bosnian, Croatian, Serbian
    ranked("Amra Emina Lejla Azra Sanela Jasmina Mirela Ana Marija Jelena Ivana Dragana Snežana Vesna Mirjana Gordana Selma Senada Alma Edina Merima Nermina Aida Maja Tatjana", 12),
    ranked("Emir Adnan Haris Amir Mirza Edin Senad Nermin Damir Kenan Dragan Zoran Goran Milan Nikola Marko Ivan Stefan Nenad Dejan Mladen Darko Samir Elvir Almir", 12),
    ranked("Hodžić Hadžić Begić Delić Mehić Hasanović Kovačević Babić Omerović Ibrahimović Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Pavlović Horvat Kovačić Marić Jurić Novak Mustafić Salihović Husić Alić Šehić Ahmetović Karić", 12),
)
TURKISH = Origin(
    ranked("Ayşe Fatma Emine Hatice Zeynep Elif Meryem Sevgi Özlem Gül Derya Ebru Aylin Selin Esra Hülya Melek Nur Sibel Şükran", 10),
    ranked("Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Murat Yusuf Ömer Emre Burak Kemal Serkan Cem Volkan Can Erkan", 10),
    ranked("Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Erdoğan Güneş Aksoy Ateş", 10),
)
ERITREAN = Origin(  # Eritrea and Ethiopia: a father's given name as the second name
    ranked("Senait Helen Yordanos Mebrat Selam Rahel Tsega Aster Hiwet Luwam Saba Freweini Mehret Eden Tigist Hanna Meron Ruth Almaz Tirhas", 10),
    ranked("Yonas Daniel Samuel Tesfay Dawit Mehari Berhane Yohannes Filmon Henok Kidane Amanuel Bereket Ermias Habte Tekle Solomon Robel Michael Biniam", 10),
    ranked("Tesfay Gebremedhin Haile Kidane Tekle Berhe Ghebreyesus Mehari Gebru Woldu Asfaha Habte Negash Yohannes Andemariam Tewelde Goitom Abraha Kahsay Mebrahtu", 10),
)
THAI = Origin(
    ranked("Siriporn Kanokwan Pornthip Nittaya Malee Sunisa Wanida Somjit Ratana Jintana Pranee Supaporn Duangjai Kannika Araya Nok Lamai Orathai Suda Waraporn", 10),
    ranked("Somchai Somsak Prasert Anan Chaiwat Surachai Niran Wichai Boonmee Kittisak Thanakorn Narong Sombat Pichai Suthep", 10),
    ranked("Saetang Srisuk Wongsawat Chaiyaphum Boonyasit Rattanakorn Kaewkam Phromma Somboon Thongdee Suksawat Chanthara Inthong Siriwat Pongsak", 10),
)
LATIN = Origin(  # Chile and Latin America: two surnames often
    ranked("María Carolina Daniela Francisca Camila Javiera Valentina Constanza Catalina Paula Fernanda Claudia Patricia Verónica Marcela Ximena Gabriela Lorena Andrea Paola Rosa", 10),
    ranked("José Juan Luis Carlos Jorge Cristián Rodrigo Felipe Sebastián Matías Diego Pablo Francisco Alejandro Gonzalo Patricio Manuel Eduardo Sergio Mauricio Hernán", 10),
    ranked("González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez Castro Vargas Álvarez Vásquez Sánchez Fernández", 10),
)
UKRAINIAN = Origin(
    ranked("Olena Tetiana Iryna Nataliia Oksana Yuliia Svitlana Kateryna Mariia Anastasiia Olha Liudmyla Viktoriia Halyna Daria Sofiia", 10),
    ranked("Oleksandr Serhii Andrii Volodymyr Dmytro Mykola Oleh Yurii Vasyl Ivan Maksym Viktor Taras Bohdan Petro Artem", 10),
    ranked("Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko", 10),
)

# --- The US: Census 1990 (public domain), the per cent as weight ---------------------------------
US_F = (("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.980), ("Elizabeth", 0.937), ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794), ("Margaret", 0.768), ("Dorothy", 0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667), ("Betty", 0.666), ("Helen", 0.663), ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565), ("Ruth", 0.562), ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.510), ("Sarah", 0.508), ("Kimberly", 0.504), ("Deborah", 0.494), ("Jessica", 0.490), ("Shirley", 0.482), ("Cynthia", 0.469), ("Angela", 0.468), ("Melissa", 0.462), ("Brenda", 0.455), ("Amy", 0.451), ("Anna", 0.440), ("Rebecca", 0.430), ("Virginia", 0.430), ("Kathleen", 0.424), ("Pamela", 0.416), ("Martha", 0.412), ("Debra", 0.408), ("Amanda", 0.404), ("Stephanie", 0.400), ("Carolyn", 0.385), ("Christine", 0.382), ("Marie", 0.379), ("Janet", 0.379), ("Catherine", 0.373), ("Frances", 0.370), ("Ann", 0.364), ("Joyce", 0.364), ("Diane", 0.359), ("Alice", 0.357), ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336), ("Doris", 0.335), ("Gloria", 0.335), ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315), ("Mildred", 0.313), ("Katherine", 0.313), ("Joan", 0.306), ("Ashley", 0.303), ("Judith", 0.297), ("Rose", 0.296), ("Janice", 0.285), ("Kelly", 0.283), ("Nicole", 0.281), ("Judy", 0.276), ("Christina", 0.275), ("Kathy", 0.272), ("Theresa", 0.271), ("Beverly", 0.267), ("Denise", 0.264), ("Tammy", 0.259), ("Irene", 0.252), ("Jane", 0.250), ("Lori", 0.248), ("Rachel", 0.242), ("Marilyn", 0.241), ("Andrea", 0.236), ("Kathryn", 0.234), ("Louise", 0.229), ("Sara", 0.229), ("Anne", 0.228), ("Jacqueline", 0.228), ("Wanda", 0.226), ("Bonnie", 0.223), ("Julia", 0.223), ("Ruby", 0.221), ("Lois", 0.220), ("Tina", 0.220), ("Phyllis", 0.219), ("Norma", 0.218), ("Paula", 0.217), ("Diana", 0.216), ("Annie", 0.216), ("Lillian", 0.211), ("Emily", 0.208), ("Robin", 0.208), ("Peggy", 0.208), ("Crystal", 0.207), ("Gladys", 0.205), ("Rita", 0.204), ("Dawn", 0.202), ("Connie", 0.200), ("Florence", 0.200), ("Tracy", 0.197), ("Edna", 0.197), ("Tiffany", 0.195), ("Carmen", 0.195), ("Rosa", 0.194), ("Cindy", 0.192), ("Grace", 0.189), ("Wendy", 0.185), ("Victoria", 0.180), ("Edith", 0.179), ("Kim", 0.178), ("Sherry", 0.178), ("Sylvia", 0.177), ("Josephine", 0.177), ("Thelma", 0.175), ("Shannon", 0.175), ("Sheila", 0.175), ("Ethel", 0.174), ("Ellen", 0.173), ("Elaine", 0.173), ("Marjorie", 0.173), ("Carrie", 0.171), ("Charlotte", 0.169), ("Monica", 0.166), ("Esther", 0.166), ("Pauline", 0.165), ("Emma", 0.165), ("Juanita", 0.164), ("Anita", 0.162), ("Rhonda", 0.162), ("Hazel", 0.161), ("Amber", 0.160), ("Eva", 0.159), ("Debbie", 0.157), ("April", 0.154), ("Leslie", 0.154), ("Clara", 0.153), ("Lucille", 0.153), ("Jamie", 0.153), ("Joanne", 0.150), ("Eleanor", 0.150), ("Valerie", 0.149), ("Danielle", 0.149), ("Megan", 0.147), ("Alicia", 0.146), ("Suzanne", 0.145), ("Michele", 0.145), ("Gail", 0.145), ("Bertha", 0.143), ("Darlene", 0.142), ("Veronica", 0.142), ("Jill", 0.142), ("Erin", 0.141), ("Geraldine", 0.141), ("Lauren", 0.137), ("Cathy", 0.137), ("Joann", 0.136), ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135), ("Regina", 0.133), ("Erica", 0.130), ("Beatrice", 0.130), ("Dolores", 0.129), ("Bernice", 0.128), ("Audrey", 0.127), ("Yvonne", 0.126), ("Annette", 0.125), ("June", 0.125), ("Samantha", 0.124), ("Marion", 0.122), ("Dana", 0.122), ("Stacy", 0.121), ("Ana", 0.120), ("Renee", 0.120), ("Ida", 0.118), ("Vivian", 0.118), ("Roberta", 0.117), ("Holly", 0.117), ("Brittany", 0.117), ("Melanie", 0.116), ("Loretta", 0.115), ("Yolanda", 0.115), ("Jeanette", 0.115), ("Laurie", 0.114), ("Katie", 0.113), ("Kristen", 0.111), ("Vanessa", 0.111), ("Alma", 0.111), ("Sue", 0.111), ("Elsie", 0.110), ("Beth", 0.110), ("Jeanne", 0.109), ("Vicki", 0.109), ("Carla", 0.107), ("Tara", 0.107), ("Rosemary", 0.107), ("Eileen", 0.105), ("Terri", 0.105), ("Gertrude", 0.103), ("Lucy", 0.103), ("Tonya", 0.102), ("Ella", 0.101), ("Stacey", 0.101), ("Wilma", 0.099), ("Gina", 0.099), ("Kristin", 0.099), ("Jessie", 0.098), ("Natalie", 0.098), ("Agnes", 0.098), ("Vera", 0.098), ("Willie", 0.097), ("Charlene", 0.097), ("Bessie", 0.096), ("Delores", 0.095), ("Melinda", 0.094), ("Pearl", 0.094), ("Arlene", 0.094), ("Maureen", 0.092), ("Colleen", 0.092), ("Allison", 0.092), ("Tamara", 0.092), ("Joy", 0.091), ("Georgia", 0.091), ("Constance", 0.091), ("Lillie", 0.090), ("Claudia", 0.090), ("Jackie", 0.090), ("Marcia", 0.090), ("Tanya", 0.089), ("Nellie", 0.089), ("Minnie", 0.089), ("Marlene", 0.088), ("Heidi", 0.088), ("Glenda", 0.088), ("Lydia", 0.086), ("Viola", 0.086), ("Courtney", 0.086), ("Marian", 0.086), ("Stella", 0.085), ("Caroline", 0.085), ("Dora", 0.084), ("Jo", 0.083), ("Vickie", 0.082), ("Mattie", 0.081), ("Terry", 0.080), ("Maxine", 0.079), ("Irma", 0.079), ("Mabel", 0.078), ("Marsha", 0.078), ("Myrtle", 0.078), ("Lena", 0.077), ("Christy", 0.077), ("Deanna", 0.076), ("Patsy", 0.076), ("Hilda", 0.075), ("Gwendolyn", 0.074), ("Jennie", 0.073), ("Nora", 0.073), ("Margie", 0.072), ("Nina", 0.072), ("Cassandra", 0.072), ("Leah", 0.072), ("Penny", 0.071), ("Kay", 0.071), ("Priscilla", 0.071), ("Naomi", 0.071), ("Carole", 0.071), ("Brandy", 0.070), ("Olga", 0.070), ("Billie", 0.069), ("Dianne", 0.069), ("Tracey", 0.069), ("Leona", 0.069), ("Jenny", 0.068), ("Felicia", 0.068), ("Sonia", 0.068), ("Miriam", 0.066), ("Velma", 0.066), ("Becky", 0.066), ("Bobbie", 0.065), ("Violet", 0.065), ("Kristina", 0.065), ("Toni", 0.064), ("Misty", 0.063), ("Mae", 0.063), ("Shelly", 0.062), ("Daisy", 0.062), ("Ramona", 0.062), ("Sherri", 0.062), ("Erika", 0.061), ("Katrina", 0.061), ("Claire", 0.061), ("Lindsey", 0.060), ("Lindsay", 0.060), ("Geneva", 0.059), ("Guadalupe", 0.059), ("Belinda", 0.059), ("Margarita", 0.059), ("Sheryl", 0.059), ("Cora", 0.058), ("Faye", 0.058), ("Ada", 0.057), ("Natasha", 0.057), ("Sabrina", 0.057), ("Isabel", 0.057), ("Marguerite", 0.056), ("Hattie", 0.056), ("Harriet", 0.056), ("Molly", 0.055), ("Cecilia", 0.055), ("Kristi", 0.055), ("Brandi", 0.055), ("Blanche", 0.055), ("Sandy", 0.055), ("Rosie", 0.055), ("Joanna", 0.055), ("Iris", 0.055), ("Eunice", 0.054), ("Angie", 0.054), ("Inez", 0.053), ("Lynda", 0.053), ("Madeline", 0.052), ("Amelia", 0.052), ("Alberta", 0.052), ("Genevieve", 0.051), ("Monique", 0.051), ("Jodi", 0.051), ("Janie", 0.051), ("Maggie", 0.051), ("Kayla", 0.051), ("Sonya", 0.051), ("Jan", 0.051), ("Lee", 0.051), ("Kristine", 0.051), ("Candace", 0.051), ("Fannie", 0.050), ("Maryann", 0.050), ("Opal", 0.050), ("Alison", 0.050), ("Yvette", 0.050), ("Melody", 0.050), ("Luz", 0.049), ("Susie", 0.049), ("Olivia", 0.049), ("Flora", 0.049), ("Shelley", 0.049), ("Kristy", 0.048), ("Mamie", 0.048), ("Lula", 0.048), ("Lola", 0.048), ("Verna", 0.048), ("Beulah", 0.048), ("Antoinette", 0.048), ("Candice", 0.046), ("Juana", 0.046), ("Jeannette", 0.046), ("Pam", 0.046), ("Kelli", 0.046), ("Hannah", 0.045), ("Whitney", 0.045), ("Bridget", 0.045), ("Karla", 0.044), ("Celia", 0.044), ("Latoya", 0.043), ("Patty", 0.043), ("Shelia", 0.043), ("Gayle", 0.043), ("Della", 0.043), ("Vicky", 0.043), ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042),)  # fmt: skip

US_M = (("James", 3.318), ("John", 3.271), ("Robert", 3.143), ("Michael", 2.629), ("William", 2.451), ("David", 2.363), ("Richard", 1.703), ("Charles", 1.523), ("Joseph", 1.404), ("Thomas", 1.380), ("Christopher", 1.035), ("Daniel", 0.974), ("Paul", 0.948), ("Mark", 0.938), ("Donald", 0.931), ("George", 0.927), ("Kenneth", 0.826), ("Steven", 0.780), ("Edward", 0.779), ("Brian", 0.736), ("Ronald", 0.725), ("Anthony", 0.721), ("Kevin", 0.671), ("Jason", 0.660), ("Matthew", 0.657), ("Gary", 0.650), ("Timothy", 0.640), ("Jose", 0.613), ("Larry", 0.598), ("Jeffrey", 0.591), ("Frank", 0.581), ("Scott", 0.546), ("Eric", 0.544), ("Stephen", 0.540), ("Andrew", 0.537), ("Raymond", 0.488), ("Gregory", 0.441), ("Joshua", 0.435), ("Jerry", 0.432), ("Dennis", 0.415), ("Walter", 0.399), ("Patrick", 0.389), ("Peter", 0.381), ("Harold", 0.371), ("Douglas", 0.367), ("Henry", 0.365), ("Carl", 0.346), ("Arthur", 0.335), ("Ryan", 0.328), ("Roger", 0.322), ("Joe", 0.321), ("Juan", 0.316), ("Jack", 0.315), ("Albert", 0.314), ("Jonathan", 0.313), ("Justin", 0.311), ("Terry", 0.311), ("Gerald", 0.309), ("Keith", 0.308), ("Samuel", 0.306), ("Willie", 0.302), ("Ralph", 0.282), ("Lawrence", 0.282), ("Nicholas", 0.275), ("Roy", 0.273), ("Benjamin", 0.270), ("Bruce", 0.263), ("Brandon", 0.260), ("Adam", 0.259), ("Harry", 0.251), ("Fred", 0.251), ("Wayne", 0.249), ("Billy", 0.248), ("Steve", 0.246), ("Louis", 0.243), ("Jeremy", 0.242), ("Aaron", 0.240), ("Randy", 0.232), ("Howard", 0.230), ("Eugene", 0.230), ("Carlos", 0.229), ("Russell", 0.224), ("Bobby", 0.223), ("Victor", 0.222), ("Martin", 0.216), ("Ernest", 0.215), ("Phillip", 0.213), ("Todd", 0.213), ("Jesse", 0.209), ("Craig", 0.206), ("Alan", 0.204), ("Shawn", 0.200), ("Clarence", 0.197), ("Sean", 0.197), ("Philip", 0.197), ("Chris", 0.197), ("Johnny", 0.195), ("Earl", 0.193), ("Jimmy", 0.191), ("Antonio", 0.190), ("Danny", 0.190), ("Bryan", 0.190), ("Tony", 0.190), ("Luis", 0.189), ("Mike", 0.189), ("Stanley", 0.186), ("Leonard", 0.186), ("Nathan", 0.185), ("Dale", 0.184), ("Manuel", 0.181), ("Rodney", 0.180), ("Curtis", 0.180), ("Norman", 0.177), ("Allen", 0.174), ("Marvin", 0.171), ("Vincent", 0.168), ("Glenn", 0.167), ("Jeffery", 0.166), ("Travis", 0.166), ("Jeff", 0.166), ("Chad", 0.165), ("Jacob", 0.165), ("Lee", 0.162), ("Melvin", 0.162), ("Alfred", 0.162), ("Kyle", 0.160), ("Francis", 0.160), ("Bradley", 0.159), ("Jesus", 0.155), ("Herbert", 0.155), ("Frederick", 0.154), ("Ray", 0.153), ("Joel", 0.152), ("Edwin", 0.148), ("Don", 0.145), ("Eddie", 0.144), ("Ricky", 0.141), ("Troy", 0.138), ("Randall", 0.138), ("Barry", 0.134), ("Alexander", 0.132), ("Bernard", 0.127), ("Mario", 0.125), ("Leroy", 0.125), ("Francisco", 0.124), ("Marcus", 0.124), ("Micheal", 0.123), ("Theodore", 0.123), ("Clifford", 0.123), ("Miguel", 0.122), ("Oscar", 0.122), ("Jay", 0.118), ("Jim", 0.118), ("Tom", 0.117), ("Calvin", 0.115), ("Alex", 0.115), ("Jon", 0.115), ("Ronnie", 0.113), ("Bill", 0.112), ("Lloyd", 0.112), ("Tommy", 0.112), ("Leon", 0.112), ("Derek", 0.112), ("Warren", 0.110), ("Darrell", 0.108), ("Jerome", 0.108), ("Floyd", 0.107), ("Leo", 0.106), ("Alvin", 0.105), ("Tim", 0.104), ("Wesley", 0.104), ("Gordon", 0.104), ("Dean", 0.104), ("Greg", 0.104), ("Jorge", 0.104), ("Dustin", 0.103), ("Pedro", 0.103), ("Derrick", 0.103), ("Dan", 0.101), ("Lewis", 0.099), ("Zachary", 0.099), ("Corey", 0.098), ("Herman", 0.097), ("Maurice", 0.097), ("Vernon", 0.097), ("Roberto", 0.097), ("Clyde", 0.095), ("Glen", 0.094), ("Hector", 0.094), ("Shane", 0.093), ("Ricardo", 0.093), ("Sam", 0.092), ("Rick", 0.091), ("Lester", 0.091), ("Brent", 0.090), ("Ramon", 0.090), ("Charlie", 0.090), ("Tyler", 0.089), ("Gilbert", 0.089), ("Gene", 0.087), ("Marc", 0.087), ("Reginald", 0.084), ("Ruben", 0.082), ("Brett", 0.082), ("Angel", 0.082), ("Nathaniel", 0.081), ("Rafael", 0.081), ("Leslie", 0.081), ("Edgar", 0.080), ("Milton", 0.080), ("Raul", 0.079), ("Ben", 0.078), ("Chester", 0.078), ("Cecil", 0.078), ("Duane", 0.077), ("Franklin", 0.077), ("Andre", 0.076), ("Elmer", 0.074), ("Brad", 0.073), ("Gabriel", 0.073), ("Ron", 0.072), ("Mitchell", 0.072), ("Roland", 0.072), ("Arnold", 0.072), ("Harvey", 0.072), ("Jared", 0.071), ("Adrian", 0.069), ("Karl", 0.069), ("Cory", 0.068), ("Claude", 0.068), ("Erik", 0.068), ("Darryl", 0.067), ("Jamie", 0.066), ("Neil", 0.066), ("Jessie", 0.065), ("Christian", 0.065), ("Javier", 0.065), ("Fernando", 0.065), ("Clinton", 0.065), ("Ted", 0.064), ("Mathew", 0.064), ("Tyrone", 0.064), ("Darren", 0.064), ("Lonnie", 0.064), ("Lance", 0.063), ("Cody", 0.063), ("Julio", 0.063), ("Kelly", 0.063), ("Kurt", 0.062), ("Allan", 0.061), ("Nelson", 0.061), ("Guy", 0.060), ("Clayton", 0.060), ("Hugh", 0.060), ("Max", 0.059), ("Dwayne", 0.059), ("Dwight", 0.058), ("Armando", 0.058), ("Felix", 0.058), ("Jimmie", 0.058), ("Everett", 0.057), ("Jordan", 0.056), ("Ian", 0.056), ("Wallace", 0.056), ("Ken", 0.055), ("Bob", 0.055), ("Jaime", 0.055), ("Casey", 0.054), ("Alfredo", 0.054), ("Alberto", 0.053), ("Dave", 0.053), ("Ivan", 0.053), ("Johnnie", 0.052), ("Sidney", 0.052), ("Byron", 0.052), ("Julian", 0.052), ("Isaac", 0.051), ("Morris", 0.051), ("Clifton", 0.050), ("Willard", 0.050), ("Daryl", 0.050), ("Ross", 0.050), ("Virgil", 0.049), ("Andy", 0.049), ("Marshall", 0.049), ("Salvador", 0.049), ("Perry", 0.049), ("Kirk", 0.049), ("Sergio", 0.049), ("Marion", 0.048), ("Tracy", 0.048), ("Seth", 0.048), ("Kent", 0.048), ("Terrance", 0.048), ("Rene", 0.048), ("Eduardo", 0.047), ("Terrence", 0.047), ("Enrique", 0.046), ("Freddie", 0.046), ("Wade", 0.045), ("Austin", 0.044), ("Stuart", 0.044), ("Fredrick", 0.043), ("Arturo", 0.043), ("Alejandro", 0.043), ("Jackie", 0.043), ("Joey", 0.043), ("Nick", 0.043), ("Luther", 0.043), ("Wendell", 0.042), ("Jeremiah", 0.042), ("Evan", 0.042), ("Julius", 0.042), ("Dana", 0.042), ("Donnie", 0.041), ("Otis", 0.041), ("Shannon", 0.040), ("Trevor", 0.040), ("Oliver", 0.040), ("Luke", 0.040), ("Homer", 0.040), ("Gerard", 0.040), ("Doug", 0.040), ("Kenny", 0.039), ("Hubert", 0.039), ("Angelo", 0.039), ("Shaun", 0.039), ("Lyle", 0.038), ("Matt", 0.038), ("Lynn", 0.038), ("Alfonso", 0.038), ("Orlando", 0.037), ("Rex", 0.037), ("Carlton", 0.037), ("Ernesto", 0.037), ("Cameron", 0.037), ("Neal", 0.037), ("Pablo", 0.036), ("Lorenzo", 0.036), ("Omar", 0.036), ("Wilbur", 0.036), ("Blake", 0.036), ("Grant", 0.036), ("Horace", 0.036), ("Roderick", 0.036), ("Kerry", 0.036), ("Abraham", 0.035), ("Willis", 0.035), ("Rickey", 0.035), ("Jean", 0.035), ("Ira", 0.035), ("Andres", 0.034), ("Cesar", 0.034), ("Johnathan", 0.034), ("Malcolm", 0.034), ("Rudolph", 0.034), ("Damon", 0.034), ("Kelvin", 0.034), ("Rudy", 0.034), ("Preston", 0.034), ("Alton", 0.033), ("Archie", 0.033), ("Marco", 0.033), ("Wm", 0.033), ("Pete", 0.032), ("Randolph", 0.032), ("Garry", 0.032), ("Geoffrey", 0.032), ("Jonathon", 0.032), ("Felipe", 0.032), ("Bennie", 0.032), ("Gerardo", 0.032), ("Ed", 0.032), ("Dominic", 0.032), ("Robin", 0.032), ("Loren", 0.032), ("Delbert", 0.031), ("Colin", 0.031), ("Guillermo", 0.031), ("Earnest", 0.031),)  # fmt: skip

US_LAST = (("Smith", 1.006), ("Johnson", 0.810), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621), ("Davis", 0.480), ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor", 0.311), ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.310), ("White", 0.279), ("Harris", 0.275), ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254), ("Martinez", 0.234), ("Robinson", 0.233), ("Clark", 0.231), ("Rodriguez", 0.229), ("Lewis", 0.226), ("Lee", 0.220), ("Walker", 0.219), ("Hall", 0.200), ("Allen", 0.199), ("Young", 0.193), ("Hernandez", 0.192), ("King", 0.190), ("Wright", 0.189), ("Lopez", 0.187), ("Hill", 0.187), ("Scott", 0.185), ("Green", 0.183), ("Adams", 0.174), ("Baker", 0.171), ("Gonzalez", 0.166), ("Nelson", 0.162), ("Carter", 0.162), ("Mitchell", 0.160), ("Perez", 0.155), ("Roberts", 0.153), ("Turner", 0.152), ("Phillips", 0.149), ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141), ("Edwards", 0.137), ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.130), ("Morris", 0.125), ("Rogers", 0.123), ("Reed", 0.122), ("Cook", 0.120), ("Morgan", 0.118), ("Bell", 0.117), ("Murphy", 0.117), ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper", 0.113), ("Richardson", 0.112), ("Cox", 0.110), ("Howard", 0.110), ("Ward", 0.108), ("Torres", 0.108), ("Peterson", 0.107), ("Gray", 0.106), ("Ramirez", 0.105), ("James", 0.105), ("Watson", 0.103), ("Brooks", 0.103), ("Kelly", 0.102), ("Sanders", 0.100), ("Price", 0.099), ("Bennett", 0.099), ("Wood", 0.098), ("Barnes", 0.097), ("Ross", 0.096), ("Henderson", 0.095), ("Coleman", 0.095), ("Jenkins", 0.095), ("Perry", 0.094), ("Powell", 0.093), ("Long", 0.092), ("Patterson", 0.092), ("Hughes", 0.092), ("Flores", 0.092), ("Washington", 0.092), ("Butler", 0.091), ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales", 0.087), ("Bryant", 0.087), ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084), ("Diaz", 0.084), ("Hayes", 0.083), ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082), ("Graham", 0.082), ("Sullivan", 0.081), ("Wallace", 0.081), ("Woods", 0.080), ("Cole", 0.080), ("West", 0.080), ("Jordan", 0.078), ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077), ("Ellis", 0.077), ("Harrison", 0.076), ("Gibson", 0.075), ("McDonald", 0.075), ("Cruz", 0.075), ("Marshall", 0.075), ("Ortiz", 0.075), ("Gomez", 0.075), ("Murray", 0.074), ("Freeman", 0.074), ("Wells", 0.073), ("Webb", 0.072), ("Simpson", 0.070), ("Stevens", 0.070), ("Tucker", 0.070), ("Porter", 0.069), ("Hunter", 0.069), ("Hicks", 0.069), ("Crawford", 0.068), ("Henry", 0.068), ("Boyd", 0.068), ("Mason", 0.068), ("Morales", 0.067), ("Kennedy", 0.067), ("Warren", 0.067), ("Dixon", 0.066), ("Ramos", 0.066), ("Reyes", 0.066), ("Burns", 0.065), ("Gordon", 0.065), ("Shaw", 0.065), ("Holmes", 0.065), ("Rice", 0.064), ("Robertson", 0.064), ("Hunt", 0.063), ("Black", 0.063), ("Daniels", 0.062), ("Palmer", 0.062), ("Mills", 0.061), ("Nichols", 0.060), ("Grant", 0.060), ("Knight", 0.060), ("Ferguson", 0.059), ("Rose", 0.059), ("Stone", 0.059), ("Hawkins", 0.059), ("Dunn", 0.058), ("Perkins", 0.058), ("Hudson", 0.058), ("Spencer", 0.057), ("Gardner", 0.057), ("Stephens", 0.057), ("Payne", 0.057), ("Pierce", 0.056), ("Berry", 0.056), ("Matthews", 0.056), ("Arnold", 0.056), ("Wagner", 0.055), ("Willis", 0.055), ("Ray", 0.055), ("Watkins", 0.055), ("Olson", 0.055), ("Carroll", 0.055), ("Duncan", 0.055), ("Snyder", 0.055), ("Hart", 0.054), ("Cunningham", 0.054), ("Bradley", 0.054), ("Lane", 0.054), ("Andrews", 0.054), ("Ruiz", 0.054), ("Harper", 0.054), ("Fox", 0.053), ("Riley", 0.053), ("Armstrong", 0.053), ("Carpenter", 0.053), ("Weaver", 0.053), ("Greene", 0.053), ("Lawrence", 0.052), ("Elliott", 0.052), ("Chavez", 0.052), ("Sims", 0.052), ("Austin", 0.052), ("Peters", 0.052), ("Kelley", 0.052), ("Franklin", 0.051), ("Lawson", 0.051), ("Fields", 0.051), ("Gutierrez", 0.051), ("Ryan", 0.051), ("Schmidt", 0.051), ("Carr", 0.051), ("Vasquez", 0.051), ("Castillo", 0.051), ("Wheeler", 0.051), ("Chapman", 0.050), ("Oliver", 0.050), ("Montgomery", 0.049), ("Richards", 0.049), ("Williamson", 0.049), ("Johnston", 0.049), ("Banks", 0.048), ("Meyer", 0.048), ("Bishop", 0.048), ("McCoy", 0.048), ("Howell", 0.048), ("Alvarez", 0.048), ("Morrison", 0.048), ("Hansen", 0.047), ("Fernandez", 0.047), ("Garza", 0.047), ("Harvey", 0.047), ("Little", 0.046), ("Burton", 0.046), ("Stanley", 0.046), ("Nguyen", 0.046), ("George", 0.046), ("Jacobs", 0.046), ("Reid", 0.046), ("Kim", 0.045), ("Fuller", 0.045), ("Lynch", 0.045), ("Dean", 0.045), ("Gilbert", 0.045), ("Garrett", 0.045), ("Romero", 0.045), ("Welch", 0.044), ("Larson", 0.044), ("Frazier", 0.044), ("Burke", 0.044), ("Hanson", 0.043), ("Day", 0.043), ("Mendoza", 0.043), ("Moreno", 0.043), ("Bowman", 0.043), ("Medina", 0.042), ("Fowler", 0.042), ("Brewer", 0.042), ("Hoffman", 0.042), ("Carlson", 0.042), ("Silva", 0.042), ("Pearson", 0.042), ("Holland", 0.042), ("Douglas", 0.041), ("Fleming", 0.041), ("Jensen", 0.041), ("Vargas", 0.041), ("Byrd", 0.041), ("Davidson", 0.041), ("Hopkins", 0.041), ("May", 0.040), ("Terry", 0.040), ("Herrera", 0.040), ("Wade", 0.040), ("Soto", 0.040), ("Walters", 0.040), ("Curtis", 0.040), ("Neal", 0.039), ("Caldwell", 0.039), ("Lowe", 0.039), ("Jennings", 0.039), ("Barnett", 0.039), ("Graves", 0.039), ("Jimenez", 0.039), ("Horton", 0.039), ("Shelton", 0.039), ("Barrett", 0.039), ("Obrien", 0.039), ("Castro", 0.039), ("Sutton", 0.038), ("Gregory", 0.038), ("McKinney", 0.038), ("Lucas", 0.038), ("Miles", 0.038), ("Craig", 0.038), ("Rodriquez", 0.037), ("Chambers", 0.037), ("Holt", 0.037), ("Lambert", 0.037), ("Fletcher", 0.037), ("Watts", 0.037), ("Bates", 0.037), ("Hale", 0.037), ("Rhodes", 0.037), ("Pena", 0.037), ("Beck", 0.037), ("Newman", 0.036), ("Haynes", 0.036), ("McDaniel", 0.036), ("Mendez", 0.036), ("Bush", 0.036), ("Vaughn", 0.036), ("Parks", 0.035), ("Dawson", 0.035), ("Santiago", 0.035), ("Norris", 0.035), ("Hardy", 0.035), ("Love", 0.035), ("Steele", 0.035), ("Curry", 0.035), ("Powers", 0.035), ("Schultz", 0.035), ("Barker", 0.035), ("Guzman", 0.034), ("Page", 0.034), ("Munoz", 0.034), ("Ball", 0.034), ("Keller", 0.034), ("Chandler", 0.034), ("Weber", 0.034), ("Leonard", 0.034), ("Walsh", 0.033), ("Lyons", 0.033), ("Ramsey", 0.033), ("Wolfe", 0.033), ("Schneider", 0.033), ("Mullins", 0.033), ("Benson", 0.033), ("Sharp", 0.033), ("Bowen", 0.033), ("Daniel", 0.033), ("Barber", 0.032), ("Cummings", 0.032), ("Hines", 0.032), ("Baldwin", 0.032), ("Griffith", 0.032), ("Valdez", 0.032), ("Hubbard", 0.032), ("Salazar", 0.032), ("Reeves", 0.032), ("Warner", 0.031), ("Stevenson", 0.031), ("Burgess", 0.031), ("Santos", 0.031), ("Tate", 0.031), ("Cross", 0.031), ("Garner", 0.031), ("Mann", 0.031), ("Mack", 0.031), ("Moss", 0.031), ("Thornton", 0.031), ("Dennis", 0.031), ("McGee", 0.031), ("Farmer", 0.030), ("Delgado", 0.030), ("Aguilar", 0.030), ("Vega", 0.030), ("Glover", 0.030), ("Manning", 0.030), ("Cohen", 0.030), ("Harmon", 0.030), ("Rodgers", 0.030), ("Robbins", 0.030), ("Newton", 0.030), ("Todd", 0.030), ("Blair", 0.030), ("Higgins", 0.030), ("Ingram", 0.030), ("Reese", 0.030), ("Cannon", 0.030), ("Strickland", 0.030), ("Townsend", 0.030), ("Potter", 0.030), ("Goodwin", 0.030), ("Walton", 0.030), ("Rowe", 0.029), ("Hampton", 0.029), ("Ortega", 0.029), ("Patton", 0.029), ("Swanson", 0.029), ("Joseph", 0.029), ("Francis", 0.029), ("Goodman", 0.029), ("Maldonado", 0.029), ("Yates", 0.029), ("Becker", 0.029), ("Erickson", 0.029), ("Hodges", 0.029), ("Rios", 0.029), ("Conner", 0.029), ("Adkins", 0.029), ("Webster", 0.028), ("Norman", 0.028), ("Malone", 0.028), ("Hammond", 0.028), ("Flowers", 0.028), ("Cobb", 0.028),)  # fmt: skip
US_F_POOL = census(US_F)
US_M_POOL = census(US_M)
US_LAST_POOL = census(US_LAST)

# --- The UK: ONS baby names (recent and past decades) and the commonest surnames, 1/rank ---------
UK_F = ranked("""
Olivia Amelia Isla Ava Emily Sophia Grace Mia Poppy Ella Lily Evie Isabella Sophie Ivy Freya
Harper Willow Charlotte Jessica Daisy Florence Sienna Alice Rosie Phoebe Ruby Matilda Elsie
Evelyn Millie Chloe Emma Lucy Hannah Sarah Laura Rebecca Amy Jessica Lauren Holly Katie Megan
Rachel Samantha Nicola Claire Helen Louise Emma Joanne Kelly Lisa Michelle Julie Karen Susan
Tracey Deborah Elizabeth Catherine Victoria Jennifer Amanda Caroline Jacqueline Alison Gillian
Angela Linda Margaret Patricia Janet Christine Carol Pauline Jean Sandra Wendy Joan Valerie
Maureen Sheila Brenda Dorothy Irene Barbara Anne Mary Jane Elaine Lesley Heather Fiona Kirsty
Gemma Kerry Natalie Leanne Stacey Charlene Zoe Abigail Bethany Georgia Eleanor Olivia Imogen
Molly Jasmine Scarlett Erin Niamh Aimee Shannon Jade Paige Chelsea Eve Libby Esme Aria Maya
Lola Rosie Harriet Beatrice Martha Edith Violet Maisie Nancy Orla Thea Hallie Bonnie Arabella
Penelope Clara Ada Iris Lottie Elodie Hazel Mabel Frankie Bella Aisha Zara Amira Maryam Fatima
Layla Hollie Tilly Lexi Ruby-Mae Lacey Kayleigh Toni Donna Dawn Beverley Tina Hayley Joanna
Lindsey Suzanne Melanie Rachael Cheryl Vicky Bridget Rosemary Hilda Gladys Doris Edna Vera Ivy
Ethel Beryl Marjorie Audrey Joyce Shirley Sylvia Marion Gwen Rhiannon Siobhan Ffion Cerys Catrin
Ailsa Morag Eilidh Mhairi Catriona Isobel Kathleen Bernadette Aoife Saoirse Roisin Philippa
Harriet Annabel Camilla Henrietta Octavia Tamsin Verity Jemima Felicity Clemency
""", 130)
UK_M = ranked("""
Oliver George Harry Noah Jack Leo Arthur Muhammad Oscar Charlie Jacob Thomas Henry William Freddie
Alfie Theo Archie Joshua James Edward Isaac Alexander Max Lucas Ethan Finley Mason Logan Teddy
Daniel Samuel Joseph Benjamin Adam Dylan Riley Harrison Tommy David Michael John Paul Mark Andrew
Richard Robert Peter Stephen Christopher Matthew Anthony Steven Ian Gary Simon Neil Darren Craig
Lee Wayne Jason Martin Kevin Stuart Graham Colin Alan Keith Brian Kenneth Derek Trevor Raymond
Roy Barry Terry Malcolm Geoffrey Dennis Ronald Norman Leslie Stanley Arthur Albert Frank Harold
Ernest Walter Reginald Sidney Cyril Douglas Gordon Hamish Angus Fraser Callum Euan Ross Cameron
Rhys Owen Gareth Dafydd Iwan Huw Evan Sean Ciaran Declan Conor Liam Niall Patrick Kieran Ryan
Luke Nathan Jordan Connor Kyle Bradley Jamie Ben Tom Sam Joe Josh Jake Toby Rory Hugo Louis
Sebastian Elliot Reuben Albie Ronnie Jude Ezra Rowan Jenson Kai Zachary Hunter Frederick Ralph
Harvey Stanley Louie Tyler Aaron Callum Kian Ibrahim Yusuf Ali Omar Hamza Ahmed Mohammed
Nigel Clive Rodney Duncan Bernard Desmond Vincent Gavin Russell Dean Shaun Carl Mitchell Marcus
Jeremy Rupert Giles Piers Crispin Jolyon Tristan Benedict Barnaby Percy Alistair Torquil
""", 130)
UK_LAST = ranked("""
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
Nash Greenwood Jennings Holt Kemp Poole Gallagher Bond Stokes Tucker Davidson Fowler Heath
Norman Middleton Lawson Banks French Stanley Jarvis Gibbs Ferguson Hayward Carroll Douglas
Hanson Farrell Fraser Begum-Khan Llewellyn Pritchett Thorne Fairclough Featherstone Ainsworth
Ramsbottom Higginbottom Sidebottom Entwistle Haworth Pilkington Critchley Fothergill Postlethwaite
""", 150)

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_F, SV_M, SV_LAST),
    "us": Origin(US_F_POOL, US_M_POOL, US_LAST_POOL),
    "uk": Origin(UK_F, UK_M, UK_LAST),
    "finnish": FINNISH, "arabic": ARABIC, "somali": SOMALI, "polish": POLISH, "persian": PERSIAN,
    "kurdish": KURDISH, "bcs": BCS, "turkish": TURKISH, "eritrean": ERITREAN, "thai": THAI,
    "latin": LATIN, "ukrainian": UKRAINIAN,
}  # fmt: skip

# Who is named, per language of the row: roughly as Sweden's population is, with the English
# rows mostly American and British.
MIXES: dict[str, dict[str, float]] = {
    "sv": {"swedish": 70, "arabic": 6, "finnish": 3.5, "polish": 2.5, "bcs": 2.5, "persian": 2.5,
           "somali": 1.8, "kurdish": 1.5, "turkish": 1.5, "ukrainian": 1.3, "eritrean": 1.2,
           "latin": 1, "thai": 1, "us": 0.6, "uk": 0.6},
    "en": {"us": 42, "uk": 34, "swedish": 8, "arabic": 2, "polish": 2, "latin": 2, "finnish": 1,
           "turkish": 1, "somali": 0.8, "ukrainian": 0.7, "persian": 0.7, "thai": 0.5},
    "mixed": {"swedish": 52, "us": 10, "uk": 10, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
              "persian": 2.5, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5, "ukrainian": 1.5,
              "eritrean": 1, "latin": 1, "thai": 1},
}  # fmt: skip

# Short forms as people write them, by origin and given name.
NICK_SV = {
    "Lars": ["Lasse"], "Mikael": ["Micke"], "Joakim": ["Jocke"], "Karl": ["Kalle"], "Per": ["Pelle", "Peo"],
    "Thomas": ["Tompa"], "Tomas": ["Tompa"], "Magnus": ["Mange"], "Mattias": ["Matte"], "Kristoffer": ["Stoffe"],
    "Christoffer": ["Stoffe", "Chrille"], "Fredrik": ["Fredde"], "Hans": ["Hasse"], "Bengt": ["Bengan"],
    "Robert": ["Robban"], "Daniel": ["Danne"], "Sebastian": ["Sebbe"], "Marcus": ["Mackan"], "Niklas": ["Nicke"],
    "Patrik": ["Patte"], "Tobias": ["Tobbe"], "Torbjörn": ["Tobbe"], "Jesper": ["Jeppe"], "Gustav": ["Gurra", "Gustaf"],
    "Stefan": ["Steffe"], "Kenneth": ["Kenta"], "Ulf": ["Uffe"], "Rolf": ["Roffe"], "Leif": ["Leffe"],
    "Kristian": ["Kicke"], "Christer": ["Kicke"], "Bo": ["Bosse"], "Nils": ["Nisse"], "Johan": ["Jojje"],
    "Andreas": ["Andy"], "Jonas": ["Jonte"], "Oskar": ["Ogge"], "Göran": ["Göte"], "Olof": ["Olle"],
    "Alexander": ["Alex"], "Sven": ["Svenne"], "Gunnar": ["Gunne"], "Henrik": ["Henke"], "Ingemar": ["Ingo"],
    "Elisabeth": ["Bettan", "Lisa"], "Elisabet": ["Bettan"], "Charlotte": ["Lotta"], "Susanne": ["Sussie", "Sussi"],
    "Margareta": ["Maggan", "Greta"], "Katarina": ["Kattis", "Kajsa"], "Kristina": ["Stina", "Kicki"],
    "Birgitta": ["Gittan", "Bittan"], "Madeleine": ["Madde"], "Therese": ["Tessan"], "Johanna": ["Jossan", "Hanna"],
    "Josefin": ["Jossan", "Fia"], "Rebecka": ["Becka"], "Cecilia": ["Cilla"], "Jessica": ["Jessan"],
    "Caroline": ["Caro"], "Viktoria": ["Vickan"], "Isabelle": ["Bella"], "Emelie": ["Emmy"], "Matilda": ["Tilda"],
    "Camilla": ["Millan"], "Barbro": ["Babbs"], "Annika": ["Anki"], "Ann-Christin": ["Anki"], "Sofia": ["Fia"],
    "Gunilla": ["Nilla"], "Ulrika": ["Ullis"], "Marie-Louise": ["Malou"], "Mikaela": ["Micka"], "Pernilla": ["Pillan"],
    "Anneli": ["Nelli"], "Eva": ["Evy"], "Britt-Marie": ["Britta"],
}  # fmt: skip
NICK_EN = {
    "Elizabeth": ["Liz", "Beth", "Lizzie"], "Robert": ["Rob", "Bob", "Bobby"], "William": ["Bill", "Will", "Billy"],
    "Richard": ["Rick", "Rich"], "James": ["Jim", "Jimmy", "Jamie"], "Michael": ["Mike", "Mick"], "Christopher": ["Chris"],
    "Jennifer": ["Jen", "Jenny"], "Margaret": ["Maggie", "Peggy"], "Katherine": ["Kate", "Katie"], "Catherine": ["Kate", "Cathy"],
    "Thomas": ["Tom", "Tommy"], "Joseph": ["Joe"], "Daniel": ["Dan", "Danny"], "Anthony": ["Tony"], "Patricia": ["Pat", "Trish"],
    "Susan": ["Sue"], "Deborah": ["Debbie", "Deb"], "Rebecca": ["Becky"], "Samantha": ["Sam"], "Alexander": ["Alex"],
    "Benjamin": ["Ben"], "Matthew": ["Matt"], "Nicholas": ["Nick"], "Edward": ["Ed", "Eddie"], "Charles": ["Charlie", "Chuck"],
    "David": ["Dave"], "Steven": ["Steve"], "Stephen": ["Steve"], "Andrew": ["Andy", "Drew"], "Jonathan": ["Jon"],
    "Timothy": ["Tim"], "Kenneth": ["Ken"], "Donald": ["Don"], "Ronald": ["Ron"], "Gregory": ["Greg"],
    "Jacqueline": ["Jackie"], "Victoria": ["Vicky", "Tori"], "Amanda": ["Mandy"], "Barbara": ["Barb"], "Pamela": ["Pam"],
    "Kimberly": ["Kim"], "Christine": ["Chris", "Chrissie"], "Samuel": ["Sam"], "Joshua": ["Josh"], "Frederick": ["Fred"],
    "Gerald": ["Gerry"], "Lawrence": ["Larry"], "Raymond": ["Ray"], "Terence": ["Terry"], "Alfred": ["Alf", "Alfie"],
    "Abigail": ["Abby"], "Eleanor": ["Ellie"], "Alexandra": ["Lexi", "Alex"], "Jessica": ["Jess"], "Nicola": ["Nicky"],
    "Gillian": ["Gill"], "Philippa": ["Pippa"], "Dorothy": ["Dot"], "Theodore": ["Ted", "Theo"], "Zachary": ["Zach"],
}  # fmt: skip
NICKNAMES: dict[str, dict[str, list[str]]] = {"swedish": NICK_SV, "us": NICK_EN, "uk": NICK_EN}
