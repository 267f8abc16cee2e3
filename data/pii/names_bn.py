# ruff: noqa: E501
"""Name pools of held-out bn (field service and home installations), as Python data.

Every pool is ordered by how many people carry the name, and only so: Swedish given names and
surnames in the order of SCB's name statistics (written from general knowledge, weight 1/rank,
a head of about 150 and a tail of rarer names past it), the US Census 1990 lists (public domain,
with the census's per cent as weight), UK given names and surnames in the order of the ONS
rankings (1/rank), and the commonest given names and surnames of the origins common in Sweden
(1/rank). No name was checked against any list of the project, none was left out for being known
or unknown. `NICKNAMES` holds short forms as people write them.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from a list's head with this probability, else its tail


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


def _w(text: str) -> tuple[str, ...]:
    """Names written one after another, separated by commas or new lines."""
    out: list[str] = []
    for part in text.replace("\n", ",").split(","):
        name = part.strip()
        if name and name not in out:
            out.append(name)
    return tuple(out)


def ranked(names: tuple[str, ...], head: int) -> Pool:
    """A pool in rank order, weight 1/rank."""
    return Pool(names, tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names)))


def census(rows: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A pool from a census list: the per cent is the weight."""
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


def plain(word: str) -> str:
    """A name typed without its letters outside ASCII (`Wiśniewska` -> `Wisniewska`)."""
    word = (
        word.replace("ł", "l")
        .replace("Ł", "L")
        .replace("ø", "o")
        .replace("đ", "d")
        .replace("Đ", "D")
    )
    word = word.replace("ß", "ss").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname in its feminine form (`Kowalski` -> `Kowalska`)."""
    for end, fem in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(end):
            return surname[: -len(end)] + fem
    return surname


# Sweden: SCB's name statistics (all carriers), in rank order as the writer knows them.
SV_F = _w("""
Anna, Eva, Maria, Karin, Kristina, Lena, Sara, Emma, Kerstin, Ingrid, Marie, Malin, Jenny, Hanna,
Birgitta, Inger, Linnéa, Annika, Elin, Johanna, Susanne, Sofia, Ida, Monica, Elisabeth, Julia,
Ulla, Linda, Carina, Katarina, Helena, Camilla, Margareta, Åsa, Anneli, Cecilia, Gunilla, Elsa,
Ebba, Amanda, Alice, Maja, Sandra, Frida, Matilda, Therese, Viktoria, Louise, Lisa, Anette, Moa,
Agneta, Ulrika, Lina, Astrid, Wilma, Klara, Ann, Emelie, Elisabet, Caroline, Ella, Josefin, Britt,
Gun, Jessica, Nathalie, Erika, Ellen, Barbro, Siv, Charlotte, Birgit, Mona, Marianne, Elvira, Alva,
Pia, Ingela, Lovisa, Emilia, Sofie, Petra, Rebecka, Felicia, Madeleine, Yvonne, Ingegerd, Gunnel,
Sonja, Irene, Agnes, Ester, Vera, Selma, Saga, Stella, Tilda, Nora, Isabelle, Olivia, Ellinor,
Tove, Jennie, Mikaela, Angelica, Veronica, Pernilla, Sanna, Jeanette, Marina, Annelie, Lisbeth,
Inga, Berit, Gerd, Ann-Marie, Ann-Christin, Anna-Karin, Maj, Marita, Lilian, Elina, Nellie, Tindra,
Isabella, Ronja, Thea, Signe, Cornelia, Hedvig, Ingeborg, Solveig, Gudrun, Greta, Elsie, Rut,
Kajsa, Mia, Hilda, Alma, Liv, Lova, Freja, Majken, Evelina, Emelie, Jasmine, Filippa, Hillevi
""")
SV_F_TAIL = _w("""
Ylva, Ragnhild, Dagny, Svea, Sigrid, Margit, Märta, Asta, Elly, Ethel, Gunvor, Ingalill, Anita,
Bodil, Britta, Carin, Christina, Christine, Ewa, Eivor, Gertrud, Gullvi, Harriet, Hjördis, Irma,
Iréne, Karolina, Katrin, Laila, Lillemor, Lotta, Majvor, Maud, Mari, Mariann, Marit, My, Ninni,
Rigmor, Rosita, Siri, Solbritt, Stina, Tuva, Ulla-Britt, Vanja, Viveka, Viola, Wivi, Yasmin, Åse,
Ann-Sofie, Anna-Lena, Anna-Lisa, Eva-Lena, Lise-Lott, Mari-Louise, Ann-Louise, Britt-Marie,
Gun-Britt, Anne, Annette, Beatrice, Bianca, Charlotta, Clara, Dalia, Daniela, Denise,
Dorotea, Edith, Elena, Elise, Elna, Emmy, Fanny, Frideborg, Gabriella, Hedda, Helén, Helen, Ines,
Iris, Jane, Joline, Josefine, Judit, Kamilla, Katja, Lea, Leah, Lejla, Linn, Lisen, Lo, Lydia,
Madelene, Magdalena, Malva, Mathilda, Meja, Melissa, Minna, Mira, Molly, Nadia, Natalie, Nova,
Novalie, Olga, Paula, Pauline, Rebecca, Rosa, Sabina, Sally, Sarah, Sofi, Stephanie,
Sussie, Svetlana, Tanja, Teresia, Tina, Tora, Tyra, Ulrica, Valborg, Wendela, Wera, Zara,
Aina, Alexandra, Alicia, Amalia, Amelia, Angelina, Annie, Ariana, Benita, Birgitt, Bitte,
Catharina, Cathrine, Elida, Ellie, Elma, Elvy, Emilie, Erica, Evelyn, Gisela,
Gunhild, Hannele, Heidi, Helga, Henny, Ilona, Ingmarie, Jill, Jonna, Kaisa, Katharina, Kia,
Lilly, Linnea, Lisette, Livia, Maj-Britt, Maj-Lis, Margaretha, Marika, Marlene, Nanna, Nelly, Noomi, Ottilia, Rakel, Ronya, Ruth, Sanja, Sigbritt,
Signhild, Solvig, Susann, Sylvia, Tekla, Tilde, Tova, Ulla-Karin, Vilma, Wilhelmina, Yngvild, Agda, Alfhild, Ally, Aurora, Estelle, Fredrika, Gull, Isa, Juni, Ingbritt, Gunbritt, Kristin, Lis, Mimmi, Nicole, Yvette, Evy, Ingeli, Mariana, Elvina, Henrietta, Lovis, Sigun, Ulla-Stina, Vivi, Aino, Jenni, Marléne, Tessan, Annsofie, Rosmarie, Berith, Märit, Rosalie, Sonia, Tuulikki, Vendela, Vivianne
""")
SV_M = _w("""
Lars, Mikael, Anders, Johan, Erik, Per, Karl, Peter, Thomas, Jan, Daniel, Fredrik, Hans, Andreas,
Stefan, Bengt, Mats, Magnus, Bo, Sven, Alexander, Nils, Leif, Jonas, Björn, Martin, Oskar, Gustav,
Ulf, Henrik, Göran, Patrik, Christer, Niklas, Marcus, David, Emil, Lennart, Kjell, Anton, Viktor,
Simon, Filip, William, Gunnar, Rolf, Tommy, Robert, Joakim, Jonathan, Mattias, Sebastian, Tobias,
Olof, Lucas, Axel, Kent, Roger, Hugo, Oliver, Elias, Åke, Stig, Jesper, Kenneth, Håkan, Claes,
Rickard, Dan, Jörgen, Roland, Sören, Ingemar, Liam, Noah, Adam, Isak, Ludvig, Theo, Leo, Arvid,
Edvin, Albin, Vincent, Melvin, Alvin, Josef, Gabriel, Rasmus, Benjamin, Samuel, Kristoffer,
Christian, Pontus, Jacob, Jakob, Johannes, Tom, Torbjörn, Arne, Rune, Ove, Bertil, Kurt, Erling,
Tage, Mohammed, Lars-Erik, Karl-Johan, Per-Olof, Jan-Erik, Carl, Gösta, Gustaf, Sixten, Folke,
Holger, Harald, Ingvar, Krister, Conny, Jimmy, Johnny, Robin, Kevin, Dennis, Eddie, Max, Charlie,
Frans, Elis, Wilhelm, Nicklas, Joel, Linus, Felix, Hampus, Måns, Otto, Valter, Ville, Sam, Mohamed, Kristian, Eric, Oscar, Lukas, August, Alf, Sune
""")
SV_M_TAIL = _w("""
Assar, Birger, Bror, Egon, Einar, Eskil, Evert, Fritiof, Georg, Gert, Gillis, Gottfrid,
Gunder, Helge, Hilding, Ivar, Jarl, Karl-Erik, Knut, Lage, Leopold, Malte, Nore, Osvald, Ragnar,
Reinhold, Runo, Seth, Sigvard, Sture, Svante, Sölve, Tor, Torsten, Ture, Uno, Valdemar, Verner,
Yngve, Åsmund, Östen, Anders-Petter, Bengt-Göran, Carl-Johan, Hans-Erik, Jan-Olov, Lars-Göran,
Per-Anders, Per-Erik, Sven-Olof, Nils-Erik, Karl-Axel, Lars-Åke, Jan-Åke, Allan, Benny, Bjarne, Börje, Curt, Dag, Douglas, Edgar, Eje, Elof, Emanuel, Enar, Erland, Ernst,
Frank, Fred, Glenn, Greger, Gregor, Halvar, Harry, Hjalmar, Inge, Ingvald, Jens, Jerker, Jim,
Jon, Jöns, Kalle, Kennet, Kim, Klas, Lenny, Lorentz, Marko, Mauritz, Micael,
Mikel, Morgan, Nicolas, Niels, Ola, Olle, Olov, Orvar, Patric, Paul, Pelle, Philip, Pär, Ronny,
Sigge, Stellan, Thorsten, Ted, Teodor, Tim, Timo, Tomas, Torkel, Torvald, Ulrik,
Urban, Vidar, Vilgot, Wille, Yusuf, Zakarias, Adrian, Albert, Alfons, Algot, Ali, Amir,
Anthon, Aron, Artur, Birk, Bruno, Casper, Colin, Dante, Ebbe, Edward, Eli, Elmer, Elton,
Emir, Esbjörn, Frej, Fabian, Gideon, Hannes, Harri, Henning, Ibrahim, Ivan, Jack, Jamie, Jari,
Jesse, Jonatan, Julius, Kasper, Lennox, Leon, Levi, Loke, Love, Mio, Milo, Neo, Nelson, Nikola,
Noel, Omar, Rafael, Ruben, Sigfrid, Silas, Stefano, Sven-Erik,
Svend, Tore, Vilmer, Wiktor, Walter, Yasin, Zlatan, Adolf,
Agne, Anselm, Arnold, Bernt, Boris, Carl-Gustaf, Christopher, Evald, Gerhard, Hubert, Josua, Leonard, Melker, Percy, Rikard, Bengt-Olof, Sten, Tord, Lars-Olof, Jan-Olof, Per-Åke, Rutger, Eilert, Elving, Gunne, Hilmer, Jöran, Kaj, Lars-Ove, Mårten, Pehr, Reine, Roine, Sonny, Tryggve, Ulrich, Valentin, Viggo, Wilmer, Ejnar, Gusten
""")
SV_S = _w("""
Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson,
Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson,
Magnusson, Olofsson, Lindström, Lindqvist, Lindgren, Berg, Axelsson, Bergström, Lundberg, Lind,
Lundgren, Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Forsberg, Sjöberg,
Wallin, Ali, Engström, Mohammed, Eklund, Danielsson, Lundin, Håkansson, Björk, Bergman,
Gunnarsson, Holm, Wikström, Samuelsson, Isaksson, Fransson, Bergqvist, Nyström, Holmberg,
Arvidsson, Löfgren, Söderberg, Nyberg, Blomqvist, Claesson, Nordström, Mårtensson, Lundström,
Ahmed, Viklund, Björklund, Eliasson, Pålsson, Hassan, Berggren, Sandström, Lund, Nordin, Ström,
Åberg, Hermansson, Ekström, Holmgren, Sundberg, Hedlund, Dahlberg, Hellström, Sjögren,
Abrahamsson, Falk, Öberg, Andreasson, Blom, Ek, Månsson, Strand, Jonasson, Sundström, Hussein,
Mohamed, Åkesson, Ekberg, Nordqvist, Göransson, Lindholm, Hedberg, Adolfsson, Lundgren,
Sjöström, Dahl, Forsman, Mattson, Strömberg, Lindblom, Sundqvist, Nyman, Jensen, Hedström,
Martinsson, Omar, Edlund, Holmqvist, Nilsson, Öhman, Lindell, Wiklund, Ekman, Engberg, Nyholm,
Ahlström, Karlström, Sjödin, Carlsson, Bergkvist, Björkman, Sundin, Ibrahim, Hosseini, Boström,
Lindahl, Ekholm, Sandin, Hägglund, Nord, Westerberg, Eskilsson, Lundell, Backman, Lindén, Östlund,
Hjalmarsson, Rosén, Granath, Stenberg, Söderström, Strömqvist, Kristiansson, Bäckström
""")
SV_S_TAIL = _w("""
von Platen, af Klercker, von Essen, De Geer, af Ugglas, von Sydow, Wachtmeister, Lewenhaupt,
Bonde, Gyllenhaal, Posse, Stenbock, von Schantz, af Petersens, Silfverschiöld, von Otter,
Cederström, Leijonhufvud, Sparre, Hamilton, Ehrensvärd, Bielke, Uggla, Fleetwood, Rålamb,
Abdullahi, Yusuf, Abdi, Warsame, Rashid, Khalil, Salih, Jama, Aziz, Karimi, Rezaei, Akbari,
Kaya, Yilmaz, Demir, Nguyen, Kowalski, Nowak, Virtanen, Korhonen, Mäkinen, Hämäläinen,
Alm, Almqvist, Appelqvist, Asplund, Augustsson, Bengtson, Berglöf, Bergendahl, Bergsten,
Bernhardsson, Björling, Blixt, Bodin, Borg, Brandt, Broman, Burman, Byström, Bäck, Bölander,
Carlberg, Carlén, Dahlgren, Dahlin, Dahlqvist, Edberg, Ekdahl, Ekelund, Eklöf, Ekvall, Eng, Engdahl,
Englund, Enqvist, Fagerström, Fahlén, Flink, Fors, Frisk, Frid, Frödin, Fält, Granberg, Grahn,
Grönlund, Grönberg, Gullberg, Gustavsson, Hagberg, Hagström, Hallberg, Hallin, Hammar, Hedin,
Hedman, Hellberg, Hellman, Hult, Hultgren, Hultman, Högberg, Höglund, Jakobson, Jernberg, Kjellberg, Kling, Kron, Kvist, Lagerqvist, Landin, Larsen, Lidén, Lilja, Lindkvist, Lindmark,
Lindroth, Ljung, Ljunggren, Lundholm, Lundmark, Löf, Malm, Malmberg, Malmqvist, Malmström,
Melin, Modig, Molin, Mörk, Nordberg, Nordgren, Nordlund, Norberg, Norén, Norling, Nylander,
Nylund, Olander, Palm, Palmqvist, Pihl, Qvist, Ringström, Rosenqvist, Rydberg, Rydén, Sahlin,
Selin, Sellberg, Sjölund, Skog, Sköld, Sohlberg, Stark, Sten, Stenström, Strandberg, Sundell,
Svahn, Svärd, Säll, Tallberg, Thorén, Thunberg, Torstensson, Tärnström, Unger, Wahlberg, Wahlström,
Wall, Wallén, Wennberg, Westin, Westman, Wik, Wikman, Zetterberg, Åhlin, Åström, Ödman, Östberg,
Östman, Alfredsson, Bergh, Bohlin, Danielson, Dufva, Ferm, Fridh, Hammarström, Hyltén, Ingvarsson,
Ivarsson, Kullberg, Lagerström, Lantz, Liljegren, Lönn, Rask, Sandell, Sterner,
Sundén, Tengvall, Vikström, Widell, Wirén, Åman, Ågren, Örn, Nääs, Rönnqvist, Sjölin, Stål, Thelin, Törnqvist, Vesterlund, Zackrisson, Fjällström, Grape, Hjort, Kjellin, Lindwall, Mohlin
""")

# The US: the Census 1990 lists (public domain), the census's per cent as weight.
US_F = (  # dist.female.first, the first 380, per cent
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
    ("Sheri", 0.042), ("Marianne", 0.042),
)  # fmt: skip

US_M = (  # dist.male.first, the first 380, per cent
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

US_S = (  # dist.all.last, the first 420, per cent
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
    ("Shelton", 0.039), ("Barrett", 0.039), ("Obrien", 0.039), ("Castro", 0.039),
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
)  # fmt: skip


# The UK: ONS baby-name rankings (given names of the generations now adult and young) and the
# commonest surnames of England and Wales, in rank order as the writer knows them.
UK_F = _w("""
Sarah, Emma, Laura, Rebecca, Claire, Lisa, Nicola, Gemma, Amy, Hannah, Charlotte, Emily, Jessica,
Sophie, Lucy, Olivia, Amelia, Isla, Ava, Mia, Grace, Chloe, Lauren, Katie, Victoria, Rachel,
Helen, Joanne, Michelle, Louise, Kelly, Samantha, Zoe, Jennifer, Elizabeth, Karen, Susan, Julie,
Tracey, Alison, Catherine, Elaine, Angela, Deborah, Jacqueline, Wendy, Amanda, Joanna, Kirsty,
Natalie, Stephanie, Danielle, Jade, Holly, Megan, Eleanor, Georgia, Abigail, Bethany, Jasmine,
Poppy, Freya, Evie, Ella, Ruby, Lily, Sophia, Florence, Isabella, Rosie, Phoebe, Millie, Daisy,
Harriet, Anna, Alice, Ellie, Molly, Erin, Imogen, Lydia, Matilda, Eva, Scarlett, Zara, Maisie,
Sienna, Esme, Willow, Margaret, Patricia, Christine, Janet, Carol, Linda, Jane, Ann, Mary,
Pauline, Sandra, Gillian, Lesley, Fiona, Dawn, Hazel, Marie, Tina, Sharon, Donna, Lynne, Diane,
Kathryn, Heather, Jill, Joan, Sheila, Valerie, Beverley, Paula, Denise, Teresa, Yvonne, Shirley,
Maureen, Brenda, Ruth, Sally, Vicky, Leanne, Kerry, Hayley, Stacey, Sian, Jodie, Naomi, Siobhan,
Aisha, Fatima, Priya, Ayesha, Layla, Maryam, Niamh, Orla, Caitlin, Eilidh, Rhiannon, Ffion
""")
UK_M = _w("""
David, John, Paul, Mark, James, Andrew, Michael, Peter, Robert, Richard, Stephen, Christopher,
Ian, Daniel, Matthew, Simon, Thomas, Gary, Steven, Anthony, Jonathan, Kevin, Martin, Lee, Neil,
Darren, Craig, Jason, Adam, Benjamin, Samuel, Joshua, Luke, Ryan, Jack, Oliver, Harry, George,
Charlie, Jacob, William, Alfie, Noah, Oscar, Leo, Archie, Henry, Theo, Freddie, Arthur, Muhammad,
Joseph, Edward, Alexander, Lewis, Connor, Callum, Liam, Nathan, Kieran, Jamie, Dean, Wayne, Scott,
Carl, Shaun, Stuart, Graham, Colin, Keith, Brian, Alan, Kenneth, Barry, Trevor, Philip, Nigel,
Malcolm, Derek, Roger, Raymond, Terence, Geoffrey, Dennis, Gordon, Clive, Russell, Jeremy, Tim,
Nicholas, Patrick, Sean, Aaron, Tom, Jake, Joe, Max, Ethan, Dylan, Mason, Logan, Reuben, Toby,
Finley, Harrison, Elliot, Louis, Isaac, Sebastian, Hugo, Rory, Euan, Fraser, Hamish, Gareth,
Rhys, Owen, Dafydd, Aled, Declan, Ciaran, Mohammed, Ahmed, Imran, Arjun, Rohan, Kwame
""")
UK_S = _w("""
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
Harding, Porter, Robertson, Newton, Oliver, Reed, Kennedy, Williamson, Bird, Gardner, Shah,
Dean, Lane, Cooke, Bates, Henderson, Parry, Burgess, Bishop, Walton, Burns, Nicholson, Shepherd,
Ross, Cross, Long, Freeman, Warren, Nicholls, Hamilton, Byrne, Sutton, McDonald, Yates, Hodgson,
Robson, Curtis, Hopkins, O'Connor, Harper, Coleman, Watkins, Moss, McCarthy, Chambers, O'Neill,
Griffin, Sharp, Hardy, Wheeler, Potter, Osborne, Johnston, Gordon, Doyle, Wallace, George, Jordan,
Hutchinson, Rowe, Burke, May, Pritchard, Gilbert, Willis, Higgins, Read, Miles, Stevenson, Stephenson,
Hammond, Arnold, Buckley, Macdonald, MacLeod, Fraser, Sinclair, Morrison, Cunningham
""")

# Origins common in Sweden: their own commonest given names and surnames, in rank order.
ORIGIN_LISTS: dict[str, tuple[str, str, str]] = {
    "finnish": (
        "Anne, Tuula, Päivi, Anna, Riitta, Leena, Pirjo, Sari, Marja, Tiina, Eeva, Kaarina, Hanna, Minna, Satu, Tarja, Sirpa, Liisa, Johanna, Merja, Aino, Helena, Sanna, Outi, Maarit, Kirsi",
        "Juha, Timo, Matti, Kari, Mikko, Jari, Antti, Jukka, Mika, Markku, Pekka, Hannu, Heikki, Seppo, Janne, Ari, Sami, Petri, Ville, Tuomas, Esa, Jouni, Kalevi, Pentti, Veikko, Erkki",
        "Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen",
    ),
    "arabic": (  # Iraq and Syria, with Assyrian/Syriac names
        "Fatima, Zainab, Maryam, Noor, Sara, Rania, Huda, Layla, Aya, Hiba, Rasha, Nour, Lina, Dima, Amira, Samira, Hanan, Yasmin, Raghad, Shahad, Rana, Ninos, Ninorta, Shamiram, Nahrin, Souad",
        "Mohammed, Ahmed, Ali, Hassan, Hussein, Omar, Mustafa, Abdullah, Khaled, Youssef, Ibrahim, Mahmoud, Karim, Sami, Hamid, Haider, Abbas, Ammar, Bashar, Firas, Rami, Tareq, Ninos, Sargon, Aziz, Fadi",
        "Ali, Hassan, Mohammed, Ahmed, Hussein, Ibrahim, Abdullah, Khalil, Saleh, Jabbar, Al-Hashimi, Al-Jaburi, Al-Obaidi, Al-Saadi, Kadhim, Jasim, Mahmoud, Haddad, Khoury, Nasser, Aziz, Hanna, Gabriel, Yousef, Barsom, Issa, Shabo, Al-Rawi, Hamdan, Kassab",
    ),
    "somali": (
        "Fadumo, Hodan, Asha, Amina, Sahra, Hawa, Ifrah, Nimco, Khadra, Halima, Hibo, Ayaan, Sagal, Hamdi, Faadumo, Muna, Ubah, Ladan, Deeqa, Shukri",
        "Mohamed, Abdi, Ahmed, Ali, Hassan, Abdirahman, Abdullahi, Mahad, Liban, Omar, Yusuf, Ismail, Abdikarim, Farah, Said, Hamza, Mustafe, Guled, Bashir, Jama",
        "Mohamed, Ahmed, Abdi, Ali, Hassan, Abdullahi, Farah, Omar, Yusuf, Warsame, Jama, Ismail, Osman, Aden, Hussein, Hirsi, Dahir, Elmi, Egal, Nur, Duale, Gedi",
    ),
    "polish": (
        "Anna, Katarzyna, Maria, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Magdalena, Elżbieta, Joanna, Aleksandra, Monika, Zofia, Teresa, Danuta, Natalia, Karolina, Marta, Beata, Dorota, Justyna",
        "Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Jan, Michał, Marcin, Jakub, Adam, Łukasz, Grzegorz, Mateusz, Wojciech, Mariusz, Dariusz, Marek, Rafał, Kamil, Zbigniew, Jacek, Robert",
        "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Kwiatkowski, Wojciechowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek",
    ),
    "persian": (
        "Maryam, Fatemeh, Zahra, Sara, Leila, Mina, Shirin, Parisa, Nasrin, Azadeh, Roya, Neda, Yasaman, Soheila, Farnaz, Mahnaz, Golnaz, Niloufar, Shabnam, Setareh",
        "Ali, Mohammad, Reza, Hossein, Mehdi, Amir, Hamid, Saeed, Majid, Behzad, Farhad, Dariush, Kian, Babak, Arash, Omid, Kaveh, Navid, Pouya, Siavash",
        "Hosseini, Mohammadi, Ahmadi, Rezaei, Karimi, Hashemi, Jafari, Rahimi, Moradi, Mousavi, Sadeghi, Ghorbani, Alavi, Tehrani, Kazemi, Farahani, Rostami, Shirazi, Nazari, Bahrami",
    ),
    "bcs": (  # Bosnia, Serbia, Croatia and the rest of former Yugoslavia
        "Amra, Jasmina, Mirsada, Emina, Lejla, Ana, Marija, Jelena, Ivana, Dragana, Snežana, Azra, Selma, Merima, Senada, Vesna, Milica, Mirjana, Nermina, Aida",
        "Emir, Adnan, Amir, Senad, Edin, Dragan, Zoran, Goran, Nenad, Milan, Ivan, Marko, Nikola, Dejan, Mirza, Haris, Damir, Samir, Jasmin, Alen",
        "Hodžić, Hadžić, Begić, Kovačević, Delić, Mehmedović, Petrović, Jovanović, Nikolić, Marković, Ðorđević, Horvat, Kovačić, Babić, Marić, Jurić, Novak, Ibrahimović, Hasanović, Salihović, Mujić, Alić, Karić, Popović",
    ),
    "turkish": (
        "Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Meryem, Esra, Özlem, Derya, Gül, Sibel, Büşra, Ebru, Songül, Nurcan, Yasemin, Hülya, Aylin, Melek",
        "Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, Murat, Emre, Yusuf, Ömer, Kemal, Osman, Serkan, Burak, Volkan, Cem, Erkan, Tolga, Orhan",
        "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek",
    ),
    "kurdish": (
        "Berivan, Rojda, Zilan, Hêvî, Dilan, Rojin, Nesrin, Gulistan, Avin, Shilan, Shirin, Jiyan, Rozerin, Viyan, Helin",
        "Rebwar, Karwan, Dilshad, Soran, Azad, Hiwa, Kawa, Shwan, Rizgar, Serwan, Baran, Dara, Hemin, Zana, Aram",
        "Barzani, Ahmad, Kurdi, Rashid, Mahmoud, Amin, Kareem, Mustafa, Salih, Qadir, Hama, Faraj, Rasul, Aziz, Othman",
    ),
    "eritrean": (
        "Helen, Selam, Yohanna, Senait, Saba, Mebrat, Hiwet, Luwam, Feven, Semhar, Winta, Ruta, Mehret, Rahel, Tsega, Almaz",
        "Yonas, Daniel, Samuel, Tesfay, Dawit, Yohannes, Filmon, Mehari, Biniam, Mussie, Habtom, Kidane, Berhane, Amanuel, Ermias, Robel",
        "Tesfay, Gebremedhin, Haile, Tekle, Kidane, Berhane, Ghebreyesus, Tesfamariam, Woldu, Ghebremichael, Mehari, Abraha, Yohannes, Habte, Asmerom, Kahsay",
    ),
    "afghan": (
        "Fatima, Zahra, Maryam, Mariam, Shabana, Farida, Nazanin, Parwana, Mursal, Nilofar, Sima, Freshta, Malalai, Zarghuna, Laila",
        "Ahmad, Mohammad, Ali, Mustafa, Hamid, Ahmadullah, Abdul, Sayed, Naweed, Jawad, Rahim, Shafiq, Farid, Wahid, Ramin, Mujtaba",
        "Ahmadi, Hussaini, Mohammadi, Rahimi, Sultani, Amiri, Hakimi, Karimi, Noori, Popal, Stanikzai, Rezai, Haidari, Jafari, Sadat, Wardak",
    ),
    "thai": (
        "Siriporn, Nittaya, Sunisa, Malee, Pranee, Wanida, Kanya, Ratana, Supaporn, Jintana, Nong, Sasithorn, Pornthip, Araya, Duangjai",
        "Somchai, Somsak, Sombat, Prasert, Anan, Chaiwat, Niran, Wichai, Suchart, Thanakorn, Kittisak, Narong",
        "Saetang, Srisuk, Wongsawat, Chaiyaporn, Suksawat, Thongchai, Boonmee, Kaewkla, Rattanakorn, Phromma, Sriwong, Intharakul",
    ),
    "latin": (  # Chile and Latin America: paternal and maternal surnames
        "María, Carolina, Daniela, Francisca, Camila, Valentina, Paula, Constanza, Javiera, Andrea, Claudia, Patricia, Marcela, Ximena, Fernanda, Gabriela",
        "José, Juan, Luis, Carlos, Jorge, Cristián, Sebastián, Matías, Felipe, Diego, Rodrigo, Pablo, Francisco, Mauricio, Gonzalo, Patricio",
        "González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela",
    ),
}
ORIGIN_HEAD = 10  # the head of an origin's list: its first ten names

# Short forms as people write them, keyed by the given name they stand for.
NICK_SV: dict[str, tuple[str, ...]] = {
    "Lars": ("Lasse",), "Mikael": ("Micke",), "Karl": ("Kalle",), "Per": ("Pelle", "Pär"),
    "Joakim": ("Jocke",), "Johan": ("Jocke", "Jojje"), "Thomas": ("Tompa",), "Magnus": ("Mange",),
    "Marcus": ("Mackan",), "Fredrik": ("Fredde",), "Patrik": ("Patte",), "Robert": ("Robban",),
    "Christer": ("Crille",), "Daniel": ("Danne",), "Kristoffer": ("Krille",), "Gustav": ("Gurra", "Gusse"),
    "Hans": ("Hasse",), "Stefan": ("Steffe",), "Henrik": ("Henke",), "Jonas": ("Jonte",),
    "Alexander": ("Alex",), "Sebastian": ("Sebbe",), "Tobias": ("Tobbe",), "Mattias": ("Matte",),
    "Kenneth": ("Kenta",), "Torbjörn": ("Totte",), "Nils": ("Nisse",), "Sven": ("Svenne",),
    "Anders": ("Andy",), "Niklas": ("Nicke",), "Björn": ("Nalle",), "Kjell": ("Kjelle",),
    "Jörgen": ("Jögge",), "William": ("Wille",), "Albin": ("Abbe",), "Oskar": ("Ogge",),
    "Elisabeth": ("Bettan", "Lisa"), "Kristina": ("Kicki", "Stina"), "Christina": ("Kicki",),
    "Charlotte": ("Lotta",), "Susanne": ("Sussie", "Sanna"), "Margareta": ("Maggan",),
    "Birgitta": ("Gittan", "Bigge"), "Katarina": ("Kattis", "Kajsa"), "Viktoria": ("Vicky",),
    "Josefin": ("Jossan",), "Camilla": ("Millan",), "Rebecka": ("Becka",), "Annika": ("Annie",),
    "Madeleine": ("Madde",), "Therese": ("Tessan",), "Jessica": ("Jessan",), "Gunilla": ("Gunsan",),
    "Matilda": ("Tilda",), "Ingrid": ("Inka",), "Ann-Christin": ("Anki",), "Karl-Johan": ("Kalle",),
}  # fmt: skip
NICK_EN: dict[str, tuple[str, ...]] = {
    "Elizabeth": ("Liz", "Beth", "Lizzie"), "Robert": ("Rob", "Bob", "Bobby"), "William": ("Will", "Bill"),
    "Michael": ("Mike", "Mick"), "Richard": ("Rich", "Rick"), "James": ("Jim", "Jimmy", "Jamie"),
    "Jennifer": ("Jen", "Jenny"), "Katherine": ("Kate", "Kathy"), "Catherine": ("Cathy", "Kate"),
    "Margaret": ("Maggie", "Peggy"), "Christopher": ("Chris",), "Thomas": ("Tom", "Tommy"),
    "Anthony": ("Tony",), "Daniel": ("Dan", "Danny"), "Matthew": ("Matt",), "Joseph": ("Joe",),
    "Patricia": ("Pat", "Trish"), "Susan": ("Sue",), "Deborah": ("Debbie", "Deb"), "Rebecca": ("Becky", "Bex"),
    "Samantha": ("Sam",), "Alexander": ("Alex",), "Benjamin": ("Ben",), "Edward": ("Ed", "Eddie", "Ted"),
    "Jonathan": ("Jon",), "Nicholas": ("Nick",), "Stephen": ("Steve",), "Steven": ("Steve",),
    "David": ("Dave",), "Andrew": ("Andy",), "Timothy": ("Tim",), "Charles": ("Charlie", "Chuck"),
    "Victoria": ("Vicky", "Tori"), "Kimberly": ("Kim",), "Jessica": ("Jess",), "Gregory": ("Greg",),
    "Peter": ("Pete",), "Philip": ("Phil",), "Lawrence": ("Larry",), "Raymond": ("Ray",),
    "Donald": ("Don",), "Ronald": ("Ron",), "Kenneth": ("Ken",), "Douglas": ("Doug",),
    "Samuel": ("Sam",), "Abigail": ("Abi", "Abby"), "Eleanor": ("Ellie",), "Nicola": ("Nicky",),
    "Gillian": ("Gill",), "Stuart": ("Stu",), "Gareth": ("Gaz",), "Barry": ("Baz",), "Terence": ("Terry",),
}  # fmt: skip
NICK_FI: dict[str, tuple[str, ...]] = {"Juha": ("Jussi",), "Matti": ("Masa",), "Kari": ("Kake",), "Riitta": ("Ripa",)}  # fmt: skip
NICK_AR: dict[str, tuple[str, ...]] = {"Mohammed": ("Mo", "Moha"), "Mohamed": ("Mo",), "Mohammad": ("Mo",), "Abdullah": ("Abdi",), "Mustafa": ("Musse",)}  # fmt: skip
NICK_PL: dict[str, tuple[str, ...]] = {"Katarzyna": ("Kasia",), "Małgorzata": ("Gosia",), "Aleksandra": ("Ola",), "Krzysztof": ("Krzysiek",), "Tomasz": ("Tomek",), "Michał": ("Michu",), "Wojciech": ("Wojtek",), "Agnieszka": ("Aga",)}  # fmt: skip


def _origin(lists: tuple[str, str, str], head: int = ORIGIN_HEAD) -> Origin:
    f, m, s = (_w(x) for x in lists)
    return Origin(ranked(f, head), ranked(m, head), ranked(s, head))


ORIGINS: dict[str, Origin] = {
    "swedish": Origin(
        ranked(SV_F + SV_F_TAIL, len(SV_F)),
        ranked(SV_M + SV_M_TAIL, len(SV_M)),
        ranked(SV_S + SV_S_TAIL, len(SV_S)),
    ),
    "us": Origin(census(US_F), census(US_M), census(US_S)),
    "uk": Origin(ranked(UK_F, 120), ranked(UK_M, 110), ranked(UK_S, 150)),
    **{key: _origin(lists) for key, lists in ORIGIN_LISTS.items()},
}

NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": NICK_SV, "us": NICK_EN, "uk": NICK_EN, "finnish": NICK_FI, "arabic": NICK_AR,
    "somali": NICK_AR, "polish": NICK_PL,
}  # fmt: skip

# Who is named, by the language of the row: roughly Sweden's population for Swedish text, the US
# and the UK for English text, and between the two for text that switches.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 70, "arabic": 6, "finnish": 3.5, "polish": 2.5, "bcs": 2.5, "persian": 2.5,
        "somali": 1.8, "turkish": 1.5, "kurdish": 1.3, "eritrean": 1.2, "afghan": 1.2, "thai": 1,
        "latin": 1, "us": 0.6, "uk": 0.6,
    },
    "en": {
        "us": 42, "uk": 36, "swedish": 8, "arabic": 2, "polish": 2, "latin": 2, "finnish": 1,
        "persian": 1, "turkish": 1, "somali": 0.8, "thai": 0.8, "bcs": 0.6, "afghan": 0.5,
    },
    "mixed": {
        "swedish": 52, "uk": 10, "us": 9, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
        "persian": 2.5, "somali": 1.5, "turkish": 1.5, "kurdish": 1.2, "eritrean": 1,
        "afghan": 1, "thai": 1, "latin": 1,
    },
}  # fmt: skip
