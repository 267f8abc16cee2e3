# ruff: noqa: E501
"""Name pools of held-out DZ (issue 15), weighted by how often people carry the names.

Python data, stdlib only, written by DZ's helper from general knowledge of the published rankings
(SCB's name statistics for Sweden, the ONS rankings for England and Wales, the commonest names of
the origins common in Sweden) and, for the United States, copied from the US Census 1990 lists
(`dist.female.first`, `dist.male.first`, `dist.all.last`, public domain, as the `names` package
ships them) with the census per cent as weight. No name was checked against anything in rung's
repository; none was left out for being known or unknown. Every list is in rank order: a name's
weight is 1/rank unless the list carries the census's per cent. The first `head` names of a list
are its head (drawn with `HEAD_SHARE`), the rest its tail of rarer names.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from a list's head with this probability, else its tail


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
    """Names from a block of text in rank order; `_` stands for a space inside one name
    (`von_Platen`); a name repeated later in a list keeps its first rank."""
    out: list[str] = []
    for word in text.split():
        name = word.replace("_", " ")
        if name not in out:
            out.append(name)
    return out


def ranked(text: str, head: int) -> Pool:
    """A pool in rank order, weight 1/rank."""
    names = _words(text)
    return Pool(
        tuple(names), tuple(1 / rank for rank in range(1, len(names) + 1)), min(head, len(names))
    )


def census(rows: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A pool of the US Census 1990, weight the census's per cent."""
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


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
        "æ": "ae",
        "ß": "ss",
    }
)


def plain(word: str) -> str:
    """A name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`."""
    decomposed = unicodedata.normalize("NFD", word.translate(_PLAIN))
    return unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    )


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for masc, fem in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(masc):
            return surname[: -len(masc)] + fem
    return surname


