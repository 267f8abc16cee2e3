# ruff: noqa: E501
"""Name pools for held-out GQ (issue 15), weighted by how often people carry the names.

Python data, written for GQ by a helper who does not tune the detector: every list is in the order
of its source's frequency ranking and weighted by it. Sweden: given names (women, men) and surnames
in the order of SCB's name statistics, written from general knowledge, weight 1/rank, head the top
150 and a tail of rarer names past them (with the names SCB itself ranks, `Ali`, `Mohammed`,
`Ahmed` among them, and a few noble names with particles). US: the Census 1990 lists (public
domain), copied from the `names` package's `dist.female.first`, `dist.male.first` and
`dist.all.last`, the census per cent as weight, head 150. UK: given names and surnames in the
order of the ONS rankings (general knowledge), 1/rank, head 150. The origins common in Sweden:
the commonest given names and surnames of each, 1/rank, head 10. `MIXES` says who is named in
Swedish, English and mixed text. No name was checked against anything in the repository and none
was left out for being known or unknown.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this probability, else its tail


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


def split(text: str) -> tuple[str, ...]:
    return tuple(" ".join(n.split()) for n in text.split(",") if n.strip())


def ranked(text: str, head: int) -> Pool:
    """Names in rank order, weight 1/rank."""
    names = split(text)
    return Pool(names, tuple(1 / rank for rank in range(1, len(names) + 1)), min(head, len(names)))


def census(text: str, head: int = 150) -> Pool:
    """`Name per-cent` pairs in the census's order, the per cent as weight."""
    pairs = [item.split() for item in split(text)]
    return Pool(tuple(p[0] for p in pairs), tuple(float(p[1]) for p in pairs), head)


