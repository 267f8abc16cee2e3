# ruff: noqa: E501
"""Name pools of held-out BB (thirty-third writer): who is named, and how often.

Every list is in the order of how common the name is, commonest first, and every list is split
into a head (the commonest, drawn with HEAD_SHARE) and a tail (rarer names past them). Sources,
written down by a helper who does not tune the detector and never compared these names with
rung's lexicons (no name was left in or out for being known or unknown):

- Sweden: women's and men's given names and surnames in the order of SCB's name statistics
  (from general knowledge of them), weight 1/rank, head the top 150, tail the rarer names after.
- USA: the Census 1990 frequency lists (public domain; `dist.female.first`, `dist.male.first`,
  `dist.all.last` as the `names` package ships them): the first 360, 330 and 460 names with the
  census's per cent of the population as weight, head the top 150.
- UK: given names and surnames in the order of the ONS rankings (general knowledge), weight
  1/rank**0.85 (a flatter curve than Sweden's), head the top 120.
- Origins common in Sweden: the commonest given names and surnames of Finland, the Arab world
  (Syria and Iraq, with Assyrian/Syriac names), Iran, Kurdistan, Somalia, Eritrea and Ethiopia,
  Poland (feminine `-ska`/`-cka`), Bosnia/Serbia/Croatia, Turkey, Latin America (two surnames),
  Thailand, India, China, Ukraine, and, chosen by this writer, Afghanistan (Dari/Pashto) and
  Romania; weight 1/rank**0.85, head the top 10.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from a list's head with this chance, else from its tail


@dataclass(frozen=True)
class Pool:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int  # names[:head] is the head, names[head:] the tail


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def _unique(text: str) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for word in text.split():
        seen.setdefault(word, None)
    return tuple(seen)


def ranked(text: str, head: int, power: float = 1.0) -> Pool:
    """A pool from names in rank order: weight 1/rank**power."""
    names = _unique(text)
    return Pool(names, tuple(1 / (i + 1) ** power for i in range(len(names))), min(head, len(names) - 1))


def census(parts: tuple[str, ...], head: int = 150) -> Pool:
    """A pool from `Name:per-cent` pairs: the per cent is the weight."""
    pairs = [p.split(":") for p in "".join(parts).split()]
    return Pool(tuple(n for n, _ in pairs), tuple(float(w) for _, w in pairs), head)


_PLAIN = str.maketrans({"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "İ": "I", "ø": "o"})


def plain(word: str) -> str:
    """A name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Đorđević` -> `Djordjevic`."""
    word = word.translate(_PLAIN)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman has it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    if surname.endswith(("ski", "cki", "dzki")):
        return surname[:-1] + "a"
    return surname


# --- Sweden (SCB's order; head 150, the rest is the tail) --------------------------------------
SV_F = """
Maria Elisabeth Anna Kristina Margareta Eva Linnéa Birgitta Karin Marie Ingrid Emma Sara Kerstin
Lena Sofia Ingegerd Helena Christina Johanna Inger Marianne Linda Elin Malin Ida Susanne Hanna
Louise Jenny Ulla Viktoria Gunilla Anita Katarina Carina Monica Ann Camilla Astrid Elsa Alice
Julia Ulrika Åsa Amanda Ebba Therese Matilda Frida Gun Irene Anneli Lisa Charlotte Maja Ella
Agneta Annika Cecilia Barbro Josefin Gunnel Siv Sofie Emelie Yvonne Madeleine Wilma Moa Lovisa
Klara Elise Jessica Elvira Ellen Helen Caroline Pia Lina Mona Ingela Britt Berit Agnes Sandra
Mikaela Isabelle Felicia Emilia Olivia Alva Elina Vera Tilda Nora Ingeborg Gunhild Solveig
Rebecka Angelica Alexandra Petra Nina Veronica Jennie Sanna Tove Hedvig Tuva Saga Stina Lisbeth
Margit Gerd Gunvor Marita Anette Annelie Eleonora Ronja Ester Nellie Isabella Selma Thea Lilly
Freja Signe Stella Greta Edit Sigrid Ellinor Emmy Lova Mira Hilma Ann-Christin Ann-Sofie
Anna-Karin Maj-Britt Elsy Ewa Majvor Rut Karolina Jeanette Evelina
Jonna Alicia Linn Lisen Juni Idun Svea Ines Meja Hilda Iris Liv Cornelia Elisa Vilma Ellie
Majken Dagny Ethel Ragnhild Elvy Ulla-Britt Inga-Lill Gudrun Doris Rose-Marie Viola Märta Hjördis
Aina Asta Irma Lilian Judit Laila Tyra Nathalie Jasmine Fanny Victoria Tindra Novalie Leia Elsie
Minna Lea Vendela Tina Pernilla Ylva Eira Embla Lykke Majsan Sonja Ingalill Ulla-Carin Kajsa
Tova Marika Hélène Annette Liselott Lotten Maud Regina Ulrica Josefina Sigyn Gunborg Dagmar
Tekla Edla Elvira Bodil Inez Karolin Therése Jannike Birgit Ulla-Stina Kristin Alma Nova Bianca
Fatima Sigbritt Vivianne Ingrid-Marie Gullan Gunnevi Harriet Solbritt Mariana Amalia Elna Ruth
Ingalena Malva Lydia Juno Livia Valentina Jennifer Tuuli Zara Adéle Leonora Cajsa
Margaretha Annsofi Katrin Karin-Maria Elinor Melina Izabella Wilhelmina Lovise Blenda Aurora
Ingun Gertrud Vanja Tora Rakel Hillevi Hedda Mirjam Eivor Nanna Irja Kaisa Sylvia
"""
SV_M = """
Lars Karl Mikael Anders Johan Erik Per Peter Olof Jan Thomas Hans Daniel Gustav Fredrik Lennart
Magnus Nils Stefan Mats Bengt Alexander Jonas Mattias Bo Oskar Åke Andreas Göran Leif Sven Martin
Ulf Henrik Christer Björn Axel Niklas Kjell Marcus Robert David Tommy Patrik Anton Emil Filip
Rolf Roger Håkan Kent Stig Christian Sebastian Joakim Simon Carl Ingemar Kurt Tobias Viktor
Claes Arne Gunnar Wilhelm Kenneth Rickard Sten Jakob Elias Lucas Hugo William Jonathan Adam
Johannes Roland Torbjörn Emanuel Isak Ludvig Ingvar Oliver Rasmus Jesper Arvid Gabriel Jimmy
Dennis Joel Sune Georg Harald Gösta Conny Pontus Samuel Albin Theodor Vincent Elliot Liam Noah
Leo Alfred Edvin Melvin Max Love Ebbe Sixten Folke Josef Benjamin Kevin Robin Ronny Mohammed
Ali Krister Torsten Allan Bertil Evert Erland Birger Einar Ove Tord Gert Rune Sture Hampus Viggo
Otto Frans Valter Melker Charlie Olle Jörgen Urban
Lars-Erik Karl-Johan Per-Olof Jan-Erik Hans-Åke Nils-Erik Bo-Göran
Dan Lage Tage Valdemar Holger Ragnar Helge Ture Sigvard Uno Artur Erling Bror Jens Mathias
Kristoffer Jacob Adrian Isac Casper Elton Colin Milo Alvar Wilmer Loke Sam Aron Ivar Vidar
Harry August Matteo Oscar Ville Ian Nicklas Johnny Ola Gottfrid Knut Gusten Assar Henning
Tor Ingvald Åsmund Olov Ingmar Sölve Ejnar Rikard Mårten Staffan Pär Lennarth Ulrik
Börje Lars-Göran Tomas Ronnie Glenn Mattis Anders-Petter Teodor Elvin Noel Nils-Olof
Gustaf Birk Ossian Tristan Caspian Malte Sigge Vilgot Elis Edward Algot Enok Tyko Svante
Anselm Hjalmar Konrad Evald Arnold Arwid Kasper Lukas Marcel Nore Frank Jon Vilhelm Hilding
Agne Lennie Berndt Yngve Osvald Inge Jerker Tryggve Kennet Benny Leon Harri Arvo Elon Gideon Nathaniel Jussi Vilmer Eddie Rafael Mauritz Tim Aleksander
"""
SV_LAST = """
Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Lindström
Olofsson Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson
Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Ali Wallin Mohammed Engström Eklund
Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Fransson
Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström
Mårtensson Lundström Viklund Björklund Eliasson Pålsson Berggren Sandström Lund Nordin Ström
Åberg Hermansson Ekström Holmgren Sundberg Hedlund Dahlberg Hellström Sjögren Abrahamsson
Martinsson Öberg Andreasson Falk Blom Månsson Åkesson Jonasson Strand Ek Sundström Nordqvist
Mohamed Lindholm Dahl Lindell Borg Sundqvist Nordlund Bergkvist Lindblom Ekman Forsman Lindahl
Holmqvist Sjöström Hedberg Söderström Strömberg Nyman Bäckström Åström Sundin Hedström Ahmed
Hassan Nordgren Lundmark Hjalmarsson Ekberg Sjödin Ivarsson Lindén Johnsson Björkman Sandin
Ottosson Lundell Strömqvist Vikström Wiklund Hellberg Nordberg Jakobsson Ahlström Hallberg
Friberg Boström Engberg Törnqvist Blomberg Lilja Roos Wahlström Fors Sundell Söderlund Backman
Nyholm Carlsson Gustavsson Aronsson Lindkvist Östlund
Malmqvist Granlund Rydberg Hammar Engdahl Grahn Ahlberg Sjölund Bohlin Hägglund Östman Vestin
Norén Öhman Backlund Jernberg Rehn Kronberg Ljungqvist Fagerlund Rosvall Sahlin Tornberg
Wennerholm Stenberg Åkerlund Edlund Löfstedt Hedman Brandt Lundholm Ekholm Modig Sundgren
Lindmark Alm Burman Frisk Granath Hagström Hultgren Kjellberg Larsén Lönn Melin Nygren Palm
Rask Skoglund Söder Thörn Wallgren Westerberg Wendel Zetterberg Åhman Öst Dahlgren Edström
Forsgren Grönlund Hedin Holmström Jacobsson Lagerqvist Lindroth Ljung Mellberg Norberg Norling
Pihl Rosén Selin Sjökvist Sohlberg Stark Sund Svärd Tell Ullman Vallin Wester Åkerman Öhrn
Bäck Ferm Gran Hagberg Ingvarsson Kvist Lagerström Lindmark Mossberg Nord Olander Pettersén
Qvarnström Rönnberg Stenlund Tallberg Unger Wikman Åsberg Ödman Bergenholtz Dalin Fjällström
Gyllenberg Hägg Isberg Jernström Kling Lindelöf Moberg Nilén Orrenius Persborn Rydén Säll
Törnblom Uddén Wik Östberg Ahnlund Bergendahl Cederholm Ehn Fahlén Grip Hofverberg
"""
# Short forms people use (`Jocke`, `Lasse`); a note among friends calls people so.
NICK_SV = {
    "Lars": ("Lasse",), "Joakim": ("Jocke",), "Mikael": ("Micke",), "Karl": ("Kalle",),
    "Per": ("Pelle", "Perra"), "Thomas": ("Tompa",), "Magnus": ("Mange",), "Robert": ("Robban",),
    "Marcus": ("Mackan",), "Patrik": ("Patte",), "Fredrik": ("Fredde",), "Gustav": ("Gurra", "Gusse"),
    "Henrik": ("Henke",), "Stefan": ("Steffe",), "Tobias": ("Tobbe",), "Torbjörn": ("Tobbe",),
    "Sebastian": ("Sebbe",), "Niklas": ("Nicke",), "Daniel": ("Danne",), "Hans": ("Hasse",),
    "Leif": ("Leffe",), "Olof": ("Olle",), "Jan": ("Janne",), "Bengt": ("Bengan",),
    "Christer": ("Kicke",), "Kristoffer": ("Kricke",), "Jonas": ("Jonte",), "Alexander": ("Alex",),
    "Andreas": ("Andy",), "Anders": ("Adde",), "Johan": ("Jocke", "Jojje"), "Roger": ("Rogge",),
    "Charlotte": ("Lotta",), "Susanne": ("Sussie",), "Katarina": ("Kattis",), "Kristina": ("Kicki", "Stina"),
    "Elisabeth": ("Lisa", "Bettan"), "Margareta": ("Maggan",), "Birgitta": ("Gittan", "Bittan"),
    "Madeleine": ("Madde",), "Josefin": ("Jossan",), "Viktoria": ("Vickan",), "Matilda": ("Tilda",),
    "Rebecka": ("Becka",), "Camilla": ("Millan",), "Cecilia": ("Cissi",), "Annika": ("Anki",),
    "Jessica": ("Jessie",), "Gunilla": ("Gunnis",), "Alexandra": ("Alex",), "Jennie": ("Jenna",),
}  # fmt: skip
NICK_EN = {
    "Michael": ("Mike", "Mick"), "William": ("Will", "Bill"), "Robert": ("Rob", "Bob", "Robbie"),
    "James": ("Jim", "Jamie"), "Elizabeth": ("Liz", "Beth", "Lizzie"), "Jennifer": ("Jen", "Jenny"),
    "Christopher": ("Chris",), "Richard": ("Rich", "Rick"), "Thomas": ("Tom", "Tommy"),
    "Daniel": ("Dan", "Danny"), "Matthew": ("Matt",), "Joseph": ("Joe",), "Catherine": ("Kate", "Cathy"),
    "Katherine": ("Kate", "Katie"), "Margaret": ("Maggie", "Peggy"), "Susan": ("Sue",),
    "Patricia": ("Pat", "Trish"), "Samantha": ("Sam",), "Nicholas": ("Nick",), "Anthony": ("Tony",),
    "Andrew": ("Andy", "Drew"), "Stephen": ("Steve",), "Steven": ("Steve",), "Jonathan": ("Jon",),
    "Alexander": ("Alex",), "Rebecca": ("Becky", "Becca"), "Victoria": ("Vicky", "Tori"),
    "Deborah": ("Debbie", "Deb"), "Edward": ("Ed", "Ted", "Eddie"), "Benjamin": ("Ben",),
    "Timothy": ("Tim",), "Gareth": ("Gaz",), "Gary": ("Gaz",), "Charles": ("Charlie", "Chuck"),
    "Kenneth": ("Ken",), "Donald": ("Don",), "Ronald": ("Ron",), "Jessica": ("Jess",),
    "Christine": ("Chris",), "Kimberly": ("Kim",), "Pamela": ("Pam",), "Barbara": ("Barb",),
    "Alexandra": ("Alex", "Lexi"), "Nicola": ("Nicky",), "Joshua": ("Josh",), "Frederick": ("Freddie",),
}  # fmt: skip

# --- the United States (Census 1990: name and per cent) ---------------------------------------
US_F = (
    'Mary:2.629 Patricia:1.073 Linda:1.035 Barbara:0.980 Elizabeth:0.937 Jennifer:0.932 '
    'Maria:0.828 Susan:0.794 Margaret:0.768 Dorothy:0.727 Lisa:0.704 Nancy:0.669 Karen:0.667 '
    'Betty:0.666 Helen:0.663 Sandra:0.629 Donna:0.583 Carol:0.565 Ruth:0.562 Sharon:0.522 '
    'Michelle:0.519 Laura:0.510 Sarah:0.508 Kimberly:0.504 Deborah:0.494 Jessica:0.490 '
    'Shirley:0.482 Cynthia:0.469 Angela:0.468 Melissa:0.462 Brenda:0.455 Amy:0.451 Anna:0.440 '
    'Rebecca:0.430 Virginia:0.430 Kathleen:0.424 Pamela:0.416 Martha:0.412 Debra:0.408 '
    'Amanda:0.404 Stephanie:0.400 Carolyn:0.385 Christine:0.382 Marie:0.379 Janet:0.379 '
    'Catherine:0.373 Frances:0.370 Ann:0.364 Joyce:0.364 Diane:0.359 Alice:0.357 Julie:0.348 '
    'Heather:0.337 Teresa:0.336 Doris:0.335 Gloria:0.335 Evelyn:0.322 Jean:0.315 Cheryl:0.315 '
    'Mildred:0.313 Katherine:0.313 Joan:0.306 Ashley:0.303 Judith:0.297 Rose:0.296 Janice:0.285 '
    'Kelly:0.283 Nicole:0.281 Judy:0.276 Christina:0.275 Kathy:0.272 Theresa:0.271 Beverly:0.267 '
    'Denise:0.264 Tammy:0.259 Irene:0.252 Jane:0.250 Lori:0.248 Rachel:0.242 Marilyn:0.241 '
    'Andrea:0.236 Kathryn:0.234 Louise:0.229 Sara:0.229 Anne:0.228 Jacqueline:0.228 Wanda:0.226 '
    'Bonnie:0.223 Julia:0.223 Ruby:0.221 Lois:0.220 Tina:0.220 Phyllis:0.219 Norma:0.218 '
    'Paula:0.217 Diana:0.216 Annie:0.216 Lillian:0.211 Emily:0.208 Robin:0.208 Peggy:0.208 '
    'Crystal:0.207 Gladys:0.205 Rita:0.204 Dawn:0.202 Connie:0.200 Florence:0.200 Tracy:0.197 '
    'Edna:0.197 Tiffany:0.195 Carmen:0.195 Rosa:0.194 Cindy:0.192 Grace:0.189 Wendy:0.185 '
    'Victoria:0.180 Edith:0.179 Kim:0.178 Sherry:0.178 Sylvia:0.177 Josephine:0.177 Thelma:0.175 '
    'Shannon:0.175 Sheila:0.175 Ethel:0.174 Ellen:0.173 Elaine:0.173 Marjorie:0.173 Carrie:0.171 '
    'Charlotte:0.169 Monica:0.166 Esther:0.166 Pauline:0.165 Emma:0.165 Juanita:0.164 Anita:0.162 '
    'Rhonda:0.162 Hazel:0.161 Amber:0.160 Eva:0.159 Debbie:0.157 April:0.154 Leslie:0.154 '
    'Clara:0.153 Lucille:0.153 Jamie:0.153 Joanne:0.150 Eleanor:0.150 Valerie:0.149 '
    'Danielle:0.149 Megan:0.147 Alicia:0.146 Suzanne:0.145 Michele:0.145 Gail:0.145 Bertha:0.143 '
    'Darlene:0.142 Veronica:0.142 Jill:0.142 Erin:0.141 Geraldine:0.141 Lauren:0.137 Cathy:0.137 '
    'Joann:0.136 Lorraine:0.135 Lynn:0.135 Sally:0.135 Regina:0.133 Erica:0.130 Beatrice:0.130 '
    'Dolores:0.129 Bernice:0.128 Audrey:0.127 Yvonne:0.126 Annette:0.125 June:0.125 '
    'Samantha:0.124 Marion:0.122 Dana:0.122 Stacy:0.121 Ana:0.120 Renee:0.120 Ida:0.118 '
    'Vivian:0.118 Roberta:0.117 Holly:0.117 Brittany:0.117 Melanie:0.116 Loretta:0.115 '
    'Yolanda:0.115 Jeanette:0.115 Laurie:0.114 Katie:0.113 Kristen:0.111 Vanessa:0.111 Alma:0.111 '
    'Sue:0.111 Elsie:0.110 Beth:0.110 Jeanne:0.109 Vicki:0.109 Carla:0.107 Tara:0.107 '
    'Rosemary:0.107 Eileen:0.105 Terri:0.105 Gertrude:0.103 Lucy:0.103 Tonya:0.102 Ella:0.101 '
    'Stacey:0.101 Wilma:0.099 Gina:0.099 Kristin:0.099 Jessie:0.098 Natalie:0.098 Agnes:0.098 '
    'Vera:0.098 Willie:0.097 Charlene:0.097 Bessie:0.096 Delores:0.095 Melinda:0.094 Pearl:0.094 '
    'Arlene:0.094 Maureen:0.092 Colleen:0.092 Allison:0.092 Tamara:0.092 Joy:0.091 Georgia:0.091 '
    'Constance:0.091 Lillie:0.090 Claudia:0.090 Jackie:0.090 Marcia:0.090 Tanya:0.089 '
    'Nellie:0.089 Minnie:0.089 Marlene:0.088 Heidi:0.088 Glenda:0.088 Lydia:0.086 Viola:0.086 '
    'Courtney:0.086 Marian:0.086 Stella:0.085 Caroline:0.085 Dora:0.084 Jo:0.083 Vickie:0.082 '
    'Mattie:0.081 Terry:0.080 Maxine:0.079 Irma:0.079 Mabel:0.078 Marsha:0.078 Myrtle:0.078 '
    'Lena:0.077 Christy:0.077 Deanna:0.076 Patsy:0.076 Hilda:0.075 Gwendolyn:0.074 Jennie:0.073 '
    'Nora:0.073 Margie:0.072 Nina:0.072 Cassandra:0.072 Leah:0.072 Penny:0.071 Kay:0.071 '
    'Priscilla:0.071 Naomi:0.071 Carole:0.071 Brandy:0.070 Olga:0.070 Billie:0.069 Dianne:0.069 '
    'Tracey:0.069 Leona:0.069 Jenny:0.068 Felicia:0.068 Sonia:0.068 Miriam:0.066 Velma:0.066 '
    'Becky:0.066 Bobbie:0.065 Violet:0.065 Kristina:0.065 Toni:0.064 Misty:0.063 Mae:0.063 '
    'Shelly:0.062 Daisy:0.062 Ramona:0.062 Sherri:0.062 Erika:0.061 Katrina:0.061 Claire:0.061 '
    'Lindsey:0.060 Lindsay:0.060 Geneva:0.059 Guadalupe:0.059 Belinda:0.059 Margarita:0.059 '
    'Sheryl:0.059 Cora:0.058 Faye:0.058 Ada:0.057 Natasha:0.057 Sabrina:0.057 Isabel:0.057 '
    'Marguerite:0.056 Hattie:0.056 Harriet:0.056 Molly:0.055 Cecilia:0.055 Kristi:0.055 '
    'Brandi:0.055 Blanche:0.055 Sandy:0.055 Rosie:0.055 Joanna:0.055 Iris:0.055 Eunice:0.054 '
    'Angie:0.054 Inez:0.053 Lynda:0.053 Madeline:0.052 Amelia:0.052 Alberta:0.052 Genevieve:0.051 '
    'Monique:0.051 Jodi:0.051 Janie:0.051 Maggie:0.051 Kayla:0.051 Sonya:0.051 Jan:0.051 '
    'Lee:0.051 Kristine:0.051 Candace:0.051 Fannie:0.050 Maryann:0.050 Opal:0.050 Alison:0.050 '
    'Yvette:0.050 Melody:0.050 Luz:0.049 Susie:0.049 Olivia:0.049 Flora:0.049 Shelley:0.049 '
    'Kristy:0.048 Mamie:0.048 Lula:0.048 Lola:0.048 Verna:0.048 Beulah:0.048 '
)  # fmt: skip

US_M = (
    'James:3.318 John:3.271 Robert:3.143 Michael:2.629 William:2.451 David:2.363 Richard:1.703 '
    'Charles:1.523 Joseph:1.404 Thomas:1.380 Christopher:1.035 Daniel:0.974 Paul:0.948 Mark:0.938 '
    'Donald:0.931 George:0.927 Kenneth:0.826 Steven:0.780 Edward:0.779 Brian:0.736 Ronald:0.725 '
    'Anthony:0.721 Kevin:0.671 Jason:0.660 Matthew:0.657 Gary:0.650 Timothy:0.640 Jose:0.613 '
    'Larry:0.598 Jeffrey:0.591 Frank:0.581 Scott:0.546 Eric:0.544 Stephen:0.540 Andrew:0.537 '
    'Raymond:0.488 Gregory:0.441 Joshua:0.435 Jerry:0.432 Dennis:0.415 Walter:0.399 Patrick:0.389 '
    'Peter:0.381 Harold:0.371 Douglas:0.367 Henry:0.365 Carl:0.346 Arthur:0.335 Ryan:0.328 '
    'Roger:0.322 Joe:0.321 Juan:0.316 Jack:0.315 Albert:0.314 Jonathan:0.313 Justin:0.311 '
    'Terry:0.311 Gerald:0.309 Keith:0.308 Samuel:0.306 Willie:0.302 Ralph:0.282 Lawrence:0.282 '
    'Nicholas:0.275 Roy:0.273 Benjamin:0.270 Bruce:0.263 Brandon:0.260 Adam:0.259 Harry:0.251 '
    'Fred:0.251 Wayne:0.249 Billy:0.248 Steve:0.246 Louis:0.243 Jeremy:0.242 Aaron:0.240 '
    'Randy:0.232 Howard:0.230 Eugene:0.230 Carlos:0.229 Russell:0.224 Bobby:0.223 Victor:0.222 '
    'Martin:0.216 Ernest:0.215 Phillip:0.213 Todd:0.213 Jesse:0.209 Craig:0.206 Alan:0.204 '
    'Shawn:0.200 Clarence:0.197 Sean:0.197 Philip:0.197 Chris:0.197 Johnny:0.195 Earl:0.193 '
    'Jimmy:0.191 Antonio:0.190 Danny:0.190 Bryan:0.190 Tony:0.190 Luis:0.189 Mike:0.189 '
    'Stanley:0.186 Leonard:0.186 Nathan:0.185 Dale:0.184 Manuel:0.181 Rodney:0.180 Curtis:0.180 '
    'Norman:0.177 Allen:0.174 Marvin:0.171 Vincent:0.168 Glenn:0.167 Jeffery:0.166 Travis:0.166 '
    'Jeff:0.166 Chad:0.165 Jacob:0.165 Lee:0.162 Melvin:0.162 Alfred:0.162 Kyle:0.160 '
    'Francis:0.160 Bradley:0.159 Jesus:0.155 Herbert:0.155 Frederick:0.154 Ray:0.153 Joel:0.152 '
    'Edwin:0.148 Don:0.145 Eddie:0.144 Ricky:0.141 Troy:0.138 Randall:0.138 Barry:0.134 '
    'Alexander:0.132 Bernard:0.127 Mario:0.125 Leroy:0.125 Francisco:0.124 Marcus:0.124 '
    'Micheal:0.123 Theodore:0.123 Clifford:0.123 Miguel:0.122 Oscar:0.122 Jay:0.118 Jim:0.118 '
    'Tom:0.117 Calvin:0.115 Alex:0.115 Jon:0.115 Ronnie:0.113 Bill:0.112 Lloyd:0.112 Tommy:0.112 '
    'Leon:0.112 Derek:0.112 Warren:0.110 Darrell:0.108 Jerome:0.108 Floyd:0.107 Leo:0.106 '
    'Alvin:0.105 Tim:0.104 Wesley:0.104 Gordon:0.104 Dean:0.104 Greg:0.104 Jorge:0.104 '
    'Dustin:0.103 Pedro:0.103 Derrick:0.103 Dan:0.101 Lewis:0.099 Zachary:0.099 Corey:0.098 '
    'Herman:0.097 Maurice:0.097 Vernon:0.097 Roberto:0.097 Clyde:0.095 Glen:0.094 Hector:0.094 '
    'Shane:0.093 Ricardo:0.093 Sam:0.092 Rick:0.091 Lester:0.091 Brent:0.090 Ramon:0.090 '
    'Charlie:0.090 Tyler:0.089 Gilbert:0.089 Gene:0.087 Marc:0.087 Reginald:0.084 Ruben:0.082 '
    'Brett:0.082 Angel:0.082 Nathaniel:0.081 Rafael:0.081 Leslie:0.081 Edgar:0.080 Milton:0.080 '
    'Raul:0.079 Ben:0.078 Chester:0.078 Cecil:0.078 Duane:0.077 Franklin:0.077 Andre:0.076 '
    'Elmer:0.074 Brad:0.073 Gabriel:0.073 Ron:0.072 Mitchell:0.072 Roland:0.072 Arnold:0.072 '
    'Harvey:0.072 Jared:0.071 Adrian:0.069 Karl:0.069 Cory:0.068 Claude:0.068 Erik:0.068 '
    'Darryl:0.067 Jamie:0.066 Neil:0.066 Jessie:0.065 Christian:0.065 Javier:0.065 Fernando:0.065 '
    'Clinton:0.065 Ted:0.064 Mathew:0.064 Tyrone:0.064 Darren:0.064 Lonnie:0.064 Lance:0.063 '
    'Cody:0.063 Julio:0.063 Kelly:0.063 Kurt:0.062 Allan:0.061 Nelson:0.061 Guy:0.060 '
    'Clayton:0.060 Hugh:0.060 Max:0.059 Dwayne:0.059 Dwight:0.058 Armando:0.058 Felix:0.058 '
    'Jimmie:0.058 Everett:0.057 Jordan:0.056 Ian:0.056 Wallace:0.056 Ken:0.055 Bob:0.055 '
    'Jaime:0.055 Casey:0.054 Alfredo:0.054 Alberto:0.053 Dave:0.053 Ivan:0.053 Johnnie:0.052 '
    'Sidney:0.052 Byron:0.052 Julian:0.052 Isaac:0.051 Morris:0.051 Clifton:0.050 Willard:0.050 '
    'Daryl:0.050 Ross:0.050 Virgil:0.049 Andy:0.049 Marshall:0.049 Salvador:0.049 Perry:0.049 '
    'Kirk:0.049 Sergio:0.049 Marion:0.048 Tracy:0.048 Seth:0.048 Kent:0.048 Terrance:0.048 '
    'Rene:0.048 Eduardo:0.047 Terrence:0.047 Enrique:0.046 Freddie:0.046 Wade:0.045 Austin:0.044 '
    'Stuart:0.044 Fredrick:0.043 Arturo:0.043 Alejandro:0.043 Jackie:0.043 Joey:0.043 Nick:0.043 '
    'Luther:0.043 Wendell:0.042 Jeremiah:0.042 Evan:0.042 Julius:0.042 Dana:0.042 Donnie:0.041 '
    'Otis:0.041 Shannon:0.040 Trevor:0.040 Oliver:0.040 Luke:0.040 Homer:0.040 Gerard:0.040 '
    'Doug:0.040 Kenny:0.039 Hubert:0.039 Angelo:0.039 Shaun:0.039 Lyle:0.038 Matt:0.038 '
    'Lynn:0.038 '
)  # fmt: skip

US_LAST = (
    'Smith:1.006 Johnson:0.810 Williams:0.699 Jones:0.621 Brown:0.621 Davis:0.480 Miller:0.424 '
    'Wilson:0.339 Moore:0.312 Taylor:0.311 Anderson:0.311 Thomas:0.311 Jackson:0.310 White:0.279 '
    'Harris:0.275 Martin:0.273 Thompson:0.269 Garcia:0.254 Martinez:0.234 Robinson:0.233 '
    'Clark:0.231 Rodriguez:0.229 Lewis:0.226 Lee:0.220 Walker:0.219 Hall:0.200 Allen:0.199 '
    'Young:0.193 Hernandez:0.192 King:0.190 Wright:0.189 Lopez:0.187 Hill:0.187 Scott:0.185 '
    'Green:0.183 Adams:0.174 Baker:0.171 Gonzalez:0.166 Nelson:0.162 Carter:0.162 Mitchell:0.160 '
    'Perez:0.155 Roberts:0.153 Turner:0.152 Phillips:0.149 Campbell:0.149 Parker:0.146 '
    'Evans:0.141 Edwards:0.137 Collins:0.134 Stewart:0.133 Sanchez:0.130 Morris:0.125 '
    'Rogers:0.123 Reed:0.122 Cook:0.120 Morgan:0.118 Bell:0.117 Murphy:0.117 Bailey:0.115 '
    'Rivera:0.113 Cooper:0.113 Richardson:0.112 Cox:0.110 Howard:0.110 Ward:0.108 Torres:0.108 '
    'Peterson:0.107 Gray:0.106 Ramirez:0.105 James:0.105 Watson:0.103 Brooks:0.103 Kelly:0.102 '
    'Sanders:0.100 Price:0.099 Bennett:0.099 Wood:0.098 Barnes:0.097 Ross:0.096 Henderson:0.095 '
    'Coleman:0.095 Jenkins:0.095 Perry:0.094 Powell:0.093 Long:0.092 Patterson:0.092 Hughes:0.092 '
    'Flores:0.092 Washington:0.092 Butler:0.091 Simmons:0.091 Foster:0.091 Gonzales:0.087 '
    'Bryant:0.087 Alexander:0.085 Russell:0.085 Griffin:0.084 Diaz:0.084 Hayes:0.083 Myers:0.083 '
    'Ford:0.082 Hamilton:0.082 Graham:0.082 Sullivan:0.081 Wallace:0.081 Woods:0.080 Cole:0.080 '
    'West:0.080 Jordan:0.078 Owens:0.078 Reynolds:0.078 Fisher:0.077 Ellis:0.077 Harrison:0.076 '
    'Gibson:0.075 McDonald:0.075 Cruz:0.075 Marshall:0.075 Ortiz:0.075 Gomez:0.075 Murray:0.074 '
    'Freeman:0.074 Wells:0.073 Webb:0.072 Simpson:0.070 Stevens:0.070 Tucker:0.070 Porter:0.069 '
    'Hunter:0.069 Hicks:0.069 Crawford:0.068 Henry:0.068 Boyd:0.068 Mason:0.068 Morales:0.067 '
    'Kennedy:0.067 Warren:0.067 Dixon:0.066 Ramos:0.066 Reyes:0.066 Burns:0.065 Gordon:0.065 '
    'Shaw:0.065 Holmes:0.065 Rice:0.064 Robertson:0.064 Hunt:0.063 Black:0.063 Daniels:0.062 '
    'Palmer:0.062 Mills:0.061 Nichols:0.060 Grant:0.060 Knight:0.060 Ferguson:0.059 Rose:0.059 '
    'Stone:0.059 Hawkins:0.059 Dunn:0.058 Perkins:0.058 Hudson:0.058 Spencer:0.057 Gardner:0.057 '
    'Stephens:0.057 Payne:0.057 Pierce:0.056 Berry:0.056 Matthews:0.056 Arnold:0.056 Wagner:0.055 '
    'Willis:0.055 Ray:0.055 Watkins:0.055 Olson:0.055 Carroll:0.055 Duncan:0.055 Snyder:0.055 '
    'Hart:0.054 Cunningham:0.054 Bradley:0.054 Lane:0.054 Andrews:0.054 Ruiz:0.054 Harper:0.054 '
    'Fox:0.053 Riley:0.053 Armstrong:0.053 Carpenter:0.053 Weaver:0.053 Greene:0.053 '
    'Lawrence:0.052 Elliott:0.052 Chavez:0.052 Sims:0.052 Austin:0.052 Peters:0.052 Kelley:0.052 '
    'Franklin:0.051 Lawson:0.051 Fields:0.051 Gutierrez:0.051 Ryan:0.051 Schmidt:0.051 Carr:0.051 '
    'Vasquez:0.051 Castillo:0.051 Wheeler:0.051 Chapman:0.050 Oliver:0.050 Montgomery:0.049 '
    'Richards:0.049 Williamson:0.049 Johnston:0.049 Banks:0.048 Meyer:0.048 Bishop:0.048 '
    'McCoy:0.048 Howell:0.048 Alvarez:0.048 Morrison:0.048 Hansen:0.047 Fernandez:0.047 '
    'Garza:0.047 Harvey:0.047 Little:0.046 Burton:0.046 Stanley:0.046 Nguyen:0.046 George:0.046 '
    'Jacobs:0.046 Reid:0.046 Kim:0.045 Fuller:0.045 Lynch:0.045 Dean:0.045 Gilbert:0.045 '
    'Garrett:0.045 Romero:0.045 Welch:0.044 Larson:0.044 Frazier:0.044 Burke:0.044 Hanson:0.043 '
    'Day:0.043 Mendoza:0.043 Moreno:0.043 Bowman:0.043 Medina:0.042 Fowler:0.042 Brewer:0.042 '
    'Hoffman:0.042 Carlson:0.042 Silva:0.042 Pearson:0.042 Holland:0.042 Douglas:0.041 '
    'Fleming:0.041 Jensen:0.041 Vargas:0.041 Byrd:0.041 Davidson:0.041 Hopkins:0.041 May:0.040 '
    'Terry:0.040 Herrera:0.040 Wade:0.040 Soto:0.040 Walters:0.040 Curtis:0.040 Neal:0.039 '
    'Caldwell:0.039 Lowe:0.039 Jennings:0.039 Barnett:0.039 Graves:0.039 Jimenez:0.039 '
    'Horton:0.039 Shelton:0.039 Barrett:0.039 Obrien:0.039 Castro:0.039 Sutton:0.038 '
    'Gregory:0.038 McKinney:0.038 Lucas:0.038 Miles:0.038 Craig:0.038 Rodriquez:0.037 '
    'Chambers:0.037 Holt:0.037 Lambert:0.037 Fletcher:0.037 Watts:0.037 Bates:0.037 Hale:0.037 '
    'Rhodes:0.037 Pena:0.037 Beck:0.037 Newman:0.036 Haynes:0.036 McDaniel:0.036 Mendez:0.036 '
    'Bush:0.036 Vaughn:0.036 Parks:0.035 Dawson:0.035 Santiago:0.035 Norris:0.035 Hardy:0.035 '
    'Love:0.035 Steele:0.035 Curry:0.035 Powers:0.035 Schultz:0.035 Barker:0.035 Guzman:0.034 '
    'Page:0.034 Munoz:0.034 Ball:0.034 Keller:0.034 Chandler:0.034 Weber:0.034 Leonard:0.034 '
    'Walsh:0.033 Lyons:0.033 Ramsey:0.033 Wolfe:0.033 Schneider:0.033 Mullins:0.033 Benson:0.033 '
    'Sharp:0.033 Bowen:0.033 Daniel:0.033 Barber:0.032 Cummings:0.032 Hines:0.032 Baldwin:0.032 '
    'Griffith:0.032 Valdez:0.032 Hubbard:0.032 Salazar:0.032 Reeves:0.032 Warner:0.031 '
    'Stevenson:0.031 Burgess:0.031 Santos:0.031 Tate:0.031 Cross:0.031 Garner:0.031 Mann:0.031 '
    'Mack:0.031 Moss:0.031 Thornton:0.031 Dennis:0.031 McGee:0.031 Farmer:0.030 Delgado:0.030 '
    'Aguilar:0.030 Vega:0.030 Glover:0.030 Manning:0.030 Cohen:0.030 Harmon:0.030 Rodgers:0.030 '
    'Robbins:0.030 Newton:0.030 Todd:0.030 Blair:0.030 Higgins:0.030 Ingram:0.030 Reese:0.030 '
    'Cannon:0.030 Strickland:0.030 Townsend:0.030 Potter:0.030 Goodwin:0.030 Walton:0.030 '
    'Rowe:0.029 Hampton:0.029 Ortega:0.029 Patton:0.029 Swanson:0.029 Joseph:0.029 Francis:0.029 '
    'Goodman:0.029 Maldonado:0.029 Yates:0.029 Becker:0.029 Erickson:0.029 Hodges:0.029 '
    'Rios:0.029 Conner:0.029 Adkins:0.029 Webster:0.028 Norman:0.028 Malone:0.028 Hammond:0.028 '
    'Flowers:0.028 Cobb:0.028 Moody:0.028 Quinn:0.028 Blake:0.028 Maxwell:0.028 Pope:0.028 '
    'Floyd:0.027 Osborne:0.027 Paul:0.027 McCarthy:0.027 Guerrero:0.027 Lindsey:0.027 '
    'Estrada:0.027 Sandoval:0.027 Gibbs:0.027 Tyler:0.027 Gross:0.027 Fitzgerald:0.027 '
    'Stokes:0.027 Doyle:0.027 Sherman:0.027 Saunders:0.027 Wise:0.027 Colon:0.027 Gill:0.027 '
    'Alvarado:0.027 Greer:0.026 Padilla:0.026 Simon:0.026 Waters:0.026 Nunez:0.026 Ballard:0.026 '
    'Schwartz:0.026 McBride:0.026 Houston:0.026 Christensen:0.026 Klein:0.026 Pratt:0.026 '
    'Briggs:0.026 Parsons:0.026 McLaughlin:0.026 Zimmerman:0.026 French:0.026 Buchanan:0.026 '
    'Moran:0.026 Copeland:0.025 Roy:0.025 Pittman:0.025 Brady:0.025 McCormick:0.025 '
    'Holloway:0.025 Brock:0.025 Poole:0.025 Frank:0.025 Logan:0.025 Owen:0.025 Bass:0.025 '
    'Marsh:0.025 Drake:0.025 Wong:0.025 Jefferson:0.025 '
)  # fmt: skip

# --- the United Kingdom (ONS order, general knowledge) -------------------------------------------
UK_F = """
Sarah Emma Claire Laura Rebecca Gemma Emily Charlotte Jessica Hannah Lauren Sophie Amy Rachel
Louise Nicola Lisa Helen Samantha Katie Victoria Jennifer Kelly Joanne Elizabeth Susan Margaret
Karen Julie Jane Alison Catherine Caroline Kate Lucy Zoe Chloe Megan Georgia Ellie Grace Olivia
Amelia Isla Ava Mia Poppy Freya Evie Isabella Ella Daisy Phoebe Millie Holly Molly Abigail Jade
Leanne Kirsty Natalie Stephanie Hayley Danielle Gillian Fiona Kerry Tracey Donna Dawn Wendy
Angela Pauline Sandra Janet Deborah Christine Patricia Lynne Carol Anne Mary Joan Barbara Jean
Sheila Brenda Valerie Maureen Linda Denise Beverley Sharon Michelle Paula Andrea Joanna Kathryn
Eleanor Alice Harriet Bethany Abbie Jasmine Imogen Ruby Scarlett Matilda Florence Esme Willow
Maisie Erin Amber Niamh Siobhan Eilidh Rhiannon Ffion Cerys Seren Sian Bronwen
Carys Mairead Aoife Orla Shannon Jodie Kayleigh Stacey Melanie Heather Marion Elaine Morag
Katherine Eloise Lydia Tilly Iris Hollie Lacey Keeley Chantelle Shauna Ciara Roisin Caitlin
Nadia Aisha Zara Priya Anya Annabel Clementine Beatrice Rosalind Philippa Verity Felicity Tamsin
Harriette Delyth Gwen Nerys Morwenna Kerensa Lowri Elin Catrin Mared Aileen Isobel Kirsteen
Rowena Bernadette Mavis Doreen Glenys Hilary Yvonne Lorraine Tanya Toni Leigh Nikki Charmaine
"""
UK_M = """
David John Paul Andrew Mark James Michael Richard Christopher Daniel Thomas Matthew Robert
Stephen Peter Jonathan Simon Ian Gary Martin Neil Craig Darren Lee Kevin Stuart Nicholas Anthony
William Graham Philip Jack Oliver George Harry Charlie Jacob Joshua Samuel Joseph Benjamin
Luke Ryan Adam Callum Liam Connor Jamie Alexander Edward Thomas Henry Alfie Archie Oscar Leo
Noah Freddie Arthur Theo Ethan Isaac Max Muhammad Mohammed Harrison Logan Mason Finley Dylan
Lewis Kieran Aaron Bradley Jordan Scott Ross Jason Carl Wayne Barry Derek Malcolm Nigel Roger
Gordon Keith Colin Gareth Alan Kenneth Brian Trevor Dean Sean Patrick Declan Ciaran Rhys Owen
Dafydd Gethin Iwan Euan Fraser Angus Hamish Duncan Rory Jude Toby Reuben Louie Elliot Hugo
Tommy Teddy Albie Frankie Jenson Arlo Zachary Riley Jake Tyler Kyle Shane Gavin Glen Russell
Alistair Fergus Calum Murray Kenny Aled Rhodri Tristan Piers Rupert Giles Hugh Crispin Jasper
Barnaby Ewan Lachlan Cameron Blair Niall Cormac Eoin Padraig Terence Clive Raymond Dennis
Geoffrey Leslie Stanley Norman Cyril Harold Ernest Alfred Reginald Desmond Vernon Lionel Rowan
Ashley Darryl Jermaine Marlon Dwayne Kwame Imran Hamza Bilal Arjun Ravi Kaden Kai Ollie Sonny
"""
UK_LAST = """
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
Simmons Morton Alexander Field Morrison Norris Townsend Preston Hancock Thornton Baldwin
Burrows Briggs Storey Pollard Howell Hargreaves Pickering Ashworth Crossley Lockwood Entwistle
Pemberton Threlfall Tregear Penrose Trevithick Llewellyn Pugh Prosser Bevan Vaughan MacLeod
Fraser Sinclair Mackay Drummond Buchanan Ogilvie Fairbairn Haworth Sowerby Catterall Eccles
"""

# --- origins common in Sweden (commonest first; head the top 10) ---------------------------------
_OTHER = {
    "finnish": (
        "Maria Helena Anneli Johanna Kaarina Marjatta Tuula Päivi Sari Anne Pirjo Riitta Aino Leena Minna Tiina Satu Eeva Liisa Hannele Kirsi Tarja Sirpa Aila Sanna Elina Katja",
        "Juhani Johannes Olavi Antero Mikael Tapani Matti Kalevi Timo Pekka Kari Jari Mikko Juha Antti Heikki Markku Jukka Hannu Seppo Ilkka Pentti Esa Veikko Raimo Tuomas Janne Petri",
        "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen",
    ),
    "arabic": (
        "Fatima Maryam Zainab Noor Aisha Sara Layla Hiba Rania Huda Amal Nour Yasmin Rasha Dima Lina Rana Samira Hanan Marta Shamiram Nahrin Ramina Mariam Lama Reem Sawsan Ghada",
        "Mohammad Ahmad Ali Omar Mahmoud Hussein Khaled Hassan Ibrahim Yousef Abdullah Mustafa Karim Sami Tarek Bassam Ammar Firas Haidar Zaid Ninos Sargon Gabriel Fadi Rami Elias Ashur Yaqoub Jamil",
        "Ali Mohammed Hassan Ahmed Hussein Abdullah Ibrahim Al-Hassan Khalil Saleh Jaber Haddad Mansour Nasser Al-Jabouri Al-Saadi Kassab Aziz Younes Hamdan Shamoun Gabro Yalda Barsom Bahnan Khoshaba Odisho Warda Daoud Toma Al-Rubaie Kanaan Jarjis",
    ),
    "persian": (
        "Maryam Fatemeh Zahra Shirin Leila Parisa Nasrin Mahsa Azadeh Roya Sara Niloufar Elham Mina Shadi Golnar Bahar Farnaz Sepideh Neda Yasaman Taraneh Laleh Mehrnaz",
        "Mohammad Ali Reza Hossein Amir Mehdi Hamid Saeed Behrouz Kourosh Dariush Babak Arash Farhad Navid Omid Kaveh Payam Ramin Shahram Siavash Parviz Majid Pouya",
        "Mohammadi Hosseini Ahmadi Rezaei Karimi Moradi Hashemi Rahimi Jafari Sadeghi Ghorbani Mousavi Kazemi Heidari Tehrani Shirazi Rostami Nazari Alavi Bagheri Salehi Farahani Akbari Azizi Zand",
    ),
    "kurdish": (
        "Rojin Berivan Dilan Hevin Shilan Roza Nazdar Avin Jiyan Zozan Viyan Gulistan Bahar Nishtiman Ronahi Dilnaz Sozdar Helin Newroz Rezan Evin Sara",
        "Rebin Karwan Dilshad Aram Azad Hawre Shwan Saman Diyar Baran Serhat Hiwa Kawa Soran Ari Zana Rawand Botan Dara Hogir Zirak Sherwan",
        "Ahmed Mahmoud Rashid Barzani Amin Kurdi Rasul Aziz Hama Qadir Karim Abdulrahman Mustafa Salih Ismail Bakr Hawrami Baban Jaff Zebari Dosky Sindi Talabani Faraj Muhammad",
    ),
    "somali": (
        "Fadumo Hodan Amina Sahra Halima Khadija Ayaan Hibo Ubah Nimco Sagal Idil Deeqa Asha Hawa Maryan Safiya Ifrah Ladan Kaltun Luul Sucaad Hamdi",
        "Mohamed Abdi Ahmed Abdullahi Hassan Ali Omar Yusuf Abdirahman Ibrahim Mahad Liban Farah Hussein Ismail Said Abdikarim Osman Bashir Guled Nuur Ayanle Cabdi Hamza",
        "Mohamed Abdi Ahmed Hassan Ali Omar Farah Abdullahi Yusuf Ibrahim Warsame Jama Ismail Aden Osman Hersi Egal Dirie Mohamud Nur Abdille Gedi Samatar Shire Duale Elmi",
    ),
    "eritrean": (
        "Selam Helen Senait Mebrat Tsega Saba Yordanos Lidya Ruth Meron Hiwot Tigist Almaz Rahel Bethlehem Winta Feven Semhar Hana Eden Mahlet Abeba Azeb Luwam",
        "Yonas Daniel Samuel Tesfaye Dawit Yohannes Filmon Biniam Mussie Kidane Amanuel Berhane Tekle Mehari Robel Henok Abel Solomon Haile Ermias Goitom Nahom Efrem Natnael",
        "Tesfay Gebremedhin Haile Tekle Berhe Ghebreyesus Kidane Mebrahtu Woldu Gebru Habte Yohannes Tesfamariam Abraha Negash Asfaha Ghirmay Mengistu Bekele Girma Tadesse Alemu Hailu Kahsay Andemariam",
    ),
    "polish": (
        "Anna Katarzyna Maria Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Elżbieta Joanna Aleksandra Monika Zofia Teresa Danuta Natalia Julia Karolina Marta Beata Dorota Halina Jadwiga Justyna Grażyna Paulina Iwona",
        "Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Jakub Adam Stanisław Marek Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Jerzy Maciej Kamil Rafał Robert Szymon Jacek Sławomir Przemysław",
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowicki Majewski Olszewski Stępień Malinowski Jaworski Adamczyk Dudek Górski Witkowski Walczak Sikora Czarnecki Sawicki Zawadzki",
    ),
    "bcs": (
        "Amra Emina Lejla Selma Aida Ajla Jasmina Mirela Ana Marija Jelena Ivana Milica Dragana Snežana Sanja Vesna Mirjana Maja Azra Senada Alma Dijana Nataša Gordana Tanja Biljana Katarina",
        "Amir Emir Adnan Edin Mirza Haris Senad Nermin Dragan Zoran Goran Nikola Marko Stefan Miloš Nenad Dejan Ivan Josip Ante Tomislav Mario Damir Alen Elvis Kenan Jasmin Dženan Samir",
        "Hodžić Hadžić Kovačević Delić Begić Mehmedović Husić Salihović Hasanović Halilović Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Pavlović Horvat Kovačić Babić Marić Jurić Knežević Vuković Popović Omerović Softić Mujić Bešić Alić Ibrahimović Karić Mustafić Šarić Tomić",
    ),
    "turkish": (
        "Ayşe Fatma Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hülya Özlem Esra Merve Büşra Derya Gül Songül Aylin Ebru Dilek Sevgi Tuğba Yasemin Selin Ece",
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah Mahmut Recep Kemal Emre Burak Serkan Cem Can Deniz Volkan Tolga Barış Onur",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Özcan Korkmaz Çakır Erdoğan Yavuz Can Acar Şen Aktaş",
    ),
    "latin": (
        "María Carolina Daniela Camila Francisca Valentina Javiera Constanza Catalina Fernanda Paula Andrea Claudia Patricia Verónica Marcela Lorena Ximena Paola Gabriela Alejandra Natalia Ana Rosa Gloria Isabel",
        "José Juan Luis Carlos Jorge Francisco Diego Sebastián Matías Felipe Cristián Rodrigo Pablo Andrés Gonzalo Patricio Alejandro Víctor Manuel Miguel Héctor Ricardo Nicolás Tomás Ignacio Marcelo Eduardo",
        "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Castillo Tapia Reyes Gutiérrez Castro Pizarro Álvarez Vásquez Sánchez Fernández Ramírez Carrasco Gómez Cortés Herrera Núñez Jara Vergara Rivera Figueroa",
    ),
    "thai": (
        "Siriporn Malee Somsri Pornthip Wanida Ratana Supaporn Kanya Nittaya Sunisa Jintana Pranee Chanida Kannika Duangjai Lamai Pimchanok Sasithorn Thanyarat Ploy Achara Apinya Kulap Nok",
        "Somchai Somsak Sombat Prasert Chaiwat Thanakorn Anan Wichai Surachai Kittisak Niran Boonmee Sakda Pichit Narong Sompong Arthit Chatchai Nattapong Tawee Manop Suthep",
        "Saetang Srisuk Wongsawat Chaiyaporn Sukprasert Thongdee Kaewmanee Boonyarat Rattanakorn Jaidee Srisombat Phromma Sangthong Intarasuk Charoenrat Suwannarat Kongkaew Thanasiri Phanthong Nakhonsri Wongsa Buasri",
    ),
    "indian": (
        "Priya Anjali Pooja Neha Divya Sunita Kavita Deepika Shreya Ananya Lakshmi Meera Aishwarya Nandini Swati Rekha Aarti Sneha Ritu Shalini Harpreet Gurpreet Sangeeta Radhika Pallavi Isha",
        "Rahul Amit Rajesh Vijay Suresh Arjun Rohan Vikram Sanjay Ravi Anil Karthik Aditya Nikhil Sunil Manoj Prakash Harjit Arun Deepak Ajay Siddharth Varun Pranav Sachin",
        "Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Rao Mehta Shah Joshi Verma Das Chatterjee Banerjee Menon Pillai Agarwal Kapoor Malhotra Desai Bhat Krishnan Mishra Chopra Sinha Yadav Gill Sandhu",
    ),
    "chinese": (
        "Jing Ying Yan Hui Min Xiaoling Mei Lan Fang Xiu Na Yue Ting Qian Xin Wen Yuxin Jiayi Hong Juan Xue Lili",
        "Wei Jun Lei Tao Ming Hao Jie Yong Qiang Peng Chao Gang Jian Xiang Yang Zhiwei Haoran Yuchen Zihao Jianguo Dong Bin",
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng",
    ),
    "ukrainian": (
        "Olena Tetiana Nataliia Iryna Oksana Svitlana Yuliia Olha Kateryna Mariia Anastasiia Viktoriia Liudmyla Halyna Nadiia Alina Daria Sofiia Inna Larysa Valentyna Khrystyna",
        "Oleksandr Serhii Andrii Volodymyr Oleksii Dmytro Mykola Ivan Yurii Viktor Vasyl Maksym Petro Bohdan Taras Roman Ihor Artem Denys Pavlo Vitalii Yaroslav",
        "Melnyk Shevchenko Boiko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko Kravchuk Pavlenko Klymenko Ponomarenko Kuzmenko Savchuk Vasylenko",
    ),
    "afghan": (
        "Zahra Maryam Fatima Mursal Nilofar Farzana Shabnam Parwana Madina Zarghona Mahboba Freshta Nazanin Habiba Sima Laila Hosai Malalai Roya Sohaila Arezo Marwa",
        "Mohammad Ahmad Ali Mustafa Hamid Abdul Rahmatullah Mahdi Jawad Sayed Nasir Farid Wahid Zabihullah Hamidullah Rahim Karim Murtaza Ehsan Hussain Reza Naqib",
        "Ahmadi Hussaini Mohammadi Rahimi Sultani Haidari Noori Rezaie Amiri Karimi Sadat Hashimi Popal Stanikzai Safi Wardak Durrani Nazari Jafari Akbari Qasemi Yousufzai Sharifi Azimi Faizi",
    ),
    "romanian": (
        "Maria Elena Ioana Andreea Ana Mihaela Alexandra Cristina Gabriela Daniela Adriana Florentina Roxana Alina Simona Raluca Camelia Georgiana Diana Loredana Oana Irina Bianca",
        "Ion Gheorghe Constantin Alexandru Ioan Mihai Andrei Vasile Nicolae Marius Florin Cristian Adrian Daniel Ștefan Gabriel Bogdan Ionuț Dumitru Răzvan Cătălin Sorin Vlad Radu",
        "Popa Popescu Pop Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu Ionescu Rusu Munteanu Constantin Mihai Moldovan Ioniță Marin Tudor Dinu Florea Lungu Barbu Nistor Dobre Enache Toma Șerban",
    ),
}  # fmt: skip



def _origins() -> dict[str, Origin]:
    out = {
        "swedish": Origin(ranked(SV_F, 150), ranked(SV_M, 150), ranked(SV_LAST, 150)),
        "us": Origin(census(US_F), census(US_M), census(US_LAST)),
        "uk": Origin(ranked(UK_F, 120, 0.85), ranked(UK_M, 120, 0.85), ranked(UK_LAST, 120, 0.85)),
    }
    for key, (women, men, surnames) in _OTHER.items():
        out[key] = Origin(ranked(women, 10, 0.85), ranked(men, 10, 0.85), ranked(surnames, 10, 0.85))
    return out


ORIGINS = _origins()

# Who is named, by the language of the row: roughly as Sweden's population is (Swedish text
# ~70% Swedish names; the rest by the size of each group born abroad or with parents who were),
# English text mostly British and American (club newsletters, safeguarding forms), mixed text
# in between. Weights, not per cents.
MIXES = {
    "sv": {
        "swedish": 70, "arabic": 5.5, "finnish": 3.5, "polish": 2.4, "bcs": 2.6, "persian": 2.2,
        "somali": 1.6, "kurdish": 1.6, "turkish": 1.3, "afghan": 1.4, "ukrainian": 1.4,
        "eritrean": 1.1, "indian": 0.9, "latin": 1.0, "thai": 0.9, "chinese": 0.7, "romanian": 0.9,
        "us": 0.5, "uk": 0.5,
    },
    "en": {
        "us": 38, "uk": 38, "swedish": 8, "indian": 4.5, "polish": 1.8, "arabic": 1.8, "latin": 1.6,
        "chinese": 1.4, "finnish": 0.8, "romanian": 0.9, "turkish": 0.8, "somali": 0.7,
        "ukrainian": 0.9, "thai": 0.3, "afghan": 0.4, "persian": 0.6,
    },
    "mixed": {
        "swedish": 54, "uk": 10, "us": 9, "arabic": 4.8, "finnish": 3, "polish": 2.7, "bcs": 2.3,
        "persian": 2.1, "indian": 2.2, "kurdish": 1.4, "turkish": 1.3, "somali": 1.4,
        "ukrainian": 1.5, "afghan": 1.0, "eritrean": 1.0, "latin": 1.0, "thai": 0.7, "chinese": 1.0,
        "romanian": 0.8,
    },
}  # fmt: skip

NICKNAMES = {"swedish": NICK_SV, "us": NICK_EN, "uk": NICK_EN}
