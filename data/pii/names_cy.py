# ruff: noqa: E501
"""Name pools of held-out CY (issue 15): names as the population has them, by origin and weight.

Swedish given names and surnames in the order of SCB's name statistics (written from general
knowledge; weight 1/rank; the head is the top 150, the tail rarer names past them); the US Census
1990 lists (public domain, copied from the `names` package's `dist.female.first`,
`dist.male.first` and `dist.all.last`: the census per cent is the weight, head 150); UK given
names and surnames in the order of the ONS rankings (1/rank); Irish names in the order of the
CSO's lists (1/rank); and the commonest given names and surnames of origins common in Sweden
(1/rank, head 10). No name was checked against anything in the repository: none is left out
for being known or unknown. Python data; the generator draws from it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from a list's head with this probability, else its tail


@dataclass(frozen=True)
class Pool:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int  # the first `head` names are the head of the list


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def ranked(names: tuple[str, ...], head: int) -> Pool:
    """A list in rank order, weighted 1/rank."""
    return Pool(names, tuple(1 / rank for rank in range(1, len(names) + 1)), min(head, len(names)))


def census(rows: tuple[tuple[str, float], ...], head: int) -> Pool:
    """A census list with its per cent as the weight."""
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


_PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "İ": "I", "ß": "ss", "ø": "o", "æ": "ae"}
)


def plain(word: str) -> str:
    """The word typed without its letters: `Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_PLAIN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# The US Census 1990 (public domain): the per cent of people carrying the name is its weight.
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

# Sweden: SCB's ranks (carriers of the name), head the top 150, the tail the rarer names past them.
SV_F = (
    "Maria", "Elisabeth", "Anna", "Kristina", "Margareta", "Eva", "Linnéa", "Karin", "Birgitta", "Marie",
    "Ingrid", "Sofia", "Christina", "Elin", "Emma", "Sara", "Ida", "Helena", "Johanna", "Kerstin",
    "Julia", "Louise", "Malin", "Hanna", "Lena", "Katarina", "Amanda", "Viktoria", "Ulla", "Annika",
    "Linda", "Inger", "Jenny", "Susanne", "Monica", "Alice", "Maja", "Elsa", "Ebba", "Gunilla",
    "Matilda", "Åsa", "Camilla", "Lisa", "Caroline", "Josefin", "Frida", "Charlotte", "Wilma", "Anneli",
    "Agneta", "Ann", "Ellen", "Therese", "Alexandra", "Lovisa", "Ingegerd", "Siv", "Astrid", "Cecilia",
    "Barbro", "Ulrika", "Emelie", "Anette", "Madeleine", "Marianne", "Sofie", "Jessica", "Felicia", "Olivia",
    "Klara", "Ella", "Marita", "Irene", "Gun", "Britt", "Emilia", "Agnes", "Gunnel", "Ingela",
    "Carina", "Sandra", "Ingeborg", "Elisabet", "Stina", "Mikaela", "Pia", "Saga", "Moa", "Linn",
    "Rebecka", "Nora", "Alva", "Signe", "Ester", "Charlotta", "Vera", "Isabelle", "Inga", "Petra",
    "Yvonne", "Mona", "Solveig", "Lina", "Ylva", "Tove", "Gunvor", "Sonja", "Cornelia", "Märta",
    "Birgit", "Ronja", "Ellinor", "Evelina", "Erika", "Tilda", "Elvira", "Greta", "Nathalie", "Tina",
    "Margit", "Helen", "Sanna", "Annelie", "Jennifer", "Britta", "Edith", "Elina", "Gerd", "Ann-Marie",
    "Lilly", "Tindra", "Isabella", "Hedvig", "Kajsa", "Ann-Christin", "Anna-Karin", "Ann-Charlotte", "Maj", "Berit",
    "Rut", "Gabriella", "Jeanette", "Emmy", "Josefine", "Nellie", "Elise", "Sigrid", "Hilda", "Liv",
    "Ann-Sofie", "Eva-Lena", "Lillemor", "Majken", "Gunhild", "Elsy", "Svea", "Dagmar", "Ruth", "Vanja",
    "Aina", "Alfhild", "Alida", "Alma", "Amelia", "Angelica", "Anja", "Annie", "Ariana", "Asta",
    "Aurora", "Beata", "Bella", "Bodil", "Boel", "Cajsa", "Carin", "Catharina", "Christel", "Clara",
    "Dagny", "Daniela", "Denise", "Doris", "Edla", "Eira", "Elma", "Elna", "Elvy", "Embla",
    "Estelle", "Evy", "Fanny", "Filippa", "Freja", "Gudrun", "Gull-Britt", "Gunborg", "Harriet", "Hedda",
    "Helga", "Henrietta", "Hillevi", "Idun", "Ines", "Iris", "Irma", "Jannike", "Joline", "Judit",
    "Juni", "Kaisa", "Karolina", "Katja", "Kristin", "Laila", "Lea", "Lilian", "Livia", "Lotten",
    "Lykke", "Magdalena", "Majvor", "Malva", "Margaretha", "Maud", "Meja", "Melissa", "Melina", "Minna",
    "Mira", "Miranda", "My", "Nina", "Nova", "Ottilia", "Paula", "Pernilla", "Ragnhild", "Rakel",
    "Rosa", "Rosita", "Selma", "Silvia", "Siri", "Stella", "Tekla", "Thea", "Tyra", "Ulla-Britt",
    "Vendela", "Viola", "Vilma", "Wilhelmina", "Yvette", "Ellie", "Nelly", "Molly", "Lova", "Mila",
    "Alicia", "Tuva", "Hilma", "Lisbeth", "Lisbet", "Ingalill", "Inga-Lill", "Mari", "Mia", "Monika",
    "Nanna", "Natalie", "Olga", "Oona", "Rigmor", "Sofi", "Susann", "Sylvia", "Tora", "Torun",
    "Ulrica", "Valborg", "Vivi", "Vivianne", "Yasmin", "Zara", "Åse", "Annette", "Camille", "Carola",
    "Cathrine", "Desirée", "Eleonora", "Elinor", "Elisa", "Emmeli", "Evelyn", "Fredrika", "Gertrud", "Hjördis",
    "Ingegärd", "Inez", "Isa", "Janina", "Jasmine", "Jill", "Jonna", "Katrin", "Kim", "Lejla",
    "Leila", "Lilja", "Linnea", "Lisen", "Lucia", "Madelene", "Maj-Britt", "Maj-Lis", "Majlis", "Malou",
    "Marika", "Marina", "Marlene", "Mirjam", "Märit", "Nadja", "Patricia", "Paulina", "Rebecca", "Regina",
    "Sabina", "Sally", "Stephanie", "Sunniva", "Tanja", "Tea", "Teresia", "Thyra", "Unni", "Vilhelmina",
    "Aino", "Amalia", "Ann-Louise", "Ann-Kristin", "Anna-Lena", "Anna-Maria", "Antonia", "Britt-Marie", "Carita", "Disa",
    "Elly", "Flora", "Gisela", "Jenna", "Kristel", "Lena-Maria", "Marie-Louise", "Mimmi", "Nicole",
)  # fmt: skip
SV_M = (
    "Lars", "Karl", "Erik", "Anders", "Per", "Johan", "Mikael", "Nils", "Jan", "Lennart",
    "Hans", "Olof", "Gunnar", "Peter", "Sven", "Carl", "Fredrik", "Bengt", "Daniel", "Gustav",
    "Magnus", "Alexander", "Stefan", "Göran", "Åke", "Bo", "Thomas", "Leif", "Jonas", "Ulf",
    "Bertil", "Andreas", "Martin", "Mats", "Axel", "Björn", "Henrik", "Christer", "Arne", "Stig",
    "Roland", "Kjell", "Rolf", "Tommy", "Oskar", "Ingvar", "Håkan", "Marcus", "Mattias", "Patrik",
    "Christoffer", "Emil", "Sebastian", "Niklas", "Joakim", "Viktor", "Anton", "Simon", "Robert", "David",
    "Kent", "Filip", "Jonathan", "Rickard", "Claes", "Kurt", "Gösta", "William", "Oscar", "Ove",
    "Roger", "Tobias", "Jakob", "Lucas", "Elias", "Hugo", "Linus", "Rune", "Robin", "Adam",
    "Kenneth", "Dan", "Torbjörn", "Lars-Erik", "Vilhelm", "Ingemar", "Jörgen", "Emanuel", "Gabriel", "Isak",
    "Alf", "Sten", "Allan", "Jesper", "Ronny", "Sune", "Holger", "Rasmus", "Albin", "Josef",
    "Adrian", "Edvin", "Theo", "Harald", "Benjamin", "Jimmy", "Samuel", "Liam", "Noah", "Mohammed",
    "Ali", "Ludvig", "Arvid", "Kristian", "Pontus", "Tage", "Evert", "Birger", "Hampus", "Max",
    "Love", "Melvin", "Valter", "Wilhelm", "Henry", "Vincent", "Elliot", "Alvin", "Kristoffer", "Karl-Erik",
    "Jan-Erik", "Per-Olof", "Sören", "Conny", "Lage", "Ola", "Tony", "Dennis", "Mathias", "Markus",
    "Pär", "Tomas", "Morgan", "Urban", "Kjell-Åke", "Torsten", "Erling", "Folke", "Vidar",
    "Ahmed", "Ebbe", "Egon", "Einar", "Elis", "Enar", "Eskil", "Frans", "Fritiof", "Greger",
    "Gideon", "Gottfrid", "Gunder", "Halvar", "Helmer", "Herman", "Hilding", "Hjalmar", "Inge",
    "Ivar", "Jarl", "Joel", "John", "Julius", "Kasper", "Kevin", "Knut", "Konrad", "Krister",
    "Leo", "Loke", "Lukas", "Malte", "Manfred", "Matti", "Mauritz", "Milton", "Måns",
    "Natanael", "Nicklas", "Nikolaj", "Ossian", "Otto", "Paul", "Petter", "Ragnar", "Reine", "Reinhold",
    "Rikard", "Roine", "Rudolf", "Sixten", "Staffan", "Sture", "Svante", "Sölve", "Teodor", "Tim",
    "Tor", "Ture", "Uno", "Valdemar", "Vide", "Vilgot", "Wiktor", "Yngve", "Åsmund", "Östen",
    "Alfons", "Algot", "Anselm", "Aron", "Artur", "Assar", "August", "Bror", "Casper",
    "Charlie", "Curt", "Didrik", "Douglas", "Edgar", "Edward", "Eilert", "Eino", "Elof", "Eric",
    "Evald", "Fabian", "Felix", "Gerhard", "Gert", "Glenn", "Gregor", "Gustaf", "Harry", "Helge",
    "Henning", "Hilmer", "Ingolf", "Isidor", "Ivan", "Jack", "Janne", "Jens", "Jerker", "Jim",
    "Joachim", "Jon", "Jonny", "Kalle", "Karl-Johan", "Klas", "Leonard", "Levi",
    "Mikkel", "Mio", "Nelson", "Niclas", "Nils-Erik", "Olle", "Oliver", "Per-Erik",
    "Ragnvald", "Rolf-Göran", "Ruben", "Sam", "Sigge", "Sigvard", "Stellan", "Sven-Erik", "Sven-Olof", "Teddy",
    "Thor", "Tord", "Torgny", "Torkel", "Ulrik", "Verner", "Viggo", "Walter", "Waldemar",
    "Albert", "Alrik", "Arnold", "Bernt", "Birk", "Boris", "Bruno", "Börje", "Carl-Johan", "Christian",
    "Dag", "Elov", "Emrik", "Erland", "Ernst", "Esbjörn", "Fred", "Georg", "Hadar", "Hannes",
    "Ingmar", "Jan-Olof", "Jan-Åke", "Joar", "Josua", "Kennet", "Kristofer", "Lars-Göran", "Lars-Olof", "Leopold",
    "Lorentz", "Marius", "Melker", "Mårten", "Noel", "Odd", "Olov", "Orvar", "Patric", "Per-Anders",
    "Rustan", "Seth", "Sigfrid", "Sivert", "Stanley", "Sten-Åke", "Tommie", "Tore", "Torvald", "Vilmer",
    "Zakarias", "Örjan", "Ellis", "Isac", "Jacob", "Jesse", "Jonatan", "Kjell-Arne", "Lars-Åke", "Matteus",
    "Nathan", "Neo", "Nils-Olof", "Per-Åke", "Sakarias", "Sven-Åke", "Torleif", "Valentin", "Bengt-Göran", "Hans-Erik",
)  # fmt: skip
SV_S = (
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson",
    "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Olofsson",
    "Lindström", "Lindqvist", "Lindgren", "Axelsson", "Berg", "Bergström", "Lundberg", "Lind", "Lundgren", "Lundqvist",
    "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg", "Ali", "Wallin", "Mohammed",
    "Engström", "Eklund", "Danielsson", "Lundin", "Håkansson", "Björk", "Bergman", "Gunnarsson", "Holm", "Wikström",
    "Samuelsson", "Isaksson", "Fransson", "Bergqvist", "Nyström", "Holmberg", "Arvidsson", "Löfgren", "Söderberg", "Nyberg",
    "Blomqvist", "Claesson", "Nordström", "Ahmed", "Mårtensson", "Lundström", "Hassan", "Viklund", "Björklund", "Eliasson",
    "Pålsson", "Berggren", "Sandström", "Lund", "Nordin", "Ström", "Åberg", "Falk", "Ekström", "Hermansson",
    "Holmgren", "Hellström", "Dahlberg", "Hedlund", "Sundberg", "Sjögren", "Ek", "Blom", "Abrahamsson", "Martinsson",
    "Öberg", "Andreasson", "Strömberg", "Månsson", "Hansen", "Åkesson", "Dahl", "Lindholm", "Norberg", "Holmqvist",
    "Jonasson", "Sundström", "Hedberg", "Nylund", "Mohamed", "Strand", "Sundqvist", "Ivarsson", "Lindblom", "Nordqvist",
    "Sjöström", "Backman", "Lindahl", "Söderström", "Östlund", "Ekman", "Holmström", "Bergkvist", "Nyman", "Sundin",
    "Engberg", "Lindell", "Hedman", "Dahlgren", "Forslund", "Björkman", "Malmberg", "Hussein", "Omar", "Ibrahim",
    "Åström", "Gustavsson", "Karlström", "Lindkvist", "Blomberg", "Sjölund", "Göransson", "Olausson", "Ahlberg", "Nordlund",
    "Wahlström", "Sandell", "Forsman", "Edlund", "Ahlström", "Ekberg", "Hägglund", "Bäckström", "Rosén", "Lindén",
    "Adolfsson", "Ahlgren", "Ahlin", "Alfredsson", "Almgren", "Aronsson", "Asplund", "Augustsson", "Backlund", "Berglöf",
    "Bergendahl", "Blomgren", "Boman", "Borg", "Boström", "Brandt", "Brink", "Broberg", "Brodin", "Bylund",
    "Carlberg", "Carlsson", "Cederberg", "Dahlin", "Dahlström", "Edberg", "Edström", "Ekdahl", "Ekholm", "Eklöf",
    "Ekvall", "Elfving", "Englund", "Enström", "Fagerlund", "Falck", "Fors", "Forsgren", "Frisk", "Fröberg",
    "Grahn", "Granberg", "Granlund", "Granström", "Grönberg", "Grönlund", "Gullberg", "Hagberg", "Hagman", "Hallberg",
    "Hallgren", "Hammar", "Hedin", "Hedström", "Hellberg", "Hellgren", "Hellman", "Helin", "Hjalmarsson", "Hjort",
    "Holgersson", "Holmlund", "Hägg", "Höglund", "Jernberg", "Johnsson", "Kjellberg", "Klint", "Krantz", "Kvist",
    "Lagerqvist", "Landin", "Liljegren", "Lilja", "Lindbom", "Linde", "Linder", "Lindmark", "Ljung", "Ljungberg",
    "Ljunggren", "Lundh", "Lundmark", "Lönn", "Lövgren", "Malm", "Malmström", "Melin", "Modig", "Molin",
    "Mörk", "Nord", "Nordgren", "Nordén", "Norén", "Norling", "Nyqvist", "Nordkvist", "Olander", "Palm",
    "Palmqvist", "Pihl", "Rask", "Rehn", "Ring", "Risberg", "Rosenberg", "Rydberg", "Rydén", "Sahlin",
    "Sandin", "Selin", "Sjödin", "Sjöholm", "Skog", "Sköld", "Stenberg", "Stenström", "Strömqvist", "Sundell",
    "Svärd", "Söderlund", "Thorén", "Törnqvist", "Unger", "Wahlberg", "Wennberg", "Westberg", "Westerlund", "Westin",
    "Wiberg", "Wikberg", "Wikman", "Zetterqvist", "Ågren", "Åhman", "Åkerlund", "Ödman", "Öhman", "Östberg",
    "Nguyen", "Khalil", "Abdi", "Osman", "Hosseini", "Haddad", "Jama", "Yousef", "Yilmaz", "Rahimi",
    "Kaya", "Saleh", "Jafari", "Salem", "Mahmoud", "Abdullah", "Karimi", "Ahmadi", "Mohammadi", "Demir",
    "Leijonhufvud", "af Geijerstam", "von Rosen", "Stiernstedt", "Bonde", "Posse", "Sparre", "Oxenstierna", "von Schwerin", "Ehrensvärd",
    "Alm", "Almqvist", "Bergfors", "Burman", "Dalin", "Engdahl", "Friberg", "Frölich", "Grip", "Hultgren",
    "Hultman", "Häggström", "Isberg", "Jern", "Kallin", "Kronberg", "Kåberg", "Lejon", "Lidén", "Lindroos",
    "Lund-Persson", "Löwenborg", "Mellberg", "Nordahl", "Nordebäck", "Rapp", "Rönnqvist", "Sandgren", "Silfver", "Stål",
    "Sundgren", "Swahn", "Thelin", "Tjäder", "Uhlin", "Vikström", "Wennerström", "Wester", "Ytterberg", "Zackrisson",
)  # fmt: skip

# The UK: ONS rank order (given names as adults and children carry them today), 1/rank.
UK_F = (
    "Sarah", "Emma", "Claire", "Laura", "Rebecca", "Gemma", "Emily", "Lisa", "Jessica", "Hannah",
    "Charlotte", "Amy", "Nicola", "Rachel", "Lucy", "Samantha", "Sophie", "Katie", "Karen", "Helen",
    "Louise", "Michelle", "Victoria", "Jennifer", "Elizabeth", "Joanne", "Kelly", "Julie", "Susan", "Amanda",
    "Natalie", "Zoe", "Stephanie", "Jade", "Olivia", "Amelia", "Chloe", "Lauren", "Megan", "Ellie",
    "Jodie", "Kirsty", "Kerry", "Leanne", "Hayley", "Donna", "Tracey", "Deborah", "Angela", "Jacqueline",
    "Margaret", "Patricia", "Linda", "Catherine", "Alison", "Jane", "Caroline", "Dawn", "Sharon", "Wendy",
    "Joanna", "Fiona", "Anna", "Grace", "Isla", "Ava", "Mia", "Ivy", "Lily", "Isabella",
    "Rosie", "Freya", "Florence", "Poppy", "Evie", "Elsie", "Evelyn", "Sienna", "Daisy", "Phoebe",
    "Alice", "Matilda", "Ruby", "Millie", "Maisie", "Holly", "Abigail", "Georgia", "Eleanor", "Bethany",
    "Danielle", "Kayleigh", "Stacey", "Paula", "Jenny", "Tina", "Gillian", "Lesley", "Sandra", "Julia",
    "Carol", "Pauline", "Christine", "Maureen", "Janet", "Brenda", "Sheila", "Jean", "Joan", "Barbara",
    "Eileen", "Irene", "Valerie", "Elaine", "Diane", "Beverley", "Yvonne", "Lorraine", "Heather", "Sally",
    "Ruth", "Jill", "Frances", "Katherine", "Kate", "Harriet", "Imogen", "Eloise", "Niamh", "Siobhan",
    "Shannon", "Courtney", "Jasmine", "Naomi", "Leah", "Keeley", "Caitlin", "Erin", "Molly", "Scarlett",
    "Hollie", "Libby", "Lola", "Esme", "Layla", "Aisha", "Fatima", "Amina", "Priya", "Sian",
    "Bronwen", "Rhiannon", "Cerys", "Ffion", "Morag", "Mhairi", "Eilidh", "Ailsa", "Aimee", "Alexandra",
    "Annabel", "Antonia", "Beth", "Bryony", "Carly", "Cassie", "Charlene", "Chantelle", "Cheryl", "Clare",
    "Debra", "Denise", "Dionne", "Elena", "Felicity", "Gail", "Georgina", "Gwen", "Hazel", "Hermione",
    "Ingrid", "Jayne", "Josephine", "Karina", "Kimberley", "Lindsay", "Lynne", "Mandy", "Marion", "Melanie",
    "Nadia", "Nia", "Pamela", "Penelope", "Philippa", "Rosemary", "Rowena", "Samira", "Sasha", "Shauna",
    "Shirley", "Sonia", "Tamsin", "Tanya", "Tara", "Teresa", "Toni", "Vanessa", "Vicky", "Yasmin",
    "Zara", "Bernadette", "Cressida", "Davina", "Esther", "Harpreet", "Jasleen", "Keira", "Lacey", "Tegan",
)  # fmt: skip
UK_M = (
    "David", "John", "Paul", "Michael", "Andrew", "James", "Mark", "Richard", "Daniel", "Christopher",
    "Matthew", "Thomas", "Robert", "Stephen", "Peter", "Ian", "Steven", "Adam", "Jonathan", "Simon",
    "Anthony", "Gary", "Lee", "Kevin", "Martin", "Darren", "Craig", "Neil", "Jason", "Wayne",
    "Stuart", "Alan", "Graham", "Philip", "Colin", "Keith", "Brian", "Kenneth", "Geoffrey", "Barry",
    "Nigel", "Dean", "Carl", "Shaun", "Ryan", "Luke", "Jack", "Oliver", "Harry", "George",
    "Charlie", "Joshua", "William", "Samuel", "Joseph", "Benjamin", "Liam", "Jamie", "Alexander", "Edward",
    "Nathan", "Scott", "Callum", "Connor", "Jordan", "Kieran", "Aaron", "Ben", "Sam", "Tom",
    "Noah", "Arthur", "Leo", "Muhammad", "Oscar", "Freddie", "Archie", "Theo", "Henry", "Jacob",
    "Alfie", "Finley", "Theodore", "Jude", "Tommy", "Reggie", "Albie", "Ronnie", "Louis", "Elliot",
    "Toby", "Max", "Dylan", "Tyler", "Lewis", "Ross", "Gareth", "Rhys", "Owen", "Dafydd",
    "Hamish", "Angus", "Fraser", "Euan", "Duncan", "Malcolm", "Douglas", "Gordon", "Roger", "Terry",
    "Trevor", "Derek", "Raymond", "Ronald", "Frank", "Dennis", "Roy", "Leslie", "Norman", "Stanley",
    "Adrian", "Alistair", "Barnaby", "Bradley", "Cameron", "Clive", "Damian", "Dominic", "Elijah",
    "Ethan", "Felix", "Francis", "Gavin", "Glen", "Gregory", "Hugh", "Hugo", "Isaac", "Ivan",
    "Jake", "Jay", "Jeremy", "Joel", "Julian", "Karl", "Kyle", "Lawrence", "Leon", "Marcus",
    "Miles", "Mohammed", "Nathaniel", "Nicholas", "Niall", "Patrick", "Phil", "Reece", "Robin", "Rory",
    "Rupert", "Russell", "Sean", "Sebastian", "Spencer", "Tariq", "Timothy", "Tobias", "Victor", "Vincent",
    "Warren", "Zak", "Ahmed", "Aled", "Arjun", "Bilal", "Bryn", "Ciaran", "Conrad", "Darius",
    "Declan", "Desmond", "Emlyn", "Ewan", "Gethin", "Gurpreet", "Harvey", "Imran", "Ivor", "Jasper",
    "Kai", "Kofi", "Lloyd", "Lyndon", "Mason", "Morgan", "Nasir", "Ollie", "Percy", "Rajesh",
    "Rowan", "Rufus", "Sanjay", "Selwyn", "Travis", "Vernon", "Wilfred", "Winston", "Zachary",
)  # fmt: skip
UK_S = (
    "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson",
    "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall",
    "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill",
    "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen",
    "James", "Scott", "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths",
    "Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy",
    "Miller", "Cox", "Richards", "Khan", "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Singh",
    "Begum", "Wilkinson", "Foster", "Chapman", "Powell", "Webb", "Rogers", "Gray", "Mason", "Ali",
    "Hunt", "Hussain", "Campbell", "Matthews", "Owen", "Palmer", "Holmes", "Mills", "Barnes", "Knight",
    "Lloyd", "Butler", "Russell", "Barker", "Fisher", "Stevens", "Jenkins", "Murray", "Dixon", "Harvey",
    "Graham", "Pearson", "Ahmed", "Fletcher", "Walsh", "Kaur", "Gibson", "Howard", "Andrews", "Stewart",
    "Elliott", "Reynolds", "Saunders", "Payne", "Fox", "Ford", "Pearce", "Day", "Brooks", "West",
    "Lawrence", "Cole", "Atkinson", "Bradley", "Spencer", "Gill", "Dawson", "Ball", "Burton", "O'Brien",
    "Watts", "Rose", "Booth", "Perry", "Ryan", "Grant", "Wells", "Armstrong", "Francis", "Rees",
    "Hayes", "Hart", "Hudson", "Newman", "Barrett", "Webster", "Hunter", "Gregory", "Carr", "Lowe",
    "Page", "Marsh", "Riley", "Dunn", "Woods", "Parsons", "Berry", "Stone", "Reid", "Holland",
    "Hawkins", "Harding", "Porter", "Robertson", "Newton", "Oliver", "Reed", "Kennedy", "Williamson", "Bird",
    "Gardner", "Shah", "Dean", "Lane", "Cooke", "Bates", "Henderson", "Parry", "Burgess", "Bishop",
    "Walton", "Burns", "Nicholson", "Shepherd", "Ross", "Cross", "Long", "Freeman", "Warren", "Nicholls",
    "Hamilton", "Byrne", "Sutton", "McDonald", "Yates", "Hodgson", "Robson", "Curtis", "Hopkins", "O'Connor",
    "Harper", "Coleman", "Watkins", "Moss", "McCarthy", "Chambers", "O'Neill", "Griffin", "Sharp", "Hardy",
    "Wheeler", "Potter", "Osborne", "Johnston", "Gordon", "Doyle", "Wallace", "George", "Jordan", "Hutchinson",
    "Reeves", "Lamb", "Quinn", "Mann", "Hammond", "Fraser", "Douglas", "Lynch", "Pritchard", "Cunningham",
    "Boyle", "Norris", "Rowe", "Hope", "Conway", "Kirby", "Bull", "Sims", "Goodwin", "Kemp",
    "Lord", "Sheppard", "Slater", "Brennan", "Stevenson", "Jarvis", "Barber", "Norton", "Howell", "Mistry",
    "Akhtar", "Chowdhury", "Rahman", "Iqbal", "Mahmood", "Okafor", "Adeyemi", "Mensah", "Nowak", "Kowalski",
    "Ashworth", "Bamford", "Blackwell", "Bradshaw", "Cartwright", "Crowther", "Fairclough", "Greenwood", "Hargreaves", "Haworth",
    "Ingram", "Kershaw", "Lockwood", "Mellor", "Oldroyd", "Pickering", "Ramsbottom", "Sutcliffe", "Thornton", "Whitworth",
    "Llewellyn", "Pugh", "Vaughan", "Bevan", "Prosser", "MacLeod", "Mackenzie", "Sinclair", "Cameron", "Dunbar",
)  # fmt: skip

# Ireland: the CSO's commonest surnames and given names, in their order, 1/rank.
IE_F = (
    "Mary", "Emily", "Grace", "Sarah", "Aoife", "Ciara", "Niamh", "Anne", "Catherine", "Margaret",
    "Siobhán", "Sinéad", "Róisín", "Orla", "Caoimhe", "Saoirse", "Fiadh", "Sophie", "Hannah", "Clodagh",
    "Áine", "Gráinne", "Deirdre", "Bríd", "Máire", "Aisling", "Eimear", "Sorcha", "Nuala", "Maeve",
    "Mairéad", "Orlaith", "Fionnuala", "Muireann", "Éabha", "Ailbhe", "Clíona", "Emer", "Nora", "Bridget",
    "Kathleen", "Eileen", "Una", "Ita", "Ann-Marie", "Trish", "Majella", "Dearbhla", "Síle", "Roisin",
)  # fmt: skip
IE_M = (
    "John", "Michael", "Patrick", "Seán", "James", "Conor", "Daniel", "Jack", "David", "Thomas",
    "Cian", "Darragh", "Oisín", "Fionn", "Liam", "Eoin", "Niall", "Ciarán", "Declan", "Brendan",
    "Donal", "Colm", "Pádraig", "Shane", "Kevin", "Brian", "Dermot", "Eamon", "Fergal", "Ronan",
    "Cathal", "Tadhg", "Diarmuid", "Killian", "Rory", "Aidan", "Gearóid", "Séamus", "Enda", "Fintan",
    "Mícheál", "Tomás", "Cormac", "Odhrán", "Peadar", "Ruairí", "Lorcan", "Barry", "Gerard", "Noel",
)  # fmt: skip
IE_S = (
    "Murphy", "Kelly", "O'Sullivan", "Walsh", "Smith", "O'Brien", "Byrne", "Ryan", "O'Connor", "O'Neill",
    "O'Reilly", "Doyle", "McCarthy", "Gallagher", "O'Doherty", "Kennedy", "Lynch", "Murray", "Quinn", "Moore",
    "McLoughlin", "O'Carroll", "Connolly", "Daly", "O'Connell", "Wilson", "Dunne", "Brennan", "Burke", "Collins",
    "Campbell", "Clarke", "Johnston", "Hughes", "O'Farrell", "Fitzgerald", "Brown", "Martin", "Maguire", "Nolan",
    "Flynn", "Thompson", "O'Callaghan", "O'Donnell", "Duffy", "O'Mahony", "Boyle", "Healy", "O'Shea", "White",
    "Sweeney", "Hayes", "Kavanagh", "Power", "McGrath", "Moran", "Brady", "Casey", "Foley", "Fitzpatrick",
    "O'Leary", "McDonnell", "McMahon", "Donnelly", "Regan", "Donovan", "Flanagan", "Barry", "Kenny", "Sheehan",
    "Whelan", "Lyons", "Cullen", "Keane", "Maher", "McKenna", "Hogan", "O'Keeffe", "McNamara", "Moloney",
    "O'Rourke", "Buckley", "O'Dwyer", "Tierney", "Coughlan", "Lenihan", "Mulligan", "Costello", "Dolan",
)  # fmt: skip

# Origins common in Sweden: the commonest given names and surnames, 1/rank, head 10.
FI_F = ("Anneli", "Tuula", "Ritva", "Marjatta", "Pirjo", "Sirpa", "Leena", "Päivi", "Anne", "Tiina", "Kaarina", "Hannele", "Riitta", "Sari", "Eija", "Johanna", "Maarit", "Tarja", "Marja", "Liisa", "Satu", "Minna", "Aino", "Sanna", "Merja", "Raija", "Seija", "Outi", "Jaana", "Kirsi")  # fmt: skip
FI_M = ("Juha", "Timo", "Matti", "Kari", "Mikko", "Jari", "Antti", "Jukka", "Mika", "Markku", "Pekka", "Hannu", "Heikki", "Seppo", "Janne", "Ari", "Sami", "Petri", "Ville", "Pentti", "Tapio", "Esa", "Kalevi", "Veikko", "Jouko", "Raimo", "Erkki", "Tuomas", "Jarmo", "Pertti")  # fmt: skip
FI_S = ("Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen", "Hiltunen", "Kettunen", "Huttunen", "Seppälä", "Leinonen")  # fmt: skip
# Iraq and Syria, with Assyrian/Syriac names (Södertälje's `Lahdo`, `Danho`, `Gabriel`, `Ishak`).
AR_F = ("Fatima", "Maryam", "Zainab", "Nour", "Sara", "Aisha", "Rania", "Hiba", "Layla", "Amal", "Huda", "Rasha", "Dalia", "Yasmin", "Hanan", "Samira", "Reem", "Lina", "Iman", "Asma", "Rima", "Dunia", "Shamiram", "Ninwa", "Nahrain", "Ramina", "Sabrina", "Marta", "Souad", "Ghada")  # fmt: skip
AR_M = ("Mohammed", "Ahmed", "Ali", "Omar", "Hassan", "Hussein", "Ibrahim", "Mustafa", "Khaled", "Youssef", "Mahmoud", "Abdullah", "Karim", "Samir", "Tariq", "Bashar", "Ammar", "Ziad", "Firas", "Hamza", "Bilal", "Ninos", "Sargon", "Ashur", "Afram", "Yaqub", "Ilyas", "Hanna", "Gabriel", "Saad", "Haydar", "Muhannad")  # fmt: skip
AR_S = ("Ali", "Mohammed", "Hassan", "Ahmed", "Hussein", "Ibrahim", "Abdullah", "Khalil", "Saleh", "Mahmoud", "Yousef", "Haddad", "Jaber", "Nasser", "Al-Hassan", "Al-Tamimi", "Al-Jubouri", "Karim", "Aziz", "Rashid", "Lahdo", "Danho", "Gabriel", "Ishak", "Barsoum", "Shamoun", "Malke", "Yacoub", "Makdessi", "Ablahad", "Gorgis", "Aho", "Al-Obaidi", "Al-Khafaji", "Hamoud")  # fmt: skip
SO_F = ("Fadumo", "Hodan", "Amina", "Khadra", "Sahra", "Ayan", "Hawa", "Asha", "Halima", "Idil", "Nasra", "Ifrah", "Ubah", "Hibo", "Fartun", "Muna", "Samsam", "Deeqa", "Sagal", "Maryan", "Hamdi", "Ilhan", "Ruqia", "Filsan")  # fmt: skip
SO_M = ("Abdi", "Mohamed", "Ahmed", "Abdirahman", "Abdullahi", "Hassan", "Ali", "Omar", "Yusuf", "Ismail", "Mahad", "Abdiaziz", "Liban", "Farah", "Said", "Bashir", "Guled", "Mustafe", "Khalid", "Jama", "Abdikarim", "Hamza", "Mukhtar", "Sakariye")  # fmt: skip
SO_S = ("Mohamed", "Abdi", "Ali", "Hassan", "Ahmed", "Omar", "Yusuf", "Farah", "Warsame", "Jama", "Osman", "Hussein", "Abdullahi", "Ismail", "Aden", "Nur", "Egal", "Dahir", "Hirsi", "Guled", "Mohamud", "Elmi", "Samatar", "Duale", "Shire")  # fmt: skip
# Poland: the masculine surname; `feminine` makes `-ska`/`-cka` of it for a woman.
PL_F = ("Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna", "Elżbieta", "Magdalena", "Joanna", "Zofia", "Aleksandra", "Monika", "Teresa", "Danuta", "Natalia", "Karolina", "Marta", "Beata", "Dorota", "Halina", "Jadwiga", "Irena", "Justyna", "Grażyna", "Urszula", "Iwona")  # fmt: skip
PL_M = ("Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Jan", "Michał", "Marcin", "Stanisław", "Jakub", "Adam", "Marek", "Łukasz", "Grzegorz", "Mateusz", "Wojciech", "Mariusz", "Dariusz", "Zbigniew", "Jerzy", "Maciej", "Rafał", "Robert", "Kamil", "Józef", "Sławomir", "Przemysław", "Bartosz")  # fmt: skip
PL_S = ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Kwiatkowski", "Wojciechowski", "Krawczyk", "Kaczmarek", "Piotrowski", "Grabowski", "Zając", "Pawłowski", "Michalski", "Król", "Wieczorek", "Nowakowski", "Wróbel", "Jabłoński", "Majewski", "Olszewski", "Stępień", "Malinowski", "Jaworski", "Adamczyk", "Dudek", "Nowicki", "Pawlak", "Górski", "Witkowski", "Walczak", "Sadowski", "Zawadzki", "Wysocki")  # fmt: skip
FA_F = ("Maryam", "Fatemeh", "Zahra", "Shirin", "Parisa", "Leila", "Nasrin", "Mina", "Roya", "Azadeh", "Samira", "Sara", "Neda", "Mahsa", "Niloofar", "Golnaz", "Shabnam", "Fariba", "Elham", "Parvin", "Mitra", "Soheila", "Ladan", "Negar", "Yasaman")  # fmt: skip
FA_M = ("Mohammad", "Ali", "Reza", "Hossein", "Mehdi", "Amir", "Hamid", "Saeed", "Majid", "Behzad", "Farhad", "Davood", "Babak", "Kaveh", "Arash", "Dariush", "Mehran", "Omid", "Payam", "Kourosh", "Shahram", "Hamed", "Navid", "Ramin", "Bijan")  # fmt: skip
FA_S = ("Hosseini", "Mohammadi", "Ahmadi", "Rezaei", "Moradi", "Karimi", "Jafari", "Rahimi", "Hashemi", "Mousavi", "Ghorbani", "Sadeghi", "Kazemi", "Heidari", "Rostami", "Azizi", "Nazari", "Ebrahimi", "Amini", "Bagheri", "Shirazi", "Tehrani", "Sharifi", "Akbari", "Farahani", "Najafi", "Soltani")  # fmt: skip
# Bosnia, Serbia, Croatia.
BCS_F = ("Amra", "Emina", "Lejla", "Selma", "Jasmina", "Ana", "Marija", "Ivana", "Jelena", "Mirela", "Azra", "Sanela", "Edina", "Maja", "Dragana", "Snežana", "Mirjana", "Vesna", "Nermina", "Aida", "Merima", "Senada", "Alma", "Elma", "Dženana", "Nataša", "Gordana", "Ljiljana")  # fmt: skip
BCS_M = ("Amir", "Edin", "Adnan", "Mirza", "Emir", "Haris", "Nermin", "Senad", "Dragan", "Zoran", "Goran", "Milan", "Nikola", "Marko", "Ivan", "Stefan", "Mladen", "Damir", "Dženan", "Jasmin", "Alen", "Kenan", "Elvir", "Muhamed", "Samir", "Dejan", "Slobodan", "Željko", "Zlatan")  # fmt: skip
BCS_S = ("Hodžić", "Hadžić", "Kovačević", "Delić", "Begić", "Mehmedović", "Hasanović", "Husić", "Ibrahimović", "Šehić", "Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Popović", "Horvat", "Kovačić", "Babić", "Marić", "Jurić", "Knežević", "Vuković", "Karić", "Suljić", "Mujić", "Alić", "Omerović", "Halilović", "Avdić", "Bećirović", "Čolić")  # fmt: skip
TR_F = ("Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Şerife", "Zehra", "Sultan", "Hülya", "Özlem", "Esra", "Derya", "Gül", "Sevgi", "Leyla", "Melek", "Büşra", "Merve", "Ebru", "Gülşen", "Nurten", "Yasemin", "Dilek")  # fmt: skip
TR_M = ("Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Osman", "Yusuf", "Murat", "Ömer", "Ramazan", "Halil", "Süleyman", "Abdullah", "Mahmut", "Recep", "Kemal", "Emre", "Burak", "Serkan", "Erkan", "Cem", "Volkan")  # fmt: skip
TR_S = ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Polat", "Korkmaz", "Erdoğan", "Güneş", "Acar", "Aksoy", "Tekin", "Yavuz", "Ateş", "Bulut")  # fmt: skip
# Eritrea: the father's given name serves as the surname.
ER_F = ("Helen", "Senait", "Selam", "Saba", "Mebrat", "Tsega", "Hiwet", "Yordanos", "Semhar", "Luwam", "Rahel", "Feven", "Winta", "Meron", "Ruta", "Elsa", "Mihret", "Lidya", "Abeba", "Almaz", "Tirhas", "Azieb", "Freweini", "Nebiat")  # fmt: skip
ER_M = ("Yonas", "Tesfay", "Dawit", "Samuel", "Mehari", "Tekle", "Berhane", "Yohannes", "Filmon", "Daniel", "Haile", "Tesfaldet", "Mussie", "Habtom", "Kidane", "Aman", "Robel", "Bereket", "Henok", "Abraham", "Temesghen", "Efrem", "Kibrom", "Semere")  # fmt: skip
ER_S = ("Tesfay", "Haile", "Gebremariam", "Tekle", "Berhe", "Ghebreyesus", "Mehari", "Kidane", "Woldu", "Asmerom", "Habte", "Ghebre", "Tesfamariam", "Yohannes", "Andemariam", "Weldemichael", "Negash", "Okbay", "Abraha", "Gebru", "Measho", "Hagos", "Solomon", "Tewolde", "Zerai")  # fmt: skip
AF_F = ("Fatima", "Maryam", "Zahra", "Parwana", "Nilofar", "Mariam", "Zarghona", "Shakila", "Farzana", "Laila", "Gulalai", "Shabana", "Roya", "Mursal", "Setara", "Madina", "Freshta", "Sohaila", "Nazanin", "Marzia", "Hamida", "Khadija", "Wazhma", "Masooda", "Sakina")  # fmt: skip
AF_M = ("Mohammad", "Ahmad", "Ali", "Abdul", "Mustafa", "Hamid", "Hussain", "Rahim", "Khalid", "Ehsan", "Farid", "Jawad", "Sayed", "Naveed", "Mahdi", "Nasir", "Reza", "Zabihullah", "Habib", "Wahid", "Qasim", "Bilal", "Murtaza", "Sohrab", "Rohullah")  # fmt: skip
AF_S = ("Ahmadi", "Hussaini", "Rahimi", "Mohammadi", "Sultani", "Jafari", "Haidari", "Noori", "Karimi", "Hakimi", "Azizi", "Popal", "Stanekzai", "Wardak", "Rasuli", "Sadat", "Amiri", "Safi", "Nazari", "Sharifi", "Hashimi", "Rezai", "Mirzai", "Yousufzai", "Barakzai")  # fmt: skip
TH_F = ("Siriporn", "Somsri", "Malee", "Pranee", "Wanida", "Kanya", "Suda", "Nittaya", "Araya", "Supaporn", "Ratana", "Jintana", "Pornthip", "Sunisa", "Busaba", "Chanida", "Duangjai", "Kannika", "Lamai", "Naree", "Orathai", "Pimchanok", "Sasithorn", "Thida", "Yupin", "Apinya", "Kamonwan")  # fmt: skip
TH_M = ("Somchai", "Somsak", "Prasert", "Surachai", "Anan", "Boonmee", "Chaiwat", "Kittisak", "Niran", "Sombat", "Thawatchai", "Wichai", "Arthit", "Narong", "Pichai", "Sakda", "Suthep", "Chalerm", "Krit", "Preecha")  # fmt: skip
TH_S = ("Saetang", "Srisuk", "Wongsawat", "Chaiyaporn", "Phromma", "Thongchai", "Sukprasert", "Boonyarat", "Kaewkham", "Rattanakorn", "Jaidee", "Sriwong", "Phanthong", "Intarasuk", "Chanthawong", "Suwannarat", "Sangthong", "Yodsuwan", "Bunmee", "Khamsuk")  # fmt: skip
# Chile and Latin America: two surnames, the father's and the mother's.
LA_F = ("María", "Ana", "Carmen", "Rosa", "Patricia", "Claudia", "Carolina", "Francisca", "Valentina", "Camila", "Javiera", "Daniela", "Paulina", "Marcela", "Andrea", "Verónica", "Gabriela", "Isabel", "Lorena", "Pamela", "Fernanda", "Catalina", "Constanza", "Ximena", "Alejandra")  # fmt: skip
LA_M = ("José", "Juan", "Luis", "Carlos", "Jorge", "Francisco", "Pedro", "Manuel", "Cristián", "Sebastián", "Matías", "Felipe", "Rodrigo", "Diego", "Patricio", "Gonzalo", "Héctor", "Mauricio", "Pablo", "Ricardo", "Sergio", "Andrés", "Nicolás", "Claudio", "Víctor")  # fmt: skip
LA_S = ("González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez", "Sepúlveda", "Morales", "Rodríguez", "López", "Fuentes", "Hernández", "Torres", "Araya", "Flores", "Espinoza", "Valenzuela", "Castillo", "Tapia", "Reyes", "Gutiérrez", "Castro", "Pizarro", "Álvarez", "Vásquez", "Sánchez", "Fernández", "Ramírez", "Carrasco", "Gómez", "Cortés", "Herrera", "Núñez", "Jara", "Vergara", "Rivera", "Figueroa")  # fmt: skip
# Kurdish names from Iraq, Iran, Syria and Turkey (the father's name, or a Turkish surname).
KU_F = ("Shilan", "Rojin", "Berfin", "Nazdar", "Avin", "Bahar", "Dilan", "Jiyan", "Kajal", "Nasrin", "Roza", "Sozan", "Tavga", "Viyan", "Zilan", "Zozan", "Gulistan", "Helin", "Ronahi", "Narin", "Evin", "Shirin", "Hêvî", "Lana")  # fmt: skip
KU_M = ("Aram", "Azad", "Baran", "Dilshad", "Hemin", "Karwan", "Rebwar", "Shwan", "Soran", "Zana", "Serdar", "Kawa", "Rizgar", "Hiwa", "Dara", "Sherzad", "Bakhtiyar", "Nawzad", "Hozan", "Ranj", "Sirwan", "Hawar", "Delovan", "Rêber")  # fmt: skip
KU_S = ("Abdullah", "Rashid", "Karim", "Mustafa", "Aziz", "Qadir", "Salih", "Rasul", "Hussein", "Othman", "Mahmud", "Amin", "Faraj", "Jalal", "Ismail", "Taha", "Kaya", "Ekinci", "Tunç", "Zebari", "Hawrami", "Baban", "Kurdi", "Doski", "Amedi")  # fmt: skip
UA_F = ("Olena", "Tetiana", "Nataliia", "Iryna", "Svitlana", "Oksana", "Yuliia", "Olha", "Kateryna", "Anna", "Mariia", "Liudmyla", "Viktoriia", "Halyna", "Nadiia", "Larysa", "Alina", "Daria", "Valentyna", "Sofiia")  # fmt: skip
UA_M = ("Oleksandr", "Serhii", "Volodymyr", "Andrii", "Dmytro", "Mykola", "Oleksii", "Ivan", "Yurii", "Viktor", "Vasyl", "Ihor", "Maksym", "Mykhailo", "Petro", "Vitalii", "Roman", "Bohdan", "Taras", "Artem")  # fmt: skip
UA_S = ("Melnyk", "Shevchenko", "Boiko", "Kovalenko", "Bondarenko", "Tkachenko", "Kovalchuk", "Kravchenko", "Oliinyk", "Shevchuk", "Koval", "Polishchuk", "Bondar", "Tkachuk", "Moroz", "Marchenko", "Lysenko", "Rudenko", "Savchenko", "Petrenko")  # fmt: skip
DE_F = ("Maria", "Ursula", "Monika", "Petra", "Elisabeth", "Sabine", "Renate", "Helga", "Karin", "Brigitte", "Ingrid", "Erika", "Andrea", "Gisela", "Claudia", "Susanne", "Gabriele", "Christa", "Christine", "Hildegard", "Birgit", "Julia", "Stefanie", "Nicole", "Katharina", "Sandra", "Anja", "Heike")  # fmt: skip
DE_M = ("Peter", "Michael", "Wolfgang", "Thomas", "Klaus", "Jürgen", "Hans", "Andreas", "Stefan", "Christian", "Uwe", "Werner", "Frank", "Manfred", "Bernd", "Markus", "Dieter", "Günter", "Horst", "Matthias", "Helmut", "Jörg", "Ralf", "Martin", "Tobias", "Sebastian", "Florian", "Lukas")  # fmt: skip
DE_S = ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Schmitz", "Krause", "Meier", "Lehmann", "Schmid", "Schulze", "Maier", "Köhler", "Herrmann", "König", "Walter", "Mayer", "Huber")  # fmt: skip
IN_F = ("Priya", "Anjali", "Pooja", "Neha", "Divya", "Sneha", "Deepa", "Kavya", "Lakshmi", "Sunita", "Anita", "Ritu", "Meera", "Shreya", "Aishwarya", "Swati", "Nisha", "Shalini", "Ananya", "Radha")  # fmt: skip
IN_M = ("Rahul", "Amit", "Rajesh", "Vikram", "Arjun", "Sanjay", "Anil", "Suresh", "Ravi", "Rohit", "Karthik", "Vijay", "Manoj", "Arun", "Deepak", "Aditya", "Nikhil", "Pradeep", "Srinivas", "Harish")  # fmt: skip
IN_S = ("Kumar", "Singh", "Sharma", "Patel", "Reddy", "Gupta", "Rao", "Iyer", "Nair", "Shah", "Joshi", "Menon", "Das", "Mehta", "Verma", "Krishnan", "Pillai", "Bose", "Agarwal", "Mishra")  # fmt: skip
ZH_F = ("Fang", "Jing", "Ying", "Min", "Li", "Hui", "Yan", "Xiu", "Lan", "Mei", "Xiaoli", "Yuting", "Na", "Hong", "Ling", "Qian", "Xin", "Yue", "Wen", "Lili")  # fmt: skip
ZH_M = ("Wei", "Jun", "Lei", "Tao", "Ming", "Yong", "Jie", "Hao", "Qiang", "Bin", "Gang", "Peng", "Long", "Jian", "Feng", "Bo", "Chao", "Kai", "Zhiwei", "Xiaodong")  # fmt: skip
ZH_S = ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo")  # fmt: skip

# Swedish double given names as people carry them (`Ann-Christin`, `Karl-Erik`): a first and a second part.
SV_DOUBLE_F = (("Ann", "Anna", "Eva", "Maj", "Britt", "Inga", "Ulla", "Marie", "Lena", "Gun"), ("Christin", "Karin", "Marie", "Britt", "Lena", "Sofie", "Louise", "Charlotte", "Maria", "Lis"))  # fmt: skip
SV_DOUBLE_M = (("Karl", "Lars", "Jan", "Per", "Nils", "Sven", "Carl", "Hans", "Bengt", "Kjell"), ("Erik", "Olof", "Åke", "Göran", "Johan", "Anders", "Gunnar", "Arne", "Inge", "Ove"))  # fmt: skip

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(ranked(SV_F, 150), ranked(SV_M, 150), ranked(SV_S, 150)),
    "us": Origin(census(US_F, 150), census(US_M, 150), census(US_S, 150)),
    "uk": Origin(ranked(UK_F, 120), ranked(UK_M, 120), ranked(UK_S, 150)),
    "irish": Origin(ranked(IE_F, 20), ranked(IE_M, 20), ranked(IE_S, 20)),
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
    "german": Origin(ranked(DE_F, 10), ranked(DE_M, 10), ranked(DE_S, 10)),
    "indian": Origin(ranked(IN_F, 10), ranked(IN_M, 10), ranked(IN_S, 10)),
    "chinese": Origin(ranked(ZH_F, 10), ranked(ZH_M, 10), ranked(ZH_S, 10)),
}

# Who is named, per language of the row: roughly Sweden's population in Swedish and mixed text,
# the English-speaking countries (and the people their courts and prisons meet) in English text.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "kurdish": 1.6, "turkish": 1.6, "afghan": 1.6, "ukrainian": 1.4, "eritrean": 1.2,
        "latin": 1.2, "thai": 1, "german": 1, "indian": 1, "chinese": 0.7, "uk": 0.6, "us": 0.5,
    },
    "en": {
        "us": 34, "uk": 30, "irish": 12, "swedish": 8, "polish": 3, "indian": 3, "latin": 3,
        "arabic": 2, "german": 2, "chinese": 1.5, "somali": 1, "persian": 1, "turkish": 1,
        "ukrainian": 1, "finnish": 0.8, "bcs": 0.8, "thai": 0.5, "eritrean": 0.5, "afghan": 0.5,
        "kurdish": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 10, "us": 8, "arabic": 5, "finnish": 3, "polish": 3, "irish": 2,
        "bcs": 2.2, "persian": 2.2, "somali": 1.5, "kurdish": 1.5, "turkish": 1.5, "ukrainian": 1.5,
        "german": 1.5, "indian": 1.5, "afghan": 1.2, "eritrean": 1, "thai": 1, "latin": 1,
        "chinese": 0.8,
    },
}  # fmt: skip

# Short forms people are called by, per origin: `Lasse` for Lars, `Liz` for Elizabeth.
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": {
        "Lars": ("Lasse",), "Mikael": ("Micke",), "Joakim": ("Jocke",), "Karl": ("Kalle",),
        "Per": ("Pelle",), "Christoffer": ("Stoffe",), "Kristoffer": ("Stoffe",),
        "Thomas": ("Tompa",), "Magnus": ("Manne",), "Robert": ("Robban",), "Patrik": ("Patte",),
        "Stefan": ("Steffe",), "Fredrik": ("Fredde",), "Daniel": ("Danne",), "Jonas": ("Jonte",),
        "Marcus": ("Mackan",), "Niklas": ("Nicke",), "Mattias": ("Matte",), "Sebastian": ("Sebbe",),
        "Alexander": ("Alex",), "Gustav": ("Gurra", "Gusse"), "Kenneth": ("Kenta",), "Tobias": ("Tobbe",),
        "Hans": ("Hasse",), "Bengt": ("Bengan",), "Lennart": ("Lelle",), "Rickard": ("Ricke",),
        "Viktor": ("Vicke",), "Jan": ("Janne",), "Ulf": ("Uffe",), "Johan": ("Jojje",),
        "Christer": ("Crille",), "Torbjörn": ("Tobbe",),
        "Elisabeth": ("Lisa", "Lisen", "Bettan"), "Margareta": ("Maggan", "Greta"),
        "Kristina": ("Stina", "Kicki"), "Christina": ("Kicki",), "Katarina": ("Kattis", "Kajsa"),
        "Birgitta": ("Bittan", "Gittan"), "Charlotte": ("Lotta",), "Charlotta": ("Lotta",),
        "Susanne": ("Sussie", "Sanna"), "Elisabet": ("Bettan",), "Ann-Christin": ("Anki",),
        "Annika": ("Anki",), "Jessica": ("Jessie",), "Josefin": ("Jossan",), "Josefine": ("Jossan",),
        "Madeleine": ("Madde",), "Rebecka": ("Becka",), "Viktoria": ("Vickan",), "Alexandra": ("Alex",),
        "Matilda": ("Tilda",), "Gabriella": ("Gabbi",), "Amanda": ("Mandy",), "Barbro": ("Babsan",),
        "Camilla": ("Millan",), "Sofia": ("Fia", "Sofi"), "Jennifer": ("Jenny",), "Johanna": ("Jojjo",),
        "Cecilia": ("Cilla",), "Felicia": ("Fia",),
    },
    "us": {
        "William": ("Will", "Bill"), "Robert": ("Rob", "Bob", "Bobby"), "Michael": ("Mike",),
        "James": ("Jim", "Jimmy"), "Richard": ("Rich", "Rick"), "Thomas": ("Tom", "Tommy"),
        "Christopher": ("Chris",), "Daniel": ("Dan", "Danny"), "Matthew": ("Matt",),
        "Anthony": ("Tony",), "Joseph": ("Joe",), "Charles": ("Charlie", "Chuck"), "Edward": ("Ed", "Ted"),
        "Benjamin": ("Ben",), "Jonathan": ("Jon",), "Nicholas": ("Nick",), "Samuel": ("Sam",),
        "Andrew": ("Andy",), "David": ("Dave",), "Steven": ("Steve",), "Stephen": ("Steve",),
        "Timothy": ("Tim",), "Kenneth": ("Ken",), "Donald": ("Don",), "Ronald": ("Ron",),
        "Gregory": ("Greg",), "Jeffrey": ("Jeff",), "Patrick": ("Pat",), "Gerald": ("Jerry",),
        "Elizabeth": ("Liz", "Beth"), "Jennifer": ("Jen", "Jenny"), "Katherine": ("Kate", "Katie"),
        "Catherine": ("Cathy",), "Margaret": ("Maggie", "Peggy"), "Rebecca": ("Becky",),
        "Victoria": ("Vicky",), "Samantha": ("Sam",), "Susan": ("Sue",), "Deborah": ("Debbie",),
        "Patricia": ("Pat", "Trish"), "Christine": ("Chris",), "Jessica": ("Jess",),
        "Abigail": ("Abby",), "Kimberly": ("Kim",), "Pamela": ("Pam",), "Barbara": ("Barb",),
        "Cynthia": ("Cindy",), "Kathleen": ("Kathy",), "Theresa": ("Terry",),
    },
    "uk": {
        "William": ("Will", "Bill"), "Robert": ("Rob", "Bob"), "Michael": ("Mike", "Mick"),
        "James": ("Jim", "Jamie"), "Richard": ("Rich",), "Thomas": ("Tom",), "Christopher": ("Chris",),
        "Daniel": ("Dan",), "Matthew": ("Matt",), "Anthony": ("Tony",), "Joseph": ("Joe",),
        "Charles": ("Charlie",), "Edward": ("Ed", "Eddie"), "Benjamin": ("Ben",), "Jonathan": ("Jon",),
        "Nicholas": ("Nick",), "Samuel": ("Sam",), "Andrew": ("Andy",), "David": ("Dave",),
        "Stephen": ("Steve",), "Steven": ("Steve",), "Timothy": ("Tim",), "Alexander": ("Alex",),
        "Patrick": ("Paddy",), "Terry": ("Tel",), "Gareth": ("Gaz",), "Darren": ("Daz",),
        "Elizabeth": ("Liz", "Beth", "Lizzie"), "Jennifer": ("Jen",), "Katherine": ("Kate",),
        "Catherine": ("Cath",), "Margaret": ("Maggie",), "Rebecca": ("Becky", "Becca"),
        "Victoria": ("Vicky",), "Samantha": ("Sam",), "Susan": ("Sue",), "Deborah": ("Debbie",),
        "Jacqueline": ("Jackie",), "Alexandra": ("Alex",), "Jessica": ("Jess",), "Abigail": ("Abi",),
        "Charlotte": ("Charlie",), "Nicola": ("Nicky",), "Joanne": ("Jo",), "Amanda": ("Mandy",),
    },
    "irish": {
        "Patrick": ("Paddy", "Pat"), "Michael": ("Mick", "Mikey"), "John": ("Johnny",),
        "Seán": ("Seánie",), "Thomas": ("Tom",), "Daniel": ("Dan",), "Dermot": ("Derm",),
        "Margaret": ("Peggy", "Maggie"), "Bridget": ("Bridie",), "Catherine": ("Kate",),
        "Kathleen": ("Kathy",), "Mary": ("Mamie",),
    },
    "polish": {
        "Małgorzata": ("Gosia",), "Katarzyna": ("Kasia",), "Aleksandra": ("Ola",),
        "Agnieszka": ("Aga",), "Magdalena": ("Magda",), "Krzysztof": ("Krzysiek",),
        "Tomasz": ("Tomek",), "Piotr": ("Piotrek",), "Jakub": ("Kuba",),
    },
    "arabic": {"Mohammed": ("Mo", "Moha"), "Abdullah": ("Abdo",)},
    "latin": {"Francisco": ("Pancho",), "José": ("Pepe",), "Alejandra": ("Ale",), "Francisca": ("Fran",)},
    "german": {"Wolfgang": ("Wolfi",), "Andreas": ("Andi",), "Katharina": ("Kathi",), "Stefanie": ("Steffi",)},
    "bcs": {"Muhamed": ("Hamo",), "Jasmina": ("Mina",)},
    "ukrainian": {"Oleksandr": ("Sasha",), "Volodymyr": ("Volodia",), "Kateryna": ("Katia",)},
}  # fmt: skip
