# ruff: noqa: E501
"""Name pools of held-out DA (issue 15): names as the population has them, weighted by how often
people carry them, written for DA by its writer from general knowledge (SCB's name statistics, the
ONS rankings, the commonest names of origins common in Sweden) and, for the US, copied from the
US Census 1990 lists (public domain; the `names` package's `dist.female.first`, `dist.male.first`
and `dist.all.last`). Nothing here was checked against rung's lexicons; no name was left out for
being known or unknown. Each list is in rank order: its first `head` names are its head, the rest
its tail; a name word is drawn from the head with HEAD_SHARE, else from the tail, by weight.
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


def ranked(text: str, head: int) -> Pool:
    """A list in rank order, comma-separated, weighted 1/rank."""
    names = tuple(n.strip() for n in text.split(",") if n.strip())
    assert len(set(names)) == len(names), [n for n in names if names.count(n) > 1]
    return Pool(names, tuple(1 / rank for rank in range(1, len(names) + 1)), min(head, len(names)))


def census(pairs: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A US Census 1990 list: its per cent as weight."""
    return Pool(tuple(n for n, _ in pairs), tuple(w for _, w in pairs), head)


# Sweden: SCB's name statistics (given names as people are called by them, and surnames), in rank
# order as the writer knows them; weight 1/rank, head the top 150, a tail of rarer names past them.
SV_F = ranked(
    """
Anna, Eva, Maria, Karin, Sara, Kristina, Lena, Emma, Kerstin, Marie, Ingrid, Malin, Jenny,
Birgitta, Hanna, Inger, Linda, Sofia, Elin, Annika, Johanna, Susanne, Monica, Julia, Ida, Ulla,
Elisabeth, Camilla, Carina, Margareta, Helena, Linnéa, Åsa, Anneli, Therese, Ebba, Louise, Maja,
Elsa, Alice, Lisa, Moa, Amanda, Caroline, Frida, Matilda, Ann, Gunilla, Cecilia, Agneta, Ulrika,
Sandra, Marianne, Anette, Ella, Emelie, Josefin, Wilma, Jessica, Ellen, Klara, Astrid, Lovisa,
Olivia, Alva, Felicia, Sofie, Linn, Ingela, Lina, Barbro, Britt, Viktoria, Emilia, Nathalie,
Evelina, Saga, Agnes, Elvira, Stina, Pia, Yvonne, Mona, Siv, Gunnel, Marita, Madeleine, Jennie,
Christina, Katarina, Charlotte, Petra, Tove, Vera, Selma, Nellie, Thea, Signe, Alicia, Isabelle,
Ronja, Tilda, Nora, Ester, Lilly, Freja, Tindra, Majken, Lea, Mia, Anita, Gun, Birgit, Inga,
Ingegerd, Lisbeth, Ann-Marie, Berit, Gerd, Irene, Märta, Sonja, Britt-Marie, Margit, Solveig,
Viola, Iris, Elina, Ylva, Karolina, Hedvig, Filippa, Isabella, Josefine, Mikaela, Rebecka,
Erika, Fanny, Jeanette, Veronica, Angelica, Pernilla, Annelie, Ann-Christin, Gunvor, Elise,
Greta, Tyra, Edith, Hilda, Stella, Juni,
Alma, Meja, Leah, Liv, Lykke, Novalie, Ines, Livia, Aina, Dagmar, Gudrun, Valborg, Ingeborg,
Elvy, Elly, Maj-Britt, Gull-Britt, Ann-Sofie, Anna-Karin, Eva-Lena, Marie-Louise, Anna-Lena,
Ann-Louise, Lise-Lotte, Ulla-Britt, Inga-Lill, Rut, Vivi, Vivianne, Majvor, Ingalill, Kristin,
Kajsa, Lotta, Jonna, Hillevi, Katrin, Mari, Benita, Cathrine, Catharina, Carolina, Christine,
Desirée, Doris, Eleonor, Eleonora, Ellinor, Emmy, Estelle, Evy, Gertrud, Gunbritt, Gunhild,
Harriet, Heidi, Helen, Helga, Hjördis, Irma, Jill, Jolin, Josephine, Judit, Laila, Lillemor,
Linnea, Liselott, Madelene, Magdalena, Maj, Majlis, Margaretha, Marina, Maud, Mimmi, Minna,
Mira, My, Nanna, Natalie, Nicole, Nina, Noomi, Olga, Ottilia, Paula, Rakel, Ragnhild,
Rose-Marie, Ruth, Sanna, Sigrid, Siri, Sissela, Susann, Svea, Sylvia, Tekla, Tina, Tuva, Ulrica,
Valentina, Wendela, Vilma, Vilja, Viveka, Yasmine, Yrsa, Hedda, Idun, Inez, Jasmine, Kaisa,
Lejla, Leonora, Lilian, Lova, Malou, Mathilda, Melina, Melissa, Milla, Molly, Nelly, Nova,
Rebecca, Rigmor, Rita, Sally, Siw, Stephanie, Tanja, Tess, Thyra, Vanja, Yvette, Zara, Zoe,
Agda, Alfhild, Annette, Aurora, Beatrice, Bodil, Cajsa, Carin, Eira, Elna, Gabriella, Git,
Gullvi, Janina, Jessika, Lis, Louisa, Lydia, Malena, Marit, Martina, Monika, Nadja, Kim,
Alexandra, Andrea, Angela, Ann-Kristin, Anna-Maria, Annica, Birgitte, Britta, Cornelia, Daniela,
Denise, Eivor, Elisa, Elsy, Emely, Emilie, Fatima, Hélène, Ingmarie, Inga-Britt,
Jenni, Johanne, Kristine, Lena-Maria, Liisa, Lilja, Lotten, Maj-Lis, Margot,
Marika, Mariana, Marjatta, Mary, Matilde, Michaela, Miriam, Mirjam, Nathalia, Nea, Ninni,
Pauline, Ronya, Sabina, Selina, Sonia, Sussanne, Tova,
Vendela, Wanda, Wivianne, Åsa-Maria
""",
    150,
)
SV_M = ranked(
    """
Lars, Mikael, Anders, Johan, Per, Erik, Karl, Peter, Jan, Thomas, Daniel, Fredrik, Hans, Bengt,
Andreas, Stefan, Mats, Magnus, Mattias, Jonas, Bo, Alexander, Nils, Leif, Sven, Björn, Ulf,
Oskar, Marcus, Lennart, Gustav, Martin, Henrik, Niklas, Kent, Roger, Christer, Göran, Robert,
Patrik, Viktor, Tommy, Joakim, Åke, David, Emil, Simon, Anton, Filip, Lucas, William, Hugo,
Olle, Kjell, Rolf, Stig, Gunnar, Ingemar, Kenneth, Tobias, Sebastian, Christoffer, Rickard,
Jesper, Johannes, Jakob, Axel, Elias, Adam, Isak, Oliver, Liam, Noah, Ludvig, Vincent, Albin,
Linus, Jimmy, Tomas, Claes, Urban, Håkan, Torbjörn, Arne, Olof, Roland, Ove, Gösta, Kurt, Sten,
Ingvar, Tord, Bertil, Rune, Conny, Dennis, Kristoffer, Mohammed, Ali, Mohamed, Ahmed, Jonathan,
Samuel, Rasmus, Hampus, Max, Edvin, Leo, Theo, Melvin, Arvid, Alfred, Wilhelm, Charlie, Harry,
Sixten, Folke, Valter, Malte, Casper, Benjamin, Gabriel, Felix, Kevin, Pontus, Jens, Johnny,
Ronny, Krister, Jörgen, Pär, Glenn, Roy, Lage, Sune, Jerker, Birger, Evert, Ragnar, Holger,
Gert, Allan, Yngve, Alf, Kennet, Sture, Kalle, Viggo,
Ture, Nisse, Lars-Erik, Karl-Erik, Per-Olof, Jan-Erik, Lars-Göran, Nils-Erik, Bengt-Göran,
Karl-Johan, Sven-Erik, Jan-Olof, Carl-Johan, Per-Erik, Lars-Olof, Hans-Erik, Björn-Erik,
Bror, Einar, Eskil, Gottfrid, Harald, Helge, Hilding, Ivar, Knut, Lennarth, Manfred, Nore, Orvar,
Otto, Rikard, Sigurd, Sivert, Staffan, Sölve, Tage, Torsten, Valdemar, Verner, Vilhelm, Åsmund,
Östen, Algot, Arnold, Assar, Bernt, Börje, Dag, Egon, Elof, Emanuel, Enar, Erling, Ernst, Fritz,
Gerhard, Greger, Gunder, Göte, Hannes, Henning, Herbert, Inge, Isidor, Ivan, Jack,
Jean, Jim, Joel, John, Jon, Josef, Julius, Kaj, Kasper, Kim, Klas, Konrad, Lasse, Leon, Levi,
Loke, Love, Lukas, Melker, Milo, Morgan, Nicklas, Nicolas, Noel, Oscar, Ossian, Pelle, Peder,
Ralf, Reine, Robin, Sam, Sigge, Stellan, Svante, Sylvester, Tim, Tor, Truls, Uno,
Walter, Vidar, Wille, Ville, Vilgot, Adrian, Albert, Alvar, Andreé, Anselm, August,
Bill, Björn-Olof, Carl, Christian, Christopher, Curt, Dan, Douglas, Eddie, Edward, Elis,
Elliot, Emir, Enok, Eric, Erland, Evald, Frank, Fredric, Gerd, Gillis, Gunne, Gustaf, Halvar,
Helmer, Henry, Hjalmar, Hussein, Ibrahim, Ingolf, Jarl, Joacim, Jonny, Jöns,
Karim, Kent-Åke, Kenny, Kristian, Lars-Åke, Laurens, Lennie, Linnéus, Lorentz, Ludwig, Magne,
Marko, Matteus, Michael, Mikko, Niclas, Nils-Olof, Olav, Omar, Patric, Petter,
Philip, Reidar, Reinhold, Roine, Rutger, Sigvard, Sören, Teodor, Thorsten, Torgny, Ulrik,
Waldemar, Wiktor, Yusuf, Åsbjörn, Frans, Tyko, Edgar, Elvin, Colin, Leopold, Matheo,
Otis, Bruno, Ebbe, Torvald, Mauritz, Bernhard, Dick, Uffe, Jan-Åke, Lars-Gunnar, Per-Anders,
Stig-Olof, Bo-Göran
""",
    150,
)
SV_LAST = ranked(
    """
Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson,
Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson,
Magnusson, Olofsson, Lindström, Lindqvist, Lindgren, Axelsson, Berg, Bergström, Lundberg, Lind,
Lundgren, Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Forsberg, Sjöberg,
Wallin, Ali, Engström, Mohammed, Eklund, Danielsson, Lundin, Håkansson, Björk, Bergman,
Gunnarsson, Holm, Wikström, Samuelsson, Isaksson, Fransson, Bergqvist, Nyström, Holmberg,
Arvidsson, Löfgren, Söderberg, Nyberg, Blomqvist, Claesson, Nordström, Mårtensson, Lundström,
Ahmed, Viklund, Björklund, Eliasson, Pålsson, Hassan, Berggren, Sandström, Lund, Nordin, Ström,
Åberg, Hermansson, Ekström, Holmgren, Sundberg, Hedlund, Dahlberg, Hellström, Sjögren,
Abrahamsson, Falk, Martinsson, Öberg, Andreasson, Strömberg, Månsson, Åkesson, Hansen,
Jonasson, Norberg, Sundström, Mohamed, Ivarsson, Nordqvist, Lindholm, Jensen, Dahl, Ek,
Blom, Hedberg, Lindahl, Sjöström, Åström, Bäckström, Eklöf, Lindblom, Holmqvist, Ibrahim,
Nyman, Ekberg, Söderström, Borg, Franzén, Englund, Strand, Sjödin, Lindell, Lundell,
Karlberg, Sundqvist, Forslund, Hussein, Nordlund, Wahlström, Lilja, Bergkvist, Omar, Ottosson,
Hellberg, Lindkvist, Engman, Sandin, Sundin, Hägglund, Ahlström, Wallén, Rosén, Sjölund,
Backman, Wiklund, Jakobsen, Ågren, Ekman,
Boström, Dahlgren, Lindén, Lundmark, Östlund, Berglöf, Edlund, Melin, Nordgren, Björkman,
Lindman, Nordén, Hjalmarsson, Kristiansson, Adolfsson, Stenberg, Söderlund, Lindh, Thorén,
Jernberg, Roos, Lönn, Lövgren, Åkerman, Ståhl, Bergsten, Granberg, Grahn, Holmström, Wallgren,
Westerberg, Östberg, Ekholm, Friberg, Hammar, Hedström, Kvist, Lindblad, Lindroth, Malm,
Moberg, Nord, Palm, Sahlin, Strömqvist, Svärd, Törnqvist, Wennberg, Åhlund, Björling, Carlsson,
Dahlin, Ehn, Enström, Fors, Gran, Hagström, Hallberg, Hedin, Hellgren, Holmlund, Hägg, Kjellberg,
Lagerström, Larsen, Lindstedt, Ljung, Ljungberg, Löfstedt, Marklund, Mellberg,
Nordmark, Norén, Nygren, Näslund, Petersson, Rask, Rydberg, Rydén, Sandell, Sjöholm, Skoglund,
Stenström, Strandberg, Sundén, Sundh, Swärd, Thunberg, Tornberg, Vesterberg, Wester, Wikberg,
Wikman, Wästberg, Zetterberg, Zetterström, Åslund, Öhman, Östman, Alm, Almqvist, Alsterberg,
Bergh, Bladh, Blomberg, Bohlin, Brandt, Brodin, Byström, Dahlqvist, Edström,
Ekelund, Elg, Engberg, Engdahl, Erlandsson, Fagerström, Falkenberg, Forsman, Frisk, Gidlund,
Grönlund, Gullberg, Hallin, Hamberg, Hedman, Hillström, Hultgren, Häll, Jernström, Kling,
Kronberg, Kullberg, Lagerqvist, Lidén, Ljungqvist, Lundholm, Modin, Nordahl, Norrman,
Nyholm, Olausson, Palmqvist, Pihl, Qvist, Rehn, Ringström, Ryd, Rönnberg, Sandgren, Segerström,
Sellberg, Sjökvist, Skog, Stark, Stenlund, Strid, Sundell, Söderman, Tell, Thelin, Tjärnberg,
Torstensson, Tuvesson, Ullman, Vallin, Wahlberg, Westin, Wigren, Wiström, Vikström, Åman, Åkerlund,
Åhman, Ödman, Öst, Östling, Lindvall, Lundkvist, Nordkvist, Sjöqvist, Lindau, Hagman, Abdi, Ahmadi, Yilmaz, Nguyen, Mohammadi, Hosseini, Korhonen,
von Rosen, af Sillén, Sparre, Bielke, Wrede, Leijonhufvud, Gyllenhammar, Bonde,
Stjernswärd, Lagercrantz, Ehrensvärd, Silfverschiöld, Cederström, Adelswärd, Rosenblad
""",
    150,
)

# The US: the Census 1990 lists (first 400 women's and men's given names, 450 surnames),
# the per cent of the population as weight, head 150.
US_F = (
    ("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.98),
    ("Elizabeth", 0.937), ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794),
    ("Margaret", 0.768), ("Dorothy", 0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667),
    ("Betty", 0.666), ("Helen", 0.663), ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565),
    ("Ruth", 0.562), ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.51), ("Sarah", 0.508),
    ("Kimberly", 0.504), ("Deborah", 0.494), ("Jessica", 0.49), ("Shirley", 0.482),
    ("Cynthia", 0.469), ("Angela", 0.468), ("Melissa", 0.462), ("Brenda", 0.455), ("Amy", 0.451),
    ("Anna", 0.44), ("Rebecca", 0.43), ("Virginia", 0.43), ("Kathleen", 0.424), ("Pamela", 0.416),
    ("Martha", 0.412), ("Debra", 0.408), ("Amanda", 0.404), ("Stephanie", 0.4),
    ("Carolyn", 0.385), ("Christine", 0.382), ("Marie", 0.379), ("Janet", 0.379),
    ("Catherine", 0.373), ("Frances", 0.37), ("Ann", 0.364), ("Joyce", 0.364), ("Diane", 0.359),
    ("Alice", 0.357), ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336), ("Doris", 0.335),
    ("Gloria", 0.335), ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315), ("Mildred", 0.313),
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
    ("Suzanne", 0.145), ("Michele", 0.145), ("Gail", 0.145), ("Bertha", 0.143),
    ("Darlene", 0.142), ("Veronica", 0.142), ("Jill", 0.142), ("Erin", 0.141),
    ("Geraldine", 0.141), ("Lauren", 0.137), ("Cathy", 0.137), ("Joann", 0.136),
    ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135), ("Regina", 0.133), ("Erica", 0.13),
    ("Beatrice", 0.13), ("Dolores", 0.129), ("Bernice", 0.128), ("Audrey", 0.127),
    ("Yvonne", 0.126), ("Annette", 0.125), ("June", 0.125), ("Samantha", 0.124),
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
    ("Katrina", 0.061), ("Claire", 0.061), ("Lindsey", 0.06), ("Lindsay", 0.06),
    ("Geneva", 0.059), ("Guadalupe", 0.059), ("Belinda", 0.059), ("Margarita", 0.059),
    ("Sheryl", 0.059), ("Cora", 0.058), ("Faye", 0.058), ("Ada", 0.057), ("Natasha", 0.057),
    ("Sabrina", 0.057), ("Isabel", 0.057), ("Marguerite", 0.056), ("Hattie", 0.056),
    ("Harriet", 0.056), ("Molly", 0.055), ("Cecilia", 0.055), ("Kristi", 0.055),
    ("Brandi", 0.055), ("Blanche", 0.055), ("Sandy", 0.055), ("Rosie", 0.055), ("Joanna", 0.055),
    ("Iris", 0.055), ("Eunice", 0.054), ("Angie", 0.054), ("Inez", 0.053), ("Lynda", 0.053),
    ("Madeline", 0.052), ("Amelia", 0.052), ("Alberta", 0.052), ("Genevieve", 0.051),
    ("Monique", 0.051), ("Jodi", 0.051), ("Janie", 0.051), ("Maggie", 0.051), ("Kayla", 0.051),
    ("Sonya", 0.051), ("Jan", 0.051), ("Lee", 0.051), ("Kristine", 0.051), ("Candace", 0.051),
    ("Fannie", 0.05), ("Maryann", 0.05), ("Opal", 0.05), ("Alison", 0.05), ("Yvette", 0.05),
    ("Melody", 0.05), ("Luz", 0.049), ("Susie", 0.049), ("Olivia", 0.049), ("Flora", 0.049),
    ("Shelley", 0.049), ("Kristy", 0.048), ("Mamie", 0.048), ("Lula", 0.048), ("Lola", 0.048),
    ("Verna", 0.048), ("Beulah", 0.048), ("Antoinette", 0.048), ("Candice", 0.046),
    ("Juana", 0.046), ("Jeannette", 0.046), ("Pam", 0.046), ("Kelli", 0.046), ("Hannah", 0.045),
    ("Whitney", 0.045), ("Bridget", 0.045), ("Karla", 0.044), ("Celia", 0.044), ("Latoya", 0.043),
    ("Patty", 0.043), ("Shelia", 0.043), ("Gayle", 0.043), ("Della", 0.043), ("Vicky", 0.043),
    ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042), ("Kara", 0.041),
    ("Jacquelyn", 0.041), ("Erma", 0.041), ("Blanca", 0.041), ("Myra", 0.04), ("Leticia", 0.04),
    ("Pat", 0.04), ("Krista", 0.04), ("Roxanne", 0.04), ("Angelica", 0.039), ("Johnnie", 0.039),
    ("Robyn", 0.039), ("Francis", 0.039), ("Adrienne", 0.039), ("Rosalie", 0.039),
    ("Alexandra", 0.039), ("Brooke", 0.039), ("Bethany", 0.039), ("Sadie", 0.039),
    ("Bernadette", 0.039),
)  # fmt: skip
US_M = (
    ("James", 3.318), ("John", 3.271), ("Robert", 3.143), ("Michael", 2.629), ("William", 2.451),
    ("David", 2.363), ("Richard", 1.703), ("Charles", 1.523), ("Joseph", 1.404), ("Thomas", 1.38),
    ("Christopher", 1.035), ("Daniel", 0.974), ("Paul", 0.948), ("Mark", 0.938),
    ("Donald", 0.931), ("George", 0.927), ("Kenneth", 0.826), ("Steven", 0.78), ("Edward", 0.779),
    ("Brian", 0.736), ("Ronald", 0.725), ("Anthony", 0.721), ("Kevin", 0.671), ("Jason", 0.66),
    ("Matthew", 0.657), ("Gary", 0.65), ("Timothy", 0.64), ("Jose", 0.613), ("Larry", 0.598),
    ("Jeffrey", 0.591), ("Frank", 0.581), ("Scott", 0.546), ("Eric", 0.544), ("Stephen", 0.54),
    ("Andrew", 0.537), ("Raymond", 0.488), ("Gregory", 0.441), ("Joshua", 0.435),
    ("Jerry", 0.432), ("Dennis", 0.415), ("Walter", 0.399), ("Patrick", 0.389), ("Peter", 0.381),
    ("Harold", 0.371), ("Douglas", 0.367), ("Henry", 0.365), ("Carl", 0.346), ("Arthur", 0.335),
    ("Ryan", 0.328), ("Roger", 0.322), ("Joe", 0.321), ("Juan", 0.316), ("Jack", 0.315),
    ("Albert", 0.314), ("Jonathan", 0.313), ("Justin", 0.311), ("Terry", 0.311),
    ("Gerald", 0.309), ("Keith", 0.308), ("Samuel", 0.306), ("Willie", 0.302), ("Ralph", 0.282),
    ("Lawrence", 0.282), ("Nicholas", 0.275), ("Roy", 0.273), ("Benjamin", 0.27),
    ("Bruce", 0.263), ("Brandon", 0.26), ("Adam", 0.259), ("Harry", 0.251), ("Fred", 0.251),
    ("Wayne", 0.249), ("Billy", 0.248), ("Steve", 0.246), ("Louis", 0.243), ("Jeremy", 0.242),
    ("Aaron", 0.24), ("Randy", 0.232), ("Howard", 0.23), ("Eugene", 0.23), ("Carlos", 0.229),
    ("Russell", 0.224), ("Bobby", 0.223), ("Victor", 0.222), ("Martin", 0.216), ("Ernest", 0.215),
    ("Phillip", 0.213), ("Todd", 0.213), ("Jesse", 0.209), ("Craig", 0.206), ("Alan", 0.204),
    ("Shawn", 0.2), ("Clarence", 0.197), ("Sean", 0.197), ("Philip", 0.197), ("Chris", 0.197),
    ("Johnny", 0.195), ("Earl", 0.193), ("Jimmy", 0.191), ("Antonio", 0.19), ("Danny", 0.19),
    ("Bryan", 0.19), ("Tony", 0.19), ("Luis", 0.189), ("Mike", 0.189), ("Stanley", 0.186),
    ("Leonard", 0.186), ("Nathan", 0.185), ("Dale", 0.184), ("Manuel", 0.181), ("Rodney", 0.18),
    ("Curtis", 0.18), ("Norman", 0.177), ("Allen", 0.174), ("Marvin", 0.171), ("Vincent", 0.168),
    ("Glenn", 0.167), ("Jeffery", 0.166), ("Travis", 0.166), ("Jeff", 0.166), ("Chad", 0.165),
    ("Jacob", 0.165), ("Lee", 0.162), ("Melvin", 0.162), ("Alfred", 0.162), ("Kyle", 0.16),
    ("Francis", 0.16), ("Bradley", 0.159), ("Jesus", 0.155), ("Herbert", 0.155),
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
    ("Brett", 0.082), ("Angel", 0.082), ("Nathaniel", 0.081), ("Rafael", 0.081),
    ("Leslie", 0.081), ("Edgar", 0.08), ("Milton", 0.08), ("Raul", 0.079), ("Ben", 0.078),
    ("Chester", 0.078), ("Cecil", 0.078), ("Duane", 0.077), ("Franklin", 0.077), ("Andre", 0.076),
    ("Elmer", 0.074), ("Brad", 0.073), ("Gabriel", 0.073), ("Ron", 0.072), ("Mitchell", 0.072),
    ("Roland", 0.072), ("Arnold", 0.072), ("Harvey", 0.072), ("Jared", 0.071), ("Adrian", 0.069),
    ("Karl", 0.069), ("Cory", 0.068), ("Claude", 0.068), ("Erik", 0.068), ("Darryl", 0.067),
    ("Jamie", 0.066), ("Neil", 0.066), ("Jessie", 0.065), ("Christian", 0.065), ("Javier", 0.065),
    ("Fernando", 0.065), ("Clinton", 0.065), ("Ted", 0.064), ("Mathew", 0.064), ("Tyrone", 0.064),
    ("Darren", 0.064), ("Lonnie", 0.064), ("Lance", 0.063), ("Cody", 0.063), ("Julio", 0.063),
    ("Kelly", 0.063), ("Kurt", 0.062), ("Allan", 0.061), ("Nelson", 0.061), ("Guy", 0.06),
    ("Clayton", 0.06), ("Hugh", 0.06), ("Max", 0.059), ("Dwayne", 0.059), ("Dwight", 0.058),
    ("Armando", 0.058), ("Felix", 0.058), ("Jimmie", 0.058), ("Everett", 0.057),
    ("Jordan", 0.056), ("Ian", 0.056), ("Wallace", 0.056), ("Ken", 0.055), ("Bob", 0.055),
    ("Jaime", 0.055), ("Casey", 0.054), ("Alfredo", 0.054), ("Alberto", 0.053), ("Dave", 0.053),
    ("Ivan", 0.053), ("Johnnie", 0.052), ("Sidney", 0.052), ("Byron", 0.052), ("Julian", 0.052),
    ("Isaac", 0.051), ("Morris", 0.051), ("Clifton", 0.05), ("Willard", 0.05), ("Daryl", 0.05),
    ("Ross", 0.05), ("Virgil", 0.049), ("Andy", 0.049), ("Marshall", 0.049), ("Salvador", 0.049),
    ("Perry", 0.049), ("Kirk", 0.049), ("Sergio", 0.049), ("Marion", 0.048), ("Tracy", 0.048),
    ("Seth", 0.048), ("Kent", 0.048), ("Terrance", 0.048), ("Rene", 0.048), ("Eduardo", 0.047),
    ("Terrence", 0.047), ("Enrique", 0.046), ("Freddie", 0.046), ("Wade", 0.045),
    ("Austin", 0.044), ("Stuart", 0.044), ("Fredrick", 0.043), ("Arturo", 0.043),
    ("Alejandro", 0.043), ("Jackie", 0.043), ("Joey", 0.043), ("Nick", 0.043), ("Luther", 0.043),
    ("Wendell", 0.042), ("Jeremiah", 0.042), ("Evan", 0.042), ("Julius", 0.042), ("Dana", 0.042),
    ("Donnie", 0.041), ("Otis", 0.041), ("Shannon", 0.04), ("Trevor", 0.04), ("Oliver", 0.04),
    ("Luke", 0.04), ("Homer", 0.04), ("Gerard", 0.04), ("Doug", 0.04), ("Kenny", 0.039),
    ("Hubert", 0.039), ("Angelo", 0.039), ("Shaun", 0.039), ("Lyle", 0.038), ("Matt", 0.038),
    ("Lynn", 0.038), ("Alfonso", 0.038), ("Orlando", 0.037), ("Rex", 0.037), ("Carlton", 0.037),
    ("Ernesto", 0.037), ("Cameron", 0.037), ("Neal", 0.037), ("Pablo", 0.036), ("Lorenzo", 0.036),
    ("Omar", 0.036), ("Wilbur", 0.036), ("Blake", 0.036), ("Grant", 0.036), ("Horace", 0.036),
    ("Roderick", 0.036), ("Kerry", 0.036), ("Abraham", 0.035), ("Willis", 0.035),
    ("Rickey", 0.035), ("Jean", 0.035), ("Ira", 0.035), ("Andres", 0.034), ("Cesar", 0.034),
    ("Johnathan", 0.034), ("Malcolm", 0.034), ("Rudolph", 0.034), ("Damon", 0.034),
    ("Kelvin", 0.034), ("Rudy", 0.034), ("Preston", 0.034), ("Alton", 0.033), ("Archie", 0.033),
    ("Marco", 0.033), ("Wm", 0.033), ("Pete", 0.032), ("Randolph", 0.032), ("Garry", 0.032),
    ("Geoffrey", 0.032), ("Jonathon", 0.032), ("Felipe", 0.032), ("Bennie", 0.032),
    ("Gerardo", 0.032), ("Ed", 0.032), ("Dominic", 0.032), ("Robin", 0.032), ("Loren", 0.032),
    ("Delbert", 0.031), ("Colin", 0.031), ("Guillermo", 0.031), ("Earnest", 0.031),
    ("Lucas", 0.031), ("Benny", 0.03), ("Noel", 0.03), ("Spencer", 0.03), ("Rodolfo", 0.03),
    ("Myron", 0.03), ("Edmund", 0.03), ("Garrett", 0.029), ("Salvatore", 0.029),
    ("Cedric", 0.029), ("Lowell", 0.029), ("Gregg", 0.029), ("Sherman", 0.028), ("Wilson", 0.028),
    ("Devin", 0.028), ("Sylvester", 0.028), ("Kim", 0.028), ("Roosevelt", 0.028),
    ("Israel", 0.028), ("Jermaine", 0.028),
)  # fmt: skip
US_LAST = (
    ("Smith", 1.006), ("Johnson", 0.81), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621),
    ("Davis", 0.48), ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor", 0.311),
    ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.31), ("White", 0.279),
    ("Harris", 0.275), ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254),
    ("Martinez", 0.234), ("Robinson", 0.233), ("Clark", 0.231), ("Rodriguez", 0.229),
    ("Lewis", 0.226), ("Lee", 0.22), ("Walker", 0.219), ("Hall", 0.2), ("Allen", 0.199),
    ("Young", 0.193), ("Hernandez", 0.192), ("King", 0.19), ("Wright", 0.189), ("Lopez", 0.187),
    ("Hill", 0.187), ("Scott", 0.185), ("Green", 0.183), ("Adams", 0.174), ("Baker", 0.171),
    ("Gonzalez", 0.166), ("Nelson", 0.162), ("Carter", 0.162), ("Mitchell", 0.16),
    ("Perez", 0.155), ("Roberts", 0.153), ("Turner", 0.152), ("Phillips", 0.149),
    ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141), ("Edwards", 0.137),
    ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.13), ("Morris", 0.125),
    ("Rogers", 0.123), ("Reed", 0.122), ("Cook", 0.12), ("Morgan", 0.118), ("Bell", 0.117),
    ("Murphy", 0.117), ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper", 0.113),
    ("Richardson", 0.112), ("Cox", 0.11), ("Howard", 0.11), ("Ward", 0.108), ("Torres", 0.108),
    ("Peterson", 0.107), ("Gray", 0.106), ("Ramirez", 0.105), ("James", 0.105), ("Watson", 0.103),
    ("Brooks", 0.103), ("Kelly", 0.102), ("Sanders", 0.1), ("Price", 0.099), ("Bennett", 0.099),
    ("Wood", 0.098), ("Barnes", 0.097), ("Ross", 0.096), ("Henderson", 0.095), ("Coleman", 0.095),
    ("Jenkins", 0.095), ("Perry", 0.094), ("Powell", 0.093), ("Long", 0.092),
    ("Patterson", 0.092), ("Hughes", 0.092), ("Flores", 0.092), ("Washington", 0.092),
    ("Butler", 0.091), ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales", 0.087),
    ("Bryant", 0.087), ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084),
    ("Diaz", 0.084), ("Hayes", 0.083), ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082),
    ("Graham", 0.082), ("Sullivan", 0.081), ("Wallace", 0.081), ("Woods", 0.08), ("Cole", 0.08),
    ("West", 0.08), ("Jordan", 0.078), ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077),
    ("Ellis", 0.077), ("Harrison", 0.076), ("Gibson", 0.075), ("McDonald", 0.075),
    ("Cruz", 0.075), ("Marshall", 0.075), ("Ortiz", 0.075), ("Gomez", 0.075), ("Murray", 0.074),
    ("Freeman", 0.074), ("Wells", 0.073), ("Webb", 0.072), ("Simpson", 0.07), ("Stevens", 0.07),
    ("Tucker", 0.07), ("Porter", 0.069), ("Hunter", 0.069), ("Hicks", 0.069), ("Crawford", 0.068),
    ("Henry", 0.068), ("Boyd", 0.068), ("Mason", 0.068), ("Morales", 0.067), ("Kennedy", 0.067),
    ("Warren", 0.067), ("Dixon", 0.066), ("Ramos", 0.066), ("Reyes", 0.066), ("Burns", 0.065),
    ("Gordon", 0.065), ("Shaw", 0.065), ("Holmes", 0.065), ("Rice", 0.064), ("Robertson", 0.064),
    ("Hunt", 0.063), ("Black", 0.063), ("Daniels", 0.062), ("Palmer", 0.062), ("Mills", 0.061),
    ("Nichols", 0.06), ("Grant", 0.06), ("Knight", 0.06), ("Ferguson", 0.059), ("Rose", 0.059),
    ("Stone", 0.059), ("Hawkins", 0.059), ("Dunn", 0.058), ("Perkins", 0.058), ("Hudson", 0.058),
    ("Spencer", 0.057), ("Gardner", 0.057), ("Stephens", 0.057), ("Payne", 0.057),
    ("Pierce", 0.056), ("Berry", 0.056), ("Matthews", 0.056), ("Arnold", 0.056),
    ("Wagner", 0.055), ("Willis", 0.055), ("Ray", 0.055), ("Watkins", 0.055), ("Olson", 0.055),
    ("Carroll", 0.055), ("Duncan", 0.055), ("Snyder", 0.055), ("Hart", 0.054),
    ("Cunningham", 0.054), ("Bradley", 0.054), ("Lane", 0.054), ("Andrews", 0.054),
    ("Ruiz", 0.054), ("Harper", 0.054), ("Fox", 0.053), ("Riley", 0.053), ("Armstrong", 0.053),
    ("Carpenter", 0.053), ("Weaver", 0.053), ("Greene", 0.053), ("Lawrence", 0.052),
    ("Elliott", 0.052), ("Chavez", 0.052), ("Sims", 0.052), ("Austin", 0.052), ("Peters", 0.052),
    ("Kelley", 0.052), ("Franklin", 0.051), ("Lawson", 0.051), ("Fields", 0.051),
    ("Gutierrez", 0.051), ("Ryan", 0.051), ("Schmidt", 0.051), ("Carr", 0.051),
    ("Vasquez", 0.051), ("Castillo", 0.051), ("Wheeler", 0.051), ("Chapman", 0.05),
    ("Oliver", 0.05), ("Montgomery", 0.049), ("Richards", 0.049), ("Williamson", 0.049),
    ("Johnston", 0.049), ("Banks", 0.048), ("Meyer", 0.048), ("Bishop", 0.048), ("McCoy", 0.048),
    ("Howell", 0.048), ("Alvarez", 0.048), ("Morrison", 0.048), ("Hansen", 0.047),
    ("Fernandez", 0.047), ("Garza", 0.047), ("Harvey", 0.047), ("Little", 0.046),
    ("Burton", 0.046), ("Stanley", 0.046), ("Nguyen", 0.046), ("George", 0.046),
    ("Jacobs", 0.046), ("Reid", 0.046), ("Kim", 0.045), ("Fuller", 0.045), ("Lynch", 0.045),
    ("Dean", 0.045), ("Gilbert", 0.045), ("Garrett", 0.045), ("Romero", 0.045), ("Welch", 0.044),
    ("Larson", 0.044), ("Frazier", 0.044), ("Burke", 0.044), ("Hanson", 0.043), ("Day", 0.043),
    ("Mendoza", 0.043), ("Moreno", 0.043), ("Bowman", 0.043), ("Medina", 0.042),
    ("Fowler", 0.042), ("Brewer", 0.042), ("Hoffman", 0.042), ("Carlson", 0.042),
    ("Silva", 0.042), ("Pearson", 0.042), ("Holland", 0.042), ("Douglas", 0.041),
    ("Fleming", 0.041), ("Jensen", 0.041), ("Vargas", 0.041), ("Byrd", 0.041),
    ("Davidson", 0.041), ("Hopkins", 0.041), ("May", 0.04), ("Terry", 0.04), ("Herrera", 0.04),
    ("Wade", 0.04), ("Soto", 0.04), ("Walters", 0.04), ("Curtis", 0.04), ("Neal", 0.039),
    ("Caldwell", 0.039), ("Lowe", 0.039), ("Jennings", 0.039), ("Barnett", 0.039),
    ("Graves", 0.039), ("Jimenez", 0.039), ("Horton", 0.039), ("Shelton", 0.039),
    ("Barrett", 0.039), ("O'Brien", 0.039), ("Castro", 0.039), ("Sutton", 0.038),
    ("Gregory", 0.038), ("McKinney", 0.038), ("Lucas", 0.038), ("Miles", 0.038), ("Craig", 0.038),
    ("Rodriquez", 0.037), ("Chambers", 0.037), ("Holt", 0.037), ("Lambert", 0.037),
    ("Fletcher", 0.037), ("Watts", 0.037), ("Bates", 0.037), ("Hale", 0.037), ("Rhodes", 0.037),
    ("Pena", 0.037), ("Beck", 0.037), ("Newman", 0.036), ("Haynes", 0.036), ("McDaniel", 0.036),
    ("Mendez", 0.036), ("Bush", 0.036), ("Vaughn", 0.036), ("Parks", 0.035), ("Dawson", 0.035),
    ("Santiago", 0.035), ("Norris", 0.035), ("Hardy", 0.035), ("Love", 0.035), ("Steele", 0.035),
    ("Curry", 0.035), ("Powers", 0.035), ("Schultz", 0.035), ("Barker", 0.035), ("Guzman", 0.034),
    ("Page", 0.034), ("Munoz", 0.034), ("Ball", 0.034), ("Keller", 0.034), ("Chandler", 0.034),
    ("Weber", 0.034), ("Leonard", 0.034), ("Walsh", 0.033), ("Lyons", 0.033), ("Ramsey", 0.033),
    ("Wolfe", 0.033), ("Schneider", 0.033), ("Mullins", 0.033), ("Benson", 0.033),
    ("Sharp", 0.033), ("Bowen", 0.033), ("Daniel", 0.033), ("Barber", 0.032), ("Cummings", 0.032),
    ("Hines", 0.032), ("Baldwin", 0.032), ("Griffith", 0.032), ("Valdez", 0.032),
    ("Hubbard", 0.032), ("Salazar", 0.032), ("Reeves", 0.032), ("Warner", 0.031),
    ("Stevenson", 0.031), ("Burgess", 0.031), ("Santos", 0.031), ("Tate", 0.031),
    ("Cross", 0.031), ("Garner", 0.031), ("Mann", 0.031), ("Mack", 0.031), ("Moss", 0.031),
    ("Thornton", 0.031), ("Dennis", 0.031), ("McGee", 0.031), ("Farmer", 0.03), ("Delgado", 0.03),
    ("Aguilar", 0.03), ("Vega", 0.03), ("Glover", 0.03), ("Manning", 0.03), ("Cohen", 0.03),
    ("Harmon", 0.03), ("Rodgers", 0.03), ("Robbins", 0.03), ("Newton", 0.03), ("Todd", 0.03),
    ("Blair", 0.03), ("Higgins", 0.03), ("Ingram", 0.03), ("Reese", 0.03), ("Cannon", 0.03),
    ("Strickland", 0.03), ("Townsend", 0.03), ("Potter", 0.03), ("Goodwin", 0.03),
    ("Walton", 0.03), ("Rowe", 0.029), ("Hampton", 0.029), ("Ortega", 0.029), ("Patton", 0.029),
    ("Swanson", 0.029), ("Joseph", 0.029), ("Francis", 0.029), ("Goodman", 0.029),
    ("Maldonado", 0.029), ("Yates", 0.029), ("Becker", 0.029), ("Erickson", 0.029),
    ("Hodges", 0.029), ("Rios", 0.029), ("Conner", 0.029), ("Adkins", 0.029), ("Webster", 0.028),
    ("Norman", 0.028), ("Malone", 0.028), ("Hammond", 0.028), ("Flowers", 0.028), ("Cobb", 0.028),
    ("Moody", 0.028), ("Quinn", 0.028), ("Blake", 0.028), ("Maxwell", 0.028), ("Pope", 0.028),
    ("Floyd", 0.027), ("Osborne", 0.027), ("Paul", 0.027), ("McCarthy", 0.027),
    ("Guerrero", 0.027), ("Lindsey", 0.027), ("Estrada", 0.027), ("Sandoval", 0.027),
    ("Gibbs", 0.027), ("Tyler", 0.027), ("Gross", 0.027), ("Fitzgerald", 0.027),
    ("Stokes", 0.027), ("Doyle", 0.027), ("Sherman", 0.027), ("Saunders", 0.027), ("Wise", 0.027),
    ("Colon", 0.027), ("Gill", 0.027), ("Alvarado", 0.027), ("Greer", 0.026), ("Padilla", 0.026),
    ("Simon", 0.026), ("Waters", 0.026), ("Nunez", 0.026), ("Ballard", 0.026),
    ("Schwartz", 0.026), ("McBride", 0.026), ("Houston", 0.026), ("Christensen", 0.026),
    ("Klein", 0.026), ("Pratt", 0.026), ("Briggs", 0.026), ("Parsons", 0.026),
    ("McLaughlin", 0.026), ("Zimmerman", 0.026), ("French", 0.026), ("Buchanan", 0.026),
    ("Moran", 0.026), ("Copeland", 0.025), ("Roy", 0.025), ("Pittman", 0.025), ("Brady", 0.025),
    ("McCormick", 0.025), ("Holloway", 0.025),
)  # fmt: skip