def plain(word: str) -> str:
    """A name typed without its letters (`Wiśniewski` -> `Wisniewski`, `Yılmaz` -> `Yilmaz`)."""
    word = word.translate(
        str.maketrans({"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "ø": "o", "ß": "ss"})
    )
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: -ski -> -ska, -cki -> -cka, -dzki -> -dzka."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# Sweden: given names as people are called by them (tilltalsnamn), in the order of SCB's statistics
# of the whole population; the first 150 are the head, the rest the tail.
SV_F = ranked(
    """
    Anna, Eva, Maria, Karin, Kristina, Lena, Sara, Emma, Kerstin, Ingrid,
    Marie, Malin, Jenny, Hanna, Linda, Annika, Susanne, Elin, Monica, Birgitta,
    Sofia, Johanna, Carina, Elisabeth, Ulla, Julia, Katarina, Inger, Camilla, Marianne,
    Åsa, Helena, Ida, Anita, Margareta, Cecilia, Louise, Sandra, Gunilla, Ebba,
    Amanda, Anette, Josefin, Lisa, Matilda, Frida, Maja, Alice, Elsa, Ann,
    Agneta, Linnea, Therese, Caroline, Madeleine, Siv, Ulrika, Barbro, Lisbeth, Jessica,
    Emelie, Wilma, Klara, Ella, Ellen, Moa, Agnes, Lovisa, Viktoria, Gun,
    Britt, Astrid, Alva, Olivia, Saga, Stina, Felicia, Nora, Ingela, Pia,
    Mona, Yvonne, Charlotte, Mikaela, Ann-Christin, Ann-Marie, Anna-Karin, Helen, Jeanette, Petra,
    Emilia, Rebecka, Tove, Ronja, Isabelle, Vera, Selma, Tilda, Elvira, Signe,
    Margit, Gunnel, Maj, Elsie, Anneli, Sanna, Marita, Irene, Gunvor, Sonja,
    Lina, Nathalie, Hedvig, Kristin, Catarina, Christina, Mia, Nina, Tina, Tuva,
    Liv, Ester, Lilly, Freja, Stella, Molly, Thea, Elise, Vanessa, Jennifer,
    Angelica, Erika, Evelina, Fanny, Cornelia, Hilda, Märta, Greta, Iris, Majken,
    Ellinor, Ylva, Veronica, Marina, Maud, Rut, Ann-Sofie, Britt-Marie, Gerd, Inga,
    Berit, Solveig, Karolina, Josefine, Elina, Ingegerd, Alexandra, Lotta, Ingeborg, Sigrid,
    Lova, Juni, Minna, Hilma, Edith, Svea, Elma, Ines, Nellie, Leah,
    Alicia, Tyra, Ellie, Meja, Nova, Siri, Linn, Jonna, Pernilla, Annelie,
    Carolina, Marlene, Regina, Viola, Elly, Dagny, Ragnhild, Gunhild, Valborg, Tora,
    Embla, Tindra, Kajsa, Hillevi, Vivianne, Majvor, Ulrica, Eleonora, Ottilia, Fredrika,
    Carin, Mari, Mirjam, Rakel, Judit, Elisa, Beatrice, Paulina, Emmy, Lillemor,
    Birgit, Marie-Louise, Eva-Lena, Ann-Louise, Anna-Lena, Gun-Britt, Ann-Kristin, Lise-Lotte, Anne-Marie, Inga-Lill,
    Fatima, Maryam, Amina, Dagmar, Gudrun, Hjördis, Inez, Sylvia, Lilian, Ewa,
    Kaisa, Karina, Catrin, Jannike, Josefina, Teresia, Evy, Anja, Tanja, Madelene,
    Linnéa, Terese, Annie, Solbritt, Ebon, Elvy, Gunbritt, Lisen, Idun, Alma,
    Nadja, Signe-Marie, Vendela, Livia, Estelle, Henny, Hedda, Lea, Elvina, Jasmine,
    """,
    150,
)
SV_M = ranked(
    """
    Lars, Mikael, Anders, Johan, Erik, Per, Karl, Peter, Thomas, Jan,
    Daniel, Fredrik, Hans, Bengt, Mats, Andreas, Stefan, Alexander, Magnus, Oscar,
    Mattias, Jonas, Sven, Bo, Nils, Björn, Marcus, Leif, Martin, Henrik,
    David, Niklas, Göran, Patrik, Christer, Ulf, Robert, Kent, Emil, Filip,
    Viktor, Simon, Gustav, Jakob, Anton, Tobias, Oskar, Rolf, Joakim, Kjell,
    Jonathan, Håkan, Sebastian, Axel, Roger, Christian, Lucas, William, Stig, Tommy,
    Lennart, Jörgen, Olof, Rickard, Jesper, Hugo, Elias, Isak, Ludvig, Liam,
    Adam, Gunnar, Ingvar, Kenneth, Roland, Claes, Åke, Torbjörn, Dan, Ove,
    Arne, Kurt, Kristoffer, Christoffer, Joel, Linus, Albin, Max, Mohammed, Olle,
    Rasmus, Samuel, Vincent, Edvin, Noah, Theo, Melvin, Alfred, Arvid, Vilhelm,
    Elliot, Leo, Charlie, Love, Casper, Wilhelm, Gabriel, Benjamin, Josef, Tomas,
    Robin, Pontus, Carl, Kim, Jimmy, Johnny, Morgan, Dennis, Ronny, Tord,
    Inge, Sture, Bertil, Gösta, Ragnar, Sune, Allan, Einar, Harald, Ali,
    Jens, Krister, Conny, Lars-Erik, Karl-Erik, Per-Olof, Jan-Erik, Lars-Göran, Carl-Johan, Valter,
    Folke, Egon, Holger, Birger, Ivar, Tage, Ebbe, Loke, Malte, Sixten,
    Nils-Erik, Hans-Erik, Jan-Olof, Bengt-Göran, Per-Anders, Karl-Johan, Sven-Erik, Lars-Olof, Stellan, Staffan,
    Helge, Torsten, Yngve, Evert, Verner, Gillis, Algot, Edvard, Ahmed, Mohamed,
    Omar, Hassan, Ibrahim, Yusuf, Torgny, Jarl, Ingemar, Leonard, August, Otto,
    Vidar, Sigge, Frans, Hilding, Elof, Assar, Gerhard, Albert, Arnold, Rune,
    Rudolf, Ruben, Henning, Ture, Ingmar, Göte, Erling, Bror, Jöns, Mårten,
    Nicklas, Niclas, Mathias, Mattis, Tim, Tom, Kevin, Jim, Glenn, Michael,
    Jacob, Hampus, Ville, Melker, Oliver, Lukas, Isac, Matteo, Milo, Colin,
    Sam, Nicolas, Harry, Frank, Per-Erik, Bo-Göran, Jon, Jonny, Tor, Gert,
    Kristian, Fabian, Adrian, Alvin, Eddie, Felix, Viggo, Vilgot, Teodor, Sigvard,
    Kennet, Thord, Torkel, Eskil, Börje, Enar, Ronald, Roy, Reine, Lage,
    Mauritz, Gottfrid, Hjalmar, Ossian, Nils-Olof, Knut, Amir, Adnan, Mustafa, Hussein,
    """,
    150,
)
SV_S = ranked(
    """
    Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson, Gustafsson,
    Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Carlsson, Petersson, Lindberg, Magnusson,
    Gustavsson, Lindström, Olofsson, Lindqvist, Lindgren, Axelsson, Berg, Jakobsson, Bergström, Lundberg,
    Lind, Lundgren, Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Forsberg, Sjöberg,
    Ali, Wallin, Engström, Mohammed, Eklund, Danielsson, Lundin, Håkansson, Björk, Bergman,
    Gunnarsson, Holm, Wikström, Samuelsson, Isaksson, Fransson, Bergqvist, Nyström, Holmberg, Arvidsson,
    Löfgren, Söderberg, Nyberg, Blomqvist, Claesson, Nordström, Ahmed, Mårtensson, Lundström, Hassan,
    Viklund, Björklund, Eliasson, Pålsson, Berggren, Sandström, Lund, Nordin, Ström, Åberg,
    Falk, Ekström, Hermansson, Holmgren, Hellström, Dahlberg, Hedlund, Sundberg, Sjögren, Ek,
    Blom, Abrahamsson, Martinsson, Öberg, Andreasson, Strömberg, Månsson, Hansen, Åkesson, Dahl,
    Lindholm, Norberg, Holmqvist, Jensen, Sundström, Nordqvist, Göransson, Ibrahim, Söderström, Mohamed,
    Lindahl, Nyman, Åström, Ekman, Jacobsson, Hedberg, Holmström, Sundqvist, Ahmadi, Lindblom,
    Wiklund, Östlund, Kristiansson, Ottosson, Strand, Hussein, Sjöström, Lindell, Björkman, Ekberg,
    Borg, Ohlsson, Nordlund, Engberg, Skoglund, Nylund, Lundkvist, Lindkvist, Sundin, Vikström,
    Rosén, Ekdahl, Westberg, Bergkvist, Adolfsson, Omar, Hägglund, Rydberg, Öhman, Sandin,
    Boström, Edlund, Forslund, Malmberg, Malmström, Wallgren, Hellberg, Granström, Grahn, Nordgren,
    Sjölund, Fors, Frisk, Alm, Rosengren, Wahlström, Lindmark, Norén, Backman, Bäckström,
    Sjödin, Hägg, Lilja, Hjalmarsson, Lundmark, Kvist, Melin, Dahlgren, Dahlström, Ljung,
    Wennberg, Hultgren, Holst, Thorén, Wester, Edström, Kjellberg, Eskilsson, Sjöholm, Åkerman,
    Östberg, Ahlberg, Ahlström, Bergh, Torstensson, Knutsson, Josefsson, Emanuelsson, Ivarsson, Sjöstrand,
    Nygren, Nyholm, Lindén, Ståhl, Hedman, Engman, Strandberg, Palm, Vesterlund, Stenberg,
    Hallberg, Hallgren, Lundell, Söderlund, Sundell, Sjökvist, Wikander, Lagerqvist, Lagerström, Ljungberg,
    Ljunggren, Modig, Fagerström, Fagerlund, Forsgren, Kronberg, Örn, Mörk, Vallin, Rapp,
    Ågren, Stenström, Westerlund, Hjort, Hedström, Asplund, Törnqvist, Gillberg, Lindroth, Hedin,
    Abdi, Yousef, Khalil, Mahmoud, Saleh, Osman, Nguyen, Mohammadi, Hosseini, Yilmaz,
    Kaya, Rehn, Kvarnström, Grönlund, Höglund, Lövgren, Sörensen, Nielsen, Lindeberg, Starck,
    von Platen, af Ugglas, De Geer, von Essen, Wachtmeister, von Sydow, Gyllenhammar, Leijonhufvud, af Klercker, Bonde,
    """,
    150,
)

# US Census 1990, dist.female.first: the first 400 names with the census per cent (public domain).
US_F = census(
    """
    Mary 2.629, Patricia 1.073, Linda 1.035, Barbara 0.980, Elizabeth 0.937, Jennifer 0.932,
    Maria 0.828, Susan 0.794, Margaret 0.768, Dorothy 0.727, Lisa 0.704, Nancy 0.669, Karen
    0.667, Betty 0.666, Helen 0.663, Sandra 0.629, Donna 0.583, Carol 0.565, Ruth 0.562, Sharon
    0.522, Michelle 0.519, Laura 0.510, Sarah 0.508, Kimberly 0.504, Deborah 0.494, Jessica
    0.490, Shirley 0.482, Cynthia 0.469, Angela 0.468, Melissa 0.462, Brenda 0.455, Amy 0.451,
    Anna 0.440, Rebecca 0.430, Virginia 0.430, Kathleen 0.424, Pamela 0.416, Martha 0.412, Debra
    0.408, Amanda 0.404, Stephanie 0.400, Carolyn 0.385, Christine 0.382, Marie 0.379, Janet
    0.379, Catherine 0.373, Frances 0.370, Ann 0.364, Joyce 0.364, Diane 0.359, Alice 0.357,
    Julie 0.348, Heather 0.337, Teresa 0.336, Doris 0.335, Gloria 0.335, Evelyn 0.322, Jean
    0.315, Cheryl 0.315, Mildred 0.313, Katherine 0.313, Joan 0.306, Ashley 0.303, Judith 0.297,
    Rose 0.296, Janice 0.285, Kelly 0.283, Nicole 0.281, Judy 0.276, Christina 0.275, Kathy
    0.272, Theresa 0.271, Beverly 0.267, Denise 0.264, Tammy 0.259, Irene 0.252, Jane 0.250,
    Lori 0.248, Rachel 0.242, Marilyn 0.241, Andrea 0.236, Kathryn 0.234, Louise 0.229, Sara
    0.229, Anne 0.228, Jacqueline 0.228, Wanda 0.226, Bonnie 0.223, Julia 0.223, Ruby 0.221,
    Lois 0.220, Tina 0.220, Phyllis 0.219, Norma 0.218, Paula 0.217, Diana 0.216, Annie 0.216,
    Lillian 0.211, Emily 0.208, Robin 0.208, Peggy 0.208, Crystal 0.207, Gladys 0.205, Rita
    0.204, Dawn 0.202, Connie 0.200, Florence 0.200, Tracy 0.197, Edna 0.197, Tiffany 0.195,
    Carmen 0.195, Rosa 0.194, Cindy 0.192, Grace 0.189, Wendy 0.185, Victoria 0.180, Edith
    0.179, Kim 0.178, Sherry 0.178, Sylvia 0.177, Josephine 0.177, Thelma 0.175, Shannon 0.175,
    Sheila 0.175, Ethel 0.174, Ellen 0.173, Elaine 0.173, Marjorie 0.173, Carrie 0.171,
    Charlotte 0.169, Monica 0.166, Esther 0.166, Pauline 0.165, Emma 0.165, Juanita 0.164, Anita
    0.162, Rhonda 0.162, Hazel 0.161, Amber 0.160, Eva 0.159, Debbie 0.157, April 0.154, Leslie
    0.154, Clara 0.153, Lucille 0.153, Jamie 0.153, Joanne 0.150, Eleanor 0.150, Valerie 0.149,
    Danielle 0.149, Megan 0.147, Alicia 0.146, Suzanne 0.145, Michele 0.145, Gail 0.145, Bertha
    0.143, Darlene 0.142, Veronica 0.142, Jill 0.142, Erin 0.141, Geraldine 0.141, Lauren 0.137,
    Cathy 0.137, Joann 0.136, Lorraine 0.135, Lynn 0.135, Sally 0.135, Regina 0.133, Erica
    0.130, Beatrice 0.130, Dolores 0.129, Bernice 0.128, Audrey 0.127, Yvonne 0.126, Annette
    0.125, June 0.125, Samantha 0.124, Marion 0.122, Dana 0.122, Stacy 0.121, Ana 0.120, Renee
    0.120, Ida 0.118, Vivian 0.118, Roberta 0.117, Holly 0.117, Brittany 0.117, Melanie 0.116,
    Loretta 0.115, Yolanda 0.115, Jeanette 0.115, Laurie 0.114, Katie 0.113, Kristen 0.111,
    Vanessa 0.111, Alma 0.111, Sue 0.111, Elsie 0.110, Beth 0.110, Jeanne 0.109, Vicki 0.109,
    Carla 0.107, Tara 0.107, Rosemary 0.107, Eileen 0.105, Terri 0.105, Gertrude 0.103, Lucy
    0.103, Tonya 0.102, Ella 0.101, Stacey 0.101, Wilma 0.099, Gina 0.099, Kristin 0.099, Jessie
    0.098, Natalie 0.098, Agnes 0.098, Vera 0.098, Willie 0.097, Charlene 0.097, Bessie 0.096,
    Delores 0.095, Melinda 0.094, Pearl 0.094, Arlene 0.094, Maureen 0.092, Colleen 0.092,
    Allison 0.092, Tamara 0.092, Joy 0.091, Georgia 0.091, Constance 0.091, Lillie 0.090,
    Claudia 0.090, Jackie 0.090, Marcia 0.090, Tanya 0.089, Nellie 0.089, Minnie 0.089, Marlene
    0.088, Heidi 0.088, Glenda 0.088, Lydia 0.086, Viola 0.086, Courtney 0.086, Marian 0.086,
    Stella 0.085, Caroline 0.085, Dora 0.084, Jo 0.083, Vickie 0.082, Mattie 0.081, Terry 0.080,
    Maxine 0.079, Irma 0.079, Mabel 0.078, Marsha 0.078, Myrtle 0.078, Lena 0.077, Christy
    0.077, Deanna 0.076, Patsy 0.076, Hilda 0.075, Gwendolyn 0.074, Jennie 0.073, Nora 0.073,
    Margie 0.072, Nina 0.072, Cassandra 0.072, Leah 0.072, Penny 0.071, Kay 0.071, Priscilla
    0.071, Naomi 0.071, Carole 0.071, Brandy 0.070, Olga 0.070, Billie 0.069, Dianne 0.069,
    Tracey 0.069, Leona 0.069, Jenny 0.068, Felicia 0.068, Sonia 0.068, Miriam 0.066, Velma
    0.066, Becky 0.066, Bobbie 0.065, Violet 0.065, Kristina 0.065, Toni 0.064, Misty 0.063, Mae
    0.063, Shelly 0.062, Daisy 0.062, Ramona 0.062, Sherri 0.062, Erika 0.061, Katrina 0.061,
    Claire 0.061, Lindsey 0.060, Lindsay 0.060, Geneva 0.059, Guadalupe 0.059, Belinda 0.059,
    Margarita 0.059, Sheryl 0.059, Cora 0.058, Faye 0.058, Ada 0.057, Natasha 0.057, Sabrina
    0.057, Isabel 0.057, Marguerite 0.056, Hattie 0.056, Harriet 0.056, Molly 0.055, Cecilia
    0.055, Kristi 0.055, Brandi 0.055, Blanche 0.055, Sandy 0.055, Rosie 0.055, Joanna 0.055,
    Iris 0.055, Eunice 0.054, Angie 0.054, Inez 0.053, Lynda 0.053, Madeline 0.052, Amelia
    0.052, Alberta 0.052, Genevieve 0.051, Monique 0.051, Jodi 0.051, Janie 0.051, Maggie 0.051,
    Kayla 0.051, Sonya 0.051, Jan 0.051, Lee 0.051, Kristine 0.051, Candace 0.051, Fannie 0.050,
    Maryann 0.050, Opal 0.050, Alison 0.050, Yvette 0.050, Melody 0.050, Luz 0.049, Susie 0.049,
    Olivia 0.049, Flora 0.049, Shelley 0.049, Kristy 0.048, Mamie 0.048, Lula 0.048, Lola 0.048,
    Verna 0.048, Beulah 0.048, Antoinette 0.048, Candice 0.046, Juana 0.046, Jeannette 0.046,
    Pam 0.046, Kelli 0.046, Hannah 0.045, Whitney 0.045, Bridget 0.045, Karla 0.044, Celia
    0.044, Latoya 0.043, Patty 0.043, Shelia 0.043, Gayle 0.043, Della 0.043, Vicky 0.043, Lynne
    0.043, Sheri 0.042, Marianne 0.042, Kara 0.041, Jacquelyn 0.041, Erma 0.041, Blanca 0.041,
    Myra 0.040, Leticia 0.040, Pat 0.040, Krista 0.040, Roxanne 0.040, Angelica 0.039, Johnnie
    0.039, Robyn 0.039, Francis 0.039, Adrienne 0.039, Rosalie 0.039, Alexandra 0.039, Brooke
    0.039, Bethany 0.039, Sadie 0.039, Bernadette 0.039
"""
)
# US Census 1990, dist.male.first: the first 400 names (`WM`, an abbreviation, left out).
US_M = census(
    """
    James 3.318, John 3.271, Robert 3.143, Michael 2.629, William 2.451, David 2.363, Richard
    1.703, Charles 1.523, Joseph 1.404, Thomas 1.380, Christopher 1.035, Daniel 0.974, Paul
    0.948, Mark 0.938, Donald 0.931, George 0.927, Kenneth 0.826, Steven 0.780, Edward 0.779,
    Brian 0.736, Ronald 0.725, Anthony 0.721, Kevin 0.671, Jason 0.660, Matthew 0.657, Gary
    0.650, Timothy 0.640, Jose 0.613, Larry 0.598, Jeffrey 0.591, Frank 0.581, Scott 0.546, Eric
    0.544, Stephen 0.540, Andrew 0.537, Raymond 0.488, Gregory 0.441, Joshua 0.435, Jerry 0.432,
    Dennis 0.415, Walter 0.399, Patrick 0.389, Peter 0.381, Harold 0.371, Douglas 0.367, Henry
    0.365, Carl 0.346, Arthur 0.335, Ryan 0.328, Roger 0.322, Joe 0.321, Juan 0.316, Jack 0.315,
    Albert 0.314, Jonathan 0.313, Justin 0.311, Terry 0.311, Gerald 0.309, Keith 0.308, Samuel
    0.306, Willie 0.302, Ralph 0.282, Lawrence 0.282, Nicholas 0.275, Roy 0.273, Benjamin 0.270,
    Bruce 0.263, Brandon 0.260, Adam 0.259, Harry 0.251, Fred 0.251, Wayne 0.249, Billy 0.248,
    Steve 0.246, Louis 0.243, Jeremy 0.242, Aaron 0.240, Randy 0.232, Howard 0.230, Eugene
    0.230, Carlos 0.229, Russell 0.224, Bobby 0.223, Victor 0.222, Martin 0.216, Ernest 0.215,
    Phillip 0.213, Todd 0.213, Jesse 0.209, Craig 0.206, Alan 0.204, Shawn 0.200, Clarence
    0.197, Sean 0.197, Philip 0.197, Chris 0.197, Johnny 0.195, Earl 0.193, Jimmy 0.191, Antonio
    0.190, Danny 0.190, Bryan 0.190, Tony 0.190, Luis 0.189, Mike 0.189, Stanley 0.186, Leonard
    0.186, Nathan 0.185, Dale 0.184, Manuel 0.181, Rodney 0.180, Curtis 0.180, Norman 0.177,
    Allen 0.174, Marvin 0.171, Vincent 0.168, Glenn 0.167, Jeffery 0.166, Travis 0.166, Jeff
    0.166, Chad 0.165, Jacob 0.165, Lee 0.162, Melvin 0.162, Alfred 0.162, Kyle 0.160, Francis
    0.160, Bradley 0.159, Jesus 0.155, Herbert 0.155, Frederick 0.154, Ray 0.153, Joel 0.152,
    Edwin 0.148, Don 0.145, Eddie 0.144, Ricky 0.141, Troy 0.138, Randall 0.138, Barry 0.134,
    Alexander 0.132, Bernard 0.127, Mario 0.125, Leroy 0.125, Francisco 0.124, Marcus 0.124,
    Micheal 0.123, Theodore 0.123, Clifford 0.123, Miguel 0.122, Oscar 0.122, Jay 0.118, Jim
    0.118, Tom 0.117, Calvin 0.115, Alex 0.115, Jon 0.115, Ronnie 0.113, Bill 0.112, Lloyd
    0.112, Tommy 0.112, Leon 0.112, Derek 0.112, Warren 0.110, Darrell 0.108, Jerome 0.108,
    Floyd 0.107, Leo 0.106, Alvin 0.105, Tim 0.104, Wesley 0.104, Gordon 0.104, Dean 0.104, Greg
    0.104, Jorge 0.104, Dustin 0.103, Pedro 0.103, Derrick 0.103, Dan 0.101, Lewis 0.099,
    Zachary 0.099, Corey 0.098, Herman 0.097, Maurice 0.097, Vernon 0.097, Roberto 0.097, Clyde
    0.095, Glen 0.094, Hector 0.094, Shane 0.093, Ricardo 0.093, Sam 0.092, Rick 0.091, Lester
    0.091, Brent 0.090, Ramon 0.090, Charlie 0.090, Tyler 0.089, Gilbert 0.089, Gene 0.087, Marc
    0.087, Reginald 0.084, Ruben 0.082, Brett 0.082, Angel 0.082, Nathaniel 0.081, Rafael 0.081,
    Leslie 0.081, Edgar 0.080, Milton 0.080, Raul 0.079, Ben 0.078, Chester 0.078, Cecil 0.078,
    Duane 0.077, Franklin 0.077, Andre 0.076, Elmer 0.074, Brad 0.073, Gabriel 0.073, Ron 0.072,
    Mitchell 0.072, Roland 0.072, Arnold 0.072, Harvey 0.072, Jared 0.071, Adrian 0.069, Karl
    0.069, Cory 0.068, Claude 0.068, Erik 0.068, Darryl 0.067, Jamie 0.066, Neil 0.066, Jessie
    0.065, Christian 0.065, Javier 0.065, Fernando 0.065, Clinton 0.065, Ted 0.064, Mathew
    0.064, Tyrone 0.064, Darren 0.064, Lonnie 0.064, Lance 0.063, Cody 0.063, Julio 0.063, Kelly
    0.063, Kurt 0.062, Allan 0.061, Nelson 0.061, Guy 0.060, Clayton 0.060, Hugh 0.060, Max
    0.059, Dwayne 0.059, Dwight 0.058, Armando 0.058, Felix 0.058, Jimmie 0.058, Everett 0.057,
    Jordan 0.056, Ian 0.056, Wallace 0.056, Ken 0.055, Bob 0.055, Jaime 0.055, Casey 0.054,
    Alfredo 0.054, Alberto 0.053, Dave 0.053, Ivan 0.053, Johnnie 0.052, Sidney 0.052, Byron
    0.052, Julian 0.052, Isaac 0.051, Morris 0.051, Clifton 0.050, Willard 0.050, Daryl 0.050,
    Ross 0.050, Virgil 0.049, Andy 0.049, Marshall 0.049, Salvador 0.049, Perry 0.049, Kirk
    0.049, Sergio 0.049, Marion 0.048, Tracy 0.048, Seth 0.048, Kent 0.048, Terrance 0.048, Rene
    0.048, Eduardo 0.047, Terrence 0.047, Enrique 0.046, Freddie 0.046, Wade 0.045, Austin
    0.044, Stuart 0.044, Fredrick 0.043, Arturo 0.043, Alejandro 0.043, Jackie 0.043, Joey
    0.043, Nick 0.043, Luther 0.043, Wendell 0.042, Jeremiah 0.042, Evan 0.042, Julius 0.042,
    Dana 0.042, Donnie 0.041, Otis 0.041, Shannon 0.040, Trevor 0.040, Oliver 0.040, Luke 0.040,
    Homer 0.040, Gerard 0.040, Doug 0.040, Kenny 0.039, Hubert 0.039, Angelo 0.039, Shaun 0.039,
    Lyle 0.038, Matt 0.038, Lynn 0.038, Alfonso 0.038, Orlando 0.037, Rex 0.037, Carlton 0.037,
    Ernesto 0.037, Cameron 0.037, Neal 0.037, Pablo 0.036, Lorenzo 0.036, Omar 0.036, Wilbur
    0.036, Blake 0.036, Grant 0.036, Horace 0.036, Roderick 0.036, Kerry 0.036, Abraham 0.035,
    Willis 0.035, Rickey 0.035, Jean 0.035, Ira 0.035, Andres 0.034, Cesar 0.034, Johnathan
    0.034, Malcolm 0.034, Rudolph 0.034, Damon 0.034, Kelvin 0.034, Rudy 0.034, Preston 0.034,
    Alton 0.033, Archie 0.033, Marco 0.033, Pete 0.032, Randolph 0.032, Garry 0.032, Geoffrey
    0.032, Jonathon 0.032, Felipe 0.032, Bennie 0.032, Gerardo 0.032, Ed 0.032, Dominic 0.032,
    Robin 0.032, Loren 0.032, Delbert 0.031, Colin 0.031, Guillermo 0.031, Earnest 0.031, Lucas
    0.031, Benny 0.030, Noel 0.030, Spencer 0.030, Rodolfo 0.030, Myron 0.030, Edmund 0.030,
    Garrett 0.029, Salvatore 0.029, Cedric 0.029, Lowell 0.029, Gregg 0.029, Sherman 0.028,
    Wilson 0.028, Devin 0.028, Sylvester 0.028, Kim 0.028, Roosevelt 0.028, Israel 0.028,
    Jermaine 0.028, Forrest 0.027
"""
)
# US Census 1990, dist.all.last: the first 420 surnames; `Mc` and `O'` written as people write them.
US_S = census(
    """
    Smith 1.006, Johnson 0.810, Williams 0.699, Jones 0.621, Brown 0.621, Davis 0.480, Miller
    0.424, Wilson 0.339, Moore 0.312, Taylor 0.311, Anderson 0.311, Thomas 0.311, Jackson 0.310,
    White 0.279, Harris 0.275, Martin 0.273, Thompson 0.269, Garcia 0.254, Martinez 0.234,
    Robinson 0.233, Clark 0.231, Rodriguez 0.229, Lewis 0.226, Lee 0.220, Walker 0.219, Hall
    0.200, Allen 0.199, Young 0.193, Hernandez 0.192, King 0.190, Wright 0.189, Lopez 0.187,
    Hill 0.187, Scott 0.185, Green 0.183, Adams 0.174, Baker 0.171, Gonzalez 0.166, Nelson
    0.162, Carter 0.162, Mitchell 0.160, Perez 0.155, Roberts 0.153, Turner 0.152, Phillips
    0.149, Campbell 0.149, Parker 0.146, Evans 0.141, Edwards 0.137, Collins 0.134, Stewart
    0.133, Sanchez 0.130, Morris 0.125, Rogers 0.123, Reed 0.122, Cook 0.120, Morgan 0.118, Bell
    0.117, Murphy 0.117, Bailey 0.115, Rivera 0.113, Cooper 0.113, Richardson 0.112, Cox 0.110,
    Howard 0.110, Ward 0.108, Torres 0.108, Peterson 0.107, Gray 0.106, Ramirez 0.105, James
    0.105, Watson 0.103, Brooks 0.103, Kelly 0.102, Sanders 0.100, Price 0.099, Bennett 0.099,
    Wood 0.098, Barnes 0.097, Ross 0.096, Henderson 0.095, Coleman 0.095, Jenkins 0.095, Perry
    0.094, Powell 0.093, Long 0.092, Patterson 0.092, Hughes 0.092, Flores 0.092, Washington
    0.092, Butler 0.091, Simmons 0.091, Foster 0.091, Gonzales 0.087, Bryant 0.087, Alexander
    0.085, Russell 0.085, Griffin 0.084, Diaz 0.084, Hayes 0.083, Myers 0.083, Ford 0.082,
    Hamilton 0.082, Graham 0.082, Sullivan 0.081, Wallace 0.081, Woods 0.080, Cole 0.080, West
    0.080, Jordan 0.078, Owens 0.078, Reynolds 0.078, Fisher 0.077, Ellis 0.077, Harrison 0.076,
    Gibson 0.075, McDonald 0.075, Cruz 0.075, Marshall 0.075, Ortiz 0.075, Gomez 0.075, Murray
    0.074, Freeman 0.074, Wells 0.073, Webb 0.072, Simpson 0.070, Stevens 0.070, Tucker 0.070,
    Porter 0.069, Hunter 0.069, Hicks 0.069, Crawford 0.068, Henry 0.068, Boyd 0.068, Mason
    0.068, Morales 0.067, Kennedy 0.067, Warren 0.067, Dixon 0.066, Ramos 0.066, Reyes 0.066,
    Burns 0.065, Gordon 0.065, Shaw 0.065, Holmes 0.065, Rice 0.064, Robertson 0.064, Hunt
    0.063, Black 0.063, Daniels 0.062, Palmer 0.062, Mills 0.061, Nichols 0.060, Grant 0.060,
    Knight 0.060, Ferguson 0.059, Rose 0.059, Stone 0.059, Hawkins 0.059, Dunn 0.058, Perkins
    0.058, Hudson 0.058, Spencer 0.057, Gardner 0.057, Stephens 0.057, Payne 0.057, Pierce
    0.056, Berry 0.056, Matthews 0.056, Arnold 0.056, Wagner 0.055, Willis 0.055, Ray 0.055,
    Watkins 0.055, Olson 0.055, Carroll 0.055, Duncan 0.055, Snyder 0.055, Hart 0.054,
    Cunningham 0.054, Bradley 0.054, Lane 0.054, Andrews 0.054, Ruiz 0.054, Harper 0.054, Fox
    0.053, Riley 0.053, Armstrong 0.053, Carpenter 0.053, Weaver 0.053, Greene 0.053, Lawrence
    0.052, Elliott 0.052, Chavez 0.052, Sims 0.052, Austin 0.052, Peters 0.052, Kelley 0.052,
    Franklin 0.051, Lawson 0.051, Fields 0.051, Gutierrez 0.051, Ryan 0.051, Schmidt 0.051, Carr
    0.051, Vasquez 0.051, Castillo 0.051, Wheeler 0.051, Chapman 0.050, Oliver 0.050, Montgomery
    0.049, Richards 0.049, Williamson 0.049, Johnston 0.049, Banks 0.048, Meyer 0.048, Bishop
    0.048, McCoy 0.048, Howell 0.048, Alvarez 0.048, Morrison 0.048, Hansen 0.047, Fernandez
    0.047, Garza 0.047, Harvey 0.047, Little 0.046, Burton 0.046, Stanley 0.046, Nguyen 0.046,
    George 0.046, Jacobs 0.046, Reid 0.046, Kim 0.045, Fuller 0.045, Lynch 0.045, Dean 0.045,
    Gilbert 0.045, Garrett 0.045, Romero 0.045, Welch 0.044, Larson 0.044, Frazier 0.044, Burke
    0.044, Hanson 0.043, Day 0.043, Mendoza 0.043, Moreno 0.043, Bowman 0.043, Medina 0.042,
    Fowler 0.042, Brewer 0.042, Hoffman 0.042, Carlson 0.042, Silva 0.042, Pearson 0.042,
    Holland 0.042, Douglas 0.041, Fleming 0.041, Jensen 0.041, Vargas 0.041, Byrd 0.041,
    Davidson 0.041, Hopkins 0.041, May 0.040, Terry 0.040, Herrera 0.040, Wade 0.040, Soto
    0.040, Walters 0.040, Curtis 0.040, Neal 0.039, Caldwell 0.039, Lowe 0.039, Jennings 0.039,
    Barnett 0.039, Graves 0.039, Jimenez 0.039, Horton 0.039, Shelton 0.039, Barrett 0.039,
    O'Brien 0.039, Castro 0.039, Sutton 0.038, Gregory 0.038, McKinney 0.038, Lucas 0.038, Miles
    0.038, Craig 0.038, Rodriquez 0.037, Chambers 0.037, Holt 0.037, Lambert 0.037, Fletcher
    0.037, Watts 0.037, Bates 0.037, Hale 0.037, Rhodes 0.037, Pena 0.037, Beck 0.037, Newman
    0.036, Haynes 0.036, McDaniel 0.036, Mendez 0.036, Bush 0.036, Vaughn 0.036, Parks 0.035,
    Dawson 0.035, Santiago 0.035, Norris 0.035, Hardy 0.035, Love 0.035, Steele 0.035, Curry
    0.035, Powers 0.035, Schultz 0.035, Barker 0.035, Guzman 0.034, Page 0.034, Munoz 0.034,
    Ball 0.034, Keller 0.034, Chandler 0.034, Weber 0.034, Leonard 0.034, Walsh 0.033, Lyons
    0.033, Ramsey 0.033, Wolfe 0.033, Schneider 0.033, Mullins 0.033, Benson 0.033, Sharp 0.033,
    Bowen 0.033, Daniel 0.033, Barber 0.032, Cummings 0.032, Hines 0.032, Baldwin 0.032,
    Griffith 0.032, Valdez 0.032, Hubbard 0.032, Salazar 0.032, Reeves 0.032, Warner 0.031,
    Stevenson 0.031, Burgess 0.031, Santos 0.031, Tate 0.031, Cross 0.031, Garner 0.031, Mann
    0.031, Mack 0.031, Moss 0.031, Thornton 0.031, Dennis 0.031, McGee 0.031, Farmer 0.030,
    Delgado 0.030, Aguilar 0.030, Vega 0.030, Glover 0.030, Manning 0.030, Cohen 0.030, Harmon
    0.030, Rodgers 0.030, Robbins 0.030, Newton 0.030, Todd 0.030, Blair 0.030, Higgins 0.030,
    Ingram 0.030, Reese 0.030, Cannon 0.030, Strickland 0.030, Townsend 0.030, Potter 0.030,
    Goodwin 0.030, Walton 0.030, Rowe 0.029, Hampton 0.029, Ortega 0.029, Patton 0.029, Swanson
    0.029, Joseph 0.029, Francis 0.029, Goodman 0.029, Maldonado 0.029, Yates 0.029, Becker
    0.029, Erickson 0.029, Hodges 0.029, Rios 0.029, Conner 0.029, Adkins 0.029, Webster 0.028,
    Norman 0.028, Malone 0.028, Hammond 0.028, Flowers 0.028, Cobb 0.028, Moody 0.028, Quinn
    0.028, Blake 0.028, Maxwell 0.028, Pope 0.028, Floyd 0.027, Osborne 0.027, Paul 0.027,
    McCarthy 0.027, Guerrero 0.027, Lindsey 0.027, Estrada 0.027, Sandoval 0.027, Gibbs 0.027,
    Tyler 0.027, Gross 0.027, Fitzgerald 0.027, Stokes 0.027, Doyle 0.027, Sherman 0.027
"""
)

# UK: given names in the order of the ONS rankings over the generations now living (the commonest of
# the 1960s to the 2020s lists), surnames in the order of the ONS/registers' commonest; 1/rank.
UK_F = ranked(
    """
    Sarah, Emma, Claire, Laura, Rebecca, Gemma, Rachel, Lisa, Nicola, Kelly,
    Amy, Samantha, Hannah, Jessica, Charlotte, Lauren, Emily, Sophie, Olivia, Amelia,
    Jennifer, Helen, Karen, Susan, Julie, Margaret, Elizabeth, Catherine, Victoria, Louise,
    Joanne, Michelle, Jane, Alison, Deborah, Caroline, Natalie, Stephanie, Katie, Lucy,
    Chloe, Megan, Ellie, Grace, Isla, Ava, Mia, Isabella, Poppy, Jade,
    Kirsty, Zoe, Danielle, Leanne, Hayley, Stacey, Sian, Kerry, Donna, Angela,
    Tracey, Wendy, Dawn, Sharon, Linda, Patricia, Christine, Janet, Carol, Pauline,
    Jacqueline, Gillian, Fiona, Lorraine, Anne, Mary, Kathleen, Sandra, Joan, Dorothy,
    Barbara, Jean, Eileen, Valerie, Maureen, Shirley, Lynne, Anna, Holly, Georgia,
    Abigail, Eleanor, Bethany, Freya, Evie, Ruby, Daisy, Phoebe, Millie, Lily,
    Jasmine, Alice, Erin, Niamh, Katherine, Kate, Heather, Joanna, Rosie, Abbie,
    Harriet, Imogen, Florence, Matilda, Esme, Sienna, Willow, Elsie, Ivy, Rosemary,
    Beverley, Tina, Diane, Yvonne, Teresa, Catriona, Morag, Eilidh, Rhiannon, Ffion,
    Bethan, Cerys, Carys, Amber, Jodie, Becky, Charlene, Leah, Melissa, Paula,
    Vicky, Andrea, Suzanne, Kim, Tanya, Sally, Frances, Judith, Brenda, Gail,
    Sheila, Irene, Marion, Doreen, Sylvia, Hazel, Rita, Elaine, Lesley, Gwen,
    Kayleigh, Chelsea, Shannon, Courtney, Aimee, Jenna, Toni, Kimberley, Sophia, Isabelle,
    Maisie, Scarlett, Layla, Aria, Elodie, Orla, Aoife, Siobhan, Bronwen, Mairead,
    Harper, Maya, Nancy, Edith, Mabel, Martha, Beatrice, Clara, Iris, Penelope,
    Hollie, Lydia, Naomi, Amira, Aisha, Fatima, Zara, Priya, Anya, Ayesha,
    Hermione, Philippa, Tamsin, Bryony, Verity, Henrietta, Felicity, Octavia, Persephone, Primrose,
    """,
    150,
)
UK_M = ranked(
    """
    David, John, Paul, Andrew, Mark, James, Michael, Richard, Peter, Robert,
    Stephen, Christopher, Ian, Daniel, Thomas, Matthew, Steven, Simon, Gary, Anthony,
    Jonathan, Alan, Martin, Kevin, Neil, Jason, Craig, Lee, Darren, Stuart,
    Graham, Colin, Kenneth, Brian, William, George, Jack, Oliver, Harry, Charlie,
    Joshua, Samuel, Benjamin, Adam, Luke, Ryan, Liam, Jamie, Scott, Ben,
    Joseph, Alexander, Nathan, Jake, Callum, Connor, Jordan, Kieran, Dean, Wayne,
    Shaun, Carl, Philip, Keith, Barry, Trevor, Roger, Nigel, Malcolm, Derek,
    Raymond, Terence, Dennis, Gordon, Edward, Henry, Alfie, Noah, Leo, Oscar,
    Archie, Freddie, Arthur, Theo, Jacob, Ethan, Dylan, Lewis, Aaron, Sean,
    Patrick, Gareth, Rhys, Owen, Dafydd, Hamish, Fraser, Euan, Ross, Alistair,
    Duncan, Angus, Declan, Ciaran, Tom, Tony, Dave, Mike, Steve, Chris,
    Jeffrey, Graeme, Gavin, Glenn, Jeremy, Julian, Rupert, Giles, Hugo, Sebastian,
    Toby, Max, Finley, Harvey, Reuben, Jenson, Mason, Logan, Louie, Tyler,
    Bradley, Ashley, Jay, Dale, Mohammed, Muhammad, Ali, Omar, Ibrahim, Hassan,
    Leslie, Frederick, Albert, Ernest, Stanley, Harold, Norman, Douglas, Donald, Frank,
    Roy, Clive, Geoffrey, Howard, Leonard, Victor, Vincent, Terry, Rory, Conor,
    Tristan, Jasper, Felix, Rufus, Barnaby, Crispin, Piers, Quentin, Rhodri, Iwan,
    Gethin, Emyr, Aled, Cai, Morgan, Evan, Elliot, Finn, Kai, Zachary,
    Isaac, Elijah, Louis, Reggie, Ronnie, Teddy, Albie, Jimmy, Arlo, Hunter,
    Dominic, Nicholas, Vernon, Lionel, Cyril, Wilfred, Percy, Reginald, Humphrey, Ralph,
    Sanjay, Rajesh, Amir, Imran, Tariq, Kwame, Kofi, Tunde, Chidi, Emeka,
    """,
    150,
)
UK_S = ranked(
    """
    Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson,
    Roberts, Robinson, Thompson, Wright, Walker, White, Edwards, Hughes, Green, Hall,
    Lewis, Harris, Clarke, Patel, Jackson, Wood, Turner, Martin, Cooper, Hill,
    Ward, Morris, Moore, Clark, Lee, King, Baker, Harrison, Morgan, Allen,
    James, Scott, Phillips, Watson, Davis, Parker, Price, Bennett, Young, Griffiths,
    Mitchell, Kelly, Cook, Carter, Richardson, Bailey, Collins, Bell, Shaw, Murphy,
    Miller, Cox, Richards, Khan, Marshall, Anderson, Simpson, Ellis, Adams, Singh,
    Begum, Wilkinson, Foster, Chapman, Powell, Webb, Rogers, Gray, Mason, Ali,
    Hunt, Hussain, Campbell, Matthews, Owen, Palmer, Holmes, Mills, Barnes, Knight,
    Lloyd, Butler, Russell, Barker, Fisher, Stevens, Jenkins, Murray, Dixon, Harvey,
    Graham, Pearson, Ahmed, Fletcher, Walsh, Kaur, Gibson, Howard, Andrews, Stewart,
    Elliott, Reynolds, Saunders, Payne, Fox, Ford, Pearce, Day, Brooks, West,
    Lawrence, Cole, Atkinson, Bradley, Spencer, Gill, Dawson, Ball, Burton, O'Brien,
    Watts, Rose, Booth, Perry, Ryan, Grant, Wells, Armstrong, Francis, Rees,
    Hayes, Hart, Hudson, Newman, Barrett, Webster, Hunter, Gregory, Carr, Lowe,
    Page, Marsh, Riley, Dunn, Woods, Parsons, Berry, Stone, Reid, Holland,
    Hawkins, Harding, Porter, Robertson, Newton, Oliver, Reed, Kennedy, Williamson, Bird,
    Gardner, Shah, Dean, Lane, Cooke, Bates, Henderson, Parry, Burgess, Bishop,
    Walton, Burns, Nicholson, Shepherd, Ross, Cross, Long, Freeman, Warren, Nicholls,
    Hamilton, Byrne, Sutton, McDonald, Yates, Hodgson, Robson, Curtis, Hopkins, O'Connor,
    Harper, Coleman, Watkins, Moss, McCarthy, Chambers, O'Neill, Griffin, Sharp, Hardy,
    Wheeler, Potter, Osborne, Johnston, Gordon, Doyle, Wallace, George, Jordan, Hutchinson,
    Reeves, Pritchard, Whitehouse, Thornton, Sheppard, Lambert, Fleming, Horton, Howells, Bowen,
    Rowe, Knowles, Jarvis, Tucker, Brennan, Farrell, Quinn, MacLeod, Fraser, Mackenzie,
    Llewellyn, Vaughan, Humphreys, Bevan, Pugh, Jennings, Goodwin, Blackburn, Dale, Norris,
    Fitzgerald, Gallagher, Kavanagh, Donnelly, Duffy, Hartley, Ashworth, Haworth, Greenwood, Sutcliffe,
    Chaudhry, Mahmood, Iqbal, Akhtar, Rahman, Uddin, Islam, Mistry, Chauhan, Nwosu,
    Okafor, Mensah, Nowak, Kowalski, Lewandowski, Wiśniewski, Rossi, Costa, Silva, Ferreira,
    Bradshaw, Buckley, Cartwright, Hollingsworth, Whitfield, Ramsbottom, Featherstone, Higginbotham, Oldroyd, Pilkington,
    """,
    150,
)

# The origins common in Sweden: the commonest given names and surnames of each, 1/rank, head 10.
# Finnish (Sweden Finns, several generations).
FI_F = ranked(
    "Marja, Anneli, Tuula, Pirjo, Sirpa, Leena, Ritva, Raija, Seija, Päivi, Tarja, Riitta, Eija, Arja, Kaija, Liisa, Hannele, Maarit, Satu, Terttu, Aila, Maija, Sari, Kirsi, Aino, Helmi",
    10,
)
FI_M = ranked(
    "Juha, Timo, Kari, Matti, Jari, Pekka, Antti, Heikki, Markku, Jukka, Mikko, Seppo, Esa, Pentti, Tapio, Hannu, Raimo, Veikko, Kalevi, Ilkka, Erkki, Pertti, Jouko, Reijo, Olavi, Eino",
    10,
)
FI_S = ranked(
    "Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen",
    10,
)
# Arabic: Iraq, Syria, Lebanon, Palestine; Assyrian/Syriac names among them (Södertälje, Norrköping).
AR_F = ranked(
    "Fatima, Maryam, Zainab, Noor, Sara, Amal, Hiba, Rania, Huda, Layla, Aya, Rana, Lina, Samira, Nadia, Yasmin, Shamiram, Ninve, Marta, Nahrain, Souad, Hanan, Dima, Ghada, Reem, Rim",
    10,
)
AR_M = ranked(
    "Mohammed, Ahmad, Ali, Hassan, Hussein, Omar, Khaled, Mustafa, Ibrahim, Yousef, Mahmoud, Abdullah, Karim, Ammar, Haidar, Abbas, Said, Sami, Tariq, Rami, Fadi, Ninos, Sargon, Gabriel, Aziz, Bashar, Jamal, Elias",
    10,
)
AR_S = ranked(
    "Ali, Mohammed, Ahmed, Hassan, Hussein, Ibrahim, Abdullah, Khalil, Saleh, Mahmoud, Yousef, Al-Saadi, Al-Obaidi, Al-Jabouri, Al-Khatib, Haddad, Khoury, Nasser, Hamid, Aziz, Jabbar, Abbas, Kadhim, Shamoun, Barsoum, Gabriel, Isa, Yacoub, Saliba, Malke, Danho, Lahdo, Shabo, Bahnan, Aho",
    10,
)
# Somali (given name, then the father's name as surname).
SO_F = ranked(
    "Fadumo, Amina, Hodan, Sahra, Hawa, Asha, Ayan, Nimco, Hibo, Safiya, Khadija, Ubah, Deeqa, Sagal, Ifrah, Halima, Maryan, Filsan, Ladan, Hamdi, Idil, Muna",
    10,
)
SO_M = ranked(
    "Abdi, Mohamed, Ahmed, Abdirahman, Abdullahi, Hassan, Ali, Omar, Yusuf, Mahad, Liban, Abdikarim, Said, Farah, Hussein, Ismail, Abdiaziz, Mustafe, Jama, Osman, Guled, Bashir",
    10,
)
SO_S = ranked(
    "Mohamed, Ahmed, Ali, Hassan, Abdi, Hussein, Omar, Farah, Yusuf, Ismail, Osman, Warsame, Jama, Aden, Abdullahi, Mohamud, Nur, Hirsi, Dahir, Egal, Abdirahman, Isse, Gedi, Elmi, Duale",
    10,
)
# Polish (a woman's -ski/-cki surname is written -ska/-cka when drawn).
PL_F = ranked(
    "Anna, Katarzyna, Maria, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Elżbieta, Magdalena, Joanna, Aleksandra, Monika, Zofia, Teresa, Danuta, Natalia, Karolina, Marta, Beata, Dorota, Justyna, Jadwiga, Grażyna",
    10,
)
PL_M = ranked(
    "Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Jan, Michał, Marcin, Stanisław, Jakub, Adam, Marek, Łukasz, Grzegorz, Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Jerzy, Maciej, Rafał, Kamil, Robert",
    10,
)
PL_S = ranked(
    "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Wojciechowski, Kwiatkowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Wróbel, Nowakowski, Majewski, Olszewski, Jasiński, Zawadzki, Sadowski, Górecki",
    10,
)
# Persian (Iran).
FA_F = ranked(
    "Maryam, Fatemeh, Zahra, Narges, Leila, Shirin, Parisa, Mina, Sara, Nasrin, Azadeh, Roya, Mahsa, Elham, Shabnam, Neda, Golnaz, Samira, Parvin, Nazanin, Soheila, Fereshteh",
    10,
)
FA_M = ranked(
    "Mohammad, Ali, Reza, Hossein, Mehdi, Amir, Hamid, Saeed, Majid, Behzad, Babak, Farhad, Kaveh, Dariush, Arash, Omid, Navid, Peyman, Ramin, Shahram, Kamran, Hamed",
    10,
)
FA_S = ranked(
    "Mohammadi, Hosseini, Ahmadi, Rezaei, Moradi, Karimi, Jafari, Rahimi, Hashemi, Mousavi, Ghorbani, Sadeghi, Rostami, Kazemi, Alavi, Nazari, Tehrani, Shirazi, Farahani, Ebrahimi, Amini, Bagheri, Zamani, Sharifi",
    10,
)
# Bosnian, Serbian and Croatian.
BCS_F = ranked(
    "Amela, Emina, Selma, Jasmina, Aida, Merima, Ana, Marija, Jelena, Ivana, Snežana, Mirela, Lejla, Sanela, Dragana, Vesna, Mirjana, Azra, Senada, Maja, Gordana, Alma",
    10,
)
BCS_M = ranked(
    "Emir, Adnan, Amir, Admir, Edin, Mirza, Dragan, Zoran, Goran, Nenad, Milan, Ivan, Marko, Stefan, Dejan, Senad, Jasmin, Nikola, Kemal, Haris, Mehmed, Elvir",
    10,
)
BCS_S = ranked(
    "Hodžić, Hadžić, Begić, Delić, Kovačević, Hasanović, Mehmedović, Husić, Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Horvat, Kovačić, Babić, Marić, Jurić, Novak, Knežević, Pavlović, Popović, Mujić, Alić, Omerović, Salihović",
    10,
)
# Turkish.
TR_F = ranked(
    "Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Meryem, Şerife, Sultan, Zehra, Hülya, Esra, Özlem, Gül, Yasemin, Derya, Sevgi, Aysel, Nurten, Filiz",
    10,
)
TR_M = ranked(
    "Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Osman, Yusuf, Murat, Ömer, Ramazan, Halil, Süleyman, Abdullah, Mahmut, Salih, Kemal, Emre, Burak, Serkan",
    10,
)
TR_S = ranked(
    "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Korkmaz, Erdoğan, Aksoy",
    10,
)
# Kurdish (Iraq, Turkey, Iran, Syria).
KU_F = ranked(
    "Berivan, Dilan, Rojin, Shilan, Avin, Helin, Zozan, Nazdar, Bahar, Gulistan, Jiyan, Ronak, Sherin, Hana, Rezan, Evin, Nishtiman, Lana, Dilva, Zilan",
    10,
)
KU_M = ranked(
    "Kawa, Karwan, Rebwar, Hiwa, Dilshad, Azad, Aram, Shwan, Sherzad, Serhat, Baran, Rebin, Zana, Diyar, Hemin, Soran, Dara, Ako, Bakhtiyar, Kamaran, Sirwan, Hawre",
    10,
)
KU_S = ranked(
    "Ahmed, Mohammed, Rashid, Karim, Abdullah, Hussein, Omar, Aziz, Saleh, Mahmoud, Hamad, Kurdi, Zangana, Jaff, Amin, Qadir, Rasul, Faraj, Salih, Muhammad, Sharif, Haji, Bakr, Tahir",
    10,
)
# Eritrean (and Ethiopian): the father's given name as surname.
ER_F = ranked(
    "Saba, Senait, Selam, Helen, Meron, Yordanos, Tsega, Freweyni, Lidya, Ruta, Hiwet, Rahwa, Mebrat, Feven, Sara, Almaz, Abeba, Tsehay, Mihret, Eden",
    10,
)
ER_M = ranked(
    "Yonas, Daniel, Dawit, Samuel, Michael, Tesfay, Yohannes, Tekle, Mehari, Filmon, Robel, Amanuel, Habtom, Biniam, Kidane, Goitom, Ermias, Berhane, Haile, Teklay, Yemane, Semere",
    10,
)
ER_S = ranked(
    "Tesfay, Tekle, Haile, Berhane, Ghebremedhin, Gebremariam, Tesfamariam, Kidane, Mehari, Ghebreyesus, Abraha, Woldu, Habte, Andemariam, Yemane, Teklehaimanot, Asmerom, Negash, Zerai, Ghirmay, Kahsay, Mebrahtu, Okbamichael",
    10,
)
# Afghan.
AF_F = ranked(
    "Fatima, Maryam, Zahra, Masuda, Nasima, Farzana, Parwana, Mariam, Sakina, Laila, Shabnam, Nilofar, Zarghona, Mursal, Hosai, Mahboba, Roya, Khadija, Frishta, Gulalai",
    10,
)
AF_M = ranked(
    "Mohammad, Ahmad, Ali, Abdul, Mustafa, Hamid, Jawad, Sayed, Hussain, Mahdi, Rahim, Habib, Karim, Nasir, Javid, Farid, Wahid, Zabihullah, Rahmatullah, Sultan, Jamshid, Shafiq, Ehsan, Morteza",
    10,
)
AF_S = ranked(
    "Ahmadi, Mohammadi, Hussaini, Rahimi, Karimi, Sultani, Hakimi, Rezaie, Jafari, Amiri, Noori, Haidari, Sadat, Stanikzai, Popal, Safi, Wardak, Hashimi, Azimi, Nazari, Yousufzai, Rasuli, Qaderi, Habibi",
    10,
)
# Thai.
TH_F = ranked(
    "Siriporn, Kanokwan, Pranee, Sunisa, Wanpen, Nittaya, Supaporn, Malee, Jintana, Somporn, Ratana, Pornpimol, Araya, Duangjai, Wilaiwan, Orathai, Kulap, Prapai, Sukanya, Nantana",
    10,
)
TH_M = ranked(
    "Somchai, Somsak, Prasert, Sompong, Chaiwat, Anan, Surachai, Wichai, Somboon, Boonmee, Kittisak, Thanakorn, Apichat, Narong, Sakda, Manop, Niran, Suwit",
    10,
)
TH_S = ranked(
    "Saetang, Srisuk, Wongsawat, Chaiyaporn, Boonmee, Rattanakorn, Suksawat, Jaidee, Thongchai, Kaewkla, Phromma, Sombat, Inthong, Kongsuk, Bunyasit, Sukprasert, Wongsuwan, Charoensuk, Srisawat, Nakprasert",
    10,
)
# Chilean and Latin American (two surnames, the father's and the mother's).
LA_F = ranked(
    "María, Carolina, Claudia, Patricia, Francisca, Paula, Camila, Daniela, Valentina, Javiera, Catalina, Constanza, Andrea, Ximena, Marcela, Gabriela, Verónica, Fernanda, Lorena, Paola, Soledad, Carmen, Rosa",
    10,
)
LA_M = ranked(
    "José, Juan, Luis, Carlos, Jorge, Pablo, Francisco, Sebastián, Diego, Felipe, Cristián, Rodrigo, Matías, Andrés, Patricio, Gonzalo, Claudio, Manuel, Pedro, Mauricio, Alejandro, Víctor, Héctor",
    10,
)
LA_S = ranked(
    "González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo, Tapia, Reyes, Gutiérrez, Castro, Pizarro, Álvarez, Vásquez, Sánchez, Fernández",
    10,
)
# Ukrainian (transliterated as in passports issued since 2010).
UA_F = ranked(
    "Olena, Tetiana, Nataliia, Iryna, Oksana, Svitlana, Yuliia, Olha, Mariia, Kateryna, Anastasiia, Viktoriia, Liudmyla, Halyna, Alina, Nadiia, Anna, Valentyna, Daria, Inna",
    10,
)
UA_M = ranked(
    "Oleksandr, Serhii, Volodymyr, Andrii, Mykola, Oleh, Dmytro, Vasyl, Ivan, Yurii, Viktor, Ihor, Mykhailo, Vitalii, Bohdan, Maksym, Taras, Roman, Petro, Artem",
    10,
)
UA_S = ranked(
    "Melnyk, Shevchenko, Boiko, Kovalenko, Bondarenko, Tkachenko, Kovalchuk, Kravchenko, Oliinyk, Shevchuk, Koval, Polishchuk, Bondar, Tkachuk, Moroz, Marchenko, Lysenko, Rudenko, Savchenko, Petrenko, Klymenko, Pavlenko, Kravchuk, Kuzmenko",
    10,
)
# Indian (engineers and their families, many in Stockholm and Gothenburg).
IN_F = ranked(
    "Priya, Divya, Anjali, Pooja, Neha, Shreya, Sneha, Kavya, Deepa, Lakshmi, Swati, Aishwarya, Ananya, Meera, Ritu, Sunita, Kavitha, Nisha, Sangeetha, Harpreet",
    10,
)
IN_M = ranked(
    "Rahul, Amit, Arun, Vijay, Rajesh, Suresh, Karthik, Vikram, Sandeep, Anil, Ravi, Sanjay, Manoj, Praveen, Aditya, Arjun, Rohit, Deepak, Srinivas, Gurpreet, Abhishek",
    10,
)
IN_S = ranked(
    "Singh, Kumar, Sharma, Patel, Gupta, Reddy, Rao, Nair, Iyer, Shah, Mehta, Joshi, Verma, Menon, Pillai, Krishnan, Agarwal, Chopra, Das, Banerjee, Mukherjee, Desai, Bhat",
    10,
)
# Chinese (pinyin, given name before surname as written in Sweden).
ZH_F = ranked(
    "Jing, Li, Yan, Ying, Hui, Min, Xin, Mei, Hong, Fang, Na, Ting, Qian, Xiaoyu, Yuqing, Jia, Wen, Lan, Yue, Xiaoyan",
    10,
)
ZH_M = ranked(
    "Wei, Lei, Jun, Tao, Hao, Jie, Yang, Bo, Peng, Chao, Qiang, Gang, Ming, Jian, Feng, Yong, Bin, Long, Zhiwei, Haoran",
    10,
)
ZH_S = ranked(
    "Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, He, Lin, Gao, Luo, Zheng, Liang",
    10,
)
# Romanian.
RO_F = ranked(
    "Maria, Elena, Ioana, Andreea, Ana, Mihaela, Alexandra, Gabriela, Cristina, Ramona, Florentina, Daniela, Georgiana, Simona, Roxana, Adriana, Alina, Raluca, Nicoleta, Elisabeta",
    10,
)
RO_M = ranked(
    "Ion, Gheorghe, Constantin, Alexandru, Andrei, Mihai, Ionuț, Florin, Marian, Vasile, Daniel, Adrian, Nicolae, Gabriel, Cristian, Ștefan, Dumitru, Bogdan, Ciprian, Marius",
    10,
)
RO_S = ranked(
    "Popa, Popescu, Pop, Radu, Dumitru, Stan, Stoica, Gheorghe, Matei, Ciobanu, Ionescu, Rusu, Munteanu, Constantin, Mihai, Lazăr, Dinu, Moldovan, Florea, Ene, Tudor, Iordache, Marin, Nistor",
    10,
)
# German.
DE_F = ranked(
    "Sabine, Petra, Susanne, Claudia, Andrea, Stefanie, Nicole, Julia, Anna, Katharina, Monika, Birgit, Heike, Ursula, Sandra, Christina, Martina, Kerstin, Laura, Lena",
    10,
)
DE_M = ranked(
    "Thomas, Michael, Andreas, Stefan, Peter, Frank, Markus, Christian, Klaus, Jürgen, Matthias, Alexander, Wolfgang, Martin, Uwe, Tobias, Dirk, Jan, Sebastian, Lukas, Florian, Daniel",
    10,
)
DE_S = ranked(
    "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, Hofmann, Hartmann",
    10,
)

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_F, SV_M, SV_S),
    "us": Origin(US_F, US_M, US_S),
    "uk": Origin(UK_F, UK_M, UK_S),
    "finnish": Origin(FI_F, FI_M, FI_S),
    "arabic": Origin(AR_F, AR_M, AR_S),
    "somali": Origin(SO_F, SO_M, SO_S),
    "polish": Origin(PL_F, PL_M, PL_S),
    "persian": Origin(FA_F, FA_M, FA_S),
    "bcs": Origin(BCS_F, BCS_M, BCS_S),
    "turkish": Origin(TR_F, TR_M, TR_S),
    "kurdish": Origin(KU_F, KU_M, KU_S),
    "eritrean": Origin(ER_F, ER_M, ER_S),
    "afghan": Origin(AF_F, AF_M, AF_S),
    "thai": Origin(TH_F, TH_M, TH_S),
    "latin": Origin(LA_F, LA_M, LA_S),
    "ukrainian": Origin(UA_F, UA_M, UA_S),
    "indian": Origin(IN_F, IN_M, IN_S),
    "chinese": Origin(ZH_F, ZH_M, ZH_S),
    "romanian": Origin(RO_F, RO_M, RO_S),
    "german": Origin(DE_F, DE_M, DE_S),
}

