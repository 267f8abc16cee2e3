# ruff: noqa: E501
"""Name pools for held-out GX (issue 15): names as the population has them.

Every list is in the order of how many people carry the name, written from the writer's general
knowledge of the published rankings, not from rung's lexicons and not checked against them:
Swedish given names and surnames in the order of SCB's name statistics (weight 1/rank; head the
top 150, tail the rarer names past them), the US Census 1990 lists (copied from the `names`
package's `dist.female.first`, `dist.male.first` and `dist.all.last`; the census per cent is the
weight, head 150), UK given names and surnames in the order of the ONS rankings (1/rank, head 150),
and the commonest given names and surnames of origins common in Sweden (1/rank, head 10).
A name word is drawn from a list's head with probability HEAD_SHARE, else from its tail.
Multi-word names are written with `_` for the space (`von_Platen`).
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


def _words(text: str) -> list[str]:
    """The names of a whitespace-separated list, first occurrence kept, `_` read as a space."""
    out: list[str] = []
    for word in text.split():
        word = word.replace("_", " ")
        if word not in out:
            out.append(word)
    return out


def ranked(text: str, head: int) -> Pool:
    """A list in rank order, weight 1/rank."""
    names = _words(text)
    return Pool(
        tuple(names), tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names) - 1)
    )


def census(rows: tuple[tuple[str, float], ...], head: int) -> Pool:
    """A census list with its per cent as weight."""
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "İ": "I", "ø": "o", "Ø": "O", "æ": "ae"}
)


def plain(word: str) -> str:
    """A name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`."""
    decomposed = unicodedata.normalize("NFKD", word.translate(PLAIN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname's feminine form: -ski/-cki/-dzki -> -ska/-cka/-dzka; others unchanged."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# Sweden: SCB's name statistics, all ages (rank order from the writer's knowledge), 1/rank.
SV_F = ranked(
    """
    Anna Eva Maria Karin Sara Kristina Lena Emma Kerstin Ingrid Marie Malin Jenny Hanna Linda
    Annika Susanne Elin Monica Birgitta Sofia Johanna Carina Elisabeth Julia Ulla Katarina Linnéa
    Åsa Margareta Helena Camilla Ida Anette Sandra Gunilla Anneli Marianne Therese Josefin Cecilia
    Anita Jessica Frida Lisa Ebba Amanda Caroline Elsa Agneta Barbro Matilda Moa Lina Maja Inger
    Siv Alice Ulrika Emelie Mona Viktoria Klara Louise Alva Britt Astrid Ellen Wilma Pia Madeleine
    Lovisa Erika Felicia Ann Gun Ella Märta Yvonne Alexandra Ingela Lisbeth Kristin Olivia Agnes
    Elisabet Birgit Gunnel Inga Ann-Christin Anna-Karin Britt-Marie Nathalie Sanna Petra Emilia
    Vera Selma Signe Stina Tove Irene Ewa Sofie Rebecka Evelina Isabelle Hedvig Charlotte Elina
    Linn Tina Margit Solveig Berit Ingeborg Greta Ester Saga Tilda Thea Nora Freja Tuva Hilda
    Ronja Ann-Marie Marita Lillemor Marie-Louise Gunborg Josefine Mikaela Pernilla
    Jeanette Veronica Gabriella Charlotta Magdalena Fredrika Mathilda Lovis Kajsa
    Sigrid Liv Ylva Elvira Nellie Alma Vendela Julie
    Elsie Margot Inez Sigyn Ingegärd Birgitte Elvi Vivan Ingalena Majbritt Majken Svea Tyra Edith Elise Juni Iris Cornelia Hedda Livia Mira Minna Tindra Smilla Lykke
    Idun Ottilia Ragnhild Gudrun Valborg Hjördis Dagny Viveka Vivianne Ulrica Lotten Michaela
    Rebecca Veronika Jennie Jennifer Patricia Paulina Pauline Malva Meja Molly Hilma Lea Lova
    Ingemor Ann-Sofie Anna-Lena Eva-Lena Eva-Karin Maj-Britt Maj-Lis Gun-Britt Karolina Katrin
    Siri Sonja Stella Susanna Tora Tekla Teresia Vilma Vivi Åse Amelia Annelie Annie Aurora Bodil
    Bianca Britta Cajsa Carola Catarina Christina Christine Edla Eira Eivor Ellinor Elna Elvy
    Emmy Estelle Evy Fanny Filippa Gerd Gertrud Gisela Gunvor Harriet Helen Helene Henrika
    Hillevi Ingalill Irma Isa Jill Joanna Judit Kamilla Katja Laila Lilian Lisen Liselott
    Liselotte Lydia Madelen Majvor Malena Margaretha Mariana Maud Mia Mimmi Nanna Nina Olga Paula
    Rakel Rose-Marie Ruth Signhild Sissela Sylvia Tea Terese Ulla-Britt Vanja Victoria Viola
    Yvette Agda Alfhild Anne Annica Ann-Louise Ann-Kristin Asta Aina Berta Betty Carin Cilla
    Dagmar Disa Elly Ethel Frideborg Hulda Ina Ingegerd Jonna Juno Kim
    Linnea Lo Maj Marléne Meta Miranda My Nova Ofelia Rut Sally Siw Sofi Stephanie
    Vilhelmina Wendela Yasmin Zara Anna-Lisa Eva-Britt Lisa-Marie Mai
    Ann-Britt Ann-Charlotte Eleonora Beatrice Cassandra Desirée Emmeli Felicitas
    Gunnvor Helmi Isabella Jasmine Leonora Lilly Märit Natalie Nathalia
    Sigbritt Therése Vanessa Wera
    """,
    150,
)
SV_M = ranked(
    """
    Lars Mikael Anders Johan Erik Per Karl Peter Jan Thomas Daniel Fredrik Hans Bengt Andreas
    Stefan Mats Magnus Mattias Bo Nils Jonas Marcus Sven Alexander Björn Oskar Leif Henrik Martin
    Ulf Viktor Niklas Kjell Emil Gustav Christer Patrik Tommy Rolf Göran David William Robert
    Simon Joakim Anton Sebastian Lennart Christian Stig Filip Gunnar Tobias Olof Jonathan Carl
    Linus Rickard Axel Roger Elias Hugo Robin Kent Jakob Adam Oliver Lucas Ludvig Håkan Arne
    Kenneth Åke Jesper Roland Dan Kristoffer Johnny Olle Isak Gösta Kurt Ingemar Jörgen Torbjörn
    Jens Sten Tomas Claes Hampus Albin Josef Liam Noah Kevin Emanuel Samuel Edvin Max Theo
    Benjamin Elliot Vincent Wilhelm Arvid Alfred Melvin Hannes Oscar Tim Dennis Jimmy Pontus Ola
    Ove Rune Bertil Sture Sören Rasmus Markus Morgan Joel Alvin Viggo Love Frank Börje Ivar Harald
    Ingvar Allan Erling Conny Krister Kim Jonny Benny Glenn Sixten Evert Einar Folke Lars-Erik
    Karl-Johan Per-Olof Jan-Erik
    Ejnar Lennarth Conrad Oswald Gustav-Adolf Agne Algot Anselm Arnold Artur Assar Bernt Birger Bror Casper Charlie Colin Dag Douglas Edgar
    Egon Eilert Elof Elis Enar Erland Fabian Felix Ferdinand Gabriel Gerhard Gillis Gottfrid Greger
    Gustaf Halvar Harry Helge Henning Herbert Hilding Holger Inge Ingmar Ivan Jarl Joar John
    Julius Justus Kasper Konrad Kristian Leo Leon Loke Lorentz Malte Matteus Mauritz Milo Mio
    Natanael Nore Olov Orvar Osvald Otto Paul Petter Reidar Ragnar Rikard Rutger Sam Seth Sigge
    Sigurd Staffan Sune Svante Tage Teodor Tor Tord Torgny Torsten Tryggve Ture Uno Valter Valdemar
    Verner Vidar Wilmer Yngve Östen Adrian Albert Aron Ante August Bruno Carl-Johan Dick Eric
    Fritjof Georg Gert Hjalmar Jacob Jan-Olof Karl-Erik Lars-Göran Nils-Erik Per-Erik Sven-Erik
    Bengt-Göran Jan-Åke Kjell-Åke Mats-Olov Ragnvald Sivert Stellan Thorsten Ulrik Urban Vilgot
    Vilmer Zacharias Ebbe Eddie Enok Frans Kenny Leonard Melker Nicklas Niclas Nicolas Patric
    Per-Anders Reine Roine Ronny Tony Torleif Åsmund Arnold Birk Carl-Gustaf Cornelius
    Dante Eskil Evald Frej Gideon Gregor Gunder Hadar Henry Hilmer Ingolf Ismael Jon
    Karl-Axel Kennet Knut Lage Lars-Åke Leopold Levi Lukas Manfred Mathias Maximilian Mohammed
    Noel Odd Ossian Palle Per-Gunnar Rudolf Sigvard Sonny Sten-Åke Stig-Olof
    Sverker Tommie Torvald Valentin Vilhelm Waldemar Wiktor Yusuf Zakarias Åke-Göran Örjan
    Ali Ahmed Omar Hassan Nicolai Joachim Kristofer Jockum Gunne Hjalte Ivo
    """,
    150,
)
SV_S = ranked(
    """
    Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
    Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Carlsson
    Olofsson Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist
    Mattsson Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed Engström
    Eklund Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson
    Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson
    Nordström Ahmed Mårtensson Lundström Hassan Viklund Björklund Eliasson Pålsson Berggren
    Sandström Lund Nordin Ström Åberg Falk Ekström Hermansson Holmgren Hellström Dahlberg Hedlund
    Sundberg Sjögren Ek Blom Abrahamsson Martinsson Öberg Andreasson Strömberg Månsson Hansen
    Åkesson Dahl Lindholm Norberg Holmqvist Jonasson Ibrahim Sundström Ivarsson Lindahl Nylund
    Omar Ottosson Nyman Andersen Lindell Åström Jacobsson Ahmadi Hussein Sjöström Ekman Söderström
    Engberg Holmström Nordqvist Lindén Hedberg Strand Friberg Kristiansson Lindblom Sundqvist
    Mohamed Ekberg Nordlund Hedström Söderlund Wikberg Boström Backman Sundin Westerberg Forslund
    Edlund Olausson Lilja Wahlström Hägglund Nordgren Lindblad Sjödin Borg Hosseini
    Almqvist Alm Asplund Blomberg Bohlin Brandt Brolin Byström Dahlgren Dahlqvist Ekdahl Ekholm
    Ekvall Enström Erlandsson Fagerström Forsman Franzén Frisk Gran Granberg Granström Grahn
    Hallberg Hammar Hedman Hedin Hjalmarsson Holgersson Hultgren Hägg Jernberg Johnsson Josefsson
    Kjellberg Kvist Lager Larsen Lidén Lindkvist Ljung Ljungberg Ljunggren Lundell Löfstedt Malm
    Malmberg Malmström Melin Moberg Modin Mörk Nord Nordahl Norén Norling Nyqvist Näslund Ohlsson
    Olander Palm Pettersen Rask Rehn Roos Rosén Rosengren Runesson Rydberg Sahlin Sandén Selin
    Skoglund Stark Stenberg Sten Stenström Strömqvist Sundell Svärd Söder Tell Torstensson Unger
    Vallin Wallgren Wennberg Westin Wiklund Winberg Zackrisson Åkerlund Åkerman Ågren Öhman
    Östberg Östlund Öström Abdi Yusuf Karimi Rahimi Nguyen Kaya Yilmaz Nowak Hussain Jama Abdullah
    Mahmoud Khalil Saleh Rashid Aziz Haddad Gabriel Aho Lahdo Barsom Isik Demir Korhonen Virtanen
    Berntsson Bladh Boman Carlberg Cederberg Dahlin Dahlström Eck Edström Ericsson Fors Frid
    Gullberg Hallin Hammarberg Hedqvist Holmén Hultman Häggström Jeppsson Johannesson Kihlberg
    Krantz Lagerqvist Lilja Lindroth Ljungqvist Lundmark Löfberg Marklund Nordberg Nordén
    Nordmark Nyholm Olsén Pihl Rosenberg Rydén Sandqvist Sjölund Sjöqvist Skog Strandberg
    Sundén Svahn Tengvall Thelin Thorén Wahlberg Wall Wallén Wennerberg Wernersson Widén
    Wigren Åslund Östman Backlund Bergkvist Bäck Engqvist Forsgren Gustavsson Hedenström Holmlund
    Hjelm Höglund Kallin Kronberg Landström Larsén Lindfors Lövgren
    Nilsén Norrman Nybom Renström Rosell Sjöholm Sjölander Söderholm Tornberg Vestin
    Ohlin Öquist von_Platen af_Klercker von_Essen De_Geer af_Ugglas von_Sydow Wachtmeister
    Lewenhaupt Gyllenhammar Stiernstedt Silfverschiöld Bielke
    """,
    150,
)

# The UK: ONS rankings (adults' commonest names and the recent birth years), 1/rank, head 150.
UK_F = ranked(
    """
    Susan Sarah Margaret Elizabeth Helen Patricia Julie Karen Mary Emma Claire Lisa Catherine
    Jennifer Nicola Deborah Jane Linda Ann Christine Joanne Rachel Louise Amanda Michelle Alison
    Laura Sandra Jacqueline Barbara Gillian Angela Emily Hannah Jessica Sophie Amy Rebecca Victoria
    Charlotte Olivia Amelia Isla Ava Mia Grace Lucy Kelly Dawn Tracey Joan Pauline Janet Wendy
    Anne Carol Jean Valerie Maureen Kathleen Sheila Diane Lynn Caroline Natalie Samantha Kate
    Katie Chloe Lauren Megan Ellie Holly Georgia Jade Danielle Stacey Gemma Kirsty Leanne Zoe
    Donna Hayley Sharon Beverley Heather Fiona Lorraine Denise Marion Doreen Irene Brenda Sylvia
    Eileen Shirley Joyce Rita Betty Dorothy Pamela Janice Judith Kim Lesley Teresa Alice Poppy
    Isabella Freya Evie Florence Phoebe Ruby Daisy Sienna Lily Rosie Matilda Harriet Esme Erin
    Abigail Eleanor Anna Maria Katherine Joanna Rose Frances Caitlin Bethany Shannon Rachael
    Jasmine Aimee Kayleigh Naomi Sally Carole Hilary Ruth Elaine Yvonne Paula
    Nicole Sara Jenny Ella Molly Scarlett Layla Willow Ivy Elsie Maisie Amber Imogen Millie
    Eva Sofia Aria Hollie Leah Bethan Rhiannon Cerys Siobhan Niamh Aisling Morag Eilidh Kirsten
    Mairi Catriona Shona Ailsa Moira Gwen Megan-Rose Tegan Alys Nia Ffion Sinead Roisin Aoife
    Orla Clodagh Bridget Agnes Edith Vera Violet Gladys Winifred Hazel Muriel Elsie-May Stella
    Beatrice Clara Lydia Martha Nancy Penelope Rosemary Tamsin Verity Felicity Philippa Annabel
    Camilla Henrietta Lucinda Arabella Priya Aisha Fatima Amira Zainab Maryam Ayesha Nadia
    Simran Harpreet Gurpreet Parveen Shabana Nasreen
    """,
    150,
)
UK_M = ranked(
    """
    David John Michael Paul Andrew Peter James Robert Mark Richard Stephen Ian Christopher Thomas
    Daniel Matthew Simon Anthony Gary Kevin Martin Steven William Alan Brian Graham Neil Philip
    Kenneth Stuart Colin Keith Jonathan Adam Timothy Nicholas Jason Lee Darren Craig Wayne Carl
    Barry Trevor George Oliver Harry Jack Jacob Charlie Oscar Alfie Leo Noah Muhammad Arthur
    Joshua Luke Ryan Liam Scott Jamie Ben Benjamin Samuel Joseph Edward Alexander Nathan Dean Shaun
    Gareth Raymond Derek Roy Terence Dennis Malcolm Roger Geoffrey Douglas Gordon Frank Ronald
    Gerald Leslie Alistair Ross Russell Jeremy Glenn Gavin Lewis Callum Connor Kieran Jordan
    Aaron Bradley Kyle Reece Owen Tyler Ethan Henry Freddie Theo Archie Isaac Lucas Finley Max
    Toby Logan Dylan Harrison Mason Riley Elliot Sebastian Tommy Rory Hugo Louis Frederick Albert
    Stanley Ernest Harold Norman Eric Dominic Patrick Francis Declan Sean Niall
    Ciaran Conor Eoin Cormac Fergus Angus Hamish Euan Fraser Calum Ewan Gregor Iain Murray Rhys
    Dafydd Gethin Iwan Huw Emyr Aled Rhodri Owain Bryn Tristan Rupert Giles Hugh Julian Crispin
    Piers Jasper Felix Rufus Barnaby Ralph Clive Nigel Vincent Victor Howard Dale
    Lance Ashley Jay Reuben Zachary Caleb Jude Ezra Ronnie Teddy Reggie Alfred Sidney Percy
    Arjun Rohan Ravi Sanjay Amit Imran Bilal Hamza Yusuf Ibrahim Omar Ali Hassan Adeel Tariq
    Kwame Kofi Emeka Chidi Tunde Samir Piotr Tomasz Kacper Jakub
    """,
    150,
)
UK_S = ranked(
    """
    Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson
    Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner
    Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott
    Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter
    Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson
    Ellis Adams Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt
    Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker
    Fisher Stevens Jenkins Murray Dixon Harvey Graham Pearson Ahmed Fletcher Walsh Kaur Gibson
    Howard Andrews Stewart Elliott Reynolds Saunders Payne Fox Ford Pearce Day Brooks West
    Lawrence Cole Atkinson Bradley Spencer Gill Dawson Ball Burton O'Brien Watts Rose Booth Perry
    Ryan Grant Wells Armstrong Francis Rees Hayes Hart Hudson Newman Barrett Webster Hunter
    Gregory Carr Lowe Page Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland Hawkins
    Harding Porter Robertson Newton Oliver Reed Kennedy Williamson Bird Gardner Shah Dean Lane
    Cooke Bates Henderson Parry Burgess Bishop Walton Burns Nicholson Shepherd Ross Cross Long
    Freeman Warren Nicholls Hamilton Byrne Sutton McDonald Yates Hodgson Robson Curtis Hopkins
    O'Connor Harper Coleman Watkins Moss McCarthy Chambers O'Neill Griffin Sharp Hardy Wheeler
    Potter Osborne Johnston Gordon Doyle Wallace George Jordan Hutchinson Rowe Burke May
    Pritchard Gilbert Willis Higgins Read Miles Stevenson Stephenson Hammond Arnold Buckley
    Walters Hewitt Barber Nelson Slater Austin Sullivan Whitehead Mann Frost Lambert Stephens
    Blake Akhtar Lynch Goodwin Barton Woodward Thomson Cunningham Quinn Barnett Baxter Bibi
    Clayton Nash Greenwood Jennings Holt Kemp Poole Gallagher Bond Stokes Tucker Davidson Fowler
    Heath Norman Middleton Lawson Banks French Stanley Jarvis Gibbs Ferguson Hayward Carroll
    Douglas Dickinson Todd Barlow Peters Lucas Knowles Hartley Miah Simmons Morton Alexander
    Field Morrison Norris Townsend Preston Hancock Thornton Baldwin Burrows Briggs Storey Pugh
    Steele Lamb Sheppard Goddard Hale Kirby Dodd Pickering Tomlinson Wilkins Rahman Islam
    MacDonald MacLeod Fraser Sinclair Cameron Mackenzie Duncan Kerr Paterson Watt Rennie
    """,
    150,
)

# The US: Census 1990, `dist.female.first`, `dist.male.first` (the first 400) and `dist.all.last`
# (the first 420), as shipped in the `names` package; the per cent is the weight, head 150.
US_F = (
    ("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.98),
    ("Elizabeth", 0.937), ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794),
    ("Margaret", 0.768), ("Dorothy", 0.727), ("Lisa", 0.704), ("Nancy", 0.669),
    ("Karen", 0.667), ("Betty", 0.666), ("Helen", 0.663), ("Sandra", 0.629), ("Donna", 0.583),
    ("Carol", 0.565), ("Ruth", 0.562), ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.51),
    ("Sarah", 0.508), ("Kimberly", 0.504), ("Deborah", 0.494), ("Jessica", 0.49),
    ("Shirley", 0.482), ("Cynthia", 0.469), ("Angela", 0.468), ("Melissa", 0.462),
    ("Brenda", 0.455), ("Amy", 0.451), ("Anna", 0.44), ("Rebecca", 0.43), ("Virginia", 0.43),
    ("Kathleen", 0.424), ("Pamela", 0.416), ("Martha", 0.412), ("Debra", 0.408),
    ("Amanda", 0.404), ("Stephanie", 0.4), ("Carolyn", 0.385), ("Christine", 0.382),
    ("Marie", 0.379), ("Janet", 0.379), ("Catherine", 0.373), ("Frances", 0.37), ("Ann", 0.364),
    ("Joyce", 0.364), ("Diane", 0.359), ("Alice", 0.357), ("Julie", 0.348), ("Heather", 0.337),
    ("Teresa", 0.336), ("Doris", 0.335), ("Gloria", 0.335), ("Evelyn", 0.322), ("Jean", 0.315),
    ("Cheryl", 0.315), ("Mildred", 0.313), ("Katherine", 0.313), ("Joan", 0.306),
    ("Ashley", 0.303), ("Judith", 0.297), ("Rose", 0.296), ("Janice", 0.285), ("Kelly", 0.283),
    ("Nicole", 0.281), ("Judy", 0.276), ("Christina", 0.275), ("Kathy", 0.272),
    ("Theresa", 0.271), ("Beverly", 0.267), ("Denise", 0.264), ("Tammy", 0.259),
    ("Irene", 0.252), ("Jane", 0.25), ("Lori", 0.248), ("Rachel", 0.242), ("Marilyn", 0.241),
    ("Andrea", 0.236), ("Kathryn", 0.234), ("Louise", 0.229), ("Sara", 0.229), ("Anne", 0.228),
    ("Jacqueline", 0.228), ("Wanda", 0.226), ("Bonnie", 0.223), ("Julia", 0.223),
    ("Ruby", 0.221), ("Lois", 0.22), ("Tina", 0.22), ("Phyllis", 0.219), ("Norma", 0.218),
    ("Paula", 0.217), ("Diana", 0.216), ("Annie", 0.216), ("Lillian", 0.211), ("Emily", 0.208),
    ("Robin", 0.208), ("Peggy", 0.208), ("Crystal", 0.207), ("Gladys", 0.205), ("Rita", 0.204),
    ("Dawn", 0.202), ("Connie", 0.2), ("Florence", 0.2), ("Tracy", 0.197), ("Edna", 0.197),
    ("Tiffany", 0.195), ("Carmen", 0.195), ("Rosa", 0.194), ("Cindy", 0.192), ("Grace", 0.189),
    ("Wendy", 0.185), ("Victoria", 0.18), ("Edith", 0.179), ("Kim", 0.178), ("Sherry", 0.178),
    ("Sylvia", 0.177), ("Josephine", 0.177), ("Thelma", 0.175), ("Shannon", 0.175),
    ("Sheila", 0.175), ("Ethel", 0.174), ("Ellen", 0.173), ("Elaine", 0.173),
    ("Marjorie", 0.173), ("Carrie", 0.171), ("Charlotte", 0.169), ("Monica", 0.166),
    ("Esther", 0.166), ("Pauline", 0.165), ("Emma", 0.165), ("Juanita", 0.164),
    ("Anita", 0.162), ("Rhonda", 0.162), ("Hazel", 0.161), ("Amber", 0.16), ("Eva", 0.159),
    ("Debbie", 0.157), ("April", 0.154), ("Leslie", 0.154), ("Clara", 0.153),
    ("Lucille", 0.153), ("Jamie", 0.153), ("Joanne", 0.15), ("Eleanor", 0.15),
    ("Valerie", 0.149), ("Danielle", 0.149), ("Megan", 0.147), ("Alicia", 0.146),
    ("Suzanne", 0.145), ("Michele", 0.145), ("Gail", 0.145), ("Bertha", 0.143),
    ("Darlene", 0.142), ("Veronica", 0.142), ("Jill", 0.142), ("Erin", 0.141),
    ("Geraldine", 0.141), ("Lauren", 0.137), ("Cathy", 0.137), ("Joann", 0.136),
    ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135), ("Regina", 0.133), ("Erica", 0.13),
    ("Beatrice", 0.13), ("Dolores", 0.129), ("Bernice", 0.128), ("Audrey", 0.127),
    ("Yvonne", 0.126), ("Annette", 0.125), ("June", 0.125), ("Samantha", 0.124),
    ("Marion", 0.122), ("Dana", 0.122), ("Stacy", 0.121), ("Ana", 0.12), ("Renee", 0.12),
    ("Ida", 0.118), ("Vivian", 0.118), ("Roberta", 0.117), ("Holly", 0.117),
    ("Brittany", 0.117), ("Melanie", 0.116), ("Loretta", 0.115), ("Yolanda", 0.115),
    ("Jeanette", 0.115), ("Laurie", 0.114), ("Katie", 0.113), ("Kristen", 0.111),
    ("Vanessa", 0.111), ("Alma", 0.111), ("Sue", 0.111), ("Elsie", 0.11), ("Beth", 0.11),
    ("Jeanne", 0.109), ("Vicki", 0.109), ("Carla", 0.107), ("Tara", 0.107), ("Rosemary", 0.107),
    ("Eileen", 0.105), ("Terri", 0.105), ("Gertrude", 0.103), ("Lucy", 0.103), ("Tonya", 0.102),
    ("Ella", 0.101), ("Stacey", 0.101), ("Wilma", 0.099), ("Gina", 0.099), ("Kristin", 0.099),
    ("Jessie", 0.098), ("Natalie", 0.098), ("Agnes", 0.098), ("Vera", 0.098), ("Willie", 0.097),
    ("Charlene", 0.097), ("Bessie", 0.096), ("Delores", 0.095), ("Melinda", 0.094),
    ("Pearl", 0.094), ("Arlene", 0.094), ("Maureen", 0.092), ("Colleen", 0.092),
    ("Allison", 0.092), ("Tamara", 0.092), ("Joy", 0.091), ("Georgia", 0.091),
    ("Constance", 0.091), ("Lillie", 0.09), ("Claudia", 0.09), ("Jackie", 0.09),
    ("Marcia", 0.09), ("Tanya", 0.089), ("Nellie", 0.089), ("Minnie", 0.089),
    ("Marlene", 0.088), ("Heidi", 0.088), ("Glenda", 0.088), ("Lydia", 0.086), ("Viola", 0.086),
    ("Courtney", 0.086), ("Marian", 0.086), ("Stella", 0.085), ("Caroline", 0.085),
    ("Dora", 0.084), ("Jo", 0.083), ("Vickie", 0.082), ("Mattie", 0.081), ("Terry", 0.08),
    ("Maxine", 0.079), ("Irma", 0.079), ("Mabel", 0.078), ("Marsha", 0.078), ("Myrtle", 0.078),
    ("Lena", 0.077), ("Christy", 0.077), ("Deanna", 0.076), ("Patsy", 0.076), ("Hilda", 0.075),
    ("Gwendolyn", 0.074), ("Jennie", 0.073), ("Nora", 0.073), ("Margie", 0.072),
    ("Nina", 0.072), ("Cassandra", 0.072), ("Leah", 0.072), ("Penny", 0.071), ("Kay", 0.071),
    ("Priscilla", 0.071), ("Naomi", 0.071), ("Carole", 0.071), ("Brandy", 0.07), ("Olga", 0.07),
    ("Billie", 0.069), ("Dianne", 0.069), ("Tracey", 0.069), ("Leona", 0.069), ("Jenny", 0.068),
    ("Felicia", 0.068), ("Sonia", 0.068), ("Miriam", 0.066), ("Velma", 0.066), ("Becky", 0.066),
    ("Bobbie", 0.065), ("Violet", 0.065), ("Kristina", 0.065), ("Toni", 0.064),
    ("Misty", 0.063), ("Mae", 0.063), ("Shelly", 0.062), ("Daisy", 0.062), ("Ramona", 0.062),
    ("Sherri", 0.062), ("Erika", 0.061), ("Katrina", 0.061), ("Claire", 0.061),
    ("Lindsey", 0.06), ("Lindsay", 0.06), ("Geneva", 0.059), ("Guadalupe", 0.059),
    ("Belinda", 0.059), ("Margarita", 0.059), ("Sheryl", 0.059), ("Cora", 0.058),
    ("Faye", 0.058), ("Ada", 0.057), ("Natasha", 0.057), ("Sabrina", 0.057), ("Isabel", 0.057),
    ("Marguerite", 0.056), ("Hattie", 0.056), ("Harriet", 0.056), ("Molly", 0.055),
    ("Cecilia", 0.055), ("Kristi", 0.055), ("Brandi", 0.055), ("Blanche", 0.055),
    ("Sandy", 0.055), ("Rosie", 0.055), ("Joanna", 0.055), ("Iris", 0.055), ("Eunice", 0.054),
    ("Angie", 0.054), ("Inez", 0.053), ("Lynda", 0.053), ("Madeline", 0.052), ("Amelia", 0.052),
    ("Alberta", 0.052), ("Genevieve", 0.051), ("Monique", 0.051), ("Jodi", 0.051),
    ("Janie", 0.051), ("Maggie", 0.051), ("Kayla", 0.051), ("Sonya", 0.051), ("Jan", 0.051),
    ("Lee", 0.051), ("Kristine", 0.051), ("Candace", 0.051), ("Fannie", 0.05),
    ("Maryann", 0.05), ("Opal", 0.05), ("Alison", 0.05), ("Yvette", 0.05), ("Melody", 0.05),
    ("Luz", 0.049), ("Susie", 0.049), ("Olivia", 0.049), ("Flora", 0.049), ("Shelley", 0.049),
    ("Kristy", 0.048), ("Mamie", 0.048), ("Lula", 0.048), ("Lola", 0.048), ("Verna", 0.048),
    ("Beulah", 0.048), ("Antoinette", 0.048), ("Candice", 0.046), ("Juana", 0.046),
    ("Jeannette", 0.046), ("Pam", 0.046), ("Kelli", 0.046), ("Hannah", 0.045),
    ("Whitney", 0.045), ("Bridget", 0.045), ("Karla", 0.044), ("Celia", 0.044),
    ("Latoya", 0.043), ("Patty", 0.043), ("Shelia", 0.043), ("Gayle", 0.043), ("Della", 0.043),
    ("Vicky", 0.043), ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042), ("Kara", 0.041),
    ("Jacquelyn", 0.041), ("Erma", 0.041), ("Blanca", 0.041), ("Myra", 0.04), ("Leticia", 0.04),
    ("Pat", 0.04), ("Krista", 0.04), ("Roxanne", 0.04), ("Angelica", 0.039), ("Johnnie", 0.039),
    ("Robyn", 0.039), ("Francis", 0.039), ("Adrienne", 0.039), ("Rosalie", 0.039),
    ("Alexandra", 0.039), ("Brooke", 0.039), ("Bethany", 0.039), ("Sadie", 0.039),
    ("Bernadette", 0.039),
)  # fmt: skip

US_M = (
    ("James", 3.318), ("John", 3.271), ("Robert", 3.143), ("Michael", 2.629),
    ("William", 2.451), ("David", 2.363), ("Richard", 1.703), ("Charles", 1.523),
    ("Joseph", 1.404), ("Thomas", 1.38), ("Christopher", 1.035), ("Daniel", 0.974),
    ("Paul", 0.948), ("Mark", 0.938), ("Donald", 0.931), ("George", 0.927), ("Kenneth", 0.826),
    ("Steven", 0.78), ("Edward", 0.779), ("Brian", 0.736), ("Ronald", 0.725),
    ("Anthony", 0.721), ("Kevin", 0.671), ("Jason", 0.66), ("Matthew", 0.657), ("Gary", 0.65),
    ("Timothy", 0.64), ("Jose", 0.613), ("Larry", 0.598), ("Jeffrey", 0.591), ("Frank", 0.581),
    ("Scott", 0.546), ("Eric", 0.544), ("Stephen", 0.54), ("Andrew", 0.537), ("Raymond", 0.488),
    ("Gregory", 0.441), ("Joshua", 0.435), ("Jerry", 0.432), ("Dennis", 0.415),
    ("Walter", 0.399), ("Patrick", 0.389), ("Peter", 0.381), ("Harold", 0.371),
    ("Douglas", 0.367), ("Henry", 0.365), ("Carl", 0.346), ("Arthur", 0.335), ("Ryan", 0.328),
    ("Roger", 0.322), ("Joe", 0.321), ("Juan", 0.316), ("Jack", 0.315), ("Albert", 0.314),
    ("Jonathan", 0.313), ("Justin", 0.311), ("Terry", 0.311), ("Gerald", 0.309),
    ("Keith", 0.308), ("Samuel", 0.306), ("Willie", 0.302), ("Ralph", 0.282),
    ("Lawrence", 0.282), ("Nicholas", 0.275), ("Roy", 0.273), ("Benjamin", 0.27),
    ("Bruce", 0.263), ("Brandon", 0.26), ("Adam", 0.259), ("Harry", 0.251), ("Fred", 0.251),
    ("Wayne", 0.249), ("Billy", 0.248), ("Steve", 0.246), ("Louis", 0.243), ("Jeremy", 0.242),
    ("Aaron", 0.24), ("Randy", 0.232), ("Howard", 0.23), ("Eugene", 0.23), ("Carlos", 0.229),
    ("Russell", 0.224), ("Bobby", 0.223), ("Victor", 0.222), ("Martin", 0.216),
    ("Ernest", 0.215), ("Phillip", 0.213), ("Todd", 0.213), ("Jesse", 0.209), ("Craig", 0.206),
    ("Alan", 0.204), ("Shawn", 0.2), ("Clarence", 0.197), ("Sean", 0.197), ("Philip", 0.197),
    ("Chris", 0.197), ("Johnny", 0.195), ("Earl", 0.193), ("Jimmy", 0.191), ("Antonio", 0.19),
    ("Danny", 0.19), ("Bryan", 0.19), ("Tony", 0.19), ("Luis", 0.189), ("Mike", 0.189),
    ("Stanley", 0.186), ("Leonard", 0.186), ("Nathan", 0.185), ("Dale", 0.184),
    ("Manuel", 0.181), ("Rodney", 0.18), ("Curtis", 0.18), ("Norman", 0.177), ("Allen", 0.174),
    ("Marvin", 0.171), ("Vincent", 0.168), ("Glenn", 0.167), ("Jeffery", 0.166),
    ("Travis", 0.166), ("Jeff", 0.166), ("Chad", 0.165), ("Jacob", 0.165), ("Lee", 0.162),
    ("Melvin", 0.162), ("Alfred", 0.162), ("Kyle", 0.16), ("Francis", 0.16), ("Bradley", 0.159),
    ("Jesus", 0.155), ("Herbert", 0.155), ("Frederick", 0.154), ("Ray", 0.153), ("Joel", 0.152),
    ("Edwin", 0.148), ("Don", 0.145), ("Eddie", 0.144), ("Ricky", 0.141), ("Troy", 0.138),
    ("Randall", 0.138), ("Barry", 0.134), ("Alexander", 0.132), ("Bernard", 0.127),
    ("Mario", 0.125), ("Leroy", 0.125), ("Francisco", 0.124), ("Marcus", 0.124),
    ("Micheal", 0.123), ("Theodore", 0.123), ("Clifford", 0.123), ("Miguel", 0.122),
    ("Oscar", 0.122), ("Jay", 0.118), ("Jim", 0.118), ("Tom", 0.117), ("Calvin", 0.115),
    ("Alex", 0.115), ("Jon", 0.115), ("Ronnie", 0.113), ("Bill", 0.112), ("Lloyd", 0.112),
    ("Tommy", 0.112), ("Leon", 0.112), ("Derek", 0.112), ("Warren", 0.11), ("Darrell", 0.108),
    ("Jerome", 0.108), ("Floyd", 0.107), ("Leo", 0.106), ("Alvin", 0.105), ("Tim", 0.104),
    ("Wesley", 0.104), ("Gordon", 0.104), ("Dean", 0.104), ("Greg", 0.104), ("Jorge", 0.104),
    ("Dustin", 0.103), ("Pedro", 0.103), ("Derrick", 0.103), ("Dan", 0.101), ("Lewis", 0.099),
    ("Zachary", 0.099), ("Corey", 0.098), ("Herman", 0.097), ("Maurice", 0.097),
    ("Vernon", 0.097), ("Roberto", 0.097), ("Clyde", 0.095), ("Glen", 0.094), ("Hector", 0.094),
    ("Shane", 0.093), ("Ricardo", 0.093), ("Sam", 0.092), ("Rick", 0.091), ("Lester", 0.091),
    ("Brent", 0.09), ("Ramon", 0.09), ("Charlie", 0.09), ("Tyler", 0.089), ("Gilbert", 0.089),
    ("Gene", 0.087), ("Marc", 0.087), ("Reginald", 0.084), ("Ruben", 0.082), ("Brett", 0.082),
    ("Angel", 0.082), ("Nathaniel", 0.081), ("Rafael", 0.081), ("Leslie", 0.081),
    ("Edgar", 0.08), ("Milton", 0.08), ("Raul", 0.079), ("Ben", 0.078), ("Chester", 0.078),
    ("Cecil", 0.078), ("Duane", 0.077), ("Franklin", 0.077), ("Andre", 0.076), ("Elmer", 0.074),
    ("Brad", 0.073), ("Gabriel", 0.073), ("Ron", 0.072), ("Mitchell", 0.072), ("Roland", 0.072),
    ("Arnold", 0.072), ("Harvey", 0.072), ("Jared", 0.071), ("Adrian", 0.069), ("Karl", 0.069),
    ("Cory", 0.068), ("Claude", 0.068), ("Erik", 0.068), ("Darryl", 0.067), ("Jamie", 0.066),
    ("Neil", 0.066), ("Jessie", 0.065), ("Christian", 0.065), ("Javier", 0.065),
    ("Fernando", 0.065), ("Clinton", 0.065), ("Ted", 0.064), ("Mathew", 0.064),
    ("Tyrone", 0.064), ("Darren", 0.064), ("Lonnie", 0.064), ("Lance", 0.063), ("Cody", 0.063),
    ("Julio", 0.063), ("Kelly", 0.063), ("Kurt", 0.062), ("Allan", 0.061), ("Nelson", 0.061),
    ("Guy", 0.06), ("Clayton", 0.06), ("Hugh", 0.06), ("Max", 0.059), ("Dwayne", 0.059),
    ("Dwight", 0.058), ("Armando", 0.058), ("Felix", 0.058), ("Jimmie", 0.058),
    ("Everett", 0.057), ("Jordan", 0.056), ("Ian", 0.056), ("Wallace", 0.056), ("Ken", 0.055),
    ("Bob", 0.055), ("Jaime", 0.055), ("Casey", 0.054), ("Alfredo", 0.054), ("Alberto", 0.053),
    ("Dave", 0.053), ("Ivan", 0.053), ("Johnnie", 0.052), ("Sidney", 0.052), ("Byron", 0.052),
    ("Julian", 0.052), ("Isaac", 0.051), ("Morris", 0.051), ("Clifton", 0.05),
    ("Willard", 0.05), ("Daryl", 0.05), ("Ross", 0.05), ("Virgil", 0.049), ("Andy", 0.049),
    ("Marshall", 0.049), ("Salvador", 0.049), ("Perry", 0.049), ("Kirk", 0.049),
    ("Sergio", 0.049), ("Marion", 0.048), ("Tracy", 0.048), ("Seth", 0.048), ("Kent", 0.048),
    ("Terrance", 0.048), ("Rene", 0.048), ("Eduardo", 0.047), ("Terrence", 0.047),
    ("Enrique", 0.046), ("Freddie", 0.046), ("Wade", 0.045), ("Austin", 0.044),
    ("Stuart", 0.044), ("Fredrick", 0.043), ("Arturo", 0.043), ("Alejandro", 0.043),
    ("Jackie", 0.043), ("Joey", 0.043), ("Nick", 0.043), ("Luther", 0.043), ("Wendell", 0.042),
    ("Jeremiah", 0.042), ("Evan", 0.042), ("Julius", 0.042), ("Dana", 0.042), ("Donnie", 0.041),
    ("Otis", 0.041), ("Shannon", 0.04), ("Trevor", 0.04), ("Oliver", 0.04), ("Luke", 0.04),
    ("Homer", 0.04), ("Gerard", 0.04), ("Doug", 0.04), ("Kenny", 0.039), ("Hubert", 0.039),
    ("Angelo", 0.039), ("Shaun", 0.039), ("Lyle", 0.038), ("Matt", 0.038), ("Lynn", 0.038),
    ("Alfonso", 0.038), ("Orlando", 0.037), ("Rex", 0.037), ("Carlton", 0.037),
    ("Ernesto", 0.037), ("Cameron", 0.037), ("Neal", 0.037), ("Pablo", 0.036),
    ("Lorenzo", 0.036), ("Omar", 0.036), ("Wilbur", 0.036), ("Blake", 0.036), ("Grant", 0.036),
    ("Horace", 0.036), ("Roderick", 0.036), ("Kerry", 0.036), ("Abraham", 0.035),
    ("Willis", 0.035), ("Rickey", 0.035), ("Jean", 0.035), ("Ira", 0.035), ("Andres", 0.034),
    ("Cesar", 0.034), ("Johnathan", 0.034), ("Malcolm", 0.034), ("Rudolph", 0.034),
    ("Damon", 0.034), ("Kelvin", 0.034), ("Rudy", 0.034), ("Preston", 0.034), ("Alton", 0.033),
    ("Archie", 0.033), ("Marco", 0.033), ("Wm", 0.033), ("Pete", 0.032), ("Randolph", 0.032),
    ("Garry", 0.032), ("Geoffrey", 0.032), ("Jonathon", 0.032), ("Felipe", 0.032),
    ("Bennie", 0.032), ("Gerardo", 0.032), ("Ed", 0.032), ("Dominic", 0.032), ("Robin", 0.032),
    ("Loren", 0.032), ("Delbert", 0.031), ("Colin", 0.031), ("Guillermo", 0.031),
    ("Earnest", 0.031), ("Lucas", 0.031), ("Benny", 0.03), ("Noel", 0.03), ("Spencer", 0.03),
    ("Rodolfo", 0.03), ("Myron", 0.03), ("Edmund", 0.03), ("Garrett", 0.029),
    ("Salvatore", 0.029), ("Cedric", 0.029), ("Lowell", 0.029), ("Gregg", 0.029),
    ("Sherman", 0.028), ("Wilson", 0.028), ("Devin", 0.028), ("Sylvester", 0.028),
    ("Kim", 0.028), ("Roosevelt", 0.028), ("Israel", 0.028), ("Jermaine", 0.028),
)  # fmt: skip

US_S = (
    ("Smith", 1.006), ("Johnson", 0.81), ("Williams", 0.699), ("Jones", 0.621),
    ("Brown", 0.621), ("Davis", 0.48), ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312),
    ("Taylor", 0.311), ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.31),
    ("White", 0.279), ("Harris", 0.275), ("Martin", 0.273), ("Thompson", 0.269),
    ("Garcia", 0.254), ("Martinez", 0.234), ("Robinson", 0.233), ("Clark", 0.231),
    ("Rodriguez", 0.229), ("Lewis", 0.226), ("Lee", 0.22), ("Walker", 0.219), ("Hall", 0.2),
    ("Allen", 0.199), ("Young", 0.193), ("Hernandez", 0.192), ("King", 0.19), ("Wright", 0.189),
    ("Lopez", 0.187), ("Hill", 0.187), ("Scott", 0.185), ("Green", 0.183), ("Adams", 0.174),
    ("Baker", 0.171), ("Gonzalez", 0.166), ("Nelson", 0.162), ("Carter", 0.162),
    ("Mitchell", 0.16), ("Perez", 0.155), ("Roberts", 0.153), ("Turner", 0.152),
    ("Phillips", 0.149), ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141),
    ("Edwards", 0.137), ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.13),
    ("Morris", 0.125), ("Rogers", 0.123), ("Reed", 0.122), ("Cook", 0.12), ("Morgan", 0.118),
    ("Bell", 0.117), ("Murphy", 0.117), ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper", 0.113),
    ("Richardson", 0.112), ("Cox", 0.11), ("Howard", 0.11), ("Ward", 0.108), ("Torres", 0.108),
    ("Peterson", 0.107), ("Gray", 0.106), ("Ramirez", 0.105), ("James", 0.105),
    ("Watson", 0.103), ("Brooks", 0.103), ("Kelly", 0.102), ("Sanders", 0.1), ("Price", 0.099),
    ("Bennett", 0.099), ("Wood", 0.098), ("Barnes", 0.097), ("Ross", 0.096),
    ("Henderson", 0.095), ("Coleman", 0.095), ("Jenkins", 0.095), ("Perry", 0.094),
    ("Powell", 0.093), ("Long", 0.092), ("Patterson", 0.092), ("Hughes", 0.092),
    ("Flores", 0.092), ("Washington", 0.092), ("Butler", 0.091), ("Simmons", 0.091),
    ("Foster", 0.091), ("Gonzales", 0.087), ("Bryant", 0.087), ("Alexander", 0.085),
    ("Russell", 0.085), ("Griffin", 0.084), ("Diaz", 0.084), ("Hayes", 0.083), ("Myers", 0.083),
    ("Ford", 0.082), ("Hamilton", 0.082), ("Graham", 0.082), ("Sullivan", 0.081),
    ("Wallace", 0.081), ("Woods", 0.08), ("Cole", 0.08), ("West", 0.08), ("Jordan", 0.078),
    ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077), ("Ellis", 0.077),
    ("Harrison", 0.076), ("Gibson", 0.075), ("McDonald", 0.075), ("Cruz", 0.075),
    ("Marshall", 0.075), ("Ortiz", 0.075), ("Gomez", 0.075), ("Murray", 0.074),
    ("Freeman", 0.074), ("Wells", 0.073), ("Webb", 0.072), ("Simpson", 0.07), ("Stevens", 0.07),
    ("Tucker", 0.07), ("Porter", 0.069), ("Hunter", 0.069), ("Hicks", 0.069),
    ("Crawford", 0.068), ("Henry", 0.068), ("Boyd", 0.068), ("Mason", 0.068),
    ("Morales", 0.067), ("Kennedy", 0.067), ("Warren", 0.067), ("Dixon", 0.066),
    ("Ramos", 0.066), ("Reyes", 0.066), ("Burns", 0.065), ("Gordon", 0.065), ("Shaw", 0.065),
    ("Holmes", 0.065), ("Rice", 0.064), ("Robertson", 0.064), ("Hunt", 0.063), ("Black", 0.063),
    ("Daniels", 0.062), ("Palmer", 0.062), ("Mills", 0.061), ("Nichols", 0.06), ("Grant", 0.06),
    ("Knight", 0.06), ("Ferguson", 0.059), ("Rose", 0.059), ("Stone", 0.059),
    ("Hawkins", 0.059), ("Dunn", 0.058), ("Perkins", 0.058), ("Hudson", 0.058),
    ("Spencer", 0.057), ("Gardner", 0.057), ("Stephens", 0.057), ("Payne", 0.057),
    ("Pierce", 0.056), ("Berry", 0.056), ("Matthews", 0.056), ("Arnold", 0.056),
    ("Wagner", 0.055), ("Willis", 0.055), ("Ray", 0.055), ("Watkins", 0.055), ("Olson", 0.055),
    ("Carroll", 0.055), ("Duncan", 0.055), ("Snyder", 0.055), ("Hart", 0.054),
    ("Cunningham", 0.054), ("Bradley", 0.054), ("Lane", 0.054), ("Andrews", 0.054),
    ("Ruiz", 0.054), ("Harper", 0.054), ("Fox", 0.053), ("Riley", 0.053), ("Armstrong", 0.053),
    ("Carpenter", 0.053), ("Weaver", 0.053), ("Greene", 0.053), ("Lawrence", 0.052),
    ("Elliott", 0.052), ("Chavez", 0.052), ("Sims", 0.052), ("Austin", 0.052),
    ("Peters", 0.052), ("Kelley", 0.052), ("Franklin", 0.051), ("Lawson", 0.051),
    ("Fields", 0.051), ("Gutierrez", 0.051), ("Ryan", 0.051), ("Schmidt", 0.051),
    ("Carr", 0.051), ("Vasquez", 0.051), ("Castillo", 0.051), ("Wheeler", 0.051),
    ("Chapman", 0.05), ("Oliver", 0.05), ("Montgomery", 0.049), ("Richards", 0.049),
    ("Williamson", 0.049), ("Johnston", 0.049), ("Banks", 0.048), ("Meyer", 0.048),
    ("Bishop", 0.048), ("McCoy", 0.048), ("Howell", 0.048), ("Alvarez", 0.048),
    ("Morrison", 0.048), ("Hansen", 0.047), ("Fernandez", 0.047), ("Garza", 0.047),
    ("Harvey", 0.047), ("Little", 0.046), ("Burton", 0.046), ("Stanley", 0.046),
    ("Nguyen", 0.046), ("George", 0.046), ("Jacobs", 0.046), ("Reid", 0.046), ("Kim", 0.045),
    ("Fuller", 0.045), ("Lynch", 0.045), ("Dean", 0.045), ("Gilbert", 0.045),
    ("Garrett", 0.045), ("Romero", 0.045), ("Welch", 0.044), ("Larson", 0.044),
    ("Frazier", 0.044), ("Burke", 0.044), ("Hanson", 0.043), ("Day", 0.043), ("Mendoza", 0.043),
    ("Moreno", 0.043), ("Bowman", 0.043), ("Medina", 0.042), ("Fowler", 0.042),
    ("Brewer", 0.042), ("Hoffman", 0.042), ("Carlson", 0.042), ("Silva", 0.042),
    ("Pearson", 0.042), ("Holland", 0.042), ("Douglas", 0.041), ("Fleming", 0.041),
    ("Jensen", 0.041), ("Vargas", 0.041), ("Byrd", 0.041), ("Davidson", 0.041),
    ("Hopkins", 0.041), ("May", 0.04), ("Terry", 0.04), ("Herrera", 0.04), ("Wade", 0.04),
    ("Soto", 0.04), ("Walters", 0.04), ("Curtis", 0.04), ("Neal", 0.039), ("Caldwell", 0.039),
    ("Lowe", 0.039), ("Jennings", 0.039), ("Barnett", 0.039), ("Graves", 0.039),
    ("Jimenez", 0.039), ("Horton", 0.039), ("Shelton", 0.039), ("Barrett", 0.039),
    ("O'Brien", 0.039), ("Castro", 0.039), ("Sutton", 0.038), ("Gregory", 0.038),
    ("McKinney", 0.038), ("Lucas", 0.038), ("Miles", 0.038), ("Craig", 0.038),
    ("Rodriquez", 0.037), ("Chambers", 0.037), ("Holt", 0.037), ("Lambert", 0.037),
    ("Fletcher", 0.037), ("Watts", 0.037), ("Bates", 0.037), ("Hale", 0.037), ("Rhodes", 0.037),
    ("Pena", 0.037), ("Beck", 0.037), ("Newman", 0.036), ("Haynes", 0.036), ("McDaniel", 0.036),
    ("Mendez", 0.036), ("Bush", 0.036), ("Vaughn", 0.036), ("Parks", 0.035), ("Dawson", 0.035),
    ("Santiago", 0.035), ("Norris", 0.035), ("Hardy", 0.035), ("Love", 0.035),
    ("Steele", 0.035), ("Curry", 0.035), ("Powers", 0.035), ("Schultz", 0.035),
    ("Barker", 0.035), ("Guzman", 0.034), ("Page", 0.034), ("Munoz", 0.034), ("Ball", 0.034),
    ("Keller", 0.034), ("Chandler", 0.034), ("Weber", 0.034), ("Leonard", 0.034),
    ("Walsh", 0.033), ("Lyons", 0.033), ("Ramsey", 0.033), ("Wolfe", 0.033),
    ("Schneider", 0.033), ("Mullins", 0.033), ("Benson", 0.033), ("Sharp", 0.033),
    ("Bowen", 0.033), ("Daniel", 0.033), ("Barber", 0.032), ("Cummings", 0.032),
    ("Hines", 0.032), ("Baldwin", 0.032), ("Griffith", 0.032), ("Valdez", 0.032),
    ("Hubbard", 0.032), ("Salazar", 0.032), ("Reeves", 0.032), ("Warner", 0.031),
    ("Stevenson", 0.031), ("Burgess", 0.031), ("Santos", 0.031), ("Tate", 0.031),
    ("Cross", 0.031), ("Garner", 0.031), ("Mann", 0.031), ("Mack", 0.031), ("Moss", 0.031),
    ("Thornton", 0.031), ("Dennis", 0.031), ("McGee", 0.031), ("Farmer", 0.03),
    ("Delgado", 0.03), ("Aguilar", 0.03), ("Vega", 0.03), ("Glover", 0.03), ("Manning", 0.03),
    ("Cohen", 0.03), ("Harmon", 0.03), ("Rodgers", 0.03), ("Robbins", 0.03), ("Newton", 0.03),
    ("Todd", 0.03), ("Blair", 0.03), ("Higgins", 0.03), ("Ingram", 0.03), ("Reese", 0.03),
    ("Cannon", 0.03), ("Strickland", 0.03), ("Townsend", 0.03), ("Potter", 0.03),
    ("Goodwin", 0.03), ("Walton", 0.03), ("Rowe", 0.029), ("Hampton", 0.029), ("Ortega", 0.029),
    ("Patton", 0.029), ("Swanson", 0.029), ("Joseph", 0.029), ("Francis", 0.029),
    ("Goodman", 0.029), ("Maldonado", 0.029), ("Yates", 0.029), ("Becker", 0.029),
    ("Erickson", 0.029), ("Hodges", 0.029), ("Rios", 0.029), ("Conner", 0.029),
    ("Adkins", 0.029), ("Webster", 0.028), ("Norman", 0.028), ("Malone", 0.028),
    ("Hammond", 0.028), ("Flowers", 0.028), ("Cobb", 0.028), ("Moody", 0.028), ("Quinn", 0.028),
    ("Blake", 0.028), ("Maxwell", 0.028), ("Pope", 0.028), ("Floyd", 0.027), ("Osborne", 0.027),
    ("Paul", 0.027), ("McCarthy", 0.027), ("Guerrero", 0.027), ("Lindsey", 0.027),
    ("Estrada", 0.027), ("Sandoval", 0.027), ("Gibbs", 0.027), ("Tyler", 0.027),
    ("Gross", 0.027), ("Fitzgerald", 0.027), ("Stokes", 0.027), ("Doyle", 0.027),
    ("Sherman", 0.027),
)  # fmt: skip


# Origins common in Sweden: their commonest given names and surnames, 1/rank, head 10.
FINNISH = Origin(
    ranked(
        "Maria Helena Johanna Anneli Kaarina Marjatta Anna Liisa Annikki Hannele Tuula Päivi Sari Riitta Pirjo Aino Eija Tiina Minna Satu Leena Sirpa Kirsi Merja Aila Seija Raija Marja-Liisa Sinikka Tarja Ritva Pirkko",
        10,
    ),
    ranked(
        "Juhani Johannes Olavi Antero Tapani Kalevi Mikael Matti Timo Kari Pekka Mikko Jari Antti Juha Heikki Markku Jukka Hannu Seppo Ilkka Pertti Esa Veikko Tuomas Ville Janne Sami Lauri Eero Raimo Arto",
        10,
    ),
    ranked(
        "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hietala Kallio Räsänen Leinonen",
        10,
    ),
)
ARABIC = Origin(  # Iraq, Syria, Lebanon, Palestine; Assyrian/Syriac names among them
    ranked(
        "Fatima Maryam Zainab Noor Sara Amina Layla Hiba Rana Huda Aya Rasha Nour Yasmin Dalia Rania Lina Hanan Samira Suha Raghad Ghada Maha Batoul Nisreen Mariam Shamiram Ninwa Ramina Nahrain Hala Reem",
        10,
    ),
    ranked(
        "Mohammed Ahmed Ali Omar Hassan Hussein Mustafa Khaled Abdullah Youssef Ibrahim Karim Mahmoud Ammar Tarek Bilal Hamza Samir Nabil Walid Fadi Rami Jamal Ziad Haidar Saad Sargon Ninos Aziz Ashur Yacoub Elias Gabriel Shamoun",
        10,
    ),
    ranked(
        "Ali Mohammed Hassan Hussein Ahmed Ibrahim Abdullah Khalil Saleh Mahmoud Al-Hashimi Jabbar Kadhim Al-Saadi Al-Obaidi Haddad Khoury Nasser Youssef Darwish Salem Mansour Hamdan Saliba Barsoum Shamoun Isho Gabro Aho Yakoub Lahdo Afram Abboud Al-Khafaji",
        10,
    ),
)
SOMALI = Origin(
    ranked(
        "Fadumo Hodan Sahra Ayan Hawa Amina Asha Halima Nasra Khadija Maryan Ifrah Hibaaq Deeqa Sagal Ubah Muna Ikran Shukri Safiya Warsan Ilhan Najma Idil Farhiya Sucaad",
        10,
    ),
    ranked(
        "Mohamed Abdi Ahmed Ali Hassan Abdullahi Omar Yusuf Ismail Abdirahman Mahamed Hussein Abdikarim Farah Mukhtar Liban Said Osman Abdiwali Guled Bashir Nuur Khalid Jama Abdirizak Mahad",
        10,
    ),
    ranked(
        "Mohamed Ali Ahmed Hassan Abdi Omar Hussein Farah Yusuf Ismail Osman Abdullahi Warsame Jama Aden Nur Mohamud Abdirahman Hirsi Dahir Egal Elmi Duale Gedi Adan Samatar Said Awale",
        10,
    ),
)
POLISH = Origin(
    ranked(
        "Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Elżbieta Magdalena Joanna Zofia Monika Aleksandra Dorota Beata Justyna Natalia Marta Karolina Jadwiga Agata Paulina Urszula Iwona Halina Teresa Grażyna Danuta",
        10,
    ),
    ranked(
        "Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Stanisław Jakub Adam Marek Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Józef Jerzy Tadeusz Kamil Ryszard Rafał Maciej Sławomir Przemysław",
        10,
    ),
    ranked(
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowicki Majewski Olszewski Stępień Malinowski Jaworski Adamczyk Dudek Zawadzki Sadowski Wysocki Sawicki Sikorski",
        10,
    ),
)
PERSIAN = Origin(
    ranked(
        "Maryam Fatemeh Zahra Shirin Leila Mina Narges Parisa Nasrin Sara Azadeh Mahsa Neda Roya Shiva Elham Samira Golnaz Parvin Farideh Mitra Nazanin Soraya Yasaman Tara Ladan Mahnaz",
        10,
    ),
    ranked(
        "Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Majid Behrouz Babak Dariush Kaveh Farhad Arash Omid Kourosh Payam Siavash Navid Shahram Ramin Hamed Jafar Masoud Peyman Mahmoud",
        10,
    ),
    ranked(
        "Hosseini Mohammadi Ahmadi Rezaei Moradi Karimi Jafari Rahimi Hashemi Mousavi Ghorbani Sadeghi Heidari Rostami Kazemi Ebrahimi Amini Akbari Nazari Rahmani Najafi Bagheri Tehrani Shirazi Esfahani Farahani Zamani Sharifi Asadi",
        10,
    ),
)
BCS = Origin(  # Bosnian, Serbian, Croatian
    ranked(
        "Amra Emina Lejla Selma Aida Jasmina Senada Mirela Ana Marija Jelena Ivana Dragana Snežana Mirjana Vesna Biljana Azra Edina Alma Maja Sanela Elma Amela Dijana Nermina Ajla Merima Gordana Tanja",
        10,
    ),
    ranked(
        "Mehmed Emir Adnan Amir Edin Senad Haris Kemal Elvir Nermin Mirza Dragan Goran Zoran Milan Nikola Marko Ivan Dejan Nenad Stefan Aleksandar Dario Ante Josip Tomislav Samir Almir Jasmin Damir",
        10,
    ),
    ranked(
        "Hodžić Hadžić Kovačević Delić Begić Mehmedović Hasanović Ibrahimović Halilović Alić Husić Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Stanković Pavlović Horvat Babić Marić Jurić Knežević Vuković Šarić Tomić Kovač Popović Mujić Osmanović Imamović Salihović",
        10,
    ),
)
TURKISH = Origin(
    ranked(
        "Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hanife Merve Özlem Esra Büşra Derya Gül Yasemin Ebru Sevgi Hülya Songül Dilek Aylin Nur Selin Ece Tuğba",
        10,
    ),
    ranked(
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah Mahmut Recep Emre Burak Serkan Kemal Cem Can Kaan Tolga Onur Erkan Volkan",
        10,
    ),
    ranked(
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Özer Güneş Erdoğan Aktaş Acar Bulut Keskin",
        10,
    ),
)
ERITREAN = Origin(  # the surname is the father's (or grandfather's) given name
    ranked(
        "Helen Selam Semhar Saba Yordanos Lidya Freweini Mebrat Rahel Senait Tsega Hiwet Luwam Winta Eden Feven Mihret Abeba Elsa Ruta Sara Hanna Milen Meron Selamawit",
        10,
    ),
    ranked(
        "Yonas Daniel Tesfay Michael Mussie Samuel Dawit Yohannes Filmon Robel Kidane Habtom Tekle Berhane Yemane Biniam Henok Amanuel Simon Efrem Aron Merhawi Goitom Haile Natnael",
        10,
    ),
    ranked(
        "Tesfay Tekle Ghebremedhin Haile Berhane Kidane Gebremariam Tesfamariam Ghebreyesus Yohannes Mehari Habte Weldemichael Andemariam Asmerom Tewelde Mesfin Zerai Ghirmay Gebrehiwet Okbazghi Abraha Tsegay Woldu Negash",
        10,
    ),
)
AFGHAN = Origin(
    ranked(
        "Fatima Maryam Zahra Masooma Nazia Shabnam Farishta Mursal Parwana Nilofar Zarghona Freshta Malalai Marzia Laila Sakina Habiba Gulalai Roya Sima Homa Tahmina Wahida Shukria",
        10,
    ),
    ranked(
        "Mohammad Ahmad Ali Abdul Mustafa Hamid Jawad Farid Rahim Karim Nasir Habib Sayed Hussain Reza Mahdi Omid Samiullah Naveed Sultan Zabihullah Hekmat Ehsan Wahid Bashir Faisal Yama Sohrab",
        10,
    ),
    ranked(
        "Ahmadi Mohammadi Hussaini Rahimi Karimi Sultani Amiri Noori Haidari Hakimi Rasuli Jafari Qasemi Sadat Stanikzai Popal Barakzai Durrani Safi Wardak Zadran Nazari Azizi Hashimi Rezai Yusufzai",
        10,
    ),
)
THAI = Origin(
    ranked(
        "Siriporn Supaporn Pranee Wanida Nittaya Sunisa Kanokwan Jintana Ratana Somporn Malee Orathai Nongluck Pornthip Suda Kanya Lamai Wipawan Duangjai Chanida Rattana Nattaya Pimchanok Sasithorn Kannika",
        10,
    ),
    ranked(
        "Somchai Somsak Prasert Sombat Anan Surachai Chaiwat Niran Kittisak Wichai Prasit Thanawat Sakchai Boonmee Pichai Narong Sutthipong Arthit Kriengsak Nattapong Apichat Weerapong",
        10,
    ),
    ranked(
        "Saetang Srisuk Wongsawat Chaiyasit Boonsri Thongdee Sukprasert Rattanakorn Kaewkla Phromma Suwannarat Jaidee Sangthong Intarasuk Kongkaew Somboon Nakprasert Sirisuk Boonyarat Sutthiwong Kaewmanee Phuangthong",
        10,
    ),
)
LATIN = Origin(  # Chile first, then Latin America; two surnames, paternal and maternal
    ranked(
        "María Ana Carmen Claudia Patricia Carolina Francisca Javiera Camila Valentina Constanza Daniela Paula Marcela Verónica Andrea Gloria Rosa Isabel Fernanda Catalina Gabriela Alejandra Lorena Paola Ximena Sofía Luz Pilar",
        10,
    ),
    ranked(
        "José Juan Luis Carlos Jorge Manuel Francisco Pedro Sergio Cristián Rodrigo Pablo Diego Felipe Matías Sebastián Andrés Alejandro Ricardo Patricio Víctor Héctor Raúl Eduardo Gonzalo Marcelo Mauricio Nicolás Tomás",
        10,
    ),
    ranked(
        "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez Castro Pizarro Álvarez Vásquez Sánchez Fernández Ramírez Carrasco Gómez Cortés Herrera",
        10,
    ),
)
KURDISH = Origin(
    ranked(
        "Rojin Berfin Dilan Zilan Nazdar Shilan Avin Helin Rozhin Jiyan Nishtiman Bahar Gulistan Viyan Sozdar Narin Leyla Kajal Runak Evin Rojda Berivan Hevin Newroz Azhin Shirin",
        10,
    ),
    ranked(
        "Rebin Karwan Dilshad Aram Azad Hawre Rekan Shvan Hiwa Dara Kawa Bakhtiar Serhat Ako Soran Zana Baran Rizgar Sherwan Diyar Hemin Ari Zirak Barzan Delshad",
        10,
    ),
    ranked(
        "Ahmed Mohammed Hassan Aziz Rashid Karim Mahmoud Omer Salih Abdulla Tahir Qadir Hama Jalal Ismail Mustafa Rasul Faraj Kurdi Amin Fatah Hawrami Baban Sharif Khoshnaw Jaff Zebari",
        10,
    ),
)
INDIAN = Origin(
    ranked(
        "Priya Anjali Neha Pooja Divya Sneha Kavya Shreya Ananya Deepika Swati Aishwarya Meera Lakshmi Nisha Ritu Sunita Rekha Shalini Aarti Preeti Isha Radhika",
        10,
    ),
    ranked(
        "Rahul Amit Arjun Vikram Rohit Rajesh Sanjay Suresh Anil Vijay Karthik Aditya Nikhil Arun Manoj Prakash Deepak Ravi Sandeep Abhishek Varun Siddharth Harish",
        10,
    ),
    ranked(
        "Patel Sharma Singh Kumar Gupta Reddy Rao Iyer Nair Shah Mehta Joshi Desai Menon Pillai Verma Agarwal Chatterjee Banerjee Mukherjee Krishnan Srinivasan Bhat Kulkarni",
        10,
    ),
)
UKRAINIAN = Origin(
    ranked(
        "Olena Oksana Iryna Tetiana Natalia Yulia Kateryna Svitlana Halyna Nadiia Viktoriia Anastasiia Mariia Liudmyla Larysa Olha Daria Alina Sofiia Valentyna",
        10,
    ),
    ranked(
        "Oleksandr Andrii Serhii Dmytro Volodymyr Mykola Oleh Yurii Ivan Vasyl Viktor Maksym Bohdan Taras Petro Roman Vitalii Artem Denys Ihor",
        10,
    ),
    ranked(
        "Kovalenko Shevchenko Bondarenko Tkachenko Kravchenko Melnyk Boiko Oliinyk Kovalchuk Koval Lysenko Marchenko Rudenko Savchenko Petrenko Moroz Pavlenko Klymenko Ponomarenko Tkachuk",
        10,
    ),
)
CHINESE = Origin(
    ranked("Jing Min Yan Ling Xiaoyan Hui Li Na Fang Juan Xiu Ying Lei Mei Qian Xin Yu Ting", 10),
    ranked("Wei Jun Lei Hao Jian Tao Ming Yong Qiang Bo Peng Chao Gang Hui Feng Long Bin Yang", 10),
    ranked(
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo", 10
    ),
)

US = Origin(census(US_F, 150), census(US_M, 150), census(US_S, 150))
SWEDISH = Origin(SV_F, SV_M, SV_S)
UK = Origin(UK_F, UK_M, UK_S)

ORIGINS = {
    "swedish": SWEDISH, "us": US, "uk": UK, "finnish": FINNISH, "arabic": ARABIC, "somali": SOMALI,
    "polish": POLISH, "persian": PERSIAN, "bcs": BCS, "turkish": TURKISH, "eritrean": ERITREAN,
    "afghan": AFGHAN, "thai": THAI, "latin": LATIN, "kurdish": KURDISH, "indian": INDIAN,
    "ukrainian": UKRAINIAN, "chinese": CHINESE,
}  # fmt: skip

# Who is named, per language of the text: Swedish text roughly as Sweden's population is (with
# its largest groups born abroad or of parents born abroad), English text mostly US and UK, mixed
# text (Swedes writing at work with English colleagues) Swedish first.
MIXES = {
    "sv": {
        "swedish": 68, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5, "eritrean": 1.2, "thai": 1,
        "latin": 1, "indian": 1, "ukrainian": 1, "chinese": 0.6, "uk": 0.8, "us": 0.6,
    },
    "en": {
        "us": 38, "uk": 36, "swedish": 9, "indian": 3, "arabic": 2, "polish": 2, "latin": 2,
        "chinese": 1.5, "finnish": 1, "somali": 1, "persian": 1, "turkish": 1, "ukrainian": 0.8,
        "thai": 0.5, "bcs": 0.5, "afghan": 0.5, "eritrean": 0.5, "kurdish": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 10, "arabic": 5, "finnish": 3, "polish": 3, "indian": 2.5,
        "persian": 2.5, "bcs": 2, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5, "ukrainian": 1.2,
        "afghan": 1.2, "eritrean": 1, "latin": 1, "thai": 1, "chinese": 1,
    },
}  # fmt: skip

NICK_SV = {
    "Lars": ["Lasse"], "Mikael": ["Micke"], "Joakim": ["Jocke"], "Karl": ["Kalle"], "Per": ["Pelle"],
    "Hans": ["Hasse"], "Jan": ["Janne"], "Thomas": ["Tompa"], "Magnus": ["Manne"], "Mattias": ["Matte"],
    "Fredrik": ["Fredde"], "Kristoffer": ["Krille"], "Christer": ["Crille"], "Marcus": ["Mackan"],
    "Patrik": ["Patte"], "Alexander": ["Alex"], "Sebastian": ["Sebbe"], "Gustav": ["Gurra"],
    "Robert": ["Robban"], "Daniel": ["Danne"], "Lennart": ["Lelle"], "Niklas": ["Nicke"],
    "Bengt": ["Bengan"], "Ulf": ["Uffe"], "Rolf": ["Roffe"], "Tobias": ["Tobbe"], "Jesper": ["Jeppe"],
    "Henrik": ["Henke"], "Stefan": ["Steffe"], "Kenneth": ["Kenta"], "Lars-Erik": ["Lasse"],
    "Johan": ["Jojje"], "Anders": ["Adde"], "Kjell": ["Kjelle"], "Torbjörn": ["Tobbe"],
    "Charlotta": ["Lotta"], "Charlotte": ["Lotta"], "Elisabeth": ["Lisa", "Bettan"], "Susanne": ["Sussie"],
    "Katarina": ["Kattis", "Katta"], "Margareta": ["Maggan"], "Birgitta": ["Gittan", "Bibbi"],
    "Kristina": ["Kicki", "Stina"], "Annika": ["Anki"], "Maria": ["Mia"], "Josefin": ["Jossan"],
    "Johanna": ["Jossan", "Hanna"], "Matilda": ["Tilda"], "Amanda": ["Manda"], "Emelie": ["Emmy"],
    "Felicia": ["Fia"], "Sofia": ["Fia"], "Viktoria": ["Vickan"], "Madeleine": ["Madde"],
    "Camilla": ["Millan"], "Rebecka": ["Becka"], "Therese": ["Tessan"],
    "Ulrika": ["Ullis"], "Isabelle": ["Bella"],
}  # fmt: skip
NICK_EN = {
    "William": ["Bill", "Will"], "Robert": ["Bob", "Rob"], "Richard": ["Rick", "Rich"],
    "James": ["Jim", "Jamie"], "Michael": ["Mike", "Mick"], "Christopher": ["Chris"],
    "Jonathan": ["Jon"], "Thomas": ["Tom"], "Daniel": ["Dan", "Danny"], "Matthew": ["Matt"],
    "Andrew": ["Andy", "Drew"], "Stephen": ["Steve"], "Steven": ["Steve"], "Anthony": ["Tony"],
    "Nicholas": ["Nick"], "Timothy": ["Tim"], "Benjamin": ["Ben"], "Alexander": ["Alex"],
    "Joseph": ["Joe"], "Edward": ["Ed", "Ted"], "Charles": ["Charlie"], "David": ["Dave"],
    "Peter": ["Pete"], "Samuel": ["Sam"], "Kenneth": ["Ken"], "Gregory": ["Greg"], "Ronald": ["Ron"],
    "Elizabeth": ["Liz", "Beth"], "Jennifer": ["Jen", "Jenny"], "Katherine": ["Kate", "Katie"],
    "Catherine": ["Cathy", "Kate"], "Margaret": ["Maggie", "Peggy"], "Patricia": ["Pat", "Trish"],
    "Susan": ["Sue"], "Deborah": ["Debbie"], "Rebecca": ["Becky"], "Victoria": ["Vicky"],
    "Jacqueline": ["Jackie"], "Alexandra": ["Alex"], "Samantha": ["Sam"], "Christine": ["Chris"],
    "Kimberly": ["Kim"], "Pamela": ["Pam"], "Barbara": ["Barb"], "Cynthia": ["Cindy"],
    "Abigail": ["Abby"], "Amanda": ["Mandy"], "Eleanor": ["Ellie"], "Dorothy": ["Dot"],
}  # fmt: skip
# Short forms by origin, keyed by the given name as the pools spell it.
NICKNAMES = {"swedish": NICK_SV, "us": NICK_EN, "uk": NICK_EN}
