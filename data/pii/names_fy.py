# ruff: noqa: E501
"""Name pools of held-out FY (issue 15): names as the population has them, by origin and weight.

Swedish given names and surnames in the order of SCB's name statistics (written from the writer's
general knowledge; weight 1/rank; head the top 150, then a tail of rarer names past them); the US
Census 1990 lists (public domain; copied from the `names` package's `dist.female.first`,
`dist.male.first` and `dist.all.last` with the census's per cent as weight, head the top 150);
UK given names and surnames in the order of the ONS rankings (general knowledge, 1/rank, head
150); and the commonest given names and surnames of origins common in Sweden (1/rank, head 10).
No name was checked against anything in the rung repository: none was left out for being known
or unknown. Stdlib only.
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


def _words(text: str) -> tuple[str, ...]:
    names = tuple(w.strip() for w in text.replace("\n", ",").split(",") if w.strip())
    if len(set(names)) != len(names):
        seen: set[str] = set()
        twice = [n for n in names if n in seen or seen.add(n)]  # type: ignore[func-returns-value]
        raise ValueError(f"names listed twice: {twice}")
    return names


def ranked(text: str, head: int) -> Pool:
    """Names in rank order, weight 1/rank."""
    names = _words(text)
    return Pool(names, tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names) - 1))


def census(text: str, head: int = 150) -> Pool:
    """`Name:per cent` pairs as the US Census 1990 lists them."""
    pairs = [item.rsplit(":", 1) for item in _words(text)]
    return Pool(tuple(n for n, _ in pairs), tuple(float(p) for _, p in pairs), head)


_PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "İ": "I", "ø": "o", "Ø": "O", "ß": "ss"}
)


def plain(word: str) -> str:
    """A name typed without its letters (`Wiśniewski` -> `Wisniewski`, `Đorđević` -> `Djordjevic`)."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_PLAIN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it (`Kowalski` -> `Kowalska`, `Nowicki` -> `Nowicka`)."""
    return surname[:-1] + "a" if surname.endswith("ki") else surname


# Sweden: SCB's rank order (the writer's knowledge of it). Head: the top 150; tail: rarer names.
SV_F = ranked(
    """
    Anna, Eva, Maria, Karin, Sara, Kristina, Lena, Emma, Kerstin, Elin, Ingrid, Marie, Malin,
    Jenny, Hanna, Linda, Birgitta, Inger, Ida, Sofia, Annika, Susanne, Margareta, Johanna,
    Elisabeth, Julia, Carina, Monica, Ulla, Ebba, Camilla, Elsa, Alice, Maja, Helena, Anneli,
    Amanda, Åsa, Louise, Gunilla, Linnéa, Ulrika, Agneta, Anette, Therese, Matilda, Cecilia,
    Frida, Moa, Astrid, Lisa, Anita, Ella, Barbro, Wilma, Klara, Caroline, Jessica, Katarina,
    Emelie, Marianne, Josefin, Pia, Sandra, Britt, Madeleine, Gun, Siv, Yvonne, Lisbeth, Viktoria,
    Ellen, Emilia, Sofie, Ingela, Mia, Charlotte, Ann, Kristin, Annelie, Olivia, Agnes, Lovisa,
    Gunnel, Irene, Ingegerd, Rebecka, Alva, Stina, Tove, Nathalie, Saga, Marita, Lina, Felicia,
    Vera, Isabelle, Ylva, Mona, Jennifer, Sigrid, Evelina, Margit, Berit, Solveig, Märta, Elvira,
    Signe, Tilda, Hedvig, Ronja, Alma, Nora, Ellinor, Vendela, Mikaela, Jeanette, Carin, Helen,
    Elina, Ewa, Inga, Greta, Karolina, Erika, Petra, Sanna, Fanny, Nina, Lilly, Freja, Tuva,
    Stella, Molly, Thea, Liv, Selma, Tyra, Ester, Lova, Vilma, Isabella, Nellie, Ann-Marie,
    Ann-Christin, Anna-Karin, Majken, Hillevi, Ingalill, Rut, Ingeborg, Margaretha, Kajsa
    """
    + """,
    Ann-Sofie, Eva-Lena, Gudrun, Dagny, Svea, Asta, Edit, Hjördis, Gertrud, Viola, Doris, Lilian,
    Elsie, Gullvi, Ingbritt, Majvor, Siw, Kristine, Mari, Laila, Pernilla, Jonna, Hannah, Lotta,
    Veronica, Eleonor, Cornelia, Amelia, Hilda, Elise, Linn, Tindra, Edith, Meja, Leia,
    Novalie, Ines, Lykke, Iris, Nova, Luna, Siri, Gunvor, Ingvor,
    Birgit, Elvy, Evy, Ethel, Gunhild, Maj-Britt, Britt-Marie, Ann-Louise, Ann-Kristin, Lillemor,
    Annette, Marina, Rose-Marie, Marie-Louise, Anna-Lena, Carola, Catharina, Christina, Catarina,
    Kristel, Jannike, Josefine, Johanne, Emmy, Filippa, Hilma, Märit, Minna, Sonja,
    Tina, Tanja, Susann, Lill, Malva, Mira, Mathilda, Louisa, Henrietta, Paulina, Tova, Tekla, Vilda, Juno, Lo, Boel, Runa, Dagmar, Valborg, Alfhild,
    Ragnhild, Ottilia, Elna, Agda, Frideborg, Gerd, Inez, Lisen, Lisette, Madelen, Sanne, Rakel,
    Mirjam, Judit, Ruth, Eira, Isa, Alexandra, Angelica, Jacqueline, Katja, Malou, Nadja, Natalie,
    Sabina, Smilla, Tilde, Vanja, Vivianne, Yasmin, Zara, Charlotta,
    Elisabet, Beatrice, Fatima, Maryam, Noor, Amina, Marija, Aurora, Daniela, Emilie, Evelyn,
    Helga, Hanne, Katrin, Karina, Liselott, Lisbet, Maud, Mildred, Solvei, Sylvia,
    Tora, Ulla-Britt, Vivi, Wivi, Åse, Märtha, Elsy, Ingelise, Gunni, Laura, Leah, Kim,
    Jill, Lydia, Marika, Melinda, Oda, Rosa, Svanhild, Torborg, Unni, Vendla, Wendela,
    Alvina, Ingunn, Idun, Estrid, Folkhild,
    Annica, Benita, Bodil, Britta, Christine, Dorotea, Gunvi, Jessika, Birgitha, Agnetha,
    Karola, Majlis, Margot, Mimmi, Nanna, Pernille, Rigmor, Sally, Solbritt, Susan, Vivan, Yvette,
    Anne, Elly, Emmeli, Gunda, Hedda, Jolina, Lilja, Melissa, Minou, Tess, Ulrica, Ingvild, Lea
    """,
    150,
)
SV_M = ranked(
    """
    Lars, Mikael, Anders, Johan, Per, Erik, Karl, Peter, Thomas, Jan, Daniel, Fredrik, Hans,
    Andreas, Stefan, Mats, Magnus, Bengt, Nils, Marcus, Jonas, Martin, Mattias, Lennart, Björn,
    Niklas, Alexander, Patrik, Henrik, Sven, Bo, Christer, Oskar, Emil, Leif, David, Göran,
    Gustav, Simon, Viktor, Kent, Ulf, Robert, Rolf, Jonathan, Gunnar, Sebastian, Tommy, Carl,
    Oliver, William, Hugo, Lucas, Elias, Filip, Axel, Isak, Kjell, Åke, Olof, Christian, Roger,
    Joakim, Kristoffer, Tobias, Jakob, Adam, Anton, Ludvig, Rasmus, Robin, Dennis, Jimmy, Jesper,
    Linus, Kenneth, Tomas, Gabriel, Noah, Liam, Hampus, Albin, Viggo, Theo, Leo, Arvid, Melvin,
    Alfred, Samuel, Josef, Edvin, Vincent, Felix, Max, Malte, Johannes, Benjamin, Olle, Ove,
    Stig, Arne, Rune, Roland, Ingvar, Gösta, Sören, Torbjörn, Claes, Jörgen, Håkan, Pär, Pontus,
    Ola, Richard, Dan, Krister, Sten, Conny, Kurt, Rickard, Emanuel, Jens, Urban, Ronny, Kim,
    Joel, Jacob, Elliot, Frans, Sixten, Harry, Love, Otto, Wilhelm, Mohammad, Ali, Ahmed, Oscar,
    Charlie, Lars-Erik, Karl-Johan, Per-Olof, Jan-Erik, Bertil, Sune, Evert, Folke, Lage, Tage
    """
    + """,
    Hjalmar, Ebbe, Loke, Vilgot, Milo, Colin, Omar, Hassan, Mohamed, Yusuf, Tord, Yngve, Kenth,
    Allan, Tor, Ture, Sigvard, Karl-Erik, Nils-Erik, Sven-Erik, Lars-Göran, Jan-Olof,
    Per-Anders, Bengt-Åke, Hans-Olov, Carl-Johan, Lars-Åke, Olov, Ingemar, Holger, Harald, Valter,
    Einar, Birger, Rudolf, Henning, Lennarth, Börje, Bror, Gert, Gert-Inge, Inge, Arnold, Helge,
    Osvald, Verner, Torsten, Vilhelm, Georg, Manfred, Ragnar, Sigurd, Algot, Egon, Gustaf, August,
    Sam, Eddie, Ivar, Nicklas, Niclas, Markus, Mathias, Kristian, Christoffer,
    Jimmie, Mikail, Petter, Peder, Jonny, Johnny, Tony, Dick, Kennet, Glenn, Jerker,
    Staffan, Gunder, Uno, Orvar, Eskil, Gottfrid, Adolf, Ivan, Benny, Alvin, Elton,
    Frank, Julian, Julius, Kevin, Leon, Lukas, Matteo, Nicolas, Noel, Otis, Ville, Vidar, Wilmer,
    Tim, Tom, Teodor, Sigge, Sonny, Svante, Östen, Åsmund, Abbe, Adrian, Albert, Alex, Alexis,
    Anwar, Aron, Bill, Bruno, Casper, Dante, Douglas, Edward, Elis, Emir, Enzo,
    Esaias, Fabian, Fredric, Gunnlaug, Hannes, Henry, Hilding, Ibrahim, Ismail, Jack, Jamal,
    Jesse, Juni, Kaj, Kalle, Kasper, Kolbjörn, Lennie, Leopold, Loui, Mio, Nemo, Nils-Olof,
    Oden, Orlando, Patric, Pelle, Ragnvald, Rikard, Roy, Ruben, Samir, Severin, Stellan, Sture,
    Teo, Thor, Tiger, Truls, Ulrik, Vide, Walter, Zakaria, Åsbjörn, Ante, Anund, Arvo, Bjarne,
    Dag, Edgar, Elof, Enok, Erling, Fritiof, Gideon, Gustav-Adolf, Joar, Jöns, Mårten,
    Natanael, Oliwer, Seth, Simeon, Sölve, Tryggve, Vilmer,
    Arnborg, Bernt, Björne, Crister, Evald, Göte, Hilmer, Ingolf, Jarl, Knut, Konrad,
    Lorentz, Magne, Mauritz, Nore, Ossian, Reinhold, Sigfrid, Sivert, Torgny, Waldemar, Yngvar,
    Anselm, Arild, Carlos, Kian, Mustafa
    """,
    150,
)
SV_S = ranked(
    """
    Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson,
    Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson,
    Magnusson, Olofsson, Lindström, Lindqvist, Lindgren, Berg, Axelsson, Bergström, Lundberg,
    Lind, Lundgren, Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Forsberg,
    Sjöberg, Ali, Wallin, Mohammed, Engström, Eklund, Danielsson, Lundin, Håkansson, Björk,
    Bergman, Gunnarsson, Holm, Wikström, Samuelsson, Isaksson, Fransson, Bergqvist, Nyström,
    Holmberg, Arvidsson, Löfgren, Söderberg, Nyberg, Blomqvist, Claesson, Nordström, Ahmed,
    Mårtensson, Lundström, Hassan, Viklund, Björklund, Eliasson, Pålsson, Berggren, Sandström,
    Lund, Nordin, Ström, Åberg, Falk, Ekström, Hermansson, Holmgren, Hellström, Dahlberg,
    Hedlund, Sundberg, Sjögren, Ek, Blom, Abrahamsson, Martinsson, Öberg, Andreasson, Strömberg,
    Månsson, Hansen, Åkesson, Dahl, Lindholm, Norberg, Holmqvist, Hussein, Sundström, Mohamed,
    Lindahl, Nordberg, Strand, Ekman, Lindell, Omar, Hedberg, Lindblom, Jonasson, Engberg,
    Josefsson, Sundqvist, Forslund, Sjöström, Söderström, Palm, Törnqvist, Ibrahim, Wiklund,
    Backman, Edlund, Sjödin, Nyman, Adolfsson, Johnsson, Hedström, Lindblad, Ivarsson, Bergkvist,
    Sundin, Nord, Boström, Lundh, Strandberg, Hägglund, Östlund, Franzén, Rosén, Berntsson,
    Nordlund, Borg, Ottosson, Söderlund, Lindén, Nordqvist, Åström
    """
    + """,
    Holmström, Kristiansson, Lindkvist, Moberg, Nyholm, Wahlström, Forsman, Westberg, Hallberg,
    Melin, Hjalmarsson, Rydberg, Granberg, Lundell, Malmberg, Ljungberg, Bäckström, Skoglund,
    Ekberg, Dahlgren, Höglund, Sjölund, Hedman, Engdahl, Carlsson, Petersson, Ahlberg, Ahlström, Alm, Almqvist, Asplund, Backlund, Bergh, Berglöf, Björkman,
    Blomberg, Bodin, Brandt, Broberg, Burman, Byström, Carlberg, Dahlin, Edberg, Ekdahl, Eklöf,
    Ekholm, Eng, Englund, Enström, Erlandsson, Fagerberg, Flodin, Frisk, Fors, Friberg, Grahn,
    Gren, Gustavsson, Hagberg, Hagström, Hammar, Hedin, Hellberg, Hellgren, Helander, Holgersson,
    Hultgren, Hultman, Hägg, Isberg, Jacobsson, Jarl, Jeppsson, Kjellberg, Knutsson, Kvist,
    Lagerqvist, Lilja, Lindau, Linde, Lindh, Ljung, Lundahl, Löfstedt, Malm, Modin, Mörk,
    Norén, Norling, Nordgren, Nyqvist, Näslund, Olander, Paulsson, Pihl, Qvist,
    Ragnarsson, Rask, Roos, Rydén, Sahlin, Sandell, Sjöblom, Skog, Stenberg, Stenström, Sundell,
    Svärd, Söderqvist, Thorén, Thunberg, Tidström, Törnblom, Unger, Vikström, Wallén, Westin,
    Wester, Widell, Wennberg, Wernersson, Zetterberg, Zetterström, Åhlund, Åkerlund, Öhman,
    Östberg, Östling, Aronsson, Bengtzon, Bergenholtz, Cederholm, Edvardsson, Ekelund, Emanuelsson,
    Ericson, Fältskog, Gullberg, Hellqvist, Holmlund, Ingvarsson, Jernberg, Karlström, Kihlberg,
    Larsén, Lindmark, Lövgren, Marklund, Nordenskjöld, Olausson, Pettersén, Rehn, Rönnqvist,
    Segerström, Skarp, Stålberg, Tegnér, Uhlin, Wahlberg, Welander, Wigren, Älmqvist, Öst,
    von Knorring, af Geijerstam, Lagercrantz, von Essen, De la Gardie, Cederschiöld, von Rosen,
    af Klinteberg, Stiernhielm, Gyllenhammar, Yousef, Abdi, Khalil, Haddad, Karimi, Hosseini,
    Nguyen, Kaya, Yilmaz, Korhonen, Nowak, Jovanović, Rahimi, Shamoun, Mahmoud, Salih,
    Aziz, Khan, Saleh, Abdullah, Osman, Farah, Jama, Tesfay, Popović,
    Alfredsson, Bohlin, Dalström, Ekvall, Fredholm, Granlund, Hallin, Jernström, Kronberg,
    Lindroth, Lundmark, Mellgren, Norrman, Nygren, Rudberg, Sjökvist, Stoltz, Strömgren, Thelin,
    Wikander
    """,
    150,
)

