# ruff: noqa: E501
"""Name pools of held-out AY (thirtieth writer): weighted by how often people carry the names.

Every list is in the order of its source's ranking, commonest first. Swedish pools follow SCB's
name statistics as the writer remembers them (weight 1/rank; head the top 150, a tail of rarer
names past them); the US pools are the Census 1990 lists (`dist.female.first`, `dist.male.first`,
`dist.all.last` of the `names` package, public domain) with the census per cent as weight; the UK
pools follow the ONS rankings (1/rank); the origins common in Sweden have their commonest given
names and surnames (1/rank, head the first 10 to 12). Written from general knowledge by a helper
who does not tune the detector and did not compare these names with rung's lexicons.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from a list's head with this share, else from its tail


@dataclass(frozen=True)
class Pool:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int  # the first `head` names are the head, the rest the tail


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def ranked(text: str, head: int, power: float = 1.0) -> Pool:
    """A pool from names in ranking order: weight 1/rank (or 1/rank**power), no repeats."""
    names = tuple(dict.fromkeys(text.split()))
    return Pool(names, tuple(1 / (i + 1) ** power for i in range(len(names))), min(head, len(names) - 1))


def counted(rows: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A pool from (name, per cent) rows, as the census gives them."""
    names, weights = zip(*rows, strict=True)
    return Pool(tuple(names), tuple(weights), head)


_PLAIN = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ø": "o", "Ø": "O", "ß": "ss"})


