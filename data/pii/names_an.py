# ruff: noqa: E501
"""Name pools of held-out AN (issue 15): names as the population has them, a nineteenth writer.

Written from the writer's general knowledge, as Python data; nothing here was checked against
rung's lexicons and no name was left out for being known or unknown.

- Swedish given names and surnames in the order of SCB's name statistics (people living in
  Sweden, all ages); weight 1/rank. The head is the first 150 of each list, the tail the rarer
  names past them.
- The US Census 1990 lists (female first names, male first names, surnames), the first 442,
  466 and 480 names in the census's order, weighted by its per cent of the population as the
  writer remembers it (the figures are recalled, to three decimals, not copied); head the
  first 150.
- UK given names and surnames in the order of ONS rankings for the adult population as the
  writer knows them; weight 1/rank.
- The commonest given names and surnames of the origins common in Sweden: Finnish,
  Arabic (Syrian and Iraqi, with Assyrian/Syriac names), Persian, Kurdish, Somali,
  Eritrean/Ethiopian, Polish, Bosnian/Serbian/Croatian, Turkish, Chilean/Latin American,
  Thai, Indian, Chinese, Ukrainian; weight 1/rank, head the first 12 of each list.

`MIXES` says who is named in text of each language, roughly as Sweden's population is made up
(Swedish text about 70% Swedish-born names) and as English-language text names people.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this probability
HEAD_BIG = 150  # the head of a long list (SCB, census, ONS)
HEAD_SMALL = 12  # the head of an origin's short list


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


def _names(text: str) -> tuple[str, ...]:
    """A comma-separated list, first occurrence kept (a name written twice is counted once)."""
    out: list[str] = []
    for raw in text.split(","):
        name = " ".join(raw.split())
        if name and name not in out:
            out.append(name)
    return tuple(out)


def ranked(text: str, head: int) -> Pool:
    """A list in rank order, weight 1/rank."""
    names = _names(text)
    return Pool(names, tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names) - 1))


def census(text: str, head: int = HEAD_BIG) -> Pool:
    """`Name per-cent` pairs in census order; the per cent is the weight."""
    names: list[str] = []
    weights: list[float] = []
    for raw in text.split(","):
        parts = raw.split()
        if not parts or parts[0] in names:
            continue
        names.append(" ".join(parts[:-1]))
        weights.append(float(parts[-1]))
    return Pool(tuple(names), tuple(weights), min(head, len(names) - 1))


# --- Sweden (SCB's order, general knowledge) ---------------------------------------------------

SV_WOMEN = ranked(
    """
Anna, Maria, Eva, Karin, Kristina, Lena, Sara, Emma, Kerstin, Ingrid, Marie, Elin, Birgitta,
Malin, Margareta, Sofia, Linnéa, Hanna, Ida, Elisabeth, Johanna, Christina, Julia, Jenny, Linda,
Annika, Susanne, Ulla, Inger, Helena, Camilla, Monica, Anita, Carina, Cecilia, Åsa, Ebba, Elsa,
Alice, Maja, Katarina, Ellen, Matilda, Amanda, Frida, Moa, Gunilla, Agneta, Barbro, Ann, Louise,
Caroline, Josefin, Wilma, Astrid, Alva, Ella, Klara, Emelie, Therese, Victoria, Jessica, Sandra,
Lisa, Sofie, Petra, Ulrika, Madeleine, Charlotte, Elisabet, Gun, Siv, Britt, Marianne, Yvonne,
Lina, Nathalie, Olivia, Agnes, Vera, Saga, Signe, Stina, Ingegerd, Margit, Gunnel, Lisbeth,
Anneli, Mona, Irene, Birgit, Inga, Sonja, Ewa, Marita, Pia, Tove, Rebecka, Hedvig, Tilda,
Isabelle, Felicia, Nora, Ester, Elvira, Lovisa, Ronja, Tuva, Selma, Freja, Stella, Emilia, Linn,
Michaela, Jennie, Angelica, Jeanette, Helén, Lotta, Marina, Anette, Ylva, Gerd, Maj, Ingela,
Lilian, Berit, Solveig, Ann-Christin, Ann-Marie, Anna-Karin, Karolina, Erika, Evelina, Hilda,
Alma, Märta, Greta, Elise, Liv, Juni, Isabella, Mikaela, Emmy, Nellie, Lovis, Mathilda, Elina,
Rut, Alexandra,
Ines, Lilly, Majken, Svea, Dagny, Ingeborg, Gudrun, Elvy, Majvor, Ragnhild, Eivor, Asta, Rigmor,
Elna, Edit, Hjördis, Sigrid, Vivianne, Ann-Sofie, Eva-Lena, Ann-Louise, Marie-Louise, Lise-Lotte,
Britt-Marie, Anna-Lena, Mia, Cornelia, Meja, Tindra, Elsie, Hillevi, Kajsa, Tyra, Iris, Viola,
Lilja, Siri, Ellinor, Beatrice, Rebecca, Jonna, Fanny, Thea, Filippa, Vendela, Minna, Molly,
Engla, Embla, Ellie, Wilhelmina, Gunvor, Ingalill, Bodil, Boel, Ingmarie, Lillemor, Ulrica,
Annette, Maud, Doris, Laila, Ruth, Tora, Vilma, Elena, Natalie, Tova, Linnea, Mira, Nova, Leah,
Livia, Hilma, Edith, Gunhild, Solbritt, Britta, Thyra, Clara, Josefine, Sanna, Tina, Nina, Lova,
Märit, Ingbritt, Kristin, Annelie, Marlene, Susann, Carin, Katrin, Pernilla, Veronica,
Therése, Mariana, Ann-Kristin, Gunbritt, Inga-Lill, Maj-Britt, Sara-Lena, Majlis, Nanna, Aina,
Elvi, Ottilia, Valborg, Hulda, Augusta, Ebba-Lotta, Stella-Maria, Ronja-Li, Alicia, Amelia,
Hedda, Judit, Rakel, Tekla, Frideborg, Ingegärd, Gullan, Kristel, Liselott, Ewelina, Maria-Pia
""",
    HEAD_BIG,
)

SV_MEN = ranked(
    """
