# ruff: noqa: E501
"""Name pools of held-out HR (issue 15): names as the population has them, weighted by how often
people carry them.

Written from general knowledge by HR's writer, who read no other set's names and checked none of
these against anything in the repository (none is left out for being known or unknown). Swedish
given names and surnames follow the order of SCB's name statistics (weight 1/rank, head the top
150, a tail of rarer names past them); the US lists are the Census 1990 files as the `names`
package ships them (`dist.female.first`, `dist.male.first`, `dist.all.last`; the census per cent
as weight, head 150); the UK lists follow the ONS rankings (1/rank); the origins common in Sweden
have their commonest given names and surnames (1/rank, head 10).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from a list's head with this probability, else from its tail


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


def _unique(names: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for name in names:
        if name not in seen:
            seen.add(name)
            out.append(name)
    return out


def ranked(text: str, head: int) -> Pool:
    """Names in rank order, comma-separated; weight 1/rank; duplicates keep their first rank."""
    names = _unique([n.strip() for n in text.replace("\n", " ").split(",") if n.strip()])
    assert len(names) > head, (names[:3], len(names), head)
    return Pool(tuple(names), tuple(1 / (i + 1) for i in range(len(names))), head)


def census(rows: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A Census 1990 list: the per cent of people carrying the name is its weight."""
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


_PLAIN = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ß": "ss"})  # fmt: skip


def plain(word: str) -> str:
    """A name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Đorđević` -> `Dordevic`."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_PLAIN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    return surname[:-1] + "a" if surname.endswith("ki") else surname


# The United States: the Census 1990 lists (public domain) as the `names` package ships them,
# the first 400 women's and men's given names and 420 surnames; the per cent carrying each is its weight.
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

# Sweden: SCB's name statistics, all bearers, in rank order as the writer knows them.
SV_F = ranked(
    """
Maria, Elisabeth, Anna, Kristina, Margareta, Eva, Linnéa, Karin, Birgitta, Marie, Ingrid, Sofia,
Emma, Sara, Kerstin, Christina, Lena, Helena, Inger, Johanna, Ulla, Ida, Louise, Elin, Viktoria,
Julia, Malin, Hanna, Matilda, Amanda, Gunilla, Cecilia, Anita, Linda, Susanne, Monica, Elsa, Maja,
Alice, Katarina, Jenny, Ann, Frida, Annika, Barbro, Alexandra, Charlotte, Irene, Ebba, Camilla,
Åsa, Therese, Lisa, Gun, Ella, Emelie, Siv, Agneta, Wilma, Britt, Astrid, Caroline, Josefin,
Anneli, Carina, Marianne, Gunnel, Ulrika, Ellen, Klara, Moa, Nathalie, Jessica, Madeleine, Pia,
Anette, Lovisa, Elisabet, Ingela, Felicia, Erika, Alva, Ewa, Yvonne, Britta, Sonja, Maj, Rebecka,
Lina, Ann-Marie, Stina, Vera, Agnes, Selma, Olivia, Freja, Tilda, Nellie, Saga, Ingegerd, Gunvor,
Berit, Ann-Christin, Lisbeth, Ronja, Tove, Liv, Signe, Greta, Linn, Petra, Jeanette, Mona,
Mikaela, Emilia, Evelina, Sandra, Jennie, Isabelle, Ester, Elvira, Edith, Tyra, Kristin, Angelica,
Hedvig, Ingeborg, Märta, Solveig, Karolina, Elise, Marita, Eleonor, Anja, Nora, Stella, Clara,
Gerd, Margit, Laila, Helen, Ruth, Ylva, Sigrid, Gudrun, Ragnhild, Svea, Tina, Lilian, Monika,
Ann-Sofie, Inga, Elina, Fatima,
Ottilia, Edla, Signhild, Valborg, Elvy, Dagny, Alfhild, Hulda, Ines, Iris, Hillevi, Cornelia,
Mathilda, Tindra, Juni, Lykke, Livia, Majvor, Vivianne, Vivi, Lillemor, Paulina, Rakel, Ragna,
Sally, Sigyn, Solbritt, Vendela, Thea, Meja, Alma, Elvina, Wilhelmina, Idun, Embla, Hilma, Edit,
Elna, Dagmar, Gertrud, Hjördis, Inez, Irma, Karla, Kajsa, Lotta, Lova, Mimmi, Minna, Nanna, Nova,
Ragnvi, Rigmor, Runa, Sigbritt, Siri, Sofie, Tekla, Tora, Tuva, Ulla-Britt, Valentina, Viveka,
Yrsa, Agda, Ada, Adele, Aina, Alexia, Alicia, Alida, Amalia, Annie, Annelie, Antonia, Aurora,
Beatrice, Bella, Belinda, Benita, Bianca, Birgit, Bodil, Carin, Carola, Catarina, Catharina,
Charlotta, Christel, Daniela, Denise, Doris, Eira, Elisa, Ellinor, Elly, Elsie, Emmy, Eivor,
Ethel, Evy, Fanny, Filippa, Gabriella, Gisela, Gunborg, Gunhild, Gull-Britt, Gullvi, Hanne,
Harriet, Hedda, Heidi, Helga, Henrika, Ilse, Ina, Inga-Lill, Isa, Janina, Joline, Josefina,
Judit, Julie, Kaisa, Katja, Lea, Leonora, Lill, Lillian, Lisen, Lydia, Madelene, Magdalena,
Maj-Britt, Maj-Lis, Malva, Marika, Marit, Marlene, Melina, Melinda, Mia, Miranda, Mira, Molly,
My, Naemi, Nicole, Nina, Noomi, Olga, Patricia, Paula, Pernilla, Rebecca, Regina, Rosa, Rosita,
Sabina, Sanna, Sigrun, Silvia, Siw, Susann, Tanja, Teresia, Tilde, Ulrica, Veronica, Vilma,
Viola, Wendela, Yvette, Zara, Åse, Gunbritt, Ingalill, Lis, Majken, Maud, Ewy, Ingun, Vanja,
Ylva-Li, Annbritt, Jill, Lina-Marie, Hjördis, Märit, Sylvia, Britt-Marie, Ann-Louise, Eva-Lena,
Ann-Kristin, Anna-Lena, Anna-Karin, Anna-Lisa, Ann-Britt, Ingbritt, Kristel, Lovis, Majbritt,
Mona-Lisa, Nelly, Ninni, Sonia, Ulla-Karin, Vivan, Wivi, Wiveka, Frideborg, Gunn, Gunnevi,
Linnea, Lisette, Marina, Therése, Vivian, Karolin, Cathrine, Irmelin, Ingamaj
""",
    150,
)
SV_M = ranked(
    """
