# ruff: noqa: E501
"""Name pools of held-out BC: who is named, and how often people carry each name.

Written from population statistics only, by a helper who does not tune the detector and who did
not check a single name against rung's lexicons (none was left out for being known or unknown):

- Sweden: given names (women's, men's) and surnames in the order of SCB's name statistics, as the
  writer knows them; weight 1/rank; the head is the top 150, the tail rarer names past them.
- The US: the Census 1990 lists (`dist.female.first`, `dist.male.first`, `dist.all.last` of the
  `names==0.3.0` package, public domain), ranks 1-150 as the head and the rarer ranks 401-640 as
  the tail, with the census's per cent as weight.
- The UK: given names and surnames in the order of the ONS rankings (the given names of the
  cohorts now at work), weight 1/rank**0.85; head the top 120.
- Origins common in Sweden: the commonest given names and surnames of each, in the writer's
  order of frequency, weight 1/rank**0.9; head the top 14 of each list.

Every name word is drawn from a list's head with HEAD_SHARE, else from its tail, by weight.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8


@dataclass
class Pool:
    names: list[str]
    weights: list[float]
    head: int


@dataclass
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def ranked(text: str, head: int, power: float = 1.0) -> Pool:
    """A pool from names in rank order (whitespace-separated; `_` stands for a space)."""
    names: list[str] = []
    for word in text.split():
        word = word.replace("_", " ")
        if word not in names:
            names.append(word)
    return Pool(names, [1 / (i + 1) ** power for i in range(len(names))], min(head, len(names)))


def census(items: tuple[str, ...], head: int = 150) -> Pool:
    names, weights = [], []
    for item in items:
        name, per_cent = item.split(":")
        names.append(name)
        weights.append(float(per_cent))
    return Pool(names, weights, head)


_PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "İ": "I", "ø": "o", "ß": "ss"}
)


def plain(word: str) -> str:
    """The word as typed on a keyboard without its letters: `Wiśniewska` -> `Wisniewska`."""
    word = word.translate(_PLAIN)
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname's feminine form: -ski/-cki/-dzki become -ska/-cka/-dzka."""
    for masc, fem in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(masc):
            return surname[: -len(masc)] + fem
    return surname


# Sweden (SCB's order as the writer knows it; weight 1/rank; head 150, tail the rarer names past them)
SV_F = ranked(
    """
    Anna Eva Maria Karin Sara Kristina Lena Emma Kerstin Ingrid Marie Malin Jenny Hanna Birgitta
    Linda Sofia Annika Elin Susanne Monica Inger Johanna Ulla Margareta Katarina Elisabeth Helena
    Camilla Marianne Julia Åsa Ida Gunilla Ebba Anneli Therese Cecilia Frida Amanda Louise Ulrika
    Agneta Elsa Alice Maja Matilda Lisa Carina Anette Barbro Jessica Josefin Siv Ellen Klara Wilma
    Moa Caroline Emelie Ella Alva Victoria Sandra Madeleine Pia Linnéa Lina Gun Britt Ann Charlotte
    Yvonne Petra Mona Gunnel Lovisa Nathalie Agnes Jennifer Mikaela Ann-Christin Annelie Felicia
    Olivia Saga Elisabet Helen Astrid Rebecka Isabelle Emilia Selma Ingela Viktoria Britt-Marie
    Ylva Anita Irene Berit Gerd Pernilla Ewa Marita Lotta Tove Stina Magdalena Sonja Elvira Alma
    Nellie Tilda Vera Signe Tyra Ines Freja Cornelia Hedvig Märta Greta Ester Solveig Inga
    Ann-Marie Eva-Lena Anna-Karin Rut Maj Lisbeth Veronica Karolina Josefine Linn Tindra Nova Thea
    Iris Hilda Ronja Evelina Stella Ellinor Vendela Molly Liv Engla Meja Sigrid
    Dagny Gudrun Ragnhild Svea Ottilia Rakel Elise Vivianne Margit Kajsa Lova Juni Idun Tuva Embla
    Siri Majken Hillevi Solbritt Ingalill Paulina Tekla Elna Gunhild Benita Charlotta Désirée Fanny
    Gisela Henny Inez Jolin Lilian Maud Nanna Rigmor Thyra Vilja Åse Rosita Mirja Evy Bodil Dagmar
    Elida Gullan Hulda Ingeborg Judit Laila Marit Ninni Sigbritt Tora Valborg Yrsa Agda Alfhild
    Asta Beda Carita Doris Edla Elvy Fredrika Gullvi Hjördis Ingegerd Jonna Kia Leontine Lykke
    Majvor Ragna Sanna Ulrica Wivi Sylvia Edith Mimmi Hedda Isolde
    """,
    head=150,
)
SV_M = ranked(
    """
    Lars Mikael Anders Johan Per Erik Karl Peter Jan Thomas Daniel Fredrik Hans Andreas Bengt Stefan
    Mats Magnus Mattias Bo Jonas Leif Björn Nils Alexander Göran Marcus Martin Ulf Henrik Sven
    Christer Patrik Oskar Kent Joakim David Emil Gustav Lennart Tommy Robert Anton Viktor Simon
    Christian Hampus Kjell Rolf Tobias Roger Ingemar Stig Olof Gunnar Åke Robin Niklas Kenneth
    Rickard Sebastian Filip Jesper William Axel Lucas Oliver Elias Hugo Adam Isak Ludvig Liam Noah
    Linus Jakob Arvid Albin Edvin Melvin Theo Vincent Leo Olle Ove Bertil Sören Roland Arne Rune
    Gösta Kurt Tomas Jörgen Claes Dan Håkan Torbjörn Urban Conny Jimmy Dennis Kim Pontus Gabriel
    Samuel Benjamin Max Felix Jonathan Kevin Jens Ronny Lars-Erik Karl-Johan Per-Olof Jan-Erik Sten
    Inge Bernt Ingvar Gert Kristoffer Carl Christopher Johannes Emanuel Jacob Hannes Torsten Harald
    Evert Einar Tage Holger Valter Birger Folke Ali Mohammed Alfred Elliot Viggo Ebbe Otto Love
    Vilgot Frank Nicklas Lage Sixten
    Algot Anselm Bror Dag Egon Eskil Gillis Halvar Hilding Ivar Jerker Konrad Malkolm Natanael Ossian
    Ragnar Seth Sigvard Tor Ture Wille Yngve Frans Gottfrid Helmer Ingolf Josua Karsten Melker Nore
    Rasmus Sune Tryggve Uno Vidar Åsmund Östen Assar Eilert Elof Fritiof Gerhard Greger Hjalmar
    Ingvald Jarl Julius Kennet Knut Leopold Loke Manne Morgan Orvar Palle Reinhold Sigge Sölve
    Teodor Tord Torvald Valdemar Vilhelm Verner Gunder Hemming Lorens Matteus Nore Odd Rurik Staffan
    Stellan Svante Tjelvar Totte Ulrik Wiktor Yngvar Åsbjörn
    """,
    head=150,
)
SV_LAST = ranked(
    """
    Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
    Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
    Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson
    Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed Engström Eklund
    Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Fransson
    Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström Ahmed
    Mårtensson Lundström Hassan Viklund Björklund Eliasson Pålsson Berggren Sandström Lund Nordin
    Ström Åberg Falk Ekström Hermansson Holmgren Hellström Dahlberg Hedlund Sundberg Sjögren Ek
    Blom Abrahamsson Martinsson Öberg Andreasson Strömberg Månsson Hansen Åkesson Dahl Lindholm
    Norberg Holmqvist Sundström Ekberg Johnsson Nordqvist Söderström Lindblom Ahlström Ekman
    Forsman Hedberg Jonasson Lindahl Sjöström Strand Westerberg Nordlund Mohamed Lindén Dahlgren
    Engberg Åström Kristiansson Wiklund Jeppsson Borg Bäckström Öhman Lilja Hägglund Sundqvist Rosén
    Gustavsson Petersson Carlsson Edlund Palm Söderlund Backman Nyman Lindell Berntsson Höglund
    Ivarsson Kristensson Eklöf Sundin Östlund Lundmark Bergkvist Forslund Wennberg Rydberg Skoglund
    Lundh Holmström Sandin Ljungberg Hallberg Ekstrand Boman Sjölund Malmberg Lindkvist
    Almqvist Grönlund Kronberg Ljungqvist Wahlström Tornberg Rosengren Brandt Ahlberg Frisk Hultgren
    Jernberg Kvist Lagerqvist Norrman Odelberg Rehn Stenlund Thunberg Ulander Vesterlund Westin
    Zetterberg Åslund Enqvist Fagerström Granlund Hammar Hjort Krantz Lantz Moberg Ohlsson Pihl Rask
    Tell Unger Wiberg Wester Ahlgren Boström Carlström Dahlqvist Ekholm Fors Hedin Ingvarsson
    Jäderberg Kjellberg Ljung Mörk Nord Ringström Sellberg Tjernström Udd Vikström Wahlgren Ågren
    Fröberg Gran Hörnqvist Klang Lööf Mellberg Nordenström Rönnqvist Sahlin Stål Thorén Vall
    Wernersson Bodin Cederlund Dalin Edholm Flodin Grahn Hallin Isberg Jernström Kallin Modin Norling
    Qvist Risberg Schön Törnqvist Wallén Bergendahl Fjällström Hägg Järvholm Kempe Lindmark Nääs
    Ruuth Segerström Tapper Wadström Älvhage
    """,
    head=150,
)

# The UK (the ONS rankings' order as the writer knows it; weight 1/rank**0.85; head 120)
UK_F = ranked(
    """
    Sarah Claire Emma Laura Rebecca Gemma Lisa Nicola Victoria Amy Rachel Louise Samantha Jennifer
    Kelly Michelle Hannah Katie Charlotte Helen Joanne Lauren Jessica Natalie Stephanie Jade Emily
    Sophie Hayley Kirsty Leanne Donna Catherine Lucy Elizabeth Kerry Zoe Danielle Karen Julie
    Amanda Angela Susan Tracey Deborah Alison Caroline Jane Sharon Nicole Stacey Kayleigh Chloe
    Megan Georgia Holly Bethany Olivia Amelia Grace Ellie Jasmine Abigail Lydia Natasha Melissa
    Kimberley Carly Anna Sian Jodie Lindsey Marie Fiona Kathryn Jacqueline Dawn Wendy Tina Lorraine
    Paula Diane Andrea Katherine Vicky Anne Heather Jenna Leah Eleanor Harriet Sophia Isabella Mia
    Ava Poppy Freya Millie Evie Scarlett Isla Ruby Lily Phoebe Daisy Imogen Molly Alice Rosie Niamh
    Shannon Courtney Paige Aimee Abbie Naomi Gillian Janet Margaret Linda Patricia Beverley Carol
    Denise Yvonne Elaine Lesley Maxine Tanya Kate
    Bryony Philippa Rhiannon Ffion Cerys Eilidh Morag Siobhan Roisin Aoife Catriona Kirstie Keeley
    Demi Chantelle Shelley Toni Lynsey Jemma Tamsin Verity Felicity Hermione Cressida Annabel
    Clementine Henrietta Ottilie Esme Matilda Beatrice Florence Edith Martha Hattie Nell Gwen
    Bronwen Carys Nia Mairead Orla Saoirse Tegan Kacey Leigh Mandy Bernadette Maureen Hilary
    Rosemary Pauline Sheila Glenys Noreen Davina Ria Anya Zara Tilly Ayesha Aisha Priya Precious
    Blessing Chiamaka
    """,
    head=120,
    power=0.85,
)
UK_M = ranked(
    """
    Christopher James David Daniel Michael Matthew Andrew Richard Paul Mark Thomas Adam Robert John
    Lee Benjamin Steven Jonathan Craig Stephen Simon Nicholas Peter Anthony Alexander Gary Ian Ryan
    Luke Jamie Stuart Philip Darren William Gareth Martin Kevin Scott Dean Joseph Jason Neil Samuel
    Carl Ben Sean Timothy Oliver Ashley Wayne Edward Shaun Aaron Mohammed Liam Jack George Harry
    Charlie Callum Kieran Jordan Joshua Nathan Connor Lewis Jake Dominic Alan Graham Keith Colin
    Brian Russell Barry Terry Trevor Malcolm Nigel Kenneth Raymond Roger Adrian Jeremy Julian Rhys
    Owen Dylan Kyle Bradley Reece Marcus Leon Tom Alex Joe Sam Danny Tony Mathew Patrick Hugh Rory
    Alistair Fraser Euan Hamish Ross Declan Conor Ciaran Niall Aidan Shane Gavin Warren Elliot
    Jacob Noah Oscar Harrison Ethan Archie Alfie Freddie Theo Arthur Henry Toby Max Finley Louis
    Isaac Leo Reuben Muhammad Ahmed Imran Ali
    Barnaby Crispin Giles Jasper Rupert Tristan Hugo Fergus Angus Lachlan Murdo Torquil Dafydd
    Gethin Iwan Cai Huw Rhodri Emyr Padraig Eoin Cathal Oisin Seamus Tadhg Ronan Garry Clive Derek
    Gordon Neville Rodney Stanley Stewart Vernon Wilfred Cyril Desmond Ernest Lionel Percy Reginald
    Roland Wesley Darrell Jermaine Tyrone Dwayne Kofi Kwame Tariq Kamran Sanjay Ravi Arjun Zain
    Yusuf Bilal Hamza Ibrahim Kacper Jakub
    """,
    head=120,
    power=0.85,
)
UK_LAST = ranked(
    """
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
    Whitehead Mann Frost Lambert Stephens Blake Akhtar Lynch Goodwin Barton Woodward Thomson
    Cunningham Quinn Barnett Baxter Bibi Clayton Nash Greenwood Jennings Holt Kemp Poole Gallagher
    Bond Stokes Tucker Davidson Fowler Heath Norman Middleton Lawson Banks French Stanley Jarvis
    Gibbs Ferguson Hayward Carroll Douglas Dickinson Todd Barlow Peters Lucas Knowles Hartley Miah
    Simmons Morton Alexander Field Morrison Norris Townsend Preston Hancock Thornton Baldwin Burrows
    Briggs Storey Pollard Howell Mellor Pickering Crossley Ashworth Entwistle Greenhalgh Sidebottom
    Oddie Tattersall Ramsbottom Haworth Pilkington Whittaker Sutcliffe Ackroyd Threlfall
    """,
    head=120,
    power=0.85,
)