# The US: the Census 1990 lists (public domain), copied from the `names` package with the per
# cent of the population carrying each name as weight (`WM`, an abbreviation, left out); head 150.
US_F = census(
    """
    Mary:2.629, Patricia:1.073, Linda:1.035, Barbara:0.98, Elizabeth:0.937, Jennifer:0.932,
    Maria:0.828, Susan:0.794, Margaret:0.768, Dorothy:0.727, Lisa:0.704, Nancy:0.669, Karen:0.667,
    Betty:0.666, Helen:0.663, Sandra:0.629, Donna:0.583, Carol:0.565, Ruth:0.562, Sharon:0.522,
    Michelle:0.519, Laura:0.51, Sarah:0.508, Kimberly:0.504, Deborah:0.494, Jessica:0.49,
    Shirley:0.482, Cynthia:0.469, Angela:0.468, Melissa:0.462, Brenda:0.455, Amy:0.451, Anna:0.44,
    Rebecca:0.43, Virginia:0.43, Kathleen:0.424, Pamela:0.416, Martha:0.412, Debra:0.408,
    Amanda:0.404, Stephanie:0.4, Carolyn:0.385, Christine:0.382, Marie:0.379, Janet:0.379,
    Catherine:0.373, Frances:0.37, Ann:0.364, Joyce:0.364, Diane:0.359, Alice:0.357, Julie:0.348,
    Heather:0.337, Teresa:0.336, Doris:0.335, Gloria:0.335, Evelyn:0.322, Jean:0.315, Cheryl:0.315,
    Mildred:0.313, Katherine:0.313, Joan:0.306, Ashley:0.303, Judith:0.297, Rose:0.296,
    Janice:0.285, Kelly:0.283, Nicole:0.281, Judy:0.276, Christina:0.275, Kathy:0.272,
    Theresa:0.271, Beverly:0.267, Denise:0.264, Tammy:0.259, Irene:0.252, Jane:0.25, Lori:0.248,
    Rachel:0.242, Marilyn:0.241, Andrea:0.236, Kathryn:0.234, Louise:0.229, Sara:0.229, Anne:0.228,
    Jacqueline:0.228, Wanda:0.226, Bonnie:0.223, Julia:0.223, Ruby:0.221, Lois:0.22, Tina:0.22,
    Phyllis:0.219, Norma:0.218, Paula:0.217, Diana:0.216, Annie:0.216, Lillian:0.211, Emily:0.208,
    Robin:0.208, Peggy:0.208, Crystal:0.207, Gladys:0.205, Rita:0.204, Dawn:0.202, Connie:0.2,
    Florence:0.2, Tracy:0.197, Edna:0.197, Tiffany:0.195, Carmen:0.195, Rosa:0.194, Cindy:0.192,
    Grace:0.189, Wendy:0.185, Victoria:0.18, Edith:0.179, Kim:0.178, Sherry:0.178, Sylvia:0.177,
    Josephine:0.177, Thelma:0.175, Shannon:0.175, Sheila:0.175, Ethel:0.174, Ellen:0.173,
    Elaine:0.173, Marjorie:0.173, Carrie:0.171, Charlotte:0.169, Monica:0.166, Esther:0.166,
    Pauline:0.165, Emma:0.165, Juanita:0.164, Anita:0.162, Rhonda:0.162, Hazel:0.161, Amber:0.16,
    Eva:0.159, Debbie:0.157, April:0.154, Leslie:0.154, Clara:0.153, Lucille:0.153, Jamie:0.153,
    Joanne:0.15, Eleanor:0.15, Valerie:0.149, Danielle:0.149, Megan:0.147, Alicia:0.146,
    Suzanne:0.145, Michele:0.145, Gail:0.145, Bertha:0.143, Darlene:0.142, Veronica:0.142,
    Jill:0.142, Erin:0.141, Geraldine:0.141, Lauren:0.137, Cathy:0.137, Joann:0.136,
    Lorraine:0.135, Lynn:0.135, Sally:0.135, Regina:0.133, Erica:0.13, Beatrice:0.13,
    Dolores:0.129, Bernice:0.128, Audrey:0.127, Yvonne:0.126, Annette:0.125, June:0.125,
    Samantha:0.124, Marion:0.122, Dana:0.122, Stacy:0.121, Ana:0.12, Renee:0.12, Ida:0.118,
    Vivian:0.118, Roberta:0.117, Holly:0.117, Brittany:0.117, Melanie:0.116, Loretta:0.115,
    Yolanda:0.115, Jeanette:0.115, Laurie:0.114, Katie:0.113, Kristen:0.111, Vanessa:0.111,
    Alma:0.111, Sue:0.111, Elsie:0.11, Beth:0.11, Jeanne:0.109, Vicki:0.109, Carla:0.107,
    Tara:0.107, Rosemary:0.107, Eileen:0.105, Terri:0.105, Gertrude:0.103, Lucy:0.103, Tonya:0.102,
    Ella:0.101, Stacey:0.101, Wilma:0.099, Gina:0.099, Kristin:0.099, Jessie:0.098, Natalie:0.098,
    Agnes:0.098, Vera:0.098, Willie:0.097, Charlene:0.097, Bessie:0.096, Delores:0.095,
    Melinda:0.094, Pearl:0.094, Arlene:0.094, Maureen:0.092, Colleen:0.092, Allison:0.092,
    Tamara:0.092, Joy:0.091, Georgia:0.091, Constance:0.091, Lillie:0.09, Claudia:0.09,
    Jackie:0.09, Marcia:0.09, Tanya:0.089, Nellie:0.089, Minnie:0.089, Marlene:0.088, Heidi:0.088,
    Glenda:0.088, Lydia:0.086, Viola:0.086, Courtney:0.086, Marian:0.086, Stella:0.085,
    Caroline:0.085, Dora:0.084, Jo:0.083, Vickie:0.082, Mattie:0.081, Terry:0.08, Maxine:0.079,
    Irma:0.079, Mabel:0.078, Marsha:0.078, Myrtle:0.078, Lena:0.077, Christy:0.077, Deanna:0.076,
    Patsy:0.076, Hilda:0.075, Gwendolyn:0.074, Jennie:0.073, Nora:0.073, Margie:0.072, Nina:0.072,
    Cassandra:0.072, Leah:0.072, Penny:0.071, Kay:0.071, Priscilla:0.071, Naomi:0.071,
    Carole:0.071, Brandy:0.07, Olga:0.07, Billie:0.069, Dianne:0.069, Tracey:0.069, Leona:0.069,
    Jenny:0.068, Felicia:0.068, Sonia:0.068, Miriam:0.066, Velma:0.066, Becky:0.066, Bobbie:0.065,
    Violet:0.065, Kristina:0.065, Toni:0.064, Misty:0.063, Mae:0.063, Shelly:0.062, Daisy:0.062,
    Ramona:0.062, Sherri:0.062, Erika:0.061, Katrina:0.061, Claire:0.061, Lindsey:0.06,
    Lindsay:0.06, Geneva:0.059, Guadalupe:0.059, Belinda:0.059, Margarita:0.059, Sheryl:0.059,
    Cora:0.058, Faye:0.058, Ada:0.057, Natasha:0.057, Sabrina:0.057, Isabel:0.057,
    Marguerite:0.056, Hattie:0.056, Harriet:0.056, Molly:0.055, Cecilia:0.055, Kristi:0.055,
    Brandi:0.055, Blanche:0.055, Sandy:0.055, Rosie:0.055, Joanna:0.055, Iris:0.055, Eunice:0.054,
    Angie:0.054, Inez:0.053, Lynda:0.053, Madeline:0.052, Amelia:0.052, Alberta:0.052,
    Genevieve:0.051, Monique:0.051, Jodi:0.051, Janie:0.051, Maggie:0.051, Kayla:0.051,
    Sonya:0.051, Jan:0.051, Lee:0.051, Kristine:0.051, Candace:0.051, Fannie:0.05, Maryann:0.05,
    Opal:0.05, Alison:0.05, Yvette:0.05, Melody:0.05, Luz:0.049, Susie:0.049, Olivia:0.049,
    Flora:0.049, Shelley:0.049, Kristy:0.048, Mamie:0.048, Lula:0.048, Lola:0.048, Verna:0.048,
    Beulah:0.048, Antoinette:0.048, Candice:0.046, Juana:0.046, Jeannette:0.046, Pam:0.046,
    Kelli:0.046, Hannah:0.045, Whitney:0.045, Bridget:0.045, Karla:0.044, Celia:0.044,
    Latoya:0.043, Patty:0.043, Shelia:0.043, Gayle:0.043, Della:0.043, Vicky:0.043, Lynne:0.043,
    Sheri:0.042, Marianne:0.042, Kara:0.041, Jacquelyn:0.041, Erma:0.041, Blanca:0.041, Myra:0.04,
    Leticia:0.04, Pat:0.04, Krista:0.04, Roxanne:0.04, Angelica:0.039, Johnnie:0.039, Robyn:0.039,
    Francis:0.039, Adrienne:0.039, Rosalie:0.039, Alexandra:0.039, Brooke:0.039, Bethany:0.039,
    Sadie:0.039, Bernadette:0.039
    """
)
US_M = census(
    """
    James:3.318, John:3.271, Robert:3.143, Michael:2.629, William:2.451, David:2.363,
    Richard:1.703, Charles:1.523, Joseph:1.404, Thomas:1.38, Christopher:1.035, Daniel:0.974,
    Paul:0.948, Mark:0.938, Donald:0.931, George:0.927, Kenneth:0.826, Steven:0.78, Edward:0.779,
    Brian:0.736, Ronald:0.725, Anthony:0.721, Kevin:0.671, Jason:0.66, Matthew:0.657, Gary:0.65,
    Timothy:0.64, Jose:0.613, Larry:0.598, Jeffrey:0.591, Frank:0.581, Scott:0.546, Eric:0.544,
    Stephen:0.54, Andrew:0.537, Raymond:0.488, Gregory:0.441, Joshua:0.435, Jerry:0.432,
    Dennis:0.415, Walter:0.399, Patrick:0.389, Peter:0.381, Harold:0.371, Douglas:0.367,
    Henry:0.365, Carl:0.346, Arthur:0.335, Ryan:0.328, Roger:0.322, Joe:0.321, Juan:0.316,
    Jack:0.315, Albert:0.314, Jonathan:0.313, Justin:0.311, Terry:0.311, Gerald:0.309, Keith:0.308,
    Samuel:0.306, Willie:0.302, Ralph:0.282, Lawrence:0.282, Nicholas:0.275, Roy:0.273,
    Benjamin:0.27, Bruce:0.263, Brandon:0.26, Adam:0.259, Harry:0.251, Fred:0.251, Wayne:0.249,
    Billy:0.248, Steve:0.246, Louis:0.243, Jeremy:0.242, Aaron:0.24, Randy:0.232, Howard:0.23,
    Eugene:0.23, Carlos:0.229, Russell:0.224, Bobby:0.223, Victor:0.222, Martin:0.216,
    Ernest:0.215, Phillip:0.213, Todd:0.213, Jesse:0.209, Craig:0.206, Alan:0.204, Shawn:0.2,
    Clarence:0.197, Sean:0.197, Philip:0.197, Chris:0.197, Johnny:0.195, Earl:0.193, Jimmy:0.191,
    Antonio:0.19, Danny:0.19, Bryan:0.19, Tony:0.19, Luis:0.189, Mike:0.189, Stanley:0.186,
    Leonard:0.186, Nathan:0.185, Dale:0.184, Manuel:0.181, Rodney:0.18, Curtis:0.18, Norman:0.177,
    Allen:0.174, Marvin:0.171, Vincent:0.168, Glenn:0.167, Jeffery:0.166, Travis:0.166, Jeff:0.166,
    Chad:0.165, Jacob:0.165, Lee:0.162, Melvin:0.162, Alfred:0.162, Kyle:0.16, Francis:0.16,
    Bradley:0.159, Jesus:0.155, Herbert:0.155, Frederick:0.154, Ray:0.153, Joel:0.152, Edwin:0.148,
    Don:0.145, Eddie:0.144, Ricky:0.141, Troy:0.138, Randall:0.138, Barry:0.134, Alexander:0.132,
    Bernard:0.127, Mario:0.125, Leroy:0.125, Francisco:0.124, Marcus:0.124, Micheal:0.123,
    Theodore:0.123, Clifford:0.123, Miguel:0.122, Oscar:0.122, Jay:0.118, Jim:0.118, Tom:0.117,
    Calvin:0.115, Alex:0.115, Jon:0.115, Ronnie:0.113, Bill:0.112, Lloyd:0.112, Tommy:0.112,
    Leon:0.112, Derek:0.112, Warren:0.11, Darrell:0.108, Jerome:0.108, Floyd:0.107, Leo:0.106,
    Alvin:0.105, Tim:0.104, Wesley:0.104, Gordon:0.104, Dean:0.104, Greg:0.104, Jorge:0.104,
    Dustin:0.103, Pedro:0.103, Derrick:0.103, Dan:0.101, Lewis:0.099, Zachary:0.099, Corey:0.098,
    Herman:0.097, Maurice:0.097, Vernon:0.097, Roberto:0.097, Clyde:0.095, Glen:0.094,
    Hector:0.094, Shane:0.093, Ricardo:0.093, Sam:0.092, Rick:0.091, Lester:0.091, Brent:0.09,
    Ramon:0.09, Charlie:0.09, Tyler:0.089, Gilbert:0.089, Gene:0.087, Marc:0.087, Reginald:0.084,
    Ruben:0.082, Brett:0.082, Angel:0.082, Nathaniel:0.081, Rafael:0.081, Leslie:0.081, Edgar:0.08,
    Milton:0.08, Raul:0.079, Ben:0.078, Chester:0.078, Cecil:0.078, Duane:0.077, Franklin:0.077,
    Andre:0.076, Elmer:0.074, Brad:0.073, Gabriel:0.073, Ron:0.072, Mitchell:0.072, Roland:0.072,
    Arnold:0.072, Harvey:0.072, Jared:0.071, Adrian:0.069, Karl:0.069, Cory:0.068, Claude:0.068,
    Erik:0.068, Darryl:0.067, Jamie:0.066, Neil:0.066, Jessie:0.065, Christian:0.065, Javier:0.065,
    Fernando:0.065, Clinton:0.065, Ted:0.064, Mathew:0.064, Tyrone:0.064, Darren:0.064,
    Lonnie:0.064, Lance:0.063, Cody:0.063, Julio:0.063, Kelly:0.063, Kurt:0.062, Allan:0.061,
    Nelson:0.061, Guy:0.06, Clayton:0.06, Hugh:0.06, Max:0.059, Dwayne:0.059, Dwight:0.058,
    Armando:0.058, Felix:0.058, Jimmie:0.058, Everett:0.057, Jordan:0.056, Ian:0.056,
    Wallace:0.056, Ken:0.055, Bob:0.055, Jaime:0.055, Casey:0.054, Alfredo:0.054, Alberto:0.053,
    Dave:0.053, Ivan:0.053, Johnnie:0.052, Sidney:0.052, Byron:0.052, Julian:0.052, Isaac:0.051,
    Morris:0.051, Clifton:0.05, Willard:0.05, Daryl:0.05, Ross:0.05, Virgil:0.049, Andy:0.049,
    Marshall:0.049, Salvador:0.049, Perry:0.049, Kirk:0.049, Sergio:0.049, Marion:0.048,
    Tracy:0.048, Seth:0.048, Kent:0.048, Terrance:0.048, Rene:0.048, Eduardo:0.047, Terrence:0.047,
    Enrique:0.046, Freddie:0.046, Wade:0.045, Austin:0.044, Stuart:0.044, Fredrick:0.043,
    Arturo:0.043, Alejandro:0.043, Jackie:0.043, Joey:0.043, Nick:0.043, Luther:0.043,
    Wendell:0.042, Jeremiah:0.042, Evan:0.042, Julius:0.042, Dana:0.042, Donnie:0.041, Otis:0.041,
    Shannon:0.04, Trevor:0.04, Oliver:0.04, Luke:0.04, Homer:0.04, Gerard:0.04, Doug:0.04,
    Kenny:0.039, Hubert:0.039, Angelo:0.039, Shaun:0.039, Lyle:0.038, Matt:0.038, Lynn:0.038,
    Alfonso:0.038, Orlando:0.037, Rex:0.037, Carlton:0.037, Ernesto:0.037, Cameron:0.037,
    Neal:0.037, Pablo:0.036, Lorenzo:0.036, Omar:0.036, Wilbur:0.036, Blake:0.036, Grant:0.036,
    Horace:0.036, Roderick:0.036, Kerry:0.036, Abraham:0.035, Willis:0.035, Rickey:0.035,
    Jean:0.035, Ira:0.035, Andres:0.034, Cesar:0.034, Johnathan:0.034, Malcolm:0.034,
    Rudolph:0.034, Damon:0.034, Kelvin:0.034, Rudy:0.034, Preston:0.034, Alton:0.033, Archie:0.033,
    Marco:0.033, Pete:0.032, Randolph:0.032, Garry:0.032, Geoffrey:0.032, Jonathon:0.032,
    Felipe:0.032, Bennie:0.032, Gerardo:0.032, Ed:0.032, Dominic:0.032, Robin:0.032, Loren:0.032,
    Delbert:0.031, Colin:0.031, Guillermo:0.031, Earnest:0.031, Lucas:0.031, Benny:0.03, Noel:0.03,
    Spencer:0.03, Rodolfo:0.03, Myron:0.03, Edmund:0.03, Garrett:0.029, Salvatore:0.029,
    Cedric:0.029, Lowell:0.029, Gregg:0.029, Sherman:0.028, Wilson:0.028, Devin:0.028,
    Sylvester:0.028, Kim:0.028, Roosevelt:0.028, Israel:0.028, Jermaine:0.028, Forrest:0.027
    """
)
US_S = census(
    """
    Smith:1.006, Johnson:0.81, Williams:0.699, Jones:0.621, Brown:0.621, Davis:0.48, Miller:0.424,
    Wilson:0.339, Moore:0.312, Taylor:0.311, Anderson:0.311, Thomas:0.311, Jackson:0.31,
    White:0.279, Harris:0.275, Martin:0.273, Thompson:0.269, Garcia:0.254, Martinez:0.234,
    Robinson:0.233, Clark:0.231, Rodriguez:0.229, Lewis:0.226, Lee:0.22, Walker:0.219, Hall:0.2,
    Allen:0.199, Young:0.193, Hernandez:0.192, King:0.19, Wright:0.189, Lopez:0.187, Hill:0.187,
    Scott:0.185, Green:0.183, Adams:0.174, Baker:0.171, Gonzalez:0.166, Nelson:0.162, Carter:0.162,
    Mitchell:0.16, Perez:0.155, Roberts:0.153, Turner:0.152, Phillips:0.149, Campbell:0.149,
    Parker:0.146, Evans:0.141, Edwards:0.137, Collins:0.134, Stewart:0.133, Sanchez:0.13,
    Morris:0.125, Rogers:0.123, Reed:0.122, Cook:0.12, Morgan:0.118, Bell:0.117, Murphy:0.117,
    Bailey:0.115, Rivera:0.113, Cooper:0.113, Richardson:0.112, Cox:0.11, Howard:0.11, Ward:0.108,
    Torres:0.108, Peterson:0.107, Gray:0.106, Ramirez:0.105, James:0.105, Watson:0.103,
    Brooks:0.103, Kelly:0.102, Sanders:0.1, Price:0.099, Bennett:0.099, Wood:0.098, Barnes:0.097,
    Ross:0.096, Henderson:0.095, Coleman:0.095, Jenkins:0.095, Perry:0.094, Powell:0.093,
    Long:0.092, Patterson:0.092, Hughes:0.092, Flores:0.092, Washington:0.092, Butler:0.091,
    Simmons:0.091, Foster:0.091, Gonzales:0.087, Bryant:0.087, Alexander:0.085, Russell:0.085,
    Griffin:0.084, Diaz:0.084, Hayes:0.083, Myers:0.083, Ford:0.082, Hamilton:0.082, Graham:0.082,
    Sullivan:0.081, Wallace:0.081, Woods:0.08, Cole:0.08, West:0.08, Jordan:0.078, Owens:0.078,
    Reynolds:0.078, Fisher:0.077, Ellis:0.077, Harrison:0.076, Gibson:0.075, McDonald:0.075,
    Cruz:0.075, Marshall:0.075, Ortiz:0.075, Gomez:0.075, Murray:0.074, Freeman:0.074, Wells:0.073,
    Webb:0.072, Simpson:0.07, Stevens:0.07, Tucker:0.07, Porter:0.069, Hunter:0.069, Hicks:0.069,
    Crawford:0.068, Henry:0.068, Boyd:0.068, Mason:0.068, Morales:0.067, Kennedy:0.067,
    Warren:0.067, Dixon:0.066, Ramos:0.066, Reyes:0.066, Burns:0.065, Gordon:0.065, Shaw:0.065,
    Holmes:0.065, Rice:0.064, Robertson:0.064, Hunt:0.063, Black:0.063, Daniels:0.062,
    Palmer:0.062, Mills:0.061, Nichols:0.06, Grant:0.06, Knight:0.06, Ferguson:0.059, Rose:0.059,
    Stone:0.059, Hawkins:0.059, Dunn:0.058, Perkins:0.058, Hudson:0.058, Spencer:0.057,
    Gardner:0.057, Stephens:0.057, Payne:0.057, Pierce:0.056, Berry:0.056, Matthews:0.056,
    Arnold:0.056, Wagner:0.055, Willis:0.055, Ray:0.055, Watkins:0.055, Olson:0.055, Carroll:0.055,
    Duncan:0.055, Snyder:0.055, Hart:0.054, Cunningham:0.054, Bradley:0.054, Lane:0.054,
    Andrews:0.054, Ruiz:0.054, Harper:0.054, Fox:0.053, Riley:0.053, Armstrong:0.053,
    Carpenter:0.053, Weaver:0.053, Greene:0.053, Lawrence:0.052, Elliott:0.052, Chavez:0.052,
    Sims:0.052, Austin:0.052, Peters:0.052, Kelley:0.052, Franklin:0.051, Lawson:0.051,
    Fields:0.051, Gutierrez:0.051, Ryan:0.051, Schmidt:0.051, Carr:0.051, Vasquez:0.051,
    Castillo:0.051, Wheeler:0.051, Chapman:0.05, Oliver:0.05, Montgomery:0.049, Richards:0.049,
    Williamson:0.049, Johnston:0.049, Banks:0.048, Meyer:0.048, Bishop:0.048, McCoy:0.048,
    Howell:0.048, Alvarez:0.048, Morrison:0.048, Hansen:0.047, Fernandez:0.047, Garza:0.047,
    Harvey:0.047, Little:0.046, Burton:0.046, Stanley:0.046, Nguyen:0.046, George:0.046,
    Jacobs:0.046, Reid:0.046, Kim:0.045, Fuller:0.045, Lynch:0.045, Dean:0.045, Gilbert:0.045,
    Garrett:0.045, Romero:0.045, Welch:0.044, Larson:0.044, Frazier:0.044, Burke:0.044,
    Hanson:0.043, Day:0.043, Mendoza:0.043, Moreno:0.043, Bowman:0.043, Medina:0.042, Fowler:0.042,
    Brewer:0.042, Hoffman:0.042, Carlson:0.042, Silva:0.042, Pearson:0.042, Holland:0.042,
    Douglas:0.041, Fleming:0.041, Jensen:0.041, Vargas:0.041, Byrd:0.041, Davidson:0.041,
    Hopkins:0.041, May:0.04, Terry:0.04, Herrera:0.04, Wade:0.04, Soto:0.04, Walters:0.04,
    Curtis:0.04, Neal:0.039, Caldwell:0.039, Lowe:0.039, Jennings:0.039, Barnett:0.039,
    Graves:0.039, Jimenez:0.039, Horton:0.039, Shelton:0.039, Barrett:0.039, O'Brien:0.039,
    Castro:0.039, Sutton:0.038, Gregory:0.038, McKinney:0.038, Lucas:0.038, Miles:0.038,
    Craig:0.038, Rodriquez:0.037, Chambers:0.037, Holt:0.037, Lambert:0.037, Fletcher:0.037,
    Watts:0.037, Bates:0.037, Hale:0.037, Rhodes:0.037, Pena:0.037, Beck:0.037, Newman:0.036,
    Haynes:0.036, McDaniel:0.036, Mendez:0.036, Bush:0.036, Vaughn:0.036, Parks:0.035,
    Dawson:0.035, Santiago:0.035, Norris:0.035, Hardy:0.035, Love:0.035, Steele:0.035, Curry:0.035,
    Powers:0.035, Schultz:0.035, Barker:0.035, Guzman:0.034, Page:0.034, Munoz:0.034, Ball:0.034,
    Keller:0.034, Chandler:0.034, Weber:0.034, Leonard:0.034, Walsh:0.033, Lyons:0.033,
    Ramsey:0.033, Wolfe:0.033, Schneider:0.033, Mullins:0.033, Benson:0.033, Sharp:0.033,
    Bowen:0.033, Daniel:0.033, Barber:0.032, Cummings:0.032, Hines:0.032, Baldwin:0.032,
    Griffith:0.032, Valdez:0.032, Hubbard:0.032, Salazar:0.032, Reeves:0.032, Warner:0.031,
    Stevenson:0.031, Burgess:0.031, Santos:0.031, Tate:0.031, Cross:0.031, Garner:0.031,
    Mann:0.031, Mack:0.031, Moss:0.031, Thornton:0.031, Dennis:0.031, McGee:0.031, Farmer:0.03,
    Delgado:0.03, Aguilar:0.03, Vega:0.03, Glover:0.03, Manning:0.03, Cohen:0.03, Harmon:0.03,
    Rodgers:0.03, Robbins:0.03, Newton:0.03, Todd:0.03, Blair:0.03, Higgins:0.03, Ingram:0.03,
    Reese:0.03, Cannon:0.03, Strickland:0.03, Townsend:0.03, Potter:0.03, Goodwin:0.03,
    Walton:0.03, Rowe:0.029, Hampton:0.029, Ortega:0.029, Patton:0.029, Swanson:0.029,
    Joseph:0.029, Francis:0.029, Goodman:0.029, Maldonado:0.029, Yates:0.029, Becker:0.029,
    Erickson:0.029, Hodges:0.029, Rios:0.029, Conner:0.029, Adkins:0.029, Webster:0.028,
    Norman:0.028, Malone:0.028, Hammond:0.028, Flowers:0.028, Cobb:0.028, Moody:0.028, Quinn:0.028,
    Blake:0.028, Maxwell:0.028, Pope:0.028, Floyd:0.027, Osborne:0.027, Paul:0.027, McCarthy:0.027,
    Guerrero:0.027, Lindsey:0.027, Estrada:0.027, Sandoval:0.027, Gibbs:0.027, Tyler:0.027,
    Gross:0.027, Fitzgerald:0.027, Stokes:0.027, Doyle:0.027, Sherman:0.027
    """
)

