# ruff: noqa: E501
"""Name pools of held-out FH (issue 15): names as the population has them, by origin and weight.

Swedish given names and surnames in the order of SCB's name statistics (written from the writer's
general knowledge; weight 1/rank; head the top 150, a tail of rarer names past them); the US Census
1990 lists (public domain, copied from the `names` package's `dist.female.first`,
`dist.male.first` and `dist.all.last`; the census per cent as weight, head 150); UK given names and
surnames in the order of the ONS rankings (general knowledge, 1/rank, head 150); and the commonest
given names and surnames of origins common in Sweden (1/rank, head 10). Nothing here was checked
against rung's lexicons; no name was left out for being known or unknown. Stdlib only.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from a list's head with this share, else from its tail


@dataclass(frozen=True)
class Pool:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int  # names[:head] are the head, the rest the tail


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def _split(text: str) -> tuple[str, ...]:
    return tuple(w.strip() for w in text.replace("\n", " ").split(",") if w.strip())


def ranked(head: tuple[str, ...], tail: tuple[str, ...] = (), top: int | None = None) -> Pool:
    """A pool in rank order, weight 1/rank; `top` names are the head (all of `head` unless given)."""
    names = head + tail
    top = len(head) if top is None else top
    return Pool(names, tuple(1 / rank for rank in range(1, len(names) + 1)), top)


def census(rows: tuple[tuple[str, float], ...], top: int = 150) -> Pool:
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), top)


_PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "ß": "ss", "æ": "ae", "ø": "o", "Ø": "O"}
)


def plain(word: str) -> str:
    """A name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Đorđević` -> `Djordjevic`."""
    word = word.translate(_PLAIN)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# --- Sweden: SCB's order (all carriers of a name), head 150 then a tail of rarer names -------------

SV_F_HEAD = _split("""
Maria, Elisabeth, Anna, Kristina, Margareta, Eva, Linnéa, Karin, Birgitta, Marie, Ingrid, Sofia,
Emma, Elin, Sara, Christina, Kerstin, Lena, Helena, Ida, Johanna, Louise, Inger, Cecilia, Linda,
Malin, Matilda, Katarina, Julia, Marianne, Hanna, Charlotte, Viktoria, Susanne, Anneli, Jenny,
Ulla, Amanda, Caroline, Frida, Monica, Elsa, Ulrika, Alice, Gunilla, Åsa, Elisabet, Camilla,
Ingegerd, Ann, Barbro, Josefin, Agneta, Sofie, Astrid, Therese, Annika, Carina, Anette, Klara,
Maja, Madeleine, Wilma, Ebba, Kristin, Gunnel, Lovisa, Ellen, Siv, Marita, Jessica, Emelie,
Ingela, Alexandra, Ella, Elina, Mona, Gun, Lisa, Alva, Yvonne, Rebecka, Irene, Mikaela, Lina,
Pia, Sonja, Ann-Christin, Eleonora, Ingeborg, Moa, Lisbeth, Britt, Elvira, Greta, Felicia,
Gunhild, Emilia, Helen, Fredrika, Nathalie, Britta, Evelina, Vera, Elsie, Ronja, Anita, Jennie,
Isabelle, Olivia, Ester, Signe, Saga, Erika, Linn, Ellinor, Ylva, Mia, Gerd, Ann-Marie,
Catarina, Märta, Tove, Annelie, Stina, Vendela, Agnes, Jeanette, Rut, Kajsa, Hilda, Tuva, Nora,
Selma, Liv, Tindra, Hedvig, Lilly, Majken, Karolina, Birgit, Gudrun, Marina, Petra, Agnetha,
Ingalill, Sigrid, Emmy, Hillevi, Anne
""")

SV_F_TAIL = _split("""
Gunvor, Majvor, Solveig, Rigmor, Ulla-Britt, Lill, Lillemor, Ragnhild, Dagny, Svea, Alfhild,
Elna, Hjördis, Inga, Gullan, Vivianne, Viveka, Bodil, Inga-Lill, Siw, Laila, Maud, Maj-Britt,
Berit, Eivor, Desirée, Sanna, Paulina, Rebecca, Josefine, Emilie, Filippa, Melissa, Nellie,
Minna, Cornelia, Thea, Juni, Lo, Meja, Idun, Tyra, Juno, Ines, Livia, Elise, Alicia, Mira,
Yasmin, Leah, Edith, Märit, Helga, Asta, Valborg, Edla, Hulda, Teresia, Magdalena, Jonna, Hedda,
Vilma, Freja, Isa, Lykke, Nova, Stella, Iris, Hilma, Ellie, Lova, Malva, Tova, Annie, Mimmi,
Ottilia, Lea, Bianca, Jasmine, Rakel, Ewa, Lise-Lott, Ann-Sofie, Ann-Charlotte, Anna-Karin,
Eva-Lena, Marie-Louise, Britt-Marie, Ann-Kristin, Märta-Lena, Ann-Louise, Eva-Karin, Gunn-Britt,
Sol, Cissi, Titti, Jill, Tina, Gabriella, Sandra, Veronica, Josefina, Rose-Marie, Margit, Elly,
Ingegärd, Gunborg, Dorotea, Henrietta, Wivianne, Kjerstin, Lovis, Ingalena, Evy, Aina, Ingvor,
Gunbritt, Inez, Majlis, Mariana, Elvy, Ethel, Vanja, Tekla, Tora, Vega, Alba, Ann-Britt, Cajsa,
Sigrun, Torborg, Ingrun, Ninni, Pernilla, Michaela, Kristel, Charlotta, Sussanne, Lotten,
Mathilda, Amelie, Maj-Lis, Elsa-Britt, Malena, Malou, Minnie, Tuulia, Jenna, Olga, Rosita, Rosa,
Ronya, Idah, Dalia, Nadja, Natalie, Anja, Tanja, Jessika, Therése, Theresia, Emely, Emmeli,
Alexia, Selina, Saida, Fatima, Amina, Mariam, Zahra, Sara-Li, Leonora, Lejla, Miranda, Estelle,
Felicitas, Gertrud, Hermine, Irma, Karla, Lydia, Mirjam, Naemi, Nathalia, Lena-Maria, Pauline,
Regina, Rosalie, Sabina, Serafina, Susanna, Tilde, Ulrica, Valentina, Vivi, Wendela, Ylvali,
Åse, Anna-Lena, Kaisa, Elida, Ann-Mari, Märtha, Lisen, Lilian, Helny, Majvi, Nanna, Bettina,
Siri, Linnea, Carola, Kristine, Liselotte, Eva-Britt, Gullvi, Ingbritt
""")

SV_M_HEAD = _split("""
Lars, Karl, Mikael, Anders, Johan, Per, Erik, Carl, Nils, Jan, Lennart, Peter, Hans, Olof,
Thomas, Gustav, Daniel, Fredrik, Bengt, Sven, Alexander, Stefan, Bo, Åke, Magnus, Göran,
Andreas, Martin, Mats, Ulf, Axel, Henrik, Johannes, Leif, Jonas, Kjell, Arne, Christer, Oskar,
Stig, David, Marcus, Emil, Ingemar, Mattias, Niklas, Jörgen, Kent, Roland, Rolf, Tommy, Robert,
Anton, Viktor, Filip, Patrik, Joakim, Simon, Tomas, William, Håkan, Roger, Gunnar, Sebastian,
Christian, Björn, Kurt, Rune, Lucas, Jakob, Elias, Rasmus, Adam, Hugo, Kenneth, Ove, Ludvig,
Oliver, Kristian, Claes, Urban, Dan, Jesper, Robin, Gösta, Bertil, Tobias, Isak, Olle, Ingvar,
Gustaf, Leo, Ali, Mohammed, Liam, Noah, Theodor, Vilhelm, Albin, Edvin, Emanuel, Sten, Torbjörn,
Jens, Jimmy, Richard, Pontus, Sture, Harald, Einar, Allan, Birger, Ola, Karl-Erik, Per-Olof,
Jan-Erik, Melvin, Elliot, Alfred, Arvid, Samuel, Benjamin, Jonathan, Josef, Hampus, Max, Valter,
Love, Theo, Alvin, Vincent, Wilhelm, Felix, Gabriel, Folke, Sigvard, Torsten, Ivar, Holger,
Tage, Evert, Yngve, Mohamed, Ahmed, Stellan, Conny, Lars-Göran, Dennis, Pär, Rickard
""")

SV_M_TAIL = _split("""
Sixten, Ebbe, Knut, Algot, Gottfrid, Helge, Hilding, Verner, Lars-Inge, Lars-Erik, Per-Erik,
Karl-Johan, Nils-Erik, Sven-Erik, Bengt-Göran, Jan-Olof, Lars-Olof, Carl-Johan, Per-Anders,
Hans-Erik, Lars-Åke, Bo-Göran, Hans-Olof, Ture, Ragnar, Sigurd, Assar, Arvo, Birk, Bror, Dag,
Eskil, Frans, Greger, Halvar, Hjalmar, Ingolf, Jarl, Kalle, Lage, Manne, Njord, Otto, Pelle,
Ragnvald, Seth, Sune, Tor, Torgny, Uno, Valdemar, Vidar, Waldemar, Per-Arne, Östen, Sven-Åke,
Ante, Aron, Casper, Colin, Douglas, Elis, Enzo, Frank, Gideon, Harry, Isidor, Jack, Jacob, Joel,
Julius, Kevin, Leon, Linus, Loke, Malte, Milo, Neo, Nils-Gunnar, Noel, Nour, Omar, Otis, Ruben,
Sam, Sigge, Svante, Tim, Tristan, Valle, Wille, Wilmer, Adrian, Charlie, August, Elton,
Nils-Åke, Bengt-Åke, Hannes, Henry, Ibrahim, Isac, Ivan, Jamal, Jon, Kaj, Kasper, Kim, Lukas,
Mathias, Matteus, Melker, Mio, Nicklas, Oscar, Ossian, Patric, Philip, Rikard, Ronny, Sonny,
Tony, Ulrik, Wiktor, Yusuf, Zakaria, Alf, Benny, Bosse, Christoffer, Curt, Dick, Eddie, Egon,
Elof, Erling, Fritz, Georg, Glenn, Gert, Gudmund, Gunne, Hasse, Herbert, Ingvald, Inge, Janne,
Jöns, Kennet, Kjell-Åke, Krister, Lasse, Leopold, Lenny, Marcel, Mauritz, Mikko, Nore, Odd,
Olav, Orvar, Pehr, Petter, Reidar, Roine, Rutger, Staffan, Sören, Teodor, Thure, Tord, Torvald,
Ulrich, Viggo, Vilgot, Wiggo, Yngvar, Åsmund, Arild, Bernt, Bernhard, Bill, Björne, Bror-Erik,
Carl-Axel, Carl-Gustaf, Claes-Göran, Edvard, Eilert, Elving, Emrik, Enar, Fabian, Gillis,
Gustav-Adolf, Jan-Olov, Henning, Hilmer, Ingmar, Jan-Åke, Jan-Ove, Kjell-Arne, Lars-Gunnar,
Leif-Åke, Mats-Ola, Nils-Olof, Ole, Per-Åke, Per-Olov, Karl-Gustav, Sten-Åke, Sven-Olof,
Thorsten
""")

SV_S_HEAD = _split("""
Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson,
Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson,
Magnusson, Olofsson, Lindström, Lindqvist, Lindgren, Berg, Axelsson, Bergström, Lundberg, Lind,
Lundgren, Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Forsberg, Sjöberg,
Ali, Wallin, Mohammed, Engström, Eklund, Danielsson, Lundin, Håkansson, Björk, Bergman,
Gunnarsson, Holm, Wikström, Samuelsson, Isaksson, Fransson, Bergqvist, Nyström, Holmberg,
Arvidsson, Löfgren, Söderberg, Nyberg, Blomqvist, Claesson, Nordström, Mårtensson, Lundström,
Ahmed, Viklund, Björklund, Eliasson, Pålsson, Hassan, Berggren, Sandström, Lund, Nordin, Ström,
Åberg, Hermansson, Ekström, Holmgren, Sundberg, Hedlund, Dahlberg, Hellström, Sjögren,
Abrahamsson, Falk, Martinsson, Öberg, Andreasson, Strömberg, Månsson, Hansen, Åkesson, Dahl,
Lindholm, Norberg, Holmqvist, Sundström, Ekman, Mohamed, Hussein, Lindell, Sjöström, Nordqvist,
Johnsson, Ivarsson, Sundqvist, Lindahl, Palm, Ottosson, Omar, Bergkvist, Engberg, Lindblom,
Strand, Göransson, Ibrahim, Hedberg, Nordlund, Adolfsson, Jacobsson, Sundin, Boström, Ekberg,
Lindén, Backman, Nygren, Holmström, Sjödin, Åström, Lilja, Borg, Nordgren, Lundell,
Kristiansson, Augustsson, Åkerlund, Hedström, Blom, Lindh, Nyman, Malmberg, Forslund, Eskilsson,
Nielsen, Sandin, Ekholm, Sjölund, Östlund
""")

SV_S_TAIL = _split("""
Bäckström, Lindkvist, Westerberg, Nyqvist, Rydberg, Jensen, Löfström, Wiklund, Karlberg,
Blomberg, Granström, Söderström, Hedman, Edlund, Fors, Roos, Hägglund, Lundmark, Marklund,
Nordberg, Sundell, Wahlström, Ågren, Törnqvist, Sahlin, Jakobsen, Ekdahl, Kjellberg, Thorén,
Hallberg, Grahn, Engman, Lindroth, Bergh, Wallén, Sandell, Frisk, Brandt, Ek, Lindeberg, Hjort,
Ljung, Ljungberg, Björling, Ahlberg, Ahlström, Ahlqvist, Malm, Mohammadi, Hosseini, Yilmaz,
Nguyen, Khalil, Jama, Abdi, Warsame, Korhonen, Virtanen, Nowak, Kowalski, Hodzic, Karimi,
Ahmadi, Berntsson, Carlsson, Carlström, Dahlgren, Dahlqvist, Ekelund, Ekstrand, Enqvist,
Fagerström, Falkenberg, Forsgren, Forsman, Frid, Gran, Granberg, Granlund, Grönlund, Gustavsson,
Hagström, Hammar, Hammarström, Hedin, Hellberg, Hellman, Holmlund, Hultgren, Hultman, Högberg,
Höglund, Isberg, Jernberg, Jonasson, Järvinen, Kallio, Klasson, Kvist, Lagerqvist, Larsen,
Liljegren, Lindblad, Lindfors, Lindmark, Lindvall, Ljunggren, Lundholm, Lönn, Magnell, Melin,
Moberg, Modig, Mörk, Nord, Norén, Norling, Nyholm, Nylander, Olausson, Ohlsson, Palmqvist,
Pehrsson, Rask, Rosén, Rosengren, Rydén, Salomonsson, Selin, Sjöblom, Sjökvist, Skoglund,
Stenberg, Stenström, Strandberg, Sundgren, Svärd, Sörensen, Tell, Thelin, Thulin, Vikström,
Wall, Wennberg, Westin, Wikman, Winberg, Zetterberg, Zetterström, Åkerman, Öhman, Östberg,
Östman, Alm, Appelqvist, Aronsson, Asplund, Bergendahl, Bladh, Boman, Burman, Byström,
Cederholm, Dufva, Eng, Fält, Gren, Hallin, Hed, Hjelm, Holmén, Hägg, Jarl, Kihlberg, Knutsson,
Kron, Lagerlöf, Lidén, Lundh, Lyck, Löf, Brännström, Lundkvist, Nordmark, Nordahl, Nordén, Rehn,
Ringström, Rönnqvist, Schön, Sjöholm, Sparre, Stål, Tapper, Unger, Vallin, Wester, Wigren,
Åslund, Ödman, Örn, von Platen, af Klercker, De Geer, von Essen, af Ugglas, von Sydow,
Lewenhaupt, Gyllenstierna, Wachtmeister, Bonde, Ehrensvärd, Stjernswärd, Juhlin, Tegnér, Eklöf,
Wiberg, Brodin, Stenlund, Nyborg, Henningsson, Hylander, Kjellin, Leander, Ottander
""")


# --- The UK: the ONS rankings' order, head 150 then rarer names ---------------------------------

UK_F = _split("""
Sarah, Emma, Claire, Elizabeth, Susan, Margaret, Helen, Julie, Karen, Nicola, Lisa, Rachel,
Laura, Jennifer, Emily, Jessica, Olivia, Charlotte, Sophie, Amy, Hannah, Lucy, Rebecca, Katie,
Amelia, Jacqueline, Louise, Victoria, Joanne, Michelle, Kelly, Deborah, Samantha, Gemma, Alison,
Angela, Linda, Jane, Anne, Catherine, Mary, Christine, Gillian, Joan, Pauline, Sandra, Janet,
Barbara, Patricia, Carol, Wendy, Tracey, Dawn, Kerry, Stephanie, Natalie, Hayley, Donna, Fiona,
Amanda, Sharon, Lorraine, Jean, Valerie, Sheila, Dorothy, Brenda, Kathleen, Lauren, Chloe,
Megan, Ellie, Grace, Isla, Ava, Mia, Isabella, Poppy, Freya, Evie, Lily, Sophia, Ruby, Florence,
Ivy, Rosie, Holly, Eleanor, Abigail, Georgia, Jade, Zoe, Kirsty, Danielle, Leanne, Katherine,
Caroline, Anna, Diane, Maureen, Julia, Ann, Irene, Rosemary, Shirley, Marion, Lesley, Beverley,
Jill, Elaine, Joyce, Doreen, Sylvia, Kim, Heather, Yvonne, Hazel, Ruth, Alice, Harriet, Sian,
Rhian, Bethan, Eilidh, Catriona, Siobhan, Aoife, Niamh, Ciara, Amber, Jasmine, Phoebe, Millie,
Daisy, Matilda, Elsie, Willow, Sienna, Maisie, Scarlett, Imogen, Naomi, Tanya, Vicky, Gail,
Denise, Jenny, Lynne, Joanna, Jayne
""")

UK_F_TAIL = _split("""
Bridget, Marjorie, Audrey, Edna, Gwendolyn, Hilda, Muriel, Winifred, Vera, Beryl, Enid, Glenys,
Mavis, Olive, Pamela, Rita, Iris, Josephine, Frances, Gwen, Lorna, Moira, Morag, Mhairi, Isobel,
Kirstie, Shona, Carys, Ffion, Cerys, Nia, Megan-Rose, Lowri, Seren, Aisling, Orla, Roisin,
Saoirse, Clodagh, Philippa, Penelope, Henrietta, Camilla, Arabella, Felicity, Tamsin, Jemima,
Rowena, Verity, Hermione, Tabitha, Bryony, Esme, Ottilie, Clementine, Beatrice, Edith, Mabel,
Elodie, Aurelia, Lyra, Hattie, Nancy, Peggy, Connie, Annabel, Nadia, Priya, Aisha, Fatima, Zara,
Amira, Maryam, Safiya, Halima, Yasmin, Hollie, Jodie, Stacey, Chantelle, Shannon, Courtney,
Jordan, Kayleigh, Toni, Nikki, Mandy, Sally, Judith, Lynda, Marilyn, Geraldine, Bernadette,
Theresa, Veronica, Monica, Carole, Tina, Sheena, Jeanette, Trudy, Suzanne, Lindsey, Melanie,
Rebekah, Kathryn, Abbie, Lydia, Esther, Miriam, Martha, Rosa, Cara, Leah, Tilly, Freyja, Ayla,
Nell, Edie, Orla-Mae, Lacey-Mae, Darcie, Gracie
""")

UK_M = _split("""
David, John, Paul, Michael, Andrew, Peter, James, Robert, Mark, Richard, Stephen, Christopher,
Ian, Simon, Daniel, Matthew, Thomas, William, Anthony, Steven, Gary, Kevin, Alan, Martin, Brian,
Jonathan, Neil, Graham, Philip, Keith, Colin, George, Oliver, Harry, Jack, Charlie, Noah, Leo,
Oscar, Jacob, Alfie, Freddie, Arthur, Henry, Archie, Joshua, Samuel, Benjamin, Adam, Luke, Ryan,
Liam, Jamie, Scott, Lee, Craig, Dean, Wayne, Darren, Jason, Shaun, Carl, Stuart, Adrian, Nigel,
Trevor, Barry, Roger, Malcolm, Derek, Raymond, Kenneth, Roy, Dennis, Terence, Frank, Frederick,
Ernest, Albert, Stanley, Edward, Joseph, Nicholas, Timothy, Gordon, Douglas, Duncan, Alistair,
Hamish, Angus, Callum, Euan, Ross, Fraser, Rhys, Owen, Gareth, Dylan, Iwan, Dafydd, Sean,
Patrick, Declan, Conor, Ciaran, Niall, Kieran, Connor, Aaron, Nathan, Tyler, Kyle, Jordan,
Bradley, Lewis, Elliot, Max, Toby, Theo, Isaac, Ethan, Mason, Logan, Muhammad, Mohammed, Ali,
Hassan, Imran, Tariq, Raj, Sanjay, Vijay, Ashok, Alexander, Hugh, Rupert, Giles, Julian, Jeremy,
Rodney, Clive, Howard, Leonard, Ronald, Donald, Harold, Norman, Bernard, Geoffrey, Victor
""")

UK_M_TAIL = _split("""
Eric, Dominic, Arnold, Cyril, Percy, Reginald, Cecil, Wilfred, Herbert, Walter, Clifford,
Gerald, Maurice, Lionel, Horace, Sidney, Leslie, Aubrey, Basil, Desmond, Rex, Glyn, Emlyn, Gwyn,
Huw, Aled, Ieuan, Llyr, Cai, Steffan, Morgan, Evan, Finlay, Struan, Ruaridh, Lachlan, Murdo,
Ewan, Calum, Gregor, Kenny, Lorcan, Oisin, Cillian, Padraig, Eoin, Fergus, Cormac, Tadhg,
Barnaby, Benedict, Crispin, Jasper, Laurence, Piers, Quentin, Sebastian, Tristram, Hugo,
Rafferty, Ralph, Rufus, Bertie, Stanley-James, Teddy, Reggie, Ronnie, Tommy, Billy, Frankie,
Alfie-Jay, Harley, Kai, Reece, Brandon, Jake, Jay, Dale, Glenn, Lloyd, Dwayne, Marlon, Winston,
Delroy, Clinton, Errol, Neville, Rajesh, Sunil, Amir, Bilal, Hamza, Usman, Zain, Yusuf, Ibrahim,
Omar, Arjun, Rohan, Kian, Ronan, Jude, Rory, Felix, Caleb, Zachary, Reuben, Elijah, Gabriel,
Louis, Sonny, Albie, Ezra, Harvey, Mohammad, Austin, Brett, Chris, Damian, Gavin, Jeffrey,
Lawrence, Mervyn, Phil, Russell, Vernon
""")

UK_S = _split("""
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
Barrett, Webster, Hunter, Gregory, Carr, Jacobs
""")

UK_S_TAIL = _split("""
Lowe, Page, Marsh, Riley, Dunn, Woods, Parsons, Berry, Stone, Reid, Holland, Hawkins, Harding,
Porter, Robertson, Newton, Oliver, Reed, Kennedy, Williamson, Bird, Gardner, Shah, Dean, Lane,
Cooke, Bates, Henderson, Parry, Burgess, Bishop, Walton, Burns, Nicholson, Shepherd, Ross,
Cross, Long, Freeman, Warren, Nicholls, Hamilton, Byrne, Sutton, McDonald, Yates, Hodgson,
Robson, Curtis, Hopkins, O'Connor, Harper, Coleman, Watkins, Moss, McCarthy, Chambers, O'Neill,
Griffin, Sharp, Hardy, Wheeler, Potter, Osborne, Johnston, Gordon, Doyle, Wallace, George,
Jordan, Hutchinson, Rowe, Burke, May, Pritchard, Gilbert, Willis, Higgins, Read, Miles,
Stevenson, Stephenson, Hammond, Arnold, Buckley, Walters, Hewitt, Barber, Nelson, Slater,
Austin, Sullivan, Whitehead, Mann, Frost, Lambert, Stephens, Blake, Akhtar, Lynch, Goodwin,
Barton, Woodward, Thomson, Cunningham, Quinn, Barnett, Baxter, Bibi, Clayton, Nash, Greenwood,
Jennings, Holt, Kemp, Poole, Gallagher, Bond, Stokes, Tucker, Davidson, Fowler, Heath, Norman,
Middleton, Lawson, Banks, French, Stanley, Jarvis, Gibbs, Ferguson, Hayward, Carroll, Douglas,
Dickinson, Todd, Barlow, Peters, Lucas, Knowles, Hartley, Miah, Simmons, Morton, Alexander,
Field, Morrison, Norris, Townsend, Preston, Hancock, Thornton, Baldwin, Burrows, Briggs, Storey,
Pugh, Humphreys, Vaughan, Jeffery, Whittaker, Bull, Sheppard, Goddard, Metcalfe, Kirby,
Parkinson, Connolly, Houghton, Hargreaves, Ashton, Chadwick, Swift, Ramsden, Pickering, Sykes,
Crowther, Bamford, Entwistle, Fairclough, MacLeod, MacKenzie, Fraser, Sinclair, Munro, Gunn,
Cameron, Maclean, Llewellyn, Prosser, Bevan, Pryce, Howells, Gwilliam, Nolan, Kavanagh,
Fitzgerald, Brennan, Maguire, Docherty, Devlin, Rahman, Uddin, Choudhury, Islam, Iqbal, Mahmood,
Chauhan, Mistry, Chohan, Okafor, Adeyemi, Mensah, Boateng, Campbell-Brown, Smith-Jones, Fforde,
ap Rhys, Cholmondeley, Featherstonehaugh
""")

# --- The US Census 1990 (dist.female.first, dist.male.first, dist.all.last): name, per cent ---------

US_F = (
    ("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.98), ("Elizabeth", 0.937),
    ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794), ("Margaret", 0.768),
    ("Dorothy", 0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667), ("Betty", 0.666),
    ("Helen", 0.663), ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565), ("Ruth", 0.562),
    ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.51), ("Sarah", 0.508), ("Kimberly", 0.504),
    ("Deborah", 0.494), ("Jessica", 0.49), ("Shirley", 0.482), ("Cynthia", 0.469),
    ("Angela", 0.468), ("Melissa", 0.462), ("Brenda", 0.455), ("Amy", 0.451), ("Anna", 0.44),
    ("Rebecca", 0.43), ("Virginia", 0.43), ("Kathleen", 0.424), ("Pamela", 0.416),
    ("Martha", 0.412), ("Debra", 0.408), ("Amanda", 0.404), ("Stephanie", 0.4), ("Carolyn", 0.385),
    ("Christine", 0.382), ("Marie", 0.379), ("Janet", 0.379), ("Catherine", 0.373),
    ("Frances", 0.37), ("Ann", 0.364), ("Joyce", 0.364), ("Diane", 0.359), ("Alice", 0.357),
    ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336), ("Doris", 0.335), ("Gloria", 0.335),
    ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315), ("Mildred", 0.313), ("Katherine", 0.313),
    ("Joan", 0.306), ("Ashley", 0.303), ("Judith", 0.297), ("Rose", 0.296), ("Janice", 0.285),
    ("Kelly", 0.283), ("Nicole", 0.281), ("Judy", 0.276), ("Christina", 0.275), ("Kathy", 0.272),
    ("Theresa", 0.271), ("Beverly", 0.267), ("Denise", 0.264), ("Tammy", 0.259), ("Irene", 0.252),
    ("Jane", 0.25), ("Lori", 0.248), ("Rachel", 0.242), ("Marilyn", 0.241), ("Andrea", 0.236),
    ("Kathryn", 0.234), ("Louise", 0.229), ("Sara", 0.229), ("Anne", 0.228), ("Jacqueline", 0.228),
    ("Wanda", 0.226), ("Bonnie", 0.223), ("Julia", 0.223), ("Ruby", 0.221), ("Lois", 0.22),
    ("Tina", 0.22), ("Phyllis", 0.219), ("Norma", 0.218), ("Paula", 0.217), ("Diana", 0.216),
    ("Annie", 0.216), ("Lillian", 0.211), ("Emily", 0.208), ("Robin", 0.208), ("Peggy", 0.208),
    ("Crystal", 0.207), ("Gladys", 0.205), ("Rita", 0.204), ("Dawn", 0.202), ("Connie", 0.2),
    ("Florence", 0.2), ("Tracy", 0.197), ("Edna", 0.197), ("Tiffany", 0.195), ("Carmen", 0.195),
    ("Rosa", 0.194), ("Cindy", 0.192), ("Grace", 0.189), ("Wendy", 0.185), ("Victoria", 0.18),
    ("Edith", 0.179), ("Kim", 0.178), ("Sherry", 0.178), ("Sylvia", 0.177), ("Josephine", 0.177),
    ("Thelma", 0.175), ("Shannon", 0.175), ("Sheila", 0.175), ("Ethel", 0.174), ("Ellen", 0.173),
    ("Elaine", 0.173), ("Marjorie", 0.173), ("Carrie", 0.171), ("Charlotte", 0.169),
    ("Monica", 0.166), ("Esther", 0.166), ("Pauline", 0.165), ("Emma", 0.165), ("Juanita", 0.164),
    ("Anita", 0.162), ("Rhonda", 0.162), ("Hazel", 0.161), ("Amber", 0.16), ("Eva", 0.159),
    ("Debbie", 0.157), ("April", 0.154), ("Leslie", 0.154), ("Clara", 0.153), ("Lucille", 0.153),
    ("Jamie", 0.153), ("Joanne", 0.15), ("Eleanor", 0.15), ("Valerie", 0.149), ("Danielle", 0.149),
    ("Megan", 0.147), ("Alicia", 0.146), ("Suzanne", 0.145), ("Michele", 0.145), ("Gail", 0.145),
    ("Bertha", 0.143), ("Darlene", 0.142), ("Veronica", 0.142), ("Jill", 0.142), ("Erin", 0.141),
    ("Geraldine", 0.141), ("Lauren", 0.137), ("Cathy", 0.137), ("Joann", 0.136),
    ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135), ("Regina", 0.133), ("Erica", 0.13),
    ("Beatrice", 0.13), ("Dolores", 0.129), ("Bernice", 0.128), ("Audrey", 0.127),
    ("Yvonne", 0.126), ("Annette", 0.125), ("June", 0.125), ("Samantha", 0.124), ("Marion", 0.122),
    ("Dana", 0.122), ("Stacy", 0.121), ("Ana", 0.12), ("Renee", 0.12), ("Ida", 0.118),
    ("Vivian", 0.118), ("Roberta", 0.117), ("Holly", 0.117), ("Brittany", 0.117),
    ("Melanie", 0.116), ("Loretta", 0.115), ("Yolanda", 0.115), ("Jeanette", 0.115),
    ("Laurie", 0.114), ("Katie", 0.113), ("Kristen", 0.111), ("Vanessa", 0.111), ("Alma", 0.111),
    ("Sue", 0.111), ("Elsie", 0.11), ("Beth", 0.11), ("Jeanne", 0.109), ("Vicki", 0.109),
    ("Carla", 0.107), ("Tara", 0.107), ("Rosemary", 0.107), ("Eileen", 0.105), ("Terri", 0.105),
    ("Gertrude", 0.103), ("Lucy", 0.103), ("Tonya", 0.102), ("Ella", 0.101), ("Stacey", 0.101),
    ("Wilma", 0.099), ("Gina", 0.099), ("Kristin", 0.099), ("Jessie", 0.098), ("Natalie", 0.098),
    ("Agnes", 0.098), ("Vera", 0.098), ("Willie", 0.097), ("Charlene", 0.097), ("Bessie", 0.096),
    ("Delores", 0.095), ("Melinda", 0.094), ("Pearl", 0.094), ("Arlene", 0.094), ("Maureen", 0.092),
    ("Colleen", 0.092), ("Allison", 0.092), ("Tamara", 0.092), ("Joy", 0.091), ("Georgia", 0.091),
    ("Constance", 0.091), ("Lillie", 0.09), ("Claudia", 0.09), ("Jackie", 0.09), ("Marcia", 0.09),
    ("Tanya", 0.089), ("Nellie", 0.089), ("Minnie", 0.089), ("Marlene", 0.088), ("Heidi", 0.088),
    ("Glenda", 0.088), ("Lydia", 0.086), ("Viola", 0.086), ("Courtney", 0.086), ("Marian", 0.086),
    ("Stella", 0.085), ("Caroline", 0.085), ("Dora", 0.084), ("Jo", 0.083), ("Vickie", 0.082),
    ("Mattie", 0.081), ("Terry", 0.08), ("Maxine", 0.079), ("Irma", 0.079), ("Mabel", 0.078),
    ("Marsha", 0.078), ("Myrtle", 0.078), ("Lena", 0.077), ("Christy", 0.077), ("Deanna", 0.076),
    ("Patsy", 0.076), ("Hilda", 0.075), ("Gwendolyn", 0.074), ("Jennie", 0.073), ("Nora", 0.073),
    ("Margie", 0.072), ("Nina", 0.072), ("Cassandra", 0.072), ("Leah", 0.072), ("Penny", 0.071),
    ("Kay", 0.071), ("Priscilla", 0.071), ("Naomi", 0.071), ("Carole", 0.071), ("Brandy", 0.07),
    ("Olga", 0.07), ("Billie", 0.069), ("Dianne", 0.069), ("Tracey", 0.069), ("Leona", 0.069),
    ("Jenny", 0.068), ("Felicia", 0.068), ("Sonia", 0.068), ("Miriam", 0.066), ("Velma", 0.066),
    ("Becky", 0.066), ("Bobbie", 0.065), ("Violet", 0.065), ("Kristina", 0.065), ("Toni", 0.064),
    ("Misty", 0.063), ("Mae", 0.063), ("Shelly", 0.062), ("Daisy", 0.062), ("Ramona", 0.062),
    ("Sherri", 0.062), ("Erika", 0.061), ("Katrina", 0.061), ("Claire", 0.061), ("Lindsey", 0.06),
    ("Lindsay", 0.06), ("Geneva", 0.059), ("Guadalupe", 0.059), ("Belinda", 0.059),
    ("Margarita", 0.059), ("Sheryl", 0.059), ("Cora", 0.058), ("Faye", 0.058), ("Ada", 0.057),
    ("Natasha", 0.057), ("Sabrina", 0.057), ("Isabel", 0.057), ("Marguerite", 0.056),
    ("Hattie", 0.056), ("Harriet", 0.056), ("Molly", 0.055), ("Cecilia", 0.055), ("Kristi", 0.055),
    ("Brandi", 0.055), ("Blanche", 0.055), ("Sandy", 0.055), ("Rosie", 0.055), ("Joanna", 0.055),
    ("Iris", 0.055), ("Eunice", 0.054), ("Angie", 0.054), ("Inez", 0.053), ("Lynda", 0.053),
    ("Madeline", 0.052), ("Amelia", 0.052), ("Alberta", 0.052), ("Genevieve", 0.051),
    ("Monique", 0.051), ("Jodi", 0.051), ("Janie", 0.051), ("Maggie", 0.051), ("Kayla", 0.051),
    ("Sonya", 0.051), ("Jan", 0.051), ("Lee", 0.051), ("Kristine", 0.051), ("Candace", 0.051),
    ("Fannie", 0.05), ("Maryann", 0.05), ("Opal", 0.05), ("Alison", 0.05), ("Yvette", 0.05),
    ("Melody", 0.05), ("Luz", 0.049), ("Susie", 0.049), ("Olivia", 0.049), ("Flora", 0.049),
    ("Shelley", 0.049), ("Kristy", 0.048), ("Mamie", 0.048), ("Lula", 0.048), ("Lola", 0.048),
    ("Verna", 0.048), ("Beulah", 0.048), ("Antoinette", 0.048), ("Candice", 0.046),
    ("Juana", 0.046), ("Jeannette", 0.046), ("Pam", 0.046), ("Kelli", 0.046), ("Hannah", 0.045),
    ("Whitney", 0.045), ("Bridget", 0.045), ("Karla", 0.044), ("Celia", 0.044), ("Latoya", 0.043),
    ("Patty", 0.043), ("Shelia", 0.043), ("Gayle", 0.043), ("Della", 0.043), ("Vicky", 0.043),
    ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042), ("Kara", 0.041), ("Jacquelyn", 0.041),
    ("Erma", 0.041), ("Blanca", 0.041), ("Myra", 0.04), ("Leticia", 0.04), ("Pat", 0.04),
    ("Krista", 0.04), ("Roxanne", 0.04), ("Angelica", 0.039), ("Johnnie", 0.039), ("Robyn", 0.039),
    ("Francis", 0.039), ("Adrienne", 0.039), ("Rosalie", 0.039), ("Alexandra", 0.039),
    ("Brooke", 0.039), ("Bethany", 0.039), ("Sadie", 0.039), ("Bernadette", 0.039),
)  # fmt: skip
US_M = (
    ("James", 3.318), ("John", 3.271), ("Robert", 3.143), ("Michael", 2.629), ("William", 2.451),
    ("David", 2.363), ("Richard", 1.703), ("Charles", 1.523), ("Joseph", 1.404), ("Thomas", 1.38),
    ("Christopher", 1.035), ("Daniel", 0.974), ("Paul", 0.948), ("Mark", 0.938), ("Donald", 0.931),
    ("George", 0.927), ("Kenneth", 0.826), ("Steven", 0.78), ("Edward", 0.779), ("Brian", 0.736),
    ("Ronald", 0.725), ("Anthony", 0.721), ("Kevin", 0.671), ("Jason", 0.66), ("Matthew", 0.657),
    ("Gary", 0.65), ("Timothy", 0.64), ("Jose", 0.613), ("Larry", 0.598), ("Jeffrey", 0.591),
    ("Frank", 0.581), ("Scott", 0.546), ("Eric", 0.544), ("Stephen", 0.54), ("Andrew", 0.537),
    ("Raymond", 0.488), ("Gregory", 0.441), ("Joshua", 0.435), ("Jerry", 0.432), ("Dennis", 0.415),
    ("Walter", 0.399), ("Patrick", 0.389), ("Peter", 0.381), ("Harold", 0.371), ("Douglas", 0.367),
    ("Henry", 0.365), ("Carl", 0.346), ("Arthur", 0.335), ("Ryan", 0.328), ("Roger", 0.322),
    ("Joe", 0.321), ("Juan", 0.316), ("Jack", 0.315), ("Albert", 0.314), ("Jonathan", 0.313),
    ("Justin", 0.311), ("Terry", 0.311), ("Gerald", 0.309), ("Keith", 0.308), ("Samuel", 0.306),
    ("Willie", 0.302), ("Ralph", 0.282), ("Lawrence", 0.282), ("Nicholas", 0.275), ("Roy", 0.273),
    ("Benjamin", 0.27), ("Bruce", 0.263), ("Brandon", 0.26), ("Adam", 0.259), ("Harry", 0.251),
    ("Fred", 0.251), ("Wayne", 0.249), ("Billy", 0.248), ("Steve", 0.246), ("Louis", 0.243),
    ("Jeremy", 0.242), ("Aaron", 0.24), ("Randy", 0.232), ("Howard", 0.23), ("Eugene", 0.23),
    ("Carlos", 0.229), ("Russell", 0.224), ("Bobby", 0.223), ("Victor", 0.222), ("Martin", 0.216),
    ("Ernest", 0.215), ("Phillip", 0.213), ("Todd", 0.213), ("Jesse", 0.209), ("Craig", 0.206),
    ("Alan", 0.204), ("Shawn", 0.2), ("Clarence", 0.197), ("Sean", 0.197), ("Philip", 0.197),
    ("Chris", 0.197), ("Johnny", 0.195), ("Earl", 0.193), ("Jimmy", 0.191), ("Antonio", 0.19),
    ("Danny", 0.19), ("Bryan", 0.19), ("Tony", 0.19), ("Luis", 0.189), ("Mike", 0.189),
    ("Stanley", 0.186), ("Leonard", 0.186), ("Nathan", 0.185), ("Dale", 0.184), ("Manuel", 0.181),
    ("Rodney", 0.18), ("Curtis", 0.18), ("Norman", 0.177), ("Allen", 0.174), ("Marvin", 0.171),
    ("Vincent", 0.168), ("Glenn", 0.167), ("Jeffery", 0.166), ("Travis", 0.166), ("Jeff", 0.166),
    ("Chad", 0.165), ("Jacob", 0.165), ("Lee", 0.162), ("Melvin", 0.162), ("Alfred", 0.162),
    ("Kyle", 0.16), ("Francis", 0.16), ("Bradley", 0.159), ("Jesus", 0.155), ("Herbert", 0.155),
    ("Frederick", 0.154), ("Ray", 0.153), ("Joel", 0.152), ("Edwin", 0.148), ("Don", 0.145),
    ("Eddie", 0.144), ("Ricky", 0.141), ("Troy", 0.138), ("Randall", 0.138), ("Barry", 0.134),
    ("Alexander", 0.132), ("Bernard", 0.127), ("Mario", 0.125), ("Leroy", 0.125),
    ("Francisco", 0.124), ("Marcus", 0.124), ("Micheal", 0.123), ("Theodore", 0.123),
    ("Clifford", 0.123), ("Miguel", 0.122), ("Oscar", 0.122), ("Jay", 0.118), ("Jim", 0.118),
    ("Tom", 0.117), ("Calvin", 0.115), ("Alex", 0.115), ("Jon", 0.115), ("Ronnie", 0.113),
    ("Bill", 0.112), ("Lloyd", 0.112), ("Tommy", 0.112), ("Leon", 0.112), ("Derek", 0.112),
    ("Warren", 0.11), ("Darrell", 0.108), ("Jerome", 0.108), ("Floyd", 0.107), ("Leo", 0.106),
    ("Alvin", 0.105), ("Tim", 0.104), ("Wesley", 0.104), ("Gordon", 0.104), ("Dean", 0.104),
    ("Greg", 0.104), ("Jorge", 0.104), ("Dustin", 0.103), ("Pedro", 0.103), ("Derrick", 0.103),
    ("Dan", 0.101), ("Lewis", 0.099), ("Zachary", 0.099), ("Corey", 0.098), ("Herman", 0.097),
    ("Maurice", 0.097), ("Vernon", 0.097), ("Roberto", 0.097), ("Clyde", 0.095), ("Glen", 0.094),
    ("Hector", 0.094), ("Shane", 0.093), ("Ricardo", 0.093), ("Sam", 0.092), ("Rick", 0.091),
    ("Lester", 0.091), ("Brent", 0.09), ("Ramon", 0.09), ("Charlie", 0.09), ("Tyler", 0.089),
    ("Gilbert", 0.089), ("Gene", 0.087), ("Marc", 0.087), ("Reginald", 0.084), ("Ruben", 0.082),
    ("Brett", 0.082), ("Angel", 0.082), ("Nathaniel", 0.081), ("Rafael", 0.081), ("Leslie", 0.081),
    ("Edgar", 0.08), ("Milton", 0.08), ("Raul", 0.079), ("Ben", 0.078), ("Chester", 0.078),
    ("Cecil", 0.078), ("Duane", 0.077), ("Franklin", 0.077), ("Andre", 0.076), ("Elmer", 0.074),
    ("Brad", 0.073), ("Gabriel", 0.073), ("Ron", 0.072), ("Mitchell", 0.072), ("Roland", 0.072),
    ("Arnold", 0.072), ("Harvey", 0.072), ("Jared", 0.071), ("Adrian", 0.069), ("Karl", 0.069),
    ("Cory", 0.068), ("Claude", 0.068), ("Erik", 0.068), ("Darryl", 0.067), ("Jamie", 0.066),
    ("Neil", 0.066), ("Jessie", 0.065), ("Christian", 0.065), ("Javier", 0.065),
    ("Fernando", 0.065), ("Clinton", 0.065), ("Ted", 0.064), ("Mathew", 0.064), ("Tyrone", 0.064),
    ("Darren", 0.064), ("Lonnie", 0.064), ("Lance", 0.063), ("Cody", 0.063), ("Julio", 0.063),
    ("Kelly", 0.063), ("Kurt", 0.062), ("Allan", 0.061), ("Nelson", 0.061), ("Guy", 0.06),
    ("Clayton", 0.06), ("Hugh", 0.06), ("Max", 0.059), ("Dwayne", 0.059), ("Dwight", 0.058),
    ("Armando", 0.058), ("Felix", 0.058), ("Jimmie", 0.058), ("Everett", 0.057), ("Jordan", 0.056),
    ("Ian", 0.056), ("Wallace", 0.056), ("Ken", 0.055), ("Bob", 0.055), ("Jaime", 0.055),
    ("Casey", 0.054), ("Alfredo", 0.054), ("Alberto", 0.053), ("Dave", 0.053), ("Ivan", 0.053),
    ("Johnnie", 0.052), ("Sidney", 0.052), ("Byron", 0.052), ("Julian", 0.052), ("Isaac", 0.051),
    ("Morris", 0.051), ("Clifton", 0.05), ("Willard", 0.05), ("Daryl", 0.05), ("Ross", 0.05),
    ("Virgil", 0.049), ("Andy", 0.049), ("Marshall", 0.049), ("Salvador", 0.049), ("Perry", 0.049),
    ("Kirk", 0.049), ("Sergio", 0.049), ("Marion", 0.048), ("Tracy", 0.048), ("Seth", 0.048),
    ("Kent", 0.048), ("Terrance", 0.048), ("Rene", 0.048), ("Eduardo", 0.047), ("Terrence", 0.047),
    ("Enrique", 0.046), ("Freddie", 0.046), ("Wade", 0.045), ("Austin", 0.044), ("Stuart", 0.044),
    ("Fredrick", 0.043), ("Arturo", 0.043), ("Alejandro", 0.043), ("Jackie", 0.043),
    ("Joey", 0.043), ("Nick", 0.043), ("Luther", 0.043), ("Wendell", 0.042), ("Jeremiah", 0.042),
    ("Evan", 0.042), ("Julius", 0.042), ("Dana", 0.042), ("Donnie", 0.041), ("Otis", 0.041),
    ("Shannon", 0.04), ("Trevor", 0.04), ("Oliver", 0.04), ("Luke", 0.04), ("Homer", 0.04),
    ("Gerard", 0.04), ("Doug", 0.04), ("Kenny", 0.039), ("Hubert", 0.039), ("Angelo", 0.039),
    ("Shaun", 0.039), ("Lyle", 0.038), ("Matt", 0.038), ("Lynn", 0.038), ("Alfonso", 0.038),
    ("Orlando", 0.037), ("Rex", 0.037), ("Carlton", 0.037), ("Ernesto", 0.037), ("Cameron", 0.037),
    ("Neal", 0.037), ("Pablo", 0.036), ("Lorenzo", 0.036), ("Omar", 0.036), ("Wilbur", 0.036),
    ("Blake", 0.036), ("Grant", 0.036), ("Horace", 0.036), ("Roderick", 0.036), ("Kerry", 0.036),
    ("Abraham", 0.035), ("Willis", 0.035), ("Rickey", 0.035), ("Jean", 0.035), ("Ira", 0.035),
    ("Andres", 0.034), ("Cesar", 0.034), ("Johnathan", 0.034), ("Malcolm", 0.034),
    ("Rudolph", 0.034), ("Damon", 0.034), ("Kelvin", 0.034), ("Rudy", 0.034), ("Preston", 0.034),
    ("Alton", 0.033), ("Archie", 0.033), ("Marco", 0.033), ("Wm", 0.033), ("Pete", 0.032),
    ("Randolph", 0.032), ("Garry", 0.032), ("Geoffrey", 0.032), ("Jonathon", 0.032),
    ("Felipe", 0.032), ("Bennie", 0.032), ("Gerardo", 0.032), ("Ed", 0.032), ("Dominic", 0.032),
    ("Robin", 0.032), ("Loren", 0.032), ("Delbert", 0.031), ("Colin", 0.031), ("Guillermo", 0.031),
    ("Earnest", 0.031), ("Lucas", 0.031), ("Benny", 0.03), ("Noel", 0.03), ("Spencer", 0.03),
    ("Rodolfo", 0.03), ("Myron", 0.03), ("Edmund", 0.03), ("Garrett", 0.029), ("Salvatore", 0.029),
    ("Cedric", 0.029), ("Lowell", 0.029), ("Gregg", 0.029), ("Sherman", 0.028), ("Wilson", 0.028),
    ("Devin", 0.028), ("Sylvester", 0.028), ("Kim", 0.028), ("Roosevelt", 0.028), ("Israel", 0.028),
    ("Jermaine", 0.028),
)  # fmt: skip
US_S = (
    ("Smith", 1.006), ("Johnson", 0.81), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621),
    ("Davis", 0.48), ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor", 0.311),
    ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.31), ("White", 0.279), ("Harris", 0.275),
    ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254), ("Martinez", 0.234),
    ("Robinson", 0.233), ("Clark", 0.231), ("Rodriguez", 0.229), ("Lewis", 0.226), ("Lee", 0.22),
    ("Walker", 0.219), ("Hall", 0.2), ("Allen", 0.199), ("Young", 0.193), ("Hernandez", 0.192),
    ("King", 0.19), ("Wright", 0.189), ("Lopez", 0.187), ("Hill", 0.187), ("Scott", 0.185),
    ("Green", 0.183), ("Adams", 0.174), ("Baker", 0.171), ("Gonzalez", 0.166), ("Nelson", 0.162),
    ("Carter", 0.162), ("Mitchell", 0.16), ("Perez", 0.155), ("Roberts", 0.153), ("Turner", 0.152),
    ("Phillips", 0.149), ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141),
    ("Edwards", 0.137), ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.13),
    ("Morris", 0.125), ("Rogers", 0.123), ("Reed", 0.122), ("Cook", 0.12), ("Morgan", 0.118),
    ("Bell", 0.117), ("Murphy", 0.117), ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper", 0.113),
    ("Richardson", 0.112), ("Cox", 0.11), ("Howard", 0.11), ("Ward", 0.108), ("Torres", 0.108),
    ("Peterson", 0.107), ("Gray", 0.106), ("Ramirez", 0.105), ("James", 0.105), ("Watson", 0.103),
    ("Brooks", 0.103), ("Kelly", 0.102), ("Sanders", 0.1), ("Price", 0.099), ("Bennett", 0.099),
    ("Wood", 0.098), ("Barnes", 0.097), ("Ross", 0.096), ("Henderson", 0.095), ("Coleman", 0.095),
    ("Jenkins", 0.095), ("Perry", 0.094), ("Powell", 0.093), ("Long", 0.092), ("Patterson", 0.092),
    ("Hughes", 0.092), ("Flores", 0.092), ("Washington", 0.092), ("Butler", 0.091),
    ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales", 0.087), ("Bryant", 0.087),
    ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084), ("Diaz", 0.084), ("Hayes", 0.083),
    ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082), ("Graham", 0.082), ("Sullivan", 0.081),
    ("Wallace", 0.081), ("Woods", 0.08), ("Cole", 0.08), ("West", 0.08), ("Jordan", 0.078),
    ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077), ("Ellis", 0.077), ("Harrison", 0.076),
    ("Gibson", 0.075), ("McDonald", 0.075), ("Cruz", 0.075), ("Marshall", 0.075), ("Ortiz", 0.075),
    ("Gomez", 0.075), ("Murray", 0.074), ("Freeman", 0.074), ("Wells", 0.073), ("Webb", 0.072),
    ("Simpson", 0.07), ("Stevens", 0.07), ("Tucker", 0.07), ("Porter", 0.069), ("Hunter", 0.069),
    ("Hicks", 0.069), ("Crawford", 0.068), ("Henry", 0.068), ("Boyd", 0.068), ("Mason", 0.068),
    ("Morales", 0.067), ("Kennedy", 0.067), ("Warren", 0.067), ("Dixon", 0.066), ("Ramos", 0.066),
    ("Reyes", 0.066), ("Burns", 0.065), ("Gordon", 0.065), ("Shaw", 0.065), ("Holmes", 0.065),
    ("Rice", 0.064), ("Robertson", 0.064), ("Hunt", 0.063), ("Black", 0.063), ("Daniels", 0.062),
    ("Palmer", 0.062), ("Mills", 0.061), ("Nichols", 0.06), ("Grant", 0.06), ("Knight", 0.06),
    ("Ferguson", 0.059), ("Rose", 0.059), ("Stone", 0.059), ("Hawkins", 0.059), ("Dunn", 0.058),
    ("Perkins", 0.058), ("Hudson", 0.058), ("Spencer", 0.057), ("Gardner", 0.057),
    ("Stephens", 0.057), ("Payne", 0.057), ("Pierce", 0.056), ("Berry", 0.056), ("Matthews", 0.056),
    ("Arnold", 0.056), ("Wagner", 0.055), ("Willis", 0.055), ("Ray", 0.055), ("Watkins", 0.055),
    ("Olson", 0.055), ("Carroll", 0.055), ("Duncan", 0.055), ("Snyder", 0.055), ("Hart", 0.054),
    ("Cunningham", 0.054), ("Bradley", 0.054), ("Lane", 0.054), ("Andrews", 0.054), ("Ruiz", 0.054),
    ("Harper", 0.054), ("Fox", 0.053), ("Riley", 0.053), ("Armstrong", 0.053), ("Carpenter", 0.053),
    ("Weaver", 0.053), ("Greene", 0.053), ("Lawrence", 0.052), ("Elliott", 0.052),
    ("Chavez", 0.052), ("Sims", 0.052), ("Austin", 0.052), ("Peters", 0.052), ("Kelley", 0.052),
    ("Franklin", 0.051), ("Lawson", 0.051), ("Fields", 0.051), ("Gutierrez", 0.051),
    ("Ryan", 0.051), ("Schmidt", 0.051), ("Carr", 0.051), ("Vasquez", 0.051), ("Castillo", 0.051),
    ("Wheeler", 0.051), ("Chapman", 0.05), ("Oliver", 0.05), ("Montgomery", 0.049),
    ("Richards", 0.049), ("Williamson", 0.049), ("Johnston", 0.049), ("Banks", 0.048),
    ("Meyer", 0.048), ("Bishop", 0.048), ("McCoy", 0.048), ("Howell", 0.048), ("Alvarez", 0.048),
    ("Morrison", 0.048), ("Hansen", 0.047), ("Fernandez", 0.047), ("Garza", 0.047),
    ("Harvey", 0.047), ("Little", 0.046), ("Burton", 0.046), ("Stanley", 0.046), ("Nguyen", 0.046),
    ("George", 0.046), ("Jacobs", 0.046), ("Reid", 0.046), ("Kim", 0.045), ("Fuller", 0.045),
    ("Lynch", 0.045), ("Dean", 0.045), ("Gilbert", 0.045), ("Garrett", 0.045), ("Romero", 0.045),
    ("Welch", 0.044), ("Larson", 0.044), ("Frazier", 0.044), ("Burke", 0.044), ("Hanson", 0.043),
    ("Day", 0.043), ("Mendoza", 0.043), ("Moreno", 0.043), ("Bowman", 0.043), ("Medina", 0.042),
    ("Fowler", 0.042), ("Brewer", 0.042), ("Hoffman", 0.042), ("Carlson", 0.042), ("Silva", 0.042),
    ("Pearson", 0.042), ("Holland", 0.042), ("Douglas", 0.041), ("Fleming", 0.041),
    ("Jensen", 0.041), ("Vargas", 0.041), ("Byrd", 0.041), ("Davidson", 0.041), ("Hopkins", 0.041),
    ("May", 0.04), ("Terry", 0.04), ("Herrera", 0.04), ("Wade", 0.04), ("Soto", 0.04),
    ("Walters", 0.04), ("Curtis", 0.04), ("Neal", 0.039), ("Caldwell", 0.039), ("Lowe", 0.039),
    ("Jennings", 0.039), ("Barnett", 0.039), ("Graves", 0.039), ("Jimenez", 0.039),
    ("Horton", 0.039), ("Shelton", 0.039), ("Barrett", 0.039), ("O'Brien", 0.039),
    ("Castro", 0.039), ("Sutton", 0.038), ("Gregory", 0.038), ("McKinney", 0.038), ("Lucas", 0.038),
    ("Miles", 0.038), ("Craig", 0.038), ("Rodriquez", 0.037), ("Chambers", 0.037), ("Holt", 0.037),
    ("Lambert", 0.037), ("Fletcher", 0.037), ("Watts", 0.037), ("Bates", 0.037), ("Hale", 0.037),
    ("Rhodes", 0.037), ("Pena", 0.037), ("Beck", 0.037), ("Newman", 0.036), ("Haynes", 0.036),
    ("McDaniel", 0.036), ("Mendez", 0.036), ("Bush", 0.036), ("Vaughn", 0.036), ("Parks", 0.035),
    ("Dawson", 0.035), ("Santiago", 0.035), ("Norris", 0.035), ("Hardy", 0.035), ("Love", 0.035),
    ("Steele", 0.035), ("Curry", 0.035), ("Powers", 0.035), ("Schultz", 0.035), ("Barker", 0.035),
    ("Guzman", 0.034), ("Page", 0.034), ("Munoz", 0.034), ("Ball", 0.034), ("Keller", 0.034),
    ("Chandler", 0.034), ("Weber", 0.034), ("Leonard", 0.034), ("Walsh", 0.033), ("Lyons", 0.033),
    ("Ramsey", 0.033), ("Wolfe", 0.033), ("Schneider", 0.033), ("Mullins", 0.033),
    ("Benson", 0.033), ("Sharp", 0.033), ("Bowen", 0.033), ("Daniel", 0.033), ("Barber", 0.032),
    ("Cummings", 0.032), ("Hines", 0.032), ("Baldwin", 0.032), ("Griffith", 0.032),
    ("Valdez", 0.032), ("Hubbard", 0.032), ("Salazar", 0.032), ("Reeves", 0.032), ("Warner", 0.031),
    ("Stevenson", 0.031), ("Burgess", 0.031), ("Santos", 0.031), ("Tate", 0.031), ("Cross", 0.031),
    ("Garner", 0.031), ("Mann", 0.031), ("Mack", 0.031), ("Moss", 0.031), ("Thornton", 0.031),
    ("Dennis", 0.031), ("McGee", 0.031), ("Farmer", 0.03), ("Delgado", 0.03), ("Aguilar", 0.03),
    ("Vega", 0.03), ("Glover", 0.03), ("Manning", 0.03), ("Cohen", 0.03), ("Harmon", 0.03),
    ("Rodgers", 0.03), ("Robbins", 0.03), ("Newton", 0.03), ("Todd", 0.03), ("Blair", 0.03),
    ("Higgins", 0.03), ("Ingram", 0.03), ("Reese", 0.03), ("Cannon", 0.03), ("Strickland", 0.03),
    ("Townsend", 0.03), ("Potter", 0.03), ("Goodwin", 0.03), ("Walton", 0.03), ("Rowe", 0.029),
    ("Hampton", 0.029), ("Ortega", 0.029), ("Patton", 0.029), ("Swanson", 0.029), ("Joseph", 0.029),
    ("Francis", 0.029), ("Goodman", 0.029), ("Maldonado", 0.029), ("Yates", 0.029),
    ("Becker", 0.029), ("Erickson", 0.029), ("Hodges", 0.029), ("Rios", 0.029), ("Conner", 0.029),
    ("Adkins", 0.029), ("Webster", 0.028), ("Norman", 0.028), ("Malone", 0.028), ("Hammond", 0.028),
    ("Flowers", 0.028), ("Cobb", 0.028), ("Moody", 0.028), ("Quinn", 0.028), ("Blake", 0.028),
    ("Maxwell", 0.028), ("Pope", 0.028), ("Floyd", 0.027), ("Osborne", 0.027), ("Paul", 0.027),
    ("McCarthy", 0.027), ("Guerrero", 0.027), ("Lindsey", 0.027), ("Estrada", 0.027),
    ("Sandoval", 0.027), ("Gibbs", 0.027), ("Tyler", 0.027), ("Gross", 0.027),
    ("Fitzgerald", 0.027), ("Stokes", 0.027), ("Doyle", 0.027), ("Sherman", 0.027),
)  # fmt: skip

# --- Origins common in Sweden: the commonest names, 1/rank, head 10 -------------------------------

FI_F = _split("""
Maria, Helena, Johanna, Anneli, Kaarina, Marjatta, Hannele, Kristiina, Liisa, Tuula, Päivi,
Sari, Riitta, Pirjo, Tiina, Anna, Satu, Minna, Marja, Leena, Eeva, Aino, Sanna, Hanna, Kirsi,
Seija, Sirpa, Tarja, Pirkko, Eila
""")

FI_M = _split("""
Juhani, Johannes, Mikael, Olavi, Matti, Antero, Tapani, Kalevi, Timo, Kari, Jari, Mikko, Pekka,
Antti, Jukka, Markku, Petri, Heikki, Seppo, Esa, Juha, Hannu, Ari, Veikko, Pentti, Ilkka,
Tuomas, Ville, Jussi, Raimo
""")

FI_S = _split("""
Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen,
Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen,
Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen,
Hiltunen, Räsänen
""")

AR_F = _split("""
Fatima, Maryam, Sara, Noor, Zainab, Aya, Amina, Hanan, Rania, Layla, Huda, Nadia, Rasha, Dima,
Lina, Reem, Shamiram, Ninorta, Ramina, Nahrin, Yasmin, Ghada, Samar, Suha, Hala, Israa, Duaa
""")

AR_M = _split("""
Mohammed, Ahmed, Ali, Omar, Hassan, Hussein, Mustafa, Khaled, Yousef, Ibrahim, Abdullah,
Mahmoud, Karim, Samir, Rami, Bassam, Fadi, Ammar, Haider, Sami, Tariq, Ninos, Sargon, Ashur,
Gabriel, Elias, Aziz, Mazen, Firas, Hamza
""")

AR_S = _split("""
Ali, Mohammed, Ahmed, Hassan, Hussein, Ibrahim, Abdullah, Khalil, Saleh, Mahmoud, Jabbar,
Kadhim, Al-Obaidi, Al-Khafaji, Haddad, Khoury, Darwish, Nasser, Youssef, Aziz, Said, Barsoum,
Shamoun, Gabriel, Isho, Yonan, Aho, Bahnan, Saliba, Lahdo, Malke, Gabro, Al-Tamimi, Al-Saadi,
Jasim
""")

SO_F = _split("""
Hodan, Fadumo, Khadra, Amina, Hawa, Sahra, Ayan, Ifrah, Nimco, Ubah, Sagal, Hibo, Ladan, Deeqa,
Asli, Muna, Ilhan, Leyla, Farhiya, Sucaad, Hamdi, Naima
""")

SO_M = _split("""
Abdirahman, Mohamed, Abdullahi, Ahmed, Abdi, Hassan, Ali, Omar, Yusuf, Mahad, Liban, Abdikarim,
Farah, Ismail, Hussein, Guled, Bashir, Hamza, Osman, Warsame, Mukhtar, Abdiaziz
""")

SO_S = _split("""
Mohamed, Ahmed, Ali, Hassan, Abdi, Farah, Warsame, Osman, Omar, Hussein, Jama, Aden, Ismail,
Abdullahi, Hirsi, Nur, Yusuf, Dahir, Elmi, Egal, Duale, Mohamud, Samatar, Guleid, Shire, Awale
""")

PL_F = _split("""
Anna, Katarzyna, Maria, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Elżbieta, Magdalena,
Joanna, Aleksandra, Monika, Zofia, Beata, Dorota, Justyna, Karolina, Natalia, Marta, Iwona,
Grażyna, Agata, Paulina, Weronika, Żaneta
""")

PL_M = _split("""
Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Jan, Michał, Marcin, Jakub, Adam, Łukasz, Marek,
Grzegorz, Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Rafał, Kamil, Maciej, Jerzy, Sławomir,
Przemysław, Bartłomiej
""")

PL_S = _split("""
Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański,
Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Kwiatkowski, Krawczyk, Kaczmarek, Piotrowski,
Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek, Wróbel, Jabłoński, Majewski, Olszewski,
Stępień, Malinowski, Jaworski, Adamczyk, Dudek, Górski, Nowicki, Sikora, Wysocki, Czarnecki,
Sawicki, Zawadzki, Sadowski, Chmielewski, Brzeziński, Gajewski
""")

FA_F = _split("""
Maryam, Fatemeh, Zahra, Sara, Neda, Leila, Shirin, Parisa, Nazanin, Mahsa, Roya, Azadeh, Ladan,
Mina, Niloufar, Samira, Shahla, Golnaz, Fereshteh, Soheila, Mitra
""")

FA_M = _split("""
Mohammad, Ali, Reza, Hossein, Mehdi, Amir, Hamid, Saeed, Behrouz, Babak, Dariush, Farhad, Kaveh,
Arash, Omid, Majid, Payam, Ramin, Kourosh, Nima, Siavash
""")

FA_S = _split("""
Mohammadi, Hosseini, Ahmadi, Rezaei, Moradi, Karimi, Jafari, Rahimi, Hashemi, Mousavi, Ebrahimi,
Sadeghi, Ghasemi, Rostami, Kazemi, Akbari, Amini, Shahbazi, Nazari, Azizi, Bagheri, Tehrani,
Farahani, Mirzaei
""")

BCS_F = _split("""
Amra, Emina, Lejla, Aida, Selma, Jasmina, Ana, Marija, Ivana, Jelena, Maja, Mirela, Sanela,
Azra, Dragana, Snežana, Vesna, Merima, Alma, Senada, Mersiha, Nermina, Elma
""")

BCS_M = _split("""
Emir, Adnan, Amir, Mirza, Haris, Edin, Senad, Alen, Nikola, Marko, Ivan, Dragan, Zoran, Goran,
Stefan, Miloš, Nenad, Dejan, Zlatan, Mehmed, Nedim, Almir, Jasmin, Kenan, Damir
""")

BCS_S = _split("""
Hodžić, Hadžić, Kovačević, Begić, Delić, Hasanović, Mehmedović, Husić, Jovanović, Petrović,
Nikolić, Marković, Đorđević, Stojanović, Ilić, Pavlović, Horvat, Kovačić, Babić, Marić, Jurić,
Knežević, Vuković, Ahmetović, Salihović, Mujić, Čović, Softić, Šehić, Alić, Omerović, Karić
""")

TR_F = _split("""
Fatma, Ayşe, Emine, Hatice, Zeynep, Elif, Meryem, Şerife, Zehra, Sultan, Hanife, Merve, Büşra,
Esra, Özlem, Yasemin, Derya, Gül, Sevgi, Selin, Ebru, Nur
""")

TR_M = _split("""
Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Osman, Yusuf, Murat, Ömer,
Ramazan, Halil, Süleyman, Abdullah, Mahmut, Emre, Burak, Kemal, Serkan, Cem, Engin
""")

TR_S = _split("""
Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan,
Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Korkmaz, Güneş, Aktaş, Erdem
""")

ER_F = _split("""
Helen, Senait, Selam, Meron, Luwam, Yordanos, Saba, Mekdes, Ruta, Hiwet, Tsega, Eden, Rahwa,
Winta, Merhawit, Semhar, Feven, Ariam, Delina, Elsa, Lidia
""")

ER_M = _split("""
Yonas, Dawit, Samuel, Tesfay, Tekle, Haile, Daniel, Filmon, Amanuel, Yohannes, Berhane, Mehari,
Kidane, Michael, Robel, Efrem, Tesfalem, Awet, Biniam, Habtom, Mussie, Goitom
""")

ER_S = _split("""
Tesfay, Haile, Tekle, Berhe, Gebremedhin, Kidane, Mehari, Ghebrehiwet, Tesfamariam, Asmerom,
Woldu, Habte, Ghirmay, Mebrahtu, Andemariam, Gebreyesus, Negash, Tewelde, Yemane, Solomon,
Weldemichael, Ghebremariam
""")

AF_F = _split("""
Fatima, Zahra, Maryam, Mariam, Nargis, Shabnam, Farida, Malalai, Parwana, Zarmina, Laila, Nadia,
Habiba, Marzia, Sima, Hosai, Mursal, Nilofar, Fereshta, Sadaf
""")

AF_M = _split("""
Mohammad, Ahmad, Ali, Abdul, Mustafa, Hamid, Rahim, Nasir, Javid, Sayed, Omid, Farid, Naweed,
Hamed, Jawad, Mirwais, Zabihullah, Ehsan, Reza, Abdullah, Sohrab, Hekmat
""")

AF_S = _split("""
Ahmadi, Hussaini, Rahimi, Karimi, Mohammadi, Sultani, Hakimi, Rezai, Noori, Amiri, Nazari,
Azizi, Hashimi, Sadat, Popal, Stanekzai, Wardak, Safi, Jawadi, Haidari, Akbari, Qaderi, Rasuli,
Barakzai, Mohmand
""")

TH_F = _split("""
Siriporn, Malee, Pornthip, Nittaya, Wanida, Supaporn, Kanokwan, Ratana, Sunisa, Jintana, Pensri,
Lamai, Suwanna, Araya, Kannika, Thanyarat, Nongnuch, Sumalee, Chanida, Waraporn
""")

TH_M = _split("""
Somchai, Somsak, Prasert, Sombat, Suchart, Wichai, Anan, Chaiwat, Niran, Kittisak, Sakchai,
Thanakorn, Narong, Surachai, Pongsak, Boonmee, Apichat, Weerasak
""")

TH_S = _split("""
Saetang, Srisuk, Wongsawat, Chaiyaporn, Sukprasert, Kaewkham, Thongdee, Boonyarat, Rattanakorn,
Chanthawong, Sriwong, Phromma, Inthasorn, Kongkaew, Saengthong, Jaidee, Suwannarat, Bunmee,
Phanthong, Thongsuk
""")

LA_F = _split("""
María, Carolina, Francisca, Daniela, Camila, Javiera, Valentina, Constanza, Catalina, Paula,
Fernanda, Claudia, Patricia, Verónica, Ximena, Gabriela, Andrea, Lorena, Marcela, Paola,
Soledad, Alejandra
""")

LA_M = _split("""
José, Juan, Luis, Carlos, Jorge, Francisco, Cristián, Sebastián, Matías, Diego, Felipe, Pablo,
Rodrigo, Andrés, Manuel, Alejandro, Ricardo, Héctor, Claudio, Patricio, Nicolás, Gonzalo
""")

LA_S = _split("""
González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales,
Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo,
Tapia, Reyes, Gutiérrez, Castro, Pizarro, Álvarez, Vásquez, Sánchez, Fernández, Ramírez,
Carrasco
""")

KU_F = _split("""
Rojin, Berivan, Dilan, Nasrin, Shirin, Zilan, Avin, Rozerin, Nazdar, Jiyan, Leyla, Gulistan,
Narin, Dilvin, Helin, Evin, Sozdar, Shilan, Kajal, Taban, Hevin, Zozan
""")

KU_M = _split("""
Azad, Rebwar, Karwan, Dilshad, Serwan, Shwan, Hawre, Baran, Rojhat, Hiwa, Ari, Kawa, Diyar,
Zana, Aram, Soran, Alan, Dara, Bahoz, Reber, Ahmed, Sherko
""")

KU_S = _split("""
Ahmad, Mahmoud, Qadir, Rashid, Aziz, Karim, Mustafa, Sharif, Kaya, Demir, Doski, Hawrami,
Zebari, Sindi, Bakr, Hamad, Faraj, Osman, Salih, Rasul, Tahir, Omer, Abdulrahman, Hussein
""")

UA_F = _split("""
Olena, Tetiana, Nataliia, Iryna, Oksana, Svitlana, Yuliia, Olha, Kateryna, Mariia, Anastasiia,
Viktoriia, Halyna, Liudmyla, Nadiia, Alina, Daria, Sofiia, Khrystyna, Inna
""")

UA_M = _split("""
Oleksandr, Serhii, Volodymyr, Andrii, Mykola, Oleksii, Dmytro, Vasyl, Ivan, Yurii, Viktor, Ihor,
Mykhailo, Bohdan, Taras, Roman, Vitalii, Maksym, Artem, Denys
""")

UA_S = _split("""
Melnyk, Shevchenko, Boiko, Kovalenko, Bondarenko, Tkachenko, Kovalchuk, Kravchenko, Oliinyk,
Shevchuk, Koval, Polishchuk, Bondar, Tkachuk, Moroz, Marchenko, Lysenko, Rudenko, Savchenko,
Petrenko, Klymenko, Pavlenko
""")

IN_F = _split("""
Priya, Anjali, Pooja, Neha, Divya, Deepa, Kavita, Sunita, Lakshmi, Shreya, Aishwarya, Ananya,
Sneha, Meera, Radhika, Swati, Nisha, Ritu, Rekha, Preeti
""")

IN_M = _split("""
Rahul, Amit, Rajesh, Sanjay, Vijay, Suresh, Arun, Anil, Ravi, Vikram, Arjun, Karthik, Rohit,
Sandeep, Manoj, Prakash, Ashok, Deepak, Nikhil, Aditya, Srinivas, Venkatesh
""")

IN_S = _split("""
Patel, Sharma, Singh, Kumar, Gupta, Reddy, Rao, Iyer, Nair, Menon, Joshi, Desai, Mehta, Shah,
Agarwal, Pillai, Krishnan, Verma, Mishra, Chopra, Banerjee, Chatterjee, Das, Srinivasan,
Subramanian
""")

CN_F = _split("""
Li, Fang, Jing, Min, Yan, Ying, Xiaoling, Mei, Hui, Lin, Juan, Xiu, Yun, Na, Xiaoyan, Lihua,
Qing, Hong, Yuqing, Jiayi
""")

CN_M = _split("""
Wei, Jun, Tao, Ming, Lei, Yong, Jie, Hao, Qiang, Bin, Gang, Jian, Chao, Peng, Yang, Long,
Zhiwei, Haoran, Jianguo, Xin
""")

CN_S = _split("""
Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, He, Lin,
Gao, Luo, Zheng, Liang
""")

DE_F = _split("""
Ursula, Sabine, Petra, Claudia, Susanne, Monika, Andrea, Stefanie, Julia, Katrin, Anja, Nicole,
Birgit, Heike, Renate, Gabriele, Karin, Martina, Christine, Sandra, Lena, Hannah, Leonie
""")

DE_M = _split("""
Michael, Thomas, Andreas, Peter, Stefan, Wolfgang, Klaus, Jürgen, Frank, Uwe, Matthias, Markus,
Christian, Jörg, Dirk, Ralf, Torsten, Sven, Tobias, Florian, Lukas, Jan, Felix, Maximilian
""")

DE_S = _split("""
Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer,
Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger,
Hofmann, Hartmann, Lange, Schmitt, Werner, Schmitz, Krause, Meier
""")

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(
        ranked(SV_F_HEAD, SV_F_TAIL), ranked(SV_M_HEAD, SV_M_TAIL), ranked(SV_S_HEAD, SV_S_TAIL)
    ),
    "us": Origin(census(US_F), census(US_M), census(US_S)),
    "uk": Origin(ranked(UK_F, UK_F_TAIL), ranked(UK_M, UK_M_TAIL), ranked(UK_S, UK_S_TAIL)),
    "finnish": Origin(ranked(FI_F, top=10), ranked(FI_M, top=10), ranked(FI_S, top=10)),
    "arabic": Origin(ranked(AR_F, top=10), ranked(AR_M, top=10), ranked(AR_S, top=10)),
    "somali": Origin(ranked(SO_F, top=10), ranked(SO_M, top=10), ranked(SO_S, top=10)),
    "polish": Origin(ranked(PL_F, top=10), ranked(PL_M, top=10), ranked(PL_S, top=10)),
    "persian": Origin(ranked(FA_F, top=10), ranked(FA_M, top=10), ranked(FA_S, top=10)),
    "bcs": Origin(ranked(BCS_F, top=10), ranked(BCS_M, top=10), ranked(BCS_S, top=10)),
    "turkish": Origin(ranked(TR_F, top=10), ranked(TR_M, top=10), ranked(TR_S, top=10)),
    "eritrean": Origin(ranked(ER_F, top=10), ranked(ER_M, top=10), ranked(ER_S, top=10)),
    "afghan": Origin(ranked(AF_F, top=10), ranked(AF_M, top=10), ranked(AF_S, top=10)),
    "thai": Origin(ranked(TH_F, top=10), ranked(TH_M, top=10), ranked(TH_S, top=10)),
    "latin": Origin(ranked(LA_F, top=10), ranked(LA_M, top=10), ranked(LA_S, top=10)),
    "kurdish": Origin(ranked(KU_F, top=10), ranked(KU_M, top=10), ranked(KU_S, top=10)),
    "ukrainian": Origin(ranked(UA_F, top=10), ranked(UA_M, top=10), ranked(UA_S, top=10)),
    "indian": Origin(ranked(IN_F, top=10), ranked(IN_M, top=10), ranked(IN_S, top=10)),
    "chinese": Origin(ranked(CN_F, top=10), ranked(CN_M, top=10), ranked(CN_S, top=10)),
    "german": Origin(ranked(DE_F, top=10), ranked(DE_M, top=10), ranked(DE_S, top=10)),
}

# Who is named, by the language of the row: Swedish text names people roughly as Sweden's population
# is made up (by country of birth and parents'), English text mostly the US and the UK, mixed text
# (Swedes writing at work) Swedish first, then colleagues and customers from abroad.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "bcs": 2.5, "persian": 2.5,
        "somali": 2, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5, "eritrean": 1.2, "thai": 1,
        "latin": 1, "ukrainian": 1, "german": 0.8, "indian": 0.8, "chinese": 0.6, "uk": 0.6,
        "us": 0.6,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 9, "indian": 3, "arabic": 2, "polish": 2, "latin": 2,
        "chinese": 1.5, "german": 1, "finnish": 1, "persian": 1, "turkish": 1, "somali": 0.8,
        "ukrainian": 0.7, "thai": 0.5, "bcs": 0.5, "afghan": 0.5, "eritrean": 0.5, "kurdish": 0.4,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 10, "arabic": 5, "finnish": 3, "polish": 3, "persian": 2.5,
        "bcs": 2.5, "indian": 2, "german": 1.5, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5,
        "afghan": 1.2, "ukrainian": 1.2, "eritrean": 1, "thai": 1, "latin": 1, "chinese": 1,
    },
}  # fmt: skip

_SV_NICK = {
    "Lars": ("Lasse",), "Mikael": ("Micke",), "Joakim": ("Jocke",), "Karl": ("Kalle",),
    "Per": ("Pelle", "Pära"), "Hans": ("Hasse",), "Jan": ("Janne",), "Thomas": ("Tompa",),
    "Tomas": ("Tompa",), "Peter": ("Pelle",), "Magnus": ("Mange",), "Robert": ("Robban",),
    "Marcus": ("Mackan",), "Christer": ("Kicke",), "Fredrik": ("Fredde",), "Stefan": ("Steffe",),
    "Bengt": ("Bengan",), "Sebastian": ("Sebbe",), "Bo": ("Bosse",), "Gustav": ("Gurra", "Gustav"),
    "Henrik": ("Henke",), "Daniel": ("Danne",), "Tobias": ("Tobbe",), "Patrik": ("Patte",),
    "Niklas": ("Nicke",), "Mattias": ("Matte",), "Kenneth": ("Kenta",), "Olof": ("Olle",),
    "Rasmus": ("Rasse",), "Kristoffer": ("Kricke",), "Johan": ("Jocke", "Jojje"), "Anders": ("Acke",),
    "Sven": ("Svenne",), "Ulf": ("Uffe",), "Leif": ("Leffe",), "Torbjörn": ("Tobbe",),
    "Elisabeth": ("Lisa", "Lisbeth", "Bettan"), "Elisabet": ("Lisa", "Bettan"), "Margareta": ("Maggan", "Greta"),
    "Kristina": ("Kicki", "Stina"), "Christina": ("Kicki", "Tina"), "Katarina": ("Kattis", "Kajsa"),
    "Charlotte": ("Lotta",), "Susanne": ("Sussie", "Sanna"), "Birgitta": ("Bittan", "Gittan"),
    "Barbro": ("Babban",), "Karolina": ("Lina",), "Madeleine": ("Maddie",), "Matilda": ("Tilda",),
    "Viktoria": ("Vickan",), "Ulrika": ("Ullis",), "Alexandra": ("Sandra", "Alex"), "Rebecka": ("Becka",),
    "Cecilia": ("Cilla", "Cissi"), "Sofia": ("Fia", "Sofie"), "Camilla": ("Milla",), "Gunilla": ("Gunsan",),
    "Josefin": ("Josse",), "Johanna": ("Jossan",), "Jessica": ("Jessie",), "Emelie": ("Emmy",),
}  # fmt: skip
_EN_NICK = {
    "William": ("Bill", "Will"), "Robert": ("Bob", "Rob"), "Richard": ("Rick", "Rich"), "James": ("Jim", "Jamie"),
    "Michael": ("Mike",), "Elizabeth": ("Liz", "Beth"), "Christopher": ("Chris",), "Jennifer": ("Jen", "Jenny"),
    "Margaret": ("Maggie", "Peggy"), "Patricia": ("Pat", "Trish"), "Susan": ("Sue",), "Deborah": ("Debbie", "Deb"),
    "Anthony": ("Tony",), "Thomas": ("Tom",), "Daniel": ("Dan", "Danny"), "Matthew": ("Matt",),
    "Joseph": ("Joe",), "Edward": ("Ed", "Ted"), "Samuel": ("Sam",), "Benjamin": ("Ben",),
    "Nicholas": ("Nick",), "Alexander": ("Alex",), "Stephen": ("Steve",), "Steven": ("Steve",),
    "Andrew": ("Andy",), "David": ("Dave",), "Charles": ("Charlie", "Chuck"), "Kenneth": ("Ken",),
    "Timothy": ("Tim",), "Jonathan": ("Jon",), "Rebecca": ("Becky",), "Victoria": ("Vicky", "Tori"),
    "Samantha": ("Sam",), "Catherine": ("Cathy", "Kate"), "Katherine": ("Kate", "Kathy"), "Kimberly": ("Kim",),
    "Jessica": ("Jess",), "Gregory": ("Greg",), "Donald": ("Don",), "Ronald": ("Ron",), "Gerald": ("Gerry",),
    "Barbara": ("Barb",), "Pamela": ("Pam",), "Cynthia": ("Cindy",), "Judith": ("Judy",),
    "Raymond": ("Ray",), "Peter": ("Pete",), "Philip": ("Phil",), "Nicola": ("Nicky",), "Joanne": ("Jo",),
    "Stephanie": ("Steph",), "Abigail": ("Abby",), "Frederick": ("Fred", "Freddie"), "Terence": ("Terry",),
}  # fmt: skip
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": _SV_NICK,
    "us": _EN_NICK,
    "uk": _EN_NICK,
    "polish": {"Małgorzata": ("Gosia",), "Katarzyna": ("Kasia",), "Aleksandra": ("Ola",), "Piotr": ("Piotrek",), "Krzysztof": ("Krzysiek",), "Tomasz": ("Tomek",), "Agnieszka": ("Aga",), "Magdalena": ("Magda",), "Jakub": ("Kuba",), "Wojciech": ("Wojtek",)},
    "ukrainian": {"Oleksandr": ("Sasha",), "Ivan": ("Vanya",), "Kateryna": ("Katia",), "Anastasiia": ("Nastia",), "Mykhailo": ("Misha",)},
    "latin": {"Francisco": ("Pancho",), "José": ("Pepe",), "Alejandro": ("Álex",)},
    "arabic": {"Mohammed": ("Mo", "Hamoudi")},
    "finnish": {"Matti": ("Masa",), "Juhani": ("Jussi",)},
}  # fmt: skip