# The US: Census 1990 (names==0.3.0), ranks 1-150 as head, ranks 401-640 as tail; per cent as weight
US_F = (  # census per cent; ranks 1-150 then 401-640
    "Mary:2.629", "Patricia:1.073", "Linda:1.035", "Barbara:0.98", "Elizabeth:0.937",
    "Jennifer:0.932", "Maria:0.828", "Susan:0.794", "Margaret:0.768", "Dorothy:0.727",
    "Lisa:0.704", "Nancy:0.669", "Karen:0.667", "Betty:0.666", "Helen:0.663", "Sandra:0.629",
    "Donna:0.583", "Carol:0.565", "Ruth:0.562", "Sharon:0.522", "Michelle:0.519", "Laura:0.51",
    "Sarah:0.508", "Kimberly:0.504", "Deborah:0.494", "Jessica:0.49", "Shirley:0.482",
    "Cynthia:0.469", "Angela:0.468", "Melissa:0.462", "Brenda:0.455", "Amy:0.451", "Anna:0.44",
    "Rebecca:0.43", "Virginia:0.43", "Kathleen:0.424", "Pamela:0.416", "Martha:0.412",
    "Debra:0.408", "Amanda:0.404", "Stephanie:0.4", "Carolyn:0.385", "Christine:0.382",
    "Marie:0.379", "Janet:0.379", "Catherine:0.373", "Frances:0.37", "Ann:0.364", "Joyce:0.364",
    "Diane:0.359", "Alice:0.357", "Julie:0.348", "Heather:0.337", "Teresa:0.336", "Doris:0.335",
    "Gloria:0.335", "Evelyn:0.322", "Jean:0.315", "Cheryl:0.315", "Mildred:0.313",
    "Katherine:0.313", "Joan:0.306", "Ashley:0.303", "Judith:0.297", "Rose:0.296", "Janice:0.285",
    "Kelly:0.283", "Nicole:0.281", "Judy:0.276", "Christina:0.275", "Kathy:0.272", "Theresa:0.271",
    "Beverly:0.267", "Denise:0.264", "Tammy:0.259", "Irene:0.252", "Jane:0.25", "Lori:0.248",
    "Rachel:0.242", "Marilyn:0.241", "Andrea:0.236", "Kathryn:0.234", "Louise:0.229", "Sara:0.229",
    "Anne:0.228", "Jacqueline:0.228", "Wanda:0.226", "Bonnie:0.223", "Julia:0.223", "Ruby:0.221",
    "Lois:0.22", "Tina:0.22", "Phyllis:0.219", "Norma:0.218", "Paula:0.217", "Diana:0.216",
    "Annie:0.216", "Lillian:0.211", "Emily:0.208", "Robin:0.208", "Peggy:0.208", "Crystal:0.207",
    "Gladys:0.205", "Rita:0.204", "Dawn:0.202", "Connie:0.2", "Florence:0.2", "Tracy:0.197",
    "Edna:0.197", "Tiffany:0.195", "Carmen:0.195", "Rosa:0.194", "Cindy:0.192", "Grace:0.189",
    "Wendy:0.185", "Victoria:0.18", "Edith:0.179", "Kim:0.178", "Sherry:0.178", "Sylvia:0.177",
    "Josephine:0.177", "Thelma:0.175", "Shannon:0.175", "Sheila:0.175", "Ethel:0.174",
    "Ellen:0.173", "Elaine:0.173", "Marjorie:0.173", "Carrie:0.171", "Charlotte:0.169",
    "Monica:0.166", "Esther:0.166", "Pauline:0.165", "Emma:0.165", "Juanita:0.164", "Anita:0.162",
    "Rhonda:0.162", "Hazel:0.161", "Amber:0.16", "Eva:0.159", "Debbie:0.157", "April:0.154",
    "Leslie:0.154", "Clara:0.153", "Lucille:0.153", "Jamie:0.153", "Joanne:0.15", "Eleanor:0.15",
    "Valerie:0.149", "Danielle:0.149", "Traci:0.038", "Jody:0.038", "Kendra:0.038",
    "Jasmine:0.038", "Nichole:0.038", "Rachael:0.038", "Chelsea:0.038", "Mable:0.038",
    "Ernestine:0.038", "Muriel:0.038", "Marcella:0.037", "Elena:0.037", "Krystal:0.037",
    "Angelina:0.037", "Nadine:0.036", "Kari:0.036", "Estelle:0.036", "Dianna:0.036",
    "Paulette:0.036", "Lora:0.036", "Mona:0.035", "Doreen:0.035", "Rosemarie:0.035", "Angel:0.035",
    "Desiree:0.035", "Antonia:0.035", "Hope:0.034", "Ginger:0.034", "Janis:0.034", "Betsy:0.034",
    "Christie:0.034", "Freda:0.034", "Mercedes:0.033", "Meredith:0.033", "Lynette:0.033",
    "Teri:0.033", "Cristina:0.033", "Eula:0.033", "Leigh:0.032", "Meghan:0.032", "Sophia:0.032",
    "Eloise:0.032", "Rochelle:0.032", "Gretchen:0.032", "Cecelia:0.032", "Raquel:0.031",
    "Henrietta:0.031", "Alyssa:0.031", "Jana:0.031", "Kelley:0.031", "Gwen:0.031", "Kerry:0.031",
    "Jenna:0.03", "Tricia:0.03", "Laverne:0.03", "Olive:0.03", "Alexis:0.03", "Tasha:0.03",
    "Silvia:0.029", "Elvira:0.029", "Casey:0.029", "Delia:0.029", "Sophie:0.029", "Kate:0.029",
    "Patti:0.029", "Lorena:0.029", "Kellie:0.029", "Sonja:0.029", "Lila:0.029", "Lana:0.029",
    "Darla:0.029", "May:0.029", "Mindy:0.029", "Essie:0.029", "Mandy:0.029", "Lorene:0.028",
    "Elsa:0.028", "Josefina:0.028", "Jeannie:0.028", "Miranda:0.028", "Dixie:0.028", "Lucia:0.028",
    "Marta:0.028", "Faith:0.028", "Lela:0.028", "Johanna:0.028", "Shari:0.028", "Camille:0.028",
    "Tami:0.027", "Shawna:0.027", "Elisa:0.027", "Ebony:0.027", "Melba:0.027", "Ora:0.027",
    "Nettie:0.027", "Tabitha:0.027", "Ollie:0.027", "Jaime:0.027", "Winifred:0.027",
    "Kristie:0.027", "Marina:0.027", "Alisha:0.027", "Aimee:0.027", "Rena:0.027", "Myrna:0.026",
    "Marla:0.026", "Tammie:0.026", "Latasha:0.026", "Bonita:0.026", "Patrice:0.026", "Ronda:0.026",
    "Sherrie:0.026", "Addie:0.026", "Francine:0.025", "Deloris:0.025", "Stacie:0.025",
    "Adriana:0.025", "Cheri:0.025", "Shelby:0.025", "Abigail:0.025", "Celeste:0.025",
    "Jewel:0.025", "Cara:0.025", "Adele:0.025", "Rebekah:0.025", "Lucinda:0.025", "Dorthy:0.025",
    "Chris:0.024", "Effie:0.024", "Trina:0.024", "Reba:0.024", "Shawn:0.024", "Sallie:0.024",
    "Aurora:0.024", "Lenora:0.024", "Etta:0.024", "Lottie:0.024", "Kerri:0.024", "Trisha:0.024",
    "Nikki:0.024", "Estella:0.024", "Francisca:0.024", "Josie:0.024", "Tracie:0.024",
    "Marissa:0.024", "Karin:0.024", "Brittney:0.024", "Janelle:0.024", "Lourdes:0.024",
    "Laurel:0.024", "Helene:0.024", "Fern:0.024", "Elva:0.024", "Corinne:0.024", "Kelsey:0.024",
    "Ina:0.023", "Bettie:0.023", "Elisabeth:0.023", "Aida:0.023", "Caitlin:0.023", "Ingrid:0.023",
    "Iva:0.023", "Eugenia:0.023", "Christa:0.023", "Goldie:0.023", "Cassie:0.023", "Maude:0.023",
    "Jenifer:0.023", "Therese:0.022", "Frankie:0.022", "Dena:0.022", "Lorna:0.022",
    "Janette:0.022", "Latonya:0.022", "Candy:0.022", "Morgan:0.022", "Consuelo:0.022",
    "Tamika:0.022", "Rosetta:0.022", "Debora:0.022", "Cherie:0.022", "Polly:0.022", "Dina:0.022",
    "Jewell:0.021", "Fay:0.021", "Jillian:0.021", "Dorothea:0.021", "Nell:0.021", "Trudy:0.021",
    "Esperanza:0.021", "Patrica:0.021", "Kimberley:0.021", "Shanna:0.021", "Helena:0.021",
    "Carolina:0.021", "Cleo:0.021", "Stefanie:0.021", "Rosario:0.02", "Ola:0.02", "Janine:0.02",
    "Mollie:0.02", "Lupe:0.02", "Alisa:0.02", "Lou:0.02", "Maribel:0.02", "Susanne:0.02",
    "Bette:0.019", "Susana:0.019", "Elise:0.019", "Cecile:0.019", "Isabelle:0.019", "Lesley:0.019",
    "Jocelyn:0.019", "Paige:0.019", "Joni:0.019", "Rachelle:0.019", "Leola:0.019", "Daphne:0.019",
    "Alta:0.019", "Ester:0.019", "Petra:0.019", "Graciela:0.019", "Imogene:0.019", "Jolene:0.019",
    "Keisha:0.019", "Lacey:0.018", "Glenna:0.018", "Gabriela:0.018", "Keri:0.018", "Ursula:0.018",
    "Lizzie:0.018", "Kirsten:0.018", "Shana:0.018", "Adeline:0.018", "Mayra:0.018", "Jayne:0.018",
    "Jaclyn:0.018", "Gracie:0.018", "Sondra:0.018", "Carmela:0.018",
)  # fmt: skip
US_M = (  # census per cent; ranks 1-150 then 401-640
    "James:3.318", "John:3.271", "Robert:3.143", "Michael:2.629", "William:2.451", "David:2.363",
    "Richard:1.703", "Charles:1.523", "Joseph:1.404", "Thomas:1.38", "Christopher:1.035",
    "Daniel:0.974", "Paul:0.948", "Mark:0.938", "Donald:0.931", "George:0.927", "Kenneth:0.826",
    "Steven:0.78", "Edward:0.779", "Brian:0.736", "Ronald:0.725", "Anthony:0.721", "Kevin:0.671",
    "Jason:0.66", "Matthew:0.657", "Gary:0.65", "Timothy:0.64", "Jose:0.613", "Larry:0.598",
    "Jeffrey:0.591", "Frank:0.581", "Scott:0.546", "Eric:0.544", "Stephen:0.54", "Andrew:0.537",
    "Raymond:0.488", "Gregory:0.441", "Joshua:0.435", "Jerry:0.432", "Dennis:0.415",
    "Walter:0.399", "Patrick:0.389", "Peter:0.381", "Harold:0.371", "Douglas:0.367", "Henry:0.365",
    "Carl:0.346", "Arthur:0.335", "Ryan:0.328", "Roger:0.322", "Joe:0.321", "Juan:0.316",
    "Jack:0.315", "Albert:0.314", "Jonathan:0.313", "Justin:0.311", "Terry:0.311", "Gerald:0.309",
    "Keith:0.308", "Samuel:0.306", "Willie:0.302", "Ralph:0.282", "Lawrence:0.282",
    "Nicholas:0.275", "Roy:0.273", "Benjamin:0.27", "Bruce:0.263", "Brandon:0.26", "Adam:0.259",
    "Harry:0.251", "Fred:0.251", "Wayne:0.249", "Billy:0.248", "Steve:0.246", "Louis:0.243",
    "Jeremy:0.242", "Aaron:0.24", "Randy:0.232", "Howard:0.23", "Eugene:0.23", "Carlos:0.229",
    "Russell:0.224", "Bobby:0.223", "Victor:0.222", "Martin:0.216", "Ernest:0.215",
    "Phillip:0.213", "Todd:0.213", "Jesse:0.209", "Craig:0.206", "Alan:0.204", "Shawn:0.2",
    "Clarence:0.197", "Sean:0.197", "Philip:0.197", "Chris:0.197", "Johnny:0.195", "Earl:0.193",
    "Jimmy:0.191", "Antonio:0.19", "Danny:0.19", "Bryan:0.19", "Tony:0.19", "Luis:0.189",
    "Mike:0.189", "Stanley:0.186", "Leonard:0.186", "Nathan:0.185", "Dale:0.184", "Manuel:0.181",
    "Rodney:0.18", "Curtis:0.18", "Norman:0.177", "Allen:0.174", "Marvin:0.171", "Vincent:0.168",
    "Glenn:0.167", "Jeffery:0.166", "Travis:0.166", "Jeff:0.166", "Chad:0.165", "Jacob:0.165",
    "Lee:0.162", "Melvin:0.162", "Alfred:0.162", "Kyle:0.16", "Francis:0.16", "Bradley:0.159",
    "Jesus:0.155", "Herbert:0.155", "Frederick:0.154", "Ray:0.153", "Joel:0.152", "Edwin:0.148",
    "Don:0.145", "Eddie:0.144", "Ricky:0.141", "Troy:0.138", "Randall:0.138", "Barry:0.134",
    "Alexander:0.132", "Bernard:0.127", "Mario:0.125", "Leroy:0.125", "Francisco:0.124",
    "Marcus:0.124", "Micheal:0.123", "Theodore:0.123", "Clifford:0.123", "Miguel:0.122",
    "Forrest:0.027", "Wilbert:0.027", "Leland:0.027", "Simon:0.026", "Guadalupe:0.026",
    "Clark:0.026", "Irving:0.026", "Carroll:0.026", "Bryant:0.026", "Owen:0.026", "Rufus:0.025",
    "Woodrow:0.025", "Sammy:0.025", "Kristopher:0.025", "Mack:0.025", "Levi:0.025", "Marcos:0.025",
    "Gustavo:0.025", "Jake:0.025", "Lionel:0.024", "Marty:0.024", "Taylor:0.024", "Ellis:0.024",
    "Dallas:0.024", "Gilberto:0.024", "Clint:0.024", "Nicolas:0.024", "Laurence:0.024",
    "Ismael:0.024", "Orville:0.024", "Drew:0.024", "Jody:0.024", "Ervin:0.023", "Dewey:0.023",
    "Al:0.023", "Wilfred:0.023", "Josh:0.023", "Hugo:0.023", "Ignacio:0.023", "Caleb:0.023",
    "Tomas:0.023", "Sheldon:0.023", "Erick:0.023", "Frankie:0.023", "Stewart:0.022", "Doyle:0.022",
    "Darrel:0.022", "Rogelio:0.022", "Terence:0.022", "Santiago:0.022", "Alonzo:0.022",
    "Elias:0.022", "Bert:0.022", "Elbert:0.022", "Ramiro:0.022", "Conrad:0.022", "Pat:0.022",
    "Noah:0.022", "Grady:0.021", "Phil:0.021", "Cornelius:0.021", "Lamar:0.021", "Rolando:0.021",
    "Clay:0.021", "Percy:0.021", "Dexter:0.021", "Bradford:0.021", "Merle:0.021", "Darin:0.02",
    "Amos:0.02", "Terrell:0.02", "Moses:0.02", "Irvin:0.02", "Saul:0.02", "Roman:0.02",
    "Darnell:0.02", "Randal:0.02", "Tommie:0.02", "Timmy:0.019", "Darrin:0.019", "Winston:0.019",
    "Brendan:0.019", "Toby:0.019", "Van:0.019", "Abel:0.019", "Dominick:0.019", "Boyd:0.019",
    "Courtney:0.019", "Jan:0.019", "Emilio:0.019", "Elijah:0.019", "Cary:0.019", "Domingo:0.019",
    "Santos:0.019", "Aubrey:0.019", "Emmett:0.019", "Marlon:0.019", "Emanuel:0.019",
    "Jerald:0.019", "Edmond:0.019", "Emil:0.019", "Dewayne:0.018", "Will:0.018", "Otto:0.018",
    "Teddy:0.018", "Reynaldo:0.018", "Bret:0.018", "Morgan:0.018", "Jess:0.018", "Trent:0.018",
    "Humberto:0.018", "Emmanuel:0.018", "Stephan:0.018", "Louie:0.018", "Vicente:0.017",
    "Lamont:0.017", "Stacy:0.017", "Garland:0.017", "Miles:0.017", "Micah:0.017", "Efrain:0.017",
    "Billie:0.017", "Logan:0.017", "Heath:0.017", "Rodger:0.017", "Harley:0.017",
    "Demetrius:0.017", "Ethan:0.017", "Eldon:0.017", "Rocky:0.016", "Pierre:0.016", "Junior:0.016",
    "Freddy:0.016", "Eli:0.016", "Bryce:0.016", "Antoine:0.016", "Robbie:0.016", "Kendall:0.016",
    "Royce:0.016", "Sterling:0.016", "Mickey:0.016", "Chase:0.016", "Grover:0.016", "Elton:0.016",
    "Cleveland:0.016", "Dylan:0.016", "Chuck:0.016", "Damian:0.016", "Reuben:0.015", "Stan:0.015",
    "August:0.015", "Leonardo:0.015", "Jasper:0.015", "Russel:0.015", "Erwin:0.015",
    "Benito:0.015", "Hans:0.015", "Monte:0.015", "Blaine:0.015", "Ernie:0.015", "Curt:0.015",
    "Quentin:0.015", "Agustin:0.015", "Murray:0.015", "Jamal:0.014", "Devon:0.014", "Adolfo:0.014",
    "Harrison:0.014", "Tyson:0.014", "Burton:0.014", "Brady:0.014", "Elliott:0.014",
    "Wilfredo:0.014", "Bart:0.014", "Jarrod:0.014", "Vance:0.014", "Denis:0.014", "Damien:0.014",
    "Joaquin:0.014", "Harlan:0.014", "Desmond:0.014", "Elliot:0.014", "Darwin:0.014",
    "Ashley:0.014", "Gregorio:0.014", "Buddy:0.014", "Xavier:0.013", "Kermit:0.013",
    "Roscoe:0.013", "Esteban:0.013", "Anton:0.013", "Solomon:0.013", "Scotty:0.013",
    "Norbert:0.013", "Elvin:0.013", "Williams:0.013", "Nolan:0.013", "Carey:0.013", "Rod:0.013",
    "Quinton:0.013", "Hal:0.013", "Brain:0.013", "Rob:0.013", "Elwood:0.013", "Kendrick:0.013",
    "Darius:0.013", "Moises:0.013", "Son:0.012", "Marlin:0.012", "Fidel:0.012", "Thaddeus:0.012",
    "Cliff:0.012", "Marcel:0.012", "Ali:0.012", "Jackson:0.012", "Raphael:0.012", "Bryon:0.012",
    "Armand:0.012", "Alvaro:0.012", "Jeffry:0.012", "Dane:0.012", "Joesph:0.012", "Thurman:0.012",
    "Ned:0.012", "Sammie:0.012", "Rusty:0.012", "Michel:0.012", "Monty:0.012", "Rory:0.012",
    "Fabian:0.012", "Reggie:0.012", "Mason:0.012", "Graham:0.012", "Kris:0.011", "Isaiah:0.011",
    "Vaughn:0.011", "Gus:0.011", "Avery:0.011", "Loyd:0.011", "Diego:0.011",
)  # fmt: skip
US_LAST = (  # census per cent; ranks 1-150 then 401-640
    "Smith:1.006", "Johnson:0.81", "Williams:0.699", "Jones:0.621", "Brown:0.621", "Davis:0.48",
    "Miller:0.424", "Wilson:0.339", "Moore:0.312", "Taylor:0.311", "Anderson:0.311",
    "Thomas:0.311", "Jackson:0.31", "White:0.279", "Harris:0.275", "Martin:0.273",
    "Thompson:0.269", "Garcia:0.254", "Martinez:0.234", "Robinson:0.233", "Clark:0.231",
    "Rodriguez:0.229", "Lewis:0.226", "Lee:0.22", "Walker:0.219", "Hall:0.2", "Allen:0.199",
    "Young:0.193", "Hernandez:0.192", "King:0.19", "Wright:0.189", "Lopez:0.187", "Hill:0.187",
    "Scott:0.185", "Green:0.183", "Adams:0.174", "Baker:0.171", "Gonzalez:0.166", "Nelson:0.162",
    "Carter:0.162", "Mitchell:0.16", "Perez:0.155", "Roberts:0.153", "Turner:0.152",
    "Phillips:0.149", "Campbell:0.149", "Parker:0.146", "Evans:0.141", "Edwards:0.137",
    "Collins:0.134", "Stewart:0.133", "Sanchez:0.13", "Morris:0.125", "Rogers:0.123", "Reed:0.122",
    "Cook:0.12", "Morgan:0.118", "Bell:0.117", "Murphy:0.117", "Bailey:0.115", "Rivera:0.113",
    "Cooper:0.113", "Richardson:0.112", "Cox:0.11", "Howard:0.11", "Ward:0.108", "Torres:0.108",
    "Peterson:0.107", "Gray:0.106", "Ramirez:0.105", "James:0.105", "Watson:0.103", "Brooks:0.103",
    "Kelly:0.102", "Sanders:0.1", "Price:0.099", "Bennett:0.099", "Wood:0.098", "Barnes:0.097",
    "Ross:0.096", "Henderson:0.095", "Coleman:0.095", "Jenkins:0.095", "Perry:0.094",
    "Powell:0.093", "Long:0.092", "Patterson:0.092", "Hughes:0.092", "Flores:0.092",
    "Washington:0.092", "Butler:0.091", "Simmons:0.091", "Foster:0.091", "Gonzales:0.087",
    "Bryant:0.087", "Alexander:0.085", "Russell:0.085", "Griffin:0.084", "Diaz:0.084",
    "Hayes:0.083", "Myers:0.083", "Ford:0.082", "Hamilton:0.082", "Graham:0.082", "Sullivan:0.081",
    "Wallace:0.081", "Woods:0.08", "Cole:0.08", "West:0.08", "Jordan:0.078", "Owens:0.078",
    "Reynolds:0.078", "Fisher:0.077", "Ellis:0.077", "Harrison:0.076", "Gibson:0.075",
    "McDonald:0.075", "Cruz:0.075", "Marshall:0.075", "Ortiz:0.075", "Gomez:0.075", "Murray:0.074",
    "Freeman:0.074", "Wells:0.073", "Webb:0.072", "Simpson:0.07", "Stevens:0.07", "Tucker:0.07",
    "Porter:0.069", "Hunter:0.069", "Hicks:0.069", "Crawford:0.068", "Henry:0.068", "Boyd:0.068",
    "Mason:0.068", "Morales:0.067", "Kennedy:0.067", "Warren:0.067", "Dixon:0.066", "Ramos:0.066",
    "Reyes:0.066", "Burns:0.065", "Gordon:0.065", "Shaw:0.065", "Holmes:0.065", "Rice:0.064",
    "Robertson:0.064", "Hunt:0.063", "Black:0.063", "Daniels:0.062", "Moody:0.028", "Quinn:0.028",
    "Blake:0.028", "Maxwell:0.028", "Pope:0.028", "Floyd:0.027", "Osborne:0.027", "Paul:0.027",
    "McCarthy:0.027", "Guerrero:0.027", "Lindsey:0.027", "Estrada:0.027", "Sandoval:0.027",
    "Gibbs:0.027", "Tyler:0.027", "Gross:0.027", "Fitzgerald:0.027", "Stokes:0.027", "Doyle:0.027",
    "Sherman:0.027", "Saunders:0.027", "Wise:0.027", "Colon:0.027", "Gill:0.027", "Alvarado:0.027",
    "Greer:0.026", "Padilla:0.026", "Simon:0.026", "Waters:0.026", "Nunez:0.026", "Ballard:0.026",
    "Schwartz:0.026", "McBride:0.026", "Houston:0.026", "Christensen:0.026", "Klein:0.026",
    "Pratt:0.026", "Briggs:0.026", "Parsons:0.026", "McLaughlin:0.026", "Zimmerman:0.026",
    "French:0.026", "Buchanan:0.026", "Moran:0.026", "Copeland:0.025", "Roy:0.025",
    "Pittman:0.025", "Brady:0.025", "McCormick:0.025", "Holloway:0.025", "Brock:0.025",
    "Poole:0.025", "Frank:0.025", "Logan:0.025", "Owen:0.025", "Bass:0.025", "Marsh:0.025",
    "Drake:0.025", "Wong:0.025", "Jefferson:0.025", "Park:0.025", "Morton:0.025", "Abbott:0.025",
    "Sparks:0.025", "Patrick:0.024", "Norton:0.024", "Huff:0.024", "Clayton:0.024", "Massey:0.024",
    "Lloyd:0.024", "Figueroa:0.024", "Carson:0.024", "Bowers:0.024", "Roberson:0.024",
    "Barton:0.024", "Tran:0.024", "Lamb:0.024", "Harrington:0.024", "Casey:0.024", "Boone:0.024",
    "Cortez:0.024", "Clarke:0.024", "Mathis:0.024", "Singleton:0.024", "Wilkins:0.024",
    "Cain:0.024", "Bryan:0.024", "Underwood:0.024", "Hogan:0.024", "McKenzie:0.023",
    "Collier:0.023", "Luna:0.023", "Phelps:0.023", "McGuire:0.023", "Allison:0.023",
    "Bridges:0.023", "Wilkerson:0.023", "Nash:0.023", "Summers:0.023", "Atkins:0.023",
    "Wilcox:0.023", "Pitts:0.023", "Conley:0.023", "Marquez:0.023", "Burnett:0.023",
    "Richard:0.023", "Cochran:0.023", "Chase:0.023", "Davenport:0.023", "Hood:0.023",
    "Gates:0.023", "Clay:0.023", "Ayala:0.023", "Sawyer:0.023", "Roman:0.023", "Vazquez:0.023",
    "Dickerson:0.023", "Hodge:0.022", "Acosta:0.022", "Flynn:0.022", "Espinoza:0.022",
    "Nicholson:0.022", "Monroe:0.022", "Wolf:0.022", "Morrow:0.022", "Kirk:0.022", "Randall:0.022",
    "Anthony:0.022", "Whitaker:0.022", "O'Connor:0.022", "Skinner:0.022", "Ware:0.022",
    "Molina:0.022", "Kirby:0.022", "Huffman:0.022", "Bradford:0.022", "Charles:0.022",
    "Gilmore:0.022", "Dominguez:0.022", "O'Neal:0.022", "Bruce:0.022", "Lang:0.021", "Combs:0.021",
    "Kramer:0.021", "Heath:0.021", "Hancock:0.021", "Gallagher:0.021", "Gaines:0.021",
    "Shaffer:0.021", "Short:0.021", "Wiggins:0.021", "Mathews:0.021", "McClain:0.021",
    "Fischer:0.021", "Wall:0.021", "Small:0.021", "Melton:0.021", "Hensley:0.021", "Bond:0.021",
    "Dyer:0.021", "Cameron:0.021", "Grimes:0.021", "Contreras:0.021", "Christian:0.021",
    "Wyatt:0.021", "Baxter:0.021", "Snow:0.021", "Mosley:0.021", "Shepherd:0.021", "Larsen:0.021",
    "Hoover:0.021", "Beasley:0.02", "Glenn:0.02", "Petersen:0.02", "Whitehead:0.02", "Meyers:0.02",
    "Keith:0.02", "Garrison:0.02", "Vincent:0.02", "Shields:0.02", "Horn:0.02", "Savage:0.02",
    "Olsen:0.02", "Schroeder:0.02", "Hartman:0.02", "Woodard:0.02", "Mueller:0.02", "Kemp:0.02",
    "Deleon:0.02", "Booth:0.02", "Patel:0.02", "Calhoun:0.02", "Wiley:0.02", "Eaton:0.02",
    "Cline:0.02", "Navarro:0.02", "Harrell:0.02", "Lester:0.02", "Humphrey:0.02", "Parrish:0.02",
    "Duran:0.02", "Hutchinson:0.02", "Hess:0.02", "Dorsey:0.02", "Bullock:0.02", "Robles:0.02",
    "Beard:0.019", "Dalton:0.019", "Avila:0.019", "Vance:0.019", "Rich:0.019", "Blackwell:0.019",
    "York:0.019", "Johns:0.019", "Blankenship:0.019", "Trevino:0.019", "Salinas:0.019",
    "Campos:0.019", "Pruitt:0.019", "Moses:0.019", "Callahan:0.019", "Golden:0.019",
    "Montoya:0.019", "Hardin:0.019", "Guerra:0.019", "McDowell:0.019", "Carey:0.019",
    "Stafford:0.019", "Gallegos:0.019", "Henson:0.019", "Wilkinson:0.019", "Booker:0.019",
    "Merritt:0.019", "Miranda:0.019", "Atkinson:0.019", "Orr:0.019", "Decker:0.019", "Hobbs:0.019",
    "Preston:0.019", "Tanner:0.019",
)  # fmt: skip


