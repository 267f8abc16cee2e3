# ruff: noqa: E501
"""Name pools for held-out GD (issue 15): names as the population has them, by origin and weight.

Written from general knowledge by GD's writer, who read no other set's names and checked none of
these against rung's lexicons: no name is here or missing for being known or unknown to the
detector. Swedish given names and surnames follow the order of SCB's name statistics (weight
1/rank; the head is the top 150, the tail the rarer names past them); the US lists are the Census
1990 files (`dist.female.first`, `dist.male.first`, `dist.all.last`, public domain, copied from
the `names` package) with the census per cent as weight and the top 150 as head; UK names follow
the order of the ONS rankings (1/rank, head 150); the origins common in Sweden have their
commonest given names and surnames (1/rank, head 10). `MIXES` says who is named in each
language's text; `NICKNAMES` gives short forms.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this probability, else its tail


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
    """Comma-separated names in rank order, weighted 1/rank; the first `head` are the head."""
    names = tuple(dict.fromkeys(n.strip() for n in text.split(",") if n.strip()))
    return Pool(names, tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names)))


def weighted(pairs: tuple[tuple[str, float], ...], head: int) -> Pool:
    """Names with their census per cent as weight; the first `head` are the head."""
    names = tuple(n for n, _ in pairs)
    return Pool(names, tuple(w for _, w in pairs), head)


PLAIN = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "İ": "I", "ø": "o", "Ø": "O", "æ": "ae", "ß": "ss"})  # fmt: skip


def plain(word: str) -> str:
    """The word typed without its letters: `Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`."""
    decomposed = unicodedata.normalize("NFKD", word.translate(PLAIN))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `Kowalski` -> `Kowalska`, `Zawadzki` -> `Zawadzka`."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("zki", "zka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# Sweden (SCB's order; head 150, then a tail of rarer names).
SV_WOMEN = ranked("""
    Maria, Elisabeth, Anna, Kristina, Margareta, Eva, Linnéa, Karin, Birgitta, Marie, Ingrid,
    Emma, Sara, Kerstin, Sofia, Lena, Christina, Helena, Ingegerd, Johanna, Inger, Marianne, Elin,
    Ida, Malin, Ulla, Hanna, Julia, Linda, Annika, Susanne, Elsa, Monica, Gunilla, Alice, Camilla,
    Anita, Viktoria, Carina, Jenny, Ebba, Amanda, Louise, Frida, Matilda, Maja, Astrid, Katarina,
    Ann, Åsa, Barbro, Siv, Charlotte, Ulrika, Cecilia, Wilma, Lovisa, Gun, Klara, Agneta, Josefin,
    Britt, Therese, Emelie, Lisa, Gunnel, Ella, Mona, Madeleine, Jessica, Berit, Sandra, Ellen,
    Caroline, Erika, Pia, Anneli, Yvonne, Sofie, Karolina, Moa, Agnes, Saga, Emilia, Rebecka,
    Olivia, Alva, Isabelle, Lina, Ingela, Gabriella, Mikaela, Felicia, Vera, Ester, Selma, Elvira,
    Alma, Linn, Birgit, Gerd, Ruth, Maj, Irene, Britta, Lisbeth, Marita, Ewa, Jeanette, Petra,
    Tove, Hedvig, Signe, Stina, Tilda, Nora, Ronja, Tuva, Freja, Stella, Alicia, Tindra, Thea,
    Tyra, Liv, Leah, Elise, Greta, Iris, Edith, Ines, Hilda, Majken, Sigrid, Margit, Ann-Marie,
    Ann-Christin, Anna-Karin, Ann-Sofie, Eva-Lena, Solveig, Ylva, Kristin, Katrin, Madelene,
    Evelina, Nathalie, Jennifer, Josefine, Michaela, Victoria, Pernilla, Helen, Sanna, Mia,
    Ingalill, Ulrica, Ragnhild, Gudrun, Svea, Dagmar, Ingeborg, Märta, Elvy, Ethel, Sonja,
    Vivianne, Laila, Gunvor, Inga, Mari, Majvor, Ellinor, Fanny, Hilma, Wilhelmina, Idun, Minna,
    Meja, Lykke, Novalie, Alexandra, Angelica, Annelie, Anette, Anne, Annie, Beatrice, Bodil,
    Britt-Marie, Carin, Catarina, Cajsa, Charlotta, Christine, Cornelia, Désirée, Dorotea, Doris,
    Edla, Eira, Elina, Elisabet, Ellie, Elna, Elvi, Emmy, Engla, Erica, Estelle, Evy, Gertrud,
    Gisela, Gullan, Gullvi, Gunhild, Hedda, Helén, Hillevi, Ingegärd, Irma, Isa, Jane, Jill,
    Joanna, Jonna, Josephine, Juni, Kajsa, Karina, Katja, Kim, Lea, Leia, Lilian, Lill, Lillemor,
    Linnea, Lisen, Liselotte, Lovis, Madelen, Magdalena, Majlis, Malva, Margot, Marianna, Marika,
    Marina, Marit, Marléne, Mathilda, Maud, Mimmi, Mira, My, Märit, Nanna, Nellie, Nelly, Nina,
    Ninni, Noomi, Norah, Olga, Paula, Rakel, Ragna, Rigmor, Rosa, Rosita, Sigrun, Siri, Sissela,
    Solbritt, Stephanie, Susanna, Tekla, Tess, Tina, Tora, Ulla-Britt, Valborg, Vendela, Viveka,
    Vivi, Wanja, Wendela, Yvette, Åse, Paulina, Natalie, Amelia, Nova, Leona, Lilly, Lova, Elvina,
    Eleonora, Emilie, Filippa, Hildur, Ingbritt, Irja, Jasmine, Jolin, Kristel, Lotten, Maj-Britt,
    Marlene, Melissa, Mette, Milla, Nadja, Naima, Oktavia, Othilia, Patricia, Ragnvi, Regina,
    Ronnie, Rut, Sabina, Signhild, Siw, Sonia, Tanja, Teresia, Ann-Louise, Tiina, Ulla-Karin,
    Veronica, Vilma, Wivianne, Yasmin, Zara, Zelda, Anna-Lena, Hjördis, Ingmarie, Karolin,
    Eva-Britt, Lillie, Margaretha, Marie-Louise, Monika, Ottilia, Gun-Britt, Inga-Lill, Anna-Maria, Agda, Alida,
    Alfhild, Aurora, Bianca, Blenda, Dagny, Embla, Frideborg, Gunn, Hulda, Ingvor, Märtha, Oda
