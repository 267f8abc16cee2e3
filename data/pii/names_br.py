# ruff: noqa: E501
"""Name pools of held-out br (names as the population has them, forty-ninth writer), as Python data.

Every pool is a list in order of how many people carry the name, with a weight per name: 1/rank
where the writer knows only the order (SCB's name statistics for Sweden, the ONS rankings for the
UK, the commonest names of the origins common in Sweden, all written from general knowledge), the
per cent of the US Census 1990 lists (public domain, copied from the `names==0.3.0` package's
`dist.female.first`, `dist.male.first` and `dist.all.last`). Each pool has a head (its commonest
names) and a tail (the rarer ones past them). The names were not checked against any list of the
project and none was left out for being known or unknown.
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
    women: float = 0.5  # the share of women among those of this origin who are named


def _words(text: str) -> tuple[str, ...]:
    """Names from a text of comma-separated names; the first of a repeated name is kept."""
    out: list[str] = []
    for item in text.replace("\n", ",").split(","):
        item = item.strip()
        if item and item not in out:
            out.append(item)
    return tuple(out)


def ranked(text: str, head: int) -> Pool:
    """A pool in rank order, weight 1/rank."""
    names = _words(text)
    return Pool(names, tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names)))


def weighted(rows: tuple[tuple[str, float], ...], head: int) -> Pool:
    names, seen, weights = [], set(), []
    for name, weight in rows:
        if name not in seen:
            seen.add(name)
            names.append(name)
            weights.append(weight)
    return Pool(tuple(names), tuple(weights), head)


def plain(word: str) -> str:
    """A name typed without its letters: `Wiśniewski` as `Wisniewski`, `Hodžić` as `Hodzic`."""
    word = word.replace("ł", "l").replace("Ł", "L").replace("đ", "dj").replace("Đ", "Dj").replace("ı", "i").replace("İ", "I")
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `Kowalski` as `Kowalska`, `Wojcicki` as `Wojcicka`."""
    for end, fem in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(end):
            return surname[: -len(end)] + fem
    return surname


