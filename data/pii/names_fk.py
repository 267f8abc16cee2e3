# ruff: noqa: E501
"""Name pools of held-out FK (issue 15): who carries which names, weighted as the population has them.

Written from general knowledge by FK's writer, a helper who tunes nothing, read no other set's names and
did not check a single name against rung's lexicons; none is left out for being known or unknown.
Swedish given names and surnames are in the order of SCB's name statistics (weight 1/rank; the head the
top 150, the tail the rarer names past them); the US lists are the Census 1990 files
(`dist.female.first`, `dist.male.first`, `dist.all.last`, public domain, copied from the `names`
package as installed in the project's venv; the census per cent as weight, head 150); the UK lists in
the order of the ONS rankings (1/rank); the origins common in Sweden their commonest names (1/rank,
head 10). Lists are comma-separated text, parsed once; a duplicate in a list is an error.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this probability, else from its tail


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


def _split(text: str) -> list[str]:
    names = [n.strip() for n in text.replace("\n", " ").split(",") if n.strip()]
    twice = sorted({n for n in names if names.count(n) > 1})
    assert not twice, f"listed twice: {twice}"
    return names


def ranked(text: str, head: int) -> Pool:
    """A list in rank order, weight 1/rank."""
    names = _split(text)
    return Pool(
        tuple(names), tuple(1 / rank for rank in range(1, len(names) + 1)), min(head, len(names))
    )


def census(text: str, head: int = 150) -> Pool:
    """A census list, `Name:per cent`, the per cent as weight."""
    pairs = [item.split(":") for item in _split(text)]
    return Pool(tuple(n for n, _ in pairs), tuple(float(w) for _, w in pairs), head)


_PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "ø": "o", "Ø": "O", "æ": "ae", "ß": "ss"}
)


def plain(word: str) -> str:
    """A name typed without its letters (`Wiśniewski` -> `Wisniewski`, `Yılmaz` -> `Yilmaz`)."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_PLAIN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: -ski -> -ska, -cki -> -cka, -dzki -> -dzka."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# Sweden, women: SCB's order (all given names of the living population), then rarer names past the top 150.
SV_F = """
Maria, Elisabeth, Anna, Kristina, Margareta, Eva, Linnéa, Karin, Birgitta, Marie, Ingrid, Emma,
Sofia, Christina, Elin, Kerstin, Sara, Ingegerd, Helena, Lena, Marianne, Johanna, Inger, Hanna,
Louise, Katarina, Ulla, Viktoria, Julia, Ida, Linda, Susanne, Cecilia, Monica, Malin, Matilda,
Gunilla, Ebba, Annika, Amanda, Elsa, Anita, Jenny, Ann, Astrid, Alice, Caroline, Irene, Josefin,
Carina, Camilla, Åsa, Frida, Ingeborg, Barbro, Emelie, Lisa, Ulrika, Maja, Therese, Gunnel, Agneta,
Britt, Charlotte, Madeleine, Klara, Siv, Alexandra, Sofie, Ella, Lovisa, Pia, Yvonne, Ellen, Wilma,
Erika, Moa, Elisabet, Berit, Sandra, Jessica, Emilia, Gun, Rebecka, Lina, Agnes, Anneli, Evelina,
Mona, Felicia, Nora, Ingela, Marita, Maj, Sonja, Ylva, Helen, Mikaela, Jennifer, Olivia, Vera, Alva,
Signe, Ronja, Saga, Tove, Inga, Elvira, Lisbeth, Birgit, Gunvor, Ellinor, Stina, Hedvig, Isabelle,
Mia, Solveig, Elina, Tilda, Cornelia, Nathalie, Vilma, Tuva, Kristin, Greta, Marina, Annie, Linn,
Ann-Christin, Ann-Marie, Gerd, Sigrid, Hilda, Elise, Jeanette, Petra, Emilie, Lilly, Isabella, Thea,
Lilian, Ester, Märta, Margit, Rut, Fanny, Amelia, Freja,
Selma, Alma, Nellie, Stella, Edith, Ines, Meja, Leah, Juni, Iris, Lova, Tyra, Doris, Gunhild,
Lillemor, Gull-Britt, Ann-Sofie, Ann-Louise, Anna-Karin, Anna-Lena, Eva-Lena, Marie-Louise, Mari,
Pernilla, Veronica, Ewa, Kajsa, Karolina, Emmy, Hillevi, Tina, Annette, Anette, Sylvia, Gudrun,
Vivianne, Viveka, Katja, Katrin, Carolina, Cajsa, Maud, Magdalena, Marlene, Inga-Lill, Lillian,
Nina, Paula, Rakel, Ruth, Sanna, Tora, Tindra, Tekla, Svea, Sally, Rosa, Hannah, Idun, Josefine,
Jonna, Jasmine, Liv, Livia, Majvor, Mathilda, Melissa, Minna, Mira, Molly, My, Nadja, Nelly, Nicole,
Olga, Sigbritt, Siri, Teresia, Ulla-Britt, Valborg, Vendela, Vivi, Zara, Agda, Alfhild, Alicia,
Amalia, Angelica, Anja, Annelie, Annica, Aurora, Bella, Benita, Berta, Bodil, Britta, Britt-Marie,
Carin, Catharina, Charlotta, Christin, Dagmar, Daniela, Denise, Edla, Eira, Eleonora, Ellie, Elna,
Emmie, Erica, Estelle, Evy, Fredrika, Gabriella, Gisela, Gun-Britt, Hedda, Helga, Helene, Hjördis,
Irma, Isa, Ivy, Jessika, Josefina, Karina, Laila, Lea, Leila, Lisen, Lotta, Madelene, Maja-Stina,
Meta, Natalie, Ottilia, Patricia, Petronella, Rebecca, Regina, Rigmor, Sabina, Sigrun, Sofi,
Stephanie, Susanna, Tea, Tess, Tova, Ulrica, Vanja, Vivian, Aina, Alida, Anni, Asta,
Beata, Cecilie, Clara, Dagny, Elly, Elsie, Elvy, Emy, Engla, Eyvor, Gertrud,
Gunborg, Göta, Hulda, Ingalill, Inez, Jannike, Jill, Kim, Kristine, Lilja, Linnea, Lisbet, Majken,
Malva, Marit, Mary, Märit, Nanna, Ninni, Oda, Pauline, Ragnhild, Rosalie, Saskia,
Solbritt, Svanhild, Thyra, Tilde, Tone, Ulla-Stina, Viola, Åse, Margot, Elsy, Ann-Britt, Eva-Britt, Ann-Kristin, Lise-Lotte, Sonia, Terese
"""

# Sweden, men.
SV_M = """
Lars, Karl, Anders, Johan, Per, Erik, Nils, Carl, Mikael, Jan, Lennart, Hans, Olof, Peter, Gunnar,
Sven, Fredrik, Bengt, Bo, Daniel, Gustav, Åke, Göran, Alexander, Magnus, Martin, Andreas, Stefan,
John, Mats, Leif, Ulf, Christer, Thomas, Björn, Bertil, Axel, Arne, Jonas, Ingemar, Oskar, Kjell,
Stig, Henrik, Håkan, Mattias, David, Emil, Tommy, Viktor, Kent, Roland, Rolf, Simon, Michael, Tomas,
Anton, Filip, Christian, Robert, Patrik, Joakim, Wilhelm, Rickard, Kenneth, Sebastian, Roger,
William, Claes, Niklas, Jonathan, Gustaf, Ingvar, Elias, Marcus, Lucas, Hugo, Adam, Oscar, Jakob,
Tobias, Robin, Sören, Rune, Dan, Jörgen, Isak, Kurt, Jesper, Hampus, Linus, Ludvig, Gösta, Emanuel,
Oliver, Johannes, Torbjörn, Jimmy, Arvid, Ove, Albin, Olle, Liam, Kevin, Elis, Leo, Noah, Olov,
Dennis, Max, Samuel, Viggo, Melvin, Ali, Mohammad, Jacob, Theo, Lukas, Vincent, Love, Jonatan,
Alfred, Ivar, Edvin, Josef, Kristian, Einar, Harald, Sixten, Valter, Ronny, Pontus, Benjamin, Alf,
Ture, Ragnar, Sune, Holger, Allan, Birger, Folke, Conny, Karl-Erik, Per-Olof, Jan-Erik, Hannes,
Felix, Melker, Charlie, Alvin,
Adrian, Alex, Algot, Arnold, Artur, Assar, Benny, Berndt, Bernt, Börje, Casper, Conrad, Curt, Dag,
Douglas, Ebbe, Edvard, Egon, Eddie, Elof, Elliot, Erland, Evert, Fabian, Frans, Georg, Gerhard, Gert,
Glenn, Gottfrid, Greger, Halvar, Harry, Helge, Henning, Herbert, Hilding, Hjalmar, Ingmar, Ivan,
Jarl, Jens, Jerker, Joel, Jon, Jonny, Jöns, Karl-Johan, Kennet, Kim, Klas, Knut, Krister, Lars-Göran,
Lars-Olof, Lars-Erik, Leon, Levi, Loke, Malte, Markus, Mathias, Mauritz, Maximilian, Morgan, Måns,
Nicklas, Niclas, Nils-Erik, Noel, Orvar, Osvald, Otto, Per-Anders, Petter, Rasmus, Ruben, Rudolf,
Sigvard, Sigurd, Sten, Stellan, Sture, Svante, Sverker, Sölve, Tage, Teodor, Tim, Tor, Tord,
Torsten, Tore, Torgny, Ulrik, Uno, Valdemar, Vidar, Vilgot, Ville, Vilhelm, Yngve, Östen, Örjan,
Pär, Rikard, Roy, Sam, Thor, Tony, Urban, Wiktor, Willy, Zacharias, Gabriel, Jack, Jim, Kasper,
Kristoffer, Christopher, Nathan, Neo, Theodor, Wilmer, Vilmer, Erling, Gillis, Hadar, Ingolf, Inge,
Jöran, Karl-Gustaf, Lars-Åke, Leopold, Ola, Olav, Peder, Sigge, Staffan, Torvald, Valentin, Alrik,
Bror, Carl-Johan, Didrik, Edgar, Enar, Eskil, Fritiof, Hilmer, Isidor, Julius, Konrad, Magne, Milo,
Anders-Petter, Arild, Bert, Birk, Cay, Christoffer, Dick, Eilert, Ejnar, Elon,
Evald, Gunder, Hemming, Henry, Ingvald, Isac, Jan-Olof, Jerry, Joar, Kaj, Karl-Axel,
Kjell-Åke, Lage, Lenny, Lorentz, Malkolm, Nore, Ossian, Per-Erik, Ragne, Roine, Sigfrid,
Sonny, Sten-Åke, Sven-Erik, Tryggve, Tommie, Uwe, Walter, Wolmer, Åsmund, Sven-Olof, Per-Åke, Bengt-Göran, Jan-Åke, Ambjörn, Anund,
Sivert, Torleif
"""

