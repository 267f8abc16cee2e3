# ruff: noqa: E501
"""Name pools of held-out GR (issue 15), Python data: who carries which name, and how often.

Swedish given names and surnames are written in the order of SCB's name statistics as the writer
knows them (weight 1/rank; the head is the top 150, the tail the rarer names past them). The US
lists are the US Census 1990 files (`dist.female.first`, `dist.male.first`, `dist.all.last`, public
domain, copied from the `names` package), the census per cent as weight, head 150. The UK lists
follow the ONS rankings (1/rank). The other origins are the commonest given names and surnames of
people from countries common in Sweden (1/rank, head 10). Nothing here was checked against rung.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this probability, else its tail


def words(text: str) -> tuple[str, ...]:
    """The names of a comma-separated block, in order."""
    return tuple(w.strip() for w in text.replace("\n", " ").split(",") if w.strip())


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


def ranked(names: tuple[str, ...], head: int) -> Pool:
    """A list in rank order, weighted 1/rank."""
    return Pool(names, tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names)))


def census(rows: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A census list, weighted by its per cent."""
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


_PLAIN = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ı": "i",
        "ß": "ss",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "Ae",
    }
)


def plain(name: str) -> str:
    """A name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`."""
    decomposed = unicodedata.normalize("NFD", name.translate(_PLAIN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for end in ("ski", "cki", "dzki"):
        if surname.endswith(end):
            return surname[:-1] + "a"
    return surname


# --- Sweden (SCB's order, as the writer knows it) ---------------------------------------------

SV_F = words("""
Anna, Eva, Maria, Karin, Sara, Christina, Lena, Emma, Kerstin, Marie, Malin, Ingrid, Hanna, Linda,
Elin, Sofia, Birgitta, Ida, Annika, Susanne, Jenny, Julia, Inger, Johanna, Monica, Ulla, Elisabeth,
Carina, Camilla, Helena, Margareta, Amanda, Gunilla, Åsa, Ebba, Anneli, Maja, Alice, Cecilia,
Linnea, Elsa, Therese, Ella, Moa, Matilda, Agneta, Katarina, Louise, Frida, Wilma, Ann, Emelie,
Marianne, Anita, Ulrika, Caroline, Britt, Erika, Astrid, Josefin, Lisa, Barbro, Jessica, Sandra,
Klara, Siv, Gunnel, Ingela, Yvonne, Agnes, Alva, Saga, Ellen, Olivia, Vera, Stina, Elina, Lina,
Sanna, Petra, Pernilla, Mona, Irene, Viktoria, Jennifer, Felicia, Nathalie, Mikaela, Rebecka,
Tove, Ylva, Madeleine, Ronja, Nellie, Alma, Selma, Tilda, Isabelle, Elvira, Emilia, Hedvig,
Tindra, Freja, Signe, Ester, Lilly, Stella, Gerd, Solveig, Britt-Marie, Ann-Christin, Anna-Karin,
Ann-Marie, Lisbeth, Kristina, Linn, Charlotte, Mia, Sofie, Greta, Iris, Märta, Berit, Gudrun,
Inga, Margit, Lovisa, Josefine, Jeanette, Maud, Eleonor, Jonna, Cornelia, Tuva, Thea, Nora, Liv,
Ines, Lova, Anette, Helen, Marita, Viola, Ingegerd, Lillemor, Karolina, Emilie, Ann-Sofie,
Eva-Lena, Anna-Lena, Marlene, Linnéa, Filippa, Isabella, Gabriella, Jasmine, Mathilda, Hilda,
Edith, Elise, Leah, Juni, Meja, Ellie, My, Majken, Svea, Dagny, Tyra, Asta, Dagmar, Elvy, Gunvor,
Solbritt, Majvor, Ingalill, Gull-Britt, Ulla-Britt, Ann-Louise, Marie-Louise, Anna-Maria,
Eva-Marie, Ann-Charlotte, Lise-Lotte, Britta, Elsie, Gunhild, Ragnhild, Sigrid, Ingeborg, Vivi,
Vivianne, Kajsa, Lotta, Annelie, Susann, Annica, Monika, Carin, Karina, Kristin, Christine,
Catharina, Caisa, Jannike, Gunn, Marit, Evelina, Tina, Tanja, Malou, Mimmi, Molly, Nova, Hilma,
Harriet, Hillevi, Irma, Judit, Kaisa, Laila, Lilian, Lisette, Lotten, Madelene, Magdalena, Marika,
Mariann, Miriam, Nadja, Nina, Paula, Rakel, Rut, Sabina, Sigbritt, Siri, Stefanie, Sylvia,
Teresia, Tora, Vanja, Veronica, Vilma, Wendela, Ewa, Ewy, Inez, Ina, Janina, Jenni, Kim, Lillian,
Lo, Louisa, Lucia, Maj, Maj-Britt, Margot, Marielle, Martina, Melinda, Mira, Natalie, Nicole,
Ninni, Olga, Patricia, Pia, Ragna, Regina, Rigmor, Rosa, Rosita, Selina, Siw, Sonja, Susan,
Thyra, Tilde, Valborg, Vendela, Victoria, Viveka, Vivian, Alexandra, Amelia, Amelie, Ann-Kristin,
Anja, Annie, Antonia, Beatrice, Bella, Bodil, Brita, Charlotta, Clara, Daniela, Denise, Diana,
Doris, Elena, Eleonora, Elinor, Elisa, Emely, Emmy, Evy, Fanny, Gertrud, Gisela, Gull, Hanne,
Hedda, Heidi, Helga, Ingmarie, Isa, Jennie, Jill, Josefina, Julie, Juliana, Kamilla, Katja,
Katrin, Lilja, Lisen, Liselott, Louice, Maj-Lis, Malva, Mariana, Marina, Maya, Melissa, Milla,
Nelly, Nea, Noomi, Petronella, Rebecca, Renée, Sally, Signhild, Sofi, Susanna, Tekla, Tea, Tess,
Theresia, Ulrica, Valentina, Vilja, Wilhelmina, Åse, Ingrid-Marie, Kristel, Eila, Solvig, Gunborg
""")
SV_M = words("""
Lars, Mikael, Anders, Johan, Erik, Per, Peter, Karl, Thomas, Jan, Daniel, Fredrik, Hans, Andreas,
Stefan, Magnus, Mats, Jonas, Marcus, Bengt, Mattias, Alexander, Martin, Oskar, Niklas, Leif,
Björn, Bo, Sven, Nils, Göran, Patrik, Christer, Ulf, Kjell, Viktor, Simon, Emil, Anton, Henrik,
Tommy, Gustav, Filip, Robert, Roger, Rolf, Lucas, Hugo, William, Oliver, Axel, Liam, Elias, Adam,
Olof, Joakim, Christian, Jonathan, Tobias, Sebastian, Ingvar, Rickard, Kent, Roland, Kenneth,
Jakob, Claes, Kurt, Gunnar, Åke, Håkan, Sten, Arne, Stig, Lennart, Rune, Tomas, Robin, Dennis,
Kevin, Isak, Ludvig, Noah, Hampus, Jesper, Linus, Albin, Mohamed, Ali, Samuel, David, Benjamin,
Theo, Leo, Melvin, Edvin, Viggo, Vincent, Felix, Carl, Gösta, Bertil, Tore, Ove, Jörgen, Conny,
Dan, Urban, Kristoffer, Christoffer, Pontus, Max, Oscar, Ahmad, Jimmy, Johnny, Ronny, Torbjörn,
Sune, Sixten, Elliot, Love, Alvin, Vidar, Harry, Nicklas, Mohammad, Karl-Johan, Per-Olof,
Jan-Erik, Lars-Göran, Lars-Erik, Carl-Johan, Nils-Erik, Bror, Birger, Allan, Folke, Gert, Inge,
Ragnar, Valter, Helmer, Holger, Erling, Evert, Einar, Ivar, Harald, Sigurd, Sigvard, Torsten,
Tage, Yngve, Assar, Algot, Elof, Egon, Ebbe, Esbjörn, Fritiof, Gottfrid, Hilding, Hjalmar,
Ingemar, Jarl, Knut, Konrad, Krister, Lage, Leonard, Malte, Mauritz, Melker, Mårten, Olle, Orvar,
Otto, Rasmus, Reinhold, Rikard, Roine, Rudolf, Sigge, Staffan, Sture, Sölve, Teodor, Tord, Torgny,
Ture, Uno, Verner, Vilgot, Wilhelm, Östen, Arvid, August, Alfred, Albert, Alf, Alvar, Arnold,
Artur, Bernt, Börje, Curt, Dag, Douglas, Edward, Egil, Ejnar, Elis, Emanuel, Eric, Fabian,
Ferdinand, Frank, Fred, Georg, Gerhard, Glenn, Gustaf, Göte, Helge, Henning, Herbert, Hilmer,
Ingmar, Isac, Ivan, Jacob, Jens, Jerker, Joel, John, Jon, Josef, Julius, Justus, Kasper, Kim,
Klas, Kristian, Leon, Levi, Lukas, Matteus, Mathias, Maximilian, Milo, Morgan, Måns, Nicolas, Noel,
Odd, Ola, Olav, Peder, Petter, Philip, Pär, Rafael, Reidar, Ronnie, Rutger, Sam, Seth, Sigfrid,
Sivert, Sonny, Stellan, Sven-Erik, Sven-Olof, Thor, Thorsten, Tim, Tony, Tor, Torvald, Ulrik,
Valdemar, Vilhelm, Walter, Wiktor, Eskil, Evald, Gideon, Hannes, Hjalte, Jack, Kenny, Loke,
Ludwig, Matheo, Nathan, Neo, Noa, Ossian, Svante, Theodor, Torleif, Vilmer, Wilmer, Zakarias,
Per-Erik, Jan-Olof, Bengt-Göran, Karl-Erik, Sven-Åke, Lars-Olof, Per-Anders, Carl-Axel, Hans-Erik,
Nils-Olof, Bo-Göran, Lars-Åke, Jan-Åke, Gustav-Adolf, Anders-Petter, Benny, Jöns, Kaj, Kennet, Magne,
Malkolm, Mattis, Natanael, Nikolaj, Osvald, Paul, Pehr, Pierre, Ragnvald, Roy, Sigvald, Sigmund,
Valentin, Yngvar, Aron, Elmer, Emrik, Enok, Frans, Gabriel, Ingolf, Julian, Kristofer, Manne,
Marius, Mio, Herman, Ingvald, Kjell-Åke, Lars-Gunnar, Sten-Åke, Bert, Berndt, Christopher, Edvard,
Fredric, Henry, Jerry, Marcel, Markus, Niclas, Stig-Arne, Torkel, Ville, Tom
""")
SV_S = words("""
Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson,
Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Carlsson,
Petersson, Lindström, Magnusson, Gustavsson, Olofsson, Lindqvist, Lindgren, Axelsson, Berg,
Bergström, Lundberg, Lind, Lundgren, Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg,
Henriksson, Forsberg, Sjöberg, Ali, Wallin, Mohammed, Engström, Eklund, Danielsson, Lundin,
Håkansson, Björk, Bergman, Gunnarsson, Holm, Wikström, Samuelsson, Isaksson, Fransson, Bergqvist,
Nyström, Holmberg, Arvidsson, Löfgren, Söderberg, Nyberg, Blomqvist, Claesson, Nordström, Ahmed,
Mårtensson, Lundström, Hassan, Viklund, Björklund, Eliasson, Pålsson, Berggren, Sandström, Lund,
Nordin, Ström, Åberg, Falk, Ekström, Hermansson, Holmgren, Dahlberg, Hellström, Hedlund, Sundberg,
Sjögren, Ek, Blom, Abrahamsson, Martinsson, Öberg, Andreasson, Strömberg, Månsson, Hansen,
Åkesson, Dahl, Lindholm, Norberg, Holmqvist, Jakobsson, Sundqvist, Mohamed, Jacobsson, Nordberg,
Hussein, Sundström, Lindblom, Söderström, Johnsson, Omar, Nielsen, Ivarsson, Lindahl, Ibrahim,
Engberg, Åström, Dahlgren, Hedberg, Sjöstrand, Ekberg, Jensen, Öhman, Lundell, Sjödin, Högberg,
Bäckström, Nordqvist, Lindell, Hallberg, Nyman, Strand, Lindén, Lindkvist, Borg, Sundin, Rosén,
Lönn, Bergkvist, Lilja, Kvist, Söderlund, Holmström, Ekman, Hägglund, Nordlund, Eklöf,
Westerberg, Lundkvist, Sandgren, Grönberg, Forslund, Hedman, Hellberg, Wennberg, Palm, Thorén,
Aronsson, Nygren, Nyqvist, Ekholm, Ahlström, Edlund, Fors, Malmberg, Bergh, Lindroth, Ottosson,
Stenberg, Backman, Wahlström, Rydberg, Melin, Westin, Björkman, Hedström, Lindh, Wiklund, Engman,
Granath, Lundmark, Nordgren, Strömqvist, Sjölund, Wahlberg, Boström, Åkerlund, Emanuelsson,
Sahlin, Davidsson, Augustsson, Adolfsson, Josefsson, Lindvall, Holmlund, Rask, Hjalmarsson,
Edvardsson, Torstensson, Sjöqvist, Abdi, Yusuf, Khalil, Hosseini, Nguyen, Yilmaz, Nowak, Brandt,
Roos, Skoglund, Fagerström, Söderqvist, Lindmark, Ljungberg, Ljungqvist, Lundholm, Molin, Sandin,
Sundell, Winberg, Zetterberg, Zetterström, Åhlund, Östlund, Öhrn, Ahlberg, Alm, Almqvist, Asplund,
Bergendahl, Blomberg, Bohlin, Broberg, Carlberg, Dahlström, Edström, Ekdahl, Enqvist, Ericsson,
Fransén, Frisk, Grahn, Gren, Hammar, Hedin, Hedqvist, Hultgren, Hultman, Jonasson, Kjellberg,
Klasson, Lagerqvist, Landin, Ljung, Lood, Löfstedt, Malm, Modin, Mörk, Nord, Norén, Nylander,
Nyholm, Pihl, Ragnarsson, Renström, Rosengren, Rydén, Rönnberg, Sandell, Schön, Sjölander, Stark,
Stenlund, Sterner, Strandberg, Svärd, Thulin, Törnqvist, Unger, Vallin, Wahlgren, Wallgren, Wall,
Westman, Wester, Widén, Wikman, Åman, Östberg, Österberg, Berntsson, Bertilsson, Birgersson,
Börjesson, Ceder, Dahlqvist, Einarsson, Ekelund, Ekvall, Elfving, Engdahl, Erlandsson,
Evertsson, Forsgren, Friberg, Göransson, Hagberg, Hallgren, Haraldsson, Helgesson, Holgersson,
Hultqvist, Högström, Ingvarsson, Jeppsson, Karlström, Kjellgren, Knutsson, Lagerström,
Lennartsson, Levin, Lidén, Lindeberg, Lundblad, Mellberg, Nordahl, Norlin, Nyblom, Olausson,
Palmqvist, Paulsson, Rehn, Rosenberg, Rudberg, Sjöblom, Sjöholm, Skog, Steen, Stenström,
Svanberg, Sällström, Thelin, Tillberg, Vikström, Wallén, Wessman, Wigren, Åslund, Öqvist,
von Sydow, af Klercker, De Geer, von Platen, Lewenhaupt, Gyllenstierna, af Ugglas, von Essen,
Wachtmeister, Bonde, Horn, Stiernstedt
""")

# --- United States (US Census 1990, per cent of the population carrying the name) ------------

US_F = (
    ("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.98), ("Elizabeth", 0.937),
    ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794), ("Margaret", 0.768),
    ("Dorothy", 0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667), ("Betty", 0.666),
    ("Helen", 0.663), ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565), ("Ruth", 0.562),
    ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.51), ("Sarah", 0.508), ("Kimberly", 0.504),
    ("Deborah", 0.494), ("Jessica", 0.49), ("Shirley", 0.482), ("Cynthia", 0.469),
    ("Angela", 0.468), ("Melissa", 0.462), ("Brenda", 0.455), ("Amy", 0.451), ("Anna", 0.44),
    ("Rebecca", 0.43), ("Virginia", 0.43), ("Kathleen", 0.424), ("Pamela", 0.416),
    ("Martha", 0.412), ("Debra", 0.408), ("Amanda", 0.404), ("Stephanie", 0.4), ("Carolyn", 0.385),
    ("Christine", 0.382), ("Marie", 0.379), ("Janet", 0.379), ("Catherine", 0.373),
    ("Frances", 0.37), ("Ann", 0.364), ("Joyce", 0.364), ("Diane", 0.359), ("Alice", 0.357),
    ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336), ("Doris", 0.335), ("Gloria", 0.335),
    ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315), ("Mildred", 0.313), ("Katherine", 0.313),
    ("Joan", 0.306), ("Ashley", 0.303), ("Judith", 0.297), ("Rose", 0.296), ("Janice", 0.285),
    ("Kelly", 0.283), ("Nicole", 0.281), ("Judy", 0.276), ("Christina", 0.275), ("Kathy", 0.272),
    ("Theresa", 0.271), ("Beverly", 0.267), ("Denise", 0.264), ("Tammy", 0.259), ("Irene", 0.252),
    ("Jane", 0.25), ("Lori", 0.248), ("Rachel", 0.242), ("Marilyn", 0.241), ("Andrea", 0.236),
    ("Kathryn", 0.234), ("Louise", 0.229), ("Sara", 0.229), ("Anne", 0.228), ("Jacqueline", 0.228),
    ("Wanda", 0.226), ("Bonnie", 0.223), ("Julia", 0.223), ("Ruby", 0.221), ("Lois", 0.22),
    ("Tina", 0.22), ("Phyllis", 0.219), ("Norma", 0.218), ("Paula", 0.217), ("Diana", 0.216),
    ("Annie", 0.216), ("Lillian", 0.211), ("Emily", 0.208), ("Robin", 0.208), ("Peggy", 0.208),
    ("Crystal", 0.207), ("Gladys", 0.205), ("Rita", 0.204), ("Dawn", 0.202), ("Connie", 0.2),
    ("Florence", 0.2), ("Tracy", 0.197), ("Edna", 0.197), ("Tiffany", 0.195), ("Carmen", 0.195),
    ("Rosa", 0.194), ("Cindy", 0.192), ("Grace", 0.189), ("Wendy", 0.185), ("Victoria", 0.18),
    ("Edith", 0.179), ("Kim", 0.178), ("Sherry", 0.178), ("Sylvia", 0.177), ("Josephine", 0.177),
    ("Thelma", 0.175), ("Shannon", 0.175), ("Sheila", 0.175), ("Ethel", 0.174), ("Ellen", 0.173),
    ("Elaine", 0.173), ("Marjorie", 0.173), ("Carrie", 0.171), ("Charlotte", 0.169),
    ("Monica", 0.166), ("Esther", 0.166), ("Pauline", 0.165), ("Emma", 0.165), ("Juanita", 0.164),
    ("Anita", 0.162), ("Rhonda", 0.162), ("Hazel", 0.161), ("Amber", 0.16), ("Eva", 0.159),
    ("Debbie", 0.157), ("April", 0.154), ("Leslie", 0.154), ("Clara", 0.153), ("Lucille", 0.153),
    ("Jamie", 0.153), ("Joanne", 0.15), ("Eleanor", 0.15), ("Valerie", 0.149), ("Danielle", 0.149),
    ("Megan", 0.147), ("Alicia", 0.146), ("Suzanne", 0.145), ("Michele", 0.145), ("Gail", 0.145),
    ("Bertha", 0.143), ("Darlene", 0.142), ("Veronica", 0.142), ("Jill", 0.142), ("Erin", 0.141),
    ("Geraldine", 0.141), ("Lauren", 0.137), ("Cathy", 0.137), ("Joann", 0.136),
    ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135), ("Regina", 0.133), ("Erica", 0.13),
    ("Beatrice", 0.13), ("Dolores", 0.129), ("Bernice", 0.128), ("Audrey", 0.127),
    ("Yvonne", 0.126), ("Annette", 0.125), ("June", 0.125), ("Samantha", 0.124), ("Marion", 0.122),
    ("Dana", 0.122), ("Stacy", 0.121), ("Ana", 0.12), ("Renee", 0.12), ("Ida", 0.118),
    ("Vivian", 0.118), ("Roberta", 0.117), ("Holly", 0.117), ("Brittany", 0.117),
    ("Melanie", 0.116), ("Loretta", 0.115), ("Yolanda", 0.115), ("Jeanette", 0.115),
    ("Laurie", 0.114), ("Katie", 0.113), ("Kristen", 0.111), ("Vanessa", 0.111), ("Alma", 0.111),
    ("Sue", 0.111), ("Elsie", 0.11), ("Beth", 0.11), ("Jeanne", 0.109), ("Vicki", 0.109),
    ("Carla", 0.107), ("Tara", 0.107), ("Rosemary", 0.107), ("Eileen", 0.105), ("Terri", 0.105),
    ("Gertrude", 0.103), ("Lucy", 0.103), ("Tonya", 0.102), ("Ella", 0.101), ("Stacey", 0.101),
    ("Wilma", 0.099), ("Gina", 0.099), ("Kristin", 0.099), ("Jessie", 0.098), ("Natalie", 0.098),
    ("Agnes", 0.098), ("Vera", 0.098), ("Willie", 0.097), ("Charlene", 0.097), ("Bessie", 0.096),
    ("Delores", 0.095), ("Melinda", 0.094), ("Pearl", 0.094), ("Arlene", 0.094), ("Maureen", 0.092),
    ("Colleen", 0.092), ("Allison", 0.092), ("Tamara", 0.092), ("Joy", 0.091), ("Georgia", 0.091),
    ("Constance", 0.091), ("Lillie", 0.09), ("Claudia", 0.09), ("Jackie", 0.09), ("Marcia", 0.09),
    ("Tanya", 0.089), ("Nellie", 0.089), ("Minnie", 0.089), ("Marlene", 0.088), ("Heidi", 0.088),
    ("Glenda", 0.088), ("Lydia", 0.086), ("Viola", 0.086), ("Courtney", 0.086), ("Marian", 0.086),
    ("Stella", 0.085), ("Caroline", 0.085), ("Dora", 0.084), ("Jo", 0.083), ("Vickie", 0.082),
    ("Mattie", 0.081), ("Terry", 0.08), ("Maxine", 0.079), ("Irma", 0.079), ("Mabel", 0.078),
    ("Marsha", 0.078), ("Myrtle", 0.078), ("Lena", 0.077), ("Christy", 0.077), ("Deanna", 0.076),
    ("Patsy", 0.076), ("Hilda", 0.075), ("Gwendolyn", 0.074), ("Jennie", 0.073), ("Nora", 0.073),
    ("Margie", 0.072), ("Nina", 0.072), ("Cassandra", 0.072), ("Leah", 0.072), ("Penny", 0.071),
    ("Kay", 0.071), ("Priscilla", 0.071), ("Naomi", 0.071), ("Carole", 0.071), ("Brandy", 0.07),
    ("Olga", 0.07), ("Billie", 0.069), ("Dianne", 0.069), ("Tracey", 0.069), ("Leona", 0.069),
    ("Jenny", 0.068), ("Felicia", 0.068), ("Sonia", 0.068), ("Miriam", 0.066), ("Velma", 0.066),
    ("Becky", 0.066), ("Bobbie", 0.065), ("Violet", 0.065), ("Kristina", 0.065), ("Toni", 0.064),
    ("Misty", 0.063), ("Mae", 0.063), ("Shelly", 0.062), ("Daisy", 0.062), ("Ramona", 0.062),
    ("Sherri", 0.062), ("Erika", 0.061), ("Katrina", 0.061), ("Claire", 0.061), ("Lindsey", 0.06),
    ("Lindsay", 0.06), ("Geneva", 0.059), ("Guadalupe", 0.059), ("Belinda", 0.059),
    ("Margarita", 0.059), ("Sheryl", 0.059), ("Cora", 0.058), ("Faye", 0.058), ("Ada", 0.057),
    ("Natasha", 0.057), ("Sabrina", 0.057), ("Isabel", 0.057), ("Marguerite", 0.056),
    ("Hattie", 0.056), ("Harriet", 0.056), ("Molly", 0.055), ("Cecilia", 0.055), ("Kristi", 0.055),
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
    ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042), ("Kara", 0.041), ("Jacquelyn", 0.041),
    ("Erma", 0.041), ("Blanca", 0.041), ("Myra", 0.04), ("Leticia", 0.04), ("Pat", 0.04),
    ("Krista", 0.04), ("Roxanne", 0.04), ("Angelica", 0.039), ("Johnnie", 0.039), ("Robyn", 0.039),
    ("Francis", 0.039), ("Adrienne", 0.039), ("Rosalie", 0.039), ("Alexandra", 0.039),
    ("Brooke", 0.039), ("Bethany", 0.039), ("Sadie", 0.039), ("Bernadette", 0.039),
)  # fmt: skip

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
    ("Earnest", 0.031), ("Lucas", 0.031), ("Benny", 0.03), ("Noel", 0.03), ("Spencer", 0.03),
    ("Rodolfo", 0.03), ("Myron", 0.03), ("Edmund", 0.03), ("Garrett", 0.029), ("Salvatore", 0.029),
    ("Cedric", 0.029), ("Lowell", 0.029), ("Gregg", 0.029), ("Sherman", 0.028), ("Wilson", 0.028),
    ("Devin", 0.028), ("Sylvester", 0.028), ("Kim", 0.028), ("Roosevelt", 0.028), ("Israel", 0.028),
    ("Jermaine", 0.028),
)  # fmt: skip