Lars, Mikael, Anders, Johan, Erik, Per, Karl, Peter, Jan, Thomas, Daniel, Fredrik, Hans,
Andreas, Bengt, Magnus, Stefan, Mats, Mattias, Jonas, Niklas, Alexander, Martin, Bo, Björn,
Marcus, Nils, Leif, Sven, Patrik, David, Ulf, Christer, Göran, Henrik, Kjell, Oskar, Gustav,
Carl, Robert, Rolf, Anton, Joakim, Viktor, Simon, Emil, Tobias, Kent, Sebastian, Roger, Axel,
Filip, William, Hampus, Lucas, Olof, Ingemar, Åke, Stig, Gunnar, Håkan, Christian, Rickard,
Kenneth, Tommy, Jonathan, Kristoffer, Jesper, Dan, Claes, Gösta, Arne, Torbjörn, Lennart,
Roland, Robin, Adam, Elias, Hugo, Oliver, Liam, Noah, Isak, Ludvig, Jakob, Johannes, Linus,
Albin, Viggo, Edvin, Theo, Vincent, Melvin, Alfred, Leo, Casper, Max, Benjamin, Samuel, Kevin,
Dennis, Ronny, Jimmy, Conny, Glenn, Urban, Ola, Pär, Morgan, Jörgen, Bertil, Sten, Rune, Ove,
Gert, Ingvar, Inge, Sture, Kurt, Tord, Allan, Birger, Evert, Harald, Ragnar, Einar, Arvid,
Tomas, Mathias, Nicklas, Christoffer, Pontus, Jens, Kim, Emanuel, Gabriel, Valter, Elliot,
Wilhelm, August, Frans, Sixten, Love, Otto, Harry, Ebbe, Loke, Olle, Rasmus, Jacob, Dag,
Folke, Helge, Hjalmar, Egon, Alvar, Algot, Knut, Torsten, Verner, Yngve, Lage, Tage, Östen,
Ivar, Assar, Henning, Melker, Elis, Ture, Malte, Sigge, Dante, Colin, Sam, Jack, Ludwig,
Matteus, Milo, Vilgot, Nore, Ruben, Tim, Joel, Erland, Holger, Gottfrid, Sigvard, Lars-Erik,
Per-Olof, Carl-Johan, Karl-Erik, Lars-Göran, Jan-Erik, Nils-Erik, Per-Anders, Sven-Erik,
Hans-Olov, Bengt-Göran, Jan-Olof, Lars-Olof, Bror, Eskil, Gillis, Hilding, Josef, Wille, Torgny,
Uno, Evald, Sune, Göte, Stellan, Gerhard, Valdemar, Herbert, Elmer, Ossian, Alve, Frank, Tor,
Torvald, Teodor, Mauritz, Arnold, Oscar, Kalle, Nisse, Ulrik, Jarl, Sören, Arvo, Birk, Gunnar-Olof,
Per-Erik, Karl-Gustav, Erik-Anders, Nils-Gunnar, Lennarth, Hasse, Curt, Gustaf, Bernt, Benny,
Kåre, Leopold, Adolf, Ingmar, Rutger, Fabian, Truls, Anton-Emil, Sivert, Aron
""",
    HEAD_BIG,
)

SV_SURNAMES = ranked(
    """
Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson,
Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson,
Magnusson, Olofsson, Lindström, Lindqvist, Lindgren, Axelsson, Berg, Bergström, Lundberg, Lind,
Lundgren, Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Forsberg, Sjöberg,
Wallin, Engström, Eklund, Danielsson, Lundin, Håkansson, Björk, Bergman, Gunnarsson, Holm,
Wikström, Samuelsson, Isaksson, Fransson, Bergqvist, Nyström, Holmberg, Arvidsson, Löfgren,
Söderberg, Nyberg, Blomqvist, Claesson, Nordström, Mårtensson, Lundström, Viklund, Björklund,
Eliasson, Pålsson, Berggren, Sandström, Lund, Nordin, Ström, Åberg, Hermansson, Ekström,
Holmgren, Sundberg, Hedlund, Dahlberg, Hellström, Sjögren, Abrahamsson, Falk, Martinsson,
Öberg, Andreasson, Blom, Ek, Månsson, Strand, Jonasson, Åkesson, Sundström, Dahl, Hedberg,
Lindholm, Jensen, Nordqvist, Lindblom, Ekberg, Sjöström, Forsman, Palm, Nordlund, Hansen,
Lindahl, Söderström, Åström, Nygren, Lindell, Borg, Östlund, Engberg, Wiklund, Göransson,
Lundmark, Stenberg, Nyman, Hedman, Sundqvist, Holmström, Ekman, Törnqvist, Edlund, Sandin,
Melin, Backman, Lindén, Strömberg, Norberg, Kristiansson, Ivarsson, Ottosson, Carlsson,
Petersson, Ericsson, Boström, Lilja, Rosén, Westerberg, Hägg, Sjölund, Norén, Bäckström,
Lindroth, Skoglund, Almqvist,
Östberg, Granberg, Hedström, Öhman, Lundell, Lindkvist, Malmberg, Ekholm, Nord, Rask, Zetterberg,
Moberg, Kvist, Rydberg, Lindmark, Sundin, Söderlund, Fors, Roos, Wahlberg, Hallberg, Höglund,
Wallén, Åslund, Grahn, Landin, Friberg, Hallin, Blomberg, Sjödin, Nordgren, Lönn, Bergkvist,
Dahlgren, Ekelund, Törnblom, Häggström, Wennberg, Gustavsson, Hammar, Lindh, Frisk, Löfstedt,
Brandt, Bäck, Hellberg, Thorsson, Ahlberg, Hallgren, Rydén, Segerström, Tengvall, Ferm, Ljung,
Bergh, Hjelm, Wendel, Wester, Fogelberg, Karlberg, Kjellberg, Holmqvist, Söderqvist, Nordmark,
Rehn, Ahlström, Sjöholm, Dahlström, Tell, Stål, Grönlund, Öhrn, Sahlin, Engdahl, von Essen,
af Ugglas, De Geer, Lagerkvist, Hammarström, Nylander, Sörensen, Modig, Lidén, Ståhl, Kling,
Rosengren, Nykvist, Grönberg, Ljungberg, Åkerlund, Bergenholtz, Sundell, Strömgren, Svärd,
Åhlin, Tallberg, Knutsson, Larsén, Hultgren, Lidström, Borgström, Sten, Nordenskjöld, Wiberg,
Storm, Sköld, Eng, Vikström, Rapp, Åman, Enqvist, Hjort, Gran, Asplund, Sandgren, Lindfors,
Pihl, Thörn, Bodin, Enberg, Lövgren, Sund, Mörk, Ringström, Holmlund, Kronberg, Svedberg,
Hedin, Lundholm, Bergendahl, Ahlgren, Lindeberg, Nordh, Strid, Lindelöf, Broman, Ekdahl,
Westman, Rönnqvist, Alm, Ohlsson, Edström, Sjökvist, Kihlberg, Tornberg, Sandell, Widén
""",
    HEAD_BIG,
)

# --- United States (Census 1990, per cent as remembered) ---------------------------------------

US_WOMEN = census("""
Mary 2.629, Patricia 1.073, Linda 1.035, Barbara 0.980, Elizabeth 0.937, Jennifer 0.932,
Maria 0.828, Susan 0.794, Margaret 0.768, Dorothy 0.727, Lisa 0.704, Nancy 0.669, Karen 0.667,
Betty 0.666, Helen 0.663, Sandra 0.629, Donna 0.583, Carol 0.565, Ruth 0.562, Sharon 0.522,
Michelle 0.519, Laura 0.510, Sarah 0.508, Kimberly 0.504, Deborah 0.494, Jessica 0.490,
Shirley 0.482, Cynthia 0.469, Angela 0.468, Melissa 0.462, Brenda 0.455, Amy 0.451, Anna 0.440,
Rebecca 0.430, Virginia 0.430, Kathleen 0.424, Pamela 0.416, Martha 0.412, Debra 0.408,
Amanda 0.404, Stephanie 0.400, Carolyn 0.385, Christine 0.382, Marie 0.379, Janet 0.379,
Catherine 0.373, Frances 0.370, Ann 0.364, Joyce 0.364, Diane 0.359, Alice 0.357, Julie 0.348,
Heather 0.337, Teresa 0.336, Doris 0.335, Gloria 0.335, Evelyn 0.322, Jean 0.315, Cheryl 0.315,
Mildred 0.313, Katherine 0.313, Joan 0.306, Ashley 0.303, Judith 0.297, Rose 0.296,
Janice 0.285, Kelly 0.283, Nicole 0.281, Judy 0.276, Christina 0.275, Kathy 0.272,
Theresa 0.271, Beverly 0.267, Denise 0.264, Tammy 0.259, Irene 0.252, Jane 0.250, Lori 0.248,
Rachel 0.242, Marilyn 0.241, Andrea 0.236, Kathryn 0.234, Louise 0.229, Sara 0.229, Anne 0.228,
Jacqueline 0.228, Wanda 0.226, Bonnie 0.223, Julia 0.223, Ruby 0.221, Lois 0.220, Tina 0.220,
Phyllis 0.219, Norma 0.218, Paula 0.217, Diana 0.216, Annie 0.216, Lillian 0.211, Emily 0.208,
Robin 0.208, Peggy 0.208, Crystal 0.207, Gladys 0.205, Rita 0.204, Dawn 0.202, Connie 0.200,
Florence 0.200, Tracy 0.197, Edna 0.197, Tiffany 0.195, Carmen 0.195, Rosa 0.194, Cindy 0.191,
Grace 0.189, Wendy 0.185, Victoria 0.180, Edith 0.179, Kim 0.178, Sherry 0.178, Sylvia 0.177,
Josephine 0.177, Thelma 0.175, Shannon 0.175, Sheila 0.175, Ethel 0.174, Ellen 0.173,
Elaine 0.173, Marjorie 0.173, Carrie 0.171, Charlotte 0.169, Monica 0.166, Esther 0.166,
Pauline 0.165, Emma 0.165, Juanita 0.164, Anita 0.162, Rhonda 0.162, Hazel 0.161, Amber 0.160,
Eva 0.159, Debbie 0.157, April 0.154, Leslie 0.154, Clara 0.153, Lucille 0.153, Jamie 0.153,
Joanne 0.150, Eleanor 0.150, Valerie 0.149, Danielle 0.149, Megan 0.147, Alicia 0.146,
Suzanne 0.145, Michele 0.145, Gail 0.145, Bertha 0.143, Darlene 0.142, Veronica 0.142,
Jill 0.142, Erin 0.141, Geraldine 0.141, Lauren 0.137, Cathy 0.137, Joann 0.136,
Lorraine 0.135, Lynn 0.135, Sally 0.135, Regina 0.133, Erica 0.130, Beatrice 0.130,
Dolores 0.129, Bernice 0.128, Audrey 0.127, Yvonne 0.126, Annette 0.125, June 0.125,
Samantha 0.124, Marion 0.122, Dana 0.122, Stacy 0.121, Ana 0.120, Renee 0.120, Ida 0.118,
Vivian 0.118, Roberta 0.117, Holly 0.117, Brittany 0.117, Melanie 0.116, Loretta 0.115,
Yolanda 0.115, Jeanette 0.115, Laurie 0.114, Katie 0.113, Kristen 0.111, Vanessa 0.111,
Alma 0.111, Sue 0.111, Elsie 0.110, Beth 0.110, Jeanne 0.109, Vicki 0.108, Carla 0.107,
Tara 0.107, Rosemary 0.107, Eileen 0.105, Terri 0.105, Gertrude 0.103, Lucy 0.103, Tonya 0.102,
Ella 0.101, Stacey 0.101, Wilma 0.099, Gina 0.098, Kristin 0.096, Jessie 0.096, Natalie 0.096,
Agnes 0.096, Vera 0.096, Willie 0.095, Charlene 0.095, Bessie 0.095, Delores 0.093,
Melinda 0.092, Pearl 0.092, Arlene 0.091, Maureen 0.089, Colleen 0.089, Allison 0.088,
Tamara 0.088, Joy 0.088, Georgia 0.088, Constance 0.087, Lillie 0.087, Claudia 0.086,
Jackie 0.086, Marcia 0.086, Tanya 0.086, Nellie 0.086, Minnie 0.085, Marlene 0.085, Heidi 0.085,
Glenda 0.084, Lydia 0.084, Viola 0.083, Courtney 0.083, Marian 0.083, Stella 0.082,
Caroline 0.082, Dora 0.082, Jo 0.081, Vickie 0.080, Mattie 0.080, Terry 0.079, Maxine 0.079,
Irma 0.079, Mabel 0.078, Marsha 0.078, Myrtle 0.078, Lena 0.077, Christy 0.077, Deanna 0.077,
Patsy 0.077, Hilda 0.075, Gwendolyn 0.074, Jennie 0.074, Nora 0.074, Margie 0.074, Nina 0.073,
Cassandra 0.073, Leah 0.073, Penny 0.073, Kay 0.072, Priscilla 0.072, Naomi 0.072,
Carole 0.072, Brandy 0.072, Olga 0.072, Billie 0.071, Dianne 0.071, Tracey 0.071, Leona 0.071,
Jenny 0.071, Felicia 0.071, Sonia 0.070, Miriam 0.070, Velma 0.070, Becky 0.070, Bobbie 0.070,
Violet 0.070, Kristina 0.070, Toni 0.069, Misty 0.069, Mae 0.069, Shelly 0.069, Daisy 0.069,
Ramona 0.068, Sherri 0.068, Erika 0.068, Katrina 0.068, Claire 0.068, Lindsey 0.068,
Lindsay 0.068, Geneva 0.068, Guadalupe 0.067, Belinda 0.067, Margarita 0.066, Sheryl 0.066,
Cora 0.066, Faye 0.066, Ada 0.066, Natasha 0.065, Sabrina 0.065, Isabel 0.065,
Marguerite 0.065, Hattie 0.064, Harriet 0.064, Molly 0.064, Cecilia 0.064, Kristi 0.064,
Brandi 0.064, Blanche 0.063, Sandy 0.063, Rosie 0.063, Joanna 0.063, Iris 0.063, Eunice 0.062,
Angie 0.062, Inez 0.062, Lynda 0.062, Madeline 0.061, Amelia 0.061, Alberta 0.061,
Genevieve 0.061, Monique 0.061, Jodi 0.061, Janie 0.061, Maggie 0.060, Kayla 0.060,
Sonya 0.060, Jan 0.060, Lee 0.060, Kristine 0.060, Candace 0.060, Fannie 0.060, Maryann 0.059,
Opal 0.059, Alison 0.059, Yvette 0.059, Melody 0.059, Luz 0.059, Susie 0.058, Olivia 0.058,
Flora 0.058, Shelley 0.058, Kristy 0.058, Mamie 0.058, Lula 0.057, Lola 0.057, Verna 0.057,
Beulah 0.056, Antoinette 0.056, Candice 0.056, Juana 0.056, Jeannette 0.056, Pam 0.056,
Kelli 0.055, Hannah 0.055, Whitney 0.055, Bridget 0.055, Karla 0.055, Celia 0.054,
Latoya 0.054, Patty 0.054, Shelia 0.054, Gayle 0.054, Della 0.054, Vicky 0.054, Lynne 0.053,
Sheri 0.053, Marianne 0.053, Kara 0.053, Jacquelyn 0.052, Erma 0.052, Blanca 0.052, Myra 0.052,
Leticia 0.052, Pat 0.052, Krista 0.052, Roxanne 0.051, Angelica 0.051, Johnnie 0.051,
Robyn 0.051, Francis 0.051, Adrienne 0.050, Rosalie 0.050, Alexandra 0.050, Brooke 0.050,
Bethany 0.050, Sadie 0.050, Bernadette 0.050, Traci 0.049, Jody 0.049, Kendra 0.049,
Jasmine 0.049, Nichole 0.049, Rachael 0.049, Chelsea 0.048, Mable 0.048, Ernestine 0.048,
Muriel 0.048, Marcella 0.047, Elena 0.047, Krystal 0.047, Angelina 0.047, Nadine 0.047,
Kari 0.047, Estelle 0.047, Dianna 0.047, Paulette 0.046, Lora 0.046, Mona 0.046, Doreen 0.046,
Rosemarie 0.046, Angel 0.045, Desiree 0.045, Antonia 0.045, Hope 0.045, Ginger 0.045,
Janis 0.044, Betsy 0.044, Christie 0.044, Freda 0.044, Mercedes 0.044, Meredith 0.044,
Lynette 0.044, Teri 0.044, Cristina 0.044, Eula 0.043, Leigh 0.043, Meghan 0.043, Sophia 0.043,
Eloise 0.043
""")

US_MEN = census("""
James 3.318, John 3.271, Robert 3.143, Michael 2.629, William 2.451, David 2.363,
Richard 1.703, Charles 1.523, Joseph 1.404, Thomas 1.380, Christopher 1.035, Daniel 0.974,
Paul 0.948, Mark 0.938, Donald 0.931, George 0.927, Kenneth 0.826, Steven 0.780, Edward 0.779,
Brian 0.736, Ronald 0.725, Anthony 0.721, Kevin 0.671, Jason 0.660, Matthew 0.657, Gary 0.650,
Timothy 0.640, Jose 0.613, Larry 0.598, Jeffrey 0.591, Frank 0.581, Scott 0.546, Eric 0.544,
Stephen 0.540, Andrew 0.537, Raymond 0.488, Gregory 0.441, Joshua 0.435, Jerry 0.432,
Dennis 0.415, Walter 0.399, Patrick 0.389, Peter 0.381, Harold 0.371, Douglas 0.367,
Henry 0.365, Carl 0.346, Arthur 0.335, Ryan 0.328, Roger 0.322, Joe 0.321, Juan 0.320,
Jack 0.315, Albert 0.314, Jonathan 0.313, Justin 0.311, Terry 0.311, Gerald 0.309, Keith 0.308,
Samuel 0.306, Willie 0.302, Ralph 0.282, Lawrence 0.282, Nicholas 0.275, Roy 0.273,
Benjamin 0.270, Bruce 0.263, Brandon 0.260, Adam 0.259, Harry 0.251, Fred 0.251, Wayne 0.249,
Billy 0.248, Steve 0.246, Louis 0.243, Jeremy 0.242, Aaron 0.240, Randy 0.232, Howard 0.230,
Eugene 0.230, Carlos 0.229, Russell 0.224, Bobby 0.223, Victor 0.222, Martin 0.216,
Ernest 0.215, Phillip 0.213, Todd 0.213, Jesse 0.209, Craig 0.206, Alan 0.204, Shawn 0.200,
Clarence 0.197, Sean 0.197, Philip 0.197, Chris 0.197, Johnny 0.195, Earl 0.193, Jimmy 0.191,
Antonio 0.190, Danny 0.181, Bryan 0.181, Tony 0.180, Luis 0.180, Mike 0.180, Stanley 0.177,
Leonard 0.175, Nathan 0.175, Dale 0.174, Manuel 0.173, Rodney 0.172, Curtis 0.170,
Norman 0.169, Allen 0.167, Marvin 0.166, Vincent 0.166, Glenn 0.165, Jeffery 0.165,
Travis 0.165, Jeff 0.164, Chad 0.161, Jacob 0.160, Lee 0.159, Melvin 0.159, Alfred 0.158,
Kyle 0.158, Francis 0.158, Bradley 0.154, Jesus 0.152, Herbert 0.151, Frederick 0.151,
Ray 0.150, Joel 0.149, Edwin 0.145, Don 0.143, Eddie 0.143, Ricky 0.141, Troy 0.141,
Randall 0.141, Barry 0.141, Alexander 0.140, Bernard 0.137, Mario 0.137, Leroy 0.135,
Francisco 0.135, Marcus 0.133, Micheal 0.133, Theodore 0.131, Clifford 0.129, Miguel 0.129,
Oscar 0.128, Jay 0.127, Jim 0.127, Tom 0.126, Calvin 0.126, Alex 0.125, Jon 0.124,
Ronnie 0.122, Bill 0.121, Lloyd 0.118, Tommy 0.118, Leon 0.117, Derek 0.117, Warren 0.115,
Darrell 0.115, Jerome 0.115, Floyd 0.114, Leo 0.113, Alvin 0.112, Tim 0.111, Wesley 0.110,
Gordon 0.110, Dean 0.110, Greg 0.110, Jorge 0.109, Dustin 0.108, Pedro 0.108, Derrick 0.107,
Dan 0.107, Lewis 0.107, Zachary 0.106, Corey 0.106, Herman 0.106, Maurice 0.105, Vernon 0.104,
Roberto 0.104, Clyde 0.103, Glen 0.103, Hector 0.103, Shane 0.102, Ricardo 0.101, Sam 0.101,
Rick 0.101, Lester 0.100, Brent 0.100, Ramon 0.099, Charlie 0.099, Tyler 0.099, Gilbert 0.099,
Gene 0.099, Marc 0.097, Reginald 0.097, Ruben 0.096, Brett 0.095, Angel 0.095,
Nathaniel 0.094, Rafael 0.094, Leslie 0.093, Edgar 0.093, Milton 0.092, Raul 0.092, Ben 0.092,
Chester 0.090, Cecil 0.090, Duane 0.089, Franklin 0.088, Andre 0.088, Elmer 0.088, Brad 0.087,
Gabriel 0.087, Ron 0.087, Mitchell 0.086, Roland 0.086, Arnold 0.086, Harvey 0.086,
Jared 0.085, Adrian 0.085, Karl 0.085, Cory 0.085, Claude 0.084, Erik 0.083, Darryl 0.083,
Jamie 0.082, Neil 0.082, Jessie 0.082, Christian 0.081, Javier 0.081, Fernando 0.081,
Clinton 0.081, Ted 0.081, Mathew 0.080, Tyrone 0.080, Darren 0.080, Lonnie 0.080, Lance 0.078,
Cody 0.078, Julio 0.078, Kelly 0.077, Kurt 0.077, Allan 0.077, Nelson 0.077, Guy 0.076,
Clayton 0.076, Hugh 0.076, Max 0.075, Dwayne 0.075, Dwight 0.075, Armando 0.075, Felix 0.074,
Jimmie 0.074, Everett 0.074, Jordan 0.073, Ian 0.073, Wallace 0.073, Ken 0.073, Bob 0.073,
Jaime 0.073, Casey 0.072, Alfredo 0.072, Alberto 0.072, Dave 0.072, Ivan 0.072, Johnnie 0.071,
Sidney 0.071, Byron 0.071, Julian 0.070, Isaac 0.070, Morris 0.070, Clifton 0.070,
Willard 0.070, Daryl 0.070, Ross 0.069, Virgil 0.069, Andy 0.069, Marshall 0.069,
Salvador 0.069, Perry 0.068, Kirk 0.068, Sergio 0.068, Marion 0.068, Tracy 0.068, Seth 0.067,
Kent 0.067, Terrance 0.067, Rene 0.067, Eduardo 0.066, Terrence 0.066, Enrique 0.066,
Freddie 0.066, Wade 0.066, Austin 0.065, Stuart 0.065, Fredrick 0.065, Arturo 0.065,
Alejandro 0.065, Jackie 0.064, Joey 0.064, Nick 0.064, Luther 0.064, Wendell 0.064,
Jeremiah 0.064, Evan 0.063, Julius 0.063, Dana 0.063, Donnie 0.063, Otis 0.063,
Shannon 0.062, Trevor 0.062, Oliver 0.062, Luke 0.062, Homer 0.061, Gerard 0.061, Doug 0.061,
Kenny 0.061, Hubert 0.061, Angelo 0.060, Shaun 0.060, Lyle 0.060, Matt 0.060, Lynn 0.060,
Alfonso 0.060, Orlando 0.059, Rex 0.059, Carlton 0.059, Ernesto 0.059, Cameron 0.059,
Neal 0.058, Pablo 0.058, Lorenzo 0.058, Omar 0.058, Wilbur 0.057, Blake 0.057, Grant 0.057,
Horace 0.057, Roderick 0.057, Kerry 0.057, Abraham 0.056, Willis 0.056, Rickey 0.056,
Jean 0.056, Ira 0.056, Andres 0.056, Cesar 0.055, Johnathan 0.055, Malcolm 0.055,
Rudolph 0.055, Damon 0.055, Kelvin 0.055, Rudy 0.055, Preston 0.054, Alton 0.054,
Archie 0.054, Marco 0.054, Pete 0.053, Randolph 0.053, Garry 0.053, Geoffrey 0.053,
Jonathon 0.053, Felipe 0.053, Bennie 0.053, Gerardo 0.052, Ed 0.052, Dominic 0.052,
Robin 0.052, Loren 0.052, Delbert 0.052, Colin 0.052, Guillermo 0.051, Earnest 0.051,
Lucas 0.051, Benny 0.051, Noel 0.050, Spencer 0.050, Rodolfo 0.050, Myron 0.050, Edmund 0.050,
Garrett 0.049, Salvatore 0.049, Cedric 0.049, Lowell 0.049, Gregg 0.049, Sherman 0.049,
Wilson 0.049, Devin 0.049, Sylvester 0.048, Kim 0.048, Roosevelt 0.048, Israel 0.048,
Jermaine 0.048, Forrest 0.047, Wilbert 0.047, Leland 0.047, Simon 0.047, Clark 0.047,
Irving 0.047, Carroll 0.047, Bryant 0.047, Owen 0.046, Rufus 0.046, Woodrow 0.046,
Sammy 0.046, Kristopher 0.046, Mack 0.046, Levi 0.045, Marcos 0.045, Gustavo 0.045,
Jake 0.045, Lionel 0.045, Marty 0.045, Taylor 0.045, Ellis 0.044, Dallas 0.044,
Gilberto 0.044, Clint 0.044, Nicolas 0.044, Laurence 0.044, Ismael 0.044, Orville 0.044,
Drew 0.044, Jody 0.044, Ervin 0.043, Dewey 0.043, Al 0.043, Wilfred 0.043, Josh 0.043,
Hugo 0.043, Ignacio 0.043, Caleb 0.043, Tomas 0.043, Sheldon 0.043, Erick 0.043,
Frankie 0.043, Stewart 0.042, Doyle 0.042, Darrel 0.042, Rogelio 0.042, Terence 0.042,
Santiago 0.042, Alonzo 0.042, Elias 0.042, Bert 0.042, Elbert 0.042, Ramiro 0.042,
Conrad 0.042, Pat 0.041, Noah 0.041, Grady 0.041, Phil 0.041, Cornelius 0.041, Lamar 0.041,
Rolando 0.041, Clay 0.041, Percy 0.041, Dexter 0.041, Bradford 0.041, Merle 0.041
""")

US_SURNAMES = census("""
Smith 1.006, Johnson 0.810, Williams 0.699, Jones 0.621, Brown 0.621, Davis 0.480,
Miller 0.424, Wilson 0.339, Moore 0.312, Taylor 0.311, Anderson 0.311, Thomas 0.311,
Jackson 0.310, White 0.279, Harris 0.275, Martin 0.273, Thompson 0.269, Garcia 0.254,
Martinez 0.234, Robinson 0.233, Clark 0.231, Rodriguez 0.229, Lewis 0.226, Lee 0.220,
Walker 0.219, Hall 0.200, Allen 0.199, Young 0.193, Hernandez 0.192, King 0.190, Wright 0.189,
Lopez 0.187, Hill 0.187, Scott 0.185, Green 0.183, Adams 0.174, Baker 0.171, Gonzalez 0.166,
Nelson 0.162, Carter 0.162, Mitchell 0.160, Perez 0.155, Roberts 0.153, Turner 0.152,
Phillips 0.149, Campbell 0.149, Parker 0.146, Evans 0.141, Edwards 0.137, Collins 0.134,
Stewart 0.133, Sanchez 0.130, Morris 0.125, Rogers 0.123, Reed 0.122, Cook 0.120, Morgan 0.118,
Bell 0.117, Murphy 0.117, Bailey 0.115, Rivera 0.113, Cooper 0.113, Richardson 0.112,
Cox 0.110, Howard 0.110, Ward 0.108, Torres 0.108, Peterson 0.107, Gray 0.106, Ramirez 0.105,
James 0.105, Watson 0.103, Brooks 0.103, Kelly 0.102, Sanders 0.100, Price 0.099,
Bennett 0.099, Wood 0.098, Barnes 0.097, Ross 0.096, Henderson 0.095, Coleman 0.095,
Jenkins 0.095, Perry 0.094, Powell 0.093, Long 0.092, Patterson 0.092, Hughes 0.092,
Flores 0.092, Washington 0.092, Butler 0.091, Simmons 0.091, Foster 0.091, Gonzales 0.087,
Bryant 0.087, Alexander 0.085, Russell 0.085, Griffin 0.084, Diaz 0.084, Hayes 0.083,
Myers 0.083, Ford 0.082, Hamilton 0.082, Graham 0.082, Sullivan 0.081, Wallace 0.081,
Woods 0.080, Cole 0.080, West 0.080, Jordan 0.078, Owens 0.078, Reynolds 0.078, Fisher 0.077,
Ellis 0.077, Harrison 0.076, Gibson 0.075, McDonald 0.075, Cruz 0.075, Marshall 0.075,
Ortiz 0.075, Gomez 0.075, Murray 0.074, Freeman 0.074, Wells 0.073, Webb 0.072, Simpson 0.070,
Stevens 0.070, Tucker 0.070, Porter 0.069, Hunter 0.069, Hicks 0.069, Crawford 0.068,
Henry 0.068, Boyd 0.068, Mason 0.068, Morales 0.067, Kennedy 0.067, Warren 0.067, Dixon 0.066,
Ramos 0.066, Reyes 0.066, Burns 0.065, Gordon 0.065, Shaw 0.065, Holmes 0.065, Rice 0.064,
Robertson 0.064, Hunt 0.063, Black 0.063, Daniels 0.062, Palmer 0.062, Mills 0.061,
Nichols 0.060, Grant 0.060, Knight 0.060, Ferguson 0.059, Rose 0.059, Stone 0.059,
Hawkins 0.059, Dunn 0.058, Perkins 0.058, Hudson 0.058, Spencer 0.057, Gardner 0.057,
Stephens 0.057, Payne 0.057, Pierce 0.056, Berry 0.056, Matthews 0.056, Arnold 0.056,
Wagner 0.055, Willis 0.055, Ray 0.055, Watkins 0.055, Olson 0.055, Carroll 0.055, Duncan 0.055,
Snyder 0.055, Hart 0.054, Cunningham 0.054, Bradley 0.054, Lane 0.054, Andrews 0.054,
Ruiz 0.054, Harper 0.054, Fox 0.053, Riley 0.053, Armstrong 0.053, Carpenter 0.053,
Weaver 0.053, Greene 0.053, Lawrence 0.052, Elliott 0.052, Chavez 0.052, Sims 0.052,
Austin 0.052, Peters 0.052, Kelley 0.052, Franklin 0.051, Lawson 0.051, Fields 0.051,
Gutierrez 0.051, Ryan 0.051, Schmidt 0.051, Carr 0.051, Vasquez 0.051, Castillo 0.051,
Wheeler 0.051, Chapman 0.050, Oliver 0.050, Montgomery 0.049, Richards 0.049,
Williamson 0.049, Johnston 0.049, Banks 0.048, Meyer 0.048, Bishop 0.048, McCoy 0.048,
Howell 0.048, Alvarez 0.048, Morrison 0.048, Hansen 0.047, Fernandez 0.047, Garza 0.047,
Harvey 0.047, Little 0.046, Burton 0.046, Stanley 0.046, Nguyen 0.046, George 0.046,
Jacobs 0.046, Reid 0.046, Fuller 0.045, Lynch 0.045, Dean 0.045, Gilbert 0.045, Garrett 0.045,
Romero 0.045, Welch 0.044, Larson 0.044, Frazier 0.044, Burke 0.044, Hanson 0.043, Day 0.043,
Mendoza 0.043, Moreno 0.043, Bowman 0.043, Medina 0.042, Fowler 0.042, Brewer 0.042,
Hoffman 0.042, Carlson 0.042, Silva 0.042, Pearson 0.042, Holland 0.042, Douglas 0.041,
Fleming 0.041, Jensen 0.041, Vargas 0.041, Byrd 0.041, Davidson 0.041, Hopkins 0.041,
May 0.040, Terry 0.040, Herrera 0.040, Wade 0.040, Soto 0.040, Walters 0.040, Curtis 0.040,
Neal 0.039, Caldwell 0.039, Lowe 0.039, Jennings 0.039, Barnett 0.039, Graves 0.039,
Jimenez 0.039, Horton 0.039, Shelton 0.039, Barrett 0.039, O'Brien 0.039, Castro 0.039,
Sutton 0.038, Gregory 0.038, McKinney 0.038, Lucas 0.038, Miles 0.038, Craig 0.038,
Rodriquez 0.037, Chambers 0.037, Holt 0.037, Lambert 0.037, Fletcher 0.037, Watts 0.037,
Bates 0.037, Hale 0.037, Rhodes 0.037, Pena 0.037, Beck 0.037, Newman 0.036, Haynes 0.036,
McDaniel 0.036, Mendez 0.036, Bush 0.036, Vaughn 0.036, Parks 0.035, Dawson 0.035,
Santiago 0.035, Norris 0.035, Hardy 0.035, Love 0.035, Steele 0.035, Curry 0.035, Powers 0.035,
Schultz 0.035, Barker 0.035, Guzman 0.034, Page 0.034, Munoz 0.034, Ball 0.034, Keller 0.034,
Chandler 0.034, Weber 0.034, Leonard 0.034, Walsh 0.033, Lyons 0.033, Ramsey 0.033,
Wolfe 0.033, Schneider 0.033, Mullins 0.033, Benson 0.033, Sharp 0.033, Bowen 0.033,
Daniel 0.033, Barber 0.032, Cummings 0.032, Hines 0.032, Baldwin 0.032, Griffith 0.032,
Valdez 0.032, Hubbard 0.032, Salazar 0.032, Reeves 0.032, Warner 0.031, Stevenson 0.031,
Burgess 0.031, Santos 0.031, Tate 0.031, Cross 0.031, Garner 0.031, Mann 0.031, Mack 0.031,
Moss 0.031, Thornton 0.031, Dennis 0.031, McGee 0.031, Farmer 0.030, Delgado 0.030,
Aguilar 0.030, Vega 0.030, Glover 0.030, Manning 0.030, Cohen 0.030, Harmon 0.030,
Rodgers 0.030, Robbins 0.030, Newton 0.030, Todd 0.030, Blair 0.030, Higgins 0.030,
Ingram 0.030, Reese 0.030, Cannon 0.030, Strickland 0.030, Townsend 0.030, Potter 0.030,
Goodwin 0.030, Walton 0.030, Rowe 0.029, Hampton 0.029, Ortega 0.029, Patton 0.029,
Swanson 0.029, Joseph 0.029, Francis 0.029, Goodman 0.029, Maldonado 0.029, Yates 0.029,
Becker 0.029, Erickson 0.029, Hodges 0.029, Rios 0.029, Conner 0.029, Adkins 0.029,
Webster 0.028, Norman 0.028, Malone 0.028, Hammond 0.028, Flowers 0.028, Cobb 0.028,
Moody 0.028, Quinn 0.028, Blake 0.028, Maxwell 0.028, Pope 0.028, Floyd 0.027, Osborne 0.027,
Paul 0.027, McCarthy 0.027, Guerrero 0.027, Lindsey 0.027, Estrada 0.027, Sandoval 0.027,
Gibbs 0.027, Tyler 0.027, Gross 0.027, Fitzgerald 0.027, Stokes 0.027, Doyle 0.027,
Sherman 0.027, Saunders 0.027, Wise 0.027, Colon 0.027, Gill 0.027, Alvarado 0.027,
Greer 0.026, Padilla 0.026, Simon 0.026, Waters 0.026, Nunez 0.026, Ballard 0.026,
Schwartz 0.026, McBride 0.026, Houston 0.026, Christensen 0.026, Klein 0.026, Pratt 0.026,
Briggs 0.026, Parsons 0.026, McLaughlin 0.026, Zimmerman 0.026, French 0.026, Buchanan 0.026,
Moran 0.026, Copeland 0.025, Roy 0.025, Pittman 0.025, Brady 0.025, McCormick 0.025,
Holloway 0.025, Brock 0.025, Poole 0.025, Frank 0.025, Logan 0.025, Owen 0.025, Bass 0.025,
Marsh 0.025, Drake 0.025, Wong 0.025, Jefferson 0.025, Park 0.025, Morton 0.025, Abbott 0.025,
Sparks 0.025, Patrick 0.024, Norton 0.024, Huff 0.024, Clayton 0.024, Massey 0.024,
Lloyd 0.024, Figueroa 0.024, Carson 0.024, Bowers 0.024, Roberson 0.024, Barton 0.024,
Tran 0.024, Lamb 0.024, Harrington 0.024, Casey 0.024, Boone 0.024, Cortez 0.024
""")

# --- United Kingdom (ONS rankings, general knowledge) ------------------------------------------

UK_WOMEN = ranked(
    """
