# ruff: noqa: E501
"""Name pools of held-out IB (issue 15): names as the population has them.

Every list is in the order of how many people carry the name, most first, and weighted so: the
Swedish lists in the order of SCB's name statistics (written from the writer's general knowledge,
weight 1/rank, head the top 150, a tail of rarer names past them), the US Census 1990 lists
(public domain, copied from the `names` package's `dist.female.first`, `dist.male.first` and
`dist.all.last`, the census per cent as weight, head 150), UK names in the order of the ONS
rankings (general knowledge, 1/rank), and the commonest given names and surnames of the origins
common in Sweden (1/rank, head 10). No name was checked against anything in the repository: none
is left out for being known or unknown to any detector.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from a list's head with this probability, else its tail


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
    """Names written as `A, B, C` over lines; a name may hold a space (`De Geer`)."""
    return tuple(n.strip() for n in text.replace("\n", " ").split(",") if n.strip())


def ranked(text: str, head: int) -> Pool:
    """A list in rank order, weight 1/rank; its first `head` names are its head."""
    names = words(text)
    if len(set(names)) != len(names):
        seen: set[str] = set()
        twice = [n for n in names if n in seen or seen.add(n)]
        raise ValueError(f"a name twice in a list: {twice}")
    return Pool(names, tuple(1 / rank for rank in range(1, len(names) + 1)), min(head, len(names)))


def census(rows: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A US Census 1990 list with its per cent as weight."""
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


# --- Sweden (SCB's order: given names by how many carry them, surnames likewise) ---------------
SV_WOMEN = """
Anna, Eva, Maria, Karin, Kristina, Lena, Sara, Kerstin, Emma, Ingrid, Marie, Malin, Birgitta,
Christina, Inger, Hanna, Elin, Sofia, Jenny, Annika, Linnéa, Johanna, Elisabeth, Ulla, Susanne,
Ida, Margareta, Carina, Linda, Monica, Julia, Helena, Camilla, Gunilla, Ulrika, Åsa, Katarina,
Agneta, Cecilia, Anette, Amanda, Sandra, Therese, Elsa, Maja, Barbro, Frida, Matilda, Josefin,
Alice, Ebba, Anneli, Lisa, Siv, Ellen, Wilma, Moa, Louise, Jessica, Irene, Anita, Madeleine,
Emelie, Erika, Ella, Klara, Victoria, Caroline, Britt, Lisbeth, Ann, Gun, Helen, Pia, Yvonne,
Elisabet, Ingegerd, Mona, Astrid, Alva, Olivia, Saga, Viktoria, Rebecca, Felicia, Nathalie,
Petra, Charlotte, Ingela, Mikaela, Stina, Vera, Sanna, Tove, Agnes, Ester, Signe, Selma, Alma,
Freja, Nora, Greta, Märta, Edith, Elvira, Tilda, Tuva, Lovisa, Emilia, Isabelle, Fanny, Hedvig,
Linn, Elina, Ronja, Nellie, Thea, Stella, Lilly, Isabella, Lova, Mira, Tindra, Hilda, Ellinor,
Marianne, Berit, Sonja, Gunnel, Solveig, Britta, Rut, Elsie, Ingegärd, Jeanette, Mia, Marina,
Annelie, Lina, Evelina, Rebecka, Angelica, Jonna, Tina, Veronica, Sofie, Emilie, Jennie,
Catarina, Karolina, Gerd, Dagmar, Iris,
Ann-Christin, Ann-Marie, Anna-Karin, Ann-Sofie, Anna-Lena, Eva-Lena, Marie-Louise,
Ann-Charlotte, Ulla-Britt, Britt-Marie, Anna-Maria, Lise-Lotte, Ann-Kristin, Anna-Greta,
Maj-Britt, Eva-Karin, Inga-Lill, Gun-Britt, Tyra, Siri, Juni, Ellie, Majken, Svea, Hedda, Leia,
Minna, Ylva, Vendela, Cornelia, Elvy, Inga, Birgit, Gunvor, Ruth, Asta, Dagny, Sigrid, Ragnhild,
Valborg, Hildur, Aina, Lilian, Margit, Maud, Gudrun, Ingeborg, Hulda, Edla, Henny, Vivi, Viveka,
Vivianne, Mariana, Majvor, Ethel, Elvi, Gunhild, Alfhild, Elna, Judit, Elise, Sylvia, Rosita,
Rose-Marie, Lillemor, Marita, Kristin, Kajsa, Lotta, Jill, Desirée, Josefine, Paulina,
Alexandra, Amelia, Livia, Leah, Alicia, Meja, Idun, Tekla, Maj, Majlis, Irma, Solbritt, Siw,
Eivor, Anne, Annette, Ann-Louise, Charlotta, Malena, Jannike, Helene, Linnea, Emeli, Malva,
Smilla, Nova, Eleonora, Gabriella, Terese, Teresia, Ann-Mari, Marit, Ingalill, Gunborg, Agda,
Elly, Olga, Hilma, Ines, Lisen, Lydia, Magdalena, Margaretha, Monika, Mathilda, Nina, Pernilla,
Regina, Rakel, Sabina, Susann, Tora, Ulrica, Åse, Zara, Cajsa, Carin, Cathrine, Christin,
Kristine, Agnetha, Annica, Anja, Benita, Bodil, Carola, Doris, Elisa, Emmy, Erica, Fredrika,
Gertrud, Gisela, Harriet, Heidi, Hillevi, Ingmarie, Jenni, Jessika, Josephine, Laila, Lillian,
Lis, Madelene, Maj-Lis, Mariann, Marlene, Mimmi, My, Nadja, Paula, Rigmor, Sigbritt, Signhild,
Susanna, Tilde, Vanja, Viola, Alida, Anneliese, Beatrice, Carolina, Dorotea, Ebba-Lena,
Edit, Elin-Maria, Ewa, Frideborg, Gullan, Gunnevi, Hjördis, Ingrid-Marie, Janina, Karolin,
Kerstin-Maria, Lena-Karin, Ann-Britt, Märit, Ninni, Oda, Ottilia, Eva-Britt, Anna-Lisa,
Berta, Cilla, Elida, Febe, Gunlög, Ingbritt, Laura, Lisbet, Lovis, Meta, Nanna, Sally, Stephanie,
Thyra, Valentina, Wilhelmina, Aurora, Luna, Fia, Gerda, Hanne
"""
SV_MEN = """
Lars, Mikael, Anders, Johan, Per, Erik, Karl, Peter, Jan, Thomas, Daniel, Fredrik, Hans,
Andreas, Stefan, Bengt, Mats, Magnus, Marcus, Jonas, Nils, Bo, Björn, Oskar, Alexander, Martin,
Leif, Mattias, Göran, Ulf, Henrik, Sven, Gustav, Christer, Kent, Viktor, Patrik, Robert, Niklas,
Joakim, Tommy, Lennart, Kjell, Filip, Emil, Simon, Jonathan, Anton, Axel, William, Lucas,
Oliver, Hugo, Elias, David, Rolf, Åke, Roger, Sebastian, Tobias, Christian, Olof, Gunnar,
Kenneth, Stig, Rickard, Kristoffer, Claes, Ingemar, Arne, Roland, Tomas, Jesper, Adam, Isak,
Ludvig, Liam, Noah, Gabriel, Albin, Jakob, Hampus, Linus, Mohammed, Pontus, Rasmus, Johannes,
Jörgen, Håkan, Dan, Tony, Ola, Torbjörn, Gösta, Rune, Sune, Bertil, Ingvar, Gert, Sten,
Vincent, Felix, Leo, Melvin, Edvin, Theo, Harry, Elliot, Max, Samuel, Benjamin, Josef, Emanuel,
Joel, Robin, Dennis, Jimmy, Kevin, Jacob, Carl, Pär, Conny, Markus, Jens, Torsten, Ove, Evert,
Valter, Wilhelm, Folke, Arvid, Einar, Harald, Knut, Ali, Ahmed, Jonny, Kurt, Sixten, Alvin,
Love, Ebbe, Otto, Casper, Melker, Sam, Vidar, Ivar, Ragnar, Olle, Staffan,
Karl-Erik, Per-Olof, Lars-Erik, Jan-Erik, Lars-Göran, Carl-Johan, Karl-Johan, Per-Anders,
Jan-Olof, Nils-Erik, Sven-Erik, Bengt-Åke, Lars-Olof, Per-Erik, Hans-Olof, Bo-Göran,
Sven-Olof, Lars-Gunnar, Jan-Åke, Karl-Gustav, Nils-Olof, Per-Åke, Lars-Åke, Holger, Alvar,
Birger, Sigvard, Helge, Gustaf, Erland, Tage, Yngve, Östen, Lage, Algot, Hilding, Ture, Elof,
Eskil, Sture, Ronny, Benny, Börje, Curt, Gottfrid, Halvar, Henning, Hjalmar, Ingmar, Inge,
Jarl, Jerker, Kaj, Leon, Loke, Malte, Matteo, Mauritz, Nicklas, Nicolas, Noel, Orvar, Osvald,
Paul, Ragnvald, Reidar, Roine, Rikard, Sigge, Sigurd, Stellan, Svante, Sölve, Teodor, Tor,
Tord, Torgny, Tryggve, Ulrik, Uno, Urban, Valdemar, Verner, Vilgot, Wiktor, Örjan, Albert,
Alf, Allan, Alrik, Arnold, Artur, August, Bernt, Bror, Dag, Edgar, Egon, Elis, Elvin, Enar,
Erling, Evald, Fritiof, Georg, Gerhard, Gillis, Helmer, Herbert, Hilmer, Ivan, Jim, John, Jon,
Kennet, Kim, Klas, Krister, Leonard, Lukas, Manfred, Morgan, Ossian, Peder, Percy, Rutger,
Rudolf, Ruben, Thor, Thorsten, Tom, Torleif, Valentin, Vilhelm, Vilmer, Wilmer, Walter, Viggo,
Zacharias, Efraim, Colin, Charlie, Douglas, Adrian, Alex, Andre, Bert, Boris, Christoffer,
Dick, Eddie, Edward, Eric, Fabian, Glenn, Göte, Hannes, Ingolf, Jack, Jonatan, Joachim,
Kristian, Lenny, Mats-Olov, Lars-Olov, Per-Ola, Oscar, Pelle, Rolf-Erik, Severin, Jan-Ove, Sven-Åke,
Aron, Ante, Birk, Bruno, Dante, Esbjörn, Frans, Frank, Fredric, Hasse, Herman, Ingvald, Isac,
Jan-Olov, Jöns, Kalle, Kasper, Konrad, Lorentz, Ludwig, Magne, Milo, Natanael, Petter, Pierre,
Sigfrid, Sivert, Stig-Arne, Sören, Theodor, Thure, Tim, Truls, Ted, Jeppe, Eilert, Emrik, Elmer,
Matts, Nils-Gunnar, Karl-Axel
"""
SV_SURNAMES = """
Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson,
Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson,
Magnusson, Olofsson, Lindström, Lindqvist, Lindgren, Berg, Axelsson, Bergström, Lundberg, Lind,
Lundgren, Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Forsberg, Sjöberg,
Ali, Wallin, Mohammed, Engström, Eklund, Danielsson, Lundin, Håkansson, Björk, Bergman,
Gunnarsson, Holm, Wikström, Samuelsson, Isaksson, Fransson, Bergqvist, Nyström, Holmberg,
Arvidsson, Löfgren, Söderberg, Nyberg, Blomqvist, Claesson, Nordström, Ahmed, Mårtensson,
Lundström, Hassan, Viklund, Björklund, Eliasson, Pålsson, Berggren, Sandström, Lund, Nordin,
Ström, Åberg, Falk, Ekström, Hermansson, Holmgren, Hellström, Dahlberg, Hedlund, Sundberg,
Sjögren, Ek, Blom, Abrahamsson, Martinsson, Öberg, Andreasson, Strömberg, Månsson, Åkesson,
Hansen, Dahl, Lindholm, Norberg, Holmqvist, Jeppsson, Sundström, Nielsen, Lindell, Mohamed,
Ibrahim, Omar, Hussein, Fors, Nyman, Lindahl, Lundmark, Sundqvist, Ekberg, Boström, Öström,
Strand, Friberg, Hedberg, Nordqvist, Lindén, Sjöström, Bergh, Holmström, Ekman, Engberg,
Westerberg, Söderström, Sundin, Nord, Bäckström, Hedström, Johnsson, Lindblom, Ohlsson,
Backman, Forslund, Hellberg, Lilja, Sandin, Ottosson, Roos, Westberg, Granberg,
Grönlund, Hägglund, Kvist, Wikman, Lindmark, Rydberg, Stenberg, Törnqvist, Ljungberg,
Ljungqvist, Sjödin, Ågren, Hägg, Forsgren, Almqvist, Löfström, Lindroth, Rosén, Sundén, Ekdahl,
Edström, Strömgren, Brandt, Hammar, Hjelm, Wahlström, Norén, Nordberg, Engman, Englund,
Carlsson, Carlström, Modig, Nyqvist, Segerström, Rask, Frisk, Kling, Borg, Dahlgren, Dahlström,
Ekelund, Gran, Grahn, Hallberg, Hammarberg, Hedin, Hedman, Jonasson, Kjellberg, Klasson, Lager,
Larsen, Liljegren, Lindvall, Ljung, Lundh, Melin, Moberg, Mörk, Nordahl, Nyholm, Palm, Pihl,
Rehn, Rydén, Sahlin, Sandell, Schön, Selin, Sjöholm, Skog, Stenlund, Stål, Svärd, Thorén,
Vesterlund, Wahlberg, Wennberg, Westin, Westman, Zetterberg, Zetterström, Åkerlund, Åkerman,
Öhman, Östlund, Östman, Adolfsson, Alm, Almgren, Andrén, Appelqvist, Arnesson, Augustsson,
Berglöf, Billing, Björling, Blixt, Boman, Brodin, Bylund, Börjesson, Carlberg, Dahlin, Ekblad,
Ekwall, Elfving, Emanuelsson, Enström, Erlandsson, Fagerberg, Falkenberg, Fernström, Flodin,
Forsman, Franzén, Fröberg, Gerdin, Granlund, Gullberg, Gustavsson, Göransson, Hagberg, Hallin,
Hammarström, Helgesson, Henningsson, Hultgren, Hultman, Hörnqvist, Ingvarsson, Ivarsson,
Jernberg, Johannesson, Josefsson, Karlberg, Karlström, Kihlberg, Kjellström, Knutsson,
Kristensson, Lagerqvist, Lantz, Levin, Lidén, Lindelöf, Linder, Lindfors, Lundell, Lundholm,
Malm, Malmqvist, Marklund, Mellberg, Norling, Nygren, Nylander, Olander, Olausson, Palmqvist,
Petrén, Rosenberg, Rosengren, Rudberg, Runesson, Rydell, Rönnqvist, Salomonsson, Sandqvist,
Seger, Sjökvist, Skoglund, Sköld, Strid, Ståhl, Sundelin, Svahn, Svedberg, Swärd, Söder,
Thelin, Thorsson, Torstensson, Tufvesson, Ullberg, Ullman, Unger, Wallén, Wennström,
Wickström, Widén, Wigren, Wilhelmsson, Winberg, Ytterberg, Zander, Öhrn, Bonde, Sparre,
Stenbock, De Geer, von Essen, af Klercker, Lewenhaupt, Gyllenhammar, von Sydow, Wachtmeister,
Ahlberg, Ahlgren, Alfredsson, Asplund, Bergendahl, Björnsson, Broberg, Dahlén, Ekvall, Engdahl,
Fredlund, Gidlund, Hedqvist, Holst, Hultqvist, Jarl, Karlén, Lindblad, Lindh, Lundblad,
Nordlander, Nordling, Olin, Sjölin, Stenqvist, Strandberg, Sundkvist, Tornberg, Wessman
"""