""", 150)  # fmt: skip
SV_MEN = ranked("""
    Lars, Karl, Anders, Johan, Per, Erik, Carl, Mikael, Nils, Jan, Lennart, Hans, Olof, Peter,
    Gunnar, Sven, Fredrik, Bengt, Bo, Alexander, Daniel, Gustav, Åke, Göran, Stefan, Magnus,
    Martin, Andreas, John, Mats, Leif, Oskar, Ulf, Henrik, Thomas, Björn, Axel, Bertil, Arne,
    Jonas, Christer, Emil, Kjell, Stig, Mattias, Rolf, Niklas, Anton, Ingemar, Tomas, Roger,
    Viktor, Hugo, David, Sebastian, Christoffer, Marcus, Simon, Kent, Filip, William, Patrik,
    Rickard, Robert, Joakim, Tommy, Robin, Jonathan, Rune, Elias, Håkan, Jakob, Kenneth, Adam,
    Roland, Lucas, Ludvig, Göte, Sten, Christian, Torbjörn, Claes, Emanuel, Albin, Isak, Oliver,
    Liam, Noah, Vincent, Leo, Melvin, Theo, Edvin, Alvin, Kevin, Dennis, Jimmy, Tobias, Johnny,
    Conny, Tony, Jesper, Jens, Pontus, Samuel, Jacob, Rasmus, Linus, Gösta, Ivar, Harald, Allan,
    Kurt, Evert, Ove, Tore, Ingvar, Birger, Sune, Folke, Einar, Helge, Yngve, Gert, Sixten,
    Ragnar, Gustaf, Valter, Arvid, Oscar, Erland, Urban, Dan, Jörgen, Benny, Ola, Pär,
    Kristoffer, Alf, Karl-Erik, Lars-Erik, Per-Olof, Jan-Erik, Carl-Johan, Hampus, Max, Felix,
    Elliot, Otto, Love, Frans, Josef, Wilhelm, Eric, Viggo, Mohammed, Ali, Charlie, Nicklas,
    Adolf, Agne, Algot, Alrik, Ante, Arnold, Aron, Assar, August, Bernt, Bror, Börje, Casper,
    Curt, Dag, Douglas, Ebbe, Edvard, Egon, Eilert, Elis, Elof, Enar, Esbjörn, Eskil, Fabian,
    Ferdinand, Fritiof, Georg, Gideon, Gillis, Greger, Gunder, Hadar, Halvar, Harry, Henning,
    Herbert, Hilding, Holger, Ingmar, Ingolf, Isidor, Ivan, Jarl, Joel, Jon, Julius, Kaj, Knut,
    Konrad, Kristian, Lage, Leonard, Levi, Loke, Lukas, Malte, Manfred, Mauritz, Melker, Morgan,
    Natanael, Nore, Ossian, Patric, Percy, Rikard, Roine, Rudolf, Sigvard, Sivert, Staffan,
    Sture, Svante, Sören, Tage, Teodor, Thorsten, Tor, Torsten, Ture, Uno, Valdemar, Verner,
    Vidar, Vilgot, Vilhelm, Vilmer, Waldemar, Örjan, Östen, Anselm, Kjell-Åke, Lars-Göran,
    Per-Erik, Nils-Erik, Jan-Olof, Sven-Erik, Hans-Olof, Karl-Gustav, Lars-Olof, Mohammad, Ahmad,
    Omar, Abdullah, Hussein, Milo, Sam, Alex, Benjamin, Frank, Gabriel, Henry, Jack, Kasper,
    Leon, Mio, Neo, Nelson, Olle, Otis, Ruben, Sigge, Per-Anders, Tim, Lars-Åke, Wilmer,
    Abbe, Adrian, Albert, Alfons, Ambjörn, Jan-Åke, Anund, Arvin, Sven-Olof, Birk, Bruno, Carlos,
    Carl-Axel, Dante, Eddie, Edgar, Edward, Eino, Elmer, Elton, Emrik, Erling, Evald, Folkert,
    Fredric, Gerhard, Gottfrid, Gunne, Harri, Helmer, Hjalmar, Ingve, Ivo, Joachim, Joar, Jörn,
    Kennet, Kim, Kristofer, Lennarth, Linnar, Ludwig, Mats-Olof, Mikail, Nikolai, Niels, Nisse,
    Noel, Oswald, Petter, Ragnvald, Reinhold, Rickie, Ronny, Sigfrid, Sigurd, Sonny, Stellan,
    Sölve, Tryggve, Ulrik, Bo-Erik, Walter, Werner, Yousef, Åsmund, Bengt-Göran