# Sweden, surnames: SCB's order, with the Arabic and Somali names where SCB ranks them; rarer names past 150.
SV_S = """
Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson, Gustafsson,
Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson, Magnusson,
Olofsson, Lindström, Lindqvist, Lindgren, Axelsson, Berg, Bergström, Lundberg, Lind, Lundgren,
Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Forsberg, Sjöberg, Wallin, Ali,
Engström, Mohammed, Eklund, Danielsson, Lundin, Håkansson, Björk, Bergman, Gunnarsson, Holm,
Wikström, Samuelsson, Isaksson, Fransson, Bergqvist, Nyström, Holmberg, Arvidsson, Löfgren,
Söderberg, Nyberg, Blomqvist, Claesson, Nordström, Mårtensson, Lundström, Ahmed, Viklund,
Björklund, Eliasson, Pålsson, Hassan, Berggren, Sandström, Lund, Nordin, Ström, Åberg,
Hermansson, Ekström, Holmgren, Sundberg, Hedlund, Dahlberg, Hellström, Sjögren, Abrahamsson, Falk,
Öberg, Andreasson, Blom, Ek, Månsson, Strand, Martinsson, Lindholm, Åström, Norberg, Sundström,
Holmström, Jonasson, Ivarsson, Sundqvist, Nyman, Lindblom, Björkman, Nordqvist, Kristiansson,
Lindahl, Hedberg, Jensen, Mohamed, Omar, Öström, Dahl, Hallberg, Sundin, Ottosson, Åkesson,
Strömberg, Söderström, Bergkvist, Ibrahim, Forsman, Engberg, Johnsson, Lindell, Edlund, Hedström,
Ekman, Nordlund, Hussein, Borg, Westerberg, Sjöström, Roos, Adolfsson, Backman, Söderlund,
Nordgren, Malmberg, Rosén, Lindkvist, Sjödin, Gustavsson, Hansen, Stenberg, Ekberg, Åkerlund,
Wahlström, Ahlström, Lilja, Lindén, Eskilsson,
Hägg, Grönlund, Sjölund, Dahlgren, Nord, Ågren, Augustsson, Petersson, Hjalmarsson, Thorén, Hallin,
Björck, Sandin, Wiberg, Edström, Wiklund, Holmqvist, Rydberg, Nylund, Bäckström, Lindroth, Hedman,
Wennberg, Westin, Löfström, Östlund, Rosenberg, Söderqvist, Kjellberg, Bergh, Boström, Brandt,
Carlsson, Carlström, Dahlström, Ekholm, Englund, Ericsson, Ekdahl, Fors, Forslund, Granberg,
Granström, Grahn, Hagberg, Hagström, Haglund, Hammar, Hedin, Hellberg, Hellgren, Holmlund, Holst,
Hultgren, Hultman, Isberg, Jacobsson, Jernberg, Johannesson, Karlström, Kjellström, Klasson,
Knutsson, Kvist, Lidén, Lindeberg, Linder, Lindmark, Ljung, Ljungberg, Ljunggren, Lundmark,
Lundell, Malm, Malmström, Melin, Modig, Moberg, Mörk, Nordberg, Nordh, Nordling, Norén, Norling,
Norman, Nyqvist, Nyholm, Olausson, Olander, Palm, Palmqvist, Pihl, Quist, Rask, Rehn, Renström,
Rydén, Sahlin, Sandgren, Sandell, Selin, Sjöstrand, Skoglund, Stark, Stenström, Strid, Strömgren,
Sundell, Svärd, Sörensen, Thorsson, Törnqvist, Unger, Vesterlund, Wallén, Wallgren, Welin,
Wennström, Wessman, Westman, Westlund, Wikman, Wilhelmsson, Zetterberg, Zetterström, Åkerman,
Åslund, Öhman, Östman, Östberg, Örn, Alm, Almqvist, Aronsson, Asplund, Backlund, Blomberg, Blomgren,
Bolin, Brodin, Burman, Bäck, Börjesson, Dahlqvist, Davidsson, Ekstrand, Emanuelsson, Engdahl,
Engman, Erlandsson, Fagerberg, Franzén, Friberg, Frisk, Gabrielsson, Gerdin, Grönberg, Göransson,
Hagman, Hammarström, Hedqvist, Henningsson, Hjelm, Holgersson, Hultqvist, Ingvarsson, Jeppsson,
Josefsson, Kjellin, Kronberg, Lager, Lagerqvist, Levin, Lindroos, Lindh, Lindvall, Lundh, Löf,
Marklund, Mellberg, Nyblom, Näslund, Ohlsson, Oskarsson, Paulsson, Rosengren, Salomonsson,
Sandqvist, Sjöholm, Stenlund, Svedberg, Söderholm, Thelin, Torstensson, Vikström, Wahlberg, Wall,
Åkerblom, Åman, Abdi, Yusuf, Khalil, Saleh, von Essen, von Rosen, De Geer, Oxenstierna, Bonde,
Silfverskiöld, Lewenhaupt, af Sandeberg, Tham, Reuterskiöld
"""