# The UK: ONS's rank order (adults' names and the babies' of the last decades, as the writer knows
# them), weight 1/rank, head 150.
UK_F = ranked(
    """
    Sarah, Emma, Claire, Laura, Rebecca, Gemma, Rachel, Lisa, Victoria, Nicola, Amy, Hannah,
    Jennifer, Charlotte, Emily, Sophie, Lauren, Jessica, Katie, Helen, Elizabeth, Karen, Susan,
    Julie, Michelle, Joanne, Amanda, Louise, Samantha, Kelly, Jane, Margaret, Catherine, Olivia,
    Amelia, Isla, Ava, Mia, Grace, Chloe, Ella, Lily, Poppy, Isabella, Freya, Evie, Sophia, Ruby,
    Alice, Florence, Lucy, Megan, Holly, Eleanor, Georgia, Abigail, Zoe, Natalie, Kirsty, Stacey,
    Leanne, Donna, Tracey, Deborah, Alison, Angela, Caroline, Jacqueline, Wendy, Dawn, Carol,
    Sandra, Patricia, Janet, Linda, Christine, Pauline, Gillian, Fiona, Kathryn, Anna, Heather,
    Kim, Melanie, Joanna, Ellie, Bethany, Jade, Danielle, Natasha, Hayley, Kerry, Rachael,
    Stephanie, Kate, Harriet, Imogen, Phoebe, Matilda, Rosie, Daisy, Millie, Scarlett, Maisie,
    Esme, Aisha, Fatima, Priya, Sian, Bethan, Rhian, Eilidh, Mhairi, Siobhan, Niamh, Aoife,
    Jasmine, Elsie, Willow, Ivy, Sienna, Harper, Evelyn, Maya, Erin, Caitlin, Lydia, Beth,
    Anne, Mary, Barbara, Sheila, Jean, Valerie, Maureen, Brenda, Shirley, Diane, Tina, Lorraine,
    Marie, Jill, Andrea, Joan, Ann, Teresa, Lesley
    """
    + """,
    Yvonne, Hilary, Jenny, Bridget, Rosemary, Penelope, Harriett, Frances, Judith, Elaine,
    Carole, Paula, Denise, Beverley, Kay, Lynn, Sharon, Tanya, Vicky, Leah, Cerys, Ffion, Carys,
    Seren, Nia, Iona, Morag, Kirsteen, Ailsa, Shona, Roisin, Orla, Ciara, Saoirse, Sinead, Aaliyah,
    Amira, Zara, Zainab, Maryam, Ayesha, Hafsa, Simran, Anika, Nadia, Keira, Tilly, Lottie,
    Edith, Violet, Hallie, Clara, Darcey, Summer, Eva
    """,
    150,
)
UK_M = ranked(
    """
    David, John, Paul, Michael, Andrew, James, Mark, Richard, Robert, Peter, Stephen,
    Christopher, Daniel, Thomas, Matthew, Ian, Simon, Steven, Anthony, Gary, Alan, Kevin, Martin,
    Jonathan, Neil, Lee, Craig, Stuart, Darren, Scott, Adam, Benjamin, Samuel, Joseph, Luke, Jack,
    Oliver, George, Harry, Noah, Charlie, Jacob, Alfie, Freddie, Oscar, Leo, Archie, Henry,
    Theo, William, Joshua, Ryan, Jamie, Liam, Nathan, Callum, Connor, Kieran, Aaron, Dean, Wayne,
    Shaun, Carl, Philip, Graham, Keith, Colin, Brian, Kenneth, Barry, Trevor, Nigel, Gareth, Rhys,
    Dylan, Owen, Ewan, Fraser, Hamish, Alistair, Angus, Ciaran, Declan, Sean, Mohammed, Muhammad,
    Ali, Hassan, Arjun, Rohan, Edward, Alexander, Nicholas, Patrick, Jake, Tom, Sam, Lewis,
    Harvey, Mason, Ethan, Tyler, Max, Toby, Finley, Reuben, Elliot, Louis, Arthur, Frederick,
    Hugo, Sebastian, Rory, Dominic, Marcus, Tristan, Jeremy, Roger, Malcolm, Derek, Raymond,
    Terence, Dennis, Ronald, Stanley, Clive, Howard, Gordon, Duncan, Bruce, Vincent, Jason,
    Russell, Glenn, Jordan, Tony, Geoffrey, Julian, Adrian, Phillip, Barrie, Lawrence, Harrison,
    Joel, Bradley, Luca, Isaac, Dafydd
    """
    + """,
    Gethin, Iwan, Emrys, Cameron, Ross, Euan, Lachlan, Struan, Calum, Niall, Oisin, Cian, Eoin,
    Fergus, Murray, Ibrahim, Omar, Yusuf, Bilal, Zain, Imran, Tariq, Ravi, Sanjay, Amit, Harjit,
    Kwame, Kofi, Tobias, Rupert, Giles, Piers, Crispin, Quentin, Jasper, Barnaby, Ralph, Cecil,
    Wilfred, Albert, Alfred, Ernest, Reginald, Leonard, Norman, Victor, Desmond, Mervyn, Lionel
    """,
    150,
)
UK_S = ranked(
    """
    Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts,
    Robinson, Thompson, Wright, Walker, White, Edwards, Hughes, Green, Hall, Lewis, Harris,
    Clarke, Patel, Jackson, Wood, Turner, Martin, Cooper, Hill, Ward, Morris, Moore, Clark, Lee,
    King, Baker, Harrison, Morgan, Allen, James, Scott, Phillips, Watson, Davis, Parker, Price,
    Bennett, Young, Griffiths, Mitchell, Kelly, Cook, Carter, Richardson, Bailey, Collins, Bell,
    Shaw, Murphy, Miller, Cox, Richards, Khan, Marshall, Anderson, Simpson, Ellis, Adams, Singh,
    Begum, Wilkinson, Foster, Chapman, Powell, Webb, Rogers, Gray, Mason, Ali, Hunt, Hussain,
    Campbell, Matthews, Owen, Palmer, Holmes, Mills, Barnes, Knight, Lloyd, Butler, Russell,
    Barker, Fisher, Stevens, Jenkins, Murray, Dixon, Harvey, Graham, Pearson, Ahmed, Fletcher,
    Walsh, Kaur, Gibson, Howard, Andrews, Stewart, Elliott, Reynolds, Saunders, Payne, Fox, Ford,
    Pearce, Day, Brooks, West, Lawrence, Cole, Atkinson, Bradley, Spencer, Gill, Dawson, Ball,
    Burton, O'Brien, Watts, Rose, Booth, Perry, Ryan, Grant, Wells, Armstrong, Francis, Rees,
    Hayes, Hart, Hudson, Newman, Barrett, Webster, Hunter, Gregory, Carr
    """
    + """,
    Lowe, Page, Marsh, Riley, Dunn, Woods, Parsons, Berry, Stone, Reid, Holland, Hawkins, Harding,
    Porter, Robertson, Newton, Oliver, Reed, Kennedy, Williamson, Bird, Gardner, Shah, Dean, Lane,
    Bates, Sutton, Yates, Hamilton, Jordan, Macdonald, MacLeod, Mackenzie, Fraser,
    Sinclair, Ross, McLean, Morrison, Buchanan, Doherty, Gallagher, O'Neill, Quinn, McCarthy,
    Lynch, Byrne, Pritchard, Llewellyn, Vaughan, Howells,
    Akhtar, Mahmood, Iqbal, Rahman, Chowdhury, Uddin, Miah, Sharma, Mistry, Chauhan, Okafor,
    Mensah, Adeyemi, Nwosu, Osei, Bianchi, Kowalski, Nowak, Novak, Hale, Whitaker, Pickering,
    Crossley, Ashworth, Greenwood, Haworth, Sutcliffe, Pollard, Tindall, Fairbairn, Nutter
    """,
    150,
)