# The US Census 1990: the first 400 women's and 400 men's given names and 450 surnames, per cent.
US_F = (
    ("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.980),
    ("Elizabeth", 0.937), ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794),
    ("Margaret", 0.768), ("Dorothy", 0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667),
    ("Betty", 0.666), ("Helen", 0.663), ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565),
    ("Ruth", 0.562), ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.510), ("Sarah", 0.508),
    ("Kimberly", 0.504), ("Deborah", 0.494), ("Jessica", 0.490), ("Shirley", 0.482),
    ("Cynthia", 0.469), ("Angela", 0.468), ("Melissa", 0.462), ("Brenda", 0.455), ("Amy", 0.451),
    ("Anna", 0.440), ("Rebecca", 0.430), ("Virginia", 0.430), ("Kathleen", 0.424),
    ("Pamela", 0.416), ("Martha", 0.412), ("Debra", 0.408), ("Amanda", 0.404),
    ("Stephanie", 0.400), ("Carolyn", 0.385), ("Christine", 0.382), ("Marie", 0.379),
    ("Janet", 0.379), ("Catherine", 0.373), ("Frances", 0.370), ("Ann", 0.364), ("Joyce", 0.364),
    ("Diane", 0.359), ("Alice", 0.357), ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336),
    ("Doris", 0.335), ("Gloria", 0.335), ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315),
    ("Mildred", 0.313), ("Katherine", 0.313), ("Joan", 0.306), ("Ashley", 0.303),
    ("Judith", 0.297), ("Rose", 0.296), ("Janice", 0.285), ("Kelly", 0.283), ("Nicole", 0.281),
    ("Judy", 0.276), ("Christina", 0.275), ("Kathy", 0.272), ("Theresa", 0.271),
    ("Beverly", 0.267), ("Denise", 0.264), ("Tammy", 0.259), ("Irene", 0.252), ("Jane", 0.250),
    ("Lori", 0.248), ("Rachel", 0.242), ("Marilyn", 0.241), ("Andrea", 0.236), ("Kathryn", 0.234),
    ("Louise", 0.229), ("Sara", 0.229), ("Anne", 0.228), ("Jacqueline", 0.228), ("Wanda", 0.226),
    ("Bonnie", 0.223), ("Julia", 0.223), ("Ruby", 0.221), ("Lois", 0.220), ("Tina", 0.220),
    ("Phyllis", 0.219), ("Norma", 0.218), ("Paula", 0.217), ("Diana", 0.216), ("Annie", 0.216),
    ("Lillian", 0.211), ("Emily", 0.208), ("Robin", 0.208), ("Peggy", 0.208), ("Crystal", 0.207),
    ("Gladys", 0.205), ("Rita", 0.204), ("Dawn", 0.202), ("Connie", 0.200), ("Florence", 0.200),
    ("Tracy", 0.197), ("Edna", 0.197), ("Tiffany", 0.195), ("Carmen", 0.195), ("Rosa", 0.194),
    ("Cindy", 0.192), ("Grace", 0.189), ("Wendy", 0.185), ("Victoria", 0.180), ("Edith", 0.179),
    ("Kim", 0.178), ("Sherry", 0.178), ("Sylvia", 0.177), ("Josephine", 0.177), ("Thelma", 0.175),
    ("Shannon", 0.175), ("Sheila", 0.175), ("Ethel", 0.174), ("Ellen", 0.173), ("Elaine", 0.173),
    ("Marjorie", 0.173), ("Carrie", 0.171), ("Charlotte", 0.169), ("Monica", 0.166),
    ("Esther", 0.166), ("Pauline", 0.165), ("Emma", 0.165), ("Juanita", 0.164), ("Anita", 0.162),
    ("Rhonda", 0.162), ("Hazel", 0.161), ("Amber", 0.160), ("Eva", 0.159), ("Debbie", 0.157),
    ("April", 0.154), ("Leslie", 0.154), ("Clara", 0.153), ("Lucille", 0.153), ("Jamie", 0.153),
    ("Joanne", 0.150), ("Eleanor", 0.150), ("Valerie", 0.149), ("Danielle", 0.149),
    ("Megan", 0.147), ("Alicia", 0.146), ("Suzanne", 0.145), ("Michele", 0.145), ("Gail", 0.145),
    ("Bertha", 0.143), ("Darlene", 0.142), ("Veronica", 0.142), ("Jill", 0.142), ("Erin", 0.141),
    ("Geraldine", 0.141), ("Lauren", 0.137), ("Cathy", 0.137), ("Joann", 0.136),
    ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135), ("Regina", 0.133), ("Erica", 0.130),
    ("Beatrice", 0.130), ("Dolores", 0.129), ("Bernice", 0.128), ("Audrey", 0.127),
    ("Yvonne", 0.126), ("Annette", 0.125), ("June", 0.125), ("Samantha", 0.124), ("Marion", 0.122),
    ("Dana", 0.122), ("Stacy", 0.121), ("Ana", 0.120), ("Renee", 0.120), ("Ida", 0.118),
    ("Vivian", 0.118), ("Roberta", 0.117), ("Holly", 0.117), ("Brittany", 0.117),
    ("Melanie", 0.116), ("Loretta", 0.115), ("Yolanda", 0.115), ("Jeanette", 0.115),
    ("Laurie", 0.114), ("Katie", 0.113), ("Kristen", 0.111), ("Vanessa", 0.111), ("Alma", 0.111),
    ("Sue", 0.111), ("Elsie", 0.110), ("Beth", 0.110), ("Jeanne", 0.109), ("Vicki", 0.109),
    ("Carla", 0.107), ("Tara", 0.107), ("Rosemary", 0.107), ("Eileen", 0.105), ("Terri", 0.105),
    ("Gertrude", 0.103), ("Lucy", 0.103), ("Tonya", 0.102), ("Ella", 0.101), ("Stacey", 0.101),
    ("Wilma", 0.099), ("Gina", 0.099), ("Kristin", 0.099), ("Jessie", 0.098), ("Natalie", 0.098),
    ("Agnes", 0.098), ("Vera", 0.098), ("Willie", 0.097), ("Charlene", 0.097), ("Bessie", 0.096),
    ("Delores", 0.095), ("Melinda", 0.094), ("Pearl", 0.094), ("Arlene", 0.094),
    ("Maureen", 0.092), ("Colleen", 0.092), ("Allison", 0.092), ("Tamara", 0.092), ("Joy", 0.091),
    ("Georgia", 0.091), ("Constance", 0.091), ("Lillie", 0.090), ("Claudia", 0.090),
    ("Jackie", 0.090), ("Marcia", 0.090), ("Tanya", 0.089), ("Nellie", 0.089), ("Minnie", 0.089),
    ("Marlene", 0.088), ("Heidi", 0.088), ("Glenda", 0.088), ("Lydia", 0.086), ("Viola", 0.086),
    ("Courtney", 0.086), ("Marian", 0.086), ("Stella", 0.085), ("Caroline", 0.085),
    ("Dora", 0.084), ("Jo", 0.083), ("Vickie", 0.082), ("Mattie", 0.081), ("Terry", 0.080),
    ("Maxine", 0.079), ("Irma", 0.079), ("Mabel", 0.078), ("Marsha", 0.078), ("Myrtle", 0.078),
    ("Lena", 0.077), ("Christy", 0.077), ("Deanna", 0.076), ("Patsy", 0.076), ("Hilda", 0.075),
    ("Gwendolyn", 0.074), ("Jennie", 0.073), ("Nora", 0.073), ("Margie", 0.072), ("Nina", 0.072),
    ("Cassandra", 0.072), ("Leah", 0.072), ("Penny", 0.071), ("Kay", 0.071), ("Priscilla", 0.071),
    ("Naomi", 0.071), ("Carole", 0.071), ("Brandy", 0.070), ("Olga", 0.070), ("Billie", 0.069),
    ("Dianne", 0.069), ("Tracey", 0.069), ("Leona", 0.069), ("Jenny", 0.068), ("Felicia", 0.068),
    ("Sonia", 0.068), ("Miriam", 0.066), ("Velma", 0.066), ("Becky", 0.066), ("Bobbie", 0.065),
    ("Violet", 0.065), ("Kristina", 0.065), ("Toni", 0.064), ("Misty", 0.063), ("Mae", 0.063),
    ("Shelly", 0.062), ("Daisy", 0.062), ("Ramona", 0.062), ("Sherri", 0.062), ("Erika", 0.061),
    ("Katrina", 0.061), ("Claire", 0.061), ("Lindsey", 0.060), ("Lindsay", 0.060),
    ("Geneva", 0.059), ("Guadalupe", 0.059), ("Belinda", 0.059), ("Margarita", 0.059),
    ("Sheryl", 0.059), ("Cora", 0.058), ("Faye", 0.058), ("Ada", 0.057), ("Natasha", 0.057),
    ("Sabrina", 0.057), ("Isabel", 0.057), ("Marguerite", 0.056), ("Hattie", 0.056),
    ("Harriet", 0.056), ("Molly", 0.055), ("Cecilia", 0.055), ("Kristi", 0.055), ("Brandi", 0.055),
    ("Blanche", 0.055), ("Sandy", 0.055), ("Rosie", 0.055), ("Joanna", 0.055), ("Iris", 0.055),
    ("Eunice", 0.054), ("Angie", 0.054), ("Inez", 0.053), ("Lynda", 0.053), ("Madeline", 0.052),
    ("Amelia", 0.052), ("Alberta", 0.052), ("Genevieve", 0.051), ("Monique", 0.051),
    ("Jodi", 0.051), ("Janie", 0.051), ("Maggie", 0.051), ("Kayla", 0.051), ("Sonya", 0.051),
    ("Jan", 0.051), ("Lee", 0.051), ("Kristine", 0.051), ("Candace", 0.051), ("Fannie", 0.050),
    ("Maryann", 0.050), ("Opal", 0.050), ("Alison", 0.050), ("Yvette", 0.050), ("Melody", 0.050),
    ("Luz", 0.049), ("Susie", 0.049), ("Olivia", 0.049), ("Flora", 0.049), ("Shelley", 0.049),
    ("Kristy", 0.048), ("Mamie", 0.048), ("Lula", 0.048), ("Lola", 0.048), ("Verna", 0.048),
    ("Beulah", 0.048), ("Antoinette", 0.048), ("Candice", 0.046), ("Juana", 0.046),
    ("Jeannette", 0.046), ("Pam", 0.046), ("Kelli", 0.046), ("Hannah", 0.045), ("Whitney", 0.045),
    ("Bridget", 0.045), ("Karla", 0.044), ("Celia", 0.044), ("Latoya", 0.043), ("Patty", 0.043),
    ("Shelia", 0.043), ("Gayle", 0.043), ("Della", 0.043), ("Vicky", 0.043), ("Lynne", 0.043),
    ("Sheri", 0.042), ("Marianne", 0.042), ("Kara", 0.041), ("Jacquelyn", 0.041), ("Erma", 0.041),
    ("Blanca", 0.041), ("Myra", 0.040), ("Leticia", 0.040), ("Pat", 0.040), ("Krista", 0.040),
    ("Roxanne", 0.040), ("Angelica", 0.039), ("Johnnie", 0.039), ("Robyn", 0.039),
    ("Francis", 0.039), ("Adrienne", 0.039), ("Rosalie", 0.039), ("Alexandra", 0.039),
    ("Brooke", 0.039), ("Bethany", 0.039), ("Sadie", 0.039), ("Bernadette", 0.039),
)  # fmt: skip
US_M = (
    ("James", 3.318), ("John", 3.271), ("Robert", 3.143), ("Michael", 2.629), ("William", 2.451),
    ("David", 2.363), ("Richard", 1.703), ("Charles", 1.523), ("Joseph", 1.404), ("Thomas", 1.380),
    ("Christopher", 1.035), ("Daniel", 0.974), ("Paul", 0.948), ("Mark", 0.938), ("Donald", 0.931),
    ("George", 0.927), ("Kenneth", 0.826), ("Steven", 0.780), ("Edward", 0.779), ("Brian", 0.736),
    ("Ronald", 0.725), ("Anthony", 0.721), ("Kevin", 0.671), ("Jason", 0.660), ("Matthew", 0.657),
    ("Gary", 0.650), ("Timothy", 0.640), ("Jose", 0.613), ("Larry", 0.598), ("Jeffrey", 0.591),
    ("Frank", 0.581), ("Scott", 0.546), ("Eric", 0.544), ("Stephen", 0.540), ("Andrew", 0.537),
    ("Raymond", 0.488), ("Gregory", 0.441), ("Joshua", 0.435), ("Jerry", 0.432), ("Dennis", 0.415),
    ("Walter", 0.399), ("Patrick", 0.389), ("Peter", 0.381), ("Harold", 0.371), ("Douglas", 0.367),
    ("Henry", 0.365), ("Carl", 0.346), ("Arthur", 0.335), ("Ryan", 0.328), ("Roger", 0.322),
    ("Joe", 0.321), ("Juan", 0.316), ("Jack", 0.315), ("Albert", 0.314), ("Jonathan", 0.313),
    ("Justin", 0.311), ("Terry", 0.311), ("Gerald", 0.309), ("Keith", 0.308), ("Samuel", 0.306),
    ("Willie", 0.302), ("Ralph", 0.282), ("Lawrence", 0.282), ("Nicholas", 0.275), ("Roy", 0.273),
    ("Benjamin", 0.270), ("Bruce", 0.263), ("Brandon", 0.260), ("Adam", 0.259), ("Harry", 0.251),
    ("Fred", 0.251), ("Wayne", 0.249), ("Billy", 0.248), ("Steve", 0.246), ("Louis", 0.243),
    ("Jeremy", 0.242), ("Aaron", 0.240), ("Randy", 0.232), ("Howard", 0.230), ("Eugene", 0.230),
    ("Carlos", 0.229), ("Russell", 0.224), ("Bobby", 0.223), ("Victor", 0.222), ("Martin", 0.216),
    ("Ernest", 0.215), ("Phillip", 0.213), ("Todd", 0.213), ("Jesse", 0.209), ("Craig", 0.206),
    ("Alan", 0.204), ("Shawn", 0.200), ("Clarence", 0.197), ("Sean", 0.197), ("Philip", 0.197),
    ("Chris", 0.197), ("Johnny", 0.195), ("Earl", 0.193), ("Jimmy", 0.191), ("Antonio", 0.190),
    ("Danny", 0.190), ("Bryan", 0.190), ("Tony", 0.190), ("Luis", 0.189), ("Mike", 0.189),
    ("Stanley", 0.186), ("Leonard", 0.186), ("Nathan", 0.185), ("Dale", 0.184), ("Manuel", 0.181),
    ("Rodney", 0.180), ("Curtis", 0.180), ("Norman", 0.177), ("Allen", 0.174), ("Marvin", 0.171),
    ("Vincent", 0.168), ("Glenn", 0.167), ("Jeffery", 0.166), ("Travis", 0.166), ("Jeff", 0.166),
    ("Chad", 0.165), ("Jacob", 0.165), ("Lee", 0.162), ("Melvin", 0.162), ("Alfred", 0.162),
    ("Kyle", 0.160), ("Francis", 0.160), ("Bradley", 0.159), ("Jesus", 0.155), ("Herbert", 0.155),
    ("Frederick", 0.154), ("Ray", 0.153), ("Joel", 0.152), ("Edwin", 0.148), ("Don", 0.145),
    ("Eddie", 0.144), ("Ricky", 0.141), ("Troy", 0.138), ("Randall", 0.138), ("Barry", 0.134),
    ("Alexander", 0.132), ("Bernard", 0.127), ("Mario", 0.125), ("Leroy", 0.125),
    ("Francisco", 0.124), ("Marcus", 0.124), ("Micheal", 0.123), ("Theodore", 0.123),
    ("Clifford", 0.123), ("Miguel", 0.122), ("Oscar", 0.122), ("Jay", 0.118), ("Jim", 0.118),
    ("Tom", 0.117), ("Calvin", 0.115), ("Alex", 0.115), ("Jon", 0.115), ("Ronnie", 0.113),
    ("Bill", 0.112), ("Lloyd", 0.112), ("Tommy", 0.112), ("Leon", 0.112), ("Derek", 0.112),
    ("Warren", 0.110), ("Darrell", 0.108), ("Jerome", 0.108), ("Floyd", 0.107), ("Leo", 0.106),
    ("Alvin", 0.105), ("Tim", 0.104), ("Wesley", 0.104), ("Gordon", 0.104), ("Dean", 0.104),
    ("Greg", 0.104), ("Jorge", 0.104), ("Dustin", 0.103), ("Pedro", 0.103), ("Derrick", 0.103),
    ("Dan", 0.101), ("Lewis", 0.099), ("Zachary", 0.099), ("Corey", 0.098), ("Herman", 0.097),
    ("Maurice", 0.097), ("Vernon", 0.097), ("Roberto", 0.097), ("Clyde", 0.095), ("Glen", 0.094),
    ("Hector", 0.094), ("Shane", 0.093), ("Ricardo", 0.093), ("Sam", 0.092), ("Rick", 0.091),
    ("Lester", 0.091), ("Brent", 0.090), ("Ramon", 0.090), ("Charlie", 0.090), ("Tyler", 0.089),
    ("Gilbert", 0.089), ("Gene", 0.087), ("Marc", 0.087), ("Reginald", 0.084), ("Ruben", 0.082),
    ("Brett", 0.082), ("Angel", 0.082), ("Nathaniel", 0.081), ("Rafael", 0.081), ("Leslie", 0.081),
    ("Edgar", 0.080), ("Milton", 0.080), ("Raul", 0.079), ("Ben", 0.078), ("Chester", 0.078),
    ("Cecil", 0.078), ("Duane", 0.077), ("Franklin", 0.077), ("Andre", 0.076), ("Elmer", 0.074),
    ("Brad", 0.073), ("Gabriel", 0.073), ("Ron", 0.072), ("Mitchell", 0.072), ("Roland", 0.072),
    ("Arnold", 0.072), ("Harvey", 0.072), ("Jared", 0.071), ("Adrian", 0.069), ("Karl", 0.069),
    ("Cory", 0.068), ("Claude", 0.068), ("Erik", 0.068), ("Darryl", 0.067), ("Jamie", 0.066),
    ("Neil", 0.066), ("Jessie", 0.065), ("Christian", 0.065), ("Javier", 0.065),
    ("Fernando", 0.065), ("Clinton", 0.065), ("Ted", 0.064), ("Mathew", 0.064), ("Tyrone", 0.064),
    ("Darren", 0.064), ("Lonnie", 0.064), ("Lance", 0.063), ("Cody", 0.063), ("Julio", 0.063),
    ("Kelly", 0.063), ("Kurt", 0.062), ("Allan", 0.061), ("Nelson", 0.061), ("Guy", 0.060),
    ("Clayton", 0.060), ("Hugh", 0.060), ("Max", 0.059), ("Dwayne", 0.059), ("Dwight", 0.058),
    ("Armando", 0.058), ("Felix", 0.058), ("Jimmie", 0.058), ("Everett", 0.057), ("Jordan", 0.056),
    ("Ian", 0.056), ("Wallace", 0.056), ("Ken", 0.055), ("Bob", 0.055), ("Jaime", 0.055),
    ("Casey", 0.054), ("Alfredo", 0.054), ("Alberto", 0.053), ("Dave", 0.053), ("Ivan", 0.053),
    ("Johnnie", 0.052), ("Sidney", 0.052), ("Byron", 0.052), ("Julian", 0.052), ("Isaac", 0.051),
    ("Morris", 0.051), ("Clifton", 0.050), ("Willard", 0.050), ("Daryl", 0.050), ("Ross", 0.050),
    ("Virgil", 0.049), ("Andy", 0.049), ("Marshall", 0.049), ("Salvador", 0.049), ("Perry", 0.049),
    ("Kirk", 0.049), ("Sergio", 0.049), ("Marion", 0.048), ("Tracy", 0.048), ("Seth", 0.048),
    ("Kent", 0.048), ("Terrance", 0.048), ("Rene", 0.048), ("Eduardo", 0.047), ("Terrence", 0.047),
    ("Enrique", 0.046), ("Freddie", 0.046), ("Wade", 0.045), ("Austin", 0.044), ("Stuart", 0.044),
    ("Fredrick", 0.043), ("Arturo", 0.043), ("Alejandro", 0.043), ("Jackie", 0.043),
    ("Joey", 0.043), ("Nick", 0.043), ("Luther", 0.043), ("Wendell", 0.042), ("Jeremiah", 0.042),
    ("Evan", 0.042), ("Julius", 0.042), ("Dana", 0.042), ("Donnie", 0.041), ("Otis", 0.041),
    ("Shannon", 0.040), ("Trevor", 0.040), ("Oliver", 0.040), ("Luke", 0.040), ("Homer", 0.040),
    ("Gerard", 0.040), ("Doug", 0.040), ("Kenny", 0.039), ("Hubert", 0.039), ("Angelo", 0.039),
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
    ("Earnest", 0.031), ("Lucas", 0.031), ("Benny", 0.030), ("Noel", 0.030), ("Spencer", 0.030),
    ("Rodolfo", 0.030), ("Myron", 0.030), ("Edmund", 0.030), ("Garrett", 0.029),
    ("Salvatore", 0.029), ("Cedric", 0.029), ("Lowell", 0.029), ("Gregg", 0.029),
    ("Sherman", 0.028), ("Wilson", 0.028), ("Devin", 0.028), ("Sylvester", 0.028), ("Kim", 0.028),
    ("Roosevelt", 0.028), ("Israel", 0.028), ("Jermaine", 0.028),
)  # fmt: skip
US_S = (
    ("Smith", 1.006), ("Johnson", 0.810), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621),
    ("Davis", 0.480), ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor", 0.311),
    ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.310), ("White", 0.279),
    ("Harris", 0.275), ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254),
    ("Martinez", 0.234), ("Robinson", 0.233), ("Clark", 0.231), ("Rodriguez", 0.229),
    ("Lewis", 0.226), ("Lee", 0.220), ("Walker", 0.219), ("Hall", 0.200), ("Allen", 0.199),
    ("Young", 0.193), ("Hernandez", 0.192), ("King", 0.190), ("Wright", 0.189), ("Lopez", 0.187),
    ("Hill", 0.187), ("Scott", 0.185), ("Green", 0.183), ("Adams", 0.174), ("Baker", 0.171),
    ("Gonzalez", 0.166), ("Nelson", 0.162), ("Carter", 0.162), ("Mitchell", 0.160),
    ("Perez", 0.155), ("Roberts", 0.153), ("Turner", 0.152), ("Phillips", 0.149),
    ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141), ("Edwards", 0.137),
    ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.130), ("Morris", 0.125),
    ("Rogers", 0.123), ("Reed", 0.122), ("Cook", 0.120), ("Morgan", 0.118), ("Bell", 0.117),
    ("Murphy", 0.117), ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper", 0.113),
    ("Richardson", 0.112), ("Cox", 0.110), ("Howard", 0.110), ("Ward", 0.108), ("Torres", 0.108),
    ("Peterson", 0.107), ("Gray", 0.106), ("Ramirez", 0.105), ("James", 0.105), ("Watson", 0.103),
    ("Brooks", 0.103), ("Kelly", 0.102), ("Sanders", 0.100), ("Price", 0.099), ("Bennett", 0.099),
    ("Wood", 0.098), ("Barnes", 0.097), ("Ross", 0.096), ("Henderson", 0.095), ("Coleman", 0.095),
    ("Jenkins", 0.095), ("Perry", 0.094), ("Powell", 0.093), ("Long", 0.092), ("Patterson", 0.092),
    ("Hughes", 0.092), ("Flores", 0.092), ("Washington", 0.092), ("Butler", 0.091),
    ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales", 0.087), ("Bryant", 0.087),
    ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084), ("Diaz", 0.084),
    ("Hayes", 0.083), ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082), ("Graham", 0.082),
    ("Sullivan", 0.081), ("Wallace", 0.081), ("Woods", 0.080), ("Cole", 0.080), ("West", 0.080),
    ("Jordan", 0.078), ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077), ("Ellis", 0.077),
    ("Harrison", 0.076), ("Gibson", 0.075), ("McDonald", 0.075), ("Cruz", 0.075),
    ("Marshall", 0.075), ("Ortiz", 0.075), ("Gomez", 0.075), ("Murray", 0.074), ("Freeman", 0.074),
    ("Wells", 0.073), ("Webb", 0.072), ("Simpson", 0.070), ("Stevens", 0.070), ("Tucker", 0.070),
    ("Porter", 0.069), ("Hunter", 0.069), ("Hicks", 0.069), ("Crawford", 0.068), ("Henry", 0.068),
    ("Boyd", 0.068), ("Mason", 0.068), ("Morales", 0.067), ("Kennedy", 0.067), ("Warren", 0.067),
    ("Dixon", 0.066), ("Ramos", 0.066), ("Reyes", 0.066), ("Burns", 0.065), ("Gordon", 0.065),
    ("Shaw", 0.065), ("Holmes", 0.065), ("Rice", 0.064), ("Robertson", 0.064), ("Hunt", 0.063),
    ("Black", 0.063), ("Daniels", 0.062), ("Palmer", 0.062), ("Mills", 0.061), ("Nichols", 0.060),
    ("Grant", 0.060), ("Knight", 0.060), ("Ferguson", 0.059), ("Rose", 0.059), ("Stone", 0.059),
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
    ("Vasquez", 0.051), ("Castillo", 0.051), ("Wheeler", 0.051), ("Chapman", 0.050),
    ("Oliver", 0.050), ("Montgomery", 0.049), ("Richards", 0.049), ("Williamson", 0.049),
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
    ("Vargas", 0.041), ("Byrd", 0.041), ("Davidson", 0.041), ("Hopkins", 0.041), ("May", 0.040),
    ("Terry", 0.040), ("Herrera", 0.040), ("Wade", 0.040), ("Soto", 0.040), ("Walters", 0.040),
    ("Curtis", 0.040), ("Neal", 0.039), ("Caldwell", 0.039), ("Lowe", 0.039), ("Jennings", 0.039),
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
    ("Moss", 0.031), ("Thornton", 0.031), ("Dennis", 0.031), ("McGee", 0.031), ("Farmer", 0.030),
    ("Delgado", 0.030), ("Aguilar", 0.030), ("Vega", 0.030), ("Glover", 0.030), ("Manning", 0.030),
    ("Cohen", 0.030), ("Harmon", 0.030), ("Rodgers", 0.030), ("Robbins", 0.030), ("Newton", 0.030),
    ("Todd", 0.030), ("Blair", 0.030), ("Higgins", 0.030), ("Ingram", 0.030), ("Reese", 0.030),
    ("Cannon", 0.030), ("Strickland", 0.030), ("Townsend", 0.030), ("Potter", 0.030),
    ("Goodwin", 0.030), ("Walton", 0.030), ("Rowe", 0.029), ("Hampton", 0.029), ("Ortega", 0.029),
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

