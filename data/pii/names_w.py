# ruff: noqa: E501
"""The weighted name pools of held-out W (issue 15): names as the population has them.

Every name word of W is drawn from these pools, by how often people really carry it, and from
nothing else. Nothing here was checked against rung's lexicons and nothing was left out because
rung might know it. Each pool is a list in rank order with a weight per name:

- **Swedish-born** (`SV_*`): given names and surnames in the order SCB's published name
  statistics rank them for the whole population (tilltalsnamn; written from the writer's general
  knowledge of those tables, not copied from them), the first 150 of each list its head, the
  names ranked after them (still names SCB counts in the thousands or hundreds) its tail. Weight
  by rank, Zipf-like: 1/rank. Hyphenated given names (`Anna-Karin`, `Jan-Erik`) are their own
  small ranked list, drawn for about one Swedish given name in twenty.
- **Origins common in Sweden**: Finnish, Arabic (Syria, Iraq, Lebanon), Persian and Dari (Iran,
  Afghanistan), Kurdish, Somali, Eritrean (Tigrinya), Polish, Bosnian/Serbian/Croatian,
  Turkish, Chilean and other Spanish-speaking, Thai and Indian: each origin's commonest given
  names and surnames from general knowledge of its own naming statistics, in rank order, weight
  1/rank; the head of each is its first third (at least 10 names), the tail the rest.
- **English-speaking**: the US Census Bureau's 1990 frequency lists (public domain; read from
  the `names==0.3.0` sdist's `dist.female.first`, `dist.male.first` and `dist.all.last`, MIT
  package, the data itself public domain), weight the census per cent, head the first 150 ranks,
  tail ranks 151 to 1000 (women), 800 (men) and 2000 (surnames); and UK-common names (ONS baby
  names and the commonest surnames of England and Wales, from general knowledge), weight 1/rank,
  head the first 60, tail the rest.

How often each origin is drawn (`MIXES`) is by rough share of Sweden's population (SCB: about
a fifth born abroad; Syria, Iraq, Finland, Poland, Iran, Somalia, former Yugoslavia, Afghanistan,
India, Eritrea, Turkey, Thailand and Chile the largest countries of birth; children born in
Sweden to them counted with them) for Swedish rows, and for English rows by who writes and is
written about in English in Swedish workplaces and abroad (US and UK names the most, Swedes
next, then India). The census block at the end is written by `python data/pii/names_w.py
--census DIR` (DIR the sdist's `names/` folder).
"""

from __future__ import annotations

import argparse
import unicodedata
from dataclasses import dataclass
from pathlib import Path

Census = tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class Pool:
    """Names in rank order, a weight each, and how many of the first ranks are the head."""

    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int
    source: str


def ranked(head: str, tail: str, source: str) -> Pool:
    """A pool from names in rank order (the head's, then the tail's), weight 1/rank (Zipf)."""
    top = tuple(dict.fromkeys(head.split()))
    rest = tuple(n for n in dict.fromkeys(tail.split()) if n not in top)
    names = top + rest
    return Pool(names, tuple(1 / rank for rank in range(1, len(names) + 1)), len(top), source)


def origin_pool(words: str, source: str) -> Pool:
    """An origin's pool in rank order: its head the first third of its names (at least 10)."""
    names = tuple(dict.fromkeys(words.split()))
    head = max(10, len(names) // 3)
    return ranked(" ".join(names[:head]), " ".join(names[head:]), source)


def census(rows: Census, head: int, source: str) -> Pool:
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head, source)


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


SCB = "SCB name statistics (ranks from general knowledge)"

SV_GIVEN_F = ranked(
    """
    Anna Eva Maria Karin Sara Lena Kerstin Emma Kristina Ingrid Marie Malin Jenny Hanna Linda
    Birgitta Annika Inger Susanne Elin Johanna Monica Sofia Ulla Katarina Julia Ida Elisabeth
    Carina Camilla Helena Margareta Amanda Emelie Ebba Åsa Elsa Alice Maja Ulrika Linnéa
    Matilda Agneta Anneli Gunilla Cecilia Wilma Frida Josefin Barbro Lisa Ella Ellen Anette
    Therese Caroline Jessica Elisabet Siv Ann Alva Klara Astrid Olivia Agnes Britt Gun Marianne
    Ingela Lina Moa Louise Yvonne Pia Mona Viktoria Emilia Felicia Sanna Rebecka Madeleine Erika
    Lovisa Nathalie Cornelia Saga Tilda Selma Freja Vera Ingegerd Birgit Gunnel Solveig Charlotte
    Mikaela Jeanette Pernilla Annelie Isabelle Tove Elvira Nora Lilly Ester Alma Tyra Kajsa
    Evelina Sofie Karolina Ylva Veronica Sandra Mia Helen Anita Lisbeth Margit Berit Rut Märta
    Stina Ewa Josefine Hilda Elina Irene Marita Lotta Angelica Jennie Sonja Ronja Linn Tuva
    Thea Signe Edith Liv Stella Iris Elise Mira Nellie Emmy Hedvig Hilma Gudrun Ingeborg Maj
    """,
    """
    Majvor Elsy Dagmar Svea Gerd Ruth Inga Lillemor Gunvor Gunhild Ragnhild Bodil Christel
    Kristin Katrin Désirée Viola Tindra Juni Smilla Vilja Hedda Meja Elly Majken Minna Elna
    Greta Gertrud Hjördis Mimmi Nova Siri Sigrid Tora Tova Valborg Yrsa Åse Alexandra Amelia
    Bianca Catharina Christina Gabriella Josefina Madelene Mathilda Michaela Paulina Petra
    Rebecca Sabina Susanna Tina Ulrica Victoria Linnea Ingalill Marlene Anne Annette Mariana
    Helene Jannike Jenni Carolina Lovis Hillevi Ellinor Elvi Doris Gunborg Ester Karolin
    Inez Marika Rosita Britta Birgitte Lise Ann-Mari Sylvia Vivianne Elise Leia Novalie Elle
    Nicole Melissa Johanna Jasmine Sofi Hilde Eleonor Elvina Lydia Maud Naemi Stephanie
    """,
    SCB,
)
SV_GIVEN_M = ranked(
    """
    Lars Mikael Anders Johan Erik Per Karl Peter Thomas Jan Daniel Fredrik Hans Andreas Stefan
    Magnus Mats Bengt Alexander Jonas Martin Oskar Niklas Bo Nils Björn Lennart Henrik Marcus
    Patrik Gustav Christer Göran Leif Ulf Olof Emil Sven Filip Anton Viktor Robert Kjell David
    Simon Rolf Stig Christian Tommy William Lucas Hugo Oliver Elias Axel Ludvig Jonathan Kent
    Roger Håkan Tobias Joakim Sebastian Jakob Linus Rasmus Adam Isak Albin Liam Noah Theo Leo
    Melvin Vincent Arvid Edvin Gunnar Åke Ingemar Rune Arne Tomas Roland Kenneth Jörgen Kurt
    Bertil Sten Torbjörn Mattias Jimmy Dennis Robin Kristoffer Johannes Pontus Richard Jesper
    Max Elliot Alfred Harry Otto Valter Sixten Olle Conny Urban Dan Ove Claes Jens Morgan Joel
    Viggo Charlie Gabriel Samuel Benjamin Casper Ivar Wilhelm Love Hampus Eric Carl Christoffer
    Mathias Krister Sune Gösta Folke Yngve Evert Allan Birger Ingvar Uno Lucas Niclas Anton
    Petter Rikard Jim Tony Glenn Kevin Ola Pär Benny Ronny
    """,
    """
    Sigvard Holger Sture Helge Ragnar Harald Valdemar Verner Tage Torsten Assar Hilding Einar
    Knut Ebbe Gert Tore Svante Staffan Mårten Algot Loke Frans Melker Matteo Kevin Nicklas
    Patric Lukas Jim Glenn Tony Benny Ronny Pär Ola Ronnie Sonny Rikard Petter Sören Alf
    Gustaf Ture Elof Josef Jon Emanuel Kim Ville Vidar Alvin Elton Milo Colin Jack Leon Mio
    Nicolas Adrian Erling Gottfrid Hjalmar Ingmar Lage Leopold Malte Manfred Nore Olov Osvald
    Reine Roine Seth Sigge Sölve Thor Tor Torgny Torvald Ulrik Vilgot Wiktor Åsmund Egon Eskil
    Gunder Halvar Hilmer Jarl Kennet Lennarth Mauritz Natanael Oscar Pelle Ragnvald Roy Sam
    """,
    SCB,
)
SV_HYPHEN_F = ranked(
    """
    Ann-Christin Anna-Karin Ann-Marie Eva-Lena Anna-Lena Ann-Sofie Ann-Charlotte Marie-Louise
    """,
    """
    Anne-Marie Ulla-Britt Britt-Marie Maj-Britt Anna-Maria Lise-Lotte Ann-Kristin Eva-Karin
    Gun-Britt Anna-Klara Anna-Greta Karin-Marie
    """,
    SCB,
)
SV_HYPHEN_M = ranked(
    """
    Jan-Erik Lars-Göran Per-Olof Karl-Erik Carl-Johan Lars-Erik Per-Erik Jan-Olof
    """,
    """
    Bengt-Göran Karl-Johan Jan-Åke Nils-Erik Per-Anders Lars-Olof Sven-Erik Hans-Olof Bo-Göran Jan-Olov
    Per-Åke Karl-Gustav
    """,
    SCB,
)
SV_SURNAMES = ranked(
    """
    Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
    Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
    Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist
    Mattsson Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Wallin Engström Eklund
    Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson
    Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson
    Nordström Carlsson Mårtensson Lundström Viklund Björklund Eliasson Pålsson Berggren
    Sandström Lund Nordin Ström Åberg Hermansson Ekström Holmgren Sundberg Hedlund Dahlberg
    Hellström Sjögren Abrahamsson Falk Öberg Martinsson Andreasson Blom Ek Månsson Strand
    Åkesson Jonasson Dahl Hedberg Sundström Lindholm Ekman Norberg Holmqvist Sjöström
    Strömberg Nordqvist Lindblom Hedström Lindell Nyman Lindahl Hallberg Lundmark Åström
    Karlström Hägg Söderström Boström Lindkvist Nordlund Ivarsson Josefsson Sundqvist
    Kristiansson Lindblad Ottosson Engberg Forsman Höglund Lilja Nord Edlund Bäckström Björkman
    Lindén Sjödin Borg Ekberg Grahn Roos Törnqvist Sundin Rydberg Ahlström Malm Nygren
    Dahlgren Dahlström Friberg Hägglund Holmström Rosén Sjölund Petersson Kvist Ljungberg
    """,
    """
    Zetterberg Modig Eng Thorén Jeppsson Bergkvist Hjalmarsson Wallgren Ljung Hammar Sundell
    Wennberg Ekholm Lindroth Skoglund Nordgren Lindh Lundell Westerberg Strid Ståhl Wiklund
    Fors Lövgren Brandt Åkerman Hedin Gran Landin Lindmark Palm Rask Norén Berntsson Ek
    Ericsson Ekelund Öhman Häggström Asplund Sundén Backman Sandin Wahlström Almqvist Nilsson
    Edström Öhrn Lindbom Segerström Fagerström Moberg Granberg Stenberg Adolfsson Augustsson
    Bergh Blomberg Borgström Dahlin Edvardsson Eklöf Eklund Ferm Forslund Franzén Frisk
    Gustavsson Hagström Hallin Hedman Holmén Hult Jernberg Johnsson Kjellberg Lagerström
    Lidén Lindelöf Ljungqvist Lorentzon Löfstedt Malmberg Mellberg Nordberg Nordenberg
    Nordling Norling Nylander Olausson Olsén Pettersen Pihl Qvist Rehn Ringström Rydén Sahlin
    Sandgren Schön Selin Sjöqvist Skog Sjöblom Stenström Strandberg Svanberg Svärd Söderlund
    Tell Thelin Thuresson Tidblad Unger Vikström Wahlberg Westin Widén Åhlund Östberg Östlund
    """,
    SCB,
)
ORIGIN_NOTE = "the origin's own naming statistics (ranks from general knowledge)"

FINNISH = Origin(
    origin_pool(
        """Marja Tuula Pirjo Anneli Ritva Leena Sirpa Päivi Riitta Eila Hannele Satu Tiina Kaisa
        Outi Anne Merja Seija Raija Liisa Helena Aino Eija Marjatta Johanna Minna Sari Hanna
        Arja Kirsi Anu Heli Terttu Irma Sinikka Maarit""",
        ORIGIN_NOTE,
    ),
    origin_pool(
        """Matti Pekka Juha Kari Timo Mikko Jari Antti Markku Heikki Jukka Seppo Esa Kalle Ilkka
        Tapio Hannu Risto Veikko Raimo Ari Petri Janne Tero Arto Pentti Erkki Ville Jouko Kimmo
        Sami Tuomas Olli Lauri Aki""",
        ORIGIN_NOTE,
    ),
    origin_pool(
        """Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen
        Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen
        Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen
        Lahtinen Ahonen Leinonen Hiltunen Hakala Väisänen Kettunen Seppälä Pitkänen Ojala
        Miettinen Kallio""",
        ORIGIN_NOTE,
    ),
)
ARABIC = Origin(
    origin_pool(
        """Fatima Maryam Noor Aisha Zainab Rana Lina Hiba Sara Rasha Amal Reem Layla Huda Dalia
        Yasmin Hanan Nadia Samira Rania Ghada Shahad Aya Dima Sawsan Zahra Mariam Hala Nisreen
        Ruqaya Asmaa Heba Manar Bushra Wafaa Iman Rahaf Sidra Ola Marwa""",
        ORIGIN_NOTE,
    ),
    origin_pool(
        """Mohammad Mohammed Ahmad Ali Hassan Hussein Omar Khaled Mahmoud Mustafa Ibrahim Yousef
        Abdullah Karim Rami Samer Bashar Ammar Tariq Jamal Ayman Walid Firas Basel Anas Hamza
        Adnan Ziad Haidar Mazen Majd Fadi Issa Osama Nabil Abdulrahman Hasan Sami Wael Yazan
        Muhammad Abbas Salah Raed""",
        ORIGIN_NOTE,
    ),
    origin_pool(
        """Ali Mohammed Ahmed Hassan Hussein Ibrahim Abdullah Khalil Saleh Mahmoud Alali Alahmad
        Alhussein Almohammad Haddad Khoury Nasser Mansour Hamdan Issa Darwish Youssef Aziz
        Khalaf Shaker Hamoud Alhassan Al-Jabouri Al-Obaidi Al-Dulaimi Al-Tamimi Al-Saadi
        Al-Khafaji Kassab Sabbagh Jaber Abbas Salman Hamad Kadhim Jawad Younes Ismail Othman
        Suleiman Matti Yousif Toma Hanna Shamoun Khalid Rashid""",
        ORIGIN_NOTE,
    ),
)
PERSIAN = Origin(
    origin_pool(
        """Maryam Fatemeh Zahra Leila Shirin Mina Neda Sara Nasrin Parisa Roya Azadeh Mahsa
        Shabnam Ladan Soheila Fereshteh Setareh Yasaman Nazanin Mahnaz Zohreh Farzaneh Marjan
        Elham Golnar Sepideh Tahmineh Homa Negar Samira Bahar Mitra Pari Sima Fariba Gita""",
        ORIGIN_NOTE,
    ),
    origin_pool(
        """Ali Mohammad Reza Hossein Mehdi Amir Hamid Saeed Majid Behrouz Farhad Kamran Arash
        Babak Dariush Omid Navid Peyman Ahmad Javad Morteza Hassan Masoud Kourosh Siamak Bijan
        Parviz Ramin Shahram Abbas Mostafa Sohrab Payam Kaveh Mojtaba Mahmoud Ebrahim Habib""",
        ORIGIN_NOTE,
    ),
    origin_pool(
        """Mohammadi Hosseini Ahmadi Rezaei Karimi Moradi Hashemi Rahimi Jafari Ghorbani Rostami
        Sadeghi Mousavi Azizi Hakimi Amiri Najafi Nazari Kazemi Bagheri Heidari Rahmani Safari
        Yousefi Sultani Habibi Akbari Ebrahimi Soltani Faraji Shahbazi Salehi Nouri Kamali
        Mirzaei Zamani Tehrani Ghasemi Hassani Noori Samadi Mansouri Asadi Naderi""",
        ORIGIN_NOTE,
    ),
)
KURDISH = Origin(
    origin_pool(
        """Shilan Zhian Nasrin Rojin Dilan Berivan Hana Avin Shirin Rezan Sazan Lana Helin
        Roshna Bahar Nishtiman Gulistan Zilan Viyan Narin Shno Tara Rozhin Evin Jiyan Kajal
        Chra Awaz Peri Dilvin""",
        ORIGIN_NOTE,
    ),
    origin_pool(
        """Rebin Azad Shwan Karwan Baran Hiwa Sherwan Aram Rebwar Kawa Zana Soran Dlshad Hawre
        Dilshad Botan Serdar Rizgar Hemin Bawar Goran Hogir Sirwan Ari Barzan Zirak Delovan
        Ahmad Kamal Jiyan Aso Sarkawt""",
        ORIGIN_NOTE,
    ),
    origin_pool(
        """Ahmed Karim Rasul Mahmud Aziz Qadir Salih Hama Mohammed Omar Abdulla Ismail Amin
        Baban Khoshnaw Jaf Zebari Doski Bakir Kaya Demir Rashid Faraj Hasan Mustafa Qasim
        Hussein Tahir Saeed Jalal Rahman Sharif Aziz Mirza Anwar""",
        ORIGIN_NOTE,
    ),
)
SOMALI = Origin(
    origin_pool(
        """Fadumo Hodan Amina Asha Sahra Ayan Hawa Halima Maryan Ifrah Nimco Safiya Khadija Sagal
        Hibo Ubah Filsan Deeqa Farhiya Idil Sucaad Leyla Ikran Muna Najma Saynab Sumaya Ilhan
        Hamdi Naima""",
        ORIGIN_NOTE,
    ),
    origin_pool(
        """Abdi Mohamed Ahmed Abdullahi Hassan Ali Omar Yusuf Mahad Abdirahman Abdikarim Hussein
        Farah Ismail Mustafe Liban Said Abdiaziz Abdirizak Guled Hamza Khalid Mukhtar Bashir
        Nuur Ayub Sharmarke Jamal Idris Ibrahim""",
        ORIGIN_NOTE,
    ),
    origin_pool(
        """Mohamed Ahmed Ali Hassan Abdi Omar Farah Hussein Abdullahi Warsame Jama Yusuf Osman
        Nur Ibrahim Abdirahman Aden Hersi Egal Dahir Mohamud Elmi Gedi Isse Hirsi Abdulle Adan
        Mahamud Shire Samatar Hashi Ismail Abdille Guled Jimale""",
        ORIGIN_NOTE,
    ),
)
ERITREAN = Origin(
    origin_pool(
        """Helen Senait Selam Ruth Saba Lidia Mebrat Hiwet Yordanos Winta Semhar Freweini
        Letensae Rahel Tsega Eden Meron Luwam Almaz Azieb Tirhas Elsa Feven Hanna Yohana Aster
        Mihret Sennait Rigat Danait""",
        ORIGIN_NOTE,
    ),
    origin_pool(
        """Yonas Daniel Samuel Tesfay Mehari Tekle Filmon Yohannes Berhane Mussie Habtom Amanuel
        Dawit Efrem Tesfalem Robel Kibrom Biniam Ghirmay Merhawi Henok Aron Natnael Yemane
        Michael Solomon Goitom Simon Teklay Nahom""",
        ORIGIN_NOTE,
    ),
    origin_pool(
        """Tesfay Ghebremedhin Haile Tekle Berhe Kidane Gebremichael Tesfamariam Woldu Mehari
        Habte Ghebreyesus Abraha Asmerom Yemane Negash Kahsay Andemariam Zerai Fitsum Tewelde
        Ghebre Weldemichael Mebrahtu Gebrehiwet Araya Ghirmai Teklemariam Bahta Okbamichael""",
        ORIGIN_NOTE,
    ),
)
POLISH = Origin(
    origin_pool(
        """Anna Katarzyna Maria Małgorzata Agnieszka Barbara Ewa Krystyna Elżbieta Magdalena
        Joanna Zofia Aleksandra Monika Teresa Danuta Natalia Karolina Marta Beata Dorota Justyna
        Jadwiga Paulina Agata Iwona Halina Grażyna Irena Sylwia Renata Izabela Kinga Patrycja
        Weronika""",
        ORIGIN_NOTE,
    ),
    origin_pool(
        """Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Stanisław Jakub Adam Marek
        Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Jerzy Maciej Rafał Robert
        Kamil Józef Tadeusz Ryszard Sławomir Przemysław Bartosz Artur Sebastian Damian Kacper
        Szymon""",
        ORIGIN_NOTE,
    ),
    origin_pool(
        """Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański
        Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk
        Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Nowakowski Wieczorek
        Wróbel Jabłoński Majewski Olszewski Stępień Malinowski Jaworski Adamczyk Dudek Nowicki
        Pawlak Górski Witkowski Walczak""",
        ORIGIN_NOTE,
    ),
)
BCS = Origin(
    origin_pool(
        """Amra Emina Lejla Selma Azra Aida Ajla Amela Mirela Jelena Ana Marija Ivana Snežana
        Dragana Maja Sanja Vesna Jasmina Zlata Nermina Edina Alma Belma Elma Merima Senada
        Amina Dženana Mirsada Biljana Gordana Milena""",
        ORIGIN_NOTE,
    ),
    origin_pool(
        """Amir Adnan Emir Edin Mirza Senad Haris Dragan Zoran Goran Milan Nenad Dejan Marko
        Ivan Stefan Nikola Dario Damir Sanel Alen Almir Jasmin Elvir Nermin Mladen Zlatan
        Kenan Armin Dino Enes Muhamed Samir Ermin Tarik""",
        ORIGIN_NOTE,
    ),
    origin_pool(
        """Hodžić Hadžić Begić Delić Mehmedović Hasanović Husić Kovačević Petrović Jovanović
        Nikolić Marković Đorđević Horvat Babić Kovačić Ibrahimović Alić Čolić Salihović Mujić
        Omerović Stojanović Popović Ilić Pavlović Jukić Šarić Mustafić Softić Hasić Hukić
        Suljić Muratović Karić Džafić Avdić Halilović Osmanović Bešić""",
        ORIGIN_NOTE,
    ),
)
TURKISH = Origin(
    origin_pool(
        """Fatma Ayşe Emine Hatice Zeynep Elif Meryem Şerife Zehra Hülya Özlem Esra Derya Gül
        Sevgi Ebru Songül Melek Sibel Nur Gülsüm Aynur Leyla Filiz Dilek Selin Büşra Merve
        Yasemin Sultan""",
        ORIGIN_NOTE,
    ),
    origin_pool(
        """Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Ömer Yusuf Emre Burak Serkan
        Kemal Osman İsmail Recep Cem Can Deniz Volkan Erdal Fatih Halil Süleyman Orhan Erkan
        Tolga Selim Kenan""",
        ORIGIN_NOTE,
    ),
    origin_pool(
        """Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç
        Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Erdoğan Güneş Aksoy Akın Tekin
        Bulut Kaplan Ünal Özer Turan Karaca Güler Acar""",
        ORIGIN_NOTE,
    ),
)
LATIN = Origin(
    origin_pool(
        """María Carolina Claudia Patricia Verónica Paula Francisca Daniela Marcela Alejandra
        Javiera Camila Valentina Carmen Isabel Gabriela Ximena Lorena Rosa Ana Fernanda Paola
        Cecilia Andrea Macarena Constanza Pamela Soledad Natalia Lucía""",
        ORIGIN_NOTE,
    ),
    origin_pool(
        """José Juan Luis Carlos Jorge Pedro Francisco Manuel Sergio Patricio Claudio Cristián
        Rodrigo Diego Pablo Víctor Alejandro Fernando Miguel Héctor Mario Ricardo Gonzalo
        Marcelo Felipe Andrés Matías Nicolás Javier Raúl""",
        ORIGIN_NOTE,
    ),
    origin_pool(
        """González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales
        Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia
        Reyes Gutiérrez Castro Vargas Álvarez Vásquez Sánchez Fernández García Ramírez Carrasco
        Cortés Herrera Núñez Jara Vergara Figueroa Riquelme""",
        ORIGIN_NOTE,
    ),
)
THAI = Origin(
    origin_pool(
        """Siriporn Malee Pranee Sunisa Kanya Wanida Porntip Suda Jintana Ratana Nittaya Sumalee
        Kannika Duangjai Supaporn Lamai Chanida Achara Araya Sasithorn Naree Pimchanok Ploy
        Nok Orawan Rungnapa Saowalak Tassanee Wipawee Yupin""",
        ORIGIN_NOTE,
    ),
    origin_pool(
        """Somchai Somsak Prasert Anan Sompong Surachai Wichai Chaiya Kittisak Nattapong
        Somboon Thawatchai Boonsong Preecha Sakda Sombat Suchart Tanawat Weerapong Arthit""",
        ORIGIN_NOTE,
    ),
    origin_pool(
        """Saetang Srisuk Wongsawat Chaiyaporn Thongchai Suwannarat Boonmee Kaewkham Phromma
        Sukprasert Jaidee Rattanakorn Sangthong Charoenrat Inthasorn Srisawat Phanthong
        Kongkaew Buakaew Saelim Saeheng Thongdee Chaiyasit Wongsuwan Sriwong Yodsuk Thammasat
        Kaewsai Boonyarat Pongsak""",
        ORIGIN_NOTE,
    ),
)
INDIAN = Origin(
    origin_pool(
        """Priya Pooja Neha Anjali Divya Sneha Kavya Deepa Lakshmi Swati Shweta Ananya Sunita
        Meera Aishwarya Nisha Ritu Preeti Shruti Harini Kavitha Radhika Harpreet Gurpreet Rekha
        Anita Sangeetha Madhuri Pallavi Sowmya Archana""",
        ORIGIN_NOTE,
    ),
    origin_pool(
        """Rahul Amit Rohit Vikram Arjun Suresh Rajesh Sanjay Anil Ravi Karthik Vijay Manoj
        Deepak Aditya Srinivas Pradeep Gurpreet Nikhil Abhishek Ankit Prashant Ramesh Venkatesh
        Ajay Sandeep Vivek Ashok Arun Sachin Naveen Gaurav Harish""",
        ORIGIN_NOTE,
    ),
    origin_pool(
        """Kumar Singh Sharma Patel Gupta Reddy Rao Iyer Nair Shah Mehta Agarwal Joshi Verma Das
        Krishnan Menon Pillai Chatterjee Banerjee Desai Kaur Mishra Srinivasan Subramanian
        Naidu Bhat Kulkarni Yadav Pandey Jain Malhotra Chopra Kapoor Saxena Bose Ghosh Goyal
        Sethi Chauhan""",
        ORIGIN_NOTE,
    ),
)
UK_NOTE = "ONS baby names and the commonest surnames of England and Wales (from general knowledge)"
UK = Origin(
    ranked(
        """Sarah Emma Claire Laura Rebecca Amy Rachel Lucy Charlotte Emily Jessica Hannah Sophie
        Olivia Amelia Isla Ava Mia Grace Chloe Gemma Kirsty Nicola Helen Joanne Karen Susan
        Julie Lisa Kelly Samantha Victoria Katie Zoe Jade Megan Ellie Holly Freya Poppy Lauren
        Natalie Louise Jennifer Catherine Alison Jane Elizabeth Anne Margaret Ruth Fiona Sian
        Bethan Leanne Stacey Hayley Danielle Abigail Harriet""",
        """Imogen Phoebe Evie Isabelle Daisy Florence Matilda Rosie Millie Esme Niamh Orla
        Eilidh Carys Ffion Lowri Rhiannon Tamsin Bryony Heather Shona Morag Siobhan Aoife
        Gillian Tracey Mandy Debbie Beverley Lorraine Wendy Dawn Maxine Joanna Philippa Penelope
        Felicity Pippa Annabel Tabitha Hollie Chelsea Kayleigh Jodie Keeley Elise Willow Ivy""",
        UK_NOTE,
    ),
    ranked(
        """Oliver Jack Harry George James William Thomas Charlie David Paul Mark Andrew Richard
        Daniel Christopher Michael Stephen Peter John Ian Gareth Craig Stuart Graham Neil Alan
        Gary Darren Lee Callum Liam Ryan Jamie Ben Sam Tom Alfie Archie Rhys Owen Matthew Simon
        Martin Jonathan Adam Luke Joshua Samuel Nathan Kieran Dean Wayne Shaun Philip Keith
        Kevin Colin Robert Edward Henry""",
        """Freddie Theo Arthur Oscar Leo Finley Harvey Reuben Toby Jake Connor Declan Ciaran
        Dylan Euan Fraser Angus Hamish Alistair Iain Dougal Gethin Dafydd Emyr Geraint Huw
        Idris Rory Seamus Barry Clive Derek Nigel Trevor Malcolm Roger Rupert Giles Crispin
        Jasper Rufus Alexander Nicholas Julian Piers Tristan""",
        UK_NOTE,
    ),
    ranked(
        """Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson
        Thompson Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson
        Wood Turner Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan
        Allen James Scott Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell
        Kelly Cook Carter Richardson Bailey Collins Bell Shaw Murphy""",
        """Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams Singh Begum Wilkinson
        Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain Campbell Matthews Owen
        Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher Stevens Jenkins
        Murray Dixon Harvey Graham Pearson Ahmed Fletcher Walsh Kaur Gibson Howard Andrews
        Stewart Elliott Reynolds Saunders Payne Fox Ford Pearce Day Brooks West Lawrence Cole
        Atkinson Bradley Spencer Gill Dawson Ball Burton O'Brien Watts Rose Booth Perry Ryan
        Grant Wells Armstrong Francis Rees Hayes Hart Hudson Newman Barrett Webster Hunter
        Gregory Carr Lowe Page Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland Hawkins
        Harding Porter Robertson Newton Oliver Reed Kennedy Williamson Bird Gardner Shah Dean
        Lane Cooke Bates Henderson Parry Burgess Bishop Walton Burns Nicholson Shepherd Ross
        Cross Long Freeman Warren Nicholls Hamilton Byrne Sutton McDonald Yates Hodgson""",
        UK_NOTE,
    ),
)
CENSUS_NOTE = (
    "US Census 1990 (public domain), names==0.3.0 dist.* files, weight the census per cent"
)


