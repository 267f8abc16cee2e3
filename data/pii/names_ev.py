# ruff: noqa: E501
"""Name pools of held-out EV (issue 15), weighted by how often people carry the names.

Written from the writer's general knowledge, not from rung's lexicons and not checked against
them; no name was left out for being known or unknown to the detector.

- Swedish given names (women, men) and surnames in the order of SCB's name statistics (number of
  bearers), weight 1/rank; the head is the top 150, the tail the rarer names past them.
- US Census 1990 (`dist.female.first`, `dist.male.first`, `dist.all.last`, public domain, copied
  from the `names` package's data files): the census per cent as weight, head the top 150.
- UK given names and surnames in the order of the ONS rankings (given names: the births rankings
  of the decades today's adults were born in, merged), weight 1/rank.
- The commonest given names and surnames of origins common in Sweden, 1/rank, head the top 10.

`MIXES` says who is named in Swedish, English and mixed text. `NICKNAMES` gives short forms.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this chance, else from its tail


@dataclass(frozen=True)
class Pool:
    """Names in rank order, their weights, and how many of them are the head."""

    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def ranked(text: str, head: int) -> Pool:
    """A pool from names in rank order (whitespace-separated, `_` for a space inside a name such
    as `von_Platen`), weight 1/rank; repeats dropped."""
    names = tuple(dict.fromkeys(w.replace("_", " ") for w in text.split()))
    return Pool(names, tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names) - 1))


def census(rows: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    names = tuple(n for n, _ in rows)
    return Pool(names, tuple(w for _, w in rows), head)


# --- United States: Census 1990 (the `names` package's data files), name and per cent ---
US_FEMALE = (("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.98), ("Elizabeth", 0.937), ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794), ("Margaret", 0.768), ("Dorothy", 0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667), ("Betty", 0.666), ("Helen", 0.663), ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565), ("Ruth", 0.562), ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.51), ("Sarah", 0.508), ("Kimberly", 0.504), ("Deborah", 0.494), ("Jessica", 0.49), ("Shirley", 0.482), ("Cynthia", 0.469), ("Angela", 0.468), ("Melissa", 0.462), ("Brenda", 0.455), ("Amy", 0.451), ("Anna", 0.44), ("Rebecca", 0.43), ("Virginia", 0.43), ("Kathleen", 0.424), ("Pamela", 0.416), ("Martha", 0.412), ("Debra", 0.408), ("Amanda", 0.404), ("Stephanie", 0.4), ("Carolyn", 0.385), ("Christine", 0.382), ("Marie", 0.379), ("Janet", 0.379), ("Catherine", 0.373), ("Frances", 0.37), ("Ann", 0.364), ("Joyce", 0.364), ("Diane", 0.359), ("Alice", 0.357), ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336), ("Doris", 0.335), ("Gloria", 0.335), ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315), ("Mildred", 0.313), ("Katherine", 0.313), ("Joan", 0.306), ("Ashley", 0.303), ("Judith", 0.297), ("Rose", 0.296), ("Janice", 0.285), ("Kelly", 0.283), ("Nicole", 0.281), ("Judy", 0.276), ("Christina", 0.275), ("Kathy", 0.272), ("Theresa", 0.271), ("Beverly", 0.267), ("Denise", 0.264), ("Tammy", 0.259), ("Irene", 0.252), ("Jane", 0.25), ("Lori", 0.248), ("Rachel", 0.242), ("Marilyn", 0.241), ("Andrea", 0.236), ("Kathryn", 0.234), ("Louise", 0.229), ("Sara", 0.229), ("Anne", 0.228), ("Jacqueline", 0.228), ("Wanda", 0.226), ("Bonnie", 0.223), ("Julia", 0.223), ("Ruby", 0.221), ("Lois", 0.22), ("Tina", 0.22), ("Phyllis", 0.219), ("Norma", 0.218), ("Paula", 0.217), ("Diana", 0.216), ("Annie", 0.216), ("Lillian", 0.211), ("Emily", 0.208), ("Robin", 0.208), ("Peggy", 0.208), ("Crystal", 0.207), ("Gladys", 0.205), ("Rita", 0.204), ("Dawn", 0.202), ("Connie", 0.2), ("Florence", 0.2), ("Tracy", 0.197), ("Edna", 0.197), ("Tiffany", 0.195), ("Carmen", 0.195), ("Rosa", 0.194), ("Cindy", 0.192), ("Grace", 0.189), ("Wendy", 0.185), ("Victoria", 0.18), ("Edith", 0.179), ("Kim", 0.178), ("Sherry", 0.178), ("Sylvia", 0.177), ("Josephine", 0.177), ("Thelma", 0.175), ("Shannon", 0.175), ("Sheila", 0.175), ("Ethel", 0.174), ("Ellen", 0.173), ("Elaine", 0.173), ("Marjorie", 0.173), ("Carrie", 0.171), ("Charlotte", 0.169), ("Monica", 0.166), ("Esther", 0.166), ("Pauline", 0.165), ("Emma", 0.165), ("Juanita", 0.164), ("Anita", 0.162), ("Rhonda", 0.162), ("Hazel", 0.161), ("Amber", 0.16), ("Eva", 0.159), ("Debbie", 0.157), ("April", 0.154), ("Leslie", 0.154), ("Clara", 0.153), ("Lucille", 0.153), ("Jamie", 0.153), ("Joanne", 0.15), ("Eleanor", 0.15), ("Valerie", 0.149), ("Danielle", 0.149), ("Megan", 0.147), ("Alicia", 0.146), ("Suzanne", 0.145), ("Michele", 0.145), ("Gail", 0.145), ("Bertha", 0.143), ("Darlene", 0.142), ("Veronica", 0.142), ("Jill", 0.142), ("Erin", 0.141), ("Geraldine", 0.141), ("Lauren", 0.137), ("Cathy", 0.137), ("Joann", 0.136), ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135), ("Regina", 0.133), ("Erica", 0.13), ("Beatrice", 0.13), ("Dolores", 0.129), ("Bernice", 0.128), ("Audrey", 0.127), ("Yvonne", 0.126), ("Annette", 0.125), ("June", 0.125), ("Samantha", 0.124), ("Marion", 0.122), ("Dana", 0.122), ("Stacy", 0.121), ("Ana", 0.12), ("Renee", 0.12), ("Ida", 0.118), ("Vivian", 0.118), ("Roberta", 0.117), ("Holly", 0.117), ("Brittany", 0.117), ("Melanie", 0.116), ("Loretta", 0.115), ("Yolanda", 0.115), ("Jeanette", 0.115), ("Laurie", 0.114), ("Katie", 0.113), ("Kristen", 0.111), ("Vanessa", 0.111), ("Alma", 0.111), ("Sue", 0.111), ("Elsie", 0.11), ("Beth", 0.11), ("Jeanne", 0.109), ("Vicki", 0.109), ("Carla", 0.107), ("Tara", 0.107), ("Rosemary", 0.107), ("Eileen", 0.105), ("Terri", 0.105), ("Gertrude", 0.103), ("Lucy", 0.103), ("Tonya", 0.102), ("Ella", 0.101), ("Stacey", 0.101), ("Wilma", 0.099), ("Gina", 0.099), ("Kristin", 0.099), ("Jessie", 0.098), ("Natalie", 0.098), ("Agnes", 0.098), ("Vera", 0.098), ("Willie", 0.097), ("Charlene", 0.097), ("Bessie", 0.096), ("Delores", 0.095), ("Melinda", 0.094), ("Pearl", 0.094), ("Arlene", 0.094), ("Maureen", 0.092), ("Colleen", 0.092), ("Allison", 0.092), ("Tamara", 0.092), ("Joy", 0.091), ("Georgia", 0.091), ("Constance", 0.091), ("Lillie", 0.09), ("Claudia", 0.09), ("Jackie", 0.09), ("Marcia", 0.09), ("Tanya", 0.089), ("Nellie", 0.089), ("Minnie", 0.089), ("Marlene", 0.088), ("Heidi", 0.088), ("Glenda", 0.088), ("Lydia", 0.086), ("Viola", 0.086), ("Courtney", 0.086), ("Marian", 0.086), ("Stella", 0.085), ("Caroline", 0.085), ("Dora", 0.084), ("Jo", 0.083), ("Vickie", 0.082), ("Mattie", 0.081), ("Terry", 0.08), ("Maxine", 0.079), ("Irma", 0.079), ("Mabel", 0.078), ("Marsha", 0.078), ("Myrtle", 0.078), ("Lena", 0.077), ("Christy", 0.077), ("Deanna", 0.076), ("Patsy", 0.076), ("Hilda", 0.075), ("Gwendolyn", 0.074), ("Jennie", 0.073), ("Nora", 0.073), ("Margie", 0.072), ("Nina", 0.072), ("Cassandra", 0.072), ("Leah", 0.072), ("Penny", 0.071), ("Kay", 0.071), ("Priscilla", 0.071), ("Naomi", 0.071), ("Carole", 0.071), ("Brandy", 0.07), ("Olga", 0.07), ("Billie", 0.069), ("Dianne", 0.069), ("Tracey", 0.069), ("Leona", 0.069), ("Jenny", 0.068), ("Felicia", 0.068), ("Sonia", 0.068), ("Miriam", 0.066), ("Velma", 0.066), ("Becky", 0.066), ("Bobbie", 0.065), ("Violet", 0.065), ("Kristina", 0.065), ("Toni", 0.064), ("Misty", 0.063), ("Mae", 0.063), ("Shelly", 0.062), ("Daisy", 0.062), ("Ramona", 0.062), ("Sherri", 0.062), ("Erika", 0.061), ("Katrina", 0.061), ("Claire", 0.061), ("Lindsey", 0.06), ("Lindsay", 0.06), ("Geneva", 0.059), ("Guadalupe", 0.059), ("Belinda", 0.059), ("Margarita", 0.059), ("Sheryl", 0.059), ("Cora", 0.058), ("Faye", 0.058), ("Ada", 0.057), ("Natasha", 0.057), ("Sabrina", 0.057), ("Isabel", 0.057), ("Marguerite", 0.056), ("Hattie", 0.056), ("Harriet", 0.056), ("Molly", 0.055), ("Cecilia", 0.055), ("Kristi", 0.055), ("Brandi", 0.055), ("Blanche", 0.055), ("Sandy", 0.055), ("Rosie", 0.055), ("Joanna", 0.055), ("Iris", 0.055), ("Eunice", 0.054), ("Angie", 0.054), ("Inez", 0.053), ("Lynda", 0.053), ("Madeline", 0.052), ("Amelia", 0.052), ("Alberta", 0.052), ("Genevieve", 0.051), ("Monique", 0.051), ("Jodi", 0.051), ("Janie", 0.051), ("Maggie", 0.051), ("Kayla", 0.051), ("Sonya", 0.051), ("Jan", 0.051), ("Lee", 0.051), ("Kristine", 0.051), ("Candace", 0.051), ("Fannie", 0.05), ("Maryann", 0.05), ("Opal", 0.05), ("Alison", 0.05), ("Yvette", 0.05), ("Melody", 0.05), ("Luz", 0.049), ("Susie", 0.049), ("Olivia", 0.049), ("Flora", 0.049), ("Shelley", 0.049), ("Kristy", 0.048), ("Mamie", 0.048), ("Lula", 0.048), ("Lola", 0.048), ("Verna", 0.048), ("Beulah", 0.048), ("Antoinette", 0.048), ("Candice", 0.046), ("Juana", 0.046), ("Jeannette", 0.046), ("Pam", 0.046), ("Kelli", 0.046), ("Hannah", 0.045), ("Whitney", 0.045), ("Bridget", 0.045), ("Karla", 0.044), ("Celia", 0.044), ("Latoya", 0.043), ("Patty", 0.043), ("Shelia", 0.043), ("Gayle", 0.043), ("Della", 0.043), ("Vicky", 0.043), ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042))  # fmt: skip
US_MALE = (("James", 3.318), ("John", 3.271), ("Robert", 3.143), ("Michael", 2.629), ("William", 2.451), ("David", 2.363), ("Richard", 1.703), ("Charles", 1.523), ("Joseph", 1.404), ("Thomas", 1.38), ("Christopher", 1.035), ("Daniel", 0.974), ("Paul", 0.948), ("Mark", 0.938), ("Donald", 0.931), ("George", 0.927), ("Kenneth", 0.826), ("Steven", 0.78), ("Edward", 0.779), ("Brian", 0.736), ("Ronald", 0.725), ("Anthony", 0.721), ("Kevin", 0.671), ("Jason", 0.66), ("Matthew", 0.657), ("Gary", 0.65), ("Timothy", 0.64), ("Jose", 0.613), ("Larry", 0.598), ("Jeffrey", 0.591), ("Frank", 0.581), ("Scott", 0.546), ("Eric", 0.544), ("Stephen", 0.54), ("Andrew", 0.537), ("Raymond", 0.488), ("Gregory", 0.441), ("Joshua", 0.435), ("Jerry", 0.432), ("Dennis", 0.415), ("Walter", 0.399), ("Patrick", 0.389), ("Peter", 0.381), ("Harold", 0.371), ("Douglas", 0.367), ("Henry", 0.365), ("Carl", 0.346), ("Arthur", 0.335), ("Ryan", 0.328), ("Roger", 0.322), ("Joe", 0.321), ("Juan", 0.316), ("Jack", 0.315), ("Albert", 0.314), ("Jonathan", 0.313), ("Justin", 0.311), ("Terry", 0.311), ("Gerald", 0.309), ("Keith", 0.308), ("Samuel", 0.306), ("Willie", 0.302), ("Ralph", 0.282), ("Lawrence", 0.282), ("Nicholas", 0.275), ("Roy", 0.273), ("Benjamin", 0.27), ("Bruce", 0.263), ("Brandon", 0.26), ("Adam", 0.259), ("Harry", 0.251), ("Fred", 0.251), ("Wayne", 0.249), ("Billy", 0.248), ("Steve", 0.246), ("Louis", 0.243), ("Jeremy", 0.242), ("Aaron", 0.24), ("Randy", 0.232), ("Howard", 0.23), ("Eugene", 0.23), ("Carlos", 0.229), ("Russell", 0.224), ("Bobby", 0.223), ("Victor", 0.222), ("Martin", 0.216), ("Ernest", 0.215), ("Phillip", 0.213), ("Todd", 0.213), ("Jesse", 0.209), ("Craig", 0.206), ("Alan", 0.204), ("Shawn", 0.2), ("Clarence", 0.197), ("Sean", 0.197), ("Philip", 0.197), ("Chris", 0.197), ("Johnny", 0.195), ("Earl", 0.193), ("Jimmy", 0.191), ("Antonio", 0.19), ("Danny", 0.19), ("Bryan", 0.19), ("Tony", 0.19), ("Luis", 0.189), ("Mike", 0.189), ("Stanley", 0.186), ("Leonard", 0.186), ("Nathan", 0.185), ("Dale", 0.184), ("Manuel", 0.181), ("Rodney", 0.18), ("Curtis", 0.18), ("Norman", 0.177), ("Allen", 0.174), ("Marvin", 0.171), ("Vincent", 0.168), ("Glenn", 0.167), ("Jeffery", 0.166), ("Travis", 0.166), ("Jeff", 0.166), ("Chad", 0.165), ("Jacob", 0.165), ("Lee", 0.162), ("Melvin", 0.162), ("Alfred", 0.162), ("Kyle", 0.16), ("Francis", 0.16), ("Bradley", 0.159), ("Jesus", 0.155), ("Herbert", 0.155), ("Frederick", 0.154), ("Ray", 0.153), ("Joel", 0.152), ("Edwin", 0.148), ("Don", 0.145), ("Eddie", 0.144), ("Ricky", 0.141), ("Troy", 0.138), ("Randall", 0.138), ("Barry", 0.134), ("Alexander", 0.132), ("Bernard", 0.127), ("Mario", 0.125), ("Leroy", 0.125), ("Francisco", 0.124), ("Marcus", 0.124), ("Micheal", 0.123), ("Theodore", 0.123), ("Clifford", 0.123), ("Miguel", 0.122), ("Oscar", 0.122), ("Jay", 0.118), ("Jim", 0.118), ("Tom", 0.117), ("Calvin", 0.115), ("Alex", 0.115), ("Jon", 0.115), ("Ronnie", 0.113), ("Bill", 0.112), ("Lloyd", 0.112), ("Tommy", 0.112), ("Leon", 0.112), ("Derek", 0.112), ("Warren", 0.11), ("Darrell", 0.108), ("Jerome", 0.108), ("Floyd", 0.107), ("Leo", 0.106), ("Alvin", 0.105), ("Tim", 0.104), ("Wesley", 0.104), ("Gordon", 0.104), ("Dean", 0.104), ("Greg", 0.104), ("Jorge", 0.104), ("Dustin", 0.103), ("Pedro", 0.103), ("Derrick", 0.103), ("Dan", 0.101), ("Lewis", 0.099), ("Zachary", 0.099), ("Corey", 0.098), ("Herman", 0.097), ("Maurice", 0.097), ("Vernon", 0.097), ("Roberto", 0.097), ("Clyde", 0.095), ("Glen", 0.094), ("Hector", 0.094), ("Shane", 0.093), ("Ricardo", 0.093), ("Sam", 0.092), ("Rick", 0.091), ("Lester", 0.091), ("Brent", 0.09), ("Ramon", 0.09), ("Charlie", 0.09), ("Tyler", 0.089), ("Gilbert", 0.089), ("Gene", 0.087), ("Marc", 0.087), ("Reginald", 0.084), ("Ruben", 0.082), ("Brett", 0.082), ("Angel", 0.082), ("Nathaniel", 0.081), ("Rafael", 0.081), ("Leslie", 0.081), ("Edgar", 0.08), ("Milton", 0.08), ("Raul", 0.079), ("Ben", 0.078), ("Chester", 0.078), ("Cecil", 0.078), ("Duane", 0.077), ("Franklin", 0.077), ("Andre", 0.076), ("Elmer", 0.074), ("Brad", 0.073), ("Gabriel", 0.073), ("Ron", 0.072), ("Mitchell", 0.072), ("Roland", 0.072), ("Arnold", 0.072), ("Harvey", 0.072), ("Jared", 0.071), ("Adrian", 0.069), ("Karl", 0.069), ("Cory", 0.068), ("Claude", 0.068), ("Erik", 0.068), ("Darryl", 0.067), ("Jamie", 0.066), ("Neil", 0.066), ("Jessie", 0.065), ("Christian", 0.065), ("Javier", 0.065), ("Fernando", 0.065), ("Clinton", 0.065), ("Ted", 0.064), ("Mathew", 0.064), ("Tyrone", 0.064), ("Darren", 0.064), ("Lonnie", 0.064), ("Lance", 0.063), ("Cody", 0.063), ("Julio", 0.063), ("Kelly", 0.063), ("Kurt", 0.062), ("Allan", 0.061), ("Nelson", 0.061), ("Guy", 0.06), ("Clayton", 0.06), ("Hugh", 0.06), ("Max", 0.059), ("Dwayne", 0.059), ("Dwight", 0.058), ("Armando", 0.058), ("Felix", 0.058), ("Jimmie", 0.058), ("Everett", 0.057), ("Jordan", 0.056), ("Ian", 0.056), ("Wallace", 0.056), ("Ken", 0.055), ("Bob", 0.055), ("Jaime", 0.055), ("Casey", 0.054), ("Alfredo", 0.054), ("Alberto", 0.053), ("Dave", 0.053), ("Ivan", 0.053), ("Johnnie", 0.052), ("Sidney", 0.052), ("Byron", 0.052), ("Julian", 0.052), ("Isaac", 0.051), ("Morris", 0.051), ("Clifton", 0.05), ("Willard", 0.05), ("Daryl", 0.05), ("Ross", 0.05), ("Virgil", 0.049), ("Andy", 0.049), ("Marshall", 0.049), ("Salvador", 0.049), ("Perry", 0.049), ("Kirk", 0.049), ("Sergio", 0.049), ("Marion", 0.048), ("Tracy", 0.048), ("Seth", 0.048), ("Kent", 0.048), ("Terrance", 0.048), ("Rene", 0.048), ("Eduardo", 0.047), ("Terrence", 0.047), ("Enrique", 0.046), ("Freddie", 0.046), ("Wade", 0.045), ("Austin", 0.044), ("Stuart", 0.044), ("Fredrick", 0.043), ("Arturo", 0.043), ("Alejandro", 0.043), ("Jackie", 0.043), ("Joey", 0.043), ("Nick", 0.043), ("Luther", 0.043), ("Wendell", 0.042), ("Jeremiah", 0.042), ("Evan", 0.042), ("Julius", 0.042), ("Dana", 0.042), ("Donnie", 0.041), ("Otis", 0.041), ("Shannon", 0.04), ("Trevor", 0.04), ("Oliver", 0.04), ("Luke", 0.04), ("Homer", 0.04), ("Gerard", 0.04), ("Doug", 0.04), ("Kenny", 0.039), ("Hubert", 0.039), ("Angelo", 0.039), ("Shaun", 0.039), ("Lyle", 0.038), ("Matt", 0.038), ("Lynn", 0.038), ("Alfonso", 0.038), ("Orlando", 0.037), ("Rex", 0.037), ("Carlton", 0.037), ("Ernesto", 0.037), ("Cameron", 0.037), ("Neal", 0.037), ("Pablo", 0.036), ("Lorenzo", 0.036), ("Omar", 0.036), ("Wilbur", 0.036), ("Blake", 0.036), ("Grant", 0.036), ("Horace", 0.036), ("Roderick", 0.036), ("Kerry", 0.036), ("Abraham", 0.035), ("Willis", 0.035), ("Rickey", 0.035), ("Jean", 0.035), ("Ira", 0.035), ("Andres", 0.034), ("Cesar", 0.034), ("Johnathan", 0.034), ("Malcolm", 0.034), ("Rudolph", 0.034), ("Damon", 0.034), ("Kelvin", 0.034), ("Rudy", 0.034), ("Preston", 0.034), ("Alton", 0.033), ("Archie", 0.033), ("Marco", 0.033), ("Wm", 0.033), ("Pete", 0.032), ("Randolph", 0.032), ("Garry", 0.032), ("Geoffrey", 0.032), ("Jonathon", 0.032), ("Felipe", 0.032), ("Bennie", 0.032), ("Gerardo", 0.032), ("Ed", 0.032), ("Dominic", 0.032), ("Robin", 0.032), ("Loren", 0.032), ("Delbert", 0.031), ("Colin", 0.031), ("Guillermo", 0.031), ("Earnest", 0.031))  # fmt: skip
US_LAST = (("Smith", 1.006), ("Johnson", 0.81), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621), ("Davis", 0.48), ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor", 0.311), ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.31), ("White", 0.279), ("Harris", 0.275), ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254), ("Martinez", 0.234), ("Robinson", 0.233), ("Clark", 0.231), ("Rodriguez", 0.229), ("Lewis", 0.226), ("Lee", 0.22), ("Walker", 0.219), ("Hall", 0.2), ("Allen", 0.199), ("Young", 0.193), ("Hernandez", 0.192), ("King", 0.19), ("Wright", 0.189), ("Lopez", 0.187), ("Hill", 0.187), ("Scott", 0.185), ("Green", 0.183), ("Adams", 0.174), ("Baker", 0.171), ("Gonzalez", 0.166), ("Nelson", 0.162), ("Carter", 0.162), ("Mitchell", 0.16), ("Perez", 0.155), ("Roberts", 0.153), ("Turner", 0.152), ("Phillips", 0.149), ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141), ("Edwards", 0.137), ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.13), ("Morris", 0.125), ("Rogers", 0.123), ("Reed", 0.122), ("Cook", 0.12), ("Morgan", 0.118), ("Bell", 0.117), ("Murphy", 0.117), ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper", 0.113), ("Richardson", 0.112), ("Cox", 0.11), ("Howard", 0.11), ("Ward", 0.108), ("Torres", 0.108), ("Peterson", 0.107), ("Gray", 0.106), ("Ramirez", 0.105), ("James", 0.105), ("Watson", 0.103), ("Brooks", 0.103), ("Kelly", 0.102), ("Sanders", 0.1), ("Price", 0.099), ("Bennett", 0.099), ("Wood", 0.098), ("Barnes", 0.097), ("Ross", 0.096), ("Henderson", 0.095), ("Coleman", 0.095), ("Jenkins", 0.095), ("Perry", 0.094), ("Powell", 0.093), ("Long", 0.092), ("Patterson", 0.092), ("Hughes", 0.092), ("Flores", 0.092), ("Washington", 0.092), ("Butler", 0.091), ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales", 0.087), ("Bryant", 0.087), ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084), ("Diaz", 0.084), ("Hayes", 0.083), ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082), ("Graham", 0.082), ("Sullivan", 0.081), ("Wallace", 0.081), ("Woods", 0.08), ("Cole", 0.08), ("West", 0.08), ("Jordan", 0.078), ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077), ("Ellis", 0.077), ("Harrison", 0.076), ("Gibson", 0.075), ("McDonald", 0.075), ("Cruz", 0.075), ("Marshall", 0.075), ("Ortiz", 0.075), ("Gomez", 0.075), ("Murray", 0.074), ("Freeman", 0.074), ("Wells", 0.073), ("Webb", 0.072), ("Simpson", 0.07), ("Stevens", 0.07), ("Tucker", 0.07), ("Porter", 0.069), ("Hunter", 0.069), ("Hicks", 0.069), ("Crawford", 0.068), ("Henry", 0.068), ("Boyd", 0.068), ("Mason", 0.068), ("Morales", 0.067), ("Kennedy", 0.067), ("Warren", 0.067), ("Dixon", 0.066), ("Ramos", 0.066), ("Reyes", 0.066), ("Burns", 0.065), ("Gordon", 0.065), ("Shaw", 0.065), ("Holmes", 0.065), ("Rice", 0.064), ("Robertson", 0.064), ("Hunt", 0.063), ("Black", 0.063), ("Daniels", 0.062), ("Palmer", 0.062), ("Mills", 0.061), ("Nichols", 0.06), ("Grant", 0.06), ("Knight", 0.06), ("Ferguson", 0.059), ("Rose", 0.059), ("Stone", 0.059), ("Hawkins", 0.059), ("Dunn", 0.058), ("Perkins", 0.058), ("Hudson", 0.058), ("Spencer", 0.057), ("Gardner", 0.057), ("Stephens", 0.057), ("Payne", 0.057), ("Pierce", 0.056), ("Berry", 0.056), ("Matthews", 0.056), ("Arnold", 0.056), ("Wagner", 0.055), ("Willis", 0.055), ("Ray", 0.055), ("Watkins", 0.055), ("Olson", 0.055), ("Carroll", 0.055), ("Duncan", 0.055), ("Snyder", 0.055), ("Hart", 0.054), ("Cunningham", 0.054), ("Bradley", 0.054), ("Lane", 0.054), ("Andrews", 0.054), ("Ruiz", 0.054), ("Harper", 0.054), ("Fox", 0.053), ("Riley", 0.053), ("Armstrong", 0.053), ("Carpenter", 0.053), ("Weaver", 0.053), ("Greene", 0.053), ("Lawrence", 0.052), ("Elliott", 0.052), ("Chavez", 0.052), ("Sims", 0.052), ("Austin", 0.052), ("Peters", 0.052), ("Kelley", 0.052), ("Franklin", 0.051), ("Lawson", 0.051), ("Fields", 0.051), ("Gutierrez", 0.051), ("Ryan", 0.051), ("Schmidt", 0.051), ("Carr", 0.051), ("Vasquez", 0.051), ("Castillo", 0.051), ("Wheeler", 0.051), ("Chapman", 0.05), ("Oliver", 0.05), ("Montgomery", 0.049), ("Richards", 0.049), ("Williamson", 0.049), ("Johnston", 0.049), ("Banks", 0.048), ("Meyer", 0.048), ("Bishop", 0.048), ("McCoy", 0.048), ("Howell", 0.048), ("Alvarez", 0.048), ("Morrison", 0.048), ("Hansen", 0.047), ("Fernandez", 0.047), ("Garza", 0.047), ("Harvey", 0.047), ("Little", 0.046), ("Burton", 0.046), ("Stanley", 0.046), ("Nguyen", 0.046), ("George", 0.046), ("Jacobs", 0.046), ("Reid", 0.046), ("Kim", 0.045), ("Fuller", 0.045), ("Lynch", 0.045), ("Dean", 0.045), ("Gilbert", 0.045), ("Garrett", 0.045), ("Romero", 0.045), ("Welch", 0.044), ("Larson", 0.044), ("Frazier", 0.044), ("Burke", 0.044), ("Hanson", 0.043), ("Day", 0.043), ("Mendoza", 0.043), ("Moreno", 0.043), ("Bowman", 0.043), ("Medina", 0.042), ("Fowler", 0.042), ("Brewer", 0.042), ("Hoffman", 0.042), ("Carlson", 0.042), ("Silva", 0.042), ("Pearson", 0.042), ("Holland", 0.042), ("Douglas", 0.041), ("Fleming", 0.041), ("Jensen", 0.041), ("Vargas", 0.041), ("Byrd", 0.041), ("Davidson", 0.041), ("Hopkins", 0.041), ("May", 0.04), ("Terry", 0.04), ("Herrera", 0.04), ("Wade", 0.04), ("Soto", 0.04), ("Walters", 0.04), ("Curtis", 0.04), ("Neal", 0.039), ("Caldwell", 0.039), ("Lowe", 0.039), ("Jennings", 0.039), ("Barnett", 0.039), ("Graves", 0.039), ("Jimenez", 0.039), ("Horton", 0.039), ("Shelton", 0.039), ("Barrett", 0.039), ("O'Brien", 0.039), ("Castro", 0.039), ("Sutton", 0.038), ("Gregory", 0.038), ("McKinney", 0.038), ("Lucas", 0.038), ("Miles", 0.038), ("Craig", 0.038), ("Rodriquez", 0.037), ("Chambers", 0.037), ("Holt", 0.037), ("Lambert", 0.037), ("Fletcher", 0.037), ("Watts", 0.037), ("Bates", 0.037), ("Hale", 0.037), ("Rhodes", 0.037), ("Pena", 0.037), ("Beck", 0.037), ("Newman", 0.036), ("Haynes", 0.036), ("McDaniel", 0.036), ("Mendez", 0.036), ("Bush", 0.036), ("Vaughn", 0.036), ("Parks", 0.035), ("Dawson", 0.035), ("Santiago", 0.035), ("Norris", 0.035), ("Hardy", 0.035), ("Love", 0.035), ("Steele", 0.035), ("Curry", 0.035), ("Powers", 0.035), ("Schultz", 0.035), ("Barker", 0.035), ("Guzman", 0.034), ("Page", 0.034), ("Munoz", 0.034), ("Ball", 0.034), ("Keller", 0.034), ("Chandler", 0.034), ("Weber", 0.034), ("Leonard", 0.034), ("Walsh", 0.033), ("Lyons", 0.033), ("Ramsey", 0.033), ("Wolfe", 0.033), ("Schneider", 0.033), ("Mullins", 0.033), ("Benson", 0.033), ("Sharp", 0.033), ("Bowen", 0.033), ("Daniel", 0.033), ("Barber", 0.032), ("Cummings", 0.032), ("Hines", 0.032), ("Baldwin", 0.032), ("Griffith", 0.032), ("Valdez", 0.032), ("Hubbard", 0.032), ("Salazar", 0.032), ("Reeves", 0.032), ("Warner", 0.031), ("Stevenson", 0.031), ("Burgess", 0.031), ("Santos", 0.031), ("Tate", 0.031), ("Cross", 0.031), ("Garner", 0.031), ("Mann", 0.031), ("Mack", 0.031), ("Moss", 0.031), ("Thornton", 0.031), ("Dennis", 0.031), ("McGee", 0.031), ("Farmer", 0.03), ("Delgado", 0.03), ("Aguilar", 0.03), ("Vega", 0.03), ("Glover", 0.03), ("Manning", 0.03), ("Cohen", 0.03), ("Harmon", 0.03), ("Rodgers", 0.03), ("Robbins", 0.03), ("Newton", 0.03), ("Todd", 0.03), ("Blair", 0.03), ("Higgins", 0.03), ("Ingram", 0.03), ("Reese", 0.03), ("Cannon", 0.03), ("Strickland", 0.03), ("Townsend", 0.03), ("Potter", 0.03), ("Goodwin", 0.03), ("Walton", 0.03), ("Rowe", 0.029), ("Hampton", 0.029), ("Ortega", 0.029), ("Patton", 0.029), ("Swanson", 0.029), ("Joseph", 0.029), ("Francis", 0.029), ("Goodman", 0.029), ("Maldonado", 0.029), ("Yates", 0.029), ("Becker", 0.029), ("Erickson", 0.029), ("Hodges", 0.029), ("Rios", 0.029), ("Conner", 0.029), ("Adkins", 0.029), ("Webster", 0.028), ("Norman", 0.028), ("Malone", 0.028), ("Hammond", 0.028), ("Flowers", 0.028), ("Cobb", 0.028), ("Moody", 0.028), ("Quinn", 0.028), ("Blake", 0.028), ("Maxwell", 0.028), ("Pope", 0.028), ("Floyd", 0.027), ("Osborne", 0.027), ("Paul", 0.027), ("McCarthy", 0.027), ("Guerrero", 0.027), ("Lindsey", 0.027), ("Estrada", 0.027), ("Sandoval", 0.027), ("Gibbs", 0.027), ("Tyler", 0.027), ("Gross", 0.027), ("Fitzgerald", 0.027), ("Stokes", 0.027), ("Doyle", 0.027), ("Sherman", 0.027))  # fmt: skip

# --- Sweden (SCB rank order, all bearers; hyphenated given names are one name) ---
SV_WOMEN = """
Maria Elisabeth Anna Kristina Margareta Eva Linnéa Karin Birgitta Marie Ingrid Sofia Emma
Christina Kerstin Sara Lena Helena Ingegerd Johanna Inger Marianne Elin Ida Louise Viktoria Hanna
Susanne Ulla Linda Matilda Gunilla Elsa Monica Ann Malin Astrid Anita Katarina Camilla Ebba
Carina Amanda Julia Åsa Irene Alice Barbro Gun Sofie Ulrika Anneli Charlotte Therese Agneta
Cecilia Ellen Frida Emelie Madeleine Lisa Caroline Jenny Maja Siv Britt Annika Elisabet Ingela
Berit Yvonne Gunnel Sandra Jessica Josefin Ewa Lovisa Wilma Ella Klara Olivia Alva Saga Felicia
Moa Emilia Rebecka Helen Ingeborg Britta Anette Annelie Maj Greta Elvira Agnes Margit Gudrun
Märta Alexandra Jeanette Mona Gerd Marina Petra Pia Mikaela Sonja Tove Isabelle Erika Nathalie
Lina Vera Stina Signe Hedvig Ronja Tuva Ester Tilda Nellie Vanessa Elina Gunhild Solveig Viola
Ruth Jennie Maud Pernilla Katrin Veronica Ann-Marie Carin Lilian Marita Gunvor Ann-Christin
Anna-Karin Mariana Ingalill Marlene Ylva Sigrid Liv Selma Nora Thea Siri Linn Tyra Emelia
Jasmine Beatrice Freja Majken Elna Svea Asta Dagny Edit Gertrud Hjördis Inga Lillemor Marit Mia
Mimmi My Ottilia Rakel Stella Tekla Tindra Vilma Idun Embla Juni Lova Leia Minna Elise Alma
Hilda Hilma Iris Ines Judit Lea Livia Melissa Mira Nadja Novalie Olga Paula Petronella Ragnhild
Rut Sanna Selina Sigbritt Siw Sylvia Tina Tora Tuula Ulrica Vivianne Yasmin Zara Adele
Agda Aina Alicia Amelie Ann-Sofie Anne Annette Annie Antonia Ariana Bodil Carola Catharina
Charlotta Clara Dagmar Dorotea Edla Eira Eleonora Elise Ellinor Elly Elsy Emmy Erica Eivor
Estelle Evelina Fanny Filippa Gabriella Gisela Gullan Gunbritt Gunn Hannele Harriet Hedda
Helga Helene Henrietta Hillevi Ina Inga-Lill Ingrid-Marie Irma Isa Jane Jeanna Jill Josefine
Kajsa Karolina Kim Kristin Laila Lena-Maria Lilly Linnea Lisbeth Lotta Lydia Magdalena Majvor
Malva Margaretha Marielle Mariette Marika Marta Mathilda Maud Meja Merja Mikaela Milla Moira
Molly Nanna Nelly Nicole Noomi Norah Ofelia Pauline Rebecca Regina Rigmor Rosa Rosita Sally
Sabina Signhild Simone Sissela Solvig Susann Svanhild Therése Tora Ulla-Britt Ursula Valborg
Vendela Viveka Wendela Yvette Åse Ingegärd Gun-Britt Eva-Lena Maj-Britt Anna-Lena Ann-Louise
Kerstin-Maria Inga-Britt Siv-Marie Britt-Marie Rose-Marie Ann-Mari Lise-Lotte
Alida Augusta Benita Cajsa Elfrida Ellie Elvy Emy Frideborg Gulli Gunlög Hilde Jenna Johanne Karolin Lillie Lovis Majlis Malena Mariella Minnie Naemi Nina Ninni Oda Rosalie Sigyn Solbritt Sunniva Sylvi Turid Vilhelmina Vilda Vivi Yrsa Britt-Inger Siv-Britt Gunnel-Maria Dorit Elsebeth
"""
SV_MEN = """
Lars Karl Anders Johan Per Nils Carl Mikael Erik Jan Lennart Hans Olof Peter Gunnar Sven
Fredrik Bengt Bo Daniel Gustav Åke Göran Alexander Magnus Martin Stefan Andreas Leif John Ulf
Mats Thomas Jonas Bertil Arne Christer Kjell Henrik Ingemar Oskar Axel Stig Håkan Rolf Tommy
Emil Kent Roger Björn Marcus Mattias Anton Patrik Rune Viktor Tomas Kenneth Robert Sebastian
Simon Niklas Hugo Christian David Filip Jakob Olle Joakim Gustaf Wilhelm Johannes Oscar Jörgen
Elias Adam Ove Rickard Jesper Torbjörn Lucas William Isak Tobias Lukas Ludvig Kurt Claes Roland
Dan Urban Gösta Sten Holger Vilhelm Edvin Albin Linus Rasmus Theodor Ivar Harald Jonathan
Ragnar Sune Allan Tore Eric Alf Conny Folke Elof Rolf Kristoffer Christoffer Felix Max Valter
Leo Alfred Josef Ebbe Melvin Vincent Kevin Dennis Robin Jimmy Pontus Benjamin Viggo Samuel Liam
Noah Gabriel Arvid Birger Ingvar Torsten Yngve Lage Einar Sixten Sigvard Evert Per-Olof
Lars-Erik Karl-Erik Jan-Erik Per-Erik Sven-Erik Nils-Erik Lars-Göran Carl-Johan Hans-Erik
Bror Kalle Eskil Hampus Hannes Helmer Hilding Ingmar Joel Jonny Kaj Knut Lage Lennie Loke
Malte Matteus Melker Mohammad Nicklas Nikolas Noel Otto Petter Ragnvald Reine Rikard Sam Set
Sigge Stellan Sture Tage Ted Tim Tor Ture Uno Valdemar Vidar Ville Waldemar Wilmer Adrian
Albert Alvar Algot Ali Alve Anders-Petter Arnold Aron Artur Assar Benny Berndt Bernt Bill
Boris Casper Charlie Colin Conrad Douglas Edgar Edward Egon Eilert Eino Elis Elliot Elmer
Emanuel Enar Erland Esbjörn Fabian Frank Frans Fritiof Georg Gert Glenn Gottfrid Greger Gustav-Adolf
Halvar Harry Helge Henning Henry Herbert Hjalmar Ingvald Isac Ivan Jack Jacob Jens Jim Jon
Julius Kasper Kenny Kim Klas Krister Lasse Lave Leon Levi Love Ludwig Malcolm Marko
Mauritz Mika Milo Morgan Morris Nils-Olof Ola Ossian Otto-Karl Patric Paul Pelle Pierre
Ralf Reinhold Ronny Rudolf Ruben Sander Severin Sivert Staffan Svante Sverker Teodor
Thorsten Thure Tony Torgny Torvald Ulrik Valentin Vilgot Vilmer Wiktor Yusuf Östen Örjan
Kjell-Åke Lars-Olof Per-Anders Bengt-Göran Karl-Gustav Jan-Olof Sven-Olof
Alarik Alexis Ambjörn Anselm Atle Aston Carlo Dag Dick Elving Erling Evald Gillis Gunder Hadar Hemming Hilmer Hjalte Ingolf Isidor Jarl Joar Josua Julian Kasimir Konrad Kristian Leander Lorentz Manne Mio Mons Natanael Nore Odd Orvar Osvald Philip Rurik Rutger Sakarias Sigurd Sölve Tryggve Tycho Vide Gunne Kennet Lars-Åke Per-Åke Bo-Göran Sven-Åke
"""
SV_SURNAMES = """
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson
Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed Engström Eklund
Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Fransson
Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström
Mårtensson Lundström Ahmed Viklund Björklund Eliasson Pålsson Hassan Berggren Sandström Lund
Nordin Ström Åberg Hermansson Ekström Holmgren Sundberg Hedlund Dahlberg Hellström Sjögren
Abrahamsson Falk Öberg Andreasson Blom Månsson Ek Strand Jonasson Åkesson Dahl Martinsson
Hedberg Sundström Ibrahim Nordqvist Norberg Jensen Mohamed Lindholm Hussein Lindblom Ekman
Johnsson Holmqvist Sundqvist Nordlund Söderström Östlund Wallén Berntsson Hedström Omar
Kristiansson Lindell Lilja Sjöström Lindahl Bergh Ericsson Karlberg Nordberg Lundell Hägglund
Sundin Engman Åström Ahlberg Eklöf Löfberg Nordgren Öhman Strömberg Ekberg Mattson Palm
Holmström Bäckström Carlsson Jacobsson Rosén Lindén Kjellberg Lundmark Wiberg Ekholm Forslund
Skoglund Ahmadi Englund Östman Hall Håkansson Åkerlund Sandin Sjödin Lindkvist Hedman Nyman
Björkman Vikström Petersson Sahlin Stenberg Westerberg Borg Löfström Wahlström Granberg
Göransson Ottosson Aronsson Stenström Friberg Hagström Söderlund Nordlander Bergkvist Lindroth
Grahn Moberg Nyholm Malm Rydberg Zetterberg Alm Boström Edlund Ekvall Fors Hellberg Ivarsson
Kvist Larsen Lindmark Norén Rask Sandell Sjölund Sundell Tell Unger Wahlberg Wennberg Åkerman
Adolfsson Ahlgren Almqvist Alvarsson Appelqvist Backman Backlund Bengtsdotter Blomberg Bodin
Bolin Brandt Broberg Bylund Dahlgren Dahlin Edberg Edström Ehn Ekblad Ekelund Ekwall Elofsson
Emanuelsson Engberg Engdahl Enström Ernstsson Eskilsson Fagerberg Fagerström Fogelberg Forsgren
Forsman Frisk Fält Granlund Grönberg Gyllenhammar Haglund Hammar Hedin Hellgren Hjalmarsson
Holst Hultgren Hultman Höglund Isberg Jakobsen Jarl Jeppsson Josefsson Kallin Kihlberg
Klingberg Knutsson Kullberg Lagerqvist Lantz Liljeqvist Lindbäck Lindvall Ljung Ljungberg
Ljungqvist Lundh Lönn Löwenhielm Magnér Malmberg Malmqvist Modin Mörk Neander Nord Norling
Nyqvist Olausson Palmqvist Pettersén Quist Ragnarsson Rehn Roos Rudberg Runesson Rydén
Sandqvist Schön Sigfridsson Sjökvist Skog Stark Sterner Strid Ståhl Svärd Svedberg Söder Thor
Thorén Thulin Tornberg Torstensson Vallin Wadman Wall Wennerström Westin Westman Widén Wikander
Wikman Wilhelmsson Zackrisson Åhman Åslund Öhrn Östberg Österberg Fröberg Grip Hök Kling
Lejon Mjöberg Nordenskiöld Oxenstierna von_Platen af_Klercker De_Geer von_Essen Gyllenstierna
Lewenhaupt Bonde Sparre Stiernstedt Hamilton Leijonhufvud Wrede Horn Cederström Adlercreutz
Ahlström Alfredsson Almgren Andersén Berglöf Blomgren Boman Byström Carlberg Dahlqvist Ekdahl Eldh Fahlén Flodin Franzén Gradin Hallberg Hedqvist Hellman Hjelm Holmlund Hylander Jernberg Kronberg Lagerström Lidén Lindblad Ljunggren Lundholm Marklund Melin Nordahl Nyblom Olander Pihl Rosenberg Sandgren Selander Sjöholm Stenlund Strömqvist Sund Svahn Söderqvist Tengvall Wahlgren Wikberg Åkerström Öquist
"""

# --- United Kingdom (ONS rank order) ---
UK_WOMEN = """
Sarah Emma Claire Laura Rebecca Nicola Rachel Lisa Amy Emily Charlotte Jessica Hannah Lauren
Sophie Katie Gemma Louise Helen Susan Karen Elizabeth Jennifer Victoria Samantha Joanne Michelle
Kelly Amanda Julie Stephanie Jane Catherine Caroline Olivia Chloe Lucy Grace Ellie Megan Holly
Georgia Amelia Jade Natalie Kirsty Zoe Deborah Tracey Dawn Alison Margaret Patricia Mary Linda
Christine Janet Sandra Carol Pauline Wendy Angela Jacqueline Lynn Gillian Anne Sharon Donna
Kerry Leanne Joanna Kathryn Fiona Heather Lindsay Suzanne Jenny Isabella Ava Mia Isla Poppy
Evie Freya Ruby Lily Daisy Phoebe Millie Sophia Abigail Eleanor Harriet Alice Florence Matilda
Imogen Scarlett Erin Bethany Danielle Abbie Kayleigh Jodie Hayley Stacey Natasha Kimberley
Rosie Eva Ella Maisie Molly Caitlin Anna Kate Lydia Paige Shannon Nicole Leah Jasmine Naomi
Beth Elaine Maureen Valerie Brenda Barbara Sheila Joan Dorothy Irene Jean Doreen Shirley
Marion Sylvia Kathleen Eileen Vera Audrey Beryl Hazel Rita Marjorie Gwen Elsie Gladys Doris
Evelyn Edith Violet Nora Mabel Ivy Winifred Olive Lilian Hilda Muriel Vivienne Yvonne Diane
Judith Sally Jill Ruth Lesley Teresa Frances Rosemary Josephine Maxine Denise Lorraine Bernadette
Geraldine Marie Carole Tina Debbie Mandy Joy Sonia Rhiannon Bronwen Siobhan Niamh Aoife Morag
Kirstie Lorna Ailsa Catriona Iona Eilidh Skye Mhairi Gwyneth Ceri Cerys Nia Ffion Seren Carys
Tegan Ayesha Amira Aisha Fatima Zainab Maryam Priya Anjali Simran Harpreet Gurpreet Nadia Roxanne
Tamsin Verity Henrietta Philippa Camilla Arabella Tabitha Octavia Clementine Esme Beatrix Ottilie
Elodie Thea Aurora Maya Willow Ivy Luna Nancy Orla Sienna Bonnie Hollie Jasmin Tilly
"""
UK_MEN = """
David John Michael Paul Andrew Mark James Richard Peter Robert Stephen Christopher Daniel Thomas
Matthew Simon Ian Steven Gary Martin Anthony Jonathan Kevin Darren Lee Neil Craig Jason Wayne
Stuart Scott Adam Alan Philip Graham Colin Keith Nicholas Timothy Benjamin Samuel Luke Ryan
Jack Oliver Harry William George Joshua Charlie Thomas Jacob Alfie Oscar Joseph Edward Henry
Ethan Callum Liam Connor Jamie Kieran Dean Shaun Carl Gavin Barry Trevor Brian Kenneth Derek
Roy Terence Dennis Raymond Malcolm Gordon Roger Geoffrey Clive Nigel Russell Duncan Ross Fraser
Alistair Gareth Rhys Owen Dylan Aled Dafydd Huw Gethin Iwan Cian Ciaran Declan Sean Patrick
Brendan Niall Conor Ewan Euan Callan Finlay Angus Hamish Murray Lewis Reece Aaron Nathan Bradley
Jordan Tyler Kyle Jake Max Archie Leo Freddie Arthur Theo Noah Muhammad Mohammed Ali Hassan
Arjun Rohan Ravi Sanjay Rajesh Amit Harpreet Gurdeep Imran Tariq Bilal Usman Zain Adil Kwame
Kofi Tunde Chinedu Emeka Marcus Dominic Sebastian Rupert Hugo Felix Toby Jasper Rory Ralph
Hector Barnaby Giles Crispin Tristan Percy Archibald Albert Frederick Harold Stanley Ernest
Leonard Walter Frank Arthur Alfred Sidney Herbert Cyril Percival Norman Douglas Leslie Eric
Donald Ronald Dennis Gerald Bernard Maurice Victor Vincent Howard Glenn Lloyd Dale Elliot Reuben
Louis Elliott Zachary Isaac Caleb Gabriel Harrison Mason Logan Riley Finley Tommy Frankie
Teddy Reggie Stanley Ronnie Sonny Alexander Anton Rowan Spencer Warren Ashley Robin Gregory
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
Bradley Spencer Gill Dawson Ball Burton O'Brien Watts Rose Booth Perry Ryan Grant Wells Armstrong
Francis Rees Hayes Hart Hudson Newman Barrett Webster Hunter Gregory Carr Lowe Page Marsh Riley
Dunn Woods Parsons Berry Stone Reid Holland Hawkins Harding Porter Robertson Newton Oliver Reed
Kennedy Williamson Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry Burgess Bishop
Walton Burns Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls Hamilton Byrne Sutton
McDonald Yates Hodgson Robson Curtis Hopkins O'Connor Harper Coleman Watkins Moss McCarthy
Chambers O'Neill Griffin Sharp Hardy Wheeler Potter Osborne Johnston Gordon Doyle Wallace George
Jordan Hutchinson Rowe Burke May Pritchard Gilbert Willis Higgins Read Miles Stevenson
Stephenson Hammond Arnold Buckley Walters Hewitt Barber Nelson Slater Austin Sullivan
Whitehead Mann Frost Lambert Stephens Blake Akhtar Lynch Goodwin Barton Woodward Thomson
Cunningham Quinn Barnett Baxter Bibi Clayton Nash Greenwood Jennings Holt Kemp Poole Gallagher
Bond Stokes Tucker Davidson Fowler Heath Norman Middleton Lawson Banks French Stanley Jarvis
Gibbs Ferguson Hayward Carroll Douglas Dickinson Todd Barlow Peters Lucas Knowles Hartley
Miah Simmons Morton Alexander Field Morrison Norris Townsend Preston Hancock Thornton Baldwin
Burrows Briggs Storey Pickering Sheppard Bryant Kaye Glover Kirby Lamb Whittaker Ashton Dobson
Fenwick Pemberton Ramsbottom Entwistle Higginbotham Ackroyd Sowerby Threlfall Llewellyn Pugh
Prosser Vaughan Bowen Jenkinson Cadwallader Gwilliam MacLeod MacKenzie Fraser Sinclair Munro
Sutherland McIntyre Drummond Urquhart Kerr Crawford Mackay Grieve Ogilvie Buchanan Rahman Uddin
Chowdhury Sharma Mistry Chauhan Parmar Sandhu Dhillon Nguyen Chen Wong Okafor Mensah Adeyemi
Boateng Asante Fernandes D'Souza Pereira Kowalski Nowak Fitzgerald Devlin McLaughlin Brennan
Docherty Hegarty Kavanagh Whelan Costello Mulligan Fairclough Halliwell Fotheringham Featherstone
Aldridge Blackwell Cartwright Fairbairn Hargreaves Kettering Lockwood Merriweather Pennington
Rawlinson Southgate Thistlethwaite Wainwright Winterbottom Yardley
"""

# --- Origins common in Sweden: the commonest names, 1/rank, head 10 ---
FINNISH = (
    "Marja Anneli Tuula Riitta Pirjo Sirpa Päivi Leena Eeva Hannele Kaarina Tarja Liisa Anja Ritva Maija Satu Sari Merja Seija Raija Tiina Aino Kirsi Helvi Aili Terttu Irja Heli Minna",
    "Juha Timo Matti Kari Mikko Jari Antti Pekka Jukka Markku Heikki Seppo Hannu Esa Veikko Pentti Kalevi Tapio Ilkka Raimo Risto Jorma Erkki Petri Janne Tuomas Ville Aki Arto Eino",
    "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hiltunen Kallio Leinonen Pelkonen Väisänen",
)
ARABIC = (  # Iraq, Syria, Lebanon, Palestine; Assyrian/Syriac names among them
    "Fatima Maryam Zainab Noor Sara Layla Amal Rana Huda Aya Hiba Rasha Yasmin Nour Hala Dima Lina Reem Salma Samira Shamiram Nahrin Ninva Suad Widad Rima Ghada Maha Lamia Basma",
    "Mohammed Ahmed Ali Hassan Hussein Omar Mustafa Khaled Yousef Ibrahim Abdullah Mahmoud Karim Samir Ammar Ziad Rami Haidar Saad Bassam Tariq Firas Jamal Sargon Ninos Gabriel Yacoub Aziz Shamoun Hanna Elias Fadi Ayad Munir",
    "Ali Mohammed Ahmed Hassan Hussein Ibrahim Abdullah Saleh Khalil Mahmoud Jaber Al-Hashimi Al-Obaidi Haddad Nasser Younes Kassab Al-Saadi Abbas Jawad Kareem Shamoun Barsoum Yousef Saliba Isho Odisho Khoshaba Benyamin Malki Aho Gabro Sawa Hanna Daoud Al-Jubouri Al-Tamimi",
)
SOMALI = (
    "Fadumo Hodan Amina Sahra Hawa Asha Ayan Ifrah Nasra Deqa Sagal Hibo Halima Maryan Khadra Filsan Ubah Shukri Nimco Ladan Sucaad Idil Ruqiya Hamdi",
    "Abdi Mohamed Ahmed Abdirahman Abdullahi Hassan Ali Omar Yusuf Mahad Liban Abdiaziz Hamza Ismail Farah Guled Said Khalid Jama Bashir Abdiqani Mukhtar Sakariye Warsame",
    "Mohamed Ahmed Ali Hassan Abdi Omar Farah Warsame Hussein Osman Jama Abdullahi Nur Ismail Yusuf Aden Mohamud Elmi Dahir Egal Hirsi Duale Abdulle Isse Gedi Shire Samatar",
)
POLISH = (
    "Anna Katarzyna Maria Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Elżbieta Joanna Aleksandra Monika Zofia Teresa Danuta Natalia Karolina Marta Beata Dorota Justyna Jolanta Iwona Grażyna Urszula Halina Bożena",
    "Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Jakub Adam Stanisław Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Jerzy Kamil Maciej Rafał Robert Józef Sławomir Przemysław Bartłomiej Kacper",
    "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Stępień Malinowski Jaworski Adamczyk Dudek Nowicki Pawlak Górski Witkowski Walczak Sikora Czarnecki Zawadzki Sokołowski",
)
PERSIAN = (
    "Maryam Fatemeh Zahra Sara Neda Shirin Parisa Leila Mina Nasrin Roya Azadeh Mahsa Shadi Farzaneh Golnaz Parvin Soheila Tara Nazanin Samira Elham Mitra Niloufar Bahareh",
    "Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Majid Behzad Farhad Babak Dariush Kaveh Arash Omid Ramin Kourosh Payam Nima Pejman Siavash Mehran Shahram Bijan",
    "Mohammadi Hosseini Ahmadi Rezaei Moradi Karimi Jafari Rahimi Hashemi Mousavi Sadeghi Ghorbani Heidari Kazemi Rostami Akbari Azizi Najafi Ebrahimi Amini Sharifi Tehrani Shirazi Esfahani Nazari Bagheri Farahani Yazdani Nikpour Safavi",
)
BCS = (  # Bosnian, Serbian, Croatian
    "Amra Emina Amela Selma Lejla Azra Jasmina Maja Ana Marija Ivana Jelena Dragana Snežana Mirela Sanela Aida Alma Edina Senada Vesna Milica Nermina Merima Dijana Mirsada",
    "Amir Emir Adnan Edin Mirza Senad Admir Nermin Haris Damir Dragan Zoran Goran Nikola Marko Ivan Stefan Miloš Nenad Dejan Kenan Jasmin Almir Elvis Tarik Esad Zlatan",
    "Hodžić Hadžić Kovačević Begić Delić Mehmedović Hasanović Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Horvat Kovačić Babić Marić Jurić Novak Knežević Popović Mujić Salihović Omerović Husić Alić Softić Čaušević Halilović Ibrahimović Imamović Karić Pavlović Lukić Tomić",
)
TURKISH = (
    "Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hülya Özlem Esra Derya Gül Dilek Büşra Merve Sevgi Nur Aylin Songül Yasemin Ebru Gülay",
    "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah Mahmut Salih Kemal Recep Emre Burak Serkan Cem Volkan",
    "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Özer Korkmaz Erdoğan Aksoy Güler Tekin Ünal",
)
KURDISH = (
    "Rojin Berivan Dilan Zilan Nazdar Shilan Avin Rezan Jiyan Hevi Narin Bahar Gulistan Shirin Nasrin Leyla Kajal Helin Roza Dilvin Sozdar",
    "Rebwar Karwan Hawar Aram Dilshad Kawa Azad Soran Shwan Sherko Baran Rojhat Serdar Hemin Zana Dara Bakhtiyar Nechirvan Kamal Hiwa Diyar Botan Ciwan Ari",
    "Ahmad Mohammad Rashid Hassan Aziz Karim Mahmoud Hussein Amin Omer Qadir Rasul Ismail Salih Abdulla Faraj Mustafa Hama Bakr Zebari Doski Kurdi Botani Amedi Jaf Sindi Barzinji",
)
ERITREAN = (  # the father's given name serves as surname
    "Helen Senait Selam Mehret Yordanos Saba Hiwet Tsega Freweini Semhar Luwam Rahel Eden Ruta Winta Helina Feven Yohana Abeba Mebrat",
    "Yonas Daniel Samuel Tesfay Mehari Yemane Dawit Kidane Habte Berhane Tekle Amanuel Filmon Robel Semere Henok Efrem Michael Goitom Tesfalem",
    "Tesfay Ghebremedhin Haile Tekle Berhane Kidane Habte Gebremichael Mehari Asmerom Ghebreyesus Woldu Negash Tesfamariam Andemariam Yohannes Mengisteab Abraha Kahsay Tewolde",
)
AFGHAN = (
    "Fatima Maryam Zahra Shabnam Farishta Mursal Nilofar Zarghona Malalai Roya Freshta Marwa Hosai Nazifa Parwana Soraya Laila Sadia Mahbooba Gulalai",
    "Mohammad Ahmad Ali Abdul Mustafa Hamid Rahim Karim Najib Farid Wahid Javid Sayed Masoud Hekmat Rahmatullah Habib Jawad Mujtaba Reza Sohrab Shafiq Naveed Zabihullah Mahdi",
    "Ahmadi Hussaini Rahimi Mohammadi Karimi Hakimi Noori Sultani Azimi Stanikzai Popal Wardak Jalali Safi Amiri Rezaie Haidari Sadat Nazari Yousufzai Qaderi Rasuli Hashimi Mirzaei",
)
THAI = (
    "Malee Supaporn Wanida Pranee Somsri Nittaya Kanya Sunisa Porntip Ratana Jintana Lamai Siriwan Pornpimol Araya Suda Wipawee Duangjai Kannika Orawan Siriporn Nongnuch",
    "Somchai Somsak Prasert Sakda Anan Boonmee Chaiwat Thanawat Kittisak Surachai Wichai Niran Pichai Sombat Nattapong Apichat Somporn",
    "Saelee Srisuk Wongsawat Chaiyaporn Boonyarat Suwannarat Kaewkham Phromma Sukprasert Thongchai Rattanakorn Jaidee Sangthong Intharasuk Kongkaew Pongsiri Chanthawong Somboon Thongdee Wongchai",
)
LATIN = (  # Chile first, then Latin America at large; two surnames are usual
    "María Carolina Claudia Paula Camila Valentina Javiera Francisca Daniela Catalina Constanza Fernanda Andrea Patricia Verónica Gabriela Alejandra Marcela Ximena Lorena Paola Natalia Soledad Isabel",
    "José Juan Carlos Luis Jorge Francisco Pablo Cristián Rodrigo Felipe Sebastián Matías Diego Manuel Miguel Alejandro Claudio Patricio Mauricio Gonzalo Ricardo Andrés Tomás Nicolás Héctor",
    "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Ramírez Reyes Gutiérrez Castro Vargas Álvarez Vásquez Tapia Fernández Sánchez Carrasco Gómez Cortés Herrera Núñez Jara Vergara Rivera Figueroa",
)
UKRAINIAN = (
    "Olena Iryna Tetiana Nataliia Oksana Yuliia Kateryna Svitlana Anastasiia Maryna Halyna Liudmyla Viktoriia Olha Daria Sofiia Alina Khrystyna Larysa Valentyna",
    "Oleksandr Serhii Andrii Volodymyr Dmytro Mykola Oleh Vasyl Ivan Yurii Viktor Ihor Maksym Bohdan Taras Roman Vitalii Artem Denys Yevhen",
    "Melnyk Shevchenko Kovalenko Bondarenko Boiko Tkachenko Kravchenko Kovalchuk Koval Oliinyk Shevchuk Polishchuk Tkachuk Savchenko Bondar Marchenko Rudenko Moroz Lysenko Petrenko Klymenko Pavlenko Savchuk Kuzmenko",
)
INDIAN = (
    "Priya Anjali Neha Pooja Divya Sneha Kavya Deepika Ananya Shreya Lakshmi Sunita Meera Aishwarya Swati Ritu Nisha Harpreet Simran Radhika",
    "Rahul Amit Rajesh Vikram Arjun Sanjay Suresh Anil Rohit Karthik Vivek Aditya Manoj Deepak Ravi Nikhil Pranav Gurpreet Harjit Srinivas",
    "Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Rao Shah Mehta Joshi Agarwal Verma Chopra Kapoor Malhotra Banerjee Chatterjee Mukherjee Desai Pillai Menon Krishnan Bhat",
)
CHINESE = (
    "Li Wei Fang Na Min Jing Yan Xiu Ying Hui Lan Mei Xiaoyan Lijuan Hong Yun Qing Ling Ting Yue",
    "Wei Jun Lei Yang Tao Ming Hao Jie Bo Feng Qiang Jian Hua Peng Chao Xin Long Yu Gang Zhen",
    "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Song Tang",
)
GERMAN = (
    "Sabine Petra Susanne Claudia Andrea Stefanie Nicole Katrin Julia Anja Birgit Monika Ursula Heike Kerstin Melanie Sandra Christina Lena Laura",
    "Thomas Michael Andreas Stefan Peter Frank Markus Christian Wolfgang Klaus Jürgen Uwe Matthias Tobias Jens Torsten Dirk Ralf Florian Lukas",
    "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann",
)
GREEK = (
    "Maria Eleni Aikaterini Vasiliki Sofia Angeliki Georgia Dimitra Konstantina Paraskevi Ioanna Eirini Panagiota Christina Despina Athina",
    "Georgios Dimitrios Konstantinos Ioannis Nikolaos Panagiotis Vasileios Christos Athanasios Michail Evangelos Spyridon Antonios Stavros Theodoros Kostas",
    "Papadopoulos Georgiou Dimitriou Nikolaou Papadakis Pappas Vlachos Angelopoulos Oikonomou Makris Karagiannis Antoniou Ioannidis Christodoulou Konstantinidis Alexiou Economou Vasileiou Lamprou",
)


def origin(given_f: str, given_m: str, surnames: str, head: int = 10) -> Origin:
    return Origin(ranked(given_f, head), ranked(given_m, head), ranked(surnames, head))


ORIGINS: dict[str, Origin] = {
    "swedish": Origin(ranked(SV_WOMEN, 150), ranked(SV_MEN, 150), ranked(SV_SURNAMES, 150)),
    "us": Origin(census(US_FEMALE), census(US_MALE), census(US_LAST)),
    "uk": Origin(ranked(UK_WOMEN, 150), ranked(UK_MEN, 150), ranked(UK_SURNAMES, 150)),
    "finnish": origin(*FINNISH),
    "arabic": origin(*ARABIC),
    "somali": origin(*SOMALI),
    "polish": origin(*POLISH),
    "persian": origin(*PERSIAN),
    "bcs": origin(*BCS),
    "turkish": origin(*TURKISH),
    "kurdish": origin(*KURDISH),
    "eritrean": origin(*ERITREAN),
    "afghan": origin(*AFGHAN),
    "thai": origin(*THAI),
    "latin": origin(*LATIN),
    "ukrainian": origin(*UKRAINIAN),
    "indian": origin(*INDIAN),
    "chinese": origin(*CHINESE),
    "german": origin(*GERMAN),
    "greek": origin(*GREEK),
}

# Who is named, per language of the text: roughly Sweden's population in Swedish and mixed text
# (mixed text is written at work, with more English and American names), the English-speaking
# world in English text.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 67, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "afghan": 1.5, "turkish": 1.5, "kurdish": 1.5, "ukrainian": 1.5,
        "eritrean": 1.2, "thai": 1, "latin": 1, "german": 0.8, "indian": 0.8, "uk": 0.8,
        "chinese": 0.7, "us": 0.6, "greek": 0.5,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 9, "indian": 3, "arabic": 1.5, "polish": 1.5,
        "latin": 1.5, "chinese": 1.5, "german": 1, "finnish": 1, "ukrainian": 1, "greek": 0.8,
        "persian": 0.8, "somali": 0.8, "turkish": 0.8, "bcs": 0.6, "thai": 0.6, "eritrean": 0.5,
        "afghan": 0.5, "kurdish": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 10, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
        "persian": 2.5, "indian": 2, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5, "afghan": 1.5,
        "ukrainian": 1.5, "eritrean": 1, "thai": 1, "latin": 1, "chinese": 1, "german": 1,
        "greek": 0.5,
    },
}  # fmt: skip

# Short forms people go by, per origin: given name -> short forms.
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": {
        "Lars": ("Lasse",), "Mikael": ("Micke",), "Joakim": ("Jocke",), "Karl": ("Kalle",),
        "Carl": ("Calle", "Kalle"), "Per": ("Pelle", "Pär"), "Charlotte": ("Lotta",),
        "Susanne": ("Sussie", "Sanna"), "Marcus": ("Mackan",), "Kristina": ("Stina", "Kicki"),
        "Christina": ("Kicki", "Tina"), "Margareta": ("Maggan", "Greta"), "Birgitta": ("Gittan", "Bittan"),
        "Katarina": ("Kattis", "Kajsa"), "Magnus": ("Mange",), "Thomas": ("Tompa",), "Tomas": ("Tompa",),
        "Robert": ("Robban",), "Tobias": ("Tobbe",), "Torbjörn": ("Tobbe",), "Christoffer": ("Chrille",),
        "Kristoffer": ("Krille",), "Fredrik": ("Fredde",), "Daniel": ("Danne",), "Jonas": ("Jonte",),
        "Henrik": ("Henke",), "Patrik": ("Patte",), "Gustav": ("Gurra", "Gusse"), "Gustaf": ("Gurra",),
        "Sebastian": ("Sebbe",), "Alexander": ("Alex",), "Viktor": ("Vicke",), "Rebecka": ("Becka",),
        "Gunilla": ("Gunnis",), "Josefin": ("Josse",), "Jesper": ("Jeppe",), "Mattias": ("Matte",),
        "Niklas": ("Nicke",), "Nils": ("Nisse",), "Olof": ("Olle",), "Stefan": ("Steffe",),
        "Ulf": ("Uffe",), "Oskar": ("Ogge",), "Lennart": ("Lennie",), "Bengt": ("Bengan",),
        "Leif": ("Leffe",), "Jan": ("Janne",), "Hans": ("Hasse",), "Rolf": ("Roffe",),
        "Roger": ("Roffe",), "Kenneth": ("Kenta",), "Elisabeth": ("Lisa", "Lisbeth", "Betty"),
        "Elisabet": ("Lisa",), "Kerstin": ("Kersti",), "Ingrid": ("Inga",), "Johanna": ("Hanna", "Jossan"),
        "Jessica": ("Jessi",), "Jennifer": ("Jenny",), "Sofia": ("Fia",), "Matilda": ("Tilda",),
        "Alexandra": ("Alex",), "Emelie": ("Emmi",), "Viktoria": ("Vickan",), "Madeleine": ("Madde",),
        "Christer": ("Kicken",), "Göran": ("Göte",), "Anders": ("Affe",), "Andreas": ("Ante",),
        "Håkan": ("Hacke",), "Jörgen": ("Jögge",), "Theodor": ("Theo",), "Vilhelm": ("Ville",),
        "Wilhelm": ("Wille",), "Jakob": ("Jacke",), "Felicia": ("Fillan",), "Ann-Christin": ("Anki",),
        "Anna-Karin": ("Akka",), "Marianne": ("Mian",), "Barbro": ("Babben",),
    },
    "us": {
        "William": ("Will", "Bill"), "Robert": ("Rob", "Bob"), "Richard": ("Rick", "Rich"),
        "James": ("Jim", "Jimmy"), "Michael": ("Mike",), "Elizabeth": ("Liz", "Beth"),
        "Jennifer": ("Jen", "Jenny"), "Margaret": ("Peggy", "Maggie"), "Katherine": ("Kate", "Kathy"),
        "Christopher": ("Chris",), "Thomas": ("Tom",), "Joseph": ("Joe",), "Daniel": ("Dan",),
        "Matthew": ("Matt",), "Anthony": ("Tony",), "Nicholas": ("Nick",), "Steven": ("Steve",),
        "Andrew": ("Andy", "Drew"), "Samuel": ("Sam",), "Benjamin": ("Ben",), "Rebecca": ("Becky",),
        "Patricia": ("Pat", "Trish"), "Susan": ("Sue",), "Deborah": ("Debbie", "Deb"),
        "Jessica": ("Jess",), "Edward": ("Ed", "Ted"), "David": ("Dave",), "Timothy": ("Tim",),
        "Gregory": ("Greg",), "Kimberly": ("Kim",), "Kenneth": ("Ken",), "Donald": ("Don",),
        "Ronald": ("Ron",), "Lawrence": ("Larry",), "Raymond": ("Ray",), "Joshua": ("Josh",),
        "Jacqueline": ("Jackie",), "Barbara": ("Barb",), "Cynthia": ("Cindy",), "Gerald": ("Jerry",),
        "Charles": ("Charlie", "Chuck"), "Victoria": ("Vicky",), "Christine": ("Chris",),
        "Pamela": ("Pam",), "Theresa": ("Terry",), "Alexander": ("Alex",), "Frederick": ("Fred",),
    },
    "uk": {
        "William": ("Will", "Bill"), "Robert": ("Rob", "Bob"), "Richard": ("Rich", "Dick"),
        "James": ("Jim", "Jamie"), "Michael": ("Mike", "Mick"), "Elizabeth": ("Liz", "Beth", "Lizzie"),
        "Margaret": ("Maggie", "Peggy"), "Catherine": ("Kate", "Cath"), "Christopher": ("Chris",),
        "Thomas": ("Tom",), "Daniel": ("Dan", "Danny"), "Matthew": ("Matt",), "Anthony": ("Tony",),
        "Nicholas": ("Nick",), "Stephen": ("Steve",), "Andrew": ("Andy",), "Samuel": ("Sam",),
        "Benjamin": ("Ben",), "Rebecca": ("Becky", "Becca"), "Victoria": ("Vicky",),
        "Jessica": ("Jess",), "Charlotte": ("Charlie",), "Edward": ("Ed", "Ted"), "David": ("Dave",),
        "Jonathan": ("Jon",), "Timothy": ("Tim",), "Peter": ("Pete",), "Philip": ("Phil",),
        "Samantha": ("Sam",), "Joanne": ("Jo",), "Nicola": ("Nicky",), "Gillian": ("Gill",),
        "Alexander": ("Alex",), "Frederick": ("Freddie",), "Harold": ("Harry",), "Joshua": ("Josh",),
        "Abigail": ("Abbie",), "Eleanor": ("Ellie",), "Deborah": ("Debbie",), "Susan": ("Sue",),
        "Kenneth": ("Ken",), "Terence": ("Terry",), "Gareth": ("Gaz",), "Alistair": ("Ali",),
    },
    "polish": {
        "Małgorzata": ("Gosia",), "Katarzyna": ("Kasia",), "Aleksandra": ("Ola",),
        "Krzysztof": ("Krzysiek",), "Tomasz": ("Tomek",), "Agnieszka": ("Aga",),
        "Magdalena": ("Magda",), "Joanna": ("Asia",), "Wojciech": ("Wojtek",), "Jakub": ("Kuba",),
        "Zofia": ("Zosia",), "Bartłomiej": ("Bartek",),
    },
    "latin": {"Francisco": ("Pancho",), "José": ("Pepe",), "Francisca": ("Pancha",), "Patricio": ("Pato",)},
    "ukrainian": {
        "Oleksandr": ("Sasha",), "Volodymyr": ("Volodia",), "Kateryna": ("Katia",), "Iryna": ("Ira",),
        "Yevhen": ("Zhenia",), "Anastasiia": ("Nastia",), "Mykola": ("Kolia",), "Dmytro": ("Dima",),
    },
    "arabic": {"Mohammed": ("Mo",), "Abdullah": ("Abdo",)},
    "persian": {"Mohammad": ("Mamad",)},
    "turkish": {"Mehmet": ("Memo",)},
    "greek": {"Konstantinos": ("Kostas",), "Dimitrios": ("Dimitris",), "Georgios": ("Giorgos",)},
    "german": {"Stefanie": ("Steffi",), "Andreas": ("Andi",), "Christian": ("Chris",)},
}  # fmt: skip

_PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ø": "o", "Ø": "O", "æ": "ae", "ß": "ss"}
)


def plain(word: str) -> str:
    """The name typed without its letters (`Wiśniewski` -> `Wisniewski`, `Đorđević` -> `Dordevic`)."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_PLAIN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname in its feminine form (`Kowalski` -> `Kowalska`, `Czarnecki` -> `Czarnecka`)."""
    for masc, fem in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(masc):
            return surname[: -len(masc)] + fem
    return surname
