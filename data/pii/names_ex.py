# ruff: noqa: E501
"""Name pools for held-out EX (issue 15): names as the population has them, by origin and weight.

Written from general knowledge by EX's writer (a helper who tunes nothing), except the US lists,
which are the first names of the US Census 1990 files `dist.female.first`, `dist.male.first` and
`dist.all.last` (public domain, as shipped in the `names` package) with the census per cent as
weight. Swedish lists follow the order of SCB's name statistics (weight 1/rank; head the top 150,
the rest a tail of rarer names), UK lists the order of the ONS rankings (1/rank), and the lists of
origins common in Sweden their commonest names (1/rank, head 10). No name was checked against
anything in the repository; none was left out for being known or unknown.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this probability, else its tail


@dataclass(frozen=True)
class Pool:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int  # names[:head] are the head, names[head:] the tail


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool
    surnames_f: Pool | None = None  # women's surnames where the language has its own forms


def ranked(text: str, head: int = 10) -> Pool:
    """A pool from names in rank order (comma-separated), weighted 1/rank."""
    names = tuple(n.strip() for n in text.split(",") if n.strip())
    if len(set(names)) != len(names):
        twice = sorted({n for n in names if names.count(n) > 1})
        raise ValueError(f"names listed twice: {twice}")
    return Pool(names, tuple(1 / rank for rank in range(1, len(names) + 1)), min(head, len(names)))


def census(rows: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A pool from the census's names with their per cent as weight."""
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


_PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "ı": "i", "İ": "I", "đ": "dj", "Đ": "Dj", "ø": "o", "Ø": "O", "ß": "ss"}
)


