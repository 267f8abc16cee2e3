# ruff: noqa: E501
"""Name pools of held-out HO (issue 15): names as the population has them, weighted by how often
people carry them. Written from the writer's general knowledge (SCB's name statistics for Sweden,
the ONS rankings for England and Wales, the commonest names of the origins common in Sweden) and
copied from the US Census 1990 lists (public domain; the `names` package's `dist.female.first`,
`dist.male.first` and `dist.all.last`). No name was checked against rung's lexicons; none is left
out for being known or unknown.

Each list is in rank order. A list's weights are 1/rank (the census lists: the census per cent);
the first `head` names are its head, the rest its tail. A name word is drawn from the head with
HEAD_SHARE, else from the tail, by weight inside each part.
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


def ranked(names: str | tuple[str, ...], head: int) -> Pool:
    """A pool in rank order, weight 1/rank; `names` a string split on commas and lines, or a tuple."""
    items = (
        tuple(n.strip() for n in names.replace("\n", ",").split(","))
        if isinstance(names, str)
        else names
    )
    items = tuple(n for n in items if n)
    return Pool(items, tuple(1 / (i + 1) for i in range(len(items))), min(head, len(items) - 1))


def weighted(rows: tuple[tuple[str, float], ...], head: int) -> Pool:
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


_PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "ø": "o", "æ": "ae", "ß": "ss"}
)


def plain(word: str) -> str:
    """The word typed without its letters: `Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`."""
    word = word.translate(_PLAIN)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname's feminine form: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    if surname.endswith(("ski", "cki", "zki")):
        return surname[:-1] + "a"
    return surname


def latvian_feminine(surname: str) -> str:
    """A Latvian surname's feminine form: `Bērziņš` -> `Bērziņa`, `Jansons` -> `Jansone`,
    `Balodis` -> `Balode`, `Ozols` -> `Ozola`."""
    if surname.endswith("š"):
        return surname[:-1] + "a"
    if surname.endswith("is"):
        return surname[:-2] + "e"
    if surname.endswith("ons"):
        return surname[:-1] + "e"
    if surname.endswith("s"):
        return surname[:-1] + "a"
    return surname


# Sweden: given names women carry, in the order of SCB's statistics (head the top 150, then a tail
# of rarer names past them).
SV_WOMEN = ranked(
    """
Anna, Eva, Maria, Karin, Kristina, Lena, Sara, Emma, Kerstin, Ingrid, Marie, Malin, Elin, Hanna,
Christina, Birgitta, Linnéa, Sofia, Inger, Ida, Annika, Johanna, Susanne, Jenny, Julia, Elisabeth,
Ulla, Monica, Carina, Helena, Linda, Camilla, Margareta, Åsa, Marianne, Sandra, Anneli, Gunilla,
Ebba, Amanda, Anette, Ella, Therese, Matilda, Maja, Josefin, Caroline, Elsa, Moa, Klara, Frida,
Agnes, Alice, Emelie, Cecilia, Lisa, Jessica, Louise, Katarina, Ulrika, Wilma, Sofie, Madeleine,
Anita, Britt, Lina, Alva, Astrid, Ellen, Felicia, Siv, Ingela, Barbro, Agneta, Pia, Yvonne,
Mikaela, Lovisa, Irene, Gun, Elisabet, Ann, Nathalie, Jennie, Viktoria, Charlotte, Emilia,
Ingegerd, Mona, Ann-Christin, Gunnel, Rebecka, Elvira, Nora, Saga, Tove, Signe, Stina, Ester,
Majken, Vera, Selma, Tyra, Tilda, Thea, Ronja, Olivia, Isabelle, Britt-Marie, Lisbeth, Berit,
Solveig, Maj, Petra, Angelica, Veronica, Erika, Jeanette, Mia, Maj-Britt, Ann-Marie, Marita,
Margit, Eivor, Elsie, Kristin, Elina, Tova, Nellie, Liv, Alicia, Ines, Lea, Freja, Hedvig, Greta,
Iris, Stella, Edith, Juni, Svea, Lilly, Märta, Hilda, Sigrid, Meja, Molly, Elise, Minna, Sanna,
Jonna, Paulina, Fatima,
Ann-Sofie, Anna-Karin, Eva-Lena, Ann-Louise, Marie-Louise, Anna-Lena, Karolina, Rut, Asta, Aina,
Dagny, Hillevi, Ingeborg, Elna, Ragnhild, Alfhild, Gunvor, Majvor, Gudrun, Vivianne, Ylva, Ewa,
Lotta, Kajsa, Annelie, Cathrine, Ingalill, Gull-Britt, Inga-Lill, Mari, Marlene, Pernilla,
Annica, Katrin, Rosita, Laila, Lillemor, Vanja, Sylvia, Birgit, Elvy, Sonja, Ingbritt, Doris,
Ellinor, Filippa, Hilma, Idun, Juna, Leia, Livia, Lykke, Maud, Nova, Ofelia, Siri, Smilla, Tindra,
Tuva, Unni, Vega, Vilja, Yrsa, Alma, Amelia, Bodil, Cornelia, Dorotea, Edla, Elida, Embla, Eira,
Emmy, Fanny, Gerd, Gunhild, Hedda, Helga, Ingegärd, Irma, Jill, Joline, Judit, Kaisa, Kicki, Linn,
Liselott, Lydia, Majlis, Marit, Nadja, Nea, Ottilia, Ragna, Rakel, Rosa, Ruth, Sabina, Sally,
Selin, Senja, Sibylla, Signhild, Solbritt, Sonia, Susann, Tekla, Terese, Thyra, Ulla-Britt,
Valborg, Vendela, Viola, Wivi, Åsa-Lena, Elly, Gunbritt, Hjördis, Ingvor, Inez, Kristel, Liisa,
Mimmi, Mirja, Nancy, Olga, Pirjo, Raili, Rigmor, Ritva, Runa, Sanja, Sol, Tora, Ulrica, Vivi,
Vivan, Åslög, Cajsa, Charlie, Elsy, Febe, Gry, Harriet, Isa, Jenni, Kristine, Margaretha, Mette,
Nanna, Nina, Pauline, Rebecca, Signy, Tuulikki, Vilhelmina, Agda, Alida, Anny, Beda, Dagmar, Edit,
Elfrida, Gertrud, Hulda, Josefina, Anne, Annette, Berith, Britta, Carola, Catarina, Christel,
Desirée, Evelina, Gabriella, Gunborg, Heléne, Irén, Jannike, Kim, Lilian, Madelene,
Marika, Ninni, Stefanie, Alexandra, Annie, Beatrice, Daniela, Eleonora, Evy, Gisela,
Henrietta, Jessika, Josefine, Katja, Mirjam, Natalie, Rosmarie, Tina, Margot, Elvi
""",
    150,
)
# Sweden: given names men carry, in SCB's order.
SV_MEN = ranked(
    """