Sarah, Susan, Margaret, Elizabeth, Julie, Karen, Helen, Emma, Claire, Lisa, Jennifer, Mary,
Patricia, Linda, Nicola, Joanne, Catherine, Rachel, Laura, Jane, Amanda, Michelle, Louise,
Alison, Deborah, Jacqueline, Gillian, Ann, Anne, Christine, Pauline, Janet, Hannah, Rebecca,
Charlotte, Sophie, Jessica, Lucy, Amy, Katie, Samantha, Victoria, Kelly, Gemma, Stephanie,
Natalie, Jade, Chloe, Emily, Olivia, Lauren, Megan, Eleanor, Holly, Ellie, Grace, Amelia, Isla,
Ava, Mia, Lily, Isabella, Sophia, Ruby, Evie, Poppy, Freya, Jasmine, Alice, Florence, Daisy,
Sienna, Phoebe, Millie, Matilda, Rosie, Elsie, Harriet, Abigail, Bethany, Georgia, Kirsty,
Leanne, Donna, Tracey, Sharon, Dawn, Angela, Wendy, Carol, Sandra, Brenda, Barbara, Dorothy,
Joan, Jean, Sheila, Irene, Doreen, Valerie, Maureen, Eileen, Kathleen, Shirley, Marion, Joyce,
Lesley, Lynne, Denise, Diane, Caroline, Fiona, Kate, Anna, Natasha, Zoe, Hayley, Kerry, Vicky,
Stacey, Danielle, Katherine, Jodie, Rachael, Sian, Rhian, Bethan, Ffion, Catrin, Siobhan,
Aoife, Niamh, Caitlin, Eilidh, Morag, Heather, Yvonne, Teresa, Bernadette, Mandy, Beverley,
Lorraine, Sally, Judith,
Hilary, Rosemary, Penelope, Philippa, Imogen, Beatrice, Esme, Maisie, Erin, Layla, Nadia,
Yasmin, Gwen, Carys, Nia, Mairead, Roisin, Kirstie, Shona, Ailsa, Kayleigh, Chantelle, Toni,
Lyndsey, Tanya, Rosalind, Gail, Hazel, Marjorie, Muriel, Enid, Gladys, Edna, Vera, Winifred,
Pamela, Glenys, Bridget, Lindsay, Jenna, Tamsin, Felicity, Clare, Jo, Abbie, Keeley, Shannon,
Amber, Leah, Evelyn, Edith, Ivy, Nancy, Iris, Thea, Aria, Willow, Harper, Orla, Elodie, Margot
""",
    HEAD_BIG,
)

UK_MEN = ranked(
    """
David, John, Michael, Paul, Andrew, Peter, James, Robert, Mark, Richard, Stephen, Christopher,
Daniel, Thomas, Matthew, Ian, William, Steven, Anthony, Simon, Gary, Martin, Kevin, Alan,
Jonathan, Brian, Philip, Neil, Graham, Colin, Stuart, Lee, Darren, Craig, Wayne, Dean, Adam,
Benjamin, Samuel, Joseph, Jack, Oliver, Harry, George, Charlie, Jacob, Alfie, Noah, Oscar, Leo,
Freddie, Archie, Arthur, Henry, Theo, Luke, Ryan, Liam, Jamie, Nathan, Connor, Callum, Kieran,
Ross, Scott, Jordan, Aaron, Lewis, Jake, Ben, Tom, Sam, Joe, Nicholas, Alexander, Edward,
Timothy, Keith, Barry, Terry, Roger, Raymond, Kenneth, Derek, Trevor, Malcolm, Geoffrey, Nigel,
Roy, Ronald, Dennis, Frank, Frederick, Albert, Ernest, Stanley, Leslie, Norman, Gordon, Douglas,
Hugh, Rhys, Owen, Gareth, Dylan, Ewan, Finlay, Fraser, Hamish, Angus, Rory, Sean, Declan,
Ciaran, Patrick, Carl, Shaun, Russell, Jason, Dominic, Toby, Rupert, Hugo, Sebastian, Max,
Louis, Elliot, Reece, Kyle, Bradley, Joshua, Tyler, Gavin, Glyn, Dafydd, Iain, Alistair, Euan,
Gregor, Duncan, Niall, Eamonn, Brendan, Barrie, Clive, Gerald,
Howard, Julian, Jeremy, Rodney, Cyril, Harold, Wilfred, Reginald, Leonard, Sidney, Bernard,
Percy, Walter, Herbert, Dale, Jay, Mitchell, Lloyd, Bryn, Aled, Emyr, Gethin, Iwan, Morgan,
Cameron, Blair, Struan, Lachlan, Calum, Murray, Conor, Padraig, Oisin, Fergus, Piers, Giles,
Crispin, Jasper, Rufus, Ralph, Barnaby, Harrison, Harvey, Mason, Logan, Kai, Jenson, Ronnie,
Teddy, Reggie, Tommy, Bobby, Finley, Elijah, Isaac, Ethan, Zachary, Dexter
""",
    HEAD_BIG,
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
Stevens, Jenkins, Murray, Dixon, Harvey, Graham, Pearson, Ahmed, Fletcher, Walsh, Kaur,
Gibson, Howard, Andrews, Stewart, Elliott, Reynolds, Saunders, Payne, Fox, Ford, Pearce, Day,
Brooks, West, Lawrence, Cole, Atkinson, Bradley, Spencer, Gill, Dawson, Ball, Burton, O'Brien,
Watts, Rose, Booth, Perry, Ryan, Grant, Wells, Armstrong, Francis, Rees, Hayes, Hart, Hudson,
Newman, Barrett, Webster, Hunter, Gregory, Carr, Lowe, Page, Marsh,
Riley, Dunn, Woods, Parsons, Berry, Stone, Reid, Holland, Hawkins, Harding, Porter, Robertson,
Newton, Oliver, Reed, Kennedy, Williamson, Bird, Gardner, Shah, Dean, Lane, Cooke, Bates, Henderson,
Parry, Burgess, Bishop, Walton, Burns, Nicholson, Shepherd, Ross, Cross, Long, Freeman, Warren,
Nicholls, Hamilton, Byrne, Sutton, McDonald, Yates, Hodgson, Robson, Curtis, Hopkins, O'Connor,
Harper, Coleman, Watkins, Moss, McCarthy, Chambers, O'Neill, Griffin, Sharp, Hardy, Wheeler,
Potter, Osborne, Johnston, Gordon, Doyle, Wallace, George, Jordan, Hutchinson, Rowe, Burke, May,
Pritchard, Gilbert, Willis, Higgins, Read, Miles, Stevenson, Stephenson, Hammond, Arnold,
Buckley, Walters, Hewitt, Barber, Nelson, Slater, Austin, Sullivan, Whitehead, Mann, Frost,
Lambert, Stephens, Blake, Akhtar, Lynch, Goodwin, Barton, Woodward, Thomson, Cunningham, Quinn,
Barnett, Baxter, Bibi, Clayton, Nash, Greenwood, Jennings, Holt, Kemp, Poole, Gallagher, Bond,
Stokes, Tucker, Davidson, Fowler, Heath, Norman, Middleton, Lawson, Banks, French, Stanley,
Jarvis, Gibbs, Ferguson, Hayward, Carroll, Douglas, Dickinson, Todd, Barlow, Peters, Lucas,
Knowles, Hartley, Miah, Simmons, Morton, Alexander, Field, Morrison, Norris, Townsend, Preston,
Hancock, Thornton, Baldwin, Burrows, Briggs, Storey, Pugh, Jacobs, Farrell, Coates, Llewellyn,
Pryce, Vaughan, Prosser, McLeod, MacKenzie, Fraser, Sinclair, Cairns, Devlin, Doherty, Kerr
""",
    HEAD_BIG,
)

