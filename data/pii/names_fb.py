# ruff: noqa: E501
"""Name pools of held-out FB (issue 15): who is named, by how often people carry the name.

Written from general knowledge by a helper who read no other set's names and checked no name
against rung's lexicons: Swedish given names and surnames in the order of SCB's name statistics
(weight 1/rank; head the top 150, a tail of rarer names past them), the US Census 1990 lists (the
census per cent as weight, head 150; copied from the `names` package's data files), UK given names
and surnames in the order of the ONS rankings (1/rank), and the commonest given names and surnames
of origins common in Sweden (1/rank, head 10). `MIXES` says who is named in each language's text.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this probability, else its tail


@dataclass(frozen=True)
class Pool:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int  # names[:head] are the head, names[head:] the tail


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def ranked(text: str, head: int) -> Pool:
    """A pool from names in rank order (comma-separated), weight 1/rank; duplicates dropped."""
    names: list[str] = []
    for raw in text.split(","):
        name = " ".join(raw.split())
        if name and name not in names:
            names.append(name)
    return Pool(
        tuple(names), tuple(1 / rank for rank in range(1, len(names) + 1)), min(head, len(names))
    )


def weighted(pairs: tuple[tuple[str, float], ...], head: int) -> Pool:
    """A pool from (name, per cent) pairs as the census gives them."""
    return Pool(tuple(n for n, _ in pairs), tuple(w for _, w in pairs), head)


SPECIAL = str.maketrans(
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
    """The word typed without its letters: `Wiśniewski` -> `Wisniewski`, `Đorđević` -> `Djordjevic`."""
    decomposed = unicodedata.normalize("NFKD", word.translate(SPECIAL))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# Swedish women's given names, SCB's order (the whole population), head 150, then rarer names.
SV_F = ranked(
    """
    Anna, Eva, Maria, Karin, Sara, Kristina, Lena, Emma, Kerstin, Ingrid, Marie, Malin, Sofia,
    Christina, Hanna, Linnéa, Elin, Jenny, Annika, Ida, Birgitta, Susanne, Julia, Johanna, Linda,
    Monica, Elisabeth, Carina, Inger, Ulla, Helena, Camilla, Margareta, Cecilia, Åsa, Amanda, Elsa,
    Sandra, Anneli, Therese, Alice, Matilda, Ebba, Gunilla, Katarina, Lisa, Frida, Ulrika, Louise,
    Maja, Lovisa, Jessica, Anette, Caroline, Emelie, Klara, Ella, Siv, Ann, Agneta, Wilma, Gun, Mona,
    Josefin, Marianne, Anita, Moa, Madeleine, Britt, Barbro, Yvonne, Victoria, Alva, Mikaela, Ingela,
    Rebecka, Elvira, Agnes, Lina, Astrid, Pia, Charlotte, Felicia, Nathalie, Elena, Vera, Ellen,
    Emilia, Irene, Gunnel, Olivia, Viktoria, Lillemor, Margit, Ronja, Birgit, Inga, Stina, Viola,
    Britt-Marie, Ann-Christin, Ester, Tove, Isabelle, Saga, Ingegerd, Ann-Marie, Signe, Erika, Selma,
    Elsie, Jennie, Mia, Jeanette, Tilda, Nora, Greta, Maj, Ingeborg, Gudrun, Märta, Sofie, Josefine,
    Evelina, Alexandra, Hedvig, Lilly, Eleonor, Isabella, Harriet, Sigrid, Fanny, Rut, Mira, Tindra,
    Ylva, Majken, Maud, Tuva, Sonja, Gerd, Berit, Solveig, Rakel, Vilma, Melissa, Marita, Ewa,
    Elisabet, Linn,
    Kajsa, Mathilda, Freja, Nellie, Liv, Stella, Lea, Juni, Meja, Thea, Elina, Hilda, Edith, Svea,
    Tyra, Lykke, Majvor, Majbritt, Kristin, Karolina, Malva, Tekla, Idun, Iris, Jasmine, Amelia,
    Nova, Mollie, Ellinor, Cornelia, Linnea, Lotta, Petra, Pernilla, Annelie, Marlene, Mari,
    Mari-Louise, Rose-Marie, Ann-Sofie, Ann-Louise, Anna-Karin, Anna-Lena, Eva-Lena, Lise-Lotte,
    Gun-Britt, Britt-Inger, Anna-Maria, Helen, Teresia, Rebecca, Nina, Sanna, Emmy, Fredrika, Hedda,
    Vendela, Minna, Valborg, Asta, Elna, Dagny, Ingegärd, Gunhild, Elvy, Ulla-Britt, Tina, Eivor,
    Gunvor, Sylvia, Laila, Lilian, Irma, Ragnhild, Hjördis, Dagmar, Alfhild, Elfrida, Estrid,
    Gullvi, Lisbeth, Ann-Kristin, Anne, Annette, Anja, Gabriella, Daniela, Angelica, Jonna, Madelene,
    Emilie, Elly, Alicia, Natalie, Veronica, Charlotta, Catharina, Katrin, Christine, Marina,
    Regina, Rosita, Alma, Ines, Elise, Elisa, Mila, Nicole, Celine, Lova, Vilja, Fatima, Maryam,
    Amina, Siri, Märit, Ingalill, Eva-Karin, Stephanie, Jenni, Annie, Evy, Doris, Ulrica,
    Monika, Susann, Anneliese, Hilma, Edla, Hulda, Sally,
    Elsy, Inez, Tora, Hanne, Merja, Pirjo, Marit, Britta, Agda, Aina, Alida, Amalia, Beatrice,
    Bodil, Carin, Catrin, Cristina, Dorotea, Elise-Marie, Embla, Emmeli, Evelin,
    Filippa, Gertrud, Gisela, Gunborg, Henrietta, Hillevi, Ingalena, Ingrid-Marie, Isa, Jannike,
    Jill, Jolin, Josephine, Kamilla, Katja, Lejla, Liselott, Louisa, Lovis, Magdalena, Maj-Britt,
    Malou, Marica, Marielle, Meta, My, Naima, Nanna, Olga, Ottilia, Paula, Ragna, Rosa,
    Sabina, Siw, Stefanie, Susan, Tea, Teodora, Tiina, Titti, Tova,
    Vanja, Wendela, Åse, Agnetha, Alexia, Alfrida, Aurora, Bella, Betty,
    Carola, Carolina, Elida, Eira, Emy, Gunda, Hildur, Ingvor, Irja, Janina, Juliana, Lilja, Lisen,
    Livia, Lydia, Majlis, Malena, Mariana, Marika, Maya, Melina, Mirja, Märtha, Nea, Nelly, Ninni,
    Paulina, Rigmor, Ritva, Runa, Sigun, Solbritt, Tuula, Ulla-Karin, Unni, Vivi, Vivianne,
    Wilhelmina, Yasmin, Zara, Zeinab
