# ruff: noqa: E501
"""Name pools of held-out EN (issue 15): who carries which name, by origin and weight.

Written from general knowledge by a helper who does not tune the detector; no name was checked
against anything in the repository and none is left out for being known or unknown. Swedish
given names and surnames follow the order of SCB's name statistics (weight 1/rank, head the top
150, a tail of rarer names past them); the US lists are the Census 1990 files (public domain,
copied from the `names` package's `dist.female.first`, `dist.male.first` and `dist.all.last`,
the census per cent as weight, head 150); the UK lists follow the ONS rankings (1/rank); the
origins common in Sweden have their commonest names (1/rank, head 10).
"""

from __future__ import annotations

import unicodedata
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


def split(text: str) -> tuple[str, ...]:
    """Names written one after another, separated by commas (a name may hold a space)."""
    return tuple(n.strip() for n in text.replace("\n", " ").split(",") if n.strip())


def ranked(text: str, head: int) -> Pool:
    """A list in rank order: weight 1/rank."""
    names = split(text)
    return Pool(names, tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names)))


def weighted(rows: tuple[tuple[str, float], ...], head: int) -> Pool:
    """A list with its own weights (the census per cents)."""
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


_PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "ı": "i", "đ": "dj", "Đ": "Dj", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae"}
)


