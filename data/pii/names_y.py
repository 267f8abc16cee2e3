# ruff: noqa: E501
"""Held-out Y's name pools: names as the population has them, each list with its source and
its weight (a fourth writer; stdlib only, read by generate_y.py at generate time).

Sources and weights:
- Swedish-born (`swedish`): given names and surnames in the order SCB's published name
  statistics rank them (the number of people registered with each name, written from the
  writer's general knowledge of those tables, not copied from a file). The first 150 of each
  list are its head, the rest its tail (ranks beyond 150, still real Swedish names). Weight by
  rank, Zipf-like: 1 / rank.
- Origins common in Sweden (SCB's foreign-born and second generation by country, rough share of
  the population, from general knowledge): Finnish, Arabic (Syria, Iraq, Lebanon), Persian
  (Iran, Afghanistan's Dari speakers), Kurdish, Somali, Eritrean (Tigrinya), Polish,
  Bosnian/Serbian/Croatian, Turkish, Chilean/Spanish-speaking, Thai, Indian. Each list is its
  commonest names in order, the head its first two thirds, weight 1 / rank.
- English-speaking (`us`): the US Census 1990 frequency lists (public domain; the `names`
  package 0.3.0's dist.female.first, dist.male.first and dist.all.last), ranks 1 to 330, weight
  the census frequency (per cent of the population); head ranks 1 to 150, tail 151 to 330.
- English-speaking (`uk`): the UK's commonest given names (ONS baby-name ranks of the 1960s to
  1990s, adults at work today) and surnames (commonest in Great Britain), general knowledge,
  weight 1 / rank; head the first two thirds.
- `MIXES`: the share of each origin among the people of a row, by language (below).
- `HEAD_SHARE`: 0.8 of name words are drawn from a list's head, 0.2 from its tail.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8


@dataclass(frozen=True)
class Pool:
    """Names in rank order, their weights, and how many of the first are the head."""

    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def _unique(words: list[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for word in words:
        if word not in seen:
            seen.add(word)
            out.append(word)
    return out


def ranked(text: str, head: int | None = None) -> Pool:
    """A pool from names in rank order, weight 1 / rank; head its first `head` (or 2/3)."""
    names = tuple(_unique(text.split()))
    size = head if head is not None else max(1, round(len(names) * 2 / 3))
    return Pool(names, tuple(1 / (i + 1) for i in range(len(names))), min(size, len(names)))


def _census_word(word: str) -> str:
    word = word.capitalize()
    if word.startswith("Mc") and len(word) > 2:
        word = "Mc" + word[2:].capitalize()
    return word


def census(text: str, head: int = 150) -> Pool:
    """A pool from `Name:frequency` pairs of the US Census 1990, weight the frequency."""
    pairs = [item.split(":") for item in text.split()]
    names = tuple(_census_word(n) for n, _ in pairs)
    return Pool(names, tuple(float(f) for _, f in pairs), head)


# --- Swedish-born: SCB's ranks (head: the first 150) --------------------------------------
SV_GIVEN_F = ranked(
    """
Anna Eva Maria Karin Kristina Lena Sara Kerstin Emma Ingrid Marie Malin Linnéa Jenny Hanna
Elin Birgitta Sofia Inger Annika Susanne Monica Ulla Julia Linda Johanna Elisabeth Camilla Ida
Margareta Carina Helena Ebba Anette Amanda Åsa Gunilla Sandra Alice Elsa Siv Matilda Ann Maja
Lisa Louise Therese Caroline Frida Madeleine Agneta Anneli Ellen Josefin Emelie Wilma Moa
Ingegerd Britt Katarina Barbro Jessica Cecilia Ella Astrid Gun Ulrika Klara Charlotte Elisabet
Agnes Lina Sofie Alva Viktoria Anita Marianne Gunnel Lovisa Inga Felicia Emilia Ann-Christin
Ann-Marie Nathalie Mona Ingela Ellinor Jennie Helen Pia Olivia Sanna Irene Vera Saga Signe
Märta Elvira Nora Tilda Stina Annelie Ylva Lotta Rebecka Tove Linn Tuva Isabelle Hedvig Erika
Petra Mikaela Evelina Elsie Majken Solveig Gerd Lilian Rut Karolina Martina Paulina Isabella
Kristin Ingeborg Karina Yvonne Lisbeth Berit Margit Anna-Karin Ann-Sofie Mia Eva-Lena Maj
Britt-Marie Gunvor Elena Susanna Johanne Charlotta Josefine Jeanette Liv Selma Stella Ines
Freja Ronja Juni Leah Mira Lykke Meja Hilda Greta Dagmar Majvor Iris Sigrid Gullan Marita
Laila Eivor Kajsa Tina Lillemor Marika Kicki Ewa Asta Svea Rakel Tyra Hjördis Maud Viola Vendela
""",
    head=150,
)
SV_GIVEN_M = ranked(
    """
