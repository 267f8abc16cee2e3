# ruff: noqa: E501
"""The weighted name pools of held-out AA (issue 15): names as the population has them, a sixth
writer. Stdlib Python data, read by `generate_aa.py` at generate time.

Every list is ranked most common first and carries its source and its weight here:
- Swedish given names (women, men) and surnames: in the order Statistics Sweden (SCB) ranks them
  in its published name statistics (all registered persons), written from general knowledge of
  those tables; weight 1/rank (Zipf); the head is ranks 1 to 150, the tail ranks 151 and beyond
  (still real names, double given names such as `Anna-Karin` and `Jan-Erik` among them).
- Origins common in Sweden (Finnish, Arabic (Syria, Iraq, Lebanon), Persian (Iran, Afghanistan),
  Kurdish, Somali, Eritrean, Polish, Bosnian/Serbian/Croatian, Turkish, Chilean/Spanish, Thai,
  Indian): each origin's commonest given names and surnames from general knowledge of their
  national name statistics, ranked; weight 1/rank; the head is the first two thirds of a list.
  An origin is drawn by its rough share of Sweden's population (foreign-born and their
  children, SCB's country-of-birth tables): `MIXES`.
- US: the US Census 1990 frequency lists (`dist.female.first`, `dist.male.first`,
  `dist.all.last`, public domain, read from the `names` 0.3.0 package), ranks 1 to 300 of each;
  weight the census frequency (per cent); the head is ranks 1 to 150. The census spells `O'Brien`
  `OBRIEN`; it is written `O'Brien` here.
- UK: the commonest given names (ONS baby-name and population rankings) and surnames (ONS/GRO
  surname counts), from general knowledge; weight 1/rank; the head is the first two thirds.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # the share of name words drawn from the head of their list


@dataclass(frozen=True)
class Pool:
    """Names ranked most common first, their weights, and how many of them are the head."""

    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def ranked(text: str, head: int | None = None) -> Pool:
    """A pool from names in rank order, weight 1/rank; the head is `head` names, else two thirds."""
    names: list[str] = []
    for name in text.split():
        if name not in names:
            names.append(name)
    size = head if head is not None else max(1, round(len(names) * 2 / 3))
    return Pool(tuple(names), tuple(1 / rank for rank in range(1, len(names) + 1)), size)


def counted(data: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A pool from (name, frequency) in rank order, weight the frequency."""
    return Pool(tuple(n for n, _ in data), tuple(f for _, f in data), head)


def plain(name: str) -> str:
    """The name typed without diacritics (`Wiśniewski` -> `Wisniewski`, `Łukasz` -> `Lukasz`)."""
    name = (
        name.replace("ł", "l")
        .replace("Ł", "L")
        .replace("ı", "i")
        .replace("đ", "dj")
        .replace("Đ", "Dj")
    )
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname's feminine form (`Kowalski` -> `Kowalska`)."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# SCB, women's given names, ranks 1 to 150 the head, then the tail.
SV_GIVEN_F = ranked(
    """
Anna Eva Maria Karin Kristina Lena Sara Kerstin Emma Ingrid Marie Malin Jenny Hanna Birgitta
Inger Linnéa Sofia Annika Elin Ulla Elisabeth Johanna Susanne Monica Camilla Helena Julia Ida
Linda Margareta Åsa Ebba Elsa Alice Gunilla Carina Katarina Anneli Ulrika Agneta Matilda Cecilia
Therese Anita Louise Frida Barbro Amanda Josefin Maja Wilma Lisa Caroline Yvonne Klara Emelie Gun
Sofie Pia Lina Ann Britt Marianne Siv Astrid Moa Elisabet Alva Madeleine Charlotte Jessica Sandra
Petra Emilia Ella Isabelle Lovisa Olivia Stina Nina Lisbeth Rebecka Gunnel Jennie Ingela
Ingegerd Mona Viktoria Erika Agnes Maj Mikaela Hedvig Felicia Saga Vera Ann-Marie Elvira
Nathalie Tove Irene Lotta Ellen Ingeborg Gerd Berit Sigrid Tilda Selma Ester Evelina Fatima
Märta Alexandra Mia Elise Ronja Tuva Ann-Christin Eleonor Rut Isabella Greta Ingalill Maj-Britt
Gunvor Signe Jeanette Lillemor Amelia Nora Majken Ellinor Anette Karolina Desirée Emmy Ines
Sonja Linn Hillevi Cornelia Gudrun Alicia Elina Maud Ylva Josefine Marita
Anna-Karin Ann-Sofie Eva-Lena Britt-Marie Anna-Lena Marie-Louise Rose-Marie Idun Juni Liv Siri
Stella Hilma Edith Meja Minna Sanna Kajsa Tyra Inga Majvor Solveig Rigmor Doris Margit Maj-Lis
Lilian Kristin Fanny Tindra Nellie Molly Thea Rosa Iris Vendela Hjördis Dagny Elvy Ulla-Britt
Anna-Maria Eva-Karin Mari Gittan Helén Rakel Ulrica Lovis Henrietta Irma
""",
    head=150,
)

