# ruff: noqa: E501
"""Name pools of held-out FZ (issue 15): names as the population has them, by origin and weight.

Every list is in its source's order, commonest first, and weighted by how often people carry the
name: Swedish given names and surnames in the order of SCB's name statistics (written from general
knowledge, weight 1/rank, head the top 150 and a tail of rarer names past them), the US Census 1990
lists (public domain, copied from the `names` package's `dist.female.first`, `dist.male.first` and
`dist.all.last`: the census per cent as weight, head 150), UK given names and surnames in the order
of the ONS rankings (general knowledge, 1/rank), and the commonest names of origins common in Sweden
(1/rank, head 10). Written by FZ's writer from their own knowledge; no name was checked against
rung's lexicons or left out for being known or unknown. Stdlib only.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this share, else from its tail


def _split(text: str) -> tuple[str, ...]:
    """Names separated by commas; a name may hold a space (`von Platen`) or a hyphen."""
    return tuple(" ".join(part.split()) for part in text.split(",") if part.strip())


@dataclass(frozen=True)
class Pool:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int  # names[:head] are the head, the rest the tail


def ranked(names: tuple[str, ...], head: int) -> Pool:
    """A list in rank order, weight 1/rank."""
    return Pool(names, tuple(1 / rank for rank in range(1, len(names) + 1)), min(head, len(names)))


def census(pairs: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A census list with its per cents as weights."""
    return Pool(tuple(n for n, _ in pairs), tuple(w for _, w in pairs), head)


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


_PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ø": "o", "Ø": "O", "æ": "ae", "ß": "ss"}
)