def plain(word: str) -> str:
    """A name typed without its letters: `Wiśniewska` -> `Wisniewska`, `Yılmaz` -> `Yilmaz`."""
    word = word.translate(_PLAIN)
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish woman's form of a surname: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# Sweden: SCB's name statistics, in rank order of the people who carry each name (written from
# general knowledge). Head: the first 150; tail: the rarer names past them.
SV_F = ranked(
    """
Anna, Eva, Maria, Karin, Sara, Kristina, Lena, Emma, Kerstin, Marie, Ingrid, Malin, Jenny, Hanna,
Linda, Annika, Susanne, Elin, Monica, Birgitta, Sofia, Ulla, Johanna, Carina, Elisabeth, Julia,
Ida, Linnéa, Inger, Katarina, Anette, Helena, Camilla, Åsa, Sandra, Gunilla, Marianne, Cecilia,
Anneli, Anita, Therese, Frida, Josefin, Margareta, Lisa, Jessica, Caroline, Ebba, Ann, Maja,
Matilda, Louise, Amanda, Emelie, Madeleine, Alice, Elsa, Moa, Barbro, Ingela, Agneta, Britt, Siv,
Agnes, Wilma, Elina, Klara, Ella, Nathalie, Lina, Victoria, Astrid, Ulrika, Charlotte, Emilia,
Mikaela, Olivia, Tove, Evelina, Pia, Yvonne, Rebecka, Gun, Jennifer, Isabelle, Alva, Sanna, Petra,
Ellen, Felicia, Stina, Lovisa, Fanny, Nina, Mona, Viktoria, Erika, Ronja, Kajsa, Vera, Saga, Lilly,
Tilda, Ingegerd, Gunnel, Anne, Lotta, Sofie, Ellinor, Tuva, Ingeborg, Ann-Christin, Märta, Signe,
Birgit, Britt-Marie, Margit, Irene, Ylva, Mia, Elise, Greta, Selma, Alma, Ester, Stella, Nora,
Freja, Iris, Thea, Sigrid, Anja, Hedvig, Linn, Jeanette, Cornelia, Isabella, Josefine, Ann-Marie,
Marita, Ewa, Veronica, Angelica, Helen, Susanna, Karolina, Paulina, Jonna, Hilda, Charlotta,
Anna-Karin, Lisbeth, Rut, Elvira, Tindra, Ingalill, Majvor, Gunvor, Elsie, Dagmar, Solveig, Berit,
Vivianne, Lillemor, Kristin, Annelie, Maud, Ann-Sofie, Eivor, Siri, Svea, Edith, Elvy, Gudrun,
Ragnhild, Inga, Laila, Gerd, Katja, Jannike, Hillevi, Isa, Lykke, Meja, Leia, Juni, Livia, Novalie,
Minna, Idun, Vilda, Majken, Hjördis, Asta, Mollie, Leona, Edla, Jolin, Tyra, Embla, Vanja, Ines,
Sonja, Elly, Linnea, Eva-Lena, Ann-Louise, Marie-Louise, Tina, Therése, Malou, Lovis, Smilla,
Ingbritt, Ulla-Britt, Gull-Britt, Gunbritt, Kickie, Yvette, Madelene, Jessika, Rebecca, Emelia,
Evelin, Elisabet, Ann-Kristin, Catharina, Cathrine, Kristine, Torborg, Ingvor, Sylvia, Solbritt,
Wivianne, Gunnborg, Lisen, Hedda, Blenda, Ottilia, Henrietta, Augusta, Beata, Mathilda, Sabina,
Vendela, Tova, Alexandra, Rebekka, Josephine, Michaela, Louisa, Lova, Elvina, Nellie, Noomi,
Alicia, Amelia, Liv, Malva, Signhild, Elinor, Wendela, Ingegärd, Gunhild, Ragnvi, Margaretha,
Märit, Kristel, Inga-Lill, Inga-Britt, Anna-Lena, Anna-Lisa, Lill, Elsy, Vivi, Doris, Irma,
Alfhild, Oline, Emmy, Carolin, Carolina, Fredrika, Ulrica, Filippa, Rosalie, Matilde, Jasmine,
Aurora, Majlis, Klaudia, Lea, Nova, Ellie, Mira, Maryam, Fatima, Sofi, Josefina, Annie, Hannah,
Cajsa, Lisette, Evy, Brita, Birgitte, Kerttu, Mirja, Solvei, Eira, Tekla, Gertrud, Teresia, Vivan,
Kristi, Ingvild, Rigmor, Ethel, Daniela, Marlene, Nadja, Agnetha, Alexia, Alida, Amalia, Annicka,
Ann-Britt, Ann-Charlotte, Ann-Katrin, Ann-Mari, Barbara, Bodil, Britta, Carin, Christin, Dagny,
Edit, Ellida, Elna, Emmeli, Estelle, Gull-May, Gunn, Harriet, Helén, Hilma, Ingalena, Inga-Maj,
Jenni, Karina, Kim, Laura, Lilian, Lisbet, Liselotte, Lotten, Maj, Maj-Britt, Maj-Lis, Margret,
Mariana, Marlena, Mildred, Naima, Nanna, Nelly, Pernilla, Majvi, Rosita, Sif, Sissela, Ingalis,
Tora, Valborg, Vivi-Ann, Yrsa, Åse, Ingmarie
""",
    150,
)

SV_M = ranked(
    """
Lars, Mikael, Anders, Johan, Per, Erik, Karl, Peter, Jan, Thomas, Daniel, Fredrik, Hans, Andreas,
Stefan, Bengt, Magnus, Mats, Marcus, Jonas, Bo, Niklas, Alexander, Martin, Mattias, Sven, Björn,
Nils, Leif, Henrik, Ulf, Christer, Oskar, Tommy, Göran, Gustav, Kjell, Lennart, Carl, Robert, Emil,
Rolf, Simon, David, Joakim, Patrik, Sebastian, Viktor, Anton, William, Christian, Håkan, Gunnar,
Roger, Roland, Tomas, Kent, Olof, Lucas, Filip, Dan, Ingvar, Rickard, Axel, Jonathan, Kenneth,
Tobias, Elias, Hugo, Jakob, Adam, Rasmus, Kristoffer, Åke, Arne, Stig, Ola, Ludvig, Robin, Sten,
Hampus, Gösta, Claes, Kurt, Liam, Noah, Oliver, Isak, Theo, Vincent, Leo, Albin, Linus, Samuel,
Jesper, Pontus, Gabriel, Benjamin, Jacob, Edvin, Viggo, Melvin, Max, Olle, Alvin, Elis, Emanuel,
Jimmy, Conny, Torbjörn, Ronny, Urban, Krister, Mathias, Jens, Tony, Kim, Mårten, Ingemar, Rune,
Bertil, Allan, Harald, Ivar, Birger, Einar, Wilhelm, Otto, Arvid, Frans, Valter, Sixten, Folke,
Torsten, Sune, Tage, Bror, Evert, Yngve, Jörgen, Glenn, Benny, Peder, Tim, Karl-Erik, Lars-Göran,
Per-Olof, Jan-Erik, Mohammad, Ture, Sigvard, Lage, Kennet, Staffan, Ove, Kjell-Åke, Hans-Erik,
Nils-Erik, Lars-Erik, Bo-Göran, Sven-Erik, Carl-Johan, Karl-Johan, Per-Erik, Lars-Olof, Jan-Olof,
Gustaf, Helge, Ragnar, Sigurd, Verner, Hilding, Assar, Algot, Edvard, Fritiof, Ragnvald, Ingvald,
Östen, Anders-Petter, Alf, Inge, Dick, Lasse, Pär, Jan-Åke, Jan-Olov, Olov, Per-Åke, Gert, Bernt,
Rutger, Reine, Jonny, Jerry, Dennis, Marko, Markus, Kristian, Christoffer, Johannes, Joel, Josef,
Ebbe, Matheo, Colin, Ali, Omar, Milo, Ville, Nelson, Loke, Sam, Malte, Love, Wilmer, Charlie,
Frank, Eddie, August, Knut, Vidar, Tor, Eskil, Måns, Bill, Sigge, Totte, Hjalmar, Gottfrid, Casper,
Kasper, Julius, Mauritz, Tore, Lukas, Elliot, Melker, Hannes, Ludwig, Carl-Axel, Nils-Olof,
Per-Anders, Lars-Åke, Bengt-Åke, Sten-Olof, Sture, Roine, Kåre, Mons, Ossian, Enok, Konrad, Gideon,
Johnny, Sonny, Rikard, Richard, Thorsten, Torgny, Göte, Gustav-Adolf, Fabian, Herman, Adrian, Emir,
Ibrahim, Yusuf, Mustafa, Ahmad, Mohamed, Hassan, Hussein, Arvin, Aron, Noel, Nicklas, Niclas, Elof,
Ellis, Bengt-Erik, Anselm, Sölve, Melwin, Lowe, Vilgot, Otis, Harry, Ingmar, Kenth, Lennarth, Jon,
Jonatan, Tommie, Janne, Eino, Ivan, Valdemar, Gunne, Albert, Arnold, Gerhard, Sigvald, Petrus,
Teodor, Vilhelm, Olav, Rudolf, Leopold, Hilmer, Nore, Tyko, Aslak, Mio, Kevin, Leon, Alex, Alfred,
Gunnar-Olof, Erland, Henning, Halvar, Gillis, Ingolf, Isidor, Jarl, Joar, Kalle, Kristofer, Hadar,
Matts, Mats-Olof, Nisse, Lorentz, Orvar, Mattis, Per-Gunnar, Ragge, Roy, Seth, Sigfrid, Sivert,
Sten-Åke, Stellan, Sören, Tord, Torvald, Tryggve, Uno, Valle, Vilmer, Wiktor, Nathanael, Åsmund,
Ebbot, Elvin, Fritz, Gunder, Hjalte, Ingve, Jarle, Lars-Gunnar, Leander, Lenny, Amadeus, Micael,
Nicolai, Odd, Dante, Ruben, Eliot, Tjabo, Justus, Ulrik, Sven-Olof
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
Holmqvist, Mohamed, Sundqvist, Sundström, Nordqvist, Jensen, Lindahl, Ibrahim, Ekman, Nordlund,
Ottosson, Johnsson, Lindell, Jacobsson, Sundin, Åström, Hedberg, Berntsson, Lundell, Mohammad,
Björkman, Göransson, Strand, Nordgren, Omar, Olausson, Forslund, Dahlgren, Sjöström, Lindblom,
Borg, Nyman, Engberg, Wahlström, Englund, Petersson, Hussein, Hedström, Malmberg, Ivarsson,
Carlsson, Lindén, Rosén, Ekberg, Bergkvist, Hallberg, Lilja, Hägg, Augustsson, Löfström, Ekholm,
Lindkvist, Nord, Karlberg, Edlund, Granath, Ahlberg, Boström, Jonasson, Adolfsson, Back, Wiklund,
Sörensen, Fors, Söderström, Kjellberg, Malm, Ahlström, Westerberg, Nygren, Hedman, Carlberg,
Nyqvist, Stenberg, Moberg, Sundell, Aronsson, Rydberg, Hjalmarsson, Lindroth, Sandin, Kristiansson,
Ljung, Öhman, Holmström, Forsman, Wallén, Bäckström, Sjödin, Lindh, Lindstedt, Ågren, Ljungberg,
Norén, Eklöf, Frisk, Rask, Wennberg, Holmén, Gran, Sahlin, Grahn, Lidén, Björnsson, Ohlsson, Ståhl,
Blomberg, Hellberg, Kvist, Wickström, Granström, Sjölund, Lundh, Nordberg, Svärd, Westin, Stål,
Ekstrand, Backman, Hammar, Alm, Palm, Rosenberg, Sandell, Zetterberg, Hellgren, Wallgren,
Löwenberg, Franzén, Enström, Nylund, Bergh, Törnqvist, Östlund, Lindmark, Bodin, Jäderberg, Dalin,
Skoglund, Thorén, Mörk, Rehn, Stenlund, Vesterlund, Strid, Östberg, Melin, Öström, Hjelm, Mellberg,
Tapper, Sundelin, Ekdahl, Engdahl, Nordén, Lövgren, Grönlund, Gustavsson, Ericsson, Carlström,
Nordahl, Wester, Wiberg, Ferm, Lagerqvist, Lagerlöf, Rydén, Sjöholm, Bengtzon, Hägglund, Öhrn,
Kronberg, Wahlberg, Ljunggren, Örn, Lindblad, Ekblad, Stenström, Sandqvist, Emanuelsson, Thulin,
Fagerström, Säll, Brodin, Lantz, Friberg, Sjöqvist, Tengvall, Ahl, Krantz, Granlund, Hultgren,
Swärd, Nordenberg, Ekelund, Tornberg, Lindwall, Åhlund, Wängberg, Dahlén, Sellberg, Nordenskiöld,
von Platen, af Klercker, De Geer, von Sydow, Lewenhaupt, Wachtmeister, Stiernstedt, Cederschiöld,
af Ugglas, von Essen, Bielke, Bonde, Gyllenborg, Silfverswärd, Uggla, Natt och Dag, Adlercreutz,
Lilliehöök, von Schwerin, Dufva, Kruse, Stjernswärd, Mannerheim, Hamilton, Douglas, Fleetwood,
Nordenfalk, Posse, Yousef, Abdi, Khalil, Hussain, Karimi, Rahimi, Nguyen, Yilmaz, Kaya, Ahmadi,
Mahmoud, Saleh, Jama, Farah, Osman, Nur, Korhonen, Virtanen, Nieminen, Mäkinen, Hakala, Niemi,
Heikkinen, Stolt, Svanberg, Lindesjö, Byström, Blomgren, Modig, Tell, Asplund, Gardell, Kullberg,
Rönnqvist, Sehlin, Hamrin, Edström, Dahlqvist, Rudberg, Sparre
""",
    150,
)

# The United States: Census 1990 (public domain), per cent of the population as weight.
US_F = weighted((
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
    ("Marianne", 0.042),
), 150)  # fmt: skip
US_M = weighted((
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
    ("Earnest", 0.031),
), 150)  # fmt: skip
US_S = weighted((
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
), 150)  # fmt: skip

# The United Kingdom: ONS rankings (given names as registered over the decades the adults of now
# were born; surnames as the country carries them), 1/rank.
UK_F = ranked(
    """
Sarah, Emma, Claire, Laura, Rebecca, Nicola, Rachel, Lisa, Amy, Jennifer, Emily, Sophie, Charlotte,
Hannah, Jessica, Lucy, Olivia, Katie, Samantha, Victoria, Helen, Elizabeth, Kelly, Louise, Joanne,
Michelle, Stephanie, Natalie, Amanda, Julie, Karen, Susan, Jane, Alison, Catherine, Jacqueline,
Deborah, Tracey, Donna, Angela, Dawn, Gemma, Hayley, Kirsty, Zoe, Jade, Chloe, Lauren, Megan,
Holly, Ellie, Grace, Georgia, Bethany, Amelia, Isla, Ava, Mia, Isabella, Poppy, Freya, Lily, Evie,
Jasmine, Ruby, Millie, Alice, Daisy, Phoebe, Florence, Margaret, Patricia, Linda, Barbara, Carol,
Christine, Janet, Pauline, Sandra, Gillian, Wendy, Lesley, Diane, Maureen, Kathleen, Anne, Ann,
Mary, Joan, Sheila, Jean, Brenda, Valerie, Elaine, Lorraine, Sharon, Tina, Joanna, Caroline, Kate,
Anna, Fiona, Kerry, Leanne, Stacey, Danielle, Jodie, Kimberley, Natasha, Abigail, Eleanor, Harriet,
Imogen, Molly, Scarlett, Sienna, Matilda, Rosie, Elsie, Ella, Sophia, Willow, Esme, Erin,
Katherine, Carly, Rachael, Siobhan, Bridget, Eilidh, Ffion, Cerys, Rhiannon, Niamh, Aoife, Caitlin,
Shannon, Paige, Courtney, Leah, Naomi, Heather, Yvonne, Beverley, Marion, Shirley, Doreen, Irene,
Sylvia, Jennie, Hazel, Gail, Ellen, Rosemary, Josephine, Frances, Judith, Julia, Penelope,
Philippa, Tamsin, Harriett, Bryony, Kayleigh, Lindsey, Lyndsey, Toni, Vicky, Nadia, Aisha, Amira,
Fatima, Maryam, Priya, Anjali, Zara, Layla, Maisie, Lottie, Nancy, Ivy, Edie, Iris, Arabella,
Beatrice, Clementine, Henrietta, Cressida, Araminta, Verity, Felicity, Tabitha, Jemima, Octavia,
Lowri, Seren, Mairi, Morag, Catriona, Kirstie, Shona, Ailsa, Orla, Saoirse, Ciara, Roisin, Maeve,
Sinead, Bronwen, Glenys, Carys, Nia, Sian, Elin, Gwen, Tegan, Sadie, Martha, Edith, Mabel,
Winifred, Dorothy, Gladys, Hilda, Ethel, Audrey, Pamela, Rita, Norma, June, Gwendoline, Muriel,
Vera, Kathryn, Debra, Andrea, Tanya, Melanie, Sally, Vanessa, Annabel, Eloise, Clara, Delilah
""",
    130,
)

UK_M = ranked(
    """
David, John, Paul, Mark, James, Andrew, Michael, Richard, Peter, Robert, Stephen, Christopher,
Daniel, Matthew, Thomas, William, Ian, Simon, Gary, Anthony, Steven, Martin, Kevin, Lee, Jonathan,
Neil, Craig, Darren, Stuart, Alan, Graham, Philip, Adam, Benjamin, Samuel, Joshua, Luke, Jack,
Oliver, Harry, George, Charlie, Jacob, Alfie, Noah, Oscar, Leo, Archie, Freddie, Henry, Joseph,
Edward, Alexander, Jake, Ryan, Liam, Nathan, Callum, Connor, Kieran, Jamie, Scott, Dean, Wayne,
Carl, Shaun, Jason, Nicholas, Timothy, Kenneth, Brian, Colin, Keith, Trevor, Derek, Roger, Terence,
Barry, Malcolm, Dennis, Raymond, Geoffrey, Gordon, Douglas, Hugh, Alistair, Duncan, Fraser, Ross,
Euan, Hamish, Angus, Rhys, Dylan, Gareth, Owain, Dafydd, Iwan, Sean, Patrick, Declan, Ciaran,
Conor, Aidan, Cian, Oisin, Tyler, Jordan, Bradley, Lewis, Ethan, Toby, Max, Theo, Arthur, Teddy,
Reggie, Albie, Frederick, Elliot, Tom, Ben, Rory, Finley, Louis, Sebastian, Hugo, Rupert, Piers,
Giles, Tristan, Jasper, Felix, Dominic, Marcus, Tony, Nigel, Clive, Julian, Howard, Russell,
Adrian, Ashley, Karl, Lloyd, Glenn, Jeremy, Frank, Harold, Albert, Ernest, Stanley, Leslie, Cyril,
Norman, Eric, Walter, Leonard, Sidney, Arnold, Mohammed, Muhammad, Ali, Omar, Ibrahim, Yusuf,
Hassan, Imran, Arjun, Rohan, Ravi, Sanjay, Vikram, Harpreet, Gurpreet, Kwame, Kofi, Tobias,
Barnaby, Benedict, Crispin, Lachlan, Callum-James, Ewan, Murray, Alasdair, Gregor, Fergus, Calum,
Ruaridh, Niall, Cormac, Padraig, Eoin, Ronan, Emyr, Gethin, Idris, Huw, Emrys, Bryn, Aled, Morgan,
Ieuan, Jenson, Harley, Ronnie, Brandon, Reece, Kyle, Mason, Riley, Logan, Harvey, Jayden, Kai,
Zachary, Joel, Reuben, Elijah, Isaac
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
Elliott, Reynolds, Saunders, Payne, Fox, Ford, Pearce, Day, Brooks, West, Lawrence, Cole, Atkinson,
Bradley, Spencer, Gill, Dawson, Ball, Burton, O'Brien, Watts, Rose, Booth, Perry, Ryan, Grant,
Wells, Armstrong, Francis, Rees, Hayes, Hart, Hudson, Newman, Barrett, Webster, Hunter, Gregory,
Carr, Lowe, Page, Marsh, Riley, Dunn, Woods, Parsons, Berry, Stone, Reid, Holland, Hawkins,
Harding, Porter, Robertson, Newton, Oliver, Reed, Kennedy, Williamson, Bird, Gardner, Shah, Dean,
Lane, Cooke, Bates, Henderson, Parry, Burgess, Bishop, Walton, Burns, Nicholson, Shepherd, Ross,
Cross, Long, Freeman, Warren, Nicholls, Byrne, Sutton, McDonald, Yates, Hodgson, Robson, Curtis,
Hopkins, O'Connor, Harper, Coleman, Watkins, Moss, McCarthy, Chambers, O'Neill, Griffin, Sharp,
Hardy, Wheeler, Potter, Osborne, Johnston, Gordon, Doyle, Wallace, George, Jordan, Hutchinson,
Rowe, Burke, May, Pritchard, Gilbert, Willis, Higgins, Read, Miles, Stevenson, Stephenson, Hammond,
Arnold, Buckley, Walters, Hewitt, Barber, Nelson, Slater, Austin, Sullivan, Whitehead, Mann, Frost,
Lambert, Stephens, Blake, Akhtar, Lynch, Goodwin, Barton, Woodward, Thomson, Cunningham, Quinn,
Barnett, Baxter, Bibi, Clayton, Nash, Greenwood, Jennings, Holt, Kemp, Poole, Gallagher, Bond,
Stokes, Tucker, Davidson, Fowler, Heath, Norman, Middleton, Lawson, Banks, French, Stanley, Jarvis,
Gibbs, Ferguson, Hayward, Carroll, Farmer, Hicks, Dennis, Moran, Whittaker, Pugh, Lord, Morton,
Mahmood, Rahman, Iqbal, Hussein, Fitzgerald, McKenzie, MacLeod, Sinclair, Fraser, Mackay, Morrison,
Duffy, Brennan, Doherty, Lynn, Lloyd-Jones, Bowen-Smith, Ashworth, Ainsworth, Pilkington,
Entwistle, Haworth, Trelawny, Penrose, Pascoe, Tregear, Llewellyn, Pryce, Vaughan, Prosser,
Rowlands, Gwynne
""",
    150,
)

FI_F = ranked(
    "Tuula, Pirjo, Riitta, Seija, Marja, Anneli, Päivi, Leena, Sirpa, Eila, Aila, Helena, Kaarina, Tiina, Sari, Minna, Satu, Anu, Kirsi, Eija, Aino, Hannele, Liisa, Marjatta, Terttu, Raija",
    10,
)
FI_M = ranked(
    "Juha, Timo, Matti, Kari, Jari, Mikko, Pekka, Markku, Antti, Jukka, Mika, Hannu, Heikki, Seppo, Ari, Janne, Sami, Petri, Pentti, Esa, Veikko, Raimo, Kalevi, Tapio, Erkki, Pertti",
    10,
)
FI_S = ranked(
    "Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen",
    10,
)

# Arabic: Iraq and Syria, with Assyrian/Syriac names (Sweden's Södertälje and beyond).
AR_F = ranked(
    "Fatima, Maryam, Zainab, Nour, Sara, Aya, Hiba, Rana, Layla, Amal, Huda, Rania, Noor, Samira, Hanan, Yasmin, Dalia, Lina, Reem, Shatha, Ninorta, Shamiram, Maryana, Nahrain, Rima, Zahra, Sabrin",
    10,
)
AR_M = ranked(
    "Mohammed, Ahmed, Ali, Omar, Hassan, Hussein, Mustafa, Khaled, Ibrahim, Yousef, Abdullah, Mahmoud, Karim, Samir, Ammar, Haider, Firas, Bassam, Ninos, Sargon, Ashur, Fadi, Rami, Elias, Gabriel, Saad",
    10,
)
AR_S = ranked(
    "Ali, Mohammed, Ahmed, Hassan, Hussein, Ibrahim, Abdullah, Khalil, Saleh, Mahmoud, Al-Hashimi, Jaber, Kadhim, Abbas, Jasim, Haddad, Shamoun, Barsoum, Saliba, Yousef, Gabriel, Isaac, Aziz, Nasser, Al-Obaidi, Al-Saadi, Hanna, Danho, Lahdo, Sabri, Yakoub",
    10,
)

SO_F = ranked(
    "Hodan, Amina, Fadumo, Hawa, Asha, Sahra, Ifrah, Nimco, Halima, Khadija, Ayaan, Deqa, Hibo, Sagal, Muna, Ubah, Idil, Ilhan, Hamdi, Faiza, Safiya",
    10,
)
SO_M = ranked(
    "Abdi, Mohamed, Ahmed, Abdirahman, Abdullahi, Hassan, Ali, Omar, Yusuf, Ismail, Abdikadir, Liban, Mahad, Said, Farah, Hussein, Abdiaziz, Mustafe, Guled, Bashir, Hamza",
    10,
)
SO_S = ranked(
    "Mohamed, Ahmed, Ali, Hassan, Abdi, Hussein, Omar, Farah, Warsame, Osman, Abdullahi, Ibrahim, Yusuf, Ismail, Jama, Aden, Nur, Hirsi, Egal, Duale, Mohamud, Abdulle, Jimale",
    10,
)

PL_F = ranked(
    "Anna, Katarzyna, Maria, Małgorzata, Agnieszka, Barbara, Ewa, Magdalena, Joanna, Krystyna, Elżbieta, Monika, Aleksandra, Dorota, Justyna, Beata, Karolina, Natalia, Paulina, Marta, Jolanta, Iwona, Zofia, Agata",
    10,
)
PL_M = ranked(
    "Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Marcin, Michał, Jan, Łukasz, Grzegorz, Marek, Adam, Wojciech, Mariusz, Dariusz, Rafał, Kamil, Jakub, Mateusz, Zbigniew, Jerzy, Tadeusz, Sławomir, Przemysław",
    10,
)
PL_S = ranked(
    "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Kwiatkowski, Wojciechowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Zawadzki, Czarnecki, Górecki, Michalski, Król, Wieczorek, Jabłoński, Nowicki, Wróbel, Sikora, Baran",
    10,
)

FA_F = ranked(
    "Maryam, Fatemeh, Zahra, Sara, Narges, Leila, Shirin, Mina, Nasrin, Parisa, Azadeh, Roya, Mahnaz, Shabnam, Neda, Nazanin, Samira, Elham, Farzaneh, Golnaz, Mahsa, Soheila, Parvin, Ladan",
    10,
)
FA_M = ranked(
    "Mohammad, Ali, Reza, Hossein, Mehdi, Amir, Hamid, Majid, Saeed, Behzad, Babak, Farid, Kaveh, Dariush, Arash, Omid, Navid, Kourosh, Hassan, Jalal, Mansour, Payam, Shahram, Bijan",
    10,
)
FA_S = ranked(
    "Mohammadi, Hosseini, Ahmadi, Rezaei, Moradi, Karimi, Hashemi, Rahimi, Jafari, Sadeghi, Ghasemi, Rostami, Mousavi, Akbari, Kazemi, Hosseinzadeh, Tehrani, Farahani, Nazari, Rahmani, Ebrahimi, Bagheri, Amini, Soltani, Shirazi, Najafi",
    10,
)

# Bosnian, Serbian and Croatian.
BCS_F = ranked(
    "Amra, Emina, Lejla, Selma, Jasmina, Azra, Amela, Mirela, Sanela, Ana, Marija, Ivana, Jelena, Dragana, Snežana, Vesna, Mirjana, Maja, Nermina, Alma, Elma, Aida, Merima, Senada, Zorica",
    10,
)
BCS_M = ranked(
    "Amir, Adnan, Mirza, Emir, Edin, Senad, Nermin, Haris, Jasmin, Damir, Dragan, Zoran, Goran, Milan, Nikola, Marko, Ivan, Stefan, Dejan, Nenad, Igor, Davor, Mladen, Tomislav, Alen",
    10,
)
BCS_S = ranked(
    "Hodžić, Hadžić, Kovačević, Begić, Delić, Mehmedović, Hasanović, Husić, Ibrahimović, Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Horvat, Babić, Kovačić, Marić, Jurić, Knežević, Popović, Pavlović, Šehić, Alić, Čolić, Omerović, Muratović",
    10,
)

TR_F = ranked(
    "Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Meryem, Şerife, Zehra, Sultan, Hanife, Merve, Özlem, Esra, Büşra, Derya, Gül, Songül, Yasemin, Ebru, Sevgi, Hülya, Aylin, Sibel",
    10,
)
TR_M = ranked(
    "Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Osman, Yusuf, Murat, Ömer, Ramazan, Halil, Süleyman, Abdullah, Mahmut, Recep, Salih, Fatih, Kemal, Emre, Serkan, Burak, Cem",
    10,
)
TR_S = ranked(
    "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Özer, Erdoğan, Güneş, Aksoy, Tekin, Yavuz, Ateş",
    10,
)

# Eritrea: the father's given name serves as the surname.
ER_F = ranked(
    "Helen, Senait, Mehret, Selam, Yordanos, Saba, Tsega, Rahwa, Winta, Feven, Hiwet, Almaz, Lemlem, Azieb, Freweini, Ruta, Semhar, Eden, Abeba, Mebrat",
    10,
)
ER_M = ranked(
    "Yonas, Daniel, Tesfay, Samuel, Mehari, Tekle, Habte, Kidane, Yohannes, Filmon, Dawit, Berhane, Goitom, Tesfaldet, Mussie, Robel, Amanuel, Haile, Michael, Ermias, Biniam, Efrem, Yemane",
    10,
)
ER_S = ranked(
    "Tesfay, Habte, Tekle, Kidane, Gebremedhin, Berhe, Haile, Woldu, Gebremariam, Mebrahtu, Yohannes, Ghebreyesus, Tesfamariam, Asmerom, Weldemichael, Negash, Andemariam, Okbay, Zerai, Kahsay",
    10,
)

AF_F = ranked(
    "Fatima, Maryam, Zahra, Shabnam, Malalai, Mursal, Farzana, Nazia, Roya, Parwana, Freshta, Marzia, Zarghona, Laila, Mina, Sadia, Hasina, Nilofar, Gulalai, Tahmina",
    10,
)
AF_M = ranked(
    "Mohammad, Ahmad, Ali, Abdul, Hamid, Rahim, Jawad, Mustafa, Sayed, Hussain, Noor, Rahmatullah, Habibullah, Farhad, Javid, Rashid, Naweed, Wahid, Karim, Zabihullah, Samiullah, Hamza, Elyas",
    10,
)
AF_S = ranked(
    "Ahmadi, Mohammadi, Rahimi, Hussaini, Karimi, Hakimi, Sultani, Noori, Azizi, Rezaie, Amiri, Haidari, Sadat, Popal, Stanekzai, Ahmadzai, Wardak, Safi, Habibi, Jafari, Nazari, Akbari, Qaderi, Durrani",
    10,
)

TH_F = ranked(
    "Siriporn, Malee, Supaporn, Kanya, Pranee, Nittaya, Wanida, Sunisa, Jintana, Ratana, Sukanya, Pornthip, Lamai, Sasithorn, Kanokwan, Duangjai, Araya, Orathai, Chanida, Warunee, Saowalak, Pimchanok",
    10,
)
TH_M = ranked(
    "Somchai, Somsak, Prasert, Sombat, Surasak, Chaiwat, Wichai, Anan, Niran, Kittisak, Sompong, Thanawat, Nattapong, Arthit, Boonmee, Pichai, Apichat, Wirat",
    10,
)
TH_S = ranked(
    "Saetang, Srisuk, Thongdee, Chaiyaporn, Rattanakorn, Suksawat, Boonyarit, Kaewkham, Wongsawat, Phromma, Jaidee, Srisawat, Sukjai, Chanthara, Kongkaew, Sangthong, Bunmee, Somboon, Charoenrat, Inthasorn",
    10,
)

# Chile and Latin America: two surnames (father's, then mother's) in 60% of names.
LA_F = ranked(
    "María, Carolina, Camila, Valentina, Daniela, Francisca, Javiera, Constanza, Catalina, Fernanda, Paula, Claudia, Andrea, Patricia, Verónica, Gabriela, Natalia, Ximena, Paola, Marcela, Carmen, Rosa, Lorena, Alejandra",
    10,
)
LA_M = ranked(
    "Juan, José, Luis, Carlos, Jorge, Francisco, Cristián, Diego, Sebastián, Felipe, Matías, Pablo, Rodrigo, Manuel, Pedro, Miguel, Alejandro, Gonzalo, Patricio, Mauricio, Andrés, Claudio, Marcelo, Hernán",
    10,
)
LA_S = ranked(
    "González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo, Tapia, Reyes, Gutiérrez, Castro, Pizarro, Álvarez, Vásquez, Sánchez, Fernández",
    10,
)

KU_F = ranked(
    "Rojda, Berfin, Zilan, Nazdar, Shilan, Dilan, Rojin, Avin, Helin, Jiyan, Nasrin, Bahar, Gulistan, Viyan, Ronahi, Narin, Rezan, Kajal, Sozan, Shirin, Hana",
    10,
)
KU_M = ranked(
    "Azad, Rebwar, Dilshad, Aram, Karwan, Hemin, Shorsh, Kawa, Rizgar, Sherzad, Baran, Serhat, Zana, Dara, Hiwa, Diyar, Soran, Ako, Bakhtiyar, Goran, Hogir, Rojhat",
    10,
)
KU_S = ranked(
    "Ahmed, Mohammed, Aziz, Kareem, Hassan, Rashid, Barzani, Mahmoud, Omar, Amin, Faraj, Saleh, Qadir, Osman, Mustafa, Baban, Hawrami, Zebari, Rasul, Jaff, Doski, Botani",
    10,
)

# Also common in Sweden: Germany, India (the IT and engineering firms) and Ukraine.
DE_F = ranked(
    "Sabine, Susanne, Petra, Claudia, Andrea, Stefanie, Julia, Katharina, Anja, Nicole, Monika, Ursula, Christina, Birgit, Heike, Kerstin, Martina, Lena, Hannah, Sophie, Annika",
    10,
)
DE_M = ranked(
    "Thomas, Michael, Andreas, Stefan, Christian, Markus, Frank, Jürgen, Klaus, Wolfgang, Matthias, Tobias, Jan, Sebastian, Florian, Uwe, Dirk, Jens, Torsten, Lukas, Felix",
    10,
)
DE_S = ranked(
    "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, Hofmann, Hartmann",
    10,
)

IN_F = ranked(
    "Priya, Anjali, Divya, Pooja, Sneha, Lakshmi, Kavya, Deepika, Neha, Swati, Aishwarya, Shruti, Meera, Ananya, Nisha, Ritu, Sunita, Rekha, Harpreet, Shalini",
    10,
)
IN_M = ranked(
    "Rahul, Amit, Rajesh, Vikram, Arjun, Suresh, Sanjay, Anil, Ravi, Karthik, Vijay, Rohit, Aditya, Pradeep, Manoj, Srinivas, Deepak, Harish, Nikhil, Gaurav, Ajay",
    10,
)
IN_S = ranked(
    "Sharma, Kumar, Singh, Patel, Reddy, Gupta, Rao, Iyer, Nair, Shah, Mehta, Joshi, Verma, Krishnan, Menon, Pillai, Agarwal, Chatterjee, Banerjee, Desai, Kulkarni, Bhat",
    10,
)

UA_F = ranked(
    "Olena, Oksana, Iryna, Natalia, Tetiana, Svitlana, Yulia, Kateryna, Anastasiia, Olha, Maria, Viktoriia, Halyna, Liudmyla, Nadiia, Daria, Sofiia, Khrystyna",
    10,
)
UA_M = ranked(
    "Oleksandr, Andrii, Serhii, Volodymyr, Oleh, Mykola, Dmytro, Ivan, Vasyl, Yurii, Viktor, Mykhailo, Maksym, Taras, Bohdan, Roman, Petro, Artem",
    10,
)
UA_S = ranked(
    "Melnyk, Shevchenko, Boiko, Kovalenko, Bondarenko, Tkachenko, Kovalchuk, Kravchenko, Oliinyk, Shevchuk, Koval, Polishchuk, Bondar, Tkachuk, Moroz, Marchenko, Lysenko, Rudenko, Savchenko, Petrenko",
    10,
)

ORIGINS = {
    "swedish": Origin(SV_F, SV_M, SV_S),
    "us": Origin(US_F, US_M, US_S),
    "uk": Origin(UK_F, UK_M, UK_S),
    "finnish": Origin(FI_F, FI_M, FI_S),
    "arabic": Origin(AR_F, AR_M, AR_S),
    "somali": Origin(SO_F, SO_M, SO_S),
    "polish": Origin(PL_F, PL_M, PL_S),
    "persian": Origin(FA_F, FA_M, FA_S),
    "bcs": Origin(BCS_F, BCS_M, BCS_S),
    "turkish": Origin(TR_F, TR_M, TR_S),
    "eritrean": Origin(ER_F, ER_M, ER_S),
    "afghan": Origin(AF_F, AF_M, AF_S),
    "thai": Origin(TH_F, TH_M, TH_S),
    "latin": Origin(LA_F, LA_M, LA_S),
    "kurdish": Origin(KU_F, KU_M, KU_S),
    "german": Origin(DE_F, DE_M, DE_S),
    "indian": Origin(IN_F, IN_M, IN_S),
    "ukrainian": Origin(UA_F, UA_M, UA_S),
}

# Who is named, per language of the text: roughly as Sweden's population is in Swedish and mixed
# text (Swedish largest), the US and the UK first in English text.
MIXES = {
    "sv": {
        "swedish": 68, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5, "eritrean": 1.2, "german": 1.2,
        "thai": 1, "latin": 1, "indian": 1, "ukrainian": 1, "uk": 0.8, "us": 0.6,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 9, "indian": 3, "arabic": 2, "polish": 2, "latin": 2,
        "german": 1.5, "finnish": 1, "persian": 1, "turkish": 1, "somali": 0.8, "ukrainian": 0.8,
        "thai": 0.7, "bcs": 0.7, "afghan": 0.5, "eritrean": 0.5, "kurdish": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 10, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
        "persian": 2.5, "indian": 2, "german": 1.5, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5,
        "afghan": 1.5, "eritrean": 1, "thai": 1, "latin": 1, "ukrainian": 1,
    },
}  # fmt: skip

# Short forms people are called by.
NICK_SV = {
    "Lars": ["Lasse"], "Mikael": ["Micke"], "Joakim": ["Jocke"], "Karl": ["Kalle"], "Per": ["Pelle", "Perra"],
    "Charlotte": ["Lotta"], "Charlotta": ["Lotta"], "Susanne": ["Sussie", "Sanna"], "Marcus": ["Mackan"],
    "Markus": ["Mackan"], "Thomas": ["Tompa"], "Tomas": ["Tompa"], "Kristoffer": ["Krille"],
    "Christoffer": ["Krille"], "Elisabeth": ["Lisa", "Bettan"], "Elisabet": ["Bettan"], "Katarina": ["Kattis"],
    "Margareta": ["Maggan", "Greta"], "Fredrik": ["Fredde"], "Patrik": ["Patte"], "Magnus": ["Mange"],
    "Henrik": ["Henke"], "Jonas": ["Jonte"], "Robert": ["Robban"], "Daniel": ["Danne"], "Andreas": ["Andy"],
    "Stefan": ["Steffe"], "Mattias": ["Matte"], "Mathias": ["Matte"], "Niklas": ["Nicke"], "Jan": ["Janne"],
    "Hans": ["Hasse"], "Gustav": ["Gurra"], "Ulrika": ["Ullis"], "Kristina": ["Stina", "Kicki"],
    "Birgitta": ["Gittan", "Bittan"], "Cecilia": ["Cissi"], "Viktoria": ["Vickan"], "Victoria": ["Vickan"],
    "Jessica": ["Jessie"], "Josefin": ["Jossan"], "Madeleine": ["Madde"], "Therese": ["Tessan"],
    "Rebecka": ["Becka"], "Sebastian": ["Sebbe"], "Alexander": ["Alex", "Acke"], "Oskar": ["Ogge"],
    "Wilhelm": ["Wille"], "William": ["Wille"], "Ludvig": ["Ludde"], "Filip": ["Fille"], "Albin": ["Abbe"],
    "Isabelle": ["Bella"], "Matilda": ["Tilda"], "Nils": ["Nisse"], "Torbjörn": ["Tobbe"], "Tobias": ["Tobbe"],
    "Bengt": ["Bengan"], "Kenneth": ["Kenta"], "Leif": ["Leffe"], "Rolf": ["Roffe"], "Ulf": ["Uffe"],
    "Gunilla": ["Gunnis"], "Johanna": ["Jojo"], "Ingrid": ["Ingis"], "Anders": ["Ante"],
    "Göran": ["Gurra"], "Christer": ["Kicken"], "Mohammad": ["Mo"], "Emelie": ["Emmy"],
}  # fmt: skip
NICK_EN = {
    "William": ["Will", "Bill"], "Robert": ["Rob", "Bob"], "Elizabeth": ["Liz", "Beth"], "Jennifer": ["Jen", "Jenny"],
    "Michael": ["Mike"], "Christopher": ["Chris"], "Jonathan": ["Jon"], "Katherine": ["Kate", "Katie"],
    "Margaret": ["Maggie", "Peggy"], "Richard": ["Rick", "Richie"], "James": ["Jim", "Jamie"], "Thomas": ["Tom"],
    "Daniel": ["Dan", "Danny"], "Matthew": ["Matt"], "Samantha": ["Sam"], "Alexander": ["Alex"], "Nicholas": ["Nick"],
    "Anthony": ["Tony"], "Edward": ["Ed", "Ted"], "Rebecca": ["Becky", "Bex"], "Victoria": ["Vicky"],
    "Deborah": ["Debbie"], "Patricia": ["Pat", "Trish"], "Susan": ["Sue"], "Charles": ["Charlie"],
    "Benjamin": ["Ben"], "Joseph": ["Joe"], "David": ["Dave"], "Stephen": ["Steve"], "Steven": ["Steve"],
    "Andrew": ["Andy", "Drew"], "Timothy": ["Tim"], "Jessica": ["Jess"], "Abigail": ["Abby"],
    "Catherine": ["Cathy", "Kate"], "Christine": ["Chris"], "Kimberly": ["Kim"], "Pamela": ["Pam"],
    "Gregory": ["Greg"], "Joshua": ["Josh"], "Zachary": ["Zach"], "Samuel": ["Sam"], "Eleanor": ["Ellie"],
    "Alexandra": ["Lexi", "Alex"], "Philip": ["Phil"], "Raymond": ["Ray"], "Kenneth": ["Ken"], "Frederick": ["Fred"],
    "Gerald": ["Gerry"], "Lawrence": ["Larry"], "Donald": ["Don"], "Ronald": ["Ron"], "Barbara": ["Barb"],
}  # fmt: skip
NICK_PL = {
    "Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"], "Aleksandra": ["Ola"], "Wojciech": ["Wojtek"],
    "Krzysztof": ["Krzysiek"], "Agnieszka": ["Aga"], "Magdalena": ["Magda"], "Tomasz": ["Tomek"],
}  # fmt: skip
NICKNAMES = {"swedish": NICK_SV, "us": NICK_EN, "uk": NICK_EN, "polish": NICK_PL}