# The US, Census 1990 (`dist.female.first`, `dist.male.first`, `dist.all.last`): name and per cent.
US_F = """
Mary:2.629, Patricia:1.073, Linda:1.035, Barbara:0.980, Elizabeth:0.937, Jennifer:0.932,
Maria:0.828, Susan:0.794, Margaret:0.768, Dorothy:0.727, Lisa:0.704, Nancy:0.669, Karen:0.667,
Betty:0.666, Helen:0.663, Sandra:0.629, Donna:0.583, Carol:0.565, Ruth:0.562, Sharon:0.522,
Michelle:0.519, Laura:0.510, Sarah:0.508, Kimberly:0.504, Deborah:0.494, Jessica:0.490,
Shirley:0.482, Cynthia:0.469, Angela:0.468, Melissa:0.462, Brenda:0.455, Amy:0.451, Anna:0.440,
Rebecca:0.430, Virginia:0.430, Kathleen:0.424, Pamela:0.416, Martha:0.412, Debra:0.408,
Amanda:0.404, Stephanie:0.400, Carolyn:0.385, Christine:0.382, Marie:0.379, Janet:0.379,
Catherine:0.373, Frances:0.370, Ann:0.364, Joyce:0.364, Diane:0.359, Alice:0.357, Julie:0.348,
Heather:0.337, Teresa:0.336, Doris:0.335, Gloria:0.335, Evelyn:0.322, Jean:0.315, Cheryl:0.315,
Mildred:0.313, Katherine:0.313, Joan:0.306, Ashley:0.303, Judith:0.297, Rose:0.296, Janice:0.285,
Kelly:0.283, Nicole:0.281, Judy:0.276, Christina:0.275, Kathy:0.272, Theresa:0.271, Beverly:0.267,
Denise:0.264, Tammy:0.259, Irene:0.252, Jane:0.250, Lori:0.248, Rachel:0.242, Marilyn:0.241,
Andrea:0.236, Kathryn:0.234, Louise:0.229, Sara:0.229, Anne:0.228, Jacqueline:0.228, Wanda:0.226,
Bonnie:0.223, Julia:0.223, Ruby:0.221, Lois:0.220, Tina:0.220, Phyllis:0.219, Norma:0.218,
Paula:0.217, Diana:0.216, Annie:0.216, Lillian:0.211, Emily:0.208, Robin:0.208, Peggy:0.208,
Crystal:0.207, Gladys:0.205, Rita:0.204, Dawn:0.202, Connie:0.200, Florence:0.200, Tracy:0.197,
Edna:0.197, Tiffany:0.195, Carmen:0.195, Rosa:0.194, Cindy:0.192, Grace:0.189, Wendy:0.185,
Victoria:0.180, Edith:0.179, Kim:0.178, Sherry:0.178, Sylvia:0.177, Josephine:0.177, Thelma:0.175,
Shannon:0.175, Sheila:0.175, Ethel:0.174, Ellen:0.173, Elaine:0.173, Marjorie:0.173, Carrie:0.171,
Charlotte:0.169, Monica:0.166, Esther:0.166, Pauline:0.165, Emma:0.165, Juanita:0.164,
Anita:0.162, Rhonda:0.162, Hazel:0.161, Amber:0.160, Eva:0.159, Debbie:0.157, April:0.154,
Leslie:0.154, Clara:0.153, Lucille:0.153, Jamie:0.153, Joanne:0.150, Eleanor:0.150, Valerie:0.149,
Danielle:0.149, Megan:0.147, Alicia:0.146, Suzanne:0.145, Michele:0.145, Gail:0.145, Bertha:0.143,
Darlene:0.142, Veronica:0.142, Jill:0.142, Erin:0.141, Geraldine:0.141, Lauren:0.137, Cathy:0.137,
Joann:0.136, Lorraine:0.135, Lynn:0.135, Sally:0.135, Regina:0.133, Erica:0.130, Beatrice:0.130,
Dolores:0.129, Bernice:0.128, Audrey:0.127, Yvonne:0.126, Annette:0.125, June:0.125,
Samantha:0.124, Marion:0.122, Dana:0.122, Stacy:0.121, Ana:0.120, Renee:0.120, Ida:0.118,
Vivian:0.118, Roberta:0.117, Holly:0.117, Brittany:0.117, Melanie:0.116, Loretta:0.115,
Yolanda:0.115, Jeanette:0.115, Laurie:0.114, Katie:0.113, Kristen:0.111, Vanessa:0.111,
Alma:0.111, Sue:0.111, Elsie:0.110, Beth:0.110, Jeanne:0.109, Vicki:0.109, Carla:0.107,
Tara:0.107, Rosemary:0.107, Eileen:0.105, Terri:0.105, Gertrude:0.103, Lucy:0.103, Tonya:0.102,
Ella:0.101, Stacey:0.101, Wilma:0.099, Gina:0.099, Kristin:0.099, Jessie:0.098, Natalie:0.098,
Agnes:0.098, Vera:0.098, Willie:0.097, Charlene:0.097, Bessie:0.096, Delores:0.095, Melinda:0.094,
Pearl:0.094, Arlene:0.094, Maureen:0.092, Colleen:0.092, Allison:0.092, Tamara:0.092, Joy:0.091,
Georgia:0.091, Constance:0.091, Lillie:0.090, Claudia:0.090, Jackie:0.090, Marcia:0.090,
Tanya:0.089, Nellie:0.089, Minnie:0.089, Marlene:0.088, Heidi:0.088, Glenda:0.088, Lydia:0.086,
Viola:0.086, Courtney:0.086, Marian:0.086, Stella:0.085, Caroline:0.085, Dora:0.084, Jo:0.083,
Vickie:0.082, Mattie:0.081, Terry:0.080, Maxine:0.079, Irma:0.079, Mabel:0.078, Marsha:0.078,
Myrtle:0.078, Lena:0.077, Christy:0.077, Deanna:0.076, Patsy:0.076, Hilda:0.075, Gwendolyn:0.074,
Jennie:0.073, Nora:0.073, Margie:0.072, Nina:0.072, Cassandra:0.072, Leah:0.072, Penny:0.071,
Kay:0.071, Priscilla:0.071, Naomi:0.071, Carole:0.071, Brandy:0.070, Olga:0.070, Billie:0.069,
Dianne:0.069, Tracey:0.069, Leona:0.069, Jenny:0.068, Felicia:0.068, Sonia:0.068, Miriam:0.066,
Velma:0.066, Becky:0.066, Bobbie:0.065, Violet:0.065, Kristina:0.065, Toni:0.064, Misty:0.063,
Mae:0.063, Shelly:0.062, Daisy:0.062, Ramona:0.062, Sherri:0.062, Erika:0.061, Katrina:0.061,
Claire:0.061, Lindsey:0.060, Lindsay:0.060, Geneva:0.059, Guadalupe:0.059, Belinda:0.059,
Margarita:0.059, Sheryl:0.059, Cora:0.058, Faye:0.058, Ada:0.057, Natasha:0.057, Sabrina:0.057,
Isabel:0.057, Marguerite:0.056, Hattie:0.056, Harriet:0.056, Molly:0.055, Cecilia:0.055,
Kristi:0.055, Brandi:0.055, Blanche:0.055, Sandy:0.055, Rosie:0.055, Joanna:0.055, Iris:0.055,
Eunice:0.054, Angie:0.054, Inez:0.053, Lynda:0.053, Madeline:0.052, Amelia:0.052, Alberta:0.052,
Genevieve:0.051, Monique:0.051, Jodi:0.051, Janie:0.051, Maggie:0.051, Kayla:0.051, Sonya:0.051,
Jan:0.051, Lee:0.051, Kristine:0.051, Candace:0.051, Fannie:0.050, Maryann:0.050, Opal:0.050,
Alison:0.050, Yvette:0.050, Melody:0.050, Luz:0.049, Susie:0.049, Olivia:0.049, Flora:0.049,
Shelley:0.049, Kristy:0.048, Mamie:0.048, Lula:0.048, Lola:0.048, Verna:0.048, Beulah:0.048,
Antoinette:0.048, Candice:0.046, Juana:0.046, Jeannette:0.046, Pam:0.046, Kelli:0.046,
Hannah:0.045, Whitney:0.045, Bridget:0.045, Karla:0.044, Celia:0.044, Latoya:0.043, Patty:0.043,
Shelia:0.043, Gayle:0.043, Della:0.043, Vicky:0.043, Lynne:0.043, Sheri:0.042, Marianne:0.042
"""
US_M = """
James:3.318, John:3.271, Robert:3.143, Michael:2.629, William:2.451, David:2.363, Richard:1.703,
Charles:1.523, Joseph:1.404, Thomas:1.380, Christopher:1.035, Daniel:0.974, Paul:0.948,
Mark:0.938, Donald:0.931, George:0.927, Kenneth:0.826, Steven:0.780, Edward:0.779, Brian:0.736,
Ronald:0.725, Anthony:0.721, Kevin:0.671, Jason:0.660, Matthew:0.657, Gary:0.650, Timothy:0.640,
Jose:0.613, Larry:0.598, Jeffrey:0.591, Frank:0.581, Scott:0.546, Eric:0.544, Stephen:0.540,
Andrew:0.537, Raymond:0.488, Gregory:0.441, Joshua:0.435, Jerry:0.432, Dennis:0.415, Walter:0.399,
Patrick:0.389, Peter:0.381, Harold:0.371, Douglas:0.367, Henry:0.365, Carl:0.346, Arthur:0.335,
Ryan:0.328, Roger:0.322, Joe:0.321, Juan:0.316, Jack:0.315, Albert:0.314, Jonathan:0.313,
Justin:0.311, Terry:0.311, Gerald:0.309, Keith:0.308, Samuel:0.306, Willie:0.302, Ralph:0.282,
Lawrence:0.282, Nicholas:0.275, Roy:0.273, Benjamin:0.270, Bruce:0.263, Brandon:0.260, Adam:0.259,
Harry:0.251, Fred:0.251, Wayne:0.249, Billy:0.248, Steve:0.246, Louis:0.243, Jeremy:0.242,
Aaron:0.240, Randy:0.232, Howard:0.230, Eugene:0.230, Carlos:0.229, Russell:0.224, Bobby:0.223,
Victor:0.222, Martin:0.216, Ernest:0.215, Phillip:0.213, Todd:0.213, Jesse:0.209, Craig:0.206,
Alan:0.204, Shawn:0.200, Clarence:0.197, Sean:0.197, Philip:0.197, Chris:0.197, Johnny:0.195,
Earl:0.193, Jimmy:0.191, Antonio:0.190, Danny:0.190, Bryan:0.190, Tony:0.190, Luis:0.189,
Mike:0.189, Stanley:0.186, Leonard:0.186, Nathan:0.185, Dale:0.184, Manuel:0.181, Rodney:0.180,
Curtis:0.180, Norman:0.177, Allen:0.174, Marvin:0.171, Vincent:0.168, Glenn:0.167, Jeffery:0.166,
Travis:0.166, Jeff:0.166, Chad:0.165, Jacob:0.165, Lee:0.162, Melvin:0.162, Alfred:0.162,
Kyle:0.160, Francis:0.160, Bradley:0.159, Jesus:0.155, Herbert:0.155, Frederick:0.154, Ray:0.153,
Joel:0.152, Edwin:0.148, Don:0.145, Eddie:0.144, Ricky:0.141, Troy:0.138, Randall:0.138,
Barry:0.134, Alexander:0.132, Bernard:0.127, Mario:0.125, Leroy:0.125, Francisco:0.124,
Marcus:0.124, Micheal:0.123, Theodore:0.123, Clifford:0.123, Miguel:0.122, Oscar:0.122, Jay:0.118,
Jim:0.118, Tom:0.117, Calvin:0.115, Alex:0.115, Jon:0.115, Ronnie:0.113, Bill:0.112, Lloyd:0.112,
Tommy:0.112, Leon:0.112, Derek:0.112, Warren:0.110, Darrell:0.108, Jerome:0.108, Floyd:0.107,
Leo:0.106, Alvin:0.105, Tim:0.104, Wesley:0.104, Gordon:0.104, Dean:0.104, Greg:0.104,
Jorge:0.104, Dustin:0.103, Pedro:0.103, Derrick:0.103, Dan:0.101, Lewis:0.099, Zachary:0.099,
Corey:0.098, Herman:0.097, Maurice:0.097, Vernon:0.097, Roberto:0.097, Clyde:0.095, Glen:0.094,
Hector:0.094, Shane:0.093, Ricardo:0.093, Sam:0.092, Rick:0.091, Lester:0.091, Brent:0.090,
Ramon:0.090, Charlie:0.090, Tyler:0.089, Gilbert:0.089, Gene:0.087, Marc:0.087, Reginald:0.084,
Ruben:0.082, Brett:0.082, Angel:0.082, Nathaniel:0.081, Rafael:0.081, Leslie:0.081, Edgar:0.080,
Milton:0.080, Raul:0.079, Ben:0.078, Chester:0.078, Cecil:0.078, Duane:0.077, Franklin:0.077,
Andre:0.076, Elmer:0.074, Brad:0.073, Gabriel:0.073, Ron:0.072, Mitchell:0.072, Roland:0.072,
Arnold:0.072, Harvey:0.072, Jared:0.071, Adrian:0.069, Karl:0.069, Cory:0.068, Claude:0.068,
Erik:0.068, Darryl:0.067, Jamie:0.066, Neil:0.066, Jessie:0.065, Christian:0.065, Javier:0.065,
Fernando:0.065, Clinton:0.065, Ted:0.064, Mathew:0.064, Tyrone:0.064, Darren:0.064, Lonnie:0.064,
Lance:0.063, Cody:0.063, Julio:0.063, Kelly:0.063, Kurt:0.062, Allan:0.061, Nelson:0.061,
Guy:0.060, Clayton:0.060, Hugh:0.060, Max:0.059, Dwayne:0.059, Dwight:0.058, Armando:0.058,
Felix:0.058, Jimmie:0.058, Everett:0.057, Jordan:0.056, Ian:0.056, Wallace:0.056, Ken:0.055,
Bob:0.055, Jaime:0.055, Casey:0.054, Alfredo:0.054, Alberto:0.053, Dave:0.053, Ivan:0.053,
Johnnie:0.052, Sidney:0.052, Byron:0.052, Julian:0.052, Isaac:0.051, Morris:0.051, Clifton:0.050,
Willard:0.050, Daryl:0.050, Ross:0.050, Virgil:0.049, Andy:0.049, Marshall:0.049, Salvador:0.049,
Perry:0.049, Kirk:0.049, Sergio:0.049, Marion:0.048, Tracy:0.048, Seth:0.048, Kent:0.048,
Terrance:0.048, Rene:0.048, Eduardo:0.047, Terrence:0.047, Enrique:0.046, Freddie:0.046,
Wade:0.045, Austin:0.044, Stuart:0.044, Fredrick:0.043, Arturo:0.043, Alejandro:0.043,
Jackie:0.043, Joey:0.043, Nick:0.043, Luther:0.043, Wendell:0.042, Jeremiah:0.042, Evan:0.042,
Julius:0.042, Dana:0.042, Donnie:0.041, Otis:0.041, Shannon:0.040, Trevor:0.040, Oliver:0.040,
Luke:0.040, Homer:0.040, Gerard:0.040, Doug:0.040, Kenny:0.039, Hubert:0.039, Angelo:0.039,
Shaun:0.039, Lyle:0.038, Matt:0.038, Lynn:0.038, Alfonso:0.038, Orlando:0.037, Rex:0.037,
Carlton:0.037, Ernesto:0.037, Cameron:0.037, Neal:0.037, Pablo:0.036, Lorenzo:0.036, Omar:0.036,
Wilbur:0.036, Blake:0.036, Grant:0.036, Horace:0.036, Roderick:0.036, Kerry:0.036, Abraham:0.035,
Willis:0.035, Rickey:0.035, Jean:0.035, Ira:0.035, Andres:0.034, Cesar:0.034, Johnathan:0.034,
Malcolm:0.034, Rudolph:0.034, Damon:0.034, Kelvin:0.034, Rudy:0.034, Preston:0.034, Alton:0.033,
Archie:0.033, Marco:0.033, Wm:0.033, Pete:0.032, Randolph:0.032, Garry:0.032, Geoffrey:0.032,
Jonathon:0.032, Felipe:0.032, Bennie:0.032, Gerardo:0.032, Ed:0.032, Dominic:0.032, Robin:0.032,
Loren:0.032, Delbert:0.031, Colin:0.031, Guillermo:0.031, Earnest:0.031
"""
US_S = """
Smith:1.006, Johnson:0.810, Williams:0.699, Jones:0.621, Brown:0.621, Davis:0.480, Miller:0.424,
Wilson:0.339, Moore:0.312, Taylor:0.311, Anderson:0.311, Thomas:0.311, Jackson:0.310, White:0.279,
Harris:0.275, Martin:0.273, Thompson:0.269, Garcia:0.254, Martinez:0.234, Robinson:0.233,
Clark:0.231, Rodriguez:0.229, Lewis:0.226, Lee:0.220, Walker:0.219, Hall:0.200, Allen:0.199,
Young:0.193, Hernandez:0.192, King:0.190, Wright:0.189, Lopez:0.187, Hill:0.187, Scott:0.185,
Green:0.183, Adams:0.174, Baker:0.171, Gonzalez:0.166, Nelson:0.162, Carter:0.162, Mitchell:0.160,
Perez:0.155, Roberts:0.153, Turner:0.152, Phillips:0.149, Campbell:0.149, Parker:0.146,
Evans:0.141, Edwards:0.137, Collins:0.134, Stewart:0.133, Sanchez:0.130, Morris:0.125,
Rogers:0.123, Reed:0.122, Cook:0.120, Morgan:0.118, Bell:0.117, Murphy:0.117, Bailey:0.115,
Rivera:0.113, Cooper:0.113, Richardson:0.112, Cox:0.110, Howard:0.110, Ward:0.108, Torres:0.108,
Peterson:0.107, Gray:0.106, Ramirez:0.105, James:0.105, Watson:0.103, Brooks:0.103, Kelly:0.102,
Sanders:0.100, Price:0.099, Bennett:0.099, Wood:0.098, Barnes:0.097, Ross:0.096, Henderson:0.095,
Coleman:0.095, Jenkins:0.095, Perry:0.094, Powell:0.093, Long:0.092, Patterson:0.092,
Hughes:0.092, Flores:0.092, Washington:0.092, Butler:0.091, Simmons:0.091, Foster:0.091,
Gonzales:0.087, Bryant:0.087, Alexander:0.085, Russell:0.085, Griffin:0.084, Diaz:0.084,
Hayes:0.083, Myers:0.083, Ford:0.082, Hamilton:0.082, Graham:0.082, Sullivan:0.081, Wallace:0.081,
Woods:0.080, Cole:0.080, West:0.080, Jordan:0.078, Owens:0.078, Reynolds:0.078, Fisher:0.077,
Ellis:0.077, Harrison:0.076, Gibson:0.075, McDonald:0.075, Cruz:0.075, Marshall:0.075,
Ortiz:0.075, Gomez:0.075, Murray:0.074, Freeman:0.074, Wells:0.073, Webb:0.072, Simpson:0.070,
Stevens:0.070, Tucker:0.070, Porter:0.069, Hunter:0.069, Hicks:0.069, Crawford:0.068, Henry:0.068,
Boyd:0.068, Mason:0.068, Morales:0.067, Kennedy:0.067, Warren:0.067, Dixon:0.066, Ramos:0.066,
Reyes:0.066, Burns:0.065, Gordon:0.065, Shaw:0.065, Holmes:0.065, Rice:0.064, Robertson:0.064,
Hunt:0.063, Black:0.063, Daniels:0.062, Palmer:0.062, Mills:0.061, Nichols:0.060, Grant:0.060,
Knight:0.060, Ferguson:0.059, Rose:0.059, Stone:0.059, Hawkins:0.059, Dunn:0.058, Perkins:0.058,
Hudson:0.058, Spencer:0.057, Gardner:0.057, Stephens:0.057, Payne:0.057, Pierce:0.056,
Berry:0.056, Matthews:0.056, Arnold:0.056, Wagner:0.055, Willis:0.055, Ray:0.055, Watkins:0.055,
Olson:0.055, Carroll:0.055, Duncan:0.055, Snyder:0.055, Hart:0.054, Cunningham:0.054,
Bradley:0.054, Lane:0.054, Andrews:0.054, Ruiz:0.054, Harper:0.054, Fox:0.053, Riley:0.053,
Armstrong:0.053, Carpenter:0.053, Weaver:0.053, Greene:0.053, Lawrence:0.052, Elliott:0.052,
Chavez:0.052, Sims:0.052, Austin:0.052, Peters:0.052, Kelley:0.052, Franklin:0.051, Lawson:0.051,
Fields:0.051, Gutierrez:0.051, Ryan:0.051, Schmidt:0.051, Carr:0.051, Vasquez:0.051,
Castillo:0.051, Wheeler:0.051, Chapman:0.050, Oliver:0.050, Montgomery:0.049, Richards:0.049,
Williamson:0.049, Johnston:0.049, Banks:0.048, Meyer:0.048, Bishop:0.048, McCoy:0.048,
Howell:0.048, Alvarez:0.048, Morrison:0.048, Hansen:0.047, Fernandez:0.047, Garza:0.047,
Harvey:0.047, Little:0.046, Burton:0.046, Stanley:0.046, Nguyen:0.046, George:0.046, Jacobs:0.046,
Reid:0.046, Kim:0.045, Fuller:0.045, Lynch:0.045, Dean:0.045, Gilbert:0.045, Garrett:0.045,
Romero:0.045, Welch:0.044, Larson:0.044, Frazier:0.044, Burke:0.044, Hanson:0.043, Day:0.043,
Mendoza:0.043, Moreno:0.043, Bowman:0.043, Medina:0.042, Fowler:0.042, Brewer:0.042,
Hoffman:0.042, Carlson:0.042, Silva:0.042, Pearson:0.042, Holland:0.042, Douglas:0.041,
Fleming:0.041, Jensen:0.041, Vargas:0.041, Byrd:0.041, Davidson:0.041, Hopkins:0.041, May:0.040,
Terry:0.040, Herrera:0.040, Wade:0.040, Soto:0.040, Walters:0.040, Curtis:0.040, Neal:0.039,
Caldwell:0.039, Lowe:0.039, Jennings:0.039, Barnett:0.039, Graves:0.039, Jimenez:0.039,
Horton:0.039, Shelton:0.039, Barrett:0.039, O'Brien:0.039, Castro:0.039, Sutton:0.038,
Gregory:0.038, McKinney:0.038, Lucas:0.038, Miles:0.038, Craig:0.038, Rodriquez:0.037,
Chambers:0.037, Holt:0.037, Lambert:0.037, Fletcher:0.037, Watts:0.037, Bates:0.037, Hale:0.037,
Rhodes:0.037, Pena:0.037, Beck:0.037, Newman:0.036, Haynes:0.036, McDaniel:0.036, Mendez:0.036,
Bush:0.036, Vaughn:0.036, Parks:0.035, Dawson:0.035, Santiago:0.035, Norris:0.035, Hardy:0.035,
Love:0.035, Steele:0.035, Curry:0.035, Powers:0.035, Schultz:0.035, Barker:0.035, Guzman:0.034,
Page:0.034, Munoz:0.034, Ball:0.034, Keller:0.034, Chandler:0.034, Weber:0.034, Leonard:0.034,
Walsh:0.033, Lyons:0.033, Ramsey:0.033, Wolfe:0.033, Schneider:0.033, Mullins:0.033, Benson:0.033,
Sharp:0.033, Bowen:0.033, Daniel:0.033, Barber:0.032, Cummings:0.032, Hines:0.032, Baldwin:0.032,
Griffith:0.032, Valdez:0.032, Hubbard:0.032, Salazar:0.032, Reeves:0.032, Warner:0.031,
Stevenson:0.031, Burgess:0.031, Santos:0.031, Tate:0.031, Cross:0.031, Garner:0.031, Mann:0.031,
Mack:0.031, Moss:0.031, Thornton:0.031, Dennis:0.031, McGee:0.031, Farmer:0.030, Delgado:0.030,
Aguilar:0.030, Vega:0.030, Glover:0.030, Manning:0.030, Cohen:0.030, Harmon:0.030, Rodgers:0.030,
Robbins:0.030, Newton:0.030, Todd:0.030, Blair:0.030, Higgins:0.030, Ingram:0.030, Reese:0.030,
Cannon:0.030, Strickland:0.030, Townsend:0.030, Potter:0.030, Goodwin:0.030, Walton:0.030,
Rowe:0.029, Hampton:0.029, Ortega:0.029, Patton:0.029, Swanson:0.029, Joseph:0.029, Francis:0.029,
Goodman:0.029, Maldonado:0.029, Yates:0.029, Becker:0.029, Erickson:0.029, Hodges:0.029,
Rios:0.029, Conner:0.029, Adkins:0.029, Webster:0.028, Norman:0.028, Malone:0.028, Hammond:0.028,
Flowers:0.028, Cobb:0.028, Moody:0.028, Quinn:0.028, Blake:0.028, Maxwell:0.028, Pope:0.028,
Floyd:0.027, Osborne:0.027, Paul:0.027, McCarthy:0.027, Guerrero:0.027, Lindsey:0.027,
Estrada:0.027, Sandoval:0.027, Gibbs:0.027, Tyler:0.027, Gross:0.027, Fitzgerald:0.027,
Stokes:0.027, Doyle:0.027, Sherman:0.027
"""

