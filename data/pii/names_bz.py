# ruff: noqa: E501
"""Name pools of held-out bz (the vet's clinic and the pet insurer), a fifty-seventh writer.

Names by population frequency only, written from general knowledge: Swedish given names and
surnames in the order of SCB's name statistics (weight 1/rank; a head and a tail of rarer names),
the US Census 1990 lists (public domain) in their order, the ONS baby names and common surnames
for the UK, and the commonest names of origins common in Sweden. No name was checked against any
list of the project and none was left out for being known or unknown.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from a list's head with this share, else from its tail


@dataclass
class Pool:
    names: list[str]
    weights: list[float]
    head: int  # names[:head] is the head of the list


def ranked(text: str, head: int) -> Pool:
    names = list(dict.fromkeys(w.replace("_", " ") for w in text.split()))  # `von_Platen`: one name
    head = min(head, len(names) - max(1, len(names) // 5))  # a tail is always left
    return Pool(names, [1 / (i + 1) for i in range(len(names))], head)


@dataclass
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def plain(word: str) -> str:
    """The word typed without its letters' marks (`Wiśniewski` -> `Wisniewski`)."""
    out = unicodedata.normalize("NFKD", word.replace("ł", "l").replace("Ł", "L").replace("ı", "i"))
    return "".join(ch for ch in out if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    for end, fem in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(end):
            return surname[: -len(end)] + fem
    return surname


# Sweden (SCB's name statistics, all bearers; head = the first 150).
SV_F = ranked("""
Maria Elisabeth Anna Kristina Margareta Eva Linnéa Karin Birgitta Marie Ingrid Sofia Emma
Christina Kerstin Sara Lena Helena Johanna Inger Ulla Cecilia Malin Elin Ida Louise Hanna Gunilla
Jenny Linda Susanne Monica Viktoria Ulrika Elsa Julia Marianne Annika Charlotte Ella Alice Camilla
Amanda Josefin Katarina Astrid Ingegerd Matilda Åsa Frida Therese Maja Siv Anette Barbro Agneta
Gun Anneli Ebba Moa Wilma Lisa Klara Madeleine Yvonne Britt Jessica Lovisa Emelie Alexandra Lina
Caroline Ann Ellen Felicia Isabelle Petra Helen Carina Erika Margit Rebecka Gunnel Alva Saga Agnes
Olivia Stina Ingela Lisbeth Ann-Marie Vera Ronja Nathalie Mona Anita Elisabet Britt-Marie Gunhild
Vendela Märta Signe Tove Irene Pia Emilia Tilda Nellie Ingeborg Sigrid Ann-Christin Sandra Therése
Jennifer Mikaela Ebba Lilly Wilhelmina Selma Ester Greta Elvira Evelina Hedvig Ylva Maud Ewa Rut
Kajsa Mia Ebba Isabella Molly Nora Stella Freja Thea Tuva Liv Elise Leia Majken Sonja Anna-Karin
Ronja Gerd Solveig Dagmar Ingela Madelene Emmy Agnes Tyra Iris Nova Edith Hilda Laila Berit
Marita Gunvor Karolina Josefine Ida Lena Maj Margaretha Lillemor Ulla-Britt Harriet Helén Inga
Svea Rose-Marie Ingalill Kicki Lilian Lotta Paula Paulina Sabina Saga Hillevi Britta Charlotta
Eleonora Fanny Filippa Juni Meja Mira Alma Elina Esther Frideborg Gudrun Gullan Hjördis Irma
Jeanette Lovis Lisen Malva Matilde Minna Nadja Olga Ottilia Sigbritt Sunniva Tindra Vilma Yasmin
Annelie Cornelia Desirée Elly Evy Gunborg Hanne Idun Jasmine Katrin Kristin Lollo Louisa Maj-Britt
Margot Mirjam Nanna Ninni Ragnhild Rakel Rigmor Ronja Rut Sally Siri Solbritt Svanhild Tora Ulrica
Vivianne Åse Anki Anne Bodil Cajsa Dagny Elinor Emilie Gertrud Ines Jill Kim Laura
Lea Leona Lykke Majvor Märit Nicole Patricia Pernilla Rebecca Regina Ritva Sofie Tina Tova Tuula
Vanja Viveka Zara Agda Alfhild Anneli Asta Beatrice Benita Clara Doris Elfrida Elna Elvy
Estelle Gisela Gunn Helga Henrietta Ingbritt Isa Jolin Julie Kaisa Kristel Lillie Lisette Liselott
Magdalena Mai Malou Marika Mathilda Mimmi Minou Noomi Ofelia Oline Ottilia Pauline Rosa Saida
Selina Svanhild Tekla Tilde Valborg Verna Vivan Wera Yrsa Åsa-Lena Ann-Sofie Eva-Lena Karin-Marie
Mari Meta Nelly Rosita Sanna Signhild Sylvia Tea Thyra Tora Ulla-Karin Vilhelmina 
""", 150)
SV_M = ranked("""
Lars Karl Mikael Anders Johan Erik Per Peter Carl Jan Thomas Daniel Fredrik Hans Andreas Nils
Stefan Mats Bengt Lennart Marcus Alexander Magnus Sven Jonas Bo Gustav Oskar Martin Leif Niklas
Björn David Henrik Ulf Christer Viktor Tommy Johannes Rolf Emil Robert Mattias Simon Axel Göran
Patrik Sebastian Roger Anton Filip Kent Joakim Christian Kjell William Erik Rickard Gunnar Ingemar
Oliver Tobias Olof Hugo Åke Lucas Jakob Arne Elias Kenneth Adam Isak Ludvig Linus Håkan Emanuel
Kurt Claes Rune Sten Jimmy Jesper Dan Ove Ronny Robin Torbjörn Albin Mohammed Gösta Edvin Noah
Kristoffer Arvid Jonathan Liam Samuel Theo Ali Jörgen Tord Holger Harald Wilhelm Melvin Vincent
Elliot Felix Love Hampus Casper Rasmus Max Leo Alfred Olle Sixten Folke Birger Ingvar Tage Valter
Kevin Dennis Erland Urban Conny Tomas Mohamed Benjamin Charlie Ebbe Frans Gabriel Harry Ivar
Karl-Johan Per-Olof Lars-Erik Jan-Erik Hugo Manfred Matti Morgan Ola Otto Pontus Roland Sture
Sune Torsten Ture Uno Vilhelm Östen Algot Arnold Bertil Börje Einar Elof Evert Gert Gunder Helge
Hilding Ingvald Jarl Josef Knut Lage Lennie Lorentz Malte Mauritz Nore Ossian Ragnar Sigvard
Stig Tor Torgny Valdemar Yngve Alvar Alve Arvid Bruno Colin Dante Edward Eddie Elis Ebbe Folke
Frank Gottfried Halvar Henning Iwan Jack John Julius Kasper Leon Loke Lukas Malcolm Milo Neo
Nicklas Odd Orvar Petter Reidar Sam Sigge Svante Teodor Tim Tore Vidar Wille Wiktor Zakarias
Ante Arne-Olov Assar Benny Bernt Boris Curt Egon Emrik Enar Eskil Ferdinand Fritz Gerhard Gillis
Gustaf Hadar Hjalmar Inge Jan-Olof Jens Jerker Joel Jon Kalle Keijo Krister Lars-Göran Lasse
Lenny Mårten Nicolas Nils-Erik Ola Olav Ove Pelle Percy Rikard Ruben Sigurd Staffan Sverker
Thor Tjelvar Ulrik Vilgot Wilmer Yousef Åsmund Anton Agne Alf Allan Aron Bror Carl-Johan Dag
Douglas Elmer Erling Fabian Gunne Hannes Helmer Henry Hilmer Ingmar Ivan Jacob Jarmo Jonny Kim
Kristian Leopold Lars-Olof Linnar Magne Matteus Nils-Olof Oscar Otto Pär Per-Anders Ragne Ralf
Ronnie Sander Sigvald Sölve Thure Tomas Torvald Valle Viggo Werner Wiking Hasse Tommie
Ante Gideon Isidor Joar Mio Nemo Oliwer Rudolf Tuve Vide
""", 150)
SV_S = ranked("""
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson
Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Carlsson Petersson Lindström Magnusson Lindqvist
Lindgren Olofsson Berg Axelsson Bergström Lundberg Lundgren Jakobsson Berglund Sandberg Fredriksson
Mattsson Forsberg Henriksson Sjöberg Wallin Ali Engström Mohammed Eklund Danielsson Lundin Håkansson
Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Fransson Bergqvist Nyström Holmberg
Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström Mårtensson Lundström Ahmed Viklund
Björklund Eliasson Pålsson Berggren Sandström Lund Nordin Ström Åberg Hermansson Ekström Holmgren
Sundberg Hedlund Dahlberg Hellström Sjögren Abrahamsson Falk Martinsson Öberg Andreasson Strömberg
Månsson Hassan Blom Åkesson Jonasson Sundström Norberg Ivarsson Lindholm Åström Lindahl Sandén
Nordqvist Hussein Lind Ek Holmqvist Ekman Dahl Jacobsson Lindell Sundqvist Ottosson Sjöström
Mohamed Ström Borg Nordlund Lundqvist Bergkvist Söderström Hedberg Sundin Göransson Lindblom
Ahmadi Hosseini Wahlström Fors Jensen Mohammad Hedström Lindén Kristiansson Åkerman Eriksson
Nyman Sköld Nordgren Hallberg Lindroth Hedman Berntsson Skoglund Öhman Sjödin Rask Lindh Hall
Wiklund Thorén Westerberg Dahlgren Sundell Vikström Lilja Ekberg Backman Brandt Hagström
Bäckström Strand Grahn Svärd Roos Ekholm Forsman Mörk Palm Malmberg Nygren Kjellberg Edlund
Engman Ekdahl Rydberg Åkerlund Modig Lindkvist Bohlin Söderlund Sahlin Stenberg Öst Hjalmarsson
Boström Törnqvist Ahlberg Kvist Rosén Sjölund Alm Östlund Wester Hjelm Granberg Hammar Vestin
Axelsson Bylund Ceder Dahlström Edvardsson Forslund Grönlund Hult Järvinen Knutsson Lagerqvist
Melin Nord Ohlsson Pihl Quist Rehn Sandell Thulin Ullman Valfridsson Wennberg Zetterberg Åhlin
Ödman Almqvist Bodin Cederholm Dahlqvist Ehrenberg Fagerström Gerdin Hagman Ingvarsson
Jeppsson Kronberg Lindmark Mossberg Norén Orrby Pehrsson Ringqvist Stålhammar Tegnér Uddén Vallin
Welander Ydström Åslund Bergenholtz Burman Ceijer Dufva Elg Fridh Grip Hallin Holmström Jarl
Kallin Lagerlöf Marklund Nilsdotter Olander Pihlgren Renström Segerström Tillberg Unger Vinberg
Wall Zackrisson Abrahamson Björnsdotter Carlberg Degerman Enqvist Flodin Gyllenhammar Hörnell
Ivre Jernberg Kärrman Lönn Meijer Nordenskiöld Oscarsson Rudberg Stake Trygg Wahlberg
von_Platen af_Klercker von_Essen af_Ugglas von_Rosen Lewenhaupt Wachtmeister Bonde Stiernstedt
Sparre Oxenstierna De_Geer Posse Gyllensvärd Kuylenstierna Silfverschiöld Ankarcrona Cederschiöld
Adlercreutz Skogh Strömgren Sörensen Jovanovic Nguyen Virtanen Yilmaz Kowalski Rahimi Haddad Warsame
""", 150)

# Finland (the Population Register's commonest).
FI = Origin(
    ranked("Maria Helena Johanna Anneli Kaarina Marjatta Anna Liisa Annikki Hannele Tuula Päivi Riitta Sari Pirjo Kirsi Minna Tiina Merja Leena Satu Eija Aino Aila Sanna Heidi Jaana Kaisa Outi Ritva Tarja Marja Sirpa Elina", 12),
    ranked("Juhani Johannes Olavi Antero Tapani Kalevi Matti Mikael Timo Pekka Jari Kari Juha Mikko Markku Antti Jukka Hannu Heikki Seppo Ilkka Esa Tuomas Pentti Veikko Jouni Sami Petri Harri Raimo Reijo Ville", 12),
    ranked("Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hiltunen Hakala Leinonen Kallio", 12),
)
ARABIC = Origin(  # Iraq and Syria, with Assyrian/Syriac names
    ranked("Fatima Maryam Zainab Noor Sara Aya Hiba Rana Lina Layla Amira Yasmin Huda Rasha Dalia Reem Shaimaa Zahra Nour Ruqaya Samira Hanan Rania Ghada Marwa Afrah Sham Nisreen Shamiram Ninorta", 12),
    ranked("Mohammed Ahmed Ali Hussein Omar Mustafa Hassan Khaled Yousef Abdullah Ibrahim Mahmoud Karim Haider Ammar Saif Mazin Bassam Rami Tarek Firas Wissam Ayman Samer Fadi Louay Hamza Bilal Ninos Aziz", 12),
    ranked("Ali Mohammed Hassan Hussein Ahmed Ibrahim Abdullah Khalil Saleh Haddad Jaber Al-Rubaie Al-Saadi Kadhim Hamid Mahmoud Salman Jasim Yousef Khoury Aziz Al-Jaburi Abbas Karim Darwish Gabriel Shabo Hanna Barsom Aho Issa Yacoub", 12),
)
SOMALI = Origin(
    ranked("Fadumo Amina Hodan Sahra Hawa Ayaan Asha Halima Faiza Ifrah Khadra Nasra Ubah Sagal Hibo Deeqa Ladan Maryan Sucaad Ilhan", 10),
    ranked("Mohamed Abdi Ahmed Ali Hassan Abdirahman Abdullahi Omar Yusuf Ismail Farah Abdikarim Mahad Liban Hamza Warsame Said Guled Khalid Bashir", 10),
    ranked("Mohamed Abdi Ahmed Ali Hassan Omar Farah Warsame Osman Hussein Yusuf Ismail Jama Nur Aden Abdullahi Elmi Egal Hersi Dahir Duale Mohamud", 10),
)
POLISH = Origin(
    ranked("Anna Katarzyna Maria Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Elżbieta Joanna Aleksandra Monika Zofia Teresa Natalia Danuta Julia Marta Beata Dorota Karolina Justyna Paulina", 12),
    ranked("Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Stanisław Jakub Adam Marek Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Jerzy Rafał Kamil Robert Przemysław", 12),
    ranked("Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Wojciechowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński", 12),
)
PERSIAN = Origin(
    ranked("Fatemeh Zahra Maryam Narges Leila Shirin Mina Parisa Nasrin Roya Sara Azadeh Golnar Mahsa Neda Samira Yasaman Shabnam Ladan Parvin Niloufar Sepideh", 10),
    ranked("Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Majid Behrouz Dariush Farhad Kourosh Babak Arash Omid Payam Siamak Kaveh Navid Pejman Shahram", 10),
    ranked("Mohammadi Hosseini Ahmadi Rezaei Karimi Moradi Jafari Rahimi Hashemi Mousavi Rostami Sadeghi Kazemi Ghorbani Azizi Amini Tehrani Shirazi Nazari Najafi Bagheri Ebrahimi", 10),
)
BCS = Origin(  # former Yugoslavia
    ranked("Amra Emina Jasmina Mirela Lejla Selma Azra Snežana Dragana Jelena Milica Ivana Marija Ana Sanja Vesna Suzana Gordana Senada Alma Mersiha Edina", 10),
    ranked("Emir Adnan Amir Mirza Senad Edin Haris Nikola Marko Dragan Zoran Goran Milan Dejan Stefan Ivan Nenad Zlatan Damir Mehmed Elvir Kenan", 10),
    ranked("Hodžić Hadžić Begić Hasanović Mehmedović Delić Husić Kovačević Ćosić Jovanović Petrović Nikolić Marković Đorđević Stojanović Popović Ilić Horvat Babić Marić Jurić Novak Knežević Šarić", 10),
)
TURKISH = Origin(
    ranked("Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Sultan Esra Derya Büşra Gül Hülya Özlem Sevgi Aylin Dilek Songül Nurcan", 10),
    ranked("Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Ömer Yusuf Emre Burak Serkan Kemal Osman Cem Kaan Volkan Tolga Erkan", 10),
    ranked("Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz", 10),
)
ERITREAN = Origin(
    ranked("Helen Senait Selam Mihret Saba Tsega Rahel Meron Luwam Yordanos Hiwet Eden Ruta Feven Semhar Winta Aster Lidya", 10),
    ranked("Yonas Daniel Samuel Tesfay Mehari Filmon Biniam Dawit Robel Habtom Kibrom Yohannes Tekle Amanuel Berhane Ghirmay Henok Efrem", 10),
    ranked("Tesfaye Gebremedhin Tekle Haile Berhane Kidane Mehari Ghebre Tesfamariam Woldu Yohannes Habte Negash Asfaha Gebru Kahsay Mebrahtu Ghirmai", 10),
)
AFGHAN = Origin(
    ranked("Fatima Maryam Zahra Shabana Nargis Farishta Mursal Parwana Sahar Laila Zarifa Malalai Hasina Marzia Nilofar Sadaf Frozan Mahbooba", 10),
    ranked("Mohammad Ahmad Ali Mustafa Abdul Hamid Rahim Farid Jawad Javid Sayed Sohrab Wahid Nasir Najib Rahmatullah Ehsan Hamidullah Baktash Ramin", 10),
    ranked("Ahmadi Hosseini Rahimi Mohammadi Karimi Noori Haidari Sultani Amiri Jafari Rezai Sadat Stanikzai Popalzai Nazari Azizi Hakimi Safi Wardak Yusufzai", 10),
)
THAI = Origin(
    ranked("Siriporn Supaporn Malee Sunisa Pranee Kanokwan Nattaya Wanida Jintana Ratana Somjai Orapin Duangjai Pornthip Sasithorn Kulap Naree Anong", 10),
    ranked("Somchai Somsak Sompong Prasert Chaiwat Anan Surachai Niran Wichai Kittisak Thanakorn Nattapong Sakchai Pichit Boonmee Weerapong", 10),
    ranked("Saelim Srisuk Thongdee Wongsawat Chaiyaporn Boonsong Sukjai Phromma Saetang Kaewkham Ruangsri Janpen Inthasorn Sombat Pattana Khamsing", 10),
)
LATIN = Origin(  # Chile and Latin America, two surnames
    ranked("María Ana Carolina Daniela Francisca Camila Javiera Valentina Constanza Paula Catalina Claudia Patricia Verónica Andrea Marcela Gabriela Lorena Paola Ximena", 10),
    ranked("José Juan Luis Carlos Jorge Francisco Manuel Pedro Cristián Sebastián Rodrigo Felipe Matías Diego Pablo Alejandro Gonzalo Andrés Víctor Claudio", 10),
    ranked("González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez", 10),
)
KURDISH = Origin(
    ranked("Roj Berfin Rojda Dilan Evin Helin Jiyan Nazdar Shilan Zhilwan Avin Bahar Gulistan Havin Kalê Newroz Ronahi Shirin", 10),
    ranked("Azad Rebin Diyar Hemin Karwan Shvan Rekar Dara Serwan Bawan Aram Soran Kawa Rizgar Zana Baran Dilshad Hiwa", 10),
    ranked("Barzani Talabani Ahmed Rasul Mahmud Qadir Karim Hama Amin Mustafa Aziz Salih Omer Hawrami Baban Jaff Zangana Sharif", 10),
)
US = Origin(  # Census 1990, dist.female.first / dist.male.first / dist.all.last, in order
    ranked("""Mary Patricia Linda Barbara Elizabeth Jennifer Maria Susan Margaret Dorothy Lisa Nancy Karen
Betty Helen Sandra Donna Carol Ruth Sharon Michelle Laura Sarah Kimberly Deborah Jessica Shirley
Cynthia Angela Melissa Brenda Amy Anna Rebecca Virginia Kathleen Pamela Martha Debra Amanda Stephanie
Carolyn Christine Marie Janet Catherine Frances Ann Joyce Diane Alice Julie Heather Teresa Doris
Gloria Evelyn Jean Cheryl Mildred Katherine Joan Ashley Judith Rose Janice Kelly Nicole Judy
Christina Kathy Theresa Beverly Denise Tammy Irene Jane Lori Rachel Marilyn Andrea Kathryn Louise
Sara Anne Jacqueline Wanda Bonnie Julia Ruby Lois Tina Phyllis Norma Paula Diana Annie Lillian Emily
Robin Peggy Crystal Gladys Rita Dawn Connie Florence Tracy Edna Tiffany Carmen Rosa Cindy Grace
Wendy Victoria Edith Kim Sherry Sylvia Josephine Thelma Shannon Sheila Ethel Ellen Elaine Marjorie
Carrie Charlotte Monica Esther Pauline Emma Juanita Anita Rhonda Hazel Amber Eva Debbie April Leslie
Clara Lucille Jamie Joanne Eleanor Valerie Danielle Megan Alicia Suzanne Michele Gail Bertha Darlene
Veronica Jill Erin Geraldine Lauren Cathy Joann Lorraine Lynn Sally Regina Erica Beatrice Dolores
Bernice Audrey Yvonne Annette June Samantha Marion Dana Stacy Ana Renee Ida Vivian Roberta Holly
Brittany Melanie Loretta Yolanda Jeanette Laurie Katie Kristen Vanessa Alma Sue Elsie Beth Jeanne""", 150),
    ranked("""James John Robert Michael William David Richard Charles Joseph Thomas Christopher Daniel Paul
Mark Donald George Kenneth Steven Edward Brian Ronald Anthony Kevin Jason Matthew Gary Timothy Jose
Larry Jeffrey Frank Scott Eric Stephen Andrew Raymond Gregory Joshua Jerry Dennis Walter Patrick
Peter Harold Douglas Henry Carl Arthur Ryan Roger Joe Juan Jack Albert Jonathan Justin Terry Gerald
Keith Samuel Willie Ralph Lawrence Nicholas Roy Benjamin Bruce Brandon Adam Harry Fred Wayne Billy
Steve Louis Jeremy Aaron Randy Howard Eugene Carlos Russell Bobby Victor Martin Ernest Phillip Todd
Jesse Craig Alan Shawn Clarence Sean Philip Chris Johnny Earl Jimmy Antonio Danny Bryan Tony Luis
Mike Stanley Leonard Nathan Dale Manuel Rodney Curtis Norman Allen Marvin Vincent Glenn Jeffery
Travis Jeff Chad Jacob Lee Melvin Alfred Kyle Francis Bradley Jesus Herbert Frederick Ray Joel Edwin
Don Eddie Ricky Troy Randall Barry Alexander Bernard Mario Leroy Francisco Marcus Micheal Theodore
Clifford Miguel Oscar Jay Jim Tom Calvin Alex Jon Ronnie Bill Lloyd Tommy Leon Derek Warren Darrell
Jerome Floyd Leo Alvin Tim Wesley Gordon Dean Greg Jorge Dustin Pedro Derrick Dan Lewis Zachary
Corey Herman Maurice Vernon Roberto Clyde Glen Hector Shane Ricardo Sam Rick Lester Brent Ramon""", 150),
    ranked("""Smith Johnson Williams Jones Brown Davis Miller Wilson Moore Taylor Anderson Thomas Jackson White
Harris Martin Thompson Garcia Martinez Robinson Clark Rodriguez Lewis Lee Walker Hall Allen Young
Hernandez King Wright Lopez Hill Scott Green Adams Baker Gonzalez Nelson Carter Mitchell Perez
Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Sanchez Morris Rogers Reed Cook
Morgan Bell Murphy Bailey Rivera Cooper Richardson Cox Howard Ward Torres Peterson Gray Ramirez James
Watson Brooks Kelly Sanders Price Bennett Wood Barnes Ross Henderson Coleman Jenkins Perry Powell
Long Patterson Hughes Flores Washington Butler Simmons Foster Gonzales Bryant Alexander Russell
Griffin Diaz Hayes Myers Ford Hamilton Graham Sullivan Wallace Woods Cole West Jordan Owens Reynolds
Fisher Ellis Harrison Gibson Mcdonald Cruz Marshall Ortiz Gomez Murray Freeman Wells Webb Simpson
Stevens Tucker Porter Hunter Hicks Crawford Henry Boyd Mason Morales Kennedy Warren Dixon Ramos Reyes
Burns Gordon Shaw Holmes Rice Robertson Hunt Black Daniels Palmer Mills Nichols Grant Knight Ferguson
Rose Stone Hawkins Dunn Perkins Hudson Spencer Gardner Stephens Payne Pierce Berry Matthews Arnold
Wagner Willis Ray Watkins Olson Carroll Duncan Snyder Hart Cunningham Bradley Lane Andrews Ruiz
Harper Fox Riley Armstrong Carpenter Weaver Greene Lawrence Elliott Chavez Sims Austin Peters Kelley
Franklin Lawson Fields Gutierrez Ryan Schmidt Carr Vasquez Castillo Wheeler Chapman Oliver Montgomery
Richards Williamson Johnston Banks Meyer Bishop Mccoy Howell Alvarez Morrison Hansen Fernandez Garza
Harvey Little Burton Stanley Nguyen George Jacobs Reid Fuller Lynch Dean Gilbert Garrett Romero
Welch Larson Frazier Burke Hanson Day Mendoza Moreno Bowman Medina Fowler Brewer Hoffman Carlson""", 150),
)
UK = Origin(  # ONS baby names (several decades) and the commonest surnames
    ranked("""Olivia Amelia Isla Ava Emily Sophia Grace Mia Poppy Ella Lily Evie Isabella Sophie Ivy Freya
Harper Willow Charlotte Jessica Rosie Daisy Alice Florence Sienna Phoebe Matilda Elsie Evelyn Ruby
Sarah Emma Claire Laura Rebecca Gemma Rachel Lisa Nicola Joanne Kelly Helen Amy Hannah Lauren
Katie Chloe Jennifer Victoria Louise Samantha Michelle Karen Susan Julie Deborah Tracey Amanda
Jacqueline Alison Angela Elizabeth Margaret Patricia Jane Caroline Fiona Kate Lucy Abigail Megan
Holly Bethany Jade Leanne Stacey Natalie Danielle Zoe Kirsty Hayley Jodie Charlene Gillian Lynne
Wendy Pauline Jean Maureen Janet Sheila Brenda Dorothy Joan Pamela Gail Carol Beverley Catherine
Eleanor Harriet Imogen Georgia Maisie Millie Erin Eva Jasmine Summer Scarlett Martha Esme Beatrice
Ellie Molly Niamh Aisha Zara Maryam Lydia Anna Alexandra Naomi Heather Yvonne Lorraine Denise""", 130),
    ranked("""Oliver George Noah Arthur Muhammad Leo Harry Oscar Archie Henry Theodore Freddie Jack Charlie
Thomas James William Jacob Alfie Joshua Daniel David Michael Paul Andrew Mark Richard Christopher
Stephen Peter John Robert Ian Gary Steven Darren Craig Lee Jamie Matthew Adam Ryan Luke Liam Ben
Samuel Joseph Callum Connor Lewis Kieran Nathan Dominic Simon Neil Martin Graham Kevin Keith Colin
Alan Brian Philip Tony Wayne Dean Stuart Gareth Rhys Owen Dylan Ethan Mason Logan Finley Reuben
Ronnie Albert Edward Alexander Max Louis Toby Harvey Isaac Elliot Tommy Jude Rory Hugo Sebastian
Frederick Barry Derek Trevor Roy Terry Kenneth Raymond Malcolm Gordon Nigel Clive Geoffrey Ross
Euan Fraser Angus Calum Niall Declan Ciaran Aidan Callan Kai Zain Ibrahim Yusuf Omar""", 130),
    ranked("""Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson
Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner Martin
Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott Phillips Watson
Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson Bailey Collins Bell
Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams Singh Begum Wilkinson
Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain Campbell Matthews Owen Palmer Holmes
Mills Barnes Knight Lloyd Butler Russell Barker Fisher Stevens Jenkins Murray Dixon Harvey Graham
Pearson Ahmed Fletcher Walsh Kaur Gibson Howard Andrews Stewart Elliott Reynolds Saunders Payne Fox
Ford Pearce Day Brooks West Lawrence Cole Atkinson Bradley Spencer Gill Dawson Ball Burton O'Brien
Watts Rose Booth Perry Ryan Grant Wells Armstrong Francis Rees Hayes Hart Hudson Newman Barrett
Webster Hunter Gregory Carr Lowe Page Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland Hawkins
Harding Porter Robertson Newton Oliver Reed Kennedy Williamson Bird Gardner Shah Dean Lane Cooke
Bates Henderson Parry Burgess Bishop Walsh McDonald Macdonald O'Connor O'Sullivan Byrne Doyle Kavanagh""", 150),
)
INDIAN = Origin(
    ranked("Priya Anjali Neha Pooja Sunita Kavita Deepa Anita Lakshmi Divya Meera Shreya Ananya Aditi Nisha Rekha Sneha Swati", 10),
    ranked("Rahul Amit Rajesh Sanjay Vikram Arjun Rohit Suresh Anil Ravi Vijay Karthik Sandeep Arun Nikhil Pradeep Aditya Manoj", 10),
    ranked("Patel Sharma Singh Kumar Gupta Shah Reddy Iyer Nair Rao Joshi Mehta Verma Desai Pillai Menon Agarwal Chatterjee Kapoor Bose", 10),
)

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_F, SV_M, SV_S), "finnish": FI, "arabic": ARABIC, "somali": SOMALI,
    "polish": POLISH, "persian": PERSIAN, "bcs": BCS, "turkish": TURKISH, "eritrean": ERITREAN,
    "afghan": AFGHAN, "thai": THAI, "latin": LATIN, "kurdish": KURDISH, "us": US, "uk": UK,
    "indian": INDIAN,
}  # fmt: skip

