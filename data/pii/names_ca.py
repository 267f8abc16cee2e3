# ruff: noqa: E501
"""Name pools of held-out ca, as the population has them (Python data, stdlib only).

Every list is in the order of how many people carry the name, as the writer knows it from
general knowledge of the public statistics: SCB's name statistics for Sweden (given names by
bearers, women and men; surnames by bearers), the US Census 1990 frequency lists (public domain),
the ONS baby-name rankings and the commonest surnames of England and Wales, and the commonest
given names and surnames of the origins common in Sweden. Weight 1/rank; the head is the top of a
list (150 for the big lists), the tail the rarer names past it. No name was checked against any
list of the project and none was left out for being known or unknown.
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


def pool(text: str, head: int = 0) -> Pool:
    seen: list[str] = []
    for word in text.split():
        word = word.replace("_", " ")  # `von_Platen` is one surname of two words
        if word not in seen:
            seen.append(word)
    if not head:  # the short lists of an origin: the top two fifths are their head
        head = max(8, len(seen) * 2 // 5)
    return Pool(seen, [1 / (i + 1) for i in range(len(seen))], head)


def plain(word: str) -> str:
    """The word without its diacritics, as typed on a keyboard without them (`Wiśniewski` → `Wisniewski`)."""
    word = word.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("æ", "ae").replace("ß", "ss").replace("ı", "i").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it (`Kowalski` → `Kowalska`)."""
    for m, f in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(m):
            return surname[: -len(m)] + f
    return surname


@dataclass
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