# The UK: given names in the order of the ONS rankings across the decades in which today's adults
# and children were born, and surnames in the order of their frequency (general knowledge; 1/rank).
UK_F = ranked(
    """
Sarah, Emma, Claire, Laura, Rebecca, Emily, Charlotte, Hannah, Jessica, Sophie, Lucy, Amy,
Susan, Karen, Helen, Nicola, Elizabeth, Julie, Lisa, Michelle, Rachel, Katie, Olivia, Amelia,
Jane, Catherine, Louise, Victoria, Samantha, Joanne, Kelly, Gemma, Jennifer, Lauren, Chloe,
Margaret, Patricia, Ruth, Alison, Deborah, Angela, Jacqueline, Tracey, Wendy, Alice, Grace,
Ella, Isla, Ava, Mia, Lily, Isabella, Poppy, Freya, Evie, Ruby, Sophia, Holly, Megan, Georgia,
Zoe, Natalie, Kirsty, Danielle, Stacey, Leanne, Hayley, Kerry, Amanda, Caroline, Anne, Mary,
Christine, Linda, Janet, Carol, Barbara, Pauline, Lynn, Dawn, Sharon, Gillian, Fiona, Heather,
Joanna, Kate, Anna, Abigail, Eleanor, Ellie, Phoebe, Scarlett, Daisy, Millie, Florence, Matilda,
Rosie, Imogen, Harriet, Bethany, Jade, Amber, Naomi, Kathryn, Frances, Sally, Valerie, Sheila,
Brenda, Jean, Joan, Maureen, Irene, Doreen, Sylvia, Shirley, Denise, Yvonne, Beverley, Diane,
Elaine, Maxine, Melanie, Natasha, Kimberley, Charlene, Siobhan, Aisha, Fatima, Priya, Jasmine,
Maya, Willow, Harper, Aria, Ivy, Rosa, Esme, Elsie, Evelyn, Iris, Martha, Violet, Maisie, Layla,
Nancy, Darcy, Erin, Molly, Jodie, Rhiannon, Cerys, Carys, Bronwen, Morag, Kirsten, Ailsa, Eilidh,
Mhairi, Catriona, Agnes, Edith, Hilda, Beryl, Gladys, Marjorie, Vera, Winifred, Ada, Mabel,
Lilian, Dorothy, Betty, Audrey, Eileen, Rita, Pamela, Gail, Lesley, Judith, Marion, Rosemary,
Penelope, Philippa, Tamsin, Rowena, Verity, Felicity, Clara, Beatrice, Thea, Elodie
""",
    130,
)
UK_M = ranked(
    """
David, John, Paul, Michael, Andrew, James, Mark, Richard, Peter, Stephen, Robert, Christopher,
Daniel, Thomas, Matthew, Jonathan, Simon, Ian, Gary, Steven, William, Anthony, Martin, Kevin,
Lee, Neil, Darren, Craig, Jason, Wayne, Dean, Adam, Benjamin, Samuel, Joshua, Luke, Jack, Oliver,
Harry, George, Charlie, Jacob, Alfie, Noah, Oscar, Leo, Archie, Muhammad, Henry, Theo, Freddie,
Arthur, Alexander, Joseph, Ryan, Liam, Connor, Callum, Jamie, Scott, Nathan, Aaron, Jordan,
Kieran, Ashley, Carl, Lewis, Alan, Brian, Keith, Graham, Colin, Derek, Trevor, Barry, Terry,
Kenneth, Roger, Malcolm, Nigel, Philip, Stuart, Gordon, Graeme, Douglas, Alistair, Hamish,
Angus, Fraser, Euan, Rhys, Gareth, Owen, Dylan, Huw, Emyr, Dafydd, Tom, Edward, Charles, Hugo,
Rupert, Toby, Max, Sebastian, Isaac, Ethan, Mason, Logan, Reuben, Elliot, Harrison, Tyler,
Bradley, Shane, Ross, Marcus, Russell, Nicholas, Timothy, Jeremy, Rodney, Clive, Geoffrey,
Raymond, Dennis, Leslie, Stanley, Albert, Ernest, Frederick, Harold, Walter, Sidney, Cyril,
Norman, Ronald, Donald, Gerald, Bernard, Frank, Ralph, Victor, Vincent, Patrick, Sean, Declan,
Kyle, Jake, Ben, Sam, Finley, Reggie, Teddy, Albie, Rory, Louis, Ronnie, Jude, Ezra, Hunter,
Tommy, Mohammed, Ahmed, Ali, Hassan, Arjun, Rohan, Ravi, Sanjay, Imran, Tariq, Bilal, Zain,
Ibrahim, Yusuf, Kwame, Tobias, Felix, Jasper, Rufus, Ivor, Glyn, Dai, Alun, Ewan
""",
    130,
)
UK_LAST = ranked(
    """
Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts,
Robinson, Thompson, Wright, Walker, White, Edwards, Hughes, Green, Hall, Lewis, Harris, Clarke,
Patel, Jackson, Wood, Turner, Martin, Cooper, Hill, Ward, Morris, Moore, Clark, Lee, King, Baker,
Harrison, Morgan, Allen, James, Scott, Phillips, Watson, Davis, Parker, Price, Bennett, Young,
Griffiths, Mitchell, Kelly, Cook, Carter, Richardson, Bailey, Collins, Bell, Shaw, Murphy, Miller,
Cox, Richards, Khan, Marshall, Anderson, Simpson, Ellis, Adams, Singh, Begum, Wilkinson, Foster,
Chapman, Powell, Webb, Rogers, Gray, Mason, Ali, Hunt, Hussain, Campbell, Matthews, Owen,
Palmer, Holmes, Mills, Barnes, Knight, Lloyd, Butler, Russell, Barker, Fisher, Stevens, Jenkins,
Murray, Dixon, Harvey, Graham, Pearson, Ahmed, Fletcher, Walsh, Kaur, Gibson, Howard, Andrews,
Stewart, Elliott, Reynolds, Saunders, Payne, Fox, Ford, Pearce, Day, Brooks, West, Lawrence,
Cole, Atkinson, Bradley, Spencer, Gill, Dawson, Ball, Burton, O'Brien, Watts, Rose, Booth,
Perry, Ryan, Grant, Wells, Armstrong, Francis, Rees, Hayes, Hart, Hudson, Newman, Barrett,
Webster, Hunter, Gregory, Carr, Lowe, Page, Marsh, Riley, Dunn, Woods, Parsons, Berry, Stone,
Reid, Holland, Hawkins, Harding, Porter, Robertson, Newton, Oliver, Reed, Kennedy, Williamson,
Bird, Gardner, Shah, Dean, Lane, Cooke, Bates, Henderson, Parry, Burgess, Bishop, Walton, Burns,
Nicholson, Shepherd, Ross, Cross, Long, Freeman, Warren, Nicholls, Hamilton, Byrne, Sutton,
McDonald, Yates, Hodgson, Robson, Curtis, Hopkins, O'Connor, Harper, Coleman, Watkins, Moss,
McCarthy, Chambers, O'Neill, Griffin, Sharp, Hardy, Wheeler, Potter, Osborne, Johnston, Gordon,
Doyle, Wallace, George, Jordan, Hutchinson, Rowe, Burke, May, Pritchard, Gilbert, Willis,
Higgins, Read, Miles, Stevenson, Stephenson, Hammond, Arnold, Buckley, Walters, Hewitt, Barber,
Nelson, Slater, Austin, Sullivan, Whitehead, Mann, Frost, Lambert, Stephens, Blake, Akhtar,
Lynch, Goodwin, Barton, Woodward, Thomson, Cunningham, Quinn, Barnett, Baxter, Bibi, Clayton,
Nash, Greenwood, Jennings, Holt, Kemp, Poole, Gallagher, Bond, Stokes, Tucker, Davidson, Fowler,
Heath, Norman, Middleton, Lucas, Jarvis, Hale, Pope, Vaughan, Thornton, Fleming, Brennan,
Sanderson, Abbott, Pugh, Haynes, Whittaker, Kaye, Ashton, Bowen, Kirby, Dobson, Crawford,
MacDonald, MacLeod, Fraser, Paterson, Sinclair, Mackenzie, Llewellyn, Pryce, Vaughan-Jones,
Chaudhry, Iqbal, Mahmood, Rahman, Uddin, Miah, Mistry, Sharma, Chauhan, Okafor, Mensah, Nowak
""",
    150,
)

