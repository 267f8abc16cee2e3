# ruff: noqa: E501
"""Name pools of held-out CZ (issue 15): names as the population has them, weighted by how often
people carry them. Written by CZ's writer from general knowledge (Sweden's SCB name statistics in
rank order, the UK's ONS rankings in rank order, the commonest names of the origins common in
Sweden and of the English-speaking countries CZ's papers come from) and from the US Census 1990
lists (public domain, copied from the `names` package's `dist.female.first`, `dist.male.first` and
`dist.all.last`). No name was checked against anything in the repository; none is left out for
being known or unknown.

Every list is a `Pool`: its names in rank order, a weight each (1/rank, or the census per cent) and
the size of its head. A name word is drawn from a list's head with `HEAD_SHARE`, else from its tail.
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


def _names(text: str) -> tuple[str, ...]:
    """Names in rank order from a comma-separated text; a name met again keeps its first rank."""
    seen: dict[str, None] = {}
    for name in text.replace("\n", " ").split(","):
        name = " ".join(name.split())
        if name:
            seen.setdefault(name, None)
    return tuple(seen)


def ranked(text: str, head: int) -> Pool:
    """A list in rank order, weight 1/rank."""
    names = _names(text)
    return Pool(names, tuple(1 / rank for rank in range(1, len(names) + 1)), min(head, len(names)))


def census(rows: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A US Census 1990 list: the census per cent as weight."""
    seen: dict[str, float] = {}
    for name, share in rows:
        seen.setdefault(name, share)
    return Pool(tuple(seen), tuple(seen.values()), head)


_PLAIN = str.maketrans(
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
    """The word typed without its letters: `Wiśniewski` -> `Wisniewski`, `Đorđević` -> `Djordjevic`."""
    word = word.translate(_PLAIN)
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch)
    )


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# The US Census 1990 lists (public domain), copied from the `names` package's data files: the first
# 400 women's and 400 men's given names and 450 surnames, the census per cent as weight, head 150.
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
    ("Saunders", 0.027), ("Wise", 0.027), ("Colon", 0.027), ("Gill", 0.027), ("Alvarado", 0.027),
    ("Greer", 0.026), ("Padilla", 0.026), ("Simon", 0.026), ("Waters", 0.026), ("Nunez", 0.026),
    ("Ballard", 0.026), ("Schwartz", 0.026), ("McBride", 0.026), ("Houston", 0.026),
    ("Christensen", 0.026), ("Klein", 0.026), ("Pratt", 0.026), ("Briggs", 0.026),
    ("Parsons", 0.026), ("McLaughlin", 0.026), ("Zimmerman", 0.026), ("French", 0.026),
    ("Buchanan", 0.026), ("Moran", 0.026), ("Copeland", 0.025), ("Roy", 0.025), ("Pittman", 0.025),
    ("Brady", 0.025), ("McCormick", 0.025), ("Holloway", 0.025),
)  # fmt: skip