# Who is named, per language of the text: Swedish text roughly as Sweden's population is (and who
# rents cars and calls for a tow), English text mostly the US and the UK, mixed text Swedish first.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "bcs": 2.5, "persian": 2.5,
        "somali": 2, "kurdish": 1.5, "turkish": 1.5, "afghan": 1.5, "ukrainian": 1.3, "eritrean": 1.2,
        "thai": 1, "latin": 1, "german": 0.9, "romanian": 0.8, "indian": 0.8, "uk": 0.8,
        "chinese": 0.6, "us": 0.6,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 9, "indian": 4, "arabic": 2, "polish": 2, "latin": 2,
        "chinese": 1.5, "german": 1, "finnish": 1, "ukrainian": 0.8, "turkish": 0.8, "somali": 0.6,
        "persian": 0.6, "romanian": 0.6, "bcs": 0.5, "thai": 0.5, "afghan": 0.4, "eritrean": 0.4,
        "kurdish": 0.4,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 10, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
        "persian": 2.5, "indian": 2, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5, "afghan": 1.5,
        "ukrainian": 1.5, "eritrean": 1, "latin": 1, "thai": 1, "german": 1, "romanian": 1,
        "chinese": 1,
    },
}  # fmt: skip

# Typed without their letters about 30% of the time (`Wisniewski`, `Hodzic`, `Yilmaz`, `Munoz`).
PLAIN_TYPED = ("polish", "bcs", "turkish", "latin", "romanian")

