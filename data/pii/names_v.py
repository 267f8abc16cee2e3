# ruff: noqa: E501
"""The weighted name pools of held-out V (issue 15): names as the population has them.

Every pool is a list ranked by how common the name is, with a weight per name:
- Sweden: given names (women, men) and surnames ranked as SCB's published name statistics rank
  them (tilltalsnamn and efternamn of the whole population, the rank order as the writer of V
  knows it from SCB's yearly tables, not copied from a file; hyphenated names such as
  `Anna-Karin`, `Jan-Erik` at about their rank). Weight: Zipf, 1 / rank.
- Origins common in Sweden (Finnish, Arabic (Syria, Iraq, Lebanon; Assyrian/Syriac surnames
  among them), Persian, Kurdish, Somali, Eritrean, Polish, Bosnian/Serbian/Croatian, Turkish,
  Chilean/Spanish, Thai, Indian): each origin's commonest given names and surnames from general
  knowledge of the name statistics of the country of origin, ranked, weight 1 / rank; the origin
  itself weighted by its rough share of Sweden's population (born there or with a parent born
  there; SCB's population by country of birth), `SWEDEN_MIX`.
- English-speaking: the US Census 1990 frequency lists (public domain; read from the
  `dist.female.first`, `dist.male.first` and `dist.all.last` files of PyPI `names` 0.3.0, the
  first 250, 250 and 300 rows), weight the census frequency in per cent; UK-common given names
  and surnames (ONS baby-name and surname rankings, from general knowledge), weight 1 / rank.

The head of a list is its top ranks (`HEAD`: 150 for the Swedish, US and UK surname lists, 60
for the UK given names, 10 for each origin's lists); the tail is the rest, still real names.
`generate_v.py` draws a name word from the head with probability 0.8 and from the tail with 0.2
(by weight within either) and counts the split it realised. Which pools a row draws from depends
on its language (`MIXES`). Stdlib only; nothing here was checked against rung's lexicons.
"""

from __future__ import annotations


def ranked(text: str) -> tuple[str, ...]:
    """The names of a rank-ordered, whitespace-separated list."""
    return tuple(text.split())


# SCB, tilltalsnamn, women (rank order).
SE_GIVEN_F = ranked("""
Anna Eva Maria Karin Sara Kristina Lena Emma Kerstin Ingrid Marie Malin Jenny Hanna Linda
Annika Birgitta Inger Susanne Elin Monica Johanna Ulla Sofia Carina Elisabeth Julia Katarina
Helena Margareta Ida Linnéa Amanda Camilla Gunilla Cecilia Åsa Anita Sandra Ebba Therese Elsa
Matilda Frida Lisa Ann Caroline Ulrika Agneta Maja Marianne Alice Wilma Josefin Emelie Anette
Moa Klara Barbro Siv Jessica Britt Ingela Madeleine Louise Anneli Irene Helen Pia Viktoria
Ellen Charlotte Ella Astrid Agnes Alva Olivia Lovisa Elisabet Nathalie Felicia Tove Rebecka
Evelina Gunnel Yvonne Isabelle Stina Mona Britt-Marie Ann-Christin Marita Gun Sofie Linn
Emilia Nora Ester Alma Saga Selma Vera Signe Freja Lilly Elvira Isabella Mikaela Erika Jennie
Petra Martina Mia Liv Tilda Lina My Tina Lotta Birgit Margit Gunvor Inga Ingegerd Ann-Marie
Anna-Karin Eva-Lena Ann-Sofie Marie-Louise Lisbeth Sonja Rut Berit Viola Maj Solveig Aina
Greta Elise Hedvig Ronja Minna Nellie Tyra Hilma Stella Meja Thea Ines Edith Iris Sigrid Ylva
Veronica Jeanette Annelie Kajsa Karolina Josefine Sabina Rebecca Natalie Jonna Malva Elina
Hedda Majken Sanna Ingalill Gudrun Elsy Asta Dagny Svea Lilian Laila Jannike Lillemor Ewa
Harriet Ingeborg Elna Marlene Magdalena Ragnhild Eivor Britta Maud Hillevi Gerd Mari Lotten
Liselotte Vendela Alexandra Johanna-Maria Rosa Bodil Tora Märta Ninni Doris
""")