# Sweden: SCB's name statistics (the whole population, tilltalsnamn and förnamn), in rank order as
# the writer knows them; head the top 150, the tail rarer names past them.
SV_F = ranked(
    """Anna, Eva, Maria, Karin, Kristina, Lena, Sara, Kerstin, Emma, Ingrid, Marie, Malin, Birgitta,
    Jenny, Hanna, Inger, Annika, Linnéa, Elin, Susanne, Monica, Johanna, Ulla, Carina, Elisabeth,
    Julia, Sofia, Katarina, Linda, Ida, Helena, Camilla, Marianne, Gunilla, Åsa, Anneli, Margareta,
    Cecilia, Anette, Sandra, Elsa, Ebba, Alice, Barbro, Agneta, Therese, Lisa, Josefin, Frida, Amanda,
    Maja, Siv, Ellen, Matilda, Louise, Gun, Ulrika, Wilma, Caroline, Moa, Britt, Emelie, Klara, Lina,
    Yvonne, Astrid, Alva, Jessica, Elina, Viktoria, Pia, Ann, Ann-Christin, Madeleine, Sofie, Lovisa,
    Ingegerd, Gunnel, Ella, Mona, Ann-Marie, Agnes, Elisabet, Charlotte, Petra, Ingela, Irene, Tove,
    Erika, Nathalie, Vera, Alexandra, Britt-Marie, Jennie, Rebecca, Olivia, Saga, Stina, Märta,
    Ester, Ronja, Tilda, Felicia, Evelina, Isabelle, Nora, Elvira, Emilia, Mikaela, Kajsa, Jeanette,
    Lotta, Marita, Rut, Solveig, Linn, Hedvig, Signe, Lilly, Iris, Sigrid, Mia, Cornelia, Greta,
    Tyra, Selma, Ines, Nellie, Anita, Gunhild, Berit, Eivor, Gerd, Lilian, Sonja, Ann-Sofie,
    Lisbeth, Birgit, Maj, Karolina, Marina, Kristin, Pernilla, Mariann, Catarina, Rose-Marie,
    Gudrun, Ingeborg, Helen, Lillemor, Viveka, Ylva, Sanna, Emelie, Elsie, Ann-Charlotte,
    Edith, Carolina, Anne, Liv, Tina, Veronica, Rebecka, Gabriella, Filippa, Elise, Isabella, Stella,
    Alma, Thea, Tuva, Meja, Lova, Juni, Freja, Molly, Leah, Hilda, Majken, Svea, Elvi, Hillevi, Marit,
    Eleonor, Magdalena, Malva, Nova, Siri, Ingalill, Inga, Dagmar, Edla, Hjördis, Aina, Doris, Ruth,
    Elna, Gunvor, Ingrid-Marie, Anna-Karin, Ann-Britt, Maj-Britt, Ulla-Britt, Anna-Lena, Eva-Lena,
    Ann-Louise, Karin-Marie, Lena-Maria, Marie-Louise, Anna-Maria, Ann-Katrin, Annelie, Annie,
    Antonia, Aurora, Beata, Bodil, Carin, Carola, Dagny, Daniela, Disa, Edit, Elena,
    Eleonora, Elinor, Ellinor, Emmy, Embla, Estelle, Ewa, Fanny, Gerda, Gulli, Gunborg, Harriet,
    Hedda, Hilma, Idun, Ilse, Ingbritt, Ingvor, Isa, Jasmine, Jonna, Josefine, Judit, Kaisa, Kim,
    Lea, Leila, Linnea, Livia, Lo, Lovis, Lydia, Madelene, Margit, Mari, Marlene, Minna, Miranda,
    My, Märit, Naemi, Nanna, Nelly, Nicole, Nina, Ottilia, Paula, Ragnhild, Rakel, Sigbritt, Sissela,
    Sylvia, Tekla, Tora, Valborg, Vanja, Vilma, Vivi, Viola, Angelica, Anja, Annette, Britta,
    Charlotta, Christina, Cristina, Emely, Evy, Frideborg, Gertrud, Gisela, Gunn,
    Göta, Hanne, Helga, Henny, Ingegärd, Ingmarie, Irma, Iréne, Jill, Jane, Karina, Katja, Kristel,
    Laila, Lilja, Lisen, Louisa, Lykke, Mathilda, Meta, Mirjam, Mollie, Myra, Märtha,
    Nathalia, Oda, Pauline, Rosa, Rosita, Sabina, Salma, Sanja, Siw, Solvig, Stephanie, Susann,
    Tanja, Theresia, Ulrica, Valentina, Vendela, Wivi, Yasmine, Zara, Åse, Agda, Alfhild,
    Berta, Blenda, Clara, Fredrika, Gullan, Hulda, Ingelise, Jenni, Gullvi, Inez, Josefina, Lisette, Majlis,
    Naima, Sofi, Tindra, Wendela, Alicia, Leonora, Ingamay, Elly""",
    head=150,
)
SV_M = ranked(
    """Lars, Mikael, Anders, Johan, Erik, Per, Karl, Peter, Jan, Thomas, Daniel, Fredrik, Hans,
    Bengt, Andreas, Stefan, Mats, Magnus, Marcus, Mattias, Bo, Alexander, Jonas, Göran, Nils,
    Martin, Leif, Sven, Björn, Oskar, Ulf, Niklas, Henrik, David, Kent, Christer, Patrik, Emil,
    Simon, Lennart, Gustav, Tommy, Robert, Viktor, Filip, Kjell, Håkan, Rolf, Stig, William,
    Christoffer, Joakim, Roger, Anton, Jonathan, Robin, Åke, Tobias, Kenneth, Linus, Elias, Lucas,
    Sebastian, Johannes, Rasmus, Adam, Oliver, Hugo, Axel, Jakob, Gunnar, Roland, Claes, Dan,
    Lukas, Liam, Isak, Arvid, Ludvig, Albin, Ali, Mohammad, Olof, Arne, Ingemar, Jörgen, Tomas,
    Kristoffer, Jimmy, Urban, Torbjörn, Jesper, Pontus, Gösta, Kurt, Sten, Benny, Conny, Jens,
    Noah, Edvin, Vincent, Theo, Leo, Melvin, Alfred, Harald, Bertil, Ove, Rune, Ingvar, Lennart,
    Gustaf, Karl-Erik, Lars-Erik, Jan-Erik, Per-Olof, Carl, Christian, Richard, Joel, Max, Viggo,
    Elliot, Ebbe, Otto, Josef, Samuel, Felix, Wilhelm, Sixten, Loke, Sigge, Valter, Frans,
    Holger, Harry, Hampus, Ivar, Kevin, Dennis, Mohammed, Ahmed, Hassan, Marcus, Erland, Morgan,
    Reine, Sune, Lage, Tord, Birger, Bernt, Allan, Evert, Gunnar, Hjalmar, Ragnar, Yngve, Einar,
    Ronny, Glenn, Thorbjörn, Staffan, Jöns, Gert, Helge, Ingvald, Mauritz, Torsten, Valdemar,
    Vilhelm, Enar, Folke, Gottfrid, Greger, Halvar, Henning, Herbert, Inge, Jarl, Kennet, Krister,
    Lars-Göran, Leonard, Lennarth, Malte, Melker, Mårten, Nisse, Olle, Orvar, Osvald, Paul, Pär,
    Sigvard, Sture, Sölve, Teodor, Tor, Torgny, Ture, Uno, Verner, Vidar, Wiktor, Östen,
    Bror, Dag, Didrik, Egon, Elof, Emanuel, Eskil, Fabian, Georg, Gillis, Gunne, Hannes, Henry, Hilding,
    Jacob, Jakop, Jerker, Joar, Jon, Kalle, Kasper, Knut, Konrad, Lars-Olof, Leopold, Love, Maximilian,
    Nicklas, Noel, Odd, Olaus, Oscar, Patric, Petter, Philip, Reidar, Rikard, Ruben, Sam, Seth,
    Sivert, Svante, Sören, Tage, Tim, Trygve, Tyko, Ulrik, Walter, Yusuf,
    Adrian, Alvin, August, Benjamin, Bill, Casper, Charlie, Douglas, Edward, Erling,
    Fritiof, Gabriel, Gideon, Herman, Ibrahim, Isac, Jack, Jim, John, Julius, Karl-Johan, Lars-Åke,
    Mathias, Mikel, Milton, Nathan, Nelson, Omar, Per-Anders, Per-Erik, Ragnvald, Roy, Sigfrid, Stellan,
    Thor, Tommie, Vilgot, Wilmer, Åsmund, Algot, Alrik, Arnold, Artur, Assar, Berndt, Boris, Brynolf,
    Curt, Edgar, Eilert, Engelbrekt, Fridolf, Gerhard, Gusten, Göte, Iwan, Jean, Jöran,
    Kurt-Erik, Lars-Gunnar, Lenny, Lorentz, Matts, Mons, Natanael, Nore, Per-Åke, Rickard, Rudolf,
    Seved, Sigurd, Stig-Arne, Sven-Erik, Sven-Olof, Thure, Valentin, Wilgot, Jan-Olof, Sven-Åke, Bo-Göran, Karl-Gustav,
    Nils-Erik, Per-Ola, Lars-Inge, Hans-Åke, Carl-Johan, Eddie, Eric, Ingmar, Kristian, Marco, Niclas,
    Ola, Petrus, Roine, Tony, Ted, Teddy, Alf, Aron, Charles, Elis, Emrik, Gunder, Haldor, Hilmer,
    Ingolf, Isidor, Jesse, Joacim, Joachim, Jonny, Kai, Kent-Åke, Lars-Ove, Leif-Åke, Nicolas, Olav,
    Pierre, Ralf, Ronald, Stig-Olof, Theodor, Vilmer, Waldemar, Örjan, Bengt-Göran""",
    head=150,
)
SV_S = ranked(
    """Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson,
    Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson,
    Magnusson, Olofsson, Lindström, Lindqvist, Lindgren, Berg, Axelsson, Bergström, Lundberg, Lind,
    Lundgren, Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Forsberg, Sjöberg,
    Ali, Wallin, Mohammed, Engström, Eklund, Danielsson, Lundin, Håkansson, Björk, Bergman,
    Gunnarsson, Holm, Wikström, Samuelsson, Isaksson, Fransson, Bergqvist, Nyström, Holmberg,
    Arvidsson, Löfgren, Söderberg, Nyberg, Blomqvist, Claesson, Nordström, Ahmed, Mårtensson,
    Lundström, Hassan, Viklund, Björklund, Eliasson, Pålsson, Berggren, Sandström, Lund, Nordin,
    Ström, Åberg, Falk, Ekström, Hermansson, Holmgren, Hellström, Dahlberg, Hedlund, Sundberg,
    Sjögren, Ek, Blom, Abrahamsson, Martinsson, Öberg, Andreasson, Strömberg, Månsson, Hansen,
    Åkesson, Dahl, Lindholm, Norberg, Holmqvist, Mohamed, Jonasson, Hussein, Omar, Ibrahim,
    Sundqvist, Lindblom, Jensen, Nielsen, Nordlund, Engman, Söderström, Hedberg, Lindahl, Ekman,
    Wiklund, Berntsson, Carlsson, Davidsson, Strand, Sundström, Lindén, Backman, Jeppsson,
    Hedström, Johnsson, Nyman, Friberg, Adolfsson, Lilja, Vikström, Boström, Hjalmarsson,
    Lindell, Göransson, Nygren, Olausson, Sjöström, Kristiansson, Borg, Ekberg, Stenberg,
    Wahlström, Thorén, Åström, Rosén, Sundin, Löfström, Lindh, Rosengren, Nordqvist, Edlund,
    Granath, Söderlund, Haglund, Bäckström, Wiberg, Lundmark, Westerberg, Jakobson, Carlström,
    Hammarström, Nordgren, Sahlin, Hägglund, Ahlström, Edström, Palm, Engberg, Forslund, Ivarsson,
    Hägg, Torstensson, Grahn, Mattson, Kjellberg, Westin, Sandin, Englund, Dahlgren, Strandberg,
    Ottosson, Wallén, Hallberg, Åkerman, Lindroth, Sjölund, Rydberg, Melin, Ljungberg, Gren,
    Brandt, Hellberg, Ekholm, Knutsson, Hallgren, Tibell, Blomberg, Ågren, Lundholm, Sjödin,
    Rundqvist, Östlund, Hägglöf, Bergkvist, Wennberg, Liljegren, Granström, Ohlsson, Nordberg,
    Thunberg, Mörk, Runesson, Kvist, Frisk, Edvardsson, Eek, Lindkvist, Ericsson, Enqvist,
    Sjökvist, Lööf, Lönn, Ljung, Malm, Malmberg, Malmqvist, Modin, Molin, Nord, Norén, Nykvist,
    Palmqvist, Rask, Rehn, Ringström, Rudberg, Sandell, Sellberg, Skoog, Stark,
    Starck, Steen, Stenlund, Strid, Sund, Svedberg, Svahn, Swärd, Söderholm, Tell, Tornberg,
    Vallin, Wahlberg, Wallgren, Wennerström, Westberg, Westman, Wikman, Zetterberg, Zetterlund,
    Åhman, Öhman, Östberg, Österberg, Almqvist, Alm, Ahlberg, Ahlgren, Appelqvist, Asplund,
    Barck, Bergdahl, Blixt, Bohlin, Burman, Byström, Cederberg, Dahlström, Ekdahl, Eklöf,
    Enberg, Fagerström, Fahlgren, Fält, Forsgren, Fors, Franzén, Frid, Furberg, Gran, Grönlund,
    Grönberg, Gyllensten, Hallin, Hedman, Hellgren, Hjort, Holmström, Hultgren, Hultman,
    Jarl, Kallin, Kempe, Kron, Kullberg, Källström, Lagerqvist, Lagerlöf, Lejon,
    Levin, Liljeberg, Lindbom, Lindmark, Linder, Lindskog, Ljunggren, Lorentzon, Lundahl,
    Lundblad, Löwenhielm, Mellberg, Moberg, Myrberg, Nygård, Näslund, Nordenskiöld, Pihl,
    von Platen, af Klercker, von Essen, De Geer, af Ugglas, von Sydow, Wachtmeister, Lewenhaupt,
    Gyllenstierna, Bielke, Fleetwood, Silfverschiöld, Rålamb, Posse, Sparre, Stålhammar,
    Qvarnström, Rapp, Rydén, Råberg, Sandén, Segerstedt, Sjöholm, Skog, Sköld, Spång, Stenmark,
    Sten, Sved, Tegnér, Thelin, Tjäder, Tunberg, Uddén, Unger, Vestin, Vesterlund, Wester""",
    head=150,
)