# --- Sweden (SCB's order, by bearers) ---------------------------------------------------------
SV_F = pool("""
Maria Elisabeth Anna Kristina Margareta Eva Linnéa Karin Birgitta Marie Ingrid Sara Christina
Emma Kerstin Lena Sofia Helena Ingegerd Johanna Marianne Inger Ulla Maja Louise Katarina Ida
Hanna Elin Julia Elsa Malin Viktoria Susanne Camilla Alice Amanda Anita Monica Gunilla Ulrika
Astrid Annika Matilda Barbro Jenny Frida Ebba Karolina Charlotte Siv Åsa Anette Agneta Ellen
Britt Ella Josefin Therese Irene Wilma Caroline Jessica Ann Lisa Emelie Moa Klara Cecilia Alva
Linda Sandra Carina Gun Yvonne Sofie Helen Lovisa Sonja Madeleine Pia Erika Tove Agnes Ronja
Vera Elvira Freja Stina Signe Ester Märta Berit Anneli Mona Inga Solveig Greta Felicia
Nathalie Mikaela Linn Petra Jennie Angelica Rebecka Isabelle Olivia Saga Tilda Selma Nora
Lilly Ingela Marita Eleonora Lina Emilia Birgit Hedvig Evelina Josefine Tyra Nellie Ines
Majken Viola Gerd Gudrun Ylva Lisbeth Elsie Ingeborg Gunnel Margit Rut Alma Ebba Linnea Clara
Lena Ulrica Annelie Elise Victoria Amelia Iris Hilma Leah Stella Lova
Tuva Thea Nova Livia Meja Edith Ingela Lilian Aina Dagny Gertrud Helga Elvy Inez Vanja Asta
Gunvor Svea Elna Aurora Ragnhild Sigrid Majvor Margot Lilian Isabella Jasmine Sanna Tina
Therése Pernilla Veronica Jeanette Lotta Maud Gunnel Catharina Christine Katrin Anne Helene
Birgitte Kicki Marlene Ewa Åsa Emelia Elina Kajsa Hillevi Idun Juni Lykke Minna Mira Nea Siri
Thyra Elda Dagmar Gullan Gull-Britt Laila Lisa-Lott Mari Mariana Marina Maya Melissa Michaela
Molly Naemi Nadja Nina Noomi Paula Rakel Ronya Rosa Ruth Sabina Sally Signe Silvia Sigun
Solvig Susanna Sylvia Tora Ulla-Britt Unni Vendela Wera Yasmin Ylva-Li Zara Amira Fatima
Leila Sara-Li Hedda Liv Märit Ingalill Britta Britt-Marie Carolina Doris Edit Eivor Ellinor
Emmy Esther Evy Fanny Filippa Gabriella Gisela Gunborg Hjördis Ingrid-Marie Irma Jane Jill
Josefina Kristin Lea Lill Lillemor Linnéa-Maria Lisette Madelene Magdalena Malena Marit
Mathilda Mimmi Mona-Lisa My Nanna Ofelia Olga Ottilia Rebecca Rigmor Saga-Lo Sandy Sigrid-Maria
Signhild Siw Agda Alfhild Anny Benita Bodil Brita Cornelia Edla Elvi Estelle Fride Gulli Hillevi Ingamaj Ingalena Jonna Kim Lejla Liselott Lovis Majlis Meit Nancy Nelly Rosita Saida Senja Sigyn Sölvi Tekla Ulla-Stina Valborg Vivi Vivianne Yrsa  Ann-Christin Anna-Karin Eva-Lena Ann-Sofie Marie-Louise Ann-Britt Inga-Lill Stellan-Maj Svanhild Tindra Tyra-Li Vilma Wivi Wiveka Åse Öjvind-Ina
""".replace("Stellan-Maj ", "").replace("Öjvind-Ina", ""), 150)
SV_M = pool("""
Lars Karl Mikael Anders Johan Per Erik Carl Jan Peter Thomas Daniel Hans Bengt Fredrik Nils
Lennart Magnus Mats Sven Bo Gustav Marcus Björn Andreas Stefan Johannes Ulf Oskar Alexander
Jonas William Niklas Mattias Leif Martin Göran Henrik Christer Mohammad Kjell Rolf Axel Emil
Tommy Anton Håkan Viktor Filip Åke Robert Patrik Christian Tobias Simon Jakob Ingemar Roger
Olof Arne Gunnar David Elias Kent Joakim Hugo Lucas Stig Kenneth Claes Oliver Rickard Sebastian
Adam Gustaf Robin Isak Ludvig Jesper Johnny Torbjörn Emanuel Rune Roland Dan Jonathan Kurt
Ove Tomas Ola Liam Noah Leo Arvid Albin Linus Theo Vincent Max Olle Elliot Viggo Sixten Edvin
Melvin Alfred Josef Love Harry Ivar Wilhelm Holger Sten Tore Kjell-Åke Lars-Erik Per-Olof
Gösta Birger Allan Bertil Folke Sune Gert Lasse Harald Henry Tage Yngve Åsa-Per Conny Jimmy
Dennis Joel Samuel Rasmus Pontus Jacob Ahmad Ali Hampus Benjamin Jens Ronny Rikard Kristoffer
Pär Jörgen Lage Valter Walter Frank Ebbe Egon Eskil Evert Gunnar Helge
Inge Ingvar Jarl Kalle Knut Kristian Morgan Nicklas Nils-Erik Olav Oscar Otto Paul Petter
Philip Ragnar Reidar Roine Rutger Sam Sigvard Stellan Ture Urban Valdemar Vilgot Wille Zacharias
Algot Alvar Ante Aron August Bernt Boris Casper Charlie Colin Douglas Einar Elis Elvin Enar
Erland Eskil Fabian Felix Ferdinand Gabriel Gerhard Gillis Greger Gunder Halvar Hannes
Herbert Hjalmar Ingmar Isidor Jack Jan-Erik Jan-Olov Jim John Jon Josua Julius Kaj Karl-Johan
Kasper Kevin Konrad Leon Lars-Göran Loke Lukas Malte Manfred Melker Milton Mio Mikkel Natanael
Nicolas Noel Odd Orvar Ossian Per-Anders Roy Rune-Olof Sigge Sigurd Stefan-Olof Svante Tage
Ted Teodor Thor Thure Tim Tor Torsten Uno Vidar Vilhelm Waldemar Werner Yngve-Sture Åke-Göran
Östen Adrian Alf Algot Anton-Lars Bror Börje Curt Dick Evald Folke Gregor Gunnar-Bo Hilding
Abbe Adolf Agne Alvin Ansgar Arnold Artur Assar Benny Bertil Björn-Erik Bo-Göran Carl-Johan Dag Eilert Elof Emrik Filip Folke Fritz Gottfrid Gunne Hemming Hugo Ingolf Jens Kjell-Arne Klas Lars-Olof Leopold Linus Mauritz Mårten Nore Ossian Per-Erik Rolf Rudolf Runar Sigfrid Sven-Erik Teodor Tord Torvald Yngvar Åke Örjan  Ivan Kåre Lennox Levi Matteo Mons Nisse Noa Otis Ragge Ruben Sture Sölve Tryggve Verner Ville
""".replace("Åsa-Per ", "").replace("Anton-Lars ", "").replace("Rune-Olof ", "").replace("Stefan-Olof ", "").replace("Yngve-Sture ", "").replace("Åke-Göran", "").replace("Gunnar-Bo ", "").replace("Lasse ", "").replace("Nisse ", "").replace("Ragge ", "").replace("Kalle ", ""), 150)
SV_S = pool("""
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson
Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed Engström Eklund
Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson
Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson
Nordström Mårtensson Lundström Ahmed Viklund Björklund Eliasson Pålsson Hassan Berggren
Sandström Lund Nordin Ström Åberg Hermansson Ekström Holmgren Sundberg Hedlund Dahlberg
Hellström Sjögren Abrahamsson Falk Öberg Andreasson Blom Ek Martinsson Månsson Strand Åkesson
Jonasson Sundström Norberg Ivarsson Hussein Dahl Lindholm Lindblom Ahmadi Lindahl Nordlund
Hedberg Sjöström Lundholm Göransson Löfqvist Edlund Nyman Ekberg Hosseini Adolfsson Söderström
Boström Nordqvist Mohamed Berntsson Hedström Östlund Ottosson Carlsson Nordgren Lindén
Sundqvist Omar Knutsson Wallén Björkman Jacobsson Strömberg Ekman Lindell Forsman Rosén
Malmberg Nordberg Stenberg Hjalmarsson Sundin Abdi Forslund Åström Jensen Backman Borg
Lindkvist Sahlin Bäckström Sjödin Dahlgren Åkerlund Ibrahim Kristiansson Eklöf
Hallberg Skoglund Nylund Lundmark Bylund Fors Lilja Palm Wiklund Nord Sandin Kvist
Åhlund Engman Zetterberg Rydberg Wahlström Hägglund Granath Jeppsson Brandt Ryberg Löfstedt
Thörn Bergkvist Melin Törnqvist Grahn Vikström Norén Ljung Sjölund Hammar Enqvist Frisk
Nygren Rosengren Selin Sved Wennberg Hagström Björkqvist Modig Westerberg Söderlund Hjort
Östberg Strömqvist Lövgren Nordén Gran Sundell Alm Elg Hammarström Ahlberg Stål Wallgren
Kjellberg Kling Ljungberg Lövqvist Ragnarsson Sjöqvist Söder Tell Wall Ågren Blomberg
Carlberg Dahlqvist Engberg Flink Granberg Hedin Holmqvist Jakobsen Kull Liljegren Lönn Mörk
Norling Palmqvist Rask Rehn Sandell Sten Tengvall Thelin Unger Vallin Wester Ahlgren Bjurström
Cederberg Edberg Fagerström Gidlund Hallin Ingvarsson Jernberg Kronberg Ljunggren Moberg
Nerman Pihl Rönnqvist Schön Stenlund Svedberg Tjäder Udd Vass Westin Yngvesson Zackrisson
Ålund Öhman Farah Warsame Yusuf Jama Khalil Mahmoud Saleh Karimi Rahimi Rezaei Yilmaz Kaya
von_Platen af_Klercker von_Schantz De_Geer Wachtmeister von_Essen af_Ugglas Bielke
Stjernswärd von_Rosen Lewenhaupt Silfverschiöld Gyllenhammar af_Trolle
""", 150)

# --- Finland ----------------------------------------------------------------------------------
FI_F = pool("Maria Helena Johanna Anneli Kaarina Marjatta Anna Inkeri Tuulikki Hannele Liisa Sofia Aino Päivi Tuula Minna Sari Tiina Anne Pirjo Riitta Eila Leena Satu Marja Emilia Aila Seija Merja Outi Kirsi Hilkka Sirpa Elina Aune Heli Raili Ritva Pirkko Taina Sanna Jaana")
FI_M = pool("Juhani Johannes Olavi Antero Tapani Kalevi Mikael Matti Ilmari Timo Pekka Kari Jukka Mikko Markku Jari Antti Juha Heikki Hannu Seppo Ari Petri Janne Pentti Sami Veikko Jussi Esa Raimo Eino Tuomas Ville Lauri Aleksi Eero Tapio Jorma Erkki Risto")
FI_S = pool("Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hiltunen Pesonen Kärkkäinen Toivonen Räsänen Hakala Seppälä Kettunen Leinonen Kallio Puustinen Moilanen Väisänen Harju")

# --- Arabic: Iraq, Syria (with Assyrian/Syriac names) -----------------------------------------
AR_F = pool("Fatima Maryam Zainab Noor Sara Aya Rania Hiba Layla Amal Huda Rana Dalia Yasmin Lina Reem Nour Hanan Samira Amira Salma Rasha Shahad Ghada Suha Maha Ban Marwa Hala Shirin Nisrin Lamia Raghad Marta Ninve Sham Jana Dima Bushra Widad")
AR_M = pool("Mohammed Ahmed Ali Hassan Hussein Omar Mustafa Khalid Ibrahim Abdullah Youssef Mahmoud Karim Hamid Jamal Tariq Samir Haidar Saad Fadi Rami Bassam Firas Ammar Wissam Nabil Adnan Louay Majid Salim Ayman Zaid Hadi Sami Walid Ziad Sargon Ninos Gabriel Elias Yaqub Malek")
AR_S = pool("Ali Mohammed Hassan Hussein Ahmed Ibrahim Abbas Jaber Khalil Saleh Mahmoud Al-Saadi Al-Rubaie Al-Obaidi Al-Jaberi Kadhim Jassim Hamid Abdullah Al-Hashimi Haddad Khoury Darwish Nasser Mansour Ismail Yousef Al-Bayati Al-Tamimi Al-Khafaji Sulaiman Hanna Yacoub Gabriel Aho Barsom Issa Toma Aziz Shamoun")

# --- Somalia ----------------------------------------------------------------------------------
SO_F = pool("Fadumo Hodan Amina Sahra Hawa Ayaan Nimo Khadra Faduma Asha Sagal Ifrah Hamdi Ubah Deeqa Ilhan Hibo Sucaad Shukri Maryan Muna Ladan Ikran Naima Hamda Ruqiya Anisa Ayan Nasra Idil")
SO_M = pool("Mohamed Abdi Ahmed Ali Hassan Abdullahi Omar Yusuf Ismail Abdirahman Abdulkadir Mahad Liban Said Farah Osman Hussein Abdiaziz Mukhtar Khalid Ibrahim Bashir Jama Guled Nuur Aden Warsame Hamza Yasin Sharmarke")
SO_S = pool("Mohamed Abdi Ahmed Ali Hassan Omar Yusuf Ismail Farah Osman Hussein Jama Warsame Aden Abdullahi Mohamud Nur Hersi Elmi Dahir Egal Gedi Duale Salad Isse Mire Hirsi Abdulle Musse Samatar Yasin")

# --- Poland (masculine forms; `feminine` gives the women's) ------------------------------------
PL_F = pool("Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Elżbieta Magdalena Joanna Zofia Monika Teresa Danuta Natalia Aleksandra Karolina Marta Beata Dorota Justyna Jadwiga Halina Paulina Grażyna Iwona Ewelina Kinga Marzena Weronika Urszula Wiktoria Julia Agata")
PL_M = pool("Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Jakub Adam Stanisław Łukasz Marek Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Jerzy Ryszard Kamil Maciej Rafał Robert Dawid Jacek Sławomir Bartosz Przemysław Kacper Szymon Artur Sebastian Henryk")
PL_S = pool("Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Wojciechowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Stępień Malinowski Jaworski Adamczyk Dudek Górski Pawlak Sikora Walczak Baran")

# --- Iran (Persian) ---------------------------------------------------------------------------
FA_F = pool("Fatemeh Zahra Maryam Masoumeh Zeynab Parisa Shirin Leila Mahsa Nasrin Roya Azadeh Samira Narges Shadi Mina Neda Sara Yasaman Farzaneh Mitra Golnaz Parvin Soheila Elham Niloufar Bahar Setareh Tara Ladan")
FA_M = pool("Mohammad Ali Hossein Reza Mehdi Amir Hamid Mohsen Saeed Majid Behzad Babak Farhad Kourosh Dariush Arash Omid Navid Peyman Siavash Hamed Kaveh Shahram Bijan Payam Ramin Afshin Ehsan Pouya Nima")
FA_S = pool("Mohammadi Hosseini Ahmadi Rezaei Moradi Karimi Jafari Rahimi Hashemi Mousavi Ghorbani Sadeghi Heydari Kazemi Rostami Bagheri Akbari Ebrahimi Nazari Azizi Tehrani Amini Yazdani Shahbazi Farahani Esfahani Norouzi Soltani Asadi Zamani")

# --- Former Yugoslavia (Bosnian, Serbian, Croatian) --------------------------------------------
BCS_F = pool("Amra Emina Jasmina Lejla Selma Amela Aida Mirela Ana Marija Ivana Jelena Dragana Snežana Milica Vesna Sanja Maja Tanja Gordana Mersiha Azra Senada Nermina Edina Alma Dijana Biljana Mirjana Nataša")
BCS_M = pool("Emir Amir Edin Adnan Mirza Senad Nermin Haris Samir Elvir Dragan Zoran Goran Milan Nenad Dejan Stefan Marko Ivan Ante Josip Tomislav Zlatan Mehmed Kemal Almir Muhamed Damir Dino Davor")
BCS_S = pool("Hodžić Hadžić Begić Mehmedović Hasanović Delić Kovačević Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Horvat Babić Marić Jurić Novak Kovačić Knežević Mujić Salihović Ahmetović Čaušević Imamović Husić Selimović Omerović Pavlović")

# --- Turkey (with Kurdish names common among those from Turkey, Iraq and Syria) ---------------
TR_F = pool("Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Sultan Merve Esra Özlem Leyla Derya Gül Hülya Songül Nazlı Dilan Rojda Berfin Zilan Nazê Evin Jiyan Ronahî Helin Avesta Şirin Narin")
TR_M = pool("Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah Mahmut Kemal Emre Burak Serkan Kawa Rebin Dilshad Azad Shvan Baran Diyar Zana Botan")
TR_S = pool("Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Aksoy Barzani Mustafa Kurdi Ahmad Rasul Amin Qadir")

# --- Eritrea and Ethiopia ---------------------------------------------------------------------
ER_F = pool("Helen Senait Saba Luwam Selam Rahel Yordanos Freweini Tsega Mebrat Semhar Ruta Hiwet Winta Meron Elsa Feven Abeba Almaz Azieb Hanna Tirhas Nebiat Eden Mahlet")
ER_M = pool("Yonas Daniel Samuel Tesfay Berhane Mehari Dawit Yohannes Habte Kidane Filmon Robel Efrem Teklay Amanuel Mussie Michael Goitom Biniam Henok Abel Semere Natnael Haile Tedros")
ER_S = pool("Tesfay Gebremedhin Haile Berhane Kidane Tekle Mehari Ghebreyesus Habte Woldemichael Andemariam Tesfamariam Gebru Asmerom Yohannes Ghirmay Weldu Abraha Negash Okbazghi Zerai Mebrahtu Hagos Tewolde Kahsay")

# --- Afghanistan ------------------------------------------------------------------------------
AF_F = pool("Fatima Zahra Maryam Shabnam Farida Nazanin Mariam Freshta Parwana Zarghona Sadaf Mursal Yalda Khadija Mahbooba Shakila Laila Roya Nilofar Malalai Soraya Tahmina Gulalai Hamida Nargis")
AF_M = pool("Mohammad Ahmad Ali Abdul Mustafa Hamid Rahim Karim Sayed Jawad Hussain Omid Rahmatullah Nasir Faridoon Sohrab Mirwais Ajmal Javid Hamidullah Shafiq Bilal Masoud Zabihullah Naveed")
AF_S = pool("Ahmadi Mohammadi Hussaini Rahimi Karimi Sultani Hakimi Amiri Noori Haidari Rezai Sadat Stanikzai Popal Durrani Wardak Safi Qaderi Jalali Nazari Rasuli Azimi Habibi Barakzai Hotak")

# --- Thailand ---------------------------------------------------------------------------------
TH_F = pool("Siriporn Supaporn Nattaya Sunisa Kanya Porntip Wanida Jiraporn Malee Pranee Somjai Ratana Daranee Nong Kanokwan Pimchanok Suda Orathai Naree Yupin Anong Wipada Achara Chalida Ploy")
TH_M = pool("Somchai Somsak Prasert Sompong Anan Wichai Chatchai Kittisak Nattapong Surachai Thanawat Pichai Boonmee Sakda Arthit Niran Prayut Tanawat Chaiwat Somboon")
TH_S = pool("Saetang Srisuk Wongsawat Chaiyaporn Sukprasert Boonyarat Phromma Kaewkla Thongdee Jaidee Suwannarat Rattanakorn Saelim Charoenrat Inthasorn Phongphan Kittikhun Sombat Wongsuwan Panyadee")