Lars, Mikael, Anders, Johan, Per, Erik, Karl, Peter, Jan, Thomas, Daniel, Fredrik, Hans, Andreas,
Stefan, Mohammed, Magnus, Mats, Bengt, Niklas, Oskar, Markus, Jonas, Martin, Bo, Alexander, Sven,
Nils, Göran, Gustav, Patrik, Björn, David, Christer, Lucas, Tommy, Leif, Viktor, Simon, Emil,
Joakim, Johannes, Kent, Filip, William, Robert, Christian, Oliver, Rickard, Ulf, Henrik, Marcus,
Hugo, Elias, Axel, Olof, Kjell, Anton, Jesper, Roger, Stig, Rolf, Jonathan, Håkan, Roland,
Sebastian, Adam, Liam, Rasmus, Dennis, Tobias, Claes, Gunnar, Kenneth, Robin, Torbjörn, Ingemar,
Emanuel, Johnny, Isak, Lennart, Arne, Kurt, Alf, Åke, Jörgen, Linus, Theo, Ludvig, Mattias,
Albin, Noah, Lukas, Kristoffer, Ola, Dan, Bertil, Benjamin, Gösta, Krister, Jimmy, Ove, Sten,
Kevin, Edvin, Vincent, Max, Samuel, Jakob, Viggo, Melvin, Hampus, Ali, Ahmed, Leo, Elliot, Harry,
Arvid, Charlie, Love, Ivar, Folke, Sixten, Valter, Rune, Tage, Conny, Jens, Kim, Pontus, Tony,
Sune, Inge, Per-Olof, Lars-Erik, Karl-Erik, Jan-Erik, Stellan, Göte, Torsten, Ingvar, Sören,
Morgan, Ronny, Mathias, Carl, Oscar, Felix, Aron,
Otto, Wilhelm, Vilgot, Hannes, Eddie, Nicklas, Mohamed, Birger, Evert, Sigvard, Helge, Holger,
Algot, Elof, Tore, Roine, Lage, Yngve, Ragnar, Einar, Gillis, Valdemar, Hjalmar, Manfred, Josef,
Rikard, Östen, Sture, Gert, Kjell-Åke, Bengt-Åke, Lars-Göran, Per-Anders, Nils-Erik, Sven-Erik,
Jan-Olof, Per-Erik, Karl-Johan, Lars-Olof, Sven-Olof, Bengt-Göran, Jan-Åke, Nils-Olof,
Jerker, Ragnvald, Gudmund, Verner, Bernt, Hilding, Ture, Nore, Osvald, Alvar, Edvard, Fritiof,
Gottfrid, Harald, Ivan, Julius, Knut, Konrad, Leonard, Mauritz, Natanael, Paul,
Reinhold, Seth, Sigurd, Teodor, Tor, Vidar, Vilhelm, Waldemar, Yngvar, Åsmund, Ebbe, Egon, Elis,
Enar, Erling, Georg, Gunder, Hemming, Jarl, Kennet, Leopold, Melker, Mons, Nicolaus,
Olle, Pelle, Ruben, Sigge, Staffan, Stig-Arne, Tomas, Tryggve, Uno, Urban, Viking, Bror, Anselm,
Alfons, Assar, Björne, Dick, Elon, Evald, Frans, Gerhard, Greger, Gustaf, Håkon,
Ingolf, Isidor, Jack, Jöns, Kaj, Lenny, Loke, Lowe, Mio, Nemo, Nisse, Orvar, Patric, Pär, Ralf,
Ronald, Sam, Set, Sivert, Svante, Tim, Tord, Torvald, Ulrik, Valle, Vilmer, Wille, Zakarias,
Adrian, Alvin, Ante, Bill, Casper, Colin, Dante, Douglas, Eino, Emrik, Esbjörn, Fabian,
Frank, Gabriel, Henning, Ingmar, Isac, Jesse, Joel, Juhani, Kalle, Kasper, Lennie, Lias, Malte,
Matti, Milo, Neo, Nils-Gunnar, Pekka, Reidar, Sivar, Stig-Olof, Teddy, Ted, Thor,
Torgny, Uffe, Valentin, Vendel, Wiktor, Yasin, Anders-Petter, Björn-Erik, Arnold, Bernhard,
Carl-Johan, Carl-Gustaf, Claes-Göran, Dag, Eskil, Gideon, Ingvald, Joar, Jon, Lennarth, Måns, Noel,
Rudolf, Signar, Sölve, Torkel, Ville, Wilmer, Allan, Benny, Börje, Curt
""",
    150,
)
# Sweden: surnames in SCB's order.
SV_SURNAMES = ranked(
    """
Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson,
Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson,
Magnusson, Olofsson, Lindström, Lindqvist, Lindgren, Berg, Axelsson, Bergström, Lundberg, Lind,
Lundgren, Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Ali, Forsberg,
Mohammed, Sjöberg, Wallin, Engström, Ahmed, Eklund, Danielsson, Lundin, Håkansson, Björk, Bergman,
Gunnarsson, Holm, Wikström, Samuelsson, Isaksson, Fransson, Bergqvist, Nyström, Holmberg,
Arvidsson, Löfgren, Söderberg, Nyberg, Blomqvist, Claesson, Nordström, Hassan, Mårtensson,
Lundström, Viklund, Björklund, Eliasson, Pålsson, Berggren, Sandström, Mohamed, Lund, Nordin,
Ström, Åberg, Hermansson, Ekström, Falk, Holmgren, Dahlberg, Hellström, Hedlund, Sundberg,
Sjögren, Ek, Abrahamsson, Öberg, Martinsson, Andreasson, Strömberg, Månsson, Åkesson, Hansen,
Dahl, Lindholm, Norberg, Jonasson, Sundqvist, Ivarsson, Hussein, Åström, Nordqvist, Johnsson,
Lindahl, Karlberg, Söderström, Sjöström, Hedberg, Wallgren, Nyman, Omar, Lindblom, Lindell,
Holmqvist, Sandell, Ibrahim, Blom, Björkman, Lindén, Åkerlund, Strand, Berntsson, Knutsson,
Ekberg, Nordgren, Ottosson, Hedström, Ahlberg, Carlsson, Melin, Fors, Östlund, Hallberg, Larsen,
Nielsen, Ericsson, Dahlström, Forslund, Palm, Borg, Ekman, Lundell, Wahlström, Sundström,
Jensen, Rosén, Stenberg, Nordlund,
Sundin, Göransson, Jeppsson, Ahlström, Edlund, Grönlund, Hägglund, Westberg, Westerlund, Backman,
Bergkvist, Sjölund, Boström, Granberg, Granström, Häggström, Lindkvist, Lundmark, Marklund,
Nordberg, Norlin, Näslund, Olausson, Rydberg, Sandin, Sjödin, Skoglund, Stenström, Strömqvist,
Wiklund, Åhman, Öhman, Östman, Burman, Byström, Dahlgren, Englund, Frisk, Holmström, Hägg,
Lidström, Lindmark, Lundkvist, Nordenmark, Burström, Öquist, Hedman, Sjölander, Vikström, Wikman,
Åslund, Modig, Stark, Rask, Frid, Kämpe, Lööf, Sehlstedt, Eriksén, Ågren, Ödman, Brännström,
Degerman, Fjällström, Grahn, Hammarström, Hellgren, Hägglöf, Jakobsen, Karlén, Kvist, Lejon,
Lundholm, Lögdberg, Nygren, Nyqvist, Nylund, Olander, Pettersén,
Pihl, Renström, Rönnqvist, Selin, Sjöqvist, Skog, Stål, Tjärnström, Tälth, Vesterlund, Wallén,
Wennberg, Widén, Åkerblom, Älvkvist, Ärlig, Östberg, Björnsson, Dufva, Eng, Forsgren, Gidlund,
Hed, Holmlund, Isberg, Kallin, Ljung, Mörk, Norrman, Ohlsson, Paulsson,
Quist, Rahm, Sahlin, Sjödahl, Strid, Svedberg, Sävström, Thorén, Tornberg, Ullberg, Vallin,
Westin, Winberg, Zetterberg, Zetterlund, Åman, Öst, De Geer, von Essen, af Ugglas, Wachtmeister,
Lewenhaupt, von Rosen, Bonde, Sparre, Stackelberg, Gyllenhammar, von Platen, Hamilton, Douglas,
Kempe, Nordenskiöld, Kjellberg, Kjellin, Kjellström, Knutsen, Lagerqvist,
Lantz, Lidén, Lilja, Linde, Lindroth, Ljungberg, Ljunggren, Lorentzon, Lundh, Löfstedt, Malm,
Malmberg, Malmqvist, Mellberg, Mohlin, Moberg, Morén, Neuman, Nord, Norén, Norling, Nyholm,
Nyrén, Olin, Palmqvist, Pehrsson, Persén, Rehn, Ring, Roos, Runesson, Ryd, Rydén, Rönn, Sandgren,
Schön, Sjöblom, Sjödén, Skoglöf, Sohlberg, Spångberg, Steen, Stenlund, Stenqvist, Strandberg,
Sundell, Svahn, Svärd, Swahn, Söder, Thelin, Thorsson, Tidström, Tjernberg, Torstensson, Udd,
Unger, Uppling, Wahlberg, Wall, Wennerström, Westman, Vidlund, Wigren, Åkerman, Åslin, Örn,
Östling, Abrahamson, Alm, Almqvist, Asplund, Axelson, Bark, Berger, Bjurström, Blomberg,
Boman, Bäckström, Carlberg, Dahlin, Edberg, Ehn, Ekholm, Elg, Emanuelsson, Erlandsson, Fagerström,
Fahlén, Flodin, Fält, Gran, Granlund, Grönberg, Gustavsson, Hagström, Hallin, Hammar, Hedin
""",
    150,
)

# The US Census 1990 lists: the first 400, 400 and 420 names, the census per cent as weight, head 150.
US_WOMEN: tuple[tuple[str, float], ...] = (
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

US_MEN: tuple[tuple[str, float], ...] = (
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

US_SURNAMES: tuple[tuple[str, float], ...] = (
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

# England and Wales (and Scotland's own names in the tail): given names in the order of the ONS
# rankings across the generations now living, surnames in the order of their frequency.
UK_WOMEN = ranked(
    """
Sarah, Margaret, Susan, Emma, Elizabeth, Claire, Helen, Laura, Rebecca, Nicola, Karen, Julie,
Lisa, Jessica, Amy, Rachel, Emily, Charlotte, Hannah, Victoria, Jane, Patricia, Catherine, Lucy,
Sophie, Louise, Joanne, Samantha, Gemma, Mary, Ann, Christine, Linda, Caroline, Jacqueline,
Alison, Deborah, Amanda, Olivia, Amelia, Isla, Ava, Mia, Grace, Lily, Sophia, Ella, Poppy, Chloe,
Jade, Kelly, Michelle, Angela, Kathleen, Janet, Barbara, Pauline, Carol, Sandra, Diane, Wendy,
Tracey, Dawn, Lynn, Gillian, Fiona, Kirsty, Stephanie, Natalie, Danielle, Stacey, Kerry, Leanne,
Zoe, Megan, Holly, Abigail, Ellie, Katie, Bethany, Georgia, Jasmine, Molly, Freya, Evie, Isabella,
Florence, Alice, Rosie, Phoebe, Matilda, Eleanor, Harriet, Anna, Katherine, Joan, Dorothy, Irene,
Jean, Sheila, Valerie, Brenda, Maureen, Shirley, Rita, Eileen, Doreen, June, Hazel, Heather,
Marion, Elaine, Denise, Beverley, Lorraine, Sharon, Tina, Julia, Andrea, Frances, Ruth, Rosemary,
Judith, Gail, Hilary, Joyce, Sylvia, Sally, Jill, Anne, Teresa, Donna, Paula, Kim, Tanya, Vanessa,
Hayley, Lauren, Jodie, Leah, Amber, Kate, Naomi, Eve, Imogen, Millie, Erin,
Scarlett, Daisy, Maisie, Esme, Sienna, Willow, Layla, Aria, Elsie, Ivy, Evelyn, Harper, Hollie,
Rachael, Siobhan, Shona, Morag, Ailsa, Eilidh, Catriona, Mairi, Rhiannon, Sian, Bethan, Ffion,
Cerys, Nia, Carys, Gwen, Beryl, Olive, Edna, Ethel, Gladys, Vera, Mabel, Lilian, Violet,
Winifred, Muriel, Nora, Pamela, Yvonne, Lesley, Janice, Alexandra, Georgina, Annabel, Bridget,
Josephine, Rosalind, Penelope, Philippa, Serena, Melanie, Belinda, Tamsin, Jemma, Kimberley,
Shannon, Chelsea, Courtney, Paige, Demi, Tia, Lacey, Amelie, Ruby, Emilia, Aisha, Fatima, Maryam,
Nadia, Priya, Roisin, Aoife, Niamh, Orla, Clare, Sinead, Maeve, Kayleigh, Carly, Debra
""",
    150,
)
UK_MEN = ranked(
    """
David, John, Michael, Paul, Andrew, Mark, James, Peter, Robert, Richard, Stephen, Christopher,
Ian, Thomas, Daniel, Matthew, William, Steven, Anthony, Gary, Simon, Martin, Kevin, Jonathan,
Alan, Brian, Graham, Neil, Stuart, Jason, Lee, Adam, Darren, Craig, Philip, Colin, Keith, Kenneth,
Timothy, Nicholas, Benjamin, Samuel, Joshua, Jack, Oliver, Harry, George, Charlie, Jacob, Alfie,
Noah, Oscar, Leo, Arthur, Freddie, Archie, Henry, Theo, Joseph, Edward, Luke, Ryan, Liam, Jamie,
Callum, Connor, Lewis, Kieran, Scott, Dean, Wayne, Shaun, Carl, Barry, Dennis, Roy, Derek,
Terence, Raymond, Geoffrey, Roger, Trevor, Malcolm, Gordon, Douglas, Alexander, Dominic, Gareth,
Rhys, Dylan, Owen, Jordan, Nathan, Aaron, Tyler, Bradley, Reece, Jake, Max, Ethan, Isaac, Finley,
Mason, Logan, Riley, Harrison, Sebastian, Toby, Alex, Elliot, Louis, Frederick, Hugo, Rory,
Albert, Ernest, Frank, Harold, Leonard, Stanley, Walter, Norman, Bernard, Francis, Patrick, Sean,
Declan, Mohammed, Muhammad, Imran, Rupert, Jeremy, Nigel, Clive, Russell, Glen, Dale, Warren,
Howard, Julian, Adrian, Marcus, Lawrence, Vincent, Victor, Maurice,
Aled, Dafydd, Gethin, Iwan, Hamish, Angus, Fraser, Euan, Ross, Calum, Alistair, Duncan, Fergus,
Niall, Ewan, Gavin, Grant, Bruce, Donald, Murray, Robbie, Kyle, Cyril, Reginald, Sidney, Herbert,
Arnold, Clifford, Leslie, Ciaran, Conor, Brendan, Gerard, Ali, Hassan, Omar, Yusuf, Ibrahim, Zain,
Giles, Crispin, Neville, Vernon, Lionel, Ralph, Eric, Alfred, Cecil, Percy, Wilfred, Horace,
Edwin, Desmond, Gregory, Ashley, Jeffrey, Tristan, Barnaby, Jasper, Felix, Ronan,
Tobias, Ollie, Ellis, Jenson, Ronnie, Teddy, Tommy, Reggie, Jay, Keiran, Brandon,
Jamal, Kai, Cameron, Blair, Gregor, Lachlan, Struan, Innes, Hector, Magnus, Torquil, Huw, Emyr,
Bryn, Geraint, Idris, Rhodri, Tudor, Gwyn, Glyn, Elwyn, Hywel, Aneurin, Ieuan, Cai, Osian, Rees,
Evan, Morgan, Mervyn, Gerald, Stewart, Lloyd, Vivian, Melvyn, Graeme, Allan, Rodney, Lance, Troy
""",
    150,
)
UK_SURNAMES = ranked(
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
Gregory, Carr, Lowe, Page, Marsh,
Riley, Dunn, Woods, Parsons, Berry, Stone, Reid, Holland, Hawkins, Harding, Porter, Robertson,
Newton, Oliver, Reed, Kennedy, Williamson, Bird, Gardner, Shah, Dean, Lane, Cooke, Bates,
Henderson, Parry, Burgess, Bishop, Walton, Burns, Nicholson, Shepherd, Ross, Cross, Long, Freeman,
Warren, Nicholls, Hamilton, Byrne, Sutton, McDonald, Yates, Hodgson, Robson, Curtis, Hopkins,
O'Connor, Harper, Coleman, Watkins, Moss, McCarthy, Chambers, O'Neill, Griffin, Sharp, Hardy,
Wheeler, Potter, Osborne, Johnston, Gordon, Doyle, Wallace, George, Jordan, Hutchinson, Rowe,
Burke, May, Pritchard, Gilbert, Willis, Higgins, Read, Miles, Stevenson, Stephenson, Hammond,
Arnold, Buckley, Walters, Hewitt, Barber, Nelson, Slater, Austin, Sullivan, Whitehead, Mann,
Frost, Lambert, Stephens, Blake, Akhtar, Lynch, Goodwin, Barton, Woodward, Thomson, Cunningham,
Quinn, Barnett, Baxter, Bibi, Clayton, Nash, Greenwood, Jennings, Holt, Kemp, Poole, Gallagher,
Bond, Stokes, Tucker, Davidson, Fowler, Heath, Norman, Middleton, Lawson, Banks, French, Stanley,
Jarvis, Gibbs, Ferguson, Hayward, Carroll, Douglas, Dickinson, Todd, Barlow, Peters, Lucas,
Knowles, Hartley, Miah, Simmons, Morton, Alexander, Field, Morrison, Norris, Townsend, Preston,
Hancock, Thornton, Baldwin, Burrows, Briggs, Storey, Pugh, Fraser, MacLeod, Mackenzie, Macdonald,
Sinclair, Munro, Cameron, Grieve, Forsyth, Fairbairn, Llewellyn, Prosser, Vaughan, Jenkinson,
Moorhouse, Ackroyd, Sykes, Whittaker, Crowther, Haigh, Pickles, Ogden, Entwistle, Pilkington,
Trevelyan, Penrose, Pascoe, Tregear, Nankervis, Woolley, Forrester, Sawyer, Carpenter, Thatcher
""",
    150,
)

