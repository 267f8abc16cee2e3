# ruff: noqa: E501
"""Name pools of held-out HY (issue 15): names as the population has them, weighted by how often
people carry them.

Written from general knowledge by a helper who tunes nothing and who checked no name against
anything in the repository: none is left out for being known or unknown to the detector. Sweden's
given names and surnames are in the order of SCB's name statistics (weight 1/rank, head the top
150, a tail of rarer names past them); the US lists are the Census 1990 files (`dist.female.first`,
`dist.male.first`, `dist.all.last`, public domain, copied from the `names` package's data with the
census per cent as weight, head 150); the UK lists follow the order of the ONS rankings (1/rank);
the origins common in Sweden have their commonest given names and surnames (1/rank, head 10).
A name word is drawn from its list's head with HEAD_SHARE, else from its tail. Stdlib only.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this chance, else from its tail


@dataclass(frozen=True)
class Pool:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int  # names[:head] are the head, names[head:] the tail


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def _words(text: str) -> tuple[str, ...]:
    """Names one a word, in rank order; `_` stands for a space inside a name (`von_Platen`).
    A name met again later in the same list keeps its first (higher) rank."""
    out: list[str] = []
    for word in text.split():
        name = word.replace("_", " ")
        if name not in out:
            out.append(name)
    return tuple(out)


def ranked(text: str, head: int) -> Pool:
    """A list in rank order, weight 1/rank."""
    names = _words(text)
    return Pool(names, tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names) - 1))


def census(pairs: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A census list: the per cent of people carrying each name as its weight."""
    return Pool(tuple(n for n, _ in pairs), tuple(w for _, w in pairs), head)


# --- Sweden (SCB's name statistics, all carriers, in rank order; head 150, the rest the tail) ---
SV_WOMEN = """
Maria Elisabeth Anna Kristina Margareta Eva Linnéa Karin Birgitta Marie Ingrid Sofia Emma Christina
Sara Kerstin Lena Helena Ingegerd Johanna Inger Ulla Ida Viktoria Elin Hanna Louise Malin Matilda
Anita Cecilia Gunilla Susanne Linda Katarina Ann Monica Annika Charlotte Jenny Elsa Ulrika Märta
Alice Julia Maja Ella Astrid Ebba Camilla Gun Barbro Agneta Siv Carina Irene Marianne Åsa Amanda
Frida Therese Caroline Lisa Wilma Yvonne Josefin Moa Britt Gunnel Lovisa Elisabet Ellen Agnes
Emelie Inga Klara Jessica Sofie Madeleine Alva Pia Lina Elvira Olivia Sandra Berit Ingela Helen
Petra Mona Felicia Emilia Vera Saga Signe Stina Ann-Marie Rut Ronja Nora Selma Freja Anneli
Jennie Sonja Gunhild Solveig Maj Lilian Ingeborg Greta Elina Isabelle Tove Tilda Hedvig Anette
Marita Eleonora Mikaela Erika Ann-Christin Rebecka Josefine Linn Mia My Nellie Tuva Vilma Liv
Lova Ester Alma Ines Sigrid Ylva Veronica Katrin Rose-Marie Maud Viola Irma Aina Elsie Gerd
Kristin Marina Rakel Hillevi Pernilla Paulina Isabella Angelica Evelina Sanna Desirée Jeanette
Emmy Ingalill Ann-Sofie Majvor Birgit Gudrun Dagmar Elise Lotta Therése Britt-Marie Maj-Britt
Ann-Charlotte Anna-Karin Eva-Lena Jonna Thea Minna Hilda Edith Ingegärd Svea Tyra Ellinor Majken
Maria-Louise Lisbeth Kajsa Gunvor Ingbritt Solbritt Viveka Louisa Elvy Ragnhild Valborg Anne
Charlotta Cornelia Leia Iris Stella Juni Novalie Ellie Meja Elise Hilma Lisen Disa
Jasmine Natalie Nathalie Denise Gabriella Sabina Rebecca Jenni Josephine Emelia Linnea Fredrika
Henrika Annette Annelie Ewa Britta Inez Aurora Ronja Tindra Alexandra Nina Caisa Wendela
Agnetha Mathilda Annie Margit Gullan Gull-Britt Lillemor Elvi Ulla-Britt Ingvor Mariana
Majlis Sylvia Gunlög Asta Berta Hildur Anna-Lena Anna-Maria Eva-Karin
Marie-Louise Lena-Maria Tina Åse Karolina Katja Madelene Malva Elna Judit Ingun Frideborg
Alfhild Hjördis Svanhild Lisbet Vanja Siw Gunbritt Kristel Mirjam Doris Ruth Ester Karina Lilly
Leonora Liliana Elida Tekla Hedda Irja Helmi Aili Sirkka Laila
Lo Elina Jessika Evy Vivianne Vivi Mimmi Tea Elsi Ann-Louise Margaretha
Ann-Katrin Sussie Isa Ilse Tora Ingalena Mai Emy Alida Majbritt Sigun Barbara Rosa
Sofi Ottilia Edla Beda Tilly Alvina Wilhelmina Augusta Olga Cajsa Malou
Ingmari Marlene Gunnevi Brita Eira Elly Ethel Gertrud Harriet Inga-Lill Inga-Britt Lillie Madicken
Margot Mariann Marit Nanna Naemi Oda Pauline Rigmor Signhild Sissela Sylvi Teresia Ulrica Unni
Vendela Viveca Yvette Agda Alfrida Amalia Ann-Britt Ann-Kristin Ann-Mari Annica Bodil Carin
Catarina Edit Eila Engla Fanny Filippa Helga Isabell Jill Joline Julie Lea Lillian Lisette Lovis
Mariella Melinda Melissa Michaela Mira Molly Märtha Nadja Nicole Nova Ofelia Patricia Rebekka
Sally Siri Tilde Victoria Zara Lykke Elvina Anna-Stina Tova Livia Elea
"""
SV_MEN = """
Lars Karl Anders Johan Per Erik Nils Carl Lennart Mikael Jan Hans Olof Peter Gunnar Sven Fredrik
Bengt Bo Daniel Gustav Åke Göran Alexander Magnus Martin Stefan Andreas Leif John Ulf Mats Thomas
Henrik Jonas Bertil Axel Arne Ingemar Björn Emil Kjell Christer Rolf David Stig Oskar Tommy Simon
Roger Mattias Robert William Hugo Viktor Filip Sebastian Anton Rune Jakob Elias Patrik Kent Claes
Tomas Christian Joakim Oscar Håkan Lucas Liam Adam Kurt Rickard Jörgen Dan Niklas Kenneth Ludvig
Isak Christoffer Robin Sten Torbjörn Tobias Marcus Oliver Gösta Roland Hampus Jesper Erland Noah
Edvin Gabriel Emanuel Rasmus Samuel Vilhelm Albin Leo Harald Ingvar Tage Sune Allan Jonathan
Benjamin Elliot Theo Arvid Kevin Dennis Jimmy Joel Viggo Melvin Love Alfred Folke Jacob Linus
Ronny Alf Gunnar Henry Ove Kristian Kristoffer Lage Valter Hans-Erik Karl-Erik Per-Olof Lars-Erik
Georg Evert Ragnar Einar Holger Yngve Birger Ivar Wilhelm Carl-Johan Conny Lennart Ola Bernt
Sixten Douglas Ebbe Vincent Nils-Erik Edward Frank Julius Casper Adrian Hannes Max Otto Loke
Sam Felix Charlie Olle Milo Frans Algot Sigge Elis Ture Uno Ernst Gottfrid Torsten Nicklas Pontus
Johannes Mathias Ronnie Jens Lars-Göran Jan-Erik Per-Anders Bror Knut Gert Ingvald Valdemar
Albert Artur Arvid Harry Helge Herbert Hilding Josef Lennarth Malte Manfred Mauritz
Ragnvald Roine Sigvard Sture Sverker Tor Torgny Ulrik Verner Vidar Östen Åsmund Anker Benny
Björne Curt Dag Eskil Fritiof Gunne Halvar Hjalmar Ingolf Jarl Jerker Kjell-Åke Lars-Olof Leopold
Mårten Nicolaus Orvar Peder Reinhold Seth Stellan Staffan Thorvald Tord Uffe Wiktor Yngvar Åke-Göran
Alvar Bill Björn-Erik Carl-Axel Dick Egon Elof Evald Gillis Gustaf Hasse
Isidor Joar Jöns Kasper Kolbjörn Krister Lars-Åke Levi Melker Nathan
Nelson Noel Olav Pelle Petter Reidar Rikard Rudolf Sigfrid Stig-Olof
Svante Sölve Tim Tore Truls Tryggve Wille Yasin Zacharias Åsbjörn Örjan Ossian
Edgar Enok Gideon Henning Ivan Jack Kalle Lukas Melvin Neo Otis Ville Elton Colin Ivo
Agne Alexis Bengt-Åke Bo-Göran Börje Edvard Elliott Emrik Eric Fabian Hadar Helmer Hilmer Inge
Ingmar Jan-Olof Jan-Åke Jimmie Johnny Jon Jonatan Kai Karl-Axel Karl-Gustav Kennet Kim Lars-Gunnar
Lars-Inge Lorentz Milton Mio Måns Natanael Nils-Olof Olov Per-Erik Per-Olov Pär Roy Sigurd Sivert
Stig-Arne Sten-Åke Thord Torkel Valentin Vilgot Wilmer Alve Alvin Bruno Charles Elvin Eddie
Esaias Fritz Frej Hjalte Håkon Kasimir Konrad Laban Lenny Mika Osvald Ralf Tyko Vilmer Walter
Seth Gunder Jesse Leon Josef Elias Alex Noa
"""
SV_SURNAMES = """
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson
Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson Lindström Lindqvist
Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson Berglund Fredriksson
Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed Engström Eklund Danielsson Lundin
Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Fransson Bergqvist Nyström
Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström Ahmed Mårtensson
Lundström Hassan Viklund Björklund Eliasson Pålsson Berggren Sandström Lund Nordin Ström Åberg
Falk Ekström Hermansson Holmgren Hellström Dahlberg Hedlund Sundberg Sjögren Ek Blom Abrahamsson
Martinsson Öberg Andreasson Strömberg Månsson Hansen Åkesson Dahl Lindholm Norberg Holmqvist
Mohamed Jensen Hussein Sundström Omar Ibrahim Nordqvist Ekberg Sjöström Lindahl Söderström Nylund
Fors Wallgren Hedberg Lindell Åström Hagström Björkman Engberg Englund Sundqvist Lundkvist Bäckström
Nyman Hjalmarsson Lindblom Ottosson Göransson Strand Ahlström Sundin Söderlund Borg Nielsen
Lindkvist Ekman Thorén Berglind Norén Friberg Jakobsen Ahlberg Hansén Rosén Forslund Kristiansson
Mattsson Johnsson Isberg Landberg Bergkvist Lindvall Sundell Edlund Stenberg Vikström Roos
Hedström Lilja Jacobsson Sjödin Granberg Ivarsson Malmberg Eklöf Moberg Grönlund Jonasson Forsman
Wahlström Westerberg Eng Björnsson Rask Sahlin Nordlund Backman Lindén Kjellberg Lundmark Rydberg
Karlström Hellberg Nordberg Östlund Eklöv Erlandsson Adolfsson Högberg Strömgren Sundqvist Svärd
Rosenberg Lindmark Lindh Berntsson Emanuelsson Ljungberg Sandin Blomberg Wiberg Backlund Nordgren
Tran Nguyen Palm Jeppsson Boström Sjöstedt Holmström Bergh Wennberg Ljungqvist Kronberg Axelson
Carlsson Gustavsson Petersson Carlson Peterson Andersen Ohlsson Ahlqvist Hagberg Ågren Widén
Lindroth Haglund Sjölund Grahn Sundén Edvardsson Nyqvist Wiklund Brandt Almqvist Olausson Ståhl
Stål Dahlgren Blomgren Gustafson Lundholm Thorsson Knutsson Törnqvist Helgesson Bodin Hallberg
Sjölander Kvist Fredriksson Ljung Sandell Bergh Wallén Asplund Zetterberg Rehn Frisk Nord Hammar
Malmström Lindwall Enqvist Brännström Östman Norling Nordenström Brodin Hedin Wickström Modig
Ekholm Sörensen Törnblom Hultgren Engman Lindblad Rydén Sjöqvist Strid Hamberg Segerström
Grip Öhman Björling Melin Skoglund Furberg Sandqvist Westin Qvist Ekvall Mellberg
Lagerlöf Wessman Tengvall Ståhlberg Hellgren Klingberg Österberg Unger Höglund Ferm Dalin
Bylund Sjökvist Arnesson Algotsson Lejon Spång Gerdin Häggström Skog Torstensson Åkerlund
Renström Edström Tell Wernersson Alm Kvarnström Lindeberg Ceder Hägg Rapp Nordlander
Mikaelsson Rydell von_Platen af_Klercker De_Geer von_Sydow Wachtmeister Lewenhaupt
Gyllenhammar Bonde von_Essen Stiernstedt Lagercrantz Hamilton Douglas Silfverschiöld Bielke
Tunberg Orre Klang Hök Krantz Gran Sundelin Wigren Malm Widell Kullberg Hedman Björkqvist
Edin Wall Vesterlund Östberg Rönnqvist Tapper Flink Holgersson Lööf Berger Öqvist Larsén
"""

