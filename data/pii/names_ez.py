# ruff: noqa: E501
"""Name pools of held-out EZ (issue 15): names weighted by how often people carry them.

Written from the writer's general knowledge of the name statistics (SCB's ranks for Sweden, the
ONS rankings for England and Wales, the commonest names of origins common in Sweden), except the
US lists, which are copied from the US Census 1990 files (`dist.female.first`, `dist.male.first`,
`dist.all.last`, public domain) as the `names` package ships them. Every list is in rank order:
weight 1/rank, except the census lists, which carry the census per cent. `head` is how many of a
list's first names make its head; a name word is drawn from the head with `HEAD_SHARE`, else from
the tail, by weight inside each part. No name was checked against anything in the repository.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8


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


def words(text: str) -> tuple[str, ...]:
    """Names from a block of text, one a word; `_` stands for a space inside a name (`von_Platen`)."""
    return tuple(w.replace("_", " ") for w in text.split())


def ranked(names: tuple[str, ...], head: int) -> Pool:
    """A list in rank order: weight 1/rank."""
    assert len(set(names)) == len(names), [n for n in names if names.count(n) > 1]
    return Pool(names, tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names)))


def census(rows: tuple[tuple[str, float], ...], head: int) -> Pool:
    """A census list: the census per cent as weight."""
    names = tuple(n for n, _ in rows)
    assert len(set(names)) == len(names)
    return Pool(names, tuple(w for _, w in rows), head)


# Letters typed plain, as people write names on keyboards without them.
PLAIN = str.maketrans({
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "dj", "Đ": "Dj", "ı": "i", "İ": "I", "ß": "ss",
    "æ": "ae", "Æ": "Ae",
})  # fmt: skip


def plain(name: str) -> str:
    """The name without its letters' marks (`Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`)."""
    name = name.translate(PLAIN)
    decomposed = unicodedata.normalize("NFD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname's feminine form (`Kowalski` -> `Kowalska`, `Nowicki` -> `Nowicka`)."""
    for end, fem in (("dzki", "dzka"), ("ski", "ska"), ("cki", "cka")):
        if surname.endswith(end):
            return surname[: -len(end)] + fem
    return surname


# --- Sweden: SCB's name statistics, in rank order (head the top 150, the rest rarer) ---------

SV_WOMEN = words("""
Maria Anna Margareta Elisabeth Eva Kristina Birgitta Karin Marie Ingrid Christina Linnéa Sofia
Kerstin Lena Helena Emma Marianne Johanna Inger Sara Cecilia Elin Anita Ida Ulla Louise Viola
Hanna Malin Linda Katarina Gunilla Elsa Susanne Julia Annika Ingegerd Matilda Monica Amanda
Jenny Ebba Åsa Astrid Camilla Agneta Alice Märta Ulrika Frida Maja Josefin Wilma Therese Lisa
Klara Ellen Caroline Barbro Gun Irene Elisabet Charlotte Lina Anneli Emelie Sofie Yvonne Gunnel
Ella Alva Moa Nathalie Siv Jessica Pia Britt Ingela Lovisa Ann Emilia Ingeborg Mona Vera Stina
Rebecka Olivia Ester Ellinor Felicia Isabelle Madeleine Mikaela Sandra Ronja Elvira Tilda
Hedvig Marita Gerd Lilian Magdalena Erika Sigrid Berit Carina Jennie Veronica Paulina Alexandra
Rut Elna Helen Ylva Isabella Saga Agnes Selma Tove Viktoria Jeanette Marina Inga Anette Lotta
Lisbeth Sonja Greta Kajsa Lovis Gunhild Margit Emelia Tina Jonna Ingalill Tuva Eva-Britt Elise
Anne Evelina Alma Nellie Majvor Kristin Cornelia Fanny Liv Signe Tyra Ann-Christin Ann-Marie
Anna-Karin Birgit Emmy Harriet Kim
Ann-Sofie Freja Juni Hillevi Hilma Iris Edith Leah Livia Lykke Svea Vilma Idun Majken Novalie
Ines Hjördis Solveig Dagny Ragnhild Ruth Gudrun Rigmor Asta Alfhild Lillemor Git Gunvor Ingrid-Marie
Marie-Louise Eva-Lena Anna-Lena Ann-Britt Britt-Marie Maj-Britt Lisa-Marie Mia Nora Tindra Thea
Leia Meja Stella Ellie Minna Hedda Tekla Elina Amelia Nova Mila Molly Zara Siri Tova
Elly Vendela Alicia Filippa Rosa Kerttu Aina Ingegärd Laila Lilly Märit Gull-Britt Siw Ulrica
Therése Jannike Annelie Carolina Rebecca Johanne Josefine Lotten Emely Emilie Mathilda Evelyn
Angelica Angelika Jasmine Jasmin Melissa Michaela Sabina Denise Miranda Petra Pernilla Susann
Elsie Elsy Ethel Dagmar Helga Ellen-Marie Ingelise Gertrud Valborg Viveka Vivianne Viveca Bodil
Inez Tora Frideborg Edla Hulda Hildur Ebba-Karin Sylvia Katja Mariana Malva Mira Nathalia
Juliana Beatrice Linn Linnea Lea Juno Elvy Inga-Lill Marja Eira Dina Ester-Marie Gisela
Maud Irma Yvette Jill Kicki Majlis Mette Ronia Solvig Ulrike Svanhild Hilda Hannele Lova
Agda Ellen-Sofie Wivianne Rakel Ingbritt Cajsa Matilde Vilja Ilse Estelle Aurora
Inga-Britt Ann-Kristin Ann-Louise Ann-Sofi Anna-Maria Anna-Lisa Eva-Karin Maj Majvi Mimmi Mirja Nanna Nea Noomi
Oda Olga Paula Penny Ragna Rosie Sally Sanna Selina Sigun Sissela Sunniva Tilde Ulla-Britt
Ulla-Karin Una Vanja Vega Wendela Yrsa Agnetha Ann-Charlotte Anna-Greta Bea Bella Blenda Carin Catarina
Christin Daniela Elinor Elvina Evy
""")  # fmt: skip

SV_MEN = words("""
Lars Karl Erik Anders Johan Per Nils Carl Mikael Jan Hans Peter Lennart Olof Gunnar Sven Fredrik
Bo Daniel Gustav Åke Göran Alexander Magnus Stefan Thomas Andreas Martin Jonas Leif Bengt Mats
Oskar Henrik Axel Ulf Bertil Arne Björn Kjell Rolf Stig Christer Ingemar Tommy Viktor Emil
Mattias Patrik Marcus David Johannes Kent Håkan Roger Simon Anton Jonathan Sebastian Niklas
Filip Robert Elias Christian Joakim Oscar Mohammad Gustaf Hugo William Rune Kurt Tobias Claes
Jakob Lucas Rasmus Adam Isak Kenneth Ludvig Ali Oliver Tomas Dan Torbjörn Jörgen Robin Hampus
Linus Jimmy Alf Sten Ove Roland Tord Ingvar Kristoffer Jesper Dennis Christoffer Albin Noah Leo
Theo Alfred Vincent Melvin Edvin Viggo Max Olle Jack Alvin Love Liam Arvid Kevin Lukas Samuel
Gabriel Benjamin Pontus Markus Johnny Conny Harald Sune Allan Sören Lars-Erik Karl-Erik Jan-Erik
Per-Olof Erling Ivar Torsten Anders-Peter Wilhelm Bror Sixten Frans Mohamed Ahmed Jacob Vilhelm
Kim
Melker Vidar Valter Ebbe Malte Folke Gösta Evert Assar Helmer Sigvard Einar Hjalmar Birger Yngve
Algot Knut Ragnar Holger Konrad Gottfrid Egon Elof Enar Artur Osvald Edvard Tage Nore Loke Vide
Charlie Elton Colin Otto Ture Julius Sam Adrian Ville Wilmer Frank Elvin Måns Milo Nelson
Harry Leon Matteo Tim Kasper Casper Lowe August Ruben Teodor Jonatan Anders-Johan Karl-Johan
Per-Erik Sven-Erik Lars-Göran Nils-Erik Bengt-Åke Jan-Olof Lars-Olof Per-Anders Carl-Johan
Hans-Olof Karl-Gustav Stellan Staffan Mauritz Lage Gillis Helge Vilgot Gideon Ingvald Arnold
Fritiof Ossian Joel Ted Mathias Thorbjörn Lennarth Rickard Richard Krister Kristian Pär Per-Åke
Kennet Glenn Peder Pelle Benny Ronny Lasse Tony Jörn Bernt Kaj Inge Gert Gert-Ove
Sture Arvo Lenny Noel Elis Eddie Aron Vilmer Nils-Petter Jens Jarl Torvald Hilding
Bruno Walter Wiktor Ivan Manfred Valdemar Gustaf-Adolf Sigurd Torgny Torkel Ola
Dag Mårten Göte Rutger Fabian Gunder Arve Hannes Hilmer Eskil Sigge Bill Jon Jens-Erik
Leonard Lennie Ragnvald Ingolf Ernst Helmuth Ejnar Verner Rudolf Seth Eliot Ebbot
Alvar Anselm Aksel Alexis Amir Ante Ariel Arnt Bert Boris Carl-Axel Carl-Gustaf Casimir Christopher
Curt Dick Douglas Edgar Edwin Eilert Emanuel Eric Erland Evald Felix Ferdinand Frej Fritz
Georg Gerhard Gregor Hadar Halvar Henning Herbert Ingmar Isac Jerker Jim Joar John Josef
Karl-Axel Kenny Klas Kristofer Levi Loui Magne Matheo Milton Mio Mons Natanael Neo Niclas
Nicklas Nikolas
""")  # fmt: skip

SV_SURNAMES = words("""
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
Lindström Lindqvist Lindgren Axelsson Berg Bergström Lundberg Lind Lundgren Lundqvist Mattsson
Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Wallin Ali Engström Mohamed Eklund
Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Fransson
Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström
Mårtensson Lundström Ahmed Viklund Björklund Eliasson Pålsson Hassan Berggren Sandström Lund
Nordin Ström Åberg Hermansson Ekström Holmgren Sundberg Hedlund Dahlberg Hellström Sjögren
Abrahamsson Falk Martinsson Öberg Andreasson Strömberg Månsson Hansen Åkesson Dahl Lindholm
Norberg Holmqvist Sundqvist Jonasson Sjöström Lindblom Hedberg Lindahl Blom Ek Ekman Nordlund
Engberg Borg Almqvist Sundström Åström Lindén Ekberg Mohammed Göransson Hussein Jensen Nieminen
Stenberg Lindell Sundin Ottosson Johnsson Adolfsson Jakobsen Berntsson Nordqvist Lundholm
Hedström Omar Rosén Nyman Wiklund Dahlgren Malmberg Hallberg Sandin Bergkvist Sundell Strand
Ekholm Söderström Lundkvist Westerberg Törnqvist Forslund Petersson Ivarsson
Blomberg Östlund Thorén Eng Palm Ibrahim
Lindkvist Forsman Hedin Söderlund Wahlström Wennberg Backman Lövgren Edlund Brandt Nordberg
Lundmark Granberg Bäckström Hellberg Olausson Sjödin Åkerman Lindroth Ahlberg Karlström
Mikaelsson Rydberg Wallgren Wallén Edström Ljungberg Lindmark Nordén Sandell Eklöf
Berglöf Grahn Hägg Larsen Melin Gustavsson Svärd Wahlberg Ljung Strömqvist Holmström Nygren
Sandqvist Sahlin Ohlsson Lundell Nyholm Björkman Fors Hammar Almgren Boström Ohlin Ekdahl
Rehn Rask Lilja Blomgren Kjellberg Nordgren Bergh Wester Svedberg Åhman
Stål Frisk Kvist Björling Ahlström Sjölund Öhman Lundahl Carlsson Emanuelsson Hagström
Engman Sjöstrand Lindh Alm Westin Ståhl Strid Rudberg Sörensen Vikström Forsgren Holmén
Ekelund Bodin Enqvist Tornberg Nord Wikberg Andersén Thunberg Hägglund Lagerqvist Rosenberg
Wennström Lundén Söderholm Rydén Ahlqvist Ekvall Åkerlund Lindeberg Dahlström Skoglund
Borgström Friberg Högberg Widén Asplund Sandahl Carlberg Lindvall Löfström
Hedman Nordahl Stenström Jarl Ullman Höglund Österberg Mörk Fagerström Kling
Kindberg Thorsell Rönnqvist Gyllenhammar Lejon Grönlund Ferm Wiberg Sköld Kronberg Envall
Hjelm Norling Silfverberg Nylander Burman Edin Palmqvist Aronsson Sundholm
Löwenborg Lagerlöf Ekwall Uggla Wallenius Fältskog Vinberg Granlund Tallberg
Rosengren Nordenskiöld Hultgren Bjurström Åslund Grip Stjärnberg Stolpe Ehn
Westman Ring Grönberg Bergenholtz Ehrling Söderqvist Kask Isberg Lönn Frid Rådström
von_Platen af_Klercker von_Essen De_Geer von_Sydow af_Ugglas Wachtmeister Lewenhaupt
Gyllenstierna Bonde Oxenstierna von_Rosen
Sjöqvist Ekstrand Hjalmarsson Ragnarsson Lindwall Bolin Brodin Dahlin Ekelöf Forsell Hallin Hedqvist Holmlund Jernberg
Kallin Kjellgren Lagerberg
""")  # fmt: skip

# Short forms Swedes use (a text that calls a colleague so).
NICK_SV = {
    "Lars": ("Lasse",), "Mikael": ("Micke",), "Joakim": ("Jocke",), "Karl": ("Kalle",),
    "Per": ("Pelle", "Pära"), "Thomas": ("Tompa",), "Magnus": ("Mange",), "Fredrik": ("Fredde",),
    "Hans": ("Hasse",), "Gustav": ("Gurra", "Gusten"), "Gustaf": ("Gurra",), "Robert": ("Robban",),
    "Christer": ("Crille",), "Kristoffer": ("Krille",), "Christoffer": ("Kricke", "Chrille"),
    "Stefan": ("Steffe",), "Tobias": ("Tobbe",), "Torbjörn": ("Tobbe",), "Mattias": ("Matte",),
    "Jonas": ("Jonte",), "Marcus": ("Macke",), "Markus": ("Macke",), "Daniel": ("Danne",),
    "Patrik": ("Patte",), "Sebastian": ("Sebbe",), "Niklas": ("Nicke",), "Alexander": ("Alex",),
    "Kenneth": ("Kenta",), "Jan": ("Janne",), "Bengt": ("Bengan",), "Ulf": ("Uffe",),
    "Leif": ("Leffe",), "Olof": ("Olle",), "Nils": ("Nisse",), "Rolf": ("Roffe",),
    "Kjell": ("Kjelle",), "Lennart": ("Lelle",), "Anders": ("Ante",), "Johan": ("Jojje",),
    "Mohammad": ("Mo",), "Mohamed": ("Mo",), "Jimmy": ("Jimpa",), "Viktor": ("Vicke",),
    "Elisabeth": ("Lisa", "Bettan", "Lisen"), "Elisabet": ("Bettan",), "Margareta": ("Maggan", "Greta"),
    "Kristina": ("Kicki", "Stina"), "Christina": ("Kicki", "Stina"), "Birgitta": ("Gittan", "Bitte"),
    "Katarina": ("Kattis", "Kajsa"), "Charlotte": ("Lotta",), "Susanne": ("Sussie", "Sanna"),
    "Gunilla": ("Gunnis",), "Cecilia": ("Cissi", "Cilla"), "Jessica": ("Jessie",),
    "Camilla": ("Milla",), "Annika": ("Anki",), "Alexandra": ("Sandra", "Alex"),
    "Rebecka": ("Becka",), "Josefin": ("Jossan",), "Madeleine": ("Madde",), "Emelie": ("Emmie",),
    "Therese": ("Tessan",), "Viktoria": ("Vickan",), "Matilda": ("Tilda",), "Ingegerd": ("Inga",),
    "Barbro": ("Babsan",), "Jeanette": ("Jenna",), "Marianne": ("Mian",), "Agneta": ("Agge",),
}  # fmt: skip

# --- England and Wales: the ONS rankings, in rank order (adults' generations mixed) ------------

UK_WOMEN = words("""
Susan Sarah Margaret Elizabeth Emma Claire Helen Julie Karen Jane Nicola Mary Patricia Lisa
Jennifer Rachel Laura Amy Rebecca Jessica Hannah Emily Charlotte Sophie Lucy Olivia Amelia
Gemma Joanne Victoria Catherine Katherine Samantha Louise Kelly Michelle Tracey Deborah Alison
Caroline Anne Christine Angela Linda Janet Gillian Jacqueline Sharon Kathryn Lynn Wendy Ruth
Carol Pauline Hazel Sandra Joan Dorothy Barbara Valerie Sheila Jean Maureen Brenda Shirley
Isla Ava Mia Isabella Grace Poppy Ella Lily Evie Sophia Freya Chloe Ellie Alice Daisy Phoebe
Florence Ruby Matilda Harriet Georgia Megan Bethany Natalie Katie Stephanie Zoe Abigail Eleanor
Holly Lauren Jade Danielle Kirsty Hayley Leanne Stacey Donna Lorraine Dawn Tina Diane Sally
Fiona Jill Heather Ann Lesley Marion Beverley Lindsey Anna Amanda Kerry Melanie Vicky Natasha
Jodie Sian Rhian Bethan Ffion Catrin Nia Imogen Maisie Esme Willow Rosie Millie Erin Molly
Scarlett Aria Elsie Ivy Thea Evelyn Sienna Harper Zara Maya Eva Layla Emilia Lola
Martha Nancy Annabel Beatrice Clara Iris Maria Esther Gwen Elaine Yvonne Marie Kim Teresa
Paula Josephine Frances Irene Vera Doris Muriel Edna Gladys Hilda Betty Audrey Norma Rita
Pamela Judith Eileen Gail Glenys Sonia Rosemary Bridget Siobhan Aisling Roisin Niamh Mairead
Kayleigh Chelsea Shannon Courtney Paige Leah Tegan Amber Jasmine Naomi Rosa Aimee Carly Kimberley
Toni Lydia Elise Hermione Verity Camilla Octavia Pippa Tamsin Philippa Lowri Carys
""")  # fmt: skip

UK_MEN = words("""
David John Paul Michael Andrew Peter James Robert Mark Richard Stephen Christopher Ian Simon
Daniel Thomas Matthew Steven Gary Alan Martin Anthony William Jonathan Kevin Neil Lee Craig
Darren Jamie Adam Oliver Jack Harry George Charlie Mohammed Muhammad Noah Leo Oscar Arthur
Alfie Freddie Archie Henry Joshua Benjamin Samuel Joseph Luke Ryan Liam Nathan Dean Wayne
Jason Shaun Carl Graham Keith Colin Brian Kenneth Derek Trevor Barry Roger Geoffrey Malcolm
Raymond Alexander Edward Nicholas Philip Timothy Russell Scott Stuart Gareth Rhys Dylan Owen
Callum Connor Kieran Aaron Ben Jake Lewis Tom Sam Max Toby Theo Jacob Ethan Logan Lucas Isaac
Finley Teddy Reggie Albert Louis Frederick Hugo Rory Ronnie Tommy Stanley Elliot Harrison
Sebastian Dominic Rupert Giles Julian Jeremy Hugh Patrick Sean Declan Ciaran Eoin Niall Gavin
Ross Fraser Euan Angus Hamish Alistair Duncan Gordon Douglas Iain Dafydd Gethin Iwan Huw Aled
Terence Dennis Ronald Leslie Roy Frank Harold Norman Clifford Eric Walter Ernest
Cyril Sidney Victor Bernard Gerald Vincent Francis Lawrence Howard Gregory Nigel Clive Adrian
Grant Glenn Jordan Bradley Marcus Ashley Curtis Mason Kai Tyler Reece Brandon Joel Elijah Jude
Ollie Zachary Felix Jasper Ezra Rafe Otis Ralph Austin Blake Hunter Kyle Tristan Miles Barnaby
""")  # fmt: skip

UK_SURNAMES = words("""
Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson
Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner
Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott
Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter
Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson
Ellis Adams Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain
Campbell Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher
Stevens Jenkins Murray Dixon Harvey Graham Pearson Ahmed Fletcher Walsh Kaur Gibson Howard
Andrews Stewart Elliott Reynolds Saunders Payne Fox Ford Pearce Day Brooks West Lawrence Cole
Atkinson Bradley Spencer Gill Dawson Ball Burton O'Brien Watts Rose Booth Perry Ryan Grant
Wells Armstrong Francis Rees Hayes Hart Hudson Newman Barrett Webster Hunter Gregory Carr Lowe
Page Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland Hawkins Harding Porter Robertson
Newton Oliver Reed Kennedy Williamson Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry
Burgess Bishop Walton Burns Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls Hamilton
Byrne Sutton McDonald Yates Hodgson Robson Curtis Hopkins O'Connor Harper Coleman Watkins Moss
McCarthy Chambers O'Neill Griffin Sharp Hardy Wheeler Potter Osborne Johnston Gordon Doyle
Wallace George Jordan Hutchinson Rowe Burke May Pritchard Gilbert Willis Higgins Read Miles
Stevenson Stephenson Hammond Arnold Buckley Walters Hewitt Barber Nelson Slater Austin
Sullivan Whitehead Mann Frost Lambert Stephens Blake Akhtar Lynch Goodwin Barton Woodward
Thomson Cunningham Quinn Barnett Baxter Bibby Clayton Nash Greenwood Jennings Holt Kemp Poole
Gallagher Bond Stokes Tucker Davidson Fowler Heath Norman Middleton Lawson Banks French
Stanley Jarvis Gibbs Ferguson Hayward Carroll Farmer Dennis Houghton Hanson Pugh Llewellyn
Vaughan Bowen Jeffries Sheppard Pollard Whitaker Kirby Rhodes Sykes Ashworth Brennan Duffy
Kavanagh Fitzgerald McLaughlin Cartwright Dobson Haworth Ingram Lister Metcalfe Naylor Pickering
Ramsden Thornton Wainwright Birch Horton Bentley Bull Fenwick Garside Hargreaves
Iqbal Mahmood Rahman Chowdhury Uddin Mistry Parmar Sandhu Bains Okafor Adeyemi
Mensah Boateng Lloyd-Jones Price-Jones Bowes-Lyon Cholmondeley
Featherstonehaugh Montgomery Fairclough Entwistle Openshaw Postlethwaite Quigley Tennant
""")  # fmt: skip

NICK_EN = {
    "William": ("Bill", "Will", "Billy"), "Robert": ("Rob", "Bob", "Bobby"), "Richard": ("Rich", "Rick"),
    "James": ("Jim", "Jimmy", "Jamie"), "Michael": ("Mike", "Mick"), "Christopher": ("Chris",),
    "Elizabeth": ("Liz", "Beth", "Lizzie"), "Jennifer": ("Jen", "Jenny"), "Katherine": ("Kate", "Kathy"),
    "Catherine": ("Cathy", "Kate"), "Margaret": ("Maggie", "Peggy"), "Patricia": ("Pat", "Tricia"),
    "Rebecca": ("Becky", "Becca"), "Samantha": ("Sam",), "Thomas": ("Tom", "Tommy"), "Anthony": ("Tony",),
    "Daniel": ("Dan", "Danny"), "Matthew": ("Matt",), "Andrew": ("Andy", "Drew"), "Joseph": ("Joe",),
    "David": ("Dave",), "Stephen": ("Steve",), "Steven": ("Steve",), "Edward": ("Ed", "Ted", "Eddie"),
    "Charles": ("Charlie", "Chuck"), "Benjamin": ("Ben",), "Nicholas": ("Nick",), "Alexander": ("Alex",),
    "Jonathan": ("Jon",), "Timothy": ("Tim",), "Victoria": ("Vicky", "Tori"), "Susan": ("Sue", "Suzy"),
    "Deborah": ("Debbie", "Deb"), "Kimberly": ("Kim",), "Jessica": ("Jess",), "Abigail": ("Abby",),
    "Nicola": ("Nicky",), "Alexandra": ("Alex", "Lexi"), "Peter": ("Pete",), "Gregory": ("Greg",),
    "Kenneth": ("Ken",), "Ronald": ("Ron", "Ronnie"), "Donald": ("Don",), "Gerald": ("Gerry",),
    "Jacqueline": ("Jackie",), "Christine": ("Chris", "Chrissie"), "Philip": ("Phil",),
    "Frederick": ("Fred", "Freddie"), "Lawrence": ("Larry",), "Raymond": ("Ray",), "Samuel": ("Sam",),
    "Henry": ("Harry", "Hal"), "Barbara": ("Barb",), "Pamela": ("Pam",), "Cynthia": ("Cindy",),
    "Dorothy": ("Dot", "Dottie"), "Sandra": ("Sandy",), "Amanda": ("Mandy",), "Douglas": ("Doug",),
    "Gareth": ("Gaz",), "Terence": ("Terry",), "Leslie": ("Les",), "Nathan": ("Nate",),
    "Zachary": ("Zach",), "Joshua": ("Josh",), "Oliver": ("Ollie",), "Eleanor": ("Ellie", "Nell"),
    "Josephine": ("Jo", "Josie"), "Joanne": ("Jo",), "Caroline": ("Caro",), "Philippa": ("Pippa",),
    "Frances": ("Fran",), "Judith": ("Judy",), "Gillian": ("Jill", "Gill"), "Valerie": ("Val",),
    "Jeffrey": ("Jeff",), "Gary": ("Gaz",), "Mohammed": ("Mo",), "Muhammad": ("Mo",),
}  # fmt: skip

# --- Origins common in Sweden: their commonest names, in rank order (head the top 10) --------

FI_WOMEN = words("Maria Helena Anneli Johanna Kaarina Marjatta Hannele Kristiina Liisa Emilia Tuula Päivi Sari Anne Pirjo Riitta Minna Aino Sanna Tiina Leena Satu Eila Merja Heidi Sirpa Kirsi Aila Hilkka Marja-Leena")  # fmt: skip
FI_MEN = words("Juhani Johannes Olavi Antero Tapani Kalevi Matti Timo Mikko Jari Kari Pekka Juha Antti Markku Jukka Hannu Heikki Seppo Ville Janne Petri Tuomas Eero Veikko Risto Jouko Esa Tapio Kimmo")  # fmt: skip
FI_SURNAMES = words("Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hyvönen Räsänen Pelkonen")  # fmt: skip

# Iraq, Syria, Lebanon and Palestine, with Assyrian/Syriac names (Ninve, Sargon, Barsoum, Aho).
AR_WOMEN = words("Fatima Maryam Sara Nour Zainab Aisha Amina Hiba Rana Layla Yasmin Huda Rasha Dalia Ruqaya Lina Samira Nadia Reem Shaima Ninve Mariam Shamiram Nahrin Sabrin Rima Ghada Hala Marwa Duaa")  # fmt: skip
AR_MEN = words("Mohammed Ahmad Ali Hassan Hussein Omar Mustafa Ibrahim Khaled Yousef Abdullah Karim Mahmoud Samir Ammar Haider Rami Bassam Fadi Nabil Tariq Saad Ninos Sargon Gabriel Shamoun Yakob Hanna Bashar Waleed Firas Majid Zaid")  # fmt: skip
AR_SURNAMES = words("Ali Mohammed Hassan Ahmed Hussein Ibrahim Abdullah Saleh Khalil Mahmoud Al-Hashimi Al-Jabouri Al-Ani Haddad Khoury Nasser Jaber Mansour Yousef Al-Saadi Hamid Aziz Barsoum Shamoun Issa Gabriel Yacoub Isaac Toma Elias Saliba Aho Al-Obaidi Kassab Said Kanaan Awad")  # fmt: skip

SO_WOMEN = words("Fadumo Hodan Amina Sahra Asha Ayan Hibo Ifrah Khadra Sagal Ubah Hamdi Nasra Ilhan Deeqa Idil Fartun Halimo Leyla Muna Hawa Sucaad Maryan Faiza Zamzam")  # fmt: skip
SO_MEN = words("Mohamed Abdi Ahmed Ali Hassan Abdirahman Abdullahi Omar Yusuf Ismail Mahad Abdikadir Liban Farah Said Hussein Osman Mukhtar Jama Warsame Abdiaziz Bashir Hamza Khalid Guled")  # fmt: skip
SO_SURNAMES = words("Mohamed Ahmed Ali Hassan Abdi Omar Farah Osman Yusuf Hussein Ismail Jama Warsame Abdullahi Nur Aden Elmi Hirsi Mohamud Ibrahim Dahir Guled Egal Duale Adan Abdille Shire Yasin")  # fmt: skip

PL_WOMEN = words("Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Elżbieta Magdalena Joanna Aleksandra Monika Zofia Teresa Danuta Natalia Karolina Marta Beata Dorota Justyna Paulina Jadwiga Iwona Grażyna Urszula")  # fmt: skip
PL_MEN = words("Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Stanisław Jakub Adam Marek Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Jerzy Maciej Kamil Rafał Robert Józef Sławomir Przemysław")  # fmt: skip
PL_SURNAMES = words("Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowicki Zawadzki Sadowski Czarnecki Brzeziński")  # fmt: skip

FA_WOMEN = words("Maryam Fatemeh Zahra Leila Shirin Parisa Neda Mina Nasrin Azadeh Sara Roya Mahsa Nazanin Elham Samira Shabnam Golnaz Fereshteh Parvin Soheila Mitra Yasaman Ladan")  # fmt: skip
FA_MEN = words("Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Majid Babak Behrouz Farhad Dariush Kourosh Arash Navid Omid Payam Hassan Kamran Siamak Peyman Ramin Bijan")  # fmt: skip
FA_SURNAMES = words("Mohammadi Hosseini Ahmadi Rezaei Moradi Karimi Jafari Rahimi Hashemi Mousavi Ebrahimi Ghorbani Rostami Sadeghi Kazemi Nazari Azizi Bagheri Amini Tehrani Shirazi Farahani Sharifi Akbari Najafi Kiani Esfahani")  # fmt: skip

BCS_WOMEN = words("Amra Emina Jasmina Selma Lejla Ajla Amela Maja Ana Marija Jelena Ivana Mirela Sanela Azra Vesna Dragana Snežana Mirjana Nermina Aida Alma Senada Elma Dženana Zorica")  # fmt: skip
BCS_MEN = words("Adnan Amir Emir Mirza Haris Kenan Edin Nermin Senad Samir Damir Dragan Goran Zoran Milan Nikola Marko Ivan Stefan Dejan Nenad Mladen Almir Elvir Jasmin Mehmed Đorđe")  # fmt: skip
BCS_SURNAMES = words("Hodžić Hadžić Begić Delić Husić Mehmedović Hasanović Čolić Kovačević Petrović Jovanović Nikolić Marković Đorđević Stojanović Ilić Popović Horvat Babić Kovačić Jurić Marić Novak Knežević Šarić Suljić Muratović Alić Omerović Salihović Karić Pašić Ahmetović Bešić")  # fmt: skip

TR_WOMEN = words("Ayşe Fatma Emine Hatice Zeynep Elif Merve Esra Özlem Derya Gül Sevgi Hülya Aylin Ebru Büşra Songül Nur Yasemin Leyla Dilek Meryem Gülşen Sibel")  # fmt: skip
TR_MEN = words("Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Emre Burak Yusuf Ömer Kemal Osman Serkan Fatih Can Cem Erdem Tolga Volkan Hakan Ercan Selim")  # fmt: skip
TR_SURNAMES = words("Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Erdoğan Güneş Aksoy Akın Tekin")  # fmt: skip

# Eritrea (and Ethiopia's Tigrinya speakers): the father's given name serves as surname.
ER_WOMEN = words("Senait Yohana Helen Selam Rahel Saba Ruth Mebrat Feven Luwam Hiwet Tsega Winta Semhar Nardos Hanna Azieb Meaza Eden Mihret Lidia")  # fmt: skip
ER_MEN = words("Yonas Daniel Dawit Tesfay Mehari Samuel Berhane Filmon Habtom Yohannes Kidane Tekle Amanuel Biniam Haile Robel Michael Simon Efrem Natnael Abraham")  # fmt: skip
ER_SURNAMES = words("Tesfay Haile Gebremedhin Tekle Berhane Ghebreyesus Kidane Weldemariam Yohannes Mehari Ghirmay Tesfamariam Asmerom Habte Andemariam Tewelde Zerai Okbazghi Woldu Measho Gebre Negash Fesehaye")  # fmt: skip

AF_WOMEN = words("Fatima Maryam Zahra Shabnam Farida Nadia Mina Marzia Zainab Sahar Freshta Lina Mursal Nilofar Parwana Masuda Hasina Laila Roya Nazanin Khadija")  # fmt: skip
AF_MEN = words("Mohammad Ahmad Ali Mustafa Hamid Abdul Reza Jawad Mahdi Hussain Sayed Rahmatullah Farid Wahid Zabihullah Naqibullah Ramin Mansour Karim Omid Shafiq Nasir Hamza")  # fmt: skip
AF_SURNAMES = words("Ahmadi Mohammadi Rahimi Hussaini Rezai Jafari Haidari Karimi Noori Amiri Sultani Hakimi Popal Stanikzai Safi Mohmand Wardak Hashimi Azizi Naseri Yousufzai Sharifi Nazari Qaderi")  # fmt: skip

TH_WOMEN = words("Siriporn Malee Pornthip Sunisa Nattaya Kanya Wanida Jintana Supaporn Lamai Ratana Saowanee Nongluck Kannika Pimchanok Araya Duangjai Chanida Orawan Pranee Yupin Wilai")  # fmt: skip
TH_MEN = words("Somchai Somsak Prasert Anan Surachai Chaiwat Niran Sakchai Wichai Thanawat Kittisak Boonmee Sombat Pongsak Nattapong Anucha Weerapong Chatchai Suriya Arthit")  # fmt: skip
TH_SURNAMES = words("Saetang Srisuk Wongsawat Chaiyaporn Thongchai Sukprasert Rattanakorn Boonyarat Kaewkam Phromma Srisawat Jaidee Intharasuk Nakprasit Chantawong Sangthong Thongdee Bunmee Kongkaew Pongpanich")  # fmt: skip

# Chile and Latin America: two surnames, the father's and the mother's (apellido paterno y materno).
LA_WOMEN = words("María Ana Carolina Claudia Paula Camila Valentina Francisca Javiera Daniela Patricia Carmen Rosa Verónica Marcela Lorena Isabel Gabriela Fernanda Catalina Soledad Ximena Andrea")  # fmt: skip
LA_MEN = words("José Juan Luis Carlos Jorge Francisco Pablo Diego Cristián Sebastián Matías Felipe Rodrigo Andrés Manuel Pedro Javier Patricio Héctor Gonzalo Alejandro Ricardo Mauricio")  # fmt: skip
LA_SURNAMES = words("González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez Castro Pizarro Álvarez Vásquez Sánchez Fernández Ramírez Carrasco Núñez Jara")  # fmt: skip

KU_WOMEN = words("Shilan Rojin Berivan Nasrin Dilan Hana Ronahi Jiyan Avin Lana Shirin Nazdar Soma Rezan Helin Dilnaz Zozan Gulistan Bahar Kani Narin")  # fmt: skip
KU_MEN = words("Azad Karwan Rebwar Dilshad Kawa Hawre Sherko Baran Shvan Aram Rojhat Serhat Zana Dler Hiwa Soran Ako Bakhtiar Diyar Rizgar Hemin Goran")  # fmt: skip
KU_SURNAMES = words("Ahmed Mohammed Ali Mahmoud Rashid Karim Aziz Omar Abdullah Hussein Hama Salih Qadir Faraj Rasul Amin Osman Baban Zangana Mirza Tahir Khidir Jaff Hawrami Doğan Tekin")  # fmt: skip

UA_WOMEN = words("Olena Tetiana Natalia Iryna Svitlana Oksana Yulia Anastasiia Kateryna Olha Mariia Viktoriia Liudmyla Halyna Nadiia Daria Alina Sofiia Inna Larysa")  # fmt: skip
UA_MEN = words("Oleksandr Serhii Andrii Volodymyr Dmytro Mykola Oleh Vasyl Yurii Ivan Viktor Maksym Ihor Petro Bohdan Taras Roman Artem Vitalii Denys")  # fmt: skip
UA_SURNAMES = words("Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko Klymenko Pavlenko")  # fmt: skip

IN_WOMEN = words("Priya Anjali Pooja Divya Sneha Deepa Kavita Lakshmi Sunita Neha Swati Shreya Meera Aishwarya Ananya Ritu Nisha Sangeeta Radha Kavya")  # fmt: skip
IN_MEN = words("Rahul Amit Rajesh Sanjay Vijay Arjun Suresh Ramesh Anil Sunil Vikram Karthik Prakash Manoj Deepak Ravi Arun Aditya Rohit Srinivas Venkatesh Harish")  # fmt: skip
IN_SURNAMES = words("Patel Sharma Singh Kumar Gupta Reddy Iyer Nair Rao Joshi Shah Mehta Agarwal Verma Krishnan Pillai Menon Chatterjee Banerjee Desai Kulkarni Bhat Naidu Mishra Pandey")  # fmt: skip

CN_WOMEN = words("Jing Li Min Yan Hui Ying Xiaoling Mei Lin Hong Yu Na Xin Qian Fang Xiaomei Lei")  # fmt: skip
CN_MEN = words("Wei Lei Jun Hao Jian Yong Tao Ming Qiang Bo Peng Chao Hui Jie Feng Xiang Zhiwei")  # fmt: skip
CN_SURNAMES = words("Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo")  # fmt: skip

DE_WOMEN = words("Sabine Andrea Petra Susanne Claudia Anja Katrin Stefanie Julia Nicole Birgit Monika Ursula Christine Anna Laura Lena Lisa Sandra Kerstin")  # fmt: skip
DE_MEN = words("Thomas Michael Andreas Stefan Peter Christian Frank Markus Wolfgang Klaus Jürgen Matthias Alexander Tobias Jan Lukas Sebastian Uwe Dirk Florian")  # fmt: skip
DE_SURNAMES = words("Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange")  # fmt: skip

# Norway and Denmark, neighbours who come to work and to meetings.
NO_WOMEN = words("Anne Inger Kari Marianne Ingrid Liv Hanne Mette Camilla Kirsten Ida Nora Sofie Ingeborg Randi Line Tone Silje Trine Lene")  # fmt: skip
NO_MEN = words("Jan Per Bjørn Ole Lars Kjell Knut Arne Svein Thomas Jens Søren Niels Morten Henrik Rasmus Mads Kristian Geir Espen")  # fmt: skip
NO_SURNAMES = words("Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen Pettersen Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen Dahl Jørgensen Christensen Sørensen Rasmussen Madsen Nielsen Halvorsen Bakke Solberg")  # fmt: skip


# US Census 1990, dist.female.first: the first 380 names and their per cent of women.
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
    ("Marianne", 0.042),
)  # fmt: skip

# US Census 1990, dist.male.first: the first 380 names and their per cent of men.
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
    ("Alton", 0.033), ("Archie", 0.033), ("Marco", 0.033), ("Wm", 0.033), ("Pete", 0.032),
    ("Randolph", 0.032), ("Garry", 0.032), ("Geoffrey", 0.032), ("Jonathon", 0.032),
    ("Felipe", 0.032), ("Bennie", 0.032), ("Gerardo", 0.032), ("Ed", 0.032), ("Dominic", 0.032),
    ("Robin", 0.032), ("Loren", 0.032), ("Delbert", 0.031), ("Colin", 0.031), ("Guillermo", 0.031),
    ("Earnest", 0.031),
)  # fmt: skip

# US Census 1990, dist.all.last: the first 420 surnames and their per cent of people.
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


NICK_OTHER = {
    "polish": {"Małgorzata": ("Gosia",), "Katarzyna": ("Kasia",), "Aleksandra": ("Ola",), "Krzysztof": ("Krzysiek",), "Tomasz": ("Tomek",), "Wojciech": ("Wojtek",), "Agnieszka": ("Aga",), "Magdalena": ("Magda",), "Joanna": ("Asia",)},
    "arabic": {"Mohammed": ("Mo", "Hamoudi"), "Ibrahim": ("Ibbe",), "Mustafa": ("Musse",), "Abdullah": ("Abbe",), "Yousef": ("Joe",)},
    "persian": {"Mohammad": ("Mo",), "Kourosh": ("Kurre",)},
    "ukrainian": {"Oleksandr": ("Sasha",), "Kateryna": ("Katia",), "Dmytro": ("Dima",), "Anastasiia": ("Nastia",), "Volodymyr": ("Volodia",)},
    "indian": {"Venkatesh": ("Venky",), "Srinivas": ("Srini",), "Aishwarya": ("Aish",), "Rajesh": ("Raj",), "Karthik": ("Karthi",)},
    "latin": {"Francisco": ("Pancho", "Paco"), "José": ("Pepe",), "Alejandro": ("Alex",), "Francisca": ("Fran",), "Patricio": ("Pato",)},
    "finnish": {"Juhani": ("Jussi",), "Matti": ("Masa",), "Markku": ("Make",)},
    "bcs": {"Đorđe": ("Đoka",), "Jasmina": ("Jasna",), "Nermin": ("Neno",)},
    "german": {"Wolfgang": ("Wolfi",), "Christian": ("Chris",), "Stefanie": ("Steffi",), "Alexander": ("Alex",)},
    "us": NICK_EN,
}  # fmt: skip

ORIGINS = {
    "swedish": Origin(ranked(SV_WOMEN, 150), ranked(SV_MEN, 150), ranked(SV_SURNAMES, 150)),
    "us": Origin(census(US_WOMEN, 150), census(US_MEN, 150), census(US_SURNAMES, 150)),
    "uk": Origin(ranked(UK_WOMEN, 130), ranked(UK_MEN, 130), ranked(UK_SURNAMES, 150)),
    "finnish": Origin(ranked(FI_WOMEN, 10), ranked(FI_MEN, 10), ranked(FI_SURNAMES, 10)),
    "arabic": Origin(ranked(AR_WOMEN, 10), ranked(AR_MEN, 10), ranked(AR_SURNAMES, 10)),
    "somali": Origin(ranked(SO_WOMEN, 10), ranked(SO_MEN, 10), ranked(SO_SURNAMES, 10)),
    "polish": Origin(ranked(PL_WOMEN, 10), ranked(PL_MEN, 10), ranked(PL_SURNAMES, 10)),
    "persian": Origin(ranked(FA_WOMEN, 10), ranked(FA_MEN, 10), ranked(FA_SURNAMES, 10)),
    "bcs": Origin(ranked(BCS_WOMEN, 10), ranked(BCS_MEN, 10), ranked(BCS_SURNAMES, 10)),
    "turkish": Origin(ranked(TR_WOMEN, 10), ranked(TR_MEN, 10), ranked(TR_SURNAMES, 10)),
    "eritrean": Origin(ranked(ER_WOMEN, 10), ranked(ER_MEN, 10), ranked(ER_SURNAMES, 10)),
    "afghan": Origin(ranked(AF_WOMEN, 10), ranked(AF_MEN, 10), ranked(AF_SURNAMES, 10)),
    "thai": Origin(ranked(TH_WOMEN, 10), ranked(TH_MEN, 10), ranked(TH_SURNAMES, 10)),
    "latin": Origin(ranked(LA_WOMEN, 10), ranked(LA_MEN, 10), ranked(LA_SURNAMES, 10)),
    "kurdish": Origin(ranked(KU_WOMEN, 10), ranked(KU_MEN, 10), ranked(KU_SURNAMES, 10)),
    "ukrainian": Origin(ranked(UA_WOMEN, 10), ranked(UA_MEN, 10), ranked(UA_SURNAMES, 10)),
    "indian": Origin(ranked(IN_WOMEN, 10), ranked(IN_MEN, 10), ranked(IN_SURNAMES, 10)),
    "chinese": Origin(ranked(CN_WOMEN, 10), ranked(CN_MEN, 10), ranked(CN_SURNAMES, 10)),
    "german": Origin(ranked(DE_WOMEN, 10), ranked(DE_MEN, 10), ranked(DE_SURNAMES, 10)),
    "nordic": Origin(ranked(NO_WOMEN, 10), ranked(NO_MEN, 10), ranked(NO_SURNAMES, 10)),
}

# Short forms by origin: given name -> the forms people use for it.
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {"swedish": NICK_SV, "uk": NICK_EN, **NICK_OTHER}

# Who is named, per language of the text: roughly as Sweden's population is in Swedish and mixed
# text (Swedish largest), and as an English-speaking firm's guests and colleagues are in English.
MIXES = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "afghan": 1.5, "turkish": 1.5, "kurdish": 1.5, "eritrean": 1.2, "ukrainian": 1.2,
        "nordic": 1.2, "thai": 1, "latin": 1, "indian": 1, "german": 0.8, "uk": 0.8, "chinese": 0.6,
        "us": 0.6,
    },
    "en": {
        "us": 36, "uk": 32, "swedish": 10, "indian": 5, "german": 3, "nordic": 2, "chinese": 2,
        "arabic": 2, "polish": 1.5, "latin": 1.5, "finnish": 1, "turkish": 1, "persian": 0.8,
        "ukrainian": 0.8, "somali": 0.6, "bcs": 0.6, "thai": 0.5, "eritrean": 0.4, "afghan": 0.4,
        "kurdish": 0.3,
    },
    "mixed": {
        "swedish": 50, "uk": 9, "us": 8, "arabic": 4.5, "finnish": 3, "indian": 3, "polish": 2.5,
        "german": 2.5, "nordic": 2.5, "persian": 2, "bcs": 2, "somali": 1.3, "turkish": 1.3,
        "kurdish": 1.2, "ukrainian": 1.2, "afghan": 1, "eritrean": 1, "latin": 1, "chinese": 1,
        "thai": 0.8,
    },
}  # fmt: skip