# SCB, tilltalsnamn, men (rank order).
SE_GIVEN_M = ranked("""
Lars Mikael Anders Johan Per Erik Karl Peter Jan Thomas Daniel Fredrik Hans Andreas Stefan
Bengt Mats Magnus Sven Bo Nils Marcus Jonas Mattias Alexander Björn Martin Leif Oskar Niklas
Henrik Patrik Göran Ulf Christer David Simon Emil Viktor Kent Jonathan Sebastian Robert
Mohammad Gustav Kjell Rolf Oliver Filip Lucas Elias William Hugo Adam Axel Anton Johannes
Tommy Roger Joakim Kenneth Åke Lennart Gunnar Stig Rickard Robin Tobias Ingemar Roland
Christoffer Jesper Rasmus Isak Ludvig Liam Noah Leo Arvid Olof Håkan Torbjörn Jörgen Claes
Ove Arne Kurt Sten Tore Dan Jimmy Jakob Albin Linus Edvin Melvin Theo Vincent Alfred Elliot
Love Viggo Sixten Charlie Harry Melker Frans Malte Otto Valter Ebbe Jack Kristoffer Samuel
Benjamin Max Carl Ingvar Bertil Sune Rune Gösta Evert Allan Holger Yngve Torsten Bernt
Kennet Conny Glenn Dennis Mathias Pontus Fabian Gabriel Emanuel Johnny Jan-Erik Karl-Johan
Per-Olof Lars-Göran Carl-Johan Hans-Erik Bengt-Göran Jan-Olof Lars-Erik Per-Erik Nils-Erik
Karl-Erik Sven-Erik Jan-Åke Lars-Olof Olle Kalle Pelle Ronny Jonny Urban Tomas Janne Lasse
Ivar Einar Helge Ragnar Harald Folke Birger Gert Assar Hilding Algot Vilgot Sigvard Erling
Börje Lage Ture Nisse Kjell-Åke Stig-Arne Bror Tage Inge Lennarth Morgan Krister Ola Lukas
Isac Hampus Casper Jacob Gustaf Loke Vidar Colin Wilhelm Adrian Josef Mohammed Ali Kevin
""")

# SCB, efternamn (rank order; the names of everyone registered, Ali, Mohamed, Ahmed and Hassan
# among the first hundred as SCB counts them).
SE_SURNAMES = ranked("""
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Carlsson Petersson Magnusson
Lindström Gustavsson Olofsson Lindqvist Lindgren Axelsson Berg Bergström Lundberg Lind
Lundgren Lundqvist Mattsson Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Wallin
Ali Engström Mohamed Eklund Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm
Wikström Samuelsson Isaksson Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg
Nyberg Blomqvist Claesson Nordström Mårtensson Lundström Ahmed Viklund Björklund Eliasson
Pålsson Hassan Berggren Sandström Lund Nordin Ström Åberg Hermansson Ekström Holmgren Falk
Sundberg Hedlund Dahlberg Hellström Sjögren Abrahamsson Martinsson Öberg Andreasson Blom
Månsson Strömberg Åkesson Jakobsson Dahl Hansen Norberg Lindholm Sundström Ek Jonasson
Söderström Ivarsson Nordqvist Göransson Lindahl Dahlgren Hedberg Nyman Mohammed Johnsson
Lindell Adolfsson Sköld Lundell Strand Sjöström Forslund Östlund Nygren Hedman Engberg Lindén
Ekberg Olausson Malmberg Edlund Borg Söderlund Augustsson Wiklund Ottosson Hägg Öhman
Hedström Kristiansson Holmström Lindblom Roos Berntsson Boman Ekman Nordlund Hjalmarsson
Sundqvist Josefsson Sjödin Lindkvist Rosén Åström Bäckström Stenberg Lundmark Bergkvist
Johnson Wahlström Ekholm Sundin Backman Grönlund Friberg Törnqvist Marklund Lindroth Sandell
Ekdahl Brandt Hellberg Westerberg Kjellberg Östman Lilja Hallberg Granberg Nordgren Ståhl
Olander Wallén Hallin Åkerman Nordberg Lindh Lönnqvist Bergh Höglund Fors Sundell Engdahl
Blomberg Wennberg Lindstedt Norén Jeppsson Wallgren Granström Stålberg Jacobsson Thorén
Ljung Lundh Sahlin Emanuelsson Rydberg Bergendahl Hedin Palm Rask Wester
""")

SE_HEAD = 150

# Finnish (Väestörekisterikeskus / DVV name statistics, from general knowledge).
FI_GIVEN_F = ranked(
    "Anneli Marjatta Tuula Päivi Sari Riitta Pirjo Merja Leena Hannele Aino Satu Tiina Minna Kaisa Sirpa Outi Heli Eija Liisa Anu Katja"
)
FI_GIVEN_M = ranked(
    "Juha Timo Matti Kari Mikko Jari Antti Jukka Pekka Heikki Markku Seppo Tapio Veikko Raimo Esa Pentti Ismo Jouni Tero Kalevi Ilkka"
)
FI_SURNAMES = ranked(
    "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen"
)

# Arabic: Syria, Iraq, Lebanon (Assyrian/Syriac surnames at the end of the list).
AR_GIVEN_F = ranked(
    "Fatima Maryam Zainab Noor Aya Rana Hiba Amal Layla Huda Rasha Lina Dima Yasmin Rania Nour Samira Hanan Zahra Reem Batoul Shahad Malak Ghada"
)
AR_GIVEN_M = ranked(
    "Mohammad Ahmad Ali Hassan Hussein Omar Khaled Mahmoud Mustafa Abdullah Ibrahim Yousef Karim Samir Bilal Ammar Rami Sami Tarek Walid Ayman Nabil Fadi Hamza Jamal Haider Abbas"
)
AR_SURNAMES = ranked(
    "Ali Mohammed Hassan Ahmed Hussein Abbas Ibrahim Khalil Haddad Saleh Salim Mahmoud Yousef Hamid Jaber Kassem Omar Aziz Khoury Nasser Karim Shaker Mansour Rashid Jasim Al-Hashimi Al-Obaidi Al-Saadi Gabriel Barsom Aho Malke Yakoub"
)

# Persian (Iran, Afghanistan's Dari names among them).
FA_GIVEN_F = ranked(
    "Maryam Zahra Fatemeh Shirin Parisa Nasrin Mahnaz Roya Leila Neda Azadeh Mina Bahar Samira Niloufar Golnaz Mahsa Parvin Soheila Shabnam"
)
FA_GIVEN_M = ranked(
    "Ali Reza Mohammad Hossein Mehdi Amir Hamid Saeed Behzad Babak Dariush Kaveh Farhad Arash Majid Nima Omid Payam Shahram Kourosh Ramin"
)
FA_SURNAMES = ranked(
    "Mohammadi Hosseini Ahmadi Rezaei Karimi Moradi Rahimi Jafari Hashemi Sadeghi Ghorbani Azizi Rostami Kazemi Nazari Ebrahimi Amini Sharifi Hosseinzadeh Tehrani Bagheri Alavi Samadi Farahani"
)

# Kurdish (Iraq, Turkey, Iran, Syria).
KU_GIVEN_F = ranked(
    "Rojin Berivan Dilan Shilan Narin Hevin Zilan Avin Delal Jiyan Roza Ronahi Helin Berfin Gulistan Nasrin"
)
KU_GIVEN_M = ranked(
    "Rebin Dilshad Karwan Azad Shivan Hawre Rizgar Sherzad Diyar Baran Serhat Aram Bakhtiyar Kawa Renas Hemin Aland"
)
KU_SURNAMES = ranked(
    "Mustafa Rashid Kaya Ahmad Hama Karim Aziz Mahmud Hasan Amin Qadir Osman Salih Faraj Rasul Jalal Tahir Demir"
)

# Somali.
SO_GIVEN_F = ranked(
    "Fadumo Hodan Sahra Amina Asha Hawa Ayan Nasra Ifrah Khadija Maryan Hibo Sagal Ubah Hamdi Nimco Istahil Safiya Deeqa"
)
SO_GIVEN_M = ranked(
    "Abdi Mohamed Ahmed Abdullahi Hassan Ali Omar Yusuf Abdirahman Mahad Farah Abdikarim Ismail Liban Guled Hamza Said Khalid Bashir Abdiaziz"
)
SO_SURNAMES = ranked(
    "Mohamed Ahmed Ali Hassan Abdi Omar Farah Yusuf Hussein Osman Warsame Jama Abdullahi Ismail Aden Nur Egal Duale Hirsi Mohamud Abdulle Elmi Gedi Dahir Hashi"
)

# Eritrean (Tigrinya; the surname is the father's given name).
ER_GIVEN_F = ranked(
    "Helen Selam Senait Saba Yordanos Tsega Feven Hiwet Meron Ruth Semhar Luwam Winta Eden Mehret Tirhas Abeba Lidia"
)
ER_GIVEN_M = ranked(
    "Daniel Yonas Samuel Dawit Tesfay Michael Yohannes Berhane Mussie Filmon Robel Merhawi Henok Teklay Kidane Amanuel Natnael Biniam"
)
ER_SURNAMES = ranked(
    "Tesfay Kidane Berhane Gebremichael Haile Tekle Ghebreyesus Woldu Mehari Negash Asmerom Yohannes Habte Tesfamariam Ghebrehiwet Mebrahtu Andemariam Fesshaye Abraha Gebru"
)

# Polish (GUS / PESEL statistics; a woman's -ski/-cki/-dzki surname is written -ska/-cka/-dzka).
PL_GIVEN_F = ranked(
    "Anna Katarzyna Maria Magdalena Agnieszka Joanna Małgorzata Barbara Ewa Krystyna Elżbieta Monika Aleksandra Karolina Natalia Justyna Marta Dorota Beata Zofia Agata Paulina"
)
PL_GIVEN_M = ranked(
    "Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Jan Marek Grzegorz Adam Łukasz Jakub Mateusz Wojciech Kamil Rafał Dariusz Zbigniew Bartosz Maciej Sebastian"
)
PL_SURNAMES = ranked(
    "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek"
)

# Bosnian, Serbian, Croatian.
BA_GIVEN_F = ranked(
    "Amela Lejla Emina Aida Selma Ajla Merima Jasmina Mirela Sanela Vesna Jelena Snežana Dragana Ivana Marija Milica Gordana Nermina Senada Azra Maja"
)
BA_GIVEN_M = ranked(
    "Amir Adnan Emir Edin Senad Haris Mirza Samir Nermin Admir Dženan Elvir Dragan Zoran Goran Nenad Milan Marko Ivan Dejan Nikola Alen Denis Kenan"
)
BA_SURNAMES = ranked(
    "Hodžić Hadžić Kovačević Begić Mehmedović Delić Husić Hasanović Ibrahimović Smajić Mujić Omerović Halilović Alić Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Horvat Kovačić Babić Marić Knežević Popović"
)

# Turkish.
TR_GIVEN_F = ranked(
    "Ayşe Fatma Emine Hatice Zeynep Elif Merve Büşra Özlem Sevgi Derya Gül Hülya Esra Selin Melike Yasemin Aylin Nur Songül"
)
TR_GIVEN_M = ranked(
    "Mehmet Mustafa Ahmet Ali Hüseyin Hasan Murat Emre Burak Serkan Kemal Osman Yusuf Ömer Cem Volkan Can Erkan Onur Tuncay"
)
TR_SURNAMES = ranked(
    "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Aksoy Güneş"
)

