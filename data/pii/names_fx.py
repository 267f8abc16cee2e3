# ruff: noqa: E501
"""Name pools of held-out FX (issue 15): names as the population has them, by origin and weight.

Written from general knowledge by a helper who read no other set's names and checked none of these
against rung's lexicons (none was left out for being known or unknown). Swedish given names and
surnames in the order of SCB's name statistics (weight 1/rank; head the top 150, a tail of rarer
names past them); the US Census 1990 lists copied from the `names` package's `dist.female.first`,
`dist.male.first` and `dist.all.last` (public domain; the census per cent as weight, head 150); UK
given names and surnames in the order of the ONS rankings (1/rank); and the commonest given names
and surnames of origins common in Sweden (1/rank, head 10). `MIXES` says who is named in Swedish,
English and mixed text; `NICKNAMES` gives short forms. Stdlib only.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this chance, else from the tail


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
    """Names in rank order, comma-separated; weight 1/rank; repeats keep their first rank."""
    names = tuple(dict.fromkeys(n.strip() for n in text.split(",") if n.strip()))
    return Pool(names, tuple(1 / rank for rank in range(1, len(names) + 1)), min(head, len(names)))


def census(text: str, head: int = 150) -> Pool:
    """`Name per-cent` pairs, comma-separated, as the US Census 1990 lists give them."""
    pairs = [p.split() for p in text.replace("\n", " ").split(",") if p.strip()]
    return Pool(tuple(n for n, _ in pairs), tuple(float(w) for _, w in pairs), head)


_PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "ø": "o", "Ø": "O", "ß": "ss"}
)


def plain(word: str) -> str:
    """A name as typed on a keyboard without its letters (`Wiśniewski` -> `Wisniewski`)."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_PLAIN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname's feminine form: -ski/-cki/-dzki end in -ska/-cka/-dzka."""
    for ending in ("ski", "cki", "dzki"):
        if surname.endswith(ending):
            return surname[:-1] + "a"
    return surname


