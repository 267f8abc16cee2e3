# ruff: noqa: E501
"""Name pools of held-out DW (issue 15), weighted by how often people carry the names.

Written from general knowledge by DW's writer, who checked none of these names against anything
in the repository: none is here or absent for being known or unknown to the detector.

- Sweden: given names (women, men) and surnames in the order of SCB's name statistics, weight
  1/rank; the head is the top 150, the tail the rarer names past them (379 women's given names,
  377 men's, 429 surnames: tails of 229, 227 and 279; Sami and Tornedalian surnames, names of
  immigrant origin where SCB ranks them, and noble names with particles in the tail).
- The US: the Census 1990 lists (`dist.female.first`, `dist.male.first`, `dist.all.last`, public
  domain, copied from the `names` package: the first 400, 400 and 420), the census per cent as
  weight, head 150.
- The UK: given names and surnames in the order of the ONS rankings, 1/rank (215 women's and 200
  men's given names, head 130; 337 surnames, head 150).
- Origins common in Sweden: the commonest given names and surnames, 1/rank, head 10 (20 to 42
  names a list): Finnish, Arabic (Iraq and Syria, Assyrian/Syriac names among them), Somali,
  Polish, Persian, Bosnian/Serbian/Croatian, Turkish, Eritrean, Afghan, Thai, Chilean and Latin
  American, Kurdish, and the writer's additions Ukrainian, Indian and German.

`MIXES` says who is named in text of each language; `NICKNAMES` gives short forms; `plain`
types a name without its letters (`Wiśniewski` -> `Wisniewski`); `feminine` gives a Polish
surname its women's form (`-ski` -> `-ska`, `-cki` -> `-cka`).
"""

from __future__ import annotations

from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this probability, else its tail


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


def ranked(text: str, head: int) -> Pool:
    """Names in rank order, whitespace between them (`_` inside a name is a space), weight 1/rank."""
    names = tuple(word.replace("_", " ") for word in text.split())
    if len(set(names)) != len(names):
        seen: set[str] = set()
        twice = [n for n in names if n in seen or seen.add(n)]
        raise ValueError(f"a name twice in a list: {twice}")
    return Pool(names, tuple(1 / rank for rank in range(1, len(names) + 1)), min(head, len(names)))


def census(rows: tuple[tuple[str, float], ...], head: int) -> Pool:
    """The Census 1990's names with their per cent as weight."""
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


PLAIN = str.maketrans({
    "ą": "a", "ć": "c", "ę": "e", "ł": "l", "ń": "n", "ó": "o", "ś": "s", "ź": "z", "ż": "z",
    "Ą": "A", "Ć": "C", "Ę": "E", "Ł": "L", "Ń": "N", "Ó": "O", "Ś": "S", "Ź": "Z", "Ż": "Z",
    "č": "c", "š": "s", "ž": "z", "đ": "dj", "Č": "C", "Š": "S", "Ž": "Z", "Đ": "Dj",
    "ş": "s", "ğ": "g", "ı": "i", "İ": "I", "Ş": "S", "Ç": "C", "ç": "c", "ö": "o", "ü": "u",
    "Ö": "O", "Ü": "U", "á": "a", "é": "e", "í": "i", "ú": "u", "ñ": "n", "Á": "A", "É": "E",
    "Í": "I", "Ú": "U", "å": "a", "ä": "a", "Å": "A", "Ä": "A", "ø": "o", "æ": "ae", "ß": "ss",
    "ê": "e", "î": "i", "â": "a", "û": "u",
})  # fmt: skip


def plain(name: str) -> str:
    """The name typed without its letters, as on a keyboard without them."""
    return name.translate(PLAIN)


def feminine(surname: str) -> str:
    """A Polish surname's women's form: `Kowalski` -> `Kowalska`, `Zawadzki` -> `Zawadzka`."""
    for end in ("ski", "cki", "dzki"):
        if surname.endswith(end):
            return surname[:-1] + "a"
    return surname


