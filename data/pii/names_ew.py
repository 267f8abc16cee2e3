# ruff: noqa: E501
"""Name pools of held-out EW (issue 15), weighted by how often people carry the names.

Python data, written by EW's writer from general knowledge of the published name statistics and
not checked against anything in the repository: Swedish given names and surnames in the order of
SCB's name statistics (weight 1/rank, head the top 150, a tail of rarer names past them), the US
Census 1990 lists (copied from the `names` package's `dist.female.first`, `dist.male.first` and
`dist.all.last`, the census per cent as weight, head 150), UK given names and surnames in the
order of the ONS rankings (1/rank), and the commonest names of the origins common in Sweden
(1/rank, head 10). No name was left out for being known or unknown.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this probability, else the tail


@dataclass(frozen=True)
class Pool:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int  # the first `head` names are the head of the list, the rest its tail


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def _unique(words: str) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for word in words.split(","):
        word = word.strip()
        if word:
            seen.setdefault(word, None)
    return tuple(seen)


def ranked(words: str, head: int) -> Pool:
    """A list in rank order (commas between names), weight 1/rank."""
    names = _unique(words)
    return Pool(names, tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names)))


def census(rows: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A US Census 1990 list: each name with its per cent of the population as weight."""
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


def plain(word: str) -> str:
    """A name typed without its letters (`Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`)."""
    word = word.replace("ł", "l").replace("Ł", "L").replace("đ", "dj").replace("Đ", "Dj")
    word = word.replace("ı", "i").replace("İ", "I")
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: -ski/-cki/-dzki end in -ska/-cka/-dzka."""
    for end in ("ski", "cki", "dzki"):
        if surname.endswith(end):
            return surname[:-1] + "a"
    return surname


# --- Sweden (SCB's name statistics, rank order as the writer knows it) ---------------------------

SV_F = """Anna, Eva, Maria, Karin, Kristina, Lena, Sara, Kerstin, Emma, Ingrid, Marie, Malin, Jenny,
Hanna, Inger, Birgitta, Linda, Annika, Sofia, Elin, Susanne, Monica, Johanna, Ulla, Carina,
Elisabeth, Julia, Katarina, Ida, Helena, Linnéa, Camilla, Marianne, Åsa, Sandra, Anette, Gunilla,
Margareta, Anneli, Therese, Cecilia, Josefin, Ebba, Frida, Maja, Lisa, Amanda, Matilda, Alice,
Elsa, Agneta, Caroline, Louise, Lina, Barbro, Siv, Yvonne, Wilma, Ann, Gun, Ulrika, Pia,
Charlotte, Madeleine, Jessica, Anita, Moa, Emelie, Klara, Ella, Erika, Gunnel, Britt, Inga,
Astrid, Viktoria, Mona, Ellen, Ingela, Sofie, Isabelle, Agnes, Lovisa, Helen, Felicia, Mikaela,
Alexandra, Olivia, Stina, Nathalie, Vera, Saga, Tove, Elvira, Ann-Christin, Ann-Marie,
Britt-Marie, Marita, Solveig, Gerd, Rut, Ingegerd, Margit, Berit, Irene, Ewa, Ylva, Sanna,
Jeanette, Petra, Lisbeth, Viola, Ronja, Tilda, Elina, Nora, Freja, Signe, Selma, Tyra, Alva,
Ester, Greta, Märta, Sigrid, Hedvig, Emilia, Evelina, Rebecca, Rebecka, Jennie, Kajsa, Linn, Mia,
Nina, Paula, Rakel, Tina, Veronica, Fanny, Hillevi, Charlotta, Christina, Maj, Eleonora, Elisabet,
Gudrun, Lilian, Iris, Majken,
Ann-Kristin, Anna-Karin, Anna-Lena, Eva-Lena, Ann-Sofie, Ann-Louise, Marie-Louise, Mari,
Mariana, Marlene, Lill, Lillemor, Laila, Lotta, Kicki, Bodil, Brita, Britta, Dagny, Edit, Edla,
Elvy, Estrid, Gertrud, Hjördis, Ingeborg, Judit, Lilly, Mirja, Nellie, Ragnhild, Svea, Tekla,
Tora, Tuva, Ulrica, Vanja, Vivianne, Alma, Asta, Beda, Alfhild, Agda, Aina, Amelia, Angelica,
Annelie, Annette, Annie, Astri, Barbara, Beatrice, Bella, Benita, Berith, Birgit, Blenda, Cajsa,
Carin, Carita, Carola, Catarina, Cathrine, Christel, Clara, Dagmar, Daniela, Denise, Desirée,
Edith, Elise, Ellinor, Elly, Elna, Emmy, Engla, Evy, Filippa, Gabriella, Gullan, Gunhild, Gunvor,
Harriet, Hedda, Heidi, Helén, Hilda, Hilma, Ingalill, Irma, Isa, Jonna, Josefine, Juni,
Karolina, Katja, Katrin, Kristin, Lea, Leila, Lilja, Liv, Lo, Lova, Lovis, Lucia, Madelene,
Magdalena, Maj-Britt, Majvor, Malva, Margaretha, Maud, Meja, Minna, My, Nanna, Nelly, Nova,
Ottilia, Pernilla, Rosa, Rose-Marie, Sally, Sigbritt, Sigun, Silvia, Siri, Solbritt, Sonja,
Stella, Sylvia, Tea, Teresia, Thea, Thyra, Tindra, Ulla-Britt, Valborg, Vendela, Vilma,
Virginia, Vivi, Wera, Yrsa, Åse, Elsy, Gerda, Inez, Irja, Jolin, Lisen, Louisa, Marit, Nadja,
Pauline, Ritva, Wilhelmina, Alicia, Ann-Britt, Ann-Charlotte, Ann-Katrin, Anna-Maria,
Britt-Inger, Eva-Karin, Gun-Britt, Inga-Lill, Mari-Ann, Ingbritt, Gunlög, Ingrid-Marie, Åsa-Lena,
Signhild, Sara-Lena, Hervor, Alida, Elvira-Sofie, Solvig, Karolin, Annica, Jannike, Elenor,
Aurora, Embla, Ingvor, Gunni, Laura, Lykke, Märit, Nathalia, Rigmor, Sigrun, Siw, Unni, Vivan,
Elisa, Eira, Idun, Ingegärd, Jenni, Lisette, Madicken, Mirjam, Monika, Nicole, Patricia, Ramona,
Rosita, Sabina, Sigyn, Susann, Tuulikki, Tanja, Therése, Ulla-Karin, Wivi, Åsa-Karin, Gunnvor,
Edvina, Hulda, Kaisa, Tiina"""

SV_M = """Lars, Mikael, Anders, Johan, Erik, Per, Karl, Peter, Jan, Thomas, Daniel, Fredrik, Hans,
Bengt, Andreas, Stefan, Mats, Nils, Magnus, Bo, Marcus, Jonas, Mattias, Alexander, Leif, Sven,
Björn, Martin, Niklas, Ulf, Patrik, Göran, Christer, Henrik, Oskar, Gustav, Kjell, Lennart, David,
Carl, Håkan, Robert, Axel, Emil, Simon, Viktor, Stig, Tommy, Roger, Christian, Olof, Joakim,
Anton, Filip, William, Kent, Rolf, Kenneth, Sebastian, Gunnar, Jonathan, Tobias, Kristoffer,
Rickard, Jesper, Hampus, Jakob, Ingvar, Elias, Linus, Lucas, Oliver, Ludvig, Arvid, Isak, Hugo,
Adam, Ove, Roland, Åke, Rune, Tomas, Robin, Jimmy, Dennis, Claes, Torbjörn, Ola, Arne, Kurt,
Bertil, Gösta, Ingemar, Sune, Allan, Rasmus, Samuel, Albin, Victor, Edvin, Vincent, Melvin, Theo,
Liam, Noah, Felix, Leo, Gabriel, Benjamin, Elliot, Kevin, Pontus, Joel, Johannes, Jens, Jörgen,
Morgan, Urban, Conny, Tony, Sten, Harald, Gustaf, Einar, Erling, Ragnar, Helge, Tage, Birger,
Evert, Alf, Lage, Karl-Erik, Lars-Göran, Per-Olof, Jan-Erik, Kim, Lukas, Malte, Max, Melker,
Otto, Sixten, Wilhelm, Valter, Ture, Ivar, Mohammed, Ali, Lars-Erik, Sven-Erik,
Agne, Alvar, Ambjörn, Anselm, Arnold, Artur, Assar, Bengt-Åke, Bernt, Bror, Börje, Carl-Axel,
Casper, Dag, Egon, Elof, Elis, Emanuel, Erland, Esbjörn, Eskil, Folke, Fritiof, Georg, Gert,
Gillis, Gottfrid, Greger, Gudmund, Halvar, Hans-Erik, Helmer, Henning, Herbert, Hjalmar, Holger,
Inge, Ingmar, Ivan, Jack, Jarl, Jerker, Joar, Jon, Josef, Julius, Kaj, Karl-Gustav, Knut,
Konrad, Krister, Lars-Olof, Leon, Levi, Loke, Love, Magne, Manfred, Mauritz, Nicklas, Nicolas,
Nore, Odd, Olle, Orvar, Oscar, Ossian, Paul, Per-Erik, Ragnvald, Reinhold, Roine, Rudolf, Ruben,
Sigge, Sigvard, Sivert, Staffan, Sture, Svante, Sverker, Sören, Teodor, Thor, Tor, Tord,
Torsten, Torvald, Uno, Valdemar, Vidar, Vilgot, Viggo, Yngve, Ville, Wiktor, Östen, Örjan,
Alfred, Algot, Ante, Bengt-Olov, Bernhard, Bo-Göran, Christoffer, Clas, Dan, Douglas, Ebbe,
Edgar, Eilert, Elmer, Enar, Evald, Fabian, Ferdinand, Frans, Harry, Henry, Hilding, Ingolf,
Isidor, Jacob, Jan-Olof, Jean, Jim, Johnny, Justus, Karl-Johan, Kennet, Kjell-Åke, Lars-Åke,
Leonard, Lorentz, Ludwig, Markus, Mathias, Mons, Noel, Olav, Olov, Patrick, Per-Anders, Petter,
Pär, Reidar, Roy, Ronny, Sam, Sigurd, Sonny, Stellan, Sten-Åke, Tim, Torgny, Ulrik, Verner,
Waldemar, Alvin, Aron, Charlie, Colin, Dante, Frank, Jonatan, Kasper, Mio, Nils-Olof, Sigfrid,
Anders-Erik, Tor-Björn, Gunde, Holmfrid, Ebbe-Lennart, Sture-Olof, Nisse-Erik, Amund, Tryggve,
Adolf, Albert, Anund, Arvo, Birk, Björne, Carl-Gustaf, Dick, Eino, Eric, Erik-Anders, Fingal, Frej,
Gerhard, Gunvald, Gustav-Adolf, Hannes, Harri, Helmut, Hemming, Ingvald, Isac, Ivo, Jarmo, Jöns,
Karl-Axel, Kristian, Lennarth, Lowe, Matts, Mårten, Nils-Gunnar, Osvald, Per-Gunnar, Rikard,
Sigvald, Sven-Olof, Tore, Torleif, Vilhelm, Wilmer"""

SV_S = """Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson,
Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson,
Magnusson, Olofsson, Lindström, Lindqvist, Lindgren, Axelsson, Berg, Bergström, Lundberg, Lind,
Lundgren, Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Forsberg, Sjöberg,
Wallin, Ali, Engström, Mohammed, Eklund, Danielsson, Lundin, Håkansson, Björk, Bergman,
Gunnarsson, Holm, Wikström, Samuelsson, Isaksson, Fransson, Bergqvist, Nyström, Holmberg,
Arvidsson, Löfgren, Söderberg, Nyberg, Blomqvist, Claesson, Nordström, Mårtensson, Lundström,
Ahmed, Viklund, Björklund, Eliasson, Pålsson, Hassan, Berggren, Sandström, Lund, Nordin, Ström,
Åberg, Hermansson, Ekström, Holmgren, Sundberg, Hedlund, Dahlberg, Hellström, Sjögren,
Abrahamsson, Falk, Öberg, Andreasson, Blom, Ek, Månsson, Strand, Jonasson, Mohamed, Sundström,
Åkesson, Hansen, Göransson, Jensen, Lindholm, Ivarsson, Nordqvist, Dahl, Sundqvist, Ekman,
Nyman, Lindblom, Holmqvist, Östlund, Sjöström, Hedberg, Nordlund, Martinsson, Adolfsson,
Strömberg, Lindell, Boström, Lundell, Åström, Nordgren, Hedström, Borg, Forslund, Wiklund,
Dahlgren, Söderström, Hussein, Ottosson, Lindahl, Ahlberg, Ekberg, Ljungberg, Skoglund, Norberg,
Lilja, Bäckström, Hedman, Sörensen, Westerberg, Omar, Rosén, Kristiansson, Forsgren, Lindkvist,
Kjellberg, Engberg, Wahlström, Lindh, Ibrahim, Malmberg, Sjödin, Johnsson, Backman,
Almqvist, Alm, Ahlgren, Ahlström, Aronsson, Augustsson, Backlund, Bergdahl, Bergkvist, Berglöf,
Bergvall, Björkman, Björling, Blomberg, Blomgren, Bohlin, Bolin, Brandt, Broberg, Brodin, Bylund,
Börjesson, Carlsson, Carlberg, Cederberg, Dahlin, Dahlström, Edlund, Edström, Ehn, Ekholm,
Ekdahl, Eklöf, Elfving, Englund, Enström, Falkenberg, Flink, Forsell, Forsman, Frid, Friberg,
Frisk, Gran, Granberg, Granlund, Grahn, Gustavsson, Hallberg, Hallgren, Hammar, Hedin, Hellberg,
Hellgren, Hjalmarsson, Hjelm, Holmlund, Hult, Hultgren, Hägglund, Höglund, Jacobsson, Jernberg,
Kvist, Källström, Landin, Lagerqvist, Larsen, Lejon, Lidén, Lindén, Linder, Lindroth, Ljung,
Ljunggren, Lundh, Lundmark, Löfstedt, Malm, Malmqvist, Mellberg, Modig, Moberg, Nord, Nordberg,
Norén, Norlin, Nylander, Nylund, Näslund, Olander, Olausson, Palm, Palmqvist, Pihl, Qvist,
Ringström, Roos, Rydberg, Rydén, Rönnberg, Sahlin, Sandin, Selin, Sjölund, Skog, Sköld, Stenberg,
Stolt, Strid, Stålberg, Sundin, Svärd, Säll, Thorén, Torstensson, Vesterlund, Viberg, Wall,
Wennberg, Wennström, Westin, Westman, Wikberg, Wikman, Wallén, Zetterberg, Zetterlund, Åhman,
Ålund, Åslund, Öhman, Östberg, Östman, Österberg, Mörk, Grönlund, Rask, Hägg, Lövgren, Renström,
Tjäder, Orre, Falkman, Svanberg, Örn, Lodin, Hammarström, Vikström, Ramberg, Ståhl, Kjellin,
Sjöqvist, Lönn, Rapp, Bjurström, Hasselgren, Åkerlund, Åkerman, Edvardsson, Hultqvist,
Ingvarsson, Josefsson, Kronberg, Nordmark, Olin, Rosenqvist, Strandberg, Svedberg, Tegnér,
Labba, Kuhmunen, Sunna, Nutti, Omma, Kitok, Päiviö, Lantto, Keskitalo, Kero, Raattamaa,
Alatalo, Pekkari, Vaara, von Platen, af Klercker, De Geer, von Essen, Lewenhaupt,
Gyllenstierna, Wachtmeister, von Sydow, Bonde, Stjernswärd, Sandgren, Stenlund, Hjort, Asp, Fors,
Rosengren, Tallberg, Vallin, Wiberg, Åkerström, Nordenström, Bergsten, Hagström, Hammarlund,
Jägerskiöld, Skytt, Lindmark, Sehlstedt, Burman, Granström, Norrman"""

# --- United Kingdom (the ONS rankings, rank order as the writer knows it) -----------------------

UK_F = """Susan, Sarah, Margaret, Patricia, Elizabeth, Julie, Karen, Helen, Claire, Emma,
Jennifer, Nicola, Catherine, Linda, Christine, Mary, Jane, Jacqueline, Alison, Amanda, Rebecca,
Joanne, Louise, Gillian, Deborah, Anne, Lisa, Laura, Rachel, Victoria, Janet, Angela, Michelle,
Samantha, Kathleen, Pauline, Barbara, Wendy, Joan, Ann, Sandra, Lesley, Carol, Caroline, Lucy,
Hannah, Charlotte, Amy, Jessica, Sophie, Emily, Katie, Lauren, Gemma, Kelly, Stephanie, Natalie,
Kirsty, Hayley, Jodie, Danielle, Zoe, Leanne, Lindsey, Fiona, Heather, Shirley, Valerie, Dorothy,
Brenda, Eileen, Sheila, Maureen, Irene, Marion, Ruth, Frances, Judith, Diane, Denise, Tracey,
Dawn, Paula, Julia, Katherine, Kate, Anna, Olivia, Amelia, Isla, Ava, Grace, Ella, Freya, Lily,
Evie, Poppy, Isabella, Sophia, Florence, Mia, Chloe, Megan, Holly, Bethany, Abigail, Georgia,
Jade, Rosie, Millie, Phoebe, Eleanor, Harriet, Alice, Imogen, Lydia, Naomi, Ruby, Rose, Esme,
Matilda, Evelyn, Ivy, Elsie, Hazel, Joyce, Doreen, Sylvia, Beryl, Gladys, Vera, Doris, Edna,
Rita, Audrey, Hilda, Betty, Josephine, Yvonne, Beverley, Tina, Andrea, Gail, Teresa, Hilary,
Lorraine, Sally, Jill, Sian, Bronwen, Morag, Kirsteen, Mhairi, Siobhan, Aoife, Niamh, Roisin,
Shauna, Ciara, Aisling, Kerry, Stacey, Chelsea, Jasmine, Amber, Tia, Maisie, Summer, Erin, Skye,
Carys, Ffion, Cerys, Eilidh, Ailsa, Catriona, Fenella, Philippa, Henrietta, Araminta, Penelope,
Clementine, Tabitha, Felicity, Verity, Bryony, Honor, Pippa, Willow, Hermione, Jemima, Cressida,
Ottilie, Letitia, Prudence, Rosalind, Marjorie, Enid, Mavis, Winifred, Ethel, Nora, Agnes, Peggy,
Mabel, Lilian, Violet, Muriel, Ivy-Rose"""

UK_M = """David, John, Paul, Andrew, Mark, James, Michael, Peter, Robert, Richard, Stephen,
Christopher, Ian, Steven, Thomas, Simon, Daniel, Anthony, Matthew, Martin, Gary, Alan, William,
Kevin, Brian, Neil, Jonathan, Graham, Colin, Philip, Stuart, Lee, Keith, Adam, Darren, Craig,
Jason, Wayne, Dean, Shaun, Carl, Nigel, Trevor, Kenneth, George, Jack, Oliver, Harry, Charlie,
Joshua, Samuel, Benjamin, Joseph, Luke, Ryan, Jamie, Liam, Callum, Jake, Connor, Nathan, Scott,
Ben, Alexander, Edward, Henry, Oscar, Archie, Alfie, Leo, Arthur, Noah, Freddie, Theo, Jacob,
Ethan, Isaac, Harrison, Lewis, Kieran, Aaron, Tom, Dylan, Jordan, Reece, Bradley, Joe, Owen,
Rhys, Gareth, Dafydd, Iwan, Huw, Aled, Gwyn, Hamish, Angus, Fraser, Euan, Ruaridh, Alasdair,
Murdo, Calum, Seamus, Sean, Ciaran, Declan, Padraig, Eoin, Cillian, Roger, Derek, Barry, Terry,
Ronald, Raymond, Dennis, Roy, Norman, Leslie, Stanley, Douglas, Frank, Albert, Arnold, Clifford,
Cyril, Desmond, Dudley, Eric, Ernest, Gordon, Harold, Herbert, Howard, Leonard, Malcolm, Maurice,
Reginald, Sidney, Walter, Percy, Rupert, Hugo, Giles, Jeremy, Crispin, Piers, Toby, Barnaby,
Jasper, Felix, Rory, Fergus, Tristan, Benedict, Hector, Monty, Ralph, Rufus, Sebastian, Julian,
Timothy, Nicholas, Duncan, Gavin, Russell, Glenn, Clive, Vincent, Jeffrey, Lionel, Bernard,
Geoffrey, Dominic, Marcus, Ashley, Mohammed, Muhammad, Harvey, Tyler, Kyle, Mason, Finley"""

UK_S = """Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts,
Robinson, Thompson, Wright, Walker, White, Edwards, Hughes, Green, Hall, Lewis, Harris, Clarke,
Patel, Jackson, Wood, Turner, Martin, Cooper, Hill, Ward, Morris, Moore, Clark, Lee, King, Baker,
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
Shepherd, Ross, Cross, Long, Freeman, Warren, Nicholls, Hamilton, Byrne, Sutton, McDonald,
Yates, Hodgson, Robson, Curtis, Hopkins, O'Connor, Harper, Coleman, Watkins, Moss, McCarthy,
Chambers, O'Neill, Griffin, Sharp, Hardy, Wheeler, Potter, Osborne, Johnston, Gordon, Doyle,
Wallace, George, Jordan, Hutchinson, Rowe, Burke, May, Pritchard, Gilbert, Willis, Higgins,
Read, Miles, Stevenson, Stephenson, Hammond, Arnold, Buckley, Walters, Hewitt, Barber, Nelson,
Slater, Austin, Sullivan, Whitehead, Mann, Frost, Lambert, Stephens, Blake, Akhtar, Lynch,
Goodwin, Barton, Woodward, Thomson, Cunningham, Quinn, Barnett, Baxter, Bibi, Clayton, Nash,
Greenwood, Jennings, Holt, Kemp, Poole, Gallagher, Bond, Stokes, Tucker, Davidson, Fowler,
Heath, Norman, Middleton, Lees, Banks, French, Jarvis, Howe, MacLeod, MacKenzie, Fraser,
Sinclair, Munro, Ferguson, Duncan, Crawford, Maclean, Llewellyn, Pugh, Prosser, Vaughan, Gwilliam,
Fairbairn, Armitage, Ackroyd, Sowerby, Pennington, Heseltine, Featherstonehaugh, Cholmondeley,
Fortescue, Ffrench, Trelawney, Penhaligon, Tregenza, Nancarrow, Rashleigh, Postlethwaite"""

# --- United States (Census 1990, per cent of the population; copied from the `names` package) --
# The first 400 names of `dist.female.first` and `dist.male.first`, the first 450 of `dist.all.last`;
# the census's capitals written as people write the names (`McDonald`, `O'Brien`).
US_F: tuple[tuple[str, float], ...] = (
    ('Mary', 2.629), ('Patricia', 1.073), ('Linda', 1.035), ('Barbara', 0.98),
    ('Elizabeth', 0.937), ('Jennifer', 0.932), ('Maria', 0.828), ('Susan', 0.794),
    ('Margaret', 0.768), ('Dorothy', 0.727), ('Lisa', 0.704), ('Nancy', 0.669), ('Karen', 0.667),
    ('Betty', 0.666), ('Helen', 0.663), ('Sandra', 0.629), ('Donna', 0.583), ('Carol', 0.565),
    ('Ruth', 0.562), ('Sharon', 0.522), ('Michelle', 0.519), ('Laura', 0.51), ('Sarah', 0.508),
    ('Kimberly', 0.504), ('Deborah', 0.494), ('Jessica', 0.49), ('Shirley', 0.482),
    ('Cynthia', 0.469), ('Angela', 0.468), ('Melissa', 0.462), ('Brenda', 0.455), ('Amy', 0.451),
    ('Anna', 0.44), ('Rebecca', 0.43), ('Virginia', 0.43), ('Kathleen', 0.424), ('Pamela', 0.416),
    ('Martha', 0.412), ('Debra', 0.408), ('Amanda', 0.404), ('Stephanie', 0.4), ('Carolyn', 0.385),
    ('Christine', 0.382), ('Marie', 0.379), ('Janet', 0.379), ('Catherine', 0.373),
    ('Frances', 0.37), ('Ann', 0.364), ('Joyce', 0.364), ('Diane', 0.359), ('Alice', 0.357),
    ('Julie', 0.348), ('Heather', 0.337), ('Teresa', 0.336), ('Doris', 0.335), ('Gloria', 0.335),
    ('Evelyn', 0.322), ('Jean', 0.315), ('Cheryl', 0.315), ('Mildred', 0.313),
    ('Katherine', 0.313), ('Joan', 0.306), ('Ashley', 0.303), ('Judith', 0.297), ('Rose', 0.296),
    ('Janice', 0.285), ('Kelly', 0.283), ('Nicole', 0.281), ('Judy', 0.276), ('Christina', 0.275),
    ('Kathy', 0.272), ('Theresa', 0.271), ('Beverly', 0.267), ('Denise', 0.264), ('Tammy', 0.259),
    ('Irene', 0.252), ('Jane', 0.25), ('Lori', 0.248), ('Rachel', 0.242), ('Marilyn', 0.241),
    ('Andrea', 0.236), ('Kathryn', 0.234), ('Louise', 0.229), ('Sara', 0.229), ('Anne', 0.228),
    ('Jacqueline', 0.228), ('Wanda', 0.226), ('Bonnie', 0.223), ('Julia', 0.223), ('Ruby', 0.221),
    ('Lois', 0.22), ('Tina', 0.22), ('Phyllis', 0.219), ('Norma', 0.218), ('Paula', 0.217),
    ('Diana', 0.216), ('Annie', 0.216), ('Lillian', 0.211), ('Emily', 0.208), ('Robin', 0.208),
    ('Peggy', 0.208), ('Crystal', 0.207), ('Gladys', 0.205), ('Rita', 0.204), ('Dawn', 0.202),
    ('Connie', 0.2), ('Florence', 0.2), ('Tracy', 0.197), ('Edna', 0.197), ('Tiffany', 0.195),
    ('Carmen', 0.195), ('Rosa', 0.194), ('Cindy', 0.192), ('Grace', 0.189), ('Wendy', 0.185),
    ('Victoria', 0.18), ('Edith', 0.179), ('Kim', 0.178), ('Sherry', 0.178), ('Sylvia', 0.177),
    ('Josephine', 0.177), ('Thelma', 0.175), ('Shannon', 0.175), ('Sheila', 0.175),
    ('Ethel', 0.174), ('Ellen', 0.173), ('Elaine', 0.173), ('Marjorie', 0.173), ('Carrie', 0.171),
    ('Charlotte', 0.169), ('Monica', 0.166), ('Esther', 0.166), ('Pauline', 0.165),
    ('Emma', 0.165), ('Juanita', 0.164), ('Anita', 0.162), ('Rhonda', 0.162), ('Hazel', 0.161),
    ('Amber', 0.16), ('Eva', 0.159), ('Debbie', 0.157), ('April', 0.154), ('Leslie', 0.154),
    ('Clara', 0.153), ('Lucille', 0.153), ('Jamie', 0.153), ('Joanne', 0.15), ('Eleanor', 0.15),
    ('Valerie', 0.149), ('Danielle', 0.149), ('Megan', 0.147), ('Alicia', 0.146),
    ('Suzanne', 0.145), ('Michele', 0.145), ('Gail', 0.145), ('Bertha', 0.143), ('Darlene', 0.142),
    ('Veronica', 0.142), ('Jill', 0.142), ('Erin', 0.141), ('Geraldine', 0.141), ('Lauren', 0.137),
    ('Cathy', 0.137), ('Joann', 0.136), ('Lorraine', 0.135), ('Lynn', 0.135), ('Sally', 0.135),
    ('Regina', 0.133), ('Erica', 0.13), ('Beatrice', 0.13), ('Dolores', 0.129), ('Bernice', 0.128),
    ('Audrey', 0.127), ('Yvonne', 0.126), ('Annette', 0.125), ('June', 0.125), ('Samantha', 0.124),
    ('Marion', 0.122), ('Dana', 0.122), ('Stacy', 0.121), ('Ana', 0.12), ('Renee', 0.12),
    ('Ida', 0.118), ('Vivian', 0.118), ('Roberta', 0.117), ('Holly', 0.117), ('Brittany', 0.117),
    ('Melanie', 0.116), ('Loretta', 0.115), ('Yolanda', 0.115), ('Jeanette', 0.115),
    ('Laurie', 0.114), ('Katie', 0.113), ('Kristen', 0.111), ('Vanessa', 0.111), ('Alma', 0.111),
    ('Sue', 0.111), ('Elsie', 0.11), ('Beth', 0.11), ('Jeanne', 0.109), ('Vicki', 0.109),
    ('Carla', 0.107), ('Tara', 0.107), ('Rosemary', 0.107), ('Eileen', 0.105), ('Terri', 0.105),
    ('Gertrude', 0.103), ('Lucy', 0.103), ('Tonya', 0.102), ('Ella', 0.101), ('Stacey', 0.101),
    ('Wilma', 0.099), ('Gina', 0.099), ('Kristin', 0.099), ('Jessie', 0.098), ('Natalie', 0.098),
    ('Agnes', 0.098), ('Vera', 0.098), ('Willie', 0.097), ('Charlene', 0.097), ('Bessie', 0.096),
    ('Delores', 0.095), ('Melinda', 0.094), ('Pearl', 0.094), ('Arlene', 0.094),
    ('Maureen', 0.092), ('Colleen', 0.092), ('Allison', 0.092), ('Tamara', 0.092), ('Joy', 0.091),
    ('Georgia', 0.091), ('Constance', 0.091), ('Lillie', 0.09), ('Claudia', 0.09),
    ('Jackie', 0.09), ('Marcia', 0.09), ('Tanya', 0.089), ('Nellie', 0.089), ('Minnie', 0.089),
    ('Marlene', 0.088), ('Heidi', 0.088), ('Glenda', 0.088), ('Lydia', 0.086), ('Viola', 0.086),
    ('Courtney', 0.086), ('Marian', 0.086), ('Stella', 0.085), ('Caroline', 0.085),
    ('Dora', 0.084), ('Jo', 0.083), ('Vickie', 0.082), ('Mattie', 0.081), ('Terry', 0.08),
    ('Maxine', 0.079), ('Irma', 0.079), ('Mabel', 0.078), ('Marsha', 0.078), ('Myrtle', 0.078),
    ('Lena', 0.077), ('Christy', 0.077), ('Deanna', 0.076), ('Patsy', 0.076), ('Hilda', 0.075),
    ('Gwendolyn', 0.074), ('Jennie', 0.073), ('Nora', 0.073), ('Margie', 0.072), ('Nina', 0.072),
    ('Cassandra', 0.072), ('Leah', 0.072), ('Penny', 0.071), ('Kay', 0.071), ('Priscilla', 0.071),
    ('Naomi', 0.071), ('Carole', 0.071), ('Brandy', 0.07), ('Olga', 0.07), ('Billie', 0.069),
    ('Dianne', 0.069), ('Tracey', 0.069), ('Leona', 0.069), ('Jenny', 0.068), ('Felicia', 0.068),
    ('Sonia', 0.068), ('Miriam', 0.066), ('Velma', 0.066), ('Becky', 0.066), ('Bobbie', 0.065),
    ('Violet', 0.065), ('Kristina', 0.065), ('Toni', 0.064), ('Misty', 0.063), ('Mae', 0.063),
    ('Shelly', 0.062), ('Daisy', 0.062), ('Ramona', 0.062), ('Sherri', 0.062), ('Erika', 0.061),
    ('Katrina', 0.061), ('Claire', 0.061), ('Lindsey', 0.06), ('Lindsay', 0.06), ('Geneva', 0.059),
    ('Guadalupe', 0.059), ('Belinda', 0.059), ('Margarita', 0.059), ('Sheryl', 0.059),
    ('Cora', 0.058), ('Faye', 0.058), ('Ada', 0.057), ('Natasha', 0.057), ('Sabrina', 0.057),
    ('Isabel', 0.057), ('Marguerite', 0.056), ('Hattie', 0.056), ('Harriet', 0.056),
    ('Molly', 0.055), ('Cecilia', 0.055), ('Kristi', 0.055), ('Brandi', 0.055), ('Blanche', 0.055),
    ('Sandy', 0.055), ('Rosie', 0.055), ('Joanna', 0.055), ('Iris', 0.055), ('Eunice', 0.054),
    ('Angie', 0.054), ('Inez', 0.053), ('Lynda', 0.053), ('Madeline', 0.052), ('Amelia', 0.052),
    ('Alberta', 0.052), ('Genevieve', 0.051), ('Monique', 0.051), ('Jodi', 0.051),
    ('Janie', 0.051), ('Maggie', 0.051), ('Kayla', 0.051), ('Sonya', 0.051), ('Jan', 0.051),
    ('Lee', 0.051), ('Kristine', 0.051), ('Candace', 0.051), ('Fannie', 0.05), ('Maryann', 0.05),
    ('Opal', 0.05), ('Alison', 0.05), ('Yvette', 0.05), ('Melody', 0.05), ('Luz', 0.049),
    ('Susie', 0.049), ('Olivia', 0.049), ('Flora', 0.049), ('Shelley', 0.049), ('Kristy', 0.048),
    ('Mamie', 0.048), ('Lula', 0.048), ('Lola', 0.048), ('Verna', 0.048), ('Beulah', 0.048),
    ('Antoinette', 0.048), ('Candice', 0.046), ('Juana', 0.046), ('Jeannette', 0.046),
    ('Pam', 0.046), ('Kelli', 0.046), ('Hannah', 0.045), ('Whitney', 0.045), ('Bridget', 0.045),
    ('Karla', 0.044), ('Celia', 0.044), ('Latoya', 0.043), ('Patty', 0.043), ('Shelia', 0.043),
    ('Gayle', 0.043), ('Della', 0.043), ('Vicky', 0.043), ('Lynne', 0.043), ('Sheri', 0.042),
    ('Marianne', 0.042), ('Kara', 0.041), ('Jacquelyn', 0.041), ('Erma', 0.041), ('Blanca', 0.041),
    ('Myra', 0.04), ('Leticia', 0.04), ('Pat', 0.04), ('Krista', 0.04), ('Roxanne', 0.04),
    ('Angelica', 0.039), ('Johnnie', 0.039), ('Robyn', 0.039), ('Francis', 0.039),
    ('Adrienne', 0.039), ('Rosalie', 0.039), ('Alexandra', 0.039), ('Brooke', 0.039),
    ('Bethany', 0.039), ('Sadie', 0.039), ('Bernadette', 0.039),
)  # fmt: skip
US_M: tuple[tuple[str, float], ...] = (
    ('James', 3.318), ('John', 3.271), ('Robert', 3.143), ('Michael', 2.629), ('William', 2.451),
    ('David', 2.363), ('Richard', 1.703), ('Charles', 1.523), ('Joseph', 1.404), ('Thomas', 1.38),
    ('Christopher', 1.035), ('Daniel', 0.974), ('Paul', 0.948), ('Mark', 0.938), ('Donald', 0.931),
    ('George', 0.927), ('Kenneth', 0.826), ('Steven', 0.78), ('Edward', 0.779), ('Brian', 0.736),
    ('Ronald', 0.725), ('Anthony', 0.721), ('Kevin', 0.671), ('Jason', 0.66), ('Matthew', 0.657),
    ('Gary', 0.65), ('Timothy', 0.64), ('Jose', 0.613), ('Larry', 0.598), ('Jeffrey', 0.591),
    ('Frank', 0.581), ('Scott', 0.546), ('Eric', 0.544), ('Stephen', 0.54), ('Andrew', 0.537),
    ('Raymond', 0.488), ('Gregory', 0.441), ('Joshua', 0.435), ('Jerry', 0.432), ('Dennis', 0.415),
    ('Walter', 0.399), ('Patrick', 0.389), ('Peter', 0.381), ('Harold', 0.371), ('Douglas', 0.367),
    ('Henry', 0.365), ('Carl', 0.346), ('Arthur', 0.335), ('Ryan', 0.328), ('Roger', 0.322),
    ('Joe', 0.321), ('Juan', 0.316), ('Jack', 0.315), ('Albert', 0.314), ('Jonathan', 0.313),
    ('Justin', 0.311), ('Terry', 0.311), ('Gerald', 0.309), ('Keith', 0.308), ('Samuel', 0.306),
    ('Willie', 0.302), ('Ralph', 0.282), ('Lawrence', 0.282), ('Nicholas', 0.275), ('Roy', 0.273),
    ('Benjamin', 0.27), ('Bruce', 0.263), ('Brandon', 0.26), ('Adam', 0.259), ('Harry', 0.251),
    ('Fred', 0.251), ('Wayne', 0.249), ('Billy', 0.248), ('Steve', 0.246), ('Louis', 0.243),
    ('Jeremy', 0.242), ('Aaron', 0.24), ('Randy', 0.232), ('Howard', 0.23), ('Eugene', 0.23),
    ('Carlos', 0.229), ('Russell', 0.224), ('Bobby', 0.223), ('Victor', 0.222), ('Martin', 0.216),
    ('Ernest', 0.215), ('Phillip', 0.213), ('Todd', 0.213), ('Jesse', 0.209), ('Craig', 0.206),
    ('Alan', 0.204), ('Shawn', 0.2), ('Clarence', 0.197), ('Sean', 0.197), ('Philip', 0.197),
    ('Chris', 0.197), ('Johnny', 0.195), ('Earl', 0.193), ('Jimmy', 0.191), ('Antonio', 0.19),
    ('Danny', 0.19), ('Bryan', 0.19), ('Tony', 0.19), ('Luis', 0.189), ('Mike', 0.189),
    ('Stanley', 0.186), ('Leonard', 0.186), ('Nathan', 0.185), ('Dale', 0.184), ('Manuel', 0.181),
    ('Rodney', 0.18), ('Curtis', 0.18), ('Norman', 0.177), ('Allen', 0.174), ('Marvin', 0.171),
    ('Vincent', 0.168), ('Glenn', 0.167), ('Jeffery', 0.166), ('Travis', 0.166), ('Jeff', 0.166),
    ('Chad', 0.165), ('Jacob', 0.165), ('Lee', 0.162), ('Melvin', 0.162), ('Alfred', 0.162),
    ('Kyle', 0.16), ('Francis', 0.16), ('Bradley', 0.159), ('Jesus', 0.155), ('Herbert', 0.155),
    ('Frederick', 0.154), ('Ray', 0.153), ('Joel', 0.152), ('Edwin', 0.148), ('Don', 0.145),
    ('Eddie', 0.144), ('Ricky', 0.141), ('Troy', 0.138), ('Randall', 0.138), ('Barry', 0.134),
    ('Alexander', 0.132), ('Bernard', 0.127), ('Mario', 0.125), ('Leroy', 0.125),
    ('Francisco', 0.124), ('Marcus', 0.124), ('Micheal', 0.123), ('Theodore', 0.123),
    ('Clifford', 0.123), ('Miguel', 0.122), ('Oscar', 0.122), ('Jay', 0.118), ('Jim', 0.118),
    ('Tom', 0.117), ('Calvin', 0.115), ('Alex', 0.115), ('Jon', 0.115), ('Ronnie', 0.113),
    ('Bill', 0.112), ('Lloyd', 0.112), ('Tommy', 0.112), ('Leon', 0.112), ('Derek', 0.112),
    ('Warren', 0.11), ('Darrell', 0.108), ('Jerome', 0.108), ('Floyd', 0.107), ('Leo', 0.106),
    ('Alvin', 0.105), ('Tim', 0.104), ('Wesley', 0.104), ('Gordon', 0.104), ('Dean', 0.104),
    ('Greg', 0.104), ('Jorge', 0.104), ('Dustin', 0.103), ('Pedro', 0.103), ('Derrick', 0.103),
    ('Dan', 0.101), ('Lewis', 0.099), ('Zachary', 0.099), ('Corey', 0.098), ('Herman', 0.097),
    ('Maurice', 0.097), ('Vernon', 0.097), ('Roberto', 0.097), ('Clyde', 0.095), ('Glen', 0.094),
    ('Hector', 0.094), ('Shane', 0.093), ('Ricardo', 0.093), ('Sam', 0.092), ('Rick', 0.091),
    ('Lester', 0.091), ('Brent', 0.09), ('Ramon', 0.09), ('Charlie', 0.09), ('Tyler', 0.089),
    ('Gilbert', 0.089), ('Gene', 0.087), ('Marc', 0.087), ('Reginald', 0.084), ('Ruben', 0.082),
    ('Brett', 0.082), ('Angel', 0.082), ('Nathaniel', 0.081), ('Rafael', 0.081), ('Leslie', 0.081),
    ('Edgar', 0.08), ('Milton', 0.08), ('Raul', 0.079), ('Ben', 0.078), ('Chester', 0.078),
    ('Cecil', 0.078), ('Duane', 0.077), ('Franklin', 0.077), ('Andre', 0.076), ('Elmer', 0.074),
    ('Brad', 0.073), ('Gabriel', 0.073), ('Ron', 0.072), ('Mitchell', 0.072), ('Roland', 0.072),
    ('Arnold', 0.072), ('Harvey', 0.072), ('Jared', 0.071), ('Adrian', 0.069), ('Karl', 0.069),
    ('Cory', 0.068), ('Claude', 0.068), ('Erik', 0.068), ('Darryl', 0.067), ('Jamie', 0.066),
    ('Neil', 0.066), ('Jessie', 0.065), ('Christian', 0.065), ('Javier', 0.065),
    ('Fernando', 0.065), ('Clinton', 0.065), ('Ted', 0.064), ('Mathew', 0.064), ('Tyrone', 0.064),
    ('Darren', 0.064), ('Lonnie', 0.064), ('Lance', 0.063), ('Cody', 0.063), ('Julio', 0.063),
    ('Kelly', 0.063), ('Kurt', 0.062), ('Allan', 0.061), ('Nelson', 0.061), ('Guy', 0.06),
    ('Clayton', 0.06), ('Hugh', 0.06), ('Max', 0.059), ('Dwayne', 0.059), ('Dwight', 0.058),
    ('Armando', 0.058), ('Felix', 0.058), ('Jimmie', 0.058), ('Everett', 0.057), ('Jordan', 0.056),
    ('Ian', 0.056), ('Wallace', 0.056), ('Ken', 0.055), ('Bob', 0.055), ('Jaime', 0.055),
    ('Casey', 0.054), ('Alfredo', 0.054), ('Alberto', 0.053), ('Dave', 0.053), ('Ivan', 0.053),
    ('Johnnie', 0.052), ('Sidney', 0.052), ('Byron', 0.052), ('Julian', 0.052), ('Isaac', 0.051),
    ('Morris', 0.051), ('Clifton', 0.05), ('Willard', 0.05), ('Daryl', 0.05), ('Ross', 0.05),
    ('Virgil', 0.049), ('Andy', 0.049), ('Marshall', 0.049), ('Salvador', 0.049), ('Perry', 0.049),
    ('Kirk', 0.049), ('Sergio', 0.049), ('Marion', 0.048), ('Tracy', 0.048), ('Seth', 0.048),
    ('Kent', 0.048), ('Terrance', 0.048), ('Rene', 0.048), ('Eduardo', 0.047), ('Terrence', 0.047),
    ('Enrique', 0.046), ('Freddie', 0.046), ('Wade', 0.045), ('Austin', 0.044), ('Stuart', 0.044),
    ('Fredrick', 0.043), ('Arturo', 0.043), ('Alejandro', 0.043), ('Jackie', 0.043),
    ('Joey', 0.043), ('Nick', 0.043), ('Luther', 0.043), ('Wendell', 0.042), ('Jeremiah', 0.042),
    ('Evan', 0.042), ('Julius', 0.042), ('Dana', 0.042), ('Donnie', 0.041), ('Otis', 0.041),
    ('Shannon', 0.04), ('Trevor', 0.04), ('Oliver', 0.04), ('Luke', 0.04), ('Homer', 0.04),
    ('Gerard', 0.04), ('Doug', 0.04), ('Kenny', 0.039), ('Hubert', 0.039), ('Angelo', 0.039),
    ('Shaun', 0.039), ('Lyle', 0.038), ('Matt', 0.038), ('Lynn', 0.038), ('Alfonso', 0.038),
    ('Orlando', 0.037), ('Rex', 0.037), ('Carlton', 0.037), ('Ernesto', 0.037), ('Cameron', 0.037),
    ('Neal', 0.037), ('Pablo', 0.036), ('Lorenzo', 0.036), ('Omar', 0.036), ('Wilbur', 0.036),
    ('Blake', 0.036), ('Grant', 0.036), ('Horace', 0.036), ('Roderick', 0.036), ('Kerry', 0.036),
    ('Abraham', 0.035), ('Willis', 0.035), ('Rickey', 0.035), ('Jean', 0.035), ('Ira', 0.035),
    ('Andres', 0.034), ('Cesar', 0.034), ('Johnathan', 0.034), ('Malcolm', 0.034),
    ('Rudolph', 0.034), ('Damon', 0.034), ('Kelvin', 0.034), ('Rudy', 0.034), ('Preston', 0.034),
    ('Alton', 0.033), ('Archie', 0.033), ('Marco', 0.033), ('Wm', 0.033), ('Pete', 0.032),
    ('Randolph', 0.032), ('Garry', 0.032), ('Geoffrey', 0.032), ('Jonathon', 0.032),
    ('Felipe', 0.032), ('Bennie', 0.032), ('Gerardo', 0.032), ('Ed', 0.032), ('Dominic', 0.032),
    ('Robin', 0.032), ('Loren', 0.032), ('Delbert', 0.031), ('Colin', 0.031), ('Guillermo', 0.031),
    ('Earnest', 0.031), ('Lucas', 0.031), ('Benny', 0.03), ('Noel', 0.03), ('Spencer', 0.03),
    ('Rodolfo', 0.03), ('Myron', 0.03), ('Edmund', 0.03), ('Garrett', 0.029), ('Salvatore', 0.029),
    ('Cedric', 0.029), ('Lowell', 0.029), ('Gregg', 0.029), ('Sherman', 0.028), ('Wilson', 0.028),
    ('Devin', 0.028), ('Sylvester', 0.028), ('Kim', 0.028), ('Roosevelt', 0.028),
    ('Israel', 0.028), ('Jermaine', 0.028),
)  # fmt: skip
US_S: tuple[tuple[str, float], ...] = (
    ('Smith', 1.006), ('Johnson', 0.81), ('Williams', 0.699), ('Jones', 0.621), ('Brown', 0.621),
    ('Davis', 0.48), ('Miller', 0.424), ('Wilson', 0.339), ('Moore', 0.312), ('Taylor', 0.311),
    ('Anderson', 0.311), ('Thomas', 0.311), ('Jackson', 0.31), ('White', 0.279), ('Harris', 0.275),
    ('Martin', 0.273), ('Thompson', 0.269), ('Garcia', 0.254), ('Martinez', 0.234),
    ('Robinson', 0.233), ('Clark', 0.231), ('Rodriguez', 0.229), ('Lewis', 0.226), ('Lee', 0.22),
    ('Walker', 0.219), ('Hall', 0.2), ('Allen', 0.199), ('Young', 0.193), ('Hernandez', 0.192),
    ('King', 0.19), ('Wright', 0.189), ('Lopez', 0.187), ('Hill', 0.187), ('Scott', 0.185),
    ('Green', 0.183), ('Adams', 0.174), ('Baker', 0.171), ('Gonzalez', 0.166), ('Nelson', 0.162),
    ('Carter', 0.162), ('Mitchell', 0.16), ('Perez', 0.155), ('Roberts', 0.153), ('Turner', 0.152),
    ('Phillips', 0.149), ('Campbell', 0.149), ('Parker', 0.146), ('Evans', 0.141),
    ('Edwards', 0.137), ('Collins', 0.134), ('Stewart', 0.133), ('Sanchez', 0.13),
    ('Morris', 0.125), ('Rogers', 0.123), ('Reed', 0.122), ('Cook', 0.12), ('Morgan', 0.118),
    ('Bell', 0.117), ('Murphy', 0.117), ('Bailey', 0.115), ('Rivera', 0.113), ('Cooper', 0.113),
    ('Richardson', 0.112), ('Cox', 0.11), ('Howard', 0.11), ('Ward', 0.108), ('Torres', 0.108),
    ('Peterson', 0.107), ('Gray', 0.106), ('Ramirez', 0.105), ('James', 0.105), ('Watson', 0.103),
    ('Brooks', 0.103), ('Kelly', 0.102), ('Sanders', 0.1), ('Price', 0.099), ('Bennett', 0.099),
    ('Wood', 0.098), ('Barnes', 0.097), ('Ross', 0.096), ('Henderson', 0.095), ('Coleman', 0.095),
    ('Jenkins', 0.095), ('Perry', 0.094), ('Powell', 0.093), ('Long', 0.092), ('Patterson', 0.092),
    ('Hughes', 0.092), ('Flores', 0.092), ('Washington', 0.092), ('Butler', 0.091),
    ('Simmons', 0.091), ('Foster', 0.091), ('Gonzales', 0.087), ('Bryant', 0.087),
    ('Alexander', 0.085), ('Russell', 0.085), ('Griffin', 0.084), ('Diaz', 0.084),
    ('Hayes', 0.083), ('Myers', 0.083), ('Ford', 0.082), ('Hamilton', 0.082), ('Graham', 0.082),
    ('Sullivan', 0.081), ('Wallace', 0.081), ('Woods', 0.08), ('Cole', 0.08), ('West', 0.08),
    ('Jordan', 0.078), ('Owens', 0.078), ('Reynolds', 0.078), ('Fisher', 0.077), ('Ellis', 0.077),
    ('Harrison', 0.076), ('Gibson', 0.075), ('McDonald', 0.075), ('Cruz', 0.075),
    ('Marshall', 0.075), ('Ortiz', 0.075), ('Gomez', 0.075), ('Murray', 0.074), ('Freeman', 0.074),
    ('Wells', 0.073), ('Webb', 0.072), ('Simpson', 0.07), ('Stevens', 0.07), ('Tucker', 0.07),
    ('Porter', 0.069), ('Hunter', 0.069), ('Hicks', 0.069), ('Crawford', 0.068), ('Henry', 0.068),
    ('Boyd', 0.068), ('Mason', 0.068), ('Morales', 0.067), ('Kennedy', 0.067), ('Warren', 0.067),
    ('Dixon', 0.066), ('Ramos', 0.066), ('Reyes', 0.066), ('Burns', 0.065), ('Gordon', 0.065),
    ('Shaw', 0.065), ('Holmes', 0.065), ('Rice', 0.064), ('Robertson', 0.064), ('Hunt', 0.063),
    ('Black', 0.063), ('Daniels', 0.062), ('Palmer', 0.062), ('Mills', 0.061), ('Nichols', 0.06),
    ('Grant', 0.06), ('Knight', 0.06), ('Ferguson', 0.059), ('Rose', 0.059), ('Stone', 0.059),
    ('Hawkins', 0.059), ('Dunn', 0.058), ('Perkins', 0.058), ('Hudson', 0.058), ('Spencer', 0.057),
    ('Gardner', 0.057), ('Stephens', 0.057), ('Payne', 0.057), ('Pierce', 0.056), ('Berry', 0.056),
    ('Matthews', 0.056), ('Arnold', 0.056), ('Wagner', 0.055), ('Willis', 0.055), ('Ray', 0.055),
    ('Watkins', 0.055), ('Olson', 0.055), ('Carroll', 0.055), ('Duncan', 0.055), ('Snyder', 0.055),
    ('Hart', 0.054), ('Cunningham', 0.054), ('Bradley', 0.054), ('Lane', 0.054),
    ('Andrews', 0.054), ('Ruiz', 0.054), ('Harper', 0.054), ('Fox', 0.053), ('Riley', 0.053),
    ('Armstrong', 0.053), ('Carpenter', 0.053), ('Weaver', 0.053), ('Greene', 0.053),
    ('Lawrence', 0.052), ('Elliott', 0.052), ('Chavez', 0.052), ('Sims', 0.052), ('Austin', 0.052),
    ('Peters', 0.052), ('Kelley', 0.052), ('Franklin', 0.051), ('Lawson', 0.051),
    ('Fields', 0.051), ('Gutierrez', 0.051), ('Ryan', 0.051), ('Schmidt', 0.051), ('Carr', 0.051),
    ('Vasquez', 0.051), ('Castillo', 0.051), ('Wheeler', 0.051), ('Chapman', 0.05),
    ('Oliver', 0.05), ('Montgomery', 0.049), ('Richards', 0.049), ('Williamson', 0.049),
    ('Johnston', 0.049), ('Banks', 0.048), ('Meyer', 0.048), ('Bishop', 0.048), ('McCoy', 0.048),
    ('Howell', 0.048), ('Alvarez', 0.048), ('Morrison', 0.048), ('Hansen', 0.047),
    ('Fernandez', 0.047), ('Garza', 0.047), ('Harvey', 0.047), ('Little', 0.046),
    ('Burton', 0.046), ('Stanley', 0.046), ('Nguyen', 0.046), ('George', 0.046), ('Jacobs', 0.046),
    ('Reid', 0.046), ('Kim', 0.045), ('Fuller', 0.045), ('Lynch', 0.045), ('Dean', 0.045),
    ('Gilbert', 0.045), ('Garrett', 0.045), ('Romero', 0.045), ('Welch', 0.044), ('Larson', 0.044),
    ('Frazier', 0.044), ('Burke', 0.044), ('Hanson', 0.043), ('Day', 0.043), ('Mendoza', 0.043),
    ('Moreno', 0.043), ('Bowman', 0.043), ('Medina', 0.042), ('Fowler', 0.042), ('Brewer', 0.042),
    ('Hoffman', 0.042), ('Carlson', 0.042), ('Silva', 0.042), ('Pearson', 0.042),
    ('Holland', 0.042), ('Douglas', 0.041), ('Fleming', 0.041), ('Jensen', 0.041),
    ('Vargas', 0.041), ('Byrd', 0.041), ('Davidson', 0.041), ('Hopkins', 0.041), ('May', 0.04),
    ('Terry', 0.04), ('Herrera', 0.04), ('Wade', 0.04), ('Soto', 0.04), ('Walters', 0.04),
    ('Curtis', 0.04), ('Neal', 0.039), ('Caldwell', 0.039), ('Lowe', 0.039), ('Jennings', 0.039),
    ('Barnett', 0.039), ('Graves', 0.039), ('Jimenez', 0.039), ('Horton', 0.039),
    ('Shelton', 0.039), ('Barrett', 0.039), ("O'Brien", 0.039), ('Castro', 0.039),
    ('Sutton', 0.038), ('Gregory', 0.038), ('McKinney', 0.038), ('Lucas', 0.038), ('Miles', 0.038),
    ('Craig', 0.038), ('Rodriquez', 0.037), ('Chambers', 0.037), ('Holt', 0.037),
    ('Lambert', 0.037), ('Fletcher', 0.037), ('Watts', 0.037), ('Bates', 0.037), ('Hale', 0.037),
    ('Rhodes', 0.037), ('Pena', 0.037), ('Beck', 0.037), ('Newman', 0.036), ('Haynes', 0.036),
    ('McDaniel', 0.036), ('Mendez', 0.036), ('Bush', 0.036), ('Vaughn', 0.036), ('Parks', 0.035),
    ('Dawson', 0.035), ('Santiago', 0.035), ('Norris', 0.035), ('Hardy', 0.035), ('Love', 0.035),
    ('Steele', 0.035), ('Curry', 0.035), ('Powers', 0.035), ('Schultz', 0.035), ('Barker', 0.035),
    ('Guzman', 0.034), ('Page', 0.034), ('Munoz', 0.034), ('Ball', 0.034), ('Keller', 0.034),
    ('Chandler', 0.034), ('Weber', 0.034), ('Leonard', 0.034), ('Walsh', 0.033), ('Lyons', 0.033),
    ('Ramsey', 0.033), ('Wolfe', 0.033), ('Schneider', 0.033), ('Mullins', 0.033),
    ('Benson', 0.033), ('Sharp', 0.033), ('Bowen', 0.033), ('Daniel', 0.033), ('Barber', 0.032),
    ('Cummings', 0.032), ('Hines', 0.032), ('Baldwin', 0.032), ('Griffith', 0.032),
    ('Valdez', 0.032), ('Hubbard', 0.032), ('Salazar', 0.032), ('Reeves', 0.032),
    ('Warner', 0.031), ('Stevenson', 0.031), ('Burgess', 0.031), ('Santos', 0.031),
    ('Tate', 0.031), ('Cross', 0.031), ('Garner', 0.031), ('Mann', 0.031), ('Mack', 0.031),
    ('Moss', 0.031), ('Thornton', 0.031), ('Dennis', 0.031), ('McGee', 0.031), ('Farmer', 0.03),
    ('Delgado', 0.03), ('Aguilar', 0.03), ('Vega', 0.03), ('Glover', 0.03), ('Manning', 0.03),
    ('Cohen', 0.03), ('Harmon', 0.03), ('Rodgers', 0.03), ('Robbins', 0.03), ('Newton', 0.03),
    ('Todd', 0.03), ('Blair', 0.03), ('Higgins', 0.03), ('Ingram', 0.03), ('Reese', 0.03),
    ('Cannon', 0.03), ('Strickland', 0.03), ('Townsend', 0.03), ('Potter', 0.03),
    ('Goodwin', 0.03), ('Walton', 0.03), ('Rowe', 0.029), ('Hampton', 0.029), ('Ortega', 0.029),
    ('Patton', 0.029), ('Swanson', 0.029), ('Joseph', 0.029), ('Francis', 0.029),
    ('Goodman', 0.029), ('Maldonado', 0.029), ('Yates', 0.029), ('Becker', 0.029),
    ('Erickson', 0.029), ('Hodges', 0.029), ('Rios', 0.029), ('Conner', 0.029), ('Adkins', 0.029),
    ('Webster', 0.028), ('Norman', 0.028), ('Malone', 0.028), ('Hammond', 0.028),
    ('Flowers', 0.028), ('Cobb', 0.028), ('Moody', 0.028), ('Quinn', 0.028), ('Blake', 0.028),
    ('Maxwell', 0.028), ('Pope', 0.028), ('Floyd', 0.027), ('Osborne', 0.027), ('Paul', 0.027),
    ('McCarthy', 0.027), ('Guerrero', 0.027), ('Lindsey', 0.027), ('Estrada', 0.027),
    ('Sandoval', 0.027), ('Gibbs', 0.027), ('Tyler', 0.027), ('Gross', 0.027),
    ('Fitzgerald', 0.027), ('Stokes', 0.027), ('Doyle', 0.027), ('Sherman', 0.027),
    ('Saunders', 0.027), ('Wise', 0.027), ('Colon', 0.027), ('Gill', 0.027), ('Alvarado', 0.027),
    ('Greer', 0.026), ('Padilla', 0.026), ('Simon', 0.026), ('Waters', 0.026), ('Nunez', 0.026),
    ('Ballard', 0.026), ('Schwartz', 0.026), ('McBride', 0.026), ('Houston', 0.026),
    ('Christensen', 0.026), ('Klein', 0.026), ('Pratt', 0.026), ('Briggs', 0.026),
    ('Parsons', 0.026), ('McLaughlin', 0.026), ('Zimmerman', 0.026), ('French', 0.026),
    ('Buchanan', 0.026), ('Moran', 0.026), ('Copeland', 0.025), ('Roy', 0.025), ('Pittman', 0.025),
    ('Brady', 0.025), ('McCormick', 0.025), ('Holloway', 0.025),
)  # fmt: skip

# --- Origins common in Sweden (their commonest names, 1/rank, head 10) --------------------------

FI_F = "Anne, Tuula, Päivi, Anna, Sari, Pirjo, Leena, Marja, Riitta, Johanna, Minna, Tiina, Eeva, Kaisa, Sanna, Satu, Hanna, Liisa, Aino, Helena, Maija, Kirsi, Tarja, Merja, Sirpa, Seija, Ritva, Aila"
FI_M = "Juha, Timo, Matti, Mikko, Kari, Jari, Antti, Pekka, Mika, Hannu, Heikki, Markku, Jukka, Sami, Petri, Janne, Ville, Tuomas, Jussi, Olli, Risto, Seppo, Tapio, Esa, Veikko, Raimo, Erkki"
FI_S = "Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen"

AR_F = "Fatima, Maryam, Sara, Nour, Aisha, Zainab, Layla, Rana, Hala, Amira, Yasmin, Huda, Lina, Rasha, Dima, Reem, Samira, Salma, Shamiram, Ninorta, Nahrin, Raghad, Hiba, Ghada, Marwa, Sawsan"
AR_M = "Mohammad, Ahmad, Ali, Hassan, Omar, Ibrahim, Mustafa, Khaled, Yousef, Hussein, Abdullah, Karim, Said, Mahmoud, Amir, Sami, Tariq, Bassam, Jamal, Nabil, Ninos, Sargon, Ashur, Gabriel, Yaqub, Adnan, Firas"
AR_S = "Ali, Mohammed, Ahmed, Hassan, Hussein, Ibrahim, Abdullah, Khalil, Saleh, Mahmoud, Al-Hassan, Al-Rubaie, Jaber, Haddad, Khoury, Shamoun, Barsoum, Saliba, Aziz, Yousef, Hanna, Issa, Said, Kassab, Darwish, Nasser, Odisho, Yacoub, Warda, Malki, Shabo, Gewargis, Toma"

SO_F = "Hodan, Fadumo, Amina, Hawa, Halima, Asha, Sahra, Ubah, Ifrah, Deqa, Nimco, Ayaan, Fardowsa, Hibo, Sagal, Maryan, Khadra, Ilhan, Safiya, Samira, Muna, Naima"
SO_M = "Mohamed, Abdi, Ahmed, Ali, Hassan, Abdirahman, Abdullahi, Omar, Mahad, Hussein, Yusuf, Ismail, Abdiaziz, Farah, Said, Abdikarim, Liban, Mustafe, Khalid, Guled, Abdiwali, Bashir"
SO_S = "Mohamed, Ahmed, Ali, Hassan, Abdi, Omar, Warsame, Farah, Hussein, Jama, Ismail, Aden, Osman, Yusuf, Abdullahi, Nur, Egal, Dirie, Hirsi, Mohamud, Duale, Elmi, Gedi, Barre, Isse"

PL_F = "Anna, Katarzyna, Maria, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Magdalena, Elżbieta, Joanna, Aleksandra, Monika, Zofia, Teresa, Danuta, Natalia, Karolina, Marta, Beata, Dorota, Halina, Jadwiga, Justyna, Paulina"
PL_M = "Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Jan, Michał, Marcin, Stanisław, Jakub, Adam, Marek, Łukasz, Grzegorz, Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Jerzy, Maciej, Kamil, Rafał, Robert, Jacek"
PL_S = "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Kwiatkowski, Wojciechowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Wróbel, Nowakowski, Majewski, Olszewski, Stępień, Malinowski, Jaworski, Adamczyk, Dudek, Górski, Nowicki, Sikora, Walczak, Zawadzki, Sadowski, Czarnecki, Sawicki"

FA_F = "Fatemeh, Zahra, Maryam, Mahnaz, Shirin, Leila, Narges, Parisa, Nasrin, Farah, Azadeh, Mina, Sara, Roya, Neda, Golnaz, Samira, Shahla, Parvaneh, Mitra, Elham, Soheila"
FA_M = "Mohammad, Ali, Reza, Hossein, Mehdi, Amir, Hamid, Saeed, Mohsen, Majid, Behzad, Dariush, Farhad, Kourosh, Babak, Arash, Omid, Payam, Shahram, Kaveh, Siavash, Bijan"
FA_S = "Mohammadi, Hosseini, Ahmadi, Rezaei, Moradi, Karimi, Jafari, Rahimi, Hashemi, Mousavi, Ebrahimi, Ghorbani, Sadeghi, Kazemi, Tehrani, Farahani, Shirazi, Esfahani, Nazari, Akbari, Bagheri, Rostami, Amini, Yazdani"

BCS_F = "Amra, Lejla, Emina, Amela, Selma, Aida, Jasmina, Mirela, Sanela, Ana, Jelena, Marija, Ivana, Snežana, Dragana, Vesna, Milica, Mirjana, Maja, Suzana, Azra, Alma, Merima, Senada"
BCS_M = "Amir, Emir, Adnan, Senad, Edin, Mirza, Nermin, Dragan, Zoran, Goran, Milan, Nenad, Dejan, Igor, Ivan, Marko, Stefan, Nikola, Mladen, Tomislav, Josip, Ante, Haris, Damir, Samir, Đorđe"
BCS_S = "Hodžić, Hadžić, Kovačević, Delić, Begić, Mehmedović, Hasanović, Halilović, Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Pavlović, Horvat, Kovačić, Babić, Marić, Jurić, Novak, Knežević, Vuković, Perić, Husić, Ibrahimović, Omerović, Alić, Mujić"

TR_F = "Fatma, Ayşe, Emine, Hatice, Zeynep, Elif, Meryem, Şerife, Zehra, Sultan, Hanife, Merve, Özlem, Esra, Gül, Derya, Büşra, Ebru, Sevgi, Aylin, Gülşen, Nuray"
TR_M = "Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Murat, Osman, Yusuf, Ömer, Emre, Burak, Kemal, Serkan, Cem, Fatih, Erkan, Volkan, Gökhan, Tolga"
TR_S = "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Korkmaz, Erdoğan, Güneş"

ER_F = "Senait, Helen, Tsega, Saba, Mebrat, Rahel, Selam, Lidia, Ruta, Yordanos, Hiwet, Freweini, Almaz, Meron, Winta, Feven, Luwam, Azieb, Selamawit, Tirhas"
ER_M = "Yonas, Tesfay, Dawit, Samuel, Yohannes, Mehari, Tekle, Berhane, Haile, Mussie, Kidane, Abraham, Filmon, Daniel, Efrem, Robel, Semere, Ermias, Amanuel, Michael"
ER_S = "Tesfay, Tekle, Haile, Berhane, Gebremedhin, Ghebreyesus, Kidane, Mehari, Habte, Woldu, Yohannes, Ghebremichael, Tewelde, Asmelash, Andemariam, Weldemariam, Abraha, Negash, Tesfamariam, Kahsay"

AF_F = "Fatima, Zahra, Maryam, Marzia, Khadija, Shabnam, Farzana, Nilofar, Parwana, Mursal, Fariba, Sakina, Laila, Roya, Mahbooba, Hosai, Gulalai, Nazanin, Arezo, Setara"
AF_M = "Mohammad, Ahmad, Abdul, Ali, Hamid, Mustafa, Nasir, Farid, Jawad, Rahim, Sayed, Mahdi, Hussain, Reza, Karim, Zabihullah, Mujtaba, Omid, Nawid, Ahmadullah"
AF_S = "Ahmadi, Mohammadi, Rahimi, Hosseini, Amiri, Sultani, Rezai, Jafari, Hakimi, Haidari, Noori, Karimi, Popal, Safi, Wardak, Stanikzai, Sahak, Nazari, Sadat, Azizi"

TH_F = "Siriporn, Malee, Somsri, Pranee, Wanida, Kanya, Supaporn, Nittaya, Sukanya, Porntip, Ratana, Jintana, Kannika, Orawan, Duangjai, Pimchanok, Araya, Naree, Suda, Lamai"
TH_M = "Somchai, Somsak, Prasert, Somboon, Sompong, Surachai, Wichai, Anan, Chaiwat, Kittisak, Niran, Sakda, Thawatchai, Wirat, Yuthana, Boonmee, Narong, Sunthorn, Pichit, Apichat"
TH_S = "Saetang, Srisuk, Wongsawat, Chaiyaphum, Sukprasert, Rattanakorn, Boonsong, Thongchai, Kaewmanee, Phromma, Saelim, Srisawat, Jaidee, Intharasuk, Chanthara, Suwannarat, Kongkaew, Meechai, Thongsuk, Phanthong"

LA_F = "María, Ana, Carolina, Claudia, Patricia, Camila, Francisca, Daniela, Valentina, Javiera, Carmen, Rosa, Verónica, Marcela, Paola, Constanza, Lorena, Fernanda, Gabriela, Isabel"
LA_M = "José, Juan, Luis, Carlos, Jorge, Manuel, Francisco, Pedro, Miguel, Sebastián, Cristián, Rodrigo, Patricio, Alejandro, Felipe, Diego, Marcelo, Andrés, Víctor, Pablo"
LA_S = "González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo, Tapia, Reyes, Gutiérrez, Castro, Pizarro, Álvarez, Vásquez, Sánchez, Fernández"

KU_F = "Shilan, Nazdar, Berivan, Roza, Avin, Dilan, Jiyan, Shirin, Hêvî, Rojda, Zozan, Gulistan, Bahar, Narin, Sozan, Evin, Ronak, Tara, Lana, Hana"
KU_M = "Kawa, Rebwar, Aram, Dilshad, Hiwa, Karwan, Shwan, Azad, Baran, Serhat, Zana, Soran, Dara, Hemin, Ako, Sherzad, Diyar, Rizgar, Bakhtiyar, Shirwan"
KU_S = "Ahmed, Mohammed, Rashid, Aziz, Mahmoud, Karim, Hussein, Abdullah, Amin, Qadir, Hama, Kurdi, Sharif, Salih, Faraj, Majid, Jalal, Othman, Taha, Barzani, Zebari, Baban"

UA_F = "Olena, Tetiana, Nataliia, Iryna, Oksana, Svitlana, Yuliia, Olha, Kateryna, Anastasiia, Mariia, Viktoriia, Halyna, Liudmyla, Daria, Larysa"
UA_M = "Oleksandr, Serhii, Andrii, Volodymyr, Dmytro, Mykola, Yurii, Oleh, Ivan, Vasyl, Viktor, Maksym, Bohdan, Taras, Roman, Petro"
UA_S = "Melnyk, Shevchenko, Boiko, Kovalenko, Bondarenko, Tkachenko, Kovalchuk, Kravchenko, Oliinyk, Shevchuk, Koval, Polishchuk, Bondar, Tkachuk, Moroz, Marchenko, Lysenko, Rudenko, Savchenko, Petrenko"


def _origin(f: str, m: str, s: str, head: int = 10) -> Origin:
    return Origin(ranked(f, head), ranked(m, head), ranked(s, head))


ORIGINS: dict[str, Origin] = {
    "swedish": Origin(ranked(SV_F, 150), ranked(SV_M, 150), ranked(SV_S, 150)),
    "uk": Origin(ranked(UK_F, 130), ranked(UK_M, 130), ranked(UK_S, 150)),
    "us": Origin(census(US_F), census(US_M), census(US_S)),
    "finnish": _origin(FI_F, FI_M, FI_S),
    "arabic": _origin(AR_F, AR_M, AR_S),
    "somali": _origin(SO_F, SO_M, SO_S),
    "polish": _origin(PL_F, PL_M, PL_S),
    "persian": _origin(FA_F, FA_M, FA_S),
    "bcs": _origin(BCS_F, BCS_M, BCS_S),
    "turkish": _origin(TR_F, TR_M, TR_S),
    "eritrean": _origin(ER_F, ER_M, ER_S),
    "afghan": _origin(AF_F, AF_M, AF_S),
    "thai": _origin(TH_F, TH_M, TH_S),
    "latin": _origin(LA_F, LA_M, LA_S),
    "kurdish": _origin(KU_F, KU_M, KU_S),
    "ukrainian": _origin(UA_F, UA_M, UA_S),
}

# Who is named, per language of the row (weights, not per cents). Swedish is the largest in
# Swedish and mixed text, roughly as the population of Sweden is; English text names Americans
# and Britons first.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 67, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "kurdish": 1.5, "turkish": 1.5, "afghan": 1.5, "ukrainian": 1.3,
        "eritrean": 1.2, "thai": 1, "latin": 1, "uk": 0.7, "us": 0.6,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 10, "arabic": 2, "polish": 2, "latin": 2, "finnish": 1,
        "somali": 1, "persian": 1, "turkish": 1, "thai": 1, "bcs": 1, "ukrainian": 1,
        "afghan": 0.5, "eritrean": 0.5, "kurdish": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 10, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
        "persian": 2.5, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5, "afghan": 1.5,
        "ukrainian": 1.5, "eritrean": 1, "thai": 1, "latin": 1,
    },
}  # fmt: skip

_NICK_SV = {
    "Lars": ["Lasse"], "Mikael": ["Micke"], "Joakim": ["Jocke"], "Karl": ["Kalle"],
    "Per": ["Pelle", "Pära"], "Magnus": ["Mange"], "Thomas": ["Tompa"], "Tomas": ["Tompa"],
    "Fredrik": ["Fredde"], "Kenneth": ["Kenta"], "Bengt": ["Bengan"], "Gustav": ["Gurra", "Gusse"],
    "Gustaf": ["Gurra"], "Jan": ["Janne"], "Hans": ["Hasse"], "Patrik": ["Patte"],
    "Robert": ["Robban"], "Tobias": ["Tobbe"], "Torbjörn": ["Tobbe"], "Marcus": ["Mackan"],
    "Markus": ["Mackan"], "Stefan": ["Steffe"], "Sebastian": ["Sebbe"], "Christer": ["Kicke"],
    "Ulf": ["Uffe"], "Roger": ["Rogge"], "Leif": ["Leffe"], "Rolf": ["Roffe"], "Sven": ["Svenne"],
    "Nils": ["Nisse"], "Olof": ["Olle"], "Kristoffer": ["Kricke", "Krille"], "Anders": ["Ante"],
    "Johan": ["Jocke"], "Mattias": ["Matte"], "Niklas": ["Nicke"], "Jonas": ["Jonte"],
    "Henrik": ["Henke"], "Göran": ["Gurra", "Göte"], "Andreas": ["Andy"], "Kjell": ["Kjelle"],
    "Björn": ["Nalle", "Bjölle"], "Dennis": ["Denne"], "Albin": ["Abbe"], "Axel": ["Acke"],
    "Elisabeth": ["Lisa", "Bettan"], "Elisabet": ["Bettan"], "Charlotte": ["Lotta"],
    "Charlotta": ["Lotta"], "Susanne": ["Sussie"], "Katarina": ["Kattis", "Kajsa"],
    "Kristina": ["Stina", "Kicki"], "Christina": ["Kicki"], "Margareta": ["Maggan", "Greta"],
    "Birgitta": ["Gittan", "Bittan"], "Viktoria": ["Vickan"], "Mikaela": ["Micka"],
    "Madeleine": ["Madde"], "Caroline": ["Carro"], "Rebecka": ["Becka"], "Camilla": ["Millan"],
    "Matilda": ["Tilda"], "Cecilia": ["Cissi"], "Louise": ["Lollo"], "Annika": ["Ankan"],
    "Gunilla": ["Gunnis"], "Barbro": ["Babsan"], "Ingrid": ["Ninni"], "Helena": ["Lena"],
    "Alexandra": ["Alex"], "Johanna": ["Jossan"], "Josefin": ["Jossan"], "Emelie": ["Emmi"],
}  # fmt: skip
_NICK_EN = {
    "William": ["Will", "Bill"], "Robert": ["Rob", "Bob"], "Richard": ["Rick", "Dick"],
    "James": ["Jim", "Jamie"], "Michael": ["Mike"], "Christopher": ["Chris"],
    "Daniel": ["Dan", "Danny"], "David": ["Dave"], "Thomas": ["Tom"], "Anthony": ["Tony"],
    "Joseph": ["Joe"], "Charles": ["Charlie", "Chuck"], "Edward": ["Ed", "Ted"], "Matthew": ["Matt"],
    "Andrew": ["Andy"], "Jonathan": ["Jon"], "Benjamin": ["Ben"], "Samuel": ["Sam"],
    "Nicholas": ["Nick"], "Alexander": ["Alex"], "Steven": ["Steve"], "Stephen": ["Steve"],
    "Peter": ["Pete"], "Timothy": ["Tim"], "Patrick": ["Pat"], "Kenneth": ["Ken"],
    "Donald": ["Don"], "Ronald": ["Ron"], "Gerald": ["Gerry"], "Gregory": ["Greg"],
    "Lawrence": ["Larry"], "Raymond": ["Ray"], "Douglas": ["Doug"], "Frederick": ["Fred"],
    "Jennifer": ["Jen", "Jenny"], "Elizabeth": ["Liz", "Beth"], "Margaret": ["Maggie", "Peggy"],
    "Katherine": ["Kate"], "Catherine": ["Cathy", "Kate"], "Patricia": ["Pat", "Trish"],
    "Susan": ["Sue"], "Deborah": ["Debbie"], "Rebecca": ["Becky"], "Victoria": ["Vicky"],
    "Jessica": ["Jess"], "Samantha": ["Sam"], "Kimberly": ["Kim"], "Christine": ["Chris"],
    "Barbara": ["Barb"], "Dorothy": ["Dot"], "Nicola": ["Nicky"], "Abigail": ["Abby"],
    "Amanda": ["Mandy"], "Philippa": ["Pippa"], "Josephine": ["Jo"], "Cynthia": ["Cindy"],
}  # fmt: skip
NICKNAMES: dict[str, dict[str, list[str]]] = {
    "swedish": _NICK_SV,
    "uk": _NICK_EN,
    "us": _NICK_EN,
    "polish": {"Małgorzata": ["Gosia"], "Katarzyna": ["Kasia"], "Aleksandra": ["Ola"], "Krzysztof": ["Krzysiek"], "Tomasz": ["Tomek"], "Wojciech": ["Wojtek"], "Agnieszka": ["Aga"]},
    "finnish": {"Juha": ["Jussi"], "Johanna": ["Jonna"], "Markku": ["Make"], "Kari": ["Kake"]},
    "arabic": {"Mohammad": ["Mo", "Hamoudi"], "Mustafa": ["Musse"], "Abdullah": ["Abdi"]},
    "latin": {"Francisco": ["Pancho"], "José": ["Pepe"], "Patricio": ["Pato"], "Francisca": ["Pancha"]},
    "ukrainian": {"Oleksandr": ["Sasha"], "Volodymyr": ["Volodia"], "Kateryna": ["Katia"]},
    "bcs": {"Snežana": ["Sneža"], "Aleksandar": ["Aco"]},
}  # fmt: skip
