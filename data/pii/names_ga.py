# ruff: noqa: E501
"""Name pools of held-out GA (issue 15): names as the population has them, weighted by how often
people carry them. Python data, written by GA's writer from general knowledge and, for the United
States, from the US Census 1990 lists (public domain; copied from the `names` package's
`dist.female.first`, `dist.male.first` and `dist.all.last`). No name here was checked against
rung's lexicons or left out for being known or unknown.

Every list is in rank order, the commonest first. Swedish lists follow the order of SCB's name
statistics (weight 1/rank, head the top 150, a tail of rarer names past them); the US lists carry
the census per cent as weight (head 150); the UK lists follow the ONS rankings (1/rank, head 150);
the origins common in Sweden have their commonest names (1/rank, head 10). A name word is drawn
from a list's head with HEAD_SHARE, else from its tail, by weight inside the part.
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


def _split(text: str) -> list[str]:
    return [w.strip() for w in text.replace("\n", " ").split(",") if w.strip()]


def ranked(text: str, head: int) -> Pool:
    """A list in rank order, weight 1/rank."""
    names = _split(text)
    return Pool(tuple(names), tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names)))


def census(text: str, head: int = 150) -> Pool:
    """`Name per-cent` pairs from the US Census 1990 lists, the per cent as weight."""
    pairs = [item.rsplit(" ", 1) for item in _split(text)]
    return Pool(tuple(n for n, _ in pairs), tuple(float(w) for _, w in pairs), head)


_PLAIN = str.maketrans({"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "İ": "I", "ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae"})  # fmt: skip


def plain(word: str) -> str:
    """A name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`."""
    word = word.translate(_PLAIN)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# --- Sweden: the order of SCB's name statistics, 1/rank, head 150, a tail of rarer names past them.
SV_F = """
Anna, Eva, Maria, Karin, Sara, Kristina, Lena, Emma, Kerstin, Ingrid, Marie, Malin, Jenny,
Birgitta, Hanna, Inger, Sofia, Linnéa, Annika, Elin, Ida, Susanne, Johanna, Carina, Elisabeth,
Julia, Ulla, Monica, Linda, Camilla, Helena, Åsa, Margareta, Gunilla, Cecilia, Anneli, Therese,
Frida, Lisa, Matilda, Ebba, Amanda, Elsa, Maja, Alice, Agnes, Ella, Wilma, Klara, Alva, Ellen,
Astrid, Josefin, Emelie, Anette, Ann, Katarina, Marianne, Siv, Gun, Britt, Barbro, Agneta,
Yvonne, Ulrika, Charlotte, Jessica, Caroline, Sofie, Louise, Mona, Elisabet, Lina, Ingela,
Madeleine, Nathalie, Viktoria, Erika, Petra, Irene, Pia, Ingegerd, Gunnel, Gerd, Maj, Marita,
Anita, Berit, Britt-Marie, Ann-Christin, Ann-Marie, Karolina, Mikaela, Rebecka, Jennifer,
Paulina, Felicia, Emilia, Olivia, Isabella, Nellie, Molly, Selma, Saga, Vera, Stina, Tilda,
Nora, Signe, Tyra, Freja, Alicia, Elvira, Ronja, Lovisa, Isabelle, Moa, Hedvig, Ester, Märta,
Greta, Edith, Majken, Sigrid, Ingeborg, Elise, Tove, Ylva, Liv, Kajsa, Mia, Nina, Sanna, Tina,
Helén, Jeanette, Rose-Marie, Lisbeth, Margit, Solveig, Gunvor, Inga, Laila, Mari, Sylvia,
Vivianne, Eivor, Elina, Emmy, Sandra, Amelia, Thea, Lova, Hilda, Meja, Stella, Mira, Ingalill,
Ann-Sofie, Anna-Karin, Anna-Lena, Eva-Lena, Ann-Charlotte, Lillemor, Maud, Inez, Iris, Rut,
Rakel, Hillevi, Dagmar, Gudrun, Hjördis, Ragnhild, Svea, Anni, Embla, Cajsa, Märit, Kristin,
Christina, Catharina, Katrin, Malva, Juni, Lykke, Idun, Vendela, Minna, Doris, Gertrud, Hildur,
Elsie, Laura, Lilly, Livia, Leia, Ines, Elly, Nova, Tindra, Novalie, Lo, Juli, Hedda, Tuva,
Melissa, Fanny, Tova, Emmie, Agnes-Marie, Sonja, Birgit, Ingegärd, Ulla-Britt, Maj-Britt, Gun-
Britt, Marie-Louise, Anna-Maria, Eva-Karin, Annelie, Annica, Jenni, Mathilda, Emelia, Johanne,
Linn, Lisen, Lotta, Charlotta, Madelene, Madelen, Magdalena, Marina, Martina, Michaela, Miranda,
Nadja, Natalie, Pernilla, Regina, Rita, Sabina, Sara-Li, Sigrun, Siri, Susann, Suzanne, Tanja,
Tora, Ulrica, Veronica, Veronika, Viola, Wiktoria, Yasmin, Fatima, Amina, Maryam, Nour, Zahra,
Hiba, Zeynep, Aisha, Mariam, Sabrina, Beatrice, Bianca, Clara, Daniela, Denise, Diana, Elena,
Eleonora, Evelina, Filippa, Gabriella, Helene, Jasmine, Jonna, Josefina, Julie, Kim, Kimberly,
Lea, Leona, Lisa-Marie, Louisa, Lovise, Lucia, Malou, Maria-Therese, Melina, Mimmi, Nicole,
Octavia, Paula, Pauline, Rosa, Rosalie, Selina, Sienna, Smilla, Tilde, Vilma, Wilhelmina,
Alexandra, Angelica, Anneliese, Berta, Bodil, Britta, Carin, Cecilie, Dorotea, Edla, Elinor,
Ellinor, Elsy, Emy, Frideborg, Gisela, Gunhild, Gunborg, Harriet, Henny, Ingvor, Irma, Isa,
Judit, Karina, Lilian, Linnea, Lise-Lott, Lisette, Mai, Majvor, Margaretha, Mariana, Mariella,
Marit, Marlene, Meta, Mildred, Monika, Nanna, Ottilia, Petronella, Ruth, Sally, Sissela,
Solweig, Stefanie, Teresia, Torun, Valborg, Vanja, Viveka, Vivi, Ulla-Karin, Åse, Nelly, Alba,
Alma, Aurora, Mila, Juno, Vilja, Cornelia, Eva-Britt, Inga-Lill, Ann-Louise, Ann-Katrin, Anna-
Clara, Hilma, Majlis, Karolin, Evy, Elvy, Ester-Marie, Ann-Kristin, Lena-Maria, Mai-Britt, Git,
Gullvi, Ingalena, Lisbet, Elsa-Karin, Marianna, Susanna, Hannele
"""

SV_M = """
Lars, Mikael, Anders, Johan, Erik, Per, Karl, Peter, Jan, Thomas, Daniel, Fredrik, Hans,
Andreas, Stefan, Mats, Marcus, Magnus, Jonas, Oskar, Bengt, Alexander, Niklas, Sven, Nils, Bo,
Leif, Henrik, Gustav, Göran, Patrik, Martin, Christer, Björn, Mattias, Robert, Rolf, Lennart,
Tommy, Emil, Simon, William, Viktor, Jonathan, Filip, Anton, Ulf, Kent, Kjell, Roger, Lucas,
Elias, Hugo, Oliver, Axel, Ludvig, Liam, Noah, Adam, Isak, Sebastian, Kevin, Robin, David,
Tobias, Joakim, Christian, Åke, Gunnar, Olof, Stig, Arne, Ove, Kenneth, Torbjörn, Roland,
Bertil, Ingemar, Håkan, Claes, Jörgen, Kurt, Rune, Michael, Jesper, Linus, Carl, Albin, Theo,
Vincent, Melvin, Leo, Arvid, Alfred, Harry, Edvin, Benjamin, Wilhelm, Sixten, Valter, Charlie,
Love, Olle, Viggo, Gabriel, Samuel, Jakob, Johannes, Pontus, Rasmus, Max, Dennis, Felix, Hampus,
Kristoffer, Richard, Sam, Tim, Pär, Krister, Dan, Mohammed, Ali, Ahmed, Tomas, Urban, Conny,
Sune, Tage, Gösta, Sture, Evert, Ingvar, Allan, Bernt, Ronny, Jimmy, Mathias, Jens, Jonny, Lars-
Erik, Karl-Erik, Per-Olof, Jan-Erik, Carl-Johan, Hans-Olov, Lars-Göran, Sten, Einar, Folke,
Gert, Helge, Holger, Ivar, Knut, Kristian, Lage, Mauritz, Otto, Ragnar, Sigvard, Svante, Tor,
Torsten, Uno, Vilhelm, Yngve, Östen, Assar, Birger, Egon, Elof, Eskil, Greger, Harald, Herbert,
Hilding, Inge, Ingmar, Jarl, Joel, Josef, Julius, Kalle, Konrad, Lennarth, Lorentz, Lukas,
Malte, Milo, Mio, Morgan, Nicklas, Nikolas, Ola, Ossian, Per-Erik, Petter, Reine, Roine, Rutger,
Seth, Sigge, Staffan, Sören, Thorbjörn, Thord, Tord, Torgny, Ture, Valdemar, Vidar, Vide,
Vilgot, Åsmund, Adrian, Alvar, Aron, Bror, Casper, Colin, Dag, Douglas, Ebbe, Edvard, Eddie,
Elliot, Emanuel, Enok, Eric, Frank, Fritiof, Frans, Gideon, Glenn, Gottfrid, Henning, Herman,
Hjalmar, Ian, Ibrahim, Isac, Ivan, Jack, Jacob, Jim, Joar, Jon, Joshua, Kasper, Kennet, Kim,
Klas, Lars-Olof, Leon, Levi, Loke, Lennie, Mohamed, Omar, Hassan, Yusuf, Mustafa, Mehmet,
Nathan, Neo, Nicolas, Noel, Odd, Orvar, Oscar, Patric, Paul, Peder, Philip, Rickard, Roy,
Rudolf, Sakarias, Silas, Sivert, Stellan, Stig-Göran, Teodor, Theodor, Tony, Truls, Ulrik,
Vilmer, Walter, Wilmer, Zakarias, Algot, Arnold, Artur, Benny, Bo-Göran, Christoffer, Clas,
Dick, Ejnar, Elis, Ernst, Evald, Fabian, Ferdinand, Hannes, Helmer, Ingvald, Jens-Erik, Jöns,
Karl-Axel, Karl-Gustav, Kaj, Kristofer, Lars-Åke, Leopold, Matti, Melker, Måns, Olav, Paulus,
Pehr, Raymond, Reidar, Samir, Sigurd, Sölve, Ted, Thor, Tor-Erik, Torvald, Ulrich, Viking,
Wiktor, Per-Anders, Nils-Erik, Sven-Erik, Karl-Johan, Jan-Olof, Sven-Olof, Bengt-Göran, Carl-
Henrik, Erland, Gustaf, Manfred, Mårten, Rikard, Bernhard, Gerhard, Isidor, Julian, Loui, Hans-
Erik, Lars-Gunnar, Nils-Olof, Per-Gunnar, Bo-Erik, Leif-Erik, Sten-Åke, Jan-Åke, Carl-Magnus,
Karl-Otto, Stig-Arne, Tommie
"""

SV_S = """
Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson,
Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson,
Magnusson, Olofsson, Lindström, Lindqvist, Lindgren, Berg, Axelsson, Bergström, Lundberg, Lind,
Lundgren, Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Forsberg, Sjöberg,
Ali, Wallin, Mohammed, Engström, Eklund, Danielsson, Lundin, Håkansson, Björk, Bergman,
Gunnarsson, Holm, Wikström, Samuelsson, Isaksson, Fransson, Bergqvist, Nyström, Holmberg,
Arvidsson, Löfgren, Söderberg, Nyberg, Blomqvist, Claesson, Nordström, Ahmed, Mårtensson,
Lundström, Hassan, Viklund, Björklund, Eliasson, Pålsson, Berggren, Sandström, Lund, Nordin,
Ström, Åberg, Falk, Ekström, Hermansson, Holmgren, Hellström, Dahlberg, Hedlund, Sundberg,
Sjögren, Ek, Blom, Abrahamsson, Martinsson, Öberg, Andreasson, Strömberg, Månsson, Hansen,
Åkesson, Dahl, Lindholm, Norberg, Holmqvist, Sundqvist, Lindell, Moberg, Hedberg, Ahlberg,
Bergkvist, Rydberg, Wahlberg, Westerlund, Ekberg, Norén, Sundin, Gran, Hedin, Söderström,
Sjöström, Vikström, Boström, Kjellberg, Palm, Nordqvist, Rosén, Ekman, Blomberg, Strand,
Lundell, Nordlund, Ljung, Holmström, Edlund, Ahlström, Lindblom, Mohamed, Hussein, Omar,
Ibrahim, Jacobsson, Johnsson, Ivarsson, Sjödin, Malmberg, Borg, Lindahl, Engberg, Hallberg,
Göransson, Ottosson, Forslund, Nyman, Åström, Stenberg, Lilja, Sundström, Åkerman, Ekholm,
Lindén, Jensen, Larsen, Lindkvist, Melin, Svärd, Törnqvist, Kristiansson, Fors, Bäckström,
Hedström, Sandin, Wiklund, Lindh, Sjölund, Ekelund, Jonasson, Thorsson, Marklund, Öhman,
Lundmark, Nordberg, Wennberg, Kvist, Åkerlund, Nord, Backman, Rosenberg, Thelin, Hedman,
Lindroth, Holmén, Alm, Forsman, Edström, Hägglund, Östlund, Berntsson, Olausson, Stenström,
Emanuelsson, Bäck, Granberg, Åhman, Lindman, Vestberg, Lövgren, Bergendahl, Rask, Hjalmarsson,
Eskilsson, Nordgren, Westman, Sjöqvist, Holmlund, Wallgren, Åslund, Ernst, Berglöf, Grönlund,
Söderlund, Ljungberg, Lundholm, Jernberg, Hammar, Bohlin, Löfberg, Carlsson, Carlström,
Kihlberg, Eng, Törnblom, Ohlsson, Ragnarsson, Sjöblom, Wennerström, Hellberg, Lindmark,
Nordenberg, Hagström, Hultgren, Kronberg, Ljungqvist, Norling, Olander, Rehn, Sahlin, Säfström,
Tegnér, Unger, Wahlström, Zetterberg, Zetterlund, Åqvist, Öqvist, Bodin, Brandt, Dahlgren,
Dahlqvist, Enström, Fagerberg, Frisk, Granlund, Gustavsson, Hagberg, Hedqvist, Höglund, Isberg,
Jarl, Kjellström, Lager, Landberg, Lindvall, Lundkvist, Modig, Nordahl, Nylén, Orrenius, Pihl,
Qvist, Renberg, Sandqvist, Selin, Skoglund, Stark, Sterner, Tapper, Tholin, Uhlin, Valentin,
Vinberg, Wester, Widén, Zackrisson, Åkerblom, Österberg, Östman, Ljunggren, Lindbom, Forsell,
Kullberg, Nyholm, Rudberg, Snäll, Sporre, Strömqvist, Svahn, Thunberg, Ågren, Hjort, Kron, Rapp,
Svanberg, Bergh, von Rosen, Leijonhufvud, Silfverschiöld, Uggla, Posse, Bonde, Stiernstedt, De
Geer, Fält, Hellgren, Kvarnström, Liljegren, Mellberg, Nordlander, Olin, Palmgren, Rönnqvist,
Sjunnesson, Söderqvist, Tell, Wall, Wigren, Dalin, Edvardsson, Fridh, Gillberg, Haglund,
Jäderberg, Kling, Lindfors, Lundblad, Ekdahl, Sandell, Rosengren, Wikberg, Westin, Hallin,
Nordkvist, Björnsson, Lindegren, Sundell,
Ekwall, Hörberg, Boman, Engvall, Norrman, Strid, Vallin, Sjöholm
"""

# --- United States: the US Census 1990 lists (public domain), the census per cent as weight, head 150.
US_F = """
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
0.043, Gayle 0.043, Della 0.043, Vicky 0.043, Lynne 0.043, Sheri 0.042, Marianne 0.042
"""

US_M = """
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
0.032, Delbert 0.031, Colin 0.031, Guillermo 0.031, Earnest 0.031
"""

US_S = """
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
0.027, Tyler 0.027, Gross 0.027, Fitzgerald 0.027, Stokes 0.027, Doyle 0.027, Sherman 0.027
"""

# --- United Kingdom: the order of the ONS rankings (births of several decades, blended by how many
# of each generation live now), 1/rank, head 150.
UK_F = """
Sarah, Emma, Claire, Laura, Rebecca, Gemma, Emily, Sophie, Jessica, Charlotte, Hannah, Lucy, Amy,
Katie, Olivia, Amelia, Chloe, Lauren, Ellie, Grace, Susan, Margaret, Elizabeth, Helen, Julie,
Karen, Nicola, Jennifer, Rachel, Joanne, Lisa, Michelle, Kelly, Victoria, Samantha, Louise,
Kirsty, Stephanie, Natalie, Zoe, Jade, Megan, Holly, Georgia, Isla, Ava, Mia, Poppy, Isabella,
Evie, Lily, Freya, Ella, Sophia, Millie, Daisy, Alice, Ruby, Scarlett, Phoebe, Florence, Willow,
Rosie, Matilda, Harper, Sienna, Elsie, Ivy, Imogen, Eleanor, Abigail, Molly, Erin, Caitlin,
Bethany, Leah, Anna, Jasmine, Eva, Maisie, Esme, Layla, Maya, Niamh, Amber, Shannon, Paige,
Courtney, Danielle, Hayley, Kerry, Donna, Tracey, Dawn, Deborah, Alison, Angela, Jacqueline,
Joan, Patricia, Barbara, Pauline, Christine, Janet, Linda, Carol, Gillian, Sharon, Wendy, Lynn,
Sandra, Jane, Catherine, Anne, Mary, Jean, Sheila, Brenda, Valerie, Maureen, Doreen, Irene,
Eileen, Dorothy, Joyce, Kathleen, Marion, Shirley, Sylvia, Rita, Elaine, Beverley, Lorraine,
Diane, Andrea, Theresa, Heather, Fiona, Lesley, Caroline, Rachael, Katherine, Kate, Joanna,
Vanessa, Suzanne, Aisha, Fatima, Maryam, Zara, Amelie, Aria, Luna, Hallie, Edith, Mabel,
Beatrice, Elodie, Aurora, Orla, Clara, Bonnie, Iris, Rosa, Thea, Emilia, Nancy, Arabella,
Harriet, Violet, Lottie, Lydia, Frankie, Georgina, Heidi, Martha, Penelope, Aoife, Ciara, Eilidh,
Morag, Mhairi, Siobhan, Bronwen, Cerys, Ffion, Seren, Carys, Sian, Rhiannon, Nia, Gwen, Tegan,
Kayleigh, Leanne, Stacey, Carly, Toni, Gail, Jill, Maxine, Yvonne, Hilary, Rosemary, Judith,
Ann, Marjorie, Edna, Gladys, Hazel, Audrey, Vera, Elsie-Mae, Lilly-Mae, Evie-Rose, Ada,
Delilah, Mollie, Isobel, Felicity, Tabitha, Octavia, Philippa, Verity, Imani, Amara, Priya,
Simran, Hafsa, Khadija, Safa
"""

UK_M = """
David, John, Paul, Andrew, Mark, James, Michael, Peter, Richard, Robert, Christopher, Stephen,
Ian, Thomas, Daniel, Matthew, Steven, William, Simon, Anthony, Kevin, Gary, Jonathan, Martin,
Alan, Brian, Neil, Graham, Philip, Colin, Keith, George, Kenneth, Barry, Derek, Trevor, Raymond,
Dennis, Roy, Terence, Malcolm, Nigel, Adrian, Lee, Darren, Craig, Jason, Wayne, Carl, Dean,
Scott, Ryan, Adam, Luke, Benjamin, Samuel, Joshua, Jack, Harry, Oliver, Charlie, Jacob, Alfie,
Noah, Leo, Oscar, Archie, Henry, Freddie, Theo, Arthur, Muhammad, Isaac, Joseph, Alexander,
Edward, Lucas, Max, Logan, Ethan, Dylan, Liam, Kyle, Connor, Callum, Jamie, Lewis, Nathan,
Aaron, Jordan, Bradley, Ben, Sean, Shaun, Stuart, Gordon, Douglas, Ronald, Donald, Gerald,
Frank, Frederick, Albert, Ernest, Leslie, Stanley, Harold, Norman, Roger, Geoffrey, Clive,
Howard, Gavin, Russell, Glen, Tony, Patrick, Jeremy, Timothy, Nicholas, Jake, Tom, Joe, Sam,
Elliott, Reece, Jordan-Lee, Mason, Tyler, Kieran, Jonjo, Rhys, Owen, Gareth, Dale, Ashley,
Marcus, Hugh, Duncan, Alistair, Ross, Finlay, Euan, Fraser, Finley, Reuben,
Teddy, Albie, Ronnie, Rory, Hugo, Jude, Louis, Toby, Elliot, Sebastian, Harrison, Hamish,
Angus, Dafydd, Owain, Gethin, Aled, Iwan, Ciaran, Declan, Seamus, Padraig, Eoin, Cormac,
Niall, Rajesh, Sanjay, Imran, Mohammed, Bilal, Hamza, Yusuf, Tariq, Kwame, Tobias, Arlo,
Ezra, Rowan, Felix, Jasper, Ralph, Rupert, Ivor, Cyril, Wilfred, Bernard, Horace, Percy,
Clifford, Vernon, Melvyn, Desmond, Lionel, Maurice, Cameron, Bailey, Kai, Riley, Jenson,
Zachary, Harley, Frankie, Billy, Bobby, Tommy, Danny, Jimmy, Lenny, Alf, Stan, Fred, Wilf
"""

UK_S = """
Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts, Robinson,
Thompson, Wright, Walker, White, Edwards, Hughes, Green, Hall, Lewis, Harris, Clarke, Patel,
Jackson, Wood, Turner, Martin, Cooper, Hill, Ward, Morris, Moore, Clark, Lee, King, Baker,
Harrison, Morgan, Allen, James, Scott, Phillips, Watson, Davis, Parker, Price, Bennett, Young,
Griffiths, Mitchell, Kelly, Cook, Carter, Richardson, Bailey, Collins, Bell, Shaw, Murphy,
Miller, Cox, Richards, Khan, Marshall, Anderson, Simpson, Ellis, Adams, Singh, Begum, Wilkinson,
Foster, Chapman, Powell, Webb, Rogers, Gray, Mason, Ali, Hunt, Hussain, Campbell, Matthews,
Owen, Palmer, Holmes, Mills, Barnes, Knight, Lloyd, Butler, Russell, Barker, Fisher, Stevens,
Jenkins, Murray, Dixon, Harvey, Graham, Pearson, Ahmed, Fletcher, Walsh, Kaur, Gibson, Howard,
Andrews, Stewart, Elliott, Reynolds, Saunders, Payne, Fox, Ford, Pearce, Day, Brooks, West,
Lawrence, Cole, Atkinson, Bradley, Spencer, Gill, Dawson, Ball, Burton, O'Brien, Watts, Rose,
Booth, Perry, Ryan, Grant, Wells, Armstrong, Francis, Rees, Hayes, Hart, Hudson, Newman,
Barrett, Webster, Hunter, Gregory, Carr, Lowe, Page, Marsh, Riley, Dunn, Woods, Parsons, Berry,
Stone, Reid, Holland, Hawkins, Harding, Porter, Robertson, Newton, Oliver, Reed, Kennedy,
Williamson, Bird, Gardner, Shah, Dean, Lane, Cooke, Bates, Henderson, Parry, Burgess, Bishop,
Walton, Burns, Nicholson, Shepherd, Ross, Cross, Long, Freeman, Warren, Nicholls, Hamilton,
Byrne, Sutton, McDonald, Yates, Hodgson, Robson, Curtis, Hopkins, O'Connor, Harper, Coleman,
Watkins, Moss, McCarthy, Chambers, O'Neill, Griffin, Sharp, Hardy, Wheeler, Potter, Osborne,
Johnston, Gordon, Doyle, Wallace, George, Jordan, Hutchinson, Rowe, Burke, May, Pritchard,
Gilbert, Willis, Higgins, Read, Miles, Stevenson, Stephenson, Hammond, Arnold, Buckley,
Walters, Hewitt, Barber, Nelson, Slater, Austin, Sullivan, Whitehead, Mann, Frost, Lambert,
Stephens, Blake, Akhtar, Lynch, Goodwin, Barton, Woodward, Thomson, Cunningham, Quinn, Barnett,
Baxter, Bibi, Clayton, Nash, Greenwood, Jennings, Holt, Kemp, Poole, Gallagher, Bond, Stokes,
Tucker, Davidson, Fowler, Heath, Norman, Middleton, Lees, Banks, French, Jarvis, Dale, Brennan,
MacLeod, MacDonald, McKenzie, Fraser, Sinclair, Ferguson, Llewellyn, Pugh, Prosser, Vaughan,
Gough, Howells, Doherty, Kavanagh, Fitzgerald, Chowdhury, Rahman, Iqbal, Mahmood, Sandhu
"""

# --- Origins common in Sweden: their commonest given names and surnames, 1/rank, head 10.
FI_F = "Anne, Tuula, Päivi, Leena, Anna, Pirjo, Sari, Marja, Kaija, Riitta, Aino, Liisa, Sirpa, Eija, Tiina, Helena, Hanna, Minna, Satu, Kirsi, Johanna, Maarit, Eeva, Anneli, Heli, Outi, Sanna, Raili, Sinikka, Ulla"
FI_M = "Juha, Timo, Matti, Kari, Mikko, Jari, Antti, Jukka, Pekka, Markku, Mika, Hannu, Heikki, Seppo, Janne, Ari, Sami, Petri, Ville, Tuomas, Pentti, Esa, Veikko, Jouni, Tapio, Raimo, Risto, Erkki, Jussi, Olavi"
FI_S = "Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen, Hirvonen, Kettunen"
# Arabic (Iraq, Syria, Lebanon, Palestine) with Assyrian/Syriac names.
AR_F = "Fatima, Maryam, Sara, Nour, Zainab, Aya, Rana, Hiba, Layla, Amina, Noor, Huda, Rasha, Dalia, Yasmin, Lina, Rima, Hanan, Samira, Salma, Mariam, Nisrin, Ninve, Shamiran, Nahrin, Rita, Hadeel, Ghada, Rula, Diana, Marina"
AR_M = "Mohammed, Ahmed, Ali, Omar, Hassan, Mahmoud, Hussein, Mustafa, Khaled, Ibrahim, Yousef, Abdullah, Karim, Samir, Tariq, Adnan, Bashar, Firas, Ammar, Haidar, Sargon, Ninos, Aziz, Gabriel, Yaqub, Jamil, Nabil, Rami, Hamza, Zakaria, Issa, Ashur, Fadi"
AR_S = "Ali, Mohammed, Ahmed, Hassan, Hussein, Ibrahim, Omar, Abdullah, Mahmoud, Khalil, Saleh, Al-Hassan, Jaber, Haddad, Nasser, Kassem, Yousef, Mustafa, Al-Khafaji, Al-Obaidi, Shamoun, Barsoum, Saliba, Gabriel, Yacoub, Isaac, Hanna, Malke, Abboud, Khoury, Younan, Bahnam, Toma, Al-Jabouri"
SO_F = "Amina, Fadumo, Hodan, Ayan, Sahra, Hawa, Asha, Khadija, Halima, Ifrah, Nimo, Ubah, Hamdi, Sagal, Ilhan, Deeqa, Muna, Hibo, Sucaad, Ladan, Ruun, Farhiya, Idil, Najma"
SO_M = "Abdi, Mohamed, Ahmed, Abdirahman, Abdullahi, Hassan, Ali, Omar, Yusuf, Ismail, Mahad, Farah, Abdiaziz, Liban, Mustafe, Hamse, Guled, Bashir, Said, Abdikarim, Osman, Jama, Khalid"
SO_S = "Mohamed, Ahmed, Ali, Hassan, Abdi, Osman, Farah, Omar, Warsame, Hussein, Yusuf, Jama, Abdullahi, Ismail, Nur, Aden, Elmi, Egal, Dahir, Hirsi, Gedi, Mohamud, Abdulle, Hersi, Duale, Adan, Samatar, Shire"
PL_F = "Anna, Katarzyna, Maria, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Magdalena, Elżbieta, Joanna, Aleksandra, Monika, Zofia, Teresa, Danuta, Natalia, Karolina, Marta, Beata, Dorota, Justyna, Halina, Jadwiga, Paulina, Grażyna, Agata"
PL_M = "Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Jan, Michał, Marcin, Stanisław, Jakub, Adam, Marek, Łukasz, Grzegorz, Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Jerzy, Rafał, Kamil, Robert, Jacek, Maciej, Sławomir, Przemysław, Bartłomiej"
PL_S = "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Wojciechowski, Kwiatkowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Wróbel, Nowakowski, Majewski, Olszewski, Stępień, Malinowski, Jaworski, Adamczyk, Górski, Nowicki, Sikora, Witkowski, Walczak, Sadowski, Zawadzki, Sokołowski, Wysocki, Pietrzak"
FA_F = "Maryam, Fatemeh, Zahra, Shirin, Leila, Nasrin, Parisa, Azadeh, Mahsa, Sara, Narges, Roya, Neda, Mina, Shabnam, Golnaz, Farnaz, Samaneh, Elham, Yasaman, Parvin, Setareh, Ladan, Nazanin, Soheila"
FA_M = "Ali, Mohammad, Reza, Hossein, Mehdi, Amir, Hamid, Saeed, Majid, Behrouz, Dariush, Babak, Kourosh, Farhad, Arash, Kaveh, Omid, Payam, Ramin, Navid, Behnam, Shahram, Siamak, Hooman, Parviz"
FA_S = "Ahmadi, Hosseini, Mohammadi, Rezaei, Moradi, Karimi, Jafari, Rahimi, Hashemi, Mousavi, Sadeghi, Heidari, Ghasemi, Akbari, Kazemi, Rostami, Nazari, Tehrani, Shirazi, Esfahani, Jalali, Rahmani, Yazdani, Farahani, Bagheri, Amini, Salehi, Naderi, Sharifi, Zamani"
# Bosnian, Serbian and Croatian.
BCS_F = "Amra, Emina, Jasmina, Ana, Marija, Ivana, Maja, Jelena, Sanja, Mirela, Senada, Azra, Lejla, Aida, Edina, Ajla, Snežana, Dragana, Vesna, Mirjana, Milica, Nataša, Selma, Amela, Merima, Nermina"
BCS_M = "Amir, Adnan, Edin, Emir, Haris, Nermin, Senad, Mirza, Dragan, Zoran, Goran, Milan, Nikola, Marko, Ivan, Stefan, Dejan, Nenad, Damir, Almir, Jasmin, Elvis, Tarik, Kenan, Davor, Zlatan, Dino, Alen"
BCS_S = "Hodžić, Hadžić, Čaušević, Delić, Begić, Mehmedović, Kovačević, Hasanović, Ahmetović, Muratović, Ibrahimović, Omerović, Hukić, Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Popović, Pavlović, Horvat, Babić, Marić, Jurić, Knežević, Perić, Tomić, Šarić, Vuković, Bašić, Alić, Suljić, Husić, Salihović, Halilović, Mujić"
TR_F = "Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Meryem, Şerife, Zehra, Sultan, Hülya, Esra, Merve, Özlem, Derya, Gülsüm, Hacer, Büşra, Ebru, Sevgi, Yasemin, Songül, Aylin, Dilek, Seda, Nurcan, Filiz"
TR_M = "Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Osman, Yusuf, Murat, Ömer, Ramazan, Halil, Süleyman, Abdullah, Mahmut, Recep, Emre, Kemal, Burak, Serkan, Erkan, Cem, Volkan, Fatih, Hakan, Kadir, Orhan"
TR_S = "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Özcan, Korkmaz, Çakır, Erdoğan, Yavuz, Can, Acar, Şen, Aktaş, Güler, Yalçın, Güneş, Bozkurt, Bulut, Keskin, Ünal, Turan, Gül"
# Eritrean (Tigrinya): the father's given name serves as the surname.
ER_F = "Senait, Helen, Selam, Yordanos, Saba, Luwam, Mebrat, Tsega, Almaz, Hiwet, Rahwa, Winta, Semhar, Feven, Ruta, Eden, Freweini, Abrehet, Meron, Tsehay, Lemlem, Elsa"
ER_M = "Yonas, Dawit, Tesfay, Samuel, Mehari, Kibrom, Robel, Filmon, Ermias, Yohannes, Tekle, Habte, Michael, Berhane, Amanuel, Daniel, Goitom, Biniam, Tesfamariam, Mebrahtu, Haile, Okbay, Natnael, Efrem"
ER_S = "Tesfay, Haile, Tekle, Berhane, Ghebremedhin, Gebremariam, Mehari, Kidane, Woldu, Habte, Tewelde, Ghebreyesus, Yohannes, Andemariam, Tesfamariam, Asmelash, Mengsteab, Abraha, Zerai, Gebru, Kahsay, Weldemichael, Negash, Fitsum, Ghebrehiwet"
AF_F = "Fatima, Maryam, Zahra, Masuda, Nadia, Parwana, Shabnam, Freshta, Mina, Nilofar, Sima, Zarghona, Malalai, Gulalai, Roya, Mursal, Farishta, Khadija, Lailuma, Marzia, Sadaf, Habiba"
AF_M = "Mohammad, Ahmad, Ali, Mustafa, Hamid, Abdul, Omid, Rahim, Sayed, Jawad, Hussain, Ghulam, Nasir, Farid, Haroon, Hamed, Mansour, Rashid, Murtaza, Zabihullah, Sohrab, Elyas, Navid"
AF_S = "Ahmadi, Mohammadi, Hussaini, Rahimi, Hashimi, Karimi, Rezai, Sultani, Nazari, Amiri, Popal, Stanikzai, Ahmadzai, Noori, Jafari, Haidari, Sadat, Rasuli, Hakimi, Safi, Niazi, Wardak, Barakzai, Qaderi, Azizi"
TH_F = "Siriporn, Somsri, Malee, Nittaya, Wanida, Supaporn, Kanya, Pornpimol, Sunisa, Ratana, Jintana, Araya, Duangjai, Sukanya, Pimchanok, Kanokwan, Saowanee, Wilaiwan, Orathai, Tipawan, Jiraporn, Pranee"
TH_M = "Somchai, Somsak, Prasert, Sombat, Anan, Chaiwat, Surachai, Wichai, Sakchai, Niran, Kittisak, Thanakorn, Boonchai, Suriya, Arthit, Nattapong, Pichai, Weerapong, Sompong, Chatchai"
TH_S = "Saetang, Srisuk, Wongsa, Chaiyasit, Boonmee, Sukjai, Phromma, Kaewkham, Thongdee, Sriwong, Suwannarat, Rattanakorn, Jaidee, Inthanon, Chanthara, Siripan, Wongsawat, Sombun, Thongkham, Kongkaew, Phanthong, Intharat"
# Chile and the rest of Latin America: two surnames, the father's and the mother's.
LA_F = "María, Ana, Carolina, Claudia, Patricia, Daniela, Camila, Francisca, Valentina, Javiera, Constanza, Marcela, Paula, Gabriela, Andrea, Verónica, Isabel, Catalina, Fernanda, Alejandra, Lorena, Paola, Ximena, Soledad"
LA_M = "José, Juan, Luis, Carlos, Jorge, Francisco, Pedro, Manuel, Miguel, Sergio, Cristián, Rodrigo, Pablo, Diego, Felipe, Matías, Sebastián, Alejandro, Andrés, Gonzalo, Ricardo, Fernando, Mauricio, Patricio, Héctor, Víctor"
LA_S = "González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo, Tapia, Reyes, Gutiérrez, Castro, Pizarro, Álvarez, Vásquez, Sánchez, Fernández, Ramírez, Carrasco, Gómez, Cortés, Herrera, Núñez, Jara, Vergara"
KU_F = "Rojin, Berfin, Dilan, Zilan, Avin, Hêvî, Nazdar, Shilan, Bahar, Jiyan, Ronahî, Evin, Helin, Nesrin, Rojda, Gulistan, Sozdar, Zozan, Narin, Delal, Asmin, Viyan, Lana, Kajal"
KU_M = "Kawa, Azad, Rebwar, Karwan, Dilshad, Serhat, Baran, Rênas, Shwan, Hawre, Ari, Sherko, Dara, Hoshyar, Ako, Aram, Bakhtiyar, Goran, Zana, Diyar, Rizgar, Hiwa, Saman, Botan, Rojhat"
KU_S = "Ahmad, Hussein, Rashid, Mohammad, Abdulla, Salih, Qadir, Hama, Faraj, Omer, Amin, Bakr, Jalal, Kurdi, Baban, Zangana, Hawrami, Barzinji, Doski, Ismail, Osman, Majid, Tahir, Aslan, Tekin, Akın"
DE_F = "Ursula, Monika, Petra, Sabine, Susanne, Andrea, Claudia, Stefanie, Julia, Katharina, Anna, Lena, Laura, Sandra, Nicole, Birgit, Heike, Martina, Christina, Sarah, Lea, Hannah, Johanna, Marie, Sophie, Ingrid, Renate"
DE_M = "Thomas, Michael, Andreas, Stefan, Peter, Klaus, Wolfgang, Jürgen, Frank, Christian, Markus, Matthias, Alexander, Sebastian, Daniel, Tobias, Jan, Lukas, Felix, Jonas, Maximilian, Uwe, Dieter, Hans, Florian, Moritz, Niklas"
DE_S = "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, Hofmann, Hartmann, Lange, Schmitt, Werner, Schmitz, Krause, Meier, Lehmann, Schmid"
IN_F = "Priya, Pooja, Anjali, Divya, Neha, Sneha, Kavya, Lakshmi, Deepa, Swati, Shruti, Aishwarya, Ananya, Meera, Nisha, Ritu, Sunita, Anita, Rekha, Harpreet, Simran, Gurpreet, Shalini, Aarti"
IN_M = "Rahul, Amit, Rajesh, Sanjay, Vikram, Arjun, Rohit, Suresh, Anil, Sunil, Ravi, Karthik, Vijay, Ashok, Manoj, Deepak, Ajay, Nikhil, Siddharth, Pradeep, Srinivas, Aditya, Varun, Akash, Manpreet"
IN_S = "Kumar, Singh, Sharma, Patel, Gupta, Reddy, Rao, Nair, Iyer, Shah, Mehta, Joshi, Verma, Agarwal, Das, Menon, Pillai, Krishnan, Chopra, Malhotra, Bhat, Kapoor, Mishra, Pandey, Desai, Kaur, Gill, Chatterjee, Banerjee, Srinivasan"
UA_F = "Olena, Tetiana, Nataliia, Iryna, Svitlana, Oksana, Yuliia, Kateryna, Olha, Anastasiia, Mariia, Viktoriia, Halyna, Liudmyla, Nadiia, Daria, Alina, Valentyna, Anna, Khrystyna, Sofiia, Larysa"
UA_M = "Oleksandr, Serhii, Andrii, Volodymyr, Dmytro, Oleksii, Mykola, Ivan, Yurii, Vasyl, Viktor, Mykhailo, Maksym, Taras, Bohdan, Ihor, Roman, Vitalii, Petro, Artem, Denys, Pavlo"
UA_S = "Melnyk, Shevchenko, Boiko, Kovalenko, Bondarenko, Tkachenko, Kovalchuk, Kravchenko, Oliinyk, Shevchuk, Koval, Polishchuk, Bondar, Tkachuk, Moroz, Marchenko, Lysenko, Rudenko, Savchenko, Petrenko, Klymenko, Pavlenko, Kravchuk, Kuzmenko, Ponomarenko"

# Swedish double given names as people carry them (`Anna-Karin`, `Per-Olof`): a first part and a
# second part that are commonly joined; a few of them are ranked in the lists above as well.
HYPHEN_F = (("Anna", "Ann", "Eva", "Maj", "Britt", "Lena", "Karin", "Marie", "Ulla", "Gun", "Inga"), ("Karin", "Lena", "Marie", "Maria", "Sofie", "Britt", "Lotta", "Louise", "Charlotte", "Kristin"))  # fmt: skip
HYPHEN_M = (("Karl", "Carl", "Per", "Lars", "Jan", "Hans", "Nils", "Sven", "Bo", "Stig", "Leif", "Bengt"), ("Erik", "Olof", "Göran", "Åke", "Gunnar", "Johan", "Anders", "Arne", "Gustav", "Inge"))  # fmt: skip

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(ranked(SV_F, 150), ranked(SV_M, 150), ranked(SV_S, 150)),
    "us": Origin(census(US_F), census(US_M), census(US_S)),
    "uk": Origin(ranked(UK_F, 150), ranked(UK_M, 150), ranked(UK_S, 150)),
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
    "german": Origin(ranked(DE_F, 10), ranked(DE_M, 10), ranked(DE_S, 10)),
    "indian": Origin(ranked(IN_F, 10), ranked(IN_M, 10), ranked(IN_S, 10)),
    "ukrainian": Origin(ranked(UA_F, 10), ranked(UA_M, 10), ranked(UA_S, 10)),
}

# Who is named, per language of the text: roughly as Sweden's population is in Swedish text and
# in mixed text (where Swedes write with English-speaking colleagues and members), and as the
# United States and the United Kingdom are in English text, with Swedes and others among them.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5, "eritrean": 1.2, "thai": 1,
        "latin": 1, "indian": 1, "ukrainian": 1, "german": 1, "uk": 0.8, "us": 0.6,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 9, "indian": 3, "arabic": 2, "polish": 2, "latin": 2,
        "german": 1, "finnish": 1, "somali": 1, "persian": 1, "turkish": 1, "thai": 0.5,
        "bcs": 0.5, "afghan": 0.5, "eritrean": 0.5, "kurdish": 0.5, "ukrainian": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 10, "arabic": 5, "finnish": 3, "polish": 3, "persian": 2.5,
        "bcs": 2, "somali": 1.5, "kurdish": 1.5, "turkish": 1.5, "afghan": 1.5, "indian": 1.5,
        "eritrean": 1, "thai": 1, "latin": 1, "ukrainian": 1, "german": 1,
    },
}  # fmt: skip

# Short forms people are called by, per origin: given name -> its short forms.
NICK_SV = {
    "Lars": ["Lasse"], "Mikael": ["Micke"], "Karl": ["Kalle"], "Per": ["Pelle", "Peppe"],
    "Thomas": ["Tompa"], "Tomas": ["Tompa"], "Hans": ["Hasse"], "Fredrik": ["Fredde"],
    "Magnus": ["Mange"], "Marcus": ["Mackan", "Macke"], "Jonas": ["Jonte"], "Gustav": ["Gurra", "Gusse"],
    "Patrik": ["Patte"], "Kristoffer": ["Krille"], "Christian": ["Krille"], "Daniel": ["Danne"],
    "Robert": ["Robban"], "Tobias": ["Tobbe"], "Sebastian": ["Sebbe"], "Alexander": ["Alex", "Acke"],
    "Andreas": ["Ante"], "Stefan": ["Steffe"], "Niklas": ["Nicke"], "Mattias": ["Matte"],
    "Mathias": ["Matte"], "Kenneth": ["Kenta"], "Torbjörn": ["Tobbe"], "Bengt": ["Bengan"],
    "Ulf": ["Uffe"], "Rolf": ["Roffe"], "Leif": ["Leffe"], "Lennart": ["Lelle"], "Joakim": ["Jocke"],
    "Jonathan": ["Jonte"], "Oskar": ["Ogge"], "Viktor": ["Vicke"], "Ludvig": ["Ludde"],
    "William": ["Wille"], "Filip": ["Fille"], "Henrik": ["Henke"], "Sven": ["Svenne"],
    "Stig": ["Stickan"], "Roger": ["Rogge"], "Anders": ["Adde"], "Göran": ["Göte"], "Nils": ["Nisse"],
    "Sixten": ["Sigge"], "Rasmus": ["Rasse"], "Hampus": ["Hampe"], "Pontus": ["Ponne"],
    "Elisabeth": ["Lisa", "Lisbeth"], "Elisabet": ["Lisa"], "Margareta": ["Maggan", "Greta"],
    "Kristina": ["Stina", "Kicki"], "Christina": ["Kicki", "Stina"], "Birgitta": ["Bittan", "Gittan"],
    "Barbro": ["Babs"], "Susanne": ["Sussie", "Sanna"], "Charlotte": ["Lotta"], "Charlotta": ["Lotta"],
    "Katarina": ["Kattis", "Kajsa"], "Annika": ["Anki"], "Cecilia": ["Cissi", "Cilla"],
    "Ulrika": ["Ullis"], "Gunilla": ["Nilla"], "Louise": ["Lollo"], "Madeleine": ["Madde"],
    "Matilda": ["Tilda", "Mattis"], "Josefin": ["Jossan"], "Therese": ["Tessan"],
    "Amanda": ["Mandy"], "Rebecka": ["Becka"], "Viktoria": ["Vickan"], "Caroline": ["Carro"],
    "Camilla": ["Millan"], "Sofia": ["Soffi", "Fia"], "Isabelle": ["Bella"], "Jessica": ["Jessi"],
    "Linnéa": ["Linn"], "Mikaela": ["Micka"], "Pernilla": ["Nilla"], "Ingrid": ["Inga"],
}  # fmt: skip
NICK_EN = {
    "William": ["Will", "Bill", "Billy"], "Robert": ["Rob", "Bob", "Bobby"], "Richard": ["Rick", "Rich"],
    "James": ["Jim", "Jimmy", "Jamie"], "John": ["Johnny", "Jack"], "Michael": ["Mike", "Mikey"],
    "Thomas": ["Tom", "Tommy"], "Christopher": ["Chris"], "Daniel": ["Dan", "Danny"],
    "Matthew": ["Matt"], "Anthony": ["Tony"], "Joseph": ["Joe", "Joey"], "Charles": ["Charlie", "Chuck"],
    "David": ["Dave"], "Edward": ["Ed", "Eddie", "Ted"], "Benjamin": ["Ben"], "Samuel": ["Sam"],
    "Andrew": ["Andy", "Drew"], "Nicholas": ["Nick"], "Jonathan": ["Jon"], "Alexander": ["Alex"],
    "Timothy": ["Tim"], "Stephen": ["Steve"], "Steven": ["Steve"], "Gregory": ["Greg"],
    "Patrick": ["Pat", "Paddy"], "Kenneth": ["Ken", "Kenny"], "Donald": ["Don"], "Ronald": ["Ron", "Ronnie"],
    "Gerald": ["Gerry"], "Lawrence": ["Larry"], "Jeffrey": ["Jeff"], "Raymond": ["Ray"],
    "Frederick": ["Fred", "Freddie"], "Henry": ["Harry", "Hal"], "Elizabeth": ["Liz", "Beth", "Lizzie"],
    "Jennifer": ["Jen", "Jenny"], "Katherine": ["Kate", "Katie"], "Catherine": ["Cathy", "Kate"],
    "Margaret": ["Maggie", "Peggy", "Meg"], "Patricia": ["Pat", "Patty", "Trish"], "Susan": ["Sue", "Suzy"],
    "Deborah": ["Debbie", "Deb"], "Rebecca": ["Becky", "Becca"], "Victoria": ["Vicky", "Tori"],
    "Samantha": ["Sam"], "Alexandra": ["Alex", "Lexi"], "Jessica": ["Jess"], "Abigail": ["Abby"],
    "Christine": ["Chris"], "Kimberly": ["Kim"], "Pamela": ["Pam"], "Barbara": ["Barb"],
    "Dorothy": ["Dot"], "Jacqueline": ["Jackie"], "Amanda": ["Mandy"], "Charlotte": ["Lottie"],
    "Olivia": ["Liv"], "Eleanor": ["Ellie", "Nell"], "Isabella": ["Izzy", "Bella"],
    "Gillian": ["Gill"], "Nicola": ["Nicky"], "Josephine": ["Jo", "Josie"], "Joanne": ["Jo"],
    "Louise": ["Lou"], "Philip": ["Phil"], "Terence": ["Terry"], "Nigel": ["Nige"],
}  # fmt: skip
NICKNAMES: dict[str, dict[str, list[str]]] = {
    "swedish": NICK_SV,
    "us": NICK_EN,
    "uk": NICK_EN,
    "finnish": {"Matti": ["Masa"], "Juha": ["Jussi"], "Heikki": ["Heikka"], "Anneli": ["Anne"]},
    "arabic": {"Mohammed": ["Mo", "Hamoudi"], "Mustafa": ["Musti"], "Ibrahim": ["Ibbe"]},
    "polish": {"Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"], "Aleksandra": ["Ola"],
               "Piotr": ["Piotrek"], "Tomasz": ["Tomek"], "Krzysztof": ["Krzysiek"], "Jakub": ["Kuba"],
               "Magdalena": ["Magda"], "Agnieszka": ["Aga"], "Wojciech": ["Wojtek"]},
    "persian": {"Mohammad": ["Mamad"], "Fatemeh": ["Fati"]},
    "latin": {"José": ["Pepe"], "Francisco": ["Pancho", "Paco"], "Francisca": ["Pancha", "Fran"],
              "Alejandro": ["Ale"], "Alejandra": ["Ale"]},
    "german": {"Katharina": ["Kathi"], "Stefanie": ["Steffi"], "Alexander": ["Alex"], "Christian": ["Chris"]},
    "ukrainian": {"Oleksandr": ["Sasha"], "Volodymyr": ["Volodia"], "Kateryna": ["Katia"], "Dmytro": ["Dima"]},
}  # fmt: skip