# Ireland: the commonest given names and surnames (general knowledge; 1/rank).
IE_F = ranked(
    "Mary, Siobhán, Aoife, Niamh, Ciara, Sinéad, Róisín, Orla, Gráinne, Áine, Catherine, Sarah, Emma, Deirdre, Caoimhe, Clodagh, Éabha, Saoirse, Maeve, Eimear, Bríd, Nuala, Fiona, Aisling, Órla, Sorcha, Síle, Laoise",
    10,
)
IE_M = ranked(
    "Seán, Patrick, John, Michael, Conor, Cian, Ciarán, Declan, Eoin, Niall, Pádraig, Liam, Darragh, Oisín, Colm, Dara, Fionn, Tadhg, Cathal, Donal, Brendan, Eamon, Diarmuid, Ruairí, Shane, Kevin, Aidan, Dermot",
    10,
)
IE_LAST = ranked(
    "Murphy, Kelly, O'Sullivan, Walsh, Smith, O'Brien, Byrne, Ryan, O'Connor, O'Neill, O'Reilly, Doyle, McCarthy, Gallagher, O'Doherty, Kennedy, Lynch, Murray, Quinn, Moore, McLoughlin, O'Carroll, Connolly, Daly, O'Connell, Wilson, Dunne, Brennan, Burke, Collins, Fitzgerald, Nolan, Ó Súilleabháin, Mac Giolla, Keane, Power",
    10,
)

# Origins common in Sweden: their commonest given names and surnames (general knowledge; 1/rank).
FI_F = ranked(
    "Maria, Helena, Johanna, Anneli, Kaarina, Marjatta, Anna, Liisa, Annikki, Hannele, Tuula, Päivi, Riitta, Sari, Minna, Tiina, Pirjo, Leena, Satu, Merja, Aino, Eeva, Sirpa, Kirsi, Ritva, Eija, Marja-Liisa, Aili",
    10,
)
FI_M = ranked(
    "Juhani, Johannes, Olavi, Antero, Tapani, Kalevi, Matti, Mikael, Timo, Kari, Pekka, Jari, Mikko, Juha, Antti, Jukka, Markku, Heikki, Seppo, Ville, Eero, Tuomas, Jussi, Veikko, Pentti, Risto, Esa, Jarmo",
    10,
)
FI_LAST = ranked(
    "Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen, Pääkkönen, Räsänen",
    10,
)
AR_F = ranked(
    "Fatima, Maryam, Zainab, Amal, Noor, Sara, Hiba, Rana, Layla, Huda, Rasha, Dalia, Nour, Aya, Reem, Yasmin, Lina, Samira, Nisreen, Raghad, Shamiram, Ninva, Ramina, Marta, Sham, Rima, Manal, Suha, Hala, Malak",
    10,
)
AR_M = ranked(
    "Mohammed, Ahmed, Ali, Hassan, Hussein, Omar, Mahmoud, Khaled, Mustafa, Abdullah, Ibrahim, Youssef, Karim, Amir, Sami, Bashar, Ammar, Haidar, Firas, Ninos, Sargon, Gabriel, Yacoub, Ashur, Tariq, Walid, Majed, Rami, Fadi, Ayman, Aziz",
    10,
)
AR_LAST = ranked(
    "Ali, Mohammed, Ahmed, Hassan, Hussein, Ibrahim, Abdullah, Saleh, Khalil, Mahmoud, Jaber, Al-Hassani, Haddad, Younes, Kassem, Mansour, Nasser, Al-Jabouri, Gabriel, Isho, Yousef, Aziz, Hanna, Toma, Khoury, Darwish, Al-Obaidi, Aydin, Barsom, Lahdo, Danho, Malke, Al-Saadi, Abbas",
    10,
)
SO_F = ranked(
    "Fadumo, Hodan, Sahra, Amina, Hawa, Khadra, Ayan, Hibo, Nasra, Ifrah, Asha, Sagal, Deqa, Halima, Ubah, Maryan, Sucaad, Faadumo, Naima, Layla, Farhiya, Ruqia",
    10,
)
SO_M = ranked(
    "Mohamed, Abdi, Ahmed, Ali, Hassan, Abdirahman, Abdullahi, Omar, Yusuf, Ismail, Mahad, Abdikadir, Farah, Hussein, Said, Liban, Bashir, Osman, Abdiaziz, Guled, Mukhtar, Hamza",
    10,
)
SO_LAST = ranked(
    "Mohamed, Ahmed, Ali, Hassan, Abdi, Omar, Hussein, Farah, Ismail, Yusuf, Jama, Warsame, Abdullahi, Osman, Nur, Aden, Mohamud, Hirsi, Egal, Duale, Guled, Abdillahi, Elmi, Dahir, Mohamud Ali",
    10,
)
PL_F = ranked(
    "Anna, Maria, Katarzyna, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Magdalena, Elżbieta, Joanna, Aleksandra, Monika, Zofia, Teresa, Danuta, Natalia, Julia, Karolina, Marta, Beata, Dorota, Justyna, Grażyna, Jadwiga",
    10,
)
PL_M = ranked(
    "Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Jan, Michał, Marcin, Stanisław, Jakub, Adam, Marek, Łukasz, Grzegorz, Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Jerzy, Maciej, Kamil, Rafał, Sławomir, Przemysław",
    10,
)
PL_LAST = ranked(
    "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Wojciechowski, Kwiatkowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Wróbel, Nowicki, Majewski, Olszewski, Sadowski, Jasiński",
    10,
)
FA_F = ranked(
    "Maryam, Fatemeh, Zahra, Leila, Shirin, Nasrin, Parisa, Mina, Sara, Azadeh, Roya, Neda, Golnaz, Mahnaz, Shadi, Ladan, Samira, Soheila, Nazanin, Taraneh, Mahsa, Elham, Parvaneh",
    10,
)
FA_M = ranked(
    "Mohammad, Ali, Reza, Hossein, Mehdi, Amir, Hamid, Hassan, Saeed, Majid, Behrouz, Dariush, Farhad, Kamran, Babak, Omid, Arash, Kourosh, Payam, Navid, Siamak, Pejman, Shahram",
    10,
)
FA_LAST = ranked(
    "Mohammadi, Hosseini, Ahmadi, Rezaei, Moradi, Karimi, Jafari, Rahimi, Hashemi, Mousavi, Sadeghi, Ghorbani, Heidari, Rostami, Kazemi, Ebrahimi, Akbari, Sharifi, Mahmoudi, Alavi, Tehrani, Shirazi, Nazari, Rahmani",
    10,
)
BCS_F = ranked(
    "Amra, Emina, Lejla, Amela, Jasmina, Ana, Marija, Vesna, Snežana, Mirela, Selma, Azra, Sanela, Jelena, Dragana, Maja, Ivana, Mersiha, Senada, Aida, Mirsada, Đurđa, Nataša, Ljiljana",
    10,
)
BCS_M = ranked(
    "Emir, Adnan, Amir, Mirza, Edin, Nermin, Senad, Haris, Dragan, Zoran, Goran, Milan, Nikola, Ivan, Marko, Dejan, Admir, Kenan, Mehmed, Davor, Damir, Željko, Đorđe, Branko",
    10,
)
BCS_LAST = ranked(
    "Hodžić, Hadžić, Begić, Delić, Mehmedović, Kovačević, Hasanović, Jovanović, Petrović, Nikolić, Marković, Horvat, Babić, Šehić, Čolić, Ibrahimović, Alić, Karić, Husić, Omerović, Mujić, Salihović, Đurić, Pavlović, Knežević, Ćosić, Tomić",
    10,
)
TR_F = ranked(
    "Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Meryem, Şerife, Sultan, Hülya, Merve, Esra, Özlem, Gül, Derya, Aylin, Büşra, Songül, Yasemin, Sevim, Gülşen, Nurcan",
    10,
)
TR_M = ranked(
    "Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Osman, Yusuf, Murat, Ömer, Emre, Burak, Kemal, Recep, Serkan, Cem, Deniz, Halil, Gökhan, Erkan",
    10,
)
TR_LAST = ranked(
    "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Korkmaz, Güneş, Akın",
    10,
)
ER_F = ranked(
    "Helen, Senait, Selam, Ruth, Saba, Yohana, Mebrat, Tsega, Azieb, Lidia, Hiwet, Semhar, Feven, Winta, Almaz, Tigist, Rahel, Eden, Miriam, Tsehay, Luwam, Meron",
    10,
)
ER_M = ranked(
    "Yonas, Tesfay, Daniel, Yohannes, Samuel, Abraham, Tekle, Michael, Filmon, Robel, Haile, Berhane, Mehari, Kidane, Yemane, Dawit, Solomon, Biniam, Semere, Ghebre, Aron, Henok",
    10,
)
ER_LAST = ranked(
    "Tesfay, Gebremedhin, Haile, Tekle, Kidane, Berhane, Ghebremariam, Mehari, Yemane, Abraha, Gebreyesus, Tesfamariam, Woldemichael, Habte, Asmerom, Negash, Fitsum, Ghirmay, Weldu, Andemariam, Tewelde, Okbay",
    10,
)
AF_F = ranked(
    "Fatima, Zahra, Marzia, Nilofar, Mariam, Parwana, Shabnam, Freshta, Sadaf, Mursal, Zarghona, Laila, Habiba, Nargis, Sima, Roya, Farzana, Mina, Shakila, Sahar, Hosai, Madina",
    10,
)
AF_M = ranked(
    "Mohammad, Ahmad, Ali, Mustafa, Hamid, Abdul, Reza, Sayed, Jawad, Hussain, Javid, Mahdi, Ramin, Naweed, Farid, Wahid, Shafiq, Sharif, Yama, Zaher, Bilal, Nasir, Hamed",
    10,
)
AF_LAST = ranked(
    "Ahmadi, Mohammadi, Hussaini, Rezaie, Rahimi, Karimi, Sultani, Hakimi, Noori, Amiri, Haidari, Jafari, Sadat, Popal, Durrani, Safi, Stanikzai, Ahmadzai, Wardak, Hotak, Nazari, Azizi, Rasuli",
    10,
)
TH_F = ranked(
    "Siriporn, Malee, Pranee, Supaporn, Nittaya, Wanida, Kanokwan, Jintana, Sunisa, Ratana, Pornthip, Naphaporn, Araya, Duangjai, Kanya, Suda, Lamai, Wipawee, Chanida, Pim, Nong, Ploy",
    10,
)
TH_M = ranked(
    "Somchai, Somsak, Sompong, Prasert, Anan, Wichai, Chaiwat, Nattapong, Surachai, Thanakorn, Kittisak, Boonmee, Sakda, Apichat, Weerachai, Supachai, Preecha, Anucha",
    10,
)
TH_LAST = ranked(
    "Saetang, Srisuk, Wongsawat, Boonmee, Chaiyaporn, Sukprasert, Thongchai, Rattanakorn, Somboon, Phromma, Kaewkham, Sangthong, Chanthara, Jaidee, Suwannarat, Pongsakorn, Siriwat, Thongdee, Kongkaew, Saelim",
    10,
)
LA_F = ranked(
    "María, Ana, Carolina, Daniela, Valentina, Camila, Francisca, Javiera, Catalina, Claudia, Paula, Andrea, Gabriela, Patricia, Verónica, Carmen, Isabel, Marcela, Lorena, Soledad, Ximena, Paola",
    10,
)
LA_M = ranked(
    "José, Juan, Luis, Carlos, Jorge, Francisco, Pablo, Diego, Cristián, Sebastián, Matías, Felipe, Rodrigo, Manuel, Pedro, Andrés, Gonzalo, Héctor, Patricio, Sergio, Iván, Raúl",
    10,
)
LA_LAST = ranked(
    "González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo, Ramírez, Reyes, Gutiérrez, Castro, Vargas, Álvarez, Vásquez, Tapia, Fernández",
    10,
)
KU_F = ranked(
    "Shilan, Avin, Berivan, Rojin, Dilan, Nazdar, Hêvî, Jiyan, Shirin, Gulistan, Nasrin, Roza, Leyla, Dilvin, Sozdar, Bahar, Shler, Kani, Nishtiman, Zozan, Viyan",
    10,
)
KU_M = ranked(
    "Karwan, Rebwar, Dilshad, Azad, Shwan, Aram, Hiwa, Kawa, Rizgar, Sherzad, Dara, Zana, Serhat, Baran, Diyar, Bawan, Hawre, Soran, Ako, Hemin, Rêbaz",
    10,
)
KU_LAST = ranked(
    "Ahmed, Mohammed, Rashid, Aziz, Kareem, Hussein, Omar, Mustafa, Salih, Abdullah, Qadir, Amin, Hama, Faraj, Jalal, Tahir, Baban, Zebari, Doski, Rasul, Bakr, Hawrami",
    10,
)
UA_F = ranked(
    "Olena, Tetiana, Natalia, Iryna, Svitlana, Oksana, Yulia, Kateryna, Anastasiia, Olha, Maryna, Viktoriia, Halyna, Liudmyla, Alina, Daria, Sofiia, Nadiia",
    10,
)
UA_M = ranked(
    "Oleksandr, Serhii, Andrii, Volodymyr, Dmytro, Mykola, Oleh, Yurii, Ivan, Vasyl, Viktor, Maksym, Bohdan, Taras, Ihor, Roman, Vitalii, Artem",
    10,
)
UA_LAST = ranked(
    "Melnyk, Shevchenko, Kovalenko, Bondarenko, Boiko, Tkachenko, Kravchenko, Kovalchuk, Koval, Oliinyk, Shevchuk, Polishchuk, Lysenko, Bondar, Marchenko, Moroz, Rudenko, Savchenko, Petrenko, Klymenko",
    10,
)
NO_F = ranked(
    "Anne, Inger, Kari, Marit, Ingrid, Liv, Eva, Berit, Astrid, Bjørg, Hilde, Anna, Solveig, Marianne, Randi, Ida, Nina, Ragnhild, Elisabeth, Kristin, Silje, Ingeborg, Tone, Turid",
    10,
)
NO_M = ranked(
    "Jan, Per, Bjørn, Ole, Lars, Kjell, Knut, Arne, Svein, Thomas, Hans, Geir, Tor, Morten, Terje, Odd, Erik, Martin, Andreas, John, Anders, Rune, Trond, Espen, Øyvind, Håkon",
    10,
)
NO_LAST = ranked(
    "Hansen, Johansen, Olsen, Larsen, Andersen, Pedersen, Nilsen, Kristiansen, Jensen, Karlsen, Johnsen, Pettersen, Eriksen, Berg, Haugen, Hagen, Johannessen, Andreassen, Jacobsen, Dahl, Jørgensen, Halvorsen, Henriksen, Lund, Sørensen, Solberg, Strand, Bakken, Moen, Haugland",
    10,
)
DK_F = ranked(
    "Anne, Kirsten, Mette, Hanne, Anna, Helle, Susanne, Lene, Maria, Marianne, Inge, Karen, Lone, Bente, Camilla, Pia, Louise, Charlotte, Tina, Jette, Birgit, Signe, Mathilde, Ida",
    10,
)
DK_M = ranked(
    "Peter, Michael, Lars, Jens, Thomas, Henrik, Søren, Christian, Martin, Jan, Morten, Jesper, Anders, Niels, Mads, Rasmus, Per, Kim, Hans, Jørgen, Ole, Frederik, Mikkel, Bent",
    10,
)
DK_LAST = ranked(
    "Nielsen, Jensen, Hansen, Pedersen, Andersen, Christensen, Larsen, Sørensen, Rasmussen, Jørgensen, Petersen, Madsen, Kristensen, Olsen, Thomsen, Christiansen, Poulsen, Johansen, Møller, Mortensen, Knudsen, Jakobsen, Mikkelsen, Frederiksen, Laursen, Østergaard",
    10,
)
DE_F = ranked(
    "Ursula, Monika, Petra, Elisabeth, Sabine, Renate, Helga, Karin, Brigitte, Ingrid, Andrea, Claudia, Susanne, Julia, Anna, Katharina, Stefanie, Birgit, Christina, Gisela, Lena, Laura, Sophie, Marie",
    10,
)
DE_M = ranked(
    "Peter, Michael, Thomas, Andreas, Wolfgang, Klaus, Jürgen, Stefan, Christian, Frank, Uwe, Werner, Markus, Dieter, Matthias, Horst, Martin, Manfred, Alexander, Sebastian, Jan, Tobias, Lukas, Jonas",
    10,
)
DE_LAST = ranked(
    "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, Hofmann, Hartmann, Lange, Schmitt, Werner, Krause, Meier, Lehmann",
    10,
)
IN_F = ranked(
    "Priya, Anjali, Pooja, Neha, Divya, Sneha, Kavya, Lakshmi, Deepa, Sunita, Anita, Meera, Swati, Shreya, Aishwarya, Ritu, Nisha, Rekha",
    10,
)
IN_M = ranked(
    "Rahul, Amit, Rajesh, Suresh, Vijay, Arjun, Rohit, Sanjay, Anil, Deepak, Ravi, Karthik, Vikram, Manoj, Arun, Siddharth, Aditya, Praveen",
    10,
)
IN_LAST = ranked(
    "Sharma, Patel, Singh, Kumar, Gupta, Reddy, Rao, Iyer, Nair, Shah, Mehta, Joshi, Verma, Das, Chatterjee, Menon, Pillai, Banerjee, Agarwal, Desai",
    10,
)