Karl, Erik, Lars, Anders, Per, Mikael, Johan, Olof, Nils, Jan, Lennart, Gustav, Hans, Peter,
Thomas, Fredrik, Daniel, Bengt, Sven, Alexander, Magnus, Stefan, Oskar, Bo, Åke, Göran, Andreas,
Jonas, Axel, Martin, Leif, Mats, Gunnar, Ulf, Bertil, Arne, Viktor, Kjell, Henrik, Christer,
Björn, Stig, Rolf, Marcus, Kent, Mattias, Roger, Tommy, Håkan, Patrik, Robert, Ingemar, Emil,
David, Christian, Rune, Tobias, Kenneth, Sebastian, Simon, Anton, Filip, Claes, Hugo, Niklas,
Jonathan, William, Elias, Joakim, Carl, Lucas, Jakob, Gösta, Roland, Mohammad, Sten, Kurt, Tomas,
Jörgen, Ove, Ludvig, Isak, Adam, Kristian, Pontus, Jesper, Rasmus, Dan, Oliver, Theo, Liam, Noah,
Hampus, Albin, Vilhelm, Ali, Johannes, Allan, Emanuel, Ronny, Torbjörn, Krister, Richard,
Rickard, Kristoffer, Ingvar, Conny, Jimmy, Linus, Max, Edvin, Melvin, Leo, Wilhelm, Samuel,
Benjamin, Gabriel, Arvid, Harald, Folke, Birger, Ragnar, Knut, Einar, Östen, Tage, Yngve, Valter,
Alf, Torsten, Sixten, Hjalmar, Urban, Jens, Joel, Alvin, Casper, Elliot, Viggo, Vincent, Love,
Sigvard, Evert, Mohammed, Jonny, Peder, Pär, Petter, Gert, Glenn, Dennis,
Aron, Artur, Assar, Bernt, Bror, Carl-Johan, Dag, Douglas, Ebbe, Edgar, Edvard, Egon, Eilert,
Elof, Enar, Erland, Eskil, Evald, Fabian, Felix, Ferdinand, Frank, Fritiof, Georg, Gerhard,
Gillis, Gottfrid, Greger, Gunde, Gustaf, Göte, Halvar, Helge, Henning, Herbert, Hilding, Holger,
Inge, Ingolf, Ivan, Ivar, Jarl, Jerker, Jimmie, Joar, Jon, Josef, Julius, Karl-Erik, Karl-Johan,
Kennet, Kenny, Kim, Klas, Konrad, Lage, Lars-Göran, Leon, Levi, Loke, Lukas, Malte, Manfred,
Marcel, Markus, Melker, Milton, Morgan, Nicklas, Nils-Erik, Noel, Olle, Osvald, Otto, Per-Olof,
Per-Erik, Ragnvald, Reinhold, Roy, Rudolf, Sam, Seth, Sigge, Sivert, Sonny, Staffan, Sture, Sune,
Svante, Sölve, Teodor, Thor, Tor, Tord, Torgny, Torvald, Ture, Uno, Valdemar, Vidar, Vilgot,
Villiam, Walter, Wiktor, Ville, Zacharias, Ola, Ole, Orvar, Ossian, Alfons, Algot, Alrik, Amir,
Arnold, Arthur, Björne, Bruno, Charlie, Christoffer, Colin, Curt, Dick, Edwin, Eino, Elis, Elmer,
Elvis, Erling, Esbjörn, Fredric, Harry, Ingvald, Isac, Jack, Jacob, Jan-Erik, Jan-Olof, Jim,
Joachim, Johnny, Karim, Kevin, Kristofer, Lars-Olof, Leonard, Magne, Mathias, Mauritz, Mio,
Nicolas, Nikola, Olav, Oscar, Patric, Percy, Rafael, Reine, Robin, Rustan, Sigurd, Silas, Sören,
Tim, Tony, Torleif, Ulrik, Vide, Waldemar, Yusuf, Zakaria, Hussein, Ahmed, Omar, Anders-Petter,
Bengt-Åke, Sven-Erik, Stig-Olof, Lars-Åke, Kjell-Åke,
Benny, Börje, Christopher, Fritz, Gideon, Hannes, Hilmer, Ingmar, Jan-Åke, John, Jöns, Karl-Axel,
Lars-Erik, Lars-Gunnar, Leopold, Lorentz, Matteus, Måns, Nils-Olof, Roine, Ronald, Sigfrid,
Sigvald, Stellan, Sten-Åke, Thorsten, Tommie, Torkel, Verner, Mårten, Tryggve, Berndt, Valentin,
Victor, Vilmer, Elton, Frans, Helmer, Henry
""",
    150,
)
SV_S = ranked(
    """
Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson, Gustafsson,
Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson, Magnusson,
Olofsson, Lindström, Lindqvist, Lindgren, Berg, Axelsson, Bergström, Lundberg, Lind, Lundgren,
Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Forsberg, Sjöberg, Ali, Wallin,
Mohammed, Engström, Eklund, Danielsson, Lundin, Håkansson, Björk, Bergman, Gunnarsson, Holm,
Wikström, Samuelsson, Isaksson, Fransson, Bergqvist, Nyström, Holmberg, Arvidsson, Löfgren,
Söderberg, Nyberg, Blomqvist, Claesson, Nordström, Ahmed, Mårtensson, Lundström, Hassan, Viklund,
Björklund, Eliasson, Pålsson, Berggren, Sandström, Lund, Nordin, Ström, Åberg, Falk, Ekström,
Hermansson, Holmgren, Hellström, Dahlberg, Hedlund, Sundberg, Sjögren, Ek, Blom, Abrahamsson,
Martinsson, Öberg, Andreasson, Strömberg, Månsson, Hansen, Åkesson, Dahl, Lindholm, Norberg,
Holmqvist, Sundström, Ekman, Lindblom, Nordqvist, Hedberg, Sundqvist, Lilja, Borg, Malmberg,
Ekberg, Englund, Hedström, Söderström, Sjöström, Öhman, Nygren, Åström, Hägglund, Lindell, Alm,
Strand, Fors, Ibrahim, Omar, Bäckström, Backman, Nord, Sundin, Lindkvist, Johnsson, Jeppsson,
Ottosson, Olausson, Petersson, Sjödin, Wahlström, Westerberg, Kristiansson, Lundmark, Ekholm,
Boström, Larsen, Högberg, Wahlberg, Hussein, Mohamed, Bergkvist, Lindh, Östlund, Karlström,
Wennerberg, Rydberg, Ljungberg, Kvist, Grahn, Brandt, Norén, Granath, Wästberg, Cederholm,
Rosendahl, Zetterberg, Tegnér, Hammarlund, Fagerström, Lindelöf, Wahlgren, Hammar, Palm, Nyqvist,
Stenberg, Hedin, Melin, Norling, Skoglund, Ljung, Hallberg, Lindfors, Stenlund, Wikander, Lidén,
Hedén, Ekelund, Åkerlund, Lövgren, Hjalmarsson, Ivarsson, Josefsson, Lennartsson, Bergendahl,
Rehn, Roos, Sahlin, Sjökvist, Tengvall, Ulander, Vikström, Wiberg, Zackrisson, Edlund, Ekstrand,
Enqvist, Fält, Flodin, Forsman, Frisk, Granqvist, Gullberg, Hagberg, Hagström, Hallin, Hedqvist,
Holmström, Hultgren, Hultman, Höglund, Jernberg, Kjellberg, Krantz, Kronberg, Lagerqvist,
Lagerström, Lindahl, Lindmark, Ljunggren, Löfström, Malm, Modig, Moberg, Nordlund, Nordlander,
Norman, Nyholm, Näslund, Ohlsson, Olander, Palmqvist, Rask, Ringström, Rosenberg, Rundqvist,
Sandell, Selin, Sjöholm, Sjöqvist, Sköld, Stark, Stenmark, Strandberg, Svedberg, Svärd,
Söderlund, Thunberg, Tillberg, Törnqvist, Unger, Vallin, Wallgren, Wallén, Westin, Widén, Widell,
Wikman, Åkerman, Ågren, Östberg, Österberg, Adolfsson, Albinsson, Alexandersson, Almqvist,
Asplund, Augustsson, Bergh, Billing, Björkman, Blomberg, Bodin, Bohlin, Brodin, Burman, Carlsson,
Carlström, Dahlgren, Dahlin, Dahlqvist, Ekdahl, Ekwall, Elofsson, Emanuelsson, Engberg, Engdahl,
Envall, Erlandsson, Fagerlund, Forsell, Friberg, Frödin, Gillberg, Grip, Gustavsson, Hagman,
Hallgren, Hasselgren, Helin, Hellgren, Henningsson, Hildebrand, Hjelm, Holmdahl, Hugosson, Hurtig,
Isberg, Johannesson, Karlberg, Kjellin, Kullberg, Lagergren, Linde, Lindvall, Ljungqvist,
Lundell, Lundholm, Lööf, Mellberg, Molin, Nordberg, Nordgren, Nylander, Nylén, Olin, Orre,
Pehrsson, Qvist, Rehnberg, Renström, Ringdahl, Runesson, Rydén, Sandgren, Sandqvist,
Segerström, Sigfridsson, Sjöstedt, Skog, Stenström, Strid, Sundell, Svahn, Thorsell, Tjernberg,
Vestin, Wahlqvist, Welander, Wennberg, Westman, Zander, Åhlund, Åman, Öhrn, von Essen, von Rosen,
De Geer, af Ekenstam, Stjernswärd, Bonde, Posse, Bielke, von Knorring, Leijonhufvud, Sparre,
Uggla, Trolle, Gyllenram, Lewenhaupt
""",
    150,
)

# The United Kingdom: the ONS rankings as the writer knows them, births of several decades blended
# (a golf club's members are of every age).
UK_F = ranked(
    """
