# ruff: noqa: E501
"""Name pools of held-out BS (fiftieth writer): names as the population has them.

Written from general knowledge of population frequency only, never checked against any list of
the project and none left out for being known or unknown to it:

- Sweden: given names (women, men) and surnames in the order of SCB's name statistics (the
  whole population, tilltalsnamn and efternamn), weight 1/rank, a head (the top 150) and a tail
  of rarer names past them; noble particles (`von Platen`, `af Klercker`) and the surnames that
  immigration has made common (`Ali`, `Mohammed`, `Hassan`, `Ahmed`) where they stand by count.
  Hyphenated given names (`Ann-Christin`, `Karl-Johan`) come from their own ranked lists, for
  about one Swedish person in twenty.
- Origins common in Sweden: Finland, Iraq and Syria (Arabic, with Assyrian/Syriac names),
  Kurdish, Iran, Somalia, Eritrea, Afghanistan, Poland, former Yugoslavia, Turkey, Thailand,
  Chile: the commonest given names and surnames of each, 1/rank.
- The US: the Census 1990 lists (public domain: `dist.female.first`, `dist.male.first`,
  `dist.all.last`, the first 380, 380 and 400 names with the census's per cent as weight).
- The UK: given names in the order of the ONS baby-name rankings over the years today's adults
  and children were born, surnames in the order of the commonest surnames of England and Wales.
- Short forms and nicknames as people write them (`Lasse`, `Micke`, `Bettan`, `Liz`, `Rob`).

In the text data below a `_` stands for a space inside one name (`von_Platen`).
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


def ranked(text: str, head: int = 150) -> Pool:
    """A pool from names in rank order, weight 1/rank; duplicates after the first are dropped."""
    names: list[str] = []
    for word in text.split():
        word = word.replace("_", " ")
        if word not in names:
            names.append(word)
    return Pool(tuple(names), tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names)))


def weighted(text: str, head: int = 150) -> Pool:
    """A pool from `Name:per-cent` pairs (the census lists)."""
    pairs = [token.split(":") for token in text.split()]
    return Pool(tuple(n for n, _ in pairs), tuple(float(w) for _, w in pairs), head)


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def plain(word: str) -> str:
    """A name typed without its letters' marks (`Wiśniewski` -> `Wisniewski`)."""
    word = word.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("ß", "ss")
    word = word.replace("đ", "dj").replace("Đ", "Dj").replace("ı", "i").replace("İ", "I")
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it (`Kowalski` -> `Kowalska`)."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# Sweden: SCB's order (all women, tilltalsnamn).
SV_F = ranked("""
    Anna Eva Maria Karin Kristina Lena Sara Kerstin Emma Ingrid Marie Malin Jenny Hanna Linnéa
    Annika Sofia Birgitta Susanne Elin Monica Inger Ida Johanna Linda Carina Elisabeth Julia Ulla
    Katarina Emelie Helena Åsa Camilla Gunilla Anneli Margareta Cecilia Lisa Therese Louise Frida
    Josefin Amanda Ebba Alice Maja Elsa Ella Caroline Ingela Matilda Anette Sofie Jessica Agneta
    Ulrika Wilma Alva Klara Astrid Moa Viktoria Lovisa Barbro Marianne Yvonne Siv Gun Anita Ann
    Irene Rebecka Elina Felicia Saga Selma Vera Stella Ellen Agnes Signe Alma Nora Olivia Ester
    Ebba Tilda Lilly Elvira Tyra Märta Hedda Freja Thea Molly Isabelle Emilia Tuva Hilda Nellie
    Sandra Erika Mona Petra Pia Lina Nina Ylva Britt Berit Gerd Inga Solveig Sonja Birgit Maj
    Charlotte Madeleine Mikaela Jeanette Sanna Evelina Linn Cornelia Jennifer Angelica Nathalie
    Veronica Tove Elisabet Lotta Carolina Karolina Marita Ingegerd Gunnel Gudrun Britta
    Majken Sigrid Greta Svea Lea Juni Iris Ronja Mira Vilma Alicia Fatima Maryam Nadia Elise
    Emilie Fanny Kristin Catarina Eleonora Viola Dagmar Ruth Rut Elsie Ingeborg Asta Gunborg
    Irma Ewa Tina Helén Hanne Mia Josefine Rebecca Natalie Jasmine Isabella Amelia Leia Novalie
    Ellie Livia Lova Edith Nova Liv Meja Majvor Aina Ines Hillevi Viveka Vivianne
    Margit Elvy Gunvor Vanja Doris Laila Lillemor Gunhild Elsy Ingegärd Karina Kajsa Annelie
    Anneli Therése Terese Johanne Cajsa Mathilda Michaela Madelene Emely Emmy Hilma
    Linnea Lisbeth Lisbet Ingalill Majlis Evy Inez Annette Carin Marina
    Monika Marléne Susann Paulina Jonna Malva Ottilia Ester Juli Tindra Minna Siri Elna Elma
    Vendela Dalia Sham Zahra Amira Leyla Hiba Noor Rania Sabina Amina Aya Angela
    Daniela Gabriella Jana Johanna Natalia Olga Ilona Aurora Stina Frida Elisa Hedvig Ebba
    Louisa Greta Liliana Kim Sofi Ingrid Eivor Karola Ragnhild Alfhild Ninni Lise Lill Vivi
    Gull Brita Anny Maud Anja Hjördis Sylvia Ulrica Annica Pernilla Jessika
    Therésia Mariana Rosa Rosie Ellinor Elinor Eleonor Nelly Tova Idun Märit Signe Estelle Ingela
    Gunn Tora Ylvali Lovis Majvi Ronja Jolin Wilhelmina Wera Lykke Leonora Melissa Yasmin
    Isra Hawa Fardowsa Ayan Samira Sahra Shirin Mina Parisa Semira Helmi Aino Tiina Kaisa
    Alexandra Annie Bodil Dorotea Eira Elena Embla Esther Filippa Henrietta Hilde Josefina Julie
    Kristine Laura Liselott Lisen Lucia Magdalena Marit Martina Melinda Mimmi My Märtha Nadja
    Nicole Noomi Norah Pauline Ramona Rakel Renée Rigmor Rosita Sissela Tekla Tilde Valborg Vega
    Wanja Yrsa Åse Anastasia Ariana Beatrice Benita Bonnie Carmen Clara Denise Dina Edla Elida
    Gisela Ina Isa Jenna Judith Karla Katja Lilian Lydia Magda Malou Milla Miranda Naemi Othilia
    Patricia Regina Rosmarie Sanne Siw Tanja Tea Tessa Thyra Unni Valentina Zoe Zelda
""")
# Sweden: SCB's order (all men, tilltalsnamn).
SV_M = ranked("""
    Lars Mikael Anders Johan Erik Per Karl Peter Jan Thomas Daniel Fredrik Hans Andreas Stefan
    Mohammed Bengt Magnus Mats Marcus Alexander Jonas Oskar Bo Nils Sven Leif Björn Martin Göran
    Ulf Patrik Christer Niklas David Henrik Gustav Viktor Kjell Rolf Sebastian Emil Simon Filip
    Anton Robert Tommy Joakim Christoffer Jonathan Rickard Roger William Lucas Oliver Hugo Elias
    Adam Liam Axel Isak Ludvig Olof Jakob Gunnar Ali Tobias Stig Robin Lennart Kent Åke Rasmus
    Kenneth Mattias Pontus Linus Jesper Dennis Jimmy Roland Hampus Theo Noah Melvin Max Leo
    Vincent Alvin Elliot Harry Ibrahim Arvid Sixten Otto Albin Samuel Edvin Wilhelm Josef Arne
    Håkan Ingemar Kurt Torbjörn Erling Sune Bertil Gösta Ove Rune Tomas Claes Conny Pär Jörgen
    Jonny Dan Kristoffer Gabriel Alfred Charlie Benjamin Felix Adrian Carl Sten Ahmed Omar
    Mustafa Hassan Johannes Kevin Lukas Elis Valter Frans Vidar Love Nicklas Christian Ola Örjan
    Gert Urban Lage Ingvar Tord Allan Evert Sture Folke Einar Harald Holger Georg
    Birger Östen Bernt Ronny Glenn Mårten Staffan Hugo Gustaf Torsten Valdemar
    Mauritz Ragnar Yngve Jarl Anton Eddie Milo Malte Colin Ebbe Ivar Loke
    Vilgot Algot Olle Helge Assar Aron Elton Nicolas Josef Mio Casper Dante Matteo Kasper
    Mohamed Muhammad Abdullahi Yusuf Amir Hussein Karim Said Mehmet Reza Jacob Joel Jens Marko
    Hannes Lennox Julius Neo Svante Gunnar Ingvar Rikard Bror Dick Jack Kim
    Roine Ulrik Robert Tor Tore Torgny Tage Lennart Morgan Marcus Mathias Mattis Ville Jonatan
    Joacim Henry Hjalmar Knut Sigurd Tomas Ture Uno Ejnar Erland Evald Iwan Ivan Jens Kaj
    Kennet Leo Lorentz Magnus Niclas Nikola Ove Patric Peder Petter Rune Sam
    Samir Sami Sandor Tim Timo Wiktor Yasin Zakaria Adnan Abdi Ahmad Bilal Dragan Goran Hamid
    Jussi Kalle Krister Leon Lenny Melker Sigge Sonny Steve Teodor Thor Alf Axel Emanuel Sören
    Torvald Helmer Ragnvald Börje Gillis Osvald Vincent Laurentius Joar Noel Benny Göte
    Lorens Anders Fabian Jon Julian Mio Nemo
    Eskil Gideon Birk Frank Kristian Kristofer Anders Mikaeel Rami Tareq Omid Mehdi Arash Daniel
    Abbe Adolf Agne Albert Anselm Artur Cornelius Curt Dag Egon Einar Elof Emrik Enar Eugen
    Fritiof Gerhard Gottfried Greger Halvar Hilding Ingmar Ingolf Isidor John Jöns Klas Konrad
    Levi Manfred Marius Mons Måns Natanael Noa Olav Orvar Paul Percy Philip Reinhold Rudolf Rutger
    Seth Sigfrid Sigvard Sivert Slobodan Stellan Thure Tommie Torleif Verner Vide Vilmer Walter
    Wilmer Abbas Alan Alexis Amin Anas Andre Ari Ayub Bashir Bekim Dino Elvis Emir Enes Fadi Haris
    Idris Ismail Jamal Jovan Luka Mahmoud Milan Mirza Moses Nabil Nikolas Saman Semir Theodor
    Valentin Vilhelm Zoran Yonas Ruben Ronald Rafael Pierre Oscar Nicolai Marcel Leopold Kasimir
    Frederik Egil Caspar August
""")
# Sweden: SCB's order of surnames, all carriers.
SV_SURNAMES = ranked("""
    Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
    Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
    Lindström Lindqvist Lindgren Axelsson Berg Bergström Lundberg Lundgren Lind Lundqvist Mattsson
    Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed Engström Eklund
    Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson
    Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson
    Nordström Ahmed Mårtensson Lundström Hassan Viklund Björklund Eliasson Pålsson Berggren
    Sandström Lund Nordin Ström Åberg Hermansson Ekström Falk Holmgren Dahlberg Hellström Hedlund
    Sundberg Sjögren Ek Blom Abrahamsson Martinsson Öberg Andreasson Strömberg Månsson Åkesson
    Hansen Norberg Lindholm Dahl Jonasson Sundström Hussein Åström Lindahl Mohamed Ibrahim Johnsson
    Sundqvist Nordqvist Göransson Mattsson Lindblom Ekman Omar Holmström Bergkvist Nygren Lundmark
    Lindh Söderström Ottosson Hedberg Ivarsson Adolfsson Wiklund Nyman Mahmoud Boström Hägglund
    Strand Sjöström Jensen Borg Dahlgren Sandin Lindell Nielsen Nylund Hedström Abdi Sköld Karlberg
    Lundh Blomberg Lilja Ahlström Kristiansson Rosén Forsman Jakobsson Ekberg Engman Edlund
    Holmqvist Löfström Berntsson Thorén Lindén Oskarsson Johnson Persson Skoglund Sjölund
    Nordlund Englund Malmberg Stenberg Backman Andersen Sundin Lindkvist Lundkvist Hallberg
    Eklöf Warg Ericsson Åhman Ohlsson Wallgren Westerberg Sahlin Granberg Lindmark Sundell
    Marklund Engberg Ekholm Rydberg Strömqvist Enqvist Wahlström Nordgren Sandell Kjellberg
    Björkman Ljung Hägg Holmlund Törnqvist Forslund Melin Hedman Landström Rosenberg Wahlberg
    Edström Falkenberg Jernberg Carlsson Carlström Bäckström Öhman Lagerström Sällström Stenström
    Lövgren Lindroth Grahn Rask Sandqvist Sjödin Wennberg Wall Hammar Hammarström Mohammadi
    Ahmadi Hosseini Yilmaz Nguyen Kaya Saleh Yousef Jama Warsame Farah Khalil Younes Rashid
    Kowalski Nowak Virtanen Korhonen Nieminen Jovanović Hodžić Kovačević Tesfaye Haile Berhane
    Gonzalez Rodriguez Muñoz Kaplan Demir Aziz Rahimi Karimi Sultani Haidari Nikolić Petrović
    Wikman Fors Öqvist Björn Hjalmarsson Alm Gran Ekdahl Nord Svärd Kvist Rydén Vesterlund
    Lundell Palm Ring Rönnqvist Holmén Åslund Brandt Bohlin Cederberg Nordén Törnblom Hultgren
    Modig Ståhl Ljungberg Ljunggren Sandgren Strid Thunberg Hedin Hedén Hammarberg Granath
    Lundén Nordmark Sjöblom Wennström Öst Lindwall Westman Westin Zetterberg Zetterström Åkerlund
    Åkerberg Bylund Byström Dahlström Frisk Grip Haglund Jäderberg Kling Kron Lagerqvist
    Lundholm Löf Mellberg Olander Paulsson Qvist Rehn Rudberg Rydh Schön Segerström
    Sjökvist Spångberg Stål Stark Sundelin Tallberg Ternström Thelin Tengvall Vikström Wallén
    von_Platen af_Klercker von_Sydow De_Geer af_Ugglas von_Essen Lewenhaupt Wachtmeister
    Bielke Sparre Stiernstedt Gyllenhammar Adlercreutz von_Knorring af_Trolle Cronstedt Ehrensvärd
    Lilliehöök Posse Hamilton Horn Bonde Fleetwood Silfverschiöld Uggla Nordenskiöld Rålamb
    Ahlberg Ahlgren Alfredsson Almqvist Appelqvist Asplund Björling Blixt Boman Brännström
    Carlberg Dahlin Edberg Ekelund Engdahl Franzén Fridh Friberg Gullberg Hellberg Hjelm Högberg
    Höglund Isberg Kjellin Lagerlöf Larsen Malm Nordh Nyqvist Roos Rydell Selin Söderlund Wester
    Åkerman Österberg Östlund
""")
# Hyphenated given names as Swedes carry them, ranked: about one Swedish person in twenty.
SV_F_HYPHEN = ranked(
    """
    Ann-Christin Ann-Marie Anna-Karin Anna-Lena Ann-Sofie Eva-Lena Maj-Britt Britt-Marie Ulla-Britt
    Ann-Charlotte Anna-Maria Eva-Karin Ann-Kristin Lise-Lotte Ann-Louise Marie-Louise Anne-Li
    Inga-Lill Ann-Katrin Anna-Carin Maj-Lis Ulla-Karin Anna-Lisa Britt-Louise Karin-Lena
""",
    head=12,
)
SV_M_HYPHEN = ranked(
    """
    Karl-Johan Per-Olof Lars-Erik Jan-Erik Nils-Erik Carl-Johan Hans-Erik Sven-Erik Lars-Göran
    Per-Erik Jan-Olof Karl-Erik Bengt-Göran Lars-Åke Per-Anders Jan-Åke Sven-Olof Kjell-Åke
    Bo-Göran Lars-Olof Per-Ola Hans-Olof Karl-Gustav Per-Johan Jan-Ove Nils-Olof Carl-Fredrik
""",
    head=12,
)

