# ruff: noqa: E501
"""Weighted name pools for held-out AX (`generate_ax.py`): names as the population has them.

Written from general knowledge by a helper who does not tune the detector and who read none of
rung's lexicons nor any other set's names. Every list is in ranking order, commonest first:

- Swedish given names (women's, men's) and surnames in the order of SCB's name statistics
  (the whole population, not the babies of one year), weight 1/rank; the head is the top 150,
  the tail the rarer names written past them (at least 200 names a list).
- The US Census 1990 lists (public domain; `dist.female.first`, `dist.male.first`,
  `dist.all.last` as the `names` package ships them): the top 150 of each list as the head, then
  every second name from rank 152 to 620 as the tail; the census's per cent is the weight.
- UK given names and surnames in the order of the ONS rankings (births of several decades for the
  given names, the register's commonest surnames), weight 1/rank, head the top 120.
- The commonest given names and surnames of origins common in Sweden, 16 to 40 a list, weight
  1/rank**0.85 (flatter than 1/rank: these lists are shorter), head the top 10.

Each name word is drawn from its list's head with HEAD_SHARE, else from its tail, by weight
inside each part. MIXES says who is named per language of the row.
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


def ranked(text: str, head: int, power: float = 1.0) -> Pool:
    """A pool from names in ranking order (commas between), weight 1/rank**power."""
    seen: list[str] = []
    for raw in text.split(","):
        name = " ".join(raw.split())
        if name and name not in seen:
            seen.append(name)
    weights = tuple(1 / (i + 1) ** power for i in range(len(seen)))
    return Pool(tuple(seen), weights, min(head, len(seen)))


def census(rows: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


SV_F = """
Anna, Eva, Maria, Karin, Sara, Christina, Lena, Emma, Kerstin, Marie, Malin, Ingrid, Hanna,
Sofia, Linnéa, Elisabeth, Kristina, Birgitta, Inger, Julia, Elin, Annika, Johanna, Linda,
Susanne, Ida, Monica, Margareta, Elsa, Alice, Ulla, Camilla, Carina, Katarina, Helena, Åsa,
Jenny, Ebba, Amanda, Gunilla, Anneli, Barbro, Ella, Wilma, Agneta, Louise, Maja, Matilda,
Ulrika, Cecilia, Klara, Moa, Ellen, Britt, Josefin, Emelie, Frida, Lisa, Therese, Ingela,
Astrid, Sandra, Anette, Elisabet, Gun, Siv, Marianne, Lovisa, Jessica, Karolina, Elina, Ann,
Madeleine, Yvonne, Lina, Mona, Sofie, Elvira, Nora, Alva, Saga, Ingegerd, Irene, Helen,
Marita, Alma, Vera, Stina, Ylva, Viktoria, Olivia, Tove, Agnes, Ester, Lilly, Selma, Freja,
Felicia, Tilda, Ronja, Isabelle, Josefine, Emilia, Nathalie, Caroline, Petra, Rebecka, Jennie,
Mia, Pia, Lisbeth, Ewa, Berit, Gunnel, Charlotte, Inga, Sigrid, Elsie, Gerd, Solveig, Birgit,
Rut, Ingeborg, Catharina, Sanna, My, Tuva, Thea, Iris, Hedda, Lea, Signe, Edith, Elise, Emmy,
Majken, Cornelia, Nellie, Liv, Stella, Molly, Mira, Meja, Leia, Minna, Ingalill, Viola,
Anita, Eleonora, Beatrice, Hillevi, Kajsa, Linn, Märta, Tyra, Vendela, Viveka, Ann-Christin,
Britt-Marie, Anna-Karin, Ann-Marie, Marie-Louise, Ulla-Britt, Anna-Lena, Eva-Lena, Lillemor,
Maj-Britt, Ann-Sofie, Agda, Alfhild, Annelie, Aurora, Bodil, Dagmar, Doris, Elvy, Gudrun,
Göta, Hjördis, Ingmarie, Irma, Jeanette, Kristin, Laila, Lilian, Lotten, Magdalena, Majvor,
Margit, Marina, Mikaela, Ninni, Ottilia, Paulina, Ragnhild, Rosita, Ruth, Signhild, Svea,
Tekla, Tora, Vivianne, Wivi, Åsa-Lena, Estelle, Gunvor, Hélène, Ingbritt, Katrin,
Lovis, Maud, Nanna, Pernilla, Siri, Solbritt, Solvig, Thyra, Unni, Valborg, Vivi,
Yrsa, Alexandra, Angelica, Anja, Annie, Ariana, Bianca, Carin, Cajsa, Cissi,
Edla, Elinor, Ellinor, Evelina, Fanny, Gabriella, Greta, Hedvig, Helga, Idun, Ines, Jasmine,
Jonna, Juni, Kim, Lena-Maria, Lykke, Majlis, Melina, Mimmi, Nova, Olga, Pernille, Rakel,
Sally, Sonja, Stefanie, Tindra, Tina, Ulrica, Vilma, Wendela, Zara
"""
SV_M = """
Lars, Mikael, Anders, Johan, Erik, Per, Karl, Peter, Jan, Thomas, Daniel, Fredrik, Hans,
Andreas, Stefan, Bengt, Magnus, Mats, Jonas, Markus, Niklas, Bo, Oscar, Alexander, Gustav,
Lennart, Nils, Carl, Göran, Martin, Henrik, Leif, Ulf, Björn, Patrik, Christer, Håkan, Axel,
Sven, Viktor, Simon, Emil, Mattias, Anton, Roger, David, Tommy, Kjell, Robert, Christian,
Rolf, William, Joakim, Filip, Jonathan, Olof, Gunnar, Sebastian, Tobias, Rickard, Jesper,
Stig, Kent, Åke, Elias, Hugo, Arvid, Lucas, Oliver, Ludvig, Jakob, Isak, Kenneth, Tomas,
Roland, Jörgen, Robin, Claes, Mårten, Ingemar, Kurt, Sten, Rune, Sture, Torbjörn, Leo, Adam,
Albin, Linus, Samuel, Edvin, Benjamin, Liam, Noah, Elliot, Alfred, Melvin, Theo, Vincent,
Viggo, Casper, Josef, Jacob, Felix, Max, Hampus, Rasmus, Kevin, Dennis, Jimmy, Marcus,
Pontus, Joel, Ola, Urban, Arne, Bertil, Gösta, Ingvar, Folke, Ove, Tord, Evert, Sune, Allan,
Birger, Conny, Lars-Erik, Lars-Göran, Karl-Erik, Per-Olof, Jan-Erik, Carl-Johan, Hans-Olov,
Lage, Harald, Ivar, Einar, Ragnar, Helge, Holger, Torsten, Tage, Börje, Stellan, Yngve,
Östen, Valdemar, Sixten, Malte, Vilgot, Agne, Algot, Alvar, Arnold, Artur, Benny, Bror,
Eskil, Gillis, Gottfrid, Jarl, Osvald, Rikard, Anders-Petter, Bo-Göran, Per-Erik, Sven-Erik,
Nils-Olof, Ture, Verner, Åke-Bertil, Ebbe, Elof, Erling, Filiph, Gert, Gustaf,
Halvar, Hjalmar, Ingmar, Inge, Jerker, Joar, Kristoffer, Krister, Lennarth, Loke, Love,
Matheo, Morgan, Nicklas, Olle, Otto, Reinhold, Seth, Staffan, Svante, Sölve,
Thor, Tor, Uno, Valter, Vidar, Walter, Wilhelm, Yasin, Åsmund, August, Bill, Dag, Douglas,
Edward, Einar-Olof, Enok, Frans, Fritiof, Greger, Hannes, Henning, Isidor, Jens, Jim, John,
Jon, Julius, Kim, Knut, Konrad, Lukas, Mauritz, Milo, Natanael, Noel, Orvar, Ossian, Sigge,
Sigvard, Tim, Torgny, Vide, Wille
"""
SV_S = """
Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson,
Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson,
Magnusson, Olofsson, Lindström, Lindqvist, Lindgren, Berg, Axelsson, Bergström, Lundberg,
Lind, Lundgren, Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Forsberg,
Sjöberg, Ali, Wallin, Mohammed, Engström, Eklund, Danielsson, Håkansson, Lundin, Björk,
Bergman, Gunnarsson, Holm, Wikström, Samuelsson, Isaksson, Fransson, Bergqvist, Nyström,
Holmberg, Arvidsson, Löfgren, Söderberg, Nyberg, Blomqvist, Claesson, Nordström, Ahmed,
Mårtensson, Lundström, Hassan, Viklund, Björklund, Eliasson, Pålsson, Berggren, Sandström,
Lund, Nordin, Ström, Åberg, Falk, Ekström, Hermansson, Holmgren, Hellström, Dahlberg,
Hedlund, Sundberg, Sjögren, Ek, Blom, Abrahamsson, Martinsson, Öberg, Andreasson, Strömberg,
Månsson, Hansen, Åkesson, Dahl, Lindholm, Norberg, Holmqvist, Jacobsson, Ivarsson, Sundström,
Öhman, Forsman, Hedberg, Engberg, Nordqvist, Åström, Johnsson, Söderström, Lindblom,
Karlström, Sundqvist, Hedström, Lindahl, Jensen, Nordlund, Jonasson, Dahlgren, Friberg,
Lundmark, Lindell, Sjöström, Nord, Kristiansson, Backman, Ekberg, Lindkvist, Strand, Sjödin,
Hägglund, Wallgren, Östlund, Edlund, Ahlström, Sundin, Berglöf, Hedman, Ekman, Lilja, Borg,
Nordgren, Sandin, Wahlström, Ågren, Sundell, Ekholm, Granberg, Tidén, Kjellberg, Boström,
Rydberg, Höglund, Palm, Nyman, Lindén, Skoglund, Sjölund, Westerberg, Ekdahl, Frisk, Brandt,
Wiklund, Sandgren, Thorén, Nykvist, Törnqvist, Rosén, Eklöf, Hallberg, Grahn, Ljungberg,
Lövgren, Hjalmarsson, Edström, Stenberg, Molin, Dahlström, Lundh, Ferm, Bäckström, Wennberg,
Holmström, Lundell, Almqvist, Rönnberg, Carlsson, Carlberg, Sahlin, Hedin, Ståhl, Söderlund,
Klint, Wallén, Nordén, Marklund, Vikström, Strömqvist, Sjöqvist, Edvardsson, Malm, Lilja-Holm,
Aronsson, Berntsson, Björling, Bohman, Brink, Dahlin, Enqvist, Fagerström, Forslund, Gren,
Hammar, Hultgren, Isberg, Jernberg, Kvist, Ljung, Löwenhielm, Modig, Mörk, Nordahl, Orre,
Palmqvist, Rask, Rosenqvist, Sandell, Sellberg, Sköld, Stålhammar, Svanberg, Tengvall,
Thunberg, Ullberg, Vallin, Wester, Wretlind, Zetterberg, Åhlund, Älmqvist, Östberg, Alm,
Backlund, Blixt, Bodén, Cederlund, Dufva, Ek-Lundin, Englund, Fernström, Flink, Gyllenberg,
Hagström, Hellberg, Hillerström, Höög, Jäderberg, Kling, Lagerqvist, Lindbäck, Lundkvist,
Melin, Nordmark, Norrman, Ohlsson, Rehn, Rydén, Schön, Sporre, Strid, Tjäder, Vesterlund,
Wahlberg, Wide, Örn
"""

UK_F = """
Olivia, Amelia, Isla, Ava, Mia, Ivy, Lily, Isabella, Rosie, Sophia, Grace, Willow, Freya,
Florence, Emily, Ella, Poppy, Evie, Elsie, Charlotte, Evelyn, Sienna, Sofia, Daisy, Phoebe,
Sophie, Alice, Harper, Matilda, Ruby, Emilia, Maya, Millie, Isabelle, Esme, Jessica, Chloe,
Lucy, Rebecca, Hannah, Laura, Sarah, Emma, Amy, Katie, Lauren, Megan, Rachel, Samantha, Gemma,
Victoria, Nicola, Claire, Helen, Joanne, Karen, Susan, Julie, Alison, Deborah, Tracey,
Michelle, Elizabeth, Margaret, Patricia, Jean, Joan, Kathleen, Eileen, Sheila, Janet,
Pauline, Linda, Christine, Jacqueline, Wendy, Carol, Lorraine, Zoe, Natalie, Kirsty, Stacey,
Danielle, Holly, Abigail, Georgia, Bethany, Jade, Leah, Eleanor, Harriet, Imogen, Beatrice,
Ada, Aria, Layla, Aurora, Mila, Luna, Maisie, Scarlett, Violet, Penelope, Hallie, Lydia,
Annabelle, Heidi, Molly, Eliza, Jasmine, Amber, Caitlin, Niamh, Siobhan, Fiona, Shona,
Morag, Rhiannon, Bronwen, Cerys, Ffion, Seren, Carys, Angela, Diane, Dawn, Beverley, Sharon,
Lesley, Gillian, Maureen, Brenda, Doreen, Irene, Marjorie, Dorothy, Edna, Hilda, Mavis,
Winifred, Gladys, Vera, Ethel, Muriel, Iris, Rosemary, Penny, Felicity, Philippa, Hermione,
Tabitha, Verity, Jemima, Clementine, Ottilie, Orla, Aoife, Kerry, Leanne, Kayleigh, Chantelle,
Jodie, Stephanie, Naomi, Ruth, Esther, Miriam, Bridget, Maeve, Sinead, Gwen, Elin, Anwen
"""
UK_M = """
Oliver, George, Noah, Arthur, Muhammad, Leo, Harry, Oscar, Archie, Henry, Theodore, Freddie,
Jack, Charlie, Theo, Alfie, Jacob, Thomas, Finley, Arlo, William, Lucas, Roman, Tommy, Isaac,
Teddy, Alexander, Luca, Edward, James, Joshua, Albie, Elijah, Max, Mohammed, Reuben,
Mason, Sebastian, Rory, Jude, Louie, Benjamin, Ethan, Adam, Hugo, Joseph, Reggie, Ronnie,
Daniel, Matthew, Christopher, Andrew, David, Michael, Paul, Mark, Richard, Stephen, Robert,
Peter, John, Ian, Gary, Steven, Martin, Simon, Neil, Stuart, Darren, Craig, Lee, Wayne, Dean,
Jason, Carl, Kevin, Anthony, Philip, Graham, Keith, Colin, Trevor, Brian, Derek, Malcolm,
Raymond, Kenneth, Ronald, Roy, Dennis, Gordon, Alan, Barry, Terence, Nigel, Clive, Geoffrey,
Nicholas, Jonathan, Timothy, Jamie, Ryan, Liam, Callum, Connor, Kieran, Scott, Ross, Jordan,
Bradley, Lewis, Aaron, Nathan, Samuel, Luke, Tyler, Harvey, Dylan, Toby, Hamish, Angus,
Fraser, Euan, Alasdair, Dougal, Gareth, Rhys, Dafydd, Iwan, Owain, Gethin, Sean, Declan,
Ciaran, Padraig, Cormac, Eoin, Bernard, Cyril, Harold, Leonard, Stanley, Albert, Walter,
Ernest, Frederick, Percy, Rupert, Giles, Crispin, Piers, Jasper, Barnaby, Ralph, Felix,
Ezra, Otis, Rowan, Finn, Elliot, Dominic, Gabriel, Vincent, Jake, Kyle, Dale, Shane, Marc
"""
UK_S = """
Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts,
Robinson, Thompson, Wright, Walker, White, Edwards, Hughes, Green, Hall, Lewis, Harris, Clarke,
Patel, Jackson, Wood, Turner, Martin, Cooper, Hill, Ward, Morris, Moore, Clark, Lee, King,
Baker, Harrison, Morgan, Allen, James, Scott, Phillips, Watson, Davis, Parker, Price, Bennett,
Young, Griffiths, Mitchell, Kelly, Cook, Carter, Richardson, Bailey, Collins, Bell, Shaw,
Murphy, Miller, Cox, Richards, Khan, Marshall, Anderson, Simpson, Ellis, Adams, Singh, Begum,
Wilkinson, Foster, Chapman, Powell, Webb, Rogers, Gray, Mason, Ali, Hunt, Hussain, Campbell,
Matthews, Owen, Palmer, Holmes, Mills, Barnes, Knight, Lloyd, Butler, Russell, Barker,
Fisher, Stevens, Jenkins, Murray, Dixon, Harvey, Graham, Pearson, Ahmed, Fletcher, Walsh,
Kaur, Gibson, Howard, Andrews, Stewart, Elliott, Reynolds, Saunders, Payne, Fox, Ford,
Pearce, Day, Brooks, West, Lawrence, Cole, Atkinson, Bradley, Spencer, Gill, Dawson, Ball,
Burton, O'Brien, Watts, Rose, Booth, Perry, Ryan, Grant, Wells, Armstrong, Francis, Rees,
Hayes, Hart, Hudson, Newman, Barrett, Webster, Hunter, Gregory, Carr, Lowe, Page, Marsh,
Riley, Dunn, Woods, Parsons, Berry, Stone, Reid, Holland, Hawkins, Harding, Porter,
Robertson, Newton, Oliver, Reed, Kennedy, Williamson, Bird, Gardner, Shah, Dean, Lane,
Cooke, Bates, Henderson, Parry, Burgess, Bishop, Walton, Burns, Nicholson, Shepherd, Ross,
Cross, Long, Freeman, Warren, Nicholls, Hamilton, Byrne, Sutton, McDonald, Yates, Hodgson,
Robson, Curtis, Hopkins, O'Connor, Harper, Coleman, Watkins, Moss, McCarthy, Chambers,
O'Neill, Griffin, Sharp, Hardy, Wheeler, Potter, Osborne, Johnston, Gordon, Doyle, Wallace,
George, Jordan, Hutchinson, Rowe, Burke, May, Pritchard, Gilbert, Willis, Higgins, Read,
Miles, Stevenson, Stephenson, Hammond, Arnold, Buckley, Walters, Hewitt, Barber, Nelson,
Slater, Austin, Sullivan, Whitehead, Mann, Frost, Lambert, Stephens, Blake, Akhtar, Lynch,
Goodwin, Barton, Woodward, Thomson, Cunningham, Quinn, Barnett, Baxter, Bibi, Clayton, Nash,
Greenwood, Jennings, Holt, Kemp, Poole, Gallagher, Bond, Stokes, Tucker, Davidson, Fowler,
Heath, Norman, Middleton, Lawson, Banks, French, Stanley, Jarvis, Gibbs, Ferguson, Hayward,
Carroll, Douglas, Pugh, Llewellyn, Vaughan, MacLeod, Fraser, Mackenzie, Sinclair, Docherty
"""
US_F = (
    ("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.980),
    ("Elizabeth", 0.937), ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794),
    ("Margaret", 0.768), ("Dorothy", 0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667),
    ("Betty", 0.666), ("Helen", 0.663), ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565),
    ("Ruth", 0.562), ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.510), ("Sarah", 0.508),
    ("Kimberly", 0.504), ("Deborah", 0.494), ("Jessica", 0.490), ("Shirley", 0.482),
    ("Cynthia", 0.469), ("Angela", 0.468), ("Melissa", 0.462), ("Brenda", 0.455), ("Amy", 0.451),
    ("Anna", 0.440), ("Rebecca", 0.430), ("Virginia", 0.430), ("Kathleen", 0.424),
    ("Pamela", 0.416), ("Martha", 0.412), ("Debra", 0.408), ("Amanda", 0.404),
    ("Stephanie", 0.400), ("Carolyn", 0.385), ("Christine", 0.382), ("Marie", 0.379),
    ("Janet", 0.379), ("Catherine", 0.373), ("Frances", 0.370), ("Ann", 0.364), ("Joyce", 0.364),
    ("Diane", 0.359), ("Alice", 0.357), ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336),
    ("Doris", 0.335), ("Gloria", 0.335), ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315),
    ("Mildred", 0.313), ("Katherine", 0.313), ("Joan", 0.306), ("Ashley", 0.303),
    ("Judith", 0.297), ("Rose", 0.296), ("Janice", 0.285), ("Kelly", 0.283), ("Nicole", 0.281),
    ("Judy", 0.276), ("Christina", 0.275), ("Kathy", 0.272), ("Theresa", 0.271),
    ("Beverly", 0.267), ("Denise", 0.264), ("Tammy", 0.259), ("Irene", 0.252), ("Jane", 0.250),
    ("Lori", 0.248), ("Rachel", 0.242), ("Marilyn", 0.241), ("Andrea", 0.236), ("Kathryn", 0.234),
    ("Louise", 0.229), ("Sara", 0.229), ("Anne", 0.228), ("Jacqueline", 0.228), ("Wanda", 0.226),
    ("Bonnie", 0.223), ("Julia", 0.223), ("Ruby", 0.221), ("Lois", 0.220), ("Tina", 0.220),
    ("Phyllis", 0.219), ("Norma", 0.218), ("Paula", 0.217), ("Diana", 0.216), ("Annie", 0.216),
    ("Lillian", 0.211), ("Emily", 0.208), ("Robin", 0.208), ("Peggy", 0.208), ("Crystal", 0.207),
    ("Gladys", 0.205), ("Rita", 0.204), ("Dawn", 0.202), ("Connie", 0.200), ("Florence", 0.200),
    ("Tracy", 0.197), ("Edna", 0.197), ("Tiffany", 0.195), ("Carmen", 0.195), ("Rosa", 0.194),
    ("Cindy", 0.192), ("Grace", 0.189), ("Wendy", 0.185), ("Victoria", 0.180), ("Edith", 0.179),
    ("Kim", 0.178), ("Sherry", 0.178), ("Sylvia", 0.177), ("Josephine", 0.177), ("Thelma", 0.175),
    ("Shannon", 0.175), ("Sheila", 0.175), ("Ethel", 0.174), ("Ellen", 0.173), ("Elaine", 0.173),
    ("Marjorie", 0.173), ("Carrie", 0.171), ("Charlotte", 0.169), ("Monica", 0.166),
    ("Esther", 0.166), ("Pauline", 0.165), ("Emma", 0.165), ("Juanita", 0.164), ("Anita", 0.162),
    ("Rhonda", 0.162), ("Hazel", 0.161), ("Amber", 0.160), ("Eva", 0.159), ("Debbie", 0.157),
    ("April", 0.154), ("Leslie", 0.154), ("Clara", 0.153), ("Lucille", 0.153), ("Jamie", 0.153),
    ("Joanne", 0.150), ("Eleanor", 0.150), ("Valerie", 0.149), ("Danielle", 0.149),
    ("Alicia", 0.146), ("Michele", 0.145), ("Bertha", 0.143), ("Veronica", 0.142),
    ("Erin", 0.141), ("Lauren", 0.137), ("Joann", 0.136), ("Lynn", 0.135), ("Regina", 0.133),
    ("Beatrice", 0.130), ("Bernice", 0.128), ("Yvonne", 0.126), ("June", 0.125),
    ("Marion", 0.122), ("Stacy", 0.121), ("Renee", 0.120), ("Vivian", 0.118), ("Holly", 0.117),
    ("Melanie", 0.116), ("Yolanda", 0.115), ("Laurie", 0.114), ("Kristen", 0.111),
    ("Alma", 0.111), ("Elsie", 0.110), ("Jeanne", 0.109), ("Carla", 0.107), ("Rosemary", 0.107),
    ("Terri", 0.105), ("Lucy", 0.103), ("Ella", 0.101), ("Wilma", 0.099), ("Kristin", 0.099),
    ("Natalie", 0.098), ("Vera", 0.098), ("Charlene", 0.097), ("Delores", 0.095),
    ("Pearl", 0.094), ("Maureen", 0.092), ("Allison", 0.092), ("Joy", 0.091),
    ("Constance", 0.091), ("Claudia", 0.090), ("Marcia", 0.090), ("Nellie", 0.089),
    ("Marlene", 0.088), ("Glenda", 0.088), ("Viola", 0.086), ("Marian", 0.086),
    ("Caroline", 0.085), ("Jo", 0.083), ("Mattie", 0.081), ("Maxine", 0.079), ("Mabel", 0.078),
    ("Myrtle", 0.078), ("Christy", 0.077), ("Patsy", 0.076), ("Gwendolyn", 0.074),
    ("Nora", 0.073), ("Nina", 0.072), ("Leah", 0.072), ("Kay", 0.071), ("Naomi", 0.071),
    ("Brandy", 0.070), ("Billie", 0.069), ("Tracey", 0.069), ("Jenny", 0.068), ("Sonia", 0.068),
    ("Velma", 0.066), ("Bobbie", 0.065), ("Kristina", 0.065), ("Misty", 0.063), ("Shelly", 0.062),
    ("Ramona", 0.062), ("Erika", 0.061), ("Claire", 0.061), ("Lindsay", 0.060),
    ("Guadalupe", 0.059), ("Margarita", 0.059), ("Cora", 0.058), ("Ada", 0.057),
    ("Sabrina", 0.057), ("Marguerite", 0.056), ("Harriet", 0.056), ("Cecilia", 0.055),
    ("Brandi", 0.055), ("Sandy", 0.055), ("Joanna", 0.055), ("Eunice", 0.054), ("Inez", 0.053),
    ("Madeline", 0.052), ("Alberta", 0.052), ("Monique", 0.051), ("Janie", 0.051),
    ("Kayla", 0.051), ("Jan", 0.051), ("Kristine", 0.051), ("Fannie", 0.050), ("Opal", 0.050),
    ("Yvette", 0.050), ("Luz", 0.049), ("Olivia", 0.049), ("Shelley", 0.049), ("Mamie", 0.048),
    ("Lola", 0.048), ("Beulah", 0.048), ("Candice", 0.046), ("Jeannette", 0.046),
    ("Kelli", 0.046), ("Whitney", 0.045), ("Karla", 0.044), ("Latoya", 0.043), ("Shelia", 0.043),
    ("Della", 0.043), ("Lynne", 0.043), ("Marianne", 0.042), ("Jacquelyn", 0.041),
    ("Blanca", 0.041), ("Leticia", 0.040), ("Krista", 0.040), ("Angelica", 0.039),
    ("Robyn", 0.039), ("Adrienne", 0.039), ("Alexandra", 0.039), ("Bethany", 0.039),
    ("Bernadette", 0.039), ("Jody", 0.038), ("Jasmine", 0.038), ("Rachael", 0.038),
    ("Mable", 0.038), ("Muriel", 0.038), ("Elena", 0.037), ("Angelina", 0.037), ("Kari", 0.036),
    ("Dianna", 0.036), ("Lora", 0.036), ("Doreen", 0.035), ("Angel", 0.035), ("Antonia", 0.035),
    ("Ginger", 0.034), ("Betsy", 0.034), ("Freda", 0.034), ("Meredith", 0.033), ("Teri", 0.033),
    ("Eula", 0.033), ("Meghan", 0.032), ("Eloise", 0.032), ("Gretchen", 0.032), ("Raquel", 0.031),
    ("Alyssa", 0.031), ("Kelley", 0.031), ("Kerry", 0.031), ("Tricia", 0.030), ("Olive", 0.030),
    ("Tasha", 0.030), ("Elvira", 0.029), ("Delia", 0.029), ("Kate", 0.029), ("Lorena", 0.029),
    ("Sonja", 0.029), ("Lana", 0.029), ("May", 0.029), ("Essie", 0.029), ("Lorene", 0.028),
    ("Josefina", 0.028), ("Miranda", 0.028), ("Lucia", 0.028), ("Faith", 0.028),
    ("Johanna", 0.028), ("Camille", 0.028), ("Shawna", 0.027), ("Ebony", 0.027), ("Ora", 0.027),
    ("Tabitha", 0.027), ("Jaime", 0.027), ("Kristie", 0.027), ("Alisha", 0.027), ("Rena", 0.027),
    ("Marla", 0.026), ("Latasha", 0.026), ("Patrice", 0.026), ("Sherrie", 0.026),
    ("Francine", 0.025), ("Stacie", 0.025), ("Cheri", 0.025), ("Abigail", 0.025),
    ("Jewel", 0.025), ("Adele", 0.025), ("Lucinda", 0.025), ("Chris", 0.024), ("Trina", 0.024),
    ("Shawn", 0.024), ("Aurora", 0.024), ("Etta", 0.024), ("Kerri", 0.024), ("Nikki", 0.024),
    ("Francisca", 0.024), ("Tracie", 0.024), ("Karin", 0.024), ("Janelle", 0.024),
    ("Laurel", 0.024), ("Fern", 0.024), ("Corinne", 0.024), ("Ina", 0.023), ("Elisabeth", 0.023),
    ("Caitlin", 0.023), ("Iva", 0.023), ("Christa", 0.023), ("Cassie", 0.023), ("Jenifer", 0.023),
    ("Frankie", 0.022), ("Lorna", 0.022), ("Latonya", 0.022), ("Morgan", 0.022),
    ("Tamika", 0.022), ("Debora", 0.022), ("Polly", 0.022), ("Jewell", 0.021), ("Jillian", 0.021),
    ("Nell", 0.021), ("Esperanza", 0.021), ("Kimberley", 0.021), ("Helena", 0.021),
    ("Cleo", 0.021), ("Rosario", 0.020), ("Janine", 0.020), ("Lupe", 0.020), ("Lou", 0.020),
    ("Susanne", 0.020), ("Susana", 0.019), ("Cecile", 0.019), ("Lesley", 0.019), ("Paige", 0.019),
    ("Rachelle", 0.019), ("Daphne", 0.019), ("Ester", 0.019),
)  # fmt: skip
US_M = (
    ("James", 3.318), ("John", 3.271), ("Robert", 3.143), ("Michael", 2.629), ("William", 2.451),
    ("David", 2.363), ("Richard", 1.703), ("Charles", 1.523), ("Joseph", 1.404),
    ("Thomas", 1.380), ("Christopher", 1.035), ("Daniel", 0.974), ("Paul", 0.948),
    ("Mark", 0.938), ("Donald", 0.931), ("George", 0.927), ("Kenneth", 0.826), ("Steven", 0.780),
    ("Edward", 0.779), ("Brian", 0.736), ("Ronald", 0.725), ("Anthony", 0.721), ("Kevin", 0.671),
    ("Jason", 0.660), ("Matthew", 0.657), ("Gary", 0.650), ("Timothy", 0.640), ("Jose", 0.613),
    ("Larry", 0.598), ("Jeffrey", 0.591), ("Frank", 0.581), ("Scott", 0.546), ("Eric", 0.544),
    ("Stephen", 0.540), ("Andrew", 0.537), ("Raymond", 0.488), ("Gregory", 0.441),
    ("Joshua", 0.435), ("Jerry", 0.432), ("Dennis", 0.415), ("Walter", 0.399), ("Patrick", 0.389),
    ("Peter", 0.381), ("Harold", 0.371), ("Douglas", 0.367), ("Henry", 0.365), ("Carl", 0.346),
    ("Arthur", 0.335), ("Ryan", 0.328), ("Roger", 0.322), ("Joe", 0.321), ("Juan", 0.316),
    ("Jack", 0.315), ("Albert", 0.314), ("Jonathan", 0.313), ("Justin", 0.311), ("Terry", 0.311),
    ("Gerald", 0.309), ("Keith", 0.308), ("Samuel", 0.306), ("Willie", 0.302), ("Ralph", 0.282),
    ("Lawrence", 0.282), ("Nicholas", 0.275), ("Roy", 0.273), ("Benjamin", 0.270),
    ("Bruce", 0.263), ("Brandon", 0.260), ("Adam", 0.259), ("Harry", 0.251), ("Fred", 0.251),
    ("Wayne", 0.249), ("Billy", 0.248), ("Steve", 0.246), ("Louis", 0.243), ("Jeremy", 0.242),
    ("Aaron", 0.240), ("Randy", 0.232), ("Howard", 0.230), ("Eugene", 0.230), ("Carlos", 0.229),
    ("Russell", 0.224), ("Bobby", 0.223), ("Victor", 0.222), ("Martin", 0.216), ("Ernest", 0.215),
    ("Phillip", 0.213), ("Todd", 0.213), ("Jesse", 0.209), ("Craig", 0.206), ("Alan", 0.204),
    ("Shawn", 0.200), ("Clarence", 0.197), ("Sean", 0.197), ("Philip", 0.197), ("Chris", 0.197),
    ("Johnny", 0.195), ("Earl", 0.193), ("Jimmy", 0.191), ("Antonio", 0.190), ("Danny", 0.190),
    ("Bryan", 0.190), ("Tony", 0.190), ("Luis", 0.189), ("Mike", 0.189), ("Stanley", 0.186),
    ("Leonard", 0.186), ("Nathan", 0.185), ("Dale", 0.184), ("Manuel", 0.181), ("Rodney", 0.180),
    ("Curtis", 0.180), ("Norman", 0.177), ("Allen", 0.174), ("Marvin", 0.171), ("Vincent", 0.168),
    ("Glenn", 0.167), ("Jeffery", 0.166), ("Travis", 0.166), ("Jeff", 0.166), ("Chad", 0.165),
    ("Jacob", 0.165), ("Lee", 0.162), ("Melvin", 0.162), ("Alfred", 0.162), ("Kyle", 0.160),
    ("Francis", 0.160), ("Bradley", 0.159), ("Jesus", 0.155), ("Herbert", 0.155),
    ("Frederick", 0.154), ("Ray", 0.153), ("Joel", 0.152), ("Edwin", 0.148), ("Don", 0.145),
    ("Eddie", 0.144), ("Ricky", 0.141), ("Troy", 0.138), ("Randall", 0.138), ("Barry", 0.134),
    ("Alexander", 0.132), ("Bernard", 0.127), ("Mario", 0.125), ("Leroy", 0.125),
    ("Francisco", 0.124), ("Marcus", 0.124), ("Micheal", 0.123), ("Theodore", 0.123),
    ("Clifford", 0.123), ("Miguel", 0.122), ("Jay", 0.118), ("Tom", 0.117), ("Alex", 0.115),
    ("Ronnie", 0.113), ("Lloyd", 0.112), ("Leon", 0.112), ("Warren", 0.110), ("Jerome", 0.108),
    ("Leo", 0.106), ("Tim", 0.104), ("Gordon", 0.104), ("Greg", 0.104), ("Dustin", 0.103),
    ("Derrick", 0.103), ("Lewis", 0.099), ("Corey", 0.098), ("Maurice", 0.097),
    ("Roberto", 0.097), ("Glen", 0.094), ("Shane", 0.093), ("Sam", 0.092), ("Lester", 0.091),
    ("Ramon", 0.090), ("Tyler", 0.089), ("Gene", 0.087), ("Reginald", 0.084), ("Brett", 0.082),
    ("Nathaniel", 0.081), ("Leslie", 0.081), ("Milton", 0.080), ("Ben", 0.078), ("Cecil", 0.078),
    ("Franklin", 0.077), ("Elmer", 0.074), ("Gabriel", 0.073), ("Mitchell", 0.072),
    ("Arnold", 0.072), ("Jared", 0.071), ("Karl", 0.069), ("Claude", 0.068), ("Darryl", 0.067),
    ("Neil", 0.066), ("Christian", 0.065), ("Fernando", 0.065), ("Ted", 0.064), ("Tyrone", 0.064),
    ("Lonnie", 0.064), ("Cody", 0.063), ("Kelly", 0.063), ("Allan", 0.061), ("Guy", 0.060),
    ("Hugh", 0.060), ("Dwayne", 0.059), ("Armando", 0.058), ("Jimmie", 0.058), ("Jordan", 0.056),
    ("Wallace", 0.056), ("Bob", 0.055), ("Casey", 0.054), ("Alberto", 0.053), ("Ivan", 0.053),
    ("Sidney", 0.052), ("Julian", 0.052), ("Morris", 0.051), ("Willard", 0.050), ("Ross", 0.050),
    ("Andy", 0.049), ("Salvador", 0.049), ("Kirk", 0.049), ("Marion", 0.048), ("Seth", 0.048),
    ("Terrance", 0.048), ("Eduardo", 0.047), ("Enrique", 0.046), ("Wade", 0.045),
    ("Stuart", 0.044), ("Arturo", 0.043), ("Jackie", 0.043), ("Nick", 0.043), ("Wendell", 0.042),
    ("Evan", 0.042), ("Dana", 0.042), ("Otis", 0.041), ("Trevor", 0.040), ("Luke", 0.040),
    ("Gerard", 0.040), ("Kenny", 0.039), ("Angelo", 0.039), ("Lyle", 0.038), ("Lynn", 0.038),
    ("Orlando", 0.037), ("Carlton", 0.037), ("Cameron", 0.037), ("Pablo", 0.036), ("Omar", 0.036),
    ("Blake", 0.036), ("Horace", 0.036), ("Kerry", 0.036), ("Willis", 0.035), ("Jean", 0.035),
    ("Andres", 0.034), ("Johnathan", 0.034), ("Rudolph", 0.034), ("Kelvin", 0.034),
    ("Preston", 0.034), ("Archie", 0.033), ("Wm", 0.033), ("Randolph", 0.032),
    ("Geoffrey", 0.032), ("Felipe", 0.032), ("Gerardo", 0.032), ("Dominic", 0.032),
    ("Loren", 0.032), ("Colin", 0.031), ("Earnest", 0.031), ("Benny", 0.030), ("Spencer", 0.030),
    ("Myron", 0.030), ("Garrett", 0.029), ("Cedric", 0.029), ("Gregg", 0.029), ("Wilson", 0.028),
    ("Sylvester", 0.028), ("Roosevelt", 0.028), ("Jermaine", 0.028), ("Wilbert", 0.027),
    ("Simon", 0.026), ("Clark", 0.026), ("Carroll", 0.026), ("Owen", 0.026), ("Woodrow", 0.025),
    ("Kristopher", 0.025), ("Levi", 0.025), ("Gustavo", 0.025), ("Lionel", 0.024),
    ("Taylor", 0.024), ("Dallas", 0.024), ("Clint", 0.024), ("Laurence", 0.024),
    ("Orville", 0.024), ("Jody", 0.024), ("Dewey", 0.023), ("Wilfred", 0.023), ("Hugo", 0.023),
    ("Caleb", 0.023), ("Sheldon", 0.023), ("Frankie", 0.023), ("Doyle", 0.022),
    ("Rogelio", 0.022), ("Santiago", 0.022), ("Elias", 0.022), ("Elbert", 0.022),
    ("Conrad", 0.022), ("Noah", 0.022), ("Phil", 0.021), ("Lamar", 0.021), ("Clay", 0.021),
    ("Dexter", 0.021), ("Merle", 0.021), ("Amos", 0.020), ("Moses", 0.020), ("Saul", 0.020),
    ("Darnell", 0.020), ("Tommie", 0.020), ("Darrin", 0.019), ("Brendan", 0.019), ("Van", 0.019),
    ("Dominick", 0.019), ("Courtney", 0.019), ("Emilio", 0.019), ("Cary", 0.019),
    ("Santos", 0.019), ("Emmett", 0.019), ("Emanuel", 0.019), ("Edmond", 0.019),
    ("Dewayne", 0.018), ("Otto", 0.018), ("Reynaldo", 0.018), ("Morgan", 0.018), ("Trent", 0.018),
    ("Emmanuel", 0.018), ("Louie", 0.018), ("Lamont", 0.017), ("Garland", 0.017),
    ("Micah", 0.017), ("Billie", 0.017), ("Heath", 0.017), ("Harley", 0.017), ("Ethan", 0.017),
    ("Rocky", 0.016), ("Junior", 0.016), ("Eli", 0.016), ("Antoine", 0.016), ("Kendall", 0.016),
    ("Sterling", 0.016), ("Chase", 0.016), ("Elton", 0.016), ("Dylan", 0.016), ("Damian", 0.016),
    ("Stan", 0.015), ("Leonardo", 0.015), ("Russel", 0.015), ("Benito", 0.015), ("Monte", 0.015),
    ("Ernie", 0.015), ("Quentin", 0.015), ("Murray", 0.015), ("Devon", 0.014),
    ("Harrison", 0.014), ("Burton", 0.014), ("Elliott", 0.014), ("Bart", 0.014), ("Vance", 0.014),
    ("Damien", 0.014), ("Harlan", 0.014), ("Elliot", 0.014), ("Ashley", 0.014), ("Buddy", 0.014),
    ("Kermit", 0.013), ("Esteban", 0.013), ("Solomon", 0.013), ("Norbert", 0.013),
    ("Williams", 0.013), ("Carey", 0.013), ("Quinton", 0.013), ("Brain", 0.013),
    ("Elwood", 0.013), ("Darius", 0.013), ("Son", 0.012), ("Fidel", 0.012), ("Cliff", 0.012),
    ("Ali", 0.012), ("Raphael", 0.012), ("Armand", 0.012), ("Jeffry", 0.012),
)  # fmt: skip
US_L = (
    ("Smith", 1.006), ("Johnson", 0.810), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621),
    ("Davis", 0.480), ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor", 0.311),
    ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.310), ("White", 0.279),
    ("Harris", 0.275), ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254),
    ("Martinez", 0.234), ("Robinson", 0.233), ("Clark", 0.231), ("Rodriguez", 0.229),
    ("Lewis", 0.226), ("Lee", 0.220), ("Walker", 0.219), ("Hall", 0.200), ("Allen", 0.199),
    ("Young", 0.193), ("Hernandez", 0.192), ("King", 0.190), ("Wright", 0.189), ("Lopez", 0.187),
    ("Hill", 0.187), ("Scott", 0.185), ("Green", 0.183), ("Adams", 0.174), ("Baker", 0.171),
    ("Gonzalez", 0.166), ("Nelson", 0.162), ("Carter", 0.162), ("Mitchell", 0.160),
    ("Perez", 0.155), ("Roberts", 0.153), ("Turner", 0.152), ("Phillips", 0.149),
    ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141), ("Edwards", 0.137),
    ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.130), ("Morris", 0.125),
    ("Rogers", 0.123), ("Reed", 0.122), ("Cook", 0.120), ("Morgan", 0.118), ("Bell", 0.117),
    ("Murphy", 0.117), ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper", 0.113),
    ("Richardson", 0.112), ("Cox", 0.110), ("Howard", 0.110), ("Ward", 0.108), ("Torres", 0.108),
    ("Peterson", 0.107), ("Gray", 0.106), ("Ramirez", 0.105), ("James", 0.105), ("Watson", 0.103),
    ("Brooks", 0.103), ("Kelly", 0.102), ("Sanders", 0.100), ("Price", 0.099), ("Bennett", 0.099),
    ("Wood", 0.098), ("Barnes", 0.097), ("Ross", 0.096), ("Henderson", 0.095), ("Coleman", 0.095),
    ("Jenkins", 0.095), ("Perry", 0.094), ("Powell", 0.093), ("Long", 0.092),
    ("Patterson", 0.092), ("Hughes", 0.092), ("Flores", 0.092), ("Washington", 0.092),
    ("Butler", 0.091), ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales", 0.087),
    ("Bryant", 0.087), ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084),
    ("Diaz", 0.084), ("Hayes", 0.083), ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082),
    ("Graham", 0.082), ("Sullivan", 0.081), ("Wallace", 0.081), ("Woods", 0.080), ("Cole", 0.080),
    ("West", 0.080), ("Jordan", 0.078), ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077),
    ("Ellis", 0.077), ("Harrison", 0.076), ("Gibson", 0.075), ("McDonald", 0.075),
    ("Cruz", 0.075), ("Marshall", 0.075), ("Ortiz", 0.075), ("Gomez", 0.075), ("Murray", 0.074),
    ("Freeman", 0.074), ("Wells", 0.073), ("Webb", 0.072), ("Simpson", 0.070), ("Stevens", 0.070),
    ("Tucker", 0.070), ("Porter", 0.069), ("Hunter", 0.069), ("Hicks", 0.069),
    ("Crawford", 0.068), ("Henry", 0.068), ("Boyd", 0.068), ("Mason", 0.068), ("Morales", 0.067),
    ("Kennedy", 0.067), ("Warren", 0.067), ("Dixon", 0.066), ("Ramos", 0.066), ("Reyes", 0.066),
    ("Burns", 0.065), ("Gordon", 0.065), ("Shaw", 0.065), ("Holmes", 0.065), ("Rice", 0.064),
    ("Robertson", 0.064), ("Hunt", 0.063), ("Black", 0.063), ("Daniels", 0.062), ("Mills", 0.061),
    ("Grant", 0.060), ("Ferguson", 0.059), ("Stone", 0.059), ("Dunn", 0.058), ("Hudson", 0.058),
    ("Gardner", 0.057), ("Payne", 0.057), ("Berry", 0.056), ("Arnold", 0.056), ("Willis", 0.055),
    ("Watkins", 0.055), ("Carroll", 0.055), ("Snyder", 0.055), ("Cunningham", 0.054),
    ("Lane", 0.054), ("Ruiz", 0.054), ("Fox", 0.053), ("Armstrong", 0.053), ("Weaver", 0.053),
    ("Lawrence", 0.052), ("Chavez", 0.052), ("Austin", 0.052), ("Kelley", 0.052),
    ("Lawson", 0.051), ("Gutierrez", 0.051), ("Schmidt", 0.051), ("Vasquez", 0.051),
    ("Wheeler", 0.051), ("Oliver", 0.050), ("Richards", 0.049), ("Johnston", 0.049),
    ("Meyer", 0.048), ("McCoy", 0.048), ("Alvarez", 0.048), ("Hansen", 0.047), ("Garza", 0.047),
    ("Little", 0.046), ("Stanley", 0.046), ("George", 0.046), ("Reid", 0.046), ("Fuller", 0.045),
    ("Dean", 0.045), ("Garrett", 0.045), ("Welch", 0.044), ("Frazier", 0.044), ("Hanson", 0.043),
    ("Mendoza", 0.043), ("Bowman", 0.043), ("Fowler", 0.042), ("Hoffman", 0.042),
    ("Silva", 0.042), ("Holland", 0.042), ("Fleming", 0.041), ("Vargas", 0.041),
    ("Davidson", 0.041), ("May", 0.040), ("Herrera", 0.040), ("Soto", 0.040), ("Curtis", 0.040),
    ("Caldwell", 0.039), ("Jennings", 0.039), ("Graves", 0.039), ("Horton", 0.039),
    ("Barrett", 0.039), ("Castro", 0.039), ("Gregory", 0.038), ("Lucas", 0.038), ("Craig", 0.038),
    ("Chambers", 0.037), ("Lambert", 0.037), ("Watts", 0.037), ("Hale", 0.037), ("Pena", 0.037),
    ("Newman", 0.036), ("McDaniel", 0.036), ("Bush", 0.036), ("Parks", 0.035),
    ("Santiago", 0.035), ("Hardy", 0.035), ("Steele", 0.035), ("Powers", 0.035),
    ("Barker", 0.035), ("Page", 0.034), ("Ball", 0.034), ("Chandler", 0.034), ("Leonard", 0.034),
    ("Lyons", 0.033), ("Wolfe", 0.033), ("Mullins", 0.033), ("Sharp", 0.033), ("Daniel", 0.033),
    ("Cummings", 0.032), ("Baldwin", 0.032), ("Valdez", 0.032), ("Salazar", 0.032),
    ("Warner", 0.031), ("Burgess", 0.031), ("Tate", 0.031), ("Garner", 0.031), ("Mack", 0.031),
    ("Thornton", 0.031), ("McGee", 0.031), ("Delgado", 0.030), ("Vega", 0.030),
    ("Manning", 0.030), ("Harmon", 0.030), ("Robbins", 0.030), ("Todd", 0.030),
    ("Higgins", 0.030), ("Reese", 0.030), ("Strickland", 0.030), ("Potter", 0.030),
    ("Walton", 0.030), ("Hampton", 0.029), ("Patton", 0.029), ("Joseph", 0.029),
    ("Goodman", 0.029), ("Yates", 0.029), ("Erickson", 0.029), ("Rios", 0.029), ("Adkins", 0.029),
    ("Norman", 0.028), ("Hammond", 0.028), ("Cobb", 0.028), ("Quinn", 0.028), ("Maxwell", 0.028),
    ("Floyd", 0.027), ("Paul", 0.027), ("Guerrero", 0.027), ("Estrada", 0.027), ("Gibbs", 0.027),
    ("Gross", 0.027), ("Stokes", 0.027), ("Sherman", 0.027), ("Wise", 0.027), ("Gill", 0.027),
    ("Greer", 0.026), ("Simon", 0.026), ("Nunez", 0.026), ("Schwartz", 0.026), ("Houston", 0.026),
    ("Klein", 0.026), ("Briggs", 0.026), ("McLaughlin", 0.026), ("French", 0.026),
    ("Moran", 0.026), ("Roy", 0.025), ("Brady", 0.025), ("Holloway", 0.025), ("Poole", 0.025),
    ("Logan", 0.025), ("Bass", 0.025), ("Drake", 0.025), ("Jefferson", 0.025), ("Morton", 0.025),
    ("Sparks", 0.025), ("Norton", 0.024), ("Clayton", 0.024), ("Lloyd", 0.024), ("Carson", 0.024),
    ("Roberson", 0.024), ("Tran", 0.024), ("Harrington", 0.024), ("Boone", 0.024),
    ("Clarke", 0.024), ("Singleton", 0.024), ("Cain", 0.024), ("Underwood", 0.024),
    ("McKenzie", 0.023), ("Luna", 0.023), ("McGuire", 0.023), ("Bridges", 0.023), ("Nash", 0.023),
    ("Atkins", 0.023), ("Pitts", 0.023), ("Marquez", 0.023), ("Richard", 0.023), ("Chase", 0.023),
    ("Hood", 0.023), ("Clay", 0.023), ("Sawyer", 0.023), ("Vazquez", 0.023), ("Hodge", 0.022),
    ("Flynn", 0.022), ("Nicholson", 0.022), ("Wolf", 0.022), ("Kirk", 0.022), ("Anthony", 0.022),
    ("Oconnor", 0.022), ("Ware", 0.022), ("Kirby", 0.022), ("Bradford", 0.022),
    ("Gilmore", 0.022), ("Oneal", 0.022), ("Lang", 0.021), ("Kramer", 0.021), ("Hancock", 0.021),
    ("Gaines", 0.021), ("Short", 0.021), ("Mathews", 0.021), ("Fischer", 0.021), ("Small", 0.021),
    ("Hensley", 0.021), ("Dyer", 0.021), ("Grimes", 0.021), ("Christian", 0.021),
    ("Baxter", 0.021), ("Mosley", 0.021), ("Larsen", 0.021), ("Beasley", 0.020),
    ("Petersen", 0.020), ("Meyers", 0.020), ("Garrison", 0.020), ("Shields", 0.020),
    ("Savage", 0.020), ("Schroeder", 0.020), ("Woodard", 0.020), ("Kemp", 0.020),
    ("Booth", 0.020), ("Calhoun", 0.020), ("Eaton", 0.020), ("Navarro", 0.020), ("Lester", 0.020),
    ("Parrish", 0.020), ("Hutchinson", 0.020), ("Dorsey", 0.020), ("Robles", 0.020),
    ("Dalton", 0.019), ("Vance", 0.019), ("Blackwell", 0.019), ("Johns", 0.019),
    ("Trevino", 0.019), ("Campos", 0.019), ("Moses", 0.019),
)  # fmt: skip

# The origins common in Sweden: (women's given names, men's given names, surnames), commonest first.
OTHER = {
    "finnish": (
        "Anne, Tuula, Päivi, Anna, Riitta, Pirjo, Sari, Minna, Marja, Leena, Merja, Tiina, Liisa, Sirpa, Eila, Kaarina, Aino, Sanna, Satu, Tarja, Heli, Eeva, Kirsi, Aili, Raija, Outi",
        "Juha, Timo, Matti, Kari, Mikko, Jari, Antti, Jukka, Mika, Markku, Pekka, Hannu, Heikki, Seppo, Janne, Ari, Sami, Petri, Ville, Tuomas, Jussi, Esa, Pentti, Veikko, Tapani, Eero, Lauri, Olli, Risto",
        "Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen, Hiltunen, Kettunen, Pesonen, Räsänen",
    ),
    "arabic": (
        "Fatima, Maryam, Noor, Zainab, Aya, Rania, Amal, Hiba, Rasha, Huda, Layla, Samira, Yasmin, Dalia, Nour, Shahad, Hala, Asma, Ranim, Shamiran, Ninwa, Ramina, Nahrin, Sonia, Mariana, Rima",
        "Mohammad, Ahmad, Ali, Omar, Hassan, Hussein, Khaled, Mahmoud, Yousef, Ibrahim, Mustafa, Abdullah, Karim, Samer, Bassam, Tarek, Ammar, Firas, Ziad, Rami, Ninos, Sargon, Ashur, Gabriel, Afram, Aziz, Yacoub, Shamoun, Fadi, Jamil",
        "Ali, Mohammed, Ahmad, Hassan, Hussein, Ibrahim, Abdullah, Khalil, Saleh, Haddad, Al-Hassan, Al-Jabouri, Al-Obaidi, Al-Saadi, Mansour, Nasser, Othman, Yousef, Darwish, Hamdan, Kassab, Jabbour, Shamoun, Yakob, Afram, Isho, Barsom, Lahdo, Gewargis, Bahnam, Khoury, Saliba",
    ),
    "persian": (
        "Maryam, Fatemeh, Zahra, Shirin, Leila, Parisa, Nasrin, Mina, Azadeh, Roya, Narges, Niloufar, Mahsa, Shabnam, Farideh, Golnar, Yasaman, Parvin, Mahnaz, Sepideh",
        "Ali, Mohammad, Reza, Hossein, Mehdi, Amir, Hamid, Saeed, Majid, Behrouz, Farhad, Kourosh, Dariush, Babak, Arash, Hamed, Pouya, Siamak, Payam, Omid",
        "Mohammadi, Hosseini, Ahmadi, Rezaei, Moradi, Karimi, Jafari, Rahimi, Hashemi, Mousavi, Sadeghi, Ghorbani, Heidari, Rostami, Kazemi, Sharifi, Akbari, Tehrani, Amini, Nazari, Shirazi, Esfahani, Farahani, Bagheri",
    ),
    "kurdish": (
        "Rojin, Berivan, Dilan, Shilan, Nazdar, Hêvî, Zilan, Avin, Jiyan, Sozan, Bahar, Gulistan, Rojda, Evin, Helin, Rezan, Narin",
        "Azad, Rebin, Karwan, Dilshad, Shivan, Baran, Aram, Hawar, Serhat, Rêbaz, Bawan, Kawa, Hoshyar, Rizgar, Soran, Zana, Diyar",
        "Barzani, Ahmed, Mahmoud, Rashid, Amin, Karim, Mustafa, Salih, Hamad, Zebari, Dosky, Baban, Sindi, Bakir, Qadir, Omar, Aziz, Talabani",
    ),
    "somali": (
        "Hodan, Amina, Fadumo, Hawa, Sahra, Ayan, Ifrah, Hibo, Nimco, Sagal, Ubah, Deeqa, Khadra, Ilhan, Muna, Najma, Sucaad, Hamdi, Maryan",
        "Abdi, Mohamed, Ahmed, Abdirahman, Abdullahi, Hassan, Mahad, Liban, Farah, Omar, Yusuf, Ali, Abdikarim, Said, Ismail, Bashir, Hamza, Guled",
        "Mohamed, Ahmed, Ali, Hassan, Abdi, Farah, Osman, Yusuf, Omar, Warsame, Jama, Hussein, Abdullahi, Ibrahim, Dahir, Egal, Aden, Nur, Mohamud, Elmi, Gedi, Hersi, Duale, Samatar",
    ),
    "eritrean": (
        "Selam, Helen, Mekdes, Tigist, Senait, Rahel, Meron, Saba, Hiwet, Lidia, Feven, Yordanos, Eden, Bethlehem, Almaz, Tsega, Semhar, Winta",
        "Yonas, Daniel, Tesfaye, Dawit, Samuel, Yohannes, Tekle, Biniam, Filmon, Robel, Amanuel, Mussie, Henok, Haile, Kibrom, Awet, Mehari, Berhane",
        "Tesfay, Kidane, Tekle, Gebremedhin, Haile, Berhe, Ghebreyesus, Woldu, Abraha, Mebrahtu, Tesfamariam, Habte, Ghirmay, Yemane, Asfaha, Tsegay, Negash, Mengistu, Bekele, Alemu, Girma",
    ),
    "polish": (
        "Anna, Maria, Katarzyna, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Magdalena, Elżbieta, Joanna, Aleksandra, Zofia, Monika, Teresa, Danuta, Natalia, Karolina, Marta, Beata, Dorota, Justyna, Paulina, Grażyna, Jadwiga",
        "Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Jan, Michał, Marcin, Stanisław, Jakub, Adam, Marek, Łukasz, Grzegorz, Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Jerzy, Maciej, Kamil, Rafał, Józef",
        "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Wojciechowski, Kwiatkowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Wróbel, Majewski, Olszewski, Stępień, Malinowski, Jaworski, Dudek, Górski, Sikora, Czarnecki, Zawadzki, Głowacki, Wysocki, Sokołowski",
    ),
    "bcs": (
        "Amra, Emina, Lejla, Jasmina, Selma, Azra, Merima, Ajla, Amina, Dragana, Jelena, Milica, Snežana, Vesna, Gordana, Ana, Ivana, Marija, Sanja, Mirela, Nermina, Senada, Džana",
        "Emir, Adnan, Mirza, Amar, Haris, Edin, Kenan, Nedim, Armin, Dženan, Nikola, Marko, Stefan, Dragan, Goran, Zoran, Milan, Dejan, Ivan, Luka, Josip, Tomislav, Ante, Damir, Senad",
        "Hodžić, Hadžić, Kovačević, Begić, Delić, Mehmedović, Husić, Ibrahimović, Hasanović, Mujić, Salihović, Omerović, Softić, Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Pavlović, Horvat, Kovačić, Babić, Marić, Jurić, Knežević, Vuković, Perić, Tomić, Popović, Šarić, Čolić, Bašić, Alić, Memić",
    ),
    "turkish": (
        "Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Merve, Özlem, Esra, Büşra, Derya, Gülsüm, Sevgi, Hülya, Songül, Dilek, Ebru, Yasemin, Sibel, Selin, Gül, Melek, Tuğba",
        "Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, Murat, Ömer, Yusuf, Emre, Burak, Kemal, Serkan, Cem, Erdem, Hakan, Fatih, Oğuz, Yaşar, Selim, Tuncay, Erkan, Barış",
        "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Özer, Erdoğan, Güneş, Aktaş, Bulut, Korkmaz, Keskin, Ünal, Acar",
    ),
    "latin": (
        "María, Ana, Carolina, Daniela, Valentina, Camila, Francisca, Javiera, Catalina, Fernanda, Paola, Gabriela, Claudia, Patricia, Verónica, Lorena, Marcela, Andrea, Ximena, Rocío, Constanza, Alejandra, Soledad",
        "José, Juan, Carlos, Luis, Jorge, Diego, Matías, Sebastián, Felipe, Cristián, Rodrigo, Andrés, Pablo, Francisco, Miguel, Alejandro, Gonzalo, Nicolás, Ricardo, Héctor, Raúl, Eduardo, Álvaro, Tomás, Joaquín",
        "González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo, Ramírez, Reyes, Gutiérrez, Castro, Vargas, Álvarez, Vásquez, Tapia, Fernández, Sánchez, Carrasco, Gómez, Cortés, Herrera, Núñez, Jara, Vergara, Figueroa",
    ),
    "thai": (
        "Siriporn, Malee, Nittaya, Wanida, Supaporn, Kanya, Pranee, Ratana, Somjit, Duangjai, Jintana, Kannika, Lamai, Orawan, Pornthip, Sunisa, Suda, Waraporn, Yupin, Chanida, Nattaya",
        "Somchai, Somsak, Prasert, Sombat, Chaiya, Anan, Wichai, Surachai, Thanawat, Kittisak, Nattapong, Preecha, Sakda, Boonmee, Chatchai, Pichit, Sutthipong, Tawee",
        "Saetang, Srisuk, Wongsa, Chaiyaphum, Rattanakorn, Thongchai, Boonyarat, Sukprasert, Kongkaew, Phromma, Jaidee, Kaewmanee, Sriwichai, Chanthara, Suwannarat, Meesuk, Thongdee, Ruangsri, Yodsuwan",
    ),
    "indian": (
        "Priya, Anjali, Pooja, Neha, Divya, Sunita, Kavita, Lakshmi, Deepa, Aishwarya, Shreya, Meera, Anita, Ritu, Swati, Nisha, Rekha, Sneha, Ananya, Kiran, Preeti, Aarti, Shalini, Radha, Geeta",
        "Rahul, Amit, Rajesh, Sanjay, Vikram, Arjun, Rohit, Suresh, Anil, Ravi, Vijay, Deepak, Manoj, Prakash, Karthik, Aditya, Nikhil, Sandeep, Ashok, Ramesh, Harpreet, Gurpreet, Sunil, Venkatesh, Arun",
        "Sharma, Singh, Kumar, Patel, Gupta, Reddy, Rao, Iyer, Nair, Shah, Mehta, Joshi, Desai, Agarwal, Verma, Pillai, Menon, Banerjee, Chatterjee, Mukherjee, Das, Krishnan, Srinivasan, Bhat, Kaur, Malhotra, Kapoor, Chopra, Yadav, Mishra",
    ),
    "chinese": (
        "Fang, Na, Min, Jing, Yan, Hui, Ling, Mei, Xin, Lan, Juan, Hong, Qing, Xue, Ting, Yun, Xiaomei, Yiting, Shuang",
        "Wei, Jun, Hao, Jie, Ming, Qiang, Lei, Tao, Yong, Chao, Feng, Gang, Jian, Peng, Zhiwei, Xiaoming, Jianguo, Haoran, Yichen",
        "Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, He, Lin, Luo, Gao, Zheng, Liang, Xie, Song, Tang, Han, Feng, Deng, Cao, Peng",
    ),
    "ukrainian": (
        "Olena, Nataliia, Tetiana, Oksana, Iryna, Yuliia, Svitlana, Kateryna, Anastasiia, Maryna, Olha, Viktoriia, Halyna, Liudmyla, Nadiia, Daria, Sofiia, Alina, Khrystyna, Valentyna",
        "Oleksandr, Serhii, Andrii, Volodymyr, Dmytro, Mykola, Vasyl, Oleh, Yurii, Ivan, Viktor, Mykhailo, Taras, Bohdan, Petro, Roman, Vitalii, Maksym, Artem, Denys",
        "Melnyk, Shevchenko, Kovalenko, Bondarenko, Boiko, Tkachenko, Kravchenko, Kovalchuk, Koval, Oliinyk, Shevchuk, Polishchuk, Ivanenko, Tkachuk, Savchenko, Lysenko, Rudenko, Marchenko, Petrenko, Moroz, Kravets, Pavlenko, Honcharenko, Kuzmenko",
    ),
    "vietnamese": (
        "Lan, Hương, Linh, Mai, Thảo, Trang, Hoa, Ngọc, Hạnh, Thu, Anh, Phương, Hằng, Nhung, Vy, Hà, Yến, Thúy",
        "Minh, Tuấn, Hùng, Dũng, Nam, Đức, Quang, Huy, Thanh, Sơn, Long, Khoa, Phong, Bảo, Việt, Hải, Trung, Cường",
        "Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ, Hồ, Ngô, Dương, Lý",
    ),
    "afghan": (
        "Mariam, Fereshta, Zarghona, Nargis, Shabana, Mursal, Mahbooba, Laila, Parwana, Nilofar, Hasina, Roya, Sima, Farzana, Khadija, Marzia, Shakila",
        "Ahmad, Mohammad, Abdul, Ali, Mustafa, Hamid, Rahim, Naweed, Farid, Jawad, Massoud, Sayed, Habib, Wahid, Zabihullah, Bilal, Najib, Samiullah, Ramin",
        "Ahmadi, Hakimi, Rahimi, Noori, Sultani, Hussaini, Karimi, Mohammadi, Azimi, Haidari, Rezai, Sadat, Popal, Safi, Stanikzai, Wardak, Amiri, Jalali, Nazari, Rasuli",
    ),
}

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(ranked(SV_F, 150), ranked(SV_M, 150), ranked(SV_S, 150)),
    "us": Origin(census(US_F), census(US_M), census(US_L)),
    "uk": Origin(ranked(UK_F, 120), ranked(UK_M, 120), ranked(UK_S, 120)),
}
for _key, (_f, _m, _s) in OTHER.items():
    ORIGINS[_key] = Origin(ranked(_f, 10, 0.85), ranked(_m, 10, 0.85), ranked(_s, 10, 0.85))

# Who is named, per language of the row: roughly Sweden's population in Swedish text (about 70%
# Swedish names), the UK and the US in English text, a blend in mixed text.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 70, "arabic": 5.5, "finnish": 4, "polish": 2.4, "bcs": 2.4, "persian": 2,
        "somali": 1.8, "afghan": 1.6, "kurdish": 1.4, "turkish": 1.4, "ukrainian": 1.4,
        "eritrean": 1.1, "indian": 1, "latin": 1, "thai": 0.9, "chinese": 0.8, "vietnamese": 0.6,
        "uk": 0.5, "us": 0.4,
    },
    "en": {
        "uk": 36, "us": 35, "swedish": 10, "indian": 5, "arabic": 2.5, "polish": 2, "chinese": 2,
        "latin": 2, "finnish": 1, "somali": 1, "turkish": 1, "ukrainian": 1, "vietnamese": 0.8,
        "persian": 0.8, "eritrean": 0.6, "thai": 0.6, "afghan": 0.5,
    },
    "mixed": {
        "swedish": 54, "uk": 9, "us": 8, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
        "indian": 2.5, "persian": 2, "afghan": 1.5, "kurdish": 1.5, "somali": 1.5,
        "ukrainian": 1.5, "turkish": 1.2, "eritrean": 1, "latin": 1, "thai": 1, "chinese": 1,
        "vietnamese": 0.8,
    },
}  # fmt: skip

# Short forms people go by, per origin: the given name as the pool spells it -> its short forms.
_NICK_SV = {
    "Joakim": ("Jocke",), "Lars": ("Lasse",), "Mikael": ("Micke",), "Karl": ("Kalle",),
    "Per": ("Pelle", "Perra"), "Hans": ("Hasse",), "Thomas": ("Tompa",), "Mattias": ("Matte",),
    "Nils": ("Nisse",), "Gustav": ("Gurra", "Gusse"), "Fredrik": ("Fredde",), "Magnus": ("Manne",),
    "Jan": ("Janne",), "Bengt": ("Bengan",), "Robert": ("Robban",), "Markus": ("Mackan",),
    "Marcus": ("Mackan",), "Kenneth": ("Kenta",), "Christer": ("Kricke",), "Sebastian": ("Sebbe",),
    "Andreas": ("Andy",), "Alexander": ("Alex",), "Tobias": ("Tobbe",), "Patrik": ("Pata",),
    "Charlotte": ("Lotta",), "Susanne": ("Sussie",), "Katarina": ("Kattis",), "Kristina": ("Stina",),
    "Christina": ("Kicki", "Tina"), "Madeleine": ("Maddie",), "Margareta": ("Maggan",),
    "Annika": ("Anki",), "Viktoria": ("Vicky",), "Josefin": ("Jossan",), "Birgitta": ("Gittan", "Bittan"),
    "Barbro": ("Babben",), "Elisabeth": ("Bettan", "Lisa"), "Johanna": ("Hanna",), "Camilla": ("Millan",),
    "Gunilla": ("Gunnis",), "Agneta": ("Neta",), "Ulrika": ("Ullis",), "Jessica": ("Jessie",),
    "Matilda": ("Tilda",), "Rebecka": ("Becka",), "Cecilia": ("Cissi",), "Louise": ("Lollo",),
    "Therese": ("Tessan",), "Daniel": ("Danne",), "Stefan": ("Steffe",), "Peter": ("Pelle", "Peppe"),
    "Jonas": ("Jonte",), "Niklas": ("Nicke",), "Lennart": ("Lelle",), "Leif": ("Leffe",), "Ulf": ("Uffe",),
    "Sven": ("Svenne",), "Christian": ("Chrille",), "Roger": ("Roffe",), "Rolf": ("Roffe",),
    "Filip": ("Fille",), "Rickard": ("Ricke",), "Jesper": ("Jeppe",), "Tomas": ("Tompa",),
    "Claes": ("Clabbe",), "Torbjörn": ("Tobbe",), "Oscar": ("Ogge",), "Axel": ("Acke",),
    "Viktor": ("Vigge",), "Carl": ("Calle",), "Gunnar": ("Gurra",),
}
_NICK_EN = {
    "William": ("Bill", "Will"), "Robert": ("Bob", "Rob"), "Michael": ("Mike",), "Elizabeth": ("Liz", "Beth"),
    "Jennifer": ("Jen",), "Christopher": ("Chris",), "James": ("Jim", "Jamie"), "Richard": ("Rick", "Richie"),
    "Thomas": ("Tom",), "Margaret": ("Maggie", "Peggy"), "Katherine": ("Kate",), "Kathleen": ("Kathy",),
    "Patricia": ("Pat", "Trish"), "Daniel": ("Dan",), "David": ("Dave",), "Anthony": ("Tony",),
    "Joseph": ("Joe",), "Edward": ("Ed", "Ted"), "Susan": ("Sue",), "Deborah": ("Debbie",),
    "Rebecca": ("Becky",), "Samantha": ("Sam",), "Alexander": ("Alex",), "Nicholas": ("Nick",),
    "Matthew": ("Matt",), "Victoria": ("Vicky",), "Jonathan": ("Jon",), "Benjamin": ("Ben",),
    "Charles": ("Charlie",), "Philip": ("Phil",), "Stephen": ("Steve",),
    "Steven": ("Steve",), "Kenneth": ("Ken",), "Timothy": ("Tim",), "Gillian": ("Gill",),
    "Jacqueline": ("Jackie",), "Christine": ("Chris",), "Barbara": ("Barb",), "Donald": ("Don",),
    "Andrew": ("Andy",), "Mary": ("Molly",), "Linda": ("Lindy",), "Jessica": ("Jess",), "Gregory": ("Greg",),
    "Raymond": ("Ray",), "Lawrence": ("Larry",), "Gerald": ("Gerry",), "Ronald": ("Ron", "Ronnie"),
    "Terence": ("Terry",), "Nicola": ("Nicky",), "Abigail": ("Abby",), "Alexandra": ("Alex",),
    "Eleanor": ("Ellie",), "Catherine": ("Cathy", "Kate"), "Dorothy": ("Dot",), "Patrick": ("Paddy",),
    "Samuel": ("Sam",), "Joshua": ("Josh",), "Harold": ("Harry",), "Frederick": ("Fred", "Freddie"),
}
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {"swedish": _NICK_SV, "us": _NICK_EN, "uk": _NICK_EN}

_PLAIN = str.maketrans({"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "İ": "I", "ø": "o"})


def plain(word: str) -> str:
    """A name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Đorđević` -> `Djordjevic`."""
    word = word.translate(_PLAIN)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname's feminine form: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname
