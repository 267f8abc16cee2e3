# ruff: noqa: E501
"""Name pools for held-out HT (issue 15): names as the population has them, by origin and weight.

Written from general knowledge by HT's writer, who checked no name against anything in the
repository. Swedish given names and surnames follow the order of SCB's name statistics (weight
1/rank, head the top 150, then a tail of rarer names past them); the US pools are copied from the
US Census 1990 lists (`dist.female.first`, `dist.male.first`, `dist.all.last`, as the `names`
package ships them; the census per cent as weight, head 150); the UK pools follow the order of the
ONS rankings (1/rank, head 150); the origins common in Sweden have their commonest given names and
surnames (1/rank, head 10). `MIXES` says who is named in each language's rows. Stdlib only.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this share, else from its tail


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


def ranked(text: str, head: int) -> Pool:
    """Names in rank order, separated by commas; weight 1/rank."""
    names = tuple(w.strip() for w in text.replace("\n", " ").split(",") if w.strip())
    return Pool(names, tuple(1 / rank for rank in range(1, len(names) + 1)), head)


def census(text: str, head: int = 150) -> Pool:
    """`Name per-cent` pairs as the US Census 1990 lists give them."""
    words = text.split()
    names, weights = tuple(words[0::2]), tuple(float(w) for w in words[1::2])
    return Pool(names, weights, head)


def plain(word: str) -> str:
    """A name typed without its letters (`Wiśniewski` -> `Wisniewski`, `Yılmaz` -> `Yilmaz`)."""
    word = word.translate(
        str.maketrans(
            {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ø": "o", "Ø": "O", "ß": "ss"}
        )
    )
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it (`Kowalski` -> `Kowalska`, `Wysocki` -> `Wysocka`)."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# Sweden: SCB's order (all names carried), written from general knowledge; head the top 150.
SV_F = ranked(
    """
Maria, Elisabeth, Anna, Kristina, Margareta, Eva, Linnéa, Karin, Birgitta, Marie, Ingrid, Sara,
Emma, Christina, Kerstin, Lena, Helena, Johanna, Sofia, Marianne, Inger, Linda, Cecilia, Susanne,
Ulla, Louise, Elin, Monica, Hanna, Ida, Malin, Anita, Viktoria, Jenny, Carina, Irene, Ingegerd,
Gunilla, Ulrika, Katarina, Elsa, Julia, Astrid, Birgit, Amanda, Alice, Annika, Camilla, Åsa,
Matilda, Therese, Alexandra, Lovisa, Barbro, Agneta, Frida, Josefin, Ebba, Ellen, Maja, Lisa,
Caroline, Emelie, Wilma, Siv, Gunnel, Anette, Ann, Margit, Charlotte, Erika, Jessica, Klara,
Karolina, Madeleine, Moa, Britt, Ella, Elisabet, Yvonne, Elvira, Gun, Ingela, Pia, Felicia, Nora,
Ellinor, Emilia, Mona, Ingeborg, Signe, Alva, Tove, Vera, Agnes, Ester, Märta, Maj, Beatrice,
Selma, Olivia, Stina, Annelie, Rebecka, Sandra, Jennie, Gunhild, Solveig, Gerd, Berit, Helen,
Ann-Marie, Anneli, Eleonora, Inga, Isabelle, Cornelia, Nathalie, Mikaela, Veronica, Ronja, Freja,
Tilda, Saga, Linn, Thea, Hedvig, Lina, Sanna, Maj-Britt, Ann-Christin, Anna-Karin, Mia, Emmy,
Kristin, Victoria, Josefine, Evelina, Hilda, Greta, Elise, Aurora, Liv, Lilly, Vendela, Tindra,
Isabella, Elina, Nellie, Stella, Ines, Clara,
Lova, Edith, Iris, Juni, Ylva, Majken, Tyra, Ann-Sofie, Anna-Lena, Lise-Lott, Marie-Louise,
Eva-Lena, Britt-Marie, Ulla-Britt, Rose-Marie, Gun-Britt, Ann-Charlotte, Laila, Doris, Aina,
Dagmar, Rebecca, Petra, Katrin, Ingalill, Margaretha, Annette, Marina, Lilian, Gudrun, Ruth, Rut,
Svea, Sigrid, Ragnhild, Elvy, Ethel, Asta, Hillevi, Hjördis, Gunvor, Kajsa, Malva, Elna, Elly,
Dagny, Tekla, Edla, Hulda, Valborg, Mathilda, Sofie, Jeanette, Marléne, Susann, Christine,
Jannike, Madelene, Evelin, Linnea, Emmelie, Ellie, Elsie, Esther, Minna, Nina, Tina, Tanja, Maud,
Vivianne, Viveka, Viveca, Vivi, Inga-Lill, Inga-Britt, Ann-Kristin, Ann-Louise, Anna-Maria, Carin,
Catarina, Catharina, Cathrine, Charlotta, Lotta, Louisa, Majvor, Maj-Lis, Marita, Marit, Malena,
Magdalena, Josefina, Hedda, Henrietta, Harriet, Irma, Jonna, Julie, Krista, Lisbeth, Lisbet,
Lisen, Liselotte, Lillemor, Mirja, My, Nanna, Nelly, Nova, Olga, Ottilia, Paula, Pernilla,
Regina, Rakel, Rigmor, Rosa, Sabina, Sabrina, Siri, Sonja, Sylvia, Tora, Tuva, Ulrica, Yasmin,
Zara, Emelia, Alicia, Agda, Alma, Amalia, Ann-Britt, Annie, Antonia, Bodil, Britta, Cajsa,
Carolina, Daniela, Denise, Diana, Edit, Elisa, Emilie, Erica, Evy, Fanny, Filippa, Fredrika,
Gabriella, Gerda, Gisela, Hanne, Helga, Helene, Hilma, Idun, Ina, Isa, Jasmine, Lea, Livia, Lo,
Lykke, Majvi, Malou, Margot, Mariam, Fatima, Marlene, Mira, Molly, Nadja, Nicole, Noomi, Pauline,
Ria, Sally, Sienna, Signhild, Stephanie, Thilda, Tilde, Vanja, Wilhelmina, Ingbritt, Irén, Elsy,
Ingegärd, Lill, Berith, Eivor, Görel, Inez, Laura, Mari, Rosita, Sari, Tiina, Eija, Liisa, Jenni,
Heidi, Kim, Melina, Meja, Leia, Hilde, Vilma, Elvina, Lilja, Majlis, Emy, Bianca, Christin,
Ann-Mari, Britt-Inger, Ingvor
""",
    150,
)
SV_M = ranked(
    """
Karl, Erik, Lars, Anders, Per, Johan, Nils, Carl, Jan, Mikael, Lennart, Hans, Olof, Gustav,
Peter, Thomas, Daniel, Fredrik, Sven, Bengt, Bo, Alexander, Åke, Stefan, Magnus, Göran, Oskar,
Jonas, Ingemar, Martin, Leif, Andreas, Mats, Henrik, Axel, Gunnar, Ulf, Kjell, Arne, Christer,
Emil, Stig, Rolf, Bertil, Roland, Mattias, Håkan, Björn, David, Tommy, Anton, Niklas, Patrik,
Christian, Robert, Viktor, Rickard, Simon, Sebastian, Filip, Tomas, Kent, Ingvar, Marcus, Joakim,
Gösta, Kurt, Elias, William, Wilhelm, Oscar, Kenneth, Jakob, Johannes, Adam, Jonathan, Lucas,
Hugo, Isak, Ludvig, Linus, Rasmus, Robin, Albin, Gabriel, Jesper, Tobias, Mohammed, Oliver, Liam,
Noah, Edvin, Vincent, Olle, Jimmy, Dennis, Kevin, Roger, Jörgen, Conny, Claes, Torbjörn,
Lars-Erik, Per-Olof, Karl-Erik, Sture, Allan, Rune, Harald, Ove, Evert, Sten, Birger, Helge,
Einar, Folke, Valter, Arvid, Ivar, Harry, Gustaf, Sixten, Tage, Ragnar, Bernt, Leo, Hampus, Max,
Felix, Samuel, Benjamin, Love, Otto, Malte, Melker, Ture, Frans, Alvar, Charlie, Josef, Emanuel,
Kristoffer, Christoffer, Pontus, Jens, Urban, Pär, Ronny, Morgan, Krister, Torsten, Jan-Erik,
Lars-Göran, Carl-Johan,
Nils-Erik, Glenn, Lage, Yngve, Inge, Greger, Tord, Kennet, Ola, Vilgot, Elliot, Theo, Melvin,
Douglas, Casper, Lukas, Isac, Ebbe, Bror, Gottfrid, Hilding, Holger, Hjalmar, Ivan, Jarl, Knut,
Konrad, Lennarth, Mauritz, Manfred, Osvald, Ragnvald, Reinhold, Rikard, Rudolf, Seth, Sigvard,
Sune, Sölve, Thorsten, Tore, Torgny, Torvald, Valdemar, Verner, Viggo, Waldemar, Walter, Östen,
Bernhard, Algot, Arnold, Artur, Assar, August, Boris, Carl-Axel, Dan, Egon, Eje, Elof, Enar,
Erling, Eskil, Evald, Ferdinand, Gert, Gillis, Gerhard, Halvar, Henning, Herbert, Hilmer, Ingmar,
Jon, Julius, Karl-Gustav, Karl-Johan, Kaj, Kim, Lars-Olof, Leonard, Levi, Magne, Mathias, Milton,
Mio, Måns, Nicklas, Niclas, Nils-Olof, Noel, Olov, Orvar, Ossian, Per-Erik, Per-Anders, Petter,
Rafael, Ralf, Reine, Roy, Sam, Sigurd, Staffan, Stellan, Sven-Erik, Sven-Olof, Svante, Sören,
Teodor, Tim, Tor, Tryggve, Ulrik, Uno, Vidar, Wilmer, Ville, Zacharias, Örjan, Aron, Ali, Ahmed,
Omar, Adrian, Alfred, Alve, Amir, André, Ben, Benny, Billy, Bruno, Colin, Dante, Dag, Edward,
Elis, Emir, Eric, Erland, Fabian, Frank, Fritiof, Hadar, Hannes, Helmer, Henry, Herman, Jack,
Joel, Kasper, Loke, Manne, Markus, Matteo, Milo, Nicolas, Patrick, Reidar, Roine, Sonny, Thor,
Thure, Valentin, Wiktor, Yusuf, Sigge, Hasse, Kalle, Pelle, Jöns, Anders-Petter, Jan-Olof, Bo-Göran,
Karl-Axel, Per-Åke, Lars-Åke, Hans-Erik, Stig-Arne, Ulf-Peter, Mårten, Gunde, Isidor, Birk, Frej,
Tuve, Eddie, Jamie, Leon, Nathan, Omid, Mehmet, Hussein, Abdi, Elvin, Ted, Julian, Noa, Gideon,
Tristan, Kenny, Tony
""",
    150,
)
SV_S = ranked(
    """
Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson,
Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson,
Magnusson, Olofsson, Lindström, Lindqvist, Lindgren, Berg, Axelsson, Bergström, Lundberg, Lind,
Lundgren, Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Forsberg, Sjöberg,
Ali, Wallin, Mohammed, Engström, Eklund, Danielsson, Lundin, Håkansson, Björk, Bergman,
Gunnarsson, Holm, Wikström, Samuelsson, Isaksson, Fransson, Bergqvist, Nyström, Holmberg,
Arvidsson, Löfgren, Söderberg, Nyberg, Blomqvist, Claesson, Nordström, Ahmed, Mårtensson,
Lundström, Hassan, Viklund, Björklund, Eliasson, Pålsson, Berggren, Sandström, Lund, Nordin,
Ström, Åberg, Hermansson, Ekström, Holmgren, Sundberg, Hedlund, Dahlberg, Hellström, Sjögren,
Abrahamsson, Falk, Öberg, Andreasson, Blom, Ek, Månsson, Strand, Sundström, Nordqvist, Jonasson,
Mohamed, Dahl, Åström, Lindholm, Ivarsson, Jensen, Backman, Hussein, Söderström, Nordlund,
Ekman, Sjöström, Lindblom, Bergkvist, Holmqvist, Nyman, Lindahl, Palm, Friberg, Strömberg,
Hedström, Melin, Åkesson, Lundell, Östlund, Ahlberg, Norberg, Jeppsson, Lindén, Hedman,
Kristiansson, Sundqvist, Omar, Ibrahim, Engberg, Börjesson, Skoglund, Ottosson, Edlund, Sundin,
Borg, Lindell, Rosén, Lindroth, Berntsson, Hallberg, Kjellberg, Törnqvist, Martinsson, Öhman,
Ekberg, Granström, Alm, Åkerlund,
Engman, Ekholm, Ekdahl, Bäckström, Lilja, Hjalmarsson, Rydberg, Wahlström, Wiklund, Lindkvist,
Sandin, Nordgren, Boström, Ljungberg, Ljung, Carlsson, Lundmark, Lindmark, Sundell, Grahn, Hjelm,
Rask, Dahlgren, Dahlström, Nord, Björn, Wall, Westberg, Westerberg, Westman, Westin, Wennberg,
Wikberg, Wikman, Sjödin, Sjölund, Sjöholm, Edström, Edvardsson, Emanuelsson, Knutsson,
Kjellström, Klasson, Kronberg, Kvist, Löf, Lövgren, Malm, Malmberg, Malmström, Molin, Moberg,
Nygren, Nyqvist, Nordmark, Norén, Norling, Olander, Palmqvist, Rehn, Roos, Rosenberg, Rosengren,
Sahlin, Sandell, Stenberg, Stenström, Storm, Strid, Sundén, Svedberg, Svärd, Thorén, Thulin,
Wennerberg, Zetterberg, Zetterlund, Åhman, Åkerman, Ågren, Öman, Östberg, Österberg, Östman,
Björck, Blomberg, Blomgren, Bohlin, Bolin, Brandt, Broberg, Burman, Byström, Carlberg, Cederberg,
Dahlin, Dahlqvist, Ekblad, Ekelund, Eklöf, Ekvall, Engdahl, Fagerström, Falck, Fors, Forsgren,
Forslund, Frisk, Gran, Granberg, Granlund, Grönberg, Grönlund, Gustavsson, Hagberg, Hagström,
Hallgren, Hammar, Hammarström, Hedin, Hellberg, Hellman, Hjort, Holmström, Hult, Hultgren,
Hultman, Isberg, Jernberg, Johnsson, Karlberg, Kling, Kullberg, Landin, Lidén, Linder, Lindh,
Lindman, Lindwall, Ljungqvist, Lundahl, Lundholm, Marklund, Modig, Mörk, Nordberg, Nordling,
Nylander, Nylén, Nyholm, Näslund, Olausson, Paulsson, Pehrsson, Petersson, Pihl, Qvist, Ring,
Rydén, Rylander, Rönnberg, Sandgren, Selin, Skog, Stark, Sten, Stenlund, Strandberg, Sundgren,
Svahn, Svanberg, Söderlund, Söderqvist, Thelin, Thunberg, Torstensson, Wahlberg, Wahlgren,
Wallén, Wallander, Widén, Wiberg, Zackrisson, Öhrn, Östling, Hamilton, von Platen, af Klercker,
De Geer, von Sydow, Wachtmeister, Lewenhaupt, Gyllenhaal, von Essen, Bonde, Sparre, af Ugglas,
von Rosen, Cronstedt, Ehrensvärd, Hallin, Ahlström, Ahlqvist, Kempe, Lagerlöf, Lindelöf, Rudin,
Sellberg, Wigren, Uhlin, Bjurström, Björnsson, Fält, Åslund, Vallin, Hägg, Lindeberg, Kullgren,
Tengvall, Fahlén, Carlén, Ekenberg
""",
    150,
)

# The US: the Census 1990 lists (public domain) as the `names` package ships them, per cent as weight.
US_F = census("""
Mary 2.629 Patricia 1.073 Linda 1.035 Barbara 0.980 Elizabeth 0.937 Jennifer 0.932 Maria 0.828
Susan 0.794 Margaret 0.768 Dorothy 0.727 Lisa 0.704 Nancy 0.669 Karen 0.667 Betty 0.666 Helen
0.663 Sandra 0.629 Donna 0.583 Carol 0.565 Ruth 0.562 Sharon 0.522 Michelle 0.519 Laura 0.510
Sarah 0.508 Kimberly 0.504 Deborah 0.494 Jessica 0.490 Shirley 0.482 Cynthia 0.469 Angela 0.468
Melissa 0.462 Brenda 0.455 Amy 0.451 Anna 0.440 Rebecca 0.430 Virginia 0.430 Kathleen 0.424
Pamela 0.416 Martha 0.412 Debra 0.408 Amanda 0.404 Stephanie 0.400 Carolyn 0.385 Christine 0.382
Marie 0.379 Janet 0.379 Catherine 0.373 Frances 0.370 Ann 0.364 Joyce 0.364 Diane 0.359 Alice
0.357 Julie 0.348 Heather 0.337 Teresa 0.336 Doris 0.335 Gloria 0.335 Evelyn 0.322 Jean 0.315
Cheryl 0.315 Mildred 0.313 Katherine 0.313 Joan 0.306 Ashley 0.303 Judith 0.297 Rose 0.296
Janice 0.285 Kelly 0.283 Nicole 0.281 Judy 0.276 Christina 0.275 Kathy 0.272 Theresa 0.271
Beverly 0.267 Denise 0.264 Tammy 0.259 Irene 0.252 Jane 0.250 Lori 0.248 Rachel 0.242 Marilyn
0.241 Andrea 0.236 Kathryn 0.234 Louise 0.229 Sara 0.229 Anne 0.228 Jacqueline 0.228 Wanda 0.226
Bonnie 0.223 Julia 0.223 Ruby 0.221 Lois 0.220 Tina 0.220 Phyllis 0.219 Norma 0.218 Paula 0.217
Diana 0.216 Annie 0.216 Lillian 0.211 Emily 0.208 Robin 0.208 Peggy 0.208 Crystal 0.207 Gladys
0.205 Rita 0.204 Dawn 0.202 Connie 0.200 Florence 0.200 Tracy 0.197 Edna 0.197 Tiffany 0.195
Carmen 0.195 Rosa 0.194 Cindy 0.192 Grace 0.189 Wendy 0.185 Victoria 0.180 Edith 0.179 Kim 0.178
Sherry 0.178 Sylvia 0.177 Josephine 0.177 Thelma 0.175 Shannon 0.175 Sheila 0.175 Ethel 0.174
Ellen 0.173 Elaine 0.173 Marjorie 0.173 Carrie 0.171 Charlotte 0.169 Monica 0.166 Esther 0.166
Pauline 0.165 Emma 0.165 Juanita 0.164 Anita 0.162 Rhonda 0.162 Hazel 0.161 Amber 0.160 Eva
0.159 Debbie 0.157 April 0.154 Leslie 0.154 Clara 0.153 Lucille 0.153 Jamie 0.153 Joanne 0.150
Eleanor 0.150 Valerie 0.149 Danielle 0.149 Megan 0.147 Alicia 0.146 Suzanne 0.145 Michele 0.145
Gail 0.145 Bertha 0.143 Darlene 0.142 Veronica 0.142 Jill 0.142 Erin 0.141 Geraldine 0.141
Lauren 0.137 Cathy 0.137 Joann 0.136 Lorraine 0.135 Lynn 0.135 Sally 0.135 Regina 0.133 Erica
0.130 Beatrice 0.130 Dolores 0.129 Bernice 0.128 Audrey 0.127 Yvonne 0.126 Annette 0.125 June
0.125 Samantha 0.124 Marion 0.122 Dana 0.122 Stacy 0.121 Ana 0.120 Renee 0.120 Ida 0.118 Vivian
0.118 Roberta 0.117 Holly 0.117 Brittany 0.117 Melanie 0.116 Loretta 0.115 Yolanda 0.115
Jeanette 0.115 Laurie 0.114 Katie 0.113 Kristen 0.111 Vanessa 0.111 Alma 0.111 Sue 0.111 Elsie
0.110 Beth 0.110 Jeanne 0.109 Vicki 0.109 Carla 0.107 Tara 0.107 Rosemary 0.107 Eileen 0.105
Terri 0.105 Gertrude 0.103 Lucy 0.103 Tonya 0.102 Ella 0.101 Stacey 0.101 Wilma 0.099 Gina 0.099
Kristin 0.099 Jessie 0.098 Natalie 0.098 Agnes 0.098 Vera 0.098 Willie 0.097 Charlene 0.097
Bessie 0.096 Delores 0.095 Melinda 0.094 Pearl 0.094 Arlene 0.094 Maureen 0.092 Colleen 0.092
Allison 0.092 Tamara 0.092 Joy 0.091 Georgia 0.091 Constance 0.091 Lillie 0.090 Claudia 0.090
Jackie 0.090 Marcia 0.090 Tanya 0.089 Nellie 0.089 Minnie 0.089 Marlene 0.088 Heidi 0.088 Glenda
0.088 Lydia 0.086 Viola 0.086 Courtney 0.086 Marian 0.086 Stella 0.085 Caroline 0.085 Dora 0.084
Jo 0.083 Vickie 0.082 Mattie 0.081 Terry 0.080 Maxine 0.079 Irma 0.079 Mabel 0.078 Marsha 0.078
Myrtle 0.078 Lena 0.077 Christy 0.077 Deanna 0.076 Patsy 0.076 Hilda 0.075 Gwendolyn 0.074
Jennie 0.073 Nora 0.073 Margie 0.072 Nina 0.072 Cassandra 0.072 Leah 0.072 Penny 0.071 Kay 0.071
Priscilla 0.071 Naomi 0.071 Carole 0.071 Brandy 0.070 Olga 0.070 Billie 0.069 Dianne 0.069
Tracey 0.069 Leona 0.069 Jenny 0.068 Felicia 0.068 Sonia 0.068 Miriam 0.066 Velma 0.066 Becky
0.066 Bobbie 0.065 Violet 0.065 Kristina 0.065 Toni 0.064 Misty 0.063 Mae 0.063 Shelly 0.062
Daisy 0.062 Ramona 0.062 Sherri 0.062 Erika 0.061 Katrina 0.061 Claire 0.061 Lindsey 0.060
Lindsay 0.060 Geneva 0.059 Guadalupe 0.059 Belinda 0.059 Margarita 0.059 Sheryl 0.059 Cora 0.058
Faye 0.058 Ada 0.057 Natasha 0.057 Sabrina 0.057 Isabel 0.057 Marguerite 0.056 Hattie 0.056
Harriet 0.056 Molly 0.055 Cecilia 0.055 Kristi 0.055 Brandi 0.055 Blanche 0.055 Sandy 0.055
Rosie 0.055 Joanna 0.055 Iris 0.055 Eunice 0.054 Angie 0.054 Inez 0.053 Lynda 0.053 Madeline
0.052 Amelia 0.052 Alberta 0.052 Genevieve 0.051 Monique 0.051 Jodi 0.051 Janie 0.051 Maggie
0.051 Kayla 0.051 Sonya 0.051 Jan 0.051 Lee 0.051 Kristine 0.051 Candace 0.051 Fannie 0.050
Maryann 0.050 Opal 0.050 Alison 0.050 Yvette 0.050 Melody 0.050 Luz 0.049 Susie 0.049 Olivia
0.049 Flora 0.049 Shelley 0.049 Kristy 0.048 Mamie 0.048 Lula 0.048 Lola 0.048 Verna 0.048
Beulah 0.048 Antoinette 0.048 Candice 0.046 Juana 0.046 Jeannette 0.046 Pam 0.046 Kelli 0.046
Hannah 0.045 Whitney 0.045 Bridget 0.045 Karla 0.044 Celia 0.044 Latoya 0.043 Patty 0.043 Shelia
0.043 Gayle 0.043 Della 0.043 Vicky 0.043 Lynne 0.043 Sheri 0.042 Marianne 0.042 Kara 0.041
Jacquelyn 0.041 Erma 0.041 Blanca 0.041 Myra 0.040 Leticia 0.040 Pat 0.040 Krista 0.040 Roxanne
0.040 Angelica 0.039 Johnnie 0.039 Robyn 0.039 Francis 0.039 Adrienne 0.039 Rosalie 0.039
Alexandra 0.039 Brooke 0.039 Bethany 0.039 Sadie 0.039 Bernadette 0.039
""")

US_M = census("""
James 3.318 John 3.271 Robert 3.143 Michael 2.629 William 2.451 David 2.363 Richard 1.703
Charles 1.523 Joseph 1.404 Thomas 1.380 Christopher 1.035 Daniel 0.974 Paul 0.948 Mark 0.938
Donald 0.931 George 0.927 Kenneth 0.826 Steven 0.780 Edward 0.779 Brian 0.736 Ronald 0.725
Anthony 0.721 Kevin 0.671 Jason 0.660 Matthew 0.657 Gary 0.650 Timothy 0.640 Jose 0.613 Larry
0.598 Jeffrey 0.591 Frank 0.581 Scott 0.546 Eric 0.544 Stephen 0.540 Andrew 0.537 Raymond 0.488
Gregory 0.441 Joshua 0.435 Jerry 0.432 Dennis 0.415 Walter 0.399 Patrick 0.389 Peter 0.381
Harold 0.371 Douglas 0.367 Henry 0.365 Carl 0.346 Arthur 0.335 Ryan 0.328 Roger 0.322 Joe 0.321
Juan 0.316 Jack 0.315 Albert 0.314 Jonathan 0.313 Justin 0.311 Terry 0.311 Gerald 0.309 Keith
0.308 Samuel 0.306 Willie 0.302 Ralph 0.282 Lawrence 0.282 Nicholas 0.275 Roy 0.273 Benjamin
0.270 Bruce 0.263 Brandon 0.260 Adam 0.259 Harry 0.251 Fred 0.251 Wayne 0.249 Billy 0.248 Steve
0.246 Louis 0.243 Jeremy 0.242 Aaron 0.240 Randy 0.232 Howard 0.230 Eugene 0.230 Carlos 0.229
Russell 0.224 Bobby 0.223 Victor 0.222 Martin 0.216 Ernest 0.215 Phillip 0.213 Todd 0.213 Jesse
0.209 Craig 0.206 Alan 0.204 Shawn 0.200 Clarence 0.197 Sean 0.197 Philip 0.197 Chris 0.197
Johnny 0.195 Earl 0.193 Jimmy 0.191 Antonio 0.190 Danny 0.190 Bryan 0.190 Tony 0.190 Luis 0.189
Mike 0.189 Stanley 0.186 Leonard 0.186 Nathan 0.185 Dale 0.184 Manuel 0.181 Rodney 0.180 Curtis
0.180 Norman 0.177 Allen 0.174 Marvin 0.171 Vincent 0.168 Glenn 0.167 Jeffery 0.166 Travis 0.166
Jeff 0.166 Chad 0.165 Jacob 0.165 Lee 0.162 Melvin 0.162 Alfred 0.162 Kyle 0.160 Francis 0.160
Bradley 0.159 Jesus 0.155 Herbert 0.155 Frederick 0.154 Ray 0.153 Joel 0.152 Edwin 0.148 Don
0.145 Eddie 0.144 Ricky 0.141 Troy 0.138 Randall 0.138 Barry 0.134 Alexander 0.132 Bernard 0.127
Mario 0.125 Leroy 0.125 Francisco 0.124 Marcus 0.124 Micheal 0.123 Theodore 0.123 Clifford 0.123
Miguel 0.122 Oscar 0.122 Jay 0.118 Jim 0.118 Tom 0.117 Calvin 0.115 Alex 0.115 Jon 0.115 Ronnie
0.113 Bill 0.112 Lloyd 0.112 Tommy 0.112 Leon 0.112 Derek 0.112 Warren 0.110 Darrell 0.108
Jerome 0.108 Floyd 0.107 Leo 0.106 Alvin 0.105 Tim 0.104 Wesley 0.104 Gordon 0.104 Dean 0.104
Greg 0.104 Jorge 0.104 Dustin 0.103 Pedro 0.103 Derrick 0.103 Dan 0.101 Lewis 0.099 Zachary
0.099 Corey 0.098 Herman 0.097 Maurice 0.097 Vernon 0.097 Roberto 0.097 Clyde 0.095 Glen 0.094
Hector 0.094 Shane 0.093 Ricardo 0.093 Sam 0.092 Rick 0.091 Lester 0.091 Brent 0.090 Ramon 0.090
Charlie 0.090 Tyler 0.089 Gilbert 0.089 Gene 0.087 Marc 0.087 Reginald 0.084 Ruben 0.082 Brett
0.082 Angel 0.082 Nathaniel 0.081 Rafael 0.081 Leslie 0.081 Edgar 0.080 Milton 0.080 Raul 0.079
Ben 0.078 Chester 0.078 Cecil 0.078 Duane 0.077 Franklin 0.077 Andre 0.076 Elmer 0.074 Brad
0.073 Gabriel 0.073 Ron 0.072 Mitchell 0.072 Roland 0.072 Arnold 0.072 Harvey 0.072 Jared 0.071
Adrian 0.069 Karl 0.069 Cory 0.068 Claude 0.068 Erik 0.068 Darryl 0.067 Jamie 0.066 Neil 0.066
Jessie 0.065 Christian 0.065 Javier 0.065 Fernando 0.065 Clinton 0.065 Ted 0.064 Mathew 0.064
Tyrone 0.064 Darren 0.064 Lonnie 0.064 Lance 0.063 Cody 0.063 Julio 0.063 Kelly 0.063 Kurt 0.062
Allan 0.061 Nelson 0.061 Guy 0.060 Clayton 0.060 Hugh 0.060 Max 0.059 Dwayne 0.059 Dwight 0.058
Armando 0.058 Felix 0.058 Jimmie 0.058 Everett 0.057 Jordan 0.056 Ian 0.056 Wallace 0.056 Ken
0.055 Bob 0.055 Jaime 0.055 Casey 0.054 Alfredo 0.054 Alberto 0.053 Dave 0.053 Ivan 0.053
Johnnie 0.052 Sidney 0.052 Byron 0.052 Julian 0.052 Isaac 0.051 Morris 0.051 Clifton 0.050
Willard 0.050 Daryl 0.050 Ross 0.050 Virgil 0.049 Andy 0.049 Marshall 0.049 Salvador 0.049 Perry
0.049 Kirk 0.049 Sergio 0.049 Marion 0.048 Tracy 0.048 Seth 0.048 Kent 0.048 Terrance 0.048 Rene
0.048 Eduardo 0.047 Terrence 0.047 Enrique 0.046 Freddie 0.046 Wade 0.045 Austin 0.044 Stuart
0.044 Fredrick 0.043 Arturo 0.043 Alejandro 0.043 Jackie 0.043 Joey 0.043 Nick 0.043 Luther
0.043 Wendell 0.042 Jeremiah 0.042 Evan 0.042 Julius 0.042 Dana 0.042 Donnie 0.041 Otis 0.041
Shannon 0.040 Trevor 0.040 Oliver 0.040 Luke 0.040 Homer 0.040 Gerard 0.040 Doug 0.040 Kenny
0.039 Hubert 0.039 Angelo 0.039 Shaun 0.039 Lyle 0.038 Matt 0.038 Lynn 0.038 Alfonso 0.038
Orlando 0.037 Rex 0.037 Carlton 0.037 Ernesto 0.037 Cameron 0.037 Neal 0.037 Pablo 0.036 Lorenzo
0.036 Omar 0.036 Wilbur 0.036 Blake 0.036 Grant 0.036 Horace 0.036 Roderick 0.036 Kerry 0.036
Abraham 0.035 Willis 0.035 Rickey 0.035 Jean 0.035 Ira 0.035 Andres 0.034 Cesar 0.034 Johnathan
0.034 Malcolm 0.034 Rudolph 0.034 Damon 0.034 Kelvin 0.034 Rudy 0.034 Preston 0.034 Alton 0.033
Archie 0.033 Marco 0.033 Wm 0.033 Pete 0.032 Randolph 0.032 Garry 0.032 Geoffrey 0.032 Jonathon
0.032 Felipe 0.032 Bennie 0.032 Gerardo 0.032 Ed 0.032 Dominic 0.032 Robin 0.032 Loren 0.032
Delbert 0.031 Colin 0.031 Guillermo 0.031 Earnest 0.031 Lucas 0.031 Benny 0.030 Noel 0.030
Spencer 0.030 Rodolfo 0.030 Myron 0.030 Edmund 0.030 Garrett 0.029 Salvatore 0.029 Cedric 0.029
Lowell 0.029 Gregg 0.029 Sherman 0.028 Wilson 0.028 Devin 0.028 Sylvester 0.028 Kim 0.028
Roosevelt 0.028 Israel 0.028 Jermaine 0.028
""")

US_S = census("""
Smith 1.006 Johnson 0.810 Williams 0.699 Jones 0.621 Brown 0.621 Davis 0.480 Miller 0.424 Wilson
0.339 Moore 0.312 Taylor 0.311 Anderson 0.311 Thomas 0.311 Jackson 0.310 White 0.279 Harris
0.275 Martin 0.273 Thompson 0.269 Garcia 0.254 Martinez 0.234 Robinson 0.233 Clark 0.231
Rodriguez 0.229 Lewis 0.226 Lee 0.220 Walker 0.219 Hall 0.200 Allen 0.199 Young 0.193 Hernandez
0.192 King 0.190 Wright 0.189 Lopez 0.187 Hill 0.187 Scott 0.185 Green 0.183 Adams 0.174 Baker
0.171 Gonzalez 0.166 Nelson 0.162 Carter 0.162 Mitchell 0.160 Perez 0.155 Roberts 0.153 Turner
0.152 Phillips 0.149 Campbell 0.149 Parker 0.146 Evans 0.141 Edwards 0.137 Collins 0.134 Stewart
0.133 Sanchez 0.130 Morris 0.125 Rogers 0.123 Reed 0.122 Cook 0.120 Morgan 0.118 Bell 0.117
Murphy 0.117 Bailey 0.115 Rivera 0.113 Cooper 0.113 Richardson 0.112 Cox 0.110 Howard 0.110 Ward
0.108 Torres 0.108 Peterson 0.107 Gray 0.106 Ramirez 0.105 James 0.105 Watson 0.103 Brooks 0.103
Kelly 0.102 Sanders 0.100 Price 0.099 Bennett 0.099 Wood 0.098 Barnes 0.097 Ross 0.096 Henderson
0.095 Coleman 0.095 Jenkins 0.095 Perry 0.094 Powell 0.093 Long 0.092 Patterson 0.092 Hughes
0.092 Flores 0.092 Washington 0.092 Butler 0.091 Simmons 0.091 Foster 0.091 Gonzales 0.087
Bryant 0.087 Alexander 0.085 Russell 0.085 Griffin 0.084 Diaz 0.084 Hayes 0.083 Myers 0.083 Ford
0.082 Hamilton 0.082 Graham 0.082 Sullivan 0.081 Wallace 0.081 Woods 0.080 Cole 0.080 West 0.080
Jordan 0.078 Owens 0.078 Reynolds 0.078 Fisher 0.077 Ellis 0.077 Harrison 0.076 Gibson 0.075
McDonald 0.075 Cruz 0.075 Marshall 0.075 Ortiz 0.075 Gomez 0.075 Murray 0.074 Freeman 0.074
Wells 0.073 Webb 0.072 Simpson 0.070 Stevens 0.070 Tucker 0.070 Porter 0.069 Hunter 0.069 Hicks
0.069 Crawford 0.068 Henry 0.068 Boyd 0.068 Mason 0.068 Morales 0.067 Kennedy 0.067 Warren 0.067
Dixon 0.066 Ramos 0.066 Reyes 0.066 Burns 0.065 Gordon 0.065 Shaw 0.065 Holmes 0.065 Rice 0.064
Robertson 0.064 Hunt 0.063 Black 0.063 Daniels 0.062 Palmer 0.062 Mills 0.061 Nichols 0.060
Grant 0.060 Knight 0.060 Ferguson 0.059 Rose 0.059 Stone 0.059 Hawkins 0.059 Dunn 0.058 Perkins
0.058 Hudson 0.058 Spencer 0.057 Gardner 0.057 Stephens 0.057 Payne 0.057 Pierce 0.056 Berry
0.056 Matthews 0.056 Arnold 0.056 Wagner 0.055 Willis 0.055 Ray 0.055 Watkins 0.055 Olson 0.055
Carroll 0.055 Duncan 0.055 Snyder 0.055 Hart 0.054 Cunningham 0.054 Bradley 0.054 Lane 0.054
Andrews 0.054 Ruiz 0.054 Harper 0.054 Fox 0.053 Riley 0.053 Armstrong 0.053 Carpenter 0.053
Weaver 0.053 Greene 0.053 Lawrence 0.052 Elliott 0.052 Chavez 0.052 Sims 0.052 Austin 0.052
Peters 0.052 Kelley 0.052 Franklin 0.051 Lawson 0.051 Fields 0.051 Gutierrez 0.051 Ryan 0.051
Schmidt 0.051 Carr 0.051 Vasquez 0.051 Castillo 0.051 Wheeler 0.051 Chapman 0.050 Oliver 0.050
Montgomery 0.049 Richards 0.049 Williamson 0.049 Johnston 0.049 Banks 0.048 Meyer 0.048 Bishop
0.048 McCoy 0.048 Howell 0.048 Alvarez 0.048 Morrison 0.048 Hansen 0.047 Fernandez 0.047 Garza
0.047 Harvey 0.047 Little 0.046 Burton 0.046 Stanley 0.046 Nguyen 0.046 George 0.046 Jacobs
0.046 Reid 0.046 Kim 0.045 Fuller 0.045 Lynch 0.045 Dean 0.045 Gilbert 0.045 Garrett 0.045
Romero 0.045 Welch 0.044 Larson 0.044 Frazier 0.044 Burke 0.044 Hanson 0.043 Day 0.043 Mendoza
0.043 Moreno 0.043 Bowman 0.043 Medina 0.042 Fowler 0.042 Brewer 0.042 Hoffman 0.042 Carlson
0.042 Silva 0.042 Pearson 0.042 Holland 0.042 Douglas 0.041 Fleming 0.041 Jensen 0.041 Vargas
0.041 Byrd 0.041 Davidson 0.041 Hopkins 0.041 May 0.040 Terry 0.040 Herrera 0.040 Wade 0.040
Soto 0.040 Walters 0.040 Curtis 0.040 Neal 0.039 Caldwell 0.039 Lowe 0.039 Jennings 0.039
Barnett 0.039 Graves 0.039 Jimenez 0.039 Horton 0.039 Shelton 0.039 Barrett 0.039 O'Brien 0.039
Castro 0.039 Sutton 0.038 Gregory 0.038 McKinney 0.038 Lucas 0.038 Miles 0.038 Craig 0.038
Rodriquez 0.037 Chambers 0.037 Holt 0.037 Lambert 0.037 Fletcher 0.037 Watts 0.037 Bates 0.037
Hale 0.037 Rhodes 0.037 Pena 0.037 Beck 0.037 Newman 0.036 Haynes 0.036 McDaniel 0.036 Mendez
0.036 Bush 0.036 Vaughn 0.036 Parks 0.035 Dawson 0.035 Santiago 0.035 Norris 0.035 Hardy 0.035
Love 0.035 Steele 0.035 Curry 0.035 Powers 0.035 Schultz 0.035 Barker 0.035 Guzman 0.034 Page
0.034 Munoz 0.034 Ball 0.034 Keller 0.034 Chandler 0.034 Weber 0.034 Leonard 0.034 Walsh 0.033
Lyons 0.033 Ramsey 0.033 Wolfe 0.033 Schneider 0.033 Mullins 0.033 Benson 0.033 Sharp 0.033
Bowen 0.033 Daniel 0.033 Barber 0.032 Cummings 0.032 Hines 0.032 Baldwin 0.032 Griffith 0.032
Valdez 0.032 Hubbard 0.032 Salazar 0.032 Reeves 0.032 Warner 0.031 Stevenson 0.031 Burgess 0.031
Santos 0.031 Tate 0.031 Cross 0.031 Garner 0.031 Mann 0.031 Mack 0.031 Moss 0.031 Thornton 0.031
Dennis 0.031 McGee 0.031 Farmer 0.030 Delgado 0.030 Aguilar 0.030 Vega 0.030 Glover 0.030
Manning 0.030 Cohen 0.030 Harmon 0.030 Rodgers 0.030 Robbins 0.030 Newton 0.030 Todd 0.030 Blair
0.030 Higgins 0.030 Ingram 0.030 Reese 0.030 Cannon 0.030 Strickland 0.030 Townsend 0.030 Potter
0.030 Goodwin 0.030 Walton 0.030 Rowe 0.029 Hampton 0.029 Ortega 0.029 Patton 0.029 Swanson
0.029 Joseph 0.029 Francis 0.029 Goodman 0.029 Maldonado 0.029 Yates 0.029 Becker 0.029 Erickson
0.029 Hodges 0.029 Rios 0.029 Conner 0.029 Adkins 0.029 Webster 0.028 Norman 0.028 Malone 0.028
Hammond 0.028 Flowers 0.028 Cobb 0.028 Moody 0.028 Quinn 0.028 Blake 0.028 Maxwell 0.028 Pope
0.028 Floyd 0.027 Osborne 0.027 Paul 0.027 McCarthy 0.027 Guerrero 0.027 Lindsey 0.027 Estrada
0.027 Sandoval 0.027 Gibbs 0.027 Tyler 0.027 Gross 0.027 Fitzgerald 0.027 Stokes 0.027 Doyle
0.027 Sherman 0.027
""")

# The UK: the order of the ONS rankings across the generations now living (1/rank, head 150).
UK_F = ranked(
    """
Sarah, Emma, Laura, Claire, Rebecca, Charlotte, Emily, Jessica, Sophie, Lucy, Hannah, Amy,
Katie, Olivia, Samantha, Rachel, Gemma, Nicola, Lisa, Louise, Helen, Victoria, Jennifer,
Elizabeth, Amelia, Chloe, Lauren, Megan, Ellie, Grace, Holly, Jade, Kirsty, Kelly, Stephanie,
Michelle, Joanne, Susan, Karen, Julie, Margaret, Patricia, Mary, Jacqueline, Deborah, Alison,
Jane, Catherine, Caroline, Elaine, Angela, Tracey, Amanda, Sharon, Natalie, Danielle, Georgia,
Abigail, Isabella, Isla, Ava, Mia, Poppy, Ella, Lily, Evie, Freya, Millie, Daisy, Phoebe, Ruby,
Eleanor, Alice, Florence, Matilda, Rosie, Imogen, Harriet, Anna, Zoe, Leah, Bethany, Kate,
Kathryn, Fiona, Heather, Lindsay, Joanna, Clare, Kerry, Donna, Dawn, Tracy, Wendy, Lynne,
Gillian, Pauline, Sandra, Christine, Janet, Linda, Carol, Diane, Barbara, Anne, Ann, Brenda,
Sheila, Maureen, Valerie, Jean, Joan, Doreen, Irene, Eileen, Sylvia, Marion, Shirley, Dorothy,
Pamela, Beverley, Julia, Sally, Rosemary, Frances, Judith, Hilary, Gail, Melanie, Tina, Andrea,
Paula, Jill, Kim, Teresa, Anita, Maria, Esther, Naomi, Ruth, Leanne, Sian, Ffion, Rhian, Bethan,
Eilidh, Iona, Niamh, Aoife, Siobhan,
Ciara, Orla, Erin, Caitlin, Molly, Maisie, Scarlett, Evelyn, Willow, Harper, Aria, Sienna, Elsie,
Esme, Thea, Lottie, Violet, Ivy, Rose, Hollie, Kayleigh, Shannon, Jodie, Hayley, Stacey, Charlene,
Lorraine, Yvonne, Jacqui, Tanya, Sonia, Nadia, Aisha, Fatima, Priya, Amira, Zara, Maryam, Layla,
Nia, Tia, Keeley, Carly, Kimberley, Lynsey, Rhiannon, Felicity, Penelope, Beatrice, Clara, Ada,
Edith, Mabel, Nancy, Martha, Annabel, Bryony, Verity, Juliet, Tamsin, Jemima, Philippa, Pippa,
Rosalind, Miriam, Gwen, Morag, Catriona, Mairi, Kirsteen, Ailsa, Shona, Lesley, Moira, Morven,
Seren, Cerys, Megan-Rose, Lowri, Carys, Nerys, Eluned, Bronwen, Cara, Sinead, Roisin, Grainne,
Maeve, Brooke, Paige, Courtney, Chelsea, Abbie, Amber, Jasmine, Summer, Autumn, Eva, Lexi, Orla-Mae,
Darcey, Lola, Mollie, Gracie, Tilly, Emilia, Elise, Georgina, Francesca, Antonia, Henrietta,
Arabella, Octavia, Cressida, Hermione, Rowena, Marjorie, Gladys, Hilda, Ethel, Elsie-May, Ivy-Rose,
Vera, Winifred, Phyllis, Beryl, Audrey, Joyce, Muriel, Edna, Iris, Mavis, Rita, Geraldine, Bernadette
""",
    150,
)
UK_M = ranked(
    """