US_S = (
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
    ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084), ("Diaz", 0.084), ("Hayes", 0.083),
    ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082), ("Graham", 0.082), ("Sullivan", 0.081),
    ("Wallace", 0.081), ("Woods", 0.08), ("Cole", 0.08), ("West", 0.08), ("Jordan", 0.078),
    ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077), ("Ellis", 0.077), ("Harrison", 0.076),
    ("Gibson", 0.075), ("McDonald", 0.075), ("Cruz", 0.075), ("Marshall", 0.075), ("Ortiz", 0.075),
    ("Gomez", 0.075), ("Murray", 0.074), ("Freeman", 0.074), ("Wells", 0.073), ("Webb", 0.072),
    ("Simpson", 0.07), ("Stevens", 0.07), ("Tucker", 0.07), ("Porter", 0.069), ("Hunter", 0.069),
    ("Hicks", 0.069), ("Crawford", 0.068), ("Henry", 0.068), ("Boyd", 0.068), ("Mason", 0.068),
    ("Morales", 0.067), ("Kennedy", 0.067), ("Warren", 0.067), ("Dixon", 0.066), ("Ramos", 0.066),
    ("Reyes", 0.066), ("Burns", 0.065), ("Gordon", 0.065), ("Shaw", 0.065), ("Holmes", 0.065),
    ("Rice", 0.064), ("Robertson", 0.064), ("Hunt", 0.063), ("Black", 0.063), ("Daniels", 0.062),
    ("Palmer", 0.062), ("Mills", 0.061), ("Nichols", 0.06), ("Grant", 0.06), ("Knight", 0.06),
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
    ("Wheeler", 0.051), ("Chapman", 0.05), ("Oliver", 0.05), ("Montgomery", 0.049),
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
    ("May", 0.04), ("Terry", 0.04), ("Herrera", 0.04), ("Wade", 0.04), ("Soto", 0.04),
    ("Walters", 0.04), ("Curtis", 0.04), ("Neal", 0.039), ("Caldwell", 0.039), ("Lowe", 0.039),
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
    ("Dennis", 0.031), ("McGee", 0.031), ("Farmer", 0.03), ("Delgado", 0.03), ("Aguilar", 0.03),
    ("Vega", 0.03), ("Glover", 0.03), ("Manning", 0.03), ("Cohen", 0.03), ("Harmon", 0.03),
    ("Rodgers", 0.03), ("Robbins", 0.03), ("Newton", 0.03), ("Todd", 0.03), ("Blair", 0.03),
    ("Higgins", 0.03), ("Ingram", 0.03), ("Reese", 0.03), ("Cannon", 0.03), ("Strickland", 0.03),
    ("Townsend", 0.03), ("Potter", 0.03), ("Goodwin", 0.03), ("Walton", 0.03), ("Rowe", 0.029),
    ("Hampton", 0.029), ("Ortega", 0.029), ("Patton", 0.029), ("Swanson", 0.029), ("Joseph", 0.029),
    ("Francis", 0.029), ("Goodman", 0.029), ("Maldonado", 0.029), ("Yates", 0.029),
    ("Becker", 0.029), ("Erickson", 0.029), ("Hodges", 0.029), ("Rios", 0.029), ("Conner", 0.029),
    ("Adkins", 0.029), ("Webster", 0.028), ("Norman", 0.028), ("Malone", 0.028), ("Hammond", 0.028),
    ("Flowers", 0.028), ("Cobb", 0.028), ("Moody", 0.028), ("Quinn", 0.028), ("Blake", 0.028),
    ("Maxwell", 0.028), ("Pope", 0.028), ("Floyd", 0.027), ("Osborne", 0.027), ("Paul", 0.027),
    ("McCarthy", 0.027), ("Guerrero", 0.027), ("Lindsey", 0.027), ("Estrada", 0.027),
    ("Sandoval", 0.027), ("Gibbs", 0.027), ("Tyler", 0.027), ("Gross", 0.027),
    ("Fitzgerald", 0.027), ("Stokes", 0.027), ("Doyle", 0.027), ("Sherman", 0.027),
    ("Saunders", 0.027), ("Wise", 0.027), ("Colon", 0.027), ("Gill", 0.027), ("Alvarado", 0.027),
    ("Greer", 0.026), ("Padilla", 0.026), ("Simon", 0.026), ("Waters", 0.026), ("Nunez", 0.026),
    ("Ballard", 0.026), ("Schwartz", 0.026), ("McBride", 0.026), ("Houston", 0.026),
    ("Christensen", 0.026), ("Klein", 0.026), ("Pratt", 0.026), ("Briggs", 0.026),
    ("Parsons", 0.026), ("McLaughlin", 0.026), ("Zimmerman", 0.026), ("French", 0.026),
    ("Buchanan", 0.026), ("Moran", 0.026), ("Copeland", 0.025), ("Roy", 0.025), ("Pittman", 0.025),
    ("Brady", 0.025), ("McCormick", 0.025), ("Holloway", 0.025),
)  # fmt: skip

# --- United Kingdom (ONS rankings, 1/rank) ------------------------------------------------------

UK_F = words("""
Olivia, Amelia, Emily, Isla, Ava, Jessica, Sophie, Charlotte, Sarah, Emma, Lucy, Hannah, Laura,
Rebecca, Chloe, Katie, Megan, Elizabeth, Rachel, Jennifer, Claire, Nicola, Helen, Louise, Amy,
Lauren, Samantha, Michelle, Kelly, Lisa, Joanne, Karen, Susan, Julie, Tracey, Deborah, Alison,
Catherine, Jane, Margaret, Patricia, Mary, Anne, Janet, Christine, Elaine, Linda, Carol, Gillian,
Joan, Jean, Barbara, Dorothy, Sheila, Pauline, Valerie, Angela, Wendy, Diane, Sandra, Brenda,
Maureen, Kathleen, Doreen, Jacqueline, Lorraine, Dawn, Donna, Victoria, Natalie, Kirsty, Gemma,
Stacey, Leanne, Danielle, Zoe, Holly, Jade, Georgia, Ellie, Grace, Mia, Poppy, Evie, Ella, Freya,
Lily, Isabella, Sophia, Ivy, Florence, Willow, Rosie, Phoebe, Matilda, Daisy, Alice, Millie,
Scarlett, Harriet, Eleanor, Abigail, Bethany, Caitlin, Alicia, Naomi, Jasmine, Fiona, Heather,
Joanna, Kerry, Caroline, Rachael, Hayley, Sian, Rhian, Ffion, Eilidh, Kirsten, Siobhan, Aisha,
Fatima, Zara, Amira, Maryam, Priya, Anna, Ruth, Esther, Beth, Catriona, Morag, Moira, Iris, Edith,
Ethel, Mabel, Elsie, Hilda, Winifred, Gladys, Vera, Irene, Muriel, Marjorie, Joyce, Betty, Audrey,
Eileen, Sylvia, Beryl, Shirley, Rita, Hazel, Jill, Judith, Lesley, Marion, Carole, Yvonne,
Frances, Rosemary, Penelope, Philippa, Imogen, Tamsin, Jemima, Lydia, Martha, Sienna, Maisie,
Aria, Luna, Layla, Orla, Nancy, Esme, Thea, Erin, Niamh, Aoife, Ciara, Tegan, Carys, Cerys,
Bronwen, Lowri, Nia, Gwen, Heidi, Leah, Molly, Amber, Eve, Summer, Lacey, Courtney, Paige, Abbie,
Demi, Shannon, Charlene, Sharon, Tina, Toni, Kim, Jackie, Mandy, Sally, Gail, Bernadette, Agnes,
Isobel, Kathryn, Harriet-Rose, Mairead, Una, Gráinne
""")
UK_M = words("""
Oliver, George, Harry, Noah, Jack, Leo, Arthur, Muhammad, Oscar, Charlie, Jacob, Thomas, James,
William, Daniel, Joshua, Samuel, Benjamin, Matthew, Luke, David, John, Michael, Paul, Andrew,
Mark, Richard, Stephen, Robert, Peter, Christopher, Simon, Ian, Gary, Steven, Neil, Martin,
Graham, Kevin, Anthony, Lee, Craig, Darren, Jason, Wayne, Stuart, Scott, Ryan, Adam, Liam, Jamie,
Callum, Lewis, Connor, Jordan, Kieran, Nathan, Alexander, Edward, Henry, Alfie, Freddie, Archie,
Theo, Finley, Max, Ethan, Isaac, Logan, Harrison, Dylan, Toby, Reuben, Tommy, Albert, Frederick,
Alfred, Ernest, Harold, Walter, Frank, Stanley, Leonard, Kenneth, Ronald, Dennis, Roy, Derek,
Brian, Keith, Colin, Barry, Trevor, Terence, Malcolm, Roger, Geoffrey, Raymond, Norman, Alan,
Philip, Nigel, Julian, Clive, Adrian, Timothy, Jeremy, Rupert, Hugo, Giles, Dominic, Patrick,
Sean, Declan, Ciaran, Rhys, Owen, Gareth, Dafydd, Iwan, Huw, Gethin, Euan, Fraser, Angus, Hamish,
Alistair, Ross, Cameron, Kyle, Aaron, Jake, Bradley, Ben, Joe, Sam, Tom, Dan, Josh, Ashley, Dean,
Carl, Shaun, Karl, Gavin, Russell, Dale, Elliot, Reece, Tyler, Bailey, Mason, Jayden, Riley,
Zachary, Sebastian, Rory, Louis, Jude, Elijah, Ezra, Rowan, Felix, Finn, Seth, Caleb, Mohammed,
Ahmed, Ali, Omar, Hassan, Bilal, Imran, Raj, Sanjay, Amir, Hamza, Yusuf, Ibrahim, Kian, Rohan,
Cormac, Padraig, Eoin, Oisin, Lachlan, Murray, Duncan, Gregor, Ewan, Aled, Emyr, Rhodri, Cledwyn,
Bernard, Cyril, Herbert, Wilfred, Percy, Cecil, Lionel, Reginald, Gordon, Douglas, Donald
""")
UK_S = words("""
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
Gregory, Carr, Lowe, Page, Marsh, Riley, Dunn, Woods, Parsons, Berry, Stone, Reid, Holland,
Hawkins, Harding, Porter, Robertson, Newton, Oliver, Reed, Kennedy, Williamson, Bird, Gardner,
Shah, Dean, Lane, Cooke, Bates, Henderson, Parry, Burgess, Bishop, Walton, Burns, Nicholson,
Shepherd, Ross, Cross, Long, Freeman, Warren, Nicholls, Hamilton, Byrne, Sutton, McDonald, Yates,
Hodgson, Robson, Curtis, Hopkins, O'Connor, Harper, Coleman, Watkins, Moss, McCarthy, Chambers,
O'Neill, Griffin, Sharp, Hardy, Wheeler, Potter, Osborne, Johnston, Gordon, Doyle, Wallace,
George, Jordan, Hutchinson, Rowe, Burke, May, Pritchard, Gilbert, Willis, Higgins, Read, Miles,
Stevenson, Stephenson, Hammond, Arnold, Buckley, Walters, Hewitt, Barber, Nelson, Slater, Austin,
Sullivan, Whitehead, Mann, Frost, Lambert, Stephens, Blake, Akhtar, Lynch, Goodwin, Barton,
Woodward, Thomson, Cunningham, Quinn, Barnett, Baxter, Bibi, Clayton, Nash, Greenwood, Jennings,
Holt, Kemp, Poole, Gallagher, Bond, Stokes, Tucker, Davidson, Fowler, Heath, Norman, Middleton,
Lawson, Banks, French, Stanley, Jarvis, Gibbs, Ferguson, Hayward, Carroll, Farrell, Houghton,
Llewellyn, Pryce, Vaughan, MacLeod, MacKenzie, Fairbairn, Ashworth, Cartwright, Pickering
""")

# --- Origins common in Sweden (their commonest names, 1/rank, head 10) -------------------------

FI_F = words(
    "Marja, Tuula, Anja, Pirjo, Leena, Sirpa, Ritva, Kaarina, Päivi, Riitta, Tarja, Seija, Raija, Hannele, Marjatta, Sari, Satu, Tiina, Kirsi, Minna, Aino, Sanna, Hilkka, Aila, Terttu, Irmeli, Outi, Eija, Merja, Anneli"
)
FI_M = words(
    "Juha, Jari, Kari, Timo, Matti, Pekka, Mikko, Markku, Jukka, Antti, Heikki, Seppo, Hannu, Esa, Ari, Kalevi, Tapio, Veikko, Pentti, Raimo, Jouko, Arto, Petri, Jarmo, Ilkka, Tuomas, Janne, Vesa, Erkki, Olavi"
)
FI_S = words(
    "Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen, Hietala, Kallio, Peltonen, Koivisto, Leinonen"
)
# Iraq, Syria, Lebanon, Palestine; Assyrian/Syriac names among them (Ninve, Sargon, Shamoun, Barsoum).
AR_F = words(
    "Fatima, Maryam, Zainab, Noor, Sara, Amal, Hanan, Rania, Layla, Aya, Huda, Samira, Nadia, Rana, Lina, Yasmin, Shaima, Dalia, Rasha, Ghada, Ninve, Shamiram, Nahrin, Souad, Hiba, Ruqaya, Israa, Marwa"
)
AR_M = words(
    "Mohammed, Ahmed, Ali, Mohamad, Hassan, Omar, Hussein, Khaled, Mustafa, Ibrahim, Youssef, Karim, Abdullah, Mahmoud, Samir, Rami, Ammar, Bashar, Hamza, Ziad, Walid, Tarek, Sargon, Ninos, Gabriel, Aday, Ashur, Afram, Yakob, Fadi"
)
AR_S = words(
    "Ali, Mohammed, Ahmed, Hassan, Hussein, Ibrahim, Abdullah, Saleh, Khalil, Haddad, Jaber, Mansour, Younes, Al-Hashimi, Al-Saadi, Al-Obaidi, Abbas, Kareem, Jasim, Hamdan, Nasser, Darwish, Shamoun, Barsoum, Saliba, Malke, Yakoub, Lahdo, Danho, Gewargis, Chamoun, Khoshaba, Aho, Ishak"
)
SO_F = words(
    "Fadumo, Hodan, Amina, Asha, Faduma, Sahra, Hawa, Ifrah, Nasra, Hibo, Deeqa, Sagal, Ubah, Ayan, Hamdi, Ladan, Khadra, Idil, Filsan, Muna, Sucaad, Nimco"
)
SO_M = words(
    "Abdi, Mohamed, Ahmed, Abdirahman, Abdullahi, Hassan, Ali, Omar, Yusuf, Ismail, Abdikarim, Mahad, Liban, Farah, Guled, Abdiaziz, Said, Osman, Abdirizak, Hamza, Mukhtar, Bashir"
)
SO_S = words(
    "Mohamed, Ahmed, Abdi, Hassan, Ali, Omar, Abdullahi, Ismail, Yusuf, Farah, Hussein, Osman, Nur, Aden, Warsame, Jama, Egal, Hirsi, Dahir, Mohamud, Abdulle, Elmi, Guled, Isse, Samatar, Mohamoud"
)
PL_F = words(
    "Anna, Katarzyna, Maria, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Magdalena, Elżbieta, Joanna, Aleksandra, Monika, Zofia, Teresa, Danuta, Natalia, Karolina, Marta, Beata, Dorota, Justyna, Paulina, Iwona, Grażyna"
)
PL_M = words(
    "Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Jan, Michał, Marcin, Stanisław, Jakub, Adam, Marek, Łukasz, Grzegorz, Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Jerzy, Kamil, Rafał, Robert, Przemysław, Sławomir"
)
PL_S = words(
    "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Kwiatkowski, Wojciechowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Wróbel, Majewski, Olszewski, Stępień, Malinowski, Jaworski, Adamczyk, Dudek, Nowicki, Pawlak, Górski, Witkowski, Sadowski, Zawadzki, Czarnecki, Wysocki, Sokołowski, Sikorski"
)
FA_F = words(
    "Maryam, Fatemeh, Zahra, Nasrin, Parisa, Shirin, Mahnaz, Leila, Azadeh, Mina, Sara, Roya, Neda, Shadi, Niloufar, Farnaz, Golnaz, Mahsa, Sepideh, Elham, Fereshteh, Ladan, Yasaman, Mitra"
)
FA_M = words(
    "Ali, Mohammad, Reza, Hossein, Mehdi, Amir, Hamid, Saeed, Behrouz, Babak, Kourosh, Dariush, Farhad, Arash, Omid, Majid, Bijan, Kamran, Nima, Pouya, Shahram, Mehrdad, Siavash, Payam"
)
FA_S = words(
    "Mohammadi, Hosseini, Ahmadi, Rezaei, Moradi, Karimi, Jafari, Rahimi, Hashemi, Mousavi, Sadeghi, Ghorbani, Najafi, Kazemi, Shirazi, Tehrani, Rostami, Farahani, Ebrahimi, Bagheri, Nouri, Safavi, Kamali, Abbasi, Azizi"
)
BCS_F = words(
    "Amra, Emina, Ana, Jelena, Marija, Mirsada, Senada, Azra, Alma, Lejla, Amela, Snežana, Dragana, Selma, Vesna, Mersiha, Ivana, Nermina, Edina, Aida, Maja, Sanja, Jasmina, Merima"
)
BCS_M = words(
    "Amir, Emir, Edin, Mirza, Adnan, Dragan, Goran, Zoran, Nenad, Senad, Admir, Haris, Jasmin, Dino, Elvis, Nermin, Samir, Ivan, Marko, Milan, Stefan, Nikola, Dejan, Mirsad, Damir, Kenan"
)
BCS_S = words(
    "Hodžić, Hadžić, Begić, Delić, Kovačević, Mehmedović, Salihović, Hasanović, Ibrahimović, Jovanović, Petrović, Nikolić, Marković, Đorđević, Horvat, Kovačić, Babić, Marić, Jurić, Knežević, Popović, Stojanović, Husić, Omerović, Mujić, Alić, Hamzić, Muratović, Selimović, Halilović, Ilić"
)
TR_F = words(
    "Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Meryem, Şerife, Zehra, Sultan, Hanife, Merve, Özlem, Yasemin, Esra, Büşra, Derya, Gül, Songül, Aylin, Sevgi, Dilek, Hülya, Nur"
)
TR_M = words(
    "Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Osman, Yusuf, Murat, Ömer, Ramazan, Halil, Süleyman, Abdullah, Mahmut, Recep, Emre, Burak, Kemal, Serkan, Cem, Fatih"
)
TR_S = words(
    "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Korkmaz, Karakaya, Erdoğan, Aktaş, Güneş, Akgül, Bulut"
)
# Eritrea: the surname is the father's given name.
ER_F = words(
    "Freweini, Yodit, Saba, Tsega, Mebrat, Hiwet, Aster, Semhar, Luwam, Winta, Rahel, Ruta, Segen, Milen, Feven, Tirhas, Elsa, Akberet, Abeba, Meron"
)
ER_M = words(
    "Yonas, Daniel, Samuel, Mehari, Tesfay, Yohannes, Michael, Dawit, Robel, Filmon, Habtom, Kidane, Tekle, Berhane, Amanuel, Merhawi, Abraham, Isaias, Henok, Natnael, Simon, Ermias, Senay, Biniam"
)
ER_S = words(
    "Tesfay, Gebremedhin, Tekle, Haile, Berhane, Gebre, Kidane, Habte, Mehari, Yohannes, Tesfamariam, Ghebremichael, Woldu, Andemariam, Asmerom, Negassi, Okbazghi, Ghirmay, Zerai, Abraha, Measho, Hagos, Teklemariam, Araya"
)
AF_F = words(
    "Mariam, Fatima, Zahra, Shabnam, Farzana, Roya, Nilofar, Soraya, Freshta, Parwana, Mursal, Mahbooba, Laila, Zarghona, Khadija, Shakila, Nasrin, Sima, Marzia, Madina"
)
AF_M = words(
    "Mohammad, Ahmad, Ali, Hamid, Mustafa, Reza, Jawad, Sayed, Hussain, Nasir, Farid, Habib, Rahim, Karim, Wahid, Omid, Sohrab, Jamshid, Naweed, Zabihullah, Rahmatullah, Mujtaba, Murtaza, Hakim, Massoud"
)
AF_S = words(
    "Ahmadi, Hosseini, Mohammadi, Rezaei, Rahimi, Sultani, Jafari, Noori, Karimi, Hashimi, Sadat, Amiri, Haidari, Popal, Stanikzai, Ahmadzai, Wardak, Safi, Mohmand, Rahmani, Azizi, Akbari, Nazari, Sharifi, Qaderi"
)
TH_F = words(
    "Siriporn, Sunisa, Wanida, Kanokwan, Nittaya, Pranee, Somsri, Supaporn, Jintana, Malai, Ratchanee, Porntip, Duangjai, Chanida, Kannika, Sasithorn, Thanyarat, Naree, Lamai, Ampai"
)
TH_M = words(
    "Somchai, Somsak, Prasert, Wichai, Anan, Surachai, Chaiwat, Somboon, Sombat, Thanawat, Kittisak, Narong, Boonmee, Nattapong, Pongsak, Sakda, Winai, Arthit, Chatchai, Kritsada"
)
TH_S = words(
    "Saetang, Saelim, Saeheng, Srisuk, Wongsawat, Sukjai, Boonyarat, Chaiyasit, Thongdee, Phromma, Kaewkla, Suwannarat, Rattanakorn, Jantarasri, Sriwong, Intarasuk, Panyawong, Prasertsuk, Kaewmanee, Sukprasert"
)
# Chile above all, and Latin America; two surnames (paterno, materno) for most.
LA_F = words(
    "María, Carolina, Claudia, Paola, Daniela, Francisca, Javiera, Camila, Valentina, Patricia, Verónica, Andrea, Marcela, Gabriela, Catalina, Constanza, Alejandra, Lorena, Ximena, Carmen"
)
LA_M = words(
    "José, Juan, Luis, Carlos, Jorge, Patricio, Cristián, Rodrigo, Francisco, Felipe, Sebastián, Matías, Diego, Pablo, Manuel, Héctor, Sergio, Ricardo, Gonzalo, Mauricio, Claudio, Víctor"
)
LA_S = words(
    "González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo, Ramírez, Reyes, Gutiérrez, Castro, Vargas, Álvarez, Vásquez, Tapia, Fernández"
)
KU_F = words(
    "Berfin, Rojda, Dilan, Zozan, Ronahi, Nazdar, Shilan, Avin, Hevin, Bahar, Jiyan, Nishtiman, Gulistan, Shirin, Roza, Evin, Rezan, Kajal, Viyan, Sozdar"
)
KU_M = words(
    "Azad, Rebwar, Karwan, Dilshad, Kawa, Baran, Rojhat, Serhat, Shwan, Ako, Hemin, Soran, Hawre, Zana, Bakhtiar, Rizgar, Aram, Dara, Sherzad, Kamaran, Heval"
)
KU_S = words(
    "Aziz, Rashid, Faraj, Qadir, Mustafa, Hama, Salih, Othman, Omer, Tahir, Zangana, Jaf, Doski, Ismail, Bakr, Hussein, Sharif, Amin, Karim, Mahmoud, Tas, Yildiz"
)
UA_F = words(
    "Olena, Oksana, Nataliia, Tetiana, Iryna, Yuliia, Svitlana, Olha, Kateryna, Anastasiia, Mariia, Viktoriia, Halyna, Liudmyla, Alina, Daria, Sofiia, Inna, Larysa, Valentyna"
)
UA_M = words(
    "Oleksandr, Andrii, Serhii, Volodymyr, Dmytro, Mykola, Yurii, Oleh, Vasyl, Ivan, Maksym, Viktor, Ihor, Taras, Bohdan, Artem, Vitalii, Roman, Pavlo, Denys"
)
UA_S = words(
    "Melnyk, Shevchenko, Boiko, Kovalenko, Bondarenko, Tkachenko, Kovalchuk, Kravchenko, Oliinyk, Shevchuk, Koval, Polishchuk, Bondar, Tkachuk, Moroz, Marchenko, Lysenko, Rudenko, Savchenko, Petrenko, Klymenko, Pavlenko, Kravchuk, Kuzmenko, Ponomarenko"
)
IN_F = words(
    "Priya, Anjali, Pooja, Neha, Divya, Sneha, Kavya, Deepika, Swati, Shreya, Ananya, Lakshmi, Meera, Aishwarya, Sunita, Ritu, Nisha, Kavitha, Harpreet, Simran"
)
IN_M = words(
    "Rahul, Amit, Rajesh, Vikram, Arjun, Suresh, Sanjay, Rohit, Ankit, Karthik, Vijay, Arun, Pradeep, Naveen, Siddharth, Manoj, Ravi, Gaurav, Gurpreet, Abhishek"
)
IN_S = words(
    "Sharma, Patel, Singh, Kumar, Gupta, Reddy, Nair, Iyer, Rao, Shah, Mehta, Joshi, Desai, Agarwal, Verma, Chopra, Kapoor, Menon, Pillai, Krishnan, Banerjee, Mukherjee, Das, Chatterjee, Kaur"
)
DE_F = words(
    "Ursula, Monika, Petra, Sabine, Claudia, Susanne, Andrea, Birgit, Katrin, Stefanie, Julia, Anja, Nicole, Christine, Heike, Martina, Gabriele, Karin, Anke, Lena"
)
DE_M = words(
    "Thomas, Michael, Andreas, Stefan, Frank, Markus, Jürgen, Klaus, Uwe, Wolfgang, Matthias, Christian, Jörg, Dirk, Tobias, Florian, Sebastian, Jens, Ralf, Holger"
)
DE_S = words(
    "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, Hofmann, Hartmann, Lange"
)