ORIGINS = {
    "swedish": Origin(SV_F, SV_M, SV_LAST),
    "us": Origin(census(US_F), census(US_M), census(US_LAST)),
    "uk": Origin(UK_F, UK_M, UK_LAST),
    "irish": Origin(IE_F, IE_M, IE_LAST),
    "finnish": Origin(FI_F, FI_M, FI_LAST),
    "arabic": Origin(AR_F, AR_M, AR_LAST),  # Iraq, Syria, Lebanon; Assyrian/Syriac names among them
    "somali": Origin(SO_F, SO_M, SO_LAST),  # the father's given name as surname
    "polish": Origin(PL_F, PL_M, PL_LAST),  # masculine forms; a woman's -ski/-cki becomes -ska/-cka
    "persian": Origin(FA_F, FA_M, FA_LAST),
    "bcs": Origin(BCS_F, BCS_M, BCS_LAST),  # Bosnian, Serbian, Croatian
    "turkish": Origin(TR_F, TR_M, TR_LAST),
    "eritrean": Origin(ER_F, ER_M, ER_LAST),  # the father's given name as surname
    "afghan": Origin(AF_F, AF_M, AF_LAST),
    "thai": Origin(TH_F, TH_M, TH_LAST),
    "latin": Origin(LA_F, LA_M, LA_LAST),  # Chile and Latin America: two surnames, often
    "kurdish": Origin(KU_F, KU_M, KU_LAST),
    "ukrainian": Origin(UA_F, UA_M, UA_LAST),
    "norwegian": Origin(NO_F, NO_M, NO_LAST),
    "danish": Origin(DK_F, DK_M, DK_LAST),
    "german": Origin(DE_F, DE_M, DE_LAST),
    "indian": Origin(IN_F, IN_M, IN_LAST),
}