""",
    150,
)
# Swedish men's given names, SCB's order, head 150, then rarer names.
SV_M = ranked(
    """
    Lars, Mikael, Anders, Johan, Per, Erik, Karl, Peter, Jan, Thomas, Daniel, Fredrik, Hans,
    Andreas, Stefan, Bengt, Mats, Bo, Alexander, Magnus, Mattias, Marcus, Jonas, Nils, Oskar, Leif,
    Sven, Björn, Ulf, Niklas, Göran, Henrik, David, Martin, Christer, Emil, Viktor, Robert, Gustav,
    William, Lucas, Rolf, Simon, Filip, Kent, Joakim, Sebastian, Elias, Patrik, Tommy, Christoffer,
    Anton, Jonathan, Åke, Kjell, Roger, Håkan, Oliver, Gunnar, Rickard, Hugo, Adam, Lennart, Axel,
    Jakob, Ludvig, Stig, Tobias, Robin, Kenneth, Dennis, Jörgen, Liam, Linus, Isak, Christian,
    Albin, Claes, Sten, Arne, Ingvar, Rasmus, Olle, Jesper, Emanuel, Olof, Kurt, Noah, Vincent,
    Theo, Gösta, Felix, Edvin, Benjamin, Carl, Alfred, Gustaf, Johannes, Hampus, Max, Leo, Arvid,
    Samuel, Ronny, Pontus, Mohammad, Kevin, Torbjörn, Roland, Bertil, Lars-Erik, Karl-Erik,
    Per-Olof, Jimmy, Ove, Tomas, Josef, Elliot, Harald, Ali, Jonny, Mohamed, Ingemar, Conny, Tore,
    Lars-Göran, Börje, Allan, Torsten, Sture, Rune, Bernt, Gert, Urban, Folke, Evert, Tage, Ahmed,
    Frank, Erling, Kristian, Jens, Dan, Mohammed, Lage, Lasse, Nicklas, Walter, Valter, Holger,
    Sixten, Melvin, Frans, Ebbe, Viggo, Loke, Otto, Malte, Hjalmar, Vilgot, Wilhelm, Vilhelm, Algot,
    Ture, Helge, Nils-Erik, Jan-Erik, Per-Anders, Lars-Olof, Karl-Johan, Jan-Olof, Sven-Erik,
    Bengt-Göran, Carl-Johan, Hans-Olof, Stig-Arne, Einar, Yngve, Assar, Elis, Edvard, Douglas, Dag,
    Tor, Sune, Birger, Ragnar, Sigvard, Ivar, Gottfrid, Artur, Arthur, Inge, Jarl, Ragnvald, Östen,
    Ola, Pelle, Krister, Kristoffer, Christopher, Mathias, Matthias, Markus, Niclas, Rikard,
    Richard, Jimmie, Joel, Jacob, Isac, Melker, Sigge, Colin, Charlie, Milo, Gabriel, Adrian,
    Kasper, Casper, Oscar, Lukas, Love, Victor, Ville, Leon, Levi, Aron, Omar, Hassan, Yusuf,
    Ibrahim, Mustafa, Hussein, Fabian, Tim, Johnny, Hannes, Lars-Åke, Kjell-Åke, Per-Erik, Alf,
    Alvar, Alvin, Bror, Kennet, Mårten, Olov, Orvar, Ossian, Sölve, Tord, Torgny, Valdemar, Vidar,
    Stellan, Staffan, Sverker, Svante, Torvald, Bo-Göran, Eddie, Eskil, Gunder,
    Halvar, Henning, Herbert, Ingmar, Jon, Karl-Axel, Knut, Lars-Gunnar, Lennarth, Ludde, Mats-Olov, Natanael, Nisse, Per-Arne, Petter, Ragge, Roine,
    Sam, Seth, Sigurd, Sivert, Stig-Olof, Tony, Thor, Ulrik, Uno, Verner, Waldemar, Wiktor,
    Wille, Örjan, Gunne, Kaj, Joar, Leopold, Lennie, Morgan, Nicolas,
    Patric, Reine, Ruben, Sakarias, Tuve, Vide, Evald, Hilding, Ingolf, Jesse, Mauritz, Nore,
    Aksel, Bruno, Elton, Enzo, Hjalte, Ivan, Jack, Lowe, Matteo, Nemo, Otis, Sonny, Agne, Alex, Benny, Bill, Carl-Gustaf, Curt, Dick, Egon, Elof, Emrik, Enar,
    Erland, Fritiof, Georg, Gerhard, Gillis, Greger, Gudmund, Göte, Hemming, Hilmer, Ingvald, Isidor,
    Jan-Åke, Jöns, Kalle, Karl-Gustav, Kenny, Kim, Klas, Konrad, Lars-Inge, Leonard, Lorentz, Magne,
    Manfred, Melcher, Paul, Pär, Rustan, Samir, Sigfrid, Sten-Åke, Sven-Olof, Thure, Torleif,
    Torkel, Vilmer, Wilmer, Werner, Zlatan, Emir, Amir, Hamid, Reza, Mehmet
