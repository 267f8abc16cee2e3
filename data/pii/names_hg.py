# ruff: noqa: E501
"""Name pools of held-out HG (issue 15), by origin and weighted by how often people carry them.

Written from the writer's general knowledge of the published rankings: Swedish given names and
surnames in the order of SCB's name statistics (weight 1/rank, head the top 150, a tail of rarer
names past them), UK names in the order of the ONS rankings (1/rank), and the commonest given
names and surnames of origins common in Sweden (1/rank, head 10). The US pools are the first
names of the US Census 1990 lists (public domain), copied from the `names` package's data files
`dist.female.first`, `dist.male.first` and `dist.all.last`, with the census per cent as weight.
No name here was checked against anything in the repository; none was left out for being known
or unknown.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this probability, else its tail


@dataclass(frozen=True)
class Pool:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int  # names[:head] is the head, names[head:] the tail


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def ranked(text: str, head: int) -> Pool:
    """A list in rank order, weight 1/rank (a name written twice keeps its first rank)."""
    names = tuple(dict.fromkeys(text.split()))
    names = tuple(n.replace("_", " ") for n in names)  # `von_Essen` is one name of two words
    return Pool(names, tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names)))


def census(rows: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A census list with its per cent as weight."""
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


PLAIN = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "đ": "dj",
        "Đ": "Dj",
        "ı": "i",
        "İ": "I",
        "ø": "o",
        "Ø": "O",
        "ß": "ss",
        "æ": "ae",
    }
)


def plain(word: str) -> str:
    """A name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`."""
    word = word.translate(PLAIN)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# Sweden, SCB's name statistics (all carriers, rank order as the writer knows it). Head: the top