# Who is named, by the language of the row (roughly as Sweden's population and the UK's/US's are).
MIXES: dict[str, dict[str, float]] = {
    "sv": {"swedish": 70, "arabic": 5.5, "finnish": 3.5, "polish": 2.5, "bcs": 2.5, "persian": 2.2,
           "somali": 1.8, "turkish": 1.5, "kurdish": 1.3, "eritrean": 1.2, "afghan": 1.5, "thai": 1.0,
           "latin": 1.0, "indian": 0.8, "us": 0.6, "uk": 0.6},
    "en": {"uk": 40, "us": 36, "swedish": 9, "indian": 5, "arabic": 2, "polish": 2, "latin": 1.5,
           "finnish": 1, "turkish": 1, "somali": 0.8, "persian": 0.8, "thai": 0.5},
    "mixed": {"swedish": 52, "uk": 11, "us": 9, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
              "persian": 2.5, "indian": 2, "somali": 1.5, "turkish": 1.5, "kurdish": 1.5,
              "afghan": 1.5, "eritrean": 1, "latin": 1, "thai": 1},
}  # fmt: skip

# Short forms and nicknames as people write them.
NICK_SV = {
    "Lars": ["Lasse"], "Mikael": ["Micke"], "Elisabeth": ["Bettan", "Lisa"], "Karl": ["Kalle"],
    "Per": ["Pelle"], "Joakim": ["Jocke"], "Magnus": ["Mange"], "Thomas": ["Tompa"],
    "Tomas": ["Tompa"], "Charlotte": ["Lotta"], "Charlotta": ["Lotta"], "Susanne": ["Sussie"],
    "Kristina": ["Kicki", "Stina"], "Christina": ["Kicki", "Stina"], "Margareta": ["Maggan"],
    "Marcus": ["Mackan"], "Fredrik": ["Fredde"], "Johan": ["Jojje"], "Hans": ["Hasse"],
    "Göran": ["Gurra"], "Gustav": ["Gurra", "Gustaf"], "Anders": ["Affe"], "Jan": ["Janne"],
    "Leif": ["Leffe"], "Robert": ["Robban"], "Kenneth": ["Kenta"], "Patrik": ["Patte"],
    "Christer": ["Kricke"], "Andreas": ["Andy"], "Alexander": ["Alex"], "Sebastian": ["Sebbe"],
    "Ingegerd": ["Inga"], "Birgitta": ["Bigge", "Gittan"], "Margit": ["Maggan"],
    "Katarina": ["Kattis"], "Viktoria": ["Vickan"], "Jessica": ["Jessie"], "Kerstin": ["Kerre"],
    "Annika": ["Anki"], "Marianne": ["Mian"], "Ulrika": ["Ullis"], "Ingrid": ["Ingan"],
    "Camilla": ["Millan"], "Josefin": ["Jossan"], "Therese": ["Tessan"], "Helena": ["Lena"],
    "Rasmus": ["Rasse"], "Niklas": ["Nicke"], "Kristoffer": ["Kristoffer", "Krille"],
    "Emanuel": ["Manne"], "Tobias": ["Tobbe"], "Torbjörn": ["Tobbe"], "Jonas": ["Jonte"],
    "Daniel": ["Danne"], "Mattias": ["Matte"], "Stefan": ["Steffe"], "Albin": ["Abbe"],
}  # fmt: skip
NICK_EN = {
    "Elizabeth": ["Liz", "Beth", "Lizzie"], "Robert": ["Rob", "Bob", "Robbie"], "William": ["Will", "Bill"],
    "Michael": ["Mike", "Mick"], "James": ["Jim", "Jamie"], "Jennifer": ["Jen", "Jenny"],
    "Christopher": ["Chris"], "Katherine": ["Kate", "Kathy"], "Catherine": ["Cathy", "Kate"],
    "Margaret": ["Maggie", "Peggy"], "Richard": ["Rich", "Dick"], "Thomas": ["Tom", "Tommy"],
    "Daniel": ["Dan", "Danny"], "Matthew": ["Matt"], "Samantha": ["Sam"], "Alexandra": ["Alex"],
    "Rebecca": ["Becky", "Becca"], "Victoria": ["Vicky", "Tori"], "Anthony": ["Tony"],
    "Stephen": ["Steve"], "Steven": ["Steve"], "Joseph": ["Joe"], "Patricia": ["Pat", "Trish"],
    "Deborah": ["Debbie"], "Susan": ["Sue"], "Andrew": ["Andy", "Drew"], "Edward": ["Ed", "Ted"],
    "Nicholas": ["Nick"], "Jonathan": ["Jon"], "Benjamin": ["Ben"], "Charlotte": ["Charlie", "Lottie"],
    "Eleanor": ["Ellie", "Nell"], "Frederick": ["Fred", "Freddie"], "Timothy": ["Tim"],
    "Lawrence": ["Larry"], "Gregory": ["Greg"], "Amanda": ["Mandy"], "Jacqueline": ["Jackie"],
    "Abigail": ["Abbie"], "Kenneth": ["Ken"], "Raymond": ["Ray"], "Theodore": ["Theo", "Ted"],
}  # fmt: skip
NICKNAMES: dict[str, dict[str, list[str]]] = {"swedish": NICK_SV, "uk": NICK_EN, "us": NICK_EN}