# Origins common in Sweden: each list's commonest names first, 1/rank, head 10.
FI_WOMEN = "Maria, Anna, Helena, Johanna, Kaarina, Marjatta, Hannele, Tuula, Päivi, Anneli, Leena, Sari, Tiina, Pirjo, Minna, Riitta, Liisa, Satu, Merja, Kirsi, Aino, Eveliina, Sofia, Emilia, Eija, Tarja, Aila, Ritva, Sirpa, Marja-Leena"
FI_MEN = "Juha, Timo, Matti, Kari, Mikko, Jari, Antti, Jukka, Mika, Markku, Pekka, Hannu, Heikki, Seppo, Janne, Ari, Sami, Petri, Ville, Tuomas, Jussi, Harri, Esa, Veikko, Pentti, Tapio, Olavi, Arto, Risto, Eero"
FI_SURNAMES = "Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen, Hyvönen, Räsänen"
# Iraq, Syria, Lebanon and Palestine, with Assyrian/Syriac names.
AR_WOMEN = "Fatima, Maryam, Zainab, Noor, Sara, Aya, Rana, Hiba, Amal, Layla, Huda, Rasha, Ghada, Salma, Yasmin, Dalia, Samira, Lina, Nadia, Reem, Shamiram, Nahrin, Ninve, Mariam, Rima, Souad, Widad, Nisrin"
AR_MEN = "Mohammed, Ahmed, Ali, Hassan, Hussein, Omar, Mahmoud, Khaled, Youssef, Ibrahim, Mustafa, Abdullah, Karim, Samir, Tarek, Ammar, Haidar, Bilal, Rami, Fadi, Ninos, Sargon, Aziz, Gabriel, Jamal, Walid, Ziad, Nabil, Khalil, Aboud"
AR_SURNAMES = "Ali, Mohammed, Ahmed, Hassan, Hussein, Ibrahim, Abdullah, Khalil, Saleh, Mahmoud, Al-Hashimi, Al-Jabouri, Al-Rubaie, Haddad, Khoury, Nasser, Yousef, Jaber, Abbas, Jasim, Kareem, Shamoun, Barsoum, Saliba, Gabriel, Isa, Malke, Yakoub, Hanna, Lahdo, Daoud, Issa, Mansour, Darwish"
SO_WOMEN = "Fadumo, Hodan, Amina, Sahra, Hawa, Ifrah, Nasra, Asha, Khadija, Ayan, Sagal, Hibo, Ubah, Maryan, Deqa, Halima, Sucaad, Idil, Ladan, Filsan, Hamdi, Muna"
SO_MEN = "Mohamed, Abdi, Ahmed, Abdirahman, Ali, Hassan, Omar, Abdullahi, Yusuf, Ismail, Abdikarim, Mahad, Farah, Liban, Hamza, Mustafe, Bashir, Abdiaziz, Said, Osman, Guled, Nuur, Jama"
SO_SURNAMES = "Mohamed, Ahmed, Ali, Hassan, Abdi, Omar, Yusuf, Ismail, Farah, Hussein, Abdullahi, Warsame, Osman, Jama, Aden, Nur, Mohamud, Dahir, Elmi, Hersi, Egal, Gedi, Samatar, Abdulle, Shire"
PL_WOMEN = "Anna, Maria, Katarzyna, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Elżbieta, Magdalena, Joanna, Zofia, Monika, Aleksandra, Natalia, Justyna, Dorota, Beata, Karolina, Marta, Iwona, Grażyna, Wiesława, Halina, Agata, Weronika"
PL_MEN = "Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Jan, Michał, Marcin, Jakub, Adam, Łukasz, Mateusz, Marek, Grzegorz, Wojciech, Stanisław, Kamil, Dariusz, Mariusz, Rafał, Zbigniew, Jerzy, Sławomir, Bartosz, Przemysław, Damian, Jacek"
PL_SURNAMES = "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Kwiatkowski, Krawczyk, Piotrowski, Grabowski, Nowakowski, Pawłowski, Michalski, Adamczyk, Dudek, Zając, Wieczorek, Jabłoński, Król, Majewski, Olszewski, Jaworski, Wróbel, Malinowski, Górski, Zawadzki, Wysocki, Sikorski, Rutkowski"
FA_WOMEN = "Maryam, Fatemeh, Zahra, Sara, Nasrin, Parisa, Shirin, Leila, Mahsa, Neda, Roya, Azadeh, Elham, Samira, Niloofar, Fariba, Mitra, Shabnam, Golnaz, Bahar, Setareh, Mina, Parvaneh"
FA_MEN = "Mohammad, Ali, Reza, Hossein, Mehdi, Amir, Hamid, Saeed, Majid, Behzad, Farhad, Dariush, Kourosh, Babak, Arash, Omid, Navid, Peyman, Shahram, Jamshid, Mohsen, Kaveh, Bijan, Siavash"
FA_SURNAMES = "Hosseini, Mohammadi, Rezaei, Ahmadi, Karimi, Moradi, Jafari, Rahimi, Hashemi, Mousavi, Sadeghi, Ghorbani, Rostami, Azizi, Kazemi, Farahani, Tehrani, Esfahani, Shirazi, Bahrami, Nazari, Amini, Akbari, Abbasi, Soltani, Safari"
BCS_WOMEN = "Amra, Emina, Jasmina, Ana, Marija, Ivana, Mirela, Lejla, Selma, Maja, Jelena, Sanja, Snježana, Azra, Mersiha, Dragana, Vesna, Aida, Senada, Elma, Amela, Gordana, Nermina, Ajla"
BCS_MEN = "Emir, Adnan, Amir, Mirza, Nedim, Haris, Dino, Edin, Senad, Goran, Dragan, Zoran, Milan, Nikola, Marko, Ivan, Stefan, Denis, Elvis, Admir, Nermin, Damir, Dejan, Mladen, Zlatan, Samir"
BCS_SURNAMES = "Hodžić, Hadžić, Kovačević, Begić, Delić, Husić, Mehmedović, Hasanović, Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Horvat, Kovačić, Babić, Marić, Jurić, Novak, Knežević, Popović, Šehić, Salihović, Ahmetović, Alić, Mujić, Omerović, Karić"
TR_WOMEN = "Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Meryem, Şerife, Zehra, Sultan, Hanife, Merve, Büşra, Esra, Derya, Gül, Songül, Nurten, Hülya, Özlem, Sibel, Yasemin, Dilek, Ebru, Aylin, Melek, Tuba"
TR_MEN = "Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Osman, Yusuf, Murat, Ömer, Ramazan, Halil, Süleyman, Abdullah, Mahmut, Recep, Emre, Kemal, Serkan, Burak, Hakan, Cem, Erdal, Orhan, Fatih, Volkan"
TR_SURNAMES = "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Korkmaz, Erdoğan, Aktaş, Güler, Bulut, Keskin, Ünal"
# Eritrea: a father's given name serves as the surname.
ER_WOMEN = "Senait, Helen, Yordanos, Selam, Mebrat, Tsega, Rahel, Saba, Feven, Luwam, Hiwet, Aster, Freweini, Tsehay, Almaz, Rigat, Winta, Eden, Semhar, Merhawit"
ER_MEN = "Yonas, Daniel, Michael, Samuel, Tesfay, Berhane, Habtom, Tekle, Dawit, Amanuel, Kidane, Yemane, Mehari, Goitom, Filmon, Robel, Mussie, Teklay, Isaias, Mulugeta, Kibrom, Semere"
ER_SURNAMES = "Tesfay, Ghebremariam, Tekle, Berhane, Haile, Kidane, Gebremichael, Tesfamariam, Woldu, Mehari, Habte, Ghirmay, Yohannes, Andemariam, Okbazghi, Fitwi, Negash, Abraha, Asmelash, Ghebreyesus, Zerai, Weldemichael, Kahsay, Solomon"
AF_WOMEN = "Fatima, Zahra, Maryam, Marzia, Parwana, Nazanin, Shabana, Farzana, Malalai, Mariam, Nilofar, Zarghona, Roya, Freshta, Hamida, Gulalai, Mahbooba, Shukria, Zainab, Laila, Sadia, Nasima"
AF_MEN = "Mohammad, Ahmad, Ali, Mustafa, Hamid, Abdul, Nasir, Jawad, Sayed, Hussain, Rahim, Karim, Farid, Wahid, Naweed, Sohail, Zabihullah, Hekmat, Jamil, Noorullah, Rahmatullah, Ramin, Sharif, Habib"
AF_SURNAMES = "Ahmadi, Hussaini, Mohammadi, Rahimi, Karimi, Sultani, Noori, Hakimi, Amiri, Rezai, Sadat, Hashimi, Popal, Stanikzai, Wardak, Safi, Qaderi, Haidari, Jafari, Nazari, Rasuli, Yousufi, Azimi, Rahmani, Sharifi"
TH_WOMEN = "Siriporn, Sunisa, Pranee, Malai, Somjit, Wanida, Pornthip, Kanya, Supaporn, Ratana, Jintana, Nittaya, Kannika, Duangjai, Lamai, Orawan, Pimchanok, Arunee, Chanida, Wipawee"
TH_MEN = "Somchai, Somsak, Prasert, Sombat, Surachai, Anan, Wichai, Boonmee, Chaiwat, Kittisak, Sakchai, Thongchai, Niran, Pichit, Arthit, Narong, Prayoon, Suthep, Somkid, Wirat, Chatchai, Apichat"
TH_SURNAMES = "Saetang, Srisuk, Wongsawat, Chaiyaphum, Boonyarat, Thongdee, Srisawat, Kaewkao, Jaidee, Phromma, Suwannarat, Sukprasert, Chanthara, Intharasuk, Kongkaew, Siripong, Thanawat, Buasri, Kaewmanee, Somboon"
# Chile first, then Latin America at large: two surnames, the father's and the mother's.
LA_WOMEN = "María, Ana, Carolina, Claudia, Patricia, Marcela, Daniela, Francisca, Camila, Valentina, Javiera, Paola, Andrea, Verónica, Gabriela, Lorena, Sofía, Constanza, Catalina, Isabel, Ximena, Paulina, Natalia, Carmen"
LA_MEN = "José, Juan, Luis, Carlos, Jorge, Pedro, Francisco, Cristián, Rodrigo, Sebastián, Matías, Felipe, Diego, Pablo, Manuel, Héctor, Patricio, Gonzalo, Andrés, Nicolás, Alejandro, Mauricio, Sergio, Raúl, Víctor"
LA_SURNAMES = "González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo, Tapia, Reyes, Gutiérrez, Castro, Pizarro, Álvarez, Vásquez, Sánchez, Fernández, Ramírez, Carrasco"
KU_WOMEN = "Rojda, Berfin, Dilan, Hevi, Zozan, Jiyan, Roza, Shirin, Nazdar, Avin, Helin, Rojin, Zilan, Bahar, Gulistan, Nergiz, Sozdar, Viyan, Narin, Beritan, Delal"
KU_MEN = "Azad, Rebwar, Karwan, Dilshad, Hawre, Shvan, Kawa, Baran, Serhat, Rojhat, Ahmad, Dara, Sherwan, Aram, Hiwa, Zana, Rizgar, Bakhtiyar, Hemin, Soran, Aso, Kamaran, Diyar"
KU_SURNAMES = "Ahmad, Mahmoud, Rasul, Hamid, Aziz, Karim, Abdullah, Mustafa, Hussein, Ali, Othman, Saleh, Bakir, Omer, Qadir, Sharif, Faraj, Amin, Baban, Doski, Zebari, Jaf, Hawrami, Rashid, Khoshnaw"
# Added by the writer's judgement: Ukraine (since 2022), Latvia (many in forest work and haulage)
# and India (IT and engineering).
UA_WOMEN = "Olena, Tetiana, Nataliia, Iryna, Svitlana, Oksana, Yuliia, Olha, Kateryna, Mariia, Anastasiia, Viktoriia, Halyna, Liudmyla, Nadiia, Valentyna, Alina, Daria, Yana, Khrystyna"
UA_MEN = "Oleksandr, Serhii, Andrii, Volodymyr, Oleksii, Dmytro, Mykola, Yurii, Ivan, Vasyl, Viktor, Ihor, Maksym, Taras, Bohdan, Roman, Petro, Vitalii, Mykhailo, Artem"
UA_SURNAMES = "Melnyk, Shevchenko, Boiko, Kovalenko, Bondarenko, Tkachenko, Kovalchuk, Kravchenko, Oliinyk, Shevchuk, Koval, Polishchuk, Bondar, Tkachuk, Moroz, Marchenko, Lysenko, Rudenko, Savchenko, Petrenko, Klymenko, Pavlenko"
LV_WOMEN = "Anna, Inese, Ilze, Kristīne, Līga, Dace, Santa, Laura, Ieva, Zane, Sandra, Anita, Inga, Baiba, Gunta, Daiga, Evija, Agnese, Marta, Elīna"
LV_MEN = "Jānis, Andris, Māris, Edgars, Aigars, Kaspars, Mārtiņš, Juris, Artūrs, Gints, Raivis, Valdis, Dainis, Uldis, Ivars, Roberts, Kristaps, Normunds, Aivars, Guntis"
LV_SURNAMES = "Bērziņš, Kalniņš, Ozoliņš, Jansons, Ozols, Liepiņš, Krūmiņš, Balodis, Eglītis, Zariņš, Pētersons, Vītols, Kļaviņš, Cīrulis, Kārkliņš, Lācis, Siliņš, Vanags, Strautiņš, Dombrovskis"
IN_WOMEN = "Priya, Anjali, Neha, Pooja, Divya, Sneha, Kavya, Lakshmi, Sunita, Anita, Deepa, Shreya, Swati, Meera, Ritu, Aishwarya, Nisha, Rekha, Sonia, Geeta"
IN_MEN = "Rahul, Amit, Rajesh, Sanjay, Vijay, Arjun, Suresh, Ravi, Anil, Vikram, Pradeep, Manoj, Karthik, Rohit, Arun, Deepak, Sunil, Ashok, Ramesh, Nikhil"
IN_SURNAMES = "Patel, Sharma, Singh, Kumar, Gupta, Reddy, Iyer, Nair, Rao, Shah, Joshi, Mehta, Verma, Das, Agarwal, Chopra, Pillai, Menon, Banerjee, Mukherjee, Desai, Kapoor"