# The UK, women: the ONS rankings' order, weighted to the adult population as well as to births.
UK_F = """
Sarah, Emma, Elizabeth, Susan, Margaret, Claire, Helen, Karen, Louise, Julie, Nicola, Amanda,
Joanne, Lisa, Rachel, Samantha, Jennifer, Laura, Rebecca, Jessica, Charlotte, Hannah, Sophie,
Emily, Lucy, Amy, Katie, Victoria, Gemma, Kelly, Jane, Patricia, Mary, Linda, Christine, Janet,
Carol, Pauline, Jacqueline, Deborah, Tracey, Alison, Catherine, Angela, Michelle, Lynne, Anne, Ann,
Jean, Sandra, Barbara, Maureen, Jill, Wendy, Denise, Elaine, Dawn, Joan, Valerie, Sheila, Brenda,
Gillian, Fiona, Sharon, Caroline, Kathryn, Zoe, Natalie, Stephanie, Kirsty, Lauren, Chloe, Olivia,
Amelia, Isla, Ava, Mia, Grace, Lily, Ella, Isabella, Poppy, Freya, Evie, Sophia, Isabelle, Jasmine,
Megan, Holly, Abigail, Eleanor, Molly, Ruby, Daisy, Alice, Florence, Matilda, Rosie, Harriet,
Phoebe, Imogen, Millie, Erin, Eva, Georgia, Bethany, Leah, Danielle, Natasha, Kayleigh, Stacey,
Hayley, Lindsey, Heather, Anna, Alexandra, Jade, Jodie, Frances, Hazel, Irene, Doris, Dorothy,
Joyce, Eileen, Kathleen, Rita, Marion, Sylvia, Beryl, Audrey, Vera, Edna, Iris,
Gladys, Rose, Elsie, Ivy, Ethel, Mabel, Betty, Shirley, June, Pamela, Rosemary, Diane, Yvonne,
Lesley, Beverley, Theresa, Julia, Vanessa, Joanna, Sally, Penelope, Philippa, Clare, Kerry,
Leanne, Carly, Charlene, Chelsea, Shannon, Paige, Amber, Summer, Scarlett, Willow, Aria, Maisie,
Esme, Thea, Lottie, Ellie, Maya, Layla, Aisha, Fatima, Zara, Niamh, Siobhan, Ceri, Rhiannon,
Bronwen, Cerys, Morag, Eilidh, Catriona, Mhairi, Ailsa, Gwen, Nia, Seren, Orla, Aoife, Roisin
"""