# Chilean and Spanish (two surnames, the father's then the mother's).
CL_GIVEN_F = ranked(
    "María Carolina Claudia Patricia Daniela Camila Valentina Francisca Javiera Andrea Paola Verónica Marcela Gabriela Fernanda Catalina Isabel Carmen Lorena Natalia"
)
CL_GIVEN_M = ranked(
    "José Juan Carlos Luis Jorge Francisco Pablo Cristián Rodrigo Diego Felipe Sebastián Matías Miguel Manuel Pedro Alejandro Fernando Ricardo Gonzalo Patricio Héctor"
)
CL_SURNAMES = ranked(
    "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez Castro García Sánchez Romero Fernández Álvarez"
)

# Thai (a woman married in Sweden often carries a Swedish surname: see `generate_v.py`).
TH_GIVEN_F = ranked(
    "Siriporn Supaporn Wanida Pranee Malee Nittaya Kanya Ratana Pornthip Sunisa Jintana Kannika Sumalee Duangjai Orathai Chanida"
)
TH_GIVEN_M = ranked(
    "Somchai Somsak Prasert Wichai Anan Chaiwat Surachai Niran Thanawat Kittisak Apichat Chatchai Wirat Sakda Pichai"
)
TH_SURNAMES = ranked(
    "Saetang Srisuk Wongsawat Chaiyaporn Boonmee Kaewkla Thongchai Rattanakorn Sukjai Phromma Jaidee Sombat Chaisri Khamphan Intharasuk"
)

# Indian.
IN_GIVEN_F = ranked(
    "Priya Divya Anjali Pooja Neha Kavya Shreya Deepa Lakshmi Sunita Anita Meera Swati Aishwarya Sneha Ritu Nisha Kiran Harpreet Gurpreet Ananya"
)
IN_GIVEN_M = ranked(
    "Rahul Amit Rohit Vikram Arjun Sanjay Rajesh Suresh Anil Vijay Karthik Ravi Aditya Nikhil Pradeep Manoj Deepak Sandeep Abhishek Srinivas Venkat"
)
IN_SURNAMES = ranked(
    "Sharma Patel Singh Kumar Gupta Reddy Rao Iyer Nair Menon Shah Mehta Joshi Desai Kaur Agarwal Verma Chopra Malhotra Krishnan Pillai Bhat Kulkarni Chatterjee Banerjee Das Mishra Srivastava"
)

ORIGIN_HEAD = 10

# UK: ONS baby names (several decades) and the commonest surnames of England and Wales.
UK_GIVEN_F = ranked("""
Sarah Emma Claire Laura Rebecca Charlotte Sophie Hannah Lucy Amy Rachel Nicola Emily Jessica
Katie Helen Gemma Lisa Kelly Victoria Louise Jennifer Stephanie Samantha Jane Elizabeth Susan
Karen Joanne Julie Olivia Amelia Isla Ava Mia Grace Poppy Ella Lily Freya Isabella Chloe
Megan Holly Jade Zoe Natalie Hayley Kirsty Siobhan Fiona Alison Deborah Tracey Margaret
Patricia Catherine Caroline Lauren Abigail Harriet Eleanor Alice Florence Imogen Niamh Aisha
Ruby Evie Daisy Phoebe Rosie Beth Gillian Wendy Lorraine Joan Maureen Sheila Brenda Pauline
Jacqueline Shirley Valerie Carol Hope
""")
UK_GIVEN_M = ranked("""
David John Paul James Mark Michael Andrew Richard Peter Robert Christopher Stephen Daniel
Matthew Thomas Ian Simon Gary Steven Neil Darren Lee Craig Jonathan Martin Anthony Kevin
Stuart Jason Alan Adam Luke Ben Sam Oliver George Harry Jack Jacob Charlie Noah Alfie Oscar
William Leo Freddie Archie Joshua Ryan Liam Connor Callum Jamie Dean Wayne Graham Nigel Colin
Keith Barry Philip Alistair Gareth Rhys Owen Dylan Mohammed Muhammad Aaron Nathan Harvey Toby
Rory Hamish Euan Trevor Clive Derek Malcolm Terry Roy Geoffrey Dominic Rupert Giles Crispin
""")
UK_SURNAMES = ranked("""
Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson
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
Gregory Carr Lowe Page Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland Hawkins Harding
Porter Robertson Newton Oliver Reed Kennedy Williamson Bird Gardner Shah Dean Lane Cooke Bates
Henderson Parry Burgess Bishop Burns Sutton Nicholson Chambers Pritchard Doherty McCarthy
Quinn Lamb Middleton Fraser Hammond Sharp Lucas Barlow Whitehead
""")
UK_GIVEN_HEAD = 60
UK_SURNAME_HEAD = 150
US_HEAD = 150