""",
    150,
)
# Swedish surnames, SCB's order (including the names of newer Swedes where SCB ranks them).
SV_S = ranked(
    """
    Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson,
    Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson,
    Magnusson, Olofsson, Lindström, Lindqvist, Lindgren, Berg, Axelsson, Bergström, Lundberg, Lind,
    Lundgren, Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Forsberg, Sjöberg,
    Ali, Wallin, Mohammed, Engström, Danielsson, Håkansson, Eklund, Lundin, Gunnarsson, Björk,
    Bergman, Holm, Samuelsson, Fransson, Wikström, Isaksson, Bergqvist, Arvidsson, Nyström,
    Holmberg, Löfgren, Söderberg, Nyberg, Blomqvist, Claesson, Nordström, Ahmed, Mårtensson,
    Lundström, Hassan, Viklund, Björklund, Eliasson, Pålsson, Berggren, Sandström, Lund, Nordin,
    Ström, Åberg, Falk, Ekström, Hermansson, Holmgren, Dahlberg, Hellström, Hedlund, Sundberg,
    Sjögren, Ek, Blom, Abrahamsson, Martinsson, Öberg, Andreasson, Strömberg, Månsson, Hansen,
    Åkesson, Dahl, Lindholm, Norberg, Holmqvist, Mohamed, Jensen, Sundström, Lindahl, Nordqvist,
    Lindblom, Bergkvist, Ivarsson, Sundqvist, Nordlund, Petersson, Westerberg, Öhman, Lindell,
    Söderström, Hedberg, Edlund, Ekberg, Nyman, Holmström, Omar, Jonasson, Boström, Lindén,
    Strand, Ibrahim, Hussein, Lundh, Berntsson, Sjöström, Ståhl, Göransson, Hagström, Åström,
    Sundin, Forsman, Ekman, Lindkvist, Wiklund, Ottosson, Ohlsson, Sjölund, Ekdahl, Nordgren,
    Sandin, Wahlström, Skoglund,
    Ahmadi, Englund, Rosén, Moberg, Granström, Adolfsson, Blomberg, Bäckström, Dahlgren, Lindh,
    Malmberg, Malmqvist, Nyqvist, Rydberg, Ekholm, Ekvall, Hallberg, Hedman, Hedström, Hägglund,
    Högberg, Johnsson, Josefsson, Karlström, Kjellberg, Lindfors, Lundell, Lundmark, Melin, Nord,
    Nordberg, Norén, Nylund, Rask, Rydén, Sandell, Sjödin, Sjöholm, Stenberg, Stenström,
    Strömqvist, Svedberg, Svärd, Söderlund, Thorén, Törnqvist, Wallén, Wennberg, Westin, Westman,
    Wikman, Zetterberg, Öhrn, Östberg, Östlund, Östman, Ahlberg, Ahlström, Almqvist, Alm, Bergh,
    Björkman, Bodin, Borg, Brandt, Bylund, Carlsson, Carlström, Dahlin, Dahlqvist, Edström,
    Ekblad, Eklöf, Engberg, Forslund, Franzén, Fröberg, Grahn, Granberg, Granlund, Gustavsson,
    Hagberg, Hall, Hammar, Hammarström, Hedin, Hellberg, Hellgren, Hjort, Holmén, Hult, Hultgren,
    Hultman, Isberg, Jernberg, Kvist, Landin, Lidén, Lilja, Liljegren, Linde, Lindman, Lindskog,
    Ljung, Ljungberg, Ljunggren, Lundahl, Lundén, Lövgren, Malm, Modig, Mörk, Norling, Norman,
    Nygren, Olander, Palm, Palmqvist, Pihl, Rehn, Risberg, Roos, Rosengren, Sahlin, Salomonsson,
    Sandgren, Selin, Sjöblom, Skog, Stark, Sten, Strid, Svahn, Svanberg, Swärd, Söderqvist,
    Thelin, Tengvall, Thorsson, Wahlberg, Wahlgren, Wall, Wallgren, Wennerberg, Wester, Wickman,
    Widén, Wiberg, Åkerlund, Åkerman, Åhman, Österberg, Östergren, Abdi, Hosseini, Yilmaz, Nguyen,
    Kaya, Lindroth, Engman, Sundell, Lagerqvist, Lönn, Orre, Svan, Lamm, Falck, Rapp, Mäkinen,
    Korhonen, Virtanen, Sallinen, Niemi, Rönnqvist, Hjelm, Berglöf, Bengtson, Eck, Edvardsson,
    Fagerström, Gyllenhammar, Lagerlöf, Lejon, Lindmark, Lundkvist, Nordenström, Rudberg,
    Stålhammar, Tegnér, Wikander, Ågren, Öst, von Essen, af Klint, De Geer, von Platen,
    af Ugglas, Björnberg, Blixt, Brodin, Bruhn, Dufva, Ekelund, Enqvist, Fjällström, Frid,
    Grönlund, Gyllensten, Hamrin, Hjelmqvist, Kronberg, Kullberg, Lindwall, Löwenhielm, Norrman,
    Rosenqvist, Sjökvist, Svanström, Tornberg, Vikström, Älmqvist, Öqvist
""",
    150,
)
# US Census 1990 (public domain), copied from the `names` package's data files: name, per cent.
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
    ("Sherman", 0.027), ("Saunders", 0.027), ("Wise", 0.027), ("Colon", 0.027), ("Gill", 0.027),
    ("Alvarado", 0.027), ("Greer", 0.026), ("Padilla", 0.026), ("Simon", 0.026), ("Waters", 0.026),
    ("Nunez", 0.026), ("Ballard", 0.026), ("Schwartz", 0.026), ("McBride", 0.026),
    ("Houston", 0.026), ("Christensen", 0.026), ("Klein", 0.026), ("Pratt", 0.026),
    ("Briggs", 0.026), ("Parsons", 0.026), ("McLaughlin", 0.026),
)  # fmt: skip
# UK given names and surnames in the order of the ONS rankings (all ages blended), 1/rank.
UK_F = ranked(
    """
    Olivia, Amelia, Emily, Sophie, Jessica, Charlotte, Isla, Ava, Grace, Lily, Mia, Poppy, Ella,
    Sarah, Emma, Laura, Hannah, Lucy, Rebecca, Amy, Chloe, Lauren, Megan, Katie, Elizabeth, Helen,
    Claire, Rachel, Nicola, Louise, Victoria, Susan, Margaret, Karen, Julie, Joanne, Lisa, Michelle,
    Kelly, Gemma, Samantha, Natalie, Caroline, Jennifer, Catherine, Alison, Angela, Deborah, Tracey,
    Jane, Sharon, Linda, Patricia, Christine, Janet, Carol, Mary, Ann, Anne, Jacqueline, Pauline,
    Gillian, Fiona, Elaine, Lesley, Wendy, Dawn, Amanda, Kirsty, Zoe, Stacey, Hayley, Danielle,
    Charlie, Freya, Isabella, Daisy, Evie, Phoebe, Sophia, Alice, Florence, Ruby, Millie, Matilda,
    Eleanor, Harriet, Holly, Abigail, Georgia, Bethany, Jasmine, Rosie, Ivy, Willow, Evelyn,
    Elsie, Sienna, Isabelle, Harper, Maisie, Erin, Imogen, Scarlett, Eliza, Esme, Molly, Niamh,
    Aimee, Leah, Naomi, Kate, Anna, Jade, Shannon, Rhiannon, Siobhan, Catriona, Morag, Eileen,
    Jean, Joan, Dorothy, Irene, Valerie, Shirley, Brenda, Sheila, Maureen, Kathleen, Barbara,
    Sandra, Diane, Lynne, Beverley, Kim, Maria, Tina, Teresa, Heather, Sally, Joanna, Penelope,
    Frances, Rosemary, Hilary, Judith, Marion, Doreen, Audrey, Sylvia, Edna, Gladys, Hazel,
    Muriel, Vera, Elsie-May, Lydia, Beatrice, Ada, Edith, Mabel, Nancy, Iris, Violet, Rose,
    Aisha, Fatima, Maryam, Zara, Amira, Priya, Simran, Layla, Nadia, Ayesha, Hollie, Courtney,
    Chelsea, Paige, Abbie, Jodie, Kerry, Leanne, Natasha, Vicky, Becky, Bethan, Carys, Ffion,
    Seren, Cerys, Megan-Rose, Orla, Aoife, Ciara, Roisin, Grainne, Eilidh, Kirsten, Ailsa, Mhairi,
    Isobel, Felicity, Imelda, Bridget, Philippa, Henrietta, Clementine, Octavia, Tamsin, Juliet,
    Lorraine, Yvonne, Jill, Moira, Shona, Alexandra, Georgina, Annabel, Lucinda, Arabella, Poppy-Mae,
    Hattie, Nell, Cora, Mabel-Rose, Winifred, Ethel, Peggy, Nora, Harriet-Ann