UK_M = """
David, John, Paul, Michael, Andrew, Mark, James, Peter, Richard, Robert, Stephen, Christopher, Ian,
Simon, Daniel, Thomas, Matthew, Anthony, William, Steven, Gary, Kevin, Martin, Alan, Brian, Neil,
Colin, Graham, Keith, Philip, Jonathan, Adam, Lee, Darren, Jason, Stuart, Craig, Scott, Jamie, Ryan,
Benjamin, Samuel, Joseph, Jack, Oliver, Harry, George, Charlie, Jacob, Alfie, Noah, Leo, Oscar,
Archie, Henry, Freddie, Arthur, Theo, Joshua, Luke, Liam, Nathan, Callum, Connor, Kieran, Dean,
Carl, Wayne, Shaun, Glen, Russell, Nigel, Trevor, Roger, Barry, Malcolm, Derek, Raymond, Kenneth,
Ronald, Geoffrey, Terence, Dennis, Norman, Roy, Leslie, Stanley, Frederick, Albert, Harold, Ernest,
Frank, Edward, Charles, Douglas, Gordon, Hugh, Hamish, Angus, Fraser, Ewan, Euan, Rhys, Gareth,
Dylan, Owen, Sean, Patrick, Declan, Ciaran, Conor, Niall, Jake, Tyler, Bradley, Jordan, Aaron,
Lewis, Alexander, Max, Ethan, Isaac, Reuben, Toby, Elliot, Finley, Harrison, Sebastian, Teddy,
Tommy, Louie, Jude, Ronnie, Mason, Logan, Lucas, Muhammad,
Mohammed, Rory, Hugo, Rupert, Giles, Julian, Jeremy, Nicholas, Timothy, Roland, Vincent, Victor,
Clive, Howard, Desmond, Cyril, Leonard, Sidney, Reginald, Walter, Wilfred, Ralph, Bernard, Francis,
Gerald, Lawrence, Maurice, Stewart, Allan, Duncan, Alistair, Robin, Gethin, Dafydd, Iwan, Aled,
Crispin, Jasper, Ellis, Zachary, Kai, Dominic, Marcus, Ashley, Gavin, Jeffrey, Bryan, Murray, Ross
"""