def origin(women: str, men: str, surnames: str) -> Origin:
    """An origin's three lists in the writer's order of frequency; weight 1/rank**0.9, head 14."""
    return Origin(ranked(women, 14, 0.9), ranked(men, 14, 0.9), ranked(surnames, 14, 0.9))


ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_F, SV_M, SV_LAST),
    "us": Origin(census(US_F), census(US_M), census(US_LAST)),
    "uk": Origin(UK_F, UK_M, UK_LAST),
    "finnish": origin(
        "Anneli Tuula Päivi Sari Pirjo Leena Marja Riitta Tiina Satu Minna Johanna Hanna Kaisa Anu Laura Eija Seija Aino Helmi Sirpa Ritva Merja Outi Kirsi Heli Katja Maarit Aila Tuulikki Raija Liisa Terhi Elina",
        "Juha Timo Matti Kari Mikko Jari Antti Jukka Mika Pekka Markku Hannu Heikki Seppo Sami Janne Ville Petri Tuomas Esa Risto Veikko Pentti Tapio Jouni Kalle Lauri Eero Aki Teemu Arto Ilkka Osmo Raimo",
        "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Kettunen Hiltunen Leinonen Miettinen Pelkonen Hyvönen Väisänen Kärkkäinen Tikkanen",
    ),
    "arabic": origin(  # Syrian, Iraqi, Lebanese, with Assyrian/Syriac names
        "Fatima Maryam Zainab Noor Sara Layla Rana Hiba Amal Aya Huda Rasha Dina Rania Lina Nour Shahad Zahra Yasmin Ruqaya Asma Samira Nadia Hanan Suha Shamiram Ninve Nahrin Ramina Marta Nisreen Souad",
        "Mohammed Ahmed Ali Omar Hassan Hussein Khaled Mustafa Yousef Abdullah Ibrahim Mahmoud Karim Bilal Samer Rami Tarek Wael Firas Haidar Ammar Abbas Gabriel Ninos Aday Sargon Ashur Yakob Fadi Bashar Elias Shamoun Malki Sharbel Aziz",
        "Ali Mohammed Ahmed Hassan Hussein Abdullah Ibrahim Khalil Saleh Al-Hassan Al-Jabouri Al-Obaidi Al-Saadi Haddad Khoury Nasser Jaber Mansour Younes Hamadi Kassab Darwish Shamoun Gabriel Yousef Aziz Malke Barsoum Bahnan Issa Elias Hanna Kourie Said Al-Khatib Abboud Moussa Othman Rashid",
    ),
    "persian": origin(
        "Maryam Fatemeh Zahra Sara Niloofar Parisa Shirin Leila Mina Negar Azadeh Samira Roya Nazanin Shadi Mahsa Yasaman Golnaz Mitra Elham Farzaneh Ladan Setareh Parvaneh Bahar",
        "Mohammad Ali Reza Hossein Amir Mehdi Hamid Saeed Behrouz Farhad Dariush Kaveh Arash Babak Siavash Payam Omid Kamran Navid Pouya Majid Hamed Shahram Bijan Keyvan",
        "Hosseini Mohammadi Rezaei Ahmadi Karimi Moradi Hashemi Rahimi Jafari Ghorbani Sadeghi Mousavi Kazemi Rostami Azizi Amini Bahrami Nazari Tehrani Shirazi Esfahani Farahani Salehi Kiani Mirzaei Najafi Shafiei Akbari",
    ),
    "kurdish": origin(
        "Rojin Berfin Dilan Roza Nasrin Hevi Jiyan Evin Zilan Helin Rezan Shilan Bahar Gulistan Nazdar Avin Shirin Xezal Delal Ronahi Sozan Lana Kani",
        "Rebin Karwan Dilshad Hawre Sirwan Azad Baran Shwan Rebwar Kawa Aram Dara Hiwa Soran Zana Alan Goran Serdar Jiwan Bakhtiyar Sherko Hemin Ako Diyar",
        "Ahmad Mahmoud Abdullah Karim Rashid Hamad Aziz Salih Mustafa Osman Qadir Barzani Hawrami Baban Jaff Rasul Faraj Kaka Tahir Omar Amin Othman Ali Jalal Muhammad Hussein Sofi Zangana Bakr Doski Kurdi",
    ),
    "somali": origin(
        "Hodan Fadumo Amina Sahra Khadija Hawa Asha Faduma Ayan Nasra Hibo Sagal Ifrah Idil Ubah Muna Deeqa Ladan Sucaad Farhiya Hamdi Ilhan Maryan Nimco Safiya",
        "Mohamed Abdi Ahmed Ali Hassan Abdirahman Abdullahi Omar Yusuf Ismail Mahad Farah Hussein Liban Bashir Abdikarim Guled Said Mukhtar Khalid Jamal Abdiaziz Osman Sharmarke",
        "Mohamed Ahmed Ali Hassan Abdi Osman Omar Warsame Farah Jama Hussein Yusuf Nur Aden Ibrahim Abdullahi Egal Dirie Hersi Mohamud Guled Samatar Elmi Adan Jibril Duale Shire Isse",
    ),
    "eritrean": origin(  # Eritrean and Ethiopian
        "Senait Helen Selam Lidya Yordanos Saba Mebrat Tsega Aster Meron Rahel Hiwot Feven Winta Luwam Semhar Bethlehem Almaz Hanna Eden Tirhas Abeba Nardos Rigat Ruta",
        "Yonas Daniel Mehari Tesfaye Dawit Samuel Abraham Yohannes Berhane Tekle Filmon Merhawi Solomon Henok Amanuel Bereket Kibrom Tewelde Haile Goitom Mulugeta Efrem Biniam Robel",
        "Tesfay Gebremedhin Haile Kidane Tekle Berhe Mehari Ghebreyesus Woldemariam Tesfamariam Abraha Gebru Bekele Tadesse Girma Alemu Negash Mengistu Asfaw Kahsay Tewolde Yemane Habte Ghirmay Solomon Weldu Araya Russom",
    ),
    "polish": origin(
        "Anna Katarzyna Maria Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Elżbieta Joanna Aleksandra Monika Zofia Teresa Natalia Danuta Karolina Marta Beata Dorota Halina Jadwiga Justyna Grażyna Paulina Jolanta Iwona Urszula Żaneta",
        "Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Stanisław Jakub Adam Marek Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Rafał Kamil Robert Jacek Sławomir Przemysław Bartłomiej Szymon Damian Artur Dawid",
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Stępień Malinowski Jaworski Adamczyk Dudek Nowicki Pawlak Górski Witkowski Sikora Walczak Rutkowski Michalak Szewczyk Ostrowski Tomaszewski Pietrzak Zalewski Wróblewski Jasiński Sadowski Zawadzki Bąk Chmielewski Włodarczyk Borkowski Czarnecki Sawicki",
    ),
    "bcs": origin(  # Bosnian, Serbian, Croatian
        "Amra Emina Lejla Selma Aida Jasmina Merima Azra Mirela Ana Marija Ivana Jelena Milica Dragana Snežana Vesna Maja Sanja Tanja Nataša Biljana Gordana Mersiha Alma Senada Dženana Edina Sabina Katarina Mirjana",
        "Emir Adnan Amir Mirza Haris Edin Senad Nermin Almir Damir Dino Kenan Jasmin Nikola Marko Stefan Milan Dragan Zoran Goran Nenad Dejan Ivan Ante Josip Tomislav Mario Dario Branko Željko Dževad Mehmed Enes Elvir",
        "Hodžić Hadžić Begić Mehmedović Delić Kovačević Ibrahimović Halilović Hasanović Husić Omerović Mujić Salihović Karić Suljić Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Stanković Pavlović Milošević Horvat Kovačić Babić Marić Jurić Novak Knežević Vuković Perić Tomić Šarić Bošnjak Softić Hrnjić Alić Mušić Smajić",
    ),
    "turkish": origin(
        "Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hanife Merve Esra Büşra Özlem Gül Derya Yasemin Songül Gülsüm Hülya Sevgi Nurcan Dilek Ebru Tuğba Sibel Aylin Filiz Canan",
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah Mahmut Recep Salih Kemal Emre Burak Serkan Volkan Onur Erkan Cem Kadir Fatih Tarık Barış",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Özcan Korkmaz Çakır Erdoğan Yavuz Can Acar Şen Aktaş Güler Yalçın Güneş Bozkurt Bulut Keskin Ünal Turan Gül Özer",
    ),
    "latin": origin(  # Chile and Latin America; two surnames
        "María Ana Carolina Daniela Camila Valentina Paula Andrea Francisca Javiera Catalina Fernanda Gabriela Claudia Patricia Marcela Verónica Lucía Isabel Sofía Carmen Rosa Pilar Ximena Alejandra Mónica Natalia Paola",
        "José Juan Luis Carlos Jorge Pedro Manuel Francisco Diego Sebastián Matías Felipe Cristián Rodrigo Andrés Pablo Alejandro Fernando Ricardo Miguel Héctor Gonzalo Sergio Mauricio Patricio Nicolás Tomás Eduardo Raúl Óscar",
        "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez Castro Pizarro Álvarez Vásquez Sánchez Fernández Ramírez Carrasco Gómez Cortés Herrera Núñez Jara Vergara Rivera Figueroa García Vargas Ramos Mendoza Cruz Ortiz",
    ),
    "thai": origin(
        "Siriporn Malee Pranee Supaporn Kanya Wanida Sunisa Ratana Jintana Pornthip Nittaya Sasithorn Duangjai Kannika Araya Orathai Chutima Kanokwan Patcharee Rattana Siriwan Suda Lamai Naree Pimchanok",
        "Somchai Somsak Sompong Prasert Wichai Surachai Anan Boonmee Chaiwat Kittisak Niran Pichai Sakchai Thongchai Wirat Apichat Narong Suthep Chatchai Somboon Pornchai",
        "Saetang Srisuk Wongsawat Chaiyaporn Rattanakorn Suwannarat Boonyarat Jantarasri Kaewkham Thongdee Phromma Sukprasert Charoenpong Siriwat Nakprasit Somboon Panyadee Inthawong Kongkaew Yodsanga Saengthong Chaisri Buranasiri Sombat Wongchai",
    ),
    "indian": origin(
        "Priya Anjali Pooja Neha Sunita Kavita Divya Swati Deepa Lakshmi Meera Aishwarya Shreya Ritu Nisha Anita Rekha Sneha Pallavi Aarti Geeta Shalini Harpreet Manpreet Jaspreet Ananya Kiran Radhika",
        "Rahul Amit Raj Sanjay Rajesh Vikram Arjun Anil Suresh Ramesh Sunil Vijay Deepak Manoj Ashok Ravi Karthik Nikhil Rohit Aditya Pradeep Srinivas Venkatesh Gurpreet Harjit Siddharth Abhishek Ajay Mahesh",
        "Sharma Patel Singh Kumar Gupta Reddy Shah Mehta Iyer Nair Rao Joshi Verma Agarwal Chopra Malhotra Kapoor Desai Pillai Menon Banerjee Chatterjee Mukherjee Das Bose Ghosh Kulkarni Jain Krishnan Srinivasan Naidu Bhatt Saxena Sinha Yadav Mishra Pandey Chauhan Gill Sandhu",
    ),
    "chinese": origin(
        "Fang Xiuying Na Min Jing Li Yan Hui Ying Hong Mei Xia Lan Juan Ling Xin Yu Ting Lili Qian Yue Xiaoyan Xiaohong Jingjing Yuqi Wen Hua Dan Shu",
        "Wei Jun Lei Yong Jie Tao Ming Qiang Chao Hao Bo Gang Peng Jian Bin Long Feng Kai Yang Yi Zhiwei Haoran Yuxuan Zihao Jianguo Jianhua Guoqiang",
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du",
    ),
    "ukrainian": origin(
        "Olena Tetiana Natalia Iryna Oksana Svitlana Yulia Olha Kateryna Anastasiia Nataliia Liudmyla Halyna Mariia Viktoriia Alina Daryna Nadiia Larysa Valentyna Tamara Inna Khrystyna Sofiia Yana Anna Lesia Oleksandra",
        "Oleksandr Serhii Andrii Volodymyr Mykola Oleksii Dmytro Vasyl Viktor Yurii Ivan Ihor Mykhailo Maksym Vitalii Bohdan Taras Petro Roman Artem Denys Yaroslav Pavlo Oleh Vadym Stepan Ruslan Anatolii",
        "Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko Klymenko Pavlenko Kravchuk Kuzmenko Ponomarenko Savchuk Vasylenko Levchenko Kharchenko Karpenko Sydorenko Hnatiuk Romaniuk Fedoruk Didenko Prykhodko",
    ),
    "afghan": origin(  # Afghan, Dari-speaking (the writer's first choice)
        "Fatima Zahra Maryam Mariam Masooda Farzana Nargis Freshta Shabana Zarghona Parwana Nilofar Hosai Madina Khadija Laila Sadaf Mursal Mahbooba Roya Shukria Gulalai Arezo Sahar Nazifa Wahida",
        "Mohammad Ahmad Abdul Ali Hamid Mustafa Rahim Karim Sayed Hussain Naweed Jawad Farid Sami Rashid Wahid Zabihullah Habib Mujtaba Sohrab Faisal Ehsan Shafiq Samiullah Ramin Baryalai Omid Hamza Najib",
        "Ahmadi Rahimi Hussaini Mohammadi Karimi Sultani Hakimi Noori Rezai Amiri Azimi Jafari Haidari Habibi Sadat Nazari Popal Stanikzai Safi Wardak Popalzai Mohmand Barakzai Ghafoori Sharifi Hashimi Naseri Rasuli Qaderi Sediqi",
    ),
    "romanian": origin(  # the writer's second choice: many at work on Swedish sites
        "Maria Elena Ioana Andreea Alexandra Mihaela Ana Gabriela Cristina Nicoleta Georgiana Daniela Ionela Florentina Ramona Simona Adriana Alina Roxana Larisa Bianca Diana Oana Raluca Denisa Claudia Carmen Loredana",
        "Ion Gheorghe Constantin Alexandru Andrei Mihai Ionuț Vasile Florin Marian Adrian Cristian Daniel Nicolae Gabriel Ștefan Dumitru Marius Bogdan Costel Răzvan Cătălin Sorin Ciprian Lucian Paul Radu Iulian Valentin Eugen",
        "Popa Popescu Pop Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu Ionescu Rusu Mihai Constantin Marin Florea Dinu Munteanu Ene Tudor Moldovan Lazăr Barbu Cristea Preda Nistor Toma Vasile Oprea Sandu Georgescu Dobre Anghel Zamfir Lungu Suciu",
    ),
}
# Names typed without their letters about 30% of the time (`Wisniewska`, `Hodzic`, `Yilmaz`).
PLAIN_SHARE = {"polish": 0.3, "bcs": 0.3, "turkish": 0.3, "latin": 0.3, "romanian": 0.3}