""",
    130,
)
UK_M = ranked(
    """
    Oliver, George, Harry, Jack, Noah, Charlie, Thomas, James, William, Jacob, Oscar, Leo, Arthur,
    Muhammad, Henry, Alfie, Freddie, Joshua, Alexander, Daniel, Samuel, Joseph, Benjamin, Matthew,
    David, John, Michael, Paul, Mark, Andrew, Richard, Robert, Peter, Stephen, Christopher, Ian,
    Gary, Simon, Kevin, Steven, Martin, Neil, Lee, Darren, Craig, Jason, Stuart, Graham, Keith,
    Colin, Brian, Alan, Anthony, Philip, Nicholas, Jonathan, Adam, Luke, Ryan, Liam, Callum, Lewis,
    Jordan, Connor, Nathan, Jake, Ben, Tom, Dan, Sam, Edward, Theo, Archie, Isaac, Lucas, Logan,
    Ethan, Max, Harrison, Sebastian, Elijah, Mason, Reuben, Rory, Hugo, Toby, Jude, Louis, Dylan,
    Albert, Stanley, Frederick, Teddy, Tommy, Finley, Arlo, Zachary, Reggie, Ronnie, Louie, Albie,
    Jaxon, Luca, Hunter, Kenneth, Roy, Dennis, Trevor, Barry, Terry, Malcolm, Raymond, Geoffrey,
    Gordon, Douglas, Roger, Nigel, Clive, Russell, Dean, Wayne, Carl, Scott, Gavin, Ross, Jamie,
    Sean, Adrian, Glen, Duncan, Hamish, Alastair, Gareth, Rhys, Dafydd, Owen, Evan, Harvey,
    Ernest, Frank, Harold, Walter, Leonard, Norman, Cyril, Bernard, Francis, Patrick, Declan,
    Ciaran, Niall, Aidan, Conor, Cameron, Fraser, Euan, Angus, Calum, Ewan, Gregor, Iain, Murray,
    Dougal, Lachlan, Finlay, Tristan, Rupert, Giles, Piers, Hector, Jasper, Barnaby, Felix,
    Ahmed, Ali, Mohammed, Omar, Yusuf, Ibrahim, Hassan, Bilal, Zain, Arjun, Rohan, Amir, Ravi,
    Sanjay, Rajesh, Kieran, Bradley, Shane, Brandon, Kyle, Aaron, Joel, Elliot, Oakley, Ezra,
    Otis, Rowan, Caleb, Jenson, Alfred, Vincent, Victor, Lawrence, Gerald, Derek, Desmond,
    Graeme, Howard, Leslie, Maurice, Reginald, Rodney, Ronald, Sidney, Wilfred, Aled, Emyr, Gethin,
    Ifan, Iwan, Llŷr, Tudor, Bryn, Dewi
""",
    130,
)
UK_S = ranked(
    """
    Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts,
    Robinson, Thompson, Wright, Walker, White, Edwards, Hughes, Green, Hall, Lewis, Harris, Clarke,
    Patel, Jackson, Wood, Turner, Martin, Cooper, Hill, Ward, Morris, Moore, Clark, Lee, King,
    Baker, Harrison, Morgan, Allen, James, Scott, Phillips, Watson, Davis, Parker, Price, Bennett,
    Young, Griffiths, Mitchell, Kelly, Cook, Carter, Richardson, Bailey, Collins, Bell, Shaw,
    Murphy, Miller, Cox, Richards, Khan, Marshall, Anderson, Simpson, Ellis, Adams, Singh, Begum,
    Wilkinson, Foster, Chapman, Powell, Webb, Rogers, Gray, Mason, Ali, Hunt, Hussain, Campbell,
    Matthews, Owen, Palmer, Holmes, Mills, Barnes, Knight, Lloyd, Butler, Russell, Barker, Fisher,
    Stevens, Jenkins, Murray, Dixon, Harvey, Graham, Pearson, Ahmed, Fletcher, Walsh, Kaur, Gibson,
    Howard, Andrews, Stewart, Elliott, Reynolds, Saunders, Payne, Fox, Ford, Pearce, Day, Brooks,
    West, Lawrence, Cole, Atkinson, Bradley, Spencer, Gill, Dawson, Ball, Burton, O'Brien, Watts,
    Rose, Booth, Perry, Ryan, Grant, Wells, Armstrong, Francis, Rees, Hayes, Hart, Hudson, Newman,
    Barrett, Webster, Hunter, Gregory, Carr, Lowe, Page, Marsh, Riley, Dunn, Woods, Parsons, Berry,
    Stone, Reid, Holland, Hawkins, Harding, Porter, Robertson, Newton, Oliver, Reed, Kennedy,
    Williamson, Bird, Gardner, Shah, Dean, Lane, Cooke, Bates, Henderson, Parry, Burgess, Bishop,
    Walton, Burns, Nicholson, Shepherd, Ross, Cross, Long, Freeman, Warren, Nicholls, Hamilton,
    Byrne, Sutton, McDonald, Yates, Hodgson, Robson, Curtis, Hopkins, O'Connor, Harper, Coleman,
    Watkins, Moss, McCarthy, Chambers, O'Neill, Griffin, Sharp, Hardy, Wheeler, Potter, Osborne,
    Johnston, Gordon, Doyle, Wallace, George, Jordan, Hutchinson, Rowe, Burke, May, Pritchard,
    Gilbert, Willis, Higgins, Read, Miles, Stevenson, Stephenson, Hammond, Arnold, Buckley,
    Walters, Hewitt, Barber, Nelson, Slater, Austin, Sullivan, Whitehead, Mann, Frost, Lambert,
    Stephens, Blake, Akhtar, Lynch, Goodwin, Barton, Woodward, Thomson, Cunningham, Quinn, Barnett,
    Baxter, Bibi, Clayton, Nash, Greenwood, Jennings, Holt, Kemp, Poole, Gallagher, Bond, Stokes,
    Tucker, Davidson, Fowler, Heath, Norman, Middleton, Lees, Banks, French, Jarvis, Fraser, Field,
    Joyce, Pugh, Howells, Llewellyn, Vaughan, Jenkinson, Mackenzie, MacLeod, McLean, Sinclair,
    Macdonald, Fitzgerald, Kaur-Gill, Ashworth, Haworth, Sutcliffe, Ackroyd, Illingworth, Pickles,
    Entwistle, Postlethwaite, Tremayne, Trelawney, Penrose, Pascoe, Nankervis
""",
    150,
)
# The commonest names of origins common in Sweden (general knowledge), in rank order, head 10.
FINNISH = Origin(
    ranked("Marja, Anneli, Tuula, Pirjo, Leena, Ritva, Sirpa, Päivi, Eila, Kaija, Riitta, Aino, Tarja, Merja, Sari, Minna, Tiina, Seija, Raija, Anu, Satu, Outi, Maarit, Marjatta, Aila, Irja, Hilkka, Terttu, Pirkko, Liisa, Sanna, Heli, Kirsi, Katja", 10),
    ranked("Juha, Timo, Matti, Kari, Mikko, Jari, Antti, Jukka, Pekka, Heikki, Markku, Hannu, Seppo, Petri, Ari, Pentti, Esa, Tapio, Sami, Janne, Ville, Tero, Veikko, Olavi, Risto, Raimo, Erkki, Kalevi, Jouni, Pasi, Tuomas, Aki, Harri", 10),
    ranked("Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen, Kallio, Hakala, Leinonen, Miettinen, Väisänen, Hirvonen, Pitkänen, Räsänen, Seppälä", 10),
)  # fmt: skip
ARABIC = Origin(  # Iraq, Syria, Lebanon, Palestine; Assyrian/Syriac names among them
    ranked("Fatima, Maryam, Amina, Zainab, Noor, Layla, Hiba, Rania, Yasmin, Aya, Hala, Rana, Dina, Huda, Nour, Mariam, Ninve, Shamiram, Nahrain, Souad, Lamia, Ghada, Reem, Samar, Widad, Suha, Manal, Jacqueline, Georgette, Ranya", 10),
    ranked("Mohammed, Ahmed, Ali, Omar, Hassan, Hussein, Ibrahim, Khaled, Mahmoud, Mustafa, Yousef, Abdullah, Karim, Tariq, Samir, Ammar, Bilal, Ziad, Firas, Rami, Sargon, Ninos, Ashur, Afram, Gabriel, Hamza, Yasin, Mazen, Walid, Jacob", 10),
    ranked("Ali, Mohammed, Ahmed, Hassan, Hussein, Ibrahim, Abdullah, Saleh, Khalil, Mahmoud, Mustafa, Haddad, Al-Jabouri, Al-Saadi, Al-Obaidi, Gabriel, Yakoub, Shamoun, Barsoum, Saliba, Malke, Hanna, Issa, Aho, Ishak, Lahdo, Danho, Kourie, Said, Nasser, Jaber, Aziz, Hamdan", 10),
)  # fmt: skip
SOMALI = Origin(
    ranked("Fadumo, Hodan, Amina, Asha, Hawa, Sahra, Ayan, Hibo, Khadra, Ifrah, Sagal, Ubah, Deeqa, Nasra, Hamdi, Muna, Idil, Sucdi, Maryan, Ladan, Saynab, Farhiya, Naima, Halima, Nimo", 10),
    ranked("Abdi, Mohamed, Ahmed, Abdirahman, Abdullahi, Hassan, Ali, Omar, Yusuf, Ibrahim, Abdikarim, Mahad, Liban, Hamza, Abdiaziz, Farah, Guled, Khalid, Said, Mukhtar, Ismail, Osman, Jama, Warsame, Bashir", 10),
    ranked("Mohamed, Ahmed, Ali, Hassan, Abdi, Omar, Osman, Farah, Yusuf, Ibrahim, Aden, Warsame, Jama, Hussein, Ismail, Nur, Abdullahi, Hirsi, Mohamud, Dahir, Egal, Gedi, Elmi, Abdulle, Barre, Hersi, Isse, Duale", 10),
)  # fmt: skip
POLISH = Origin(  # surnames in the masculine form; `feminine` gives a woman's
    ranked("Anna, Katarzyna, Maria, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Elżbieta, Magdalena, Joanna, Zofia, Monika, Teresa, Danuta, Natalia, Aleksandra, Karolina, Marta, Beata, Dorota, Justyna, Paulina, Halina, Jadwiga, Grażyna, Iwona, Renata, Agata, Wiktoria", 10),
    ranked("Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Jan, Michał, Marcin, Stanisław, Jakub, Adam, Marek, Łukasz, Grzegorz, Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Jerzy, Kamil, Maciej, Rafał, Robert, Sławomir, Przemysław, Bartosz, Szymon, Artur, Damian", 10),
    ranked("Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Wojciechowski, Kwiatkowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Wróbel, Nowakowski, Majewski, Olszewski, Stępień, Malinowski, Jaworski, Adamczyk, Dudek, Nowicki, Zawadzki, Sadowski", 10),
)  # fmt: skip
PERSIAN = Origin(
    ranked("Maryam, Fatemeh, Zahra, Shirin, Leila, Parisa, Nasrin, Mahnaz, Azadeh, Neda, Roya, Mina, Shabnam, Ladan, Farideh, Soheila, Golnaz, Elham, Mahsa, Samira, Nazanin, Tara, Bahar, Yasaman, Parvin, Homa, Narges, Afsaneh, Fereshteh", 10),
    ranked("Mohammad, Ali, Reza, Hossein, Mehdi, Amir, Hamid, Saeed, Majid, Behrouz, Mohsen, Dariush, Farhad, Babak, Kaveh, Omid, Hassan, Navid, Arash, Behzad, Bijan, Kourosh, Siamak, Masoud, Payam, Shahram, Ramin, Hamed, Pouya, Amin", 10),
    ranked("Mohammadi, Hosseini, Ahmadi, Rezaei, Moradi, Karimi, Jafari, Rahimi, Hashemi, Sadeghi, Ebrahimi, Rostami, Ghorbani, Mousavi, Heidari, Akbari, Kazemi, Azizi, Rahmani, Ansari, Salehi, Nazari, Zamani, Amini, Taheri, Bagheri, Farahani, Tehrani, Shirazi, Esfahani", 10),
)  # fmt: skip
BCS = Origin(  # Bosnian, Serbian, Croatian
    ranked("Amra, Ana, Marija, Jelena, Ivana, Emina, Lejla, Mirjana, Snežana, Vesna, Dragana, Maja, Milica, Jasmina, Amela, Azra, Selma, Aida, Sanja, Tanja, Gordana, Biljana, Nataša, Dijana, Sabina, Mersiha, Elma, Zlata, Branka", 10),
    ranked("Emir, Adnan, Ivan, Marko, Nikola, Dragan, Zoran, Goran, Milan, Edin, Aleksandar, Nenad, Dejan, Darko, Amir, Mirza, Senad, Haris, Damir, Tarik, Alen, Mehmed, Kenan, Jasmin, Ante, Josip, Tomislav, Mario, Luka, Stefan", 10),
    ranked("Hodžić, Hadžić, Kovačević, Hasanović, Mehmedović, Ibrahimović, Begić, Delić, Halilović, Smajić, Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Stanković, Pavlović, Milošević, Horvat, Kovačić, Babić, Marić, Jurić, Novak, Knežević, Vuković, Popović, Kovač, Mujić, Husić, Alić, Omerović, Softić", 10),
)  # fmt: skip
TURKISH = Origin(
    ranked("Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Merve, Özlem, Esra, Hülya, Derya, Gül, Sevgi, Songül, Yasemin, Ebru, Aylin, Melek, Canan, Dilek, Gülşen, Serpil, Nurcan, Büşra, Tuba, Şeyma, Sibel, Filiz, Leyla, Hanife", 10),
    ranked("Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Osman, Yusuf, Murat, Ömer, Ramazan, Halil, Süleyman, Abdullah, Mahmut, Recep, Kemal, Emre, Burak, Serkan, Hakan, Erkan, Cem, Ercan, Volkan, Özcan, Tolga, Kadir", 10),
    ranked("Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Korkmaz, Karataş, Güler, Aktaş, Tekin, Akın, Bulut, Keskin, Ünal", 10),
)  # fmt: skip
ERITREAN = Origin(  # the father's given name serves as the surname
    ranked("Helen, Senait, Selam, Meron, Rahel, Hiwet, Yordanos, Saba, Semhar, Luwam, Mebrat, Winta, Eden, Feven, Bisrat, Tsehay, Azieb, Lidia, Nardos, Ruta, Almaz, Mehret, Tigist, Elsa, Abeba", 10),
    ranked("Yonas, Daniel, Samuel, Tesfay, Dawit, Mussie, Amanuel, Filmon, Habtom, Tekle, Berhane, Yohannes, Henok, Abraham, Mehari, Tsegay, Kidane, Solomon, Robel, Biniam, Ermias, Teklay, Goitom, Yemane, Kibrom", 10),
    ranked("Tesfay, Tekle, Berhane, Haile, Ghebremedhin, Woldemichael, Kidane, Tesfamariam, Yohannes, Mehari, Gebreyesus, Habte, Asmerom, Ghebreselassie, Abraha, Kahsay, Mengisteab, Negash, Tewelde, Weldu, Zerai, Andemariam, Bahta, Fitwi, Gebru", 10),
)  # fmt: skip
AFGHAN = Origin(
    ranked("Zahra, Maryam, Fatima, Marzia, Parwana, Shabana, Freshta, Nilofar, Mahbooba, Zarghona, Roya, Masooda, Sodaba, Fariba, Laila, Nazia, Shakila, Farzana, Hosai, Sahar, Mursal, Madina, Khadija, Hasina, Mariam", 10),
    ranked("Mohammad, Ahmad, Ali, Abdul, Mustafa, Hamid, Rahim, Jawad, Farid, Sayed, Reza, Hussain, Mujtaba, Morteza, Sajjad, Abdullah, Nasir, Wahid, Habib, Khalid, Zabihullah, Ramin, Mahdi, Javid, Shafiq, Bashir, Yama, Omid", 10),
    ranked("Ahmadi, Hussaini, Rahimi, Mohammadi, Sultani, Jafari, Amiri, Hakimi, Karimi, Noori, Rezai, Sadat, Azimi, Haidari, Stanikzai, Popal, Safi, Wardak, Sharifi, Nazari, Naseri, Barakzai, Samadi, Hashimi, Qaderi", 10),
)  # fmt: skip
THAI = Origin(
    ranked("Siriporn, Wanida, Sunisa, Pranee, Malai, Kanya, Nittaya, Jintana, Sukanya, Pornpimol, Supaporn, Kannika, Orathai, Duangjai, Ratchanee, Apinya, Wilai, Anong, Suda, Thanyarat, Pattama, Saowanee, Naree, Araya, Lamai", 10),
    ranked("Somchai, Somsak, Prasert, Surachai, Anan, Chaiyaporn, Niran, Sombat, Wichai, Thanawat, Kittisak, Boonmee, Sakchai, Somporn, Prasit, Suthep, Teerapong, Apichat, Chatchai, Pongsak", 10),
    ranked("Saetang, Srisuk, Wongsa, Chaiyasit, Boonmee, Suwannarat, Kaewkong, Thongdee, Sriwong, Phromma, Rattanakorn, Sukjai, Inthachai, Saelim, Saeheng, Wongsawat, Kongkaew, Sangthong, Jaidee, Thongsuk", 10),
)  # fmt: skip
LATIN = Origin(  # Chile first, then Latin America; two surnames as most write them
    ranked("María, Carolina, Claudia, Patricia, Daniela, Francisca, Valentina, Camila, Javiera, Constanza, Fernanda, Paula, Andrea, Ximena, Verónica, Marcela, Paola, Gabriela, Natalia, Carmen, Rosa, Isabel, Lorena, Pamela, Alejandra, Catalina, Sofía, Macarena, Luz, Gloria", 10),
    ranked("José, Juan, Luis, Carlos, Jorge, Manuel, Francisco, Pedro, Miguel, Sergio, Cristián, Rodrigo, Felipe, Matías, Diego, Sebastián, Pablo, Andrés, Javier, Mauricio, Héctor, Patricio, Gonzalo, Ricardo, Alejandro, Fernando, Víctor, Hugo, Raúl, Marcelo", 10),
    ranked("González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo, Tapia, Reyes, Gutiérrez, Castro, Pizarro, Álvarez, Vásquez, Sánchez, Fernández, Ramírez, Carrasco, Gómez, Cortés, Herrera, Núñez, Jara, Vergara, Rivera, Figueroa", 10),
)  # fmt: skip
KURDISH = Origin(
    ranked("Jiyan, Rojda, Berivan, Dilan, Zozan, Helin, Shilan, Nasrin, Avin, Rojin, Nazdar, Gulistan, Evin, Dilvin, Soma, Shirin, Shler, Hana, Lana, Zhino, Roza, Viyan, Hevin, Delal, Bahar", 10),
    ranked("Azad, Rebin, Dilshad, Karwan, Shwan, Soran, Hiwa, Kawa, Sherzad, Aram, Baran, Rizgar, Kamaran, Ari, Dara, Hawre, Zana, Diyar, Rojhat, Serdar, Berzan, Delshad, Hemin, Bakhtiyar, Sirwan", 10),
    ranked("Ahmed, Mohammed, Rasul, Aziz, Karim, Salih, Hawrami, Jaff, Sindi, Doski, Zebari, Kurdi, Hamad, Qadir, Omer, Abdulla, Ismail, Mahmud, Amin, Faraj, Othman, Rashid, Hussein, Bakir, Baban", 10),
)  # fmt: skip
UKRAINIAN = Origin(
    ranked("Olena, Iryna, Nataliia, Tetiana, Svitlana, Oksana, Yuliia, Olha, Kateryna, Anastasiia, Mariia, Viktoriia, Liudmyla, Halyna, Inna, Alina, Yana, Daria, Larysa, Valentyna", 10),
    ranked("Oleksandr, Serhii, Andrii, Volodymyr, Dmytro, Oleh, Mykola, Ivan, Vasyl, Yurii, Viktor, Ihor, Maksym, Bohdan, Taras, Roman, Vitalii, Petro, Artem, Denys", 10),
    ranked("Melnyk, Shevchenko, Boiko, Kovalenko, Bondarenko, Tkachenko, Kovalchuk, Kravchenko, Oliinyk, Shevchuk, Koval, Polishchuk, Bondar, Tkachuk, Moroz, Marchenko, Lysenko, Rudenko, Savchenko, Petrenko, Kravchuk, Klymenko, Pavlenko, Savchuk, Kuzmenko", 10),
)  # fmt: skip
INDIAN = Origin(
    ranked("Priya, Anjali, Pooja, Neha, Divya, Sneha, Kavya, Deepika, Lakshmi, Aishwarya, Swati, Shweta, Meera, Nisha, Ritu, Sunita, Rekha, Aarti, Ananya, Shreya", 10),
    ranked("Rahul, Amit, Rajesh, Suresh, Vikram, Arjun, Sanjay, Anil, Ravi, Karthik, Aditya, Rohit, Vijay, Deepak, Sunil, Manoj, Arun, Prakash, Srinivas, Nikhil", 10),
    ranked("Sharma, Kumar, Singh, Patel, Gupta, Reddy, Rao, Iyer, Nair, Shah, Mehta, Joshi, Verma, Agarwal, Menon, Pillai, Krishnan, Desai, Chopra, Banerjee, Das, Mishra, Kulkarni, Naidu, Bhat", 10),
)  # fmt: skip

ORIGINS = {
    "swedish": Origin(SV_F, SV_M, SV_S),
    "us": Origin(weighted(US_F, 150), weighted(US_M, 150), weighted(US_S, 150)),
    "uk": Origin(UK_F, UK_M, UK_S),
    "finnish": FINNISH, "arabic": ARABIC, "somali": SOMALI, "polish": POLISH, "persian": PERSIAN,
    "bcs": BCS, "turkish": TURKISH, "eritrean": ERITREAN, "afghan": AFGHAN, "thai": THAI,
    "latin": LATIN, "kurdish": KURDISH, "ukrainian": UKRAINIAN, "indian": INDIAN,
}  # fmt: skip

# Who is named, per language of the text: Swedish largest in Swedish and mixed text.
MIXES = {
    "sv": {
        "swedish": 68, "arabic": 6, "finnish": 4, "polish": 2.5, "bcs": 2.5, "persian": 2.2,
        "somali": 2, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5, "eritrean": 1.2,
        "ukrainian": 1.2, "thai": 1, "latin": 1, "indian": 0.8, "uk": 0.8, "us": 0.6,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 9, "indian": 3, "arabic": 2, "polish": 2, "latin": 2,
        "finnish": 1, "somali": 1, "persian": 1, "turkish": 1, "bcs": 1, "ukrainian": 0.8,
        "thai": 0.6, "afghan": 0.5, "eritrean": 0.5, "kurdish": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 10, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
        "persian": 2.5, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5, "indian": 1.5, "afghan": 1.2,
        "ukrainian": 1.2, "eritrean": 1, "thai": 1, "latin": 1,
    },
}  # fmt: skip

# Short forms people go by, per origin: the given name, then its short forms.
NICKNAMES = {
    "swedish": {
        "Lars": ("Lasse",), "Mikael": ("Micke",), "Joakim": ("Jocke",), "Karl": ("Kalle",),
        "Per": ("Pelle", "Pära"), "Thomas": ("Tompa",), "Tomas": ("Tompa",), "Magnus": ("Manne",),
        "Mattias": ("Matte",), "Mats": ("Matte",), "Kristina": ("Kicki", "Stina"),
        "Christina": ("Kicki", "Stina"), "Charlotte": ("Lotta",), "Charlotta": ("Lotta",),
        "Elisabeth": ("Lisa", "Bettan", "Lisen"), "Elisabet": ("Bettan", "Lisa"),
        "Birgitta": ("Gittan", "Bitte"), "Susanne": ("Sussie", "Sanna"), "Margareta": ("Maggan", "Greta"),
        "Christoffer": ("Stoffe", "Criffe"), "Kristoffer": ("Stoffe",), "Robert": ("Robban",),
        "Fredrik": ("Fredde",), "Daniel": ("Danne",), "Henrik": ("Henke",), "Kenneth": ("Kenta",),
        "Marcus": ("Macke",), "Markus": ("Macke",), "Sebastian": ("Sebbe",), "Alexander": ("Alex", "Acke"),
        "Albin": ("Abbe",), "Gustav": ("Gurra", "Gus"), "Gustaf": ("Gurra",), "Oskar": ("Ogge",),
        "Hans": ("Hasse",), "Ulf": ("Uffe",), "Håkan": ("Hacke",), "Gunnar": ("Gurra",),
        "Jan": ("Janne",), "Viktor": ("Vicke",), "Jesper": ("Jeppe",), "Christer": ("Kicke",),
        "Tobias": ("Tobbe",), "Patrik": ("Patte",), "Niklas": ("Nicke",), "Rickard": ("Ricky", "Rille"),
        "Sven": ("Svenne",), "Katarina": ("Kattis", "Kajsa"), "Madeleine": ("Madde",),
        "Josefin": ("Jossan",), "Johanna": ("Jossan", "Hanna"), "Caroline": ("Carro",),
        "Camilla": ("Millan",), "Therese": ("Tessan",), "Annika": ("Anki",), "Matilda": ("Tilda",),
        "Victoria": ("Vickan",), "Viktoria": ("Vickan",), "Rebecka": ("Becka",), "Jessica": ("Jessie",),
        "Peter": ("Peppe",), "Anders": ("Ante",), "Bo": ("Bosse",), "Roger": ("Roffe",),
        "Rolf": ("Roffe",), "Kjell": ("Kjelle",), "Leif": ("Leffe",), "Stefan": ("Steffe",),
        "Göran": ("Göran",), "Emil": ("Emme",), "Ingrid": ("Inga",), "Barbro": ("Babbe",),
        "Gunilla": ("Gunsan", "Nilla"), "Linnéa": ("Linn",), "Sofia": ("Sofie", "Fia"),
        "Jonathan": ("Jonte",), "Jonas": ("Jonte",), "Isak": ("Isse",), "Ludvig": ("Ludde",),
        "Sixten": ("Sigge",), "Wilhelm": ("Wille",), "Vilhelm": ("Ville",), "Kristian": ("Krille",),
    },
    "uk": {
        "William": ("Will", "Bill"), "Robert": ("Rob", "Bob", "Bobby"), "Richard": ("Rich", "Rick"),
        "James": ("Jim", "Jamie"), "Michael": ("Mike", "Mick"), "Christopher": ("Chris",),
        "Thomas": ("Tom", "Tommy"), "Daniel": ("Dan", "Danny"), "Matthew": ("Matt",),
        "Andrew": ("Andy", "Drew"), "Anthony": ("Tony", "Ant"), "Joseph": ("Joe",), "Edward": ("Ed", "Ted", "Eddie"),
        "Elizabeth": ("Liz", "Beth", "Lizzie"), "Jennifer": ("Jen", "Jenny"), "Catherine": ("Kate", "Cathy"),
        "Margaret": ("Maggie", "Peggy"), "Rebecca": ("Becky", "Bex"), "Samantha": ("Sam",), "Victoria": ("Vicky", "Tori"),
        "Patricia": ("Pat", "Trish"), "Deborah": ("Debbie", "Deb"), "Susan": ("Sue",), "Stephen": ("Steve",),
        "Steven": ("Steve",), "Nicholas": ("Nick",), "Benjamin": ("Ben",), "Alexander": ("Alex", "Xander"),
        "Jonathan": ("Jon", "Jonny"), "David": ("Dave",), "Charlotte": ("Lottie", "Charlie"),
        "Alexandra": ("Alex", "Lexi"), "Jessica": ("Jess",), "Eleanor": ("Ellie", "Nell"), "Christine": ("Chris",),
        "Frederick": ("Fred", "Freddie"), "Philip": ("Phil",), "Gareth": ("Gaz",), "Nicola": ("Nicky",),
        "Kenneth": ("Ken",), "Raymond": ("Ray",), "Gerald": ("Gerry",), "Penelope": ("Penny",),
    },
    "us": {
        "William": ("Bill", "Will", "Billy"), "Robert": ("Bob", "Rob", "Bobby"), "Richard": ("Rick", "Dick", "Rich"),
        "James": ("Jim", "Jimmy"), "Michael": ("Mike",), "Christopher": ("Chris",), "Thomas": ("Tom",),
        "Daniel": ("Dan", "Danny"), "Matthew": ("Matt",), "Anthony": ("Tony",), "Joseph": ("Joe", "Joey"),
        "Edward": ("Ed", "Eddie"), "Elizabeth": ("Liz", "Beth", "Betsy"), "Jennifer": ("Jen", "Jenny"),
        "Katherine": ("Kate", "Katie"), "Kathleen": ("Kathy",), "Margaret": ("Peggy", "Maggie"),
        "Rebecca": ("Becky",), "Patricia": ("Pat", "Patty", "Trish"), "Deborah": ("Debbie", "Deb"),
        "Susan": ("Sue", "Susie"), "Steven": ("Steve",), "Stephen": ("Steve",), "Nicholas": ("Nick",),
        "Benjamin": ("Ben",), "Jonathan": ("Jon",), "David": ("Dave",), "Kimberly": ("Kim",),
        "Timothy": ("Tim",), "Gregory": ("Greg",), "Jeffrey": ("Jeff",), "Donald": ("Don",),
        "Ronald": ("Ron",), "Charles": ("Chuck", "Charlie"), "Samuel": ("Sam",), "Christina": ("Tina", "Chris"),
        "Barbara": ("Barb",), "Dorothy": ("Dot", "Dottie"), "Cynthia": ("Cindy",), "Pamela": ("Pam",),
        "Jacqueline": ("Jackie",), "Theodore": ("Ted", "Teddy"), "Lawrence": ("Larry",), "Eugene": ("Gene",),
    },
}  # fmt: skip