UK_S = """
Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts, Robinson,
Thompson, Wright, Walker, White, Edwards, Hughes, Green, Hall, Lewis, Harris, Clarke, Patel,
Jackson, Wood, Turner, Martin, Cooper, Hill, Ward, Morris, Moore, Clark, Lee, King, Baker, Harrison,
Morgan, Allen, James, Scott, Phillips, Watson, Davis, Parker, Price, Bennett, Young, Griffiths,
Mitchell, Kelly, Cook, Carter, Richardson, Bailey, Collins, Bell, Shaw, Murphy, Miller, Cox,
Richards, Khan, Marshall, Anderson, Simpson, Ellis, Adams, Singh, Begum, Wilkinson, Foster,
Chapman, Powell, Webb, Rogers, Gray, Mason, Ali, Hunt, Hussain, Campbell, Matthews, Owen, Palmer,
Holmes, Mills, Barnes, Knight, Lloyd, Butler, Russell, Barker, Fisher, Stevens, Jenkins, Murray,
Dixon, Harvey, Graham, Pearson, Ahmed, Fletcher, Walsh, Kaur, Gibson, Howard, Andrews, Stewart,
Elliott, Reynolds, Saunders, Payne, Fox, Ford, Pearce, Day, Brooks, West, Lawrence, Cole,
Atkinson, Bradley, Spencer, Gill, Dawson, Ball, Burton, O'Brien, Watts, Rose, Booth, Perry, Ryan,
Grant, Wells, Armstrong, Francis, Rees, Hayes, Hart, Hudson, Newman, Barrett, Webster, Hunter,
Gregory, Carr, Lowe, Page,
Marsh, Riley, Dunn, Woods, Parsons, Berry, Stone, Reid, Holland, Hawkins, Harding, Porter,
Robertson, Newton, Oliver, Reed, Kennedy, Williamson, Bird, Gardner, Shah, Dean, Lane, Cunningham,
Warren, Nicholson, Gordon, Burns, Sutton, Bates, Wallace, Hamilton, Chambers, Black, Jordan,
Fuller, Doyle, Lynch, Moss, Cameron, Henderson, Hurst, Fowler, Welch, Pritchard, Norris, Stephens,
Stevenson, Hopkins, Lambert, Hammond, Frost, Hardy, Sharp, Whitehouse, Bishop, Hyde, Quinn, Mann,
Pugh, Rhodes, Thornton, Slater, Vaughan, Wheeler, Goodwin, Lamb, Howell, Coleman, Hobbs, Buckley,
Briggs, Nash, Kirby, Barlow, Boyle, Sanders, Dyer, Houghton, Tucker, Bryant, Knowles, Blake, Leach,
Moran, Nolan, Gough, Sims, Sheppard, Middleton, Bolton, Horton, Jarvis, Preston, Whittaker, Conway,
Farrell, Harper, Steele, Wong, Chan, Rahman, Akhtar, Iqbal, Mahmood, Kumar, Sharma, Macdonald,
MacLeod, Mackenzie, Fraser, Ross, Sinclair, Paterson, Duncan, Ferguson, Morrison, Llewellyn,
Prosser, Vaughan-Jones, Pryce, Trevelyan, Penrose, Tregear, Ashworth, Birtwistle, Holroyd
"""