# Origins common in Sweden: the commonest given names and surnames as the writer knows them,
# 1/rank, head 10. Surnames where a people has none of its own are fathers' or grandfathers' names.
FI = Origin(
    ranked("Maria, Helena, Johanna, Anneli, Kaarina, Marjatta, Hannele, Tuula, Päivi, Anna, Leena, Kristiina, Liisa, Sari, Tiina, Minna, Riitta, Pirjo, Satu, Anu, Eeva, Aino, Sanna, Marja, Outi, Katja, Heidi, Elina, Ritva, Sirpa", 10),
    ranked("Juhani, Johannes, Olavi, Antero, Mikael, Tapani, Kalevi, Matti, Timo, Kari, Pekka, Jari, Mikko, Antti, Juha, Markku, Jukka, Heikki, Petri, Ville, Janne, Tuomas, Sami, Seppo, Hannu, Esa, Veikko, Pentti, Jussi, Lauri", 10),
    ranked("Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen", 10),
)  # fmt: skip
AR = Origin(  # Iraq, Syria, Lebanon, Palestine; Assyrian/Syriac names among them
    ranked("Fatima, Maryam, Zainab, Noor, Sara, Amal, Layla, Rania, Hiba, Aya, Huda, Rasha, Nadia, Samira, Shahad, Ruqaya, Lina, Dima, Rana, Hanan, Reem, Yasmin, Souad, Shamiram, Ninwa, Nahrain, Mariam, Atour, Raghad, Israa", 10),
    ranked("Mohammed, Ahmad, Ali, Hassan, Hussein, Omar, Mustafa, Khaled, Mahmoud, Ibrahim, Abdullah, Yousef, Karim, Haidar, Abbas, Saif, Ammar, Bilal, Tariq, Hamza, Samir, Nabil, Rami, Fadi, Sargon, Ninos, Ashur, Gabriel, Aziz, Yacoub", 10),
    ranked("Hassan, Ali, Ahmad, Mohammed, Abdullah, Ibrahim, Khalil, Saleh, Al-Ali, Haddad, Youssef, Mansour, Hamad, Al-Saadi, Jaber, Kadhim, Al-Jaberi, Abbas, Hussein, Najjar, Khoury, Othman, Al-Tamimi, Lahdo, Gabro, Malke, Khamo, Warda, Gorgis, Issa", 10),
)  # fmt: skip
SO = Origin(
    ranked("Fadumo, Hodan, Sahra, Amina, Hibo, Ayan, Asha, Ifrah, Khadra, Nimco, Sagal, Ubah, Muna, Ilhan, Hawa, Halima, Deqa, Ladan, Naima, Sucaad, Fartun, Maryan", 10),
    ranked("Abdirahman, Mohamed, Abdullahi, Ahmed, Abdi, Hassan, Mahad, Liban, Abdikadir, Yusuf, Omar, Ismail, Abdiaziz, Farah, Bashir, Hamse, Guled, Mukhtar, Said, Osman, Abdiwali, Khalid", 10),
    ranked("Mohamed, Ahmed, Ali, Hassan, Abdi, Hussein, Omar, Yusuf, Warsame, Farah, Jama, Osman, Ismail, Aden, Abdullahi, Nur, Dahir, Hirsi, Egal, Mohamud, Elmi, Guled, Adan, Abdulle", 10),
)  # fmt: skip
PL = Origin(  # men's forms of the surnames; a woman's -ski/-cki becomes -ska/-cka when drawn
    ranked("Anna, Katarzyna, Maria, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Elżbieta, Magdalena, Joanna, Aleksandra, Monika, Zofia, Teresa, Danuta, Natalia, Karolina, Marta, Beata, Dorota, Justyna, Paulina, Iwona, Jadwiga, Grażyna, Agata", 10),
    ranked("Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Jan, Michał, Marcin, Stanisław, Jakub, Adam, Marek, Łukasz, Grzegorz, Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Jerzy, Maciej, Rafał, Kamil, Robert, Józef, Bartosz, Przemysław", 10),
    ranked("Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Wojciechowski, Kwiatkowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Wróbel, Nowicki, Zawadzki, Wysocki, Majewski, Olszewski", 10),
)  # fmt: skip
FA = Origin(  # Iran
    ranked("Maryam, Fatemeh, Zahra, Leila, Shirin, Parisa, Nasrin, Roya, Mahsa, Sara, Azadeh, Narges, Niloufar, Neda, Setareh, Mina, Shadi, Elham, Golnar, Farideh, Soheila, Ladan, Yasaman, Samaneh", 10),
    ranked("Mohammad, Ali, Reza, Hossein, Mehdi, Amir, Hamid, Saeed, Majid, Behzad, Kaveh, Dariush, Babak, Arash, Farshid, Payam, Omid, Kourosh, Hamed, Navid, Pouya, Siavash, Mahmoud, Peyman", 10),
    ranked("Mohammadi, Hosseini, Ahmadi, Rezaei, Moradi, Karimi, Jafari, Rahimi, Hashemi, Mousavi, Sadeghi, Ebrahimi, Ghasemi, Rostami, Kazemi, Hosseinzadeh, Amini, Azizi, Sharifi, Najafi, Tehrani, Farahani, Shirazi, Bagheri", 10),
)  # fmt: skip
BCS = Origin(  # Bosnia, Serbia, Croatia, Montenegro
    ranked("Amra, Emina, Lejla, Selma, Amela, Jasmina, Mirsada, Azra, Ajla, Ana, Ivana, Marija, Jelena, Milica, Dragana, Snežana, Vesna, Maja, Gordana, Mirjana, Sanja, Tanja, Nataša, Biljana, Senada, Edina, Elma", 10),
    ranked("Amir, Adnan, Emir, Mirza, Kenan, Nermin, Edin, Haris, Mehmed, Senad, Dragan, Zoran, Milan, Nikola, Goran, Marko, Stefan, Aleksandar, Ivan, Dejan, Nenad, Saša, Dario, Luka, Ante, Tomislav, Dženan, Admir", 10),
    ranked("Hodžić, Hadžić, Begić, Delić, Kovačević, Mehmedović, Ibrahimović, Husić, Hasanović, Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Horvat, Kovačić, Babić, Marić, Jurić, Knežević, Popović, Salihović, Alić, Karić, Mujić, Softić, Mustafić, Šehić", 10),
)  # fmt: skip
TR = Origin(
    ranked("Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Meryem, Şerife, Zehra, Sultan, Hülya, Özlem, Esra, Merve, Büşra, Derya, Gül, Aysel, Songül, Sibel, Nur, Filiz, Yasemin, Dilek, Leyla", 10),
    ranked("Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Osman, Yusuf, Murat, Ömer, Ramazan, Halil, Süleyman, Abdullah, Mahmut, Recep, Emre, Kemal, Serkan, Burak, Erkan, Cem, Volkan", 10),
    ranked("Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Korkmaz, Karakaya, Erdoğan, Güneş, Aksoy", 10),
)  # fmt: skip
ER = Origin(  # Eritrea and Ethiopia: the surname is the father's given name
    ranked("Selam, Helen, Feven, Senait, Rahel, Hiwet, Winta, Luwam, Saba, Mebrat, Yordanos, Tsega, Semhar, Eden, Ruta, Lidia, Almaz, Elsa, Freweini, Simret, Meron, Tsehay", 10),
    ranked("Yonas, Daniel, Samuel, Tesfay, Tekle, Mehari, Filmon, Dawit, Robel, Habtom, Yohannes, Biniam, Kidane, Amanuel, Berhane, Merhawi, Efrem, Ghebre, Tesfalem, Natnael, Henok, Aron", 10),
    ranked("Tesfay, Tekle, Gebremedhin, Haile, Kidane, Berhane, Mehari, Yohannes, Ghebremariam, Tesfamariam, Weldemichael, Abraha, Gebreyesus, Habte, Woldu, Asmerom, Negash, Fesehaye, Ghirmay, Tewelde, Andemariam, Okbamichael", 10),
)  # fmt: skip
AF = Origin(  # Afghanistan: Dari, Pashto and Hazara names
    ranked("Fatima, Zahra, Maryam, Masuma, Marzia, Farzana, Shabnam, Nargis, Sakina, Zainab, Habiba, Sima, Gulalai, Malalai, Parwana, Freshta, Laila, Mursal, Hamida, Roqia, Nilofar, Tahmina", 10),
    ranked("Mohammad, Ahmad, Ali, Abdul, Mustafa, Hamid, Javad, Mahdi, Reza, Hussain, Sayed, Hassan, Jawad, Rahmatullah, Farid, Omid, Sohrab, Yama, Wahid, Najib, Karim, Habib, Zabihullah, Samiullah, Mirwais", 10),
    ranked("Ahmadi, Mohammadi, Hussaini, Rahimi, Sultani, Rezai, Hakimi, Karimi, Jafari, Amiri, Hashimi, Sadat, Popal, Noori, Nazari, Stanekzai, Safi, Wardak, Haidari, Rasuli, Barakzai, Yousufzai, Akbari, Sharifi", 10),
)  # fmt: skip
TH = Origin(
    ranked("Pranee, Nittaya, Kanya, Sunisa, Wanida, Suda, Jintana, Ratana, Porntip, Duangjai, Sasithorn, Kanokwan, Pimchanok, Rattana, Nongnuch, Supaporn, Araya, Ladda, Orathai, Chanida, Siriporn, Malee", 10),
    ranked("Somchai, Somsak, Sombat, Prasert, Boonmee, Anan, Wichai, Thawatchai, Sakchai, Narong, Kittisak, Surachai, Chaiwat, Apichat, Nattapong, Wirat, Pichit, Suchart, Kamon, Arthit", 10),
    ranked("Saetang, Srisuk, Wongsa, Chaiyaphum, Suwannarat, Boonsri, Kaewkham, Thongdee, Sukjai, Charoenphon, Rattanakul, Phromma, Jaidee, Somboon, Inthawong, Nakprasert, Sirisuk, Khamphan, Panyasit, Saelim", 10),
)  # fmt: skip
LA = Origin(  # Chile and the rest of Latin America: two surnames, the father's and the mother's
    ranked("María, Carolina, Daniela, Francisca, Camila, Valentina, Javiera, Constanza, Catalina, Fernanda, Paula, Andrea, Claudia, Patricia, Marcela, Verónica, Lorena, Paola, Ximena, Macarena, Gabriela, Ana, Carmen, Rosa, Soledad", 10),
    ranked("José, Juan, Luis, Carlos, Jorge, Francisco, Manuel, Pedro, Sebastián, Cristián, Diego, Matías, Felipe, Rodrigo, Pablo, Gonzalo, Patricio, Alejandro, Nicolás, Javier, Héctor, Mauricio, Andrés, Claudio, Ricardo", 10),
    ranked("González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo, Tapia, Reyes, Gutiérrez, Castro, Pizarro, Álvarez, Vásquez, Sánchez, Fernández", 10),
)  # fmt: skip
KU = Origin(  # Kurdish names from Iraq, Turkey, Iran and Syria
    ranked("Rozhin, Shilan, Nazdar, Shirin, Berivan, Hevi, Jiyan, Rojda, Avin, Dilan, Zozan, Nasrin, Gulistan, Tara, Kajal, Hana, Sherin, Bahar, Dilnaz, Lana, Roza, Zhino", 10),
    ranked("Rebin, Karwan, Shwan, Hiwa, Aram, Azad, Dilshad, Sherwan, Kawa, Rizgar, Baran, Hoshyar, Soran, Dara, Ahmed, Zana, Bakhtiyar, Kamaran, Hemin, Aso, Diyar, Serdar", 10),
    ranked("Ahmed, Mohammed, Abdullah, Rashid, Karim, Aziz, Hamad, Salih, Barzani, Amin, Qadir, Mahmoud, Hussein, Bakir, Osman, Zebari, Kurdi, Hawrami, Doski, Jaf, Baban, Akreyi, Rahman", 10),
)  # fmt: skip
UA = Origin(
    ranked("Olena, Nataliia, Tetiana, Iryna, Svitlana, Oksana, Yuliia, Olha, Kateryna, Anastasiia, Mariia, Viktoriia, Liudmyla, Halyna, Anna, Inna, Larysa, Daria, Alina, Valentyna", 10),
    ranked("Oleksandr, Serhii, Andrii, Volodymyr, Dmytro, Mykola, Yurii, Vasyl, Oleh, Ivan, Viktor, Ihor, Maksym, Vitalii, Roman, Bohdan, Taras, Artem, Denys, Petro", 10),
    ranked("Melnyk, Shevchenko, Kovalenko, Bondarenko, Boiko, Tkachenko, Kravchenko, Kovalchuk, Koval, Oliinyk, Shevchuk, Polishchuk, Bondar, Tkachuk, Marchenko, Rudenko, Lysenko, Savchenko, Moroz, Petrenko", 10),
)  # fmt: skip
IN = Origin(
    ranked("Priya, Anjali, Pooja, Neha, Divya, Sneha, Kavya, Lakshmi, Deepika, Shreya, Ananya, Swati, Aishwarya, Meera, Sunita, Rekha, Nisha, Ritu, Sangeeta, Harpreet", 10),
    ranked("Rahul, Amit, Vikram, Rajesh, Arjun, Sanjay, Suresh, Anil, Karthik, Vijay, Rohit, Ravi, Arun, Manoj, Deepak, Sunil, Aditya, Pradeep, Gurpreet, Venkat", 10),
    ranked("Sharma, Singh, Kumar, Patel, Gupta, Reddy, Rao, Iyer, Nair, Das, Joshi, Mehta, Shah, Verma, Agarwal, Chopra, Kapoor, Menon, Pillai, Banerjee", 10),
)  # fmt: skip
DE = Origin(
    ranked("Sabine, Susanne, Petra, Andrea, Claudia, Nicole, Stefanie, Julia, Katrin, Anja, Christina, Melanie, Birgit, Monika, Ute, Heike, Karin, Sandra, Anna, Lena", 10),
    ranked("Thomas, Michael, Andreas, Stefan, Frank, Markus, Christian, Jürgen, Uwe, Klaus, Wolfgang, Matthias, Sven, Tobias, Jan, Dirk, Jens, Florian, Sebastian, Martin", 10),
    ranked("Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann", 10),
)  # fmt: skip

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_F, SV_M, SV_S),
    "us": Origin(US_F, US_M, US_S),
    "uk": Origin(UK_F, UK_M, UK_S),
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
    "german": DE,
}