# --- the UK (the ONS rankings' order; given names of births over the decades, surnames of the whole) ---
UK_WOMEN = """
Olivia Amelia Isla Ava Emily Sophia Grace Mia Poppy Ella Lily Evie Isabella Sophie Ivy Freya
Harper Willow Charlotte Jessica Rosie Daisy Alice Florence Sienna Phoebe Elsie Matilda Ruby
Evelyn Sarah Emma Laura Rebecca Hannah Amy Lauren Chloe Katie Lucy Rachel Charlotte Samantha
Jennifer Nicola Claire Louise Helen Emma Victoria Kelly Michelle Lisa Joanne Karen Julie Susan
Elizabeth Margaret Mary Patricia Linda Carol Janet Christine Jacqueline Ann Anne Jane Alison
Caroline Deborah Tracey Amanda Dawn Gillian Hayley Kirsty Natalie Zoe Gemma Stacey Leanne Jodie
Danielle Jade Abigail Megan Bethany Holly Eleanor Georgia Ellie Millie Scarlett Lola Maisie
Erin Eliza Esme Harriet Imogen Molly Niamh Aimee Beth Carly Catherine Dorothy Eileen Frances
Gail Heather Irene Jean Joan Joyce Judith Kathleen Lorraine Marion Maureen Pamela Pauline Rita
Sandra Sheila Shirley Valerie Wendy Yvonne Annie Bridget Caitlin Darcey Eloise Fern Gracie Hollie
Iris Jasmine Kayla Lacey Leah Maya Nancy Orla Paige Rose Skye Thea Tilly Vanessa Violet Yasmin
Zara Aisha Amber Anna Aria Ayla Bella Bonnie Clara Cora Delilah Edith Elodie Emilia Eva Faith
Hallie Hazel Heidi Imani Jemima Josie Layla Lottie Luna Lydia Mabel Maddison Martha Mollie Nell
Orlaith Penelope Quinn Robyn Sadie Summer Tabitha Una Verity Winifred Beatrice Cerys Ffion
Seren Mairi Eilidh Kirsteen Morag Siobhan Shona Fiona Catriona Ailsa Rhian Bronwen Megan Gwen
"""
UK_MEN = """
Oliver George Noah Arthur Harry Leo Muhammad Jack Charlie Oscar Jacob Henry Thomas Freddie Alfie
Theo William Theodore Archie Joshua Alexander James Daniel Matthew Christopher Andrew David Michael
Richard Paul Mark Stephen John Robert Peter Ian Gary Steven Lee Darren Craig Stuart Neil Simon
Jonathan Martin Kevin Anthony Graham Philip Adam Ryan Luke Jamie Samuel Benjamin Callum Liam
Connor Jordan Kieran Nathan Aaron Dean Carl Wayne Jason Scott Shaun Barry Brian Keith Colin
Derek Kenneth Malcolm Roger Trevor Terence Raymond Alan Geoffrey Nigel Roy Dennis Douglas Gordon
Hugh Ian Edward Frederick Albert Ernest Harold Leonard Stanley Walter Arnold Cyril Reginald
Louis Ethan Mason Logan Lucas Isaac Finley Max Toby Reuben Dylan Tyler Owen Elliot Harvey Jake
Rory Sebastian Zachary Caleb Ronnie Teddy Tommy Albie Elijah Hugo Rowan Jude Ezra Felix Jenson
Frankie Bobby Ralph Stanley Louie Hunter Finn Gabriel Kai Rhys Aled Dafydd Gareth Owain Iwan
Hamish Angus Euan Fraser Ruaridh Alasdair Calum Ewan Murray Niall Declan Ciaran Sean Patrick
Brendan Dominic Gerard Kieran Conor Cameron Bradley Jay Ashley Russell Clive Dale Glenn Grant
Howard Julian Lawrence Marcus Nicholas Rupert Spencer Tristan Vincent Warren Adrian Alistair
Barnaby Cedric Desmond Edmund Ferdinand Giles Humphrey Jeremy Jolyon Lionel Miles Nigel Percy
Quentin Rodney Roland Ross Rufus Stewart Timothy Toby Victor Wilfred
"""
UK_SURNAMES = """
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
Riley Dunn Woods Parsons Berry Stone Reid Holland Hawkins Harding Porter Robertson Newton
Oliver Reed Kennedy Williamson Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry Burgess
Bishop Walton Burns Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls Hamilton Byrne
Sutton McDonald Yates Hodgson Robson Curtis Hopkins O'Connor Harper Coleman Watkins Moss
McCarthy Chambers O'Neill Griffin Sharp Hardy Wheeler Potter Osborne Johnston Gordon Doyle
Wallace George Jordan Hutchinson Rowe Burke May Pritchard Gilbert Willis Higgins Read Miles
Stevenson Stephenson Hammond Arnold Buckley Walters Hewitt Barber Nelson Slater Austin
Sullivan Whitehead Mann Frost Lambert Stephens Blake Akhtar Lynch Goodwin Barton Woodward
Thomson Cunningham Quinn Barnett Baxter Bibi Clayton Nash Greenwood Jennings Holt Kemp Poole
Gallagher Bond Stokes Tucker Davidson Fowler Heath Norman Middleton Lawson Banks French
Stanley Jarvis Gibbs Ferguson Hayward Carroll Douglas Dickinson Todd Barlow Peters Lucas
Knowles Hartley Miah Simmons Morrison Cartwright Kaye Abbott Townsend Thornton Pugh Haynes
MacDonald MacLeod Fraser Paterson Sinclair Munro Ritchie Gough Llewellyn Vaughan Pryce
"""

# --- origins common in Sweden: commonest given names (women, men) and surnames, 1/rank, head 10 ---
FINNISH = (
    "Maria Helena Johanna Anneli Kaarina Marjatta Anna Tuula Päivi Sari Liisa Hannele Eeva Pirjo Riitta Minna Tiina Sanna Leena Kristiina Satu Katja Heidi Aino Elina Marja Tarja Merja Seija Aila",
    "Juha Timo Matti Kari Mikko Jari Antti Jukka Mika Markku Pekka Hannu Heikki Seppo Janne Ari Sami Petri Ville Tuomas Jussi Pentti Esa Veikko Olli Eero Lauri Jani Raimo Tapio",
    "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hiltunen Kärkkäinen Pesonen",
)
ARABIC = (  # Iraq, Syria, Lebanon, Palestine, with Assyrian/Syriac names
    "Fatima Maryam Sara Nour Zainab Amira Rana Layla Huda Aisha Hiba Rasha Dina Lina Yasmin Noor Rima Samira Shahad Mariam Hala Reem Ninve Shamiram Raghad Sana Rawan Aya Ghofran Nisreen Marta Ramina",
    "Mohammed Ahmed Ali Hassan Hussein Omar Mustafa Ibrahim Khaled Yousef Abdullah Karim Said Ammar Mahmoud Adam Haidar Ziad Bassam Fadi Gabriel Sargon Ninos Aram Elias Jamil Majid Rami Hamza Sami Ashur Iskander",
    "Ali Mohammed Ahmed Hassan Hussein Ibrahim Abdullah Saleh Khalil Mahmoud Jasim Kadhim Yousef Salman Hamad Al-Hashimi Abbas Shamoun Barsoum Saliba Gabriel Yakoub Isa Aziz Haddad Daoud Khoury Jarjis Toma Al-Saadi Al-Obaidi Murad Hanna Elias",
)
SOMALI = (
    "Fadumo Amina Hodan Khadija Sahra Ayan Hamdi Asha Nimco Hibo Safiya Ifrah Leyla Sucaad Maryan Deeqa Ubah Naima Filsan Ikran Sagal Hawa Halima Nasra",
    "Abdi Mohamed Ahmed Abdirahman Abdullahi Hassan Omar Ali Yusuf Ismail Abdikarim Mustafe Liban Guled Farah Said Mahad Hamza Jama Bashir Abdiaziz Abdiwali Khalid Sharmarke",
    "Mohamed Ahmed Abdi Hassan Ali Omar Farah Yusuf Warsame Hussein Ibrahim Osman Jama Aden Mohamud Nur Abdullahi Ismail Dahir Egal Hirsi Elmi Gedi Duale Samatar Abdille Gure",
)
POLISH = (  # surnames in their masculine form; feminine() makes -ska, -cka, -dzka
    "Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Elżbieta Joanna Aleksandra Monika Zofia Teresa Danuta Natalia Karolina Marta Beata Dorota Justyna Paulina Iwona Grażyna Jadwiga Agata Halina Urszula",
    "Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Stanisław Jakub Adam Marek Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Jerzy Maciej Rafał Robert Kamil Józef Sławomir Przemysław Wiesław Bartłomiej Tadeusz",
    "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowicki Majewski Olszewski Stępień Malinowski Jaworski Adamczyk Dudek Czarnecki Głowacki Wysocki Zawadzki Sadowski Górecki Pawlak",
)
PERSIAN = (
    "Maryam Fatemeh Zahra Sara Narges Mahsa Leila Shirin Parisa Neda Azadeh Roya Nasrin Samira Mina Yasaman Elham Golnaz Shabnam Soheila Tara Niloufar Pegah Sepideh Ladan",
    "Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Hassan Majid Behzad Farhad Babak Kamran Arash Dariush Omid Payam Navid Kourosh Siamak Parviz Morteza Shahram Peyman",
    "Mohammadi Hosseini Ahmadi Rezaei Moradi Karimi Hashemi Jafari Rahimi Mousavi Sadeghi Ghorbani Rostami Tehrani Kazemi Shirazi Rahmani Nazari Safari Azizi Akbari Bahrami Heydari Norouzi Esfahani Najafi Farahani",
)
BCS = (  # Bosnian, Serbian, Croatian
    "Amra Emina Lejla Aida Azra Jasmina Selma Amela Mirela Ana Marija Ivana Jelena Snežana Milica Dragana Maja Vesna Mirjana Sanja Dijana Alma Elma Nermina Sabina Merima Mersiha",
    "Edin Amir Adnan Emir Mirza Senad Nermin Dževad Haris Kenan Dragan Zoran Goran Milan Nikola Stefan Marko Ivan Dejan Nenad Igor Damir Ismet Mehmed Dario Luka Tomislav Željko",
    "Hodžić Hadžić Begić Delić Kovačević Mehmedović Hasanović Suljić Omerović Husić Ibrahimović Alić Jovanović Petrović Nikolić Marković Đorđević Stojanović Horvat Kovačić Babić Marić Jurić Knežević Popović Mujić Salihović Karić Čolić Šehić",
)
TURKISH = (
    "Ayşe Fatma Emine Hatice Zeynep Elif Merve Özlem Derya Sevgi Gül Hülya Leyla Esra Büşra Yasemin Songül Dilek Aylin Nur Ebru Sibel Selin Meryem Tuba Gülşen",
    "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah Mahmut Recep Emre Burak Serkan Kemal Erdem Cem Can Deniz Yasin Özgür",
    "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Karataş Erdoğan Aktaş Güneş Bulut Akın Kaplan Tekin",
)
ERITREAN = (  # the father's given name serves as surname
    "Helen Senait Selam Mebrat Semhar Freweini Yohana Tsega Saba Rahel Lidia Almaz Elsa Winta Hiwet Tirhas Meron Ruta Feven Luwam Yordanos Mihret",
    "Yonas Tesfay Dawit Michael Samuel Daniel Yohannes Tekle Berhane Mulugeta Habte Kidane Amanuel Filmon Efrem Robel Henok Senay Ermias Aron Medhanie Goitom Abraham Isaias",
    "Tesfay Berhane Tekle Habte Kidane Gebremedhin Ghebreyesus Haile Tesfamariam Mehari Woldu Abraha Yohannes Ghirmay Asmerom Tsegay Negash Andemariam Weldemichael Mesfin Fisehaye Zerai Hagos Kahsay",
)
AFGHAN = (
    "Fatima Zahra Maryam Marzia Mursal Shabana Nazanin Freshta Farzana Mahnaz Sahar Parwana Zarghuna Nilofar Hasina Sediqa Malalai Laila Soraya Gulalai Roya Samira",
    "Mohammad Ahmad Ali Mustafa Hamid Abdul Rahim Karim Jawad Sayed Reza Hussain Farid Najib Wahid Habib Naser Ebrahim Javid Shafiq Rahmatullah Samiullah Mirwais Zabihullah",
    "Ahmadi Mohammadi Hussaini Rezaie Hashimi Sultani Noori Rahimi Amiri Karimi Sadat Popal Durrani Stanikzai Safi Mohmand Wardak Nazari Haidari Jafari Akbari Rasuli Barakzai Yousufzai",
)
THAI = (
    "Siriporn Kanokwan Supaporn Nittaya Wanida Somying Pranee Malee Sunisa Jintana Ratana Kannika Duangjai Pornpimol Arunee Suda Pimchanok Wilai Orathai Sasithorn Nongluck Rattana",
    "Somchai Somsak Prasert Sombat Suchart Anan Wichai Boonmee Chaiwat Thanakorn Kittisak Surachai Nattapong Sakda Apichat Manop Sompong Thawatchai",
    "Saetang Srisuk Wongsa Sukjai Chaiyaporn Boonmee Rattanakorn Kaewkham Thongdee Sripong Jaidee Phromma Suksawat Kongkaew Sangthong Yodsri Chanthawong Wongsuwan Saelim Thongchai",
)
LATIN = (  # Chile first, then Latin America; two surnames, father's and mother's
    "María Ana Carolina Claudia Patricia Valentina Camila Daniela Francisca Javiera Catalina Paula Andrea Gabriela Isabel Verónica Marcela Lorena Fernanda Constanza Sofía Ximena Rosa Paola Macarena",
    "Juan José Carlos Luis Jorge Cristián Francisco Diego Sebastián Matías Felipe Pablo Rodrigo Manuel Andrés Ricardo Héctor Sergio Alejandro Gonzalo Patricio Víctor Mauricio Hernán Tomás",
    "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez Castro Pizarro Álvarez Vásquez Sánchez Fernández Ramírez Carrasco Gómez Cortés",
)
KURDISH = (
    "Rojin Berfin Zilan Nazdar Dilan Hêvî Jiyan Roza Shilan Avin Delal Gulistan Hana Nasrin Narin Ronak Shirin Sozan Bahar Dilvin Rojda Kajal",
    "Azad Rebwar Karwan Dilshad Soran Aram Baran Hogir Shvan Rezan Sherzad Kawa Hemin Diyar Zana Serhat Ciwan Rizgar Shorsh Bakhtiar Dara Hiwa",
    "Ahmad Mohammed Mahmoud Rashid Karim Aziz Hassan Amin Qadir Saleh Omar Hussein Abdulla Faraj Salih Othman Kurdi Rasul Sharif Jaff Hawrami Tahir Zebari Mustafa",
)
UKRAINIAN = (
    "Olena Tetiana Nataliia Iryna Oksana Svitlana Yuliia Kateryna Olha Anastasiia Mariia Viktoriia Halyna Liudmyla Inna Daryna Sofiia Alina Khrystyna Valentyna",
    "Oleksandr Serhii Andrii Volodymyr Oleksii Dmytro Yurii Ivan Mykola Vasyl Vitalii Maksym Ihor Bohdan Taras Roman Artem Petro Yevhen Mykhailo",
    "Melnyk Shevchenko Kovalenko Bondarenko Boyko Tkachenko Kravchenko Kovalchuk Koval Oliinyk Shevchuk Polishchuk Tkachuk Savchenko Bondar Marchenko Rudenko Moroz Lysenko Petrenko Klymenko Pavlenko",
)
INDIAN = (
    "Priya Anjali Pooja Neha Divya Lakshmi Deepa Kavya Shreya Sneha Aishwarya Meera Ananya Swati Ritu Sunita Nisha Radhika Shalini Aarti",
    "Rahul Amit Rajesh Vikram Arjun Sanjay Suresh Anil Ravi Deepak Karthik Vijay Manoj Nikhil Rohit Sandeep Pradeep Harish Aditya Venkatesh",
    "Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Rao Shah Mehta Joshi Menon Verma Pillai Agarwal Desai Krishnan Chopra Kulkarni Banerjee Mukherjee",
)
CHINESE = (
    "Li Na Fang Jing Ying Min Xiu Yan Hui Lan Mei Ting Xin Jie Wen Hong Yu Qian",
    "Wei Lei Jun Yong Jie Tao Ming Chao Hao Qiang Bin Hui Gang Peng Feng Bo Xin Long",
    "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo",
)
GERMAN = (
    "Sabine Susanne Petra Claudia Andrea Julia Anna Monika Katharina Stefanie Nicole Birgit Ursula Karin Laura Lena Christina Heike Anja Ulrike Jana",
    "Thomas Michael Andreas Peter Stefan Christian Markus Frank Jürgen Klaus Wolfgang Matthias Tobias Sebastian Jan Florian Uwe Dirk Jens Lukas Felix",
    "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Werner",
)
NORWEGIAN = (  # Norway and Denmark: the ferries' other side
    "Anne Inger Kari Marianne Ingrid Liv Eva Berit Astrid Bente Hanne Randi Mette Kirsten Lene Tone Silje Ida Nora Camilla Signe Kristine",
    "Jan Per Bjørn Ole Lars Kjell Knut Arne Svein Hans Thomas Morten Jens Søren Henrik Rasmus Espen Øyvind Geir Trond Magnus Mads Anders",
    "Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen Pettersen Eriksen Berg Haugen Hagen Johannessen Jacobsen Dahl Halvorsen Sørensen Rasmussen Christensen Poulsen Madsen Thomsen",
)