# Origins common in Sweden: their commonest given names and surnames, 1/rank.
FINNISH = Origin(
    ranked(
        "Anne Tiina Päivi Sari Minna Marja Tuula Leena Pirjo Merja Riitta Anneli Kaisa Aino Helmi Sanna Johanna Liisa Eija Hannele Satu Outi Sirpa Pia Heidi Aila Raili Maija Tarja Seija",
        head=12,
    ),
    ranked(
        "Juha Timo Matti Kari Mikko Jari Antti Jukka Mika Markku Pekka Hannu Heikki Seppo Janne Ari Sami Ville Petri Tuomas Esa Pertti Jussi Tapio Raimo Eero Kalevi Veikko Arto Teemu",
        head=12,
    ),
    ranked(
        "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hiltunen Kallio Pesonen Laaksonen",
        head=12,
    ),
)
ARABIC = Origin(  # Iraq and Syria, with Assyrian/Syriac names
    ranked(
        "Fatima Maryam Zainab Noor Sara Aya Hiba Rania Amira Layla Huda Reem Dalia Lina Nour Rana Yasmin Samar Ghada Rasha Suha Nisreen Shatha Dima Hala Ranim Maya Ninos Shamiram Ramina",
        head=12,
    ),
    ranked(
        "Mohammed Ahmed Ali Omar Hussein Mustafa Hassan Ibrahim Khaled Yousef Mahmoud Karim Abdullah Saif Haidar Ammar Tariq Bassam Fadi Rami Sami Nabil Majid Ziad Jamal Ninos Shamoun Aziz Basim Laith Ayad",
        head=12,
    ),
    ranked(
        "Ali Mohammed Ahmed Hassan Hussein Ibrahim Abdullah Saleh Khalil Yousef Mahmoud Jaber Al-Khatib Al-Obaidi Al-Jabouri Al-Tamimi Abbas Jasim Kadhim Hamid Rashid Haddad Younes Shamoun Warda Yako Gabriel Aho Lahdo Barsom Isa Issa Yalda",
        head=12,
    ),
)
KURDISH = Origin(
    ranked(
        "Shirin Rojin Berfin Hêvî Nergiz Zilan Avin Dilan Jiyan Roza Narin Helin Shilan Ronak Baran Sana Kazhal Gulistan",
        head=10,
    ),
    ranked(
        "Aram Rebin Dilshad Karwan Soran Azad Shwan Hiwa Hawre Bakhtiyar Rojhat Serhat Baran Kawa Ari Dara Zana Sherwan",
        head=10,
    ),
    ranked(
        "Ahmad Mohammad Rashid Aziz Karim Salih Hasan Faraj Qadir Mahmud Baban Barzani Mirza Sherko Osman Rasul Hamasalih Kakai",
        head=10,
    ),
)
PERSIAN = Origin(
    ranked(
        "Maryam Fatemeh Zahra Sara Parisa Shirin Mina Nasrin Leila Roya Samira Azadeh Mahsa Niloofar Neda Elham Ladan Shabnam Yasaman Golnaz Parvin Bahar",
        head=12,
    ),
    ranked(
        "Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Behrouz Kaveh Arash Omid Babak Dariush Farhad Majid Navid Pouya Siavash Kian Payam Ramin",
        head=12,
    ),
    ranked(
        "Mohammadi Hosseini Ahmadi Rezaei Moradi Karimi Jafari Rahimi Hashemi Mousavi Sadeghi Ebrahimi Ghasemi Heidari Kazemi Nazari Zamani Sharifi Asadi Bagheri Rostami Shirazi Tehrani",
        head=12,
    ),
)
SOMALI = Origin(
    ranked(
        "Fadumo Hodan Amina Ayan Sahra Khadija Faiza Hawa Fardowsa Asha Halima Nimco Ifrah Sagal Hibo Muna Sucaad Deeqa Istahil Ubah",
        head=10,
    ),
    ranked(
        "Abdi Mohamed Ahmed Abdirahman Abdullahi Hassan Ali Omar Yusuf Mahad Liban Farah Abdikarim Said Mustafe Bashir Ismail Jama Osman Guled",
        head=10,
    ),
    ranked(
        "Mohamed Ahmed Ali Hassan Abdi Omar Farah Jama Warsame Yusuf Ismail Osman Abdullahi Hussein Nur Aden Elmi Egal Dirie Abdulle Samatar",
        head=10,
    ),
)
ERITREAN = Origin(
    ranked(
        "Helen Senait Selam Ruta Tsega Meron Saba Lula Mebrat Yordanos Hiwet Azieb Rahwa Semhar Freweyni Luwam Winta Eden",
        head=10,
    ),
    ranked(
        "Daniel Yonas Filmon Samuel Tesfay Dawit Yohannes Mehari Biniam Habtom Kidane Tekle Aron Michael Robel Mussie Efrem Henok",
        head=10,
    ),
    ranked(
        "Tesfaye Haile Berhane Gebremedhin Tesfamariam Ghebreyesus Kidane Tekle Woldu Araya Mehari Negash Ghirmay Andemariam Yemane Asfaha Haile-Selassie Goitom",
        head=10,
    ),
)
AFGHAN = Origin(
    ranked(
        "Fatima Zahra Maryam Shabana Parwana Mursal Nazanin Freshta Zainab Marzia Sadaf Laila Nilofar Hosai Mahbooba Farzana Zarghona Sakina",
        head=10,
    ),
    ranked(
        "Mohammad Ahmad Ali Hussain Mustafa Abdul Rahmatullah Jawad Mahdi Reza Sayed Habib Nasir Hamid Farid Khalid Wahid Naweed Sohrab Zaki",
        head=10,
    ),
    ranked(
        "Ahmadi Mohammadi Hussaini Rahimi Sultani Haidari Jafari Rezaei Karimi Noori Hashimi Sediqi Amiri Stanikzai Popal Wardak Yousufzai Rahmani Azizi",
        head=10,
    ),
)
POLISH = Origin(
    ranked(
        "Anna Katarzyna Małgorzata Agnieszka Barbara Ewa Magdalena Joanna Krystyna Monika Aleksandra Marta Dorota Beata Natalia Karolina Justyna Paulina Iwona Renata Agata Weronika Zofia Halina",
        head=12,
    ),
    ranked(
        "Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Jakub Adam Łukasz Marek Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Jerzy Maciej Rafał Kamil Robert Sebastian Janusz",
        head=12,
    ),
    ranked(
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski",
        head=12,
    ),
)
BCS = Origin(  # former Yugoslavia: Bosnian, Croatian, Serbian
    ranked(
        "Amra Emina Azra Lejla Selma Merima Jasmina Maja Ana Ivana Marija Jelena Snežana Mirela Dragana Vesna Sanja Alma Edina Nermina Dijana Milica",
        head=12,
    ),
    ranked(
        "Emir Adnan Amir Haris Kenan Edin Mirza Dragan Goran Zoran Nikola Marko Ivan Stefan Milan Nenad Dejan Damir Senad Jasmin Almir Srđan",
        head=12,
    ),
    ranked(
        "Hodžić Hadžić Kovačević Begić Delić Mehmedović Hasanović Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Horvat Kovačić Babić Marić Jurić Novak Knežević Ibrahimović Husić Salihović Alić Omerović",
        head=12,
    ),
)
TURKISH = Origin(
    ranked(
        "Ayşe Fatma Emine Hatice Zeynep Elif Merve Özlem Esra Büşra Derya Gül Sevgi Hülya Melek Sibel Yasemin Canan Ebru Dilek",
        head=10,
    ),
    ranked(
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Ömer Emre Burak Yusuf Serkan Volkan Kemal Osman Kenan Cem Engin Fatih",
        head=10,
    ),
    ranked(
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz",
        head=10,
    ),
)
THAI = Origin(
    ranked(
        "Siriporn Kanya Nittaya Pranee Somsri Malee Wanida Suda Supaporn Ratana Pornthip Jintana Sunisa Kanokwan Araya Duangjai Ploy Nok Lamai",
        head=10,
    ),
    ranked(
        "Somchai Somsak Prasert Anan Chaiya Wichai Surachai Niran Kittisak Thanawat Sombat Boonmee Chatchai Pichit Sakda",
        head=8,
    ),
    ranked(
        "Saetang Srisuk Wongsawat Chaiyaporn Boonyarat Sukprasert Thongchai Charoenrat Phromma Kaewmanee Srisawat Rattanakorn Suwannarat Inthasorn Jaidee",
        head=8,
    ),
)
LATIN = Origin(  # Chile and Latin America: two surnames, paterno y materno
    ranked(
        "María Carolina Claudia Patricia Francisca Javiera Camila Valentina Daniela Paula Andrea Constanza Catalina Fernanda Ximena Marcela Verónica Paz Sofía Ignacia",
        head=10,
    ),
    ranked(
        "José Juan Luis Carlos Jorge Francisco Cristián Pablo Diego Rodrigo Felipe Sebastián Matías Andrés Gonzalo Ignacio Alejandro Tomás Patricio Mauricio",
        head=10,
    ),
    ranked(
        "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Reyes Gutiérrez Castro Vargas Álvarez",
        head=12,
    ),
)

# The US: the Census 1990 lists (public domain), Name:per-cent, the first 380/380/400.
US_F_TEXT = """
    Mary:2.629 Patricia:1.073 Linda:1.035 Barbara:0.980 Elizabeth:0.937 Jennifer:0.932
    Maria:0.828 Susan:0.794 Margaret:0.768 Dorothy:0.727 Lisa:0.704 Nancy:0.669 Karen:0.667
    Betty:0.666 Helen:0.663 Sandra:0.629 Donna:0.583 Carol:0.565 Ruth:0.562 Sharon:0.522
    Michelle:0.519 Laura:0.510 Sarah:0.508 Kimberly:0.504 Deborah:0.494 Jessica:0.490
    Shirley:0.482 Cynthia:0.469 Angela:0.468 Melissa:0.462 Brenda:0.455 Amy:0.451 Anna:0.440
    Rebecca:0.430 Virginia:0.430 Kathleen:0.424 Pamela:0.416 Martha:0.412 Debra:0.408
    Amanda:0.404 Stephanie:0.400 Carolyn:0.385 Christine:0.382 Marie:0.379 Janet:0.379
    Catherine:0.373 Frances:0.370 Ann:0.364 Joyce:0.364 Diane:0.359 Alice:0.357 Julie:0.348
    Heather:0.337 Teresa:0.336 Doris:0.335 Gloria:0.335 Evelyn:0.322 Jean:0.315 Cheryl:0.315
    Mildred:0.313 Katherine:0.313 Joan:0.306 Ashley:0.303 Judith:0.297 Rose:0.296 Janice:0.285
    Kelly:0.283 Nicole:0.281 Judy:0.276 Christina:0.275 Kathy:0.272 Theresa:0.271 Beverly:0.267
    Denise:0.264 Tammy:0.259 Irene:0.252 Jane:0.250 Lori:0.248 Rachel:0.242 Marilyn:0.241
    Andrea:0.236 Kathryn:0.234 Louise:0.229 Sara:0.229 Anne:0.228 Jacqueline:0.228 Wanda:0.226
    Bonnie:0.223 Julia:0.223 Ruby:0.221 Lois:0.220 Tina:0.220 Phyllis:0.219 Norma:0.218
    Paula:0.217 Diana:0.216 Annie:0.216 Lillian:0.211 Emily:0.208 Robin:0.208 Peggy:0.208
    Crystal:0.207 Gladys:0.205 Rita:0.204 Dawn:0.202 Connie:0.200 Florence:0.200 Tracy:0.197
    Edna:0.197 Tiffany:0.195 Carmen:0.195 Rosa:0.194 Cindy:0.192 Grace:0.189 Wendy:0.185
    Victoria:0.180 Edith:0.179 Kim:0.178 Sherry:0.178 Sylvia:0.177 Josephine:0.177 Thelma:0.175
    Shannon:0.175 Sheila:0.175 Ethel:0.174 Ellen:0.173 Elaine:0.173 Marjorie:0.173 Carrie:0.171
    Charlotte:0.169 Monica:0.166 Esther:0.166 Pauline:0.165 Emma:0.165 Juanita:0.164 Anita:0.162
    Rhonda:0.162 Hazel:0.161 Amber:0.160 Eva:0.159 Debbie:0.157 April:0.154 Leslie:0.154
    Clara:0.153 Lucille:0.153 Jamie:0.153 Joanne:0.150 Eleanor:0.150 Valerie:0.149
    Danielle:0.149 Megan:0.147 Alicia:0.146 Suzanne:0.145 Michele:0.145 Gail:0.145 Bertha:0.143
    Darlene:0.142 Veronica:0.142 Jill:0.142 Erin:0.141 Geraldine:0.141 Lauren:0.137 Cathy:0.137
    Joann:0.136 Lorraine:0.135 Lynn:0.135 Sally:0.135 Regina:0.133 Erica:0.130 Beatrice:0.130
    Dolores:0.129 Bernice:0.128 Audrey:0.127 Yvonne:0.126 Annette:0.125 June:0.125
    Samantha:0.124 Marion:0.122 Dana:0.122 Stacy:0.121 Ana:0.120 Renee:0.120 Ida:0.118
    Vivian:0.118 Roberta:0.117 Holly:0.117 Brittany:0.117 Melanie:0.116 Loretta:0.115
    Yolanda:0.115 Jeanette:0.115 Laurie:0.114 Katie:0.113 Kristen:0.111 Vanessa:0.111 Alma:0.111
    Sue:0.111 Elsie:0.110 Beth:0.110 Jeanne:0.109 Vicki:0.109 Carla:0.107 Tara:0.107
    Rosemary:0.107 Eileen:0.105 Terri:0.105 Gertrude:0.103 Lucy:0.103 Tonya:0.102 Ella:0.101
    Stacey:0.101 Wilma:0.099 Gina:0.099 Kristin:0.099 Jessie:0.098 Natalie:0.098 Agnes:0.098
    Vera:0.098 Willie:0.097 Charlene:0.097 Bessie:0.096 Delores:0.095 Melinda:0.094 Pearl:0.094
    Arlene:0.094 Maureen:0.092 Colleen:0.092 Allison:0.092 Tamara:0.092 Joy:0.091 Georgia:0.091
    Constance:0.091 Lillie:0.090 Claudia:0.090 Jackie:0.090 Marcia:0.090 Tanya:0.089
    Nellie:0.089 Minnie:0.089 Marlene:0.088 Heidi:0.088 Glenda:0.088 Lydia:0.086 Viola:0.086
    Courtney:0.086 Marian:0.086 Stella:0.085 Caroline:0.085 Dora:0.084 Jo:0.083 Vickie:0.082
    Mattie:0.081 Terry:0.080 Maxine:0.079 Irma:0.079 Mabel:0.078 Marsha:0.078 Myrtle:0.078
    Lena:0.077 Christy:0.077 Deanna:0.076 Patsy:0.076 Hilda:0.075 Gwendolyn:0.074 Jennie:0.073
    Nora:0.073 Margie:0.072 Nina:0.072 Cassandra:0.072 Leah:0.072 Penny:0.071 Kay:0.071
    Priscilla:0.071 Naomi:0.071 Carole:0.071 Brandy:0.070 Olga:0.070 Billie:0.069 Dianne:0.069
    Tracey:0.069 Leona:0.069 Jenny:0.068 Felicia:0.068 Sonia:0.068 Miriam:0.066 Velma:0.066
    Becky:0.066 Bobbie:0.065 Violet:0.065 Kristina:0.065 Toni:0.064 Misty:0.063 Mae:0.063
    Shelly:0.062 Daisy:0.062 Ramona:0.062 Sherri:0.062 Erika:0.061 Katrina:0.061 Claire:0.061
    Lindsey:0.060 Lindsay:0.060 Geneva:0.059 Guadalupe:0.059 Belinda:0.059 Margarita:0.059
    Sheryl:0.059 Cora:0.058 Faye:0.058 Ada:0.057 Natasha:0.057 Sabrina:0.057 Isabel:0.057
    Marguerite:0.056 Hattie:0.056 Harriet:0.056 Molly:0.055 Cecilia:0.055 Kristi:0.055
    Brandi:0.055 Blanche:0.055 Sandy:0.055 Rosie:0.055 Joanna:0.055 Iris:0.055 Eunice:0.054
    Angie:0.054 Inez:0.053 Lynda:0.053 Madeline:0.052 Amelia:0.052 Alberta:0.052 Genevieve:0.051
    Monique:0.051 Jodi:0.051 Janie:0.051 Maggie:0.051 Kayla:0.051 Sonya:0.051 Jan:0.051
    Lee:0.051 Kristine:0.051 Candace:0.051 Fannie:0.050 Maryann:0.050 Opal:0.050 Alison:0.050
    Yvette:0.050 Melody:0.050 Luz:0.049 Susie:0.049 Olivia:0.049 Flora:0.049 Shelley:0.049
    Kristy:0.048 Mamie:0.048 Lula:0.048 Lola:0.048 Verna:0.048 Beulah:0.048 Antoinette:0.048
    Candice:0.046 Juana:0.046 Jeannette:0.046 Pam:0.046 Kelli:0.046 Hannah:0.045 Whitney:0.045
    Bridget:0.045 Karla:0.044 Celia:0.044 Latoya:0.043 Patty:0.043 Shelia:0.043 Gayle:0.043
    Della:0.043 Vicky:0.043 Lynne:0.043 Sheri:0.042 Marianne:0.042
"""

