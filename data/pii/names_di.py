# ruff: noqa: E501
"""Name pools of held-out DI (issue 15): names as the population has them, by origin, weighted by
how often people carry them.

Swedish given names and surnames follow the order of SCB's name statistics (written from the
writer's general knowledge of those tables, not copied from any file; weight 1/rank; the top 150
are the head, the rarer names past them the tail). The US lists are the Census 1990 files (public
domain) as the `names` package ships them, with the census per cent as weight. The UK lists follow
the order of the ONS rankings (general knowledge, 1/rank). The other origins are the commonest
given names and surnames of people in Sweden with roots in Finland, the Arab world (with
Assyrian/Syriac names), Somalia, Poland, Iran, Bosnia/Serbia/Croatia, Turkey, Eritrea,
Afghanistan, Thailand, Chile and Latin America, Kurdistan, Ukraine, India and Germany (1/rank,
head 10). No name was checked against anything in the repository, and none was left out for being
known or unknown.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this chance, else from its tail


def _names(text: str) -> tuple[str, ...]:
    """Names written one after another, comma separated, in rank order."""
    return tuple(name.strip() for name in text.split(",") if name.strip())


@dataclass(frozen=True)
class Pool:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int


def ranked(names: tuple[str, ...], head: int) -> Pool:
    """A list in rank order, weight 1/rank."""
    return Pool(names, tuple(1 / rank for rank in range(1, len(names) + 1)), min(head, len(names)))


def weighted(pairs: tuple[tuple[str, float], ...], head: int) -> Pool:
    """A list with its own weights (the census per cent)."""
    return Pool(tuple(n for n, _ in pairs), tuple(w for _, w in pairs), min(head, len(pairs)))


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


# Sweden: SCB's order, most common first. Head: the first 150 of each list.
SV_F = _names("""
Anna, Eva, Maria, Karin, Sara, Lena, Kristina, Emma, Kerstin, Marie, Malin, Ingrid, Hanna, Jenny,
Linnéa, Sofia, Elin, Birgitta, Ida, Annika, Susanne, Inger, Linda, Johanna, Julia, Monica,
Elisabeth, Helena, Ulla, Camilla, Ebba, Carina, Elsa, Margareta, Amanda, Åsa, Therese, Cecilia,
Gunilla, Anette, Lisa, Matilda, Maja, Sandra, Alice, Louise, Anneli, Ann, Agneta, Wilma,
Caroline, Frida, Jessica, Moa, Emelie, Astrid, Klara, Ingela, Mona, Ellen, Barbro, Erika,
Susanna, Ulrika, Josefin, Gunnel, Siv, Katarina, Britt, Madeleine, Marianne, Viktoria, Agnes,
Lisbeth, Felicia, Alva, Ella, Emilia, Yvonne, Olivia, Saga, Nora, Charlotte, Gun, Inga, Birgit,
Pia, Karolina, Josefine, Sofie, Rebecka, Mikaela, Petra, Tove, Isabelle, Lovisa, Alexandra, Vera,
Ann-Christin, Ann-Marie, Anna-Karin, Stina, Ronja, Tilda, Ester, Alma, Signe, Selma, Freja,
Tyra, Ines, Stella, Elvira, Lova, Svea, Britt-Marie, Eva-Lena, Jeanette, Rose-Marie, Sonja,
Marita, Anna-Lena, Sigrid, Ann-Charlotte, Elisabet, Ingegerd, Gudrun, Berit, Solveig, Margit,
Maj-Britt, Lilian, Kristin, Eleonor, Emmy, Nathalie, Hedvig, Greta, Linn, Angelica, Fanny,
Hilda, Molly, Ingeborg, Maud, Lotta, Lina, Elina, Evelina, Jennifer, Nina, Cornelia, Tindra,
Thea, Leah, Liv, Ellinor
""")
SV_F_TAIL = _names("""
Agda, Amalia, Augusta, Cajsa, Desirée, Doris, Elinor, Evelyn, Febe, Gabriella, Isolde, Jenna, Kristine, Lydia, Madelene, Melissa, Natalie, Thyra, Viveca, Ingbritt, Gun-Britt,
Alfhild, Alida, Ally, Anja, Annelie, Annie, Aurora, Beata, Bella, Bodil, Boel, Brita,
Dagmar, Dagny, Disa, Edit, Edla, Elida, Elly, Elna, Embla, Engla, Erna, Filippa, Gerd, Gunhild,
Gunvor, Hillevi, Hjördis, Ingalill, Irma, Iris, Jennie, Juni, Kajsa, Kim, Lillemor, Lo, Majken,
Majvor, Malva, Meja, Minna, Mirjam, Märta, Nellie, Nova, Oda, Otilia, Ragnhild, Ruth, Siri,
Tekla, Tuva, Ulla-Britt, Vanja, Vendela, Viola, Ylva, Åse, Aina, Alicia, Amelia, Ann-Sofie,
Annette, Asta, Benita, Bianca, Britta, Carin, Catarina, Christel, Clara, Edith, Eira, Ellie, Elise, Emilie, Estelle, Evy, Felicity, Fredrika, Gertrud, Gisela, Gittan,
Gullan, Hedda, Helen, Helga, Idun, Isa, Jill, Jonna, Jasmine,
Kaisa, Karla, Katja, Laila, Laura, Leona, Lilly, Lisen, Liselott, Lovis, Lykke, Magda,
Maj, Malena, Malou, Margot, Marika, Marit, Meta, Mia, Milla, Mimmi, Mira, Mollie, My, Märit,
Naemi, Nanna, Ottilia, Paula, Pernilla, Rakel, Regina, Rigmor, Rita, Rosa, Rut, Sanna, Selina,
Sigbritt, Silva, Siw, Sylvia, Tea, Tina, Tora, Tua, Ulrica, Valborg, Vilhelmina, Vilma, Viveka, Wivi, Yrsa, Åsa-Lena, Ottilie,
Clary, Gunborg, Inez, Jane, Jolin, Juli, Lia, Lucia, Marlene, Nelly, Nikita, Norah, Olga, Paulina, Rebecca, Sabina, Sigrun, Sol, Tiina,
Ulla-Karin, Vivianne, Wendela, Zara, Elsie, Elvy, Ingvor, Ingalena, Irene, Kristel, Lilli, Majlis, Mariana, Mathilde, Nea, Rosita, Sonia
""")
SV_M = _names("""
Lars, Mikael, Anders, Johan, Erik, Per, Karl, Peter, Thomas, Jan, Daniel, Fredrik, Hans,
Andreas, Stefan, Mohamed, Mats, Marcus, Magnus, Jonas, Bengt, Oskar, Alexander, Niklas, Martin,
Bo, Sven, Göran, Nils, Viktor, Leif, Simon, Björn, Patrik, David, Ulf, Henrik, Emil, Christer,
Filip, Kjell, Rolf, Anton, Gustav, Robert, Lucas, Tommy, Christoffer, Håkan, Roger, Axel,
Jonathan, Sebastian, Rasmus, Joakim, Johannes, Olof, Tobias, Kent, William, Jakob, Gunnar,
Kenneth, Robin, Jesper, Hugo, Mattias, Elias, Oliver, Adam, Isak, Kristian, Dennis, Ingemar,
Liam, Lennart, Mohammad, Arne, Emanuel, Claes, Benjamin, Åke, Stig, Jimmy, Ali, Ludvig, Gösta,
Torbjörn, Kurt, Ronny, Tomas, Lars-Erik, Karl-Erik, Jörgen, Ahmed, Albin, Vincent, Max, Theo,
Samuel, Edvin, Noah, Ove, Hampus, Sten, Lukas, Pontus, Urban, Pär, Gabriel, Carl, Alf, Bertil,
Roland, Harald, Rune, Johnny, Dan, Birger, Sune, Tord, Jens, Morgan, Eskil, Ola, Tage,
Elliot, Melvin, Wilhelm, Arvid, Sixten, Alvin, Colin, Leo, Love, Jacob, Linus, Kevin, Rickard,
Conny, Thor, Folke, Inge
""")
SV_M_TAIL = _names("""
Agne, Albert, Aron, Conrad, Eddie, Eric, Fredric, Ingemund, Joar, Jöran, Kristofer, Ludwig, Matteus, Nicolas, Olov, Pehr, Sigmund, Teo, Viggo, Wilmer,
Algot, Allan, Alrik, Sigvard, Evald, Hadar, Sigfrid, Herman, Adolf, Gunne, Torvald, Jöns, Mårten, Anselm, Arnold, Artur, August, Bernt, Birk, Bror, Bruno, Casper,
Dag, Einar, Elis, Enar, Erland, Evert, Fabian, Frans, Fritiof, Gerhard, Gert, Greger, Gudmund,
Gunder, Hasse, Helge, Henning, Holger, Ingvar, Ivar, Jarl, Joel, Jon, Josef, Kaj, Kasper,
Konrad, Krister, Lage, Lorentz, Malte, Melker, Mauritz, Natanael, Nore, Olle, Orvar, Osvald,
Otto, Ragnar, Reinhold, Ruben, Sigurd, Sivert, Staffan, Sture, Svante, Ture, Valdemar,
Vidar, Waldemar, Yngve, Zacharias, Åsmund, Östen, Anders-Petter, Ante, Assar, Axel-Johan, Bill,
Bosse, Carl-Johan, Charlie, Dick, Douglas, Ebbe, Edgar, Efraim, Egon, Eino, Elof, Emrik,
Enok, Ernst, Esbjörn, Frank, Fridolf, Gillis, Gottfrid, Gustaf, Halvar, Hannes,
Hjalmar, Ingmar, Isidor, Jack, Jan-Erik, Jan-Olof, Jim, John, Juhani, Karl-Johan, Kennet,
Kim, Klas, Knut, Lars-Göran, Leonard, Levi, Loke, Magne, Manfred, Marco, Mathias,
Mikkel, Milton, Mio, Nicklas, Nils-Erik, Noel, Odd, Ossian, Paul, Per-Olof, Peder, Petter,
Pierre, Ragnvald, Reidar, Rudolf, Rutger, Sam, Seth, Severin, Sigge, Sonny,
Stellan, Sven-Erik, Sölve, Teodor, Thure, Tim, Titus, Torsten, Tor, Torgny, Uno, Valter, Vilgot,
Vilmer, Wiktor, Örjan, Alfons, Bernhard, Börje, Carlos, Christian,
Dante, Ebbot, Edward, Emir, Erling, Ferdinand, Gideon, Glenn, Gregor, Gusten,
Harry, Herbert, Hilding, Hilmer, Iwan, Jonte, Kalle, Kristoffer, Lennox, Lowe, Mark,
Mattis, Nelson, Nisse, Olaf, Oscar, Pelle, Ralf, Ronnie, Tony, Verner, Vilhelm
""")
SV_S = _names("""
Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson,
Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson,
Magnusson, Lindström, Olofsson, Lindqvist, Lindgren, Berg, Axelsson, Bergström, Lundberg,
Lind, Lundgren, Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Ali,
Forsberg, Mohammed, Sjöberg, Wallin, Engström, Danielsson, Håkansson, Eklund, Lundin,
Gunnarsson, Ahmed, Holm, Samuelsson, Fransson, Bergman, Björk, Wikström, Isaksson, Nyström,
Holmberg, Arvidsson, Löfgren, Söderberg, Nyberg, Blomqvist, Claesson, Nordström, Mårtensson,
Lundström, Hassan, Viklund, Björklund, Eliasson, Pålsson, Berggren, Sandström, Lund, Nordin,
Ström, Åberg, Ekström, Falk, Holmgren, Hermansson, Dahlberg, Hellström, Hedlund, Sundberg,
Sjögren, Ek, Blom, Abrahamsson, Martinsson, Öberg, Andreasson, Strömberg, Månsson, Hansen,
Åkesson, Dahl, Lindholm, Norberg, Holmqvist, Mohamed, Jeppsson, Sundström, Hussein, Berntsson,
Nordqvist, Ottosson, Lindblom, Sjöström, Strand, Hedberg, Lindell, Ekberg, Nygren, Kristiansson,
Nordlund, Mohamud, Omar, Sundqvist, Hedström, Söderström, Lilja, Bäckström, Ibrahim, Vikström,
Sandén, Lindahl, Boström, Åström, Ivarsson, Nord, Ahlberg, Stenberg, Lindén, Bergqvist, Karlström,
Erlandsson, Moberg, Sundin, Hägglund, Malmberg, Sjödin, Lindkvist, Jacobsson, Ekman, Jakobson
""")
SV_S_TAIL = _names("""
Ahlström, Alm, Almqvist, Backlund, Bengtson, Bergkvist, Bergsten, Blomberg, Bohlin, Borg,
Brandt, Brolin, Byström, Carlsson, Dahlgren, Dahlström, Edlund, Edström, Ekholm, Eklöf, Eng,
Engberg, Englund, Fagerström, Forsman, Friberg, Frisk, Grahn, Granberg, Granström, Gren, Hagberg,
Hallberg, Hammar, Hedman, Hellberg, Hjalmarsson, Holmström, Hult, Häggström, Höglund, Jarl,
Johnsson, Josefsson, Kjellberg, Kling, Knutsson, Kvist, Lagerqvist, Lidén, Liljegren, Lindau,
Lindh, Linde, Lindmark, Ljung, Ljungberg, Ljunggren, Lundh, Lundmark, Malm, Malmqvist, Melin,
Modig, Mörk, Nordgren, Nordh, Norén, Norling, Nyman, Nylander, Palm, Rask,
Rosén, Rosengren, Rydberg, Sahlin, Selin, Sjölund, Skog, Stark, Sten, Strid, Sund, Svärd,
Söderlund, Thorén, Tornberg, Torstensson, Wahlberg, Wahlström, Wennberg, Westberg, Westin,
Wiklund, Wikman, Wiberg, Åhlén, Öhman, Östlund, Östberg, Östman, Ågren, Aronsson, Asplund,
Bergh, Bengtzon, Björn, Brännström, Burman, Dufva, Ekdahl, Eklind, Engdahl,
Enqvist, Fält, Forslund, Fors, Gerdin, Grönlund, Grönberg, Hallin, Hellgren, Hjort, Hörnqvist,
Kallin, Kihlberg, Lagerlöf, Lönn, Lundell, Löfstedt, Nordenskiöld, Nyholm, Olander,
Palmgren, Pihl, Qvist, Roos, Rudberg, Rönnberg, Sandell, Schön, Sjöqvist, Skoglund, Stenström,
Sterner, Strömgren, Sved, Säll, Thelin, Tidlund, Unger, Vallin, Wester, Wigren, Zetterberg,
Zackrisson, Åman, Älmeby, Österberg, Abdi, Abdullahi, Yusuf, Hosseini, Haddad, Ahmadi, Khalil,
Osman, Farah, Aziz, Yilmaz, Jovanovic, Nowak, Korhonen, Saleh, Rahimi, Karimi, Salih, Mustafa,
Bergenholtz, Drakenberg, Gyllenhammar, Lewenhaupt, Silfverschiöld, Stiernstedt, Wrangel,
von Platen, af Klercker, De Geer, von Essen, af Ugglas, von Sydow, von Schantz, af Trolle,
Hamilton, Bonde, Posse, Sparre, Ehrensvärd, Cederström, Adlercreutz, Leijonhufvud, Lilliehöök,
Ekelund, Fjällström, Granlund, Hedin, Kronberg, Lejon, Mellberg, Nordén, Orre, Rapp, Ringström,
Sandgren, Stjärna, Tengvall, Ullberg, Vestin, Winberg, Yngvesson, Zander, Ödman, Hedenius,
Bäck, Dalin, Ernberg, Fogelberg, Gullberg, Holgersson, Isberg, Jernberg, Kempe, Lagergren
""")
# The UK: the order of the ONS rankings (given names over the decades now alive, surnames by
# how many carry them). Head: 130 given names, 150 surnames.
UK_F = _names("""
Sarah, Emma, Claire, Laura, Rebecca, Gemma, Rachel, Lisa, Nicola, Helen, Jennifer, Samantha,
Elizabeth, Victoria, Charlotte, Hannah, Susan, Karen, Julie, Jessica, Lucy, Amy, Sophie, Katie,
Louise, Michelle, Joanne, Kelly, Stephanie, Catherine, Margaret, Patricia, Emily, Olivia,
Amelia, Isla, Ava, Mia, Grace, Chloe, Lauren, Jade, Natalie, Zoe, Kirsty, Donna, Tracey, Alison,
Angela, Deborah, Jane, Caroline, Amanda, Joanna, Kathryn, Anna, Sally, Kate, Jacqueline, Wendy,
Dawn, Lynn, Linda, Christine, Pauline, Sharon, Janet, Sandra, Elaine, Carol, Gillian, Diane,
Valerie, Jean, Ann, Anne, Mary, Sheila, Barbara, Maureen, Dorothy, Brenda, Eileen, Joan,
Heather, Fiona, Lindsey, Leanne, Danielle, Abigail, Holly, Megan, Ellie, Bethany, Georgia,
Jasmine, Molly, Freya, Poppy, Isabella, Lily, Evie, Ella, Sophia, Florence, Alice, Phoebe,
Harriet, Eleanor, Imogen, Ruby, Millie, Rosie, Daisy, Matilda, Scarlett, Erin, Niamh, Siobhan,
Aimee, Stacey, Vicky, Hayley, Lorraine, Tina, Beverley, Paula, Marie, Ruth, Katherine, Lesley,
Kerry, Teresa, Andrea, Denise, Yvonne, Hazel, Irene, Shirley, Doreen, Pamela, Marion, Rita,
Josephine, Judith, Sylvia, Beryl, Hilda, Iris, Edna, Vera, Gladys, Marjorie, Rosemary, Audrey,
Frances, Elsie, Ivy, Nora, Esme, Maisie, Ava-Rose, Orla, Aoife, Caitlin, Rhiannon, Bronwen,
Cerys, Ffion, Seren, Carys, Eilidh, Morag, Ailsa, Priya, Aisha, Fatima, Amira, Zara, Layla,
Roisin, Gail, Jill, Trudy, Vanessa, Naomi, Leah, Tamsin, Jenna, Keeley, Kayleigh, Chantelle,
Shannon, Amber, Courtney, Robyn, Alex, Jo, Bea, Harper, Willow, Elsie-May, Lottie, Thea, Edith
""")
UK_M = _names("""
David, John, Paul, Andrew, Mark, James, Michael, Richard, Peter, Robert, Stephen, Christopher,
Ian, Steven, Simon, Daniel, Matthew, Thomas, Gary, Anthony, Martin, Neil, Jonathan, Alan, Kevin,
Philip, Lee, Stuart, Graham, Darren, Adam, Benjamin, Samuel, William, Jack, Oliver, George,
Harry, Charlie, Jacob, Joshua, Alexander, Luke, Ryan, Craig, Scott, Nicholas, Timothy, Keith,
Brian, Colin, Kenneth, Malcolm, Trevor, Barry, Derek, Roger, Terence, Raymond, Geoffrey, Dennis,
Roy, Ronald, Gordon, Stanley, Leonard, Arthur, Alfie, Noah, Leo, Oscar, Archie, Henry, Freddie,
Theo, Isaac, Joseph, Edward, Dylan, Ethan, Callum, Liam, Connor, Jamie, Kieran, Nathan, Aaron,
Jordan, Lewis, Jake, Sean, Patrick, Dominic, Toby, Hugo, Rory, Angus, Hamish, Fraser, Euan,
Gareth, Rhys, Dafydd, Owain, Gethin, Declan, Ciaran, Niall, Wayne, Dean, Carl, Jason, Shaun,
Russell, Glenn, Nigel, Clive, Julian, Rupert, Giles, Marcus, Vincent, Francis, Gerald, Maurice,
Frederick, Albert, Ernest, Harold, Walter, Cyril, Norman, Sidney, Frank, Bernard, Douglas,
Donald, Alistair, Duncan, Fergus, Mohammed, Muhammad, Ahmed, Ali, Imran, Rajesh, Sanjay, Arjun,
Ravi, Tyler, Kyle, Reece, Bradley, Ashley, Jay, Joel, Elliot, Max, Finley, Arlo, Teddy, Reggie,
Tommy, Louis, Sebastian, Rufus, Jasper, Felix, Tobias, Ralph, Reuben, Hector, Ewan,
Alasdair, Struan, Gavin, Ross, Murray, Barnaby, Crispin, Piers, Jeremy, Nathaniel, Rowan, Evan
""")
UK_S = _names("""
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
Rose, Booth, Perry, Ryan, Grant, Wells, Armstrong, Francis, Rees, Hayes, Hart, Hudson, Newman,
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
Tucker, Davidson, Fowler, Heath, Norman, Middleton, Lawson, Banks, French, Stanley, Jarvis,
Gibbs, Ferguson, Hayward, Carroll, Douglas, Dickinson, Todd, Barlow, Peters, Lucas, Knowles,
Hartley, Miah, Simmons, Morton, Alexander, Field, Morrison, Norris, Townsend, Preston, Hancock,
Thornton, Baldwin, Burrows, Briggs, Storey, Pollard, Howell, Kirby, MacLeod, Fraser, Sinclair
""")
# The US Census 1990 lists (public domain), copied from the `names` package's data files:
# the name, then the census per cent as its weight, in the census's own order.
US_F = (
    ("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.98), ("Elizabeth", 0.937), ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794),
    ("Margaret", 0.768), ("Dorothy", 0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667), ("Betty", 0.666), ("Helen", 0.663), ("Sandra", 0.629),
    ("Donna", 0.583), ("Carol", 0.565), ("Ruth", 0.562), ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.51), ("Sarah", 0.508), ("Kimberly", 0.504),
    ("Deborah", 0.494), ("Jessica", 0.49), ("Shirley", 0.482), ("Cynthia", 0.469), ("Angela", 0.468), ("Melissa", 0.462), ("Brenda", 0.455), ("Amy", 0.451),
    ("Anna", 0.44), ("Rebecca", 0.43), ("Virginia", 0.43), ("Kathleen", 0.424), ("Pamela", 0.416), ("Martha", 0.412), ("Debra", 0.408), ("Amanda", 0.404),
    ("Stephanie", 0.4), ("Carolyn", 0.385), ("Christine", 0.382), ("Marie", 0.379), ("Janet", 0.379), ("Catherine", 0.373), ("Frances", 0.37), ("Ann", 0.364),
    ("Joyce", 0.364), ("Diane", 0.359), ("Alice", 0.357), ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336), ("Doris", 0.335), ("Gloria", 0.335),
    ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315), ("Mildred", 0.313), ("Katherine", 0.313), ("Joan", 0.306), ("Ashley", 0.303), ("Judith", 0.297),
    ("Rose", 0.296), ("Janice", 0.285), ("Kelly", 0.283), ("Nicole", 0.281), ("Judy", 0.276), ("Christina", 0.275), ("Kathy", 0.272), ("Theresa", 0.271),
    ("Beverly", 0.267), ("Denise", 0.264), ("Tammy", 0.259), ("Irene", 0.252), ("Jane", 0.25), ("Lori", 0.248), ("Rachel", 0.242), ("Marilyn", 0.241),
    ("Andrea", 0.236), ("Kathryn", 0.234), ("Louise", 0.229), ("Sara", 0.229), ("Anne", 0.228), ("Jacqueline", 0.228), ("Wanda", 0.226), ("Bonnie", 0.223),
    ("Julia", 0.223), ("Ruby", 0.221), ("Lois", 0.22), ("Tina", 0.22), ("Phyllis", 0.219), ("Norma", 0.218), ("Paula", 0.217), ("Diana", 0.216),
    ("Annie", 0.216), ("Lillian", 0.211), ("Emily", 0.208), ("Robin", 0.208), ("Peggy", 0.208), ("Crystal", 0.207), ("Gladys", 0.205), ("Rita", 0.204),
    ("Dawn", 0.202), ("Connie", 0.2), ("Florence", 0.2), ("Tracy", 0.197), ("Edna", 0.197), ("Tiffany", 0.195), ("Carmen", 0.195), ("Rosa", 0.194),
    ("Cindy", 0.192), ("Grace", 0.189), ("Wendy", 0.185), ("Victoria", 0.18), ("Edith", 0.179), ("Kim", 0.178), ("Sherry", 0.178), ("Sylvia", 0.177),
    ("Josephine", 0.177), ("Thelma", 0.175), ("Shannon", 0.175), ("Sheila", 0.175), ("Ethel", 0.174), ("Ellen", 0.173), ("Elaine", 0.173), ("Marjorie", 0.173),
    ("Carrie", 0.171), ("Charlotte", 0.169), ("Monica", 0.166), ("Esther", 0.166), ("Pauline", 0.165), ("Emma", 0.165), ("Juanita", 0.164), ("Anita", 0.162),
    ("Rhonda", 0.162), ("Hazel", 0.161), ("Amber", 0.16), ("Eva", 0.159), ("Debbie", 0.157), ("April", 0.154), ("Leslie", 0.154), ("Clara", 0.153),
    ("Lucille", 0.153), ("Jamie", 0.153), ("Joanne", 0.15), ("Eleanor", 0.15), ("Valerie", 0.149), ("Danielle", 0.149), ("Megan", 0.147), ("Alicia", 0.146),
    ("Suzanne", 0.145), ("Michele", 0.145), ("Gail", 0.145), ("Bertha", 0.143), ("Darlene", 0.142), ("Veronica", 0.142), ("Jill", 0.142), ("Erin", 0.141),
    ("Geraldine", 0.141), ("Lauren", 0.137), ("Cathy", 0.137), ("Joann", 0.136), ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135), ("Regina", 0.133),
    ("Erica", 0.13), ("Beatrice", 0.13), ("Dolores", 0.129), ("Bernice", 0.128), ("Audrey", 0.127), ("Yvonne", 0.126), ("Annette", 0.125), ("June", 0.125),
    ("Samantha", 0.124), ("Marion", 0.122), ("Dana", 0.122), ("Stacy", 0.121), ("Ana", 0.12), ("Renee", 0.12), ("Ida", 0.118), ("Vivian", 0.118),
    ("Roberta", 0.117), ("Holly", 0.117), ("Brittany", 0.117), ("Melanie", 0.116), ("Loretta", 0.115), ("Yolanda", 0.115), ("Jeanette", 0.115), ("Laurie", 0.114),
    ("Katie", 0.113), ("Kristen", 0.111), ("Vanessa", 0.111), ("Alma", 0.111), ("Sue", 0.111), ("Elsie", 0.11), ("Beth", 0.11), ("Jeanne", 0.109),
    ("Vicki", 0.109), ("Carla", 0.107), ("Tara", 0.107), ("Rosemary", 0.107), ("Eileen", 0.105), ("Terri", 0.105), ("Gertrude", 0.103), ("Lucy", 0.103),
    ("Tonya", 0.102), ("Ella", 0.101), ("Stacey", 0.101), ("Wilma", 0.099), ("Gina", 0.099), ("Kristin", 0.099), ("Jessie", 0.098), ("Natalie", 0.098),
    ("Agnes", 0.098), ("Vera", 0.098), ("Willie", 0.097), ("Charlene", 0.097), ("Bessie", 0.096), ("Delores", 0.095), ("Melinda", 0.094), ("Pearl", 0.094),
    ("Arlene", 0.094), ("Maureen", 0.092), ("Colleen", 0.092), ("Allison", 0.092), ("Tamara", 0.092), ("Joy", 0.091), ("Georgia", 0.091), ("Constance", 0.091),
    ("Lillie", 0.09), ("Claudia", 0.09), ("Jackie", 0.09), ("Marcia", 0.09), ("Tanya", 0.089), ("Nellie", 0.089), ("Minnie", 0.089), ("Marlene", 0.088),
    ("Heidi", 0.088), ("Glenda", 0.088), ("Lydia", 0.086), ("Viola", 0.086), ("Courtney", 0.086), ("Marian", 0.086), ("Stella", 0.085), ("Caroline", 0.085),
    ("Dora", 0.084), ("Jo", 0.083), ("Vickie", 0.082), ("Mattie", 0.081), ("Terry", 0.08), ("Maxine", 0.079), ("Irma", 0.079), ("Mabel", 0.078),
    ("Marsha", 0.078), ("Myrtle", 0.078), ("Lena", 0.077), ("Christy", 0.077), ("Deanna", 0.076), ("Patsy", 0.076), ("Hilda", 0.075), ("Gwendolyn", 0.074),
    ("Jennie", 0.073), ("Nora", 0.073), ("Margie", 0.072), ("Nina", 0.072), ("Cassandra", 0.072), ("Leah", 0.072), ("Penny", 0.071), ("Kay", 0.071),
    ("Priscilla", 0.071), ("Naomi", 0.071), ("Carole", 0.071), ("Brandy", 0.07), ("Olga", 0.07), ("Billie", 0.069), ("Dianne", 0.069), ("Tracey", 0.069),
    ("Leona", 0.069), ("Jenny", 0.068), ("Felicia", 0.068), ("Sonia", 0.068), ("Miriam", 0.066), ("Velma", 0.066), ("Becky", 0.066), ("Bobbie", 0.065),
    ("Violet", 0.065), ("Kristina", 0.065), ("Toni", 0.064), ("Misty", 0.063), ("Mae", 0.063), ("Shelly", 0.062), ("Daisy", 0.062), ("Ramona", 0.062),
    ("Sherri", 0.062), ("Erika", 0.061), ("Katrina", 0.061), ("Claire", 0.061), ("Lindsey", 0.06), ("Lindsay", 0.06), ("Geneva", 0.059), ("Guadalupe", 0.059),
    ("Belinda", 0.059), ("Margarita", 0.059), ("Sheryl", 0.059), ("Cora", 0.058), ("Faye", 0.058), ("Ada", 0.057), ("Natasha", 0.057), ("Sabrina", 0.057),
    ("Isabel", 0.057), ("Marguerite", 0.056), ("Hattie", 0.056), ("Harriet", 0.056), ("Molly", 0.055), ("Cecilia", 0.055), ("Kristi", 0.055), ("Brandi", 0.055),
    ("Blanche", 0.055), ("Sandy", 0.055), ("Rosie", 0.055), ("Joanna", 0.055), ("Iris", 0.055), ("Eunice", 0.054), ("Angie", 0.054), ("Inez", 0.053),
    ("Lynda", 0.053), ("Madeline", 0.052), ("Amelia", 0.052), ("Alberta", 0.052), ("Genevieve", 0.051), ("Monique", 0.051), ("Jodi", 0.051), ("Janie", 0.051),
    ("Maggie", 0.051), ("Kayla", 0.051), ("Sonya", 0.051), ("Jan", 0.051), ("Lee", 0.051), ("Kristine", 0.051), ("Candace", 0.051), ("Fannie", 0.05),
    ("Maryann", 0.05), ("Opal", 0.05), ("Alison", 0.05), ("Yvette", 0.05), ("Melody", 0.05), ("Luz", 0.049), ("Susie", 0.049), ("Olivia", 0.049),
    ("Flora", 0.049), ("Shelley", 0.049), ("Kristy", 0.048), ("Mamie", 0.048), ("Lula", 0.048), ("Lola", 0.048), ("Verna", 0.048), ("Beulah", 0.048),
    ("Antoinette", 0.048), ("Candice", 0.046), ("Juana", 0.046), ("Jeannette", 0.046), ("Pam", 0.046), ("Kelli", 0.046), ("Hannah", 0.045), ("Whitney", 0.045),
    ("Bridget", 0.045), ("Karla", 0.044), ("Celia", 0.044), ("Latoya", 0.043), ("Patty", 0.043), ("Shelia", 0.043), ("Gayle", 0.043), ("Della", 0.043),
    ("Vicky", 0.043), ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042), ("Kara", 0.041), ("Jacquelyn", 0.041), ("Erma", 0.041), ("Blanca", 0.041),
    ("Myra", 0.04), ("Leticia", 0.04), ("Pat", 0.04), ("Krista", 0.04), ("Roxanne", 0.04), ("Angelica", 0.039), ("Johnnie", 0.039), ("Robyn", 0.039),
    ("Francis", 0.039), ("Adrienne", 0.039), ("Rosalie", 0.039), ("Alexandra", 0.039), ("Brooke", 0.039), ("Bethany", 0.039), ("Sadie", 0.039), ("Bernadette", 0.039),
)  # fmt: skip
US_M = (
    ("James", 3.318), ("John", 3.271), ("Robert", 3.143), ("Michael", 2.629), ("William", 2.451), ("David", 2.363), ("Richard", 1.703), ("Charles", 1.523),
    ("Joseph", 1.404), ("Thomas", 1.38), ("Christopher", 1.035), ("Daniel", 0.974), ("Paul", 0.948), ("Mark", 0.938), ("Donald", 0.931), ("George", 0.927),
    ("Kenneth", 0.826), ("Steven", 0.78), ("Edward", 0.779), ("Brian", 0.736), ("Ronald", 0.725), ("Anthony", 0.721), ("Kevin", 0.671), ("Jason", 0.66),
    ("Matthew", 0.657), ("Gary", 0.65), ("Timothy", 0.64), ("Jose", 0.613), ("Larry", 0.598), ("Jeffrey", 0.591), ("Frank", 0.581), ("Scott", 0.546),
    ("Eric", 0.544), ("Stephen", 0.54), ("Andrew", 0.537), ("Raymond", 0.488), ("Gregory", 0.441), ("Joshua", 0.435), ("Jerry", 0.432), ("Dennis", 0.415),
    ("Walter", 0.399), ("Patrick", 0.389), ("Peter", 0.381), ("Harold", 0.371), ("Douglas", 0.367), ("Henry", 0.365), ("Carl", 0.346), ("Arthur", 0.335),
    ("Ryan", 0.328), ("Roger", 0.322), ("Joe", 0.321), ("Juan", 0.316), ("Jack", 0.315), ("Albert", 0.314), ("Jonathan", 0.313), ("Justin", 0.311),
    ("Terry", 0.311), ("Gerald", 0.309), ("Keith", 0.308), ("Samuel", 0.306), ("Willie", 0.302), ("Ralph", 0.282), ("Lawrence", 0.282), ("Nicholas", 0.275),
    ("Roy", 0.273), ("Benjamin", 0.27), ("Bruce", 0.263), ("Brandon", 0.26), ("Adam", 0.259), ("Harry", 0.251), ("Fred", 0.251), ("Wayne", 0.249),
    ("Billy", 0.248), ("Steve", 0.246), ("Louis", 0.243), ("Jeremy", 0.242), ("Aaron", 0.24), ("Randy", 0.232), ("Howard", 0.23), ("Eugene", 0.23),
    ("Carlos", 0.229), ("Russell", 0.224), ("Bobby", 0.223), ("Victor", 0.222), ("Martin", 0.216), ("Ernest", 0.215), ("Phillip", 0.213), ("Todd", 0.213),
    ("Jesse", 0.209), ("Craig", 0.206), ("Alan", 0.204), ("Shawn", 0.2), ("Clarence", 0.197), ("Sean", 0.197), ("Philip", 0.197), ("Chris", 0.197),
    ("Johnny", 0.195), ("Earl", 0.193), ("Jimmy", 0.191), ("Antonio", 0.19), ("Danny", 0.19), ("Bryan", 0.19), ("Tony", 0.19), ("Luis", 0.189),
    ("Mike", 0.189), ("Stanley", 0.186), ("Leonard", 0.186), ("Nathan", 0.185), ("Dale", 0.184), ("Manuel", 0.181), ("Rodney", 0.18), ("Curtis", 0.18),
    ("Norman", 0.177), ("Allen", 0.174), ("Marvin", 0.171), ("Vincent", 0.168), ("Glenn", 0.167), ("Jeffery", 0.166), ("Travis", 0.166), ("Jeff", 0.166),
    ("Chad", 0.165), ("Jacob", 0.165), ("Lee", 0.162), ("Melvin", 0.162), ("Alfred", 0.162), ("Kyle", 0.16), ("Francis", 0.16), ("Bradley", 0.159),
    ("Jesus", 0.155), ("Herbert", 0.155), ("Frederick", 0.154), ("Ray", 0.153), ("Joel", 0.152), ("Edwin", 0.148), ("Don", 0.145), ("Eddie", 0.144),
    ("Ricky", 0.141), ("Troy", 0.138), ("Randall", 0.138), ("Barry", 0.134), ("Alexander", 0.132), ("Bernard", 0.127), ("Mario", 0.125), ("Leroy", 0.125),
    ("Francisco", 0.124), ("Marcus", 0.124), ("Micheal", 0.123), ("Theodore", 0.123), ("Clifford", 0.123), ("Miguel", 0.122), ("Oscar", 0.122), ("Jay", 0.118),
    ("Jim", 0.118), ("Tom", 0.117), ("Calvin", 0.115), ("Alex", 0.115), ("Jon", 0.115), ("Ronnie", 0.113), ("Bill", 0.112), ("Lloyd", 0.112),
    ("Tommy", 0.112), ("Leon", 0.112), ("Derek", 0.112), ("Warren", 0.11), ("Darrell", 0.108), ("Jerome", 0.108), ("Floyd", 0.107), ("Leo", 0.106),
    ("Alvin", 0.105), ("Tim", 0.104), ("Wesley", 0.104), ("Gordon", 0.104), ("Dean", 0.104), ("Greg", 0.104), ("Jorge", 0.104), ("Dustin", 0.103),
    ("Pedro", 0.103), ("Derrick", 0.103), ("Dan", 0.101), ("Lewis", 0.099), ("Zachary", 0.099), ("Corey", 0.098), ("Herman", 0.097), ("Maurice", 0.097),
    ("Vernon", 0.097), ("Roberto", 0.097), ("Clyde", 0.095), ("Glen", 0.094), ("Hector", 0.094), ("Shane", 0.093), ("Ricardo", 0.093), ("Sam", 0.092),
    ("Rick", 0.091), ("Lester", 0.091), ("Brent", 0.09), ("Ramon", 0.09), ("Charlie", 0.09), ("Tyler", 0.089), ("Gilbert", 0.089), ("Gene", 0.087),
    ("Marc", 0.087), ("Reginald", 0.084), ("Ruben", 0.082), ("Brett", 0.082), ("Angel", 0.082), ("Nathaniel", 0.081), ("Rafael", 0.081), ("Leslie", 0.081),
    ("Edgar", 0.08), ("Milton", 0.08), ("Raul", 0.079), ("Ben", 0.078), ("Chester", 0.078), ("Cecil", 0.078), ("Duane", 0.077), ("Franklin", 0.077),
    ("Andre", 0.076), ("Elmer", 0.074), ("Brad", 0.073), ("Gabriel", 0.073), ("Ron", 0.072), ("Mitchell", 0.072), ("Roland", 0.072), ("Arnold", 0.072),
    ("Harvey", 0.072), ("Jared", 0.071), ("Adrian", 0.069), ("Karl", 0.069), ("Cory", 0.068), ("Claude", 0.068), ("Erik", 0.068), ("Darryl", 0.067),
    ("Jamie", 0.066), ("Neil", 0.066), ("Jessie", 0.065), ("Christian", 0.065), ("Javier", 0.065), ("Fernando", 0.065), ("Clinton", 0.065), ("Ted", 0.064),
    ("Mathew", 0.064), ("Tyrone", 0.064), ("Darren", 0.064), ("Lonnie", 0.064), ("Lance", 0.063), ("Cody", 0.063), ("Julio", 0.063), ("Kelly", 0.063),
    ("Kurt", 0.062), ("Allan", 0.061), ("Nelson", 0.061), ("Guy", 0.06), ("Clayton", 0.06), ("Hugh", 0.06), ("Max", 0.059), ("Dwayne", 0.059),
    ("Dwight", 0.058), ("Armando", 0.058), ("Felix", 0.058), ("Jimmie", 0.058), ("Everett", 0.057), ("Jordan", 0.056), ("Ian", 0.056), ("Wallace", 0.056),
    ("Ken", 0.055), ("Bob", 0.055), ("Jaime", 0.055), ("Casey", 0.054), ("Alfredo", 0.054), ("Alberto", 0.053), ("Dave", 0.053), ("Ivan", 0.053),
    ("Johnnie", 0.052), ("Sidney", 0.052), ("Byron", 0.052), ("Julian", 0.052), ("Isaac", 0.051), ("Morris", 0.051), ("Clifton", 0.05), ("Willard", 0.05),
    ("Daryl", 0.05), ("Ross", 0.05), ("Virgil", 0.049), ("Andy", 0.049), ("Marshall", 0.049), ("Salvador", 0.049), ("Perry", 0.049), ("Kirk", 0.049),
    ("Sergio", 0.049), ("Marion", 0.048), ("Tracy", 0.048), ("Seth", 0.048), ("Kent", 0.048), ("Terrance", 0.048), ("Rene", 0.048), ("Eduardo", 0.047),
    ("Terrence", 0.047), ("Enrique", 0.046), ("Freddie", 0.046), ("Wade", 0.045), ("Austin", 0.044), ("Stuart", 0.044), ("Fredrick", 0.043), ("Arturo", 0.043),
    ("Alejandro", 0.043), ("Jackie", 0.043), ("Joey", 0.043), ("Nick", 0.043), ("Luther", 0.043), ("Wendell", 0.042), ("Jeremiah", 0.042), ("Evan", 0.042),
    ("Julius", 0.042), ("Dana", 0.042), ("Donnie", 0.041), ("Otis", 0.041), ("Shannon", 0.04), ("Trevor", 0.04), ("Oliver", 0.04), ("Luke", 0.04),
    ("Homer", 0.04), ("Gerard", 0.04), ("Doug", 0.04), ("Kenny", 0.039), ("Hubert", 0.039), ("Angelo", 0.039), ("Shaun", 0.039), ("Lyle", 0.038),
    ("Matt", 0.038), ("Lynn", 0.038), ("Alfonso", 0.038), ("Orlando", 0.037), ("Rex", 0.037), ("Carlton", 0.037), ("Ernesto", 0.037), ("Cameron", 0.037),
    ("Neal", 0.037), ("Pablo", 0.036), ("Lorenzo", 0.036), ("Omar", 0.036), ("Wilbur", 0.036), ("Blake", 0.036), ("Grant", 0.036), ("Horace", 0.036),
    ("Roderick", 0.036), ("Kerry", 0.036), ("Abraham", 0.035), ("Willis", 0.035), ("Rickey", 0.035), ("Jean", 0.035), ("Ira", 0.035), ("Andres", 0.034),
    ("Cesar", 0.034), ("Johnathan", 0.034), ("Malcolm", 0.034), ("Rudolph", 0.034), ("Damon", 0.034), ("Kelvin", 0.034), ("Rudy", 0.034), ("Preston", 0.034),
    ("Alton", 0.033), ("Archie", 0.033), ("Marco", 0.033), ("Wm", 0.033), ("Pete", 0.032), ("Randolph", 0.032), ("Garry", 0.032), ("Geoffrey", 0.032),
    ("Jonathon", 0.032), ("Felipe", 0.032), ("Bennie", 0.032), ("Gerardo", 0.032), ("Ed", 0.032), ("Dominic", 0.032), ("Robin", 0.032), ("Loren", 0.032),
    ("Delbert", 0.031), ("Colin", 0.031), ("Guillermo", 0.031), ("Earnest", 0.031), ("Lucas", 0.031), ("Benny", 0.03), ("Noel", 0.03), ("Spencer", 0.03),
    ("Rodolfo", 0.03), ("Myron", 0.03), ("Edmund", 0.03), ("Garrett", 0.029), ("Salvatore", 0.029), ("Cedric", 0.029), ("Lowell", 0.029), ("Gregg", 0.029),
    ("Sherman", 0.028), ("Wilson", 0.028), ("Devin", 0.028), ("Sylvester", 0.028), ("Kim", 0.028), ("Roosevelt", 0.028), ("Israel", 0.028), ("Jermaine", 0.028),
)  # fmt: skip
US_S = (
    ("Smith", 1.006), ("Johnson", 0.81), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621), ("Davis", 0.48), ("Miller", 0.424), ("Wilson", 0.339),
    ("Moore", 0.312), ("Taylor", 0.311), ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.31), ("White", 0.279), ("Harris", 0.275), ("Martin", 0.273),
    ("Thompson", 0.269), ("Garcia", 0.254), ("Martinez", 0.234), ("Robinson", 0.233), ("Clark", 0.231), ("Rodriguez", 0.229), ("Lewis", 0.226), ("Lee", 0.22),
    ("Walker", 0.219), ("Hall", 0.2), ("Allen", 0.199), ("Young", 0.193), ("Hernandez", 0.192), ("King", 0.19), ("Wright", 0.189), ("Lopez", 0.187),
    ("Hill", 0.187), ("Scott", 0.185), ("Green", 0.183), ("Adams", 0.174), ("Baker", 0.171), ("Gonzalez", 0.166), ("Nelson", 0.162), ("Carter", 0.162),
    ("Mitchell", 0.16), ("Perez", 0.155), ("Roberts", 0.153), ("Turner", 0.152), ("Phillips", 0.149), ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141),
    ("Edwards", 0.137), ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.13), ("Morris", 0.125), ("Rogers", 0.123), ("Reed", 0.122), ("Cook", 0.12),
    ("Morgan", 0.118), ("Bell", 0.117), ("Murphy", 0.117), ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper", 0.113), ("Richardson", 0.112), ("Cox", 0.11),
    ("Howard", 0.11), ("Ward", 0.108), ("Torres", 0.108), ("Peterson", 0.107), ("Gray", 0.106), ("Ramirez", 0.105), ("James", 0.105), ("Watson", 0.103),
    ("Brooks", 0.103), ("Kelly", 0.102), ("Sanders", 0.1), ("Price", 0.099), ("Bennett", 0.099), ("Wood", 0.098), ("Barnes", 0.097), ("Ross", 0.096),
    ("Henderson", 0.095), ("Coleman", 0.095), ("Jenkins", 0.095), ("Perry", 0.094), ("Powell", 0.093), ("Long", 0.092), ("Patterson", 0.092), ("Hughes", 0.092),
    ("Flores", 0.092), ("Washington", 0.092), ("Butler", 0.091), ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales", 0.087), ("Bryant", 0.087), ("Alexander", 0.085),
    ("Russell", 0.085), ("Griffin", 0.084), ("Diaz", 0.084), ("Hayes", 0.083), ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082), ("Graham", 0.082),
    ("Sullivan", 0.081), ("Wallace", 0.081), ("Woods", 0.08), ("Cole", 0.08), ("West", 0.08), ("Jordan", 0.078), ("Owens", 0.078), ("Reynolds", 0.078),
    ("Fisher", 0.077), ("Ellis", 0.077), ("Harrison", 0.076), ("Gibson", 0.075), ("McDonald", 0.075), ("Cruz", 0.075), ("Marshall", 0.075), ("Ortiz", 0.075),
    ("Gomez", 0.075), ("Murray", 0.074), ("Freeman", 0.074), ("Wells", 0.073), ("Webb", 0.072), ("Simpson", 0.07), ("Stevens", 0.07), ("Tucker", 0.07),
    ("Porter", 0.069), ("Hunter", 0.069), ("Hicks", 0.069), ("Crawford", 0.068), ("Henry", 0.068), ("Boyd", 0.068), ("Mason", 0.068), ("Morales", 0.067),
    ("Kennedy", 0.067), ("Warren", 0.067), ("Dixon", 0.066), ("Ramos", 0.066), ("Reyes", 0.066), ("Burns", 0.065), ("Gordon", 0.065), ("Shaw", 0.065),
    ("Holmes", 0.065), ("Rice", 0.064), ("Robertson", 0.064), ("Hunt", 0.063), ("Black", 0.063), ("Daniels", 0.062), ("Palmer", 0.062), ("Mills", 0.061),
    ("Nichols", 0.06), ("Grant", 0.06), ("Knight", 0.06), ("Ferguson", 0.059), ("Rose", 0.059), ("Stone", 0.059), ("Hawkins", 0.059), ("Dunn", 0.058),
    ("Perkins", 0.058), ("Hudson", 0.058), ("Spencer", 0.057), ("Gardner", 0.057), ("Stephens", 0.057), ("Payne", 0.057), ("Pierce", 0.056), ("Berry", 0.056),
    ("Matthews", 0.056), ("Arnold", 0.056), ("Wagner", 0.055), ("Willis", 0.055), ("Ray", 0.055), ("Watkins", 0.055), ("Olson", 0.055), ("Carroll", 0.055),
    ("Duncan", 0.055), ("Snyder", 0.055), ("Hart", 0.054), ("Cunningham", 0.054), ("Bradley", 0.054), ("Lane", 0.054), ("Andrews", 0.054), ("Ruiz", 0.054),
    ("Harper", 0.054), ("Fox", 0.053), ("Riley", 0.053), ("Armstrong", 0.053), ("Carpenter", 0.053), ("Weaver", 0.053), ("Greene", 0.053), ("Lawrence", 0.052),
    ("Elliott", 0.052), ("Chavez", 0.052), ("Sims", 0.052), ("Austin", 0.052), ("Peters", 0.052), ("Kelley", 0.052), ("Franklin", 0.051), ("Lawson", 0.051),
    ("Fields", 0.051), ("Gutierrez", 0.051), ("Ryan", 0.051), ("Schmidt", 0.051), ("Carr", 0.051), ("Vasquez", 0.051), ("Castillo", 0.051), ("Wheeler", 0.051),
    ("Chapman", 0.05), ("Oliver", 0.05), ("Montgomery", 0.049), ("Richards", 0.049), ("Williamson", 0.049), ("Johnston", 0.049), ("Banks", 0.048), ("Meyer", 0.048),
    ("Bishop", 0.048), ("McCoy", 0.048), ("Howell", 0.048), ("Alvarez", 0.048), ("Morrison", 0.048), ("Hansen", 0.047), ("Fernandez", 0.047), ("Garza", 0.047),
    ("Harvey", 0.047), ("Little", 0.046), ("Burton", 0.046), ("Stanley", 0.046), ("Nguyen", 0.046), ("George", 0.046), ("Jacobs", 0.046), ("Reid", 0.046),
    ("Kim", 0.045), ("Fuller", 0.045), ("Lynch", 0.045), ("Dean", 0.045), ("Gilbert", 0.045), ("Garrett", 0.045), ("Romero", 0.045), ("Welch", 0.044),
    ("Larson", 0.044), ("Frazier", 0.044), ("Burke", 0.044), ("Hanson", 0.043), ("Day", 0.043), ("Mendoza", 0.043), ("Moreno", 0.043), ("Bowman", 0.043),
    ("Medina", 0.042), ("Fowler", 0.042), ("Brewer", 0.042), ("Hoffman", 0.042), ("Carlson", 0.042), ("Silva", 0.042), ("Pearson", 0.042), ("Holland", 0.042),
    ("Douglas", 0.041), ("Fleming", 0.041), ("Jensen", 0.041), ("Vargas", 0.041), ("Byrd", 0.041), ("Davidson", 0.041), ("Hopkins", 0.041), ("May", 0.04),
    ("Terry", 0.04), ("Herrera", 0.04), ("Wade", 0.04), ("Soto", 0.04), ("Walters", 0.04), ("Curtis", 0.04), ("Neal", 0.039), ("Caldwell", 0.039),
    ("Lowe", 0.039), ("Jennings", 0.039), ("Barnett", 0.039), ("Graves", 0.039), ("Jimenez", 0.039), ("Horton", 0.039), ("Shelton", 0.039), ("Barrett", 0.039),
    ("O'Brien", 0.039), ("Castro", 0.039), ("Sutton", 0.038), ("Gregory", 0.038), ("McKinney", 0.038), ("Lucas", 0.038), ("Miles", 0.038), ("Craig", 0.038),
    ("Rodriquez", 0.037), ("Chambers", 0.037), ("Holt", 0.037), ("Lambert", 0.037), ("Fletcher", 0.037), ("Watts", 0.037), ("Bates", 0.037), ("Hale", 0.037),
    ("Rhodes", 0.037), ("Pena", 0.037), ("Beck", 0.037), ("Newman", 0.036), ("Haynes", 0.036), ("McDaniel", 0.036), ("Mendez", 0.036), ("Bush", 0.036),
    ("Vaughn", 0.036), ("Parks", 0.035), ("Dawson", 0.035), ("Santiago", 0.035), ("Norris", 0.035), ("Hardy", 0.035), ("Love", 0.035), ("Steele", 0.035),
    ("Curry", 0.035), ("Powers", 0.035), ("Schultz", 0.035), ("Barker", 0.035), ("Guzman", 0.034), ("Page", 0.034), ("Munoz", 0.034), ("Ball", 0.034),
    ("Keller", 0.034), ("Chandler", 0.034), ("Weber", 0.034), ("Leonard", 0.034), ("Walsh", 0.033), ("Lyons", 0.033), ("Ramsey", 0.033), ("Wolfe", 0.033),
    ("Schneider", 0.033), ("Mullins", 0.033), ("Benson", 0.033), ("Sharp", 0.033), ("Bowen", 0.033), ("Daniel", 0.033), ("Barber", 0.032), ("Cummings", 0.032),
    ("Hines", 0.032), ("Baldwin", 0.032), ("Griffith", 0.032), ("Valdez", 0.032), ("Hubbard", 0.032), ("Salazar", 0.032), ("Reeves", 0.032), ("Warner", 0.031),
    ("Stevenson", 0.031), ("Burgess", 0.031), ("Santos", 0.031), ("Tate", 0.031), ("Cross", 0.031), ("Garner", 0.031), ("Mann", 0.031), ("Mack", 0.031),
    ("Moss", 0.031), ("Thornton", 0.031), ("Dennis", 0.031), ("McGee", 0.031), ("Farmer", 0.03), ("Delgado", 0.03), ("Aguilar", 0.03), ("Vega", 0.03),
    ("Glover", 0.03), ("Manning", 0.03), ("Cohen", 0.03), ("Harmon", 0.03), ("Rodgers", 0.03), ("Robbins", 0.03), ("Newton", 0.03), ("Todd", 0.03),
    ("Blair", 0.03), ("Higgins", 0.03), ("Ingram", 0.03), ("Reese", 0.03), ("Cannon", 0.03), ("Strickland", 0.03), ("Townsend", 0.03), ("Potter", 0.03),
    ("Goodwin", 0.03), ("Walton", 0.03), ("Rowe", 0.029), ("Hampton", 0.029), ("Ortega", 0.029), ("Patton", 0.029), ("Swanson", 0.029), ("Joseph", 0.029),
    ("Francis", 0.029), ("Goodman", 0.029), ("Maldonado", 0.029), ("Yates", 0.029), ("Becker", 0.029), ("Erickson", 0.029), ("Hodges", 0.029), ("Rios", 0.029),
    ("Conner", 0.029), ("Adkins", 0.029), ("Webster", 0.028), ("Norman", 0.028), ("Malone", 0.028), ("Hammond", 0.028), ("Flowers", 0.028), ("Cobb", 0.028),
    ("Moody", 0.028), ("Quinn", 0.028), ("Blake", 0.028), ("Maxwell", 0.028), ("Pope", 0.028), ("Floyd", 0.027), ("Osborne", 0.027), ("Paul", 0.027),
    ("McCarthy", 0.027), ("Guerrero", 0.027), ("Lindsey", 0.027), ("Estrada", 0.027), ("Sandoval", 0.027), ("Gibbs", 0.027), ("Tyler", 0.027), ("Gross", 0.027),
    ("Fitzgerald", 0.027), ("Stokes", 0.027), ("Doyle", 0.027), ("Sherman", 0.027),
)  # fmt: skip
# Origins common in Sweden: the commonest given names and surnames of each, 1/rank, head 10.
FI_F = _names(
    "Pirjo, Marja, Tuula, Sirpa, Päivi, Anneli, Riitta, Leena, Seija, Raija, Aila, Eija, Kaija, Helvi, Tellervo, Aino, Hilkka, Aune, Terttu, Maija, Anja, Kirsi, Sari, Tiina, Minna, Satu, Johanna, Hannele, Merja, Ritva, Tarja, Liisa"
)
FI_M = _names(
    "Juha, Timo, Matti, Kari, Mikko, Jari, Antti, Jukka, Mika, Markku, Pekka, Hannu, Heikki, Seppo, Janne, Ari, Sami, Petri, Ville, Tuomas, Pentti, Esa, Jarmo, Raimo, Veikko, Kalevi, Tapio, Ilkka, Erkki, Risto, Arto, Reijo, Kimmo"
)
FI_S = _names(
    "Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen, Hiltunen, Leinonen, Kettunen, Hyvönen"
)
AR_F = _names(
    "Fatima, Mariam, Sara, Nour, Zainab, Aya, Rania, Hiba, Lina, Rasha, Amira, Hanan, Layla, Noor, Dalia, Huda, Samira, Yasmin, Reem, Ranim, Shaima, Ghada, Iman, Suha, Nadia, Ninwe, Shamiram, Nahrin, Atra, Rita, Sabiha, Meryem"
)
AR_M = _names(
    "Mohammed, Ahmad, Ali, Hussein, Omar, Mustafa, Khaled, Hassan, Mahmoud, Yousef, Ibrahim, Abdullah, Ammar, Karim, Tarek, Samir, Walid, Bilal, Rami, Haider, Firas, Saad, Sargon, Ashur, Ninos, Gabriel, Aziz, Shlemun, Yakob, Afram, Ninib, Yonan, Fadi, Jamil"
)
AR_S = _names(
    "Ali, Mohammed, Ahmed, Hassan, Hussein, Abdullah, Ibrahim, Khalil, Saleh, Al-Obaidi, Al-Jabouri, Haddad, Jaber, Mahmoud, Yousef, Nasser, Abbas, Kareem, Hamad, Al-Rubaie, Salim, Mansour, Darwish, Shamoun, Barsoum, Gabriel, Yakoub, Isa, Sabo, Malke, Aziz, Toma, Odisho, Khoshaba, Warda, Daoud, Lahdo, Gorgis, Al-Khatib, Zaher"
)
SO_F = _names(
    "Fadumo, Hodan, Amina, Sahra, Halima, Ayaan, Hibo, Ifrah, Asha, Hawa, Ubah, Nasra, Sagal, Deeqa, Khadra, Maryan, Naima, Safiya, Hamdi, Idil, Shukri, Sucaad, Muna, Faisa, Ikran"
)
SO_M = _names(
    "Mohamed, Abdi, Ahmed, Ali, Abdirahman, Hassan, Omar, Abdullahi, Yusuf, Ibrahim, Mahad, Liban, Said, Abdikarim, Farah, Mustafe, Hamza, Abdiaziz, Guled, Khalid, Bashir, Osman, Dahir, Abdiwali, Sharmarke"
)
SO_S = _names(
    "Mohamed, Ahmed, Ali, Hassan, Abdi, Omar, Farah, Osman, Hussein, Abdullahi, Ismail, Yusuf, Warsame, Jama, Aden, Nur, Mohamud, Hirsi, Abdillahi, Dualeh, Egal, Guleid, Samatar, Shire, Elmi, Gedi, Adan"
)
PL_F = _names(
    "Anna, Maria, Katarzyna, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Elżbieta, Magdalena, Joanna, Zofia, Monika, Teresa, Danuta, Natalia, Karolina, Marta, Beata, Dorota, Aleksandra, Justyna, Jadwiga, Halina, Irena, Grażyna, Paulina, Agata"
)
PL_M = _names(
    "Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Jan, Michał, Marcin, Jakub, Adam, Stanisław, Łukasz, Grzegorz, Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Maciej, Kamil, Marek, Jerzy, Ryszard, Tadeusz, Sławomir, Przemysław"
)
PL_S = _names(
    "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Wojciechowski, Kwiatkowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Wróbel, Nowicki, Czarnecki, Zawadzki, Głowacki, Wysocki, Sikora, Baran, Dudek, Pawlak"
)
FA_F = _names(
    "Maryam, Fatemeh, Zahra, Sara, Shirin, Nasrin, Parisa, Azadeh, Leila, Mahsa, Roya, Narges, Neda, Elham, Mina, Samira, Niloufar, Shadi, Bahar, Ladan, Golnaz, Parvin, Farideh, Mahnaz, Yasaman, Homa"
)
FA_M = _names(
    "Ali, Mohammad, Reza, Hossein, Mehdi, Amir, Hamid, Majid, Saeed, Behrouz, Dariush, Kourosh, Babak, Farhad, Arash, Omid, Behnam, Navid, Payam, Ramin, Shahram, Kamran, Siavash, Pejman, Afshin"
)
FA_S = _names(
    "Mohammadi, Hosseini, Ahmadi, Rezaei, Karimi, Moradi, Jafari, Hashemi, Rahimi, Ghasemi, Heidari, Sadeghi, Rostami, Bagheri, Kazemi, Ebrahimi, Mousavi, Nazari, Akbari, Amini, Hosseinzadeh, Tehrani, Shirazi, Farahani, Soltani, Rahmani, Ansari, Najafi"
)
BCS_F = _names(
    "Amra, Emina, Lejla, Amela, Selma, Jasmina, Azra, Mirela, Maja, Ana, Marija, Jelena, Snežana, Dragana, Ivana, Mirjana, Vesna, Gordana, Sanja, Sabina, Elma, Aida, Senada, Nermina, Alma, Edina, Dijana, Milica, Tamara"
)
BCS_M = _names(
    "Emir, Adnan, Amir, Edin, Mirza, Haris, Senad, Mehmed, Nedim, Kenan, Damir, Armin, Alen, Dragan, Zoran, Goran, Milan, Nenad, Dejan, Marko, Ivan, Stefan, Nikola, Miroslav, Zlatan, Ante, Josip, Tomislav, Davor"
)
BCS_S = _names(
    "Hodžić, Hadžić, Kovačević, Begić, Delić, Mehmedović, Hasanović, Mujić, Husić, Salihović, Alić, Ibrahimović, Čolić, Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Stanković, Pavlović, Horvat, Kovačić, Babić, Marić, Jurić, Knežević, Vuković, Perić, Tomić, Popović, Omerović, Smajić, Šabić"
)
TR_F = _names(
    "Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Meryem, Şerife, Zehra, Sultan, Hanife, Merve, Büşra, Esra, Özlem, Derya, Gül, Yasemin, Sevgi, Hülya, Aysel, Nurcan, Dilek, Gülsüm, Songül, Tuba, Ebru, Filiz"
)
TR_M = _names(
    "Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Osman, Yusuf, Murat, Ömer, Ramazan, Halil, Süleyman, Abdullah, Mahmut, Recep, Salih, Fatih, Kemal, Emre, Serkan, Burak, Erdem, Kadir, Cem, Volkan"
)
TR_S = _names(
    "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Özer, Erdoğan, Korkmaz, Güneş, Aksoy, Kaplan, Turan, Bulut, Acar, Tekin"
)
ER_F = _names(
    "Selam, Saba, Helen, Rahel, Yordanos, Senait, Luwam, Semhar, Winta, Eden, Hanna, Mebrat, Tsega, Azeb, Ruta, Feven, Almaz, Tirhas, Meron, Freweyni, Lidia, Abrehet, Yodit, Mizan"
)
ER_M = _names(
    "Yonas, Daniel, Samuel, Tesfay, Michael, Yohannes, Dawit, Habtom, Filmon, Mehari, Amanuel, Kidane, Tekle, Berhane, Ermias, Haile, Mussie, Biniam, Henok, Semere, Efrem, Robel, Yemane, Ghirmay, Zerai"
)
ER_S = _names(
    "Tesfay, Tekle, Haile, Berhane, Gebremedhin, Gebreyesus, Tesfamariam, Kidane, Weldemichael, Ghebreyohannes, Mehari, Yohannes, Abraha, Tewolde, Kahsay, Habte, Andemariam, Mebrahtu, Negash, Asmerom, Ghebremariam, Tsegay, Woldu, Gebru, Fessehaye"
)
AF_F = _names(
    "Fatima, Maryam, Zahra, Marzia, Zainab, Masooma, Nazanin, Shabnam, Farzana, Nargis, Parwana, Sakina, Freshta, Mursal, Hadia, Laila, Nilofar, Zarghona, Sima, Shakila, Sahar, Malalai, Habiba, Mahbooba"
)
AF_M = _names(
    "Mohammad, Ali, Ahmad, Hussain, Mustafa, Hamid, Reza, Sayed, Jawad, Mahdi, Murtaza, Omid, Farid, Hamed, Naveed, Ramin, Zabihullah, Khalid, Najibullah, Rahmatullah, Sohrab, Wahid, Yama, Hasib, Ehsan"
)
AF_S = _names(
    "Ahmadi, Hussaini, Rezaie, Mohammadi, Hakimi, Rahimi, Sultani, Jafari, Noori, Karimi, Azimi, Haidari, Sadat, Amiri, Popal, Safi, Stanikzai, Wardak, Barakzai, Hashimi, Mirzaei, Akbari, Rasuli, Nazari, Yousufzai, Samadi"
)
TH_F = _names(
    "Siriporn, Supaporn, Wanida, Kanya, Malee, Somying, Nittaya, Pornthip, Ratana, Sunisa, Jintana, Duangjai, Wipada, Anchalee, Kannika, Suda, Ladda, Napaporn, Pranee, Sasithorn, Araya, Nongnuch, Rungnapa, Orathai, Pimchanok"
)
TH_M = _names(
    "Somchai, Somsak, Prasert, Sombat, Suthep, Surachai, Wichai, Anan, Chaiya, Kittisak, Narong, Boonmee, Sakda, Apichat, Thanawat, Preecha, Niran, Pichit, Sompong, Wirat"
)
TH_S = _names(
    "Saetang, Srisuk, Wongsawat, Sukprasert, Boonmee, Thongchai, Rattanakul, Kaewkham, Siriwat, Phromma, Chanthawong, Inthasorn, Srisawat, Sangthong, Jaidee, Kongkaew, Suwannarat, Phanthong, Wongsuwan, Chaisri, Bunyasiri"
)
LA_F = _names(
    "María, Carolina, Claudia, Patricia, Daniela, Francisca, Camila, Javiera, Valentina, Fernanda, Constanza, Catalina, Paula, Andrea, Marcela, Verónica, Gabriela, Ximena, Macarena, Soledad, Alejandra, Paola, Rocío, Lorena, Mónica, Carmen, Pamela, Isidora"
)
LA_M = _names(
    "Juan, José, Luis, Carlos, Jorge, Manuel, Francisco, Sebastián, Cristián, Rodrigo, Pablo, Diego, Matías, Felipe, Nicolás, Gonzalo, Andrés, Patricio, Héctor, Sergio, Fernando, Ricardo, Claudio, Mauricio, Benjamín, Joaquín, Víctor"
)
LA_S = _names(
    "González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo, Ramírez, Reyes, Gutiérrez, Castro, Vargas, Álvarez, Vásquez, Tapia, Fernández, Sánchez, Carrasco, Gómez, Cortés, Herrera, Núñez, Jara, Vergara, Figueroa"
)
KU_F = _names(
    "Rojda, Berfin, Dilan, Nazdar, Shilan, Nasrin, Avin, Hana, Zilan, Rozerin, Nergiz, Delal, Gulistan, Bahar, Ronahi, Jiyan, Evin, Helin, Rojin, Berivan, Nishtiman, Kajal, Tara, Lana, Shno, Sazan"
)
KU_M = _names(
    "Rebin, Karwan, Ahmad, Dilshad, Sherko, Hawre, Rekar, Azad, Baran, Hoshyar, Kawa, Dara, Shwan, Soran, Bakhtiyar, Aram, Zana, Hemin, Rawand, Serhat, Diyar, Welat, Rizgar, Haval, Hiwa"
)
KU_S = _names(
    "Ahmad, Rashid, Mahmoud, Aziz, Karim, Hama, Mustafa, Amin, Salih, Qadir, Hussein, Abdullah, Omar, Ismail, Faraj, Jalal, Kaka, Muhammad, Baban, Zangana, Berwari, Hawrami, Sindi, Doski, Rekani, Mizuri, Bakr, Othman, Kurdi"
)
UA_F = _names(
    "Olena, Tetiana, Nataliia, Iryna, Oksana, Svitlana, Yuliia, Olha, Anastasiia, Kateryna, Viktoriia, Mariia, Alina, Daria, Halyna, Liudmyla, Anna, Larysa, Valentyna, Nadiia, Khrystyna, Sofiia, Tamara"
)
UA_M = _names(
    "Oleksandr, Serhii, Andrii, Volodymyr, Mykola, Dmytro, Oleksii, Ivan, Vasyl, Yurii, Viktor, Ihor, Maksym, Vitalii, Taras, Bohdan, Roman, Artem, Petro, Mykhailo, Denys, Pavlo, Ruslan, Yevhen"
)
UA_S = _names(
    "Melnyk, Shevchenko, Boiko, Kovalenko, Bondarenko, Tkachenko, Kovalchuk, Kravchenko, Oliinyk, Shevchuk, Koval, Polishchuk, Bondar, Tkachuk, Moroz, Marchenko, Lysenko, Rudenko, Savchenko, Petrenko, Klymenko, Pavlenko, Kravchuk, Kuzmenko, Ponomarenko, Vasylenko"
)
IN_F = _names(
    "Priya, Anjali, Pooja, Divya, Neha, Sneha, Kavya, Lakshmi, Deepa, Swati, Ananya, Shruti, Meera, Aishwarya, Nisha, Ritu, Sunita, Geeta, Radhika, Shweta, Harpreet, Kavitha, Padma, Anusha"
)
IN_M = _names(
    "Rahul, Amit, Rajesh, Suresh, Vikram, Arjun, Sanjay, Ravi, Anil, Karthik, Rohit, Deepak, Manoj, Prakash, Srinivas, Vijay, Aditya, Naveen, Ramesh, Gaurav, Sandeep, Abhishek, Venkatesh, Gurpreet"
)
IN_S = _names(
    "Kumar, Sharma, Singh, Patel, Reddy, Gupta, Rao, Nair, Iyer, Verma, Joshi, Mehta, Shah, Agarwal, Das, Menon, Pillai, Krishnan, Chaudhary, Mishra, Banerjee, Desai, Kaur, Bhat, Naidu, Srinivasan"
)
DE_F = _names(
    "Sabine, Petra, Claudia, Andrea, Susanne, Monika, Stefanie, Julia, Anja, Katrin, Nicole, Birgit, Heike, Ursula, Kerstin, Christina, Sandra, Martina, Anna, Laura, Lena, Katharina, Lisa, Gabriele"
)
DE_M = _names(
    "Thomas, Michael, Andreas, Stefan, Peter, Frank, Jürgen, Klaus, Markus, Christian, Wolfgang, Uwe, Matthias, Tobias, Jens, Dirk, Sebastian, Florian, Jan, Torsten, Ralf, Bernd, Holger, Lukas"
)
DE_S = _names(
    "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, Hofmann, Hartmann, Lange, Schmitt, Werner, Krause, Meier, Lehmann"
)

ORIGINS = {
    "swedish": Origin(ranked(SV_F + SV_F_TAIL, 150), ranked(SV_M + SV_M_TAIL, 150), ranked(SV_S + SV_S_TAIL, 150)),
    "us": Origin(weighted(US_F, 150), weighted(US_M, 150), weighted(US_S, 150)),
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
    "german": Origin(ranked(DE_F, 10), ranked(DE_M, 10), ranked(DE_S, 10)),
}  # fmt: skip

# Who is named, per language of the text: roughly Sweden's population in Swedish and mixed text
# (Swedish largest), the US and the UK ahead in English text.
MIXES = {
    "sv": {"swedish": 66, "arabic": 6.5, "finnish": 4, "polish": 2.5, "bcs": 2.5, "persian": 2.5, "somali": 2, "kurdish": 1.5, "turkish": 1.5, "afghan": 1.5, "eritrean": 1.2, "ukrainian": 1.2, "thai": 1, "latin": 1, "indian": 1, "german": 1, "uk": 0.8, "us": 0.6},
    "en": {"us": 40, "uk": 36, "swedish": 9, "indian": 3, "arabic": 2, "polish": 2, "latin": 2, "german": 1, "finnish": 1, "persian": 1, "turkish": 1, "somali": 0.8, "bcs": 0.8, "ukrainian": 0.7, "thai": 0.5, "eritrean": 0.4, "afghan": 0.4, "kurdish": 0.4},
    "mixed": {"swedish": 50, "uk": 11, "us": 10, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5, "persian": 2.5, "indian": 2, "german": 1.5, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5, "afghan": 1.2, "ukrainian": 1.2, "eritrean": 1, "thai": 1, "latin": 1},
}  # fmt: skip

# Short forms people go by, keyed by the given name as the pools spell it.
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": {
        "Lars": ("Lasse",), "Mikael": ("Micke",), "Joakim": ("Jocke",), "Per": ("Pelle", "Perra"), "Karl": ("Kalle",),
        "Magnus": ("Manne",), "Thomas": ("Tompa",), "Tomas": ("Tompa",), "Fredrik": ("Fredde",), "Christoffer": ("Stoffe", "Kricke"),
        "Marcus": ("Mackan",), "Jonas": ("Jonte",), "Daniel": ("Danne",), "Patrik": ("Patte",), "Robert": ("Robban",),
        "Stefan": ("Steffe",), "Tobias": ("Tobbe",), "Henrik": ("Henke",), "Gustav": ("Gurra", "Gusten"), "Kenneth": ("Kenta",),
        "Mattias": ("Matte",), "Niklas": ("Nicke",), "Leif": ("Leffe",), "Jan": ("Janne",), "Bengt": ("Bengan",),
        "Sebastian": ("Sebbe",), "Alexander": ("Alex",), "Viktor": ("Vicke",), "Oskar": ("Ogge",), "Axel": ("Acke",),
        "Rasmus": ("Rasse",), "Ulf": ("Uffe",), "Rolf": ("Roffe",), "Johannes": ("Hannes",), "Christer": ("Crille",),
        "Sven": ("Svenne",), "Anders": ("Affe",), "Hans": ("Hasse",), "Nils": ("Nisse",), "Bo": ("Bosse",),
        "Elisabeth": ("Lisa", "Bettan"), "Katarina": ("Kattis", "Kajsa"), "Kristina": ("Stina", "Kicki"), "Margareta": ("Maggan", "Greta"),
        "Charlotte": ("Lotta",), "Susanne": ("Sussie", "Sanna"), "Birgitta": ("Gittan", "Bitte"), "Camilla": ("Millan",),
        "Linnéa": ("Nea",), "Viktoria": ("Vickan",), "Madeleine": ("Madde",), "Cecilia": ("Cissi",), "Jennifer": ("Jenny",),
        "Matilda": ("Tilda",), "Josefin": ("Jossan",), "Josefine": ("Jossan",), "Therese": ("Tessan",), "Emelie": ("Emmy",),
        "Fredrika": ("Fia",), "Sofia": ("Fia", "Sofie"), "Karin": ("Kajsa",), "Rebecka": ("Becka",), "Gunilla": ("Gunnis",),
        "Alexandra": ("Sandra", "Alex"), "Elisabet": ("Lisa", "Bettan"), "Ann-Charlotte": ("Lotta",), "Evelina": ("Evve",),
    },
    "uk": {
        "William": ("Will", "Bill"), "Robert": ("Rob", "Bob"), "Richard": ("Rich",), "James": ("Jim", "Jamie"), "John": ("Johnny",),
        "Michael": ("Mike", "Mick"), "Thomas": ("Tom",), "Christopher": ("Chris",), "Daniel": ("Dan", "Danny"), "Matthew": ("Matt",),
        "Anthony": ("Tony",), "Joseph": ("Joe",), "David": ("Dave",), "Edward": ("Ed", "Ted"), "Jonathan": ("Jon",),
        "Benjamin": ("Ben",), "Samuel": ("Sam",), "Andrew": ("Andy",), "Alexander": ("Alex",), "Nicholas": ("Nick",),
        "Stephen": ("Steve",), "Steven": ("Steve",), "Timothy": ("Tim",), "Kenneth": ("Ken",), "Philip": ("Phil",),
        "Elizabeth": ("Liz", "Beth"), "Jennifer": ("Jen",), "Catherine": ("Kate", "Cathy"), "Katherine": ("Kate", "Katie"),
        "Margaret": ("Maggie", "Peggy"), "Susan": ("Sue",), "Deborah": ("Debbie",), "Rebecca": ("Becky", "Becca"),
        "Victoria": ("Vicky", "Tori"), "Samantha": ("Sam",), "Christine": ("Chris",), "Jessica": ("Jess",),
        "Abigail": ("Abby",), "Nicola": ("Nicky",), "Stephanie": ("Steph",), "Jacqueline": ("Jackie",), "Pamela": ("Pam",),
    },
    "us": {
        "William": ("Bill", "Will"), "Robert": ("Bob", "Rob"), "Richard": ("Rick", "Dick"), "James": ("Jim", "Jimmy"),
        "Michael": ("Mike",), "Thomas": ("Tom",), "Christopher": ("Chris",), "Daniel": ("Dan",), "Matthew": ("Matt",),
        "Anthony": ("Tony",), "Joseph": ("Joe",), "David": ("Dave",), "Edward": ("Ed", "Eddie"), "Charles": ("Charlie", "Chuck"),
        "Gregory": ("Greg",), "Patrick": ("Pat",), "Joshua": ("Josh",), "Timothy": ("Tim",), "Kenneth": ("Ken",),
        "Elizabeth": ("Liz", "Beth"), "Jennifer": ("Jen", "Jenny"), "Patricia": ("Pat", "Patty"), "Margaret": ("Peggy", "Maggie"),
        "Susan": ("Sue",), "Deborah": ("Deb", "Debbie"), "Kimberly": ("Kim",), "Barbara": ("Barb",), "Dorothy": ("Dot",),
        "Judith": ("Judy",), "Sandra": ("Sandy",), "Rebecca": ("Becky",), "Katherine": ("Kathy", "Kate"), "Christine": ("Chris",),
    },
    "polish": {"Katarzyna": ("Kasia",), "Małgorzata": ("Gosia",), "Agnieszka": ("Aga",), "Aleksandra": ("Ola",), "Tomasz": ("Tomek",), "Krzysztof": ("Krzysiek",)},
    "ukrainian": {"Oleksandr": ("Sasha",), "Anastasiia": ("Nastia",), "Kateryna": ("Katia",), "Dmytro": ("Dima",)},
    "arabic": {"Mohammed": ("Mo",), "Yousef": ("Joe",)},
    "finnish": {"Juha": ("Jussi",), "Matti": ("Masa",)},
}  # fmt: skip

_PLAIN = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "đ": "dj", "Đ": "Dj", "ø": "o", "æ": "ae"})


def plain(word: str) -> str:
    """A name typed without its letters: `Wiśniewski` as `Wisniewski`, `Đorđević` as `Djordjevic`."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_PLAIN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` as `-ska`, `-cki` as `-cka`, `-dzki` as `-dzka`."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


def masculine(surname: str) -> str:
    """The form `feminine` starts from, for a relative who shares a Polish surname."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(female):
            return surname[: -len(female)] + male
    return surname