# --- US Census 1990 (dist.female.first, dist.male.first, dist.all.last: the per cent as weight) ---
US_WOMEN: tuple[tuple[str, float], ...] = (("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.98), ("Elizabeth", 0.937), ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794), ("Margaret", 0.768), ("Dorothy", 0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667), ("Betty", 0.666), ("Helen", 0.663), ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565), ("Ruth", 0.562), ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.51), ("Sarah", 0.508), ("Kimberly", 0.504), ("Deborah", 0.494), ("Jessica", 0.49), ("Shirley", 0.482), ("Cynthia", 0.469), ("Angela", 0.468), ("Melissa", 0.462), ("Brenda", 0.455), ("Amy", 0.451), ("Anna", 0.44), ("Rebecca", 0.43), ("Virginia", 0.43), ("Kathleen", 0.424), ("Pamela", 0.416), ("Martha", 0.412), ("Debra", 0.408), ("Amanda", 0.404), ("Stephanie", 0.4), ("Carolyn", 0.385), ("Christine", 0.382), ("Marie", 0.379), ("Janet", 0.379), ("Catherine", 0.373), ("Frances", 0.37), ("Ann", 0.364), ("Joyce", 0.364), ("Diane", 0.359), ("Alice", 0.357), ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336), ("Doris", 0.335), ("Gloria", 0.335), ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315), ("Mildred", 0.313), ("Katherine", 0.313), ("Joan", 0.306), ("Ashley", 0.303), ("Judith", 0.297), ("Rose", 0.296), ("Janice", 0.285), ("Kelly", 0.283), ("Nicole", 0.281), ("Judy", 0.276), ("Christina", 0.275), ("Kathy", 0.272), ("Theresa", 0.271), ("Beverly", 0.267), ("Denise", 0.264), ("Tammy", 0.259), ("Irene", 0.252), ("Jane", 0.25), ("Lori", 0.248), ("Rachel", 0.242), ("Marilyn", 0.241), ("Andrea", 0.236), ("Kathryn", 0.234), ("Louise", 0.229), ("Sara", 0.229), ("Anne", 0.228), ("Jacqueline", 0.228), ("Wanda", 0.226), ("Bonnie", 0.223), ("Julia", 0.223), ("Ruby", 0.221), ("Lois", 0.22), ("Tina", 0.22), ("Phyllis", 0.219), ("Norma", 0.218), ("Paula", 0.217), ("Diana", 0.216), ("Annie", 0.216), ("Lillian", 0.211), ("Emily", 0.208), ("Robin", 0.208), ("Peggy", 0.208), ("Crystal", 0.207), ("Gladys", 0.205), ("Rita", 0.204), ("Dawn", 0.202), ("Connie", 0.2), ("Florence", 0.2), ("Tracy", 0.197), ("Edna", 0.197), ("Tiffany", 0.195), ("Carmen", 0.195), ("Rosa", 0.194), ("Cindy", 0.192), ("Grace", 0.189), ("Wendy", 0.185), ("Victoria", 0.18), ("Edith", 0.179), ("Kim", 0.178), ("Sherry", 0.178), ("Sylvia", 0.177), ("Josephine", 0.177), ("Thelma", 0.175), ("Shannon", 0.175), ("Sheila", 0.175), ("Ethel", 0.174), ("Ellen", 0.173), ("Elaine", 0.173), ("Marjorie", 0.173), ("Carrie", 0.171), ("Charlotte", 0.169), ("Monica", 0.166), ("Esther", 0.166), ("Pauline", 0.165), ("Emma", 0.165), ("Juanita", 0.164), ("Anita", 0.162), ("Rhonda", 0.162), ("Hazel", 0.161), ("Amber", 0.16), ("Eva", 0.159), ("Debbie", 0.157), ("April", 0.154), ("Leslie", 0.154), ("Clara", 0.153), ("Lucille", 0.153), ("Jamie", 0.153), ("Joanne", 0.15), ("Eleanor", 0.15), ("Valerie", 0.149), ("Danielle", 0.149), ("Megan", 0.147), ("Alicia", 0.146), ("Suzanne", 0.145), ("Michele", 0.145), ("Gail", 0.145), ("Bertha", 0.143), ("Darlene", 0.142), ("Veronica", 0.142), ("Jill", 0.142), ("Erin", 0.141), ("Geraldine", 0.141), ("Lauren", 0.137), ("Cathy", 0.137), ("Joann", 0.136), ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135), ("Regina", 0.133), ("Erica", 0.13), ("Beatrice", 0.13), ("Dolores", 0.129), ("Bernice", 0.128), ("Audrey", 0.127), ("Yvonne", 0.126), ("Annette", 0.125), ("June", 0.125), ("Samantha", 0.124), ("Marion", 0.122), ("Dana", 0.122), ("Stacy", 0.121), ("Ana", 0.12), ("Renee", 0.12), ("Ida", 0.118), ("Vivian", 0.118), ("Roberta", 0.117), ("Holly", 0.117), ("Brittany", 0.117), ("Melanie", 0.116), ("Loretta", 0.115), ("Yolanda", 0.115), ("Jeanette", 0.115), ("Laurie", 0.114), ("Katie", 0.113), ("Kristen", 0.111), ("Vanessa", 0.111), ("Alma", 0.111), ("Sue", 0.111), ("Elsie", 0.11), ("Beth", 0.11), ("Jeanne", 0.109), ("Vicki", 0.109), ("Carla", 0.107), ("Tara", 0.107), ("Rosemary", 0.107), ("Eileen", 0.105), ("Terri", 0.105), ("Gertrude", 0.103), ("Lucy", 0.103), ("Tonya", 0.102), ("Ella", 0.101), ("Stacey", 0.101), ("Wilma", 0.099), ("Gina", 0.099), ("Kristin", 0.099), ("Jessie", 0.098), ("Natalie", 0.098), ("Agnes", 0.098), ("Vera", 0.098), ("Willie", 0.097), ("Charlene", 0.097), ("Bessie", 0.096), ("Delores", 0.095), ("Melinda", 0.094), ("Pearl", 0.094), ("Arlene", 0.094), ("Maureen", 0.092), ("Colleen", 0.092), ("Allison", 0.092), ("Tamara", 0.092), ("Joy", 0.091), ("Georgia", 0.091), ("Constance", 0.091), ("Lillie", 0.09), ("Claudia", 0.09), ("Jackie", 0.09), ("Marcia", 0.09), ("Tanya", 0.089), ("Nellie", 0.089), ("Minnie", 0.089), ("Marlene", 0.088), ("Heidi", 0.088), ("Glenda", 0.088), ("Lydia", 0.086), ("Viola", 0.086), ("Courtney", 0.086), ("Marian", 0.086), ("Stella", 0.085), ("Caroline", 0.085), ("Dora", 0.084), ("Jo", 0.083), ("Vickie", 0.082), ("Mattie", 0.081), ("Terry", 0.08), ("Maxine", 0.079), ("Irma", 0.079), ("Mabel", 0.078), ("Marsha", 0.078), ("Myrtle", 0.078), ("Lena", 0.077), ("Christy", 0.077), ("Deanna", 0.076), ("Patsy", 0.076), ("Hilda", 0.075), ("Gwendolyn", 0.074), ("Jennie", 0.073), ("Nora", 0.073), ("Margie", 0.072), ("Nina", 0.072), ("Cassandra", 0.072), ("Leah", 0.072), ("Penny", 0.071), ("Kay", 0.071), ("Priscilla", 0.071), ("Naomi", 0.071), ("Carole", 0.071), ("Brandy", 0.07), ("Olga", 0.07), ("Billie", 0.069), ("Dianne", 0.069), ("Tracey", 0.069), ("Leona", 0.069), ("Jenny", 0.068), ("Felicia", 0.068), ("Sonia", 0.068), ("Miriam", 0.066), ("Velma", 0.066), ("Becky", 0.066), ("Bobbie", 0.065), ("Violet", 0.065), ("Kristina", 0.065), ("Toni", 0.064), ("Misty", 0.063), ("Mae", 0.063), ("Shelly", 0.062), ("Daisy", 0.062), ("Ramona", 0.062), ("Sherri", 0.062), ("Erika", 0.061), ("Katrina", 0.061), ("Claire", 0.061), ("Lindsey", 0.06), ("Lindsay", 0.06), ("Geneva", 0.059), ("Guadalupe", 0.059), ("Belinda", 0.059), ("Margarita", 0.059), ("Sheryl", 0.059), ("Cora", 0.058), ("Faye", 0.058), ("Ada", 0.057), ("Natasha", 0.057), ("Sabrina", 0.057), ("Isabel", 0.057), ("Marguerite", 0.056), ("Hattie", 0.056), ("Harriet", 0.056), ("Molly", 0.055), ("Cecilia", 0.055), ("Kristi", 0.055), ("Brandi", 0.055), ("Blanche", 0.055), ("Sandy", 0.055), ("Rosie", 0.055), ("Joanna", 0.055), ("Iris", 0.055), ("Eunice", 0.054), ("Angie", 0.054), ("Inez", 0.053), ("Lynda", 0.053), ("Madeline", 0.052), ("Amelia", 0.052), ("Alberta", 0.052), ("Genevieve", 0.051), ("Monique", 0.051), ("Jodi", 0.051), ("Janie", 0.051), ("Maggie", 0.051), ("Kayla", 0.051), ("Sonya", 0.051), ("Jan", 0.051), ("Lee", 0.051), ("Kristine", 0.051), ("Candace", 0.051), ("Fannie", 0.05), ("Maryann", 0.05), ("Opal", 0.05), ("Alison", 0.05), ("Yvette", 0.05), ("Melody", 0.05), ("Luz", 0.049), ("Susie", 0.049), ("Olivia", 0.049), ("Flora", 0.049), ("Shelley", 0.049), ("Kristy", 0.048), ("Mamie", 0.048), ("Lula", 0.048), ("Lola", 0.048), ("Verna", 0.048), ("Beulah", 0.048), ("Antoinette", 0.048), ("Candice", 0.046), ("Juana", 0.046), ("Jeannette", 0.046), ("Pam", 0.046), ("Kelli", 0.046), ("Hannah", 0.045), ("Whitney", 0.045), ("Bridget", 0.045), ("Karla", 0.044), ("Celia", 0.044), ("Latoya", 0.043), ("Patty", 0.043), ("Shelia", 0.043), ("Gayle", 0.043), ("Della", 0.043), ("Vicky", 0.043), ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042),)  # fmt: skip
US_MEN: tuple[tuple[str, float], ...] = (("James", 3.318), ("John", 3.271), ("Robert", 3.143), ("Michael", 2.629), ("William", 2.451), ("David", 2.363), ("Richard", 1.703), ("Charles", 1.523), ("Joseph", 1.404), ("Thomas", 1.38), ("Christopher", 1.035), ("Daniel", 0.974), ("Paul", 0.948), ("Mark", 0.938), ("Donald", 0.931), ("George", 0.927), ("Kenneth", 0.826), ("Steven", 0.78), ("Edward", 0.779), ("Brian", 0.736), ("Ronald", 0.725), ("Anthony", 0.721), ("Kevin", 0.671), ("Jason", 0.66), ("Matthew", 0.657), ("Gary", 0.65), ("Timothy", 0.64), ("Jose", 0.613), ("Larry", 0.598), ("Jeffrey", 0.591), ("Frank", 0.581), ("Scott", 0.546), ("Eric", 0.544), ("Stephen", 0.54), ("Andrew", 0.537), ("Raymond", 0.488), ("Gregory", 0.441), ("Joshua", 0.435), ("Jerry", 0.432), ("Dennis", 0.415), ("Walter", 0.399), ("Patrick", 0.389), ("Peter", 0.381), ("Harold", 0.371), ("Douglas", 0.367), ("Henry", 0.365), ("Carl", 0.346), ("Arthur", 0.335), ("Ryan", 0.328), ("Roger", 0.322), ("Joe", 0.321), ("Juan", 0.316), ("Jack", 0.315), ("Albert", 0.314), ("Jonathan", 0.313), ("Justin", 0.311), ("Terry", 0.311), ("Gerald", 0.309), ("Keith", 0.308), ("Samuel", 0.306), ("Willie", 0.302), ("Ralph", 0.282), ("Lawrence", 0.282), ("Nicholas", 0.275), ("Roy", 0.273), ("Benjamin", 0.27), ("Bruce", 0.263), ("Brandon", 0.26), ("Adam", 0.259), ("Harry", 0.251), ("Fred", 0.251), ("Wayne", 0.249), ("Billy", 0.248), ("Steve", 0.246), ("Louis", 0.243), ("Jeremy", 0.242), ("Aaron", 0.24), ("Randy", 0.232), ("Howard", 0.23), ("Eugene", 0.23), ("Carlos", 0.229), ("Russell", 0.224), ("Bobby", 0.223), ("Victor", 0.222), ("Martin", 0.216), ("Ernest", 0.215), ("Phillip", 0.213), ("Todd", 0.213), ("Jesse", 0.209), ("Craig", 0.206), ("Alan", 0.204), ("Shawn", 0.2), ("Clarence", 0.197), ("Sean", 0.197), ("Philip", 0.197), ("Chris", 0.197), ("Johnny", 0.195), ("Earl", 0.193), ("Jimmy", 0.191), ("Antonio", 0.19), ("Danny", 0.19), ("Bryan", 0.19), ("Tony", 0.19), ("Luis", 0.189), ("Mike", 0.189), ("Stanley", 0.186), ("Leonard", 0.186), ("Nathan", 0.185), ("Dale", 0.184), ("Manuel", 0.181), ("Rodney", 0.18), ("Curtis", 0.18), ("Norman", 0.177), ("Allen", 0.174), ("Marvin", 0.171), ("Vincent", 0.168), ("Glenn", 0.167), ("Jeffery", 0.166), ("Travis", 0.166), ("Jeff", 0.166), ("Chad", 0.165), ("Jacob", 0.165), ("Lee", 0.162), ("Melvin", 0.162), ("Alfred", 0.162), ("Kyle", 0.16), ("Francis", 0.16), ("Bradley", 0.159), ("Jesus", 0.155), ("Herbert", 0.155), ("Frederick", 0.154), ("Ray", 0.153), ("Joel", 0.152), ("Edwin", 0.148), ("Don", 0.145), ("Eddie", 0.144), ("Ricky", 0.141), ("Troy", 0.138), ("Randall", 0.138), ("Barry", 0.134), ("Alexander", 0.132), ("Bernard", 0.127), ("Mario", 0.125), ("Leroy", 0.125), ("Francisco", 0.124), ("Marcus", 0.124), ("Micheal", 0.123), ("Theodore", 0.123), ("Clifford", 0.123), ("Miguel", 0.122), ("Oscar", 0.122), ("Jay", 0.118), ("Jim", 0.118), ("Tom", 0.117), ("Calvin", 0.115), ("Alex", 0.115), ("Jon", 0.115), ("Ronnie", 0.113), ("Bill", 0.112), ("Lloyd", 0.112), ("Tommy", 0.112), ("Leon", 0.112), ("Derek", 0.112), ("Warren", 0.11), ("Darrell", 0.108), ("Jerome", 0.108), ("Floyd", 0.107), ("Leo", 0.106), ("Alvin", 0.105), ("Tim", 0.104), ("Wesley", 0.104), ("Gordon", 0.104), ("Dean", 0.104), ("Greg", 0.104), ("Jorge", 0.104), ("Dustin", 0.103), ("Pedro", 0.103), ("Derrick", 0.103), ("Dan", 0.101), ("Lewis", 0.099), ("Zachary", 0.099), ("Corey", 0.098), ("Herman", 0.097), ("Maurice", 0.097), ("Vernon", 0.097), ("Roberto", 0.097), ("Clyde", 0.095), ("Glen", 0.094), ("Hector", 0.094), ("Shane", 0.093), ("Ricardo", 0.093), ("Sam", 0.092), ("Rick", 0.091), ("Lester", 0.091), ("Brent", 0.09), ("Ramon", 0.09), ("Charlie", 0.09), ("Tyler", 0.089), ("Gilbert", 0.089), ("Gene", 0.087), ("Marc", 0.087), ("Reginald", 0.084), ("Ruben", 0.082), ("Brett", 0.082), ("Angel", 0.082), ("Nathaniel", 0.081), ("Rafael", 0.081), ("Leslie", 0.081), ("Edgar", 0.08), ("Milton", 0.08), ("Raul", 0.079), ("Ben", 0.078), ("Chester", 0.078), ("Cecil", 0.078), ("Duane", 0.077), ("Franklin", 0.077), ("Andre", 0.076), ("Elmer", 0.074), ("Brad", 0.073), ("Gabriel", 0.073), ("Ron", 0.072), ("Mitchell", 0.072), ("Roland", 0.072), ("Arnold", 0.072), ("Harvey", 0.072), ("Jared", 0.071), ("Adrian", 0.069), ("Karl", 0.069), ("Cory", 0.068), ("Claude", 0.068), ("Erik", 0.068), ("Darryl", 0.067), ("Jamie", 0.066), ("Neil", 0.066), ("Jessie", 0.065), ("Christian", 0.065), ("Javier", 0.065), ("Fernando", 0.065), ("Clinton", 0.065), ("Ted", 0.064), ("Mathew", 0.064), ("Tyrone", 0.064), ("Darren", 0.064), ("Lonnie", 0.064), ("Lance", 0.063), ("Cody", 0.063), ("Julio", 0.063), ("Kelly", 0.063), ("Kurt", 0.062), ("Allan", 0.061), ("Nelson", 0.061), ("Guy", 0.06), ("Clayton", 0.06), ("Hugh", 0.06), ("Max", 0.059), ("Dwayne", 0.059), ("Dwight", 0.058), ("Armando", 0.058), ("Felix", 0.058), ("Jimmie", 0.058), ("Everett", 0.057), ("Jordan", 0.056), ("Ian", 0.056), ("Wallace", 0.056), ("Ken", 0.055), ("Bob", 0.055), ("Jaime", 0.055), ("Casey", 0.054), ("Alfredo", 0.054), ("Alberto", 0.053), ("Dave", 0.053), ("Ivan", 0.053), ("Johnnie", 0.052), ("Sidney", 0.052), ("Byron", 0.052), ("Julian", 0.052), ("Isaac", 0.051), ("Morris", 0.051), ("Clifton", 0.05), ("Willard", 0.05), ("Daryl", 0.05), ("Ross", 0.05), ("Virgil", 0.049), ("Andy", 0.049), ("Marshall", 0.049), ("Salvador", 0.049), ("Perry", 0.049), ("Kirk", 0.049), ("Sergio", 0.049), ("Marion", 0.048), ("Tracy", 0.048), ("Seth", 0.048), ("Kent", 0.048), ("Terrance", 0.048), ("Rene", 0.048), ("Eduardo", 0.047), ("Terrence", 0.047), ("Enrique", 0.046), ("Freddie", 0.046), ("Wade", 0.045), ("Austin", 0.044), ("Stuart", 0.044), ("Fredrick", 0.043), ("Arturo", 0.043), ("Alejandro", 0.043), ("Jackie", 0.043), ("Joey", 0.043), ("Nick", 0.043), ("Luther", 0.043), ("Wendell", 0.042), ("Jeremiah", 0.042), ("Evan", 0.042), ("Julius", 0.042), ("Dana", 0.042), ("Donnie", 0.041), ("Otis", 0.041), ("Shannon", 0.04), ("Trevor", 0.04), ("Oliver", 0.04), ("Luke", 0.04), ("Homer", 0.04), ("Gerard", 0.04), ("Doug", 0.04), ("Kenny", 0.039), ("Hubert", 0.039), ("Angelo", 0.039), ("Shaun", 0.039), ("Lyle", 0.038), ("Matt", 0.038), ("Lynn", 0.038), ("Alfonso", 0.038), ("Orlando", 0.037), ("Rex", 0.037), ("Carlton", 0.037), ("Ernesto", 0.037), ("Cameron", 0.037), ("Neal", 0.037), ("Pablo", 0.036), ("Lorenzo", 0.036), ("Omar", 0.036), ("Wilbur", 0.036), ("Blake", 0.036), ("Grant", 0.036), ("Horace", 0.036), ("Roderick", 0.036), ("Kerry", 0.036), ("Abraham", 0.035), ("Willis", 0.035), ("Rickey", 0.035), ("Jean", 0.035), ("Ira", 0.035), ("Andres", 0.034), ("Cesar", 0.034), ("Johnathan", 0.034), ("Malcolm", 0.034), ("Rudolph", 0.034), ("Damon", 0.034), ("Kelvin", 0.034), ("Rudy", 0.034), ("Preston", 0.034), ("Alton", 0.033), ("Archie", 0.033), ("Marco", 0.033), ("Wm", 0.033), ("Pete", 0.032), ("Randolph", 0.032), ("Garry", 0.032), ("Geoffrey", 0.032), ("Jonathon", 0.032), ("Felipe", 0.032), ("Bennie", 0.032), ("Gerardo", 0.032), ("Ed", 0.032), ("Dominic", 0.032), ("Robin", 0.032), ("Loren", 0.032), ("Delbert", 0.031), ("Colin", 0.031), ("Guillermo", 0.031), ("Earnest", 0.031),)  # fmt: skip
US_SURNAMES: tuple[tuple[str, float], ...] = (("Smith", 1.006), ("Johnson", 0.81), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621), ("Davis", 0.48), ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor", 0.311), ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.31), ("White", 0.279), ("Harris", 0.275), ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254), ("Martinez", 0.234), ("Robinson", 0.233), ("Clark", 0.231), ("Rodriguez", 0.229), ("Lewis", 0.226), ("Lee", 0.22), ("Walker", 0.219), ("Hall", 0.2), ("Allen", 0.199), ("Young", 0.193), ("Hernandez", 0.192), ("King", 0.19), ("Wright", 0.189), ("Lopez", 0.187), ("Hill", 0.187), ("Scott", 0.185), ("Green", 0.183), ("Adams", 0.174), ("Baker", 0.171), ("Gonzalez", 0.166), ("Nelson", 0.162), ("Carter", 0.162), ("Mitchell", 0.16), ("Perez", 0.155), ("Roberts", 0.153), ("Turner", 0.152), ("Phillips", 0.149), ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141), ("Edwards", 0.137), ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.13), ("Morris", 0.125), ("Rogers", 0.123), ("Reed", 0.122), ("Cook", 0.12), ("Morgan", 0.118), ("Bell", 0.117), ("Murphy", 0.117), ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper", 0.113), ("Richardson", 0.112), ("Cox", 0.11), ("Howard", 0.11), ("Ward", 0.108), ("Torres", 0.108), ("Peterson", 0.107), ("Gray", 0.106), ("Ramirez", 0.105), ("James", 0.105), ("Watson", 0.103), ("Brooks", 0.103), ("Kelly", 0.102), ("Sanders", 0.1), ("Price", 0.099), ("Bennett", 0.099), ("Wood", 0.098), ("Barnes", 0.097), ("Ross", 0.096), ("Henderson", 0.095), ("Coleman", 0.095), ("Jenkins", 0.095), ("Perry", 0.094), ("Powell", 0.093), ("Long", 0.092), ("Patterson", 0.092), ("Hughes", 0.092), ("Flores", 0.092), ("Washington", 0.092), ("Butler", 0.091), ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales", 0.087), ("Bryant", 0.087), ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084), ("Diaz", 0.084), ("Hayes", 0.083), ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082), ("Graham", 0.082), ("Sullivan", 0.081), ("Wallace", 0.081), ("Woods", 0.08), ("Cole", 0.08), ("West", 0.08), ("Jordan", 0.078), ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077), ("Ellis", 0.077), ("Harrison", 0.076), ("Gibson", 0.075), ("McDonald", 0.075), ("Cruz", 0.075), ("Marshall", 0.075), ("Ortiz", 0.075), ("Gomez", 0.075), ("Murray", 0.074), ("Freeman", 0.074), ("Wells", 0.073), ("Webb", 0.072), ("Simpson", 0.07), ("Stevens", 0.07), ("Tucker", 0.07), ("Porter", 0.069), ("Hunter", 0.069), ("Hicks", 0.069), ("Crawford", 0.068), ("Henry", 0.068), ("Boyd", 0.068), ("Mason", 0.068), ("Morales", 0.067), ("Kennedy", 0.067), ("Warren", 0.067), ("Dixon", 0.066), ("Ramos", 0.066), ("Reyes", 0.066), ("Burns", 0.065), ("Gordon", 0.065), ("Shaw", 0.065), ("Holmes", 0.065), ("Rice", 0.064), ("Robertson", 0.064), ("Hunt", 0.063), ("Black", 0.063), ("Daniels", 0.062), ("Palmer", 0.062), ("Mills", 0.061), ("Nichols", 0.06), ("Grant", 0.06), ("Knight", 0.06), ("Ferguson", 0.059), ("Rose", 0.059), ("Stone", 0.059), ("Hawkins", 0.059), ("Dunn", 0.058), ("Perkins", 0.058), ("Hudson", 0.058), ("Spencer", 0.057), ("Gardner", 0.057), ("Stephens", 0.057), ("Payne", 0.057), ("Pierce", 0.056), ("Berry", 0.056), ("Matthews", 0.056), ("Arnold", 0.056), ("Wagner", 0.055), ("Willis", 0.055), ("Ray", 0.055), ("Watkins", 0.055), ("Olson", 0.055), ("Carroll", 0.055), ("Duncan", 0.055), ("Snyder", 0.055), ("Hart", 0.054), ("Cunningham", 0.054), ("Bradley", 0.054), ("Lane", 0.054), ("Andrews", 0.054), ("Ruiz", 0.054), ("Harper", 0.054), ("Fox", 0.053), ("Riley", 0.053), ("Armstrong", 0.053), ("Carpenter", 0.053), ("Weaver", 0.053), ("Greene", 0.053), ("Lawrence", 0.052), ("Elliott", 0.052), ("Chavez", 0.052), ("Sims", 0.052), ("Austin", 0.052), ("Peters", 0.052), ("Kelley", 0.052), ("Franklin", 0.051), ("Lawson", 0.051), ("Fields", 0.051), ("Gutierrez", 0.051), ("Ryan", 0.051), ("Schmidt", 0.051), ("Carr", 0.051), ("Vasquez", 0.051), ("Castillo", 0.051), ("Wheeler", 0.051), ("Chapman", 0.05), ("Oliver", 0.05), ("Montgomery", 0.049), ("Richards", 0.049), ("Williamson", 0.049), ("Johnston", 0.049), ("Banks", 0.048), ("Meyer", 0.048), ("Bishop", 0.048), ("McCoy", 0.048), ("Howell", 0.048), ("Alvarez", 0.048), ("Morrison", 0.048), ("Hansen", 0.047), ("Fernandez", 0.047), ("Garza", 0.047), ("Harvey", 0.047), ("Little", 0.046), ("Burton", 0.046), ("Stanley", 0.046), ("Nguyen", 0.046), ("George", 0.046), ("Jacobs", 0.046), ("Reid", 0.046), ("Kim", 0.045), ("Fuller", 0.045), ("Lynch", 0.045), ("Dean", 0.045), ("Gilbert", 0.045), ("Garrett", 0.045), ("Romero", 0.045), ("Welch", 0.044), ("Larson", 0.044), ("Frazier", 0.044), ("Burke", 0.044), ("Hanson", 0.043), ("Day", 0.043), ("Mendoza", 0.043), ("Moreno", 0.043), ("Bowman", 0.043), ("Medina", 0.042), ("Fowler", 0.042), ("Brewer", 0.042), ("Hoffman", 0.042), ("Carlson", 0.042), ("Silva", 0.042), ("Pearson", 0.042), ("Holland", 0.042), ("Douglas", 0.041), ("Fleming", 0.041), ("Jensen", 0.041), ("Vargas", 0.041), ("Byrd", 0.041), ("Davidson", 0.041), ("Hopkins", 0.041), ("May", 0.04), ("Terry", 0.04), ("Herrera", 0.04), ("Wade", 0.04), ("Soto", 0.04), ("Walters", 0.04), ("Curtis", 0.04), ("Neal", 0.039), ("Caldwell", 0.039), ("Lowe", 0.039), ("Jennings", 0.039), ("Barnett", 0.039), ("Graves", 0.039), ("Jimenez", 0.039), ("Horton", 0.039), ("Shelton", 0.039), ("Barrett", 0.039), ("O'Brien", 0.039), ("Castro", 0.039), ("Sutton", 0.038), ("Gregory", 0.038), ("McKinney", 0.038), ("Lucas", 0.038), ("Miles", 0.038), ("Craig", 0.038), ("Rodriquez", 0.037), ("Chambers", 0.037), ("Holt", 0.037), ("Lambert", 0.037), ("Fletcher", 0.037), ("Watts", 0.037), ("Bates", 0.037), ("Hale", 0.037), ("Rhodes", 0.037), ("Pena", 0.037), ("Beck", 0.037), ("Newman", 0.036), ("Haynes", 0.036), ("McDaniel", 0.036), ("Mendez", 0.036), ("Bush", 0.036), ("Vaughn", 0.036), ("Parks", 0.035), ("Dawson", 0.035), ("Santiago", 0.035), ("Norris", 0.035), ("Hardy", 0.035), ("Love", 0.035), ("Steele", 0.035), ("Curry", 0.035), ("Powers", 0.035), ("Schultz", 0.035), ("Barker", 0.035), ("Guzman", 0.034), ("Page", 0.034), ("Munoz", 0.034), ("Ball", 0.034), ("Keller", 0.034), ("Chandler", 0.034), ("Weber", 0.034), ("Leonard", 0.034), ("Walsh", 0.033), ("Lyons", 0.033), ("Ramsey", 0.033), ("Wolfe", 0.033), ("Schneider", 0.033), ("Mullins", 0.033), ("Benson", 0.033), ("Sharp", 0.033), ("Bowen", 0.033), ("Daniel", 0.033), ("Barber", 0.032), ("Cummings", 0.032), ("Hines", 0.032), ("Baldwin", 0.032), ("Griffith", 0.032), ("Valdez", 0.032), ("Hubbard", 0.032), ("Salazar", 0.032), ("Reeves", 0.032), ("Warner", 0.031), ("Stevenson", 0.031), ("Burgess", 0.031), ("Santos", 0.031), ("Tate", 0.031), ("Cross", 0.031), ("Garner", 0.031), ("Mann", 0.031), ("Mack", 0.031), ("Moss", 0.031), ("Thornton", 0.031), ("Dennis", 0.031), ("McGee", 0.031), ("Farmer", 0.03), ("Delgado", 0.03), ("Aguilar", 0.03), ("Vega", 0.03), ("Glover", 0.03), ("Manning", 0.03), ("Cohen", 0.03), ("Harmon", 0.03), ("Rodgers", 0.03), ("Robbins", 0.03), ("Newton", 0.03), ("Todd", 0.03), ("Blair", 0.03), ("Higgins", 0.03), ("Ingram", 0.03), ("Reese", 0.03), ("Cannon", 0.03), ("Strickland", 0.03), ("Townsend", 0.03), ("Potter", 0.03), ("Goodwin", 0.03), ("Walton", 0.03), ("Rowe", 0.029), ("Hampton", 0.029), ("Ortega", 0.029), ("Patton", 0.029), ("Swanson", 0.029), ("Joseph", 0.029), ("Francis", 0.029), ("Goodman", 0.029), ("Maldonado", 0.029), ("Yates", 0.029), ("Becker", 0.029), ("Erickson", 0.029), ("Hodges", 0.029), ("Rios", 0.029), ("Conner", 0.029), ("Adkins", 0.029), ("Webster", 0.028), ("Norman", 0.028), ("Malone", 0.028), ("Hammond", 0.028), ("Flowers", 0.028), ("Cobb", 0.028), ("Moody", 0.028), ("Quinn", 0.028), ("Blake", 0.028), ("Maxwell", 0.028), ("Pope", 0.028), ("Floyd", 0.027), ("Osborne", 0.027), ("Paul", 0.027), ("McCarthy", 0.027), ("Guerrero", 0.027), ("Lindsey", 0.027), ("Estrada", 0.027), ("Sandoval", 0.027), ("Gibbs", 0.027), ("Tyler", 0.027), ("Gross", 0.027), ("Fitzgerald", 0.027), ("Stokes", 0.027), ("Doyle", 0.027), ("Sherman", 0.027),)  # fmt: skip


def _origin(lists: tuple[str, str, str], head: int = 10) -> Origin:
    women, men, surnames = lists
    return Origin(ranked(women, head), ranked(men, head), ranked(surnames, head))


ORIGINS: dict[str, Origin] = {
    "swedish": Origin(ranked(SV_WOMEN, 150), ranked(SV_MEN, 150), ranked(SV_SURNAMES, 150)),
    "us": Origin(census(US_WOMEN), census(US_MEN), census(US_SURNAMES)),
    "uk": Origin(ranked(UK_WOMEN, 130), ranked(UK_MEN, 130), ranked(UK_SURNAMES, 150)),
    "finnish": _origin(FINNISH),
    "arabic": _origin(ARABIC),
    "somali": _origin(SOMALI),
    "polish": _origin(POLISH),
    "persian": _origin(PERSIAN),
    "bcs": _origin(BCS),
    "turkish": _origin(TURKISH),
    "eritrean": _origin(ERITREAN),
    "afghan": _origin(AFGHAN),
    "thai": _origin(THAI),
    "latin": _origin(LATIN),
    "kurdish": _origin(KURDISH),
    "ukrainian": _origin(UKRAINIAN),
    "indian": _origin(INDIAN),
    "chinese": _origin(CHINESE),
    "german": _origin(GERMAN),
    "norwegian": _origin(NORWEGIAN),
}

# Who is named, per language of the row: Swedish text as Sweden's population is, English text
# mostly British and American (tourists, customers abroad), mixed text as a Swedish workplace.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5, "eritrean": 1.2,
        "ukrainian": 1.2, "thai": 1, "latin": 1, "german": 1, "norwegian": 1, "indian": 0.8,
        "chinese": 0.6, "uk": 0.8, "us": 0.6,
    },
    "en": {
        "us": 36, "uk": 36, "swedish": 9, "indian": 3, "german": 3, "norwegian": 2, "arabic": 2,
        "polish": 2, "latin": 2, "chinese": 1.5, "finnish": 1, "persian": 1, "turkish": 1,
        "ukrainian": 1, "somali": 0.8, "thai": 0.5, "bcs": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 9, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
        "persian": 2.5, "german": 2, "indian": 2, "norwegian": 1.5, "kurdish": 1.5,
        "turkish": 1.5, "somali": 1.5, "afghan": 1.2, "ukrainian": 1.2, "eritrean": 1,
        "thai": 1, "latin": 1, "chinese": 1,
    },
}  # fmt: skip

_SV_NICK = {
    "Lars": ["Lasse"], "Mikael": ["Micke"], "Joakim": ["Jocke"], "Karl": ["Kalle"], "Per": ["Pelle", "Pe"],
    "Thomas": ["Tompa"], "Tomas": ["Tompa"], "Magnus": ["Mange"], "Kristina": ["Stina", "Kicki"],
    "Christina": ["Kicki", "Stina"], "Charlotte": ["Lotta"], "Elisabeth": ["Lisa", "Bettan"],
    "Birgitta": ["Gittan", "Bitte"], "Margareta": ["Maggan", "Greta"], "Susanne": ["Sussie", "Sanna"],
    "Katarina": ["Kattis", "Kajsa"], "Christoffer": ["Chrille"], "Kristoffer": ["Kricke"],
    "Marcus": ["Mackan"], "Fredrik": ["Freddie"], "Johan": ["Jojje"], "Jonas": ["Jonte"],
    "Robert": ["Robban"], "Andreas": ["Andy"], "Daniel": ["Danne"], "Kenneth": ["Kenta"],
    "Mattias": ["Matte"], "Niklas": ["Nicke"], "Stefan": ["Steffe"], "Gustav": ["Gurra", "Gusse"],
    "Viktoria": ["Vickan"], "Jessica": ["Jessan"], "Sebastian": ["Sebbe"], "Alexander": ["Alex", "Acke"],
    "Emanuel": ["Manne"], "William": ["Wille"], "Oskar": ["Ogge"], "Henrik": ["Henke"],
    "Rickard": ["Ricky"], "Ulrika": ["Ullis"], "Carl": ["Calle"], "Anders": ["Ante"],
    "Patrik": ["Patte"], "Håkan": ["Håkke"], "Jan": ["Janne"], "Hans": ["Hasse"],
    "Louise": ["Lollo"], "Madeleine": ["Madde"], "Matilda": ["Tilda"], "Josefin": ["Josse"],
    "Therese": ["Tessan"], "Camilla": ["Millan"], "Annika": ["Anki"], "Ingrid": ["Inka"],
    "Margit": ["Maggan"], "Gunilla": ["Gunnis"], "Isabelle": ["Bella"], "Christian": ["Chrille"],
    "Tobias": ["Tobbe"], "Jesper": ["Jeppe"], "Olof": ["Olle"], "Torbjörn": ["Tobbe"],
}  # fmt: skip
_EN_NICK = {
    "William": ["Will", "Bill"], "Robert": ["Rob", "Bob"], "Elizabeth": ["Liz", "Beth"],
    "Jennifer": ["Jen", "Jenny"], "Michael": ["Mike"], "James": ["Jim", "Jamie"], "Thomas": ["Tom"],
    "Christopher": ["Chris"], "Margaret": ["Maggie", "Peggy"], "Richard": ["Rick", "Rich"],
    "Katherine": ["Kate", "Kathy"], "Catherine": ["Cathy", "Kate"], "Daniel": ["Dan", "Danny"],
    "Matthew": ["Matt"], "Anthony": ["Tony"], "Joseph": ["Joe"], "Samuel": ["Sam"],
    "Alexander": ["Alex"], "Benjamin": ["Ben"], "Rebecca": ["Becky"], "Victoria": ["Vicky"],
    "Susan": ["Sue"], "Patricia": ["Pat", "Patty"], "Deborah": ["Debbie"], "Edward": ["Ed", "Ted"],
    "Nicholas": ["Nick"], "Jonathan": ["Jon"], "Stephen": ["Steve"], "Steven": ["Steve"],
    "Andrew": ["Andy"], "David": ["Dave"], "Charles": ["Charlie"], "Timothy": ["Tim"],
    "Kenneth": ["Ken"], "Donald": ["Don"], "Ronald": ["Ron"], "Gregory": ["Greg"],
    "Jessica": ["Jess"], "Samantha": ["Sam"], "Charlotte": ["Lottie"], "Eleanor": ["Ellie"],
    "Abigail": ["Abby"], "Joshua": ["Josh"], "Zachary": ["Zach"], "Frederick": ["Fred"],
    "Lawrence": ["Larry"], "Raymond": ["Ray"], "Jacqueline": ["Jackie"], "Gerald": ["Gerry"],
    "Pamela": ["Pam"], "Barbara": ["Barb"], "Dorothy": ["Dot"], "Kimberly": ["Kim"],
    "Nicola": ["Nicky"], "Gillian": ["Gill"], "Philip": ["Phil"], "Terence": ["Terry"],
}  # fmt: skip
NICKNAMES: dict[str, dict[str, list[str]]] = {
    "swedish": _SV_NICK,
    "us": _EN_NICK,
    "uk": _EN_NICK,
    "polish": {
        "Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"], "Aleksandra": ["Ola"], "Agnieszka": ["Aga"],
        "Magdalena": ["Magda"], "Tomasz": ["Tomek"], "Wojciech": ["Wojtek"], "Jakub": ["Kuba"],
        "Piotr": ["Piotrek"], "Krzysztof": ["Krzysiek"],
    },
    "latin": {"Francisco": ["Pancho"], "José": ["Pepe"], "Catalina": ["Cata"], "Constanza": ["Coni"], "Javiera": ["Javi"]},
    "finnish": {"Juha": ["Jussi"], "Kaarina": ["Kaisa"], "Johanna": ["Hanna"]},
    "norwegian": {"Kristine": ["Stine"], "Thomas": ["Tommy"]},
    "german": {"Katharina": ["Kathi"], "Stefanie": ["Steffi"], "Matthias": ["Matze"]},
}  # fmt: skip

_PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "ø": "o", "Ø": "O", "æ": "ae"}
)


def plain(name: str) -> str:
    """A name typed without its letters (`Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`)."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_PLAIN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it (`Kowalski` -> `Kowalska`, `Nowicki` -> `Nowicka`)."""
    for end, fem in (("dzki", "dzka"), ("cki", "cka"), ("ski", "ska")):
        if surname.endswith(end):
            return surname[: -len(end)] + fem
    return surname
