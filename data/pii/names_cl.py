# ruff: noqa: E501
"""Name pools of held-out cl (sixty-ninth writer, cars and motoring): names as the population has them.

Every pool is ordered by how common the name is and weighted by it; no name was checked against
any list of the project, and none was left out for being known or unknown.

- Sweden: given names (women, men) and surnames in the order of SCB's name statistics, written
  from general knowledge, weight 1/rank; head the top 150, tail the rarer names after them.
  Surnames include `Ali`, `Mohammed`, `Hassan`, `Ahmed` where SCB ranks them, and noble names
  with particles (`von Platen`, `af Klercker`) in the tail.
- Origins common in Sweden (Finland, Iraq and Syria with Assyrian/Syriac names, Somalia, Poland,
  Iran, the former Yugoslavia, Turkey, Eritrea, Afghanistan, Thailand, Chile, Kurdish names):
  their commonest given names and surnames, 1/rank, head the top 10.
- The US: the Census 1990 lists (public domain; `dist.female.first`, `dist.male.first`,
  `dist.all.last`), the first 380, 380 and 420 names, the census per cent as weight, head 150.
- The UK: given names and surnames in the order of the ONS rankings (baby names of recent
  decades and of the parents' generation, and the commonest surnames), 1/rank, head 130/150.
- Short forms and nicknames as people write them (`NICKNAMES`).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from a list's head with this probability, else its tail


@dataclass
class Pool:
    names: list[str]
    weights: list[float]
    head: int


@dataclass
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def _words(text: str) -> list[str]:
    """Names from a block of text, in order, each once; `_` stands for a space inside a name."""
    out: list[str] = []
    for word in text.split():
        word = word.replace("_", " ")
        if word not in out:
            out.append(word)
    return out


def ranked(text: str, head: int) -> Pool:
    names = _words(text)
    return Pool(names, [1 / (i + 1) for i in range(len(names))], min(head, len(names) - 1))


def weighted(pairs: list[tuple[str, float]], head: int) -> Pool:
    return Pool([n for n, _ in pairs], [w for _, w in pairs], head)


def plain(word: str) -> str:
    """A name typed without its letters (`Wiśniewski` -> `Wisniewski`, `Yılmaz` -> `Yilmaz`)."""
    word = word.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("İ", "I")
    word = word.replace("đ", "dj").replace("Đ", "Dj").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it (`Kowalski` -> `Kowalska`)."""
    for end, fem in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(end):
            return surname[: -len(end)] + fem
    return surname


SV_F = ranked("""
Maria Elisabeth Anna Kristina Margareta Eva Linnéa Karin Birgitta Marie Ingrid Sofia Sara Kerstin
Lena Emma Helena Christina Johanna Inger Linda Malin Ulla Elin Anita Ingegerd Cecilia Louise
Annika Gunilla Hanna Ida Susanne Viktoria Jenny Ulrika Monica Carina Matilda Elsa Amanda Julia
Maja Ellen Alice Camilla Caroline Frida Åsa Lisa Barbro Ann Katarina Siv Charlotte Therese
Josefin Agneta Helen Wilma Gun Ebba Britt Astrid Anneli Ella Klara Emelie Märta Alva Sandra
Marianne Ingela Lovisa Pia Jessica Olivia Gunnel Yvonne Ewa Elisabet Linn Lina Moa Rebecka Agnes
Felicia Saga Nora Isabelle Emilia Berit Irene Mona Lisbeth Anette Inga Margit Ann-Marie Stina
Selma Vera Ester Elvira Freja Greta Tove Petra Signe Tilda Thea Tuva Mikaela Madeleine Sofie
Kristin Jennie Mia Sigrid Lilly Ronja Tindra Ingeborg Solveig Gudrun Birgit Majvor Britta Elise
Evelina Nathalie Sanna Maj Gunvor Viola Elsie Rut Hedvig Clara Alicia Molly Nellie Liv Edith
Jeanette Josefine Erika Elina Ingalill Ann-Christin Ann-Charlotte Eva-Lena Anna-Karin Marina
Sonja Gertrud Gerd Elna Ulrica Paulina Veronica Ylva Tina Annelie Lotta Charlotta Fanny Hilda
Alma Stella Meja Juni Iris Vilda Lea Ellie Svea Dagny Edla Aina Vivianne Katja Pernilla Tanja
Eleonor Cornelia Sabina Jasmine Fatima Mariam Zahra Amira Noor Leyla Henrietta Beata Rakel Ruth
Magdalena Ottilia Ragnhild Hillevi Vendela Filippa Minna Lova Elvina Mira Nova Leah Esther Tyra
Ingegärd Gunhild Anne Gunbritt Lillemor Birgitta-Maria Ann-Sofie Ann-Kristin Anna-Lena Eva-Karin
Marie-Louise Lise-Lott Mai Gull-Britt Ulla-Britt Inga-Lill Karolina Johanna-Maria Maud Vivi
Doris Laila Lilian Gullvi Majken Karin-Maria Ingalena Kajsa Katrin Carolina Sophie Natalie
Jonna Emmy Hedda Lykke Elise-Marie Ines Ingrid-Marie Anja Therése Annie Thilda Tova Idun Bodil
Gudrun-Maria Hjördis Ebba-Maria Margaretha Ingegerd-Maria Märit Ulrika-Maria Annette Yasmin
Ayan Hodan Sahra Amina Hawa Khadija Maryam Rahel Senait Aylin Elif Zeynep Dalia Nadia Leila Mona-Lisa
Rosa Agnes-Maria Signhild Hervor Viveka Gunnel-Maria Ellinor Evy Elly Febe Juno Alba Livia Embla
Elsa-Marie Nicole Rebecca Amelia Isabella Linnea Wilhelmina Albertina Augusta Matilde Cajsa
Frideborg Solbritt Märta-Lena Torborg Dagmar Ester-Maria Elvy Inez Irma Ninni Lisen Mimmi Vanja
Sylvia Astrid-Maria Tekla Oda Ronya Leonora Hilma Edit Judit Lovis Majlis Siri
Gunborg Anna-Greta Eva-Britt Ann-Louise Ann-Katrin Britt-Marie Anne-Marie Ulla-Karin Gun-Britt
Inga-Britt Ann-Britt Mona-Britt Anna-Stina Solvig Elsy Berta Hulda Malva Alida Amalia Aurora
Benita Blenda Dorotea Eila Elisa Emely Emmie Estelle Fredrika Gabriella Gisela Gloria Hanne
Harriet Isa Jana Janina Julie Juliana Kaija Kamilla Karla Katharina Kristel Laura Leona Lilja
Lisette Lotten Louisa Lucia Luna Malou Mari Marika Marit Marlene Mathilda Melina Michaela Minea
Miriam Nadja Nanna Nicolina Nina Olga Paula Regina Rosita Sanne Sigrun Siw Stefanie Susann
Svetlana Tea Teresia Tora Ursula Valborg Vilma Yvette Zara Majbritt Hildur Gunnvor Ingeli
""", 150)

SV_M = ranked("""
Lars Karl Anders Johan Per Erik Nils Lennart Mikael Jan Hans Olof Peter Gunnar Sven Fredrik
Bengt Bo Daniel Gustav Åke Göran Alexander Magnus Martin Andreas Stefan John Leif Mats Ulf
Henrik Thomas Mattias Jonas Björn Christer Kjell Bertil Stig Rolf Axel David Ingemar Oskar Arne
Tommy Emil Håkan Robert Simon Marcus Anton Niklas Kent Roger Christian Viktor Patrik Tobias
Sebastian William Jonathan Filip Robin Kurt Rune Lucas Joakim Hugo Elias Oscar Adam Roland
Rickard Jakob Ludvig Kenneth Jesper Dan Tomas Carl Ove Claes Olle Isak Liam Gösta Allan Ali
Mohammad Emanuel Linus Albin Viggo Vincent Theo Edvin Leo Melvin Oliver Noah Elliot Felix Alfred
Arvid Sixten Folke Harald Sture Evert Ivar Ragnar Torsten Gösta Holger Tage Birger Stellan
Conny Ronny Jimmy Johnny Benny Glenn Krister Kristoffer Kristian Pontus Gabriel Samuel Josef
Jacob Jens Jörgen Ola Ingvar Per-Olof Karl-Erik Lars-Göran Jan-Erik Carl-Johan Hasse Valter
Vilgot Sigvard Ture Einar Helge Tore Östen Yngve Gustaf Gert Lage Mauritz Sivert Anton
Erland Lennarth Thorbjörn Torbjörn Staffan Ebbe Knut Ragnvald Gunnar-Erik Karl-Johan Per-Erik
Lars-Erik Jan-Olof Nils-Erik Sven-Erik Bengt-Göran Lars-Olof Hans-Åke Per-Anders Jan-Åke
Bror Frans Otto Wilhelm August Ossian Elis Hampus Alvin Casper Colin Douglas Love Milo Milton
Ville Vidar Algot Alf Rasmus Jim Jack Sam Kevin Dennis Fabian Marcus-Emil Henning Sigge Nisse
Mohammed Ahmed Omar Hassan Hussein Ibrahim Yusuf Abdi Mustafa Amir Reza Ahmad Mehmet Ali-Reza
Janne Uno Gillis Sten Tord Tomas-Erik Börje Assar Harry Hilding Gunne Lorentz Lukas Nicklas
Niclas Mathias Andreas-Karl Johannes Petter Pär Rikard Teodor Isac Adrian Max Charlie Loke
Otis Joel Julius Maximilian Benjamin Tim Kim Kaj Boris Egon Ingmar Jarl Orvar Osvald Ruben
Sune Tor Ulrik Waldemar Agne Bernt Curt Dick Eskil Gerhard Hjalmar Inge Jon Kennet Lars-Åke
Mikael-Anders Nore Nils-Olof Olov Osborn Paul Sören Thor Torgny Varg Ville-Emil
Wiktor Yngve-Olof Åke-Göran Dag Göte Berndt Roine Reine Thommy Kenny Tony Fred Johnnie
Adolf Albert Anselm Arnold Artur Bernhard Birk Bjarne Bruno Christopher Clas Cornelius Dante
Didrik Edgar Edward Eddie Eliot Emrik Enar Eric Ernst Esbjörn Eugen Evald Fritiof Gideon
Gottfrid Gunder Gustaf-Adolf Halvar Hannes Hardy Helmer Herbert Herman Hilmer Ingolf Ingvald
Isidor Ivan Jean Jerker Joar Jöns Karl-Axel Karl-Gustav Kasper Klas Konrad Lauri Levi Malte
Manfred Matteus Melker Mio Morgan Natanael Nikolaj Odd Peder Pierre Rafael Reidar Reinhold
Roald Rudolf Sakarias Severin Sigfrid Silas Stig-Arne Sten-Åke Svante Teo Theodor Thure
Torvald Valdemar Verner Wilmer Zakarias Hans-Erik Karl-Gunnar Lars-Gunnar Jan-Olov Per-Johan
Carl-Henrik Nils-Gunnar Bo-Göran Sven-Olof Anders-Petter Arn Tomislav Dusan Kristofer Jöran
""", 150)

SV_S = ranked("""
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson
Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed Engström Eklund
Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Fransson
Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström
Mårtensson Lundström Ahmed Viklund Björklund Eliasson Pålsson Hassan Berggren Sandström Lund
Nordin Ström Åberg Hermansson Ekström Holmgren Sundberg Hedlund Dahlberg Hellström Sjögren
Abrahamsson Falk Martinsson Öberg Andreasson Blom Månsson Strand Åkesson Jonasson Norberg
Sundström Ivarsson Lindholm Dahl Hedberg Mohamed Sundqvist Börjesson Lindahl Jensen Hussein
Sjöström Ekberg Forsman Nordlund Nordqvist Lundholm Jakobsen Hedman Ek Omar Ibrahim Åström
Söderström Ali Nygren Bäckström Björn Lindell Malmberg Holmström Sörensen Strömberg Östlund
Lundell Ahlström Englund Berglöf Nord Kristiansson Wiklund Backman Engberg Sundin Isberg Olander
Hellberg Kjellberg Erlandsson Borg Westerberg Rosén Abdi Göransson Wallén Stenberg Ljungberg
Lindblom Nordberg Karlström Edlund Thorsson Boman Lindén Frisk Granberg Melin Ekman Johnsson
Roos Ekholm Lindroth Svärd Nylander Öhman Sandin Edström Kjellström Pettersen Hallberg Wahlström
Hjalmarsson Lindkvist Gustavsson Carlsson Petersson Sundell Molin Lilja Nyman Lundmark Grahn
Blomberg Rydberg Axelsson Öhrn Hammar Sjölund Björck Lundahl Strömqvist Engman Bergkvist
Ottosson Ågren Vikström Nordgren Wiberg Emanuelsson Ek Lindh Törnqvist Häggström Sandqvist
Lindvall Rönnqvist Åhman Sjödin Åkerlund Edvardsson Gabrielsson Hedström Rask Nordahl
Mattsson-Berg Lindqvist-Holm Berg-Nilsson Ahlberg Alm Almqvist Bergh Blomgren Brandt Dahlgren
Dahlström Ekdahl Ericson Fors Forslund Granath Grönlund Hagberg Hallgren Hammarström Hedin
Holmqvist Hultgren Jernberg Kvist Lagerqvist Larsén Liljegren Lindblad Lindmark Ljung Lövgren
Malm Mellberg Modig Mörk Nordh Norén Norling Palm Pihl Rehn Rydén Sahlin Selin Skog Stål
Svedberg Tell Thunberg Tornberg Ullberg Wahlberg Wennberg Westin Wikberg Zetterberg Åhlin Östberg
Ahlgren Anttila Aslan Barsoum Bengtzon Bodin Brolin Carlberg Cederholm Ceder Dufva Ehrlund
Enqvist Fagerlund Fält Gerdin Granlund Grip Gyllenhammar Hagström Hellqvist Hjort Hägg Ilvesjö
Jäderberg Kallin Kihlberg Krantz Kullberg Lagerlöf Lejon Lidén Lindskog Linnér Lodin Löwenhielm
Marklund Mossberg Nordenskiöld Nyqvist Ohlsson Oskarsson Pehrsson Rapp Ringström Rosengren
Rundqvist Sahlberg Schönning Sjöblom Skoglund Stenlund Stridh Swahn Sävström Tegnér Trygg
Uggla Wernersson Wester Vesterlund Zackrisson Åkerman Älmqvist Östling von_Platen af_Klercker
von_Essen De_Geer af_Ugglas von_Sydow Wachtmeister Bonde af_Trolle von_Otter Lewenhaupt
Gyllenstierna Sparre Stackelberg von_Schantz af_Petersens Rålamb Posse Ankarcrona Silfverschiöld
Kaya Yilmaz Nguyen Haddad Shamoun Gabriel Jama Warsame Nieminen Korhonen Kowalski Nowak Hodzic
Petrovic Rezaei Mohammadi Hosseini Tesfay Berhane Khalil Saleh Yousef Abbas Aziz Salih
""", 150)

FI_F = ranked("Anne Tuula Päivi Pirjo Sari Anneli Marja Tiina Leena Eija Kaarina Sirpa Riitta Satu Hannele Johanna Tarja Merja Helena Minna Kirsi Aino Liisa Marjatta Heidi Paula Sanna Eeva Ritva Outi Annikki Raija Kaisa Hilkka", 10)
FI_M = ranked("Juha Timo Matti Kari Mikko Jari Antti Jukka Mika Markku Pekka Hannu Heikki Seppo Janne Ari Sami Petri Ville Jussi Tapio Kalevi Olavi Esa Pertti Jouni Tero Veikko Raimo Teemu", 10)
FI_S = ranked("Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hakala Kallio Leinonen Hirvonen Räsänen", 10)

AR_F = ranked("Fatima Maryam Zainab Noor Sara Hiba Rana Amal Layla Huda Rasha Dina Aya Lina Rania Zahraa Israa Shaimaa Nadia Samira Salma Yasmin Ghada Suha Reem Mariam Hala Nour Sahar Bushra Ninos Shamiram Nahrin Ramina", 10)
AR_M = ranked("Mohammed Ahmed Ali Mustafa Hussein Omar Ibrahim Hassan Khaled Mahmoud Yousef Abdullah Haider Karim Ammar Firas Bassam Saif Hamza Adnan Samir Tariq Jamal Nabil Waleed Rami Fadi Ziad Munir Amjad Ninos Sargon Ashur Aram Gabriel Issa", 10)
AR_S = ranked("Ali Mohammed Hassan Ahmed Hussein Ibrahim Abdullah Khalil Saleh Jaber Al-Obaidi Al-Rubaie Al-Saadi Al-Jabouri Al-Tamimi Haddad Mansour Nasser Hamoud Kassab Aziz Yousef Abbas Khalaf Shamoun Gabriel Isa Barsoum Aho Hanna Saliba Dawood Toma Elias Jacob Aslan Kourie Yacoub", 10)

SO_F = ranked("Fadumo Hodan Amina Sahra Ayaan Hawa Khadija Sagal Nimco Asha Ifrah Hibo Leyla Sucaad Faadumo Maryan Ubah Deeqa Istahil Farhiya Ikran Ladan Filsan", 10)
SO_M = ranked("Abdi Mohamed Ahmed Abdirahman Abdullahi Hassan Ali Omar Yusuf Ibrahim Mahad Liban Abdirizak Farah Hamza Said Bashir Guled Mukhtar Ismail Abdikarim Khalid Nuur", 10)
SO_S = ranked("Abdi Mohamed Ahmed Ali Hassan Omar Farah Warsame Hussein Yusuf Osman Aden Jama Ismail Nur Abdullahi Mohamud Egal Dahir Hirsi Mire Gedi Duale Elmi Jimale Abdulle Guled", 10)

PL_F = ranked("Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Joanna Elżbieta Zofia Monika Aleksandra Natalia Marta Beata Dorota Justyna Karolina Paulina Renata Iwona Jolanta Grażyna Halina", 10)
PL_M = ranked("Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Grzegorz Józef Marek Łukasz Adam Zbigniew Jerzy Tadeusz Mateusz Dariusz Mariusz Wojciech Ryszard Jakub Kamil Rafał Bartosz Sławomir", 10)
PL_S = ranked("Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Wojciechowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Nowicki Sadowski", 10)

FA_F = ranked("Maryam Fatemeh Zahra Narges Parisa Shirin Leila Mina Nasrin Roya Sara Elham Azadeh Mahsa Niloufar Soheila Samira Farnaz Negar Golnaz Mitra Parvin Ladan Shadi Tara Yasaman", 10)
FA_M = ranked("Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Majid Behzad Farhad Babak Kaveh Dariush Arash Navid Omid Payam Siavash Kourosh Pouya Shahram Hassan Javad Kamran Shahin", 10)
FA_S = ranked("Mohammadi Hosseini Ahmadi Rezaei Karimi Moradi Jafari Rahimi Hashemi Mousavi Sadeghi Ghasemi Heidari Azizi Kazemi Sharifi Najafi Mahmoudi Rostami Ebrahimi Tehrani Shirazi Amini Bagheri Farahani Esfahani Alavi Nazari Khosravi Parsa", 10)

YU_F = ranked("Amra Emina Jasmina Mirela Selma Lejla Azra Sanela Ana Marija Ivana Jelena Dragana Snežana Vesna Mirjana Maja Tanja Suzana Senada Alma Amela Aida Nermina Gordana Milica", 10)
YU_M = ranked("Emir Adnan Mirza Edin Haris Damir Dragan Goran Zoran Milan Nenad Dejan Ivan Marko Nikola Stefan Jasmin Senad Amir Kemal Almir Elvis Nedim Mehmed Tarik Željko", 10)
YU_S = ranked("Hodžić Hadžić Begić Delić Mehmedović Hasanović Kovačević Petrović Jovanović Nikolić Marković Đorđević Ilić Horvat Babić Jukić Perić Mujić Salihović Omerović Alić Husić Mustafić Karić Šehić Pavlović Stojanović Popović Subašić Avdić", 10)

TR_F = ranked("Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hülya Özlem Esra Merve Büşra Gül Derya Sevgi Tuba Ebru Nur Selin Ceren Songül", 10)
TR_M = ranked("Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah Mahmut Emre Burak Kemal Cem Serkan Volkan Erdal Kaan", 10)
TR_S = ranked("Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Erdoğan Güneş Akın Bulut Karaca Tekin", 10)

ER_F = ranked("Helen Semhar Selam Yordanos Luwam Rahel Saba Senait Mebrat Tsega Feven Winta Hiwet Ruth Miriam Almaz Abeba Elsa Lidia Freweini Yohana", 10)
ER_M = ranked("Yonas Daniel Tesfay Mehari Berhane Samuel Yohannes Filmon Robel Henok Dawit Kidane Tekle Ermias Habtom Amanuel Mussie Biniam Efrem Michael Natnael", 10)
ER_S = ranked("Tesfay Berhe Kidane Gebremedhin Haile Tekle Ghebreyesus Mehari Woldemariam Habte Asfaha Yohannes Tsegay Gebreselassie Abraha Negash Andemariam Ghirmay Kahsay Weldu Zerai Mebrahtu Teklehaimanot Okbazghi", 10)

AF_F = ranked("Fatima Zahra Mariam Sakina Masuda Nilofar Shabnam Farida Freshta Parwana Zarghona Roya Nadia Mursal Hamida Arezo Mahboba Shukria Zainab Laila Khadija Sima Marzia Zakia", 10)
AF_M = ranked("Ahmad Mohammad Ali Hamid Mustafa Abdul Rahim Habibullah Sayed Javid Jawad Reza Murtaza Hussain Mahdi Samir Naweed Wahid Farid Bilal Rashid Sohrab Zabihullah Nasir Hassan Elyas", 10)
AF_S = ranked("Ahmadi Hussaini Mohammadi Rahimi Sultani Karimi Haidari Amiri Noori Sadat Rezaie Hakimi Jafari Stanikzai Popal Wardak Safi Rasuli Nazari Azizi Sharifi Akbari Hashimi Yusufzai Qaderi Mirzaei", 10)

TH_F = ranked("Siriporn Malee Sunisa Pornthip Wanida Kanya Nittaya Rattana Sirirat Jintana Supaporn Lamai Duangjai Kanokwan Pranee Ampai Somsri Naphat Waraporn Arunee Chanida Thidarat Anchalee Ploy", 10)
TH_M = ranked("Somchai Somsak Prasert Surachai Anan Boonmee Wichai Sompong Chatchai Narong Kittisak Thanawat Pongsak Suthep Niran Apichart Sakchai Weerasak Somboon Chaiwat", 10)
TH_S = ranked("Saetang Srisuk Chaiyasit Wongsuwan Boonsri Thongdee Kaewkla Rattanakul Suksawat Phromma Sangthong Chanthavong Inthasorn Sriprasert Kongsuk Yodsuk Saelee Bunnag Chaiyaphum Jaidee", 10)

CL_F = ranked("María Carolina Daniela Camila Javiera Francisca Valentina Catalina Constanza Fernanda Paula Andrea Claudia Patricia Verónica Marcela Ximena Lorena Alejandra Pamela Gabriela Carmen Rosa Soledad Macarena", 10)
CL_M = ranked("José Juan Luis Carlos Jorge Cristián Francisco Felipe Sebastián Matías Diego Rodrigo Pablo Alejandro Gonzalo Patricio Manuel Víctor Sergio Héctor Mauricio Claudio Nicolás Marcelo Hernán", 10)
CL_S = ranked("González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez Castro Pizarro Álvarez Vásquez Sánchez Fernández", 10)

KU_F = ranked("Avin Berfin Dilan Rojin Jiyan Nazdar Shilan Rozhin Helin Zilan Gulistan Berivan Roza Nasrin Sozan Narin Hana Shno Lava Chnar Evin Bahar", 10)
KU_M = ranked("Azad Rebin Karwan Diyar Aram Dilshad Hawre Kawa Shvan Serwan Rezan Baran Zana Soran Hemin Sirwan Ari Bakhtiyar Nawzad Dara Rizgar Hoshyar", 10)
KU_S = ranked("Ahmad Rashid Mahmoud Aziz Karim Salih Abdullah Hamad Kurdi Barzani Talabani Hawrami Zebari Amedi Doski Baban Jaf Mirza Qadir Sherwani Hussein Osman Mustafa Bakir", 10)

UK_F = ranked("""
Olivia Amelia Isla Ava Emily Sophia Grace Mia Poppy Ella Lily Evie Isabella Sophie Freya
Charlotte Florence Ivy Jessica Alice Daisy Phoebe Sienna Matilda Willow Ruby Elsie Evelyn Rosie
Harper Sofia Millie Eliza Esme Emma Holly Lucy Chloe Hannah Megan Lauren Rebecca Laura Amy Sarah
Katie Bethany Georgia Susan Margaret Patricia Elizabeth Joan Mary Dorothy Jean Helen Janet Julie
Karen Claire Nicola Joanne Lisa Kelly Rachel Victoria Gemma Leanne Stacey Natalie Zoe Abigail Jade
Shannon Paige Eleanor Imogen Harriet Molly Niamh Caitlin Siobhan Fiona Kirsty Gillian Ann Wendy
Beverley Tracey Sharon Lorraine Pauline Deborah Linda Christine Carol Sandra Gail Yvonne Angela
Alison Jacqueline Catherine Anne Heather Shirley Maureen Brenda Sheila Eileen Doreen Irene Audrey
Valerie Barbara Sylvia Gwen Rhiannon Cerys Ffion Seren Carys Bronwen Lydia Maisie Aria Layla
Zara Hollie Scarlett Erin Amber Libby Leah Jasmine Kayleigh Chelsea Danielle Hayley Samantha
Louise Kathryn Jennifer Lindsey Marie Dawn Caroline Sally Jane Julia Lesley Diane Elaine Jill
Mandy Andrea Denise Hilary Judith Rosemary Marion Jennie Aisha Fatima Amira Priya Hafsa Aaliyah
Maryam Harriett Beatrice Martha Edith Violet Ada Mabel Iris Nancy Thea Aurora Orla Mollie Kiera
Morag Aileen Eilidh Mhairi Shona Ailsa Ellie Tilly Lexi Darcey Summer Skye Ruby-Mae Lily-Rose
Gwyneth Glenys Myfanwy Nia Elin Tegan Saoirse Roisin Aoife Ciara Sinead Bridget Theresa
""", 130)

UK_M = ranked("""
Oliver George Harry Noah Jack Charlie Leo Jacob Freddie Alfie Oscar Arthur Thomas William
Archie James Henry Joshua Theo Muhammad Max Isaac Lucas Ethan Teddy Finley Logan Daniel Joseph
Alexander Samuel Benjamin Adam Dylan Edward Toby Jake Luke Ryan Callum Liam Connor Kieran Lewis
Jamie Scott Craig Lee Mark Paul David John Stephen Andrew Michael Peter Richard Robert
Christopher Simon Ian Gary Kevin Neil Darren Stuart Martin Graham Alan Colin Keith Brian Derek
Trevor Malcolm Nigel Barry Terence Geoffrey Roger Kenneth Dennis Raymond Leslie Gordon Douglas
Alistair Hamish Angus Fraser Euan Rhys Gareth Dafydd Owain Aled Iwan Cai Declan Sean Ciaran
Eoin Matthew Nathan Jordan Bradley Aaron Reece Tyler Kyle Shane Dean Wayne Carl Jason Anthony
Philip Timothy Jonathan Nicholas Matthew Patrick Francis Gerald Howard Clive Roy Ronald Donald
Frank Albert Ernest Walter Stanley Harold Frederick Leonard Norman Sidney Cyril Percy Reginald
Bernard Rory Ronan Elliot Sebastian Hugo Rupert Jasper Felix Louis Reuben Harrison Mason Elijah
Jenson Ezra Roman Rowan Albie Ronnie Tommy Stanley Bobby Hunter Caleb Zachary Jayden Kai Ibrahim
Yusuf Omar Ali Hassan Aryan Arjun Rohan Dev Sanjay Rajesh Imran Tariq Asif Bilal Hamza Usman
Gavin Duncan Murray Ross Calum Ewan Lachlan Finlay Kenny Sandy Gethin Emyr Huw Gwyn Rhodri
""", 130)

UK_S = ranked("""
Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson
Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner
Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott
Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson
Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams
Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain Campbell
Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher Stevens
Jenkins Murray Dixon Harvey Graham Pearson Ahmed Fletcher Walsh Kaur Gibson Howard Andrews
Stewart Elliott Reynolds Saunders Payne Fox Ford Pearce Day Brooks West Lawrence Cole Atkinson
Bradley Spencer Gill Dawson Ball Burton O'Brien Watts Rose Booth Perry Ryan Grant Wells
Armstrong Francis Rees Hayes Hart Hudson Newman Barrett Webster Hunter Gregory Carr Lowe Page
Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland Hawkins Harding Porter Robertson Newton
Oliver Reed Kennedy Williamson Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry Burgess
Bishop Walton Burns Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls Hamilton Byrne
Sutton McDonald Yates Hodgson Robson Curtis Hopkins O'Connor Harper Coleman Watkins Moss
McCarthy Chambers O'Neill Griffin Sharp Hardy Wheeler Potter Osborne Johnston Gordon Doyle
Wallace George Jordan Hutchinson Rowe Burke May Pritchard Gilbert Willis Higgins Read Miles
Stevenson Stephenson Hammond Arnold Buckley Walters Hewitt Barber Nelson Slater Austin Sullivan
Whitehead Mann Frost Lambert Stephens Blake Akhtar Lynch Goodwin Barton Woodward Thomson
Cunningham Quinn Barnett Baxter Bibi Clayton Nash Greenwood Jennings Holt Kemp Poole Gallagher
Bond Stokes Tucker Davidson Fowler Heath Norman Middleton Lawson Banks French Stanley Jarvis
Gibbs Ferguson Hayward Carroll Douglas Dickinson Todd Barlow Peters Lucas Knowles Hartley Miah
Simmons Morton Alexander Field Morrison Norris Townsend Preston Hancock Thornton Baldwin
Burrows Briggs Storey Pugh Howell Sheppard Rahman Uddin Iqbal Hussey Vaughan Llewellyn Pryce
Mackenzie MacLeod Fraser Paterson Ritchie Sinclair Munro Kerr Cameron Duffy Maguire Brennan
""", 150)

# The US Census 1990 (public domain): name and per cent of the population, in the census's order.
US_F = weighted([
    ('Mary', 2.629), ('Patricia', 1.073), ('Linda', 1.035), ('Barbara', 0.98), ('Elizabeth', 0.937),
    ('Jennifer', 0.932), ('Maria', 0.828), ('Susan', 0.794), ('Margaret', 0.768),
    ('Dorothy', 0.727), ('Lisa', 0.704), ('Nancy', 0.669), ('Karen', 0.667), ('Betty', 0.666),
    ('Helen', 0.663), ('Sandra', 0.629), ('Donna', 0.583), ('Carol', 0.565), ('Ruth', 0.562),
    ('Sharon', 0.522), ('Michelle', 0.519), ('Laura', 0.51), ('Sarah', 0.508), ('Kimberly', 0.504),
    ('Deborah', 0.494), ('Jessica', 0.49), ('Shirley', 0.482), ('Cynthia', 0.469),
    ('Angela', 0.468), ('Melissa', 0.462), ('Brenda', 0.455), ('Amy', 0.451), ('Anna', 0.44),
    ('Rebecca', 0.43), ('Virginia', 0.43), ('Kathleen', 0.424), ('Pamela', 0.416),
    ('Martha', 0.412), ('Debra', 0.408), ('Amanda', 0.404), ('Stephanie', 0.4), ('Carolyn', 0.385),
    ('Christine', 0.382), ('Marie', 0.379), ('Janet', 0.379), ('Catherine', 0.373),
    ('Frances', 0.37), ('Ann', 0.364), ('Joyce', 0.364), ('Diane', 0.359), ('Alice', 0.357),
    ('Julie', 0.348), ('Heather', 0.337), ('Teresa', 0.336), ('Doris', 0.335), ('Gloria', 0.335),
    ('Evelyn', 0.322), ('Jean', 0.315), ('Cheryl', 0.315), ('Mildred', 0.313), ('Katherine', 0.313),
    ('Joan', 0.306), ('Ashley', 0.303), ('Judith', 0.297), ('Rose', 0.296), ('Janice', 0.285),
    ('Kelly', 0.283), ('Nicole', 0.281), ('Judy', 0.276), ('Christina', 0.275), ('Kathy', 0.272),
    ('Theresa', 0.271), ('Beverly', 0.267), ('Denise', 0.264), ('Tammy', 0.259), ('Irene', 0.252),
    ('Jane', 0.25), ('Lori', 0.248), ('Rachel', 0.242), ('Marilyn', 0.241), ('Andrea', 0.236),
    ('Kathryn', 0.234), ('Louise', 0.229), ('Sara', 0.229), ('Anne', 0.228), ('Jacqueline', 0.228),
    ('Wanda', 0.226), ('Bonnie', 0.223), ('Julia', 0.223), ('Ruby', 0.221), ('Lois', 0.22),
    ('Tina', 0.22), ('Phyllis', 0.219), ('Norma', 0.218), ('Paula', 0.217), ('Diana', 0.216),
    ('Annie', 0.216), ('Lillian', 0.211), ('Emily', 0.208), ('Robin', 0.208), ('Peggy', 0.208),
    ('Crystal', 0.207), ('Gladys', 0.205), ('Rita', 0.204), ('Dawn', 0.202), ('Connie', 0.2),
    ('Florence', 0.2), ('Tracy', 0.197), ('Edna', 0.197), ('Tiffany', 0.195), ('Carmen', 0.195),
    ('Rosa', 0.194), ('Cindy', 0.192), ('Grace', 0.189), ('Wendy', 0.185), ('Victoria', 0.18),
    ('Edith', 0.179), ('Kim', 0.178), ('Sherry', 0.178), ('Sylvia', 0.177), ('Josephine', 0.177),
    ('Thelma', 0.175), ('Shannon', 0.175), ('Sheila', 0.175), ('Ethel', 0.174), ('Ellen', 0.173),
    ('Elaine', 0.173), ('Marjorie', 0.173), ('Carrie', 0.171), ('Charlotte', 0.169),
    ('Monica', 0.166), ('Esther', 0.166), ('Pauline', 0.165), ('Emma', 0.165), ('Juanita', 0.164),
    ('Anita', 0.162), ('Rhonda', 0.162), ('Hazel', 0.161), ('Amber', 0.16), ('Eva', 0.159),
    ('Debbie', 0.157), ('April', 0.154), ('Leslie', 0.154), ('Clara', 0.153), ('Lucille', 0.153),
    ('Jamie', 0.153), ('Joanne', 0.15), ('Eleanor', 0.15), ('Valerie', 0.149), ('Danielle', 0.149),
    ('Megan', 0.147), ('Alicia', 0.146), ('Suzanne', 0.145), ('Michele', 0.145), ('Gail', 0.145),
    ('Bertha', 0.143), ('Darlene', 0.142), ('Veronica', 0.142), ('Jill', 0.142), ('Erin', 0.141),
    ('Geraldine', 0.141), ('Lauren', 0.137), ('Cathy', 0.137), ('Joann', 0.136),
    ('Lorraine', 0.135), ('Lynn', 0.135), ('Sally', 0.135), ('Regina', 0.133), ('Erica', 0.13),
    ('Beatrice', 0.13), ('Dolores', 0.129), ('Bernice', 0.128), ('Audrey', 0.127),
    ('Yvonne', 0.126), ('Annette', 0.125), ('June', 0.125), ('Samantha', 0.124), ('Marion', 0.122),
    ('Dana', 0.122), ('Stacy', 0.121), ('Ana', 0.12), ('Renee', 0.12), ('Ida', 0.118),
    ('Vivian', 0.118), ('Roberta', 0.117), ('Holly', 0.117), ('Brittany', 0.117),
    ('Melanie', 0.116), ('Loretta', 0.115), ('Yolanda', 0.115), ('Jeanette', 0.115),
    ('Laurie', 0.114), ('Katie', 0.113), ('Kristen', 0.111), ('Vanessa', 0.111), ('Alma', 0.111),
    ('Sue', 0.111), ('Elsie', 0.11), ('Beth', 0.11), ('Jeanne', 0.109), ('Vicki', 0.109),
    ('Carla', 0.107), ('Tara', 0.107), ('Rosemary', 0.107), ('Eileen', 0.105), ('Terri', 0.105),
    ('Gertrude', 0.103), ('Lucy', 0.103), ('Tonya', 0.102), ('Ella', 0.101), ('Stacey', 0.101),
    ('Wilma', 0.099), ('Gina', 0.099), ('Kristin', 0.099), ('Jessie', 0.098), ('Natalie', 0.098),
    ('Agnes', 0.098), ('Vera', 0.098), ('Willie', 0.097), ('Charlene', 0.097), ('Bessie', 0.096),
    ('Delores', 0.095), ('Melinda', 0.094), ('Pearl', 0.094), ('Arlene', 0.094), ('Maureen', 0.092),
    ('Colleen', 0.092), ('Allison', 0.092), ('Tamara', 0.092), ('Joy', 0.091), ('Georgia', 0.091),
    ('Constance', 0.091), ('Lillie', 0.09), ('Claudia', 0.09), ('Jackie', 0.09), ('Marcia', 0.09),
    ('Tanya', 0.089), ('Nellie', 0.089), ('Minnie', 0.089), ('Marlene', 0.088), ('Heidi', 0.088),
    ('Glenda', 0.088), ('Lydia', 0.086), ('Viola', 0.086), ('Courtney', 0.086), ('Marian', 0.086),
    ('Stella', 0.085), ('Caroline', 0.085), ('Dora', 0.084), ('Jo', 0.083), ('Vickie', 0.082),
    ('Mattie', 0.081), ('Terry', 0.08), ('Maxine', 0.079), ('Irma', 0.079), ('Mabel', 0.078),
    ('Marsha', 0.078), ('Myrtle', 0.078), ('Lena', 0.077), ('Christy', 0.077), ('Deanna', 0.076),
    ('Patsy', 0.076), ('Hilda', 0.075), ('Gwendolyn', 0.074), ('Jennie', 0.073), ('Nora', 0.073),
    ('Margie', 0.072), ('Nina', 0.072), ('Cassandra', 0.072), ('Leah', 0.072), ('Penny', 0.071),
    ('Kay', 0.071), ('Priscilla', 0.071), ('Naomi', 0.071), ('Carole', 0.071), ('Brandy', 0.07),
    ('Olga', 0.07), ('Billie', 0.069), ('Dianne', 0.069), ('Tracey', 0.069), ('Leona', 0.069),
    ('Jenny', 0.068), ('Felicia', 0.068), ('Sonia', 0.068), ('Miriam', 0.066), ('Velma', 0.066),
    ('Becky', 0.066), ('Bobbie', 0.065), ('Violet', 0.065), ('Kristina', 0.065), ('Toni', 0.064),
    ('Misty', 0.063), ('Mae', 0.063), ('Shelly', 0.062), ('Daisy', 0.062), ('Ramona', 0.062),
    ('Sherri', 0.062), ('Erika', 0.061), ('Katrina', 0.061), ('Claire', 0.061), ('Lindsey', 0.06),
    ('Lindsay', 0.06), ('Geneva', 0.059), ('Guadalupe', 0.059), ('Belinda', 0.059),
    ('Margarita', 0.059), ('Sheryl', 0.059), ('Cora', 0.058), ('Faye', 0.058), ('Ada', 0.057),
    ('Natasha', 0.057), ('Sabrina', 0.057), ('Isabel', 0.057), ('Marguerite', 0.056),
    ('Hattie', 0.056), ('Harriet', 0.056), ('Molly', 0.055), ('Cecilia', 0.055), ('Kristi', 0.055),
    ('Brandi', 0.055), ('Blanche', 0.055), ('Sandy', 0.055), ('Rosie', 0.055), ('Joanna', 0.055),
    ('Iris', 0.055), ('Eunice', 0.054), ('Angie', 0.054), ('Inez', 0.053), ('Lynda', 0.053),
    ('Madeline', 0.052), ('Amelia', 0.052), ('Alberta', 0.052), ('Genevieve', 0.051),
    ('Monique', 0.051), ('Jodi', 0.051), ('Janie', 0.051), ('Maggie', 0.051), ('Kayla', 0.051),
    ('Sonya', 0.051), ('Jan', 0.051), ('Lee', 0.051), ('Kristine', 0.051), ('Candace', 0.051),
    ('Fannie', 0.05), ('Maryann', 0.05), ('Opal', 0.05), ('Alison', 0.05), ('Yvette', 0.05),
    ('Melody', 0.05), ('Luz', 0.049), ('Susie', 0.049), ('Olivia', 0.049), ('Flora', 0.049),
    ('Shelley', 0.049), ('Kristy', 0.048), ('Mamie', 0.048), ('Lula', 0.048), ('Lola', 0.048),
    ('Verna', 0.048), ('Beulah', 0.048), ('Antoinette', 0.048), ('Candice', 0.046),
    ('Juana', 0.046), ('Jeannette', 0.046), ('Pam', 0.046), ('Kelli', 0.046), ('Hannah', 0.045),
    ('Whitney', 0.045), ('Bridget', 0.045), ('Karla', 0.044), ('Celia', 0.044), ('Latoya', 0.043),
    ('Patty', 0.043), ('Shelia', 0.043), ('Gayle', 0.043), ('Della', 0.043), ('Vicky', 0.043),
    ('Lynne', 0.043), ('Sheri', 0.042), ('Marianne', 0.042),
], 150)
US_M = weighted([
    ('James', 3.318), ('John', 3.271), ('Robert', 3.143), ('Michael', 2.629), ('William', 2.451),
    ('David', 2.363), ('Richard', 1.703), ('Charles', 1.523), ('Joseph', 1.404), ('Thomas', 1.38),
    ('Christopher', 1.035), ('Daniel', 0.974), ('Paul', 0.948), ('Mark', 0.938), ('Donald', 0.931),
    ('George', 0.927), ('Kenneth', 0.826), ('Steven', 0.78), ('Edward', 0.779), ('Brian', 0.736),
    ('Ronald', 0.725), ('Anthony', 0.721), ('Kevin', 0.671), ('Jason', 0.66), ('Matthew', 0.657),
    ('Gary', 0.65), ('Timothy', 0.64), ('Jose', 0.613), ('Larry', 0.598), ('Jeffrey', 0.591),
    ('Frank', 0.581), ('Scott', 0.546), ('Eric', 0.544), ('Stephen', 0.54), ('Andrew', 0.537),
    ('Raymond', 0.488), ('Gregory', 0.441), ('Joshua', 0.435), ('Jerry', 0.432), ('Dennis', 0.415),
    ('Walter', 0.399), ('Patrick', 0.389), ('Peter', 0.381), ('Harold', 0.371), ('Douglas', 0.367),
    ('Henry', 0.365), ('Carl', 0.346), ('Arthur', 0.335), ('Ryan', 0.328), ('Roger', 0.322),
    ('Joe', 0.321), ('Juan', 0.316), ('Jack', 0.315), ('Albert', 0.314), ('Jonathan', 0.313),
    ('Justin', 0.311), ('Terry', 0.311), ('Gerald', 0.309), ('Keith', 0.308), ('Samuel', 0.306),
    ('Willie', 0.302), ('Ralph', 0.282), ('Lawrence', 0.282), ('Nicholas', 0.275), ('Roy', 0.273),
    ('Benjamin', 0.27), ('Bruce', 0.263), ('Brandon', 0.26), ('Adam', 0.259), ('Harry', 0.251),
    ('Fred', 0.251), ('Wayne', 0.249), ('Billy', 0.248), ('Steve', 0.246), ('Louis', 0.243),
    ('Jeremy', 0.242), ('Aaron', 0.24), ('Randy', 0.232), ('Howard', 0.23), ('Eugene', 0.23),
    ('Carlos', 0.229), ('Russell', 0.224), ('Bobby', 0.223), ('Victor', 0.222), ('Martin', 0.216),
    ('Ernest', 0.215), ('Phillip', 0.213), ('Todd', 0.213), ('Jesse', 0.209), ('Craig', 0.206),
    ('Alan', 0.204), ('Shawn', 0.2), ('Clarence', 0.197), ('Sean', 0.197), ('Philip', 0.197),
    ('Chris', 0.197), ('Johnny', 0.195), ('Earl', 0.193), ('Jimmy', 0.191), ('Antonio', 0.19),
    ('Danny', 0.19), ('Bryan', 0.19), ('Tony', 0.19), ('Luis', 0.189), ('Mike', 0.189),
    ('Stanley', 0.186), ('Leonard', 0.186), ('Nathan', 0.185), ('Dale', 0.184), ('Manuel', 0.181),
    ('Rodney', 0.18), ('Curtis', 0.18), ('Norman', 0.177), ('Allen', 0.174), ('Marvin', 0.171),
    ('Vincent', 0.168), ('Glenn', 0.167), ('Jeffery', 0.166), ('Travis', 0.166), ('Jeff', 0.166),
    ('Chad', 0.165), ('Jacob', 0.165), ('Lee', 0.162), ('Melvin', 0.162), ('Alfred', 0.162),
    ('Kyle', 0.16), ('Francis', 0.16), ('Bradley', 0.159), ('Jesus', 0.155), ('Herbert', 0.155),
    ('Frederick', 0.154), ('Ray', 0.153), ('Joel', 0.152), ('Edwin', 0.148), ('Don', 0.145),
    ('Eddie', 0.144), ('Ricky', 0.141), ('Troy', 0.138), ('Randall', 0.138), ('Barry', 0.134),
    ('Alexander', 0.132), ('Bernard', 0.127), ('Mario', 0.125), ('Leroy', 0.125),
    ('Francisco', 0.124), ('Marcus', 0.124), ('Micheal', 0.123), ('Theodore', 0.123),
    ('Clifford', 0.123), ('Miguel', 0.122), ('Oscar', 0.122), ('Jay', 0.118), ('Jim', 0.118),
    ('Tom', 0.117), ('Calvin', 0.115), ('Alex', 0.115), ('Jon', 0.115), ('Ronnie', 0.113),
    ('Bill', 0.112), ('Lloyd', 0.112), ('Tommy', 0.112), ('Leon', 0.112), ('Derek', 0.112),
    ('Warren', 0.11), ('Darrell', 0.108), ('Jerome', 0.108), ('Floyd', 0.107), ('Leo', 0.106),
    ('Alvin', 0.105), ('Tim', 0.104), ('Wesley', 0.104), ('Gordon', 0.104), ('Dean', 0.104),
    ('Greg', 0.104), ('Jorge', 0.104), ('Dustin', 0.103), ('Pedro', 0.103), ('Derrick', 0.103),
    ('Dan', 0.101), ('Lewis', 0.099), ('Zachary', 0.099), ('Corey', 0.098), ('Herman', 0.097),
    ('Maurice', 0.097), ('Vernon', 0.097), ('Roberto', 0.097), ('Clyde', 0.095), ('Glen', 0.094),
    ('Hector', 0.094), ('Shane', 0.093), ('Ricardo', 0.093), ('Sam', 0.092), ('Rick', 0.091),
    ('Lester', 0.091), ('Brent', 0.09), ('Ramon', 0.09), ('Charlie', 0.09), ('Tyler', 0.089),
    ('Gilbert', 0.089), ('Gene', 0.087), ('Marc', 0.087), ('Reginald', 0.084), ('Ruben', 0.082),
    ('Brett', 0.082), ('Angel', 0.082), ('Nathaniel', 0.081), ('Rafael', 0.081), ('Leslie', 0.081),
    ('Edgar', 0.08), ('Milton', 0.08), ('Raul', 0.079), ('Ben', 0.078), ('Chester', 0.078),
    ('Cecil', 0.078), ('Duane', 0.077), ('Franklin', 0.077), ('Andre', 0.076), ('Elmer', 0.074),
    ('Brad', 0.073), ('Gabriel', 0.073), ('Ron', 0.072), ('Mitchell', 0.072), ('Roland', 0.072),
    ('Arnold', 0.072), ('Harvey', 0.072), ('Jared', 0.071), ('Adrian', 0.069), ('Karl', 0.069),
    ('Cory', 0.068), ('Claude', 0.068), ('Erik', 0.068), ('Darryl', 0.067), ('Jamie', 0.066),
    ('Neil', 0.066), ('Jessie', 0.065), ('Christian', 0.065), ('Javier', 0.065),
    ('Fernando', 0.065), ('Clinton', 0.065), ('Ted', 0.064), ('Mathew', 0.064), ('Tyrone', 0.064),
    ('Darren', 0.064), ('Lonnie', 0.064), ('Lance', 0.063), ('Cody', 0.063), ('Julio', 0.063),
    ('Kelly', 0.063), ('Kurt', 0.062), ('Allan', 0.061), ('Nelson', 0.061), ('Guy', 0.06),
    ('Clayton', 0.06), ('Hugh', 0.06), ('Max', 0.059), ('Dwayne', 0.059), ('Dwight', 0.058),
    ('Armando', 0.058), ('Felix', 0.058), ('Jimmie', 0.058), ('Everett', 0.057), ('Jordan', 0.056),
    ('Ian', 0.056), ('Wallace', 0.056), ('Ken', 0.055), ('Bob', 0.055), ('Jaime', 0.055),
    ('Casey', 0.054), ('Alfredo', 0.054), ('Alberto', 0.053), ('Dave', 0.053), ('Ivan', 0.053),
    ('Johnnie', 0.052), ('Sidney', 0.052), ('Byron', 0.052), ('Julian', 0.052), ('Isaac', 0.051),
    ('Morris', 0.051), ('Clifton', 0.05), ('Willard', 0.05), ('Daryl', 0.05), ('Ross', 0.05),
    ('Virgil', 0.049), ('Andy', 0.049), ('Marshall', 0.049), ('Salvador', 0.049), ('Perry', 0.049),
    ('Kirk', 0.049), ('Sergio', 0.049), ('Marion', 0.048), ('Tracy', 0.048), ('Seth', 0.048),
    ('Kent', 0.048), ('Terrance', 0.048), ('Rene', 0.048), ('Eduardo', 0.047), ('Terrence', 0.047),
    ('Enrique', 0.046), ('Freddie', 0.046), ('Wade', 0.045), ('Austin', 0.044), ('Stuart', 0.044),
    ('Fredrick', 0.043), ('Arturo', 0.043), ('Alejandro', 0.043), ('Jackie', 0.043),
    ('Joey', 0.043), ('Nick', 0.043), ('Luther', 0.043), ('Wendell', 0.042), ('Jeremiah', 0.042),
    ('Evan', 0.042), ('Julius', 0.042), ('Dana', 0.042), ('Donnie', 0.041), ('Otis', 0.041),
    ('Shannon', 0.04), ('Trevor', 0.04), ('Oliver', 0.04), ('Luke', 0.04), ('Homer', 0.04),
    ('Gerard', 0.04), ('Doug', 0.04), ('Kenny', 0.039), ('Hubert', 0.039), ('Angelo', 0.039),
    ('Shaun', 0.039), ('Lyle', 0.038), ('Matt', 0.038), ('Lynn', 0.038), ('Alfonso', 0.038),
    ('Orlando', 0.037), ('Rex', 0.037), ('Carlton', 0.037), ('Ernesto', 0.037), ('Cameron', 0.037),
    ('Neal', 0.037), ('Pablo', 0.036), ('Lorenzo', 0.036), ('Omar', 0.036), ('Wilbur', 0.036),
    ('Blake', 0.036), ('Grant', 0.036), ('Horace', 0.036), ('Roderick', 0.036), ('Kerry', 0.036),
    ('Abraham', 0.035), ('Willis', 0.035), ('Rickey', 0.035), ('Jean', 0.035), ('Ira', 0.035),
    ('Andres', 0.034), ('Cesar', 0.034), ('Johnathan', 0.034), ('Malcolm', 0.034),
    ('Rudolph', 0.034), ('Damon', 0.034), ('Kelvin', 0.034), ('Rudy', 0.034), ('Preston', 0.034),
    ('Alton', 0.033), ('Archie', 0.033), ('Marco', 0.033), ('Wm', 0.033), ('Pete', 0.032),
    ('Randolph', 0.032), ('Garry', 0.032), ('Geoffrey', 0.032), ('Jonathon', 0.032),
    ('Felipe', 0.032), ('Bennie', 0.032), ('Gerardo', 0.032), ('Ed', 0.032), ('Dominic', 0.032),
    ('Robin', 0.032), ('Loren', 0.032), ('Delbert', 0.031), ('Colin', 0.031), ('Guillermo', 0.031),
    ('Earnest', 0.031),
], 150)
US_S = weighted([
    ('Smith', 1.006), ('Johnson', 0.81), ('Williams', 0.699), ('Jones', 0.621), ('Brown', 0.621),
    ('Davis', 0.48), ('Miller', 0.424), ('Wilson', 0.339), ('Moore', 0.312), ('Taylor', 0.311),
    ('Anderson', 0.311), ('Thomas', 0.311), ('Jackson', 0.31), ('White', 0.279), ('Harris', 0.275),
    ('Martin', 0.273), ('Thompson', 0.269), ('Garcia', 0.254), ('Martinez', 0.234),
    ('Robinson', 0.233), ('Clark', 0.231), ('Rodriguez', 0.229), ('Lewis', 0.226), ('Lee', 0.22),
    ('Walker', 0.219), ('Hall', 0.2), ('Allen', 0.199), ('Young', 0.193), ('Hernandez', 0.192),
    ('King', 0.19), ('Wright', 0.189), ('Lopez', 0.187), ('Hill', 0.187), ('Scott', 0.185),
    ('Green', 0.183), ('Adams', 0.174), ('Baker', 0.171), ('Gonzalez', 0.166), ('Nelson', 0.162),
    ('Carter', 0.162), ('Mitchell', 0.16), ('Perez', 0.155), ('Roberts', 0.153), ('Turner', 0.152),
    ('Phillips', 0.149), ('Campbell', 0.149), ('Parker', 0.146), ('Evans', 0.141),
    ('Edwards', 0.137), ('Collins', 0.134), ('Stewart', 0.133), ('Sanchez', 0.13),
    ('Morris', 0.125), ('Rogers', 0.123), ('Reed', 0.122), ('Cook', 0.12), ('Morgan', 0.118),
    ('Bell', 0.117), ('Murphy', 0.117), ('Bailey', 0.115), ('Rivera', 0.113), ('Cooper', 0.113),
    ('Richardson', 0.112), ('Cox', 0.11), ('Howard', 0.11), ('Ward', 0.108), ('Torres', 0.108),
    ('Peterson', 0.107), ('Gray', 0.106), ('Ramirez', 0.105), ('James', 0.105), ('Watson', 0.103),
    ('Brooks', 0.103), ('Kelly', 0.102), ('Sanders', 0.1), ('Price', 0.099), ('Bennett', 0.099),
    ('Wood', 0.098), ('Barnes', 0.097), ('Ross', 0.096), ('Henderson', 0.095), ('Coleman', 0.095),
    ('Jenkins', 0.095), ('Perry', 0.094), ('Powell', 0.093), ('Long', 0.092), ('Patterson', 0.092),
    ('Hughes', 0.092), ('Flores', 0.092), ('Washington', 0.092), ('Butler', 0.091),
    ('Simmons', 0.091), ('Foster', 0.091), ('Gonzales', 0.087), ('Bryant', 0.087),
    ('Alexander', 0.085), ('Russell', 0.085), ('Griffin', 0.084), ('Diaz', 0.084), ('Hayes', 0.083),
    ('Myers', 0.083), ('Ford', 0.082), ('Hamilton', 0.082), ('Graham', 0.082), ('Sullivan', 0.081),
    ('Wallace', 0.081), ('Woods', 0.08), ('Cole', 0.08), ('West', 0.08), ('Jordan', 0.078),
    ('Owens', 0.078), ('Reynolds', 0.078), ('Fisher', 0.077), ('Ellis', 0.077), ('Harrison', 0.076),
    ('Gibson', 0.075), ('McDonald', 0.075), ('Cruz', 0.075), ('Marshall', 0.075), ('Ortiz', 0.075),
    ('Gomez', 0.075), ('Murray', 0.074), ('Freeman', 0.074), ('Wells', 0.073), ('Webb', 0.072),
    ('Simpson', 0.07), ('Stevens', 0.07), ('Tucker', 0.07), ('Porter', 0.069), ('Hunter', 0.069),
    ('Hicks', 0.069), ('Crawford', 0.068), ('Henry', 0.068), ('Boyd', 0.068), ('Mason', 0.068),
    ('Morales', 0.067), ('Kennedy', 0.067), ('Warren', 0.067), ('Dixon', 0.066), ('Ramos', 0.066),
    ('Reyes', 0.066), ('Burns', 0.065), ('Gordon', 0.065), ('Shaw', 0.065), ('Holmes', 0.065),
    ('Rice', 0.064), ('Robertson', 0.064), ('Hunt', 0.063), ('Black', 0.063), ('Daniels', 0.062),
    ('Palmer', 0.062), ('Mills', 0.061), ('Nichols', 0.06), ('Grant', 0.06), ('Knight', 0.06),
    ('Ferguson', 0.059), ('Rose', 0.059), ('Stone', 0.059), ('Hawkins', 0.059), ('Dunn', 0.058),
    ('Perkins', 0.058), ('Hudson', 0.058), ('Spencer', 0.057), ('Gardner', 0.057),
    ('Stephens', 0.057), ('Payne', 0.057), ('Pierce', 0.056), ('Berry', 0.056), ('Matthews', 0.056),
    ('Arnold', 0.056), ('Wagner', 0.055), ('Willis', 0.055), ('Ray', 0.055), ('Watkins', 0.055),
    ('Olson', 0.055), ('Carroll', 0.055), ('Duncan', 0.055), ('Snyder', 0.055), ('Hart', 0.054),
    ('Cunningham', 0.054), ('Bradley', 0.054), ('Lane', 0.054), ('Andrews', 0.054), ('Ruiz', 0.054),
    ('Harper', 0.054), ('Fox', 0.053), ('Riley', 0.053), ('Armstrong', 0.053), ('Carpenter', 0.053),
    ('Weaver', 0.053), ('Greene', 0.053), ('Lawrence', 0.052), ('Elliott', 0.052),
    ('Chavez', 0.052), ('Sims', 0.052), ('Austin', 0.052), ('Peters', 0.052), ('Kelley', 0.052),
    ('Franklin', 0.051), ('Lawson', 0.051), ('Fields', 0.051), ('Gutierrez', 0.051),
    ('Ryan', 0.051), ('Schmidt', 0.051), ('Carr', 0.051), ('Vasquez', 0.051), ('Castillo', 0.051),
    ('Wheeler', 0.051), ('Chapman', 0.05), ('Oliver', 0.05), ('Montgomery', 0.049),
    ('Richards', 0.049), ('Williamson', 0.049), ('Johnston', 0.049), ('Banks', 0.048),
    ('Meyer', 0.048), ('Bishop', 0.048), ('McCoy', 0.048), ('Howell', 0.048), ('Alvarez', 0.048),
    ('Morrison', 0.048), ('Hansen', 0.047), ('Fernandez', 0.047), ('Garza', 0.047),
    ('Harvey', 0.047), ('Little', 0.046), ('Burton', 0.046), ('Stanley', 0.046), ('Nguyen', 0.046),
    ('George', 0.046), ('Jacobs', 0.046), ('Reid', 0.046), ('Kim', 0.045), ('Fuller', 0.045),
    ('Lynch', 0.045), ('Dean', 0.045), ('Gilbert', 0.045), ('Garrett', 0.045), ('Romero', 0.045),
    ('Welch', 0.044), ('Larson', 0.044), ('Frazier', 0.044), ('Burke', 0.044), ('Hanson', 0.043),
    ('Day', 0.043), ('Mendoza', 0.043), ('Moreno', 0.043), ('Bowman', 0.043), ('Medina', 0.042),
    ('Fowler', 0.042), ('Brewer', 0.042), ('Hoffman', 0.042), ('Carlson', 0.042), ('Silva', 0.042),
    ('Pearson', 0.042), ('Holland', 0.042), ('Douglas', 0.041), ('Fleming', 0.041),
    ('Jensen', 0.041), ('Vargas', 0.041), ('Byrd', 0.041), ('Davidson', 0.041), ('Hopkins', 0.041),
    ('May', 0.04), ('Terry', 0.04), ('Herrera', 0.04), ('Wade', 0.04), ('Soto', 0.04),
    ('Walters', 0.04), ('Curtis', 0.04), ('Neal', 0.039), ('Caldwell', 0.039), ('Lowe', 0.039),
    ('Jennings', 0.039), ('Barnett', 0.039), ('Graves', 0.039), ('Jimenez', 0.039),
    ('Horton', 0.039), ('Shelton', 0.039), ('Barrett', 0.039), ("O'Brien", 0.039),
    ('Castro', 0.039), ('Sutton', 0.038), ('Gregory', 0.038), ('McKinney', 0.038), ('Lucas', 0.038),
    ('Miles', 0.038), ('Craig', 0.038), ('Rodriquez', 0.037), ('Chambers', 0.037), ('Holt', 0.037),
    ('Lambert', 0.037), ('Fletcher', 0.037), ('Watts', 0.037), ('Bates', 0.037), ('Hale', 0.037),
    ('Rhodes', 0.037), ('Pena', 0.037), ('Beck', 0.037), ('Newman', 0.036), ('Haynes', 0.036),
    ('McDaniel', 0.036), ('Mendez', 0.036), ('Bush', 0.036), ('Vaughn', 0.036), ('Parks', 0.035),
    ('Dawson', 0.035), ('Santiago', 0.035), ('Norris', 0.035), ('Hardy', 0.035), ('Love', 0.035),
    ('Steele', 0.035), ('Curry', 0.035), ('Powers', 0.035), ('Schultz', 0.035), ('Barker', 0.035),
    ('Guzman', 0.034), ('Page', 0.034), ('Munoz', 0.034), ('Ball', 0.034), ('Keller', 0.034),
    ('Chandler', 0.034), ('Weber', 0.034), ('Leonard', 0.034), ('Walsh', 0.033), ('Lyons', 0.033),
    ('Ramsey', 0.033), ('Wolfe', 0.033), ('Schneider', 0.033), ('Mullins', 0.033),
    ('Benson', 0.033), ('Sharp', 0.033), ('Bowen', 0.033), ('Daniel', 0.033), ('Barber', 0.032),
    ('Cummings', 0.032), ('Hines', 0.032), ('Baldwin', 0.032), ('Griffith', 0.032),
    ('Valdez', 0.032), ('Hubbard', 0.032), ('Salazar', 0.032), ('Reeves', 0.032), ('Warner', 0.031),
    ('Stevenson', 0.031), ('Burgess', 0.031), ('Santos', 0.031), ('Tate', 0.031), ('Cross', 0.031),
    ('Garner', 0.031), ('Mann', 0.031), ('Mack', 0.031), ('Moss', 0.031), ('Thornton', 0.031),
    ('Dennis', 0.031), ('McGee', 0.031), ('Farmer', 0.03), ('Delgado', 0.03), ('Aguilar', 0.03),
    ('Vega', 0.03), ('Glover', 0.03), ('Manning', 0.03), ('Cohen', 0.03), ('Harmon', 0.03),
    ('Rodgers', 0.03), ('Robbins', 0.03), ('Newton', 0.03), ('Todd', 0.03), ('Blair', 0.03),
    ('Higgins', 0.03), ('Ingram', 0.03), ('Reese', 0.03), ('Cannon', 0.03), ('Strickland', 0.03),
    ('Townsend', 0.03), ('Potter', 0.03), ('Goodwin', 0.03), ('Walton', 0.03), ('Rowe', 0.029),
    ('Hampton', 0.029), ('Ortega', 0.029), ('Patton', 0.029), ('Swanson', 0.029), ('Joseph', 0.029),
    ('Francis', 0.029), ('Goodman', 0.029), ('Maldonado', 0.029), ('Yates', 0.029),
    ('Becker', 0.029), ('Erickson', 0.029), ('Hodges', 0.029), ('Rios', 0.029), ('Conner', 0.029),
    ('Adkins', 0.029), ('Webster', 0.028), ('Norman', 0.028), ('Malone', 0.028), ('Hammond', 0.028),
    ('Flowers', 0.028), ('Cobb', 0.028), ('Moody', 0.028), ('Quinn', 0.028), ('Blake', 0.028),
    ('Maxwell', 0.028), ('Pope', 0.028), ('Floyd', 0.027), ('Osborne', 0.027), ('Paul', 0.027),
    ('McCarthy', 0.027), ('Guerrero', 0.027), ('Lindsey', 0.027), ('Estrada', 0.027),
    ('Sandoval', 0.027), ('Gibbs', 0.027), ('Tyler', 0.027), ('Gross', 0.027),
    ('Fitzgerald', 0.027), ('Stokes', 0.027), ('Doyle', 0.027), ('Sherman', 0.027),
], 150)

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_F, SV_M, SV_S),
    "finnish": Origin(FI_F, FI_M, FI_S),
    "arabic": Origin(AR_F, AR_M, AR_S),  # Iraq and Syria, Assyrian/Syriac names among them
    "somali": Origin(SO_F, SO_M, SO_S),
    "polish": Origin(PL_F, PL_M, PL_S),
    "persian": Origin(FA_F, FA_M, FA_S),
    "bcs": Origin(YU_F, YU_M, YU_S),  # Bosnia, Serbia, Croatia
    "turkish": Origin(TR_F, TR_M, TR_S),
    "eritrean": Origin(ER_F, ER_M, ER_S),
    "afghan": Origin(AF_F, AF_M, AF_S),
    "thai": Origin(TH_F, TH_M, TH_S),
    "latin": Origin(CL_F, CL_M, CL_S),  # Chile and Latin America: two surnames
    "kurdish": Origin(KU_F, KU_M, KU_S),
    "us": Origin(US_F, US_M, US_S),
    "uk": Origin(UK_F, UK_M, UK_S),
}

# Who is named in a row of each language, roughly as Sweden's population is (and, in English
# rows, as the people who write to a Swedish firm in English are).
MIXES: dict[str, dict[str, float]] = {
    "sv": {"swedish": 68, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
           "somali": 2, "afghan": 1.5, "turkish": 1.5, "kurdish": 1.5, "eritrean": 1.2,
           "thai": 1, "latin": 1, "uk": 0.8, "us": 0.6},
    "en": {"us": 40, "uk": 36, "swedish": 9, "arabic": 2, "polish": 2, "latin": 2, "finnish": 1,
           "somali": 1, "persian": 1, "turkish": 1, "thai": 1, "bcs": 1, "afghan": 0.5,
           "eritrean": 0.5},
    "mixed": {"swedish": 50, "uk": 11, "us": 10, "arabic": 5, "finnish": 3, "polish": 3,
              "bcs": 2.5, "persian": 2.5, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5,
              "afghan": 1.5, "eritrean": 1, "thai": 1, "latin": 1},
}  # fmt: skip

NICK_SV: dict[str, list[str]] = {
    "Lars": ["Lasse"], "Mikael": ["Micke"], "Karl": ["Kalle"], "Per": ["Pelle"],
    "Joakim": ["Jocke"], "Magnus": ["Mange"], "Thomas": ["Tompa"], "Tomas": ["Tompa"],
    "Kristoffer": ["Kricke", "Stoffe"], "Jan": ["Janne"], "Hans": ["Hasse"], "Gustav": ["Gurra", "Gusse"],
    "Bengt": ["Bengan"], "Roger": ["Roffe"], "Rolf": ["Roffe"], "Stefan": ["Steffe"],
    "Mattias": ["Matte"], "Fredrik": ["Fredde"], "Patrik": ["Patte"], "Kenneth": ["Kenta"],
    "Sven": ["Svenne"], "Johan": ["Jojje"], "Leif": ["Leffe"], "Henrik": ["Henke"], "Ulf": ["Uffe"],
    "Tobias": ["Tobbe"], "Marcus": ["Macke"], "Markus": ["Macke"], "Robert": ["Robban"],
    "Daniel": ["Danne"], "Jonas": ["Jonte"], "Sebastian": ["Sebbe"], "Olof": ["Olle"],
    "Nils": ["Nisse"], "Alexander": ["Alex", "Acke"], "Viktor": ["Vicke"], "Christoffer": ["Stoffe"],
    "Göran": ["Göte"], "Kjell": ["Kjelle"], "Anders": ["Ante"], "Andreas": ["Andy"],
    "Niklas": ["Nicke"], "Gunnar": ["Gunne"],
    "Elisabeth": ["Bettan", "Lisa"], "Margareta": ["Maggan", "Greta"], "Kristina": ["Kicki", "Stina"],
    "Christina": ["Kicki", "Tina"], "Katarina": ["Kattis", "Kajsa"], "Susanne": ["Sussie", "Sanna"],
    "Charlotte": ["Lotta"], "Birgitta": ["Bittan", "Gittan"], "Barbro": ["Babsan"],
    "Viktoria": ["Vicky"], "Josefin": ["Josse"], "Madeleine": ["Maddie"], "Matilda": ["Tilda"],
    "Rebecka": ["Becka"], "Annika": ["Anki"], "Caroline": ["Carro"], "Camilla": ["Millan"],
    "Sofia": ["Fia"], "Maria": ["Mia", "Mimmi"], "Ingrid": ["Ninni"], "Monica": ["Mojje"],
    "Jessica": ["Jessi"], "Ann-Christin": ["Ankie"], "Gunilla": ["Gunnis"], "Isabelle": ["Bella"],
}  # fmt: skip
NICK_EN: dict[str, list[str]] = {
    "Elizabeth": ["Liz", "Beth", "Betty"], "Robert": ["Rob", "Bob", "Bobby"], "William": ["Will", "Bill"],
    "Richard": ["Rich", "Rick"], "James": ["Jim", "Jimmy", "Jamie"], "Michael": ["Mike", "Mick"],
    "Christopher": ["Chris"], "Katherine": ["Kate", "Katie"], "Catherine": ["Cathy", "Kate"],
    "Jennifer": ["Jen", "Jenny"], "Margaret": ["Maggie", "Peggy"], "Thomas": ["Tom", "Tommy"],
    "Anthony": ["Tony"], "Daniel": ["Dan", "Danny"], "Joseph": ["Joe"], "Edward": ["Ed", "Eddie", "Ted"],
    "Patricia": ["Pat", "Trish"], "Susan": ["Sue"], "Deborah": ["Debbie"], "Rebecca": ["Becky"],
    "Samantha": ["Sam"], "Alexander": ["Alex"], "Benjamin": ["Ben"], "Nicholas": ["Nick"],
    "Jonathan": ["Jon"], "Matthew": ["Matt"], "Andrew": ["Andy", "Drew"], "David": ["Dave"],
    "Steven": ["Steve"], "Stephen": ["Steve"], "Kenneth": ["Ken", "Kenny"], "Timothy": ["Tim"],
    "Charles": ["Charlie", "Chuck"], "Victoria": ["Vicky", "Tori"], "Jessica": ["Jess"],
    "Kimberly": ["Kim"], "Cynthia": ["Cindy"], "Pamela": ["Pam"], "Donald": ["Don"],
    "Ronald": ["Ron"], "Gregory": ["Greg"], "Jeffrey": ["Jeff"], "Lawrence": ["Larry"],
    "Gerald": ["Gerry"], "Raymond": ["Ray"], "Frederick": ["Fred", "Freddie"], "Philip": ["Phil"],
    "Abigail": ["Abby"], "Eleanor": ["Ellie", "Nell"], "Amelia": ["Millie"], "Oliver": ["Ollie"],
    "Samuel": ["Sam"], "Joshua": ["Josh"], "Nathan": ["Nate"], "Zachary": ["Zach"],
    "Christine": ["Chris"], "Jacqueline": ["Jackie"], "Gillian": ["Gill"], "Alistair": ["Ali"],
    "Barbara": ["Barb"], "Dorothy": ["Dot"], "Theresa": ["Tess"], "Douglas": ["Doug"],
}  # fmt: skip
NICKNAMES: dict[str, dict[str, list[str]]] = {
    "swedish": NICK_SV, "us": NICK_EN, "uk": NICK_EN,
    "finnish": {"Juha": ["Jussi"], "Matti": ["Masa"], "Pekka": ["Pekka"], "Johanna": ["Hanna"]},
    "arabic": {"Mohammed": ["Mo", "Hamoudi"], "Mustafa": ["Mosse"], "Abdullah": ["Abdi"]},
    "persian": {"Mohammad": ["Mo"], "Fatemeh": ["Fati"]},
    "polish": {"Małgorzata": ["Gosia"], "Katarzyna": ["Kasia"], "Aleksandra": ["Ola"],
               "Krzysztof": ["Krzysiek"], "Tomasz": ["Tomek"], "Michał": ["Michał"], "Piotr": ["Piotrek"]},
    "bcs": {"Dragan": ["Gagi"], "Mirza": ["Miki"]},
    "somali": {"Mohamed": ["Moha"], "Fadumo": ["Fadi"]},
    "latin": {"José": ["Pepe"], "Francisco": ["Pancho"], "Francisca": ["Pancha"]},
}  # fmt: skip
