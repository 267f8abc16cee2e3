# ruff: noqa: E501
"""Weighted name pools for held-out AZ (thirty-first writer): names as the population has them.

Swedish given names and surnames in the order of SCB's name statistics (written from general
knowledge; weight 1/rank; head the top 150, a tail of rarer names past them); the US Census 1990
lists (copied from the `names` package's `dist.female.first`, `dist.male.first`, `dist.all.last`:
the top 150 of each as the head and, as the tail, ranks 401-650, 401-650 and 421-700, the census
per cent as weight); UK given names and surnames in the order of the ONS rankings (general
knowledge, 1/rank); and the commonest given names and surnames of origins common in Sweden
(1/rank). Every name word is drawn from a list's head with HEAD_SHARE, else from its tail.
Stdlib only; data, no randomness here.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8


@dataclass
class Pool:
    names: list[str]
    weights: list[float]
    head: int


def _uniq(words: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for w in words:
        if w not in seen:
            seen.add(w)
            out.append(w)
    return out


def ranked(text: str, head: int = 150) -> Pool:
    """A pool from names in rank order (whitespace between names, `_` for a space inside one)."""
    names = [w.replace("_", " ") for w in _uniq(text.split())]
    return Pool(names, [1 / (i + 1) for i in range(len(names))], min(head, len(names) * 2 // 3))


def weighted(items: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    return Pool([n for n, _ in items], [w for _, w in items], head)


def plain(word: str) -> str:
    """A name typed without its letters' marks (`Wiśniewska` -> `Wisniewska`, `Łukasz` -> `Lukasz`)."""
    word = word.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("İ", "I").replace("đ", "dj").replace("Đ", "Dj")
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname in its feminine form: -ski/-cki/-dzki to -ska/-cka/-dzka."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname

US_F = (("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.98), ("Elizabeth", 0.937), ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794), ("Margaret", 0.768), ("Dorothy", 0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667), ("Betty", 0.666), ("Helen", 0.663), ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565), ("Ruth", 0.562), ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.51), ("Sarah", 0.508), ("Kimberly", 0.504), ("Deborah", 0.494), ("Jessica", 0.49), ("Shirley", 0.482), ("Cynthia", 0.469), ("Angela", 0.468), ("Melissa", 0.462), ("Brenda", 0.455), ("Amy", 0.451), ("Anna", 0.44), ("Rebecca", 0.43), ("Virginia", 0.43), ("Kathleen", 0.424), ("Pamela", 0.416), ("Martha", 0.412), ("Debra", 0.408), ("Amanda", 0.404), ("Stephanie", 0.4), ("Carolyn", 0.385), ("Christine", 0.382), ("Marie", 0.379), ("Janet", 0.379), ("Catherine", 0.373), ("Frances", 0.37), ("Ann", 0.364), ("Joyce", 0.364), ("Diane", 0.359), ("Alice", 0.357), ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336), ("Doris", 0.335), ("Gloria", 0.335), ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315), ("Mildred", 0.313), ("Katherine", 0.313), ("Joan", 0.306), ("Ashley", 0.303), ("Judith", 0.297), ("Rose", 0.296), ("Janice", 0.285), ("Kelly", 0.283), ("Nicole", 0.281), ("Judy", 0.276), ("Christina", 0.275), ("Kathy", 0.272), ("Theresa", 0.271), ("Beverly", 0.267), ("Denise", 0.264), ("Tammy", 0.259), ("Irene", 0.252), ("Jane", 0.25), ("Lori", 0.248), ("Rachel", 0.242), ("Marilyn", 0.241), ("Andrea", 0.236), ("Kathryn", 0.234), ("Louise", 0.229), ("Sara", 0.229), ("Anne", 0.228), ("Jacqueline", 0.228), ("Wanda", 0.226), ("Bonnie", 0.223), ("Julia", 0.223), ("Ruby", 0.221), ("Lois", 0.22), ("Tina", 0.22), ("Phyllis", 0.219), ("Norma", 0.218), ("Paula", 0.217), ("Diana", 0.216), ("Annie", 0.216), ("Lillian", 0.211), ("Emily", 0.208), ("Robin", 0.208), ("Peggy", 0.208), ("Crystal", 0.207), ("Gladys", 0.205), ("Rita", 0.204), ("Dawn", 0.202), ("Connie", 0.2), ("Florence", 0.2), ("Tracy", 0.197), ("Edna", 0.197), ("Tiffany", 0.195), ("Carmen", 0.195), ("Rosa", 0.194), ("Cindy", 0.192), ("Grace", 0.189), ("Wendy", 0.185), ("Victoria", 0.18), ("Edith", 0.179), ("Kim", 0.178), ("Sherry", 0.178), ("Sylvia", 0.177), ("Josephine", 0.177), ("Thelma", 0.175), ("Shannon", 0.175), ("Sheila", 0.175), ("Ethel", 0.174), ("Ellen", 0.173), ("Elaine", 0.173), ("Marjorie", 0.173), ("Carrie", 0.171), ("Charlotte", 0.169), ("Monica", 0.166), ("Esther", 0.166), ("Pauline", 0.165), ("Emma", 0.165), ("Juanita", 0.164), ("Anita", 0.162), ("Rhonda", 0.162), ("Hazel", 0.161), ("Amber", 0.16), ("Eva", 0.159), ("Debbie", 0.157), ("April", 0.154), ("Leslie", 0.154), ("Clara", 0.153), ("Lucille", 0.153), ("Jamie", 0.153), ("Joanne", 0.15), ("Eleanor", 0.15), ("Valerie", 0.149), ("Danielle", 0.149), ("Traci", 0.038), ("Jody", 0.038), ("Kendra", 0.038), ("Jasmine", 0.038), ("Nichole", 0.038), ("Rachael", 0.038), ("Chelsea", 0.038), ("Mable", 0.038), ("Ernestine", 0.038), ("Muriel", 0.038), ("Marcella", 0.037), ("Elena", 0.037), ("Krystal", 0.037), ("Angelina", 0.037), ("Nadine", 0.036), ("Kari", 0.036), ("Estelle", 0.036), ("Dianna", 0.036), ("Paulette", 0.036), ("Lora", 0.036), ("Mona", 0.035), ("Doreen", 0.035), ("Rosemarie", 0.035), ("Angel", 0.035), ("Desiree", 0.035), ("Antonia", 0.035), ("Hope", 0.034), ("Ginger", 0.034), ("Janis", 0.034), ("Betsy", 0.034), ("Christie", 0.034), ("Freda", 0.034), ("Mercedes", 0.033), ("Meredith", 0.033), ("Lynette", 0.033), ("Teri", 0.033), ("Cristina", 0.033), ("Eula", 0.033), ("Leigh", 0.032), ("Meghan", 0.032), ("Sophia", 0.032), ("Eloise", 0.032), ("Rochelle", 0.032), ("Gretchen", 0.032), ("Cecelia", 0.032), ("Raquel", 0.031), ("Henrietta", 0.031), ("Alyssa", 0.031), ("Jana", 0.031), ("Kelley", 0.031), ("Gwen", 0.031), ("Kerry", 0.031), ("Jenna", 0.03), ("Tricia", 0.03), ("Laverne", 0.03), ("Olive", 0.03), ("Alexis", 0.03), ("Tasha", 0.03), ("Silvia", 0.029), ("Elvira", 0.029), ("Casey", 0.029), ("Delia", 0.029), ("Sophie", 0.029), ("Kate", 0.029), ("Patti", 0.029), ("Lorena", 0.029), ("Kellie", 0.029), ("Sonja", 0.029), ("Lila", 0.029), ("Lana", 0.029), ("Darla", 0.029), ("May", 0.029), ("Mindy", 0.029), ("Essie", 0.029), ("Mandy", 0.029), ("Lorene", 0.028), ("Elsa", 0.028), ("Josefina", 0.028), ("Jeannie", 0.028), ("Miranda", 0.028), ("Dixie", 0.028), ("Lucia", 0.028), ("Marta", 0.028), ("Faith", 0.028), ("Lela", 0.028), ("Johanna", 0.028), ("Shari", 0.028), ("Camille", 0.028), ("Tami", 0.027), ("Shawna", 0.027), ("Elisa", 0.027), ("Ebony", 0.027), ("Melba", 0.027), ("Ora", 0.027), ("Nettie", 0.027), ("Tabitha", 0.027), ("Ollie", 0.027), ("Jaime", 0.027), ("Winifred", 0.027), ("Kristie", 0.027), ("Marina", 0.027), ("Alisha", 0.027), ("Aimee", 0.027), ("Rena", 0.027), ("Myrna", 0.026), ("Marla", 0.026), ("Tammie", 0.026), ("Latasha", 0.026), ("Bonita", 0.026), ("Patrice", 0.026), ("Ronda", 0.026), ("Sherrie", 0.026), ("Addie", 0.026), ("Francine", 0.025), ("Deloris", 0.025), ("Stacie", 0.025), ("Adriana", 0.025), ("Cheri", 0.025), ("Shelby", 0.025), ("Abigail", 0.025), ("Celeste", 0.025), ("Jewel", 0.025), ("Cara", 0.025), ("Adele", 0.025), ("Rebekah", 0.025), ("Lucinda", 0.025), ("Dorthy", 0.025), ("Chris", 0.024), ("Effie", 0.024), ("Trina", 0.024), ("Reba", 0.024), ("Shawn", 0.024), ("Sallie", 0.024), ("Aurora", 0.024), ("Lenora", 0.024), ("Etta", 0.024), ("Lottie", 0.024), ("Kerri", 0.024), ("Trisha", 0.024), ("Nikki", 0.024), ("Estella", 0.024), ("Francisca", 0.024), ("Josie", 0.024), ("Tracie", 0.024), ("Marissa", 0.024), ("Karin", 0.024), ("Brittney", 0.024), ("Janelle", 0.024), ("Lourdes", 0.024), ("Laurel", 0.024), ("Helene", 0.024), ("Fern", 0.024), ("Elva", 0.024), ("Corinne", 0.024), ("Kelsey", 0.024), ("Ina", 0.023), ("Bettie", 0.023), ("Elisabeth", 0.023), ("Aida", 0.023), ("Caitlin", 0.023), ("Ingrid", 0.023), ("Iva", 0.023), ("Eugenia", 0.023), ("Christa", 0.023), ("Goldie", 0.023), ("Cassie", 0.023), ("Maude", 0.023), ("Jenifer", 0.023), ("Therese", 0.022), ("Frankie", 0.022), ("Dena", 0.022), ("Lorna", 0.022), ("Janette", 0.022), ("Latonya", 0.022), ("Candy", 0.022), ("Morgan", 0.022), ("Consuelo", 0.022), ("Tamika", 0.022), ("Rosetta", 0.022), ("Debora", 0.022), ("Cherie", 0.022), ("Polly", 0.022), ("Dina", 0.022), ("Jewell", 0.021), ("Fay", 0.021), ("Jillian", 0.021), ("Dorothea", 0.021), ("Nell", 0.021), ("Trudy", 0.021), ("Esperanza", 0.021), ("Patrica", 0.021), ("Kimberley", 0.021), ("Shanna", 0.021), ("Helena", 0.021), ("Carolina", 0.021), ("Cleo", 0.021), ("Stefanie", 0.021), ("Rosario", 0.02), ("Ola", 0.02), ("Janine", 0.02), ("Mollie", 0.02), ("Lupe", 0.02), ("Alisa", 0.02), ("Lou", 0.02), ("Maribel", 0.02), ("Susanne", 0.02), ("Bette", 0.019), ("Susana", 0.019), ("Elise", 0.019), ("Cecile", 0.019), ("Isabelle", 0.019), ("Lesley", 0.019), ("Jocelyn", 0.019), ("Paige", 0.019), ("Joni", 0.019), ("Rachelle", 0.019), ("Leola", 0.019), ("Daphne", 0.019), ("Alta", 0.019), ("Ester", 0.019), ("Petra", 0.019), ("Graciela", 0.019), ("Imogene", 0.019), ("Jolene", 0.019), ("Keisha", 0.019), ("Lacey", 0.018), ("Glenna", 0.018), ("Gabriela", 0.018), ("Keri", 0.018), ("Ursula", 0.018), ("Lizzie", 0.018), ("Kirsten", 0.018), ("Shana", 0.018), ("Adeline", 0.018), ("Mayra", 0.018), ("Jayne", 0.018), ("Jaclyn", 0.018), ("Gracie", 0.018), ("Sondra", 0.018), ("Carmela", 0.018), ("Marisa", 0.018), ("Rosalind", 0.018), ("Charity", 0.018), ("Tonia", 0.018), ("Beatriz", 0.018), ("Marisol", 0.018), ("Clarice", 0.018), ("Jeanine", 0.017), ("Sheena", 0.017), ("Angeline", 0.017),)  # fmt: skip
US_M = (("James", 3.318), ("John", 3.271), ("Robert", 3.143), ("Michael", 2.629), ("William", 2.451), ("David", 2.363), ("Richard", 1.703), ("Charles", 1.523), ("Joseph", 1.404), ("Thomas", 1.38), ("Christopher", 1.035), ("Daniel", 0.974), ("Paul", 0.948), ("Mark", 0.938), ("Donald", 0.931), ("George", 0.927), ("Kenneth", 0.826), ("Steven", 0.78), ("Edward", 0.779), ("Brian", 0.736), ("Ronald", 0.725), ("Anthony", 0.721), ("Kevin", 0.671), ("Jason", 0.66), ("Matthew", 0.657), ("Gary", 0.65), ("Timothy", 0.64), ("Jose", 0.613), ("Larry", 0.598), ("Jeffrey", 0.591), ("Frank", 0.581), ("Scott", 0.546), ("Eric", 0.544), ("Stephen", 0.54), ("Andrew", 0.537), ("Raymond", 0.488), ("Gregory", 0.441), ("Joshua", 0.435), ("Jerry", 0.432), ("Dennis", 0.415), ("Walter", 0.399), ("Patrick", 0.389), ("Peter", 0.381), ("Harold", 0.371), ("Douglas", 0.367), ("Henry", 0.365), ("Carl", 0.346), ("Arthur", 0.335), ("Ryan", 0.328), ("Roger", 0.322), ("Joe", 0.321), ("Juan", 0.316), ("Jack", 0.315), ("Albert", 0.314), ("Jonathan", 0.313), ("Justin", 0.311), ("Terry", 0.311), ("Gerald", 0.309), ("Keith", 0.308), ("Samuel", 0.306), ("Willie", 0.302), ("Ralph", 0.282), ("Lawrence", 0.282), ("Nicholas", 0.275), ("Roy", 0.273), ("Benjamin", 0.27), ("Bruce", 0.263), ("Brandon", 0.26), ("Adam", 0.259), ("Harry", 0.251), ("Fred", 0.251), ("Wayne", 0.249), ("Billy", 0.248), ("Steve", 0.246), ("Louis", 0.243), ("Jeremy", 0.242), ("Aaron", 0.24), ("Randy", 0.232), ("Howard", 0.23), ("Eugene", 0.23), ("Carlos", 0.229), ("Russell", 0.224), ("Bobby", 0.223), ("Victor", 0.222), ("Martin", 0.216), ("Ernest", 0.215), ("Phillip", 0.213), ("Todd", 0.213), ("Jesse", 0.209), ("Craig", 0.206), ("Alan", 0.204), ("Shawn", 0.2), ("Clarence", 0.197), ("Sean", 0.197), ("Philip", 0.197), ("Chris", 0.197), ("Johnny", 0.195), ("Earl", 0.193), ("Jimmy", 0.191), ("Antonio", 0.19), ("Danny", 0.19), ("Bryan", 0.19), ("Tony", 0.19), ("Luis", 0.189), ("Mike", 0.189), ("Stanley", 0.186), ("Leonard", 0.186), ("Nathan", 0.185), ("Dale", 0.184), ("Manuel", 0.181), ("Rodney", 0.18), ("Curtis", 0.18), ("Norman", 0.177), ("Allen", 0.174), ("Marvin", 0.171), ("Vincent", 0.168), ("Glenn", 0.167), ("Jeffery", 0.166), ("Travis", 0.166), ("Jeff", 0.166), ("Chad", 0.165), ("Jacob", 0.165), ("Lee", 0.162), ("Melvin", 0.162), ("Alfred", 0.162), ("Kyle", 0.16), ("Francis", 0.16), ("Bradley", 0.159), ("Jesus", 0.155), ("Herbert", 0.155), ("Frederick", 0.154), ("Ray", 0.153), ("Joel", 0.152), ("Edwin", 0.148), ("Don", 0.145), ("Eddie", 0.144), ("Ricky", 0.141), ("Troy", 0.138), ("Randall", 0.138), ("Barry", 0.134), ("Alexander", 0.132), ("Bernard", 0.127), ("Mario", 0.125), ("Leroy", 0.125), ("Francisco", 0.124), ("Marcus", 0.124), ("Micheal", 0.123), ("Theodore", 0.123), ("Clifford", 0.123), ("Miguel", 0.122), ("Forrest", 0.027), ("Wilbert", 0.027), ("Leland", 0.027), ("Simon", 0.026), ("Guadalupe", 0.026), ("Clark", 0.026), ("Irving", 0.026), ("Carroll", 0.026), ("Bryant", 0.026), ("Owen", 0.026), ("Rufus", 0.025), ("Woodrow", 0.025), ("Sammy", 0.025), ("Kristopher", 0.025), ("Mack", 0.025), ("Levi", 0.025), ("Marcos", 0.025), ("Gustavo", 0.025), ("Jake", 0.025), ("Lionel", 0.024), ("Marty", 0.024), ("Taylor", 0.024), ("Ellis", 0.024), ("Dallas", 0.024), ("Gilberto", 0.024), ("Clint", 0.024), ("Nicolas", 0.024), ("Laurence", 0.024), ("Ismael", 0.024), ("Orville", 0.024), ("Drew", 0.024), ("Jody", 0.024), ("Ervin", 0.023), ("Dewey", 0.023), ("Al", 0.023), ("Wilfred", 0.023), ("Josh", 0.023), ("Hugo", 0.023), ("Ignacio", 0.023), ("Caleb", 0.023), ("Tomas", 0.023), ("Sheldon", 0.023), ("Erick", 0.023), ("Frankie", 0.023), ("Stewart", 0.022), ("Doyle", 0.022), ("Darrel", 0.022), ("Rogelio", 0.022), ("Terence", 0.022), ("Santiago", 0.022), ("Alonzo", 0.022), ("Elias", 0.022), ("Bert", 0.022), ("Elbert", 0.022), ("Ramiro", 0.022), ("Conrad", 0.022), ("Pat", 0.022), ("Noah", 0.022), ("Grady", 0.021), ("Phil", 0.021), ("Cornelius", 0.021), ("Lamar", 0.021), ("Rolando", 0.021), ("Clay", 0.021), ("Percy", 0.021), ("Dexter", 0.021), ("Bradford", 0.021), ("Merle", 0.021), ("Darin", 0.02), ("Amos", 0.02), ("Terrell", 0.02), ("Moses", 0.02), ("Irvin", 0.02), ("Saul", 0.02), ("Roman", 0.02), ("Darnell", 0.02), ("Randal", 0.02), ("Tommie", 0.02), ("Timmy", 0.019), ("Darrin", 0.019), ("Winston", 0.019), ("Brendan", 0.019), ("Toby", 0.019), ("Van", 0.019), ("Abel", 0.019), ("Dominick", 0.019), ("Boyd", 0.019), ("Courtney", 0.019), ("Jan", 0.019), ("Emilio", 0.019), ("Elijah", 0.019), ("Cary", 0.019), ("Domingo", 0.019), ("Santos", 0.019), ("Aubrey", 0.019), ("Emmett", 0.019), ("Marlon", 0.019), ("Emanuel", 0.019), ("Jerald", 0.019), ("Edmond", 0.019), ("Emil", 0.019), ("Dewayne", 0.018), ("Will", 0.018), ("Otto", 0.018), ("Teddy", 0.018), ("Reynaldo", 0.018), ("Bret", 0.018), ("Morgan", 0.018), ("Jess", 0.018), ("Trent", 0.018), ("Humberto", 0.018), ("Emmanuel", 0.018), ("Stephan", 0.018), ("Louie", 0.018), ("Vicente", 0.017), ("Lamont", 0.017), ("Stacy", 0.017), ("Garland", 0.017), ("Miles", 0.017), ("Micah", 0.017), ("Efrain", 0.017), ("Billie", 0.017), ("Logan", 0.017), ("Heath", 0.017), ("Rodger", 0.017), ("Harley", 0.017), ("Demetrius", 0.017), ("Ethan", 0.017), ("Eldon", 0.017), ("Rocky", 0.016), ("Pierre", 0.016), ("Junior", 0.016), ("Freddy", 0.016), ("Eli", 0.016), ("Bryce", 0.016), ("Antoine", 0.016), ("Robbie", 0.016), ("Kendall", 0.016), ("Royce", 0.016), ("Sterling", 0.016), ("Mickey", 0.016), ("Chase", 0.016), ("Grover", 0.016), ("Elton", 0.016), ("Cleveland", 0.016), ("Dylan", 0.016), ("Chuck", 0.016), ("Damian", 0.016), ("Reuben", 0.015), ("Stan", 0.015), ("August", 0.015), ("Leonardo", 0.015), ("Jasper", 0.015), ("Russel", 0.015), ("Erwin", 0.015), ("Benito", 0.015), ("Hans", 0.015), ("Monte", 0.015), ("Blaine", 0.015), ("Ernie", 0.015), ("Curt", 0.015), ("Quentin", 0.015), ("Agustin", 0.015), ("Murray", 0.015), ("Jamal", 0.014), ("Devon", 0.014), ("Adolfo", 0.014), ("Harrison", 0.014), ("Tyson", 0.014), ("Burton", 0.014), ("Brady", 0.014), ("Elliott", 0.014), ("Wilfredo", 0.014), ("Bart", 0.014), ("Jarrod", 0.014), ("Vance", 0.014), ("Denis", 0.014), ("Damien", 0.014), ("Joaquin", 0.014), ("Harlan", 0.014), ("Desmond", 0.014), ("Elliot", 0.014), ("Darwin", 0.014), ("Ashley", 0.014), ("Gregorio", 0.014), ("Buddy", 0.014), ("Xavier", 0.013), ("Kermit", 0.013), ("Roscoe", 0.013), ("Esteban", 0.013), ("Anton", 0.013), ("Solomon", 0.013), ("Scotty", 0.013), ("Norbert", 0.013), ("Elvin", 0.013), ("Williams", 0.013), ("Nolan", 0.013), ("Carey", 0.013), ("Rod", 0.013), ("Quinton", 0.013), ("Hal", 0.013), ("Brain", 0.013), ("Rob", 0.013), ("Elwood", 0.013), ("Kendrick", 0.013), ("Darius", 0.013), ("Moises", 0.013), ("Son", 0.012), ("Marlin", 0.012), ("Fidel", 0.012), ("Thaddeus", 0.012), ("Cliff", 0.012), ("Marcel", 0.012), ("Ali", 0.012), ("Jackson", 0.012), ("Raphael", 0.012), ("Bryon", 0.012), ("Armand", 0.012), ("Alvaro", 0.012), ("Jeffry", 0.012), ("Dane", 0.012), ("Joesph", 0.012), ("Thurman", 0.012), ("Ned", 0.012), ("Sammie", 0.012), ("Rusty", 0.012), ("Michel", 0.012), ("Monty", 0.012), ("Rory", 0.012), ("Fabian", 0.012), ("Reggie", 0.012), ("Mason", 0.012), ("Graham", 0.012), ("Kris", 0.011), ("Isaiah", 0.011), ("Vaughn", 0.011), ("Gus", 0.011), ("Avery", 0.011), ("Loyd", 0.011), ("Diego", 0.011), ("Alexis", 0.011), ("Adolph", 0.011), ("Norris", 0.011), ("Millard", 0.011), ("Rocco", 0.011), ("Gonzalo", 0.011), ("Derick", 0.011), ("Rodrigo", 0.011), ("Gerry", 0.011), ("Stacey", 0.011),)  # fmt: skip
US_LAST = (("Smith", 1.006), ("Johnson", 0.81), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621), ("Davis", 0.48), ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor", 0.311), ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.31), ("White", 0.279), ("Harris", 0.275), ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254), ("Martinez", 0.234), ("Robinson", 0.233), ("Clark", 0.231), ("Rodriguez", 0.229), ("Lewis", 0.226), ("Lee", 0.22), ("Walker", 0.219), ("Hall", 0.2), ("Allen", 0.199), ("Young", 0.193), ("Hernandez", 0.192), ("King", 0.19), ("Wright", 0.189), ("Lopez", 0.187), ("Hill", 0.187), ("Scott", 0.185), ("Green", 0.183), ("Adams", 0.174), ("Baker", 0.171), ("Gonzalez", 0.166), ("Nelson", 0.162), ("Carter", 0.162), ("Mitchell", 0.16), ("Perez", 0.155), ("Roberts", 0.153), ("Turner", 0.152), ("Phillips", 0.149), ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141), ("Edwards", 0.137), ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.13), ("Morris", 0.125), ("Rogers", 0.123), ("Reed", 0.122), ("Cook", 0.12), ("Morgan", 0.118), ("Bell", 0.117), ("Murphy", 0.117), ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper", 0.113), ("Richardson", 0.112), ("Cox", 0.11), ("Howard", 0.11), ("Ward", 0.108), ("Torres", 0.108), ("Peterson", 0.107), ("Gray", 0.106), ("Ramirez", 0.105), ("James", 0.105), ("Watson", 0.103), ("Brooks", 0.103), ("Kelly", 0.102), ("Sanders", 0.1), ("Price", 0.099), ("Bennett", 0.099), ("Wood", 0.098), ("Barnes", 0.097), ("Ross", 0.096), ("Henderson", 0.095), ("Coleman", 0.095), ("Jenkins", 0.095), ("Perry", 0.094), ("Powell", 0.093), ("Long", 0.092), ("Patterson", 0.092), ("Hughes", 0.092), ("Flores", 0.092), ("Washington", 0.092), ("Butler", 0.091), ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales", 0.087), ("Bryant", 0.087), ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084), ("Diaz", 0.084), ("Hayes", 0.083), ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082), ("Graham", 0.082), ("Sullivan", 0.081), ("Wallace", 0.081), ("Woods", 0.08), ("Cole", 0.08), ("West", 0.08), ("Jordan", 0.078), ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077), ("Ellis", 0.077), ("Harrison", 0.076), ("Gibson", 0.075), ("McDonald", 0.075), ("Cruz", 0.075), ("Marshall", 0.075), ("Ortiz", 0.075), ("Gomez", 0.075), ("Murray", 0.074), ("Freeman", 0.074), ("Wells", 0.073), ("Webb", 0.072), ("Simpson", 0.07), ("Stevens", 0.07), ("Tucker", 0.07), ("Porter", 0.069), ("Hunter", 0.069), ("Hicks", 0.069), ("Crawford", 0.068), ("Henry", 0.068), ("Boyd", 0.068), ("Mason", 0.068), ("Morales", 0.067), ("Kennedy", 0.067), ("Warren", 0.067), ("Dixon", 0.066), ("Ramos", 0.066), ("Reyes", 0.066), ("Burns", 0.065), ("Gordon", 0.065), ("Shaw", 0.065), ("Holmes", 0.065), ("Rice", 0.064), ("Robertson", 0.064), ("Hunt", 0.063), ("Black", 0.063), ("Daniels", 0.062), ("Saunders", 0.027), ("Wise", 0.027), ("Colon", 0.027), ("Gill", 0.027), ("Alvarado", 0.027), ("Greer", 0.026), ("Padilla", 0.026), ("Simon", 0.026), ("Waters", 0.026), ("Nunez", 0.026), ("Ballard", 0.026), ("Schwartz", 0.026), ("McBride", 0.026), ("Houston", 0.026), ("Christensen", 0.026), ("Klein", 0.026), ("Pratt", 0.026), ("Briggs", 0.026), ("Parsons", 0.026), ("McLaughlin", 0.026), ("Zimmerman", 0.026), ("French", 0.026), ("Buchanan", 0.026), ("Moran", 0.026), ("Copeland", 0.025), ("Roy", 0.025), ("Pittman", 0.025), ("Brady", 0.025), ("McCormick", 0.025), ("Holloway", 0.025), ("Brock", 0.025), ("Poole", 0.025), ("Frank", 0.025), ("Logan", 0.025), ("Owen", 0.025), ("Bass", 0.025), ("Marsh", 0.025), ("Drake", 0.025), ("Wong", 0.025), ("Jefferson", 0.025), ("Park", 0.025), ("Morton", 0.025), ("Abbott", 0.025), ("Sparks", 0.025), ("Patrick", 0.024), ("Norton", 0.024), ("Huff", 0.024), ("Clayton", 0.024), ("Massey", 0.024), ("Lloyd", 0.024), ("Figueroa", 0.024), ("Carson", 0.024), ("Bowers", 0.024), ("Roberson", 0.024), ("Barton", 0.024), ("Tran", 0.024), ("Lamb", 0.024), ("Harrington", 0.024), ("Casey", 0.024), ("Boone", 0.024), ("Cortez", 0.024), ("Clarke", 0.024), ("Mathis", 0.024), ("Singleton", 0.024), ("Wilkins", 0.024), ("Cain", 0.024), ("Bryan", 0.024), ("Underwood", 0.024), ("Hogan", 0.024), ("McKenzie", 0.023), ("Collier", 0.023), ("Luna", 0.023), ("Phelps", 0.023), ("McGuire", 0.023), ("Allison", 0.023), ("Bridges", 0.023), ("Wilkerson", 0.023), ("Nash", 0.023), ("Summers", 0.023), ("Atkins", 0.023), ("Wilcox", 0.023), ("Pitts", 0.023), ("Conley", 0.023), ("Marquez", 0.023), ("Burnett", 0.023), ("Richard", 0.023), ("Cochran", 0.023), ("Chase", 0.023), ("Davenport", 0.023), ("Hood", 0.023), ("Gates", 0.023), ("Clay", 0.023), ("Ayala", 0.023), ("Sawyer", 0.023), ("Roman", 0.023), ("Vazquez", 0.023), ("Dickerson", 0.023), ("Hodge", 0.022), ("Acosta", 0.022), ("Flynn", 0.022), ("Espinoza", 0.022), ("Nicholson", 0.022), ("Monroe", 0.022), ("Wolf", 0.022), ("Morrow", 0.022), ("Kirk", 0.022), ("Randall", 0.022), ("Anthony", 0.022), ("Whitaker", 0.022), ("Oconnor", 0.022), ("Skinner", 0.022), ("Ware", 0.022), ("Molina", 0.022), ("Kirby", 0.022), ("Huffman", 0.022), ("Bradford", 0.022), ("Charles", 0.022), ("Gilmore", 0.022), ("Dominguez", 0.022), ("Oneal", 0.022), ("Bruce", 0.022), ("Lang", 0.021), ("Combs", 0.021), ("Kramer", 0.021), ("Heath", 0.021), ("Hancock", 0.021), ("Gallagher", 0.021), ("Gaines", 0.021), ("Shaffer", 0.021), ("Short", 0.021), ("Wiggins", 0.021), ("Mathews", 0.021), ("McClain", 0.021), ("Fischer", 0.021), ("Wall", 0.021), ("Small", 0.021), ("Melton", 0.021), ("Hensley", 0.021), ("Bond", 0.021), ("Dyer", 0.021), ("Cameron", 0.021), ("Grimes", 0.021), ("Contreras", 0.021), ("Christian", 0.021), ("Wyatt", 0.021), ("Baxter", 0.021), ("Snow", 0.021), ("Mosley", 0.021), ("Shepherd", 0.021), ("Larsen", 0.021), ("Hoover", 0.021), ("Beasley", 0.02), ("Glenn", 0.02), ("Petersen", 0.02), ("Whitehead", 0.02), ("Meyers", 0.02), ("Keith", 0.02), ("Garrison", 0.02), ("Vincent", 0.02), ("Shields", 0.02), ("Horn", 0.02), ("Savage", 0.02), ("Olsen", 0.02), ("Schroeder", 0.02), ("Hartman", 0.02), ("Woodard", 0.02), ("Mueller", 0.02), ("Kemp", 0.02), ("Deleon", 0.02), ("Booth", 0.02), ("Patel", 0.02), ("Calhoun", 0.02), ("Wiley", 0.02), ("Eaton", 0.02), ("Cline", 0.02), ("Navarro", 0.02), ("Harrell", 0.02), ("Lester", 0.02), ("Humphrey", 0.02), ("Parrish", 0.02), ("Duran", 0.02), ("Hutchinson", 0.02), ("Hess", 0.02), ("Dorsey", 0.02), ("Bullock", 0.02), ("Robles", 0.02), ("Beard", 0.019), ("Dalton", 0.019), ("Avila", 0.019), ("Vance", 0.019), ("Rich", 0.019), ("Blackwell", 0.019), ("York", 0.019), ("Johns", 0.019), ("Blankenship", 0.019), ("Trevino", 0.019), ("Salinas", 0.019), ("Campos", 0.019), ("Pruitt", 0.019), ("Moses", 0.019), ("Callahan", 0.019), ("Golden", 0.019), ("Montoya", 0.019), ("Hardin", 0.019), ("Guerra", 0.019), ("McDowell", 0.019), ("Carey", 0.019), ("Stafford", 0.019), ("Gallegos", 0.019), ("Henson", 0.019), ("Wilkinson", 0.019), ("Booker", 0.019), ("Merritt", 0.019), ("Miranda", 0.019), ("Atkinson", 0.019), ("Orr", 0.019), ("Decker", 0.019), ("Hobbs", 0.019), ("Preston", 0.019), ("Tanner", 0.019), ("Knox", 0.019), ("Pacheco", 0.019), ("Stephenson", 0.018), ("Glass", 0.018), ("Rojas", 0.018), ("Serrano", 0.018), ("Marks", 0.018), ("Hickman", 0.018), ("English", 0.018), ("Sweeney", 0.018), ("Strong", 0.018), ("Prince", 0.018), ("McClure", 0.018), ("Conway", 0.018), ("Walter", 0.018), ("Roth", 0.018), ("Maynard", 0.018), ("Farrell", 0.018), ("Lowery", 0.018), ("Hurst", 0.018), ("Nixon", 0.018), ("Weiss", 0.018), ("Trujillo", 0.018), ("Ellison", 0.018), ("Sloan", 0.018), ("Juarez", 0.018), ("Winters", 0.018), ("McLean", 0.018), ("Randolph", 0.018), ("Leon", 0.018), ("Boyer", 0.018), ("Villarreal", 0.018), ("McCall", 0.018), ("Gentry", 0.018), ("Carrillo", 0.017), ("Kent", 0.017), ("Ayers", 0.017), ("Lara", 0.017), ("Shannon", 0.017), ("Sexton", 0.017), ("Pace", 0.017), ("Hull", 0.017), ("Leblanc", 0.017), ("Browning", 0.017), ("Velasquez", 0.017), ("Leach", 0.017), ("Chang", 0.017), ("House", 0.017), ("Sellers", 0.017), ("Herring", 0.017), ("Noble", 0.017), ("Foley", 0.017), ("Bartlett", 0.017), ("Mercado", 0.017), ("Landry", 0.017), ("Durham", 0.017), ("Walls", 0.017), ("Barr", 0.017), ("McKee", 0.017), ("Bauer", 0.017),)  # fmt: skip

# --- Sweden (SCB's order, all bearers; head the top 150) ---
SV_F = ranked("""
Anna Eva Maria Karin Kristina Lena Sara Kerstin Emma Ingrid Marie Malin Jenny Birgitta Hanna
Inger Ulla Linda Annika Elin Susanne Monica Johanna Margareta Sofia Carina Elisabeth Helena
Ida Julia Camilla Åsa Ulrika Gunilla Sandra Anette Cecilia Ebba Amanda Matilda Therese Maja
Lisa Agneta Anneli Frida Josefin Alice Caroline Elsa Marianne Moa Wilma Ella Barbro Siv Gunnel
Britt Louise Emelie Elisabet Linnea Klara Viktoria Anita Ingela Jessica Pia Lovisa Alva Ellen
Sofie Astrid Gun Ingegerd Irene Yvonne Charlotte Mona Emilia Olivia Felicia Ann-Christin
Britt-Marie Ann-Marie Madeleine Vera Stina Kajsa Nathalie Lina Agnes Tove Signe Saga Elvira
Nora Selma Ronja Isabelle Wendela Hedvig Tilda Tuva Ingeborg Elvi Margit Gunvor Rut Ann
Ewa Lillemor Katarina Petra Jeanette Veronica Helén Rebecka Mikaela Evelina Jonna Mia Tina
Lotta Marita Ylva Ingalill Solveig Majvor Karolina Frideborg Liv Ester Greta Juni Freja Leia
Stella Clara Hilma Svea Idun Ines Livia Mira Nellie Minna Märta Lova Hjördis Ruth
Annelie Eleonor Maud Berit Gudrun Laila Kristin Malva Liselott Dagny Vivianne Harriet Ewelina
Ingbritt Gertrud Eivor Inga-Lill Ann-Sofie Bodil Benita Sigrid Ottilia Linn Filippa Märit
Tyra Doris Alma Siri Elise Cornelia Inez Hillevi Desirée Rakel Henny
Ninni Cajsa Gittan Ulrica Tindra Iris Mimmi Majken Viola Irma Estelle Ronnie Rosmarie Lykke
Vilhelmina Agda Dagmar Helmi Elna Elfrida Signhild Märtha Yvette Lisbeth Kristel Jannike
Angelica Sonja Valborg Elly Edit Alexandra Nicole Michaela Anja Fanny Smilla Leona Elina Evy
Hilda Tekla Isolde Jannicke Bibbi Minnie Aurora
""")
SV_M = ranked("""
Lars Mikael Anders Johan Erik Per Karl Peter Jan Thomas Daniel Fredrik Hans Andreas Stefan Mats
Magnus Bengt Mattias Marcus Jonas Bo Nils Göran Alexander Niklas Oskar Björn Ulf Patrik Martin
Sven David Henrik Christer Lennart Kjell Leif Rolf Emil Gustav Viktor Simon Robert Christian Åke
Stig Tommy Roger Joakim Anton Jonathan Rickard Kent Håkan Filip William Lucas Gunnar Robin Tobias
Hugo Olof Elias Arne Sebastian Kenneth Adam Jesper Oliver Sten Linus Kurt Axel Dennis Ingemar
Jakob Torbjörn Isak Ludvig Ove Liam Kevin Carl Albin Leo Gösta Rasmus Olle Vincent Alfred Noah
Claes Jörgen Benjamin Jimmy Morgan Lukas Pontus Hampus Jens Tomas Kristoffer Lars-Erik Gert
Arvid Theo Harald Sune Bertil Ingvar Pär Edvin Melvin Jacob Göte Sixten Folke Birger Conny
Allan Thor Tage Valter Sigvard Holger Elis Assar Nils-Erik Per-Olof Jan-Erik Ebbe Eddie Vidar
Love Milo Ture Tor Loke Otto Frans Egon Wilhelm Hjalmar Ivar Einar Malte Sam Nicklas Kristian
Dan Jörn Roland Bernt Lage Uno Evert Helge Tore Erland Sivert Ragnar Hilding Torsten
Per-Anders Lars-Göran Karl-Erik Jan-Olof Kjell-Åke Bror Lennarth Mauritz Yngve Arvo Tord Benny
Gunne Rune Östen Osvald Kennet Leonard Viggo Noel Charlie Colin Edward Ruben Josef Stellan
Vilgot Algot Aron Gabriel Jack Alvin Matteo Casper Janne Ronny Glenn Mikko Pelle
Tim Lenny Jöns Bill Nisse Gustaf Kalle Måns Elmer Harry Sigge Knut Ville Sölve
Hannes Teodor Josua Samuel Joel Ansgar Edmund Fritiof Herbert Gerhard Sture Hasse Torvald
Åsmund Valdemar Tryggve Kristofer Rikard Björn-Erik Sven-Olof Gustav-Adolf Matti Evald Lauri
""")
SV_LAST = ranked("""
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson
Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed Engström Eklund
Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Fransson
Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström
Mårtensson Lundström Ahmed Viklund Björklund Eliasson Pålsson Hassan Berggren Sandström Lund
Nordin Ström Åberg Hermansson Ekström Falk Holmgren Dahlberg Hellström Hedlund Sundberg Sjögren
Ek Blom Abrahamsson Martinsson Öberg Andreasson Strömberg Månsson Åkesson Hansen Norberg
Lindholm Dahl Jonasson Hedberg Sundström Åström Ekman Sjöström Lindell Hussein Karlström
Johnsson Lindahl Holmqvist Sundqvist Nordqvist Åkerlund Strand Nyman Lindblom Hedström
Ekberg Berntsson Mohamed Friberg Wallgren Söderström Björnsson Boman Ottosson Jensen
Sundin Nordlund Lindén Augustsson Moberg Nielsen Malmberg Franzén Vikström Eng Kristiansson
Olausson Lindvall Svärd Hedman Rosén Stenberg Ekdahl Ivarsson Borg Sandin Edlund Roos
Wiklund Rydberg Fors Löfström Hägglund Backman Skoglund Granberg Lilja Sahlin Bäckström
Bergkvist Melin Forslund Lundmark Nordgren Hallberg Carlsson Hjalmarsson Svanberg Alm Skog
Adolfsson Källström Grahn Ljungberg Lönn Wennberg Persdotter Norling Fagerström Gren
Starck Mörk Brännström Degerman Tornberg Sköld Hammar Rask Klang Ahlqvist Wester Nordahl
Edström Jernberg Kvist Asplund Lindkvist Ståhl Hallgren Brandt Lindroth Hultgren Sjödin
Frisk Åhlund Stenlund Bergendahl Palm Ljung Rehn Rudberg Kjellberg Tengvall Wiberg Sandell
Westerlund Engman Lövgren Granlund Bodin Holmström Sjölund Näslund Järvinen Wahlström Dufva
Nordenström Ullman Blomberg Lindh Gyllenhammar Lagerqvist Tallberg Östlund Renström Vallin
Enqvist Åkerman Strömgren Carlén Brodin Hofverberg Kronqvist Hammarström Linnér Sporre
""")

# --- the UK (ONS rankings, general knowledge; 1/rank; head the top 120) ---
UK_F = ranked("""
Sarah Emma Claire Laura Rebecca Hannah Charlotte Emily Sophie Amy Lucy Jessica Rachel Gemma
Victoria Helen Nicola Katie Samantha Lauren Jennifer Elizabeth Louise Kelly Michelle Catherine
Joanne Lisa Karen Susan Julie Amanda Jane Alison Margaret Patricia Olivia Amelia Isla Ava Grace
Mia Poppy Ella Lily Evie Isabella Chloe Ruby Freya Millie Daisy Alice Florence Phoebe Evelyn
Matilda Elsie Scarlett Zoe Megan Holly Natalie Kirsty Stephanie Leanne Donna Tracey Dawn Sharon
Deborah Angela Caroline Jacqueline Joanna Kate Anna Eleanor Georgia Abigail Bethany Jade
Danielle Hayley Kerry Sian Rhiannon Fiona Shona Ailsa Morag Siobhan Niamh Aoife Ellie Molly
Imogen Harriet Beatrice Rosie Martha Maisie Willow Harper Sienna Aria Layla Nancy Violet Iris
Esme Mabel Edith Penelope Gillian Linda Brenda Pauline Wendy Lorraine Maureen Janet Christine
Carol Ann Shirley Valerie Josephine Frances Marion Doreen Hazel Beverley Yvonne Sandra Bernadette
Theresa Rosemary Eileen Kathleen Philippa Tamsin Verity Clemmie Ffion Carys Cerys Bronwen Nia
Eilidh Kirsteen Lorna Elspeth Mhairi Priya Aisha Fatima Zainab Amira Naomi Keeley Chantelle
Jodie Stacey Lindsey Mandy Tanya Sonia Gail Tina Geraldine Marjorie Winifred Beryl Enid Mavis
""", head=120)
UK_M = ranked("""
David John Michael Paul Andrew Mark James Richard Robert Peter Christopher Stephen Daniel Matthew
Thomas William Ian Simon Gary Steven Anthony Neil Martin Jonathan Alan Kevin Lee Jason Darren
Adam Benjamin Oliver Jack Harry George Noah Charlie Jacob Alfie Freddie Oscar Leo Arthur Henry
Archie Joshua Samuel Joseph Ryan Luke Liam Nathan Callum Jamie Craig Scott Stuart Graham Keith
Brian Colin Philip Nigel Trevor Barry Derek Terry Roy Kenneth Malcolm Geoffrey Raymond Dennis
Edward Alexander Dylan Ethan Lewis Connor Kieran Aaron Ben Sam Max Toby Reuben Theo Finley
Rhys Gareth Dafydd Owain Huw Iwan Aled Euan Fraser Angus Hamish Ruaridh Calum Declan Ciaran
Sean Patrick Conor Mohammed Muhammad Ahmed Hassan Ravi Arjun Dominic Rupert Hugo Jasper Felix
Barnaby Alistair Duncan Gordon Douglas Alasdair Ross Bruce Norman Leonard Stanley Harold Albert
Frederick Ronald Donald Clive Roger Howard Russell Wayne Carl Shaun Dean Glen Marcus Elliot
Jake Bradley Jordan Tyler Kyle Reece Ashley Gavin Grant Wesley Nicholas Timothy Julian Giles
""", head=120)
UK_LAST = ranked("""
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
Griffin Sharp Hardy Wheeler Potter Osborne Johnston Gordon Doyle Wallace George Jordan
Hutchinson Reeves Lamb Frost Pritchard Llewellyn Trevelyan Penhaligon Ogilvie Urquhart Crichton
Fairbairn Kershaw Ackroyd Sowerby Entwistle Greenhalgh Pilkington Postlethwaite Braithwaite
Blackburn Whitworth Ormerod Tattersall Hargreaves Oldroyd Haigh Sunderland Crowther Lumb
Fothergill Thistlethwaite Pemberton Cadwallader Vaughan Prosser Bevan Meredith Gwynne Cartwright
""")
# --- origins common in Sweden (commonest names, general knowledge; 1/rank; head the top 12) ---
WORLD = {
    "finnish": ("""Maria Helena Johanna Anneli Kaarina Marjatta Anna Liisa Annikki Hannele Tuula
Päivi Sari Pirjo Merja Riitta Aino Eila Leena Satu Minna Tiina Sanna Kirsi Hilkka Ritva Anu Heidi Outi Tarja""",
                """Juhani Johannes Olavi Antero Tapani Kalevi Tapio Matti Mikael Timo Pekka Kari Jari
Jukka Markku Mika Hannu Juha Heikki Seppo Esa Ilkka Veikko Pertti Arto Raimo Sami Teemu Tuomas Eero""",
                """Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen
Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen
Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Kettunen Hirvonen"""),
    "arabic": ("""Fatima Maryam Zainab Noor Sara Aya Rania Layla Hiba Rasha Nour Amal Huda Dalia
Yasmin Lina Rana Samira Maysa Reem Shatha Nadia Suha Hala Marta Ninos Shamiram Nahrin Ramina Sabrina""",
               """Mohammed Ahmed Ali Omar Hassan Mustafa Yousef Khaled Ibrahim Mahmoud Hussein Abdullah
Karim Sami Walid Bassam Tariq Ammar Rami Firas Majid Ziad Nabil Fadi Samir Ninos Gabriel Aziz
Shamoun Ashur Sargon Jakob Yakub Hanna""",
               """Ali Mohammed Ahmed Hassan Hussein Ibrahim Abdullah Khalil Saleh Mahmoud Abbas
Al-Hassan Jaber Haddad Nasser Kareem Mansour Yousef Darwish Hamid Othman Jamil Qasim Al-Khatib
Gabriel Yacoub Shamoun Isik Aho Barsom Petros Lahdo Malke Sabri Hanna Danho"""),
    "persian": ("""Maryam Fatemeh Zahra Shirin Parisa Leila Sara Mina Azadeh Nasrin Roya Niloufar
Mahsa Shabnam Parvin Farah Golnaz Negar Yasaman Ladan Soheila Bahar Samira Elham""",
                """Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Majid Behzad Farhad Dariush Babak
Kaveh Arash Omid Payam Kian Navid Peyman Shahram Farzad Ramin Cyrus""",
                """Mohammadi Hosseini Ahmadi Rezaei Moradi Karimi Jafari Rahimi Hashemi Mousavi
Ghorbani Sadeghi Kazemi Ebrahimi Rostami Nouri Tehrani Shirazi Esfahani Amini Farahani Bagheri
Mirzaei Sohrabi Ansari Khosravi"""),
    "kurdish": ("""Rojda Berivan Dilan Shirin Hêvî Zozan Nesrin Gulistan Ronahi Avin Jiyan Perwin
Leyla Nazdar Bahar Rojin Dilvin Xezal Sozdar Evin""",
                """Azad Rebwar Baran Dilshad Kawa Shvan Hiwa Aram Karwan Serhat Rojhat Zana Kamal
Dara Sherzad Botan Diyar Hozan Bakhtiyar Ahmad Salar""",
                """Ahmad Mahmoud Rashid Barzani Talabani Mustafa Hasan Kurdi Aziz Qadir Hamad Bakr
Karim Salih Sindi Zebari Amedi Rasul Hawrami Jaf Baban"""),
    "somali": ("""Fadumo Hodan Amina Sahra Faduma Hawa Khadija Ayaan Ifrah Asha Sagal Nasra
Hibo Deqa Ubah Muna Iqra Layla Warsan Ruqia Istar Nimco""",
                """Mohamed Abdi Ahmed Hassan Ali Abdullahi Omar Abdirahman Yusuf Ismail Said
Mahad Abdiaziz Guled Liban Farah Hamza Bashir Khalid Jama Osman Nuur""",
                """Mohamed Ahmed Hassan Ali Abdi Farah Osman Warsame Yusuf Ibrahim Jama Hussein
Abdullahi Aden Omar Nur Egal Dualeh Duale Hirsi Isse Mohamud Gure Haji"""),
    "eritrean": ("""Helen Senait Yohana Selam Luwam Saba Mebrat Tsega Hiwet Eden Ruth Feven
Almaz Tigist Meron Mahlet Bethlehem Rahel Winta Hanna""",
                 """Yonas Daniel Samuel Biniam Dawit Tesfay Mehari Yohannes Filmon Habtom Tekle
Michael Amanuel Henok Robel Kidane Semere Mulugeta Abel Efrem""",
                 """Tesfay Tekle Gebremedhin Haile Berhe Ghebreyesus Kidane Mehari Tesfamariam
Gebre Woldu Asfaha Abraha Negash Tewolde Ghirmay Habte Yemane Andemariam Kahsay Araya"""),
    "polish": ("""Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena
Joanna Elżbieta Aleksandra Monika Zofia Teresa Danuta Natalia Karolina Marta Beata Dorota
Justyna Paulina Iwona Grażyna Agata Weronika Ilona""",
               """Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Jakub Adam Łukasz
Marek Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Jerzy Maciej Rafał Kamil Robert
Sławomir Bartosz Przemysław Wiesław Tadeusz""",
               """Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński
Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski
Grabowski Nowakowski Pawłowski Michalski Nowicki Adamczyk Dudek Zając Wieczorek Jabłoński
Król Majewski Olszewski Jaworski Wróbel Malinowski Pawlak Witkowski Walczak Stępień Górski
Rutkowski Sadowski Zawadzki Wysocki"""),
    "bcs": ("""Amra Emina Lejla Ajla Jasmina Selma Merima Amela Aida Alma Ana Marija Ivana Jelena
Milica Dragana Snežana Mirjana Vesna Sanja Maja Tijana Dijana Nermina Sabina Azra Mersiha""",
            """Amir Adnan Emir Edin Haris Kenan Mirza Senad Almir Nermin Dževad Jasmin Ivan Marko
Nikola Stefan Luka Dragan Zoran Milan Goran Dejan Nenad Srđan Miloš Josip Ante Tomislav Davor""",
            """Hodžić Hadžić Begić Delić Mehmedović Hasanović Kovačević Babić Jovanović Petrović
Nikolić Marković Đorđević Stojanović Ilić Popović Horvat Knežević Marić Perić Jurić Pavlović
Tomić Mujić Salihović Ibrahimović Čaušević Softić Husić Alić Šehić Omerović Karić"""),
    "turkish": ("""Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hülya Özlem
Derya Esra Gül Yasemin Tuğba Büşra Ebru Sevgi Nur Dilek Gizem""",
                """Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer
Ramazan Halil Süleyman Abdullah Mahmut Recep Emre Burak Serkan Kemal Özgür Cem Tolga""",
                """Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan
Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Erdoğan Güneş Aksoy Tekin"""),
    "latin": ("""María Ana Carolina Daniela Valentina Camila Francisca Javiera Constanza Catalina
Paula Fernanda Gabriela Andrea Claudia Patricia Verónica Lorena Ximena Marcela Alejandra Luz""",
              """José Juan Luis Carlos Jorge Manuel Pablo Diego Sebastián Matías Felipe Cristián
Rodrigo Andrés Alejandro Francisco Gonzalo Ricardo Héctor Víctor Eduardo Tomás Joaquín""",
              """González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales
Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia
Reyes Gutiérrez Castro Pizarro Álvarez Vásquez Sánchez Fernández Ramírez Carrasco Gómez
Cortés Herrera Núñez Jara Vergara Figueroa Riquelme Mendoza"""),
    "thai": ("""Somchai Siriporn Malee Suda Nittaya Pranee Wanida Kanya Ratana Sunisa Pimchanok
Jintana Nongnuch Kannika Sasithorn Chanida Benjawan Lamai Supaporn Anong Dao Noi""",
             """Somchai Somsak Surasak Prasert Anan Chaiwat Wichai Kittisak Niran Sombat Boonmee
Apichai Thanakorn Narong Pichit Sakda Wirat Sutin""",
             """Saetang Srisuk Chaiyaporn Wongsawat Boonyarat Rattanakorn Kaewkla Sukprasert
Thongchai Jaidee Intarasuk Phromma Srisawat Chanthara Noknoi Pongsak Kongkaew Suwannarat
Thammasak Bunnag"""),
    "indian": ("""Priya Anjali Pooja Neha Sneha Divya Kavya Shreya Ananya Aishwarya Lakshmi
Deepa Sunita Meera Ritu Nisha Swati Harpreet Simran Fatima Aarti Rekha""",
               """Rahul Amit Rohit Vikram Arjun Sanjay Rajesh Suresh Ramesh Anil Sunil Vijay
Karthik Arun Manoj Deepak Aditya Nikhil Gurpreet Harjit Imran Ravi Vivek Siddharth""",
               """Sharma Singh Kumar Patel Gupta Reddy Rao Iyer Nair Shah Mehta Joshi Verma
Agarwal Das Chatterjee Banerjee Mukherjee Pillai Menon Desai Kaur Gill Malhotra Kapoor Bhat
Krishnan Srinivasan Chopra Sethi"""),
    "chinese": ("""Li Na Wang Fang Xiu Ying Jing Mei Yan Hui Min Xin Yu Ting Lan Hong Juan Qian
Wei Lin Xiaoyan Yuqing Jiayi Shuang""",
                """Wei Jun Lei Yang Hao Ming Jian Tao Bo Qiang Peng Chao Hui Gang Yong Jie Feng
Zhiwei Haoran Yifan Zihao Jianguo""",
                """Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin
Gao Luo Zheng Liang Xie Tang Han"""),
    "ukrainian": ("""Olena Tetiana Nataliia Iryna Svitlana Oksana Yuliia Kateryna Mariia Anastasiia
Halyna Liudmyla Viktoriia Olha Nadiia Daria Sofiia Alina Khrystyna Valentyna""",
                  """Oleksandr Serhii Andrii Volodymyr Oleksii Dmytro Mykola Ivan Vasyl Yurii
Viktor Taras Bohdan Petro Maksym Denys Vitalii Roman Artem Mykhailo Ihor Yaroslav""",
                  """Melnyk Shevchenko Kovalenko Bondarenko Boyko Tkachenko Kravchenko Kovalchuk
Koval Oliinyk Shevchuk Polishchuk Lysenko Bondar Tkachuk Savchenko Rudenko Moroz Marchenko
Kravchuk Ponomarenko Pavlenko Kuzmenko Savchuk Lytvynenko"""),
    "afghan": ("""Fatima Zahra Maryam Marzia Sakina Hamida Nargis Shabana Parwana Farzana Mursal
Zarghuna Malalai Freshta Mahbooba Shakila Nilofar Tahmina Zainab Mina Rahima Soraya""",
               """Mohammad Ahmad Ali Abdul Hamid Mustafa Jawad Hamed Farid Nasir Wahid Rahmatullah
Mahdi Sohail Javid Zabihullah Khalid Qais Samiullah Hussain Mujtaba Sayed Rashid Ajmal""",
               """Ahmadi Mohammadi Hosseini Rahimi Sultani Hakimi Karimi Nazari Haidari Rezaie
Amiri Sadat Popal Stanikzai Wardak Safi Noori Jalali Azizi Habibi Qaderi Sharifi Niazi Rasuli"""),
    "romanian": ("""Maria Elena Ioana Andreea Mihaela Ana Cristina Alexandra Gabriela Daniela
Nicoleta Alina Florentina Simona Irina Roxana Oana Larisa Raluca Ramona Georgiana Adriana""",
                 """Ion Gheorghe Vasile Constantin Alexandru Andrei Mihai Ioan Nicolae Marian
Florin Adrian Cristian Ștefan Dumitru Bogdan Daniel Ionuț Cătălin Răzvan Sorin Costel""",
                 """Popescu Popa Pop Radu Ionescu Dumitru Stan Stoica Gheorghe Munteanu Constantin
Matei Ciobanu Rusu Mihai Lungu Dinu Florea Moldovan Marin Tudor Dobre Toma Barbu Nistor
Ștefănescu Sârbu Căpraru Iordache"""),
}
ORIGINS: dict[str, "Origin"] = {}


@dataclass
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


ORIGINS["swedish"] = Origin(SV_F, SV_M, SV_LAST)
ORIGINS["us"] = Origin(weighted(US_F), weighted(US_M), weighted(US_LAST))
ORIGINS["uk"] = Origin(UK_F, UK_M, UK_LAST)
for _key, (_f, _m, _last) in WORLD.items():
    ORIGINS[_key] = Origin(ranked(_f, 12), ranked(_m, 12), ranked(_last, 12))

# Who is named, per language of the row, roughly as Sweden's population is (weights, not per cents).
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 69, "arabic": 5.5, "finnish": 4, "polish": 2.8, "bcs": 2.6, "persian": 2.2,
        "kurdish": 1.6, "somali": 1.5, "ukrainian": 1.5, "turkish": 1.4, "afghan": 1.3,
        "indian": 1.2, "eritrean": 1.1, "latin": 1.1, "romanian": 1.0, "thai": 0.9,
        "chinese": 0.8, "uk": 0.5, "us": 0.4,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 7, "indian": 5.5, "latin": 2.2, "arabic": 2, "polish": 2,
        "chinese": 1.8, "turkish": 1, "romanian": 0.9, "finnish": 0.8, "ukrainian": 0.8,
        "persian": 0.7, "somali": 0.6, "afghan": 0.4,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 9, "arabic": 5, "polish": 3.5, "finnish": 3, "indian": 2.8,
        "bcs": 2, "persian": 2, "ukrainian": 1.6, "somali": 1.4, "turkish": 1.3, "kurdish": 1.2,
        "latin": 1.2, "romanian": 1.2, "chinese": 1.1, "afghan": 1, "thai": 1, "eritrean": 0.9,
    },
}  # fmt: skip
PLAIN_ORIGINS = ("polish", "bcs", "turkish", "latin", "romanian")  # ~30% typed without diacritics

