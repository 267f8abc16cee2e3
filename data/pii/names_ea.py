# ruff: noqa: E501
"""Name pools for held-out EA (issue 15), weighted by how often people carry the names.

Written from general knowledge by a helper who does not tune the detector: Swedish given names
and surnames in the rank order of SCB's name statistics (weight 1/rank, head the top 150 and a
tail of rarer names past them), the US Census 1990 lists (copied from the `names` package's
`dist.female.first`, `dist.male.first` and `dist.all.last`, the census per cent as weight, head
150), UK given names and surnames in the order of the ONS rankings (1/rank), and the commonest
names of the origins common in Sweden (1/rank, head 10). No name was checked against anything in
the repository; none was left out for being known or unknown.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this probability, else its tail


@dataclass(frozen=True)
class Pool:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int  # names[:head] are the head, the rest the tail


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def words(text: str) -> tuple[str, ...]:
    """Names from whitespace-separated text; `_` stands for a space inside a name (`von_Sydow`)."""
    return tuple(w.replace("_", " ") for w in text.split())


def ranked(text: str, head: int) -> Pool:
    """A list in rank order: weight 1/rank."""
    names = words(text)
    if len(set(names)) != len(names):
        seen: set[str] = set()
        dupes = [n for n in names if n in seen or seen.add(n)]
        raise ValueError(f"duplicates: {dupes}")
    return Pool(names, tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names)))


def census(items: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A census list: the per cent of people carrying the name as weight."""
    return Pool(tuple(n for n, _ in items), tuple(w for _, w in items), head)


PLAIN = str.maketrans({
    "ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "İ": "I", "ø": "o", "Ø": "O", "ß": "ss",
    "æ": "ae", "Æ": "Ae", "ê": "e", "î": "i",
})  # fmt: skip