# The UK: given names in the order of the ONS rankings across the decades the living were named in
# (general knowledge), surnames in the order of their frequency in England and Wales; 1/rank.
UK_F = ranked(
    """Sarah, Emma, Claire, Susan, Margaret, Elizabeth, Helen, Julie, Karen, Nicola, Lisa, Rachel,
    Laura, Jennifer, Patricia, Amanda, Louise, Joanne, Michelle, Deborah, Catherine, Jane, Mary, Ann,
    Christine, Linda, Gillian, Alison, Angela, Olivia, Amelia, Emily, Jessica, Sophie, Charlotte,
    Hannah, Lucy, Chloe, Rebecca, Victoria, Samantha, Kelly, Stephanie, Katie, Lauren, Jodie, Gemma,
    Kirsty, Hayley, Natalie, Zoe, Jacqueline, Carol, Janet, Barbara, Pauline, Sandra, Lesley, Wendy,
    Tracey, Dawn, Sharon, Anne, Joan, Dorothy, Jean, Valerie, Sheila, Maureen, Irene, Brenda, Pamela,
    Kathleen, Doreen, Shirley, Sylvia, Eileen, Betty, Joyce, Hilary, Judith, Diane, Caroline, Fiona,
    Kate, Anna, Ruth, Sally, Joanna, Kathryn, Lynne, Heather, Isla, Ava, Sophia, Grace, Mia, Poppy,
    Ella, Lily, Evie, Isabella, Ivy, Freya, Harper, Willow, Florence, Daisy, Alice, Rosie, Sienna,
    Elsie, Evelyn, Phoebe, Matilda, Ruby, Holly, Megan, Abigail, Bethany, Eleanor, Georgia, Amy,
    Jade, Leanne, Donna, Sonia, Marie, Julia, Teresa, Frances, Vivien, Gwen, Rhian, Sian, Bethan,
    Eilidh, Morag, Ailsa, Kirsteen, Niamh, Aoife, Esme, Harriet, Imogen, Maisie, Millie, Scarlett,
    Zara, Aisha, Fatima, Maryam, Amina, Priya, Hollie, Jasmine, Kayleigh, Leah, Courtney, Paige,
    Shannon, Tilly, Beatrice, Edith, Mabel, Nancy, Penelope, Rosemary, Marjorie, Muriel, Winifred,
    Gladys, Beryl, Audrey, Iris, Enid, Rita, Elaine, Marion, Yvonne, Sue, Penny, Bridget, Jill,
    Gail, Lorraine, Rosalind, Stella, Tessa, Verity, Felicity, Philippa, Belinda, Rowena, Imelda,
    Jocelyn, Olwen, Megan-Rose, Cerys, Ffion, Carys, Nia, Lowri, Seren, Catrin""",
    head=130,
)
UK_M = ranked(
    """David, John, Paul, Michael, Andrew, Peter, James, Robert, Mark, Richard, Stephen, Ian,
    Christopher, Thomas, Daniel, Matthew, William, Anthony, Simon, Steven, Gary, Kevin, Martin,
    Alan, Brian, Graham, Neil, Stuart, Jonathan, Philip, Keith, Colin, Adam, Jack, Oliver, Harry,
    George, Noah, Charlie, Jacob, Alfie, Freddie, Oscar, Leo, Arthur, Muhammad, Joshua, Samuel,
    Benjamin, Luke, Ryan, Jamie, Lee, Craig, Darren, Wayne, Dean, Shaun, Carl, Scott, Barry, Trevor,
    Derek, Roger, Malcolm, Raymond, Kenneth, Ronald, Dennis, Gordon, Geoffrey, Terence, Frank,
    Edward, Henry, Charles, Nicholas, Timothy, Jason, Nathan, Liam, Callum, Connor, Kieran, Jordan,
    Tom, Joe, Sam, Ben, Dan, Alexander, Lewis, Aaron, Ethan, Tyler, Mohammed, Archie, Theo, Jaxon,
    Finley, Teddy, Reggie, Albie, Tommy, Hugo, Louis, Max, Sebastian, Harrison, Toby, Elliot,
    Dylan, Rhys, Gareth, Huw, Dafydd, Owain, Iwan, Alun, Gwyn, Hamish, Angus, Fraser, Euan, Ross,
    Alistair, Duncan, Lachlan, Ewan, Cameron, Murray, Declan, Patrick, Sean, Desmond, Brendan,
    Norman, Leslie, Harold, Albert, Stanley, Ernest, Walter, Cyril, Frederick, Sidney, Douglas,
    Donald, Eric, Leonard, Reginald, Clifford, Herbert, Cecil, Roy, Victor, Howard, Clive, Nigel,
    Adrian, Julian, Rupert, Giles, Jeremy, Miles, Quentin, Rodney, Vincent, Laurence, Dominic,
    Marcus, Russell, Glenn, Gavin, Jeffrey, Bernard, Alfred, Arnold, Barrie, Bryan, Dale, Damian,
    Darryl, Duane, Gerald, Gregory, Jeffery, Lionel, Maurice, Melvyn, Mervyn, Ralph, Rex, Stewart,
    Vernon, Wilfred, Ashley, Bradley, Dominik, Harvey, Jake, Kyle, Mason, Reece, Rory, Tristan,
    Zachary, Yusuf, Ibrahim, Hassan, Imran, Arjun, Rohan""",
    head=130,
)
UK_S = ranked(
    """Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts,
    Robinson, Thompson, Wright, Walker, White, Edwards, Hughes, Green, Hall, Lewis, Harris, Clarke,
    Patel, Jackson, Wood, Turner, Martin, Cooper, Hill, Ward, Morris, Moore, Clark, Lee, King,
    Baker, Harrison, Morgan, Allen, James, Scott, Phillips, Watson, Davis, Parker, Price, Bennett,
    Young, Griffiths, Mitchell, Kelly, Cook, Carter, Richardson, Bailey, Collins, Bell, Shaw,
    Murphy, Miller, Cox, Richards, Khan, Marshall, Anderson, Simpson, Ellis, Adams, Singh, Begum,
    Wilkinson, Foster, Chapman, Powell, Webb, Rogers, Gray, Mason, Ali, Hunt, Hussain, Campbell,
    Matthews, Owen, Palmer, Holmes, Mills, Barnes, Knight, Lloyd, Butler, Russell, Barker, Fisher,
    Stevens, Jenkins, Murray, Dixon, Harvey, Graham, Pearson, Ahmed, Fletcher, Walsh, Kaur, Gibson,
    Howard, Andrews, Stewart, Elliott, Reynolds, Saunders, Payne, Fox, Ford, Pearce, Day, Brooks,
    West, Lawrence, Cole, Atkinson, Bradley, Spencer, Gill, Dawson, Ball, Burton, O'Brien, Watts,
    Rose, Booth, Perry, Ryan, Grant, Wells, Armstrong, Francis, Rees, Hayes, Hart, Hudson, Newman,
    Barrett, Webster, Hunter, Gregory, Carr, Lowe, Page, Marsh, Riley, Dunn, Woods, Parsons, Berry,
    Stone, Reid, Holland, Hawkins, Harding, Porter, Robertson, Newton, Oliver, Reed, Kennedy,
    Williamson, Bird, Gardner, Shah, Dean, Lane, Cooke, Bates, Henderson, Parry, Burgess, Bishop,
    Burns, Nicholson, Shepherd, Ross, Cross, Long, Freeman, Warren, Nicholls, Hamilton, Byrne,
    Sutton, McDonald, Yates, Hodgson, Robson, Curtis, Hopkins, O'Connor, Harper, Coleman, Watkins,
    Moss, McCarthy, Chambers, O'Neill, Griffin, Sharp, Hardy, Wheeler, Potter, Osborne, Johnston,
    Gordon, Doyle, Wallace, George, Jordan, Hutchinson, Rowe, Burke, May, Pritchard, Gilbert,
    Willis, Higgins, Read, Miles, Stevenson, Stephenson, Hammond, Arnold, Buckley, Walton, Hewitt,
    Barber, Lamb, Bryant, Rahman, Howells, Pugh, Jarvis, Fowler, Thorpe, Holt, Kirby, Hartley,
    Lord, Cartwright, Sanderson, Whitehead, Metcalfe, Pickering, Thornton, Ashworth, Greenwood,
    Crossley, Ackroyd, Sutcliffe, Haworth, Butterworth, Whittaker, Pilkington, Entwistle,
    Postlethwaite, Trelawny, Pascoe, Penrose, Tregear, Nankervis, Prosser, Vaughan, Gwynne,
    Llewellyn, Bevan, Meredith, Pryce, Cadwallader, MacLeod, MacKenzie, Sinclair, Fraser, Munro,
    Gunn, Sutherland, Mackay, Macrae, Buchanan, Cunningham, Ferguson, Kerr, Lindsay, Ogilvie,
    Drummond, Gallacher, Rafferty, Devlin, McAllister, Quigley, Farrell, Boyle, Hegarty, Haslam,
    Ingham, Lister, Snowden, Wainwright, Blackburn, Calvert, Dunstan, Fairclough, Gledhill,
    Horsfall, Illingworth, Kershaw, Lomas, Mellor, Nuttall, Oldroyd, Pollard, Rushworth, Scargill,
    Tattersall, Uttley, Varley, Whitworth""",
    head=150,
)

# Origins common in Sweden and in the English-speaking countries of CZ's papers: their commonest
# given names and surnames in rank order as the writer knows them, 1/rank, head the top 10.
FINNISH = Origin(
    ranked(
        """Pirjo, Tuula, Leena, Marja, Sirpa, Riitta, Anja, Eila, Raija, Satu, Päivi, Terttu, Helvi,
    Liisa, Tiina, Kaija, Seija, Merja, Hannele, Aino, Aila, Sinikka, Marjatta, Tarja, Arja, Irmeli,
    Johanna, Minna, Anneli, Kirsi""",
        10,
    ),
    ranked(
        """Juha, Jari, Kari, Timo, Pekka, Matti, Mikko, Heikki, Jukka, Markku, Antti, Esa, Seppo,
    Hannu, Veikko, Tapio, Pertti, Raimo, Ilkka, Jouni, Erkki, Pentti, Risto, Kalevi, Tuomas,
    Ville, Janne, Sami, Petri, Aarne""",
        10,
    ),
    ranked(
        """Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen,
    Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen,
    Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen,
    Lahtinen, Ahonen, Hyvönen, Kettunen, Räsänen""",
        10,
    ),
)
ARABIC = Origin(  # Iraq, Syria, Lebanon and Palestine, with Assyrian/Syriac names
    ranked(
        """Fatima, Maryam, Zainab, Noor, Sara, Amal, Hiba, Rasha, Huda, Layla, Rana, Aya, Lina, Dalia,
    Samira, Nadia, Yasmin, Reem, Shahad, Rania, Mariam, Ninva, Shamiram, Nahrain, Juliana, Souad,
    Hanan, Lamia, Ghada, Asma""",
        10,
    ),
    ranked(
        """Mohammed, Ahmed, Ali, Hassan, Hussein, Omar, Mustafa, Ibrahim, Khaled, Youssef, Karim,
    Abdullah, Mahmoud, Adnan, Samir, Rami, Bassam, Tariq, Ammar, Ziad, Ninos, Sargon, Ashur,
    Gabriel, Fadi, Aziz, Elias, Jamil, Haidar, Waleed""",
        10,
    ),
    ranked(
        """Ali, Mohammed, Ahmed, Hassan, Hussein, Ibrahim, Abdullah, Khalil, Saleh, Jaber, Mahmoud,
    Haddad, Abbas, Karim, Yousef, Jassim, Kadhim, Hamid, Rashid, Nasser, Mansour, Shamoun, Barsoum,
    Saliba, Gabriel, Isho, Yakoub, Aho, Malke, Lahdo, Gawrie, Hanna, Dawood, Khoury, Al-Hashimi,
    Al-Jubouri""",
        10,
    ),
)
SOMALI = Origin(
    ranked(
        """Fadumo, Hodan, Amina, Sahra, Hawa, Ifrah, Asha, Faisa, Ayan, Nimco, Muna, Hibaaq, Khadija,
    Ubah, Sagal, Deeqa, Ilhan, Warsan, Ruqiyo, Hamdi, Idil, Naima""",
        10,
    ),
    ranked(
        """Abdirahman, Abdullahi, Mohamed, Ahmed, Ali, Hassan, Abdi, Omar, Yusuf, Ismail, Mahad, Liban,
    Said, Farah, Mukhtar, Abdiaziz, Hamza, Ayanle, Guled, Bashir, Abdiqani, Khalid""",
        10,
    ),
    ranked(
        """Mohamed, Ahmed, Ali, Hassan, Abdi, Omar, Farah, Yusuf, Ismail, Warsame, Osman, Jama, Aden,
    Hussein, Nur, Abdullahi, Dahir, Egal, Hirsi, Samatar, Guled, Mohamud""",
        10,
    ),
)
POLISH = Origin(
    ranked(
        """Anna, Katarzyna, Maria, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Magdalena, Joanna,
    Elżbieta, Monika, Aleksandra, Dorota, Justyna, Natalia, Beata, Paulina, Marta, Zofia, Jadwiga,
    Grażyna, Urszula, Karolina""",
        10,
    ),
    ranked(
        """Piotr, Krzysztof, Tomasz, Andrzej, Paweł, Michał, Marcin, Jakub, Adam, Łukasz, Grzegorz,
    Jan, Mariusz, Wojciech, Marek, Dariusz, Kamil, Mateusz, Rafał, Maciej, Zbigniew, Jerzy,
    Sławomir, Przemysław""",
        10,
    ),
    ranked(
        """Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński,
    Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Wojciechowski, Kwiatkowski,
    Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek,
    Jabłoński, Wróbel, Nowicki, Sadowski, Czarnecki, Zawadzki, Sokołowski, Włodarczyk""",
        10,
    ),
)
PERSIAN = Origin(
    ranked(
        """Maryam, Fatemeh, Zahra, Narges, Shirin, Parisa, Leila, Mahsa, Roya, Nasrin, Azadeh, Samira,
    Neda, Sara, Mina, Shabnam, Soheila, Farideh, Golnaz, Elham, Mitra, Ladan""",
        10,
    ),
    ranked(
        """Mohammad, Ali, Reza, Hossein, Mehdi, Amir, Hamid, Saeed, Babak, Behrouz, Kourosh, Dariush,
    Majid, Farhad, Arash, Omid, Navid, Ramin, Shahram, Peyman, Bijan, Kaveh""",
        10,
    ),
    ranked(
        """Mohammadi, Hosseini, Ahmadi, Rezaei, Karimi, Moradi, Jafari, Rahimi, Hashemi, Mousavi,
    Sadeghi, Ghorbani, Rostami, Ebrahimi, Azizi, Kazemi, Tehrani, Amini, Nazari, Shirazi, Rahmani,
    Bagheri, Farahani, Alavi""",
        10,
    ),
)
BCS = Origin(  # Bosnian, Serbian and Croatian
    ranked(
        """Amra, Emina, Jasmina, Mirela, Sanela, Selma, Lejla, Amela, Ana, Marija, Jelena, Ivana,
    Dragana, Maja, Snežana, Vesna, Mirjana, Milica, Azra, Aida, Senada, Edina""",
        10,
    ),
    ranked(
        """Emir, Adnan, Amir, Edin, Senad, Mirza, Haris, Nermin, Dragan, Zoran, Goran, Milan, Nikola,
    Marko, Ivan, Dejan, Nenad, Dario, Damir, Kemal, Željko, Dražen""",
        10,
    ),
    ranked(
        """Hodžić, Hadžić, Delić, Begić, Kovačević, Mehmedović, Hasanović, Husić, Salihović, Jovanović,
    Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Horvat, Kovačić, Babić, Marić, Jurić,
    Knežević, Pavlović, Popović, Mujić, Alić, Halilović, Omerović""",
        10,
    ),
)
TURKISH = Origin(
    ranked(
        """Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Meryem, Şerife, Sultan, Zehra, Hülya, Özlem,
    Derya, Büşra, Esra, Merve, Gül, Sevgi, Leyla, Nur, Gülsüm, Dilek""",
        10,
    ),
    ranked(
        """Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Osman, Yusuf, Murat, Ömer,
    Ramazan, Halil, Süleyman, Abdullah, Mahmut, Recep, Emre, Burak, Erkan, Serkan""",
        10,
    ),
    ranked(
        """Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan,
    Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Erdoğan, Korkmaz, Güneş""",
        10,
    ),
)
ERITREAN = Origin(  # the father's name serves as surname
    ranked(
        """Helen, Senait, Selam, Rahel, Saba, Mebrat, Tsega, Hiwet, Luwam, Yordanos, Feven, Ruth,
    Almaz, Winta, Mehret, Abrehet, Semhar, Eden, Lidya, Nardos""",
        10,
    ),
    ranked(
        """Yonas, Daniel, Mehari, Tesfay, Yohannes, Samuel, Berhane, Filmon, Kidane, Tekle, Habte,
    Ghirmay, Amanuel, Robel, Biniam, Mussie, Semere, Dawit, Tewelde, Efrem""",
        10,
    ),
    ranked(
        """Tesfay, Gebremariam, Haile, Tekle, Berhe, Kidane, Ghebreyesus, Weldemichael, Yohannes,
    Mehari, Gebru, Habte, Kahsay, Asmerom, Tesfamariam, Negash, Woldu, Andemariam, Bahta, Ghirmay""",
        10,
    ),
)
AFGHAN = Origin(
    ranked(
        """Fatima, Zahra, Maryam, Nilofar, Shabana, Farzana, Mariam, Marzia, Sakina, Parwana, Nazia,
    Masouda, Freshta, Zarghuna, Shukria, Latifa, Najiba, Sadaf, Roya, Mina""",
        10,
    ),
    ranked(
        """Mohammad, Ahmad, Ali, Abdul, Mustafa, Hamid, Jawad, Sayed, Hussain, Rahim, Khalid, Najib,
    Farid, Zabihullah, Mujtaba, Reza, Hamidullah, Naweed, Bilal, Sohrab""",
        10,
    ),
    ranked(
        """Ahmadi, Hussaini, Rezai, Mohammadi, Sultani, Hakimi, Noori, Rahimi, Azizi, Karimi, Sharifi,
    Haidari, Amiri, Safi, Popal, Durrani, Stanekzai, Wardak, Jalali, Nazari""",
        10,
    ),
)
THAI = Origin(
    ranked(
        """Siriporn, Supaporn, Wanida, Malee, Nittaya, Kanya, Pranee, Somjai, Jintana, Ratana, Suda,
    Duangjai, Anong, Lamai, Nok, Ploy, Kannika, Sunisa, Wipada, Porntip""",
        10,
    ),
    ranked(
        """Somchai, Somsak, Prasert, Sompong, Anan, Surachai, Wichai, Chaiwat, Niran, Boonmee, Sakda,
    Thanakorn, Kittisak, Pichit, Apichat, Nattapong""",
        10,
    ),
    ranked(
        """Saetang, Srisuk, Wongsawat, Chaiyaporn, Suksawat, Thongchai, Boonyarat, Rattanakorn,
    Phongsri, Kaewmanee, Sirisombat, Jaidee, Ruangsri, Intharasuk, Sangthong, Sukprasert""",
        10,
    ),
)
LATIN = Origin(  # Chilean first, then Latin America at large; two surnames
    ranked(
        """María, Carolina, Camila, Daniela, Francisca, Valentina, Javiera, Constanza, Catalina, Paula,
    Andrea, Claudia, Patricia, Verónica, Gabriela, Marcela, Fernanda, Paulina, Ximena, Lorena,
    Soledad, Macarena""",
        10,
    ),
    ranked(
        """José, Juan, Luis, Carlos, Jorge, Cristián, Francisco, Rodrigo, Sebastián, Felipe, Matías,
    Diego, Pablo, Gonzalo, Ricardo, Manuel, Patricio, Héctor, Andrés, Eduardo, Mauricio, Álvaro""",
        10,
    ),
    ranked(
        """González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales,
    Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo,
    Tapia, Reyes, Gutiérrez, Castro, Pizarro, Álvarez, Vásquez, Sánchez, Fernández""",
        10,
    ),
)
KURDISH = Origin(
    ranked(
        """Rojda, Berivan, Zilan, Hêvî, Jiyan, Nazdar, Shilan, Roj, Dilan, Avin, Lana, Sozan, Nasrin,
    Gulistan, Leyla, Rozerin, Helin, Ronahi, Zozan, Kajal""",
        10,
    ),
    ranked(
        """Azad, Dilshad, Rebin, Karwan, Sherwan, Kawa, Rêbaz, Hoshyar, Shwan, Aram, Baran, Soran, Zana,
    Botan, Diyar, Hawre, Rizgar, Sirwan, Ferhad, Serdar""",
        10,
    ),
    ranked(
        """Ahmed, Abdullah, Mohammed, Karim, Rashid, Aziz, Mustafa, Omar, Aktaş, Salih, Qadir, Amin,
    Tekin, Kurdi, Hamad, Saeed, Sharif, Jalal, Rasul, Othman, Tahir, Faraj, Güler""",
        10,
    ),
)
UKRAINIAN = Origin(
    ranked(
        """Olena, Oksana, Nataliia, Tetiana, Iryna, Svitlana, Yuliia, Olha, Kateryna, Anastasiia,
    Mariia, Viktoriia, Liudmyla, Halyna, Nadiia, Daria, Alina, Khrystyna, Sofiia, Valentyna""",
        10,
    ),
    ranked(
        """Oleksandr, Serhii, Andrii, Volodymyr, Dmytro, Mykola, Oleksii, Ivan, Yurii, Vasyl, Viktor,
    Bohdan, Maksym, Taras, Petro, Ihor, Roman, Artem, Denys, Vitalii""",
        10,
    ),
    ranked(
        """Melnyk, Shevchenko, Kovalenko, Bondarenko, Boyko, Tkachenko, Kravchenko, Kovalchuk, Koval,
    Oliinyk, Shevchuk, Polishchuk, Bondar, Tkachuk, Marchenko, Moroz, Lysenko, Rudenko, Savchenko,
    Petrenko""",
        10,
    ),
)
INDIAN = Origin(
    ranked(
        """Priya, Anjali, Pooja, Neha, Sunita, Deepa, Kavita, Lakshmi, Divya, Anita, Meera, Asha,
    Shreya, Nisha, Rekha, Sangeeta, Aarti, Preeti, Harpreet, Gurpreet""",
        10,
    ),
    ranked(
        """Rahul, Amit, Raj, Sanjay, Vikram, Arjun, Rohit, Suresh, Anil, Ravi, Vijay, Manoj, Arun,
    Ajay, Sunil, Deepak, Harjit, Gurdeep, Karan, Nikhil""",
        10,
    ),
    ranked(
        """Patel, Singh, Sharma, Kumar, Shah, Gupta, Kaur, Mistry, Mehta, Joshi, Reddy, Rao, Iyer,
    Nair, Desai, Chauhan, Verma, Malhotra, Kapoor, Bhatt, Sandhu, Gill, Dhillon, Pillai""",
        10,
    ),
)
CHINESE = Origin(  # Mandarin in pinyin, Cantonese and Hokkien as Hong Kong and Malaysia write them
    ranked(
        """Jing, Ying, Yan, Hui, Li Na, Fang, Min, Lan, Ling, Xin, Mei Ling, Hong, Qing, Xiaomei,
    Wing Yee, Siew Lan, Man Yee, Yuet Ming, Shu Fen, Ping""",
        10,
    ),
    ranked(
        """Wei, Jun, Lei, Qiang, Jian, Hao, Ming, Tao, Yong, Chao, Feng, Yang, Peng, Bin, Zhiwei,
    Ka Wai, Chi Keung, Wing Hong, Boon Huat, Kok Leong""",
        10,
    ),
    ranked(
        """Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, Lin,
    Luo, Gao, Wong, Chan, Lee, Cheung, Lau, Ng, Leung, Ho, Tan, Lim""",
        10,
    ),
)
IRISH = Origin(
    ranked(
        """Mary, Bridget, Margaret, Catherine, Siobhán, Aoife, Niamh, Sinéad, Áine, Orla, Ciara,
    Deirdre, Róisín, Eileen, Nora, Kathleen, Sheila, Maureen, Emer, Clodagh, Gráinne, Caoimhe,
    Sorcha, Aisling, Nuala, Úna, Philomena, Josephine""",
        10,
    ),
    ranked(
        """Patrick, John, Michael, Seán, Séamus, Liam, Pádraig, Declan, Ciarán, Eoin, Cian, Conor,
    Darragh, Niall, Donal, Brendan, Kieran, Fergal, Colm, Tadhg, Diarmuid, Oisín, Cathal, Ruairí,
    Jarlath, Fintan, Eamon, Dermot""",
        10,
    ),
    ranked(
        """Murphy, Kelly, O'Sullivan, Walsh, Smith, O'Brien, Byrne, Ryan, O'Connor, O'Neill,
    O'Reilly, Doyle, McCarthy, Gallagher, O'Doherty, Kennedy, Lynch, Murray, Quinn, Moore,
    McLoughlin, O'Carroll, Connolly, Daly, O'Connell, Dunne, Brennan, Burke, Collins, Fitzgerald,
    Maguire, Nolan, Flynn, O'Callaghan, O'Donnell, Duffy, O'Mahony, Boyle, Healy, O'Shea,
    Mac Giolla Phádraig, Ó Súilleabháin, Mulcahy, Costello, Geraghty, Durcan""",
        10,
    ),
)
SOUTH_AFRICAN = Origin(  # Nguni, Sotho, Afrikaans and Indian South African names
    ranked(
        """Nomvula, Thandiwe, Lindiwe, Zanele, Nokuthula, Ayanda, Busisiwe, Precious, Palesa, Lerato,
    Marietjie, Annetjie, Elmarie, Susanna, Anri, Liezl, Charlene, Chantelle, Nadia, Elna""",
        10,
    ),
    ranked(
        """Sipho, Thabo, Bongani, Themba, Mandla, Sibusiso, Lungile, Kagiso, Tshepo, Mpho, Johannes,
    Pieter, Hendrik, Jacobus, Francois, Gerhard, Willem, Dirk, Stefan, Riaan""",
        10,
    ),
    ranked(
        """Dlamini, Nkosi, Ndlovu, Khumalo, Sithole, Mokoena, Mahlangu, Mthembu, Botha, van der Merwe,
    Pretorius, Venter, Nel, du Plessis, van Wyk, Smit, Fourie, Coetzee, Naidoo, Govender, Pillay,
    Jacobs, Petersen, Le Roux, Steyn""",
        10,
    ),
)
MAORI = Origin(  # Māori and Pacific names of New Zealand
    ranked(
        """Aroha, Mere, Hine, Ana, Kiri, Moana, Anahera, Huia, Ngaire, Awhina, Manaia, Tui, Mele,
    Losa, Sina, Te Aroha, Kahurangi, Mereana""",
        10,
    ),
    ranked(
        """Wiremu, Hemi, Tama, Rawiri, Mikaere, Tane, Nikau, Hohepa, Pita, Rangi, Manaia, Tipene,
    Sione, Viliami, Tevita, Ihaia, Te Rangi, Matiu""",
        10,
    ),
    ranked(
        """Ngata, Parata, Tomoana, Wihongi, Tipene, Rika, Tamihana, Te Huia, Pomare, Hetaraka, Karaka,
    Rata, Paki, Nikora, Tuilagi, Taufa, Fifita, Leota, Faleolo, Te Kani""",
        10,
    ),
)