# --- Chile and Latin America (two surnames) ----------------------------------------------------
LA_F = pool("María Carolina Francisca Catalina Javiera Camila Valentina Daniela Constanza Fernanda Paula Gabriela Andrea Claudia Patricia Verónica Marcela Alejandra Natalia Isidora Sofía Antonia Josefa Ximena Paz")
LA_M = pool("José Juan Luis Carlos Jorge Francisco Pedro Cristián Rodrigo Felipe Sebastián Matías Diego Nicolás Pablo Gonzalo Alejandro Andrés Ignacio Tomás Benjamín Vicente Manuel Víctor Mauricio")
LA_S = pool("González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez Castro Vargas Álvarez Vásquez Sánchez Fernández")

# --- The US (Census 1990 lists, in their order) ------------------------------------------------
US_F = pool("""
Mary Patricia Linda Barbara Elizabeth Jennifer Maria Susan Margaret Dorothy Lisa Nancy Karen
Betty Helen Sandra Donna Carol Ruth Sharon Michelle Laura Sarah Kimberly Deborah Jessica Shirley
Cynthia Angela Melissa Brenda Amy Anna Rebecca Virginia Kathleen Pamela Martha Debra Amanda
Stephanie Carolyn Christine Marie Janet Catherine Frances Ann Joyce Diane Alice Julie Heather
Teresa Doris Gloria Evelyn Jean Cheryl Mildred Katherine Joan Ashley Judith Rose Janice Kelly
Nicole Judy Christina Kathy Theresa Beverly Denise Tammy Irene Jane Lori Rachel Marilyn Andrea
Kathryn Louise Sara Anne Jacqueline Wanda Bonnie Julia Ruby Lois Tina Phyllis Norma Paula Diana
Annie Lillian Emily Robin Peggy Crystal Gladys Rita Dawn Connie Florence Tracy Edna Tiffany
Carmen Rosa Cindy Grace Wendy Victoria Edith Kim Sherry Sylvia Josephine Thelma Shannon Sheila
Ethel Ellen Elaine Marjorie Carrie Charlotte Monica Esther Pauline Emma Juanita Anita Rhonda
Hazel Amber Eva Debbie April Leslie Clara Lucille Jamie Joanne Eleanor Valerie Danielle Megan
Alicia Suzanne Michele Gail Bertha Darlene Veronica Jill Erin Geraldine Lauren Cathy Joann
Lorraine Lynn Sally Regina Erica Beatrice Dolores Bernice Audrey Yvonne Annette June Samantha
Marion Dana Stacy Ana Renee Ida Vivian Roberta Holly Brittany Melanie Loretta Yolanda Jeanette
Laurie Katie Kristen Vanessa Alma Sue Elsie Beth Jeanne Vicki Carla Tara Rosemary Eileen Terri
Gertrude Lucy Tonya Ella Stacey Wilma Gina Kristin Jessie Natalie Agnes Vera Willie Charlene
Bessie Delores Melinda Pearl Arlene Maureen Colleen Allison Tamara Joy Georgia Constance Lillie
Claudia Jackie Marcia Tanya Nellie Minnie Marlene Heidi Glenda Lydia Viola Courtney Marian
Stella Caroline Dora Jo Vickie Mattie Terry Maxine Irma Mabel Marsha Myrtle Lena Christy Deanna
Patsy Hilda Gwendolyn Jennie Nora Margie Nina Cassandra Leah Penny Kay Priscilla Naomi Carole
Brandy Olga Billie Dianne Tracey Leona Jenny Felicia Sonia Miriam Velma Becky Bobbie Violet
Kristina Toni Misty Mae Shelly Daisy Ramona Sherri Erika Katrina Claire
""", 150)
US_M = pool("""
James John Robert Michael William David Richard Charles Joseph Thomas Christopher Daniel Paul
Mark Donald George Kenneth Steven Edward Brian Ronald Anthony Kevin Jason Matthew Gary Timothy
Jose Larry Jeffrey Frank Scott Eric Stephen Andrew Raymond Gregory Joshua Jerry Dennis Walter
Patrick Peter Harold Douglas Henry Carl Arthur Ryan Roger Joe Juan Jack Albert Jonathan Justin
Terry Gerald Keith Samuel Willie Ralph Lawrence Nicholas Roy Benjamin Bruce Brandon Adam Harry
Fred Wayne Billy Steve Louis Jeremy Aaron Randy Howard Eugene Carlos Russell Bobby Victor Martin
Ernest Phillip Todd Jesse Craig Alan Shawn Clarence Sean Philip Chris Johnny Earl Jimmy Antonio
Danny Bryan Tony Luis Mike Stanley Leonard Nathan Dale Manuel Rodney Curtis Norman Allen Marvin
Vincent Glenn Jeffery Travis Jeff Chad Jacob Lee Melvin Alfred Kyle Francis Bradley Jesus
Herbert Frederick Ray Joel Edwin Don Eddie Ricky Troy Randall Barry Alexander Bernard Mario
Leroy Francisco Marcus Micheal Theodore Clifford Miguel Oscar Jay Jim Tom Calvin Alex Jon
Ronnie Bill Lloyd Tommy Leon Derek Warren Darrell Jerome Floyd Leo Alvin Tim Wesley Gordon
Dean Greg Jorge Dustin Pedro Derrick Dan Lewis Zachary Corey Herman Maurice Vernon Roberto
Clyde Glen Hector Shane Ricardo Sam Rick Lester Brent Ramon Charlie Tyler Gilbert Gene Marc
Reginald Ruben Brett Angel Nathaniel Rafael Leslie Edgar Milton Raul Ben Chester Cecil Duane
Franklin Andre Elmer Brad Gabriel Ron Mitchell Roland Arnold Harvey Jared Adrian Karl Cory
Claude Erik Darryl Jamie Neil Jessie Christian Javier Fernando Clinton Ted Mathew Tyrone Darren
Lonnie Lance Cody Julio Kelly Kurt Allan Nelson Guy Clayton Hugh Max Dwayne Dwight Armando
Felix Jimmie Everett Jordan Ian Wallace Ken Bob Jaime Casey Alfredo Alberto Dave Ivan Johnnie
Sidney Byron Julian Isaac Morris Clifton Willard Daryl Ross Virgil Andy Marshall Salvador
Perry Kirk Sergio Marion Tracy Seth Kent Terrance Rene Eduardo Terrence Enrique Freddie Wade
""", 150)
US_S = pool("""
Smith Johnson Williams Jones Brown Davis Miller Wilson Moore Taylor Anderson Thomas Jackson
White Harris Martin Thompson Garcia Martinez Robinson Clark Rodriguez Lewis Lee Walker Hall
Allen Young Hernandez King Wright Lopez Hill Scott Green Adams Baker Gonzalez Nelson Carter
Mitchell Perez Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Sanchez
Morris Rogers Reed Cook Morgan Bell Murphy Bailey Rivera Cooper Richardson Cox Howard Ward
Torres Peterson Gray Ramirez James Watson Brooks Kelly Sanders Price Bennett Wood Barnes Ross
Henderson Coleman Jenkins Perry Powell Long Patterson Hughes Flores Washington Butler Simmons
Foster Gonzales Bryant Alexander Russell Griffin Diaz Hayes Myers Ford Hamilton Graham Sullivan
Wallace Woods Cole West Jordan Owens Reynolds Fisher Ellis Harrison Gibson Mcdonald Cruz
Marshall Ortiz Gomez Murray Freeman Wells Webb Simpson Stevens Tucker Porter Hunter Hicks
Crawford Henry Boyd Mason Morales Kennedy Warren Dixon Ramos Reyes Burns Gordon Shaw Holmes
Rice Robertson Hunt Black Daniels Palmer Mills Nichols Grant Knight Ferguson Rose Stone Hawkins
Dunn Perkins Hudson Spencer Gardner Stephens Payne Pierce Berry Matthews Arnold Wagner Willis
Ray Watkins Olson Carroll Duncan Snyder Hart Cunningham Bradley Lane Andrews Ruiz Harper Fox
Riley Armstrong Carpenter Weaver Greene Lawrence Elliott Chavez Sims Austin Peters Kelley
Franklin Lawson Fields Gutierrez Ryan Schmidt Carr Vasquez Castillo Wheeler Chapman Oliver
Montgomery Richards Williamson Johnston Banks Meyer Bishop Mccoy Howell Alvarez Morrison Hansen
Fernandez Garza Harvey Little Burton Stanley Nguyen George Jacobs Reid Fuller Lynch Dean Gilbert
Garrett Romero Welch Larson Frazier Burke Hanson Day Mendoza Moreno Bowman Medina Fowler Brewer
Hoffman Carlson Silva Pearson Holland Douglas Fleming Jensen Vargas Byrd Davidson Hopkins May
Terry Herrera Wade Soto Walters Curtis Neal Caldwell Lowe Jennings Barnett Graves Jimenez
Horton Shelton Barrett Obrien Castro Sutton Gregory Mckinney Lucas Miles Craig Rodriquez Chambers
Holt Lambert Fletcher Watts Bates Hale Rhodes Pena Beck Newman Haynes Mcdaniel Mendez Bush
Vaughn Parks Dawson Santiago Norris Hardy Love Steele Curry Powers Schultz Barker Guzman Page
Munoz Ball Keller Chandler Weber Leonard Walsh Lyons Ramsey Wolfe Schneider Mullins Benson Sharp
Bowen Daniel Barber Cummings Hines Baldwin Griffith Valdez Hubbard Salazar Reeves Warner
Stevenson Burgess Santos Tate Cross Garner Mann Mack Moss Thornton Dennis Mcgee Farmer Delgado
Aguilar Vega Glover Manning Cohen Harmon Rodgers Robbins Newton Todd Blair Higgins Ingram Reese
Cannon Strickland Townsend Potter Goodwin Walton Rowe Hampton Ortega Patton Swanson Joseph
Francis Goodman Maldonado Yates Becker Erickson Hodges Rios Conner Adkins Webster Norman Malone
""", 150)