Lars Mikael Anders Johan Erik Per Karl Peter Thomas Jan Daniel Fredrik Hans Andreas Stefan
Mohammed Mats Magnus Bengt Marcus Jonas Mattias Nils Björn Alexander Bo Martin Leif Henrik Ulf
Sven Christer Göran Oskar Niklas David Emil Gustav Patrik Roger Robert Tommy Kjell Rolf Viktor
Stig Simon Tobias Jonathan Christian Lennart Filip Sebastian Rickard Joakim William Anton Kent
Kristoffer Lucas Hugo Axel Elias Liam Oliver Olof Gunnar Åke Ingemar Kenneth Dan Håkan Arne
Kurt Hampus Adam Jakob Isak Rasmus Mohamed Ali Robin Jimmy Claes Torbjörn Sten Roland Jörgen
Sune Tomas Ove Dennis Jesper Linus Albin Noah Ludvig Edvin Melvin Theo Vincent Leo Love Olle
Arvid Alfred Karl-Erik Jan-Erik Per-Olof Lars-Göran Gösta Bertil Tord Rune Pontus Johnny
Hannes Sixten Malte Ebbe Jacob Samuel Felix Benjamin Gabriel Isac Frans Valter Harry Ture
Folke Torsten Ronny Conny Lars-Erik Mathias Carl Jens Kim Ola Per-Anders Lage Sigvard Nils-Erik
Bo-Göran Gustaf Johannes Max Charlie Elis Otto August Colin Wilhelm Josef Einar Erland Jarl
Evert Valdemar Birger Henning Inge Kåre Yngve Algot Harald Holger Assar Svante Morgan Pelle
Uno Östen Reine Gert Jerker Mauritz Staffan Tore Vidar Örjan Hasse Leffe Ragnar Otto Natanael
""",
    head=150,
)
SV_SURNAMES = ranked(
    """
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
Lindström Lindqvist Lindgren Axelsson Berg Bergström Lundberg Lind Lundgren Lundqvist Mattsson
Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Wallin Engström Eklund Danielsson
Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Fransson Bergqvist
Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström Mårtensson
Lundström Ali Viklund Björklund Eliasson Pålsson Berggren Sandström Lund Nordin Ström Åberg
Hermansson Ekström Holmgren Falk Sundberg Hellström Dahlberg Mohammed Hedlund Sundström Ek
Sjögren Abrahamsson Öberg Blom Martinsson Andreasson Strand Månsson Åkesson Jonasson Hansen
Ivarsson Holmqvist Nordqvist Lindholm Göransson Lindblom Mohamed Bergkvist Nordberg Dahl
Lindahl Sundqvist Hedberg Nyman Engberg Strömberg Lindell Karlström Edlund Petersson
Holmström Ahmed Söderström Englund Lindén Sjöström Norberg Borg Hassan Backman Kristiansson
Nordlund Malmberg Stenberg Ekberg Sundin Åström Friberg Hedman Larsen Ottosson Ekman Bergh
Kjellberg Hägg Westin Skoglund Hedström Moberg Gustavsson Wahlström Nordgren Lindkvist
Löfqvist Sjödin Kjellström Ahlberg Granberg Lindroth Emanuelsson Bäckström Åkerlund Thorsson
Wennberg Sandell Hallberg Forsman Rydberg Holmlund Sjölund Lilja Edström Boström Dahlgren
Wiklund Marklund Lindvall Hägglund Johnsson Nygren Vikström Sjöholm Norén Falk Pihl Wallgren
Lindgren Brandt Sandin Palm Hjalmarsson Sundell Rosén Berglöf Carlsson Ljung Nord Haglund
Bergdahl Lundkvist Ahlström Kvist Mellberg Tell Hammar Ek Rask Stål Åkerman Ohlsson Grahn
""",
    head=150,
)

# --- Origins common in Sweden: commonest names of each (head: the first two thirds) -----------
FI = Origin(
    ranked(
        "Anne Tuula Päivi Leena Riitta Pirjo Sirpa Marja Kaija Ritva Tarja Eija Aino Helmi Satu Minna Sanna Hanna Laura Johanna Elina Kaisa"
    ),
    ranked(
        "Juha Timo Matti Kari Mikko Jari Antti Jukka Mika Markku Pekka Hannu Heikki Seppo Ville Janne Tuomas Ilkka Jouni Veikko Raimo Esa"
    ),
    ranked(
        "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen"
    ),
)
AR = Origin(
    ranked(
        "Fatima Maryam Zainab Sara Nour Aya Rana Layla Huda Amal Rania Yasmin Hiba Lina Dima Rasha Noor Samira Iman Reem Salma Hala Dalia Mariam Ghada Souad"
    ),
    ranked(
        "Mohammed Ahmed Ali Omar Hassan Hussein Mahmoud Khaled Mustafa Ibrahim Yousef Abdullah Karim Samir Rami Tarek Bilal Hamza Amir Nabil Fadi Majid Walid Jamal Bassam Ammar"
    ),
    ranked(
        "Ali Mohammed Ahmed Hassan Hussein Ibrahim Abdullah Khalil Haddad Saleh Mahmoud Youssef Al-Hassan Jaber Hamdan Nasser Issa Mansour Khoury Darwish Salim Aziz Suleiman Kassem Rahman Othman Hamid Abbas Kadhim Jabbar"
    ),
)
FA = Origin(
    ranked(
        "Maryam Fatemeh Zahra Sara Narges Leila Shirin Parisa Neda Nasrin Mina Azadeh Roya Samira Elham Ladan Farideh Niloofar Golnar Mahsa Setareh"
    ),
    ranked(
        "Ali Mohammad Reza Hossein Mehdi Amir Hamid Saeed Ahmad Hassan Majid Behrouz Farhad Davood Babak Kaveh Arash Omid Dariush Siamak Navid Payam"
    ),
    ranked(
        "Mohammadi Hosseini Ahmadi Rezaei Karimi Moradi Jafari Rahimi Hashemi Sadeghi Mousavi Ghorbani Najafi Kazemi Tehrani Rostami Azizi Hosseinzadeh Shirazi Amini Ebrahimi Bagheri Safari Nazari Sharifi"
    ),
)
KU = Origin(
    ranked(
        "Shirin Rojin Berfin Nazdar Avin Dilan Bahar Hevin Nasrin Rozerin Zilan Jiyan Narin Delal Evin"
    ),
    ranked(
        "Azad Rebwar Kawa Dilshad Shwan Bakhtiar Hawre Karwan Sherzad Aram Baran Soran Zana Rizgar Hiwa"
    ),
    ranked(
        "Ahmad Barzani Mustafa Qadir Rashid Salih Aziz Hamad Karim Omar Jalal Hussein Talabani Khoshnaw Amin Saeed Kurdi Mahmud"
    ),
)
SO = Origin(
    ranked(
        "Fadumo Hodan Amina Faadumo Sahra Hawa Khadija Asha Ifrah Nasra Halima Sagal Maryan Ayan Deqa Hibo Ubah Safiya Sucaad"
    ),
    ranked(
        "Mohamed Abdi Ahmed Hassan Ali Abdullahi Omar Yusuf Ismail Abdirahman Mahad Abdikarim Farah Guled Liban Ayanle Said Hussein Bashir"
    ),
    ranked(
        "Mohamed Ahmed Hassan Ali Abdi Omar Farah Yusuf Ismail Abdullahi Hussein Warsame Jama Osman Nur Aden Egal Dahir Hirsi Mohamud"
    ),
)
ER = Origin(
    ranked(
        "Helen Senait Selam Mebrat Saba Yordanos Tsega Semhar Luwam Winta Hiwet Feven Rahwa Eden Mahlet Almaz"
    ),
    ranked(
        "Yonas Daniel Tesfay Mehari Samuel Yohannes Berhane Dawit Filmon Aron Kidane Habtom Mussie Tekle Ghebre Biniam Robel"
    ),
    ranked(
        "Tesfay Ghebremedhin Haile Tekle Berhane Kidane Mehari Gebremariam Woldu Andemariam Habte Yohannes Tesfamariam Asmerom Fisseha Negash Araya"
    ),
)
PL = Origin(
    ranked(
        "Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Elżbieta Joanna Aleksandra Monika Zofia Beata Dorota Natalia Karolina Marta Justyna Paulina Iwona"
    ),
    ranked(
        "Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Jakub Adam Łukasz Marek Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Kamil Rafał Maciej Sebastian"
    ),
    ranked(
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Wojciechowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek"
    ),
)
BCS = Origin(
    ranked(
        "Amra Azra Emina Lejla Selma Amela Mirela Jasmina Vesna Dragana Snežana Maja Ivana Marija Ana Jelena Milena Sanja Nermina Aida Merima Alma"
    ),
    ranked(
        "Adnan Amir Emir Haris Edin Mirza Nedim Dragan Zoran Goran Dejan Nenad Milan Marko Ivan Luka Stefan Nikola Senad Damir Elvir Almir"
    ),
    ranked(
        "Hodžić Hadžić Kovačević Begić Delić Mehmedović Hasanović Ahmetović Husić Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Horvat Kovačić Babić Marić Jurić Novak Mujić Alić Omerović Popović Pavlović"
    ),
)
TR = Origin(
    ranked(
        "Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hanife Merve Özlem Esra Derya Gül Büşra Yasemin Sevgi Aylin"
    ),
    ranked(
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah Mahmut Recep Emre Burak Kemal Serkan"
    ),
    ranked(
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Aktaş"
    ),
)
LATIN = Origin(
    ranked(
        "María Carolina Francisca Catalina Javiera Constanza Camila Valentina Paula Daniela Fernanda Claudia Patricia Andrea Carmen Isabel Lucía Marcela Ximena Gabriela Rosa"
    ),
    ranked(
        "José Juan Luis Carlos Jorge Francisco Pablo Diego Sebastián Cristóbal Matías Felipe Rodrigo Manuel Antonio Miguel Alejandro Fernando Ricardo Andrés Gonzalo Mario"
    ),
    ranked(
        "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Ramírez Reyes Gutiérrez Castro Vargas García Sánchez Romero"
    ),
)
TH = Origin(
    ranked(
        "Somchai Malee Siriporn Nok Ploy Kanya Wanida Sunisa Pornthip Jintana Supaporn Duangjai Ratana Nittaya Kanokwan Araya Lamai Busaba"
    ),
    ranked(
        "Somchai Somsak Sompong Prasert Anan Chaiya Wichai Kittisak Surasak Thongchai Niran Prayut Somkid Arthit Boonmee Chatchai"
    ),
    ranked(
        "Saetang Srisuk Wongsawat Chaiyaporn Thongdee Suwannarat Boonyarat Kaewmanee Phromma Sukprasert Rattanakorn Saelim Charoenkul Somboon Inthanon Jaidee"
    ),
)
IN = Origin(
    ranked(
        "Priya Anjali Pooja Neha Divya Sneha Kavya Lakshmi Deepa Shruti Swati Aishwarya Meera Ananya Nisha Sunita Radha Aarti Shreya Ritu Geeta Kiran"
    ),
    ranked(
        "Rahul Amit Rajesh Suresh Vikram Arjun Sanjay Ravi Anil Rohit Vijay Deepak Manoj Arun Karthik Aditya Nikhil Ramesh Srinivas Prakash Harish Vivek"
    ),
    ranked(
        "Patel Sharma Singh Kumar Gupta Reddy Shah Nair Iyer Rao Mehta Joshi Desai Menon Pillai Krishnan Agarwal Verma Chopra Kapoor Banerjee Mukherjee Bhat Naidu Chatterjee Das Malhotra Srinivasan"
    ),
)

# --- English-speaking: US Census 1990 (frequency, per cent) and the UK's commonest --------------
US_GIVEN_F = census(
    """
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
)