# Who is named, per language of the text. Interpreting brings many origins into one booking, so
# the origins common in Sweden weigh a little more than their share of the population; Swedes
# stay the largest group in Swedish and mixed text, Americans and Britons in English.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 58, "arabic": 8, "finnish": 4, "somali": 3, "persian": 3, "polish": 2.5,
        "bcs": 2.5, "afghan": 2.5, "kurdish": 2.5, "eritrean": 2, "turkish": 2, "ukrainian": 2,
        "thai": 1.2, "latin": 1.2, "german": 1, "indian": 0.8, "uk": 0.8, "us": 0.6,
    },
    "en": {
        "us": 36, "uk": 34, "swedish": 10, "arabic": 3, "indian": 3, "polish": 2, "latin": 2,
        "ukrainian": 1.5, "somali": 1.2, "persian": 1.2, "finnish": 1, "turkish": 1, "german": 1,
        "bcs": 0.8, "kurdish": 0.8, "afghan": 0.8, "eritrean": 0.8, "thai": 0.6,
    },
    "mixed": {
        "swedish": 48, "uk": 10, "us": 9, "arabic": 6, "finnish": 3, "polish": 3, "persian": 2.5,
        "bcs": 2.5, "somali": 2, "kurdish": 2, "afghan": 2, "turkish": 1.5, "eritrean": 1.5,
        "ukrainian": 1.5, "latin": 1.2, "thai": 1, "german": 1, "indian": 1,
    },
}  # fmt: skip