SWEDISH = Origin(SV_F, SV_M, SV_S)
US = Origin(census(US_F), census(US_M), census(US_S))
UK = Origin(UK_F, UK_M, UK_S)

ORIGINS: dict[str, Origin] = {
    "swedish": SWEDISH, "us": US, "uk": UK, "irish": IRISH, "finnish": FINNISH, "arabic": ARABIC,
    "somali": SOMALI, "polish": POLISH, "persian": PERSIAN, "bcs": BCS, "turkish": TURKISH,
    "eritrean": ERITREAN, "afghan": AFGHAN, "thai": THAI, "latin": LATIN, "kurdish": KURDISH,
    "ukrainian": UKRAINIAN, "indian": INDIAN, "chinese": CHINESE, "south_african": SOUTH_AFRICAN,
    "maori": MAORI,
}  # fmt: skip

# Who is named, per language of the row: Swedish text as Sweden's population is, English text as the
# readers of community papers in the English-speaking world are, mixed text as Swedish workplaces.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5, "eritrean": 1.2, "ukrainian": 1.2,
        "thai": 1, "latin": 1, "uk": 0.7, "indian": 0.6, "chinese": 0.5, "us": 0.5,
    },
    "en": {
        "us": 30, "uk": 28, "irish": 8, "swedish": 5, "indian": 5, "chinese": 3, "south_african": 3,
        "maori": 2, "polish": 2, "arabic": 2, "latin": 2, "persian": 0.8, "ukrainian": 0.8,
        "finnish": 0.7, "somali": 0.6, "turkish": 0.6, "bcs": 0.5, "thai": 0.5, "eritrean": 0.4,
        "afghan": 0.4, "kurdish": 0.3,
    },
    "mixed": {
        "swedish": 50, "uk": 10, "us": 9, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
        "persian": 2.5, "irish": 2, "somali": 1.5, "turkish": 1.5, "kurdish": 1.5, "indian": 1.5,
        "afghan": 1.2, "ukrainian": 1.2, "eritrean": 1, "thai": 1, "latin": 1, "chinese": 1,
        "south_african": 0.6, "maori": 0.4,
    },
}  # fmt: skip