# --- Origins common in Sweden (general knowledge; 1/rank) ---------------------------------------

FINNISH = Origin(
    ranked(
        "Marja, Anneli, Tuula, Pirjo, Ritva, Leena, Sirpa, Eila, Aila, Helena, Johanna, Päivi, Riitta, Seija, Kaarina, Tarja, Sari, Anne, Liisa, Tiina, Hannele, Satu, Raija, Marjatta, Kirsi, Minna, Merja, Eeva, Sinikka, Pia, Terttu, Aino",
        HEAD_SMALL,
    ),
    ranked(
        "Juha, Timo, Matti, Kari, Mikko, Jari, Antti, Jukka, Pekka, Heikki, Markku, Hannu, Seppo, Pentti, Esa, Raimo, Tapio, Veikko, Erkki, Ari, Petri, Jouni, Kalevi, Ilkka, Reijo, Tuomas, Janne, Olavi, Keijo, Risto, Arto, Jorma",
        HEAD_SMALL,
    ),
    ranked(
        "Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen, Hiltunen, Kallio, Ojala, Leinonen",
        HEAD_SMALL,
    ),
)
ARABIC = Origin(  # Syrian and Iraqi, with Assyrian/Syriac names
    ranked(
        "Fatima, Maryam, Sara, Noor, Aya, Zainab, Layla, Hiba, Rana, Amal, Huda, Lina, Rania, Dima, Yasmin, Hala, Reem, Nadia, Samira, Ghada, Rasha, Walaa, Israa, Heba, Asma, Zahra, Shamiram, Ninorta, Marta, Samar, Bushra, Nisrin",
        HEAD_SMALL,
    ),
    ranked(
        "Mohammad, Ahmad, Ali, Omar, Hassan, Hussein, Khaled, Mahmoud, Mustafa, Ibrahim, Yousef, Abdullah, Karim, Samir, Amir, Bilal, Tariq, Walid, Rami, Nabil, Fadi, Jamal, Adnan, Ammar, Haidar, Hamza, Gabriel, Ninos, Sargon, Aziz, Afram, Yacoub, Muhannad, Mohammed",
        HEAD_SMALL,
    ),
    ranked(
        "Mohammed, Ali, Ahmad, Hassan, Hussein, Ibrahim, Khalil, Saleh, Abdullah, Yousef, Omar, Abbas, Hamid, Rashid, Mahmoud, Haddad, Nasser, Jasim, Kadhim, Al-Saadi, Al-Hashimi, Al-Ali, Khalaf, Gabriel, Yakob, Ishak, Barsom, Issa, Shabo, Malki, Danho, Lahdo, Chamoun, Kourie",
        HEAD_SMALL,
    ),
)
PERSIAN = Origin(
    ranked(
        "Maryam, Fatemeh, Zahra, Sara, Leila, Nasrin, Parisa, Shirin, Mina, Neda, Azadeh, Mahnaz, Farideh, Roya, Golnar, Samira, Nazanin, Shabnam, Mahsa, Tara, Yasaman, Parvin, Soheila, Elham, Niloufar, Atefeh",
        HEAD_SMALL,
    ),
    ranked(
        "Mohammad, Ali, Reza, Hossein, Mehdi, Amir, Hamid, Majid, Saeed, Behrouz, Farhad, Dariush, Kamran, Babak, Arash, Omid, Kourosh, Mehran, Siamak, Nima, Payam, Hassan, Javad, Shahram, Bijan, Pouya",
        HEAD_SMALL,
    ),
    ranked(
        "Ahmadi, Mohammadi, Hosseini, Rezaei, Karimi, Moradi, Hashemi, Jafari, Rahimi, Ghorbani, Sadeghi, Mousavi, Kazemi, Azizi, Najafi, Rostami, Tehrani, Shirazi, Akbari, Heidari, Bagheri, Nouri, Amini, Ebrahimi, Sharifi, Farahani, Khosravi, Safavi, Ansari, Zand",
        HEAD_SMALL,
    ),
)
KURDISH = Origin(
    ranked(
        "Berivan, Rojda, Dilan, Shilan, Jiyan, Avin, Zozan, Rojin, Hevi, Bahar, Gulistan, Nazdar, Ronak, Lana, Sozdar, Helin, Nishtiman, Kani, Shno, Chiman, Evin, Delal, Narin, Hana",
        HEAD_SMALL,
    ),
    ranked(
        "Azad, Rebin, Dilshad, Karwan, Shwan, Hiwa, Rebwar, Kawa, Aram, Baran, Serwan, Soran, Zana, Ferhad, Botan, Diyar, Dler, Hawre, Haval, Rizgar, Sirwan, Hemin, Shoresh, Bakhtiyar, Ari, Goran",
        HEAD_SMALL,
    ),
    ranked(
        "Ahmed, Mohammed, Aziz, Karim, Rasul, Abdullah, Mahmud, Salih, Qadir, Hama, Mustafa, Rashid, Hawrami, Kurdi, Zangana, Baban, Jaff, Amedi, Doski, Zebari, Sindi, Berwari, Bamarni, Khoshnaw, Faraj, Tahir, Yildiz, Aslan, Polat",
        HEAD_SMALL,
    ),
)
SOMALI = Origin(
    ranked(
        "Fadumo, Hodan, Amina, Sahra, Hawa, Asha, Khadra, Nimco, Ifrah, Sagal, Ayan, Hibaaq, Muna, Ubah, Deeqa, Warsan, Filsan, Ladan, Hamdi, Naima, Sucaad, Xaliimo, Ikran, Kowsar, Faaduma, Maryan",
        HEAD_SMALL,
    ),
    ranked(
        "Mohamed, Abdi, Ahmed, Ali, Hassan, Abdullahi, Omar, Yusuf, Abdirahman, Abdiaziz, Mahad, Liban, Guled, Said, Farah, Hussein, Abdikarim, Mustafe, Ismail, Jama, Osman, Khalid, Bashir, Abdirizak, Hamse, Cabdi",
        HEAD_SMALL,
    ),
    ranked(
        "Mohamed, Ali, Ahmed, Hassan, Abdi, Omar, Farah, Hussein, Warsame, Osman, Jama, Yusuf, Abdullahi, Nur, Aden, Ibrahim, Mohamud, Isse, Egal, Dahir, Elmi, Hersi, Guled, Abdulle, Hirsi, Muse, Duale, Samatar, Adan, Geedi",
        HEAD_SMALL,
    ),
)
ERITREAN = Origin(  # Eritrean and Ethiopian
    ranked(
        "Helen, Selam, Senait, Meron, Semhar, Saba, Tsega, Yordanos, Rahel, Hiwet, Luwam, Freweini, Mebrat, Almaz, Tigist, Feven, Yohana, Winta, Ruth, Mehret, Mulu, Hanna, Aster, Zewdi, Eden, Bethlehem",
        HEAD_SMALL,
    ),
    ranked(
        "Yonas, Daniel, Samuel, Tesfay, Mehari, Dawit, Berhane, Yohannes, Filmon, Michael, Habtom, Tekle, Amanuel, Kidane, Haile, Biniam, Robel, Natnael, Solomon, Mulugeta, Tewelde, Yared, Henok, Abel, Efrem, Kibrom",
        HEAD_SMALL,
    ),
    ranked(
        "Tesfay, Gebremedhin, Haile, Tekle, Berhane, Kidane, Ghebreyesus, Mehari, Yohannes, Woldemariam, Abraha, Negash, Gebru, Tsegay, Kahsay, Habte, Asmerom, Ghirmay, Mebrahtu, Andemariam, Weldu, Teklehaimanot, Girmay, Ogbazghi, Zerai, Gebrehiwot, Hagos, Fessehaye, Tadesse, Bekele",
        HEAD_SMALL,
    ),
)
POLISH = Origin(
    ranked(
        "Anna, Katarzyna, Maria, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Magdalena, Elżbieta, Joanna, Aleksandra, Monika, Zofia, Teresa, Danuta, Natalia, Karolina, Marta, Beata, Dorota, Halina, Jadwiga, Janina, Justyna, Paulina, Iwona, Grażyna, Renata, Kinga",
        HEAD_SMALL,
    ),
    ranked(
        "Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Jan, Michał, Marcin, Stanisław, Jakub, Adam, Marek, Łukasz, Grzegorz, Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Jerzy, Maciej, Rafał, Kamil, Robert, Józef, Kazimierz, Sławomir, Przemysław, Artur, Bartosz",
        HEAD_SMALL,
    ),
    ranked(
        "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Wojciechowski, Kwiatkowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Wróbel, Nowakowski, Majewski, Olszewski, Stępień, Malinowski, Jaworski, Adamczyk, Dudek, Górski, Pawlak, Sikora, Walczak, Baran",
        HEAD_SMALL,
    ),
)
BCS = Origin(  # Bosnian, Serbian, Croatian
    ranked(
        "Amra, Emina, Jasmina, Azra, Lejla, Selma, Amela, Mirela, Ana, Marija, Jelena, Dragana, Snežana, Vesna, Sanja, Ivana, Milica, Maja, Senada, Alma, Edina, Nermina, Sabina, Aida, Belma, Zlata, Mersiha, Danijela, Biljana, Gordana",
        HEAD_SMALL,
    ),
    ranked(
        "Emir, Amir, Adnan, Admir, Edin, Mirza, Senad, Haris, Dženan, Jasmin, Nermin, Armin, Almir, Damir, Nikola, Marko, Stefan, Dragan, Zoran, Goran, Milan, Nenad, Ivan, Dejan, Mladen, Elvis, Samir, Tarik, Zlatan, Vedran",
        HEAD_SMALL,
    ),
    ranked(
        "Hodžić, Hadžić, Kovačević, Begić, Mehmedović, Delić, Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Horvat, Kovačić, Babić, Marić, Jurić, Novak, Knežević, Pavlović, Husić, Omerović, Suljić, Hasanović, Alić, Salihović, Mujić, Karić, Halilović, Ahmetović, Kurtović, Osmanović, Šehić, Zukić, Tadić, Popović, Milić",
        HEAD_SMALL,
    ),
)
TURKISH = Origin(
    ranked(
        "Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Meryem, Şerife, Zehra, Sultan, Hanife, Merve, Özlem, Esra, Gül, Yasemin, Derya, Sevgi, Dilek, Büşra, Hülya, Songül, Aylin, Ebru, Nurten, Filiz, Melek, Tuba",
        HEAD_SMALL,
    ),
    ranked(
        "Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Osman, Yusuf, Murat, Ömer, Ramazan, Halil, Süleyman, Abdullah, Mahmut, Recep, Salih, Fatih, Kadir, Emre, Hakan, Serkan, Burak, Erkan, Kemal, Cem",
        HEAD_SMALL,
    ),
    ranked(
        "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Özer, Güneş, Erdoğan, Aksoy, Korkmaz, Keskin, Tekin, Acar, Ünal",
        HEAD_SMALL,
    ),
)
LATIN = Origin(  # Chilean and other Latin American; two surnames, paterno y materno
    ranked(
        "María, Ana, Carolina, Claudia, Patricia, Daniela, Francisca, Camila, Valentina, Javiera, Constanza, Paula, Verónica, Andrea, Marcela, Gabriela, Natalia, Fernanda, Lorena, Pamela, Catalina, Rosa, Carmen, Ximena, Alejandra, Soledad",
        HEAD_SMALL,
    ),
    ranked(
        "José, Juan, Carlos, Luis, Jorge, Francisco, Manuel, Cristián, Pablo, Diego, Sebastián, Felipe, Rodrigo, Matías, Nicolás, Javier, Miguel, Ricardo, Patricio, Sergio, Alejandro, Gonzalo, Andrés, Héctor, Claudio, Víctor",
        HEAD_SMALL,
    ),
    ranked(
        "González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo, Tapia, Reyes, Gutiérrez, Castro, Pizarro, Álvarez, Vásquez, Sánchez, Fernández, Ramírez, Carrasco, Gómez, Cortés, Herrera, Núñez, Jara, Vergara, Rivera, Figueroa",
        HEAD_SMALL,
    ),
)
THAI = Origin(
    ranked(
        "Siriporn, Malee, Pranee, Sunisa, Kanokwan, Wanida, Supaporn, Nittaya, Jintana, Ratana, Sumalee, Porntip, Lamai, Orathai, Nongnuch, Kanya, Pornpimol, Duangjai, Saowanee, Araya, Busaba, Chanida, Wilawan, Anong, Ploy, Nok",
        HEAD_SMALL,
    ),
    ranked(
        "Somchai, Somsak, Prasert, Sompong, Somboon, Wichai, Anan, Suchart, Boonmee, Chaiwat, Kittisak, Thanawat, Nattapong, Surasak, Wirat, Sakda, Preecha, Apichart, Narong, Pichai",
        HEAD_SMALL,
    ),
    ranked(
        "Saelim, Saetang, Srisuk, Phromma, Thongdee, Kaewkla, Boonmee, Chaiyasit, Srisawat, Suwannarat, Intharasuk, Jaidee, Rattanakorn, Wongsuwan, Kongkaew, Chanthong, Sukprasert, Phanthong, Meesuk, Yodsuwan, Somboon, Pongsak, Sriwichai, Thongsuk",
        HEAD_SMALL,
    ),
)
INDIAN = Origin(
    ranked(
        "Priya, Anjali, Pooja, Neha, Divya, Sneha, Kavya, Deepika, Aishwarya, Lakshmi, Sunita, Anita, Rekha, Meera, Shreya, Swati, Nisha, Ritu, Pallavi, Asha, Geeta, Shalini, Ananya, Aarti, Sonal, Harpreet",
        HEAD_SMALL,
    ),
    ranked(
        "Rahul, Amit, Rajesh, Sanjay, Vikram, Arjun, Suresh, Anil, Vijay, Rohit, Sandeep, Karthik, Ravi, Ajay, Manoj, Deepak, Nikhil, Pradeep, Arun, Srinivas, Venkatesh, Ashok, Gaurav, Harish, Abhishek, Sunil, Prakash, Siddharth, Gurpreet",
        HEAD_SMALL,
    ),
    ranked(
        "Kumar, Sharma, Singh, Patel, Reddy, Gupta, Rao, Iyer, Nair, Menon, Das, Joshi, Shah, Mehta, Verma, Chopra, Agarwal, Pillai, Krishnan, Desai, Mishra, Jain, Banerjee, Chatterjee, Mukherjee, Bhat, Kulkarni, Naidu, Subramanian, Ghosh, Kapoor, Malhotra",
        HEAD_SMALL,
    ),
)
CHINESE = Origin(
    ranked(
        "Li, Fang, Na, Min, Jing, Yan, Ying, Hui, Xiaoyan, Mei, Ling, Juan, Hong, Xia, Yu, Qian, Xin, Yue, Lin, Ting, Wen, Xiaoli, Yun, Shu, Dan, Lijuan",
        HEAD_SMALL,
    ),
    ranked(
        "Wei, Jun, Lei, Yong, Jie, Tao, Ming, Chao, Qiang, Hao, Bin, Gang, Peng, Jian, Long, Feng, Bo, Hua, Yang, Xiang, Kai, Jiahao, Zhiwei, Haoran, Yifan, Zhen",
        HEAD_SMALL,
    ),
    ranked(
        "Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, He, Lin, Gao, Luo, Zheng, Liang, Xie, Song, Tang, Han, Feng, Deng, Cao, Peng, Zeng, Xiao, Chan, Wong, Leung, Lam, Cheung, Ng",
        HEAD_SMALL,
    ),
)
UKRAINIAN = Origin(
    ranked(
        "Olena, Oksana, Nataliia, Iryna, Tetiana, Svitlana, Yuliia, Kateryna, Olha, Anastasiia, Viktoriia, Mariia, Halyna, Liudmyla, Alina, Daria, Anna, Khrystyna, Nadiia, Valentyna, Inna, Larysa, Yana, Sofiia",
        HEAD_SMALL,
    ),
    ranked(
        "Oleksandr, Serhii, Andrii, Volodymyr, Dmytro, Mykola, Oleksii, Ivan, Yurii, Vasyl, Viktor, Ihor, Maksym, Bohdan, Taras, Roman, Vitalii, Petro, Artem, Yevhen, Pavlo, Denys, Ruslan, Vadym",
        HEAD_SMALL,
    ),
    ranked(
        "Melnyk, Shevchenko, Boiko, Kovalenko, Bondarenko, Tkachenko, Kovalchuk, Kravchenko, Oliinyk, Shevchuk, Koval, Polishchuk, Bondar, Tkachuk, Moroz, Marchenko, Lysenko, Rudenko, Savchenko, Petrenko, Klymenko, Pavlenko, Kravchuk, Kuzmenko, Ponomarenko, Savchuk, Vasylenko, Levchenko, Kharchenko, Karpenko, Kovalskyi, Horbatskyi, Zhytomyrskyi",
        HEAD_SMALL,
    ),
)

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_WOMEN, SV_MEN, SV_SURNAMES),
    "us": Origin(US_WOMEN, US_MEN, US_SURNAMES),
    "uk": Origin(UK_WOMEN, UK_MEN, UK_SURNAMES),
    "finnish": FINNISH,
    "arabic": ARABIC,
    "persian": PERSIAN,
    "kurdish": KURDISH,
    "somali": SOMALI,
    "eritrean": ERITREAN,
    "polish": POLISH,
    "bcs": BCS,
    "turkish": TURKISH,
    "latin": LATIN,
    "thai": THAI,
    "indian": INDIAN,
    "chinese": CHINESE,
    "ukrainian": UKRAINIAN,
}