# Who is named, per language of the text: Swedish text much as Sweden's population is, English text
# as the US, the UK and Ireland are (and Swedes abroad), mixed text as a Swedish workplace is.
MIXES = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 3.5, "polish": 2.5, "bcs": 2.5, "persian": 2.5,
        "somali": 2, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5, "eritrean": 1.2, "ukrainian": 1.2,
        "norwegian": 1, "danish": 1, "german": 1, "thai": 1, "latin": 1, "indian": 0.8, "uk": 0.6,
        "us": 0.5,
    },
    "en": {
        "us": 34, "uk": 32, "irish": 6, "swedish": 9, "indian": 3, "german": 2, "arabic": 2,
        "polish": 2, "latin": 2, "norwegian": 1.5, "danish": 1.5, "finnish": 1, "turkish": 0.8,
        "somali": 0.6, "persian": 0.6, "ukrainian": 0.6,
    },
    "mixed": {
        "swedish": 50, "uk": 10, "us": 9, "arabic": 5, "finnish": 3, "polish": 3, "persian": 2.5,
        "indian": 2.5, "bcs": 2, "irish": 1.5, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5,
        "norwegian": 1.5, "danish": 1.5, "german": 1.5, "afghan": 1, "eritrean": 1, "thai": 1,
        "latin": 1, "ukrainian": 1,
    },
}  # fmt: skip

