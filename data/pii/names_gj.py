# ruff: noqa: E501
"""Name pools of held-out GJ (issue 15): names weighted by how often people carry them.

Swedish given names and surnames in the order of SCB's name statistics (written from the writer's
general knowledge of them; weight 1/rank, head the top 150, a tail of rarer names past them); the
US Census 1990 lists (public domain; copied from the `names` package's `dist.female.first`,
`dist.male.first` and `dist.all.last`, the census per cent as weight, head 150); UK given names and
surnames in the order of the ONS rankings (general knowledge, 1/rank); and the commonest given
names and surnames of origins common in Sweden (1/rank, head 10). `MIXES` says who is named in
Swedish, English and mixed text. No name here was checked against anything in the repository;
none was left out for being known or unknown.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this probability, else its tail


@dataclass(frozen=True)
class Pool:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int  # names[:head] is the head, names[head:] the tail


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def _words(text: str) -> tuple[str, ...]:
    return tuple(w.strip() for w in text.split(",") if w.strip())


def ranked(text: str, head: int) -> Pool:
    """A list in rank order, weight 1/rank."""
    names = _words(text)
    if len(set(names)) != len(names):
        raise ValueError(f"a name twice in {names[:3]}...")
    return Pool(names, tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names)))


def census(pairs: tuple[tuple[str, float], ...], head: int) -> Pool:
    """A census list: the census per cent as weight."""
    return Pool(tuple(n for n, _ in pairs), tuple(w for _, w in pairs), head)


_PLAIN = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "İ": "I", "đ": "dj", "Đ": "Dj", "ø": "o", "Ø": "O", "æ": "ae", "ß": "ss"})  # fmt: skip


def plain(word: str) -> str:
    """The name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`."""
    word = word.translate(_PLAIN)
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for masc, fem in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(masc):
            return surname[: -len(masc)] + fem
    return surname


# --- Sweden: SCB's rank order (all given names of the population; surnames by bearers) -----------
SV_WOMEN = ranked(
    """Anna, Eva, Maria, Karin, Kristina, Lena, Sara, Kerstin, Emma, Ingrid, Marie, Malin,
    Birgitta, Jenny, Inger, Hanna, Linnéa, Annika, Sofia, Linda, Monica, Elin, Susanne, Ulla,
    Elisabeth, Ida, Johanna, Margareta, Carina, Julia, Camilla, Helena, Elsa, Katarina, Åsa,
    Gunilla, Ebba, Elisabet, Anneli, Sofie, Cecilia, Maja, Therese, Amanda, Louise, Ulrika, Agneta,
    Moa, Ellen, Astrid, Alice, Matilda, Anette, Frida, Lisa, Britt, Jessica, Emilia, Josefin, Siv,
    Wilma, Alva, Agnes, Sandra, Barbro, Marianne, Gun, Caroline, Klara, Ella, Karolina, Mona, Pia,
    Lina, Ingela, Birgit, Madeleine, Ann, Yvonne, Charlotte, Viktoria, Ingegerd, Elvira, Emelie,
    Tove, Nathalie, Jennie, Isabelle, Rebecca, Stina, Helen, Gunnel, Marita, Irene, Linn, Ronja,
    Lovisa, Saga, Tilda, Vera, Signe, Selma, Ester, Märta, Greta, Sigrid, Ingeborg, Margit, Petra,
    Ann-Christin, Ann-Marie, Britt-Marie, Berit, Solveig, Gerd, Elsie, Sonja, Gudrun, Anita,
    Lillemor, Veronica, Jeanette, Mikaela, Fanny, Hedvig, Nellie, Olivia, Freja, Felicia, Rebecka,
    Hilda, Evelina, Elina, Maj, Ruth, Viola, Anne, Annelie, Lotta, Emmy, Nora, Isabella, Lilly,
    Clara, Elise, Ellinor, Angelica, Kristin, Carolina,

    Sanna, Ylva, Ann-Charlotte, Anna-Karin, Ann-Sofie, Anna-Lena, Eva-Lena, Marie-Louise,
    Ann-Louise, Ulla-Britt, Maj-Britt, Lilian, Rut, Doris, Dagmar, Gunborg, Majvor, Ingalill, Inga,
    Elna, Elvy, Alfhild, Asta, Edit, Gertrud, Hillevi, Irma, Iris, Juni, Liv, Lova, Minna, Mira,
    Nova, Leah, Stella, Ines, Ellie, Tyra, Hedda, Thea, Tindra, Meja, Idun, Svea, Aurora, Siri,
    Majken, Hjördis, Lisbeth, Kajsa, Cajsa, Malva, Pernilla, Helene, Madelene, Jonna, Mimmi,
    Cornelia, Tuva, Vilma, Alicia, Amelia, Tova, Gunhild, Vivianne, Marlene, Maud, Carin, Katrin,
    Christina, Christine, Catarina, Katja, Marika, Mia, My, Nina, Paulina, Rakel, Regina, Rosa,
    Sabina, Sylvia, Tina, Tanja, Terese, Vanja, Viveka, Vivi, Åse, Aina, Alma, Anja, Annette,
    Beatrice, Bodil, Britta, Carola, Charlotta, Dagny, Désirée, Eira, Eleonora, Elisa, Ewa,
    Filippa, Gabriella, Harriet, Heidi, Helga, Henrietta, Ingbritt, Jannike, Josefine, Judit,
    Linnea, Lisen, Lydia, Margaretha, Martina, Melina, Michaela, Miranda, Monika, Nadja, Natalie,
    Nicole, Olga, Patricia, Ragnhild, Sally, Siw, Susann, Theresia, Ulrica, Valborg, Wendela,
    Yvette, Agda, Hulda, Elsa-Britt, Mariana, Tuulikki, Laila, Liselotte,
    Lisa-Marie, Johanne, Ingalena, Irén, Jane, Karolin, Kim, Lenita, Mai, Majlis, Mari, Marit,
    Meta, Mildred, Naemi, Rigmor, Rosita, Sigun, Solbritt, Susanna, Tora,
    Ulla-Karin, Wivi, Elly, Emmeli, Evy, Frideborg, Göta, Hanne,
    Inez, Jill, Kicki, Laura, Leila, Lo, Maj-Lis, Malou, Mathilda, Mette, Nanna, Ottilia, Saida, Sigrun, Signhild, Tekla, Therése, Vendela, Wanja, Yasmin, Zara,
    Alexandra, Annica, Bianca, Carmen, Daniela, Edla, Fredrika, Gunvor, Hilma, Ingegärd, Isa, Jenni,
    Jessika, Lilja, Lykke, Malena, Margot, Ofelia, Selina, Sigbritt, Stefanie, Sunniva, Wilhelmina,
    Åslög""",
    150,
)
SV_MEN = ranked(
    """Lars, Mikael, Anders, Johan, Erik, Per, Karl, Peter, Thomas, Jan, Daniel, Fredrik, Hans,
    Andreas, Stefan, Mats, Bengt, Magnus, Nils, Marcus, Jonas, Bo, Mattias, Alexander, Martin,
    Göran, Sven, Oskar, Gustav, Niklas, Leif, Björn, Henrik, Ulf, Christer, Patrik, Tommy,
    Lennart, David, Robert, Kjell, Olof, Håkan, Simon, Emil, William, Christian, Anton, Axel,
    Viktor, Rolf, Linus, Filip, Lucas, Elias, Jonathan, Joakim, Tobias, Roger, Stig, Kent,
    Ingemar, Hugo, Rickard, Sebastian, Gunnar, Oliver, Arne, Claes, Kenneth, Gustaf, Åke, Jakob,
    Johannes, Adam, Ludvig, Isak, Rasmus, Liam, Jesper, Jimmy, Lukas, Robin, Theo, Noah, Benjamin,
    Dennis, Torbjörn, Tomas, Roland, Kurt, Ove, Hampus, Albin, Samuel, Jacob, Gabriel, Mohammed,
    Edvin, Vincent, Felix, Elliot, Leo, Melvin, Alfred, Arvid, Valter, Love, Wilhelm, Harry, Carl,
    Eric, Jörgen, Ronny, Kristoffer, Christoffer, Pontus, Joel, Alvin, Måns, Sixten, Josef, Dan,
    Bertil, Gösta, Sune, Rune, Birger, Einar, Allan, Tage, Conny, Glenn, Mathias, Markus, Pär, Ola,
    Kristian, Krister, Viggo, Olle, Ali, Lars-Erik, Karl-Erik, Jan-Erik, Per-Olof, Ebbe, Ivar,

    Bengt-Åke, Per-Erik, Lars-Göran, Jan-Olof, Karl-Johan, Nils-Erik, Sven-Erik, Carl-Johan,
    Hans-Olof, Mohamed, Ahmed, Hassan, Omar, Aron, Alf, Algot, Assar, Bernt, Billy, Bror, Casper,
    Colin, Curt, Dag, Egon, Elis, Elof, Enar, Erling, Evert, Folke, Frans, Gerhard, Gert, Greger,
    Halvar, Harald, Helge, Herbert, Hilding, Holger, Ingvar, Inge, Jarl, Jens, Jerker, Joar, John,
    Jon, Jonny, Julius, Kaj, Kennet, Kevin, Kim, Knut, Konrad, Lage, Loke, Magne, Malte, Manfred,
    Melker, Milo, Morgan, Niclas, Nicklas, Nicolas, Noel, Odd, Oscar, Otto, Patric, Peder, Petter,
    Ragnar, Reine, Reinhold, Ronald, Ruben, Rudolf, Sigge, Sigurd, Sivert, Staffan, Sten, Stellan,
    Svante, Sören, Teodor, Thor, Tim, Tor, Torsten, Ture, Uno, Valdemar, Vidar, Vilgot, Ville,
    Vilhelm, Yngve, Örjan, Östen, Bruno, Charlie, Douglas, Elvin, Eddie, Frank, Henry, Isac,
    Ivan, Jack, Kasper, Leon, Max, Mio, Rikard, Sam, Walter, Wiktor, Eskil, Gottfrid, Hjalmar,
    Mårten, Nils-Olof, Anders-Petter, Benny, Berndt, Bosse, Calle, Carl-Axel,
    Emanuel, Fabian, Filippo, Georg, Gillis, Gunder, Gustav-Adolf, Hannes, Harri, Heikki, Helmer, Hilmer, Ingmar, Ingolf, Isidor, Jan-Åke, Jarmo,
    Joachim, Johnny, Jöns, Karl-Gustav, Kjell-Åke, Lars-Olof, Lennie, Lorentz, Ludwig,
    Mattis, Mauritz, Nelson, Nore, Ossian, Paul, Per-Anders, Roine, Rony, Seth,
    Sigvard, Sture, Sven-Olof, Tommie, Tord, Torgny, Valentin, Waldemar, Wilmer, Yousef,
    Aksel, Amir, Bill, Dino, Edward, Elton, Eino, Ferdinand, Jari, Kalle, Leopold, Lowe, Mika, Nils-Gunnar,
    Adrian, Albert, Anselm, Arnold, Artur, August, Bernhard, Dante, Edgar, Eilert, Elmer, Evald,
    Gideon, Henning, Ingo, Jesse, Levi, Natanael, Olav, Orvar, Pelle, Ragnvald, Sigfrid, Sölve,
    Vilmer, Zakarias""",
    150,
)
SV_SURNAMES = ranked(
    """Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson,
    Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson,
    Magnusson, Olofsson, Lindström, Lindqvist, Lindgren, Berg, Axelsson, Bergström, Lundberg,
    Lind, Lundgren, Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Forsberg,
    Sjöberg, Ali, Wallin, Mohammed, Engström, Eklund, Danielsson, Lundin, Håkansson, Björk,
    Bergman, Gunnarsson, Holm, Wikström, Samuelsson, Isaksson, Fransson, Bergqvist, Nyström,
    Holmberg, Arvidsson, Löfgren, Söderberg, Nyberg, Blomqvist, Claesson, Nordström, Ahmed,
    Mårtensson, Lundström, Hassan, Viklund, Björklund, Eliasson, Pålsson, Berggren, Sandström,
    Lund, Nordin, Ström, Åberg, Falk, Ekström, Hermansson, Holmgren, Hellström, Dahlberg, Hedlund,
    Sundberg, Sjögren, Ek, Blom, Abrahamsson, Martinsson, Öberg, Andreasson, Strömberg, Månsson,
    Hansen, Åkesson, Dahl, Lindholm, Norberg, Holmqvist, Mohamed, Sundström, Jonasson, Ivarsson,
    Lindblom, Ekberg, Hedberg, Sundqvist, Nordqvist, Söderström, Lindahl, Strand, Göransson,
    Adolfsson, Nord, Ottosson, Ekman, Sjöström, Åström, Sundin, Lindén, Borg, Nyman, Hallberg,
    Bergkvist, Lindkvist, Ohlsson, Augustsson, Lindell, Engberg, Bäckström, Ahlberg, Hedström,
    Ekholm, Backman, Berntsson, Forsman, Malmberg, Thorén, Östlund, Törnqvist, Wahlström,
    Hussein, Blomberg, Sundell, Carlsson, Jeppsson, Lilja,

    Rask, Modig, Stark, Frisk, Lööf, Ahlström, Almqvist, Alm, Andersén, Appelqvist, Asplund,
    Bergdahl, Bergenholtz, Berglöf, Blixt, Boman, Boström, Brandt, Broberg, Byström, Dahlgren,
    Dahlin, Dahlqvist, Edberg, Edlund, Edström, Ekdahl, Eklöf, Ekwall, Elfving, Enberg, Engdahl,
    Englund, Enqvist, Fagerström, Falkenberg, Fors, Forslund, Franzén, Friberg, Frid, Forsell,
    Granath, Granberg, Grahn, Gren, Gullberg, Haglund, Hallin, Hammar, Hedman, Hedin, Hellberg,
    Hellgren, Hjalmarsson, Holgersson, Holmström, Hult, Hultgren, Hägg, Häggström, Höglund, Jäderberg,
    Jernberg, Kjellberg, Kvist, Landin, Lantz, Larsén, Lidén, Liljegren, Lindroth,
    Ljung, Ljungberg, Ljunggren, Lundell, Lundén, Lövgren, Malm, Malmqvist, Melin, Mörk, Nilsén,
    Norén, Norling, Norlin, Nylander, Nylund, Näslund, Olander, Palm, Palmqvist, Pihl, Påhlsson,
    Quist, Rosén, Rosengren, Runesson, Rydberg, Rydén, Rönnberg, Sahlin, Sandell, Schön,
    Selin, Sjödin, Sjölund, Skog, Sköld, Sparre, Stenberg, Stenström, Strandberg, Ståhl, Sundén,
    Svärd, Söderlund, Sörensen, Tell, Thelin, Thorsson, Tibbling, Tornberg, Ullberg, Unger,
    Vestin, Wahlberg, Wall, Wallén, Wennberg, Westberg, Westerlund, Wiberg, Widén, Wiklund,
    Wilhelmsson, Zetterberg, Zetterlund, Åkerlund, Åkerman, Ågren, Öhman, Österberg, Östman,
    Abdullahi, Ibrahim, Omar, Yusuf, Nguyen, Korhonen, Nowak, Yilmaz, Hodzic, Rahimi, Hosseini,
    von Platen, af Klercker, De Geer, von Essen, af Ugglas, von Sydow, Wachtmeister, Lewenhaupt,
    Gyllenstierna, Bonde, Cronstedt, Stiernhielm, Hubinette, Gilljam, Anjou, Mineur, Hogstedt,
    Ahlqvist, Bergholm, Björkman, Blad, Boije, Dufva, Flodin, Frost, Granlund, Grönlund, Hagberg,
    Hamrin, Haraldsson, Hedenström, Holmlund, Hällström, Jägerstedt, Kullberg,
    Lagerqvist, Lindwall, Lundholm, Löfstedt, Nordgren, Nyqvist,
    Olausson, Orre, Rehn, Rudberg, Sandin, Segerström, Sjövall, Stålhammar, Svanberg, Sylvan,
    Tholin, Trygg, Tuvesson, Wessman, Winberg, Ölund, Örn, Östberg, Lagerlöf, Engvall, Fältskog,
    Granqvist, Hjort, Kronberg, Kjellin, Lindeberg, Mellberg, Ringqvist, Ringström, Rosenqvist,
    Sandqvist, Skoog, Stenmark, Strid, Sävström, Tegnér, Vallin, Wikman, Zackrisson, Åslund""",
    150,
)

# --- United States: the US Census 1990 lists (copied from the `names` package's data files:
# the first 380 women's and 380 men's given names and 420 surnames, with the census per cent) ---
US_FEMALE: tuple[tuple[str, float], ...] = (
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
US_MALE: tuple[tuple[str, float], ...] = (
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
US_LAST: tuple[tuple[str, float], ...] = (
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

# --- United Kingdom: the ONS rankings' order over the birth years of today's adults and children -
UK_WOMEN = ranked(
    """Sarah, Emma, Claire, Laura, Rebecca, Lisa, Nicola, Gemma, Rachel, Amy, Hannah, Charlotte,
    Emily, Jessica, Sophie, Lucy, Katie, Helen, Samantha, Louise, Victoria, Michelle, Elizabeth,
    Susan, Margaret, Karen, Julie, Joanne, Kelly, Amanda, Catherine, Jennifer, Lauren, Chloe,
    Megan, Olivia, Amelia, Isla, Ava, Mia, Grace, Lily, Ella, Freya, Poppy, Holly, Zoe, Jade,
    Natalie, Stephanie, Kirsty, Leanne, Donna, Tracey, Deborah, Jacqueline, Alison, Angela,
    Caroline, Fiona, Jane, Sharon, Patricia, Christine, Linda, Janet, Mary, Ann, Anne, Jean,
    Pauline, Gillian, Wendy, Diane, Lynn, Tina, Denise, Dawn, Heather, Kathryn, Katherine, Kate,
    Anna, Jenny, Jodie, Kayleigh, Danielle, Hayley, Stacey, Abigail, Bethany, Georgia, Eleanor,
    Ellie, Isabella, Evie, Jasmine, Phoebe, Millie, Daisy, Ruby, Sienna, Matilda, Rosie, Florence,
    Alice, Harriet, Imogen, Lydia, Molly, Scarlett, Erin, Eve, Niamh, Aimee, Alexandra, Naomi,
    Caitlin, Shannon, Leah, Paige, Courtney, Kerry, Joanna, Carol, Sandra, Lesley, Beverley,
    Elaine, Maureen,

    Brenda, Barbara, Sheila, Shirley, Valerie, Irene, Dorothy, Joan, Sylvia, Marion, Rita, Hazel,
    June, Jill, Elsie, Doris, Iris, Edna, Vera, Gladys, Phyllis, Audrey, Ivy, Willow, Aria, Evelyn,
    Esme, Maisie, Lola, Layla, Elsie-Mae, Harper, Rosalind, Penelope, Beatrice, Clara, Frances,
    Judith, Hilary, Gail, Yvonne, Jayne, Lorraine, Tracy, Julia, Sally, Maxine, Marie, Josephine,
    Rosemary, Gwen, Bronwen, Siân, Cerys, Rhiannon, Megan-Rose, Ffion, Eilidh, Morag, Kirstie,
    Ailsa, Siobhan, Aoife, Orla, Roisin, Nadia, Aisha, Fatima, Amira, Priya, Zara, Amber, Tegan,
    Keeley, Chelsea, Jordan, Toni, Carly, Vicky, Becky, Kimberley, Charlene, Sophia, Martha,
    Edith, Ada, Nancy, Elise, Robyn, Hollie, Lilly, Heidi, Tilly, Elodie, Felicity, Verity, Tamsin""",
    130,
)
UK_MEN = ranked(
    """David, John, Paul, Mark, James, Andrew, Michael, Richard, Robert, Peter, Stephen,
    Christopher, Daniel, Matthew, Thomas, Jonathan, Simon, Ian, Steven, Gary, Martin, Anthony,
    Neil, Darren, Lee, Craig, Jason, Stuart, Kevin, Philip, Alan, Graham, Colin, Keith, Brian,
    William, George, Oliver, Harry, Jack, Jacob, Charlie, Noah, Oscar, Leo, Arthur, Muhammad,
    Alfie, Henry, Joshua, Samuel, Benjamin, Joseph, Luke, Ryan, Adam, Liam, Sam, Jamie, Ben, Tom,
    Nathan, Alex, Alexander, Callum, Connor, Kieran, Jordan, Lewis, Aaron, Dean, Carl, Wayne,
    Scott, Shaun, Barry, Trevor, Roger, Malcolm, Nigel, Derek, Kenneth, Raymond, Terence, Dennis,
    Roy, Ronald, Gordon, Edward, Frederick, Albert, Ernest, Harold, Stanley, Leslie, Norman, Frank,
    Douglas, Donald, Patrick, Sean, Gareth, Rhys, Dylan, Owen, Ethan, Tyler, Mason, Logan,
    Freddie, Theo, Archie, Isaac, Finley, Teddy, Reuben, Louis, Toby, Max, Elliot, Jake, Kyle,
    Ashley, Mohammed, Ali, Hamza, Harrison,

    Hugh, Rupert, Giles, Julian, Nicholas, Timothy, Jeremy, Guy, Dominic, Sebastian, Rory, Angus,
    Hamish, Fraser, Euan, Ross, Gavin, Declan, Niall, Ciaran, Dafydd, Gethin, Iwan, Huw, Aled,
    Callum-James, Jayden, Tommy, Bobby, Reggie, Ronnie, Albie, Jude, Ezra, Rowan, Felix, Hugo,
    Jasper, Barnaby, Tobias, Rufus, Ralph, Gerald, Geoffrey, Clive, Howard, Russell, Vincent,
    Glenn, Robin, Adrian, Jeffrey, Lawrence, Leonard, Maurice, Cyril, Walter, Arnold, Sidney,
    Reginald, Bernard, Victor, Eric, Sanjay, Imran, Omar, Yusuf, Bilal, Tariq, Hassan, Abdul,
    Marcus, Luca, Matteo, Aidan, Brandon, Bradley, Jordan-Lee, Morgan, Elijah, Joel, Caleb, Ollie,
    Stanley-James, Kai, Zachary, Dominik, Mateusz, Jakub""",
    130,
)
UK_SURNAMES = ranked(
    """Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts,
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
    Barrett, Webster,

    Hunter, Gregory, Carr, Lowe, Page, Marsh, Riley, Dunn, Woods, Parsons, Berry, Stone, Reid,
    Holland, Hawkins, Harding, Porter, Robertson, Newton, Oliver, Reed, Kennedy, Williamson, Bird,
    Gardner, Shah, Dean, Lane, Cooke, Bates, Henderson, Parry, Burgess, Bishop, Walton, Burns,
    Nicholson, Shepherd, Ross, Cross, Long, Freeman, Warren, Nicholls, Hamilton, Byrne, Sutton,
    McDonald, Yates, Hodgson, Robson, Curtis, Hopkins, O'Connor, Harper, Coleman, Watkins, Moss,
    McCarthy, Chambers, O'Neill, Griffin, Sharp, Hardy, Wheeler, Potter, Osborne, Johnston,
    Gordon, Doyle, Wallace, George, Jordan, Hutchinson, Reeves, Austin, Lambert, Doherty,
    Jennings, Pritchard, Frost, Howell, Barber, Sanders, Stephenson, Sullivan, Fraser, Wade, Lynch,
    Rowe, Morton, Thomson, MacLeod, MacKenzie, Fitzgerald, Quinn, Nolan, Gallagher, Pugh, Rhodes, Vaughan, Hale, Howells, Jarvis, Bowen, Norris, Hancock, Bevan, Ashworth, Haworth,
    Whitehead, Greenwood, Sykes, Lister, Crossley, Brennan, Farrell, Daly, Mahmood, Iqbal,
    Choudhury, Rahman, Mistry, Chauhan, Okafor, Mensah, Adeyemi, Kowalski, Nowak, Silva, Costa,
    Wong, Chan, Nguyen, Pemberton, Fairweather, Ainsworth, Blackburn, Cartwright, Entwistle,
    Featherstone, Greenhalgh, Hargreaves, Kershaw, Pilkington, Ramsbottom, Sutcliffe, Thornton,
    Wainwright, Whittaker, Llewellyn, Prosser, Trevithick, Penrose, Tregear, Pascoe, Nankivell""",
    150,
)

# --- Origins common in Sweden: their commonest names, 1/rank, head 10 -----------------------------
FI = Origin(
    ranked("Maria, Helena, Johanna, Anneli, Kaarina, Marjatta, Liisa, Tuula, Päivi, Sari, Pirjo, Riitta, Anja, Sirpa, Eila, Leena, Merja, Tarja, Seija, Aino, Hilkka, Marja, Raija, Terttu, Ritva, Kirsi, Tiina, Satu, Minna, Heidi, Sanna, Elina, Hannele, Eeva", 10),
    ranked("Juha, Timo, Matti, Kari, Mikko, Jari, Antti, Jukka, Mika, Markku, Pekka, Hannu, Heikki, Seppo, Ari, Sami, Janne, Petri, Pentti, Esa, Tapio, Veikko, Kalevi, Ilkka, Tuomas, Jouni, Raimo, Eero, Lauri, Ville, Arto, Erkki, Kimmo, Marko", 10),
    ranked("Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen, Hiltunen, Kallio, Leinonen, Pesonen, Peltonen", 10),
)  # fmt: skip
AR = Origin(  # Iraq, Syria, Lebanon and Palestine, with Assyrian/Syriac names
    ranked("Fatima, Maryam, Zainab, Noor, Sara, Huda, Amal, Rana, Layla, Rasha, Hiba, Aya, Nour, Yasmin, Lina, Dima, Rima, Mariam, Zahraa, Hanan, Salma, Shaima, Ranya, Ghada, Suad, Najla, Raghad, Nisreen, Samira, Ninwa, Shamiram, Nahrain, Marta, Ilona", 10),
    ranked("Mohammed, Ahmad, Ali, Hassan, Hussein, Omar, Mustafa, Khaled, Ibrahim, Yousef, Mahmoud, Abdullah, Karim, Hamza, Sami, Tariq, Bassam, Haider, Ammar, Samer, Fadi, Rami, Nabil, Ziad, Majid, Walid, Amir, Firas, Sargon, Ninos, Ashur, Gabriel, Aziz, Shamoun", 10),
    ranked("Ali, Hassan, Mohammed, Ahmed, Hussein, Abdullah, Ibrahim, Mahmoud, Khalil, Saleh, Jaber, Haddad, Al-Hashimi, Al-Jabouri, Al-Obaidi, Aziz, Youssef, Kareem, Hamdan, Nasser, Mansour, Rashid, Al-Saadi, Al-Tamimi, Darwish, Khoury, Shamoun, Barsoum, Saliba, Isak, Danho, Yakoub, Gabriel, Malke, Ishak", 10),
)  # fmt: skip
SO = Origin(
    ranked("Fadumo, Hodan, Amina, Asha, Sahra, Hawa, Ifrah, Nimco, Khadija, Sagal, Ayaan, Hibaaq, Farhiya, Ubah, Deqa, Maryan, Sucaad, Halima, Ladan, Ikran, Idil, Hamdi, Najma, Shukri, Sadia", 10),
    ranked("Mohamed, Abdi, Ahmed, Ali, Hassan, Abdirahman, Abdullahi, Omar, Yusuf, Ibrahim, Abdikadir, Mahad, Liban, Said, Farah, Hussein, Abdiaziz, Abdirizak, Mustafe, Khalid, Nur, Bashir, Jama, Osman, Ismail", 10),
    ranked("Mohamed, Ahmed, Ali, Hassan, Abdi, Omar, Yusuf, Ibrahim, Hussein, Farah, Osman, Jama, Warsame, Aden, Hersi, Nur, Abdullahi, Mohamud, Ismail, Elmi, Gedi, Dahir, Guled, Egal, Duale", 10),
)  # fmt: skip
PL = Origin(  # surnames in the masculine form; `feminine()` gives a woman's
    ranked("Anna, Katarzyna, Maria, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Magdalena, Elżbieta, Joanna, Aleksandra, Monika, Zofia, Teresa, Danuta, Natalia, Karolina, Marta, Beata, Dorota, Justyna, Paulina, Jolanta, Iwona, Agata, Grażyna, Halina, Renata, Wiktoria", 10),
    ranked("Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Jan, Michał, Marcin, Stanisław, Jakub, Adam, Marek, Łukasz, Grzegorz, Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Jerzy, Maciej, Rafał, Kamil, Robert, Jacek, Sławomir, Bartosz, Kacper, Przemysław, Józef", 10),
    ranked("Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Wojciechowski, Kwiatkowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Wróbel, Nowakowski, Majewski, Olszewski, Wysocki, Nowicki, Zawadzki, Sawicki, Stępień, Malinowski, Dudek", 10),
)  # fmt: skip
FA = Origin(  # Iran
    ranked("Maryam, Fatemeh, Zahra, Sara, Shirin, Leila, Nasrin, Parisa, Mina, Roya, Azadeh, Neda, Samira, Mahsa, Nazanin, Shadi, Ladan, Golnaz, Elham, Soheila, Parvaneh, Farideh, Mitra, Bahar, Yasaman, Negin, Shabnam, Atefeh", 10),
    ranked("Mohammad, Ali, Reza, Hossein, Mehdi, Amir, Hamid, Saeed, Majid, Behrouz, Dariush, Farhad, Babak, Kourosh, Arash, Omid, Payam, Kamran, Nima, Hassan, Masoud, Bijan, Shahram, Siamak, Pouya, Ramin, Navid, Afshin", 10),
    ranked("Mohammadi, Hosseini, Ahmadi, Rezaei, Moradi, Karimi, Jafari, Rahimi, Hashemi, Mousavi, Ghasemi, Sadeghi, Heidari, Akbari, Amini, Ebrahimi, Kazemi, Rostami, Tehrani, Esfahani, Shirazi, Tabrizi, Azizi, Bagheri, Nazari, Mahmoudi, Soltani, Farahani, Najafi, Alavi", 10),
)  # fmt: skip
BCS = Origin(  # Bosnia, Serbia, Croatia, Montenegro
    ranked("Amra, Emina, Jasmina, Selma, Lejla, Aida, Ana, Marija, Mirela, Sanela, Senada, Elma, Amela, Azra, Jelena, Ivana, Snežana, Dragana, Milica, Vesna, Mirjana, Gordana, Nermina, Edina, Alma, Maja, Sabina, Adisa", 10),
    ranked("Emir, Amir, Adnan, Haris, Mirza, Dženan, Armin, Damir, Edin, Senad, Admir, Nikola, Stefan, Marko, Dragan, Zoran, Goran, Milan, Nenad, Ivan, Dejan, Željko, Mladen, Sead, Kemal, Mehmed, Elvis, Jasmin, Nedžad, Muhamed", 10),
    ranked("Hodžić, Hadžić, Kovačević, Delić, Begić, Mehmedović, Hasanović, Ibrahimović, Salihović, Husić, Omerović, Alić, Mujić, Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Horvat, Babić, Marić, Jurić, Kovač, Knežević, Vuković, Pavlović, Šabić, Čaušević, Avdić, Suljić", 10),
)  # fmt: skip
TR = Origin(
    ranked("Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Merve, Özlem, Hülya, Sevgi, Gül, Derya, Esra, Büşra, Yasemin, Aylin, Selin, Ebru, Dilek, Songül, Filiz, Sibel, Gülsüm, Melike, Nur", 10),
    ranked("Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Osman, Yusuf, Murat, Ömer, Ramazan, Halil, Süleyman, Abdullah, Mahmut, Emre, Burak, Serkan, Kemal, Cem, Erkan, Volkan, Tolga", 10),
    ranked("Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Erdoğan, Korkmaz, Aktaş, Güneş, Akın", 10),
)  # fmt: skip
ER = Origin(  # Eritrea (and Ethiopia's Tigrinya speakers): the father's given name as surname
    ranked("Helen, Selam, Senait, Tsega, Mebrat, Rahel, Saba, Yordanos, Freweini, Winta, Meron, Hiwet, Lemlem, Tigist, Almaz, Ruta, Semhar, Azeb, Abrehet, Letebrhan, Mihret, Feven, Luwam", 10),
    ranked("Yonas, Daniel, Samuel, Tesfay, Habtom, Michael, Yohannes, Filmon, Amanuel, Berhane, Mehari, Tekle, Robel, Kidane, Tesfalem, Merhawi, Dawit, Yemane, Biniam, Efrem, Henok, Semere, Natnael", 10),
    ranked("Tesfay, Berhane, Tekle, Ghebremedhin, Haile, Kidane, Weldemichael, Gebreyesus, Tewelde, Mehari, Habte, Andemariam, Yohannes, Abraha, Tsegay, Asmerom, Negassi, Ghebreyohannes, Mebrahtu, Fesehaye, Woldu, Teklehaimanot, Bahta, Hagos", 10),
)  # fmt: skip
AF = Origin(  # Afghanistan
    ranked("Fatima, Maryam, Zahra, Masooma, Marzia, Shabana, Farzana, Nazifa, Habiba, Mursal, Sakina, Roya, Parwana, Lida, Shakila, Freshta, Tahmina, Nargis, Sima, Malalai, Laila, Zarghona, Hadia, Mahbooba", 10),
    ranked("Mohammad, Ahmad, Ali, Abdul, Mustafa, Hussain, Jawad, Hamid, Sayed, Rahmatullah, Mahdi, Hamed, Naveed, Farid, Karim, Rahim, Wahid, Zabihullah, Nasir, Bilal, Reza, Javid, Hekmatullah, Sohrab, Esmatullah", 10),
    ranked("Ahmadi, Hussaini, Rahimi, Mohammadi, Karimi, Sultani, Rezai, Amiri, Noori, Jafari, Hashimi, Sadat, Popal, Durrani, Stanikzai, Safi, Wardak, Hakimi, Azizi, Nazari, Haidari, Samadi, Qaderi, Yousufzai, Barakzai, Alokozay", 10),
)  # fmt: skip
TH = Origin(
    ranked("Siriporn, Supaporn, Nittaya, Wanpen, Kanokwan, Pornthip, Ratana, Sunisa, Jintana, Malai, Dararat, Nongnuch, Pimchanok, Chanida, Araya, Lamai, Rungnapa, Naree, Sasithorn, Kannika, Orathai", 10),
    ranked("Somchai, Somsak, Prasert, Sombat, Surachai, Anan, Chaiya, Wichai, Sakchai, Thanakorn, Niran, Kittisak, Narong, Pongsak, Apichat, Somkiat, Weerapong, Suthep, Boonmee, Chatchai", 10),
    ranked("Saetang, Srisuk, Chaiyaporn, Wongsawat, Sukprasert, Thongchai, Kaewkham, Boonyarat, Jaidee, Rattanakorn, Phromma, Suwannarat, Sriwong, Intharasuk, Kongkaew, Thongdee, Saelim, Somboon, Chanthara, Phanthong", 10),
)  # fmt: skip
LA = Origin(  # Chile and Latin America: two surnames, the father's and the mother's
    ranked("María, Carolina, Francisca, Camila, Valentina, Daniela, Javiera, Catalina, Constanza, Paula, Fernanda, Andrea, Claudia, Patricia, Verónica, Ana, Marcela, Lorena, Gabriela, Paola, Alejandra, Carmen, Rosa, Isabel, Sofía, Ximena, Pamela", 10),
    ranked("José, Juan, Luis, Carlos, Jorge, Francisco, Manuel, Pedro, Diego, Sebastián, Cristián, Felipe, Matías, Nicolás, Rodrigo, Pablo, Gonzalo, Andrés, Alejandro, Patricio, Héctor, Sergio, Ricardo, Víctor, Mauricio, Eduardo, Raúl", 10),
    ranked("González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo, Tapia, Reyes, Gutiérrez, Castro, Pizarro, Álvarez, Vásquez, Sánchez, Fernández, Ramírez, Carrasco, Gómez, Cortés, Herrera, Núñez, Jara, Vergara", 10),
)  # fmt: skip
KU = Origin(  # Kurdish names from Iraq, Turkey, Syria and Iran, as written in Latin letters
    ranked("Rojin, Berfin, Dilan, Hevin, Zozan, Nazdar, Shilan, Avin, Delal, Jiyan, Rozerin, Gulistan, Berivan, Helin, Narin, Lana, Kazhal, Ronak, Viyan, Bahar, Shirin, Nasrin, Sozan, Rezan", 10),
    ranked("Ahmed, Karwan, Rebwar, Shwan, Hemin, Dilshad, Aram, Zana, Sherwan, Kawa, Hiwa, Barzan, Dara, Baran, Soran, Rizgar, Bakhtiyar, Hawre, Ako, Hogir, Azad, Sirwan, Diyar, Newzad", 10),
    ranked("Ahmed, Mohammed, Karim, Aziz, Rashid, Hama, Kurdi, Amin, Qadir, Abdulla, Ismail, Mahmud, Sharif, Faraj, Jalal, Tahir, Salih, Hassan, Omar, Osman, Rasul, Khoshnaw, Zangana, Baban, Bradosti, Mustafa, Muhammad, Doski", 10),
)  # fmt: skip
UA = Origin(  # Ukraine, in the passport transliteration
    ranked("Olena, Oksana, Nataliia, Iryna, Tetiana, Svitlana, Yuliia, Olha, Kateryna, Anastasiia, Mariia, Viktoriia, Halyna, Liudmyla, Nadiia, Daryna, Sofiia, Alina, Inna, Larysa, Valentyna, Khrystyna", 10),
    ranked("Oleksandr, Serhii, Andrii, Volodymyr, Dmytro, Mykola, Oleksii, Yurii, Ivan, Viktor, Vasyl, Maksym, Bohdan, Taras, Roman, Ihor, Vitalii, Petro, Artem, Denys, Yaroslav, Mykhailo", 10),
    ranked("Melnyk, Shevchenko, Boiko, Kovalenko, Bondarenko, Tkachenko, Kovalchuk, Kravchenko, Oliinyk, Shevchuk, Koval, Polishchuk, Bondar, Tkachuk, Moroz, Marchenko, Lysenko, Rudenko, Savchenko, Petrenko, Klymenko, Pavlenko, Kravchuk, Kuzmenko, Ponomarenko, Vasylenko", 10),
)  # fmt: skip
IN = Origin(  # India: engineers, doctors and students in Sweden
    ranked("Priya, Anjali, Pooja, Divya, Neha, Sneha, Kavya, Lakshmi, Deepa, Swati, Shreya, Ananya, Aishwarya, Meera, Sunita, Ritu, Nisha, Harpreet, Gurpreet, Radhika, Aarti, Shweta", 10),
    ranked("Rahul, Amit, Rajesh, Vikram, Arjun, Sanjay, Suresh, Ravi, Anil, Karthik, Vijay, Rohit, Aditya, Manoj, Ashok, Pradeep, Sandeep, Venkatesh, Srinivas, Nikhil, Ajay, Gaurav", 10),
    ranked("Kumar, Sharma, Singh, Patel, Reddy, Gupta, Rao, Nair, Iyer, Shah, Joshi, Verma, Mehta, Menon, Das, Agarwal, Pillai, Krishnan, Banerjee, Chatterjee, Mishra, Desai, Kaur, Bhat", 10),
)  # fmt: skip
CN = Origin(  # China, in pinyin, given name after surname in the Western order
    ranked("Fang, Jing, Min, Xiu, Yan, Hui, Ying, Li, Na, Lan, Xia, Yu, Ling, Mei, Qing, Hong, Juan, Xiaoyan, Lijuan, Yuxin, Ting, Xue", 10),
    ranked("Wei, Lei, Jun, Yong, Jie, Tao, Hao, Bin, Qiang, Ming, Chao, Gang, Peng, Jian, Feng, Xin, Yang, Zhiwei, Haoran, Yuxuan, Kai, Bo", 10),
    ranked("Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, He, Lin, Luo, Gao, Zheng, Liang", 10),
)  # fmt: skip
DE = Origin(  # Germany
    ranked("Sabine, Susanne, Petra, Claudia, Andrea, Nicole, Stefanie, Julia, Katharina, Anna, Sandra, Melanie, Birgit, Kerstin, Ursula, Monika, Heike, Karin, Christina, Laura, Lena, Lea, Ute, Gabriele, Jana", 10),
    ranked("Thomas, Michael, Andreas, Stefan, Christian, Peter, Markus, Frank, Wolfgang, Klaus, Jürgen, Uwe, Matthias, Alexander, Sebastian, Tobias, Florian, Jan, Dirk, Jens, Bernd, Ralf, Martin, Maximilian, Lukas", 10),
    ranked("Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, Hofmann, Hartmann, Lange, Schmitt, Werner, Krause, Meier, Lehmann", 10),
)  # fmt: skip

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_WOMEN, SV_MEN, SV_SURNAMES),
    "us": Origin(census(US_FEMALE, 150), census(US_MALE, 150), census(US_LAST, 150)),
    "uk": Origin(UK_WOMEN, UK_MEN, UK_SURNAMES),
    "finnish": FI,
    "arabic": AR,
    "somali": SO,
    "polish": PL,
    "persian": FA,
    "bcs": BCS,
    "turkish": TR,
    "eritrean": ER,
    "afghan": AF,
    "thai": TH,
    "latin": LA,
    "kurdish": KU,
    "ukrainian": UA,
    "indian": IN,
    "chinese": CN,
    "german": DE,
}

# Who is named in each language's text: Sweden's population in Swedish text, the US and the UK
# in English text (publishing's English is mostly London's and New York's), both in mixed text.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "afghan": 1.5, "turkish": 1.5, "kurdish": 1.5, "eritrean": 1.2,
        "ukrainian": 1.2, "thai": 1, "latin": 1, "indian": 1, "german": 1, "chinese": 0.7,
        "uk": 0.8, "us": 0.6,
    },
    "en": {
        "us": 38, "uk": 36, "swedish": 9, "indian": 3, "arabic": 2, "polish": 2, "latin": 2,
        "german": 1.5, "chinese": 1.5, "finnish": 1, "somali": 1, "persian": 1, "turkish": 1,
        "bcs": 1, "ukrainian": 1, "thai": 0.8, "afghan": 0.5, "eritrean": 0.5, "kurdish": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 10, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
        "persian": 2.5, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5, "afghan": 1.5,
        "ukrainian": 1.5, "indian": 1.5, "german": 1.5, "eritrean": 1, "thai": 1, "latin": 1,
        "chinese": 1,
    },
}  # fmt: skip

# Short forms people are called by, per origin (a name not here has none).
_SV_NICK = {
    "Lars": ["Lasse"], "Mikael": ["Micke"], "Joakim": ["Jocke"], "Karl": ["Kalle"],
    "Per": ["Pelle", "Perra"], "Marcus": ["Mackan"], "Markus": ["Mackan"], "Thomas": ["Tompa"],
    "Robert": ["Robban"], "Fredrik": ["Fredde"], "Kristoffer": ["Kricke"], "Jan": ["Janne"],
    "Hans": ["Hasse"], "Magnus": ["Mange"], "Patrik": ["Patte"], "Christer": ["Crille"],
    "Tobias": ["Tobbe"], "Torbjörn": ["Tobbe"], "Sebastian": ["Sebbe"], "Gustav": ["Gurra", "Gusse"],
    "Bengt": ["Bengan"], "Kenneth": ["Kenta"], "Kent": ["Kenta"], "Niklas": ["Nicke"],
    "Anders": ["Ante"], "Johan": ["Jojje"], "Göran": ["Göte"], "Rickard": ["Ricke"],
    "Stefan": ["Steffe"], "Alexander": ["Alex"], "Jonathan": ["Jonte"], "Bo": ["Bosse"],
    "Elisabeth": ["Lisa", "Bettan"], "Elisabet": ["Bettan"], "Charlotte": ["Lotta"],
    "Susanne": ["Sussie", "Sanna"], "Katarina": ["Kattis", "Kajsa"], "Kristina": ["Stina", "Kicki"],
    "Margareta": ["Maggan"], "Birgitta": ["Gittan", "Bittan"], "Karolina": ["Lina"],
    "Jessica": ["Jessan"], "Matilda": ["Tilda"], "Josefin": ["Jossan"], "Therese": ["Tessan"],
    "Viktoria": ["Vickan"], "Madeleine": ["Maddie"], "Camilla": ["Millan"], "Annika": ["Annie"],
    "Gunilla": ["Gunnis"], "Cecilia": ["Cissi"], "Eva": ["Evi"],
}  # fmt: skip
_EN_NICK = {
    "William": ["Will", "Bill"], "Robert": ["Rob", "Bob"], "Michael": ["Mike"],
    "James": ["Jim", "Jamie"], "Jennifer": ["Jen", "Jenny"], "Elizabeth": ["Liz", "Beth"],
    "Christopher": ["Chris"], "Richard": ["Rich", "Dick"], "Thomas": ["Tom"], "Daniel": ["Dan"],
    "Katherine": ["Kate", "Kathy"], "Catherine": ["Kate", "Cathy"], "Margaret": ["Maggie", "Peggy"],
    "Rebecca": ["Becky"], "Samantha": ["Sam"], "Alexander": ["Alex"], "Anthony": ["Tony"],
    "Joseph": ["Joe"], "Patricia": ["Pat", "Trish"], "Susan": ["Sue"], "Deborah": ["Debbie"],
    "Nicholas": ["Nick"], "Edward": ["Ed", "Ted"], "Benjamin": ["Ben"], "Jonathan": ["Jon"],
    "Matthew": ["Matt"], "Andrew": ["Andy"], "Stephen": ["Steve"], "Steven": ["Steve"],
    "David": ["Dave"], "Victoria": ["Vicky", "Tori"], "Abigail": ["Abbie"],
    "Jacqueline": ["Jackie"], "Kimberly": ["Kim"], "Timothy": ["Tim"], "Peter": ["Pete"],
    "Charles": ["Charlie"], "Gregory": ["Greg"], "Jessica": ["Jess"], "Eleanor": ["Ellie"],
    "Philip": ["Phil"], "Samuel": ["Sam"], "Nicola": ["Nicky"], "Christine": ["Chris"],
    "Kenneth": ["Ken"], "Donald": ["Don"], "Ronald": ["Ron"], "Gerald": ["Gerry"],
}  # fmt: skip
NICKNAMES: dict[str, dict[str, list[str]]] = {
    "swedish": _SV_NICK,
    "us": _EN_NICK,
    "uk": _EN_NICK,
    "finnish": {"Matti": ["Masa"], "Timo": ["Timppa"], "Kari": ["Kake"], "Juha": ["Jussi"], "Päivi": ["Päikki"]},
    "arabic": {"Mohammed": ["Mo", "Hamoudi"], "Abdullah": ["Abdi"], "Mustafa": ["Musse"]},
    "somali": {"Mohamed": ["Mo"], "Abdirahman": ["Abdi"], "Fadumo": ["Fadde"]},
    "polish": {"Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"], "Aleksandra": ["Ola"], "Magdalena": ["Magda"], "Krzysztof": ["Krzysiek"], "Tomasz": ["Tomek"], "Michał": ["Michu"], "Grzegorz": ["Grzesiek"], "Wojciech": ["Wojtek"]},
    "bcs": {"Dragana": ["Gaga"], "Nikola": ["Dzoni"]},
    "ukrainian": {"Oleksandr": ["Sasha"], "Kateryna": ["Katia"], "Volodymyr": ["Volodia"]},
    "latin": {"Francisca": ["Pancha"], "Francisco": ["Pancho"], "José": ["Pepe"]},
}  # fmt: skip
