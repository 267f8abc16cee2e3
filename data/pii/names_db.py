# ruff: noqa: E501
"""Name pools of held-out DB (issue 15): names as the population has them, weighted by how often
people carry them, written by the eighty-fifth writer from general knowledge (SCB's name
statistics, the ONS rankings, the commonest names of the origins common in Sweden) and copied from
the US Census 1990 lists (public domain, the `names` package's `dist.female.first`,
`dist.male.first` and `dist.all.last`). No name here was checked against anything in the repository.

Each list is in rank order; a name's weight is 1/rank (the census lists carry the census per cent).
`Pool.head` says where a list's head ends: the generator draws a name word from the head with
HEAD_SHARE, else from the tail past it, by weight inside each part.
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


def words(text: str) -> tuple[str, ...]:
    """A list written as one comma-separated string, in rank order (`von Platen` keeps its space)."""
    return tuple(w.strip() for w in text.split(",") if w.strip())


def ranked(text: str, head: int) -> Pool:
    """A list in rank order, weight 1/rank."""
    names = words(text)
    return Pool(names, tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names)))


def census(rows: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A census list with its per cent as weight."""
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


def plain(word: str) -> str:
    """A name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`."""
    table = str.maketrans({"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "İ": "I"})
    decomposed = unicodedata.normalize("NFKD", word.translate(table))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname's feminine form: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for masc, fem in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(masc):
            return surname[: -len(masc)] + fem
    return surname


# Sweden: SCB's name statistics, in rank order as the writer knows them (head 150, then rarer names).
SV_F = ranked(
    "Anna, Eva, Maria, Karin, Sara, Kristina, Lena, Emma, Kerstin, Ingrid, Marie, Malin, Jenny, "
    "Hanna, Linnéa, Birgitta, Elin, Inger, Sofia, Annika, Susanne, Monica, Johanna, Margareta, "
    "Elisabeth, Carina, Ulla, Ida, Julia, Helena, Linda, Camilla, Amanda, Åsa, Anneli, Ebba, "
    "Cecilia, Gunilla, Ella, Elsa, Agneta, Maja, Sofie, Alice, Anette, Frida, Lisa, Anita, Moa, "
    "Louise, Matilda, Josefin, Ann, Siv, Barbro, Caroline, Ulrika, Emelie, Britt, Gun, Marianne, "
    "Ingela, Jessica, Madeleine, Wilma, Alva, Astrid, Klara, Sanna, Ellen, Lovisa, Therese, Mona, "
    "Viktoria, Ingegerd, Yvonne, Lina, Charlotte, Pia, Katarina, Elisabet, Irene, Ann-Christin, "
    "Ann-Marie, Gunnel, Ewa, Märta, Olivia, Elvira, Felicia, Isabelle, Nathalie, Tove, Petra, "
    "Mikaela, Helen, Rebecka, Saga, Stina, Ylva, Agnes, Vera, Selma, Greta, Tilda, Nora, Ronja, "
    "Thea, Tyra, Ester, Signe, Siri, Cornelia, Hedvig, Emilia, Evelina, Alexandra, Gabriella, "
    "Jennifer, Veronica, Marita, Lillemor, Gerd, Maj, Berit, Solveig, Margit, Gunvor, Gudrun, "
    "Ruth, Sonja, Erika, Fanny, Hilda, Ingeborg, Lisbeth, Pernilla, Magdalena, Mia, Kristin, "
    "Jeanette, Liselott, Carolina, Marina, Rut, Eleonora, Angelica, Isabella, Alicia, Ellinor, "
    "Tuva, Lova, Alma, Freja, Stella, Elise, Emilie, Maj-Britt, Ann-Sofie, Anna-Karin, "
    "Anna-Lena, Eva-Lena, Britt-Marie, Ann-Louise, Marie-Louise, Ulla-Britt, Gun-Britt, Anna-Lisa, "
    "Mira, Minna, Svea, Edith, Juni, Iris, Meja, Novalie, Leia, Hedda, Hillevi, Kajsa, Lotta, "
    "Ottilia, Amelie, Bodil, Britta, Dorotea, Elna, Erna, Filippa, Gerda, Gertrud, Gunhild, "
    "Gunbritt, Harriet, Hjördis, Ingegärd, Inga, Lilian, Lisen, Mathilda, My, Märit, Nanna, "
    "Ninni, Olga, Ragnhild, Rakel, Rosita, Sigrid, Siw, Solbritt, Sylvia, Tora, Ulrica, Vanja, "
    "Viola, Vivianne, Viveka, Åse, Ingalill, Majken, Dagny, Eivor, Elsie, Brita, Mari, Lilly, "
    "Nellie, Jasmine, Liv, Ines, Ebba-Lena, Emmy, Evy, Fredrika, Gullan, Henrietta, Ingbritt, "
    "Jonna, Josefina, Judit, Karolina, Katrin, Lea, Lejla, Linn, Linnea, Lis, Louisa, Madelene, "
    "Margaretha, Marlene, Melinda, Melissa, Mimmi, Miriam, Molly, Monika, Natalie, Nina, "
    "Paulina, Ramona, Regina, Rebecca, Rose-Marie, Sandra, Selina, "
    "Sofi, Susann, Tamara, Tina, Titti, Tuula, Ulla-Karin, Valborg, Vendela, Wivianne, Yasmin, "
    "Agda, Alfhild, Anne-Marie, Annelie, Augusta, Beatrice, Benedikte, Blenda, Carin, "
    "Charlotta, Christel, Christina, Daniela, Desirée, Edla, Eira, Elly, Elvy, Emy, Emmeli, "
    "Fia, Frideborg, Gisela, Gunn, Helga, Helén, Hildur, Idun, Ingalena, "
    "Irma, Isa, Jannike, Jill, Johanne, Kaisa, Kia, Kim, Laila, Lena-Maria, Lilja, Lisette, Livia, "
    "Lo, Majvor, Malva, Margot, Mariana, Marika, Maud, Mette, Milla, "
    "Mirjam, Nelly, Nova, Nikolina, Ottilie, Pauline, Rigmor, Rosalie, Ros-Marie, Sally, "
    "Signhild, Sirpa, Stephanie, Sylvi, "
    "Tekla, Thyra, Tindra, Tova, Valentina, Vivi, Wiveka, Åsa-Lena, "
    "Ann-Kristin, Ann-Katrin, Eva-Britt, Inga-Lill, Ann-Charlotte, Hilma, Embla, Lykke, Smilla, "
    "Vilma, Wendela, Elina, Bella, Cajsa, Nadja, Tea, Sanne, Stefanie, Aina, Alida, Märtha",
    150,
)
SV_M = ranked(
    "Lars, Mikael, Anders, Johan, Erik, Per, Karl, Peter, Jan, Thomas, Daniel, Fredrik, Hans, "
    "Andreas, Stefan, Mats, Magnus, Mattias, Marcus, Bengt, Alexander, Jonas, Martin, Bo, Sven, "
    "Nils, Leif, Björn, Göran, Patrik, Niklas, Oskar, David, Henrik, Christer, Ulf, Gustav, Kent, "
    "Lennart, Viktor, Kjell, Robert, Simon, Jörgen, Filip, Rolf, Emil, Tommy, Gunnar, Anton, "
    "Christian, Håkan, Axel, Joakim, Tobias, Sebastian, Olof, Johannes, Roger, Jonathan, Åke, "
    "Kenneth, Robin, Rickard, Adam, William, Hugo, Elias, Lucas, Oliver, Isak, Ludvig, Claes, "
    "Arne, Ingvar, Tomas, Jakob, Kristoffer, Torbjörn, Dan, Ola, Ove, Rune, Stig, Roland, Bertil, "
    "Gösta, Sten, Carl, Emanuel, Hampus, Albin, Edvin, Noah, Liam, Leo, Theo, Vincent, Melvin, "
    "Elliot, Casper, Felix, Viggo, Alfred, Harry, Arvid, Sixten, Gabriel, Benjamin, Samuel, "
    "Ebbe, Josef, Kurt, Gert, Ingemar, Sune, Lars-Erik, Karl-Erik, Per-Olof, Jan-Erik, Mårten, "
    "Pontus, Jesper, Linus, Johnny, Conny, Pär, Markus, Joel, Jimmy, Dennis, Fabian, Hannes, "
    "Albert, Otto, Malte, Wilmer, Alvin, Ville, Love, Gustaf, Valter, Olle, Sigvard, Evert, "
    "Birger, Bror, Börje, Curt, Egon, Einar, Eskil, Folke, Georg, Gerhard, Greger, Harald, "
    "Helge, Holger, Ivar, Jarl, Konrad, Lage, Ragnar, Sigurd, Staffan, Sture, Tage, Ture, Uno, "
    "Valdemar, Yngve, Östen, Algot, Aron, August, Bruno, Charlie, Dag, Douglas, Edvard, Elis, "
    "Enar, Erling, Fritiof, Frans, Gottfrid, Hilding, Hjalmar, Inge, Jens, Joar, Kaj, Kasper, "
    "Kristian, Lukas, Maximilian, Melker, Mio, Måns, Nicklas, Noel, Odd, Oscar, Ossian, Ragnvald, "
    "Rasmus, Sam, Sigge, Svante, Teodor, Tor, Torsten, Truls, Tyko, Vidar, Vilgot, Wilhelm, "
    "Jan-Olof, Per-Erik, Lars-Göran, Karl-Johan, Nils-Erik, Bengt-Göran, Hans-Olof, Carl-Johan, "
    "Per-Anders, Sven-Erik, Jan-Åke, Lars-Olof, Alf, Allan, Anselm, Artur, Benny, "
    "Bill, Cornelius, Eddie, Eilert, Elof, Emrik, Erland, Eugen, Evald, "
    "Fritz, Gillis, Glenn, Gregor, Gullbrand, Halvar, Harri, Heimer, Herbert, Hilmer, "
    "Iwan, Jack, Jacob, Jarmo, Jerker, Jim, John, Jon, Jonny, Julius, Kalle, Karl-Axel, Kevin, "
    "Lambert, Leonard, Levi, Lorentz, Ludwig, Magne, Malcolm, Manfred, Matheo, Max, Morgan, "
    "Nathan, Nicolas, Nore, Oliwer, Orvar, Osvald, Patrick, Peder, Philip, Reidar, Reine, "
    "Reinhold, Ronny, Rurik, Samir, Sander, Seth, Sigfrid, Stellan, Sölve, Thor, "
    "Tim, Tore, Ulrik, Urban, Valentin, Verner, Vilhelm, Walter, Wiktor, Åsmund, Örjan, "
    "Adrian, Arnold, Assar, Bernt, Bjarne, Björn-Erik, Carl-Fredrik, Christopher, Clas, Dick, "
    "Edgar, Elmer, Emmanuel, Enok, Gunder, Gustav-Adolf, Henning, Hjalte, Ingvald, Isidor, Jean, "
    "Joachim, Jöns, Karl-Gustav, Kennet, Kim, Kristofer, Lars-Åke, Leopold, Loke, Lorens, Mathias, "
    "Mats-Olov, Milton, Olav, Per-Gunnar, Petter, Pierre, Rikard, Roine, Rudolf, Simeon, Stig-Arne, "
    "Sven-Olof, Tommie, Torgny, Vilmer",
    150,
)
SV_LAST = ranked(
    "Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson, "
    "Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Carlsson, "
    "Petersson, Magnusson, Lindström, Gustavsson, Olofsson, Lindgren, Axelsson, Berg, Bergström, "
    "Lundberg, Lind, Lundgren, Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, "
    "Forsberg, Sjöberg, Ali, Wallin, Mohammed, Engström, Eklund, Danielsson, Lundin, Håkansson, "
    "Björk, Bergman, Gunnarsson, Holm, Wikström, Samuelsson, Isaksson, Fransson, Bergqvist, "
    "Nyström, Holmberg, Arvidsson, Löfgren, Söderberg, Nyberg, Blomqvist, Claesson, Nordström, "
    "Ahmed, Mårtensson, Lundström, Hassan, Viklund, Björklund, Eliasson, Pålsson, Berggren, "
    "Sandström, Lund, Nordin, Ström, Åberg, Falk, Ekström, Hermansson, Holmgren, Hellström, "
    "Dahlberg, Hedlund, Sundberg, Sjögren, Ek, Blom, Abrahamsson, Martinsson, Öberg, Andreasson, "
    "Strömberg, Månsson, Hansen, Åkesson, Dahl, Lindholm, Norberg, Holmqvist, Jakobsson, Åström, "
    "Nordqvist, Sundström, Lindqvist, Jonasson, Ivarsson, Sjöström, Mohamed, Ottosson, Malmberg, "
    "Berntsson, Lindahl, Hussein, Nyman, Jensen, Lindblom, Sundqvist, Lindell, Ekberg, "
    "Bäckström, Hedberg, Omar, Dahlgren, Holmström, Sjödin, Lilja, Palm, Göransson, Nielsen, "
    "Nordlund, Engberg, Augustsson, Lundmark, Ibrahim, Strand, Hjalmarsson, Adolfsson, Forslund, "
    "Kristiansson, Kjellberg, Wiklund, Sandin, Hallberg, Westerberg, Englund, Lindén, Ekman, "
    "Borg, Rydberg, Johnsson, Nordberg, "
    "Ahlström, Alm, Almgren, Aronsson, Backlund, Bergkvist, Blomberg, Boman, Brandt, Brodin, "
    "Broberg, Byström, Carlberg, Dahlström, Edlund, Edström, Ekholm, Eklöf, Ekstrand, Elofsson, "
    "Enqvist, Fagerström, Falck, Forsgren, Frisk, Granberg, Granström, Grönlund, Hagberg, "
    "Hagström, Hallgren, Hammar, Hedström, Hellberg, Hedman, Helander, Holmlund, Hult, Höglund, "
    "Jacobsson, Karlström, Kjellström, Klasson, Kvist, Lagerqvist, Larsen, Liljegren, Lindkvist, "
    "Lindroth, Ljung, Ljunggren, Lundell, Lundkvist, Löfström, Malm, Melin, Moberg, Mörk, Nord, "
    "Norén, Norling, Nylund, Nyqvist, Olausson, Rosén, Rosenberg, Rudberg, Rydén, Sahlin, "
    "Schmidt, Selin, Sjöholm, Skoglund, Stenberg, Sterner, Stridh, Strömqvist, Svärd, Sundin, "
    "Tell, Thorsson, Thelin, Torstensson, Wahlberg, Wahlström, Wallén, Westin, Westman, Widén, "
    "Wiberg, Winberg, Zetterberg, Zetterström, Åhlin, Åkerman, Ågren, Öhman, Östberg, Östlund, "
    "Östman, Modig, Rask, Stark, Tapper, Dristig, Frost, Lönn, Hägg, Gran, Asp, Sjölund, "
    "Engdahl, Fors, Hedin, Hellman, Hjort, Holmér, Hultgren, Hörnqvist, Isberg, "
    "Jernberg, Jäderberg, Kallin, Karlberg, Kihlberg, Krantz, Kullberg, Lagerlöf, Landin, "
    "Lantz, Lidén, Lilliehöök, Lindau, Lindvall, Lovén, Lundh, Lyrén, Magnell, Malmqvist, "
    "Mellberg, Mossberg, Nordenskiöld, Nordgren, Nyholm, Nygren, Olander, Oscarsson, Palmgren, "
    "Pihl, Quist, Ragnarsson, Ringström, Rosengren, Runesson, Rylander, Sandell, Segerström, "
    "Sellberg, Sjölander, Skog, Sköld, Sparre, Stenström, Stjernberg, Strömgren, Sundell, "
    "Svedberg, Söderlund, Söderström, Tegnér, Thunberg, Tornberg, Törnqvist, Udd, Unger, "
    "Valentin, Vestberg, Wahlgren, Wennberg, Wennerström, Wester, Wickman, Wikberg, Åman, "
    "Öst, Östergren, von Platen, af Klercker, De Geer, von Sydow, Wachtmeister, Lewenhaupt, "
    "Gyllenhammar, Leijonhufvud, Stiernstedt, Oxenstierna, Cederström, Silfverstolpe, Uggla, "
    "af Ugglas, von Essen, von Schantz, Gauffin, Hybinette, Bodén, Dufva, Fältskog, Grip, "
    "Hamrin, Helgesson, Hurtig, Källström, Lejon, Ljungqvist, Munther, "
    "Nääs, Orrenius, Qvarnström, Rehn, Ruth, Sandqvist, Snäll, Stål, Swahn, "
    "Tallberg, Thor, Wallgren, Zackrisson",
    150,
)

# The US Census 1990 lists (public domain), copied from the `names` package: per cent as weight, head 150.
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
    ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042), ("Kara", 0.041), ("Jacquelyn", 0.041),
    ("Erma", 0.041), ("Blanca", 0.041), ("Myra", 0.040), ("Leticia", 0.040), ("Pat", 0.040),
    ("Krista", 0.040), ("Roxanne", 0.040), ("Angelica", 0.039), ("Johnnie", 0.039),
    ("Robyn", 0.039), ("Francis", 0.039), ("Adrienne", 0.039), ("Rosalie", 0.039),
    ("Alexandra", 0.039), ("Brooke", 0.039), ("Bethany", 0.039), ("Sadie", 0.039),
    ("Bernadette", 0.039),
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
US_LAST = (
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

# The UK: the ONS rankings (the names the adult population carries, then the babies' names of
# recent years), in rank order as the writer knows them; head 150.
UK_F = ranked(
    "Sarah, Emma, Claire, Laura, Rebecca, Gemma, Rachel, Lisa, Nicola, Hannah, Amy, Charlotte, "
    "Helen, Louise, Karen, Susan, Elizabeth, Jennifer, Victoria, Joanne, Samantha, Kelly, Emily, "
    "Jessica, Lucy, Katie, Sophie, Margaret, Julie, Jane, Catherine, Alison, Michelle, Angela, "
    "Amanda, Mary, Patricia, Deborah, Tracey, Jacqueline, Caroline, Kate, Zoe, Natalie, Stephanie, "
    "Danielle, Lauren, Chloe, Olivia, Jade, Anna, Ellie, Grace, Megan, Holly, Georgia, Bethany, "
    "Abigail, Eleanor, Alice, Isabel, Amelia, Sophia, Ruby, Lily, Jasmine, Evie, Poppy, Isla, Ava, "
    "Mia, Freya, Florence, Phoebe, Millie, Daisy, Erin, Leah, Anne, Linda, Carol, Sandra, Janet, "
    "Christine, Gillian, Pauline, Wendy, Lorraine, Dawn, Diane, Denise, Sharon, Paula, Fiona, "
    "Kirsty, Hayley, Stacey, Leanne, Kerry, Donna, Heather, Maureen, Sheila, Jean, Brenda, "
    "Valerie, Joan, Barbara, Dorothy, Joyce, Irene, Eileen, Doreen, Beryl, Shirley, Judith, "
    "Elaine, Beverley, Yvonne, Marie, Teresa, Sally, Ruth, Tina, Andrea, Joanna, Katherine, "
    "Kathryn, Sian, Siobhan, Lindsey, Natasha, Vicky, Becky, Harriet, Matilda, Imogen, Scarlett, "
    "Rosie, Maisie, Summer, Willow, Elsie, Ivy, Rose, Esme, Layla, Hollie, Aimee, Naomi, Kayleigh, "
    "Carly, Amber, Jodie, Lydia, Francesca, Rhiannon, Bronwen, Catriona, Morag, Eilidh, Niamh, "
    "Aoife, Ciara, Roisin, Orla, Sinead, Bridget, Ann, Gwen, Glenys, Hilda, Edna, Mavis, Marjorie, "
    "Sylvia, Audrey, Vera, Pamela, Rita, Gail, Lesley, Janice, Hazel, Josephine, Tessa, Alexandra, "
    "Penelope, Felicity, Arabella, Cerys, Ffion, Seren, Nia, Mared, Aisha, Fatima, Amira, Maryam, "
    "Priya, Harleen, Jaspreet, Sana, Nadia, Zara, Tia, Keira, Macey, Lacey, Paige, Demi, Shannon, "
    "Chelsea, Toni, Kimberley, Melanie, Suzanne, Philippa, Jemima, Cressida, Honor, Hermione",
    150,
)
UK_M = ranked(
    "David, John, Paul, Michael, Andrew, James, Mark, Richard, Robert, Christopher, Peter, Stephen, "
    "Daniel, Thomas, Matthew, Simon, Ian, Gary, Martin, Steven, Anthony, Kevin, William, Jonathan, "
    "Philip, Nicholas, Alan, Lee, Neil, Adam, Benjamin, Jason, Darren, Craig, Stuart, Graham, "
    "Keith, Colin, Brian, Timothy, Joseph, Samuel, Luke, Ryan, Jack, Oliver, Harry, George, "
    "Charlie, Jacob, Alfie, Noah, Leo, Oscar, Archie, Henry, Joshua, Liam, Callum, Connor, Jamie, "
    "Scott, Dean, Wayne, Carl, Shaun, Barry, Derek, Trevor, Geoffrey, Roger, Malcolm, Kenneth, Roy, "
    "Ronald, Raymond, Dennis, Terence, Nigel, Russell, Gavin, Ross, Kieran, Jordan, Nathan, Aaron, "
    "Alexander, Edward, Toby, Max, Ethan, Dylan, Lewis, Kyle, Reece, Tom, Frederick, "
    "Arthur, Albert, Alfred, Ernest, Harold, Frank, Stanley, Leonard, Norman, Douglas, Donald, "
    "Gordon, Hugh, Duncan, Angus, Alistair, Hamish, Fraser, Euan, Rory, Declan, Sean, Patrick, "
    "Dominic, Sebastian, Rupert, Hugo, Felix, Theo, Freddie, Teddy, Tommy, Louis, "
    "Isaac, Elliot, Finley, Reuben, Gareth, Rhys, Dafydd, Owain, Huw, Gethin, "
    "Iwan, Emyr, Mohammed, Muhammad, Ali, Omar, Imran, Hassan, Tariq, Arjun, Rajesh, Sanjay, "
    "Harpreet, Gurpreet, Manjit, Sunil, Vikram, Dale, Glen, Lloyd, Clive, Grant, "
    "Howard, Jeremy, Julian, Justin, Marcus, Mathew, Neville, Roland, Rodney, Spencer, Vincent, "
    "Warren, Wesley, Barrie, Cyril, Derrick, Eric, Gerald, Gilbert, Herbert, Horace, Lionel, "
    "Maurice, Percy, Reginald, Sidney, Walter, Wilfred, Cameron, Ewan, Fergus, Finlay, Harvey, "
    "Jenson, Kai, Logan, Mason, Riley, Tyler, Zachary, Jude, Ronan, Cillian, Oisin, Conor, Eoin, "
    "Ciaran, Darragh, Fionn, Padraig, Seamus, Tadhg, Brendan, Niall, Ruairi, Aidan, Cormac",
    150,
)
UK_LAST = ranked(
    "Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts, "
    "Robinson, Thompson, Wright, Walker, White, Edwards, Hughes, Green, Hall, Lewis, Harris, Clarke, "
    "Patel, Jackson, Wood, Turner, Martin, Cooper, Hill, Ward, Morris, Moore, Clark, Lee, King, "
    "Baker, Harrison, Morgan, Allen, James, Scott, Phillips, Watson, Davis, Parker, Price, Bennett, "
    "Young, Griffiths, Mitchell, Kelly, Cook, Carter, Richardson, Bailey, Collins, Bell, Shaw, "
    "Murphy, Miller, Cox, Richards, Khan, Marshall, Anderson, Simpson, Ellis, Adams, Singh, Begum, "
    "Wilkinson, Foster, Chapman, Powell, Webb, Rogers, Gray, Mason, Ali, Hunt, Hussain, Campbell, "
    "Matthews, Owen, Palmer, Holmes, Mills, Barnes, Knight, Lloyd, Butler, Russell, Barker, Fisher, "
    "Stevens, Jenkins, Murray, Dixon, Harvey, Graham, Pearson, Ahmed, Fletcher, Walsh, Kaur, "
    "Gibson, Howard, Andrews, Stewart, Elliott, Reynolds, Saunders, Payne, Fox, Ford, Pearce, Day, "
    "Brooks, West, Lawrence, Cole, Atkinson, Bradley, Spencer, Gill, Dawson, Ball, Burton, O'Brien, "
    "Watts, Rose, Booth, Perry, Ryan, Grant, Wells, Armstrong, Francis, Rees, Hayes, Hart, Hudson, "
    "Newman, Barrett, Webster, Hunter, Gregory, Carr, Lowe, Page, Marsh, Riley, Dunn, Woods, "
    "Parsons, Berry, Stone, Reid, Holland, Hawkins, Harding, Porter, Robertson, Newton, Oliver, "
    "Reed, Kennedy, Williamson, Bird, Gardner, Shah, Dean, Lane, Cooke, Bates, Henderson, Parry, "
    "Burgess, Bishop, Walton, Burns, Nicholson, Shepherd, Ross, Cross, Long, Freeman, Warren, "
    "Nicholls, Hamilton, Byrne, Sutton, McDonald, Yates, Hodgson, Robson, Curtis, Hopkins, "
    "O'Connor, Harper, Coleman, Watkins, Moss, McCarthy, Chambers, O'Neill, Griffin, Sharp, Hardy, "
    "Wheeler, Potter, Osborne, Johnston, Gordon, Doyle, Wallace, George, Jordan, Hutchinson, Rowe, "
    "Burke, May, Pritchard, Gilbert, Willis, Higgins, Read, Miles, Stevenson, Stephenson, Hammond, "
    "Arnold, Buckley, Walters, Hewitt, Barber, Nelson, Slater, Austin, Sullivan, Whitehead, Mann, "
    "Frost, Lambert, Stephens, Blake, Akhtar, Lynch, Goodwin, Barton, Woodward, Thomson, "
    "Cunningham, Quinn, Barnett, Baxter, Bibi, Clayton, Nash, Greenwood, Jennings, Holt, Kemp, "
    "Poole, Gallagher, Bond, Stokes, Tucker, Davidson, Fowler, Heath, Norman, Middleton, Lawson, "
    "Banks, French, Stanley, Jarvis, Gibbs, Ferguson, Hayward, Carroll, Douglas, Dickinson, Todd, "
    "Barlow, Peters, Lucas, Knowles, Hartley, Miah, Simmons, Morton, Alexander, Field, O'Sullivan, "
    "Kavanagh, Fitzgerald, Brennan, Dunne, Nolan, McLaughlin, Doherty, Power, "
    "Fitzpatrick, Donnelly, Maguire, Keane, McGrath, Whelan, Moran, Boyle, Kearney, Hegarty",
    150,
)
# Origins common in Sweden: their commonest given names and surnames, in rank order as the writer
# knows them, weight 1/rank, head 10.
FINNISH = Origin(
    ranked("Anneli, Marja, Tuula, Pirjo, Päivi, Riitta, Leena, Sirpa, Eila, Aila, Raija, Seija, Kaija, Tarja, Hilkka, Anja, Liisa, Satu, Hannele, Kirsi, Merja, Tiina, Minna, Sanna, Aino, Kaarina, Maarit, Heli, Marjatta, Orvokki", 10),
    ranked("Juha, Kari, Matti, Timo, Jari, Mikko, Pekka, Antti, Markku, Jukka, Heikki, Seppo, Esa, Hannu, Veikko, Erkki, Raimo, Pentti, Tapio, Kalevi, Ilkka, Jorma, Sami, Tuomas, Janne, Ville, Petri, Arto, Risto, Olavi", 10),
    ranked("Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen, Hiltunen, Kallio", 10),
)  # fmt: skip
ARABIC = Origin(  # Iraq, Syria, Lebanon, Palestine; Assyrian/Syriac names among them
    ranked("Fatima, Maryam, Sara, Amira, Noor, Zainab, Layla, Hiba, Rana, Yasmin, Aya, Nour, Lina, Rasha, Huda, Samira, Hanan, Dalia, Reem, Shahad, Ninorta, Shamiram, Nahrin, Ninve, Maryana, Sonia, Rima, Ranya", 10),
    ranked("Mohammed, Ahmed, Ali, Hassan, Omar, Hussein, Ibrahim, Khaled, Mahmoud, Mustafa, Youssef, Karim, Abdullah, Ammar, Haider, Samir, Bashar, Tariq, Ziad, Firas, Ninos, Sargon, Gabriel, Elias, Ashur, Yacoub, Aday, Robil, Gabi, Aziz", 10),
    ranked("Ali, Mohammed, Ahmed, Hassan, Hussein, Ibrahim, Abdullah, Khalil, Saleh, Jabbar, Al-Hashimi, Al-Saadi, Al-Obaidi, Mahmoud, Kareem, Haddad, Nasser, Yousef, Abbas, Hamid, Rashid, Shamoun, Barsoum, Saliba, Lahdo, Shabo, Malke, Kourie, Danho, Gawrie, Chamoun, Warda, Khoshaba, Youkhana, Isik", 10),
)  # fmt: skip
SOMALI = Origin(
    ranked("Hodan, Amina, Fadumo, Hawa, Sahra, Ayaan, Khadija, Ifrah, Nasra, Hibo, Sagal, Asha, Halima, Ikran, Ubah, Muna, Deqa, Ladan, Ruqiya, Faisa", 10),
    ranked("Abdi, Mohamed, Ahmed, Abdirahman, Abdullahi, Hassan, Ali, Yusuf, Omar, Ismail, Said, Abdirizak, Farah, Mahad, Liban, Abdiaziz, Hamza, Guled, Bashir, Mukhtar", 10),
    ranked("Mohamed, Ahmed, Hassan, Ali, Abdi, Omar, Warsame, Farah, Hussein, Osman, Yusuf, Jama, Nur, Aden, Ismail, Abdullahi, Mohamud, Hersi, Egal, Duale, Gedi, Dirie, Samatar, Mahamed", 10),
)  # fmt: skip
POLISH = Origin(  # surnames in the masculine form; `feminine` gives a woman's -ska/-cka
    ranked("Anna, Katarzyna, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Magdalena, Joanna, Aleksandra, Monika, Zofia, Teresa, Danuta, Natalia, Karolina, Marta, Beata, Dorota, Justyna, Elżbieta, Jadwiga, Grażyna, Iwona, Paulina", 10),
    ranked("Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Jan, Michał, Marcin, Jakub, Adam, Łukasz, Marek, Grzegorz, Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Jerzy, Rafał, Kamil, Sebastian, Bartosz, Przemysław, Szymon", 10),
    ranked("Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Wojciechowski, Kwiatkowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Wróbel, Nowicki, Zawadzki, Wysocki, Sadowski, Górski", 10),
)  # fmt: skip
PERSIAN = Origin(
    ranked("Maryam, Fatemeh, Zahra, Shirin, Azadeh, Mahsa, Parisa, Leila, Nasrin, Roya, Neda, Mina, Nazanin, Shabnam, Golnaz, Soheila, Farzaneh, Mitra, Sepideh, Yasaman", 10),
    ranked("Mohammad, Ali, Reza, Hossein, Mehdi, Amir, Hamid, Saeed, Behrouz, Dariush, Babak, Kaveh, Arash, Farhad, Omid, Majid, Ramin, Parviz, Kian, Payam", 10),
    ranked("Mohammadi, Hosseini, Ahmadi, Rezaei, Karimi, Moradi, Jafari, Rahimi, Hashemi, Sadeghi, Ghorbani, Rostami, Kazemi, Azizi, Ebrahimi, Najafi, Akbari, Mousavi, Tehrani, Shirazi, Farahani, Yazdani, Heidari, Nazari, Safari", 10),
)  # fmt: skip
BCS = Origin(  # Bosnian, Serbian, Croatian
    ranked("Amra, Emina, Selma, Lejla, Amela, Jasmina, Ana, Maja, Ivana, Mirela, Jelena, Marija, Sanela, Azra, Senada, Aida, Elma, Dragana, Snežana, Vesna, Mirjana, Gordana, Alma, Edina", 10),
    ranked("Amir, Emir, Adnan, Edin, Mirza, Dino, Haris, Nermin, Senad, Samir, Dragan, Nikola, Milan, Stefan, Zoran, Goran, Ivan, Marko, Luka, Damir, Kenan, Admir, Jasmin, Zlatan", 10),
    ranked("Hodžić, Hadžić, Begić, Delić, Hasanović, Mehmedović, Husić, Kovačević, Petrović, Jovanović, Nikolić, Marković, Đorđević, Ilić, Pavlović, Babić, Horvat, Kovačić, Marić, Jurić, Knežević, Šarić, Alić, Suljić, Omerović, Mujić, Selimović, Ibrahimović, Karić, Dedić", 10),
)  # fmt: skip
TURKISH = Origin(
    ranked("Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Meryem, Şerife, Sultan, Hülya, Derya, Esra, Özlem, Gül, Leyla, Merve, Büşra, Songül, Nurcan, Aysel, Filiz, Dilek", 10),
    ranked("Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Osman, Yusuf, Murat, Ömer, Ramazan, Halil, Süleyman, Abdullah, Mahmut, Emre, Burak, Serkan, Erdal, Kemal, Cem", 10),
    ranked("Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Korkmaz, Erdoğan, Güneş, Aksoy", 10),
)  # fmt: skip
ERITREAN = Origin(  # the father's given name serves as the surname
    ranked("Senait, Helen, Saba, Selam, Yordanos, Mebrat, Tsega, Hiwet, Rahel, Winta, Feven, Luwam, Semhar, Eden, Aster, Almaz, Tsehay, Mihret, Freweyni, Ruta, Nebiat", 10),
    ranked("Tesfay, Yonas, Dawit, Samuel, Daniel, Kidane, Tekle, Habte, Berhane, Mehari, Yemane, Filmon, Robel, Biniam, Mussie, Amanuel, Semere, Goitom, Aron, Efrem, Henok", 10),
    ranked("Tesfay, Tekle, Haile, Berhane, Ghebreyesus, Kidane, Mehari, Gebremariam, Weldemichael, Habte, Yohannes, Tsegay, Asmerom, Negash, Andemariam, Woldu, Okbay, Zerai, Abraha, Gebrehiwet, Tewelde, Araya, Ghirmay, Mesfin", 10),
)  # fmt: skip
AFGHAN = Origin(
    ranked("Mariam, Zahra, Parwana, Farida, Nargis, Shabnam, Freshta, Marwa, Mursal, Nazia, Zarghona, Sima, Laila, Hasina, Sahar, Mahbooba, Nilofar, Gulalai, Roya, Fatima", 10),
    ranked("Mohammad, Ahmad, Ali, Mustafa, Hamid, Abdul, Jawad, Rahim, Hussain, Sayed, Ismail, Farhad, Naweed, Wahid, Jamshid, Qasim, Murtaza, Habib, Mahdi, Samiullah, Ehsan", 10),
    ranked("Ahmadi, Rahimi, Hussaini, Mohammadi, Sultani, Karimi, Hakimi, Stanekzai, Popal, Amiri, Noori, Azizi, Jafari, Haidari, Sharifi, Safi, Wardak, Yousufzai, Barakzai, Habibi, Rezai, Nazari, Sadat, Mirzai, Alizada", 10),
)  # fmt: skip
THAI = Origin(
    ranked("Siriporn, Malee, Pranee, Somporn, Wanida, Kanya, Nittaya, Supaporn, Ratana, Porntip, Sunisa, Jintana, Araya, Kannika, Duangjai, Patcharee, Sasithorn, Wilai, Kanokwan, Pimchanok, Sumalee", 10),
    ranked("Somchai, Somsak, Prasert, Sombat, Wichai, Surachai, Anan, Niran, Chaiwat, Boonmee, Thanakorn, Kittipong, Nattapong, Pongsak, Sakchai, Apichat, Chatchai, Suriya, Tawatchai, Decha", 10),
    ranked("Saetang, Srisuk, Wongsa, Kaewkham, Sukjai, Bunmee, Phromma, Sriwong, Thongdee, Saengthong, Boonyarat, Kongkaew, Rattanakul, Chanthong, Jaidee, Intharasuk, Sombun, Kaewmanee, Suwannarat, Pimpa, Inthong, Wongsuwan", 10),
)  # fmt: skip
LATIN = Origin(  # Chile first, then the rest of Latin America; two surnames, paternal and maternal
    ranked("María, Carolina, Claudia, Patricia, Daniela, Francisca, Camila, Valentina, Javiera, Constanza, Paula, Andrea, Marcela, Verónica, Ximena, Gabriela, Catalina, Fernanda, Lorena, Isabel, Sofía, Rosa, Carmen", 10),
    ranked("José, Juan, Luis, Carlos, Jorge, Manuel, Francisco, Pedro, Cristián, Rodrigo, Sebastián, Matías, Felipe, Diego, Pablo, Andrés, Gonzalo, Claudio, Patricio, Ricardo, Sergio, Héctor, Víctor, Mauricio, Ignacio", 10),
    ranked("González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo, Tapia, Reyes, Gutiérrez, Castro, Pizarro, Álvarez, Vásquez, Sánchez, Fernández", 10),
)  # fmt: skip
KURDISH = Origin(
    ranked("Rojda, Berfin, Dilan, Hevin, Rozerin, Zilan, Nishtiman, Shilan, Avin, Jiyan, Viyan, Delal, Zozan, Nesrin, Gulistan, Bahar, Sherin, Kajal, Evin, Hana", 10),
    ranked("Azad, Baran, Dilshad, Rebin, Shwan, Karwan, Rekar, Sherwan, Hawre, Aram, Serhat, Welat, Dara, Kawa, Hemin, Soran, Zana, Hiwa, Diyar, Bawar, Rizgar, Botan", 10),
    ranked("Ahmad, Rasul, Karim, Aziz, Mahmud, Qadir, Salih, Amin, Faraj, Othman, Mustafa, Hama, Jaff, Baban, Zangana, Hawrami, Barzinji, Doski, Zebari, Bakir, Kurdi, Shwani, Majid, Sharif, Tahir", 10),
)  # fmt: skip
UKRAINIAN = Origin(  # judged common: many came after 2022
    ranked("Olena, Tetiana, Nataliia, Iryna, Oksana, Svitlana, Yuliia, Kateryna, Anastasiia, Olha, Mariia, Viktoriia, Halyna, Liudmyla, Inna, Alina, Daria, Sofiia, Larysa, Valentyna", 10),
    ranked("Oleksandr, Serhii, Andrii, Volodymyr, Mykola, Dmytro, Vasyl, Oleh, Yurii, Ivan, Viktor, Ihor, Maksym, Vitalii, Roman, Bohdan, Taras, Petro, Yevhen, Artem", 10),
    ranked("Melnyk, Shevchenko, Boiko, Kovalenko, Bondarenko, Tkachenko, Kovalchuk, Kravchenko, Oliinyk, Shevchuk, Koval, Polishchuk, Bondar, Tkachuk, Moroz, Marchenko, Lysenko, Rudenko, Savchenko, Petrenko, Klymenko, Pavlenko, Kravchuk, Kuzmenko, Ponomarenko", 10),
)  # fmt: skip
INDIAN = Origin(  # judged common: engineers and their families in the cities
    ranked("Priya, Divya, Pooja, Anjali, Neha, Sneha, Kavya, Deepa, Swati, Lakshmi, Shruti, Aishwarya, Meera, Ananya, Nisha, Ritu, Sunita, Rekha, Pallavi, Shweta", 10),
    ranked("Rahul, Amit, Rajesh, Suresh, Vikram, Arjun, Sanjay, Anil, Ravi, Karthik, Prakash, Vijay, Rohit, Manoj, Sandeep, Deepak, Nikhil, Aditya, Ashok, Srinivas", 10),
    ranked("Sharma, Patel, Singh, Kumar, Gupta, Reddy, Iyer, Nair, Rao, Joshi, Mehta, Shah, Verma, Mishra, Agarwal, Menon, Pillai, Desai, Chatterjee, Banerjee, Das, Krishnan, Subramanian, Bhat, Kulkarni", 10),
)  # fmt: skip

ORIGINS = {
    "swedish": Origin(SV_F, SV_M, SV_LAST),
    "us": Origin(census(US_F), census(US_M), census(US_LAST)),
    "uk": Origin(UK_F, UK_M, UK_LAST),
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
    "indian": INDIAN,
}

# Who is named, per language of the row: Swedish text names people roughly as Sweden's population
# is; English text is set in the UK, Ireland, Australia, New Zealand and the US; mixed text is
# Swedish work text with English in it.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 68, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5, "eritrean": 1.2,
        "ukrainian": 1.2, "thai": 1, "latin": 1, "indian": 0.8, "uk": 0.6, "us": 0.5,
    },
    "en": {
        "us": 36, "uk": 34, "swedish": 9, "indian": 4, "arabic": 2, "polish": 2, "latin": 2,
        "finnish": 1, "somali": 1, "persian": 1, "turkish": 1, "bcs": 1, "ukrainian": 1,
        "thai": 0.8, "afghan": 0.5, "eritrean": 0.5, "kurdish": 0.5,
    },
    "mixed": {
        "swedish": 52, "uk": 10, "us": 9, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
        "persian": 2.5, "somali": 1.5, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5,
        "ukrainian": 1.5, "indian": 1.5, "eritrean": 1, "thai": 1, "latin": 1,
    },
}  # fmt: skip