# Sweden, in the order of SCB's name statistics (every name a person carries, given and middle).
SV_F = """
Maria Elisabeth Anna Kristina Margareta Eva Linnéa Karin Birgitta Marie Ingrid Sofia Emma Elin
Sara Kerstin Ida Malin Hanna Lena Inger Julia Jenny Helena Annika Ulla Johanna Susanne Gunilla
Linda Monica Camilla Viktoria Carina Matilda Louise Ulrika Elsa Frida Marianne Åsa Amanda Alice
Lovisa Therese Caroline Ebba Sandra Cecilia Maja Agneta Josefin Ann Anette Jessica Gun Siv Britt
Emelie Madeleine Barbro Ingegerd Astrid Katarina Charlotte Elisabet Wilma Klara Lisa Anneli Moa
Felicia Mikaela Gunnel Margit Elina Emilia Irene Ingela Yvonne Ellen Inga Ella Ewa Pia Alva
Ingeborg Lina Marina Isabelle Linn Agnes Anita Sofie Maj Gunhild Märta Erika Nathalie Elsie Helen
Vera Ann-Marie Anna-Karin Britta Lisbeth Ellinor Inez Stina Tove Jennie Berit Rebecka Kristin
Ann-Christin Solveig Gerd Elvira Ylva Gunvor Mona Catharina Sonja Agnetha Hillevi Ronja Selma
Saga Tilda Nora Olivia Alexandra Maud Alicia Vendela Tuva Signe Isabella Elise Greta Carolina
Ester Lilly Liv Sigrid Hedvig Eleonora Cajsa Emmy Thea Tyra Nellie Svea Ingalill Majken
Christina Jeanette Evelina Rut Dagny Hjördis Ragnhild Gullvi Vivianne Viola Elvy Laila Lilian
Annelie Marita Gudrun Ingbritt Birgit Iris Ruth Dagmar Edit Elly Göta Harriet Karolina Beatrice
Tindra Nova Minna Livia Idun Juni Majvor Eivor Vanja Ellie Elena Amelia Fatima Amina Sabina
Lejla Mira Leila Jasmine Yasmin Nour Maryam Zeinab Daniela Natalia Nadia Sanna Hedda Alba Stella
Ines Molly Lova Meja Joline Mimmi Wera Hilma Dorotea Rakel Lydia Petra Veronika Madelene Mirja
Marlene Annette Cornelia Jonna Filippa Tess Gabriella Angelica Fanny Hannah Emilie Viveka
Ingmarie Marie-Louise Carin Kajsa Pernilla Teresia Rosa Rose-Marie Mari Lill Lillemor
Ulla-Britt Gun-Britt Eva-Lena Anna-Lena Ann-Sofie Ann-Louise Ann-Kristin Britt-Marie Maj-Britt
Mia Tina Nina Elna Tekla Hulda Alfhild Edla Sally Allis Agda Märit Doris Solbritt Brita Gunbritt
Elsy Vivi Annie Belinda Melinda Johanne Lisen Lisette Cecilie Selina Nelly Clara Tova Siri
Ingegärd Anne Annica Therése Josefine Jeanette Evy Irma Lisbet Kristine Marit
Benita Berith Desirée Eleonor Gunda Hedda Jenni Linnea Lotta Louisa Malva Matilde
Mathilda Mariana Patricia Paula Rebecca Sigbritt Silvia Susann Sylvia Tanja
Ulrica Vilma Zara Aina Alma Ava Bianca Bodil Dorotea Elvi Frideborg
Anna-Maria Ann-Mari Eva-Marie Adela Amalia Anja Antonia Aurora Bella Bettina Carola Catrin Charlotta Dana Diana Edda Elida Elinor Elma Embla Estelle Gerda Gunborg Henrietta Hilda Ingvor Janina Jolin Judit Kaja Karita Leonora Lilja Magdalena Majlis Malena Nadja Ottilia Regina Ritva Rosalie Sanja Sigyn Susan Tea Thyra Ulla-Karin Vivan Yrsa
"""
SV_M = """
Karl Erik Lars Anders Per Mikael Johan Olof Nils Jan Lennart Gustav Hans Peter Carl Thomas
Daniel Fredrik Bengt Sven Gunnar Alexander Åke Stefan Bo Andreas Magnus Göran Oskar Leif Mats
Henrik Jonas Kjell Martin Axel Johannes Ulf Viktor Bertil Emil Ingemar Christer Stig Patrik
Roland Rolf Tommy Björn Arne Mattias Jakob Anton Wilhelm Filip Simon Robert Marcus Kent Rune
Ludvig Håkan Christian Sebastian Kenneth Hugo Joakim Niklas David Tobias Torbjörn Oscar Elias
Gösta Jörgen Lucas William Roger Michael Kurt Dan Adam Hampus Isak Kristian Jesper Rasmus Ove
Claes Kristoffer Pontus Göte Tomas Arvid Olle Albin Robin Harald Ingvar Jimmy Lars-Erik
Karl-Erik Sten Alf Georg Folke Elof Linus Theo Oliver Edvin Samuel Liam Noah Vincent Melvin Max
Leo Alfred Benjamin Gabriel Josef Malte Jonathan Viggo Valter Conny Dennis Ronny Mohammed Ali
Per-Olof Jan-Erik Lars-Göran Karl-Johan Sture Tore Ragnar Einar Evert Sixten Holger Birger
Torsten Yngve Henry Nicklas Peder Emanuel Felix Love Hjalmar Hannes Elis Vilgot Loke Frej Sigge
Melker Ture Knut Douglas Otto Tage Edvard Valdemar Helge Uno Sune Allan Assar Algot Bror Verner
Waldemar Gottfrid Enar Osvald Halvar Eskil Valentin Greger Mårten Staffan Tord Lage Ivar Gert
Jens Kennet Krister Benny Dick Glenn Ronnie Johnny Tony Kim Joel Jacob Måns Noel Elliot Alvin
Colin Milo Nelson Leon Charlie Levi Theodor Ebbe Wilmer Julius Gustaf Carl-Johan Jan-Olof
Per-Erik Lars-Olof Bengt-Göran Sven-Erik Karl-Gustav Nils-Olof Stig-Göran Hans-Erik Ahmad
Mohamed Hassan Omar Ibrahim Yusuf Ahmed Hussein Amir Mustafa Marko Dragan Goran Juha Pekka Matti
Mikko Piotr Tomasz Aleksander Sami Timo Kari Jari Markus Rikard Ulrik Fabian Casper Alex Adrian
Jack Milton Sam Ville Tim Kevin Vidar Sigvard Gillis Ragnvald Hilding Reinhold Ossian Ansgar
Torgny Torvald Hans-Olov Olov Olav Ola Lars-Åke Per-Åke Jan-Åke Sören Sölve Börje Leopold
Lorentz Fritiof Gunne Arnold Östen Nore Ingvald Egon Evald Harry Herbert Ingmar
Jon Jöran Kaj Kalle Lenny Mathias Matteus Nicolas Noa Orvar Ralf Sigurd Svante
Sten-Åke Teodor Thor Tor Torkel Tryggve Urban Veikko Yngvar Örjan Adolf
Albert Ambjörn Anselm Benjamin Bernt Carl-Axel Curt Didrik Edgar Emrik Erland
Alvar Arvo Bruno Carl-Gustaf Claes-Göran Dag Eddie Eino Elmer Emir Erling Ferdinand Gideon Hadar Helmer Hjalte Ingolf Isac Ivan Jarl Joar Jim Kasper Konrad Lukas Mauritz Mio Patric Rafael Reine Roine Sigfrid Sigvald Stellan Sten-Olof Yasin Arne-Olof Bo-Göran Jan-Olov Per-Gunnar Nils-Gunnar Lars-Gunnar Hans-Göran
"""
SV_S = """
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson
Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed Engström Eklund
Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Fransson
Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström Ahmed
Mårtensson Lundström Hassan Viklund Björklund Eliasson Pålsson Berggren Sandström Lund Nordin
Ström Åberg Falk Ekström Hermansson Holmgren Hellström Dahlberg Hedlund Sundberg Sjögren Ek Blom
Abrahamsson Martinsson Öberg Andreasson Strömberg Månsson Hansen Åkesson Dahl Lindholm Norberg
Holmqvist Mohamed Sundström Jacobsson Ekman Hedberg Hussein Sjöström Lindahl Nordqvist Lindblom
Göransson Björkman Johnsson Forsman Ekberg Omar Jonasson Knutsson Borg Adolfsson Strand Sundqvist
Hedström Lilja Ibrahim Nordlund Sundin Hjalmarsson Nordgren Söderström Wiklund Ivarsson Lindén
Malmberg Berntsson Dahlgren Eskilsson Backman Hellberg Stenberg Bäckström Östlund Holmström
Lindh Nyman Sjödin Rosén Öhman Lindroth Jensen Löfström Petersson Åström Nordberg Ahlberg
Forslund Vikström Palm Lundholm Lindkvist Ekholm Olausson Hedman Hellman Grönlund Rydberg
Wahlström Forsgren Alm Almqvist Ahlström Bodin Boström Brodin Carlsson Carlström Dahlqvist
Edlund Edström Ekdahl Engberg Engdahl Engman Fagerlund Fors Frisk Granberg Granlund Granström
Gren Gustavsson Haglund Hallberg Hallin Hammar Hedin Hellgren Holmén Hägg Höglund Kjellberg Kvist
Lagerqvist Landström Lindell Linder Lindmark Ljung Ljungberg Ljunggren Lundell Lundmark Lövgren
Malm Malmqvist Melin Moberg Nord Norén Nyholm Nylander Nylund Nyqvist Olander Palmqvist Pehrsson
Quist Rask Rehn Rydén Sahlin Sandell Sandin Selander Sjölund Skog Sköld Stark Sten Stenström
Strid Sundell Svärd Sylvén Säll Söderlund Sörensson Thorén Thunberg Törnblom Unger Vallin
Wahlberg Wahlgren Wall Wennberg Westberg Westerberg Westin Westman Widén Wikberg Wikman Åhlin
Åkerlund Åkerman Åslund Öhrn Östberg Östman Östling Abdi Abdullah Hosseini Mohammadi Rahimi
Nguyen Kaya Demir Nowak Yousef Khalil Saleh Ahmadi Karimi Jafari Yilmaz Korhonen Nieminen
Virtanen Khan Hussain Yusuf Said Warsame Jama Aziz Salem Rashid Kurt Popović Jovanović Hodžić
Bielke Sparre Stenbock Ehrensvärd Cederschiöld Adlercreutz Leijonhufvud Posse von_Rosen
De_la_Gardie af_Jochnick von_Schéele Stackelberg Silfverschiöld Bonde Horn Trolle
Lönnqvist Bolin Byström Ohlsson Carlberg Cronholm Dufva Enström Fahlén Fredholm Fröberg
Glad Grahn Grip Gröndahl Hammarström Hedenström Hjort Hultgren Ingvarsson Järvinen Kronberg
Kullberg Lagerström Liljegren Lindblad Ljungqvist Lundkvist Löfqvist Mellberg Nordenskiöld
Nordmark Norling Nyqvist Nyhlén Orrenius Rosengren Rudberg Sandqvist Schmidt Silfver
Sjöqvist Stenlund Strandberg Svanberg Söderqvist Tegnér Thelin Toresson Wallgren Wennerström
Ahl Andrén Appelqvist Asplund Axén Backlund Bengtson Björling Blomberg Bohlin Brandt Burman Dahlström Ekelund Elmqvist Englund Fahlgren Falkman Flodin Gidlund Grape Hagberg Hagström Hammarlund Hellqvist Hjelm Holmlund Kihlberg Lidén Lindstedt Ljungman Mauritzson Norgren Nyblom Olin Renström Rydström Sandgren Sjöblom Skoglund Strömqvist Sundkvist Tapper Wessman Zetterberg Zetterlund Åman
"""
# England and Wales, in the order of the ONS rankings (names of every generation alive).
UK_F = """
Susan Sarah Margaret Elizabeth Emma Claire Karen Helen Julie Jennifer Patricia Nicola Lisa Rachel
Joanne Laura Jane Amanda Catherine Emily Louise Hannah Rebecca Linda Gemma Samantha Michelle
Olivia Jessica Lucy Charlotte Amy Sophie Deborah Christine Ann Mary Janet Dorothy Barbara Joan
Jean Pauline Carol Angela Alison Victoria Kelly Stephanie Natalie Katie Lauren Chloe Megan Amelia
Isla Ava Mia Grace Lily Ella Ruby Evie Freya Poppy Isabella Jacqueline Wendy Tracey Sharon
Kathleen Gillian Anne Maureen Sandra Valerie Marion Sheila Brenda Irene Shirley Diane Lynne
Heather Fiona Kerry Hayley Kirsty Leanne Donna Dawn Anna Kate Jade Holly Abigail Georgia Eleanor
Zoe Bethany Jasmine Alice Phoebe Florence Evelyn Matilda Sienna Daisy Harriet Caroline Sally
Lesley Yvonne Teresa Judith Rosemary Joyce Eileen Doreen Rita Beryl Elaine Ruth Denise Tina
Lorraine Alexandra Jodie Danielle Stacey Kayleigh Aimee Naomi Melissa Rosie Imogen Millie
Scarlett Willow Ivy Harper Sofia Maisie Elsie Esme Aisha Fatima Zara Gladys Edna Vera Hilda
Mavis Phyllis Audrey Hazel Norma Jill Gail Vanessa Lindsay Marie Rosalind Frances Penelope
Philippa Bridget Siobhan Aoife Niamh Ciara Eilidh Morag Rhiannon Cerys Seren Bronwen Carys Nia
Ffion Gwen Catriona Mhairi Shona Bethan Nerys Myfanwy Tegan Lowri Hollie Paige Shannon Courtney
Kimberley Chantelle Charlene Colette Geraldine Josephine Kathryn Lydia Miriam Nadia Rhona Rowena
Tamsin Tabitha Verity Octavia Eloise Beatrice Maya Summer Aria Luna Nancy Mabel Rosa Iris Edith
Violet Ada Orla Thea Clara Robyn Ellie Lexi Layla Lottie Felicity Martha Ottilie Penny Polly
Rosalie Sylvia Una Wanda Yasmin Hilary Deirdre Moira Muriel Nora Olive Stella Trudy Elspeth
Fenella Ingrid Jemima Juliet Lilian Lorna Marjorie Maxine Mildred Patsy Rhoda Sinead Thelma
"""
UK_M = """
David John Paul Andrew Mark James Michael Peter Robert Richard Stephen Christopher Ian Daniel
Thomas William Matthew Simon Anthony Kevin Gary Steven Martin Alan Brian Jason Graham Neil Lee
Craig Darren Adam Jonathan Philip Nicholas Benjamin Samuel Joseph Oliver George Harry Jack
Charlie Noah Leo Oscar Arthur Muhammad Alfie Jacob Freddie Henry Archie Theo Joshua Luke Ryan Liam
Callum Connor Jamie Scott Shaun Dean Wayne Keith Colin Kenneth Raymond Roger Malcolm Trevor Barry
Derek Terence Geoffrey Gordon Stuart Russell Timothy Edward Alexander Patrick Sean Gareth Rhys
Dylan Lewis Kieran Nathan Ben Toby Max Finley Lucas Isaac Ethan Mason Logan Jake Harvey Dominic
Hugo Rory Ross Aaron Jordan Tyler Bradley Carl Dennis Frank Leonard Norman Stanley Albert Ernest
Roy Ronald Douglas Donald Alistair Hamish Fraser Euan Angus Iain Gavin Duncan Owen Gethin Dafydd
Emyr Ieuan Rhodri Aled Cian Ciaran Declan Conor Eoin Niall Seamus Rowan Elliot Jasper Felix Rupert
Sebastian Harrison Louis Reuben Ronnie Teddy Ellis Tobias Zachary Elijah Ibrahim Yusuf Omar Ali
Hassan Mohammed Clive Nigel Julian Jeremy Giles Hugh Howard Laurence Lionel Mervyn Neville Percy
Reginald Rodney Stewart Vincent Walter Wilfred Cyril Eric Harold Herbert Horace Leslie Maurice
Sidney Victor Alfred Ashley Barnaby Bernard Brendan Cameron Damian Desmond Edmund Ewan Fergus
Gerald Glyn Gregory Ivor Jeffrey Kelvin Marcus Miles Nathaniel Oswald Piers Quentin Ralph Rhodri
Robin Ruairi Spencer Tristan Warren Wesley Jude Caleb Kai Ezra Albie Ronan Otis Arlo Rafferty
"""
UK_S = """
Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson
Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner Martin
Cooper Hill Ward Morris Moore Clark Lee King Baker Harrison Morgan Allen James Scott Phillips
Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson Bailey
Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams Singh
Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain Campbell Matthews
Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher Stevens Jenkins Murray
Dixon Harvey Graham Pearson Ahmed Fletcher Walsh Kaur Gibson Howard Andrews Stewart Elliott
Reynolds Saunders Payne Fox Ford Pearce Day Brooks West Lawrence Cole Atkinson Bradley Spencer
Gill Dawson Ball Burton O'Brien Watts Rose Booth Perry Ryan Grant Wells Armstrong Francis Rees
Hayes Hart Hudson Newman Barrett Webster Hunter Gregory Carr Lowe Page Marsh Riley Dunn Woods
Parsons Berry Stone Reid Holland Hawkins Harding Porter Robertson Newton Oliver Reed Kennedy
Williamson Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry Burgess Bishop Walton Burns
Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls Hamilton Byrne Sutton McDonald Yates
Hodgson Robson Curtis Hopkins O'Connor Harper Coleman Watkins Moss McCarthy Chambers O'Neill
Griffin Sharp Hardy Wheeler Potter Osborne Johnston Gordon Doyle Wallace George Jordan Hutchinson
Rowe Burke May Pritchard Gilbert Willis Higgins Read Miles Stevenson Stephenson Hammond Arnold
Buckley Walters Hewitt Barber Nelson Slater Austin Sullivan Whitehead Mann Frost Lambert Stephens
Blake Akhtar Lynch Goodwin Barton Woodward Thomson Cunningham Quinn Barnett Baxter Bibi Clayton
Nash Greenwood Jennings Holt Kemp Poole Gallagher Bond Stokes Tucker Davidson Fowler Heath Norman
Middleton Lawson Banks French Stanley Jarvis Gibbs Ferguson Hayward Carroll Douglas Dickinson Todd
Barlow Peters Lucas Knowles Hartley Miah Simmons Morton Alexander Field Morrison Norris Townsend
Preston Hancock Thornton Baldwin Burrows Briggs Storey Pope Parkinson
"""
# Finland (and the Sweden Finns): Statistics Finland's commonest names, 1/rank.
FI_F = "Maria Helena Anneli Johanna Kaarina Marjatta Hannele Liisa Tuula Päivi Sirpa Pirjo Riitta Leena Anne Marja Eila Aino Seija Tarja Satu Minna Kirsi Sari Merja Raili Aila Irmeli Sinikka Hilkka"
FI_M = "Juhani Johannes Mikael Antero Tapani Olavi Kalevi Matti Timo Kari Jari Pekka Mikko Jukka Markku Heikki Antti Seppo Esa Hannu Veikko Raimo Pentti Pertti Tuomas Ville Juha Petri Eero Aleksi"
FI_S = "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hyvönen Kettunen"
# Arabic-speaking (Iraq, Syria, Lebanon, Palestine), with Assyrian/Syriac names.
AR_F = "Fatima Maryam Zainab Noor Sara Amina Layla Rania Hiba Yasmin Aya Hala Rana Lina Dalia Zahra Huda Nadia Samira Salma Rasha Ninorta Shamiram Nahrin Ninve Suad Iman Israa Maria Raghad"
AR_M = "Mohammad Ahmad Ali Hassan Hussein Omar Mustafa Ibrahim Khaled Yousef Abdullah Mahmoud Karim Ammar Bilal Saif Tariq Haider Samir Nabil Fadi Rami Jamal Walid Ninos Sargon Gabriel Aziz Elias Yasin Abbas Firas Afram"
AR_S = "Ali Mohammed Ahmed Hassan Hussein Abdullah Ibrahim Khalil Saleh Haddad Jaber Mahmoud Yousef Al-Saadi Al-Obaidi Al-Jabouri Kareem Jasim Abbas Shamoun Barsoum Saliba Isa Yacoub Hanna Toma Aziz Khoury Nasser Darwish Al-Khatib Rahim Gabriel Bahnan"
# Somalia: given names, and the father's name as surname.
SO_F = "Faduma Hodan Sahra Amina Hawa Asha Sagal Ifrah Nimo Ubah Hibo Khadija Maryan Muna Ayan Fardowsa Halima Deeqa Idil Hamdi Sucaad Leyla Nasra Safiya Shukri"
SO_M = "Mohamed Abdi Ahmed Abdullahi Ali Hassan Omar Yusuf Abdirahman Mahad Abdikarim Ismail Said Hussein Liban Farah Mukhtar Nur Osman Abdiaziz Bashir Guled Khalid Mustafe Sharmarke"
SO_S = "Mohamed Ahmed Ali Hassan Abdi Omar Farah Yusuf Hussein Ismail Osman Abdullahi Warsame Jama Aden Nur Dahir Egal Mohamud Abdirahman Hersi Gedi Elmi Duale Awale"
# Poland: GUS's commonest names; surnames in their masculine form (`feminine` for women).
PL_F = "Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Elżbieta Joanna Aleksandra Monika Zofia Teresa Danuta Natalia Karolina Marta Beata Dorota Justyna Paulina Jadwiga Halina Grażyna Agata Iwona"
PL_M = "Piotr Krzysztof Andrzej Tomasz Jan Paweł Michał Marcin Jakub Adam Łukasz Marek Grzegorz Mateusz Wojciech Stanisław Mariusz Dariusz Zbigniew Jerzy Rafał Kamil Robert Józef Sławomir Kacper Bartosz Przemysław"
PL_S = "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Jaworski Malinowski Górski Witkowski Walczak Stępień Rutkowski Sikora Baran Zalewski Wysocki"
# Iran: the commonest names.
FA_F = "Maryam Fatemeh Zahra Shirin Nasrin Parisa Leila Mina Azadeh Niloufar Sara Roya Shabnam Mahsa Elham Nazanin Yasaman Shahla Farzaneh Mitra Golnaz Samira Negar Parvin Soheila"
FA_M = "Mohammad Ali Reza Hossein Amir Mehdi Hamid Saeed Behrouz Babak Farhad Kourosh Dariush Omid Arash Majid Hassan Javad Morteza Siavash Kaveh Navid Payam Shahram Mehran"
FA_S = "Mohammadi Hosseini Ahmadi Rezaei Moradi Karimi Jafari Hashemi Rahimi Mousavi Sadeghi Ghasemi Kazemi Hosseinzadeh Rostami Tehrani Shirazi Akbari Farahani Najafi Azizi Bagheri Ebrahimi Sharifi Amini Salehi Nazari"
# Bosnia and Herzegovina, Serbia, Croatia.
BCS_F = "Amra Emina Selma Lejla Amela Jasmina Mirela Ajla Maja Ana Jelena Ivana Marija Dragana Snežana Vesna Milica Azra Edina Senada Mersiha Alma Sanela Nermina Aida Mirsada Gordana Branka"
BCS_M = "Emir Adnan Amir Edin Mirza Haris Nermin Dragan Goran Zoran Milan Nikola Marko Ivan Stefan Damir Senad Muhamed Kemal Jasmin Elvis Dejan Nenad Zlatan Admir Alen Tarik Mehmed"
BCS_S = "Hodžić Hadžić Kovačević Begić Delić Mehmedović Husić Hasanović Ibrahimović Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Horvat Babić Kovačić Marić Knežević Pavlović Šehić Omerović Salihović Čolić Mujić Hrustić Softić Alić Subašić Jukić Popović"
# Turkey.
TR_F = "Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Sultan Zehra Hülya Esra Merve Özlem Derya Gülsüm Hanife Büşra Songül Nurcan Dilek Aynur Sevgi Melek Yasemin"
TR_M = "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah Emre Burak Kemal Recep Serkan Fatih Cem Erdal Orhan"
TR_S = "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Erdoğan Akın Güneş Aktaş Tekin Bulut Keskin"
# Eritrea (Tigrinya): the father's name as surname.
ER_F = "Helen Senait Mebrat Tsega Luwam Selam Yordanos Feven Rahel Saba Hiwet Tsehay Mehret Winta Nardos Meron Semhar Elsa Freweini Akberet"
ER_M = "Yonas Daniel Tesfay Samuel Dawit Michael Merhawi Yohannes Tekle Biniam Filmon Henok Kidane Mussie Habtom Ermias Berhane Aron Tedros Amanuel Simon Robel"
ER_S = "Tesfay Gebremedhin Tekle Haile Kidane Berhane Ghebreyesus Woldu Mehari Habte Yemane Tesfamariam Gebre Negash Asmerom Ghirmay Ogbazghi Abraha Tewelde Fitsum"
# Afghanistan.
AF_F = "Fatima Maryam Zahra Shakila Sakina Farzana Nargis Nilofar Mariam Malalai Freshta Hasina Parwana Laila Habiba Gulalai Mursal Wahida Sima Nazia"
AF_M = "Mohammad Ahmad Ali Mustafa Sayed Hamid Rahim Hussain Jawad Reza Omid Farid Rahmatullah Habibullah Wahid Najib Javid Samiullah Zabihullah Ramin Sohrab Mirwais"
AF_S = "Ahmadi Mohammadi Hussaini Rahimi Sultani Noori Hakimi Karimi Azizi Rezaie Jafari Stanekzai Popal Safi Sharifi Amiri Haidari Nazari Yousufzai Wardak Popalzai Rasuli Qaderi Sadat"
# Thailand.
TH_F = "Siriporn Supaporn Pornthip Wanida Nittaya Sunisa Jintana Ratana Pranee Malee Kanokwan Duangjai Lamai Noppawan Kannika Patcharee Wipaporn Ampai Sukanya Pimchanok Naiyana"
TH_M = "Somchai Somsak Suchart Prasert Wichai Sakda Anan Chaiwat Thanawat Kittisak Surachai Somboon Narong Wanchai Boonmee Sombat Apichat Nattapong Teerapong"
TH_S = "Saetang Srisuk Wongsuwan Sukprasert Chaiyaporn Thongdee Boonma Kaewkham Phromma Saelim Rattanakorn Sriwichai Chantarasri Jaidee Kongkaew Inthasorn Suwannarat Phanthong Nakprasit Buasri"
# Chile and Latin America: two surnames, the father's then the mother's.
LA_F = "María Carolina Claudia Patricia Andrea Paola Daniela Camila Francisca Valentina Javiera Constanza Gabriela Verónica Marcela Carmen Rosa Ana Isabel Catalina Lorena Ximena Paulina Sofía Fernanda"
LA_M = "José Juan Luis Carlos Jorge Francisco Cristián Pablo Rodrigo Sebastián Felipe Manuel Diego Matías Gonzalo Alejandro Héctor Patricio Sergio Mauricio Ricardo Víctor Claudio Óscar Andrés Nicolás"
LA_S = "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez Castro Pizarro Álvarez Vásquez Sánchez Fernández Ramírez Carrasco"
# Kurdish (Iraq, Turkey, Iran, Syria).
KU_F = "Berivan Rojda Helin Dilan Zilan Nazdar Shilan Rozhin Avin Nishtiman Jiyan Bahar Hana Narin Nasrin Kani Shler Rezan Gulistan Zozan"
KU_M = "Rebin Karwan Hiwa Dilshad Azad Rizgar Saman Sherzad Aram Ari Zana Baran Kawa Shwan Diyar Serhat Hogir Bakhtiyar Soran Alan Rojhat"
KU_S = "Ahmad Mohammad Karim Aziz Rashid Qadir Rasul Salih Hamid Mahmoud Zebari Sindi Amedi Hawrami Barwari Doski Goran Mustafa Abdulrahman Hasan"
# Ukraine (most came after 2022), in Ukrainian transliteration.
UA_F = "Olena Oksana Tetiana Nataliia Iryna Svitlana Yuliia Kateryna Anastasiia Mariia Viktoriia Olha Liudmyla Halyna Daria Alina Anna Valentyna Inna Larysa"
UA_M = "Oleksandr Serhii Andrii Volodymyr Dmytro Oleksii Mykola Ivan Yurii Vasyl Viktor Maksym Bohdan Ihor Taras Roman Petro Artem Vitalii Denys"
UA_S = "Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko Kravchuk Klymenko"
# India (engineers and doctors and their families).
IN_F = "Priya Anjali Pooja Divya Sneha Kavya Lakshmi Deepa Neha Swati Meera Aishwarya Shruti Ananya Sunita Rekha Nisha Harpreet Ritu Sakshi"
IN_M = "Rahul Amit Arjun Vikram Rohit Sanjay Rajesh Suresh Karthik Arun Anil Vijay Manoj Deepak Sandeep Ravi Nikhil Aditya Pradeep Gurpreet Harish Srinivas"
IN_S = "Sharma Singh Kumar Patel Gupta Reddy Rao Iyer Nair Joshi Shah Mehta Verma Agarwal Kaur Menon Pillai Das Chopra Desai Banerjee Mishra Krishnan Bhat"


