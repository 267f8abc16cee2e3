# ruff: noqa: E501
"""Name pools for held-out EY (issue 15): names as the population has them, by origin and weight.

Python data, stdlib only. Swedish given names and surnames are written in the order of SCB's name
statistics as the writer knows them (weight 1/rank; the top 150 are the head, the rarer names past
them the tail); the US lists are the Census 1990 lists (`dist.female.first`, `dist.male.first`,
`dist.all.last`, public domain, copied from the `names` package as installed in the project's venv),
the census per cent as weight, head 150; the UK lists follow the ONS rankings (1/rank), merged over
birth cohorts so that the grandparents' names stand beside the grandchildren's; the other origins
are the commonest given names and surnames of people in Sweden with roots there (1/rank, head 10).
No name here was checked against anything in the repository; none was left out for being known or
unknown to the detector.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from a list's head with this probability, else from its tail


def _split(text: str) -> tuple[str, ...]:
    """Names written as comma-separated text (a name may hold a space: `von Rosen`)."""
    return tuple(n.strip() for n in text.replace("\n", " ").split(",") if n.strip())


# --- Sweden (SCB's name statistics, rank order as the writer knows it) --------------------------

SV_F = _split("""
Maria, Elisabeth, Anna, Kristina, Margareta, Eva, Linnéa, Karin, Birgitta, Marie, Ingrid, Sofia,
Sara, Kerstin, Lena, Emma, Ulla, Helena, Johanna, Inger, Christina, Malin, Ida, Hanna, Cecilia,
Viktoria, Louise, Elin, Susanne, Matilda, Gunilla, Anita, Monica, Julia, Ulrika, Linda, Camilla,
Jenny, Katarina, Alice, Therese, Amanda, Elsa, Madeleine, Astrid, Charlotte, Sofie, Josefin, Ebba,
Carina, Barbro, Siv, Gun, Åsa, Annika, Irene, Ella, Frida, Agneta, Jessica, Moa, Klara, Ingeborg,
Emelie, Maja, Anneli, Lisa, Caroline, Agnes, Britt, Gunnel, Yvonne, Marianne, Helen, Pia, Ellen,
Wilma, Alva, Ann, Elvira, Felicia, Ingela, Mona, Gerd, Britta, Sandra, Pernilla, Ann-Marie,
Rebecka, Lovisa, Erika, Isabelle, Nathalie, Olivia, Stina, Vera, Lina, Jennifer, Mikaela, Ylva,
Sigrid, Tove, Gunvor, Ewa, Laila, Maj, Ruth, Karolina, Ann-Christin, Hillevi, Marita, Petra,
Jeanette, Elina, Emilia, Tilda, Isabella, Nora, Saga, Selma, Greta, Signe, Ester, Ingegerd,
Solveig, Gudrun, Anette, Margit, Linn, Inga, Märta, Berit, Sanna, Nina, Veronica, Sylvia, Sonja,
Monika, Alma, Ronja, Tuva, Cornelia, Hedvig, Elise, Annelie, Mia, Lotta, Viola, Kristin, Evelina, Gabriella
""")
SV_F_TAIL = _split("""
Hjördis, Ragnhild, Svea, Tyra, Majken, Dagny, Edit, Idun, Juni, Liv, Lo, Nova, Signhild, Gunborg,
Asta, Elna, Alfhild, Berta, Hulda, Frideborg, Torborg, Vivianne, Vivi, Lillemor, Maud, Marit,
Kajsa, Malva, Minna, Mira, Molly, My, Nellie, Olga, Ottilia, Rakel, Rosa, Selina, Siri, Smilla,
Stella, Tekla, Thea, Tindra, Tora, Valborg, Vendela, Viveka, Åse, Agda, Alvina, Ann-Sofie,
Anna-Karin, Anna-Lena, Eva-Lena, Ann-Louise, Ann-Charlotte, Lise-Lotte, Marie-Louise,
Ann-Kristin, Anna-Maria, Beatrice, Bodil, Carita, Catharina, Cajsa, Daniela, Dorotea, Edla,
Elinor, Elly, Embla, Emmy, Fanny, Filippa, Gertrud, Gisela, Gunhild,
Harriet, Hedda, Helga, Henrietta, Ina, Inez, Irma, Iris, Jill, Joline, Josefine, Karla, Kim,
Laura, Lea, Lilian, Lilly, Linnea, Lisbeth, Lova, Lykke, Madelene, Magdalena, Majvor, Malou,
Mariana, Marika, Marlene, Melinda, Meja, Miriam, Nanna, Natalie, Noomi, Paula, Rebecca, Regina,
Rigmor, Rosita, Siw, Tina, Titti, Ulla-Britt, Valentina, Vanja, Vega, Yrsa, Zara, Ellinor,
Emelia, Estelle, Evy, Gull-Britt, Inga-Lill, Ing-Marie, Ingalill, Irja, Elsie, Gun-Britt,
Maj-Britt, Britt-Marie, Sussanne, Susann, Annette, Cathrine,
Charlotta, Christin, Elisabet, Eivor, Ethel, Gunn, Hilma, Hilda, Ingbritt,
Ingegärd, Jenni, Jennie, Josefina, Karolin, Katrin,
Madelen, Malena, Mariann, Marianna, Marie-Therese, Mimmi, Märit, Nadja, Nathalia, Olivera,
Pauline, Pernille, Rosmarie, Sabina, Signy, Sirpa, Solbritt, Stefanie, Sunniva, Svanhild,
Teresia, Therése, Tuulikki, Ulrica, Vilma, Wilhelmina, Alicia,
Amelia, Elvina, Esmeralda, Freja, Hedy, Ines, Jasmine, Leia, Livia, Maj-Lis, Novalie,
Saida, Sally, Sigyn, Fatima, Maryam, Amina, Zeinab, Vilda, Ylvie
""")
SV_M = _split("""
Lars, Karl, Mikael, Anders, Johan, Erik, Per, Peter, Nils, Lennart, Jan, Hans, Olof, Gunnar, Sven,
Fredrik, Daniel, Bengt, Alexander, Gustav, Åke, Göran, Bo, Magnus, Stefan, Thomas, Andreas, Jonas,
Martin, Mats, Leif, Ulf, Björn, Bertil, Mattias, Kjell, Christer, Håkan, Axel, Oskar, Emil, Viktor,
William, Stig, Rolf, Henrik, Roger, Tommy, Robert, Patrik, David, Simon, Anton, Filip, Jakob,
Lucas, Elias, Hugo, Oliver, Liam, Noah, Christian, Marcus, Tobias, Sebastian, Joakim, Niklas,
Rickard, Kent, Roland, Arne, Kenneth, Jonathan, Ingemar, Torbjörn, Adam, Isak, Ludvig, Albin,
Vincent, Linus, Rasmus, Gabriel, Arvid, Leo, Josef, Samuel, Kristoffer, Jesper, Dan, Olle, Sten,
Tomas, Claes, Ove, Bernt, Kurt, Sixten, Birger, Evert, Folke, Gösta, Harald, Ivar, Sture, Allan,
Erland, Ingvar, Ronny, Glenn, Johnny, Jimmy, Dennis, Kevin, Robin, Jens, Pontus, Gustaf, Carl,
Max, Melvin, Theo, Alvin, Elliot, Frans, Love, Valter, Wilhelm, Edvin, Felix, Malte, Ebbe, Otto,
Sigge, Charlie, Casper, Alfred, Harry, Ture, Eskil, Hampus, Måns, Fabian, Pär, Torsten, Per-Olof,
Karl-Erik, Lars-Erik, Jan-Erik, Mohammed, Ali
""")
SV_M_TAIL = _split("""
Assar, Algot, Anselm, Aron, Bruno, Carl-Johan, Conny, Dag, Einar, Elof, Elis, Emanuel, Enar, Eric,
Fritiof, Georg, Gerhard, Greger, Halvar, Helge, Henning, Herbert, Hilding, Holger, Jarl, Jerker,
Joel, John, Jon, Jörgen, Kaj, Kennet, Knut, Krister, Kristian, Lage, Lars-Göran, Leon, Leopold,
Levi, Loke, Lukas, Matteus, Mauritz, Melker, Morgan, Nicklas, Nicolas, Nore, Ola, Orvar, Osvald,
Ossian, Patric, Petter, Ragnar, Reinhold, Rune, Rutger, Seth, Sigvard, Sivert, Staffan, Svante,
Sylvester, Sören, Tage, Tor, Tore, Torgny, Torvald, Ulrik, Valdemar, Verner, Vidar, Viggo,
Vilhelm, Waldemar, Yngve, Östen, Lars-Olof, Per-Erik, Jan-Olof, Nils-Erik, Bengt-Göran,
Karl-Johan, Hans-Erik, Lars-Åke, Per-Anders, Sven-Erik, Carl-Axel, Nils-Olof, Bo-Göran,
Anders-Petter, Jan-Åke, Karl-Axel, Knut-Olof, Per-Ola, Sven-Olof, Bror, Gillis, Gottfrid, Hjalmar,
Ivan, Kalle, Kristofer, Lennarth, Magne, Mathias, Mikkel, Nisse, Oscar, Olav, Ronald, Rudolf,
Runo, Sigurd, Sune, Tommie, Torleif, Uno, Urban, Valle, Vilgot, Ville, Wiktor, Åsmund, Adrian,
Agaton, Albert, Alf, Alvar, Ante, Arnold, Arthur, Benjamin, Bill, Björne, Caj, Calle, Christofer,
Christoffer, Dick, Douglas, Edgar, Edvard, Egon, Eje, Eldar, Elvin, Erling, Esbjörn, Fridolf,
Gert, Gunder, Hannes, Henry, Ingmar, Isac, Jack, Jacob, Jim,
Johannes, Jonny, Julius, Justus, Kasper, Kolbjörn, Lasse, Lennie, Lowe, Manne, Marcel, Mathis,
Mio, Nathan, Neo, Noel, Odd, Olov, Otis, Pelle, Philip, Povel, Rikard, Roy,
Rurik, Sam, Severin, Sigfrid, Sonny, Stellan, Stig-Olof, Tim, Timo, Tord, Truls, Vide,
Viking, Walter, Wille, Yousef, Ahmed, Omar, Hassan, Hussein, Mustafa, Ebbot, Elmer, Elton, Esaias, Filiph, Gunne, Hilmer
""")
SV_S = _split("""
Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson, Gustafsson,
Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson, Magnusson,
Olofsson, Lindström, Lindqvist, Lindgren, Berg, Axelsson, Bergström, Lundberg, Lind, Lundgren,
Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Forsberg, Sjöberg, Ali, Wallin,
Mohammed, Engström, Danielsson, Eklund, Håkansson, Lundin, Gunnarsson, Ahmed, Björk, Bergman,
Holm, Samuelsson, Fransson, Wikström, Isaksson, Bergqvist, Arvidsson, Nyström, Holmberg, Löfgren,
Söderberg, Nyberg, Blomqvist, Claesson, Nordström, Mårtensson, Lundström, Hassan, Viklund,
Björklund, Eliasson, Pålsson, Berggren, Sandström, Lund, Nordin, Ström, Åberg, Falk, Ekström,
Hermansson, Holmgren, Hellström, Dahlberg, Hedlund, Sundberg, Sjögren, Ek, Blom, Abrahamsson,
Martinsson, Öberg, Andreasson, Strömberg, Månsson, Åkesson, Hansen, Norberg, Lindholm, Dahl,
Jonasson, Hedberg, Sundström, Göransson, Mohamed, Sjöström, Nordqvist, Hussein, Ekberg,
Holmqvist, Lindblom, Johnsson, Omar, Sundqvist, Nylund, Ibrahim, Hedström, Lindahl, Forsman,
Åström, Wiklund, Nyman, Söderström, Strand, Palm, Engberg, Lindén, Bäckström, Vikström, Ekman,
Nord, Borg, Lindh, Friberg, Lundholm, Karlström, Edlund, Söderlund, Rosén, Holmström, Höglund,
Östlund, Eskilsson, Jacobsson, Carlsson, Lindell, Melin
""")
SV_S_TAIL = _split("""
Sundin, Backman, Hagström, Östman, Wahlström, Adolfsson, Lindkvist, Sandin, Sjödin, Bergkvist,
Sundell, Hedman, Moberg, Mohammadi, Grönlund, Petersson, Ivarsson, Lilja, Ottosson, Augustsson,
Granberg, Stenberg, Westerberg, Svärd, Fors, Ljung, Jensen, Kristiansson, Åkerman, Sandell,
Robertsson, Löfström, Rydberg, Thorén, Wallgren, Lindroth, Hellberg, Alm, Almqvist, Asplund,
Bengtson, Berglöf, Bergsten, Bladh, Blomberg, Boström, Brandt, Broman, Brolin, Burman, Byström,
Cederberg, Dahlgren, Dahlin, Ekholm, Ekdahl, Elg, Engdahl, Envall, Fagerström, Fahlén, Forslund,
Frisk, Fröberg, Gidlund, Grahn, Granlund, Gustavsson, Hallberg, Hammar, Hedin, Hellgren,
Hjalmarsson, Holmlund, Hägg, Häggström, Jernberg, Johannesson, Kjellberg, Kling, Knutsson,
Lagerström, Landin, Lidén, Liljegren, Lindeberg, Lindmark, Ljungberg, Ljunggren, Lövgren, Malm,
Malmberg, Malmström, Marklund, Modig, Morén, Myrberg, Nordberg, Nordgren, Nordlund, Norén,
Norling, Norrman, Nyholm, Nylander, Näslund, Olausson, Olander, Pihl, Rask, Ringström, Roos,
Rudberg, Ryberg, Rydén, Sahlin, Sandgren, Selin, Sjöholm, Sjölund, Skog, Stark, Stenström,
Strömgren, Sundgren, Svanberg, Svedberg, Sörensson, Tell, Thelin, Thorsson, Tjäder, Torstensson,
Unger, Vallin, Wahlberg, Wallén, Westin, Westman, Widén, Wik, Wiberg, Zetterberg, Zetterström,
Åhlund, Åslund, Ågren, Öhman, Östberg, Lindstedt, Hult, Hultgren, Hultqvist, Kvist, Lantz,
Yilmaz, Nguyen, Khalil, Abdi, Yousef, Kaya, Hosseini, Rahimi, Karimi, Hashemi, Abdullahi, Farah,
Jama, Warsame, Osman, Salih, Nasser, Haddad, von Rosen, De Geer, Bonde, Sparre, Wrangel,
Stenbock, von Essen, Andrén, Bergh, Bäck, Carlberg, Dalin, Eneroth, Fält, Gren, Hagberg,
Hedqvist, Hellman, Holst, Hellqvist, Högberg, Isberg, Jarl, Kallin, Kihlberg, Lindwall, Lyberg,
Mellberg, Näsström, Ohlsson, Pehrsson, Qvist, Rehn, Rosenberg, Rosendahl, Sandqvist, Schön,
Sellberg, Sjövall, Stålberg, Sundén, Tallberg, Thörn, Ullman, Wennberg, Wester, Wiik, Åkerlund,
Örn, Mäkinen, Heikkinen, Korhonen, Virtanen, Nieminen, Laine, Koskinen, Lehtonen, Nowak, Kowalski,
Hodzic, Jovanovic, Petrovic, Öztürk, Demir, Sahin, Tran, Le, Pham, Lindfors, Fagerlund, Gyllander,
Hammarström, Hjort, Kronberg, Lejon, Mattila, Nordenberg, Rapp, Sköld, Stål, Tornberg, Vesterlund
""")
US_F = (("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.980), ("Elizabeth", 0.937), ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794), ("Margaret", 0.768), ("Dorothy", 0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667), ("Betty", 0.666), ("Helen", 0.663), ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565), ("Ruth", 0.562), ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.510), ("Sarah", 0.508), ("Kimberly", 0.504), ("Deborah", 0.494), ("Jessica", 0.490), ("Shirley", 0.482), ("Cynthia", 0.469), ("Angela", 0.468), ("Melissa", 0.462), ("Brenda", 0.455), ("Amy", 0.451), ("Anna", 0.440), ("Rebecca", 0.430), ("Virginia", 0.430), ("Kathleen", 0.424), ("Pamela", 0.416), ("Martha", 0.412), ("Debra", 0.408), ("Amanda", 0.404), ("Stephanie", 0.400), ("Carolyn", 0.385), ("Christine", 0.382), ("Marie", 0.379), ("Janet", 0.379), ("Catherine", 0.373), ("Frances", 0.370), ("Ann", 0.364), ("Joyce", 0.364), ("Diane", 0.359), ("Alice", 0.357), ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336), ("Doris", 0.335), ("Gloria", 0.335), ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315), ("Mildred", 0.313), ("Katherine", 0.313), ("Joan", 0.306), ("Ashley", 0.303), ("Judith", 0.297), ("Rose", 0.296), ("Janice", 0.285), ("Kelly", 0.283), ("Nicole", 0.281), ("Judy", 0.276), ("Christina", 0.275), ("Kathy", 0.272), ("Theresa", 0.271), ("Beverly", 0.267), ("Denise", 0.264), ("Tammy", 0.259), ("Irene", 0.252), ("Jane", 0.250), ("Lori", 0.248), ("Rachel", 0.242), ("Marilyn", 0.241), ("Andrea", 0.236), ("Kathryn", 0.234), ("Louise", 0.229), ("Sara", 0.229), ("Anne", 0.228), ("Jacqueline", 0.228), ("Wanda", 0.226), ("Bonnie", 0.223), ("Julia", 0.223), ("Ruby", 0.221), ("Lois", 0.220), ("Tina", 0.220), ("Phyllis", 0.219), ("Norma", 0.218), ("Paula", 0.217), ("Diana", 0.216), ("Annie", 0.216), ("Lillian", 0.211), ("Emily", 0.208), ("Robin", 0.208), ("Peggy", 0.208), ("Crystal", 0.207), ("Gladys", 0.205), ("Rita", 0.204), ("Dawn", 0.202), ("Connie", 0.200), ("Florence", 0.200), ("Tracy", 0.197), ("Edna", 0.197), ("Tiffany", 0.195), ("Carmen", 0.195), ("Rosa", 0.194), ("Cindy", 0.192), ("Grace", 0.189), ("Wendy", 0.185), ("Victoria", 0.180), ("Edith", 0.179), ("Kim", 0.178), ("Sherry", 0.178), ("Sylvia", 0.177), ("Josephine", 0.177), ("Thelma", 0.175), ("Shannon", 0.175), ("Sheila", 0.175), ("Ethel", 0.174), ("Ellen", 0.173), ("Elaine", 0.173), ("Marjorie", 0.173), ("Carrie", 0.171), ("Charlotte", 0.169), ("Monica", 0.166), ("Esther", 0.166), ("Pauline", 0.165), ("Emma", 0.165), ("Juanita", 0.164), ("Anita", 0.162), ("Rhonda", 0.162), ("Hazel", 0.161), ("Amber", 0.160), ("Eva", 0.159), ("Debbie", 0.157), ("April", 0.154), ("Leslie", 0.154), ("Clara", 0.153), ("Lucille", 0.153), ("Jamie", 0.153), ("Joanne", 0.150), ("Eleanor", 0.150), ("Valerie", 0.149), ("Danielle", 0.149), ("Megan", 0.147), ("Alicia", 0.146), ("Suzanne", 0.145), ("Michele", 0.145), ("Gail", 0.145), ("Bertha", 0.143), ("Darlene", 0.142), ("Veronica", 0.142), ("Jill", 0.142), ("Erin", 0.141), ("Geraldine", 0.141), ("Lauren", 0.137), ("Cathy", 0.137), ("Joann", 0.136), ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135), ("Regina", 0.133), ("Erica", 0.130), ("Beatrice", 0.130), ("Dolores", 0.129), ("Bernice", 0.128), ("Audrey", 0.127), ("Yvonne", 0.126), ("Annette", 0.125), ("June", 0.125), ("Samantha", 0.124), ("Marion", 0.122), ("Dana", 0.122), ("Stacy", 0.121), ("Ana", 0.120), ("Renee", 0.120), ("Ida", 0.118), ("Vivian", 0.118), ("Roberta", 0.117), ("Holly", 0.117), ("Brittany", 0.117), ("Melanie", 0.116), ("Loretta", 0.115), ("Yolanda", 0.115), ("Jeanette", 0.115), ("Laurie", 0.114), ("Katie", 0.113), ("Kristen", 0.111), ("Vanessa", 0.111), ("Alma", 0.111), ("Sue", 0.111), ("Elsie", 0.110), ("Beth", 0.110), ("Jeanne", 0.109), ("Vicki", 0.109), ("Carla", 0.107), ("Tara", 0.107), ("Rosemary", 0.107), ("Eileen", 0.105), ("Terri", 0.105), ("Gertrude", 0.103), ("Lucy", 0.103), ("Tonya", 0.102), ("Ella", 0.101), ("Stacey", 0.101), ("Wilma", 0.099), ("Gina", 0.099), ("Kristin", 0.099), ("Jessie", 0.098), ("Natalie", 0.098), ("Agnes", 0.098), ("Vera", 0.098), ("Willie", 0.097), ("Charlene", 0.097), ("Bessie", 0.096), ("Delores", 0.095), ("Melinda", 0.094), ("Pearl", 0.094), ("Arlene", 0.094), ("Maureen", 0.092), ("Colleen", 0.092), ("Allison", 0.092), ("Tamara", 0.092), ("Joy", 0.091), ("Georgia", 0.091), ("Constance", 0.091), ("Lillie", 0.090), ("Claudia", 0.090), ("Jackie", 0.090), ("Marcia", 0.090), ("Tanya", 0.089), ("Nellie", 0.089), ("Minnie", 0.089), ("Marlene", 0.088), ("Heidi", 0.088), ("Glenda", 0.088), ("Lydia", 0.086), ("Viola", 0.086), ("Courtney", 0.086), ("Marian", 0.086), ("Stella", 0.085), ("Caroline", 0.085), ("Dora", 0.084), ("Jo", 0.083), ("Vickie", 0.082), ("Mattie", 0.081), ("Terry", 0.080), ("Maxine", 0.079), ("Irma", 0.079), ("Mabel", 0.078), ("Marsha", 0.078), ("Myrtle", 0.078), ("Lena", 0.077), ("Christy", 0.077), ("Deanna", 0.076), ("Patsy", 0.076), ("Hilda", 0.075), ("Gwendolyn", 0.074), ("Jennie", 0.073), ("Nora", 0.073), ("Margie", 0.072), ("Nina", 0.072), ("Cassandra", 0.072), ("Leah", 0.072), ("Penny", 0.071), ("Kay", 0.071), ("Priscilla", 0.071), ("Naomi", 0.071), ("Carole", 0.071), ("Brandy", 0.070), ("Olga", 0.070), ("Billie", 0.069), ("Dianne", 0.069), ("Tracey", 0.069), ("Leona", 0.069), ("Jenny", 0.068), ("Felicia", 0.068), ("Sonia", 0.068), ("Miriam", 0.066), ("Velma", 0.066), ("Becky", 0.066), ("Bobbie", 0.065), ("Violet", 0.065), ("Kristina", 0.065), ("Toni", 0.064), ("Misty", 0.063), ("Mae", 0.063), ("Shelly", 0.062), ("Daisy", 0.062), ("Ramona", 0.062), ("Sherri", 0.062), ("Erika", 0.061), ("Katrina", 0.061), ("Claire", 0.061), ("Lindsey", 0.060), ("Lindsay", 0.060), ("Geneva", 0.059), ("Guadalupe", 0.059), ("Belinda", 0.059), ("Margarita", 0.059), ("Sheryl", 0.059), ("Cora", 0.058), ("Faye", 0.058), ("Ada", 0.057), ("Natasha", 0.057), ("Sabrina", 0.057), ("Isabel", 0.057), ("Marguerite", 0.056), ("Hattie", 0.056), ("Harriet", 0.056), ("Molly", 0.055), ("Cecilia", 0.055), ("Kristi", 0.055), ("Brandi", 0.055), ("Blanche", 0.055), ("Sandy", 0.055), ("Rosie", 0.055), ("Joanna", 0.055), ("Iris", 0.055), ("Eunice", 0.054), ("Angie", 0.054), ("Inez", 0.053), ("Lynda", 0.053), ("Madeline", 0.052), ("Amelia", 0.052), ("Alberta", 0.052), ("Genevieve", 0.051), ("Monique", 0.051), ("Jodi", 0.051), ("Janie", 0.051), ("Maggie", 0.051), ("Kayla", 0.051), ("Sonya", 0.051), ("Jan", 0.051), ("Lee", 0.051), ("Kristine", 0.051), ("Candace", 0.051), ("Fannie", 0.050), ("Maryann", 0.050), ("Opal", 0.050), ("Alison", 0.050), ("Yvette", 0.050), ("Melody", 0.050), ("Luz", 0.049), ("Susie", 0.049), ("Olivia", 0.049), ("Flora", 0.049), ("Shelley", 0.049), ("Kristy", 0.048), ("Mamie", 0.048), ("Lula", 0.048), ("Lola", 0.048), ("Verna", 0.048), ("Beulah", 0.048), ("Antoinette", 0.048), ("Candice", 0.046), ("Juana", 0.046), ("Jeannette", 0.046), ("Pam", 0.046), ("Kelli", 0.046), ("Hannah", 0.045), ("Whitney", 0.045), ("Bridget", 0.045), ("Karla", 0.044), ("Celia", 0.044), ("Latoya", 0.043), ("Patty", 0.043), ("Shelia", 0.043), ("Gayle", 0.043), ("Della", 0.043), ("Vicky", 0.043), ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042), ("Kara", 0.041), ("Jacquelyn", 0.041), ("Erma", 0.041), ("Blanca", 0.041), ("Myra", 0.040), ("Leticia", 0.040), ("Pat", 0.040), ("Krista", 0.040), ("Roxanne", 0.040), ("Angelica", 0.039), ("Johnnie", 0.039), ("Robyn", 0.039), ("Francis", 0.039), ("Adrienne", 0.039), ("Rosalie", 0.039), ("Alexandra", 0.039), ("Brooke", 0.039), ("Bethany", 0.039), ("Sadie", 0.039), ("Bernadette", 0.039))  # fmt: skip
US_M = (("James", 3.318), ("John", 3.271), ("Robert", 3.143), ("Michael", 2.629), ("William", 2.451), ("David", 2.363), ("Richard", 1.703), ("Charles", 1.523), ("Joseph", 1.404), ("Thomas", 1.380), ("Christopher", 1.035), ("Daniel", 0.974), ("Paul", 0.948), ("Mark", 0.938), ("Donald", 0.931), ("George", 0.927), ("Kenneth", 0.826), ("Steven", 0.780), ("Edward", 0.779), ("Brian", 0.736), ("Ronald", 0.725), ("Anthony", 0.721), ("Kevin", 0.671), ("Jason", 0.660), ("Matthew", 0.657), ("Gary", 0.650), ("Timothy", 0.640), ("Jose", 0.613), ("Larry", 0.598), ("Jeffrey", 0.591), ("Frank", 0.581), ("Scott", 0.546), ("Eric", 0.544), ("Stephen", 0.540), ("Andrew", 0.537), ("Raymond", 0.488), ("Gregory", 0.441), ("Joshua", 0.435), ("Jerry", 0.432), ("Dennis", 0.415), ("Walter", 0.399), ("Patrick", 0.389), ("Peter", 0.381), ("Harold", 0.371), ("Douglas", 0.367), ("Henry", 0.365), ("Carl", 0.346), ("Arthur", 0.335), ("Ryan", 0.328), ("Roger", 0.322), ("Joe", 0.321), ("Juan", 0.316), ("Jack", 0.315), ("Albert", 0.314), ("Jonathan", 0.313), ("Justin", 0.311), ("Terry", 0.311), ("Gerald", 0.309), ("Keith", 0.308), ("Samuel", 0.306), ("Willie", 0.302), ("Ralph", 0.282), ("Lawrence", 0.282), ("Nicholas", 0.275), ("Roy", 0.273), ("Benjamin", 0.270), ("Bruce", 0.263), ("Brandon", 0.260), ("Adam", 0.259), ("Harry", 0.251), ("Fred", 0.251), ("Wayne", 0.249), ("Billy", 0.248), ("Steve", 0.246), ("Louis", 0.243), ("Jeremy", 0.242), ("Aaron", 0.240), ("Randy", 0.232), ("Howard", 0.230), ("Eugene", 0.230), ("Carlos", 0.229), ("Russell", 0.224), ("Bobby", 0.223), ("Victor", 0.222), ("Martin", 0.216), ("Ernest", 0.215), ("Phillip", 0.213), ("Todd", 0.213), ("Jesse", 0.209), ("Craig", 0.206), ("Alan", 0.204), ("Shawn", 0.200), ("Clarence", 0.197), ("Sean", 0.197), ("Philip", 0.197), ("Chris", 0.197), ("Johnny", 0.195), ("Earl", 0.193), ("Jimmy", 0.191), ("Antonio", 0.190), ("Danny", 0.190), ("Bryan", 0.190), ("Tony", 0.190), ("Luis", 0.189), ("Mike", 0.189), ("Stanley", 0.186), ("Leonard", 0.186), ("Nathan", 0.185), ("Dale", 0.184), ("Manuel", 0.181), ("Rodney", 0.180), ("Curtis", 0.180), ("Norman", 0.177), ("Allen", 0.174), ("Marvin", 0.171), ("Vincent", 0.168), ("Glenn", 0.167), ("Jeffery", 0.166), ("Travis", 0.166), ("Jeff", 0.166), ("Chad", 0.165), ("Jacob", 0.165), ("Lee", 0.162), ("Melvin", 0.162), ("Alfred", 0.162), ("Kyle", 0.160), ("Francis", 0.160), ("Bradley", 0.159), ("Jesus", 0.155), ("Herbert", 0.155), ("Frederick", 0.154), ("Ray", 0.153), ("Joel", 0.152), ("Edwin", 0.148), ("Don", 0.145), ("Eddie", 0.144), ("Ricky", 0.141), ("Troy", 0.138), ("Randall", 0.138), ("Barry", 0.134), ("Alexander", 0.132), ("Bernard", 0.127), ("Mario", 0.125), ("Leroy", 0.125), ("Francisco", 0.124), ("Marcus", 0.124), ("Micheal", 0.123), ("Theodore", 0.123), ("Clifford", 0.123), ("Miguel", 0.122), ("Oscar", 0.122), ("Jay", 0.118), ("Jim", 0.118), ("Tom", 0.117), ("Calvin", 0.115), ("Alex", 0.115), ("Jon", 0.115), ("Ronnie", 0.113), ("Bill", 0.112), ("Lloyd", 0.112), ("Tommy", 0.112), ("Leon", 0.112), ("Derek", 0.112), ("Warren", 0.110), ("Darrell", 0.108), ("Jerome", 0.108), ("Floyd", 0.107), ("Leo", 0.106), ("Alvin", 0.105), ("Tim", 0.104), ("Wesley", 0.104), ("Gordon", 0.104), ("Dean", 0.104), ("Greg", 0.104), ("Jorge", 0.104), ("Dustin", 0.103), ("Pedro", 0.103), ("Derrick", 0.103), ("Dan", 0.101), ("Lewis", 0.099), ("Zachary", 0.099), ("Corey", 0.098), ("Herman", 0.097), ("Maurice", 0.097), ("Vernon", 0.097), ("Roberto", 0.097), ("Clyde", 0.095), ("Glen", 0.094), ("Hector", 0.094), ("Shane", 0.093), ("Ricardo", 0.093), ("Sam", 0.092), ("Rick", 0.091), ("Lester", 0.091), ("Brent", 0.090), ("Ramon", 0.090), ("Charlie", 0.090), ("Tyler", 0.089), ("Gilbert", 0.089), ("Gene", 0.087), ("Marc", 0.087), ("Reginald", 0.084), ("Ruben", 0.082), ("Brett", 0.082), ("Angel", 0.082), ("Nathaniel", 0.081), ("Rafael", 0.081), ("Leslie", 0.081), ("Edgar", 0.080), ("Milton", 0.080), ("Raul", 0.079), ("Ben", 0.078), ("Chester", 0.078), ("Cecil", 0.078), ("Duane", 0.077), ("Franklin", 0.077), ("Andre", 0.076), ("Elmer", 0.074), ("Brad", 0.073), ("Gabriel", 0.073), ("Ron", 0.072), ("Mitchell", 0.072), ("Roland", 0.072), ("Arnold", 0.072), ("Harvey", 0.072), ("Jared", 0.071), ("Adrian", 0.069), ("Karl", 0.069), ("Cory", 0.068), ("Claude", 0.068), ("Erik", 0.068), ("Darryl", 0.067), ("Jamie", 0.066), ("Neil", 0.066), ("Jessie", 0.065), ("Christian", 0.065), ("Javier", 0.065), ("Fernando", 0.065), ("Clinton", 0.065), ("Ted", 0.064), ("Mathew", 0.064), ("Tyrone", 0.064), ("Darren", 0.064), ("Lonnie", 0.064), ("Lance", 0.063), ("Cody", 0.063), ("Julio", 0.063), ("Kelly", 0.063), ("Kurt", 0.062), ("Allan", 0.061), ("Nelson", 0.061), ("Guy", 0.060), ("Clayton", 0.060), ("Hugh", 0.060), ("Max", 0.059), ("Dwayne", 0.059), ("Dwight", 0.058), ("Armando", 0.058), ("Felix", 0.058), ("Jimmie", 0.058), ("Everett", 0.057), ("Jordan", 0.056), ("Ian", 0.056), ("Wallace", 0.056), ("Ken", 0.055), ("Bob", 0.055), ("Jaime", 0.055), ("Casey", 0.054), ("Alfredo", 0.054), ("Alberto", 0.053), ("Dave", 0.053), ("Ivan", 0.053), ("Johnnie", 0.052), ("Sidney", 0.052), ("Byron", 0.052), ("Julian", 0.052), ("Isaac", 0.051), ("Morris", 0.051), ("Clifton", 0.050), ("Willard", 0.050), ("Daryl", 0.050), ("Ross", 0.050), ("Virgil", 0.049), ("Andy", 0.049), ("Marshall", 0.049), ("Salvador", 0.049), ("Perry", 0.049), ("Kirk", 0.049), ("Sergio", 0.049), ("Marion", 0.048), ("Tracy", 0.048), ("Seth", 0.048), ("Kent", 0.048), ("Terrance", 0.048), ("Rene", 0.048), ("Eduardo", 0.047), ("Terrence", 0.047), ("Enrique", 0.046), ("Freddie", 0.046), ("Wade", 0.045), ("Austin", 0.044), ("Stuart", 0.044), ("Fredrick", 0.043), ("Arturo", 0.043), ("Alejandro", 0.043), ("Jackie", 0.043), ("Joey", 0.043), ("Nick", 0.043), ("Luther", 0.043), ("Wendell", 0.042), ("Jeremiah", 0.042), ("Evan", 0.042), ("Julius", 0.042), ("Dana", 0.042), ("Donnie", 0.041), ("Otis", 0.041), ("Shannon", 0.040), ("Trevor", 0.040), ("Oliver", 0.040), ("Luke", 0.040), ("Homer", 0.040), ("Gerard", 0.040), ("Doug", 0.040), ("Kenny", 0.039), ("Hubert", 0.039), ("Angelo", 0.039), ("Shaun", 0.039), ("Lyle", 0.038), ("Matt", 0.038), ("Lynn", 0.038), ("Alfonso", 0.038), ("Orlando", 0.037), ("Rex", 0.037), ("Carlton", 0.037), ("Ernesto", 0.037), ("Cameron", 0.037), ("Neal", 0.037), ("Pablo", 0.036), ("Lorenzo", 0.036), ("Omar", 0.036), ("Wilbur", 0.036), ("Blake", 0.036), ("Grant", 0.036), ("Horace", 0.036), ("Roderick", 0.036), ("Kerry", 0.036), ("Abraham", 0.035), ("Willis", 0.035), ("Rickey", 0.035), ("Jean", 0.035), ("Ira", 0.035), ("Andres", 0.034), ("Cesar", 0.034), ("Johnathan", 0.034), ("Malcolm", 0.034), ("Rudolph", 0.034), ("Damon", 0.034), ("Kelvin", 0.034), ("Rudy", 0.034), ("Preston", 0.034), ("Alton", 0.033), ("Archie", 0.033), ("Marco", 0.033), ("Wm", 0.033), ("Pete", 0.032), ("Randolph", 0.032), ("Garry", 0.032), ("Geoffrey", 0.032), ("Jonathon", 0.032), ("Felipe", 0.032), ("Bennie", 0.032), ("Gerardo", 0.032), ("Ed", 0.032), ("Dominic", 0.032), ("Robin", 0.032), ("Loren", 0.032), ("Delbert", 0.031), ("Colin", 0.031), ("Guillermo", 0.031), ("Earnest", 0.031), ("Lucas", 0.031), ("Benny", 0.030), ("Noel", 0.030), ("Spencer", 0.030), ("Rodolfo", 0.030), ("Myron", 0.030), ("Edmund", 0.030), ("Garrett", 0.029), ("Salvatore", 0.029), ("Cedric", 0.029), ("Lowell", 0.029), ("Gregg", 0.029), ("Sherman", 0.028), ("Wilson", 0.028), ("Devin", 0.028), ("Sylvester", 0.028), ("Kim", 0.028), ("Roosevelt", 0.028), ("Israel", 0.028), ("Jermaine", 0.028))  # fmt: skip
US_S = (("Smith", 1.006), ("Johnson", 0.810), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621), ("Davis", 0.480), ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor", 0.311), ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.310), ("White", 0.279), ("Harris", 0.275), ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254), ("Martinez", 0.234), ("Robinson", 0.233), ("Clark", 0.231), ("Rodriguez", 0.229), ("Lewis", 0.226), ("Lee", 0.220), ("Walker", 0.219), ("Hall", 0.200), ("Allen", 0.199), ("Young", 0.193), ("Hernandez", 0.192), ("King", 0.190), ("Wright", 0.189), ("Lopez", 0.187), ("Hill", 0.187), ("Scott", 0.185), ("Green", 0.183), ("Adams", 0.174), ("Baker", 0.171), ("Gonzalez", 0.166), ("Nelson", 0.162), ("Carter", 0.162), ("Mitchell", 0.160), ("Perez", 0.155), ("Roberts", 0.153), ("Turner", 0.152), ("Phillips", 0.149), ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141), ("Edwards", 0.137), ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.130), ("Morris", 0.125), ("Rogers", 0.123), ("Reed", 0.122), ("Cook", 0.120), ("Morgan", 0.118), ("Bell", 0.117), ("Murphy", 0.117), ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper", 0.113), ("Richardson", 0.112), ("Cox", 0.110), ("Howard", 0.110), ("Ward", 0.108), ("Torres", 0.108), ("Peterson", 0.107), ("Gray", 0.106), ("Ramirez", 0.105), ("James", 0.105), ("Watson", 0.103), ("Brooks", 0.103), ("Kelly", 0.102), ("Sanders", 0.100), ("Price", 0.099), ("Bennett", 0.099), ("Wood", 0.098), ("Barnes", 0.097), ("Ross", 0.096), ("Henderson", 0.095), ("Coleman", 0.095), ("Jenkins", 0.095), ("Perry", 0.094), ("Powell", 0.093), ("Long", 0.092), ("Patterson", 0.092), ("Hughes", 0.092), ("Flores", 0.092), ("Washington", 0.092), ("Butler", 0.091), ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales", 0.087), ("Bryant", 0.087), ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084), ("Diaz", 0.084), ("Hayes", 0.083), ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082), ("Graham", 0.082), ("Sullivan", 0.081), ("Wallace", 0.081), ("Woods", 0.080), ("Cole", 0.080), ("West", 0.080), ("Jordan", 0.078), ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077), ("Ellis", 0.077), ("Harrison", 0.076), ("Gibson", 0.075), ("McDonald", 0.075), ("Cruz", 0.075), ("Marshall", 0.075), ("Ortiz", 0.075), ("Gomez", 0.075), ("Murray", 0.074), ("Freeman", 0.074), ("Wells", 0.073), ("Webb", 0.072), ("Simpson", 0.070), ("Stevens", 0.070), ("Tucker", 0.070), ("Porter", 0.069), ("Hunter", 0.069), ("Hicks", 0.069), ("Crawford", 0.068), ("Henry", 0.068), ("Boyd", 0.068), ("Mason", 0.068), ("Morales", 0.067), ("Kennedy", 0.067), ("Warren", 0.067), ("Dixon", 0.066), ("Ramos", 0.066), ("Reyes", 0.066), ("Burns", 0.065), ("Gordon", 0.065), ("Shaw", 0.065), ("Holmes", 0.065), ("Rice", 0.064), ("Robertson", 0.064), ("Hunt", 0.063), ("Black", 0.063), ("Daniels", 0.062), ("Palmer", 0.062), ("Mills", 0.061), ("Nichols", 0.060), ("Grant", 0.060), ("Knight", 0.060), ("Ferguson", 0.059), ("Rose", 0.059), ("Stone", 0.059), ("Hawkins", 0.059), ("Dunn", 0.058), ("Perkins", 0.058), ("Hudson", 0.058), ("Spencer", 0.057), ("Gardner", 0.057), ("Stephens", 0.057), ("Payne", 0.057), ("Pierce", 0.056), ("Berry", 0.056), ("Matthews", 0.056), ("Arnold", 0.056), ("Wagner", 0.055), ("Willis", 0.055), ("Ray", 0.055), ("Watkins", 0.055), ("Olson", 0.055), ("Carroll", 0.055), ("Duncan", 0.055), ("Snyder", 0.055), ("Hart", 0.054), ("Cunningham", 0.054), ("Bradley", 0.054), ("Lane", 0.054), ("Andrews", 0.054), ("Ruiz", 0.054), ("Harper", 0.054), ("Fox", 0.053), ("Riley", 0.053), ("Armstrong", 0.053), ("Carpenter", 0.053), ("Weaver", 0.053), ("Greene", 0.053), ("Lawrence", 0.052), ("Elliott", 0.052), ("Chavez", 0.052), ("Sims", 0.052), ("Austin", 0.052), ("Peters", 0.052), ("Kelley", 0.052), ("Franklin", 0.051), ("Lawson", 0.051), ("Fields", 0.051), ("Gutierrez", 0.051), ("Ryan", 0.051), ("Schmidt", 0.051), ("Carr", 0.051), ("Vasquez", 0.051), ("Castillo", 0.051), ("Wheeler", 0.051), ("Chapman", 0.050), ("Oliver", 0.050), ("Montgomery", 0.049), ("Richards", 0.049), ("Williamson", 0.049), ("Johnston", 0.049), ("Banks", 0.048), ("Meyer", 0.048), ("Bishop", 0.048), ("McCoy", 0.048), ("Howell", 0.048), ("Alvarez", 0.048), ("Morrison", 0.048), ("Hansen", 0.047), ("Fernandez", 0.047), ("Garza", 0.047), ("Harvey", 0.047), ("Little", 0.046), ("Burton", 0.046), ("Stanley", 0.046), ("Nguyen", 0.046), ("George", 0.046), ("Jacobs", 0.046), ("Reid", 0.046), ("Kim", 0.045), ("Fuller", 0.045), ("Lynch", 0.045), ("Dean", 0.045), ("Gilbert", 0.045), ("Garrett", 0.045), ("Romero", 0.045), ("Welch", 0.044), ("Larson", 0.044), ("Frazier", 0.044), ("Burke", 0.044), ("Hanson", 0.043), ("Day", 0.043), ("Mendoza", 0.043), ("Moreno", 0.043), ("Bowman", 0.043), ("Medina", 0.042), ("Fowler", 0.042), ("Brewer", 0.042), ("Hoffman", 0.042), ("Carlson", 0.042), ("Silva", 0.042), ("Pearson", 0.042), ("Holland", 0.042), ("Douglas", 0.041), ("Fleming", 0.041), ("Jensen", 0.041), ("Vargas", 0.041), ("Byrd", 0.041), ("Davidson", 0.041), ("Hopkins", 0.041), ("May", 0.040), ("Terry", 0.040), ("Herrera", 0.040), ("Wade", 0.040), ("Soto", 0.040), ("Walters", 0.040), ("Curtis", 0.040), ("Neal", 0.039), ("Caldwell", 0.039), ("Lowe", 0.039), ("Jennings", 0.039), ("Barnett", 0.039), ("Graves", 0.039), ("Jimenez", 0.039), ("Horton", 0.039), ("Shelton", 0.039), ("Barrett", 0.039), ("O'Brien", 0.039), ("Castro", 0.039), ("Sutton", 0.038), ("Gregory", 0.038), ("McKinney", 0.038), ("Lucas", 0.038), ("Miles", 0.038), ("Craig", 0.038), ("Rodriquez", 0.037), ("Chambers", 0.037), ("Holt", 0.037), ("Lambert", 0.037), ("Fletcher", 0.037), ("Watts", 0.037), ("Bates", 0.037), ("Hale", 0.037), ("Rhodes", 0.037), ("Pena", 0.037), ("Beck", 0.037), ("Newman", 0.036), ("Haynes", 0.036), ("McDaniel", 0.036), ("Mendez", 0.036), ("Bush", 0.036), ("Vaughn", 0.036), ("Parks", 0.035), ("Dawson", 0.035), ("Santiago", 0.035), ("Norris", 0.035), ("Hardy", 0.035), ("Love", 0.035), ("Steele", 0.035), ("Curry", 0.035), ("Powers", 0.035), ("Schultz", 0.035), ("Barker", 0.035), ("Guzman", 0.034), ("Page", 0.034), ("Munoz", 0.034), ("Ball", 0.034), ("Keller", 0.034), ("Chandler", 0.034), ("Weber", 0.034), ("Leonard", 0.034), ("Walsh", 0.033), ("Lyons", 0.033), ("Ramsey", 0.033), ("Wolfe", 0.033), ("Schneider", 0.033), ("Mullins", 0.033), ("Benson", 0.033), ("Sharp", 0.033), ("Bowen", 0.033), ("Daniel", 0.033), ("Barber", 0.032), ("Cummings", 0.032), ("Hines", 0.032), ("Baldwin", 0.032), ("Griffith", 0.032), ("Valdez", 0.032), ("Hubbard", 0.032), ("Salazar", 0.032), ("Reeves", 0.032), ("Warner", 0.031), ("Stevenson", 0.031), ("Burgess", 0.031), ("Santos", 0.031), ("Tate", 0.031), ("Cross", 0.031), ("Garner", 0.031), ("Mann", 0.031), ("Mack", 0.031), ("Moss", 0.031), ("Thornton", 0.031), ("Dennis", 0.031), ("McGee", 0.031), ("Farmer", 0.030), ("Delgado", 0.030), ("Aguilar", 0.030), ("Vega", 0.030), ("Glover", 0.030), ("Manning", 0.030), ("Cohen", 0.030), ("Harmon", 0.030), ("Rodgers", 0.030), ("Robbins", 0.030), ("Newton", 0.030), ("Todd", 0.030), ("Blair", 0.030), ("Higgins", 0.030), ("Ingram", 0.030), ("Reese", 0.030), ("Cannon", 0.030), ("Strickland", 0.030), ("Townsend", 0.030), ("Potter", 0.030), ("Goodwin", 0.030), ("Walton", 0.030), ("Rowe", 0.029), ("Hampton", 0.029), ("Ortega", 0.029), ("Patton", 0.029), ("Swanson", 0.029), ("Joseph", 0.029), ("Francis", 0.029), ("Goodman", 0.029), ("Maldonado", 0.029), ("Yates", 0.029), ("Becker", 0.029), ("Erickson", 0.029), ("Hodges", 0.029), ("Rios", 0.029), ("Conner", 0.029), ("Adkins", 0.029), ("Webster", 0.028), ("Norman", 0.028), ("Malone", 0.028), ("Hammond", 0.028), ("Flowers", 0.028), ("Cobb", 0.028), ("Moody", 0.028), ("Quinn", 0.028), ("Blake", 0.028), ("Maxwell", 0.028), ("Pope", 0.028), ("Floyd", 0.027), ("Osborne", 0.027), ("Paul", 0.027), ("McCarthy", 0.027), ("Guerrero", 0.027), ("Lindsey", 0.027), ("Estrada", 0.027), ("Sandoval", 0.027), ("Gibbs", 0.027), ("Tyler", 0.027), ("Gross", 0.027), ("Fitzgerald", 0.027), ("Stokes", 0.027), ("Doyle", 0.027), ("Sherman", 0.027))  # fmt: skip


# --- The UK (ONS rankings, merged over birth cohorts; 1/rank) ---------------------------------

UK_F = _split("""
Sarah, Emma, Claire, Laura, Rebecca, Gemma, Rachel, Lisa, Nicola, Hannah, Amy, Jessica, Charlotte,
Lauren, Sophie, Emily, Olivia, Amelia, Chloe, Katie, Elizabeth, Susan, Margaret, Helen, Karen,
Julie, Joanne, Samantha, Victoria, Jennifer, Michelle, Louise, Kelly, Stephanie, Natalie, Zoe,
Lucy, Holly, Megan, Jade, Danielle, Kirsty, Leanne, Alison, Deborah, Tracey, Angela, Patricia,
Jacqueline, Catherine, Caroline, Elaine, Wendy, Dawn, Mary, Jean, Janet, Christine, Linda, Sandra,
Carol, Pauline, Barbara, Anne, Gillian, Lynne, Sharon, Kim, Joan, Brenda, Dorothy, Pamela, Sheila,
Valerie, Maureen, Shirley, Kathleen, Irene, Doreen, Joyce, Ava, Isla, Mia, Grace, Ella, Isabella,
Poppy, Evie, Freya, Lily, Ruby, Daisy, Phoebe, Florence, Rosie, Millie, Alice, Matilda, Evelyn,
Sienna, Imogen, Erin, Eleanor, Abigail, Molly, Scarlett, Harriet, Georgia, Bethany, Jasmine,
Amber, Paige, Shannon, Abbie, Kayleigh, Naomi, Heather, Fiona, Tina, Diane, Joanna, Anna, Ellie,
Francesca, Katherine, Ruth, Sally, Kate, Jane, Hayley, Lindsey, Leah, Rachael, Ashleigh, Stacey,
Kerry, Carly, Siobhan, Aisha, Fatima, Amelie
""")
UK_F_TAIL = _split("""
Charlene, Toni, Lorraine, Beverley, Denise, Marion, Gwen, Rhiannon, Bronwen, Cerys, Seren,
Ffion, Eilidh, Morag, Mhairi, Shona, Ailsa, Catriona, Niamh, Aoife, Orla, Roisin, Ciara, Sinead,
Bridget, Maggie, Edith, Vera, Gladys, Hilda, Ivy, Violet, Mabel, Elsie, Nellie, Winifred, Beryl,
Sylvia, Rita, Jill, Judith, Marilyn, Hazel, Vivienne, Yvonne, Rosemary, Frances, Penelope,
Philippa, Clare, Hollie, Kimberley, Amanda, Tanya, Lindsay, Emily-Rose, Lacey, Darcy,
Aria, Willow, Luna, Hallie, Maya, Zara, Layla, Nancy, Iris, Esme, Edie, Thea, Beatrice, Lottie,
Arabella, Tilly, Maisie, Lola, Ivy-Rose, Summer, Orla-Mae, Penny, Bernadette, Theresa, Colette,
Geraldine, Noreen, Sheena, Fay, Lesley, Jayne, Mandy, Tracy, Paula, Debra, Gail, June, Glenys,
Enid, Muriel, Olive, Lilian, Annie, Sadie, Harper, Robyn, Eloise, Annabel, Madeleine, Rosa,
Aimee, Courtney, Chelsea, Jodie, Demi, Tegan, Mollie, Keeley, Gabrielle, Hafsa, Maryam, Zainab,
Simran, Priya, Amira, Khadija, Anika, Safiya
""")
UK_M = _split("""
David, John, Michael, Paul, Andrew, Mark, James, Peter, Richard, Robert, Stephen, Christopher,
Ian, Daniel, Matthew, Thomas, Anthony, Simon, Gary, Steven, Kevin, Martin, Jason, Lee, Darren,
Neil, Craig, Jonathan, Alan, Brian, Colin, Graham, Keith, Philip, Adam, Benjamin, Ryan, Luke,
Jack, Oliver, Harry, George, Noah, Jacob, Charlie, Oscar, Leo, Alfie, Joshua, Samuel, William,
Joseph, Liam, Nathan, Callum, Jordan, Lewis, Kieran, Connor, Jake, Sam, Ben, Tom, Scott, Dean,
Wayne, Shaun, Carl, Stuart, Barry, Terry, Derek, Kenneth, Raymond, Roger, Trevor, Gordon,
Malcolm, Dennis, Geoffrey, Ronald, Edward, Henry, Arthur, Freddie, Theo, Archie, Alexander, Max,
Isaac, Ethan, Mason, Dylan, Tyler, Aaron, Bradley, Jamie, Ross, Gareth, Rhys, Owen, Dominic,
Tony, Nigel, Russell, Vincent, Patrick, Sean, Declan, Kyle, Reece, Elliot, Harvey, Finley, Toby,
Louis, Muhammad, Mohammed, Hugo, Sebastian, Rory, Jude, Nicholas, Timothy, Jeremy, Leslie
""")
UK_M_TAIL = _split("""
Reuben, Arlo, Hugh, Julian, Clive, Stanley, Albert, Ernest, Frederick, Harold, Norman, Walter,
Eric, Leonard, Sidney, Victor, Cyril, Bernard, Douglas, Francis, Alfred, Herbert, Percy, Reginald,
Stanley-John, Glyn, Dafydd, Gethin, Huw, Iwan, Emyr, Aled, Hamish, Angus, Fraser, Euan, Alasdair,
Calum, Ruaridh, Lachlan, Ciaran, Padraig, Niall, Eoin, Cormac, Seamus, Brendan, Kieron, Marcus,
Lucas, Elijah, Teddy, Tommy, Ronnie, Albie, Frankie, Bobby, Reggie, Jenson, Jaxon, Logan, Ollie,
Zachary, Caleb, Jasper, Felix, Rupert, Giles, Crispin, Miles, Roland, Quentin, Barnaby, Jeffrey,
Lloyd, Desmond, Winston, Delroy, Leroy, Clifton, Errol, Curtis, Jermaine, Tyrone, Dwayne, Omar,
Imran, Bilal, Hamza, Yusuf, Ibrahim, Zain, Ayaan, Arjun, Rohan, Sanjay, Rajesh, Harjit, Gurpreet,
Kwame, Kofi, Tobi, Femi, Dean-Paul, Darryl, Lee-Roy, Mitchell, Spencer, Duncan, Gavin, Grant,
Jonathon, Kristian, Lyndon, Glenn, Kerry, Phil, Rodney, Vernon, Wilfred, Maurice, Horace, Gerald
""")
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
Elliott, Reynolds, Saunders, Payne, Fox, Ford, Pearce, Day, Brooks, West, Lawrence, Cole,
Atkinson, Bradley, Spencer, Gill, Dawson, Ball, Burton, O'Brien, Watts, Rose, Booth, Perry, Ryan,
Grant, Wells, Armstrong, Francis, Rees, Hayes, Hart, Hudson, Newman, Barrett, Webster, Hunter,
Gregory, Carr, Lowe, Page, Marsh
""")
UK_S_TAIL = _split("""
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
Jarvis, Gibbs, Ferguson, Hayward, Carroll, Farrell, Hurst, Sheppard, Moran, Fraser, Dyer, Lamb,
Howell, Mahmood, Rahman, Iqbal, Hussein, Chowdhury, Uddin, Islam, Miah, Sharma, Mistry, Parmar,
Okafor, Adeyemi, Mensah, Owusu, Boateng, Campbell-Smith, Llewellyn, Pugh, Vaughan, Bowen, Prosser,
MacLeod, MacKenzie, McLean, Docherty, Sinclair, Fitzgerald, Gallacher, O'Sullivan, Kavanagh,
Donnelly, Ashworth, Hargreaves, Sutcliffe, Whittaker, Pickering, Ramsbottom, Entwistle, Greenhalgh,
Haworth, Kershaw, Butterworth, Cartwright, Fairclough, Winterbottom, Thistlethwaite, Postlethwaite
""")


# --- Origins common in Sweden (their commonest names, 1/rank, head 10) --------------------------

FI_F = _split(
    "Tuula, Pirjo, Riitta, Anneli, Marjatta, Sirkka, Helena, Seija, Päivi, Eila, Aila, Raili, Anja, Leena, Kaarina, Sari, Minna, Tiina, Merja, Satu, Hannele, Sirpa, Aino, Liisa, Eeva, Kirsi, Johanna, Marja, Annikki, Ritva"
)
FI_M = _split(
    "Juha, Timo, Matti, Kari, Mikko, Jari, Antti, Jukka, Mika, Markku, Pekka, Hannu, Heikki, Seppo, Ari, Janne, Ville, Petri, Veikko, Esa, Pentti, Raimo, Tapio, Kalevi, Erkki, Olavi, Eero, Jouko, Reijo, Pertti"
)
FI_S = _split(
    "Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen, Hiltunen, Kärkkäinen, Räsänen"
)
AR_F = _split(
    "Fatima, Maryam, Zainab, Noor, Sara, Amira, Hiba, Rania, Yasmin, Layla, Aya, Rana, Huda, Lina, Dalia, Hanan, Samira, Warda, Marta, Ninorta, Shamiram, Nahrain, Rima, Salma, Iman, Asma, Reem, Ghada, Lamia, Souad"
)
AR_M = _split(
    "Mohammed, Ahmed, Ali, Mustafa, Hussein, Omar, Ibrahim, Hassan, Khaled, Mahmoud, Yousef, Abdullah, Karim, Ammar, Haidar, Tariq, Bilal, Sami, Nabil, Jamal, Firas, Rami, Ayman, Ninos, Sargon, Gabriel, Aziz, Samir, Adnan, Walid, Ashur, Fadi, Hanna"
)
AR_S = _split(
    "Ali, Mohammed, Ahmed, Hassan, Hussein, Abdullah, Ibrahim, Khalil, Saleh, Mahmoud, Haddad, Jaber, Al-Hashimi, Al-Jabouri, Al-Obaidi, Al-Khafaji, Al-Saadi, Al-Tamimi, Kareem, Mansour, Nasser, Younes, Aziz, Shamoun, Barsoum, Saliba, Gabriel, Isaac, Yousef, Elias, Issa, Abboud, Darwish, Khoury, Jasim, Kadhim"
)
SO_F = _split(
    "Fadumo, Hodan, Amina, Khadija, Sahra, Ayaan, Hamdi, Ifrah, Deeqa, Sagal, Hibo, Ubah, Asha, Halima, Nimco, Maryan, Hawa, Sucaad, Istahil, Naima, Leyla, Saynab, Filsan, Idil"
)
SO_M = _split(
    "Mohamed, Abdi, Ahmed, Abdirahman, Abdullahi, Hassan, Ali, Omar, Yusuf, Ibrahim, Abdikarim, Abdiaziz, Abdiqani, Mahad, Said, Hussein, Farah, Ismail, Osman, Liban, Guled, Mukhtar, Bashir, Abdiwali, Hamse"
)
SO_S = _split(
    "Mohamed, Ahmed, Ali, Hassan, Abdi, Omar, Farah, Warsame, Hussein, Yusuf, Abdullahi, Ibrahim, Jama, Mohamud, Osman, Aden, Nur, Ismail, Elmi, Dahir, Hersi, Egal, Duale, Gedi, Abdulle, Abdirahman, Isse, Jimale"
)
PL_F = _split(
    "Anna, Katarzyna, Maria, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Magdalena, Joanna, Aleksandra, Monika, Elżbieta, Zofia, Teresa, Dorota, Beata, Jadwiga, Danuta, Halina, Irena, Justyna, Karolina, Marta, Natalia, Paulina, Wiktoria, Agata, Grażyna, Bożena, Iwona, Urszula"
)
PL_M = _split(
    "Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Jan, Michał, Marcin, Stanisław, Jakub, Adam, Marek, Łukasz, Grzegorz, Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Jerzy, Kamil, Maciej, Rafał, Robert, Kacper, Sławomir, Jacek, Bartosz, Przemysław, Tadeusz"
)
PL_S = _split(
    "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Wojciechowski, Kwiatkowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Wróbel, Nowakowski, Majewski, Olszewski, Wysocki, Sawicki, Zawadzki, Czarnecki, Sokołowski, Szczepański, Dudek, Pawlak, Walczak, Sikora"
)
FA_F = _split(
    "Maryam, Fatemeh, Zahra, Shirin, Parisa, Nasrin, Leila, Mina, Sara, Azadeh, Nazanin, Roya, Shahla, Soheila, Mahnaz, Farzaneh, Golnar, Neda, Tahereh, Parvin, Ladan, Homa, Setareh, Yasaman, Niloufar"
)
FA_M = _split(
    "Mohammad, Ali, Reza, Hossein, Mehdi, Amir, Hamid, Saeed, Majid, Ahmad, Behrouz, Farhad, Dariush, Kourosh, Babak, Omid, Mehran, Bijan, Arash, Hassan, Payam, Kamran, Navid, Shahram, Peyman"
)
FA_S = _split(
    "Mohammadi, Hosseini, Ahmadi, Rezaei, Moradi, Karimi, Jafari, Rahimi, Hashemi, Mousavi, Sadeghi, Ghorbani, Heidari, Akbari, Rostami, Kazemi, Nazari, Amini, Sharifi, Ebrahimi, Azizi, Tehrani, Farahani, Rahmani, Safavi, Kiani, Shirazi, Bagheri, Asadi, Zamani"
)
BCS_F = _split(
    "Amra, Ajla, Emina, Lejla, Selma, Jasmina, Amela, Sabina, Mirela, Ivana, Jelena, Marija, Ana, Snežana, Dragana, Vesna, Milena, Nermina, Azra, Sanela, Maja, Mirjana, Gordana, Biljana, Edina, Aida, Ljiljana"
)
BCS_M = _split(
    "Emir, Amir, Adnan, Mirza, Haris, Edin, Senad, Elvir, Nermin, Damir, Dragan, Zoran, Goran, Nikola, Marko, Ivan, Stefan, Milan, Dejan, Nenad, Aleksandar, Jasmin, Mehmed, Admir, Kenan, Denis, Tomislav, Željko"
)
BCS_S = _split(
    "Hodžić, Hadžić, Kovačević, Begić, Delić, Mehmedović, Hasanović, Husić, Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Babić, Horvat, Kovačić, Marić, Jurić, Pavlović, Popović, Šarić, Salihović, Mujić, Alić, Omerović, Karić, Imamović, Ibrahimović, Čolić, Softić"
)
TR_F = _split(
    "Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Meryem, Şerife, Zehra, Sultan, Hülya, Özlem, Derya, Esra, Gül, Aylin, Ebru, Büşra, Merve, Yasemin, Dilek, Songül, Gülsüm, Hacer, Nurten"
)
TR_M = _split(
    "Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Osman, Yusuf, Murat, Ömer, Ramazan, Halil, Süleyman, Abdullah, Mahmut, Recep, Fatih, Kemal, Emre, Burak, Serkan, Cem, Erdal, Hakan"
)
TR_S = _split(
    "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Korkmaz, Erdoğan, Güneş, Aksoy, Tekin, Karaca, Bulut"
)
KU_F = _split(
    "Berivan, Rojin, Nesrin, Jiyan, Shilan, Dilan, Hevi, Rozerin, Zilan, Avin, Nazdar, Evin, Gulistan, Delal, Helin, Lana, Sozan, Viyan, Rezan, Hana, Shno, Bahar, Kani"
)
KU_M = _split(
    "Rebin, Soran, Karwan, Aram, Dilshad, Hawre, Kawa, Baran, Rizgar, Shvan, Azad, Sherwan, Serhat, Diyar, Rojhat, Hemin, Zana, Kamaran, Bakhtiyar, Hiwa, Nawzad, Dara, Sirwan, Hoshyar, Botan"
)
KU_S = _split(
    "Ahmad, Mohammad, Rashid, Abdullah, Mahmoud, Karim, Hama, Aziz, Omar, Salih, Ismail, Faraj, Qadir, Hussein, Mustafa, Jaff, Zebari, Amin, Khidir, Osman, Sharif, Bakr, Tahir, Hawrami, Doski, Barzani"
)
ER_F = _split(
    "Helen, Selam, Saba, Senait, Yordanos, Mebrat, Tsega, Lydia, Semhar, Meron, Rahel, Feven, Winta, Almaz, Eden, Hiwet, Nardos, Elsa, Ruta, Tsehay, Luwam, Abrehet, Mizan"
)
ER_M = _split(
    "Yonas, Daniel, Tesfay, Mehari, Samuel, Filmon, Yohannes, Habte, Berhane, Kidane, Tekle, Amanuel, Henok, Biniam, Dawit, Michael, Robel, Isaak, Merhawi, Teklay, Ermias, Natnael, Zerai"
)
ER_S = _split(
    "Tesfamariam, Gebremedhin, Haile, Tekle, Berhe, Ghebremichael, Kidane, Andemariam, Mehari, Yohannes, Habte, Tesfay, Woldu, Gebrehiwet, Araya, Ghirmay, Tewelde, Asmerom, Negash, Kahsay, Measho, Okbay, Abraha, Zerai, Fessehaye"
)
AF_F = _split(
    "Fatima, Zahra, Maryam, Masooma, Nargis, Shabnam, Farzana, Mina, Sakina, Zainab, Parwana, Hosai, Malalai, Marzia, Fereshta, Roya, Khadija, Laila, Nasima, Gulalai, Shukria, Habiba, Sediqa"
)
AF_M = _split(
    "Mohammad, Ahmad, Ali, Hussain, Mahdi, Reza, Abdul, Mustafa, Hamid, Jawad, Mortaza, Sayed, Hassan, Sajad, Javad, Nasir, Farid, Rahim, Karim, Zabihullah, Ehsan, Habib, Yama, Mohsen, Qasim, Wahid, Shafiq"
)
AF_S = _split(
    "Ahmadi, Mohammadi, Hussaini, Rezaie, Hosseini, Rahimi, Karimi, Sultani, Haidari, Jafari, Sharifi, Amiri, Nazari, Azimi, Sadat, Noori, Popal, Stanikzai, Safi, Wardak, Hakimi, Qaderi, Habibi, Rasuli, Samadi, Akbari, Amini, Yousufzai"
)
TH_F = _split(
    "Kanokwan, Siriporn, Pranee, Malee, Nittaya, Sunisa, Wanida, Supaporn, Jintana, Ratana, Pornthip, Kanya, Araya, Duangjai, Orathai, Sasithorn, Pimchanok, Ladda, Somporn, Chanida, Usa, Busaba, Naiyana, Thanyarat"
)
TH_M = _split(
    "Somchai, Somsak, Prasert, Sombat, Wichai, Anan, Surachai, Chaiwat, Kittisak, Suchart, Thanakorn, Nattapong, Pichai, Sakda, Manop, Arthit, Niran, Thawatchai, Pongsak, Weerasak, Apichat"
)
TH_S = _split(
    "Srisawat, Wongsa, Sukhum, Thongchai, Chaiyasit, Kaewkham, Phromma, Sangsawang, Rattanakorn, Bunyasit, Suwan, Sriwong, Chantara, Inthawong, Kongsuk, Phanthong, Thongdee, Saengthong, Kaewmanee, Srisomboon, Panyawong, Jaidee, Meesuk, Saetang, Saelim"
)
LA_F = _split(
    "María, Carolina, Camila, Francisca, Valentina, Daniela, Javiera, Constanza, Catalina, Paula, Claudia, Verónica, Patricia, Marcela, Andrea, Alejandra, Fernanda, Lorena, Paola, Gabriela, Ximena, Carmen, Rosa, Isabel, Pamela, Soledad"
)
LA_M = _split(
    "José, Juan, Carlos, Luis, Jorge, Francisco, Pedro, Manuel, Sebastián, Matías, Diego, Felipe, Cristián, Rodrigo, Gonzalo, Pablo, Alejandro, Nicolás, Patricio, Mauricio, Claudio, Héctor, Víctor, Ricardo, Andrés, Fernando"
)
LA_S = _split(
    "González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo, Tapia, Reyes, Gutiérrez, Castro, Pizarro, Álvarez, Vásquez, Sánchez, Fernández, Ramírez, Carrasco"
)
UA_F = _split(
    "Olena, Tetiana, Nataliia, Iryna, Oksana, Svitlana, Yuliia, Olha, Mariia, Kateryna, Anastasiia, Viktoriia, Alina, Halyna, Liudmyla, Larysa, Valentyna, Daria, Sofiia, Inna, Khrystyna, Nadiia"
)
UA_M = _split(
    "Oleksandr, Serhii, Andrii, Volodymyr, Oleksii, Dmytro, Mykola, Vasyl, Ivan, Yurii, Viktor, Maksym, Ihor, Bohdan, Vitalii, Taras, Roman, Artem, Mykhailo, Petro, Yevhen, Denys"
)
UA_S = _split(
    "Melnyk, Shevchenko, Boiko, Kovalenko, Bondarenko, Tkachenko, Kovalchuk, Kravchenko, Oliinyk, Shevchuk, Koval, Polishchuk, Bondar, Tkachuk, Moroz, Marchenko, Lysenko, Rudenko, Savchenko, Petrenko, Kravchuk, Ponomarenko, Klymenko, Pavlenko, Kuzmenko, Levchenko"
)
NO_F = _split(
    "Anne, Kari, Marianne, Inger, Hanne, Ingrid, Kirsten, Mette, Liv, Randi, Grete, Lene, Bente, Tone, Hilde, Camilla, Maren, Ida, Silje, Nina, Signe, Trine, Karen, Astrid"
)
NO_M = _split(
    "Jan, Per, Bjørn, Lars, Ole, Kjetil, Morten, Henrik, Thomas, Jens, Søren, Niels, Rasmus, Anders, Knut, Geir, Terje, Svein, Arne, Tor, Jørgen, Mads, Frederik, Kristian"
)
NO_S = _split(
    "Hansen, Johansen, Olsen, Larsen, Andersen, Pedersen, Nilsen, Kristiansen, Jensen, Karlsen, Johnsen, Pettersen, Eriksen, Berg, Haugen, Hagen, Johannessen, Nielsen, Christensen, Sørensen, Rasmussen, Jørgensen, Madsen, Mortensen, Dahl, Halvorsen, Bakken, Lund, Thomsen, Kristensen"
)
DE_F = _split(
    "Ursula, Monika, Petra, Sabine, Andrea, Claudia, Susanne, Birgit, Gabriele, Karin, Stefanie, Julia, Katharina, Anja, Nicole, Heike, Christine, Sandra, Martina, Lena, Laura, Kerstin, Renate, Brigitte"
)
DE_M = _split(
    "Thomas, Michael, Andreas, Stefan, Peter, Klaus, Wolfgang, Jürgen, Frank, Markus, Uwe, Christian, Matthias, Dieter, Jens, Torsten, Sebastian, Tobias, Florian, Jan, Manfred, Günter, Ralf, Dirk, Holger"
)
DE_S = _split(
    "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, Hofmann, Hartmann, Lange, Schmitt, Werner, Krause, Meier, Lehmann"
)
IN_F = _split(
    "Priya, Anjali, Sunita, Pooja, Neha, Kavita, Deepa, Divya, Lakshmi, Shreya, Aishwarya, Ananya, Meera, Rekha, Nisha, Sneha, Swati, Aarti, Harpreet, Sangeeta, Rashmi, Manpreet"
)
IN_M = _split(
    "Rahul, Amit, Rajesh, Sanjay, Vikram, Arjun, Suresh, Ravi, Anil, Sunil, Rohit, Karthik, Vijay, Ashok, Manoj, Deepak, Gurdeep, Jaswinder, Aditya, Nikhil, Pradeep, Srinivas, Venkatesh, Anand"
)
IN_S = _split(
    "Patel, Sharma, Singh, Kumar, Gupta, Shah, Reddy, Iyer, Nair, Rao, Joshi, Mehta, Desai, Agarwal, Verma, Kaur, Chopra, Malhotra, Menon, Pillai, Banerjee, Chatterjee, Mukherjee, Bhat, Krishnan, Das, Jain"
)
ZH_F = _split(
    "Jing, Li, Ying, Hui, Yan, Mei, Xiaoyan, Lina, Hong, Fang, Juan, Min, Xin, Yu, Ling, Qian, Wen, Yun, Xue, Na, Jie, Hua"
)
ZH_M = _split(
    "Wei, Jun, Lei, Yong, Qiang, Jian, Tao, Ming, Hao, Bin, Chao, Peng, Gang, Long, Yang, Feng, Zhiwei, Haitao, Jianguo, Xiaoming"
)
ZH_S = _split(
    "Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, He, Lin, Gao, Luo, Zheng, Liang, Xie, Song, Tang"
)