def _census_origin() -> Origin:
    return Origin(
        census(US_GIVEN_F, 150, CENSUS_NOTE),
        census(US_GIVEN_M, 150, CENSUS_NOTE),
        census(US_SURNAMES, 150, CENSUS_NOTE),
    )


SWEDISH = Origin(SV_GIVEN_F, SV_GIVEN_M, SV_SURNAMES)
HYPHEN_SHARE = 0.05  # a Swedish given name drawn from the hyphenated list (`Anna-Karin`)
HEAD_SHARE = 0.8  # a name word drawn from the head of its list; the rest from the tail

# How often each origin is drawn, per row language (weights, not normalised).
MIXES: dict[str, dict[str, float]] = {
    # Sweden's population: about 72% carry Swedish names; Syria, Iraq and Lebanon together the
    # largest origin after them, then Finland, Iran and Afghanistan, former Yugoslavia, Poland.
    "sv": {
        "swedish": 72.0,
        "arabic": 6.5,
        "finnish": 4.0,
        "persian": 2.5,
        "bcs": 2.2,
        "polish": 1.8,
        "kurdish": 1.5,
        "somali": 1.2,
        "turkish": 1.0,
        "latin": 1.0,
        "indian": 0.9,
        "eritrean": 0.7,
        "thai": 0.6,
        "uk": 0.8,
        "us": 0.5,
    },
    # English text: US and UK names the most (the census weights within), Swedes writing in
    # English at work next, then India (the largest group of recent work permits), others few.
    "en": {
        "us": 38.0,
        "uk": 28.0,
        "swedish": 14.0,
        "indian": 6.0,
        "arabic": 3.0,
        "latin": 3.0,
        "polish": 2.0,
        "persian": 1.5,
        "finnish": 1.5,
        "somali": 1.0,
        "turkish": 1.0,
        "bcs": 1.0,
    },
    # Mixed Swedish/English text (Swedish workplaces with English-speaking colleagues).
    "mixed": {
        "swedish": 55.0,
        "uk": 10.0,
        "us": 8.0,
        "arabic": 5.0,
        "indian": 4.0,
        "finnish": 3.0,
        "persian": 2.5,
        "bcs": 2.0,
        "polish": 2.0,
        "kurdish": 1.5,
        "latin": 1.5,
        "turkish": 1.0,
        "somali": 1.0,
        "eritrean": 0.7,
        "thai": 0.6,
    },
}


def origins() -> dict[str, Origin]:
    return {
        "swedish": SWEDISH, "finnish": FINNISH, "arabic": ARABIC, "persian": PERSIAN,
        "kurdish": KURDISH, "somali": SOMALI, "eritrean": ERITREAN, "polish": POLISH,
        "bcs": BCS, "turkish": TURKISH, "latin": LATIN, "thai": THAI, "indian": INDIAN,
        "uk": UK, "us": _census_origin(),
    }  # fmt: skip


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it (`Kowalski` -> `Kowalska`)."""
    if surname.endswith("ski") or surname.endswith("cki") or surname.endswith("dzki"):
        return surname[:-1] + "a"
    return surname


PLAIN = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "İ": "I", "đ": "dj", "Đ": "Dj"})


def plain(name: str) -> str:
    """A name without its diacritics, as it is often written in Sweden (`Hodzic`, `Yilmaz`)."""
    name = name.translate(PLAIN)
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def name_words() -> set[str]:
    """Every name word W can write (casefolded): each pool's names, hyphenated names part by
    part, Polish feminine surnames and the plain spellings of names with diacritics."""
    words: set[str] = set()
    pools = [SV_HYPHEN_F, SV_HYPHEN_M]
    for origin in origins().values():
        pools += [origin.given_f, origin.given_m, origin.surnames]
    for pool in pools:
        for name in pool.names:
            for form in (name, feminine(name), plain(name), plain(feminine(name))):
                words.add(form.casefold())
                words |= {part.casefold() for part in form.split("-") if part}
    return words


def census_block(folder: Path) -> str:
    """The census pools below, from the `names==0.3.0` sdist's `names/` folder."""
    apostrophe = {"OBRIEN", "OCONNOR", "ONEAL", "ONEILL", "ONEIL", "OCONNELL", "ODONNELL"}
    apostrophe |= {"OKEEFE", "OROURKE", "OMALLEY", "OHARA", "OLEARY", "OSULLIVAN", "OBRYANT"}
    apostrophe |= {"OGRADY", "ODANIEL", "OQUINN", "ODAY", "OBANNON", "OTOOLE", "OSHEA"}
    mac = {"MACDONALD", "MACKENZIE", "MACLEOD", "MACKAY", "MACLEAN", "MACKINNON", "MACMILLAN"}
    mac |= {"MACARTHUR", "MACINTYRE", "MACNEIL", "MACGREGOR", "MACPHERSON", "MACDOUGALL"}

    def nice(raw: str) -> str:
        if raw in apostrophe:
            return "O'" + raw[1:].capitalize()
        if raw.startswith("MC") and len(raw) > 3:
            return "Mc" + raw[2:].capitalize()
        if raw in mac:
            return "Mac" + raw[3:].capitalize()
        return raw.capitalize()

    out = []
    for var, file, count in (
        ("US_GIVEN_F", "dist.female.first", 1000),
        ("US_GIVEN_M", "dist.male.first", 800),
        ("US_SURNAMES", "dist.all.last", 2000),
    ):
        out.append(f"{var}: Census = (  # {file}: the first {count} ranks, (name, per cent)")
        line = "   "
        for row in (folder / file).read_text().splitlines()[:count]:
            name, freq = row.split()[:2]
            item = f' ("{nice(name)}", {float(freq)}),'
            if len(line) + len(item) > 99:
                out.append(line)
                line = "   "
            line += item
        out.append(line)
        out.append(")")
    return "\n".join(out) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--census", type=Path, required=True, help="the sdist's names/ folder")
    print(census_block(parser.parse_args().census), end="")