def _three(f: tuple[str, ...], m: tuple[str, ...], s: tuple[str, ...], head: int = 10) -> Origin:
    return Origin(ranked(f, head), ranked(m, head), ranked(s, head))


ORIGINS: dict[str, Origin] = {
    "swedish": _three(SV_F, SV_M, SV_S, 150),
    "us": Origin(census(US_F), census(US_M), census(US_S)),
    "uk": Origin(ranked(UK_F, 130), ranked(UK_M, 130), ranked(UK_S, 150)),
    "finnish": _three(FI_F, FI_M, FI_S),
    "arabic": _three(AR_F, AR_M, AR_S),
    "somali": _three(SO_F, SO_M, SO_S),
    "polish": _three(PL_F, PL_M, PL_S),
    "persian": _three(FA_F, FA_M, FA_S),
    "bcs": _three(BCS_F, BCS_M, BCS_S),
    "turkish": _three(TR_F, TR_M, TR_S),
    "eritrean": _three(ER_F, ER_M, ER_S),
    "afghan": _three(AF_F, AF_M, AF_S),
    "thai": _three(TH_F, TH_M, TH_S),
    "latin": _three(LA_F, LA_M, LA_S),
    "kurdish": _three(KU_F, KU_M, KU_S),
    "ukrainian": _three(UA_F, UA_M, UA_S),
    "indian": _three(IN_F, IN_M, IN_S),
    "german": _three(DE_F, DE_M, DE_S),
}

# Who is named, per language of the text: roughly as Sweden's population is in Swedish text, the
# US and the UK in English text, Swedish colleagues and UK/US partners in mixed text.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6.5, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "afghan": 1.6, "turkish": 1.5, "kurdish": 1.5, "eritrean": 1.3, "german": 1.2,
        "ukrainian": 1.2, "thai": 1, "latin": 1, "indian": 1, "uk": 0.8, "us": 0.6,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 9, "indian": 3, "arabic": 2, "polish": 2, "latin": 2,
        "german": 1.5, "finnish": 1, "somali": 1, "persian": 1, "turkish": 1, "ukrainian": 1,
        "thai": 0.6, "bcs": 0.6, "afghan": 0.5, "eritrean": 0.5, "kurdish": 0.4,
    },
    "mixed": {
        "swedish": 52, "uk": 10, "us": 10, "arabic": 5, "finnish": 3, "polish": 3, "persian": 2.5,
        "bcs": 2.5, "somali": 1.5, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5, "german": 1.5,
        "indian": 1.5, "ukrainian": 1.2, "eritrean": 1, "thai": 1, "latin": 1,
    },
}  # fmt: skip

# Short forms people go by; a text written in chat or among colleagues uses them.
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": {
        "Lars": ("Lasse",), "Mikael": ("Micke",), "Joakim": ("Jocke",), "Karl": ("Kalle",),
        "Per": ("Pelle", "Perra"), "Charlotte": ("Lotta",), "Susanne": ("Sussie", "Sussi"),
        "Marcus": ("Mackan",), "Thomas": ("Tompa",), "Magnus": ("Mange",), "Fredrik": ("Fredde",),
        "Jonas": ("Jonte",), "Kristoffer": ("Krille",), "Christoffer": ("Chrille",),
        "Elisabeth": ("Lisa", "Lisbeth"), "Katarina": ("Kattis",), "Christina": ("Kicki", "Stina"),
        "Kristina": ("Kicki", "Stina"), "Margareta": ("Maggan",), "Birgitta": ("Bittan", "Gittan"),
        "Gustav": ("Gurra", "Gustav"), "Robert": ("Robban",), "Patrik": ("Patte",),
        "Niklas": ("Nicke",), "Daniel": ("Danne",), "Hans": ("Hasse",), "Jan": ("Janne",),
        "Madeleine": ("Madde",), "Rebecka": ("Becka",), "Viktoria": ("Vickan",),
        "Josefin": ("Jossan",), "Josefine": ("Jossan",), "Alexander": ("Alex",),
        "Sebastian": ("Sebbe",), "Tobias": ("Tobbe",), "Mattias": ("Matte",), "Annika": ("Anki",),
        "Johanna": ("Jojo",), "Christer": ("Kicken",), "Kenneth": ("Kenta",), "Torbjörn": ("Tobbe",),
        "Åke": ("Åke",), "Benjamin": ("Benke",), "Ingrid": ("Ingi",), "Gunilla": ("Gunnis",),
        "Louise": ("Lollo",), "Caroline": ("Caro",), "Elin": ("Ella",), "Ulrika": ("Ullis",),
        "Peter": ("Pelle", "Peppe"), "Stefan": ("Steffe",), "Henrik": ("Henke",),
        "Andreas": ("Andy",), "Jesper": ("Jeppe",), "Sven": ("Svenne",), "Björn": ("Nalle",),
        "Göran": ("Göte",), "Leif": ("Leffe",), "Rolf": ("Roffe",), "Olof": ("Olle",),
        "Anders": ("Ante",), "Erik": ("Erre",), "Mohamed": ("Mo",), "Mohammad": ("Mo",),
    },
    "us": {
        "William": ("Bill", "Will"), "Robert": ("Bob", "Rob"), "Richard": ("Rick", "Dick"),
        "James": ("Jim", "Jimmy"), "Michael": ("Mike",), "Elizabeth": ("Liz", "Beth"),
        "Jennifer": ("Jen", "Jenny"), "Katherine": ("Kate", "Kathy"), "Patricia": ("Pat", "Patty"),
        "Thomas": ("Tom",), "Christopher": ("Chris",), "Joseph": ("Joe",), "Daniel": ("Dan",),
        "Margaret": ("Peggy", "Maggie"), "Deborah": ("Deb", "Debbie"), "Susan": ("Sue",),
        "Kimberly": ("Kim",), "Anthony": ("Tony",), "Edward": ("Ed", "Ted"), "Steven": ("Steve",),
        "Matthew": ("Matt",), "Nicholas": ("Nick",), "Samantha": ("Sam",), "Rebecca": ("Becky",),
        "Jessica": ("Jess",), "Timothy": ("Tim",), "Kenneth": ("Ken",), "Donald": ("Don",),
        "Ronald": ("Ron",), "Gregory": ("Greg",), "Christine": ("Chris",), "Victoria": ("Vicky",),
    },
    "uk": {
        "William": ("Will", "Bill"), "Robert": ("Rob", "Bob"), "Elizabeth": ("Liz", "Lizzie", "Beth"),
        "Thomas": ("Tom",), "Michael": ("Mike", "Mick"), "Christopher": ("Chris",),
        "Samuel": ("Sam",), "Joshua": ("Josh",), "Daniel": ("Dan", "Danny"), "Matthew": ("Matt",),
        "Benjamin": ("Ben",), "Alexander": ("Alex", "Sandy"), "Edward": ("Ed", "Teddy"),
        "Margaret": ("Maggie", "Peggy"), "Rebecca": ("Becky", "Becca"), "Victoria": ("Vicky", "Tori"),
        "Catherine": ("Cath", "Kate"), "Jennifer": ("Jen",), "Nicola": ("Nicky",),
        "Samantha": ("Sam",), "Jacqueline": ("Jackie",), "Philippa": ("Pippa",),
        "Penelope": ("Penny",), "Frederick": ("Fred", "Freddie"), "Stephen": ("Steve",),
        "Anthony": ("Tony",), "Andrew": ("Andy",), "Richard": ("Rich", "Dick"), "Peter": ("Pete",),
        "Patricia": ("Pat", "Trish"), "Susan": ("Sue",), "Deborah": ("Debbie",),
        "Gillian": ("Gill",), "Kathleen": ("Kath",), "Timothy": ("Tim",), "Jonathan": ("Jon",),
    },
}  # fmt: skip