# 150; tail: rarer names past them, old and new.
SV_F = ranked(
    """
Maria Elisabeth Anna Kristina Margareta Eva Linnéa Karin Birgitta Marie Ingrid Emma Sara
Kerstin Sofia Lena Helena Christina Ida Malin Inger Hanna Julia Johanna Ulla Louise Linda
Cecilia Elin Annika Viktoria Gunilla Susanne Katarina Ingegerd Jenny Maja Alice Monica Amanda
Astrid Sofie Matilda Elsa Camilla Ulrika Therese Anneli Frida Lisa Ebba Charlotte Josefin Irene
Siv Gun Agneta Barbro Ann Elisabet Marianne Yvonne Ingeborg Britt Madeleine Emelie Carina Wilma
Alva Ella Moa Anette Karolina Erika Åsa Jessica Gunnel Ellen Klara Lina Olivia Agnes Lovisa
Sandra Ann-Marie Britt-Marie Ingela Emilia Margit Mona Pia Marita Susanna Elsie Lisbeth Sonja
Anita Rebecka Felicia Caroline Viola Vera Stina Alicia Signe Saga Freja Nora Ronja Tilda
Isabelle Nathalie Sanna Jennie Annelie Helén Rut Gunhild Märta Birgit Inga Solveig Eleonora
Ester Greta Selma Elvira Tove Hedvig Mikaela Fanny Cornelia Tina Anne Mia Maj Gudrun Ylva Mari
Ewa Annette Gabriella Marina Emilie Evelina Lilly Ines Liv Sigrid Tyra Iris Lea Melissa
Jasmine Amelia Isabella Lena-Maria Vanja Kajsa Josefine Hilda Nellie Ann-Christin Anna-Karin
Majken Svea Vendela Tindra Lova Juni Edith Elise Meja Stella Tuva Thea Bianca Rakel Ragnhild
Tora Dagmar Hjördis Gullan Gullvi Sigbritt Berit Lillemor Kristin Malva Elina Emmy Ingalill
Ulla-Britt Anna-Lena Ann-Sofie Eva-Karin Marie-Louise Maj-Britt Gun-Britt Minna Hillevi Henny
Gertrud Asta Alfhild Valborg Vivianne Vivi Viveka Linn Jonna Sabina Cajsa Petronella Amalia
Lykke Majvi Doris Elna Edla Hulda Hildur Alma Anna-Maria Eva-Lena Lise-Lott
Ann-Louise Ann-Katrin Inga-Lill Nadja Nina Ninni Pernilla Petra
Regina Rosita Ruth Sylvia Tanja Teresia Ulrica Veronica Veronika Wivianne Yasmin Zara Agda
Albertina Amy Anja Ann-Britt Anna-Clara Annie Antonia Aurora Bodil Carin Carola Charlotta
Daniela Desirée Dorotea Edit Elly Embla Emeli Erica Estelle Eveline
Filippa Fredrika Frideborg Gerd Gull-Britt Harriet Heidi Helga Hermine Idun Ingbritt Ingvor
Isa Jane Jeanette Josefina Judit Julie Katja Kim Kristine Laila
Leila Lilian Liselott Lotta Lovis Louisa Lucia Lydia Magdalena Maj-Lis Malou Margaretha
Margot Maria-Therese Mariana Marlene Mathilda Meta Mildred Mira Miriam Molly Märit Naemi
Nanna Nelly Nova Novalie Oda Olga Ottilia Paula Paulina Ragna Rigmor Rosa Rosmarie
 Sally Sanne Siri Sissela Solbritt Sunniva Svanhild Tekla Tea Tilde
Tova Unni Valdis Wendela Vilda Wiveka Alexandra Andrea Angelica Beatrice Diana Ellinor Emely Lisette Matilde Mirjam Noomi
Pauline Sonia Vilma Wera Zoé Elvy Gunvor Inez Märtha Åse Öllegård
""",
    150,
)
SV_M = ranked(
    """
Lars Karl Anders Johan Per Erik Nils Lennart Mikael Jan Hans Peter Olof Thomas Gunnar Sven
Fredrik Bengt Bo Daniel Gustav Åke Göran Alexander Magnus Stefan Martin Andreas Leif John Mats
Henrik Ulf Björn Bertil Mattias Jonas Axel Christer Arne Stig Rolf Ingemar Oskar Kjell David
Håkan Emil Christian Viktor Tommy Robert Simon Kent Rune Roger Patrik Anton Filip William Tobias
Sebastian Johannes Joakim Marcus Niklas Lucas Rickard Hugo Elias Jonathan Kurt Oscar Adam
Roland Kenneth Gösta Claes Jakob Torbjörn Robin Ludvig Jesper Kristoffer Ove Oliver Rasmus
Jörgen Dan Ingvar Sune Yngve Allan Evert Emanuel Gustaf Carl Sten Ronny Dennis Isak Liam Noah
Max Edvin Viggo Leo Theo Albin Elliot Vincent Gabriel Benjamin Samuel Melvin Valter Arvid
Harald Tage Ragnar Sixten Wilhelm Einar Egon Holger Folke Conny Morgan Pontus Jimmy Johnny
Glenn Peder Urban Hampus Linus Love Malte Alfred Elis Erland Torsten Bernt Jonny Reine
Lars-Erik Karl-Erik Per-Olof Jan-Erik Mohammad Ali Thor
Sigvard Gottfrid Algot Helge Ture Birger Ivar Gunder Assar Natanael Halvar Vilgot Elof Verner
Melker Gideon Ebbe Loke Otto Frans Aron Ville Lukas Kevin Ahmad Mohamed Omar Hassan Ibrahim
Yusuf Karl-Johan Per-Erik Lars-Göran Sven-Erik Carl-Henrik Jan-Olof Nils-Erik Bengt-Göran
Lars-Olof Hans-Erik Per-Anders Karl-Gustav Jan-Åke Lars-Åke Sven-Olof Per-Gunnar Nils-Olof
Karl-Axel Bror Edvard Josef August Herbert Harry Tore Östen Anund Arnold Artur
 Birk Casper Charlie Colin Conrad Dag Douglas Edgar Eddie Egil Eilert Eino Elmer
Enar Engelbrekt Erling Esbjörn Eskil Evald Fabian Felix Ferdinand Fritiof Georg Gerhard
Gillis Gisle Gregor Greger Gunvald Gustav-Adolf Halvard Hannes Hemming Henning Herman Hilding
Hjalmar Holmfrid Ingmar Ingolf Ingvald Isidor Ivan Jarl Jens Jerker Joel Jon Julius Kaj Kalle
Kasper Kennet Kim Knut Konrad Krister Lage Laurentius Leonard Levi
Magne Marius Mauritz Mikkel Milton Mio Måns Natan Neo Nicklas Noel Ola Olle Orvar Osvald
 Paul Pelle Ragnvald Reidar Reinhold Roine Rudolf Rutger Samir Seth Severin Sigfrid
Sigge Sivert Staffan Sture Svante Teodor Tim Tomas Tor Torgny Torvald Truls Ulrik Uno Valdemar
Alvar Anselm Benny Christoffer Curt Elon Emrik Enok Fingal Frej Gert Gusten Hadar
Ingvard Isac Jack Joar Jöns Kjell-Åke Leon Lenny Lowe Matheo Nore Per-Ola Rikard Sam Sören
Tommie Valentin Wilmer Bengt-Åke Jan-Olov Lars-Gunnar Per-Inge Sven-Åke Gert-Ove Kjell-Arne
Vidar Vilhelm Waldemar Wiktor Yngvar Zacharias Åsmund Örjan
""",
    150,
)
SV_S = ranked(
    """
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson
Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed Engström Eklund
Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson
Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson
Nordström Ahmed Mårtensson Lundström Viklund Björklund Eliasson Pålsson Hassan Berggren
Sandström Lund Nordin Ström Åberg Hermansson Ekström Holmgren Sundberg Hedlund Dahlberg
Hellström Sjögren Abrahamsson Falk Martinsson Öberg Andreasson Strömberg Månsson Åkesson Hansen
Jonasson Norberg Sundström Åström Mohamed Holmström Ivarsson Lindholm Dahl Sundqvist Ek
Nordqvist Hussein Göransson Edlund Lindahl Ekberg Blom Johnsson Nyman Omar Bergqvist
Sjöström Hedberg Wikman Forsgren Lindblom Rosén Törnqvist Strand Norén Wallén Ekman Ibrahim
Hedström Boström Nygren Lundh Borg Söderström Malmberg Forsman Lindell Ågren Eklöf
Hägglund Hedman Östlund Grahn Sandin Olausson Petersson Thorén Wiklund Granström
Åkerlund Nordlund Backman Häggström Lindkvist Melin Palm Dahlgren Sjödin Ljungberg Ekholm
Sundin Engberg Rydberg Hallberg Nordgren Sjölund Lindén Berglöf Frisk Kvist Wallgren Alm
Stenberg Sörensen Nordlander Hjalmarsson Rask Nord Skoglund Lilja Lundmark Fors Adolfsson
Ottosson Emanuelsson Augustsson Kristiansson Gustavsson Josefsson Ekdahl Westberg Westerlund
Holmqvist Sjöqvist Kjellberg Jeppsson Nyholm Sundell Wennberg Törnberg Strandberg Öhman
Höglund Renström Lövgren Brandt Roos Hammar Ahlström Ahlberg Ahlgren Zetterberg Zetterlund
Sjöblom Grönlund Grönberg Hellberg Hellgren Lundell Kronberg Almqvist Åhman Lindroth Stålberg
Wahlström Wahlberg Thelin Tengvall Frid Sterner Edström Dahlin Dahlström Modig Qvist Sved
Näslund Ödman Wester Kihlberg Kullberg Landin Lidén Linde Vesterlund Bäckström Boman Carlsson
Carlström Ekvall Englund Enström Fagerström Falkman Flodin Fridh Gran Granlund
Hagberg Hagström Hammarström Hedin Hjort Holmlund Hult Häll Jacobsson Jernberg Juhlin Karlström
Kjellgren Klasson Kling Krantz Kvarnström Lagerqvist Larsén Liljegren Lindvall Ljung Lundquist
Lönn Malm Malmqvist Mellberg Moberg Nordenberg Norlin Nyqvist Olander Orrgren Palmqvist Pihl
Rehn Rosell Rundqvist Rydén Sahlin Selin Sköld Sparre Stenlund Stjernberg Strid Ståhl Sundén
Svedberg Svärd Söderlund Tell Thorsson Tiger Unger Wall Vallin Welander Wendel Wennström Widén
Wirén Åkerman Åslund Öhrn Östberg Östman Alfredsson Backlund Berntsson Bolin Brodin Dalström
Durén Elfström Enqvist Fogelberg Gillberg Hammarlund Holgersson Hallgren Isberg Jarl Kempe
Lagerlöf Malmström Nordahl Norrman Rapp Sandell Sjöholm Stenström Swahn Tholin
Wigren Wirström von_Essen De_Geer Lewenhaupt Wachtmeister Oxenstierna af_Jochnick von_Rosen
Silfverschiöld Stjernswärd Gyllenhaal
""",
    150,
)