US_M_TEXT = """
    James:3.318 John:3.271 Robert:3.143 Michael:2.629 William:2.451 David:2.363 Richard:1.703
    Charles:1.523 Joseph:1.404 Thomas:1.380 Christopher:1.035 Daniel:0.974 Paul:0.948 Mark:0.938
    Donald:0.931 George:0.927 Kenneth:0.826 Steven:0.780 Edward:0.779 Brian:0.736 Ronald:0.725
    Anthony:0.721 Kevin:0.671 Jason:0.660 Matthew:0.657 Gary:0.650 Timothy:0.640 Jose:0.613
    Larry:0.598 Jeffrey:0.591 Frank:0.581 Scott:0.546 Eric:0.544 Stephen:0.540 Andrew:0.537
    Raymond:0.488 Gregory:0.441 Joshua:0.435 Jerry:0.432 Dennis:0.415 Walter:0.399 Patrick:0.389
    Peter:0.381 Harold:0.371 Douglas:0.367 Henry:0.365 Carl:0.346 Arthur:0.335 Ryan:0.328
    Roger:0.322 Joe:0.321 Juan:0.316 Jack:0.315 Albert:0.314 Jonathan:0.313 Justin:0.311
    Terry:0.311 Gerald:0.309 Keith:0.308 Samuel:0.306 Willie:0.302 Ralph:0.282 Lawrence:0.282
    Nicholas:0.275 Roy:0.273 Benjamin:0.270 Bruce:0.263 Brandon:0.260 Adam:0.259 Harry:0.251
    Fred:0.251 Wayne:0.249 Billy:0.248 Steve:0.246 Louis:0.243 Jeremy:0.242 Aaron:0.240
    Randy:0.232 Howard:0.230 Eugene:0.230 Carlos:0.229 Russell:0.224 Bobby:0.223 Victor:0.222
    Martin:0.216 Ernest:0.215 Phillip:0.213 Todd:0.213 Jesse:0.209 Craig:0.206 Alan:0.204
    Shawn:0.200 Clarence:0.197 Sean:0.197 Philip:0.197 Chris:0.197 Johnny:0.195 Earl:0.193
    Jimmy:0.191 Antonio:0.190 Danny:0.190 Bryan:0.190 Tony:0.190 Luis:0.189 Mike:0.189
    Stanley:0.186 Leonard:0.186 Nathan:0.185 Dale:0.184 Manuel:0.181 Rodney:0.180 Curtis:0.180
    Norman:0.177 Allen:0.174 Marvin:0.171 Vincent:0.168 Glenn:0.167 Jeffery:0.166 Travis:0.166
    Jeff:0.166 Chad:0.165 Jacob:0.165 Lee:0.162 Melvin:0.162 Alfred:0.162 Kyle:0.160
    Francis:0.160 Bradley:0.159 Jesus:0.155 Herbert:0.155 Frederick:0.154 Ray:0.153 Joel:0.152
    Edwin:0.148 Don:0.145 Eddie:0.144 Ricky:0.141 Troy:0.138 Randall:0.138 Barry:0.134
    Alexander:0.132 Bernard:0.127 Mario:0.125 Leroy:0.125 Francisco:0.124 Marcus:0.124
    Micheal:0.123 Theodore:0.123 Clifford:0.123 Miguel:0.122 Oscar:0.122 Jay:0.118 Jim:0.118
    Tom:0.117 Calvin:0.115 Alex:0.115 Jon:0.115 Ronnie:0.113 Bill:0.112 Lloyd:0.112 Tommy:0.112
    Leon:0.112 Derek:0.112 Warren:0.110 Darrell:0.108 Jerome:0.108 Floyd:0.107 Leo:0.106
    Alvin:0.105 Tim:0.104 Wesley:0.104 Gordon:0.104 Dean:0.104 Greg:0.104 Jorge:0.104
    Dustin:0.103 Pedro:0.103 Derrick:0.103 Dan:0.101 Lewis:0.099 Zachary:0.099 Corey:0.098
    Herman:0.097 Maurice:0.097 Vernon:0.097 Roberto:0.097 Clyde:0.095 Glen:0.094 Hector:0.094
    Shane:0.093 Ricardo:0.093 Sam:0.092 Rick:0.091 Lester:0.091 Brent:0.090 Ramon:0.090
    Charlie:0.090 Tyler:0.089 Gilbert:0.089 Gene:0.087 Marc:0.087 Reginald:0.084 Ruben:0.082
    Brett:0.082 Angel:0.082 Nathaniel:0.081 Rafael:0.081 Leslie:0.081 Edgar:0.080 Milton:0.080
    Raul:0.079 Ben:0.078 Chester:0.078 Cecil:0.078 Duane:0.077 Franklin:0.077 Andre:0.076
    Elmer:0.074 Brad:0.073 Gabriel:0.073 Ron:0.072 Mitchell:0.072 Roland:0.072 Arnold:0.072
    Harvey:0.072 Jared:0.071 Adrian:0.069 Karl:0.069 Cory:0.068 Claude:0.068 Erik:0.068
    Darryl:0.067 Jamie:0.066 Neil:0.066 Jessie:0.065 Christian:0.065 Javier:0.065 Fernando:0.065
    Clinton:0.065 Ted:0.064 Mathew:0.064 Tyrone:0.064 Darren:0.064 Lonnie:0.064 Lance:0.063
    Cody:0.063 Julio:0.063 Kelly:0.063 Kurt:0.062 Allan:0.061 Nelson:0.061 Guy:0.060
    Clayton:0.060 Hugh:0.060 Max:0.059 Dwayne:0.059 Dwight:0.058 Armando:0.058 Felix:0.058
    Jimmie:0.058 Everett:0.057 Jordan:0.056 Ian:0.056 Wallace:0.056 Ken:0.055 Bob:0.055
    Jaime:0.055 Casey:0.054 Alfredo:0.054 Alberto:0.053 Dave:0.053 Ivan:0.053 Johnnie:0.052
    Sidney:0.052 Byron:0.052 Julian:0.052 Isaac:0.051 Morris:0.051 Clifton:0.050 Willard:0.050
    Daryl:0.050 Ross:0.050 Virgil:0.049 Andy:0.049 Marshall:0.049 Salvador:0.049 Perry:0.049
    Kirk:0.049 Sergio:0.049 Marion:0.048 Tracy:0.048 Seth:0.048 Kent:0.048 Terrance:0.048
    Rene:0.048 Eduardo:0.047 Terrence:0.047 Enrique:0.046 Freddie:0.046 Wade:0.045 Austin:0.044
    Stuart:0.044 Fredrick:0.043 Arturo:0.043 Alejandro:0.043 Jackie:0.043 Joey:0.043 Nick:0.043
    Luther:0.043 Wendell:0.042 Jeremiah:0.042 Evan:0.042 Julius:0.042 Dana:0.042 Donnie:0.041
    Otis:0.041 Shannon:0.040 Trevor:0.040 Oliver:0.040 Luke:0.040 Homer:0.040 Gerard:0.040
    Doug:0.040 Kenny:0.039 Hubert:0.039 Angelo:0.039 Shaun:0.039 Lyle:0.038 Matt:0.038
    Lynn:0.038 Alfonso:0.038 Orlando:0.037 Rex:0.037 Carlton:0.037 Ernesto:0.037 Cameron:0.037
    Neal:0.037 Pablo:0.036 Lorenzo:0.036 Omar:0.036 Wilbur:0.036 Blake:0.036 Grant:0.036
    Horace:0.036 Roderick:0.036 Kerry:0.036 Abraham:0.035 Willis:0.035 Rickey:0.035 Jean:0.035
    Ira:0.035 Andres:0.034 Cesar:0.034 Johnathan:0.034 Malcolm:0.034 Rudolph:0.034 Damon:0.034
    Kelvin:0.034 Rudy:0.034 Preston:0.034 Alton:0.033 Archie:0.033 Marco:0.033 Wm:0.033
    Pete:0.032 Randolph:0.032 Garry:0.032 Geoffrey:0.032 Jonathon:0.032 Felipe:0.032
    Bennie:0.032 Gerardo:0.032 Ed:0.032 Dominic:0.032 Robin:0.032 Loren:0.032 Delbert:0.031
    Colin:0.031 Guillermo:0.031 Earnest:0.031
"""

US_SURNAMES_TEXT = """
    Smith:1.006 Johnson:0.810 Williams:0.699 Jones:0.621 Brown:0.621 Davis:0.480 Miller:0.424
    Wilson:0.339 Moore:0.312 Taylor:0.311 Anderson:0.311 Thomas:0.311 Jackson:0.310 White:0.279
    Harris:0.275 Martin:0.273 Thompson:0.269 Garcia:0.254 Martinez:0.234 Robinson:0.233
    Clark:0.231 Rodriguez:0.229 Lewis:0.226 Lee:0.220 Walker:0.219 Hall:0.200 Allen:0.199
    Young:0.193 Hernandez:0.192 King:0.190 Wright:0.189 Lopez:0.187 Hill:0.187 Scott:0.185
    Green:0.183 Adams:0.174 Baker:0.171 Gonzalez:0.166 Nelson:0.162 Carter:0.162 Mitchell:0.160
    Perez:0.155 Roberts:0.153 Turner:0.152 Phillips:0.149 Campbell:0.149 Parker:0.146
    Evans:0.141 Edwards:0.137 Collins:0.134 Stewart:0.133 Sanchez:0.130 Morris:0.125
    Rogers:0.123 Reed:0.122 Cook:0.120 Morgan:0.118 Bell:0.117 Murphy:0.117 Bailey:0.115
    Rivera:0.113 Cooper:0.113 Richardson:0.112 Cox:0.110 Howard:0.110 Ward:0.108 Torres:0.108
    Peterson:0.107 Gray:0.106 Ramirez:0.105 James:0.105 Watson:0.103 Brooks:0.103 Kelly:0.102
    Sanders:0.100 Price:0.099 Bennett:0.099 Wood:0.098 Barnes:0.097 Ross:0.096 Henderson:0.095
    Coleman:0.095 Jenkins:0.095 Perry:0.094 Powell:0.093 Long:0.092 Patterson:0.092 Hughes:0.092
    Flores:0.092 Washington:0.092 Butler:0.091 Simmons:0.091 Foster:0.091 Gonzales:0.087
    Bryant:0.087 Alexander:0.085 Russell:0.085 Griffin:0.084 Diaz:0.084 Hayes:0.083 Myers:0.083
    Ford:0.082 Hamilton:0.082 Graham:0.082 Sullivan:0.081 Wallace:0.081 Woods:0.080 Cole:0.080
    West:0.080 Jordan:0.078 Owens:0.078 Reynolds:0.078 Fisher:0.077 Ellis:0.077 Harrison:0.076
    Gibson:0.075 McDonald:0.075 Cruz:0.075 Marshall:0.075 Ortiz:0.075 Gomez:0.075 Murray:0.074
    Freeman:0.074 Wells:0.073 Webb:0.072 Simpson:0.070 Stevens:0.070 Tucker:0.070 Porter:0.069
    Hunter:0.069 Hicks:0.069 Crawford:0.068 Henry:0.068 Boyd:0.068 Mason:0.068 Morales:0.067
    Kennedy:0.067 Warren:0.067 Dixon:0.066 Ramos:0.066 Reyes:0.066 Burns:0.065 Gordon:0.065
    Shaw:0.065 Holmes:0.065 Rice:0.064 Robertson:0.064 Hunt:0.063 Black:0.063 Daniels:0.062
    Palmer:0.062 Mills:0.061 Nichols:0.060 Grant:0.060 Knight:0.060 Ferguson:0.059 Rose:0.059
    Stone:0.059 Hawkins:0.059 Dunn:0.058 Perkins:0.058 Hudson:0.058 Spencer:0.057 Gardner:0.057
    Stephens:0.057 Payne:0.057 Pierce:0.056 Berry:0.056 Matthews:0.056 Arnold:0.056 Wagner:0.055
    Willis:0.055 Ray:0.055 Watkins:0.055 Olson:0.055 Carroll:0.055 Duncan:0.055 Snyder:0.055
    Hart:0.054 Cunningham:0.054 Bradley:0.054 Lane:0.054 Andrews:0.054 Ruiz:0.054 Harper:0.054
    Fox:0.053 Riley:0.053 Armstrong:0.053 Carpenter:0.053 Weaver:0.053 Greene:0.053
    Lawrence:0.052 Elliott:0.052 Chavez:0.052 Sims:0.052 Austin:0.052 Peters:0.052 Kelley:0.052
    Franklin:0.051 Lawson:0.051 Fields:0.051 Gutierrez:0.051 Ryan:0.051 Schmidt:0.051 Carr:0.051
    Vasquez:0.051 Castillo:0.051 Wheeler:0.051 Chapman:0.050 Oliver:0.050 Montgomery:0.049
    Richards:0.049 Williamson:0.049 Johnston:0.049 Banks:0.048 Meyer:0.048 Bishop:0.048
    McCoy:0.048 Howell:0.048 Alvarez:0.048 Morrison:0.048 Hansen:0.047 Fernandez:0.047
    Garza:0.047 Harvey:0.047 Little:0.046 Burton:0.046 Stanley:0.046 Nguyen:0.046 George:0.046
    Jacobs:0.046 Reid:0.046 Kim:0.045 Fuller:0.045 Lynch:0.045 Dean:0.045 Gilbert:0.045
    Garrett:0.045 Romero:0.045 Welch:0.044 Larson:0.044 Frazier:0.044 Burke:0.044 Hanson:0.043
    Day:0.043 Mendoza:0.043 Moreno:0.043 Bowman:0.043 Medina:0.042 Fowler:0.042 Brewer:0.042
    Hoffman:0.042 Carlson:0.042 Silva:0.042 Pearson:0.042 Holland:0.042 Douglas:0.041
    Fleming:0.041 Jensen:0.041 Vargas:0.041 Byrd:0.041 Davidson:0.041 Hopkins:0.041 May:0.040
    Terry:0.040 Herrera:0.040 Wade:0.040 Soto:0.040 Walters:0.040 Curtis:0.040 Neal:0.039
    Caldwell:0.039 Lowe:0.039 Jennings:0.039 Barnett:0.039 Graves:0.039 Jimenez:0.039
    Horton:0.039 Shelton:0.039 Barrett:0.039 O'Brien:0.039 Castro:0.039 Sutton:0.038
    Gregory:0.038 McKinney:0.038 Lucas:0.038 Miles:0.038 Craig:0.038 Rodriquez:0.037
    Chambers:0.037 Holt:0.037 Lambert:0.037 Fletcher:0.037 Watts:0.037 Bates:0.037 Hale:0.037
    Rhodes:0.037 Pena:0.037 Beck:0.037 Newman:0.036 Haynes:0.036 McDaniel:0.036 Mendez:0.036
    Bush:0.036 Vaughn:0.036 Parks:0.035 Dawson:0.035 Santiago:0.035 Norris:0.035 Hardy:0.035
    Love:0.035 Steele:0.035 Curry:0.035 Powers:0.035 Schultz:0.035 Barker:0.035 Guzman:0.034
    Page:0.034 Munoz:0.034 Ball:0.034 Keller:0.034 Chandler:0.034 Weber:0.034 Leonard:0.034
    Walsh:0.033 Lyons:0.033 Ramsey:0.033 Wolfe:0.033 Schneider:0.033 Mullins:0.033 Benson:0.033
    Sharp:0.033 Bowen:0.033 Daniel:0.033 Barber:0.032 Cummings:0.032 Hines:0.032 Baldwin:0.032
    Griffith:0.032 Valdez:0.032 Hubbard:0.032 Salazar:0.032 Reeves:0.032 Warner:0.031
    Stevenson:0.031 Burgess:0.031 Santos:0.031 Tate:0.031 Cross:0.031 Garner:0.031 Mann:0.031
    Mack:0.031 Moss:0.031 Thornton:0.031 Dennis:0.031 McGee:0.031 Farmer:0.030 Delgado:0.030
    Aguilar:0.030 Vega:0.030 Glover:0.030 Manning:0.030 Cohen:0.030 Harmon:0.030 Rodgers:0.030
    Robbins:0.030 Newton:0.030 Todd:0.030 Blair:0.030 Higgins:0.030 Ingram:0.030 Reese:0.030
    Cannon:0.030 Strickland:0.030 Townsend:0.030 Potter:0.030 Goodwin:0.030 Walton:0.030
    Rowe:0.029 Hampton:0.029 Ortega:0.029 Patton:0.029 Swanson:0.029 Joseph:0.029 Francis:0.029
    Goodman:0.029 Maldonado:0.029 Yates:0.029 Becker:0.029 Erickson:0.029 Hodges:0.029
    Rios:0.029 Conner:0.029 Adkins:0.029 Webster:0.028 Norman:0.028 Malone:0.028 Hammond:0.028
    Flowers:0.028 Cobb:0.028
"""

# The UK: given names in the order of the ONS rankings over the years today's people were
# born (the 1970s to the 2010s blended), 1/rank; surnames of England and Wales by count.
UK_F = ranked(
    """
    Sarah Emma Laura Claire Rebecca Emily Jessica Sophie Charlotte Hannah Lauren Amy Lucy Rachel
    Gemma Nicola Katie Samantha Olivia Amelia Chloe Louise Michelle Lisa Kelly Helen Karen Julie
    Susan Jennifer Elizabeth Victoria Stephanie Zoe Natalie Joanne Kirsty Hayley Danielle Jade
    Leanne Ellie Grace Isla Ava Mia Isabella Poppy Lily Freya Evie Ella Daisy Alice Ruby Holly
    Megan Georgia Abigail Bethany Eleanor Florence Rosie Phoebe Millie Imogen Matilda Sienna
    Scarlett Harriet Jasmine Anna Molly Eva Maisie Erin Caitlin Shannon Amber Paige Kayleigh
    Stacey Donna Tracey Deborah Alison Angela Jacqueline Catherine Kathryn Joanna Caroline Jane
    Ruth Margaret Patricia Linda Carol Janet Christine Jean Sandra Pauline Maureen Gillian Wendy
    Dawn Sharon Diane Lorraine Denise Tina Beverley Andrea Heather Fiona Kate Natasha Vicky Kerry
    Naomi Rhiannon Bethan Sian Ffion Niamh Aoife Orla Siobhan Roisin Kirsten Eilidh Morag Iona
    Aimee Beth Jodie Toni Gail Elaine Yvonne Shirley Brenda Valerie Barbara Marion Hazel Rita
    Joan Doreen Sheila Irene Eileen Mary Ann Anne Jill Lynne Lesley Maria Hollie Layla Aisha
    Fatima Zara Maryam Khadija Hafsa Priya Anjali Simran Harpreet Amira Willow Aria Luna Ivy
    Nancy Elsie Edith Thea Esme Orla Penelope Rosa Violet Darcey Lola Lexi Summer Harper Sofia
    Maya Ayesha Nadia Yasmin Ellen Kim Melanie Tanya Carly Kimberley Katherine Sally Sue Tessa
""",
    head=130,
)
UK_M = ranked(
    """
    David John Michael Paul Andrew James Mark Richard Robert Christopher Stephen Daniel Thomas
    Matthew Peter Ian Simon Gary Steven Kevin Lee Anthony Jonathan Adam Martin Neil Craig Stuart
    Alan Darren Jamie Ryan Jack Oliver Harry George Charlie Jacob Alfie Noah Oscar William Leo
    Muhammad Joshua Luke Samuel Benjamin Liam Nathan Callum Connor Lewis Jordan Ben Joseph Kieran
    Dean Scott Wayne Carl Jason Shaun Philip Keith Graham Colin Brian Kenneth Roger Trevor Barry
    Nigel Terry Derek Malcolm Gordon Raymond Roy Frank Dennis Ronald Alexander Edward Henry Arthur
    Freddie Archie Theo Isaac Finley Logan Ethan Max Lucas Harrison Mason Dylan Tyler Reece
    Bradley Aaron Owen Rhys Gareth Dafydd Huw Gethin Iwan Rory Fraser Euan Hamish Angus Ewan
    Niall Conor Declan Sean Patrick Ciaran Mohammed Ahmed Ali Hassan Omar Adil Imran Arjun Rohan
    Ravi Sanjay Harvey Elliot Louis Toby Jake Joe Sam Tom Tommy Billy Reggie Ronnie Stanley
    Albert Teddy Jude Elijah Ezra Finn Hugo Rupert Hugh Giles Nicholas Timothy Julian Vincent
    Howard Clive Russell Jeremy Graeme Kenny Craig Ross Jay Marcus Luca Kai Zachary Mohammad
""",
    head=120,
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
    Potter Osborne Johnston Gordon Doyle Wallace George Jordan Hutchinson Rowe Burke May
    Pritchard Gilbert Willis Higgins Read Miles Stevenson Stephenson Hammond Arnold Buckley
    Walters Hewitt Barber Nelson Slater Austin Sullivan Whitehead Mann Frost Lambert Stephens
    Blake Akhtar Lynch Goodwin Barton Woodward Thomson Cunningham Quinn Barnett Baxter Bibi
    Clayton Nash Greenwood Jennings Holt Kemp Poole Gallagher Bond Stokes Tucker Davidson Fowler
    Heath Norman Middleton Lees Banks French Hyde Abbott Kirby Dale Naylor Hope Sheppard Pugh
    Bevan Prosser Lloyd-Jones Rahman Chowdhury Mistry Choudhury Sharma Kumar Nguyen Wong Chen
    Kowalski Nowak Okafor Adeyemi Mensah Owusu Osei MacLeod MacKenzie Fraser Sinclair Duffy
""",
    head=150,
)
US_F = weighted(US_F_TEXT)
US_M = weighted(US_M_TEXT)
US_SURNAMES = weighted(US_SURNAMES_TEXT)

SWEDISH = Origin(SV_F, SV_M, SV_SURNAMES)
UK = Origin(UK_F, UK_M, UK_SURNAMES)
US = Origin(US_F, US_M, US_SURNAMES)
ORIGINS = {
    "swedish": SWEDISH, "finnish": FINNISH, "arabic": ARABIC, "kurdish": KURDISH,
    "persian": PERSIAN, "somali": SOMALI, "eritrean": ERITREAN, "afghan": AFGHAN,
    "polish": POLISH, "bcs": BCS, "turkish": TURKISH, "thai": THAI, "latin": LATIN,
    "us": US, "uk": UK,
}  # fmt: skip
# Who is named in a row of each language, roughly as Sweden's population is (and as the English
# speaking world is, for English rows).
MIXES: dict[str, dict[str, float]] = {
    "sv": {"swedish": 68, "arabic": 6, "finnish": 4, "polish": 2.5, "bcs": 2.5, "persian": 2.5,
           "somali": 2, "kurdish": 1.5, "turkish": 1.5, "afghan": 1.5, "eritrean": 1.2,
           "thai": 1, "latin": 1, "uk": 0.6, "us": 0.5},
    "en": {"us": 40, "uk": 36, "swedish": 8, "arabic": 2, "polish": 2, "latin": 2,
           "finnish": 1, "persian": 1, "somali": 1, "thai": 1, "turkish": 1, "bcs": 1},
    "mixed": {"swedish": 52, "uk": 11, "us": 10, "arabic": 5, "finnish": 3, "polish": 3,
              "persian": 2.5, "bcs": 2.5, "afghan": 1.5, "somali": 1.5, "turkish": 1.5,
              "kurdish": 1.5, "eritrean": 1, "thai": 1, "latin": 1},
}  # fmt: skip

# Short forms and nicknames as people write them, by origin and given name.
NICK_SV = {
    "Lars": ["Lasse"], "Mikael": ["Micke"], "Karl": ["Kalle"], "Per": ["Pelle", "Pär"],
    "Hans": ["Hasse"], "Thomas": ["Tompa"], "Tomas": ["Tompa"], "Magnus": ["Manne"],
    "Marcus": ["Macke"], "Fredrik": ["Fredde"], "Daniel": ["Danne"], "Robert": ["Robban"],
    "Patrik": ["Patte"], "Jan": ["Janne"], "Stefan": ["Steffe"], "Leif": ["Leffe"],
    "Henrik": ["Henke"], "Christer": ["Crille"], "Kenneth": ["Kenta"], "Rolf": ["Roffe"],
    "Joakim": ["Jocke"], "Johan": ["Jocke", "Jojje"], "Gustav": ["Gurra", "Gustav"],
    "Mattias": ["Matte"], "Kristoffer": ["Kricke", "Krille"], "Christoffer": ["Krille"],
    "Alexander": ["Alex"], "Sebastian": ["Sebbe"], "Andreas": ["Andy"], "Björn": ["Nalle"],
    "Torbjörn": ["Tobbe"], "Tobias": ["Tobbe"], "Niklas": ["Nicke"], "Peter": ["Pelle"],
    "Bengt": ["Bengan"], "Göran": ["Gurra"], "Roger": ["Roggan"], "Oskar": ["Ogge"],
    "Erik": ["Erre"], "Anders": ["Ante"], "Gunnar": ["Gunne"], "Rickard": ["Rickan"],
    "Elisabeth": ["Bettan", "Lisa"], "Kristina": ["Kicki", "Stina"], "Margareta": ["Maggan"],
    "Charlotte": ["Lotta"], "Katarina": ["Kattis"], "Susanne": ["Sussie"],
    "Birgitta": ["Bittan", "Gittan"], "Josefin": ["Jossan"], "Matilda": ["Tilda"],
    "Therese": ["Tessan"], "Camilla": ["Millan"], "Caroline": ["Carro"], "Carolina": ["Carro"],
    "Rebecka": ["Becka"], "Johanna": ["Hanna"], "Ulrika": ["Ullis"], "Kerstin": ["Kerstin"],
    "Viktoria": ["Vicky"], "Jessica": ["Jessi"], "Gunilla": ["Gunnel"], "Emelie": ["Emmie"],
    "Madeleine": ["Madde"], "Agneta": ["Agge"], "Barbro": ["Babbe"], "Annika": ["Annie"],
    "Anna": ["Annie"], "Helena": ["Lena"], "Cecilia": ["Cissi"], "Ingrid": ["Ingan"],
}  # fmt: skip
NICK_EN = {
    "Elizabeth": ["Liz", "Beth", "Lizzie"], "Robert": ["Rob", "Bob", "Bobby"],
    "William": ["Will", "Bill"], "Richard": ["Rich", "Rick"], "James": ["Jim", "Jimmy"],
    "Michael": ["Mike", "Mick"], "Christopher": ["Chris"], "Jennifer": ["Jen", "Jenny"],
    "Margaret": ["Maggie", "Peggy"], "Patricia": ["Pat", "Trish"], "Katherine": ["Kate", "Kathy"],
    "Catherine": ["Cathy", "Kate"], "Thomas": ["Tom"], "Anthony": ["Tony"], "Daniel": ["Dan"],
    "Matthew": ["Matt"], "Joseph": ["Joe"], "Edward": ["Ed", "Ted"], "Samantha": ["Sam"],
    "Victoria": ["Vicky"], "Rebecca": ["Becky"], "Deborah": ["Debbie"], "Susan": ["Sue"],
    "Steven": ["Steve"], "Stephen": ["Steve"], "Nicholas": ["Nick"], "Jonathan": ["Jon"],
    "Benjamin": ["Ben"], "Alexander": ["Alex"], "David": ["Dave"], "Andrew": ["Andy"],
    "Charles": ["Charlie", "Chuck"], "Jessica": ["Jess"], "Kimberly": ["Kim"],
    "Barbara": ["Barb"], "Donald": ["Don"], "Ronald": ["Ron"], "Timothy": ["Tim"],
    "Gregory": ["Greg"], "Jeffrey": ["Jeff"], "Kenneth": ["Ken"], "Lawrence": ["Larry"],
    "Gerald": ["Gerry"], "Peter": ["Pete"], "Abigail": ["Abby"], "Eleanor": ["Ellie"],
    "Christine": ["Chris"], "Jacqueline": ["Jackie"], "Nicola": ["Nicky"], "Joanne": ["Jo"],
    "Gillian": ["Gill"], "Raymond": ["Ray"], "Samuel": ["Sam"], "Philip": ["Phil"],
    "Frederick": ["Fred"], "Douglas": ["Doug"], "Dorothy": ["Dot"], "Mohammed": ["Mo"],
    "Muhammad": ["Mo"],
}  # fmt: skip
NICK_OTHER = {
    "Mohammed": ["Mo"], "Mohammad": ["Mo"], "Abdirahman": ["Abdi"], "Abdullahi": ["Abdi"],
    "Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"], "Aleksandra": ["Ola"], "Agnieszka": ["Aga"],
    "Krzysztof": ["Krzysiek"], "Tomasz": ["Tomek"], "Michał": ["Michu"], "Mehmet": ["Memo"],
    "Francisco": ["Pancho"], "José": ["Pepe"], "Matti": ["Masa"],
}  # fmt: skip
NICKNAMES = {"swedish": NICK_SV, "us": NICK_EN, "uk": NICK_EN}
for _key in ("arabic", "somali", "polish", "turkish", "latin", "finnish", "afghan", "persian"):
    NICKNAMES[_key] = NICK_OTHER