def plain(word: str) -> str:
    """A name as typed on a keyboard without its letters: `Łukasz` -> `Lukasz`, `Hodžić` -> `Hodzic`."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_PLAIN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname as a woman has it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# --- Sweden (SCB's name statistics, whole population; 1/rank; head 150) -----------------------
SV_F = ranked("""
Anna Eva Maria Karin Sara Kristina Lena Emma Kerstin Marie Malin Ingrid Hanna Christina Sofia
Linnéa Jenny Inger Annika Birgitta Elin Susanne Monica Johanna Ida Carina Linda Elisabeth
Margareta Ulla Julia Camilla Helena Ebba Åsa Katarina Cecilia Gunilla Anette Matilda Elsa Alice
Maja Amanda Anneli Ella Sandra Frida Therese Agneta Anita Ellen Lisa Moa Wilma Ulrika Caroline
Josefin Louise Elisabet Barbro Lina Britt Gun Siv Marianne Emelie Jessica Mona Ann Lovisa Astrid
Klara Olivia Nora Saga Alva Stina Ingela Madeleine Yvonne Pia Petra Jeanette Maja-Lisa Birgit
Viktoria Rebecka Alexandra Isabelle Felicia Lena-Maria Gunnel Britt-Marie Elsy Solveig Sigrid
Tove Agnes Filippa Emilia Nathalie Evelina Josefine Vera Signe Greta Tilde Tyra Selma Freja
Ines Juni Hedda Tuva Lilly Majken Ester Iris Stella Ronja Sofie Charlotte Helen Mikaela Mia
Ingegerd Gerd Berit Ingalill Rut Märta Dagny Margit Elvira Inga Irene Marita Lotta Annelie
Helén Veronica Elisabeth Ylva Annette Hillevi Mari Kristin Karolina Fanny Johanna Therése
Rose-Marie Ewa Sanna Ingegärd Catharina Linn Kajsa Disa Thea Livia Meja Leia Novalie
Edith Svea Elise Minna Tindra Hilda Idun Lykke Siri Eleonor Alma Nellie Molly Vilma Luna
Ingeborg Gudrun Sonja Elna Hjördis Karla Ragnhild Ninni Lillemor Kicki Jonna Cornelia
Natalie Majvor Gullvi Birgitte Viveka Elin-Maria Marléne Yasmin Anja Benita Ulrica Madelen
Charlotta Henrietta Josephine Ann-Sofie Sirpa Paula Frideborg Estelle Valborg Greta-Lisa Jolina
Ingvor Margaretha Gunvor Aina Dagmar Tekla Edla Alfhild Ottilia Malva Vendela Meya Ellie Ines
Liv Lova Tekla Elly Elvy Mirja Klara-Lisa Annmari Irma Evy Laila Maud Anki Sylvia
""", 150)
SV_M = ranked("""
Lars Karl Mikael Anders Johan Per Erik Carl Peter Jan Thomas Daniel Fredrik Hans Andreas Stefan
Mats Magnus Nils Bengt Marcus Jonas Mattias Bo Alexander Sven Martin Oskar Niklas Leif Björn
Henrik Göran Patrik Christer Emil David Gustav Rolf Joakim Ulf Tommy Anton Christian Robert Simon
Viktor Kjell Filip Jonathan Axel Håkan Stig Lennart Tobias Sebastian Robin William Elias Hugo
Lucas Oliver Isak Ludvig Adam Gunnar Kent Roger Jörgen Åke Olof Arne Ingvar Rickard Claes Kenneth
Johnny Dennis Jesper Linus Rasmus Viggo Albin Melvin Noah Liam Leo Theo Vincent Arvid Edvin Alfred
Olle Benjamin Josef Jakob Samuel Gabriel Hampus Felix Max Love Elliot Kristoffer Johannes Pontus
Joel Kevin Torbjörn Roland Dan Tore Bertil Gösta Sune Rune Allan Evert Helge Yngve Conny Tony
Jimmy Ola Pär Harald Krister Morgan Ove Gert Torsten Inge Lars-Erik Jan-Erik Per-Olof Karl-Johan
Nils-Erik Hans-Olov Leo Sixten Malte Colin Sam Wilhelm Otto Ebbe Elton Frans Folke Ture Sigvard
Holger Valter Birger Assar Egon Sture Lage Uno Curt Kurt Erling Ingemar Lennie Kennet Benny
Tomas Jens Mathias Per-Anders Jöns Bror Einar Gösta Svante Staffan Urban Vilgot Göte
Jarl Carl-Gustaf Mårten Nicklas Ragnar Hilding Ivar Knut Oscar Sigurd Torgny Valdemar Walter
Leopold Gideon Ivan Alvin Casper Milton Vidar Ville Henning Nore Alve Ebbe Loke Sigge Tage
Ingvald Algot Konrad Ossian Adrian Artur Charlie August Harry Julius Enzo Frank Douglas
Jerry Ronny Kim Glenn Jack Tim Per-Erik Bo-Göran Sven-Olof Lars-Gunnar Måns Orvar Tord
Gunder Arnold Gustaf Halvar Ingolf Sölve Tryggve Verner Yngvar Östen Anselm Berndt Crister
Eskil Fabian Gerhard Hjalmar Isidor Jean Kristian Leonard Matteus Natanael Odd
""", 150)
SV_LAST = ranked("""
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson
Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed Engström
Danielsson Eklund Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson
Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson
Nordström Ahmed Mårtensson Lundström Hassan Viklund Björklund Eliasson Pålsson Berggren
Sandström Lund Nordin Ström Åberg Falk Ekström Hermansson Holmgren Hellström Dahlberg Hedlund
Sundberg Sjögren Ek Blom Abrahamsson Martinsson Öberg Andreasson Strömberg Månsson Hansen
Åkesson Dahl Lindholm Norberg Holmqvist Jeppsson Nordqvist Sundström Sjöström Göransson Ekman
Lindblom Nordlund Ivarsson Hedberg Jenssen Malmberg Mattsson Franzén Lindahl Bäckström
Stenberg Johnsson Strand Backman Ekberg Adolfsson Lundh Palm Sundqvist Törnqvist Nyman
Edlund Boström Ahlberg Hägglund Granberg Åström Hedström Östlund Hallberg Wennberg Engberg
Sundin Norén Nygren Rydberg Wahlström Sjölund Lindén Hedman Kristiansson Ottosson Wiklund
Knutsson Lilja Roos Borg Hellberg Eng Holmström Ljungberg Östberg Larsen Söderström Kvist
Ryberg Ahlström Grahn Rosén Björkman Westerberg Forsström Nordgren Törnblom Hjalmarsson
Zetterberg Hammar Lindell Modig Sandin Sällström Grönlund Thorén Ekholm Byström Löfström
Vikström Malm Fors Berntsson Emanuelsson Ågren Jernberg Lidén Edström Sten Wikman Hagström
Rehn Alm Stålberg Nord Åhlund Ljung Mellberg Forslund Lindskog Bergkvist Sjödin Hedin
Andersén Blomberg Lindroth Nordenström Bohlin Carlström Håkansson Ekvall Hultgren Kjellberg
Rask Almqvist Svedberg Bergh Frisk Hedenström Råberg Sahlin Tengvall Wallgren Öhman Söderlund
Grönberg Lindvall Ståhl Åkerlund Ahlgren Strandberg Björkqvist Fager Hultman Nordahl Pihl
Skoglund Tegnér Tellberg Unger Wester Åsberg Bolin Dahlgren Engqvist Fridh Gärdin Hallgren
Kullberg Linde Norling Rydén Sjöqvist Stenmark Thunberg Vallin Älgå Östman Blixt Edberg
Flodin Gyllenhammar Hammarlund Iveroth Järvholm Kronqvist Lagerlöf Morell Nässén Rönnqvist
""", 150)

# --- United States (Census 1990; per cent as weight; head the top 150) -------------------------
US_F = (  # 434 names: the census ranks 1-150, then every third rank past them to 1000
    ("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.98),
    ("Elizabeth", 0.937), ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794),
    ("Margaret", 0.768), ("Dorothy", 0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667),
    ("Betty", 0.666), ("Helen", 0.663), ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565),
    ("Ruth", 0.562), ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.51), ("Sarah", 0.508),
    ("Kimberly", 0.504), ("Deborah", 0.494), ("Jessica", 0.49), ("Shirley", 0.482),
    ("Cynthia", 0.469), ("Angela", 0.468), ("Melissa", 0.462), ("Brenda", 0.455), ("Amy", 0.451),
    ("Anna", 0.44), ("Rebecca", 0.43), ("Virginia", 0.43), ("Kathleen", 0.424), ("Pamela", 0.416),
    ("Martha", 0.412), ("Debra", 0.408), ("Amanda", 0.404), ("Stephanie", 0.4),
    ("Carolyn", 0.385), ("Christine", 0.382), ("Marie", 0.379), ("Janet", 0.379),
    ("Catherine", 0.373), ("Frances", 0.37), ("Ann", 0.364), ("Joyce", 0.364), ("Diane", 0.359),
    ("Alice", 0.357), ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336), ("Doris", 0.335),
    ("Gloria", 0.335), ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315), ("Mildred", 0.313),
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
    ("Valerie", 0.149), ("Danielle", 0.149), ("Megan", 0.147), ("Michele", 0.145),
    ("Darlene", 0.142), ("Erin", 0.141), ("Cathy", 0.137), ("Lynn", 0.135), ("Erica", 0.13),
    ("Bernice", 0.128), ("Annette", 0.125), ("Marion", 0.122), ("Ana", 0.12), ("Vivian", 0.118),
    ("Brittany", 0.117), ("Yolanda", 0.115), ("Katie", 0.113), ("Alma", 0.111), ("Beth", 0.11),
    ("Carla", 0.107), ("Eileen", 0.105), ("Lucy", 0.103), ("Stacey", 0.101), ("Kristin", 0.099),
    ("Agnes", 0.098), ("Charlene", 0.097), ("Melinda", 0.094), ("Maureen", 0.092),
    ("Tamara", 0.092), ("Constance", 0.091), ("Jackie", 0.09), ("Nellie", 0.089),
    ("Heidi", 0.088), ("Viola", 0.086), ("Stella", 0.085), ("Jo", 0.083), ("Terry", 0.08),
    ("Mabel", 0.078), ("Lena", 0.077), ("Patsy", 0.076), ("Jennie", 0.073), ("Nina", 0.072),
    ("Penny", 0.071), ("Naomi", 0.071), ("Olga", 0.07), ("Tracey", 0.069), ("Felicia", 0.068),
    ("Velma", 0.066), ("Violet", 0.065), ("Misty", 0.063), ("Daisy", 0.062), ("Erika", 0.061),
    ("Lindsey", 0.06), ("Guadalupe", 0.059), ("Sheryl", 0.059), ("Ada", 0.057), ("Isabel", 0.057),
    ("Harriet", 0.056), ("Kristi", 0.055), ("Sandy", 0.055), ("Iris", 0.055), ("Inez", 0.053),
    ("Amelia", 0.052), ("Monique", 0.051), ("Maggie", 0.051), ("Jan", 0.051), ("Candace", 0.051),
    ("Opal", 0.05), ("Melody", 0.05), ("Olivia", 0.049), ("Kristy", 0.048), ("Lola", 0.048),
    ("Antoinette", 0.048), ("Jeannette", 0.046), ("Hannah", 0.045), ("Karla", 0.044),
    ("Patty", 0.043), ("Della", 0.043), ("Sheri", 0.042), ("Jacquelyn", 0.041), ("Myra", 0.04),
    ("Krista", 0.04), ("Johnnie", 0.039), ("Adrienne", 0.039), ("Brooke", 0.039),
    ("Bernadette", 0.039), ("Kendra", 0.038), ("Rachael", 0.038), ("Ernestine", 0.038),
    ("Elena", 0.037), ("Nadine", 0.036), ("Dianna", 0.036), ("Mona", 0.035), ("Angel", 0.035),
    ("Hope", 0.034), ("Betsy", 0.034), ("Mercedes", 0.033), ("Teri", 0.033), ("Leigh", 0.032),
    ("Eloise", 0.032), ("Cecelia", 0.032), ("Alyssa", 0.031), ("Gwen", 0.031), ("Tricia", 0.03),
    ("Alexis", 0.03), ("Elvira", 0.029), ("Sophie", 0.029), ("Lorena", 0.029), ("Lila", 0.029),
    ("May", 0.029), ("Mandy", 0.029), ("Josefina", 0.028), ("Dixie", 0.028), ("Faith", 0.028),
    ("Shari", 0.028), ("Shawna", 0.027), ("Melba", 0.027), ("Tabitha", 0.027),
    ("Winifred", 0.027), ("Alisha", 0.027), ("Myrna", 0.026), ("Latasha", 0.026),
    ("Ronda", 0.026), ("Francine", 0.025), ("Adriana", 0.025), ("Abigail", 0.025),
    ("Cara", 0.025), ("Lucinda", 0.025), ("Effie", 0.024), ("Shawn", 0.024), ("Lenora", 0.024),
    ("Kerri", 0.024), ("Estella", 0.024), ("Tracie", 0.024), ("Brittney", 0.024),
    ("Laurel", 0.024), ("Elva", 0.024), ("Ina", 0.023), ("Aida", 0.023), ("Iva", 0.023),
    ("Goldie", 0.023), ("Jenifer", 0.023), ("Dena", 0.022), ("Latonya", 0.022),
    ("Consuelo", 0.022), ("Debora", 0.022), ("Dina", 0.022), ("Jillian", 0.021), ("Trudy", 0.021),
    ("Kimberley", 0.021), ("Carolina", 0.021), ("Rosario", 0.02), ("Mollie", 0.02), ("Lou", 0.02),
    ("Bette", 0.019), ("Cecile", 0.019), ("Jocelyn", 0.019), ("Rachelle", 0.019), ("Alta", 0.019),
    ("Graciela", 0.019), ("Keisha", 0.019), ("Gabriela", 0.018), ("Lizzie", 0.018),
    ("Adeline", 0.018), ("Jaclyn", 0.018), ("Carmela", 0.018), ("Charity", 0.018),
    ("Marisol", 0.018), ("Sheena", 0.017), ("Lily", 0.017), ("Millie", 0.017), ("Angelia", 0.017),
    ("Katharine", 0.017), ("Staci", 0.017), ("Jimmie", 0.017), ("Luella", 0.017),
    ("Socorro", 0.016), ("Margo", 0.016), ("Bobbi", 0.016), ("Leanne", 0.016), ("Aileen", 0.016),
    ("Willa", 0.016), ("Selma", 0.016), ("Abby", 0.016), ("Ivy", 0.016), ("Marcy", 0.016),
    ("Magdalena", 0.015), ("Audra", 0.015), ("Cornelia", 0.015), ("Bettye", 0.015),
    ("Latisha", 0.015), ("Eliza", 0.015), ("Rhoda", 0.014), ("Nola", 0.014), ("Ila", 0.014),
    ("Nelda", 0.014), ("Terrie", 0.014), ("Estela", 0.014), ("Rosalyn", 0.014), ("Ava", 0.014),
    ("Lidia", 0.014), ("Concepcion", 0.014), ("Rae", 0.014), ("Jami", 0.014), ("Lenore", 0.014),
    ("Melisa", 0.013), ("Avis", 0.013), ("Jeanie", 0.013), ("Harriett", 0.013),
    ("Milagros", 0.013), ("Allyson", 0.013), ("Tommie", 0.013), ("Eve", 0.013),
    ("Malinda", 0.013), ("Saundra", 0.013), ("Althea", 0.012), ("Lilia", 0.012), ("Clare", 0.012),
    ("Michael", 0.012), ("Darcy", 0.012), ("Taylor", 0.012), ("Liza", 0.012), ("Earlene", 0.012),
    ("Nita", 0.012), ("Katy", 0.012), ("Lakisha", 0.011), ("Margery", 0.011), ("Roxie", 0.011),
    ("Nanette", 0.011), ("Ilene", 0.011), ("Suzette", 0.011), ("Jerry", 0.011), ("Lina", 0.011),
    ("Juliana", 0.011), ("Kasey", 0.011), ("Colette", 0.011), ("Yesenia", 0.011),
    ("Kathie", 0.011), ("Valeria", 0.011), ("Mari", 0.011), ("Fran", 0.011), ("Lakeisha", 0.01),
    ("Deidre", 0.01), ("Carly", 0.01), ("Alyce", 0.01), ("Briana", 0.01), ("Rosanne", 0.01),
    ("Berta", 0.01), ("Marietta", 0.01), ("Arline", 0.01), ("Janna", 0.01), ("Aurelia", 0.01),
    ("Liliana", 0.01), ("Lessie", 0.01), ("Anastasia", 0.01), ("Rosella", 0.01),
    ("Alfreda", 0.009), ("Amparo", 0.009), ("Aisha", 0.009), ("Cherry", 0.009), ("Mai", 0.009),
    ("Hallie", 0.009), ("Mariana", 0.009), ("Jacklyn", 0.009), ("Mara", 0.009), ("Lelia", 0.009),
    ("Angelita", 0.009), ("Annmarie", 0.009), ("Phoebe", 0.009), ("Diann", 0.009), ("Liz", 0.009),
    ("Gilda", 0.009), ("Marquita", 0.009), ("Tamera", 0.009), ("Britney", 0.009),
    ("Florine", 0.009), ("Twila", 0.009), ("Ines", 0.009), ("Alba", 0.009), ("Vonda", 0.008),
    ("Noelle", 0.008), ("Deann", 0.008), ("Leta", 0.008), ("Lesa", 0.008), ("Isabella", 0.008),
    ("Celina", 0.008),
)  # fmt: skip
US_M = (  # 434 names: the census ranks 1-150, then every third rank past them to 1000
    ("James", 3.318), ("John", 3.271), ("Robert", 3.143), ("Michael", 2.629), ("William", 2.451),
    ("David", 2.363), ("Richard", 1.703), ("Charles", 1.523), ("Joseph", 1.404), ("Thomas", 1.38),
    ("Christopher", 1.035), ("Daniel", 0.974), ("Paul", 0.948), ("Mark", 0.938),
    ("Donald", 0.931), ("George", 0.927), ("Kenneth", 0.826), ("Steven", 0.78), ("Edward", 0.779),
    ("Brian", 0.736), ("Ronald", 0.725), ("Anthony", 0.721), ("Kevin", 0.671), ("Jason", 0.66),
    ("Matthew", 0.657), ("Gary", 0.65), ("Timothy", 0.64), ("Jose", 0.613), ("Larry", 0.598),
    ("Jeffrey", 0.591), ("Frank", 0.581), ("Scott", 0.546), ("Eric", 0.544), ("Stephen", 0.54),
    ("Andrew", 0.537), ("Raymond", 0.488), ("Gregory", 0.441), ("Joshua", 0.435),
    ("Jerry", 0.432), ("Dennis", 0.415), ("Walter", 0.399), ("Patrick", 0.389), ("Peter", 0.381),
    ("Harold", 0.371), ("Douglas", 0.367), ("Henry", 0.365), ("Carl", 0.346), ("Arthur", 0.335),
    ("Ryan", 0.328), ("Roger", 0.322), ("Joe", 0.321), ("Juan", 0.316), ("Jack", 0.315),
    ("Albert", 0.314), ("Jonathan", 0.313), ("Justin", 0.311), ("Terry", 0.311),
    ("Gerald", 0.309), ("Keith", 0.308), ("Samuel", 0.306), ("Willie", 0.302), ("Ralph", 0.282),
    ("Lawrence", 0.282), ("Nicholas", 0.275), ("Roy", 0.273), ("Benjamin", 0.27),
    ("Bruce", 0.263), ("Brandon", 0.26), ("Adam", 0.259), ("Harry", 0.251), ("Fred", 0.251),
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
    ("Francis", 0.16), ("Bradley", 0.159), ("Jesus", 0.155), ("Herbert", 0.155),
    ("Frederick", 0.154), ("Ray", 0.153), ("Joel", 0.152), ("Edwin", 0.148), ("Don", 0.145),
    ("Eddie", 0.144), ("Ricky", 0.141), ("Troy", 0.138), ("Randall", 0.138), ("Barry", 0.134),
    ("Alexander", 0.132), ("Bernard", 0.127), ("Mario", 0.125), ("Leroy", 0.125),
    ("Francisco", 0.124), ("Marcus", 0.124), ("Micheal", 0.123), ("Theodore", 0.123),
    ("Clifford", 0.123), ("Miguel", 0.122), ("Oscar", 0.122), ("Tom", 0.117), ("Jon", 0.115),
    ("Lloyd", 0.112), ("Derek", 0.112), ("Jerome", 0.108), ("Alvin", 0.105), ("Gordon", 0.104),
    ("Jorge", 0.104), ("Derrick", 0.103), ("Zachary", 0.099), ("Maurice", 0.097),
    ("Clyde", 0.095), ("Shane", 0.093), ("Rick", 0.091), ("Ramon", 0.09), ("Gilbert", 0.089),
    ("Reginald", 0.084), ("Angel", 0.082), ("Leslie", 0.081), ("Raul", 0.079), ("Cecil", 0.078),
    ("Andre", 0.076), ("Gabriel", 0.073), ("Roland", 0.072), ("Jared", 0.071), ("Cory", 0.068),
    ("Darryl", 0.067), ("Jessie", 0.065), ("Fernando", 0.065), ("Mathew", 0.064),
    ("Lonnie", 0.064), ("Julio", 0.063), ("Allan", 0.061), ("Clayton", 0.06), ("Dwayne", 0.059),
    ("Felix", 0.058), ("Jordan", 0.056), ("Ken", 0.055), ("Casey", 0.054), ("Dave", 0.053),
    ("Sidney", 0.052), ("Isaac", 0.051), ("Willard", 0.05), ("Virgil", 0.049),
    ("Salvador", 0.049), ("Sergio", 0.049), ("Seth", 0.048), ("Rene", 0.048), ("Enrique", 0.046),
    ("Austin", 0.044), ("Arturo", 0.043), ("Joey", 0.043), ("Wendell", 0.042), ("Julius", 0.042),
    ("Otis", 0.041), ("Oliver", 0.04), ("Gerard", 0.04), ("Hubert", 0.039), ("Lyle", 0.038),
    ("Alfonso", 0.038), ("Carlton", 0.037), ("Neal", 0.037), ("Omar", 0.036), ("Grant", 0.036),
    ("Kerry", 0.036), ("Rickey", 0.035), ("Andres", 0.034), ("Malcolm", 0.034), ("Kelvin", 0.034),
    ("Alton", 0.033), ("Wm", 0.033), ("Garry", 0.032), ("Felipe", 0.032), ("Ed", 0.032),
    ("Loren", 0.032), ("Guillermo", 0.031), ("Benny", 0.03), ("Rodolfo", 0.03),
    ("Garrett", 0.029), ("Lowell", 0.029), ("Wilson", 0.028), ("Kim", 0.028), ("Jermaine", 0.028),
    ("Leland", 0.027), ("Clark", 0.026), ("Bryant", 0.026), ("Woodrow", 0.025), ("Mack", 0.025),
    ("Gustavo", 0.025), ("Marty", 0.024), ("Dallas", 0.024), ("Nicolas", 0.024),
    ("Orville", 0.024), ("Ervin", 0.023), ("Wilfred", 0.023), ("Ignacio", 0.023),
    ("Sheldon", 0.023), ("Stewart", 0.022), ("Rogelio", 0.022), ("Alonzo", 0.022),
    ("Elbert", 0.022), ("Pat", 0.022), ("Phil", 0.021), ("Rolando", 0.021), ("Dexter", 0.021),
    ("Darin", 0.02), ("Moses", 0.02), ("Roman", 0.02), ("Tommie", 0.02), ("Winston", 0.019),
    ("Van", 0.019), ("Boyd", 0.019), ("Emilio", 0.019), ("Domingo", 0.019), ("Emmett", 0.019),
    ("Jerald", 0.019), ("Dewayne", 0.018), ("Teddy", 0.018), ("Morgan", 0.018),
    ("Humberto", 0.018), ("Louie", 0.018), ("Stacy", 0.017), ("Micah", 0.017), ("Logan", 0.017),
    ("Harley", 0.017), ("Eldon", 0.017), ("Junior", 0.016), ("Bryce", 0.016), ("Kendall", 0.016),
    ("Mickey", 0.016), ("Elton", 0.016), ("Chuck", 0.016), ("Stan", 0.015), ("Jasper", 0.015),
    ("Benito", 0.015), ("Blaine", 0.015), ("Quentin", 0.015), ("Jamal", 0.014),
    ("Harrison", 0.014), ("Brady", 0.014), ("Bart", 0.014), ("Denis", 0.014), ("Harlan", 0.014),
    ("Darwin", 0.014), ("Buddy", 0.014), ("Roscoe", 0.013), ("Solomon", 0.013), ("Elvin", 0.013),
    ("Carey", 0.013), ("Hal", 0.013), ("Elwood", 0.013), ("Moises", 0.013), ("Fidel", 0.012),
    ("Marcel", 0.012), ("Raphael", 0.012), ("Alvaro", 0.012), ("Joesph", 0.012),
    ("Sammie", 0.012), ("Monty", 0.012), ("Reggie", 0.012), ("Kris", 0.011), ("Gus", 0.011),
    ("Diego", 0.011), ("Norris", 0.011), ("Gonzalo", 0.011), ("Gerry", 0.011), ("Wiley", 0.011),
    ("Ty", 0.011), ("Noe", 0.011), ("Reed", 0.01), ("Bernardo", 0.01), ("Donovan", 0.01),
    ("Ollie", 0.01), ("Scot", 0.01), ("Eddy", 0.01), ("Ulysses", 0.01), ("Cole", 0.01),
    ("Gavin", 0.01), ("Romeo", 0.01), ("Dante", 0.01), ("Odell", 0.01), ("Bruno", 0.01),
    ("Dudley", 0.009), ("Colby", 0.009), ("Nestor", 0.009), ("Donny", 0.009), ("Beau", 0.009),
    ("Isidro", 0.009), ("Johnathon", 0.009), ("Dick", 0.009), ("Cruz", 0.009), ("Charley", 0.009),
    ("Harris", 0.009), ("Trenton", 0.009), ("Aurelio", 0.009), ("Collin", 0.009),
    ("Leonel", 0.008), ("Mohammad", 0.008), ("Blair", 0.008), ("Branden", 0.008),
    ("Clair", 0.008), ("Bernie", 0.008), ("Emerson", 0.008), ("Jacques", 0.008),
    ("Monroe", 0.008), ("Edwardo", 0.008), ("Sonny", 0.008), ("Theron", 0.008),
    ("Tristan", 0.008), ("Lincoln", 0.008), ("Gale", 0.008), ("Cornell", 0.008), ("Arron", 0.008),
    ("Alva", 0.007), ("Cyrus", 0.007), ("Stevie", 0.007), ("Erin", 0.007), ("Carmine", 0.007),
    ("Erich", 0.007), ("Russ", 0.007), ("Anderson", 0.007), ("Forest", 0.007), ("Zane", 0.007),
    ("Lazaro", 0.007), ("Major", 0.007), ("Brooks", 0.007), ("Dusty", 0.007), ("Tracey", 0.007),
    ("Eugenio", 0.007), ("Valentin", 0.007), ("Lucien", 0.007), ("Ezra", 0.007), ("Rubin", 0.006),
    ("Earle", 0.006), ("Marquis", 0.006), ("Jamar", 0.006), ("Emile", 0.006), ("Leopoldo", 0.006),
    ("Gail", 0.006), ("Rodrick", 0.006), ("Jerrod", 0.006), ("Barton", 0.006), ("Lavern", 0.006),
    ("Gil", 0.006), ("Nigel", 0.006), ("Alden", 0.006), ("Refugio", 0.006), ("Les", 0.006),
    ("Kieth", 0.006), ("Trey", 0.006), ("Jerold", 0.006), ("Milford", 0.006),
    ("Christoper", 0.006), ("Josiah", 0.006), ("Rico", 0.006), ("Carol", 0.006), ("Olin", 0.006),
    ("Claudio", 0.006), ("Edgardo", 0.006), ("Tanner", 0.006), ("Trinidad", 0.005),
    ("Prince", 0.005), ("Maria", 0.005), ("Chang", 0.005), ("Marcelo", 0.005), ("Keven", 0.005),
    ("Sal", 0.005), ("Mauro", 0.005), ("Olen", 0.005), ("Jed", 0.005), ("Dillon", 0.005),
    ("Connie", 0.005), ("Richie", 0.005), ("Brice", 0.005), ("Dario", 0.005), ("Mac", 0.005),
    ("Robt", 0.005), ("Rupert", 0.005), ("Damion", 0.005), ("Waldo", 0.005), ("Quinn", 0.005),
    ("Walker", 0.005), ("Ahmed", 0.005),
)  # fmt: skip
US_LAST = (  # 413 names: the census ranks 1-150, then every fourth rank past them to 1200
    ("Smith", 1.006), ("Johnson", 0.81), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621),
    ("Davis", 0.48), ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor", 0.311),
    ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.31), ("White", 0.279),
    ("Harris", 0.275), ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254),
    ("Martinez", 0.234), ("Robinson", 0.233), ("Clark", 0.231), ("Rodriguez", 0.229),
    ("Lewis", 0.226), ("Lee", 0.22), ("Walker", 0.219), ("Hall", 0.2), ("Allen", 0.199),
    ("Young", 0.193), ("Hernandez", 0.192), ("King", 0.19), ("Wright", 0.189), ("Lopez", 0.187),
    ("Hill", 0.187), ("Scott", 0.185), ("Green", 0.183), ("Adams", 0.174), ("Baker", 0.171),
    ("Gonzalez", 0.166), ("Nelson", 0.162), ("Carter", 0.162), ("Mitchell", 0.16),
    ("Perez", 0.155), ("Roberts", 0.153), ("Turner", 0.152), ("Phillips", 0.149),
    ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141), ("Edwards", 0.137),
    ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.13), ("Morris", 0.125),
    ("Rogers", 0.123), ("Reed", 0.122), ("Cook", 0.12), ("Morgan", 0.118), ("Bell", 0.117),
    ("Murphy", 0.117), ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper", 0.113),
    ("Richardson", 0.112), ("Cox", 0.11), ("Howard", 0.11), ("Ward", 0.108), ("Torres", 0.108),
    ("Peterson", 0.107), ("Gray", 0.106), ("Ramirez", 0.105), ("James", 0.105), ("Watson", 0.103),
    ("Brooks", 0.103), ("Kelly", 0.102), ("Sanders", 0.1), ("Price", 0.099), ("Bennett", 0.099),
    ("Wood", 0.098), ("Barnes", 0.097), ("Ross", 0.096), ("Henderson", 0.095), ("Coleman", 0.095),
    ("Jenkins", 0.095), ("Perry", 0.094), ("Powell", 0.093), ("Long", 0.092),
    ("Patterson", 0.092), ("Hughes", 0.092), ("Flores", 0.092), ("Washington", 0.092),
    ("Butler", 0.091), ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales", 0.087),
    ("Bryant", 0.087), ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084),
    ("Diaz", 0.084), ("Hayes", 0.083), ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082),
    ("Graham", 0.082), ("Sullivan", 0.081), ("Wallace", 0.081), ("Woods", 0.08), ("Cole", 0.08),
    ("West", 0.08), ("Jordan", 0.078), ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077),
    ("Ellis", 0.077), ("Harrison", 0.076), ("Gibson", 0.075), ("McDonald", 0.075),
    ("Cruz", 0.075), ("Marshall", 0.075), ("Ortiz", 0.075), ("Gomez", 0.075), ("Murray", 0.074),
    ("Freeman", 0.074), ("Wells", 0.073), ("Webb", 0.072), ("Simpson", 0.07), ("Stevens", 0.07),
    ("Tucker", 0.07), ("Porter", 0.069), ("Hunter", 0.069), ("Hicks", 0.069), ("Crawford", 0.068),
    ("Henry", 0.068), ("Boyd", 0.068), ("Mason", 0.068), ("Morales", 0.067), ("Kennedy", 0.067),
    ("Warren", 0.067), ("Dixon", 0.066), ("Ramos", 0.066), ("Reyes", 0.066), ("Burns", 0.065),
    ("Gordon", 0.065), ("Shaw", 0.065), ("Holmes", 0.065), ("Rice", 0.064), ("Robertson", 0.064),
    ("Hunt", 0.063), ("Black", 0.063), ("Daniels", 0.062), ("Palmer", 0.062), ("Knight", 0.06),
    ("Hawkins", 0.059), ("Spencer", 0.057), ("Pierce", 0.056), ("Wagner", 0.055),
    ("Olson", 0.055), ("Hart", 0.054), ("Andrews", 0.054), ("Riley", 0.053), ("Greene", 0.053),
    ("Sims", 0.052), ("Franklin", 0.051), ("Ryan", 0.051), ("Castillo", 0.051),
    ("Montgomery", 0.049), ("Banks", 0.048), ("Howell", 0.048), ("Fernandez", 0.047),
    ("Burton", 0.046), ("Jacobs", 0.046), ("Lynch", 0.045), ("Romero", 0.045), ("Burke", 0.044),
    ("Moreno", 0.043), ("Brewer", 0.042), ("Pearson", 0.042), ("Jensen", 0.041),
    ("Hopkins", 0.041), ("Wade", 0.04), ("Neal", 0.039), ("Barnett", 0.039), ("Shelton", 0.039),
    ("Sutton", 0.038), ("Miles", 0.038), ("Holt", 0.037), ("Bates", 0.037), ("Beck", 0.037),
    ("Mendez", 0.036), ("Dawson", 0.035), ("Love", 0.035), ("Schultz", 0.035), ("Munoz", 0.034),
    ("Weber", 0.034), ("Ramsey", 0.033), ("Benson", 0.033), ("Barber", 0.032),
    ("Griffith", 0.032), ("Reeves", 0.032), ("Santos", 0.031), ("Mann", 0.031), ("Dennis", 0.031),
    ("Aguilar", 0.03), ("Cohen", 0.03), ("Newton", 0.03), ("Ingram", 0.03), ("Townsend", 0.03),
    ("Rowe", 0.029), ("Swanson", 0.029), ("Maldonado", 0.029), ("Hodges", 0.029),
    ("Webster", 0.028), ("Flowers", 0.028), ("Blake", 0.028), ("Osborne", 0.027),
    ("Lindsey", 0.027), ("Tyler", 0.027), ("Doyle", 0.027), ("Colon", 0.027), ("Padilla", 0.026),
    ("Ballard", 0.026), ("Christensen", 0.026), ("Parsons", 0.026), ("Buchanan", 0.026),
    ("Pittman", 0.025), ("Brock", 0.025), ("Owen", 0.025), ("Wong", 0.025), ("Abbott", 0.025),
    ("Huff", 0.024), ("Figueroa", 0.024), ("Barton", 0.024), ("Casey", 0.024), ("Mathis", 0.024),
    ("Bryan", 0.024), ("Collier", 0.023), ("Allison", 0.023), ("Summers", 0.023),
    ("Conley", 0.023), ("Cochran", 0.023), ("Gates", 0.023), ("Roman", 0.023), ("Acosta", 0.022),
    ("Monroe", 0.022), ("Randall", 0.022), ("Skinner", 0.022), ("Huffman", 0.022),
    ("Dominguez", 0.022), ("Combs", 0.021), ("Gallagher", 0.021), ("Wiggins", 0.021),
    ("Wall", 0.021), ("Bond", 0.021), ("Contreras", 0.021), ("Snow", 0.021), ("Hoover", 0.021),
    ("Whitehead", 0.02), ("Vincent", 0.02), ("Olsen", 0.02), ("Mueller", 0.02), ("Patel", 0.02),
    ("Cline", 0.02), ("Humphrey", 0.02), ("Hess", 0.02), ("Beard", 0.019), ("Rich", 0.019),
    ("Blankenship", 0.019), ("Pruitt", 0.019), ("Montoya", 0.019), ("Carey", 0.019),
    ("Wilkinson", 0.019), ("Atkinson", 0.019), ("Preston", 0.019), ("Stephenson", 0.018),
    ("Marks", 0.018), ("Strong", 0.018), ("Walter", 0.018), ("Lowery", 0.018),
    ("Trujillo", 0.018), ("Winters", 0.018), ("Boyer", 0.018), ("Carrillo", 0.017),
    ("Shannon", 0.017), ("Leblanc", 0.017), ("Chang", 0.017), ("Noble", 0.017), ("Landry", 0.017),
    ("McKee", 0.017), ("Bradshaw", 0.017), ("Estes", 0.017), ("Weeks", 0.017),
    ("Livingston", 0.017), ("Blevins", 0.016), ("Hatfield", 0.016), ("Herman", 0.016),
    ("William", 0.016), ("McIntosh", 0.016), ("McCullough", 0.016), ("Rivas", 0.016),
    ("Benton", 0.016), ("Valentine", 0.016), ("Buck", 0.016), ("Berg", 0.016), ("Church", 0.016),
    ("Faulkner", 0.016), ("Barry", 0.015), ("Avery", 0.015), ("Hebert", 0.015),
    ("Whitney", 0.015), ("Cantu", 0.015), ("Fuentes", 0.015), ("Peck", 0.015), ("Gamble", 0.015),
    ("Cabrera", 0.015), ("Hurley", 0.015), ("McNeil", 0.015), ("Gould", 0.015), ("Bray", 0.015),
    ("Hester", 0.015), ("Hopper", 0.015), ("Joyner", 0.014), ("Mercer", 0.014), ("Sykes", 0.014),
    ("Crane", 0.014), ("Hayden", 0.014), ("McCarty", 0.014), ("Bonner", 0.014),
    ("Ferrell", 0.014), ("Lott", 0.014), ("Hooper", 0.014), ("Riddle", 0.014),
    ("Odonnell", 0.014), ("Frederick", 0.014), ("Alston", 0.014), ("Chaney", 0.014),
    ("Valenzuela", 0.013), ("McPherson", 0.013), ("Albert", 0.013), ("Raymond", 0.013),
    ("Cleveland", 0.013), ("Baird", 0.013), ("Bright", 0.013), ("Holden", 0.013),
    ("Castaneda", 0.013), ("Conrad", 0.013), ("Lancaster", 0.013), ("Sharpe", 0.013),
    ("Irwin", 0.013), ("Madden", 0.013), ("Cash", 0.013), ("Good", 0.013), ("Workman", 0.013),
    ("Holcomb", 0.013), ("Burt", 0.012), ("Franks", 0.012), ("Rasmussen", 0.012), ("Le", 0.012),
    ("Delacruz", 0.012), ("Forbes", 0.012), ("Huber", 0.012), ("Buckner", 0.012),
    ("Knowles", 0.012), ("Noel", 0.012), ("Hartley", 0.012), ("Hanna", 0.012),
    ("Slaughter", 0.012), ("Kendrick", 0.012), ("Archer", 0.012), ("Andersen", 0.012),
    ("Friedman", 0.012), ("Felix", 0.012), ("Galvan", 0.012), ("Mora", 0.012),
    ("Schaefer", 0.012), ("Goss", 0.012), ("Ibarra", 0.011), ("Gregg", 0.011), ("Mackey", 0.011),
    ("Jamison", 0.011), ("Camp", 0.011), ("Mahoney", 0.011), ("Griggs", 0.011), ("Winter", 0.011),
    ("Tatum", 0.011), ("Pryor", 0.011), ("Lugo", 0.011), ("Rutherford", 0.011),
    ("Blanton", 0.011), ("Crum", 0.011), ("Sinclair", 0.011), ("Gore", 0.011), ("Andrade", 0.011),
    ("Hastings", 0.011), ("Harden", 0.011), ("Brandon", 0.011), ("Ritter", 0.011),
    ("Gagnon", 0.011), ("Mayes", 0.011), ("Kimball", 0.011), ("Grady", 0.011), ("Gibbons", 0.011),
    ("Herron", 0.011), ("Gary", 0.011), ("Pierson", 0.011), ("Grace", 0.011), ("Novak", 0.01),
    ("Gorman", 0.01), ("Fritz", 0.01), ("Britton", 0.01), ("Bingham", 0.01), ("Coffman", 0.01),
    ("Neely", 0.01), ("Davila", 0.01),
)  # fmt: skip

# --- United Kingdom (ONS rankings; 1/rank; head 130 given names, 150 surnames) ------------------
UK_F = ranked("""
Sarah Emma Claire Laura Rebecca Gemma Rachel Emily Charlotte Jessica Hannah Lucy Amy Sophie
Katie Lauren Nicola Victoria Samantha Louise Helen Amelia Olivia Isla Ava Mia Poppy Isabella
Grace Sophia Lily Ella Evie Chloe Ruby Jennifer Elizabeth Kelly Stephanie Zoe Joanne Michelle
Lisa Karen Susan Julie Alison Jane Deborah Tracey Kerry Natalie Amanda Donna Leanne Danielle
Kirsty Hayley Catherine Fiona Ellie Megan Abigail Holly Phoebe Freya Florence Alice Matilda
Rosie Evelyn Harriet Isabel Imogen Millie Scarlett Daisy Eleanor Georgia Bethany Jade Caitlin
Molly Erin Niamh Aimee Paige Shannon Courtney Abbie Elise Willow Ivy Sienna Maisie Eliza Esme
Violet Aria Layla Thea Harper Ada Elsie Margaret Patricia Linda Pauline Sandra Wendy Janet
Carol Christine Gillian Lorraine Angela Diane Sharon Maureen Jacqueline Anne Sheila Marion
Brenda Beverley Denise Hazel Valerie Joan Jean Kathleen Doreen Eileen Iris Sylvia Mavis
Gwen Rhiannon Seren Cerys Ffion Morag Kirstie Shona Eilidh Ailsa Mhairi Siobhan Aoife Orla
Philippa Tamsin Imelda Bryony Rosalind Clementine Hermione Araminta Felicity Penelope
Beatrix Cressida Honor Iona Juno Marnie Nell Peggy Primrose Tilly Wren Lowri Bronwen Nerys
Caron Dilys Glenys Myfanwy Ruth Yvette Maxine Trudy Cheryl Lynne Shelley Tina Janice Elaine
Dawn Heather Rose Hope Grace Sinead Keeley Chantelle Jodie Stacey Toni Lydia Jasmine Tegan
""", 130)
UK_M = ranked("""
David John Paul James Mark Michael Andrew Richard Daniel Christopher Robert Stephen Peter Thomas
Matthew Oliver Jack Harry George Noah Charlie Jacob Alfie Freddie Oscar Leo William Joshua Samuel
Benjamin Lewis Liam Adam Ryan Jamie Luke Craig Darren Lee Dean Gary Wayne Stuart Neil Ian Simon
Martin Anthony Kevin Jason Scott Carl Graham Philip Alan Brian Colin Keith Derek Trevor Barry
Terence Raymond Kenneth Roger Geoffrey Malcolm Nigel Clive Russell Gareth Rhys Dylan Owen Callum
Connor Kieran Aaron Ben Tom Sam Joe Alex Max Archie Arthur Theo Henry Finley Harvey Isaac
Edward Alexander Toby Logan Ethan Mason Reuben Rory Ewan Fraser Angus Hamish Alistair Dougal
Euan Ruaridh Cillian Declan Padraig Seamus Eoin Ciaran Niall Dafydd Gethin Iwan Emrys Bryn
Tomos Llewelyn Cai Harrison Sebastian Hugo Jude Albie Ronnie Tommy Frankie Teddy Stanley Albert
Reggie Louie Elliot Jenson Kai Tyler Bradley Jordan Shane Gavin Glen Grant Duncan Hugh Rupert
Giles Piers Crispin Jolyon Barnaby Tristan Quentin Humphrey Rowan Ellis Morgan Ashley Lloyd
Desmond Leonard Norman Ernest Harold Stanley Cyril Dennis Frank Bill Mark Will
""", 130)
UK_LAST = ranked("""
Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson
Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner
Martin Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott
Phillips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter
Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson
Ellis Adams Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt
Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker
Fisher Stevens Jenkins Murray Dixon Harvey Graham Pearson Ahmed Fletcher Walsh Kaur Gibson
Howard Andrews Stewart Elliott Reynolds Saunders Payne Fox Ford Pearce Day Brooks West Lawrence
Cole Atkinson Bradley Spencer Gill Dawson Ball Burton O'Brien Watts Rose Booth Perry Ryan Grant
Wells Armstrong Francis Rees Hayes Hart Hudson Newman Barrett Webster Hunter Gregory Carr Lowe
Page Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland Hawkins Harding Porter Robertson
Newton Oliver Reed Kennedy Williamson Bird Gardner Shah Dean Lane Cooke Bates Henderson
Parry Burgess Bishop Walton Burns Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls
Hamilton Byrne Sutton McDonald Yates Hodgson Robson Curtis Hopkins O'Connor Harper Coleman
Watkins Moss McCarthy Chambers O'Neill Griffin Sharp Hardy Wheeler Potter Osborne Johnston
Gordon Doyle Wallace George Jordan Hutchinson Rowe Burke May Pritchard Gilbert Willis Higgins
Read Miles Stevenson Stephenson Hammond Arnold Buckley Walters Hewitt Barber Nelson Slater
Austin Sullivan Whitehead Mann Frost Lambert Stephens Blake Akhtar Lynch Goodwin Barton Woodward
Thomson Cunningham Quinn Barnett Baxter Bibi Clayton Nash Greenwood Jennings Holt Kemp Poole
Gallagher Bond Stokes Tucker Davidson Fowler Heath Norman Middleton Lawson Banks French
Trevelyan Pengelly Llewellyn Prothero Cadwallader Featherstonehaugh Ramsbottom Winterbottom
Entwistle Sidebottom Postlethwaite Higginbottom Ackroyd Haworth Ormerod Pickles Sugden Tattersall
""", 150)

# --- Origins common in Sweden (commonest names; 1/rank; head 10 to 12) -------------------------
FINNISH = Origin(
    ranked("Anna Tuula Päivi Anne Sari Tiina Marja Pirjo Leena Riitta Kaija Sirpa Hannele Minna Satu Aino Eija Merja Helmi Marjatta Liisa Raili Tarja Sinikka Aila Kirsi Outi Heli Johanna Seija", 12),
    ranked("Juha Timo Matti Kari Mikko Jari Antti Jukka Pekka Heikki Markku Mika Hannu Seppo Ilkka Tapio Risto Veikko Raimo Esa Pentti Jarmo Teemu Janne Petri Kalevi Tuomas Eino Väinö Aarne", 12),
    ranked("Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hakala Kallio Peltonen Suominen", 12),
)
ARABIC = Origin(  # Syrian, Iraqi and Lebanese names, with Assyrian/Syriac ones among them
    ranked("Fatima Maryam Zainab Noor Aisha Rania Layla Huda Amal Reem Yasmin Lina Hala Rana Dima Sara Nour Hiba Ghada Samira Shirin Nisreen Suha Maha Shamiram Ninwa Atra Nahrin Sabrina Hanan Asmaa Rasha", 12),
    ranked("Mohammed Ahmad Ali Omar Hussein Mahmoud Khaled Ibrahim Youssef Hassan Abdullah Mustafa Karim Tariq Samir Bassam Ziad Walid Firas Nabil Amjad Rami Ninos Sargon Aram Gabriel Afram Ashur Bashar Saad Adnan Majid Hamza", 12),
    ranked("Ali Mohammed Ahmed Hassan Hussein Ibrahim Khalil Saleh Abdullah Al-Khatib Haddad Nasser Mansour Khoury Darwish Saeed Hamdan Al-Obaidi Al-Jabouri Jaber Shamoun Gabro Yousef Aydin Barsom Malki Isik Demir Toma Hanna Shabo Odisho Yakoub Al-Hamdani Kassab", 12),
)
PERSIAN = Origin(
    ranked("Maryam Fatemeh Zahra Sara Narges Shirin Leila Parisa Mahsa Nasrin Roya Azadeh Niloufar Sepideh Mina Shabnam Golnar Parastoo Yasaman Ladan Soheila Mitra Taraneh Bahar", 12),
    ranked("Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Majid Behnam Farhad Babak Kourosh Dariush Arash Kaveh Omid Payam Pouya Navid Siamak Shahram Ramin Arman Dariush", 12),
    ranked("Mohammadi Hosseini Ahmadi Rezaei Moradi Karimi Jafari Rahimi Hashemi Mousavi Ghasemi Sadeghi Heidari Kazemi Ebrahimi Nazari Tehrani Shirazi Esfahani Farahani Bagheri Amini Najafi Soltani Akbari", 12),
)
KURDISH = Origin(
    ranked("Shilan Berivan Rojda Zilan Dilan Jiyan Nazdar Shirin Hêvî Avin Roza Newroz Dilvin Narin Gulistan Nasrin Helin Baran Evin Rozerin", 10),
    ranked("Azad Rebin Dilshad Hiwa Karwan Sherko Shivan Kawa Rebwar Soran Zana Baran Hogir Dara Serwan Aram Hemin Goran Bakhtiyar Saman", 10),
    ranked("Ahmed Mohammed Abdullah Rashid Karim Barzani Zebari Hawrami Amedi Mahmud Aziz Salih Hussein Faraj Qadir Mustafa Omar Sindi Doski Kurdi", 10),
)
SOMALI = Origin(
    ranked("Hodan Amina Faadumo Hawa Sahra Ifrah Hibo Asha Ayaan Sagal Nimco Idil Ubah Muna Khadra Fartun Ladan Samira Deeqa Leyla Naima Warsan", 11),
    ranked("Abdi Mohamed Ahmed Abdirahman Hassan Ali Omar Yusuf Abdullahi Ismail Mahad Farah Liban Hamza Said Bashir Abdikarim Guled Khalid Mustafe Sakariye Jama", 11),
    ranked("Mohamed Ahmed Ali Hassan Abdi Farah Warsame Osman Jama Hussein Nur Ibrahim Yusuf Aden Omar Abdullahi Mahamud Ismail Dirie Hersi Egal Duale", 11),
)
ERITREAN = Origin(  # Eritrean and Ethiopian
    ranked("Helen Selam Senait Meron Rahel Saba Mihret Tsega Yodit Luwam Hiwet Almaz Eden Ruth Feven Semhar Bethlehem Winta Nardos Elsa", 10),
    ranked("Yonas Daniel Samuel Tesfay Dawit Henok Biniam Yohannes Kidane Abraham Berhane Tekle Filmon Mussie Amanuel Semere Habte Efrem Robel Mehari", 10),
    ranked("Tesfamariam Haile Gebremedhin Tekle Ghebreyesus Berhe Woldemichael Kidane Tewelde Abraha Gebru Mengistu Tadesse Desta Alemu Negash Yohannes Habtom Asfaha Ghirmay", 10),
)
POLISH = Origin(
    ranked("Anna Katarzyna Maria Małgorzata Agnieszka Barbara Ewa Magdalena Joanna Krystyna Aleksandra Monika Elżbieta Zofia Dorota Beata Justyna Karolina Paulina Natalia Agata Urszula Jadwiga Weronika Marta Grażyna Żaneta", 12),
    ranked("Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Jakub Łukasz Grzegorz Adam Marek Mateusz Wojciech Kamil Maciej Dariusz Zbigniew Rafał Sławomir Przemysław Bartłomiej Jarosław Mirosław Ryszard Witold", 12),
    ranked("Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawłowski Michalski Wróbel Zając Król Wieczorek Jabłoński Majewski Olszewski Stępień Malinowski Jaworski Górecki Sadowski Wysocki", 12),
)
BCS = Origin(  # Bosnian, Serbian and Croatian
    ranked("Amra Selma Lejla Emina Jasmina Mirela Ana Maja Ivana Jelena Marija Dragana Snežana Vesna Sanja Azra Alma Merima Aida Nermina Tijana Milica Dijana Zorica Gordana", 12),
    ranked("Amir Adnan Emir Haris Mirza Nedim Edin Dragan Goran Zoran Nikola Marko Ivan Milan Stefan Dejan Nenad Miroslav Tomislav Josip Damir Senad Almir Kenan Elvis Tarik", 12),
    ranked("Hodžić Hadžić Kovačević Begić Delić Mehmedović Hasanović Babić Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Horvat Kovačić Babić Marić Jurić Novak Tomić Pavlović Husić Omerović Salihović Šehić Alić Karić Ćosić", 12),
)
TURKISH = Origin(
    ranked("Ayşe Fatma Emine Hatice Zeynep Elif Merve Esra Özlem Büşra Derya Gül Sevgi Hülya Songül Nur Tuğba Yasemin Gülsüm Ebru Şule Dilek Aysel", 12),
    ranked("Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Murat Yusuf Ömer Emre Burak Serkan Cem Kemal Özgür Can Barış Volkan Erdoğan Tolga Uğur Gökhan", 12),
    ranked("Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Erdem Güneş Aksoy", 12),
)
LATIN = Origin(  # Chilean and other Latin American names, often with two surnames
    ranked("María Ana Carolina Daniela Camila Valentina Fernanda Francisca Javiera Constanza Paula Catalina Gabriela Patricia Claudia Verónica Marcela Ximena Lorena Alejandra Sofía Isidora Antonia", 12),
    ranked("José Juan Luis Carlos Jorge Pedro Francisco Diego Cristián Sebastián Matías Felipe Rodrigo Andrés Pablo Gonzalo Ignacio Nicolás Alejandro Manuel Héctor Víctor Raúl Joaquín Tomás", 12),
    ranked("González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez Castro Pizarro Álvarez Vásquez Sánchez Fernández", 12),
)
THAI = Origin(
    ranked("Siriporn Malee Nattaya Kanya Ratana Supaporn Wanida Pranee Sunisa Lamai Jintana Porntip Nittaya Kannika Duangjai Sasithorn Pimchanok Warunee Sumalee", 10),
    ranked("Somchai Somsak Sombat Prasert Surachai Wichai Anan Chaiwat Niran Kittisak Thanakorn Pichit Sakda Boonmee Wirat Narong Suthep Apichat Chatchai Preecha", 10),
    ranked("Saetang Srisuk Wongsawat Chaiyaphum Boonyarat Thongdee Phromma Srisawat Kaewkham Suwannarat Rattanakul Chanthawong Sukprasert Jaidee Inthanon Kongkaew Yodsuwan Charoenrat Phanthong Sirikul", 10),
)
INDIAN = Origin(
    ranked("Priya Anjali Pooja Neha Sunita Kavita Deepa Lakshmi Anita Divya Shreya Aishwarya Meena Rekha Sneha Swati Nandini Ritu Geeta Harpreet Simran Ananya Kaveri Padma", 12),
    ranked("Rahul Amit Rajesh Sanjay Vikram Suresh Arjun Ravi Anil Deepak Vijay Manoj Rohit Karthik Sandeep Pradeep Harish Aditya Gurpreet Arun Nikhil Venkat Srinivas Abhishek", 12),
    ranked("Sharma Singh Kumar Patel Gupta Reddy Rao Iyer Nair Mehta Shah Joshi Verma Agarwal Menon Chatterjee Banerjee Das Pillai Kaur Malhotra Krishnan Desai Bhat Naidu Kapoor", 12),
)
CHINESE = Origin(
    ranked("Li Wei Fang Xiu Ying Na Min Jing Yan Hui Lei Xiaoyan Yun Mei Hong Ping Juan Jie Xiaomei Lin Qian Yuting", 10),
    ranked("Wei Jun Lei Tao Ming Jian Hao Qiang Yong Jie Chao Bin Gang Hui Peng Zhiwei Yang Long Feng Xin Haoran Yifan", 10),
    ranked("Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang", 10),
)
UKRAINIAN = Origin(
    ranked("Olena Tetiana Nataliia Iryna Oksana Yuliia Svitlana Olha Kateryna Mariia Anastasiia Viktoriia Liudmyla Halyna Daryna Sofiia Khrystyna Nadiia Inna Alina", 10),
    ranked("Oleksandr Serhii Andrii Volodymyr Oleksii Mykola Dmytro Ivan Yurii Vasyl Viktor Maksym Bohdan Taras Petro Roman Artem Vitalii Denys Ihor", 10),
    ranked("Melnyk Shevchenko Kovalenko Bondarenko Boiko Tkachenko Kravchenko Kovalchuk Koval Oliinyk Shevchuk Polishchuk Tkachuk Savchenko Rudenko Moroz Lysenko Marchenko Petrenko Klymenko Pavlenko Kravets", 10),
)
AFGHAN = Origin(  # Afghan names as Dari and Pashto speakers in Sweden carry them
    ranked("Fatima Zahra Maryam Masooma Nargis Farzana Shabana Roya Parwana Sima Mursal Freshta Zarghona Mahbooba Hadisa Marzia Laila Sodaba Tamana Nazanin", 10),
    ranked("Mohammad Ahmad Ali Hussain Mustafa Ahmadullah Abdul Rahmatullah Sayed Jawad Hamid Naweed Farid Sohrab Omid Elyas Mahdi Zabihullah Nasir Wahid Shafiq Rahim", 10),
    ranked("Ahmadi Mohammadi Hussaini Rahimi Rezaie Sultani Noori Azizi Hakimi Karimi Amiri Jafari Haidari Sadat Safi Popal Stanikzai Wardak Yousufzai Barakzai Niazi Mirzaie", 10),
)
ROMANIAN = Origin(
    ranked("Maria Elena Ioana Andreea Mihaela Ana Cristina Alexandra Gabriela Daniela Florentina Simona Roxana Adriana Ramona Larisa Bianca Oana Denisa Georgiana Alina Corina", 10),
    ranked("Ion Gheorghe Constantin Alexandru Andrei Mihai Vasile Florin Ionuț Adrian Marian Cristian Bogdan Daniel Ștefan Răzvan Sorin Costel Nicolae Dumitru Lucian Ovidiu", 10),
    ranked("Popa Popescu Pop Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu Ionescu Rusu Constantin Mihai Munteanu Moldovan Ștefan Dinu Lungu Tudor Florea Neagu Șerban Dobre", 10),
)

SWEDISH = Origin(SV_F, SV_M, SV_LAST)
US = Origin(counted(US_F), counted(US_M), counted(US_LAST))
UK = Origin(UK_F, UK_M, UK_LAST)

ORIGINS: dict[str, Origin] = {
    "swedish": SWEDISH, "us": US, "uk": UK, "finnish": FINNISH, "arabic": ARABIC,
    "persian": PERSIAN, "kurdish": KURDISH, "somali": SOMALI, "eritrean": ERITREAN,
    "polish": POLISH, "bcs": BCS, "turkish": TURKISH, "latin": LATIN, "thai": THAI,
    "indian": INDIAN, "chinese": CHINESE, "ukrainian": UKRAINIAN, "afghan": AFGHAN,
    "romanian": ROMANIAN,
}  # fmt: skip

# Who is named, by the language of the row: Swedish text roughly as Sweden's population is.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 69.5, "arabic": 5.5, "finnish": 3.2, "polish": 2.4, "bcs": 2.3, "persian": 2.1,
        "somali": 1.6, "afghan": 1.6, "kurdish": 1.4, "turkish": 1.4, "ukrainian": 1.3,
        "indian": 1.2, "eritrean": 1.1, "latin": 1.0, "thai": 0.9, "romanian": 0.9,
        "chinese": 0.8, "us": 0.4, "uk": 0.4,
    },
    "en": {
        "us": 39, "uk": 35, "swedish": 9, "indian": 5.5, "polish": 2, "arabic": 2, "latin": 2,
        "chinese": 1.6, "finnish": 0.9, "turkish": 0.9, "romanian": 0.8, "somali": 0.7,
        "ukrainian": 0.6,
    },
    "mixed": {
        "swedish": 53, "uk": 10.5, "us": 9, "arabic": 4.5, "finnish": 2.8, "polish": 2.8,
        "bcs": 2.2, "persian": 2.2, "indian": 2.4, "afghan": 1.3, "kurdish": 1.3, "turkish": 1.3,
        "somali": 1.3, "ukrainian": 1.4, "eritrean": 0.9, "latin": 1.0, "thai": 0.8,
        "chinese": 0.9, "romanian": 0.7,
    },
}  # fmt: skip

# Short forms people are called by (a row asks for one; a name without one stays as it is).
NICK_SV: dict[str, list[str]] = {
    "Joakim": ["Jocke"], "Lars": ["Lasse"], "Karl": ["Kalle"], "Per": ["Pelle", "Perra"],
    "Mikael": ["Micke"], "Magnus": ["Manne"], "Marcus": ["Mackan"], "Thomas": ["Tompa"],
    "Tomas": ["Tompa"], "Johan": ["Jojje"], "Kristina": ["Kicki", "Stina"],
    "Charlotte": ["Lotta"], "Charlotta": ["Lotta"], "Susanne": ["Sussie", "Sanna"],
    "Katarina": ["Kattis"], "Elisabeth": ["Lisa", "Betty"], "Margareta": ["Maggan"],
    "Hans": ["Hasse"], "Gustav": ["Gurra"], "Fredrik": ["Fredde"], "Andreas": ["Andy"],
    "Daniel": ["Danne"], "Niklas": ["Nicke"], "Kristoffer": ["Krille", "Stoffe"],
    "Jonas": ["Jonte"], "Bengt": ["Bengan"], "Alexander": ["Acke", "Alex"],
    "Sebastian": ["Sebbe"], "Jesper": ["Jeppe"], "Viktor": ["Vicke"], "Camilla": ["Millan"],
    "Annika": ["Anki"], "Sofia": ["Soffi"], "Ulrika": ["Ullis"], "Nils": ["Nisse"],
    "Göran": ["Göte"], "Christer": ["Kicke"], "Matilda": ["Tilda"], "Håkan": ["Håkke"],
    "Ingemar": ["Ingo"], "Sigvard": ["Sigge"], "Tobias": ["Tobbe"], "Robert": ["Robban"],
    "Gunilla": ["Gunsan"], "Birgitta": ["Bittan", "Gittan"], "Kerstin": ["Kiki"],
}  # fmt: skip
NICK_EN: dict[str, list[str]] = {
    "Michael": ["Mike", "Mikey"], "Elizabeth": ["Liz", "Beth", "Lizzie"], "Jennifer": ["Jen", "Jenny"],
    "William": ["Bill", "Will", "Billy"], "Robert": ["Bob", "Rob", "Bobby"], "Christopher": ["Chris"],
    "Richard": ["Rick", "Rich"], "James": ["Jim", "Jimmy", "Jamie"], "Thomas": ["Tom", "Tommy"],
    "Daniel": ["Dan", "Danny"], "Matthew": ["Matt"], "Anthony": ["Tony"], "Joseph": ["Joe", "Joey"],
    "Katherine": ["Kate", "Katie"], "Margaret": ["Maggie", "Peggy"], "Patricia": ["Pat", "Trish"],
    "Rebecca": ["Becky", "Becca"], "Samantha": ["Sam"], "Alexander": ["Alex"], "Benjamin": ["Ben"],
    "Edward": ["Ed", "Ted", "Eddie"], "David": ["Dave"], "Stephen": ["Steve"], "Andrew": ["Andy", "Drew"],
    "Nicholas": ["Nick"], "Victoria": ["Vicky", "Tori"], "Deborah": ["Debbie", "Deb"],
    "Susan": ["Sue", "Susie"], "Catherine": ["Cathy", "Kate"], "Jessica": ["Jess"],
    "Charlotte": ["Charlie", "Lottie"], "Philip": ["Phil"], "Timothy": ["Tim"], "Kenneth": ["Ken", "Kenny"],
    "Gregory": ["Greg"], "Peter": ["Pete"], "Jonathan": ["Jon"], "Abigail": ["Abby"],
    "Alexandra": ["Lexi"], "Eleanor": ["Ellie", "Nell"], "Gareth": ["Gaz"], "Barry": ["Baz"],
    "Donald": ["Don"], "Ronald": ["Ron", "Ronnie"], "Frederick": ["Fred"], "Raymond": ["Ray"],
}  # fmt: skip
NICKNAMES: dict[str, dict[str, list[str]]] = {"swedish": NICK_SV, "us": NICK_EN, "uk": NICK_EN}

for _pool in (SV_F, SV_M, SV_LAST):  # the brief's floor: 150 in the head, at least 200 a list
    assert _pool.head == 150 and len(_pool.names) >= 200, len(_pool.names)