def _origin(women: str, men: str, surnames: str, head: int = 10) -> Origin:
    return Origin(ranked(women, head), ranked(men, head), ranked(surnames, head))


ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_WOMEN, SV_MEN, SV_SURNAMES),
    "us": Origin(weighted(US_WOMEN, 150), weighted(US_MEN, 150), weighted(US_SURNAMES, 150)),
    "uk": Origin(UK_WOMEN, UK_MEN, UK_SURNAMES),
    "finnish": _origin(FI_WOMEN, FI_MEN, FI_SURNAMES),
    "arabic": _origin(AR_WOMEN, AR_MEN, AR_SURNAMES),
    "somali": _origin(SO_WOMEN, SO_MEN, SO_SURNAMES),
    "polish": _origin(PL_WOMEN, PL_MEN, PL_SURNAMES),
    "persian": _origin(FA_WOMEN, FA_MEN, FA_SURNAMES),
    "bcs": _origin(BCS_WOMEN, BCS_MEN, BCS_SURNAMES),
    "turkish": _origin(TR_WOMEN, TR_MEN, TR_SURNAMES),
    "eritrean": _origin(ER_WOMEN, ER_MEN, ER_SURNAMES),
    "afghan": _origin(AF_WOMEN, AF_MEN, AF_SURNAMES),
    "thai": _origin(TH_WOMEN, TH_MEN, TH_SURNAMES),
    "latin": _origin(LA_WOMEN, LA_MEN, LA_SURNAMES),
    "kurdish": _origin(KU_WOMEN, KU_MEN, KU_SURNAMES),
    "ukrainian": _origin(UA_WOMEN, UA_MEN, UA_SURNAMES),
    "latvian": _origin(LV_WOMEN, LV_MEN, LV_SURNAMES),
    "indian": _origin(IN_WOMEN, IN_MEN, IN_SURNAMES),
}
# Origins whose names are typed without their letters about 30% of the time.
PLAIN_TYPED = ("polish", "bcs", "turkish", "latin", "latvian")

