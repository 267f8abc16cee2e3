# ruff: noqa: E501
"""Name pools of held-out GE (issue 15): who is named in its rows, by how often people carry the names.

Python data, written by GE's writer from general knowledge of the published name statistics (SCB
for Sweden, the ONS rankings for England and Wales, the national statistics offices' lists for
the other origins), and the US Census 1990 lists copied from the `names` package's data files
(`dist.female.first`, `dist.male.first`, `dist.all.last`). Every list is in rank order, commonest
first; its weight is 1/rank, except the census lists, whose weight is the census per cent. A name
word is drawn from a list's head with HEAD_SHARE, else from its tail. No name was checked against
anything in the repository; none was left out for being known or unknown.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8


@dataclass(frozen=True)
class Pool:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int  # names[:head] are the head, the rest the tail


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def names(text: str) -> tuple[str, ...]:
    """A comma-separated list, in rank order, as a tuple (spaces inside a name are kept)."""
    return tuple(n.strip() for n in text.split(",") if n.strip())


def ranked(text: str, head: int) -> Pool:
    """A list in rank order, weight 1/rank."""
    listed = names(text)
    return Pool(
        listed, tuple(1 / rank for rank in range(1, len(listed) + 1)), min(head, len(listed))
    )


def census(rows: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A census list, the census per cent as weight."""
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "ø": "o", "Ø": "O", "æ": "ae", "ß": "ss"}
)