Sarah, Emma, Laura, Rebecca, Hannah, Olivia, Amelia, Emily, Jessica, Sophie, Charlotte, Lauren,
Chloe, Amy, Rachel, Katie, Lucy, Elizabeth, Helen, Claire, Nicola, Louise, Joanne, Lisa, Michelle,
Kelly, Samantha, Karen, Julie, Susan, Jane, Alison, Catherine, Victoria, Gemma, Isla, Ava, Sophia,
Grace, Mia, Poppy, Ella, Lily, Evie, Isabella, Ivy, Freya, Harper, Willow, Kirsty, Zoe, Natalie,
Stephanie, Jennifer, Jacqueline, Deborah, Tracey, Amanda, Angela, Caroline, Anne, Margaret,
Patricia, Christine, Mary, Janet, Linda, Carol, Sandra, Gillian, Elaine, Lynn, Wendy, Pauline,
Dawn, Sharon, Julia, Kathryn, Fiona, Joanna, Jill, Ruth, Sally, Maria, Andrea, Anna, Georgia,
Holly, Megan, Abigail, Bethany, Eleanor, Jasmine, Phoebe, Millie, Daisy, Ruby, Florence, Alice,
Matilda, Rosie, Scarlett, Evelyn, Maisie, Imogen, Erin, Niamh, Caitlin, Leah, Jade, Danielle,
Kerry, Hayley, Sian, Rhian, Catriona, Heather, Shona, Eilidh, Aimee, Jodie, Tina, Beverley,
Lorraine, Denise, Judith, Valerie, Maureen, Brenda,
Joan, Barbara, Sheila, Doreen, Irene, Jean, Eileen, Kathleen, Sylvia, Marion, Rosemary, Hazel,
Lesley, Yvonne, Diane, Shirley, Frances, Teresa, Josephine, Harriet, Annabel, Felicity, Penelope,
Philippa, Clare, Siobhan, Roisin, Aoife, Bronwen, Carys, Ffion, Nia, Seren, Cerys, Gwen, Amber,
Layla, Aria, Nancy, Orla, Edith, Violet, Elsie, Esme, Hallie, Lottie, Rose, Ada, Iris, Martha,
Mabel, Beatrice, Clara, Darcie, Francesca, Isobel, Lydia, Naomi, Tamsin, Verity, Morag, Moira,
Ailsa, Kirsteen, Lindsay, Gail, Jayne, Tracy, Joy, Glenys, Gwyneth, Mair, Rhiannon, Bridget,
Una, Maeve, Aisling, Grainne, Caoimhe, Saoirse, Hollie, Keira, Tia, Courtney, Paige, Shannon,
Chelsea, Rachael, Leanne, Sara, Vicki, Kate, Jo, Trudy, Belinda, Marcia, Olive, Vera, Winifred,
Gladys, Hilda, Muriel, Audrey, Betty, Dorothy, Edna, Ivy-Rose, Mavis, Norma, Pamela, Rita
""",
    130,
)
UK_M = ranked(
    """