_EN_NICK = {
    "Michael": ["Mike", "Mikey"], "Elizabeth": ["Liz", "Beth", "Lizzie"], "Jennifer": ["Jen", "Jenny"],
    "Robert": ["Rob", "Bob", "Bobby"], "William": ["Will", "Bill", "Billy"], "James": ["Jim", "Jimmy", "Jamie"],
    "Christopher": ["Chris"], "Richard": ["Rich", "Rick"], "Thomas": ["Tom", "Tommy"], "Anthony": ["Tony"],
    "Margaret": ["Maggie", "Peggy", "Meg"], "Patricia": ["Pat", "Trish"], "Catherine": ["Kate", "Cathy"],
    "Katherine": ["Kate", "Kathy"], "Rebecca": ["Becky", "Becca"], "Samantha": ["Sam"], "Nicholas": ["Nick"],
    "Daniel": ["Dan", "Danny"], "Matthew": ["Matt"], "Benjamin": ["Ben"], "Alexander": ["Alex"],
    "Edward": ["Ed", "Ted", "Eddie"], "Joseph": ["Joe", "Joey"], "Victoria": ["Vicky", "Tori"],
    "Deborah": ["Debbie", "Deb"], "Susan": ["Sue", "Suzy"], "Jacqueline": ["Jackie"], "Stephen": ["Steve"],
    "Steven": ["Steve"], "Andrew": ["Andy", "Drew"], "Timothy": ["Tim"], "Jonathan": ["Jon"],
    "Philip": ["Phil"], "Kenneth": ["Ken", "Kenny"], "Ronald": ["Ron", "Ronnie"], "Donald": ["Don"],
    "Barbara": ["Barb", "Babs"], "Charles": ["Charlie", "Chuck"], "David": ["Dave"], "Peter": ["Pete"],
    "Gregory": ["Greg"], "Jeffrey": ["Jeff"], "Samuel": ["Sam"], "Abigail": ["Abby"], "Eleanor": ["Ellie", "Nell"],
    "Frederick": ["Fred", "Freddie"], "Dorothy": ["Dot", "Dottie"], "Kimberly": ["Kim"], "Christine": ["Chris", "Chrissie"],
    "Nicola": ["Nicky"], "Alison": ["Ali"], "Gillian": ["Gill"], "Jessica": ["Jess"], "Charlotte": ["Lottie", "Charlie"],
}  # fmt: skip
NICKNAMES: dict[str, dict[str, list[str]]] = {
    "swedish": {
        "Joakim": ["Jocke"], "Lars": ["Lasse"], "Mikael": ["Micke"], "Karl": ["Kalle"], "Per": ["Pelle", "Perra"],
        "Hans": ["Hasse"], "Thomas": ["Tompa"], "Magnus": ["Mange"], "Marcus": ["Macke"], "Kristina": ["Kicki", "Stina"],
        "Charlotte": ["Lotta"], "Susanne": ["Sussie", "Sanna"], "Margareta": ["Maggan"], "Birgitta": ["Gittan", "Bittan"],
        "Elisabeth": ["Bettan", "Lisa"], "Katarina": ["Kattis"], "Johanna": ["Jossan"], "Josefin": ["Jossan", "Fina"],
        "Jonas": ["Jonte"], "Stefan": ["Steffe"], "Robert": ["Robban"], "Patrik": ["Patte"], "Ulf": ["Uffe"],
        "Bengt": ["Bengan"], "Tobias": ["Tobbe"], "Torbjörn": ["Tobbe"], "Alexander": ["Alex", "Acke"],
        "Daniel": ["Danne"], "Kenneth": ["Kenta"], "Roger": ["Roffe"], "Rolf": ["Roffe"], "Sebastian": ["Sebbe"],
        "Jan": ["Janne"], "Gustav": ["Gurra", "Gusse"], "Niklas": ["Nicke"], "Viktoria": ["Vicky"],
        "Kristoffer": ["Krille"], "Camilla": ["Millan"], "Sandra": ["Sanna"], "Matilda": ["Tilda"],
        "Madeleine": ["Madde"], "Therese": ["Tessan"], "Fredrik": ["Freddie", "Fredde"], "Anders": ["Ante"],
        "Jessica": ["Jessie"], "Ann-Christin": ["Anki"], "Annika": ["Anki"], "Emelie": ["Emmy"],
        "Christer": ["Crille"], "Håkan": ["Hockan"], "Kjell": ["Kjelle"], "Leif": ["Leffe"], "Lennart": ["Lelle"],
        "Anneli": ["Nellie"], "Olof": ["Olle"], "Nils": ["Nisse"], "Ingegerd": ["Inge"], "Gunilla": ["Gunnis"],
    },
    "us": _EN_NICK,
    "uk": _EN_NICK,
    "polish": {"Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"], "Aleksandra": ["Ola"], "Krzysztof": ["Krzysiek"],
               "Tomasz": ["Tomek"], "Agnieszka": ["Aga"], "Magdalena": ["Madzia"], "Wojciech": ["Wojtek"]},
    "finnish": {"Johannes": ["Jussi"], "Heikki": ["Heikku"], "Annikki": ["Anni"]},
    "ukrainian": {"Oleksandr": ["Sasha"], "Volodymyr": ["Volodia"], "Kateryna": ["Katia"], "Anastasiia": ["Nastia"]},
    "romanian": {"Alexandru": ["Alex"], "Gheorghe": ["Ghiță"], "Ioana": ["Ioanina"]},
    "indian": {"Siddharth": ["Sid"], "Aishwarya": ["Ash"]},
    "arabic": {"Mohammed": ["Mo"], "Abdullah": ["Abdi"]},
}  # fmt: skip