def plain(word: str) -> str:
    """A name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`."""
    word = word.translate(PLAIN)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `Kowalski` -> `Kowalska`, `Nowicki` -> `Nowicka`."""
    return surname[:-1] + "a" if surname.endswith("ki") else surname


# Sweden: SCB's name statistics, all people registered in Sweden, commonest first (1/rank; head 150).
SV_F = ranked(
    """Maria, Anna, Margareta, Elisabeth, Eva, Kristina, Birgitta, Karin, Elisabet, Marie, Ingrid,
    Christina, Linnéa, Sofia, Kerstin, Marianne, Lena, Helena, Emma, Johanna, Inger, Sara, Cecilia,
    Elin, Anita, Louise, Ulla, Ida, Linda, Malin, Gunilla, Viktoria, Susanne, Hanna, Jenny, Carina,
    Irene, Elsa, Monica, Ingegerd, Astrid, Ulrika, Katarina, Barbro, Julia, Karolina, Matilda, Åsa,
    Amanda, Siv, Ann, Camilla, Therese, Alice, Maja, Agneta, Ingeborg, Lisa, Josefin, Ebba, Sofie,
    Frida, Charlotte, Berit, Caroline, Gun, Emelie, Alexandra, Annika, Yvonne, Ellen, Vera, Moa,
    Klara, Wilma, Britt, Inga, Madeleine, Marita, Sandra, Ellinor, Gunnel, Lovisa, Ella, Anneli,
    Jessica, Pia, Mona, Ann-Marie, Ingela, Ewa, Rebecka, Petra, Gunhild, Britt-Marie, Elvira, Hilda,
    Maud, Erika, Emilia, Felicia, Helen, Lina, Elise, Nathalie, Olivia, Stina, Lilian, Saga, Tove,
    Tilda, Agnes, Ester, Ronja, Greta, Signe, Selma, Nellie, Ann-Christin, Ruth, Mikaela, Jennie,
    Gerd, Ylva, Anette, Maj, Majken, Eleonor, Emmy, Mia, Isabelle, Alva, Alma, Freja, Tuva, Thea,
    Tyra, Vendela, Linn, Fanny, Filippa, Hedvig, Cornelia, Pernilla, Gunvor, Solveig, Märta,
    Inga-Lill, Margit, Sigrid, Svea,
    Dagny, Edith, Ragnhild, Elvy, Hjördis, Gudrun, Laila, Lillemor, Majvor, Ninni, Rakel, Sonja,
    Vivianne, Yvette, Bodil, Doris, Gertrud, Ines, Iris, Juni, Kajsa, Liv, Livia, Lo, Lykke, Meja,
    Mira, Nova, Nora, Tindra, Vilda, Vanja, Jasmine, Jonna, Minna, My, Paula, Pauline, Sanna, Siri,
    Smilla, Tekla, Wilhelmina, Alicia, Amelia, Angelica, Anja, Annelie, Annie, Beatrice, Bianca,
    Carin, Carola, Catharina, Charlotta, Christin, Dagmar, Daniela, Denise, Edla, Elna, Emilie,
    Evelina, Fredrika, Gabriella, Harriet, Helga, Henrietta, Hillevi, Idun, Irma, Isabella,
    Jeanette, Jenni, Josefine, Julie, Kaisa, Katrin, Kristin, Lea, Leila, Lilly, Lisbeth, Lova,
    Magdalena, Malva, Marit, Marlene, Mathilda, Melina, Melissa, Miranda, Molly, Nadja, Nanna, Nina,
    Olga, Ottilia, Patricia, Rosa, Sabina, Sally, Sigbritt, Simone, Stella, Susann, Tina, Tora,
    Ulrica, Valborg, Viola, Vivi, Åse, Elsie, Ingbritt, Gull-Britt, Ann-Sofie, Ann-Louise,
    Eva-Lena, Marie-Louise, Anna-Karin, Anna-Lena, Lise-Lotte, Ulla-Britt, Maj-Britt, Ann-Kristin,
    Ann-Charlotte, Ann-Britt, Eva-Karin, Birgit, Aina, Alfhild, Annette, Asta, Cajsa, Cilla, Disa,
    Eira, Elina, Elisa, Eivor, Ethel, Evy, Gunn, Hedda, Helene, Ingmarie, Jill, Karina, Leonora,
    Linnea, Lisen, Louisa, Lydia, Marina, Marion, Mimmi, Naemi, Noomi, Nicole, Ofelia, Regina,
    Rebecca, Rigmor, Rita, Rosmarie, Sibylla, Sigyn, Siw, Tanja, Tea, Teresia, Therése, Vanessa,
    Veronica, Victoria, Elly, Esther, Fia, Gisela, Hanne, Heidi, Inez, Isa, Jannike, Josephine,
    Agda, Aino, Alexia, Alida, Amalia, Ann-Mari, Ann-Sofi, Antonia, Beata, Berta, Blenda, Britta,
    Carolin, Cathrine, Celine, Clara, Dorotea, Ellie, Erica, Gullan, Ingalill, Ingegärd, Jane,
    Jeanna, Johanne, Jolin, Judit, Juliana, Kristine, Lilja, Liselott, Lotta, Lucia, Madelene,
    Maj-Lis, Majlis, Margaretha, Mariana, Marielle, Monika, Märit, Nelly, Nicolina, Novalie, Oda,
    Ragna, Selina, Sigun, Sol, Sofi, Stephanie, Svanhild, Tilde, Ulla-Karin, Unni, Valentina, Vilma,
    Viveka, Wendela, Yasmin, Zara, Zandra""",
    150,
)
SV_M = ranked(
    """Karl, Erik, Lars, Anders, Johan, Per, Nils, Carl, Mikael, Jan, Hans, Lennart, Olof, Peter,
    Gunnar, Sven, Fredrik, Bengt, Bo, Daniel, Gustav, Åke, Göran, Alexander, Magnus, Martin, Stefan,
    Andreas, Leif, John, Mats, Ulf, Bertil, Björn, Thomas, Arne, Christer, Jonas, Mattias, Axel,
    Ingemar, Henrik, Kjell, Stig, Oskar, David, Emil, Robert, Tommy, Rolf, Håkan, Patrik, Roland,
    William, Sebastian, Christian, Simon, Anton, Joakim, Niklas, Rune, Tomas, Filip, Viktor, Kurt,
    Elias, Marcus, Jakob, Rickard, Lucas, Hugo, Kenneth, Jonathan, Oscar, Ludvig, Gösta, Roger,
    Claes, Adam, Sune, Robin, Linus, Jesper, Isak, Ove, Dan, Allan, Emanuel, Ingvar, Georg, Gabriel,
    Edvin, Torbjörn, Jörgen, Tobias, Max, Kristoffer, Christoffer, Johannes, Liam, Noah, Theodor,
    Wilhelm, Oliver, Leo, Vincent, Arvid, Harald, Folke, Ragnar, Tore, Inge, Kent, Ronny, Dennis,
    Hampus, Albin, Samuel, Benjamin, Adrian, Jimmy, Valter, Alfred, Elliot, Melvin, Frank, Sixten,
    Holger, Ivar, Torsten, Evert, Helge, Birger, Yngve, Conny, Mathias, Pontus, Rasmus, Tim, Alvin,
    Casper, Otto, Josef, Kevin, Joel, August, Olle, Ola, Gert, Urban, Mohammad,
    Sigge, Lage, Sten, Bror, Valdemar, Morgan, Tom, Melker, Edward, Kim, Love, Loke, Malte, Måns,
    Nore, Ture, Vidar, Wilmer, Ebbe, Sam, Charlie, Aron, Ludwig, Hans-Erik, Karl-Erik, Per-Olof,
    Lars-Erik, Jan-Erik, Per-Erik, Sven-Erik, Carl-Johan, Karl-Gustav, Nils-Erik, Bo-Göran,
    Lars-Göran, Jan-Olof, Per-Anders, Lars-Olof, Karl-Johan, Jan-Åke, Sven-Olof, Bengt-Åke, Alf,
    Algot, Assar, Bernt, Boris, Börje, Curt, Dag, Einar, Elof, Erling, Eskil, Evald, Gottfrid,
    Gustaf, Harry, Herbert, Hjalmar, Hilding, Jarl, Jerker, Jens, Joar, Julius, Kennet, Knut,
    Krister, Lukas, Leonard, Mauritz, Nicklas, Niclas, Noel, Olav, Orvar, Osvald, Petter, Pär,
    Ralf, Reine, Roy, Rutger, Rudolf, Sigvard, Sivert, Staffan, Sture, Svante, Sverker, Teodor,
    Thor, Tor, Torgny, Truls, Ulrik, Uno, Vilhelm, Viggo, Vilgot, Wiktor, Örjan, Östen, Alfons,
    Ambjörn, Benny, Bert, Christopher, Clas, Colin, Dante, Eddie, Edvard, Efraim, Egon, Enar,
    Eugen, Felix, Fabian, Gerhard, Gillis, Greger, Göte, Henning, Ingmar, Isac, Jack, Jacob, Jim,
    Joachim, Jon, Kaj, Kasper, Konrad, Leon, Levi, Lorentz, Marc, Mårten, Neo, Patric, Rikard,
    Seth, Sigfrid, Stellan, Tage, Ted, Teo, Theo, Torvald, Ville, Waldemar, Zacharias, Abbe, Alex,
    Arnold, Artur, Bernhard, Bo-Erik, Brian, Carl-Axel, Carl-Gustaf, Christofer, Dick, Douglas,
    Elis, Erland, Esbjörn, Fritiof, Halvar, Herman, Hilmer, Ingolf, Isidor, Ivan, Jerry, Jonny,
    Kalle, Kristian, Lauritz, Manne, Marius, Markus, Mattis, Micael, Milo, Milton, Nathan, Nicolai,
    Per-Gunnar, Per-Johan, Reinhold, Roine, Ronnie, Sakarias, Sigurd, Sonny, Stig-Göran, Tommie,
    Tony, Torleif, Walter, Werner, Zakarias, Elmer, Frans, Gideon, Kenny, Leopold, Lorens, Manfred,
    Nils-Olof, Odd, Per-Åke, Ragnvald, Stig-Arne, Sölve, Thorsten, Tord, Valentin, Vilmer""",
    150,
)
SV_LAST = ranked(
    """Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson,
    Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson,
    Magnusson, Carlsson, Olofsson, Lindström, Lindqvist, Lindgren, Berg, Axelsson, Bergström,
    Lundberg, Lind, Lundgren, Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson,
    Forsberg, Sjöberg, Ali, Wallin, Mohammed, Engström, Danielsson, Eklund, Håkansson, Lundin,
    Gunnarsson, Björk, Bergman, Holm, Samuelsson, Fransson, Wikström, Isaksson, Bergqvist, Nyström,
    Holmberg, Arvidsson, Löfgren, Söderberg, Nyberg, Blomqvist, Claesson, Nordström, Ahmed, Hassan,
    Mårtensson, Lundström, Viklund, Björklund, Eliasson, Pålsson, Berggren, Sandström, Lund, Nordin,
    Ström, Åberg, Falk, Ekström, Hermansson, Holmgren, Hellström, Dahlberg, Hedlund, Sundberg,
    Sjögren, Ek, Blom, Abrahamsson, Martinsson, Öberg, Andreasson, Strömberg, Månsson, Hansen,
    Åkesson, Dahl, Lindholm, Norberg, Holmqvist, Mohamed, Sundström, Ekberg, Nyman, Hussein, Omar,
    Ibrahim, Sundqvist, Lindblom, Ekman, Hedberg, Sjöström, Bäckström, Ekholm, Lindblad, Lindén,
    Göransson, Adolfsson, Nygren, Söderström, Nordqvist, Borg, Friberg, Forsman, Åström, Nordlund,
    Lilja, Bergkvist, Malmberg, Ivarsson, Strand, Hedström, Augustsson, Lindell, Jonasson, Östlund,
    Edlund, Engberg, Wahlström, Forsell, Lindkvist, Westerberg, Johnsson, Gustavsson, Bergh,
    Ottosson, Sjödin, Wiklund, Ahlström, Sandin,
    Olausson, Höglund, Lövgren, Hjalmarsson, Rosén, Karlström, Petersson, Ljungberg, Holmström,
    Hedman, Sundin, Hammar, Kristiansson, Fors, Löfström, Berglin, Bylund, Dahlgren, Dahlström, Ehn,
    Enqvist, Fagerström, Frisk, Granberg, Grahn, Grönlund, Hagström, Hallberg, Hallin, Hedin,
    Hellberg, Hjelm, Holmén, Hultgren, Häggström, Jernberg, Kvist, Lagerström, Lantz, Lidén,
    Liljegren, Lindvall, Ljung, Lundell, Lundmark, Malm, Melin, Norén, Nordgren, Norling, Nylund,
    Olander, Palm, Rydberg, Rydén, Rönnqvist, Selin, Skoglund, Stenberg, Strandberg, Ståhl, Sundell,
    Sundén, Svärd, Söderlund, Thorén, Törnqvist, Wall, Westin, Westman, Widén, Wikman, Zetterberg,
    Öhman, Östberg, Öhrn, Ågren, Backman, Bergdahl, Bohlin, Boström, Brandt, Brodin, Dahlin,
    Edström, Ekelund, Engman, Ericsson, Ericson, Fernström, Flink, Forslund, Granström, Grip,
    Gullberg, Hagberg, Hagman, Hammarström, Holmlund, Hägglund, Högberg, Isberg, Kjellberg, Kling,
    Kronberg, Landin, Lindeberg, Linder, Lindh, Lindmark, Lundh, Marklund, Moberg, Modig, Mårdh,
    Nord, Norman, Nordén, Nordmark, Nyholm, Näslund, Pihl, Qvist, Ringström, Rosenberg, Roos,
    Rudberg, Sandell, Sandgren, Schön, Sjölund, Sjöqvist, Skog, Stark, Sterner, Strömqvist,
    Sundkvist, Svahn, Svedberg, Säll, Thelin, Unger, Vallin, Wennberg, Wessman, Westling, Wiberg,
    Widell, Wik, Winberg, Zackrisson, Åslund, Ödman, Abdi, Yusuf, Nguyen, Khalil, Alm, Asplund,
    Berger, Bladh, Bolin, Burman, Carlberg, Cederberg, Cederholm, Dalin, Edvardsson, Egnell, Ekblom,
    Eklöf, Ekvall, Elg, Emanuelsson, Englund, Fahlén, Forsgren, Fredin, Frid, Fält, Granlund, Gren,
    Grundström, Haglund, Hallgren, Hedqvist, Helin, Holst, Hult, Höög, Jarl, Jernström, Juhlin,
    Kempe, Klint, Kock, Krantz, Lax, Lejon, Lindroth, Ljunggren, Lorentzon, Lundkvist, Malmgren,
    Malmström, Mellberg, Norrman, Nyqvist, Palmgren, Rask, Rehn, Risberg, Rydell, Sahlberg,
    Sjölin, Skoog, Stenström, Strömgren, Svanberg, Swahn, Söder, Tegnér, Tjernberg, Törnblom,
    Ullman, Vikström, Wahlberg, Wallgren, Warg, Wester, Westerlund, Widmark, Åhman, Öst, Östman,
    von Platen, af Klercker, De Geer, von Sydow, Lewenhaupt, Bonde, Wachtmeister, Gyllenstierna,
    von Essen, Stackelberg""",
    150,
)

# US Census 1990, dist.female.first: the first 380 names, per cent of women
US_F = (
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
)  # fmt: skip
# US Census 1990, dist.male.first: the first 380 names, per cent of men
US_M = (
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
)  # fmt: skip
# US Census 1990, dist.all.last: the first 420 surnames, per cent of people
US_LAST = (
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

# England and Wales: the ONS rankings (given names of the cohorts now living, surnames as registered), 1/rank, head 150.
UK_F = ranked(
    """Sarah, Emma, Claire, Laura, Rebecca, Jessica, Emily, Charlotte, Sophie, Hannah, Lucy, Amy,
    Olivia, Amelia, Rachel, Nicola, Lisa, Helen, Karen, Susan, Elizabeth, Katie, Louise, Jennifer,
    Victoria, Samantha, Michelle, Kelly, Gemma, Joanne, Julie, Jane, Margaret, Mary, Patricia, Linda,
    Catherine, Ruth, Alison, Jacqueline, Deborah, Tracey, Joanna, Angela, Elaine, Caroline, Zoe,
    Natalie, Chloe, Megan, Ellie, Grace, Isla, Ava, Mia, Isabella, Poppy, Lily, Ella, Evie, Freya,
    Sophia, Millie, Daisy, Phoebe, Jasmine, Holly, Georgia, Abigail, Eleanor, Alice, Ruby, Matilda,
    Florence, Rosie, Imogen, Harriet, Heather, Fiona, Kirsty, Lindsay, Leanne, Kerry, Stacey,
    Danielle, Natasha, Jodie, Hayley, Kayleigh, Bethany, Jade, Leah, Abbie, Paige, Molly, Erin, Eva,
    Esme, Maisie, Scarlett, Willow, Harper, Aria, Sienna, Ivy, Elsie, Rose, Maya, Lola, Thea,
    Layla, Emilia, Luna, Violet, Anne, Christine, Janet, Sandra, Carol, Pauline, Wendy, Sharon,
    Diane, Gillian, Dawn, Lynne, Sally, Valerie, Barbara, Dorothy, Joan, Sheila, Jean, Brenda,
    Kathleen, Maureen, Irene, Shirley, Pamela, Beverley, Lesley, Anna, Katherine, Kate, Jenny,
    Hollie, Lauren, Amber, Francesca, Georgina, Bethan, Rhian, Siobhan, Ciara, Aoife, Morag, Eilidh,
    Mhairi, Catriona, Ailsa, Kathryn, Kimberley, Lydia, Naomi, Tamsin, Philippa, Penelope, Rosalind,
    Cressida, Imelda, Bridget, Geraldine, Marion, Vivienne, Yvonne, Eileen, Hazel, Marjorie, Doreen,
    Audrey, Edna, Hilda, Gladys, Mabel, Ada, Edith, Nancy, Iris, Martha, Beatrice, Arabella,
    Clementine, Ottilie, Orla, Niamh, Aisling, Megan-Rose, Lily-Mae, Ellie-May, Tegan, Ffion, Cerys,
    Carys, Seren, Nia, Alys, Elin, Caitlin, Jemma, Kerrie, Tanya, Tina, Toni, Vicky, Becky, Clare,
    Miriam, Rita, Stella, Lorna, Lucinda, Serena, Gwen, Priya, Aisha, Fatima, Maryam, Zara, Amira""",
    150,
)
UK_M = ranked(
    """David, John, James, Paul, Michael, Andrew, Mark, Richard, Robert, Peter, Christopher,
    Stephen, Daniel, Thomas, Matthew, William, Ian, Simon, Gary, Steven, Anthony, Jonathan, Alan,
    Kevin, Martin, Jason, Lee, Craig, Darren, Neil, Adam, Ben, Benjamin, Luke, Jack, Oliver, Harry,
    George, Charlie, Jacob, Joshua, Samuel, Alexander, Joseph, Ryan, Liam, Jamie, Callum, Connor,
    Kieran, Lewis, Nathan, Aaron, Scott, Dean, Wayne, Graham, Stuart, Colin, Keith, Brian, Kenneth,
    Derek, Trevor, Nigel, Philip, Timothy, Nicholas, Edward, Henry, Noah, Leo, Oscar, Arthur,
    Freddie, Theo, Archie, Alfie, Finley, Isaac, Harrison, Dylan, Max, Toby, Ethan, Mason, Logan,
    Reuben, Elliot, Tyler, Rhys, Owen, Gareth, Hamish, Fraser, Euan, Ross, Alistair, Duncan,
    Malcolm, Gordon, Douglas, Hugh, Rupert, Giles, Jeremy, Dominic, Sebastian, Patrick, Sean,
    Declan, Ciaran, Barry, Roger, Raymond, Terence, Dennis, Geoffrey, Roy, Frank,
    Ronald, Leslie, Albert, Frederick, Stanley, Gerald, Clive, Howard, Russell, Jonah, Louis, Tommy,
    Jake, Joe, Sam, Alex, Dan, Tom, Josh, Adrian, Carl, Shaun, Glenn, Mohammed, Muhammad, Ahmed,
    Ali, Omar, Hassan, Rory, Angus, Lachlan, Cameron, Blair, Murray, Iain, Gavin, Kyle, Jordan,
    Bradley, Jay, Dale, Ricky, Robbie, Bobby, Billy, Danny, Stanley-James, Ronnie, Teddy, Albie,
    Jude, Ezra, Hugo, Felix, Jasper, Tobias, Barnaby, Percy, Ralph, Cecil, Walter, Herbert, Harold,
    Norman, Cyril, Wilfred, Ernest, Reginald, Bernard, Maurice, Vernon, Owain, Dafydd, Gethin, Iwan,
    Emyr, Huw, Aled, Cormac, Eoin, Niall, Padraig, Fergus, Crispin, Jolyon, Piers, Quentin, Tristan,
    Ashley, Anthony-James, Jamie-Lee, Reece, Kai, Mitchell, Brandon, Morgan, Riley, Ollie, Jenson, Arlo, Rowan""",
    150,
)
UK_LAST = ranked(
    """Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts,
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
    Heath, Norman, Middleton, Lawson, Banks, French, Stanley, Jarvis, Gibbs, Ferguson, Hayward,
    Carroll, Farrell, Dennis, MacLeod, MacKenzie, Fraser, Sinclair, Munro, Drummond, Llewellyn,
    Pugh, Vaughan, Bowen, Prosser, Ffrench, Fitzgerald, Kavanagh, Brennan, Donnelly, Whittaker,
    Ashworth, Sidebottom, Postlethwaite, Featherstone, Ackroyd, Entwistle, Openshaw""",
    150,
)

# Origins common in Sweden (and among its ski guests): the commonest given names and surnames of
# each, in the order of their national statistics or, for diasporas, of the names as carried in
# Sweden; 1/rank, head 10.
FINNISH = Origin(
    ranked(
        "Maria, Helena, Anna, Johanna, Kaarina, Marjatta, Elina, Hannele, Kristiina, Liisa, Tuula, Päivi, Anneli, Sari, Pirjo, Riitta, Minna, Leena, Tiina, Satu, Marja, Eija, Anu, Seija, Aino, Sirpa, Outi, Heidi, Katja, Sanna, Laura, Emilia, Aila, Eeva, Raija",
        10,
    ),
    ranked(
        "Juhani, Johannes, Olavi, Antero, Tapani, Kalevi, Mikael, Matti, Timo, Kari, Pekka, Jari, Mikko, Juha, Antti, Jukka, Markku, Heikki, Hannu, Seppo, Ville, Tuomas, Janne, Petri, Esa, Pentti, Veikko, Lauri, Eero, Aleksi, Ari, Jussi, Risto, Veli",
        10,
    ),
    ranked(
        "Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen, Hiltunen, Kallio, Räsänen, Leppänen, Hakala",
        10,
    ),
)
# Iraq, Syria, Lebanon and Palestine, with the Assyrian/Syriac names carried by many from Iraq, Syria and Turkey.
ARABIC = Origin(
    ranked(
        "Fatima, Maryam, Sara, Noor, Zainab, Rana, Layla, Hiba, Amal, Lina, Ninva, Yasmin, Nour, Huda, Rasha, Shamiram, Dalia, Mona, Samira, Aya, Nahrain, Reem, Hanan, Maya, Rania, Ramina, Zahra, Marta, Souad, Ghada, Nadia, Leila",
        10,
    ),
    ranked(
        "Mohammed, Ahmad, Ali, Hassan, Hussein, Omar, Mustafa, Khaled, Yousef, Ibrahim, Sargon, Abdullah, Karim, Ninos, Ammar, Mahmoud, Ashur, Samir, Tariq, Bilal, Hamza, Gabriel, Adnan, Yacoub, Rami, Firas, Fadi, Ziad, Afram, Nabil, Elias, Jamal, Walid, Issa, Aziz",
        10,
    ),
    ranked(
        "Mohammed, Ahmed, Ali, Hassan, Hussein, Ibrahim, Abdullah, Khalil, Mahmoud, Saleh, Shamoun, Jabbar, Al-Hassan, Barsoum, Haddad, Youssef, Kareem, Saliba, Salman, Abbas, Jassim, Malke, Kadhim, Al-Saadi, Lahdo, Mansour, Gorgis, Nasser, Yalda, Farhan, Hamid, Daoud, Rashid, Khamis, Eliya",
        10,
    ),
)
SOMALI = Origin(
    ranked(
        "Fadumo, Hodan, Amina, Asha, Khadija, Halima, Hawa, Sahra, Nasra, Ifrah, Deeqa, Sagal, Ayan, Fartun, Hibo, Ubah, Maryan, Safiya, Ladan, Hamdi, Sucaad, Naima, Istar, Nimco",
        10,
    ),
    ranked(
        "Mohamed, Abdi, Ahmed, Abdirahman, Abdullahi, Hassan, Ali, Omar, Yusuf, Ismail, Abdikadir, Mahad, Abdiaziz, Said, Hussein, Liban, Farah, Guled, Mukhtar, Bashir, Osman, Jama, Nuur, Dahir, Awil",
        10,
    ),
    ranked(
        "Mohamed, Ahmed, Abdi, Hassan, Ali, Omar, Abdullahi, Yusuf, Ismail, Osman, Farah, Hussein, Warsame, Nur, Jama, Elmi, Aden, Egal, Dahir, Hirsi, Abdulle, Mohamud, Duale, Gedi, Isse, Samatar, Guled, Sheikh",
        10,
    ),
)
POLISH = Origin(
    ranked(
        "Anna, Maria, Katarzyna, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Elżbieta, Magdalena, Joanna, Zofia, Aleksandra, Monika, Teresa, Danuta, Natalia, Karolina, Marta, Beata, Dorota, Justyna, Agata, Jadwiga, Halina, Paulina, Iwona, Grażyna, Renata, Weronika",
        10,
    ),
    ranked(
        "Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Jan, Michał, Marcin, Stanisław, Jakub, Adam, Marek, Łukasz, Grzegorz, Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Jerzy, Maciej, Rafał, Kamil, Robert, Kacper, Józef, Tadeusz, Szymon, Bartosz, Przemysław",
        10,
    ),
    ranked(
        "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Wojciechowski, Kwiatkowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Wróbel, Nowakowski, Majewski, Olszewski, Nowicki, Wysocki, Zawadzki, Sawicki, Sokołowski, Dudek, Pawlak, Walczak",
        10,
    ),
)
PERSIAN = Origin(
    ranked(
        "Maryam, Fatemeh, Zahra, Leila, Shirin, Parisa, Narges, Nasrin, Mina, Sara, Roya, Azadeh, Neda, Shabnam, Mahsa, Niloufar, Samira, Farideh, Golnaz, Soheila, Mitra, Elham, Parvin, Yasaman, Bahar",
        10,
    ),
    ranked(
        "Mohammad, Ali, Reza, Hossein, Amir, Mehdi, Hamid, Saeed, Majid, Behrouz, Farhad, Babak, Kaveh, Arash, Dariush, Kourosh, Omid, Payam, Peyman, Siamak, Nima, Navid, Ramin, Shahram, Masoud",
        10,
    ),
    ranked(
        "Mohammadi, Hosseini, Ahmadi, Rezaei, Moradi, Karimi, Jafari, Rahimi, Hashemi, Mousavi, Ghorbani, Sadeghi, Kazemi, Heidari, Alavi, Ebrahimi, Nazari, Amini, Rostami, Tehrani, Shirazi, Hosseinzadeh, Farahani, Najafi, Azizi, Bagheri, Yazdani, Asadi",
        10,
    ),
)
# Bosnian, Serbian and Croatian.
BCS = Origin(
    ranked(
        "Amra, Emina, Aida, Selma, Lejla, Jasmina, Mirela, Ana, Ivana, Marija, Jelena, Milica, Dragana, Snežana, Vesna, Maja, Sanela, Alma, Azra, Senada, Nermina, Dijana, Gordana, Mirjana, Edina, Elma, Adisa",
        10,
    ),
    ranked(
        "Amir, Edin, Emir, Adnan, Mirza, Haris, Senad, Nermin, Elvir, Dragan, Zoran, Goran, Milan, Nikola, Marko, Ivan, Stefan, Dejan, Darko, Nenad, Mladen, Ante, Josip, Tomislav, Damir, Kemal, Samir, Alen, Almir, Dino",
        10,
    ),
    ranked(
        "Hodžić, Hadžić, Begić, Delić, Kovačević, Mehmedović, Husić, Ahmetović, Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Stanković, Pavlović, Horvat, Kovačić, Babić, Marić, Jurić, Novak, Knežević, Vuković, Šarić, Hasanović, Alić, Omerović, Salihović, Mujić, Čaušević, Karić, Muratović, Bešić",
        10,
    ),
)
TURKISH = Origin(
    ranked(
        "Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Meryem, Şerife, Zehra, Sultan, Hanife, Merve, Özlem, Esra, Büşra, Yasemin, Derya, Gülsüm, Aysel, Dilek, Ebru, Songül, Leyla, Nur, Selin, Hülya, Sevgi",
        10,
    ),
    ranked(
        "Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Osman, Yusuf, Murat, Ömer, Ramazan, Halil, Süleyman, Abdullah, Mahmut, Recep, Emre, Burak, Kemal, Serkan, Cem, Volkan, Orhan, Erkan, Kaan",
        10,
    ),
    ranked(
        "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Özer, Erdoğan, Güneş, Aksoy, Korkmaz, Akın, Tekin, Bulut, Avcı",
        10,
    ),
)
# Eritrea (Tigrinya names; the father's given name serves as surname).
ERITREAN = Origin(
    ranked(
        "Helen, Senait, Selam, Saba, Rahwa, Luwam, Mebrat, Hiwet, Tsega, Ruta, Semhar, Freweini, Almaz, Mizan, Elsa, Winta, Feven, Hanna, Mihret, Tirhas, Abeba, Eden, Meron, Nardos",
        10,
    ),
    ranked(
        "Yonas, Yohannes, Daniel, Samuel, Tesfay, Tekle, Berhane, Dawit, Filmon, Habtom, Kidane, Mehari, Mussie, Robel, Semere, Tesfalem, Aron, Amanuel, Merhawi, Biniam, Goitom, Henok, Natnael, Ermias, Efrem",
        10,
    ),
    ranked(
        "Tesfay, Tekle, Berhane, Gebremedhin, Haile, Kidane, Woldu, Habte, Mehari, Ghebreyesus, Tesfamariam, Abraha, Asmelash, Gebru, Hagos, Kahsay, Yemane, Mebrahtu, Tewelde, Andemariam, Ghirmay, Negash, Solomon, Zerai, Weldemichael",
        10,
    ),
)
# Afghanistan (Dari and Pashto names, Hazara among them).
AFGHAN = Origin(
    ranked(
        "Fatima, Zahra, Maryam, Masooma, Frishta, Shabnam, Nazanin, Mursal, Parwana, Nilofar, Sediqa, Marzia, Shakila, Madina, Laila, Roya, Sima, Mahbooba, Hosai, Zainab, Tahmina, Nasima",
        10,
    ),
    ranked(
        "Mohammad, Ahmad, Ali, Abdul, Mustafa, Hamid, Jawad, Reza, Hussain, Sayed, Khalid, Farid, Najib, Rahim, Wahid, Rashid, Nasir, Sohrab, Mirwais, Omid, Zabihullah, Ahmadullah, Mujtaba, Hassan, Ehsan",
        10,
    ),
    ranked(
        "Ahmadi, Mohammadi, Rezaie, Hussaini, Sultani, Hakimi, Rahimi, Karimi, Jafari, Amiri, Haidari, Sharifi, Noori, Popal, Stanikzai, Wardak, Safi, Jalali, Habibi, Azizi, Nazari, Rasuli, Yousufzai, Akbari, Samadi",
        10,
    ),
)
THAI = Origin(
    ranked(
        "Sumalee, Malee, Wanida, Siriporn, Pranee, Kanya, Nittaya, Ratana, Supaporn, Jintana, Duangjai, Pornthip, Somsri, Araya, Lamai, Naree, Anong, Kanokwan, Sunisa, Wipada, Chanida, Kannika, Phensri",
        10,
    ),
    ranked(
        "Somchai, Somsak, Prasert, Surachai, Wichai, Chaiwat, Anan, Boonmee, Narong, Sompong, Thanawat, Kittisak, Suchart, Pichai, Niran, Sakda, Wirat, Apichat, Chatchai, Preecha",
        10,
    ),
    ranked(
        "Saetang, Srisuk, Boonyarat, Wongsawat, Chaiyaporn, Sukprasert, Thongchai, Rattanakorn, Kaewmanee, Phromphan, Suwannarat, Jaidee, Srisawat, Somboon, Phanthong, Chantharat, Intharasuk, Meesuk, Sangthong, Kongkaew, Buasri, Thongdee",
        10,
    ),
)
# Chile first, then the rest of Latin America (two surnames, paternal and maternal).
LATIN = Origin(
    ranked(
        "María, Ana, Carolina, Camila, Valentina, Francisca, Javiera, Constanza, Daniela, Catalina, Paula, Fernanda, Isabel, Patricia, Claudia, Verónica, Marcela, Gabriela, Andrea, Lorena, Ximena, Paola, Alejandra, Macarena, Rocío",
        10,
    ),
    ranked(
        "José, Juan, Luis, Carlos, Jorge, Francisco, Pedro, Diego, Sebastián, Matías, Cristián, Rodrigo, Felipe, Nicolás, Pablo, Andrés, Manuel, Alejandro, Gonzalo, Mauricio, Patricio, Héctor, Raúl, Ricardo, Fernando, Ignacio",
        10,
    ),
    ranked(
        "González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo, Tapia, Reyes, Gutiérrez, Castro, Pizarro, Álvarez, Vásquez, Sánchez, Fernández, Ramírez, Carrasco, Gómez, Cortés, Herrera",
        10,
    ),
)
# Kurdish names of Iraq, Turkey, Syria and Iran.
KURDISH = Origin(
    ranked(
        "Rojda, Berivan, Hevi, Jiyan, Dilan, Shilan, Nazdar, Rojin, Avin, Bahar, Shirin, Gulistan, Nasrin, Dilveen, Zilan, Viyan, Sozdar, Hana, Narin, Helin, Delal, Ronahi, Lavin",
        10,
    ),
    ranked(
        "Azad, Dilshad, Karwan, Rebwar, Sherwan, Kawa, Baran, Renas, Aram, Hiwa, Dara, Shorsh, Hemin, Zana, Alan, Serhat, Rizgar, Bawar, Diyar, Goran, Soran, Ari, Rawand, Mahir, Bakhtiyar",
        10,
    ),
    ranked(
        "Ahmed, Mohammed, Karim, Aziz, Rasul, Mustafa, Hama, Abdullah, Salih, Osman, Qadir, Amin, Zebari, Baban, Hawrami, Jaff, Kurdi, Doski, Bakir, Tofiq, Othman, Faraj, Rashid, Sabir, Omer",
        10,
    ),
)
# Neighbours who are Sweden's residents and its resorts' commonest guests.
NORWEGIAN = Origin(
    ranked(
        "Anne, Inger, Kari, Marit, Ingrid, Liv, Eva, Berit, Astrid, Bjørg, Hilde, Anna, Solveig, Marianne, Randi, Ida, Nina, Maria, Elisabeth, Kristin, Bente, Heidi, Silje, Hanne, Gerd, Linda, Tone, Tove, Elin, Emma, Ragnhild, Camilla, Nora",
        10,
    ),
    ranked(
        "Jan, Per, Bjørn, Ole, Lars, Kjell, Knut, Arne, Svein, Thomas, Hans, Geir, Tor, Morten, Terje, Odd, Erik, Martin, Andreas, Rune, Trond, Jon, Anders, Harald, Tore, Espen, Magnus, Kristian, Stian, Øyvind, Håkon, Sindre, Eirik, Jørgen",
        10,
    ),
    ranked(
        "Hansen, Johansen, Olsen, Larsen, Andersen, Pedersen, Nilsen, Kristiansen, Jensen, Karlsen, Johnsen, Pettersen, Eriksen, Berg, Haugen, Hagen, Johannessen, Andreassen, Jacobsen, Dahl, Jørgensen, Halvorsen, Henriksen, Lund, Sørensen, Jakobsen, Moen, Gundersen, Iversen, Strand, Solberg, Svendsen, Eide, Knutsen, Martinsen, Paulsen, Bakken, Kristoffersen, Mathisen, Lie, Amundsen",
        10,
    ),
)
DANISH = Origin(
    ranked(
        "Anne, Kirsten, Mette, Hanne, Anna, Helle, Susanne, Lene, Maria, Marianne, Lone, Camilla, Pia, Louise, Inge, Charlotte, Bente, Tina, Karen, Jette, Ida, Emma, Julie, Sofie, Line, Mathilde, Laura, Freja",
        10,
    ),
    ranked(
        "Peter, Jens, Michael, Lars, Henrik, Thomas, Søren, Jan, Niels, Christian, Martin, Jørgen, Hans, Anders, Morten, Jesper, Rasmus, Mads, Per, Kim, Mikkel, Ole, Frederik, Kasper, Jacob, Emil, Lasse, Mathias, Oliver",
        10,
    ),
    ranked(
        "Nielsen, Jensen, Hansen, Andersen, Pedersen, Christensen, Larsen, Sørensen, Rasmussen, Jørgensen, Petersen, Madsen, Kristensen, Olsen, Thomsen, Christiansen, Poulsen, Johansen, Møller, Mortensen, Knudsen, Jakobsen, Mikkelsen, Olesen, Frederiksen, Laursen, Henriksen, Lund, Schmidt, Eriksen, Holm, Clausen, Simonsen, Vestergaard, Nissen, Lauridsen, Kjær, Jepsen, Bach",
        10,
    ),
)
GERMAN = Origin(
    ranked(
        "Maria, Ursula, Monika, Petra, Elisabeth, Sabine, Renate, Helga, Karin, Brigitte, Ingrid, Erika, Andrea, Gisela, Claudia, Susanne, Gabriele, Christa, Christine, Hildegard, Anna, Birgit, Barbara, Julia, Stefanie, Nicole, Katharina, Lena, Laura, Lea, Sophie, Hannah, Marie, Anja, Sandra",
        10,
    ),
    ranked(
        "Peter, Michael, Thomas, Wolfgang, Klaus, Jürgen, Andreas, Stefan, Hans, Christian, Uwe, Werner, Bernd, Frank, Manfred, Markus, Horst, Dieter, Günter, Matthias, Helmut, Gerhard, Sven, Jan, Tobias, Florian, Lukas, Maximilian, Felix, Jonas, Leon, Paul, Alexander, Daniel, Sebastian",
        10,
    ),
    ranked(
        "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, Hofmann, Hartmann, Lange, Schmitt, Werner, Schmitz, Krause, Meier, Lehmann, Schmid, Schulze, Maier, Köhler, Herrmann, König, Walter, Mayer, Huber, Kaiser, Fuchs, Peters, Lang, Scholz, Möller, Weiß, Jung, Hahn, Schubert",
        10,
    ),
)
DUTCH = Origin(
    ranked(
        "Maria, Anna, Johanna, Cornelia, Elisabeth, Wilhelmina, Sanne, Lisa, Anouk, Femke, Eva, Sophie, Emma, Julia, Lotte, Fleur, Iris, Marieke, Ingrid, Monique, Linda, Sandra, Esther, Inge, Anja, Petra, Saskia, Marloes, Nienke",
        10,
    ),
    ranked(
        "Jan, Johannes, Hendrik, Cornelis, Willem, Pieter, Gerrit, Jacobus, Peter, Mark, Dennis, Martijn, Bas, Tim, Thomas, Daan, Sem, Lucas, Levi, Bram, Ruben, Jeroen, Sander, Maarten, Joost, Wouter, Niels, Erik, Kees, Henk",
        10,
    ),
    ranked(
        "de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer, de Boer, Mulder, de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, Dijkstra, Smits, de Graaf, van der Meer, van der Linden, Kok, Jacobs, de Haan, Vermeulen, van den Heuvel, van der Veen, van den Broek, de Bruijn, van der Heijden, Schouten, van Beek, Willems, van Vliet",
        10,
    ),
)
# Ukraine (names as Ukrainian passports transliterate them).
UKRAINIAN = Origin(
    ranked(
        "Olena, Tetiana, Nataliia, Iryna, Svitlana, Oksana, Olha, Yuliia, Kateryna, Mariia, Anna, Liudmyla, Viktoriia, Nadiia, Halyna, Alina, Anastasiia, Daria, Sofiia, Yana, Inna, Larysa, Valentyna",
        10,
    ),
    ranked(
        "Oleksandr, Serhii, Andrii, Volodymyr, Oleksii, Dmytro, Mykola, Yurii, Viktor, Vasyl, Ivan, Ihor, Maksym, Mykhailo, Vitalii, Roman, Taras, Bohdan, Artem, Denys, Yaroslav, Petro, Anatolii",
        10,
    ),
    ranked(
        "Melnyk, Shevchenko, Boiko, Kovalenko, Bondarenko, Tkachenko, Kovalchuk, Kravchenko, Oliinyk, Shevchuk, Koval, Polishchuk, Bondar, Tkachuk, Moroz, Marchenko, Lysenko, Rudenko, Savchenko, Petrenko, Kravchuk, Klymenko, Pavlenko, Savchuk, Kuzmenko, Ponomarenko, Vasylenko, Levchenko, Kharchenko, Karpenko",
        10,
    ),
)
INDIAN = Origin(
    ranked(
        "Priya, Anjali, Divya, Pooja, Neha, Sneha, Kavya, Deepika, Lakshmi, Sunita, Anita, Meera, Swati, Shreya, Aishwarya, Nisha, Ritu, Pallavi, Shweta, Radha, Aditi, Ananya, Revathi, Harpreet, Gurpreet",
        10,
    ),
    ranked(
        "Rahul, Amit, Rajesh, Suresh, Vikram, Arjun, Sanjay, Anil, Ravi, Rohit, Karthik, Aditya, Vijay, Manoj, Prakash, Deepak, Ajay, Srinivas, Venkatesh, Harish, Nikhil, Abhishek, Pradeep, Gurpreet, Sandeep",
        10,
    ),
    ranked(
        "Kumar, Singh, Sharma, Patel, Reddy, Rao, Gupta, Nair, Iyer, Shah, Joshi, Mehta, Verma, Krishnan, Menon, Pillai, Agarwal, Chopra, Das, Banerjee, Mukherjee, Desai, Kulkarni, Srinivasan, Naidu, Bhat, Malhotra, Kapoor, Chatterjee, Sinha",
        10,
    ),
)
# China (pinyin, surname last as the names are written in Sweden).
CHINESE = Origin(
    ranked(
        "Jing, Li, Ying, Hui, Yan, Fang, Min, Xin, Yue, Ling, Xiaoyan, Mei, Lan, Qing, Yu, Xiu, Hong, Juan, Ping, Na, Shu, Wen, Lili, Yuting, Siyu",
        10,
    ),
    ranked(
        "Wei, Lei, Jun, Jie, Tao, Ming, Qiang, Yong, Hao, Chao, Bo, Peng, Gang, Jian, Bin, Feng, Long, Yang, Hai, Zhiqiang, Haoran, Yuxuan, Zihao, Jianguo",
        10,
    ),
    ranked(
        "Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, He, Lin, Gao, Luo, Zheng, Liang, Xie, Song, Tang, Han, Feng, Deng, Cao, Peng",
        10,
    ),
)

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
    "norwegian": NORWEGIAN,
    "danish": DANISH,
    "german": GERMAN,
    "dutch": DUTCH,
    "ukrainian": UKRAINIAN,
    "indian": INDIAN,
    "chinese": CHINESE,
}

# Who is named, per language of the text: in Swedish and mixed text mostly the people of Sweden
# (Swedish names by far the largest share, then the origins of Sweden's foreign-born residents),
# plus the resorts' Norwegian, Danish, German and Dutch guests; in English text the British and
# American guests and staff first, then Swedes, the neighbours and the rest.
MIXES = {
    "sv": {
        "swedish": 66, "arabic": 5, "finnish": 3.5, "norwegian": 3, "polish": 2.5, "bcs": 2.5,
        "persian": 2, "somali": 1.8, "kurdish": 1.5, "turkish": 1.5, "afghan": 1.3, "danish": 1.2,
        "eritrean": 1.2, "ukrainian": 1.2, "german": 1, "latin": 1, "indian": 1, "thai": 0.9,
        "uk": 0.8, "us": 0.6, "chinese": 0.6, "dutch": 0.4,
    },
    "en": {
        "uk": 34, "us": 28, "swedish": 12, "norwegian": 3, "german": 3, "indian": 3, "dutch": 2.5,
        "danish": 2, "polish": 1.5, "latin": 1.5, "arabic": 1.5, "chinese": 1.5, "finnish": 1,
        "ukrainian": 0.8, "turkish": 0.8, "persian": 0.6, "thai": 0.6, "somali": 0.5, "bcs": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 10, "us": 8, "arabic": 4, "finnish": 3, "norwegian": 3, "polish": 2.5,
        "bcs": 2, "persian": 2, "german": 2, "indian": 2, "danish": 1.5, "kurdish": 1.3,
        "turkish": 1.3, "somali": 1.3, "afghan": 1, "eritrean": 1, "ukrainian": 1, "dutch": 1,
        "latin": 1, "thai": 0.8, "chinese": 0.8,
    },
}  # fmt: skip

# Short forms people go by, per origin: given name -> its short forms.
NICK_SV = {
    "Lars": ["Lasse"], "Karl": ["Kalle"], "Carl": ["Calle"], "Per": ["Pelle", "Perra"],
    "Mikael": ["Micke"], "Joakim": ["Jocke"], "Thomas": ["Tompa"], "Tomas": ["Tompa"],
    "Magnus": ["Mange"], "Jan": ["Janne"], "Hans": ["Hasse"], "Bengt": ["Bengan"],
    "Kristoffer": ["Stoffe"], "Christoffer": ["Stoffe"], "Robert": ["Robban"], "Marcus": ["Mackan"],
    "Fredrik": ["Fredde"], "Gustav": ["Gurra", "Gusse"], "Olof": ["Olle"], "Sven": ["Svenne"],
    "Henrik": ["Henke"], "Stefan": ["Steffe"], "Oskar": ["Ogge"], "Kenneth": ["Kenta"],
    "Mattias": ["Matte"], "Mathias": ["Matte"], "Daniel": ["Danne"], "Sebastian": ["Sebbe"],
    "Alexander": ["Alex", "Acke"], "Patrik": ["Patte"], "Anders": ["Ante"], "Nils": ["Nisse"],
    "Gösta": ["Gurra"], "Torbjörn": ["Tobbe"], "Tobias": ["Tobbe"], "Sigvard": ["Sigge"],
    "Johannes": ["Hannes"], "Jonathan": ["Jonte"], "Emanuel": ["Manne"], "Christer": ["Kicke"],
    "Lennart": ["Lelle"], "Rickard": ["Ricke"], "Niklas": ["Nicke"], "Ludvig": ["Ludde"],
    "Elisabeth": ["Lisa", "Bettan"], "Elisabet": ["Lisa", "Bettan"], "Margareta": ["Maggan", "Greta"],
    "Katarina": ["Kattis", "Kajsa"], "Kristina": ["Kicki", "Stina"], "Christina": ["Kicki", "Stina"],
    "Charlotte": ["Lotta"], "Charlotta": ["Lotta"], "Susanne": ["Sussie"], "Birgitta": ["Gittan", "Bibbi"],
    "Viktoria": ["Vickan"], "Victoria": ["Vickan"], "Madeleine": ["Madde"], "Annika": ["Anki"],
    "Ann-Christin": ["Ankie"], "Johanna": ["Jossan"], "Josefin": ["Jossan"], "Gunilla": ["Gunnis"],
    "Rebecka": ["Becka"], "Fredrika": ["Frida"], "Marianne": ["Mian"], "Karolina": ["Kajsa"],
    "Cecilia": ["Cissi"], "Louise": ["Lollo"], "Therese": ["Tessan"], "Alexandra": ["Sandra"],
}  # fmt: skip
NICK_EN = {
    "William": ["Will", "Bill"], "Robert": ["Rob", "Bob"], "Richard": ["Rich", "Dick"],
    "James": ["Jim", "Jamie"], "Michael": ["Mike"], "Christopher": ["Chris"], "Thomas": ["Tom"],
    "Daniel": ["Dan", "Danny"], "Matthew": ["Matt"], "Andrew": ["Andy", "Drew"], "Anthony": ["Tony"],
    "Joseph": ["Joe"], "Benjamin": ["Ben"], "Alexander": ["Alex"], "Samuel": ["Sam"],
    "Nicholas": ["Nick"], "Edward": ["Ed", "Ted"], "Jonathan": ["Jon"], "Stephen": ["Steve"],
    "Steven": ["Steve"], "Timothy": ["Tim"], "Peter": ["Pete"], "David": ["Dave"],
    "Charles": ["Charlie"], "Kenneth": ["Ken"], "Ronald": ["Ron"], "Donald": ["Don"],
    "Gerald": ["Gerry"], "Patrick": ["Pat", "Paddy"], "Joshua": ["Josh"], "Frederick": ["Fred"],
    "Elizabeth": ["Liz", "Beth", "Lizzie"], "Jennifer": ["Jen", "Jenny"], "Katherine": ["Kate", "Katie"],
    "Catherine": ["Kate", "Cathy"], "Margaret": ["Maggie", "Peggy"], "Rebecca": ["Becky", "Becca"],
    "Samantha": ["Sam"], "Victoria": ["Vicky", "Tori"], "Alexandra": ["Alex"], "Patricia": ["Pat", "Trish"],
    "Susan": ["Sue"], "Deborah": ["Debbie"], "Jessica": ["Jess"], "Abigail": ["Abbie"],
    "Charlotte": ["Lottie", "Charlie"], "Eleanor": ["Ellie", "Nell"], "Nicola": ["Nicky"],
    "Christine": ["Chris"], "Barbara": ["Barb"], "Kimberly": ["Kim"], "Pamela": ["Pam"],
    "Sandra": ["Sandy"], "Judith": ["Judy"], "Dorothy": ["Dot"], "Jacqueline": ["Jackie"],
    "Josephine": ["Jo"], "Joanne": ["Jo"], "Gillian": ["Gill"], "Amanda": ["Mandy"],
}  # fmt: skip
NICK_PL = {
    "Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"], "Barbara": ["Basia"], "Aleksandra": ["Ola"],
    "Agnieszka": ["Aga"], "Magdalena": ["Madzia"], "Joanna": ["Asia"], "Tomasz": ["Tomek"],
    "Jakub": ["Kuba"], "Krzysztof": ["Krzysiek"], "Wojciech": ["Wojtek"],
}  # fmt: skip
NICK_LATIN = {"José": ["Pepe"], "Francisco": ["Pancho"], "Ignacio": ["Nacho"], "Alejandro": ["Ale"]}
NICK_NO = {"Kristian": ["Kris"], "Thomas": ["Tommy"], "Hans": ["Hasse"]}
NICK_DE = {
    "Wolfgang": ["Wolfi"],
    "Maximilian": ["Max"],
    "Andreas": ["Andi"],
    "Stefanie": ["Steffi"],
    "Katharina": ["Kathi"],
}
NICKNAMES = {
    "swedish": NICK_SV, "us": NICK_EN, "uk": NICK_EN, "polish": NICK_PL, "latin": NICK_LATIN,
    "norwegian": NICK_NO, "german": NICK_DE,
}  # fmt: skip
