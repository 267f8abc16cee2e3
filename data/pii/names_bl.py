# ruff: noqa: E501
"""Name pools of held-out BL (the forty-third writer): names weighted by how often people carry them.

Every pool is a list in the order of frequency with a weight per name and a head: the first
`head` names are the common ones, the rest the tail (rarer names). `generate_bl.py` draws a name
word from the head with HEAD_SHARE (0.8), else from the tail, by weight inside each part.

Sources, none of them checked against any list of the project:
- Sweden: given names and surnames in the order of SCB's name statistics (the number of people
  carrying each name), written from general knowledge; weight 1/rank. The surnames that SCB ranks
  high but that belong to the origins below (Ali, Mohammed, Ahmed, Hassan) are drawn there.
- United States: the US Census 1990 lists (public domain), copied from the `names==0.3.0`
  package's `dist.female.first`, `dist.male.first` and `dist.all.last`, with the census's per
  cent as weight (the first 500, 420 and 640 names; head the top 150).
- United Kingdom: given names and surnames in the order of the ONS rankings (adults' names of
  the decades of the rankings, from general knowledge); weight 1/rank.
- Seventeen origins common in Sweden, each in the writer's order of frequency, weight 1/rank.
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


def ranked(text: str, head: int) -> Pool:
    """Names separated by commas, in order of frequency: weight 1/rank; duplicates dropped."""
    names: list[str] = []
    for raw in text.split(","):
        name = raw.strip()
        if name and name not in names:
            names.append(name)
    return Pool(
        tuple(names), tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names) - 1)
    )


def weighted(text: str, head: int) -> Pool:
    """`Name per-cent` pairs separated by commas (the census lists)."""
    names: list[str] = []
    weights: list[float] = []
    for raw in text.split(","):
        if not raw.strip():
            continue
        name, share = raw.strip().rsplit(" ", 1)
        names.append(name)
        weights.append(float(share))
    return Pool(tuple(names), tuple(weights), head)


def plain(word: str) -> str:
    """A name as typed without its letters (`Wiśniewski` -> `Wisniewski`, `Yılmaz` -> `Yilmaz`)."""
    word = word.translate(
        str.maketrans(
            {"ł": "l", "Ł": "L", "ı": "i", "İ": "I", "đ": "d", "Đ": "D", "ø": "o", "ß": "ss"}
        )
    )
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname's feminine form (`Kowalski` -> `Kowalska`, `Nowicki` -> `Nowicka`)."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# Sweden (SCB's ranks, general knowledge; weight 1/rank).
SV_F = ranked(
    "Anna, Eva, Maria, Karin, Sara, Kristina, Lena, Emma, Kerstin, Marie, Malin, Ingrid, Jenny, "
    "Hanna, Linnéa, Annika, Inger, Sofia, Birgitta, Susanne, Elin, Monica, Linda, Johanna, Carina, "
    "Elisabeth, Ulla, Katarina, Sofie, Marianne, Julia, Helena, Ida, Camilla, Gunilla, Åsa, "
    "Cecilia, Anneli, Amanda, Ebba, Louise, Alice, Margareta, Agneta, Maja, Frida, Therese, Elsa, "
    "Barbro, Lisa, Anette, Ella, Josefin, Ulrika, Matilda, Wilma, Madeleine, Emelie, Ann, Lina, "
    "Caroline, Sandra, Gunnel, Jessica, Astrid, Moa, Klara, Linn, Ingela, Britt, Siv, Elisabet, Gun, "
    "Birgit, Ellen, Olivia, Isabelle, Ewa, Petra, Sanna, Agnes, Tove, Nathalie, Viktoria, "
    "Charlotte, Pia, Yvonne, Rebecka, Mona, Alva, Saga, Felicia, Ingegerd, Lovisa, Jennifer, "
    "Emilia, Elvira, Annelie, Mikaela, Stina, Tina, Vera, Ronja, Mia, Ann-Christin, Ann-Marie, "
    "Anna-Karin, Ann-Sofie, Eva-Lena, Freja, Selma, Ines, Tilda, Irene, Solveig, Gudrun, Margit, "
    "Ingeborg, Greta, Märta, Signe, Tyra, Alma, Edith, Lilly, Hilda, Elina, Thea, Ester, Maj, Siri, "
    "Nora, Stella, Julia, Emmy, Liv, Kajsa, Karolina, Helen, Annie, Eleonor, Hedvig, Fanny, Ylva, "
    "Karina, Britt-Marie, Lotta, Jeanette, Gunvor, Marita, Tuva, Nellie, Clara, Maud, Doris, "
    # tail: rarer names
    "Ann-Charlotte, Ann-Kristin, Eva-Britt, Gun-Britt, Ulla-Britt, Lise-Lott, Ing-Marie, Mari, "
    "Majken, Dagny, Sonja, Rut, Aina, Gerd, Berit, Lilian, Vivianne, Agda, Elvy, Majvor, Svea, "
    "Ingalill, Kristin, Rakel, Mathilda, Hillevi, Cornelia, Henrietta, Beata, Tindra, Novalie, "
    "Idun, Leia, Juni, Lykke, Embla, Ingrid-Marie, Solbritt, Eivor, Elsie, Ebba-Stina, Gullan, "
    "Sigrid, Tora, Ragnhild, Inga, Karla, Viveka, Vendela, Ottilia, Sussie, Madelene, Ronja-Li, "
    "Rosa, Rosmarie, Iris, Vilda, Smilla, Livia, Nova, Melina, Hedda, Tekla, Ottilie, Asta, "
    "Elise, Minna, Pernilla, Jonna, Malva, Lova, Isa, Meja, Tyra-Li, Linnea, Elna, Valborg, "
    "Gunborg, Teodora, Ebon, Kaisa, Mimmi, Katja, Nelly, Sanna-Mari, Josefina, Alfhild, Ingbritt, "
    "Britta, Lisbeth, Annbritt, Evy, Ninni, Lill, Gunhild, Sally, Ruth, Ingvor, Gunnvor, Kristel",
    head=150,
)
SV_M = ranked(
    "Lars, Mikael, Anders, Johan, Erik, Per, Karl, Peter, Jan, Thomas, Daniel, Fredrik, Hans, "
    "Andreas, Stefan, Mats, Bengt, Magnus, Marcus, Mattias, Jonas, Bo, Oskar, Alexander, Nils, "
    "Martin, Leif, Björn, Göran, Ulf, Niklas, Henrik, Patrik, Kjell, Christer, Emil, David, Sven, "
    "Viktor, Robert, Simon, Anton, Joakim, Filip, Rolf, Gustav, Tommy, Elias, Jonathan, William, "
    "Hugo, Lucas, Christoffer, Sebastian, Axel, Tobias, Roger, Rickard, Lennart, Kenneth, Jörgen, "
    "Håkan, Tomas, Ola, Gunnar, Olof, Dan, Roland, Ingvar, Stig, Rune, Ove, Åke, Jesper, Linus, "
    "Adam, Jakob, Isak, Ludvig, Albin, Oliver, Liam, Noah, Theo, Melvin, Vincent, Kent, Torbjörn, "
    "Arne, Claes, Kurt, Bertil, Gösta, Sten, Lars-Erik, Karl-Johan, Sixten, Ivar, Malte, Edvin, "
    "Alfred, Arvid, Wilhelm, Folke, Harald, Holger, Sigge, Valter, Elliot, Charlie, Leo, Love, "
    "Loke, Sune, Evert, Gert, Conny, Jimmy, Ronny, Tony, Pontus, Kristoffer, Jens, Ebbe, Helge, "
    "Birger, Urban, Börje, Einar, Yngve, Sture, Hampus, Gabriel, Samuel, Benjamin, Casper, "
    "Douglas, Otto, Viggo, August, Albert, Julius, Max, Per-Olof, Jan-Erik, Carl, Mathias, Nicklas, "
    # tail: rarer names
    "Carl-Johan, Lars-Göran, Hans-Erik, Sven-Erik, Nils-Erik, Bengt-Göran, Karl-Erik, Per-Anders, "
    "Jan-Olof, Bror, Algot, Ture, Egon, Uno, Bernt, Benny, Johnny, Henning, Elis, Vilgot, Frans, "
    "Eddie, Gottfrid, Hjalmar, Manne, Melker, Tage, Ragnar, Eskil, Sölve, Ivan, Torsten, Tord, "
    "Leonard, Josef, Teodor, Matteo, Colin, Wille, Kasper, Sam, Gunnar-Erik, Anund, Östen, Dag, "
    "Tor, Rasmus, Kim, Reine, Sören, Mauritz, Enar, Arvid-Lennart, Konrad, Knut, Alvar, Ossian, "
    "Vidar, Tyko, Abbe, Nore, Ville, Noel, Kevin, Ted, Robin, Jack, Harry, Frank, Aron, Joel, "
    "Edvard, Efraim, Fritjof, Hilding, Ingemar, Lage, Seved, Gusten, Halvar, Karl-Axel, Bo-Göran, "
    "Jan-Åke, Per-Erik, Rutger, Staffan, Lennie, Mårten, Vilhelm, Hannes, Jöns, Nisse, Gillis, "
    "Marcus-Emil, Ludde, Juhani, Arnold, Ingolf, Sivert, Gerhard, Greger, Ulrik, Jarl, Hilmer",
    head=150,
)
SV_S = ranked(
    "Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson, "
    "Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson, "
    "Magnusson, Olofsson, Lindström, Lindqvist, Lindgren, Berg, Axelsson, Bergström, Lundberg, "
    "Lind, Lundgren, Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Forsberg, "
    "Sjöberg, Wallin, Engström, Eklund, Danielsson, Lundin, Håkansson, Björk, Bergman, Gunnarsson, "
    "Holm, Wikström, Samuelsson, Isaksson, Fransson, Bergqvist, Nyström, Holmberg, Arvidsson, "
    "Löfgren, Söderberg, Nyberg, Blomqvist, Claesson, Nordström, Mårtensson, Lundström, Viklund, "
    "Björklund, Eliasson, Pålsson, Berggren, Sandström, Lund, Nordin, Ström, Åberg, Hermansson, "
    "Ekström, Falk, Holmgren, Dahlberg, Hellström, Hedlund, Sundberg, Sjögren, Ek, Blom, "
    "Abrahamsson, Martinsson, Öberg, Andreasson, Strömberg, Månsson, Åkesson, Hansen, Jonasson, "
    "Norberg, Sundström, Dahl, Hedberg, Lindholm, Holmqvist, Nordqvist, Sjöström, Strand, Åström, "
    "Sundqvist, Nyman, Backman, Lindahl, Högberg, Boström, Lindblom, Hallberg, Forsman, Ekberg, "
    "Söderström, Forslund, Edlund, Sjödin, Melander, Rosén, Lilja, Hägglund, Öhman, Ljung, Lindén, "
    "Frisk, Alm, Kvist, Hedin, Sundin, Ahlberg, Wiklund, Ljungberg, Lidén, Granlund, Marklund, "
    "Skoglund, Brännström, Lundmark, Östlund, Nordlund, Hedman, Engberg, Oskarsson, Nordgren, "
    "Stenberg, Roos, Palm, Ivarsson, Ottosson, Lövgren, Bäckström, Holmström, Åkerlund, Strandberg, "
    # tail: rarer names
    "Rydberg, Hedström, Wahlström, Lindell, Ekman, Wallgren, Berglin, Grahn, Granath, Åhlund, "
    "Wennberg, Bolin, Asp, Edvardsson, Tellberg, Rask, Sjölund, Torstensson, Svärd, Thorén, "
    "Nordenberg, Lindkvist, Ferm, Hägg, Lönn, Björling, Stjärnkvist, Uggla, Hök, Svan, Trana, "
    "Örn, Bonde, Skytt, Lejon, Rapp, Tjäder, Kåge, Fjällström, Grip, von Essen, af Klercker, "
    "De Geer, von Platen, Leijonhufvud, Wrede, von Otter, af Ugglas, Stiernstedt, Sparre, "
    "Lagercrantz, Hamilton, Mörk, Frid, Blixt, Kask, Tamm, Hjort, Ros, Vinge, Sköld, Älg, Räf, "
    "Wester, Öster, Nord, Söder, Brodin, Flodin, Boman, Hammar, Pihl, Kron, Ehn, Lööf, Sahlin, "
    "Edholm, Jäderberg, Östman, Rönnqvist, Burman, Tornberg, Wigren, Åslund, Bergkvist, Carlsson, "
    "Carlberg, Qvist, Zetterlund, Zackrisson, Wallenius, Ljunggren, Hultgren, Sjölin, Ågren, Gran, "
    "Lundell, Näslund, Fors, Ahl, Arnesson, Bohlin, Dufva, Engvall, Gyllensten, Hellqvist, "
    "Jernberg, Kjellberg, Lindmark, Modig, Nygren, Orre, Paulsson, Quist, Rehn, Sandin, Tidblad, "
    "Unger, Valfridsson, Wessman, Ytterberg, Öqvist, Lidström, Bladh, Collin, Dahlgren, Ehrling",
    head=150,
)

# United States (US Census 1990, per cent as weight; copied from names==0.3.0).
US_F = weighted(
    "Mary 2.629, Patricia 1.073, Linda 1.035, Barbara 0.980, Elizabeth 0.937, Jennifer 0.932, "
    "Maria 0.828, Susan 0.794, Margaret 0.768, Dorothy 0.727, Lisa 0.704, Nancy 0.669, Karen "
    "0.667, Betty 0.666, Helen 0.663, Sandra 0.629, Donna 0.583, Carol 0.565, Ruth 0.562, Sharon "
    "0.522, Michelle 0.519, Laura 0.510, Sarah 0.508, Kimberly 0.504, Deborah 0.494, Jessica "
    "0.490, Shirley 0.482, Cynthia 0.469, Angela 0.468, Melissa 0.462, Brenda 0.455, Amy 0.451, "
    "Anna 0.440, Rebecca 0.430, Virginia 0.430, Kathleen 0.424, Pamela 0.416, Martha 0.412, Debra "
    "0.408, Amanda 0.404, Stephanie 0.400, Carolyn 0.385, Christine 0.382, Marie 0.379, Janet "
    "0.379, Catherine 0.373, Frances 0.370, Ann 0.364, Joyce 0.364, Diane 0.359, Alice 0.357, "
    "Julie 0.348, Heather 0.337, Teresa 0.336, Doris 0.335, Gloria 0.335, Evelyn 0.322, Jean "
    "0.315, Cheryl 0.315, Mildred 0.313, Katherine 0.313, Joan 0.306, Ashley 0.303, Judith 0.297, "
    "Rose 0.296, Janice 0.285, Kelly 0.283, Nicole 0.281, Judy 0.276, Christina 0.275, Kathy "
    "0.272, Theresa 0.271, Beverly 0.267, Denise 0.264, Tammy 0.259, Irene 0.252, Jane 0.250, "
    "Lori 0.248, Rachel 0.242, Marilyn 0.241, Andrea 0.236, Kathryn 0.234, Louise 0.229, Sara "
    "0.229, Anne 0.228, Jacqueline 0.228, Wanda 0.226, Bonnie 0.223, Julia 0.223, Ruby 0.221, "
    "Lois 0.220, Tina 0.220, Phyllis 0.219, Norma 0.218, Paula 0.217, Diana 0.216, Annie 0.216, "
    "Lillian 0.211, Emily 0.208, Robin 0.208, Peggy 0.208, Crystal 0.207, Gladys 0.205, Rita "
    "0.204, Dawn 0.202, Connie 0.200, Florence 0.200, Tracy 0.197, Edna 0.197, Tiffany 0.195, "
    "Carmen 0.195, Rosa 0.194, Cindy 0.192, Grace 0.189, Wendy 0.185, Victoria 0.180, Edith "
    "0.179, Kim 0.178, Sherry 0.178, Sylvia 0.177, Josephine 0.177, Thelma 0.175, Shannon 0.175, "
    "Sheila 0.175, Ethel 0.174, Ellen 0.173, Elaine 0.173, Marjorie 0.173, Carrie 0.171, "
    "Charlotte 0.169, Monica 0.166, Esther 0.166, Pauline 0.165, Emma 0.165, Juanita 0.164, Anita "
    "0.162, Rhonda 0.162, Hazel 0.161, Amber 0.160, Eva 0.159, Debbie 0.157, April 0.154, Leslie "
    "0.154, Clara 0.153, Lucille 0.153, Jamie 0.153, Joanne 0.150, Eleanor 0.150, Valerie 0.149, "
    "Danielle 0.149, Megan 0.147, Alicia 0.146, Suzanne 0.145, Michele 0.145, Gail 0.145, Bertha "
    "0.143, Darlene 0.142, Veronica 0.142, Jill 0.142, Erin 0.141, Geraldine 0.141, Lauren 0.137, "
    "Cathy 0.137, Joann 0.136, Lorraine 0.135, Lynn 0.135, Sally 0.135, Regina 0.133, Erica "
    "0.130, Beatrice 0.130, Dolores 0.129, Bernice 0.128, Audrey 0.127, Yvonne 0.126, Annette "
    "0.125, June 0.125, Samantha 0.124, Marion 0.122, Dana 0.122, Stacy 0.121, Ana 0.120, Renee "
    "0.120, Ida 0.118, Vivian 0.118, Roberta 0.117, Holly 0.117, Brittany 0.117, Melanie 0.116, "
    "Loretta 0.115, Yolanda 0.115, Jeanette 0.115, Laurie 0.114, Katie 0.113, Kristen 0.111, "
    "Vanessa 0.111, Alma 0.111, Sue 0.111, Elsie 0.110, Beth 0.110, Jeanne 0.109, Vicki 0.109, "
    "Carla 0.107, Tara 0.107, Rosemary 0.107, Eileen 0.105, Terri 0.105, Gertrude 0.103, Lucy "
    "0.103, Tonya 0.102, Ella 0.101, Stacey 0.101, Wilma 0.099, Gina 0.099, Kristin 0.099, Jessie "
    "0.098, Natalie 0.098, Agnes 0.098, Vera 0.098, Willie 0.097, Charlene 0.097, Bessie 0.096, "
    "Delores 0.095, Melinda 0.094, Pearl 0.094, Arlene 0.094, Maureen 0.092, Colleen 0.092, "
    "Allison 0.092, Tamara 0.092, Joy 0.091, Georgia 0.091, Constance 0.091, Lillie 0.090, "
    "Claudia 0.090, Jackie 0.090, Marcia 0.090, Tanya 0.089, Nellie 0.089, Minnie 0.089, Marlene "
    "0.088, Heidi 0.088, Glenda 0.088, Lydia 0.086, Viola 0.086, Courtney 0.086, Marian 0.086, "
    "Stella 0.085, Caroline 0.085, Dora 0.084, Jo 0.083, Vickie 0.082, Mattie 0.081, Terry 0.080, "
    "Maxine 0.079, Irma 0.079, Mabel 0.078, Marsha 0.078, Myrtle 0.078, Lena 0.077, Christy "
    "0.077, Deanna 0.076, Patsy 0.076, Hilda 0.075, Gwendolyn 0.074, Jennie 0.073, Nora 0.073, "
    "Margie 0.072, Nina 0.072, Cassandra 0.072, Leah 0.072, Penny 0.071, Kay 0.071, Priscilla "
    "0.071, Naomi 0.071, Carole 0.071, Brandy 0.070, Olga 0.070, Billie 0.069, Dianne 0.069, "
    "Tracey 0.069, Leona 0.069, Jenny 0.068, Felicia 0.068, Sonia 0.068, Miriam 0.066, Velma "
    "0.066, Becky 0.066, Bobbie 0.065, Violet 0.065, Kristina 0.065, Toni 0.064, Misty 0.063, Mae "
    "0.063, Shelly 0.062, Daisy 0.062, Ramona 0.062, Sherri 0.062, Erika 0.061, Katrina 0.061, "
    "Claire 0.061, Lindsey 0.060, Lindsay 0.060, Geneva 0.059, Guadalupe 0.059, Belinda 0.059, "
    "Margarita 0.059, Sheryl 0.059, Cora 0.058, Faye 0.058, Ada 0.057, Natasha 0.057, Sabrina "
    "0.057, Isabel 0.057, Marguerite 0.056, Hattie 0.056, Harriet 0.056, Molly 0.055, Cecilia "
    "0.055, Kristi 0.055, Brandi 0.055, Blanche 0.055, Sandy 0.055, Rosie 0.055, Joanna 0.055, "
    "Iris 0.055, Eunice 0.054, Angie 0.054, Inez 0.053, Lynda 0.053, Madeline 0.052, Amelia "
    "0.052, Alberta 0.052, Genevieve 0.051, Monique 0.051, Jodi 0.051, Janie 0.051, Maggie 0.051, "
    "Kayla 0.051, Sonya 0.051, Jan 0.051, Lee 0.051, Kristine 0.051, Candace 0.051, Fannie 0.050, "
    "Maryann 0.050, Opal 0.050, Alison 0.050, Yvette 0.050, Melody 0.050, Luz 0.049, Susie 0.049, "
    "Olivia 0.049, Flora 0.049, Shelley 0.049, Kristy 0.048, Mamie 0.048, Lula 0.048, Lola 0.048, "
    "Verna 0.048, Beulah 0.048, Antoinette 0.048, Candice 0.046, Juana 0.046, Jeannette 0.046, "
    "Pam 0.046, Kelli 0.046, Hannah 0.045, Whitney 0.045, Bridget 0.045, Karla 0.044, Celia "
    "0.044, Latoya 0.043, Patty 0.043, Shelia 0.043, Gayle 0.043, Della 0.043, Vicky 0.043, Lynne "
    "0.043, Sheri 0.042, Marianne 0.042, Kara 0.041, Jacquelyn 0.041, Erma 0.041, Blanca 0.041, "
    "Myra 0.040, Leticia 0.040, Pat 0.040, Krista 0.040, Roxanne 0.040, Angelica 0.039, Johnnie "
    "0.039, Robyn 0.039, Francis 0.039, Adrienne 0.039, Rosalie 0.039, Alexandra 0.039, Brooke "
    "0.039, Bethany 0.039, Sadie 0.039, Bernadette 0.039, Traci 0.038, Jody 0.038, Kendra 0.038, "
    "Jasmine 0.038, Nichole 0.038, Rachael 0.038, Chelsea 0.038, Mable 0.038, Ernestine 0.038, "
    "Muriel 0.038, Marcella 0.037, Elena 0.037, Krystal 0.037, Angelina 0.037, Nadine 0.036, Kari "
    "0.036, Estelle 0.036, Dianna 0.036, Paulette 0.036, Lora 0.036, Mona 0.035, Doreen 0.035, "
    "Rosemarie 0.035, Angel 0.035, Desiree 0.035, Antonia 0.035, Hope 0.034, Ginger 0.034, Janis "
    "0.034, Betsy 0.034, Christie 0.034, Freda 0.034, Mercedes 0.033, Meredith 0.033, Lynette "
    "0.033, Teri 0.033, Cristina 0.033, Eula 0.033, Leigh 0.032, Meghan 0.032, Sophia 0.032, "
    "Eloise 0.032, Rochelle 0.032, Gretchen 0.032, Cecelia 0.032, Raquel 0.031, Henrietta 0.031, "
    "Alyssa 0.031, Jana 0.031, Kelley 0.031, Gwen 0.031, Kerry 0.031, Jenna 0.030, Tricia 0.030, "
    "Laverne 0.030, Olive 0.030, Alexis 0.030, Tasha 0.030, Silvia 0.029, Elvira 0.029, Casey "
    "0.029, Delia 0.029, Sophie 0.029, Kate 0.029, Patti 0.029, Lorena 0.029, Kellie 0.029, Sonja "
    "0.029, Lila 0.029, Lana 0.029, Darla 0.029, May 0.029, Mindy 0.029, Essie 0.029, Mandy "
    "0.029, Lorene 0.028, Elsa 0.028, Josefina 0.028, Jeannie 0.028, Miranda 0.028, Dixie 0.028, "
    "Lucia 0.028, Marta 0.028, Faith 0.028, Lela 0.028, Johanna 0.028, Shari 0.028, Camille "
    "0.028, Tami 0.027, Shawna 0.027, Elisa 0.027, Ebony 0.027, Melba 0.027, Ora 0.027, Nettie "
    "0.027, Tabitha 0.027, Ollie 0.027, Jaime 0.027, Winifred 0.027, Kristie 0.027 ",
    head=150,
)
US_M = weighted(
    "James 3.318, John 3.271, Robert 3.143, Michael 2.629, William 2.451, David 2.363, Richard "
    "1.703, Charles 1.523, Joseph 1.404, Thomas 1.380, Christopher 1.035, Daniel 0.974, Paul "
    "0.948, Mark 0.938, Donald 0.931, George 0.927, Kenneth 0.826, Steven 0.780, Edward 0.779, "
    "Brian 0.736, Ronald 0.725, Anthony 0.721, Kevin 0.671, Jason 0.660, Matthew 0.657, Gary "
    "0.650, Timothy 0.640, Jose 0.613, Larry 0.598, Jeffrey 0.591, Frank 0.581, Scott 0.546, Eric "
    "0.544, Stephen 0.540, Andrew 0.537, Raymond 0.488, Gregory 0.441, Joshua 0.435, Jerry 0.432, "
    "Dennis 0.415, Walter 0.399, Patrick 0.389, Peter 0.381, Harold 0.371, Douglas 0.367, Henry "
    "0.365, Carl 0.346, Arthur 0.335, Ryan 0.328, Roger 0.322, Joe 0.321, Juan 0.316, Jack 0.315, "
    "Albert 0.314, Jonathan 0.313, Justin 0.311, Terry 0.311, Gerald 0.309, Keith 0.308, Samuel "
    "0.306, Willie 0.302, Ralph 0.282, Lawrence 0.282, Nicholas 0.275, Roy 0.273, Benjamin 0.270, "
    "Bruce 0.263, Brandon 0.260, Adam 0.259, Harry 0.251, Fred 0.251, Wayne 0.249, Billy 0.248, "
    "Steve 0.246, Louis 0.243, Jeremy 0.242, Aaron 0.240, Randy 0.232, Howard 0.230, Eugene "
    "0.230, Carlos 0.229, Russell 0.224, Bobby 0.223, Victor 0.222, Martin 0.216, Ernest 0.215, "
    "Phillip 0.213, Todd 0.213, Jesse 0.209, Craig 0.206, Alan 0.204, Shawn 0.200, Clarence "
    "0.197, Sean 0.197, Philip 0.197, Chris 0.197, Johnny 0.195, Earl 0.193, Jimmy 0.191, Antonio "
    "0.190, Danny 0.190, Bryan 0.190, Tony 0.190, Luis 0.189, Mike 0.189, Stanley 0.186, Leonard "
    "0.186, Nathan 0.185, Dale 0.184, Manuel 0.181, Rodney 0.180, Curtis 0.180, Norman 0.177, "
    "Allen 0.174, Marvin 0.171, Vincent 0.168, Glenn 0.167, Jeffery 0.166, Travis 0.166, Jeff "
    "0.166, Chad 0.165, Jacob 0.165, Lee 0.162, Melvin 0.162, Alfred 0.162, Kyle 0.160, Francis "
    "0.160, Bradley 0.159, Jesus 0.155, Herbert 0.155, Frederick 0.154, Ray 0.153, Joel 0.152, "
    "Edwin 0.148, Don 0.145, Eddie 0.144, Ricky 0.141, Troy 0.138, Randall 0.138, Barry 0.134, "
    "Alexander 0.132, Bernard 0.127, Mario 0.125, Leroy 0.125, Francisco 0.124, Marcus 0.124, "
    "Micheal 0.123, Theodore 0.123, Clifford 0.123, Miguel 0.122, Oscar 0.122, Jay 0.118, Jim "
    "0.118, Tom 0.117, Calvin 0.115, Alex 0.115, Jon 0.115, Ronnie 0.113, Bill 0.112, Lloyd "
    "0.112, Tommy 0.112, Leon 0.112, Derek 0.112, Warren 0.110, Darrell 0.108, Jerome 0.108, "
    "Floyd 0.107, Leo 0.106, Alvin 0.105, Tim 0.104, Wesley 0.104, Gordon 0.104, Dean 0.104, Greg "
    "0.104, Jorge 0.104, Dustin 0.103, Pedro 0.103, Derrick 0.103, Dan 0.101, Lewis 0.099, "
    "Zachary 0.099, Corey 0.098, Herman 0.097, Maurice 0.097, Vernon 0.097, Roberto 0.097, Clyde "
    "0.095, Glen 0.094, Hector 0.094, Shane 0.093, Ricardo 0.093, Sam 0.092, Rick 0.091, Lester "
    "0.091, Brent 0.090, Ramon 0.090, Charlie 0.090, Tyler 0.089, Gilbert 0.089, Gene 0.087, Marc "
    "0.087, Reginald 0.084, Ruben 0.082, Brett 0.082, Angel 0.082, Nathaniel 0.081, Rafael 0.081, "
    "Leslie 0.081, Edgar 0.080, Milton 0.080, Raul 0.079, Ben 0.078, Chester 0.078, Cecil 0.078, "
    "Duane 0.077, Franklin 0.077, Andre 0.076, Elmer 0.074, Brad 0.073, Gabriel 0.073, Ron 0.072, "
    "Mitchell 0.072, Roland 0.072, Arnold 0.072, Harvey 0.072, Jared 0.071, Adrian 0.069, Karl "
    "0.069, Cory 0.068, Claude 0.068, Erik 0.068, Darryl 0.067, Jamie 0.066, Neil 0.066, Jessie "
    "0.065, Christian 0.065, Javier 0.065, Fernando 0.065, Clinton 0.065, Ted 0.064, Mathew "
    "0.064, Tyrone 0.064, Darren 0.064, Lonnie 0.064, Lance 0.063, Cody 0.063, Julio 0.063, Kelly "
    "0.063, Kurt 0.062, Allan 0.061, Nelson 0.061, Guy 0.060, Clayton 0.060, Hugh 0.060, Max "
    "0.059, Dwayne 0.059, Dwight 0.058, Armando 0.058, Felix 0.058, Jimmie 0.058, Everett 0.057, "
    "Jordan 0.056, Ian 0.056, Wallace 0.056, Ken 0.055, Bob 0.055, Jaime 0.055, Casey 0.054, "
    "Alfredo 0.054, Alberto 0.053, Dave 0.053, Ivan 0.053, Johnnie 0.052, Sidney 0.052, Byron "
    "0.052, Julian 0.052, Isaac 0.051, Morris 0.051, Clifton 0.050, Willard 0.050, Daryl 0.050, "
    "Ross 0.050, Virgil 0.049, Andy 0.049, Marshall 0.049, Salvador 0.049, Perry 0.049, Kirk "
    "0.049, Sergio 0.049, Marion 0.048, Tracy 0.048, Seth 0.048, Kent 0.048, Terrance 0.048, Rene "
    "0.048, Eduardo 0.047, Terrence 0.047, Enrique 0.046, Freddie 0.046, Wade 0.045, Austin "
    "0.044, Stuart 0.044, Fredrick 0.043, Arturo 0.043, Alejandro 0.043, Jackie 0.043, Joey "
    "0.043, Nick 0.043, Luther 0.043, Wendell 0.042, Jeremiah 0.042, Evan 0.042, Julius 0.042, "
    "Dana 0.042, Donnie 0.041, Otis 0.041, Shannon 0.040, Trevor 0.040, Oliver 0.040, Luke 0.040, "
    "Homer 0.040, Gerard 0.040, Doug 0.040, Kenny 0.039, Hubert 0.039, Angelo 0.039, Shaun 0.039, "
    "Lyle 0.038, Matt 0.038, Lynn 0.038, Alfonso 0.038, Orlando 0.037, Rex 0.037, Carlton 0.037, "
    "Ernesto 0.037, Cameron 0.037, Neal 0.037, Pablo 0.036, Lorenzo 0.036, Omar 0.036, Wilbur "
    "0.036, Blake 0.036, Grant 0.036, Horace 0.036, Roderick 0.036, Kerry 0.036, Abraham 0.035, "
    "Willis 0.035, Rickey 0.035, Jean 0.035, Ira 0.035, Andres 0.034, Cesar 0.034, Johnathan "
    "0.034, Malcolm 0.034, Rudolph 0.034, Damon 0.034, Kelvin 0.034, Rudy 0.034, Preston 0.034, "
    "Alton 0.033, Archie 0.033, Marco 0.033, Wm 0.033, Pete 0.032, Randolph 0.032, Garry 0.032, "
    "Geoffrey 0.032, Jonathon 0.032, Felipe 0.032, Bennie 0.032, Gerardo 0.032, Ed 0.032, Dominic "
    "0.032, Robin 0.032, Loren 0.032, Delbert 0.031, Colin 0.031, Guillermo 0.031, Earnest 0.031, "
    "Lucas 0.031, Benny 0.030, Noel 0.030, Spencer 0.030, Rodolfo 0.030, Myron 0.030, Edmund "
    "0.030, Garrett 0.029, Salvatore 0.029, Cedric 0.029, Lowell 0.029, Gregg 0.029, Sherman "
    "0.028, Wilson 0.028, Devin 0.028, Sylvester 0.028, Kim 0.028, Roosevelt 0.028, Israel 0.028, "
    "Jermaine 0.028, Forrest 0.027, Wilbert 0.027, Leland 0.027, Simon 0.026, Guadalupe 0.026, "
    "Clark 0.026, Irving 0.026, Carroll 0.026, Bryant 0.026, Owen 0.026, Rufus 0.025, Woodrow "
    "0.025, Sammy 0.025, Kristopher 0.025, Mack 0.025, Levi 0.025, Marcos 0.025, Gustavo 0.025, "
    "Jake 0.025, Lionel 0.024 ",
    head=150,
)
US_S = weighted(
    "Smith 1.006, Johnson 0.810, Williams 0.699, Jones 0.621, Brown 0.621, Davis 0.480, Miller "
    "0.424, Wilson 0.339, Moore 0.312, Taylor 0.311, Anderson 0.311, Thomas 0.311, Jackson 0.310, "
    "White 0.279, Harris 0.275, Martin 0.273, Thompson 0.269, Garcia 0.254, Martinez 0.234, "
    "Robinson 0.233, Clark 0.231, Rodriguez 0.229, Lewis 0.226, Lee 0.220, Walker 0.219, Hall "
    "0.200, Allen 0.199, Young 0.193, Hernandez 0.192, King 0.190, Wright 0.189, Lopez 0.187, "
    "Hill 0.187, Scott 0.185, Green 0.183, Adams 0.174, Baker 0.171, Gonzalez 0.166, Nelson "
    "0.162, Carter 0.162, Mitchell 0.160, Perez 0.155, Roberts 0.153, Turner 0.152, Phillips "
    "0.149, Campbell 0.149, Parker 0.146, Evans 0.141, Edwards 0.137, Collins 0.134, Stewart "
    "0.133, Sanchez 0.130, Morris 0.125, Rogers 0.123, Reed 0.122, Cook 0.120, Morgan 0.118, Bell "
    "0.117, Murphy 0.117, Bailey 0.115, Rivera 0.113, Cooper 0.113, Richardson 0.112, Cox 0.110, "
    "Howard 0.110, Ward 0.108, Torres 0.108, Peterson 0.107, Gray 0.106, Ramirez 0.105, James "
    "0.105, Watson 0.103, Brooks 0.103, Kelly 0.102, Sanders 0.100, Price 0.099, Bennett 0.099, "
    "Wood 0.098, Barnes 0.097, Ross 0.096, Henderson 0.095, Coleman 0.095, Jenkins 0.095, Perry "
    "0.094, Powell 0.093, Long 0.092, Patterson 0.092, Hughes 0.092, Flores 0.092, Washington "
    "0.092, Butler 0.091, Simmons 0.091, Foster 0.091, Gonzales 0.087, Bryant 0.087, Alexander "
    "0.085, Russell 0.085, Griffin 0.084, Diaz 0.084, Hayes 0.083, Myers 0.083, Ford 0.082, "
    "Hamilton 0.082, Graham 0.082, Sullivan 0.081, Wallace 0.081, Woods 0.080, Cole 0.080, West "
    "0.080, Jordan 0.078, Owens 0.078, Reynolds 0.078, Fisher 0.077, Ellis 0.077, Harrison 0.076, "
    "Gibson 0.075, McDonald 0.075, Cruz 0.075, Marshall 0.075, Ortiz 0.075, Gomez 0.075, Murray "
    "0.074, Freeman 0.074, Wells 0.073, Webb 0.072, Simpson 0.070, Stevens 0.070, Tucker 0.070, "
    "Porter 0.069, Hunter 0.069, Hicks 0.069, Crawford 0.068, Henry 0.068, Boyd 0.068, Mason "
    "0.068, Morales 0.067, Kennedy 0.067, Warren 0.067, Dixon 0.066, Ramos 0.066, Reyes 0.066, "
    "Burns 0.065, Gordon 0.065, Shaw 0.065, Holmes 0.065, Rice 0.064, Robertson 0.064, Hunt "
    "0.063, Black 0.063, Daniels 0.062, Palmer 0.062, Mills 0.061, Nichols 0.060, Grant 0.060, "
    "Knight 0.060, Ferguson 0.059, Rose 0.059, Stone 0.059, Hawkins 0.059, Dunn 0.058, Perkins "
    "0.058, Hudson 0.058, Spencer 0.057, Gardner 0.057, Stephens 0.057, Payne 0.057, Pierce "
    "0.056, Berry 0.056, Matthews 0.056, Arnold 0.056, Wagner 0.055, Willis 0.055, Ray 0.055, "
    "Watkins 0.055, Olson 0.055, Carroll 0.055, Duncan 0.055, Snyder 0.055, Hart 0.054, "
    "Cunningham 0.054, Bradley 0.054, Lane 0.054, Andrews 0.054, Ruiz 0.054, Harper 0.054, Fox "
    "0.053, Riley 0.053, Armstrong 0.053, Carpenter 0.053, Weaver 0.053, Greene 0.053, Lawrence "
    "0.052, Elliott 0.052, Chavez 0.052, Sims 0.052, Austin 0.052, Peters 0.052, Kelley 0.052, "
    "Franklin 0.051, Lawson 0.051, Fields 0.051, Gutierrez 0.051, Ryan 0.051, Schmidt 0.051, Carr "
    "0.051, Vasquez 0.051, Castillo 0.051, Wheeler 0.051, Chapman 0.050, Oliver 0.050, Montgomery "
    "0.049, Richards 0.049, Williamson 0.049, Johnston 0.049, Banks 0.048, Meyer 0.048, Bishop "
    "0.048, McCoy 0.048, Howell 0.048, Alvarez 0.048, Morrison 0.048, Hansen 0.047, Fernandez "
    "0.047, Garza 0.047, Harvey 0.047, Little 0.046, Burton 0.046, Stanley 0.046, Nguyen 0.046, "
    "George 0.046, Jacobs 0.046, Reid 0.046, Kim 0.045, Fuller 0.045, Lynch 0.045, Dean 0.045, "
    "Gilbert 0.045, Garrett 0.045, Romero 0.045, Welch 0.044, Larson 0.044, Frazier 0.044, Burke "
    "0.044, Hanson 0.043, Day 0.043, Mendoza 0.043, Moreno 0.043, Bowman 0.043, Medina 0.042, "
    "Fowler 0.042, Brewer 0.042, Hoffman 0.042, Carlson 0.042, Silva 0.042, Pearson 0.042, "
    "Holland 0.042, Douglas 0.041, Fleming 0.041, Jensen 0.041, Vargas 0.041, Byrd 0.041, "
    "Davidson 0.041, Hopkins 0.041, May 0.040, Terry 0.040, Herrera 0.040, Wade 0.040, Soto "
    "0.040, Walters 0.040, Curtis 0.040, Neal 0.039, Caldwell 0.039, Lowe 0.039, Jennings 0.039, "
    "Barnett 0.039, Graves 0.039, Jimenez 0.039, Horton 0.039, Shelton 0.039, Barrett 0.039, "
    "O'Brien 0.039, Castro 0.039, Sutton 0.038, Gregory 0.038, McKinney 0.038, Lucas 0.038, Miles "
    "0.038, Craig 0.038, Rodriquez 0.037, Chambers 0.037, Holt 0.037, Lambert 0.037, Fletcher "
    "0.037, Watts 0.037, Bates 0.037, Hale 0.037, Rhodes 0.037, Pena 0.037, Beck 0.037, Newman "
    "0.036, Haynes 0.036, McDaniel 0.036, Mendez 0.036, Bush 0.036, Vaughn 0.036, Parks 0.035, "
    "Dawson 0.035, Santiago 0.035, Norris 0.035, Hardy 0.035, Love 0.035, Steele 0.035, Curry "
    "0.035, Powers 0.035, Schultz 0.035, Barker 0.035, Guzman 0.034, Page 0.034, Munoz 0.034, "
    "Ball 0.034, Keller 0.034, Chandler 0.034, Weber 0.034, Leonard 0.034, Walsh 0.033, Lyons "
    "0.033, Ramsey 0.033, Wolfe 0.033, Schneider 0.033, Mullins 0.033, Benson 0.033, Sharp 0.033, "
    "Bowen 0.033, Daniel 0.033, Barber 0.032, Cummings 0.032, Hines 0.032, Baldwin 0.032, "
    "Griffith 0.032, Valdez 0.032, Hubbard 0.032, Salazar 0.032, Reeves 0.032, Warner 0.031, "
    "Stevenson 0.031, Burgess 0.031, Santos 0.031, Tate 0.031, Cross 0.031, Garner 0.031, Mann "
    "0.031, Mack 0.031, Moss 0.031, Thornton 0.031, Dennis 0.031, McGee 0.031, Farmer 0.030, "
    "Delgado 0.030, Aguilar 0.030, Vega 0.030, Glover 0.030, Manning 0.030, Cohen 0.030, Harmon "
    "0.030, Rodgers 0.030, Robbins 0.030, Newton 0.030, Todd 0.030, Blair 0.030, Higgins 0.030, "
    "Ingram 0.030, Reese 0.030, Cannon 0.030, Strickland 0.030, Townsend 0.030, Potter 0.030, "
    "Goodwin 0.030, Walton 0.030, Rowe 0.029, Hampton 0.029, Ortega 0.029, Patton 0.029, Swanson "
    "0.029, Joseph 0.029, Francis 0.029, Goodman 0.029, Maldonado 0.029, Yates 0.029, Becker "
    "0.029, Erickson 0.029, Hodges 0.029, Rios 0.029, Conner 0.029, Adkins 0.029, Webster 0.028, "
    "Norman 0.028, Malone 0.028, Hammond 0.028, Flowers 0.028, Cobb 0.028, Moody 0.028, Quinn "
    "0.028, Blake 0.028, Maxwell 0.028, Pope 0.028, Floyd 0.027, Osborne 0.027, Paul 0.027, "
    "McCarthy 0.027, Guerrero 0.027, Lindsey 0.027, Estrada 0.027, Sandoval 0.027, Gibbs 0.027, "
    "Tyler 0.027, Gross 0.027, Fitzgerald 0.027, Stokes 0.027, Doyle 0.027, Sherman 0.027, "
    "Saunders 0.027, Wise 0.027, Colon 0.027, Gill 0.027, Alvarado 0.027, Greer 0.026, Padilla "
    "0.026, Simon 0.026, Waters 0.026, Nunez 0.026, Ballard 0.026, Schwartz 0.026, McBride 0.026, "
    "Houston 0.026, Christensen 0.026, Klein 0.026, Pratt 0.026, Briggs 0.026, Parsons 0.026, "
    "McLaughlin 0.026, Zimmerman 0.026, French 0.026, Buchanan 0.026, Moran 0.026, Copeland "
    "0.025, Roy 0.025, Pittman 0.025, Brady 0.025, McCormick 0.025, Holloway 0.025, Brock 0.025, "
    "Poole 0.025, Frank 0.025, Logan 0.025, Owen 0.025, Bass 0.025, Marsh 0.025, Drake 0.025, "
    "Wong 0.025, Jefferson 0.025, Park 0.025, Morton 0.025, Abbott 0.025, Sparks 0.025, Patrick "
    "0.024, Norton 0.024, Huff 0.024, Clayton 0.024, Massey 0.024, Lloyd 0.024, Figueroa 0.024, "
    "Carson 0.024, Bowers 0.024, Roberson 0.024, Barton 0.024, Tran 0.024, Lamb 0.024, Harrington "
    "0.024, Casey 0.024, Boone 0.024, Cortez 0.024, Clarke 0.024, Mathis 0.024, Singleton 0.024, "
    "Wilkins 0.024, Cain 0.024, Bryan 0.024, Underwood 0.024, Hogan 0.024, McKenzie 0.023, "
    "Collier 0.023, Luna 0.023, Phelps 0.023, McGuire 0.023, Allison 0.023, Bridges 0.023, "
    "Wilkerson 0.023, Nash 0.023, Summers 0.023, Atkins 0.023, Wilcox 0.023, Pitts 0.023, Conley "
    "0.023, Marquez 0.023, Burnett 0.023, Richard 0.023, Cochran 0.023, Chase 0.023, Davenport "
    "0.023, Hood 0.023, Gates 0.023, Clay 0.023, Ayala 0.023, Sawyer 0.023, Roman 0.023, Vazquez "
    "0.023, Dickerson 0.023, Hodge 0.022, Acosta 0.022, Flynn 0.022, Espinoza 0.022, Nicholson "
    "0.022, Monroe 0.022, Wolf 0.022, Morrow 0.022, Kirk 0.022, Randall 0.022, Anthony 0.022, "
    "Whitaker 0.022, O'Connor 0.022, Skinner 0.022, Ware 0.022, Molina 0.022, Kirby 0.022, "
    "Huffman 0.022, Bradford 0.022, Charles 0.022, Gilmore 0.022, Dominguez 0.022, O'Neal 0.022, "
    "Bruce 0.022, Lang 0.021, Combs 0.021, Kramer 0.021, Heath 0.021, Hancock 0.021, Gallagher "
    "0.021, Gaines 0.021, Shaffer 0.021, Short 0.021, Wiggins 0.021, Mathews 0.021, McClain "
    "0.021, Fischer 0.021, Wall 0.021, Small 0.021, Melton 0.021, Hensley 0.021, Bond 0.021, Dyer "
    "0.021, Cameron 0.021, Grimes 0.021, Contreras 0.021, Christian 0.021, Wyatt 0.021, Baxter "
    "0.021, Snow 0.021, Mosley 0.021, Shepherd 0.021, Larsen 0.021, Hoover 0.021, Beasley 0.020, "
    "Glenn 0.020, Petersen 0.020, Whitehead 0.020, Meyers 0.020, Keith 0.020, Garrison 0.020, "
    "Vincent 0.020, Shields 0.020, Horn 0.020, Savage 0.020, Olsen 0.020, Schroeder 0.020, "
    "Hartman 0.020, Woodard 0.020, Mueller 0.020, Kemp 0.020, De Leon 0.020, Booth 0.020, Patel "
    "0.020, Calhoun 0.020, Wiley 0.020, Eaton 0.020, Cline 0.020, Navarro 0.020, Harrell 0.020, "
    "Lester 0.020, Humphrey 0.020, Parrish 0.020, Duran 0.020, Hutchinson 0.020, Hess 0.020, "
    "Dorsey 0.020, Bullock 0.020, Robles 0.020, Beard 0.019, Dalton 0.019, Avila 0.019, Vance "
    "0.019, Rich 0.019, Blackwell 0.019, York 0.019, Johns 0.019, Blankenship 0.019, Trevino "
    "0.019, Salinas 0.019, Campos 0.019, Pruitt 0.019, Moses 0.019, Callahan 0.019, Golden 0.019, "
    "Montoya 0.019, Hardin 0.019, Guerra 0.019, McDowell 0.019, Carey 0.019, Stafford 0.019, "
    "Gallegos 0.019, Henson 0.019, Wilkinson 0.019, Booker 0.019, Merritt 0.019, Miranda 0.019, "
    "Atkinson 0.019, Orr 0.019, Decker 0.019, Hobbs 0.019, Preston 0.019, Tanner 0.019 ",
    head=150,
)

# United Kingdom (the ONS rankings, general knowledge; weight 1/rank).
UK_F = ranked(
    "Sarah, Claire, Emma, Laura, Lisa, Nicola, Rebecca, Gemma, Rachel, Michelle, Helen, Louise, "
    "Kelly, Amy, Jennifer, Hannah, Katie, Samantha, Joanne, Emily, Charlotte, Lucy, Jessica, "
    "Sophie, Susan, Karen, Julie, Deborah, Tracey, Amanda, Elizabeth, Victoria, Catherine, Jane, "
    "Alison, Caroline, Stephanie, Natalie, Danielle, Jade, Chloe, Lauren, Olivia, Amelia, Isla, "
    "Ava, Mia, Grace, Lily, Ella, Freya, Poppy, Isabella, Evie, Ruby, Holly, Megan, Zoe, Kirsty, "
    "Anne, Margaret, Patricia, Christine, Linda, Carol, Janet, Dawn, Jacqueline, Angela, Wendy, "
    "Mandy, Kathryn, Fiona, Heather, Shirley, Sandra, Pauline, Gillian, Maureen, Jean, Sheila, "
    "Brenda, Valerie, Jill, Hazel, Beverley, Sharon, Diane, Hayley, Leanne, Stacey, Abigail, "
    "Bethany, Eleanor, Alice, Florence, Daisy, Phoebe, Imogen, Harriet, Rosie, Millie, Ellie, "
    "Erin, Lydia, Jasmine, Georgia, Anna, Katherine, Joanna, Vicky, Kate, Jenny, Lindsey, Melanie, "
    "Tanya, Paula, Judith, Elaine, Lorraine, Yvonne, Kim, Teresa, Marie, Rose, Evelyn, Sienna, "
    # tail
    "Niamh, Eilidh, Rhiannon, Siobhan, Bronwen, Cerys, Ffion, Sian, Morag, Ailsa, Iona, Mhairi, "
    "Philippa, Penelope, Rosalind, Felicity, Imelda, Bridget, Maeve, Aoife, Orla, Saoirse, Gwen, "
    "Tamsin, Jemima, Clementine, Araminta, Tabitha, Ottilie, Honor, Edith, Winifred, Mabel, Elsie, "
    "Nell, Peggy, Dorothy, Gladys, Hilda, Agnes, Beryl, Doreen, Marjorie, Lesley, Tina, Cheryl, "
    "Kerry, Toni, Kayleigh, Chantelle, Shannon, Courtney, Aimee, Keeley, Demi, Leah, Nadia, Aisha, "
    "Priya, Anjali, Faith, Hope, Joy, Patience, Constance, Prudence, Verity, Primrose, Fern, Willow, "
    "Skye, Bryony, Harmony, Summer, Autumn, Heidi, Martha, Beatrice, Matilda, Esme, Maisie, Romilly",
    head=130,
)
UK_M = ranked(
    "David, John, Paul, Mark, James, Andrew, Michael, Peter, Robert, Richard, Christopher, "
    "Stephen, Ian, Simon, Daniel, Matthew, Thomas, Steven, Gary, Neil, Darren, Jason, Lee, Craig, "
    "Scott, Kevin, Martin, Anthony, Jonathan, Adam, Benjamin, Samuel, Joshua, Luke, Ryan, Jack, "
    "Oliver, Harry, George, Charlie, William, Jacob, Alfie, Noah, Oscar, Leo, Freddie, Archie, "
    "Henry, Joseph, Alexander, Edward, Nicholas, Philip, Graham, Keith, Alan, Colin, Barry, Brian, "
    "Kenneth, Trevor, Terry, Derek, Roger, Malcolm, Nigel, Geoffrey, Stuart, Gareth, Dean, Wayne, "
    "Carl, Shaun, Liam, Jamie, Callum, Connor, Kieran, Nathan, Aaron, Lewis, Tom, Dylan, Ethan, "
    "Max, Theo, Arthur, Finley, Reuben, Rhys, Owen, Tony, Raymond, Gordon, Dennis, Frank, Roy, "
    "Ronald, Dominic, Timothy, Patrick, Sean, Marcus, Joe, Ben, Sam, Tyler, Harrison, Elliot, "
    # tail
    "Dafydd, Gethin, Angus, Hamish, Fraser, Euan, Rory, Declan, Ciaran, Eoin, Padraig, Cormac, "
    "Lachlan, Alasdair, Ewan, Murdo, Iain, Torquil, Rupert, Piers, Jolyon, Crispin, Hugo, Giles, "
    "Barnaby, Jasper, Rufus, Fergus, Algernon, Percy, Reginald, Cyril, Clive, Desmond, Nevil, "
    "Clifford, Stanley, Norman, Harold, Albert, Ernest, Walter, Sidney, Leonard, Cecil, Wilfred, "
    "Jayden, Kai, Brandon, Kyle, Mason, Zachary, Toby, Ollie, Alfred, Ralph, Rowan, Ashley, Robin, "
    "Dale, Glen, Russell, Vincent, Howard, Mohammed, Muhammad, Imran, Rajesh, Tariq, Bilal, Ravi, "
    "Miles, Jake, Jude, Ezra, Felix, Louis, Sebastian, Bertie, Teddy, Ronnie, Harvey, Jenson",
    head=120,
)
UK_S = ranked(
    "Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts, "
    "Robinson, Thompson, Wright, Walker, White, Edwards, Hughes, Green, Hall, Lewis, Harris, "
    "Clarke, Patel, Jackson, Wood, Turner, Martin, Cooper, Hill, Ward, Morris, Moore, Clark, Lee, "
    "King, Baker, Harrison, Morgan, Allen, James, Scott, Phillips, Watson, Davis, Parker, Price, "
    "Bennett, Young, Griffiths, Mitchell, Kelly, Cook, Carter, Richardson, Bailey, Collins, Bell, "
    "Shaw, Murphy, Miller, Cox, Richards, Khan, Marshall, Anderson, Simpson, Ellis, Adams, Singh, "
    "Begum, Wilkinson, Foster, Chapman, Powell, Webb, Rogers, Gray, Mason, Ali, Hunt, Hussain, "
    "Campbell, Matthews, Owen, Palmer, Holmes, Mills, Barnes, Knight, Lloyd, Butler, Russell, "
    "Barker, Fisher, Stevens, Jenkins, Murray, Dixon, Harvey, Graham, Pearson, Ahmed, Fletcher, "
    "Walsh, Kaur, Gibson, Howard, Andrews, Stewart, Elliott, Reynolds, Saunders, Payne, Fox, Ford, "
    "Pearce, Day, Brooks, West, Lawrence, Cole, Atkinson, Bradley, Spencer, Gill, Dawson, Ball, "
    "Burton, O'Brien, Watts, Rose, Booth, Perry, Ryan, Grant, Wells, Armstrong, Francis, Rees, "
    "Hayes, Hart, Hudson, Newman, Barrett, Webster, Hunter, Gregory, Carr, Lowe, Page, Marsh, "
    # tail
    "Riley, Dunn, Woods, Parsons, Berry, Stone, Reid, Holland, Hawkins, Harding, Porter, Robertson, "
    "Newton, Oliver, Reed, Kennedy, Williamson, Bird, Gardner, Shah, Dean, Lane, Cooke, Bates, "
    "Henderson, Parry, Burgess, Bishop, Walton, Burns, Nicholson, Shepherd, Ross, Cross, Long, "
    "Freeman, Warren, Nicholls, Hamilton, Byrne, Sutton, McDonald, Yates, Hodgson, Robson, Curtis, "
    "Hopkins, O'Connor, Harper, Coleman, Watkins, Moss, McCarthy, Chambers, O'Neill, Griffin, "
    "Sharp, Hardy, Wheeler, Potter, Osborne, Johnston, Gordon, Doyle, Wallace, George, Jordan, "
    "Hutchinson, Rowe, Burke, May, Pritchard, Gilbert, Willis, Higgins, Read, Miles, Stevenson, "
    "Hammond, Arnold, Buckley, Walters, Hewitt, Barber, Nelson, Slater, Austin, Sullivan, "
    "Whitehead, Mann, Frost, Lambert, Stephens, Blake, Akhtar, Lynch, Goodwin, Barton, Woodward, "
    "Thomson, Cunningham, Quinn, Barnett, Baxter, Bibi, Clayton, Nash, Greenwood, Jennings, Holt, "
    "Kemp, Poole, Gallagher, Bond, Stokes, Tucker, Davidson, Fowler, Heath, Norman, Middleton, "
    "Llewellyn, Pryce, MacLeod, Mackenzie, Fraser, Ferguson, Drummond, Urquhart, Farquharson, "
    "Featherstonehaugh, Ffoulkes, ap Rhys, Fairweather, Goodfellow, Sparrow, Swift, Crane, Wren, "
    "Finch, Drake, Groom, Farrier, Shepard, Fowles, Hogg, Lamb, Bull, Oxley, Colt, Steed, Stallard",
    head=150,
)

# Origins common in Sweden, each in the writer's order of frequency (weight 1/rank).
FINNISH = Origin(
    ranked(
        "Maria, Helena, Johanna, Anneli, Kaarina, Marjatta, Anna, Liisa, Hannele, Tuula, Päivi, Sari, Ritva, Leena, Satu, Minna, Eija, Pirjo, Riitta, Aino, Sanna, Heidi, Elina, Tuulikki, Sirkka, Marja-Liisa, Aili, Terttu, Raija, Kirsi, Merja, Outi, Tiina",
        12,
    ),
    ranked(
        "Juhani, Johannes, Olavi, Antero, Tapani, Kalevi, Matti, Timo, Kari, Mikko, Jari, Juha, Pekka, Heikki, Markku, Jukka, Seppo, Hannu, Antti, Petri, Ville, Jussi, Tero, Esa, Pertti, Veikko, Aleksi, Eero, Jari-Pekka, Raimo, Arto, Ilkka, Toivo",
        12,
    ),
    ranked(
        "Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen, Väisänen, Hyvönen, Räsänen, Leinonen, Kallio, Peltonen, Ylönen, Kärkkäinen",
        12,
    ),
)
ARABIC = Origin(
    ranked(
        "Fatima, Maryam, Zainab, Noor, Sara, Aya, Hiba, Rania, Layla, Amira, Hanan, Zahra, Rasha, Lina, Dalia, Yasmin, Huda, Nadia, Shahad, Rana, Souad, Amal, Ghada, Samira, Nahrain, Aisha, Salma, Reem, Mariam, Bushra, Widad, Raghad",
        12,
    ),
    ranked(
        "Mohammed, Ahmad, Ali, Omar, Hussein, Mahmoud, Khaled, Hassan, Mustafa, Abdullah, Yousef, Ibrahim, Karim, Samir, Amir, Hamza, Adnan, Bassam, Firas, Haidar, Majid, Saif, Tariq, Walid, Ammar, Ninos, Elias, Georges, Fadi, Rami, Osama, Muhannad, Louay, Ziad",
        12,
    ),
    ranked(
        "Ali, Mohammed, Ahmed, Hassan, Hussein, Ibrahim, Abdullah, Khalil, Saleh, Mahmoud, Al-Jaburi, al-Obaidi, Al-Saadi, Al-Rubaie, Haddad, Khoury, Mansour, Youssef, Abbas, Jaber, Kassem, Nasser, Hamdan, Said, Shamoun, Yacoub, Gabriel, Issa, Aziz, Rashid, al-Hashimi, bin Saleh, Abu Hamdan, El-Khatib, Darwish, Sabbagh, Mousa, al-Khafaji, Al Tamimi, bin Omar",
        12,
    ),
)
SOMALI = Origin(
    ranked(
        "Fadumo, Hodan, Amina, Sahra, Hawa, Ifrah, Maryan, Asha, Nimco, Ayaan, Halima, Idil, Sagal, Khadra, Ubah, Deeqa, Hibo, Ladan, Nasteho, Muna, Hamdi, Sucaad, Leyla, Faadumo, Istar, Ruun",
        10,
    ),
    ranked(
        "Mohamed, Abdi, Ahmed, Abdullahi, Hassan, Ali, Omar, Yusuf, Ibrahim, Mahad, Abdirahman, Abdikarim, Farah, Osman, Hussein, Liban, Abdirizak, Mustafe, Guled, Bashir, Khalid, Said, Warsame, Cabdi, Ilyas",
        10,
    ),
    ranked(
        "Mohamed, Ahmed, Ali, Hassan, Abdi, Farah, Omar, Hussein, Osman, Warsame, Jama, Yusuf, Ismail, Aden, Nur, Abdullahi, Dahir, Egal, Hersi, Gedi, Duale, Elmi, Mohamud, Isse, Samatar, Guled, Shire, Abdulle, Siad",
        10,
    ),
)
PERSIAN = Origin(
    ranked(
        "Maryam, Fatemeh, Zahra, Sara, Neda, Leila, Parisa, Shirin, Mina, Nasrin, Roya, Azadeh, Ladan, Mahsa, Niloufar, Soraya, Shadi, Golnaz, Parvaneh, Elham, Farzaneh, Mitra, Yasaman, Taraneh, Forough, Homa",
        12,
    ),
    ranked(
        "Mohammad, Ali, Reza, Hossein, Mehdi, Amir, Hamid, Majid, Saeed, Behrouz, Farhad, Babak, Kourosh, Arash, Dariush, Kamran, Payam, Omid, Ramin, Shahram, Navid, Peyman, Siavash, Afshin, Bijan, Kaveh",
        12,
    ),
    ranked(
        "Mohammadi, Hosseini, Ahmadi, Rezaei, Karimi, Moradi, Hashemi, Rahimi, Jafari, Sadeghi, Ghorbani, Kazemi, Rostami, Abbasi, Nazari, Akbari, Amini, Tehrani, Shirazi, Esfahani, Farahani, Rahmani, Soltani, Nouri, Bagheri, Mousavi, Zand, Pahlavan, Khosravi, Sharifi",
        12,
    ),
)
KURDISH = Origin(
    ranked(
        "Rojda, Berivan, Dilan, Roza, Nasrin, Shilan, Hêvî, Zilan, Avin, Jiyan, Ronahî, Nishtiman, Delal, Helin, Sozdar, Gulistan, Narin, Bahar, Kajal, Shler, Chra, Hana",
        10,
    ),
    ranked(
        "Rebin, Karwan, Dilshad, Hiwa, Soran, Ahmad, Azad, Baran, Serhat, Zana, Hawre, Shwan, Kawa, Rizgar, Aram, Bakhtiyar, Dara, Nawzad, Sherwan, Goran, Diyar, Rêzan, Shorsh, Saman",
        10,
    ),
    ranked(
        "Ahmad, Mahmoud, Rashid, Qadir, Aziz, Hamad, Karim, Mustafa, Salih, Barzani, Ali, Hussein, Amin, Kaya, Doğan, Zebari, Sindi, Hawrami, Khoshnaw, Jaff, Rasul, Faraj, Othman, Baban, Herki",
        10,
    ),
)
TURKISH = Origin(
    ranked(
        "Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Meryem, Şerife, Zehra, Sultan, Hülya, Özlem, Aylin, Derya, Ebru, Gül, Esra, Merve, Büşra, Seda, Dilek, Gülsüm, Nuray, Songül, Tuğba",
        12,
    ),
    ranked(
        "Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Osman, Yusuf, Murat, Ömer, Ramazan, Halil, Süleyman, Emre, Burak, Serkan, Kemal, Cem, Erkan, Volkan, Orhan, Tarık, Ufuk",
        12,
    ),
    ranked(
        "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Erdoğan, Güneş, Aksoy, Korkmaz, Akın, Tekin, Bozkurt",
        12,
    ),
)
BCS = Origin(
    ranked(
        "Amra, Emina, Lejla, Selma, Aida, Azra, Mirela, Jasmina, Edina, Amela, Senada, Sanja, Jelena, Ivana, Marija, Ana, Dragana, Snežana, Mirjana, Vesna, Maja, Nataša, Milica, Tanja, Dijana, Biljana, Gordana, Alma",
        12,
    ),
    ranked(
        "Emir, Adnan, Amir, Mirza, Edin, Haris, Nermin, Senad, Dragan, Zoran, Goran, Nenad, Milan, Dejan, Ivan, Marko, Stefan, Nikola, Luka, Damir, Zlatan, Mehmed, Almir, Jasmin, Dino, Tarik, Enes, Sead",
        12,
    ),
    ranked(
        "Hodžić, Hadžić, Kovačević, Begić, Delić, Mehmedović, Softić, Hasanović, Ibrahimović, Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Stanković, Pavlović, Horvat, Babić, Marić, Knežević, Vuković, Popović, Šarić, Jurić, Kovač, Mujić, Alić, Omerović, Čolić",
        12,
    ),
)
POLISH = Origin(
    ranked(
        "Anna, Maria, Katarzyna, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Elżbieta, Magdalena, Joanna, Aleksandra, Monika, Zofia, Teresa, Danuta, Natalia, Karolina, Marta, Beata, Dorota, Justyna, Paulina, Agata, Iwona, Grażyna",
        12,
    ),
    ranked(
        "Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Jan, Michał, Marcin, Jakub, Adam, Łukasz, Marek, Grzegorz, Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Jerzy, Maciej, Kamil, Rafał, Robert, Sebastian, Przemysław, Bartosz",
        12,
    ),
    ranked(
        "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Kwiatkowski, Wojciechowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Nowicki, Majewski, Olszewski, Stępień, Dudek, Górski, Sadowski, Brzeziński, Zawadzki",
        12,
    ),
)
ERITREAN = Origin(
    ranked(
        "Helen, Senait, Saba, Selam, Feven, Yordanos, Mebrat, Tsega, Hiwet, Rahel, Luwam, Semhar, Winta, Eden, Rigbe, Tirhas, Azieb, Hanna, Ruta, Mizan, Letebrhan, Abeba, Nardos, Akberet",
        10,
    ),
    ranked(
        "Yonas, Daniel, Samuel, Tesfay, Mehari, Filmon, Yohannes, Dawit, Amanuel, Mulugeta, Berhane, Kidane, Tekle, Habte, Biniam, Robel, Henok, Michael, Ermias, Natnael, Goitom, Aron, Tewelde, Efrem",
        10,
    ),
    ranked(
        "Tesfay, Berhane, Kidane, Tekle, Haile, Gebremedhin, Ghebreyesus, Woldu, Habte, Mehari, Tesfamariam, Yohannes, Araya, Negash, Ghirmay, Asmerom, Fessehaye, Andemariam, Zerai, Weldemichael, Kahsay, Abraha, Gebrehiwet, Tsegai",
        10,
    ),
)
AFGHAN = Origin(
    ranked(
        "Fatima, Maryam, Zahra, Masouda, Farzana, Nazanin, Shabnam, Parwana, Freshta, Mursal, Sadaf, Hosai, Malalai, Nilofar, Mahbooba, Shukria, Fariba, Roya, Madina, Latifa, Zarghuna, Marwa, Gulalai",
        10,
    ),
    ranked(
        "Mohammad, Ahmad, Ali, Mustafa, Hamid, Abdul, Sayed, Rahmatullah, Naqibullah, Hamidullah, Jawad, Farid, Najib, Wahid, Shafiq, Khalid, Yama, Mirwais, Zabihullah, Omid, Sohrab, Aziz, Karim, Hedayat, Nasir, Bashir, Ahmad Shah, Mohammad Reza",
        10,
    ),
    ranked(
        "Ahmadi, Hussaini, Mohammadi, Rahimi, Sultani, Karimi, Noori, Popal, Stanikzai, Safi, Wardak, Ahmadzai, Hotak, Durrani, Barakzai, Mohmand, Amiri, Hakimi, Jalali, Rezai, Azizi, Haidari, Samadi, Nazari, Yousufzai, Akbari, Sharifi",
        10,
    ),
)
THAI = Origin(
    ranked(
        "Siriporn, Supaporn, Somying, Wanida, Pranee, Sunisa, Kanokwan, Malee, Saowanee, Jintana, Ratana, Pornthip, Duangjai, Kannika, Nattaya, Orawan, Araya, Waraporn, Nittaya, Lamai, Sasithorn, Pimchanok",
        10,
    ),
    ranked(
        "Somchai, Somsak, Sombat, Prasert, Anan, Chaiwat, Kittisak, Surachai, Wichai, Narong, Sakchai, Thanawat, Anucha, Boonsong, Niran, Pichit, Tanawat, Arthit, Somporn, Kiattisak",
        10,
    ),
    ranked(
        "Saetang, Srisuk, Wongsawat, Chaiyaporn, Sukhum, Rattanakul, Boonmee, Kaewkanya, Thongdee, Phromma, Sangthong, Chanthara, Suwannarat, Jaidee, Inthasorn, Phanthong, Siriwat, Pongpanich, Kongkaew, Somboon, Thongchai, Yodsuwan, Manee",
        10,
    ),
)
CHINESE = Origin(
    ranked(
        "Li, Fang, Jing, Yan, Hong, Juan, Xiaoling, Min, Lan, Ling, Mei, Xin, Qing, Hui, Lijuan, Xiaohong, Ying, Yuqing, Zhiying, Shu, Na, Ting, Xue, Yue",
        10,
    ),
    ranked(
        "Wei, Jun, Tao, Lei, Ming, Jian, Yong, Jie, Hao, Qiang, Gang, Feng, Peng, Xiaoming, Jianguo, Zhiwei, Yang, Kai, Zhen, Bin, Hai, Long, Bo, Chao",
        10,
    ),
    ranked(
        "Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, He, Lin, Gao, Luo, Zheng, Liang, Xie, Song, Tang, Han, Feng, Deng, Cao",
        10,
    ),
)
INDIAN = Origin(
    ranked(
        "Priya, Anjali, Pooja, Neha, Divya, Lakshmi, Sunita, Deepika, Kavita, Shreya, Swati, Ananya, Aishwarya, Meera, Nisha, Ritu, Sneha, Rekha, Harpreet, Simran, Preeti, Aarti, Radhika, Shalini, Jaspreet, Padma",
        12,
    ),
    ranked(
        "Rahul, Amit, Rajesh, Sanjay, Vikram, Arjun, Suresh, Ravi, Anil, Deepak, Manoj, Sunil, Rohit, Karthik, Vijay, Ajay, Gurpreet, Sandeep, Nikhil, Pradeep, Aditya, Ramesh, Srinivas, Venkatesh, Anand, Arun, Krishna",
        12,
    ),
    ranked(
        "Kumar, Singh, Sharma, Patel, Gupta, Reddy, Rao, Shah, Iyer, Nair, Joshi, Mehta, Agarwal, Verma, Das, Khan, Chatterjee, Banerjee, Menon, Pillai, Krishnan, Mishra, Desai, Kaur, Bhat, Naidu, Chopra, Malhotra, Subramanian, Srinivasan",
        12,
    ),
)
LATIN = Origin(
    ranked(
        "María, Carolina, Camila, Francisca, Valentina, Javiera, Constanza, Catalina, Daniela, Fernanda, Paula, Claudia, Patricia, Verónica, Marcela, Alejandra, Lorena, Gabriela, Paz, Soledad, Ximena, Pilar, Isidora, María José, Ana María, Rosa",
        12,
    ),
    ranked(
        "José, Juan, Luis, Carlos, Jorge, Francisco, Manuel, Pedro, Diego, Sebastián, Matías, Felipe, Cristián, Rodrigo, Pablo, Gonzalo, Andrés, Alejandro, Patricio, Claudio, Víctor, Hernán, Nicolás, Tomás, Benjamín, Juan Pablo, José Luis, Miguel",
        12,
    ),
    ranked(
        "González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo, Tapia, Reyes, Gutiérrez, Castro, Vargas, Álvarez, Vásquez, Fernández, Ramírez, de la Fuente, del Río, de la Cruz, San Martín, Núñez",
        12,
    ),
)
ROMANIAN = Origin(
    ranked(
        "Maria, Elena, Ioana, Andreea, Mihaela, Ana, Gabriela, Alexandra, Cristina, Daniela, Georgiana, Nicoleta, Florentina, Ramona, Roxana, Simona, Alina, Adriana, Monica, Irina, Larisa, Oana, Bianca, Raluca, Denisa",
        10,
    ),
    ranked(
        "Ion, Gheorghe, Vasile, Constantin, Alexandru, Andrei, Mihai, Nicolae, Florin, Ionuț, Marius, Adrian, Cristian, Daniel, Ștefan, Gabriel, Bogdan, Dumitru, Ciprian, Cosmin, Sorin, Vlad, Radu, Lucian, Dragoș",
        10,
    ),
    ranked(
        "Popa, Popescu, Pop, Radu, Dumitru, Stan, Stoica, Gheorghe, Matei, Ciobanu, Ionescu, Rusu, Munteanu, Constantin, Mihai, Florea, Moldovan, Ene, Lupu, Toma, Cristea, Dinu, Marin, Tudor, Barbu, Nistor, Dobre, Ungureanu, Sandu, Zamfir",
        10,
    ),
)
DUTCH = Origin(
    ranked(
        "Anna, Maria, Johanna, Emma, Sanne, Lotte, Femke, Anouk, Inge, Marieke, Esther, Ingrid, Marjolein, Sophie, Lisa, Eva, Fleur, Iris, Jolanda, Karin, Saskia, Wilma, Annemiek, Tessa",
        10,
    ),
    ranked(
        "Jan, Johannes, Pieter, Cornelis, Hendrik, Willem, Dirk, Gerrit, Jeroen, Bas, Maarten, Ruud, Sander, Thijs, Daan, Bram, Lars, Koen, Joost, Wouter, Niels, Erik, Stijn, Ruben, Jan-Willem",
        10,
    ),
    ranked(
        "de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer, de Boer, Mulder, de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, Dijkstra, Smits, de Graaf, van der Meer, van der Linden, Kok, Jacobs, de Haan, Vermeulen, van den Heuvel, van der Veen, van den Broek, de Bruijn, van der Heijden, Schouten, van Beek, van Vliet, van de Ven",
        12,
    ),
)
FRENCH = Origin(
    ranked(
        "Marie, Nathalie, Isabelle, Sylvie, Catherine, Françoise, Sophie, Anne, Christine, Valérie, Sandrine, Céline, Camille, Julie, Aurélie, Émilie, Manon, Chloé, Léa, Marie-Claire, Anne-Sophie, Marie-Hélène, Claire, Hélène, Élodie",
        10,
    ),
    ranked(
        "Jean, Pierre, Michel, Philippe, Alain, Nicolas, Christophe, Patrick, Laurent, Frédéric, Stéphane, Thierry, Olivier, Julien, Sébastien, David, Thomas, Antoine, Maxime, Jean-Pierre, Jean-Luc, Jean-François, Jean-Marc, Jean-Claude, François, Guillaume",
        10,
    ),
    ranked(
        "Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Laurent, Lefebvre, Michel, Garcia, David, Bertrand, Roux, Vincent, Fournier, Morel, Girard, André, Lefèvre, Mercier, Dupont, Lambert, Bonnet, Le Goff, Le Roux, de Villiers, Dupuis",
        10,
    ),
)

ORIGINS = {
    "swedish": Origin(SV_F, SV_M, SV_S), "us": Origin(US_F, US_M, US_S), "uk": Origin(UK_F, UK_M, UK_S),
    "finnish": FINNISH, "arabic": ARABIC, "somali": SOMALI, "persian": PERSIAN, "kurdish": KURDISH,
    "turkish": TURKISH, "bcs": BCS, "polish": POLISH, "eritrean": ERITREAN, "afghan": AFGHAN,
    "thai": THAI, "chinese": CHINESE, "indian": INDIAN, "latin": LATIN, "romanian": ROMANIAN,
    "dutch": DUTCH, "french": FRENCH,
}  # fmt: skip

# Who is named, per language of the row (roughly as Sweden's population is, and for English
# text as the readers of English pet and farm paperwork are).
MIXES = {
    "sv": {
        "swedish": 66, "finnish": 4, "arabic": 5.5, "polish": 2.5, "bcs": 2.5, "persian": 2.2,
        "somali": 1.7, "afghan": 1.6, "kurdish": 1.3, "turkish": 1.3, "eritrean": 1.1, "thai": 0.9,
        "indian": 1.1, "chinese": 0.8, "latin": 1.1, "romanian": 0.9, "dutch": 0.5, "french": 0.3,
        "us": 0.5, "uk": 0.6,
    },
    "en": {
        "us": 38, "uk": 34, "swedish": 9, "indian": 4, "arabic": 1.5, "polish": 1.5, "chinese": 1.5,
        "latin": 1.5, "french": 1.2, "dutch": 1.2, "finnish": 1, "persian": 0.8, "somali": 0.7,
        "turkish": 0.7, "romanian": 0.6, "bcs": 0.6, "thai": 0.5, "eritrean": 0.4, "afghan": 0.4,
        "kurdish": 0.3,
    },
    "mixed": {
        "swedish": 50, "uk": 10, "us": 9, "arabic": 4.5, "finnish": 3, "polish": 2.5, "indian": 2.5,
        "bcs": 2, "persian": 2, "somali": 1.5, "afghan": 1.3, "kurdish": 1.2, "turkish": 1.2,
        "dutch": 1.2, "latin": 1.2, "eritrean": 1, "thai": 1, "chinese": 1, "romanian": 1, "french": 1,
    },
}  # fmt: skip

# Short forms people are called by (the given name as the pool has it -> its nicknames).
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": {
        "Karl": ("Kalle",), "Lars": ("Lasse",), "Per": ("Pelle", "Pära"), "Jan": ("Janne",),
        "Mikael": ("Micke",), "Joakim": ("Jocke",), "Nils": ("Nisse",), "Olof": ("Olle",),
        "Bo": ("Bosse",), "Fredrik": ("Fredde",), "Henrik": ("Henke",), "Jonathan": ("Jonte",),
        "Ludvig": ("Ludde",), "Kristoffer": ("Krille",), "Christoffer": ("Chrille", "Stoffe"),
        "Tobias": ("Tobbe",), "Robert": ("Robban",), "Daniel": ("Danne",), "Sven": ("Svenne",),
        "Bengt": ("Bengan", "Benke"), "Gustav": ("Gurra", "Gusse"), "Thomas": ("Tompa",),
        "Magnus": ("Manne",), "Andreas": ("Andy",), "Marcus": ("Mackan",), "Patrik": ("Perra",),
        "Anders": ("Acke",), "Johan": ("Jojje",), "Alexander": ("Alex",), "Sebastian": ("Sebbe",),
        "Kristina": ("Kicki", "Stina"), "Charlotte": ("Lotta",), "Maria": ("Mia",),
        "Susanne": ("Sussie", "Sanne"), "Elisabeth": ("Lisa", "Bettan"), "Elisabet": ("Bettan",),
        "Birgitta": ("Gittan", "Bibbi"), "Margareta": ("Maggan",), "Katarina": ("Kajsa", "Katta"),
        "Helena": ("Lena",), "Ingrid": ("Inga",), "Karolina": ("Karro",), "Matilda": ("Tilda",),
        "Josefin": ("Jossan",), "Madeleine": ("Madde",), "Rebecka": ("Becka",), "Viktoria": ("Vicky",),
        "Johanna": ("Hanna", "Jojjo"), "Ulrika": ("Ullis",), "Cecilia": ("Cissi",), "Camilla": ("Millan",), "Erik": ("Erre",), "Martin": ("Tinto",), "Stefan": ("Steffe",), "Niklas": ("Nicke",), "Mattias": ("Matte",), "Mats": ("Matte",), "Leif": ("Leffe",), "Lennart": ("Lelle", "Lennie"), "Kenneth": ("Kenta",), "Torbjörn": ("Tobbe",), "Emil": ("Emme",), "Anna": ("Annie", "Anki"), "Ingegerd": ("Inga",), "Kerstin": ("Kickan",), "Agneta": ("Neta",), "Annika": ("Anki",), "Barbro": ("Babbo",), "Louise": ("Lollo",), "Frida": ("Fridde",), "Gunilla": ("Gunsan",), "Christina": ("Kicki",),
    },
    "uk": {
        "William": ("Will", "Bill"), "Robert": ("Rob", "Bob"), "Michael": ("Mike",),
        "James": ("Jim", "Jamie"), "Thomas": ("Tom",), "David": ("Dave",), "Stephen": ("Steve",),
        "Christopher": ("Chris",), "Richard": ("Rich", "Dick"), "Andrew": ("Andy",),
        "Anthony": ("Tony",), "Peter": ("Pete",), "Nicholas": ("Nick",), "Daniel": ("Dan",),
        "Samuel": ("Sam",), "Benjamin": ("Ben",), "Edward": ("Ed", "Ted"), "Alexander": ("Alex",),
        "Elizabeth": ("Liz", "Beth"), "Catherine": ("Kate", "Cathy"), "Katherine": ("Kate", "Katie"),
        "Jennifer": ("Jen", "Jenny"), "Susan": ("Sue",), "Rebecca": ("Becky",), "Victoria": ("Vicky",),
        "Margaret": ("Maggie", "Peggy"), "Samantha": ("Sam",), "Charlotte": ("Lottie",),
        "Deborah": ("Debbie",), "Patricia": ("Pat", "Trish"), "Joanne": ("Jo",), "Amanda": ("Mandy",),
    },
    "us": {
        "William": ("Bill", "Will"), "Robert": ("Bob", "Rob"), "Michael": ("Mike",), "James": ("Jim",),
        "Thomas": ("Tom",), "David": ("Dave",), "Richard": ("Rick",), "Joseph": ("Joe",),
        "Charles": ("Chuck", "Charlie"), "Christopher": ("Chris",), "Daniel": ("Danny",),
        "Matthew": ("Matt",), "Anthony": ("Tony",), "Steven": ("Steve",), "Kenneth": ("Ken",),
        "Edward": ("Ed",), "Jennifer": ("Jen",), "Elizabeth": ("Liz", "Betsy"), "Patricia": ("Pat",),
        "Katherine": ("Kathy",), "Kimberly": ("Kim",), "Rebecca": ("Becky",), "Margaret": ("Peggy",),
        "Deborah": ("Debbie",), "Jessica": ("Jess",), "Susan": ("Sue",), "Christine": ("Chris",),
    },
    "finnish": {"Juhani": ("Jussi",), "Matti": ("Masa",), "Johannes": ("Jukka",), "Kaarina": ("Kaija",)},
    "polish": {"Katarzyna": ("Kasia",), "Małgorzata": ("Gosia",), "Aleksandra": ("Ola",), "Michał": ("Michu",), "Krzysztof": ("Krzysiek",)},
    "arabic": {"Mohammed": ("Mo", "Hamoudi"), "Abdullah": ("Abdu",), "Mustafa": ("Musti",)},
    "bcs": {"Zlatan": ("Zlatko",), "Emina": ("Emi",)},
}  # fmt: skip