# SCB, men's given names, ranks 1 to 150 the head, then the tail.
SV_GIVEN_M = ranked(
    """
Lars Mikael Anders Johan Erik Per Karl Peter Jan Thomas Daniel Fredrik Hans Bengt Andreas Stefan
Mats Alexander Magnus Nils Bo Jonas Oskar Mattias Leif Sven Björn Marcus Göran Martin Henrik
Viktor Ulf David Niklas Christer Patrik Joakim Gustav Kjell Simon William Rolf Emil Filip Robert
Christian Anton Håkan Tommy Sebastian Elias Lucas Jonathan Hugo Liam Kent Ali Stig Roger Johannes
Rickard Adam Axel Jakob Tobias Gunnar Lennart Kenneth Olof Jörgen Dan Claes Åke Arne Mohammed
Ingemar Noah Isak Ludvig Albin Rasmus Linus Vincent Jesper Jimmy Robin Kristoffer Sten Roland
Torbjörn Tomas Oscar Benjamin Olle Gösta Kurt Ove Pontus Kevin Jens Ahmed Carl Hampus Samuel
Lukas Theo Edvin Melvin Arvid Malte Leo Alfred Sixten Ivar Hassan Conny Rune Bertil Allan Sören
Tord Inge Krister Ronny Glenn Dennis Tim Jacob Max Josef Ebbe Elis Harald Birger Folke Östen
Mohamed Omar Thor Love Charlie Wilhelm Frank Jan-Erik Lars-Göran Per-Olof Karl-Erik Sune
Lars-Erik
Nils-Erik Bo-Göran Jan-Olof Sven-Erik Carl-Johan Per-Erik Hans-Olov Gert Sture Evert Egon Harry
Valter Gustaf Algot Tage Helge Vilgot Ragnar Erland Einar Lage Assar Torsten Georg Uno Tor Holger
Hilding Yngve Viggo Colin Milo Otto Sam Nicklas Mathias Jan-Åke Stellan Klas Leon Melker Ville
Aron Loke Bosse Janne Kalle Pelle
""",
    head=150,
)

# SCB, surnames, ranks 1 to 150 the head, then the tail.
SV_SURNAMES = ranked(
    """
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson
Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed Engström
Danielsson Håkansson Eklund Lundin Gunnarsson Holm Björk Bergman Samuelsson Fransson Wikström
Isaksson Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström
Mårtensson Lundström Ahmed Viklund Björklund Eliasson Pålsson Berggren Sandström Lund Nordin
Ström Åberg Hermansson Ekström Holmgren Falk Hassan Sundberg Dahlberg Hellström Söderström
Sjögren Abrahamsson Martinsson Öberg Andreasson Strömberg Månsson Hansen Åkesson Dahl Lindholm
Norberg Holmqvist Jeppsson Nordqvist Ek Lilja Hedlund Sundqvist Lindahl Åström Mohamed Björkman
Nordlund Sundström Ottosson Nygren Sjöström Bergqvist Eklöf Skoglund Ekman Lindblom Strand
Friberg Lindell Borg Hedberg Sjödin Ivarsson Berntsson Hedström Adolfsson Jacobsson Lindén
Lindkvist Blom Forslund Palm Hussein Nyman Johnsson Ekberg Bäckström Wiklund Strandberg Engberg
Rosén Sundin Lundholm Göransson Höglund Boström Ahlström Forsman Vikström
Kjellberg Hallberg Östlund Ågren Lindroth Westerberg Nordén Bäck Granberg Ekholm Lundmark
Åkerlund Grönlund Backman Hägglund Sundell Edlund Westman Lundell Rydberg Törnqvist Sandin
Jonasson Stenberg Thorén Kristiansson Wahlström Carlsson Häggström Dahlgren Malm Rask Sahlin
Wennberg Bergkvist Forsgren Lindeberg Moberg Ahlberg Hammar Sjölund Nordgren Lönn Nyholm
""",
    head=150,
)

# Finland (Väestörekisterikeskus rankings, general knowledge).
FI_GIVEN_F = ranked(
    "Anneli Tuula Päivi Marja Hannele Riitta Sirpa Pirjo Kaija Leena Sari Tiina Satu Aino Helmi Minna Tarja Marjatta Eija Anu Katja Liisa Outi Heli Aili Sanna"
)
FI_GIVEN_M = ranked(
    "Juha Timo Matti Kari Mikko Jari Antti Jukka Pekka Markku Heikki Seppo Hannu Esa Janne Petri Ville Tapio Veikko Jouni Sami Teemu Raimo Eero Pasi Tuomas"
)
FI_SURNAMES = ranked(
    "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen"
)

# Syria, Iraq, Lebanon (general knowledge of the commonest names; romanised as Swedish registers write them).
AR_GIVEN_F = ranked(
    "Fatima Maryam Sara Nour Zainab Amira Rania Hiba Lina Yasmin Huda Rana Dalia Aya Leila Rima Samira Salma Ghada Hala Nadia Mariam Ruqaya Ranim Shahad Asma"
)
AR_GIVEN_M = ranked(
    "Mohammed Ahmad Ali Hassan Hussein Omar Mustafa Khaled Ibrahim Yousef Abdullah Mahmoud Karim Samir Tariq Ammar Bassam Firas Rami Walid Nabil Ziad Fadi Jamal Adnan Haitham Mazen Hamza"
)
AR_SURNAMES = ranked(
    "Ali Mohammed Ahmed Hassan Hussein Ibrahim Abdullah Khalil Haddad Saleh Mahmoud Yousef Al-Khatib Jaber Najjar Aziz Kassem Hamoud Suleiman Othman Abbas Karim Nasser Rashid Haidar Al-Hassan Issa Darwish Hamdan Mansour Khoury Awad"
)

# Iran and Afghanistan (Persian/Dari).
FA_GIVEN_F = ranked(
    "Maryam Fatemeh Zahra Narges Shirin Parisa Leila Nazanin Azadeh Mina Roya Samira Neda Golnar Mahsa Sima Soheila Farah Parvin Nasrin Shabnam"
)
FA_GIVEN_M = ranked(
    "Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Majid Babak Behrouz Dariush Kaveh Farhad Arash Omid Navid Ahmad Hassan Payam Kamran Jawad"
)
FA_SURNAMES = ranked(
    "Ahmadi Mohammadi Hosseini Rezaei Karimi Moradi Hashemi Rahimi Jafari Ghasemi Sadeghi Kazemi Mousavi Azizi Nazari Rostami Heidari Ebrahimi Safari Amiri Sultani Habibi Noori Rahmani Akbari"
)

# Kurdish (Iraqi, Syrian, Turkish and Iranian Kurdistan).
KU_GIVEN_F = ranked(
    "Rojin Berivan Nasrin Dilan Shilan Avin Jiyan Rezan Zilan Nishtiman Hana Zhilwan Shno Bahar Gulistan Sozan Lana Viyan"
)
KU_GIVEN_M = ranked(
    "Azad Karwan Rebwar Shwan Dara Aram Hawre Saman Kawa Sherko Rizgar Baran Zana Soran Alan Hemin Hiwa Dilshad Serwan Bakhtiar"
)
KU_SURNAMES = ranked(
    "Ahmed Mahmoud Rashid Karim Aziz Hama Salih Qadir Mustafa Omer Bakr Rasul Hussein Faraj Majid Ali Abdulla Sharif Tahir Amin"
)

# Somalia (given name, then father's and grandfather's names as the family name).
SO_GIVEN_F = ranked(
    "Fadumo Hodan Amina Asha Hawa Sahra Ifrah Sagal Ubah Hamdi Khadra Nimco Ayan Deqa Faduma Maryan Sucaad Sahro Hibo Ladan"
)
SO_GIVEN_M = ranked(
    "Abdi Mohamed Ahmed Abdirahman Abdullahi Hassan Hussein Ali Omar Yusuf Said Mahad Liban Abdikarim Farah Mustafe Abdiaziz Abdulkadir Bashir Guled"
)
SO_SURNAMES = ranked(
    "Abdi Mohamed Ahmed Hassan Ali Omar Farah Warsame Osman Yusuf Abdullahi Hussein Ismail Jama Aden Nur Hersi Egal Dahir Mohamud Abdulle Elmi Warfa"
)

# Eritrea (given name, then the father's name).
ER_GIVEN_F = ranked(
    "Selam Helen Senait Mebrat Yordanos Saba Ruth Tsega Feven Winta Luwam Rahel Tigist Semhar Lidia Hiwet Eden Rigat"
)
ER_GIVEN_M = ranked(
    "Yonas Daniel Dawit Tesfay Michael Samuel Yohannes Robel Filmon Mussie Biniam Kidane Tekle Haile Mehari Habtom Amanuel Efrem Henok Aron"
)
ER_SURNAMES = ranked(
    "Tesfay Tekle Haile Gebremedhin Ghebreyesus Kidane Berhane Mehari Habte Tesfamariam Weldemichael Ghebremichael Andemariam Yemane Asmerom Tesfit Goitom Measho Tewolde Kahsay"
)

# Poland (PESEL rankings, general knowledge); women's surnames take the feminine form.
PL_GIVEN_F = ranked(
    "Anna Katarzyna Maria Małgorzata Agnieszka Barbara Ewa Magdalena Joanna Aleksandra Monika Krystyna Zofia Natalia Karolina Beata Dorota Justyna Marta Elżbieta Iwona Renata"
)
PL_GIVEN_M = ranked(
    "Piotr Krzysztof Tomasz Andrzej Paweł Michał Marcin Jan Jakub Adam Łukasz Marek Grzegorz Wojciech Mateusz Dariusz Mariusz Rafał Kamil Zbigniew Artur Sebastian"
)
PL_SURNAMES = ranked(
    "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawłowski Michalski Wróbel Wieczorek Jabłoński"
)

# Bosnia and Herzegovina, Serbia, Croatia.
BCS_GIVEN_F = ranked(
    "Amra Emina Lejla Jasmina Amela Selma Ana Maja Ivana Marija Jelena Mirela Sanela Azra Dragana Aida Alma Nermina Vesna Snežana Mirsada"
)
BCS_GIVEN_M = ranked(
    "Amir Edin Emir Adnan Haris Mirza Nikola Marko Stefan Dragan Zoran Goran Ivan Senad Damir Nermin Dejan Milan Mirsad Elvis Kenan Tarik"
)
BCS_SURNAMES = ranked(
    "Hodžić Hadžić Begić Delić Kovačević Mehmedović Husić Hasanović Petrović Jovanović Nikolić Marković Đorđević Horvat Babić Marić Kovač Ibrahimović Muratović Salihović Omerović Popović Ilić Suljić"
)

# Turkey.
TR_GIVEN_F = ranked(
    "Ayşe Fatma Emine Hatice Zeynep Elif Merve Büşra Esra Özlem Derya Sevgi Gül Hülya Melek Songül Dilek Aylin Ebru Selin"
)
TR_GIVEN_M = ranked(
    "Mehmet Mustafa Ahmet Ali Hüseyin Hasan Ibrahim Murat Emre Yusuf Ömer Kemal Burak Serkan Cem Osman Halil Can Erkan Volkan"
)
TR_SURNAMES = ranked(
    "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz"
)

# Chile and Spain (Registro Civil / INE rankings, general knowledge); two surnames, paternal first.
ES_GIVEN_F = ranked(
    "María Carolina Claudia Patricia Daniela Francisca Camila Valentina Javiera Paula Andrea Verónica Gabriela Catalina Marcela Constanza Fernanda Isabel Pilar Lucía"
)
ES_GIVEN_M = ranked(
    "José Juan Carlos Luis Jorge Francisco Sebastián Diego Pablo Cristián Rodrigo Felipe Matías Manuel Alejandro Ignacio Gonzalo Andrés Javier Miguel"
)
ES_SURNAMES = ranked(
    "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez"
)

# Thailand (most people in Sweden of Thai birth are women).
TH_GIVEN_F = ranked(
    "Siriporn Malee Pornthip Wanida Supaporn Nittaya Kanokwan Suda Ratana Jintana Pranee Araya Sunisa Orawan Duangjai Kannika"
)
TH_GIVEN_M = ranked(
    "Somchai Somsak Prasert Sompong Chaiwat Anan Surachai Wichai Nattapong Kittisak Thanakorn Prayut"
)
TH_SURNAMES = ranked(
    "Saelee Srisuk Wongsa Chaiyaporn Boonmee Sukprasert Thongdee Kaewkham Srisawat Phromma Sangthong Chanthara Inthong Bunmi"
)

# India (commonest names of the Indian professionals in Sweden's IT and engineering firms).
IN_GIVEN_F = ranked(
    "Priya Anjali Pooja Neha Divya Kavya Sneha Shreya Deepa Lakshmi Swati Ananya Meera Ritu Sunita Aishwarya Nandini Rekha Harini Pallavi"
)
IN_GIVEN_M = ranked(
    "Rahul Amit Rajesh Vikram Arjun Sanjay Suresh Anil Karthik Rohit Vijay Ravi Pradeep Aditya Manoj Srinivas Venkatesh Nikhil Abhishek Harsha Ramesh"
)
IN_SURNAMES = ranked(
    "Patel Sharma Singh Kumar Gupta Reddy Rao Iyer Nair Shah Mehta Joshi Verma Krishnan Menon Pillai Agarwal Desai Chatterjee Banerjee Kulkarni Naidu Mishra Chauhan"
)

# UK (ONS rankings, general knowledge).
UK_GIVEN_F = ranked("""
Sarah Emma Claire Laura Rebecca Rachel Gemma Helen Katie Lauren Chloe Susan Margaret Elizabeth
Karen Nicola Jane Victoria Amy Olivia Amelia Emily Isla Sophie Jessica Charlotte Lucy Hannah
Grace Ellie Mia Poppy Ruby Alison Julie Louise Joanne Kirsty Hayley Zoe Natalie Deborah Tracey
Caroline Fiona Catherine Siobhan Kerry Leanne Jade Megan Holly Freya Evie Daisy Imogen Harriet
Bethany Abigail Eleanor Phoebe Florence Esme Niamh Carys Rhiannon Sian Shona Morag Kathleen
Maureen Pauline Wendy Beverley Denise Janet Lorraine Sandra Angela
""")
UK_GIVEN_M = ranked("""
James David John Michael Paul Mark Andrew Richard Daniel Thomas Christopher Matthew Peter
Stephen Robert Simon Ian Gary Craig Darren Lee Stuart Neil Alan Graham Oliver Jack Harry George
William Charlie Ben Sam Joe Luke Adam Jamie Ryan Liam Connor Callum Alexander Edward Henry Oscar
Alfie Archie Freddie Leo Noah Toby Lewis Kieran Aaron Dean Jason Wayne Martin Kevin Philip Tony
Keith Colin Barry Nigel Trevor Malcolm Gareth Rhys Dylan Owen Hamish Fraser Ewan Angus Declan
Ciaran Rory Hugh Rupert
""")
UK_SURNAMES = ranked("""
Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson
Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner
Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott
Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson
Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams
Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain Campbell
Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher Stevens
Jenkins Murray Dixon Harvey MacDonald O'Neill Fletcher Pearson Stewart Reid Hamilton Robertson
""")

# US Census 1990 `dist.female.first` (the `names` 0.3.0 package), ranks 1 to 300: name, per cent.
US_GIVEN_F_DATA = (
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
    ("Katrina", 0.061), ("Claire", 0.061),
)  # fmt: skip

# US Census 1990 `dist.male.first` (the `names` 0.3.0 package), ranks 1 to 300: name, per cent.
US_GIVEN_M_DATA = (
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
    ("Enrique", 0.046), ("Freddie", 0.046), ("Wade", 0.045),
)  # fmt: skip

# US Census 1990 `dist.all.last` (the `names` 0.3.0 package), ranks 1 to 300: name, per cent.
US_SURNAMES_DATA = (
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


US_GIVEN_F = counted(US_GIVEN_F_DATA)
US_GIVEN_M = counted(US_GIVEN_M_DATA)
US_SURNAMES = counted(US_SURNAMES_DATA)

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

# The origin of a person by the language of the row. Swedish rows: Sweden's population with its
# foreign-born and their children by country of birth (SCB, rounded: Syria and Iraq together the
# largest group, then Finland, the former Yugoslavia, Poland, Iran, Somalia, Kurds of several
# countries, India, Turkey, Eritrea, Chile, Thailand), and a few British and American residents.
# English rows (commerce and logistics with foreign customers, suppliers and carriers): US and UK
# first, Swedish staff and customers, then India and the rest. Mixed rows lie between.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 0.72, "arabic": 0.07, "finnish": 0.04, "bcs": 0.025, "polish": 0.025,
        "persian": 0.025, "somali": 0.015, "kurdish": 0.015, "indian": 0.015, "turkish": 0.01,
        "eritrean": 0.01, "spanish": 0.01, "thai": 0.005, "uk": 0.01, "us": 0.005,
    },
    "en": {
        "us": 0.30, "uk": 0.28, "swedish": 0.20, "indian": 0.07, "arabic": 0.04, "polish": 0.03,
        "finnish": 0.02, "spanish": 0.02, "persian": 0.01, "turkish": 0.01, "bcs": 0.01,
        "somali": 0.01,
    },
    "mixed": {
        "swedish": 0.51, "us": 0.10, "uk": 0.10, "arabic": 0.06, "indian": 0.05, "finnish": 0.03,
        "polish": 0.03, "persian": 0.02, "bcs": 0.02, "somali": 0.02, "turkish": 0.02,
        "kurdish": 0.01, "eritrean": 0.01, "spanish": 0.01, "thai": 0.01,
    },
}  # fmt: skip


def name_words() -> set[str]:
    """Every word a PERSON value of AA may hold, casefolded: each pool's names whole and by their
    hyphenated parts, typed without diacritics, and Polish surnames in the feminine."""
    words: set[str] = set()
    for origin in ORIGINS.values():
        for pool in (origin.given_f, origin.given_m, origin.surnames):
            for name in pool.names:
                for form in (name, plain(name), feminine(name), plain(feminine(name))):
                    words.add(form.casefold())
                    words.update(part.casefold() for part in form.split("-"))
    return words
