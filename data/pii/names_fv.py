# ruff: noqa: E501
"""Name pools of held-out FV (issue 15): names as the population has them, weighted by how often
people carry them.

Swedish given names and surnames are written in the order of SCB's name statistics (from the
writer's general knowledge of them: the commonest first, weight 1/rank; the head is the top 150
and the tail rarer names past them). The US lists are copied from the US Census 1990 files
`dist.female.first`, `dist.male.first` and `dist.all.last` (public domain; as shipped with the
`names` package), the census per cent as weight. The UK lists follow the order of the ONS
rankings (1/rank). The other origins are the ones common in Sweden, their commonest given names
and surnames (1/rank, head 10). No name was checked against anything in rung: none is left out
for being known or unknown.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this share, else from its tail


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


def ranked(text: str | tuple[str, ...], head: int) -> Pool:
    """A list in rank order, weight 1/rank; a name written twice counts at its first rank."""
    words = text.split() if isinstance(text, str) else text
    names = tuple(dict.fromkeys(w.replace("_", " ") for w in words))
    return Pool(names, tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names) - 1))


def weighted(rows: tuple[tuple[str, float], ...], head: int) -> Pool:
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


_PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "ı": "i", "đ": "dj", "Đ": "Dj", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae"}
)


def plain(word: str) -> str:
    """The word typed without its letters: `Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`."""
    word = word.translate(_PLAIN)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for end in ("ski", "cki", "dzki"):
        if surname.endswith(end):
            return surname[:-1] + "a"
    return surname


# US Census 1990, dist.female.first: the first 400 names, per cent of women
US_WOMEN = (
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
    ("Valerie", 0.149), ("Danielle", 0.149), ("Megan", 0.147), ("Alicia", 0.146),
    ("Suzanne", 0.145), ("Michele", 0.145), ("Gail", 0.145), ("Bertha", 0.143),
    ("Darlene", 0.142), ("Veronica", 0.142), ("Jill", 0.142), ("Erin", 0.141),
    ("Geraldine", 0.141), ("Lauren", 0.137), ("Cathy", 0.137), ("Joann", 0.136),
    ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135), ("Regina", 0.133), ("Erica", 0.13),
    ("Beatrice", 0.13), ("Dolores", 0.129), ("Bernice", 0.128), ("Audrey", 0.127),
    ("Yvonne", 0.126), ("Annette", 0.125), ("June", 0.125), ("Samantha", 0.124),
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
    ("Katrina", 0.061), ("Claire", 0.061), ("Lindsey", 0.06), ("Lindsay", 0.06),
    ("Geneva", 0.059), ("Guadalupe", 0.059), ("Belinda", 0.059), ("Margarita", 0.059),
    ("Sheryl", 0.059), ("Cora", 0.058), ("Faye", 0.058), ("Ada", 0.057), ("Natasha", 0.057),
    ("Sabrina", 0.057), ("Isabel", 0.057), ("Marguerite", 0.056), ("Hattie", 0.056),
    ("Harriet", 0.056), ("Molly", 0.055), ("Cecilia", 0.055), ("Kristi", 0.055),
    ("Brandi", 0.055), ("Blanche", 0.055), ("Sandy", 0.055), ("Rosie", 0.055), ("Joanna", 0.055),
    ("Iris", 0.055), ("Eunice", 0.054), ("Angie", 0.054), ("Inez", 0.053), ("Lynda", 0.053),
    ("Madeline", 0.052), ("Amelia", 0.052), ("Alberta", 0.052), ("Genevieve", 0.051),
    ("Monique", 0.051), ("Jodi", 0.051), ("Janie", 0.051), ("Maggie", 0.051), ("Kayla", 0.051),
    ("Sonya", 0.051), ("Jan", 0.051), ("Lee", 0.051), ("Kristine", 0.051), ("Candace", 0.051),
    ("Fannie", 0.05), ("Maryann", 0.05), ("Opal", 0.05), ("Alison", 0.05), ("Yvette", 0.05),
    ("Melody", 0.05), ("Luz", 0.049), ("Susie", 0.049), ("Olivia", 0.049), ("Flora", 0.049),
    ("Shelley", 0.049), ("Kristy", 0.048), ("Mamie", 0.048), ("Lula", 0.048), ("Lola", 0.048),
    ("Verna", 0.048), ("Beulah", 0.048), ("Antoinette", 0.048), ("Candice", 0.046),
    ("Juana", 0.046), ("Jeannette", 0.046), ("Pam", 0.046), ("Kelli", 0.046), ("Hannah", 0.045),
    ("Whitney", 0.045), ("Bridget", 0.045), ("Karla", 0.044), ("Celia", 0.044), ("Latoya", 0.043),
    ("Patty", 0.043), ("Shelia", 0.043), ("Gayle", 0.043), ("Della", 0.043), ("Vicky", 0.043),
    ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042), ("Kara", 0.041),
    ("Jacquelyn", 0.041), ("Erma", 0.041), ("Blanca", 0.041), ("Myra", 0.04), ("Leticia", 0.04),
    ("Pat", 0.04), ("Krista", 0.04), ("Roxanne", 0.04), ("Angelica", 0.039), ("Johnnie", 0.039),
    ("Robyn", 0.039), ("Francis", 0.039), ("Adrienne", 0.039), ("Rosalie", 0.039),
    ("Alexandra", 0.039), ("Brooke", 0.039), ("Bethany", 0.039), ("Sadie", 0.039),
    ("Bernadette", 0.039),
)  # fmt: skip
# US Census 1990, dist.male.first: the first 400 names, per cent of men
US_MEN = (
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
    ("Brett", 0.082), ("Angel", 0.082), ("Nathaniel", 0.081), ("Rafael", 0.081),
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
    ("Armando", 0.058), ("Felix", 0.058), ("Jimmie", 0.058), ("Everett", 0.057),
    ("Jordan", 0.056), ("Ian", 0.056), ("Wallace", 0.056), ("Ken", 0.055), ("Bob", 0.055),
    ("Jaime", 0.055), ("Casey", 0.054), ("Alfredo", 0.054), ("Alberto", 0.053), ("Dave", 0.053),
    ("Ivan", 0.053), ("Johnnie", 0.052), ("Sidney", 0.052), ("Byron", 0.052), ("Julian", 0.052),
    ("Isaac", 0.051), ("Morris", 0.051), ("Clifton", 0.05), ("Willard", 0.05), ("Daryl", 0.05),
    ("Ross", 0.05), ("Virgil", 0.049), ("Andy", 0.049), ("Marshall", 0.049), ("Salvador", 0.049),
    ("Perry", 0.049), ("Kirk", 0.049), ("Sergio", 0.049), ("Marion", 0.048), ("Tracy", 0.048),
    ("Seth", 0.048), ("Kent", 0.048), ("Terrance", 0.048), ("Rene", 0.048), ("Eduardo", 0.047),
    ("Terrence", 0.047), ("Enrique", 0.046), ("Freddie", 0.046), ("Wade", 0.045),
    ("Austin", 0.044), ("Stuart", 0.044), ("Fredrick", 0.043), ("Arturo", 0.043),
    ("Alejandro", 0.043), ("Jackie", 0.043), ("Joey", 0.043), ("Nick", 0.043), ("Luther", 0.043),
    ("Wendell", 0.042), ("Jeremiah", 0.042), ("Evan", 0.042), ("Julius", 0.042), ("Dana", 0.042),
    ("Donnie", 0.041), ("Otis", 0.041), ("Shannon", 0.04), ("Trevor", 0.04), ("Oliver", 0.04),
    ("Luke", 0.04), ("Homer", 0.04), ("Gerard", 0.04), ("Doug", 0.04), ("Kenny", 0.039),
    ("Hubert", 0.039), ("Angelo", 0.039), ("Shaun", 0.039), ("Lyle", 0.038), ("Matt", 0.038),
    ("Lynn", 0.038), ("Alfonso", 0.038), ("Orlando", 0.037), ("Rex", 0.037), ("Carlton", 0.037),
    ("Ernesto", 0.037), ("Cameron", 0.037), ("Neal", 0.037), ("Pablo", 0.036), ("Lorenzo", 0.036),
    ("Omar", 0.036), ("Wilbur", 0.036), ("Blake", 0.036), ("Grant", 0.036), ("Horace", 0.036),
    ("Roderick", 0.036), ("Kerry", 0.036), ("Abraham", 0.035), ("Willis", 0.035),
    ("Rickey", 0.035), ("Jean", 0.035), ("Ira", 0.035), ("Andres", 0.034), ("Cesar", 0.034),
    ("Johnathan", 0.034), ("Malcolm", 0.034), ("Rudolph", 0.034), ("Damon", 0.034),
    ("Kelvin", 0.034), ("Rudy", 0.034), ("Preston", 0.034), ("Alton", 0.033), ("Archie", 0.033),
    ("Marco", 0.033), ("Wm", 0.033), ("Pete", 0.032), ("Randolph", 0.032), ("Garry", 0.032),
    ("Geoffrey", 0.032), ("Jonathon", 0.032), ("Felipe", 0.032), ("Bennie", 0.032),
    ("Gerardo", 0.032), ("Ed", 0.032), ("Dominic", 0.032), ("Robin", 0.032), ("Loren", 0.032),
    ("Delbert", 0.031), ("Colin", 0.031), ("Guillermo", 0.031), ("Earnest", 0.031),
    ("Lucas", 0.031), ("Benny", 0.03), ("Noel", 0.03), ("Spencer", 0.03), ("Rodolfo", 0.03),
    ("Myron", 0.03), ("Edmund", 0.03), ("Garrett", 0.029), ("Salvatore", 0.029),
    ("Cedric", 0.029), ("Lowell", 0.029), ("Gregg", 0.029), ("Sherman", 0.028), ("Wilson", 0.028),
    ("Devin", 0.028), ("Sylvester", 0.028), ("Kim", 0.028), ("Roosevelt", 0.028),
    ("Israel", 0.028), ("Jermaine", 0.028),
)  # fmt: skip
# US Census 1990, dist.all.last: the first 420 names, per cent of people
US_SURNAMES = (
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
    ("Hunt", 0.063), ("Black", 0.063), ("Daniels", 0.062), ("Palmer", 0.062), ("Mills", 0.061),
    ("Nichols", 0.06), ("Grant", 0.06), ("Knight", 0.06), ("Ferguson", 0.059), ("Rose", 0.059),
    ("Stone", 0.059), ("Hawkins", 0.059), ("Dunn", 0.058), ("Perkins", 0.058), ("Hudson", 0.058),
    ("Spencer", 0.057), ("Gardner", 0.057), ("Stephens", 0.057), ("Payne", 0.057),
    ("Pierce", 0.056), ("Berry", 0.056), ("Matthews", 0.056), ("Arnold", 0.056),
    ("Wagner", 0.055), ("Willis", 0.055), ("Ray", 0.055), ("Watkins", 0.055), ("Olson", 0.055),
    ("Carroll", 0.055), ("Duncan", 0.055), ("Snyder", 0.055), ("Hart", 0.054),
    ("Cunningham", 0.054), ("Bradley", 0.054), ("Lane", 0.054), ("Andrews", 0.054),
    ("Ruiz", 0.054), ("Harper", 0.054), ("Fox", 0.053), ("Riley", 0.053), ("Armstrong", 0.053),
    ("Carpenter", 0.053), ("Weaver", 0.053), ("Greene", 0.053), ("Lawrence", 0.052),
    ("Elliott", 0.052), ("Chavez", 0.052), ("Sims", 0.052), ("Austin", 0.052), ("Peters", 0.052),
    ("Kelley", 0.052), ("Franklin", 0.051), ("Lawson", 0.051), ("Fields", 0.051),
    ("Gutierrez", 0.051), ("Ryan", 0.051), ("Schmidt", 0.051), ("Carr", 0.051),
    ("Vasquez", 0.051), ("Castillo", 0.051), ("Wheeler", 0.051), ("Chapman", 0.05),
    ("Oliver", 0.05), ("Montgomery", 0.049), ("Richards", 0.049), ("Williamson", 0.049),
    ("Johnston", 0.049), ("Banks", 0.048), ("Meyer", 0.048), ("Bishop", 0.048), ("McCoy", 0.048),
    ("Howell", 0.048), ("Alvarez", 0.048), ("Morrison", 0.048), ("Hansen", 0.047),
    ("Fernandez", 0.047), ("Garza", 0.047), ("Harvey", 0.047), ("Little", 0.046),
    ("Burton", 0.046), ("Stanley", 0.046), ("Nguyen", 0.046), ("George", 0.046),
    ("Jacobs", 0.046), ("Reid", 0.046), ("Kim", 0.045), ("Fuller", 0.045), ("Lynch", 0.045),
    ("Dean", 0.045), ("Gilbert", 0.045), ("Garrett", 0.045), ("Romero", 0.045), ("Welch", 0.044),
    ("Larson", 0.044), ("Frazier", 0.044), ("Burke", 0.044), ("Hanson", 0.043), ("Day", 0.043),
    ("Mendoza", 0.043), ("Moreno", 0.043), ("Bowman", 0.043), ("Medina", 0.042),
    ("Fowler", 0.042), ("Brewer", 0.042), ("Hoffman", 0.042), ("Carlson", 0.042),
    ("Silva", 0.042), ("Pearson", 0.042), ("Holland", 0.042), ("Douglas", 0.041),
    ("Fleming", 0.041), ("Jensen", 0.041), ("Vargas", 0.041), ("Byrd", 0.041),
    ("Davidson", 0.041), ("Hopkins", 0.041), ("May", 0.04), ("Terry", 0.04), ("Herrera", 0.04),
    ("Wade", 0.04), ("Soto", 0.04), ("Walters", 0.04), ("Curtis", 0.04), ("Neal", 0.039),
    ("Caldwell", 0.039), ("Lowe", 0.039), ("Jennings", 0.039), ("Barnett", 0.039),
    ("Graves", 0.039), ("Jimenez", 0.039), ("Horton", 0.039), ("Shelton", 0.039),
    ("Barrett", 0.039), ("O'Brien", 0.039), ("Castro", 0.039), ("Sutton", 0.038),
    ("Gregory", 0.038), ("McKinney", 0.038), ("Lucas", 0.038), ("Miles", 0.038), ("Craig", 0.038),
    ("Rodriquez", 0.037), ("Chambers", 0.037), ("Holt", 0.037), ("Lambert", 0.037),
    ("Fletcher", 0.037), ("Watts", 0.037), ("Bates", 0.037), ("Hale", 0.037), ("Rhodes", 0.037),
    ("Pena", 0.037), ("Beck", 0.037), ("Newman", 0.036), ("Haynes", 0.036), ("McDaniel", 0.036),
    ("Mendez", 0.036), ("Bush", 0.036), ("Vaughn", 0.036), ("Parks", 0.035), ("Dawson", 0.035),
    ("Santiago", 0.035), ("Norris", 0.035), ("Hardy", 0.035), ("Love", 0.035), ("Steele", 0.035),
    ("Curry", 0.035), ("Powers", 0.035), ("Schultz", 0.035), ("Barker", 0.035), ("Guzman", 0.034),
    ("Page", 0.034), ("Munoz", 0.034), ("Ball", 0.034), ("Keller", 0.034), ("Chandler", 0.034),
    ("Weber", 0.034), ("Leonard", 0.034), ("Walsh", 0.033), ("Lyons", 0.033), ("Ramsey", 0.033),
    ("Wolfe", 0.033), ("Schneider", 0.033), ("Mullins", 0.033), ("Benson", 0.033),
    ("Sharp", 0.033), ("Bowen", 0.033), ("Daniel", 0.033), ("Barber", 0.032), ("Cummings", 0.032),
    ("Hines", 0.032), ("Baldwin", 0.032), ("Griffith", 0.032), ("Valdez", 0.032),
    ("Hubbard", 0.032), ("Salazar", 0.032), ("Reeves", 0.032), ("Warner", 0.031),
    ("Stevenson", 0.031), ("Burgess", 0.031), ("Santos", 0.031), ("Tate", 0.031),
    ("Cross", 0.031), ("Garner", 0.031), ("Mann", 0.031), ("Mack", 0.031), ("Moss", 0.031),
    ("Thornton", 0.031), ("Dennis", 0.031), ("McGee", 0.031), ("Farmer", 0.03), ("Delgado", 0.03),
    ("Aguilar", 0.03), ("Vega", 0.03), ("Glover", 0.03), ("Manning", 0.03), ("Cohen", 0.03),
    ("Harmon", 0.03), ("Rodgers", 0.03), ("Robbins", 0.03), ("Newton", 0.03), ("Todd", 0.03),
    ("Blair", 0.03), ("Higgins", 0.03), ("Ingram", 0.03), ("Reese", 0.03), ("Cannon", 0.03),
    ("Strickland", 0.03), ("Townsend", 0.03), ("Potter", 0.03), ("Goodwin", 0.03),
    ("Walton", 0.03), ("Rowe", 0.029), ("Hampton", 0.029), ("Ortega", 0.029), ("Patton", 0.029),
    ("Swanson", 0.029), ("Joseph", 0.029), ("Francis", 0.029), ("Goodman", 0.029),
    ("Maldonado", 0.029), ("Yates", 0.029), ("Becker", 0.029), ("Erickson", 0.029),
    ("Hodges", 0.029), ("Rios", 0.029), ("Conner", 0.029), ("Adkins", 0.029), ("Webster", 0.028),
    ("Norman", 0.028), ("Malone", 0.028), ("Hammond", 0.028), ("Flowers", 0.028), ("Cobb", 0.028),
    ("Moody", 0.028), ("Quinn", 0.028), ("Blake", 0.028), ("Maxwell", 0.028), ("Pope", 0.028),
    ("Floyd", 0.027), ("Osborne", 0.027), ("Paul", 0.027), ("McCarthy", 0.027),
    ("Guerrero", 0.027), ("Lindsey", 0.027), ("Estrada", 0.027), ("Sandoval", 0.027),
    ("Gibbs", 0.027), ("Tyler", 0.027), ("Gross", 0.027), ("Fitzgerald", 0.027),
    ("Stokes", 0.027), ("Doyle", 0.027), ("Sherman", 0.027),
)  # fmt: skip

# Sweden: SCB's order, written from general knowledge. Hyphenated given names stand where SCB
# ranks them; `_` joins the words of a surname with a particle.
SV_WOMEN = """
Anna Eva Maria Karin Kristina Lena Sara Emma Kerstin Ingrid Marie Malin Jenny Hanna Linda Elin
Annika Birgitta Sofia Susanne Inger Johanna Monica Ida Julia Ulla Carina Elisabeth Katarina
Helena Linnéa Camilla Margareta Åsa Maja Marianne Cecilia Ebba Anette Gunilla Elsa Therese Frida
Lisa Alice Amanda Josefin Wilma Matilda Agneta Ann Alva Ella Moa Louise Barbro Klara Caroline
Sandra Jessica Astrid Ellen Ingela Britt Siv Lovisa Emelie Ylva Agnes Felicia Ulrika Olivia
Nathalie Elisabet Pia Ingegerd Gun Charlotte Stina Anneli Saga Birgit Mona Viktoria Ewa Helen
Irene Petra Gunnel Christina Mikaela Rebecka Isabelle Nora Selma Vera Tilda Emilia Elvira Hedvig
Tove Ann-Christin Tindra Liv Ester Signe Greta Lilly Freja Elise Linn Madeleine Jennifer Sanna
Sofie Karolina Angelica Erika Lina Paulina Evelina Ronja Thea Isabella Ann-Marie Mia Elina Mira
Iris Majken Stella Juni Edith Hilda Vendela Anna-Karin Eva-Lena Yvonne Gunvor Lisbeth Marita
Sonja Kajsa Ingeborg Jeanette Louice Pernilla Lotta Solveig Ragnhild Inga Margit Dagny Elsie Maj
Britta Rut Märta Gerd Ethel Aina Alma Svea Vivianne Lilian Eivor Berit Ingalill Maj-Britt
Ann-Sofie Ann-Louise Marie-Louise Lill Gudrun Hillevi Anita Kristin Gabriella Josefine Jonna
Tuva Elvina Nellie Meja Leah Cornelia Alicia Ines Tyra Hedda Lo Sigrid Vilma Tea Novalie Lykke
Molly Livia Leia Minna Linnea Ellinor Maria-Therese Ann-Kristin Eva-Karin Inga-Lill Britt-Marie
Ulla-Britt Lena-Maria Anna-Lena Carin Catarina Kristine Viveka Cathrine Katrin Marléne Madelene
Jessika Emmy Wendela Nadja Patricia Rosita Rosmarie Ingmarie Eleonor Eleonora Annelie Annie
Malva Ingvor Vanja Ninni Mimmi Vivi Inez Ottilia Hjördis Gullan Majvor Lillemor Gunhild
Alexandra Veronica Jasmine Natalie Sabina Helene Maud Desirée Evelin Tina Tiina Mari Mariana
Sylvia Ilona Jenni Annica Gertrud Elly Hulda Märit Katja Ulrica Frideborg Jolin Thelma Cajsa
Lova Juli Nova Rakel Judit Ingri Margret Ragnvi Ingalena Boel Dagmar Hilma Svanhild Tora Valborg
Torborg Idun Anja Nelly Joline Alexia Vilda Liselott Rebecca Louisa Kim Chatrine Mathilda
Katharina Ewelina Charlotta Emily Olga Fanny Gunborg Aurora Margot Rigmor Ingbritt Marika
Annette Viola Irma Elvy Edla Hildur Agda Siri Lisen Ingun Tova Jenna Ida-Maria Fredrika Josefina
Sally Melissa Michelle Jasmin Sabrina Jannike Marina Malou Evy Asta Hanne Siw Laila Liselotte
Ann-Britt Sigrun Elida Amelia Smilla Ellie Margaretha Ingegärd Maj-Lis Gun-Britt
Tekla Nanna Elna Vega Alba Lea Doris Birte Mai
"""
SV_MEN = """
Lars Mikael Anders Johan Erik Per Karl Peter Thomas Jan Daniel Fredrik Hans Andreas Stefan Bo
Magnus Mats Nils Jonas Oskar Alexander Martin Mattias Henrik Gustav Leif Göran Björn Bengt Ulf
Marcus Viktor Kjell Patrik Simon Christer Emil Lennart David Niklas Jonathan Filip William Anton
Lucas Oliver Hugo Axel Elias Liam Sebastian Tobias Robert Robin Sven Åke Stig Roger Håkan Rolf
Kent Tommy Joakim Kenneth Rickard Mohammed Olof Gunnar Ingvar Roland Tomas Christian Dennis
Kristoffer Adam Isak Ludvig Albin Edvin Theo Noah Leo Vincent Hampus Linus Jesper Max Benjamin
Samuel Gabriel Felix Melvin Elliot Arvid Melker Valter Alfred Olle Sixten Harry Love Viggo Ebbe
Frans Josef Casper Wilhelm Jakob Johannes Kevin Emanuel Rasmus Pontus Joel Jimmy Mathias Ove
Bertil Arne Gösta Rune Sture Karl-Erik Claes Carl Ola Ronny Torbjörn Jörgen Conny Glenn Kurt
Sören Ingemar Lars-Erik Per-Olof Jan-Erik Holger Allan Yngve Ali Mohamed Krister Morgan Tony
Erling Evert Helge Gert Bernt Tage Östen Sigvard Lage Einar Ragnar Harald Torsten Folke Henry
Gustaf Ivar Birger Assar Algot Ture Knut Edvard Gottfrid Verner Sune Gunne Ingvald Valdemar
Börje Lennarth Jarl Kjell-Åke Per-Anders Lars-Göran Jan-Olof Bengt-Göran Sven-Erik Nils-Erik
Karl-Johan Hans-Olof Carl-Johan Per-Erik Björn-Olof Jan-Åke Anders-Petter Ulf-Peter Hannes Malte
Vilgot Nils-Olof Otto Sam Milo Charlie Colin Loke Alvin Nicklas Niclas Kristian Christoffer Jörg
Jon Jens Mårten Staffan Lars-Olof Göte Gillis Tor Tord Torgny Uno Urban Vidar Arnold Stellan
Kennet Wille Julius August Vilhelm Sigge Ville Nils-Gunnar Jöns Måns Petter Mauritz Elof Amir
Ibrahim Omar Hassan Ahmed Youssef Yusuf Abdi Hussein Ahmad Mustafa Karim Kasper Dante Ivan Sami
Aron Elis Ronnie Tim Jim Jack Matteo Adrian Leon Mio Nicolas Jacob Fabian Markus Alex Eddie
Jimmie Torvald Halvar Ingolf Ruben Ragnvald Sölve Åsmund Ejnar Esbjörn Sverker Håkon Leonard
Joar Hjalmar Ossian Rutger Fritiof Bror Nore Kåre Anselm Vilmer Elvin Truls Jerker Lorentz Aksel
Eskil Evald Georg Laurits Mikkel Reinhold Paul Rikard Kaj Tor-Björn Hilding Gerhard Sigfrid
Roine Lars-Åke Per-Åke Sven-Olof Bo-Göran Hans-Erik Ulrik Ludwig Henning Greger Oscar Ingmar Dag
Sten Victor Isac Theodor Noel Nils-Petter Per-Ola Ante Bruno Frank Conrad Carl-Axel Johnny Benny
Jan-Ove Kjell-Ove Bo-Erik Stig-Olof Birk Edgar Julian
Sigurd Konrad Erland Tryggve Wiktor Alve Helmer Gideon Alrik Waldemar
"""
SV_SURNAMES = """
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
Lindström Lindqvist Lindgren Axelsson Berg Bergström Lundberg Lind Lundgren Lundqvist Mattsson
Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed Engström Eklund
Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Fransson
Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström Ahmed
Mårtensson Lundström Hassan Viklund Björklund Eliasson Pålsson Berggren Sandström Lund Nordin
Ström Åberg Hermansson Ekström Holmgren Falk Dahlberg Hellström Hedlund Sundberg Sjögren Ek Blom
Abrahamsson Martinsson Öberg Andreasson Strömberg Månsson Hansen Åkesson Dahl Lindholm Norberg
Holmqvist Mohamed Hussein Omar Ibrahim Jensen Sundström Åström Lindell Nordqvist Lindahl
Söderström Wiklund Ågren Hedberg Sundqvist Ekberg Johnsson Lundmark Göransson Nordlund Malmberg
Petersson Bäckström Jeppsson Fors Berntsson Ivarsson Borg Rosén Lilja Ekman Gustavsson Sandin
Wallgren Stenberg Kjellberg Strand Hedström Ahlström Lundkvist Sjöström Öhman Friberg Östlund
Hjalmarsson Forsman Boström Lindblom Edlund Holmström Sahlin Stenström Vesterlund Engberg Nyman
Åkerlund Törnqvist Westerberg Melin Wennberg Rydberg Backman Sundin Ljungberg Hallberg Granberg
Westin Lindfors Thorén Sandell Palm Kronberg Axelson Sundell Nord Rask Selin Unger Norén Linde
Jarl Lagerqvist Hellberg Ljung Edström Almqvist Bergh Modig Frisk Broberg Carlsson Carlström
Cederqvist Dahlgren Enström Fagerlund Flodin Granström Grönlund Hammar Hedman Hillborg Hägglund
Höglund Jernberg Kvist Lagerström Larsén Lindén Ljungqvist Lövgren Malm Mellberg Nilsén Nordgren
Norrman Nygren Palmqvist Pihl Rehn Rosengren Rudberg Rydén Sandgren Sellberg Sköld Stenlund
Strömqvist Sund Svedberg Swärd Tell Thulin Tornberg Wahlström Wall Westman Widén Wik Wägner
Zetterberg Zackrisson Åhlin Åman Östberg Östman Bladh Boman Dahlin Ekholm Forslund Gran Hagberg
Hagström Heikkinen Holmlund Hult Jakobson Kullberg Landström Lindeberg Lundell Lundh Mörk
Nordberg Olander Ramström Rönnqvist Sandqvist Sjödin Skoglund Stark Strömgren Tapper Thunberg
Vik Wahlberg Welander Wendel Wiberg Åslund Björnberg Brandt Burman Dahlström Eng Ernstsson Frid
Glad Hagman Hellgren Hjort Holst Häggström Kling Knutsson Lindkvist Lundholm Långström
Nilsdotter Norling Orre Pettersen Ringström Salomonsson Segerström Skog Stål Sved Söderlund
Tidblad Ullman Vallin Warg Wedin Ytterberg Åkerman Ölander von_Platen af_Klercker De_Geer
von_Essen af_Ugglas von_Sydow Wachtmeister Lewenhaupt Gyllenstierna von_Schantz Lindstedt
Bergkvist Forsgren Hedin Lundquist Hammarström Kvarnström Lidén Löfström Näslund Sjölund
Strömbäck Sandlund Wikman Åkerblom Öhrn Ekdahl Fält Grahn Jonasson Larsen Lindroth Nyqvist
Rosenberg Sjöqvist Tengvall Wessman Ahlgren Bohlin Bäck
"""
SWEDISH = Origin(ranked(SV_WOMEN, 150), ranked(SV_MEN, 150), ranked(SV_SURNAMES, 150))
# The second half of a Swedish given name joined of two (`Anna-Karin`, `Lars-Erik`): the commonest
# such endings, 1/rank, all of them head. `Draw.person` joins 4% of Swedish given names so, on top of
# the joined names the lists rank themselves.
HYPHEN_SECOND = {
    "f": ranked(
        "Karin Marie Lena Britt Maria Christin Louise Sofie Stina Lotta Kristin Charlotte", 12
    ),
    "m": ranked("Erik Olof Åke Göran Johan Anders Gunnar Ove Arne Axel Olov Gustav", 12),
}

# The UK: the order of the ONS rankings of the decades now grown up and of recent years, blended
# (general knowledge), weight 1/rank, head 150.
UK_WOMEN = """
Sarah Emma Claire Laura Rebecca Gemma Rachel Lisa Nicola Kelly Amy Hannah Jennifer Samantha
Lauren Katie Jessica Charlotte Sophie Victoria Louise Helen Michelle Joanne Karen Julie Susan
Margaret Elizabeth Jacqueline Amanda Natalie Emily Lucy Olivia Amelia Isla Ava Mia Lily Grace
Chloe Ella Ellie Megan Holly Zoe Stephanie Catherine Kirsty Donna Deborah Tracey Angela Caroline
Alison Jane Anne Patricia Mary Linda Christine Janet Carol Sandra Julia Kathryn Fiona Lindsay
Natasha Leanne Danielle Jade Georgia Abigail Bethany Eleanor Alice Molly Poppy Evie Freya Daisy
Phoebe Ruby Florence Isabella Sienna Matilda Rosie Esme Harriet Imogen Scarlett Elsie Willow
Evelyn Maisie Millie Erin Layla Eva Sofia Harper Maya Hollie Paige Shannon Naomi Beth Kate Anna
Rose Heather Dawn Wendy Pauline Lorraine Sharon Tina Debbie Beverley Hayley Kerry Vicky Jodie
Kimberley Siobhan Ruth Frances Eileen Maureen Sheila Brenda Valerie Joan Barbara Gillian Lynne
Diane Elaine Carolyn Yvonne Jean Doreen Irene Shirley Marion Rita Hilary Judith Bridget Penelope
Rosemary Josephine Annette Tracy Sally Lesley Joanna Ann Teresa Vanessa Eloise Clara Connie
Aisha Fatima Zara Amira Maryam Priya Aaliyah Nia Keira Courtney Chelsea Aimee Toni Stacey Kayleigh
Rhiannon Cerys Ffion Seren Carys Sian Bronwen Morag Kirsteen Eilidh Ailsa Catriona Mhairi Niamh
Aoife Ciara Orla Roisin Saoirse Bridie Gwen Iris Violet Ivy Hazel Mabel Edith Ada Nancy Lottie
Rosa Thea Beatrice Ottilie Arabella Aurelia Margot Felicity Tabitha Harriet-Rose Lily-May
"""
UK_MEN = """
David John Paul James Mark Michael Andrew Stephen Richard Robert Peter Christopher Daniel Thomas
Matthew Ian Simon Gary Steven Kevin Martin Anthony Darren Lee Craig Jason Stuart Wayne Neil Graham
Alan Philip Adam Jonathan Benjamin Samuel Joshua Luke Ryan Jack Oliver Harry George Noah Charlie
Jacob Alfie Freddie Oscar Leo William Henry Archie Joseph Ethan Dylan Liam Callum Connor Jamie
Lewis Kieran Nathan Aaron Scott Dean Carl Shaun Ben Tom Sam Alexander Edward Nicholas Timothy
Jonathon Brian Kenneth Keith Colin Derek Trevor Barry Roger Malcolm Geoffrey Raymond Dennis Terry
Patrick Sean Declan Ciaran Owen Rhys Dafydd Gareth Huw Ieuan Iwan Euan Ewan Fraser
Angus Hamish Calum Ruaridh Finlay Alasdair Duncan Gordon Douglas Hugh Rory Jake Josh Tyler Reece
Bradley Jordan Mason Logan Lucas Theo Arthur Teddy Finley Reggie Albie Tommy Frankie Ronnie
Elijah Muhammad Mohammed Yusuf Ibrahim Omar Ali Hamza Arjun Rohan Harrison Max Toby Isaac Louis
Sebastian Hugo Rupert Jasper Felix Barnaby Giles Piers Julian Guy Nigel Clive Howard Russell
Gavin Glenn Dominic Vincent Frank Stanley Ernest Albert Leonard Sidney Cyril Norman Harold
Reginald Victor Leslie Ronald Gerald Clifford Roy Eric Frederick Walter Bernard Wilfred
Francis Bryan Lloyd Dale Ross Grant Jay Kyle Brandon Corey Jamal Tariq Rajesh Sanjay Jayden
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
Whitehead Mann Frost Lambert Stephens Blake Akhtar Lynch Goodwin Barton Woodward Thomson
Cunningham Quinn Barnett Baxter Bibi Clayton Nash Greenwood Jennings Holt Kemp Poole Gallagher
Bond Stokes Tucker Davidson Fowler Heath Norman Middleton Lawson Banks French Stanley Jarvis
Gibbs Ferguson Hayward Carroll Douglas Dickinson Todd Barlow Peters Lucas Knowles Hartley Miah
Simmons Morton Alexander Field Morrison Norris Townsend Preston Hancock Thornton Baldwin Burrows
Briggs Storey Pugh Little Macdonald Fraser Sinclair Mackenzie Maclean Llewellyn Pryce Vaughan
Jenkinson Ashworth Ainsworth Brierley Entwistle Sowerby Tattersall Pickles Trelawney Penrose
"""

# Origins common in Sweden: their commonest given names and surnames, 1/rank, head 10.
FINNISH = Origin(
    ranked(
        "Tuula Ritva Pirjo Marja Leena Anne Päivi Sirpa Riitta Kaija Aino Eija Hannele Satu Tiina Minna Sari Liisa Aila Seija Pirkko Merja Anja Raija Kirsi",
        10,
    ),
    ranked(
        "Juha Timo Matti Kari Mikko Jari Antti Jukka Mika Pekka Heikki Hannu Seppo Markku Pentti Esa Petri Ari Raimo Veikko Tapio Jouni Erkki Olavi Reijo",
        10,
    ),
    ranked(
        "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen",
        10,
    ),
)
# Iraq and Syria, with Assyrian/Syriac names.
ARABIC = Origin(
    ranked(
        "Fatima Maryam Noor Sara Zainab Aya Hiba Rania Lina Amal Layla Huda Rasha Dalia Yasmin Reem Hala Suha Ninve Shamiram Nahrin Samira Mariam Rana Ghada",
        10,
    ),
    ranked(
        "Mohammed Ahmed Ali Omar Hassan Hussein Ibrahim Mustafa Khalid Youssef Mahmoud Abdullah Karim Samir Tariq Walid Bassam Rami Ammar Ziad Sargon Ninos Afram Yacoub Fadi Elias Gabriel",
        10,
    ),
    ranked(
        "Ali Mohammed Ahmed Hassan Hussein Ibrahim Abdullah Saleh Khalil Youssef Haddad Mansour Nasser Jaber Hamdan Al-Obaidi Al-Jabouri Kareem Abbas Jasim Shamoun Barsoum Saliba Aho Gabriel Lahdo Malke Hanna Issa Khoury Daoud",
        10,
    ),
)
SOMALI = Origin(
    ranked(
        "Fadumo Amina Hodan Sahra Khadija Hawa Asha Ayan Ifrah Nasra Ubah Sagal Hibo Deeqa Ikram Ladan Samsam Muna Filsan Shukri Kowsar Halima Hamdi Idil",
        10,
    ),
    ranked(
        "Abdi Mohamed Ahmed Abdirahman Abdullahi Ali Hassan Omar Yusuf Abdirizak Mahad Farah Liban Guled Said Ismail Abdiaziz Mustafe Hamza Khalid Bashir Nuur Yasin Osman Warsame",
        10,
    ),
    ranked(
        "Mohamed Ahmed Ali Hassan Abdi Omar Farah Hussein Osman Yusuf Jama Warsame Abdullahi Ismail Aden Nur Said Ibrahim Hersi Mohamud Elmi Guled Dahir Egal Samatar Shire Duale Gedi Hirsi Abdillahi",
        10,
    ),
)
POLISH = Origin(
    ranked(
        "Anna Katarzyna Maria Małgorzata Agnieszka Barbara Ewa Krystyna Elżbieta Magdalena Joanna Zofia Monika Teresa Danuta Natalia Aleksandra Karolina Marta Beata Dorota Halina Jadwiga Justyna Paulina",
        10,
    ),
    ranked(
        "Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Stanisław Jakub Adam Marek Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Jerzy Maciej Rafał Robert Kamil Jacek",
        10,
    ),
    ranked(
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowicki Zawadzki Czarnecki Sadowski Wysocki Zakrzewski",
        10,
    ),
)
PERSIAN = Origin(
    ranked(
        "Maryam Fatemeh Zahra Shirin Nasrin Parisa Leila Mahnaz Azadeh Nazanin Roya Mina Sara Setareh Golnaz Soheila Ladan Samira Shabnam Farnaz Negar Yasaman Parvaneh Mahsa Elham",
        10,
    ),
    ranked(
        "Ali Mohammad Reza Hossein Mehdi Amir Hamid Saeed Majid Behrouz Farhad Davood Kaveh Babak Arash Omid Dariush Nima Payam Pouya Kourosh Siavash Peyman Ramin Shahram",
        10,
    ),
    ranked(
        "Mohammadi Hosseini Ahmadi Rezaei Karimi Moradi Hashemi Rahimi Ebrahimi Jafari Mousavi Sadeghi Ghorbani Akbari Amini Azizi Kazemi Rostami Bagheri Nazari Shirazi Tehrani Farahani Najafi Soltani Safavi Esfahani Alavi Yazdani Abbasi",
        10,
    ),
)
# Bosnian, Serbian and Croatian.
BCS = Origin(
    ranked(
        "Amela Emina Lejla Jasmina Selma Aida Amra Merima Ajla Elma Jelena Milica Ivana Ana Marija Dragana Snežana Vesna Mirjana Sanja Maja Tanja Željka Nataša Azra",
        10,
    ),
    ranked(
        "Emir Amir Adnan Mirza Edin Haris Senad Armin Dino Kenan Nikola Marko Stefan Dragan Zoran Goran Milan Dejan Ivan Srđan Nenad Damir Igor Mladen Tarik",
        10,
    ),
    ranked(
        "Hodžić Hadžić Kovačević Begić Mehmedović Delić Hasanović Ibrahimović Alić Husić Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Popović Horvat Babić Kovačić Marić Jurić Knežević Pavlović Mujić Salihović Softić Omerović Šehić",
        10,
    ),
)
TURKISH = Origin(
    ranked(
        "Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Sultan Hülya Gül Özlem Esra Merve Büşra Derya Songül Sevgi Filiz Yasemin Aysel Dilek Nurten Gülay Tuba",
        10,
    ),
    ranked(
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah Mahmut Recep Salih Kemal Emre Burak Serkan Volkan Erkan",
        10,
    ),
    ranked(
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Karataş Erdoğan Güneş Aksoy Acar Tekin Bulut Keskin",
        10,
    ),
)
# Eritrea: the father's given name stands as the surname.
ERITREAN = Origin(
    ranked(
        "Helen Senait Selam Hiwet Saba Tsega Yohana Mebrat Rahel Winta Semhar Luwam Feven Ruth Tsehay Almaz Abrehet Ksanet Eden Meron Merhawit Lidia Freweyni Yordanos Simret",
        10,
    ),
    ranked(
        "Tesfay Yonas Daniel Samuel Dawit Yohannes Michael Tekle Kidane Berhane Habte Tewelde Mehari Amanuel Filmon Aron Robel Medhanie Biniam Semere Teklay Efrem Isaias Mussie Henok",
        10,
    ),
    ranked(
        "Tesfay Tekle Berhane Haile Ghebremedhin Kidane Habte Gebremariam Tewelde Mehari Yohannes Asmerom Woldu Ghebreyesus Andemariam Negash Hagos Zerai Abraha Gebrehiwet Tesfamariam Mengstab Kahsay Okbay Fessehaye",
        10,
    ),
)
AFGHAN = Origin(
    ranked(
        "Fatima Zahra Maryam Shabana Nazia Mursal Farishta Marwa Mahbooba Laila Sahar Parwana Khadija Freshta Madina Sakina Roya Sumaya Nilofar Shakila Homa Zarghuna Arezo Tamana Hadia",
        10,
    ),
    ranked(
        "Mohammad Ahmad Ali Mustafa Hamid Sayed Rahmatullah Abdul Jawad Mahdi Hussain Reza Murtaza Mujtaba Sajad Habib Nasir Farid Zabihullah Javid Omid Hamidullah Najibullah Bashir Wahid",
        10,
    ),
    ranked(
        "Ahmadi Hussaini Mohammadi Rahimi Sultani Karimi Hakimi Nazari Rezai Jafari Amiri Sadat Haidari Noori Popal Stanikzai Wardak Safi Qaderi Yusufzai Hashimi Azizi Rahmani Barakzai Mohmand",
        10,
    ),
)
THAI = Origin(
    ranked(
        "Siriporn Supaporn Malee Wanida Kanya Nattaya Pornthip Sunisa Ratana Sasithorn Jintana Arunee Duangjai Pensri Kanokwan Wipada Saowanee Suda Araya Pranee Naree Waraporn Chanida Nongluck Thanyarat",
        10,
    ),
    ranked(
        "Somchai Somsak Surachai Prasert Anan Wichai Chaiwat Niran Sombat Kittisak Narong Thanakorn Pichit Sakchai Boonmee Sutthipong Apichat Chatchai Weerapong Kriangkrai Thawatchai Piyapong Manop Suchart Nattapong",
        10,
    ),
    ranked(
        "Saetang Srisuk Chaiyaphum Wongsawat Sukprasert Thongdee Rattanakorn Boonma Kaewmanee Suwannarat Phromma Jaidee Sripanya Chanthara Intharasuk Pongsiri Somboon Yodkaew Charoenrat Thongchai Nakprasert Kittikun Wongsuwan Siriwat Phanthong",
        10,
    ),
)
# Chile first, and Latin America: two surnames, the father's then the mother's.
LATIN = Origin(
    ranked(
        "María Carolina Francisca Camila Javiera Catalina Valentina Daniela Constanza Fernanda Paula Andrea Claudia Patricia Verónica Marcela Alejandra Soledad Ximena Paola Gabriela Lorena Carmen Rosa Isabel",
        10,
    ),
    ranked(
        "José Juan Luis Carlos Jorge Pedro Manuel Francisco Miguel Cristián Sebastián Felipe Diego Matías Rodrigo Pablo Mauricio Héctor Patricio Gonzalo Alejandro Andrés Ricardo Sergio Fernando",
        10,
    ),
    ranked(
        "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez Castro Pizarro Álvarez Vásquez Sánchez Fernández",
        10,
    ),
)
KURDISH = Origin(
    ranked(
        "Rojin Berfin Dilan Zilan Nazdar Shilan Avin Jiyan Ronahi Nasrin Hevi Viyan Delal Rojda Berivan Shirin Gulistan Newroz Zozan Helin Dilvin Sozdar Ala Ronak Evin",
        10,
    ),
    ranked(
        "Azad Rebin Kawa Dilshad Shwan Rizgar Aram Karwan Hawre Bakhtiyar Sherzad Soran Botan Dara Hozan Serdar Baran Rojhat Zana Diyar Hemin Ari Siyamend Kamaran Nechirvan",
        10,
    ),
    ranked(
        "Ahmad Mohammed Hassan Abdullah Aziz Rashid Karim Amin Barzani Kurdi Zebari Hawrami Sindi Omer Ismail Mustafa Qadir Salih Bakir Jaff Mahmoud Hama Rasul Faraj Othman",
        10,
    ),
)
UKRAINIAN = Origin(
    ranked(
        "Olena Tetiana Natalia Iryna Oksana Svitlana Yulia Olha Kateryna Anastasiia Mariia Viktoriia Liudmyla Halyna Nadiia Daria Alina Inna Larysa Valentyna Yana Khrystyna Sofiia Anna Lesia",
        10,
    ),
    ranked(
        "Oleksandr Serhii Volodymyr Andrii Mykola Oleksii Dmytro Yurii Ivan Viktor Vasyl Ihor Maksym Bohdan Petro Taras Roman Artem Denys Vitalii Yevhen Mykhailo Pavlo Anatolii Ruslan",
        10,
    ),
    ranked(
        "Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko Klymenko Pavlenko Kravchuk Kuzmenko Ponomarenko",
        10,
    ),
)
INDIAN = Origin(
    ranked(
        "Priya Anjali Pooja Neha Divya Shreya Kavya Deepa Lakshmi Sneha Aishwarya Ananya Swati Nisha Meera Ritu Sunita Pallavi Harpreet Simran Aarti Shalini Rekha Gayatri Keerthana",
        10,
    ),
    ranked(
        "Rahul Amit Rajesh Arjun Vikram Sanjay Suresh Ravi Anil Karthik Rohit Aditya Vijay Praveen Manoj Sandeep Gaurav Harish Nikhil Ankit Srinivas Deepak Abhishek Varun Gurpreet",
        10,
    ),
    ranked(
        "Sharma Singh Patel Kumar Gupta Reddy Rao Iyer Nair Shah Mehta Joshi Agarwal Verma Pillai Menon Krishnan Chatterjee Banerjee Das Desai Kulkarni Bhat Malhotra Kapoor",
        10,
    ),
)
GERMAN = Origin(
    ranked(
        "Sabine Susanne Petra Claudia Andrea Nicole Stefanie Julia Katrin Anja Christina Sandra Monika Birgit Anke Ute Kerstin Heike Silke Melanie Lena Laura Lea Sarah Jana",
        10,
    ),
    ranked(
        "Thomas Michael Andreas Stefan Peter Christian Markus Frank Jürgen Klaus Uwe Wolfgang Matthias Tobias Sebastian Jan Florian Alexander Daniel Dirk Jens Torsten Holger Ralf Lukas",
        10,
    ),
    ranked(
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Krause Meier Lehmann",
        10,
    ),
)

ORIGINS = {
    "swedish": SWEDISH,
    "us": Origin(weighted(US_WOMEN, 150), weighted(US_MEN, 150), weighted(US_SURNAMES, 150)),
    "uk": Origin(ranked(UK_WOMEN, 150), ranked(UK_MEN, 150), ranked(UK_SURNAMES, 150)),
    "finnish": FINNISH,
    "arabic": ARABIC,
    "somali": SOMALI,
    "polish": POLISH,
    "persian": PERSIAN,
    "bcs": BCS,
    "turkish": TURKISH,
    "eritrean": ERITREAN,
    "afghan": AFGHAN,
    "thai": THAI,
    "latin": LATIN,
    "kurdish": KURDISH,
    "ukrainian": UKRAINIAN,
    "indian": INDIAN,
    "german": GERMAN,
}

# Who is named, per language of the text: Sweden's population roughly, Swedish the most in Swedish
# and mixed text; English text names Americans and Britons first.
MIXES = {
    "sv": {
        "swedish": 68, "arabic": 6, "finnish": 4, "polish": 2.5, "bcs": 2.5, "persian": 2.5,
        "somali": 2, "afghan": 1.5, "turkish": 1.5, "kurdish": 1.5, "eritrean": 1.2,
        "ukrainian": 1.2, "thai": 1, "latin": 1, "indian": 1, "german": 1, "uk": 0.7, "us": 0.6,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 9, "indian": 3, "arabic": 2, "polish": 2, "latin": 2,
        "german": 1.5, "finnish": 1, "somali": 1, "persian": 1, "turkish": 1, "thai": 1, "bcs": 1,
        "ukrainian": 1, "afghan": 0.5, "eritrean": 0.5, "kurdish": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 10, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
        "persian": 2.5, "indian": 2, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5, "afghan": 1.5,
        "ukrainian": 1.5, "german": 1.5, "eritrean": 1, "thai": 1, "latin": 1,
    },
}  # fmt: skip

# Short forms people go by, per origin: given name -> its short forms.
_NICK_EN = {
    "William": ["Will", "Bill"],
    "Robert": ["Rob", "Bob"],
    "Michael": ["Mike"],
    "James": ["Jim", "Jamie"],
    "Richard": ["Rich"],
    "Thomas": ["Tom"],
    "Christopher": ["Chris"],
    "Daniel": ["Dan", "Danny"],
    "Matthew": ["Matt"],
    "Anthony": ["Tony"],
    "Joseph": ["Joe"],
    "David": ["Dave"],
    "Jennifer": ["Jen", "Jenny"],
    "Elizabeth": ["Liz", "Beth"],
    "Katherine": ["Kate", "Katie"],
    "Margaret": ["Maggie"],
    "Patricia": ["Pat", "Trish"],
    "Susan": ["Sue"],
    "Rebecca": ["Becky"],
    "Samantha": ["Sam"],
    "Victoria": ["Vicky"],
    "Alexander": ["Alex"],
    "Benjamin": ["Ben"],
    "Edward": ["Ed", "Ted"],
    "Jonathan": ["Jon"],
    "Nicholas": ["Nick"],
    "Charles": ["Charlie"],
    "Timothy": ["Tim"],
    "Steven": ["Steve"],
    "Stephen": ["Steve"],
    "Kenneth": ["Ken"],
    "Gregory": ["Greg"],
    "Jacqueline": ["Jackie"],
    "Deborah": ["Debbie"],
    "Kimberly": ["Kim"],
    "Christine": ["Chris"],
    "Samuel": ["Sam"],
    "Andrew": ["Andy"],
    "Philip": ["Phil"],
    "Catherine": ["Cath", "Cathy"],
    "Joshua": ["Josh"],
    "Zachary": ["Zach"],
    "Frederick": ["Fred"],
    "Gerald": ["Gerry"],
    "Raymond": ["Ray"],
    "Donald": ["Don"],
    "Ronald": ["Ron"],
    "Lawrence": ["Larry"],
}
NICKNAMES = {
    "swedish": {
        "Lars": ["Lasse"], "Mikael": ["Micke"], "Joakim": ["Jocke"], "Karl": ["Kalle"], "Per": ["Pelle", "Perra"],
        "Thomas": ["Tompa"], "Magnus": ["Manne"], "Fredrik": ["Fredde"], "Robert": ["Robban"],
        "Patrik": ["Patte"], "Daniel": ["Danne"], "Marcus": ["Macke"], "Jonas": ["Jonte"],
        "Alexander": ["Alex"], "Sebastian": ["Sebbe"], "Tobias": ["Tobbe"], "Torbjörn": ["Tobbe"],
        "Kristoffer": ["Krille"], "Stefan": ["Steffe"], "Gustav": ["Gurra", "Gustaf"], "Håkan": ["Hocke"],
        "Kenneth": ["Kenta"], "Bengt": ["Bengan"], "Ulf": ["Uffe"], "Leif": ["Leffe"], "Rolf": ["Roffe"],
        "Hans": ["Hasse"], "Henrik": ["Henke"], "Mattias": ["Matte"], "Niklas": ["Nicke"], "Bo": ["Bosse"],
        "Viktor": ["Vicke"], "William": ["Wille"], "Oskar": ["Ogge"], "Gunnar": ["Gurra"], "Sven": ["Svenne"],
        "Olof": ["Olle"], "Johan": ["Jojje"], "Christer": ["Kicken"], "Martin": ["Mackan"],
        "Elisabeth": ["Lisa", "Bettan"], "Margareta": ["Maggan"], "Kristina": ["Kicki", "Stina"],
        "Susanne": ["Sussie", "Sanna"], "Charlotte": ["Lotta"], "Katarina": ["Kattis"],
        "Barbro": ["Babsan"], "Birgitta": ["Gittan", "Bittan"], "Annika": ["Anki"],
        "Madeleine": ["Maddie"], "Viktoria": ["Vicky"], "Josefin": ["Jossan"], "Caroline": ["Carro"],
        "Matilda": ["Tilda"], "Rebecka": ["Becka"], "Therese": ["Tessan"], "Jessica": ["Jessie"],
        "Gabriella": ["Gabbi"], "Alexandra": ["Alex"], "Cecilia": ["Cissi"], "Marianne": ["Mian"],
        "Ingegerd": ["Inga"], "Gunilla": ["Gunsan"], "Kerstin": ["Kerre"],
    },
    "us": _NICK_EN,
    "uk": _NICK_EN,
    "polish": {
        "Małgorzata": ["Gosia"], "Katarzyna": ["Kasia"], "Aleksandra": ["Ola"], "Magdalena": ["Magda"],
        "Wojciech": ["Wojtek"], "Tomasz": ["Tomek"], "Krzysztof": ["Krzysiek"], "Michał": ["Michu"],
        "Agnieszka": ["Aga"], "Jakub": ["Kuba"], "Stanisław": ["Staszek"],
    },
    "ukrainian": {"Oleksandr": ["Sasha"], "Oleksii": ["Lesha"], "Kateryna": ["Katia"], "Anastasiia": ["Nastia"]},
    "german": {"Matthias": ["Matze"], "Stefanie": ["Steffi"], "Wolfgang": ["Wolfi"], "Andreas": ["Andi"]},
    "latin": {"Francisco": ["Pancho"], "José": ["Pepe"], "Alejandro": ["Alejo"], "Francisca": ["Pancha"]},
}  # fmt: skip