def _origin(f: str, m: str, s: str, head: int = 10) -> Origin:
    return Origin(ranked(f, head), ranked(m, head), ranked(s, head))


ORIGINS: dict[str, Origin] = {
    "swedish": Origin(ranked(SV_F, 150), ranked(SV_M, 150), ranked(SV_S, 150)),
    "us": Origin(census(US_F), census(US_M), census(US_S)),
    "uk": Origin(ranked(UK_F, 150), ranked(UK_M, 150), ranked(UK_S, 150)),
    "finnish": _origin(FI_F, FI_M, FI_S),
    "arabic": _origin(AR_F, AR_M, AR_S),
    "somali": _origin(SO_F, SO_M, SO_S),
    "polish": _origin(PL_F, PL_M, PL_S),
    "persian": _origin(FA_F, FA_M, FA_S),
    "bcs": _origin(BCS_F, BCS_M, BCS_S),
    "turkish": _origin(TR_F, TR_M, TR_S),
    "eritrean": _origin(ER_F, ER_M, ER_S),
    "afghan": _origin(AF_F, AF_M, AF_S),
    "thai": _origin(TH_F, TH_M, TH_S),
    "latin": _origin(LA_F, LA_M, LA_S),
    "kurdish": _origin(KU_F, KU_M, KU_S),
    "ukrainian": _origin(UA_F, UA_M, UA_S),
    "indian": _origin(IN_F, IN_M, IN_S),
}

# Who is named, per language of the row: roughly who lives in Sweden, who writes in English to a
# Swedish clinic or pharmacy, and who is named in a Swedish workplace's mixed text.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 68, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "kurdish": 1.5, "turkish": 1.5, "afghan": 1.5, "eritrean": 1.2, "ukrainian": 1.2,
        "latin": 1, "thai": 1, "indian": 0.8, "uk": 0.6, "us": 0.5,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 9, "indian": 4, "arabic": 2, "polish": 2, "latin": 1.5,
        "finnish": 1, "persian": 1, "turkish": 1, "somali": 1, "bcs": 0.8, "ukrainian": 0.8,
        "thai": 0.6, "afghan": 0.5, "eritrean": 0.5, "kurdish": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 10, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
        "persian": 2.5, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5, "afghan": 1.5, "indian": 1.5,
        "ukrainian": 1.2, "eritrean": 1, "thai": 1, "latin": 1,
    },
}  # fmt: skip

_EN_NICK = {
    "William": ["Will", "Bill", "Billy"], "Robert": ["Rob", "Bob", "Bobby"], "Richard": ["Rich", "Rick"],
    "James": ["Jim", "Jimmy", "Jamie"], "Michael": ["Mike", "Mick"], "Christopher": ["Chris"],
    "Elizabeth": ["Liz", "Beth", "Lizzie"], "Jennifer": ["Jen", "Jenny"], "Katherine": ["Kate", "Katie"],
    "Catherine": ["Kate", "Cathy"], "Margaret": ["Maggie", "Peggy"], "Thomas": ["Tom", "Tommy"],
    "Anthony": ["Tony"], "Joseph": ["Joe"], "Daniel": ["Dan", "Danny"], "Matthew": ["Matt"],
    "Andrew": ["Andy", "Drew"], "Nicholas": ["Nick"], "Jonathan": ["Jon"], "Benjamin": ["Ben"],
    "Samuel": ["Sam"], "Alexander": ["Alex"], "Edward": ["Ed", "Ted", "Eddie"], "Timothy": ["Tim"],
    "Patricia": ["Pat", "Trish"], "Susan": ["Sue"], "Deborah": ["Debbie", "Deb"], "Rebecca": ["Becky"],
    "Victoria": ["Vicky", "Tori"], "Charlotte": ["Lottie", "Charlie"], "Stephen": ["Steve"],
    "Steven": ["Steve"], "Kenneth": ["Ken"], "Gregory": ["Greg"], "Jacqueline": ["Jackie"],
    "Samantha": ["Sam"], "Alexandra": ["Alex", "Lexi"], "Kimberly": ["Kim"], "Barbara": ["Barb"],
    "Christine": ["Chris"], "Donald": ["Don"], "Ronald": ["Ron"], "Lawrence": ["Larry"],
    "Gerald": ["Gerry"], "Peter": ["Pete"], "David": ["Dave"], "Philip": ["Phil"], "Nathan": ["Nate"],
    "Jessica": ["Jess"], "Abigail": ["Abby"], "Natalie": ["Nat"], "Amanda": ["Mandy"],
    "Pamela": ["Pam"], "Cynthia": ["Cindy"], "Judith": ["Judy"], "Sandra": ["Sandy"],
    "Frederick": ["Fred"], "Henry": ["Harry"], "Josephine": ["Jo"], "Joanne": ["Jo"],
}  # fmt: skip

# Short forms people go by (most given names have none).
NICKNAMES: dict[str, dict[str, list[str]]] = {
    "swedish": {
        "Lars": ["Lasse"], "Mikael": ["Micke"], "Joakim": ["Jocke"], "Karl": ["Kalle"], "Per": ["Pelle", "Pers"],
        "Thomas": ["Tompa"], "Magnus": ["Mange"], "Fredrik": ["Fredde"], "Stefan": ["Steffe"],
        "Marcus": ["Mackan"], "Daniel": ["Danne"], "Robert": ["Robban"], "Patrik": ["Patte"],
        "Niklas": ["Nicke"], "Jonas": ["Jonte"], "Henrik": ["Henke"], "Tobias": ["Tobbe"],
        "Sebastian": ["Sebbe"], "Gustav": ["Gurra", "Gusse"], "Ulf": ["Uffe"], "Rolf": ["Roffe"],
        "Bengt": ["Bengan"], "Göran": ["Gurra"], "Lennart": ["Lelle"], "Torbjörn": ["Tobbe"],
        "Kenneth": ["Kenta"], "Hans": ["Hasse"], "Jan": ["Janne"], "Leif": ["Leffe"], "Roger": ["Rogge"],
        "Sven": ["Svenne"], "Jesper": ["Jeppe"], "Wilhelm": ["Ville"], "Alexander": ["Alex"],
        "Kristina": ["Stina", "Kicki"], "Elisabeth": ["Lisa", "Lisbeth"], "Margareta": ["Maggan", "Greta"],
        "Katarina": ["Kattis", "Kajsa"], "Charlotte": ["Lotta"], "Susanne": ["Sussie", "Sanna"],
        "Birgitta": ["Bittan", "Gittan"], "Annika": ["Anki"], "Kerstin": ["Kickan"], "Louise": ["Lollo"],
        "Viktoria": ["Vickan"], "Cecilia": ["Cissi"], "Josefin": ["Josse"], "Matilda": ["Tilda"],
        "Rebecka": ["Becka"], "Therese": ["Tessan"], "Madeleine": ["Maddie"], "Emelie": ["Emmi"],
        "Kristoffer": ["Krille"], "Christoffer": ["Criss"], "Anders": ["Ante"], "Mattias": ["Matte"],
        "Andreas": ["Andy"], "Johan": ["Jojje"], "Björn": ["Nalle"], "Åke": ["Åkan"],
        "Maria": ["Mia", "Mirre"], "Johanna": ["Jossan"], "Nils": ["Nisse"], "Olof": ["Olle"],
        "Carl": ["Calle"], "Mats": ["Matte"], "Kristian": ["Krille"], "Christer": ["Krille"],
        "Sofia": ["Fia", "Sofie"], "Linnéa": ["Linn"], "Alexandra": ["Sandra", "Alex"], "Viktor": ["Vicke"],
        "Oskar": ["Ogge"], "Filip": ["Fille"], "Ludvig": ["Ludde"], "Tomas": ["Tompa"], "Roland": ["Rolle"],
        "Peter": ["Peppe"], "Michael": ["Micke"], "Christian": ["Chrille"], "William": ["Wille"],
        "Camilla": ["Millan"], "Jessica": ["Jessie"], "Helena": ["Lena"], "Kristin": ["Kicki"],
    },
    "us": _EN_NICK,
    "uk": _EN_NICK,
    "polish": {
        "Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"], "Aleksandra": ["Ola"], "Magdalena": ["Magda"],
        "Agnieszka": ["Aga"], "Tomasz": ["Tomek"], "Krzysztof": ["Krzysiek"], "Piotr": ["Piotrek"],
        "Jakub": ["Kuba"], "Wojciech": ["Wojtek"], "Joanna": ["Asia"],
    },
    "ukrainian": {
        "Oleksandr": ["Sasha"], "Dmytro": ["Dima"], "Volodymyr": ["Vova"], "Nataliia": ["Natasha"],
        "Mariia": ["Masha"], "Kateryna": ["Katia"], "Anastasiia": ["Nastia"],
    },
    "latin": {"Francisco": ["Pancho"], "José": ["Pepe"], "Francisca": ["Pancha"]},
    "arabic": {"Mohammad": ["Mo"], "Mustafa": ["Musse"]},
    "finnish": {"Matti": ["Masa"], "Juhani": ["Jussi"], "Johannes": ["Jussi"]},
}  # fmt: skip