David, John, Michael, Paul, Andrew, James, Mark, Richard, Peter, Robert, Stephen, Christopher,
Ian, Simon, Thomas, Daniel, Matthew, Steven, Gary, Kevin, Anthony, Alan, William, Jonathan,
Martin, Neil, Graham, Stuart, Philip, Brian, Adam, Benjamin, Samuel, Joseph, Oliver, Jack, Harry,
George, Charlie, Jacob, Noah, Oscar, Leo, Alfie, Freddie, Archie, Henry, Arthur, Theo, Luke,
Ryan, Liam, Jamie, Lee, Craig, Scott, Darren, Wayne, Dean, Carl, Shaun, Jason, Nathan, Ben, Sam,
Alexander, Edward, Nicholas, Timothy, Patrick, Keith, Colin, Barry, Derek, Trevor, Malcolm, Roger,
Kenneth, Raymond, Geoffrey, Terence, Dennis, Ronald, Gordon, Roy, Frank, Stanley, Leonard,
Albert, Ernest, Frederick, Harold, Douglas, Hugh, Duncan, Alistair, Angus, Callum, Euan, Fraser,
Ross, Kieran, Connor, Owen, Rhys, Dylan, Gareth, Dafydd, Huw, Iwan, Sean, Declan, Ciaran, Conor,
Aidan, Niall, Lewis, Joshua, Ethan, Mason, Logan, Tyler, Kyle, Jordan, Bradley, Aaron, Adrian,
Julian, Rupert, Hamish, Toby, Max, Joe, Elliot, Isaac, Jake, Finley, Reuben, Rory, Tobias, Hugo,
Sebastian, Zachary, Dominic, Marcus, Vincent, Jeremy, Nigel, Clive, Russell,
Glenn, Lloyd, Howard, Martyn, Leslie, Victor, Ali, Mohammed, Muhammad, Omar, Imran, Hassan,
Ibrahim, Yusuf, Bilal, Arjun, Harvey, Jenson, Teddy, Tommy, Louie, Reggie, Albie, Ronnie,
Frankie, Ralph, Rowan, Caleb, Ezra, Jude, Felix, Luca, Elijah, Austin, Miles, Nathaniel, Jasper,
Barnaby, Giles, Crispin, Piers, Quentin, Bernard, Cyril, Norman, Walter, Herbert, Sidney, Wilfred,
Cecil, Percy, Reginald, Clifford, Eric, Alfred, Jim, Dave, Rob, Tony, Mick, Gavin, Jeff, Phil,
Robin, Ralph-James, Bryn, Emyr, Gethin, Aled, Cai, Osian, Rhodri, Tomos, Ewan, Calum, Finlay,
Struan, Murdo, Lachlan, Alasdair, Gregor, Kenny, Cormac, Padraig, Eoin, Cillian, Oisin, Ronan,
Fergus, Brendan, Desmond, Eamonn, Dermot, Seamus, Kane, Jayden, Kai, Tyrone, Leon, Marlon,
Dwayne, Winston, Delroy, Rajesh, Sanjay, Amit, Sunil, Harjit, Gurpreet, Jaswinder, Tariq, Asif,
Zain, Faisal, Kamran, Shahid, Nadeem, Abdul, Rizwan, Darius, Stefan, Tomasz, Piotr, Lukasz,
Marek, Andrei, Florin, Tudor, Hector, Ivor, Rex, Lionel, Neville, Ivan
""",
    150,
)
UK_S = ranked(
    """
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
Cole, Atkinson, Bradley, Spencer, Gill, Dawson, Ball, Burton, O'Brien, Watts, Rose, Booth, Perry,
Ryan, Grant, Wells, Armstrong, Francis, Rees, Hayes, Hart, Hudson, Newman, Barrett, Webster,
Hunter, Gregory, Carr, Lowe,
Page, Marsh, Riley, Dunn, Woods, Parsons, Berry, Stone, Reid, Holland, Hawkins, Harding, Porter,
Robertson, Newton, Oliver, Reed, Kennedy, Williamson, Bird, Gardner, Shah, Dean, Lane, Cooke,
Bates, Henderson, Parry, Burgess, Bishop, Walton, Burns, Nicholson, Shepherd, Ross, Cross, Long,
Freeman, Warren, Nicholls, Hamilton, Byrne, Sutton, McDonald, Yates, Hodgson, Robson, Curtis,
Hopkins, O'Connor, Harper, Coleman, Watkins, Moss, McCarthy, Chambers, O'Neill, Griffin, Sharp,
Hardy, Wheeler, Potter, Osborne, Johnston, Gordon, Doyle, Wallace, George, Jordan, Hutchinson,
Rowe, Burke, May, Pritchard, Gilbert, Willis, Higgins, Read, Miles, Stephens, Thornton, Clayton,
Dennis, Gibbs, Norris, Bryant, Mann, Hartley, Tucker, Lambert, Whitehead, Barber, Dyer, Goodwin,
Holt, Wade, Weston, Jennings, Frost, Fowler, Chandler, Poole, Randall, Sharpe, Slater, Steele,
Sykes, Little, Fleming, Cartwright, Hurst, Summers, Kirby, Abbott, Bolton, Wilkins, Akhtar,
Rahman, Iqbal, Mahmood, Llewellyn, Pugh, Howells, Rowlands, Vaughan, Bevan, Fraser, MacDonald,
MacLeod, Sinclair, Munro, Duncan, Ferguson, Cameron, Mackay, Mackenzie, Paterson, Kerr, Boyle,
Quinn, Gallagher, Doherty, Kaur-Gill, Banks, Hale, Haynes, Joyce, Lamb, Nash, Pope, Hancock,
Blake, Booker, Chadwick, Dobson, Emery, Farrow, Garner, Hewitt, Ingram, Kemp, Lord, Metcalfe,
Nolan, Oakley, Pickering, Ramsden, Sheppard, Thorpe, Upton, Vickers, Whittaker, Wilde, Yeomans,
Ashworth, Barlow, Crowther, Haigh, Sutcliffe, Greenwood, Pickles, Holroyd, Entwistle, Dalton
""",
    150,
)

# Origins common in Sweden: their commonest given names and surnames (1/rank, head 10).
WORLD = {
    "finnish": (
        "Maria, Helena, Johanna, Anneli, Kaarina, Marjatta, Hannele, Tuula, Päivi, Riitta, Pirjo, Sari, Minna, Tiina, Anne, Leena, Tarja, Satu, Seija, Ritva, Aino, Eila, Liisa, Sirpa, Merja, Marja, Outi, Eeva, Kirsi, Heidi",
        "Juha, Timo, Matti, Kari, Mikko, Antti, Jari, Jukka, Mika, Markku, Pekka, Hannu, Heikki, Seppo, Ari, Sami, Janne, Petri, Jussi, Tapio, Ilkka, Esa, Pentti, Veikko, Raimo, Jorma, Tuomas, Ville, Lauri, Eero",
        "Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen, Hiltunen, Hirvonen",
    ),
    "arabic": (
        "Fatima, Maryam, Zainab, Noor, Sara, Amina, Aya, Rana, Hiba, Layla, Rania, Hanan, Samira, Lina, Dima, Ruqaya, Zahra, Huda, Shahad, Raghad, Nadia, Yasmin, Rasha, Lamia",
        "Mohammed, Ahmed, Ali, Hussein, Omar, Mustafa, Hassan, Abdullah, Yousef, Khaled, Ibrahim, Karim, Sami, Tariq, Haidar, Mahmoud, Bilal, Mazen, Rami, Waleed, Firas, Ammar, Ziad, Amjad",
        "Ali, Mohammed, Hassan, Hussein, Ahmed, Abdullah, Ibrahim, Khalil, Saleh, Jasim, Kadhim, Al-Jaburi, Al-Obaidi, Al-Tamimi, Al-Saadi, Haddad, Nasser, Yousef, Mahmoud, Hamdan, Darwish, Al-Khafaji, Abbas, Jaber, Al-Rubaie",
    ),
    "assyrian": (
        "Ninve, Shamiram, Maryam, Sara, Rita, Nahrin, Samira, Marta, Helena, Sabrina, Jacqueline, Nisha, Ilona, Sanna, Lina, Rebecca, Madlen, Sonia, Tamara, Nardin",
        "Sargon, Ninos, Gabriel, Ashur, Aziz, Yakub, Afram, Simon, Elias, Jacob, Fuad, Ninib, Aram, Daniel, Johannes, Robert, Markus, Ibrahim, George, Bashar",
        "Shamoun, Barsoum, Saliba, Gabriel, Danho, Malke, Yakoub, Aydin, Isik, Cicek, Yalda, Odisho, Khamis, Younan, Toma, Hanna, Issa, Yousef, Elias, Aho, Demir, Kaplan, Kourie, Brahim",
    ),
    "somali": (
        "Fadumo, Hodan, Amina, Sahra, Hibo, Ayaan, Asha, Maryan, Nimco, Ifrah, Ubah, Sagal, Hawa, Khadija, Ladan, Idil, Filsan, Muna, Sucaad, Deeqa, Hamdi, Ikran",
        "Mohamed, Abdi, Abdirahman, Ahmed, Ali, Hassan, Abdullahi, Omar, Ismail, Yusuf, Abdikadir, Mahad, Liban, Abdirizak, Farah, Guled, Mustafe, Osman, Hussein, Said, Abdiaziz, Bashir",
        "Mohamed, Ahmed, Ali, Hassan, Abdi, Omar, Osman, Yusuf, Abdullahi, Hussein, Farah, Ismail, Warsame, Jama, Nur, Aden, Egal, Duale, Samatar, Hersi, Mohamud, Abdulle, Elmi, Dahir, Guleid, Haji, Isse",
    ),
    "polish": (
        "Anna, Katarzyna, Maria, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Magdalena, Elżbieta, Joanna, Aleksandra, Monika, Zofia, Teresa, Danuta, Natalia, Karolina, Marta, Beata, Dorota, Justyna, Paulina, Agata, Iwona, Jolanta, Grażyna",
        "Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Jan, Michał, Marcin, Jakub, Adam, Łukasz, Stanisław, Mateusz, Marek, Grzegorz, Wojciech, Mariusz, Dariusz, Zbigniew, Maciej, Rafał, Kamil, Jerzy, Ryszard, Tadeusz, Sławomir",
        "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Kwiatkowski, Wojciechowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Wróbel, Wysocki, Majewski, Olszewski, Stępień, Malinowski, Czarnecki, Zawadzki, Dudek",
    ),
    "persian": (
        "Maryam, Fatemeh, Zahra, Sara, Narges, Mahsa, Leila, Shirin, Parisa, Nasrin, Roya, Mina, Azadeh, Neda, Golnaz, Parvin, Soheila, Nazanin, Elham, Samira, Bahar, Yasaman, Shadi, Mitra, Ladan",
        "Mohammad, Ali, Reza, Hossein, Mehdi, Amir, Hamid, Saeed, Mahmoud, Behrouz, Farhad, Dariush, Kourosh, Babak, Arash, Omid, Payam, Kaveh, Majid, Hassan, Javad, Shahram, Bijan, Navid, Ramin",
        "Mohammadi, Hosseini, Ahmadi, Rezaei, Moradi, Karimi, Hashemi, Jafari, Rahimi, Mousavi, Sadeghi, Ghorbani, Kazemi, Heidari, Rostami, Azizi, Ebrahimi, Amini, Sharifi, Najafi, Akbari, Bagheri, Shirazi, Tehrani, Nazari, Farahani, Yazdani, Khosravi",
    ),
    "bcs": (
        "Amra, Jasmina, Emina, Lejla, Selma, Amela, Azra, Mirela, Ana, Marija, Jelena, Ivana, Snežana, Dragana, Vesna, Maja, Milica, Tamara, Sanja, Mirjana, Nataša, Gordana, Jasna, Aida, Alma, Sabina, Edina, Elma",
        "Amir, Adnan, Emir, Mirza, Haris, Senad, Nermin, Edin, Dževad, Samir, Zoran, Dragan, Goran, Milan, Nikola, Marko, Stefan, Aleksandar, Nenad, Ivan, Dejan, Igor, Mladen, Darko, Dario, Ante, Josip, Tomislav, Mehmed",
        "Hodžić, Hadžić, Kovačević, Begić, Delić, Mehmedović, Hasanović, Suljić, Ibrahimović, Hrustić, Omerović, Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Pavlović, Popović, Babić, Horvat, Kovačić, Marić, Jurić, Knežević, Vuković, Perić, Tomić, Šarić, Salihović, Mujić, Husić, Alić, Softić",
    ),
    "turkish": (
        "Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Meryem, Özlem, Esra, Merve, Büşra, Derya, Gülsen, Sevgi, Hülya, Aylin, Dilek, Selin, Ebru, Nur, Yasemin, Sibel, Canan, Songül, Leyla",
        "Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, Ibrahim, Ismail, Osman, Yusuf, Murat, Ömer, Ramazan, Halil, Süleyman, Abdullah, Mahmut, Recep, Emre, Burak, Serkan, Kemal, Cem, Erdal, Volkan, Tarık",
        "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Özcan, Korkmaz, Çakır, Erdoğan, Yavuz, Can, Acar, Aksoy, Güler, Bulut, Keskin",
    ),
    "eritrean": (
        "Senait, Helen, Saba, Selam, Yohana, Luwam, Hiwet, Tsega, Mebrat, Freweini, Semhar, Rahel, Ruta, Winta, Almaz, Mihret, Eden, Feven, Azieb, Lidia, Yordanos, Sara",
        "Yonas, Tesfay, Yohannes, Daniel, Michael, Samuel, Filmon, Dawit, Mehari, Kibrom, Amanuel, Berhane, Habtom, Tekle, Mulugeta, Nahom, Hermon, Robel, Biniam, Henok, Merhawi, Goitom, Efrem, Mussie",
        "Tesfay, Tekle, Berhane, Haile, Gebremariam, Gebrehiwet, Tesfamariam, Kidane, Ghebreyesus, Habte, Woldu, Abraha, Mehari, Andemariam, Ghirmay, Yohannes, Asmerom, Kahsay, Weldemichael, Negash, Zeray, Araya, Teklehaimanot, Embaye",
    ),
    "afghan": (
        "Fatima, Maryam, Zahra, Khadija, Mariam, Shabnam, Farzana, Nilofar, Parwana, Sakina, Masooma, Zarghona, Nazia, Roya, Shakila, Freshta, Mursal, Laila, Sima, Sadaf, Hasina, Malalai, Wahida",
        "Mohammad, Ahmad, Ali, Mustafa, Hamid, Abdullah, Jawad, Reza, Hussain, Rahim, Karim, Nasir, Farid, Sayed, Mahdi, Omid, Yama, Wahid, Shafiq, Zabihullah, Rahmatullah, Najib, Sohail, Bashir, Habib",
        "Ahmadi, Mohammadi, Hussaini, Rahimi, Hashimi, Rezaie, Sultani, Jafari, Amiri, Karimi, Hakimi, Noori, Sadat, Stanikzai, Popal, Wardak, Safi, Azizi, Haidari, Naseri, Akbari, Yousufzai, Barakzai, Qaderi, Mohmand",
    ),
    "thai": (
        "Siriporn, Malee, Supaporn, Sunisa, Kanokwan, Nattaya, Pranee, Somsri, Wanida, Ratana, Jintana, Orawan, Duangjai, Sasithorn, Kannika, Yupin, Apinya, Naree, Thanya, Porntip, Chanida, Lamai, Araya",
        "Somchai, Somsak, Prasert, Sompong, Somkiat, Surachai, Wichai, Chaiwat, Anan, Kittisak, Niran, Thanawat, Sakchai, Boonmee, Pichit, Narong, Prasit, Suthep, Sombat, Wirat",
        "Saetang, Srisuk, Wongsa, Boonyarat, Suwannarat, Rattanakorn, Phromma, Sukjai, Thongdee, Jaidee, Kongkaew, Sriwong, Saelim, Sangthong, Bunma, Intharat, Chaiyasit, Kaewmanee, Somboon, Wongsuwan",
    ),
    "latin": (
        "María, Ana, Carolina, Francisca, Camila, Javiera, Valentina, Constanza, Daniela, Paula, Claudia, Patricia, Verónica, Marcela, Alejandra, Gabriela, Carmen, Rosa, Sofía, Catalina, Isidora, Fernanda, Lorena, Paola",
        "Juan, José, Luis, Carlos, Jorge, Francisco, Diego, Sebastián, Cristián, Pablo, Rodrigo, Felipe, Matías, Ignacio, Manuel, Claudio, Patricio, Sergio, Héctor, Mauricio, Gonzalo, Andrés, Alejandro, Ricardo, Víctor",
        "González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo, Tapia, Reyes, Gutiérrez, Castro, Pizarro, Álvarez, Vásquez, Sánchez, Fernández, Ramírez, Carrasco",
    ),
    "kurdish": (
        "Shirin, Rojin, Berivan, Zilan, Dilan, Nazdar, Avin, Gulistan, Rozerin, Hevin, Jiyan, Newroz, Shilan, Payman, Bahar, Sazan, Soma, Rezan, Leyla, Zhala, Nishtiman, Kajal, Shler, Ronak",
        "Azad, Kawa, Rebwar, Shwan, Dilshad, Serwan, Hawre, Aram, Karwan, Bahoz, Baran, Zana, Rekan, Diyar, Sherzad, Hemin, Ari, Bakhtiyar, Rizgar, Hiwa, Dara, Goran, Shakhawan, Nawzad, Renas",
        "Ahmed, Mohammed, Abdullah, Rasul, Karim, Aziz, Mahmoud, Hama, Amin, Qadir, Rashid, Jaff, Hawrami, Zebari, Doski, Sindi, Baban, Mirza, Hussein, Omer, Saleh, Khalid, Salih, Ismail, Osman",
    ),
    "ukrainian": (
        "Olena, Tetiana, Nataliia, Iryna, Oksana, Svitlana, Yuliia, Olha, Kateryna, Mariia, Anastasiia, Viktoriia, Liudmyla, Halyna, Nadiia, Alina, Daria, Sofiia, Valentyna, Larysa",
        "Oleksandr, Serhii, Andrii, Volodymyr, Dmytro, Oleksii, Mykola, Ivan, Yurii, Vasyl, Viktor, Ihor, Maksym, Petro, Roman, Taras, Bohdan, Vitalii, Artem, Denys",
        "Melnyk, Shevchenko, Boiko, Kovalenko, Bondarenko, Tkachenko, Kovalchuk, Kravchenko, Oliinyk, Shevchuk, Koval, Polishchuk, Bondar, Tkachuk, Moroz, Marchenko, Lysenko, Rudenko, Savchenko, Petrenko",
    ),
    "indian": (
        "Priya, Anjali, Pooja, Neha, Divya, Kavya, Deepa, Sunita, Anita, Lakshmi, Shreya, Aishwarya, Meera, Swati, Nisha, Sneha, Ritu, Shalini, Ananya, Aarti, Rekha, Geeta, Pallavi, Sangeeta",
        "Rahul, Amit, Rajesh, Suresh, Vikram, Arjun, Sanjay, Anil, Ravi, Ramesh, Vijay, Ajay, Sunil, Manoj, Deepak, Karthik, Rohit, Aditya, Nikhil, Pradeep, Srinivas, Venkatesh, Arun, Harish",
        "Sharma, Singh, Kumar, Patel, Gupta, Reddy, Rao, Nair, Iyer, Shah, Mehta, Joshi, Verma, Desai, Menon, Pillai, Chopra, Agarwal, Krishnan, Mishra, Banerjee, Das, Bhat, Kulkarni, Naidu, Chatterjee",
    ),
    "chinese": (
        "Fang, Jing, Li, Na, Min, Yan, Hui, Ying, Xia, Mei, Ling, Juan, Hong, Yun, Xiaoyan, Jingjing, Xin, Qian, Lin, Yuwen",
        "Wei, Jun, Lei, Tao, Ming, Jie, Yong, Qiang, Hao, Bo, Jian, Peng, Gang, Feng, Bin, Chao, Long, Kai, Zhiwei, Haoran",
        "Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, He, Lin, Gao, Luo, Zheng, Liang, Xie, Song, Tang",
    ),
    "german": (
        "Sabine, Petra, Claudia, Susanne, Andrea, Stefanie, Katrin, Julia, Anja, Nicole, Birgit, Monika, Ursula, Heike, Sandra, Christina, Kerstin, Anke, Martina, Silke",
        "Thomas, Michael, Andreas, Stefan, Peter, Klaus, Jürgen, Wolfgang, Frank, Uwe, Markus, Christian, Matthias, Jan, Tobias, Florian, Dirk, Sven, Jörg, Ralf",
        "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, Hofmann, Hartmann, Lange",
    ),
}  # fmt: skip

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_F, SV_M, SV_S),
    "us": Origin(US_F, US_M, US_S),
    "uk": Origin(UK_F, UK_M, UK_S),
    **{
        key: Origin(ranked(f, 10), ranked(m, 10), ranked(s, 10)) for key, (f, m, s) in WORLD.items()
    },
}

# Who is named in each language's rows: Swedish the largest in Swedish and mixed text.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 68, "arabic": 4.5, "assyrian": 1.5, "finnish": 4, "polish": 2.5, "persian": 2.5,
        "bcs": 2.5, "somali": 2, "afghan": 1.5, "turkish": 1.5, "kurdish": 1.5, "eritrean": 1.2,
        "ukrainian": 1.2, "german": 1, "thai": 1, "latin": 1, "indian": 0.8, "chinese": 0.8,
        "uk": 0.8, "us": 0.6,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 9, "indian": 3, "arabic": 2, "polish": 2, "latin": 2,
        "chinese": 1.5, "finnish": 1, "german": 1, "somali": 0.8, "persian": 0.8, "turkish": 0.8,
        "ukrainian": 0.8, "bcs": 0.6, "thai": 0.6, "eritrean": 0.5, "afghan": 0.5, "kurdish": 0.5,
        "assyrian": 0.3,
    },
    "mixed": {
        "swedish": 52, "uk": 10, "us": 9, "arabic": 4, "assyrian": 1, "finnish": 3, "polish": 3,
        "persian": 2.5, "bcs": 2.5, "somali": 1.5, "kurdish": 1.5, "turkish": 1.5, "afghan": 1.2,
        "eritrean": 1, "thai": 1, "latin": 1, "german": 1.2, "ukrainian": 1.2, "indian": 1.2,
        "chinese": 1,
    },
}  # fmt: skip

_SV_NICK = {
    "Lars": ("Lasse",), "Mikael": ("Micke",), "Joakim": ("Jocke",), "Karl": ("Kalle",), "Carl": ("Calle", "Kalle"),
    "Per": ("Pelle", "Pelle"), "Thomas": ("Tompa",), "Tomas": ("Tompa",), "Magnus": ("Manne",), "Fredrik": ("Fredde",),
    "Kristoffer": ("Krille",), "Christoffer": ("Krille",), "Robert": ("Robban",), "Gustav": ("Gurra", "Gustav"),
    "Gustaf": ("Gurra",), "Marcus": ("Mackan",), "Markus": ("Mackan",), "Niklas": ("Nicke",), "Jan": ("Janne",),
    "Hans": ("Hasse",), "Bengt": ("Bengan",), "Stefan": ("Steffe",), "Daniel": ("Danne",), "Sebastian": ("Sebbe",),
    "Tobias": ("Tobbe",), "Torbjörn": ("Tobbe",), "Alexander": ("Alex", "Acke"), "Oskar": ("Ogge",), "Oscar": ("Ogge",),
    "Viktor": ("Vicke",), "Ludvig": ("Lubbe",), "Sigvard": ("Sigge",), "Sixten": ("Sigge",), "Christian": ("Chrille",),
    "Kenneth": ("Kenta",), "Ulf": ("Uffe",), "Rolf": ("Roffe",), "Rickard": ("Ricke",), "Henrik": ("Henke",),
    "Mattias": ("Matte",), "Mats": ("Matte",), "Jesper": ("Jeppe",), "Göran": ("Gurra",), "Håkan": ("Hocke",),
    "Johan": ("Jocke", "Jojje"), "Anders": ("Andy",), "Patrik": ("Patte",), "Andreas": ("Andy", "Dreas"),
    "Elisabeth": ("Lisa", "Lisbeth"), "Elisabet": ("Lisa",), "Margareta": ("Maggan", "Greta"),
    "Birgitta": ("Bittan", "Gittan"), "Kristina": ("Stina", "Kicki"), "Christina": ("Kicki", "Tina"),
    "Katarina": ("Kattis", "Kajsa"), "Charlotte": ("Lotta",), "Susanne": ("Sussie", "Sussi"), "Camilla": ("Millan",),
    "Madeleine": ("Maddie",), "Josefin": ("Jossan",), "Josefine": ("Jossan",), "Viktoria": ("Vickan",),
    "Victoria": ("Vickan",), "Matilda": ("Tilda",), "Jessica": ("Jessie", "Jessan"), "Gabriella": ("Gabbi",),
    "Isabelle": ("Bella",), "Alexandra": ("Alex", "Sandra"), "Rebecka": ("Becka",), "Cecilia": ("Cilla",),
    "Therese": ("Tessan",), "Pernilla": ("Pella",), "Karolina": ("Kajsa", "Lina"), "Ann-Christin": ("Anki",),
    "Annika": ("Anki",), "Elin": ("Ellie",), "Emelie": ("Emmy",), "Agneta": ("Netta",), "Ingegerd": ("Inga",),
}  # fmt: skip
_EN_NICK = {
    "William": ("Will", "Bill", "Billy"), "Robert": ("Rob", "Bob", "Bobby"), "James": ("Jim", "Jimmy", "Jamie"),
    "Michael": ("Mike", "Mick"), "Richard": ("Rick", "Rich", "Dick"), "Thomas": ("Tom", "Tommy"),
    "Christopher": ("Chris",), "Joseph": ("Joe",), "Daniel": ("Dan", "Danny"), "Matthew": ("Matt",),
    "Anthony": ("Tony", "Ant"), "Andrew": ("Andy", "Drew"), "Edward": ("Ed", "Eddie", "Ted"), "David": ("Dave",),
    "Stephen": ("Steve",), "Steven": ("Steve",), "Jonathan": ("Jon", "Jonny"), "Nicholas": ("Nick",),
    "Benjamin": ("Ben",), "Samuel": ("Sam",), "Alexander": ("Alex",), "Charles": ("Charlie", "Chuck"),
    "Timothy": ("Tim",), "Patrick": ("Pat", "Paddy"), "Peter": ("Pete",), "Gregory": ("Greg",), "Kenneth": ("Ken",),
    "Ronald": ("Ron", "Ronnie"), "Donald": ("Don",), "Gerald": ("Gerry",), "Lawrence": ("Larry",),
    "Frederick": ("Fred", "Freddie"), "Philip": ("Phil",), "Jeffrey": ("Jeff",), "Raymond": ("Ray",),
    "Elizabeth": ("Liz", "Beth", "Lizzie"), "Jennifer": ("Jen", "Jenny"), "Katherine": ("Kate", "Katie"),
    "Kathryn": ("Kate", "Kath"), "Catherine": ("Cathy", "Kate"), "Margaret": ("Maggie", "Peggy", "Meg"),
    "Rebecca": ("Becky", "Becca"), "Victoria": ("Vicky", "Tori"), "Susan": ("Sue", "Suzy"), "Deborah": ("Debbie", "Deb"),
    "Patricia": ("Pat", "Trish", "Patty"), "Christine": ("Chris", "Chrissie"), "Jacqueline": ("Jackie",),
    "Samantha": ("Sam",), "Alexandra": ("Alex", "Lexie"), "Abigail": ("Abby",), "Charlotte": ("Charlie", "Lottie"),
    "Eleanor": ("Ellie", "Nell"), "Amanda": ("Mandy",), "Kimberly": ("Kim",), "Nicola": ("Nicky",), "Joanne": ("Jo",),
    "Jessica": ("Jess",), "Dorothy": ("Dot",), "Sandra": ("Sandy",), "Cynthia": ("Cindy",), "Pamela": ("Pam",),
    "Judith": ("Judy",), "Frances": ("Fran",), "Josephine": ("Jo", "Josie"), "Theresa": ("Tess",),
    "Natalie": ("Nat",), "Isabella": ("Bella", "Izzy"), "Sophie": ("Soph",), "Gillian": ("Gill",),
}  # fmt: skip
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": _SV_NICK,
    "uk": _EN_NICK,
    "us": _EN_NICK,
    "polish": {"Małgorzata": ("Gosia",), "Katarzyna": ("Kasia",), "Agnieszka": ("Aga",), "Aleksandra": ("Ola",),
               "Krzysztof": ("Krzysiek",), "Wojciech": ("Wojtek",), "Tomasz": ("Tomek",), "Piotr": ("Piotrek",)},
    "arabic": {"Mohammed": ("Mo",), "Abdullah": ("Abdi",)},
    "somali": {"Abdirahman": ("Abdi",), "Abdullahi": ("Abdi",), "Mohamed": ("Mo",)},
    "finnish": {"Juha": ("Jussi",), "Johanna": ("Hanna",), "Heikki": ("Hessu",)},
    "bcs": {"Aleksandar": ("Aco",), "Dževad": ("Dženo",)},
}  # fmt: skip