# Who is named in a row of each language, roughly as Sweden's population and its workplaces are.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 70, "arabic": 5.5, "finnish": 4, "polish": 3, "bcs": 2.4, "persian": 2.1,
        "somali": 1.5, "kurdish": 1.4, "turkish": 1.3, "ukrainian": 1.4, "eritrean": 1.0,
        "indian": 1.1, "latin": 1.0, "thai": 0.8, "chinese": 0.7, "afghan": 1.0, "romanian": 0.8,
        "us": 0.5, "uk": 0.5,
    },
    "en": {
        "us": 38, "uk": 37, "swedish": 9, "indian": 4, "polish": 2.5, "romanian": 1.5,
        "arabic": 1.5, "chinese": 1.4, "latin": 1.2, "finnish": 0.8, "turkish": 0.8,
        "ukrainian": 0.8, "somali": 0.5, "bcs": 0.5,
    },
    "mixed": {
        "swedish": 55, "uk": 9, "us": 8, "arabic": 4.5, "polish": 3.5, "finnish": 3, "indian": 2.5,
        "bcs": 2, "persian": 2, "romanian": 1.5, "ukrainian": 1.5, "kurdish": 1.2, "turkish": 1.2,
        "somali": 1.2, "afghan": 1.0, "chinese": 1.0, "eritrean": 0.8, "latin": 0.8, "thai": 0.7,
    },
}  # fmt: skip