# --- the United States: the Census 1990 lists, per cent as weight ------------------------------
US_WOMEN: tuple[tuple[str, float], ...] = (("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.98), ("Elizabeth", 0.937), ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794), ("Margaret", 0.768), ("Dorothy", 0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667), ("Betty", 0.666), ("Helen", 0.663), ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565), ("Ruth", 0.562), ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.51), ("Sarah", 0.508), ("Kimberly", 0.504), ("Deborah", 0.494), ("Jessica", 0.49), ("Shirley", 0.482), ("Cynthia", 0.469), ("Angela", 0.468), ("Melissa", 0.462), ("Brenda", 0.455), ("Amy", 0.451), ("Anna", 0.44), ("Rebecca", 0.43), ("Virginia", 0.43), ("Kathleen", 0.424), ("Pamela", 0.416), ("Martha", 0.412), ("Debra", 0.408), ("Amanda", 0.404), ("Stephanie", 0.4), ("Carolyn", 0.385), ("Christine", 0.382), ("Marie", 0.379), ("Janet", 0.379), ("Catherine", 0.373), ("Frances", 0.37), ("Ann", 0.364), ("Joyce", 0.364), ("Diane", 0.359), ("Alice", 0.357), ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336), ("Doris", 0.335), ("Gloria", 0.335), ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315), ("Mildred", 0.313), ("Katherine", 0.313), ("Joan", 0.306), ("Ashley", 0.303), ("Judith", 0.297), ("Rose", 0.296), ("Janice", 0.285), ("Kelly", 0.283), ("Nicole", 0.281), ("Judy", 0.276), ("Christina", 0.275), ("Kathy", 0.272), ("Theresa", 0.271), ("Beverly", 0.267), ("Denise", 0.264), ("Tammy", 0.259), ("Irene", 0.252), ("Jane", 0.25), ("Lori", 0.248), ("Rachel", 0.242), ("Marilyn", 0.241), ("Andrea", 0.236), ("Kathryn", 0.234), ("Louise", 0.229), ("Sara", 0.229), ("Anne", 0.228), ("Jacqueline", 0.228), ("Wanda", 0.226), ("Bonnie", 0.223), ("Julia", 0.223), ("Ruby", 0.221), ("Lois", 0.22), ("Tina", 0.22), ("Phyllis", 0.219), ("Norma", 0.218), ("Paula", 0.217), ("Diana", 0.216), ("Annie", 0.216), ("Lillian", 0.211), ("Emily", 0.208), ("Robin", 0.208), ("Peggy", 0.208), ("Crystal", 0.207), ("Gladys", 0.205), ("Rita", 0.204), ("Dawn", 0.202), ("Connie", 0.2), ("Florence", 0.2), ("Tracy", 0.197), ("Edna", 0.197), ("Tiffany", 0.195), ("Carmen", 0.195), ("Rosa", 0.194), ("Cindy", 0.192), ("Grace", 0.189), ("Wendy", 0.185), ("Victoria", 0.18), ("Edith", 0.179), ("Kim", 0.178), ("Sherry", 0.178), ("Sylvia", 0.177), ("Josephine", 0.177), ("Thelma", 0.175), ("Shannon", 0.175), ("Sheila", 0.175), ("Ethel", 0.174), ("Ellen", 0.173), ("Elaine", 0.173), ("Marjorie", 0.173), ("Carrie", 0.171), ("Charlotte", 0.169), ("Monica", 0.166), ("Esther", 0.166), ("Pauline", 0.165), ("Emma", 0.165), ("Juanita", 0.164), ("Anita", 0.162), ("Rhonda", 0.162), ("Hazel", 0.161), ("Amber", 0.16), ("Eva", 0.159), ("Debbie", 0.157), ("April", 0.154), ("Leslie", 0.154), ("Clara", 0.153), ("Lucille", 0.153), ("Jamie", 0.153), ("Joanne", 0.15), ("Eleanor", 0.15), ("Valerie", 0.149), ("Danielle", 0.149), ("Megan", 0.147), ("Alicia", 0.146), ("Suzanne", 0.145), ("Michele", 0.145), ("Gail", 0.145), ("Bertha", 0.143), ("Darlene", 0.142), ("Veronica", 0.142), ("Jill", 0.142), ("Erin", 0.141), ("Geraldine", 0.141), ("Lauren", 0.137), ("Cathy", 0.137), ("Joann", 0.136), ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135), ("Regina", 0.133), ("Erica", 0.13), ("Beatrice", 0.13), ("Dolores", 0.129), ("Bernice", 0.128), ("Audrey", 0.127), ("Yvonne", 0.126), ("Annette", 0.125), ("June", 0.125), ("Samantha", 0.124), ("Marion", 0.122), ("Dana", 0.122), ("Stacy", 0.121), ("Ana", 0.12), ("Renee", 0.12), ("Ida", 0.118), ("Vivian", 0.118), ("Roberta", 0.117), ("Holly", 0.117), ("Brittany", 0.117), ("Melanie", 0.116), ("Loretta", 0.115), ("Yolanda", 0.115), ("Jeanette", 0.115), ("Laurie", 0.114), ("Katie", 0.113), ("Kristen", 0.111), ("Vanessa", 0.111), ("Alma", 0.111), ("Sue", 0.111), ("Elsie", 0.11), ("Beth", 0.11), ("Jeanne", 0.109), ("Vicki", 0.109), ("Carla", 0.107), ("Tara", 0.107), ("Rosemary", 0.107), ("Eileen", 0.105), ("Terri", 0.105), ("Gertrude", 0.103), ("Lucy", 0.103), ("Tonya", 0.102), ("Ella", 0.101), ("Stacey", 0.101), ("Wilma", 0.099), ("Gina", 0.099), ("Kristin", 0.099), ("Jessie", 0.098), ("Natalie", 0.098), ("Agnes", 0.098), ("Vera", 0.098), ("Willie", 0.097), ("Charlene", 0.097), ("Bessie", 0.096), ("Delores", 0.095), ("Melinda", 0.094), ("Pearl", 0.094), ("Arlene", 0.094), ("Maureen", 0.092), ("Colleen", 0.092), ("Allison", 0.092), ("Tamara", 0.092), ("Joy", 0.091), ("Georgia", 0.091), ("Constance", 0.091), ("Lillie", 0.09), ("Claudia", 0.09), ("Jackie", 0.09), ("Marcia", 0.09), ("Tanya", 0.089), ("Nellie", 0.089), ("Minnie", 0.089), ("Marlene", 0.088), ("Heidi", 0.088), ("Glenda", 0.088), ("Lydia", 0.086), ("Viola", 0.086), ("Courtney", 0.086), ("Marian", 0.086), ("Stella", 0.085), ("Caroline", 0.085), ("Dora", 0.084), ("Jo", 0.083), ("Vickie", 0.082), ("Mattie", 0.081), ("Terry", 0.08), ("Maxine", 0.079), ("Irma", 0.079), ("Mabel", 0.078), ("Marsha", 0.078), ("Myrtle", 0.078), ("Lena", 0.077), ("Christy", 0.077), ("Deanna", 0.076), ("Patsy", 0.076), ("Hilda", 0.075), ("Gwendolyn", 0.074), ("Jennie", 0.073), ("Nora", 0.073), ("Margie", 0.072), ("Nina", 0.072), ("Cassandra", 0.072), ("Leah", 0.072), ("Penny", 0.071), ("Kay", 0.071), ("Priscilla", 0.071), ("Naomi", 0.071), ("Carole", 0.071), ("Brandy", 0.07), ("Olga", 0.07), ("Billie", 0.069), ("Dianne", 0.069), ("Tracey", 0.069), ("Leona", 0.069), ("Jenny", 0.068), ("Felicia", 0.068), ("Sonia", 0.068), ("Miriam", 0.066), ("Velma", 0.066), ("Becky", 0.066), ("Bobbie", 0.065), ("Violet", 0.065), ("Kristina", 0.065), ("Toni", 0.064), ("Misty", 0.063), ("Mae", 0.063), ("Shelly", 0.062), ("Daisy", 0.062), ("Ramona", 0.062), ("Sherri", 0.062), ("Erika", 0.061), ("Katrina", 0.061), ("Claire", 0.061), ("Lindsey", 0.06), ("Lindsay", 0.06), ("Geneva", 0.059), ("Guadalupe", 0.059), ("Belinda", 0.059), ("Margarita", 0.059), ("Sheryl", 0.059), ("Cora", 0.058), ("Faye", 0.058), ("Ada", 0.057), ("Natasha", 0.057), ("Sabrina", 0.057), ("Isabel", 0.057), ("Marguerite", 0.056), ("Hattie", 0.056), ("Harriet", 0.056), ("Molly", 0.055), ("Cecilia", 0.055), ("Kristi", 0.055), ("Brandi", 0.055), ("Blanche", 0.055), ("Sandy", 0.055), ("Rosie", 0.055), ("Joanna", 0.055), ("Iris", 0.055), ("Eunice", 0.054), ("Angie", 0.054), ("Inez", 0.053), ("Lynda", 0.053), ("Madeline", 0.052), ("Amelia", 0.052), ("Alberta", 0.052), ("Genevieve", 0.051), ("Monique", 0.051), ("Jodi", 0.051), ("Janie", 0.051), ("Maggie", 0.051), ("Kayla", 0.051), ("Sonya", 0.051), ("Jan", 0.051), ("Lee", 0.051), ("Kristine", 0.051), ("Candace", 0.051), ("Fannie", 0.05), ("Maryann", 0.05), ("Opal", 0.05), ("Alison", 0.05), ("Yvette", 0.05), ("Melody", 0.05), ("Luz", 0.049), ("Susie", 0.049), ("Olivia", 0.049), ("Flora", 0.049), ("Shelley", 0.049), ("Kristy", 0.048), ("Mamie", 0.048), ("Lula", 0.048), ("Lola", 0.048), ("Verna", 0.048), ("Beulah", 0.048), ("Antoinette", 0.048), ("Candice", 0.046), ("Juana", 0.046), ("Jeannette", 0.046), ("Pam", 0.046), ("Kelli", 0.046), ("Hannah", 0.045), ("Whitney", 0.045), ("Bridget", 0.045), ("Karla", 0.044), ("Celia", 0.044), ("Latoya", 0.043), ("Patty", 0.043), ("Shelia", 0.043), ("Gayle", 0.043), ("Della", 0.043), ("Vicky", 0.043), ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042),)  # fmt: skip
US_MEN: tuple[tuple[str, float], ...] = (("James", 3.318), ("John", 3.271), ("Robert", 3.143), ("Michael", 2.629), ("William", 2.451), ("David", 2.363), ("Richard", 1.703), ("Charles", 1.523), ("Joseph", 1.404), ("Thomas", 1.38), ("Christopher", 1.035), ("Daniel", 0.974), ("Paul", 0.948), ("Mark", 0.938), ("Donald", 0.931), ("George", 0.927), ("Kenneth", 0.826), ("Steven", 0.78), ("Edward", 0.779), ("Brian", 0.736), ("Ronald", 0.725), ("Anthony", 0.721), ("Kevin", 0.671), ("Jason", 0.66), ("Matthew", 0.657), ("Gary", 0.65), ("Timothy", 0.64), ("Jose", 0.613), ("Larry", 0.598), ("Jeffrey", 0.591), ("Frank", 0.581), ("Scott", 0.546), ("Eric", 0.544), ("Stephen", 0.54), ("Andrew", 0.537), ("Raymond", 0.488), ("Gregory", 0.441), ("Joshua", 0.435), ("Jerry", 0.432), ("Dennis", 0.415), ("Walter", 0.399), ("Patrick", 0.389), ("Peter", 0.381), ("Harold", 0.371), ("Douglas", 0.367), ("Henry", 0.365), ("Carl", 0.346), ("Arthur", 0.335), ("Ryan", 0.328), ("Roger", 0.322), ("Joe", 0.321), ("Juan", 0.316), ("Jack", 0.315), ("Albert", 0.314), ("Jonathan", 0.313), ("Justin", 0.311), ("Terry", 0.311), ("Gerald", 0.309), ("Keith", 0.308), ("Samuel", 0.306), ("Willie", 0.302), ("Ralph", 0.282), ("Lawrence", 0.282), ("Nicholas", 0.275), ("Roy", 0.273), ("Benjamin", 0.27), ("Bruce", 0.263), ("Brandon", 0.26), ("Adam", 0.259), ("Harry", 0.251), ("Fred", 0.251), ("Wayne", 0.249), ("Billy", 0.248), ("Steve", 0.246), ("Louis", 0.243), ("Jeremy", 0.242), ("Aaron", 0.24), ("Randy", 0.232), ("Howard", 0.23), ("Eugene", 0.23), ("Carlos", 0.229), ("Russell", 0.224), ("Bobby", 0.223), ("Victor", 0.222), ("Martin", 0.216), ("Ernest", 0.215), ("Phillip", 0.213), ("Todd", 0.213), ("Jesse", 0.209), ("Craig", 0.206), ("Alan", 0.204), ("Shawn", 0.2), ("Clarence", 0.197), ("Sean", 0.197), ("Philip", 0.197), ("Chris", 0.197), ("Johnny", 0.195), ("Earl", 0.193), ("Jimmy", 0.191), ("Antonio", 0.19), ("Danny", 0.19), ("Bryan", 0.19), ("Tony", 0.19), ("Luis", 0.189), ("Mike", 0.189), ("Stanley", 0.186), ("Leonard", 0.186), ("Nathan", 0.185), ("Dale", 0.184), ("Manuel", 0.181), ("Rodney", 0.18), ("Curtis", 0.18), ("Norman", 0.177), ("Allen", 0.174), ("Marvin", 0.171), ("Vincent", 0.168), ("Glenn", 0.167), ("Jeffery", 0.166), ("Travis", 0.166), ("Jeff", 0.166), ("Chad", 0.165), ("Jacob", 0.165), ("Lee", 0.162), ("Melvin", 0.162), ("Alfred", 0.162), ("Kyle", 0.16), ("Francis", 0.16), ("Bradley", 0.159), ("Jesus", 0.155), ("Herbert", 0.155), ("Frederick", 0.154), ("Ray", 0.153), ("Joel", 0.152), ("Edwin", 0.148), ("Don", 0.145), ("Eddie", 0.144), ("Ricky", 0.141), ("Troy", 0.138), ("Randall", 0.138), ("Barry", 0.134), ("Alexander", 0.132), ("Bernard", 0.127), ("Mario", 0.125), ("Leroy", 0.125), ("Francisco", 0.124), ("Marcus", 0.124), ("Micheal", 0.123), ("Theodore", 0.123), ("Clifford", 0.123), ("Miguel", 0.122), ("Oscar", 0.122), ("Jay", 0.118), ("Jim", 0.118), ("Tom", 0.117), ("Calvin", 0.115), ("Alex", 0.115), ("Jon", 0.115), ("Ronnie", 0.113), ("Bill", 0.112), ("Lloyd", 0.112), ("Tommy", 0.112), ("Leon", 0.112), ("Derek", 0.112), ("Warren", 0.11), ("Darrell", 0.108), ("Jerome", 0.108), ("Floyd", 0.107), ("Leo", 0.106), ("Alvin", 0.105), ("Tim", 0.104), ("Wesley", 0.104), ("Gordon", 0.104), ("Dean", 0.104), ("Greg", 0.104), ("Jorge", 0.104), ("Dustin", 0.103), ("Pedro", 0.103), ("Derrick", 0.103), ("Dan", 0.101), ("Lewis", 0.099), ("Zachary", 0.099), ("Corey", 0.098), ("Herman", 0.097), ("Maurice", 0.097), ("Vernon", 0.097), ("Roberto", 0.097), ("Clyde", 0.095), ("Glen", 0.094), ("Hector", 0.094), ("Shane", 0.093), ("Ricardo", 0.093), ("Sam", 0.092), ("Rick", 0.091), ("Lester", 0.091), ("Brent", 0.09), ("Ramon", 0.09), ("Charlie", 0.09), ("Tyler", 0.089), ("Gilbert", 0.089), ("Gene", 0.087), ("Marc", 0.087), ("Reginald", 0.084), ("Ruben", 0.082), ("Brett", 0.082), ("Angel", 0.082), ("Nathaniel", 0.081), ("Rafael", 0.081), ("Leslie", 0.081), ("Edgar", 0.08), ("Milton", 0.08), ("Raul", 0.079), ("Ben", 0.078), ("Chester", 0.078), ("Cecil", 0.078), ("Duane", 0.077), ("Franklin", 0.077), ("Andre", 0.076), ("Elmer", 0.074), ("Brad", 0.073), ("Gabriel", 0.073), ("Ron", 0.072), ("Mitchell", 0.072), ("Roland", 0.072), ("Arnold", 0.072), ("Harvey", 0.072), ("Jared", 0.071), ("Adrian", 0.069), ("Karl", 0.069), ("Cory", 0.068), ("Claude", 0.068), ("Erik", 0.068), ("Darryl", 0.067), ("Jamie", 0.066), ("Neil", 0.066), ("Jessie", 0.065), ("Christian", 0.065), ("Javier", 0.065), ("Fernando", 0.065), ("Clinton", 0.065), ("Ted", 0.064), ("Mathew", 0.064), ("Tyrone", 0.064), ("Darren", 0.064), ("Lonnie", 0.064), ("Lance", 0.063), ("Cody", 0.063), ("Julio", 0.063), ("Kelly", 0.063), ("Kurt", 0.062), ("Allan", 0.061), ("Nelson", 0.061), ("Guy", 0.06), ("Clayton", 0.06), ("Hugh", 0.06), ("Max", 0.059), ("Dwayne", 0.059), ("Dwight", 0.058), ("Armando", 0.058), ("Felix", 0.058), ("Jimmie", 0.058), ("Everett", 0.057), ("Jordan", 0.056), ("Ian", 0.056), ("Wallace", 0.056), ("Ken", 0.055), ("Bob", 0.055), ("Jaime", 0.055), ("Casey", 0.054), ("Alfredo", 0.054), ("Alberto", 0.053), ("Dave", 0.053), ("Ivan", 0.053), ("Johnnie", 0.052), ("Sidney", 0.052), ("Byron", 0.052), ("Julian", 0.052), ("Isaac", 0.051), ("Morris", 0.051), ("Clifton", 0.05), ("Willard", 0.05), ("Daryl", 0.05), ("Ross", 0.05), ("Virgil", 0.049), ("Andy", 0.049), ("Marshall", 0.049), ("Salvador", 0.049), ("Perry", 0.049), ("Kirk", 0.049), ("Sergio", 0.049), ("Marion", 0.048), ("Tracy", 0.048), ("Seth", 0.048), ("Kent", 0.048), ("Terrance", 0.048), ("Rene", 0.048), ("Eduardo", 0.047), ("Terrence", 0.047), ("Enrique", 0.046), ("Freddie", 0.046), ("Wade", 0.045), ("Austin", 0.044), ("Stuart", 0.044), ("Fredrick", 0.043), ("Arturo", 0.043), ("Alejandro", 0.043), ("Jackie", 0.043), ("Joey", 0.043), ("Nick", 0.043), ("Luther", 0.043), ("Wendell", 0.042), ("Jeremiah", 0.042), ("Evan", 0.042), ("Julius", 0.042), ("Dana", 0.042), ("Donnie", 0.041), ("Otis", 0.041), ("Shannon", 0.04), ("Trevor", 0.04), ("Oliver", 0.04), ("Luke", 0.04), ("Homer", 0.04), ("Gerard", 0.04), ("Doug", 0.04), ("Kenny", 0.039), ("Hubert", 0.039), ("Angelo", 0.039), ("Shaun", 0.039), ("Lyle", 0.038), ("Matt", 0.038), ("Lynn", 0.038), ("Alfonso", 0.038), ("Orlando", 0.037), ("Rex", 0.037), ("Carlton", 0.037), ("Ernesto", 0.037), ("Cameron", 0.037), ("Neal", 0.037), ("Pablo", 0.036), ("Lorenzo", 0.036), ("Omar", 0.036), ("Wilbur", 0.036), ("Blake", 0.036), ("Grant", 0.036), ("Horace", 0.036), ("Roderick", 0.036), ("Kerry", 0.036), ("Abraham", 0.035), ("Willis", 0.035), ("Rickey", 0.035), ("Jean", 0.035), ("Ira", 0.035), ("Andres", 0.034), ("Cesar", 0.034), ("Johnathan", 0.034), ("Malcolm", 0.034), ("Rudolph", 0.034), ("Damon", 0.034), ("Kelvin", 0.034), ("Rudy", 0.034), ("Preston", 0.034), ("Alton", 0.033), ("Archie", 0.033), ("Marco", 0.033), ("Wm", 0.033), ("Pete", 0.032), ("Randolph", 0.032), ("Garry", 0.032), ("Geoffrey", 0.032), ("Jonathon", 0.032), ("Felipe", 0.032), ("Bennie", 0.032), ("Gerardo", 0.032), ("Ed", 0.032), ("Dominic", 0.032), ("Robin", 0.032), ("Loren", 0.032), ("Delbert", 0.031), ("Colin", 0.031), ("Guillermo", 0.031), ("Earnest", 0.031),)  # fmt: skip
US_SURNAMES: tuple[tuple[str, float], ...] = (("Smith", 1.006), ("Johnson", 0.81), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621), ("Davis", 0.48), ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor", 0.311), ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.31), ("White", 0.279), ("Harris", 0.275), ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254), ("Martinez", 0.234), ("Robinson", 0.233), ("Clark", 0.231), ("Rodriguez", 0.229), ("Lewis", 0.226), ("Lee", 0.22), ("Walker", 0.219), ("Hall", 0.2), ("Allen", 0.199), ("Young", 0.193), ("Hernandez", 0.192), ("King", 0.19), ("Wright", 0.189), ("Lopez", 0.187), ("Hill", 0.187), ("Scott", 0.185), ("Green", 0.183), ("Adams", 0.174), ("Baker", 0.171), ("Gonzalez", 0.166), ("Nelson", 0.162), ("Carter", 0.162), ("Mitchell", 0.16), ("Perez", 0.155), ("Roberts", 0.153), ("Turner", 0.152), ("Phillips", 0.149), ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141), ("Edwards", 0.137), ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.13), ("Morris", 0.125), ("Rogers", 0.123), ("Reed", 0.122), ("Cook", 0.12), ("Morgan", 0.118), ("Bell", 0.117), ("Murphy", 0.117), ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper", 0.113), ("Richardson", 0.112), ("Cox", 0.11), ("Howard", 0.11), ("Ward", 0.108), ("Torres", 0.108), ("Peterson", 0.107), ("Gray", 0.106), ("Ramirez", 0.105), ("James", 0.105), ("Watson", 0.103), ("Brooks", 0.103), ("Kelly", 0.102), ("Sanders", 0.1), ("Price", 0.099), ("Bennett", 0.099), ("Wood", 0.098), ("Barnes", 0.097), ("Ross", 0.096), ("Henderson", 0.095), ("Coleman", 0.095), ("Jenkins", 0.095), ("Perry", 0.094), ("Powell", 0.093), ("Long", 0.092), ("Patterson", 0.092), ("Hughes", 0.092), ("Flores", 0.092), ("Washington", 0.092), ("Butler", 0.091), ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales", 0.087), ("Bryant", 0.087), ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084), ("Diaz", 0.084), ("Hayes", 0.083), ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082), ("Graham", 0.082), ("Sullivan", 0.081), ("Wallace", 0.081), ("Woods", 0.08), ("Cole", 0.08), ("West", 0.08), ("Jordan", 0.078), ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077), ("Ellis", 0.077), ("Harrison", 0.076), ("Gibson", 0.075), ("McDonald", 0.075), ("Cruz", 0.075), ("Marshall", 0.075), ("Ortiz", 0.075), ("Gomez", 0.075), ("Murray", 0.074), ("Freeman", 0.074), ("Wells", 0.073), ("Webb", 0.072), ("Simpson", 0.07), ("Stevens", 0.07), ("Tucker", 0.07), ("Porter", 0.069), ("Hunter", 0.069), ("Hicks", 0.069), ("Crawford", 0.068), ("Henry", 0.068), ("Boyd", 0.068), ("Mason", 0.068), ("Morales", 0.067), ("Kennedy", 0.067), ("Warren", 0.067), ("Dixon", 0.066), ("Ramos", 0.066), ("Reyes", 0.066), ("Burns", 0.065), ("Gordon", 0.065), ("Shaw", 0.065), ("Holmes", 0.065), ("Rice", 0.064), ("Robertson", 0.064), ("Hunt", 0.063), ("Black", 0.063), ("Daniels", 0.062), ("Palmer", 0.062), ("Mills", 0.061), ("Nichols", 0.06), ("Grant", 0.06), ("Knight", 0.06), ("Ferguson", 0.059), ("Rose", 0.059), ("Stone", 0.059), ("Hawkins", 0.059), ("Dunn", 0.058), ("Perkins", 0.058), ("Hudson", 0.058), ("Spencer", 0.057), ("Gardner", 0.057), ("Stephens", 0.057), ("Payne", 0.057), ("Pierce", 0.056), ("Berry", 0.056), ("Matthews", 0.056), ("Arnold", 0.056), ("Wagner", 0.055), ("Willis", 0.055), ("Ray", 0.055), ("Watkins", 0.055), ("Olson", 0.055), ("Carroll", 0.055), ("Duncan", 0.055), ("Snyder", 0.055), ("Hart", 0.054), ("Cunningham", 0.054), ("Bradley", 0.054), ("Lane", 0.054), ("Andrews", 0.054), ("Ruiz", 0.054), ("Harper", 0.054), ("Fox", 0.053), ("Riley", 0.053), ("Armstrong", 0.053), ("Carpenter", 0.053), ("Weaver", 0.053), ("Greene", 0.053), ("Lawrence", 0.052), ("Elliott", 0.052), ("Chavez", 0.052), ("Sims", 0.052), ("Austin", 0.052), ("Peters", 0.052), ("Kelley", 0.052), ("Franklin", 0.051), ("Lawson", 0.051), ("Fields", 0.051), ("Gutierrez", 0.051), ("Ryan", 0.051), ("Schmidt", 0.051), ("Carr", 0.051), ("Vasquez", 0.051), ("Castillo", 0.051), ("Wheeler", 0.051), ("Chapman", 0.05), ("Oliver", 0.05), ("Montgomery", 0.049), ("Richards", 0.049), ("Williamson", 0.049), ("Johnston", 0.049), ("Banks", 0.048), ("Meyer", 0.048), ("Bishop", 0.048), ("McCoy", 0.048), ("Howell", 0.048), ("Alvarez", 0.048), ("Morrison", 0.048), ("Hansen", 0.047), ("Fernandez", 0.047), ("Garza", 0.047), ("Harvey", 0.047), ("Little", 0.046), ("Burton", 0.046), ("Stanley", 0.046), ("Nguyen", 0.046), ("George", 0.046), ("Jacobs", 0.046), ("Reid", 0.046), ("Kim", 0.045), ("Fuller", 0.045), ("Lynch", 0.045), ("Dean", 0.045), ("Gilbert", 0.045), ("Garrett", 0.045), ("Romero", 0.045), ("Welch", 0.044), ("Larson", 0.044), ("Frazier", 0.044), ("Burke", 0.044), ("Hanson", 0.043), ("Day", 0.043), ("Mendoza", 0.043), ("Moreno", 0.043), ("Bowman", 0.043), ("Medina", 0.042), ("Fowler", 0.042), ("Brewer", 0.042), ("Hoffman", 0.042), ("Carlson", 0.042), ("Silva", 0.042), ("Pearson", 0.042), ("Holland", 0.042), ("Douglas", 0.041), ("Fleming", 0.041), ("Jensen", 0.041), ("Vargas", 0.041), ("Byrd", 0.041), ("Davidson", 0.041), ("Hopkins", 0.041), ("May", 0.04), ("Terry", 0.04), ("Herrera", 0.04), ("Wade", 0.04), ("Soto", 0.04), ("Walters", 0.04), ("Curtis", 0.04), ("Neal", 0.039), ("Caldwell", 0.039), ("Lowe", 0.039), ("Jennings", 0.039), ("Barnett", 0.039), ("Graves", 0.039), ("Jimenez", 0.039), ("Horton", 0.039), ("Shelton", 0.039), ("Barrett", 0.039), ("O'Brien", 0.039), ("Castro", 0.039), ("Sutton", 0.038), ("Gregory", 0.038), ("McKinney", 0.038), ("Lucas", 0.038), ("Miles", 0.038), ("Craig", 0.038), ("Rodriquez", 0.037), ("Chambers", 0.037), ("Holt", 0.037), ("Lambert", 0.037), ("Fletcher", 0.037), ("Watts", 0.037), ("Bates", 0.037), ("Hale", 0.037), ("Rhodes", 0.037), ("Pena", 0.037), ("Beck", 0.037), ("Newman", 0.036), ("Haynes", 0.036), ("McDaniel", 0.036), ("Mendez", 0.036), ("Bush", 0.036), ("Vaughn", 0.036), ("Parks", 0.035), ("Dawson", 0.035), ("Santiago", 0.035), ("Norris", 0.035), ("Hardy", 0.035), ("Love", 0.035), ("Steele", 0.035), ("Curry", 0.035), ("Powers", 0.035), ("Schultz", 0.035), ("Barker", 0.035), ("Guzman", 0.034), ("Page", 0.034), ("Munoz", 0.034), ("Ball", 0.034), ("Keller", 0.034), ("Chandler", 0.034), ("Weber", 0.034), ("Leonard", 0.034), ("Walsh", 0.033), ("Lyons", 0.033), ("Ramsey", 0.033), ("Wolfe", 0.033), ("Schneider", 0.033), ("Mullins", 0.033), ("Benson", 0.033), ("Sharp", 0.033), ("Bowen", 0.033), ("Daniel", 0.033), ("Barber", 0.032), ("Cummings", 0.032), ("Hines", 0.032), ("Baldwin", 0.032), ("Griffith", 0.032), ("Valdez", 0.032), ("Hubbard", 0.032), ("Salazar", 0.032), ("Reeves", 0.032), ("Warner", 0.031), ("Stevenson", 0.031), ("Burgess", 0.031), ("Santos", 0.031), ("Tate", 0.031), ("Cross", 0.031), ("Garner", 0.031), ("Mann", 0.031), ("Mack", 0.031), ("Moss", 0.031), ("Thornton", 0.031), ("Dennis", 0.031), ("McGee", 0.031), ("Farmer", 0.03), ("Delgado", 0.03), ("Aguilar", 0.03), ("Vega", 0.03), ("Glover", 0.03), ("Manning", 0.03), ("Cohen", 0.03), ("Harmon", 0.03), ("Rodgers", 0.03), ("Robbins", 0.03), ("Newton", 0.03), ("Todd", 0.03), ("Blair", 0.03), ("Higgins", 0.03), ("Ingram", 0.03), ("Reese", 0.03), ("Cannon", 0.03), ("Strickland", 0.03), ("Townsend", 0.03), ("Potter", 0.03), ("Goodwin", 0.03), ("Walton", 0.03), ("Rowe", 0.029), ("Hampton", 0.029), ("Ortega", 0.029), ("Patton", 0.029), ("Swanson", 0.029), ("Joseph", 0.029), ("Francis", 0.029), ("Goodman", 0.029), ("Maldonado", 0.029), ("Yates", 0.029), ("Becker", 0.029), ("Erickson", 0.029), ("Hodges", 0.029), ("Rios", 0.029), ("Conner", 0.029), ("Adkins", 0.029), ("Webster", 0.028), ("Norman", 0.028), ("Malone", 0.028), ("Hammond", 0.028), ("Flowers", 0.028), ("Cobb", 0.028), ("Moody", 0.028), ("Quinn", 0.028), ("Blake", 0.028), ("Maxwell", 0.028), ("Pope", 0.028), ("Floyd", 0.027), ("Osborne", 0.027), ("Paul", 0.027), ("McCarthy", 0.027), ("Guerrero", 0.027), ("Lindsey", 0.027), ("Estrada", 0.027), ("Sandoval", 0.027), ("Gibbs", 0.027), ("Tyler", 0.027), ("Gross", 0.027), ("Fitzgerald", 0.027), ("Stokes", 0.027), ("Doyle", 0.027), ("Sherman", 0.027),)  # fmt: skip

# --- the United Kingdom (ONS ranks) ------------------------------------------------------------
UK_WOMEN = """
Margaret, Susan, Sarah, Elizabeth, Patricia, Jean, Helen, Julie, Karen, Emma, Claire, Linda,
Catherine, Christine, Ann, Jennifer, Nicola, Lisa, Joanne, Amanda, Rachel, Janet, Mary, Barbara,
Laura, Sharon, Michelle, Alison, Angela, Jacqueline, Louise, Rebecca, Gillian, Sandra, Dorothy,
Pauline, Hannah, Victoria, Deborah, Carol, Lucy, Sophie, Charlotte, Jessica, Amy, Emily, Olivia,
Amelia, Isla, Ava, Mia, Grace, Lily, Freya, Ella, Poppy, Isabella, Chloe, Jade, Gemma, Kelly,
Stacey, Hayley, Kirsty, Natalie, Samantha, Kathleen, Maureen, Brenda, Irene, Joan, Sheila,
Valerie, Shirley, Eileen, Doreen, Sylvia, Joyce, Betty, Doris, Elsie, Edna, Vera, Hilda,
Marjorie, Phyllis, Beryl, Audrey, Rita, Wendy, Denise, Tracey, Dawn, Julia, Anne, Frances,
Lesley, Heather, Rosemary, Judith, Caroline, Diane, Marie, Teresa, Yvonne, Kim, Katie, Rachael,
Sophia, Evie, Ivy, Florence, Rosie, Matilda, Millie, Daisy, Phoebe, Sienna, Harper, Willow,
Elsie-May, Lola, Ruby, Holly, Megan, Bethany, Abigail, Eleanor, Georgia, Alice, Zara, Leah,
Maisie, Erin, Niamh, Siobhan, Fiona, Morag, Ailsa, Catriona, Rhian, Sian, Bethan, Ceri,
Nia, Ffion, Gwen, Elin, Carys, Megan-Rose, Hollie, Abbie, Jasmine, Aimee, Keeley, Leanne,
Kerry, Danielle, Toni, Zoe, Jodie, Shannon, Kayleigh, Chantelle, Tanya, Carly, Lindsey, Tina,
Lorraine, Beverley, Gail, Hazel, Jill, Jane, Ruth, Ann-Marie, Bernadette, Mavis, Gladys, Winifred,
Ethel, Nellie, Violet, Annie, Lilian, Ada, Mabel, Maud, Gwendoline, Muriel, Olive, Pamela,
Norma, Glenys, Myra, Sheena, Moira, Nuala, Roisin, Aoife, Ciara, Saoirse, Priya, Aisha, Fatima,
Amira, Halima, Ayesha, Zainab, Harriet, Imogen, Philippa, Henrietta, Arabella, Tabitha
"""
UK_MEN = """
David, John, Michael, Paul, Andrew, Peter, James, Robert, Mark, Richard, Stephen, Christopher,
Ian, Thomas, Daniel, Matthew, Anthony, Simon, Gary, Alan, Steven, Kevin, William, Martin,
Jonathan, Brian, Graham, Neil, Philip, Keith, Colin, Nigel, Kenneth, Trevor, Barry, Roger,
Geoffrey, Malcolm, Derek, Raymond, Dennis, Terence, Stuart, Lee, Craig, Darren, Wayne, Jamie,
Scott, Adam, Ben, Luke, Ryan, Liam, Jack, Harry, Oliver, George, Charlie, Alfie, Noah, Oscar,
Leo, Arthur, Freddie, Archie, Joshua, Samuel, Joseph, Edward, Henry, Frederick, Albert, Ernest,
Harold, Stanley, Leslie, Norman, Donald, Ronald, Frank, Sidney, Walter, Cyril, Reginald,
Herbert, Wilfred, Gordon, Douglas, Clive, Howard, Roy, Tony, Dean, Carl, Shaun, Mohammed,
Muhammad, Jacob, Ethan, Alexander, Theo, Finley, Logan, Mason, Lewis, Dylan, Callum, Connor,
Kieran, Declan, Aaron, Nathan, Jordan, Bradley, Ashley, Russell, Glenn, Gavin, Duncan, Angus,
Hamish, Fraser, Alistair, Euan, Gareth, Rhys, Dafydd, Owen, Gethin, Emyr, Ieuan, Aled, Sean,
Patrick, Ciaran, Eoin, Padraig, Cormac, Rory, Finn, Tobias, Rupert, Hugo, Giles, Jeremy,
Timothy, Nicholas, Julian, Adrian, Vincent, Gerald, Bernard, Clifford, Leonard, Eric, Alfred,
Percy, Horace, Arnold, Victor, Lionel, Maurice, Edwin, Ralph, Alec, Dominic, Kristian, Jason,
Jake, Kyle, Reece, Jay, Tyler, Brandon, Callan, Joel, Elliot, Toby, Max, Reuben, Sebastian,
Stanley-James, Tommy, Ronnie, Bobby, Billy, Danny, Mickey, Kenny, Imran, Tariq, Hassan, Omar,
Ahmed, Ravi, Sanjay, Arjun
"""
UK_SURNAMES = """
Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts,
Robinson, Thompson, Wright, Walker, White, Edwards, Hughes, Green, Hall, Lewis, Harris, Clarke,
Patel, Jackson, Wood, Turner, Martin, Cooper, Hill, Ward, Morris, Moore, Clark, Lee, King, Baker,
Harrison, Morgan, Allen, James, Scott, Phillips, Watson, Davis, Parker, Price, Bennett, Young,
Griffiths, Mitchell, Kelly, Cook, Carter, Richardson, Bailey, Collins, Bell, Shaw, Murphy,
Miller, Cox, Richards, Khan, Marshall, Anderson, Simpson, Ellis, Adams, Singh, Begum, Wilkinson,
Foster, Chapman, Powell, Webb, Rogers, Gray, Mason, Ali, Hunt, Hussain, Campbell, Matthews, Owen,
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
Heath, Norman, Middleton, Lees, Banks, French, Cartwright, Howe, Storey, MacLeod, McKenzie,
Fraser, Paterson, Sinclair, Pritchett, Llewellyn, Vaughan, Bowen, Howells, Jarvis, Pugh,
Nolan, Kavanagh, Fitzgerald, Brennan, Doherty, O'Sullivan, Hargreaves, Ramsbottom, Sowerby,
Ackroyd, Entwistle, Dobson, Pickering, Thornton, Whittaker, Tomlinson, Bamford, Kershaw
"""

# --- origins common in Sweden: the commonest names, 1/rank, head 10 ---------------------------
FI = (
    "Tuula, Pirjo, Marjatta, Kaarina, Leena, Raija, Sirpa, Riitta, Päivi, Marja, Seija, Eila, Aila, Liisa, Tarja, Anja, Sinikka, Eeva, Hilkka, Kirsi, Merja, Satu, Aino, Tiina",
    "Juha, Timo, Matti, Kari, Mikko, Jari, Pekka, Antti, Heikki, Markku, Jukka, Pentti, Seppo, Esa, Veikko, Ilkka, Kalevi, Tapani, Eero, Raimo, Jorma, Tapio, Erkki, Risto, Arto",
    "Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen",
)  # fmt: skip
AR = (  # Iraq, Syria, Lebanon and Palestine, with Assyrian/Syriac names
    "Fatima, Maryam, Zainab, Nour, Amira, Sara, Layla, Huda, Rania, Hiba, Yasmin, Aya, Rasha, Samira, Lina, Dalia, Reem, Nadia, Souad, Hanan, Shamiram, Ninwe, Mariam, Shamiran, Hadiya",
    "Mohammad, Ahmad, Ali, Hassan, Hussein, Omar, Mahmoud, Khaled, Mustafa, Ibrahim, Youssef, Abdullah, Karim, Samir, Bilal, Tarek, Rami, Walid, Jamal, Nabil, Ammar, Sargon, Ninos, Ashur, Gabriel, Aziz, Yacoub",
    "Ali, Mohammad, Ahmad, Hassan, Hussein, Ibrahim, Abdullah, Khalil, Saleh, Mahmoud, Haddad, Nasser, Al-Hashimi, Al-Jabouri, Al-Obaidi, Jaber, Khoury, Darwish, Hamdan, Mansour, Yousef, Shamoun, Barsoum, Saliba, Lahdo, Yonan, Danho, Malki, Aho, Shabo, Khoshaba",
)  # fmt: skip
SO = (
    "Hodan, Amina, Fadumo, Sahra, Hawa, Khadija, Asha, Sagal, Ifrah, Nimco, Deeqa, Hibo, Ayaan, Safiya, Ubah, Ladan, Filsan, Hamdi, Idil, Nasra",
    "Abdi, Mohamed, Ahmed, Abdirahman, Abdullahi, Hassan, Ali, Omar, Yusuf, Ismail, Abdikarim, Mahad, Liban, Guled, Farah, Hamza, Said, Jama, Bashir, Abdiaziz",
    "Mohamed, Ahmed, Ali, Hassan, Abdi, Omar, Farah, Warsame, Jama, Hussein, Aden, Osman, Yusuf, Ismail, Abdullahi, Dahir, Nur, Mohamud, Egal, Hersi, Guled, Elmi",
)  # fmt: skip
PL = (
    "Anna, Katarzyna, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Magdalena, Joanna, Monika, Aleksandra, Dorota, Beata, Justyna, Jolanta, Marta, Natalia, Paulina, Iwona, Elżbieta, Grażyna, Danuta, Halina, Zofia",
    "Piotr, Krzysztof, Tomasz, Andrzej, Paweł, Michał, Marcin, Jakub, Adam, Łukasz, Marek, Grzegorz, Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Jerzy, Kamil, Rafał, Sebastian, Bartosz, Szymon, Stanisław",
    "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Wojciechowski, Kwiatkowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Wróbel, Nowakowski, Majewski, Olszewski, Czarnecki, Zawadzki, Sadowski, Sikorski",
)  # fmt: skip
FA = (
    "Maryam, Fatemeh, Zahra, Narges, Leila, Shirin, Parisa, Mahsa, Neda, Sara, Niloufar, Azadeh, Roya, Elham, Soheila, Mina, Nasrin, Shiva, Golnaz, Parvaneh",
    "Mohammad, Ali, Reza, Hossein, Mehdi, Amir, Hamid, Saeed, Behnam, Farhad, Babak, Dariush, Kaveh, Arash, Omid, Majid, Hassan, Payam, Navid, Kourosh",
    "Hosseini, Mohammadi, Ahmadi, Rezaei, Moradi, Karimi, Hashemi, Rahimi, Jafari, Mousavi, Ghorbani, Sadeghi, Heidari, Alavi, Rostami, Tehrani, Kazemi, Akbari, Safavi, Nazari, Shirazi, Esfahani, Azizi, Farahani",
)  # fmt: skip
BCS = (
    "Amra, Emina, Jasmina, Selma, Ana, Marija, Jelena, Ivana, Maja, Mirela, Sanela, Lejla, Aida, Senada, Dragana, Snežana, Mirjana, Vesna, Azra, Elma, Merima, Zorica",
    "Amir, Emir, Adnan, Mirza, Edin, Dragan, Goran, Zoran, Nikola, Marko, Ivan, Dejan, Nenad, Milan, Senad, Haris, Kenan, Damir, Tarik, Mladen, Sead, Admir",
    "Hodžić, Hadžić, Begić, Delić, Kovačević, Mehmedović, Jovanović, Petrović, Nikolić, Marković, Horvat, Babić, Ibrahimović, Hasanović, Husić, Alić, Omerović, Dedić, Karić, Selimović, Đorđević, Popović, Kovačić, Jurić, Knežević, Subašić, Halilović",
)  # fmt: skip
TR = (
    "Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Merve, Özlem, Esra, Büşra, Hülya, Sevgi, Derya, Gül, Songül, Nurten, Canan, Sibel, Dilek, Ebru",
    "Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, Murat, Emre, Yusuf, Ömer, Kemal, Osman, Burak, Serkan, Cem, Erdal, Orhan, Tolga, Volkan, Erkan, Gökhan",
    "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Korkmaz, Erdoğan, Güneş",
)  # fmt: skip
KU = (
    "Rojda, Berivan, Avin, Shilan, Dilan, Rozerin, Nazdar, Hevi, Jiyan, Zilan, Helin, Viyan, Bahar, Sozdar, Gulistan, Ronahi, Nishtiman, Kajal, Awaz, Runak",
    "Rebwar, Karwan, Dilshad, Aram, Shwan, Diyar, Azad, Baran, Rezan, Serwan, Hiwa, Kawa, Botan, Rojhat, Sherzad, Hawre, Zana, Dara, Ako, Rawand",
    "Ahmed, Mohammed, Hassan, Rasul, Aziz, Kareem, Mahmoud, Amin, Salih, Hama, Qadir, Barzani, Zebari, Talabani, Bakr, Ismail, Hussein, Rashid, Hawrami, Sherwani, Kaplan, Baran, Doski",
)  # fmt: skip
ER = (  # a father's given name serves as the surname
    "Helen, Selam, Senait, Lemlem, Mebrat, Saba, Tsega, Rahel, Yordanos, Hiwet, Azieb, Semhar, Feven, Eden, Luwam, Ruta, Merhawit, Freweyni, Winta, Mahlet",
    "Yonas, Daniel, Tesfay, Michael, Tekle, Dawit, Samuel, Berhane, Mehari, Tesfaldet, Yohannes, Amanuel, Filmon, Kidane, Habte, Robel, Semere, Biniam, Ermias, Solomon",
    "Tesfay, Tekle, Haile, Gebremariam, Gebremedhin, Berhane, Kidane, Habte, Ghebreyesus, Mehari, Weldemichael, Tesfamariam, Yohannes, Asmerom, Bahta, Ghirmay, Negash, Abraha, Andemariam, Woldu",
)  # fmt: skip
AF = (
    "Fatima, Maryam, Zahra, Mursal, Nargis, Parwana, Shabnam, Sodaba, Freshta, Madina, Nilofar, Wazhma, Marzia, Zarghona, Laila, Mina, Sahar, Farzana, Khatera, Hosai",
    "Mohammad, Ahmad, Ali, Mustafa, Hamid, Abdul, Hussain, Sayed, Rahim, Javid, Farid, Karim, Zabihullah, Naweed, Ajmal, Hamidullah, Sharif, Shafiq, Jawad, Murtaza, Reza",
    "Ahmadi, Mohammadi, Hussaini, Rahimi, Sultani, Haidari, Karimi, Popal, Hakimi, Amiri, Noori, Rasuli, Stanikzai, Wardak, Durrani, Safi, Sharifi, Azimi, Jafari, Hashimi",
)  # fmt: skip
TH = (
    "Siriporn, Supaporn, Malee, Wanida, Pornthip, Kanya, Ratana, Sunisa, Nittaya, Jintana, Kanokwan, Duangjai, Pranee, Lamai, Saowanee, Chanida, Suda, Arunee, Pattama, Wilai, Apinya",
    "Somchai, Somsak, Prasert, Sompong, Anan, Surachai, Chaiwat, Wichai, Boonmee, Niran, Kittisak, Thanakorn, Narong, Sakchai, Pichit, Anucha",
    "Saetang, Srisuk, Chaiyaporn, Wongsawat, Kaewkla, Sukjai, Thongdee, Phromma, Srisawat, Jaidee, Rattanakul, Chanthara, Suwannarat, Phanthong, Khamphan, Boonyarat",
)  # fmt: skip
LA = (  # Chile first, then Latin America; two surnames are common
    "María, Carolina, Daniela, Francisca, Camila, Valentina, Javiera, Constanza, Catalina, Paulina, Claudia, Verónica, Patricia, Ximena, Marcela, Lorena, Andrea, Gabriela, Fernanda, Isidora",
    "José, Juan, Carlos, Luis, Jorge, Francisco, Pablo, Diego, Matías, Sebastián, Felipe, Cristián, Rodrigo, Gonzalo, Andrés, Mauricio, Patricio, Víctor, Claudio, Álvaro",
    "González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo, Ramírez, Reyes, Gutiérrez, Castro, Vargas, Álvarez, Vásquez, Tapia, Fernández",
)  # fmt: skip
UA = (
    "Olena, Oksana, Nataliia, Iryna, Tetiana, Yuliia, Svitlana, Kateryna, Anastasiia, Olha, Maryna, Viktoriia, Liudmyla, Halyna, Nadiia, Daryna, Sofiia, Alina, Valentyna, Larysa",
    "Oleksandr, Serhii, Andrii, Volodymyr, Dmytro, Oleh, Mykola, Yurii, Ivan, Vasyl, Viktor, Ihor, Maksym, Bohdan, Taras, Roman, Petro, Vitalii, Artem, Denys",
    "Melnyk, Shevchenko, Kovalenko, Bondarenko, Boiko, Tkachenko, Kravchenko, Kovalchuk, Koval, Oliinyk, Shevchuk, Polishchuk, Lysenko, Moroz, Marchenko, Rudenko, Savchenko, Petrenko, Kravets, Ponomarenko",
)  # fmt: skip
IN = (
    "Priya, Anjali, Pooja, Divya, Neha, Sneha, Kavya, Deepa, Lakshmi, Sunita, Swati, Meera, Aishwarya, Ritu, Shalini, Nisha, Shreya, Aarti, Rekha, Anusha",
    "Rahul, Amit, Vikram, Arjun, Rohit, Sanjay, Rajesh, Suresh, Anil, Vijay, Karthik, Siddharth, Aditya, Pradeep, Manoj, Ravi, Srinivas, Nikhil, Deepak, Venkatesh",
    "Patel, Sharma, Singh, Kumar, Gupta, Reddy, Iyer, Nair, Rao, Shah, Mehta, Joshi, Desai, Agarwal, Menon, Pillai, Krishnan, Chopra, Verma, Banerjee",
)  # fmt: skip
DE = (
    "Sabine, Petra, Claudia, Susanne, Andrea, Stefanie, Nicole, Katrin, Birgit, Anja, Julia, Ursula, Monika, Heike, Martina, Christine, Karin, Sandra, Kerstin, Gabriele",
    "Thomas, Michael, Andreas, Stefan, Markus, Christian, Jürgen, Frank, Klaus, Uwe, Wolfgang, Matthias, Jörg, Dirk, Sven, Torsten, Tobias, Holger, Ralf, Peter",
    "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, Hofmann, Hartmann",
)  # fmt: skip


def origin(lists: tuple[str, str, str], head: int = 10) -> Origin:
    women, men, surnames = lists
    return Origin(ranked(women, head), ranked(men, head), ranked(surnames, head))


ORIGINS: dict[str, Origin] = {
    "swedish": Origin(ranked(SV_WOMEN, 150), ranked(SV_MEN, 150), ranked(SV_SURNAMES, 150)),
    "us": Origin(census(US_WOMEN), census(US_MEN), census(US_SURNAMES)),
    "uk": Origin(ranked(UK_WOMEN, 130), ranked(UK_MEN, 130), ranked(UK_SURNAMES, 150)),
    "finnish": origin(FI),
    "arabic": origin(AR),
    "somali": origin(SO),
    "polish": origin(PL),
    "persian": origin(FA),
    "bcs": origin(BCS),
    "turkish": origin(TR),
    "kurdish": origin(KU),
    "eritrean": origin(ER),
    "afghan": origin(AF),
    "thai": origin(TH),
    "latin": origin(LA),
    "ukrainian": origin(UA),
    "indian": origin(IN),
    "german": origin(DE),
}

# Who is named, per language of the text: Sweden's population in Swedish and mixed text (home
# care's clients older and more often Swedish-born, its staff more often born abroad), the UK and
# the US in English text with Swedes and others writing in English too.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "kurdish": 1.5, "turkish": 1.5, "afghan": 1.5, "eritrean": 1.3,
        "ukrainian": 1.2, "thai": 1, "latin": 1, "german": 0.8, "indian": 0.7, "uk": 0.6, "us": 0.5,
    },
    "en": {
        "uk": 38, "us": 35, "swedish": 9, "indian": 3, "arabic": 2, "polish": 2, "latin": 2,
        "finnish": 1, "somali": 1, "persian": 1, "turkish": 1, "ukrainian": 1, "german": 0.8,
        "thai": 0.8, "eritrean": 0.8, "bcs": 0.7, "afghan": 0.7, "kurdish": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 10, "us": 9, "arabic": 5, "finnish": 3, "polish": 3, "persian": 2.5,
        "bcs": 2.5, "somali": 2, "kurdish": 1.5, "turkish": 1.5, "afghan": 1.5, "eritrean": 1.2,
        "ukrainian": 1.2, "indian": 1.2, "thai": 1, "latin": 1, "german": 1,
    },
}  # fmt: skip

_SV_NICK = {
    "Lars": ("Lasse",), "Mikael": ("Micke",), "Joakim": ("Jocke",), "Karl": ("Kalle",),
    "Per": ("Pelle", "Perra"), "Charlotte": ("Lotta",), "Susanne": ("Sussie", "Sanna"),
    "Marcus": ("Mackan",), "Markus": ("Mackan",), "Elisabeth": ("Lisa", "Bettan"),
    "Elisabet": ("Lisa", "Bettan"), "Katarina": ("Kattis", "Kajsa"), "Thomas": ("Tompa",),
    "Tomas": ("Tompa",), "Kristoffer": ("Krille",), "Fredrik": ("Fredde",),
    "Margareta": ("Maggan", "Greta"), "Birgitta": ("Bittan", "Gittan"), "Gustav": ("Gurra", "Gusse"),
    "Magnus": ("Mange",), "Jonas": ("Jonte",), "Henrik": ("Henke",), "Kristina": ("Stina", "Kicki"),
    "Christina": ("Kicki", "Tina"), "Robert": ("Robban",), "Tobias": ("Tobbe",), "Patrik": ("Patte",),
    "Stefan": ("Steffe",), "Mattias": ("Matte",), "Daniel": ("Danne",), "Kenneth": ("Kenta",),
    "Torbjörn": ("Tobbe",), "Sebastian": ("Sebbe",), "Alexander": ("Alex",), "Jessica": ("Jessan",),
    "Cecilia": ("Cissi", "Cilla"), "Viktoria": ("Vickan",), "Victoria": ("Vickan",),
    "Johan": ("Jojje",), "Anders": ("Andy",), "Ingrid": ("Inga",), "Gunilla": ("Gunnis",),
    "Rickard": ("Ricke",), "Niklas": ("Nicke",), "Christer": ("Kicke",), "Göran": ("Gurra",),
    "Bengt": ("Bengan",), "Roger": ("Roggan",), "Ulrika": ("Ullis",), "Barbro": ("Babba",),
    "Annika": ("Annie",), "Johanna": ("Jossan",), "Josefin": ("Jossan",), "Carina": ("Cattis",),
    "Gustaf": ("Gurra",), "Håkan": ("Hacke",), "Sven": ("Svenne",), "Olof": ("Olle",),
}  # fmt: skip
_EN_NICK = {
    "William": ("Will", "Bill"), "Robert": ("Rob", "Bob"), "Elizabeth": ("Liz", "Beth"),
    "James": ("Jim", "Jamie"), "Michael": ("Mike",), "Richard": ("Rick", "Rich"),
    "Margaret": ("Maggie", "Peggy"), "Catherine": ("Kate", "Cathy"), "Jennifer": ("Jen", "Jenny"),
    "Christopher": ("Chris",), "Thomas": ("Tom",), "Susan": ("Sue",), "Patricia": ("Pat", "Trish"),
    "Anthony": ("Tony",), "Joseph": ("Joe",), "Daniel": ("Dan",), "Matthew": ("Matt",),
    "Samuel": ("Sam",), "Edward": ("Ed", "Ted"), "Deborah": ("Debbie", "Deb"), "Rebecca": ("Becky",),
    "Victoria": ("Vicky",), "Alexander": ("Alex",), "Jonathan": ("Jon",), "Nicholas": ("Nick",),
    "Kimberly": ("Kim",), "Charles": ("Charlie", "Chuck"), "Dorothy": ("Dot", "Dottie"),
    "Barbara": ("Barb",), "Kathleen": ("Kathy",), "Pamela": ("Pam",), "Stephanie": ("Steph",),
    "Samantha": ("Sam",), "Andrew": ("Andy", "Drew"), "Benjamin": ("Ben",), "Timothy": ("Tim",),
    "Gregory": ("Greg",), "Steven": ("Steve",), "Stephen": ("Steve",), "Donald": ("Don",),
    "Ronald": ("Ron", "Ronnie"), "Kenneth": ("Ken",), "Gerald": ("Gerry",), "Raymond": ("Ray",),
    "Lawrence": ("Larry",), "Frederick": ("Fred", "Freddie"), "Albert": ("Al", "Bert"),
    "Philip": ("Phil",), "Douglas": ("Doug",), "Peter": ("Pete",), "David": ("Dave",),
    "Abigail": ("Abby",), "Jacqueline": ("Jackie",), "Christine": ("Chris", "Chrissie"),
    "Jessica": ("Jess",), "Patrick": ("Paddy",), "Terence": ("Terry",), "Leonard": ("Len",),
    "Nathan": ("Nate",), "Gillian": ("Gill",), "Josephine": ("Jo",), "Joanne": ("Jo",),
}  # fmt: skip
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": _SV_NICK,
    "uk": _EN_NICK,
    "us": _EN_NICK,
    "arabic": {"Mohammad": ("Mo", "Hamoudi"), "Abdullah": ("Abdo",), "Youssef": ("Joe",)},
    "finnish": {"Juha": ("Jussi",), "Matti": ("Masa",), "Pekka": ("Pekka",)},
    "persian": {"Mohammad": ("Mamad",), "Fatemeh": ("Fati",)},
    "polish": {"Katarzyna": ("Kasia",), "Małgorzata": ("Gosia",), "Aleksandra": ("Ola",), "Tomasz": ("Tomek",), "Krzysztof": ("Krzysiek",)},
    "latin": {"Francisco": ("Pancho",), "José": ("Pepe",), "Francisca": ("Pancha",)},
}  # fmt: skip

_PLAIN = str.maketrans({"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "ß": "ss", "ø": "o", "Ø": "O", "æ": "ae"})  # fmt: skip


def plain(name: str) -> str:
    """A name typed without its letters: `Wiśniewski` as `Wisniewski`, `Hodžić` as `Hodzic`."""
    name = name.translate(_PLAIN)
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch)
    )


def feminine(surname: str) -> str:
    """A Polish woman's form of a surname: `-ski` `-ska`, `-cki` `-cka`, `-dzki` `-dzka`."""
    for ending in ("ski", "cki", "dzki"):
        if surname.endswith(ending):
            return surname[:-1] + "a"
    return surname
