# ruff: noqa: E501
"""Name pools of held-out BI: names weighted by how often people really carry them.

Written by the fortieth writer from general knowledge and from the US Census 1990 lists (public
domain, as the `names==0.3.0` package ships them); not checked against any list of the project.

- Sweden: given names (as people are called) and surnames in the order of SCB's name statistics,
  weight 1/rank. Ali, Mohammed, Ahmed and Hassan, which SCB ranks among the commonest surnames
  of the country, are drawn through the Arabic and Somali pools instead, with given names of the
  same origin.
- The US: the census's per cents for `dist.female.first`, `dist.male.first` (the first 400 each)
  and `dist.all.last` (the first 450), copied here.
- The UK: given names of adults of working age and surnames in the order of the ONS rankings,
  weight 1/rank.
- Twenty origins common in Sweden and in the trade's vendors (Finnish, Arabic with Assyrian/Syriac,
  Somali, Persian, Kurdish, Turkish, Bosnian/Serbian/Croatian, Polish, Eritrean, Afghan, Thai,
  Chinese, Indian, Chilean and Latin American, Romanian, Ukrainian, German, Dutch, French,
  Malaysian), each in the writer's order of frequency, weight 1/rank.

Every list has a head (its commonest names) and a tail (the rarer names past it); a name word is
drawn from the head with HEAD_SHARE, else from the tail.
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
    """A pool from names in order of frequency, comma separated; weight 1/rank."""
    names = tuple(dict.fromkeys(n.strip() for n in text.replace("\n", ",").split(",") if n.strip()))
    assert head < len(names), (head, len(names))
    return Pool(names, tuple(1 / (i + 1) for i in range(len(names))), head)


def counted(text: str, head: int) -> Pool:
    """A pool from `Name per-cent` pairs, comma separated (the census lists)."""
    pairs = [p.split() for p in text.replace("\n", ",").split(",") if p.strip()]
    names = tuple(" ".join(p[:-1]) for p in pairs)
    assert len(set(names)) == len(names)
    return Pool(names, tuple(float(p[-1]) for p in pairs), head)


# --- Sweden (SCB's ranks, general knowledge) ---------------------------------------------------

SV_F = ranked(
    """
    Anna, Eva, Maria, Karin, Kristina, Lena, Sara, Kerstin, Emma, Ingrid, Marie, Malin, Jenny,
    Birgitta, Hanna, Inger, Linda, Annika, Elin, Susanne, Monica, Johanna, Sofia, Ulla, Carina,
    Elisabeth, Julia, Katarina, Ida, Linnéa, Helena, Margareta, Camilla, Marianne, Therese, Åsa,
    Cecilia, Anneli, Ebba, Sandra, Gunilla, Amanda, Frida, Matilda, Lisa, Maja, Josefin, Ulrika,
    Caroline, Elsa, Barbro, Alice, Moa, Agnes, Lina, Klara, Wilma, Ellen, Emelie, Louise, Jessica,
    Lovisa, Siv, Viktoria, Alva, Ella, Astrid, Ester, Saga, Stina, Ann, Madeleine, Mona, Charlotte,
    Pia, Gun, Britt, Ingela, Mia, Nathalie, Tove, Felicia, Rebecka, Agneta, Yvonne, Berit, Gunnel,
    Elvira, Olivia, Vera, Selma, Freja, Tilda, Nora, Signe, Alma, Isabelle, Emilia, Linn, Jennifer,
    Elisabet, Sofie, Gerd, Marita, Anette, Lotta, Kristin, Mikaela, Petra, Veronica, Erika,
    Magdalena, Hedvig, Tindra, Liv, Ingegerd, Irene, Birgit, Karolina, Cornelia, Isabella, Minna,
    Angelica, Johanna, Rut, Greta, Vilma, Stella, Juni, Lilly, Lova, Leah, Molly, Nellie, Ines,
    Edith, Engla, Thea, Iris, Sigrid, Svea, Märta, Tyra, Hillevi, Ylva, Ronja, Sanna, Tina, Ewa,
    Charlotta, Karina, Helen, Eleonor, Marlene, Pernilla, Rose-Marie, Solveig, Majvor, Gudrun,
    Elsie, Ingeborg, Laila, Sonja, Lisbeth, Inga, Dagmar, Agda, Ethel, Maj, Britta, Ulrica,
    Christina, Katrin, Lisen, Hilda, Doris, Vivianne, Viveka, Nanna, Fanny, Wilhelmina, Liza,
    Desirée, Jeanette, Mariann, Ann-Marie, Kajsa, Tuva, Idun, Mira, Elise, Sabina, Jasmine, Tora,
    Lykke, Edla, Valborg, Gullan, Asta, Rakel, Siri, Meja, Livia, Märit, Tekla, Linnea, Emmy, Rebecca,
    Hedda, Ingalill, Ylwa, Torun, Mathilda, Kim, Bodil, Lillemor, Mari, Åse, Agnetha, Birgitte
    """,
    head=130,
)
SV_M = ranked(
    """
    Lars, Mikael, Anders, Johan, Erik, Per, Peter, Karl, Thomas, Jan, Daniel, Fredrik, Andreas,
    Hans, Stefan, Mats, Marcus, Mattias, Magnus, Jonas, Bengt, Oskar, Alexander, Nils, Sven, Bo,
    Martin, Leif, Henrik, Viktor, Björn, Göran, Ulf, Patrik, Emil, David, Simon, Gustav, Anton,
    Christer, Kent, Robert, Filip, Kjell, Tommy, Axel, Sebastian, Joakim, Niklas, Lucas, Tobias,
    William, Christian, Rolf, Oliver, Elias, Hugo, Adam, Roger, Jakob, Håkan, Ludvig, Jonathan,
    Isak, Lennart, Olof, Gunnar, Rasmus, Stig, Liam, Noah, Albin, Jesper, Linus, Åke, Rickard,
    Kenneth, Dennis, Robin, Kevin, Arvid, Leo, Theo, Edvin, Jimmy, Max, Felix, Samuel, Benjamin,
    Vincent, Melvin, Elliot, Hampus, Viggo, Alfred, Arne, Ove, Kurt, Sten, Jörgen, Claes, Dan,
    Tomas, Torbjörn, Ingemar, Jens, Ola, Pontus, Johnny, Conny, Rune, Bertil, Sune, Gösta, Harry,
    Ebbe, Sixten, Malte, Casper, Love, Ivar, Frans, Otto, Vilgot, Melker, Valter, Wilmer, Kristoffer,
    Christoffer, Carl, Gabriel, Joel, Jacob, Jonny, Tord, Bernt, Per-Olof, Lars-Erik, Torsten,
    Sigvard, Evert, Birger, Yngve, Gert, Lage, Tor, Allan, Stellan, Göte, Holger, Ingvar, Inge,
    Sture, Folke, Tage, Assar, Alvar, Uno, Einar, Helge, Harald, Georg, Henning, Anton, Matteus,
    Jon, Pär, Mauritz, Oscar, Wilhelm, Sigge, Nore, Bill, Kaj, Glenn, Mathias, Lukas, Charlie,
    Neo, Milo, Colin, Julius, Nicklas, Sam, Adrian, Olle, Albert, Eddie, Levi, Frank, Roland,
    Ronny, Morgan, Jerker, Staffan, Ragnar, Sölve, Arnold, Hilding, Elof, Anselm,
    Torgny, Algot, Ossian, Tim, Joar, Truls, Eskil, Emanuel, Fabian, Svante, Gottfrid
    """,
    head=130,
)
SV_S = ranked(
    """
    Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson,
    Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson,
    Magnusson, Olofsson, Lindström, Lindqvist, Lindgren, Berg, Axelsson, Bergström, Lundberg,
    Lundgren, Lind, Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Forsberg,
    Sjöberg, Wallin, Engström, Eklund, Danielsson, Lundin, Håkansson, Gunnarsson, Björk, Bergman,
    Holm, Samuelsson, Wikström, Fransson, Isaksson, Bergqvist, Nyström, Holmberg, Arvidsson,
    Löfgren, Söderberg, Nyberg, Blomqvist, Claesson, Nordström, Mårtensson, Lundström, Viklund,
    Björklund, Eliasson, Pålsson, Berggren, Sandström, Lund, Nordin, Ström, Åberg, Falk, Ekström,
    Hermansson, Holmgren, Dahlberg, Hellström, Hedlund, Sundberg, Sjögren, Ek, Blom, Abrahamsson,
    Martinsson, Öberg, Andreasson, Strömberg, Månsson, Åkesson, Dahl, Lindholm, Norberg, Holmqvist,
    Sundqvist, Hedberg, Åström, Lindahl, Jonasson, Forsman, Borg, Sundström, Nordqvist, Nordlund,
    Göransson, Sjöstrand, Lindblom, Ekman, Hägglund, Hedman, Östlund, Wiberg, Boström, Lindén,
    Axelson, Kristiansson, Bäckström, Ivarsson, Strand, Westerberg, Söderström, Engberg, Ahlberg,
    Lindell, Nyman, Ottosson, Malmberg, Palm, Börjesson, Moberg, Wahlström, Söderlund, Edlund,
    Ekberg, Knutsson, Skoglund, Lindroos, Ljungberg, Granberg, Rosén, Sjödin, Backman, Björkman,
    Ågren, Törnqvist, Lööf, Hagström, Mohlin, Bergkvist, Sjöqvist, Vikström, Hallberg, Carlsson,
    Lundmark, Grahn, Sundin, Åkerlund, Hjalmarsson, Rydberg, Melin, Fors, Nygren, Engman,
    Ljunggren, Hammar, Brandt, Ahlström, Nordgren, Frisk, Sandin, Jeppsson, Pihl, Gran, Lindkvist,
    Kvist, Roos, Nord, Sahlin, Westman, Blomberg, Friberg, Hultgren, Lagerqvist, Strandberg,
    Wennberg, Dahlgren, Almqvist, Ekdahl, Rask, Thorén, Bladh, Sköld, Wickman, Lindahl, Fagerström,
    Östman, Grönlund, Tengvall, Asplund, Wester, Sjölander, Hedin, Nordén, Häggström, Stenberg,
    Rehn, Lilja, Sörensen, Tornberg, Wennerström, Ekholm, Brodin, Kronberg, Zetterberg, Alm,
    Hultman, Sund, Stål, Vesterlund, Olander, Lagerström, Thunberg, Hörnfeldt, Ramstedt, Nyholm,
    Enqvist, Frid, Ståhl, Ask, Stenmark, Malm, Kjellberg, Sandgren, Bernhardsson, Juhlin, Widén,
    von Sydow, af Klercker, De Geer, von Platen, Adlercreutz, Wachtmeister, von Essen,
    af Ugglas, Stiernstedt, Gyllenhaal, Leijonhufvud, Cederschiöld, Tham, Nordenskiöld
    """,
    head=150,
)
# Hyphenated given names as Swedes are christened them (Anna-Karin, Per-Olof).
SV_HYPH_F = ranked(
    "Ann-Christin, Anna-Karin, Ann-Marie, Ann-Sofie, Eva-Lena, Ann-Charlotte, Marie-Louise, Anna-Lena, Ann-Katrin, Lena-Maria, Ann-Louise, Eva-Karin, Anna-Lisa, Mia-Maria, Anna-Clara",
    head=8,
)
SV_HYPH_M = ranked(
    "Per-Olof, Karl-Erik, Lars-Erik, Jan-Erik, Carl-Johan, Karl-Johan, Lars-Göran, Per-Erik, Jan-Olof, Sven-Erik, Nils-Erik, Bengt-Göran, Lars-Olof, Per-Anders, Carl-Henrik, Jan-Åke, Lars-Gunnar, Karl-Gustav, Hans-Erik, Sven-Olof, Per-Arne, Nils-Olov",
    head=10,
)

# --- The UK (ONS rankings, general knowledge) ---------------------------------------------------

UK_F = ranked(
    """
    Sarah, Emma, Laura, Rebecca, Hannah, Charlotte, Amy, Jessica, Lauren, Sophie, Emily, Katie,
    Rachel, Lucy, Claire, Gemma, Nicola, Samantha, Louise, Victoria, Kelly, Jennifer, Helen,
    Elizabeth, Natalie, Zoe, Stephanie, Amanda, Lisa, Michelle, Kirsty, Jade, Megan, Chloe, Olivia,
    Amelia, Grace, Ellie, Holly, Georgia, Abigail, Bethany, Danielle, Joanne, Karen, Susan, Julie,
    Alison, Catherine, Fiona, Caroline, Joanna, Kate, Anna, Eleanor, Alice, Harriet, Jasmine, Leah,
    Molly, Ruby, Isla, Ava, Mia, Poppy, Freya, Lily, Evie, Phoebe, Imogen, Millie, Daisy, Erin,
    Niamh, Aimee, Melissa, Naomi, Tara, Shannon, Jodie, Leanne, Hayley, Stacey, Kerry, Donna,
    Tracey, Sharon, Deborah, Angela, Margaret, Patricia, Janet, Jacqueline, Wendy, Carol, Pauline,
    Gillian, Sian, Rhian, Bethan, Ffion, Rhiannon, Catriona, Morag, Eilidh, Mhairi, Siobhan, Aoife,
    Orla, Roisin, Priya, Aisha, Yasmin, Florence, Matilda, Rosie, Esme, Scarlett, Maisie, Heidi,
    Willow, Sienna, Elsie, Harper, Evelyn, Ivy, Nadia, Kayleigh, Chelsea, Carly, Lindsey, Vicky,
    Kimberley, Tanya, Heather, Lorna, Ailsa, Kirsteen, Iona, Skye, Morven, Cerys, Nia, Lowri,
    Carys, Seren, Elin, Megan-Rose, Tamsin, Jemima, Araminta, Felicity, Philippa, Hermione,
    Clementine, Persephone, Octavia, Bryony, Saffron, Bernadette, Dervla, Grainne, Maeve, Sinead
    """,
    head=100,
)
UK_M = ranked(
    """
    David, James, Michael, Daniel, Thomas, Christopher, Matthew, Andrew, Paul, Mark, John, Robert,
    Richard, Jonathan, Adam, Benjamin, Samuel, Joshua, Luke, Ryan, Jack, Oliver, William, Harry,
    George, Jamie, Liam, Callum, Lewis, Alexander, Joseph, Stephen, Peter, Simon, Nicholas, Gareth,
    Craig, Lee, Darren, Scott, Stuart, Martin, Kevin, Ian, Steven, Neil, Gary, Carl, Dean, Wayne,
    Jason, Anthony, Philip, Tom, Sam, Ben, Nathan, Aaron, Connor, Kieran, Jordan, Dylan, Rhys,
    Owen, Charlie, Alfie, Oscar, Noah, Arthur, Leo, Freddie, Archie, Henry, Edward, Charles,
    Harrison, Ethan, Max, Jake, Joe, Dominic, Toby, Rory, Hamish, Angus, Fraser, Ross, Euan, Calum,
    Alistair, Graham, Colin, Keith, Malcolm, Nigel, Trevor, Barry, Derek, Clive, Geoffrey, Roger,
    Brian, Alan, Kenneth, Raymond, Dafydd, Gethin, Iwan, Declan, Ciaran, Sean, Patrick, Conor,
    Mohammed, Imran, Ravi, Arjun, Tariq, Kwame, Theo, Finley, Reuben, Ewan, Niall, Cameron, Gregor,
    Lachlan, Struan, Ruaridh, Huw, Emyr, Aled, Rhodri, Gwilym, Cormac, Eoin, Oisin, Fergus, Crispin,
    Jolyon, Barnaby, Rupert, Hugo, Giles, Tarquin, Benedict, Peregrine, Ambrose, Jethro, Lyle
    """,
    head=100,
)
UK_S = ranked(
    """
    Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts,
    Robinson, Thompson, Wright, Walker, White, Edwards, Hughes, Green, Hall, Lewis, Harris, Clarke,
    Patel, Jackson, Wood, Turner, Martin, Cooper, Hill, Ward, Morris, Moore, Clark, Lee, King,
    Baker, Harrison, Morgan, Allen, James, Scott, Phillips, Watson, Davis, Parker, Price, Bennett,
    Young, Griffiths, Mitchell, Kelly, Cook, Carter, Richardson, Bailey, Collins, Bell, Shaw, Murphy,
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
    Featherstone, Ashworth, Cartwright, Pemberton, Haworth, Ormerod, Entwistle, Fairclough,
    Sutcliffe, Ackroyd, Pickering, Crowther, Lockwood, Whitehead, Holroyd, Greenwood, Llewellyn,
    Prosser, Vaughan, MacLeod, McKenzie, Fraser, Sinclair, Drummond, Urquhart, Farquharson,
    Doherty, Gallagher, Quinn, McLaughlin, Nwachukwu, Okafor, Mensah, Chowdhury, Rahman, Bhatti,
    Montgomery-Smith, Fiennes, Cholmondeley, Featherstonehaugh, Ffoulkes, ap Rhys
    """,
    head=150,
)

# --- The US (the Census 1990 lists; per cents as weights) ---------------------------------------

US_F = counted(
    """
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
    Florence 0.200, Tracy 0.197, Edna 0.197, Tiffany 0.195, Carmen 0.195, Rosa 0.194, Cindy 0.192,
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
    Alma 0.111, Sue 0.111, Elsie 0.110, Beth 0.110, Jeanne 0.109, Vicki 0.109, Carla 0.107,
    Tara 0.107, Rosemary 0.107, Eileen 0.105, Terri 0.105, Gertrude 0.103, Lucy 0.103, Tonya 0.102,
    Ella 0.101, Stacey 0.101, Wilma 0.099, Gina 0.099, Kristin 0.099, Jessie 0.098, Natalie 0.098,
    Agnes 0.098, Vera 0.098, Willie 0.097, Charlene 0.097, Bessie 0.096, Delores 0.095,
    Melinda 0.094, Pearl 0.094, Arlene 0.094, Maureen 0.092, Colleen 0.092, Allison 0.092,
    Tamara 0.092, Joy 0.091, Georgia 0.091, Constance 0.091, Lillie 0.090, Claudia 0.090,
    Jackie 0.090, Marcia 0.090, Tanya 0.089, Nellie 0.089, Minnie 0.089, Marlene 0.088,
    Heidi 0.088, Glenda 0.088, Lydia 0.086, Viola 0.086, Courtney 0.086, Marian 0.086,
    Stella 0.085, Caroline 0.085, Dora 0.084, Jo 0.083, Vickie 0.082, Mattie 0.081, Terry 0.080,
    Maxine 0.079, Irma 0.079, Mabel 0.078, Marsha 0.078, Myrtle 0.078, Lena 0.077, Christy 0.077,
    Deanna 0.076, Patsy 0.076, Hilda 0.075, Gwendolyn 0.074, Jennie 0.073, Nora 0.073,
    Margie 0.072, Nina 0.072, Cassandra 0.072, Leah 0.072, Penny 0.071, Kay 0.071, Priscilla 0.071,
    Naomi 0.071, Carole 0.071, Brandy 0.070, Olga 0.070, Billie 0.069, Dianne 0.069, Tracey 0.069,
    Leona 0.069, Jenny 0.068, Felicia 0.068, Sonia 0.068, Miriam 0.066, Velma 0.066, Becky 0.066,
    Bobbie 0.065, Violet 0.065, Kristina 0.065, Toni 0.064, Misty 0.063, Mae 0.063, Shelly 0.062,
    Daisy 0.062, Ramona 0.062, Sherri 0.062, Erika 0.061, Katrina 0.061, Claire 0.061,
    Lindsey 0.060, Lindsay 0.060, Geneva 0.059, Guadalupe 0.059, Belinda 0.059, Margarita 0.059,
    Sheryl 0.059, Cora 0.058, Faye 0.058, Ada 0.057, Natasha 0.057, Sabrina 0.057, Isabel 0.057,
    Marguerite 0.056, Hattie 0.056, Harriet 0.056, Molly 0.055, Cecilia 0.055, Kristi 0.055,
    Brandi 0.055, Blanche 0.055, Sandy 0.055, Rosie 0.055, Joanna 0.055, Iris 0.055, Eunice 0.054,
    Angie 0.054, Inez 0.053, Lynda 0.053, Madeline 0.052, Amelia 0.052, Alberta 0.052,
    Genevieve 0.051, Monique 0.051, Jodi 0.051, Janie 0.051, Maggie 0.051, Kayla 0.051,
    Sonya 0.051, Jan 0.051, Lee 0.051, Kristine 0.051, Candace 0.051, Fannie 0.050, Maryann 0.050,
    Opal 0.050, Alison 0.050, Yvette 0.050, Melody 0.050, Luz 0.049, Susie 0.049, Olivia 0.049,
    Flora 0.049, Shelley 0.049, Kristy 0.048, Mamie 0.048, Lula 0.048, Lola 0.048, Verna 0.048,
    Beulah 0.048, Antoinette 0.048, Candice 0.046, Juana 0.046, Jeannette 0.046, Pam 0.046,
    Kelli 0.046, Hannah 0.045, Whitney 0.045, Bridget 0.045, Karla 0.044, Celia 0.044,
    Latoya 0.043, Patty 0.043, Shelia 0.043, Gayle 0.043, Della 0.043, Vicky 0.043, Lynne 0.043,
    Sheri 0.042, Marianne 0.042, Kara 0.041, Jacquelyn 0.041, Erma 0.041, Blanca 0.041, Myra 0.040,
    Leticia 0.040, Pat 0.040, Krista 0.040, Roxanne 0.040, Angelica 0.039, Johnnie 0.039,
    Robyn 0.039, Francis 0.039, Adrienne 0.039, Rosalie 0.039, Alexandra 0.039, Brooke 0.039,
    Bethany 0.039, Sadie 0.039, Bernadette 0.039
    """,
    head=150,
)
US_M = counted(
    """
    James 3.318, John 3.271, Robert 3.143, Michael 2.629, William 2.451, David 2.363,
    Richard 1.703, Charles 1.523, Joseph 1.404, Thomas 1.380, Christopher 1.035, Daniel 0.974,
    Paul 0.948, Mark 0.938, Donald 0.931, George 0.927, Kenneth 0.826, Steven 0.780, Edward 0.779,
    Brian 0.736, Ronald 0.725, Anthony 0.721, Kevin 0.671, Jason 0.660, Matthew 0.657, Gary 0.650,
    Timothy 0.640, Jose 0.613, Larry 0.598, Jeffrey 0.591, Frank 0.581, Scott 0.546, Eric 0.544,
    Stephen 0.540, Andrew 0.537, Raymond 0.488, Gregory 0.441, Joshua 0.435, Jerry 0.432,
    Dennis 0.415, Walter 0.399, Patrick 0.389, Peter 0.381, Harold 0.371, Douglas 0.367,
    Henry 0.365, Carl 0.346, Arthur 0.335, Ryan 0.328, Roger 0.322, Joe 0.321, Juan 0.316,
    Jack 0.315, Albert 0.314, Jonathan 0.313, Justin 0.311, Terry 0.311, Gerald 0.309, Keith 0.308,
    Samuel 0.306, Willie 0.302, Ralph 0.282, Lawrence 0.282, Nicholas 0.275, Roy 0.273,
    Benjamin 0.270, Bruce 0.263, Brandon 0.260, Adam 0.259, Harry 0.251, Fred 0.251, Wayne 0.249,
    Billy 0.248, Steve 0.246, Louis 0.243, Jeremy 0.242, Aaron 0.240, Randy 0.232, Howard 0.230,
    Eugene 0.230, Carlos 0.229, Russell 0.224, Bobby 0.223, Victor 0.222, Martin 0.216,
    Ernest 0.215, Phillip 0.213, Todd 0.213, Jesse 0.209, Craig 0.206, Alan 0.204, Shawn 0.200,
    Clarence 0.197, Sean 0.197, Philip 0.197, Chris 0.197, Johnny 0.195, Earl 0.193, Jimmy 0.191,
    Antonio 0.190, Danny 0.190, Bryan 0.190, Tony 0.190, Luis 0.189, Mike 0.189, Stanley 0.186,
    Leonard 0.186, Nathan 0.185, Dale 0.184, Manuel 0.181, Rodney 0.180, Curtis 0.180,
    Norman 0.177, Allen 0.174, Marvin 0.171, Vincent 0.168, Glenn 0.167, Jeffery 0.166,
    Travis 0.166, Jeff 0.166, Chad 0.165, Jacob 0.165, Lee 0.162, Melvin 0.162, Alfred 0.162,
    Kyle 0.160, Francis 0.160, Bradley 0.159, Jesus 0.155, Herbert 0.155, Frederick 0.154,
    Ray 0.153, Joel 0.152, Edwin 0.148, Don 0.145, Eddie 0.144, Ricky 0.141, Troy 0.138,
    Randall 0.138, Barry 0.134, Alexander 0.132, Bernard 0.127, Mario 0.125, Leroy 0.125,
    Francisco 0.124, Marcus 0.124, Micheal 0.123, Theodore 0.123, Clifford 0.123, Miguel 0.122,
    Oscar 0.122, Jay 0.118, Jim 0.118, Tom 0.117, Calvin 0.115, Alex 0.115, Jon 0.115,
    Ronnie 0.113, Bill 0.112, Lloyd 0.112, Tommy 0.112, Leon 0.112, Derek 0.112, Warren 0.110,
    Darrell 0.108, Jerome 0.108, Floyd 0.107, Leo 0.106, Alvin 0.105, Tim 0.104, Wesley 0.104,
    Gordon 0.104, Dean 0.104, Greg 0.104, Jorge 0.104, Dustin 0.103, Pedro 0.103, Derrick 0.103,
    Dan 0.101, Lewis 0.099, Zachary 0.099, Corey 0.098, Herman 0.097, Maurice 0.097, Vernon 0.097,
    Roberto 0.097, Clyde 0.095, Glen 0.094, Hector 0.094, Shane 0.093, Ricardo 0.093, Sam 0.092,
    Rick 0.091, Lester 0.091, Brent 0.090, Ramon 0.090, Charlie 0.090, Tyler 0.089, Gilbert 0.089,
    Gene 0.087, Marc 0.087, Reginald 0.084, Ruben 0.082, Brett 0.082, Angel 0.082, Nathaniel 0.081,
    Rafael 0.081, Leslie 0.081, Edgar 0.080, Milton 0.080, Raul 0.079, Ben 0.078, Chester 0.078,
    Cecil 0.078, Duane 0.077, Franklin 0.077, Andre 0.076, Elmer 0.074, Brad 0.073, Gabriel 0.073,
    Ron 0.072, Mitchell 0.072, Roland 0.072, Arnold 0.072, Harvey 0.072, Jared 0.071, Adrian 0.069,
    Karl 0.069, Cory 0.068, Claude 0.068, Erik 0.068, Darryl 0.067, Jamie 0.066, Neil 0.066,
    Jessie 0.065, Christian 0.065, Javier 0.065, Fernando 0.065, Clinton 0.065, Ted 0.064,
    Mathew 0.064, Tyrone 0.064, Darren 0.064, Lonnie 0.064, Lance 0.063, Cody 0.063, Julio 0.063,
    Kelly 0.063, Kurt 0.062, Allan 0.061, Nelson 0.061, Guy 0.060, Clayton 0.060, Hugh 0.060,
    Max 0.059, Dwayne 0.059, Dwight 0.058, Armando 0.058, Felix 0.058, Jimmie 0.058, Everett 0.057,
    Jordan 0.056, Ian 0.056, Wallace 0.056, Ken 0.055, Bob 0.055, Jaime 0.055, Casey 0.054,
    Alfredo 0.054, Alberto 0.053, Dave 0.053, Ivan 0.053, Johnnie 0.052, Sidney 0.052, Byron 0.052,
    Julian 0.052, Isaac 0.051, Morris 0.051, Clifton 0.050, Willard 0.050, Daryl 0.050, Ross 0.050,
    Virgil 0.049, Andy 0.049, Marshall 0.049, Salvador 0.049, Perry 0.049, Kirk 0.049,
    Sergio 0.049, Marion 0.048, Tracy 0.048, Seth 0.048, Kent 0.048, Terrance 0.048, Rene 0.048,
    Eduardo 0.047, Terrence 0.047, Enrique 0.046, Freddie 0.046, Wade 0.045, Austin 0.044,
    Stuart 0.044, Fredrick 0.043, Arturo 0.043, Alejandro 0.043, Jackie 0.043, Joey 0.043,
    Nick 0.043, Luther 0.043, Wendell 0.042, Jeremiah 0.042, Evan 0.042, Julius 0.042, Dana 0.042,
    Donnie 0.041, Otis 0.041, Shannon 0.040, Trevor 0.040, Oliver 0.040, Luke 0.040, Homer 0.040,
    Gerard 0.040, Doug 0.040, Kenny 0.039, Hubert 0.039, Angelo 0.039, Shaun 0.039, Lyle 0.038,
    Matt 0.038, Lynn 0.038, Alfonso 0.038, Orlando 0.037, Rex 0.037, Carlton 0.037, Ernesto 0.037,
    Cameron 0.037, Neal 0.037, Pablo 0.036, Lorenzo 0.036, Omar 0.036, Wilbur 0.036, Blake 0.036,
    Grant 0.036, Horace 0.036, Roderick 0.036, Kerry 0.036, Abraham 0.035, Willis 0.035,
    Rickey 0.035, Jean 0.035, Ira 0.035, Andres 0.034, Cesar 0.034, Johnathan 0.034, Malcolm 0.034,
    Rudolph 0.034, Damon 0.034, Kelvin 0.034, Rudy 0.034, Preston 0.034, Alton 0.033, Archie 0.033,
    Marco 0.033, Wm 0.033, Pete 0.032, Randolph 0.032, Garry 0.032, Geoffrey 0.032, Jonathon 0.032,
    Felipe 0.032, Bennie 0.032, Gerardo 0.032, Ed 0.032, Dominic 0.032, Robin 0.032, Loren 0.032,
    Delbert 0.031, Colin 0.031, Guillermo 0.031, Earnest 0.031, Lucas 0.031, Benny 0.030,
    Noel 0.030, Spencer 0.030, Rodolfo 0.030, Myron 0.030, Edmund 0.030, Garrett 0.029,
    Salvatore 0.029, Cedric 0.029, Lowell 0.029, Gregg 0.029, Sherman 0.028, Wilson 0.028,
    Devin 0.028, Sylvester 0.028, Kim 0.028, Roosevelt 0.028, Israel 0.028, Jermaine 0.028
    """,
    head=150,
)
US_S = counted(
    """
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
    Wheeler 0.051, Chapman 0.050, Oliver 0.050, Montgomery 0.049, Richards 0.049, Williamson 0.049,
    Johnston 0.049, Banks 0.048, Meyer 0.048, Bishop 0.048, McCoy 0.048, Howell 0.048,
    Alvarez 0.048, Morrison 0.048, Hansen 0.047, Fernandez 0.047, Garza 0.047, Harvey 0.047,
    Little 0.046, Burton 0.046, Stanley 0.046, Nguyen 0.046, George 0.046, Jacobs 0.046,
    Reid 0.046, Kim 0.045, Fuller 0.045, Lynch 0.045, Dean 0.045, Gilbert 0.045, Garrett 0.045,
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
    Holloway 0.025
    """,
    head=150,
)

# --- Origins common in Sweden and among the trade's vendors (the writer's order of frequency) ---

FI = Origin(
    ranked(
        "Maria, Anna, Helena, Johanna, Kaarina, Marjatta, Liisa, Tuula, Sari, Päivi, Minna, Pirjo, Anne, Tiina, Riitta, Satu, Leena, Aino, Elina, Hanna, Sanna, Eeva, Katja, Heidi, Marja, Tuulikki, Aila, Raija, Sirpa, Kirsi, Outi",
        head=12,
    ),
    ranked(
        "Juhani, Mikael, Matti, Timo, Pekka, Kari, Jari, Antti, Jukka, Mikko, Markku, Heikki, Petri, Janne, Ville, Juha, Tuomas, Eero, Lauri, Olavi, Tapani, Kalevi, Esa, Risto, Seppo, Hannu, Jouni, Arto, Teemu, Aki",
        head=12,
    ),
    ranked(
        "Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen, Väisänen, Pesonen, Hyvönen, Kärkkäinen, Räsänen",
        head=12,
    ),
)
AR = Origin(  # Iraqi and Syrian, with Assyrian/Syriac names
    ranked(
        "Fatima, Maryam, Zainab, Noor, Sara, Aya, Hiba, Rana, Layla, Amal, Rasha, Huda, Lina, Dalia, Reem, Nadia, Yasmin, Samira, Ruqaya, Zahra, Rania, Nour, Mariam, Shamiran, Shamiram, Hanan, Suha, Bushra, Ghada",
        head=12,
    ),
    ranked(
        "Mohammed, Ahmed, Ali, Mohamad, Hassan, Hussein, Omar, Khaled, Mahmoud, Ibrahim, Abdullah, Yousef, Mustafa, Karim, Sami, Ammar, Tariq, Bilal, Rami, Fadi, Nabil, Walid, Firas, Haider, Samer, Jamal, Ninos, Sargon, Aziz, Sharbel, Ashur, Mazin",
        head=12,
    ),
    ranked(
        "Ali, Mohammed, Hassan, Ahmed, Hussein, Ibrahim, Abdullah, Khalil, Saleh, Mahmoud, al-Hashimi, Haddad, Mansour, Aziz, Jaber, Al-Saadi, Al-Obaidi, Kassab, Yousef, Hamid, Nasser, al-Jabouri, Darwish, Shamoun, Gabriel, Yacoub, Issa, Hanna, Younan, Al-Rubaie, Abbas, Kareem, Alkhatib, Shabo, Barsom, Youkhana",
        head=12,
    ),
)
SO = Origin(
    ranked(
        "Fadumo, Hodan, Amina, Sahra, Hawa, Faadumo, Asha, Ifrah, Nimo, Halima, Maryan, Sagal, Hibo, Ayaan, Deeqa, Ubah, Khadra, Ilhan, Ladan, Hamdi, Ikran, Muna, Nasra, Qamar",
        head=10,
    ),
    ranked(
        "Mohamed, Abdi, Ahmed, Abdullahi, Hassan, Ali, Omar, Yusuf, Ismail, Abdirahman, Mahad, Hamza, Liban, Abdikarim, Said, Farah, Bashir, Guled, Mustafe, Abdirizak, Hirsi, Khalid, Sakariye, Abdiwali",
        head=10,
    ),
    ranked(
        "Mohamed, Ahmed, Abdi, Hassan, Ali, Omar, Farah, Yusuf, Warsame, Hussein, Ismail, Jama, Nur, Aden, Osman, Abdullahi, Egal, Hersi, Dirie, Samatar, Guled, Elmi, Mohamud, Awale, Isse, Abdille, Gedi",
        head=10,
    ),
)
FA = Origin(  # Persian
    ranked(
        "Maryam, Fatemeh, Zahra, Shirin, Mina, Parisa, Leila, Nasrin, Azadeh, Roya, Neda, Sara, Mahnaz, Farzaneh, Golnaz, Sepideh, Nazanin, Elham, Shabnam, Yasaman, Ladan, Shahrzad, Mitra, Bahareh",
        head=10,
    ),
    ranked(
        "Mohammad, Ali, Reza, Hossein, Amir, Mehdi, Hamid, Saeed, Farid, Babak, Kaveh, Dariush, Behzad, Arash, Kourosh, Omid, Payam, Navid, Shahram, Siavash, Peyman, Mehran, Farhad, Afshin",
        head=10,
    ),
    ranked(
        "Mohammadi, Hosseini, Ahmadi, Rezaei, Moradi, Karimi, Jafari, Rahimi, Hashemi, Mousavi, Ghorbani, Sadeghi, Kazemi, Rostami, Najafi, Tehrani, Amini, Shirazi, Farahani, Bagheri, Akbari, Nouri, Esfahani, Ebrahimi, Soltani, Khosravi, Nikpour, Zand",
        head=10,
    ),
)
KU = Origin(
    ranked(
        "Shilan, Rojin, Berivan, Nazdar, Dilan, Hana, Jwan, Avin, Zhino, Shler, Lana, Roza, Helin, Sozdar, Gulistan, Bahar, Rezan, Viyan, Kani, Naz, Zhilwan",
        head=10,
    ),
    ranked(
        "Aram, Karwan, Dilshad, Rebwar, Hiwa, Shwan, Zana, Sherzad, Azad, Kawa, Rizgar, Hawre, Diyar, Baran, Serhat, Rojhat, Ardalan, Sirwan, Goran, Bakhtiar, Hemin, Soran",
        head=10,
    ),
    ranked(
        "Ahmad, Mohammed, Rashid, Aziz, Karim, Mahmoud, Hassan, Omar, Barzani, Talabani, Kurdi, Amin, Hama, Qadir, Mustafa, Saleh, Baban, Jaff, Zebari, Doski, Hawrami, Faraj, Sharif, Sindi",
        head=10,
    ),
)
TR = Origin(
    ranked(
        "Fatma, Ayşe, Emine, Hatice, Zeynep, Elif, Meryem, Şerife, Zehra, Sultan, Hülya, Özlem, Esra, Merve, Büşra, Derya, Gül, Selin, Ebru, Dilek, Nur, Gülsüm, Sevgi, Songül",
        head=10,
    ),
    ranked(
        "Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, Murat, Ömer, Yusuf, Emre, Burak, Kemal, Osman, Serkan, Cem, Deniz, Okan, Tolga, Volkan, Can, Erdal, Cengiz, Tuncay",
        head=10,
    ),
    ranked(
        "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Korkmaz, Erdoğan, Akın, Güler, Bulut, Tekin",
        head=10,
    ),
)
BCS = Origin(  # Bosnian, Serbian, Croatian
    ranked(
        "Amra, Lejla, Selma, Emina, Aida, Amela, Azra, Jelena, Ana, Marija, Ivana, Maja, Dragana, Snežana, Vesna, Mirjana, Sanja, Jasmina, Merima, Alma, Elma, Edina, Nermina, Mersiha, Senada, Dženana",
        head=12,
    ),
    ranked(
        "Adnan, Emir, Amir, Edin, Haris, Mirza, Nermin, Dragan, Zoran, Goran, Milan, Nikola, Marko, Stefan, Ivan, Josip, Ante, Tomislav, Damir, Senad, Elvis, Jasmin, Alen, Dino, Kenan, Denis, Dževad, Mladen",
        head=12,
    ),
    ranked(
        "Hodžić, Hadžić, Kovačević, Begić, Delić, Mehmedović, Husić, Omerović, Hasanović, Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Horvat, Kovačić, Babić, Marić, Jurić, Novak, Knežević, Popović, Karić, Alić, Salihović, Mujić, Softić, Zukić, Čolić, Šehić",
        head=12,
    ),
)
PL = Origin(
    ranked(
        "Anna, Maria, Katarzyna, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Magdalena, Elżbieta, Joanna, Aleksandra, Monika, Zofia, Teresa, Danuta, Natalia, Karolina, Marta, Beata, Dorota, Justyna, Paulina, Agata, Iwona, Grażyna",
        head=12,
    ),
    ranked(
        "Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Jan, Michał, Marcin, Stanisław, Jakub, Adam, Marek, Łukasz, Grzegorz, Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Kamil, Bartosz, Rafał, Szymon, Przemysław, Jacek",
        head=12,
    ),
    ranked(
        "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Kwiatkowski, Wojciechowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Wróbel, Nowakowski, Majewski, Olszewski, Szczepański",
        head=12,
    ),
)
ER = Origin(  # Eritrean and Tigrinya; the surname is the father's given name
    ranked(
        "Helen, Senait, Selam, Mebrat, Saba, Rahel, Tsega, Winta, Hiwet, Luwam, Yordanos, Semhar, Freweini, Mizan, Lidia, Eden, Ruta, Feven, Almaz, Tirhas, Elsa, Tsehaye, Abrehet",
        head=10,
    ),
    ranked(
        "Yonas, Tesfay, Dawit, Filmon, Samuel, Mehari, Tekle, Habte, Berhane, Kidane, Yohannes, Michael, Semere, Ermias, Abraham, Merhawi, Biniam, Henok, Robel, Amanuel, Tesfaldet, Ghirmay, Goitom, Aron",
        head=10,
    ),
    ranked(
        "Tesfay, Haile, Kidane, Gebremedhin, Tekle, Berhe, Ghebreyesus, Habtom, Mehari, Woldu, Asmerom, Tewelde, Yohannes, Gebrehiwet, Andemariam, Zerai, Weldemichael, Fisseha, Negash, Okbay, Abraha, Ghebremariam, Kahsay, Tsegai",
        head=10,
    ),
)
AF = Origin(  # Afghan
    ranked(
        "Fatima, Zahra, Maryam, Khadija, Mariam, Sakina, Nilofar, Parwana, Fereshta, Mursal, Shabnam, Nazia, Freshta, Hamida, Laila, Marzia, Tahmina, Zarghona, Mahbooba, Sima, Storai, Hasina",
        head=10,
    ),
    ranked(
        "Ahmad, Mohammad, Abdul, Ali, Hamid, Mahmood, Naveed, Farhad, Jawad, Sayed, Mustafa, Rahim, Wahid, Zabihullah, Nasir, Hamidullah, Khalid, Obaidullah, Shafiq, Rahmatullah, Ezatullah, Sohrab, Rashid, Ajmal",
        head=10,
    ),
    ranked(
        "Ahmadi, Hussaini, Rahimi, Sultani, Noori, Hakimi, Karimi, Mohammadi, Amiri, Hashimi, Jafari, Sadat, Popal, Stanikzai, Safi, Wardak, Barakzai, Durrani, Ahmadzai, Yousufzai, Haidari, Niazi, Azizi, Rezai",
        head=10,
    ),
)
TH = Origin(
    ranked(
        "Siriporn, Supaporn, Kanya, Malee, Pranee, Somsri, Sunisa, Wanida, Araya, Ratana, Jintana, Nittaya, Pornthip, Kanokwan, Duangjai, Rattana, Chanida, Sasithorn, Lamai, Naree, Suda, Pim, Nong, Ploy",
        head=10,
    ),
    ranked(
        "Somchai, Somsak, Prasert, Sombat, Wichai, Chai, Anan, Surachai, Niran, Kittisak, Apichat, Boonmee, Chatchai, Somboon, Thanakorn, Nattapong, Pongsak, Wirot, Sakda, Chaiwat",
        head=10,
    ),
    ranked(
        "Saetang, Srisuk, Wongsawat, Chaiyaporn, Rattanakul, Sukprasert, Boonyarat, Thongdee, Kaewkla, Sriwong, Phromma, Intharasuk, Chantarasri, Kongkaew, Siriwan, Jaidee, Suwannarat, Pattanapong, Maneerat, Ruangsri, Saelim",
        head=10,
    ),
)
ZH = Origin(
    ranked(
        "Li, Fang, Min, Jing, Yan, Ying, Hong, Juan, Xia, Mei, Lin, Na, Xiaoli, Ting, Xue, Hui, Qing, Yuxin, Xinyi, Yiran, Jiayi, Shu, Lan, Xiaoyan",
        head=10,
    ),
    ranked(
        "Wei, Jun, Lei, Jian, Hao, Ming, Tao, Yang, Qiang, Bo, Peng, Yong, Jie, Feng, Gang, Xin, Zhiwei, Jianguo, Haoran, Yifan, Zihao, Chao, Long, Kai",
        head=10,
    ),
    ranked(
        "Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, He, Lin, Gao, Luo, Zheng, Liang, Xie, Song, Tang, Han, Feng, Deng, Cao, Chan, Wong, Cheung, Lau, Ng, Leung, Tsang",
        head=12,
    ),
)
IN = Origin(
    ranked(
        "Priya, Anjali, Pooja, Neha, Sunita, Kavita, Deepa, Anita, Lakshmi, Divya, Shreya, Swati, Meena, Rekha, Aishwarya, Nisha, Sneha, Ritu, Shalini, Aarti, Gurpreet, Harpreet, Bhavana, Pallavi, Sowmya, Padmavathi",
        head=12,
    ),
    ranked(
        "Rahul, Amit, Rajesh, Sanjay, Vikram, Arjun, Rohit, Suresh, Anil, Ravi, Deepak, Manoj, Sunil, Vijay, Karthik, Aditya, Pradeep, Nikhil, Ankit, Sandeep, Gaurav, Arun, Srinivas, Venkatesh, Harpreet, Balaji, Praveen, Siddharth, Raghavendra",
        head=12,
    ),
    ranked(
        "Kumar, Singh, Sharma, Patel, Gupta, Reddy, Shah, Rao, Iyer, Nair, Joshi, Mehta, Verma, Agarwal, Krishnan, Das, Chatterjee, Banerjee, Mukherjee, Pillai, Menon, Desai, Kulkarni, Bhat, Srinivasan, Chopra, Malhotra, Kapoor, Naidu, Subramanian, Venkataraman, Ramachandran",
        head=12,
    ),
)
LA = Origin(  # Chilean and Latin American, Spanish
    ranked(
        "María, Ana, Carmen, Rosa, Claudia, Patricia, Carolina, Francisca, Daniela, Camila, Javiera, Valentina, Constanza, Paula, Isabel, Marcela, Verónica, Fernanda, Catalina, Lucía, Gabriela, Natalia, Ximena, Paz, Macarena",
        head=12,
    ),
    ranked(
        "José, Juan, Luis, Carlos, Jorge, Francisco, Manuel, Miguel, Pedro, Patricio, Rodrigo, Cristián, Diego, Sebastián, Pablo, Alejandro, Felipe, Andrés, Gonzalo, Claudio, Matías, Nicolás, Héctor, Raúl, Ignacio",
        head=12,
    ),
    ranked(
        "González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo, Tapia, Reyes, Gutiérrez, Castro, Pizarro, Álvarez, Vásquez, Sánchez, Fernández, García, Ramírez, Núñez, de la Fuente, del Río, de la Cruz, San Martín",
        head=14,
    ),
)
RO = Origin(
    ranked(
        "Maria, Elena, Ioana, Ana, Andreea, Mihaela, Alexandra, Gabriela, Cristina, Daniela, Nicoleta, Florentina, Georgiana, Alina, Raluca, Adriana, Loredana, Mariana, Roxana, Simona, Diana, Oana, Irina, Bianca",
        head=10,
    ),
    ranked(
        "Ion, Gheorghe, Alexandru, Andrei, Mihai, Constantin, Vasile, Nicolae, Adrian, Florin, Marius, Cristian, Ionuț, Bogdan, Gabriel, Daniel, Ștefan, Radu, Sorin, Cătălin, Ciprian, Dragoș, Lucian, Dorin",
        head=10,
    ),
    ranked(
        "Popa, Popescu, Pop, Radu, Ionescu, Dumitru, Stan, Stoica, Gheorghe, Matei, Ciobanu, Constantin, Rusu, Mihai, Munteanu, Ene, Florea, Dinu, Lazăr, Marin, Toma, Niculescu, Moldovan, Barbu, Tudor, Georgescu, Dobre, Nistor, Cristea",
        head=12,
    ),
)
UA = Origin(
    ranked(
        "Olena, Tetiana, Nataliia, Iryna, Svitlana, Oksana, Yuliia, Kateryna, Mariia, Anna, Halyna, Liudmyla, Olha, Viktoriia, Anastasiia, Daria, Sofiia, Khrystyna, Valentyna, Larysa",
        head=10,
    ),
    ranked(
        "Oleksandr, Serhiy, Andriy, Volodymyr, Dmytro, Mykola, Ivan, Yuriy, Oleh, Vasyl, Viktor, Maksym, Taras, Bohdan, Ihor, Roman, Artem, Denys, Vitaliy, Yevhen",
        head=10,
    ),
    ranked(
        "Melnyk, Shevchenko, Boyko, Kovalenko, Bondarenko, Tkachenko, Kovalchuk, Kravchenko, Oliynyk, Shevchuk, Koval, Polishchuk, Bondar, Tkachuk, Moroz, Marchenko, Lysenko, Rudenko, Savchenko, Petrenko, Klymenko, Pavlenko, Kuzmenko, Ponomarenko",
        head=10,
    ),
)
DE = Origin(
    ranked(
        "Julia, Anna, Katharina, Sabine, Stefanie, Andrea, Claudia, Susanne, Nicole, Christina, Sandra, Petra, Birgit, Lena, Lea, Jana, Ute, Heike, Anke, Kerstin, Ingrid, Monika",
        head=10,
    ),
    ranked(
        "Thomas, Michael, Andreas, Stefan, Christian, Markus, Daniel, Alexander, Tobias, Jan, Sebastian, Florian, Matthias, Jürgen, Klaus, Uwe, Frank, Jens, Lukas, Jonas, Maximilian, Felix, Wolfgang, Dieter",
        head=10,
    ),
    ranked(
        "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, von Bergen, von der Heide, zu Hohenlohe",
        head=10,
    ),
)
NL = Origin(
    ranked(
        "Sanne, Emma, Julia, Anouk, Lotte, Femke, Eva, Lisa, Maria, Johanna, Anna, Sophie, Fleur, Marieke, Annelies, Ingrid, Esther, Inge, Mirjam, Wilma",
        head=10,
    ),
    ranked(
        "Daan, Sem, Lucas, Jan, Pieter, Johannes, Willem, Sander, Bas, Joost, Thijs, Ruud, Martijn, Jeroen, Bram, Maarten, Koen, Wouter, Hendrik, Gerrit",
        head=10,
    ),
    ranked(
        "de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer, de Boer, Mulder, de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, Dijkstra, Smits, van der Meer, van der Linden, Kok, van Beek, Vermeulen, van der Berg, ter Horst",
        head=10,
    ),
)
FR = Origin(
    ranked(
        "Marie, Nathalie, Isabelle, Sylvie, Catherine, Sophie, Christine, Camille, Julie, Céline, Aurélie, Élodie, Émilie, Claire, Léa, Manon, Chloé, Sandrine, Valérie, Hélène",
        head=10,
    ),
    ranked(
        "Jean, Philippe, Michel, Alain, Nicolas, Pierre, Christophe, Stéphane, Frédéric, Laurent, Sébastien, Julien, David, Thomas, Olivier, Éric, François, Guillaume, Antoine, Mathieu, Benoît, Yannick",
        head=10,
    ),
    ranked(
        "Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Laurent, Lefebvre, Michel, Garcia, David, Bertrand, Roux, Vincent, Fournier, Morel, Girard, Dupont, de la Tour, Le Gall, Lefèvre, Mercier, Chevalier, de Villepin, du Pont",
        head=10,
    ),
)
FR_HYPH_F = ranked(
    "Marie-Claire, Anne-Sophie, Marie-Hélène, Marie-France, Anne-Laure, Marie-Christine, Marie-Pierre, Anne-Marie",
    head=5,
)
FR_HYPH_M = ranked(
    "Jean-Pierre, Jean-Luc, Jean-Marc, Jean-François, Jean-Paul, Jean-Philippe, Pierre-Yves, Jean-Michel, Jean-Baptiste, Jean-Claude",
    head=6,
)
MY = Origin(  # Malaysian: the surname is `bin`/`binti` and the father's given name
    ranked(
        "Siti, Nur, Nurul, Aisyah, Farah, Nor, Fatimah, Zainab, Aminah, Hafizah, Syafiqah, Liyana, Noraini, Rosnah, Azizah",
        head=8,
    ),
    ranked(
        "Muhammad, Ahmad, Mohd, Mohamad, Abdul, Hafiz, Amirul, Azlan, Faizal, Ismail, Rosli, Zulkifli, Hakim, Aiman, Syafiq, Razak, Hamzah",
        head=8,
    ),
    ranked(
        "Ismail, Ibrahim, Abdullah, Hassan, Osman, Yusof, Rahman, Razak, Hamid, Ahmad, Salleh, Aziz, Ali, Mohamad, Kassim, Bakar, Zakaria",
        head=8,
    ),
)

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_F, SV_M, SV_S),
    "us": Origin(US_F, US_M, US_S),
    "uk": Origin(UK_F, UK_M, UK_S),
    "finnish": FI, "arabic": AR, "somali": SO, "persian": FA, "kurdish": KU, "turkish": TR,
    "bcs": BCS, "polish": PL, "eritrean": ER, "afghan": AF, "thai": TH, "chinese": ZH,
    "indian": IN, "latin": LA, "romanian": RO, "ukrainian": UA, "german": DE, "dutch": NL,
    "french": FR, "malay": MY,
}  # fmt: skip
# Hyphenated given names where an origin christens them whole, with the share of its people.
HYPHENATED: dict[str, tuple[Pool, Pool, float]] = {
    "swedish": (SV_HYPH_F, SV_HYPH_M, 0.06),
    "french": (FR_HYPH_F, FR_HYPH_M, 0.3),
}
# Who is named, by the language of the row: Sweden's population in Swedish text, the vendors'
# and the international teams' people in English text, and between them in mixed text.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 68, "arabic": 5.5, "finnish": 4, "indian": 2.5, "polish": 2.5, "bcs": 2.5,
        "persian": 2.5, "somali": 1.8, "kurdish": 1.5, "turkish": 1.5, "eritrean": 1.2,
        "afghan": 1.2, "chinese": 1.2, "ukrainian": 1.1, "latin": 1, "romanian": 0.9, "thai": 0.8,
        "german": 0.8, "us": 0.5, "uk": 0.5, "dutch": 0.3, "french": 0.3,
    },
    "en": {
        "us": 36, "uk": 28, "indian": 10, "swedish": 6, "chinese": 3, "polish": 2, "latin": 2,
        "romanian": 1.5, "ukrainian": 1.5, "arabic": 1.5, "german": 1.5, "french": 1.5,
        "dutch": 1.5, "malay": 1, "finnish": 1, "turkish": 0.6, "persian": 0.5, "somali": 0.4,
        "thai": 0.4, "bcs": 0.4,
    },
    "mixed": {
        "swedish": 50, "us": 9, "uk": 8, "indian": 6, "arabic": 4, "finnish": 3, "polish": 3,
        "persian": 2, "bcs": 2, "ukrainian": 1.5, "chinese": 1.5, "turkish": 1.2, "somali": 1.2,
        "kurdish": 1.2, "german": 1, "romanian": 1, "latin": 1, "eritrean": 0.8, "afghan": 0.8,
        "dutch": 0.7, "french": 0.7, "thai": 0.5, "malay": 0.4,
    },
}  # fmt: skip

# Short forms people go by, keyed by the given name they were christened.
NICK_SV = {
    "Karl": ("Kalle",), "Lars": ("Lasse",), "Per": ("Pelle", "Perra"), "Mikael": ("Micke",),
    "Joakim": ("Jocke",), "Jan": ("Janne",), "Nils": ("Nisse",), "Olof": ("Olle",),
    "Bo": ("Bosse",), "Kristina": ("Kicki", "Stina"), "Charlotte": ("Lotta",),
    "Susanne": ("Sussie", "Sanna"), "Margareta": ("Maggan",), "Marcus": ("Mackan",),
    "Fredrik": ("Fredde",), "Thomas": ("Tompa",), "Tomas": ("Tompa",), "Stefan": ("Steffe",),
    "Jonathan": ("Jonte",), "Alfred": ("Affe",), "Gustav": ("Gurra", "Gus"),
    "Katarina": ("Kattis",), "Elisabeth": ("Lisa", "Bettan"), "Hans": ("Hasse",),
    "Bengt": ("Benke",), "Ulf": ("Uffe",), "Robert": ("Robban",), "Daniel": ("Danne",),
    "Anders": ("Ante",), "Johan": ("Jojje",), "Mattias": ("Matte",), "Magnus": ("Manne",),
    "Andreas": ("Andy",), "Henrik": ("Henke",), "Patrik": ("Patte",), "Niklas": ("Nicke",),
    "Sebastian": ("Sebbe",), "Tobias": ("Tobbe",), "Viktor": ("Vicke",), "Alexander": ("Alex",),
    "Emelie": ("Emmy",), "Johanna": ("Jossan",), "Josefin": ("Jossan", "Jossie"),
    "Therese": ("Tessan",), "Madeleine": ("Madde",), "Christoffer": ("Kricke", "Chris"),
    "Kristoffer": ("Kricke",), "Rickard": ("Rille",), "Gunnar": ("Gunnis",),
    "Jessica": ("Jessie",), "Annika": ("Annie",), "Carina": ("Cissi",), "Cecilia": ("Cissi",),
    "Sven": ("Svenne",), "Torbjörn": ("Tobbe",), "Kenneth": ("Kenta",), "Kent": ("Kenta",),
    "Christer": ("Kicke",), "Leif": ("Leffe",), "Roger": ("Rogge",),
}  # fmt: skip
NICK_EN = {
    "William": ("Will", "Bill"), "Robert": ("Rob", "Bob", "Bobby"), "Richard": ("Rich", "Rick"),
    "James": ("Jim", "Jimmy", "Jamie"), "Michael": ("Mike", "Mick"), "Christopher": ("Chris",),
    "Matthew": ("Matt",), "Daniel": ("Dan", "Danny"), "Thomas": ("Tom", "Tommy"),
    "Joseph": ("Joe",), "Anthony": ("Tony",), "Benjamin": ("Ben",), "Alexander": ("Alex",),
    "Andrew": ("Andy", "Drew"), "David": ("Dave",), "Edward": ("Ed", "Ted"), "Jonathan": ("Jon",),
    "Nicholas": ("Nick",), "Samuel": ("Sam",), "Stephen": ("Steve",), "Steven": ("Steve",),
    "Charles": ("Charlie", "Chuck"), "Elizabeth": ("Liz", "Beth", "Lizzie"),
    "Jennifer": ("Jen", "Jenny"), "Katherine": ("Kate", "Kathy"), "Catherine": ("Cath", "Kate"),
    "Margaret": ("Maggie", "Peggy"), "Patricia": ("Pat", "Trish"), "Rebecca": ("Becky", "Becca"),
    "Samantha": ("Sam",), "Victoria": ("Vicky", "Tori"), "Susan": ("Sue",), "Deborah": ("Debbie",),
    "Kimberly": ("Kim",), "Jessica": ("Jess",), "Christine": ("Chris",), "Abigail": ("Abby",),
    "Gregory": ("Greg",), "Timothy": ("Tim",), "Kenneth": ("Ken",), "Donald": ("Don",),
    "Ronald": ("Ron",), "Lawrence": ("Larry",), "Raymond": ("Ray",), "Douglas": ("Doug",),
    "Jeffrey": ("Jeff",), "Patrick": ("Pat", "Paddy"), "Peter": ("Pete",), "Philip": ("Phil",),
    "Frederick": ("Fred",), "Henry": ("Harry", "Hank"), "Theodore": ("Ted", "Theo"),
    "Oliver": ("Ollie",), "Joshua": ("Josh",), "Gareth": ("Gaz",), "Alistair": ("Ali",),
    "Nathan": ("Nate",), "Zachary": ("Zach",), "Eleanor": ("Ellie",), "Charlotte": ("Charlie",),
    "Alexandra": ("Alex", "Lexi"), "Jacqueline": ("Jackie",), "Stephanie": ("Steph",),
    "Nicola": ("Nicky",), "Natalie": ("Nat",), "Amanda": ("Mandy",), "Harriet": ("Hattie",),
    "Dorothy": ("Dot",), "Barbara": ("Barb",), "Gerald": ("Gerry",), "Walter": ("Walt",),
}  # fmt: skip
NICK_OTHER = {
    "Mohammed": ("Mo",), "Mohammad": ("Mo",), "Mohamed": ("Mo",), "Muhammad": ("Mo",),
    "Krzysztof": ("Krzysiek",), "Małgorzata": ("Gosia",), "Katarzyna": ("Kasia",),
    "Aleksandra": ("Ola",), "Wojciech": ("Wojtek",), "Tomasz": ("Tomek",), "Bartosz": ("Bartek",),
    "Francisco": ("Pancho", "Paco"), "José": ("Pepe",), "Venkatesh": ("Venky",),
    "Srinivas": ("Srini",), "Oleksandr": ("Sasha",), "Volodymyr": ("Volodya",),
    "Alexandru": ("Alex",), "Abdirahman": ("Abdi",), "Juhani": ("Jussi",),
    "Jean-Pierre": ("JP",),
}  # fmt: skip
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": NICK_SV, "us": NICK_EN, "uk": NICK_EN,
    **{key: NICK_OTHER for key in ORIGINS if key not in ("swedish", "us", "uk")},
}  # fmt: skip

# Letters people leave out when they type a name on an English keyboard or in a user name.
_PLAIN = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ø": "o",
        "Ø": "O",
        "ß": "ss",
        "ı": "i",
        "æ": "ae",
        "Æ": "Ae",
    }
)


def plain(word: str) -> str:
    """`word` without its diacritics (`Wiśniewski` -> `Wisniewski`, `Öberg` -> `Oberg`)."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_PLAIN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it (`Kowalski` -> `Kowalska`)."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname
