# ruff: noqa: E501
"""Name pools for held-out EB (issue 15): who is named, weighted by how often people carry the name.

Written by EB's writer from general knowledge (Swedish lists in the order of SCB's name
statistics, UK lists in the order of the ONS rankings, the commonest names of the origins common in
Sweden) and from the US Census 1990 lists (`dist.female.first`, `dist.male.first`,
`dist.all.last`, public domain, copied from the `names` package with the census per cent as
weight). Nothing here was checked against rung's lexicons; no name was left out or put in for
being known or unknown to the detector. Each list is written in rank order: weight 1/rank unless a
per cent is given (`Name:0.123`); the first `head` names are the head, the rest the tail. A `_`
in a list stands for a space (`von_Platen`).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from a list's head with this probability, else from its tail


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


def pool(text: str, head: int) -> Pool:
    """A list in rank order: 1/rank, or the per cent written after a colon."""
    names: list[str] = []
    weights: list[float] = []
    for rank, item in enumerate(text.split(), start=1):
        name, _, pct = item.partition(":")
        name = name.replace("_", " ")
        if name in names:
            raise ValueError(f"{name} twice in a list")
        names.append(name)
        weights.append(float(pct) if pct else 1 / rank)
    return Pool(tuple(names), tuple(weights), min(head, len(names)))


_PLAIN = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "đ": "dj",
        "Đ": "Dj",
        "ı": "i",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "Ae",
        "ß": "ss",
    }
)


def plain(word: str) -> str:
    """The word typed without its letters: `Wiśniewski` -> `Wisniewski`, `Đorđević` -> `Djordjevic`."""
    word = word.translate(_PLAIN)
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch)
    )


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: -ski -> -ska, -cki -> -cka, -dzki -> -dzka."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# Sweden: SCB's name statistics, in their order as the writer knows them (1/rank); head 150.
SV_WOMEN = """
Anna Eva Maria Karin Sara Kristina Lena Emma Kerstin Marie Ingrid Malin Sofia Jenny Birgitta Linda
Hanna Elin Ida Johanna Annika Susanne Carina Inger Monica Elisabeth Margareta Ulla Helena Camilla
Julia Linnéa Cecilia Åsa Anneli Maja Therese Louise Elsa Amanda Ebba Alice Matilda Frida Gunilla
Agneta Jessica Anette Erika Lisa Ulrika Katarina Moa Ann Barbro Wilma Josefin Caroline Anita Ellen
Astrid Siv Gunnel Klara Pia Alva Ella Viktoria Britt Lina Emelie Marianne Mona Elisabet Yvonne
Irene Charlotte Ingela Madeleine Karolina Lovisa Agnes Saga Felicia Nora Stina Rebecka Tove Sandra
Veronica Linn Ann-Marie Gun Marita Christina Jennie Emilia Selma Ingegerd Alicia Vera Olivia
Ingeborg Elvira Lilly Isabelle Evelina Mikaela Petra Sofie Ylva Helen Annelie Lotta Tilda Greta
Signe Tyra Ester Hedvig Märta Elise Nellie Freja Alma Ellinor Isabella Meja Stella Ronja Thea
Edith Svea Iris Elina Mira Clara Hilda Solveig Berit Margit Gudrun Inga Britt-Marie Ann-Christin
Anna-Karin Marina Jeanette Heléne Catarina Sanna Paula Natalie Emmy Hilma Vendela Tindra Liv
Nathalie Jonna Rut Majken Ingegärd Birgit Dagny Gerd Gertrud Gunvor Hjördis Ingalill Ingmarie
Kristin Lillemor Lisbeth Magdalena Mariana Monika Nina Ragnhild Rigmor Ruth Sigrid Sonja Tina
Ulrica Vivianne Åsa-Lena Ann-Sofie Ann-Louise Anna-Lena Eva-Lena Maj-Britt Britt-Inger Lise-Lott
Marie-Louise Ann-Katrin Anna-Carin Elsie Elvy Hillevi Inez Irma Kajsa Katja Laila Lovis Maud Mimmi
Minna Mirjam Molly Nadja Nova Olga Pernilla Pauline Rakel Rosa Rosita Siri Solbritt Stephanie
Susann Sylvia Teresia Tora Tuva Ulla-Britt Unni Valborg Viola Vilma Viveka Vivi Yasmin Zara Agda
Alfhild Alexandra Angelica Annette Antonia Aurora Beatrice Bella Bodil Carin Carolina Cornelia
Daniela Denise Doris Edla Eira Elly Embla Emmeli Engla Erica Estelle Evy Fanny Filippa Fredrika
Gabriella Gisela Gull Gullan Gunhild Hanne Harriet Hedda Helga Henny Ingvor Isa Jasmine Josefine
Julie Juni Kaisa Karla Lea Leia Lilian Lisen Livia Lova Lovise Lykke Maj Majvor Malva Marit Melina
Melissa Mia Michaela Miranda Nanna Nelly Nicole Noomi Petronella Rebecca Regina Rose-Marie Sabina
Sally Signhild Sigyn Siw Sofi Stefanie Tekla Thyra Tilde Tova Vanja Vivan Wendela Åse Alida Amelia
Ariana Aina Britta Dagmar Ellie Elna Freya Gunborg Ingeli Irén Jolin Judit Lilja Lo Mathilda Meta
Novalie Siv-Britt Wanja Yrsa Asta Augusta Beda Cajsa Charlotta Dorotea Eleonora Elfrida Emy Gerda
Hulda Idun Linnea Lisbet Lotten Madelene Malou Margot Marta Nea Ninni Ottilia Sanne Sigbritt
Svanhild Vilhelmina Karolin Jenni Jennifer Josefina Annica Kamilla Katrin Katharina
"""
SV_MEN = """
Lars Mikael Anders Johan Per Erik Karl Peter Jan Thomas Daniel Fredrik Hans Andreas Stefan Bengt
Mats Magnus Bo Jonas Mattias Alexander Nils Marcus Oskar Martin Björn Leif Henrik Sven Patrik
Göran Christer Ulf Niklas Lennart Kent Gustav David Robert Tommy Roger Emil Simon Rolf Viktor
Jonathan William Lucas Sebastian Filip Christian Anton Joakim Kjell Håkan Åke Stig Tobias Rickard
Axel Johnny Hugo Elias Jakob Adam Liam Oliver Isak Gunnar Ingemar Roland Claes Kenneth Olof Gustaf
Dan Torbjörn Jesper Carl Robin Ove Arne Kurt Jörgen Jimmy Rasmus Ludvig Noah Theo Albin Leo Elliot
Viggo Melvin Vincent Edvin Hampus Max Linus Ola Pontus Tomas Sten Kristoffer Jens Kristian
Karl-Erik Lars-Erik Gösta Bertil Rune Sune Ingvar Evert Harald Alf Gert Conny Arvid Malte Sixten
Otto Love Charlie Alvin Melker Wilmer Frans Sam Kevin Dennis Emanuel Samuel Benjamin Josef Hannes
Felix August Valter Harry Loke Mohammed Erling Henning Ivar Ture Tage Allan Folke Birger Sigvard
Sture Bernt Bror Einar Helge Holger Yngve Lage Gunnar-Erik Per-Olof Jan-Erik Karl-Johan Lars-Göran
Per-Anders Nils-Erik Bo-Göran Carl-Johan Jan-Olof Sven-Erik Hans-Olof Anders-Petter Ebbe Eskil
Fabian Gabriel Gideon Gottfrid Greger Hilding Inge Isidor Jarl Joel Julius Kalle Kasper Konrad
Krister Lauritz Lukas Mauritz Mårten Natanael Nicklas Nikolaj Olle Orvar Oscar Paul Petter Ragnar
Reinhold Rikard Ronny Rudolf Seth Sigurd Sivert Stellan Staffan Sölve Teodor Tim Tor Torsten
Tryggve Ulrik Valdemar Vidar Vilhelm Vilgot Walter Wille Östen Abbe Adrian Albert Ali Alfred Algot
Artur Assar Bengt-Åke Björn-Erik Casper Colin Dag Douglas Edgar Edvard Egon Elis Elof Enar Eric
Erland Ernst Esbjörn Fritiof Georg Gillis Gunder Gusten Halvar Herbert Herman Hjalmar Idris
Ingvald Ivan Jacob Jerker Jim John Jonatan Josua Kennet Kim Kjell-Åke Klas Knut Kåre Lennarth
Leopold Levi Linnar Lowe Ludwig Manfred Matteus Milton Morgan Måns Neo Nore Odd Olav Ossian Patric
Per-Erik Pierre Ricky Ruben Runar Salomon Set Sigge Sonny Svante Sverker Sören Thorsten Torgny
Torvald Uno Urban Valentin Waldemar Werner Wiktor Yusuf Åsmund Öjvind Anselm Arnold Benny Birk
Carl-Henrik Christoffer Curt Elvin Emrik Enok Frank Henric Hilmer Ingmar Isac Jack Jan-Åke Janne
Jean Joar Jon Kenny Lars-Olof Leonard Leon Magne Mathias Noel Osvald Per-Olov Pär Roy Teo Thor
Tommie Torkel Vilmer Wilhelm Kent-Åke Lars-Åke Per-Åke Bo-Inge Sven-Åke Hans-Erik Elmer Niclas
Nicolas
"""
SV_SURNAMES = """
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson
Berglund Fredriksson Sandberg Henriksson Ali Forsberg Sjöberg Mohammed Wallin Engström Ahmed
Eklund Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson
Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Hassan
Nordström Mårtensson Lundström Viklund Björklund Eliasson Pålsson Berggren Sandström Lund Nordin
Ström Åberg Hermansson Ekström Holmgren Falk Dahlberg Hellström Hedlund Sundberg Sjögren Ek Blom
Abrahamsson Martinsson Öberg Andreasson Strömberg Månsson Mohamed Åkesson Hansen Norberg Lindholm
Dahl Hussein Omar Jonasson Holmqvist Engberg Nordqvist Lindahl Sundström Ibrahim Lindblom
Söderström Höglund Ekberg Nordlund Hedberg Sjöström Lindell Nyman Westerberg Kristiansson Lindblad
Englund Nordgren Petersson Adolfsson Sundqvist Törnqvist Forsman Lindroth Malmberg Nygren
Söderlund Ivarsson Boström Lindkvist Stenberg Rosén Edlund Ottosson Borg Åström Sundin Nielsen
Jensen Sjödin Öhman Backman Hedström Dahlgren Lindén Ekman Högberg Karlström Sjölund Nordberg
Granberg Roos Wiklund Melin Lindh Hallberg Bergkvist Blomberg Hedman Fors Ljungberg Ståhl Lilja
Palm Frisk Rask Modig Stark Kvist Rydberg Abdi Yilmaz Nguyen Jovanovic Sundell Berntsson Carlsson
Alm Larsen Axelson Bäckström Strand Grahn Hagberg Hagström Hammar Hedin Hellberg Holmström
Jakobson Jernberg Johnsson Kjellberg Klang Kling Knutsson Lagerlöf Larsén Lindeberg Ljung Lundell
Lundmark Löfstedt Malm Marklund Mattson Moberg Nord Nordlander Norén Nykvist Näslund Olausson
Olander Pettersen Rehn Rosenberg Rosengren Rydén Sandin Selin Sjöholm Skoog Stenström Strid Sundén
Svärd Svanberg Söderholm Thorén Tidström Vikström Wahlberg Wahlström Wallén Wennberg Westin
Zetterberg Åkerman Åslund Ödman Östberg Östlund Kallio Niemi Lahti Keskitalo Mäkitalo Pekkari
Heikkilä Vinsa Kuoppa Rantatalo Aho Hietala Alatalo Pohjanen Tapio Mäki Salo Sarri Lantto Nutti
Kuhmunen Blind Sara Labba Omma Wallenius Ehrnberg Rudberg Gyllenhammar Hammarström Cederlund
Cederberg Lilliehöök Sparre Wachtmeister Lewenhaupt Gyllenstierna Stackelberg Rålamb von_Platen
af_Klercker von_Essen De_Geer af_Ugglas von_Sydow af_Trolle von_Otter von_Schantz af_Petersens
von_Knorring Adelsvärd Hamilton Bonde Horn Banér Oxenstierna Silfverschiöld Nordenskiöld
Lagercrantz Klingspor Tamm Trolle Fleetwood Uggla Ankarcrona Liljeqvist Frost Hjort Qvist Kron
Lejon Vall Gren Hök Ros Sten Dufva Kihlberg Lövgren Flodin Brodin Bodin Dalin Elg Friberg Grönlund
Hallin Hult Jäderberg Kvarnström Mellberg Nordenfelt Råberg Skarp Wiberg Wikander Zander Ahlberg
Ahlgren Almqvist Appelqvist Bergendahl Blixt Boman Brandt Dahlström Ekdahl Enström Fagerlund
Granlund Hellqvist Hjelm Holst Ingvarsson Jarl Kullberg Kärrman Lundahl Lönn Mäkinen Nordahl
Nyqvist Ragnarsson Sahlin Schön Sjöqvist Staaf Thunberg Unger Vesterlund Wester Wretman Yngvesson
Åhlund Ängquist Örn
"""

# The UK: ONS rankings of given names and the commonest surnames, as the writer knows their
# order (1/rank); head 130 for given names, 150 for surnames.
UK_WOMEN = """
Sarah Emma Claire Laura Rebecca Gemma Lisa Nicola Amy Louise Rachel Charlotte Helen Jennifer
Katie Samantha Hannah Victoria Jessica Lucy Emily Sophie Kelly Joanne Michelle Stephanie
Elizabeth Amanda Susan Karen Julie Jane Margaret Catherine Deborah Alison Jacqueline Tracey
Angela Caroline Elaine Dawn Donna Joanna Natalie Kerry Kirsty Leanne Zoe Hayley Jade Chloe Olivia
Amelia Isla Ava Mia Grace Ella Lily Poppy Isabella Sophia Freya Evie Holly Megan Lauren Bethany
Abigail Georgia Eleanor Alice Harriet Florence Phoebe Ruby Daisy Millie Rosie Matilda Erin Anna
Jasmine Maisie Eva Scarlett Imogen Esme Niamh Siobhan Fiona Kathryn Patricia Christine Linda
Janet Pauline Carol Sandra Wendy Gillian Lorraine Maureen Sharon Julia Diane Sally Ann Anne
Valerie Beverley Brenda Heather Lynn Shirley Jean Sheila Joan Barbara Mary Doreen Sylvia Irene
Eileen Hilda Betty Dorothy Marjorie Rita Audrey Kathleen Frances Marion Gwen Rhiannon Bethan
Ffion Seren Cerys Eilidh Morag Ailsa Catriona Aisling Ciara Aoife Roisin Sinead Priya Aisha
Fatima Zainab Amira Maryam Nadia Yasmin Bronwen Tamsin Verity Felicity Philippa Henrietta
Imelda Josephine Rosemary Hazel Ivy Violet Edith Mabel Lottie Nancy Maya Aria Willow Sienna Ada
Elsie Harper Luna Orla Eliza Clara Beatrice Iris Martha Penelope Thea Aurora Mollie Sadie Tilly
Darcie Summer Skye Megan-Rose Kayleigh Stacey Danielle Lindsey Marie Carly Toni Abbie Shannon
Naomi Bridget Leah Elise Jodie Lydia Fay Colette Yvonne Paula Teresa Bernadette Moira Agnes
"""
UK_MEN = """
David John Michael Paul Andrew Mark James Peter Richard Robert Stephen Christopher Ian Daniel
Thomas Matthew Simon Gary Anthony Steven William Martin Kevin Jonathan Neil Lee Adam Alan
Jason Craig Darren Stuart Philip Graham Nicholas Benjamin Samuel Joseph Jack Oliver Harry George
Charlie Jacob Alfie Noah Oscar Leo Freddie Archie Arthur Muhammad Theo Henry Thomas-James Edward
Joshua Luke Ryan Liam Connor Callum Jamie Aaron Nathan Dean Wayne Carl Scott Shaun Gareth
Brian Kenneth Keith Colin Trevor Roger Malcolm Derek Barry Terence Raymond Geoffrey Dennis
Norman Gordon Frank Ronald Roy Stanley Leslie Harold Albert Frederick Ernest Alfred Douglas
Rhys Owen Dylan Gethin Iwan Emyr Ewan Angus Fraser Hamish Callum-John Ruaridh Declan Ciaran
Cian Conor Sean Patrick Niall Padraig Mohammed Ahmed Ali Hassan Imran Omar Rohan Arjun Ravi
Sanjay Vikram Kai Isaac Elijah Jude Reggie Teddy Rory Louis Max Finley Toby Ethan Tyler Kieran
Reece Jordan Bradley Ashley Ross Marcus Dominic Julian Rupert Giles Hugo Tristan Crispin Nigel
Clive Russell Howard Lawrence Vincent Bernard Gerald Cyril Percy Reginald Wilfred Cecil Harvey
Lewis Elliot Mason Logan Lucas Jake Tom Sam Ben Rob Tim Alex Will Dan Matt Phil Jim Joe
Stewart Grant Duncan Alistair Gregor Kyle Jay Mitchell Spencer Glenn Lloyd Tony
Jeremy Robin Hugh Edmund Ralph Francis Miles Benedict Barnaby Rafe Ollie Bobby Ronnie Tommy
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
Bradley Spencer Gill Dawson Ball Burton O'Brien Watts Rose Booth Perry Ryan Grant Wells
Armstrong Francis Rees Hayes Hart Hudson Newman Barrett Webster Hunter Gregory Carr Lowe Page
Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland Hawkins Harding Porter Robertson Newton
Oliver Reed Kennedy Williamson Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry Burgess
Bishop Walton Burns Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls Hamilton Byrne
Sutton McDonald Yates Hodgson Robson Curtis Hopkins O'Connor Harper Coleman Watkins Moss
McCarthy Chambers O'Neill Griffin Sharp Hardy Wheeler Potter Osborne Johnston Gordon Doyle
Wallace George Jordan Hutchinson Rowe Burke May Pritchard Gilbert Willis Higgins Read Miles
Stevenson Stephenson Hammond Arnold Buckley Walters Hewitt Barber Nelson Slater Austin Sullivan
Whitehouse Randall Kirk Fraser Jarvis Lamb Dobson Pickering Ashworth Bamford Brennan Cartwright
Dalton Eaton Fairclough Gallagher Hargreaves Ingham Kenyon Lockwood Mellor Nuttall Ormerod
Pilling Quinn Rhodes Sutcliffe Thornton Uttley Whittaker Crowther Greenwood Haigh Illingworth
Jowett Lister Naylor Oldroyd Pollard Ramsden Stansfield Tattersall Wadsworth
Llewellyn Pugh Vaughan Bowen Jenkin Prosser Gwynne Meredith MacLeod MacKenzie MacDonald
Sinclair Gunn Munro Cameron Paterson Ferguson Douglas Drummond Kerr Boyle Duffy Gallacher Quigley
Maguire Devlin Hegarty McLaughlin Nolan Kavanagh Chowdhury Rahman Akhtar Mahmood Iqbal Sharma
Gupta Mistry Chauhan Okafor Adeyemi Mensah Asante Nowak Kowalski
Fernandes Pereira Nguyen Chen Wong Li Zhang Yilmaz Demir
"""

# The US: the Census 1990 lists, the census per cent as weight; head 150.
US_WOMEN = """
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
Anne:0.228 Jacqueline:0.228 Wanda:0.226 Bonnie:0.223 Julia:0.223 Ruby:0.221 Lois:0.220 Tina:0.220
Phyllis:0.219 Norma:0.218 Paula:0.217 Diana:0.216 Annie:0.216 Lillian:0.211 Emily:0.208
Robin:0.208 Peggy:0.208 Crystal:0.207 Gladys:0.205 Rita:0.204 Dawn:0.202 Connie:0.200
Florence:0.200 Tracy:0.197 Edna:0.197 Tiffany:0.195 Carmen:0.195 Rosa:0.194 Cindy:0.192
Grace:0.189 Wendy:0.185 Victoria:0.180 Edith:0.179 Kim:0.178 Sherry:0.178 Sylvia:0.177
Josephine:0.177 Thelma:0.175 Shannon:0.175 Sheila:0.175 Ethel:0.174 Ellen:0.173 Elaine:0.173
Marjorie:0.173 Carrie:0.171 Charlotte:0.169 Monica:0.166 Esther:0.166 Pauline:0.165 Emma:0.165
Juanita:0.164 Anita:0.162 Rhonda:0.162 Hazel:0.161 Amber:0.160 Eva:0.159 Debbie:0.157 April:0.154
Leslie:0.154 Clara:0.153 Lucille:0.153 Jamie:0.153 Joanne:0.150 Eleanor:0.150 Valerie:0.149
Danielle:0.149 Megan:0.147 Alicia:0.146 Suzanne:0.145 Michele:0.145 Gail:0.145 Bertha:0.143
Darlene:0.142 Veronica:0.142 Jill:0.142 Erin:0.141 Geraldine:0.141 Lauren:0.137 Cathy:0.137
Joann:0.136 Lorraine:0.135 Lynn:0.135 Sally:0.135 Regina:0.133 Erica:0.130 Beatrice:0.130
Dolores:0.129 Bernice:0.128 Audrey:0.127 Yvonne:0.126 Annette:0.125 June:0.125 Samantha:0.124
Marion:0.122 Dana:0.122 Stacy:0.121 Ana:0.120 Renee:0.120 Ida:0.118 Vivian:0.118 Roberta:0.117
Holly:0.117 Brittany:0.117 Melanie:0.116 Loretta:0.115 Yolanda:0.115 Jeanette:0.115 Laurie:0.114
Katie:0.113 Kristen:0.111 Vanessa:0.111 Alma:0.111 Sue:0.111 Elsie:0.110 Beth:0.110 Jeanne:0.109
Vicki:0.109 Carla:0.107 Tara:0.107 Rosemary:0.107 Eileen:0.105 Terri:0.105 Gertrude:0.103
Lucy:0.103 Tonya:0.102 Ella:0.101 Stacey:0.101 Wilma:0.099 Gina:0.099 Kristin:0.099 Jessie:0.098
Natalie:0.098 Agnes:0.098 Vera:0.098 Willie:0.097 Charlene:0.097 Bessie:0.096 Delores:0.095
Melinda:0.094 Pearl:0.094 Arlene:0.094 Maureen:0.092 Colleen:0.092 Allison:0.092 Tamara:0.092
Joy:0.091 Georgia:0.091 Constance:0.091 Lillie:0.090 Claudia:0.090 Jackie:0.090 Marcia:0.090
Tanya:0.089 Nellie:0.089 Minnie:0.089 Marlene:0.088 Heidi:0.088 Glenda:0.088 Lydia:0.086
Viola:0.086 Courtney:0.086 Marian:0.086 Stella:0.085 Caroline:0.085 Dora:0.084 Jo:0.083
Vickie:0.082 Mattie:0.081 Terry:0.080 Maxine:0.079 Irma:0.079 Mabel:0.078 Marsha:0.078
Myrtle:0.078 Lena:0.077 Christy:0.077 Deanna:0.076 Patsy:0.076 Hilda:0.075 Gwendolyn:0.074
Jennie:0.073 Nora:0.073 Margie:0.072 Nina:0.072 Cassandra:0.072 Leah:0.072 Penny:0.071 Kay:0.071
Priscilla:0.071 Naomi:0.071 Carole:0.071 Brandy:0.070 Olga:0.070 Billie:0.069 Dianne:0.069
Tracey:0.069 Leona:0.069 Jenny:0.068 Felicia:0.068 Sonia:0.068 Miriam:0.066 Velma:0.066
Becky:0.066 Bobbie:0.065 Violet:0.065 Kristina:0.065 Toni:0.064 Misty:0.063 Mae:0.063
Shelly:0.062 Daisy:0.062 Ramona:0.062 Sherri:0.062 Erika:0.061 Katrina:0.061 Claire:0.061
Lindsey:0.060 Lindsay:0.060 Geneva:0.059 Guadalupe:0.059 Belinda:0.059 Margarita:0.059
Sheryl:0.059 Cora:0.058 Faye:0.058 Ada:0.057 Natasha:0.057 Sabrina:0.057 Isabel:0.057
Marguerite:0.056 Hattie:0.056 Harriet:0.056 Molly:0.055 Cecilia:0.055 Kristi:0.055 Brandi:0.055
Blanche:0.055 Sandy:0.055 Rosie:0.055 Joanna:0.055 Iris:0.055 Eunice:0.054 Angie:0.054 Inez:0.053
Lynda:0.053 Madeline:0.052 Amelia:0.052 Alberta:0.052 Genevieve:0.051 Monique:0.051 Jodi:0.051
Janie:0.051 Maggie:0.051 Kayla:0.051 Sonya:0.051 Jan:0.051 Lee:0.051 Kristine:0.051 Candace:0.051
Fannie:0.050 Maryann:0.050 Opal:0.050 Alison:0.050 Yvette:0.050 Melody:0.050 Luz:0.049
Susie:0.049 Olivia:0.049 Flora:0.049 Shelley:0.049 Kristy:0.048 Mamie:0.048 Lula:0.048 Lola:0.048
Verna:0.048 Beulah:0.048 Antoinette:0.048 Candice:0.046 Juana:0.046 Jeannette:0.046 Pam:0.046
Kelli:0.046 Hannah:0.045 Whitney:0.045 Bridget:0.045 Karla:0.044 Celia:0.044 Latoya:0.043
Patty:0.043 Shelia:0.043 Gayle:0.043 Della:0.043 Vicky:0.043 Lynne:0.043 Sheri:0.042
Marianne:0.042 Kara:0.041 Jacquelyn:0.041 Erma:0.041 Blanca:0.041 Myra:0.040 Leticia:0.040
Pat:0.040 Krista:0.040 Roxanne:0.040 Angelica:0.039 Johnnie:0.039 Robyn:0.039 Francis:0.039
Adrienne:0.039 Rosalie:0.039 Alexandra:0.039 Brooke:0.039 Bethany:0.039 Sadie:0.039
Bernadette:0.039
"""
US_MEN = """
James:3.318 John:3.271 Robert:3.143 Michael:2.629 William:2.451 David:2.363 Richard:1.703
Charles:1.523 Joseph:1.404 Thomas:1.380 Christopher:1.035 Daniel:0.974 Paul:0.948 Mark:0.938
Donald:0.931 George:0.927 Kenneth:0.826 Steven:0.780 Edward:0.779 Brian:0.736 Ronald:0.725
Anthony:0.721 Kevin:0.671 Jason:0.660 Matthew:0.657 Gary:0.650 Timothy:0.640 Jose:0.613
Larry:0.598 Jeffrey:0.591 Frank:0.581 Scott:0.546 Eric:0.544 Stephen:0.540 Andrew:0.537
Raymond:0.488 Gregory:0.441 Joshua:0.435 Jerry:0.432 Dennis:0.415 Walter:0.399 Patrick:0.389
Peter:0.381 Harold:0.371 Douglas:0.367 Henry:0.365 Carl:0.346 Arthur:0.335 Ryan:0.328 Roger:0.322
Joe:0.321 Juan:0.316 Jack:0.315 Albert:0.314 Jonathan:0.313 Justin:0.311 Terry:0.311 Gerald:0.309
Keith:0.308 Samuel:0.306 Willie:0.302 Ralph:0.282 Lawrence:0.282 Nicholas:0.275 Roy:0.273
Benjamin:0.270 Bruce:0.263 Brandon:0.260 Adam:0.259 Harry:0.251 Fred:0.251 Wayne:0.249
Billy:0.248 Steve:0.246 Louis:0.243 Jeremy:0.242 Aaron:0.240 Randy:0.232 Howard:0.230
Eugene:0.230 Carlos:0.229 Russell:0.224 Bobby:0.223 Victor:0.222 Martin:0.216 Ernest:0.215
Phillip:0.213 Todd:0.213 Jesse:0.209 Craig:0.206 Alan:0.204 Shawn:0.200 Clarence:0.197 Sean:0.197
Philip:0.197 Chris:0.197 Johnny:0.195 Earl:0.193 Jimmy:0.191 Antonio:0.190 Danny:0.190
Bryan:0.190 Tony:0.190 Luis:0.189 Mike:0.189 Stanley:0.186 Leonard:0.186 Nathan:0.185 Dale:0.184
Manuel:0.181 Rodney:0.180 Curtis:0.180 Norman:0.177 Allen:0.174 Marvin:0.171 Vincent:0.168
Glenn:0.167 Jeffery:0.166 Travis:0.166 Jeff:0.166 Chad:0.165 Jacob:0.165 Lee:0.162 Melvin:0.162
Alfred:0.162 Kyle:0.160 Francis:0.160 Bradley:0.159 Jesus:0.155 Herbert:0.155 Frederick:0.154
Ray:0.153 Joel:0.152 Edwin:0.148 Don:0.145 Eddie:0.144 Ricky:0.141 Troy:0.138 Randall:0.138
Barry:0.134 Alexander:0.132 Bernard:0.127 Mario:0.125 Leroy:0.125 Francisco:0.124 Marcus:0.124
Micheal:0.123 Theodore:0.123 Clifford:0.123 Miguel:0.122 Oscar:0.122 Jay:0.118 Jim:0.118
Tom:0.117 Calvin:0.115 Alex:0.115 Jon:0.115 Ronnie:0.113 Bill:0.112 Lloyd:0.112 Tommy:0.112
Leon:0.112 Derek:0.112 Warren:0.110 Darrell:0.108 Jerome:0.108 Floyd:0.107 Leo:0.106 Alvin:0.105
Tim:0.104 Wesley:0.104 Gordon:0.104 Dean:0.104 Greg:0.104 Jorge:0.104 Dustin:0.103 Pedro:0.103
Derrick:0.103 Dan:0.101 Lewis:0.099 Zachary:0.099 Corey:0.098 Herman:0.097 Maurice:0.097
Vernon:0.097 Roberto:0.097 Clyde:0.095 Glen:0.094 Hector:0.094 Shane:0.093 Ricardo:0.093
Sam:0.092 Rick:0.091 Lester:0.091 Brent:0.090 Ramon:0.090 Charlie:0.090 Tyler:0.089 Gilbert:0.089
Gene:0.087 Marc:0.087 Reginald:0.084 Ruben:0.082 Brett:0.082 Angel:0.082 Nathaniel:0.081
Rafael:0.081 Leslie:0.081 Edgar:0.080 Milton:0.080 Raul:0.079 Ben:0.078 Chester:0.078 Cecil:0.078
Duane:0.077 Franklin:0.077 Andre:0.076 Elmer:0.074 Brad:0.073 Gabriel:0.073 Ron:0.072
Mitchell:0.072 Roland:0.072 Arnold:0.072 Harvey:0.072 Jared:0.071 Adrian:0.069 Karl:0.069
Cory:0.068 Claude:0.068 Erik:0.068 Darryl:0.067 Jamie:0.066 Neil:0.066 Jessie:0.065
Christian:0.065 Javier:0.065 Fernando:0.065 Clinton:0.065 Ted:0.064 Mathew:0.064 Tyrone:0.064
Darren:0.064 Lonnie:0.064 Lance:0.063 Cody:0.063 Julio:0.063 Kelly:0.063 Kurt:0.062 Allan:0.061
Nelson:0.061 Guy:0.060 Clayton:0.060 Hugh:0.060 Max:0.059 Dwayne:0.059 Dwight:0.058 Armando:0.058
Felix:0.058 Jimmie:0.058 Everett:0.057 Jordan:0.056 Ian:0.056 Wallace:0.056 Ken:0.055 Bob:0.055
Jaime:0.055 Casey:0.054 Alfredo:0.054 Alberto:0.053 Dave:0.053 Ivan:0.053 Johnnie:0.052
Sidney:0.052 Byron:0.052 Julian:0.052 Isaac:0.051 Morris:0.051 Clifton:0.050 Willard:0.050
Daryl:0.050 Ross:0.050 Virgil:0.049 Andy:0.049 Marshall:0.049 Salvador:0.049 Perry:0.049
Kirk:0.049 Sergio:0.049 Marion:0.048 Tracy:0.048 Seth:0.048 Kent:0.048 Terrance:0.048 Rene:0.048
Eduardo:0.047 Terrence:0.047 Enrique:0.046 Freddie:0.046 Wade:0.045 Austin:0.044 Stuart:0.044
Fredrick:0.043 Arturo:0.043 Alejandro:0.043 Jackie:0.043 Joey:0.043 Nick:0.043 Luther:0.043
Wendell:0.042 Jeremiah:0.042 Evan:0.042 Julius:0.042 Dana:0.042 Donnie:0.041 Otis:0.041
Shannon:0.040 Trevor:0.040 Oliver:0.040 Luke:0.040 Homer:0.040 Gerard:0.040 Doug:0.040
Kenny:0.039 Hubert:0.039 Angelo:0.039 Shaun:0.039 Lyle:0.038 Matt:0.038 Lynn:0.038 Alfonso:0.038
Orlando:0.037 Rex:0.037 Carlton:0.037 Ernesto:0.037 Cameron:0.037 Neal:0.037 Pablo:0.036
Lorenzo:0.036 Omar:0.036 Wilbur:0.036 Blake:0.036 Grant:0.036 Horace:0.036 Roderick:0.036
Kerry:0.036 Abraham:0.035 Willis:0.035 Rickey:0.035 Jean:0.035 Ira:0.035 Andres:0.034 Cesar:0.034
Johnathan:0.034 Malcolm:0.034 Rudolph:0.034 Damon:0.034 Kelvin:0.034 Rudy:0.034 Preston:0.034
Alton:0.033 Archie:0.033 Marco:0.033 Pete:0.032 Randolph:0.032 Garry:0.032 Geoffrey:0.032
Jonathon:0.032 Felipe:0.032 Bennie:0.032 Gerardo:0.032 Ed:0.032 Dominic:0.032 Robin:0.032
Loren:0.032 Delbert:0.031 Colin:0.031 Guillermo:0.031 Earnest:0.031 Lucas:0.031 Benny:0.030
Noel:0.030 Spencer:0.030 Rodolfo:0.030 Myron:0.030 Edmund:0.030 Garrett:0.029 Salvatore:0.029
Cedric:0.029 Lowell:0.029 Gregg:0.029 Sherman:0.028 Wilson:0.028 Devin:0.028 Sylvester:0.028
Kim:0.028 Roosevelt:0.028 Israel:0.028 Jermaine:0.028 Forrest:0.027
"""
US_SURNAMES = """
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
Barrett:0.039 O'Brien:0.039 Castro:0.039 Sutton:0.038 Gregory:0.038 McKinney:0.038 Lucas:0.038
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
Cobb:0.028 Moody:0.028 Quinn:0.028 Blake:0.028 Maxwell:0.028 Pope:0.028 Floyd:0.027 Osborne:0.027
Paul:0.027 McCarthy:0.027 Guerrero:0.027 Lindsey:0.027 Estrada:0.027 Sandoval:0.027 Gibbs:0.027
Tyler:0.027 Gross:0.027 Fitzgerald:0.027 Stokes:0.027 Doyle:0.027 Sherman:0.027
"""

# Origins common in Sweden: the commonest given names and surnames as the writer knows them
# (1/rank, head 10). Arabic includes Assyrian/Syriac names; Eritrean and Somali surnames are
# fathers' names; Latin American surnames are drawn twice (paternal and maternal) in most names.
FINNISH = (
    """Tuula Ritva Pirjo Leena Sari Päivi Anne Tiina Marja Eija Hannele Riitta Seija Kaija Merja
    Sirpa Minna Satu Aino Raija Helmi Marjut Sanna Heidi Jaana Katja Laura Emilia Aila Terttu
    Marjatta Liisa""",
    """Juha Timo Matti Kari Mikko Jari Antti Jukka Mika Markku Pekka Hannu Heikki Seppo Ari Sami
    Janne Petri Tuomas Ville Pentti Esa Jarmo Veikko Raimo Kalevi Tapio Eero Olli Lauri Reijo""",
    """Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen
    Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo
    Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hyvönen
    Kallio Leinonen Miettinen""",
)
ARABIC = (
    """Fatima Maryam Zainab Noor Sara Layla Amira Aya Hiba Rania Huda Nadia Rasha Lina Dalia
    Yasmin Samira Mariam Hanan Rana Ghada Suha Zahra Ninve Shamiram Nahrin Ninorta Atorina Lamis
    Rahaf Batoul Ruqaya""",
    """Mohammed Ahmed Ali Hassan Hussein Omar Mahmoud Khaled Mustafa Youssef Ibrahim Abdullah
    Karim Samir Ammar Haider Mohamad Bashar Rami Firas Tariq Adnan Nabil Walid Jamal Sargon Ninos
    Ashur Gabriel Habib Yacoub Fadi Elias Aziz Qusay Mazin""",
    """Ali Mohammed Ahmed Hassan Hussein Ibrahim Abdullah Khalil Saleh Mahmoud Jaber Al-Saadi
    Al-Obaidi Al-Jubouri Al-Tamimi Al-Khafaji Abbas Jasim Kadhim Haddad Nasser Yousef Shamoun
    Barsoum Saliba Gabriel Aho Danho Lahdo Malke Yakoub Odisho Gewargis Khoshaba Al-Hashimi
    Khalaf Suleiman""",
)
SOMALI = (
    """Fadumo Hodan Amina Sahra Hawa Ayan Asha Halima Khadija Hibo Ifrah Nasra Sagal Ubah Ladan
    Sucaad Maryan Filsan Deeqa Hamdi Ikran Ruqiya Nimco Samsam Ilhan Hamda""",
    """Mohamed Abdi Ahmed Ali Hassan Abdirahman Abdullahi Omar Yusuf Mahad Liban Abdikadir Hamza
    Ismail Farah Guled Bashir Said Osman Mustafe Abdiaziz Jama Hussein Idris Awil Abdiwali""",
    """Mohamed Ali Ahmed Hassan Abdi Omar Hussein Yusuf Farah Osman Ismail Warsame Jama Abdullahi
    Hersi Aden Nur Said Ibrahim Mohamud Elmi Dahir Gedi Egal Abdille Hirsi Guled Muse Adan""",
)
POLISH = (
    """Anna Katarzyna Maria Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Elżbieta Joanna
    Aleksandra Monika Zofia Teresa Danuta Natalia Karolina Marta Beata Dorota Halina Jadwiga
    Justyna Grażyna Iwona Paulina Agata Bożena Wiesława""",
    """Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Stanisław Jakub Adam Marek Łukasz
    Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Rafał Kamil Robert Jerzy Tadeusz Józef
    Bartosz Maciej Przemysław Sławomir Wiesław""",
    """Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak
    Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski
    Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski
    Olszewski Stępień Malinowski Jaworski Adamczyk Dudek Nowicki Pawlak Górski Witkowski Sikora
    Zawadzki Czarnecki Sawicki Wysocki Sadowski Jasiński Chmielewski Szczepański Kołodziej""",
)
PERSIAN = (
    """Maryam Fatemeh Zahra Shirin Parisa Nasrin Leila Mahnaz Azadeh Sara Neda Roya Shabnam Mina
    Niloufar Golnaz Mitra Soraya Farzaneh Elham Fereshteh Negar Sanaz Yasaman Parvin Shahla
    Forough""",
    """Mohammad Ali Reza Hossein Mehdi Amir Hamid Mohsen Saeed Majid Behrouz Dariush Babak Kourosh
    Farhad Arash Omid Ramin Peyman Kaveh Nima Shahram Hooman Siamak Bijan Ardalan Payam""",
    """Mohammadi Hosseini Ahmadi Rezaei Moradi Karimi Jafari Rahimi Hashemi Mousavi Ghorbani
    Hosseinzadeh Kazemi Sadeghi Rostami Amini Bagheri Tehrani Shirazi Esfahani Nazari Akbari
    Alavi Farahani Ebrahimi Heidari Salehi Najafi Soltani Zand""",
)
BCS = (
    """Ana Marija Jelena Ivana Amra Emina Azra Lejla Amela Mirela Snežana Dragana Vesna Jasmina
    Mirjana Maja Sanja Aida Selma Nermina Senada Edina Milica Tanja Gordana Ljiljana Mersiha
    Đurđica""",
    """Amir Adnan Mirza Emir Dragan Zoran Goran Milan Nenad Senad Haris Edin Nikola Marko Ivan
    Stefan Damir Mehmed Elvir Jasmin Dejan Srđan Boris Tomislav Dino Almir Nedim Željko""",
    """Hodžić Hadžić Begić Delić Kovačević Petrović Jovanović Nikolić Marković Đorđević Ilić
    Pavlović Babić Horvat Kovačić Marić Jurić Knežević Mehmedović Hasanović Ibrahimović Alić Husić
    Mujić Selimović Omerović Čolić Šarić Popović Stojanović Halilović Tomić Hrustanović""",
)
TURKISH = (
    """Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hanife Merve Özlem Esra Büşra
    Derya Gül Sevgi Hülya Yasemin Aylin Ebru Gülsüm Dilek Nur Songül""",
    """Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil
    Süleyman Abdullah Mahmut Recep Kemal Emre Burak Serkan Erkan Cem Mert Volkan""",
    """Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan
    Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Özer Erdoğan Yavuz Aksoy Güneş Bulut""",
)
ERITREAN = (
    """Helen Selam Luwam Senait Ruta Yohanna Hiwet Mebrat Saba Eden Lidia Rahel Azieb Tsega Feven
    Segen Winta Semhar Hanna Meron Almaz Abrehet Freweini Milena""",
    """Yonas Daniel Yohannes Samuel Tesfay Michael Robel Dawit Filmon Mehari Tekle Habtom Berhane
    Kidane Amanuel Semere Biniam Henok Isaac Aron Merhawi Ermias Kibrom Goitom""",
    """Tesfay Tesfamariam Ghebremedhin Haile Kidane Berhe Tekle Gebremichael Woldemariam Mehari
    Habte Yohannes Asmelash Andemariam Ghebreyesus Negash Abraha Tewelde Mebrahtu Kahsay Ghirmay
    Fessehaye Zerai Okbamichael Weldu""",
)
AFGHAN = (
    """Fatima Zahra Maryam Masooma Shakila Mursal Farzana Marzia Nilofar Sakina Latifa Roya Shabana
    Soraya Parwana Hakima Freshta Malalai Halima Gulalai Mahbooba Nargis Zarmina Sima""",
    """Ahmad Mohammad Ali Reza Hussain Mahdi Mujtaba Ramin Jawad Sajjad Nasir Farid Wahid Hamid
    Rahim Karim Abdullah Sharif Yama Omid Javid Murtaza Naweed Ehsan Shafiq Hamidullah""",
    """Ahmadi Mohammadi Hussaini Rahimi Karimi Noori Rezaie Jafari Sultani Amiri Haidari Sadat
    Hakimi Nazari Popal Wardak Stanekzai Safi Azizi Rasuli Sharifi Ahmadzai Yousufzai Qaderi
    Hashimi""",
)
THAI = (
    """Sunisa Pranee Malee Siriporn Kannika Wanida Nittaya Ratana Supaporn Jintana Duangjai
    Pornthip Anong Kanokwan Ratchanee Pensri Wilai Rungnapa Sasithorn Aree Lamai Chanida Jiraporn
    Nok""",
    """Somchai Somsak Prasert Sombat Wichai Anan Chaiwat Thanakorn Sakda Surachai Kittisak
    Nattapong Apichart Boonsong Pichit Supachai Weerasak Thawatchai Kiattisak Narong Pongsak""",
    """Saetang Srisuk Sukjai Wongsa Chaiyaporn Thongdee Phromma Boonmee Kaewkham Srisawat Chanthong
    Sukprasert Thongsuk Rattanakorn Wongsawat Saelee Sangthong Intarasuk Kongkaew Suwannarat
    Phetsri Panyasiri""",
)
LATIN = (
    """María Ana Carolina Francisca Daniela Camila Javiera Valentina Constanza Paula Catalina
    Fernanda Claudia Patricia Verónica Marcela Paola Andrea Gabriela Carmen Rosa Sofía Lorena
    Ximena Macarena Isabel Soledad""",
    """José Juan Luis Carlos Jorge Cristián Felipe Sebastián Matías Diego Francisco Rodrigo Pablo
    Manuel Alejandro Héctor Patricio Mauricio Andrés Gonzalo Ricardo Claudio Víctor Sergio
    Fernando Nicolás Raúl""",
    """González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez
    López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Ramírez Reyes
    Gutiérrez Castro Vargas Álvarez Vásquez Tapia Fernández Sánchez Carrasco Gómez Cortés Herrera
    Núñez Jara Vergara Rivera Figueroa""",
)
KURDISH = (
    """Rojin Dilan Berivan Avin Shilan Hevin Nazdar Gulistan Zozan Delal Berfin Rezan Viyan Jiyan
    Sozdar Helin Rozerin Kajal Bahar Narin Medya Ronahi Shirin Evin""",
    """Kawa Shivan Dilshad Baran Rebwar Aram Hawre Karwan Sherzad Zana Ciwan Serhad Rizgar Hogir
    Diyar Ari Hemin Bawan Rekan Roj Dara Soran Alan Kardo Azad""",
    """Ahmad Karim Qadir Rashid Aziz Amin Mahmoud Hama Salih Abdulla Hawrami Mirza Bakir Jaf
    Zangana Baban Doski Duhoki Kurdi Sindi Zebari Baran Aslan Demir Yildiz Rasul""",
)
UKRAINIAN = (
    """Olena Tetiana Nataliia Iryna Oksana Svitlana Yuliia Olha Mariia Kateryna Anastasiia
    Viktoriia Liudmyla Halyna Nadiia Alina Daria Anna Inna Larysa Valentyna Sofiia Yana""",
    """Oleksandr Serhii Andrii Volodymyr Oleksii Dmytro Mykola Vasyl Ivan Yurii Viktor Maksym
    Mykhailo Petro Bohdan Taras Artem Vitalii Roman Ihor Denys Pavlo""",
    """Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk
    Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko
    Klymenko Pavlenko Kravchuk Kuzmenko Ponomarenko""",
)
INDIAN = (
    """Priya Anjali Divya Pooja Neha Sneha Deepa Kavya Lakshmi Swati Shreya Ananya Meera
    Aishwarya Nisha Ritu Sunita Aarti Shalini Radhika Harini Pallavi Keerthana Sowmya""",
    """Rahul Amit Rajesh Suresh Vikram Arjun Ravi Karthik Sanjay Anil Prakash Rohit Vijay Srinivas
    Ramesh Aditya Manoj Nikhil Siddharth Ankit Harish Venkatesh Pradeep Sandeep""",
    """Kumar Sharma Singh Patel Reddy Gupta Rao Nair Iyer Shah Agarwal Mehta Joshi Krishnan Menon
    Pillai Verma Das Chatterjee Banerjee Desai Kulkarni Srinivasan Subramanian Bhat Naidu Chopra
    Malhotra""",
)
CHINESE = (
    """Li Fang Jing Ying Hui Min Yan Xiaoyan Mei Lin Yue Xin Ting Na Juan Xue Hong Qian Wen Dan Yu
    Xiaomei""",
    """Wei Jun Lei Tao Yong Jie Hao Peng Qiang Chao Gang Ming Bo Jian Feng Bin Long Yang Zhiwei
    Haoran Yi Xiaoming""",
    """Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng
    Liang Xie Song Tang""",
)
GERMAN = (
    """Sabine Petra Claudia Susanne Andrea Stefanie Julia Katharina Anna Christina Nicole Monika
    Ursula Birgit Anja Kerstin Sandra Heike Lena Laura Lea Sophie Marie Hannah""",
    """Thomas Michael Andreas Stefan Christian Peter Markus Klaus Jürgen Frank Wolfgang Uwe Martin
    Jan Tobias Sebastian Florian Matthias Alexander Daniel Lukas Jonas Felix Maximilian""",
    """Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch
    Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann
    Lange Schmitt Werner Schmitz Krause Meier""",
)


def _origin(texts: tuple[str, str, str], head: int = 10) -> Origin:
    return Origin(pool(texts[0], head), pool(texts[1], head), pool(texts[2], head))


ORIGINS: dict[str, Origin] = {
    "swedish": Origin(pool(SV_WOMEN, 150), pool(SV_MEN, 150), pool(SV_SURNAMES, 150)),
    "us": Origin(pool(US_WOMEN, 150), pool(US_MEN, 150), pool(US_SURNAMES, 150)),
    "uk": Origin(pool(UK_WOMEN, 130), pool(UK_MEN, 130), pool(UK_SURNAMES, 150)),
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
}

# Who is named, per language of the text: roughly as Sweden's population is, Swedish the largest
# in Swedish and mixed text; English text mostly names people from the US and the UK.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "kurdish": 1.5, "turkish": 1.5, "afghan": 1.5, "eritrean": 1.2,
        "ukrainian": 1.2, "latin": 1, "thai": 1, "german": 0.8, "indian": 0.8, "chinese": 0.6,
        "uk": 0.8, "us": 0.6,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 9, "indian": 3, "arabic": 2, "polish": 2, "latin": 2,
        "german": 1.2, "chinese": 1.2, "finnish": 1, "somali": 1, "persian": 1, "turkish": 1,
        "ukrainian": 1, "bcs": 0.8, "thai": 0.6, "eritrean": 0.5, "afghan": 0.5, "kurdish": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 10, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
        "persian": 2.5, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5, "afghan": 1.5,
        "ukrainian": 1.5, "german": 1.2, "indian": 1.2, "eritrean": 1, "thai": 1, "latin": 1,
        "chinese": 0.8,
    },
}  # fmt: skip

# Short forms people go by (given name -> forms), by origin.
NICK_SV = {
    "Lars": ["Lasse"],
    "Mikael": ["Micke"],
    "Joakim": ["Jocke"],
    "Karl": ["Kalle"],
    "Per": ["Pelle", "Pära"],
    "Magnus": ["Manne"],
    "Marcus": ["Mackan"],
    "Thomas": ["Tompa"],
    "Kristoffer": ["Krille"],
    "Christoffer": ["Chrille"],
    "Jan": ["Janne"],
    "Bengt": ["Bengan"],
    "Gustav": ["Gurra", "Gusten"],
    "Fredrik": ["Fredde"],
    "Patrik": ["Patte"],
    "Robert": ["Robban"],
    "Tobias": ["Tobbe"],
    "Sebastian": ["Sebbe"],
    "Mattias": ["Matte"],
    "Mats": ["Matte"],
    "Niklas": ["Nicke"],
    "Stefan": ["Steffe"],
    "Kenneth": ["Kenta"],
    "Torbjörn": ["Tobbe"],
    "Henrik": ["Henke"],
    "Daniel": ["Danne"],
    "Hans": ["Hasse"],
    "Ulf": ["Uffe"],
    "Rolf": ["Roffe"],
    "Ludvig": ["Ludde"],
    "William": ["Wille"],
    "Viktor": ["Vicke"],
    "Jonathan": ["Jonte"],
    "Alexander": ["Alex"],
    "Christian": ["Chrille"],
    "Kristian": ["Krille"],
    "Oskar": ["Ogge"],
    "Carl": ["Calle"],
    "Anders": ["Ante"],
    "Johan": ["Jojje"],
    "Bo": ["Bosse"],
    "Charlotte": ["Lotta"],
    "Susanne": ["Sussie"],
    "Elisabeth": ["Lisa", "Bettan"],
    "Kristina": ["Kicki", "Stina"],
    "Christina": ["Kicki"],
    "Katarina": ["Kattis"],
    "Margareta": ["Maggan"],
    "Birgitta": ["Bittan", "Gittan"],
    "Karolina": ["Karro"],
    "Caroline": ["Carro"],
    "Josefin": ["Jossan"],
    "Johanna": ["Jojjo"],
    "Matilda": ["Tilda"],
    "Viktoria": ["Vickan"],
    "Rebecka": ["Becka"],
    "Madeleine": ["Madde"],
    "Camilla": ["Millan"],
    "Gunilla": ["Gunnis"],
    "Annika": ["Anki"],
    "Louise": ["Lollo"],
    "Linnéa": ["Nea"],
    "Isabelle": ["Bella"],
    "Alexandra": ["Alex"],
    "Emelie": ["Emmie"],
    "Jessica": ["Jessie"],
}
NICK_EN = {
    "William": ["Will", "Bill"],
    "Robert": ["Rob", "Bob"],
    "Richard": ["Rich"],
    "James": ["Jim", "Jamie"],
    "Michael": ["Mike"],
    "Christopher": ["Chris"],
    "Matthew": ["Matt"],
    "Daniel": ["Dan", "Danny"],
    "David": ["Dave"],
    "Thomas": ["Tom"],
    "Anthony": ["Tony"],
    "Joseph": ["Joe"],
    "Charles": ["Charlie"],
    "Edward": ["Ed", "Eddie"],
    "Benjamin": ["Ben"],
    "Samuel": ["Sam"],
    "Nicholas": ["Nick"],
    "Jonathan": ["Jon"],
    "Andrew": ["Andy"],
    "Stephen": ["Steve"],
    "Steven": ["Steve"],
    "Timothy": ["Tim"],
    "Jennifer": ["Jen", "Jenny"],
    "Elizabeth": ["Liz", "Beth"],
    "Katherine": ["Kate", "Katie"],
    "Catherine": ["Cathy", "Kate"],
    "Rebecca": ["Becky", "Becca"],
    "Samantha": ["Sam"],
    "Victoria": ["Vicky"],
    "Margaret": ["Maggie", "Peggy"],
    "Patricia": ["Pat", "Trish"],
    "Susan": ["Sue"],
    "Deborah": ["Debbie"],
    "Jacqueline": ["Jackie"],
    "Alexandra": ["Alex"],
    "Christine": ["Chris"],
    "Kimberly": ["Kim"],
    "Jessica": ["Jess"],
    "Abigail": ["Abby"],
    "Philip": ["Phil"],
    "Gregory": ["Greg"],
    "Kenneth": ["Ken"],
}
NICKNAMES: dict[str, dict[str, list[str]]] = {
    "swedish": NICK_SV,
    "us": NICK_EN,
    "uk": NICK_EN,
    "polish": {"Małgorzata": ["Gosia"], "Katarzyna": ["Kasia"], "Aleksandra": ["Ola"], "Agnieszka": ["Aga"], "Krzysztof": ["Krzysiek"], "Tomasz": ["Tomek"], "Wojciech": ["Wojtek"]},
    "finnish": {"Juha": ["Jussi"], "Matti": ["Masa"], "Hannele": ["Hanne"]},
    "latin": {"Francisca": ["Pancha"], "Francisco": ["Pancho"], "José": ["Pepe"]},
    "ukrainian": {"Oleksandr": ["Sasha"], "Kateryna": ["Katia"], "Volodymyr": ["Volodia"]},
}  # fmt: skip
