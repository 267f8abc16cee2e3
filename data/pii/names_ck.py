# ruff: noqa: E501
"""Name pools of held-out ck (sixty-eighth writer): names as the population has them.

Every pool is a ranked list: the order of SCB's name statistics for Sweden (written from general
knowledge), the US Census 1990 lists (public domain: the `names==0.3.0` package's
`dist.female.first`, `dist.male.first` and `dist.all.last`, with the census per cent as weight),
the ONS baby-name rankings and common surnames for the UK (general knowledge), and the commonest
given names and surnames of origins common in Sweden. Ranked lists without a per cent weigh
1/rank. None was checked against any list of the project; none was left out for being known or
unknown. Stdlib only.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from a list's head with this share, else from its tail


@dataclass(frozen=True)
class Pool:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int  # names[:head] is the head, the rest the tail


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def _words(text: str) -> list[str]:
    """Names of a list in rank order; `_` stands for a space inside a name (`von_Platen`)."""
    out: list[str] = []
    for word in text.split():
        word = word.replace("_", " ")
        if word not in out:
            out.append(word)
    return out


def ranked(head: str, tail: str = "") -> Pool:
    """A pool from a head and a tail written in rank order, weight 1/rank."""
    names = _words(head)
    cut = len(names)
    names += [w for w in _words(tail) if w not in names]
    return Pool(tuple(names), tuple(1 / (i + 1) for i in range(len(names))), cut)


def census(rows: str, head: int = 150) -> Pool:
    """A pool from `Name percent` lines of the US Census 1990 lists."""
    pairs = [line.split() for line in rows.strip().splitlines()]
    return Pool(tuple(p[0] for p in pairs), tuple(float(p[1]) for p in pairs), head)


def plain(word: str) -> str:
    """A name typed without its letters' marks (`Wiśniewski` -> `Wisniewski`)."""
    word = word.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("ø", "o").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(word: str) -> str:
    """A Polish surname in its feminine form (`Kowalski` -> `Kowalska`)."""
    for end, fem in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if word.endswith(end):
            return word[: -len(end)] + fem
    return word


# --- Sweden: SCB's name statistics, in their order (general knowledge) -----------------------
SV_F = ranked(
    """Anna Eva Maria Karin Kristina Lena Sara Kerstin Emma Ingrid Marie Malin Elin Birgitta Jenny
    Sofia Inger Hanna Linda Annika Ulla Katarina Susanne Johanna Elisabeth Monica Helena Margareta
    Ida Julia Camilla Åsa Ebba Elsa Alice Maja Gunilla Carina Ulrika Anette Lisa Cecilia Therese
    Josefin Frida Agneta Anneli Sandra Jessica Matilda Caroline Amanda Barbro Anita Britt Louise
    Wilma Klara Emelie Marianne Moa Ella Lina Isabelle Ingela Madeleine Gun Elisabet Siv Lovisa
    Alva Astrid Ann Helen Mona Viktoria Pia Rebecka Felicia Nathalie Ingegerd Kajsa Stina
    Charlotte Gunnel Yvonne Karolina Jennie Petra Mikaela Vera Saga Selma Signe Ellen Ester Elvira
    Olivia Agnes Nora Tilda Thea Tove Tuva Ronja Tyra Freja Linnea Alma Märta Ingeborg Greta Sigrid
    Britta Marita Anne Irene Eleonor Louise Jeanette Veronica Erika Hillevi Lilly Leah Nellie
    Elise Ellinor Emilia Evelina Gabriella Hedda Isabella Jasmine Josefine Kristin Lotta Majken
    Maj Mari Meja Nova Sonja Sanna Tina Ylva Vanja Lova Ingalill Inga Elsy Gerd Eila""",
    """Gudrun Solveig Majvor Ruth Dagny Elvy Irma Lilian Rut Margit Berit Harriet Dagmar Evy Ethel
    Vivianne Rakel Hedvig Edith Svea Lydia Judit Tora Idun Liv Embla Juni Ines Livia Iris Minna
    Hjördis Ragnhild Torborg Brita Kristin Märit Margot Lillemor Monika Katrin Kicki Sigrun Gunvor
    Ulrica Birgit Annelie Mia Jonna Linn Tindra Bianca Clara Cornelia Smilla Stella Juni Molly
    Leia Liya Ines Lo Ester Sigrid Hilma Edla Elna Gertrud Vendela Tekla Ottilia Rosa Viola Alicia
    Adina Asta Beata Berta Bodil Carita Dorotea Elna Emmy Eira Elida Fanny Gunhild Hulda Ingeborg
    Ingrid Jenna Jessika Josefina Kaisa Laila Lisbet Lisbeth Lovis Lykke Magdalena Malva Marit
    Marléne Mathilda Mimmi Nelly Nadja Nicole Ottilia Paulina Pernilla Ragni Rigmor Rebecca Saima
    Siri Solveig Stefanie Susann Tatiana Tova Tyra Ulla-Britt Valborg Vilma Vivi Wera Åse Ingela
    Maud Mirja Majlis Naemi Alexandra Anja Carolina Catharina Christel Doris Elsie Emely Ewa
    Frideborg Gisela Greta Hedvig Henny Ilse Isa Jill Katja Kim Lilja Lisen Louisa Lucia Lydia
    Madelene Malou Marina Melinda Miranda Mirjam Nathalie Pauline Regina Rosmarie Sabina Sally
    Selina Sigbritt Solbritt Sylvia Teresia Tindra Ulla-Karin Ullis Yvette Zara Alida
    Annie Ariana Aurora Bea Birgitte Cassandra Daniela Dina Elena Elli Elna Estelle Fatima Gudrun
    Hildur Ilona Irja Jannike Jolin Karla Kassandra Leontine Lisette Lovina Majvi Margaretha
    Minou Mona-Lisa Noomi Ofelia Olga Ronja Rut Sigyn Sofi Svea Tekla Thyra Ulva Unni Wivi Ylva
   """,
)
SV_M = ranked(
    """Lars Mikael Anders Johan Erik Per Karl Peter Jan Thomas Daniel Fredrik Hans Andreas Stefan
    Mohammad Bengt Mats Magnus Marcus Jonas Bo Sven Nils Oskar Alexander Mattias Martin Göran
    Leif Björn Ulf Henrik Christer Patrik Niklas Tommy Robert David Gustav Simon Viktor Rolf
    Kjell Emil Håkan Kent Stig Roger Filip Jonathan Christian Joakim Erik Olof Anton William
    Lucas Hugo Elias Axel Ali Tobias Rickard Sebastian Oliver Adam Jakob Isak Ludvig Gunnar
    Åke Ingemar Claes Roland Torbjörn Rune Arne Sten Dan Jörgen Kenneth Kristian Jimmy Robin
    Jesper Hampus Max Linus Albin Vincent Edvin Liam Noah Theo Nils Leo Melvin Viggo Elliot
    Alfred Arvid Sixten Frans Olle Harald Ove Lennart Kurt Gösta Bertil Sune Inge Tord Ragnar
    Yngve Bernt Curt Conny Lasse Pontus Sam Ahmad Ibrahim Omar Hassan Kevin Dennis Rasmus
    Samuel Gabriel Benjamin Casper Eddie Felix Isac Jacob Kalle Love Malte Måns Nicklas Ola
    Pär Rikard Ronny Ronnie Sigge Tage Tor Ture Urban Valter Wilhelm Yusuf""",
    """Algot Allan Alvar Assar Bert Birger Björne Bror Einar Elis Evert Folke Gert Greger Gunder
    Halvar Helmer Hilding Holger Ivar Jarl Josef Knut Konrad Krister Lage Leonard Lennarth Lorentz
    Mauritz Melker Nore Orvar Osvald Otto Ragnvald Reinhold Rudolf Seth Sigvard Sivert Sture Sölve
    Thord Tore Torsten Valdemar Verner Vidar Vilgot Waldemar Åsmund Östen Abbe Aron Bill Bruno
    Colin Dante Ebbe Eskil Folke Gideon Gillis Gottfrid Harry Herman Hjalmar Ivan Jack Jens
    Joel Jon John Julius Kasper Lukas Matteus Milo Morgan Nelson Nicolas Noel Odin Ossian Otis
    Otto Philip Rafael Ruben Sigurd Tim Titus Vilmer Wille Åke Adrian Alex Alvin August Charlie
    Colin Douglas Edgar Elton Emanuel Enzo Frank Fritz Georg Gerhard Glenn Hannes Henry Ingvar
    Jonny Justus Kim Leopold Loke Lowe Lukas Marius Mio Neo Nisse Olav Oscar Patric Pelle Reidar
    Roine Rutger Sigfrid Svante Teodor Tim Tom Torgny Vide Ville Wiktor Yngve Agne Anselm Arnold
    Bengan Benny Berndt Boris Carl Conrad Dag Elof Enar Erland Evald Fabian Ferdinand Gerth Gotte
    Gustaf Hadar Hasse Hugo Ingvald Jöns Kaj Kennet Lars Lennie Levi Magne Manne Melcher Mårten
    Nathan Nikola Ossian Palle Percy Rickardh Robban Sami Sebbe Staffan Sverker Sylvester Tage
    Ulrik Uno Valentin Werner Vilhelm Zacharias Östen Anton Bosse Ebbe
    Emir Eric Eyvind Gudmund Haldor Hilmer Holmfrid Joar Kolbjörn Kurre Laban Lindor Marc Nore
    Sigmund Torvald Valle""",
)
SV_HYPHEN_F = _words("Ann-Christin Ann-Marie Anna-Karin Anna-Lena Eva-Lena Ann-Sofie Britt-Marie Ann-Louise Marie-Louise Lise-Lotte Ann-Britt Anna-Maria Eva-Karin Maj-Britt Ulla-Britt Karin-Maria Rose-Marie Ann-Katrin Anna-Lisa Eva-Britt")
SV_HYPHEN_M = _words("Karl-Johan Lars-Erik Per-Olof Jan-Erik Carl-Johan Nils-Erik Lars-Göran Jan-Olof Karl-Erik Sven-Erik Per-Erik Bengt-Göran Hans-Olov Per-Anders Lars-Olof Jan-Åke Lars-Gunnar Karl-Gustav Mats-Ola Sven-Olof Bengt-Åke Erik-Jan")
SV_SURNAMES = ranked(
    """Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
    Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
    Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist
    Mattsson Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohamed
    Engström Eklund Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson
    Isaksson Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist
    Claesson Nordström Mårtensson Lundström Ahmed Viklund Björklund Eliasson Pålsson Hassan
    Berggren Sandström Lund Nordin Ström Åberg Hermansson Ekström Holmgren Sundberg Hedlund
    Dahlberg Hellström Sjögren Abrahamsson Martinsson Öberg Andreasson Falk Blom Månsson Åkesson
    Jonasson Strand Sundström Norberg Ivarsson Lindholm Dahl Söderström Nordqvist Mohammed Ek
    Hedberg Åström Ibrahim Hosseini Omar Sjöström Nyman Holmqvist Fors Lindahl Bengtson Jensen
    Nielsen Hussein Lindén Borg Engman Östlund Wahlström Björkman Sundqvist Öhman Nordlund
    Carlsson Petersson Kristiansson Mattsson Hallberg Löfström Lilja Ekman Backman Hedman Strömberg
    Nordgren Berglöf Rosén Sjölund Vikström Nord""",
    """Söderlund Forslund Lindblad Edlund Granström Åkerman Westerberg Hägglund Sundin Boström
    Wallgren Melin Ahlberg Rydberg Modig Kvist Lindell Wiklund Ekberg Stenberg Nordberg Norén
    Thorén Wennberg Hallin Hultgren Backlund Ågren Grahn Nyqvist Bäckström Hammar Blomberg
    Lindkvist Stål Zetterberg Ljungberg Sjödin Enström Bergkvist Lundmark Marklund Lundholm
    Holmström Lindroth Forsman Ohlsson Wiberg Roos Lundh Hjalmarsson Tapper Sahlin Bergh Nygren
    Sandin Brandt Hedin Ljung Ekholm Unger Hellberg Fagerström Thelin Strömqvist Grönlund Wall
    Wikman Ramström Falkenberg Alm Bodin Hagberg Holmlund Stenström Ljunggren
    Mohammadi Rahimi Karimi Ahmadi Abdi Yusuf Farah Warsame Nguyen Kaya Yilmaz Demir Aydin
    Nowak Kowalski Korhonen Virtanen Mäkinen Hodžić Petrović Jovanović Haddad Khalil Saleh
    Younes Jaber Hamid Osman Abdullahi Mahmoud Tekle Gebremedhin Hakimi Rezaei Hashemi
    von_Platen af_Klercker De_Geer von_Essen af_Ugglas von_Sydow Wachtmeister Bonde Stenbock
    Lewenhaupt von_Rosen Sparre Adlercreutz Ehrensvärd Gyllenhammar Liljencrantz Silfverschiöld
    Gyllenstierna Cederschiöld Nordenfalk af_Trolle von_Schwerin Leijonhufvud Hamilton Douglas
    Bielke Trolle Rudbeck Lagerlöf Wästberg Strindberg Dahlgren Asplund Bolin Broman Carlberg
    Dalin Ehn Elmgren Fahlén Frisk Gran Gräns Hammarström Heikkilä Hjelm Holmén Hyltén Jernberg
    Kask Kjellberg Klint Kullberg Lagerqvist Landin Lannerö Ling Lindau Linde Lööf Malm Moberg
    Nordahl Norling Norrman Palm Palmqvist Pihl Qvist Rask Rehn Ringström Rudin Rylander Sahlén
    Sandell Selander Sjökvist Skog Sköld Stark Stenlund Strid Sund Svanberg Säll Söder Tell
    Thunberg Tidblad Törnqvist Ullman Vallin Vesterlund Walldén Wedin Westin Wetterholm Wigren
    Winblad Zackrisson Åhlund Ålund Älgå Öst Östberg Östman Berlin Bexell Borgström Dahlin
    Edberg Englund Eng Frost Fröberg Hed Hurtig Idström Jarl Krantz Lax Lodin Mellberg Nilén
    Nyholm Orre Pehrsson Ruth Rönn Sandgren Skoglund Spång Stolt Swahn Tengroth Utter Vinberg
    Zander Åslund Öqvist""",
)

# --- Origins common in Sweden: commonest given names and surnames, 1/rank -------------------
FINNISH = Origin(
    ranked("Tuula Anja Päivi Pirjo Sirpa Leena Riitta Marjatta Helena Anneli Eija Kaarina Sari Tiina Minna Satu Johanna Hanna Marja Sinikka Aino Aila Pirkko Ritva Outi Heli Jaana Katja", "Kirsi Merja Tarja Raija Terttu"),
    ranked("Juha Timo Matti Kari Mikko Jari Antti Jukka Mika Markku Pekka Hannu Heikki Seppo Ilkka Petri Sami Esa Veikko Tapani Pertti Raimo Erkki Jouni", "Kalevi Arto Tuomas Ville Veli-Pekka"),
    ranked("Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen", "Hietala Peltonen Kallio Räsänen Väisänen Pesonen Lindroos Seppälä"),
)
ARABIC = Origin(  # Iraq, Syria, Lebanon, Palestine; with Assyrian/Syriac names
    ranked("Fatima Maryam Noor Zainab Aya Sara Hiba Rana Lina Rasha Huda Amal Layla Dima Nour Hala Ruba Reem Yasmin Salma Shahad Mariam Zahra Ghada Samira Lamis", "Nisrin Widad Suad Raghad Jana Shamiram Nahrain"),
    ranked("Mohammed Ahmed Ali Mustafa Omar Hassan Hussein Ibrahim Yousef Khaled Mahmoud Abdullah Karim Hamza Amir Tariq Samir Bassam Fadi Rami Nabil Walid Zaid Haidar Ammar Muhannad", "Ninos Sargon Aram Gabriel Shamoun Yaqoub Bashar"),
    ranked("Ali Mohammed Ahmed Hassan Hussein Ibrahim Abdullah Saleh Khalil Haddad Al-Hassan Jaber Mahmoud Younes Hamid Mansour Salman Abbas Yousef Al-Rubaie Khoury Darwish Nasser Othman Jassim Kadhim", "Al-Jabouri Shamoun Isho Barsom Gabro Aydin Musa"),
)
PERSIAN = Origin(
    ranked("Maryam Fatemeh Zahra Sara Narges Leila Mina Shirin Parisa Neda Azadeh Samira Nasrin Roya Mahsa Elham Shabnam Golnar Fariba Niloofar", "Setareh Yasaman Bahar Parvin"),
    ranked("Ali Mohammad Reza Hossein Mehdi Amir Hamid Saeed Mohsen Behzad Farhad Kaveh Babak Majid Omid Navid Arash Dariush Kourosh Peyman", "Shahram Bijan Farid Ramin"),
    ranked("Hosseini Mohammadi Rezaei Ahmadi Karimi Moradi Jafari Hashemi Rahimi Sadeghi Mousavi Ghasemi Kazemi Alavi Tehrani Najafi Rostami Sharifi Azizi Ebrahimi", "Shirazi Amini Bagheri Nouri"),
)
KURDISH = Origin(
    ranked("Shilan Rozhin Avin Berivan Dilan Hêvî Jiyan Nazdar Rojda Shirin Zilan Nishtiman Kejal Sozan Bahar", "Viyan Helin"),
    ranked("Azad Rebin Karwan Dilshad Shwan Hemin Ranj Zana Baran Serwan Kawa Soran Aras Hawre Ako", "Dara Botan"),
    ranked("Ahmed Mahmoud Rashid Abdullah Kareem Salih Amin Hama Baban Barzani Jaff Kurdi Zangana Omar Sheikhani", "Talabani Dosky"),
)
SOMALI = Origin(
    ranked("Hodan Amina Fadumo Hawa Asha Faduma Sahra Ifrah Ayaan Nasra Ubah Khadra Deeqa Sagal Hibo Halima Ikran Muna", "Sucaad Ladan"),
    ranked("Mohamed Abdi Ahmed Ali Hassan Abdirahman Abdullahi Omar Yusuf Ismail Said Mahad Farah Mustafe Abdirizak Liban Hamza Bashir", "Khadar Jama"),
    ranked("Mohamed Ahmed Abdi Ali Hassan Omar Farah Yusuf Warsame Abdullahi Hussein Jama Osman Nur Ismail Aden Mohamud Dahir Elmi Guled", "Hersi Samatar Egal"),
)
ERITREAN = Origin(  # Eritrea and Ethiopia
    ranked("Senait Helen Rahel Selam Yordanos Mihret Saba Luwam Tsega Hiwet Feven Eden Winta Almaz Meron Segen", "Bethlehem Abeba"),
    ranked("Yonas Daniel Samuel Tesfay Habtom Mehari Filmon Biniam Kidane Yohannes Dawit Mulugeta Tekle Solomon Robel Amanuel", "Henok Berhane"),
    ranked("Tesfay Tekle Gebremedhin Habte Haile Kidane Mehari Ghebreyesus Berhe Tesfamariam Abraha Woldu Yemane Asfaha Gebru Negash", "Tsegay Andemariam"),
)
POLISH = Origin(
    ranked("Anna Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Joanna Aleksandra Monika Zofia Teresa Danuta Natalia Karolina Marta Beata Dorota Justyna Paulina Iwona", "Grażyna Jadwiga Halina Bożena"),
    ranked("Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Stanisław Jakub Adam Marek Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Kamil Rafał Sławomir", "Jerzy Henryk Tadeusz Bartosz"),
    ranked("Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawłowski Michalski Wróbel", "Zając Król Wieczorek Jabłoński Majewski Olszewski"),
)
BCS = Origin(  # Bosnia, Serbia, Croatia, Montenegro
    ranked("Amra Emina Lejla Selma Jasmina Amela Sanela Merima Ana Jelena Milica Marija Ivana Dragana Snežana Vesna Mirela Azra Alma Elma Dženana Maja", "Nermina Senada Biljana"),
    ranked("Amir Edin Adnan Emir Kenan Haris Mirza Nermin Dragan Nikola Marko Stefan Milan Goran Zoran Dejan Ivan Luka Tarik Senad Almir Damir", "Samir Dževad Zlatan"),
    ranked("Hodžić Hadžić Kovačević Delić Begić Mehmedović Hasanović Salihović Husić Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Horvat Kovačić Babić Marić Jurić Novak Šarić Mujić Omerović", "Ibrahimović Bešić Alić Karić"),
)
TURKISH = Origin(
    ranked("Ayşe Fatma Emine Hatice Zeynep Elif Merve Büşra Esra Özlem Gül Derya Songül Sevgi Hülya Melek Yasemin Ebru Deniz Sibel", "Nur Selin Dilek"),
    ranked("Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Emre Burak Serkan Osman Yusuf Kemal Ömer Volkan Cem Erkan Tolga Onur", "Kadir Halil Recep"),
    ranked("Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek", "Polat Erdoğan Güneş"),
)
AFGHAN = Origin(
    ranked("Fatima Zahra Maryam Marzia Mursal Shabnam Freshta Nilofar Parwana Roya Mahbooba Sakina Zarifa Hasina Laila Nazanin", "Farzana Shukria"),
    ranked("Mohammad Ahmad Ali Mustafa Hamid Jawad Sayed Hussain Rahim Naweed Farid Ahmadullah Abdul Habib Wahid Mujtaba Reza Ebrahim Sohrab", "Nasir Zabihullah"),
    ranked("Ahmadi Hussaini Rezaie Mohammadi Sultani Hakimi Rahimi Jafari Noori Hashimi Stanikzai Popal Karimi Wardak Sadat Haidari", "Amiri Nazari"),
)
THAI = Origin(
    ranked("Siriporn Supaporn Malee Nok Pornpimol Kanya Ratana Wanida Suda Nipa Jintana Sasithorn Pim Ploy Lamai Orawan Wilai", "Duangjai Sunisa"),
    ranked("Somchai Somsak Prasert Anan Boonmee Chaiwat Kittisak Niran Sakchai Surachai Thanawat Wichai Arthit Pongsak", "Decha Nattapong"),
    ranked("Saetang Srisuk Chaiyaporn Wongsawat Rattanakul Suksawat Boonyarat Kaewkam Phromma Sukjai Thongdee Chanthara Inthasorn Siriwan", "Srisawat Kongkaew"),
)
LATIN = Origin(  # Chile and Latin America, two surnames
    ranked("María Carolina Daniela Camila Francisca Valentina Javiera Catalina Constanza Paula Andrea Claudia Patricia Verónica Ximena Gabriela Paola Lorena Marcela Fernanda", "Isidora Solange"),
    ranked("José Juan Carlos Luis Jorge Cristián Felipe Sebastián Rodrigo Francisco Diego Matías Pablo Andrés Gonzalo Mauricio Alejandro Patricio Ricardo Hernán", "Claudio Nicolás"),
    ranked("González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Reyes Gutiérrez Vargas", "Ramírez Castro Figueroa"),
)
UKRAINIAN = Origin(
    ranked("Olena Tetiana Iryna Nataliia Oksana Yuliia Svitlana Kateryna Anastasiia Mariia Olha Viktoriia Halyna Liudmyla Daria Sofiia", "Alina Khrystyna"),
    ranked("Oleksandr Serhii Andrii Volodymyr Dmytro Yurii Mykola Oleh Ivan Vasyl Maksym Viktor Ihor Taras Bohdan Artem", "Roman Denys"),
    ranked("Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko", "Savchenko Petrenko"),
)
INDIAN = Origin(
    ranked("Priya Anjali Pooja Neha Divya Sneha Kavya Ananya Shreya Lakshmi Deepa Meera Swati Aarti Sunita Ritu Nisha Shalini", "Harpreet Gurpreet"),
    ranked("Rahul Amit Rohit Vikram Arjun Suresh Rajesh Anil Sanjay Karthik Aditya Vivek Manish Ravi Nikhil Siddharth Pradeep Harish", "Gurpreet Manpreet"),
    ranked("Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Rao Joshi Mehta Shah Das Verma Chopra Menon Pillai Mishra Desai Kapoor", "Banerjee Chatterjee"),
)
CHINESE = Origin(
    ranked("Li Na Mei Ying Jing Yan Xiaoli Lin Fang Hui Xin Wei Yu Qing Ling", "Xiaomei Yuting"),
    ranked("Wei Jun Hao Lei Jie Tao Ming Yang Bo Chen Peng Jian Qiang Gang Long", "Zhiwei Haoran"),
    ranked("Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin He Gao Luo", "Zheng Liang"),
)

# --- The UK: ONS baby-name rankings over the decades and common surnames (general knowledge) ----
UK_F = ranked(
    """Sarah Emma Claire Laura Rebecca Gemma Emily Charlotte Lucy Hannah Amy Jessica Sophie Rachel
    Katie Lauren Olivia Amelia Isla Ava Mia Grace Chloe Ella Lily Jennifer Nicola Helen Michelle
    Lisa Karen Susan Julie Joanne Louise Victoria Samantha Kelly Stephanie Zoe Jade Megan Holly
    Ellie Abigail Poppy Freya Isabella Evie Sophia Elizabeth Margaret Patricia Jacqueline Deborah
    Alison Catherine Elaine Tracey Dawn Wendy Angela Caroline Jane Anne Mary Joan Janet Pauline
    Lorraine Natalie Kirsty Danielle Leanne Stacey Hayley Kerry Donna Sharon Amanda Fiona Jill
    Kathryn Heather Eleanor Harriet Imogen Alice Florence Matilda Phoebe Ruby Daisy Scarlett Evelyn
    Willow Rosie Millie Esme Maisie Elsie Layla Harper Aria Luna Ivy Sienna Georgia Molly Bethany
    Jasmine Katherine Anna Joanna Lindsey Gillian Maureen Sandra Linda Christine Beverley Carol
    Hazel Sheila Brenda Valerie Shirley Yvonne Marion Eileen Rosemary Josephine Abbie Beth Niamh
    Ciara Siobhan Aoife Eilidh Morag Rhian Cerys Seren Bronwen Nia""",
    """Alexandra Annabel Beatrice Bonnie Cara Cassie Clara Darcey Delilah Edith Elodie Eva Faith
    Felicity Francesca Gabrielle Gail Gwen Hollie Ingrid Iris Isabel Jemma Jenna Jodie Kayleigh
    Keira Kimberley Lacey Leah Libby Lydia Lyndsey Mabel Madison Maria Martha Maxine Melanie Mollie
    Nadia Naomi Nell Olive Orla Paige Penelope Philippa Rhiannon Robyn Rose Rowena Sadie Serena
    Sian Sophia Tamsin Tanya Tara Tegan Thea Tilly Una Vanessa Verity Violet Winifred Yasmin
    Zara Agnes Audrey Bridget Carly Connie Dorothy Elise Ffion Fran Gwyneth Hermione Hope Iona
    Jacqui Jean Kate Kay Lesley Lois Mandy Marie Mhairi Moira Nancy Noreen Pamela Polly Rita
    Ruth Sally Sonia Stella Sue Tessa Theresa Trudy Vera Vicky Wanda Alys Amber Aimee Ayesha
    Caitlin Chantelle Courtney Demi Fatima Hafsa Kiera Kirsten Laila Macy Maryam Nikita Precious
    Rihanna Shannon Summer Tia Tiffany""",
)
UK_M = ranked(
    """David John Michael Paul Andrew Mark James Richard Robert Peter Stephen Christopher Ian
    Thomas Daniel Matthew Simon Steven Gary Martin Jonathan Neil Anthony Kevin Alan Philip Graham
    Lee Darren Jason Craig Stuart Adam Benjamin Samuel Joseph Luke Ryan Jack Oliver Harry George
    Noah Charlie Jacob Alfie Freddie Oscar Leo Arthur Archie Henry Theo William Joshua Lewis
    Liam Callum Jamie Scott Ross Dean Carl Wayne Shaun Nathan Aaron Ben Tom Sam Nicholas Edward
    Alexander Timothy Jeremy Keith Colin Brian Kenneth Trevor Derek Roger Malcolm Barry Terry
    Raymond Geoffrey Dennis Gordon Douglas Stewart Gareth Rhys Owen Dylan Evan Aled Dafydd Connor
    Kieran Declan Sean Patrick Ciaran Conor Fraser Angus Hamish Euan Finlay Kyle Jordan Tyler
    Bradley Reece Mohammed Muhammad Ali Hugo Elliot Max Toby Louis Ethan Mason Logan Isaac Joe
    Dominic Julian Rupert Giles Hugh Rory Roderick Duncan Alistair""",
    """Alec Ashley Barnaby Bernard Billy Bobby Cameron Cedric Clive Dale Damien Dominic Elijah
    Ellis Ewan Felix Frank Frederick Gavin Glen Gregory Guy Harvey Howard Ivan Jake Jasper Jed
    Jenson Jude Karl Kenny Laurence Leon Leonard Leslie Lloyd Luca Marcus Miles Mohamed Morgan
    Nigel Norman Ollie Percy Phil Quentin Ralph Reggie Rex Robin Ronan Rowan Rufus Russell Seb
    Sidney Spencer Stanley Teddy Tobias Tony Tristan Victor Vincent Warren Wesley Wilfred Zachary
    Zain Aidan Alfred Alvin Arlo Barney Blake Bruce Caleb Cillian Clifford Cyril Darragh Dexter
    Eamon Eddie Ellis Ernest Ezra Fergus Gethin Gwilym Harrison Herbert Hywel Idris Iestyn Iwan
    Jay Jesse Kai Lachlan Leighton Lorcan Lyle Malachy Micah Niall Nico Oisin Omar Otis Perry
    Reuben Rico Ronnie Roy Ruari Sonny Tariq Tommy Wilbur Yusuf Zac""",
)
UK_SURNAMES = ranked(
    """Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson
    Thompson Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood
    Turner Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James
    Scott Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter
    Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson
    Ellis Adams Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt
    Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker
    Fisher Stevens Jenkins Murray Dixon Harvey Graham Pearson Ahmed Fletcher Walsh Kaur Gibson
    Howard Andrews Stewart Elliott Reynolds Saunders Payne Fox Ford Pearce Day Brooks West
    Lawrence Cole Atkinson Bradley Spencer Gill Dawson Ball Burton O'Brien Watts Rose Booth Perry
    Ryan Grant Wells Armstrong Francis Rees Hayes Hart Hudson Newman Barrett Webster Hunter
    Gregory Carr Lowe Page Marsh Riley Dunn Woods Parsons""",
    """Abbott Ainsworth Akhtar Alderson Appleby Ashworth Atherton Bagley Barlow Bates Baxter Beattie
    Begg Bird Blackburn Blake Bolton Bond Bowen Boyle Bradshaw Brennan Briggs Bruce Bull Burgess
    Burke Byrne Cairns Carey Cartwright Cassidy Chambers Chandler Chowdhury Clayton Coleman
    Connolly Conway Craig Crawford Cross Cunningham Dale Daly Doherty Donnelly Doyle Duffy Duncan
    Dyer Farmer Farrell Fenton Field Finch Fleming Flynn Frost Fuller Gallagher Garner Gordon
    Goodwin Greenwood Hale Hamilton Hammond Hanson Hardy Harding Hawkins Haworth Heath Hewitt
    Higgins Hobbs Holland Holt Hopkins Horton Howe Hughes-Jones Hurst Iqbal Jarvis Jennings Kay
    Kennedy Kerr Kirby Lamb Lambert Lane Lord Lucas Lynch MacDonald Mahmood Mann Mellor Miah
    Moran Morrison Moss Nash Nelson Nicholson Norris O'Connor O'Neill Osborne Parkinson Patterson
    Pollard Pope Porter Potter Preston Quinn Rahman Read Reid Rhodes Robertson Ross Rowe Sanders
    Sharp Sheppard Short Slater Stone Storey Sutton Swift Talbot Thornton Todd Tucker Vaughan
    Wade Wallace Walton Warren Waters Watkins Weston Whitehead Wilkins Winter Wyatt Yates""",
)
# --- The US: Census 1990 (public domain), name and per cent of the population ---------------
US = Origin(
    census('''
Mary 2.629
Patricia 1.073
Linda 1.035
Barbara 0.98
Elizabeth 0.937
Jennifer 0.932
Maria 0.828
Susan 0.794
Margaret 0.768
Dorothy 0.727
Lisa 0.704
Nancy 0.669
Karen 0.667
Betty 0.666
Helen 0.663
Sandra 0.629
Donna 0.583
Carol 0.565
Ruth 0.562
Sharon 0.522
Michelle 0.519
Laura 0.51
Sarah 0.508
Kimberly 0.504
Deborah 0.494
Jessica 0.49
Shirley 0.482
Cynthia 0.469
Angela 0.468
Melissa 0.462
Brenda 0.455
Amy 0.451
Anna 0.44
Rebecca 0.43
Virginia 0.43
Kathleen 0.424
Pamela 0.416
Martha 0.412
Debra 0.408
Amanda 0.404
Stephanie 0.4
Carolyn 0.385
Christine 0.382
Marie 0.379
Janet 0.379
Catherine 0.373
Frances 0.37
Ann 0.364
Joyce 0.364
Diane 0.359
Alice 0.357
Julie 0.348
Heather 0.337
Teresa 0.336
Doris 0.335
Gloria 0.335
Evelyn 0.322
Jean 0.315
Cheryl 0.315
Mildred 0.313
Katherine 0.313
Joan 0.306
Ashley 0.303
Judith 0.297
Rose 0.296
Janice 0.285
Kelly 0.283
Nicole 0.281
Judy 0.276
Christina 0.275
Kathy 0.272
Theresa 0.271
Beverly 0.267
Denise 0.264
Tammy 0.259
Irene 0.252
Jane 0.25
Lori 0.248
Rachel 0.242
Marilyn 0.241
Andrea 0.236
Kathryn 0.234
Louise 0.229
Sara 0.229
Anne 0.228
Jacqueline 0.228
Wanda 0.226
Bonnie 0.223
Julia 0.223
Ruby 0.221
Lois 0.22
Tina 0.22
Phyllis 0.219
Norma 0.218
Paula 0.217
Diana 0.216
Annie 0.216
Lillian 0.211
Emily 0.208
Robin 0.208
Peggy 0.208
Crystal 0.207
Gladys 0.205
Rita 0.204
Dawn 0.202
Connie 0.2
Florence 0.2
Tracy 0.197
Edna 0.197
Tiffany 0.195
Carmen 0.195
Rosa 0.194
Cindy 0.192
Grace 0.189
Wendy 0.185
Victoria 0.18
Edith 0.179
Kim 0.178
Sherry 0.178
Sylvia 0.177
Josephine 0.177
Thelma 0.175
Shannon 0.175
Sheila 0.175
Ethel 0.174
Ellen 0.173
Elaine 0.173
Marjorie 0.173
Carrie 0.171
Charlotte 0.169
Monica 0.166
Esther 0.166
Pauline 0.165
Emma 0.165
Juanita 0.164
Anita 0.162
Rhonda 0.162
Hazel 0.161
Amber 0.16
Eva 0.159
Debbie 0.157
April 0.154
Leslie 0.154
Clara 0.153
Lucille 0.153
Jamie 0.153
Joanne 0.15
Eleanor 0.15
Valerie 0.149
Danielle 0.149
Megan 0.147
Alicia 0.146
Suzanne 0.145
Michele 0.145
Gail 0.145
Bertha 0.143
Darlene 0.142
Veronica 0.142
Jill 0.142
Erin 0.141
Geraldine 0.141
Lauren 0.137
Cathy 0.137
Joann 0.136
Lorraine 0.135
Lynn 0.135
Sally 0.135
Regina 0.133
Erica 0.13
Beatrice 0.13
Dolores 0.129
Bernice 0.128
Audrey 0.127
Yvonne 0.126
Annette 0.125
June 0.125
Samantha 0.124
Marion 0.122
Dana 0.122
Stacy 0.121
Ana 0.12
Renee 0.12
Ida 0.118
Vivian 0.118
Roberta 0.117
Holly 0.117
Brittany 0.117
Melanie 0.116
Loretta 0.115
Yolanda 0.115
Jeanette 0.115
Laurie 0.114
Katie 0.113
Kristen 0.111
Vanessa 0.111
Alma 0.111
Sue 0.111
Elsie 0.11
Beth 0.11
Jeanne 0.109
Vicki 0.109
Carla 0.107
Tara 0.107
Rosemary 0.107
Eileen 0.105
Terri 0.105
Gertrude 0.103
Lucy 0.103
Tonya 0.102
Ella 0.101
Stacey 0.101
Wilma 0.099
Gina 0.099
Kristin 0.099
Jessie 0.098
Natalie 0.098
Agnes 0.098
Vera 0.098
Willie 0.097
Charlene 0.097
Bessie 0.096
Delores 0.095
Melinda 0.094
Pearl 0.094
Arlene 0.094
Maureen 0.092
Colleen 0.092
Allison 0.092
Tamara 0.092
Joy 0.091
Georgia 0.091
Constance 0.091
Lillie 0.09
Claudia 0.09
Jackie 0.09
Marcia 0.09
Tanya 0.089
Nellie 0.089
Minnie 0.089
Marlene 0.088
Heidi 0.088
Glenda 0.088
Lydia 0.086
Viola 0.086
Courtney 0.086
Marian 0.086
Stella 0.085
Caroline 0.085
Dora 0.084
Jo 0.083
Vickie 0.082
Mattie 0.081
Terry 0.08
Maxine 0.079
Irma 0.079
Mabel 0.078
Marsha 0.078
Myrtle 0.078
Lena 0.077
Christy 0.077
Deanna 0.076
Patsy 0.076
Hilda 0.075
Gwendolyn 0.074
Jennie 0.073
Nora 0.073
Margie 0.072
Nina 0.072
Cassandra 0.072
Leah 0.072
Penny 0.071
Kay 0.071
Priscilla 0.071
Naomi 0.071
Carole 0.071
Brandy 0.07
Olga 0.07
Billie 0.069
Dianne 0.069
Tracey 0.069
Leona 0.069
Jenny 0.068
Felicia 0.068
Sonia 0.068
Miriam 0.066
Velma 0.066
Becky 0.066
Bobbie 0.065
Violet 0.065
Kristina 0.065
Toni 0.064
Misty 0.063
Mae 0.063
Shelly 0.062
Daisy 0.062
Ramona 0.062
Sherri 0.062
Erika 0.061
Katrina 0.061
Claire 0.061
Lindsey 0.06
Lindsay 0.06
Geneva 0.059
Guadalupe 0.059
Belinda 0.059
Margarita 0.059
Sheryl 0.059
Cora 0.058
Faye 0.058
Ada 0.057
Natasha 0.057
Sabrina 0.057
Isabel 0.057
Marguerite 0.056
Hattie 0.056
Harriet 0.056
Molly 0.055
Cecilia 0.055
Kristi 0.055
Brandi 0.055
Blanche 0.055
Sandy 0.055
Rosie 0.055
Joanna 0.055
Iris 0.055
Eunice 0.054
Angie 0.054
Inez 0.053
Lynda 0.053
Madeline 0.052
Amelia 0.052
Alberta 0.052
Genevieve 0.051
Monique 0.051
Jodi 0.051
Janie 0.051
Maggie 0.051
Kayla 0.051
Sonya 0.051
Jan 0.051
Lee 0.051
Kristine 0.051
Candace 0.051
Fannie 0.05
Maryann 0.05
Opal 0.05
Alison 0.05
Yvette 0.05
Melody 0.05
Luz 0.049
Susie 0.049
Olivia 0.049
Flora 0.049
Shelley 0.049
Kristy 0.048
Mamie 0.048
Lula 0.048
Lola 0.048
Verna 0.048
Beulah 0.048
Antoinette 0.048
Candice 0.046
Juana 0.046
Jeannette 0.046
Pam 0.046
Kelli 0.046
Hannah 0.045
Whitney 0.045
Bridget 0.045
Karla 0.044
Celia 0.044
Latoya 0.043
Patty 0.043
Shelia 0.043
Gayle 0.043
Della 0.043
Vicky 0.043
Lynne 0.043
Sheri 0.042
Marianne 0.042
'''),
    census('''
James 3.318
John 3.271
Robert 3.143
Michael 2.629
William 2.451
David 2.363
Richard 1.703
Charles 1.523
Joseph 1.404
Thomas 1.38
Christopher 1.035
Daniel 0.974
Paul 0.948
Mark 0.938
Donald 0.931
George 0.927
Kenneth 0.826
Steven 0.78
Edward 0.779
Brian 0.736
Ronald 0.725
Anthony 0.721
Kevin 0.671
Jason 0.66
Matthew 0.657
Gary 0.65
Timothy 0.64
Jose 0.613
Larry 0.598
Jeffrey 0.591
Frank 0.581
Scott 0.546
Eric 0.544
Stephen 0.54
Andrew 0.537
Raymond 0.488
Gregory 0.441
Joshua 0.435
Jerry 0.432
Dennis 0.415
Walter 0.399
Patrick 0.389
Peter 0.381
Harold 0.371
Douglas 0.367
Henry 0.365
Carl 0.346
Arthur 0.335
Ryan 0.328
Roger 0.322
Joe 0.321
Juan 0.316
Jack 0.315
Albert 0.314
Jonathan 0.313
Justin 0.311
Terry 0.311
Gerald 0.309
Keith 0.308
Samuel 0.306
Willie 0.302
Ralph 0.282
Lawrence 0.282
Nicholas 0.275
Roy 0.273
Benjamin 0.27
Bruce 0.263
Brandon 0.26
Adam 0.259
Harry 0.251
Fred 0.251
Wayne 0.249
Billy 0.248
Steve 0.246
Louis 0.243
Jeremy 0.242
Aaron 0.24
Randy 0.232
Howard 0.23
Eugene 0.23
Carlos 0.229
Russell 0.224
Bobby 0.223
Victor 0.222
Martin 0.216
Ernest 0.215
Phillip 0.213
Todd 0.213
Jesse 0.209
Craig 0.206
Alan 0.204
Shawn 0.2
Clarence 0.197
Sean 0.197
Philip 0.197
Chris 0.197
Johnny 0.195
Earl 0.193
Jimmy 0.191
Antonio 0.19
Danny 0.19
Bryan 0.19
Tony 0.19
Luis 0.189
Mike 0.189
Stanley 0.186
Leonard 0.186
Nathan 0.185
Dale 0.184
Manuel 0.181
Rodney 0.18
Curtis 0.18
Norman 0.177
Allen 0.174
Marvin 0.171
Vincent 0.168
Glenn 0.167
Jeffery 0.166
Travis 0.166
Jeff 0.166
Chad 0.165
Jacob 0.165
Lee 0.162
Melvin 0.162
Alfred 0.162
Kyle 0.16
Francis 0.16
Bradley 0.159
Jesus 0.155
Herbert 0.155
Frederick 0.154
Ray 0.153
Joel 0.152
Edwin 0.148
Don 0.145
Eddie 0.144
Ricky 0.141
Troy 0.138
Randall 0.138
Barry 0.134
Alexander 0.132
Bernard 0.127
Mario 0.125
Leroy 0.125
Francisco 0.124
Marcus 0.124
Micheal 0.123
Theodore 0.123
Clifford 0.123
Miguel 0.122
Oscar 0.122
Jay 0.118
Jim 0.118
Tom 0.117
Calvin 0.115
Alex 0.115
Jon 0.115
Ronnie 0.113
Bill 0.112
Lloyd 0.112
Tommy 0.112
Leon 0.112
Derek 0.112
Warren 0.11
Darrell 0.108
Jerome 0.108
Floyd 0.107
Leo 0.106
Alvin 0.105
Tim 0.104
Wesley 0.104
Gordon 0.104
Dean 0.104
Greg 0.104
Jorge 0.104
Dustin 0.103
Pedro 0.103
Derrick 0.103
Dan 0.101
Lewis 0.099
Zachary 0.099
Corey 0.098
Herman 0.097
Maurice 0.097
Vernon 0.097
Roberto 0.097
Clyde 0.095
Glen 0.094
Hector 0.094
Shane 0.093
Ricardo 0.093
Sam 0.092
Rick 0.091
Lester 0.091
Brent 0.09
Ramon 0.09
Charlie 0.09
Tyler 0.089
Gilbert 0.089
Gene 0.087
Marc 0.087
Reginald 0.084
Ruben 0.082
Brett 0.082
Angel 0.082
Nathaniel 0.081
Rafael 0.081
Leslie 0.081
Edgar 0.08
Milton 0.08
Raul 0.079
Ben 0.078
Chester 0.078
Cecil 0.078
Duane 0.077
Franklin 0.077
Andre 0.076
Elmer 0.074
Brad 0.073
Gabriel 0.073
Ron 0.072
Mitchell 0.072
Roland 0.072
Arnold 0.072
Harvey 0.072
Jared 0.071
Adrian 0.069
Karl 0.069
Cory 0.068
Claude 0.068
Erik 0.068
Darryl 0.067
Jamie 0.066
Neil 0.066
Jessie 0.065
Christian 0.065
Javier 0.065
Fernando 0.065
Clinton 0.065
Ted 0.064
Mathew 0.064
Tyrone 0.064
Darren 0.064
Lonnie 0.064
Lance 0.063
Cody 0.063
Julio 0.063
Kelly 0.063
Kurt 0.062
Allan 0.061
Nelson 0.061
Guy 0.06
Clayton 0.06
Hugh 0.06
Max 0.059
Dwayne 0.059
Dwight 0.058
Armando 0.058
Felix 0.058
Jimmie 0.058
Everett 0.057
Jordan 0.056
Ian 0.056
Wallace 0.056
Ken 0.055
Bob 0.055
Jaime 0.055
Casey 0.054
Alfredo 0.054
Alberto 0.053
Dave 0.053
Ivan 0.053
Johnnie 0.052
Sidney 0.052
Byron 0.052
Julian 0.052
Isaac 0.051
Morris 0.051
Clifton 0.05
Willard 0.05
Daryl 0.05
Ross 0.05
Virgil 0.049
Andy 0.049
Marshall 0.049
Salvador 0.049
Perry 0.049
Kirk 0.049
Sergio 0.049
Marion 0.048
Tracy 0.048
Seth 0.048
Kent 0.048
Terrance 0.048
Rene 0.048
Eduardo 0.047
Terrence 0.047
Enrique 0.046
Freddie 0.046
Wade 0.045
Austin 0.044
Stuart 0.044
Fredrick 0.043
Arturo 0.043
Alejandro 0.043
Jackie 0.043
Joey 0.043
Nick 0.043
Luther 0.043
Wendell 0.042
Jeremiah 0.042
Evan 0.042
Julius 0.042
Dana 0.042
Donnie 0.041
Otis 0.041
Shannon 0.04
Trevor 0.04
Oliver 0.04
Luke 0.04
Homer 0.04
Gerard 0.04
Doug 0.04
Kenny 0.039
Hubert 0.039
Angelo 0.039
Shaun 0.039
Lyle 0.038
Matt 0.038
Lynn 0.038
Alfonso 0.038
Orlando 0.037
Rex 0.037
Carlton 0.037
Ernesto 0.037
Cameron 0.037
Neal 0.037
Pablo 0.036
Lorenzo 0.036
Omar 0.036
Wilbur 0.036
Blake 0.036
Grant 0.036
Horace 0.036
Roderick 0.036
Kerry 0.036
Abraham 0.035
Willis 0.035
Rickey 0.035
Jean 0.035
Ira 0.035
Andres 0.034
Cesar 0.034
Johnathan 0.034
Malcolm 0.034
Rudolph 0.034
Damon 0.034
Kelvin 0.034
Rudy 0.034
Preston 0.034
Alton 0.033
Archie 0.033
Marco 0.033
Wm 0.033
Pete 0.032
Randolph 0.032
Garry 0.032
Geoffrey 0.032
Jonathon 0.032
Felipe 0.032
Bennie 0.032
Gerardo 0.032
Ed 0.032
Dominic 0.032
Robin 0.032
Loren 0.032
Delbert 0.031
Colin 0.031
Guillermo 0.031
Earnest 0.031
'''),
    census('''
Smith 1.006
Johnson 0.81
Williams 0.699
Jones 0.621
Brown 0.621
Davis 0.48
Miller 0.424
Wilson 0.339
Moore 0.312
Taylor 0.311
Anderson 0.311
Thomas 0.311
Jackson 0.31
White 0.279
Harris 0.275
Martin 0.273
Thompson 0.269
Garcia 0.254
Martinez 0.234
Robinson 0.233
Clark 0.231
Rodriguez 0.229
Lewis 0.226
Lee 0.22
Walker 0.219
Hall 0.2
Allen 0.199
Young 0.193
Hernandez 0.192
King 0.19
Wright 0.189
Lopez 0.187
Hill 0.187
Scott 0.185
Green 0.183
Adams 0.174
Baker 0.171
Gonzalez 0.166
Nelson 0.162
Carter 0.162
Mitchell 0.16
Perez 0.155
Roberts 0.153
Turner 0.152
Phillips 0.149
Campbell 0.149
Parker 0.146
Evans 0.141
Edwards 0.137
Collins 0.134
Stewart 0.133
Sanchez 0.13
Morris 0.125
Rogers 0.123
Reed 0.122
Cook 0.12
Morgan 0.118
Bell 0.117
Murphy 0.117
Bailey 0.115
Rivera 0.113
Cooper 0.113
Richardson 0.112
Cox 0.11
Howard 0.11
Ward 0.108
Torres 0.108
Peterson 0.107
Gray 0.106
Ramirez 0.105
James 0.105
Watson 0.103
Brooks 0.103
Kelly 0.102
Sanders 0.1
Price 0.099
Bennett 0.099
Wood 0.098
Barnes 0.097
Ross 0.096
Henderson 0.095
Coleman 0.095
Jenkins 0.095
Perry 0.094
Powell 0.093
Long 0.092
Patterson 0.092
Hughes 0.092
Flores 0.092
Washington 0.092
Butler 0.091
Simmons 0.091
Foster 0.091
Gonzales 0.087
Bryant 0.087
Alexander 0.085
Russell 0.085
Griffin 0.084
Diaz 0.084
Hayes 0.083
Myers 0.083
Ford 0.082
Hamilton 0.082
Graham 0.082
Sullivan 0.081
Wallace 0.081
Woods 0.08
Cole 0.08
West 0.08
Jordan 0.078
Owens 0.078
Reynolds 0.078
Fisher 0.077
Ellis 0.077
Harrison 0.076
Gibson 0.075
McDonald 0.075
Cruz 0.075
Marshall 0.075
Ortiz 0.075
Gomez 0.075
Murray 0.074
Freeman 0.074
Wells 0.073
Webb 0.072
Simpson 0.07
Stevens 0.07
Tucker 0.07
Porter 0.069
Hunter 0.069
Hicks 0.069
Crawford 0.068
Henry 0.068
Boyd 0.068
Mason 0.068
Morales 0.067
Kennedy 0.067
Warren 0.067
Dixon 0.066
Ramos 0.066
Reyes 0.066
Burns 0.065
Gordon 0.065
Shaw 0.065
Holmes 0.065
Rice 0.064
Robertson 0.064
Hunt 0.063
Black 0.063
Daniels 0.062
Palmer 0.062
Mills 0.061
Nichols 0.06
Grant 0.06
Knight 0.06
Ferguson 0.059
Rose 0.059
Stone 0.059
Hawkins 0.059
Dunn 0.058
Perkins 0.058
Hudson 0.058
Spencer 0.057
Gardner 0.057
Stephens 0.057
Payne 0.057
Pierce 0.056
Berry 0.056
Matthews 0.056
Arnold 0.056
Wagner 0.055
Willis 0.055
Ray 0.055
Watkins 0.055
Olson 0.055
Carroll 0.055
Duncan 0.055
Snyder 0.055
Hart 0.054
Cunningham 0.054
Bradley 0.054
Lane 0.054
Andrews 0.054
Ruiz 0.054
Harper 0.054
Fox 0.053
Riley 0.053
Armstrong 0.053
Carpenter 0.053
Weaver 0.053
Greene 0.053
Lawrence 0.052
Elliott 0.052
Chavez 0.052
Sims 0.052
Austin 0.052
Peters 0.052
Kelley 0.052
Franklin 0.051
Lawson 0.051
Fields 0.051
Gutierrez 0.051
Ryan 0.051
Schmidt 0.051
Carr 0.051
Vasquez 0.051
Castillo 0.051
Wheeler 0.051
Chapman 0.05
Oliver 0.05
Montgomery 0.049
Richards 0.049
Williamson 0.049
Johnston 0.049
Banks 0.048
Meyer 0.048
Bishop 0.048
McCoy 0.048
Howell 0.048
Alvarez 0.048
Morrison 0.048
Hansen 0.047
Fernandez 0.047
Garza 0.047
Harvey 0.047
Little 0.046
Burton 0.046
Stanley 0.046
Nguyen 0.046
George 0.046
Jacobs 0.046
Reid 0.046
Kim 0.045
Fuller 0.045
Lynch 0.045
Dean 0.045
Gilbert 0.045
Garrett 0.045
Romero 0.045
Welch 0.044
Larson 0.044
Frazier 0.044
Burke 0.044
Hanson 0.043
Day 0.043
Mendoza 0.043
Moreno 0.043
Bowman 0.043
Medina 0.042
Fowler 0.042
Brewer 0.042
Hoffman 0.042
Carlson 0.042
Silva 0.042
Pearson 0.042
Holland 0.042
Douglas 0.041
Fleming 0.041
Jensen 0.041
Vargas 0.041
Byrd 0.041
Davidson 0.041
Hopkins 0.041
May 0.04
Terry 0.04
Herrera 0.04
Wade 0.04
Soto 0.04
Walters 0.04
Curtis 0.04
Neal 0.039
Caldwell 0.039
Lowe 0.039
Jennings 0.039
Barnett 0.039
Graves 0.039
Jimenez 0.039
Horton 0.039
Shelton 0.039
Barrett 0.039
Obrien 0.039
Castro 0.039
Sutton 0.038
Gregory 0.038
McKinney 0.038
Lucas 0.038
Miles 0.038
Craig 0.038
Rodriquez 0.037
Chambers 0.037
Holt 0.037
Lambert 0.037
Fletcher 0.037
Watts 0.037
Bates 0.037
Hale 0.037
Rhodes 0.037
Pena 0.037
Beck 0.037
Newman 0.036
Haynes 0.036
McDaniel 0.036
Mendez 0.036
Bush 0.036
Vaughn 0.036
Parks 0.035
Dawson 0.035
Santiago 0.035
Norris 0.035
Hardy 0.035
Love 0.035
Steele 0.035
Curry 0.035
Powers 0.035
Schultz 0.035
Barker 0.035
Guzman 0.034
Page 0.034
Munoz 0.034
Ball 0.034
Keller 0.034
Chandler 0.034
Weber 0.034
Leonard 0.034
Walsh 0.033
Lyons 0.033
Ramsey 0.033
Wolfe 0.033
Schneider 0.033
Mullins 0.033
Benson 0.033
Sharp 0.033
Bowen 0.033
Daniel 0.033
Barber 0.032
Cummings 0.032
Hines 0.032
Baldwin 0.032
Griffith 0.032
Valdez 0.032
Hubbard 0.032
Salazar 0.032
Reeves 0.032
Warner 0.031
Stevenson 0.031
Burgess 0.031
Santos 0.031
Tate 0.031
Cross 0.031
Garner 0.031
Mann 0.031
Mack 0.031
Moss 0.031
Thornton 0.031
Dennis 0.031
McGee 0.031
Farmer 0.03
Delgado 0.03
Aguilar 0.03
Vega 0.03
Glover 0.03
Manning 0.03
Cohen 0.03
Harmon 0.03
Rodgers 0.03
Robbins 0.03
Newton 0.03
Todd 0.03
Blair 0.03
Higgins 0.03
Ingram 0.03
Reese 0.03
Cannon 0.03
Strickland 0.03
Townsend 0.03
Potter 0.03
Goodwin 0.03
Walton 0.03
Rowe 0.029
Hampton 0.029
Ortega 0.029
Patton 0.029
Swanson 0.029
Joseph 0.029
Francis 0.029
Goodman 0.029
Maldonado 0.029
Yates 0.029
Becker 0.029
Erickson 0.029
Hodges 0.029
Rios 0.029
Conner 0.029
Adkins 0.029
Webster 0.028
Norman 0.028
Malone 0.028
Hammond 0.028
Flowers 0.028
Cobb 0.028
''', head=150),
)

SWEDISH = Origin(SV_F, SV_M, SV_SURNAMES)
UK = Origin(UK_F, UK_M, UK_SURNAMES)
ORIGINS = {
    "swedish": SWEDISH, "finnish": FINNISH, "arabic": ARABIC, "persian": PERSIAN,
    "kurdish": KURDISH, "somali": SOMALI, "eritrean": ERITREAN, "polish": POLISH, "bcs": BCS,
    "turkish": TURKISH, "afghan": AFGHAN, "thai": THAI, "latin": LATIN, "ukrainian": UKRAINIAN,
    "indian": INDIAN, "chinese": CHINESE, "us": US, "uk": UK,
}  # fmt: skip
# Hyphenated Swedish given names as people carry them (about one in twenty Swedish given names).
HYPHENATED = {"f": SV_HYPHEN_F, "m": SV_HYPHEN_M}
HYPHEN_SHARE = 0.05
# Who is named, by the language of the text: roughly Sweden's population by origin, and the US
# and the UK for English text.
MIXES = {
    "sv": {
        "swedish": 68, "arabic": 6, "finnish": 3.5, "polish": 2.5, "bcs": 2.5, "persian": 2.5,
        "somali": 2, "afghan": 1.8, "kurdish": 1.5, "turkish": 1.5, "ukrainian": 1.3,
        "eritrean": 1.2, "indian": 1.2, "latin": 1, "thai": 1, "chinese": 0.8, "us": 0.6, "uk": 0.6,
    },
    "en": {
        "us": 40, "uk": 34, "swedish": 9, "indian": 5, "arabic": 2, "polish": 2, "latin": 2,
        "chinese": 1.5, "finnish": 1, "turkish": 1, "somali": 0.8, "ukrainian": 0.7, "persian": 1,
    },
    "mixed": {
        "swedish": 50, "us": 10, "uk": 10, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
        "persian": 2.5, "indian": 2.5, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5,
        "ukrainian": 1.5, "afghan": 1.5, "eritrean": 1, "latin": 1, "thai": 1, "chinese": 1,
    },
}  # fmt: skip
# Short forms and nicknames as people write them, by origin and given name.
NICKNAMES = {
    "swedish": {
        "Lars": ["Lasse"], "Mikael": ["Micke", "Mikke"], "Elisabeth": ["Bettan", "Lisa", "Lisbeth"],
        "Elisabet": ["Bettan", "Lisa"], "Johan": ["Jocke"], "Joakim": ["Jocke"], "Karl": ["Kalle"],
        "Per": ["Pelle", "Pers"], "Peter": ["Pelle", "Peppe"], "Marcus": ["Mackan"], "Magnus": ["Mange"],
        "Mattias": ["Matte"], "Thomas": ["Tompa", "Tomas"], "Tommy": ["Tompa"], "Andreas": ["Andy"],
        "Fredrik": ["Fredde"], "Henrik": ["Henke"], "Christer": ["Kicke"], "Christian": ["Chrille"],
        "Kristian": ["Krille"], "Stefan": ["Steffe"], "Daniel": ["Danne"], "Sebastian": ["Sebbe"],
        "Robert": ["Robban"], "Hans": ["Hasse"], "Bo": ["Bosse"], "Göran": ["Gurra"], "Gustav": ["Gurra", "Gusten"],
        "Jan": ["Janne"], "Niklas": ["Nicke"], "Nils": ["Nisse"], "Patrik": ["Patte"], "Rickard": ["Ricke"],
        "Emil": ["Emme"], "Viktor": ["Vicke"], "Alexander": ["Alex", "Acke"], "Tobias": ["Tobbe"],
        "Jonas": ["Jonte"], "Kjell": ["Kjelle"], "Olof": ["Olle"], "Kristina": ["Kicki", "Stina", "Kristin"],
        "Katarina": ["Kattis", "Kajsa"], "Margareta": ["Maggan", "Greta"], "Birgitta": ["Bittan", "Gittan"],
        "Gunilla": ["Gunnel"], "Charlotte": ["Lotta"], "Susanne": ["Sussie", "Sanna"], "Monica": ["Moni"],
        "Johanna": ["Jossan"], "Josefin": ["Jossan"], "Caroline": ["Caro"], "Madeleine": ["Madde"],
        "Therese": ["Tessan"], "Jessica": ["Jessie"], "Viktoria": ["Vickan"], "Anna": ["Annie"],
        "Maria": ["Mia", "Majsan"], "Ingrid": ["Inga"], "Marianne": ["Mannie"], "Isabelle": ["Bella"],
        "Annika": ["Annie"], "Camilla": ["Milla"], "Emelie": ["Emmie"], "Matilda": ["Tilda"],
    },
    "uk": {
        "Elizabeth": ["Liz", "Beth", "Lizzie"], "Robert": ["Rob", "Bob", "Robbie"], "Michael": ["Mike", "Mick"],
        "William": ["Will", "Bill"], "Richard": ["Rich", "Dick"], "Christopher": ["Chris"], "Jonathan": ["Jon"],
        "Nicholas": ["Nick"], "Stephen": ["Steve"], "Steven": ["Steve"], "Andrew": ["Andy"], "Matthew": ["Matt"],
        "Daniel": ["Dan", "Danny"], "Benjamin": ["Ben"], "Samuel": ["Sam"], "Thomas": ["Tom"], "James": ["Jim", "Jamie"],
        "Katherine": ["Kate", "Katie"], "Catherine": ["Cathy", "Kate"], "Jennifer": ["Jen", "Jenny"],
        "Rebecca": ["Becky", "Becca"], "Victoria": ["Vicky", "Tori"], "Alexandra": ["Alex", "Lexi"],
        "Samantha": ["Sam"], "Margaret": ["Maggie", "Peggy"], "Patricia": ["Pat", "Trish"], "Susan": ["Sue"],
        "Edward": ["Ed", "Ted"], "Alexander": ["Alex", "Sandy"], "Anthony": ["Tony"], "Joseph": ["Joe"],
        "Timothy": ["Tim"], "Charlotte": ["Lottie"], "Eleanor": ["Ellie", "Nell"], "Deborah": ["Debs"],
        "Gillian": ["Gill"], "Philip": ["Phil"], "Kenneth": ["Ken"], "Gregory": ["Greg"], "Frederick": ["Fred"],
    },
    "us": {
        "Elizabeth": ["Liz", "Beth", "Betty"], "Robert": ["Rob", "Bob", "Bobby"], "Michael": ["Mike"],
        "William": ["Bill", "Will", "Billy"], "Richard": ["Rick", "Rich"], "Christopher": ["Chris"],
        "James": ["Jim", "Jimmy"], "Jennifer": ["Jen", "Jenn"], "Patricia": ["Pat", "Patty"], "Thomas": ["Tom", "Tommy"],
        "Joseph": ["Joe", "Joey"], "Daniel": ["Dan", "Danny"], "Matthew": ["Matt"], "Anthony": ["Tony"],
        "Katherine": ["Kathy", "Kate"], "Kimberly": ["Kim"], "Deborah": ["Deb", "Debbie"], "Susan": ["Sue"],
        "Margaret": ["Peggy", "Maggie"], "Rebecca": ["Becky"], "Steven": ["Steve"], "Kenneth": ["Ken", "Kenny"],
        "Timothy": ["Tim"], "Jeffrey": ["Jeff"], "Gregory": ["Greg"], "Samuel": ["Sam"], "Nicholas": ["Nick"],
        "Edward": ["Ed", "Eddie"], "Donald": ["Don"], "Ronald": ["Ron"], "Stephanie": ["Steph"],
        "Alexander": ["Alex"], "Victoria": ["Vicky"], "Cynthia": ["Cindy"], "Barbara": ["Barb"],
    },
    "finnish": {"Juha": ["Jussi"], "Matti": ["Masa"], "Pekka": ["Pekka"], "Johanna": ["Jonna"]},
    "arabic": {"Mohammed": ["Mo", "Hamoudi"], "Mustafa": ["Musse"], "Abdullah": ["Abdi"], "Ibrahim": ["Ibbe"]},
    "somali": {"Mohamed": ["Mo"], "Abdirahman": ["Abdi"], "Abdullahi": ["Abdi"], "Fadumo": ["Fadi"]},
    "polish": {"Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"], "Aleksandra": ["Ola"], "Piotr": ["Piotrek"],
               "Tomasz": ["Tomek"], "Krzysztof": ["Krzysiek"], "Michał": ["Michu"], "Magdalena": ["Magda"]},
    "indian": {"Siddharth": ["Sid"], "Aditya": ["Adi"], "Vikram": ["Vik"]},
}