# --- The UK (ONS baby-name rankings; commonest surnames of England and Wales; Irish ones) -------
UK_F = pool("""
Olivia Amelia Isla Ava Mia Ivy Lily Isabella Rosie Sophia Grace Willow Freya Florence Emily
Ella Poppy Evie Elsie Charlotte Evelyn Sienna Sofia Daisy Phoebe Sophie Alice Harper Matilda
Ruby Emilia Maya Isabelle Millie Eva Luna Jessica Lucy Layla Esme Aria Mila Arabella Hallie Imogen
Elizabeth Harriet Thea Ellie Scarlett Erin Chloe Emma Holly Megan Katie Hannah Lauren Rebecca
Amy Bethany Jade Abigail Zoe Molly Georgia Eleanor Victoria Natalie Samantha Laura Kirsty
Claire Nicola Joanne Rachel Helen Sarah Louise Lisa Kelly Donna Michelle Karen Julie Tracey
Susan Deborah Alison Caroline Amanda Jane Catherine Jennifer Elaine Gillian Dawn Angela Fiona
Siobhan Aoife Niamh Ciara Saoirse Sinead Orla Roisin Caoimhe Aisling Gemma Stacey Leanne
Kayleigh Chelsea Paige Shannon Jodie Danielle Charlie Beatrice Penelope Violet Ottilie Clara
Margot Maisie Lilly Eliza Martha Edith Nancy Iris Robyn Zara Summer Lola Heidi Bonnie Ada
Gracie Orla Maeve Mollie Lacey Lexi Darcie Lottie Annabelle Jasmine Amber Bella Rose Esther
Faith Hope Tilly Lydia Heather Kerry Maxine Sharon Jacqueline Pauline Lynne Janet Carol Linda
Margaret Patricia Maureen Brenda Sheila Eileen Doreen Joan Jean Barbara Shirley Valerie
Beverley Mandy Lesley Hazel Wendy Yvonne Shona Morag Kirsteen Eilidh Ailsa Mhairi Catriona
""", 120)
UK_M = pool("""
Muhammad Noah Oliver George Leo Arthur Oscar Theodore Freddie Theo Archie Alfie Jack Henry
Charlie Finley Jacob Lucas Thomas Harry Isaac Teddy Tommy Edward Alexander James William Joshua
Max Reggie Mohammed Ronnie Hugo Louie Albie Elijah Rory Arlo Ezra Jude Sonny Albert Hunter
Harrison Samuel Daniel Benjamin Matthew David Christopher Michael Andrew John Robert Paul Mark
Richard Stephen Peter Anthony Ian Gary Steven Simon Martin Kevin Darren Craig Jason Lee Wayne
Dean Carl Neil Stuart Graham Colin Keith Alan Brian Kenneth Trevor Nigel Derek Barry Terence
Ryan Liam Connor Callum Kieran Luke Adam Nathan Jamie Aaron Bradley Jordan Ben Joe Sam Tom
Dylan Tyler Kyle Lewis Owen Ethan Logan Jake Mason Toby Reuben Stanley Frederick Ralph Jenson
Seán Ciarán Cian Oisín Darragh Eoin Conor Niall Declan Padraig Fergus Ruairi Ewan Fraser Hamish
Angus Alasdair Euan Gareth Rhys Dafydd Gethin Iwan Owain Emrys Ieuan Huw Aled Dominic
Sebastian Felix Rupert Hugh Giles Jasper Barnaby Tobias Laurence Clive Malcolm Roger Geoffrey
Raymond Dennis Leonard Frank Roy Harold Ronald Donald Gordon Douglas Norman Eric Bernard Maurice
Frankie Bobby Jenson Kai Caleb Zachary Elliot Jayden Riley Harley Jax Brody Felix Ellis Carter
Sidney Ollie Alfred Rowan Chester Otis Ernie Vinnie Jesse Gabriel Nathaniel Abdul Ibrahim Yusuf
""", 120)
UK_S = pool("""
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
Francis Rees Hayes Hart Hudson Newman Barrett Webster Hunter Gregory Carr Lowe Page Marsh
Riley Dunn Woods Parsons Berry Stone Reid Holland Hawkins Harding Porter Robertson Newton Oliver
Reed Kennedy Williamson Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry Burgess Bishop
Walton Burns Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls Hamilton Byrne Sutton
McDonald Yates Hodgson Robson Curtis Hopkins O'Connor Harper Coleman Watkins Moss McCarthy
Chambers O'Neill Griffin Sharp Hardy Wheeler Potter Osborne Johnston Gordon Doyle Wallace George
Jordan Hutchinson Rowe Burke May Pritchard Gilbert Willis Higgins Read Miles Stevenson Stephenson
Hammond Arnold Buckley Walsh Lynch Quinn Gallagher Doherty Kavanagh Brennan Fitzgerald Power
Nolan Daly Murray Dunne Keane Maguire Farrell Kehoe MacLeod MacDonald Fraser Cameron Sinclair
Drummond Buchanan Ferguson Hendry Llewellyn Pugh Bevan Prosser Vaughan Hale Kirby Sykes Ashworth
""", 120)

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_F, SV_M, SV_S),
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
    "us": Origin(US_F, US_M, US_S),
    "uk": Origin(UK_F, UK_M, UK_S),
}

