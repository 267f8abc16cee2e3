# ruff: noqa: E501
"""Names for held-out GV (issue 15): pools weighted by how often people carry them.

Written from general knowledge by the hundred-and-eighty-third writer, who read no other set's
names. Swedish given names and surnames follow the order of SCB's name statistics (weight 1/rank,
head the top 150, a tail of rarer names past them); the US pools are the US Census 1990 lists
(public domain; copied from the `names` package's `dist.female.first`, `dist.male.first` and
`dist.all.last`, the census per cent as weight, head 150); UK names follow the order of the ONS
rankings (1/rank, head 130 for given names, 150 for surnames); the origins common in Sweden have
their commonest names, 1/rank, head 10. None was checked against anything in the repository:
none is left out for being known or unknown. Stdlib only.
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


def ranked(names: list[str] | tuple[str, ...], head: int) -> Pool:
    """A pool in rank order, weight 1/rank."""
    assert len(set(names)) == len(names), "a name twice in one list"
    return Pool(
        tuple(names), tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names) - 1)
    )


def words(text: str) -> list[str]:
    """A list's names, written as running text, commonest first."""
    return text.split()


def census(pairs: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A pool with the census per cent as weight."""
    return Pool(tuple(n for n, _ in pairs), tuple(w for _, w in pairs), head)


# Sweden, in SCB's rank order: the first 150 of each list are its head, the rest its tail.

SV_F = words("""
Anna Eva Maria Karin Kristina Lena Sara Kerstin Emma Ingrid Marie Malin Jenny Hanna Linda Inger
Annika Birgitta Susanne Monica Elin Johanna Margareta Ulla Sofia Elisabeth Katarina Carina Julia
Helena Camilla Ida Åsa Anita Gunilla Cecilia Linnéa Elsa Ebba Ulrika Therese Lisa Josefin Anneli
Frida Amanda Alice Barbro Maja Siv Agneta Matilda Emelie Louise Ann Caroline Birgit Wilma Lina
Jessica Astrid Moa Ella Britt Pia Marianne Ingela Yvonne Gunnel Mona Klara Alva Agnes Elisabet
Olivia Lovisa Ellen Felicia Sandra Ewa Charlotte Victoria Petra Tove Gun Saga Nathalie Emilia
Isabelle Mikaela Madeleine Rebecka Erika Ylva Sofie Ann-Christin Ann-Marie Margit Gudrun Vera
Irene Alexandra Jennifer Stina Nora Selma Signe Lisbeth Viktoria Karolina Veronica Gunhild
Solveig Lilian Ester Elvira Tilda Cornelia Ronja Hedvig Märta Ellinor Tindra Nellie Linn Mia
Anette Helen Maj Greta Elise Tuva Emilie Inga Anne Ann-Sofie Eleonor Evelina Jeanette Pernilla
Sanna Gabriella Lotta Kajsa Britt-Marie Ingegerd Majvor Ingeborg Rut Kristin Annelie Elina
Majken Elna Gunvor Svea Dagny Viola Iris Alma Hilma Edith Ines Sonja Rose-Marie Lillemor
Inga-Lill Maj-Britt Anna-Karin Eva-Lena Aina Alfhild Alida Alicia Amelie Andrea Angelica Anja
Ann-Charlotte Ann-Katrin Ann-Louise Annie Antonia Aurora Beata Bella Berit Bodil Boel Britta
Carin Carola Catrin Charlotta Christel Christina Clara Dagmar Daniela Denise Doris Edit Edla
Eira Eleonora Elida Elinor Elly Elsy Emmy Engla Evelyn Fanny Filippa Fredrika Freja Gerd Gull
Gull-Britt Gunborg Gunn Hanne Harriet Hedda Heidi Helga Henrietta Hilda Hjördis Idun Ilona
Ingalill Ingbritt Ingmarie Irma Isa Joanna Jonna Josefine Judit Karina Katja Lea Lilly Liselott
Liv Livia Lovis Lydia Magdalena Malva Marina Marit Marita Marlene Meja Melina Melissa Meta Mira
Mirjam Molly My Märit Nanna Nelly Nina Noomi Ottilia Paula Ragnhild Rakel Rosa Rosita Ruth Sally
Sigrid Sigrun Siri Sissela Stella Susann Sylvia Tea Teresia Thea Tina Tyra Ulla-Britt Ulrica
Valborg Vendela Vanja Vilma Viveka Vivianne Wanja Yvette Jenni Madelene Mathilda Josephine
Isabella Inga-Britt Elsa-Britt Ann-Britt Ann-Kristin Ann-Mari Anna-Lena Anna-Lisa Eva-Karin
Marie-Louise Lisen Maud Margaretha Agnetha Annette Annica Benita Bibi Camila Cathrine Charlott
Christin Dorotea Elvy Emelia Emely Estelle Evy Ewelina Fia Frideborg Gertrud Gunbritt Hillevi
Hedy Ingegärd Ingvor Irja Jasmine Jill Juni Kaisa Karla Katrin Laila Lis Lisa-Marie Louisa Lova
Luna Madicken Majlis Margot Mariana Marika Mariann Melinda Minna Mimmi Miranda Nadja Naemi Nova
Oda Olga Pauline Rose Sabina Siw Solbritt Stephanie Susanna Tekla Tora Tova Tuulikki Ulla-Carin
Una Valentina Vivi Åse Ängla
""")

SV_M = words("""
Lars Mikael Anders Johan Per Erik Karl Peter Jan Thomas Daniel Fredrik Hans Andreas Stefan Bengt
Mats Magnus Marcus Jonas Bo Sven Oskar Alexander Niklas Nils Leif Gustav Martin Björn Kent Ulf
Henrik Göran Christer Roger Tommy Viktor Patrik Robert Simon Emil David Kjell Rolf Joakim
Christoffer Anton Filip Tobias Sebastian Stig Olof Rickard Lennart Oliver Axel William Jakob
Elias Hugo Lucas Adam Ludvig Isak Gunnar Arne Åke Torbjörn Jörgen Håkan Ingvar Kenneth Tomas
Claes Dan Jesper Linus Rasmus Jimmy Pontus Kevin Albin Edvin Theo Noah Liam Vincent Wilhelm Leo
Arvid Hampus Max Mattias Joel Jonathan Johannes Mohammed Rune Sten Roland Bertil Ove Conny
Dennis Robin Jens Mathias Samuel Benjamin Gabriel Jacob Melvin Love Alfred Josef Harald Kurt
Sixten Ali Eddie Sune Tage Lars-Erik Karl-Erik Per-Olof Jan-Erik Sture Allan Birger Gösta Yngve
Folke Holger Sigvard Walter Elis Valter Charlie Noel Colin Frank Tim Kim Benny Glenn Kristoffer
Krister Ronny Ingemar Inge Carl Markus Michael Tony Ebbe Einar Eskil Evert Fritiof Georg Gerhard
Gottfrid Greger Halvar Helge Henning Herbert Hjalmar Ivar Jarl Julius Knut Konrad Kristian Lage
Leon Levi Lukas Malte Melker Milton Måns Nicklas Olle Ossian Otto Paul Petter Philip Ragnar
Reinhold Rudolf Sam Seth Sigge Staffan Sten-Åke Sören Teodor Thor Tor Torsten Tore Truls Ture
Uno Urban Vidar Vilgot Viggo Vilhelm Wiktor Ville Östen Örjan Assar Alvar Algot Aron Arthur
Bernt Bert Bror Casper Christian Curt Dag Dick Edward Egon Elof Emanuel Enar Erland Esbjörn
Fabian Felix Gustaf Hilding Hannes Harry Helmer Ingvald Jack Jimmie Joar John Jon Jonny Kaj
Karl-Johan Lars-Göran Lennarth Lorentz Ludwig Magne Morgan Ola Olov Oscar Patric Peder
Per-Anders Per-Erik Roine Sigurd Sivert Stellan Sven-Erik Svante Torgny Torvald Ulrik Valdemar
Vide Vilmer Wilmer Zacharias Elliot Loke Johnny Rikard Ronnie Lars-Olof Per-Åke Jan-Olof
Bengt-Göran Nils-Erik Alf Anders-Petter Arnold Artur Axel-Erik Barthold Bertil-Åke Bill
Björn-Olof Bruno Börje Carl-Axel Clas Dag-Erik Douglas Edgar Egil Elmer Emrik Erling Evald
Ferdinand Fritz Gillis Gert Gunder Gustav-Adolf Hadar Hasse Heikki Hemming Hjalmer Ingolf Isidor
Iwan Jan-Åke Jerker Jöns Kennet Kenny Kjell-Åke Klas Lars-Gunnar Leopold Lave Lennie Lorens
Manne Mauritz Mikko Måns-Erik Natanael Nore Odd Olav Orvar Osvald Per-Gunnar Pierre Rafael
Reidar Roy Rutger Severin Sigfrid Sigvald Simson Sölve Tord Thorsten Torleif Tryggve Waldemar
Yngvar Åsmund Östen-Erik Kasper Rolf-Erik Sven-Olof Sven-Åke Tom Tommie Tor-Björn Willy
""")

SV_S = words("""
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson
Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed Engström Eklund
Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Fransson
Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström Ahmed
Mårtensson Lundström Hassan Viklund Björklund Eliasson Pålsson Berggren Sandström Lund Nordin
Ström Åberg Hermansson Ekström Holmgren Sundberg Hedlund Dahlberg Hellström Sjögren Abrahamsson
Falk Martinsson Öberg Andreasson Blom Månsson Åkesson Strand Jonasson Ekman Lindholm Dahl
Sundström Nordqvist Göransson Hedberg Söderström Ivarsson Mohamed Adolfsson Johnsson Börjesson
Lindell Lindahl Josefsson Forsman Bergkvist Nyman Hussein Sjöström Östlund Lindblom Sundqvist
Omar Nordlund Ibrahim Strömberg Stenberg Öhman Lindroth Edlund Hagström Augustsson Åström
Carlsson Lindén Sundin Lundmark Hansen Berntsson Nordberg Ekberg Sandin Holmqvist Bäckström
Ottosson Lönn Karlberg Ahlberg Lindkvist Malm Hallberg Rosén Westerberg Norberg Lundell
Kjellberg Nordgren Wiklund Engberg Lilja Granberg Sahlin Hedman Bergholm Ljung Ljungberg
Ljunggren Frisk Sjölund Brandt Blomberg Lindmark Hellberg Wahlström Högberg Hägg Kvist Ek Ekholm
Ekdahl Grahn Mörk Roos Nord Söder Törnqvist Thorén Wallgren Westman Åkerlund Ågren Åhlund
Östberg Östman Stålberg Sörensen Rydberg Rydén Boström Burman Dahlgren Dahlin Dahlström Edström
Ekblom Eng Englund Fagerström Forsgren Forslund Franzén Gran Granlund Hammar Hammarström Hedin
Hedström Helgesson Hjalmarsson Holmström Hultgren Hultman Hägglund Häggström Isberg Jernberg
Kihlberg Kling Kronberg Kvarnström Lager Landberg Larsen Lindblad Lindbom Lindeberg Lindvall
Ljungqvist Lundholm Lundkvist Lövgren Malmberg Malmqvist Melin Moberg Norén Nylund Nylander
Nyqvist Näslund Olander Oskarsson Palm Palmqvist Pihl Rask Renström Roslund Rudberg Runesson
Sandgren Schön Segerström Selin Sjödin Sjöholm Sjökvist Skoglund Stark Stenström Strömgren Ståhl
Sundelin Svärd Sylvén Söderlund Thelin Thorsson Wahlberg Wall Wennberg Wennerström Westerlund
Westin Wickström Widén Wik Wikander Zetterberg Zetterlund Zackrisson Åman Öhrn Örn Berglöf
Bergendahl Bodin Broberg Bylund Carlström Christiansson Abdi Yusuf Osman Khalil Nguyen Jama
Warsame Hosseini Mohammadi Karimi Rezaei Nowak Kowalski Korhonen Virtanen Yilmaz Demir Hodzic
Begic Kovacevic Petrovic Rahimi Sharifi Ahmadi Haddad Barsoum Gabriel Isa Saliba Aydin Celik
Kaya Lehtonen Niemi Salo Heikkinen Ylitalo Alatalo Koivisto Tapio Rantanen Jokela Pekkari Kangas
Keskitalo Lantto Labba Sarri Sikku Kuhmunen Påve Marainen Omma Blind Tuolja Stålnacke Granström
Vikström Backman Sjödahl Fält Kallin Ferm Rehn Hjort Mattila Strömqvist Wigren Wahlgren Åslund
Östling Edvardsson Gerdin Jeppsson Lejon Nordenskiöld Adlercreutz Cederström Lewenhaupt
Gyllenhammar Silfverschiöld Stiernstedt Wrangel Bielke Leijonhufvud Sparre
""")

SV_S += [
    "von Essen",
    "De Geer",
    "af Ugglas",
    "von Sydow",
    "von Platen",
    "af Trolle",
]  # noble names with a particle, rare


# The US Census 1990: name and per cent of the population carrying it.

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
    ("Vicky", 0.043), ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042), ("Kara", 0.041),
    ("Jacquelyn", 0.041), ("Erma", 0.041), ("Blanca", 0.041), ("Myra", 0.04), ("Leticia", 0.04),
    ("Pat", 0.04), ("Krista", 0.04), ("Roxanne", 0.04), ("Angelica", 0.039), ("Johnnie", 0.039),
    ("Robyn", 0.039), ("Francis", 0.039), ("Adrienne", 0.039), ("Rosalie", 0.039), ("Alexandra",
    0.039), ("Brooke", 0.039), ("Bethany", 0.039), ("Sadie", 0.039), ("Bernadette", 0.039)
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
    0.031), ("Colin", 0.031), ("Guillermo", 0.031), ("Earnest", 0.031), ("Lucas", 0.031), ("Benny",
    0.03), ("Noel", 0.03), ("Spencer", 0.03), ("Rodolfo", 0.03), ("Myron", 0.03), ("Edmund", 0.03),
    ("Garrett", 0.029), ("Salvatore", 0.029), ("Cedric", 0.029), ("Lowell", 0.029), ("Gregg",
    0.029), ("Sherman", 0.028), ("Wilson", 0.028), ("Devin", 0.028), ("Sylvester", 0.028), ("Kim",
    0.028), ("Roosevelt", 0.028), ("Israel", 0.028), ("Jermaine", 0.028)
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


# The UK, in the order of the ONS rankings.

UK_F = words("""
Sarah Emma Claire Laura Rebecca Emily Sophie Charlotte Jessica Lucy Hannah Amy Gemma Rachel
Nicola Helen Katie Samantha Lauren Victoria Louise Michelle Kelly Joanne Lisa Karen Susan
Elizabeth Jennifer Stephanie Natalie Kirsty Zoe Olivia Amelia Isla Ava Mia Grace Ella Poppy
Chloe Ellie Megan Holly Georgia Abigail Alice Evie Isabella Freya Daisy Ruby Lily Phoebe
Florence Sienna Millie Jade Leanne Stacey Danielle Hayley Kerry Donna Tracey Julie Deborah
Alison Catherine Angela Jacqueline Wendy Dawn Sharon Janet Margaret Patricia Carol Christine
Jean Sandra Linda Pauline Gillian Lynn Elaine Fiona Anne Mary Caroline Jane Sally Kate Anna Beth
Harriet Imogen Eleanor Bethany Jasmine Amber Molly Erin Eve Niamh Siobhan Rhiannon Carys Sian
Ffion Joanna Vicky Lindsay Kim Tina Debbie Hazel Heather Maureen Brenda Sheila Valerie Barbara
Shirley Joan Doreen Irene Marion Rosemary Lesley Jill Kathleen Ann Natasha Kayleigh Jodie
Charlene Shannon Paige Leah Maisie Matilda Willow Harper Rosie Esme Thea Aisha Fatima Maryam
Zara Priya Anya Katherine Rose Eilidh Morag Kirsten Catriona Mhairi Aoife Ciara Orla Roisin
Bronwen Cerys Elin Lowri Nia Megan-Rose Tegan Bryony Philippa Henrietta Clementine Tamsin
Felicity Penelope Verity Rowena Rosalind Marjorie Edna Gladys Hilda Elsie Mabel Nellie Beryl
Sylvia Yvonne Lorraine Denise Carole Jayne Lynne Tanya Abbie Courtney Chelsea Jordan Amelia-Rose
Lacey Demi Kacey Keeley Hollie Tia Jenna Alexandra Eloise
""")

UK_M = words("""
David John Paul Andrew Mark James Michael Richard Stephen Peter Christopher Robert Daniel Thomas
Matthew Ian Simon Gary Steven Anthony William Jonathan Martin Neil Alan Kevin Lee Craig Stuart
Adam Benjamin Jack Oliver Harry George Charlie Jacob Noah Alfie Joshua Samuel Luke Ryan Liam
Callum Jamie Scott Dean Darren Wayne Graham Colin Brian Keith Kenneth Philip Nicholas Timothy
Edward Joseph Carl Barry Jason Shaun Adrian Gareth Dylan Rhys Owen Aled Dafydd Iwan Gethin
Alexander Henry Arthur Freddie Leo Oscar Archie Theo Finley Louis Max Lewis Nathan Aaron Connor
Kieran Ben Tom Sam Jake Dominic Patrick Sean Declan Ciaran Conor Niall Eoin Ross Fraser Euan
Angus Hamish Alistair Gordon Douglas Malcolm Roy Derek Trevor Terence Raymond Roger Geoffrey
Clive Nigel Barrie Frank Harold Ernest Stanley Albert Leonard Dennis Norman Donald Ronald
Frederick Walter Arnold Mohammed Muhammad Ali Omar Yusuf Ibrahim Hassan Harvey Reuben Toby
Elliot Jude Rory Ethan Mason Tyler Kyle Bradley Jordan Jay Marcus Russell Glenn Duncan Gavin
Robin Jeremy Giles Rupert Hugo Julian Sebastian Piers Crispin Tristan Ralph Rowan Felix Billy
Bobby Tommy Danny Joe Mitchell Ashley Lloyd Leon Troy Tony Vincent Howard Bernard Gerald Cyril
Percy Reginald Wilfred
""")

UK_S = words("""
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
Whitehouse Randall Bull Kirby Hale Howe Lamb Fraser MacDonald MacLeod Sinclair Duffy Quinn
Gallagher Doherty McLaughlin Brennan Lynch Akhtar Iqbal Rahman Chowdhury Mistry Lewis-Jones Pugh
Vaughan Llewellyn Howells Prosser Jenkinson Bevan Cartwright Ashworth Whittaker Lord Clegg
Haworth Pickering Horsfall Greenwood Sutcliffe Crowther Thornton Brearley Outhwaite Fairclough
Entwistle Ormerod Tattersall Heaton Pilkington Critchley
""")


# Origins common in Sweden: their commonest given names and surnames, commonest first.

FI_F = ("Anne", "Tuula", "Päivi", "Riitta", "Leena", "Pirjo", "Sari", "Minna", "Marja", "Tiina", "Eeva", "Kaija", "Aino", "Sirpa", "Satu", "Johanna", "Hanna", "Maria", "Helena", "Merja", "Seija", "Anneli", "Tarja", "Heli", "Laura", "Katja", "Kirsi", "Sanna", "Outi", "Pirkko")  # fmt: skip

FI_M = ("Juha", "Timo", "Matti", "Kari", "Mikko", "Jari", "Antti", "Jukka", "Mika", "Markku", "Pekka", "Hannu", "Heikki", "Seppo", "Janne", "Ari", "Sami", "Petri", "Jussi", "Ville", "Tapio", "Esa", "Risto", "Marko", "Olli", "Teemu", "Tuomas", "Veikko", "Arto", "Raimo")  # fmt: skip

FI_S = ("Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen")  # fmt: skip

AR_F = ("Fatima", "Maryam", "Noor", "Sara", "Amina", "Zainab", "Layla", "Huda", "Rania", "Hiba", "Aya", "Lina", "Rana", "Dima", "Yasmin", "Reem", "Samira", "Hanan", "Shamiram", "Ninorta", "Nahrain", "Rima", "Nadia", "Salma", "Ghada", "Suad", "Sabrin", "Ranim")  # fmt: skip

AR_M = ("Mohammed", "Ahmad", "Ali", "Omar", "Hassan", "Hussein", "Mustafa", "Ibrahim", "Khaled", "Yousef", "Abdullah", "Karim", "Mahmoud", "Tariq", "Samir", "Adnan", "Bashar", "Firas", "Walid", "Rami", "Sargon", "Ninos", "Ashur", "Aday", "Akram", "Ammar", "Haidar", "Jamil", "Nabil", "Wissam")  # fmt: skip

AR_S = ("Ali", "Mohammed", "Ahmed", "Hassan", "Hussein", "Ibrahim", "Abdullah", "Khalil", "Saleh", "Mahmoud", "Yousef", "Haddad", "Al-Hassan", "Jaber", "Nasser", "Mansour", "Qasim", "Aziz", "Hamad", "Al-Ali", "Barsoum", "Shamoun", "Saliba", "Issa", "Yacoub", "Chamoun", "Malke", "Lahdo", "Gorgis", "Khoshaba", "Al-Jaburi", "Al-Obaidi", "Kassab", "Toma")  # fmt: skip

SO_F = ("Fadumo", "Hodan", "Amina", "Sahra", "Hawa", "Asha", "Halima", "Ayaan", "Khadra", "Sagal", "Ubah", "Nimco", "Ifrah", "Deeqa", "Hibo", "Ladan", "Idil", "Muna", "Safiya", "Sucaad", "Warsan", "Maryan")  # fmt: skip

SO_M = ("Abdi", "Mohamed", "Ahmed", "Abdirahman", "Abdullahi", "Hassan", "Ali", "Omar", "Yusuf", "Abdikarim", "Mahad", "Liban", "Farah", "Ismail", "Said", "Abdiaziz", "Hamza", "Bashir", "Guled", "Mustafe", "Abdiqani", "Khalid")  # fmt: skip

SO_S = ("Mohamed", "Ahmed", "Ali", "Hassan", "Abdi", "Hussein", "Omar", "Farah", "Osman", "Warsame", "Jama", "Nur", "Ismail", "Abdullahi", "Yusuf", "Aden", "Hirsi", "Dahir", "Egal", "Abdulle", "Mohamud", "Muse", "Elmi", "Gedi")  # fmt: skip

PL_F = ("Anna", "Katarzyna", "Maria", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna", "Magdalena", "Elżbieta", "Joanna", "Aleksandra", "Monika", "Zofia", "Teresa", "Danuta", "Natalia", "Karolina", "Marta", "Beata", "Dorota", "Justyna", "Paulina", "Agata")  # fmt: skip

PL_M = ("Piotr", "Krzysztof", "Andrzej", "Tomasz", "Jan", "Paweł", "Michał", "Marcin", "Stanisław", "Jakub", "Adam", "Marek", "Łukasz", "Grzegorz", "Mateusz", "Wojciech", "Mariusz", "Dariusz", "Zbigniew", "Jerzy", "Kamil", "Rafał", "Maciej", "Sebastian")  # fmt: skip

PL_S = ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Wojciechowski", "Kwiatkowski", "Krawczyk", "Kaczmarek", "Piotrowski", "Grabowski", "Zając", "Pawłowski", "Michalski", "Król", "Wieczorek", "Jabłoński", "Wróbel", "Nowicki", "Majewski", "Olszewski", "Sawicki", "Wysocki", "Malinowski", "Stępień", "Górski", "Sokołowski", "Dudek", "Walczak", "Baran", "Sikora")  # fmt: skip

FA_F = ("Maryam", "Fatemeh", "Zahra", "Sara", "Neda", "Leila", "Shirin", "Parisa", "Nasrin", "Mahnaz", "Azadeh", "Roya", "Shima", "Niloufar", "Mina", "Elham", "Soheila", "Golnaz", "Yasaman", "Setareh", "Mahsa", "Bahar")  # fmt: skip

FA_M = ("Mohammad", "Ali", "Reza", "Hossein", "Mehdi", "Amir", "Hamid", "Hassan", "Saeed", "Masoud", "Majid", "Behrouz", "Dariush", "Kaveh", "Babak", "Farid", "Arash", "Omid", "Navid", "Parviz", "Kourosh", "Siamak")  # fmt: skip

FA_S = ("Mohammadi", "Hosseini", "Ahmadi", "Rezaei", "Karimi", "Moradi", "Jafari", "Rahimi", "Hashemi", "Kazemi", "Sadeghi", "Ebrahimi", "Ghorbani", "Akbari", "Rostami", "Azizi", "Hosseinzadeh", "Amini", "Mousavi", "Tehrani", "Shirazi", "Bagheri", "Nazari", "Salehi", "Zamani", "Khosravi")  # fmt: skip

BCS_F = ("Amra", "Emina", "Jasmina", "Lejla", "Amela", "Selma", "Aida", "Merima", "Ana", "Marija", "Ivana", "Jelena", "Mirela", "Alma", "Sanela", "Dragana", "Snežana", "Vesna", "Maja", "Elma", "Azra", "Nermina")  # fmt: skip

BCS_M = ("Emir", "Adnan", "Amir", "Senad", "Mirza", "Admir", "Edin", "Haris", "Dženan", "Nikola", "Marko", "Stefan", "Ivan", "Dragan", "Goran", "Zoran", "Milan", "Dejan", "Nenad", "Tarik", "Damir", "Kenan")  # fmt: skip

BCS_S = ("Hodžić", "Hadžić", "Delić", "Begić", "Kovačević", "Mehmedović", "Hasanović", "Husić", "Petrović", "Jovanović", "Nikolić", "Marković", "Đorđević", "Ilić", "Babić", "Horvat", "Kovačić", "Jurić", "Marić", "Mujić", "Salihović", "Ibrahimović", "Halilović", "Alić", "Suljić", "Omerović", "Čaušević", "Softić")  # fmt: skip

TR_F = ("Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Özlem", "Derya", "Esra", "Selin", "Hülya", "Sevgi", "Gül", "Merve", "Büşra", "Dilek", "Leyla", "Songül", "Aylin")  # fmt: skip

TR_M = ("Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Osman", "Yusuf", "Murat", "Ömer", "Emre", "Burak", "Kemal", "Cem", "Serkan", "Erkan", "Mert", "Can")  # fmt: skip

TR_S = ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Polat", "Korkmaz", "Erdoğan", "Aksoy")  # fmt: skip

ER_F = ("Senait", "Helen", "Selam", "Yordanos", "Saba", "Mebrat", "Tsega", "Ruta", "Semhar", "Luwam", "Feven", "Hiwet", "Rahel", "Winta", "Eden", "Almaz", "Mihret", "Segen", "Freweini", "Tirhas")  # fmt: skip

ER_M = ("Yonas", "Dawit", "Tesfay", "Mehari", "Samuel", "Daniel", "Yohannes", "Berhane", "Kidane", "Mulugeta", "Habtom", "Amanuel", "Filmon", "Tekle", "Semere", "Henok", "Robel", "Aron", "Efrem", "Biniam")  # fmt: skip

ER_S = ("Tesfay", "Gebremedhin", "Haile", "Tekle", "Berhane", "Kidane", "Ghebreyesus", "Mehari", "Tesfamariam", "Woldu", "Abraha", "Gebru", "Kahsay", "Yemane", "Andemariam", "Habte", "Asmerom", "Tewolde", "Zerai", "Okbai")  # fmt: skip

AF_F = ("Fatima", "Zahra", "Maryam", "Shabnam", "Nargis", "Farida", "Mariam", "Laila", "Parwana", "Soraya", "Marzia", "Khadija", "Nilofar", "Zainab", "Masooma", "Sakina", "Freshta", "Mursal", "Hamida", "Shakila")  # fmt: skip

AF_M = ("Mohammad", "Ahmad", "Ali", "Mustafa", "Hamid", "Abdul", "Reza", "Jawad", "Sayed", "Hussain", "Mahdi", "Nasir", "Farid", "Hamza", "Omid", "Sharif", "Rahim", "Zabihullah", "Wahid", "Mujtaba")  # fmt: skip

AF_S = ("Ahmadi", "Hussaini", "Mohammadi", "Rahimi", "Sultani", "Hakimi", "Karimi", "Noori", "Haidari", "Rezaie", "Sadat", "Jafari", "Amiri", "Azizi", "Popal", "Stanikzai", "Safi", "Wardak", "Habibi", "Qaderi")  # fmt: skip

TH_F = ("Siriporn", "Supaporn", "Wanida", "Pranee", "Kanya", "Sunisa", "Malee", "Nittaya", "Rattana", "Somjit", "Pornthip", "Jintana", "Kanokwan", "Duangjai", "Achara", "Sukanya", "Waraporn", "Chanida", "Lamai", "Buppha")  # fmt: skip

TH_M = ("Somchai", "Somsak", "Surachai", "Prasert", "Anan", "Chaiya", "Sombat", "Wichai", "Kittisak", "Thanakorn", "Nattapong", "Surasak", "Boonmee", "Prasit", "Somkiat", "Niran", "Chalerm", "Sakda", "Manop", "Anurak")  # fmt: skip

TH_S = ("Saetang", "Srisuk", "Wongsa", "Boonma", "Chaiyaphum", "Kaewkong", "Sukprasert", "Thongchai", "Rattanakorn", "Phromma", "Srisawat", "Jaidee", "Sangthong", "Intharasuk", "Charoensuk", "Kongkaew", "Sirisuk", "Phanthong", "Nakprasert", "Boonyarat")  # fmt: skip

LA_F = ("María", "Carolina", "Camila", "Valentina", "Francisca", "Javiera", "Daniela", "Constanza", "Catalina", "Fernanda", "Paula", "Carmen", "Rosa", "Patricia", "Claudia", "Gabriela", "Marcela", "Andrea", "Verónica", "Ximena", "Paola", "Lorena")  # fmt: skip

LA_M = ("José", "Juan", "Carlos", "Luis", "Jorge", "Cristián", "Francisco", "Sebastián", "Matías", "Felipe", "Rodrigo", "Diego", "Pablo", "Manuel", "Héctor", "Pedro", "Gonzalo", "Mauricio", "Alejandro", "Nicolás", "Andrés", "Ricardo")  # fmt: skip

LA_S = ("González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez", "Sepúlveda", "Morales", "Rodríguez", "López", "Fuentes", "Hernández", "Torres", "Araya", "Flores", "Espinoza", "Valenzuela", "Castillo", "Tapia", "Reyes", "Gutiérrez", "Castro", "Pizarro", "Álvarez", "Vásquez", "Sánchez", "Fernández")  # fmt: skip

KU_F = ("Rojda", "Berfin", "Dilan", "Zilan", "Helin", "Avin", "Ronahi", "Jiyan", "Nazdar", "Shilan", "Rezan", "Evin", "Gulistan", "Viyan", "Sozdar", "Hero", "Bahar", "Nasrin")  # fmt: skip

KU_M = ("Rebin", "Dilshad", "Azad", "Shwan", "Karwan", "Rebwar", "Hiwa", "Aram", "Baran", "Dilovan", "Shirwan", "Zana", "Serhat", "Kawa", "Saman", "Hawre", "Botan", "Goran")  # fmt: skip

KU_S = ("Ahmad", "Mohammed", "Rashid", "Kurdi", "Hassan", "Mahmoud", "Aziz", "Karim", "Salih", "Osman", "Mustafa", "Ali", "Abdulla", "Qadir", "Hama", "Faraj", "Sharif", "Jaf", "Amin", "Hamid")  # fmt: skip

UA_F = ("Olena", "Tetiana", "Natalia", "Iryna", "Svitlana", "Oksana", "Yulia", "Olha", "Kateryna", "Anastasiia", "Mariia", "Viktoriia", "Liudmyla", "Halyna", "Nadiia", "Valentyna", "Alina", "Daria", "Sofiia", "Inna")  # fmt: skip

UA_M = ("Oleksandr", "Serhii", "Andrii", "Volodymyr", "Oleksii", "Mykola", "Dmytro", "Vasyl", "Yurii", "Ivan", "Viktor", "Ihor", "Maksym", "Vitalii", "Petro", "Mykhailo", "Roman", "Taras", "Bohdan", "Artem")  # fmt: skip

UA_S = ("Melnyk", "Shevchenko", "Boiko", "Kovalenko", "Bondarenko", "Tkachenko", "Kovalchuk", "Kravchenko", "Oliinyk", "Shevchuk", "Koval", "Polishchuk", "Bondar", "Tkachuk", "Moroz", "Marchenko", "Lysenko", "Rudenko", "Savchenko", "Petrenko")  # fmt: skip

IN_F = ("Priya", "Anjali", "Pooja", "Divya", "Neha", "Sneha", "Kavya", "Lakshmi", "Deepa", "Sunita", "Anita", "Meera", "Shreya", "Aishwarya", "Swati", "Ritu", "Nisha", "Rekha", "Kavitha", "Harpreet")  # fmt: skip

IN_M = ("Rahul", "Amit", "Rajesh", "Vikram", "Suresh", "Arjun", "Sanjay", "Anil", "Karthik", "Ravi", "Rohit", "Vijay", "Arun", "Manoj", "Ashok", "Prakash", "Sandeep", "Gaurav", "Nikhil", "Aditya")  # fmt: skip

IN_S = ("Patel", "Sharma", "Singh", "Kumar", "Gupta", "Reddy", "Rao", "Iyer", "Nair", "Shah", "Joshi", "Mehta", "Das", "Verma", "Pillai", "Menon", "Krishnan", "Agarwal", "Chopra", "Desai")  # fmt: skip

DE_F = ("Sabine", "Petra", "Andrea", "Claudia", "Monika", "Susanne", "Stefanie", "Julia", "Katharina", "Anja", "Nicole", "Birgit", "Ursula", "Christina", "Sandra", "Martina", "Heike", "Anna", "Laura", "Lena")  # fmt: skip

DE_M = ("Michael", "Thomas", "Andreas", "Stefan", "Peter", "Frank", "Christian", "Markus", "Wolfgang", "Klaus", "Jürgen", "Uwe", "Matthias", "Tobias", "Sebastian", "Jan", "Florian", "Dieter", "Bernd", "Jörg")  # fmt: skip

DE_S = ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann")  # fmt: skip


ORIGINS: dict[str, Origin] = {
    "swedish": Origin(ranked(SV_F, 150), ranked(SV_M, 150), ranked(SV_S, 150)),
    "us": Origin(census(US_F), census(US_M), census(US_S)),
    "uk": Origin(ranked(UK_F, 130), ranked(UK_M, 130), ranked(UK_S, 150)),
    "finnish": Origin(ranked(FI_F, 10), ranked(FI_M, 10), ranked(FI_S, 10)),
    "arabic": Origin(ranked(AR_F, 10), ranked(AR_M, 10), ranked(AR_S, 10)),
    "somali": Origin(ranked(SO_F, 10), ranked(SO_M, 10), ranked(SO_S, 10)),
    "polish": Origin(ranked(PL_F, 10), ranked(PL_M, 10), ranked(PL_S, 10)),
    "persian": Origin(ranked(FA_F, 10), ranked(FA_M, 10), ranked(FA_S, 10)),
    "bcs": Origin(ranked(BCS_F, 10), ranked(BCS_M, 10), ranked(BCS_S, 10)),
    "turkish": Origin(ranked(TR_F, 10), ranked(TR_M, 10), ranked(TR_S, 10)),
    "eritrean": Origin(ranked(ER_F, 10), ranked(ER_M, 10), ranked(ER_S, 10)),
    "afghan": Origin(ranked(AF_F, 10), ranked(AF_M, 10), ranked(AF_S, 10)),
    "thai": Origin(ranked(TH_F, 10), ranked(TH_M, 10), ranked(TH_S, 10)),
    "latin": Origin(ranked(LA_F, 10), ranked(LA_M, 10), ranked(LA_S, 10)),
    "kurdish": Origin(ranked(KU_F, 10), ranked(KU_M, 10), ranked(KU_S, 10)),
    "ukrainian": Origin(ranked(UA_F, 10), ranked(UA_M, 10), ranked(UA_S, 10)),
    "indian": Origin(ranked(IN_F, 10), ranked(IN_M, 10), ranked(IN_S, 10)),
    "german": Origin(ranked(DE_F, 10), ranked(DE_M, 10), ranked(DE_S, 10)),
}

# Who is named, per language of the text: roughly as Sweden's population is in Swedish and mixed
# text, and as an English-speaking office's contacts are in English text.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 68, "arabic": 6, "finnish": 3.5, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "afghan": 1.5, "turkish": 1.5, "kurdish": 1.5, "eritrean": 1.2,
        "ukrainian": 1.2, "thai": 1, "latin": 1, "indian": 1, "german": 0.8, "uk": 0.6, "us": 0.5,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 9, "indian": 3, "arabic": 2, "polish": 2, "latin": 2,
        "finnish": 1, "somali": 1, "persian": 1, "turkish": 1, "ukrainian": 1, "german": 1,
        "thai": 0.6, "bcs": 0.6, "eritrean": 0.6, "afghan": 0.6, "kurdish": 0.6,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 10, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
        "persian": 2.5, "somali": 1.5, "kurdish": 1.5, "turkish": 1.5, "afghan": 1.5,
        "ukrainian": 1.5, "indian": 1.5, "eritrean": 1, "thai": 1, "latin": 1, "german": 1,
    },
}  # fmt: skip

# Short forms people go by, per origin: a given name and the forms it is shortened to.
NICK_SV = {
    "Lars": ["Lasse"], "Mikael": ["Micke"], "Joakim": ["Jocke"], "Karl": ["Kalle"], "Per": ["Pelle", "Pera"],
    "Charlotte": ["Lotta"], "Susanne": ["Sussie", "Sanna"], "Elisabeth": ["Lisa", "Bettan"],
    "Margareta": ["Maggan"], "Kristina": ["Kicki", "Stina"], "Thomas": ["Tompa"], "Magnus": ["Mange"],
    "Marcus": ["Mackan"], "Jonas": ["Jonte"], "Fredrik": ["Fredde"], "Robert": ["Robban"],
    "Daniel": ["Danne"], "Henrik": ["Henke"], "Christoffer": ["Chrille"], "Kristoffer": ["Krille"],
    "Patrik": ["Patte"], "Tobias": ["Tobbe"], "Sebastian": ["Sebbe"], "Kenneth": ["Kenta"],
    "Roger": ["Roffe"], "Rolf": ["Roffe"], "Gustav": ["Gurra", "Gusse"], "Stefan": ["Steffe"],
    "Torbjörn": ["Tobbe", "Totte"], "Bengt": ["Bengan"], "Katarina": ["Kattis", "Kajsa"],
    "Barbro": ["Babben"], "Birgitta": ["Bittan", "Gittan"], "Mats": ["Matte"], "Mattias": ["Matte"],
    "Ulf": ["Uffe"], "Hans": ["Hasse"], "Nils": ["Nisse"], "Leif": ["Leffe"], "Göran": ["Gurra"],
    "Christer": ["Chrisse"], "Annika": ["Anki"], "Gunilla": ["Gunnis"], "Ingrid": ["Inga"],
    "Alexander": ["Alex"], "Alexandra": ["Alex"], "Viktor": ["Ville"], "William": ["Ville"],
    "Johanna": ["Hanna"], "Jessica": ["Jessie"], "Gabriella": ["Gabbi"], "Jennifer": ["Jenny"],
    "Cecilia": ["Cissi"], "Viktoria": ["Vicky"], "Victoria": ["Vicky"], "Emelie": ["Emmi"],
    "Elin": ["Ellie"], "Lennart": ["Lelle"], "Anders": ["Ante"], "Johan": ["Jojje"],
    "Andreas": ["Andy"], "Erik": ["Erre"], "Peter": ["Peppe"], "Jan": ["Janne"], "Rickard": ["Ricke"],
    "Jörgen": ["Jögge"], "Niklas": ["Nicke"], "Martin": ["Mange"], "Ingvar": ["Ingo"],
}  # fmt: skip
NICK_EN = {
    "William": ["Will", "Bill"], "Robert": ["Rob", "Bob"], "Michael": ["Mike"], "Elizabeth": ["Liz", "Beth"],
    "Jennifer": ["Jen", "Jenny"], "Christopher": ["Chris"], "Richard": ["Rich", "Rick"], "James": ["Jim", "Jamie"],
    "Thomas": ["Tom"], "Matthew": ["Matt"], "Katherine": ["Kate", "Katie"], "Margaret": ["Maggie", "Peggy"],
    "Patricia": ["Pat", "Trish"], "Daniel": ["Dan", "Danny"], "Anthony": ["Tony"], "Joseph": ["Joe"],
    "Samantha": ["Sam"], "Rebecca": ["Becky", "Becca"], "Alexander": ["Alex"], "Benjamin": ["Ben"],
    "Nicholas": ["Nick"], "Jonathan": ["Jon"], "Andrew": ["Andy", "Drew"], "Edward": ["Ed", "Ted"],
    "Victoria": ["Vicky"], "Deborah": ["Debbie", "Deb"], "Susan": ["Sue"], "Stephen": ["Steve"],
    "Steven": ["Steve"], "Charles": ["Charlie"], "Timothy": ["Tim"], "Gregory": ["Greg"],
    "Kenneth": ["Ken"], "Donald": ["Don"], "Ronald": ["Ron"], "Jessica": ["Jess"], "Catherine": ["Cathy", "Cat"],
    "Abigail": ["Abby"], "Eleanor": ["Ellie", "Nell"], "Philip": ["Phil"], "Peter": ["Pete"],
    "David": ["Dave"], "Samuel": ["Sam"], "Joshua": ["Josh"], "Nathan": ["Nate"], "Frederick": ["Fred"],
    "Gerald": ["Gerry"], "Barbara": ["Barb"], "Kimberly": ["Kim"], "Christine": ["Chris"],
    "Dorothy": ["Dot"], "Raymond": ["Ray"], "Lawrence": ["Larry"], "Albert": ["Al"],
    "Natalie": ["Nat"], "Alexandra": ["Alex", "Lexi"], "Cynthia": ["Cindy"], "Pamela": ["Pam"],
}  # fmt: skip
NICK_PL = {
    "Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"], "Magdalena": ["Magda"], "Agnieszka": ["Aga"],
    "Aleksandra": ["Ola"], "Wojciech": ["Wojtek"], "Krzysztof": ["Krzysiek"], "Tomasz": ["Tomek"],
    "Joanna": ["Asia"], "Piotr": ["Piotrek"],
}  # fmt: skip
NICK_LA = {"José": ["Pepe"], "Francisco": ["Pancho"], "Francisca": ["Pancha"], "Alejandro": ["Alejo"]}  # fmt: skip
NICK_FI = {"Johanna": ["Jonna"], "Matti": ["Masa"]}  # fmt: skip
NICKNAMES: dict[str, dict[str, list[str]]] = {
    "swedish": NICK_SV, "us": NICK_EN, "uk": NICK_EN, "polish": NICK_PL, "latin": NICK_LA,
    "finnish": NICK_FI, "ukrainian": {"Oleksandr": ["Sasha"], "Volodymyr": ["Volodia"], "Kateryna": ["Katia"]},
}  # fmt: skip

_PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "ı": "i", "đ": "d", "Đ": "D", "ø": "o", "æ": "ae", "ß": "ss"}
)


def plain(word: str) -> str:
    """A name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`."""
    word = word.translate(_PLAIN)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for man, woman in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(man):
            return surname[: -len(man)] + woman
    return surname