# Short forms people go by, per origin and given name.
NICK_SV = {
    "Lars": ["Lasse"], "Mikael": ["Micke"], "Joakim": ["Jocke"], "Karl": ["Kalle"], "Per": ["Pelle", "Pär"],
    "Charlotte": ["Lotta"], "Susanne": ["Sussie", "Sanna"], "Elisabeth": ["Lisa", "Lisbeth", "Bettan"],
    "Elisabet": ["Lisa", "Bettan"], "Margareta": ["Maggan", "Greta"], "Kristina": ["Stina", "Kicki"],
    "Katarina": ["Kattis"], "Magnus": ["Mange"], "Thomas": ["Tompa"], "Tomas": ["Tompa"],
    "Fredrik": ["Fredde"], "Jonas": ["Jonte"], "Gustav": ["Gurra"], "Patrik": ["Patte"],
    "Daniel": ["Danne"], "Robert": ["Robban"], "Markus": ["Mackan"], "Marcus": ["Mackan"],
    "Tobias": ["Tobbe"], "Torbjörn": ["Tobbe"], "Mattias": ["Matte"], "Stefan": ["Steffe"],
    "Bengt": ["Bengan"], "Jan": ["Janne"], "Hans": ["Hasse"], "Olof": ["Olle"], "Ulf": ["Uffe"],
    "Birgitta": ["Gittan", "Birre"], "Barbro": ["Babsan"], "Madeleine": ["Madde"],
    "Josefin": ["Jossan"], "Matilda": ["Tilda"], "Alexandra": ["Sandra", "Alex"],
    "Alexander": ["Alex", "Acke"], "Rebecka": ["Becka"], "Viktoria": ["Vickan"], "Jennifer": ["Jenny"],
    "Christoffer": ["Chris"], "Kristoffer": ["Kricke", "Chris"], "Sebastian": ["Sebbe"],
    "Andreas": ["Andy"], "Gunilla": ["Gunnel", "Gullan"], "Annika": ["Anki"], "Ingrid": ["Inga"],
    "Kenneth": ["Kenta"], "Christer": ["Krille"], "Bo": ["Bosse"], "Anders": ["Affe"],
    "Göran": ["Gurra"], "Leif": ["Leffe"], "Jörgen": ["Jögge"], "Emanuel": ["Manne"],
}  # fmt: skip
NICK_EN = {
    "William": ["Will", "Bill"], "Robert": ["Rob", "Bob"], "Richard": ["Rich", "Rick"], "Michael": ["Mike"],
    "James": ["Jim", "Jamie"], "Thomas": ["Tom"], "Christopher": ["Chris"], "Elizabeth": ["Liz", "Beth"],
    "Jennifer": ["Jen", "Jenny"], "Katherine": ["Kate", "Katie"], "Catherine": ["Cathy", "Kate"],
    "Margaret": ["Maggie", "Peggy"], "Rebecca": ["Becky"], "Samantha": ["Sam"], "Daniel": ["Dan", "Danny"],
    "Nicholas": ["Nick"], "Alexander": ["Alex"], "Benjamin": ["Ben"], "Jonathan": ["Jon"],
    "Matthew": ["Matt"], "Anthony": ["Tony"], "Stephen": ["Steve"], "Steven": ["Steve"],
    "Andrew": ["Andy", "Drew"], "Peter": ["Pete"], "Joseph": ["Joe"], "David": ["Dave"],
    "Edward": ["Ed", "Eddie", "Ted"], "Timothy": ["Tim"], "Patricia": ["Pat", "Trish"], "Susan": ["Sue"],
    "Victoria": ["Vicky", "Tori"], "Charlotte": ["Charlie", "Lottie"], "Deborah": ["Debbie", "Deb"],
    "Kenneth": ["Ken"], "Philip": ["Phil"], "Samuel": ["Sam"], "Joshua": ["Josh"],
    "Jacqueline": ["Jackie"], "Abigail": ["Abby"], "Eleanor": ["Ellie", "Nell"], "Gregory": ["Greg"],
    "Raymond": ["Ray"], "Ronald": ["Ron"], "Donald": ["Don"], "Jeffrey": ["Jeff"], "Douglas": ["Doug"],
    "Kimberly": ["Kim"], "Barbara": ["Barb"], "Pamela": ["Pam"], "Frederick": ["Fred", "Freddie"],
    "Gerald": ["Gerry"], "Lawrence": ["Larry"], "Theresa": ["Terri"], "Christine": ["Chris", "Chrissie"],
}  # fmt: skip
NICKNAMES: dict[str, dict[str, list[str]]] = {
    "swedish": NICK_SV,
    "uk": NICK_EN,
    "us": NICK_EN,
    "polish": {"Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"], "Aleksandra": ["Ola"], "Agnieszka": ["Aga"], "Magdalena": ["Magda"], "Krzysztof": ["Krzysiek"], "Tomasz": ["Tomek"], "Piotr": ["Piotrek"], "Jan": ["Janek"], "Mateusz": ["Mati"]},
    "ukrainian": {"Oleksandr": ["Sasha"], "Dmytro": ["Dima"], "Kateryna": ["Katia"], "Anastasiia": ["Nastia"], "Volodymyr": ["Vova"], "Mariia": ["Masha"]},
    "latin": {"Francisco": ["Pancho"], "José": ["Pepe"], "Ignacio": ["Nacho"], "Francisca": ["Pancha"], "Fernanda": ["Feña"]},
    "arabic": {"Mohammed": ["Mo", "Hamoudi"], "Abdullah": ["Abdu"], "Youssef": ["Jousef"]},
    "finnish": {"Matti": ["Masa"], "Juha": ["Jussi"], "Kaarina": ["Kaija"]},
    "thai": {"Siriporn": ["Noi"], "Malee": ["Lek"], "Supaporn": ["Ploy"], "Kanokwan": ["Nok"], "Somchai": ["Chai"]},
    "somali": {"Abdirahman": ["Abdi"], "Abdullahi": ["Abdi"]},
}  # fmt: skip