def plain(word: str) -> str:
    """A name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_PLAIN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for man, woman in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(man):
            return surname[: -len(man)] + woman
    return surname


# Swedish given names, women (371): SCB's order, all bearers; head 150.
SV_F = _split("""
Maria, Elisabeth, Anna, Kristina, Margareta, Eva, Linnéa, Birgitta, Karin, Marie, Ingrid, Sofia,
Christina, Elin, Emma, Ida, Johanna, Sara, Ulla, Lena, Helena, Inger, Katarina, Cecilia, Louise,
Julia, Hanna, Susanne, Gunilla, Malin, Linda, Jenny, Elsa, Alice, Ebba, Monica, Viktoria, Ann,
Annika, Inga, Camilla, Matilda, Charlotte, Astrid, Amanda, Åsa, Therese, Barbro, Frida, Caroline,
Agneta, Gun, Elisabet, Ellen, Maja, Josefin, Klara, Siv, Marianne, Ulrika, Anette, Lisa, Emelie,
Jessica, Erika, Sandra, Wilma, Emilia, Britt, Moa, Ingegerd, Yvonne, Lovisa, Kerstin, Anita,
Elvira, Alva, Ella, Agnes, Freja, Olivia, Madeleine, Sofie, Carina, Gunnel, Pia, Mona, Ingela,
Pernilla, Rebecka, Jennifer, Karolina, Lina, Isabelle, Sanna, Ronja, Felicia, Nora, Vera, Stina,
Gabriella, Anneli, Ewa, Birgit, Maj, Irene, Greta, Signe, Tove, Ellinor, Mikaela, Nathalie,
Cornelia, Tilda, Saga, Ester, Ingeborg, Berit, Solveig, Sonja, Marita, Petra, Marina, Jeanette,
Rut, Isabella, Elina, Selma, Tyra, Märta, Linn, Ylva, Anne, Kristin, Evelina, Paulina, Angelica,
Jonna, Sigrid, Liv, Tuva, Lova, Stella, Iris, Hedda, Edith, Elise, Gertrud, Viola, Kajsa, Fanny,
Catharina, Britta, Lisbeth, Gudrun, Hilda, Clara, Beatrice, Emmy, Fredrika, Mira, Nellie, Nova,
Alexandra, Victoria, Ingalill, Lilian, Mia, Malva, Vilma, Thea, Meja, Hilma, Alicia, Minna, Doris,
Svea, Annie, Tindra, Leah, Juni, Ines, Majken, Hedvig, Dagny, Harriet, Asta, Elna, Ottilia,
Henrietta, Jasmine, My, Lykke, Ingvor, Vendela, Amelia, Mathilda, Michaela, Ruth, Helén, Katrin,
Ulrica, Annelie, Rebecca, Josefine, Cristina, Carin, Lillemor, Maud, Irma, Gunvor, Marit,
Ann-Marie, Ann-Christin, Anna-Karin, Eva-Lena, Ann-Sofie, Marie-Louise, Ann-Charlotte, Anne-Marie,
Ing-Marie, Ann-Louise, Gunhild, Ragnhild, Wivianne, Ingegärd, Majvor, Elvy, Hjördis, Rigmor, Lilly,
Mimmi, Tekla, Idun, Embla, Majvi, Saima, Sylvia, Gullan, Britt-Marie, Ulla-Britt, Gun-Britt,
Maj-Britt, Inga-Lill, Siri, Ingvild, Livia, Lea, Leia, Ellie, Elle, Elsie, Estelle, Eleonora,
Filippa, Gerd, Heidi, Hillevi, Ina, Jill, Judit, Kamilla, Katja, Kim, Lotta, Louisa, Lucia,
Magdalena, Malou, Margit, Marlene, Matilde, Melina, Melissa, Mirjam, Molly, Nadja, Natalie, Nicole,
Nina, Noomi, Norah, Olga, Paula, Regina, Rosa, Rosita, Sabina, Sally, Selina, Siw, Stephanie,
Tamara, Tanja, Tina, Tora, Unni, Valborg, Veronica, Vivi, Vivianne, Wera, Yasmine, Zara, Agda,
Alma, Anja, Annette, Antonia, Aurora, Bella, Benita, Bodil, Cajsa, Charlie, Dagmar, Edda, Emelia,
Emilie, Esther, Evy, Gunborg, Hulda, Ilse, Inez, Irmelin, Jolin, Juli, Kaisa, Laila, Lejla, Lisen,
Lo, Majlis, Maya, Mette, Minerva, Nanna, Ofelia, Penelope, Polly, Rakel, Rebekka, Stefanie, Tova,
Vanja, Viveka, Yrsa, Anna-Lena, Eva-Britt, Ann-Katrin, Lise-Lotte, Anna-Maria, Rose-Marie, Maj-Lis,
Edit, Eira, Elfrida, Gisela, Marika, Monika, Mariana, Naima, Tess, Tilde, Zandra, Wendela,
Josephine, Sophie, Helene, Emmie
""")


# Swedish given names, men (355): SCB's order, all bearers; head 150.
SV_M = _split("""
Lars, Karl, Anders, Johan, Per, Erik, Nils, Carl, Lennart, Mikael, Jan, Hans, Olof, Peter, Gunnar,
Sven, Fredrik, Bengt, Bo, Daniel, Gustav, Åke, Göran, Alexander, Magnus, Martin, Andreas, Stefan,
John, Leif, Mats, Ulf, Henrik, Thomas, Axel, Bertil, Arne, Jonas, Björn, Mattias, Christer, Kjell,
Emil, Niklas, Oskar, Stig, David, Rolf, Tommy, Ingemar, Simon, Christian, Roland, Robert, Kent,
Marcus, Viktor, Patrik, Anton, Sebastian, William, Tobias, Rune, Hugo, Lucas, Elias, Filip, Joakim,
Jonathan, Rasmus, Robin, Kurt, Jakob, Oscar, Adam, Ludvig, Hampus, Jesper, Kenneth, Oliver,
Torbjörn, Tomas, Ove, Håkan, Roger, Dan, Claes, Jörgen, Gösta, Kristoffer, Emanuel, Isak, Sten,
Liam, Noah, Vilhelm, Edvin, Albin, Theo, Leo, Melvin, Arvid, Gabriel, Josef, Jimmy, Dennis,
Benjamin, Casper, Tom, Harald, Ragnar, Allan, Sören, Sune, Tore, Ivar, Ingvar, Yngve, Evert, Folke,
Einar, Gert, Conny, Börje, Bernt, Urban, Pontus, Vincent, Linus, Max, Alvin, Gustaf, Pär, Ola,
Ronny, Hannes, Kevin, Valter, Elliot, Love, Charlie, Wilhelm, Olle, Samuel, Lukas, Malte,
Carl-Johan, Karl-Erik, Per-Olof, Jan-Erik, Lars-Göran, Nils-Erik, Lars-Erik, Per-Anders, Hans-Erik,
Jan-Olof, Bo-Göran, Karl-Gustav, Sven-Erik, Lars-Olof, Carl-Axel, Johan-Erik, Mohammed, Ali, Alf,
Anders-Petter, Assar, Birger, Bror, Curt, Dag, Douglas, Edvard, Egon, Elis, Elof, Elmer, Emrik,
Erling, Fabian, Felix, Frans, Fritiof, Georg, Gerhard, Gillis, Glenn, Greger, Gunder, Halvar,
Harry, Helge, Herbert, Hilding, Holger, Ingvald, Ivan, Jack, Jacob, Jens, Joel, Jon, Josua, Kaj,
Karl-Axel, Kim, Knut, Konrad, Krister, Lage, Leon, Levi, Loke, Lorentz, Mauritz, Melker, Mikkel,
Milton, Morgan, Måns, Natanael, Nicklas, Niclas, Nore, Ossian, Otto, Paul, Petter, Philip, Reine,
Rikard, Roine, Rutger, Sam, Sigge, Sigurd, Sixten, Staffan, Sture, Svante, Sylve, Teodor, Thor,
Tage, Ture, Ulrik, Uno, Valdemar, Vidar, Vilgot, Algot, Wiktor, Östen, Artur, Abbe, Adrian, Albert,
Alfons, Alrik, Anselm, Ansgar, August, Benny, Bill, Boris, Carlos, Christoffer, Clas, Colin,
Conrad, Cornelius, Dante, Eddie, Edgar, Eric, Eskil, Frank, Fredrick, Gustav-Adolf, Göte, Hjalmar,
Håkon, Isac, Jarl, Jerker, Julius, Justus, Kasper, Kristian, Leopold, Lennarth, Mathias, Micael,
Mio, Nathaniel, Neo, Nicolas, Noel, Olav, Orvar, Patric, Roy, Sakarias, Severin, Stellan, Thorsten,
Tim, Timothy, Tor, Torgny, Torsten, Ville, Wille, Zakarias, Ebbe, Gottfrid, Hilmer, Ingmar, Jesse,
Joar, Julian, Kennet, Kristofer, Lars-Åke, Lars-Gunnar, Leonard, Marco, Markus, Milo, Nelson,
Nils-Olof, Olov, Per-Erik, Rickard, Sigvard, Stig-Arne, Sten-Åke, Sven-Olof, Thure, Tord, Torleif,
Torvald, Wilmer, Elvin, Enar, Arnold, Vilmer, Henry, Frej, Bruno, Gideon, Isidor, Jim, Jörn,
Mats-Olov
""")


# Swedish surnames (401): SCB's order; the tail ends with noble names; head 150.
SV_S = _split("""
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
Holmqvist, Mohamed, Sundström, Jensen, Nordqvist, Ivarsson, Hussein, Wiklund, Göransson, Lindblom,
Nordlund, Sundqvist, Johnsson, Lindahl, Berntsson, Kristiansson, Omar, Ottosson, Lindell, Lindén,
Åström, Nielsen, Malmberg, Ahlberg, Lindkvist, Hedberg, Östlund, Lundell, Sjöström, Forsman,
Sjölund, Engberg, Edlund, Hjalmarsson, Augustsson, Ibrahim, Wahlberg, Strand, Bäckström, Rosén,
Carlsson, Nyman, Söderström, Lundmark, Larsen, Boman, Stenberg, Englund, Adolfsson, Fors, Hagström,
Hedström, Björkman, Backman, Åkerlund, Sjödin, Ekberg, Johannesson, Hellberg, Sundin, Lindmark,
Olausson, Lindh, Andersen, Forsgren, Grahn, Bergkvist, Wennberg, Nordgren, Ekman, Westerberg,
Östberg, Vikström, Melin, Borg, Hallberg, Friberg, Öhman, Granberg, Rydberg, Lundholm, Sandell,
Skoglund, Stenström, Aronsson, Lindroth, Kjellberg, Bergstrand, Ekholm, Thorén, Emanuelsson,
Holmström, Lilja, Rask, Nordberg, Kvist, Alm, Lundkvist, Nord, Sjöqvist, Hallgren, Hammar,
Thunberg, Öhrn, Grönlund, Törnqvist, Ljungberg, Ljunggren, Ljung, Sandgren, Svärd, Dahlgren,
Lindbom, Bohlin, Hedman, Nygren, Nyqvist, Palm, Pihl, Roos, Rehn, Sahlin, Sandin, Selin, Sjöstedt,
Skog, Strid, Sundell, Svedberg, Söderlund, Törnblom, Wall, Wikberg, Wikman, Zetterberg, Zetterlund,
Ågren, Åhlund, Ödman, Östman, Abdi, Ahlgren, Ahlström, Almqvist, Alexandersson, Asplund, Bergh,
Bengtson, Billing, Bladh, Blomberg, Bodin, Brandt, Brodin, Broström, Bäck, Carlberg, Carlström,
Cederberg, Dahlqvist, Dahlström, Eklöf, Ekvall, Elfving, Enqvist, Envall, Eriksen, Fagerström,
Fahlén, Feldt, Flink, Forslund, Franzén, Frid, Frisk, Fröberg, Gabrielsson, Granath, Granlund,
Green, Grönberg, Gullberg, Gustavsson, Haglund, Hagman, Hammarström, Hedin, Hedqvist, Hellgren,
Helin, Hjelm, Holmlund, Husberg, Hägg, Högberg, Höglund, Isberg, Jacobsson, Jernberg, Jonasson,
Josefsson, Kallin, Karlström, Kihlberg, Klasson, Kling, Krantz, Kronberg, Kullberg, Lagerström,
Landin, Lantz, Lidén, Liljeberg, Lindau, Lindeberg, Linder, Lindwall, Ljungqvist, Lorentzon,
Lövgren, Malm, Malmqvist, Modig, Molin, Moberg, Munther, Nerman, Nilsén, Norén, Norling, Nyholm,
Näslund, Olander, Olin, Palmqvist, Petersson, Pettersén, Qvist, Rapp, Ringström, Rosengren,
Rudberg, Rundqvist, Runesson, Rydén, Sahlberg, Salomonsson, Sandqvist, Schön, Segerström, Sellberg,
Sjökvist, Skoog, Sporre, Stark, Stenlund, Strandberg, Sundholm, Svahn, Svanberg, Söderholm, Tegnér,
Thelin, Thorsson, Tiberg, Torstensson, Unger, Wahlgren, Wahlström, Waltersson, Wennerberg, Werner,
Wester, Westin, Wickman, Winberg, Wirén, Åhman, Åkerman, Ångström, Östergren, Östling, von Platen,
af Klercker, De Geer, von Sydow, Leijonhufvud, Stenbock, Oxenstierna, Wachtmeister, Bonde, Sparre,
Silfverstolpe, Cederström, Mörner, Hamilton, Lilliehöök, Gyllensvärd, Ehrensvärd, Natt och Dag, von
Essen
""")


# US Census 1990, female first names: the first 380 with the census per cent; head 150.
US_F = (
    ("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.980),
    ("Elizabeth", 0.937), ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794),
    ("Margaret", 0.768), ("Dorothy", 0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667),
    ("Betty", 0.666), ("Helen", 0.663), ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565),
    ("Ruth", 0.562), ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.510), ("Sarah", 0.508),
    ("Kimberly", 0.504), ("Deborah", 0.494), ("Jessica", 0.490), ("Shirley", 0.482),
    ("Cynthia", 0.469), ("Angela", 0.468), ("Melissa", 0.462), ("Brenda", 0.455), ("Amy", 0.451),
    ("Anna", 0.440), ("Rebecca", 0.430), ("Virginia", 0.430), ("Kathleen", 0.424),
    ("Pamela", 0.416), ("Martha", 0.412), ("Debra", 0.408), ("Amanda", 0.404), ("Stephanie", 0.400),
    ("Carolyn", 0.385), ("Christine", 0.382), ("Marie", 0.379), ("Janet", 0.379),
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
    ("Josephine", 0.177), ("Thelma", 0.175), ("Shannon", 0.175), ("Sheila", 0.175),
    ("Ethel", 0.174), ("Ellen", 0.173), ("Elaine", 0.173), ("Marjorie", 0.173), ("Carrie", 0.171),
    ("Charlotte", 0.169), ("Monica", 0.166), ("Esther", 0.166), ("Pauline", 0.165), ("Emma", 0.165),
    ("Juanita", 0.164), ("Anita", 0.162), ("Rhonda", 0.162), ("Hazel", 0.161), ("Amber", 0.160),
    ("Eva", 0.159), ("Debbie", 0.157), ("April", 0.154), ("Leslie", 0.154), ("Clara", 0.153),
    ("Lucille", 0.153), ("Jamie", 0.153), ("Joanne", 0.150), ("Eleanor", 0.150), ("Valerie", 0.149),
    ("Danielle", 0.149), ("Megan", 0.147), ("Alicia", 0.146), ("Suzanne", 0.145),
    ("Michele", 0.145), ("Gail", 0.145), ("Bertha", 0.143), ("Darlene", 0.142), ("Veronica", 0.142),
    ("Jill", 0.142), ("Erin", 0.141), ("Geraldine", 0.141), ("Lauren", 0.137), ("Cathy", 0.137),
    ("Joann", 0.136), ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135), ("Regina", 0.133),
    ("Erica", 0.130), ("Beatrice", 0.130), ("Dolores", 0.129), ("Bernice", 0.128),
    ("Audrey", 0.127), ("Yvonne", 0.126), ("Annette", 0.125), ("June", 0.125), ("Samantha", 0.124),
    ("Marion", 0.122), ("Dana", 0.122), ("Stacy", 0.121), ("Ana", 0.120), ("Renee", 0.120),
    ("Ida", 0.118), ("Vivian", 0.118), ("Roberta", 0.117), ("Holly", 0.117), ("Brittany", 0.117),
    ("Melanie", 0.116), ("Loretta", 0.115), ("Yolanda", 0.115), ("Jeanette", 0.115),
    ("Laurie", 0.114), ("Katie", 0.113), ("Kristen", 0.111), ("Vanessa", 0.111), ("Alma", 0.111),
    ("Sue", 0.111), ("Elsie", 0.110), ("Beth", 0.110), ("Jeanne", 0.109), ("Vicki", 0.109),
    ("Carla", 0.107), ("Tara", 0.107), ("Rosemary", 0.107), ("Eileen", 0.105), ("Terri", 0.105),
    ("Gertrude", 0.103), ("Lucy", 0.103), ("Tonya", 0.102), ("Ella", 0.101), ("Stacey", 0.101),
    ("Wilma", 0.099), ("Gina", 0.099), ("Kristin", 0.099), ("Jessie", 0.098), ("Natalie", 0.098),
    ("Agnes", 0.098), ("Vera", 0.098), ("Willie", 0.097), ("Charlene", 0.097), ("Bessie", 0.096),
    ("Delores", 0.095), ("Melinda", 0.094), ("Pearl", 0.094), ("Arlene", 0.094), ("Maureen", 0.092),
    ("Colleen", 0.092), ("Allison", 0.092), ("Tamara", 0.092), ("Joy", 0.091), ("Georgia", 0.091),
    ("Constance", 0.091), ("Lillie", 0.090), ("Claudia", 0.090), ("Jackie", 0.090),
    ("Marcia", 0.090), ("Tanya", 0.089), ("Nellie", 0.089), ("Minnie", 0.089), ("Marlene", 0.088),
    ("Heidi", 0.088), ("Glenda", 0.088), ("Lydia", 0.086), ("Viola", 0.086), ("Courtney", 0.086),
    ("Marian", 0.086), ("Stella", 0.085), ("Caroline", 0.085), ("Dora", 0.084), ("Jo", 0.083),
    ("Vickie", 0.082), ("Mattie", 0.081), ("Terry", 0.080), ("Maxine", 0.079), ("Irma", 0.079),
    ("Mabel", 0.078), ("Marsha", 0.078), ("Myrtle", 0.078), ("Lena", 0.077), ("Christy", 0.077),
    ("Deanna", 0.076), ("Patsy", 0.076), ("Hilda", 0.075), ("Gwendolyn", 0.074), ("Jennie", 0.073),
    ("Nora", 0.073), ("Margie", 0.072), ("Nina", 0.072), ("Cassandra", 0.072), ("Leah", 0.072),
    ("Penny", 0.071), ("Kay", 0.071), ("Priscilla", 0.071), ("Naomi", 0.071), ("Carole", 0.071),
    ("Brandy", 0.070), ("Olga", 0.070), ("Billie", 0.069), ("Dianne", 0.069), ("Tracey", 0.069),
    ("Leona", 0.069), ("Jenny", 0.068), ("Felicia", 0.068), ("Sonia", 0.068), ("Miriam", 0.066),
    ("Velma", 0.066), ("Becky", 0.066), ("Bobbie", 0.065), ("Violet", 0.065), ("Kristina", 0.065),
    ("Toni", 0.064), ("Misty", 0.063), ("Mae", 0.063), ("Shelly", 0.062), ("Daisy", 0.062),
    ("Ramona", 0.062), ("Sherri", 0.062), ("Erika", 0.061), ("Katrina", 0.061), ("Claire", 0.061),
    ("Lindsey", 0.060), ("Lindsay", 0.060), ("Geneva", 0.059), ("Guadalupe", 0.059),
    ("Belinda", 0.059), ("Margarita", 0.059), ("Sheryl", 0.059), ("Cora", 0.058), ("Faye", 0.058),
    ("Ada", 0.057), ("Natasha", 0.057), ("Sabrina", 0.057), ("Isabel", 0.057),
    ("Marguerite", 0.056), ("Hattie", 0.056), ("Harriet", 0.056), ("Molly", 0.055),
    ("Cecilia", 0.055), ("Kristi", 0.055), ("Brandi", 0.055), ("Blanche", 0.055), ("Sandy", 0.055),
    ("Rosie", 0.055), ("Joanna", 0.055), ("Iris", 0.055), ("Eunice", 0.054), ("Angie", 0.054),
    ("Inez", 0.053), ("Lynda", 0.053), ("Madeline", 0.052), ("Amelia", 0.052), ("Alberta", 0.052),
    ("Genevieve", 0.051), ("Monique", 0.051), ("Jodi", 0.051), ("Janie", 0.051), ("Maggie", 0.051),
    ("Kayla", 0.051), ("Sonya", 0.051), ("Jan", 0.051), ("Lee", 0.051), ("Kristine", 0.051),
    ("Candace", 0.051), ("Fannie", 0.050), ("Maryann", 0.050), ("Opal", 0.050), ("Alison", 0.050),
    ("Yvette", 0.050), ("Melody", 0.050), ("Luz", 0.049), ("Susie", 0.049), ("Olivia", 0.049),
    ("Flora", 0.049), ("Shelley", 0.049), ("Kristy", 0.048), ("Mamie", 0.048), ("Lula", 0.048),
    ("Lola", 0.048), ("Verna", 0.048), ("Beulah", 0.048), ("Antoinette", 0.048), ("Candice", 0.046),
    ("Juana", 0.046), ("Jeannette", 0.046), ("Pam", 0.046), ("Kelli", 0.046), ("Hannah", 0.045),
    ("Whitney", 0.045), ("Bridget", 0.045), ("Karla", 0.044), ("Celia", 0.044), ("Latoya", 0.043),
    ("Patty", 0.043), ("Shelia", 0.043), ("Gayle", 0.043), ("Della", 0.043), ("Vicky", 0.043),
    ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042),
)  # fmt: skip


# US Census 1990, male first names: the first 380 with the census per cent; head 150.
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
    ("Earnest", 0.031),
)  # fmt: skip


# US Census 1990, surnames: the first 420 with the census per cent; head 150.
US_S = (
    ("Smith", 1.006), ("Johnson", 0.810), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621),
    ("Davis", 0.480), ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor", 0.311),
    ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.310), ("White", 0.279), ("Harris", 0.275),
    ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254), ("Martinez", 0.234),
    ("Robinson", 0.233), ("Clark", 0.231), ("Rodriguez", 0.229), ("Lewis", 0.226), ("Lee", 0.220),
    ("Walker", 0.219), ("Hall", 0.200), ("Allen", 0.199), ("Young", 0.193), ("Hernandez", 0.192),
    ("King", 0.190), ("Wright", 0.189), ("Lopez", 0.187), ("Hill", 0.187), ("Scott", 0.185),
    ("Green", 0.183), ("Adams", 0.174), ("Baker", 0.171), ("Gonzalez", 0.166), ("Nelson", 0.162),
    ("Carter", 0.162), ("Mitchell", 0.160), ("Perez", 0.155), ("Roberts", 0.153), ("Turner", 0.152),
    ("Phillips", 0.149), ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141),
    ("Edwards", 0.137), ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.130),
    ("Morris", 0.125), ("Rogers", 0.123), ("Reed", 0.122), ("Cook", 0.120), ("Morgan", 0.118),
    ("Bell", 0.117), ("Murphy", 0.117), ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper", 0.113),
    ("Richardson", 0.112), ("Cox", 0.110), ("Howard", 0.110), ("Ward", 0.108), ("Torres", 0.108),
    ("Peterson", 0.107), ("Gray", 0.106), ("Ramirez", 0.105), ("James", 0.105), ("Watson", 0.103),
    ("Brooks", 0.103), ("Kelly", 0.102), ("Sanders", 0.100), ("Price", 0.099), ("Bennett", 0.099),
    ("Wood", 0.098), ("Barnes", 0.097), ("Ross", 0.096), ("Henderson", 0.095), ("Coleman", 0.095),
    ("Jenkins", 0.095), ("Perry", 0.094), ("Powell", 0.093), ("Long", 0.092), ("Patterson", 0.092),
    ("Hughes", 0.092), ("Flores", 0.092), ("Washington", 0.092), ("Butler", 0.091),
    ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales", 0.087), ("Bryant", 0.087),
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
    ("Perkins", 0.058), ("Hudson", 0.058), ("Spencer", 0.057), ("Gardner", 0.057),
    ("Stephens", 0.057), ("Payne", 0.057), ("Pierce", 0.056), ("Berry", 0.056), ("Matthews", 0.056),
    ("Arnold", 0.056), ("Wagner", 0.055), ("Willis", 0.055), ("Ray", 0.055), ("Watkins", 0.055),
    ("Olson", 0.055), ("Carroll", 0.055), ("Duncan", 0.055), ("Snyder", 0.055), ("Hart", 0.054),
    ("Cunningham", 0.054), ("Bradley", 0.054), ("Lane", 0.054), ("Andrews", 0.054), ("Ruiz", 0.054),
    ("Harper", 0.054), ("Fox", 0.053), ("Riley", 0.053), ("Armstrong", 0.053), ("Carpenter", 0.053),
    ("Weaver", 0.053), ("Greene", 0.053), ("Lawrence", 0.052), ("Elliott", 0.052),
    ("Chavez", 0.052), ("Sims", 0.052), ("Austin", 0.052), ("Peters", 0.052), ("Kelley", 0.052),
    ("Franklin", 0.051), ("Lawson", 0.051), ("Fields", 0.051), ("Gutierrez", 0.051),
    ("Ryan", 0.051), ("Schmidt", 0.051), ("Carr", 0.051), ("Vasquez", 0.051), ("Castillo", 0.051),
    ("Wheeler", 0.051), ("Chapman", 0.050), ("Oliver", 0.050), ("Montgomery", 0.049),
    ("Richards", 0.049), ("Williamson", 0.049), ("Johnston", 0.049), ("Banks", 0.048),
    ("Meyer", 0.048), ("Bishop", 0.048), ("McCoy", 0.048), ("Howell", 0.048), ("Alvarez", 0.048),
    ("Morrison", 0.048), ("Hansen", 0.047), ("Fernandez", 0.047), ("Garza", 0.047),
    ("Harvey", 0.047), ("Little", 0.046), ("Burton", 0.046), ("Stanley", 0.046), ("Nguyen", 0.046),
    ("George", 0.046), ("Jacobs", 0.046), ("Reid", 0.046), ("Kim", 0.045), ("Fuller", 0.045),
    ("Lynch", 0.045), ("Dean", 0.045), ("Gilbert", 0.045), ("Garrett", 0.045), ("Romero", 0.045),
    ("Welch", 0.044), ("Larson", 0.044), ("Frazier", 0.044), ("Burke", 0.044), ("Hanson", 0.043),
    ("Day", 0.043), ("Mendoza", 0.043), ("Moreno", 0.043), ("Bowman", 0.043), ("Medina", 0.042),
    ("Fowler", 0.042), ("Brewer", 0.042), ("Hoffman", 0.042), ("Carlson", 0.042), ("Silva", 0.042),
    ("Pearson", 0.042), ("Holland", 0.042), ("Douglas", 0.041), ("Fleming", 0.041),
    ("Jensen", 0.041), ("Vargas", 0.041), ("Byrd", 0.041), ("Davidson", 0.041), ("Hopkins", 0.041),
    ("May", 0.040), ("Terry", 0.040), ("Herrera", 0.040), ("Wade", 0.040), ("Soto", 0.040),
    ("Walters", 0.040), ("Curtis", 0.040), ("Neal", 0.039), ("Caldwell", 0.039), ("Lowe", 0.039),
    ("Jennings", 0.039), ("Barnett", 0.039), ("Graves", 0.039), ("Jimenez", 0.039),
    ("Horton", 0.039), ("Shelton", 0.039), ("Barrett", 0.039), ("O'Brien", 0.039),
    ("Castro", 0.039), ("Sutton", 0.038), ("Gregory", 0.038), ("McKinney", 0.038), ("Lucas", 0.038),
    ("Miles", 0.038), ("Craig", 0.038), ("Rodriquez", 0.037), ("Chambers", 0.037), ("Holt", 0.037),
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
    ("Valdez", 0.032), ("Hubbard", 0.032), ("Salazar", 0.032), ("Reeves", 0.032), ("Warner", 0.031),
    ("Stevenson", 0.031), ("Burgess", 0.031), ("Santos", 0.031), ("Tate", 0.031), ("Cross", 0.031),
    ("Garner", 0.031), ("Mann", 0.031), ("Mack", 0.031), ("Moss", 0.031), ("Thornton", 0.031),
    ("Dennis", 0.031), ("McGee", 0.031), ("Farmer", 0.030), ("Delgado", 0.030), ("Aguilar", 0.030),
    ("Vega", 0.030), ("Glover", 0.030), ("Manning", 0.030), ("Cohen", 0.030), ("Harmon", 0.030),
    ("Rodgers", 0.030), ("Robbins", 0.030), ("Newton", 0.030), ("Todd", 0.030), ("Blair", 0.030),
    ("Higgins", 0.030), ("Ingram", 0.030), ("Reese", 0.030), ("Cannon", 0.030),
    ("Strickland", 0.030), ("Townsend", 0.030), ("Potter", 0.030), ("Goodwin", 0.030),
    ("Walton", 0.030), ("Rowe", 0.029), ("Hampton", 0.029), ("Ortega", 0.029), ("Patton", 0.029),
    ("Swanson", 0.029), ("Joseph", 0.029), ("Francis", 0.029), ("Goodman", 0.029),
    ("Maldonado", 0.029), ("Yates", 0.029), ("Becker", 0.029), ("Erickson", 0.029),
    ("Hodges", 0.029), ("Rios", 0.029), ("Conner", 0.029), ("Adkins", 0.029), ("Webster", 0.028),
    ("Norman", 0.028), ("Malone", 0.028), ("Hammond", 0.028), ("Flowers", 0.028), ("Cobb", 0.028),
    ("Moody", 0.028), ("Quinn", 0.028), ("Blake", 0.028), ("Maxwell", 0.028), ("Pope", 0.028),
    ("Floyd", 0.027), ("Osborne", 0.027), ("Paul", 0.027), ("McCarthy", 0.027), ("Guerrero", 0.027),
    ("Lindsey", 0.027), ("Estrada", 0.027), ("Sandoval", 0.027), ("Gibbs", 0.027), ("Tyler", 0.027),
    ("Gross", 0.027), ("Fitzgerald", 0.027), ("Stokes", 0.027), ("Doyle", 0.027),
    ("Sherman", 0.027),
)  # fmt: skip


# UK given names, women (206): ONS rankings across the generations; head 130.
UK_F = _split("""
Olivia, Amelia, Isla, Ava, Emily, Sophia, Grace, Mia, Poppy, Ella, Lily, Evie, Isabella, Sophie,
Ivy, Freya, Harper, Willow, Charlotte, Jessica, Sarah, Emma, Claire, Nicola, Helen, Rebecca, Laura,
Lisa, Karen, Susan, Julie, Louise, Jennifer, Rachel, Hannah, Amy, Lauren, Chloe, Katie, Lucy,
Elizabeth, Victoria, Samantha, Gemma, Kelly, Michelle, Joanne, Angela, Deborah, Alison, Caroline,
Catherine, Elaine, Jane, Margaret, Patricia, Mary, Linda, Christine, Janet, Pauline, Carol,
Jacqueline, Tracey, Lynn, Dawn, Anne, Wendy, Sharon, Diane, Sandra, Barbara, Joan, Jean, Sheila,
Maureen, Kathleen, Dorothy, Brenda, Valerie, Gillian, Ruth, Jill, Judith, Shirley, Beverley, Donna,
Kirsty, Leanne, Stacey, Natalie, Zoe, Danielle, Charlie, Abigail, Georgia, Jade, Megan, Bethany,
Rosie, Holly, Eleanor, Phoebe, Millie, Daisy, Florence, Matilda, Alice, Evelyn, Ruby, Scarlett,
Elsie, Maya, Harriet, Anna, Erin, Eliza, Esme, Imogen, Jasmine, Kate, Katherine, Fiona, Heather,
Rachael, Andrea, Marie, Tina, Paula, Lorraine, Lesley, Yvonne, Amanda, Emily-Rose, Ellie, Layla,
Aria, Sienna, Zara, Aisha, Fatima, Maryam, Amira, Hollie, Niamh, Siobhan, Bridget, Eileen, Irene,
Doreen, Hazel, Rita, Vera, Edna, Iris, Sylvia, Gwen, Bethan, Carys, Ffion, Rhiannon, Sian, Eilidh,
Morag, Kirsteen, Ailsa, Mhairi, Annabel, Arabella, Beatrice, Clementine, Cressida, Felicity,
Henrietta, Lydia, Martha, Naomi, Pippa, Rosalind, Tabitha, Verity, Darcey, Elodie, Thea, Nancy,
Edith, Margot, Mabel, Aurora, Hallie, Lottie, Orla, Gracie, Bonnie, Robyn, Shannon, Tegan,
Courtney, Kayleigh, Chantelle, Jodie, Toni, Carly, Hayley, Vicky, Becky
""")


# UK given names, men (204): ONS rankings across the generations; head 130.
UK_M = _split("""
Oliver, George, Noah, Arthur, Harry, Leo, Muhammad, Jack, Charlie, Oscar, Jacob, Henry, Thomas,
Freddie, Alfie, Theo, William, Theodore, Archie, Joshua, James, David, John, Michael, Paul, Andrew,
Mark, Richard, Peter, Robert, Stephen, Christopher, Ian, Anthony, Daniel, Matthew, Gary, Steven,
Simon, Neil, Martin, Kevin, Alan, Brian, Colin, Keith, Graham, Philip, Jonathan, Nicholas, Darren,
Lee, Craig, Stuart, Jason, Wayne, Dean, Carl, Scott, Adam, Ben, Benjamin, Samuel, Luke, Ryan, Liam,
Jamie, Callum, Connor, Jordan, Kieran, Joseph, Edward, Alexander, Max, Ethan, Lewis, Dylan, Tyler,
Nathan, Aaron, Jake, Owen, Rhys, Gareth, Dafydd, Huw, Iwan, Angus, Hamish, Ewan, Fraser, Euan,
Alasdair, Duncan, Malcolm, Gordon, Douglas, Kenneth, Raymond, Derek, Trevor, Roy, Barry, Terry,
Terence, Dennis, Leslie, Roger, Geoffrey, Frederick, Albert, Ernest, Harold, Stanley, Walter,
Reginald, Sidney, Cyril, Leonard, Norman, Ronald, Donald, Francis, Patrick, Sean, Declan, Ciaran,
Conor, Niall, Aidan, Rory, Finn, Louis, Reuben, Toby, Jude, Elliot, Felix, Hugo, Rupert, Sebastian,
Jasper, Ralph, Rufus, Tobias, Ezra, Luca, Mason, Harrison, Harvey, Logan, Isaac, Jaxon, Finley,
Ollie, Tommy, Frankie, Bobby, Alfred, Albie, Sonny, Reggie, Teddy, Ronnie, Ibrahim, Yusuf, Omar,
Ali, Hassan, Mohammed, Ahmed, Zain, Ayaan, Arjun, Rohan, Dev, Sam, Tom, Joe, Tony, Ray, Gavin,
Glenn, Ross, Grant, Murray, Blair, Clive, Nigel, Rodney, Howard, Vincent, Victor, Vernon, Wilfred,
Percy, Horace, Cecil, Maurice, Ivor, Idris, Emyr, Geraint
""")


# UK surnames (316): in the order of their frequency; head 150.
UK_S = _split("""
Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts, Robinson,
Thompson, Wright, Walker, White, Edwards, Hughes, Green, Hall, Lewis, Harris, Clarke, Patel,
Jackson, Wood, Turner, Martin, Cooper, Hill, Ward, Morris, Moore, Clark, Lee, King, Baker,
Harrison, Morgan, Allen, James, Scott, Phillips, Watson, Davis, Parker, Price, Bennett, Young,
Griffiths, Mitchell, Kelly, Cook, Carter, Richardson, Bailey, Collins, Bell, Shaw, Murphy, Miller,
Cox, Richards, Khan, Marshall, Anderson, Simpson, Ellis, Adams, Singh, Begum, Wilkinson, Foster,
Chapman, Powell, Webb, Rogers, Gray, Mason, Ali, Hunt, Hussain, Campbell, Matthews, Owen, Palmer,
Holmes, Mills, Barnes, Knight, Lloyd, Butler, Russell, Barker, Fisher, Stevens, Jenkins, Murray,
Dixon, Harvey, Graham, Pearson, Ahmed, Fletcher, Walsh, Kaur, Gibson, Howard, Andrews, Stewart,
Elliott, Reynolds, Saunders, Payne, Fox, Ford, Pearce, Day, Brooks, West, Lawrence, Cole, Atkinson,
Bradley, Spencer, Gill, Dawson, Ball, Burton, O'Brien, Watts, Rose, Booth, Perry, Ryan, Grant,
Wells, Armstrong, Francis, Rees, Hayes, Hart, Hudson, Newman, Barrett, Webster, Hunter, Gregory,
Carr, Lowe, Page, Marsh, Riley, Dunn, Woods, Parsons, Berry, Stone, Reid, Holland, Hawkins,
Harding, Porter, Robertson, Newton, Oliver, Reed, Kennedy, Williamson, Bird, Gardner, Shah, Dean,
Lane, Cooke, Bates, Henderson, Parry, Burgess, Bishop, Walton, Burns, Nicholson, Shepherd, Ross,
Cross, Long, Freeman, Warren, Nicholls, Hamilton, Byrne, Sutton, McDonald, Yates, Hodgson, Robson,
Curtis, Hopkins, O'Connor, Harper, Coleman, Watkins, Moss, McCarthy, Chambers, O'Neill, Griffin,
Sharp, Hardy, Wheeler, Potter, Osborne, Johnston, Gordon, Doyle, Wallace, George, Jordan,
Hutchinson, Rowe, Burke, May, Pritchard, Gilbert, Willis, Higgins, Read, Miles, Stevenson,
Stephenson, Hammond, Arnold, Buckley, Walters, Hewitt, Barber, Nelson, Slater, Austin, Sullivan,
Whitehead, Mann, Frost, Lambert, Stephens, Blake, Akhtar, Lynch, Goodwin, Barton, Woodward,
Thomson, Cunningham, Quinn, Barnett, Baxter, Bibi, Clayton, Nash, Greenwood, Jennings, Holt, Kemp,
Poole, Gallagher, Bond, Stokes, Tucker, Davidson, Fowler, Heath, Norman, Middleton, Lees, Banks,
Metcalfe, Howell, Skinner, Vaughan, Lamb, Pugh, Hargreaves, Ashton, Sharpe, Kirby, Bowen, Steele,
Briggs, Fraser, McKenzie, Macdonald, MacLeod, Morrison, Paterson, Sinclair, Ferguson, Duffy, Kaye,
Rahman, Iqbal, Chowdhury, Mistry, Chauhan, Parmar, Hart-Davis, Fenwick, Ogden, Wainwright,
Entwistle, Pennington, Thistlethwaite, Featherstone, Ackroyd, Pickles, Heseltine
""")


# Origins common in Sweden: commonest given names (women, men) and surnames, 1/rank, head 10.
OTHERS = {
    "finnish": (
        _split("Marja, Pirjo, Leena, Tuula, Sirpa, Päivi, Riitta, Anneli, Kaarina, Raija, Seija, Eija, Tarja, Merja, Liisa, Aila, Maija, Ritva, Hannele, Arja, Satu, Minna, Sari, Tiina, Johanna, Aino, Helmi, Kirsi, Jaana, Marjatta"),
        _split("Juha, Kari, Jari, Timo, Matti, Pekka, Markku, Heikki, Antti, Mikko, Seppo, Jukka, Erkki, Esa, Veikko, Pentti, Kalevi, Tapio, Raimo, Ilkka, Petri, Harri, Hannu, Reijo, Arto, Tuomas, Janne, Ville, Eero, Aarne"),
        _split("Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen, Pelkonen, Huttunen"),
    ),
    "arabic": (
        _split("Fatima, Maryam, Zainab, Nour, Sara, Amina, Hiba, Rana, Layla, Aya, Rasha, Hala, Noor, Shahad, Zahra, Huda, Dalia, Reem, Lina, Yasmin, Samira, Ninve, Shamiram, Nahrin, Mariam, Rima, Nadia, Salma, Dima, Ghada"),
        _split("Mohammed, Ahmed, Ali, Hassan, Hussein, Omar, Mahmoud, Mustafa, Khaled, Ibrahim, Youssef, Abdullah, Karim, Ammar, Yasin, Ayman, Tariq, Bilal, Sargon, Ninos, Gabriel, Aziz, Ashur, Fadi, Rami, Samir, Haidar, Muhannad, Zaid, Adel"),
        _split("Ali, Mohammed, Ahmed, Hassan, Hussein, Mahmoud, Abdullah, Ibrahim, Khalil, Saleh, Jaber, Al-Hassan, Haddad, Khoury, Younes, Saad, Salman, Abbas, Jawad, Kadhim, Shamoun, Barsom, Gabriel, Yakoub, Issa, Danho, Hanna, Malke, Al-Obaidi, Al-Khafaji, Saliba, Toma"),
    ),
    "somali": (
        _split("Fadumo, Hodan, Amina, Sahra, Hawa, Asha, Ifrah, Nimco, Sagal, Ayaan, Ubah, Hibo, Khadra, Ilhan, Deeqa, Maryan, Shukri, Warsan, Idil, Faiza, Sucaad, Muna"),
        _split("Abdi, Mohamed, Ahmed, Abdirahman, Abdullahi, Hassan, Ali, Omar, Yusuf, Mahad, Liban, Abdiaziz, Hamza, Ismail, Farah, Said, Guled, Bashir, Mukhtar, Jama, Abdikarim, Hussein"),
        _split("Mohamed, Ahmed, Ali, Hassan, Abdi, Omar, Farah, Hussein, Abdullahi, Yusuf, Warsame, Jama, Osman, Ismail, Aden, Nur, Elmi, Hersi, Dahir, Egal, Abdulle, Mohamud, Guled, Duale"),
    ),
    "polish": (
        _split("Anna, Katarzyna, Maria, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Magdalena, Elżbieta, Joanna, Aleksandra, Monika, Zofia, Teresa, Danuta, Natalia, Karolina, Marta, Beata, Dorota, Justyna, Agata, Paulina, Urszula, Jolanta, Grażyna, Iwona, Weronika, Halina"),
        _split("Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Jan, Michał, Marcin, Stanisław, Jakub, Adam, Marek, Łukasz, Grzegorz, Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Jerzy, Kamil, Rafał, Maciej, Przemysław, Sławomir, Robert, Dawid, Kacper"),
        _split("Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Wojciechowski, Kwiatkowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Wróbel, Nowakowski, Majewski, Olszewski, Stępień, Malinowski, Jaworski, Adamczyk, Dudek, Nowicki, Pawlak, Górski, Witkowski, Walczak, Sikora, Baran, Rutkowski, Michalak, Szewczyk, Ostrowski, Tomaszewski, Pietrzak, Zalewski, Wróblewski, Sadowski, Zawadzki, Jasiński, Borkowski, Czarnecki"),
    ),
    "persian": (
        _split("Maryam, Fatemeh, Zahra, Sara, Leila, Shirin, Nasrin, Parisa, Mahsa, Neda, Roya, Azadeh, Shabnam, Mina, Ladan, Nazanin, Soheila, Farideh, Golnar, Yasaman, Elham, Bahareh, Mitra, Samira"),
        _split("Mohammad, Ali, Reza, Hossein, Mehdi, Amir, Hamid, Saeed, Majid, Babak, Behrouz, Farhad, Kamran, Dariush, Arash, Omid, Mehran, Navid, Payam, Hamed, Kaveh, Siavash, Peyman, Ramin"),
        _split("Mohammadi, Hosseini, Ahmadi, Rezaei, Moradi, Karimi, Jafari, Rahimi, Hashemi, Mousavi, Sadeghi, Ghorbani, Heidari, Kazemi, Rostami, Ebrahimi, Azizi, Asadi, Nouri, Tehrani, Shirazi, Amini, Bagheri, Khani, Ansari, Najafi, Farahani"),
    ),
    "bcs": (
        _split("Amra, Emina, Jasmina, Ajla, Amela, Mirela, Aida, Lejla, Selma, Jelena, Ana, Marija, Ivana, Mirjana, Snežana, Dragana, Vesna, Azra, Sanela, Nermina, Maja, Milena, Senada, Alma"),
        _split("Amir, Edin, Adnan, Emir, Mirza, Haris, Armin, Senad, Nermin, Dragan, Zoran, Goran, Milan, Nikola, Marko, Ivan, Stefan, Dejan, Damir, Mehmed, Alen, Tarik, Elvir, Samir"),
        _split("Hodžić, Hadžić, Begić, Delić, Kovačević, Jovanović, Petrović, Nikolić, Marković, Đorđević, Popović, Babić, Horvat, Kovačić, Hasanović, Mehmedović, Ibrahimović, Alić, Halilović, Karić, Mujić, Omerović, Šehić, Džafić, Suljić, Ilić, Stojanović, Pavlović, Jurić, Knežević, Čolić, Husić"),
    ),
    "turkish": (
        _split("Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Meryem, Şerife, Zehra, Esra, Merve, Özlem, Sibel, Derya, Gülsüm, Hülya, Büşra, Yasemin, Songül, Nur, Gül, Aysel"),
        _split("Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Osman, Yusuf, Murat, Ömer, Ramazan, Halil, Süleyman, Abdullah, Mahmut, Recep, Fatih, Emre, Burak, Kemal"),
        _split("Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Korkmaz, Erdoğan, Güneş, Aksoy"),
    ),
    "kurdish": (
        _split("Rojin, Berivan, Dilan, Zilan, Nazdar, Shilan, Hevi, Gulistan, Rozerin, Avin, Sozdar, Nishtiman, Jiyan, Bahar, Newroz, Kajal, Delal, Evin, Shadan, Hana"),
        _split("Rebin, Karwan, Dilshad, Sherko, Azad, Rizgar, Hiwa, Hawar, Bawan, Shwan, Soran, Kawa, Aram, Diyar, Baran, Serhat, Zana, Rekan, Dara, Kamal"),
        _split("Ahmed, Mohammed, Karim, Aziz, Rashid, Hamad, Mahmoud, Abdullah, Salih, Barzani, Amin, Hussein, Faraj, Qadir, Mustafa, Rasul, Omar, Kaka, Hama, Jalal, Sherwani, Zebari"),
    ),
    "eritrean": (
        _split("Helen, Selam, Senait, Tsega, Yodit, Saba, Luwam, Rahel, Merhawit, Segen, Ruta, Feven, Hiwet, Semhar, Winta, Elsa, Mebrat, Tigist, Abeba, Aster"),
        _split("Yonas, Daniel, Dawit, Samuel, Tesfay, Mehari, Berhane, Kidane, Habtom, Filmon, Robel, Michael, Tekle, Amanuel, Yohannes, Ghebre, Efrem, Mussie, Natnael, Biniam"),
        _split("Tesfay, Gebremedhin, Haile, Tekle, Berhe, Ghebreyesus, Kidane, Tesfamariam, Mehari, Weldemichael, Gebreselassie, Yohannes, Habte, Mebrahtu, Andemariam, Asfaha, Tewolde, Abraha, Ghirmay, Negash"),
    ),
    "afghan": (
        _split("Fatima, Maryam, Zahra, Masoma, Shakila, Farzana, Nazila, Sakina, Freshta, Zarghuna, Mursal, Parwana, Sima, Nilofar, Mariam, Roya, Khadija, Shabnam, Laila, Hasina"),
        _split("Mohammad, Ahmad, Ali, Abdul, Mustafa, Hamid, Hussain, Reza, Jawad, Sayed, Naser, Rahim, Mahdi, Sohrab, Farid, Nawid, Ramin, Hakim, Wahid, Zabihullah"),
        _split("Ahmadi, Mohammadi, Hussaini, Rahimi, Karimi, Hakimi, Rezaie, Sultani, Jafari, Hashimi, Amiri, Noori, Azimi, Sadat, Popal, Stanikzai, Ahmadzai, Safi, Wardak, Yousufzai"),
    ),
    "thai": (
        _split("Siriporn, Malee, Kanya, Pranee, Suda, Wanida, Supaporn, Ratana, Jintana, Saowanee, Pornpimol, Kannika, Nittaya, Sunisa, Araya, Duangjai, Lamai, Chanida, Thanyarat, Ploy"),
        _split("Somchai, Somsak, Sombat, Prasert, Anan, Wichai, Boonmee, Thawatchai, Surachai, Niran, Kittisak, Chaiwat, Sakda, Pichit, Narong, Chatchai, Apichat, Arthit, Kriangsak, Wirat"),
        _split("Saetang, Srisuk, Wongsawat, Chaiyaporn, Boonyarat, Suwannarat, Thongdee, Phromma, Kaewkla, Sukjai, Rattanakorn, Saelee, Chanthawong, Srisawat, Intharat, Jaidee, Khamsing, Phanthong, Wongsuwan, Buakhao"),
    ),
    "latin": (
        _split("María, Carolina, Claudia, Paula, Francisca, Camila, Valentina, Daniela, Patricia, Verónica, Ana, Carmen, Javiera, Catalina, Marcela, Gabriela, Andrea, Sofía, Constanza, Paola, Lorena, Ximena"),
        _split("José, Juan, Luis, Carlos, Jorge, Francisco, Cristián, Felipe, Pablo, Rodrigo, Sebastián, Diego, Matías, Manuel, Pedro, Miguel, Gonzalo, Alejandro, Héctor, Patricio, Claudio, Sergio"),
        _split("González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo, Tapia, Reyes, Gutiérrez, Castro, Pizarro, Álvarez, Vásquez, Sánchez, Fernández"),
    ),
    "ukrainian": (
        _split("Olena, Tetiana, Nataliia, Iryna, Svitlana, Oksana, Yuliia, Olha, Anastasiia, Kateryna, Viktoriia, Mariia, Halyna, Liudmyla, Alina, Daria, Sofiia, Khrystyna, Inna, Valentyna"),
        _split("Oleksandr, Serhii, Andrii, Volodymyr, Mykola, Oleksii, Dmytro, Vasyl, Ivan, Yurii, Viktor, Ihor, Maksym, Bohdan, Taras, Roman, Petro, Vitalii, Denys, Artem"),
        _split("Melnyk, Shevchenko, Boiko, Kovalenko, Bondarenko, Tkachenko, Kovalchuk, Kravchenko, Oliinyk, Shevchuk, Koval, Polishchuk, Bondar, Tkachuk, Moroz, Marchenko, Lysenko, Rudenko, Savchenko, Petrenko"),
    ),
    "indian": (
        _split("Priya, Divya, Lakshmi, Anjali, Pooja, Sneha, Kavya, Deepa, Neha, Shreya, Swati, Meera, Ananya, Aishwarya, Nisha, Ritu, Sunita, Aarti, Shweta, Rekha"),
        _split("Rahul, Amit, Rajesh, Suresh, Vijay, Arjun, Sanjay, Karthik, Ravi, Anil, Vikram, Rohit, Pradeep, Srinivas, Manoj, Aditya, Nikhil, Ramesh, Ashok, Venkatesh"),
        _split("Kumar, Singh, Sharma, Patel, Reddy, Gupta, Nair, Iyer, Rao, Shah, Mehta, Joshi, Pillai, Verma, Agarwal, Menon, Krishnan, Desai, Chopra, Banerjee"),
    ),
    "chinese": (
        _split("Jing, Li, Ying, Yan, Hui, Min, Na, Xin, Fang, Juan, Ping, Hong, Mei, Yu, Ting, Xue, Lan, Qian, Yun, Xiaoling"),
        _split("Wei, Jun, Tao, Lei, Qiang, Ming, Jian, Bo, Hao, Yong, Jie, Feng, Chao, Gang, Bin, Peng, Long, Zhiwei, Haoran, Yang"),
        _split("Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, He, Lin, Gao, Luo"),
    ),
    "german": (
        _split("Sabine, Susanne, Petra, Claudia, Andrea, Nicole, Stefanie, Katrin, Julia, Anja, Birgit, Monika, Ursula, Heike, Christine, Martina, Ute, Jutta, Silke, Katharina"),
        _split("Thomas, Michael, Andreas, Stefan, Frank, Jürgen, Klaus, Wolfgang, Uwe, Matthias, Markus, Christian, Dieter, Jens, Torsten, Tobias, Florian, Sebastian, Jörg, Ralf"),
        _split("Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann"),
    ),
    "nordic": (
        _split("Anne, Inger, Kari, Marianne, Ingrid, Liv, Hanne, Mette, Kirsten, Randi, Tove, Lene, Berit, Camilla, Nina, Silje, Ida, Line, Trine, Bente"),
        _split("Jan, Per, Bjørn, Ole, Lars, Kjell, Knut, Arne, Svein, Hans, Geir, Morten, Jens, Søren, Niels, Henrik, Rasmus, Jørgen, Thomas, Espen"),
        _split("Hansen, Johansen, Olsen, Larsen, Andersen, Pedersen, Nilsen, Kristiansen, Jensen, Karlsen, Johnsen, Pettersen, Eriksen, Berg, Haugen, Hagen, Johannessen, Andreassen, Jacobsen, Dahl, Nielsen, Madsen, Sørensen, Rasmussen, Christensen"),
    ),
}  # fmt: skip


# Swedish double given names (`Anna-Karin`, `Karl-Johan`): names that commonly open one, and common second parts.
FIRST_F = (
    "Anna", "Eva", "Ann", "Inga", "Maj", "Gun", "Ulla", "Britt", "Lena", "Marie", "Maria", "Anne",
)  # fmt: skip
FIRST_M = (
    "Karl", "Carl", "Lars", "Per", "Jan", "Nils", "Sven", "Bo", "Hans", "Johan", "Erik", "Anders",
    "Olof",
)  # fmt: skip
SECOND_F = (
    "Marie", "Karin", "Maria", "Lena", "Britt", "Louise", "Christin", "Sofie", "Charlotte", "Lotta",
)  # fmt: skip
SECOND_M = (
    "Erik", "Johan", "Olof", "Göran", "Åke", "Gunnar", "Anders", "Axel", "Olov", "Arne", "Gustav",
    "Petter",
)  # fmt: skip

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(ranked(SV_F, 150), ranked(SV_M, 150), ranked(SV_S, 150)),
    "us": Origin(census(US_F), census(US_M), census(US_S)),
    "uk": Origin(ranked(UK_F, 130), ranked(UK_M, 130), ranked(UK_S, 150)),
}
for _key, (_f, _m, _s) in OTHERS.items():
    ORIGINS[_key] = Origin(ranked(_f, 10), ranked(_m, 10), ranked(_s, 10))

# Who is named, per language of the text: Swedish the largest in Swedish and mixed text, roughly as
# Sweden's population is (by country of birth and of parents' birth); English text mostly US and UK.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "afghan": 1.5, "turkish": 1.5, "kurdish": 1.5, "eritrean": 1.2, "ukrainian": 1.2,
        "nordic": 1.2, "thai": 1, "latin": 1, "indian": 1, "german": 1, "chinese": 0.8, "uk": 0.8,
        "us": 0.6,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 9, "indian": 3, "latin": 2, "arabic": 1.5, "polish": 1.5,
        "chinese": 1.5, "german": 1, "nordic": 0.8, "finnish": 0.8, "persian": 0.8, "ukrainian": 0.8,
        "somali": 0.7, "turkish": 0.7, "thai": 0.5, "bcs": 0.5, "eritrean": 0.4, "afghan": 0.4,
        "kurdish": 0.4,
    },
    "mixed": {
        "swedish": 50, "uk": 10, "us": 9, "arabic": 5, "finnish": 3, "polish": 3, "persian": 2.5,
        "bcs": 2, "indian": 2, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5, "afghan": 1.2,
        "ukrainian": 1.2, "eritrean": 1, "thai": 1, "latin": 1, "chinese": 1, "german": 1,
        "nordic": 1,
    },
}  # fmt: skip

# Short forms people are called by, per origin: the given name and the forms it takes.
_NICK_SV = {
    "Lars": ("Lasse",), "Karl": ("Kalle",), "Carl": ("Calle", "Kalle"), "Mikael": ("Micke",),
    "Joakim": ("Jocke",), "Per": ("Pelle", "Perra"), "Peter": ("Pelle", "Peppe"),
    "Magnus": ("Mange", "Manne"), "Fredrik": ("Fredde",), "Thomas": ("Tompa",), "Tomas": ("Tompa",),
    "Gustav": ("Gurra", "Gugge"), "Marcus": ("Mackan",), "Markus": ("Mackan",),
    "Kristoffer": ("Kricke", "Krille"), "Christoffer": ("Chrille",), "Sebastian": ("Sebbe",),
    "Oskar": ("Ogge",), "Oscar": ("Ogge",), "Robert": ("Robban",), "Patrik": ("Patte",),
    "Hans": ("Hasse",), "Torbjörn": ("Tobbe",), "Tobias": ("Tobbe",), "Kristian": ("Krille",),
    "Christian": ("Chrille", "Krille"), "Daniel": ("Danne",), "Niklas": ("Nicke",),
    "Mattias": ("Matte",), "Mathias": ("Matte",), "Jonathan": ("Jonte",), "Stefan": ("Steffe",),
    "Jan": ("Janne",), "Bengt": ("Bengan",), "Ulf": ("Uffe",), "Leif": ("Leffe",),
    "Henrik": ("Henke",), "Viktor": ("Vicke",), "Ludvig": ("Ludde",), "Filip": ("Fille",),
    "Rasmus": ("Rasse",), "Alexander": ("Alex",), "Andreas": ("Ante",), "Johan": ("Jogge",),
    "Anders": ("Affe",), "Lennart": ("Lelle",), "Kenneth": ("Kenta",), "Roger": ("Roffe",),
    "Rolf": ("Roffe",), "Håkan": ("Hacke",), "Bertil": ("Berra",), "Sven": ("Svenne",),
    "Elisabeth": ("Bettan", "Lisa"), "Elisabet": ("Bettan",), "Kristina": ("Stina", "Kicki"),
    "Christina": ("Kicki", "Tina"), "Charlotte": ("Lotta",), "Katarina": ("Kattis", "Kajsa"),
    "Susanne": ("Sussie", "Sanna"), "Birgitta": ("Bittan", "Gittan"),
    "Margareta": ("Maggan", "Greta"), "Gunilla": ("Nilla",), "Cecilia": ("Cilla",),
    "Josefin": ("Jossan",), "Josefine": ("Jossan",), "Viktoria": ("Vickan",),
    "Victoria": ("Vickan",), "Therese": ("Tessan",), "Jessica": ("Jessan",), "Camilla": ("Millan",),
    "Matilda": ("Tilda",), "Mathilda": ("Tilda",), "Johanna": ("Hanna", "Jojo"),
    "Madeleine": ("Madde",), "Magdalena": ("Malla",), "Annika": ("Anki",), "Anna-Karin": ("Anki",),
    "Ann-Christin": ("Anki",), "Pernilla": ("Pella",), "Fredrika": ("Fia",),
    "Sofia": ("Fia", "Sofie"), "Helena": ("Lena",), "Marianne": ("Mian",), "Gabriella": ("Gabbi",),
    "Rebecka": ("Becka",), "Ingrid": ("Ingis",), "Ulrika": ("Ullis",),
    "Karolina": ("Lina", "Kajsa"),
}  # fmt: skip
_NICK_EN = {
    "William": ("Will", "Bill", "Billy"), "Robert": ("Rob", "Bob", "Bobby"),
    "Richard": ("Rich", "Rick", "Dick"), "James": ("Jim", "Jamie", "Jimmy"),
    "Michael": ("Mike", "Mick"), "Christopher": ("Chris",), "Elizabeth": ("Liz", "Beth", "Lizzie"),
    "Jennifer": ("Jen", "Jenny"), "Katherine": ("Kate", "Kath"), "Catherine": ("Cathy", "Kate"),
    "Margaret": ("Maggie", "Peggy", "Meg"), "Thomas": ("Tom", "Tommy"), "Daniel": ("Dan", "Danny"),
    "Matthew": ("Matt",), "Anthony": ("Tony",), "Joseph": ("Joe",),
    "Edward": ("Ed", "Ted", "Eddie"), "Samuel": ("Sam",), "Benjamin": ("Ben",),
    "Alexander": ("Alex",), "Nicholas": ("Nick",), "Patricia": ("Pat", "Trish"), "Susan": ("Sue",),
    "Deborah": ("Debbie", "Deb"), "Rebecca": ("Becky", "Becca"), "Victoria": ("Vicky", "Tori"),
    "Jessica": ("Jess",), "Stephen": ("Steve",), "Steven": ("Steve",), "David": ("Dave",),
    "Andrew": ("Andy", "Drew"), "Jonathan": ("Jon",), "Timothy": ("Tim",),
    "Kenneth": ("Ken", "Kenny"), "Barbara": ("Barb",), "Dorothy": ("Dot", "Dottie"),
    "Samantha": ("Sam",), "Charlotte": ("Charlie", "Lottie"), "Abigail": ("Abby",),
    "Gregory": ("Greg",), "Raymond": ("Ray",), "Donald": ("Don",), "Ronald": ("Ron", "Ronnie"),
    "Gerald": ("Gerry",), "Lawrence": ("Larry",), "Joshua": ("Josh",), "Jacqueline": ("Jackie",),
    "Christine": ("Chris", "Chrissie"), "Philip": ("Phil",), "Frederick": ("Fred", "Freddie"),
    "Alfred": ("Alfie",), "Eleanor": ("Ellie", "Nell"), "Kimberly": ("Kim",), "Pamela": ("Pam",),
    "Cynthia": ("Cindy",), "Judith": ("Judy",), "Theodore": ("Theo", "Ted"), "Zachary": ("Zach",),
    "Nathan": ("Nate",), "Douglas": ("Doug",), "Gareth": ("Gaz",), "Terence": ("Terry",),
    "Leslie": ("Les",), "Francis": ("Frank",),
}  # fmt: skip
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": _NICK_SV,
    "uk": _NICK_EN,
    "us": _NICK_EN,
    "polish": {
        "Katarzyna": ("Kasia",), "Małgorzata": ("Gosia",), "Magdalena": ("Madzia",), "Agnieszka": ("Aga",),
        "Joanna": ("Asia",), "Aleksandra": ("Ola",), "Krzysztof": ("Krzysiek",), "Tomasz": ("Tomek",),
        "Jakub": ("Kuba",), "Wojciech": ("Wojtek",), "Stanisław": ("Staszek",), "Elżbieta": ("Ela",),
    },
    "latin": {"Francisco": ("Pancho",), "José": ("Pepe",), "Francisca": ("Pancha",), "Alejandro": ("Ale",)},
    "finnish": {"Marjatta": ("Marja",), "Antti": ("Antsa",), "Johanna": ("Hanna",)},
    "arabic": {"Mohammed": ("Mo", "Hamoudi"), "Youssef": ("Joe",), "Abdullah": ("Abdi",)},
    "ukrainian": {"Oleksandr": ("Sasha",), "Volodymyr": ("Volodia",), "Kateryna": ("Katia",), "Oleksii": ("Lesha",)},
    "persian": {"Mohammad": ("Mamad",)},
    "somali": {"Abdirahman": ("Abdi",), "Abdullahi": ("Abdi",)},
    "german": {"Katharina": ("Kathi",), "Wolfgang": ("Wolf",)},
}  # fmt: skip