# The census pools (written by `python data/pii/names_w.py --census DIR`; do not edit by hand).
# fmt: off
US_GIVEN_F: Census = (  # dist.female.first: the first 1000 ranks, (name, per cent)
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
    ("Bethany", 0.039), ("Sadie", 0.039), ("Bernadette", 0.039), ("Traci", 0.038), ("Jody", 0.038),
    ("Kendra", 0.038), ("Jasmine", 0.038), ("Nichole", 0.038), ("Rachael", 0.038),
    ("Chelsea", 0.038), ("Mable", 0.038), ("Ernestine", 0.038), ("Muriel", 0.038),
    ("Marcella", 0.037), ("Elena", 0.037), ("Krystal", 0.037), ("Angelina", 0.037),
    ("Nadine", 0.036), ("Kari", 0.036), ("Estelle", 0.036), ("Dianna", 0.036), ("Paulette", 0.036),
    ("Lora", 0.036), ("Mona", 0.035), ("Doreen", 0.035), ("Rosemarie", 0.035), ("Angel", 0.035),
    ("Desiree", 0.035), ("Antonia", 0.035), ("Hope", 0.034), ("Ginger", 0.034), ("Janis", 0.034),
    ("Betsy", 0.034), ("Christie", 0.034), ("Freda", 0.034), ("Mercedes", 0.033),
    ("Meredith", 0.033), ("Lynette", 0.033), ("Teri", 0.033), ("Cristina", 0.033), ("Eula", 0.033),
    ("Leigh", 0.032), ("Meghan", 0.032), ("Sophia", 0.032), ("Eloise", 0.032), ("Rochelle", 0.032),
    ("Gretchen", 0.032), ("Cecelia", 0.032), ("Raquel", 0.031), ("Henrietta", 0.031),
    ("Alyssa", 0.031), ("Jana", 0.031), ("Kelley", 0.031), ("Gwen", 0.031), ("Kerry", 0.031),
    ("Jenna", 0.03), ("Tricia", 0.03), ("Laverne", 0.03), ("Olive", 0.03), ("Alexis", 0.03),
    ("Tasha", 0.03), ("Silvia", 0.029), ("Elvira", 0.029), ("Casey", 0.029), ("Delia", 0.029),
    ("Sophie", 0.029), ("Kate", 0.029), ("Patti", 0.029), ("Lorena", 0.029), ("Kellie", 0.029),
    ("Sonja", 0.029), ("Lila", 0.029), ("Lana", 0.029), ("Darla", 0.029), ("May", 0.029),
    ("Mindy", 0.029), ("Essie", 0.029), ("Mandy", 0.029), ("Lorene", 0.028), ("Elsa", 0.028),
    ("Josefina", 0.028), ("Jeannie", 0.028), ("Miranda", 0.028), ("Dixie", 0.028),
    ("Lucia", 0.028), ("Marta", 0.028), ("Faith", 0.028), ("Lela", 0.028), ("Johanna", 0.028),
    ("Shari", 0.028), ("Camille", 0.028), ("Tami", 0.027), ("Shawna", 0.027), ("Elisa", 0.027),
    ("Ebony", 0.027), ("Melba", 0.027), ("Ora", 0.027), ("Nettie", 0.027), ("Tabitha", 0.027),
    ("Ollie", 0.027), ("Jaime", 0.027), ("Winifred", 0.027), ("Kristie", 0.027), ("Marina", 0.027),
    ("Alisha", 0.027), ("Aimee", 0.027), ("Rena", 0.027), ("Myrna", 0.026), ("Marla", 0.026),
    ("Tammie", 0.026), ("Latasha", 0.026), ("Bonita", 0.026), ("Patrice", 0.026), ("Ronda", 0.026),
    ("Sherrie", 0.026), ("Addie", 0.026), ("Francine", 0.025), ("Deloris", 0.025),
    ("Stacie", 0.025), ("Adriana", 0.025), ("Cheri", 0.025), ("Shelby", 0.025), ("Abigail", 0.025),
    ("Celeste", 0.025), ("Jewel", 0.025), ("Cara", 0.025), ("Adele", 0.025), ("Rebekah", 0.025),
    ("Lucinda", 0.025), ("Dorthy", 0.025), ("Chris", 0.024), ("Effie", 0.024), ("Trina", 0.024),
    ("Reba", 0.024), ("Shawn", 0.024), ("Sallie", 0.024), ("Aurora", 0.024), ("Lenora", 0.024),
    ("Etta", 0.024), ("Lottie", 0.024), ("Kerri", 0.024), ("Trisha", 0.024), ("Nikki", 0.024),
    ("Estella", 0.024), ("Francisca", 0.024), ("Josie", 0.024), ("Tracie", 0.024),
    ("Marissa", 0.024), ("Karin", 0.024), ("Brittney", 0.024), ("Janelle", 0.024),
    ("Lourdes", 0.024), ("Laurel", 0.024), ("Helene", 0.024), ("Fern", 0.024), ("Elva", 0.024),
    ("Corinne", 0.024), ("Kelsey", 0.024), ("Ina", 0.023), ("Bettie", 0.023), ("Elisabeth", 0.023),
    ("Aida", 0.023), ("Caitlin", 0.023), ("Ingrid", 0.023), ("Iva", 0.023), ("Eugenia", 0.023),
    ("Christa", 0.023), ("Goldie", 0.023), ("Cassie", 0.023), ("Maude", 0.023), ("Jenifer", 0.023),
    ("Therese", 0.022), ("Frankie", 0.022), ("Dena", 0.022), ("Lorna", 0.022), ("Janette", 0.022),
    ("Latonya", 0.022), ("Candy", 0.022), ("Morgan", 0.022), ("Consuelo", 0.022),
    ("Tamika", 0.022), ("Rosetta", 0.022), ("Debora", 0.022), ("Cherie", 0.022), ("Polly", 0.022),
    ("Dina", 0.022), ("Jewell", 0.021), ("Fay", 0.021), ("Jillian", 0.021), ("Dorothea", 0.021),
    ("Nell", 0.021), ("Trudy", 0.021), ("Esperanza", 0.021), ("Patrica", 0.021),
    ("Kimberley", 0.021), ("Shanna", 0.021), ("Helena", 0.021), ("Carolina", 0.021),
    ("Cleo", 0.021), ("Stefanie", 0.021), ("Rosario", 0.02), ("Ola", 0.02), ("Janine", 0.02),
    ("Mollie", 0.02), ("Lupe", 0.02), ("Alisa", 0.02), ("Lou", 0.02), ("Maribel", 0.02),
    ("Susanne", 0.02), ("Bette", 0.019), ("Susana", 0.019), ("Elise", 0.019), ("Cecile", 0.019),
    ("Isabelle", 0.019), ("Lesley", 0.019), ("Jocelyn", 0.019), ("Paige", 0.019), ("Joni", 0.019),
    ("Rachelle", 0.019), ("Leola", 0.019), ("Daphne", 0.019), ("Alta", 0.019), ("Ester", 0.019),
    ("Petra", 0.019), ("Graciela", 0.019), ("Imogene", 0.019), ("Jolene", 0.019),
    ("Keisha", 0.019), ("Lacey", 0.018), ("Glenna", 0.018), ("Gabriela", 0.018), ("Keri", 0.018),
    ("Ursula", 0.018), ("Lizzie", 0.018), ("Kirsten", 0.018), ("Shana", 0.018), ("Adeline", 0.018),
    ("Mayra", 0.018), ("Jayne", 0.018), ("Jaclyn", 0.018), ("Gracie", 0.018), ("Sondra", 0.018),
    ("Carmela", 0.018), ("Marisa", 0.018), ("Rosalind", 0.018), ("Charity", 0.018),
    ("Tonia", 0.018), ("Beatriz", 0.018), ("Marisol", 0.018), ("Clarice", 0.018),
    ("Jeanine", 0.017), ("Sheena", 0.017), ("Angeline", 0.017), ("Frieda", 0.017), ("Lily", 0.017),
    ("Robbie", 0.017), ("Shauna", 0.017), ("Millie", 0.017), ("Claudette", 0.017),
    ("Cathleen", 0.017), ("Angelia", 0.017), ("Gabrielle", 0.017), ("Autumn", 0.017),
    ("Katharine", 0.017), ("Summer", 0.017), ("Jodie", 0.017), ("Staci", 0.017), ("Lea", 0.017),
    ("Christi", 0.017), ("Jimmie", 0.017), ("Justine", 0.017), ("Elma", 0.017), ("Luella", 0.017),
    ("Margret", 0.017), ("Dominique", 0.016), ("Socorro", 0.016), ("Rene", 0.016),
    ("Martina", 0.016), ("Margo", 0.016), ("Mavis", 0.016), ("Callie", 0.016), ("Bobbi", 0.016),
    ("Maritza", 0.016), ("Lucile", 0.016), ("Leanne", 0.016), ("Jeannine", 0.016),
    ("Deana", 0.016), ("Aileen", 0.016), ("Lorie", 0.016), ("Ladonna", 0.016), ("Willa", 0.016),
    ("Manuela", 0.016), ("Gale", 0.016), ("Selma", 0.016), ("Dolly", 0.016), ("Sybil", 0.016),
    ("Abby", 0.016), ("Lara", 0.016), ("Dale", 0.016), ("Ivy", 0.016), ("Dee", 0.016),
    ("Winnie", 0.016), ("Marcy", 0.016), ("Luisa", 0.016), ("Jeri", 0.015), ("Magdalena", 0.015),
    ("Ofelia", 0.015), ("Meagan", 0.015), ("Audra", 0.015), ("Matilda", 0.015), ("Leila", 0.015),
    ("Cornelia", 0.015), ("Bianca", 0.015), ("Simone", 0.015), ("Bettye", 0.015), ("Randi", 0.015),
    ("Virgie", 0.015), ("Latisha", 0.015), ("Barbra", 0.015), ("Georgina", 0.015),
    ("Eliza", 0.015), ("Leann", 0.015), ("Bridgette", 0.015), ("Rhoda", 0.014), ("Haley", 0.014),
    ("Adela", 0.014), ("Nola", 0.014), ("Bernadine", 0.014), ("Flossie", 0.014), ("Ila", 0.014),
    ("Greta", 0.014), ("Ruthie", 0.014), ("Nelda", 0.014), ("Minerva", 0.014), ("Lilly", 0.014),
    ("Terrie", 0.014), ("Letha", 0.014), ("Hilary", 0.014), ("Estela", 0.014), ("Valarie", 0.014),
    ("Brianna", 0.014), ("Rosalyn", 0.014), ("Earline", 0.014), ("Catalina", 0.014),
    ("Ava", 0.014), ("Mia", 0.014), ("Clarissa", 0.014), ("Lidia", 0.014), ("Corrine", 0.014),
    ("Alexandria", 0.014), ("Concepcion", 0.014), ("Tia", 0.014), ("Sharron", 0.014),
    ("Rae", 0.014), ("Dona", 0.014), ("Ericka", 0.014), ("Jami", 0.014), ("Elnora", 0.014),
    ("Chandra", 0.014), ("Lenore", 0.014), ("Neva", 0.013), ("Marylou", 0.013), ("Melisa", 0.013),
    ("Tabatha", 0.013), ("Serena", 0.013), ("Avis", 0.013), ("Allie", 0.013), ("Sofia", 0.013),
    ("Jeanie", 0.013), ("Odessa", 0.013), ("Nannie", 0.013), ("Harriett", 0.013),
    ("Loraine", 0.013), ("Penelope", 0.013), ("Milagros", 0.013), ("Emilia", 0.013),
    ("Benita", 0.013), ("Allyson", 0.013), ("Ashlee", 0.013), ("Tania", 0.013), ("Tommie", 0.013),
    ("Esmeralda", 0.013), ("Karina", 0.013), ("Eve", 0.013), ("Pearlie", 0.013), ("Zelma", 0.013),
    ("Malinda", 0.013), ("Noreen", 0.013), ("Tameka", 0.013), ("Saundra", 0.013),
    ("Hillary", 0.013), ("Amie", 0.013), ("Althea", 0.012), ("Rosalinda", 0.012),
    ("Jordan", 0.012), ("Lilia", 0.012), ("Alana", 0.012), ("Gay", 0.012), ("Clare", 0.012),
    ("Alejandra", 0.012), ("Elinor", 0.012), ("Michael", 0.012), ("Lorrie", 0.012),
    ("Jerri", 0.012), ("Darcy", 0.012), ("Earnestine", 0.012), ("Carmella", 0.012),
    ("Taylor", 0.012), ("Noemi", 0.012), ("Marcie", 0.012), ("Liza", 0.012), ("Annabelle", 0.012),
    ("Louisa", 0.012), ("Earlene", 0.012), ("Mallory", 0.012), ("Carlene", 0.012), ("Nita", 0.012),
    ("Selena", 0.012), ("Tanisha", 0.012), ("Katy", 0.012), ("Julianne", 0.012), ("John", 0.012),
    ("Lakisha", 0.011), ("Edwina", 0.011), ("Maricela", 0.011), ("Margery", 0.011),
    ("Kenya", 0.011), ("Dollie", 0.011), ("Roxie", 0.011), ("Roslyn", 0.011), ("Kathrine", 0.011),
    ("Nanette", 0.011), ("Charmaine", 0.011), ("Lavonne", 0.011), ("Ilene", 0.011),
    ("Kris", 0.011), ("Tammi", 0.011), ("Suzette", 0.011), ("Corine", 0.011), ("Kaye", 0.011),
    ("Jerry", 0.011), ("Merle", 0.011), ("Chrystal", 0.011), ("Lina", 0.011), ("Deanne", 0.011),
    ("Lilian", 0.011), ("Juliana", 0.011), ("Aline", 0.011), ("Luann", 0.011), ("Kasey", 0.011),
    ("Maryanne", 0.011), ("Evangeline", 0.011), ("Colette", 0.011), ("Melva", 0.011),
    ("Lawanda", 0.011), ("Yesenia", 0.011), ("Nadia", 0.011), ("Madge", 0.011), ("Kathie", 0.011),
    ("Eddie", 0.011), ("Ophelia", 0.011), ("Valeria", 0.011), ("Nona", 0.011), ("Mitzi", 0.011),
    ("Mari", 0.011), ("Georgette", 0.011), ("Claudine", 0.011), ("Fran", 0.011), ("Alissa", 0.011),
    ("Roseann", 0.01), ("Lakeisha", 0.01), ("Susanna", 0.01), ("Reva", 0.01), ("Deidre", 0.01),
    ("Chasity", 0.01), ("Sheree", 0.01), ("Carly", 0.01), ("James", 0.01), ("Elvia", 0.01),
    ("Alyce", 0.01), ("Deirdre", 0.01), ("Gena", 0.01), ("Briana", 0.01), ("Araceli", 0.01),
    ("Katelyn", 0.01), ("Rosanne", 0.01), ("Wendi", 0.01), ("Tessa", 0.01), ("Berta", 0.01),
    ("Marva", 0.01), ("Imelda", 0.01), ("Marietta", 0.01), ("Marci", 0.01), ("Leonor", 0.01),
    ("Arline", 0.01), ("Sasha", 0.01), ("Madelyn", 0.01), ("Janna", 0.01), ("Juliette", 0.01),
    ("Deena", 0.01), ("Aurelia", 0.01), ("Josefa", 0.01), ("Augusta", 0.01), ("Liliana", 0.01),
    ("Young", 0.01), ("Christian", 0.01), ("Lessie", 0.01), ("Amalia", 0.01), ("Savannah", 0.01),
    ("Anastasia", 0.01), ("Vilma", 0.01), ("Natalia", 0.01), ("Rosella", 0.01), ("Lynnette", 0.01),
    ("Corina", 0.01), ("Alfreda", 0.009), ("Leanna", 0.009), ("Carey", 0.009), ("Amparo", 0.009),
    ("Coleen", 0.009), ("Tamra", 0.009), ("Aisha", 0.009), ("Wilda", 0.009), ("Karyn", 0.009),
    ("Cherry", 0.009), ("Queen", 0.009), ("Maura", 0.009), ("Mai", 0.009), ("Evangelina", 0.009),
    ("Rosanna", 0.009), ("Hallie", 0.009), ("Erna", 0.009), ("Enid", 0.009), ("Mariana", 0.009),
    ("Lacy", 0.009), ("Juliet", 0.009), ("Jacklyn", 0.009), ("Freida", 0.009),
    ("Madeleine", 0.009), ("Mara", 0.009), ("Hester", 0.009), ("Cathryn", 0.009), ("Lelia", 0.009),
    ("Casandra", 0.009), ("Bridgett", 0.009), ("Angelita", 0.009), ("Jannie", 0.009),
    ("Dionne", 0.009), ("Annmarie", 0.009), ("Katina", 0.009), ("Beryl", 0.009), ("Phoebe", 0.009),
    ("Millicent", 0.009), ("Katheryn", 0.009), ("Diann", 0.009), ("Carissa", 0.009),
    ("Maryellen", 0.009), ("Liz", 0.009), ("Lauri", 0.009), ("Helga", 0.009), ("Gilda", 0.009),
    ("Adrian", 0.009), ("Rhea", 0.009), ("Marquita", 0.009), ("Hollie", 0.009), ("Tisha", 0.009),
    ("Tamera", 0.009), ("Angelique", 0.009), ("Francesca", 0.009), ("Britney", 0.009),
    ("Kaitlin", 0.009), ("Lolita", 0.009), ("Florine", 0.009), ("Rowena", 0.009), ("Reyna", 0.009),
    ("Twila", 0.009), ("Fanny", 0.009), ("Janell", 0.009), ("Ines", 0.009), ("Concetta", 0.009),
    ("Bertie", 0.009), ("Alba", 0.009), ("Brigitte", 0.009), ("Alyson", 0.009), ("Vonda", 0.008),
    ("Pansy", 0.008), ("Elba", 0.008), ("Noelle", 0.008), ("Letitia", 0.008), ("Kitty", 0.008),
    ("Deann", 0.008), ("Brandie", 0.008), ("Louella", 0.008), ("Leta", 0.008), ("Felecia", 0.008),
    ("Sharlene", 0.008), ("Lesa", 0.008), ("Beverley", 0.008), ("Robert", 0.008),
    ("Isabella", 0.008), ("Herminia", 0.008), ("Terra", 0.008), ("Celina", 0.008),
)
US_GIVEN_M: Census = (  # dist.male.first: the first 800 ranks, (name, per cent)
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
    ("Israel", 0.028), ("Jermaine", 0.028), ("Forrest", 0.027), ("Wilbert", 0.027),
    ("Leland", 0.027), ("Simon", 0.026), ("Guadalupe", 0.026), ("Clark", 0.026), ("Irving", 0.026),
    ("Carroll", 0.026), ("Bryant", 0.026), ("Owen", 0.026), ("Rufus", 0.025), ("Woodrow", 0.025),
    ("Sammy", 0.025), ("Kristopher", 0.025), ("Mack", 0.025), ("Levi", 0.025), ("Marcos", 0.025),
    ("Gustavo", 0.025), ("Jake", 0.025), ("Lionel", 0.024), ("Marty", 0.024), ("Taylor", 0.024),
    ("Ellis", 0.024), ("Dallas", 0.024), ("Gilberto", 0.024), ("Clint", 0.024), ("Nicolas", 0.024),
    ("Laurence", 0.024), ("Ismael", 0.024), ("Orville", 0.024), ("Drew", 0.024), ("Jody", 0.024),
    ("Ervin", 0.023), ("Dewey", 0.023), ("Al", 0.023), ("Wilfred", 0.023), ("Josh", 0.023),
    ("Hugo", 0.023), ("Ignacio", 0.023), ("Caleb", 0.023), ("Tomas", 0.023), ("Sheldon", 0.023),
    ("Erick", 0.023), ("Frankie", 0.023), ("Stewart", 0.022), ("Doyle", 0.022), ("Darrel", 0.022),
    ("Rogelio", 0.022), ("Terence", 0.022), ("Santiago", 0.022), ("Alonzo", 0.022),
    ("Elias", 0.022), ("Bert", 0.022), ("Elbert", 0.022), ("Ramiro", 0.022), ("Conrad", 0.022),
    ("Pat", 0.022), ("Noah", 0.022), ("Grady", 0.021), ("Phil", 0.021), ("Cornelius", 0.021),
    ("Lamar", 0.021), ("Rolando", 0.021), ("Clay", 0.021), ("Percy", 0.021), ("Dexter", 0.021),
    ("Bradford", 0.021), ("Merle", 0.021), ("Darin", 0.02), ("Amos", 0.02), ("Terrell", 0.02),
    ("Moses", 0.02), ("Irvin", 0.02), ("Saul", 0.02), ("Roman", 0.02), ("Darnell", 0.02),
    ("Randal", 0.02), ("Tommie", 0.02), ("Timmy", 0.019), ("Darrin", 0.019), ("Winston", 0.019),
    ("Brendan", 0.019), ("Toby", 0.019), ("Van", 0.019), ("Abel", 0.019), ("Dominick", 0.019),
    ("Boyd", 0.019), ("Courtney", 0.019), ("Jan", 0.019), ("Emilio", 0.019), ("Elijah", 0.019),
    ("Cary", 0.019), ("Domingo", 0.019), ("Santos", 0.019), ("Aubrey", 0.019), ("Emmett", 0.019),
    ("Marlon", 0.019), ("Emanuel", 0.019), ("Jerald", 0.019), ("Edmond", 0.019), ("Emil", 0.019),
    ("Dewayne", 0.018), ("Will", 0.018), ("Otto", 0.018), ("Teddy", 0.018), ("Reynaldo", 0.018),
    ("Bret", 0.018), ("Morgan", 0.018), ("Jess", 0.018), ("Trent", 0.018), ("Humberto", 0.018),
    ("Emmanuel", 0.018), ("Stephan", 0.018), ("Louie", 0.018), ("Vicente", 0.017),
    ("Lamont", 0.017), ("Stacy", 0.017), ("Garland", 0.017), ("Miles", 0.017), ("Micah", 0.017),
    ("Efrain", 0.017), ("Billie", 0.017), ("Logan", 0.017), ("Heath", 0.017), ("Rodger", 0.017),
    ("Harley", 0.017), ("Demetrius", 0.017), ("Ethan", 0.017), ("Eldon", 0.017), ("Rocky", 0.016),
    ("Pierre", 0.016), ("Junior", 0.016), ("Freddy", 0.016), ("Eli", 0.016), ("Bryce", 0.016),
    ("Antoine", 0.016), ("Robbie", 0.016), ("Kendall", 0.016), ("Royce", 0.016),
    ("Sterling", 0.016), ("Mickey", 0.016), ("Chase", 0.016), ("Grover", 0.016), ("Elton", 0.016),
    ("Cleveland", 0.016), ("Dylan", 0.016), ("Chuck", 0.016), ("Damian", 0.016), ("Reuben", 0.015),
    ("Stan", 0.015), ("August", 0.015), ("Leonardo", 0.015), ("Jasper", 0.015), ("Russel", 0.015),
    ("Erwin", 0.015), ("Benito", 0.015), ("Hans", 0.015), ("Monte", 0.015), ("Blaine", 0.015),
    ("Ernie", 0.015), ("Curt", 0.015), ("Quentin", 0.015), ("Agustin", 0.015), ("Murray", 0.015),
    ("Jamal", 0.014), ("Devon", 0.014), ("Adolfo", 0.014), ("Harrison", 0.014), ("Tyson", 0.014),
    ("Burton", 0.014), ("Brady", 0.014), ("Elliott", 0.014), ("Wilfredo", 0.014), ("Bart", 0.014),
    ("Jarrod", 0.014), ("Vance", 0.014), ("Denis", 0.014), ("Damien", 0.014), ("Joaquin", 0.014),
    ("Harlan", 0.014), ("Desmond", 0.014), ("Elliot", 0.014), ("Darwin", 0.014), ("Ashley", 0.014),
    ("Gregorio", 0.014), ("Buddy", 0.014), ("Xavier", 0.013), ("Kermit", 0.013), ("Roscoe", 0.013),
    ("Esteban", 0.013), ("Anton", 0.013), ("Solomon", 0.013), ("Scotty", 0.013),
    ("Norbert", 0.013), ("Elvin", 0.013), ("Williams", 0.013), ("Nolan", 0.013), ("Carey", 0.013),
    ("Rod", 0.013), ("Quinton", 0.013), ("Hal", 0.013), ("Brain", 0.013), ("Rob", 0.013),
    ("Elwood", 0.013), ("Kendrick", 0.013), ("Darius", 0.013), ("Moises", 0.013), ("Son", 0.012),
    ("Marlin", 0.012), ("Fidel", 0.012), ("Thaddeus", 0.012), ("Cliff", 0.012), ("Marcel", 0.012),
    ("Ali", 0.012), ("Jackson", 0.012), ("Raphael", 0.012), ("Bryon", 0.012), ("Armand", 0.012),
    ("Alvaro", 0.012), ("Jeffry", 0.012), ("Dane", 0.012), ("Joesph", 0.012), ("Thurman", 0.012),
    ("Ned", 0.012), ("Sammie", 0.012), ("Rusty", 0.012), ("Michel", 0.012), ("Monty", 0.012),
    ("Rory", 0.012), ("Fabian", 0.012), ("Reggie", 0.012), ("Mason", 0.012), ("Graham", 0.012),
    ("Kris", 0.011), ("Isaiah", 0.011), ("Vaughn", 0.011), ("Gus", 0.011), ("Avery", 0.011),
    ("Loyd", 0.011), ("Diego", 0.011), ("Alexis", 0.011), ("Adolph", 0.011), ("Norris", 0.011),
    ("Millard", 0.011), ("Rocco", 0.011), ("Gonzalo", 0.011), ("Derick", 0.011),
    ("Rodrigo", 0.011), ("Gerry", 0.011), ("Stacey", 0.011), ("Carmen", 0.011), ("Wiley", 0.011),
    ("Rigoberto", 0.011), ("Alphonso", 0.011), ("Ty", 0.011), ("Shelby", 0.011), ("Rickie", 0.011),
    ("Noe", 0.011), ("Vern", 0.01), ("Bobbie", 0.01), ("Reed", 0.01), ("Jefferson", 0.01),
    ("Elvis", 0.01), ("Bernardo", 0.01), ("Mauricio", 0.01), ("Hiram", 0.01), ("Donovan", 0.01),
    ("Basil", 0.01), ("Riley", 0.01), ("Ollie", 0.01), ("Nickolas", 0.01), ("Maynard", 0.01),
    ("Scot", 0.01), ("Vince", 0.01), ("Quincy", 0.01), ("Eddy", 0.01), ("Sebastian", 0.01),
    ("Federico", 0.01), ("Ulysses", 0.01), ("Heriberto", 0.01), ("Donnell", 0.01), ("Cole", 0.01),
    ("Denny", 0.01), ("Davis", 0.01), ("Gavin", 0.01), ("Emery", 0.01), ("Ward", 0.01),
    ("Romeo", 0.01), ("Jayson", 0.01), ("Dion", 0.01), ("Dante", 0.01), ("Clement", 0.01),
    ("Coy", 0.01), ("Odell", 0.01), ("Maxwell", 0.01), ("Jarvis", 0.01), ("Bruno", 0.01),
    ("Issac", 0.01), ("Mary", 0.009), ("Dudley", 0.009), ("Brock", 0.009), ("Sanford", 0.009),
    ("Colby", 0.009), ("Carmelo", 0.009), ("Barney", 0.009), ("Nestor", 0.009), ("Hollis", 0.009),
    ("Stefan", 0.009), ("Donny", 0.009), ("Art", 0.009), ("Linwood", 0.009), ("Beau", 0.009),
    ("Weldon", 0.009), ("Galen", 0.009), ("Isidro", 0.009), ("Truman", 0.009), ("Delmar", 0.009),
    ("Johnathon", 0.009), ("Silas", 0.009), ("Frederic", 0.009), ("Dick", 0.009), ("Kirby", 0.009),
    ("Irwin", 0.009), ("Cruz", 0.009), ("Merlin", 0.009), ("Merrill", 0.009), ("Charley", 0.009),
    ("Marcelino", 0.009), ("Lane", 0.009), ("Harris", 0.009), ("Cleo", 0.009), ("Carlo", 0.009),
    ("Trenton", 0.009), ("Kurtis", 0.009), ("Hunter", 0.009), ("Aurelio", 0.009),
    ("Winfred", 0.009), ("Vito", 0.009), ("Collin", 0.009), ("Denver", 0.009), ("Carter", 0.009),
    ("Leonel", 0.008), ("Emory", 0.008), ("Pasquale", 0.008), ("Mohammad", 0.008),
    ("Mariano", 0.008), ("Danial", 0.008), ("Blair", 0.008), ("Landon", 0.008), ("Dirk", 0.008),
    ("Branden", 0.008), ("Adan", 0.008), ("Numbers", 0.008), ("Clair", 0.008), ("Buford", 0.008),
    ("German", 0.008), ("Bernie", 0.008), ("Wilmer", 0.008), ("Joan", 0.008), ("Emerson", 0.008),
    ("Zachery", 0.008), ("Fletcher", 0.008), ("Jacques", 0.008), ("Errol", 0.008),
    ("Dalton", 0.008), ("Monroe", 0.008), ("Josue", 0.008), ("Dominique", 0.008),
    ("Edwardo", 0.008), ("Booker", 0.008), ("Wilford", 0.008), ("Sonny", 0.008),
    ("Shelton", 0.008), ("Carson", 0.008), ("Theron", 0.008), ("Raymundo", 0.008),
    ("Daren", 0.008), ("Tristan", 0.008), ("Houston", 0.008), ("Robby", 0.008), ("Lincoln", 0.008),
    ("Jame", 0.008), ("Genaro", 0.008), ("Gale", 0.008), ("Bennett", 0.008), ("Octavio", 0.008),
    ("Cornell", 0.008), ("Laverne", 0.008), ("Hung", 0.008), ("Arron", 0.008), ("Antony", 0.008),
    ("Herschel", 0.007), ("Alva", 0.007), ("Giovanni", 0.007), ("Garth", 0.007), ("Cyrus", 0.007),
    ("Cyril", 0.007), ("Ronny", 0.007), ("Stevie", 0.007), ("Lon", 0.007),
)
US_SURNAMES: Census = (  # dist.all.last: the first 2000 ranks, (name, per cent)
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
    ("Brady", 0.025), ("McCormick", 0.025), ("Holloway", 0.025), ("Brock", 0.025),
    ("Poole", 0.025), ("Frank", 0.025), ("Logan", 0.025), ("Owen", 0.025), ("Bass", 0.025),
    ("Marsh", 0.025), ("Drake", 0.025), ("Wong", 0.025), ("Jefferson", 0.025), ("Park", 0.025),
    ("Morton", 0.025), ("Abbott", 0.025), ("Sparks", 0.025), ("Patrick", 0.024), ("Norton", 0.024),
    ("Huff", 0.024), ("Clayton", 0.024), ("Massey", 0.024), ("Lloyd", 0.024), ("Figueroa", 0.024),
    ("Carson", 0.024), ("Bowers", 0.024), ("Roberson", 0.024), ("Barton", 0.024), ("Tran", 0.024),
    ("Lamb", 0.024), ("Harrington", 0.024), ("Casey", 0.024), ("Boone", 0.024), ("Cortez", 0.024),
    ("Clarke", 0.024), ("Mathis", 0.024), ("Singleton", 0.024), ("Wilkins", 0.024),
    ("Cain", 0.024), ("Bryan", 0.024), ("Underwood", 0.024), ("Hogan", 0.024), ("McKenzie", 0.023),
    ("Collier", 0.023), ("Luna", 0.023), ("Phelps", 0.023), ("McGuire", 0.023), ("Allison", 0.023),
    ("Bridges", 0.023), ("Wilkerson", 0.023), ("Nash", 0.023), ("Summers", 0.023),
    ("Atkins", 0.023), ("Wilcox", 0.023), ("Pitts", 0.023), ("Conley", 0.023), ("Marquez", 0.023),
    ("Burnett", 0.023), ("Richard", 0.023), ("Cochran", 0.023), ("Chase", 0.023),
    ("Davenport", 0.023), ("Hood", 0.023), ("Gates", 0.023), ("Clay", 0.023), ("Ayala", 0.023),
    ("Sawyer", 0.023), ("Roman", 0.023), ("Vazquez", 0.023), ("Dickerson", 0.023),
    ("Hodge", 0.022), ("Acosta", 0.022), ("Flynn", 0.022), ("Espinoza", 0.022),
    ("Nicholson", 0.022), ("Monroe", 0.022), ("Wolf", 0.022), ("Morrow", 0.022), ("Kirk", 0.022),
    ("Randall", 0.022), ("Anthony", 0.022), ("Whitaker", 0.022), ("O'Connor", 0.022),
    ("Skinner", 0.022), ("Ware", 0.022), ("Molina", 0.022), ("Kirby", 0.022), ("Huffman", 0.022),
    ("Bradford", 0.022), ("Charles", 0.022), ("Gilmore", 0.022), ("Dominguez", 0.022),
    ("O'Neal", 0.022), ("Bruce", 0.022), ("Lang", 0.021), ("Combs", 0.021), ("Kramer", 0.021),
    ("Heath", 0.021), ("Hancock", 0.021), ("Gallagher", 0.021), ("Gaines", 0.021),
    ("Shaffer", 0.021), ("Short", 0.021), ("Wiggins", 0.021), ("Mathews", 0.021),
    ("McClain", 0.021), ("Fischer", 0.021), ("Wall", 0.021), ("Small", 0.021), ("Melton", 0.021),
    ("Hensley", 0.021), ("Bond", 0.021), ("Dyer", 0.021), ("Cameron", 0.021), ("Grimes", 0.021),
    ("Contreras", 0.021), ("Christian", 0.021), ("Wyatt", 0.021), ("Baxter", 0.021),
    ("Snow", 0.021), ("Mosley", 0.021), ("Shepherd", 0.021), ("Larsen", 0.021), ("Hoover", 0.021),
    ("Beasley", 0.02), ("Glenn", 0.02), ("Petersen", 0.02), ("Whitehead", 0.02), ("Meyers", 0.02),
    ("Keith", 0.02), ("Garrison", 0.02), ("Vincent", 0.02), ("Shields", 0.02), ("Horn", 0.02),
    ("Savage", 0.02), ("Olsen", 0.02), ("Schroeder", 0.02), ("Hartman", 0.02), ("Woodard", 0.02),
    ("Mueller", 0.02), ("Kemp", 0.02), ("Deleon", 0.02), ("Booth", 0.02), ("Patel", 0.02),
    ("Calhoun", 0.02), ("Wiley", 0.02), ("Eaton", 0.02), ("Cline", 0.02), ("Navarro", 0.02),
    ("Harrell", 0.02), ("Lester", 0.02), ("Humphrey", 0.02), ("Parrish", 0.02), ("Duran", 0.02),
    ("Hutchinson", 0.02), ("Hess", 0.02), ("Dorsey", 0.02), ("Bullock", 0.02), ("Robles", 0.02),
    ("Beard", 0.019), ("Dalton", 0.019), ("Avila", 0.019), ("Vance", 0.019), ("Rich", 0.019),
    ("Blackwell", 0.019), ("York", 0.019), ("Johns", 0.019), ("Blankenship", 0.019),
    ("Trevino", 0.019), ("Salinas", 0.019), ("Campos", 0.019), ("Pruitt", 0.019), ("Moses", 0.019),
    ("Callahan", 0.019), ("Golden", 0.019), ("Montoya", 0.019), ("Hardin", 0.019),
    ("Guerra", 0.019), ("McDowell", 0.019), ("Carey", 0.019), ("Stafford", 0.019),
    ("Gallegos", 0.019), ("Henson", 0.019), ("Wilkinson", 0.019), ("Booker", 0.019),
    ("Merritt", 0.019), ("Miranda", 0.019), ("Atkinson", 0.019), ("Orr", 0.019), ("Decker", 0.019),
    ("Hobbs", 0.019), ("Preston", 0.019), ("Tanner", 0.019), ("Knox", 0.019), ("Pacheco", 0.019),
    ("Stephenson", 0.018), ("Glass", 0.018), ("Rojas", 0.018), ("Serrano", 0.018),
    ("Marks", 0.018), ("Hickman", 0.018), ("English", 0.018), ("Sweeney", 0.018),
    ("Strong", 0.018), ("Prince", 0.018), ("McClure", 0.018), ("Conway", 0.018), ("Walter", 0.018),
    ("Roth", 0.018), ("Maynard", 0.018), ("Farrell", 0.018), ("Lowery", 0.018), ("Hurst", 0.018),
    ("Nixon", 0.018), ("Weiss", 0.018), ("Trujillo", 0.018), ("Ellison", 0.018), ("Sloan", 0.018),
    ("Juarez", 0.018), ("Winters", 0.018), ("McLean", 0.018), ("Randolph", 0.018), ("Leon", 0.018),
    ("Boyer", 0.018), ("Villarreal", 0.018), ("McCall", 0.018), ("Gentry", 0.018),
    ("Carrillo", 0.017), ("Kent", 0.017), ("Ayers", 0.017), ("Lara", 0.017), ("Shannon", 0.017),
    ("Sexton", 0.017), ("Pace", 0.017), ("Hull", 0.017), ("Leblanc", 0.017), ("Browning", 0.017),
    ("Velasquez", 0.017), ("Leach", 0.017), ("Chang", 0.017), ("House", 0.017), ("Sellers", 0.017),
    ("Herring", 0.017), ("Noble", 0.017), ("Foley", 0.017), ("Bartlett", 0.017),
    ("Mercado", 0.017), ("Landry", 0.017), ("Durham", 0.017), ("Walls", 0.017), ("Barr", 0.017),
    ("McKee", 0.017), ("Bauer", 0.017), ("Rivers", 0.017), ("Everett", 0.017), ("Bradshaw", 0.017),
    ("Pugh", 0.017), ("Velez", 0.017), ("Rush", 0.017), ("Estes", 0.017), ("Dodson", 0.017),
    ("Morse", 0.017), ("Sheppard", 0.017), ("Weeks", 0.017), ("Camacho", 0.017), ("Bean", 0.017),
    ("Barron", 0.017), ("Livingston", 0.017), ("Middleton", 0.016), ("Spears", 0.016),
    ("Branch", 0.016), ("Blevins", 0.016), ("Chen", 0.016), ("Kerr", 0.016), ("McConnell", 0.016),
    ("Hatfield", 0.016), ("Harding", 0.016), ("Ashley", 0.016), ("Solis", 0.016),
    ("Herman", 0.016), ("Frost", 0.016), ("Giles", 0.016), ("Blackburn", 0.016),
    ("William", 0.016), ("Pennington", 0.016), ("Woodward", 0.016), ("Finley", 0.016),
    ("McIntosh", 0.016), ("Koch", 0.016), ("Best", 0.016), ("Solomon", 0.016),
    ("McCullough", 0.016), ("Dudley", 0.016), ("Nolan", 0.016), ("Blanchard", 0.016),
    ("Rivas", 0.016), ("Brennan", 0.016), ("Mejia", 0.016), ("Kane", 0.016), ("Benton", 0.016),
    ("Joyce", 0.016), ("Buckley", 0.016), ("Haley", 0.016), ("Valentine", 0.016),
    ("Maddox", 0.016), ("Russo", 0.016), ("McKnight", 0.016), ("Buck", 0.016), ("Moon", 0.016),
    ("McMillan", 0.016), ("Crosby", 0.016), ("Berg", 0.016), ("Dotson", 0.016), ("Mays", 0.016),
    ("Roach", 0.016), ("Church", 0.016), ("Chan", 0.016), ("Richmond", 0.016), ("Meadows", 0.016),
    ("Faulkner", 0.016), ("O'Neill", 0.016), ("Knapp", 0.016), ("Kline", 0.015), ("Barry", 0.015),
    ("Ochoa", 0.015), ("Jacobson", 0.015), ("Gay", 0.015), ("Avery", 0.015), ("Hendricks", 0.015),
    ("Horne", 0.015), ("Shepard", 0.015), ("Hebert", 0.015), ("Cherry", 0.015),
    ("Cardenas", 0.015), ("McIntyre", 0.015), ("Whitney", 0.015), ("Waller", 0.015),
    ("Holman", 0.015), ("Donaldson", 0.015), ("Cantu", 0.015), ("Terrell", 0.015),
    ("Morin", 0.015), ("Gillespie", 0.015), ("Fuentes", 0.015), ("Tillman", 0.015),
    ("Sanford", 0.015), ("Bentley", 0.015), ("Peck", 0.015), ("Key", 0.015), ("Salas", 0.015),
    ("Rollins", 0.015), ("Gamble", 0.015), ("Dickson", 0.015), ("Battle", 0.015),
    ("Santana", 0.015), ("Cabrera", 0.015), ("Cervantes", 0.015), ("Howe", 0.015),
    ("Hinton", 0.015), ("Hurley", 0.015), ("Spence", 0.015), ("Zamora", 0.015), ("Yang", 0.015),
    ("McNeil", 0.015), ("Suarez", 0.015), ("Case", 0.015), ("Petty", 0.015), ("Gould", 0.015),
    ("McFarland", 0.015), ("Sampson", 0.015), ("Carver", 0.015), ("Bray", 0.015),
    ("Rosario", 0.015), ("MacDonald", 0.015), ("Stout", 0.015), ("Hester", 0.015),
    ("Melendez", 0.015), ("Dillon", 0.015), ("Farley", 0.015), ("Hopper", 0.015),
    ("Galloway", 0.015), ("Potts", 0.015), ("Bernard", 0.015), ("Joyner", 0.014), ("Stein", 0.014),
    ("Aguirre", 0.014), ("Osborn", 0.014), ("Mercer", 0.014), ("Bender", 0.014), ("Franco", 0.014),
    ("Rowland", 0.014), ("Sykes", 0.014), ("Benjamin", 0.014), ("Travis", 0.014),
    ("Pickett", 0.014), ("Crane", 0.014), ("Sears", 0.014), ("Mayo", 0.014), ("Dunlap", 0.014),
    ("Hayden", 0.014), ("Wilder", 0.014), ("McKay", 0.014), ("Coffey", 0.014), ("McCarty", 0.014),
    ("Ewing", 0.014), ("Cooley", 0.014), ("Vaughan", 0.014), ("Bonner", 0.014), ("Cotton", 0.014),
    ("Holder", 0.014), ("Stark", 0.014), ("Ferrell", 0.014), ("Cantrell", 0.014),
    ("Fulton", 0.014), ("Lynn", 0.014), ("Lott", 0.014), ("Calderon", 0.014), ("Rosa", 0.014),
    ("Pollard", 0.014), ("Hooper", 0.014), ("Burch", 0.014), ("Mullen", 0.014), ("Fry", 0.014),
    ("Riddle", 0.014), ("Levy", 0.014), ("David", 0.014), ("Duke", 0.014), ("O'Donnell", 0.014),
    ("Guy", 0.014), ("Michael", 0.014), ("Britt", 0.014), ("Frederick", 0.014),
    ("Daugherty", 0.014), ("Berger", 0.014), ("Dillard", 0.014), ("Alston", 0.014),
    ("Jarvis", 0.014), ("Frye", 0.014), ("Riggs", 0.014), ("Chaney", 0.014), ("Odom", 0.013),
    ("Duffy", 0.013), ("Fitzpatrick", 0.013), ("Valenzuela", 0.013), ("Merrill", 0.013),
    ("Mayer", 0.013), ("Alford", 0.013), ("McPherson", 0.013), ("Acevedo", 0.013),
    ("Donovan", 0.013), ("Barrera", 0.013), ("Albert", 0.013), ("Cote", 0.013), ("Reilly", 0.013),
    ("Compton", 0.013), ("Raymond", 0.013), ("Mooney", 0.013), ("McGowan", 0.013),
    ("Craft", 0.013), ("Cleveland", 0.013), ("Clemons", 0.013), ("Wynn", 0.013),
    ("Nielsen", 0.013), ("Baird", 0.013), ("Stanton", 0.013), ("Snider", 0.013),
    ("Rosales", 0.013), ("Bright", 0.013), ("Witt", 0.013), ("Stuart", 0.013), ("Hays", 0.013),
    ("Holden", 0.013), ("Rutledge", 0.013), ("Kinney", 0.013), ("Clements", 0.013),
    ("Castaneda", 0.013), ("Slater", 0.013), ("Hahn", 0.013), ("Emerson", 0.013),
    ("Conrad", 0.013), ("Burks", 0.013), ("Delaney", 0.013), ("Pate", 0.013), ("Lancaster", 0.013),
    ("Sweet", 0.013), ("Justice", 0.013), ("Tyson", 0.013), ("Sharpe", 0.013),
    ("Whitfield", 0.013), ("Talley", 0.013), ("Macias", 0.013), ("Irwin", 0.013),
    ("Burris", 0.013), ("Ratliff", 0.013), ("McCray", 0.013), ("Madden", 0.013),
    ("Kaufman", 0.013), ("Beach", 0.013), ("Goff", 0.013), ("Cash", 0.013), ("Bolton", 0.013),
    ("McFadden", 0.013), ("Levine", 0.013), ("Good", 0.013), ("Byers", 0.013), ("Kirkland", 0.013),
    ("Kidd", 0.013), ("Workman", 0.013), ("Carney", 0.013), ("Dale", 0.013), ("McLeod", 0.013),
    ("Holcomb", 0.013), ("England", 0.013), ("Finch", 0.013), ("Head", 0.012), ("Burt", 0.012),
    ("Hendrix", 0.012), ("Sosa", 0.012), ("Haney", 0.012), ("Franks", 0.012), ("Sargent", 0.012),
    ("Nieves", 0.012), ("Downs", 0.012), ("Rasmussen", 0.012), ("Bird", 0.012), ("Hewitt", 0.012),
    ("Lindsay", 0.012), ("Le", 0.012), ("Foreman", 0.012), ("Valencia", 0.012), ("O'Neil", 0.012),
    ("Delacruz", 0.012), ("Vinson", 0.012), ("Dejesus", 0.012), ("Hyde", 0.012), ("Forbes", 0.012),
    ("Gilliam", 0.012), ("Guthrie", 0.012), ("Wooten", 0.012), ("Huber", 0.012), ("Barlow", 0.012),
    ("Boyle", 0.012), ("McMahon", 0.012), ("Buckner", 0.012), ("Rocha", 0.012), ("Puckett", 0.012),
    ("Langley", 0.012), ("Knowles", 0.012), ("Cooke", 0.012), ("Velazquez", 0.012),
    ("Whitley", 0.012), ("Noel", 0.012), ("Vang", 0.012), ("Shea", 0.012), ("Rouse", 0.012),
    ("Hartley", 0.012), ("Mayfield", 0.012), ("Elder", 0.012), ("Rankin", 0.012), ("Hanna", 0.012),
    ("Cowan", 0.012), ("Lucero", 0.012), ("Arroyo", 0.012), ("Slaughter", 0.012), ("Haas", 0.012),
    ("O'Connell", 0.012), ("Minor", 0.012), ("Kendrick", 0.012), ("Shirley", 0.012),
    ("Kendall", 0.012), ("Boucher", 0.012), ("Archer", 0.012), ("Boggs", 0.012), ("Odell", 0.012),
    ("Dougherty", 0.012), ("Andersen", 0.012), ("Newell", 0.012), ("Crowe", 0.012),
    ("Wang", 0.012), ("Friedman", 0.012), ("Bland", 0.012), ("Swain", 0.012), ("Holley", 0.012),
    ("Felix", 0.012), ("Pearce", 0.012), ("Childs", 0.012), ("Yarbrough", 0.012),
    ("Galvan", 0.012), ("Proctor", 0.012), ("Meeks", 0.012), ("Lozano", 0.012), ("Mora", 0.012),
    ("Rangel", 0.012), ("Bacon", 0.012), ("Villanueva", 0.012), ("Schaefer", 0.012),
    ("Rosado", 0.012), ("Helms", 0.012), ("Boyce", 0.012), ("Goss", 0.012), ("Stinson", 0.011),
    ("Smart", 0.011), ("Lake", 0.011), ("Ibarra", 0.011), ("Hutchins", 0.011),
    ("Covington", 0.011), ("Reyna", 0.011), ("Gregg", 0.011), ("Werner", 0.011),
    ("Crowley", 0.011), ("Hatcher", 0.011), ("Mackey", 0.011), ("Bunch", 0.011), ("Womack", 0.011),
    ("Polk", 0.011), ("Jamison", 0.011), ("Dodd", 0.011), ("Childress", 0.011),
    ("Childers", 0.011), ("Camp", 0.011), ("Villa", 0.011), ("Dye", 0.011), ("Springer", 0.011),
    ("Mahoney", 0.011), ("Dailey", 0.011), ("Belcher", 0.011), ("Lockhart", 0.011),
    ("Griggs", 0.011), ("Costa", 0.011), ("Connor", 0.011), ("Brandt", 0.011), ("Winter", 0.011),
    ("Walden", 0.011), ("Moser", 0.011), ("Tracy", 0.011), ("Tatum", 0.011), ("McCann", 0.011),
    ("Akers", 0.011), ("Lutz", 0.011), ("Pryor", 0.011), ("Law", 0.011), ("Orozco", 0.011),
    ("McAllister", 0.011), ("Lugo", 0.011), ("Davies", 0.011), ("Shoemaker", 0.011),
    ("Madison", 0.011), ("Rutherford", 0.011), ("Newsome", 0.011), ("Magee", 0.011),
    ("Chamberlain", 0.011), ("Blanton", 0.011), ("Simms", 0.011), ("Godfrey", 0.011),
    ("Flanagan", 0.011), ("Crum", 0.011), ("Cordova", 0.011), ("Escobar", 0.011),
    ("Downing", 0.011), ("Sinclair", 0.011), ("Donahue", 0.011), ("Krueger", 0.011),
    ("McGinnis", 0.011), ("Gore", 0.011), ("Farris", 0.011), ("Webber", 0.011), ("Corbett", 0.011),
    ("Andrade", 0.011), ("Starr", 0.011), ("Lyon", 0.011), ("Yoder", 0.011), ("Hastings", 0.011),
    ("McGrath", 0.011), ("Spivey", 0.011), ("Krause", 0.011), ("Harden", 0.011),
    ("Crabtree", 0.011), ("Kirkpatrick", 0.011), ("Hollis", 0.011), ("Brandon", 0.011),
    ("Arrington", 0.011), ("Ervin", 0.011), ("Clifton", 0.011), ("Ritter", 0.011),
    ("McGhee", 0.011), ("Bolden", 0.011), ("Maloney", 0.011), ("Gagnon", 0.011), ("Dunbar", 0.011),
    ("Ponce", 0.011), ("Pike", 0.011), ("Mayes", 0.011), ("Heard", 0.011), ("Beatty", 0.011),
    ("Mobley", 0.011), ("Kimball", 0.011), ("Butts", 0.011), ("Montes", 0.011), ("Herbert", 0.011),
    ("Grady", 0.011), ("Eldridge", 0.011), ("Braun", 0.011), ("Hamm", 0.011), ("Gibbons", 0.011),
    ("Seymour", 0.011), ("Moyer", 0.011), ("Manley", 0.011), ("Herron", 0.011), ("Plummer", 0.011),
    ("Elmore", 0.011), ("Cramer", 0.011), ("Gary", 0.011), ("Rucker", 0.011), ("Hilton", 0.011),
    ("Blue", 0.011), ("Pierson", 0.011), ("Fontenot", 0.011), ("Field", 0.011), ("Rubio", 0.011),
    ("Grace", 0.011), ("Goldstein", 0.011), ("Elkins", 0.011), ("Wills", 0.01), ("Novak", 0.01),
    ("John", 0.01), ("Hickey", 0.01), ("Worley", 0.01), ("Gorman", 0.01), ("Katz", 0.01),
    ("Dickinson", 0.01), ("Broussard", 0.01), ("Fritz", 0.01), ("Woodruff", 0.01), ("Crow", 0.01),
    ("Christopher", 0.01), ("Britton", 0.01), ("Forrest", 0.01), ("Nance", 0.01), ("Lehman", 0.01),
    ("Bingham", 0.01), ("Zuniga", 0.01), ("Whaley", 0.01), ("Shafer", 0.01), ("Coffman", 0.01),
    ("Steward", 0.01), ("Delarosa", 0.01), ("Nix", 0.01), ("Neely", 0.01), ("Numbers", 0.01),
    ("Mata", 0.01), ("Manuel", 0.01), ("Davila", 0.01), ("McCabe", 0.01), ("Kessler", 0.01),
    ("Emery", 0.01), ("Bowling", 0.01), ("Hinkle", 0.01), ("Welsh", 0.01), ("Pagan", 0.01),
    ("Goldberg", 0.01), ("Goins", 0.01), ("Crouch", 0.01), ("Cuevas", 0.01), ("Quinones", 0.01),
    ("McDermott", 0.01), ("Hendrickson", 0.01), ("Samuels", 0.01), ("Denton", 0.01),
    ("Bergeron", 0.01), ("Lam", 0.01), ("Ivey", 0.01), ("Locke", 0.01), ("Haines", 0.01),
    ("Thurman", 0.01), ("Snell", 0.01), ("Hoskins", 0.01), ("Byrne", 0.01), ("Milton", 0.01),
    ("Winston", 0.01), ("Arthur", 0.01), ("Arias", 0.01), ("Stanford", 0.01), ("Roe", 0.01),
    ("Corbin", 0.01), ("Beltran", 0.01), ("Chappell", 0.01), ("Hurt", 0.01), ("Downey", 0.01),
    ("Dooley", 0.01), ("Tuttle", 0.01), ("Couch", 0.01), ("Payton", 0.01), ("McElroy", 0.01),
    ("Crockett", 0.01), ("Groves", 0.01), ("Clement", 0.01), ("Leslie", 0.01),
    ("Cartwright", 0.01), ("Dickey", 0.01), ("McGill", 0.01), ("Dubois", 0.01), ("Muniz", 0.01),
    ("Erwin", 0.01), ("Self", 0.01), ("Tolbert", 0.01), ("Dempsey", 0.01), ("Cisneros", 0.01),
    ("Sewell", 0.01), ("Latham", 0.01), ("Garland", 0.01), ("Vigil", 0.01), ("Tapia", 0.01),
    ("Sterling", 0.01), ("Rainey", 0.01), ("Norwood", 0.01), ("Lacy", 0.01), ("Stroud", 0.01),
    ("Meade", 0.01), ("Amos", 0.01), ("Tipton", 0.01), ("Lord", 0.01), ("Kuhn", 0.01),
    ("Hilliard", 0.01), ("Bonilla", 0.01), ("Teague", 0.01), ("Courtney", 0.01), ("Gunn", 0.01),
    ("Ho", 0.01), ("Greenwood", 0.01), ("Correa", 0.01), ("Reece", 0.01), ("Weston", 0.01),
    ("Poe", 0.01), ("Trent", 0.01), ("Pineda", 0.01), ("Phipps", 0.01), ("Frey", 0.01),
    ("Kaiser", 0.01), ("Ames", 0.01), ("Paige", 0.01), ("Gunter", 0.01), ("Schmitt", 0.01),
    ("Milligan", 0.01), ("Espinosa", 0.01), ("Carlton", 0.01), ("Bowden", 0.01), ("Vickers", 0.01),
    ("Lowry", 0.01), ("Pritchard", 0.01), ("Costello", 0.01), ("Piper", 0.009),
    ("McClellan", 0.009), ("Lovell", 0.009), ("Drew", 0.009), ("Sheehan", 0.009), ("Quick", 0.009),
    ("Hatch", 0.009), ("Dobson", 0.009), ("Singh", 0.009), ("Jeffries", 0.009),
    ("Hollingsworth", 0.009), ("Sorensen", 0.009), ("Meza", 0.009), ("Fink", 0.009),
    ("Donnelly", 0.009), ("Burrell", 0.009), ("Bruno", 0.009), ("Tomlinson", 0.009),
    ("Colbert", 0.009), ("Billings", 0.009), ("Ritchie", 0.009), ("Helton", 0.009),
    ("Sutherland", 0.009), ("Peoples", 0.009), ("McQueen", 0.009), ("Gaston", 0.009),
    ("Thomason", 0.009), ("McKinley", 0.009), ("Givens", 0.009), ("Crocker", 0.009),
    ("Vogel", 0.009), ("Robison", 0.009), ("Dunham", 0.009), ("Coker", 0.009), ("Swartz", 0.009),
    ("Keys", 0.009), ("Lilly", 0.009), ("Ladner", 0.009), ("Hannah", 0.009), ("Willard", 0.009),
    ("Richter", 0.009), ("Hargrove", 0.009), ("Edmonds", 0.009), ("Brantley", 0.009),
    ("Albright", 0.009), ("Murdock", 0.009), ("Boswell", 0.009), ("Muller", 0.009),
    ("Quintero", 0.009), ("Padgett", 0.009), ("Kenney", 0.009), ("Daly", 0.009),
    ("Connolly", 0.009), ("Pierre", 0.009), ("Inman", 0.009), ("Quintana", 0.009), ("Lund", 0.009),
    ("Barnard", 0.009), ("Villegas", 0.009), ("Simons", 0.009), ("Land", 0.009),
    ("Huggins", 0.009), ("Tidwell", 0.009), ("Sanderson", 0.009), ("Bullard", 0.009),
    ("McClendon", 0.009), ("Duarte", 0.009), ("Draper", 0.009), ("Meredith", 0.009),
    ("Marrero", 0.009), ("Dwyer", 0.009), ("Abrams", 0.009), ("Stover", 0.009), ("Goode", 0.009),
    ("Fraser", 0.009), ("Crews", 0.009), ("Bernal", 0.009), ("Smiley", 0.009), ("Godwin", 0.009),
    ("Fish", 0.009), ("Conklin", 0.009), ("McNeal", 0.009), ("Baca", 0.009), ("Esparza", 0.009),
    ("Crowder", 0.009), ("Bower", 0.009), ("Nicholas", 0.009), ("Chung", 0.009),
    ("Brewster", 0.009), ("McNeill", 0.009), ("Dick", 0.009), ("Rodrigues", 0.009),
    ("Leal", 0.009), ("Coates", 0.009), ("Raines", 0.009), ("McCain", 0.009), ("McCord", 0.009),
    ("Miner", 0.009), ("Holbrook", 0.009), ("Swift", 0.009), ("Dukes", 0.009), ("Carlisle", 0.009),
    ("Aldridge", 0.009), ("Ackerman", 0.009), ("Starks", 0.009), ("Ricks", 0.009),
    ("Holliday", 0.009), ("Ferris", 0.009), ("Hairston", 0.009), ("Sheffield", 0.009),
    ("Lange", 0.009), ("Fountain", 0.009), ("Marino", 0.009), ("Doss", 0.009), ("Betts", 0.009),
    ("Kaplan", 0.009), ("Carmichael", 0.009), ("Bloom", 0.009), ("Ruffin", 0.009), ("Penn", 0.009),
    ("Kern", 0.009), ("Bowles", 0.009), ("Sizemore", 0.009), ("Larkin", 0.009), ("Dupree", 0.009),
    ("Jewell", 0.009), ("Silver", 0.009), ("Seals", 0.009), ("Metcalf", 0.009),
    ("Hutchison", 0.009), ("Henley", 0.009), ("Farr", 0.009), ("Castle", 0.009),
    ("McCauley", 0.009), ("Hankins", 0.009), ("Gustafson", 0.009), ("Deal", 0.009),
    ("Curran", 0.009), ("Ash", 0.009), ("Waddell", 0.009), ("Ramey", 0.009), ("Cates", 0.009),
    ("Pollock", 0.009), ("Major", 0.009), ("Irvin", 0.009), ("Cummins", 0.009), ("Messer", 0.009),
    ("Heller", 0.009), ("Dewitt", 0.009), ("Lin", 0.009), ("Funk", 0.009), ("Cornett", 0.009),
    ("Palacios", 0.009), ("Galindo", 0.009), ("Cano", 0.009), ("Hathaway", 0.009),
    ("Singer", 0.008), ("Pham", 0.008), ("Enriquez", 0.008), ("Aaron", 0.008), ("Salgado", 0.008),
    ("Pelletier", 0.008), ("Painter", 0.008), ("Wiseman", 0.008), ("Blount", 0.008),
    ("Hand", 0.008), ("Feliciano", 0.008), ("Temple", 0.008), ("Houser", 0.008),
    ("Doherty", 0.008), ("Mead", 0.008), ("McGraw", 0.008), ("Toney", 0.008), ("Swan", 0.008),
    ("Melvin", 0.008), ("Capps", 0.008), ("Blanco", 0.008), ("Blackmon", 0.008), ("Wesley", 0.008),
    ("Thomson", 0.008), ("McManus", 0.008), ("Fair", 0.008), ("Burkett", 0.008), ("Post", 0.008),
    ("Gleason", 0.008), ("Rudolph", 0.008), ("Ott", 0.008), ("Dickens", 0.008), ("Cormier", 0.008),
    ("Voss", 0.008), ("Rushing", 0.008), ("Rosenberg", 0.008), ("Hurd", 0.008), ("Dumas", 0.008),
    ("Benitez", 0.008), ("Arellano", 0.008), ("Story", 0.008), ("Marin", 0.008),
    ("Caudill", 0.008), ("Bragg", 0.008), ("Jaramillo", 0.008), ("Huerta", 0.008),
    ("Gipson", 0.008), ("Colvin", 0.008), ("Biggs", 0.008), ("Vela", 0.008), ("Platt", 0.008),
    ("Cassidy", 0.008), ("Tompkins", 0.008), ("McCollum", 0.008), ("Kay", 0.008),
    ("Gabriel", 0.008), ("Dolan", 0.008), ("Daley", 0.008), ("Crump", 0.008), ("Street", 0.008),
    ("Sneed", 0.008), ("Kilgore", 0.008), ("Grove", 0.008), ("Grimm", 0.008), ("Davison", 0.008),
    ("Brunson", 0.008), ("Prater", 0.008), ("Marcum", 0.008), ("Devine", 0.008), ("Kyle", 0.008),
    ("Dodge", 0.008), ("Stratton", 0.008), ("Rosas", 0.008), ("Choi", 0.008), ("Tripp", 0.008),
    ("Ledbetter", 0.008), ("Lay", 0.008), ("Hightower", 0.008), ("Haywood", 0.008),
    ("Feldman", 0.008), ("Epps", 0.008), ("Yeager", 0.008), ("Posey", 0.008), ("Sylvester", 0.008),
    ("Scruggs", 0.008), ("Cope", 0.008), ("Stubbs", 0.008), ("Richey", 0.008), ("Overton", 0.008),
    ("Trotter", 0.008), ("Sprague", 0.008), ("Cordero", 0.008), ("Butcher", 0.008),
    ("Burger", 0.008), ("Stiles", 0.008), ("Burgos", 0.008), ("Woodson", 0.008), ("Horner", 0.008),
    ("Bassett", 0.008), ("Purcell", 0.008), ("Haskins", 0.008), ("Gee", 0.008), ("Akins", 0.008),
    ("Abraham", 0.008), ("Hoyt", 0.008), ("Ziegler", 0.008), ("Spaulding", 0.008),
    ("Hadley", 0.008), ("Grubbs", 0.008), ("Sumner", 0.008), ("Murillo", 0.008), ("Zavala", 0.008),
    ("Shook", 0.008), ("Lockwood", 0.008), ("Jarrett", 0.008), ("Driscoll", 0.008),
    ("Dahl", 0.008), ("Thorpe", 0.008), ("Sheridan", 0.008), ("Redmond", 0.008), ("Putnam", 0.008),
    ("McWilliams", 0.008), ("McRae", 0.008), ("Cornell", 0.008), ("Felton", 0.008),
    ("Romano", 0.008), ("Joiner", 0.008), ("Sadler", 0.008), ("Hedrick", 0.008), ("Hager", 0.008),
    ("Hagen", 0.008), ("Fitch", 0.008), ("Coulter", 0.008), ("Thacker", 0.008),
    ("Mansfield", 0.008), ("Langston", 0.008), ("Guidry", 0.008), ("Ferreira", 0.008),
    ("Corley", 0.008), ("Conn", 0.008), ("Rossi", 0.008), ("Lackey", 0.008), ("Cody", 0.008),
    ("Baez", 0.008), ("Saenz", 0.008), ("McNamara", 0.008), ("Darnell", 0.008), ("Michel", 0.008),
    ("McMullen", 0.008), ("McKenna", 0.008), ("McDonough", 0.008), ("Link", 0.008),
    ("Engel", 0.008), ("Browne", 0.008), ("Roper", 0.008), ("Peacock", 0.008), ("Eubanks", 0.008),
    ("Drummond", 0.008), ("Stringer", 0.008), ("Pritchett", 0.008), ("Parham", 0.008),
    ("Mims", 0.008), ("Landers", 0.008), ("Ham", 0.008), ("Grayson", 0.008), ("Stacy", 0.008),
    ("Schafer", 0.008), ("Egan", 0.008), ("Timmons", 0.008), ("O'Hara", 0.008), ("Keen", 0.008),
    ("Hamlin", 0.008), ("Finn", 0.008), ("Cortes", 0.008), ("McNair", 0.008), ("Louis", 0.008),
    ("Clifford", 0.008), ("Nadeau", 0.008), ("Moseley", 0.008), ("Michaud", 0.008),
    ("Rosen", 0.008), ("Oakes", 0.008), ("Kurtz", 0.008), ("Jeffers", 0.008), ("Calloway", 0.008),
    ("Beal", 0.008), ("Bautista", 0.008), ("Winn", 0.008), ("Suggs", 0.008), ("Stern", 0.008),
    ("Stapleton", 0.008), ("Lyles", 0.008), ("Laird", 0.008), ("Montano", 0.008),
    ("Diamond", 0.008), ("Dawkins", 0.008), ("Roland", 0.008), ("Hagan", 0.008),
    ("Goldman", 0.008), ("Bryson", 0.008), ("Barajas", 0.008), ("Lovett", 0.008),
    ("Segura", 0.008), ("Metz", 0.008), ("Lockett", 0.008), ("Langford", 0.008), ("Hinson", 0.008),
    ("Eastman", 0.008), ("Rock", 0.008), ("Hooks", 0.008), ("Woody", 0.007), ("Smallwood", 0.007),
    ("Shapiro", 0.007), ("Crowell", 0.007), ("Whalen", 0.007), ("Triplett", 0.007),
    ("Hooker", 0.007), ("Chatman", 0.007), ("Aldrich", 0.007), ("Cahill", 0.007),
    ("Youngblood", 0.007), ("Ybarra", 0.007), ("Stallings", 0.007), ("Sheets", 0.007),
    ("Samuel", 0.007), ("Reeder", 0.007), ("Person", 0.007), ("Pack", 0.007), ("Lacey", 0.007),
    ("Connelly", 0.007), ("Bateman", 0.007), ("Abernathy", 0.007), ("Winkler", 0.007),
    ("Wilkes", 0.007), ("Masters", 0.007), ("Hackett", 0.007), ("Granger", 0.007),
    ("Gillis", 0.007), ("Schmitz", 0.007), ("Sapp", 0.007), ("Napier", 0.007), ("Souza", 0.007),
    ("Lanier", 0.007), ("Gomes", 0.007), ("Weir", 0.007), ("Otero", 0.007), ("Ledford", 0.007),
    ("Burroughs", 0.007), ("Babcock", 0.007), ("Ventura", 0.007), ("Siegel", 0.007),
    ("Dugan", 0.007), ("Clinton", 0.007), ("Christie", 0.007), ("Bledsoe", 0.007),
    ("Atwood", 0.007), ("Wray", 0.007), ("Varner", 0.007), ("Spangler", 0.007), ("Otto", 0.007),
    ("Anaya", 0.007), ("Staley", 0.007), ("Kraft", 0.007), ("Fournier", 0.007), ("Eddy", 0.007),
    ("Belanger", 0.007), ("Wolff", 0.007), ("Thorne", 0.007), ("Bynum", 0.007),
    ("Burnette", 0.007), ("Boykin", 0.007), ("Swenson", 0.007), ("Purvis", 0.007), ("Pina", 0.007),
    ("Khan", 0.007), ("Duvall", 0.007), ("Darby", 0.007), ("Xiong", 0.007), ("Kauffman", 0.007),
    ("Ali", 0.007), ("Yu", 0.007), ("Healy", 0.007), ("Engle", 0.007), ("Corona", 0.007),
    ("Benoit", 0.007), ("Valle", 0.007), ("Steiner", 0.007), ("Spicer", 0.007), ("Shaver", 0.007),
    ("Randle", 0.007), ("Lundy", 0.007), ("Dow", 0.007), ("Chin", 0.007), ("Calvert", 0.007),
    ("Staton", 0.007), ("Neff", 0.007), ("Kearney", 0.007), ("Darden", 0.007), ("Oakley", 0.007),
    ("Medeiros", 0.007), ("McCracken", 0.007), ("Crenshaw", 0.007), ("Block", 0.007),
    ("Beaver", 0.007), ("Perdue", 0.007), ("Dill", 0.007), ("Whittaker", 0.007), ("Tobin", 0.007),
    ("Cornelius", 0.007), ("Washburn", 0.007), ("Hogue", 0.007), ("Goodrich", 0.007),
    ("Easley", 0.007), ("Bravo", 0.007), ("Dennison", 0.007), ("Vera", 0.007), ("Shipley", 0.007),
    ("Kerns", 0.007), ("Jorgensen", 0.007), ("Crain", 0.007), ("Abel", 0.007),
    ("Villalobos", 0.007), ("Maurer", 0.007), ("Longoria", 0.007), ("Keene", 0.007),
    ("Coon", 0.007), ("Sierra", 0.007), ("Witherspoon", 0.007), ("Staples", 0.007),
    ("Pettit", 0.007), ("Kincaid", 0.007), ("Eason", 0.007), ("Madrid", 0.007), ("Echols", 0.007),
    ("Lusk", 0.007), ("Wu", 0.007), ("Stahl", 0.007), ("Currie", 0.007), ("Thayer", 0.007),
    ("Shultz", 0.007), ("Sherwood", 0.007), ("McNally", 0.007), ("Seay", 0.007), ("North", 0.007),
    ("Maher", 0.007), ("Kenny", 0.007), ("Hope", 0.007), ("Gagne", 0.007), ("Barrow", 0.007),
    ("Nava", 0.007), ("Myles", 0.007), ("Moreland", 0.007), ("Honeycutt", 0.007), ("Hearn", 0.007),
    ("Diggs", 0.007), ("Caron", 0.007), ("Whitten", 0.007), ("Westbrook", 0.007),
    ("Stovall", 0.007), ("Ragland", 0.007), ("Queen", 0.007), ("Munson", 0.007), ("Meier", 0.007),
    ("Looney", 0.007), ("Kimble", 0.007), ("Jolly", 0.007), ("Hobson", 0.007), ("London", 0.007),
    ("Goddard", 0.007), ("Culver", 0.007), ("Burr", 0.007), ("Presley", 0.007), ("Negron", 0.007),
    ("Connell", 0.007), ("Tovar", 0.007), ("Marcus", 0.007), ("Huddleston", 0.007),
    ("Hammer", 0.007), ("Ashby", 0.007), ("Salter", 0.007), ("Root", 0.007), ("Pendleton", 0.007),
    ("O'Leary", 0.007), ("Nickerson", 0.007), ("Myrick", 0.007), ("Judd", 0.007),
    ("Jacobsen", 0.007), ("Elliot", 0.007), ("Bain", 0.007), ("Adair", 0.007), ("Starnes", 0.007),
    ("Sheldon", 0.007), ("Matos", 0.007), ("Light", 0.007), ("Busby", 0.007), ("Herndon", 0.007),
    ("Hanley", 0.007), ("Bellamy", 0.007), ("Jack", 0.007), ("Doty", 0.007), ("Bartley", 0.007),
    ("Yazzie", 0.007), ("Rowell", 0.007), ("Parson", 0.007), ("Gifford", 0.007), ("Cullen", 0.007),
    ("Christiansen", 0.007), ("Benavides", 0.007), ("Barnhart", 0.007), ("Talbot", 0.007),
    ("Mock", 0.007), ("Crandall", 0.007), ("Connors", 0.007), ("Bonds", 0.007), ("Whitt", 0.007),
    ("Gage", 0.007), ("Bergman", 0.007), ("Arredondo", 0.007), ("Addison", 0.007),
    ("Marion", 0.007), ("Lujan", 0.007), ("Dowdy", 0.007), ("Jernigan", 0.007), ("Huynh", 0.007),
    ("Bouchard", 0.007), ("Dutton", 0.007), ("Rhoades", 0.007), ("Ouellette", 0.007),
    ("Kiser", 0.007), ("Rubin", 0.007), ("Herrington", 0.007), ("Hare", 0.007), ("Denny", 0.007),
    ("Blackman", 0.007), ("Babb", 0.007), ("Allred", 0.007), ("Rudd", 0.007), ("Paulson", 0.007),
    ("Ogden", 0.007), ("Koenig", 0.007), ("Jacob", 0.007), ("Irving", 0.007), ("Geiger", 0.007),
    ("Begay", 0.007), ("Parra", 0.007), ("Champion", 0.007), ("Lassiter", 0.007), ("Hawk", 0.007),
    ("Esposito", 0.007), ("Cho", 0.007), ("Waldron", 0.007), ("Vernon", 0.007), ("Ransom", 0.007),
    ("Prather", 0.007), ("Keenan", 0.007), ("Jean", 0.007), ("Grover", 0.007), ("Chacon", 0.007),
    ("Vick", 0.007), ("Sands", 0.007), ("Roark", 0.007), ("Parr", 0.007), ("Mayberry", 0.007),
    ("Greenberg", 0.007), ("Coley", 0.007), ("Bruner", 0.007), ("Whitman", 0.007),
    ("Skaggs", 0.007), ("Shipman", 0.007), ("Means", 0.007), ("Leary", 0.007), ("Hutton", 0.007),
    ("Romo", 0.007), ("Medrano", 0.007), ("Ladd", 0.007), ("Kruse", 0.007), ("Friend", 0.007),
    ("Darling", 0.007), ("Askew", 0.007), ("Valentin", 0.007), ("Schulz", 0.007),
    ("Alfaro", 0.007), ("Tabor", 0.007), ("Mohr", 0.007), ("Gallo", 0.007), ("Bermudez", 0.007),
    ("Pereira", 0.007), ("Isaac", 0.007), ("Bliss", 0.007), ("Reaves", 0.006), ("Flint", 0.006),
    ("Comer", 0.006), ("Boston", 0.006), ("Woodall", 0.006), ("Naquin", 0.006), ("Guevara", 0.006),
    ("Earl", 0.006), ("Delong", 0.006), ("Carrier", 0.006), ("Pickens", 0.006), ("Brand", 0.006),
    ("Tilley", 0.006), ("Schaffer", 0.006), ("Read", 0.006), ("Lim", 0.006), ("Knutson", 0.006),
    ("Fenton", 0.006), ("Doran", 0.006), ("Chu", 0.006), ("Vogt", 0.006), ("Vann", 0.006),
    ("Prescott", 0.006), ("McLain", 0.006), ("Landis", 0.006), ("Corcoran", 0.006),
    ("Ambrose", 0.006), ("Zapata", 0.006), ("Hyatt", 0.006), ("Hemphill", 0.006), ("Faulk", 0.006),
    ("Call", 0.006), ("Dove", 0.006), ("Boudreaux", 0.006), ("Aragon", 0.006), ("Whitlock", 0.006),
    ("Trejo", 0.006), ("Tackett", 0.006), ("Shearer", 0.006), ("Saldana", 0.006), ("Hanks", 0.006),
    ("Gold", 0.006), ("Driver", 0.006), ("McKinnon", 0.006), ("Koehler", 0.006),
    ("Champagne", 0.006), ("Bourgeois", 0.006), ("Pool", 0.006), ("Keyes", 0.006),
    ("Goodson", 0.006), ("Foote", 0.006), ("Early", 0.006), ("Lunsford", 0.006),
    ("Goldsmith", 0.006), ("Flood", 0.006), ("Winslow", 0.006), ("Sams", 0.006), ("Reagan", 0.006),
)
# fmt: on


if __name__ == "__main__":
    main()