def plain(word: str) -> str:
    """A name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_PLAIN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname's feminine form: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# The US Census 1990 (public domain): the first names of each list, the census per cent as weight.
US_F = (
    ("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.98), ("Elizabeth",
    0.937), ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794), ("Margaret", 0.768),
    ("Dorothy", 0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667), ("Betty", 0.666),
    ("Helen", 0.663), ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565), ("Ruth", 0.562),
    ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.51), ("Sarah", 0.508), ("Kimberly",
    0.504), ("Deborah", 0.494), ("Jessica", 0.49), ("Shirley", 0.482), ("Cynthia", 0.469),
    ("Angela", 0.468), ("Melissa", 0.462), ("Brenda", 0.455), ("Amy", 0.451), ("Anna", 0.44),
    ("Rebecca", 0.43), ("Virginia", 0.43), ("Kathleen", 0.424), ("Pamela", 0.416), ("Martha",
    0.412), ("Debra", 0.408), ("Amanda", 0.404), ("Stephanie", 0.4), ("Carolyn", 0.385),
    ("Christine", 0.382), ("Marie", 0.379), ("Janet", 0.379), ("Catherine", 0.373), ("Frances",
    0.37), ("Ann", 0.364), ("Joyce", 0.364), ("Diane", 0.359), ("Alice", 0.357), ("Julie",
    0.348), ("Heather", 0.337), ("Teresa", 0.336), ("Doris", 0.335), ("Gloria", 0.335),
    ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315), ("Mildred", 0.313), ("Katherine",
    0.313), ("Joan", 0.306), ("Ashley", 0.303), ("Judith", 0.297), ("Rose", 0.296), ("Janice",
    0.285), ("Kelly", 0.283), ("Nicole", 0.281), ("Judy", 0.276), ("Christina", 0.275),
    ("Kathy", 0.272), ("Theresa", 0.271), ("Beverly", 0.267), ("Denise", 0.264), ("Tammy",
    0.259), ("Irene", 0.252), ("Jane", 0.25), ("Lori", 0.248), ("Rachel", 0.242), ("Marilyn",
    0.241), ("Andrea", 0.236), ("Kathryn", 0.234), ("Louise", 0.229), ("Sara", 0.229), ("Anne",
    0.228), ("Jacqueline", 0.228), ("Wanda", 0.226), ("Bonnie", 0.223), ("Julia", 0.223),
    ("Ruby", 0.221), ("Lois", 0.22), ("Tina", 0.22), ("Phyllis", 0.219), ("Norma", 0.218),
    ("Paula", 0.217), ("Diana", 0.216), ("Annie", 0.216), ("Lillian", 0.211), ("Emily", 0.208),
    ("Robin", 0.208), ("Peggy", 0.208), ("Crystal", 0.207), ("Gladys", 0.205), ("Rita", 0.204),
    ("Dawn", 0.202), ("Connie", 0.2), ("Florence", 0.2), ("Tracy", 0.197), ("Edna", 0.197),
    ("Tiffany", 0.195), ("Carmen", 0.195), ("Rosa", 0.194), ("Cindy", 0.192), ("Grace", 0.189),
    ("Wendy", 0.185), ("Victoria", 0.18), ("Edith", 0.179), ("Kim", 0.178), ("Sherry", 0.178),
    ("Sylvia", 0.177), ("Josephine", 0.177), ("Thelma", 0.175), ("Shannon", 0.175), ("Sheila",
    0.175), ("Ethel", 0.174), ("Ellen", 0.173), ("Elaine", 0.173), ("Marjorie", 0.173),
    ("Carrie", 0.171), ("Charlotte", 0.169), ("Monica", 0.166), ("Esther", 0.166), ("Pauline",
    0.165), ("Emma", 0.165), ("Juanita", 0.164), ("Anita", 0.162), ("Rhonda", 0.162), ("Hazel",
    0.161), ("Amber", 0.16), ("Eva", 0.159), ("Debbie", 0.157), ("April", 0.154), ("Leslie",
    0.154), ("Clara", 0.153), ("Lucille", 0.153), ("Jamie", 0.153), ("Joanne", 0.15),
    ("Eleanor", 0.15), ("Valerie", 0.149), ("Danielle", 0.149), ("Megan", 0.147), ("Alicia",
    0.146), ("Suzanne", 0.145), ("Michele", 0.145), ("Gail", 0.145), ("Bertha", 0.143),
    ("Darlene", 0.142), ("Veronica", 0.142), ("Jill", 0.142), ("Erin", 0.141), ("Geraldine",
    0.141), ("Lauren", 0.137), ("Cathy", 0.137), ("Joann", 0.136), ("Lorraine", 0.135), ("Lynn",
    0.135), ("Sally", 0.135), ("Regina", 0.133), ("Erica", 0.13), ("Beatrice", 0.13),
    ("Dolores", 0.129), ("Bernice", 0.128), ("Audrey", 0.127), ("Yvonne", 0.126), ("Annette",
    0.125), ("June", 0.125), ("Samantha", 0.124), ("Marion", 0.122), ("Dana", 0.122), ("Stacy",
    0.121), ("Ana", 0.12), ("Renee", 0.12), ("Ida", 0.118), ("Vivian", 0.118), ("Roberta",
    0.117), ("Holly", 0.117), ("Brittany", 0.117), ("Melanie", 0.116), ("Loretta", 0.115),
    ("Yolanda", 0.115), ("Jeanette", 0.115), ("Laurie", 0.114), ("Katie", 0.113), ("Kristen",
    0.111), ("Vanessa", 0.111), ("Alma", 0.111), ("Sue", 0.111), ("Elsie", 0.11), ("Beth",
    0.11), ("Jeanne", 0.109), ("Vicki", 0.109), ("Carla", 0.107), ("Tara", 0.107), ("Rosemary",
    0.107), ("Eileen", 0.105), ("Terri", 0.105), ("Gertrude", 0.103), ("Lucy", 0.103), ("Tonya",
    0.102), ("Ella", 0.101), ("Stacey", 0.101), ("Wilma", 0.099), ("Gina", 0.099), ("Kristin",
    0.099), ("Jessie", 0.098), ("Natalie", 0.098), ("Agnes", 0.098), ("Vera", 0.098), ("Willie",
    0.097), ("Charlene", 0.097), ("Bessie", 0.096), ("Delores", 0.095), ("Melinda", 0.094),
    ("Pearl", 0.094), ("Arlene", 0.094), ("Maureen", 0.092), ("Colleen", 0.092), ("Allison",
    0.092), ("Tamara", 0.092), ("Joy", 0.091), ("Georgia", 0.091), ("Constance", 0.091),
    ("Lillie", 0.09), ("Claudia", 0.09), ("Jackie", 0.09), ("Marcia", 0.09), ("Tanya", 0.089),
    ("Nellie", 0.089), ("Minnie", 0.089), ("Marlene", 0.088), ("Heidi", 0.088), ("Glenda",
    0.088), ("Lydia", 0.086), ("Viola", 0.086), ("Courtney", 0.086), ("Marian", 0.086),
    ("Stella", 0.085), ("Caroline", 0.085), ("Dora", 0.084), ("Jo", 0.083), ("Vickie", 0.082),
    ("Mattie", 0.081), ("Terry", 0.08), ("Maxine", 0.079), ("Irma", 0.079), ("Mabel", 0.078),
    ("Marsha", 0.078), ("Myrtle", 0.078), ("Lena", 0.077), ("Christy", 0.077), ("Deanna",
    0.076), ("Patsy", 0.076), ("Hilda", 0.075), ("Gwendolyn", 0.074), ("Jennie", 0.073),
    ("Nora", 0.073), ("Margie", 0.072), ("Nina", 0.072), ("Cassandra", 0.072), ("Leah", 0.072),
    ("Penny", 0.071), ("Kay", 0.071), ("Priscilla", 0.071), ("Naomi", 0.071), ("Carole", 0.071),
    ("Brandy", 0.07), ("Olga", 0.07), ("Billie", 0.069), ("Dianne", 0.069), ("Tracey", 0.069),
    ("Leona", 0.069), ("Jenny", 0.068), ("Felicia", 0.068), ("Sonia", 0.068), ("Miriam", 0.066),
    ("Velma", 0.066), ("Becky", 0.066), ("Bobbie", 0.065), ("Violet", 0.065), ("Kristina",
    0.065), ("Toni", 0.064), ("Misty", 0.063), ("Mae", 0.063), ("Shelly", 0.062), ("Daisy",
    0.062), ("Ramona", 0.062), ("Sherri", 0.062), ("Erika", 0.061), ("Katrina", 0.061),
    ("Claire", 0.061), ("Lindsey", 0.06), ("Lindsay", 0.06), ("Geneva", 0.059), ("Guadalupe",
    0.059), ("Belinda", 0.059), ("Margarita", 0.059), ("Sheryl", 0.059), ("Cora", 0.058),
    ("Faye", 0.058), ("Ada", 0.057), ("Natasha", 0.057), ("Sabrina", 0.057), ("Isabel", 0.057),
    ("Marguerite", 0.056), ("Hattie", 0.056), ("Harriet", 0.056), ("Molly", 0.055), ("Cecilia",
    0.055), ("Kristi", 0.055), ("Brandi", 0.055), ("Blanche", 0.055), ("Sandy", 0.055),
    ("Rosie", 0.055), ("Joanna", 0.055), ("Iris", 0.055), ("Eunice", 0.054), ("Angie", 0.054),
    ("Inez", 0.053), ("Lynda", 0.053), ("Madeline", 0.052), ("Amelia", 0.052), ("Alberta",
    0.052), ("Genevieve", 0.051), ("Monique", 0.051), ("Jodi", 0.051), ("Janie", 0.051),
    ("Maggie", 0.051), ("Kayla", 0.051), ("Sonya", 0.051), ("Jan", 0.051), ("Lee", 0.051),
    ("Kristine", 0.051), ("Candace", 0.051), ("Fannie", 0.05), ("Maryann", 0.05), ("Opal",
    0.05), ("Alison", 0.05), ("Yvette", 0.05), ("Melody", 0.05), ("Luz", 0.049), ("Susie",
    0.049), ("Olivia", 0.049), ("Flora", 0.049), ("Shelley", 0.049), ("Kristy", 0.048),
    ("Mamie", 0.048), ("Lula", 0.048), ("Lola", 0.048), ("Verna", 0.048), ("Beulah", 0.048),
    ("Antoinette", 0.048), ("Candice", 0.046), ("Juana", 0.046), ("Jeannette", 0.046), ("Pam",
    0.046), ("Kelli", 0.046), ("Hannah", 0.045), ("Whitney", 0.045), ("Bridget", 0.045),
    ("Karla", 0.044), ("Celia", 0.044), ("Latoya", 0.043), ("Patty", 0.043), ("Shelia", 0.043),
    ("Gayle", 0.043), ("Della", 0.043), ("Vicky", 0.043), ("Lynne", 0.043), ("Sheri", 0.042),
    ("Marianne", 0.042), ("Kara", 0.041), ("Jacquelyn", 0.041), ("Erma", 0.041), ("Blanca",
    0.041), ("Myra", 0.04), ("Leticia", 0.04), ("Pat", 0.04), ("Krista", 0.04), ("Roxanne",
    0.04), ("Angelica", 0.039), ("Johnnie", 0.039), ("Robyn", 0.039), ("Francis", 0.039),
    ("Adrienne", 0.039), ("Rosalie", 0.039), ("Alexandra", 0.039), ("Brooke", 0.039),
    ("Bethany", 0.039), ("Sadie", 0.039), ("Bernadette", 0.039)
)  # fmt: skip

US_M = (
    ("James", 3.318), ("John", 3.271), ("Robert", 3.143), ("Michael", 2.629), ("William",
    2.451), ("David", 2.363), ("Richard", 1.703), ("Charles", 1.523), ("Joseph", 1.404),
    ("Thomas", 1.38), ("Christopher", 1.035), ("Daniel", 0.974), ("Paul", 0.948), ("Mark",
    0.938), ("Donald", 0.931), ("George", 0.927), ("Kenneth", 0.826), ("Steven", 0.78),
    ("Edward", 0.779), ("Brian", 0.736), ("Ronald", 0.725), ("Anthony", 0.721), ("Kevin",
    0.671), ("Jason", 0.66), ("Matthew", 0.657), ("Gary", 0.65), ("Timothy", 0.64), ("Jose",
    0.613), ("Larry", 0.598), ("Jeffrey", 0.591), ("Frank", 0.581), ("Scott", 0.546), ("Eric",
    0.544), ("Stephen", 0.54), ("Andrew", 0.537), ("Raymond", 0.488), ("Gregory", 0.441),
    ("Joshua", 0.435), ("Jerry", 0.432), ("Dennis", 0.415), ("Walter", 0.399), ("Patrick",
    0.389), ("Peter", 0.381), ("Harold", 0.371), ("Douglas", 0.367), ("Henry", 0.365), ("Carl",
    0.346), ("Arthur", 0.335), ("Ryan", 0.328), ("Roger", 0.322), ("Joe", 0.321), ("Juan",
    0.316), ("Jack", 0.315), ("Albert", 0.314), ("Jonathan", 0.313), ("Justin", 0.311),
    ("Terry", 0.311), ("Gerald", 0.309), ("Keith", 0.308), ("Samuel", 0.306), ("Willie", 0.302),
    ("Ralph", 0.282), ("Lawrence", 0.282), ("Nicholas", 0.275), ("Roy", 0.273), ("Benjamin",
    0.27), ("Bruce", 0.263), ("Brandon", 0.26), ("Adam", 0.259), ("Harry", 0.251), ("Fred",
    0.251), ("Wayne", 0.249), ("Billy", 0.248), ("Steve", 0.246), ("Louis", 0.243), ("Jeremy",
    0.242), ("Aaron", 0.24), ("Randy", 0.232), ("Howard", 0.23), ("Eugene", 0.23), ("Carlos",
    0.229), ("Russell", 0.224), ("Bobby", 0.223), ("Victor", 0.222), ("Martin", 0.216),
    ("Ernest", 0.215), ("Phillip", 0.213), ("Todd", 0.213), ("Jesse", 0.209), ("Craig", 0.206),
    ("Alan", 0.204), ("Shawn", 0.2), ("Clarence", 0.197), ("Sean", 0.197), ("Philip", 0.197),
    ("Chris", 0.197), ("Johnny", 0.195), ("Earl", 0.193), ("Jimmy", 0.191), ("Antonio", 0.19),
    ("Danny", 0.19), ("Bryan", 0.19), ("Tony", 0.19), ("Luis", 0.189), ("Mike", 0.189),
    ("Stanley", 0.186), ("Leonard", 0.186), ("Nathan", 0.185), ("Dale", 0.184), ("Manuel",
    0.181), ("Rodney", 0.18), ("Curtis", 0.18), ("Norman", 0.177), ("Allen", 0.174), ("Marvin",
    0.171), ("Vincent", 0.168), ("Glenn", 0.167), ("Jeffery", 0.166), ("Travis", 0.166),
    ("Jeff", 0.166), ("Chad", 0.165), ("Jacob", 0.165), ("Lee", 0.162), ("Melvin", 0.162),
    ("Alfred", 0.162), ("Kyle", 0.16), ("Francis", 0.16), ("Bradley", 0.159), ("Jesus", 0.155),
    ("Herbert", 0.155), ("Frederick", 0.154), ("Ray", 0.153), ("Joel", 0.152), ("Edwin", 0.148),
    ("Don", 0.145), ("Eddie", 0.144), ("Ricky", 0.141), ("Troy", 0.138), ("Randall", 0.138),
    ("Barry", 0.134), ("Alexander", 0.132), ("Bernard", 0.127), ("Mario", 0.125), ("Leroy",
    0.125), ("Francisco", 0.124), ("Marcus", 0.124), ("Micheal", 0.123), ("Theodore", 0.123),
    ("Clifford", 0.123), ("Miguel", 0.122), ("Oscar", 0.122), ("Jay", 0.118), ("Jim", 0.118),
    ("Tom", 0.117), ("Calvin", 0.115), ("Alex", 0.115), ("Jon", 0.115), ("Ronnie", 0.113),
    ("Bill", 0.112), ("Lloyd", 0.112), ("Tommy", 0.112), ("Leon", 0.112), ("Derek", 0.112),
    ("Warren", 0.11), ("Darrell", 0.108), ("Jerome", 0.108), ("Floyd", 0.107), ("Leo", 0.106),
    ("Alvin", 0.105), ("Tim", 0.104), ("Wesley", 0.104), ("Gordon", 0.104), ("Dean", 0.104),
    ("Greg", 0.104), ("Jorge", 0.104), ("Dustin", 0.103), ("Pedro", 0.103), ("Derrick", 0.103),
    ("Dan", 0.101), ("Lewis", 0.099), ("Zachary", 0.099), ("Corey", 0.098), ("Herman", 0.097),
    ("Maurice", 0.097), ("Vernon", 0.097), ("Roberto", 0.097), ("Clyde", 0.095), ("Glen",
    0.094), ("Hector", 0.094), ("Shane", 0.093), ("Ricardo", 0.093), ("Sam", 0.092), ("Rick",
    0.091), ("Lester", 0.091), ("Brent", 0.09), ("Ramon", 0.09), ("Charlie", 0.09), ("Tyler",
    0.089), ("Gilbert", 0.089), ("Gene", 0.087), ("Marc", 0.087), ("Reginald", 0.084), ("Ruben",
    0.082), ("Brett", 0.082), ("Angel", 0.082), ("Nathaniel", 0.081), ("Rafael", 0.081),
    ("Leslie", 0.081), ("Edgar", 0.08), ("Milton", 0.08), ("Raul", 0.079), ("Ben", 0.078),
    ("Chester", 0.078), ("Cecil", 0.078), ("Duane", 0.077), ("Franklin", 0.077), ("Andre",
    0.076), ("Elmer", 0.074), ("Brad", 0.073), ("Gabriel", 0.073), ("Ron", 0.072), ("Mitchell",
    0.072), ("Roland", 0.072), ("Arnold", 0.072), ("Harvey", 0.072), ("Jared", 0.071),
    ("Adrian", 0.069), ("Karl", 0.069), ("Cory", 0.068), ("Claude", 0.068), ("Erik", 0.068),
    ("Darryl", 0.067), ("Jamie", 0.066), ("Neil", 0.066), ("Jessie", 0.065), ("Christian",
    0.065), ("Javier", 0.065), ("Fernando", 0.065), ("Clinton", 0.065), ("Ted", 0.064),
    ("Mathew", 0.064), ("Tyrone", 0.064), ("Darren", 0.064), ("Lonnie", 0.064), ("Lance",
    0.063), ("Cody", 0.063), ("Julio", 0.063), ("Kelly", 0.063), ("Kurt", 0.062), ("Allan",
    0.061), ("Nelson", 0.061), ("Guy", 0.06), ("Clayton", 0.06), ("Hugh", 0.06), ("Max", 0.059),
    ("Dwayne", 0.059), ("Dwight", 0.058), ("Armando", 0.058), ("Felix", 0.058), ("Jimmie",
    0.058), ("Everett", 0.057), ("Jordan", 0.056), ("Ian", 0.056), ("Wallace", 0.056), ("Ken",
    0.055), ("Bob", 0.055), ("Jaime", 0.055), ("Casey", 0.054), ("Alfredo", 0.054), ("Alberto",
    0.053), ("Dave", 0.053), ("Ivan", 0.053), ("Johnnie", 0.052), ("Sidney", 0.052), ("Byron",
    0.052), ("Julian", 0.052), ("Isaac", 0.051), ("Morris", 0.051), ("Clifton", 0.05),
    ("Willard", 0.05), ("Daryl", 0.05), ("Ross", 0.05), ("Virgil", 0.049), ("Andy", 0.049),
    ("Marshall", 0.049), ("Salvador", 0.049), ("Perry", 0.049), ("Kirk", 0.049), ("Sergio",
    0.049), ("Marion", 0.048), ("Tracy", 0.048), ("Seth", 0.048), ("Kent", 0.048), ("Terrance",
    0.048), ("Rene", 0.048), ("Eduardo", 0.047), ("Terrence", 0.047), ("Enrique", 0.046),
    ("Freddie", 0.046), ("Wade", 0.045), ("Austin", 0.044), ("Stuart", 0.044), ("Fredrick",
    0.043), ("Arturo", 0.043), ("Alejandro", 0.043), ("Jackie", 0.043), ("Joey", 0.043),
    ("Nick", 0.043), ("Luther", 0.043), ("Wendell", 0.042), ("Jeremiah", 0.042), ("Evan",
    0.042), ("Julius", 0.042), ("Dana", 0.042), ("Donnie", 0.041), ("Otis", 0.041), ("Shannon",
    0.04), ("Trevor", 0.04), ("Oliver", 0.04), ("Luke", 0.04), ("Homer", 0.04), ("Gerard",
    0.04), ("Doug", 0.04), ("Kenny", 0.039), ("Hubert", 0.039), ("Angelo", 0.039), ("Shaun",
    0.039), ("Lyle", 0.038), ("Matt", 0.038), ("Lynn", 0.038), ("Alfonso", 0.038), ("Orlando",
    0.037), ("Rex", 0.037), ("Carlton", 0.037), ("Ernesto", 0.037), ("Cameron", 0.037), ("Neal",
    0.037), ("Pablo", 0.036), ("Lorenzo", 0.036), ("Omar", 0.036), ("Wilbur", 0.036), ("Blake",
    0.036), ("Grant", 0.036), ("Horace", 0.036), ("Roderick", 0.036), ("Kerry", 0.036),
    ("Abraham", 0.035), ("Willis", 0.035), ("Rickey", 0.035), ("Jean", 0.035), ("Ira", 0.035),
    ("Andres", 0.034), ("Cesar", 0.034), ("Johnathan", 0.034), ("Malcolm", 0.034), ("Rudolph",
    0.034), ("Damon", 0.034), ("Kelvin", 0.034), ("Rudy", 0.034), ("Preston", 0.034), ("Alton",
    0.033), ("Archie", 0.033), ("Marco", 0.033), ("Wm", 0.033), ("Pete", 0.032), ("Randolph",
    0.032), ("Garry", 0.032), ("Geoffrey", 0.032), ("Jonathon", 0.032), ("Felipe", 0.032),
    ("Bennie", 0.032), ("Gerardo", 0.032), ("Ed", 0.032), ("Dominic", 0.032), ("Robin", 0.032),
    ("Loren", 0.032), ("Delbert", 0.031), ("Colin", 0.031), ("Guillermo", 0.031), ("Earnest",
    0.031), ("Lucas", 0.031), ("Benny", 0.03), ("Noel", 0.03), ("Spencer", 0.03), ("Rodolfo",
    0.03), ("Myron", 0.03), ("Edmund", 0.03), ("Garrett", 0.029), ("Salvatore", 0.029),
    ("Cedric", 0.029), ("Lowell", 0.029), ("Gregg", 0.029), ("Sherman", 0.028), ("Wilson",
    0.028), ("Devin", 0.028), ("Sylvester", 0.028), ("Kim", 0.028), ("Roosevelt", 0.028),
    ("Israel", 0.028), ("Jermaine", 0.028)
)  # fmt: skip

US_S = (
    ("Smith", 1.006), ("Johnson", 0.81), ("Williams", 0.699), ("Jones", 0.621), ("Brown",
    0.621), ("Davis", 0.48), ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor",
    0.311), ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.31), ("White", 0.279),
    ("Harris", 0.275), ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254), ("Martinez",
    0.234), ("Robinson", 0.233), ("Clark", 0.231), ("Rodriguez", 0.229), ("Lewis", 0.226),
    ("Lee", 0.22), ("Walker", 0.219), ("Hall", 0.2), ("Allen", 0.199), ("Young", 0.193),
    ("Hernandez", 0.192), ("King", 0.19), ("Wright", 0.189), ("Lopez", 0.187), ("Hill", 0.187),
    ("Scott", 0.185), ("Green", 0.183), ("Adams", 0.174), ("Baker", 0.171), ("Gonzalez", 0.166),
    ("Nelson", 0.162), ("Carter", 0.162), ("Mitchell", 0.16), ("Perez", 0.155), ("Roberts",
    0.153), ("Turner", 0.152), ("Phillips", 0.149), ("Campbell", 0.149), ("Parker", 0.146),
    ("Evans", 0.141), ("Edwards", 0.137), ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez",
    0.13), ("Morris", 0.125), ("Rogers", 0.123), ("Reed", 0.122), ("Cook", 0.12), ("Morgan",
    0.118), ("Bell", 0.117), ("Murphy", 0.117), ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper",
    0.113), ("Richardson", 0.112), ("Cox", 0.11), ("Howard", 0.11), ("Ward", 0.108), ("Torres",
    0.108), ("Peterson", 0.107), ("Gray", 0.106), ("Ramirez", 0.105), ("James", 0.105),
    ("Watson", 0.103), ("Brooks", 0.103), ("Kelly", 0.102), ("Sanders", 0.1), ("Price", 0.099),
    ("Bennett", 0.099), ("Wood", 0.098), ("Barnes", 0.097), ("Ross", 0.096), ("Henderson",
    0.095), ("Coleman", 0.095), ("Jenkins", 0.095), ("Perry", 0.094), ("Powell", 0.093),
    ("Long", 0.092), ("Patterson", 0.092), ("Hughes", 0.092), ("Flores", 0.092), ("Washington",
    0.092), ("Butler", 0.091), ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales", 0.087),
    ("Bryant", 0.087), ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084), ("Diaz",
    0.084), ("Hayes", 0.083), ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082), ("Graham",
    0.082), ("Sullivan", 0.081), ("Wallace", 0.081), ("Woods", 0.08), ("Cole", 0.08), ("West",
    0.08), ("Jordan", 0.078), ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077),
    ("Ellis", 0.077), ("Harrison", 0.076), ("Gibson", 0.075), ("McDonald", 0.075), ("Cruz",
    0.075), ("Marshall", 0.075), ("Ortiz", 0.075), ("Gomez", 0.075), ("Murray", 0.074),
    ("Freeman", 0.074), ("Wells", 0.073), ("Webb", 0.072), ("Simpson", 0.07), ("Stevens", 0.07),
    ("Tucker", 0.07), ("Porter", 0.069), ("Hunter", 0.069), ("Hicks", 0.069), ("Crawford",
    0.068), ("Henry", 0.068), ("Boyd", 0.068), ("Mason", 0.068), ("Morales", 0.067), ("Kennedy",
    0.067), ("Warren", 0.067), ("Dixon", 0.066), ("Ramos", 0.066), ("Reyes", 0.066), ("Burns",
    0.065), ("Gordon", 0.065), ("Shaw", 0.065), ("Holmes", 0.065), ("Rice", 0.064),
    ("Robertson", 0.064), ("Hunt", 0.063), ("Black", 0.063), ("Daniels", 0.062), ("Palmer",
    0.062), ("Mills", 0.061), ("Nichols", 0.06), ("Grant", 0.06), ("Knight", 0.06), ("Ferguson",
    0.059), ("Rose", 0.059), ("Stone", 0.059), ("Hawkins", 0.059), ("Dunn", 0.058), ("Perkins",
    0.058), ("Hudson", 0.058), ("Spencer", 0.057), ("Gardner", 0.057), ("Stephens", 0.057),
    ("Payne", 0.057), ("Pierce", 0.056), ("Berry", 0.056), ("Matthews", 0.056), ("Arnold",
    0.056), ("Wagner", 0.055), ("Willis", 0.055), ("Ray", 0.055), ("Watkins", 0.055), ("Olson",
    0.055), ("Carroll", 0.055), ("Duncan", 0.055), ("Snyder", 0.055), ("Hart", 0.054),
    ("Cunningham", 0.054), ("Bradley", 0.054), ("Lane", 0.054), ("Andrews", 0.054), ("Ruiz",
    0.054), ("Harper", 0.054), ("Fox", 0.053), ("Riley", 0.053), ("Armstrong", 0.053),
    ("Carpenter", 0.053), ("Weaver", 0.053), ("Greene", 0.053), ("Lawrence", 0.052), ("Elliott",
    0.052), ("Chavez", 0.052), ("Sims", 0.052), ("Austin", 0.052), ("Peters", 0.052), ("Kelley",
    0.052), ("Franklin", 0.051), ("Lawson", 0.051), ("Fields", 0.051), ("Gutierrez", 0.051),
    ("Ryan", 0.051), ("Schmidt", 0.051), ("Carr", 0.051), ("Vasquez", 0.051), ("Castillo",
    0.051), ("Wheeler", 0.051), ("Chapman", 0.05), ("Oliver", 0.05), ("Montgomery", 0.049),
    ("Richards", 0.049), ("Williamson", 0.049), ("Johnston", 0.049), ("Banks", 0.048), ("Meyer",
    0.048), ("Bishop", 0.048), ("McCoy", 0.048), ("Howell", 0.048), ("Alvarez", 0.048),
    ("Morrison", 0.048), ("Hansen", 0.047), ("Fernandez", 0.047), ("Garza", 0.047), ("Harvey",
    0.047), ("Little", 0.046), ("Burton", 0.046), ("Stanley", 0.046), ("Nguyen", 0.046),
    ("George", 0.046), ("Jacobs", 0.046), ("Reid", 0.046), ("Kim", 0.045), ("Fuller", 0.045),
    ("Lynch", 0.045), ("Dean", 0.045), ("Gilbert", 0.045), ("Garrett", 0.045), ("Romero",
    0.045), ("Welch", 0.044), ("Larson", 0.044), ("Frazier", 0.044), ("Burke", 0.044),
    ("Hanson", 0.043), ("Day", 0.043), ("Mendoza", 0.043), ("Moreno", 0.043), ("Bowman", 0.043),
    ("Medina", 0.042), ("Fowler", 0.042), ("Brewer", 0.042), ("Hoffman", 0.042), ("Carlson",
    0.042), ("Silva", 0.042), ("Pearson", 0.042), ("Holland", 0.042), ("Douglas", 0.041),
    ("Fleming", 0.041), ("Jensen", 0.041), ("Vargas", 0.041), ("Byrd", 0.041), ("Davidson",
    0.041), ("Hopkins", 0.041), ("May", 0.04), ("Terry", 0.04), ("Herrera", 0.04), ("Wade",
    0.04), ("Soto", 0.04), ("Walters", 0.04), ("Curtis", 0.04), ("Neal", 0.039), ("Caldwell",
    0.039), ("Lowe", 0.039), ("Jennings", 0.039), ("Barnett", 0.039), ("Graves", 0.039),
    ("Jimenez", 0.039), ("Horton", 0.039), ("Shelton", 0.039), ("Barrett", 0.039), ("O'Brien",
    0.039), ("Castro", 0.039), ("Sutton", 0.038), ("Gregory", 0.038), ("McKinney", 0.038),
    ("Lucas", 0.038), ("Miles", 0.038), ("Craig", 0.038), ("Rodriquez", 0.037), ("Chambers",
    0.037), ("Holt", 0.037), ("Lambert", 0.037), ("Fletcher", 0.037), ("Watts", 0.037),
    ("Bates", 0.037), ("Hale", 0.037), ("Rhodes", 0.037), ("Pena", 0.037), ("Beck", 0.037),
    ("Newman", 0.036), ("Haynes", 0.036), ("McDaniel", 0.036), ("Mendez", 0.036), ("Bush",
    0.036), ("Vaughn", 0.036), ("Parks", 0.035), ("Dawson", 0.035), ("Santiago", 0.035),
    ("Norris", 0.035), ("Hardy", 0.035), ("Love", 0.035), ("Steele", 0.035), ("Curry", 0.035),
    ("Powers", 0.035), ("Schultz", 0.035), ("Barker", 0.035), ("Guzman", 0.034), ("Page",
    0.034), ("Munoz", 0.034), ("Ball", 0.034), ("Keller", 0.034), ("Chandler", 0.034), ("Weber",
    0.034), ("Leonard", 0.034), ("Walsh", 0.033), ("Lyons", 0.033), ("Ramsey", 0.033), ("Wolfe",
    0.033), ("Schneider", 0.033), ("Mullins", 0.033), ("Benson", 0.033), ("Sharp", 0.033),
    ("Bowen", 0.033), ("Daniel", 0.033), ("Barber", 0.032), ("Cummings", 0.032), ("Hines",
    0.032), ("Baldwin", 0.032), ("Griffith", 0.032), ("Valdez", 0.032), ("Hubbard", 0.032),
    ("Salazar", 0.032), ("Reeves", 0.032), ("Warner", 0.031), ("Stevenson", 0.031), ("Burgess",
    0.031), ("Santos", 0.031), ("Tate", 0.031), ("Cross", 0.031), ("Garner", 0.031), ("Mann",
    0.031), ("Mack", 0.031), ("Moss", 0.031), ("Thornton", 0.031), ("Dennis", 0.031), ("McGee",
    0.031), ("Farmer", 0.03), ("Delgado", 0.03), ("Aguilar", 0.03), ("Vega", 0.03), ("Glover",
    0.03), ("Manning", 0.03), ("Cohen", 0.03), ("Harmon", 0.03), ("Rodgers", 0.03), ("Robbins",
    0.03), ("Newton", 0.03), ("Todd", 0.03), ("Blair", 0.03), ("Higgins", 0.03), ("Ingram",
    0.03), ("Reese", 0.03), ("Cannon", 0.03), ("Strickland", 0.03), ("Townsend", 0.03),
    ("Potter", 0.03), ("Goodwin", 0.03), ("Walton", 0.03), ("Rowe", 0.029), ("Hampton", 0.029),
    ("Ortega", 0.029), ("Patton", 0.029), ("Swanson", 0.029), ("Joseph", 0.029), ("Francis",
    0.029), ("Goodman", 0.029), ("Maldonado", 0.029), ("Yates", 0.029), ("Becker", 0.029),
    ("Erickson", 0.029), ("Hodges", 0.029), ("Rios", 0.029), ("Conner", 0.029), ("Adkins",
    0.029), ("Webster", 0.028), ("Norman", 0.028), ("Malone", 0.028), ("Hammond", 0.028),
    ("Flowers", 0.028), ("Cobb", 0.028), ("Moody", 0.028), ("Quinn", 0.028), ("Blake", 0.028),
    ("Maxwell", 0.028), ("Pope", 0.028), ("Floyd", 0.027), ("Osborne", 0.027), ("Paul", 0.027),
    ("McCarthy", 0.027), ("Guerrero", 0.027), ("Lindsey", 0.027), ("Estrada", 0.027),
    ("Sandoval", 0.027), ("Gibbs", 0.027), ("Tyler", 0.027), ("Gross", 0.027), ("Fitzgerald",
    0.027), ("Stokes", 0.027), ("Doyle", 0.027), ("Sherman", 0.027)
)  # fmt: skip

# Swedish: SCB's order (the commonest names people carry), head the top 150, then rarer names.
SV_F = ranked(
    "Anna, Eva, Maria, Karin, Sara, Kristina, Lena, Emma, Kerstin, Marie, Ingrid, Malin, Jenny, "
    "Hanna, Birgitta, Linnéa, Inger, Sofia, Annika, Elin, Ulla, Linda, Susanne, Johanna, Monica, "
    "Margareta, Elsa, Julia, Ida, Camilla, Åsa, Carina, Elisabeth, Helena, Anette, Ebba, Therese, "
    "Josefin, Cecilia, Louise, Maja, Alice, Sandra, Gunilla, Ella, Anneli, Lisa, Caroline, Matilda, "
    "Frida, Amanda, Moa, Ann, Emelie, Agneta, Wilma, Klara, Astrid, Ingela, Marianne, Ellen, Siv, "
    "Barbro, Britt, Jessica, Gun, Ulrika, Irene, Lovisa, Felicia, Elina, Mona, Ann-Marie, Pia, "
    "Katarina, Viktoria, Rebecka, Alva, Saga, Nora, Olivia, Selma, Vera, Elvira, Lilly, Stina, Tilda, "
    "Agnes, Lina, Jennie, Madeleine, Petra, Emilia, Nathalie, Ronja, Isabelle, Tove, Karolina, "
    "Yvonne, Sonja, Britt-Marie, Gunnel, Inga, Ann-Christin, Maj, Elise, Hedvig, Ylva, Charlotte, "
    "Sofie, Mikaela, Fanny, Tina, Veronica, Marita, Rut, Gerd, Ingegerd, Anita, Solveig, Elsie, "
    "Berit, Majken, Gunhild, Lilian, Margit, Lisbeth, Ann-Sofie, Viola, Eleonor, Signe, Tyra, "
    "Majvor, Jeanette, Linn, Amelia, Thea, Tindra, Sigrid, Ester, Freja, Alicia, Greta, Hilda, Lea, "
    "Liv, Nellie, Vendela, Mira, Elly, "
    # the tail
    "Edith, Märta, Hjördis, Dagny, Ingeborg, Svea, Gullan, Asta, Aina, Alma, Inez, Irma, Ines, "
    "Ellinor, Emmy, Evelina, Filippa, Hilma, Idun, Iris, Jasmine, Joanna, Judit, Kajsa, Lotta, "
    "Louisa, Lova, Majvi, Melinda, Melissa, Minna, My, Märit, Nadja, Natalie, Nova, Pernilla, "
    "Ragnhild, Rakel, Rosa, Rosalie, Sanna, Siri, Stella, Sylvia, Tekla, Tuva, Tora, Ulrica, Una, "
    "Valborg, Vilma, Vivianne, Yasmin, Alexandra, Angelica, Anja, Ann-Louise, Annelie, Annie, "
    "Bodil, Carin, Catarina, Christel, Christin, Cornelia, Dagmar, Daniela, Doris, Eivor, Elisa, "
    "Elna, Embla, Emilie, Erika, Estelle, Ewa, Fatima, Gabriella, Gertrud, Gisela, Gudrun, Gunvor, "
    "Harriet, Hillevi, Ingalill, Ingbritt, Isa, Jill, Jonna, Josefine, Kaisa, Kristin, Laila, "
    "Lillemor, Lisen, Liselotte, Livia, Lo, Madelene, Magdalena, Maj-Britt, Maj-Lis, Malva, Margot, "
    "Marika, Marina, Meja, Mimmi, Mirjam, Monika, Naemi, Nelly, Nina, Noomi, Ottilia, Paula, "
    "Paulina, Rigmor, Rita, Ruth, Sabina, Sally, Siw, Stephanie, Susanna, Tanja, Thyra, Tilde, Tilly, "
    "Ulla-Britt, Vanja, Victoria, Vivi, Vivan, Wera, Åse, Agda, Alfhild, Alida, Amalia, Aurora, "
    "Belinda, Bella, Benita, Birgit, Blenda, Cajsa, Carola, Disa, Edla, Ellie, Elvy, Evy, Fredrika, "
    "Gullvi, Gunbritt, Hedda, Helén, Henrika, Hertha, Ingvor, Irja, Janna, Jolin, Juni, Kaja, Leila, "
    "Lydia, Majlis, Malena, Malou, Minnie, Molly, Ninni, Olga, Ragna, Rebecca, Rosita, Runa, "
    "Sigbritt, Solbritt, Sol, Vilhelmina, Wivi, Yrsa, Zara, Annbritt, Anne-Marie, Gun-Britt, "
    "Britta, Charlotta, Christina, Anna-Lena, Eira, Anna-Karin, Eleonora, Eva-Lena, Frideborg, "
    "Gull-Britt, Ann-Britt, Ann-Charlotte, Ingalena, Inga-Lill, Marie-Louise, Kristel, Anna-Maria, Lisette, "
    "Maud, Mari, Mari-Ann, Mia, Nanna, Britt-Inger, Signhild, Ann-Kristin, Tova, Ulla-Stina",
    head=150,
)
SV_M = ranked(
    "Lars, Mikael, Anders, Johan, Per, Erik, Karl, Peter, Jan, Thomas, Daniel, Fredrik, Hans, "
    "Andreas, Stefan, Mohamed, Bengt, Alexander, Magnus, Mats, Oskar, Nils, Marcus, Sven, Bo, Göran, "
    "Jonas, Leif, Martin, Henrik, Ulf, Björn, Mattias, Christer, Niklas, Patrik, Tommy, David, "
    "Gustav, Robert, Kent, Emil, Rolf, Simon, Christian, Filip, Lucas, William, Anton, Viktor, Jakob, "
    "Sebastian, Robin, Rickard, Kjell, Roger, Tobias, Joakim, Ali, Adam, Oliver, Hugo, Elias, Axel, "
    "Isak, Ludvig, Kenneth, Åke, Stig, Olof, Lennart, Jonathan, Gunnar, Dennis, Håkan, Claes, Kevin, "
    "Jesper, Ola, Torbjörn, Jimmy, Liam, Noah, Theo, Melvin, Viggo, Albin, Edvin, Leo, Vincent, "
    "Arvid, Love, Sixten, Harry, Alfred, Linus, Felix, Johannes, Rasmus, Samuel, Max, Hampus, "
    "Pontus, Carl, Olle, Arne, Ingvar, Roland, Rune, Kurt, Bertil, Gösta, Ove, Sören, Conny, Pär, "
    "Jörgen, Urban, Lars-Erik, Karl-Erik, Jan-Erik, Sture, Tomas, Benjamin, Elliot, Ivar, Otto, "
    "Valter, Vilgot, Folke, Sigvard, Birger, Ragnar, Gert, Bernt, Dan, Jens, Morgan, Ronny, Glenn, "
    "Krister, Torsten, Mohammad, Ahmed, Omar, Hassan, Evert, Allan, Tage, Egon, Helge, Yngve, "
    # the tail
    "Inge, Ebbe, Hjalmar, Wilhelm, Harald, Adrian, Albert, Alvin, Amir, August, Bruno, Casper, "
    "Charlie, Colin, Dante, Douglas, Eddie, Edvard, Einar, Eskil, Fabian, Frans, Fritiof, Gabriel, "
    "Georg, Gideon, Halvar, Henning, Herbert, Holger, Ingemar, Ingmar, Ismail, Jack, Jacob, Joel, Jon, "
    "Josef, Julius, Kasper, Kristoffer, Lage, Lars-Göran, Lars-Olof, Leonard, Levi, Lukas, Malte, "
    "Manfred, Matteus, Melker, Milo, Mio, Neo, Nicklas, Noel, Odd, Ossian, Per-Olof, Ragnvald, "
    "Reidar, Reine, Rikard, Ruben, Sam, Sigge, Svante, Sverker, Teodor, Tor, Tore, Torgny, Uno, "
    "Valdemar, Vidar, Viking, Vilhelm, Waldemar, Yusuf, Zacharias, Östen, Abdullah, Alf, Assar, "
    "Billy, Bror, Carl-Johan, Curt, Dag, Egil, Elis, Elof, Emanuel, Enar, Erland, Evald, Gottfrid, "
    "Gustaf, Hannes, Hilding, Ibrahim, Isidor, Jarl, Jerker, Joar, John, Jöns, Karl-Johan, Kennet, "
    "Kim, Knut, Konrad, Leon, Loke, Magne, Markus, Mauritz, Olov, Oscar, Petter, Ralf, Roine, Rudolf, "
    "Sigurd, Sonny, Staffan, Sten, Stellan, Sune, Sylve, Thor, Thure, Tim, Ture, Ulrik, Vilmer, "
    "Wiktor, Algot, Ansgar, Aron, Bo-Göran, Börje, Dick, Elmer, Hilmer, Kjell-Åke, Lars-Åke, Loui, "
    "Nicolas, Nils-Erik, Orvar, Patric, Ronnie, Roy, Sivert, Ted, Torvald, Vide, Justus, Kenny, "
    "Lenny, Per-Olov, Arnold, Artur, Karl-Axel, Bengt-Göran, Sven-Erik, Christoffer, Conrad, Edgar, "
    "Ejnar, Emrik, Lars-Olov, Esbjörn, Carl-Henrik, Fredric, Gunder, Hans-Olov, Hans-Erik, Helmer, Henry, "
    "Sven-Olof, Holmfrid, Iwan, Jan-Olof, Jan-Åke, Joachim, Johnny, Jörn, Karl-Gustav, Kjell-Ove, "
    "Lars-Gunnar, Lars-Ivar, Leopold, Nils-Gunnar, Lorentz, Mats-Ola, Matts, Melcher, Nils-Olof, Ole, "
    "Per-Erik, Per-Anders, Per-Arne, Bengt-Olof, Roald, Jan-Olov, Sigfrid, Sölve, Tryggve, Valentin, Verner, "
    "Wille, Ville, Åsmund, Örjan",
    head=150,
)
SV_S = ranked(
    "Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson, "
    "Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson, "
    "Magnusson, Lindström, Olofsson, Lindqvist, Lindgren, Berg, Axelsson, Bergström, Lundberg, Lind, "
    "Lundgren, Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Forsberg, Sjöberg, "
    "Ali, Wallin, Mohamed, Engström, Eklund, Danielsson, Lundin, Håkansson, Björk, Bergman, "
    "Gunnarsson, Holm, Wikström, Samuelsson, Isaksson, Fransson, Bergqvist, Nyström, Holmberg, "
    "Arvidsson, Löfgren, Söderberg, Nyberg, Blomqvist, Claesson, Nordström, Ahmed, Mårtensson, "
    "Lundström, Hassan, Viklund, Björklund, Eliasson, Pålsson, Berggren, Sandström, Lund, Nordin, "
    "Ström, Åberg, Falk, Ekström, Hermansson, Holmgren, Hellström, Dahlberg, Hedlund, Sundberg, "
    "Sjögren, Ek, Blom, Abrahamsson, Martinsson, Öberg, Andreasson, Strömberg, Månsson, Åkesson, "
    "Hansen, Dahl, Lindholm, Norberg, Holmqvist, Jensen, Sundström, Nordqvist, Ibrahim, Hussein, "
    "Omar, Söderström, Lindell, Ekman, Hedberg, Bergkvist, Lindahl, Ivarsson, Sjöström, Nyman, "
    "Johnsson, Holmström, Westerberg, Lundmark, Adolfsson, Edlund, Boström, Nord, Ottosson, "
    "Sundqvist, Stenberg, Björkman, Westin, Engberg, Åström, Strand, Ekberg, Öhman, Forslund, "
    "Hallberg, Nordlund, Sundin, Augustsson, Aronsson, Wiklund, Hellberg, Lindblom, Nordgren, "
    "Bäckström, Lindén, Palm, Nyqvist, Kristiansson, Lindkvist, Backman, Olausson, Granström, "
    # the tail
    "Hjalmarsson, Sjödin, Mohammed, Hedström, Jonasson, Eklöf, Borg, Lilja, Lindh, Rosén, Ågren, "
    "Lindroth, Thorén, Wahlström, Sköld, Åkerlund, Grönlund, Malm, Nordberg, Brandt, Berglöf, "
    "Carlsson, Ericsson, Petersson, Lindquist, Modig, Roos, Törnqvist, Ljungberg, Sjölund, Lundell, "
    "Östlund, Hedman, Vikström, Hägg, Blomberg, Rydberg, Frisk, Engman, Holmlund, Stenström, "
    "Ahlberg, Ahlström, Ljung, Wallgren, Gustavsson, Kjellberg, Sundell, Björn, Moberg, Bergh, "
    "Wennberg, Norén, Hammar, Nygren, Edström, Franzén, Knutsson, Carlberg, Sandgren, Berntsson, "
    "Ahlgren, Granlund, Almqvist, Hägglund, Byström, Östberg, Bergdahl, Lindfors, Wikman, Sundkvist, "
    "Broberg, Kvist, Skoglund, Sjöqvist, Olander, Hellgren, Åslund, Ekdahl, Thunberg, Sandell, "
    "Dahlgren, Linder, Ohlsson, Nordlander, Fagerström, Jacobsson, Nyholm, Gren, Hultgren, Hedin, "
    "Sahlin, Svärd, Kvarnström, Grahn, Frid, Rask, Enqvist, Löfstedt, Nordahl, Lundkvist, Bergmark, "
    "Sjölander, Berglind, Norling, Wallén, Eng, Lööf, Rosengren, Holmén, Ekholm, Engdahl, Lundén, "
    "Alm, Kling, Lundblad, Hammarström, Sandqvist, Lindskog, Lindblad, Berglin, Wiberg, Thorsson, "
    "Ståhl, Ekstrand, Åman, Nordén, Strömqvist, Sjöblom, Dahlström, Lindwall, Wahlberg, Björling, "
    "Edvardsson, Lindman, Söderlund, Rehn, Öhrn, Hjelm, Hjort, Renström, Stridh, Sjöstrand, Berger, "
    "Wennström, Lindstedt, Malmberg, Malmström, Pihl, Bengtson, Bolin, Fors, Granqvist, Strömgren, "
    "Lundahl, Blixt, Hagström, Hellman, Hult, Hallgren, Krantz, Lindroos, Melin, Nykvist, Olin, "
    "Qvist, Rapp, Rydén, Selin, Skog, Sundén, Törnblom, Vallin, Zetterberg, Zetterlund, Åkerman, "
    "Östman, Asplund, Bergsten, Boman, Dahlin, Ekblom, Forsman, Grip, Hallin, Hedqvist, Isberg, "
    "Kihlberg, Larsen, Löfberg, Mellberg, Norrman, Palmqvist, Rydell, Stålberg, Tell, Thelin, Uhlin, "
    "Wall, Westman, Wikberg, Åhlund, Lagerqvist, Stjärnberg, Häggström, Kronberg, Eriksdotter, "
    "Nilsdotter, Sundelin, Bäck, Hedenström, Grönberg, Fälth, Tidblad, Rosenqvist, Ahlin, Sporre, "
    "von Sydow, af Klintberg, De Geer, von Essen, Lewenhaupt, Gyllenhammar",
    head=150,
)

# UK: the ONS rankings' order (names of the living population: older and newer names both), 1/rank.
UK_F = ranked(
    "Sarah, Emma, Claire, Laura, Lisa, Rebecca, Amy, Jennifer, Nicola, Helen, Rachel, Michelle, "
    "Karen, Susan, Julie, Joanne, Olivia, Amelia, Emily, Sophie, Jessica, Charlotte, Hannah, Lucy, "
    "Elizabeth, Margaret, Patricia, Mary, Jean, Janet, Christine, Carol, Linda, Sandra, Deborah, "
    "Tracey, Samantha, Kelly, Louise, Gemma, Victoria, Katie, Lauren, Zoe, Kirsty, Natalie, Stacey, "
    "Leanne, Donna, Angela, Alison, Jacqueline, Pauline, Lynn, Wendy, Sharon, Gillian, Maureen, "
    "Sheila, Brenda, Joan, Barbara, Irene, Dorothy, Eileen, Kathleen, Valerie, Ann, Anne, Jane, "
    "Caroline, Fiona, Heather, Jill, Lesley, Catherine, Kate, Abigail, Megan, Eleanor, Holly, Molly, "
    "Isla, Ava, Grace, Mia, Poppy, Ella, Lily, Evie, Isabella, Sophia, Freya, Ivy, Florence, Alice, "
    "Daisy, Rosie, Millie, Ruby, Chloe, Jasmine, Imogen, Erin, Scarlett, Amber, Bethany, Georgia, "
    "Jade, Leah, Niamh, Aimee, Harriet, Phoebe, Matilda, Evelyn, Elsie, Willow, Sienna, Harper, "
    "Maisie, Esme, Layla, Ellie, Lottie, Thea, Ada, Aria, Rose, Hazel, Carole, Diane, Elaine, "
    "Marion, Beverley, Yvonne, Hayley, "
    # the tail
    "Tina, Tanya, Toni, Vanessa, Suzanne, Sally, Rosemary, Pamela, Norma, Nina, Naomi, Miriam, "
    "Melanie, Marie, Lorraine, Lindsey, Jacqui, Iris, Hilary, Gail, Felicity, Faye, Eve, Emily-Rose, "
    "Dawn, Clare, Cheryl, Charlene, Bridget, Beatrice, Audrey, Anita, Annabel, Antonia, Bernadette, "
    "Caitlin, Ciara, Connie, Darcey, Edith, Ellen, Erica, Francesca, Gwen, Gwyneth, Imani, Isobel, "
    "Jenna, Jodie, Katrina, Keeley, Kerry, Lara, Leigh, Liberty, Lydia, Mabel, Mared, Martha, "
    "Maya, Nia, Nell, Paige, Penelope, Ffion, Rhian, Rhiannon, Robyn, Rowan, Seren, Shannon, Siobhan, "
    "Stephanie, Tegan, Una, Verity, Winifred, Yasmin, Zara, Bronwen, Cerys, Ebony, Eilidh, Aoife",
    head=130,
)
UK_M = ranked(
    "David, John, Michael, Paul, Andrew, Mark, James, Richard, Peter, Stephen, Robert, Christopher, "
    "Daniel, Matthew, Anthony, Ian, Gary, Steven, Simon, Lee, Neil, Kevin, Martin, Darren, Craig, "
    "Jason, Stuart, Graham, Philip, Alan, Colin, Brian, Keith, Barry, Kenneth, Derek, Trevor, Roy, "
    "Geoffrey, Raymond, Terence, Malcolm, Gordon, Nigel, Adrian, Jonathan, Thomas, William, "
    "Benjamin, Samuel, Joseph, Luke, Ryan, Adam, Ben, Sam, Joshua, Jamie, Ashley, Dean, Carl, Wayne, "
    "Shaun, Scott, Aaron, Callum, Connor, Kieran, Liam, Nathan, Jordan, Lewis, Jake, Harvey, Ethan, "
    "Oliver, George, Noah, Arthur, Muhammad, Leo, Harry, Oscar, Archie, Henry, Theodore, Freddie, "
    "Jack, Charlie, Theo, Alfie, Jacob, Finley, Arlo, Lucas, Isaac, Tommy, Max, Alexander, Edward, "
    "Sebastian, Louie, Reggie, Albie, Ronnie, Teddy, Rory, Hugo, Toby, Elliot, Dylan, Logan, Gareth, "
    "Rhys, Owen, Dale, Glen, Russell, Clive, Dennis, Leslie, Frederick, Ernest, Sidney, Norman, "
    "Douglas, Duncan, Euan, Fraser, Alistair, Hamish, "
    # the tail
    "Aidan, Alfred, Ali, Angus, Ashton, Bernard, Bradley, Calum, Cameron, Ciaran, Cian, Conor, "
    "Cyril, Damian, Declan, Dominic, Eamon, Elijah, Ellis, Evan, Ewan, Felix, Francis, Gavin, "
    "Gerald, Gerard, Gregory, Harrison, Howard, Iwan, Jay, Jeremy, Joel, Jude, Julian, Kai, Kyle, "
    "Lance, Leon, Lloyd, Marcus, Mohammed, Morgan, Nathaniel, Nicholas, Patrick, Phil, Quentin, Ralph, "
    "Reece, Rhodri, Robbie, Ross, Rupert, Samir, Seth, Stanley, Tariq, Terry, Timothy, Tristan, "
    "Tyler, Victor, Vincent, Warren, Zachary, Zain, Ahmed, Bilal, Hassan, Ibrahim, Yusuf, Omar",
    head=130,
)
UK_S = ranked(
    "Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts, "
    "Robinson, Thompson, Wright, Walker, White, Edwards, Hughes, Green, Hall, Lewis, Harris, Clarke, "
    "Patel, Jackson, Wood, Turner, Martin, Cooper, Hill, Ward, Morris, Moore, Clark, Lee, King, Baker, "
    "Harrison, Morgan, Allen, James, Scott, Phillips, Watson, Davis, Parker, Price, Bennett, Young, "
    "Griffiths, Mitchell, Kelly, Cook, Carter, Richardson, Bailey, Collins, Bell, Shaw, Murphy, "
    "Miller, Cox, Richards, Khan, Marshall, Anderson, Simpson, Ellis, Adams, Singh, Begum, Wilkinson, "
    "Foster, Chapman, Powell, Webb, Rogers, Gray, Mason, Ali, Hunt, Hussain, Campbell, Matthews, "
    "Owen, Palmer, Holmes, Mills, Barnes, Knight, Lloyd, Butler, Russell, Barker, Fisher, Stevens, "
    "Jenkins, Murray, Dixon, Harvey, Graham, Pearson, Ahmed, Fletcher, Walsh, Kaur, Gibson, Howard, "
    "Andrews, Stewart, Elliott, Reynolds, Saunders, Payne, Fox, Ford, Pearce, Day, Brooks, West, "
    "Lawrence, Cole, Atkinson, Bradley, Spencer, Gill, Dawson, Ball, Burton, O'Brien, Watts, Rose, "
    "Booth, Perry, Ryan, Grant, Wells, Armstrong, Francis, Rees, "
    # the tail
    "Hayes, Hart, Hudson, Newman, Barrett, Webster, Hunter, Gregory, Carr, Lowe, Page, Marsh, Riley, "
    "Dunn, Woods, Parsons, Berry, Stone, Reid, Holland, Hawkins, Harding, Porter, Robertson, Newton, "
    "Oliver, Reed, Kennedy, Williamson, Bird, Gardner, Shah, Dean, Lane, Cooke, Bates, Henderson, "
    "Parry, Burgess, Bishop, Walton, Burns, Nicholson, Shepherd, Ross, Cross, Long, Freeman, Warren, "
    "Nicholls, Hamilton, Byrne, Sutton, McDonald, Yates, Hodgson, Robson, Curtis, Hopkins, O'Connor, "
    "Harper, Coleman, Watkins, Moss, McCarthy, Chambers, O'Neill, Griffin, Sharp, Hardy, Wheeler, "
    "Potter, Osborne, Johnston, Gordon, Doyle, Wallace, George, Jordan, Hutchinson, Rowe, Burke, May, "
    "Pritchard, Gilbert, Willis, Higgins, Read, Miles, Stevenson, Stephenson, Hammond, Arnold, "
    "Buckley, Walters, Hewitt, Barber, Nelson, Slater, Austin, Sullivan, Whitehead, Mann, Frost, "
    "Lambert, Stephens, Blake, Akhtar, Lynch, Goodwin, Barton, Woodward, Thomson, Cunningham, Quinn, "
    "Barnett, Baxter, Bibi, Clayton, Nash, Greenwood, Jennings, Holt, Kemp, Poole, Gallagher, Bond, "
    "Stokes, Tucker, Davidson, Fowler, Heath, Norman, Middleton, Lawson, Banks, French, Stanley, "
    "Jarvis, Gibbs, Ferguson, Hayward, Carroll, Douglas, Dickinson, Todd, Barlow, Peters, Lucas, "
    "Knowles, Hartley, Miah, Simmons, Morton, Alexander, Field, Morrison, Norris, Townsend, Preston, "
    "Hancock, Thornton, Baldwin, Burrows, Briggs, Storey, Pugh, Hobbs, Rahman, Islam, Uddin, "
    "Chowdhury, Mahmood, Iqbal, Hughes-Jones, Lloyd-Davies, Fraser, MacDonald, MacLeod, Sinclair",
    head=150,
)

# Origins common in Sweden: their commonest given names and surnames, 1/rank, head 10.
FINNISH = Origin(
    ranked(
        "Tuula, Pirjo, Päivi, Riitta, Sirpa, Marja, Leena, Eila, Raija, Kaarina, Hannele, Sari, Tarja, Seija, Maija, Aino, Helmi, Satu, Minna, Tiina, Kirsi, Merja, Terttu, Irmeli, Liisa, Ritva, Anneli, Outi"
    ),
    ranked(
        "Juha, Timo, Matti, Kari, Mikko, Jari, Antti, Pekka, Jukka, Markku, Seppo, Heikki, Pertti, Esa, Hannu, Raimo, Veikko, Tapio, Ilkka, Kalevi, Jouko, Risto, Arto, Petri, Jarmo, Eero, Olavi, Tuomas, Ville, Aki"
    ),
    ranked(
        "Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen, Hiltunen, Kallio, Leinonen, Toivonen, Pitkänen"
    ),
)
ARABIC = Origin(  # Iraq, Syria, Lebanon, Palestine; Assyrian/Syriac names among them
    ranked(
        "Fatima, Maryam, Zainab, Noor, Sara, Aisha, Amina, Layla, Huda, Rana, Hiba, Yasmin, Lina, Rasha, Dima, Nour, Salma, Hanan, Reem, Samira, Ninorta, Nahrain, Shamiram, Mariam, Lamia, Nadia, Sana, Fadia, Souad, Ishtar"
    ),
    ranked(
        "Mohammed, Ahmad, Ali, Hussein, Omar, Hassan, Mustafa, Abdullah, Khaled, Ibrahim, Yousef, Mahmoud, Karim, Samir, Tariq, Bilal, Hamza, Walid, Ammar, Ziad, Adel, Firas, Rami, Fadi, Sargon, Ninos, Ashur, Sami, Nabil, Jamal, Gabriel, Aziz"
    ),
    ranked(
        "Ali, Mohammed, Ahmed, Hassan, Hussein, Ibrahim, Abdullah, Saleh, Khalil, Mahmoud, Al-Obaidi, Al-Jubouri, Al-Saadi, Aziz, Jaber, Haddad, Nasser, Hamdan, Yousef, Mansour, Kassab, Shamoun, Barsoum, Saliba, Yacoub, Hanna, Toma, Khoury, Darwish, Qasim, Salman, Jasim, Kareem, Isho, Gabriel"
    ),
)
SOMALI = Origin(
    ranked(
        "Hodan, Fadumo, Amina, Sahra, Hawa, Khadija, Asha, Nasra, Ifrah, Sagal, Ayan, Fardowsa, Hibo, Ikran, Leyla, Muna, Safiya, Deeqa, Warsan, Idil, Najma, Istahil"
    ),
    ranked(
        "Abdirahman, Mohamed, Abdullahi, Ahmed, Abdi, Hassan, Ali, Omar, Yusuf, Abdikarim, Mahad, Farah, Liban, Guled, Hamza, Mukhtar, Abdiaziz, Bashir, Ismail, Said, Osman, Jama"
    ),
    ranked(
        "Mohamed, Ahmed, Hassan, Ali, Abdi, Omar, Warsame, Farah, Hussein, Jama, Nur, Osman, Yusuf, Ibrahim, Aden, Egal, Duale, Hirsi, Mohamud, Abdullahi, Ismail, Elmi, Gedi, Shire, Dirie, Samatar"
    ),
)
POLISH = Origin(  # women's -ski/-cki/-dzki surnames take -ska/-cka/-dzka (feminine below)
    ranked(
        "Anna, Maria, Katarzyna, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Elżbieta, Magdalena, Joanna, Aleksandra, Monika, Zofia, Teresa, Danuta, Natalia, Karolina, Marta, Beata, Dorota, Justyna, Paulina, Iwona, Jadwiga, Grażyna, Agata"
    ),
    ranked(
        "Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Jan, Michał, Marcin, Stanisław, Jakub, Adam, Marek, Łukasz, Grzegorz, Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Jerzy, Maciej, Rafał, Kamil, Robert, Sławomir, Przemysław, Artur"
    ),
    ranked(
        "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Wojciechowski, Kwiatkowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Wróbel, Nowakowski, Majewski, Olszewski, Stępień, Malinowski, Jaworski, Adamczyk, Dudek, Nowicki, Górski, Sadowski, Wysocki, Gradzki"
    ),
)
PERSIAN = Origin(
    ranked(
        "Maryam, Fatemeh, Zahra, Leila, Shirin, Parisa, Nasrin, Mahnaz, Roya, Azadeh, Shabnam, Neda, Mina, Elham, Parvin, Farideh, Golnaz, Nazanin, Soheila, Ladan, Mahsa, Yasaman, Niloufar"
    ),
    ranked(
        "Mohammad, Ali, Reza, Hossein, Mehdi, Amir, Hamid, Saeed, Majid, Behrouz, Dariush, Farhad, Kaveh, Babak, Ramin, Arash, Payam, Omid, Navid, Peyman, Kourosh, Siamak, Shahram"
    ),
    ranked(
        "Mohammadi, Hosseini, Ahmadi, Rezaei, Karimi, Moradi, Hashemi, Rahimi, Jafari, Ghorbani, Sadeghi, Kazemi, Hosseinzadeh, Rostami, Ebrahimi, Mousavi, Amiri, Bagheri, Nazari, Azizi, Shirazi, Tehrani, Farahani, Kiani, Safavi"
    ),
)
BCS = Origin(  # Bosnian, Serbian, Croatian
    ranked(
        "Amra, Emina, Jasmina, Lejla, Selma, Mirela, Ana, Marija, Ivana, Jelena, Dragana, Snežana, Vesna, Mirjana, Azra, Aida, Senada, Nermina, Maja, Sanja, Tanja, Gordana, Zorica, Merima, Ajla"
    ),
    ranked(
        "Emir, Adnan, Amir, Edin, Haris, Nermin, Senad, Mirza, Dragan, Zoran, Goran, Milan, Nenad, Dejan, Marko, Ivan, Nikola, Stefan, Damir, Dino, Alen, Mehmed, Kemal, Zlatan, Mladen, Tomislav"
    ),
    ranked(
        "Hodžić, Hadžić, Kovačević, Begić, Delić, Mehmedović, Ahmetović, Husić, Hasanović, Suljić, Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Horvat, Babić, Marić, Jurić, Knežević, Pavlović, Popović, Salihović, Alić, Mujić, Softić"
    ),
)
TURKISH = Origin(
    ranked(
        "Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Meryem, Şerife, Sultan, Hülya, Özlem, Derya, Esra, Gül, Songül, Nurcan, Büşra, Merve, Canan, Filiz, Serap, Selin, Ebru, Aysel"
    ),
    ranked(
        "Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Osman, Murat, Yusuf, Ömer, Ramazan, Halil, Süleyman, Abdullah, Kemal, Emre, Burak, Serkan, Cem, Erdal, Yasin, Fatih, Kenan, Ercan"
    ),
    ranked(
        "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Korkmaz, Erdoğan, Aksoy, Güneş, Acar, Tekin"
    ),
)
ERITREAN = Origin(  # the father's given name serves as surname
    ranked(
        "Helen, Senait, Yordanos, Selam, Saba, Rahel, Feven, Luwam, Hiwet, Tsega, Mebrat, Ruta, Winta, Freweini, Semhar, Eden, Abeba, Mehret, Letay, Selamawit, Kidan, Medhanit"
    ),
    ranked(
        "Yonas, Daniel, Tesfay, Samuel, Habtom, Robel, Filmon, Michael, Yohannes, Tekle, Berhane, Mehari, Haile, Dawit, Tewelde, Ghirmay, Kibrom, Biniam, Aron, Mussie, Nahom, Efrem"
    ),
    ranked(
        "Tesfay, Tekle, Haile, Berhane, Gebremedhin, Ghebremariam, Kidane, Tesfamariam, Woldu, Mehari, Yohannes, Habte, Ghebreyesus, Asmerom, Andemariam, Bereket, Tewolde, Ghirmay, Mebrahtu, Negash, Weldemichael, Zerai"
    ),
)
AFGHAN = Origin(
    ranked(
        "Zahra, Mariam, Masooma, Parwana, Shabana, Nargis, Fariba, Freshta, Mursal, Marzia, Nilofar, Homa, Zarghona, Malalai, Sima, Laila, Shukria, Mahbooba, Roya, Latifa, Zakia, Farzana"
    ),
    ranked(
        "Mohammad, Ahmad, Ali, Reza, Hussain, Mustafa, Habib, Javad, Morteza, Sultan, Jawid, Farid, Nasir, Wahid, Zabihullah, Rahmatullah, Abdullah, Hamid, Sohrab, Mahdi, Yaqub, Ismail, Karim, Amin, Qasim"
    ),
    ranked(
        "Ahmadi, Hussaini, Mohammadi, Rahimi, Hakimi, Karimi, Sultani, Amiri, Rezaie, Jafari, Azimi, Noori, Haidari, Rasuli, Stanikzai, Popal, Sadat, Safi, Nazari, Hashimi, Wardak, Yousufzai, Akbari"
    ),
)
THAI = Origin(
    ranked(
        "Siriporn, Malee, Nittaya, Kanya, Supaporn, Pornthip, Wanida, Jintana, Nongnuch, Ratana, Araya, Kannika, Wipawee, Pensri, Busaba, Sunisa, Duangjai, Chanida, Lamai, Nanthana, Pimchanok, Orapin"
    ),
    ranked(
        "Somchai, Somsak, Sompong, Prasert, Boonmee, Anan, Wichai, Surachai, Chaiwat, Kittisak, Thanakorn, Somboon, Niran, Sakchai, Pichai, Narong, Manop, Thawat, Suriya, Apichat"
    ),
    ranked(
        "Saetang, Srisuk, Wongsawat, Phromma, Boonyarat, Thongsuk, Kaewkham, Sukprasert, Rattanakorn, Jaidee, Khamsri, Suwannarat, Intharat, Wongchai, Siriwat, Phanthong, Chanthara, Sriwong, Bunmee, Noikham"
    ),
)
LATIN = Origin(  # Chile and Latin America: two surnames, the father's and the mother's
    ranked(
        "María, Carolina, Camila, Daniela, Valentina, Francisca, Javiera, Catalina, Constanza, Fernanda, Paula, Claudia, Patricia, Verónica, Marcela, Andrea, Paola, Lorena, Gabriela, Ximena, Soledad, Rocío, Natalia, Alejandra"
    ),
    ranked(
        "José, Juan, Luis, Carlos, Jorge, Francisco, Pablo, Sebastián, Diego, Matías, Felipe, Cristián, Rodrigo, Gonzalo, Andrés, Manuel, Patricio, Claudio, Héctor, Mauricio, Nicolás, Ignacio, Eduardo, Sergio"
    ),
    ranked(
        "González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo, Tapia, Reyes, Gutiérrez, Castro, Pizarro, Álvarez, Vásquez, Sánchez, Fernández, Ramírez, Carrasco"
    ),
)
KURDISH = Origin(
    ranked(
        "Shilan, Rojin, Berivan, Dilan, Hevi, Jiyan, Nazdar, Zilan, Rozerin, Avin, Ronahi, Gulistan, Sosin, Narin, Leyla, Shirin, Bahar, Dilvin, Evin, Kajal, Helin, Rezan"
    ),
    ranked(
        "Aram, Azad, Rebin, Baran, Dilshad, Karwan, Hawar, Rebaz, Sherwan, Shiyar, Zana, Serhat, Kawa, Dara, Hiwa, Soran, Ari, Bakhtiyar, Hemin, Ferhad, Mazlum, Welat, Diyar, Alan"
    ),
    ranked(
        "Rashid, Karim, Qadir, Aziz, Salih, Amin, Rasul, Mahmud, Hama, Sharif, Bakr, Kurdi, Hawrami, Zebari, Barwari, Sindi, Dosky, Jaf, Mirza, Osman"
    ),
)
UKRAINIAN = Origin(
    ranked(
        "Olena, Natalia, Oksana, Iryna, Tetiana, Svitlana, Yulia, Kateryna, Olha, Anastasiia, Viktoriia, Mariia, Halyna, Liudmyla, Larysa, Nadiia, Daria, Alina, Inna"
    ),
    ranked(
        "Oleksandr, Serhii, Andrii, Volodymyr, Dmytro, Yurii, Oleh, Mykola, Ivan, Vasyl, Viktor, Ihor, Petro, Maksym, Bohdan, Taras, Roman, Vitalii, Artem, Denys"
    ),
    ranked(
        "Melnyk, Shevchenko, Boiko, Kovalenko, Bondarenko, Tkachenko, Kovalchuk, Kravchenko, Oliinyk, Shevchuk, Koval, Polishchuk, Bondar, Tkachuk, Moroz, Marchenko, Lysenko, Rudenko, Savchenko, Petrenko"
    ),
)
LITHUANIAN = Origin(  # many in Swedish building trades; women's surnames in their married form
    ranked(
        "Rūta, Jurgita, Inga, Kristina, Lina, Asta, Rasa, Vilma, Jūratė, Aušra, Daiva, Neringa, Laura, Agnė, Eglė, Ieva, Gintarė, Simona, Giedrė, Dalia"
    ),
    ranked(
        "Tomas, Mindaugas, Darius, Andrius, Mantas, Giedrius, Vytautas, Paulius, Marius, Jonas, Lukas, Rimantas, Saulius, Arūnas, Tadas, Gintaras, Dainius, Žydrūnas, Linas, Kęstutis"
    ),
    ranked(
        "Kazlauskas, Jankauskas, Petrauskas, Stankevičius, Vasiliauskas, Žukauskas, Butkus, Paulauskas, Urbonas, Kavaliauskas, Baranauskas, Pocius, Navickas, Savickas, Rimkus, Sakalauskas, Vaitkus, Mockus, Balčiūnas, Šimkus"
    ),
    ranked(
        "Kazlauskienė, Jankauskienė, Petrauskienė, Stankevičienė, Vasiliauskienė, Žukauskienė, Butkienė, Paulauskienė, Urbonienė, Kavaliauskienė, Baranauskienė, Pocienė, Navickienė, Savickienė, Rimkienė, Sakalauskienė, Vaitkienė, Mockienė, Balčiūnienė, Šimkienė"
    ),
)

ORIGINS = {
    "swedish": Origin(SV_F, SV_M, SV_S),
    "us": Origin(census(US_F), census(US_M), census(US_S)),
    "uk": Origin(UK_F, UK_M, UK_S),
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
    "lithuanian": LITHUANIAN,
}

# Who is named, per language of the text: Swedish text as Sweden's population is (and its trades,
# where Polish, Baltic and Ukrainian workers are many); English text mostly the UK's and the US's
# people; mixed text (Swedish and English at work) Swedish first, then the UK and the US.
MIXES = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 3.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5, "lithuanian": 1.5,
        "ukrainian": 1.3, "eritrean": 1.2, "thai": 1, "latin": 1, "uk": 0.8, "us": 0.6,
    },
    "en": {
        "us": 38, "uk": 36, "swedish": 9, "polish": 3, "arabic": 2, "latin": 2, "lithuanian": 1.5,
        "ukrainian": 1.5, "finnish": 1, "turkish": 1, "bcs": 1, "somali": 0.8, "persian": 0.8,
        "thai": 0.6, "eritrean": 0.5, "afghan": 0.5, "kurdish": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 10, "us": 9, "arabic": 5, "polish": 4, "finnish": 3, "bcs": 2.5,
        "persian": 2.5, "lithuanian": 2, "turkish": 1.5, "somali": 1.5, "kurdish": 1.5,
        "afghan": 1.5, "ukrainian": 1.5, "eritrean": 1, "thai": 1, "latin": 1,
    },
}  # fmt: skip

# Short forms people are called by, per origin: given name -> its short forms.
NICKNAMES = {
    "swedish": {
        "Lars": ["Lasse"], "Mikael": ["Micke"], "Joakim": ["Jocke"], "Per": ["Pelle", "Perra"],
        "Karl": ["Kalle"], "Thomas": ["Tompa"], "Tomas": ["Tompa"], "Magnus": ["Mange"],
        "Fredrik": ["Fredde"], "Mattias": ["Matte"], "Marcus": ["Mackan"], "Markus": ["Mackan"],
        "Kenneth": ["Kenta"], "Robert": ["Robban"], "Torbjörn": ["Tobbe"], "Tobias": ["Tobbe"],
        "Jan": ["Janne"], "Hans": ["Hasse"], "Stefan": ["Steffe"], "Gustav": ["Gurra"],
        "Niklas": ["Nicke"], "Patrik": ["Patte"], "Sebastian": ["Sebbe"], "Christian": ["Chrille"],
        "Kristoffer": ["Krille"], "Jonas": ["Jonte"], "Daniel": ["Danne"], "Bengt": ["Bengan"],
        "Leif": ["Leffe"], "Rickard": ["Ricky"], "Alexander": ["Alex"], "Christer": ["Kricke"],
        "Anders": ["Ante"], "Johan": ["Jojje"], "Göran": ["Göte"], "Björn": ["Nalle"],
        "Elisabeth": ["Lisa", "Bettan"], "Margareta": ["Maggan"], "Birgitta": ["Gittan", "Bittan"],
        "Katarina": ["Kattis"], "Charlotte": ["Lotta"], "Susanne": ["Sussie"], "Viktoria": ["Vickan"],
        "Madeleine": ["Madde"], "Josefin": ["Jossan"], "Therese": ["Tessan"], "Camilla": ["Millan"],
        "Jessica": ["Jessan"], "Kristina": ["Kicki", "Stina"], "Annika": ["Ankan"],
        "Gunilla": ["Gunsan"], "Ingrid": ["Inka"], "Barbro": ["Babban"], "Caroline": ["Carro"],
        "Rebecka": ["Becka"], "Matilda": ["Tilda"], "Alexandra": ["Alex"], "Maria": ["Mia"],
        "Ulf": ["Uffe"], "Roger": ["Roffe"], "Rolf": ["Roffe"], "Robin": ["Robban"], "Oskar": ["Ogge"],
        "Henrik": ["Henke"], "Nils": ["Nisse"], "Sven": ["Svenne"], "Bo": ["Bosse"], "Olof": ["Olle"],
        "Stig": ["Stickan"], "Lennart": ["Lelle"], "Kent": ["Kenta"], "Erik": ["Erre"],
    },
    "uk": {
        "William": ["Will", "Bill"], "Robert": ["Rob", "Bob"], "Richard": ["Rich", "Dick"],
        "James": ["Jim", "Jamie"], "Michael": ["Mike", "Mick"], "Christopher": ["Chris"],
        "Thomas": ["Tom"], "Anthony": ["Tony"], "Daniel": ["Dan", "Danny"], "Matthew": ["Matt"],
        "Joseph": ["Joe"], "Andrew": ["Andy"], "Stephen": ["Steve"], "Steven": ["Steve"],
        "Edward": ["Ed", "Ted"], "Benjamin": ["Ben"], "Samuel": ["Sam"], "Jonathan": ["Jon"],
        "David": ["Dave"], "Peter": ["Pete"], "Kenneth": ["Ken"], "Terence": ["Terry"],
        "Nicholas": ["Nick"], "Philip": ["Phil"], "Alexander": ["Alex"], "Timothy": ["Tim"],
        "Elizabeth": ["Liz", "Beth"], "Jennifer": ["Jen", "Jenny"], "Catherine": ["Cath", "Kate"],
        "Margaret": ["Maggie", "Peggy"], "Patricia": ["Pat", "Trish"], "Rebecca": ["Becky", "Becca"],
        "Victoria": ["Vicky"], "Samantha": ["Sam"], "Deborah": ["Debbie"], "Susan": ["Sue"],
        "Jacqueline": ["Jackie"], "Christine": ["Chris"], "Abigail": ["Abi"], "Eleanor": ["Ellie"],
    },
    "us": {
        "William": ["Bill", "Will"], "Robert": ["Bob", "Rob"], "Richard": ["Rick"], "James": ["Jim"],
        "Michael": ["Mike"], "Christopher": ["Chris"], "Thomas": ["Tom"], "Anthony": ["Tony"],
        "Daniel": ["Dan"], "Joseph": ["Joe"], "Charles": ["Chuck", "Charlie"], "Donald": ["Don"],
        "Ronald": ["Ron"], "Kenneth": ["Ken"], "Gregory": ["Greg"], "Raymond": ["Ray"],
        "Lawrence": ["Larry"], "Douglas": ["Doug"], "Gerald": ["Jerry"], "Walter": ["Walt"],
        "Elizabeth": ["Liz", "Beth"], "Jennifer": ["Jen"], "Patricia": ["Patty", "Pat"],
        "Katherine": ["Kathy", "Kate"], "Kimberly": ["Kim"], "Deborah": ["Deb"], "Susan": ["Sue"],
        "Cynthia": ["Cindy"], "Pamela": ["Pam"], "Margaret": ["Peggy"], "Christina": ["Tina"],
    },
    "polish": {
        "Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"], "Aleksandra": ["Ola"], "Tomasz": ["Tomek"],
        "Piotr": ["Piotrek"], "Krzysztof": ["Krzysiek"], "Agnieszka": ["Aga"], "Magdalena": ["Magda"],
        "Wojciech": ["Wojtek"], "Grzegorz": ["Grzesiek"], "Stanisław": ["Staszek"],
    },
    "finnish": {"Matti": ["Masa"], "Hannele": ["Hanne"], "Kaarina": ["Kaija"]},
    "ukrainian": {"Oleksandr": ["Sasha"], "Volodymyr": ["Volodia"], "Kateryna": ["Katia"]},
    "lithuanian": {"Mindaugas": ["Mindis"], "Vytautas": ["Vytas"]},
    "arabic": {"Mohammed": ["Mo"], "Abdullah": ["Abdu"]},
    "latin": {"Francisco": ["Pancho"], "José": ["Pepe"], "Francisca": ["Pancha"]},
}  # fmt: skip