# Short forms people are called by at work (keyed by the given name).
NICK_SV = {
    "Joakim": ["Jocke"], "Lars": ["Lasse"], "Mikael": ["Micke"], "Karl": ["Kalle"], "Per": ["Pelle", "Pär"],
    "Magnus": ["Mange"], "Thomas": ["Tompa"], "Jonas": ["Jonte"], "Marcus": ["Mackan"], "Patrik": ["Patte"],
    "Fredrik": ["Fredde"], "Henrik": ["Henke"], "Rickard": ["Ricke"], "Gustav": ["Gurra", "Gus"],
    "Stefan": ["Steffe"], "Tobias": ["Tobbe"], "Christer": ["Chrille"], "Viktor": ["Vicke"],
    "Sebastian": ["Sebbe", "Basse"], "Oskar": ["Ogge"], "Kenneth": ["Kenta"], "Torbjörn": ["Tobbe"],
    "Hans": ["Hasse"], "Daniel": ["Danne"], "Mattias": ["Matte"], "Robert": ["Robban"],
    "Alexander": ["Alex"], "Niklas": ["Nicke"], "Johan": ["Jojje"], "Anders": ["Affe"], "Björn": ["Nalle"],
    "Göran": ["Gurra"], "Jan": ["Janne"], "Kristoffer": ["Stoffe"], "Christopher": ["Chris"],
    "Kristina": ["Kicki", "Stina"], "Margareta": ["Maggan"], "Birgitta": ["Gittan", "Bitte"],
    "Katarina": ["Kattis"], "Charlotte": ["Lotta"], "Susanne": ["Sussie", "Sanna"], "Camilla": ["Millan"],
    "Annika": ["Anki"], "Maria": ["Mia"], "Elisabeth": ["Lisa", "Betty"], "Ingrid": ["Ingis"],
    "Isabelle": ["Bella"], "Gunilla": ["Nilla"], "Madeleine": ["Madde"], "Jennifer": ["Jenny"],
    "Victoria": ["Vickan"], "Matilda": ["Tilda"], "Helena": ["Lena"], "Josefin": ["Josse"],
}  # fmt: skip
NICK_EN = {
    "Michael": ["Mike", "Mick"], "Elizabeth": ["Liz", "Beth"], "Jennifer": ["Jen", "Jenny"],
    "Robert": ["Bob", "Rob"], "Christopher": ["Chris"], "William": ["Will", "Bill"], "Richard": ["Rich", "Rick"],
    "James": ["Jim", "Jamie"], "Thomas": ["Tom"], "Joseph": ["Joe"], "Daniel": ["Dan", "Danny"],
    "Matthew": ["Matt"], "Anthony": ["Tony"], "Katherine": ["Kate", "Kath"], "Catherine": ["Cath", "Cathy"],
    "Margaret": ["Maggie", "Peggy"], "Patricia": ["Pat", "Trish"], "Deborah": ["Debbie"], "Susan": ["Sue"],
    "Rebecca": ["Becky", "Becca"], "Samantha": ["Sam"], "Nicholas": ["Nick"], "Andrew": ["Andy", "Drew"],
    "Stephen": ["Steve"], "Steven": ["Steve"], "Benjamin": ["Ben"], "Jonathan": ["Jon"], "Timothy": ["Tim"],
    "Edward": ["Ed", "Ted"], "David": ["Dave"], "Victoria": ["Vicky", "Tori"], "Alexandra": ["Alex"],
    "Jessica": ["Jess"], "Kimberly": ["Kim"], "Kimberley": ["Kim"], "Christine": ["Chris"], "Nicola": ["Nicky"],
    "Philip": ["Phil"], "Peter": ["Pete"], "Gareth": ["Gaz"], "Darren": ["Daz"], "Charles": ["Charlie", "Chuck"],
    "Donald": ["Don"], "Kenneth": ["Ken"], "Ronald": ["Ron"], "Gregory": ["Greg"], "Jacqueline": ["Jackie"],
    "Pamela": ["Pam"], "Barbara": ["Barb"], "Cynthia": ["Cindy"], "Abigail": ["Abby"], "Alexander": ["Alex", "Sandy"],
    "Lawrence": ["Larry"], "Raymond": ["Ray"], "Terence": ["Terry"], "Gerald": ["Gerry"], "Frederick": ["Fred"],
}  # fmt: skip
# More short forms, as they are said on the shop floor and in the site hut.
NICK_SV.update({
    "Nils": ["Nisse"], "Bengt": ["Bengan"], "Mats": ["Matte"], "Bo": ["Bosse"], "Leif": ["Leffe"],
    "Ulf": ["Uffe"], "Sven": ["Svenne"], "Christian": ["Chrille"], "Olof": ["Olle"], "Gunnar": ["Gurra"],
    "Roger": ["Rogge"], "Rolf": ["Roffe"], "Kent": ["Kenta"], "Lennart": ["Lelle"], "Tommy": ["Tompa"],
    "Stig": ["Stickan"], "Tomas": ["Tompa"], "Hampus": ["Hampe"], "Filip": ["Fille"], "Jesper": ["Jeppe"],
    "William": ["Wille"], "Axel": ["Acke"], "Ludvig": ["Ludde"], "Albin": ["Abbe"], "Erik": ["Erre"],
    "Karin": ["Kajsa"], "Sara": ["Sassa"], "Kerstin": ["Kicki"], "Cecilia": ["Cissi"], "Louise": ["Lollo"],
    "Johanna": ["Jossan"], "Amanda": ["Mandy"], "Pernilla": ["Nilla"], "Rebecka": ["Becka"],
    "Magdalena": ["Malla"], "Therese": ["Tess"],
})  # fmt: skip
NICK_EN.update({
    "Samuel": ["Sam"], "Joshua": ["Josh"], "Nathan": ["Nate"], "Zachary": ["Zach"], "Stephanie": ["Steph"],
    "Natalie": ["Nat"], "Eleanor": ["Ellie"], "Amanda": ["Mandy"], "Joanne": ["Jo"], "Sandra": ["Sandy"],
    "Dorothy": ["Dot"], "Stuart": ["Stu"], "Gary": ["Gaz"], "Kevin": ["Kev"], "Leonard": ["Len"],
    "Albert": ["Al"], "Walter": ["Walt"], "Vincent": ["Vince"], "Jeffrey": ["Jeff"], "Douglas": ["Doug"],
    "Bradley": ["Brad"], "Russell": ["Russ"], "Phillip": ["Phil"], "Harold": ["Harry"], "Henry": ["Harry"],
    "Charlotte": ["Charlie"], "Frederick": ["Fred", "Freddie"], "Alfred": ["Alfie"],
})  # fmt: skip
NICKNAMES = {"swedish": NICK_SV, "us": NICK_EN, "uk": NICK_EN}