# Who is named, per language of the text: Swedish largest in Swedish and mixed text, roughly as
# Sweden's population is; English text mostly American and British.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 68, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "afghan": 1.5, "turkish": 1.5, "kurdish": 1.5, "eritrean": 1.2,
        "ukrainian": 1.2, "latvian": 1.2, "thai": 1, "latin": 1, "indian": 0.6, "uk": 0.6, "us": 0.5,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 9, "indian": 3, "arabic": 2, "polish": 2, "latin": 2,
        "finnish": 1.5, "latvian": 1, "ukrainian": 1, "somali": 0.8, "persian": 0.8, "turkish": 0.8,
        "thai": 0.6, "bcs": 0.6, "afghan": 0.5, "eritrean": 0.5, "kurdish": 0.4,
    },
    "mixed": {
        "swedish": 50, "uk": 10, "us": 9, "arabic": 5, "finnish": 3.5, "polish": 3, "bcs": 2,
        "persian": 2, "latvian": 2, "ukrainian": 1.5, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5,
        "indian": 1.5, "afghan": 1.2, "eritrean": 1, "thai": 1, "latin": 1,
    },
}  # fmt: skip

# Short forms people go by, per origin, keyed by the given name.
NICK_SV: dict[str, tuple[str, ...]] = {
    "Lars": ("Lasse",), "Mikael": ("Micke",), "Joakim": ("Jocke",), "Karl": ("Kalle",),
    "Per": ("Pelle", "Perra"), "Magnus": ("Mange",), "Thomas": ("Tompa",), "Christer": ("Crille",),
    "Marcus": ("Mackan",), "Markus": ("Mackan",), "Johan": ("Jocke", "Joppe"), "Jan": ("Janne",),
    "Hans": ("Hasse",), "Bengt": ("Bengan",), "Torbjörn": ("Tobbe",), "Tobias": ("Tobbe",),
    "Fredrik": ("Fredde",), "Patrik": ("Patte",), "Kenneth": ("Kenta",), "Stefan": ("Steffe",),
    "Roger": ("Roffe",), "Rolf": ("Roffe",), "Leif": ("Leffe",), "Mattias": ("Matte",),
    "Jonas": ("Jonte",), "Niklas": ("Nicke",), "Henrik": ("Henke",), "Robert": ("Robban",),
    "Gustav": ("Gurra", "Gusse"), "Olof": ("Olle",), "Sebastian": ("Sebbe",), "Alexander": ("Alex",),
    "Emanuel": ("Manne",), "Kjell": ("Kjelle",), "Sven": ("Svenne",), "Andreas": ("Andy", "Dreas"),
    "Anders": ("Ante",), "Göran": ("Göte",), "Kristoffer": ("Krille", "Stoffe"), "Peter": ("Pelle",),
    "Daniel": ("Danne",), "Björn": ("Nalle",), "Tommy": ("Tompa",), "Gunnar": ("Gunne",),
    "Elisabeth": ("Lisa", "Bettan"), "Margareta": ("Maggan", "Greta"), "Kristina": ("Stina", "Kicki"),
    "Christina": ("Kicki", "Tina"), "Katarina": ("Kattis", "Kajsa"), "Birgitta": ("Bittan", "Gittan"),
    "Susanne": ("Sussie",), "Charlotte": ("Lotta",), "Johanna": ("Hanna", "Jossan"),
    "Josefin": ("Jossan",), "Madeleine": ("Maddy",), "Camilla": ("Millan",), "Gunilla": ("Nilla",),
    "Therese": ("Tessan",), "Caroline": ("Carro",), "Rebecka": ("Becka",), "Helena": ("Lena",),
    "Mikaela": ("Micke",), "Ingegerd": ("Inge",), "Viktoria": ("Vicky",), "Alexandra": ("Sandra",),
    "Annika": ("Anki",), "Ulrika": ("Ullis",), "Angelica": ("Angie",), "Jessica": ("Jessi",),
}  # fmt: skip
NICK_EN: dict[str, tuple[str, ...]] = {
    "William": ("Will", "Bill"), "Robert": ("Rob", "Bob"), "James": ("Jim", "Jamie"),
    "Michael": ("Mike", "Mick"), "Richard": ("Rick", "Dick"), "Thomas": ("Tom",),
    "Christopher": ("Chris",), "Daniel": ("Dan", "Danny"), "Matthew": ("Matt",), "Anthony": ("Tony",),
    "Joseph": ("Joe",), "David": ("Dave",), "Steven": ("Steve",), "Stephen": ("Steve",),
    "Edward": ("Ed", "Ted"), "Elizabeth": ("Liz", "Beth"), "Jennifer": ("Jen", "Jenny"),
    "Katherine": ("Kate", "Kathy"), "Catherine": ("Cathy", "Kate"), "Margaret": ("Maggie", "Peggy"),
    "Patricia": ("Pat", "Trish"), "Susan": ("Sue",), "Rebecca": ("Becky",), "Deborah": ("Debbie",),
    "Alexander": ("Alex",), "Nicholas": ("Nick",), "Jonathan": ("Jon",), "Benjamin": ("Ben",),
    "Samuel": ("Sam",), "Andrew": ("Andy", "Drew"), "Timothy": ("Tim",), "Kenneth": ("Ken",),
    "Donald": ("Don",), "Ronald": ("Ron",), "Gerald": ("Gerry",), "Philip": ("Phil",),
    "Charles": ("Charlie", "Chuck"), "Samantha": ("Sam",), "Victoria": ("Vicky",),
    "Gregory": ("Greg",), "Frederick": ("Fred",), "Douglas": ("Doug",), "Barbara": ("Barb",),
    "Jacqueline": ("Jackie",), "Pamela": ("Pam",), "Kimberly": ("Kim",), "Christine": ("Chris",),
    "Alison": ("Ali",), "Abigail": ("Abby",), "Eleanor": ("Ellie",), "Joshua": ("Josh",),
}  # fmt: skip
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": NICK_SV,
    "us": NICK_EN,
    "uk": NICK_EN,
    "arabic": {"Mohammed": ("Mo", "Hamoudi"), "Abdullah": ("Abdi",)},
    "somali": {"Mohamed": ("Mo",), "Abdirahman": ("Abdi",), "Abdullahi": ("Abdi",)},
    "finnish": {"Juha": ("Jussi",), "Matti": ("Masa",), "Jukka": ("Jukke",)},
    "polish": {
        "Krzysztof": ("Krzysiek",),
        "Małgorzata": ("Gosia",),
        "Katarzyna": ("Kasia",),
        "Tomasz": ("Tomek",),
    },
}