US_GIVEN_M = census(
    """
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
)

US_SURNAMES = census(
    """
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
Reynolds:0.078 Fisher:0.077 Ellis:0.077 Harrison:0.076 Gibson:0.075 Mcdonald:0.075 Cruz:0.075
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
Meyer:0.048 Bishop:0.048 Mccoy:0.048 Howell:0.048 Alvarez:0.048 Morrison:0.048 Hansen:0.047
Fernandez:0.047 Garza:0.047 Harvey:0.047 Little:0.046 Burton:0.046 Stanley:0.046 Nguyen:0.046
George:0.046 Jacobs:0.046 Reid:0.046 Kim:0.045 Fuller:0.045 Lynch:0.045 Dean:0.045 Gilbert:0.045
Garrett:0.045 Romero:0.045 Welch:0.044 Larson:0.044 Frazier:0.044 Burke:0.044 Hanson:0.043
Day:0.043 Mendoza:0.043 Moreno:0.043 Bowman:0.043 Medina:0.042 Fowler:0.042 Brewer:0.042
Hoffman:0.042 Carlson:0.042 Silva:0.042 Pearson:0.042 Holland:0.042 Douglas:0.041 Fleming:0.041
Jensen:0.041 Vargas:0.041 Byrd:0.041 Davidson:0.041 Hopkins:0.041 May:0.040 Terry:0.040
Herrera:0.040 Wade:0.040 Soto:0.040 Walters:0.040 Curtis:0.040 Neal:0.039 Caldwell:0.039
Lowe:0.039 Jennings:0.039 Barnett:0.039 Graves:0.039 Jimenez:0.039 Horton:0.039 Shelton:0.039
Barrett:0.039 Obrien:0.039 Castro:0.039 Sutton:0.038 Gregory:0.038 Mckinney:0.038 Lucas:0.038
Miles:0.038 Craig:0.038 Rodriquez:0.037 Chambers:0.037 Holt:0.037 Lambert:0.037 Fletcher:0.037
Watts:0.037 Bates:0.037 Hale:0.037 Rhodes:0.037 Pena:0.037 Beck:0.037 Newman:0.036 Haynes:0.036
Mcdaniel:0.036 Mendez:0.036 Bush:0.036 Vaughn:0.036 Parks:0.035 Dawson:0.035 Santiago:0.035
Norris:0.035 Hardy:0.035 Love:0.035 Steele:0.035 Curry:0.035 Powers:0.035 Schultz:0.035
Barker:0.035 Guzman:0.034 Page:0.034 Munoz:0.034 Ball:0.034 Keller:0.034 Chandler:0.034
Weber:0.034 Leonard:0.034 Walsh:0.033 Lyons:0.033 Ramsey:0.033 Wolfe:0.033 Schneider:0.033
Mullins:0.033
"""
)
UK_GIVEN_F = ranked(
    "Sarah Emma Claire Nicola Lisa Rebecca Laura Emily Louise Amy Hannah Jessica Kelly Rachel Helen Gemma Charlotte Sophie Victoria Joanne Lucy Katie Stephanie Samantha Kirsty Jennifer Natalie Zoe Michelle Karen Julie Susan Deborah Alison Tracey Amanda Jane Catherine Elizabeth Fiona Lauren Holly Megan Chloe Georgia Olivia Grace Ellie Abigail Bethany Rose Hope"
)
UK_GIVEN_M = ranked(
    "David John James Paul Mark Michael Andrew Richard Daniel Christopher Matthew Robert Stephen Thomas Peter Ian Simon Gary Steven Darren Lee Craig Jonathan Adam Benjamin Samuel Oliver Jack Joshua Luke Ryan Liam Jamie Callum Connor Kieran Neil Martin Stuart Alan Graham Kevin Philip Nigel Tom Harry George Alexander William Edward"
)
UK_SURNAMES = ranked(
    "Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher Stevens Jenkins Murray Dixon Harvey Graham Pearson Ahmed Fletcher Walsh Kaur Gibson Howard Andrews Stewart Elliott Reynolds Saunders Payne Fox Ford Pearce Day Brooks West Lawrence Cole Atkinson Bradley Spencer Gill Dawson Ball Burton"
)

US = Origin(US_GIVEN_F, US_GIVEN_M, US_SURNAMES)
UK = Origin(UK_GIVEN_F, UK_GIVEN_M, UK_SURNAMES)
SV = Origin(SV_GIVEN_F, SV_GIVEN_M, SV_SURNAMES)

ORIGINS: dict[str, Origin] = {
    "swedish": SV, "finnish": FI, "arabic": AR, "persian": FA, "kurdish": KU, "somali": SO,
    "eritrean": ER, "polish": PL, "bcs": BCS, "turkish": TR, "latin": LATIN, "thai": TH,
    "indian": IN, "us": US, "uk": UK,
}  # fmt: skip

# The origins of the people of a row, by the row's language (per cent, rough). Swedish rows: the
# population of Sweden by name origin (about three quarters Swedish-born with Swedish names, then
# SCB's largest groups of foreign-born and their children: Syria and Iraq, Finland, the former
# Yugoslavia, Poland, Iran, Somalia, Turkey, Eritrea, India, Thailand, Chile). English rows: the
# international staff, customers and suppliers of a Swedish company writing English: US and UK
# names, colleagues with Swedish names, India's engineers, and the rest. Mixed rows: between.
MIXES: dict[str, dict[str, float]] = {
    "sv": {"swedish": 74, "arabic": 7, "finnish": 4, "bcs": 2.5, "polish": 2, "persian": 2,
           "somali": 1.5, "kurdish": 1.5, "turkish": 1, "eritrean": 1, "indian": 1.5, "thai": 0.5,
           "latin": 1, "uk": 0.25, "us": 0.25},
    "en": {"us": 32, "uk": 24, "swedish": 22, "indian": 8, "arabic": 4, "polish": 2, "finnish": 2,
           "latin": 2, "persian": 1.5, "turkish": 1, "bcs": 1, "somali": 0.5},
    "mixed": {"swedish": 52, "us": 10, "uk": 8, "indian": 6, "arabic": 7, "finnish": 3,
              "persian": 2.5, "polish": 2.5, "bcs": 2, "turkish": 1.5, "somali": 1.5,
              "kurdish": 1, "eritrean": 1, "thai": 1, "latin": 1},
}  # fmt: skip


def plain(word: str) -> str:
    """A name typed without its diacritics (`Kovacevic`, `Lukasz`), as many keyboards write it."""
    table = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "Đ": "Dj", "đ": "dj"})
    decomposed = unicodedata.normalize("NFKD", word.translate(table))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname in its feminine form (`Kowalska`)."""
    for end, fem in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(end):
            return surname[: -len(end)] + fem
    return surname


def name_words() -> set[str]:
    """Every name word of every pool, case-folded, as typed and plain, Polish feminine forms too."""
    words: set[str] = set()
    for origin in ORIGINS.values():
        for pool in (origin.given_f, origin.given_m, origin.surnames):
            for name in pool.names:
                for form in (name, plain(name), feminine(name), plain(feminine(name))):
                    words.add(form.casefold())
    return words