# US Census 1990 (public domain), from PyPI `names` 0.3.0: the first 250 rows of `dist.female.first` (name, frequency in per cent of the sample).
US_GIVEN_F: tuple[tuple[str, float], ...] = (
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
    ("Dora", 0.084), ("Jo", 0.083),
)  # fmt: skip

# US Census 1990 (public domain), from PyPI `names` 0.3.0: the first 250 rows of `dist.male.first` (name, frequency in per cent of the sample).
US_GIVEN_M: tuple[tuple[str, float], ...] = (
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
    ("Kelly", 0.063), ("Kurt", 0.062), ("Allan", 0.061),
)  # fmt: skip

# US Census 1990 (public domain), from PyPI `names` 0.3.0: the first 300 rows of `dist.all.last` (name, frequency in per cent of the sample).
US_SURNAMES: tuple[tuple[str, float], ...] = (
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
    ("Rhodes", 0.037), ("Pena", 0.037), ("Beck", 0.037), ("Newman", 0.036),
)  # fmt: skip


Weighted = tuple[tuple[str, float], ...]


def zipf(names: tuple[str, ...]) -> Weighted:
    """Each name with the weight 1 / rank (Zipf, exponent 1)."""
    return tuple((name, 1.0 / rank) for rank, name in enumerate(names, start=1))


class Origin:
    """One origin's given names (women, men) and surnames, each ranked and weighted, and the
    sizes of their heads."""

    def __init__(
        self,
        source: str,
        given_f: Weighted,
        given_m: Weighted,
        surnames: Weighted,
        given_head: int,
        surname_head: int,
    ) -> None:
        self.source = source
        self.given_f = given_f
        self.given_m = given_m
        self.surnames = surnames
        self.given_head = given_head
        self.surname_head = surname_head


def _origin(source: str, f: tuple[str, ...], m: tuple[str, ...], s: tuple[str, ...]) -> Origin:
    return Origin(source, zipf(f), zipf(m), zipf(s), ORIGIN_HEAD, ORIGIN_HEAD)


