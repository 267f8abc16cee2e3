# ruff: noqa: E501
"""Name pools of held-out CU (the local newspaper), weighted as the population carries names.

Swedish given names and surnames in the order of SCB's name statistics (written from general
knowledge; weight 1/rank; the top 150 the head, the rarer names past them the tail), the US Census
1990 lists (copied from the `names` package's `dist.female.first`, `dist.male.first` and
`dist.all.last`; the census per cent as weight; head 150), UK given names and surnames in the order
of the ONS rankings (general knowledge; 1/rank; head 150), and the commonest given names and
surnames of origins common in Sweden (1/rank; head 10). Not checked against anything in rung.
"""

from __future__ import annotations

from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this share, else from the tail


@dataclass(frozen=True)
class Pool:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def _words(text: str) -> tuple[str, ...]:
    """Names separated by white space, in rank order; `_` stands for a space inside a name."""
    seen: dict[str, None] = {}
    for word in text.split():
        seen.setdefault(word.replace("_", " "), None)
    return tuple(seen)


def ranked(text: str, head: int) -> Pool:
    """A list in rank order, weight 1/rank."""
    names = _words(text)
    return Pool(names, tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names)))


def census(rows: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A census list: each name with its per cent as weight."""
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


PLAIN = str.maketrans({
    "ą": "a", "ć": "c", "ę": "e", "ł": "l", "ń": "n", "ó": "o", "ś": "s", "ź": "z", "ż": "z",
    "Ą": "A", "Ć": "C", "Ę": "E", "Ł": "L", "Ń": "N", "Ó": "O", "Ś": "S", "Ź": "Z", "Ż": "Z",
    "č": "c", "đ": "dj", "š": "s", "ž": "z", "Č": "C", "Đ": "Dj", "Š": "S", "Ž": "Z",
    "ç": "c", "ğ": "g", "ı": "i", "ö": "o", "ş": "s", "ü": "u", "Ç": "C", "Ğ": "G", "İ": "I",
    "Ö": "O", "Ş": "S", "Ü": "U", "á": "a", "é": "e", "í": "i", "ñ": "n", "ú": "u", "Á": "A",
    "É": "E", "Í": "I", "Ñ": "N", "Ú": "U",
})  # fmt: skip


def plain(word: str) -> str:
    """The word as typed on a keyboard without its letters (`Wiśniewski` -> `Wisniewski`)."""
    return word.translate(PLAIN)


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it (`Kowalski` -> `Kowalska`, `Nowicki` -> `Nowicka`)."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# --- Sweden (SCB's order, general knowledge) -----------------------------------------------
SV_F = ranked(
    "Maria Elisabeth Anna Kristina Margareta Eva Linnéa Karin Birgitta Marie Ingrid Sofia Sara"
    " Kerstin Emma Christina Lena Ulla Helena Johanna Inger Julia Malin Ida Linnea Hanna Maja"
    " Elin Louise Annika Matilda Amanda Susanne Katarina Cecilia Alice Viktoria Camilla Ulrika"
    " Elsa Ebba Barbro Gunilla Monica Ann Jenny Astrid Agneta Anneli Ellen Inga Frida Siv"
    " Therese Charlotte Lisa Lovisa Josefin Elisabet Åsa Wilma Klara Marianne Irene Gun Britt"
    " Caroline Emelie Linda Moa Alva Anette Isabelle Lina Signe Sandra Gunnel Mona Yvonne"
    " Gunvor Ingela Olivia Elvira Mikaela Ann-Marie Jessica Karolina Pia Ellinor Ingeborg Ella"
    " Sofie Mia Ronja Vera Stina Freja Nora Selma Tilda Emilia Agnes Saga Tove Hilda Märta Gerd"
    " Helen Maj Britta Viola Solveig Ylva Madeleine Rebecka Felicia Josefine Nathalie Erika"
    " Jennie Elise Emmy Tuva Hedvig Berit Ann-Christin Kristin Margit Cornelia Evelina Linn"
    " Nellie Majken Carina Maj-Britt Rose-Marie Sonja Lisbeth Greta Dagmar Birgit Gudrun Anita"
    " Eivor Lilian Bodil Ewa Iris Tyra Stella Ester Gertrud Inez Svea Annelie"
    # the tail: rarer names past the top 150
    " Lillemor Hillevi Teresia Lilly Maud Ingalill Elsy Ingmarie Juni Livia Leah Ines Rigmor"
    " Maj-Lis Esther Elina Ingbritt Anne Annette Eleonor Emelie Fanny Filippa Hilma Idun Ingegerd"
    " Isabella Jasmine Josephine Judith Kajsa Lova Lykke Mira Molly Nadia Naima Nicole Nova Paula"
    " Petra Ragnhild Rakel Ruth Sigrid Siri Sylvia Tindra Tora Tyra Ulla-Britt Valborg Vendela"
    " Vilma Yasmin Zara Alexandra Amalia Angelica Ann-Sofie Anna-Karin Anna-Lena Anne-Marie"
    " Antonia Aurora Beatrice Bella Benita Bianca Britt-Marie Carin Cajsa Catharina Clara Daniela"
    " Denise Doris Edit Edith Elisabet Ellie Elna Elvy Emma-Lena Erica Evy Fatima Gabriella"
    " Gerda Gisela Gull-Britt Hanna-Karin Harriet Hedda Heidi Helga Ilse Ina Inga-Lill Ingrid-Marie"
    " Irma Isa Jeanette Jill Joanna Johanne Karin-Lena Katja Kim Kitty Lena-Maria Lilja Liselotte"
    " Liv Lotta Louisa Lydia Madelene Magdalena Maja-Lena Malva Margareta Margot Marielle"
    " Marit Marita Marlene Mathilda Melina Melissa Meja Minna Miranda My Märit Nanna Nelly"
    " Ninni Noomi Olga Ottilia Pernilla Rita Ronja Rosa Rut Sally Selina Sigrun Signhild"
    " Siw Solbritt Stella Stephanie Susanna Svanhild Tekla Thea Tina Turid Ulrica Una Valentina"
    " Vanja Veronica Vivianne Wera Ylva-Li Åsa-Lena Ebba-Stina Agda Alfhild Alma Asta"
    " Augusta Barbara Berta Brita Dagny Ebba-Lena Edla Elly Ethel Fredrika Frideborg Gunhild"
    " Hulda Ida-Maria Ingeborg Jenny-Ann Karolin Kerstin-Maria Laila Laura Lisen Mait Mariana"
    " Mona-Lisa Märta-Lena Nathalia Nina Ronja-Li Sara-Lena Tuula Vivi Wiveka Yvette",
    150,
)
SV_M = ranked(
    "Lars Karl Mikael Anders Johan Per Erik Carl Nils Lennart Jan Peter Hans Thomas Daniel"
    " Gustav Fredrik Bengt Sven Alexander Magnus Bo Åke Stefan Olof Mats Oskar Kent Andreas"
    " Göran Ulf Martin Leif Björn Stig Arne Rolf Christer Mattias Henrik Axel Roger Jonas Anton"
    " Gunnar Niklas Emil Tommy Robert Kjell Ingemar Filip Viktor Lucas Hugo Elias Oliver Rasmus"
    " Sebastian Christoffer Joakim Patrik Marcus Johannes Simon Jakob Adam William Liam Noah"
    " David Tobias Kenneth Kurt Håkan Torbjörn Dan Jörgen Rune Roland Ove Gösta Allan Arvid"
    " Olle Ludvig Isak Ali Mohammed Albin Edvin Melvin Theo Vincent Leo Elliot Ebbe Sixten"
    " Love Alvar Valter Josef Harald Birger Evert Sune Tore Knut Gert Conny Jesper Linus Max"
    " Felix Jonathan Kevin Robin Dennis Pontus Jimmy Tony Jens Claes Hampus Gabriel Samuel"
    " Benjamin Wilhelm Otto Folke Ivar Hjalmar Einar Holger Ragnar Ingvar Tage Sten Yngve"
    " Ture Helge Bertil Stellan Börje Torsten Sture Lage Erling Kristoffer Mohamed Ahmed"
    # the tail: rarer names past the top 150
    " Lars-Erik Per-Olof Jan-Erik Karl-Erik Nils-Erik Lars-Göran Bo-Göran Sven-Erik Karl-Johan"
    " Jan-Olof Lars-Olof Per-Anders Hans-Erik Carl-Johan Anders-Petter Mats-Olov Alf Algot"
    " Amir Arvidh Assar Bernt Birk Bror Brynolf Casper Colin Dag Dante Douglas Eddie Edvard"
    " Egon Eino Eskil Evald Fabian Frans Fritz Georg Gillis Glenn Gottfrid Greger Gunder"
    " Halvar Hannes Harry Henning Herbert Hilding Hilmer Hjalte Ib Inge Ingvald Isidor Ivan"
    " Jack Jarl John Julius Kalle Kasper Kevin Kim Konrad Lage Laurin Lennie Loke Lukas Malte"
    " Manne Melker Mille Milo Morgan Måns Neo Nicklas Nicolas Noel Ola Olov Orvar Osvald"
    " Ossian Paul Philip Reinhold Rickard Rikard Roine Ronny Ruben Rurik Sam Seth Sigge"
    " Sigurd Sivert Staffan Stanley Sten-Åke Svante Sylvester Sören Teodor Tim Tor Torgny"
    " Torvald Uno Valdemar Vidar Vilgot Ville Waldemar Werner Wiktor Yusuf Åsmund Östen Adrian"
    " Agne Albert Alfons Alfred Anders-Erik Arnold Artur August Bill Billy Bruno Charlie Clas"
    " Curt Dick Einar-Olof Elof Elon Emanuel Enar Ernst Esbjörn Eugen Folke-Erik Fred Frank"
    " Gerhard Gideon Gunnar-Erik Gustaf Hadar Hampe Harri Helmer Hemming Hugo-Karl Ingmar"
    " Isac Jim Joel Jon Josua Kai Ken Kennet Kristian Lars-Ove Leon Levi Lorentz Ludwig Malkolm"
    " Marcel Markus Matti Mauritz Max-Olof Mikko Mio Nathan Nikola Nore Odd Oscar Otto-Emil"
    " Patrick Petter Pierre Rafael Ragge Rudolf Rune-Olov Sami Sanfrid Set Severin Sigvard"
    " Ted Tobbe Torkel Ulrik Urban Valle Verner Viggo Vilhelm Yngve-Erik Åke-Olof Östen-Erik",
    150,
)
SV_S = ranked(
    "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson"
    " Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson"
    " Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist"
    " Mattsson Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed"
    " Engström Danielsson Eklund Håkansson Lundin Gunnarsson Ahmed Björk Bergman Holm Samuelsson"
    " Fransson Wikström Isaksson Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg"
    " Blomqvist Claesson Nordström Hassan Mårtensson Lundström Viklund Björklund Eliasson"
    " Pålsson Berggren Sandström Lund Nordin Ström Åberg Hermansson Ekström Falk Holmgren"
    " Dahlberg Hellström Hedlund Sundberg Sjögren Ek Blom Abrahamsson Martinsson Öberg"
    " Andreasson Strömberg Månsson Hansen Åkesson Dahl Lindholm Norberg Ibrahim Holmqvist"
    " Sundström Jonasson Ivarsson Söderström Omar Nyman Lindell Åström Jensen Hussein"
    " Mohamed Abdi Ahmad Sjöstrand Johnsson Lindahl Ekman Borg Nordqvist Backman Strand"
    " Göransson Franzén Lindblom Sundqvist Höglund Hedberg Wahlström Boström Adolfsson"
    " Nordlund Olausson Kristiansson Nielsen Bäckström Sundin Davidsson Lindén Fors Vikström"
    " Holmström Augustsson Sjödin Löfström Söderlund Lilja Ottosson Hedström Jakobsen Lundell"
    # the tail: rarer names past the top 150
    " Rosén Malmberg Öhman Granberg Hägglund Nyqvist Edlund Östlund Engman Wiklund Hallberg"
    " Westerberg Rydberg Ljungberg Norén Forslund Lundmark Grahn Thorén Nordgren Stenberg"
    " Sundell Jonsson-Berg Åhlund Bergkvist Ahlström Ågren Edström Lundkvist Frisk Hammar"
    " Klasson Wallén Melin Sandin Dahlgren Löf Ståhl Sjölund Brandt Nord Lindkvist Blomberg"
    " Ekberg Hedman Wallgren Bergh Karlberg Ekholm Carlsson Carlström Forsman Hallin Hagström"
    " Kvist Bengtzon Segerström Granström Sundelin Hellberg Wennberg Stål Brink Dahlström"
    " Ljung Holmlund Törnqvist Bergendahl Ahlqvist Engberg Åkerlund Svärd Rehn Backlund"
    " Mellberg Nygren Nyholm Palm Pihl Rask Rönnqvist Sahlin Skog Stark Sundh Tell Thunberg"
    " Vallin Wester Wik Wickman Zetterberg Zetterlund Ålund Åman Ärlig Östman Almqvist Alm"
    " Asplund Bodin Boman Brolin Byström Cederholm Dahlin Ekblad Ekelund Elfström Enqvist"
    " Eng Fagerström Flodin Forsell Friberg Gran Grönberg Grönlund Gyllensten Hagberg Hall"
    " Hammarström Hedin Hjalmarsson Holmén Hultgren Hult Håkansson-Lind Höök Jernberg Kihlberg"
    " Kjellberg Kullberg Lagerqvist Lantz Larsén Liljegren Lindvall Ljungqvist Lorentzon"
    " Lundh Lönn Malm Modig Mossberg Norling Nylander Näslund Ohlsson Olander Palmqvist Persson-Holm"
    " Quist Renström Rosenberg Runesson Rydén Salomonsson Selin Sjöqvist Skoglund Spång"
    " Stenlund Strid Svahn Svedberg Söder Thelin Torstensson Tåqvist Unger Waller Wennerström"
    " Westin Widén Wågström Yngvesson Zackrisson Åsberg Östberg Abrahamson Ahlberg Arnesson"
    " Bergsten Björkman Blad Broman Bylund Dufva Ekdahl Engdahl Eriksson-Lind Fjällström"
    " Gerdin Gillberg Hammarlund Hedqvist Hillborg Hägg Ingvarsson Jacobsson Kallin Kling"
    " Lagerlöf Lejon Lidén Lindmark Lundblad Marklund Moberg Nordahl Oskarsson Pettersson-Ek"
    " Ramström Ringdahl Rudberg Sandgren Schön Sporre Stenmark Strömgren Tegnér Tornberg Vallgren"
    " von_Platen af_Klercker De_Geer von_Essen Wachtmeister Lewenhaupt Gyllenstierna Bielke"
    " af_Ugglas von_Sydow Sparre Bonde Posse Stenbock Lilliehöök Cederschiöld",
    150,
)

# --- the UK (the ONS rankings' order, general knowledge; births of several decades blended) ---
UK_F = ranked(
    "Olivia Amelia Sarah Emma Laura Isla Ava Emily Sophie Jessica Charlotte Hannah Lucy Mia"
    " Grace Rebecca Claire Nicola Helen Lily Ella Isabella Freya Poppy Chloe Megan Lauren Amy"
    " Rachel Gemma Samantha Michelle Joanne Lisa Karen Susan Julie Elizabeth Katie Ruby Evie"
    " Daisy Sophia Alice Florence Ivy Rosie Elsie Willow Matilda Phoebe Evelyn Sienna Holly"
    " Georgia Natalie Jennifer Victoria Louise Kelly Kirsty Donna Tracey Margaret Patricia Jean"
    " Sheila Pauline Christine Mary Ann Janet Carol Jacqueline Diane Angela Wendy Deborah Alison"
    " Catherine Jade Zoe Abigail Eleanor Harriet Bethany Leah Heather Fiona Catriona Jane"
    " Joanna Caroline Amanda Sharon Dawn Lynn Gillian Anne Maureen Brenda Doreen Sandra Linda"
    " Dorothy Barbara Joan Kathleen Valerie Irene Marion Shirley Hazel Rita Joyce Beryl Elaine"
    " Hayley Stacey Danielle Charlie Millie Scarlett Harper Maisie Aria Layla Esme Imogen"
    " Maya Erin Eva Lola Molly Ellie Niamh Aoife Ffion Seren Cerys Megan-Rose Kayleigh Leanne"
    # the tail
    " Bryony Cressida Philippa Tamsin Rhiannon Morag Kirsteen Eilidh Siobhan Orla Roisin Mhairi"
    " Annabel Beatrix Clementine Tabitha Verity Felicity Hermione Penelope Jemima Araminta"
    " Gwen Bronwen Eluned Nerys Mair Sian Lowri Carys Elin Delyth Gaynor Bernadette Marjorie"
    " Gladys Edna Ethel Mildred Winifred Muriel Enid Ivy-May Nell Peggy Queenie Sybil Thelma"
    " Vera Gwendoline Josie Kerry Lindsay Tanya Marie Becky Toni Shannon Chelsea Courtney Jodie"
    " Paige Tia Keeley Demi Aaliyah Amara Anaya Priya Sana Aisha Fatima Zainab Maryam Khadija"
    " Nadia Rosa Lottie Elodie Ottilie Iris Ada Edie Nancy Mabel Hattie Margot Delilah Wren",
    150,
)
UK_M = ranked(
    "Oliver George Harry Jack James William Thomas David John Daniel Michael Paul Andrew Mark"
    " Richard Robert Christopher Matthew Steven Peter Stephen Ian Gary Simon Jamie Adam Ben"
    " Samuel Joseph Luke Noah Leo Arthur Muhammad Oscar Charlie Jacob Freddie Alfie Theo Henry"
    " Archie Joshua Alexander Edward Lewis Ryan Liam Callum Connor Kieran Dylan Nathan Aaron"
    " Jordan Scott Craig Darren Lee Dean Wayne Neil Kevin Martin Anthony Graham Keith Colin"
    " Alan Brian Kenneth Barry Trevor Terence Roger Derek Raymond Malcolm Geoffrey Dennis"
    " Ronald Frank Albert Ernest Stanley Leonard Harold Norman Gordon Douglas Stuart Alistair"
    " Hamish Euan Angus Fraser Rhys Owen Gareth Dafydd Huw Iwan Sean Patrick Declan Ciaran"
    " Niall Conor Tom Joe Sam Max Finley Reuben Tommy Teddy Louie Harrison Elliot Toby Isaac"
    " Jake Ethan Mason Tyler Kyle Reece Bradley Ashley Shane Carl Phillip Tony Nigel Clive"
    # the tail
    " Rupert Crispin Hugo Jolyon Piers Tarquin Giles Quentin Benedict Barnaby Cosmo Ptolemy"
    " Fergus Lachlan Ruaridh Calum Struan Ewan Murdo Gethin Emyr Aled Cai Ioan Llyr Tadhg"
    " Oisin Cathal Eamon Donal Ruairi Lorcan Alfred Walter Cyril Percy Reginald Wilfred Herbert"
    " Sidney Bernard Clifford Horace Lionel Maurice Neville Rodney Vernon Nigel-John Dominic"
    " Jasper Rufus Felix Ralph Otis Ezra Jude Rory Mohammed Ibrahim Yusuf Zain Aryan Arjun"
    " Rohan Harvey Kai Logan Jenson Ronnie Albie Frankie Stanley-James Alfie-Ray Bobby Lenny"
    " Marcus Russell Jason Dale Glen Adrian Julian Howard Gerald Victor Vincent Roy Eric Lloyd",
    150,
)
UK_S = ranked(
    "Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson"
    " Thompson Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson"
    " Wood Turner Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen"
    " James Scott Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook"
    " Carter Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall"
    " Anderson Simpson Ellis Adams Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray"
    " Mason Ali Hunt Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd"
    " Butler Russell Barker Fisher Stevens Jenkins Murray Dixon Harvey Graham Pearson Ahmed"
    " Fletcher Walsh Kaur Gibson Howard Andrews Stewart Elliott Reynolds Saunders Payne Fox"
    " Ford Pearce Day Brooks West Lawrence Cole Atkinson Bradley Spencer Gill Dawson Ball Burton"
    " O'Brien Watts Rose Booth Perry Ryan Grant Wells Armstrong Francis Rees Hayes Hart Hudson"
    " Newman Barrett Webster Hunter Gregory Carr Lowe Page Marsh Riley Dunn Woods Parsons"
    # the tail
    " Berry Stone Reid Holland Hawkins Harding Porter Robertson Newton Oliver Reed Kennedy"
    " Williamson Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry Burgess Bishop Walton"
    " Burns Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls Hamilton Byrne Sutton"
    " McDonald Yates Hodgson Robson Curtis Hopkins O'Connor Harper Coleman Watkins Moss"
    " McCarthy Chambers O'Neill Griffin Sharp Hardy Wheeler Potter Osborne Johnston Gordon"
    " Doyle Wallace George Jordan Hutchinson Rowe Burke May Pritchard Gilbert Willis Higgins"
    " Read Miles Stephens Thomson Hammond Summers Fraser Lamb Mann Frost Sanders Kirby"
    " Hartley Blake Hodges Pugh Lord Nash Goodwin Pike Sykes Whitehead Ashworth Thornton"
    " Fenwick Charlton Armitage Metcalfe Ackroyd Pickering Greenwood Heaton Haworth Crowther"
    " Tremayne Trelawney Penrose Pengelly Llewellyn Pritchard-Jones Vaughan Bowen Powell-Davies"
    " MacLeod MacKenzie Cameron Sinclair Munro Grieve Buchanan Drummond Lindsay Ferguson"
    " Beattie Crawford McLean Docherty Quinn Gallagher Kavanagh Flanagan Brennan Duffy"
    " Ahmed-Khan Chaudhry Mistry Choudhury Rahman Islam Uddin Miah Akhtar Iqbal Okafor Mensah"
    " Adeyemi Nowak Kowalski Costa Silva Rossi Chen Wong Li Nguyen Bhatt Desai Joshi Sharma",
    150,
)

# --- origins common in Sweden: their commonest names, 1/rank, head 10 ---------------------
FI_F = ranked(
    "Anna Maria Helena Johanna Kaarina Marjatta Liisa Elina Tuula Päivi Riitta Sari Pirjo Minna Tiina Hannele Leena Anneli Satu Sanna Eeva Aino Hilkka Marja-Leena Outi",
    10,
)
FI_M = ranked(
    "Juhani Johannes Olavi Antero Tapani Kalevi Mikael Matti Timo Pekka Kari Jukka Mikko Markku Jari Antti Heikki Seppo Hannu Esa Ville Eero Tuomas Ilkka Jouni",
    10,
)
FI_S = ranked(
    "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen",
    10,
)
AR_F = ranked(
    "Fatima Maryam Zainab Noor Sara Aya Hiba Rana Amal Layla Yasmin Huda Reem Samira Nour Lina Rasha Dalia Salma Hala Ninwa Shamiran Rita Mariam Sawsan Nahrain",
    10,
)
AR_M = ranked(
    "Mohammed Ahmed Ali Mohamed Hassan Omar Hussein Ibrahim Mahmoud Khaled Yousef Mustafa Abdullah Karim Samir Bassam Ammar Haider Sargon Ninos Aziz Tariq Fadi Rami Gabriel Jamil",
    10,
)
AR_S = ranked(
    "Ali Mohammed Ahmed Hassan Hussein Ibrahim Mahmoud Abdullah Saleh Khalil Al-Hashimi Al-Jabouri Haddad Jaber Nasser Kareem Darwish Yousef Abbas Shamoun Barsoum Saliba Isho Gabriel Toma Younan Khoury Hanna Odisho Aziz",
    10,
)
SO_F = ranked(
    "Fadumo Hodan Amina Khadija Asha Sahra Faadumo Hawa Ifrah Nimco Ubah Sagal Hibo Naima Maryan Ayaan Deeqa Idil Hamdi Sucaad",
    10,
)
SO_M = ranked(
    "Mohamed Abdi Ahmed Ali Hassan Abdullahi Omar Yusuf Ibrahim Abdirahman Mahad Liban Said Farah Abdikarim Bashir Hamza Osman Guled Warsame",
    10,
)
SO_S = ranked(
    "Mohamed Abdi Ahmed Ali Hassan Omar Farah Yusuf Warsame Jama Abdullahi Osman Hussein Nur Aden Ismail Dahir Egal Abdulle Mohamud Guleed",
    10,
)
PL_F = ranked(
    "Anna Katarzyna Maria Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Elżbieta Joanna Aleksandra Monika Zofia Teresa Danuta Natalia Karolina Marta Beata Dorota Justyna Agata Urszula",
    10,
)
PL_M = ranked(
    "Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Stanisław Jakub Adam Marek Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Jerzy Maciej Kamil Rafał Robert",
    10,
)
PL_S = ranked(
    "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Nowicki Jabłoński Wróbel Górski Sikorski",
    10,
)
FA_F = ranked(
    "Fatemeh Zahra Maryam Narges Leila Mina Shirin Parisa Samira Nasrin Azadeh Roya Golnar Soheila Mahsa Ladan Nazanin Shadi Yasaman Tara Farnaz Parvin",
    10,
)
FA_M = ranked(
    "Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Majid Behrouz Farhad Dariush Kourosh Babak Arash Omid Navid Payam Siamak Kaveh Shahram Parviz",
    10,
)
FA_S = ranked(
    "Mohammadi Hosseini Ahmadi Rezaei Moradi Karimi Jafari Rahimi Hashemi Mousavi Sadeghi Ghasemi Kazemi Rostami Ebrahimi Najafi Tehrani Shirazi Esfahani Ahmadzadeh Hosseinzadeh Farahani Nouri Bagheri Zamani",
    10,
)
BCS_F = ranked(
    "Amra Emina Jasmina Selma Lejla Ajla Amela Mirela Dragana Jelena Ana Marija Ivana Snežana Milica Sanja Vesna Azra Aida Mirsada Dijana Maja Tanja",
    10,
)
BCS_M = ranked(
    "Mehmed Ahmed Adnan Amir Emir Edin Senad Haris Nermin Dragan Zoran Goran Milan Nenad Dejan Ivan Marko Stjepan Josip Tomislav Mirza Admir Kenan Jasmin",
    10,
)
BCS_S = ranked(
    "Hodžić Hadžić Kovačević Delić Hasanović Mehmedović Begić Husić Ibrahimović Alić Halilović Salihović Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Horvat Kovačić Babić Marić Jurić Novak Knežević Perić Mujić Softić Omerović",
    10,
)
TR_F = ranked(
    "Fatma Ayşe Emine Hatice Zeynep Elif Meryem Şerife Sultan Hülya Derya Esra Özlem Gül Büşra Merve Ebru Seda Aylin Deniz Songül Nurcan",
    10,
)
TR_M = ranked(
    "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Emre Burak Kemal Serkan Cem Yasin Erkan",
    10,
)
TR_S = ranked(
    "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Erdoğan Güneş",
    10,
)
ER_F = ranked(
    "Senait Helen Selam Luwam Rahel Semhar Ruta Freweini Tsega Yodit Saba Mebrat Almaz Feven Hiwet Winta Meron Eden Elsa Abrehet",
    10,
)
ER_M = ranked(
    "Tesfay Yonas Dawit Mehari Berhane Tekle Yohannes Filmon Samuel Daniel Habte Kidane Mussie Aron Efrem Robel Semere Ghirmay Amanuel Isaias",
    10,
)
ER_S = ranked(
    "Tesfay Gebremedhin Tekle Haile Berhane Kidane Gebreyesus Tewelde Mehari Ghebremichael Asmerom Habte Woldemariam Ghebre Abraha Negash Yemane Fesehaye Andemariam Kahsay",
    10,
)
AF_F = ranked(
    "Fatima Zahra Maryam Nazanin Shabnam Farida Mariam Parwana Zainab Fereshta Roya Nilofar Masooma Hasina Freshta Gulalai Laila Mursal Tahmina Sima",
    10,
)
AF_M = ranked(
    "Mohammad Ahmad Ali Abdul Hamid Reza Mustafa Hussain Jawad Morteza Sayed Nasir Rahmatullah Farid Habib Javid Qasim Wahid Zabihullah Bilal Yama Omid",
    10,
)
AF_S = ranked(
    "Ahmadi Hosseini Mohammadi Rahimi Sultani Hashimi Karimi Rezai Nazari Jafari Amiri Hakimi Haidari Noori Sadat Stanikzai Popal Wardak Safi Rasuli",
    10,
)
TH_F = ranked(
    "Siriporn Malee Achara Kanya Suda Pranee Nittaya Ratana Wanida Sunisa Pornthip Jintana Lamai Aree Nok Ploy Supaporn Kannika Duangjai Araya",
    10,
)
TH_M = ranked(
    "Somchai Somsak Prasert Sombat Anan Chaiyaphon Kittisak Wichai Surachai Thanakorn Narong Niran Preecha Suthep Boonmee Chatchai Panya Apichat Krit Thawatchai",
    10,
)
TH_S = ranked(
    "Saetang Srisuk Wongsawat Chaiyaphum Boonyarat Sukprasert Phromma Thongdee Kaewkla Srisawat Chanthara Rattanakorn Jaidee Somboon Suwannarat Intharat Phanthong Sirisuk Thongkham Yodsaeng",
    10,
)
LA_F = ranked(
    "María Carolina Camila Valentina Francisca Javiera Catalina Constanza Daniela Fernanda Paula Isabel Gabriela Alejandra Verónica Claudia Patricia Marcela Lorena Soledad Ximena Andrea",
    10,
)
LA_M = ranked(
    "José Juan Luis Carlos Jorge Cristián Felipe Sebastián Matías Diego Francisco Pablo Rodrigo Alejandro Manuel Héctor Patricio Gonzalo Ignacio Andrés Mauricio Claudio",
    10,
)
LA_S = ranked(
    "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez Castro Vargas Álvarez Vásquez Sánchez Fernández",
    10,
)
KU_F = ranked(
    "Shilan Rojin Berivan Nasrin Avin Dilan Hêvî Jiyan Zilan Newroz Sozdar Gulistan Leyla Rozerin Bêrîvan Shirin Helin Viyan Rezan Delal",
    10,
)
KU_M = ranked(
    "Azad Rebin Kawa Dilshad Shivan Baran Hoger Sherwan Serhat Bakhtiyar Karwan Rizgar Aram Hawar Zana Delshad Soran Rekan Hejar Rêbaz",
    10,
)
KU_S = ranked(
    "Ahmed Ali Hassan Mustafa Rashid Aziz Karim Barzani Hawrami Kurdi Zebari Doski Amedi Jaf Sindi Mahmoud Bakir Abdullah Omer Salih",
    10,
)
UA_F = ranked(
    "Olena Tetiana Nataliia Iryna Oksana Yuliia Svitlana Kateryna Anastasiia Mariia Viktoriia Halyna Liudmyla Alina Daria Sofiia Nadiia Larysa Inna Valentyna",
    10,
)
UA_M = ranked(
    "Oleksandr Serhii Andrii Volodymyr Dmytro Mykola Oleh Ivan Yurii Vasyl Viktor Maksym Bohdan Taras Artem Vitalii Roman Denys Petro Mykhailo",
    10,
)
UA_S = ranked(
    "Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko",
    10,
)
IN_F = ranked(
    "Priya Ananya Divya Pooja Neha Sneha Kavya Anjali Lakshmi Deepa Meera Shreya Aishwarya Nandini Swati Rekha Sunita Aditi Ishita Riya",
    10,
)
IN_M = ranked(
    "Rahul Amit Rajesh Arjun Vikram Sanjay Ravi Suresh Anil Karthik Vijay Rohan Aditya Siddharth Manoj Prakash Ajay Nikhil Harish Deepak",
    10,
)
IN_S = ranked(
    "Kumar Sharma Singh Patel Reddy Gupta Rao Nair Iyer Shah Joshi Mehta Verma Das Menon Pillai Agarwal Chopra Malhotra Bhat",
    10,
)

# --- the US Census 1990 (copied from the `names` package's data files; per cent as weight) ---
US_F_ROWS = (
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
    ("Marianne", 0.042),
)  # fmt: skip
US_M_ROWS = (
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
    ("Alton", 0.033), ("Archie", 0.033), ("Marco", 0.033), ("Wm", 0.033), ("Pete", 0.032),
    ("Randolph", 0.032), ("Garry", 0.032), ("Geoffrey", 0.032), ("Jonathon", 0.032),
    ("Felipe", 0.032), ("Bennie", 0.032), ("Gerardo", 0.032), ("Ed", 0.032), ("Dominic", 0.032),
    ("Robin", 0.032), ("Loren", 0.032), ("Delbert", 0.031), ("Colin", 0.031), ("Guillermo", 0.031),
    ("Earnest", 0.031),
)  # fmt: skip
US_S_ROWS = (
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
    ("Shelton", 0.039), ("Barrett", 0.039), ("Obrien", 0.039), ("Castro", 0.039),
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

US_F = census(US_F_ROWS)
US_M = census(US_M_ROWS)
US_S = census(US_S_ROWS)

ORIGINS = {
    "swedish": Origin(SV_F, SV_M, SV_S),
    "us": Origin(US_F, US_M, US_S),
    "uk": Origin(UK_F, UK_M, UK_S),
    "finnish": Origin(FI_F, FI_M, FI_S),
    "arabic": Origin(AR_F, AR_M, AR_S),
    "somali": Origin(SO_F, SO_M, SO_S),
    "polish": Origin(PL_F, PL_M, PL_S),
    "persian": Origin(FA_F, FA_M, FA_S),
    "bcs": Origin(BCS_F, BCS_M, BCS_S),
    "turkish": Origin(TR_F, TR_M, TR_S),
    "eritrean": Origin(ER_F, ER_M, ER_S),
    "afghan": Origin(AF_F, AF_M, AF_S),
    "thai": Origin(TH_F, TH_M, TH_S),
    "latin": Origin(LA_F, LA_M, LA_S),
    "kurdish": Origin(KU_F, KU_M, KU_S),
    "ukrainian": Origin(UA_F, UA_M, UA_S),
    "indian": Origin(IN_F, IN_M, IN_S),
}

# Who is named, per language of the row: roughly Sweden's population for Swedish text, the
# readerships of British and American local papers for English, a Swedish workplace for mixed.
MIXES = {
    "sv": {
        "swedish": 70, "arabic": 5.5, "finnish": 4, "polish": 2.5, "persian": 2.2, "bcs": 2.4,
        "somali": 2, "turkish": 1.6, "kurdish": 1.5, "afghan": 1.4, "eritrean": 1.2,
        "ukrainian": 1.2, "latin": 1, "thai": 1, "indian": 0.8, "uk": 0.7, "us": 0.6,
    },
    "en": {
        "uk": 40, "us": 36, "swedish": 8, "indian": 3, "polish": 2, "arabic": 1.5, "latin": 1.5,
        "somali": 0.8, "turkish": 0.8, "ukrainian": 0.8, "finnish": 0.8, "bcs": 0.5,
        "persian": 0.5, "thai": 0.4, "kurdish": 0.3, "afghan": 0.4, "eritrean": 0.3,
    },
    "mixed": {
        "swedish": 52, "uk": 10, "us": 9, "arabic": 4.5, "finnish": 3, "polish": 3, "bcs": 2.2,
        "persian": 2.2, "somali": 1.6, "turkish": 1.5, "kurdish": 1.3, "afghan": 1.2,
        "indian": 1.5, "ukrainian": 1.2, "eritrean": 1, "latin": 1, "thai": 0.8,
    },
}  # fmt: skip

# Short forms people go by, per origin: given name -> its short forms.
NICKNAMES = {
    "swedish": {
        "Lars": ("Lasse",), "Mikael": ("Micke",), "Joakim": ("Jocke",), "Karl": ("Kalle",),
        "Per": ("Pelle", "Pär"), "Johan": ("Jojje",), "Christoffer": ("Stoffe",),
        "Thomas": ("Tompa",), "Marcus": ("Mackan",), "Magnus": ("Mange",), "Mattias": ("Matte",),
        "Niklas": ("Nicke",), "Tobias": ("Tobbe",), "Robert": ("Robban",), "Fredrik": ("Fredde",),
        "Gustav": ("Gurra", "Gusse"), "Patrik": ("Pata",), "Jesper": ("Jeppe",), "Ola": ("Olle",),
        "Olof": ("Olle",), "Anders": ("Ante",), "Daniel": ("Danne",), "Sebastian": ("Sebbe",),
        "Alexander": ("Alex", "Acke"), "Andreas": ("Andy",), "Kristoffer": ("Kricke",),
        "Ingemar": ("Imse",), "Göran": ("Göte",), "Roger": ("Roffe",), "Rolf": ("Roffe",),
        "Kenneth": ("Kenta",), "Leif": ("Leffe",), "Stefan": ("Steffe",), "Hans": ("Hasse",),
        "Sven": ("Svenne",), "Bengt": ("Bengan",), "Emil": ("Emme",), "Viktor": ("Vicke",),
        "Elisabeth": ("Lisa", "Lisbeth", "Bettan"), "Margareta": ("Maggan", "Greta"),
        "Kristina": ("Kicki", "Stina"), "Christina": ("Kicki", "Tina"), "Birgitta": ("Gittan", "Birgit"),
        "Charlotte": ("Lotta",), "Susanne": ("Sussie", "Sanna"), "Katarina": ("Kattis", "Katta"),
        "Cecilia": ("Cissi",), "Johanna": ("Jossan",), "Josefin": ("Jossan",), "Therese": ("Tessan",),
        "Viktoria": ("Vickan",), "Gunilla": ("Gunnel",), "Marianne": ("Majsan",),
        "Ann-Christin": ("Anki",), "Annika": ("Anki",), "Madeleine": ("Madde",), "Matilda": ("Tilda",),
        "Alexandra": ("Sandra", "Alex"), "Louise": ("Lollo",), "Helena": ("Lena",), "Ingrid": ("Inga",),
        "Karolina": ("Kajsa",), "Caroline": ("Caro",),
    },
    "uk": {
        "Elizabeth": ("Liz", "Beth", "Lizzie"), "Jennifer": ("Jen", "Jenny"), "Rebecca": ("Becky",),
        "Samantha": ("Sam",), "Victoria": ("Vicky",), "Margaret": ("Maggie", "Peggy"),
        "Catherine": ("Cathy", "Kate"), "Katherine": ("Kate", "Kath"), "Patricia": ("Pat", "Trish"),
        "Susan": ("Sue",), "Nicola": ("Nicky",), "Deborah": ("Debbie",), "Christine": ("Chris",),
        "Alexandra": ("Alex",), "Abigail": ("Abby",), "Eleanor": ("Ellie",), "Harriet": ("Hattie",),
        "William": ("Will", "Bill", "Billy"), "Robert": ("Rob", "Bob", "Robbie"),
        "Richard": ("Rich", "Dick"), "Michael": ("Mike", "Mick"), "Thomas": ("Tom", "Tommy"),
        "James": ("Jim", "Jimmy", "Jamie"), "Christopher": ("Chris",), "Anthony": ("Tony",),
        "Stephen": ("Steve",), "Steven": ("Steve",), "Andrew": ("Andy", "Drew"), "Daniel": ("Dan", "Danny"),
        "Matthew": ("Matt",), "Edward": ("Ed", "Eddie", "Ted"), "Joseph": ("Joe",),
        "Benjamin": ("Ben",), "Samuel": ("Sam",), "Alexander": ("Alex", "Sandy"), "Nicholas": ("Nick",),
        "David": ("Dave", "Davy"), "Peter": ("Pete",), "Kenneth": ("Ken", "Kenny"), "Gerald": ("Gerry",),
        "Terence": ("Terry",), "Raymond": ("Ray",), "Ronald": ("Ron", "Ronnie"), "Frederick": ("Fred",),
        "Charles": ("Charlie",), "Geoffrey": ("Geoff",), "Timothy": ("Tim",), "Philip": ("Phil",),
    },
    "us": {
        "Elizabeth": ("Liz", "Beth", "Betty"), "Jennifer": ("Jen", "Jenny"), "Patricia": ("Pat", "Patty"),
        "Margaret": ("Peggy", "Meg"), "Susan": ("Sue", "Susie"), "Deborah": ("Deb", "Debbie"),
        "Kimberly": ("Kim",), "Cynthia": ("Cindy",), "Katherine": ("Kathy", "Katie"),
        "Rebecca": ("Becky",), "Christine": ("Chris", "Chrissy"), "Barbara": ("Barb",),
        "Robert": ("Bob", "Bobby", "Rob"), "William": ("Bill", "Billy", "Will"),
        "Richard": ("Rick", "Rich"), "Michael": ("Mike",), "James": ("Jim", "Jimmy"),
        "Joseph": ("Joe", "Joey"), "Thomas": ("Tom", "Tommy"), "Christopher": ("Chris",),
        "Daniel": ("Dan", "Danny"), "Matthew": ("Matt",), "Anthony": ("Tony",), "Steven": ("Steve",),
        "Edward": ("Ed", "Eddie"), "Ronald": ("Ron",), "Kenneth": ("Ken",), "Timothy": ("Tim",),
        "Gregory": ("Greg",), "Jeffrey": ("Jeff",), "Nicholas": ("Nick",), "Benjamin": ("Ben",),
        "Charles": ("Chuck", "Charlie"), "Donald": ("Don",), "Lawrence": ("Larry",),
        "Douglas": ("Doug",), "Raymond": ("Ray",), "Gerald": ("Jerry",), "Walter": ("Walt",),
    },
    "finnish": {"Juhani": ("Jussi",), "Matti": ("Masa",), "Johannes": ("Juha",), "Kaarina": ("Kaija",)},
    "polish": {"Małgorzata": ("Gosia",), "Katarzyna": ("Kasia",), "Aleksandra": ("Ola",), "Tomasz": ("Tomek",), "Krzysztof": ("Krzysiek",), "Piotr": ("Piotrek",)},
    "arabic": {"Mohammed": ("Mo", "Hamoudi"), "Abdullah": ("Abdu",)},
    "ukrainian": {"Oleksandr": ("Sasha",), "Volodymyr": ("Volodya",), "Kateryna": ("Katia",)},
    "latin": {"Francisco": ("Pancho",), "José": ("Pepe",), "Francisca": ("Pancha",)},
}  # fmt: skip