# Origins common in Sweden: each list's commonest names in rank order (1/rank, head 10).
FI_F = "Maria, Helena, Anneli, Johanna, Kaarina, Marjatta, Hannele, Kristiina, Emilia, Liisa, Elina, Sofia, Tuula, Päivi, Riitta, Pirjo, Sari, Minna, Tiina, Anna, Aino, Eija, Leena, Sirpa, Merja, Satu, Katja, Laura, Sanna, Heidi, Aila, Marja-Liisa"
FI_M = "Juhani, Johannes, Olavi, Antero, Tapani, Kalevi, Mikael, Matti, Timo, Kari, Pekka, Mikko, Jari, Juha, Antti, Markku, Jukka, Heikki, Hannu, Seppo, Ilkka, Pentti, Esa, Ville, Janne, Petri, Tuomas, Veikko, Erkki, Lauri, Sami"
FI_S = "Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen, Hiltunen, Kallio, Leinonen, Miettinen"
# Arabic-speaking (Iraq, Syria, Lebanon, Palestine), with Assyrian/Syriac names among them.
AR_F = "Fatima, Maryam, Zainab, Noor, Sara, Huda, Layla, Amira, Rana, Hiba, Aya, Yasmin, Nour, Rasha, Hanan, Lina, Dalia, Samira, Mariam, Reem, Salma, Nadia, Zahra, Rania, Ninva, Shamiram, Nahrin, Ghada, Suha, Rima"
AR_M = "Mohammed, Ahmed, Ali, Hassan, Hussein, Omar, Mustafa, Ibrahim, Khaled, Mahmoud, Abdullah, Youssef, Karim, Ammar, Haidar, Firas, Samir, Bassam, Tariq, Rami, Ziad, Nabil, Walid, Jamal, Amir, Sargon, Ashur, Ninos, Aziz, Gabriel, Yacoub"
AR_S = "Ali, Mohammed, Ahmed, Hassan, Hussein, Ibrahim, Abdullah, Mahmoud, Saleh, Khalil, Youssef, Jaber, Haddad, Nasser, Saad, Kareem, Al-Obaidi, Al-Jaburi, Abbas, Mansour, Othman, Al-Saadi, Hamid, Shamoun, Barsoum, Gabriel, Lahdo, Issa, Khoshaba, Odisho, Toma, Malke, Yakoub, Hanna"
SO_F = "Fadumo, Hodan, Ayaan, Amina, Sahra, Hibo, Ifrah, Nasra, Khadra, Sagal, Asha, Halima, Fartun, Ubah, Deeqa, Hawa, Maryan, Muna, Ilhan, Filsan, Sucaad, Idil"
SO_M = "Mohamed, Abdi, Ahmed, Ali, Hassan, Abdullahi, Abdirahman, Abdikadir, Omar, Yusuf, Ismail, Mahad, Liban, Hamza, Abdirizak, Said, Farah, Bashir, Guled, Mustafe, Khalid, Abdiwali"
SO_S = "Mohamed, Abdi, Ahmed, Ali, Hassan, Omar, Hussein, Abdullahi, Farah, Warsame, Yusuf, Ismail, Aden, Jama, Nur, Osman, Gedi, Hirsi, Dahir, Egal, Elmi, Duale, Abdirahman, Mohamud, Said"
PL_F = "Anna, Maria, Katarzyna, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Elżbieta, Magdalena, Joanna, Zofia, Aleksandra, Monika, Teresa, Danuta, Natalia, Karolina, Marta, Beata, Dorota, Jadwiga, Halina, Irena, Justyna, Paulina, Agata"
PL_M = "Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Jan, Michał, Marcin, Stanisław, Jakub, Adam, Marek, Łukasz, Grzegorz, Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Jerzy, Maciej, Rafał, Kamil, Robert, Jacek, Ryszard, Tadeusz, Józef"
PL_S = "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Wojciechowski, Kwiatkowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Wróbel, Nowakowski, Majewski, Olszewski, Stępień, Malinowski, Jaworski, Adamczyk, Zawadzki, Sokołowski, Czarnecki"
FA_F = "Maryam, Fatemeh, Zahra, Sara, Narges, Leila, Shirin, Parisa, Azadeh, Mahsa, Nasrin, Roya, Mina, Neda, Shabnam, Samira, Ladan, Farnaz, Golnaz, Taraneh, Yasaman, Niloufar, Parvaneh, Soheila, Mitra"
FA_M = "Ali, Mohammad, Reza, Hossein, Mehdi, Amir, Hamid, Saeed, Behrouz, Babak, Dariush, Kourosh, Arash, Payam, Navid, Farhad, Omid, Siavash, Kaveh, Majid, Mehran, Peyman, Ramin, Shahram, Pouya"
FA_S = "Mohammadi, Hosseini, Ahmadi, Rezaei, Moradi, Karimi, Jafari, Rahimi, Hashemi, Mousavi, Sadeghi, Ghasemi, Heidari, Rostami, Ebrahimi, Kazemi, Salehi, Akbari, Azizi, Tehrani, Shirazi, Esfahani, Najafi, Farahani, Yazdani, Bagheri, Amini, Rahmani, Nazari, Sharifi"
# Bosnian, Serbian and Croatian.
BCS_F = "Amra, Emina, Lejla, Aida, Jasmina, Selma, Ajla, Amela, Mirela, Dragana, Jelena, Marija, Ana, Ivana, Snežana, Vesna, Gordana, Milica, Mirjana, Sanja, Maja, Tanja, Nermina, Edina, Azra, Alma, Sabina, Nataša, Ljiljana, Dijana"
BCS_M = "Emir, Adnan, Amir, Edin, Nermin, Senad, Mirza, Haris, Kenan, Damir, Elvir, Almir, Dragan, Zoran, Goran, Milan, Nenad, Dejan, Marko, Ivan, Stefan, Nikola, Luka, Jovan, Aleksandar, Miroslav, Dušan, Branko, Zlatan, Tomislav, Josip, Ante"
BCS_S = "Hodžić, Hadžić, Kovačević, Delić, Begić, Mehmedović, Hasanović, Husić, Salihović, Ibrahimović, Halilović, Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Stanković, Pavlović, Popović, Horvat, Babić, Marić, Jurić, Knežević, Kovač, Perić, Mujić, Alić, Šabić, Omerović, Mujanović, Karić"
TR_F = "Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Meryem, Şerife, Sultan, Hülya, Esra, Özlem, Derya, Gül, Leyla, Merve, Büşra, Yasemin, Ebru, Nur, Seda, Tuğba, Aylin, Sibel, Gülsüm"
TR_M = "Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Osman, Yusuf, Murat, Ömer, Ramazan, Halil, Süleyman, Abdullah, Mahmut, Recep, Emre, Burak, Fatih, Kemal, Serkan, Cem, Can, Erkan, Orhan"
TR_S = "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Korkmaz, Erdoğan, Güneş, Aksoy, Acar, Ateş, Kaplan, Bulut"
# Eritrea (Tigrinya): the father's given name serves as surname.
ER_F = "Helen, Senait, Selam, Saba, Yordanos, Winta, Feven, Ruta, Hiwet, Semhar, Tsega, Luwam, Eden, Meron, Rahel, Selamawit, Aster, Almaz, Tsehay, Azieb, Simret, Lemlem, Mihret, Mebrat"
ER_M = "Yonas, Tesfay, Daniel, Samuel, Dawit, Yohannes, Mehari, Berhane, Tekle, Haile, Kidane, Filmon, Robel, Million, Amanuel, Biniam, Natnael, Yemane, Girmay, Habtom, Efrem, Semere, Mussie, Goitom"
ER_S = "Tesfay, Berhane, Tekle, Haile, Kidane, Gebremedhin, Gebreyesus, Tesfamariam, Ghebremichael, Woldemariam, Habte, Yohannes, Mehari, Andemariam, Tewelde, Kahsay, Fitsum, Hagos, Asmerom, Ghirmay, Negash, Abraha, Ghebreab, Mesfin, Zerai"
AF_F = "Fatima, Maryam, Zahra, Shabana, Farzana, Malalai, Parwana, Soraya, Mariam, Fariba, Roya, Gulalai, Zarmina, Shakila, Nargis, Freshta, Nilofar, Tamana, Mursal, Mahtab, Lida, Sadaf"
AF_M = "Mohammad, Ahmad, Ali, Abdul, Hamid, Mustafa, Rahim, Khalid, Jawad, Farid, Mahmood, Reza, Hussain, Sayed, Naveed, Wahid, Qasim, Hamed, Yama, Zabiullah, Ehsan, Sultan, Najib, Shafiq, Murtaza"
AF_S = "Ahmadi, Mohammadi, Hussaini, Rahimi, Sultani, Noori, Karimi, Hakimi, Sadat, Amiri, Rezaie, Jafari, Haidari, Stanikzai, Popal, Durrani, Wardak, Safi, Mohammadzai, Hotak, Nazari, Azizi, Habibi, Sharifi, Sediqi, Naseri"
TH_F = "Siriporn, Pranee, Malee, Kanya, Ratana, Supaporn, Wanida, Nittaya, Jintana, Duangjai, Araya, Kanokwan, Pornthip, Sunisa, Waraporn, Chanida, Orawan, Sukanya, Nongnuch, Lamai, Pimchanok, Busaba, Jiraporn, Naree"
TH_M = "Somchai, Somsak, Prasert, Surachai, Anan, Boonmee, Chaiwat, Kittisak, Somboon, Nattapong, Sombat, Wichai, Thanawat, Pongsak, Suthep, Anurak, Kriangsak, Thawatchai, Sakda, Apichat"
TH_S = "Saetang, Srisuk, Wongsawat, Chaiyaporn, Sukprasert, Boonsong, Rattanakorn, Thongdee, Suwannarat, Kaewkla, Phromma, Chanthawong, Sirisawat, Jaidee, Inthachai, Somboon, Phongphan, Saelim, Saeheng, Thongsuk, Kongkaew, Boonyarat"
# Chile and the rest of Latin America: two surnames, the father's and the mother's.
LA_F = "María, Carolina, Camila, Francisca, Javiera, Valentina, Constanza, Catalina, Fernanda, Daniela, Paula, Gabriela, Andrea, Claudia, Patricia, Verónica, Marcela, Paola, Lorena, Ximena, Alejandra, Ana, Rosa, Isabel, Soledad, Pamela, Macarena, Josefina"
LA_M = "José, Juan, Carlos, Luis, Jorge, Francisco, Cristián, Pablo, Diego, Sebastián, Matías, Felipe, Rodrigo, Andrés, Gonzalo, Manuel, Ricardo, Alejandro, Patricio, Claudio, Mauricio, Marcelo, Héctor, Sergio, Víctor, Fernando, Eduardo, Tomás, Nicolás, Benjamín"
LA_S = "González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo, Tapia, Reyes, Gutiérrez, Castro, Pizarro, Álvarez, Vásquez, Sánchez, Fernández, Ramírez, Carrasco, Gómez, Cortés, Herrera, Núñez, Jara, Vergara"
# Kurdish (Iraq, Iran, Syria and Turkey; from Turkey often with Turkish surnames).
KU_F = "Rojin, Berivan, Dilan, Hevi, Zilan, Jiyan, Nazdar, Shilan, Avin, Helin, Rozerin, Nishtiman, Gulistan, Roza, Sherin, Delal, Viyan, Nesrin, Bahar, Evin, Ronahi, Kajal, Nergiz, Zerin"
KU_M = "Ahmad, Aram, Rebwar, Karwan, Dilshad, Hawre, Azad, Serhat, Baran, Rojhat, Shvan, Zana, Kawa, Rizgar, Sirwan, Hemin, Dara, Bakhtiyar, Hiwa, Ranj, Shorsh, Soran, Goran, Diyar, Kardo"
KU_S = "Rashid, Qadir, Hama, Rasul, Salih, Amin, Jalal, Faraj, Zebari, Hawrami, Kurdi, Sherwani, Ekinci, Tekin, Aziz, Mustafa, Karim, Abdullah, Ismail, Baban, Mirza, Doski, Bradosti, Othman"
# Others the writer judges common in Sweden: Ukraine, India, China, Germany.
UA_F = "Olena, Nataliia, Tetiana, Iryna, Oksana, Yuliia, Olha, Svitlana, Kateryna, Anastasiia, Mariia, Viktoriia, Halyna, Liudmyla, Alina, Daria, Sofiia, Valentyna, Larysa, Nadiia, Yana, Khrystyna"
UA_M = "Oleksandr, Serhii, Andrii, Volodymyr, Dmytro, Oleksii, Mykola, Ivan, Yurii, Vasyl, Viktor, Maksym, Bohdan, Taras, Roman, Petro, Artem, Mykhailo, Ihor, Vitalii, Denys, Pavlo"
UA_S = "Melnyk, Shevchenko, Kovalenko, Bondarenko, Boiko, Tkachenko, Kravchenko, Kovalchuk, Koval, Oliinyk, Shevchuk, Polishchuk, Bondar, Tkachuk, Moroz, Marchenko, Lysenko, Rudenko, Savchenko, Petrenko, Klymenko, Pavlenko, Savchuk, Kuzmenko, Ponomarenko"
IN_F = "Priya, Anjali, Pooja, Neha, Deepa, Sunita, Kavita, Lakshmi, Divya, Shreya, Aishwarya, Ananya, Swati, Meera, Radha, Nisha, Rekha, Anita, Sneha, Ritu, Geeta, Shalini, Preeti"
IN_M = "Rahul, Amit, Rajesh, Suresh, Vijay, Anil, Sanjay, Ravi, Arjun, Vikram, Rohit, Arun, Ajay, Sunil, Deepak, Manoj, Karthik, Prakash, Ashok, Nikhil, Aditya, Siddharth, Rajiv, Kiran"
IN_S = "Kumar, Singh, Sharma, Patel, Gupta, Reddy, Nair, Iyer, Rao, Shah, Mehta, Joshi, Verma, Das, Menon, Pillai, Chopra, Malhotra, Agarwal, Bose, Banerjee, Mukherjee, Krishnan, Desai, Kapoor"
ZH_F = "Fang, Na, Min, Jing, Li, Yan, Ying, Hui, Juan, Ling, Xiaoyan, Xiaomei, Lihua, Yumei, Hong, Qian, Xue, Ting, Yue, Shu, Yuxin, Mei"
ZH_M = "Wei, Lei, Jun, Yong, Jie, Tao, Ming, Hao, Bo, Chao, Gang, Qiang, Bin, Jian, Peng, Feng, Hua, Long, Zhiwei, Haoran, Yang, Kai, Xin"
ZH_S = "Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, He, Lin, Gao, Luo, Zheng, Liang, Xie, Song, Tang"
DE_F = "Ursula, Sabine, Monika, Petra, Andrea, Claudia, Susanne, Stefanie, Julia, Katrin, Anja, Nicole, Heike, Birgit, Karin, Gabriele, Christine, Renate, Ingrid, Helga, Laura, Lena, Lea, Sophie, Hannah, Marie"
DE_M = "Thomas, Michael, Andreas, Stefan, Peter, Klaus, Wolfgang, Jürgen, Frank, Uwe, Markus, Christian, Matthias, Jörg, Dirk, Ralf, Torsten, Holger, Bernd, Dieter, Helmut, Lukas, Jonas, Felix, Maximilian, Tobias"
DE_S = "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, Hofmann, Hartmann, Lange, Schmitt, Werner, Krause, Meier, Lehmann"

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(ranked(SV_F, 150), ranked(SV_M, 150), ranked(SV_S, 150)),
    "us": Origin(census(US_F), census(US_M), census(US_S)),
    "uk": Origin(ranked(UK_F, 130), ranked(UK_M, 130), ranked(UK_S, 150)),
    "finnish": Origin(ranked(FI_F, 10), ranked(FI_M, 10), ranked(FI_S, 10)),
    "arabic": Origin(ranked(AR_F, 10), ranked(AR_M, 10), ranked(AR_S, 10)),
    "somali": Origin(ranked(SO_F, 10), ranked(SO_M, 10), ranked(SO_S, 10)),
    "polish": Origin(ranked(PL_F, 10), ranked(PL_M, 10), ranked(PL_S, 10)),
    "persian": Origin(ranked(FA_F, 10), ranked(FA_M, 10), ranked(FA_S, 10)),
    "bcs": Origin(ranked(BCS_F, 10), ranked(BCS_M, 10), ranked(BCS_S, 10)),
    "turkish": Origin(ranked(TR_F, 10), ranked(TR_M, 10), ranked(TR_S, 10)),
    "eritrean": Origin(ranked(ER_F, 10), ranked(ER_M, 10), ranked(ER_S, 10)),
    "afghan": Origin(ranked(AF_F, 10), ranked(AF_M, 10), ranked(AF_S, 10)),
    "thai": Origin(ranked(TH_F, 10), ranked(TH_M, 10), ranked(TH_S, 10)),
    "latin": Origin(ranked(LA_F, 10), ranked(LA_M, 10), ranked(LA_S, 10)),
    "kurdish": Origin(ranked(KU_F, 10), ranked(KU_M, 10), ranked(KU_S, 10)),
    "ukrainian": Origin(ranked(UA_F, 10), ranked(UA_M, 10), ranked(UA_S, 10)),
    "indian": Origin(ranked(IN_F, 10), ranked(IN_M, 10), ranked(IN_S, 10)),
    "chinese": Origin(ranked(ZH_F, 10), ranked(ZH_M, 10), ranked(ZH_S, 10)),
    "german": Origin(ranked(DE_F, 10), ranked(DE_M, 10), ranked(DE_S, 10)),
}