# The UK, in the order of the ONS rankings as the writer knows them, names of the grown
# population first (the decades of the 1960s to the 1990s) and then the newer ones.
UK_F = ranked(
    """
Sarah Emma Claire Laura Rebecca Gemma Nicola Rachel Lisa Helen Louise Amy Hannah Jennifer
Kelly Victoria Charlotte Katie Samantha Lucy Jessica Emily Susan Margaret Elizabeth Julie Karen
Joanne Michelle Amanda Tracey Deborah Jacqueline Alison Catherine Caroline Angela Jane Joanne
Paula Donna Dawn Jayne Kerry Natalie Stephanie Zoe Leanne Kirsty Hayley Lauren Sophie Chloe
Megan Jade Georgia Olivia Holly Ellie Bethany Abigail Eleanor Grace Lily Isabella Amelia Ava
Mia Isla Poppy Freya Evie Ruby Daisy Alice Florence Phoebe Sienna Elsie Rosie Millie Erin
Molly Scarlett Imogen Harriet Matilda Anna Jasmine Katherine Kathryn Fiona Wendy Lesley Linda
Patricia Christine Sandra Pauline Janet Gillian Anne Diane Denise Maureen Carol Sharon Beverley
Joan Barbara Valerie Sheila Marion Brenda Shirley Jean Doreen Irene Pamela Sylvia Kathleen
Lynne Heather Ann Elaine Yvonne Andrea Debbie Teresa Sally Joanna Rachael Melanie Vicky Kate
Harper Willow Evelyn Aria Ivy Esme Maisie Rose Lydia Zara Layla Nancy Violet Aisha Iris Maya
Eliza Orla Niamh Siobhan Bronwen Cerys Rhiannon Sian Eilidh Morag Catriona Mhairi Ailsa
Kirstie Shona Gwen Tegan Ffion Bethan Carys Nia Lowri Amber Summer Faith Hope
Eloise Beatrice Clara Edith Ada Hazel Maria Josephine Penelope Arabella Tilly Lottie
Francesca Gabrielle Natasha Tanya Toni Kim Lorraine Jill Hilary Rosemary Judith Frances Ruth
Audrey Vera Edna Hilda Gladys Mabel Winifred Ethel Muriel Enid Constance Annabel Felicity
 Martha Tamsin Verity Philippa Clare Geraldine Bridget Maxine Lindsey Leigh Stacey
Chelsea Shannon Kayleigh Jodie Danielle Naomi Alexandra Anya Rhian
""",
    130,
)
UK_M = ranked(
    """
David John Paul Mark James Andrew Michael Richard Peter Stephen Robert Christopher Daniel
Thomas Matthew Ian Simon Anthony Gary Martin Jonathan Steven Kevin Neil Lee Stuart Craig
Darren Jason Adam Jamie Carl Philip Alan Nicholas Graham Colin Keith Tony Wayne Dean Scott
Shaun Ryan Benjamin Luke Samuel Joseph William Jack Oliver Harry George Charlie Jacob Noah
Oscar Leo Arthur Muhammad Alfie Henry Theo Freddie Archie Joshua Liam Connor
Callum Kieran Lewis Nathan Aaron Ben Sam Alexander Edward Charles Patrick Sean Brian Kenneth
Raymond Roger Malcolm Trevor Derek Barry Terence Geoffrey Nigel Clive Russell Barrie Gordon
Douglas Alistair Fraser Hamish Angus Euan Iain Ewan Rhys Owen Dylan Gareth Gethin Dafydd
Huw Rhodri Aled Emyr Ciaran Declan Conor Niall Eoin Finn Rory Toby Max Jake Tyler Mason Ethan
Logan Reuben Harrison Isaac Elliot Louis Sebastian Albert Hugo Theodore Ezra Jude Rowan
Jenson Teddy Tommy Frankie Stanley Ronnie Reggie Sonny Bobby Eddie Harvey Ralph Rufus Felix
Gregory Timothy Julian Adrian Vincent Dominic Jeremy Rupert Giles Hugh Crispin Jasper Miles
Roy Leonard Frederick Harold Ernest Walter Cyril Dennis Norman
Reginald Bernard Leslie Arnold Clifford Howard Glyn Wyn Emlyn Bryn Idris Ifor Dai Morgan
Dale Ross Grant Glenn Kyle Jordan Bradley Marcus Reece Kane Ashley Jay Mohammed Ahmed Imran
Amir Omar Ali Hassan Ibrahim Yusuf Zain Arjun Rohan Aarav Ravi Sunil Sanjay
""",
    130,
)
UK_S = ranked(
    """
Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson
Thompson Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood
Turner Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James
Scott Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter
Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson
Ellis Adams Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt
Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker
Fisher Stevens Jenkins Murray Dixon Harvey Graham Pearson Ahmed Fletcher Walsh Kaur Gibson
Howard Andrews Stewart Elliott Reynolds Saunders Payne Fox Ford Pearce Day Brooks West
Lawrence Cole Atkinson Bradley Spencer Gill Dawson Ball Burton O'Brien Watts Rose Booth Perry
Ryan Grant Wells Armstrong Francis Rees Hayes Hart Hudson Newman Barrett Webster Hunter
Gregory Carr Lowe Page Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland Hawkins Harding
Porter Robertson Newton Oliver Reed Kennedy Williamson Bird Gardner Shah Dean Lane Cooke Bates
Henderson Parry Burgess Bishop Walton Burns Nicholson Shepherd Ross Cross Long Freeman Warren
Nicholls Hamilton Byrne Sutton McDonald Yates Hodgson Robson Curtis Hopkins O'Connor Harper
Coleman Watkins Moss McCarthy Chambers O'Neill Griffin Sharp Hardy Wheeler Potter Osborne
Johnston Gordon Doyle Wallace George Jordan Hutchinson Lamb Rowe Howell Barber Pritchard
Slater Sims Kirby Daly Frost Ashton Dobson Fowler Gilbert Humphreys Jennings
Lambert Lucas Mann Norris Pope Quinn Rahman Charlton Steele Tucker Vaughan Watt Wong Akhtar
Bibi Mahmood Iqbal Chowdhury Miah Uddin Islam Sharma Kumar Mistry Chauhan Thakkar Mensah Okafor
Adeyemi Boateng Nowak Kowalski Morrison Fraser MacDonald MacLeod Mackenzie Munro Sinclair
Cameron Duncan Ferguson Paterson Llewellyn Pugh Bowen Probert
Gallagher Brennan Doherty Kavanagh Flanagan Maguire McLaughlin Devlin Regan Ashworth Butterworth
Entwistle Greenwood Hargreaves Heywood Pickering Rigby Sutcliffe Whitehead Wilde Wragg
""",
    150,
)

