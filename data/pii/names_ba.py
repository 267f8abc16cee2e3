# ruff: noqa: E501
"""Name pools of held-out BA: who carries which name, and how often (written by a helper who
does not tune the detector, from general knowledge and the public-domain US Census 1990 lists).

Every list is in the order of its source's frequency ranking. A pool's `head` is its commonest
part; a name word is drawn from the head with HEAD_SHARE, else from the tail, by weight inside
each part. Swedish (SCB) and UK (ONS) lists weigh a name 1/rank; the US lists carry the census's
per cent; the lists of the origins common in Sweden weigh a name 1/rank**0.85 (their rankings
are rougher, so their slope is kept flatter).
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


def ranked(text: str, head: int, slope: float = 1.0) -> Pool:
    """A pool from names in rank order (whitespace-separated); a repeated name keeps its first rank."""
    names: list[str] = []
    for word in text.split():
        if word not in names:
            names.append(word)
    weights = tuple(1 / (rank**slope) for rank in range(1, len(names) + 1))
    return Pool(tuple(names), weights, min(head, len(names) - 1))


def census(pairs: tuple[tuple[str, float], ...], head: int) -> Pool:
    names: list[str] = []
    weights: list[float] = []
    for name, share in pairs:
        if name not in names:
            names.append(name)
            weights.append(share)
    return Pool(tuple(names), tuple(weights), head)


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool



# Sweden: given names and surnames in the order of SCB's name statistics (the writer's
# knowledge of them; the tail is rarer names past the top 150, in a rough order of their own).
SV_F = """
Anna Eva Maria Karin Sara Kristina Lena Emma Kerstin Marie Malin Ingrid Hanna Linnéa Sofia
Elin Jenny Birgitta Annika Julia Linda Susanne Johanna Ida Elisabeth Monica Inger Ulla Camilla
Carina Helena Sofie Amanda Åsa Cecilia Frida Matilda Louise Elsa Alice Maja Lisa Therese Ebba
Moa Agneta Gunilla Margareta Katarina Ulrika Marianne Anette Emelie Josefin Sandra Klara Barbro
Ella Wilma Britt Birgit Gunnel Siv Ann Anita Jessica Caroline Astrid Elina Isabelle Olivia Alva
Felicia Lovisa Ellen Agnes Nora Ingela Viktoria Madeleine Yvonne Pia Mona Charlotte Christina
Anneli Jennie Emilia Alexandra Rebecka Mikaela Natalie Irene Gun Ingegerd Margit Solveig
Karolina Ronja Tilda Saga Stina Vera Selma Tove Signe Tyra Elvira Ester Edith Hedvig Freja Thea
Nellie Lilly Lea Greta Märta Sigrid Lisbeth Maud Berit Inga Elisabet Ylva Petra Tina Helén
Marita Sonja Gabriella Jeanette Evelina Isabella Mariana Nathalie Ann-Christin Ann-Marie
Anna-Karin Ing-Marie Eva-Lena Britt-Marie Sanna Angelica Paulina Fatima Jonna Liv Vendela
Tindra Minna Hilda Ingeborg Dagny Ulla-Britt Inga-Lill Vivianne Rut Hillevi Solbritt Majken
Gudrun Ragnhild Elsie Gerd Aina Doris Elly Rigmor Maj-Britt Lilian Ingalill Kajsa Hedda
Lovis Alicia Juni Cornelia Melissa Tuva Smilla Hillevi Ellinor Elise Malva Leia Jasmine
Wiktoria Meja Mira Elsie Stella Idun Siri Juli Majvor Anne-Marie Lillemor Laila Ewa Mari
Maj Margaretha Katrin Christin Veronica Marléne Jeanna Therése Emmy Alexandra Gunhild
Harriet Kristin Sylvia Lotten Ingbritt Elna Hjördis Svea Astrid Valborg Signhild Asta
Lisen Frideborg Tekla Ottilia Sigbritt Henny Eivor Görel Viveka Birgitte Bodil Anki Mathilda
Josefine Filippa Nova Alba Elsa-Maj Lykke Livia Signe-Maj Ingrid-Marie Rosmarie Solvig
Dagmar Marit Marika Carin Jannike Pernilla Emelie Ulrica Petronella Fredrika Karolin Tora
"""
SV_M = """
Lars Mikael Anders Johan Erik Per Karl Peter Thomas Jan Daniel Fredrik Hans Andreas Stefan
Mohammad Bengt Magnus Mats Alexander Oskar Bo Nils Marcus Leif Björn Gustav Jonas Martin Göran
Henrik Ulf Christer Viktor Mattias Filip William Sven Simon Robert Patrik Lucas Kjell Olof Emil
Jonathan Sebastian Rolf Joakim Niklas Roger Tommy Christian Kent Åke Gunnar Rickard Elias Hugo
David Tobias Adam Oliver Anton Ali Axel Isak Dan Ingemar Jesper Robin Kenneth Lennart
Kristoffer Emanuel Ludvig Olle Arvid Liam Noah Viggo Melvin Albin Theo Elliot Wilhelm Alfred
Jakob Johannes Samuel Gabriel Max Linus Hampus Gösta Kurt Stig Rune Sten Torbjörn Håkan Tomas
Claes Jörgen Roland Bertil Arne Ingvar Evert Sune Tage Birger Harald Ove Pontus Jimmy Dennis
Kevin Johnny Conny Pär Krister Benny Mathias Richard Henry Edvin Malte Vincent Casper Leo
August Leon Josef Jacob Carl Mohammed Ahmed Oscar Christoffer Felix Valter Love Frans Ture
Lars-Erik Karl-Erik Per-Olof Jan-Erik Lars-Göran Folke Holger Einar Ivar Helmer Algot Alvar
Loke Sixten Otto Ebbe Sigvard Yngve Assar Verner Ragnar Sture Uno Gert Ronny Morgan Fabian
Douglas Ivan Ruben Nicklas Kristian Joel Hannes Jens Torsten Allan Kjell-Åke Sven-Erik
Bror Gunnar Artur Knut Nore Colin Milo Vidar Sam Adrian Lukas Julius Manne Lage Hilding
Einar Torgny Vilgot Erling Stellan Dag Lennarth Sören Mauritz Tor Eskil Sigurd Ossian Elof
Björne Gustaf Agne Valdemar Oswald Gottfrid Teodor Abbe Ville Wille Alvin Hjalmar Gideon
Tord Ingvald Curt Åsmund Yrjö Osvald Anshelm Gillis Ebert Ejnar Greger Ulrik Jesper Jarl
Leopold Aron Albert Noel Neo Mio Juno Elton Henning Olav Benjamin Jörn
Ingemund Torvald Botvid Gudmund Inge Per-Erik Nils-Erik Jan-Olof Bengt-Göran Tor-Björn
"""
SV_SUR = """
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson
Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed Engström Eklund
Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Fransson
Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström
Mårtensson Lundström Ahmed Viklund Björklund Eliasson Pålsson Hassan Berggren Sandström Lund
Nordin Ström Åberg Hermansson Ekström Holmgren Sundberg Hedlund Dahlberg Hellström Sjögren
Abrahamsson Falk Öberg Andreasson Blom Månsson Åkesson Ek Jonasson Strand Sundström Norberg
Hedberg Ivarsson Dahl Lindholm Göransson Sjöström Ottosson Strandberg Nordqvist Ibrahim Mohamed
Lindahl Nyman Westerberg Jacobsson Lindblom Holmqvist Åström Hedström Malmberg Sundqvist
Nordlund Östlund Borg Lindell Hagström Söderström Ekberg Lundmark Sjödin Vikström Nilsson
Wallin Forslund Ekman Sandén Håkansson Björnsson Martinsson Ahlberg Lindkvist Ohlsson
Öhman Bäckström Backman Lindén Ekholm Augustsson Rydberg Blomberg Sjölund Hellberg
Nyqvist Franzén Boström Johnsson Granberg Ahlström Isberg Kjellberg Carlsson Edström Wiklund
Thorén Sundin Nordgren Lindh Ericsson Östberg Holmström Ek Nord Roos Hallberg Ahmadi
Hosseini Åkerlund Wahlström Bergkvist Sörensen Grönlund Norén Sjökvist Fors Hjalmarsson
Rosén Lindvall Granath Hult Edlund Dahlgren Ljungberg Kjellström Törnqvist Bergh Axelsson
Stenberg Ljung Eklöf Rask Åhlund Strömberg Bergenholtz Wester Ekdahl Tidholm Enqvist Sundell
Björkman Vesterlund Frisk Palm Lönn Grahn Höglund Rehn Skoglund Sahlin Carlberg Blixt
Nordenskjöld Stålhammar Ekelund Hägg Lagerqvist Wigren Tengvall Brodin Alm Thunberg Mörk
Gyllenhammar Sjöblom Kronberg Rydén Björling Ståhl Wennerström Nygren Lilja Asplund Flink
Modig Nyholm Almqvist Sköld Hammarström Lagergren Rudberg Westin Lööf Hägglund Fagerlund
Berggren Zetterberg Tell Ranta Ågren Backlund Ruuth Löwenhielm Stridh Sveder Lidholm Sjödahl
Ferm Ringström Hjort Uggla Ullman Vinberg Ödman Burman Tornberg Linder Krantz Cederholm
Wernersson Tjernberg Älgström Hjelm Gräns Wass Gröndahl Forsman Borgström Edvardsson
"""

# The United Kingdom: given names in the order of the ONS rankings (births of the 1970s to
# the 2010s, blended by the writer so that adults and children both carry theirs) and surnames
# in the order of their frequency; 1/rank.
UK_F = """
Olivia Amelia Emily Jessica Isla Ava Sophie Chloe Grace Lily Ella Sophia Charlotte Mia
Isabella Lucy Hannah Ruby Evie Poppy Megan Holly Rebecca Lauren Sarah Emma Laura Rachel Amy
Katie Bethany Abigail Georgia Eleanor Ellie Freya Millie Daisy Matilda Phoebe Alice Florence
Scarlett Rosie Isabelle Zara Jasmine Molly Evelyn Harriet Imogen Caitlin Natasha Victoria
Samantha Nicola Claire Helen Louise Kelly Joanne Michelle Lisa Gemma Stacey Danielle Kirsty
Hayley Jade Leanne Karen Susan Julie Amanda Tracey Deborah Alison Jacqueline Elizabeth
Catherine Margaret Jennifer Angela Clare Joanna Katherine Anna Niamh Erin Maisie Layla Willow
Esme Aria Elsie Harper Sienna Bella Maya Darcey Eva Sofia Heidi Robyn Leah Paige Shannon
Courtney Chelsea Abbie Kayleigh Jodie Naomi Jenna Fiona Siobhan Kerry Sharon Wendy Beverley
Pauline Janet Gillian Lynne Carol Christine Patricia Linda Sandra Denise Lorraine Yvonne Anne
Jane Ruth Diane Maureen Brenda Jean Sheila Doreen Kathleen Eileen Marion Valerie Rita Joan
Barbara Joyce Glenys Bethan Rhian Cerys Ffion Seren Mared Eilidh Morag Mhairi Ailsa Orla Aoife
Saoirse Tilly Lottie Nancy Edith Mabel Violet Beatrice Clementine Arabella Penelope Hermione
Felicity Tamsin Verity Cressida Philippa Rosalind Imelda Bronwen Carys Nerys Gwen Lowri
Catriona Isobel Kirstin Shona Gráinne Roisin Clodagh Nuala Theodora Henrietta Ottilie Wilhelmina
Josephine Annabel Lucinda Octavia Marcia Hyacinth Pearl Beryl Enid Gladys Mavis Winifred
Dorothy Edna Vera Muriel Olive Ada Nell Peggy Tegan Keeley Shanice Demi Toni Ashleigh
"""
UK_M = """
Oliver Jack Harry George Noah Charlie Jacob Thomas Oscar William James Leo Alfie Joshua Freddie
Archie Henry Ethan Isaac Daniel Samuel Joseph Max Mohammed Lucas Benjamin Alexander Adam Dylan
Logan Theo Arthur Edward Harrison Jake Tyler Matthew Luke Ryan Callum Lewis Liam Connor Kieran
Jordan Nathan Michael Christopher David Andrew Robert John Paul Mark Richard Stephen Peter
Simon Ian Gary Darren Craig Lee Wayne Dean Jason Neil Martin Kevin Stuart Scott Jamie Ben Sam
Tom Aaron Bradley Ashley Reece Kyle Declan Owen Rhys Dafydd Gareth Gethin Iwan Ewan Fraser
Hamish Angus Finlay Rory Ciaran Sean Patrick Conor Niall Cameron Elliot Toby Finley Jenson
Teddy Reggie Albie Ronnie Louie Stanley Frankie Tommy Hugo Rupert Barnaby Jasper Felix
Sebastian Gabriel Elijah Jude Zachary Reuben Caleb Ellis Carl Keith Brian Colin Graham Derek
Trevor Barry Malcolm Nigel Roger Geoffrey Kenneth Dennis Raymond Alan Terence Clive Gordon
Ronald Norman Leslie Harold Albert Frederick Alastair Duncan Gregor Ross Gavin Euan Dominic
Marcus Adrian Julian Jeremy Giles Crispin Tristan Hywel Emrys Aled Bryn Cai Torin Lachlan
Struan Murdo Ruaridh Fergus Cormac Eoin Darragh Oisín Padraig Lorcan Percival Cuthbert Wilfred
Cyril Clifford Reginald Horace Bernard Herbert Stanley Desmond Neville Rodney Lionel Mervyn
Gerald Howard Vernon Glyn Alfred Ernest Leonard Walter Sidney Arnold Cecil Dudley Eric Jeffrey
"""
UK_SUR = """
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
Thomson Cunningham Quinn Barnett Baxter Bibi Clayton Nash Greenwood Jennings Holt Kemp Poole
Gallagher Bond Stokes Tucker Davidson Fowler Heath Norman Middleton Lawson Banks French
Stanley Jarvis Gibbs Ferguson Hayward Carroll Farrell Duncan Hanson Pickering Ashworth
Whittaker Llewellyn Prothero Trelawny Pengelly Cartwright Entwistle Fairbairn Haworth
Kershaw Ormerod Pilkington Rhodes Sykes Threlfall Uttley Varley Aspinall Greenhalgh
"""

# The United States: the Census 1990 lists (public domain), copied from the `names` package's
# dist.female.first, dist.male.first and dist.all.last; weight the census's per cent.
US_F = (  # dist.female.first, the first 380 with the census's per cent
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
US_M = (  # dist.male.first, the first 360 with the census's per cent
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
)  # fmt: skip
US_LAST = (  # dist.all.last, the first 460 with the census's per cent
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
    ("Saunders", 0.027), ("Wise", 0.027), ("Colon", 0.027), ("Gill", 0.027), ("Alvarado", 0.027),
    ("Greer", 0.026), ("Padilla", 0.026), ("Simon", 0.026), ("Waters", 0.026), ("Nunez", 0.026),
    ("Ballard", 0.026), ("Schwartz", 0.026), ("McBride", 0.026), ("Houston", 0.026),
    ("Christensen", 0.026), ("Klein", 0.026), ("Pratt", 0.026), ("Briggs", 0.026),
    ("Parsons", 0.026), ("McLaughlin", 0.026), ("Zimmerman", 0.026), ("French", 0.026),
    ("Buchanan", 0.026), ("Moran", 0.026), ("Copeland", 0.025), ("Roy", 0.025), ("Pittman", 0.025),
    ("Brady", 0.025), ("McCormick", 0.025), ("Holloway", 0.025), ("Brock", 0.025),
    ("Poole", 0.025), ("Frank", 0.025), ("Logan", 0.025), ("Owen", 0.025), ("Bass", 0.025),
    ("Marsh", 0.025), ("Drake", 0.025), ("Wong", 0.025), ("Jefferson", 0.025),
)  # fmt: skip

# The origins common in Sweden: the commonest given names and surnames as the writer knows
# them from each country's or community's own statistics, in rank order (1/rank**0.85).
OTHER = {
    "finnish": (
        "Tuula Päivi Anne Sari Marja Pirjo Leena Tiina Satu Minna Kaisa Riitta Helena Aino Johanna Sanna Eija Hannele Liisa Maarit Outi Tarja Merja Anneli Ritva Kirsi Heidi Emilia Aila Kaarina",
        "Juha Timo Matti Kari Mikko Jari Antti Jukka Mika Markku Pekka Hannu Heikki Seppo Ville Janne Petri Tapio Sami Jussi Esa Veikko Raimo Ilkka Tuomas Kalevi Olli Aleksi Eero Lauri",
        "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hiltunen Kallio Väisänen Pelkonen",
    ),
    "arabic": (
        "Fatima Maryam Sara Noor Zainab Aisha Huda Rania Layla Amal Rasha Hala Lina Dalia Samira Nadia Reem Ghada Yasmin Rana Ninorta Shamiram Nahrin Ashurina Mariana Nisreen Widad Suha",
        "Mohammad Ahmad Ali Omar Hassan Hussein Khaled Mahmoud Yousef Ibrahim Mustafa Abdullah Karim Samir Bassam Tarek Ammar Walid Ziad Fadi Rami Ninos Sargon Gabriel Aday Shamoun Elias Yaqub Aziz Majid",
        "Al-Hassan Mohammed Ahmed Hassan Hussein Ibrahim Abdullah Khalil Saleh Mahmoud Al-Jabouri Al-Obaidi Haddad Khoury Nasser Mansour Aziz Hamid Younis Jabbar Kareem Shamoun Yacoub Isho Warda Odisho Lahdo Barsom Aho Gorgis Toma Hanna Al-Rawi Al-Khatib Darwish",
    ),
    "persian": (
        "Maryam Fatemeh Zahra Shirin Parisa Mahsa Neda Leila Nasrin Azadeh Sara Roya Mina Nazanin Sepideh Golnaz Shabnam Forough Bahar Yasaman Elham Setareh",
        "Reza Ali Mohammad Hossein Mehdi Amir Hamid Saeed Babak Behrouz Farhad Kaveh Arash Dariush Majid Navid Omid Peyman Kamran Ramin Siamak Shahram",
        "Hosseini Mohammadi Rezaei Ahmadi Karimi Moradi Hashemi Rahimi Jafari Ghasemi Sadeghi Najafi Mousavi Azizi Kazemi Akbari Rostami Ebrahimi Jalali Tehrani Farahani Shirazi Bagheri Nouri Amini Asadi Soltani",
    ),
    "kurdish": (
        "Rojin Berfin Zilan Dilan Nazdar Shilan Avin Bahar Gulistan Jiyan Ronahi Nishtiman Kajal Zhyan Sozan Helin Nasrin Dilva Evin Rezan Hevi",
        "Aram Azad Rebin Karwan Shwan Hawre Dilshad Sirwan Baran Serhat Rizgar Kawa Bakhtiyar Hoshyar Rekan Delil Zana Ari Hemin Soran Diyar",
        "Hamad Qadir Rasul Amin Salih Faraj Bakr Osman Jalal Khidir Omer Sharif Mirza Kurdi Ahmad Hasan Doski Zebari Hawrami Baban Mahmud Rashid",
    ),
    "somali": (
        "Fadumo Hodan Amina Ayaan Hibo Sahra Ubah Nimco Khadra Istahil Ifrah Sagal Deeqa Hawa Asha Maryan Nasra Ikran Hamdi Safiya",
        "Abdi Mohamed Ahmed Abdirahman Abdullahi Hassan Omar Yusuf Liban Mukhtar Guled Farah Abdiaziz Bashir Hussein Ismail Said Warsame Khalid Osman",
        "Mohamed Ali Hassan Abdi Ahmed Farah Warsame Omar Yusuf Hussein Osman Ismail Jama Nur Aden Dahir Egal Mohamud Abdullahi Hirsi Samatar Duale Elmi Gedi Guleid",
    ),
    "eritrean": (
        "Helen Senait Selam Tsega Rahel Mekdes Hiwot Meron Luwam Saba Yordanos Winta Tigist Bethlehem Almaz Eden Feven Ruta Semhar Tsion",
        "Yonas Daniel Tesfaye Mehari Dawit Samuel Habtom Kidane Abel Yohannes Biniam Filmon Tekle Ermias Amanuel Henok Robel Natnael Tewolde Berhane",
        "Tesfay Kidane Haile Gebremedhin Tekle Berhane Ghebreyesus Woldemariam Mebrahtu Habte Asfaha Negash Tsegay Yohannes Abraha Gebru Kahsay Alemu Bekele Girma Tadesse Mengistu Desta Hagos",
    ),
    "polish": (
        "Anna Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Elżbieta Joanna Aleksandra Monika Zofia Teresa Danuta Natalia Julia Karolina Marta Beata Dorota Justyna Paulina Grażyna Jadwiga Iwona",
        "Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Stanisław Jakub Adam Marek Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Jerzy Maciej Rafał Kamil Robert Kacper Józef",
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Stępień Malinowski Jaworski Adamczyk Dudek Nowicki Górski Sadowski Zawadzki Nowicki",
    ),
    "bcs": (
        "Amra Emina Lejla Selma Amela Jasmina Azra Ajla Ana Marija Ivana Jelena Milica Snežana Dragana Mirjana Vesna Maja Sanja Nataša Senada Mersiha Elma Dženana Gordana",
        "Emir Adnan Edin Mirza Amir Haris Kenan Senad Nermin Damir Nikola Marko Stefan Dragan Zoran Goran Milan Ivan Dejan Nenad Srđan Željko Mladen Ante Josip Tomislav",
        "Hodžić Hadžić Kovačević Delić Begić Mehmedović Salihović Husić Ibrahimović Hasanović Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Popović Horvat Kovačić Babić Marić Jurić Knežević Vuković Šarić Pavlović Tomić Subašić Mujić Alić",
    ),
    "turkish": (
        "Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hülya Özlem Esra Merve Büşra Derya Gül Sevgi Yasemin Aylin Ebru Dilek Tuba Gülşen",
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah Mahmut Recep Emre Burak Serkan Kemal Erdal Cem",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Özer Erdoğan Güneş Aksoy Korkmaz Tekin",
    ),
    "latin": (
        "María Ana Carolina Daniela Valentina Camila Gabriela Paula Andrea Javiera Catalina Francisca Fernanda Claudia Patricia Verónica Lorena Ximena Marcela Alejandra Sofía Isabel Rocío Pilar",
        "José Juan Luis Carlos Jorge Pedro Diego Sebastián Matías Felipe Cristián Rodrigo Andrés Miguel Alejandro Francisco Gonzalo Pablo Ricardo Fernando Héctor Raúl Tomás Nicolás",
        "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Ramírez Reyes Gutiérrez Castro Vargas Álvarez Vásquez Tapia Fernández Sánchez Cárdenas Núñez Jiménez Ortiz",
    ),
    "thai": (
        "Siriporn Supaporn Kanokwan Sunisa Pranee Wanida Malee Nittaya Rattana Jintana Pornthip Kannika Duangjai Ratchanee Sasithorn Chanida Lamai Wassana Thanyarat Anchalee Suda",
        "Somchai Somsak Prasert Sombat Surachai Wichai Anan Chaiwat Nattapong Thanakorn Kittisak Sompong Boonmee Apichai Niran Pongsak Supachai Tawan Weerasak Kriangkrai",
        "Saetang Srisuk Wongsawat Chaiyaporn Suwannarat Boonsong Thongdee Kaewkla Phromma Sukprasert Rattanakorn Jaidee Srisawat Phanthong Inthasorn Khamwong Saelee Chanthara Meesuk Sombatsiri",
    ),
    "indian": (
        "Priya Anjali Pooja Neha Sunita Kavita Deepa Lakshmi Anita Divya Shreya Aishwarya Meena Ritu Swati Nisha Rekha Sneha Aarti Geeta Harpreet Manpreet Jyoti Shalini Sangeeta Radha",
        "Rahul Amit Rajesh Sanjay Vijay Arjun Suresh Ravi Anil Vikram Deepak Manoj Sandeep Karthik Nikhil Rohit Aditya Prakash Gurpreet Arun Sunil Venkat Ashok Krishna Rakesh",
        "Sharma Singh Kumar Patel Gupta Reddy Rao Iyer Nair Menon Joshi Desai Mehta Shah Verma Chaudhary Pillai Krishnan Banerjee Chatterjee Mukherjee Agarwal Malhotra Kapoor Bose Das Ghosh Pandey Mishra Srinivasan Subramanian",
    ),
    "chinese": (
        "Fang Jing Li Na Min Yan Juan Xiuying Hui Ying Mei Lan Xiaomei Yuqing Xinyi Jiayi Yun Lingling Qian Ting Xue",
        "Wei Lei Jun Yong Jie Tao Ming Chao Hao Qiang Bin Gang Peng Hua Jian Xiaoming Zhiwei Haoran Yifan Zihao Bo Long Kai",
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Song Tang Han Feng Deng",
    ),
    "ukrainian": (
        "Olena Tetiana Nataliia Iryna Oksana Svitlana Yuliia Olha Kateryna Mariia Anastasiia Liudmyla Halyna Viktoriia Nadiia Larysa Alina Daryna Sofiia Valentyna Inna Khrystyna",
        "Oleksandr Serhii Andrii Volodymyr Dmytro Oleksii Mykola Ivan Yurii Vasyl Viktor Mykhailo Petro Bohdan Taras Roman Maksym Artem Vitalii Ihor Denys Yevhen",
        "Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko Klymenko Pavlenko Kravchuk Kuzmenko Ponomarenko Savchuk Vasylenko Levchenko Kharchenko Karpenko",
    ),
    # The writer's two origins of choice: Afghanistan (Dari and Pashto names) and Romania.
    "afghan": (
        "Zahra Mariam Fereshta Nilofar Shabana Mursal Sodaba Parwana Marzia Hasina Nargis Mahbooba Farzana Zarghona Tamana Lailuma Roya Sima Khadija Madina",
        "Ahmad Mohammad Ali Hamid Mustafa Najib Farid Jawad Sayed Habib Rahim Nasir Zabihullah Ehsan Sharif Hamidullah Samiullah Wahid Karim Mahdi Omid Zaker",
        "Ahmadi Hashimi Rahimi Sultani Noori Hussaini Karimi Mohammadi Sharifi Azimi Haidari Amiri Safi Popal Stanikzai Popalzai Durrani Wardak Nazari Jafari Sadat Qaderi Rezai Hakimi Rasuli",
    ),
    "romanian": (
        "Maria Elena Ioana Andreea Ana Mihaela Gabriela Cristina Alexandra Daniela Adriana Simona Roxana Raluca Ionela Florentina Georgiana Alina Camelia Larisa Diana Nicoleta",
        "Ion Gheorghe Constantin Alexandru Andrei Mihai Vasile Nicolae Ionuț Florin Marius Adrian Cristian Daniel Bogdan Ștefan Dumitru Gabriel Cătălin Răzvan Sorin Lucian",
        "Popa Popescu Pop Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu Ionescu Rusu Constantin Mihai Munteanu Moldovan Lungu Marin Ungureanu Tudor Florea Dobre Barbu Nistor Ene Oprea Dinu Ilie Toma Sandu",
    ),
}  # fmt: skip

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(ranked(SV_F, 150), ranked(SV_M, 150), ranked(SV_SUR, 150)),
    "us": Origin(census(US_F, 150), census(US_M, 150), census(US_LAST, 150)),
    "uk": Origin(ranked(UK_F, 140), ranked(UK_M, 140), ranked(UK_SUR, 150)),
}
for _key, (_f, _m, _s) in OTHER.items():
    ORIGINS[_key] = Origin(ranked(_f, 10, 0.85), ranked(_m, 10, 0.85), ranked(_s, 12, 0.85))

# Who is named, by the language of the text: Swedish text roughly as Sweden's population is
# (about seven in ten with Swedish names), English text mostly British and American, mixed text
# between them (Swedes writing to or about people abroad, and people from abroad in Sweden).
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 70, "arabic": 6, "finnish": 3.4, "polish": 2.4, "bcs": 2.4, "persian": 2.1,
        "somali": 1.8, "kurdish": 1.6, "turkish": 1.4, "ukrainian": 1.3, "eritrean": 1.2,
        "afghan": 1.2, "indian": 1.0, "latin": 1.0, "thai": 0.9, "chinese": 0.8, "romanian": 0.8,
        "us": 0.5, "uk": 0.5,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 8, "indian": 4.5, "arabic": 2, "polish": 2, "latin": 1.8,
        "chinese": 1.5, "romanian": 1, "finnish": 1, "turkish": 0.8, "somali": 0.7,
        "ukrainian": 0.7,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 9, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
        "persian": 2.5, "indian": 2, "afghan": 1.5, "kurdish": 1.5, "somali": 1.5, "turkish": 1.5,
        "ukrainian": 1.5, "eritrean": 1, "latin": 1, "thai": 1, "chinese": 1, "romanian": 1,
    },
}  # fmt: skip

# Short forms people are called by (a given name as its list spells it -> its short forms).
NICK_SV = {
    "Joakim": ("Jocke",), "Lars": ("Lasse",), "Mikael": ("Micke",), "Karl": ("Kalle",),
    "Per": ("Pelle", "Perra"), "Charlotte": ("Lotta",), "Susanne": ("Sussie", "Sanna"),
    "Magnus": ("Mange",), "Thomas": ("Tompa",), "Kristoffer": ("Krille",), "Fredrik": ("Fredde",),
    "Daniel": ("Danne",), "Robert": ("Robban",), "Stefan": ("Steffe",), "Kristina": ("Kicki", "Stina"),
    "Katarina": ("Kattis",), "Margareta": ("Maggan",), "Ulrika": ("Ullis",), "Göran": ("Göte",),
    "Gustav": ("Gurra", "Gusse"), "Mattias": ("Matte",), "Marcus": ("Macke",), "Tobias": ("Tobbe",),
    "Torbjörn": ("Tobbe",), "Sebastian": ("Sebbe",), "Niklas": ("Nicke",), "Henrik": ("Henke",),
    "Johanna": ("Jossan",), "Josefin": ("Jossan",), "Rebecka": ("Becka",), "Viktoria": ("Vickan",),
    "Elisabeth": ("Lisa", "Lisen"), "Bo": ("Bosse",), "Anders": ("Adde",), "Johan": ("Jocke", "Joje"),
    "Patrik": ("Patte",), "Christer": ("Kicke",), "Kenneth": ("Kenta",), "Lennart": ("Lelle",),
    "Birgitta": ("Gittan", "Birra"), "Jan": ("Janne",), "Hans": ("Hasse",), "Åke": ("Åkan",),
    "Alexander": ("Alex",), "Camilla": ("Millan",), "Gunilla": ("Gullan",), "Monica": ("Mojjan",),
}  # fmt: skip
NICK_EN = {
    "Michael": ("Mike", "Mick"), "Elizabeth": ("Liz", "Beth", "Lizzie"), "William": ("Will", "Bill", "Billy"),
    "Robert": ("Bob", "Rob", "Bobby"), "James": ("Jim", "Jamie"), "Jennifer": ("Jen", "Jenny"),
    "Christopher": ("Chris",), "Margaret": ("Maggie", "Peggy"), "Richard": ("Rick", "Rich"),
    "Thomas": ("Tom", "Tommy"), "Katherine": ("Kate", "Kathy"), "Catherine": ("Cathy", "Kate"),
    "Anthony": ("Tony",), "Joseph": ("Joe",), "Daniel": ("Dan", "Danny"), "Matthew": ("Matt",),
    "Patricia": ("Pat", "Trish"), "Susan": ("Sue",), "Deborah": ("Debbie", "Deb"), "Jonathan": ("Jon",),
    "Nicholas": ("Nick",), "Edward": ("Ed", "Ted", "Eddie"), "Alexander": ("Alex",), "Rebecca": ("Becky",),
    "Samantha": ("Sam",), "Victoria": ("Vicky",), "Timothy": ("Tim",), "Andrew": ("Andy", "Drew"),
    "Stephen": ("Steve",), "Steven": ("Steve",), "David": ("Dave",), "Charles": ("Charlie", "Chuck"),
    "Benjamin": ("Ben",), "Samuel": ("Sam",), "Kenneth": ("Ken",), "Donald": ("Don",), "Ronald": ("Ron",),
    "Gregory": ("Greg",), "Jeffrey": ("Jeff",), "Raymond": ("Ray",), "Lawrence": ("Larry",),
    "Barbara": ("Barb",), "Cynthia": ("Cindy",), "Kimberly": ("Kim",), "Christine": ("Chris",),
    "Gerald": ("Gerry",), "Frederick": ("Fred",), "Terence": ("Terry",), "Alison": ("Ali",),
}  # fmt: skip
NICKNAMES = {"swedish": NICK_SV, "us": NICK_EN, "uk": NICK_EN}

TYPED_PLAIN = ("polish", "bcs", "turkish", "latin")  # about 30% written without their letters
_PLAIN = str.maketrans({"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "İ": "I", "ø": "o"})


def plain(word: str) -> str:
    """A name as typed on a keyboard without its letters (`Wójcik` -> `Wojcik`, `Şahin` -> `Sahin`)."""
    out = unicodedata.normalize("NFKD", word.translate(_PLAIN))
    return "".join(ch for ch in out if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it (`Kowalski` -> `Kowalska`, `Nowicki` -> `Nowicka`)."""
    for end in ("ski", "cki", "dzki"):
        if surname.endswith(end):
            return surname[:-1] + "a"
    return surname