David, John, Michael, Paul, Andrew, Mark, James, Peter, Richard, Stephen, Robert, Christopher,
Daniel, Matthew, Simon, Ian, Gary, Steven, Kevin, Martin, Neil, Anthony, Jason, Thomas, William,
Oliver, George, Noah, Arthur, Muhammad, Leo, Harry, Oscar, Archie, Henry, Jack, Charlie, Alfie,
Jacob, Lee, Craig, Darren, Stuart, Graham, Philip, Alan, Colin, Keith, Brian, Nigel, Adrian,
Jonathan, Nicholas, Timothy, Russell, Carl, Wayne, Dean, Scott, Ryan, Adam, Benjamin, Samuel,
Joshua, Luke, Jamie, Liam, Callum, Connor, Kieran, Lewis, Nathan, Joseph, Alexander, Edward,
Dominic, Patrick, Sean, Ross, Gavin, Barry, Derek, Roger, Malcolm, Trevor, Raymond, Kenneth,
Terence, Dennis, Geoffrey, Roy, Gordon, Douglas, Alistair, Duncan, Hamish, Angus, Fraser, Euan,
Gareth, Rhys, Dylan, Owen, Theodore, Freddie, Theo, Finley, Arlo, Lucas, Isaac, Tommy, Ethan,
Mason, Logan, Harvey, Jake, Max, Hugo, Toby, Reuben, Elliot, Ralph, Ronnie, Albie, Louie, Teddy,
Reggie, Stanley, Rory, Finlay,
Dafydd, Huw, Emyr, Aled, Ciaran, Declan, Niall, Eoin, Rupert, Giles, Jeremy, Julian, Sebastian,
Frederick, Albert, Ernest, Harold, Frank, Leonard, Norman, Walter, Cyril, Clive, Howard, Vincent,
Victor, Glen, Shaun, Marc, Jeffrey, Bernard, Desmond, Dermot, Eamon, Fergus, Gregor, Iain,
Kenny, Lachlan, Murray, Ruaridh, Torquil, Alasdair, Campbell, Crawford, Ewan, Gethin, Ieuan,
Iwan, Rhodri, Tudor, Wyn, Cormac, Padraig, Oisin, Ronan, Seamus, Barnaby, Crispin, Hector,
Ivo, Jasper, Orlando, Piers, Quentin, Tristan, Alfred, Bertie, Cecil, Clifford, Gilbert, Herbert,
Horace, Percy, Reginald, Sidney, Wilfred, Stanley-James, Aaron, Ashley, Bradley, Brandon, Carlos,
Damian, Elliott, Francis, Grant, Jordan, Kyle, Leon, Marcus, Mohammed, Nathaniel, Ricky, Robin,
Rowan, Spencer, Tyler, Warren, Zachary, Abdul, Amir, Aidan, Austin, Blake, Caleb, Cameron, Dale,
Derrick, Dominik, Eric, Felix, Gerald, Gregory, Jay, Joel, Jude, Kai, Lennox, Miles, Morgan, Niall
""",
    130,
)
UK_S = ranked(
    """
Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts, Robinson,
Thompson, Wright, Walker, White, Edwards, Hughes, Green, Hall, Lewis, Harris, Clarke, Patel,
Jackson, Wood, Turner, Martin, Cooper, Hill, Ward, Morris, Moore, Clark, Lee, King, Baker,
Harrison, Morgan, Allen, James, Scott, Phillips, Watson, Davis, Parker, Price, Bennett, Young,
Griffiths, Mitchell, Kelly, Cook, Carter, Richardson, Bailey, Collins, Bell, Shaw, Murphy, Miller,
Cox, Richards, Khan, Marshall, Anderson, Simpson, Ellis, Adams, Singh, Begum, Wilkinson, Foster,
Chapman, Powell, Webb, Rogers, Gray, Mason, Ali, Hunt, Hussain, Campbell, Matthews, Owen, Palmer,
Holmes, Mills, Barnes, Knight, Lloyd, Butler, Russell, Barker, Fisher, Stevens, Jenkins, Murray,
Dixon, Harvey, Graham, Pearson, Ahmed, Fletcher, Walsh, Kaur, Gibson, Howard, Andrews, Stewart,
Elliott, Reynolds, Saunders, Payne, Fox, Ford, Pearce, Day, Brooks, West, Lawrence, Cole,
Atkinson, Bradley, Spencer, Gill, Dawson, Ball, Burton, O'Brien, Watts, Rose, Booth, Perry, Ryan,
Grant, Wells, Armstrong, Francis, Rees, Hayes, Hart, Hudson, Newman, Barrett, Webster, Hunter,
Gregory, Carr, Lowe, Page, Marsh, Riley, Dunn, Woods, Parsons, Berry, Stone, Reid, Holland,
Hawkins, Harding, Porter, Robertson, Newton, Oliver, Reed, Kennedy, Williamson, Bird, Gardner,
Shah, Dean, Lane, Cooke, Bates, Henderson, Parry, Burgess, Bishop, Walton, Burns, Nicholson,
Shepherd, Ross, Cross, Long, Freeman, Warren, Nicholls, Hamilton, Byrne, Sutton, McDonald, Yates,
Hodgson, Robson, Curtis, Hopkins, O'Connor, Harper, Coleman, Watkins, Moss, McCarthy, Chambers,
O'Neill, Griffin, Sharp, Hardy, Wheeler, Potter, Osborne, Johnston, Gordon, Doyle, Wallace,
George, Jordan, Hutchinson, Rowe, Burke, May, Pritchard, Gilbert, Willis, Higgins, Read, Miles,
Stephens, Thomson, Greenwood, Wade, Fraser, MacLeod, MacKenzie, Sinclair, Cunningham, Gallagher,
Quinn, Duffy, Fitzgerald, Llewellyn, Pugh, Vaughan, Bowen, Howells, Jenkinson, Ashworth,
Pickering, Whitehead, Brennan, Kavanagh, Lynch, Houghton, Rutherford, Sutherland, Crawford,
Buchanan, Ferguson, Drummond, Baxter, Lamb, Fowler, Middleton, Chadwick, Holt, Lord, Heywood,
Ramsden, Stott, Cartwright, Foulkes, Kirkpatrick, Maclean, Nairn, Abbott, Ainsworth, Blackburn,
Bolton, Cowan, Dalton, Eastwood, Farrell, Gough, Hargreaves, Ingram, Jarvis, Kershaw, Lockwood,
Mellor, Norris, Oakley, Pollard, Quigley, Rigby, Sheridan, Tennant, Upton, Varley, Whitworth,
Boyle, Devlin, Mahmood, Iqbal, Rahman, Choudhury, Mistry, Chauhan, Sandhu
""",
    150,
)

# Origins common in Sweden: their commonest given names and surnames, 1/rank, head 10.
FINNISH = Origin(
    ranked(
        "Anneli, Tuula, Marja, Pirjo, Riitta, Sirpa, Päivi, Leena, Anne, Merja, Seija, Kaisa, Hannele, Tarja, Eija, Aino, Satu, Minna, Outi, Sari, Liisa, Kirsi, Marjatta, Ritva, Raija, Pirkko, Terttu, Helvi",
        10,
    ),
    ranked(
        "Juha, Timo, Matti, Kari, Mikko, Jari, Antti, Jukka, Markku, Pekka, Hannu, Heikki, Seppo, Ari, Petri, Pertti, Esa, Raimo, Tapio, Veikko, Eero, Janne, Jouni, Kalevi, Olavi, Reijo, Tuomas, Ville",
        10,
    ),
    ranked(
        "Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen, Kemppainen, Hyvönen",
        10,
    ),
)
ARABIC = Origin(  # Iraq, Syria and Lebanon, with Assyrian/Syriac names
    ranked(
        "Fatima, Maryam, Nour, Sara, Zainab, Amira, Layla, Hiba, Rana, Yasmin, Aya, Lina, Rasha, Dima, Huda, Salma, Reem, Farah, Hanan, Ninve, Shamiram, Nahrin, Rima, Ghada, Suha, Lamis, Marwa, Bushra",
        10,
    ),
    ranked(
        "Mohammed, Ahmed, Ali, Omar, Hassan, Hussein, Khaled, Mahmoud, Mustafa, Ibrahim, Youssef, Karim, Sami, Adnan, Ammar, Bassam, Fadi, Tarek, Ziad, Jamal, Hamza, Abdullah, Nabil, Sargon, Ninos, Gabriel, Yacoub, Malke, Aziz, Haytham",
        10,
    ),
    ranked(
        "Ali, Mohammed, Ahmed, Hassan, Hussein, Abdullah, Ibrahim, Khalil, Saleh, Mahmoud, Othman, Jaber, Haddad, Khoury, Nasser, Mansour, Al-Ali, Al-Hashimi, Hamid, Aziz, Yousef, Shamoun, Barsoum, Saliba, Gabriel, Yakoub, Aho, Malki, Issa, Al-Obaidi, Al-Jabouri, Kassab",
        10,
    ),
)
SOMALI = Origin(
    ranked(
        "Fadumo, Hodan, Amina, Sahra, Hawa, Asha, Ifrah, Nimo, Khadra, Sagal, Hibo, Ayaan, Ubah, Muna, Filsan, Ikran, Deeqa, Maryan, Nasra, Idil, Sucaad, Hamdi",
        10,
    ),
    ranked(
        "Abdi, Mohamed, Ahmed, Abdirahman, Abdullahi, Hassan, Mahad, Said, Omar, Farah, Yusuf, Ismail, Abdikarim, Liban, Guled, Hamse, Mukhtar, Osman, Abdiaziz, Bashir, Abdiweli, Khalid",
        10,
    ),
    ranked(
        "Mohamed, Ahmed, Ali, Hassan, Abdi, Osman, Farah, Hussein, Omar, Warsame, Jama, Nur, Aden, Abdullahi, Ismail, Yusuf, Mohamud, Egal, Hirsi, Dirie, Samatar, Gedi, Elmi, Duale, Abdulle, Guleid",
        10,
    ),
)
POLISH = Origin(
    ranked(
        "Anna, Katarzyna, Agnieszka, Magdalena, Joanna, Małgorzata, Monika, Ewa, Barbara, Aleksandra, Karolina, Justyna, Marta, Beata, Dorota, Agata, Natalia, Paulina, Krystyna, Zofia, Elżbieta, Urszula, Grażyna, Jadwiga",
        10,
    ),
    ranked(
        "Piotr, Krzysztof, Tomasz, Paweł, Marcin, Michał, Andrzej, Jan, Łukasz, Grzegorz, Marek, Adam, Jakub, Mateusz, Wojciech, Kamil, Dariusz, Rafał, Jacek, Maciej, Robert, Sławomir, Zbigniew, Przemysław",
        10,
    ),
    ranked(
        "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Kwiatkowski, Wojciechowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Wróbel, Nowicki, Wysocki, Sawicki, Zawadzki, Majewski, Górski, Sikora, Ostrowski",
        10,
    ),
)
PERSIAN = Origin(
    ranked(
        "Maryam, Fatemeh, Zahra, Shirin, Parisa, Leila, Nasrin, Azadeh, Roya, Mahsa, Neda, Sara, Mina, Golnaz, Shabnam, Yasaman, Bahar, Niloofar, Tara, Sepideh, Elham, Farnaz, Mitra, Homa",
        10,
    ),
    ranked(
        "Mohammad, Ali, Reza, Hossein, Mehdi, Amir, Hamid, Saeed, Majid, Behrouz, Dariush, Farhad, Babak, Kaveh, Arash, Omid, Payam, Navid, Siamak, Kourosh, Hamed, Ramin, Parviz, Shahram",
        10,
    ),
    ranked(
        "Mohammadi, Hosseini, Ahmadi, Rezaei, Moradi, Karimi, Rahimi, Jafari, Hashemi, Mousavi, Ghorbani, Sadeghi, Rostami, Bagheri, Azizi, Kazemi, Nazari, Ebrahimi, Amini, Rahmani, Tehrani, Shirazi, Esfahani, Farahani, Najafi, Akbari, Heidari, Safavi",
        10,
    ),
)
BCS = Origin(  # Bosnian, Serbian and Croatian
    ranked(
        "Amra, Emina, Lejla, Selma, Amela, Jasmina, Merima, Aida, Maja, Ana, Ivana, Jelena, Marija, Mirela, Sanela, Azra, Dijana, Snežana, Vesna, Nataša, Dragana, Mirjana, Elma, Alma",
        10,
    ),
    ranked(
        "Amir, Emir, Adnan, Edin, Haris, Mirza, Dino, Kenan, Nermin, Senad, Mirsad, Zoran, Dragan, Goran, Nikola, Stefan, Milan, Marko, Ivan, Damir, Jasmin, Nenad, Dejan, Alen, Željko",
        10,
    ),
    ranked(
        "Hodžić, Hadžić, Kovačević, Begić, Delić, Hasanović, Mehmedović, Ibrahimović, Husić, Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Popović, Babić, Horvat, Kovačić, Marić, Jurić, Perić, Tomić, Pavlović, Salihović, Omerović, Softić, Mujić, Čaušević, Šehić, Alić, Knežević",
        10,
    ),
)
TURKISH = Origin(
    ranked(
        "Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Merve, Özlem, Esra, Büşra, Derya, Hülya, Sibel, Gül, Aylin, Ebru, Selin, Melek, Songül, Serpil, Yasemin, Dilek, Tuba, Gülşen",
        10,
    ),
    ranked(
        "Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Murat, Ömer, Osman, Yusuf, Emre, Burak, Serkan, Kemal, Erdal, Cem, Hakan, Engin, Volkan, Özgür, Tolga, Kenan",
        10,
    ),
    ranked(
        "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Erdoğan, Korkmaz, Güler, Aktaş, Tekin, Aksoy",
        10,
    ),
)
ERITREAN = Origin(  # Tigrinya names; the father's name serves as the surname
    ranked(
        "Helen, Senait, Saba, Rahel, Mehret, Yohana, Selam, Freweini, Tsega, Lwam, Winta, Feven, Hiwet, Eden, Mebrat, Semhar, Ruta, Tirhas, Aster, Rigat",
        10,
    ),
    ranked(
        "Yonas, Daniel, Samuel, Tesfay, Filmon, Mussie, Yemane, Haile, Berhane, Dawit, Kidane, Amanuel, Tekle, Robel, Henok, Mehari, Efrem, Goitom, Yohannes, Aron",
        10,
    ),
    ranked(
        "Tesfay, Haile, Berhane, Tekle, Ghebremedhin, Gebremariam, Kidane, Tesfamariam, Woldu, Mehari, Yohannes, Abraha, Mebrahtu, Ghebreyesus, Asmerom, Habte, Weldemichael, Andemariam, Negash, Russom, Okbamichael, Tesfamichael",
        10,
    ),
)
AFGHAN = Origin(
    ranked(
        "Zahra, Maryam, Fatema, Marzia, Madina, Nargis, Parwana, Frozan, Shakila, Sima, Mursal, Nazanin, Habiba, Malalai, Farzana, Lida, Hosai, Zarghuna, Soraya, Shabana",
        10,
    ),
    ranked(
        "Mohammad, Ali, Ahmad, Mustafa, Hamid, Reza, Hussain, Abdul, Jawad, Farid, Nasir, Wahid, Rahim, Javid, Masoud, Sohrab, Zabihullah, Habib, Rohullah, Mojtaba, Yama, Ahmadullah",
        10,
    ),
    ranked(
        "Ahmadi, Mohammadi, Hosseini, Rahimi, Karimi, Amiri, Noori, Hakimi, Sultani, Rezai, Haidari, Popal, Durrani, Stanikzai, Safi, Jalali, Sadat, Wardak, Hashimi, Yousufzai, Azimi, Sharifi, Qaderi",
        10,
    ),
)
THAI = Origin(
    ranked(
        "Siriporn, Supaporn, Malee, Pranee, Somsri, Wanida, Kanya, Lamai, Sunisa, Ratana, Kannika, Jintana, Pornthip, Nittaya, Duangjai, Apinya, Chanida, Sumalee, Pim, Rattana, Thanya, Nong",
        10,
    ),
    ranked(
        "Somchai, Somsak, Sombat, Prasert, Anan, Chaiwat, Thanakorn, Kittisak, Surachai, Wichai, Niran, Boonmee, Sakchai, Apichat, Narong, Pongsak, Sompong, Tawee, Kriangsak, Preecha",
        10,
    ),
    ranked(
        "Saelim, Saetang, Srisuk, Wongsawat, Chaiyaporn, Bunyasarn, Sukprasert, Thongchai, Rattanakorn, Phromma, Kaewkham, Chanthong, Sirisuk, Somboon, Inthong, Boonyarat, Jaidee, Khamsuk, Kongkaew, Sangthong",
        10,
    ),
)
LATIN = Origin(  # Chile first, the rest of Latin America after; two surnames, paterno y materno
    ranked(
        "María, Camila, Valentina, Francisca, Catalina, Javiera, Constanza, Daniela, Carolina, Paula, Fernanda, Carmen, Patricia, Claudia, Verónica, Macarena, Andrea, Gabriela, Isidora, Sofía, Rosa, Ximena, Marcela, Paola",
        10,
    ),
    ranked(
        "José, Juan, Luis, Carlos, Jorge, Francisco, Cristián, Rodrigo, Sebastián, Matías, Felipe, Diego, Pablo, Alejandro, Manuel, Nicolás, Patricio, Héctor, Mauricio, Gonzalo, Andrés, Sergio, Ricardo, Víctor",
        10,
    ),
    ranked(
        "González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo, Tapia, Reyes, Gutiérrez, Castro, Pizarro, Álvarez, Vásquez, Sánchez, Fernández, Ramírez, Carrasco, Núñez",
        10,
    ),
)
KURDISH = Origin(
    ranked(
        "Jiyan, Rojin, Berfin, Dilan, Zozan, Nasrin, Hevin, Shilan, Narin, Ronahi, Avin, Evin, Gulistan, Roza, Sozdar, Delal, Nazdar, Berivan, Helin, Soma, Lana, Shno, Viyan",
        10,
    ),
    ranked(
        "Dilshad, Rebin, Kawa, Azad, Serwan, Shvan, Diyar, Karwan, Aram, Ari, Baran, Hawre, Rezan, Zana, Dara, Sherko, Hemin, Alan, Soran, Rebwar, Hogir, Botan",
        10,
    ),
    ranked(
        "Abdullah, Hussein, Rashid, Karim, Mahmoud, Aziz, Omar, Qadir, Salih, Amin, Hawrami, Baban, Mustafa, Ismail, Khoshnaw, Zebari, Doski, Sindi, Jaf, Kurdi, Rasul, Faraj, Bakir, Barzani",
        10,
    ),
)
INDIAN = Origin(
    ranked(
        "Priya, Pooja, Anjali, Neha, Divya, Kavya, Sneha, Deepa, Lakshmi, Sunita, Anita, Meera, Shreya, Aishwarya, Swati, Nisha, Ritu, Asha, Rekha, Shalini",
        10,
    ),
    ranked(
        "Rahul, Amit, Rajesh, Suresh, Vikram, Arjun, Sanjay, Anil, Ravi, Karthik, Vijay, Prakash, Rohit, Manoj, Deepak, Aditya, Nikhil, Sunil, Arun, Ashok",
        10,
    ),
    ranked(
        "Sharma, Singh, Patel, Kumar, Gupta, Reddy, Iyer, Nair, Rao, Mehta, Shah, Joshi, Desai, Menon, Pillai, Verma, Agarwal, Chopra, Kapoor, Malhotra, Banerjee, Mukherjee, Das, Chatterjee",
        10,
    ),
)
GERMAN = Origin(
    ranked(
        "Ursula, Monika, Petra, Sabine, Claudia, Susanne, Andrea, Birgit, Stefanie, Julia, Katrin, Anja, Nicole, Heike, Karin, Christine, Gabriele, Renate, Brigitte, Jutta, Martina, Anke",
        10,
    ),
    ranked(
        "Thomas, Michael, Andreas, Stefan, Frank, Markus, Christian, Jürgen, Klaus, Peter, Wolfgang, Uwe, Matthias, Dirk, Jörg, Ralf, Tobias, Sebastian, Florian, Holger, Bernd, Dieter",
        10,
    ),
    ranked(
        "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, Hofmann, Hartmann, Lange, Schmitt, Werner, Krause, Meier, Lehmann",
        10,
    ),
)
UKRAINIAN = Origin(
    ranked(
        "Olena, Oksana, Iryna, Natalia, Tetiana, Yulia, Svitlana, Olha, Kateryna, Anastasiia, Viktoriia, Maryna, Halyna, Liudmyla, Alina, Daria, Inna, Nadiia",
        10,
    ),
    ranked(
        "Oleksandr, Serhii, Andrii, Volodymyr, Dmytro, Mykola, Oleksii, Yurii, Ivan, Vasyl, Viktor, Ihor, Maksym, Taras, Bohdan, Roman, Pavlo, Artem",
        10,
    ),
    ranked(
        "Melnyk, Shevchenko, Bondarenko, Kovalenko, Boyko, Tkachenko, Kravchenko, Oliinyk, Koval, Shevchuk, Polishchuk, Bondar, Tkachuk, Moroz, Marchenko, Lysenko, Rudenko, Savchenko, Petrenko, Kovalchuk, Klymenko, Pavlenko",
        10,
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
    "indian": INDIAN,
    "german": GERMAN,
    "ukrainian": UKRAINIAN,
}

# Who is named, per language of the text: Swedish text roughly as Sweden's population is (golf
# clubs lean a little older and Swedish-born), English text mostly the UK and the US, mixed text
# a Swedish workplace with visitors.
MIXES = {
    "sv": {
        "swedish": 69, "finnish": 4, "arabic": 5, "persian": 2.5, "polish": 2.5, "bcs": 2.5,
        "somali": 1.2, "turkish": 1.5, "kurdish": 1.3, "eritrean": 1, "afghan": 1, "thai": 1.2,
        "latin": 1, "indian": 1, "german": 1, "ukrainian": 1, "uk": 1, "us": 0.6,
    },
    "en": {
        "us": 38, "uk": 38, "swedish": 9, "indian": 3, "german": 2, "arabic": 1.5, "polish": 1.5,
        "latin": 1.5, "finnish": 1, "persian": 1, "bcs": 1, "turkish": 1, "somali": 0.5,
        "thai": 0.7, "ukrainian": 0.7, "eritrean": 0.4, "afghan": 0.4, "kurdish": 0.4,
    },
    "mixed": {
        "swedish": 52, "uk": 11, "us": 9, "arabic": 4, "finnish": 3, "polish": 2.5, "persian": 2,
        "bcs": 2, "german": 2, "indian": 2, "turkish": 1.5, "kurdish": 1.2, "somali": 1.2,
        "afghan": 1, "eritrean": 1, "thai": 1, "latin": 1, "ukrainian": 1,
    },
}  # fmt: skip

# The second half of a Swedish double given name as people have them (`Karl-Erik`, `Ann-Marie`).
HYPHEN_SECOND = {
    "f": (
        "Marie",
        "Karin",
        "Lena",
        "Christin",
        "Britt",
        "Louise",
        "Sofie",
        "Lis",
        "Maj",
        "Charlotte",
    ),
    "m": ("Erik", "Olof", "Johan", "Åke", "Göran", "Gunnar", "Axel", "Anders", "Ove", "Gustav"),
}

# Short forms people go by, per origin and given name.
_EN_NICK = {
    "William": ["Bill", "Will"], "Robert": ["Rob", "Bob"], "Richard": ["Rich", "Dick"],
    "James": ["Jim", "Jimmy"], "Michael": ["Mike", "Mick"], "Christopher": ["Chris"],
    "Anthony": ["Tony"], "Andrew": ["Andy", "Drew"], "David": ["Dave"], "Stephen": ["Steve"],
    "Steven": ["Steve"], "Thomas": ["Tom", "Tommy"], "Matthew": ["Matt"], "Daniel": ["Dan", "Danny"],
    "Joseph": ["Joe"], "Edward": ["Ed", "Ted"], "Nicholas": ["Nick"], "Jonathan": ["Jon"],
    "Benjamin": ["Ben"], "Samuel": ["Sam"], "Alexander": ["Alex"], "Patrick": ["Pat", "Paddy"],
    "Charles": ["Charlie", "Chuck"], "Timothy": ["Tim"], "Kenneth": ["Ken"], "Gregory": ["Greg"],
    "Peter": ["Pete"], "Philip": ["Phil"], "Gerald": ["Gerry"], "Raymond": ["Ray"],
    "Elizabeth": ["Liz", "Beth"], "Margaret": ["Maggie", "Peggy"], "Jennifer": ["Jen", "Jenny"],
    "Katherine": ["Kate", "Kathy"], "Catherine": ["Cathy", "Kate"], "Susan": ["Sue"],
    "Patricia": ["Pat", "Trish"], "Deborah": ["Debbie"], "Rebecca": ["Becky"], "Victoria": ["Vicky"],
    "Samantha": ["Sam"], "Jessica": ["Jess"], "Alexandra": ["Alex"], "Christine": ["Chris"],
    "Jacqueline": ["Jackie"], "Pamela": ["Pam"], "Barbara": ["Barb"], "Kimberly": ["Kim"],
    "Nicola": ["Nicky"], "Abigail": ["Abby"], "Eleanor": ["Ellie"], "Sandra": ["Sandy"],
    "Dorothy": ["Dot"], "Josephine": ["Jo"], "Frederick": ["Fred"], "Alfred": ["Alf"],
}  # fmt: skip
NICKNAMES = {
    "swedish": {
        "Lars": ["Lasse"], "Mikael": ["Micke"], "Joakim": ["Jocke"], "Karl": ["Kalle"],
        "Per": ["Pelle", "Pär"], "Magnus": ["Manne"], "Thomas": ["Tompa"], "Fredrik": ["Fredde"],
        "Marcus": ["Mackan"], "Jonas": ["Jonte"], "Gustav": ["Gurra", "Gus"], "Hans": ["Hasse"],
        "Bengt": ["Bengan"], "Jan": ["Janne"], "Leif": ["Leffe"], "Kenneth": ["Kenta"],
        "Torbjörn": ["Tobbe"], "Tobias": ["Tobbe"], "Patrik": ["Patte"], "Robert": ["Robban"],
        "Daniel": ["Danne"], "Mattias": ["Matte"], "Stefan": ["Steffe"], "Kristian": ["Krille"],
        "Christian": ["Krille"], "Niklas": ["Nicke"], "Henrik": ["Henke"], "Mats": ["Matte"],
        "Ulf": ["Uffe"], "Rolf": ["Roffe"], "Alexander": ["Alex"], "Sebastian": ["Sebbe"],
        "Sven": ["Svenne"], "Bertil": ["Berra"], "Gunnar": ["Gurra"], "Christer": ["Kicken"],
        "Johannes": ["Jojje"], "Anders": ["Ante"], "Peter": ["Peppe"], "Kristoffer": ["Kricke"],
        "Elisabeth": ["Lisa", "Bettan"], "Margareta": ["Maggan", "Greta"], "Kristina": ["Stina", "Kicki"],
        "Christina": ["Kicki", "Tina"], "Katarina": ["Kattis", "Kajsa"], "Charlotte": ["Lotta"],
        "Susanne": ["Sussie", "Sanna"], "Birgitta": ["Gittan", "Bigge"], "Madeleine": ["Madde"],
        "Johanna": ["Jossan"], "Josefin": ["Jossan"], "Therese": ["Tessan"], "Viktoria": ["Vickan"],
        "Alexandra": ["Sandra", "Alex"], "Matilda": ["Tilda"], "Rebecka": ["Becka"],
        "Cecilia": ["Cissi", "Cilla"], "Camilla": ["Millan"], "Amanda": ["Manda"],
        "Caroline": ["Carro"], "Louise": ["Lollo"], "Gunilla": ["Nilla"], "Barbro": ["Babbs"],
        "Jessica": ["Jessan"], "Sofia": ["Fia", "Sofie"], "Helena": ["Lena"], "Annika": ["Annie"],
    },
    "uk": _EN_NICK,
    "us": _EN_NICK,
    "polish": {
        "Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"], "Aleksandra": ["Ola"], "Agnieszka": ["Aga"],
        "Magdalena": ["Magda"], "Krzysztof": ["Krzysiek"], "Tomasz": ["Tomek"], "Michał": ["Michu"],
        "Grzegorz": ["Grzesiek"], "Wojciech": ["Wojtek"],
    },
    "finnish": {"Juha": ["Jussi"], "Matti": ["Masa"], "Heikki": ["Heka"]},
    "latin": {"Francisco": ["Pancho"], "José": ["Pepe"], "Francisca": ["Pancha"], "Ignacio": ["Nacho"]},
}  # fmt: skip