# --- Pools ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Pool:
    """Names in order of how many carry them, their weights, and how many make the head."""

    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def ranked(head: tuple[str, ...], tail: tuple[str, ...] = (), size: int | None = None) -> Pool:
    """A list by rank, weight 1/rank; the head its first `size` names (all of `head` if none)."""
    names = head + tail
    assert len(set(names)) == len(names), [n for n in names if names.count(n) > 1]
    return Pool(names, tuple(1 / (i + 1) for i in range(len(names))), size or len(head))


def census(rows: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A Census 1990 list: the per cent of people carrying a name as its weight."""
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


ORIGINS: dict[str, Origin] = {
    "swedish": Origin(
        ranked(SV_F, SV_F_TAIL, 150), ranked(SV_M, SV_M_TAIL, 150), ranked(SV_S, SV_S_TAIL, 150)
    ),
    "us": Origin(census(US_F), census(US_M), census(US_S)),
    "uk": Origin(
        ranked(UK_F, UK_F_TAIL, 130), ranked(UK_M, UK_M_TAIL, 130), ranked(UK_S, UK_S_TAIL, 150)
    ),
    "finnish": Origin(ranked(FI_F, size=10), ranked(FI_M, size=10), ranked(FI_S, size=10)),
    "arabic": Origin(ranked(AR_F, size=10), ranked(AR_M, size=10), ranked(AR_S, size=10)),
    "somali": Origin(ranked(SO_F, size=10), ranked(SO_M, size=10), ranked(SO_S, size=10)),
    "polish": Origin(ranked(PL_F, size=10), ranked(PL_M, size=10), ranked(PL_S, size=10)),
    "persian": Origin(ranked(FA_F, size=10), ranked(FA_M, size=10), ranked(FA_S, size=10)),
    "bcs": Origin(ranked(BCS_F, size=10), ranked(BCS_M, size=10), ranked(BCS_S, size=10)),
    "turkish": Origin(ranked(TR_F, size=10), ranked(TR_M, size=10), ranked(TR_S, size=10)),
    "kurdish": Origin(ranked(KU_F, size=10), ranked(KU_M, size=10), ranked(KU_S, size=10)),
    "eritrean": Origin(ranked(ER_F, size=10), ranked(ER_M, size=10), ranked(ER_S, size=10)),
    "afghan": Origin(ranked(AF_F, size=10), ranked(AF_M, size=10), ranked(AF_S, size=10)),
    "thai": Origin(ranked(TH_F, size=10), ranked(TH_M, size=10), ranked(TH_S, size=10)),
    "latin": Origin(ranked(LA_F, size=10), ranked(LA_M, size=10), ranked(LA_S, size=10)),
    "ukrainian": Origin(ranked(UA_F, size=10), ranked(UA_M, size=10), ranked(UA_S, size=10)),
    "nordic": Origin(ranked(NO_F, size=10), ranked(NO_M, size=10), ranked(NO_S, size=10)),
    "german": Origin(ranked(DE_F, size=10), ranked(DE_M, size=10), ranked(DE_S, size=10)),
    "indian": Origin(ranked(IN_F, size=10), ranked(IN_M, size=10), ranked(IN_S, size=10)),
    "chinese": Origin(ranked(ZH_F, size=10), ranked(ZH_M, size=10), ranked(ZH_S, size=10)),
}

# Who is named, per language of the text: Swedish text names people roughly as Sweden's
# population is (about a fifth born abroad, Finland, Syria, Iraq, Poland, Iran, the former
# Yugoslavia, Somalia, Afghanistan, Eritrea, Turkey, Thailand, Chile, Ukraine, Norway, Denmark,
# Germany, India and China among the largest groups); English text is mostly British and
# American; mixed text (Swedes writing at work) mostly Swedish with colleagues and clients abroad.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6.5, "finnish": 4, "polish": 2.4, "persian": 2.3, "bcs": 2.3,
        "somali": 2.2, "afghan": 1.6, "kurdish": 1.6, "turkish": 1.6, "nordic": 1.5,
        "eritrean": 1.2, "ukrainian": 1.2, "thai": 1, "latin": 1, "german": 1, "indian": 0.8,
        "chinese": 0.6, "uk": 0.6, "us": 0.5,
    },
    "en": {
        "us": 36, "uk": 36, "swedish": 9, "indian": 4, "arabic": 2.5, "polish": 2, "chinese": 1.5,
        "latin": 1.5, "somali": 1.2, "finnish": 1, "turkish": 1, "persian": 1, "nordic": 1,
        "german": 1, "ukrainian": 0.8, "afghan": 0.7, "bcs": 0.6, "eritrean": 0.6, "kurdish": 0.6,
        "thai": 0.6,
    },
    "mixed": {
        "swedish": 50, "uk": 10, "us": 9, "arabic": 5, "finnish": 3, "polish": 3, "persian": 2.5,
        "bcs": 2.5, "somali": 1.5, "kurdish": 1.5, "turkish": 1.5, "afghan": 1.5, "nordic": 1.5,
        "indian": 1.5, "ukrainian": 1.2, "german": 1.2, "eritrean": 1, "thai": 1, "latin": 1,
        "chinese": 0.8,
    },
}  # fmt: skip

# Swedish double given names are written with a hyphen and made of a few common parts: the first
# part (when drawn) takes a second one with probability 0.25 (`Anna-Karin`, `Karl-Erik`).
HYPHENATED: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "f": (
        ("Anna", "Ann", "Eva", "Lena", "Marie", "Maria", "Britt", "Inga", "Karin", "Gun", "Maj", "Ulla"),
        ("Karin", "Lena", "Marie", "Maria", "Britt", "Sofie", "Louise", "Charlotte", "Kristina", "Lotta"),
    ),
    "m": (
        ("Karl", "Lars", "Per", "Jan", "Nils", "Hans", "Bo", "Sven", "Carl", "Bengt", "Stig", "Olof"),
        ("Erik", "Olof", "Göran", "Åke", "Anders", "Johan", "Axel", "Gunnar", "Bertil", "Erland"),
    ),
}  # fmt: skip

# Short forms people are called by, per origin: `Lasse` for Lars, `Liz` for Elizabeth.
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": {
        "Lars": ("Lasse",), "Mikael": ("Micke",), "Joakim": ("Jocke",), "Karl": ("Kalle",),
        "Per": ("Pelle", "Perra"), "Charlotte": ("Lotta",), "Susanne": ("Sussie", "Sanna"),
        "Elisabeth": ("Lisa", "Bettan", "Lisen"), "Magnus": ("Mange",), "Thomas": ("Tompa",),
        "Kristina": ("Kicki", "Stina"), "Katarina": ("Kattis", "Kajsa"), "Margareta": ("Maggan",),
        "Marcus": ("Mackan",), "Fredrik": ("Fredde",), "Patrik": ("Patte",),
        "Kristoffer": ("Kricke", "Krille"), "Robert": ("Robban",), "Tobias": ("Tobbe",),
        "Torbjörn": ("Tobbe",), "Stefan": ("Steffe",), "Kenneth": ("Kenta",),
        "Birgitta": ("Gittan", "Bittan"), "Alexander": ("Alex",), "Sebastian": ("Sebbe",),
        "Gustav": ("Gurra", "Gösta"), "Hans": ("Hasse",), "Daniel": ("Danne",),
        "Mattias": ("Matte",), "Jonathan": ("Jonte",), "Andreas": ("Andy",), "Johan": ("Jojje",),
        "Christer": ("Kicke",), "Ingrid": ("Inga",), "Madeleine": ("Madde",),
        "Josefin": ("Jossan",), "Jessica": ("Jessi",), "Caroline": ("Carro",),
        "Matilda": ("Tilda", "Tilde"), "Alexandra": ("Alex", "Sandra"), "Viktoria": ("Vicky",),
        "Therese": ("Tessan",), "Gunilla": ("Gunsan",), "Gunnar": ("Gunne",), "Sven": ("Svenne",),
        "Leif": ("Leffe",), "Roger": ("Rogge",), "Olof": ("Olle",), "Nils": ("Nisse",),
        "Bengt": ("Bengan",), "Christian": ("Chris",), "Rickard": ("Ricky",),
    },
    "uk": {
        "William": ("Bill", "Will", "Billy"), "Robert": ("Bob", "Rob", "Bobby"),
        "Elizabeth": ("Liz", "Beth", "Lizzie"), "Margaret": ("Maggie", "Peggy", "Meg"),
        "Jennifer": ("Jen", "Jenny"), "Michael": ("Mike", "Mick"), "Christopher": ("Chris",),
        "James": ("Jim", "Jamie"), "Richard": ("Rich", "Rick"), "Thomas": ("Tom", "Tommy"),
        "Katherine": ("Kate", "Katie"), "Catherine": ("Cathy", "Kate"), "Susan": ("Sue", "Susie"),
        "Patricia": ("Pat", "Trish"), "Deborah": ("Debbie", "Deb"), "Anthony": ("Tony",),
        "Matthew": ("Matt",), "Daniel": ("Dan", "Danny"), "Joseph": ("Joe",),
        "Edward": ("Ed", "Ted", "Eddie"), "Nicholas": ("Nick",), "Alexander": ("Alex",),
        "Rebecca": ("Becky", "Becca"), "Samantha": ("Sam",), "Victoria": ("Vicky", "Tori"),
        "Jonathan": ("Jon", "Jonny"), "Stephen": ("Steve",), "Andrew": ("Andy", "Drew"),
        "David": ("Dave", "Davy"), "Benjamin": ("Ben",), "Samuel": ("Sam",), "Philip": ("Phil",),
        "Gillian": ("Gill",), "Jacqueline": ("Jackie",), "Pamela": ("Pam",), "Kenneth": ("Ken",),
        "Raymond": ("Ray",), "Timothy": ("Tim",), "Frederick": ("Fred",), "Charlotte": ("Lottie",),
        "Eleanor": ("Ellie", "Nell"), "Penelope": ("Penny",), "Abigail": ("Abby",),
    },
    "us": {
        "William": ("Bill", "Will"), "Robert": ("Bob", "Rob", "Bobby"), "Elizabeth": ("Liz", "Beth"),
        "Jennifer": ("Jen", "Jenny"), "Michael": ("Mike",), "Christopher": ("Chris",),
        "James": ("Jim", "Jimmy"), "Richard": ("Rick", "Rich"), "Thomas": ("Tom",),
        "Patricia": ("Pat", "Patty"), "Susan": ("Sue",), "Margaret": ("Peggy", "Maggie"),
        "Anthony": ("Tony",), "Matthew": ("Matt",), "Daniel": ("Dan", "Danny"), "Joseph": ("Joe",),
        "Kimberly": ("Kim",), "Deborah": ("Debbie",), "Katherine": ("Kathy", "Kate"),
        "Jessica": ("Jess",), "Charles": ("Chuck", "Charlie"), "Edward": ("Ed", "Eddie"),
        "Stephanie": ("Steph",), "Nicholas": ("Nick",), "Samantha": ("Sam",),
        "Alexander": ("Alex",), "Benjamin": ("Ben",), "Gregory": ("Greg",), "Jeffrey": ("Jeff",),
        "Rebecca": ("Becky",), "Timothy": ("Tim",), "Theodore": ("Ted",), "Cynthia": ("Cindy",),
        "Donald": ("Don",), "Ronald": ("Ron",), "Lawrence": ("Larry",), "Gerald": ("Jerry",),
    },
    "arabic": {"Mohammed": ("Mo", "Hamoudi"), "Abdullah": ("Abdo",), "Ibrahim": ("Ibbe",)},
    "somali": {"Abdirahman": ("Abdi",), "Abdullahi": ("Abdi",), "Mohamed": ("Moha",)},
    "polish": {
        "Katarzyna": ("Kasia",), "Małgorzata": ("Gosia", "Małgosia"), "Aleksandra": ("Ola",),
        "Magdalena": ("Magda",), "Agnieszka": ("Aga",), "Krzysztof": ("Krzysiek",),
        "Piotr": ("Piotrek",), "Tomasz": ("Tomek",), "Jakub": ("Kuba",), "Wojciech": ("Wojtek",),
    },
    "ukrainian": {"Oleksandr": ("Sasha",), "Olena": ("Lena",), "Kateryna": ("Katia",),
                  "Dmytro": ("Dima",), "Anastasiia": ("Nastia",), "Mykola": ("Kolia",)},
    "finnish": {"Juha": ("Jussi",), "Matti": ("Masa",)},
    "persian": {"Mohammad": ("Mamad",)},
    "nordic": {"Rasmus": ("Ras",)},
    "german": {"Wolfgang": ("Wolf",), "Matthias": ("Matze",)},
}  # fmt: skip

_PLAIN = str.maketrans({"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "İ": "I", "ø": "o", "Ø": "O", "æ": "ae", "ß": "ss"})  # fmt: skip


def plain(word: str) -> str:
    """A name as typed on a keyboard without its letters: `Wiśniewski` -> `Wisniewski`."""
    word = word.translate(_PLAIN)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for male, female in (("dzki", "dzka"), ("cki", "cka"), ("ski", "ska")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname
