# ruff: noqa: E501
"""Name pools of held-out HW (issue 15): names as the population carries them, by origin and weight.

Swedish given names and surnames are written in the order of SCB's name statistics (from the
writer's general knowledge of them; weight 1/rank, head the top 150, then a tail of rarer names
past them); the US Census 1990 lists are copied from the `names` package's data files
(`dist.female.first`, `dist.male.first`, `dist.all.last`; the census per cent is the weight,
head 150); UK names in the order of the ONS rankings (1/rank); and the commonest given names and
surnames of origins common in Sweden (1/rank, head 10). No name here was checked against anything
in the repository: none is left out for being known or unknown. Stdlib only.
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


def _words(text: str) -> list[str]:
    return [w.strip() for w in text.replace("\n", " ").split(",") if w.strip()]


def ranked(text: str, head: int) -> Pool:
    """Names in rank order, weight 1/rank; the first `head` of them are the head."""
    names = _words(text)
    assert len(names) == len(set(names)), [n for n in names if names.count(n) > 1]
    assert len(names) > head
    return Pool(tuple(names), tuple(1 / (i + 1) for i in range(len(names))), head)


def weighted(text: str, head: int) -> Pool:
    """`Name per-cent` pairs (the census lists), the per cent as weight."""
    pairs = [w.split() for w in _words(text)]
    names = [n for n, _ in pairs]
    assert len(names) == len(set(names))
    return Pool(tuple(names), tuple(float(p) for _, p in pairs), head)


_PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "İ": "I", "ø": "o", "Ø": "O", "ß": "ss"}
)


def plain(word: str) -> str:
    """A name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Đorđević` -> `Djordjevic`."""
    word = word.translate(_PLAIN)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# --- Sweden: SCB's name statistics, rank order (all given names in the population), 1/rank ---
SV_WOMEN = ranked(
    """
    Maria, Elisabeth, Anna, Kristina, Margareta, Eva, Linnéa, Karin, Birgitta, Marie, Ingrid,
    Sofia, Emma, Christina, Sara, Kerstin, Lena, Helena, Ida, Johanna, Julia, Hanna, Elin, Malin,
    Alice, Ulla, Inger, Viktoria, Susanne, Louise, Anita, Matilda, Amanda, Katarina, Linda, Astrid,
    Elsa, Monica, Gunilla, Ebba, Ann, Annika, Cecilia, Frida, Ulrika, Elisabet, Charlotte, Camilla,
    Jenny, Therese, Josefin, Margaretha, Agneta, Åsa, Maja, Caroline, Siv, Barbro, Karolina, Lisa,
    Ellen, Helen, Gunnel, Klara, Wilma, Ella, Vera, Irene, Gun, Ingeborg, Pia, Alva, Yvonne,
    Emelie, Marianne, Britt, Jessica, Sandra, Elvira, Ingegerd, Emilia, Olivia, Ester, Selma,
    Lovisa, Mona, Ingela, Saga, Anneli, Gunhild, Britta, Solveig, Alexandra, Katrin, Sofie, Elsie,
    Lina, Moa, Nora, Agnes, Ann-Christin, Rebecka, Nathalie, Stina, Alma, Viola, Signe, Birgit,
    Laila, Lilly, Mia, Hedvig, Cornelia, Felicia, Tilda, Ylva, Tove, Jeanette, Petra, Carina,
    Marina, Madeleine, Anette, Sonja, Linn, Greta, Ruth, Gerd, Inga, Märta, Berit, Lisbeth, Sigrid,
    Ann-Marie, Maud, Tindra, Thea, Isabelle, Ronja, Liv, Evelina, Elina, Sanna, Kajsa, Tina,
    Kristin, Veronica, Sylvia, Pernilla, Mikaela, Helene, Rose-Marie, Jennie, Elise,
    Ann-Sofie, Anna-Karin, Eva-Lena, Gudrun, Dagmar, Elna, Majvor, Gunvor, Ingalill, Marit,
    Lillemor, Svea, Hjördis, Margit, Edit, Asta, Alfhild, Tyra, Hilma, Augusta, Beda, Ulla-Britt,
    Britt-Marie, Ann-Louise, Ann-Kristin, Anne, Annelie, Bodil, Brita, Carin, Catarina, Catharina,
    Cathrine, Christel, Christin, Clara, Dorotea, Edith, Eivor, Ellinor, Elvy, Emmy, Engla, Erika,
    Evy, Fanny, Filippa, Gertrud, Gisela, Gunborg, Gunbritt, Hanne, Harriet, Hedda, Henny, Hillevi,
    Ingvor, Irma, Iris, Isa, Jill, Jonna, Josefine, Judit, Lea, Lill, Lillian, Lova, Lydia, Maj,
    Majlis, Malva, Margot, Mariana, Marika, Marlene, Mathilda, Meja, Mira, My, Nellie, Ninni,
    Ottilia, Paula, Rakel, Ragnhild, Rosa, Sabina, Sally, Siri, Stella, Tekla, Tuva, Ulla-Karin,
    Vanja, Vendela, Viveka, Vivianne, Agda, Alfrida, Ann-Charlotte, Ann-Katrin, Annie, Anja,
    Beatrice, Benita, Cajsa, Charlotta, Christine, Daniela, Doris, Eleonora, Elly, Gabriella,
    Gunn, Ingmarie, Josephine, Lilian, Linnea, Madelene, Malena, Mimmi, Minna, Olga, Signhild,
    Susann, Tora, Vilma, Yvette, Elsy, Gullvi, Ingegärd, Kristine, Lisen, Majbritt, Ingbritt,
    Anne-Marie, Marie-Louise, Eva-Karin, Maj-Britt, Aina, Alida, Amalia, Amelie,
    Angelica, Ann-Britt, Annette, Aurora, Bella, Bibbi, Britt-Inger,
    Cecilie, Clary, Dorit, Edla, Elida, Eira, Elfrida, Elisa, Elvi, Emelia, Estrid, Freja,
    Gullan, Gunlög, Hildur, Idun, Ina, Ingeli, Ingun, Jannike, Juni, Kaisa, Kerttu, Lejla,
    Lisette, Liselott, Lotta, Majken, Marita, Melina, Mirjam, Monika, Nanna, Nova, Ottilie,
    Pauline, Ragna, Rut, Saimi, Sigbritt, Solbritt, Solvig, Svanhild, Teresia, Ulrica, Valborg,
    Wivianne, Åse
    """,
    head=150,
)
SV_MEN = ranked(
    """
    Lars, Karl, Anders, Johan, Per, Erik, Nils, Carl, Lennart, Mikael, Jan, Hans, Peter, Olof,
    Gunnar, Sven, Fredrik, Bengt, Bo, Daniel, Gustav, Alexander, Åke, Magnus, Göran, Stefan, Oskar,
    Thomas, Andreas, Ulf, Martin, Jonas, Mats, Axel, Leif, Bertil, Arne, Christer, Björn, Mattias,
    Stig, Kjell, Rolf, Henrik, Emil, David, Viktor, Roland, Håkan, William, Anton, Tommy, Ingvar,
    Marcus, Christoffer, Robert, Sebastian, Patrik, Simon, Rune, Joakim, Filip, Lucas, Jonathan,
    Elias, Hugo, Gustaf, Kent, Kurt, Tobias, Niklas, Johannes, Roger, Ludvig, Adam, Emanuel,
    Oliver, Jakob, Rickard, Jörgen, Kenneth, Isak, Josef, Jesper, Dan, Torbjörn, Claes, Sten,
    Jimmy, Tomas, Dennis, Arvid, Linus, Vilhelm, Samuel, Albin, Edvin, Theodor, Liam, Noah, Leo,
    Alfred, Henry, Felix, Valter, Max, Hampus, Gösta, Rasmus, Harald, Ingemar, Conny, Ove, Allan,
    Robin, Kristoffer, Richard, Pontus, Jacob, Jens, Urban, Pär, Sture, Elis, Olle, Vincent,
    Benjamin, Melvin, Otto, Folke, Birger, Holger, Tage, Alf, Torsten, Lars-Erik, Per-Olof,
    Karl-Erik, Jan-Erik, Sixten, Frans, Wilhelm, Gabriel, Mohammed, Ali, Adrian, Carl-Johan,
    Mohamed, Ahmed, Omar, Assar, Algot, Edvard, Evert, Einar, Eskil, Egon, Gillis, Gerhard,
    Greger, Gert, Hilding, Ivar, Ivan, Joel, Jon, Kristian, Krister, Lage, Leonard, Love, Lukas,
    Malte, Melker, Milo, Måns, Nicklas, Noel, Ola, Orvar, Osvald, Petter, Ragnar, Reinhold, Roine,
    Ronny, Rutger, Severin, Sigge, Sigvard, Stellan, Svante, Sören, Teodor, Ture, Uno, Valdemar,
    Verner, Viggo, Wilmer, Yngve, Östen, Arnold, Artur, Benny, Bernt, Bror, Börje, Carl-Gustaf,
    Curt, Dag, Douglas, Ebbe, Elof, Enar, Erland, Ernst, Fabian, Gottfrid, Halvar, Harry, Helge,
    Herbert, Hjalmar, Hilmer, Ingmar, Inge, Jarl, Joar, John, Julius, Kaj, Kennet, Knut, Konrad,
    Lennarth, Mauritz, Natanael, Olov, Patric, Ragnvald, Reidar, Roy, Rudolf, Sigurd, Sivert,
    Staffan, Sune, Ted, Thor, Tor, Torgny, Tord, Torvald, Tryggve, Ulrik, Valentin, Vidar, Viking,
    Waldemar, Walter, Bo-Göran, Lars-Göran, Per-Erik, Sven-Erik, Nils-Erik, Jan-Olof, Karl-Gustav,
    Lars-Olof, Hans-Erik, Stig-Arne, Bengt-Åke, Per-Anders, Jan-Åke, Nils-Olof, Eddie, Elliot,
    Alvin, Charlie, Colin, Loke, Tim, Tore, Sam, Kevin, Mathias, Markus, Adolf, August, Hannes,
    Helmer, Jack, Kasper, Lars-Åke, Mio, Oscar, Ruben, Sander, Seth, Zacharias, Ossian, Elvin,
    Aron, Dante, Edgar, Frank, Henning, Ingolf, Jerker, Jöns, Kjell-Åke, Kristofer, Lars-Gunnar,
    Mårten, Nicolas, Olav, Paul, Rikard, Sigfrid, Anund, Arild, Bernhard, Calle,
    Dick, Eilert, Emrik, Erling, Fritiof, Gideon, Gunder, Haldor, Hemming, Hjalte, Ingevald,
    Isidor, Jesse, Josua, Karl-Axel, Kenny, Lave, Leander, Manne, Melchior, Nore,
    Pelle, Per-Åke, Sigvald, Sölve, Tjelvar, Vide, Yrjö
    """,
    head=150,
)
SV_SURNAMES = ranked(
    """
    Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson,
    Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson,
    Magnusson, Lindström, Olofsson, Lindqvist, Lindgren, Berg, Axelsson, Bergström, Lundberg, Lind,
    Lundgren, Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Ali, Forsberg,
    Mohammed, Sjöberg, Wallin, Ahmed, Engström, Eklund, Danielsson, Lundin, Håkansson, Björk,
    Bergman, Gunnarsson, Holm, Wikström, Samuelsson, Isaksson, Fransson, Bergqvist, Nyström,
    Holmberg, Arvidsson, Löfgren, Söderberg, Nyberg, Blomqvist, Claesson, Nordström, Hassan,
    Mårtensson, Lundström, Viklund, Björklund, Eliasson, Pålsson, Berggren, Sandström, Lund,
    Nordin, Ström, Åberg, Hermansson, Ekström, Holmgren, Falk, Dahlberg, Hellström, Hedlund,
    Sundberg, Sjögren, Ek, Blom, Abrahamsson, Martinsson, Öberg, Andreasson, Strömberg, Månsson,
    Åkesson, Hansen, Norberg, Lindholm, Dahl, Jonasson, Hussein, Sundström, Mohamed, Jensen,
    Åström, Ivarsson, Lindahl, Söderström, Ibrahim, Nyman, Holmström, Lindén, Omar, Sundqvist,
    Berntsson, Lindblom, Nordqvist, Strand, Hedström, Johnsson, Edlund, Skoglund, Sjöström, Eklöf,
    Ottosson, Lundmark, Ekman, Friberg, Hägglund, Nordlund, Lindell, Lindkvist, Ahlström, Hedberg,
    Petersson, Ekberg, Franzén, Wahlström, Kristiansson, Göransson, Lindroth, Stenberg, Nord,
    Sjödin, Östlund, Borg, Wiklund, Forsman, Kjellberg, Carlsson,
    Rosén, Kristensson, Bäckström, Adolfsson, Alm, Almqvist, Ahlberg, Ahlgren, Backlund, Backman,
    Bergkvist, Bergdahl, Bergh, Blomberg, Boman, Brandt, Broberg, Burman, Bäck, Bäckman, Carlberg,
    Carlström, Dahlgren, Dahlin, Dahlqvist, Ekdahl, Ekholm, Ekvall, Emanuelsson, Engberg, Engdahl,
    Englund, Enqvist, Fagerberg, Fagerström, Falkenberg, Fors, Forslund, Forssell, Granberg,
    Granath, Granlund, Grönberg, Grönlund, Grahn, Gustavsson, Hagberg, Hagström, Hallberg,
    Hallgren, Halvarsson, Hammar, Hammarberg, Hedin, Hedman, Helgesson, Hellberg, Hellgren,
    Hellman, Holmqvist, Holmlund, Hultgren, Hultman, Häggström, Höglund, Isberg, Johannesson,
    Josefsson, Karlberg, Kihlberg, Klang, Kling, Kjellgren, Kvist, Lagerström, Landin, Larsen,
    Lennartsson, Lidén, Liljegren, Lilja, Linde, Lindeberg, Lindfors, Lindvall, Ljung, Ljungberg,
    Ljunggren, Lorentzon, Lundh, Lundell, Lundholm, Lundkvist, Löfström, Malm, Malmberg,
    Malmström, Melin, Moberg, Norén, Norling, Norman, Nyholm, Nylander, Nylund, Näslund, Oskarsson,
    Palm, Palmqvist, Paulsson, Pehrsson, Pihl, Qvist, Rask, Roos, Rosenberg, Rosengren, Rydberg,
    Rydén, Rönnberg, Sandell, Sandgren, Schmidt, Selin, Sjölund, Skog, Sköld, Stark, Stenström,
    Sundin, Sundell, Svanberg, Svärd, Söderlund, Söderqvist, Sörensen, Thorén, Thunberg, Wahlberg,
    Wahlgren, Wallén, Wallgren, Wennberg, Westberg, Westerberg, Westerlund, Westin, Westman,
    Wikberg, Wikman, Zetterlund, Zackrisson, Åkerlund, Åkerman, Åslund, Östberg, Östman, Öhman,
    Nordgren, Norrman, Nordh, Rydell, Sahlin, Sandqvist, Segerström, Sjöholm, Stenlund,
    Strömqvist, Sundelin, Tell, Thorsson, Törnqvist, Vesterlund, Wennström, Wester, Åhlund, Åhman,
    Ahlin, Alfredsson, Arnesson, Augustsson, Bergsten, Birgersson, Bjurström, Blad, Bodin, Bolin,
    Borgström, Bylund, Dahlström, Edberg, Edström, Ekelund, Elmqvist, Emilsson, Engvall,
    Erlandsson, Eskilsson, Frisk, Fröberg, Gabrielsson, Grip, Haglund, Hammarström, Helin,
    Hjalmarsson, Holgersson, Hultqvist, Jeppsson, Johnson, Kronberg, Kullberg, Lejon, Lindmark,
    Linnér, Ljungqvist, Lövgren, Modig, Mörk, Nordahl, Nyqvist, Olausson, Olsen, Ryberg, Sahlberg,
    Sandén, Sandin, Sjökvist, Steen, Stolt, Strid, Stålberg, Svedberg, Svahn, Vikström, Wallberg,
    Wallström, Wennerberg, Wernersson, Wiberg, Wickström, Ågren, Ångström, Örn, von Essen,
    De Geer, af Klercker, von Platen, Gyllenhammar, Lewenhaupt, Rehnberg, Stjernström, Ölund,
    Tengvall, Uddén, Vallin, Wänström, Yngvesson, Åkerström
    """,
    head=150,
)

# --- US: the Census 1990 lists (public domain), the per cent as weight ---
US_WOMEN = weighted(
    """
    Mary 2.629, Patricia 1.073, Linda 1.035, Barbara 0.980, Elizabeth 0.937, Jennifer 0.932, Maria
    0.828, Susan 0.794, Margaret 0.768, Dorothy 0.727, Lisa 0.704, Nancy 0.669, Karen 0.667, Betty
    0.666, Helen 0.663, Sandra 0.629, Donna 0.583, Carol 0.565, Ruth 0.562, Sharon 0.522, Michelle
    0.519, Laura 0.510, Sarah 0.508, Kimberly 0.504, Deborah 0.494, Jessica 0.490, Shirley 0.482,
    Cynthia 0.469, Angela 0.468, Melissa 0.462, Brenda 0.455, Amy 0.451, Anna 0.440, Rebecca 0.430,
    Virginia 0.430, Kathleen 0.424, Pamela 0.416, Martha 0.412, Debra 0.408, Amanda 0.404, Stephanie
    0.400, Carolyn 0.385, Christine 0.382, Marie 0.379, Janet 0.379, Catherine 0.373, Frances 0.370,
    Ann 0.364, Joyce 0.364, Diane 0.359, Alice 0.357, Julie 0.348, Heather 0.337, Teresa 0.336,
    Doris 0.335, Gloria 0.335, Evelyn 0.322, Jean 0.315, Cheryl 0.315, Mildred 0.313, Katherine
    0.313, Joan 0.306, Ashley 0.303, Judith 0.297, Rose 0.296, Janice 0.285, Kelly 0.283, Nicole
    0.281, Judy 0.276, Christina 0.275, Kathy 0.272, Theresa 0.271, Beverly 0.267, Denise 0.264,
    Tammy 0.259, Irene 0.252, Jane 0.250, Lori 0.248, Rachel 0.242, Marilyn 0.241, Andrea 0.236,
    Kathryn 0.234, Louise 0.229, Sara 0.229, Anne 0.228, Jacqueline 0.228, Wanda 0.226, Bonnie
    0.223, Julia 0.223, Ruby 0.221, Lois 0.220, Tina 0.220, Phyllis 0.219, Norma 0.218, Paula 0.217,
    Diana 0.216, Annie 0.216, Lillian 0.211, Emily 0.208, Robin 0.208, Peggy 0.208, Crystal 0.207,
    Gladys 0.205, Rita 0.204, Dawn 0.202, Connie 0.200, Florence 0.200, Tracy 0.197, Edna 0.197,
    Tiffany 0.195, Carmen 0.195, Rosa 0.194, Cindy 0.192, Grace 0.189, Wendy 0.185, Victoria 0.180,
    Edith 0.179, Kim 0.178, Sherry 0.178, Sylvia 0.177, Josephine 0.177, Thelma 0.175, Shannon
    0.175, Sheila 0.175, Ethel 0.174, Ellen 0.173, Elaine 0.173, Marjorie 0.173, Carrie 0.171,
    Charlotte 0.169, Monica 0.166, Esther 0.166, Pauline 0.165, Emma 0.165, Juanita 0.164, Anita
    0.162, Rhonda 0.162, Hazel 0.161, Amber 0.160, Eva 0.159, Debbie 0.157, April 0.154, Leslie
    0.154, Clara 0.153, Lucille 0.153, Jamie 0.153, Joanne 0.150, Eleanor 0.150, Valerie 0.149,
    Danielle 0.149, Megan 0.147, Alicia 0.146, Suzanne 0.145, Michele 0.145, Gail 0.145, Bertha
    0.143, Darlene 0.142, Veronica 0.142, Jill 0.142, Erin 0.141, Geraldine 0.141, Lauren 0.137,
    Cathy 0.137, Joann 0.136, Lorraine 0.135, Lynn 0.135, Sally 0.135, Regina 0.133, Erica 0.130,
    Beatrice 0.130, Dolores 0.129, Bernice 0.128, Audrey 0.127, Yvonne 0.126, Annette 0.125, June
    0.125, Samantha 0.124, Marion 0.122, Dana 0.122, Stacy 0.121, Ana 0.120, Renee 0.120, Ida 0.118,
    Vivian 0.118, Roberta 0.117, Holly 0.117, Brittany 0.117, Melanie 0.116, Loretta 0.115, Yolanda
    0.115, Jeanette 0.115, Laurie 0.114, Katie 0.113, Kristen 0.111, Vanessa 0.111, Alma 0.111, Sue
    0.111, Elsie 0.110, Beth 0.110, Jeanne 0.109, Vicki 0.109, Carla 0.107, Tara 0.107, Rosemary
    0.107, Eileen 0.105, Terri 0.105, Gertrude 0.103, Lucy 0.103, Tonya 0.102, Ella 0.101, Stacey
    0.101, Wilma 0.099, Gina 0.099, Kristin 0.099, Jessie 0.098, Natalie 0.098, Agnes 0.098, Vera
    0.098, Willie 0.097, Charlene 0.097, Bessie 0.096, Delores 0.095, Melinda 0.094, Pearl 0.094,
    Arlene 0.094, Maureen 0.092, Colleen 0.092, Allison 0.092, Tamara 0.092, Joy 0.091, Georgia
    0.091, Constance 0.091, Lillie 0.090, Claudia 0.090, Jackie 0.090, Marcia 0.090, Tanya 0.089,
    Nellie 0.089, Minnie 0.089, Marlene 0.088, Heidi 0.088, Glenda 0.088, Lydia 0.086, Viola 0.086,
    Courtney 0.086, Marian 0.086, Stella 0.085, Caroline 0.085, Dora 0.084, Jo 0.083, Vickie 0.082,
    Mattie 0.081, Terry 0.080, Maxine 0.079, Irma 0.079, Mabel 0.078, Marsha 0.078, Myrtle 0.078,
    Lena 0.077, Christy 0.077, Deanna 0.076, Patsy 0.076, Hilda 0.075, Gwendolyn 0.074, Jennie
    0.073, Nora 0.073, Margie 0.072, Nina 0.072, Cassandra 0.072, Leah 0.072, Penny 0.071, Kay
    0.071, Priscilla 0.071, Naomi 0.071, Carole 0.071, Brandy 0.070, Olga 0.070, Billie 0.069,
    Dianne 0.069, Tracey 0.069, Leona 0.069, Jenny 0.068, Felicia 0.068, Sonia 0.068, Miriam 0.066,
    Velma 0.066, Becky 0.066, Bobbie 0.065, Violet 0.065, Kristina 0.065, Toni 0.064, Misty 0.063,
    Mae 0.063, Shelly 0.062, Daisy 0.062, Ramona 0.062, Sherri 0.062, Erika 0.061, Katrina 0.061,
    Claire 0.061, Lindsey 0.060, Lindsay 0.060, Geneva 0.059, Guadalupe 0.059, Belinda 0.059,
    Margarita 0.059, Sheryl 0.059, Cora 0.058, Faye 0.058, Ada 0.057, Natasha 0.057, Sabrina 0.057,
    Isabel 0.057, Marguerite 0.056, Hattie 0.056, Harriet 0.056, Molly 0.055, Cecilia 0.055, Kristi
    0.055, Brandi 0.055, Blanche 0.055, Sandy 0.055, Rosie 0.055, Joanna 0.055, Iris 0.055, Eunice
    0.054, Angie 0.054, Inez 0.053, Lynda 0.053, Madeline 0.052, Amelia 0.052, Alberta 0.052,
    Genevieve 0.051, Monique 0.051, Jodi 0.051, Janie 0.051, Maggie 0.051, Kayla 0.051, Sonya 0.051,
    Jan 0.051, Lee 0.051, Kristine 0.051, Candace 0.051, Fannie 0.050, Maryann 0.050, Opal 0.050,
    Alison 0.050, Yvette 0.050, Melody 0.050, Luz 0.049, Susie 0.049, Olivia 0.049, Flora 0.049,
    Shelley 0.049, Kristy 0.048, Mamie 0.048, Lula 0.048, Lola 0.048, Verna 0.048, Beulah 0.048,
    Antoinette 0.048, Candice 0.046, Juana 0.046, Jeannette 0.046, Pam 0.046, Kelli 0.046, Hannah
    0.045, Whitney 0.045, Bridget 0.045, Karla 0.044, Celia 0.044, Latoya 0.043, Patty 0.043, Shelia
    0.043, Gayle 0.043, Della 0.043, Vicky 0.043, Lynne 0.043, Sheri 0.042, Marianne 0.042, Kara
    0.041, Jacquelyn 0.041, Erma 0.041, Blanca 0.041, Myra 0.040, Leticia 0.040, Pat 0.040, Krista
    0.040, Roxanne 0.040, Angelica 0.039, Johnnie 0.039, Robyn 0.039, Francis 0.039, Adrienne 0.039,
    Rosalie 0.039, Alexandra 0.039, Brooke 0.039, Bethany 0.039, Sadie 0.039, Bernadette 0.039
    """,
    head=150,
)
US_MEN = weighted(
    """
    James 3.318, John 3.271, Robert 3.143, Michael 2.629, William 2.451, David 2.363, Richard 1.703,
    Charles 1.523, Joseph 1.404, Thomas 1.380, Christopher 1.035, Daniel 0.974, Paul 0.948, Mark
    0.938, Donald 0.931, George 0.927, Kenneth 0.826, Steven 0.780, Edward 0.779, Brian 0.736,
    Ronald 0.725, Anthony 0.721, Kevin 0.671, Jason 0.660, Matthew 0.657, Gary 0.650, Timothy 0.640,
    Jose 0.613, Larry 0.598, Jeffrey 0.591, Frank 0.581, Scott 0.546, Eric 0.544, Stephen 0.540,
    Andrew 0.537, Raymond 0.488, Gregory 0.441, Joshua 0.435, Jerry 0.432, Dennis 0.415, Walter
    0.399, Patrick 0.389, Peter 0.381, Harold 0.371, Douglas 0.367, Henry 0.365, Carl 0.346, Arthur
    0.335, Ryan 0.328, Roger 0.322, Joe 0.321, Juan 0.316, Jack 0.315, Albert 0.314, Jonathan 0.313,
    Justin 0.311, Terry 0.311, Gerald 0.309, Keith 0.308, Samuel 0.306, Willie 0.302, Ralph 0.282,
    Lawrence 0.282, Nicholas 0.275, Roy 0.273, Benjamin 0.270, Bruce 0.263, Brandon 0.260, Adam
    0.259, Harry 0.251, Fred 0.251, Wayne 0.249, Billy 0.248, Steve 0.246, Louis 0.243, Jeremy
    0.242, Aaron 0.240, Randy 0.232, Howard 0.230, Eugene 0.230, Carlos 0.229, Russell 0.224, Bobby
    0.223, Victor 0.222, Martin 0.216, Ernest 0.215, Phillip 0.213, Todd 0.213, Jesse 0.209, Craig
    0.206, Alan 0.204, Shawn 0.200, Clarence 0.197, Sean 0.197, Philip 0.197, Chris 0.197, Johnny
    0.195, Earl 0.193, Jimmy 0.191, Antonio 0.190, Danny 0.190, Bryan 0.190, Tony 0.190, Luis 0.189,
    Mike 0.189, Stanley 0.186, Leonard 0.186, Nathan 0.185, Dale 0.184, Manuel 0.181, Rodney 0.180,
    Curtis 0.180, Norman 0.177, Allen 0.174, Marvin 0.171, Vincent 0.168, Glenn 0.167, Jeffery
    0.166, Travis 0.166, Jeff 0.166, Chad 0.165, Jacob 0.165, Lee 0.162, Melvin 0.162, Alfred 0.162,
    Kyle 0.160, Francis 0.160, Bradley 0.159, Jesus 0.155, Herbert 0.155, Frederick 0.154, Ray
    0.153, Joel 0.152, Edwin 0.148, Don 0.145, Eddie 0.144, Ricky 0.141, Troy 0.138, Randall 0.138,
    Barry 0.134, Alexander 0.132, Bernard 0.127, Mario 0.125, Leroy 0.125, Francisco 0.124, Marcus
    0.124, Micheal 0.123, Theodore 0.123, Clifford 0.123, Miguel 0.122, Oscar 0.122, Jay 0.118, Jim
    0.118, Tom 0.117, Calvin 0.115, Alex 0.115, Jon 0.115, Ronnie 0.113, Bill 0.112, Lloyd 0.112,
    Tommy 0.112, Leon 0.112, Derek 0.112, Warren 0.110, Darrell 0.108, Jerome 0.108, Floyd 0.107,
    Leo 0.106, Alvin 0.105, Tim 0.104, Wesley 0.104, Gordon 0.104, Dean 0.104, Greg 0.104, Jorge
    0.104, Dustin 0.103, Pedro 0.103, Derrick 0.103, Dan 0.101, Lewis 0.099, Zachary 0.099, Corey
    0.098, Herman 0.097, Maurice 0.097, Vernon 0.097, Roberto 0.097, Clyde 0.095, Glen 0.094, Hector
    0.094, Shane 0.093, Ricardo 0.093, Sam 0.092, Rick 0.091, Lester 0.091, Brent 0.090, Ramon
    0.090, Charlie 0.090, Tyler 0.089, Gilbert 0.089, Gene 0.087, Marc 0.087, Reginald 0.084, Ruben
    0.082, Brett 0.082, Angel 0.082, Nathaniel 0.081, Rafael 0.081, Leslie 0.081, Edgar 0.080,
    Milton 0.080, Raul 0.079, Ben 0.078, Chester 0.078, Cecil 0.078, Duane 0.077, Franklin 0.077,
    Andre 0.076, Elmer 0.074, Brad 0.073, Gabriel 0.073, Ron 0.072, Mitchell 0.072, Roland 0.072,
    Arnold 0.072, Harvey 0.072, Jared 0.071, Adrian 0.069, Karl 0.069, Cory 0.068, Claude 0.068,
    Erik 0.068, Darryl 0.067, Jamie 0.066, Neil 0.066, Jessie 0.065, Christian 0.065, Javier 0.065,
    Fernando 0.065, Clinton 0.065, Ted 0.064, Mathew 0.064, Tyrone 0.064, Darren 0.064, Lonnie
    0.064, Lance 0.063, Cody 0.063, Julio 0.063, Kelly 0.063, Kurt 0.062, Allan 0.061, Nelson 0.061,
    Guy 0.060, Clayton 0.060, Hugh 0.060, Max 0.059, Dwayne 0.059, Dwight 0.058, Armando 0.058,
    Felix 0.058, Jimmie 0.058, Everett 0.057, Jordan 0.056, Ian 0.056, Wallace 0.056, Ken 0.055, Bob
    0.055, Jaime 0.055, Casey 0.054, Alfredo 0.054, Alberto 0.053, Dave 0.053, Ivan 0.053, Johnnie
    0.052, Sidney 0.052, Byron 0.052, Julian 0.052, Isaac 0.051, Morris 0.051, Clifton 0.050,
    Willard 0.050, Daryl 0.050, Ross 0.050, Virgil 0.049, Andy 0.049, Marshall 0.049, Salvador
    0.049, Perry 0.049, Kirk 0.049, Sergio 0.049, Marion 0.048, Tracy 0.048, Seth 0.048, Kent 0.048,
    Terrance 0.048, Rene 0.048, Eduardo 0.047, Terrence 0.047, Enrique 0.046, Freddie 0.046, Wade
    0.045, Austin 0.044, Stuart 0.044, Fredrick 0.043, Arturo 0.043, Alejandro 0.043, Jackie 0.043,
    Joey 0.043, Nick 0.043, Luther 0.043, Wendell 0.042, Jeremiah 0.042, Evan 0.042, Julius 0.042,
    Dana 0.042, Donnie 0.041, Otis 0.041, Shannon 0.040, Trevor 0.040, Oliver 0.040, Luke 0.040,
    Homer 0.040, Gerard 0.040, Doug 0.040, Kenny 0.039, Hubert 0.039, Angelo 0.039, Shaun 0.039,
    Lyle 0.038, Matt 0.038, Lynn 0.038, Alfonso 0.038, Orlando 0.037, Rex 0.037, Carlton 0.037,
    Ernesto 0.037, Cameron 0.037, Neal 0.037, Pablo 0.036, Lorenzo 0.036, Omar 0.036, Wilbur 0.036,
    Blake 0.036, Grant 0.036, Horace 0.036, Roderick 0.036, Kerry 0.036, Abraham 0.035, Willis
    0.035, Rickey 0.035, Jean 0.035, Ira 0.035, Andres 0.034, Cesar 0.034, Johnathan 0.034, Malcolm
    0.034, Rudolph 0.034, Damon 0.034, Kelvin 0.034, Rudy 0.034, Preston 0.034, Alton 0.033, Archie
    0.033, Marco 0.033, Wm 0.033, Pete 0.032, Randolph 0.032, Garry 0.032, Geoffrey 0.032, Jonathon
    0.032, Felipe 0.032, Bennie 0.032, Gerardo 0.032, Ed 0.032, Dominic 0.032, Robin 0.032, Loren
    0.032, Delbert 0.031, Colin 0.031, Guillermo 0.031, Earnest 0.031, Lucas 0.031, Benny 0.030,
    Noel 0.030, Spencer 0.030, Rodolfo 0.030, Myron 0.030, Edmund 0.030, Garrett 0.029, Salvatore
    0.029, Cedric 0.029, Lowell 0.029, Gregg 0.029, Sherman 0.028, Wilson 0.028, Devin 0.028,
    Sylvester 0.028, Kim 0.028, Roosevelt 0.028, Israel 0.028, Jermaine 0.028
    """,
    head=150,
)
US_SURNAMES = weighted(
    """
    Smith 1.006, Johnson 0.810, Williams 0.699, Jones 0.621, Brown 0.621, Davis 0.480, Miller 0.424,
    Wilson 0.339, Moore 0.312, Taylor 0.311, Anderson 0.311, Thomas 0.311, Jackson 0.310, White
    0.279, Harris 0.275, Martin 0.273, Thompson 0.269, Garcia 0.254, Martinez 0.234, Robinson 0.233,
    Clark 0.231, Rodriguez 0.229, Lewis 0.226, Lee 0.220, Walker 0.219, Hall 0.200, Allen 0.199,
    Young 0.193, Hernandez 0.192, King 0.190, Wright 0.189, Lopez 0.187, Hill 0.187, Scott 0.185,
    Green 0.183, Adams 0.174, Baker 0.171, Gonzalez 0.166, Nelson 0.162, Carter 0.162, Mitchell
    0.160, Perez 0.155, Roberts 0.153, Turner 0.152, Phillips 0.149, Campbell 0.149, Parker 0.146,
    Evans 0.141, Edwards 0.137, Collins 0.134, Stewart 0.133, Sanchez 0.130, Morris 0.125, Rogers
    0.123, Reed 0.122, Cook 0.120, Morgan 0.118, Bell 0.117, Murphy 0.117, Bailey 0.115, Rivera
    0.113, Cooper 0.113, Richardson 0.112, Cox 0.110, Howard 0.110, Ward 0.108, Torres 0.108,
    Peterson 0.107, Gray 0.106, Ramirez 0.105, James 0.105, Watson 0.103, Brooks 0.103, Kelly 0.102,
    Sanders 0.100, Price 0.099, Bennett 0.099, Wood 0.098, Barnes 0.097, Ross 0.096, Henderson
    0.095, Coleman 0.095, Jenkins 0.095, Perry 0.094, Powell 0.093, Long 0.092, Patterson 0.092,
    Hughes 0.092, Flores 0.092, Washington 0.092, Butler 0.091, Simmons 0.091, Foster 0.091,
    Gonzales 0.087, Bryant 0.087, Alexander 0.085, Russell 0.085, Griffin 0.084, Diaz 0.084, Hayes
    0.083, Myers 0.083, Ford 0.082, Hamilton 0.082, Graham 0.082, Sullivan 0.081, Wallace 0.081,
    Woods 0.080, Cole 0.080, West 0.080, Jordan 0.078, Owens 0.078, Reynolds 0.078, Fisher 0.077,
    Ellis 0.077, Harrison 0.076, Gibson 0.075, McDonald 0.075, Cruz 0.075, Marshall 0.075, Ortiz
    0.075, Gomez 0.075, Murray 0.074, Freeman 0.074, Wells 0.073, Webb 0.072, Simpson 0.070, Stevens
    0.070, Tucker 0.070, Porter 0.069, Hunter 0.069, Hicks 0.069, Crawford 0.068, Henry 0.068, Boyd
    0.068, Mason 0.068, Morales 0.067, Kennedy 0.067, Warren 0.067, Dixon 0.066, Ramos 0.066, Reyes
    0.066, Burns 0.065, Gordon 0.065, Shaw 0.065, Holmes 0.065, Rice 0.064, Robertson 0.064, Hunt
    0.063, Black 0.063, Daniels 0.062, Palmer 0.062, Mills 0.061, Nichols 0.060, Grant 0.060, Knight
    0.060, Ferguson 0.059, Rose 0.059, Stone 0.059, Hawkins 0.059, Dunn 0.058, Perkins 0.058, Hudson
    0.058, Spencer 0.057, Gardner 0.057, Stephens 0.057, Payne 0.057, Pierce 0.056, Berry 0.056,
    Matthews 0.056, Arnold 0.056, Wagner 0.055, Willis 0.055, Ray 0.055, Watkins 0.055, Olson 0.055,
    Carroll 0.055, Duncan 0.055, Snyder 0.055, Hart 0.054, Cunningham 0.054, Bradley 0.054, Lane
    0.054, Andrews 0.054, Ruiz 0.054, Harper 0.054, Fox 0.053, Riley 0.053, Armstrong 0.053,
    Carpenter 0.053, Weaver 0.053, Greene 0.053, Lawrence 0.052, Elliott 0.052, Chavez 0.052, Sims
    0.052, Austin 0.052, Peters 0.052, Kelley 0.052, Franklin 0.051, Lawson 0.051, Fields 0.051,
    Gutierrez 0.051, Ryan 0.051, Schmidt 0.051, Carr 0.051, Vasquez 0.051, Castillo 0.051, Wheeler
    0.051, Chapman 0.050, Oliver 0.050, Montgomery 0.049, Richards 0.049, Williamson 0.049, Johnston
    0.049, Banks 0.048, Meyer 0.048, Bishop 0.048, McCoy 0.048, Howell 0.048, Alvarez 0.048,
    Morrison 0.048, Hansen 0.047, Fernandez 0.047, Garza 0.047, Harvey 0.047, Little 0.046, Burton
    0.046, Stanley 0.046, Nguyen 0.046, George 0.046, Jacobs 0.046, Reid 0.046, Kim 0.045, Fuller
    0.045, Lynch 0.045, Dean 0.045, Gilbert 0.045, Garrett 0.045, Romero 0.045, Welch 0.044, Larson
    0.044, Frazier 0.044, Burke 0.044, Hanson 0.043, Day 0.043, Mendoza 0.043, Moreno 0.043, Bowman
    0.043, Medina 0.042, Fowler 0.042, Brewer 0.042, Hoffman 0.042, Carlson 0.042, Silva 0.042,
    Pearson 0.042, Holland 0.042, Douglas 0.041, Fleming 0.041, Jensen 0.041, Vargas 0.041, Byrd
    0.041, Davidson 0.041, Hopkins 0.041, May 0.040, Terry 0.040, Herrera 0.040, Wade 0.040, Soto
    0.040, Walters 0.040, Curtis 0.040, Neal 0.039, Caldwell 0.039, Lowe 0.039, Jennings 0.039,
    Barnett 0.039, Graves 0.039, Jimenez 0.039, Horton 0.039, Shelton 0.039, Barrett 0.039, O'Brien
    0.039, Castro 0.039, Sutton 0.038, Gregory 0.038, McKinney 0.038, Lucas 0.038, Miles 0.038,
    Craig 0.038, Rodriquez 0.037, Chambers 0.037, Holt 0.037, Lambert 0.037, Fletcher 0.037, Watts
    0.037, Bates 0.037, Hale 0.037, Rhodes 0.037, Pena 0.037, Beck 0.037, Newman 0.036, Haynes
    0.036, McDaniel 0.036, Mendez 0.036, Bush 0.036, Vaughn 0.036, Parks 0.035, Dawson 0.035,
    Santiago 0.035, Norris 0.035, Hardy 0.035, Love 0.035, Steele 0.035, Curry 0.035, Powers 0.035,
    Schultz 0.035, Barker 0.035, Guzman 0.034, Page 0.034, Munoz 0.034, Ball 0.034, Keller 0.034,
    Chandler 0.034, Weber 0.034, Leonard 0.034, Walsh 0.033, Lyons 0.033, Ramsey 0.033, Wolfe 0.033,
    Schneider 0.033, Mullins 0.033, Benson 0.033, Sharp 0.033, Bowen 0.033, Daniel 0.033, Barber
    0.032, Cummings 0.032, Hines 0.032, Baldwin 0.032, Griffith 0.032, Valdez 0.032, Hubbard 0.032,
    Salazar 0.032, Reeves 0.032, Warner 0.031, Stevenson 0.031, Burgess 0.031, Santos 0.031, Tate
    0.031, Cross 0.031, Garner 0.031, Mann 0.031, Mack 0.031, Moss 0.031, Thornton 0.031, Dennis
    0.031, McGee 0.031, Farmer 0.030, Delgado 0.030, Aguilar 0.030, Vega 0.030, Glover 0.030,
    Manning 0.030, Cohen 0.030, Harmon 0.030, Rodgers 0.030, Robbins 0.030, Newton 0.030, Todd
    0.030, Blair 0.030, Higgins 0.030, Ingram 0.030, Reese 0.030, Cannon 0.030, Strickland 0.030,
    Townsend 0.030, Potter 0.030, Goodwin 0.030, Walton 0.030, Rowe 0.029, Hampton 0.029, Ortega
    0.029, Patton 0.029, Swanson 0.029, Joseph 0.029, Francis 0.029, Goodman 0.029, Maldonado 0.029,
    Yates 0.029, Becker 0.029, Erickson 0.029, Hodges 0.029, Rios 0.029, Conner 0.029, Adkins 0.029,
    Webster 0.028, Norman 0.028, Malone 0.028, Hammond 0.028, Flowers 0.028, Cobb 0.028, Moody
    0.028, Quinn 0.028, Blake 0.028, Maxwell 0.028, Pope 0.028, Floyd 0.027, Osborne 0.027, Paul
    0.027, McCarthy 0.027, Guerrero 0.027, Lindsey 0.027, Estrada 0.027, Sandoval 0.027, Gibbs
    0.027, Tyler 0.027, Gross 0.027, Fitzgerald 0.027, Stokes 0.027, Doyle 0.027, Sherman 0.027,
    Saunders 0.027, Wise 0.027, Colon 0.027, Gill 0.027, Alvarado 0.027, Greer 0.026, Padilla 0.026,
    Simon 0.026, Waters 0.026, Nunez 0.026, Ballard 0.026, Schwartz 0.026, McBride 0.026, Houston
    0.026, Christensen 0.026, Klein 0.026, Pratt 0.026, Briggs 0.026, Parsons 0.026, McLaughlin
    0.026, Zimmerman 0.026, French 0.026, Buchanan 0.026, Moran 0.026, Copeland 0.025, Roy 0.025,
    Pittman 0.025, Brady 0.025, McCormick 0.025, Holloway 0.025
    """,
    head=150,
)

# --- UK: the ONS rankings (births of the decades the adults were born in, then the rarer), 1/rank ---
UK_WOMEN = ranked(
    """
    Sarah, Emma, Claire, Laura, Rebecca, Gemma, Emily, Sophie, Charlotte, Hannah, Jessica, Lucy,
    Amy, Katie, Samantha, Nicola, Lisa, Helen, Michelle, Rachel, Louise, Victoria, Kelly, Joanne,
    Karen, Julie, Susan, Elizabeth, Jennifer, Stephanie, Natalie, Jade, Danielle, Amanda, Kirsty,
    Catherine, Zoe, Lauren, Chloe, Olivia, Amelia, Jane, Alison, Margaret, Patricia, Deborah, Tracey,
    Dawn, Angela, Jacqueline, Lorraine, Wendy, Sharon, Caroline, Anne, Mary, Kathryn, Joanna,
    Hayley, Leanne, Jennie, Kerry, Alice, Grace, Ella, Isabella, Ava, Mia, Jasmine, Eleanor,
    Megan, Bethany, Abigail, Holly, Georgia, Ellie, Freya, Poppy, Isla, Evie, Lily, Ruby, Sophia,
    Florence, Rosie, Phoebe, Millie, Daisy, Scarlett, Matilda, Harriet, Naomi, Fiona, Heather,
    Carol, Christine, Linda, Janet, Gillian, Pauline, Elaine, Diane, Ruth, Sandra, Maria, Denise,
    Tina, Sally, Melanie, Lindsay, Vicky, Kate, Clare, Stacey, Lucinda,
    Frances, Josephine, Beverley, Hazel, Jean, Valerie, Shirley, Barbara, Sheila, Maureen,
    Brenda, Doreen, Irene, Kimberley, Katherine, Charlene, Donna, Toni, Rosemary, Judith, Sue,
    Rhiannon, Siobhan, Ciara, Aoife, Niamh, Bronwen, Morag, Mairi, Eilidh, Catriona, Shona,
    Ailsa, Iona, Kirsten, Lesley, Ann, Elsie, Edith, Violet, Ivy, Mabel, Nancy, Esme, Imogen,
    Aimee, Tegan, Courtney, Paige, Chelsea, Shannon, Abbie, Jodie, Carly, Emma-Louise, Lydia,
    Martha, Rose, Penelope, Beatrice, Clara, Maisie, Erin, Orla, Layla, Aisha, Fatima, Amira,
    Priya, Zara, Zainab, Maryam, Anya, Elodie, Thea, Willow, Sienna, Aria, Harper, Luna, Bonnie,
    Nell, Marion, Muriel, Gwen, Gwendolyn, Annabel, Tamsin, Verity, Philippa, Camilla, Imelda,
    Bernadette, Theresa, Kay, Lynne, Yvonne, Gail, Marilyn, Trudy, Mandy, Debbie, Jill
    """,
    head=130,
)
UK_MEN = ranked(
    """
    David, John, Paul, James, Michael, Mark, Andrew, Richard, Peter, Robert, Stephen, Christopher,
    Daniel, Thomas, Matthew, Ian, Simon, Gary, Steven, Alan, William, Jonathan, Craig, Lee, Darren,
    Neil, Stuart, Martin, Kevin, Anthony, Jason, Adam, Scott, Ryan, Benjamin, Samuel, Jack, Oliver,
    Harry, George, Charlie, Joshua, Luke, Liam, Jamie, Nathan, Aaron, Dean, Carl, Wayne, Shaun,
    Philip, Graham, Keith, Brian, Colin, Kenneth, Barry, Terry, Trevor, Nigel, Russell, Gavin,
    Gareth, Rhys, Owen, Dylan, Callum, Connor, Kieran, Jordan, Bradley, Jake, Joseph, Edward,
    Alexander, Henry, Alfie, Noah, Leo, Oscar, Archie, Freddie, Arthur, Theo, Harrison, Lewis,
    Mohammed, Muhammad, Ethan, Max, Toby, Isaac, Finley, Reuben, Sebastian, Hugo, Rory, Fraser,
    Ross, Euan, Calum, Angus, Hamish, Niall, Declan, Sean, Patrick, Conor, Ciaran, Aidan, Dominic,
    Timothy, Nicholas, Jeremy, Rupert, Giles, Julian, Adrian, Roger, Derek, Dennis, Raymond,
    Malcolm, Roy, Ronald, Geoffrey, Clive, Frank, Harold, Albert, Ernest, Leonard, Stanley,
    Frederick, Walter, Sidney, Norman, Douglas, Gordon, Duncan, Alistair, Robin, Glen, Ben, Sam,
    Tom, Joe, Dan, Matt, Elliot, Elliott, Louis, Jacob, Zachary, Tyler, Reece, Mason, Logan,
    Jenson, Riley, Jaxon, Hunter, Ollie, Tommy, Teddy, Rowan, Ezra, Elijah, Jude, Caleb, Felix,
    Gabriel, Ibrahim, Yusuf, Omar, Ali, Hassan, Bilal, Imran, Arjun, Rohan, Kai, Ashley, Lloyd,
    Glyn, Huw, Iwan, Emyr, Dafydd, Ieuan, Gethin, Ewan, Murray, Innes, Kyle, Grant, Brendan,
    Kieron, Jay, Karl, Clifford, Vincent, Lawrence, Howard, Victor, Cyril, Reginald, Percy, Wilfred
    """,
    head=130,
)
UK_SURNAMES = ranked(
    """
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
    Rose, Booth, Perry, Ryan, Grant, Wells, Armstrong, Francis, Rees, Hayes, Hart, Hudson,
    Newman, Barrett, Webster, Hunter, Gregory, Carr, Lowe, Page, Marsh, Riley, Dennis, Hamilton,
    Tucker, Johnston, Jordan, Reid, Knowles, Morton, Burns, Harper, Ross, Sutton, Pritchard, Doyle,
    Hopkins, Parry, Kennedy, Stone, Lamb, Holland, Nicholson, Barber, Fraser, Berry, Porter,
    Jennings, Chambers, Holt, Dunn, Gordon, Gardner, Woods, Cunningham, Lane, Thomson, Cross,
    Hewitt, Bird, Hodgson, Farrell, Osborne, Short, Heath, Wallace, Oliver, Sharp, Goodwin,
    Hawkins, Mann, Slater, Curtis, Brennan, Lynch, Williamson, Mitchell-Jones, Whitehead, Tomlinson,
    Bishop, Rowe, Leach, Higgins, Briggs, Hughes-Davies, Nash, Poole, Sheppard, Bates, Allan, Moss,
    Vaughan, Kirby, Frost, Sanders, Ingram, Thornton, Dale, Gough, Rowley, Parkinson, Mellor,
    Pickering, Hurst, Yates, Garner, Cartwright, Hargreaves, Sykes, Ashworth, Kershaw, Haworth,
    Greenwood, Crowther, Ackroyd, Moorhouse, Entwistle, Pemberton, Hollingworth, Ramsbottom,
    MacDonald, MacLeod, McKenzie, Paterson, Robertson, Sinclair, Cameron, Duffy, Quinn, McCann,
    Gallagher, Kaur-Singh, Chowdhury, Rahman, Islam, Miah, Akhtar, Mahmood, Iqbal, Shah, Mistry,
    Chauhan, Okafor, Adeyemi, Mensah, Nwosu, Kowalski, Nowak, Llewellyn, Pugh, Prosser, Bevan,
    Penrose, Trelawny, Tregear, Pascoe, Nancarrow, Tremayne, Hext, Dymond, Huxtable
    """,
    head=150,
)

# --- Origins common in Sweden: the commonest given names and surnames, 1/rank, head 10 ---
FINNISH = Origin(
    ranked(
        "Marja, Anneli, Kaarina, Tuula, Ritva, Pirjo, Sirpa, Leena, Riitta, Päivi, Eila, Liisa, Hannele, Tuulikki, Aino, Maija, Anja, Seija, Marjatta, Aili, Irja, Raija, Sari, Merja, Terttu, Kirsi, Satu, Hilkka, Tarja, Eeva",
        10,
    ),
    ranked(
        "Juha, Timo, Matti, Kari, Mikko, Jari, Antti, Jukka, Pekka, Heikki, Markku, Hannu, Seppo, Ilkka, Pertti, Esa, Tapio, Veikko, Raimo, Kalevi, Olavi, Jorma, Erkki, Pentti, Ari, Petri, Sami, Tuomas, Ville, Jaakko",
        10,
    ),
    ranked(
        "Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen, Hiltunen, Kallio, Leinonen, Miettinen, Pitkänen",
        10,
    ),
)
ARABIC = Origin(  # Iraq and Syria, with Assyrian/Syriac names
    ranked(
        "Fatima, Maryam, Zainab, Nour, Sara, Hiba, Rasha, Amira, Lina, Rana, Huda, Aya, Layla, Samira, Hanan, Dina, Reem, Rima, Yasmin, Nadia, Ranya, Suha, Shamiram, Ninorta, Ramina, Nahrin, Sumaya, Ghada, Majd, Bushra",
        10,
    ),
    ranked(
        "Mohammed, Ahmed, Ali, Omar, Hassan, Mustafa, Khaled, Hussein, Yousef, Ibrahim, Mahmoud, Abdullah, Karim, Sami, Tariq, Bilal, Ammar, Ayman, Fadi, Rami, Walid, Samer, Jamal, Nabil, Ziad, Sargon, Ninos, Ashur, Gabriel, Aziz, Elias, Yakob",
        10,
    ),
    ranked(
        "Ali, Mohammed, Ahmed, Hassan, Hussein, Ibrahim, Abdullah, Khalil, Saleh, Mahmoud, Haddad, Jaber, Nasser, Karim, Yousef, Al-Hashimi, Abbas, Jasim, Kadhim, Hamid, Mansour, Aziz, Shamoun, Barsoum, Danho, Malke, Yacoub, Gabro, Lahdo, Issa, Toma, Al-Ali",
        10,
    ),
)
SOMALI = Origin(
    ranked(
        "Fadumo, Amina, Hodan, Sahra, Hawa, Khadija, Asha, Ayan, Farhiya, Nasra, Ifrah, Sagal, Hibo, Muna, Ubah, Safiya, Deqa, Ikran, Filsan, Warsan, Halima, Maryan",
        10,
    ),
    ranked(
        "Abdi, Mohamed, Ahmed, Ali, Hassan, Abdirahman, Abdullahi, Omar, Yusuf, Ismail, Mahad, Abdiaziz, Farah, Hussein, Mukhtar, Said, Osman, Liban, Guled, Jama, Abdikarim, Nuur",
        10,
    ),
    ranked(
        "Mohamed, Ahmed, Ali, Hassan, Abdi, Omar, Hussein, Farah, Warsame, Yusuf, Osman, Ismail, Jama, Abdullahi, Mohamud, Aden, Nur, Egal, Hersi, Elmi, Dahir, Abdillahi, Gedi, Shire, Duale, Isse, Hirsi",
        10,
    ),
)
POLISH = Origin(  # surnames in their masculine form; `feminine` gives a woman's -ska/-cka
    ranked(
        "Anna, Katarzyna, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Magdalena, Elżbieta, Joanna, Aleksandra, Monika, Zofia, Teresa, Danuta, Natalia, Karolina, Marta, Beata, Dorota, Justyna, Halina, Jadwiga, Paulina, Grażyna, Iwona, Bożena, Urszula",
        10,
    ),
    ranked(
        "Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Jan, Michał, Marcin, Stanisław, Jakub, Adam, Marek, Łukasz, Grzegorz, Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Jerzy, Maciej, Rafał, Robert, Kamil, Józef, Sławomir, Przemysław, Bartosz",
        10,
    ),
    ranked(
        "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Kwiatkowski, Wojciechowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Wróbel, Czarnecki, Nowicki, Sawicki, Wysocki, Zawadzki, Głowacki, Stępień, Dudek",
        10,
    ),
)
PERSIAN = Origin(
    ranked(
        "Maryam, Fatemeh, Zahra, Shirin, Nazanin, Parisa, Leila, Mahnaz, Azadeh, Roya, Shahla, Mina, Nasrin, Fereshteh, Golnaz, Ladan, Neda, Niloufar, Parvaneh, Soheila, Mitra, Tara, Shabnam, Mahsa",
        10,
    ),
    ranked(
        "Mohammad, Ali, Reza, Hossein, Mehdi, Amir, Hamid, Saeed, Behrouz, Dariush, Kaveh, Babak, Farhad, Majid, Masoud, Omid, Arash, Kamran, Siamak, Peyman, Navid, Shahram, Payam, Ramin, Bijan",
        10,
    ),
    ranked(
        "Mohammadi, Hosseini, Ahmadi, Rezaei, Karimi, Moradi, Hashemi, Jafari, Rahimi, Sadeghi, Ghasemi, Abbasi, Amini, Kazemi, Heydari, Mousavi, Tehrani, Rostami, Azizi, Nouri, Sharifi, Safari, Akbari, Farahani, Shirazi, Najafi, Bagheri, Hosseinzadeh, Rahmani",
        10,
    ),
)
BCS = Origin(  # Bosnian, Serbian, Croatian
    ranked(
        "Amra, Emina, Selma, Amela, Jasmina, Lejla, Mirela, Aida, Ana, Marija, Jelena, Ivana, Dragana, Snežana, Sanela, Azra, Senada, Mirsada, Ajla, Dijana, Vesna, Zorica, Maja, Nermina, Elma, Edina, Gordana, Milica",
        10,
    ),
    ranked(
        "Admir, Senad, Emir, Edin, Mirza, Adnan, Dragan, Zoran, Goran, Nenad, Marko, Ivan, Nikola, Stefan, Dejan, Miroslav, Damir, Elvir, Alen, Haris, Kenan, Amar, Tarik, Zlatan, Milan, Dražen, Jasmin, Muhamed, Nedim",
        10,
    ),
    ranked(
        "Hodžić, Hadžić, Begić, Mehmedović, Delić, Kovačević, Marković, Jovanović, Petrović, Nikolić, Ilić, Đorđević, Stojanović, Horvat, Babić, Perić, Kovačić, Jurić, Knežević, Pavlović, Salihović, Mujić, Hasanović, Husić, Ahmetović, Omerović, Suljić, Alić, Šabić, Karić, Čolić, Tadić, Bašić",
        10,
    ),
)
TURKISH = Origin(
    ranked(
        "Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Meryem, Şerife, Sultan, Zehra, Hanife, Merve, Özlem, Esra, Büşra, Derya, Gülsüm, Yasemin, Aysel, Selin, Ebru, Sevgi, Dilek, Hülya, Songül, Canan",
        10,
    ),
    ranked(
        "Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Osman, Yusuf, Murat, Ömer, Ramazan, Halil, Süleyman, Abdullah, Mahmut, Recep, Salih, Kemal, Emre, Burak, Cem, Serkan, Volkan, Erkan, Tolga",
        10,
    ),
    ranked(
        "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Korkmaz, Erdoğan, Yavuz, Aktaş, Güneş, Acar, Tekin, Bulut",
        10,
    ),
)
ERITREAN = Origin(  # the surname is the father's given name
    ranked(
        "Senait, Helen, Mebrat, Saba, Winta, Selam, Hiwet, Yordanos, Rahel, Tsega, Luwam, Semhar, Mihret, Feven, Ruta, Almaz, Letebrhan, Abeba, Aster, Azieb, Elsa, Yohanna",
        10,
    ),
    ranked(
        "Yonas, Daniel, Samuel, Tesfay, Mehari, Dawit, Yohannes, Michael, Filmon, Habtom, Tekle, Berhane, Goitom, Kidane, Amanuel, Merhawi, Tesfalem, Robel, Henok, Biniam, Efrem, Yemane, Aron, Natnael",
        10,
    ),
    ranked(
        "Tesfay, Gebremedhin, Tekle, Berhe, Haile, Kidane, Mehari, Ghebremichael, Gebreyesus, Woldemichael, Andemariam, Habte, Tewelde, Asmelash, Yohannes, Weldu, Kahsay, Abraha, Tesfamariam, Ghirmay, Negash, Zerai, Mesfin, Hagos, Teklemariam",
        10,
    ),
)
AFGHAN = Origin(
    ranked(
        "Fatima, Zahra, Maryam, Masouma, Shabana, Nargis, Parwana, Farzana, Mursal, Shakila, Nilofar, Laila, Sadaf, Mahtab, Setara, Freshta, Zarghona, Gulalai, Sima, Hasina, Roya, Marzia, Sakina, Arezo",
        10,
    ),
    ranked(
        "Mohammad, Ali, Ahmad, Abdul, Hamid, Mustafa, Reza, Hussain, Amir, Jawad, Mahdi, Sayed, Rahim, Wahid, Nasir, Farid, Naweed, Habib, Rashid, Khalid, Javid, Murtaza, Hakim, Zaher, Sohrab, Karim",
        10,
    ),
    ranked(
        "Ahmadi, Mohammadi, Hussaini, Rahimi, Hakimi, Sultani, Amiri, Karimi, Jafari, Rezaie, Hashimi, Nazari, Haidari, Sadat, Noori, Stanikzai, Popal, Wardak, Safi, Mohmand, Azimi, Naseri, Qaderi, Akbari, Rahmani, Faizi, Mirzaei",
        10,
    ),
)
THAI = Origin(
    ranked(
        "Siriporn, Malee, Pranee, Kanya, Somjai, Jintana, Wanida, Sunee, Orathai, Supaporn, Ratana, Kanokwan, Suda, Pornthip, Nittaya, Sasithorn, Duangjai, Apinya, Kannika, Waraporn, Thanyarat, Lamai, Chalida, Araya, Sumalee, Pimchanok",
        10,
    ),
    ranked(
        "Somchai, Somsak, Prasert, Sompong, Boonmee, Chaiwat, Anan, Thanawat, Surachai, Wichai, Kittisak, Niran, Sakda, Manop, Pichit, Apichat, Suthep, Nattapong, Arthit, Krit, Chatchai, Somboon",
        10,
    ),
    ranked(
        "Saelee, Srisuk, Wongsawat, Chaiyaporn, Kaewkong, Suksawat, Thongchai, Boonsong, Siriwat, Phrommin, Saetang, Sukprasert, Rattanakorn, Jaidee, Inthong, Kongkaew, Chanthawong, Wongsa, Phimphakan, Srisomboon, Pongsiri",
        10,
    ),
)
LATIN = Origin(  # Chile first, then Latin America; two surnames are common
    ranked(
        "María, Carolina, Claudia, Patricia, Daniela, Paula, Francisca, Valentina, Camila, Javiera, Marcela, Andrea, Verónica, Gabriela, Alejandra, Catalina, Lorena, Natalia, Paulina, Fernanda, Ximena, Pamela, Soledad, Rosa, Carmen, Isabel, Constanza, Macarena",
        10,
    ),
    ranked(
        "José, Juan, Luis, Carlos, Jorge, Manuel, Francisco, Pedro, Cristián, Rodrigo, Sebastián, Felipe, Diego, Alejandro, Pablo, Gonzalo, Matías, Andrés, Héctor, Patricio, Sergio, Mauricio, Ricardo, Claudio, Marcelo, Víctor, Roberto, Fernando, Nicolás",
        10,
    ),
    ranked(
        "González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo, Tapia, Reyes, Gutiérrez, Castro, Pizarro, Álvarez, Vásquez, Sánchez, Fernández, Ramírez, Carrasco, Gómez, Cortés, Herrera, Núñez, Jara, Vergara, Rivera, Figueroa",
        10,
    ),
)
KURDISH = Origin(
    ranked(
        "Shilan, Berivan, Avin, Dilan, Rojda, Nishtiman, Shirin, Jiyan, Rozhin, Hêvîn, Zhila, Nasrin, Gulistan, Leyla, Bahar, Helin, Evin, Delal, Zozan, Sozdar, Viyan, Rûken, Kajal, Sakar",
        10,
    ),
    ranked(
        "Karwan, Rebwar, Soran, Azad, Dilshad, Hiwa, Shwan, Aram, Sherko, Hawre, Kawa, Baran, Dara, Zana, Rizgar, Bakhtiyar, Serwan, Alan, Diyar, Ciwan, Berzan, Hejar, Nechirvan, Kamaran",
        10,
    ),
    ranked(
        "Ahmed, Mohammed, Karim, Rashid, Aziz, Hussein, Mahmoud, Abdullah, Omar, Salih, Qadir, Amin, Rasul, Hama, Faraj, Tahir, Jalal, Sharif, Mustafa, Kaya, Demir, Aslan, Baban, Zebari, Hawrami",
        10,
    ),
)
UKRAINIAN = Origin(
    ranked(
        "Olena, Oksana, Nataliia, Iryna, Tetiana, Yuliia, Svitlana, Kateryna, Olha, Anastasiia, Viktoriia, Liudmyla, Halyna, Mariia, Larysa, Alina, Daria, Yana, Inna, Valentyna",
        10,
    ),
    ranked(
        "Oleksandr, Serhii, Andrii, Volodymyr, Dmytro, Oleh, Mykola, Ivan, Yurii, Vasyl, Ihor, Viktor, Maksym, Petro, Bohdan, Roman, Taras, Artem, Vitalii, Pavlo, Denys",
        10,
    ),
    ranked(
        "Melnyk, Shevchenko, Boiko, Kovalenko, Bondarenko, Tkachenko, Kovalchuk, Kravchenko, Oliinyk, Shevchuk, Koval, Polishchuk, Bondar, Tkachuk, Moroz, Marchenko, Lysenko, Rudenko, Savchenko, Petrenko, Kravchuk, Klymenko, Pavlenko, Savchuk, Kuzmenko",
        10,
    ),
)
INDIAN = Origin(
    ranked(
        "Priya, Anjali, Pooja, Neha, Divya, Kavya, Sneha, Deepa, Lakshmi, Shreya, Ananya, Meera, Swati, Aishwarya, Nisha, Radhika, Sunita, Rekha, Aarti, Shalini, Preeti",
        10,
    ),
    ranked(
        "Rahul, Amit, Vikram, Rajesh, Arjun, Suresh, Sanjay, Ravi, Anil, Karthik, Rohit, Vivek, Arun, Prakash, Manoj, Sandeep, Aditya, Nikhil, Harish, Deepak, Srinivas",
        10,
    ),
    ranked(
        "Kumar, Singh, Sharma, Patel, Reddy, Gupta, Rao, Iyer, Nair, Shah, Joshi, Menon, Das, Mehta, Verma, Pillai, Krishnan, Mishra, Agarwal, Chopra, Desai, Bhat, Naidu, Srinivasan, Jain",
        10,
    ),
)
CHINESE = Origin(
    ranked(
        "Jing, Li, Yan, Ying, Hui, Mei, Fang, Xin, Min, Hong, Lin, Yu, Na, Xiaoyan, Lijuan, Jie, Ting, Qian, Yue, Xiaomei",
        10,
    ),
    ranked(
        "Wei, Jun, Lei, Hao, Tao, Qiang, Ming, Jian, Yong, Chao, Gang, Peng, Feng, Yang, Long, Bin, Zhiwei, Jianguo, Haitao, Xiaodong",
        10,
    ),
    ranked(
        "Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, He, Lin, Gao, Luo, Zheng, Liang, Xie, Song, Tang",
        10,
    ),
)
GERMAN = Origin(
    ranked(
        "Sabine, Susanne, Petra, Claudia, Andrea, Nicole, Stefanie, Julia, Katrin, Anja, Monika, Ursula, Karin, Birgit, Heike, Sandra, Christina, Melanie, Martina, Gabriele, Ute, Jutta, Anke, Silke",
        10,
    ),
    ranked(
        "Thomas, Michael, Andreas, Stefan, Peter, Klaus, Jürgen, Frank, Markus, Christian, Wolfgang, Uwe, Matthias, Ralf, Jörg, Dirk, Bernd, Holger, Sven, Tobias, Florian, Jens, Torsten, Manfred",
        10,
    ),
    ranked(
        "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, Hofmann, Hartmann, Lange, Schmitt, Werner, Krause, Meier",
        10,
    ),
)

# Swedish given names joined by a hyphen, beyond those the lists rank as one name: the usual
# first and second parts (`Anna-Lena`, `Eva-Britt`, `Per-Erik`, `Lars-Göran`), all of the head.
HYPHENED = {
    "f": (
        ("Anna", "Eva", "Ann", "Karin", "Maj", "Britt", "Lena", "Marie", "Ulla", "Inga", "Lisa"),
        (
            "Marie",
            "Karin",
            "Lena",
            "Christin",
            "Sofie",
            "Louise",
            "Britt",
            "Maria",
            "Lotta",
            "Stina",
        ),
    ),
    "m": (
        ("Lars", "Per", "Karl", "Jan", "Nils", "Bo", "Hans", "Sven", "Bengt", "Stig", "Carl"),
        ("Erik", "Olof", "Johan", "Göran", "Åke", "Gustav", "Arne", "Anders", "Inge", "Axel"),
    ),
}

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_WOMEN, SV_MEN, SV_SURNAMES),
    "us": Origin(US_WOMEN, US_MEN, US_SURNAMES),
    "uk": Origin(UK_WOMEN, UK_MEN, UK_SURNAMES),
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
    "ukrainian": UKRAINIAN,
    "indian": INDIAN,
    "chinese": CHINESE,
    "german": GERMAN,
}

# Who is named, per language of the row: roughly Sweden's population in Swedish and mixed text
# (the trades have many Polish, Baltic and Balkan workers: Polish and BCS a little above their
# share), the US and the UK in English text.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 67, "arabic": 6, "finnish": 4, "polish": 3, "bcs": 2.7, "persian": 2.3,
        "somali": 1.8, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.4, "ukrainian": 1.3,
        "eritrean": 1.1, "thai": 1, "latin": 1, "german": 1, "indian": 0.8, "chinese": 0.7,
        "uk": 0.6, "us": 0.5,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 8, "indian": 3.5, "polish": 2.5, "latin": 2, "arabic": 1.8,
        "chinese": 1.5, "german": 1, "finnish": 0.8, "turkish": 0.7, "somali": 0.6,
        "ukrainian": 0.6, "persian": 0.6, "bcs": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 10, "us": 9, "arabic": 5, "polish": 4, "finnish": 3, "bcs": 2.5,
        "persian": 2.5, "indian": 2, "ukrainian": 1.6, "kurdish": 1.5, "turkish": 1.5,
        "somali": 1.5, "german": 1.4, "afghan": 1.2, "eritrean": 1, "latin": 1, "thai": 1,
        "chinese": 1,
    },
}  # fmt: skip

# Short forms people are called by, per origin: the given name as the list has it -> its short forms.
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": {
        "Lars": ("Lasse",), "Mikael": ("Micke",), "Joakim": ("Jocke",), "Karl": ("Kalle",),
        "Carl": ("Calle",), "Per": ("Pelle", "Peppe"), "Thomas": ("Tompa",), "Tomas": ("Tompa",),
        "Magnus": ("Mange",), "Christoffer": ("Chris", "Kricke"), "Kristoffer": ("Kricke",),
        "Fredrik": ("Fredde",), "Jonas": ("Jonte",), "Patrik": ("Patte",), "Robert": ("Robban",),
        "Henrik": ("Henke",), "Gustav": ("Gurra", "Gusse"), "Gustaf": ("Gurra",), "Nils": ("Nisse",),
        "Andreas": ("Ante",), "Mattias": ("Matte",), "Marcus": ("Mackan",), "Markus": ("Mackan",),
        "Daniel": ("Danne",), "Sebastian": ("Sebbe",), "Hans": ("Hasse",), "Jan": ("Janne",),
        "Olof": ("Olle",), "Stefan": ("Steffe",), "Torbjörn": ("Tobbe",), "Tobias": ("Tobbe",),
        "Kenneth": ("Kenta",), "Bengt": ("Bengan",), "Leif": ("Leffe",), "Rolf": ("Roffe",),
        "Christer": ("Krille",), "Björn": ("Nalle",), "Simon": ("Simme",), "Rasmus": ("Rasse",),
        "Jesper": ("Jeppe",), "Viktor": ("Vicke",), "Oskar": ("Ogge",), "Lennart": ("Lelle",),
        "Anders": ("Ante",), "Lars-Erik": ("Lasse",), "Per-Olof": ("P-O",),
        "Katarina": ("Kattis",), "Kristina": ("Stina", "Kicki"), "Christina": ("Tina", "Kicki"),
        "Elisabeth": ("Lisa", "Bettan"), "Elisabet": ("Lisa", "Bettan"), "Margareta": ("Maggan", "Greta"),
        "Charlotte": ("Lotta",), "Susanne": ("Sussie", "Sanna"), "Birgitta": ("Bitte", "Gittan"),
        "Karolina": ("Kajsa",), "Caroline": ("Caro",), "Annika": ("Anki",), "Viktoria": ("Vickan",),
        "Gunilla": ("Nilla",), "Rebecka": ("Becka",), "Jessica": ("Jessi",), "Alexandra": ("Sandra",),
        "Matilda": ("Tilda", "Tildis"), "Josefin": ("Jossan",), "Madeleine": ("Madde",),
        "Sofia": ("Sofi", "Fia"), "Therese": ("Tessan",), "Ulrika": ("Ullis",), "Camilla": ("Millan",),
        "Cecilia": ("Cissi", "Cilla"), "Kerstin": ("Kicki",), "Pernilla": ("Nilla",),
        "Helena": ("Lena",), "Johanna": ("Hanna",),
    },
    "us": {
        "William": ("Will", "Bill"), "Robert": ("Rob", "Bob", "Bobby"), "Michael": ("Mike",),
        "James": ("Jim", "Jimmy"), "Richard": ("Rick", "Rich"), "Thomas": ("Tom", "Tommy"),
        "Christopher": ("Chris",), "Daniel": ("Dan", "Danny"), "Matthew": ("Matt",),
        "Anthony": ("Tony",), "Joseph": ("Joe",), "Edward": ("Ed", "Eddie"), "David": ("Dave",),
        "Steven": ("Steve",), "Stephen": ("Steve",), "Andrew": ("Andy", "Drew"), "Benjamin": ("Ben",),
        "Jonathan": ("Jon",), "Samuel": ("Sam",), "Nicholas": ("Nick",), "Timothy": ("Tim",),
        "Kenneth": ("Ken",), "Gregory": ("Greg",), "Patrick": ("Pat",), "Charles": ("Charlie", "Chuck"),
        "Elizabeth": ("Liz", "Beth"), "Jennifer": ("Jen", "Jenny"), "Katherine": ("Kate", "Katie"),
        "Margaret": ("Maggie", "Peggy"), "Rebecca": ("Becky",), "Jessica": ("Jess",),
        "Victoria": ("Vicky", "Tori"), "Susan": ("Sue",), "Deborah": ("Debbie", "Deb"),
        "Patricia": ("Pat", "Trish"), "Kimberly": ("Kim",), "Melissa": ("Mel",), "Amanda": ("Mandy",),
        "Jacqueline": ("Jackie",), "Stephanie": ("Steph",), "Barbara": ("Barb",), "Christine": ("Chris",),
    },
    "uk": {
        "William": ("Will", "Bill"), "Robert": ("Rob", "Bob"), "Michael": ("Mike", "Mick"),
        "James": ("Jim", "Jamie"), "Richard": ("Rich", "Dick"), "Thomas": ("Tom",),
        "Christopher": ("Chris",), "Daniel": ("Dan", "Danny"), "Matthew": ("Matt",),
        "Anthony": ("Tony", "Ant"), "Joseph": ("Joe",), "Edward": ("Ed", "Ted"), "David": ("Dave",),
        "Stephen": ("Steve",), "Steven": ("Steve",), "Andrew": ("Andy",), "Benjamin": ("Ben",),
        "Nicholas": ("Nick",), "Alexander": ("Alex", "Sandy"), "Samuel": ("Sam",), "Kenneth": ("Ken",),
        "Elizabeth": ("Liz", "Beth", "Lizzie"), "Catherine": ("Kate", "Cathy"), "Katherine": ("Kate",),
        "Margaret": ("Maggie", "Peggy"), "Rebecca": ("Becky", "Becca"), "Jessica": ("Jess",),
        "Victoria": ("Vicky", "Tori"), "Susan": ("Sue",), "Deborah": ("Debbie",), "Samantha": ("Sam",),
        "Nicola": ("Nicky",), "Eleanor": ("Ellie",), "Charlotte": ("Lottie",), "Jacqueline": ("Jackie",),
        "Abigail": ("Abby",), "Patricia": ("Pat", "Trish"),
    },
    "polish": {
        "Katarzyna": ("Kasia",), "Małgorzata": ("Gosia",), "Aleksandra": ("Ola",), "Magdalena": ("Magda",),
        "Agnieszka": ("Aga",), "Joanna": ("Asia",), "Piotr": ("Piotrek",), "Krzysztof": ("Krzysiek",),
        "Tomasz": ("Tomek",), "Wojciech": ("Wojtek",), "Grzegorz": ("Grzesiek",), "Jakub": ("Kuba",),
        "Stanisław": ("Staszek",), "Bartosz": ("Bartek",), "Mateusz": ("Mati",),
    },
    "finnish": {"Juha": ("Jussi",), "Matti": ("Masa",)},
    "arabic": {"Mohammed": ("Mo", "Hamoudi"), "Mustafa": ("Musse",)},
    "ukrainian": {
        "Oleksandr": ("Sasha",), "Volodymyr": ("Volodia",), "Dmytro": ("Dima",), "Kateryna": ("Katia",),
        "Anastasiia": ("Nastia",), "Olena": ("Lena",),
    },
    "german": {"Wolfgang": ("Wolle",), "Andreas": ("Andi",), "Christian": ("Chris",), "Stefanie": ("Steffi",)},
    "bcs": {"Snežana": ("Sneža",), "Jasmina": ("Jasna",)},
}  # fmt: skip