""", 150)  # fmt: skip
SV_SURNAMES = ranked("""
    Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson,
    Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson,
    Magnusson, Olofsson, Carlsson, Lindström, Lindqvist, Lindgren, Berg, Axelsson, Bergström, Lundberg,
    Lind, Lundgren, Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Forsberg,
    Sjöberg, Ali, Wallin, Mohammed, Engström, Eklund, Danielsson, Lundin, Håkansson, Björk,
    Bergman, Gunnarsson, Holm, Wikström, Samuelsson, Isaksson, Fransson, Bergqvist, Nyström,
    Holmberg, Arvidsson, Löfgren, Söderberg, Nyberg, Blomqvist, Claesson, Nordström, Ahmed,
    Mårtensson, Lundström, Hassan, Viklund, Björklund, Eliasson, Pålsson, Berggren, Sandström,
    Lund, Nordin, Ström, Åberg, Falk, Ekström, Hermansson, Holmgren, Hellström, Dahlberg,
    Hedlund, Sundberg, Sjögren, Ek, Blom, Abrahamsson, Martinsson, Öberg, Andreasson, Strömberg,
    Månsson, Hansen, Åkesson, Dahl, Lindholm, Norberg, Holmqvist, Johnsson, Söderström, Nordqvist,
    Jensen, Lindblom, Sundström, Lindahl, Ekman, Hedberg, Sundqvist, Hosseini, Wallgren,
    Berntsson, Boström, Lindell, Ljungberg, Engberg, Jonasson, Ottosson, Sjöström, Öström,
    Wennberg, Hagström, Lilja, Nordlund, Söderlund, Mohamed, Ibrahim, Kristiansson, Sahlin,
    Mohamud, Östlund, Rosén, Omar, Jakobson, Åström, Hjalmarsson, Lindén, Ahlberg, Edlund, Ekberg,
    Bäckström, Dahlgren, Holmström, Stenberg, Hussein, Forsman, Nordberg, Grahn, Rydberg,
    Hägglund, Kjellberg, Ljung, Mattila, Hallberg, Lindkvist, Sundin, Nyman, Hedman, Eskilsson,
    Ivarsson, Strand, Wahlström, Ågren, Bergkvist, Åkerlund, Sjödin, Lindh, Molin, Schmidt,
    Östman, Dalin, Ekholm, Löfström, Wiklund, Westerberg, Nygren, Lindvall, Palm, Wallén,
    Granberg, Malmberg, Blomberg, Lövgren, Brandt, Nord, Holmlund, Edström, Sandgren, Björkman,
    Melin, Hedström, Kvist, Östberg, Sjölund, Lundholm, Rask, Wahlberg, Frisk, Blixt, Skog,
    Modig, Flink, Lejon, Ståhl, Cederberg, Wahlgren, Hammarström, Rosenqvist, Tegnér, Lagerlöf,
    Sundell, Berlin, Ahlström, Lindroth, Nordenström, Grönberg, Törnqvist, Stålberg, Ahlgren,
    Svärd, Kron, Hellberg, Franzén, Hult, Lagerqvist, Ohlsson, Fors, Thorén, Widén, Kullberg,
    Rydén, Alm, Göransson, Adolfsson, Börjesson, Ernstsson, Gustavsson, Emanuelsson, Torstensson,
    Augustsson, Thorsson, Josefsson, Ingvarsson, Ragnarsson, Rydström, Sjökvist, Tillberg,
    Wester, Åhman, Öhman, Lidén, Sellberg, Strömgren, Bengtzon, Hjort, Glad, Knutsson, Nykvist,
    Lundmark, Sandin, Nordmark, Marklund, Burman, Vikström, Hedqvist, Lundkvist, Rönnberg,
    Backman, Fagerström, Ekvall, Ljunggren, Ahlqvist, Kihlberg, Appelqvist, Bohlin, Carlberg,
    Dahlqvist, Elfving, Fogelberg, Gyllenhammar, Hallin, Häggström, Jernberg, Kjellin,
    Lindelöf, Möller, Nordling, Pihl, Quist, Roos, Sköld, Thelin, Uggla, Vallin, Wikman, Zetterberg,
    Åslund, Ödman, von Platen, af Klercker, De Geer, von Sydow, af Ugglas, Wachtmeister,
    Lewenhaupt, Gyllenstierna, von Essen, Bonde, Stjernswärd, Stackelberg, Bielke, Horn,
    Sparre, Trolle, Rålamb, Posse, Leijonhufvud, Silfverschiöld, Nyqvist, Sjöqvist, Björling,
    Lindmark, Löwenborg, Mellgren, Norrman, Persdotter, Rosengren, Strandberg, Tornberg,
    Wernersson, Zackrisson, Åkerman, Öhrn, Bergenholtz, Cronholm, Dufva, Ehn, Falkenberg,
    Grönlund, Hedin, Isberg, Jäderberg, Kallin, Lagerström, Munthe, Nordenskiöld, Orrenius,
    Pauli, Rudbeck, Seger, Thunberg, Ulvaeus, Virdén, Wrede, Zorn, Åkerblom, Östergren
""", 150)  # fmt: skip

# The United Kingdom (ONS rank order, 1/rank; head 150).
UK_WOMEN = ranked("""
    Olivia, Amelia, Isla, Ava, Emily, Sophie, Grace, Lily, Mia, Jessica, Ella, Charlotte, Poppy,
    Sarah, Emma, Laura, Rebecca, Hannah, Lucy, Amy, Katie, Lauren, Claire, Rachel, Chloe,
    Elizabeth, Margaret, Susan, Helen, Julie, Karen, Joanne, Nicola, Michelle, Lisa, Tracey,
    Deborah, Jacqueline, Gillian, Christine, Pauline, Patricia, Mary, Jennifer, Caroline, Alison,
    Angela, Catherine, Louise, Samantha, Victoria, Kelly, Natalie, Gemma, Zoe, Stephanie, Kirsty,
    Jade, Danielle, Charlotte-Rose, Holly, Georgia, Megan, Bethany, Abigail, Evie, Freya, Isabella,
    Daisy, Phoebe, Ruby, Florence, Alice, Matilda, Sienna, Evelyn, Willow, Ivy, Rosie, Harper,
    Elsie, Millie, Eleanor, Maisie, Imogen, Esme, Scarlett, Erin, Eva, Layla, Niamh, Aoife,
    Siobhan, Fiona, Shona, Morag, Ailsa, Eilidh, Rhiannon, Cerys, Ffion, Sian, Bethan, Carys,
    Nia, Catrin, Lowri, Jane, Anne, Sandra, Linda, Janet, Diane, Carol, Wendy, Sharon, Dawn,
    Lynne, Beverley, Denise, Valerie, Sheila, Brenda, Joan, Jean, Doreen, Barbara, Maureen,
    Irene, Betty, Hilda, Joyce, Vera, Sylvia, Marion, Eileen, Audrey, Kathleen, Jill, Heather,
    Rachael, Kerry, Leanne, Hayley, Kayleigh, Stacey, Charlene, Amber, Lydia, Harriet, Jasmine,
    Aisha, Fatima, Zara, Maryam, Priya, Anya, Aria, Eliza, Beatrice, Penelope, Clara, Iris, Edith,
    Violet, Hallie, Orla, Connie, Nancy, Elodie, Robyn, Lara, Keira, Paige, Shannon, Courtney,
    Chelsea, Jodie, Melissa, Naomi, Tamsin, Philippa, Camilla, Harriett, Verity, Felicity, Jemima,
    Octavia, Henrietta, Rosalind, Gwen, Gwyneth, Mair, Morwenna, Kerenza, Tegan, Elin, Maddison,
    Mollie, Tilly, Lola, Darcey, Alexa, Arabella, Bonnie, Delilah, Dolly, Elsa, Hermione,
    Lottie, Mabel, Margot, Nell, Ottilie, Pippa, Rosa, Thea, Winifred, Agatha, Ada, Beryl, Gladys,
    Ethel, Mildred, Pamela, Rita, Shirley, Yvonne, Bernadette, Roisin, Mhairi, Kirsteen, Isobel
""", 150)  # fmt: skip
UK_MEN = ranked("""
    Oliver, George, Harry, Noah, Jack, Charlie, Leo, Jacob, Freddie, Alfie, Thomas, James, William,
    Oscar, Arthur, Henry, Joshua, Archie, Theo, Muhammad, David, John, Michael, Paul, Andrew, Mark,
    Richard, Peter, Robert, Stephen, Christopher, Ian, Gary, Steven, Simon, Martin, Anthony, Daniel,
    Matthew, Kevin, Brian, Alan, Colin, Graham, Neil, Philip, Stuart, Keith, Nigel, Adrian, Darren,
    Lee, Craig, Wayne, Jason, Dean, Carl, Scott, Ryan, Jamie, Luke, Adam, Benjamin, Samuel, Joseph,
    Daniel-James, Liam, Callum, Connor, Kieran, Nathan, Aaron, Jordan, Lewis, Alexander, Edward,
    Max, Isaac, Lucas, Ethan, Mason, Logan, Finley, Teddy, Alfred, Reggie, Albie, Tommy, Frankie,
    Louie, Rory, Ronnie, Hugo, Sebastian, Elliot, Jude, Ezra, Albert, Stanley, Toby, Harvey,
    Dylan, Tyler, Kyle, Jake, Ben, Sam, Tom, Dan, Joe, Rhys, Owen, Gareth, Dafydd, Huw, Iwan,
    Gethin, Aled, Emyr, Cai, Euan, Fraser, Hamish, Angus, Alasdair, Ewan, Calum, Ruaridh, Gregor,
    Murray, Duncan, Niall, Sean, Declan, Ciaran, Padraig, Eoin, Cormac, Kenneth, Raymond, Roger,
    Derek, Trevor, Barry, Terence, Dennis, Malcolm, Clive, Howard, Geoffrey, Roy, Ronald,
    Gordon, Frank, Harold, Arnold, Leonard, Norman, Bernard, Cyril, Reginald, Stanley-John,
    Douglas, Russell, Barrington, Desmond, Winston, Clifford, Glen, Jonathan, Julian, Rupert,
    Giles, Jeremy, Timothy, Hugh, Nicholas, Rowan, Felix, Jasper, Otis, Rafferty, Ralph, Arlo,
    Bobby, Caleb, Dexter, Elijah, Gabriel, Harley, Jenson, Kai, Louis, Mohammed, Ahmed, Ali,
    Omar, Yusuf, Ibrahim, Bilal, Hamza, Imran, Zain, Arjun, Rohan, Sanjay, Rajesh, Vikram, Kwame,
    Kofi, Tobi, Femi, Chidi, Tunde, Marcus, Dominic, Vincent, Patrick, Kieron, Shane, Gavin,
    Marc, Ashley, Jonny, Jimmy, Terry, Dale, Clayton, Nathaniel, Barnaby, Crispin, Piers, Tristan
""", 150)  # fmt: skip
UK_SURNAMES = ranked("""
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
    Gibbs, Ferguson, Hayward, Carroll, Farrell, Tomlinson, MacDonald, MacLeod, Fraser, Mackenzie,
    Sinclair, Mackay, Cameron, Grieve, Lamont, Urquhart, Llewellyn, Pugh, Vaughan, Prosser,
    Bowen, Meredith, Trevithick, Penrose, Tregear, Pascoe, Rahman, Iqbal, Choudhury, Mistry,
    Chauhan, Okafor, Mensah, Adeyemi, Nwosu, Boateng, Kowalczyk, Nowak, Horvath, Nguyen, Chen,
    Wong, Fairbairn, Haworth, Ackroyd, Sowerby, Thwaite, Pickersgill, Cholmondeley, Featherstone,
    Fotheringham, Goldsworthy, Hebblethwaite, Illingworth, Kettlewell, Longbottom, Ramsbottom,
    Sidebottom, Winterbottom, Higginbotham, Postlethwaite, Ogilvie, Farquharson, Drummond, Blair
""", 150)  # fmt: skip

# Origins common in Sweden: their commonest given names and surnames (1/rank, head 10).
FINNISH = Origin(
    ranked("Anna, Maria, Helena, Johanna, Tuula, Päivi, Leena, Pirjo, Sari, Anne, Minna, Tiina, Riitta, Marjatta, Satu, Kaisa, Liisa, Eija, Hanna, Sirpa, Outi, Marja, Heidi, Elina, Aino, Seija, Raija, Tarja, Merja, Kirsi", 10),
    ranked("Juha, Timo, Matti, Kari, Mikko, Jari, Antti, Jukka, Mika, Markku, Pekka, Hannu, Heikki, Seppo, Janne, Ville, Petri, Sami, Tapio, Esa, Pertti, Veikko, Raimo, Erkki, Olli, Jouni, Tuomas, Ilkka, Arto, Risto", 10),
    ranked("Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen, Hyvönen, Leinonen", 10),
)  # fmt: skip
ARABIC = Origin(  # Iraq, Syria and Lebanon, with Assyrian/Syriac names
    ranked("Fatima, Maryam, Zainab, Noor, Sara, Layla, Aisha, Amira, Rania, Hiba, Lina, Rana, Nadia, Huda, Dalia, Yasmin, Hana, Samira, Shatha, Rasha, Nahrain, Shamiram, Ramina, Ninve, Mariana, Souad, Ghada, Reem, Lamis, Dima", 10),
    ranked("Mohammed, Ahmed, Ali, Hassan, Hussein, Omar, Mustafa, Ibrahim, Khaled, Abdullah, Yousef, Mahmoud, Karim, Ammar, Haider, Samir, Rami, Tariq, Bassam, Firas, Ninos, Sargon, Aziz, Gabriel, Elias, Shamoun, Yacoub, Ashur, Fadi, Georges, Nabil, Wissam", 10),
    ranked("Ali, Mohammed, Ahmed, Hassan, Hussein, Ibrahim, Abdullah, Khalil, Mahmoud, Saleh, Al-Rubaie, Al-Saadi, Al-Jaburi, Jasim, Kareem, Haddad, Nasser, Saeed, Youssef, Aziz, Shamoun, Barsoum, Saliba, Gabriel, Issa, Yakoub, Aho, Hanna, Toma, Khoury, Al-Obaidi, Al-Tamimi", 10),
)  # fmt: skip
SOMALI = Origin(
    ranked("Fadumo, Hodan, Amina, Sahra, Faadumo, Ayaan, Hawa, Nimco, Ubah, Asha, Khadra, Ifrah, Sagal, Hibaaq, Idil, Muna, Leyla, Deeqa, Ruun, Halimo, Maryan, Sucaad, Nasra, Hamdi", 10),
    ranked("Mohamed, Abdi, Ahmed, Abdirahman, Ali, Hassan, Omar, Abdullahi, Yusuf, Ismail, Mahad, Liban, Said, Farah, Abdiaziz, Hamza, Guled, Mukhtar, Bashir, Warsame, Abdikarim, Sharmarke, Hamse", 10),
    ranked("Mohamed, Ahmed, Ali, Hassan, Abdi, Omar, Farah, Hussein, Ismail, Osman, Warsame, Jama, Yusuf, Nur, Aden, Abdullahi, Hirsi, Duale, Egal, Mohamud, Guled, Elmi, Dahir, Samatar, Keynan, Abdulle", 10),
)  # fmt: skip
POLISH = Origin(
    ranked("Anna, Katarzyna, Maria, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Elżbieta, Magdalena, Joanna, Zofia, Monika, Aleksandra, Beata, Dorota, Jolanta, Grażyna, Marta, Justyna, Natalia, Karolina, Urszula, Iwona", 10),
    ranked("Piotr, Krzysztof, Andrzej, Tomasz, Jan, Paweł, Michał, Marcin, Stanisław, Jakub, Adam, Marek, Łukasz, Grzegorz, Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Kamil, Sebastian, Robert, Przemysław, Bartosz", 10),
    ranked("Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Kwiatkowski, Wojciechowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Wróbel, Nowicki, Zawadzki, Sokołowski, Czarnecki, Głowacki", 10),
)  # fmt: skip
PERSIAN = Origin(
    ranked("Maryam, Fatemeh, Zahra, Shirin, Parisa, Leila, Nasrin, Mahsa, Sara, Neda, Roya, Azadeh, Elham, Shadi, Mina, Nazanin, Farideh, Parvin, Golnaz, Samira, Shahrzad, Sepideh, Ladan, Bahar", 10),
    ranked("Mohammad, Ali, Reza, Hossein, Mehdi, Amir, Hamid, Saeed, Majid, Hassan, Behrouz, Farhad, Babak, Dariush, Kaveh, Arash, Omid, Navid, Kourosh, Payam, Siavash, Shahram, Pejman, Afshin", 10),
    ranked("Mohammadi, Hosseini, Ahmadi, Rezaei, Moradi, Karimi, Hashemi, Jafari, Rahimi, Mousavi, Ghasemi, Sadeghi, Kazemi, Rostami, Azizi, Ebrahimi, Najafi, Tehrani, Shirazi, Abbasi, Heidari, Bagheri, Akbari, Nazari, Salehi, Farahani", 10),
)  # fmt: skip
BCS = Origin(  # Bosnian, Serbian and Croatian
    ranked("Amra, Emina, Jasmina, Selma, Lejla, Ana, Marija, Ivana, Jelena, Maja, Mirela, Azra, Senada, Aida, Snježana, Dragana, Vesna, Mersiha, Sanela, Amela, Edina, Nermina, Zlata, Milica", 10),
    ranked("Edin, Amir, Mirza, Adnan, Emir, Nenad, Dragan, Zoran, Goran, Milan, Ivan, Marko, Dejan, Nikola, Haris, Senad, Elvir, Damir, Almir, Jasmin, Dženan, Mladen, Stjepan, Miloš", 10),
    ranked("Hodžić, Hadžić, Begić, Delić, Kovačević, Šehić, Husić, Mehmedović, Karić, Hasanović, Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Horvat, Kovačić, Babić, Marić, Jurić, Knežević, Popović, Mujić, Alić, Salihović, Ibrahimović, Omerović, Čolić", 10),
)  # fmt: skip
TURKISH = Origin(
    ranked("Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Meryem, Şerife, Sultan, Zehra, Hülya, Derya, Esra, Merve, Büşra, Özlem, Gül, Aylin, Ebru, Seda, Filiz, Dilek, Songül, Gülşen", 10),
    ranked("Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Osman, Yusuf, Murat, Ömer, Ramazan, Halil, Süleyman, Abdullah, Mahmut, Recep, Emre, Burak, Serkan, Kemal, Cengiz, Volkan", 10),
    ranked("Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Korkmaz, Erdoğan, Güneş, Aksoy, Bulut", 10),
)  # fmt: skip
ERITREAN = Origin(  # the father's given name as surname
    ranked("Helen, Selam, Senait, Yohanna, Rahel, Mebrat, Saba, Tsega, Winta, Hiwet, Lidia, Semhar, Luwam, Freweini, Almaz, Meron, Feven, Ruta, Abrehet, Mihret, Elsa, Tirhas", 10),
    ranked("Yonas, Daniel, Samuel, Tesfay, Mehari, Yohannes, Filmon, Biniam, Dawit, Merhawi, Efrem, Habtom, Kidane, Tekle, Amanuel, Robel, Aron, Henok, Mussie, Semere, Goitom, Yemane", 10),
    ranked("Tesfay, Gebremedhin, Tekle, Haile, Ghebremariam, Berhane, Tesfamariam, Kidane, Mehari, Habte, Yohannes, Asmerom, Weldemichael, Ghebreyesus, Tewelde, Andemariam, Zerai, Negash, Abraha, Gebru, Woldu, Kahsay", 10),
)  # fmt: skip
AFGHAN = Origin(
    ranked("Fatima, Maryam, Zahra, Mariam, Nargis, Shabnam, Parwana, Freshta, Hasina, Mursal, Zarifa, Laila, Soraya, Malalai, Khadija, Nazia, Sadaf, Shukria, Farzana, Masuda, Roya, Wajiha", 10),
    ranked("Mohammad, Ahmad, Ali, Abdul, Mustafa, Hamid, Rahim, Nasir, Javid, Farid, Sayed, Khalid, Wahid, Jawad, Zabihullah, Naveed, Hussain, Mujtaba, Rahmatullah, Samiullah, Ehsan, Bashir", 10),
    ranked("Ahmadi, Rahimi, Hakimi, Karimi, Noori, Sultani, Mohammadi, Hussaini, Amiri, Haidari, Sadat, Popal, Wardak, Stanikzai, Rezai, Hashimi, Nazari, Sharifi, Azimi, Safi, Habibi, Jalali, Ahmadzai, Sediqi", 10),
)  # fmt: skip
THAI = Origin(
    ranked("Siriporn, Malee, Kanya, Pranee, Wanida, Sunisa, Nittaya, Supaporn, Jintana, Porntip, Suda, Ratana, Kanokwan, Pimchanok, Nattaya, Areerat, Duangjai, Chanida, Sasithorn, Orathai, Sompong, Lamai", 10),
    ranked("Somchai, Somsak, Prasert, Somboon, Sombat, Anan, Wichai, Chaiwat, Suchart, Boonmee, Thanawat, Kittisak, Narong, Surachai, Pongsak, Wirat, Preecha, Sakda, Apichat, Nattapong", 10),
    ranked("Saetang, Srisuk, Chaiyasit, Wongsawat, Boonmee, Sukprasert, Thongdee, Phromma, Kaewmanee, Srisawat, Rattanakul, Somboon, Jaidee, Meesuk, Sangthong, Intharasuk, Suwannarat, Ruangsri, Kongkaew, Saelim", 10),
)  # fmt: skip
LATIN = Origin(  # Chile and Latin America: two surnames, father's then mother's
    ranked("María, Constanza, Javiera, Catalina, Francisca, Valentina, Camila, Fernanda, Daniela, Carolina, Paula, Claudia, Patricia, Marcela, Verónica, Alejandra, Carmen, Ximena, Pilar, Isabel, Gabriela, Soledad, Lorena, Paz", 10),
    ranked("José, Juan, Luis, Carlos, Jorge, Cristián, Sebastián, Matías, Felipe, Diego, Rodrigo, Francisco, Pablo, Andrés, Manuel, Víctor, Héctor, Ricardo, Gonzalo, Patricio, Alejandro, Mauricio, Nicolás, Tomás", 10),
    ranked("González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo, Tapia, Reyes, Gutiérrez, Castro, Pizarro, Álvarez, Vásquez, Sánchez, Fernández, Ramírez, Carrasco, Gómez, Cortés, Herrera, Núñez", 10),
)  # fmt: skip
KURDISH = Origin(
    ranked("Rojda, Berfin, Dilan, Zilan, Hêvî, Nazdar, Shilan, Rozerin, Jiyan, Ronahi, Avin, Narin, Delal, Sozdar, Nergiz, Gulistan, Bêrîvan, Evin, Leyla, Newroz, Shirin, Kejal", 10),
    ranked("Azad, Rebin, Rawand, Dilshad, Karwan, Shwan, Hawre, Sherzad, Bakhtiyar, Kawa, Baran, Ciwan, Serhat, Rizgar, Aram, Soran, Hemin, Diyar, Zana, Rojhat, Shiyar, Hozan", 10),
    ranked("Ahmed, Mohammed, Aziz, Rashid, Karim, Hama, Ali, Omer, Mahmoud, Qadir, Amin, Salih, Mustafa, Faraj, Abdulla, Hussein, Ismail, Othman, Zebari, Dosky, Hawrami, Sindi, Bakr, Khoshnaw", 10),
)  # fmt: skip
UKRAINIAN = Origin(
    ranked("Olena, Tetiana, Nataliia, Iryna, Oksana, Svitlana, Yuliia, Kateryna, Olha, Anastasiia, Mariia, Viktoriia, Halyna, Liudmyla, Alina, Daria, Yana, Inna, Larysa, Nadiia", 10),
    ranked("Oleksandr, Serhii, Andrii, Volodymyr, Dmytro, Mykola, Oleksii, Yurii, Ivan, Vasyl, Viktor, Ihor, Maksym, Taras, Bohdan, Roman, Vitalii, Petro, Artem, Denys", 10),
    ranked("Melnyk, Shevchenko, Boiko, Kovalenko, Bondarenko, Tkachenko, Kovalchuk, Kravchenko, Oliinyk, Shevchuk, Koval, Polishchuk, Bondar, Tkachuk, Moroz, Marchenko, Lysenko, Rudenko, Savchenko, Petrenko, Kravets, Pavlenko", 10),
)  # fmt: skip
INDIAN = Origin(
    ranked("Priya, Anjali, Pooja, Neha, Divya, Kavya, Sneha, Lakshmi, Deepa, Ananya, Shreya, Meera, Sunita, Rekha, Aishwarya, Swati, Nisha, Ritu, Shalini, Harpreet", 10),
    ranked("Rahul, Amit, Rajesh, Vijay, Arjun, Suresh, Ravi, Sanjay, Anil, Karthik, Vikram, Manoj, Deepak, Rohit, Aditya, Pradeep, Srinivas, Gurpreet, Nikhil, Sandeep", 10),
    ranked("Patel, Sharma, Singh, Kumar, Gupta, Reddy, Shah, Iyer, Nair, Rao, Mehta, Joshi, Verma, Desai, Menon, Pillai, Agarwal, Chopra, Kapoor, Banerjee, Mukherjee, Das, Bhat, Krishnan", 10),
)  # fmt: skip

# The United States: the Census 1990 lists (public domain), the census per cent as weight; head 150.
US_WOMEN = (
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

US_MEN = (
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

US_SURNAMES = (
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
    ("Saunders", 0.027), ("Wise", 0.027), ("Colon", 0.027), ("Gill", 0.027), ("Alvarado", 0.027),
    ("Greer", 0.026), ("Padilla", 0.026), ("Simon", 0.026), ("Waters", 0.026), ("Nunez", 0.026),
    ("Ballard", 0.026), ("Schwartz", 0.026), ("McBride", 0.026), ("Houston", 0.026),
    ("Christensen", 0.026), ("Klein", 0.026), ("Pratt", 0.026), ("Briggs", 0.026),
    ("Parsons", 0.026), ("McLaughlin", 0.026), ("Zimmerman", 0.026), ("French", 0.026),
    ("Buchanan", 0.026), ("Moran", 0.026), ("Copeland", 0.025), ("Roy", 0.025), ("Pittman", 0.025),
    ("Brady", 0.025), ("McCormick", 0.025), ("Holloway", 0.025),
)  # fmt: skip

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_WOMEN, SV_MEN, SV_SURNAMES),
    "us": Origin(weighted(US_WOMEN, 150), weighted(US_MEN, 150), weighted(US_SURNAMES, 150)),
    "uk": Origin(UK_WOMEN, UK_MEN, UK_SURNAMES),
    "finnish": FINNISH,
    "arabic": ARABIC,
    "somali": SOMALI,
    "polish": POLISH,
    "persian": PERSIAN,
    "bcs": BCS,
    "turkish": TURKISH,
    "eritrean": ERITREAN,
    "afghan": AFGHAN,
    "thai": THAI,
    "latin": LATIN,
    "kurdish": KURDISH,
    "ukrainian": UKRAINIAN,
    "indian": INDIAN,
}

# Who is named in each language's text: Swedish largest in Swedish and mixed text; the rest
# roughly as the origins are common in Sweden (and, in English text, as clients and artists met
# at studios and conventions abroad are).
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 68, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5, "ukrainian": 1.3,
        "eritrean": 1.2, "thai": 1, "latin": 1, "indian": 1, "uk": 0.8, "us": 0.6,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 9, "indian": 4, "arabic": 2, "polish": 2, "latin": 2,
        "finnish": 1, "somali": 1, "persian": 1, "turkish": 1, "thai": 1, "bcs": 1,
        "ukrainian": 1, "afghan": 0.5, "eritrean": 0.5, "kurdish": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 10, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
        "persian": 2.5, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5, "afghan": 1.5,
        "ukrainian": 1.5, "indian": 1.5, "eritrean": 1, "thai": 1, "latin": 1,
    },
}  # fmt: skip

# Short forms people go by (a given name in the pools -> the forms).
NICK_SV = {
    "Lars": ["Lasse"], "Karl": ["Kalle"], "Carl": ["Calle"], "Per": ["Pelle", "Pära"],
    "Mikael": ["Micke"], "Michael": ["Micke"], "Johan": ["Jocke"], "Joakim": ["Jocke"],
    "Hans": ["Hasse"], "Jan": ["Janne"], "Thomas": ["Tompa"], "Tomas": ["Tompa"],
    "Magnus": ["Mange"], "Marcus": ["Mackan"], "Kristoffer": ["Kricke"], "Christoffer": ["Kricke"],
    "Fredrik": ["Fredde"], "Andreas": ["Andy"], "Gustav": ["Gurra", "Gusse"], "Gustaf": ["Gurra"],
    "Henrik": ["Henke"], "Patrik": ["Patte"], "Stefan": ["Steffe"], "Kenneth": ["Kenta"],
    "Sebastian": ["Sebbe"], "Alexander": ["Alex"], "Viktor": ["Vicke"], "Oskar": ["Ogge"],
    "Nils": ["Nisse"], "Olof": ["Olle"], "Sven": ["Svenne"], "Robert": ["Robban"],
    "Tobias": ["Tobbe"], "Jonathan": ["Jonte"], "Samuel": ["Sam", "Sampe"], "Christian": ["Chrille"],
    "Emanuel": ["Manne"], "Daniel": ["Danne"], "Rasmus": ["Rasse"], "Ludvig": ["Ludde"],
    "Kristina": ["Kicki", "Stina"], "Christina": ["Kicki", "Tina"], "Elisabeth": ["Lisa", "Bettan"],
    "Margareta": ["Maggan", "Greta"], "Charlotte": ["Lotta"], "Susanne": ["Sussie"],
    "Katarina": ["Kattis", "Kajsa"], "Madeleine": ["Madde"], "Josefin": ["Jossan"],
    "Johanna": ["Hanna", "Jossan"], "Gabriella": ["Gabbi"], "Therese": ["Tessan"],
    "Caroline": ["Caro", "Linn"], "Matilda": ["Tilda", "Mattan"], "Viktoria": ["Vicky"],
    "Victoria": ["Vicky"], "Annika": ["Annie"], "Ulrika": ["Ulla"], "Helena": ["Lena"],
    "Cecilia": ["Cissi"], "Karolina": ["Karro"], "Barbro": ["Babs"], "Birgitta": ["Bigge", "Gittan"],
    "Jessica": ["Jessie"], "Frida": ["Fridde"], "Louise": ["Lollo"], "Rebecka": ["Becka"],
}  # fmt: skip
NICK_EN = {
    "Robert": ["Bob", "Rob", "Bobby"], "William": ["Bill", "Will", "Billy"], "James": ["Jim", "Jimmy", "Jamie"],
    "Michael": ["Mike", "Mikey"], "Elizabeth": ["Liz", "Beth", "Lizzie"], "Jennifer": ["Jen", "Jenny"],
    "Katherine": ["Kate", "Katie"], "Catherine": ["Cathy", "Kate"], "Christopher": ["Chris"],
    "Richard": ["Rich", "Rick"], "Thomas": ["Tom", "Tommy"], "Joseph": ["Joe", "Joey"],
    "Daniel": ["Dan", "Danny"], "Matthew": ["Matt"], "Anthony": ["Tony", "Ant"], "Steven": ["Steve"],
    "Stephen": ["Steve"], "Nicholas": ["Nick"], "Samantha": ["Sam"], "Alexander": ["Alex", "Xander"],
    "Margaret": ["Maggie", "Peggy", "Meg"], "Patricia": ["Pat", "Trish"], "Deborah": ["Debbie", "Deb"],
    "Rebecca": ["Becky", "Becca"], "Victoria": ["Vicky", "Tori"], "Benjamin": ["Ben"],
    "Edward": ["Ed", "Eddie", "Ted"], "Andrew": ["Andy", "Drew"], "Jonathan": ["Jon", "Jonny"],
    "Timothy": ["Tim"], "Charles": ["Charlie", "Chuck"], "David": ["Dave"], "Kenneth": ["Ken"],
    "Ronald": ["Ron", "Ronnie"], "Donald": ["Don"], "Susan": ["Sue", "Suzy"], "Barbara": ["Barb"],
    "Kimberly": ["Kim"], "Christine": ["Chris", "Chrissie"], "Jessica": ["Jess"], "Abigail": ["Abbie"],
    "Eleanor": ["Ellie", "Nell"], "Samuel": ["Sam"], "Frederick": ["Fred", "Freddie"],
    "Gregory": ["Greg"], "Jacqueline": ["Jackie"], "Pamela": ["Pam"], "Philip": ["Phil"],
    "Zachary": ["Zach"], "Gerald": ["Gerry"], "Raymond": ["Ray"], "Lawrence": ["Larry"],
}  # fmt: skip
NICKNAMES: dict[str, dict[str, list[str]]] = {
    "swedish": NICK_SV,
    "us": NICK_EN,
    "uk": NICK_EN,
    "finnish": {"Johanna": ["Jonna"], "Jukka": ["Jukkis"], "Matti": ["Masa"], "Hannu": ["Hanski"]},
    "polish": {"Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"], "Aleksandra": ["Ola"], "Piotr": ["Piotrek"], "Tomasz": ["Tomek"], "Krzysztof": ["Krzysiek"]},
    "latin": {"Francisco": ["Pancho"], "José": ["Pepe"], "Francisca": ["Pancha"]},
    "ukrainian": {"Oleksandr": ["Sasha"], "Kateryna": ["Katia"], "Anastasiia": ["Nastia"]},
}  # fmt: skip