# Short forms people go by: Swedish, and English for the US and the UK.
_NICK_SV = {
    "Lars": ("Lasse",), "Mikael": ("Micke",), "Karl": ("Kalle",), "Per": ("Pelle",), "Hans": ("Hasse",),
    "Magnus": ("Mange",), "Thomas": ("Tompa",), "Marcus": ("Mackan",), "Mattias": ("Matte",),
    "Fredrik": ("Fredde",), "Gustav": ("Gurra", "Gusse"), "Ulf": ("Uffe",), "Joakim": ("Jocke",),
    "Jan": ("Janne",), "Robert": ("Robban",), "Tobias": ("Tobbe",), "Torbjörn": ("Tobbe",),
    "Sebastian": ("Sebbe",), "Niklas": ("Nicke",), "Bengt": ("Bengan",), "Stefan": ("Steffe",),
    "Christoffer": ("Criffe", "Chris"), "Kristoffer": ("Kricke",), "Viktor": ("Vicke",),
    "Henrik": ("Henke",), "Kenneth": ("Kenta",), "Patrik": ("Patte",), "Peter": ("Peppe",),
    "Johan": ("Jojje",), "Anders": ("Ante",), "Alexander": ("Alex",), "Daniel": ("Danne",),
    "Roger": ("Roggan",), "Lennart": ("Lelle",),
    "Kristina": ("Stina", "Kicki"), "Margareta": ("Maggan", "Greta"), "Elisabeth": ("Lisa", "Bettan"),
    "Birgitta": ("Bittan", "Gittan"), "Charlotte": ("Lotta",), "Susanne": ("Sussie", "Sanna"),
    "Katarina": ("Kattis", "Kajsa"), "Caroline": ("Carro",), "Josefin": ("Jossan",), "Camilla": ("Millan",),
    "Madeleine": ("Madde",), "Jessica": ("Jessie",), "Johanna": ("Jojo",), "Mikaela": ("Micka",),
    "Anna": ("Annie",), "Gunilla": ("Gunnis",), "Ingegerd": ("Inga",),
    "Fredrika": ("Fia",), "Sofia": ("Fia", "Sofie"), "Viktoria": ("Vickan",), "Rebecka": ("Becka",),
}  # fmt: skip
_NICK_EN = {
    "William": ("Bill", "Will"), "Robert": ("Bob", "Rob", "Bobby"), "James": ("Jim", "Jimmy", "Jamie"),
    "Richard": ("Rick", "Rich"), "Michael": ("Mike", "Mick"), "Thomas": ("Tom", "Tommy"),
    "Christopher": ("Chris",), "Elizabeth": ("Liz", "Beth", "Lizzie"), "Margaret": ("Maggie", "Peggy"),
    "Jennifer": ("Jen", "Jenny"), "Katherine": ("Kate", "Katie"), "Catherine": ("Cathy", "Kate"),
    "Rebecca": ("Becky", "Becca"), "Samantha": ("Sam",), "Alexander": ("Alex",), "Daniel": ("Dan", "Danny"),
    "Matthew": ("Matt",), "Nicholas": ("Nick",), "Anthony": ("Tony",), "Edward": ("Ed", "Eddie", "Ted"),
    "Patricia": ("Pat", "Trish"), "Susan": ("Sue",), "Deborah": ("Debbie", "Deb"), "Joseph": ("Joe",),
    "David": ("Dave",), "Steven": ("Steve",), "Stephen": ("Steve",), "Andrew": ("Andy", "Drew"),
    "Benjamin": ("Ben",), "Jonathan": ("Jon",), "Victoria": ("Vicky", "Tori"), "Charlotte": ("Charlie", "Lottie"),
    "Jessica": ("Jess",), "Kimberly": ("Kim",), "Gregory": ("Greg",), "Timothy": ("Tim",),
    "Kenneth": ("Ken", "Kenny"), "Donald": ("Don",), "Ronald": ("Ron",), "Gerald": ("Gerry",),
    "Samuel": ("Sam",), "Oliver": ("Ollie",), "Abigail": ("Abby",), "Eleanor": ("Ellie",),
    "Amanda": ("Mandy",), "Philip": ("Phil",), "Peter": ("Pete",), "Lawrence": ("Larry",),
    "Frederick": ("Fred",), "Jacqueline": ("Jackie",), "Christine": ("Chris",), "Barbara": ("Barb",),
}  # fmt: skip
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": _NICK_SV,
    "us": _NICK_EN,
    "uk": _NICK_EN,
}