US_F = (
    ("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.980), ("Elizabeth", 0.937),
    ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794), ("Margaret", 0.768), ("Dorothy", 0.727),
    ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667), ("Betty", 0.666), ("Helen", 0.663),
    ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565), ("Ruth", 0.562), ("Sharon", 0.522),
    ("Michelle", 0.519), ("Laura", 0.510), ("Sarah", 0.508), ("Kimberly", 0.504), ("Deborah", 0.494),
    ("Jessica", 0.490), ("Shirley", 0.482), ("Cynthia", 0.469), ("Angela", 0.468), ("Melissa", 0.462),
    ("Brenda", 0.455), ("Amy", 0.451), ("Anna", 0.440), ("Rebecca", 0.430), ("Virginia", 0.430),
    ("Kathleen", 0.424), ("Pamela", 0.416), ("Martha", 0.412), ("Debra", 0.408), ("Amanda", 0.404),
    ("Stephanie", 0.400), ("Carolyn", 0.385), ("Christine", 0.382), ("Marie", 0.379), ("Janet", 0.379),
    ("Catherine", 0.373), ("Frances", 0.370), ("Ann", 0.364), ("Joyce", 0.364), ("Diane", 0.359),
    ("Alice", 0.357), ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336), ("Doris", 0.335),
    ("Gloria", 0.335), ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315), ("Mildred", 0.313),
    ("Katherine", 0.313), ("Joan", 0.306), ("Ashley", 0.303), ("Judith", 0.297), ("Rose", 0.296),
    ("Janice", 0.285), ("Kelly", 0.283), ("Nicole", 0.281), ("Judy", 0.276), ("Christina", 0.275),
    ("Kathy", 0.272), ("Theresa", 0.271), ("Beverly", 0.267), ("Denise", 0.264), ("Tammy", 0.259),
    ("Irene", 0.252), ("Jane", 0.250), ("Lori", 0.248), ("Rachel", 0.242), ("Marilyn", 0.241),
    ("Andrea", 0.236), ("Kathryn", 0.234), ("Louise", 0.229), ("Sara", 0.229), ("Anne", 0.228),
    ("Jacqueline", 0.228), ("Wanda", 0.226), ("Bonnie", 0.223), ("Julia", 0.223), ("Ruby", 0.221),
    ("Lois", 0.220), ("Tina", 0.220), ("Phyllis", 0.219), ("Norma", 0.218), ("Paula", 0.217),
    ("Diana", 0.216), ("Annie", 0.216), ("Lillian", 0.211), ("Emily", 0.208), ("Robin", 0.208),
    ("Peggy", 0.208), ("Crystal", 0.207), ("Gladys", 0.205), ("Rita", 0.204), ("Dawn", 0.202),
    ("Connie", 0.200), ("Florence", 0.200), ("Tracy", 0.197), ("Edna", 0.197), ("Tiffany", 0.195),
    ("Carmen", 0.195), ("Rosa", 0.194), ("Cindy", 0.192), ("Grace", 0.189), ("Wendy", 0.185),
    ("Victoria", 0.180), ("Edith", 0.179), ("Kim", 0.178), ("Sherry", 0.178), ("Sylvia", 0.177),
    ("Josephine", 0.177), ("Thelma", 0.175), ("Shannon", 0.175), ("Sheila", 0.175), ("Ethel", 0.174),
    ("Ellen", 0.173), ("Elaine", 0.173), ("Marjorie", 0.173), ("Carrie", 0.171), ("Charlotte", 0.169),
    ("Monica", 0.166), ("Esther", 0.166), ("Pauline", 0.165), ("Emma", 0.165), ("Juanita", 0.164),
    ("Anita", 0.162), ("Rhonda", 0.162), ("Hazel", 0.161), ("Amber", 0.160), ("Eva", 0.159),
    ("Debbie", 0.157), ("April", 0.154), ("Leslie", 0.154), ("Clara", 0.153), ("Lucille", 0.153),
    ("Jamie", 0.153), ("Joanne", 0.150), ("Eleanor", 0.150), ("Valerie", 0.149), ("Danielle", 0.149),
    ("Megan", 0.147), ("Alicia", 0.146), ("Suzanne", 0.145), ("Michele", 0.145), ("Gail", 0.145),
    ("Bertha", 0.143), ("Darlene", 0.142), ("Veronica", 0.142), ("Jill", 0.142), ("Erin", 0.141),
    ("Geraldine", 0.141), ("Lauren", 0.137), ("Cathy", 0.137), ("Joann", 0.136), ("Lorraine", 0.135),
    ("Lynn", 0.135), ("Sally", 0.135), ("Regina", 0.133), ("Erica", 0.130), ("Beatrice", 0.130),
    ("Dolores", 0.129), ("Bernice", 0.128), ("Audrey", 0.127), ("Yvonne", 0.126), ("Annette", 0.125),
    ("June", 0.125), ("Samantha", 0.124), ("Marion", 0.122), ("Dana", 0.122), ("Stacy", 0.121),
    ("Ana", 0.120), ("Renee", 0.120), ("Ida", 0.118), ("Vivian", 0.118), ("Roberta", 0.117),
    ("Holly", 0.117), ("Brittany", 0.117), ("Melanie", 0.116), ("Loretta", 0.115), ("Yolanda", 0.115),
    ("Jeanette", 0.115), ("Laurie", 0.114), ("Katie", 0.113), ("Kristen", 0.111), ("Vanessa", 0.111),
    ("Alma", 0.111), ("Sue", 0.111), ("Elsie", 0.110), ("Beth", 0.110), ("Jeanne", 0.109), ("Vicki", 0.109),
    ("Carla", 0.107), ("Tara", 0.107), ("Rosemary", 0.107), ("Eileen", 0.105), ("Terri", 0.105),
    ("Gertrude", 0.103), ("Lucy", 0.103), ("Tonya", 0.102), ("Ella", 0.101), ("Stacey", 0.101),
    ("Wilma", 0.099), ("Gina", 0.099), ("Kristin", 0.099), ("Jessie", 0.098), ("Natalie", 0.098),
    ("Agnes", 0.098), ("Vera", 0.098), ("Willie", 0.097), ("Charlene", 0.097), ("Bessie", 0.096),
    ("Delores", 0.095), ("Melinda", 0.094), ("Pearl", 0.094), ("Arlene", 0.094), ("Maureen", 0.092),
    ("Colleen", 0.092), ("Allison", 0.092), ("Tamara", 0.092), ("Joy", 0.091), ("Georgia", 0.091),
    ("Constance", 0.091), ("Lillie", 0.090), ("Claudia", 0.090), ("Jackie", 0.090), ("Marcia", 0.090),
    ("Tanya", 0.089), ("Nellie", 0.089), ("Minnie", 0.089), ("Marlene", 0.088), ("Heidi", 0.088),
    ("Glenda", 0.088), ("Lydia", 0.086), ("Viola", 0.086), ("Courtney", 0.086), ("Marian", 0.086),
    ("Stella", 0.085), ("Caroline", 0.085), ("Dora", 0.084), ("Jo", 0.083), ("Vickie", 0.082),
    ("Mattie", 0.081), ("Terry", 0.080), ("Maxine", 0.079), ("Irma", 0.079), ("Mabel", 0.078),
    ("Marsha", 0.078), ("Myrtle", 0.078), ("Lena", 0.077), ("Christy", 0.077), ("Deanna", 0.076),
    ("Patsy", 0.076), ("Hilda", 0.075), ("Gwendolyn", 0.074), ("Jennie", 0.073), ("Nora", 0.073),
    ("Margie", 0.072), ("Nina", 0.072), ("Cassandra", 0.072), ("Leah", 0.072), ("Penny", 0.071),
    ("Kay", 0.071), ("Priscilla", 0.071), ("Naomi", 0.071), ("Carole", 0.071), ("Brandy", 0.070),
    ("Olga", 0.070), ("Billie", 0.069), ("Dianne", 0.069), ("Tracey", 0.069), ("Leona", 0.069),
    ("Jenny", 0.068), ("Felicia", 0.068), ("Sonia", 0.068), ("Miriam", 0.066), ("Velma", 0.066),
    ("Becky", 0.066), ("Bobbie", 0.065), ("Violet", 0.065), ("Kristina", 0.065), ("Toni", 0.064),
    ("Misty", 0.063), ("Mae", 0.063), ("Shelly", 0.062), ("Daisy", 0.062), ("Ramona", 0.062),
    ("Sherri", 0.062), ("Erika", 0.061), ("Katrina", 0.061), ("Claire", 0.061), ("Lindsey", 0.060),
    ("Lindsay", 0.060), ("Geneva", 0.059), ("Guadalupe", 0.059), ("Belinda", 0.059), ("Margarita", 0.059),
    ("Sheryl", 0.059), ("Cora", 0.058), ("Faye", 0.058), ("Ada", 0.057), ("Natasha", 0.057),
    ("Sabrina", 0.057), ("Isabel", 0.057), ("Marguerite", 0.056), ("Hattie", 0.056), ("Harriet", 0.056),
    ("Molly", 0.055), ("Cecilia", 0.055), ("Kristi", 0.055), ("Brandi", 0.055), ("Blanche", 0.055),
    ("Sandy", 0.055), ("Rosie", 0.055), ("Joanna", 0.055), ("Iris", 0.055), ("Eunice", 0.054),
    ("Angie", 0.054), ("Inez", 0.053), ("Lynda", 0.053), ("Madeline", 0.052), ("Amelia", 0.052),
    ("Alberta", 0.052), ("Genevieve", 0.051), ("Monique", 0.051), ("Jodi", 0.051), ("Janie", 0.051),
    ("Maggie", 0.051), ("Kayla", 0.051), ("Sonya", 0.051), ("Jan", 0.051), ("Lee", 0.051),
    ("Kristine", 0.051), ("Candace", 0.051), ("Fannie", 0.050), ("Maryann", 0.050), ("Opal", 0.050),
    ("Alison", 0.050), ("Yvette", 0.050), ("Melody", 0.050), ("Luz", 0.049), ("Susie", 0.049),
    ("Olivia", 0.049), ("Flora", 0.049), ("Shelley", 0.049), ("Kristy", 0.048), ("Mamie", 0.048),
    ("Lula", 0.048), ("Lola", 0.048), ("Verna", 0.048), ("Beulah", 0.048), ("Antoinette", 0.048),
    ("Candice", 0.046), ("Juana", 0.046), ("Jeannette", 0.046), ("Pam", 0.046), ("Kelli", 0.046),
    ("Hannah", 0.045), ("Whitney", 0.045), ("Bridget", 0.045), ("Karla", 0.044), ("Celia", 0.044),
    ("Latoya", 0.043), ("Patty", 0.043), ("Shelia", 0.043), ("Gayle", 0.043), ("Della", 0.043),
    ("Vicky", 0.043), ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042), ("Kara", 0.041),
    ("Jacquelyn", 0.041), ("Erma", 0.041), ("Blanca", 0.041), ("Myra", 0.040), ("Leticia", 0.040),
    ("Pat", 0.040), ("Krista", 0.040), ("Roxanne", 0.040), ("Angelica", 0.039), ("Johnnie", 0.039),
    ("Robyn", 0.039), ("Francis", 0.039), ("Adrienne", 0.039), ("Rosalie", 0.039), ("Alexandra", 0.039),
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
    ("Henry", 0.365), ("Carl", 0.346), ("Arthur", 0.335), ("Ryan", 0.328), ("Roger", 0.322), ("Joe", 0.321),
    ("Juan", 0.316), ("Jack", 0.315), ("Albert", 0.314), ("Jonathan", 0.313), ("Justin", 0.311),
    ("Terry", 0.311), ("Gerald", 0.309), ("Keith", 0.308), ("Samuel", 0.306), ("Willie", 0.302),
    ("Ralph", 0.282), ("Lawrence", 0.282), ("Nicholas", 0.275), ("Roy", 0.273), ("Benjamin", 0.270),
    ("Bruce", 0.263), ("Brandon", 0.260), ("Adam", 0.259), ("Harry", 0.251), ("Fred", 0.251),
    ("Wayne", 0.249), ("Billy", 0.248), ("Steve", 0.246), ("Louis", 0.243), ("Jeremy", 0.242),
    ("Aaron", 0.240), ("Randy", 0.232), ("Howard", 0.230), ("Eugene", 0.230), ("Carlos", 0.229),
    ("Russell", 0.224), ("Bobby", 0.223), ("Victor", 0.222), ("Martin", 0.216), ("Ernest", 0.215),
    ("Phillip", 0.213), ("Todd", 0.213), ("Jesse", 0.209), ("Craig", 0.206), ("Alan", 0.204),
    ("Shawn", 0.200), ("Clarence", 0.197), ("Sean", 0.197), ("Philip", 0.197), ("Chris", 0.197),
    ("Johnny", 0.195), ("Earl", 0.193), ("Jimmy", 0.191), ("Antonio", 0.190), ("Danny", 0.190),
    ("Bryan", 0.190), ("Tony", 0.190), ("Luis", 0.189), ("Mike", 0.189), ("Stanley", 0.186),
    ("Leonard", 0.186), ("Nathan", 0.185), ("Dale", 0.184), ("Manuel", 0.181), ("Rodney", 0.180),
    ("Curtis", 0.180), ("Norman", 0.177), ("Allen", 0.174), ("Marvin", 0.171), ("Vincent", 0.168),
    ("Glenn", 0.167), ("Jeffery", 0.166), ("Travis", 0.166), ("Jeff", 0.166), ("Chad", 0.165),
    ("Jacob", 0.165), ("Lee", 0.162), ("Melvin", 0.162), ("Alfred", 0.162), ("Kyle", 0.160),
    ("Francis", 0.160), ("Bradley", 0.159), ("Jesus", 0.155), ("Herbert", 0.155), ("Frederick", 0.154),
    ("Ray", 0.153), ("Joel", 0.152), ("Edwin", 0.148), ("Don", 0.145), ("Eddie", 0.144), ("Ricky", 0.141),
    ("Troy", 0.138), ("Randall", 0.138), ("Barry", 0.134), ("Alexander", 0.132), ("Bernard", 0.127),
    ("Mario", 0.125), ("Leroy", 0.125), ("Francisco", 0.124), ("Marcus", 0.124), ("Micheal", 0.123),
    ("Theodore", 0.123), ("Clifford", 0.123), ("Miguel", 0.122), ("Oscar", 0.122), ("Jay", 0.118),
    ("Jim", 0.118), ("Tom", 0.117), ("Calvin", 0.115), ("Alex", 0.115), ("Jon", 0.115), ("Ronnie", 0.113),
    ("Bill", 0.112), ("Lloyd", 0.112), ("Tommy", 0.112), ("Leon", 0.112), ("Derek", 0.112),
    ("Warren", 0.110), ("Darrell", 0.108), ("Jerome", 0.108), ("Floyd", 0.107), ("Leo", 0.106),
    ("Alvin", 0.105), ("Tim", 0.104), ("Wesley", 0.104), ("Gordon", 0.104), ("Dean", 0.104), ("Greg", 0.104),
    ("Jorge", 0.104), ("Dustin", 0.103), ("Pedro", 0.103), ("Derrick", 0.103), ("Dan", 0.101),
    ("Lewis", 0.099), ("Zachary", 0.099), ("Corey", 0.098), ("Herman", 0.097), ("Maurice", 0.097),
    ("Vernon", 0.097), ("Roberto", 0.097), ("Clyde", 0.095), ("Glen", 0.094), ("Hector", 0.094),
    ("Shane", 0.093), ("Ricardo", 0.093), ("Sam", 0.092), ("Rick", 0.091), ("Lester", 0.091),
    ("Brent", 0.090), ("Ramon", 0.090), ("Charlie", 0.090), ("Tyler", 0.089), ("Gilbert", 0.089),
    ("Gene", 0.087), ("Marc", 0.087), ("Reginald", 0.084), ("Ruben", 0.082), ("Brett", 0.082),
    ("Angel", 0.082), ("Nathaniel", 0.081), ("Rafael", 0.081), ("Leslie", 0.081), ("Edgar", 0.080),
    ("Milton", 0.080), ("Raul", 0.079), ("Ben", 0.078), ("Chester", 0.078), ("Cecil", 0.078),
    ("Duane", 0.077), ("Franklin", 0.077), ("Andre", 0.076), ("Elmer", 0.074), ("Brad", 0.073),
    ("Gabriel", 0.073), ("Ron", 0.072), ("Mitchell", 0.072), ("Roland", 0.072), ("Arnold", 0.072),
    ("Harvey", 0.072), ("Jared", 0.071), ("Adrian", 0.069), ("Karl", 0.069), ("Cory", 0.068),
    ("Claude", 0.068), ("Erik", 0.068), ("Darryl", 0.067), ("Jamie", 0.066), ("Neil", 0.066),
    ("Jessie", 0.065), ("Christian", 0.065), ("Javier", 0.065), ("Fernando", 0.065), ("Clinton", 0.065),
    ("Ted", 0.064), ("Mathew", 0.064), ("Tyrone", 0.064), ("Darren", 0.064), ("Lonnie", 0.064),
    ("Lance", 0.063), ("Cody", 0.063), ("Julio", 0.063), ("Kelly", 0.063), ("Kurt", 0.062), ("Allan", 0.061),
    ("Nelson", 0.061), ("Guy", 0.060), ("Clayton", 0.060), ("Hugh", 0.060), ("Max", 0.059),
    ("Dwayne", 0.059), ("Dwight", 0.058), ("Armando", 0.058), ("Felix", 0.058), ("Jimmie", 0.058),
    ("Everett", 0.057), ("Jordan", 0.056), ("Ian", 0.056), ("Wallace", 0.056), ("Ken", 0.055),
    ("Bob", 0.055), ("Jaime", 0.055), ("Casey", 0.054), ("Alfredo", 0.054), ("Alberto", 0.053),
    ("Dave", 0.053), ("Ivan", 0.053), ("Johnnie", 0.052), ("Sidney", 0.052), ("Byron", 0.052),
    ("Julian", 0.052), ("Isaac", 0.051), ("Morris", 0.051), ("Clifton", 0.050), ("Willard", 0.050),
    ("Daryl", 0.050), ("Ross", 0.050), ("Virgil", 0.049), ("Andy", 0.049), ("Marshall", 0.049),
    ("Salvador", 0.049), ("Perry", 0.049), ("Kirk", 0.049), ("Sergio", 0.049), ("Marion", 0.048),
    ("Tracy", 0.048), ("Seth", 0.048), ("Kent", 0.048), ("Terrance", 0.048), ("Rene", 0.048),
    ("Eduardo", 0.047), ("Terrence", 0.047), ("Enrique", 0.046), ("Freddie", 0.046), ("Wade", 0.045),
    ("Austin", 0.044), ("Stuart", 0.044), ("Fredrick", 0.043), ("Arturo", 0.043), ("Alejandro", 0.043),
    ("Jackie", 0.043), ("Joey", 0.043), ("Nick", 0.043), ("Luther", 0.043), ("Wendell", 0.042),
    ("Jeremiah", 0.042), ("Evan", 0.042), ("Julius", 0.042), ("Dana", 0.042), ("Donnie", 0.041),
    ("Otis", 0.041), ("Shannon", 0.040), ("Trevor", 0.040), ("Oliver", 0.040), ("Luke", 0.040),
    ("Homer", 0.040), ("Gerard", 0.040), ("Doug", 0.040), ("Kenny", 0.039), ("Hubert", 0.039),
    ("Angelo", 0.039), ("Shaun", 0.039), ("Lyle", 0.038), ("Matt", 0.038), ("Lynn", 0.038),
    ("Alfonso", 0.038), ("Orlando", 0.037), ("Rex", 0.037), ("Carlton", 0.037), ("Ernesto", 0.037),
    ("Cameron", 0.037), ("Neal", 0.037), ("Pablo", 0.036), ("Lorenzo", 0.036), ("Omar", 0.036),
    ("Wilbur", 0.036), ("Blake", 0.036), ("Grant", 0.036), ("Horace", 0.036), ("Roderick", 0.036),
    ("Kerry", 0.036), ("Abraham", 0.035), ("Willis", 0.035), ("Rickey", 0.035), ("Jean", 0.035),
    ("Ira", 0.035), ("Andres", 0.034), ("Cesar", 0.034), ("Johnathan", 0.034), ("Malcolm", 0.034),
    ("Rudolph", 0.034), ("Damon", 0.034), ("Kelvin", 0.034), ("Rudy", 0.034), ("Preston", 0.034),
    ("Alton", 0.033), ("Archie", 0.033), ("Marco", 0.033), ("Wm", 0.033), ("Pete", 0.032),
    ("Randolph", 0.032), ("Garry", 0.032), ("Geoffrey", 0.032), ("Jonathon", 0.032), ("Felipe", 0.032),
    ("Bennie", 0.032), ("Gerardo", 0.032), ("Ed", 0.032), ("Dominic", 0.032), ("Robin", 0.032),
    ("Loren", 0.032), ("Delbert", 0.031), ("Colin", 0.031), ("Guillermo", 0.031), ("Earnest", 0.031),
    ("Lucas", 0.031), ("Benny", 0.030), ("Noel", 0.030), ("Spencer", 0.030), ("Rodolfo", 0.030),
    ("Myron", 0.030), ("Edmund", 0.030), ("Garrett", 0.029), ("Salvatore", 0.029), ("Cedric", 0.029),
    ("Lowell", 0.029), ("Gregg", 0.029), ("Sherman", 0.028), ("Wilson", 0.028), ("Devin", 0.028),
    ("Sylvester", 0.028), ("Kim", 0.028), ("Roosevelt", 0.028), ("Israel", 0.028), ("Jermaine", 0.028),
)  # fmt: skip