def plain(name: str) -> str:
    """The name typed without its letters: `Łukasz` -> `Lukasz`, `Đorđević` -> `Djordjevic`."""
    out = unicodedata.normalize("NFKD", name.translate(PLAIN))
    return "".join(ch for ch in out if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: -ski/-cki/-dzki to -ska/-cka/-dzka."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# Sweden: SCB's name statistics, in rank order as the writer knows them (all carriers, not babies).
SV_F = ranked(
    """
Maria Elisabeth Anna Kristina Margareta Eva Linnéa Karin Birgitta Marie Ingrid Sara Emma Christina
Lena Kerstin Sofia Helena Johanna Ulla Katarina Inger Linda Ingegerd Louise Elin Marianne Hanna Ida
Malin Anita Susanne Jenny Monica Elsa Annika Viktoria Gunilla Ulrika Ann Carina Alice Ingeborg
Barbro Julia Siv Matilda Camilla Amanda Charlotte Astrid Wilma Therese Åsa Frida Irene Josefine
Gun Ebba Yvonne Agneta Maja Elina Cecilia Emelie Sandra Ellen Britt Klara Rebecka Lisa Caroline
Marita Sofie Helen Anette Erika Ella Alva Moa Agnes Gunnel Lovisa Madeleine Jessica Ingela Pia
Kajsa Ann-Christin Margit Jeanette Ronja Stina Vera Saga Isabelle Felicia Olivia Nora Ann-Marie
Anneli Eleonora Gunhild Elvira Hilda Sigrid Signe Tilda Selma Ester Greta Isabella Emilia Freja
Majken Ann-Sofie Anna-Karin Mona Rut Lina Josefin Jennifer Angelica Sabina Fredrika Mikaela Petra
Linn Nathalie Elisabet Ewa Gerd Harriet Solveig Berit Maj Inga Iris Tove Tuva Ellinor Patricia
Veronica Ylva Maud Lillemor Hedvig Gunvor
Amelia Lilly Stella Thea Leah Meja Livia Juni Tyra Hedda Nellie Cornelia Novalie Svea Edith Märta
Aurora Nova Elise Filippa Ines Lykke Emmy Melissa Michaela Mathilda Rebecca Hillevi Kristin
Birgit Britta Dagmar Doris Elvy Evy Gertrud Ingalill Irma Karolina Lilian Margaretha Marit Sonja
Ulrica Ulla-Britt Anne Annelie Benita Carolina Christel Eivor Gullan Gunbritt Hjördis Inga-Lill
Ingvor Laila Lisbeth Magdalena Marlene Mia Monika Märit Nina Paula Rose-Marie Ragnhild Sylvia Tora
Tina Viola Vivi Vivianne Yvette Åse Alexandra Anja Annette Beatrice Bodil Catharina Charlotta
Desirée Elena Emilie Evelina Fanny Gabriella Gisela Ilona Jannike Jill Josephine Lotta Magda
Malva Marina Mira Molly Nadja Natalie Paulina Rakel Regina Sanna Sigrun Siri Solbritt Susann
Teresia Tindra Valborg Wendela Vilma Yasmin Zara Alma Elma Liv Lo Mila Othilia Rosa Tea Tekla
Valentina Vendela Viveka Britt-Marie Gun-Britt Eva-Lena Ann-Louise Annica Cajsa Jennie Jonna Hanne
Hannah Madelene Lisen Mimmi Nelly Ottilia Ragnvi Saskia Ulla-Lena
Majvor Solvig Ingbritt Aina Alfhild Asta Dorotea Edla Elna Gudrun Hulda Ida-Maria
Judit Lydia Märtha Ninni Rigmor Svanhild Wiveka
""",
    150,
)
SV_M = ranked(
    """
Lars Karl Mikael Anders Johan Per Erik Carl Nils Jan Lennart Peter Hans Thomas Daniel Gustav
Fredrik Bengt Sven Åke Magnus Bo Oskar Stefan Alexander Göran Andreas Axel Martin Leif Ulf Björn
Mats Henrik Kjell Arne William David Tommy Christer Anton Rolf Hugo Sebastian Olof Filip Gunnar
Simon Viktor Emil Roger Stig Marcus Roland Niklas Ingemar Patrik Jonas Robert Lucas Tobias
Rickard Jonathan Christoffer Joakim Elias Kent Oliver Adam Håkan Kurt Johannes Claes Isak Jakob
Jesper Robin Gösta Liam Ludvig Hampus Ali Noah Dennis Jimmy Leo Ove Mohammed Theo Kenneth Benjamin
Vincent Kristoffer Rune Sten Torbjörn Mattias Jörgen Jonny Lukas Samuel Max Albin Alfred Arvid
Edvin Elis Gabriel Harald Helmer Hjalmar Ivar Jacob Josef Kevin Linus Love Melvin Milo Nicklas
Noel Olle Otto Pontus Ragnar Sigvard Sixten Tage Valter Vilgot Wilhelm Yngve Ahmed Bertil Birger
Conny Curt Dan Dag Einar Erland Folke Gert Ingvar Jens Karl-Erik Lars-Erik Jan-Erik Per-Olof
Adrian Albert Algot Allan Alvar Artur Assar August Benny Bernt Bruno Carl-Johan Casper Charlie
Colin Dante Eddie Egon Elliot Enar Eskil Evert Fabian Felix Ferdinand Frans Gideon Glenn
Gottfried Greger Halvard Hannes Harry Helge Herbert Hilding Holger Ingmar Ivan Jack Jarl Joel Jon
Jonatan Julius Karl-Johan Klas Knut Konrad Lage Lars-Göran Leon Levi Loke Malte Manfred Marcel
Melker Morgan Mårten Natanael Nicolas Ola Olav Orvar Osvald Paul Per-Erik Petter Philip Rasmus
Reidar Rikard Ruben Rudolf Sam Severin Sigurd Sivert Ture Ulrik Uno Vidar Vilhelm Vilmer Walter
Wiktor Östen Gustaf Sigge Sune Tor Tore Torsten Valdemar Werner Bror Börje Evald Georg Gerhard
Göte Hadar Hilmer Ingolf Kaj Mauritz Ossian Ebbe Elof Emanuel Erling Frank Henry Ibrahim Isac
Joar Josua Kim Lenny Malcolm Matteo Mio Neo Omar Rafael Tim Tomas Ville Yusuf Ivar-Olof Jan-Olof
Lars-Olof Per-Anders Sven-Erik Nils-Erik Bo-Göran Hans-Olov Olov Staffan Sture Tord Tryggve Urban
Verner Viggo Yngvar Åsmund Kasper Lennarth Lothar Svante
""",
    150,
)
SV_S = ranked(
    """
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Carlsson Petersson Lindberg Magnusson
Lindström Gustavsson Olofsson Lindqvist Lindgren Axelsson Berg Jakobsson Bergström Lundberg Lind
Lundgren Lundqvist Mattsson Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin
Mohammed Engström Eklund Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström
Samuelsson Isaksson Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg
Blomqvist Claesson Nordström Ahmed Mårtensson Lundström Hassan Viklund Björklund Eliasson Pålsson
Berggren Sandström Lund Nordin Ström Åberg Falk Ekström Hermansson Holmgren Hellström Dahlberg
Hedlund Sundberg Sjögren Ek Blom Abrahamsson Martinsson Öberg Andreasson Strömberg Månsson
Åkesson Hansen Jonasson Norberg Lindholm Dahl Sundström Jeppsson Ibrahim Hedberg Nyman Omar
Söderström Ottosson Lindblom Holmqvist Lindell Nordqvist Ekman Strand Sundqvist Lilja Hussein
Mohamed Engberg Östlund Edlund Boström Lindahl Forslund Sahlin Wikman Hallberg Ahlström Åström
Westerberg Sjöstrand Lindkvist Nordlund Brandt Sundin Hedström Wennberg Gran Grönlund Wahlström
Almqvist Bäckström Rosén Byström Lundh Kvist Brännström Malm
Sköld Sundell Ekberg Westman Dahlgren Lindén Norén Törnqvist Hägg Alm Högberg Häggström Ljung
Vesterlund Fors Rydberg Sjödin Öhman Nordgren Melin Granberg Hammar Bergkvist Borg Forsman
Ljungberg Lundmark Wallgren Edström Frisk Hallin Holmström Hjalmarsson Jacobsson Ivarsson
Kristiansson Kjellberg Lagerqvist Lindroth Ljunggren Lövgren Modig Nordh Norling Olausson Palm
Rask Roos Rydén Sandgren Stenberg Svärd Sörensen Tornberg Vallin Wester Wiberg Wikberg
Zetterberg Zackrisson Ågren Blomberg Backman Bergstrand Carlberg Eng Fält Grahn Hagberg Hedin
Hellberg Jernberg Kronberg Lindh Lundell Lönn Malmberg Moberg Nord Nygren Pihl Rehn Sandin Selin
Sjölund Stål Thor Törn Unger Wall Wallén Wiklund Östman Appelqvist Söderlund Lindmark Hedman
Hägglund Sundelin Bohlin Aronsson Ekholm Ahlberg Sandell Björkman Gustafson Lindquist
Holmlund Strömqvist Östberg Bergh Lundblad Nordenström Sällström Wiström Åkerlund Thunberg
Lindvall Frid Sundkvist Wendel Jäderberg Enström Skoglund Tengvall Rönnqvist Eskilsson Davidsson
Gabrielsson Ingvarsson Josefsson Nordenskjöld Ahlgren Broberg Carlström Dahlqvist Edvardsson
Ericson Granlund Haglund Holmén Hultgren Isberg Kjellström Larsén Lidén Lundkvist Mellberg
Nilsén Nyqvist Pehrsson Rosengren Sjöholm Stenström Sylvén Tegnér Utterström Wennerström
Åslund Öquist Burman Dahlin Elfving Engman Grip Hammarström Hultman Kullberg Lejon
Mörk Nordmark Ramberg Sandqvist Skog Strandberg Tibell Vikström Wahlberg Westin Älg Örn
von_Sydow De_Geer af_Klercker von_Knorring Wachtmeister Gyllenhaal Silfverskiöld Leijonhufvud
Stiernstedt Rudbeck von_Essen af_Ekenstam Nguyen Yilmaz Kaya Abdi Farah Yusuf Kowalski Nowak
""",
    150,
)

# The UK: given names in the order of the ONS rankings across the decades of people at work now,
# then the newest ones; surnames in the order of the ONS/GRO counts (weight 1/rank).
UK_F = ranked(
    """
Sarah Emma Laura Claire Rebecca Gemma Nicola Kelly Amy Rachel Lisa Victoria Hannah Jennifer
Samantha Louise Natalie Michelle Stephanie Charlotte Katie Lauren Jessica Helen Joanne Zoe Hayley
Emily Lucy Sophie Amanda Donna Karen Susan Julie Jane Catherine Elizabeth Kirsty Leanne Danielle
Jade Chloe Kerry Alison Tracey Dawn Deborah Sharon Angela Caroline Jacqueline Anna Fiona Jodie
Lindsay Katherine Elaine Andrea Kate Stacey Melanie Holly Georgia Abigail Megan Olivia Amelia Isla
Ava Mia Grace Ellie Lily Sophia Freya Poppy Evie Isabella Ruby Millie Daisy Phoebe Alice Florence
Matilda Eleanor Harriet Beth Natasha Ellen Ruth Alexandra Kathryn Lynne Gillian Carol Margaret
Patricia Christine Linda Janet Wendy Joanna Heather Sally Kimberley Bethany Jasmine Shannon Rosie
Molly Courtney Eve Imogen Paige Naomi Aimee Siobhan Aisha
Fatima Priya Amina Maryam Zara Yasmin Sian Rhiannon Ffion Bronwen Catrin Morag Ailsa Mhairi Roisin
Niamh Aoife Ciara Orla Eilidh Kayleigh Charlene Lorraine Pauline Maureen Brenda Jean Valerie
Shirley Irene Marion Hazel Yvonne Tina Debbie Mandy Leah Toni Chelsea Amber Bethan
Cerys Gwen Nia Keeley Jemma Kirstie Sinead Tamsin Tilly Esme Willow Ivy Sienna
Elsie Rosa Maisie Lexi Layla Nancy Iris Clara Beatrice Edith Lottie Penelope Ottilie Thea Darcey
Connie Hollie Tia Demi Carly Vicky Annabel Arabella Henrietta Felicity Verity Philippa Cressida
""",
    130,
)
UK_M = ranked(
    """
David Paul Andrew Mark James Michael John Richard Daniel Christopher Matthew Stephen Robert
Thomas Peter Steven Lee Jonathan Craig Gary Simon Adam Ian Neil Jamie Ryan Ben Kevin Anthony
Darren Martin Sam Jack Oliver Harry George Luke Joshua Liam Alexander Nicholas Philip Stuart
Graham Scott William Carl Jason Dean Wayne Shaun Alan Colin Barry Keith Nigel Tony Gareth Rhys
Dylan Callum Connor Kieran Jordan Nathan Aaron Charlie Joe Alfie Noah Leo Arthur Oscar Freddie
Archie Henry Theo Jacob Ethan Mason Muhammad Mohammed Ali Hamza Ibrahim Yusuf Omar Aidan Owen Rory
Fraser Euan Hamish Angus Ewan Dafydd Gethin Iwan Declan Sean Patrick Conor Cian Niall Brian
Kenneth Gordon Raymond Roger Malcolm Derek Trevor Terry Russell Adrian Glen Jeremy Toby Rupert
Hugo Edward Benjamin Samuel Joseph
Harvey Reece Bradley Lewis Kyle Ross Ashley Marcus Elliot Max Finley Louie Reuben Tyler Zachary
Jake Billy Jay Tom Dominic Gavin Grant Lloyd Dale Mathew Jon Clive Geoffrey Howard Leslie Dennis
Douglas Bernard Frederick Stanley Albert Ernest Ronald Donald Gerald Vincent Francis Lawrence
Hywel Emyr Rhodri Llewellyn Gwilym Alastair Struan Lachlan Ruaridh Calum Ciaran Eoin Padraig
Rohan Arjun Rahul Sanjay Imran Bilal Tariq Kwame Kofi Tobias Barnaby Jasper Sebastian Crispin
Jenson Kai Ronnie Teddy Reggie Tommy Ellis Caleb Jude Felix Rowan Fergus
""",
    130,
)
UK_S = ranked(
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
Gill Dawson Ball Burton O'Brien Watts Rose Booth Perry Ryan Grant Wells Armstrong Francis
Rees Hayes Hart Hudson Newman Barrett Webster Hunter Gregory Carr Lowe Page Marsh Riley Dunn Woods
Parsons Berry Stone Reid Holland Hawkins Harding Porter Robertson Newton Oliver Reed Kennedy
Williamson Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry Burgess Bishop Walton Burns
Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls Hamilton Byrne Sutton McDonald Yates
Hodgson Robson Curtis Hopkins O'Connor Harper Coleman Watkins Moss McCarthy Chambers O'Neill
Griffin Sharp Hardy Wheeler Potter Osborne Johnston Gordon Doyle Wallace George Jordan Hutchinson
Reeves Rowe Lamb Wade Hilton Sullivan Chandler Frost Pritchard Kaye Hyde Ashton Blake Fowler Lucas
Goodwin Barton Norris Cartwright Flynn Sheppard Hammond Howell Gilbert Tucker Slater Whitehead
Thornton Pugh Davidson Hartley Mann Vaughan Lynch Connolly Kirby Daly Keane Quinn Maguire Farrell
Sweeney McKenzie MacLeod Fraser Mackay Sinclair Paterson Jamieson Ferguson Cunningham Boyle
Llewellyn Prosser Mahmood Iqbal Akhtar Rahman Chowdhury Okafor Mensah Kowalczyk
""",
    150,
)

# Origins common in Sweden: the commonest names as people of each origin carry them (1/rank,
# head 10), as the writer knows them from the countries' own statistics and from Swedish life.
FI_F = ranked(
    """
Maria Helena Johanna Anneli Kaarina Marjatta Anna Liisa Annikki Tuulikki Hannele Elina Katariina
Sanna Tuula Päivi Riitta Pirjo Sari Minna Leena Tiina Kirsi Marja Satu Heidi Laura Jaana Eila Aino
""",
    10,
)
FI_M = ranked(
    """
Juhani Johannes Olavi Antero Mikael Tapani Kalevi Matti Timo Kari Pekka Jukka Mikko Markku Jari
Antti Juha Heikki Hannu Seppo Ari Petri Sami Janne Tuomas Ville Lauri Eero Esa Pentti
""",
    10,
)
FI_S = ranked(
    """
Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen
Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen
Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hiltunen Kallio Leinonen
""",
    10,
)
# Arabic, from Iraq and Syria chiefly, with Assyrian/Syriac names.
AR_F = ranked(
    """
Fatima Maryam Zainab Noor Sara Aya Hiba Rana Layla Amal Huda Hanan Lina Rasha Dima Rania Sahar
Shahad Ghada Yasmin Reem Duaa Israa Ninve Shamiram Nahrain Mariam Samira Nadia Ruqaya
""",
    10,
)
AR_M = ranked(
    """
Mohammed Ahmed Ali Hussein Omar Mustafa Hassan Khaled Abdullah Ibrahim Youssef Mahmoud Karim
Haider Ammar Sami Bashar Tariq Firas Nabil Samir Rami Walid Yaser Ninos Sargon Aram Gabriel Ashur
Yousef Akram Muhannad
""",
    10,
)
AR_S = ranked(
    """
Ali Mohammed Ahmed Hassan Hussein Ibrahim Abdullah Jassim Kadhim Abbas Saleh Jabbar Khalil
Mahmoud Mustafa Younis Hamid Al-Obaidi Al-Hashimi Aziz Karim Sulaiman Al-Saadi Shamoun Barsoum
Saliba Gabriel Yakoub Aho Malke Lahdo Kourie Danho Ishak Hanna Elias Ablahad Al-Jabouri Mansour
""",
    10,
)
SO_F = ranked(
    """
Fadumo Amina Hodan Ayaan Sahra Khadra Hibo Asha Nasra Ifrah Deeqa Ubah Maryan Halima Sagal Hamdi
Zamzam Ruqiya Leyla Sucaad Najma Faadumo Idil Nimco
""",
    10,
)
SO_M = ranked(
    """
Mohamed Abdi Ahmed Ali Abdirahman Hassan Abdullahi Omar Yusuf Mahad Hussein Abdikarim Farah
Ismail Said Liban Bashir Abdiaziz Mukhtar Khalid Osman Abdiqani Guled
""",
    10,
)
SO_S = ranked(
    """
Mohamed Ali Abdi Ahmed Hassan Omar Farah Warsame Hussein Jama Yusuf Osman Nur Adan Ismail
Abdullahi Elmi Aden Egal Duale Guled Hirsi Dirie Mohamud Abdulle Samatar
""",
    10,
)
PL_F = ranked(
    """
Anna Katarzyna Maria Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Elżbieta Joanna
Aleksandra Monika Zofia Teresa Danuta Natalia Karolina Marta Beata Dorota Justyna Paulina Agata
Iwona Żaneta Jadwiga Grażyna
""",
    10,
)
PL_M = ranked(
    """
Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Stanisław Jakub Adam Marek Łukasz Grzegorz
Mateusz Wojciech Mariusz Dariusz Zbigniew Kamil Rafał Sławomir Przemysław Bartosz Jerzy Józef
""",
    10,
)
PL_S = ranked(
    """
Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak
Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Wojciechowski Krawczyk Kaczmarek Piotrowski
Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski
Stępień Malinowski Jaworski Adamczyk Dudek Górski Nowicki Sikora Walczak Baran Rutkowski Szewczyk
Ostrowski Zawadzki Czarnecki Sadowski Sawicki Chmielewski
""",
    10,
)
FA_F = ranked(
    """
Maryam Fatemeh Zahra Sara Narges Leila Shirin Mina Parisa Nasrin Roya Azadeh Mahsa Neda Shadi
Negar Golnaz Elham Ladan Farideh Mitra Yasaman Soheila Bahar Setareh Nazanin
""",
    10,
)
FA_M = ranked(
    """
Ali Mohammad Reza Hossein Mehdi Amir Hamid Saeed Behzad Farid Majid Babak Arash Kourosh Omid
Dariush Peyman Behrouz Navid Payam Kaveh Shahram Bijan Siamak Afshin Ramin
""",
    10,
)
FA_S = ranked(
    """
Mohammadi Hosseini Ahmadi Rezaei Moradi Karimi Hashemi Jafari Rahimi Ghorbani Akbari Sadeghi
Heidari Kazemi Mousavi Nazari Rostami Ebrahimi Azizi Amini Bagheri Farahani Tehrani Shirazi
Rahmani Sharifi Esmaeili Soltani Najafi Khosravi
""",
    10,
)
BCS_F = ranked(
    """
Amra Emina Lejla Mirela Jasmina Selma Aida Maja Ana Ivana Marija Jelena Dragana Snežana Vesna
Mirjana Tanja Sanja Azra Edina Amela Alma Dijana Nataša Sabina Senada Jovana Milica
""",
    10,
)
BCS_M = ranked(
    """
Edin Adnan Amir Mirza Haris Emir Senad Nermin Alen Dragan Zoran Goran Nikola Marko Stefan Milan
Ivan Dejan Nenad Jasmin Almir Elvis Mladen Slobodan Damir Zlatan Jovan Đorđe
""",
    10,
)
BCS_S = ranked(
    """
Hodžić Hadžić Begić Delić Mehmedović Kovačević Hasanović Ibrahimović Husić Omerović Karić
Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Stanković Pavlović Horvat Kovačić
Babić Marić Jurić Knežević Vuković Popović Šarić Halilović Mujić Salihović Alić Čolić
""",
    10,
)
TR_F = ranked(
    """
Ayşe Fatma Emine Hatice Zeynep Elif Merve Özlem Esra Büşra Derya Sevgi Gül Hülya Yasemin Melek
Songül Filiz Aysel Dilek Tuğba Nur Ebru Gülşen
""",
    10,
)
TR_M = ranked(
    """
Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Murat Ömer Osman Yusuf Emre Burak Serkan
Kemal Erkan Volkan Cem Hakan Ercan Yasin Onur Tolga Gökhan
""",
    10,
)
TR_S = ranked(
    """
Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan
Çetin Kara Koç Kurt Özkan Şimşek Polat Özer Güler Aktaş Erdoğan Korkmaz Bulut Acar Kaplan Tekin
""",
    10,
)
KU_F = ranked(
    """
Rojin Berfin Jiyan Dilan Avin Zilan Hêvî Nesrin Shilan Gulistan Hana Shirin Shno Helin Lana
Nazdar Viyan Ronak Bêrîvan Delal Rozhin Awaz Nasrin Sozan
""",
    10,
)
KU_M = ranked(
    """
Aram Rebwar Karwan Hawre Dilshad Azad Shwan Sherwan Dara Kawa Serdar Baran Rêbaz Zana Hiwa Soran
Bakhtiyar Ako Diyar Botan Ahmad Shvan Hemin Sirwan
""",
    10,
)
KU_S = ranked(
    """
Ahmad Mahmud Rashid Aziz Hama Karim Amin Saleh Qadir Othman Rasul Abdulla Khoshnaw Zebari Tahir
Mustafa Faraj Hamad Osman Jaff Sharif Bakir Muhammad Hawrami Salih Kakei
""",
    10,
)
ER_F = ranked(
    """
Senait Helen Saba Selam Mebrat Luwam Feven Yordanos Semhar Lidia Rahel Winta Hiwet Tsega Almaz
Ruta Merhawit Eden Meron Mizan Elsa Abrehet Tsehaye Nardos
""",
    10,
)
ER_M = ranked(
    """
Yonas Daniel Samuel Tesfay Haile Mehari Kidane Dawit Tekle Yohannes Abraham Filmon Mussie Biniam
Henok Semere Berhane Amanuel Natnael Yemane Robel Efrem Solomon Michael
""",
    10,
)
ER_S = ranked(
    """
Tesfay Haile Kidane Tekle Gebremedhin Gebremariam Tesfamariam Ghebreyesus Habte Berhe
Weldemichael Andemariam Mehari Yohannes Kahsay Abraha Negash Asmelash Woldu Tewolde Okbay Ghirmay
Zerai Hagos
""",
    10,
)
AF_F = ranked(
    """
Fatima Zahra Maryam Marzia Mursal Nazanin Shabnam Sadaf Farzana Roya Masooma Mahnaz Hadia Freshta
Nilofar Laila Parwana Sima Zarghona Tamana Malalai Nadia Khadija
""",
    10,
)
AF_M = ranked(
    """
Mohammad Ahmad Ali Hussain Mustafa Mahdi Abdul Reza Jawad Sajad Murtaza Hamid Sayed Rahim Farhad
Naweed Wahid Zabihullah Noorullah Jamshid Hamza Nasir Ramin Elyas
""",
    10,
)
AF_S = ranked(
    """
Ahmadi Hussaini Rezaie Mohammadi Sultani Jafari Hakimi Azimi Noori Rahimi Karimi Sadat Haidari
Amiri Popal Stanikzai Wardak Naseri Rasuli Yousufzai Safi Nazari Qaderi Hashimi Sharifi
""",
    10,
)
TH_F = ranked(
    """
Siriporn Malee Pornthip Supaporn Wanida Kanya Nittaya Sunisa Duangjai Ratana Jintana Araya Pensri
Kannika Orathai Waraporn Lamai Sumalee Pranee Naphat Anong Ploy Nok Kanokwan
""",
    10,
)
TH_M = ranked(
    """
Somchai Somsak Prasert Anan Chaiwat Wichai Sombat Surachai Thanawat Kittisak Nattapong Boonmee
Arthit Preecha Sakda Pichit Somkid Narong Sutthipong Weerapong
""",
    10,
)
TH_S = ranked(
    """
Saetang Srisuk Chaiyaphum Wongsawat Sukprasert Thongchai Bunyasarn Phromma Kaewkla Sriwong
Chaisiri Rattanakorn Jaidee Suwannarat Phuengmak Thongdee Kongkaew Srisawat Boonyarat Intharat
""",
    10,
)
# Chile first, then the rest of Latin America as it lives in Sweden.
LA_F = ranked(
    """
María Carolina Francisca Camila Valentina Javiera Catalina Constanza Daniela Paula Fernanda
Claudia Patricia Verónica Gabriela Andrea Alejandra Lorena Marcela Carmen Isabel Paola Ximena
Soledad Ana Luz
""",
    10,
)
LA_M = ranked(
    """
José Juan Carlos Luis Jorge Francisco Pablo Cristián Rodrigo Diego Sebastián Matías Felipe
Gonzalo Andrés Alejandro Manuel Ricardo Sergio Patricio Héctor Marcelo Claudio Víctor Óscar
""",
    10,
)
LA_S = ranked(
    """
González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López
Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez Castro
Pizarro Álvarez Vásquez Sánchez Fernández Ramírez Carrasco Gómez Cortés Herrera Núñez Jara Vergara
""",
    10,
)
# Also common in Sweden, and in its recruitment: India (engineers, IT), China, Ukraine.
IN_F = ranked(
    """
Priya Divya Pooja Anjali Neha Sneha Deepa Lakshmi Kavya Swati Shruti Ananya Aishwarya Meera Nisha
Ritu Sunita Geeta Pallavi Shweta Aarti Harpreet Manpreet Radhika
""",
    10,
)
IN_M = ranked(
    """
Rahul Amit Rajesh Suresh Vikram Arjun Sanjay Anil Rohit Ravi Karthik Vijay Abhishek Sandeep
Praveen Srinivas Arun Ramesh Nikhil Aditya Pradeep Manoj Gurpreet Venkatesh
""",
    10,
)
IN_S = ranked(
    """
Kumar Singh Sharma Patel Reddy Gupta Rao Nair Iyer Shah Verma Mehta Joshi Krishnan Menon Agarwal
Pillai Mishra Chopra Desai Kaur Banerjee Chatterjee Naidu Das Bhat Srinivasan Pandey
""",
    10,
)
ZH_F = ranked(
    """
Fang Jing Yan Mei Xiaoli Ying Hui Xiu Yu Lan Hong Min Juan Ting Lin Xin Qian Yue Wen Jia Xiaoyan
Lijuan Na
""",
    10,
)
ZH_M = ranked(
    """
Wei Jun Lei Yong Jie Tao Ming Chao Qiang Hao Bo Jian Gang Peng Hua Feng Long Zhiwei Xiaodong
Jianguo Haoran Yang
""",
    10,
)
ZH_S = ranked(
    """
Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang
Xie Song Tang
""",
    10,
)
UA_F = ranked(
    """
Olena Tetiana Natalia Iryna Svitlana Oksana Yulia Kateryna Anastasiia Olha Mariia Viktoriia
Halyna Liudmyla Nadiia Inna Alina Daria Anna Valentyna Larysa Khrystyna Yana
""",
    10,
)
UA_M = ranked(
    """
Oleksandr Serhii Andrii Volodymyr Mykola Dmytro Oleh Yurii Vasyl Ivan Viktor Ihor Mykhailo Vitalii
Bohdan Taras Roman Maksym Artem Denys Petro Pavlo Yevhen
""",
    10,
)
UA_S = ranked(
    """
Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk Koval
Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko Kravchuk Klymenko
Pavlenko Savchuk Kuzmenko
""",
    10,
)

# The US: the Census 1990 lists (public domain), copied from the `names` package's data files:
# the first 380 women's and 380 men's given names and 420 surnames, the per cent as weight.
US_F = (
    ("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.98), ("Elizabeth", 0.937),
    ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794), ("Margaret", 0.768), ("Dorothy",
    0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667), ("Betty", 0.666), ("Helen", 0.663),
    ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565), ("Ruth", 0.562), ("Sharon", 0.522),
    ("Michelle", 0.519), ("Laura", 0.51), ("Sarah", 0.508), ("Kimberly", 0.504), ("Deborah", 0.494),
    ("Jessica", 0.49), ("Shirley", 0.482), ("Cynthia", 0.469), ("Angela", 0.468), ("Melissa",
    0.462), ("Brenda", 0.455), ("Amy", 0.451), ("Anna", 0.44), ("Rebecca", 0.43), ("Virginia",
    0.43), ("Kathleen", 0.424), ("Pamela", 0.416), ("Martha", 0.412), ("Debra", 0.408), ("Amanda",
    0.404), ("Stephanie", 0.4), ("Carolyn", 0.385), ("Christine", 0.382), ("Marie", 0.379),
    ("Janet", 0.379), ("Catherine", 0.373), ("Frances", 0.37), ("Ann", 0.364), ("Joyce", 0.364),
    ("Diane", 0.359), ("Alice", 0.357), ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336),
    ("Doris", 0.335), ("Gloria", 0.335), ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315),
    ("Mildred", 0.313), ("Katherine", 0.313), ("Joan", 0.306), ("Ashley", 0.303), ("Judith", 0.297),
    ("Rose", 0.296), ("Janice", 0.285), ("Kelly", 0.283), ("Nicole", 0.281), ("Judy", 0.276),
    ("Christina", 0.275), ("Kathy", 0.272), ("Theresa", 0.271), ("Beverly", 0.267), ("Denise",
    0.264), ("Tammy", 0.259), ("Irene", 0.252), ("Jane", 0.25), ("Lori", 0.248), ("Rachel", 0.242),
    ("Marilyn", 0.241), ("Andrea", 0.236), ("Kathryn", 0.234), ("Louise", 0.229), ("Sara", 0.229),
    ("Anne", 0.228), ("Jacqueline", 0.228), ("Wanda", 0.226), ("Bonnie", 0.223), ("Julia", 0.223),
    ("Ruby", 0.221), ("Lois", 0.22), ("Tina", 0.22), ("Phyllis", 0.219), ("Norma", 0.218), ("Paula",
    0.217), ("Diana", 0.216), ("Annie", 0.216), ("Lillian", 0.211), ("Emily", 0.208), ("Robin",
    0.208), ("Peggy", 0.208), ("Crystal", 0.207), ("Gladys", 0.205), ("Rita", 0.204), ("Dawn",
    0.202), ("Connie", 0.2), ("Florence", 0.2), ("Tracy", 0.197), ("Edna", 0.197), ("Tiffany",
    0.195), ("Carmen", 0.195), ("Rosa", 0.194), ("Cindy", 0.192), ("Grace", 0.189), ("Wendy",
    0.185), ("Victoria", 0.18), ("Edith", 0.179), ("Kim", 0.178), ("Sherry", 0.178), ("Sylvia",
    0.177), ("Josephine", 0.177), ("Thelma", 0.175), ("Shannon", 0.175), ("Sheila", 0.175),
    ("Ethel", 0.174), ("Ellen", 0.173), ("Elaine", 0.173), ("Marjorie", 0.173), ("Carrie", 0.171),
    ("Charlotte", 0.169), ("Monica", 0.166), ("Esther", 0.166), ("Pauline", 0.165), ("Emma", 0.165),
    ("Juanita", 0.164), ("Anita", 0.162), ("Rhonda", 0.162), ("Hazel", 0.161), ("Amber", 0.16),
    ("Eva", 0.159), ("Debbie", 0.157), ("April", 0.154), ("Leslie", 0.154), ("Clara", 0.153),
    ("Lucille", 0.153), ("Jamie", 0.153), ("Joanne", 0.15), ("Eleanor", 0.15), ("Valerie", 0.149),
    ("Danielle", 0.149), ("Megan", 0.147), ("Alicia", 0.146), ("Suzanne", 0.145), ("Michele",
    0.145), ("Gail", 0.145), ("Bertha", 0.143), ("Darlene", 0.142), ("Veronica", 0.142), ("Jill",
    0.142), ("Erin", 0.141), ("Geraldine", 0.141), ("Lauren", 0.137), ("Cathy", 0.137), ("Joann",
    0.136), ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135), ("Regina", 0.133), ("Erica",
    0.13), ("Beatrice", 0.13), ("Dolores", 0.129), ("Bernice", 0.128), ("Audrey", 0.127), ("Yvonne",
    0.126), ("Annette", 0.125), ("June", 0.125), ("Samantha", 0.124), ("Marion", 0.122), ("Dana",
    0.122), ("Stacy", 0.121), ("Ana", 0.12), ("Renee", 0.12), ("Ida", 0.118), ("Vivian", 0.118),
    ("Roberta", 0.117), ("Holly", 0.117), ("Brittany", 0.117), ("Melanie", 0.116), ("Loretta",
    0.115), ("Yolanda", 0.115), ("Jeanette", 0.115), ("Laurie", 0.114), ("Katie", 0.113),
    ("Kristen", 0.111), ("Vanessa", 0.111), ("Alma", 0.111), ("Sue", 0.111), ("Elsie", 0.11),
    ("Beth", 0.11), ("Jeanne", 0.109), ("Vicki", 0.109), ("Carla", 0.107), ("Tara", 0.107),
    ("Rosemary", 0.107), ("Eileen", 0.105), ("Terri", 0.105), ("Gertrude", 0.103), ("Lucy", 0.103),
    ("Tonya", 0.102), ("Ella", 0.101), ("Stacey", 0.101), ("Wilma", 0.099), ("Gina", 0.099),
    ("Kristin", 0.099), ("Jessie", 0.098), ("Natalie", 0.098), ("Agnes", 0.098), ("Vera", 0.098),
    ("Willie", 0.097), ("Charlene", 0.097), ("Bessie", 0.096), ("Delores", 0.095), ("Melinda",
    0.094), ("Pearl", 0.094), ("Arlene", 0.094), ("Maureen", 0.092), ("Colleen", 0.092), ("Allison",
    0.092), ("Tamara", 0.092), ("Joy", 0.091), ("Georgia", 0.091), ("Constance", 0.091), ("Lillie",
    0.09), ("Claudia", 0.09), ("Jackie", 0.09), ("Marcia", 0.09), ("Tanya", 0.089), ("Nellie",
    0.089), ("Minnie", 0.089), ("Marlene", 0.088), ("Heidi", 0.088), ("Glenda", 0.088), ("Lydia",
    0.086), ("Viola", 0.086), ("Courtney", 0.086), ("Marian", 0.086), ("Stella", 0.085),
    ("Caroline", 0.085), ("Dora", 0.084), ("Jo", 0.083), ("Vickie", 0.082), ("Mattie", 0.081),
    ("Terry", 0.08), ("Maxine", 0.079), ("Irma", 0.079), ("Mabel", 0.078), ("Marsha", 0.078),
    ("Myrtle", 0.078), ("Lena", 0.077), ("Christy", 0.077), ("Deanna", 0.076), ("Patsy", 0.076),
    ("Hilda", 0.075), ("Gwendolyn", 0.074), ("Jennie", 0.073), ("Nora", 0.073), ("Margie", 0.072),
    ("Nina", 0.072), ("Cassandra", 0.072), ("Leah", 0.072), ("Penny", 0.071), ("Kay", 0.071),
    ("Priscilla", 0.071), ("Naomi", 0.071), ("Carole", 0.071), ("Brandy", 0.07), ("Olga", 0.07),
    ("Billie", 0.069), ("Dianne", 0.069), ("Tracey", 0.069), ("Leona", 0.069), ("Jenny", 0.068),
    ("Felicia", 0.068), ("Sonia", 0.068), ("Miriam", 0.066), ("Velma", 0.066), ("Becky", 0.066),
    ("Bobbie", 0.065), ("Violet", 0.065), ("Kristina", 0.065), ("Toni", 0.064), ("Misty", 0.063),
    ("Mae", 0.063), ("Shelly", 0.062), ("Daisy", 0.062), ("Ramona", 0.062), ("Sherri", 0.062),
    ("Erika", 0.061), ("Katrina", 0.061), ("Claire", 0.061), ("Lindsey", 0.06), ("Lindsay", 0.06),
    ("Geneva", 0.059), ("Guadalupe", 0.059), ("Belinda", 0.059), ("Margarita", 0.059), ("Sheryl",
    0.059), ("Cora", 0.058), ("Faye", 0.058), ("Ada", 0.057), ("Natasha", 0.057), ("Sabrina",
    0.057), ("Isabel", 0.057), ("Marguerite", 0.056), ("Hattie", 0.056), ("Harriet", 0.056),
    ("Molly", 0.055), ("Cecilia", 0.055), ("Kristi", 0.055), ("Brandi", 0.055), ("Blanche", 0.055),
    ("Sandy", 0.055), ("Rosie", 0.055), ("Joanna", 0.055), ("Iris", 0.055), ("Eunice", 0.054),
    ("Angie", 0.054), ("Inez", 0.053), ("Lynda", 0.053), ("Madeline", 0.052), ("Amelia", 0.052),
    ("Alberta", 0.052), ("Genevieve", 0.051), ("Monique", 0.051), ("Jodi", 0.051), ("Janie", 0.051),
    ("Maggie", 0.051), ("Kayla", 0.051), ("Sonya", 0.051), ("Jan", 0.051), ("Lee", 0.051),
    ("Kristine", 0.051), ("Candace", 0.051), ("Fannie", 0.05), ("Maryann", 0.05), ("Opal", 0.05),
    ("Alison", 0.05), ("Yvette", 0.05), ("Melody", 0.05), ("Luz", 0.049), ("Susie", 0.049),
    ("Olivia", 0.049), ("Flora", 0.049), ("Shelley", 0.049), ("Kristy", 0.048), ("Mamie", 0.048),
    ("Lula", 0.048), ("Lola", 0.048), ("Verna", 0.048), ("Beulah", 0.048), ("Antoinette", 0.048),
    ("Candice", 0.046), ("Juana", 0.046), ("Jeannette", 0.046), ("Pam", 0.046), ("Kelli", 0.046),
    ("Hannah", 0.045), ("Whitney", 0.045), ("Bridget", 0.045), ("Karla", 0.044), ("Celia", 0.044),
    ("Latoya", 0.043), ("Patty", 0.043), ("Shelia", 0.043), ("Gayle", 0.043), ("Della", 0.043),
    ("Vicky", 0.043), ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042)
)  # fmt: skip
US_M = (
    ("James", 3.318), ("John", 3.271), ("Robert", 3.143), ("Michael", 2.629), ("William", 2.451),
    ("David", 2.363), ("Richard", 1.703), ("Charles", 1.523), ("Joseph", 1.404), ("Thomas", 1.38),
    ("Christopher", 1.035), ("Daniel", 0.974), ("Paul", 0.948), ("Mark", 0.938), ("Donald", 0.931),
    ("George", 0.927), ("Kenneth", 0.826), ("Steven", 0.78), ("Edward", 0.779), ("Brian", 0.736),
    ("Ronald", 0.725), ("Anthony", 0.721), ("Kevin", 0.671), ("Jason", 0.66), ("Matthew", 0.657),
    ("Gary", 0.65), ("Timothy", 0.64), ("Jose", 0.613), ("Larry", 0.598), ("Jeffrey", 0.591),
    ("Frank", 0.581), ("Scott", 0.546), ("Eric", 0.544), ("Stephen", 0.54), ("Andrew", 0.537),
    ("Raymond", 0.488), ("Gregory", 0.441), ("Joshua", 0.435), ("Jerry", 0.432), ("Dennis", 0.415),
    ("Walter", 0.399), ("Patrick", 0.389), ("Peter", 0.381), ("Harold", 0.371), ("Douglas", 0.367),
    ("Henry", 0.365), ("Carl", 0.346), ("Arthur", 0.335), ("Ryan", 0.328), ("Roger", 0.322), ("Joe",
    0.321), ("Juan", 0.316), ("Jack", 0.315), ("Albert", 0.314), ("Jonathan", 0.313), ("Justin",
    0.311), ("Terry", 0.311), ("Gerald", 0.309), ("Keith", 0.308), ("Samuel", 0.306), ("Willie",
    0.302), ("Ralph", 0.282), ("Lawrence", 0.282), ("Nicholas", 0.275), ("Roy", 0.273), ("Benjamin",
    0.27), ("Bruce", 0.263), ("Brandon", 0.26), ("Adam", 0.259), ("Harry", 0.251), ("Fred", 0.251),
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
    ("Francis", 0.16), ("Bradley", 0.159), ("Jesus", 0.155), ("Herbert", 0.155), ("Frederick",
    0.154), ("Ray", 0.153), ("Joel", 0.152), ("Edwin", 0.148), ("Don", 0.145), ("Eddie", 0.144),
    ("Ricky", 0.141), ("Troy", 0.138), ("Randall", 0.138), ("Barry", 0.134), ("Alexander", 0.132),
    ("Bernard", 0.127), ("Mario", 0.125), ("Leroy", 0.125), ("Francisco", 0.124), ("Marcus", 0.124),
    ("Micheal", 0.123), ("Theodore", 0.123), ("Clifford", 0.123), ("Miguel", 0.122), ("Oscar",
    0.122), ("Jay", 0.118), ("Jim", 0.118), ("Tom", 0.117), ("Calvin", 0.115), ("Alex", 0.115),
    ("Jon", 0.115), ("Ronnie", 0.113), ("Bill", 0.112), ("Lloyd", 0.112), ("Tommy", 0.112), ("Leon",
    0.112), ("Derek", 0.112), ("Warren", 0.11), ("Darrell", 0.108), ("Jerome", 0.108), ("Floyd",
    0.107), ("Leo", 0.106), ("Alvin", 0.105), ("Tim", 0.104), ("Wesley", 0.104), ("Gordon", 0.104),
    ("Dean", 0.104), ("Greg", 0.104), ("Jorge", 0.104), ("Dustin", 0.103), ("Pedro", 0.103),
    ("Derrick", 0.103), ("Dan", 0.101), ("Lewis", 0.099), ("Zachary", 0.099), ("Corey", 0.098),
    ("Herman", 0.097), ("Maurice", 0.097), ("Vernon", 0.097), ("Roberto", 0.097), ("Clyde", 0.095),
    ("Glen", 0.094), ("Hector", 0.094), ("Shane", 0.093), ("Ricardo", 0.093), ("Sam", 0.092),
    ("Rick", 0.091), ("Lester", 0.091), ("Brent", 0.09), ("Ramon", 0.09), ("Charlie", 0.09),
    ("Tyler", 0.089), ("Gilbert", 0.089), ("Gene", 0.087), ("Marc", 0.087), ("Reginald", 0.084),
    ("Ruben", 0.082), ("Brett", 0.082), ("Angel", 0.082), ("Nathaniel", 0.081), ("Rafael", 0.081),
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
    ("Armando", 0.058), ("Felix", 0.058), ("Jimmie", 0.058), ("Everett", 0.057), ("Jordan", 0.056),
    ("Ian", 0.056), ("Wallace", 0.056), ("Ken", 0.055), ("Bob", 0.055), ("Jaime", 0.055), ("Casey",
    0.054), ("Alfredo", 0.054), ("Alberto", 0.053), ("Dave", 0.053), ("Ivan", 0.053), ("Johnnie",
    0.052), ("Sidney", 0.052), ("Byron", 0.052), ("Julian", 0.052), ("Isaac", 0.051), ("Morris",
    0.051), ("Clifton", 0.05), ("Willard", 0.05), ("Daryl", 0.05), ("Ross", 0.05), ("Virgil",
    0.049), ("Andy", 0.049), ("Marshall", 0.049), ("Salvador", 0.049), ("Perry", 0.049), ("Kirk",
    0.049), ("Sergio", 0.049), ("Marion", 0.048), ("Tracy", 0.048), ("Seth", 0.048), ("Kent",
    0.048), ("Terrance", 0.048), ("Rene", 0.048), ("Eduardo", 0.047), ("Terrence", 0.047),
    ("Enrique", 0.046), ("Freddie", 0.046), ("Wade", 0.045), ("Austin", 0.044), ("Stuart", 0.044),
    ("Fredrick", 0.043), ("Arturo", 0.043), ("Alejandro", 0.043), ("Jackie", 0.043), ("Joey",
    0.043), ("Nick", 0.043), ("Luther", 0.043), ("Wendell", 0.042), ("Jeremiah", 0.042), ("Evan",
    0.042), ("Julius", 0.042), ("Dana", 0.042), ("Donnie", 0.041), ("Otis", 0.041), ("Shannon",
    0.04), ("Trevor", 0.04), ("Oliver", 0.04), ("Luke", 0.04), ("Homer", 0.04), ("Gerard", 0.04),
    ("Doug", 0.04), ("Kenny", 0.039), ("Hubert", 0.039), ("Angelo", 0.039), ("Shaun", 0.039),
    ("Lyle", 0.038), ("Matt", 0.038), ("Lynn", 0.038), ("Alfonso", 0.038), ("Orlando", 0.037),
    ("Rex", 0.037), ("Carlton", 0.037), ("Ernesto", 0.037), ("Cameron", 0.037), ("Neal", 0.037),
    ("Pablo", 0.036), ("Lorenzo", 0.036), ("Omar", 0.036), ("Wilbur", 0.036), ("Blake", 0.036),
    ("Grant", 0.036), ("Horace", 0.036), ("Roderick", 0.036), ("Kerry", 0.036), ("Abraham", 0.035),
    ("Willis", 0.035), ("Rickey", 0.035), ("Jean", 0.035), ("Ira", 0.035), ("Andres", 0.034),
    ("Cesar", 0.034), ("Johnathan", 0.034), ("Malcolm", 0.034), ("Rudolph", 0.034), ("Damon",
    0.034), ("Kelvin", 0.034), ("Rudy", 0.034), ("Preston", 0.034), ("Alton", 0.033), ("Archie",
    0.033), ("Marco", 0.033), ("Wm", 0.033), ("Pete", 0.032), ("Randolph", 0.032), ("Garry", 0.032),
    ("Geoffrey", 0.032), ("Jonathon", 0.032), ("Felipe", 0.032), ("Bennie", 0.032), ("Gerardo",
    0.032), ("Ed", 0.032), ("Dominic", 0.032), ("Robin", 0.032), ("Loren", 0.032), ("Delbert",
    0.031), ("Colin", 0.031), ("Guillermo", 0.031), ("Earnest", 0.031)
)  # fmt: skip
US_S = (
    ("Smith", 1.006), ("Johnson", 0.81), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621),
    ("Davis", 0.48), ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor", 0.311),
    ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.31), ("White", 0.279), ("Harris", 0.275),
    ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254), ("Martinez", 0.234), ("Robinson",
    0.233), ("Clark", 0.231), ("Rodriguez", 0.229), ("Lewis", 0.226), ("Lee", 0.22), ("Walker",
    0.219), ("Hall", 0.2), ("Allen", 0.199), ("Young", 0.193), ("Hernandez", 0.192), ("King", 0.19),
    ("Wright", 0.189), ("Lopez", 0.187), ("Hill", 0.187), ("Scott", 0.185), ("Green", 0.183),
    ("Adams", 0.174), ("Baker", 0.171), ("Gonzalez", 0.166), ("Nelson", 0.162), ("Carter", 0.162),
    ("Mitchell", 0.16), ("Perez", 0.155), ("Roberts", 0.153), ("Turner", 0.152), ("Phillips",
    0.149), ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141), ("Edwards", 0.137),
    ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.13), ("Morris", 0.125), ("Rogers", 0.123),
    ("Reed", 0.122), ("Cook", 0.12), ("Morgan", 0.118), ("Bell", 0.117), ("Murphy", 0.117),
    ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper", 0.113), ("Richardson", 0.112), ("Cox", 0.11),
    ("Howard", 0.11), ("Ward", 0.108), ("Torres", 0.108), ("Peterson", 0.107), ("Gray", 0.106),
    ("Ramirez", 0.105), ("James", 0.105), ("Watson", 0.103), ("Brooks", 0.103), ("Kelly", 0.102),
    ("Sanders", 0.1), ("Price", 0.099), ("Bennett", 0.099), ("Wood", 0.098), ("Barnes", 0.097),
    ("Ross", 0.096), ("Henderson", 0.095), ("Coleman", 0.095), ("Jenkins", 0.095), ("Perry", 0.094),
    ("Powell", 0.093), ("Long", 0.092), ("Patterson", 0.092), ("Hughes", 0.092), ("Flores", 0.092),
    ("Washington", 0.092), ("Butler", 0.091), ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales",
    0.087), ("Bryant", 0.087), ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084),
    ("Diaz", 0.084), ("Hayes", 0.083), ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082),
    ("Graham", 0.082), ("Sullivan", 0.081), ("Wallace", 0.081), ("Woods", 0.08), ("Cole", 0.08),
    ("West", 0.08), ("Jordan", 0.078), ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077),
    ("Ellis", 0.077), ("Harrison", 0.076), ("Gibson", 0.075), ("McDonald", 0.075), ("Cruz", 0.075),
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
    ("Hart", 0.054), ("Cunningham", 0.054), ("Bradley", 0.054), ("Lane", 0.054), ("Andrews", 0.054),
    ("Ruiz", 0.054), ("Harper", 0.054), ("Fox", 0.053), ("Riley", 0.053), ("Armstrong", 0.053),
    ("Carpenter", 0.053), ("Weaver", 0.053), ("Greene", 0.053), ("Lawrence", 0.052), ("Elliott",
    0.052), ("Chavez", 0.052), ("Sims", 0.052), ("Austin", 0.052), ("Peters", 0.052), ("Kelley",
    0.052), ("Franklin", 0.051), ("Lawson", 0.051), ("Fields", 0.051), ("Gutierrez", 0.051),
    ("Ryan", 0.051), ("Schmidt", 0.051), ("Carr", 0.051), ("Vasquez", 0.051), ("Castillo", 0.051),
    ("Wheeler", 0.051), ("Chapman", 0.05), ("Oliver", 0.05), ("Montgomery", 0.049), ("Richards",
    0.049), ("Williamson", 0.049), ("Johnston", 0.049), ("Banks", 0.048), ("Meyer", 0.048),
    ("Bishop", 0.048), ("McCoy", 0.048), ("Howell", 0.048), ("Alvarez", 0.048), ("Morrison", 0.048),
    ("Hansen", 0.047), ("Fernandez", 0.047), ("Garza", 0.047), ("Harvey", 0.047), ("Little", 0.046),
    ("Burton", 0.046), ("Stanley", 0.046), ("Nguyen", 0.046), ("George", 0.046), ("Jacobs", 0.046),
    ("Reid", 0.046), ("Kim", 0.045), ("Fuller", 0.045), ("Lynch", 0.045), ("Dean", 0.045),
    ("Gilbert", 0.045), ("Garrett", 0.045), ("Romero", 0.045), ("Welch", 0.044), ("Larson", 0.044),
    ("Frazier", 0.044), ("Burke", 0.044), ("Hanson", 0.043), ("Day", 0.043), ("Mendoza", 0.043),
    ("Moreno", 0.043), ("Bowman", 0.043), ("Medina", 0.042), ("Fowler", 0.042), ("Brewer", 0.042),
    ("Hoffman", 0.042), ("Carlson", 0.042), ("Silva", 0.042), ("Pearson", 0.042), ("Holland",
    0.042), ("Douglas", 0.041), ("Fleming", 0.041), ("Jensen", 0.041), ("Vargas", 0.041), ("Byrd",
    0.041), ("Davidson", 0.041), ("Hopkins", 0.041), ("May", 0.04), ("Terry", 0.04), ("Herrera",
    0.04), ("Wade", 0.04), ("Soto", 0.04), ("Walters", 0.04), ("Curtis", 0.04), ("Neal", 0.039),
    ("Caldwell", 0.039), ("Lowe", 0.039), ("Jennings", 0.039), ("Barnett", 0.039), ("Graves",
    0.039), ("Jimenez", 0.039), ("Horton", 0.039), ("Shelton", 0.039), ("Barrett", 0.039),
    ("O'Brien", 0.039), ("Castro", 0.039), ("Sutton", 0.038), ("Gregory", 0.038), ("McKinney",
    0.038), ("Lucas", 0.038), ("Miles", 0.038), ("Craig", 0.038), ("Rodriquez", 0.037), ("Chambers",
    0.037), ("Holt", 0.037), ("Lambert", 0.037), ("Fletcher", 0.037), ("Watts", 0.037), ("Bates",
    0.037), ("Hale", 0.037), ("Rhodes", 0.037), ("Pena", 0.037), ("Beck", 0.037), ("Newman", 0.036),
    ("Haynes", 0.036), ("McDaniel", 0.036), ("Mendez", 0.036), ("Bush", 0.036), ("Vaughn", 0.036),
    ("Parks", 0.035), ("Dawson", 0.035), ("Santiago", 0.035), ("Norris", 0.035), ("Hardy", 0.035),
    ("Love", 0.035), ("Steele", 0.035), ("Curry", 0.035), ("Powers", 0.035), ("Schultz", 0.035),
    ("Barker", 0.035), ("Guzman", 0.034), ("Page", 0.034), ("Munoz", 0.034), ("Ball", 0.034),
    ("Keller", 0.034), ("Chandler", 0.034), ("Weber", 0.034), ("Leonard", 0.034), ("Walsh", 0.033),
    ("Lyons", 0.033), ("Ramsey", 0.033), ("Wolfe", 0.033), ("Schneider", 0.033), ("Mullins", 0.033),
    ("Benson", 0.033), ("Sharp", 0.033), ("Bowen", 0.033), ("Daniel", 0.033), ("Barber", 0.032),
    ("Cummings", 0.032), ("Hines", 0.032), ("Baldwin", 0.032), ("Griffith", 0.032), ("Valdez",
    0.032), ("Hubbard", 0.032), ("Salazar", 0.032), ("Reeves", 0.032), ("Warner", 0.031),
    ("Stevenson", 0.031), ("Burgess", 0.031), ("Santos", 0.031), ("Tate", 0.031), ("Cross", 0.031),
    ("Garner", 0.031), ("Mann", 0.031), ("Mack", 0.031), ("Moss", 0.031), ("Thornton", 0.031),
    ("Dennis", 0.031), ("McGee", 0.031), ("Farmer", 0.03), ("Delgado", 0.03), ("Aguilar", 0.03),
    ("Vega", 0.03), ("Glover", 0.03), ("Manning", 0.03), ("Cohen", 0.03), ("Harmon", 0.03),
    ("Rodgers", 0.03), ("Robbins", 0.03), ("Newton", 0.03), ("Todd", 0.03), ("Blair", 0.03),
    ("Higgins", 0.03), ("Ingram", 0.03), ("Reese", 0.03), ("Cannon", 0.03), ("Strickland", 0.03),
    ("Townsend", 0.03), ("Potter", 0.03), ("Goodwin", 0.03), ("Walton", 0.03), ("Rowe", 0.029),
    ("Hampton", 0.029), ("Ortega", 0.029), ("Patton", 0.029), ("Swanson", 0.029), ("Joseph", 0.029),
    ("Francis", 0.029), ("Goodman", 0.029), ("Maldonado", 0.029), ("Yates", 0.029), ("Becker",
    0.029), ("Erickson", 0.029), ("Hodges", 0.029), ("Rios", 0.029), ("Conner", 0.029), ("Adkins",
    0.029), ("Webster", 0.028), ("Norman", 0.028), ("Malone", 0.028), ("Hammond", 0.028),
    ("Flowers", 0.028), ("Cobb", 0.028), ("Moody", 0.028), ("Quinn", 0.028), ("Blake", 0.028),
    ("Maxwell", 0.028), ("Pope", 0.028), ("Floyd", 0.027), ("Osborne", 0.027), ("Paul", 0.027),
    ("McCarthy", 0.027), ("Guerrero", 0.027), ("Lindsey", 0.027), ("Estrada", 0.027), ("Sandoval",
    0.027), ("Gibbs", 0.027), ("Tyler", 0.027), ("Gross", 0.027), ("Fitzgerald", 0.027), ("Stokes",
    0.027), ("Doyle", 0.027), ("Sherman", 0.027)
)  # fmt: skip

# Swedish double given names as people carry them: a common first part and its usual second parts
# (about one in seven of the people given one of these first parts carries a second: `Ann-Marie`).
HYPHENS: dict[str, tuple[str, ...]] = {
    "Ann": ("Marie", "Christin", "Sofie", "Louise", "Charlotte"), "Anna": ("Karin", "Lena", "Maria"),
    "Eva": ("Lena", "Karin", "Britt"), "Marie": ("Louise",), "Gun": ("Britt",), "Ulla": ("Britt",),
    "Inga": ("Lill",), "Britt": ("Marie",), "Karl": ("Erik", "Johan", "Gustav"), "Carl": ("Johan", "Gustaf"),
    "Lars": ("Erik", "Göran", "Olof", "Åke"), "Jan": ("Erik", "Olof", "Åke"), "Per": ("Olof", "Erik", "Anders"),
    "Nils": ("Erik", "Olof"), "Sven": ("Erik", "Olof"), "Bo": ("Göran",), "Hans": ("Olof", "Erik"),
}  # fmt: skip

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_F, SV_M, SV_S),
    "us": Origin(census(US_F), census(US_M), census(US_S)),
    "uk": Origin(UK_F, UK_M, UK_S),
    "finnish": Origin(FI_F, FI_M, FI_S),
    "arabic": Origin(AR_F, AR_M, AR_S),
    "somali": Origin(SO_F, SO_M, SO_S),
    "polish": Origin(PL_F, PL_M, PL_S),
    "persian": Origin(FA_F, FA_M, FA_S),
    "bcs": Origin(BCS_F, BCS_M, BCS_S),
    "turkish": Origin(TR_F, TR_M, TR_S),
    "kurdish": Origin(KU_F, KU_M, KU_S),
    "eritrean": Origin(ER_F, ER_M, ER_S),
    "afghan": Origin(AF_F, AF_M, AF_S),
    "thai": Origin(TH_F, TH_M, TH_S),
    "latin": Origin(LA_F, LA_M, LA_S),
    "indian": Origin(IN_F, IN_M, IN_S),
    "chinese": Origin(ZH_F, ZH_M, ZH_S),
    "ukrainian": Origin(UA_F, UA_M, UA_S),
}

# Who is named, per language of the text: Swedish the largest in Swedish and in mixed text (about
# as the population and its workplaces are), the US and the UK in English text.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4.5, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "ukrainian": 1.5, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5,
        "eritrean": 1.2, "indian": 1.2, "latin": 1, "thai": 0.8, "chinese": 0.8, "uk": 0.8,
        "us": 0.6,
    },
    "en": {
        "us": 38, "uk": 35, "swedish": 10, "indian": 3, "polish": 2, "latin": 2, "arabic": 1.5,
        "chinese": 1.5, "ukrainian": 1, "finnish": 1, "persian": 1, "somali": 0.8, "turkish": 0.8,
        "bcs": 0.8, "thai": 0.6, "eritrean": 0.5, "afghan": 0.5, "kurdish": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 10, "us": 9, "arabic": 4.5, "finnish": 3, "polish": 3, "indian": 3,
        "persian": 2, "bcs": 2, "ukrainian": 2, "turkish": 1.5, "kurdish": 1.5, "somali": 1.5,
        "chinese": 1.5, "afghan": 1.2, "eritrean": 1, "latin": 1, "thai": 0.8,
    },
}  # fmt: skip

# Short forms people go by, per origin: the given name as written, then its short forms.
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": {
        "Lars": ("Lasse",), "Mikael": ("Micke",), "Per": ("Pelle",), "Peter": ("Pelle", "Pete"),
        "Karl": ("Kalle",), "Carl": ("Calle",), "Jan": ("Janne",), "Magnus": ("Mange",),
        "Fredrik": ("Fredde",), "Gustav": ("Gurra", "Gusse"), "Gustaf": ("Gurra",),
        "Stefan": ("Steffe",), "Henrik": ("Henke",), "Patrik": ("Patte",), "Tobias": ("Tobbe",),
        "Daniel": ("Danne",), "Alexander": ("Alex",), "Sebastian": ("Sebbe",),
        "Christoffer": ("Chrille",), "Kristoffer": ("Krille",), "Niklas": ("Nicke",),
        "Robert": ("Robban",), "Rickard": ("Ricke",), "Bengt": ("Bengan",), "Ulf": ("Uffe",),
        "Mats": ("Matte",), "Marcus": ("Mackan",), "Jesper": ("Jeppe",), "Roger": ("Roffe",),
        "Rolf": ("Roffe",), "Leif": ("Leffe",), "Kent": ("Kenta",), "Tommy": ("Tompa",),
        "Thomas": ("Tompa", "Tomas"), "Hans": ("Hasse",), "Joakim": ("Jocke",),
        "Johan": ("Jojje",), "Anders": ("Ante",), "Göran": ("Göte",), "Mattias": ("Matte",),
        "Sigvard": ("Sigge",), "Kristina": ("Kicki", "Stina"), "Christina": ("Kicki", "Tina"),
        "Margareta": ("Maggan",), "Elisabeth": ("Lisa", "Bettan", "Lisbeth"),
        "Katarina": ("Kattis", "Kajsa"), "Birgitta": ("Bittan", "Gittan"), "Kerstin": ("Kerra",),
        "Josefine": ("Jossan",), "Johanna": ("Jossan", "Hanna"), "Susanne": ("Sussie",),
        "Charlotte": ("Lotta",), "Charlotta": ("Lotta",), "Camilla": ("Millan",),
        "Matilda": ("Tilda",), "Emelie": ("Emmy",), "Therese": ("Tessan",),
        "Rebecka": ("Becka",), "Madeleine": ("Madde",), "Amanda": ("Mandy",),
        "Cecilia": ("Cissi",), "Viktoria": ("Vickan",), "Alexandra": ("Alex",),
        "Gunilla": ("Gunnel",), "Ingegerd": ("Inga",), "Ann-Christin": ("Annki",),
        "Anna-Karin": ("Annkan",), "Helena": ("Lena",), "Eleonora": ("Nora",),
        "Isabelle": ("Bella",), "Isabella": ("Bella",), "Felicia": ("Fia",), "Sofia": ("Fia",),
    },
    "us": {
        "William": ("Bill", "Will"), "Robert": ("Bob", "Rob"), "Richard": ("Rich", "Rick"),
        "James": ("Jim", "Jimmy"), "Michael": ("Mike",), "Christopher": ("Chris",),
        "Matthew": ("Matt",), "Daniel": ("Dan", "Danny"), "Anthony": ("Tony",),
        "Joseph": ("Joe",), "Thomas": ("Tom",), "Jonathan": ("Jon",), "Benjamin": ("Ben",),
        "Samuel": ("Sam",), "Andrew": ("Andy", "Drew"), "David": ("Dave",),
        "Steven": ("Steve",), "Stephen": ("Steve",), "Edward": ("Ed", "Eddie"),
        "Charles": ("Charlie", "Chuck"), "Kenneth": ("Ken",), "Timothy": ("Tim",),
        "Gregory": ("Greg",), "Patrick": ("Pat",), "Nicholas": ("Nick",), "Jennifer": ("Jen",),
        "Elizabeth": ("Liz", "Beth"), "Margaret": ("Maggie", "Peggy"), "Patricia": ("Pat", "Trish"),
        "Katherine": ("Kate", "Katie"), "Catherine": ("Cathy",), "Rebecca": ("Becky",),
        "Samantha": ("Sam",), "Victoria": ("Vicky", "Tori"), "Jessica": ("Jess",),
        "Deborah": ("Debbie", "Deb"), "Susan": ("Sue",), "Kimberly": ("Kim",),
        "Jacqueline": ("Jackie",), "Christine": ("Chris",), "Barbara": ("Barb",),
        "Cynthia": ("Cindy",), "Pamela": ("Pam",), "Kathleen": ("Kathy",),
    },
    "uk": {
        "David": ("Dave",), "Andrew": ("Andy",), "James": ("Jim", "Jamie"), "Michael": ("Mike",),
        "Richard": ("Rich",), "Daniel": ("Dan",), "Christopher": ("Chris",), "Matthew": ("Matt",),
        "Stephen": ("Steve",), "Robert": ("Rob", "Bob"), "Thomas": ("Tom",), "Peter": ("Pete",),
        "Steven": ("Steve",), "Jonathan": ("Jon", "Jonny"), "Anthony": ("Tony", "Ant"),
        "Nicholas": ("Nick",), "Alexander": ("Alex",), "Benjamin": ("Ben",), "Samuel": ("Sam",),
        "Joseph": ("Joe",), "Edward": ("Ed", "Ted"), "William": ("Will", "Bill"),
        "Rebecca": ("Becky", "Bex"), "Victoria": ("Vicky",), "Samantha": ("Sam",),
        "Jennifer": ("Jen", "Jenny"), "Stephanie": ("Steph",), "Elizabeth": ("Liz", "Lizzie"),
        "Catherine": ("Cath", "Kate"), "Katherine": ("Kate",), "Jessica": ("Jess",),
        "Alexandra": ("Alex", "Ali"), "Natasha": ("Tash",), "Deborah": ("Debbie",),
        "Margaret": ("Maggie",), "Abigail": ("Abi",), "Charlotte": ("Charlie",),
        "Gillian": ("Gill",), "Philippa": ("Pippa",), "Eleanor": ("Ellie",),
    },
    "polish": {
        "Małgorzata": ("Gosia",), "Katarzyna": ("Kasia",), "Aleksandra": ("Ola",),
        "Magdalena": ("Magda",), "Agnieszka": ("Aga",), "Joanna": ("Asia",),
        "Krzysztof": ("Krzysiek",), "Tomasz": ("Tomek",), "Jakub": ("Kuba",),
        "Piotr": ("Piotrek",), "Grzegorz": ("Grzesiek",),
    },
    "finnish": {"Juhani": ("Jussi",), "Johanna": ("Jonna",), "Matti": ("Masa",), "Heikki": ("Heikka",)},
    "ukrainian": {
        "Oleksandr": ("Sasha",), "Dmytro": ("Dima",), "Kateryna": ("Katia",),
        "Anastasiia": ("Nastia",), "Volodymyr": ("Volodia",), "Mykola": ("Kolia",),
    },
    "latin": {"Francisco": ("Pancho",), "José": ("Pepe",), "Alejandro": ("Alex",)},
    "arabic": {"Mohammed": ("Mo", "Hamoudi"), "Abdullah": ("Abdi",), "Ibrahim": ("Ibbe",)},
    "indian": {"Abhishek": ("Abhi",), "Venkatesh": ("Venki",), "Aishwarya": ("Aish",)},
    "bcs": {"Slobodan": ("Boban",), "Zlatan": ("Zlatko",)},
}  # fmt: skip