# Who is named, per language of the text: roughly as Sweden's population is in Swedish and mixed text
# (a municipality's applicants, neighbours, inspectors, architects and builders), mostly the US and
# the UK in English text (planning and permits there, and people writing to a Swedish municipality).
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "afghan": 1.5, "turkish": 1.5, "kurdish": 1.5, "eritrean": 1.2, "ukrainian": 1.2,
        "thai": 1, "latin": 1, "german": 0.8, "indian": 0.8, "chinese": 0.7, "uk": 0.6, "us": 0.5,
    },
    "en": {
        "us": 38, "uk": 36, "swedish": 9, "indian": 4, "arabic": 2, "polish": 2, "latin": 2,
        "chinese": 1.5, "german": 1.5, "finnish": 1, "persian": 1, "somali": 1, "turkish": 1,
        "ukrainian": 1, "bcs": 0.8, "thai": 0.6, "eritrean": 0.5, "afghan": 0.5, "kurdish": 0.5,
    },
    "mixed": {
        "swedish": 52, "uk": 10, "us": 9, "arabic": 5, "finnish": 3, "polish": 3, "persian": 2.5,
        "bcs": 2.5, "indian": 2, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5, "afghan": 1.5,
        "ukrainian": 1.5, "german": 1.5, "eritrean": 1, "thai": 1, "latin": 1, "chinese": 1,
    },
}  # fmt: skip

# Short forms people go by, per origin: given name -> forms.
NICKNAMES: dict[str, dict[str, list[str]]] = {
    "swedish": {
        "Lars": ["Lasse"], "Mikael": ["Micke"], "Joakim": ["Jocke"], "Karl": ["Kalle"], "Carl": ["Calle"],
        "Per": ["Pelle", "Perra"], "Thomas": ["Tompa"], "Tomas": ["Tompa"], "Magnus": ["Manne"],
        "Kristoffer": ["Krille"], "Fredrik": ["Fredde"], "Jonas": ["Jonte"], "Patrik": ["Patte"],
        "Daniel": ["Danne"], "Marcus": ["Mackan"], "Markus": ["Mackan"], "Sebastian": ["Sebbe"],
        "Tobias": ["Tobbe"], "Robert": ["Robban"], "Rickard": ["Ricke"], "Gustav": ["Gurra"],
        "Gustaf": ["Gurra"], "Viktor": ["Vicke"], "Mattias": ["Matte"], "Hans": ["Hasse"],
        "Kenneth": ["Kenta"], "Stefan": ["Steffe"], "Roger": ["Roffe"], "Rolf": ["Roffe"],
        "Sven": ["Svenne"], "Bengt": ["Bengan"], "Leif": ["Leffe"], "Ulf": ["Uffe"], "Bo": ["Bosse"],
        "Christer": ["Crille"], "Kristian": ["Krille"], "Niklas": ["Nicke"], "Albin": ["Abbe"],
        "Elisabeth": ["Bettan", "Lisa"], "Margareta": ["Maggan"], "Kristina": ["Kicki", "Stina"],
        "Katarina": ["Kattis"], "Charlotte": ["Lotta"], "Charlotta": ["Lotta"], "Susanne": ["Sussie"],
        "Birgitta": ["Bittan", "Gittan"], "Madeleine": ["Maddie"], "Caroline": ["Carro"],
        "Josefin": ["Jossan"], "Jessica": ["Jessan"], "Viktoria": ["Vickan"], "Therese": ["Tessan"],
        "Camilla": ["Millan"], "Elisabet": ["Bettan"], "Alexandra": ["Sandra"], "Annika": ["Anki"],
    },
    "us": {
        "Robert": ["Bob", "Rob"], "William": ["Bill", "Will"], "James": ["Jim", "Jimmy"],
        "Michael": ["Mike"], "Christopher": ["Chris"], "Richard": ["Rick"], "Elizabeth": ["Liz", "Beth"],
        "Jennifer": ["Jen", "Jenny"], "Katherine": ["Kate"], "Margaret": ["Maggie", "Peggy"],
        "Patricia": ["Pat", "Trish"], "Thomas": ["Tom"], "Daniel": ["Dan"], "Matthew": ["Matt"],
        "Joseph": ["Joe"], "Anthony": ["Tony"], "Edward": ["Ed", "Ted"], "Samuel": ["Sam"],
        "Benjamin": ["Ben"], "Andrew": ["Andy"], "Steven": ["Steve"], "Stephen": ["Steve"],
        "Nicholas": ["Nick"], "Timothy": ["Tim"], "Jonathan": ["Jon"], "Rebecca": ["Becky"],
        "Victoria": ["Vicky"], "Susan": ["Sue"], "Deborah": ["Debbie"], "Kimberly": ["Kim"],
        "Gregory": ["Greg"], "Douglas": ["Doug"], "Raymond": ["Ray"], "Lawrence": ["Larry"],
    },
    "uk": {
        "Robert": ["Rob", "Bob"], "William": ["Will", "Bill"], "James": ["Jim", "Jamie"], "Michael": ["Mike"],
        "Christopher": ["Chris"], "Richard": ["Rich"], "Elizabeth": ["Liz", "Beth"], "Jennifer": ["Jen"],
        "Catherine": ["Cathy", "Kate"], "Margaret": ["Maggie"], "Thomas": ["Tom"], "Daniel": ["Dan"],
        "Matthew": ["Matt"], "Anthony": ["Tony"], "Edward": ["Ed", "Ted"], "Samuel": ["Sam"],
        "Benjamin": ["Ben"], "Andrew": ["Andy"], "Stephen": ["Steve"], "Steven": ["Steve"],
        "Nicholas": ["Nick"], "Timothy": ["Tim"], "Alexander": ["Alex"], "Samantha": ["Sam"],
        "Victoria": ["Vicky"], "Rebecca": ["Becky"], "Susan": ["Sue"], "Deborah": ["Debbie"],
        "Nicola": ["Nicky"], "Gillian": ["Gill"], "Abigail": ["Abby"], "Philip": ["Phil"],
        "Frederick": ["Fred"], "Kenneth": ["Ken"], "Geoffrey": ["Geoff"], "Terence": ["Terry"],
    },
    "polish": {
        "Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"], "Aleksandra": ["Ola"], "Tomasz": ["Tomek"],
        "Krzysztof": ["Krzysiek"], "Jakub": ["Kuba"], "Agnieszka": ["Aga"],
    },
    "latin": {"Francisco": ["Pancho"], "José": ["Pepe"], "Alejandro": ["Ale"]},
    "ukrainian": {"Oleksandr": ["Sasha"], "Kateryna": ["Katia"], "Volodymyr": ["Volodia"]},
    "arabic": {"Mohammed": ["Mo"], "Abdullah": ["Abdi"]},
    "finnish": {"Juhani": ["Jussi"], "Johannes": ["Hannes"]},
    "german": {"Wolfgang": ["Wolf"], "Maximilian": ["Max"]},
}  # fmt: skip