US_S = (
    ("Smith", 1.006), ("Johnson", 0.810), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621),
    ("Davis", 0.480), ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor", 0.311),
    ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.310), ("White", 0.279), ("Harris", 0.275),
    ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254), ("Martinez", 0.234), ("Robinson", 0.233),
    ("Clark", 0.231), ("Rodriguez", 0.229), ("Lewis", 0.226), ("Lee", 0.220), ("Walker", 0.219),
    ("Hall", 0.200), ("Allen", 0.199), ("Young", 0.193), ("Hernandez", 0.192), ("King", 0.190),
    ("Wright", 0.189), ("Lopez", 0.187), ("Hill", 0.187), ("Scott", 0.185), ("Green", 0.183),
    ("Adams", 0.174), ("Baker", 0.171), ("Gonzalez", 0.166), ("Nelson", 0.162), ("Carter", 0.162),
    ("Mitchell", 0.160), ("Perez", 0.155), ("Roberts", 0.153), ("Turner", 0.152), ("Phillips", 0.149),
    ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141), ("Edwards", 0.137), ("Collins", 0.134),
    ("Stewart", 0.133), ("Sanchez", 0.130), ("Morris", 0.125), ("Rogers", 0.123), ("Reed", 0.122),
    ("Cook", 0.120), ("Morgan", 0.118), ("Bell", 0.117), ("Murphy", 0.117), ("Bailey", 0.115),
    ("Rivera", 0.113), ("Cooper", 0.113), ("Richardson", 0.112), ("Cox", 0.110), ("Howard", 0.110),
    ("Ward", 0.108), ("Torres", 0.108), ("Peterson", 0.107), ("Gray", 0.106), ("Ramirez", 0.105),
    ("James", 0.105), ("Watson", 0.103), ("Brooks", 0.103), ("Kelly", 0.102), ("Sanders", 0.100),
    ("Price", 0.099), ("Bennett", 0.099), ("Wood", 0.098), ("Barnes", 0.097), ("Ross", 0.096),
    ("Henderson", 0.095), ("Coleman", 0.095), ("Jenkins", 0.095), ("Perry", 0.094), ("Powell", 0.093),
    ("Long", 0.092), ("Patterson", 0.092), ("Hughes", 0.092), ("Flores", 0.092), ("Washington", 0.092),
    ("Butler", 0.091), ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales", 0.087), ("Bryant", 0.087),
    ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084), ("Diaz", 0.084), ("Hayes", 0.083),
    ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082), ("Graham", 0.082), ("Sullivan", 0.081),
    ("Wallace", 0.081), ("Woods", 0.080), ("Cole", 0.080), ("West", 0.080), ("Jordan", 0.078),
    ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077), ("Ellis", 0.077), ("Harrison", 0.076),
    ("Gibson", 0.075), ("McDonald", 0.075), ("Cruz", 0.075), ("Marshall", 0.075), ("Ortiz", 0.075),
    ("Gomez", 0.075), ("Murray", 0.074), ("Freeman", 0.074), ("Wells", 0.073), ("Webb", 0.072),
    ("Simpson", 0.070), ("Stevens", 0.070), ("Tucker", 0.070), ("Porter", 0.069), ("Hunter", 0.069),
    ("Hicks", 0.069), ("Crawford", 0.068), ("Henry", 0.068), ("Boyd", 0.068), ("Mason", 0.068),
    ("Morales", 0.067), ("Kennedy", 0.067), ("Warren", 0.067), ("Dixon", 0.066), ("Ramos", 0.066),
    ("Reyes", 0.066), ("Burns", 0.065), ("Gordon", 0.065), ("Shaw", 0.065), ("Holmes", 0.065),
    ("Rice", 0.064), ("Robertson", 0.064), ("Hunt", 0.063), ("Black", 0.063), ("Daniels", 0.062),
    ("Palmer", 0.062), ("Mills", 0.061), ("Nichols", 0.060), ("Grant", 0.060), ("Knight", 0.060),
    ("Ferguson", 0.059), ("Rose", 0.059), ("Stone", 0.059), ("Hawkins", 0.059), ("Dunn", 0.058),
    ("Perkins", 0.058), ("Hudson", 0.058), ("Spencer", 0.057), ("Gardner", 0.057), ("Stephens", 0.057),
    ("Payne", 0.057), ("Pierce", 0.056), ("Berry", 0.056), ("Matthews", 0.056), ("Arnold", 0.056),
    ("Wagner", 0.055), ("Willis", 0.055), ("Ray", 0.055), ("Watkins", 0.055), ("Olson", 0.055),
    ("Carroll", 0.055), ("Duncan", 0.055), ("Snyder", 0.055), ("Hart", 0.054), ("Cunningham", 0.054),
    ("Bradley", 0.054), ("Lane", 0.054), ("Andrews", 0.054), ("Ruiz", 0.054), ("Harper", 0.054),
    ("Fox", 0.053), ("Riley", 0.053), ("Armstrong", 0.053), ("Carpenter", 0.053), ("Weaver", 0.053),
    ("Greene", 0.053), ("Lawrence", 0.052), ("Elliott", 0.052), ("Chavez", 0.052), ("Sims", 0.052),
    ("Austin", 0.052), ("Peters", 0.052), ("Kelley", 0.052), ("Franklin", 0.051), ("Lawson", 0.051),
    ("Fields", 0.051), ("Gutierrez", 0.051), ("Ryan", 0.051), ("Schmidt", 0.051), ("Carr", 0.051),
    ("Vasquez", 0.051), ("Castillo", 0.051), ("Wheeler", 0.051), ("Chapman", 0.050), ("Oliver", 0.050),
    ("Montgomery", 0.049), ("Richards", 0.049), ("Williamson", 0.049), ("Johnston", 0.049), ("Banks", 0.048),
    ("Meyer", 0.048), ("Bishop", 0.048), ("McCoy", 0.048), ("Howell", 0.048), ("Alvarez", 0.048),
    ("Morrison", 0.048), ("Hansen", 0.047), ("Fernandez", 0.047), ("Garza", 0.047), ("Harvey", 0.047),
    ("Little", 0.046), ("Burton", 0.046), ("Stanley", 0.046), ("Nguyen", 0.046), ("George", 0.046),
    ("Jacobs", 0.046), ("Reid", 0.046), ("Kim", 0.045), ("Fuller", 0.045), ("Lynch", 0.045), ("Dean", 0.045),
    ("Gilbert", 0.045), ("Garrett", 0.045), ("Romero", 0.045), ("Welch", 0.044), ("Larson", 0.044),
    ("Frazier", 0.044), ("Burke", 0.044), ("Hanson", 0.043), ("Day", 0.043), ("Mendoza", 0.043),
    ("Moreno", 0.043), ("Bowman", 0.043), ("Medina", 0.042), ("Fowler", 0.042), ("Brewer", 0.042),
    ("Hoffman", 0.042), ("Carlson", 0.042), ("Silva", 0.042), ("Pearson", 0.042), ("Holland", 0.042),
    ("Douglas", 0.041), ("Fleming", 0.041), ("Jensen", 0.041), ("Vargas", 0.041), ("Byrd", 0.041),
    ("Davidson", 0.041), ("Hopkins", 0.041), ("May", 0.040), ("Terry", 0.040), ("Herrera", 0.040),
    ("Wade", 0.040), ("Soto", 0.040), ("Walters", 0.040), ("Curtis", 0.040), ("Neal", 0.039),
    ("Caldwell", 0.039), ("Lowe", 0.039), ("Jennings", 0.039), ("Barnett", 0.039), ("Graves", 0.039),
    ("Jimenez", 0.039), ("Horton", 0.039), ("Shelton", 0.039), ("Barrett", 0.039), ("O'Brien", 0.039),
    ("Castro", 0.039), ("Sutton", 0.038), ("Gregory", 0.038), ("McKinney", 0.038), ("Lucas", 0.038),
    ("Miles", 0.038), ("Craig", 0.038), ("Rodriquez", 0.037), ("Chambers", 0.037), ("Holt", 0.037),
    ("Lambert", 0.037), ("Fletcher", 0.037), ("Watts", 0.037), ("Bates", 0.037), ("Hale", 0.037),
    ("Rhodes", 0.037), ("Pena", 0.037), ("Beck", 0.037), ("Newman", 0.036), ("Haynes", 0.036),
    ("McDaniel", 0.036), ("Mendez", 0.036), ("Bush", 0.036), ("Vaughn", 0.036), ("Parks", 0.035),
    ("Dawson", 0.035), ("Santiago", 0.035), ("Norris", 0.035), ("Hardy", 0.035), ("Love", 0.035),
    ("Steele", 0.035), ("Curry", 0.035), ("Powers", 0.035), ("Schultz", 0.035), ("Barker", 0.035),
    ("Guzman", 0.034), ("Page", 0.034), ("Munoz", 0.034), ("Ball", 0.034), ("Keller", 0.034),
    ("Chandler", 0.034), ("Weber", 0.034), ("Leonard", 0.034), ("Walsh", 0.033), ("Lyons", 0.033),
    ("Ramsey", 0.033), ("Wolfe", 0.033), ("Schneider", 0.033), ("Mullins", 0.033), ("Benson", 0.033),
    ("Sharp", 0.033), ("Bowen", 0.033), ("Daniel", 0.033), ("Barber", 0.032), ("Cummings", 0.032),
    ("Hines", 0.032), ("Baldwin", 0.032), ("Griffith", 0.032), ("Valdez", 0.032), ("Hubbard", 0.032),
    ("Salazar", 0.032), ("Reeves", 0.032), ("Warner", 0.031), ("Stevenson", 0.031), ("Burgess", 0.031),
    ("Santos", 0.031), ("Tate", 0.031), ("Cross", 0.031), ("Garner", 0.031), ("Mann", 0.031),
    ("Mack", 0.031), ("Moss", 0.031), ("Thornton", 0.031), ("Dennis", 0.031), ("McGee", 0.031),
    ("Farmer", 0.030), ("Delgado", 0.030), ("Aguilar", 0.030), ("Vega", 0.030), ("Glover", 0.030),
    ("Manning", 0.030), ("Cohen", 0.030), ("Harmon", 0.030), ("Rodgers", 0.030), ("Robbins", 0.030),
    ("Newton", 0.030), ("Todd", 0.030), ("Blair", 0.030), ("Higgins", 0.030), ("Ingram", 0.030),
    ("Reese", 0.030), ("Cannon", 0.030), ("Strickland", 0.030), ("Townsend", 0.030), ("Potter", 0.030),
    ("Goodwin", 0.030), ("Walton", 0.030), ("Rowe", 0.029), ("Hampton", 0.029), ("Ortega", 0.029),
    ("Patton", 0.029), ("Swanson", 0.029), ("Joseph", 0.029), ("Francis", 0.029), ("Goodman", 0.029),
    ("Maldonado", 0.029), ("Yates", 0.029), ("Becker", 0.029), ("Erickson", 0.029), ("Hodges", 0.029),
    ("Rios", 0.029), ("Conner", 0.029), ("Adkins", 0.029), ("Webster", 0.028), ("Norman", 0.028),
    ("Malone", 0.028), ("Hammond", 0.028), ("Flowers", 0.028), ("Cobb", 0.028), ("Moody", 0.028),
    ("Quinn", 0.028), ("Blake", 0.028), ("Maxwell", 0.028), ("Pope", 0.028), ("Floyd", 0.027),
    ("Osborne", 0.027), ("Paul", 0.027), ("McCarthy", 0.027), ("Guerrero", 0.027), ("Lindsey", 0.027),
    ("Estrada", 0.027), ("Sandoval", 0.027), ("Gibbs", 0.027), ("Tyler", 0.027), ("Gross", 0.027),
    ("Fitzgerald", 0.027), ("Stokes", 0.027), ("Doyle", 0.027), ("Sherman", 0.027),
)  # fmt: skip