# The US Census 1990 lists (public domain), the first names of each, per cent as weight; copied
# from the `names` package's `dist.female.first`, `dist.male.first` and `dist.all.last`.
US_F = (
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
    ("Earnest", 0.031), ("Lucas", 0.031), ("Benny", 0.03), ("Noel", 0.03), ("Spencer", 0.03),
    ("Rodolfo", 0.03), ("Myron", 0.03), ("Edmund", 0.03), ("Garrett", 0.029), ("Salvatore", 0.029),
    ("Cedric", 0.029), ("Lowell", 0.029), ("Gregg", 0.029), ("Sherman", 0.028), ("Wilson", 0.028),
    ("Devin", 0.028), ("Sylvester", 0.028), ("Kim", 0.028), ("Roosevelt", 0.028),
    ("Israel", 0.028), ("Jermaine", 0.028),
)  # fmt: skip

US_S = (
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


# Origins common in Sweden: the commonest given names and surnames as the writer knows them,
# rank order, weight 1/rank, head the top 10.
FI = Origin(
    ranked(
        "Maria Helena Johanna Anneli Kaarina Marjatta Anna Liisa Annikki Hannele Tuula Päivi Sari Minna Riitta Aino Sanna Pirjo Leena Eila Merja Satu Tiina Ritva Kirsi Aila Marja Heli Eeva Sirpa",
        10,
    ),
    ranked(
        "Juhani Johannes Olavi Antero Tapani Kalevi Mikael Matti Timo Pekka Kari Jari Antti Mikko Juha Heikki Jukka Markku Hannu Seppo Ilkka Veikko Pentti Tuomas Esa Sami Janne Petri Jouni Erkki",
        10,
    ),
    ranked(
        "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Kallio Leinonen",
        10,
    ),
)
# Iraq, Syria and Lebanon, with Assyrian/Syriac names (`Ninorta`, `Sargon`, `Shamoun`, `Barsoum`).
AR = Origin(
    ranked(
        "Fatima Maryam Zainab Noor Sara Amira Layla Huda Rana Hiba Aya Rania Lina Yasmin Nadia Rasha Dalia Samira Mariam Hanan Zahra Marwa Rim Ninorta Shamiram Ninwe Rita Nisreen Suha Bushra",
        10,
    ),
    ranked(
        "Mohammed Ahmed Ali Hussein Omar Mahmoud Hassan Ibrahim Khaled Mustafa Yousef Abdullah Karim Tariq Sami Bashar Firas Nabil Walid Ammar Samir Ziad Jamal Haidar Abbas Sargon Ninos Aziz Fadi Rami Elias Jacob",
        10,
    ),
    ranked(
        "Ali Mohammed Ahmed Hassan Hussein Abdullah Ibrahim Omar Mahmoud Khalil Saleh Al-Hassan Al-Ali Jaber Haddad Khoury Nasser Abbas Kadhim Jawad Al-Saadi Al-Rubaie Hamid Yousef Shamoun Barsoum Gabriel Isa Yakoub Hanna Malki Younan Danho Lahdo Khamis Aydin",
        10,
    ),
)
SO = Origin(
    ranked(
        "Fadumo Hodan Amina Faisa Sahra Hawa Ayan Sagal Hibo Asha Deeqa Nimco Khadra Ifrah Hamdi Ubah Muna Halima Ladan Shukri Idil Filsan Warsan Naima",
        10,
    ),
    ranked(
        "Mohamed Abdi Ahmed Ali Hassan Abdirahman Abdullahi Omar Yusuf Mahad Abdirizak Farah Ismail Hussein Liban Mukhtar Guled Said Abdikadir Bashir Jama Osman Hamza Khalid",
        10,
    ),
    ranked(
        "Mohamed Ali Ahmed Hassan Abdi Omar Hussein Farah Yusuf Osman Jama Warsame Abdullahi Ismail Nur Aden Isse Said Egal Dahir Hersi Gedi Mohamud Duale Hirsi Elmi",
        10,
    ),
)
PL = Origin(
    ranked(
        "Anna Katarzyna Maria Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Elżbieta Joanna Aleksandra Monika Zofia Teresa Danuta Natalia Karolina Marta Beata Dorota Justyna Agata Paulina Jadwiga Grażyna",
        10,
    ),
    ranked(
        "Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Jakub Adam Stanisław Łukasz Mateusz Marek Grzegorz Wojciech Mariusz Dariusz Zbigniew Kamil Jerzy Maciej Rafał Sławomir Przemysław Bartosz",
        10,
    ),
    ranked(
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Stępień Malinowski Jaworski Adamczyk Górski Nowicki Sikora Walczak Baran Rutkowski Zawadzki Sadowski Czarnecki Sawicki Sokołowski Wasilewski Zakrzewski Krajewski Gajewski Laskowski",
        10,
    ),
)
FA = Origin(
    ranked(
        "Maryam Fatemeh Zahra Shirin Parisa Nasrin Leila Mina Sara Roya Azadeh Neda Mahsa Narges Niloufar Shabnam Golnar Samira Fereshteh Elham Yasaman Taraneh Setareh Bahar",
        10,
    ),
    ranked(
        "Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Majid Behrouz Kaveh Farhad Dariush Babak Arash Omid Navid Payam Shahram Kourosh Mehran Bijan Peyman Ramin",
        10,
    ),
    ranked(
        "Mohammadi Hosseini Ahmadi Rezaei Moradi Karimi Jafari Rahimi Hashemi Mousavi Sadeghi Ghorbani Kazemi Nazari Rostami Shirazi Tehrani Esfahani Alavi Farahani Bagheri Heydari Amini Sharifi Soltani Akbari Abbasi Najafi",
        10,
    ),
)
# Bosnia, Serbia and Croatia.
BCS = Origin(
    ranked(
        "Amra Jasmina Emina Selma Lejla Azra Ana Marija Ivana Jelena Maja Mirela Dragana Snežana Vesna Sanja Mirjana Aida Edina Alma Sabina Nermina Gordana Milica Tanja",
        10,
    ),
    ranked(
        "Amir Adnan Edin Senad Emir Haris Damir Dragan Zoran Goran Milan Nikola Marko Ivan Stefan Dejan Nenad Mirza Almir Tarik Kemal Mehmed Jasmin Elvis Denis Igor",
        10,
    ),
    ranked(
        "Hodžić Hadžić Begić Delić Kovačević Hasanović Mehmedović Husić Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Popović Horvat Kovačić Babić Marić Jurić Knežević Vuković Perić Pavlović Suljić Omerović Alić Mujić Salihović Ibrahimović Karić Šehić Čolić Zukić",
        10,
    ),
)
TR = Origin(
    ranked(
        "Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Sultan Hülya Özlem Esra Merve Büşra Derya Gül Yasemin Sibel Ebru Melek Hacer Dilek Aylin Ceren",
        10,
    ),
    ranked(
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah Mahmut Salih Kemal Emre Burak Serkan Hakan Cem Volkan Erkan",
        10,
    ),
    ranked(
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Özcan Korkmaz Çakır Erdoğan Yavuz Can Acar Aktaş Güler",
        10,
    ),
)
# Eritrea (Tigrinya): the surname is the father's given name.
ER = Origin(
    ranked(
        "Helen Senait Yordanos Selam Saba Mebrat Letensae Mihret Tsega Feven Winta Rahel Luwam Semhar Hiwet Freweyni Ruta Elsa Meron Almaz Abeba Azieb",
        10,
    ),
    ranked(
        "Yonas Tesfay Dawit Samuel Mehari Habte Robel Kibrom Yohannes Filmon Biniam Tekle Amanuel Daniel Berhane Ghirmay Medhanie Sirak Tewelde Haile Efrem Awet",
        10,
    ),
    ranked(
        "Tesfay Gebremedhin Tekle Haile Berhane Kidane Ghebremariam Yohannes Abraha Gebreyesus Tesfamariam Mehari Weldemichael Habte Ghirmay Asmerom Tewolde Andemariam Fessehaye Woldu Negash Okbamichael",
        10,
    ),
)
AF = Origin(
    ranked(
        "Fatima Mariam Zahra Masuma Sakina Nazanin Zainab Freshta Shabnam Mursal Parwana Marzia Khadija Somaya Farzana Nilofar Lina Mahbuba Roya Sima Hasina Arezo",
        10,
    ),
    ranked(
        "Mohammad Ahmad Ali Mohammed Abdul Reza Hussain Mustafa Murtaza Jawad Hamid Sayed Javid Nasir Rahim Samiullah Farid Mahdi Habib Wahid Zabihullah Shafiq",
        10,
    ),
    ranked(
        "Ahmadi Rahimi Hussaini Mohammadi Sultani Rezaie Jafari Noori Hakimi Amiri Azizi Haidari Karimi Sadat Safi Popal Stanikzai Wardak Nazari Hashimi Qasemi Yusufzai Barakzai Habibi",
        10,
    ),
)
TH = Origin(
    ranked(
        "Siriporn Supaporn Kanya Nittaya Wanida Pranee Somsri Malee Jintana Ratana Sunisa Pimchanok Orathai Kannika Duangjai Araya Naree Busaba Tassanee Chanida Pornthip Wilai",
        10,
    ),
    ranked(
        "Somchai Somsak Sombat Prasert Anan Surasak Wichai Thawatchai Kittisak Narong Boonmee Chaiwat Sakda Nattapong Pongsak Suchart Anucha Wirat",
        10,
    ),
    ranked(
        "Saetang Srisuk Chaiyasit Wongsawat Suwannarat Rattanakorn Kaewkham Thongsuk Phromma Sukjai Jaidee Sirichai Chanthawong Inthanon Pattanapong Somboon Kongsri Charoensuk Phanthong Boonyarat",
        10,
    ),
)
# Chile and Latin America: two surnames, the father's then the mother's.
LA = Origin(
    ranked(
        "María Carolina Daniela Francisca Catalina Valentina Javiera Camila Fernanda Constanza Paula Andrea Claudia Patricia Ximena Verónica Marcela Paola Gabriela Lorena Carmen Rosa Ana Sofía",
        10,
    ),
    ranked(
        "José Juan Luis Carlos Jorge Francisco Pablo Diego Cristián Matías Felipe Sebastián Rodrigo Gonzalo Patricio Mauricio Alejandro Andrés Héctor Manuel Miguel Nicolás Tomás Víctor",
        10,
    ),
    ranked(
        "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Araya Fuentes Hernández Torres Espinoza Flores Castillo Valenzuela Ramírez Reyes Gutiérrez Castro Vargas Álvarez Vásquez Tapia Fernández",
        10,
    ),
)
KU = Origin(
    ranked(
        "Berivan Rojda Nazdar Avin Shilan Jiyan Hêvî Dilan Zilan Rozerin Nishtiman Ronahi Bahar Gulistan Viyan Newroz Helin Delal Evîn Narin",
        10,
    ),
    ranked(
        "Rebwar Kawa Soran Dilshad Shvan Azad Baran Hawre Sherwan Karwan Zana Rizgar Dler Aram Bakhtiyar Hiwa Serdar Welat Botan Kendal Ciwan Hozan",
        10,
    ),
    ranked(
        "Ahmad Mahmoud Rashid Karim Hawrami Zebari Amedi Doski Mirza Qadir Aziz Hama Salih Osman Ismail Hussein Abdullah Baban Jaff Sindi Kurdi Bakr",
        10,
    ),
)
DE = Origin(
    ranked(
        "Sabine Susanne Petra Claudia Andrea Nicole Stefanie Katrin Julia Anja Monika Ursula Birgit Heike Christine Karin Gabriele Kerstin Sandra Melanie Lena Laura",
        10,
    ),
    ranked(
        "Thomas Michael Andreas Stefan Peter Frank Markus Christian Klaus Jürgen Wolfgang Uwe Matthias Tobias Jens Dirk Holger Sebastian Florian Jan Ralf Torsten",
        10,
    ),
    ranked(
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Krause Meier Lehmann",
        10,
    ),
)
IN = Origin(
    ranked(
        "Priya Anjali Pooja Neha Divya Sneha Kavya Deepika Lakshmi Swati Shruti Ananya Meera Sunita Aishwarya Ritu Nisha Shweta Radhika Harpreet",
        10,
    ),
    ranked(
        "Rahul Amit Vikram Arjun Rajesh Sanjay Suresh Ravi Anil Vijay Karthik Rohit Manoj Deepak Prakash Ajay Nikhil Arun Harish Gurpreet Srinivas Venkatesh",
        10,
    ),
    ranked(
        "Sharma Patel Singh Kumar Gupta Reddy Rao Iyer Nair Menon Joshi Mehta Shah Desai Verma Agarwal Chopra Kapoor Krishnan Pillai Bhat Das Banerjee Mukherjee Srinivasan Naidu",
        10,
    ),
)
# China, in pinyin and in the order people write for Western correspondents (given name first).
ZH = Origin(
    ranked(
        "Xiaoling Mei Jing Yan Ying Hui Fang Xiaomei Lina Hong Juan Yun Lihua Xin Qian Ting Yue Min Xiu Jie",
        10,
    ),
    ranked(
        "Wei Jun Lei Qiang Jian Hao Tao Ming Yong Chao Bo Peng Xiaoming Zhiwei Jianguo Haitao Yang Gang Long Hua",
        10,
    ),
    ranked(
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang",
        10,
    ),
)
UA = Origin(
    ranked(
        "Olena Oksana Nataliia Iryna Tetiana Yuliia Svitlana Olha Kateryna Anastasiia Mariia Viktoriia Halyna Liudmyla Daria Alina Khrystyna",
        10,
    ),
    ranked(
        "Oleksandr Serhii Andrii Volodymyr Dmytro Mykola Oleh Yurii Vasyl Ivan Ihor Viktor Taras Bohdan Maksym Roman Petro Vitalii",
        10,
    ),
    ranked(
        "Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko",
        10,
    ),
)

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_F, SV_M, SV_S),
    "us": Origin(census(US_F), census(US_M), census(US_S)),
    "uk": Origin(UK_F, UK_M, UK_S),
    "finnish": FI, "arabic": AR, "somali": SO, "polish": PL, "persian": FA, "bcs": BCS,
    "turkish": TR, "eritrean": ER, "afghan": AF, "thai": TH, "latin": LA, "kurdish": KU,
    "german": DE, "indian": IN, "chinese": ZH, "ukrainian": UA,
}  # fmt: skip

# Who is named, per language of the row: Swedish the most in Swedish and mixed text, roughly as
# Sweden's population is; English text has the US and UK first, and the firms' contacts abroad
# (China, India, Germany) that forwarding and customs mail is full of.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "afghan": 1.5, "turkish": 1.5, "kurdish": 1.5, "eritrean": 1.2,
        "ukrainian": 1.2, "thai": 1, "latin": 1, "german": 1, "indian": 1, "uk": 0.8,
        "chinese": 0.6, "us": 0.6,
    },
    "en": {
        "us": 30, "uk": 30, "swedish": 10, "chinese": 6, "indian": 5, "german": 4, "arabic": 2,
        "polish": 2, "turkish": 2, "latin": 2, "finnish": 1, "persian": 1, "bcs": 1, "thai": 1,
        "somali": 0.8, "ukrainian": 0.8, "eritrean": 0.5, "afghan": 0.5, "kurdish": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 10, "us": 8, "arabic": 4, "finnish": 3, "polish": 3, "german": 3,
        "chinese": 3, "indian": 2.5, "bcs": 2, "persian": 2, "turkish": 1.5, "kurdish": 1.2,
        "somali": 1.2, "afghan": 1, "eritrean": 1, "thai": 1, "latin": 1, "ukrainian": 1,
    },
}  # fmt: skip