ORIGINS: dict[str, Origin] = {
    "swedish": Origin(
        "SCB name statistics (rank order), weight 1/rank",
        zipf(SE_GIVEN_F), zipf(SE_GIVEN_M), zipf(SE_SURNAMES), SE_HEAD, SE_HEAD,
    ),
    "finnish": _origin("DVV (Finland) name statistics", FI_GIVEN_F, FI_GIVEN_M, FI_SURNAMES),
    "arabic": _origin("Syria, Iraq, Lebanon; Assyrian/Syriac", AR_GIVEN_F, AR_GIVEN_M, AR_SURNAMES),
    "persian": _origin("Iran, Afghanistan (Dari)", FA_GIVEN_F, FA_GIVEN_M, FA_SURNAMES),
    "kurdish": _origin("Kurdish (Iraq, Turkey, Iran, Syria)", KU_GIVEN_F, KU_GIVEN_M, KU_SURNAMES),
    "somali": _origin("Somalia", SO_GIVEN_F, SO_GIVEN_M, SO_SURNAMES),
    "eritrean": _origin("Eritrea (Tigrinya)", ER_GIVEN_F, ER_GIVEN_M, ER_SURNAMES),
    "polish": _origin("GUS / PESEL (Poland)", PL_GIVEN_F, PL_GIVEN_M, PL_SURNAMES),
    "bcs": _origin("Bosnia, Serbia, Croatia", BA_GIVEN_F, BA_GIVEN_M, BA_SURNAMES),
    "turkish": _origin("TÜİK (Turkey)", TR_GIVEN_F, TR_GIVEN_M, TR_SURNAMES),
    "chilean_spanish": _origin("Chile, Spain (INE)", CL_GIVEN_F, CL_GIVEN_M, CL_SURNAMES),
    "thai": _origin("Thailand", TH_GIVEN_F, TH_GIVEN_M, TH_SURNAMES),
    "indian": _origin("India", IN_GIVEN_F, IN_GIVEN_M, IN_SURNAMES),
    "us": Origin(
        "US Census 1990 (PyPI names 0.3.0), weight the census frequency",
        US_GIVEN_F, US_GIVEN_M, US_SURNAMES, US_HEAD, US_HEAD,
    ),
    "uk": Origin(
        "ONS rankings (England and Wales), weight 1/rank",
        zipf(UK_GIVEN_F), zipf(UK_GIVEN_M), zipf(UK_SURNAMES), UK_GIVEN_HEAD, UK_SURNAME_HEAD,
    ),
}  # fmt: skip

# Rough shares of Sweden's population (born in Sweden to Swedish-born parents, or born in, or
# with a parent born in, the origin; SCB's population by country of birth, rounded).
SWEDEN_MIX: dict[str, float] = {
    "swedish": 72.0, "finnish": 5.0, "arabic": 6.5, "persian": 2.0, "kurdish": 1.5,
    "somali": 1.0, "eritrean": 0.7, "polish": 2.0, "bcs": 2.5, "turkish": 1.0,
    "chilean_spanish": 0.8, "thai": 0.5, "indian": 1.0,
}  # fmt: skip


def _blend(parts: list[tuple[dict[str, float], float]]) -> dict[str, float]:
    mix: dict[str, float] = {}
    for shares, weight in parts:
        total = sum(shares.values())
        for origin, share in shares.items():
            mix[origin] = mix.get(origin, 0.0) + weight * share / total
    return mix


# Which origins a row's names come from, by the row's language: Swedish rows as Sweden's
# population; English rows 40% US, 30% UK, 30% Sweden's population (English written at Swedish
# workplaces); mixed rows 75% Sweden's population, 12.5% each US and UK.
MIXES: dict[str, dict[str, float]] = {
    "sv": _blend([(SWEDEN_MIX, 100.0)]),
    "en": _blend([({"us": 1.0}, 40.0), ({"uk": 1.0}, 30.0), (SWEDEN_MIX, 30.0)]),
    "mixed": _blend([(SWEDEN_MIX, 75.0), ({"us": 1.0}, 12.5), ({"uk": 1.0}, 12.5)]),
}

FEMININE = (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka"))


def feminine(surname: str) -> str:
    """A Polish -ski/-cki/-dzki surname as a woman carries it (`Kowalski` -> `Kowalska`)."""
    for male, female in FEMININE:
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


def name_words() -> set[str]:
    """Every name of every pool (casefolded), Polish surnames in both forms."""
    words: set[str] = set()
    for origin in ORIGINS.values():
        for pool in (origin.given_f, origin.given_m, origin.surnames):
            for name, _ in pool:
                words.add(name.casefold())
                words.add(feminine(name).casefold())
    return words