# Sweden: SCB's order as the writer knows it; the first 150 of each list are the head.
SV_F = ranked(
    """
    Anna Eva Maria Karin Kristina Lena Sara Emma Kerstin Ingrid Marie Malin Jenny Hanna Birgitta
    Inger Linda Annika Elin Susanne Johanna Sofia Ulla Monica Carina Julia Elisabeth Katarina Ida
    Linnéa Helena Marianne Camilla Ebba Åsa Amanda Anneli Sandra Frida Elsa Alice Anette Gunilla
    Therese Maja Cecilia Josefin Lisa Margareta Agneta Ann Barbro Siv Ingela Moa Ulrika Matilda
    Emelie Louise Erika Wilma Gun Klara Lina Viktoria Ella Jessica Caroline Britt Madeleine Pia
    Gunnel Alva Ellen Olivia Astrid Elina Mona Yvonne Ann-Christin Nathalie Felicia Charlotte Agnes
    Lovisa Ronja Kajsa Mikaela Ann-Marie Mia Vera Tove Birgit Sofie Ingegerd Rebecka Elvira
    Isabelle Stina Lilly Nora Selma Saga Signe Tilda Hedvig Molly Freja Alicia Tuva Nellie Iris
    Jennifer Emilia My Annelie Kristin Lotta Eleonor Maud Berit Solveig Gudrun Märta Elsie
    Ingeborg Petra Veronica Sanna Jeanette Marina Paula Rut Tina Josefine Lisbeth Catarina
    Christina Maj Lilian Gunvor Inga Anita Laila Ann-Sofie Anna-Karin Pernilla Gabriella Evelina
    Karolina Sylvia Greta Ylva Ester Alma Liv Thea Siri Tyra Hilma Meja Sigrid Stella Cornelia
    Nova Elise Juni Majken Ines Minna Lo Leia Wera Jill Jonna Lovis Svea Esther Hilda Edla Ada
    Leah Mira Nelly Nicole Ofelia Penelope Dagmar Elly Elna Emmy Engla Estelle Fanny Gertrud
    Hedda Helga Hulda Idun Ingalill Irma Isa Jasmine Judith Juno Kaisa Liselott Lydia Magda
    Majvor Malva Marit Mathilda Melina Mimmi Mirjam Märit Nanna Naemi Nina Oda Olga Paulina Ragna
    Rebecca Sabina Sally Sonja Stefanie Susann Tekla Tindra Tora Ulla-Britt Vendela Vilhelmina
    Vilma Wendela Zara Agda Alfhild Anna-Lena Anna-Maria Ann-Louise Annette Bodil Britta
    Britt-Marie Carola Carolina Charlotta Christel Cajsa Daniela Desirée Eira Ellinor Emilie
    Evelyn Filippa Gull-Britt Gunborg Harriet Heidi Helén Henrika Inga-Lill Ingmarie Irene
    Isabella Jennie Katja Kristel Lill Lillemor Linn Lisen Louisa Madelene Maj-Britt Maj-Lis
    Malou Margit Mari Marika Marita Marlene Monika Nadja Natalie Nicolina Rigmor Rose-Marie
    Sigrun Teresia Vanja Victoria Viveka Åse Dagny Elvy Gerd Gunhild Hjördis Hildur Ragnhild
    Rakel Valborg Viola Vivianne Vivi Edit Elsy Elinor Eivor Gunbritt Karin-Maria Kerttu
    Lilja Livia Mariana Matilde Rosalie Vilja Zelda
    Ingbritt Inez Isolde Jolina Lykke Merit Minou Nea Noomi Orvokki Ottilia Pauline Ritva
    Sandy Solvig Stephanie Tanja Tiina Tova Turid Undis Vivan Yasmin Åsa-Lena
    Aurora Beda Blenda Cecilie Doris Elfrida Elin-Maria Embla Frideborg Gunnvor Hanna-Karin Ivy
    Janina Josefina Katrin Kim Kristine Laura Lea Lise Maja-Lena Margaretha Mirja
    Nathalia Rosmarie Sofi Solbritt Ulrica Vivika Åsa-Maria
    """,
    150,
)
SV_M = ranked(
    """
    Lars Mikael Anders Johan Erik Per Karl Peter Jan Thomas Daniel Fredrik Hans Andreas Stefan
    Bengt Mats Magnus Mattias Alexander Bo Jonas Oskar Marcus Niklas Martin Sven Göran Nils Björn
    Leif Patrik David Viktor Christer Henrik Emil Ulf Simon William Kjell Lucas Gustav Robert
    Rolf Tommy Filip Anton Carl Håkan Joakim Jonathan Elias Christian Hugo Sebastian Axel Linus
    Liam Adam Kent Tobias Rickard Jakob Roger Oliver Isak Gunnar Kenneth Kristoffer Olof Jesper
    Ingvar Åke Dan Lennart Arvid Rasmus Ludvig Albin Noah Max Leo Theo Jimmy Roland Tomas Johannes
    Claes Robin Gabriel Jörgen Hampus Samuel Benjamin Kevin Viggo Elliot Melvin Vincent Edvin Josef
    Stig Arne Sten Ove Kurt Rune Gösta Bertil Torbjörn Conny Pontus Jens Dennis Alf Lars-Erik Ali
    Mohammed Sixten Alvin Ivar Charlie Frank Felix Love Casper Malte Harald Folke Ragnar Sune Tage
    Kristian Mathias Pär Jacob Krister Urban Thord Lars-Göran Karl-Erik Per-Olof Jan-Erik Sam
    Nicklas Petter Adolf Agne Albert Algot Allan Anselm Arnold Artur Aron Birger Bror Börje Curt
    Dag Einar Elis Elof Emanuel Enar Erland Evert Fabian Ferdinand Fritz Georg Gerhard Gillis
    Gotthard Greger Gudmund Gustaf Halvar Harry Helge Henning Herbert Hilding Holger Hjalmar Inge
    Ingemar Ivan Jarl Joel Jon Julius Kaj Karl-Johan Klas Knut Konrad Lage Leonard Levi Lukas
    Magne Manfred Melker Morgan Nathan Nicolas Olle Orvar Oscar Osvald Otto Povel Ralf Reidar
    Rikard Roy Rudolf Sigurd Sigvard Sivert Staffan Sture Sören Teodor Tor Tord Tore Torsten
    Valdemar Valter Vidar Vilgot Vilhelm Wilhelm Yngve Östen Örjan Ebbe Edvard Egon Eino Elmer
    Enok Esbjörn Eskil Frans Göte Hannes Hemming Ingolf Isidor Jack Jim Joar Jöns Kalle Kennet
    Kristofer Linnar Loke Lars-Olof Lars-Åke Lars-Gunnar Lennarth Mauritz Milo Mio Noel Ola
    Ossian Patric Per-Erik Per-Anders Peder Pehr Ragnvald Reine Roine Seth Sigge Sonny Svante
    Sverker Thorsten Thure Ture Uno Valentin Vide Vilmer Wille Adrian Alfred Benny Carl-Johan
    Claes-Göran Conrad Dick Douglas Edwin Eddie Eric Fritiof Gert Glenn Hans-Erik Henry Herman
    Hilmer Ingmar Jan-Olof Jerker Joachim Johnny Jonny Jöran Karl-Gustav Kenny Lars-Inge Leon
    Malcolm Mårten Nils-Erik Olov Per-Ola Pierre Ronny Stellan Sven-Erik Sven-Olof Tony Torgny
    Ulrik Wiktor Aslak Bernt Bengt-Åke Björn-Olof Eilert Gottfrid Gunder Helmer Ivo
    Kasper Knut-Erik Leopold Nore Pentti Ragne Sigfrid Sölve Tryggve Verner Åsmund
    Alvar Anund Arnt Bjarne Elvin Filiph Frej Gideon Halvard Harri Iver Julian Keijo
    Mauno Njord Ruben Siegfried Tim Unto Vito Wilgot
    """,
    150,
)
SV_S = ranked(
    """
    Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
    Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
    Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lundgren Lind Lundqvist Mattsson
    Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed Engström
    Danielsson Håkansson Eklund Lundin Gunnarsson Björk Bergman Holm Samuelsson Fransson Wikström
    Isaksson Bergqvist Arvidsson Nyström Holmberg Löfgren Söderberg Nyberg Blomqvist Claesson
    Nordström Ahmed Mårtensson Lundström Hassan Viklund Björklund Eliasson Pålsson Berggren
    Sandström Lund Nordin Ström Åberg Hermansson Ekström Holmgren Sundberg Hedlund Dahlberg
    Hellström Sjögren Abrahamsson Falk Martinsson Öberg Andreasson Strömberg Månsson Hansen
    Åkesson Dahl Lindholm Norberg Holmqvist Mohamed Ekberg Jensen Sundström Nordqvist Hussein
    Johnsson Englund Lindblom Sjöström Åström Göransson Omar Söderström Ibrahim Ek Adolfsson Blom
    Lindahl Nyman Wiklund Berntsson Malmberg Sundqvist Lindén Strand Larsen Nielsen Lundh Bergh
    Ekman Hägglund Stenberg Borg Lindell Nylund Edlund Melander Ivarsson Björn Holmström
    Kristiansson Ottosson Sjölund Rosén Franzén Petersson Lundmark Hedberg Sundin Hedström Boström
    Carlsson Gustavsson Backman Lindkvist Jonasson Sandin Nordlund Öhman Ekholm Westerberg
    Ahlberg Ahlgren Alm Almqvist Appelqvist Aronsson Asplund Augustsson Bäckström Backlund
    Bergkvist Bergendahl Blixt Blomberg Boman Brandt Brodin Brolin Burman Byström Carlberg Carlén
    Cederholm Cederberg Dahlgren Dahlin Dahlqvist Dahlström Ekdahl Ekelund Eklöf Ekwall Eng
    Engdahl Engberg Fagerström Flink Forslund Forsman Forssell Frisk Fröberg Grahn Granberg
    Granath Granström Grönberg Grönlund Gullberg Hagberg Hagman Hagström Hallberg Hallin Hammar
    Hammarström Hedin Hedman Hellberg Hellman Hjalmarsson Holmén Holst Hult Hultgren Hultman
    Högberg Höglund Isberg Jarl Johannesson Juhlin Karlberg Kjellberg Kling Krantz Kvist
    Lagerqvist Lagerström Landström Lejon Liljegren Lilja Lindbäck Lindfors Lindh Linde Lindstedt
    Ljung Ljungberg Ljunggren Ljungqvist Lundell Lundkvist Löfstedt Lööf Malm Malmström Malmqvist
    Mellberg Modig Moberg Nord Nordahl Nordberg Nordgren Nordén Norén Norling Nyholm Nykvist
    Nylander Nyqvist Olander Palm Palmqvist Pihl Quist Risberg Rydberg Rydén Rylander Rönnberg
    Sahlin Sandgren Selin Sjödin Sjöholm Sjöqvist Sköld Stark Stenström Strandberg Sundell Svärd
    Svedberg Svahn Söderlund Södergren Tell Thelin Thorén Törnqvist Unger Vallin Wahlberg
    Wahlström Wall Wallgren Wennberg Westin Westman Wickman Widén Wigren Zetterberg Zetterlund
    Åhlund Åkerlund Åkerström Ågren Öhrn Östberg Östlund Östman Labba Kuhmunen Lantto Pekkari
    Rova Alatalo Keskitalo Kitti Mukka Niva Abdi Yousef Hosseini Kaya Yilmaz Demir Nguyen
    Ahmadi Mahmoud Khalil Aziz Salih Jama Warsame Haddad af_Klercker von_Platen De_Geer
    von_Sydow Gyllenhaal Lewenhaupt Wrede Stiernstedt Fleetwood Bonde Hamilton Silfverskiöld
    Ehrenborg Lagercrantz Cronstedt Adlercreutz Tham Wachtmeister Bäckman Berglin Bohlin
    Bylund Carling Dufva Edberg Edström Eldh Eneroth Falkman Friberg Gahm Gelin Grip Hammarlund
    Hedenström Helander Hellgren Holmlund Häll Ingman Jernberg Kallin Kjellin Lagergren Lidén
    Lindman Ljungdahl Lodin Lundvall Löwgren Magnell Mattson Molin Nordell Nordmark Nyblom Nåhlin
    Olausson Pallin Rask Rehn Rosenberg Rosengren Rudberg Sandell Sedin Sjölander Stolt Strömgren
    Sundman Swahn Tegnér Thunberg Torstensson Tufvesson Wallenius Wass Wennerström Vestin
    """,
    150,
)