# Sweden: SCB's name statistics, all of the population, in the writer's memory of their order.
SV_F = ranked("""
Maria, Elisabeth, Anna, Kristina, Margareta, Eva, Linnéa, Karin, Birgitta, Marie, Ingrid, Sofia,
Christina, Kerstin, Lena, Helena, Emma, Johanna, Inger, Sara, Cecilia, Elin, Anita, Louise, Ida,
Ulla, Viktoria, Hanna, Susanne, Malin, Jenny, Gunilla, Monica, Ingegerd, Linda, Carina, Ulrika,
Elsa, Matilda, Julia, Astrid, Åsa, Annika, Amanda, Therese, Katarina, Camilla, Ann, Alice, Barbro,
Ebba, Ella, Frida, Ingeborg, Britt, Maja, Caroline, Agneta, Wilma, Siv, Lisa, Gun, Elisabet, Alva,
Karolina, Marianne, Josefin, Jessica, Emelie, Yvonne, Lovisa, Sandra, Klara, Moa, Inga, Charlotte,
Madeleine, Gunnel, Olivia, Isabelle, Irene, Pia, Ellen, Lina, Anneli, Erika, Anette, Ingela,
Emilia, Viola, Elvira, Ellinor, Gabriella, Felicia, Nathalie, Linn, Agnes, Märta, Sofie, Rebecka,
Margit, Anne, Saga, Stina, Ronja, Tilda, Vera, Signe, Greta, Nora, Selma, Tove, Mona, Lisbeth,
Evelina, Hedvig, Maj, Rut, Solveig, Sigrid, Gerd, Ann-Christin, Ann-Marie, Marita, Helen,
Jeanette, Mikaela, Lotta, Petra, Sanna, Fanny, Tindra, Alicia, Lilly, Ines, Tyra, Isabella,
Elsie, Ester, Linnea, Cornelia, Jennie, Sonja, Lilian, Elise, Teresia, Ylva, Mia, Therése,
Maud, Lillemor, Göta, Majvor, Ingalill, Berit, Gunvor, Ulrica, Carin, Catharina, Ewa, Kicki,
Anna-Karin, Ann-Sofie, Ann-Charlotte, Anna-Lena, Eva-Lena, Maj-Britt, Britt-Marie, Ann-Louise,
Inga-Lill, Mari, Marie-Louise, Desirée, Hillevi, Gertrud, Dagny, Edit, Elvy, Ethel, Gudrun,
Harriet, Iris, Judit, Kajsa, Lovis, Magdalena, Meja, Minna, Nellie, Novalie, Othilia, Pernilla,
Rakel, Rosmarie, Sally, Siri, Svea, Thyra, Tuva, Vanja, Vilma, Wera, Yasmine, Zara, Alexandra,
Angelica, Annelie, Beatrice, Benita, Bodil, Charlotta, Dorotea, Eleonora, Elina, Elly, Emmy,
Estelle, Evy, Filippa, Frideborg, Gisela, Hannele, Hilda, Irja, Jenni, Josefine,
Kim, Laila, Leia, Liv, Lova, Lucia, Madelene, Malva, Mathilda, Melina, Mira, Molly, Nadja,
Natalie, Nina, Olga, Paulina, Regina, Sabina, Signhild, Sophie, Stella, Ebba-Lotta,
Susann, Tina, Tora, Valborg, Veronica, Vivi, Vivianne, Wivi, Yvette, Åse, Aina,
Adina, Agda, Alfhild, Alida, Allis, Alma, Amelie, Andrea, Anja, Annie, Antonia, Ariana, Aurora,
Axelina, Birgit, Bianca, Blenda, Britta, Carola, Cilla, Clara, Dagmar, Denise, Edla,
Efva, Eira, Elida, Ellie, Elna, Embla, Emmie, Erica, Essie, Fredrika, Freja, Frideborg,
Gerda, Hedda, Helga, Helmi, Henrietta, Hjördis, Idun, Ina, Ingvor, Irmelin, Isa,
Jasmin, Joline, Jonna, Kaisa, Karla, Katja, Kristin, Lea, Leonora, Lilja, Lisen, Livia, Lo,
Lykke, Margot, Marika, Marit, Matilde, Mimmi, Nanna, Nelly, Nova, Oda,
Philippa, Pella, Rebecca, Rosa, Ruth, Saima, Sanja, Siw, Solbritt, Svanhild,
Tekla, Tilde, Torborg, Tova, Unni, Ursula, Valentina, Viveka, Vendela, Vilhelmina,
Viveca, Wendela, Yrsa, Ylvi, Öllegård,
Adele, Aleksandra, Amalia, Ann-Britt, Ann-Mari, Arja, Bella, Bojana, Carita, Christel, Doris,
Ebba-Maria, Elin-Maria, Elsy, Emelia, Evita, Gunn, Hanne, Heidi, Ingbritt, Inez, Jannike, Jill,
Karolin, Lejla, Liselotte, Lisette, Majken, Maria-Luisa, Mariam, Mette, Nathalia, Nour, Ragnhild,
Sanna-Maria, Sussanne, Tanja, Tiina, Vivan
""", 150)
SV_M = ranked("""
Lars, Karl, Anders, Johan, Per, Erik, Nils, Carl, Mikael, Jan, Hans, Peter, Lennart, Thomas,
Olof, Gunnar, Sven, Fredrik, Daniel, Bengt, Bo, Alexander, Åke, Göran, Magnus, Gustav, Stefan,
Andreas, Martin, Leif, Mats, John, Axel, Johannes, Oskar, Kjell, Ulf, Henrik, Jonas, Christer,
Arne, Stig, Rolf, Björn, Roland, David, Mattias, Tommy, Emil, William, Patrik, Simon, Christian,
Robert, Niklas, Anton, Lucas, Oscar, Sebastian, Filip, Viktor, Hugo, Elias, Rickard, Ingemar,
Joakim, Marcus, Kent, Claes, Kurt, Tomas, Jakob, Håkan, Jonathan, Robin, Adam, Liam, Isak,
Bertil, Kenneth, Jesper, Gösta, Ove, Roger, Dan, Christoffer, Kristoffer, Tobias, Ludvig, Albin,
Hampus, Rasmus, Noah, Oliver, Melvin, Vincent, Theo, Leo, Edvin, Alfred, Arvid, Sixten, Harry,
Gabriel, Max, Felix, Ture, Holger, Evert, Sture, Ingvar, Torsten, Allan, Rune, Conny, Jörgen,
Pontus, Linus, Gustaf, Jimmy, Johnny, Dennis, Kevin, Samuel, Olle, Wilhelm, Walter, Loke, Frank,
Tage, Erling, Sören, Birger, Einar, Egon, Folke, Helge, Hilding, Inge, Jens, Karl-Johan,
Per-Olof, Lars-Erik, Jan-Erik, Carl-Johan, Karl-Erik, Nils-Erik, Bengt-Göran, Mohammed, Ali,
Ahmad, Mohamed, Ibrahim, Omar, Mustafa, Hassan, Yusuf, Fabian, Gottfrid, Hjalmar, Manfred,
Ragnar, Sigvard, Algot, Arnold, Assar, Benny, Bill, Börje, Calle, Dag, Douglas, Eddie, Elof,
Emanuel, Eskil, Filiph, Georg, Gert, Glenn, Halvar, Harald, Hannes, Henning, Herbert, Ivar,
Jacob, Jarl, Joel, Jon, Josef, Julius, Kasper, Knut, Krister, Leon, Lennie, Love, Malte, Melker,
Milo, Morgan, Måns, Nicklas, Niclas, Noel, Ola, Otto, Pierre, Ragnvald, Reine, Ronny,
Sam, Set, Severin, Sigge, Sune, Svante, Tim, Tord, Tor, Torbjörn, Ulrik, Valter, Vidar, Vilgot,
Wiktor, Yngve, Åsmund, Östen, Adrian, Albert, Alvar, Anders-Petter, August, Bror,
Casper, Charlie, Colin, Conrad, Curt, Elis, Elvin, Emrik, Enar, Erland, Esbjörn, Frans, Fritiof,
Gunne, Gusten, Harri, Henry, Herman, Ingolf, Isac, Ivan, Jack, Jamal, Jesse, Jim, Jöns, Kalle,
Karl-Gustav, Kennet, Kim, Kjell-Åke, Lage, Lars-Göran, Lave, Leopold, Lukas, Mauritz, Mio,
Mons, Nathanael, Nicolas, Nore, Odd, Oliwer, Orvar, Osvald, Palle, Peder, Petter, Philip, Rafael,
Reidar, Rikard, Roine, Ruben, Sigurd, Sivert, Staffan, Ted, Teodor, Thor, Thure, Torgny, Truls,
Uno, Valdemar, Verner, Vilhelm, Viking, Wille, Yngvar, Zacharias,
Abbe, Adolf, Agne, Alf, Alvin, Ambjörn, Amir, Anselm, Anton-Carl, Arn, Aron, Artur, Atle, Benjamin,
Bernt, Birk, Björn-Erik, Boris, Boye, Carl-Axel, Carl-Henrik, Cornelius, Dick, Ebbe, Edgar, Edward,
Eilert, Elmer, Emir, Engelbrekt, Evald, Fritz, Gerhard, Gideon, Gillis, Greger, Gunder, Gustaf-Adolf,
Hadar, Hakim, Helmer, Hemming, Holmfrid, Ingmar, Isidor, Jarl-Erik, Joar, Juhani, Justus, Kaj, Kenny,
Kristian, Lars-Olof, Leonard, Levi, Lorentz, Magne, Marco, Matteus, Mattis, Mauritz, Mirza, Nahom,
Natanael, Nikola, Nils-Olof, Ossian, Paul, Pär, Rune-Olof, Sakarias, Samir, Sigfrid, Stellan,
Sten, Sten-Åke, Sverker, Sölve, Tage-Olof, Tony, Torvald, Ulf-Erik, Vide, Vilmer, Yasin, Åke-Olof
""", 150)
SV_S = ranked("""
Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson,
Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson,
Magnusson, Olofsson, Lindström, Lindqvist, Lindgren, Berg, Axelsson, Bergström, Lundberg, Lind,
Lundgren, Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Forsberg, Sjöberg,
Ali, Wallin, Mohammed, Engström, Eklund, Danielsson, Lundin, Håkansson, Björk, Bergman,
Gunnarsson, Holm, Wikström, Samuelsson, Isaksson, Fransson, Bergqvist, Nyström, Holmberg,
Arvidsson, Löfgren, Söderberg, Nyberg, Blomqvist, Claesson, Nordström, Ahmed, Mårtensson,
Lundström, Hassan, Viklund, Björklund, Eliasson, Pålsson, Berggren, Sandström, Lund, Nordin,
Ström, Åberg, Hermansson, Ekström, Holmgren, Sundberg, Hedlund, Dahlberg, Hellström, Sjögren,
Abrahamsson, Falk, Martinsson, Öberg, Andreasson, Strömberg, Månsson, Hansen, Åkesson, Dahl,
Lindholm, Norberg, Holmqvist, Jensen, Sundström, Ek, Blom, Nordqvist, Lindell, Sundqvist,
Hedberg, Nord, Strand, Hedström, Söderström, Lindblom, Engberg, Ekberg, Mohamed, Omar, Abdi,
Hussein, Ibrahim, Nielsen, Kristiansson, Wallén, Ekholm, Nylund, Lundell, Jakobsen, Borg,
Sköld, Forslund, Sjöstedt, Backman, Westberg, Jonasson, Bergkvist, Lindahl, Malm, Törnqvist,
Hedman, Hägglund, Rosén, Ekman, Johnsson, Söderlund, Boström, Wahlström, Åström, Lindvall,
Sundin, Nordlund, Carlsson, Ivarsson, Ottosson, Jacobsson, Thorén, Bäckström, Molin,
Stenberg, Lindkvist, Erlandsson, Sjödin, Grahn, Roos, Berntsson, Oskarsson, Lindén, Holmström,
Almqvist, Sandin, Eklöf, Nyman, Nordberg, Lundmark, Westerlund, Hallberg, Sundell, Öhman,
Åkerlund, Höglund, Johannesson, Augustsson, Ståhl, Lilja, Blomberg, Dahlgren, Strandberg,
Kjellberg, Haglund, Gustavsson, Vesterlund, Wiberg, Ahlström, Lövgren, Edström, Wennberg,
Lindfors, Sundén, Hjalmarsson, Bergh, Engman, Englund, Frisk, Hammar, Hagström, Karlström,
Källström, Lagerström, Marklund, Mörk, Nordén, Palm, Rask, Rydberg, Sjölund, Stålberg, Tapper,
Wikman, Östlund, Abdullahi, Yousef, Khalil, Nguyen, Saleh, Kaya, Yilmaz, Korhonen, Virtanen,
Nowak, Kowalski, Hodžić, Petrović, Rahimi, Mohammadi, Farah, Warsame, Jama, Tesfay, Haile,
von Platen, af Klercker, von Essen, De Geer, Wachtmeister, Bonde, Stenbock, von Rosen,
af Ugglas, Lewenhaupt, von Schantz, Hamilton, Leijonhufvud, Silfverschiöld, Trolle,
af Petersens, von Sydow, Fleetwood, Adlercreutz, Gyllenhammar, von Otter, Ankarcrona,
Ahlin, Alm, Andrén, Aronsson, Barsoum, Bergendahl, Berglöf, Bergsten, Björling, Blixt,
Bohlin, Brandt, Broman, Byström, Carlberg, Dahlin, Ederth, Ekblom, Ekdahl, Enqvist, Fagerlund,
Falkenberg, Flodin, Forsgren, Frid, Fält, Granath, Granlund, Grönlund, Gullberg, Hagberg,
Hedin, Hellberg, Hjort, Holmlund, Hurtig, Isberg, Jernberg, Jonzon, Kihlberg, Kvist, Lagerkvist,
Larsén, Liljegren, Lindbäck, Ljung, Ljungberg, Lundholm, Löfstedt, Melin, Modig, Nordgren,
Norén, Nyqvist, Odén, Pihl, Qvist, Ramberg, Rehn, Ringdahl, Rudberg, Sahlin, Schön, Selin,
Sjölander, Skog, Stenlund, Strömqvist, Svärd, Söderqvist, Tengberg, Thelin, Tidholm, Unger,
Vallin, Wahlberg, Wallgren, Wendel, Westin, Widén, Zetterberg, Zackrisson, Åhlén, Ängström,
Ögren, Östman, Aho, Barsom, Gabriel, Shabo, Yacoub, Isik, Aziz, Jovanović, Kovačević, Öztürk,
Ahlqvist, Bergdahl, Blomgren, Dahlström, Edberg, Ekwall, Engdahl, Forsell, Frost, Gerdin, Hallin,
Hedqvist, Holmén, Jeppsson, Kronberg, Lagerqvist, Lindroth, Lundkvist, Nordling, Näslund, Persson-Berg,
Rosengren, Rönnberg, Sandqvist, Stenström, Strömgren, Sörensen, Thunberg, Wessman, Wängberg
""", 150)

# Hyphenated given names, drawn for about one Swedish person in twenty (in the order the writer
# remembers them by how many carry them); the main lists keep only the single names.
SV_F = ranked(", ".join(n for n in SV_F.names if "-" not in n), 150)
SV_M = ranked(", ".join(n for n in SV_M.names if "-" not in n), 150)
SV_F_HYPHEN = ranked("""
Ann-Christin, Ann-Marie, Anna-Karin, Ann-Sofie, Anna-Lena, Britt-Marie, Eva-Lena, Maj-Britt,
Ann-Charlotte, Marie-Louise, Ann-Louise, Inga-Lill, Lise-Lotte, Anna-Maria, Ann-Kristin,
Eva-Karin, Ann-Mari, Karin-Anna, Ann-Britt, Eva-Marie, Anna-Carin, Mona-Lisa, Lena-Maria,
Ulla-Britt, Anna-Sara, Sara-Maria, Ebba-Lotta, Anna-Clara, Ella-Maria, Lisa-Marie
""", 12)
SV_M_HYPHEN = ranked("""
Karl-Johan, Per-Olof, Lars-Erik, Jan-Erik, Carl-Johan, Karl-Erik, Nils-Erik, Lars-Göran,
Per-Erik, Jan-Olof, Sven-Erik, Lars-Olof, Bengt-Göran, Karl-Gustav, Lars-Åke, Per-Anders,
Jan-Olov, Carl-Axel, Nils-Olof, Sven-Olof, Björn-Erik, Kjell-Åke, Hans-Erik, Per-Åke, Jan-Åke,
Karl-Axel, Anders-Petter, Carl-Henrik, Nils-Gunnar, Erik-Jan
""", 12)