# Who is named in text of each language (relative weights). Swedish text: about 70% Swedish
# names, the rest by the size of each origin's group in Sweden; English text: US and UK names
# first; mixed text: between the two.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 70, "arabic": 6.5, "finnish": 3.5, "persian": 2.5, "polish": 2.2, "bcs": 2.2,
        "somali": 1.8, "ukrainian": 1.5, "kurdish": 1.5, "turkish": 1.3, "eritrean": 1.3,
        "indian": 1.3, "latin": 1.0, "thai": 1.0, "chinese": 0.9, "us": 0.8, "uk": 0.7,
    },
    "en": {
        "us": 40, "uk": 34, "swedish": 8, "indian": 5, "chinese": 3, "arabic": 2.5, "polish": 2,
        "latin": 2, "ukrainian": 1, "turkish": 1, "somali": 1, "finnish": 0.5,
    },
    "mixed": {
        "swedish": 52, "us": 9, "uk": 9, "arabic": 6, "finnish": 3, "persian": 3, "polish": 3,
        "bcs": 2.5, "indian": 2.5, "chinese": 1.5, "ukrainian": 1.5, "kurdish": 1.5,
        "turkish": 1.5, "somali": 1.5, "eritrean": 1.2, "latin": 1.2, "thai": 1.0,
    },
}  # fmt: skip