US = Origin(census(US_F, 150), census(US_M, 150), census(US_S, 150))

# The UK: the ONS rankings' order as the writer knows it, all ages together.
UK_F = ranked(
    """
    Sarah Emma Claire Laura Rebecca Emily Jessica Charlotte Hannah Sophie Lucy Amy Olivia Amelia
    Chloe Katie Lauren Elizabeth Susan Margaret Helen Karen Julie Nicola Joanne Lisa Michelle
    Rachel Samantha Louise Jennifer Victoria Kelly Gemma Stephanie Jane Catherine Deborah Alison
    Jacqueline Patricia Christine Linda Janet Elaine Carol Angela Sandra Gillian Tracey Mary Ann
    Anne Kathleen Jean Pauline Barbara Ellie Grace Isla Ava Mia Lily Ella Poppy Evie Isabella
    Freya Daisy Alice Sienna Ruby Florence Phoebe Zara Jasmine Georgia Megan Abigail Holly Bethany
    Natalie Danielle Amanda Kirsty Leanne Donna Wendy Dawn Sharon Lorraine Heather Fiona Caroline
    Kate Anna Harriet Eleanor Beatrice Matilda Imogen Niamh Aisha Fatima Maryam Priya Sian
    Rhiannon Bethan Ffion Eilidh Shona Morag Iona Kerry Hayley Stacey Jade Leah Zoe Katherine
    Caitlin Molly Millie Erin Maisie Layla Rosie Harper Willow Scarlett Violet Elsie Ivy Esme
    Penelope Hazel Maria Joan Doreen Sheila Brenda Valerie Maureen Irene Lesley Sally Teresa
    Vanessa Yvonne Beverley Paula Denise Rosemary Hilary Judith Diane Marion Eileen Frances
    Josephine Lynn Julia Suzanne Tina Gail Nina Polly Rosalind Tamsin Clare Philippa Lydia
    Annabel Jemma Kayleigh Chelsea Shannon Courtney Naomi Ruth Esther Bridget Siobhan Roisin Orla
    Aoife Nadia Sana Hina Nazia Mabel Edith Winifred Gwen Cerys Carys Morven Kirsteen Lowri Elin
    Jodie Kimberley Toni Marcia Beryl Glenda Lorna Agnes Nora Tilly Connie Aurelia Thea Iris
    """,
    130,
)
UK_M = ranked(
    """
    David John Paul Michael Mark James Andrew Richard Peter Robert Christopher Stephen Ian Daniel
    Thomas Matthew Simon Gary Steven Anthony Kevin Martin Jonathan William Alan Neil Lee Darren
    Jason Stuart Craig Adam Benjamin Samuel Joseph Jack Oliver Harry George Charlie Jacob Noah
    Oscar Leo Arthur Muhammad Alfie Freddie Archie Henry Theo Joshua Luke Ryan Liam Nathan Callum
    Connor Jamie Scott Dean Wayne Carl Shaun Philip Graham Keith Brian Colin Kenneth Barry Trevor
    Derek Roy Terence Malcolm Nigel Geoffrey Raymond Dennis Gordon Edward Alexander Harrison Jake
    Tyler Ethan Lewis Kieran Aaron Dylan Reece Jordan Tom Ben Max Toby Finley Louis Hugo Rory Ewan
    Fraser Euan Angus Hamish Gareth Rhys Dafydd Owen Gethin Sean Patrick Declan Ciaran Mohammed
    Imran Tariq Arjun Rohan Ravi Sanjay Harvey Mason Elliot Isaac Logan Ronnie Tommy Albie Reggie
    Stanley Frederick Ernest Albert Frank Leonard Sidney Norman Clive Howard Julian Rupert Giles
    Hugh Dominic Jeremy Tim Nicholas Gavin Russell Glen Ross Grant Bradley Jamal Kwame Femi Tunde
    Chinedu Marcus Damian Vincent Adrian Ashley Duncan Alastair Iain Murray Hywel Emrys Idris
    Cormac Padraig Bernard Cyril Desmond Percy Wilfred Reginald Harold Walter Dale Lloyd Leon
    Jerome Winston Delroy Errol Mohsin Asif Zain Yusuf Hamza Aryan Kai Jenson Ollie Ezra Otis
    """,
    130,
)
UK_S = ranked(
    """
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
    Newton Oliver Reed Kennedy Williamson Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry
    Burgess Bishop Walton Burns Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls Hamilton
    Byrne Sutton McDonald Yates Hodgson Robson Curtis Hopkins O'Connor Harper Coleman Watkins Moss
    McCarthy Chambers O'Neill Griffin Sharp Hardy Wheeler Potter Osborne Johnston Gordon Doyle
    Wallace George Jordan Hutchinson Rowe Burke May Pritchard Gilbert Willis Higgins Read Miles
    Stevenson Stephenson Hammond Arnold Buckley Walters Hewitt Barber Nelson Slater Austin Sullivan
    Whitehead Mann Frost Lambert Stephens Blake Akhtar Lynch Goodwin Barton Woodward Thomson
    Cunningham Quinn Barnett Baxter Bibi Clayton Nash Greenwood Jennings Holt Kemp Poole Gallagher
    Bond Stokes Tucker Davidson Fowler Heath Norman Middleton Lawson Banks French Stanley Jarvis
    Gibbs Ferguson Hayward Carroll Douglas Dickinson Todd Barlow Peters Lucas Knowles Hartley Miah
    Simmons Morton Alexander Field Morrison Norris Townsend Preston Hancock Thornton Baldwin
    Burrows Briggs Storey Pugh Vaughan Llewellyn Bevan Jenkinson MacLeod MacKenzie Fraser Sinclair
    Boyle Mahmood Rahman Chowdhury Uddin Okafor Mensah Boateng Nwosu Abbott Cartwright Ashworth
    Whittaker Higginbotham Pemberton Thwaites Crowther Sugden Pickering Gallacher Docherty Lindsay
    """,
    150,
)
UK = Origin(UK_F, UK_M, UK_S)