# Short forms as people write them.
NICK_SV = {
    "Lars": ["Lasse"], "Mikael": ["Micke"], "Elisabeth": ["Bettan", "Lisa"], "Joakim": ["Jocke"],
    "Karl": ["Kalle"], "Per": ["Pelle", "Peppe"], "Charlotte": ["Lotta"], "Susanne": ["Sussie"],
    "Marcus": ["Mackan"], "Thomas": ["Tompa"], "Tomas": ["Tompa"], "Kristoffer": ["Krille"],
    "Christoffer": ["Chrille"], "Kristina": ["Kicki", "Stina"], "Christina": ["Tina"],
    "Magnus": ["Mange"], "Fredrik": ["Fredde"], "Robert": ["Robban"], "Patrik": ["Patte"],
    "Daniel": ["Danne"], "Andreas": ["Andy"], "Sebastian": ["Sebbe"], "Jonathan": ["Jonte"],
    "Katarina": ["Kattis"], "Margareta": ["Maggan"], "Birgitta": ["Gittan", "Bittan"],
    "Kenneth": ["Kenta"], "Stefan": ["Steffe"], "Gustav": ["Gurra", "Gösta"], "Alexander": ["Alex"],
    "Oskar": ["Ogge"], "Niklas": ["Nicke"], "Henrik": ["Henke"], "Jan": ["Janne"], "Hans": ["Hasse"],
    "Bengt": ["Bengan"], "Madeleine": ["Madde"], "Matilda": ["Tilda"], "Rebecka": ["Becka"],
    "Cecilia": ["Cissi"], "Josefin": ["Jossan"], "Louise": ["Lollo"], "Camilla": ["Millan"],
    "Annika": ["Anki"], "Helena": ["Lena"], "Johan": ["Jocke"], "Anders": ["Ante"],
    "Christer": ["Kricke"], "Rickard": ["Ricky"], "Roger": ["Roffe"], "Rolf": ["Roffe"],
    "Göran": ["Göran"], "Ingegerd": ["Inga"], "Gunilla": ["Gunnis"], "Jessica": ["Jessie"],
    "Viktoria": ["Vickan"], "Emelie": ["Emmi"], "Gabriella": ["Gabbi"], "Ulrika": ["Ulla"],
}  # fmt: skip
NICK_EN = {
    "Elizabeth": ["Liz", "Beth"], "Robert": ["Rob", "Bob"], "William": ["Will", "Bill"],
    "Michael": ["Mike"], "Christopher": ["Chris"], "Jennifer": ["Jen", "Jenny"],
    "Katherine": ["Kate", "Kath"], "Catherine": ["Cathy", "Kate"], "Richard": ["Rich", "Rick"],
    "James": ["Jim", "Jamie"], "Thomas": ["Tom"], "Daniel": ["Dan"], "Matthew": ["Matt"],
    "Joseph": ["Joe"], "Samuel": ["Sam"], "Benjamin": ["Ben"], "Alexander": ["Alex"],
    "Andrew": ["Andy"], "Anthony": ["Tony"], "Nicholas": ["Nick"], "Jonathan": ["Jon"],
    "Stephen": ["Steve"], "Steven": ["Steve"], "David": ["Dave"], "Edward": ["Ed", "Ted"],
    "Margaret": ["Maggie", "Peggy"], "Patricia": ["Pat", "Trish"], "Rebecca": ["Becky"],
    "Victoria": ["Vicky"], "Samantha": ["Sam"], "Charlotte": ["Charlie"], "Deborah": ["Debbie"],
    "Susan": ["Sue"], "Barbara": ["Barb"], "Kimberly": ["Kim"], "Jessica": ["Jess"],
    "Nicola": ["Nicky"], "Timothy": ["Tim"], "Gregory": ["Greg"], "Jeffrey": ["Jeff"],
    "Kenneth": ["Ken"], "Donald": ["Don"], "Ronald": ["Ron"], "Lawrence": ["Larry"],
    "Gerald": ["Gerry"], "Raymond": ["Ray"], "Douglas": ["Doug"], "Patrick": ["Pat", "Paddy"],
    "Peter": ["Pete"], "Frederick": ["Fred"], "Abigail": ["Abby"], "Amanda": ["Mandy"],
    "Pamela": ["Pam"], "Christine": ["Chris"], "Cynthia": ["Cindy"], "Sandra": ["Sandy"],
    "Frances": ["Fran"], "Virginia": ["Ginny"], "Joshua": ["Josh"], "Zachary": ["Zach"],
    "Nathan": ["Nate"], "Philip": ["Phil"], "Gareth": ["Gaz"], "Oliver": ["Ollie"],
}  # fmt: skip

# The US: the Census 1990 lists, the first 400, 400 and 420 names with their per cent.
US_F = (  # from the Census 1990 list dist.female.first: name, per cent
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
US_M = (  # from the Census 1990 list dist.male.first: name, per cent
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
US_S = (  # from the Census 1990 list dist.all.last: name, per cent
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
    ("Stokes", 0.027), ("Doyle", 0.027), ("Sherman", 0.027),
)  # fmt: skip

# The UK: ONS baby-name rankings over the decades and the commonest surnames, in order.
UK_F = ranked("""
Sarah, Emma, Laura, Rebecca, Emily, Jessica, Charlotte, Hannah, Sophie, Amy, Lauren, Olivia,
Lucy, Chloe, Katie, Rachel, Gemma, Claire, Nicola, Helen, Victoria, Amelia, Samantha, Louise,
Kelly, Jennifer, Elizabeth, Karen, Julie, Susan, Lisa, Michelle, Joanne, Catherine, Jane,
Caroline, Isla, Ava, Grace, Lily, Mia, Ella, Zoe, Hayley, Stacey, Jade, Holly, Megan, Georgia,
Ellie, Poppy, Freya, Evie, Ruby, Florence, Daisy, Alice, Harriet, Abigail, Eleanor, Phoebe,
Imogen, Matilda, Rosie, Millie, Jasmine, Leah, Anna, Natalie, Tracey, Dawn, Deborah, Kirsty,
Fiona, Siobhan, Niamh, Aimee, Bethany, Eloise, Scarlett, Maisie, Erin, Esme, Sienna, Willow,
Elsie, Lottie, Margaret, Patricia, Christine, Alison, Angela, Andrea, Wendy, Jacqueline,
Elaine, Sharon, Debbie, Mandy, Kerry, Leanne, Donna, Vicky, Natasha, Kate, Heather, Jodie,
Danielle, Charlie, Molly, Summer, Maya, Harper, Isabella, Isabelle, Layla, Lola, Amber, Eva,
Aisha, Fatima, Maryam, Zara, Ayesha, Hollie, Becky, Gillian, Lesley, Janet, Carol, Linda,
Pauline, Sandra, Anne, Mary, Joan, Barbara, Dorothy, Jean, Brenda, Sheila, Marion, Beverley,
Rhiannon, Sian, Bethan, Ffion, Carys, Cerys, Megan-Rose, Ciara, Aoife, Orla, Eilidh, Kirsteen,
Morag, Ailsa, Iona, Skye, Freya-Mae, Nadia, Priya, Simran, Harpreet, Gurpreet, Shabana,
Nasreen, Roxanne, Tamsin, Jemima, Clementine, Beatrix, Octavia, Arabella, Cressida, Hermione,
Felicity, Rosalind, Philippa, Verity, Imelda, Bernadette, Geraldine, Maureen, Noreen, Kathleen,
Bridget, Rosemary, Hazel, Ivy, Iris, Mabel, Edith, Ada, Nancy, Betty, Peggy, Sylvia, Valerie,
Yvonne, Maxine, Tina, Toni, Jolene, Chelsea, Shannon, Jordan, Courtney, Paige, Keeley, Kayleigh
""", 130)
UK_M = ranked("""
David, James, John, Michael, Paul, Andrew, Mark, Richard, Daniel, Thomas, Christopher, Matthew,
Robert, Peter, Stephen, Jack, Oliver, Harry, George, William, Joshua, Luke, Ryan, Adam, Benjamin,
Samuel, Joseph, Alexander, Callum, Liam, Connor, Jordan, Lewis, Kieran, Jamie, Ben, Charlie,
Jacob, Noah, Oscar, Henry, Alfie, Archie, Leo, Freddie, Theo, Arthur, Max, Finley, Ethan,
Mohammed, Muhammad, Dylan, Jake, Nathan, Aaron, Scott, Craig, Gareth, Darren, Stuart, Simon,
Neil, Gary, Lee, Wayne, Dean, Carl, Martin, Alan, Graham, Kevin, Ian, Rhys, Owen, Ewan, Reece,
Tom, Sam, Toby, Elliot, Harvey, Louis, Edward, Rory, Hugo, Reuben, Sebastian, Isaac, Jenson,
Arlo, Teddy, Albie, Rowan, Brian, Anthony, Philip, Keith, Barry, Colin, Trevor, Terry, Derek,
Nigel, Malcolm, Clive, Roger, Geoffrey, Kenneth, Raymond, Dennis, Gordon, Douglas, Hamish,
Alistair, Angus, Fraser, Finlay, Ruaridh, Cameron, Declan, Ciaran, Niall, Padraig, Cillian,
Dafydd, Gethin, Iwan, Emyr, Aled, Bryn, Rhodri, Harrison, Mason, Logan, Tyler, Kai, Riley,
Bobby, Frankie, Tommy, Stanley, Albert, Ronnie, Jude, Ezra, Elijah, Hunter, Zain, Ibrahim,
Ali, Yusuf, Imran, Hassan, Amir, Rajesh, Sanjay, Gurdeep, Harjit, Jaswinder, Kwame, Kofi,
Tunde, Olusegun, Chidi, Jerome, Marcus, Dominic, Julian, Jeremy, Rupert, Giles, Piers, Hugh,
Crispin, Barnaby, Quentin, Ralph, Basil, Cyril, Leonard, Harold, Frederick, Ernest, Reginald,
Wesley, Shane, Jason, Glenn, Damian, Russell, Ross, Grant
""", 130)
UK_S = ranked("""
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
Stephens, Blake, Akhtar, Lynch, Goodwin, Barton, Woodward, Thomson, Cunningham, Quinn,
Barnett, Baxter, Bibi, Clayton, Nash, Greenwood, Jennings, Holt, Kemp, Poole, Gallagher, Bond,
Stokes, Tucker, Davidson, Fowler, Heath, Norman, Middleton, Lawson, Banks, French, Stanley,
Jarvis, Gibbs, Ferguson, Hayward, Carroll, Atkins, Pope, Dyer, Hurst, Tomlinson, Fraser,
MacDonald, MacKenzie, Llewellyn, Pryce, Vaughan, Trevelyan, Penhaligon, Fforde, Ashworth,
Ackroyd, Sugden, Haworth, Entwistle, Rhodes, Pickering, Whitworth, Bamford, Bottomley,
Ormerod, Nuttall, Greenhalgh, Ramsbottom, Postlethwaite, Featherstone, Fairweather, Lockwood
""", 150)

ORIGIN_TEXTS = {
    # Finland
    "finnish": ("""Anneli, Tuula, Päivi, Sari, Marjatta, Pirjo, Riitta, Leena, Kaarina, Hannele, Johanna,
        Tiina, Maarit, Minna, Satu, Helena, Aino, Eeva, Liisa, Sirpa, Outi, Kirsi, Merja, Hilkka, Aila""",
        """Juha, Timo, Matti, Kari, Mikko, Jari, Antti, Jukka, Pekka, Markku, Heikki, Mika, Hannu,
        Seppo, Ilkka, Janne, Petri, Tapani, Esa, Veikko, Risto, Sami, Jouni, Kalevi, Eero""",
        """Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen,
        Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen,
        Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen"""),
    # Iraq and Syria, Arabic names with Assyrian/Syriac ones
    "arabic": ("""Fatima, Maryam, Zainab, Noor, Sara, Rana, Hiba, Layla, Amal, Huda, Rasha, Dima, Lina,
        Yasmin, Aya, Rania, Nadia, Hanan, Reem, Shahad, Rima, Ghada, Sana, Samira, Salma, Shamiram, Nahrin""",
        """Mohammed, Ahmed, Ali, Omar, Hassan, Hussein, Mustafa, Khaled, Ibrahim, Yousef, Abdullah,
        Mahmoud, Karim, Tariq, Ammar, Ziad, Samir, Bashar, Firas, Rami, Hamza, Bilal, Ayman, Haider, Ninos, Sargon""",
        """Ali, Mohammed, Ahmed, Hassan, Hussein, Ibrahim, Abdullah, Khalil, Saleh, Al-Hassan, Jasim,
        Kadhim, Abbas, Mahmoud, Haddad, Khoury, Yousef, Saeed, Al-Rubaie, Al-Saadi, Hamad, Aziz, Mansour,
        Nasser, Kassab, Gabriel, Shabo, Yacoub, Barsom, Al-Jabouri"""),
    "somali": ("""Hodan, Fadumo, Amina, Halima, Khadija, Sahra, Hawa, Asha, Ifrah, Ayan, Nimco, Sagal,
        Ubah, Ilhan, Deeqa, Hibo, Filsan, Muna""",
        """Abdi, Mohamed, Ahmed, Abdullahi, Hassan, Ali, Omar, Yusuf, Mahad, Abdirahman, Abdirizak,
        Liban, Guled, Bashir, Farah, Hamza, Mustafe""",
        """Mohamed, Ahmed, Ali, Hassan, Abdi, Omar, Farah, Warsame, Osman, Yusuf, Hussein, Jama,
        Abdullahi, Aden, Nur, Ismail, Egal, Dahir, Hirsi, Duale, Mohamud, Abdirahman"""),
    "polish": ("""Anna, Maria, Katarzyna, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Elżbieta,
        Magdalena, Joanna, Zofia, Monika, Aleksandra, Natalia, Justyna, Beata, Dorota, Karolina, Marta,
        Paulina, Iwona, Jolanta, Agata""",
        """Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Jan, Michał, Marcin, Jakub, Adam, Łukasz,
        Stanisław, Marek, Grzegorz, Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Rafał, Kamil, Maciej,
        Sławomir, Jerzy""",
        """Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński,
        Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Kwiatkowski, Wojciechowski, Krawczyk,
        Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Wróbel"""),
    "persian": ("""Maryam, Fatemeh, Zahra, Leila, Shirin, Parisa, Nasrin, Mahnaz, Azadeh, Roya, Shabnam,
        Niloufar, Golnaz, Mina, Sepideh, Ladan, Farzaneh, Nazanin, Negin, Setareh""",
        """Ali, Reza, Mohammad, Hossein, Mehdi, Amir, Hamid, Saeed, Behrouz, Dariush, Farhad, Kamran,
        Babak, Arash, Kaveh, Omid, Payam, Navid, Hamed, Majid, Siavash""",
        """Mohammadi, Hosseini, Ahmadi, Rezaei, Moradi, Karimi, Jafari, Rahimi, Hashemi, Mousavi,
        Ghorbani, Sadeghi, Rostami, Kazemi, Ebrahimi, Najafi, Asadi, Safari, Zare, Bagheri, Tehrani,
        Shirazi, Amini, Nouri"""),
    # Former Yugoslavia: Bosnian, Serbian, Croatian
    "bcs": ("""Amra, Emina, Jasmina, Selma, Lejla, Azra, Ajla, Mirela, Ana, Marija, Jelena, Ivana,
        Snežana, Dragana, Vesna, Mirjana, Sanela, Alma, Edina, Elma""",
        """Adnan, Amir, Emir, Kenan, Haris, Senad, Mirza, Edin, Nermin, Dragan, Zoran, Goran, Milan,
        Nikola, Marko, Ivan, Dejan, Damir, Almir, Jasmin, Nenad, Stefan""",
        """Hodžić, Hadžić, Begić, Delić, Husić, Mehmedović, Kovačević, Hasanović, Jovanović,
        Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Horvat, Kovačić, Babić, Marić, Jurić,
        Tomić, Mujić, Alić, Ahmetović, Salihović, Osmanović, Popović"""),
    "turkish": ("""Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Meryem, Şerife, Zehra, Sultan, Hülya, Esra,
        Özlem, Derya, Gül, Merve, Büşra, Selin, Ebru, Canan""",
        """Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Osman, Yusuf, Murat, Ömer,
        Ramazan, Halil, Süleyman, Abdullah, Mahmut, Emre, Burak, Serkan, Cem, Kemal, Volkan""",
        """Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan,
        Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Korkmaz, Güneş, Aksoy, Erdoğan"""),
    "kurdish": ("""Rojin, Berfin, Zilan, Hevin, Dilan, Nazdar, Jiyan, Shilan, Avin, Rojda, Berivan, Delal,
        Gulistan, Nasrin""",
        """Rebin, Dilshad, Karwan, Shwan, Azad, Serwan, Hawre, Rizgar, Sherzad, Baran, Kawa, Aram,
        Hemin, Dara, Zana""",
        """Ahmad, Mahmoud, Rashid, Barzani, Hawrami, Amin, Aziz, Kurdi, Rasul, Qadir, Mustafa, Jaf,
        Abdulla, Zebari, Doski, Baban"""),
    # Eritrea and Ethiopia
    "eritrean": ("""Senait, Helen, Hiwet, Luwam, Yordanos, Selam, Rahel, Meron, Tsega, Semhar, Feven, Eden,
        Mebrat, Saba, Winta, Ruth, Nebiat""",
        """Yonas, Daniel, Michael, Tesfaye, Samuel, Habte, Dawit, Amanuel, Yohannes, Kidane, Filmon,
        Biniam, Mussie, Aron, Robel, Berhane, Tekle, Henok""",
        """Tesfay, Kidane, Gebremedhin, Haile, Tekle, Ghebreyesus, Berhe, Woldu, Mehari, Tesfamariam,
        Habte, Gebru, Weldemichael, Andemariam, Asmerom, Yohannes, Abraha, Negash, Kahsay, Ghirmay"""),
    "afghan": ("""Mariam, Fatima, Zahra, Farida, Nazia, Shabana, Parwana, Marzia, Mursal, Hasina, Nilofar,
        Khadija, Sadia, Malalai, Freshta, Roya""",
        """Ahmad, Mohammad, Ali, Hamid, Mustafa, Rahim, Karim, Nasir, Jawad, Sayed, Farid, Wahid, Najib,
        Hamidullah, Rohullah, Zabihullah, Mujtaba, Reza, Hussain""",
        """Ahmadi, Hussaini, Rahimi, Mohammadi, Karimi, Sultani, Amiri, Haidari, Rezai, Noori, Nazari,
        Sadat, Safi, Popal, Stanikzai, Jalali, Akbari, Rasuli, Azizi, Sharifi, Wardak"""),
    "thai": ("""Siriporn, Supaporn, Malee, Somsri, Pranee, Wanida, Kanokwan, Nattaya, Ratana, Sunisa,
        Jintana, Pornthip, Arunee, Duangjai, Ladda, Nongnuch, Kannika, Pimchanok""",
        """Somchai, Somsak, Prasert, Sombat, Chaiwat, Anan, Surachai, Wichai, Niran, Thanakorn, Kittisak""",
        """Saetang, Srisuk, Wongsawat, Chaiyaporn, Sukprasert, Boonmee, Kaewmanee, Rattanakorn,
        Thongchai, Phromma, Jaidee, Sangthong, Inthawong, Somboon, Kongsuk"""),
    # Chile and Latin America: two surnames often
    "latin": ("""María, Carolina, Claudia, Patricia, Daniela, Francisca, Camila, Valentina, Paula, Andrea,
        Javiera, Constanza, Verónica, Marcela, Paola, Gabriela, Ximena, Lorena, Alejandra, Catalina""",
        """José, Juan, Luis, Carlos, Jorge, Manuel, Francisco, Diego, Cristián, Pablo, Sebastián, Felipe,
        Rodrigo, Matías, Patricio, Gonzalo, Andrés, Eduardo, Alejandro, Claudio, Víctor""",
        """González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales,
        Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo,
        Tapia, Reyes, Gutiérrez, Castro, Pizarro, Álvarez, Vásquez, Sánchez, Fernández"""),
    "indian": ("""Priya, Anjali, Pooja, Divya, Sneha, Kavya, Deepa, Lakshmi, Neha, Shreya, Swati,
        Aishwarya, Meera, Ananya, Nisha, Ritu, Sunita, Radha, Shalini, Aarti, Lavanya""",
        """Rahul, Amit, Rajesh, Suresh, Vikram, Arjun, Sanjay, Anil, Ravi, Karthik, Vijay, Srinivas,
        Prakash, Rohit, Arun, Manoj, Venkatesh, Aditya, Sandeep, Nikhil, Harish, Ramesh, Deepak""",
        """Kumar, Sharma, Singh, Patel, Reddy, Gupta, Nair, Iyer, Rao, Agarwal, Menon, Joshi, Verma,
        Krishnan, Pillai, Mehta, Shah, Chatterjee, Banerjee, Mukherjee, Das, Desai, Kulkarni,
        Srinivasan, Naidu, Bhat, Subramanian, Chopra"""),
    "chinese": ("""Wei, Li, Fang, Jing, Xiu, Yan, Ying, Hui, Min, Jie, Lin, Xin, Mei, Yu, Hong, Qing,
        Xinyi, Yuting, Jiahui""",
        """Wei, Jun, Hao, Lei, Jian, Tao, Ming, Yong, Bo, Jie, Peng, Gang, Hui, Chao, Yang, Xiaoming,
        Haoran, Yiming""",
        """Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, Lin,
        He, Gao, Luo, Zheng, Liang"""),
    "ukrainian": ("""Olena, Oksana, Iryna, Nataliia, Tetiana, Svitlana, Yuliia, Olha, Kateryna, Anastasiia,
        Mariia, Viktoriia, Liudmyla, Halyna""",
        """Oleksandr, Serhii, Andrii, Volodymyr, Dmytro, Mykola, Vasyl, Ivan, Yurii, Oleh, Viktor,
        Taras, Bohdan, Maksym""",
        """Melnyk, Shevchenko, Boiko, Kovalenko, Bondarenko, Tkachenko, Kravchenko, Oliinyk,
        Shevchuk, Koval, Polishchuk, Bondar, Tkachuk, Moroz, Marchenko, Lysenko, Rudenko, Savchenko, Petrenko"""),
    # Germany, for the offices there
    "german": ("""Sabine, Susanne, Petra, Claudia, Andrea, Nicole, Stefanie, Julia, Katrin, Anja, Melanie,
        Birgit, Monika, Sandra, Christina, Jana, Lena, Laura""",
        """Thomas, Michael, Andreas, Stefan, Frank, Christian, Markus, Matthias, Jürgen, Tobias, Jan,
        Sebastian, Alexander, Daniel, Uwe, Klaus, Florian, Jörg""",
        """Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann,
        Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun,
        Krüger, Hofmann, Hartmann"""),
}
WOMEN = {"thai": 0.85, "somali": 0.5, "afghan": 0.4}

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_F, SV_M, SV_S),
    "us": Origin(weighted(US_F, 150), weighted(US_M, 150), weighted(US_S, 150)),
    "uk": Origin(UK_F, UK_M, UK_S),
}
for _key, (_f, _m, _s) in ORIGIN_TEXTS.items():
    _head = 12 if len(_words(_s)) > 20 else 10
    ORIGINS[_key] = Origin(ranked(_f, 10), ranked(_m, 10), ranked(_s, _head), WOMEN.get(_key, 0.5))

NICKNAMES = {"swedish": NICK_SV, "us": NICK_EN, "uk": NICK_EN}

# Who is named, per language of the row: roughly how Sweden's population is, and for English rows
# the offices abroad that IT work meets (the US, the UK, India, Germany, Poland).
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 68, "arabic": 5, "finnish": 3.5, "polish": 2.5, "bcs": 2.5, "persian": 2.5,
        "indian": 2, "somali": 1.5, "kurdish": 1.5, "turkish": 1.5, "ukrainian": 1.2, "afghan": 1.2,
        "eritrean": 1, "latin": 1, "chinese": 1, "thai": 0.8, "german": 0.5, "us": 0.5, "uk": 0.5,
    },
    "en": {
        "us": 36, "uk": 30, "indian": 10, "swedish": 8, "german": 3, "chinese": 2.5, "polish": 2,
        "arabic": 2, "latin": 1.5, "finnish": 1, "ukrainian": 1, "turkish": 1, "persian": 0.8, "somali": 0.6,
    },
    "mixed": {
        "swedish": 50, "us": 9, "uk": 9, "indian": 6, "arabic": 4, "finnish": 3, "polish": 3,
        "german": 2, "bcs": 2, "persian": 2, "chinese": 1.5, "ukrainian": 1.5, "turkish": 1.2,
        "kurdish": 1, "somali": 1, "afghan": 1, "eritrean": 1, "latin": 1, "thai": 0.8,
    },
}  # fmt: skip