# Short forms people use for a given name, as they write them: Swedish ones of Swedish-born
# people's names, English ones of US and UK names, and a few Polish and Ukrainian ones.
SV_NICKNAMES: dict[str, tuple[str, ...]] = {
    "Joakim": ("Jocke",), "Mikael": ("Micke",), "Lars": ("Lasse",), "Karl": ("Kalle",),
    "Carl": ("Calle", "Kalle"), "Per": ("Pelle", "Perra"), "Charlotte": ("Lotta",),
    "Susanne": ("Sussie",), "Marcus": ("Mackan",), "Thomas": ("Tompa",), "Tomas": ("Tompa",),
    "Fredrik": ("Fredde",), "Kristoffer": ("Krille",), "Christoffer": ("Krille",),
    "Daniel": ("Danne",), "Magnus": ("Manne",), "Sebastian": ("Sebbe",), "Jonas": ("Jonte",),
    "Stefan": ("Steffe",), "Robert": ("Robban",), "Tobias": ("Tobbe",), "Mattias": ("Matte",),
    "Mathias": ("Matte",), "Niklas": ("Nicke",), "Nicklas": ("Nicke",), "Kenneth": ("Kenta",),
    "Ulf": ("Uffe",), "Björn": ("Nalle", "Bjönne"), "Gustav": ("Gurra", "Gugge"),
    "Alexander": ("Alex", "Acke"), "Christer": ("Krille",), "Hans": ("Hasse",), "Johan": ("Jojje",),
    "Patrik": ("Patte",), "Anders": ("Ante",), "Gunnar": ("Gurra",), "Rickard": ("Ricke",),
    "Jan": ("Janne",), "Peter": ("Pelle", "Peppe"), "Olof": ("Olle",), "Göran": ("Gurra",),
    "Johanna": ("Jossan",), "Josefin": ("Jossan",), "Kristina": ("Kicki", "Stina"),
    "Christina": ("Kicki",), "Katarina": ("Kattis", "Kajsa"), "Elisabeth": ("Lisa", "Bettan", "Lisen"),
    "Margareta": ("Maggan", "Greta"), "Birgitta": ("Bittan", "Gittan"), "Jessica": ("Jessie", "Jessan"),
    "Rebecka": ("Becka",), "Cecilia": ("Cissi",), "Gunilla": ("Gunnis",), "Louise": ("Lollo",),
    "Camilla": ("Millan",), "Madeleine": ("Maddie", "Madde"), "Matilda": ("Tilda",), "Annika": ("Anki",),
    "Victoria": ("Vicky", "Vickan"), "Alexandra": ("Alex",), "Sofia": ("Fia",), "Emelie": ("Emmy",),
    "Agneta": ("Agge",), "Ulrika": ("Ullis",), "Nils": ("Nisse",), "Sven": ("Svenne",),
    "Bengt": ("Bengan",), "Leif": ("Leffe",), "Bo": ("Bosse",), "Roger": ("Roffe",), "Rolf": ("Roffe",),
    "Lennart": ("Lelle",), "Tommy": ("Tompa",), "Barbro": ("Babs",), "Therese": ("Tessan",),
    "Caroline": ("Carro",), "Viktor": ("Vicke",), "William": ("Wille",), "Filip": ("Fille",),
    "Henrik": ("Henke",), "Oskar": ("Ogge",), "Torbjörn": ("Totte",),
    "Maria": ("Mia",), "Karin": ("Kajsa",), "Linnéa": ("Linn",), "Helena": ("Lena",),
    "Malin": ("Malla",), "Ingegerd": ("Inga",),
}  # fmt: skip
EN_NICKNAMES: dict[str, tuple[str, ...]] = {
    "Michael": ("Mike", "Mick"), "Jennifer": ("Jen", "Jenny"), "Elizabeth": ("Liz", "Beth", "Lizzie"),
    "Christopher": ("Chris",), "William": ("Bill", "Will"), "Richard": ("Rich", "Rick"),
    "James": ("Jim", "Jamie"), "Joseph": ("Joe",), "Matthew": ("Matt",), "Anthony": ("Tony",),
    "Edward": ("Ed", "Ted"), "Steven": ("Steve",), "Stephen": ("Steve",), "Andrew": ("Andy",),
    "Timothy": ("Tim",), "Patricia": ("Pat", "Trish"), "Margaret": ("Maggie", "Peggy"),
    "Katherine": ("Kate", "Kathy"), "Catherine": ("Cathy", "Kate"), "Susan": ("Sue",),
    "Deborah": ("Debbie", "Deb"), "Rebecca": ("Becky", "Bex"), "Samantha": ("Sam",),
    "Nicholas": ("Nick",), "Jonathan": ("Jon",), "Benjamin": ("Ben",), "Jessica": ("Jess",),
    "Christine": ("Chris",), "Donald": ("Don",), "Ronald": ("Ron",), "Gregory": ("Greg",),
    "Jeffrey": ("Jeff",), "Douglas": ("Doug",), "Abigail": ("Abby",), "Kenneth": ("Ken",),
    "Thomas": ("Tom",), "Daniel": ("Dan", "Danny"), "David": ("Dave",), "Robert": ("Bob", "Rob"),
    "Alexander": ("Alex",), "Samuel": ("Sam",), "Victoria": ("Vicky", "Tori"), "Peter": ("Pete",),
    "Philip": ("Phil",), "Gerald": ("Gerry",), "Frederick": ("Fred",), "Anna": ("Annie",),
    "Nicola": ("Nicky",), "Amanda": ("Mandy",), "Charlotte": ("Charlie",), "Eleanor": ("Ellie",),
    "Jacqueline": ("Jackie",), "Kimberly": ("Kim",), "Barbara": ("Barb",), "Pamela": ("Pam",),
    "Christina": ("Tina",), "Stephanie": ("Steph",), "Melissa": ("Mel",), "Patrick": ("Pat",),
    "Raymond": ("Ray",), "Lawrence": ("Larry",), "Charles": ("Charlie", "Chuck"), "Leonard": ("Len",),
    "Walter": ("Walt",), "Theodore": ("Ted",), "Dorothy": ("Dot",), "Frances": ("Fran",),
    "Judith": ("Judy",), "Sandra": ("Sandy",), "Cynthia": ("Cindy",), "Nicole": ("Nikki",),
    "Zachary": ("Zach",), "Joshua": ("Josh",), "Jacob": ("Jake",), "Nathan": ("Nate",),
}  # fmt: skip
OTHER_NICKNAMES: dict[str, tuple[str, ...]] = {
    "Katarzyna": ("Kasia",), "Małgorzata": ("Gosia",), "Aleksandra": ("Ola",), "Tomasz": ("Tomek",),
    "Oleksandr": ("Sasha",), "Volodymyr": ("Volodia",), "Kateryna": ("Katia",),
}  # fmt: skip
_NICKS_BY_ORIGIN = {
    "swedish": SV_NICKNAMES, "us": EN_NICKNAMES, "uk": EN_NICKNAMES,
    "polish": OTHER_NICKNAMES, "ukrainian": OTHER_NICKNAMES,
}  # fmt: skip


def nicknames(given: str, origin: str) -> tuple[str, ...]:
    """The short forms of `given` that people of `origin` use, if any."""
    return _NICKS_BY_ORIGIN.get(origin, {}).get(given, ())


_PLAIN = str.maketrans({"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "ø": "o", "æ": "ae"})


def plain(name: str) -> str:
    """A name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Đorđević` -> `Djordjevic`."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_PLAIN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(surname: str, origin: str) -> str:
    """A woman's form of a Polish or Ukrainian surname (`Kowalski` -> `Kowalska`)."""
    if origin == "polish":
        for masc, fem in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if surname.endswith(masc):
                return surname[: -len(masc)] + fem
    if origin == "ukrainian" and surname.endswith("skyi"):
        return surname[:-4] + "ska"
    return surname