# Short forms people use for one another (the writer's knowledge), by origin.
NICK_SV = {
    "Lars": ["Lasse"], "Mikael": ["Micke"], "Joakim": ["Jocke"], "Karl": ["Kalle"], "Per": ["Pelle", "Perra"],
    "Peter": ["Pelle", "Peppe"], "Magnus": ["Mange"], "Thomas": ["Tompa"], "Fredrik": ["Fredde"],
    "Jonas": ["Jonte"], "Gustav": ["Gurra", "Gusse"], "Christoffer": ["Stoffe", "Chris"], "Mattias": ["Matte"],
    "Robert": ["Robban"], "Sebastian": ["Sebbe"], "Daniel": ["Danne"], "Jan": ["Janne"], "Lennart": ["Lelle"],
    "Bengt": ["Bengan"], "Kenneth": ["Kenta"], "Ulf": ["Uffe"], "Marcus": ["Mackan"], "Patrik": ["Patte"],
    "Roger": ["Roffe"], "Rolf": ["Roffe"], "Torbjörn": ["Tobbe"], "Tobias": ["Tobbe"], "Alexander": ["Alex"],
    "Kristoffer": ["Kricke", "Stoffe"], "Hans": ["Hasse"], "Nils": ["Nisse"],
    "Andreas": ["Andy"], "Rickard": ["Ricke"], "Johan": ["Jojje"], "Oskar": ["Ossi"], "Viktor": ["Vicke"],
    "Maria": ["Mia"], "Margareta": ["Maggan", "Greta"], "Birgitta": ["Gittan", "Bittan"], "Viktoria": ["Vickan"],
    "Katarina": ["Kattis"], "Kristina": ["Kicki", "Stina"], "Elisabeth": ["Lisa", "Bettan"], "Charlotte": ["Lotta"],
    "Susanne": ["Sussie"], "Josefin": ["Jossan"], "Therese": ["Tessan"], "Madeleine": ["Madde"],
    "Jessica": ["Jessie"], "Ulrika": ["Ullis"], "Annika": ["Acke"], "Camilla": ["Millan"], "Gunilla": ["Gunsan"],
    "Cecilia": ["Cissi"], "Caroline": ["Carro"], "Isabelle": ["Bella"], "Matilda": ["Tilda"], "Ingrid": ["Ingis"],
    "Anna": ["Annie"], "Karolina": ["Kajsa"], "Johanna": ["Hanna"], "Pernilla": ["Pillan"],
}  # fmt: skip
NICK_EN = {
    "William": ["Will", "Bill"], "Robert": ["Bob", "Rob"], "Richard": ["Rick", "Rich"], "James": ["Jim", "Jamie"],
    "Michael": ["Mike"], "Elizabeth": ["Liz", "Beth"], "Jennifer": ["Jen", "Jenny"], "Christopher": ["Chris"],
    "Katherine": ["Kate", "Katie"], "Catherine": ["Cathy", "Kate"], "Margaret": ["Maggie", "Peggy"],
    "Thomas": ["Tom"], "Daniel": ["Dan", "Danny"], "Matthew": ["Matt"], "Anthony": ["Tony"], "Joseph": ["Joe"],
    "Edward": ["Ed", "Ted"], "Patricia": ["Pat", "Trish"], "Susan": ["Sue"], "Deborah": ["Debbie"],
    "Rebecca": ["Becky"], "Samantha": ["Sam"], "Alexander": ["Alex"], "Benjamin": ["Ben"], "Nicholas": ["Nick"],
    "Jonathan": ["Jon"], "Steven": ["Steve"], "Stephen": ["Steve"], "David": ["Dave"], "Andrew": ["Andy"],
    "Timothy": ["Tim"], "Charles": ["Charlie"], "Victoria": ["Vicky"], "Jessica": ["Jess"], "Kimberly": ["Kim"],
    "Barbara": ["Barb"], "Gregory": ["Greg"], "Douglas": ["Doug"], "Ronald": ["Ron"], "Donald": ["Don"],
    "Kenneth": ["Ken"], "Lawrence": ["Larry"], "Gerald": ["Gerry"], "Raymond": ["Ray"], "Samuel": ["Sam"],
    "Joshua": ["Josh"], "Nathan": ["Nate"], "Jacob": ["Jake"], "Frederick": ["Fred"], "Philip": ["Phil"],
    "Nicola": ["Nicky"], "Alison": ["Ali"], "Jacqueline": ["Jackie"], "Elaine": ["Lainey"], "Gillian": ["Gill"],
}  # fmt: skip
NICKNAMES = {
    "swedish": NICK_SV, "us": NICK_EN, "uk": NICK_EN, "irish": {"Patrick": ["Paddy"], "Michael": ["Mick"], "Seán": ["Shay"]},
    "norwegian": {"Bjørn": ["Bjønnis"], "Thomas": ["Tommy"]}, "danish": {"Michael": ["Mikke"], "Christian": ["Chris"]},
    "german": {"Michael": ["Micha"], "Andreas": ["Andi"], "Katharina": ["Kathi"], "Stefanie": ["Steffi"]},
    "finnish": {"Matti": ["Masa"], "Juhani": ["Jussi"]},
    "polish": {"Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"], "Aleksandra": ["Ola"], "Tomasz": ["Tomek"], "Krzysztof": ["Krzysiek"]},
    "bcs": {"Snežana": ["Sneža"]}, "ukrainian": {"Oleksandr": ["Sasha"], "Volodymyr": ["Volodia"]},
}  # fmt: skip

# Letters typed without their marks: what a Swedish keyboard or a form without them makes of a name.
_PLAIN = str.maketrans(
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
    """`word` without its diacritics (`Wiśniewski` -> `Wisniewski`, `Đurić` -> `Djuric`)."""
    word = word.translate(_PLAIN)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(word: str) -> str:
    """A Polish surname as a woman carries it (`Kowalski` -> `Kowalska`, `Nowicki` -> `Nowicka`)."""
    for end, fem in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if word.endswith(end):
            return word[: -len(end)] + fem
    return word