# Sweden: SCB's name statistics (all bearers), in rank order as the writer knows it.
SV_F = ranked(
    """
Anna, Maria, Margareta, Elisabeth, Eva, Kristina, Birgitta, Karin, Elisabet, Marie, Ingrid,
Christina, Linnéa, Sofia, Kerstin, Marianne, Lena, Helena, Emma, Inger, Johanna, Sara, Cecilia,
Louise, Ulla, Elin, Linnea, Anita, Hanna, Viktoria, Gunilla, Ida, Katarina, Susanne, Malin, Elsa,
Ingegerd, Ann, Irene, Carina, Monica, Jenny, Julia, Barbro, Astrid, Ulrika, Matilda, Linda, Alice,
Annika, Therese, Amanda, Camilla, Charlotte, Emilia, Sandra, Frida, Agneta, Anette, Ellen,
Josefin, Åsa, Siv, Maja, Viola, Caroline, Yvonne, Lisa, Charlotta, Madeleine, Karolina, Ebba, Gun,
Ingela, Wilma, Gunnel, Jessica, Klara, Marina, Britt, Pia, Alva, Ingeborg, Sofie, Lovisa, Mona,
Ann-Marie, Rut, Inga, Margit, Linn, Berit, Erika, Maj, Olivia, Birgit, Lisbeth, Emelie, Felicia,
Elvira, Gerd, Ronja, Ella, Lina, Moa, Signe, Isabelle, Vera, Mikaela, Tove, Ellinor, Ann-Christin,
Anneli, Jennie, Josefine, Nathalie, Alexandra, Rebecka, Britt-Marie, Saga, Stina, Tilda, Selma,
Agnes, Nina, Marita, Catarina, Elise, Hedvig, Kristin, Ester, Greta, Jeanette, Solveig, Majken,
Gunvor, Gudrun, Ylva, Märta, Isabella, Alicia, Nellie, Tyra, Thea, Liv, Cornelia, Emmy, Molly,
Hilda, Ingalill, Lillemor, Stella, Gunborg, Ann-Sofie, Anna-Karin, Pernilla, Petra, Sanna, Mia,
Lotta, Sylvia, Doris, Anne, Gertrud, Ann-Charlotte, Anna-Lena, Eva-Lena, Marie-Louise, Angelica,
Victoria, Veronica, Fanny, Hedda, Kajsa, Alma, Edith, Freja, Juni, Iris, Lilly, Nora, Sigrid,
Sonja, Svea, Tuva, Vendela, Viveka, Ulla-Britt, Maj-Britt, Susanna, Magdalena, Gabriella, Evelina,
Filippa, Fatima, Maryam, Amina, Tina, Marit, Helene, Bodil, Carola, Catharina, Annelie, Ann-
Louise, Ann-Kristin, Anna-Maria, Eva-Karin, Elna, Rakel, Rigmor, Tekla, Valborg, Vivianne, Wera,
Ines, Minna, Tindra, Meja, Idun, Lovis, Majvor, Mira, Noomi, Nova, Leona, Livia, Mollie, Dagny,
Elvy, Göta, Harriet, Hjördis, Inez, Ingbritt, Ing-Marie, Karita, Laila, Lilian, Majbritt, My,
Märit, Naima, Nanna, Ottilia, Ragnhild, Rosita, Rose-Marie, Rosmarie, Tora, Ulrica, Vanja, Vivi,
Viveca, Zahra, Noor, Yasmin, Aya, Mariam, Leila, Beatrice, Carin, Christin, Denise, Eleonora,
Elena, Ellie, Embla, Evelyn, Hannah, Helen, Henrietta, Jasmin, Jasmine, Joanna, Josephine, Katrin,
Lara, Lisen, Louisa, Lova, Lucia, Madelene, Malena, Margaretha, Marlene, Melissa, Melina,
Michaela, Miranda, Natalie, Nicole, Olga, Paula, Paulina, Patricia, Rebecca, Regina, Renée, Rosa,
Ruth, Sabina, Sally, Samira, Signhild, Silvia, Siri, Sophie, Tanja, Vilma, Vivian, Malva, Lykke,
Novalie, Judit, Irma, Leah, Lea, Annie, Angelika, Annette, Elvina, Ann-Mari, Gunhild, Ingegärd,
Irmeli, Lisa-Marie, Maud, Mimmi, Nelly, Ofelia, Tuulikki, Ulla-Lena, Åse, Alexia, Allis, Belinda,
Cajsa, Dorotea, Florence, Gloria, Hermine, Jolin, Kim, Lilja, Linéa, Märta-Lena, Nadja, Nicoline,
Petronella, Sanne, Solbritt, Thyra, Tiina, Vilhelmina, Yrsa, Zelda, Adina, Agda, Agnetha, Anja,
Annmari, Britta, Cathrine, Daniella, Eira, Elinor, Frideborg, Hanne, Ingun, Jane, Lillie, Majlis,
Mathilda, Nathalia
""",
    150,
)
SV_M = ranked(
    """
Lars, Karl, Mikael, Anders, Johan, Erik, Per, Nils, Jan, Carl, Lennart, Peter, Hans, Thomas,
Daniel, Fredrik, Bengt, Gustav, Sven, Mats, Andreas, Stefan, Magnus, Alexander, Bo, Olof, Martin,
Axel, Jonas, Mattias, Leif, Göran, Oskar, Ulf, Björn, Henrik, Kjell, Arne, Åke, Marcus, Niklas,
Patrik, Christer, Emil, Rolf, Tommy, Anton, Joakim, David, Stig, Viktor, Robert, Christian, Roger,
Simon, Filip, Jonathan, Kent, Gunnar, Rickard, Tobias, Lucas, Elias, Håkan, Sebastian, Hugo,
Jakob, William, Kenneth, Robin, Claes, Dan, Johnny, Adam, Roland, Ingemar, Hampus, Gösta, Rune,
Ove, Kurt, Tomas, Jesper, Christoffer, Oliver, Isak, Jörgen, Ludvig, Albin, Emanuel, Kristoffer,
Torbjörn, Theo, Liam, Melvin, Noah, Leo, Edvin, Viggo, Arvid, Alfred, Vincent, Elliot, Max,
Gabriel, Samuel, Linus, Jimmy, Pontus, Kevin, Dennis, Rasmus, Benjamin, Bertil, Erland, Folke,
Ingvar, Sten, Tord, Birger, Harald, Helge, Holger, Ivar, Josef, Krister, Olle, Ola, Ronny, Sune,
Sture, Tage, Torsten, Ture, Valter, Yngve, Einar, Evert, Hjalmar, Inge, Joel, Jens, Mohammed,
Lars-Erik, Karl-Erik, Per-Olof, Wilhelm, Frans, Gert, Allan, Ali, Ahmed, Kjell-Åke, Per-Erik, Jan-
Erik, Lars-Göran, Karl-Johan, Sven-Erik, Bo-Göran, Jan-Olof, Nils-Erik, Carl-Johan, Hans-Olof,
Lars-Olof, Per-Anders, Kurt-Åke, Göte, Uno, Östen, Orvar, Lage, Jarl, Malte, Mauritz, Vilgot,
Ebbe, Eskil, Gottfrid, Jon, Nicklas, Kennet, Tor, Knut, Ragnar, Sigvard, Sixten, Sigurd, Bror,
Edvard, Enar, Georg, Gustaf, Hilding, Ingmar, John, Konrad, Lennarth, Mikail, Nisse, Ossian, Otto,
Rudolf, Sam, Sonny, Tim, Tony, Uffe, Vidar, Vilhelm, Walter, Algot, Alvar, Ante, Arthur, August,
Bruno, Casper, Charlie, Colin, Conny, Curt, Dag, Douglas, Egon, Elis, Elof, Erling, Ferdinand,
Fritiof, Frank, Halvar, Harry, Henning, Herbert, Ibrahim, Ismail, Ivan, Jack, Jacob, Jimmie,
Jonatan, Julius, Kasper, Kim, Leon, Lukas, Love, Manne, Markus, Mathias, Michael, Mohamed, Morgan,
Natanael, Neo, Nicolas, Nikola, Noel, Omar, Oscar, Patric, Paul, Pelle, Pierre, Ragnvald,
Reinhold, Ricky, Rikard, Roine, Ruben, Sigge, Silas, Stellan, Sverker, Svante, Thord, Thure, Tomi,
Torgny, Trygve, Ulrik, Urban, Valdemar, Wiktor, Yusuf, Zakaria, Åsbjörn, Abbe, Adrian, Albert,
Alex, Alvin, Amir, Anders-Petter, Arnold, Assar, Benny, Birk, Bill, Boris, Cornelis, Dante, Eddie,
Edward, Elvin, Emir, Enok, Eric, Felix, Fredric, Gideon, Glenn, Greger, Gunder, Hannes, Helmer,
Hussein, Isac, Jean, Jesse, Jim, Joachim, Joar, Jöns, Kalle, Kristian, Lave, Leopold, Levi, Loke,
Marvin, Matteo, Mats-Ola, Melker, Milton, Mio, Nikolaj, Njord, Per-Åke, Pehr, Reine, Ronald,
Samir, Seth, Staffan, Stanley, Sölve, Teodor, Tommie, Ulf-Göran, Valentin, Wille, Yasin
""",
    150,
)
SV_S = ranked(
    """
Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson, Gustafsson,
Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson, Carlsson,
Magnusson, Olofsson, Lindström, Lindqvist, Lindgren, Berg, Axelsson, Bergström, Lundberg, Lind,
Lundgren, Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Forsberg, Sjöberg,
Ali, Wallin, Mohammed, Engström, Eklund, Danielsson, Lundin, Håkansson, Björk, Bergman,
Gunnarsson, Holm, Wikström, Samuelsson, Isaksson, Fransson, Bergqvist, Nyström, Holmberg,
Arvidsson, Löfgren, Söderberg, Nyberg, Blomqvist, Claesson, Nordström, Ahmed, Mårtensson,
Lundström, Hassan, Viklund, Björklund, Eliasson, Pålsson, Berggren, Sandström, Lund, Nordin,
Ström, Åberg, Falk, Ekström, Hermansson, Holmgren, Hellström, Dahlberg, Hedlund, Sundberg,
Sjögren, Ek, Blom, Abrahamsson, Martinsson, Öberg, Andreasson, Strömberg, Månsson, Hansen,
Åkesson, Dahl, Lindholm, Norberg, Holmqvist, Sundqvist, Mohamed, Lindh, Ekman, Björkman,
Bergkvist, Hedberg, Sundström, Lindell, Jensen, Nordqvist, Engberg, Strand, Nylund, Johnsson,
Lindblom, Åström, Lindahl, Sjöström, Ahlberg, Öhman, Borg, Hedström, Nygren, Palm, Lilja, Ekberg,
Forslund, Nyman, Söderström, Hägglund, Ekholm, Bergh, Sundin, Hedman, Lindén, Ottosson, Sandin,
Nordlund, Omar, Ibrahim, Hussein, Stenberg, Berntsson, Lindkvist, Wiklund, Backman, Holmström,
Rosén, Edlund, Lindroth, Boström, Landström, Kristiansson, Åkerman, Mohammadi, Jacobsson,
Gustavsson, Petersson, Ohlsson, Carlberg, Dahlgren, Haglund, Hallberg, Högberg, Malm, Melin,
Moberg, Sjölund, Östlund, Ågren, Alm, Almqvist, Asplund, Backlund, Bodin, Brandt, Broberg,
Byström, Eng, Enqvist, Erlandsson, Fagerström, Fors, Franzén, Frid, Friberg, Granberg, Granström,
Grönlund, Hammar, Hedin, Hjalmarsson, Hultgren, Hägg, Jernberg, Kihlberg, Kjellberg, Klasson,
Kvist, Lagerqvist, Liljegren, Lindelöf, Ljung, Ljungberg, Ljunggren, Lundholm, Malmberg,
Malmqvist, Modig, Nord, Norén, Norling, Nyqvist, Palmqvist, Pihl, Rask, Roos, Rydberg, Rydén,
Sahlin, Sandell, Selander, Skog, Stark, Sten, Stenlund, Strömqvist, Svärd, Säll, Tell, Thor,
Thorén, Tornberg, Unger, Vall, Vikström, Wahlberg, Wahlström, Westberg, Westin, Wester, Wikander,
Zetterberg, Åhlin, Älmqvist, Östberg, Öhrn, Norrman, Brolin, Hultman, Kronberg, Lindmark,
Hammarström, Törnqvist, Grahn, Bäckström, Edström, Frisk, Hjelm, Ljungqvist, Sundell, Wennberg,
Åman, Abdi, Yousef, Khalil, Lindau, Nordgren, Nordh, Ahlström, Almgren, Andersén, Appelqvist,
Axelson, Bergendahl, Bergenholtz, Blix, Borgström, Brodin, Carlström, Dahlström, Ehrnberg, Ekdahl,
Ekblad, Ekwall, Elfving, Engdahl, Englund, Fahlén, Forsgren, Forsman, Gran, Grönberg, Gyllenberg,
Hagberg, Hagström, Hellberg, Hellgren, Holmén, Hylén, Hägglöf, Höglund, Jarl, Jernström, Kallin,
Kling, Kullberg, Lagerström, Lidén, Liljeqvist, Lindeberg, Lindvall, Ljungdahl, Lorentzon,
Lundell, Lundmark, Löf, Mellberg, Nordberg, Nyholm, Nylén, Olander, Palmgren, Qvist, Randström,
Rehn, Rosengren, Rudberg, Sahlén, Sandgren, Schön, Sellberg, Sjödin, Sjöholm, Skoglund, Stenström,
Strandberg, Sundén, Svanberg, Tallberg, Thunberg, Tidholm, Törnblom, Vesterlund, Wallgren,
Wennström, Wikman, Zackrisson, Åkerlund, Öst, Östman, von Platen, af Klercker, De Geer, von Essen,
af Ugglas, Gyllenstierna, Wachtmeister, Lewenhaupt, Abdullahi, Yilmaz, Nguyen, Korhonen, Kaya,
Hosseini, Nowak, Petrović, Demir, Rahimi
""",
    150,
)
# The UK: given names and surnames in the order of the ONS rankings (adults' and children's years).
UK_F = ranked(
    """
Sarah, Emma, Laura, Claire, Rebecca, Gemma, Rachel, Emily, Sophie, Charlotte, Hannah, Amy,
Jessica, Lauren, Katie, Nicola, Jennifer, Lisa, Helen, Samantha, Susan, Elizabeth, Margaret,
Victoria, Louise, Kelly, Amanda, Joanne, Michelle, Karen, Julie, Jane, Alison, Catherine, Olivia,
Amelia, Isla, Ava, Grace, Mia, Poppy, Ella, Lily, Evie, Isabella, Chloe, Lucy, Megan, Holly, Jade,
Natalie, Stephanie, Zoe, Danielle, Kirsty, Leanne, Stacey, Hayley, Kerry, Donna, Tracey, Sharon,
Deborah, Angela, Lynne, Patricia, Mary, Jean, Christine, Janet, Linda, Ann, Pauline, Carol,
Sandra, Wendy, Diane, Dawn, Gillian, Fiona, Heather, Caroline, Anna, Katherine, Kathryn, Abigail,
Eleanor, Georgia, Freya, Florence, Daisy, Phoebe, Alice, Ruby, Matilda, Harriet, Imogen, Millie,
Scarlett, Eva, Rosie, Erin, Molly, Niamh, Bethany, Shannon, Paige, Courtney, Kayleigh, Abbie,
Jasmine, Ellie, Amber, Maisie, Lydia, Esme, Harper, Willow, Sienna, Ivy, Aria, Maya, Elsie,
Beatrice, Iris, Penelope, Rose, Violet, Hazel, Edith, Margot, Thea, Joan, Sheila, Maureen, Brenda,
Barbara, Shirley, Valerie, Marion, Doreen, Irene, Joyce, Eileen, Sylvia, Beryl, Audrey, Gwendolyn,
Rita, Judith, Elaine, Yvonne, Lorraine, Jacqueline, Teresa, Sally, Kim, Jill, Jayne, Tina, Maxine,
Jo, Carla, Vicky, Leah, Toni, Sian, Rhian, Carys, Ffion, Eilidh, Morag, Siobhan, Aoife, Orla,
Priya, Aisha, Fatima, Amira, Zara, Hollie, Naomi, Martha, Nancy, Lottie, Tilly, Felicity, Verity
""",
    130,
)
UK_M = ranked(
    """
David, John, Paul, Michael, Andrew, James, Mark, Richard, Christopher, Stephen, Peter, Robert,
Daniel, Thomas, Matthew, Ian, Steven, Gary, Simon, Anthony, Kevin, Jonathan, Lee, Craig, Neil,
Martin, Adam, Jason, Darren, Stuart, Alan, Philip, Graham, Nicholas, Benjamin, Samuel, Joseph,
Jack, Oliver, Harry, George, Charlie, William, Jacob, Alfie, Noah, Oscar, Leo, Muhammad, Arthur,
Freddie, Archie, Henry, Theo, Luke, Ryan, Liam, Jamie, Callum, Connor, Joshua, Lewis, Dean, Wayne,
Carl, Shaun, Scott, Ross, Gareth, Barry, Keith, Brian, Colin, Kenneth, Roger, Trevor, Derek,
Terence, Raymond, Malcolm, Geoffrey, Nigel, Clive, Russell, Dennis, Roy, Gordon, Frank, Ronald,
Edward, Timothy, Patrick, Sean, Dominic, Alexander, Max, Toby, Finley, Harrison, Tyler, Bradley,
Jordan, Ethan, Mason, Logan, Reece, Kieran, Aaron, Nathan, Elliot, Louis, Joe, Jake, Dylan, Rhys,
Owen, Dafydd, Gethin, Hamish, Fraser, Angus, Euan, Rory, Ciaran, Declan, Mohammed, Ahmed, Rajesh,
Sanjay, Arjun, Hugo, Rupert, Tristan, Hugh, Giles, Jeremy, Julian, Vincent, Stanley, Albert,
Ernest, Leonard, Sidney, Harold, Walter, Norman, Cyril, Frederick, Reginald, Douglas, Ivor, Glyn,
Huw, Alistair, Duncan, Murray, Bruce, Grant, Warren, Glen, Lloyd, Marcus, Elliott, Jay, Kyle,
Ricky, Terry, Tony, Billy, Danny, Robbie, Jimmy
""",
    130,
)
UK_S = ranked(
    """
Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts, Robinson,
Thompson, Wright, Walker, White, Edwards, Hughes, Green, Hall, Lewis, Harris, Clarke, Patel,
Jackson, Wood, Turner, Martin, Cooper, Hill, Ward, Morris, Moore, Clark, Lee, King, Baker,
Harrison, Morgan, Allen, James, Scott, Phillips, Watson, Davis, Parker, Price, Bennett, Young,
Griffiths, Mitchell, Kelly, Cook, Carter, Richardson, Bailey, Collins, Bell, Shaw, Murphy, Miller,
Cox, Richards, Khan, Marshall, Anderson, Simpson, Ellis, Adams, Singh, Begum, Wilkinson, Foster,
Chapman, Powell, Webb, Rogers, Gray, Mason, Ali, Hunt, Hussain, Campbell, Matthews, Owen, Palmer,
Holmes, Mills, Barnes, Knight, Lloyd, Butler, Russell, Barker, Fisher, Stevens, Jenkins, Murray,
Dixon, Harvey, Graham, Pearson, Ahmed, Fletcher, Walsh, Kaur, Gibson, Howard, Andrews, Stewart,
Elliott, Reynolds, Saunders, Payne, Fox, Ford, Pearce, Day, Brooks, West, Lawrence, Cole,
Atkinson, Bradley, Spencer, Gill, Dawson, Ball, Burton, O'Brien, Watts, Rose, Booth, Perry, Ryan,
Grant, Wells, Armstrong, Francis, Rees, Hayes, Hart, Hudson, Newman, Barrett, Webster, Hunter,
Gregory, Carr, Lowe, Page, Marsh, Riley, Dunn, Woods, Parsons, Berry, Stone, Reid, Holland,
Hawkins, Harding, Porter, Robertson, Newton, Oliver, Reed, Kennedy, Williamson, Bird, Gardner,
Shah, Dean, Lane, Cooke, Bates, Henderson, Parry, Burgess, Bishop, Walton, Burns, Nicholson,
Shepherd, Ross, Cross, Long, Freeman, Warren, Nicholls, Hamilton, Byrne, Sutton, McDonald, Yates,
Hodgson, Robson, Curtis, Hopkins, O'Connor, Harper, Coleman, Watkins, Moss, McCarthy, Chambers,
O'Neill, Griffin, Sharp, Hardy, Wheeler, Potter, Osborne, Johnston, Gordon, Doyle, Wallace,
George, Jordan, Hutchinson, Rowe, Burke, May, Pritchard, Gilbert, Willis, Higgins, Read, Miles,
Stephenson, Slater, Bolton, Lucas, Frost, Barton, Holt, Kirby, Norris, Bryant, Sanders,
Cunningham, Fleming, Davidson, Duncan, Lambert, Hewitt, Fraser, Macleod, MacKenzie, Sinclair,
Gallagher, Quinn, Doherty, Kaur-Singh, Chowdhury, Rahman, Islam, Mistry, Okafor, Mensah, Nowak,
Kowalski, Fernandes, Da Silva, Nguyen, Chen, Wong, Bowen, Pugh, Vaughan, Prosser, Howells,
Llewellyn, Meredith, Tudor, Crawford, Lindsay, Muir, Paterson, Ferguson, McLean, Kerr, Boyle
""",
    150,
)
# The US: the Census 1990 lists (public domain), copied from the `names` package's data files;
# the census per cent as weight.
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
0.043, Gayle 0.043, Della 0.043, Vicky 0.043, Lynne 0.043, Sheri 0.042, Marianne 0.042, Kara
0.041, Jacquelyn 0.041, Erma 0.041, Blanca 0.041, Myra 0.040, Leticia 0.040, Pat 0.040, Krista
0.040, Roxanne 0.040, Angelica 0.039, Johnnie 0.039, Robyn 0.039, Francis 0.039, Adrienne 0.039,
Rosalie 0.039, Alexandra 0.039, Brooke 0.039, Bethany 0.039, Sadie 0.039, Bernadette 0.039
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
0.032, Delbert 0.031, Colin 0.031, Guillermo 0.031, Earnest 0.031, Lucas 0.031, Benny 0.030,
Noel 0.030, Spencer 0.030, Rodolfo 0.030, Myron 0.030, Edmund 0.030, Garrett 0.029, Salvatore
0.029, Cedric 0.029, Lowell 0.029, Gregg 0.029, Sherman 0.028, Wilson 0.028, Devin 0.028,
Sylvester 0.028, Kim 0.028, Roosevelt 0.028, Israel 0.028, Jermaine 0.028
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
0.027, Tyler 0.027, Gross 0.027, Fitzgerald 0.027, Stokes 0.027, Doyle 0.027, Sherman 0.027,
Saunders 0.027, Wise 0.027, Colon 0.027, Gill 0.027, Alvarado 0.027, Greer 0.026, Padilla 0.026,
Simon 0.026, Waters 0.026, Nunez 0.026, Ballard 0.026, Schwartz 0.026, McBride 0.026, Houston
0.026, Christensen 0.026, Klein 0.026, Pratt 0.026, Briggs 0.026, Parsons 0.026, McLaughlin
0.026, Zimmerman 0.026, French 0.026, Buchanan 0.026, Moran 0.026, Copeland 0.025, Roy 0.025,
Pittman 0.025, Brady 0.025, McCormick 0.025, Holloway 0.025
"""

US_F_POOL = census(US_F)
US_M_POOL = census(US_M)
US_S_POOL = census(US_S)

# Origins common in Sweden: their commonest given names and surnames, 1/rank, head 10.
WORLD = {
    "finnish": (
        "Anna, Maria, Helena, Johanna, Kaarina, Marjatta, Tuula, Anneli, Päivi, Riitta, Leena, Sari, Pirjo, Minna, Tiina, Sirpa, Merja, Aino, Eija, Hannele, Satu, Liisa, Seija, Marja, Tarja, Ritva, Annikki, Kirsi, Outi, Aila",
        "Juha, Timo, Matti, Kari, Mikko, Jari, Antti, Jukka, Mika, Markku, Pekka, Hannu, Heikki, Seppo, Janne, Ari, Sami, Petri, Ville, Tapio, Juhani, Esa, Veikko, Pentti, Risto, Jouni, Tuomas, Olli, Kalevi, Raimo",
        "Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen, Hietala, Kärkkäinen, Räsänen, Honkanen",
    ),
    "arabic": (  # Iraq, Syria, Lebanon, Palestine; Assyrian/Syriac names among them
        "Fatima, Maryam, Zainab, Noor, Sara, Amina, Hiba, Rana, Lina, Yasmin, Huda, Rasha, Reem, Layla, Dalia, Nour, Aya, Rawan, Shahad, Hala, Samira, Sana, Jamila, Nadia, Raghad, Ninorta, Shamiram, Ninva, Nahrin, Marta",
        "Mohammed, Ahmed, Ali, Hassan, Hussein, Omar, Mustafa, Ibrahim, Mahmoud, Khaled, Yousef, Abdullah, Karim, Sami, Tariq, Hamid, Bilal, Said, Walid, Rami, Jamal, Nabil, Firas, Ammar, Haidar, Adnan, Sargon, Ninos, Ashur, Afram, Nineb, Yacoub, Gabriel",
        "Ali, Mohammed, Ahmed, Hassan, Hussein, Ibrahim, Abdullah, Khalil, Saleh, Mahmoud, Haddad, Yousef, Mansour, Nasser, Aziz, Jaber, Abbas, Kareem, Salman, Hamdan, Al-Hassani, Al-Jabouri, Al-Obaidi, Shamoun, Barsoum, Yacoub, Saliba, Malke, Touma, Khoury, Danho, Lahdo, Gewargis, Isa",
    ),
    "somali": (
        "Fadumo, Hodan, Amina, Sahra, Hawa, Ayaan, Faadumo, Khadra, Ifrah, Nimco, Sagal, Halima, Asha, Maryan, Ubah, Safiya, Deqa, Hibo, Ladan, Filsan",
        "Mohamed, Abdi, Ahmed, Abdullahi, Hassan, Ali, Omar, Yusuf, Abdirahman, Mahad, Liban, Abdikarim, Hussein, Ismail, Said, Farah, Abdiaziz, Mukhtar, Bashir, Guled",
        "Mohamed, Abdi, Ahmed, Ali, Hassan, Omar, Farah, Warsame, Abdullahi, Osman, Jama, Ismail, Yusuf, Hussein, Aden, Nur, Hersi, Elmi, Mohamud, Dahir, Egal, Adan, Abdulle, Gedi",
    ),
    "polish": (
        "Anna, Katarzyna, Maria, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Magdalena, Elżbieta, Joanna, Aleksandra, Monika, Zofia, Teresa, Danuta, Natalia, Julia, Karolina, Marta, Beata, Dorota, Halina, Jadwiga, Justyna, Grażyna, Paulina, Weronika",
        "Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Jan, Michał, Marcin, Stanisław, Jakub, Adam, Marek, Łukasz, Grzegorz, Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Jerzy, Maciej, Kamil, Rafał, Robert, Sławomir, Przemysław",
        "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Wojciechowski, Kwiatkowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Wróbel, Nowicki, Zawadzki, Czarnecki, Wysocki, Głowacki, Sadowski",
    ),
    "persian": (
        "Maryam, Fatemeh, Zahra, Sara, Neda, Leila, Shirin, Parisa, Mina, Nasrin, Roya, Azadeh, Shabnam, Mahsa, Nazanin, Golnaz, Samira, Tara, Niloufar, Farnaz, Yasaman, Setareh, Parvin, Soheila",
        "Mohammad, Ali, Reza, Hossein, Mehdi, Amir, Hamid, Saeed, Behzad, Dariush, Kourosh, Babak, Farhad, Arash, Omid, Ramin, Payam, Shahram, Majid, Navid, Kaveh, Pouya, Siavash, Bijan",
        "Mohammadi, Hosseini, Ahmadi, Rezaei, Moradi, Karimi, Hashemi, Rahimi, Jafari, Ghorbani, Sadeghi, Mousavi, Rostami, Kazemi, Abbasi, Akbari, Heidari, Najafi, Tehrani, Shirazi, Farahani, Esfahani, Rahmani, Amini, Nazari, Bagheri, Soltani, Khosravi",
    ),
    "bcs": (  # Bosnian, Serbian, Croatian
        "Amra, Emina, Selma, Lejla, Aida, Jasmina, Azra, Mirsada, Senada, Elma, Ana, Marija, Jelena, Ivana, Snežana, Dragana, Vesna, Mirjana, Suzana, Milena, Maja, Sanja, Ljiljana, Nevena, Dženana, Amela, Alma",
        "Emir, Adnan, Haris, Mirza, Amir, Kenan, Edin, Nermin, Senad, Dženan, Ivan, Marko, Nikola, Stefan, Dragan, Zoran, Goran, Milan, Dejan, Nenad, Darko, Mladen, Željko, Tomislav, Josip, Ante, Branko, Slobodan",
        "Hodžić, Hadžić, Begić, Delić, Kovačević, Mehmedović, Salihović, Husić, Ibrahimović, Mujić, Alić, Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Popović, Pavlović, Horvat, Babić, Knežević, Jurić, Marić, Kovačić, Perić, Vuković, Šarić, Radić, Tomić, Mešić, Smajić",
    ),
    "turkish": (
        "Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Meryem, Sultan, Zehra, Hülya, Özlem, Derya, Gül, Esra, Merve, Büşra, Ebru, Sevgi, Yasemin, Aylin, Dilek, Songül, Hacer, Leyla",
        "Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Osman, Yusuf, Murat, Ömer, Ramazan, Halil, Süleyman, Abdullah, Mahmut, Recep, Emre, Burak, Serkan, Kemal, Cem, Erdem, Onur, Volkan",
        "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Erdoğan, Güneş, Aktaş, Korkmaz, Bulut, Karaca, Tekin, Akgül, Ünal",
    ),
    "eritrean": (  # Tigrinya names; the father's name serves as the surname
        "Helen, Senait, Selam, Yordanos, Mebrat, Tsega, Saba, Rahel, Hiwet, Feven, Luwam, Eden, Winta, Ruta, Semhar, Mihret, Adiam, Yohana, Elsa, Aster, Milen, Tirhas",
        "Yonas, Daniel, Tesfay, Samuel, Dawit, Michael, Yohannes, Robel, Filmon, Henok, Biniam, Kidane, Mehari, Tekle, Habtom, Goitom, Amanuel, Merhawi, Ermias, Berhane, Awet, Simon, Isaias, Semere",
        "Tesfay, Tekle, Gebremariam, Haile, Ghebreyesus, Berhane, Kidane, Mehari, Habte, Woldu, Tewolde, Asmerom, Ghirmay, Kahsay, Andemariam, Tesfamariam, Zerai, Gebru, Yemane, Negash, Weldemichael, Abraha, Hagos, Solomon, Mebrahtu",
    ),
    "afghan": (
        "Fatima, Maryam, Zahra, Mursal, Frishta, Nilofar, Shabana, Parwana, Madina, Zarmina, Mahbooba, Nazia, Sadia, Laila, Habiba, Roya, Masooda, Hosai, Marwa, Sahar",
        "Mohammad, Ahmad, Ali, Abdul, Mustafa, Hamid, Jawad, Sayed, Naweed, Omid, Ehsan, Farid, Wahid, Rahim, Karim, Hassan, Hussain, Mahdi, Zabiullah, Habib, Rohullah, Shafiq, Mansoor, Murtaza, Bashir, Samiullah",
        "Ahmadi, Mohammadi, Hussaini, Rahimi, Karimi, Hakimi, Sultani, Nazari, Haidari, Jafari, Rezaie, Amiri, Stanikzai, Popal, Ahmadzai, Safi, Wardak, Barakzai, Noori, Sharifi, Habibi, Azizi, Hashimi, Qaderi, Yousufzai",
    ),
    "thai": (
        "Siriporn, Supaporn, Pranee, Malee, Sunisa, Wanida, Kanya, Nattaya, Ratana, Jintana, Pornthip, Suwanna, Nipa, Thanyarat, Kanokwan, Pimchanok, Chutima, Saowanee, Duangjai, Wassana, Orathai, Anchalee",
        "Somchai, Somsak, Prasert, Anan, Surachai, Wichai, Somboon, Thawatchai, Chaiwat, Sakchai, Nattapong, Kittisak, Surasak, Anucha, Sombat, Thanakorn, Apichat, Pichit, Boonchu, Narong",
        "Saetang, Srisuk, Wongsawat, Chaiyaphum, Suksawat, Boonsong, Kaewkham, Thongdee, Phromma, Sirisombat, Rattanakorn, Chanthavong, Wongchai, Jaidee, Inthasorn, Sukprasert, Khamsuk, Pongsakorn, Thongchai, Sriwong, Kongkaew",
    ),
    "latin": (  # Chile first, then Latin America; two surnames, the father's and the mother's
        "María, Carolina, Claudia, Andrea, Paola, Daniela, Camila, Valentina, Francisca, Javiera, Catalina, Constanza, Patricia, Verónica, Marcela, Ximena, Gabriela, Lorena, Paulina, Sofía, Fernanda, Alejandra, Macarena, Isabel",
        "Juan, José, Luis, Carlos, Jorge, Cristián, Francisco, Pablo, Diego, Rodrigo, Felipe, Sebastián, Matías, Andrés, Manuel, Patricio, Sergio, Ricardo, Miguel, Héctor, Raúl, Alejandro, Gonzalo, Nicolás",
        "González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo, Tapia, Reyes, Gutiérrez, Castro, Pizarro, Álvarez, Vásquez, Sánchez, Fernández, Ramírez, Carrasco, Gómez, Cortés, Herrera, Núñez",
    ),
    "kurdish": (
        "Berfin, Rojin, Zozan, Dilan, Hevi, Nazdar, Shilan, Avin, Jiyan, Bahar, Nasrin, Rozhin, Sozdar, Ronahi, Gulistan, Zilan, Narin, Helin, Shirin, Nergiz, Evin",
        "Azad, Rebwar, Dilshad, Karwan, Hiwa, Shwan, Baran, Rojhat, Serhat, Zana, Kawa, Aram, Soran, Dara, Ari, Renas, Sherzad, Bawan, Diyar, Delil, Hogir, Welat",
        "Ahmed, Mohammed, Rashid, Aziz, Hassan, Karim, Mahmoud, Amin, Abdullah, Qadir, Hussein, Ismail, Salih, Mustafa, Omar, Othman, Zebari, Dosky, Berwari, Sindi, Rasul, Faraj, Hawrami, Hamad, Tahir, Bakir",
    ),
    "ukrainian": (
        "Olena, Natalia, Iryna, Tetiana, Oksana, Svitlana, Yulia, Kateryna, Anastasiia, Viktoriia, Mariia, Olha, Liudmyla, Halyna, Nadiia, Alina, Daria, Sofiia, Valentyna, Larysa, Khrystyna",
        "Oleksandr, Serhii, Andrii, Volodymyr, Dmytro, Oleh, Mykola, Ivan, Yurii, Viktor, Vasyl, Mykhailo, Vitalii, Bohdan, Taras, Maksym, Roman, Ihor, Petro, Artem, Denys",
        "Melnyk, Shevchenko, Boiko, Kovalenko, Bondarenko, Tkachenko, Kovalchuk, Kravchenko, Oliinyk, Shevchuk, Koval, Polishchuk, Bondar, Tkachuk, Moroz, Marchenko, Lysenko, Rudenko, Savchenko, Petrenko, Klymenko, Pavlenko, Kravchuk, Kuzmenko",
    ),
    "indian": (
        "Priya, Anjali, Pooja, Neha, Divya, Sneha, Kavya, Lakshmi, Deepa, Swati, Shruti, Aishwarya, Meera, Ananya, Sunita, Rekha, Nisha, Shreya, Ritu, Harpreet, Simran, Gurpreet",
        "Rahul, Amit, Rajesh, Suresh, Vikram, Arjun, Sanjay, Ravi, Anil, Karthik, Vijay, Rohit, Deepak, Manoj, Sunil, Pradeep, Harish, Aditya, Nikhil, Srinivas, Harjit, Manpreet",
        "Kumar, Singh, Sharma, Patel, Reddy, Gupta, Shah, Iyer, Nair, Rao, Joshi, Mehta, Verma, Kaur, Das, Menon, Pillai, Agarwal, Chopra, Banerjee, Krishnan, Desai, Bhat, Kulkarni",
    ),
    "chinese": (
        "Jing, Yan, Ying, Xin, Hui, Li, Mei, Fang, Lin, Juan, Xia, Ling, Ting, Qian, Yue, Xiaomei, Yuting, Shu, Na, Min",
        "Wei, Jun, Lei, Hao, Jie, Tao, Ming, Qiang, Bin, Yong, Gang, Peng, Chao, Feng, Jian, Long, Yang, Zhiwei, Hong, Bo",
        "Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, He, Lin, Gao, Luo, Zheng, Liang",
    ),
    "german": (
        "Ursula, Sabine, Monika, Petra, Andrea, Claudia, Susanne, Stefanie, Julia, Katrin, Anja, Nicole, Birgit, Karin, Christine, Gabriele, Heike, Renate, Anna, Lena, Laura, Lea, Sarah, Hannah, Jana",
        "Thomas, Michael, Andreas, Peter, Stefan, Frank, Klaus, Jürgen, Wolfgang, Christian, Markus, Uwe, Dirk, Jörg, Matthias, Tobias, Florian, Sebastian, Jan, Lukas, Felix, Jonas, Maximilian, Dieter, Hans",
        "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, Hofmann, Hartmann, Lange, Schmitt, Werner, Schmitz, Krause, Meier",
    ),
}  # fmt: skip

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_F, SV_M, SV_S),
    "us": Origin(census(US_F), census(US_M), census(US_S)),
    "uk": Origin(UK_F, UK_M, UK_S),
    **{key: Origin(*(ranked(text, 10) for text in lists)) for key, lists in WORLD.items()},
}

# Who is named, per language of the row: Sweden's population in Swedish and mixed text (Swedish
# names the most), the English-speaking world in English text with Sweden's people among them.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5, "eritrean": 1.2,
        "ukrainian": 1.2, "german": 1, "thai": 1, "latin": 1, "indian": 0.8, "chinese": 0.7,
        "uk": 0.8, "us": 0.6,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 9, "indian": 3, "arabic": 2, "polish": 2, "latin": 2,
        "chinese": 1.5, "german": 1, "finnish": 1, "somali": 1, "persian": 1, "turkish": 1,
        "ukrainian": 0.8, "bcs": 0.6, "thai": 0.6, "eritrean": 0.5, "afghan": 0.5, "kurdish": 0.4,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 10, "arabic": 5, "finnish": 3, "polish": 3, "persian": 2.5,
        "bcs": 2.5, "indian": 2, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5, "afghan": 1.5,
        "ukrainian": 1.2, "german": 1.2, "eritrean": 1, "thai": 1, "latin": 1, "chinese": 0.8,
    },
}  # fmt: skip

# Swedish double given names as the commonest pairs have them: a first half, and the second halves
# it takes (`Anna-Karin`, `Eva-Lena`, `Karl-Erik`, `Lars-Göran`).
SECOND_GIVEN: dict[str, dict[str, tuple[str, ...]]] = {
    "f": {
        "Anna": ("Karin", "Lena", "Maria", "Carin", "Stina", "Sofia"), "Eva": ("Lena", "Britt", "Karin", "Marie"),
        "Ann": ("Marie", "Christin", "Sofie", "Louise", "Charlotte"), "Ulla": ("Britt", "Karin", "Stina"),
        "Maj": ("Britt", "Lis"), "Britt": ("Marie", "Inger", "Louise"), "Lena": ("Maria",), "Marie": ("Louise",),
        "Inga": ("Lill", "Britt"), "Karin": ("Maria",), "Maria": ("Theresia",), "Lisa": ("Marie",),
    },
    "m": {
        "Karl": ("Erik", "Johan", "Gustav", "Axel", "Oskar"), "Lars": ("Erik", "Göran", "Olof", "Åke", "Gunnar"),
        "Per": ("Olof", "Erik", "Anders", "Åke"), "Jan": ("Erik", "Olof", "Åke", "Ove"), "Carl": ("Johan", "Gustav", "Fredrik"),
        "Nils": ("Erik", "Olof", "Gunnar"), "Sven": ("Erik", "Olof", "Åke"), "Bo": ("Göran", "Anders"),
        "Hans": ("Olof", "Erik", "Åke"), "Kjell": ("Åke", "Ove"), "Erik": ("Johan",), "Stig": ("Olof",),
    },
}  # fmt: skip

# Short forms people are called by (`Lasse` for Lars, `Liz` for Elizabeth), per origin.
_NICK_SV = {
    "Lars": ("Lasse",), "Mikael": ("Micke",), "Joakim": ("Jocke",), "Karl": ("Kalle",),
    "Carl": ("Calle",), "Per": ("Pelle", "Pär"), "Magnus": ("Mange",), "Thomas": ("Tompa",),
    "Tomas": ("Tompa",), "Marcus": ("Mackan",), "Markus": ("Mackan",), "Fredrik": ("Fredde",),
    "Daniel": ("Danne",), "Patrik": ("Patte",), "Niklas": ("Nicke",), "Mattias": ("Matte",),
    "Robert": ("Robban",), "Jonas": ("Jonte",), "Gustav": ("Gurra", "Gusse"), "Henrik": ("Henke",),
    "Olof": ("Olle",), "Johan": ("Jojje",), "Stefan": ("Steffe",), "Kenneth": ("Kenta",),
    "Rickard": ("Ricke",), "Tobias": ("Tobbe",), "Sebastian": ("Sebbe",), "Alexander": ("Alex",),
    "Rolf": ("Roffe",), "Christoffer": ("Stoffe",), "Kristoffer": ("Kris",), "Andreas": ("Andy",),
    "Jörgen": ("Jögge",), "Ulf": ("Uffe",), "Nils": ("Nisse",), "Albin": ("Abbe",),
    "Sigvard": ("Sigge",), "Wilhelm": ("Wille",), "Hampus": ("Hampe",),
    "Elisabeth": ("Lisa", "Bettan", "Lisbeth"), "Elisabet": ("Bettan",), "Margareta": ("Maggan", "Greta"),
    "Birgitta": ("Bittan", "Gittan"), "Kristina": ("Stina", "Kicki"), "Christina": ("Kicki", "Tina"),
    "Charlotte": ("Lotta",), "Charlotta": ("Lotta",), "Susanne": ("Sussie", "Sanna"),
    "Katarina": ("Kajsa", "Katta"), "Karolina": ("Carro",), "Caroline": ("Carro",),
    "Marianne": ("Mian",), "Cecilia": ("Cissi", "Cilla"), "Gunilla": ("Gunnis",),
    "Viktoria": ("Vicky",), "Madeleine": ("Madde",), "Josefin": ("Jossan",), "Jessica": ("Jessan",),
    "Therese": ("Tessan",), "Rebecka": ("Becka",), "Matilda": ("Tilda",), "Ann-Christin": ("Anki",),
    "Ann-Kristin": ("Anki",), "Camilla": ("Milla",), "Ingegerd": ("Inga",), "Alexandra": ("Alex",),
    "Annika": ("Anki",), "Emelie": ("Emmi",), "Gabriella": ("Gabbi",),
}  # fmt: skip
_NICK_EN = {
    "William": ("Will", "Bill"), "Robert": ("Rob", "Bob"), "James": ("Jim", "Jamie"),
    "John": ("Johnny", "Jack"), "Michael": ("Mike",), "Richard": ("Rick", "Rich"),
    "Thomas": ("Tom",), "Christopher": ("Chris",), "Daniel": ("Dan", "Danny"), "Matthew": ("Matt",),
    "Anthony": ("Tony",), "Joseph": ("Joe",), "David": ("Dave",), "Charles": ("Charlie",),
    "Edward": ("Ed", "Ted"), "Andrew": ("Andy",), "Stephen": ("Steve",), "Steven": ("Steve",),
    "Benjamin": ("Ben",), "Samuel": ("Sam",), "Alexander": ("Alex",), "Nicholas": ("Nick",),
    "Jonathan": ("Jon",), "Timothy": ("Tim",), "Patrick": ("Pat",), "Peter": ("Pete",),
    "Gregory": ("Greg",), "Kenneth": ("Ken",), "Ronald": ("Ron",), "Donald": ("Don",),
    "Raymond": ("Ray",), "Gerald": ("Gerry",), "Frederick": ("Fred",), "Alfred": ("Alfie",),
    "Elizabeth": ("Liz", "Beth"), "Jennifer": ("Jen", "Jenny"), "Margaret": ("Maggie", "Peggy"),
    "Katherine": ("Kate", "Katie"), "Catherine": ("Cathy", "Kate"), "Kathleen": ("Kathy",),
    "Rebecca": ("Becky",), "Victoria": ("Vicky",), "Samantha": ("Sam",), "Jessica": ("Jess",),
    "Susan": ("Sue",), "Deborah": ("Debbie",), "Patricia": ("Pat", "Trish"),
    "Christine": ("Chris",), "Kimberly": ("Kim",), "Alexandra": ("Alex",), "Abigail": ("Abbie",),
    "Eleanor": ("Ellie",), "Charlotte": ("Lottie",), "Dorothy": ("Dot",), "Barbara": ("Barb",),
    "Cynthia": ("Cindy",), "Pamela": ("Pam",), "Stephanie": ("Steph",), "Nicola": ("Nicky",),
}  # fmt: skip
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": _NICK_SV,
    "us": _NICK_EN,
    "uk": _NICK_EN,
    "finnish": {"Juhani": ("Jussi",), "Matti": ("Masa",), "Johanna": ("Hanna",)},
    "polish": {"Katarzyna": ("Kasia",), "Małgorzata": ("Gosia",), "Aleksandra": ("Ola",), "Magdalena": ("Magda",), "Joanna": ("Asia",), "Krzysztof": ("Krzysiek",), "Tomasz": ("Tomek",), "Wojciech": ("Wojtek",), "Piotr": ("Piotrek",), "Grzegorz": ("Grzesiek",)},
    "latin": {"Francisca": ("Pancha",), "José": ("Pepe",), "Francisco": ("Pancho",), "Alejandro": ("Ale",)},
    "ukrainian": {"Oleksandr": ("Sasha",), "Volodymyr": ("Volodia",), "Kateryna": ("Katia",), "Anastasiia": ("Nastia",)},
    "arabic": {"Mohammed": ("Mo",), "Abdullah": ("Abdi",)},
    "german": {"Wolfgang": ("Wolf",), "Maximilian": ("Max",), "Stefanie": ("Steffi",)},
}  # fmt: skip