# Origins common in Sweden: commonest names first, 1/rank, head 10.
FINNISH = Origin(
    ranked(
        "Marja Pirjo Tuula Anneli Sirpa Päivi Leena Riitta Eija Helena Tarja Seija Kaija Ritva Aino Kirsi Merja Raija Marjatta Hannele Sari Satu Tiina Johanna Minna Tuulikki Liisa Aila Sinikka Terttu",
        10,
    ),
    ranked(
        "Juha Timo Matti Kari Mikko Jari Antti Jukka Markku Pekka Mika Hannu Heikki Seppo Ari Petri Sami Janne Tapio Kalevi Esa Pertti Raimo Veikko Erkki Tuomas Ville Jani Pentti Olavi",
        10,
    ),
    ranked(
        "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Kallio Hiltunen Leinonen Miettinen Pitkänen",
        10,
    ),
)
ARABIC = Origin(  # Iraq and Syria, with Assyrian/Syriac names
    ranked(
        "Fatima Maryam Noor Sara Zainab Amira Layla Hiba Rana Huda Yasmin Aya Rasha Dima Lina Reem Samira Nadia Salma Hanan Shamiram Ninva Rima Ghada Souad Jamila Asma Dalia Rania Raghad Nahrin Mariam Sawsan",
        10,
    ),
    ranked(
        "Mohammed Ahmad Ali Hassan Omar Mahmoud Mustafa Khaled Hussein Ibrahim Yousef Abdullah Karim Ammar Sami Ziad Tarek Walid Fadi Rami Bassam Nabil Hamza Saad Sargon Ninos Ashur Gabriel Yakob Dawod Aziz Elias Haidar Mohanad",
        10,
    ),
    ranked(
        "Ali Mohammed Ahmed Hassan Hussein Ibrahim Abdullah Mahmoud Khalil Saleh Yousef Omar Jassim Karim Al-Hashimi Al-Rubaie Al-Jaburi Abbas Haddad Issa Aziz Saliba Barsoum Shamoun Yacoub Gabriel Hanna Danho Lahdo Malke Shabo Aho Gabro Kourie Isa Al-Obaidi Al-Khafaji Darwish",
        10,
    ),
)
SOMALI = Origin(
    ranked(
        "Fadumo Amina Hodan Sahra Ayan Sagal Ifrah Ubah Deeqa Nasra Hibo Khadija Halima Hawa Asha Ladan Muna Sucaad Safiya Istahil Naimo Hamdi Faadumo Maryan",
        10,
    ),
    ranked(
        "Mohamed Abdi Ahmed Ali Hassan Abdirahman Abdullahi Yusuf Omar Ismail Hussein Mahad Abdikarim Farah Mustafe Osman Abdiaziz Liban Warsame Guled Abdirizak Said",
        10,
    ),
    ranked(
        "Mohamed Ali Ahmed Hassan Abdi Omar Hussein Farah Yusuf Ismail Osman Abdullahi Aden Jama Warsame Nur Hirsi Dahir Egal Elmi Mohamud Abdulle Adan Gedi Haji Isse Samatar Roble Shire",
        10,
    ),
)
POLISH = Origin(  # men's surnames; `feminine` gives a woman hers
    ranked(
        "Anna Katarzyna Maria Małgorzata Agnieszka Barbara Ewa Krystyna Elżbieta Magdalena Joanna Zofia Monika Teresa Danuta Natalia Aleksandra Karolina Marta Beata Dorota Justyna Jadwiga Halina Paulina Grażyna Iwona Renata",
        10,
    ),
    ranked(
        "Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Jakub Adam Stanisław Marek Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Jerzy Maciej Kamil Rafał Robert Józef Sławomir Przemysław Wiesław",
        10,
    ),
    ranked(
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Stępień Malinowski Jaworski Adamczyk Dudek Nowicki Pawlak Górski Witkowski Sikora Zawadzki Czarnecki",
        10,
    ),
)
PERSIAN = Origin(
    ranked(
        "Maryam Fatemeh Zahra Sara Narges Leila Mina Shirin Parisa Nasrin Roya Azadeh Neda Mahnaz Soheila Fereshteh Shiva Elham Nazanin Golnaz Ladan Samira Tara Yasaman",
        10,
    ),
    ranked(
        "Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Behzad Farhad Dariush Kaveh Arash Babak Omid Majid Navid Kamran Hassan Bahram Payam Siamak Shahram Mehran",
        10,
    ),
    ranked(
        "Mohammadi Hosseini Ahmadi Rezaei Moradi Karimi Jafari Rahimi Hashemi Mousavi Ghasemi Sadeghi Kazemi Rostami Ebrahimi Najafi Bagheri Heidari Akbari Tehrani Shirazi Farahani Nazari Amini Kermani Esfahani Salehi Mirzaei Abbasi Soltani",
        10,
    ),
)
BCS = Origin(  # Bosnian, Serbian and Croatian
    ranked(
        "Jasmina Emina Amela Sanela Mirela Vesna Snežana Jelena Dragana Marija Ana Ivana Maja Milena Mirsada Selma Lejla Aida Edina Azra Senada Zorica Gordana Nada Biljana Alma Nermina Elma",
        10,
    ),
    ranked(
        "Emir Adnan Mirza Senad Amir Damir Edin Nenad Dragan Zoran Goran Milan Dejan Nikola Marko Ivan Stefan Aleksandar Haris Kenan Samir Nermin Jasmin Mladen Darko Admir Elvir Mehmed",
        10,
    ),
    ranked(
        "Hodžić Hadžić Begić Kovačević Delić Mehmedović Hasanović Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Horvat Babić Knežević Popović Pavlović Ibrahimović Alić Suljić Mujić Omerović Husić Salihović Tomić Kovač Jurić Marić Bašić Halilović Softić Čolić Šabić",
        10,
    ),
)
TURKISH = Origin(
    ranked(
        "Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hülya Özlem Esra Merve Büşra Derya Gül Filiz Songül Yasemin Ebru Aylin Sibel Nurcan",
        10,
    ),
    ranked(
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah Mahmut Recep Emre Burak Serkan Kemal Cem Volkan Erdal",
        10,
    ),
    ranked(
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Karataş Erdoğan Güneş Aksoy Tekin Bulut Turan Keskin",
        10,
    ),
)
ERITREAN = Origin(  # a father's given name as the surname
    ranked(
        "Helen Senait Selam Yordanos Mebrat Tsega Saba Hiwet Luwam Ruta Winta Semhar Feven Mihret Eden Abeba Letekidan Aster Almaz Tirhas Nebiat Freweini",
        10,
    ),
    ranked(
        "Yonas Daniel Samuel Tesfay Dawit Mehari Filmon Yohannes Habtom Robel Kidane Biniam Ermias Tekle Amanuel Berhane Mussie Henok Semere Natnael Aron Michael",
        10,
    ),
    ranked(
        "Tesfay Tekle Gebremedhin Haile Berhane Kidane Ghebreyesus Tesfamariam Weldemichael Habte Mehari Gebru Negash Yohannes Andemariam Asmerom Ghirmay Woldu Tsegay Fitwi Abraha Kahsay Measho Okbay Zerai",
        10,
    ),
)
AFGHAN = Origin(
    ranked(
        "Fatima Maryam Zahra Marzia Nargis Shabnam Freshta Mursal Nazifa Parwana Madina Zarghona Mahbooba Sakina Laila Shakila Habiba Nilofar Roya Sima Farzana Mahsa",
        10,
    ),
    ranked(
        "Mohammad Ahmad Ali Abdul Hamid Mustafa Reza Sayed Jawad Mahdi Hussain Murtaza Khalid Omid Farid Nasir Zabihullah Rahmatullah Shafiq Mujtaba Hasib Wahid Jamshid Naweed",
        10,
    ),
    ranked(
        "Ahmadi Mohammadi Hussaini Rezaie Hakimi Rahimi Sultani Nazari Karimi Jafari Haidari Amiri Noori Popal Stanikzai Sadat Wardak Durrani Safi Hashimi Azizi Rasuli Qaderi Sharifi Yousufzai Barakzai Mohseni",
        10,
    ),
)
THAI = Origin(
    ranked(
        "Siriporn Supaporn Kanokwan Pornthip Wanida Nittaya Sunisa Jintana Malee Ratana Nonglak Kannika Sasithorn Pimchanok Araya Duangjai Lamai Somsri Pranee Wilai Kanya Saowanee Chutima Naphaporn Bua",
        10,
    ),
    ranked(
        "Somchai Somsak Sombat Prasert Wichai Surachai Anan Chaiwat Sakchai Kittisak Nattapong Thanakorn Boonmee Sompong Apichat Pichit Suthep Worawut Teerapong Narong",
        10,
    ),
    ranked(
        "Saelim Saetang Saeheng Srisawat Thongdee Boonmee Sukprasert Rattanakorn Chaiyasit Kongkaew Sriwong Phromma Inthong Suwannarat Jaidee Kaewmanee Sangthong Boonyarat Thongkham Phanthong Charoenphon Wongsuwan Nakprasit Sukjai Intarasuk",
        10,
    ),
)
LATIN = Origin(  # Chile first, then the rest of Latin America; two surnames as people there carry them
    ranked(
        "María Carolina Claudia Patricia Paula Francisca Daniela Catalina Valentina Camila Javiera Constanza Fernanda Andrea Marcela Verónica Alejandra Gabriela Ximena Lorena Paola Natalia Sofía Isabel Rosa Ana Carmen Margarita",
        10,
    ),
    ranked(
        "José Juan Luis Carlos Jorge Francisco Manuel Pedro Cristián Rodrigo Sebastián Felipe Matías Diego Pablo Andrés Gonzalo Patricio Mauricio Ricardo Sergio Héctor Víctor Alejandro Fernando Hugo Marcelo Raúl Nicolás",
        10,
    ),
    ranked(
        "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez Castro Pizarro Álvarez Vásquez Sánchez Fernández Ramírez Carrasco Gómez Cortés Herrera Núñez Jara Vergara Rivera Figueroa",
        10,
    ),
)
KURDISH = Origin(
    ranked(
        "Rojin Berfin Dilan Zozan Shilan Avin Nazdar Gulistan Roza Newroz Jiyan Sozdar Kajal Shno Delal Viyan Bahar Rezan Helin Nishtiman Hevin Ronak Bêrîvan Jwan",
        10,
    ),
    ranked(
        "Dilshad Azad Kawa Rebin Shwan Karwan Sherzad Hiwa Rekar Dara Baran Serhat Aram Hawre Sarbast Zana Rojhat Diyar Ciwan Botan Ferhad Sirwan Hemin Soran",
        10,
    ),
    ranked(
        "Ahmed Mohammed Mustafa Rashid Aziz Qadir Karim Amin Hama Salih Rasul Faraj Tahir Sharif Baban Zebari Jaf Kaka Hawrami Doski Bakir Hamad Demir Aslan Yildiz Kaya Barzinji Mahmud",
        10,
    ),
)
UKRAINIAN = Origin(
    ranked(
        "Olena Tetiana Nataliia Iryna Oksana Svitlana Yuliia Olha Kateryna Anastasiia Mariia Viktoriia Halyna Liudmyla Nadiia Alina Daryna Sofiia Valentyna Larysa Inna Khrystyna",
        10,
    ),
    ranked(
        "Oleksandr Serhii Andrii Volodymyr Dmytro Oleksii Mykola Ivan Yurii Viktor Vasyl Maksym Ihor Bohdan Taras Petro Roman Vitalii Artem Denys Pavlo Mykhailo",
        10,
    ),
    ranked(
        "Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko Kravchuk Klymenko Pavlenko Savchuk Kuzmenko Ponomarenko Vasylenko Levchenko Kharchenko Karpenko",
        10,
    ),
)
INDIAN = Origin(
    ranked(
        "Priya Anjali Pooja Neha Divya Sneha Kavya Deepika Shreya Swati Lakshmi Meera Aishwarya Sunita Anita Rekha Asha Nisha Ritu Shalini Aarti Radhika Harpreet Gurpreet",
        10,
    ),
    ranked(
        "Rahul Amit Rajesh Vikram Arjun Suresh Sanjay Anil Ravi Karthik Vijay Rohit Arun Manoj Ramesh Aditya Nikhil Siddharth Prakash Sunil Deepak Gaurav Harish Manish Venkatesh",
        10,
    ),
    ranked(
        "Sharma Singh Kumar Patel Gupta Reddy Rao Iyer Nair Menon Verma Mehta Joshi Shah Agarwal Krishnan Pillai Chopra Malhotra Desai Banerjee Chatterjee Mukherjee Das Bhat Naidu Srinivasan Subramanian Kapoor Pandey Mishra",
        10,
    ),
)
GERMAN = Origin(
    ranked(
        "Sabine Petra Monika Susanne Andrea Claudia Stefanie Nicole Julia Katharina Anja Birgit Ursula Renate Heike Karin Christine Sandra Martina Anna Laura Lena Sarah Lisa Marie",
        10,
    ),
    ranked(
        "Thomas Michael Andreas Stefan Peter Klaus Wolfgang Jürgen Frank Uwe Markus Christian Matthias Sebastian Tobias Jan Alexander Daniel Florian Dieter Günter Hans Jens Lukas Maximilian",
        10,
    ),
    ranked(
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler",
        10,
    ),
)

ORIGINS = {
    "swedish": Origin(SV_F, SV_M, SV_S), "us": US, "uk": UK, "finnish": FINNISH, "arabic": ARABIC,
    "somali": SOMALI, "polish": POLISH, "persian": PERSIAN, "bcs": BCS, "turkish": TURKISH,
    "eritrean": ERITREAN, "afghan": AFGHAN, "thai": THAI, "latin": LATIN, "kurdish": KURDISH,
    "ukrainian": UKRAINIAN, "indian": INDIAN, "german": GERMAN,
}  # fmt: skip

# Who is named, per language of the text: roughly as Sweden's population is in Swedish and mixed
# text (Swedish largest), the US and the UK first in English.
MIXES = {
    "sv": {
        "swedish": 66, "arabic": 6.5, "finnish": 4, "polish": 2.5, "bcs": 2.5, "persian": 2.5,
        "somali": 2.2, "kurdish": 1.6, "afghan": 1.6, "turkish": 1.5, "eritrean": 1.3,
        "ukrainian": 1.2, "thai": 1, "latin": 1, "german": 1, "indian": 0.8, "uk": 0.7, "us": 0.5,
    },
    "en": {
        "us": 40, "uk": 38, "swedish": 7, "indian": 3, "polish": 2, "arabic": 2, "latin": 2,
        "somali": 1, "finnish": 1, "german": 1, "ukrainian": 1, "persian": 0.5, "eritrean": 0.5,
        "afghan": 0.5, "turkish": 0.5, "bcs": 0.3, "kurdish": 0.3, "thai": 0.3,
    },
    "mixed": {
        "swedish": 50, "uk": 10, "us": 9, "arabic": 5, "finnish": 3, "polish": 3, "persian": 2.5,
        "bcs": 2, "somali": 2, "indian": 2, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5,
        "eritrean": 1.2, "ukrainian": 1.2, "german": 1, "latin": 1, "thai": 0.8,
    },
}  # fmt: skip
# Most people from Thailand in Sweden are women; the rest half and half.
WOMEN_SHARE = {"thai": 0.75}
TYPED_PLAIN = (
    "polish",
    "bcs",
    "turkish",
    "latin",
)  # about 30% of these typed without their letters

# Short forms people go by, per origin and given name.
NICK_SV = {
    "Lars": ["Lasse"], "Mikael": ["Micke"], "Joakim": ["Jocke"], "Karl": ["Kalle"],
    "Per": ["Pelle", "Peppe"], "Thomas": ["Tompa"], "Magnus": ["Manne"], "Katarina": ["Kattis", "Katta"],
    "Elisabeth": ["Lisa", "Bettan"], "Charlotte": ["Lotta"], "Susanne": ["Sussie", "Sanna"],
    "Margareta": ["Maggan", "Greta"], "Birgitta": ["Gittan", "Bittan"], "Kristina": ["Stina", "Kicki"],
    "Marcus": ["Mackan"], "Fredrik": ["Fredde"], "Daniel": ["Danne"], "Jonathan": ["Jonte"],
    "Kristian": ["Krille"], "Robert": ["Robban"], "Patrik": ["Patte"], "Rickard": ["Ricke"],
    "Henrik": ["Henke"], "Mattias": ["Matte"], "Niklas": ["Nicke"], "Tobias": ["Tobbe"],
    "Torbjörn": ["Tobbe"], "Stefan": ["Steffe"], "Ulf": ["Uffe"], "Gustav": ["Gurra", "Gusse"],
    "Oskar": ["Ogge"], "Sebastian": ["Sebbe"], "Hampus": ["Hampe"], "Jesper": ["Jeppe"],
    "Kenneth": ["Kenta"], "Bengt": ["Bengan"], "Lennart": ["Lelle"], "Camilla": ["Millan"],
    "Ulrika": ["Ullis"], "Madeleine": ["Madde"], "Matilda": ["Tilda"], "Josefin": ["Jossan"],
    "Jessica": ["Jessan"], "Therese": ["Tessan"], "Viktoria": ["Vicky"], "Alexander": ["Alex"],
    "Rebecka": ["Becka"], "Gunilla": ["Gunnis"], "Christer": ["Kicken"], "Hans": ["Hasse"],
    "Göran": ["Göte"], "Anders": ["Acke"], "Kristoffer": ["Krille", "Kricke"],
    "Christian": ["Krille"], "Johan": ["Jojje"], "Anna-Karin": ["Annki"], "Ingegerd": ["Inga"],
    "Albin": ["Abbe"], "Isak": ["Ibbe"], "Ludvig": ["Ludde"], "Filip": ["Fille"],
    "Sven": ["Svenne"], "Roger": ["Roffe"], "Rolf": ["Roffe"], "Leif": ["Leffe"],
}  # fmt: skip
NICK_EN = {
    "William": ["Bill", "Will"], "Robert": ["Bob", "Rob", "Bobby"], "Richard": ["Rick", "Dick"],
    "James": ["Jim", "Jimmy"], "Thomas": ["Tom", "Tommy"], "Michael": ["Mike", "Mick"],
    "Christopher": ["Chris"], "Jennifer": ["Jen", "Jenny"], "Elizabeth": ["Liz", "Beth"],
    "Margaret": ["Maggie", "Peggy"], "Patricia": ["Pat", "Trish"], "Katherine": ["Kate", "Katie"],
    "Catherine": ["Cathy", "Kate"], "Susan": ["Sue"], "Deborah": ["Debbie"], "Rebecca": ["Becky"],
    "Samantha": ["Sam"], "Alexander": ["Alex"], "Anthony": ["Tony"], "Daniel": ["Dan", "Danny"],
    "David": ["Dave"], "Joseph": ["Joe"], "Matthew": ["Matt"], "Andrew": ["Andy", "Drew"],
    "Edward": ["Ed", "Ted"], "Benjamin": ["Ben"], "Nicholas": ["Nick"], "Jonathan": ["Jon"],
    "Timothy": ["Tim"], "Stephen": ["Steve"], "Steven": ["Steve"], "Kenneth": ["Ken"],
    "Donald": ["Don"], "Ronald": ["Ron"], "Gerald": ["Gerry"], "Charles": ["Charlie", "Chuck"],
    "Victoria": ["Vicky"], "Kimberly": ["Kim"], "Barbara": ["Barb"], "Sandra": ["Sandy"],
    "Cynthia": ["Cindy"], "Pamela": ["Pam"], "Christine": ["Chris"], "Jacqueline": ["Jackie"],
    "Gregory": ["Greg"], "Douglas": ["Doug"], "Philip": ["Phil"], "Peter": ["Pete"],
    "Lawrence": ["Larry"], "Frederick": ["Fred"], "Jeffrey": ["Jeff"], "Raymond": ["Ray"],
    "Samuel": ["Sam"], "Joshua": ["Josh"], "Jacob": ["Jake"], "Nathan": ["Nate"],
    "Eleanor": ["Ellie"], "Abigail": ["Abby"], "Gillian": ["Gill"], "Josephine": ["Jo"],
    "Frances": ["Fran"], "Terence": ["Terry"], "Anne": ["Annie"], "Dorothy": ["Dot"],
}  # fmt: skip
NICKNAMES = {
    "swedish": NICK_SV, "uk": NICK_EN, "us": NICK_EN,
    "polish": {"Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"], "Aleksandra": ["Ola"], "Agnieszka": ["Aga"],
               "Krzysztof": ["Krzysiek"], "Tomasz": ["Tomek"], "Piotr": ["Piotrek"], "Jakub": ["Kuba"],
               "Wojciech": ["Wojtek"], "Joanna": ["Asia"], "Magdalena": ["Madzia"]},
    "latin": {"Francisco": ["Pancho"], "José": ["Pepe"], "Alejandro": ["Alex"], "Francisca": ["Pancha"]},
    "arabic": {"Mohammed": ["Mo"], "Abdullah": ["Abdo"]},
    "finnish": {"Markku": ["Make"], "Johanna": ["Hanna"]},
    "ukrainian": {"Oleksandr": ["Sasha"], "Oleksii": ["Lyosha"], "Kateryna": ["Katya"], "Anastasiia": ["Nastya"]},
    "german": {"Katharina": ["Kathi"], "Maximilian": ["Max"], "Matthias": ["Matze"]},
}  # fmt: skip
