# ruff: noqa: E501
"""Name pools of held-out FD (issue 15), weighted by how often people carry the names.

Swedish given names and surnames in the order of SCB's name statistics (written from the writer's
general knowledge of them; weight 1/rank; the head is the top 150, the tail the rarer names past
them); the US Census 1990 lists (public domain; copied from the `names` package's
`dist.female.first`, `dist.male.first` and `dist.all.last`, the census per cent as weight, head
150); UK given names and surnames in the order of the ONS rankings (several decades of the baby-name
lists merged, and the surname counts; 1/rank, head 130 for given names and 150 for surnames); and
the commonest given names and surnames of origins common in Sweden (1/rank, head 10). `MIXES`
says who is named in each language of text. No name was checked against anything in the repository.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from a list's head with this share, else from its tail


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


def words(text: str) -> list[str]:
    """The names of a block, in rank order; `_` joins the words of one name (`von_Platen`)."""
    out: list[str] = []
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            out.extend(w.replace("_", " ") for w in line.split())
    return out


def ranked(text: str, head: int) -> Pool:
    """A pool in rank order, weight 1/rank."""
    names = words(text)
    return Pool(tuple(names), tuple(1 / rank for rank in range(1, len(names) + 1)), head)


def census(rows: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A pool from the census: each name with its per cent of the population."""
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


_PLAIN = str.maketrans({"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "İ": "I", "ß": "ss"})


def plain(word: str) -> str:
    """A name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Đorđević` -> `Djordjevic`."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_PLAIN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski`/`-cki`/`-dzki` -> `-ska`/`-cka`/`-dzka`."""
    return surname[:-1] + "a" if surname.endswith("ki") else surname


SV_WOMEN = """
Anna Eva Maria Karin Sara Kristina Lena Emma Kerstin Ingrid
Marie Malin Jenny Hanna Linda Birgitta Annika Susanne Elin Monica
Inger Sofia Johanna Ulla Julia Katarina Elisabeth Margareta Ida Cecilia
Helena Camilla Carina Åsa Louise Elsa Alice Gunilla Ulrika Ebba
Anneli Therese Linnéa Maja Amanda Matilda Sandra Josefin Frida Lisa
Agneta Siv Moa Ann Astrid Wilma Caroline Marianne Gun Alva
Ella Jessica Anette Britt Barbro Klara Felicia Emelie Madeleine Lovisa
Ellen Emilia Nathalie Mona Victoria Olivia Pia Charlotte Lina Ingela
Yvonne Tove Sofie Gunnel Saga Vera Stina Linn Ann-Christin Ann-Marie
Anna-Karin Margit Irene Britt-Marie Marita Elisabet Erika Petra Jennie Ingegerd
Gunvor Alexandra Isabelle Hilda Nora Tina Rebecka Mia Liv Selma
Tilda Lilly Elvira Ines Agnes Karolina Ronja Lisbeth Viola Gerd
Anita Solveig Ingeborg Rut Berit Ylva Veronica Annelie Viktoria Jeanette
Angelica Sonja Mikaela Fatima Maj Elise Ann-Sofie Lillemor Greta Märta
Doris Sylvia Majken Rebecca Eva-Lena Gudrun Maj-Britt Pernilla Marina Nina
# tail: past the top 150
Filippa Tindra Nellie Freja Signe Ester Elina Cornelia Thea Molly
Juni Minna Stella Mira Alma Iris Livia Meja Nova Jasmine
Sigrid Hedvig Edith Svea Tyra Märit Elna Gunhild Dagny Asta
Hjördis Aina Ingalill Inga Ulla-Britt Gun-Britt Siw Laila Kristin Christina
Katrin Catharina Carin Susann Susanna Cathrine Annica Marlene Madelene Mathilda
Josefine Josephine Emely Emmy Evelina Michaela Rakel Tuva Vilma Wilhelmina
Lova Hedda Majvor Margaretha Birgit Britta Brita Elly Eivor Elvi
Gulli Inez Karina Lilian Marit Mimmi Paula Rose-Marie Terese Ulrica
Vanja Åse Anja Bodil Carolina Charlotta Denise Dorotea Fanny Gerda
Gertrud Gunborg Helén Helen Hillevi Irma Isa Jonna Josefina Kajsa
Katja Linnea Lisen Magdalena Marika Mari Mirjam My Natalie Nadja
Olga Pauline Ragnhild Regina Sanna Siri Susan Tanja Tora Valborg
Vivianne Vivi Yasmin Zara Zeinab Amira Aisha Leila Nour Mariam
Maryam Agda Alfhild Anne Annette Antonia Beatrice Bella Benita Berta
Catrin Christin Clara Dagmar Eleonora Elsy Emmie Engla Erica Estelle
Evy Fredrika Gabriella Gunn Harriet Henrietta Isabel Jannike Jill Judith
Julie Kaisa Katharina Lea Lydia Maj-Lis Malva Margot Maud Melissa
Monika Nicole Ottilia Patricia Ruth Sabina Tekla Valentina Vendela Viveka
Ann-Louise Eva-Karin Lena-Maria Anna-Lena Ann-Kristin Marie-Louise Inga-Lill Ann-Britt Eva-Britt
Kim Sussanne Jessika Emelia Mathilde Lovis Idun Sally Tilde
Liselott Annie Jenni Eira Elinor Ingbritt Agnetha Ann-Charlotte Marie-Therese Elsie
"""
SV_MEN = """
Lars Mikael Anders Johan Erik Per Karl Peter Jan Thomas
Daniel Fredrik Hans Andreas Stefan Mohammed Bengt Alexander Magnus Mats
Marcus Bo Jonas Oscar Nils Leif Göran William Martin Björn
David Ulf Gustav Christer Henrik Patrik Lucas Niklas Sven Mattias
Tommy Robert Emil Kent Viktor Simon Rolf Elias Jonathan Christian
Liam Hugo Anton Kjell Stig Roger Joakim Sebastian Oliver Adam
Axel Filip Robin Jakob Gunnar Lennart Olof Åke Tobias Rickard
Dennis Kevin Mohamed Noah Isak Ludvig Leo Theo Arvid Albin
Jörgen Ingemar Sune Rune Kenneth Claes Gösta Ali Ahmed Torbjörn
Håkan Sören Roland Conny Jesper Johnny Dan Örjan Kurt Ove
Pontus Edvin Vincent Melvin Love Max Samuel Benjamin Elliot Gabriel
Carl Josef Jimmy Rasmus Tomas Ronny Arne Birger Gert Harald
Alf Bertil Ingvar Karl-Erik Per-Olof Jan-Erik Lars-Göran Hassan Omar Mustafa
Emanuel Wilhelm Alfred Valter Folke Evert Holger Yngve Torsten Viggo
Ebbe Malte Charlie Milo Oskar Jacob Kristoffer Sixten Hampus Douglas
# tail: past the top 150
Eddie Frans Ibrahim Yusuf Abdullah Hussein Karim Ismail Mahmoud Amir
Algot Allan Assar Bernt Börje Dag Einar Eskil Gillis Gottfrid
Greger Gunder Halvar Harry Helge Henning Hilding Inge Ivar Jarl
Joel John Jonny Kaj Knut Krister Lage Leonard Loke Lukas
Melker Mauritz Mons Natanael Ola Olle Orvar Ossian Otto Per-Erik
Per-Anders Rudolf Ragnar Reinhold Roine Rutger Sigge Sigvard Sivert Ture
Tage Teodor Tor Torgny Uno Valdemar Verner Vidar Vilgot Viking
Vilhelm Wilmer Östen August Bruno Casper Dante Edward Eric Felix
Frej Gideon Gustaf Henry Hjalmar Isac Ivan Jack Jonatan Julius
Kasper Kim Levi Linus Markus Mathias Matteus Milton Morgan Nicklas
Niclas Nicolas Noa Noel Olav Patric Petter Philip Pierre Rikard
Roy Sam Sigurd Stellan Svante Sverker Ted Thor Tim Tony
Ulrik Valentin Vilmer Walter Yousef Zakaria Abdi Adrian Albert Alvar
Bror Carl-Johan Christoffer Clas Dick Edvard Egon Elof Elis Esbjörn
Fabian Georg Gerhard Glenn Göte Hannes Helmer Herbert Isidor Jens
Jerker Jon Jöns Jöran Kennet Kristian Kåre Lars-Åke Lenny Lorentz
Nils-Erik Olaf Olov Paul Per-Åke Peder Reine Ronald Ruben Sture
Sölve Thore Torvald Tryggve Urban Wiktor Anders-Petter Jan-Olof Karl-Gustav Lars-Olof
Bo-Göran Sten Stig-Arne Gustav-Adolf Leopold Iwan Bengt-Åke Nore Gusten
Staffan Aron Anselm Hans-Erik Lars-Erik Sven-Erik Jan-Åke Per-Gunnar Karl-Johan Nils-Olof Ingmar Åsmund
"""
SV_SUR = """
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist
Mattsson Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed
Engström Eklund Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström
Samuelsson Isaksson Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg
Blomqvist Claesson Nordström Ahmed Mårtensson Lundström Hassan Viklund Björklund Eliasson
Pålsson Berggren Sandström Lund Nordin Ström Åberg Hermansson Ekström Holmgren
Sundberg Hedlund Dahlberg Hellström Sjögren Abrahamsson Falk Martinsson Öberg Andreasson
Blom Ek Månsson Strand Åkesson Dahl Lindholm Jonasson Norberg Sundström
Mohamed Ibrahim Hussein Omar Forslund Åström Nordqvist Lindblom Hedberg Sundqvist
Ekman Lindahl Söderström Nyman Holmström Westerberg Lindell Östlund Bäckström Göransson
Edlund Sjöström Söderlund Berntsson Ivarsson Dahlgren Ottosson Adolfsson Stenberg Borg
Nordlund Lindén Björkman Hägglund Bergkvist Boström Hansen Vikström Friberg Kristiansson
Lindkvist Aronsson Öhman Svärd Hallberg Strömberg Ekberg Rosén Nyqvist Ekholm
# tail: past the top 150
Blomberg Sjödin Malmberg Lindh Wennberg Törnqvist Hedström Emanuelsson Granberg Wiklund
Lindroth Palm Rydberg Lilja Sandin Thorén Åhlund Forsman Lundmark Backman
Lindmark Sjölund Widén Modig Hjalmarsson Kjellberg Kjellström Nordgren Nordén Rask
Melin Sahlin Ekdahl Ekvall Engberg Engman Fors Frisk Granström Grönlund
Hammar Hammarström Hedman Hellberg Holmqvist Högberg Jacobsson Jeppsson Jernberg Johnsson
Kvist Lagerqvist Lantz Lidén Lindblad Lindstedt Ljung Ljungberg Ljunggren Lorentzon
Lundell Löfstedt Malm Molin Moberg Nord Norén Nylander Nylund Nyholm
Ohlsson Petersson Pihl Rosenberg Rosengren Rudberg Sandgren Schmidt Sjöqvist Skoglund
Stenström Strid Sundin Svanberg Svedberg Sylvan Tell Thunberg Torstensson Unger
Wahlström Wallén Wallström Warg Westin Westman Wester Wickman Wigren Zetterberg
Zetterström Åman Ågren Öst Östberg Österberg Höglund Lindvall Blomgren Bladh
Bergh Berglöf Brandt Brink Carlsson Carlberg Cederberg Dahlqvist Dahlström Ehn
Edström Ekblad Eklöf Elofsson Englund Enqvist Falkenberg Fagerström Forsgren Franzén
Fritz Grahn Gullberg Gustavsson Hagberg Hagström Hallin Hellgren Holmlund Hult
Hultgren Hägg Isberg Kallin Karlberg Kronberg Kling Krantz Lager Lindskog
Ljungqvist Löf Lönn Mellberg Mörk Nyblom Näslund Olin Palmqvist Paulsson
Qvist Ringström Ros Rydén Selin Sjöblom Skog Sohlberg Stenlund Sterner
Svahn Säll Tengvall Thorsson Tjäder Vallin Viberg Wahlberg Wallander Wennerström
Åkerlund Åkerman Ödman Öhrn Khalil Osman Abdi Yusuf Abdullah Hosseini
von_Platen af_Klercker De_Geer von_Essen Wachtmeister Lewenhaupt Gyllenstierna Bonde Posse Stackelberg
Gustafson Carlson Petterson Nilson Ericsson Ericson Larsen Jensen Nielsen Olsen
"""
UK_WOMEN = """
Olivia Amelia Isla Ava Emily Sophia Grace Mia Poppy Ella
Lily Evie Isabella Sophie Ivy Freya Harper Willow Charlotte Jessica
Rosie Daisy Alice Florence Elsie Sienna Evelyn Phoebe Matilda Ruby
Sarah Emma Laura Rebecca Hannah Claire Lisa Nicola Rachel Michelle
Helen Victoria Louise Kelly Gemma Amy Lucy Katie Jennifer Kirsty
Karen Susan Julie Tracey Joanne Samantha Elizabeth Margaret Patricia Jean
Mary Catherine Deborah Linda Angela Jacqueline Wendy Amanda Dawn Alison
Caroline Fiona Jane Anne Sally Lorraine Sharon Donna Kerry Natalie
Stacey Zoe Chloe Jade Georgia Megan Holly Lauren Abigail Bethany
Eleanor Molly Imogen Millie Jasmine Scarlett Lola Maisie Erin Esme
Harriet Eliza Beatrice Niamh Aimee Leah Kayleigh Danielle Naomi Paige
Shannon Courtney Jodie Hayley Leanne Carly Siobhan Bethan Rhiannon Ffion
Sian Eilidh Morag Pauline Janet Christine Valerie Gillian Marion Sheila
# tail: past the top 130
Brenda Maureen Irene Doreen Joan Barbara Dorothy Shirley Jill Heather
Yvonne Lesley Julia Ruth Diane Denise Elaine Carol Anna Maria
Katherine Kathryn Rachael Charlene Toni Kim Nina Jenna Kate Lindsay
Lindsey Alexandra Francesca Georgina Rosemary Rosalind Gwen Glenys Nia Cerys
Catrin Orla Aoife Ciara Roisin Sinead Mairead Kirstie Ailsa
Isobel Iona Skye Rhona Fenella Hermione Clemence Ottilie Arabella Araminta
Tabitha Felicity Penelope Philippa Henrietta Camilla Annabel Lydia Martha Edith
Mabel Nancy Violet Iris Pearl Hazel Ada Maud Winifred Beryl
Olive Audrey Vera Mavis Glenda Hilary Jeanette Jacqui Bernadette Teresa
Tamsin Kerensa Morwenna Demelza Jemima Rowena Bryony Lowri Elin Seren
Aaliyah Maryam Aisha Zara Amira Fatima Ayesha Hafsa Safa Inaya
Priya Simran Jasmin Anaya Nisha Keeley Chantelle Kimberley Lacey
Abbie Becky Tia Demi Ellie Libby Lexi Macy Summer Darcy
"""
UK_MEN = """
Oliver George Noah Arthur Muhammad Leo Harry Oscar Archie Henry
Theodore Freddie Jack Charlie Theo Alfie Jacob Thomas Finley Arlo
William Lucas Roman Tommy Isaac Teddy Alexander Luca Edward James
Joshua Albie Elijah Max Mohammed Reggie David John Paul Mark
Andrew Michael Stephen Richard Robert Peter Christopher Daniel Matthew Simon
Ian Gary Steven Neil Darren Lee Craig Stuart Jason Martin
Kevin Anthony Philip Graham Colin Keith Alan Nigel Trevor Barry
Brian Kenneth Derek Raymond Malcolm Gordon Dean Wayne Carl Scott
Ryan Adam Jamie Ben Luke Sam Callum Liam Connor Kieran
Jordan Lewis Nathan Aaron Owen Rhys Dylan Ethan Tyler Kyle
Jake Joe Bradley Declan Dominic Ross Rory Euan Fraser Angus
Hamish Gethin Dafydd Huw Gareth Geoffrey Roger Terence Dennis Clive
Samuel Benjamin Jonathan Nicholas Timothy Patrick Shaun Russell Glenn Mohammad
# tail: past the top 130
Frank Ernest Albert Harold Norman Leonard Stanley Walter Cyril Sidney
Roy Ronald Donald Douglas Eric Frederick Gerald Bernard Leslie Maurice
Vincent Jeremy Rupert Hugo Piers Giles Crispin Jasper Toby Rufus
Barnaby Felix Sebastian Julian Guy Simeon Ewan Alistair Hamza
Ibrahim Yusuf Ali Omar Bilal Imran Zain Ayaan Rayyan Harvey
Mason Logan Reuben Elliot Kai Zachary Riley Louie Ronnie
Jenson Hudson Bobby Jude Ezra Rowan Caleb Seth Gabriel Ollie
Dale Wesley Lloyd Carlton Delroy Winston Leroy Errol Clifford Desmond
Iwan Ioan Dewi Emyr Rhodri Aled Cai Osian Tomos Llewellyn
Calum Murdo Lachlan Ruaridh Finlay Ruairi Cormac Padraig Seamus Ciaran
Aidan Brendan Conor Cillian Oisin Eoin Niall Fergus Struan Alasdair
Vikram Rajesh Sunil Arjun Dev Harpreet Gurpreet Jaswinder Sandeep Amrit
Tariq Asif Shahid Wasim Naveed Kamran Nadeem Faisal Khalid Usman
"""
UK_SUR = """
Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson
Roberts Robinson Thompson Wright Walker White Edwards Hughes Green Hall
Lewis Harris Clarke Patel Jackson Wood Turner Martin Cooper Hill
Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen
James Scott Phillips Watson Davis Parker Price Bennett Young Griffiths
Mitchell Kelly Cook Carter Richardson Bailey Collins Bell Shaw Murphy
Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams Singh
Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali
Hunt Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes Knight
Lloyd Butler Russell Barker Fisher Stevens Jenkins Murray Dixon Harvey
Graham Pearson Ahmed Fletcher Walsh Kaur Gibson Howard Andrews Stewart
Elliott Reynolds Saunders Payne Fox Ford Pearce Day Brooks West
Lawrence Cole Atkinson Bradley Spencer Gill Dawson Ball Burton O'Brien
Watts Rose Booth Perry Ryan Grant Wells Armstrong Francis Rees
Hayes Hart Hudson Newman Barrett Webster Hunter Gregory Carr Lowe
# tail: past the top 150
Page Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland
Hawkins Harding Porter Robertson Newton Oliver Reed Kennedy Williamson Bird
Gardner Shah Dean Lane Cooke Bates Henderson Parry Burgess Bishop
Walton Burns Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls
Hamilton Byrne Sutton McDonald Yates Hodgson Robson Curtis Hopkins O'Connor
Harper Coleman Watkins Moss McCarthy Chambers Griffin Sharp Hardy Wheeler
Potter Osborne Johnston Gordon Doyle Wallace George Jordan Hutchinson Rowe
Burke May Pritchard Gilbert Willis Higgins Read Miles Stevenson Stephenson
Hammond Arnold Buckley Walters Hewitt Barber Nelson Slater Austin Sullivan
Whitehead Mann Frost Lambert Stephens Blake Akhtar Lynch Goodwin Barton
Woodward Thomson Cunningham Quinn Barnett Baxter Bibi Clayton Nash Greenwood
Jennings Holt Kemp Poole Gallagher Bond Stokes Tucker Davidson Fowler
Heath Norman Middleton Lawson Banks French Stanley Jarvis Gibbs Ferguson
Hayward Carroll Douglas Dickinson Todd Barlow Peters Lucas Knowles Hartley
Miah Simmons Morton Alexander Field Morrison Norris Townsend Preston Hancock
Thornton Baldwin Burrows Briggs Storey Pollard Howe Humphreys Lord Rahman
Fraser MacDonald MacLeod Mackenzie Mackay Sinclair Munro Ritchie Lamb Farrell
Connolly Doherty Dhillon Sandhu Sidhu Mistry Choudhury Islam Uddin
Pugh Howells Llewellyn Vaughan Prosser Pritchard-Jones Bevan Meredith Tudor
"""
FI_WOMEN = """
Anneli Johanna Marjatta Hannele Kaarina Tuula Päivi Riitta Anne Pirjo
Sari Tarja Leena Minna Merja Helena Maarit Satu Liisa Sirpa
Eija Tiina Kirsi Aino Seija Ritva Raili Marja Outi Pirkko Aila
"""
FI_MEN = """
Juha Timo Matti Kari Mikko Jari Antti Jukka Mika Markku
Pekka Hannu Heikki Seppo Janne Ari Sami Petri Esa Ville
Tapio Pentti Raimo Veikko Kalevi Jussi Tuomas Olli Erkki Reijo
"""
FI_SUR = """
Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen
Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen
Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen
Kallio Kemppainen Hiltunen Väisänen Pesonen
"""
AR_WOMEN = """
Fatima Maryam Zainab Noor Sara Aisha Hiba Rania Layla Amina
Rana Dalia Huda Zahra Samira Yasmin Mona Nadia Reem Lina
Shahad Hanan Rasha Nisrin Amal Ninorta Shamiram Nahrin Elishva Ramina
"""
AR_MEN = """
Mohammed Ahmed Ali Hassan Hussein Omar Mustafa Khaled Ibrahim Yousef
Mahmoud Abdullah Karim Amir Tariq Ammar Bashar Haider Samir Hamza
Saif Firas Ziad Walid Nabil Ninos Sargon Ashur Afram Yohanna
"""
AR_SUR = """
Ali Mohammed Hassan Hussein Ahmed Ibrahim Abdullah Khalil Saleh Mahmoud
Yousef Jasim Kareem Al-Jaberi Al-Obaidi Al-Rubaie Al-Saadi Al-Tamimi Haddad Khoury
Nasser Hamad Abbas Jaber Othman Shamoun Barsoum Danho Lahdo Khoshaba
Odisho Gallo Warda Toma Malki Yacoub Gabriel Hanna
"""
SO_WOMEN = """
Fadumo Hodan Amina Ayaan Sahra Hibaq Khadra Asha Nimco Ifrah
Muna Ubah Sagal Deqa Fardowsa Hawa Hamdi Safiya Ruqiya Ilhan Shukri
"""
SO_MEN = """
Abdirahman Mohamed Ahmed Abdullahi Abdi Hassan Ali Omar Yusuf Ismail
Abdirizak Abdikadir Said Mustafe Liban Guled Hamza Farah Osman Mahad Khalid Bashir
"""
SO_SUR = """
Mohamed Ahmed Ali Hassan Abdi Omar Yusuf Farah Osman Ismail
Abdullahi Warsame Jama Hussein Aden Nur Mohamud Abdirahman Egal Dahir
Hersi Musse Guled Haji
"""
PL_WOMEN = """
Anna Katarzyna Małgorzata Agnieszka Barbara Ewa Magdalena Joanna Krystyna Elżbieta
Monika Aleksandra Dorota Beata Natalia Karolina Justyna Marta Paulina Zofia
Iwona Jolanta Grażyna Urszula Weronika Wiktoria Kinga
"""
PL_MEN = """
Piotr Krzysztof Tomasz Andrzej Paweł Michał Marcin Jan Jakub Łukasz
Grzegorz Mariusz Adam Wojciech Dariusz Mateusz Marek Stanisław Rafał Kamil
Sławomir Jarosław Bartosz Przemysław Zbigniew Szymon
"""
PL_SUR = """
Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak
Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski
Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowicki Wysocki Czarnecki
Zawadzki Sadowski Dudek Górski Sikora Baran
"""
FA_WOMEN = """
Maryam Fatemeh Zahra Sara Nazanin Parisa Shirin Leila Mahsa Roya
Neda Azadeh Niloufar Samaneh Mina Golnaz Shabnam Elham Farnaz Parvin
Zohreh Mitra Sepideh Bahar Ladan
"""
FA_MEN = """
Ali Mohammad Reza Hossein Mehdi Amir Hamid Saeed Majid Behzad
Arash Babak Kaveh Dariush Farhad Omid Peyman Kourosh Siavash Ramin
Navid Pouya Hamed Nima
"""
FA_SUR = """
Hosseini Mohammadi Ahmadi Rezaei Karimi Moradi Jafari Rahimi Hashemi Ghasemi
Mousavi Sadeghi Heidari Kazemi Rostami Safari Akbari Azizi Amiri Najafi
Shirazi Tehrani Bagheri Yazdani Mirzaei Farahani Zamani Esfahani
"""
BCS_WOMEN = """
Amra Emina Lejla Selma Amela Azra Jasmina Ajla Merima Aida
Ana Marija Ivana Jelena Dragana Snežana Vesna Mirjana Maja Milena
Sanja Tanja Nermina Senada Mersiha Elma Adna
"""
BCS_MEN = """
Emir Amir Adnan Haris Mirza Edin Samir Nedim Kenan Dino
Senad Armin Alen Damir Dragan Goran Zoran Nikola Marko Ivan
Stefan Dejan Milan Nenad Mladen Zlatan Almir Jasmin
"""
BCS_SUR = """
Hodžić Hadžić Kovačević Delić Mehmedović Begić Husić Hasanović Alić Ibrahimović
Džafić Mujić Omerović Karić Salihović Babić Hrnjić Jukić Marić Horvat
Kovačić Petrović Jovanović Nikolić Đorđević Ilić Marković Popović Pavlović Stojanović
Tomić Knežević Lukić Subašić Šehić Zukić Čaušević
"""
TR_WOMEN = """
Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan
Hülya Özlem Esra Büşra Merve Derya Gül Songül Sevgi Dilek
Selin Aylin Ebru Nur Filiz Gülsen
"""
TR_MEN = """
Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf
Murat Ömer Ramazan Halil Süleyman Abdullah Mahmut Recep Emre Burak
Serkan Kemal Cem Erdem Volkan Hakan Oğuz
"""
TR_SUR = """
Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir
Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek
Polat Korkmaz Çakır Erdoğan Yavuz Aksoy Güneş Aktaş Bulut Keskin
"""
ER_WOMEN = """
Senait Yordanos Selam Saba Winta Ruta Mebrat Hiwet Semhar Luwam
Tsega Feven Almaz Abrehet Elsa Mihret Tirhas Rahwa Nebiat Helen
"""
ER_MEN = """
Yonas Daniel Tesfay Samuel Yohannes Mehari Tekle Biniam Habte Berhane
Dawit Filmon Kidane Amanuel Robel Yemane Gebre Hagos Tewelde Mussie
Aron Hermon Efrem Measho
"""
ER_SUR = """
Tesfay Tekle Haile Gebremedhin Gebreyesus Kidane Berhe Mehari Ghebremariam Habte
Yohannes Tesfamariam Weldemichael Ghirmay Asmerom Okbazghi Negash Abraha Araya Kahsay
Woldu Zerai Fesehaye Andemariam
"""
AF_WOMEN = """
Fatima Maryam Zahra Nilofar Mursal Shabana Farzana Marwa Sadaf Parwana
Roya Nazifa Freshta Gulalai Malalai Zarghuna Hasina Mahbooba Nargis Khadija Masooma
"""
AF_MEN = """
Mohammad Ahmad Ali Hamid Mustafa Abdullah Rahmatullah Hussain Reza Jawad
Mahdi Sayed Farid Omid Habib Wahid Nasir Zabihullah Ehsan Samiullah Murtaza Bilal
"""
AF_SUR = """
Ahmadi Mohammadi Hosseini Rahimi Noori Haidari Sultani Karimi Rezai Amiri
Hashimi Jafari Sadat Popal Durrani Stanikzai Safi Mohmand Wardak Sharifi
Azizi Rasuli Nazari Akbari Yousufzai
"""
TH_WOMEN = """
Siriporn Supaporn Sunisa Nittaya Wanida Malee Kanya Somying Pornthip Jintana
Ratchanee Sumalee Nongnuch Pranee Araya Duangjai Kannika Chanida Orapin Ladda
Lamai Pim
"""
TH_MEN = """
Somchai Somsak Prasert Suthep Wichai Anan Chaiwat Narong Kittisak Sombat
Thawatchai Surachai Pongsak Sakchai Boonmee Apichat Weerasak Nattapong Chatchai Preecha
"""
TH_SUR = """
Saetang Srisuk Wongsa Chaiyaporn Somboon Rattanakorn Saelim Thongchai Phromma Kaewkong
Sangthong Boonsri Jantarasri Inthanon Suksawat Khamphan Siriwong Kongkaew Chanthara Pattanapong
"""
LA_WOMEN = """
María Carolina Paula Daniela Camila Valentina Francisca Javiera Constanza Catalina
Fernanda Claudia Patricia Andrea Verónica Ximena Gabriela Marcela Lorena Paola
Alejandra Isidora Sofía Natalia
"""
LA_MEN = """
José Juan Luis Carlos Jorge Cristián Francisco Rodrigo Pablo Felipe
Sebastián Matías Diego Gonzalo Manuel Patricio Mauricio Alejandro Andrés Héctor
Ricardo Nicolás Benjamín Tomás
"""
LA_SUR = """
González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda
Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela
Castillo Tapia Reyes Gutiérrez Castro Pizarro Álvarez Vásquez Sánchez Fernández
Ramírez Carrasco Gómez Cortés Herrera
"""
KU_WOMEN = """
Rojda Berivan Nazdar Shilan Avin Dilan Jiyan Rojin Helin Berfin
Zilan Nergiz Shirin Hêvî Evin Delal Gulistan Newroz Ronahi Nishtiman
"""
KU_MEN = """
Azad Rebwar Karwan Dilshad Hemin Shwan Rizgar Aram Kawa Baran
Serhad Diyar Ferhad Zana Hawre Soran Sherzad Kamaran Hogir Rekan Bawar Dara
"""
KU_SUR = """
Rashid Qadir Aziz Salih Mustafa Hamad Zebari Jaff Doski Amedi
Kurdi Hawrami Shwani Baban Berwari Sindi Osman Mahmud Bapir Faraj
Hasan Tahir Mirani Barzani
"""
UA_WOMEN = """
Olena Tetiana Nataliia Iryna Oksana Yuliia Svitlana Olha Kateryna Anastasiia
Mariia Viktoriia Liudmyla Halyna Khrystyna Sofiia Yana Alina Daria Inna
"""
UA_MEN = """
Oleksandr Serhii Andrii Volodymyr Dmytro Mykola Vasyl Ivan Yurii Oleh
Viktor Mykhailo Bohdan Taras Roman Vitalii Maksym Artem Denys Ihor
"""
UA_SUR = """
Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk
Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko
Kravchuk Klymenko Pavlenko Savchuk Kuzmenko
"""
IN_WOMEN = """
Priya Anjali Neha Pooja Divya Kavya Sneha Shreya Deepa Lakshmi
Ananya Aishwarya Swati Meera Sunita Rekha Nisha Harpreet Simran Gurpreet
"""
IN_MEN = """
Rahul Amit Vikram Arjun Rajesh Sanjay Suresh Anil Vijay Ravi
Karthik Rohit Aditya Manoj Pradeep Sandeep Harjit Gurdeep Arun Nikhil
"""
IN_SUR = """
Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Rao Shah
Mehta Joshi Das Pillai Menon Chopra Kapoor Malhotra Agarwal Verma
Mishra Banerjee Chatterjee Desai Kulkarni
"""
DE_WOMEN = """
Sabine Petra Claudia Andrea Susanne Stefanie Nicole Julia Katharina Anna
Kerstin Birgit Monika Ursula Heike Anja Christina Martina Sandra Lena
"""
DE_MEN = """
Thomas Michael Andreas Stefan Christian Markus Peter Frank Jürgen Klaus
Wolfgang Uwe Jan Tobias Matthias Alexander Sebastian Dirk Holger Florian
"""
DE_SUR = """
Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann
Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann
Braun Krüger Hofmann Hartmann Lange Werner Krause Lehmann
"""

# The US Census 1990 lists (public domain): name and per cent of the population; the first 400, 400 and 420.
US_WOMEN = (
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
    ("Katrina", 0.061), ("Claire", 0.061), ("Lindsey", 0.06), ("Lindsay", 0.06), ("Geneva", 0.059),
    ("Guadalupe", 0.059), ("Belinda", 0.059), ("Margarita", 0.059), ("Sheryl", 0.059),
    ("Cora", 0.058), ("Faye", 0.058), ("Ada", 0.057), ("Natasha", 0.057), ("Sabrina", 0.057),
    ("Isabel", 0.057), ("Marguerite", 0.056), ("Hattie", 0.056), ("Harriet", 0.056),
    ("Molly", 0.055), ("Cecilia", 0.055), ("Kristi", 0.055), ("Brandi", 0.055), ("Blanche", 0.055),
    ("Sandy", 0.055), ("Rosie", 0.055), ("Joanna", 0.055), ("Iris", 0.055), ("Eunice", 0.054),
    ("Angie", 0.054), ("Inez", 0.053), ("Lynda", 0.053), ("Madeline", 0.052), ("Amelia", 0.052),
    ("Alberta", 0.052), ("Genevieve", 0.051), ("Monique", 0.051), ("Jodi", 0.051),
    ("Janie", 0.051), ("Maggie", 0.051), ("Kayla", 0.051), ("Sonya", 0.051), ("Jan", 0.051),
    ("Lee", 0.051), ("Kristine", 0.051), ("Candace", 0.051), ("Fannie", 0.05), ("Maryann", 0.05),
    ("Opal", 0.05), ("Alison", 0.05), ("Yvette", 0.05), ("Melody", 0.05), ("Luz", 0.049),
    ("Susie", 0.049), ("Olivia", 0.049), ("Flora", 0.049), ("Shelley", 0.049), ("Kristy", 0.048),
    ("Mamie", 0.048), ("Lula", 0.048), ("Lola", 0.048), ("Verna", 0.048), ("Beulah", 0.048),
    ("Antoinette", 0.048), ("Candice", 0.046), ("Juana", 0.046), ("Jeannette", 0.046),
    ("Pam", 0.046), ("Kelli", 0.046), ("Hannah", 0.045), ("Whitney", 0.045), ("Bridget", 0.045),
    ("Karla", 0.044), ("Celia", 0.044), ("Latoya", 0.043), ("Patty", 0.043), ("Shelia", 0.043),
    ("Gayle", 0.043), ("Della", 0.043), ("Vicky", 0.043), ("Lynne", 0.043), ("Sheri", 0.042),
    ("Marianne", 0.042), ("Kara", 0.041), ("Jacquelyn", 0.041), ("Erma", 0.041), ("Blanca", 0.041),
    ("Myra", 0.04), ("Leticia", 0.04), ("Pat", 0.04), ("Krista", 0.04), ("Roxanne", 0.04),
    ("Angelica", 0.039), ("Johnnie", 0.039), ("Robyn", 0.039), ("Francis", 0.039),
    ("Adrienne", 0.039), ("Rosalie", 0.039), ("Alexandra", 0.039), ("Brooke", 0.039),
    ("Bethany", 0.039), ("Sadie", 0.039), ("Bernadette", 0.039),
)  # fmt: skip
US_MEN = (
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
    ("Enrique", 0.046), ("Freddie", 0.046), ("Wade", 0.045), ("Austin", 0.044), ("Stuart", 0.044),
    ("Fredrick", 0.043), ("Arturo", 0.043), ("Alejandro", 0.043), ("Jackie", 0.043),
    ("Joey", 0.043), ("Nick", 0.043), ("Luther", 0.043), ("Wendell", 0.042), ("Jeremiah", 0.042),
    ("Evan", 0.042), ("Julius", 0.042), ("Dana", 0.042), ("Donnie", 0.041), ("Otis", 0.041),
    ("Shannon", 0.04), ("Trevor", 0.04), ("Oliver", 0.04), ("Luke", 0.04), ("Homer", 0.04),
    ("Gerard", 0.04), ("Doug", 0.04), ("Kenny", 0.039), ("Hubert", 0.039), ("Angelo", 0.039),
    ("Shaun", 0.039), ("Lyle", 0.038), ("Matt", 0.038), ("Lynn", 0.038), ("Alfonso", 0.038),
    ("Orlando", 0.037), ("Rex", 0.037), ("Carlton", 0.037), ("Ernesto", 0.037), ("Cameron", 0.037),
    ("Neal", 0.037), ("Pablo", 0.036), ("Lorenzo", 0.036), ("Omar", 0.036), ("Wilbur", 0.036),
    ("Blake", 0.036), ("Grant", 0.036), ("Horace", 0.036), ("Roderick", 0.036), ("Kerry", 0.036),
    ("Abraham", 0.035), ("Willis", 0.035), ("Rickey", 0.035), ("Jean", 0.035), ("Ira", 0.035),
    ("Andres", 0.034), ("Cesar", 0.034), ("Johnathan", 0.034), ("Malcolm", 0.034),
    ("Rudolph", 0.034), ("Damon", 0.034), ("Kelvin", 0.034), ("Rudy", 0.034), ("Preston", 0.034),
    ("Alton", 0.033), ("Archie", 0.033), ("Marco", 0.033), ("Pete", 0.032), ("Randolph", 0.032),
    ("Garry", 0.032), ("Geoffrey", 0.032), ("Jonathon", 0.032), ("Felipe", 0.032),
    ("Bennie", 0.032), ("Gerardo", 0.032), ("Ed", 0.032), ("Dominic", 0.032), ("Robin", 0.032),
    ("Loren", 0.032), ("Delbert", 0.031), ("Colin", 0.031), ("Guillermo", 0.031),
    ("Earnest", 0.031), ("Lucas", 0.031), ("Benny", 0.03), ("Noel", 0.03), ("Spencer", 0.03),
    ("Rodolfo", 0.03), ("Myron", 0.03), ("Edmund", 0.03), ("Garrett", 0.029), ("Salvatore", 0.029),
    ("Cedric", 0.029), ("Lowell", 0.029), ("Gregg", 0.029), ("Sherman", 0.028), ("Wilson", 0.028),
    ("Devin", 0.028), ("Sylvester", 0.028), ("Kim", 0.028), ("Roosevelt", 0.028),
    ("Israel", 0.028), ("Jermaine", 0.028), ("Forrest", 0.027),
)  # fmt: skip
US_SURNAMES = (
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
    ("Rhodes", 0.037), ("Pena", 0.037), ("Beck", 0.037), ("Newman", 0.036), ("Haynes", 0.036),
    ("McDaniel", 0.036), ("Mendez", 0.036), ("Bush", 0.036), ("Vaughn", 0.036), ("Parks", 0.035),
    ("Dawson", 0.035), ("Santiago", 0.035), ("Norris", 0.035), ("Hardy", 0.035), ("Love", 0.035),
    ("Steele", 0.035), ("Curry", 0.035), ("Powers", 0.035), ("Schultz", 0.035), ("Barker", 0.035),
    ("Guzman", 0.034), ("Page", 0.034), ("Munoz", 0.034), ("Ball", 0.034), ("Keller", 0.034),
    ("Chandler", 0.034), ("Weber", 0.034), ("Leonard", 0.034), ("Walsh", 0.033), ("Lyons", 0.033),
    ("Ramsey", 0.033), ("Wolfe", 0.033), ("Schneider", 0.033), ("Mullins", 0.033),
    ("Benson", 0.033), ("Sharp", 0.033), ("Bowen", 0.033), ("Daniel", 0.033), ("Barber", 0.032),
    ("Cummings", 0.032), ("Hines", 0.032), ("Baldwin", 0.032), ("Griffith", 0.032),
    ("Valdez", 0.032), ("Hubbard", 0.032), ("Salazar", 0.032), ("Reeves", 0.032),
    ("Warner", 0.031), ("Stevenson", 0.031), ("Burgess", 0.031), ("Santos", 0.031),
    ("Tate", 0.031), ("Cross", 0.031), ("Garner", 0.031), ("Mann", 0.031), ("Mack", 0.031),
    ("Moss", 0.031), ("Thornton", 0.031), ("Dennis", 0.031), ("McGee", 0.031), ("Farmer", 0.03),
    ("Delgado", 0.03), ("Aguilar", 0.03), ("Vega", 0.03), ("Glover", 0.03), ("Manning", 0.03),
    ("Cohen", 0.03), ("Harmon", 0.03), ("Rodgers", 0.03), ("Robbins", 0.03), ("Newton", 0.03),
    ("Todd", 0.03), ("Blair", 0.03), ("Higgins", 0.03), ("Ingram", 0.03), ("Reese", 0.03),
    ("Cannon", 0.03), ("Strickland", 0.03), ("Townsend", 0.03), ("Potter", 0.03),
    ("Goodwin", 0.03), ("Walton", 0.03), ("Rowe", 0.029), ("Hampton", 0.029), ("Ortega", 0.029),
    ("Patton", 0.029), ("Swanson", 0.029), ("Joseph", 0.029), ("Francis", 0.029),
    ("Goodman", 0.029), ("Maldonado", 0.029), ("Yates", 0.029), ("Becker", 0.029),
    ("Erickson", 0.029), ("Hodges", 0.029), ("Rios", 0.029), ("Conner", 0.029), ("Adkins", 0.029),
    ("Webster", 0.028), ("Norman", 0.028), ("Malone", 0.028), ("Hammond", 0.028),
    ("Flowers", 0.028), ("Cobb", 0.028), ("Moody", 0.028), ("Quinn", 0.028), ("Blake", 0.028),
    ("Maxwell", 0.028), ("Pope", 0.028), ("Floyd", 0.027), ("Osborne", 0.027), ("Paul", 0.027),
    ("McCarthy", 0.027), ("Guerrero", 0.027), ("Lindsey", 0.027), ("Estrada", 0.027),
    ("Sandoval", 0.027), ("Gibbs", 0.027), ("Tyler", 0.027), ("Gross", 0.027),
    ("Fitzgerald", 0.027), ("Stokes", 0.027), ("Doyle", 0.027), ("Sherman", 0.027),
)  # fmt: skip


def _origin(women: str, men: str, surnames: str, head: int = 10) -> Origin:
    return Origin(ranked(women, head), ranked(men, head), ranked(surnames, head))


ORIGINS: dict[str, Origin] = {
    "swedish": Origin(ranked(SV_WOMEN, 150), ranked(SV_MEN, 150), ranked(SV_SUR, 150)),
    "us": Origin(census(US_WOMEN), census(US_MEN), census(US_SURNAMES)),
    "uk": Origin(ranked(UK_WOMEN, 130), ranked(UK_MEN, 130), ranked(UK_SUR, 150)),
    "finnish": _origin(FI_WOMEN, FI_MEN, FI_SUR),
    "arabic": _origin(AR_WOMEN, AR_MEN, AR_SUR),
    "somali": _origin(SO_WOMEN, SO_MEN, SO_SUR),
    "polish": _origin(PL_WOMEN, PL_MEN, PL_SUR),
    "persian": _origin(FA_WOMEN, FA_MEN, FA_SUR),
    "bcs": _origin(BCS_WOMEN, BCS_MEN, BCS_SUR),
    "turkish": _origin(TR_WOMEN, TR_MEN, TR_SUR),
    "eritrean": _origin(ER_WOMEN, ER_MEN, ER_SUR),
    "afghan": _origin(AF_WOMEN, AF_MEN, AF_SUR),
    "thai": _origin(TH_WOMEN, TH_MEN, TH_SUR),
    "latin": _origin(LA_WOMEN, LA_MEN, LA_SUR),
    "kurdish": _origin(KU_WOMEN, KU_MEN, KU_SUR),
    "ukrainian": _origin(UA_WOMEN, UA_MEN, UA_SUR),
    "indian": _origin(IN_WOMEN, IN_MEN, IN_SUR),
    "german": _origin(DE_WOMEN, DE_MEN, DE_SUR),
}

# Who is named, per language of the text: roughly Sweden's population in Swedish and mixed text
# (Swedish largest, then the origins by how many live here), the US and the UK in English text.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 68, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5, "eritrean": 1.2,
        "ukrainian": 1.2, "thai": 1, "latin": 1, "german": 0.8, "indian": 0.8, "uk": 0.7, "us": 0.5,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 9, "indian": 3, "arabic": 2, "polish": 2, "latin": 2,
        "german": 1.5, "finnish": 1, "somali": 0.8, "persian": 0.8, "turkish": 0.8, "bcs": 0.8,
        "ukrainian": 0.8, "thai": 0.6, "eritrean": 0.5, "afghan": 0.5, "kurdish": 0.5,
    },
    "mixed": {
        "swedish": 52, "uk": 10, "us": 9, "arabic": 5, "finnish": 3, "polish": 3, "persian": 2.5,
        "bcs": 2.5, "indian": 2, "somali": 1.5, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5,
        "ukrainian": 1.5, "german": 1.2, "eritrean": 1, "thai": 1, "latin": 1,
    },
}  # fmt: skip

_EN_SHORT = {
    "William": ("Will", "Bill"), "Robert": ("Rob", "Bob", "Bobby"), "James": ("Jim", "Jimmy", "Jamie"),
    "Michael": ("Mike", "Mick"), "Christopher": ("Chris",), "Thomas": ("Tom", "Tommy"),
    "Richard": ("Rick", "Rich"), "Joseph": ("Joe",), "Daniel": ("Dan", "Danny"), "Matthew": ("Matt",),
    "Andrew": ("Andy", "Drew"), "Anthony": ("Tony",), "Nicholas": ("Nick",), "Edward": ("Ed", "Eddie", "Ted"),
    "Steven": ("Steve",), "Stephen": ("Steve",), "David": ("Dave",), "Jonathan": ("Jon",),
    "Benjamin": ("Ben",), "Samuel": ("Sam",), "Alexander": ("Alex",), "Peter": ("Pete",),
    "Kenneth": ("Ken",), "Gregory": ("Greg",), "Timothy": ("Tim",), "Charles": ("Charlie", "Chuck"),
    "Theodore": ("Theo", "Teddy"), "Frederick": ("Fred",), "Oliver": ("Ollie",), "Raymond": ("Ray",),
    "Elizabeth": ("Liz", "Beth", "Lizzie"), "Jennifer": ("Jen", "Jenny"), "Katherine": ("Kate", "Katie"),
    "Catherine": ("Cathy", "Kate"), "Margaret": ("Maggie", "Peggy"), "Patricia": ("Pat", "Trish"),
    "Susan": ("Sue",), "Deborah": ("Debbie", "Deb"), "Rebecca": ("Becky", "Becca"),
    "Victoria": ("Vicky",), "Samantha": ("Sam",), "Jessica": ("Jess",), "Alexandra": ("Alex",),
    "Christine": ("Chris",), "Nicola": ("Nicky",), "Amanda": ("Mandy",), "Barbara": ("Barb",),
    "Kimberly": ("Kim",), "Stephanie": ("Steph",), "Jacqueline": ("Jackie", "Jacqui"), "Pamela": ("Pam",),
    "Abigail": ("Abbie",), "Eleanor": ("Ellie",), "Charlotte": ("Lottie",), "Penelope": ("Penny",),
}  # fmt: skip

# Short forms people go by, per origin and given name.
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": {
        "Lars": ("Lasse",), "Mikael": ("Micke",), "Karl": ("Kalle",), "Per": ("Pelle", "Peppe"),
        "Joakim": ("Jocke",), "Magnus": ("Manne",), "Thomas": ("Tompa",), "Tomas": ("Tompa",),
        "Anders": ("Adde",), "Fredrik": ("Fredde",), "Daniel": ("Danne",), "Mattias": ("Matte",),
        "Mathias": ("Matte",), "Marcus": ("Mackan",), "Markus": ("Mackan",), "Patrik": ("Patte",),
        "Niklas": ("Nicke",), "Christian": ("Krille",), "Kristian": ("Krille",), "Robert": ("Robban",),
        "Gustav": ("Gurra",), "Gustaf": ("Gurra",), "Jan": ("Janne",), "Hans": ("Hasse",),
        "Sven": ("Svenne",), "Stefan": ("Steffe",), "Ulf": ("Uffe",), "Rolf": ("Roffe",),
        "Bengt": ("Bengan",), "Kenneth": ("Kenta",), "Tobias": ("Tobbe",), "Torbjörn": ("Tobbe",),
        "Sebastian": ("Sebbe",), "Henrik": ("Henke",), "Jonas": ("Jonte",), "Oscar": ("Ogge",),
        "Oskar": ("Ogge",), "Roger": ("Rogge",), "Peter": ("Peppe",), "William": ("Wille",),
        "Olof": ("Olle",), "Rickard": ("Ricke",), "Rikard": ("Ricke",), "Alexander": ("Alex",),
        "Leif": ("Leffe",), "Per-Olof": ("P-O",), "Jan-Erik": ("Janne",), "Christoffer": ("Chrille",),
        "Margareta": ("Maggan",), "Charlotte": ("Lotta",), "Kristina": ("Kicki", "Stina"),
        "Katarina": ("Kattis", "Kajsa"), "Elisabeth": ("Lisa", "Bettan"), "Birgitta": ("Bittan", "Gittan"),
        "Susanne": ("Sussie",), "Cecilia": ("Cissi",), "Camilla": ("Milla",), "Madeleine": ("Madde",),
        "Josefin": ("Jossan",), "Therese": ("Tessan",), "Jessica": ("Jessan",), "Victoria": ("Vickan",),
        "Viktoria": ("Vickan",), "Rebecka": ("Becka",), "Caroline": ("Carro",), "Karolina": ("Carro",),
        "Gunilla": ("Gunsan",), "Annika": ("Annie",), "Agneta": ("Agge",),
    },
    "uk": _EN_SHORT,
    "us": _EN_SHORT,
    "polish": {
        "Katarzyna": ("Kasia",), "Małgorzata": ("Gosia",), "Aleksandra": ("Ola",), "Agnieszka": ("Aga",),
        "Magdalena": ("Magda",), "Krzysztof": ("Krzysiek",), "Tomasz": ("Tomek",), "Wojciech": ("Wojtek",),
    },
    "arabic": {"Mohammed": ("Mo",), "Yousef": ("Jo",)},
    "somali": {"Abdirahman": ("Abdi",), "Abdullahi": ("Abdi",)},
    "latin": {"Francisco": ("Pancho",), "José": ("Pepe",), "Alejandro": ("Ale",)},
    "ukrainian": {"Oleksandr": ("Sasha",), "Volodymyr": ("Volodia",), "Kateryna": ("Katia",)},
}  # fmt: skip