# A country's own notices (an Irish death notice, a New Zealand funeral notice) name its own people
# more often: a template's `@key` draws that origin with this share, else the language's mix.
HINT_SHARE = 0.6

# Short forms people are called by, per origin: given name -> its short forms.
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": {
        "Lars": ("Lasse",), "Mikael": ("Micke",), "Joakim": ("Jocke",), "Karl": ("Kalle",),
        "Per": ("Pelle", "Pära"), "Charlotte": ("Lotta",), "Susanne": ("Sussie", "Sanna"),
        "Magnus": ("Mange",), "Thomas": ("Tompa",), "Tomas": ("Tompa",), "Kristina": ("Kicki", "Stina"),
        "Elisabeth": ("Lisa", "Lisbeth"), "Margareta": ("Maggan",), "Birgitta": ("Bittan", "Gittan"),
        "Katarina": ("Kattis",), "Marcus": ("Mackan",), "Robert": ("Robban",), "Fredrik": ("Fredde",),
        "Niklas": ("Nicke",), "Daniel": ("Danne",), "Patrik": ("Patte",), "Christoffer": ("Chrille",),
        "Kristoffer": ("Krille",), "Jonas": ("Jonte",), "Tobias": ("Tobbe",), "Sebastian": ("Sebbe",),
        "Henrik": ("Henke",), "Gustav": ("Gurra", "Gusse"), "Albin": ("Abbe",), "Stefan": ("Steffe",),
        "Mattias": ("Matte",), "Viktoria": ("Vicky",), "Josefin": ("Jossan",), "Emelie": ("Emmy",),
        "Johanna": ("Hanna", "Jojo"), "Alexander": ("Alex",), "Christer": ("Kricke",),
        "Kenneth": ("Kenta",), "Roger": ("Roffe",), "Rolf": ("Roffe",), "Nils": ("Nisse",),
        "Ulrika": ("Ulla",), "Barbro": ("Babsan",), "Gunilla": ("Gunnis",), "Anders": ("Affe",),
        "Björn": ("Bjärne",), "Leif": ("Leffe",), "Göran": ("Gö",), "Olof": ("Olle",),
        "Bengt": ("Bengan",), "Jan": ("Janne",), "Johan": ("Jojje",), "Helena": ("Lena",),
        "Madeleine": ("Madde",), "Therese": ("Tessan",), "Ingrid": ("Ninni",), "Jessica": ("Jessan",),
    },
    "uk": {
        "William": ("Bill", "Will"), "Robert": ("Bob", "Rob"), "Elizabeth": ("Liz", "Beth"),
        "Margaret": ("Maggie", "Peggy"), "Michael": ("Mike", "Mick"), "James": ("Jim", "Jimmy"),
        "Richard": ("Rick", "Dick"), "Thomas": ("Tom",), "Christopher": ("Chris",),
        "Jennifer": ("Jen", "Jenny"), "Patricia": ("Pat", "Trish"), "Catherine": ("Cath", "Kate"),
        "Anthony": ("Tony",), "Daniel": ("Dan", "Danny"), "Edward": ("Ted", "Eddie"),
        "Susan": ("Sue",), "Deborah": ("Debbie",), "Rebecca": ("Becky",), "Samantha": ("Sam",),
        "Alexander": ("Alex", "Sandy"), "Nicholas": ("Nick",), "Benjamin": ("Ben",), "Matthew": ("Matt",),
        "Andrew": ("Andy",), "Stephen": ("Steve",), "Steven": ("Steve",), "Kenneth": ("Ken",),
        "Ronald": ("Ron", "Ronnie"), "Timothy": ("Tim",), "Jonathan": ("Jon", "Jonny"),
        "Victoria": ("Vicky",), "Nicola": ("Nicky",), "Charles": ("Charlie",), "Frederick": ("Fred",),
        "Dorothy": ("Dot",), "Gillian": ("Gill",), "Jacqueline": ("Jackie",), "Pamela": ("Pam",),
        "Philip": ("Phil",), "David": ("Dave",), "Peter": ("Pete",), "Joseph": ("Joe",),
    },
    "us": {
        "William": ("Bill", "Billy"), "Robert": ("Bob", "Bobby"), "Elizabeth": ("Liz", "Betty"),
        "Margaret": ("Peggy", "Maggie"), "Michael": ("Mike",), "James": ("Jim", "Jimmy"),
        "Richard": ("Rick", "Dick"), "Thomas": ("Tom", "Tommy"), "Christopher": ("Chris",),
        "Jennifer": ("Jen", "Jenny"), "Patricia": ("Pat", "Patty"), "Katherine": ("Kathy", "Kate"),
        "Kathleen": ("Kathy",), "Anthony": ("Tony",), "Joseph": ("Joe",), "Daniel": ("Dan",),
        "Edward": ("Ed", "Eddie"), "Susan": ("Sue",), "Deborah": ("Debbie", "Deb"),
        "Rebecca": ("Becky",), "Charles": ("Chuck", "Charlie"), "Donald": ("Don",), "Douglas": ("Doug",),
        "Gerald": ("Jerry",), "Lawrence": ("Larry",), "Raymond": ("Ray",), "Gregory": ("Greg",),
        "Theodore": ("Ted",), "Barbara": ("Barb",), "Dorothy": ("Dottie",), "Frances": ("Fran",),
        "Jacqueline": ("Jackie",), "Judith": ("Judy",), "Cynthia": ("Cindy",), "Pamela": ("Pam",),
        "Kimberly": ("Kim",), "Stephen": ("Steve",), "Steven": ("Steve",), "Matthew": ("Matt",),
        "Andrew": ("Andy",), "Ronald": ("Ron",), "Kenneth": ("Ken",), "Timothy": ("Tim",),
    },
    "irish": {
        "Patrick": ("Paddy", "Pat"), "Michael": ("Mick", "Mike"), "Margaret": ("Peggy", "Maggie"),
        "Bridget": ("Bríd", "Biddy"), "Catherine": ("Kitty", "Cathy"), "Mary": ("Mamie",),
        "Kathleen": ("Kay",), "John": ("Johnny", "Jack"), "Josephine": ("Josie",),
        "Philomena": ("Phil",), "Eamon": ("Ned",), "Daniel": ("Danny",),
    },
    "finnish": {"Juha": ("Jussi",), "Matti": ("Masa",), "Pekka": ("Pekkis",)},
    "polish": {"Katarzyna": ("Kasia",), "Małgorzata": ("Gosia",), "Aleksandra": ("Ola",), "Krzysztof": ("Krzysiek",), "Tomasz": ("Tomek",), "Michał": ("Misiek",), "Paweł": ("Pawełek",)},
    "bcs": {"Jasmina": ("Jasna",), "Emina": ("Emi",), "Dragan": ("Gaga",), "Aleksandar": ("Aca",)},
    "arabic": {"Mohammed": ("Mo", "Hamoudi"), "Mustafa": ("Musti",), "Abdullah": ("Abdi",)},
    "somali": {"Abdirahman": ("Abdi",), "Abdullahi": ("Abdi",), "Mohamed": ("Mo",)},
    "persian": {"Mohammad": ("Mamad",)},
    "indian": {"Harpreet": ("Harps",), "Gurpreet": ("Gurps",)},
    "south_african": {"Johannes": ("Hannes", "Johan"), "Jacobus": ("Koos", "Kobus"), "Hendrik": ("Henk",), "Willem": ("Wim",), "Susanna": ("Sannie",)},
    "latin": {"Francisca": ("Pancha",), "Francisco": ("Pancho",), "José": ("Pepe",), "Patricio": ("Pato",)},
}  # fmt: skip