# Short forms people are called by, per origin, keyed by the given name as listed.
_SV_NICK = {
    "Lars": ["Lasse"], "Mikael": ["Micke"], "Joakim": ["Jocke"], "Karl": ["Kalle"], "Per": ["Pelle"],
    "Charlotte": ["Lotta"], "Susanne": ["Sussie", "Sanna"], "Elisabeth": ["Lisa", "Bettan"],
    "Katarina": ["Kattis", "Kajsa"], "Magnus": ["Manne"], "Thomas": ["Tompa"], "Fredrik": ["Fredde"],
    "Kristoffer": ["Kricke"], "Gustav": ["Gurra"], "Robert": ["Robban"], "Marcus": ["Mackan"],
    "Daniel": ["Danne"], "Patrik": ["Patte"], "Stefan": ["Steffe"], "Alexander": ["Alex"],
    "Sebastian": ["Sebbe"], "Jonathan": ["Jonte"], "Kristina": ["Stina", "Kicki"],
    "Margareta": ["Maggan"], "Birgitta": ["Gittan", "Bittan"], "Viktoria": ["Vickan"],
    "Madeleine": ["Madde"], "Rebecka": ["Becka"], "Louise": ["Lollo"], "Christer": ["Cricke"],
    "Christian": ["Chrille"], "Johannes": ["Jojje"], "Jörgen": ["Jögge"], "Bengt": ["Bengan"],
    "Ulrika": ["Ulla"], "Gunilla": ["Gullan"], "Emanuel": ["Manne"], "Andreas": ["Andy"],
    "Samuel": ["Sam", "Sammy"], "Torbjörn": ["Tobbe"], "Tobias": ["Tobbe"], "Hans": ["Hasse"],
    "Anders": ["Ante"], "Leif": ["Leffe"], "Kenneth": ["Kenta"], "Kent": ["Kenta"],
    "Elin": ["Ellie"], "Josefin": ["Jossan"], "Matilda": ["Tilda", "Tilde"], "Therese": ["Tessan"],
    "Johanna": ["Hanna"], "Gabriel": ["Gabbe"], "Mattias": ["Matte"], "Niklas": ["Nicke"],
}  # fmt: skip
_EN_NICK = {
    "William": ["Will", "Bill"], "Robert": ["Rob", "Bob"], "Elizabeth": ["Liz", "Beth"],
    "Margaret": ["Maggie", "Peggy"], "Michael": ["Mike"], "James": ["Jim", "Jamie"],
    "Christopher": ["Chris"], "Jennifer": ["Jen", "Jenny"], "Katherine": ["Kate", "Katie"],
    "Catherine": ["Cathy", "Kate"], "Richard": ["Rick", "Rich"], "Thomas": ["Tom"], "Daniel": ["Dan", "Danny"],
    "Matthew": ["Matt"], "Anthony": ["Tony"], "Joseph": ["Joe"], "Stephen": ["Steve"],
    "Steven": ["Steve"], "Samantha": ["Sam"], "Alexander": ["Alex"], "Rebecca": ["Becky", "Becca"],
    "Deborah": ["Debbie", "Deb"], "Patricia": ["Pat", "Trish"], "Susan": ["Sue"],
    "Jonathan": ["Jon"], "Benjamin": ["Ben"], "Nicholas": ["Nick"], "Edward": ["Ed", "Ted"],
    "Andrew": ["Andy", "Drew"], "Victoria": ["Vicky", "Tori"], "Kimberly": ["Kim"],
    "Jessica": ["Jess"], "Timothy": ["Tim"], "Kenneth": ["Ken"], "Gregory": ["Greg"],
    "Jeffrey": ["Jeff"], "Abigail": ["Abby"], "Eleanor": ["Ellie", "Nell"], "Charlotte": ["Lottie", "Charlie"],
    "Samuel": ["Sam"], "Frederick": ["Fred", "Freddie"], "Alfred": ["Alf"], "Gareth": ["Gaz"],
    "Christine": ["Chris"], "Pamela": ["Pam"], "Barbara": ["Barb"], "Dorothy": ["Dot"],
    "Stephanie": ["Steph"], "Natalie": ["Nat"], "Philip": ["Phil"], "Raymond": ["Ray"],
}  # fmt: skip
NICKNAMES: dict[str, dict[str, list[str]]] = {
    "swedish": _SV_NICK,
    "uk": _EN_NICK,
    "us": _EN_NICK,
    "finnish": {"Juhani": ["Jussi"], "Johannes": ["Juho"], "Mikael": ["Mikko"], "Matti": ["Masa"], "Kristiina": ["Kiti"]},
    "arabic": {"Mohammed": ["Mo", "Hamoudi"], "Abdullah": ["Abdu"], "Mustafa": ["Musti"], "Yousef": ["Joe"]},
    "somali": {"Abdirahman": ["Abdi"], "Abdullahi": ["Abdi"], "Fadumo": ["Fadi"]},
    "polish": {"Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"], "Aleksandra": ["Ola"], "Krzysztof": ["Krzysiek"], "Michał": ["Michu"], "Tomasz": ["Tomek"], "Paweł": ["Pawełek"], "Joanna": ["Asia"], "Agnieszka": ["Aga"]},
    "persian": {"Mohammad": ["Mamad"], "Fatemeh": ["Fati"], "Hossein": ["Hossi"]},
    "bcs": {"Aleksandar": ["Aco"], "Snežana": ["Sneža"], "Mehmed": ["Meho"], "Jasmina": ["Jasna"]},
    "turkish": {"Mehmet": ["Memo"], "Mustafa": ["Musti"]},
    "ukrainian": {"Oleksandr": ["Sasha"], "Volodymyr": ["Volodia"], "Kateryna": ["Katia"], "Anastasiia": ["Nastia"], "Dmytro": ["Dima"]},
    "latin": {"Francisca": ["Pancha"], "Francisco": ["Pancho"], "José": ["Pepe"], "Javiera": ["Javi"], "Alejandro": ["Alejo"]},
    "german": {"Wolfgang": ["Wolf"], "Matthias": ["Matze"], "Stefanie": ["Steffi"]},
    "indian": {"Venkat": ["Venky"]},
}  # fmt: skip