# Who is named, per language of the row, roughly as Sweden's population and the UK's are.
MIXES: dict[str, dict[str, float]] = {
    "sv": {"swedish": 70, "arabic": 6, "finnish": 3.5, "polish": 2.5, "bcs": 2.5, "persian": 2.5, "somali": 2, "turkish": 2, "afghan": 1.8, "eritrean": 1.3, "thai": 1, "latin": 1, "us": 0.6, "uk": 0.6},
    "en": {"uk": 46, "us": 28, "swedish": 8, "polish": 4, "arabic": 3, "somali": 1.5, "persian": 1.5, "turkish": 1.5, "latin": 1.5, "finnish": 1, "bcs": 1, "afghan": 1, "thai": 0.6, "eritrean": 0.6},
    "mixed": {"swedish": 52, "uk": 11, "us": 9, "arabic": 5, "finnish": 3, "polish": 3, "persian": 2.5, "bcs": 2.5, "somali": 2, "turkish": 2, "afghan": 1.5, "eritrean": 1.2, "thai": 1, "latin": 1.2},
}

# Short forms and nicknames as people write them, per origin and given name.
NICK_SV = {
    "Lars": ["Lasse"], "Mikael": ["Micke", "Mike"], "Karl": ["Kalle"], "Per": ["Pelle", "Pecka"],
    "Johan": ["Jocke", "Jojje"], "Joakim": ["Jocke"], "Peter": ["Pete", "Peppe"], "Thomas": ["Tompa", "Tomas"],
    "Daniel": ["Danne"], "Hans": ["Hasse"], "Fredrik": ["Fredde"], "Nils": ["Nisse"], "Magnus": ["Mange"],
    "Mats": ["Matte"], "Sven": ["Svenne"], "Gustav": ["Gurra", "Gus"], "Marcus": ["Macke"], "Björn": ["Björne"],
    "Andreas": ["Andy", "Dres"], "Stefan": ["Steffe"], "Jonas": ["Jonte"], "Niklas": ["Nicke"], "Mattias": ["Matte"],
    "Göran": ["Göte"], "Henrik": ["Henke"], "Christer": ["Kicke"], "Kenneth": ["Kenta"], "Roger": ["Rogge"],
    "Tobias": ["Tobbe"], "Robert": ["Robban"], "Patrik": ["Patte"], "Christian": ["Chrille"], "Ragnar": ["Ragge"],
    "Jesper": ["Jeppe"], "Sebastian": ["Sebbe"], "Alexander": ["Alex", "Acke"], "Anders": ["Anden"], "Torbjörn": ["Tobbe"],
    "Elisabeth": ["Lisa", "Bettan", "Lisbeth"], "Margareta": ["Maggan", "Greta"], "Kristina": ["Stina", "Kicki"],
    "Christina": ["Kicki", "Tina"], "Birgitta": ["Gittan", "Bittan"], "Katarina": ["Kattis", "Kajsa"],
    "Charlotte": ["Lotta"], "Susanne": ["Sussie", "Sanna"], "Viktoria": ["Vicky", "Tora"], "Johanna": ["Hanna", "Jossan"],
    "Josefin": ["Jossan"], "Karolina": ["Lina", "Kajsa"], "Elin": ["Ellie"], "Camilla": ["Millan"], "Annika": ["Anki"],
    "Ann-Christin": ["Ankan"], "Anna": ["Annie"], "Gunilla": ["Gunnis"], "Helena": ["Lena"], "Ulrika": ["Ullis"],
    "Malin": ["Malle"], "Therese": ["Tessan"], "Frida": ["Fridde"], "Madeleine": ["Madde"], "Matilda": ["Tilda", "Tilde"],
    "Caroline": ["Carro"], "Jessica": ["Jessie"], "Agneta": ["Agge"], "Kerstin": ["Kersti"],
}
NICK_EN = {
    "Elizabeth": ["Liz", "Beth", "Lizzie"], "Robert": ["Rob", "Bob", "Bobby"], "William": ["Will", "Bill", "Billy"],
    "James": ["Jim", "Jamie"], "Michael": ["Mike", "Mick"], "Richard": ["Rich", "Dick"], "Thomas": ["Tom", "Tommy"],
    "Christopher": ["Chris"], "Daniel": ["Dan", "Danny"], "Matthew": ["Matt"], "Anthony": ["Tony"], "Jennifer": ["Jen", "Jenny"],
    "Margaret": ["Maggie", "Peggy", "Meg"], "Katherine": ["Kate", "Katie"], "Catherine": ["Cathy", "Kate"], "Patricia": ["Pat", "Trish"],
    "Rebecca": ["Becky", "Becca"], "Samantha": ["Sam"], "Alexander": ["Alex"], "Benjamin": ["Ben"], "Joseph": ["Joe"],
    "Edward": ["Ed", "Ted"], "Stephen": ["Steve"], "Steven": ["Steve"], "Nicholas": ["Nick"], "Jonathan": ["Jon"],
    "Victoria": ["Vicky"], "Deborah": ["Debbie"], "Susan": ["Sue"], "Kenneth": ["Ken"], "Charles": ["Charlie", "Chuck"],
    "Samuel": ["Sam"], "Frederick": ["Fred", "Freddie"], "Gareth": ["Gaz"], "Abigail": ["Abby"], "Eleanor": ["Ellie", "Nell"],
    "Andrew": ["Andy"], "David": ["Dave"], "Peter": ["Pete"], "Timothy": ["Tim"], "Gregory": ["Greg"], "Jacqueline": ["Jackie"],
}
NICK_OTHER = {
    "Mohammed": ["Mo"], "Mohammad": ["Mo"], "Mohamed": ["Mo"], "Abdirahman": ["Abdi"], "Abdullahi": ["Abdi"],
    "Aleksandra": ["Ola"], "Małgorzata": ["Gosia"], "Katarzyna": ["Kasia"], "Krzysztof": ["Krzysiek"], "Tomasz": ["Tomek"],
    "Juhani": ["Jussi"], "Matti": ["Masa"], "Fatemeh": ["Fati"], "Mehmet": ["Memo"], "Francisco": ["Pancho"], "José": ["Pepe"],
}
NICKNAMES: dict[str, dict[str, list[str]]] = {
    "swedish": NICK_SV, "us": NICK_EN, "uk": NICK_EN,
    "arabic": NICK_OTHER, "somali": NICK_OTHER, "polish": NICK_OTHER, "finnish": NICK_OTHER,
    "persian": NICK_OTHER, "turkish": NICK_OTHER, "latin": NICK_OTHER, "afghan": NICK_OTHER,
}