# Short forms people go by, per origin and given name.
NICK_SV = {
    "Lars": ["Lasse"], "Karl": ["Kalle"], "Per": ["Pelle"], "Mikael": ["Micke"],
    "Joakim": ["Jocke"], "Magnus": ["Manne"], "Thomas": ["Tompa"], "Fredrik": ["Fredde"],
    "Kristoffer": ["Kricke"], "Kristina": ["Kicki", "Stina"], "Margareta": ["Maggan", "Greta"],
    "Elisabeth": ["Lisa", "Bettan", "Lisen"], "Katarina": ["Kattis", "Kajsa"],
    "Susanne": ["Sussie", "Sanna"], "Charlotte": ["Lotta"], "Alexander": ["Alex"],
    "Sebastian": ["Sebbe"], "Andreas": ["Andy"], "Mattias": ["Matte"], "Henrik": ["Henke"],
    "Gustav": ["Gurra", "Gusse"], "Marcus": ["Macke"], "Daniel": ["Danne"], "Robert": ["Robban"],
    "Rickard": ["Ricke"], "Niklas": ["Nicke"], "Mats": ["Matte"], "Bengt": ["Bengan"],
    "Johanna": ["Jossan", "Hanna"], "Josefin": ["Jossan", "Josse"], "Sofia": ["Fia", "Soffan"],
    "Camilla": ["Millan"], "Therese": ["Tessan"], "Madeleine": ["Madde"], "Rebecka": ["Becka"],
    "Viktoria": ["Vicky", "Vickan"], "Gunnar": ["Gunne"], "Bertil": ["Berra"],
    "Kenneth": ["Kenta"], "Leif": ["Leffe"], "Rolf": ["Roffe"], "Sven": ["Svenne"],
    "Nils": ["Nisse"], "Olof": ["Olle"], "Patrik": ["Patte"], "Tobias": ["Tobbe"],
    "Stefan": ["Steffe"], "Hans": ["Hasse"], "Jan": ["Janne"], "Ulf": ["Uffe"],
    "Christer": ["Kicke"], "Torbjörn": ["Tobbe"], "Jonathan": ["Jonte"],
    "Birgitta": ["Bittan", "Gittan"], "Barbro": ["Babs"], "Ingrid": ["Inga"],
}  # fmt: skip
NICK_EN = {
    "Elizabeth": ["Liz", "Beth", "Lizzie"], "Jennifer": ["Jen", "Jenny"], "Katherine": ["Kate"],
    "Catherine": ["Kate", "Cathy"], "Margaret": ["Maggie", "Peggy"], "Rebecca": ["Becky"],
    "Samantha": ["Sam"], "Victoria": ["Vicky", "Tori"], "Alexandra": ["Alex"], "Susan": ["Sue"],
    "Deborah": ["Debbie", "Deb"], "Patricia": ["Pat", "Trish"], "Jacqueline": ["Jackie"],
    "Christine": ["Chris"], "Kimberly": ["Kim"], "Jessica": ["Jess"], "Nicola": ["Nicky"],
    "Michael": ["Mike", "Mick"], "William": ["Will", "Bill"], "Robert": ["Rob", "Bob", "Bobby"],
    "Richard": ["Rich", "Rick"], "James": ["Jim", "Jimmy", "Jamie"], "Thomas": ["Tom", "Tommy"],
    "Christopher": ["Chris"], "Daniel": ["Dan", "Danny"], "Matthew": ["Matt"],
    "Anthony": ["Tony"], "Joseph": ["Joe"], "David": ["Dave"], "Andrew": ["Andy", "Drew"],
    "Steven": ["Steve"], "Stephen": ["Steve"], "Nicholas": ["Nick"], "Benjamin": ["Ben"],
    "Edward": ["Ed", "Ted"], "Jonathan": ["Jon"], "Alexander": ["Alex"], "Samuel": ["Sam"],
    "Charles": ["Charlie", "Chuck"], "Timothy": ["Tim"], "Gregory": ["Greg"], "Kenneth": ["Ken"],
    "Donald": ["Don"], "Ronald": ["Ron"], "Joshua": ["Josh"], "Philip": ["Phil"],
    "Gareth": ["Gaz"], "Stuart": ["Stu"], "Frederick": ["Fred"], "Terence": ["Terry"],
}  # fmt: skip
NICKNAMES: dict[str, dict[str, list[str]]] = {
    "swedish": NICK_SV, "us": NICK_EN, "uk": NICK_EN,
    "polish": {"Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"], "Aleksandra": ["Ola"], "Krzysztof": ["Krzysiek"], "Tomasz": ["Tomek"], "Agnieszka": ["Aga"]},
    "german": {"Stefanie": ["Steffi"], "Christian": ["Chris"], "Matthias": ["Matze"], "Andreas": ["Andi"]},
    "ukrainian": {"Oleksandr": ["Sasha"], "Tetiana": ["Tanya"], "Kateryna": ["Katia"]},
    "arabic": {"Mohammed": ["Mo"], "Abdullah": ["Abdi"]},
    "finnish": {"Johannes": ["Jussi"], "Matti": ["Masa"]},
}  # fmt: skip
