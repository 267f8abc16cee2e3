# ruff: noqa: E501
"""Name pools of held-out FM (issue 15): names as the population has them, by origin and weight.

Written from general knowledge by a helper who does not tune the detector: Swedish given names
and surnames in the order of SCB's name statistics (weight 1/rank, head the top 150, then a tail
of rarer names), the US Census 1990 lists (the census per cent as weight, copied from the `names`
package's `dist.female.first`, `dist.male.first` and `dist.all.last`; public domain), UK given
names and surnames in the order of the ONS rankings (1/rank), and the commonest given names and
surnames of origins common in Sweden (1/rank, head 10). No name was checked against rung's
lexicons; none is left out for being known or unknown.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this share, else from its tail


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


def ranked(names: str, head: int) -> Pool:
    """A pool from names in rank order (comma-separated), weight 1/rank."""
    words = tuple(n.strip() for n in names.split(",") if n.strip())
    assert len(set(words)) == len(words), [w for w in words if words.count(w) > 1]
    return Pool(
        words, tuple(1 / rank for rank in range(1, len(words) + 1)), min(head, len(words) - 1)
    )


def census(pairs: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A pool from the US Census 1990 lists: the per cent of people carrying the name as weight."""
    return Pool(tuple(n for n, _ in pairs), tuple(w for _, w in pairs), head)


_PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "ı": "i", "İ": "I", "đ": "dj", "Đ": "Dj", "ø": "o", "æ": "ae", "ß": "ss"}
)


def plain(word: str) -> str:
    """A name typed without its letters (`Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`)."""
    decomposed = unicodedata.normalize("NFD", word.translate(_PLAIN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it (`Kowalski` -> `Kowalska`, `Wysocki` -> `Wysocka`)."""
    for masculine, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(masculine):
            return surname[: -len(masculine)] + female
    return surname


# Sweden: SCB's name statistics, in rank order (the names people are called by), weight 1/rank.
SV_F = ranked(
    "Anna, Eva, Maria, Karin, Kristina, Lena, Sara, Emma, Kerstin, Ingrid, Elin, Marie, Christina, "
    "Malin, Hanna, Linnéa, Birgitta, Sofia, Ida, Inger, Jenny, Annika, Susanne, Linda, Johanna, "
    "Julia, Margareta, Carina, Ulla, Elisabeth, Monica, Helena, Camilla, Åsa, Sandra, Frida, "
    "Anneli, Ebba, Therese, Amanda, Gunilla, Maja, Alice, Elsa, Cecilia, Matilda, Josefin, "
    "Victoria, Lisa, Anette, Ulrika, Marianne, Jessica, Agneta, Klara, Wilma, Astrid, Caroline, "
    "Emelie, Louise, Ella, Sofie, Barbro, Lina, Moa, Ellen, Olivia, Siv, Ann, Elisabet, Gun, "
    "Britt, Pia, Lovisa, Ann-Christin, Anita, Yvonne, Mona, Emilia, Katarina, Charlotte, "
    "Madeleine, Gunnel, Irene, Birgit, Agnes, Ingegerd, Saga, Nora, Ronja, Felicia, Tilda, Stina, "
    "Petra, Mikaela, Rebecka, Isabelle, Jennie, Ellinor, Sanna, Mia, Elvira, Freja, Alva, Selma, "
    "Vera, Signe, Tove, Ylva, Hedvig, Ester, Mathilda, Jonna, Ann-Marie, Marita, Eleonor, Viola, "
    "Gunvor, Gerd, Karolina, Elina, Ingela, Rut, Solveig, Berit, Märta, Majken, Helen, Tina, "
    "Sylvia, Lilian, Marina, Nathalie, Kajsa, Cornelia, Tuva, Tyra, Edith, Alma, Stella, Isabella, "
    "Nellie, Elise, Lilly, Inga, Sonja, Margit, Maud, Anne, Annette, Pernilla, Veronica, "
    # the tail: rarer names past the top 150
    "Ingeborg, Dagny, Gudrun, Svea, Greta, Elvy, Iris, Ulrica, Jeanette, Kristin, Maj-Britt, "
    "Anna-Karin, Eva-Lena, Ann-Sofie, Anna-Lena, Lise-Lotte, Marie-Louise, Britt-Marie, Mari, "
    "Carin, Catarina, Catharina, Malva, Juni, Liv, Lo, Idun, Siri, Hilma, Elly, Ines, Aurora, "
    "Hilda, Gunhild, Ragnhild, Solbritt, Majvor, Ulla-Britt, Lillemor, Görel, Inga-Lill, Ethel, "
    "Rigmor, Vivi, Vivianne, Lis, Gull-Britt, Ewa, Ewy, Evy, Dagmar, Elna, Hjördis, Alfhild, "
    "Vendela, Thea, Linn, Nova, Lykke, Embla, Livia, Meja, Tindra, Minna, Clara, Sigrid, Amalia, "
    "Adele, Anja, Tora, Ottilia, Magdalena, Paulina, Rebecca, Jasmine, Cassandra, Michaela, "
    "Fredrika, Gabriella, Charlotta, Beatrice, Emilie, Evelina, Angelica, Sabina, Rosa, Mira, "
    "Malou, Annica, Marléne, Helene, Lena-Maria, Maj, Marit, Mariana, Ingalill, Britta, "
    "Ingbritt, Elsy, Mait, Laila, Lisbeth, Lisbet, Kristine, Kicki, Lotta, Kaija, "
    "Ann-Louise, Ann-Charlotte, Anna-Maria, Eva-Karin, Maj-Lis, Anna-Stina, Ingrid-Marie, "
    "Hillevi, Annelie, Emmy, Ebon, Tekla, Svanhild, Torborg, Valborg, Ingegärd, "
    "Gunlög, Erika, Therése, Jannike, Josephine, Sanja, Amira, Hedda, Cajsa, "
    "Lova, Elvina, Frideborg, Lea, Ellie, Nicole, Natalie, Linnea, "
    "Majvi, Ulrike, Anneke, Irma, Märit, Rakel, Ruth, Dorotea, Judit, Lydia, Mimmi, Inez, "
    "Thyra, Valdis, Yvette, Ann-Britt, Ann-Kristin, Eva-Britt, Gunbritt, Kaisa, "
    "Maria-Pia, Monika, Sari, Siw, Sirpa, Solvig, Svenborg, "
    "Tilly, Vanja, Vilma, Wera, Alexandra, Antonia, Ariana, Bianca, Carolina, Celine, Daniela, "
    "Denise, Diana, Elisa, Elena, Emina, Evelin, Fatima, Filippa, Hilde, Jane, "
    "Jeanne, Joanna, Julie, Kim, Leila, Madelene, Maria-Louise, Meta, Nadja, Natasha, "
    "Olga, Patricia, Paula, Rosalie, Samira, Sonia, Stephanie, Tanja, Tess, Valentina, "
    "Vega, Vilda, Yasmin, Zara",
    150,
)
SV_M = ranked(
    "Lars, Mikael, Anders, Johan, Per, Erik, Karl, Peter, Thomas, Jan, Daniel, Fredrik, Hans, "
    "Andreas, Stefan, Mohammed, Bengt, Alexander, Magnus, Mats, Bo, Oscar, Nils, Jonas, Sven, "
    "Leif, Marcus, Göran, Björn, Ulf, Henrik, Kjell, Martin, Patrik, Christer, David, Mattias, "
    "Gustav, Lennart, Tommy, Niklas, Viktor, Anton, Rolf, Emil, Simon, Christoffer, Robert, Filip, "
    "Roger, Lucas, Jonathan, William, Joakim, Sebastian, Jörgen, Tobias, Stig, Roland, Oskar, "
    "Olof, Åke, Rickard, Kent, Axel, Robin, Gunnar, Elias, Hugo, Liam, Adam, Dan, Kenneth, Claes, "
    "Arne, Kurt, Ingvar, Jesper, Tomas, Ali, Emanuel, Linus, Johannes, Gösta, Isak, Ludvig, "
    "Jakob, Hampus, Rasmus, Albin, Noah, Leo, Elliot, Ahmed, Torbjörn, Mohamed, Lars-Göran, Jimmy, "
    "Kevin, Kristoffer, Carl, Christian, Joel, Sten, Gert, Tore, Mårten, Urban, Ronny, Håkan, "
    "Conny, Benny, Jens, Pontus, Samuel, Edvin, Melvin, Vincent, Theo, Harry, Alfred, Arvid, "
    "Viggo, Wilhelm, Valter, Frans, Sixten, Gabriel, Benjamin, Alvin, Ivar, Loke, Otto, Love, Max, "
    "Henry, Charlie, Ebbe, Karl-Erik, Per-Olof, Lars-Erik, Jan-Erik, Sture, Yngve, Bertil, Folke, "
    "Evert, Rune, Einar, Harald, "
    # the tail: rarer names past the top 150
    "Holger, Sune, Ragnar, Allan, Birger, Tage, Ove, Lars-Olof, Jan-Olof, Hans-Erik, Göte, Sören, "
    "Torsten, Helge, Egon, Lage, Assar, Valdemar, Hilding, Gottfrid, Halvar, Algot, Ture, Malte, "
    "Hjalmar, August, Elis, Julius, Matteo, Milo, Vilgot, Kjell-Åke, Bror, Gunder, Ejnar, Gillis, "
    "Anselm, Ansgar, Benkt, Boris, Casper, Dennis, Douglas, Edgar, Eddie, Elof, Emir, Enar, "
    "Erland, Fritiof, Georg, Gerhard, Greger, Gustaf, Hannes, Herbert, Inge, Ingemar, "
    "Jarl, Jerker, Jöns, Kennet, Klas, Knut, Krister, Kristian, Lasse, Lorentz, Lukas, "
    "Manfred, Mauritz, Melker, Mohammad, Nicklas, Nils-Erik, Olle, Osvald, Ossian, Palle, "
    "Pehr, Per-Anders, Per-Erik, Petter, Ragnvald, Reinhold, Sigvard, Sigurd, Staffan, "
    "Svante, Sven-Erik, Sven-Olof, Sölve, Teodor, Thor, Tor, Torgny, Tryggve, Uno, "
    "Valentin, Vidar, Vilhelm, Waldemar, Yousef, Zakarias, Östen, Anders-Petter, "
    "Bo-Göran, Carl-Johan, Hans-Olof, Jan-Åke, Karl-Gustav, Karl-Johan, Lars-Åke, "
    "Nils-Olof, Per-Ola, Sven-Åke, Bernt, Björn-Erik, Curt, Efraim, Elmer, Eskil, Esbjörn, Ferdinand, "
    "Frank, Fred, Gideon, Gregor, Gunne, Hadar, Hemming, Hilmer, Ingolf, Isidor, Jacob, Jon, "
    "Josef, Kalle, Konrad, Leander, Lennie, Leopold, Levi, Lowe, Marius, Mattis, Mio, Nelson, "
    "Nikolaj, Noel, Ola, Oliver, Ove-Göran, Pär, Rikard, Ruben, Sigge, Stellan, Tim, Tony, Verner, "
    "Wiktor, Yasin, Ibrahim, Hussein, Hassan, Omar, Mustafa, Abdullahi, Abdi, Amir, Reza, Sami, "
    "Juha, Matti, Kari, Mika, Jari, Pekka, Arnold, Bill, Brage, Dante, "
    "Edward, Eino, Elton, Emrik, Enok, Evald, Gunno, Harri, Ingmar, Ivan, Jack, Jalmar, Kaj, Kim, "
    "Laurentius, Lennarth, Magne, Morgan, Nathan, Nore, Orvar, Patric, Pelle, Raoul, Roy, Seth, "
    "Tord, Torvald, Ulrik, Walter, Wilmer",
    150,
)
SV_S = ranked(
    "Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson, "
    "Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson, "
    "Magnusson, Olofsson, Lindström, Lindqvist, Lindgren, Berg, Axelsson, Bergström, Lundberg, "
    "Lind, Lundgren, Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Forsberg, "
    "Sjöberg, Ali, Wallin, Mohammed, Engström, Eklund, Danielsson, Lundin, Håkansson, Björk, "
    "Bergman, Gunnarsson, Holm, Wikström, Samuelsson, Isaksson, Fransson, Bergqvist, Nyström, "
    "Holmberg, Arvidsson, Löfgren, Söderberg, Nyberg, Blomqvist, Claesson, Nordström, Mårtensson, "
    "Lundström, Ahmed, Viklund, Björklund, Eliasson, Pålsson, Hassan, Berggren, Sandström, Lund, "
    "Nordin, Ström, Åberg, Hermansson, Ekström, Holmgren, Sundberg, Hedlund, Dahlberg, Hellström, "
    "Sjögren, Abrahamsson, Falk, Martinsson, Öberg, Andreasson, Strömberg, Månsson, Åkesson, Hansen, "
    "Nordqvist, Lindholm, Dahl, Jonasson, Ivarsson, Sundström, Åström, Lindell, Sundqvist, Fors, "
    "Hedberg, Mohamed, Ek, Göransson, Lindahl, Nyman, Hussein, Berntsson, Stenberg, Lindblom, "
    "Johnsson, Englund, Söderström, Adolfsson, Nordberg, Ericsson, Andersen, Omar, Malmberg, "
    "Lindblad, Ibrahim, Sjöström, Ottosson, Nyholm, Boman, Wiberg, Höglund, Åkerlund, "
    "Sundin, Lindh, Jensen, Hallberg, Nielsen, Kristiansson, Blom, Karlberg, Wallén, Edlund, "
    "Törnqvist, Franzén, Bergkvist, Rosén, Sörensen, Lindkvist, "
    # the tail: rarer names past the top 150
    "Öhman, Ekberg, Nord, Sjödin, Lundmark, Backman, Westerberg, Ekman, Hägglund, Borg, Strand, "
    "Lövgren, Holmström, Zetterberg, Hedman, Bäckström, Vikström, Nordlund, Bergh, Grönlund, "
    "Wennberg, Sundell, Westin, Carlsson, Carlström, Palm, Stålberg, Hedin, Hammar, Engberg, "
    "Rydberg, Nordgren, Ljungberg, Wahlström, Thorén, Kjellberg, Lilja, Frisk, "
    "Björkman, Modin, Segerström, Sahlin, Dahlgren, Lundell, Ståhl, Lindroth, "
    "Wikberg, Edström, Granberg, Norberg, Hellberg, Strid, Tjäder, Bergsten, "
    "Sandgren, Söderlund, Nygren, Falkenberg, Grahn, Åhlund, Wallgren, Sjölander, Stenlund, Rask, "
    "Skoglund, Vesterlund, Molin, Sundén, Åslund, Ahlberg, Fagerström, Öst, Lindén, Hjelm, "
    "Alm, Kvist, Brandt, Hagberg, Lundholm, Nylander, Edvardsson, Olausson, "
    "Bodin, Melin, Söder, Bäck, Hagström, Wallenius, Ljung, Engdahl, Svahn, Lindvall, Asplund, "
    "Rundqvist, Sjökvist, Hallin, Eklöf, Hult, Jägerström, Lönn, Nordenskiöld, Rehn, Sparre, "
    "Sjöqvist, Nordahl, Rosengren, Thunberg, Ågren, Wickman, Enström, Hjort, Flink, Fält, "
    "Gyllenhammar, Hedström, Holmqvist, Karlén, Kihlberg, Lagerqvist, Malm, Norén, Pihl, "
    "Roos, Rydén, Selin, Sund, Säll, Tell, Wahlberg, Wass, Zackrisson, Ådahl, Östlund, "
    "von Platen, af Klercker, De Geer, von Essen, af Ugglas, von Sydow, Wachtmeister, "
    "Lewenhaupt, Gyllenstierna, Bielke, Stiernstedt, von Schantz, af Trolle, Cederschiöld, "
    "Al-Hassani, Yousef, Abdi, Jama, Hosseini, Mohammadi, Ahmadi, Rezaei, Korhonen, Virtanen, "
    "Nieminen, Kowalski, Nowak, Hodžić, Yilmaz, Kaya, Demir, Gabriel, Barsoum, Shamoun, Haddad, "
    "Tesfay, Haile, Saetang, González, Rodríguez, Nguyen, Tran, Mahmoud, Khalil, Abdullah, "
    "Wester, Lundahl, Kronberg, Fogelberg, Granath, Linnér, Bohlin, Löwenborg, "
    "Sandell, Schön, Svärd, Tornberg, Wikman, Åkerman, Ljungqvist, Stenmark, Sandin, Hörnqvist, "
    "Nordell, Olander, Rönnqvist, Sahlén, Svedberg, Thelin, Wedin, Östberg, Åman, Berglöf, "
    "Collin, Dahlström, Forslund, Granlund, Hallgren, Kallin, Lindmark, Lundkvist, Mörk, Nykvist, "
    "Ramberg, Sandqvist, Sundkvist, Vallin, Wiklund, Ehn, Forsman, Hammarström, Isberg, Kullberg",
    150,
)

# The UK: given names and surnames in the order of the ONS rankings (the generations now living), 1/rank.
UK_F = ranked(
    "Susan, Sarah, Margaret, Patricia, Elizabeth, Julie, Karen, Jennifer, Emma, Helen, Claire, "
    "Mary, Linda, Nicola, Deborah, Jacqueline, Elaine, Louise, Lisa, Catherine, Joanne, Amanda, "
    "Michelle, Rachel, Alison, Jane, Gillian, Laura, Rebecca, Hannah, Jessica, Emily, Sophie, "
    "Charlotte, Lucy, Amy, Olivia, Chloe, Katie, Lauren, Samantha, Victoria, Kelly, Stephanie, "
    "Gemma, Jade, Natalie, Zoe, Hayley, Danielle, Amelia, Isla, Ava, Mia, Grace, Ella, Lily, "
    "Freya, Poppy, Isabella, Evie, Ruby, Florence, Sophia, Isabelle, Millie, Daisy, Sienna, "
    "Phoebe, Alice, Matilda, Holly, Megan, Ellie, Abigail, Georgia, Eleanor, Anna, Beth, Caroline, "
    "Christine, Dawn, Diane, Donna, Janet, Janice, Joan, Julia, Kathleen, Kate, Kerry, Lesley, "
    "Lorraine, Maureen, Pamela, Paula, Rachael, Ruth, Sandra, Sharon, Shirley, Tracey, Valerie, "
    "Wendy, Angela, Anne, Barbara, Beverley, Carol, Dorothy, Fiona, Hazel, Irene, Jean, Joyce, "
    "Judith, Kim, Lynn, Marie, Natasha, Pauline, Sheila, Tina, Vanessa, Yvonne, Heather, Frances, "
    "Hilary, Amber, "
    # the tail
    "Bethany, Jasmine, Leah, Molly, Imogen, Harriet, Rosie, Esme, Layla, Maisie, Scarlett, Willow, "
    "Aisha, Fatima, Maryam, Priya, Nia, Sian, Rhian, Ffion, Siobhan, Niamh, Aoife, Eilidh, Morag, "
    "Kirsty, Ailsa, Iona, Mhairi, Bronwen, Cerys, Carys, Gwen, Nerys, Seren, Mairead, Roisin, "
    "Orla, Caitlin, Kayleigh, Stacey, Leanne, Gail, Jill, Lindsay, Marion, Moira, Rosemary, "
    "Sylvia, Theresa, Veronica, Bridget, Ann, Audrey, Brenda, Doreen, Edna, Eileen, Gladys, "
    "Glenys, Gwendoline, Hilda, Ivy, Jennie, Josephine, June, Lilian, Mabel, Marjorie, Mavis, "
    "Muriel, Nora, Olive, Pearl, Rita, Rose, Sally, Sonia, Stella, Una, Vera, Violet, Winifred, "
    "Annabel, Arabella, Beatrice, Clementine, Constance, Cordelia, Henrietta, Philippa, Tamsin, "
    "Verity, Felicity, Imelda, Keeley, Chantelle, Demi, Shannon, Tegan, Tia, Aimee, Alexandra, "
    "Becky, Cara, Eve, Faye, Gabrielle, Harper, Ivy-Rose, Jodie, Kimberley, Lara, Lydia, Mollie, "
    "Nadia, Naomi, Paige, Robyn, Rhiannon, Shauna, Tanya, Toni, Zara",
    130,
)
UK_M = ranked(
    "David, John, Paul, Michael, Andrew, Peter, James, Robert, Mark, Richard, Stephen, Ian, "
    "Christopher, Thomas, Daniel, Matthew, Simon, Gary, William, Anthony, Steven, Alan, Martin, "
    "Kevin, Jonathan, Neil, Graham, Philip, Brian, Colin, Nicholas, Adam, Lee, Jason, Darren, "
    "Craig, Stuart, Carl, Keith, Benjamin, Jack, Oliver, Harry, George, Charlie, Joshua, Samuel, "
    "Luke, Ryan, Jamie, Joseph, Alexander, Liam, Callum, Jake, Connor, Lewis, Nathan, Kieran, "
    "Dean, Wayne, Shaun, Barry, Trevor, Derek, Kenneth, Raymond, Roger, Malcolm, Gordon, Terry, "
    "Dennis, Geoffrey, Nigel, Clive, Russell, Gavin, Ross, Scott, Sean, Patrick, Tony, Alistair, "
    "Duncan, Gareth, Rhys, Dylan, Owen, Noah, Leo, Arthur, Oscar, Muhammad, Freddie, Archie, "
    "Henry, Theo, Alfie, Jacob, Isaac, Finley, Edward, Max, Ethan, Reuben, Elliot, Tommy, Teddy, "
    "Hugo, Rory, Toby, Aaron, Ben, Sam, Tom, Dominic, Gregory, Julian, Rupert, Giles, Hugh, "
    "Marcus, Tim, Timothy, Vincent, Victor, Stanley, Albert, "
    # the tail
    "Frederick, Ernest, Harold, Leonard, Arjun, Mohammed, Imran, Amir, Ravi, Sanjay, Declan, "
    "Ciaran, Niall, Eoin, Hamish, Fraser, Euan, Ieuan, Dafydd, Gethin, Iwan, Aled, Cameron, "
    "Angus, Ewan, Kyle, Bradley, Dale, Glen, Grant, Lloyd, Mitchell, Norman, Reginald, Sidney, "
    "Cyril, Dudley, Wilfred, Walter, Cecil, Clifford, Desmond, Donald, Douglas, Eric, Frank, "
    "Gerald, Gilbert, Howard, Jeremy, Laurence, Leslie, Maurice, Neville, Percy, Ralph, Rodney, "
    "Ronald, Roy, Stewart, Vernon, Bartholomew, Crispin, Jasper, Ptolemy, Quentin, "
    "Rafe, Sebastian, Tristan, Barnaby, Felix, Fergus, Rufus, Alfred, Caleb, Dexter, Harvey, "
    "Jenson, Kai, Louie, Mason, Ollie, Riley, Ronnie, Sonny, Tyler, Zachary, Aidan, Brandon, "
    "Dane, Jordan, Josh, Ashley, Billy, Bobby, Danny, Jimmy, Joe, Mick, Pete, Reece, Robbie, "
    "Stevie, Syed, Tariq, Usman, Bilal, Hassan, Kwame, Kofi, Tunde, Emeka, Leon, Marlon, Winston",
    130,
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
    "Walsh, Kaur, Gibson, Howard, Andrews, Stewart, Elliott, Reynolds, Saunders, Payne, Fox, "
    "Ford, Pearce, Day, Brooks, West, Lawrence, Cole, Atkinson, Bradley, Spencer, Gill, Dawson, "
    "Ball, Burton, O'Brien, Watts, Rose, Booth, Perry, Ryan, Grant, Wells, Armstrong, Francis, "
    "Rees, Hayes, Hart, Hudson, Newman, Barrett, "
    # the tail
    "Webster, Hunter, Gregory, Carr, Lowe, Page, Marsh, Riley, Dunn, Woods, Parsons, Berry, "
    "Stone, Reid, Holland, Hawkins, Harding, Porter, Robertson, Newton, Oliver, Reed, Kennedy, "
    "Williamson, Bird, Gardner, Shah, Dean, Lane, Cooke, Bates, Henderson, Parry, Burgess, Bishop, "
    "Walton, Burns, Nicholson, Shepherd, Ross, Cross, Long, Freeman, Warren, Nicholls, Hamilton, "
    "Byrne, Sutton, McDonald, Yates, Hodgson, Robson, Curtis, Hopkins, O'Connor, Harper, Coleman, "
    "Watkins, Moss, McCarthy, Chambers, O'Neill, Griffin, Sharp, Hardy, Wheeler, Potter, Osborne, "
    "Johnston, Gordon, Doyle, Wallace, George, Jordan, Hutchinson, Rowe, Burke, May, Pritchard, "
    "Gilbert, Willis, Higgins, Read, Miles, Stevenson, Stephenson, Hammond, Arnold, Buckley, "
    "Walters, Hewitt, Barber, Nelson, Slater, Austin, Sullivan, Whitehead, Mann, Frost, Lambert, "
    "Stephens, Blake, Akhtar, Lynch, Goodwin, Barton, Woodward, Thomson, Cunningham, Quinn, "
    "Barnett, Baxter, Bibi, Clayton, Nash, Greenwood, Jennings, Holt, Kemp, Poole, Gallagher, "
    "Bond, Stokes, Tucker, Davidson, Fowler, Heath, Norman, Middleton, Lawson, Banks, French, "
    "Stanley, Jarvis, Gibbs, Ferguson, Hayward, Carroll, Douglas, Dickinson, Todd, Barlow, "
    "Peters, Lucas, Knowles, Hartley, Miah, Simmons, Morton, Alexander, Field, Morrison, Norris, "
    "Townsend, Preston, Hancock, Thornton, Baldwin, Burrows, Briggs, Storey, Pollard, Howell, "
    "Fraser, Mackenzie, MacLeod, Macdonald, Sinclair, Rahman, Islam, Uddin, Chowdhury, Sharma, "
    "Kumar, Chauhan, Ashworth, Ainsworth, Cartwright, Entwistle, Fairclough, Greenhalgh, "
    "Hargreaves, Ormerod, Pickering, Sowerby, Tremayne, Penrose, Trelawney, Pengelly, Llewellyn, "
    "Prosser, Bowen, Pugh, Vaughan, Gwynne, ap Rhys, Fitzgerald, Kavanagh, Doherty, McLaughlin",
    150,
)

# The US: the Census 1990 lists as published, the per cent of people carrying each name as weight.
US_F = (
    ("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.980),
    ("Elizabeth", 0.937), ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794),
    ("Margaret", 0.768), ("Dorothy", 0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667),
    ("Betty", 0.666), ("Helen", 0.663), ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565),
    ("Ruth", 0.562), ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.510), ("Sarah", 0.508),
    ("Kimberly", 0.504), ("Deborah", 0.494), ("Jessica", 0.490), ("Shirley", 0.482),
    ("Cynthia", 0.469), ("Angela", 0.468), ("Melissa", 0.462), ("Brenda", 0.455), ("Amy", 0.451),
    ("Anna", 0.440), ("Rebecca", 0.430), ("Virginia", 0.430), ("Kathleen", 0.424),
    ("Pamela", 0.416), ("Martha", 0.412), ("Debra", 0.408), ("Amanda", 0.404), ("Stephanie", 0.400),
    ("Carolyn", 0.385), ("Christine", 0.382), ("Marie", 0.379), ("Janet", 0.379),
    ("Catherine", 0.373), ("Frances", 0.370), ("Ann", 0.364), ("Joyce", 0.364), ("Diane", 0.359),
    ("Alice", 0.357), ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336), ("Doris", 0.335),
    ("Gloria", 0.335), ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315), ("Mildred", 0.313),
    ("Katherine", 0.313), ("Joan", 0.306), ("Ashley", 0.303), ("Judith", 0.297), ("Rose", 0.296),
    ("Janice", 0.285), ("Kelly", 0.283), ("Nicole", 0.281), ("Judy", 0.276), ("Christina", 0.275),
    ("Kathy", 0.272), ("Theresa", 0.271), ("Beverly", 0.267), ("Denise", 0.264), ("Tammy", 0.259),
    ("Irene", 0.252), ("Jane", 0.250), ("Lori", 0.248), ("Rachel", 0.242), ("Marilyn", 0.241),
    ("Andrea", 0.236), ("Kathryn", 0.234), ("Louise", 0.229), ("Sara", 0.229), ("Anne", 0.228),
    ("Jacqueline", 0.228), ("Wanda", 0.226), ("Bonnie", 0.223), ("Julia", 0.223), ("Ruby", 0.221),
    ("Lois", 0.220), ("Tina", 0.220), ("Phyllis", 0.219), ("Norma", 0.218), ("Paula", 0.217),
    ("Diana", 0.216), ("Annie", 0.216), ("Lillian", 0.211), ("Emily", 0.208), ("Robin", 0.208),
    ("Peggy", 0.208), ("Crystal", 0.207), ("Gladys", 0.205), ("Rita", 0.204), ("Dawn", 0.202),
    ("Connie", 0.200), ("Florence", 0.200), ("Tracy", 0.197), ("Edna", 0.197), ("Tiffany", 0.195),
    ("Carmen", 0.195), ("Rosa", 0.194), ("Cindy", 0.192), ("Grace", 0.189), ("Wendy", 0.185),
    ("Victoria", 0.180), ("Edith", 0.179), ("Kim", 0.178), ("Sherry", 0.178), ("Sylvia", 0.177),
    ("Josephine", 0.177), ("Thelma", 0.175), ("Shannon", 0.175), ("Sheila", 0.175),
    ("Ethel", 0.174), ("Ellen", 0.173), ("Elaine", 0.173), ("Marjorie", 0.173), ("Carrie", 0.171),
    ("Charlotte", 0.169), ("Monica", 0.166), ("Esther", 0.166), ("Pauline", 0.165), ("Emma", 0.165),
    ("Juanita", 0.164), ("Anita", 0.162), ("Rhonda", 0.162), ("Hazel", 0.161), ("Amber", 0.160),
    ("Eva", 0.159), ("Debbie", 0.157), ("April", 0.154), ("Leslie", 0.154), ("Clara", 0.153),
    ("Lucille", 0.153), ("Jamie", 0.153), ("Joanne", 0.150), ("Eleanor", 0.150), ("Valerie", 0.149),
    ("Danielle", 0.149), ("Megan", 0.147), ("Alicia", 0.146), ("Suzanne", 0.145),
    ("Michele", 0.145), ("Gail", 0.145), ("Bertha", 0.143), ("Darlene", 0.142), ("Veronica", 0.142),
    ("Jill", 0.142), ("Erin", 0.141), ("Geraldine", 0.141), ("Lauren", 0.137), ("Cathy", 0.137),
    ("Joann", 0.136), ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135), ("Regina", 0.133),
    ("Erica", 0.130), ("Beatrice", 0.130), ("Dolores", 0.129), ("Bernice", 0.128),
    ("Audrey", 0.127), ("Yvonne", 0.126), ("Annette", 0.125), ("June", 0.125), ("Samantha", 0.124),
    ("Marion", 0.122), ("Dana", 0.122), ("Stacy", 0.121), ("Ana", 0.120), ("Renee", 0.120),
    ("Ida", 0.118), ("Vivian", 0.118), ("Roberta", 0.117), ("Holly", 0.117), ("Brittany", 0.117),
    ("Melanie", 0.116), ("Loretta", 0.115), ("Yolanda", 0.115), ("Jeanette", 0.115),
    ("Laurie", 0.114), ("Katie", 0.113), ("Kristen", 0.111), ("Vanessa", 0.111), ("Alma", 0.111),
    ("Sue", 0.111), ("Elsie", 0.110), ("Beth", 0.110), ("Jeanne", 0.109), ("Vicki", 0.109),
    ("Carla", 0.107), ("Tara", 0.107), ("Rosemary", 0.107), ("Eileen", 0.105), ("Terri", 0.105),
    ("Gertrude", 0.103), ("Lucy", 0.103), ("Tonya", 0.102), ("Ella", 0.101), ("Stacey", 0.101),
    ("Wilma", 0.099), ("Gina", 0.099), ("Kristin", 0.099), ("Jessie", 0.098), ("Natalie", 0.098),
    ("Agnes", 0.098), ("Vera", 0.098), ("Willie", 0.097), ("Charlene", 0.097), ("Bessie", 0.096),
    ("Delores", 0.095), ("Melinda", 0.094), ("Pearl", 0.094), ("Arlene", 0.094), ("Maureen", 0.092),
    ("Colleen", 0.092), ("Allison", 0.092), ("Tamara", 0.092), ("Joy", 0.091), ("Georgia", 0.091),
    ("Constance", 0.091), ("Lillie", 0.090), ("Claudia", 0.090), ("Jackie", 0.090),
    ("Marcia", 0.090), ("Tanya", 0.089), ("Nellie", 0.089), ("Minnie", 0.089), ("Marlene", 0.088),
    ("Heidi", 0.088), ("Glenda", 0.088), ("Lydia", 0.086), ("Viola", 0.086), ("Courtney", 0.086),
    ("Marian", 0.086), ("Stella", 0.085), ("Caroline", 0.085), ("Dora", 0.084), ("Jo", 0.083),
    ("Vickie", 0.082), ("Mattie", 0.081), ("Terry", 0.080), ("Maxine", 0.079), ("Irma", 0.079),
    ("Mabel", 0.078), ("Marsha", 0.078), ("Myrtle", 0.078), ("Lena", 0.077), ("Christy", 0.077),
    ("Deanna", 0.076), ("Patsy", 0.076), ("Hilda", 0.075), ("Gwendolyn", 0.074), ("Jennie", 0.073),
    ("Nora", 0.073), ("Margie", 0.072), ("Nina", 0.072), ("Cassandra", 0.072), ("Leah", 0.072),
    ("Penny", 0.071), ("Kay", 0.071), ("Priscilla", 0.071), ("Naomi", 0.071), ("Carole", 0.071),
    ("Brandy", 0.070), ("Olga", 0.070), ("Billie", 0.069), ("Dianne", 0.069), ("Tracey", 0.069),
    ("Leona", 0.069), ("Jenny", 0.068), ("Felicia", 0.068), ("Sonia", 0.068), ("Miriam", 0.066),
    ("Velma", 0.066), ("Becky", 0.066), ("Bobbie", 0.065), ("Violet", 0.065), ("Kristina", 0.065),
    ("Toni", 0.064), ("Misty", 0.063), ("Mae", 0.063), ("Shelly", 0.062), ("Daisy", 0.062),
    ("Ramona", 0.062), ("Sherri", 0.062), ("Erika", 0.061), ("Katrina", 0.061), ("Claire", 0.061),
    ("Lindsey", 0.060), ("Lindsay", 0.060), ("Geneva", 0.059), ("Guadalupe", 0.059),
    ("Belinda", 0.059), ("Margarita", 0.059), ("Sheryl", 0.059), ("Cora", 0.058), ("Faye", 0.058),
    ("Ada", 0.057), ("Natasha", 0.057), ("Sabrina", 0.057), ("Isabel", 0.057),
    ("Marguerite", 0.056), ("Hattie", 0.056), ("Harriet", 0.056), ("Molly", 0.055),
    ("Cecilia", 0.055), ("Kristi", 0.055), ("Brandi", 0.055), ("Blanche", 0.055), ("Sandy", 0.055),
    ("Rosie", 0.055), ("Joanna", 0.055), ("Iris", 0.055), ("Eunice", 0.054), ("Angie", 0.054),
    ("Inez", 0.053), ("Lynda", 0.053), ("Madeline", 0.052), ("Amelia", 0.052), ("Alberta", 0.052),
    ("Genevieve", 0.051), ("Monique", 0.051), ("Jodi", 0.051), ("Janie", 0.051), ("Maggie", 0.051),
    ("Kayla", 0.051), ("Sonya", 0.051), ("Jan", 0.051), ("Lee", 0.051), ("Kristine", 0.051),
    ("Candace", 0.051), ("Fannie", 0.050), ("Maryann", 0.050), ("Opal", 0.050), ("Alison", 0.050),
    ("Yvette", 0.050), ("Melody", 0.050), ("Luz", 0.049), ("Susie", 0.049), ("Olivia", 0.049),
    ("Flora", 0.049), ("Shelley", 0.049), ("Kristy", 0.048), ("Mamie", 0.048), ("Lula", 0.048),
    ("Lola", 0.048), ("Verna", 0.048), ("Beulah", 0.048), ("Antoinette", 0.048), ("Candice", 0.046),
    ("Juana", 0.046), ("Jeannette", 0.046), ("Pam", 0.046), ("Kelli", 0.046), ("Hannah", 0.045),
    ("Whitney", 0.045), ("Bridget", 0.045), ("Karla", 0.044), ("Celia", 0.044), ("Latoya", 0.043),
    ("Patty", 0.043), ("Shelia", 0.043), ("Gayle", 0.043), ("Della", 0.043), ("Vicky", 0.043),
    ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042), ("Kara", 0.041), ("Jacquelyn", 0.041),
    ("Erma", 0.041), ("Blanca", 0.041), ("Myra", 0.040), ("Leticia", 0.040), ("Pat", 0.040),
    ("Krista", 0.040), ("Roxanne", 0.040), ("Angelica", 0.039), ("Johnnie", 0.039),
    ("Robyn", 0.039), ("Francis", 0.039), ("Adrienne", 0.039), ("Rosalie", 0.039),
    ("Alexandra", 0.039), ("Brooke", 0.039), ("Bethany", 0.039), ("Sadie", 0.039),
    ("Bernadette", 0.039),
)  # fmt: skip
US_M = (
    ("James", 3.318), ("John", 3.271), ("Robert", 3.143), ("Michael", 2.629), ("William", 2.451),
    ("David", 2.363), ("Richard", 1.703), ("Charles", 1.523), ("Joseph", 1.404), ("Thomas", 1.380),
    ("Christopher", 1.035), ("Daniel", 0.974), ("Paul", 0.948), ("Mark", 0.938), ("Donald", 0.931),
    ("George", 0.927), ("Kenneth", 0.826), ("Steven", 0.780), ("Edward", 0.779), ("Brian", 0.736),
    ("Ronald", 0.725), ("Anthony", 0.721), ("Kevin", 0.671), ("Jason", 0.660), ("Matthew", 0.657),
    ("Gary", 0.650), ("Timothy", 0.640), ("Jose", 0.613), ("Larry", 0.598), ("Jeffrey", 0.591),
    ("Frank", 0.581), ("Scott", 0.546), ("Eric", 0.544), ("Stephen", 0.540), ("Andrew", 0.537),
    ("Raymond", 0.488), ("Gregory", 0.441), ("Joshua", 0.435), ("Jerry", 0.432), ("Dennis", 0.415),
    ("Walter", 0.399), ("Patrick", 0.389), ("Peter", 0.381), ("Harold", 0.371), ("Douglas", 0.367),
    ("Henry", 0.365), ("Carl", 0.346), ("Arthur", 0.335), ("Ryan", 0.328), ("Roger", 0.322),
    ("Joe", 0.321), ("Juan", 0.316), ("Jack", 0.315), ("Albert", 0.314), ("Jonathan", 0.313),
    ("Justin", 0.311), ("Terry", 0.311), ("Gerald", 0.309), ("Keith", 0.308), ("Samuel", 0.306),
    ("Willie", 0.302), ("Ralph", 0.282), ("Lawrence", 0.282), ("Nicholas", 0.275), ("Roy", 0.273),
    ("Benjamin", 0.270), ("Bruce", 0.263), ("Brandon", 0.260), ("Adam", 0.259), ("Harry", 0.251),
    ("Fred", 0.251), ("Wayne", 0.249), ("Billy", 0.248), ("Steve", 0.246), ("Louis", 0.243),
    ("Jeremy", 0.242), ("Aaron", 0.240), ("Randy", 0.232), ("Howard", 0.230), ("Eugene", 0.230),
    ("Carlos", 0.229), ("Russell", 0.224), ("Bobby", 0.223), ("Victor", 0.222), ("Martin", 0.216),
    ("Ernest", 0.215), ("Phillip", 0.213), ("Todd", 0.213), ("Jesse", 0.209), ("Craig", 0.206),
    ("Alan", 0.204), ("Shawn", 0.200), ("Clarence", 0.197), ("Sean", 0.197), ("Philip", 0.197),
    ("Chris", 0.197), ("Johnny", 0.195), ("Earl", 0.193), ("Jimmy", 0.191), ("Antonio", 0.190),
    ("Danny", 0.190), ("Bryan", 0.190), ("Tony", 0.190), ("Luis", 0.189), ("Mike", 0.189),
    ("Stanley", 0.186), ("Leonard", 0.186), ("Nathan", 0.185), ("Dale", 0.184), ("Manuel", 0.181),
    ("Rodney", 0.180), ("Curtis", 0.180), ("Norman", 0.177), ("Allen", 0.174), ("Marvin", 0.171),
    ("Vincent", 0.168), ("Glenn", 0.167), ("Jeffery", 0.166), ("Travis", 0.166), ("Jeff", 0.166),
    ("Chad", 0.165), ("Jacob", 0.165), ("Lee", 0.162), ("Melvin", 0.162), ("Alfred", 0.162),
    ("Kyle", 0.160), ("Francis", 0.160), ("Bradley", 0.159), ("Jesus", 0.155), ("Herbert", 0.155),
    ("Frederick", 0.154), ("Ray", 0.153), ("Joel", 0.152), ("Edwin", 0.148), ("Don", 0.145),
    ("Eddie", 0.144), ("Ricky", 0.141), ("Troy", 0.138), ("Randall", 0.138), ("Barry", 0.134),
    ("Alexander", 0.132), ("Bernard", 0.127), ("Mario", 0.125), ("Leroy", 0.125),
    ("Francisco", 0.124), ("Marcus", 0.124), ("Micheal", 0.123), ("Theodore", 0.123),
    ("Clifford", 0.123), ("Miguel", 0.122), ("Oscar", 0.122), ("Jay", 0.118), ("Jim", 0.118),
    ("Tom", 0.117), ("Calvin", 0.115), ("Alex", 0.115), ("Jon", 0.115), ("Ronnie", 0.113),
    ("Bill", 0.112), ("Lloyd", 0.112), ("Tommy", 0.112), ("Leon", 0.112), ("Derek", 0.112),
    ("Warren", 0.110), ("Darrell", 0.108), ("Jerome", 0.108), ("Floyd", 0.107), ("Leo", 0.106),
    ("Alvin", 0.105), ("Tim", 0.104), ("Wesley", 0.104), ("Gordon", 0.104), ("Dean", 0.104),
    ("Greg", 0.104), ("Jorge", 0.104), ("Dustin", 0.103), ("Pedro", 0.103), ("Derrick", 0.103),
    ("Dan", 0.101), ("Lewis", 0.099), ("Zachary", 0.099), ("Corey", 0.098), ("Herman", 0.097),
    ("Maurice", 0.097), ("Vernon", 0.097), ("Roberto", 0.097), ("Clyde", 0.095), ("Glen", 0.094),
    ("Hector", 0.094), ("Shane", 0.093), ("Ricardo", 0.093), ("Sam", 0.092), ("Rick", 0.091),
    ("Lester", 0.091), ("Brent", 0.090), ("Ramon", 0.090), ("Charlie", 0.090), ("Tyler", 0.089),
    ("Gilbert", 0.089), ("Gene", 0.087), ("Marc", 0.087), ("Reginald", 0.084), ("Ruben", 0.082),
    ("Brett", 0.082), ("Angel", 0.082), ("Nathaniel", 0.081), ("Rafael", 0.081), ("Leslie", 0.081),
    ("Edgar", 0.080), ("Milton", 0.080), ("Raul", 0.079), ("Ben", 0.078), ("Chester", 0.078),
    ("Cecil", 0.078), ("Duane", 0.077), ("Franklin", 0.077), ("Andre", 0.076), ("Elmer", 0.074),
    ("Brad", 0.073), ("Gabriel", 0.073), ("Ron", 0.072), ("Mitchell", 0.072), ("Roland", 0.072),
    ("Arnold", 0.072), ("Harvey", 0.072), ("Jared", 0.071), ("Adrian", 0.069), ("Karl", 0.069),
    ("Cory", 0.068), ("Claude", 0.068), ("Erik", 0.068), ("Darryl", 0.067), ("Jamie", 0.066),
    ("Neil", 0.066), ("Jessie", 0.065), ("Christian", 0.065), ("Javier", 0.065),
    ("Fernando", 0.065), ("Clinton", 0.065), ("Ted", 0.064), ("Mathew", 0.064), ("Tyrone", 0.064),
    ("Darren", 0.064), ("Lonnie", 0.064), ("Lance", 0.063), ("Cody", 0.063), ("Julio", 0.063),
    ("Kelly", 0.063), ("Kurt", 0.062), ("Allan", 0.061), ("Nelson", 0.061), ("Guy", 0.060),
    ("Clayton", 0.060), ("Hugh", 0.060), ("Max", 0.059), ("Dwayne", 0.059), ("Dwight", 0.058),
    ("Armando", 0.058), ("Felix", 0.058), ("Jimmie", 0.058), ("Everett", 0.057), ("Jordan", 0.056),
    ("Ian", 0.056), ("Wallace", 0.056), ("Ken", 0.055), ("Bob", 0.055), ("Jaime", 0.055),
    ("Casey", 0.054), ("Alfredo", 0.054), ("Alberto", 0.053), ("Dave", 0.053), ("Ivan", 0.053),
    ("Johnnie", 0.052), ("Sidney", 0.052), ("Byron", 0.052), ("Julian", 0.052), ("Isaac", 0.051),
    ("Morris", 0.051), ("Clifton", 0.050), ("Willard", 0.050), ("Daryl", 0.050), ("Ross", 0.050),
    ("Virgil", 0.049), ("Andy", 0.049), ("Marshall", 0.049), ("Salvador", 0.049), ("Perry", 0.049),
    ("Kirk", 0.049), ("Sergio", 0.049), ("Marion", 0.048), ("Tracy", 0.048), ("Seth", 0.048),
    ("Kent", 0.048), ("Terrance", 0.048), ("Rene", 0.048), ("Eduardo", 0.047), ("Terrence", 0.047),
    ("Enrique", 0.046), ("Freddie", 0.046), ("Wade", 0.045), ("Austin", 0.044), ("Stuart", 0.044),
    ("Fredrick", 0.043), ("Arturo", 0.043), ("Alejandro", 0.043), ("Jackie", 0.043),
    ("Joey", 0.043), ("Nick", 0.043), ("Luther", 0.043), ("Wendell", 0.042), ("Jeremiah", 0.042),
    ("Evan", 0.042), ("Julius", 0.042), ("Dana", 0.042), ("Donnie", 0.041), ("Otis", 0.041),
    ("Shannon", 0.040), ("Trevor", 0.040), ("Oliver", 0.040), ("Luke", 0.040), ("Homer", 0.040),
    ("Gerard", 0.040), ("Doug", 0.040), ("Kenny", 0.039), ("Hubert", 0.039), ("Angelo", 0.039),
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
    ("Earnest", 0.031), ("Lucas", 0.031), ("Benny", 0.030), ("Noel", 0.030), ("Spencer", 0.030),
    ("Rodolfo", 0.030), ("Myron", 0.030), ("Edmund", 0.030), ("Garrett", 0.029),
    ("Salvatore", 0.029), ("Cedric", 0.029), ("Lowell", 0.029), ("Gregg", 0.029),
    ("Sherman", 0.028), ("Wilson", 0.028), ("Devin", 0.028), ("Sylvester", 0.028), ("Kim", 0.028),
    ("Roosevelt", 0.028), ("Israel", 0.028), ("Jermaine", 0.028),
)  # fmt: skip
US_S = (
    ("Smith", 1.006), ("Johnson", 0.810), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621),
    ("Davis", 0.480), ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor", 0.311),
    ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.310), ("White", 0.279), ("Harris", 0.275),
    ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254), ("Martinez", 0.234),
    ("Robinson", 0.233), ("Clark", 0.231), ("Rodriguez", 0.229), ("Lewis", 0.226), ("Lee", 0.220),
    ("Walker", 0.219), ("Hall", 0.200), ("Allen", 0.199), ("Young", 0.193), ("Hernandez", 0.192),
    ("King", 0.190), ("Wright", 0.189), ("Lopez", 0.187), ("Hill", 0.187), ("Scott", 0.185),
    ("Green", 0.183), ("Adams", 0.174), ("Baker", 0.171), ("Gonzalez", 0.166), ("Nelson", 0.162),
    ("Carter", 0.162), ("Mitchell", 0.160), ("Perez", 0.155), ("Roberts", 0.153), ("Turner", 0.152),
    ("Phillips", 0.149), ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141),
    ("Edwards", 0.137), ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.130),
    ("Morris", 0.125), ("Rogers", 0.123), ("Reed", 0.122), ("Cook", 0.120), ("Morgan", 0.118),
    ("Bell", 0.117), ("Murphy", 0.117), ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper", 0.113),
    ("Richardson", 0.112), ("Cox", 0.110), ("Howard", 0.110), ("Ward", 0.108), ("Torres", 0.108),
    ("Peterson", 0.107), ("Gray", 0.106), ("Ramirez", 0.105), ("James", 0.105), ("Watson", 0.103),
    ("Brooks", 0.103), ("Kelly", 0.102), ("Sanders", 0.100), ("Price", 0.099), ("Bennett", 0.099),
    ("Wood", 0.098), ("Barnes", 0.097), ("Ross", 0.096), ("Henderson", 0.095), ("Coleman", 0.095),
    ("Jenkins", 0.095), ("Perry", 0.094), ("Powell", 0.093), ("Long", 0.092), ("Patterson", 0.092),
    ("Hughes", 0.092), ("Flores", 0.092), ("Washington", 0.092), ("Butler", 0.091),
    ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales", 0.087), ("Bryant", 0.087),
    ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084), ("Diaz", 0.084), ("Hayes", 0.083),
    ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082), ("Graham", 0.082), ("Sullivan", 0.081),
    ("Wallace", 0.081), ("Woods", 0.080), ("Cole", 0.080), ("West", 0.080), ("Jordan", 0.078),
    ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077), ("Ellis", 0.077), ("Harrison", 0.076),
    ("Gibson", 0.075), ("McDonald", 0.075), ("Cruz", 0.075), ("Marshall", 0.075), ("Ortiz", 0.075),
    ("Gomez", 0.075), ("Murray", 0.074), ("Freeman", 0.074), ("Wells", 0.073), ("Webb", 0.072),
    ("Simpson", 0.070), ("Stevens", 0.070), ("Tucker", 0.070), ("Porter", 0.069), ("Hunter", 0.069),
    ("Hicks", 0.069), ("Crawford", 0.068), ("Henry", 0.068), ("Boyd", 0.068), ("Mason", 0.068),
    ("Morales", 0.067), ("Kennedy", 0.067), ("Warren", 0.067), ("Dixon", 0.066), ("Ramos", 0.066),
    ("Reyes", 0.066), ("Burns", 0.065), ("Gordon", 0.065), ("Shaw", 0.065), ("Holmes", 0.065),
    ("Rice", 0.064), ("Robertson", 0.064), ("Hunt", 0.063), ("Black", 0.063), ("Daniels", 0.062),
    ("Palmer", 0.062), ("Mills", 0.061), ("Nichols", 0.060), ("Grant", 0.060), ("Knight", 0.060),
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
    ("Wheeler", 0.051), ("Chapman", 0.050), ("Oliver", 0.050), ("Montgomery", 0.049),
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
    ("May", 0.040), ("Terry", 0.040), ("Herrera", 0.040), ("Wade", 0.040), ("Soto", 0.040),
    ("Walters", 0.040), ("Curtis", 0.040), ("Neal", 0.039), ("Caldwell", 0.039), ("Lowe", 0.039),
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
    ("Dennis", 0.031), ("McGee", 0.031), ("Farmer", 0.030), ("Delgado", 0.030), ("Aguilar", 0.030),
    ("Vega", 0.030), ("Glover", 0.030), ("Manning", 0.030), ("Cohen", 0.030), ("Harmon", 0.030),
    ("Rodgers", 0.030), ("Robbins", 0.030), ("Newton", 0.030), ("Todd", 0.030), ("Blair", 0.030),
    ("Higgins", 0.030), ("Ingram", 0.030), ("Reese", 0.030), ("Cannon", 0.030),
    ("Strickland", 0.030), ("Townsend", 0.030), ("Potter", 0.030), ("Goodwin", 0.030),
    ("Walton", 0.030), ("Rowe", 0.029), ("Hampton", 0.029), ("Ortega", 0.029), ("Patton", 0.029),
    ("Swanson", 0.029), ("Joseph", 0.029), ("Francis", 0.029), ("Goodman", 0.029),
    ("Maldonado", 0.029), ("Yates", 0.029), ("Becker", 0.029), ("Erickson", 0.029),
    ("Hodges", 0.029), ("Rios", 0.029), ("Conner", 0.029), ("Adkins", 0.029), ("Webster", 0.028),
    ("Norman", 0.028), ("Malone", 0.028), ("Hammond", 0.028), ("Flowers", 0.028), ("Cobb", 0.028),
    ("Moody", 0.028), ("Quinn", 0.028), ("Blake", 0.028), ("Maxwell", 0.028), ("Pope", 0.028),
    ("Floyd", 0.027), ("Osborne", 0.027), ("Paul", 0.027), ("McCarthy", 0.027), ("Guerrero", 0.027),
    ("Lindsey", 0.027), ("Estrada", 0.027), ("Sandoval", 0.027), ("Gibbs", 0.027), ("Tyler", 0.027),
    ("Gross", 0.027), ("Fitzgerald", 0.027), ("Stokes", 0.027), ("Doyle", 0.027),
    ("Sherman", 0.027),
)  # fmt: skip

# Origins common in Sweden: their commonest given names and surnames, 1/rank, head the top 10.
ORIGINS = {
    "swedish": Origin(SV_F, SV_M, SV_S),
    "us": Origin(census(US_F), census(US_M), census(US_S)),
    "uk": Origin(UK_F, UK_M, UK_S),
    "finnish": Origin(
        ranked(
            "Maria, Helena, Johanna, Anneli, Kaarina, Marjatta, Hannele, Tuula, Päivi, Riitta, Sari, Pirjo, Anne, Tiina, Leena, Sirpa, Merja, Satu, Minna, Eija, Aino, Elina, Liisa, Tarja, Kirsi, Seija, Marja-Leena, Anna-Liisa",
            10,
        ),
        ranked(
            "Juha, Timo, Matti, Kari, Mikko, Jari, Antti, Jukka, Mika, Markku, Pekka, Hannu, Heikki, Seppo, Janne, Ari, Sami, Petri, Ville, Tapio, Jussi, Esa, Olli, Risto, Jarmo, Veli-Matti",
            10,
        ),
        ranked(
            "Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen",
            10,
        ),
    ),
    "arabic": Origin(  # Iraq, Syria, Lebanon, Palestine; Assyrian/Syriac names among them
        ranked(
            "Fatima, Maryam, Sara, Nour, Zainab, Aisha, Layla, Hiba, Rana, Amal, Noor, Yasmin, Hanan, Rasha, Dalia, Lina, Reem, Shahad, Ranya, Samira, Huda, Nadia, Ninwe, Shamiram, Nahrin, Ninorta, Sonia, Mariam, Hala, Salma",
            10,
        ),
        ranked(
            "Mohammed, Ahmed, Ali, Hassan, Hussein, Omar, Mahmoud, Khaled, Mustafa, Ibrahim, Yousef, Abdullah, Karim, Samir, Ammar, Haidar, Bilal, Tariq, Said, Walid, Ayman, Firas, Ninos, Sargon, Gabriel, Aziz, Fuad, Elias, Yakub, Shlemun, Ashur, Hanna",
            10,
        ),
        ranked(
            "Ali, Mohammed, Hassan, Hussein, Ahmed, Ibrahim, Abdullah, Khalil, Saleh, Salman, Al-Hashimi, Al-Rubaie, Jabbar, Kadhim, Al-Khatib, Haddad, Nasser, Mansour, Darwish, Othman, Shamoun, Barsoum, Saliba, Gabriel, Yousef, Isho, Warda, Khoury, Hanna, Ishak, Abboud, Jasim, Al-Saadi, Al-Obaidi, Mahmoud, Aho, Lahdo",
            10,
        ),
    ),
    "somali": Origin(
        ranked(
            "Fadumo, Hodan, Amina, Asha, Sahra, Hawa, Halima, Ifrah, Ayan, Hibo, Nimco, Sagal, Ubah, Khadra, Ilhan, Deeqa, Fardowsa, Muna, Leyla, Sucaad, Faiza, Idil",
            10,
        ),
        ranked(
            "Mohamed, Abdi, Ahmed, Ali, Hassan, Abdirahman, Abdullahi, Omar, Yusuf, Ibrahim, Mahad, Said, Farah, Hussein, Abdikarim, Liban, Guled, Mukhtar, Ayanle, Osman, Abdiaziz, Bashir",
            10,
        ),
        ranked(
            "Mohamed, Ali, Abdi, Hassan, Ahmed, Warsame, Farah, Osman, Hussein, Jama, Aden, Nur, Omar, Yusuf, Ismail, Abdullahi, Egal, Dahir, Hirsi, Mohamud, Isse, Elmi, Gedi, Samatar, Abdulle",
            10,
        ),
    ),
    "polish": Origin(  # surnames in the masculine form; `feminine` gives -ska/-cka
        ranked(
            "Anna, Katarzyna, Maria, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Elżbieta, Magdalena, Joanna, Aleksandra, Monika, Zofia, Teresa, Danuta, Natalia, Karolina, Marta, Beata, Dorota, Justyna, Paulina, Agata, Iwona, Grażyna",
            10,
        ),
        ranked(
            "Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Jan, Michał, Marcin, Jakub, Adam, Stanisław, Łukasz, Grzegorz, Mariusz, Wojciech, Marek, Zbigniew, Jerzy, Mateusz, Dariusz, Rafał, Kamil, Przemysław, Sławomir, Bartosz",
            10,
        ),
        ranked(
            "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Wojciechowski, Kwiatkowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Wróbel, Nowakowski, Majewski, Olszewski, Wysocki, Górecki, Sawicki, Nowicki, Rutkowski, Zawadzki",
            10,
        ),
    ),
    "persian": Origin(
        ranked(
            "Fatemeh, Zahra, Maryam, Shirin, Leila, Parisa, Nasrin, Mahnaz, Azadeh, Roya, Sara, Niloufar, Mina, Elham, Neda, Ladan, Shabnam, Farnaz, Soheila, Golnaz, Tara, Yasaman",
            10,
        ),
        ranked(
            "Ali, Mohammad, Reza, Hossein, Mehdi, Amir, Hamid, Saeed, Behzad, Farhad, Babak, Kourosh, Dariush, Majid, Hassan, Arash, Navid, Kaveh, Omid, Payam, Siamak, Shahram",
            10,
        ),
        ranked(
            "Mohammadi, Hosseini, Ahmadi, Rezaei, Moradi, Karimi, Jafari, Rahimi, Hashemi, Mousavi, Ghorbani, Sadeghi, Kazemi, Hosseinzadeh, Tehrani, Shirazi, Esfahani, Amini, Bagheri, Alavi, Nazari, Farahani, Rostami, Ebrahimi, Najafi, Tavakoli",
            10,
        ),
    ),
    "bcs": Origin(  # Bosnian, Serbian, Croatian
        ranked(
            "Amra, Emina, Jasmina, Selma, Lejla, Amela, Aida, Ana, Marija, Jelena, Ivana, Mirela, Maja, Sanela, Edina, Alma, Dragana, Snežana, Vesna, Mirjana, Azra, Elma, Merima, Nermina, Senada",
            10,
        ),
        ranked(
            "Amir, Adnan, Emir, Edin, Mirza, Nikola, Marko, Ivan, Dragan, Zoran, Goran, Senad, Haris, Damir, Dino, Kenan, Nenad, Milan, Stefan, Armin, Enes, Elvis, Tarik, Mladen, Željko",
            10,
        ),
        ranked(
            "Hodžić, Hadžić, Čengić, Delić, Begić, Kovačević, Petrović, Jovanović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Babić, Horvat, Kovačić, Marić, Jurić, Novak, Knežević, Mehmedović, Husić, Salihović, Omerović, Mujić, Hasanović, Šehić, Alić, Pavlović, Popović",
            10,
        ),
    ),
    "turkish": Origin(
        ranked(
            "Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Merve, Esra, Özlem, Derya, Songül, Gülsüm, Sevgi, Melek, Büşra, Nur, Yasemin, Aylin, Ebru, Hülya, Sibel, Dilek",
            10,
        ),
        ranked(
            "Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Murat, Osman, Yusuf, Ömer, Emre, Burak, Serkan, Kemal, Cem, Erkan, Volkan, Ramazan, Halil, Süleyman",
            10,
        ),
        ranked(
            "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Korkmaz, Erdoğan, Güneş, Aktaş",
            10,
        ),
    ),
    "eritrean": Origin(  # the father's name is carried as the surname
        ranked(
            "Helen, Senait, Selam, Saba, Tsega, Hiwet, Mebrat, Luwam, Yordanos, Feven, Rahwa, Semhar, Winta, Mehret, Eden, Freweini, Ruta, Hanna, Almaz, Ksanet",
            10,
        ),
        ranked(
            "Daniel, Yonas, Samuel, Tesfay, Michael, Yohannes, Dawit, Robel, Filmon, Habtom, Mebrahtu, Kidane, Berhane, Tekle, Haile, Biniam, Amanuel, Solomon, Tewelde, Goitom",
            10,
        ),
        ranked(
            "Tesfay, Haile, Berhane, Tekle, Gebremichael, Kidane, Gebre, Tesfamariam, Ghebreyesus, Mehari, Asmerom, Yohannes, Habte, Woldu, Negash, Tewolde, Andemariam, Fitsum, Hagos, Kahsay",
            10,
        ),
    ),
    "afghan": Origin(
        ranked(
            "Fatima, Maryam, Zahra, Marzia, Mahbooba, Shabnam, Farzana, Nazanin, Parwana, Nargis, Freshta, Sodaba, Habiba, Laila, Roya, Gulalai, Zarghona, Malalai, Hosai, Madina",
            10,
        ),
        ranked(
            "Mohammad, Ahmad, Ali, Abdul, Hamid, Mustafa, Naveed, Jawad, Sayed, Hussain, Reza, Murtaza, Khalid, Rahmatullah, Zabihullah, Wahid, Farid, Hamed, Nasir, Sohrab",
            10,
        ),
        ranked(
            "Ahmadi, Hussaini, Rahimi, Mohammadi, Haidari, Karimi, Jafari, Sultani, Noori, Amiri, Hakimi, Popal, Safi, Stanekzai, Rezaie, Sadat, Qaderi, Nazari, Akbari, Wardak, Hashimi, Rasuli, Azizi, Sharifi",
            10,
        ),
    ),
    "thai": Origin(
        ranked(
            "Siriporn, Sunisa, Kanya, Malee, Somsri, Pornthip, Wanida, Nattaya, Jintana, Supaporn, Ratana, Duangjai, Kannika, Suda, Pimchanok, Arunee, Orathai, Pranee, Rattana, Kanokwan",
            10,
        ),
        ranked(
            "Somchai, Somsak, Prasert, Sompong, Surachai, Anan, Chaiya, Wichai, Boonmee, Thawatchai, Niran, Kittisak, Sakda, Narong, Apichat, Sombat, Somkiat, Weerapong, Pairoj, Chatchai",
            10,
        ),
        ranked(
            "Saetang, Srisuk, Chaiyaphum, Boonsri, Thongchai, Wongsawat, Kaewkla, Phromma, Suksawat, Rattanakorn, Chanthawong, Sukprasert, Saelim, Jaidee, Intharasuk, Kongkaew, Sriwong, Panyasai, Meesuk, Bunmak",
            10,
        ),
    ),
    "latin": Origin(  # Chile first, then Latin America; two surnames, the father's and the mother's
        ranked(
            "María, Ana, Carolina, Francisca, Camila, Daniela, Valentina, Javiera, Claudia, Patricia, Paula, Verónica, Marcela, Andrea, Catalina, Constanza, Fernanda, Gabriela, Isabel, Rosa, Ximena, Lorena",
            10,
        ),
        ranked(
            "José, Juan, Luis, Carlos, Jorge, Francisco, Pedro, Manuel, Cristián, Sebastián, Matías, Diego, Felipe, Rodrigo, Gonzalo, Pablo, Andrés, Ricardo, Héctor, Patricio, Víctor, Nicolás",
            10,
        ),
        ranked(
            "González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo, Tapia, Reyes, Gutiérrez, Castro, Pizarro, Álvarez, Vásquez, Sánchez, Fernández",
            10,
        ),
    ),
    "kurdish": Origin(
        ranked(
            "Rojda, Berfin, Dilan, Zilan, Hêlîn, Rojin, Nesrin, Jiyan, Avin, Shilan, Nazdar, Gulistan, Hevin, Leyla, Sozdar, Ronahi, Bahar, Jwan, Viyan, Shirin",
            10,
        ),
        ranked(
            "Rebwar, Aram, Dilshad, Hawar, Azad, Karwan, Rizgar, Shwan, Kawa, Sherzad, Dara, Baran, Zana, Serhat, Berzan, Hiwa, Soran, Shahin, Goran, Nawzad",
            10,
        ),
        ranked(
            "Ahmad, Mohammed, Hassan, Ali, Abdullah, Rasul, Aziz, Karim, Kaya, Mustafa, Salih, Hama, Qadir, Othman, Hussein, Faraj, Rashid, Amin, Sharif, Jalal, Omer, Muhamad, Ismail, Tahir",
            10,
        ),
    ),
    "ukrainian": Origin(
        ranked(
            "Olena, Oksana, Iryna, Nataliia, Tetiana, Yuliia, Svitlana, Kateryna, Anastasiia, Olha, Mariia, Viktoriia, Liudmyla, Halyna, Daria, Alina, Nadiia, Sofiia, Inna, Valentyna",
            10,
        ),
        ranked(
            "Oleksandr, Serhii, Andrii, Volodymyr, Dmytro, Mykola, Oleksii, Ivan, Yurii, Vasyl, Viktor, Maksym, Bohdan, Taras, Petro, Mykhailo, Artem, Vitalii, Roman, Ihor",
            10,
        ),
        ranked(
            "Melnyk, Shevchenko, Boiko, Kovalenko, Bondarenko, Tkachenko, Kravchenko, Kovalchuk, Oliinyk, Shevchuk, Koval, Polishchuk, Bondar, Tkachuk, Moroz, Marchenko, Lysenko, Rudenko, Savchenko, Petrenko",
            10,
        ),
    ),
    "indian": Origin(
        ranked(
            "Priya, Anjali, Pooja, Neha, Divya, Deepa, Kavya, Sneha, Lakshmi, Aishwarya, Swati, Shreya, Meera, Sunita, Anita, Ritu, Nisha, Kavitha, Ananya, Radhika",
            10,
        ),
        ranked(
            "Rahul, Amit, Rajesh, Suresh, Vikram, Arjun, Sanjay, Ravi, Anil, Vijay, Karthik, Rohit, Aditya, Manoj, Sandeep, Prakash, Harsha, Nikhil, Srinivas, Venkatesh",
            10,
        ),
        ranked(
            "Sharma, Patel, Singh, Kumar, Reddy, Gupta, Iyer, Nair, Rao, Shah, Joshi, Menon, Mehta, Verma, Krishnan, Pillai, Desai, Chopra, Agarwal, Banerjee, Mukherjee, Das, Srinivasan, Naidu",
            10,
        ),
    ),
    "german": Origin(
        ranked(
            "Sabine, Susanne, Petra, Claudia, Andrea, Birgit, Stefanie, Julia, Katrin, Anja, Nicole, Monika, Ursula, Christine, Sandra, Anna, Heike, Martina, Laura, Kerstin",
            10,
        ),
        ranked(
            "Thomas, Michael, Andreas, Stefan, Peter, Klaus, Wolfgang, Jürgen, Frank, Uwe, Markus, Christian, Matthias, Jörg, Tobias, Dirk, Ralf, Bernd, Sebastian, Florian",
            10,
        ),
        ranked(
            "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, Hofmann, Hartmann, Lange",
            10,
        ),
    ),
    "chinese": Origin(
        ranked(
            "Jing, Li, Ying, Yan, Hui, Min, Fang, Mei, Xin, Lan, Hong, Yu, Na, Ting, Xiaoyan, Yuqing, Jia, Qian, Lili, Xue",
            10,
        ),
        ranked(
            "Wei, Jun, Hao, Lei, Yong, Jie, Tao, Ming, Chao, Qiang, Jian, Bin, Peng, Hui, Yang, Feng, Zhiwei, Haoran, Yi, Long",
            10,
        ),
        ranked(
            "Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, He, Lin, Gao, Luo",
            10,
        ),
    ),
}

# Who is named, per language of the text: Sweden's population in Swedish and mixed text, the
# English-speaking world with Swedes and others in English text.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5, "eritrean": 1.2, "ukrainian": 1.2,
        "german": 1, "indian": 1, "latin": 1, "thai": 1, "chinese": 0.6, "uk": 0.8, "us": 0.6,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 9, "indian": 3, "arabic": 2, "latin": 2, "polish": 1.5,
        "german": 1.5, "chinese": 1.5, "finnish": 1, "persian": 1, "turkish": 1, "somali": 0.7,
        "bcs": 0.7, "ukrainian": 0.7, "thai": 0.5, "eritrean": 0.5, "afghan": 0.5, "kurdish": 0.4,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 10, "arabic": 5, "finnish": 3, "polish": 3, "persian": 2.5,
        "bcs": 2.5, "indian": 2, "german": 1.5, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5,
        "afghan": 1.2, "ukrainian": 1.2, "eritrean": 1, "latin": 1, "thai": 1, "chinese": 1,
    },
}  # fmt: skip

# Short forms people are called by, per origin and given name.
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": {
        "Lars": ("Lasse",), "Mikael": ("Micke",), "Joakim": ("Jocke",), "Per": ("Pelle",),
        "Karl": ("Kalle",), "Fredrik": ("Fredde",), "Magnus": ("Mange",), "Thomas": ("Tompa",),
        "Tomas": ("Tompa",), "Kristoffer": ("Kricke",), "Christoffer": ("Chrille",), "Marcus": ("Mackan",),
        "Patrik": ("Patte",), "Robert": ("Robban",), "Daniel": ("Danne",), "Jonas": ("Jonte",),
        "Niklas": ("Nicke",), "Henrik": ("Henke",), "Stefan": ("Steffe",), "Gustav": ("Gurra", "Gustaf"),
        "Bengt": ("Bengan",), "Ulf": ("Uffe",), "Kenneth": ("Kenta",), "Sebastian": ("Sebbe",),
        "Alexander": ("Alex",), "Tobias": ("Tobbe",), "Torbjörn": ("Tobbe",), "Lennart": ("Lelle",),
        "Olof": ("Olle",), "Hans": ("Hasse",), "Bo": ("Bosse",), "Sven": ("Svenne",),
        "Christian": ("Chrille",), "Björn": ("Nalle",), "Viktor": ("Vicke",), "William": ("Wille",),
        "Oskar": ("Ogge",), "Oscar": ("Ogge",), "Albin": ("Abbe",), "Nils": ("Nisse",), "Jan": ("Janne",),
        "Jörgen": ("Jögge",), "Rickard": ("Ricke",), "Jimmy": ("Jimpa",), "Ludvig": ("Ludde",),
        "Charlotte": ("Lotta",), "Elisabeth": ("Lisa", "Bettan", "Lisen"), "Elisabet": ("Lisa", "Bettan"),
        "Margareta": ("Maggan", "Greta"), "Birgitta": ("Gittan", "Bittan"), "Kristina": ("Kicki", "Stina"),
        "Christina": ("Kicki", "Stina"), "Katarina": ("Kattis", "Kajsa"), "Susanne": ("Sussie", "Sanna"),
        "Johanna": ("Jossan",), "Josefin": ("Jossan",), "Caroline": ("Carro",), "Madeleine": ("Madde",),
        "Matilda": ("Tilda",), "Mathilda": ("Tilda",), "Victoria": ("Vickan",), "Therese": ("Tessan",),
        "Camilla": ("Millan",), "Cecilia": ("Cissi", "Cilla"), "Jessica": ("Jessan",), "Louise": ("Lollo",),
        "Maria": ("Mia", "Majsan"), "Anna-Karin": ("Anki",), "Annika": ("Anki",), "Ulrika": ("Ullis",),
        "Gunilla": ("Gunsan",), "Agneta": ("Agge",), "Marianne": ("Majsan",),
    },
    "uk": {
        "William": ("Will", "Bill"), "Robert": ("Rob", "Bob"), "Richard": ("Rich",), "James": ("Jim", "Jamie"),
        "Michael": ("Mike", "Mick"), "Christopher": ("Chris",), "Elizabeth": ("Liz", "Beth"),
        "Jennifer": ("Jen", "Jenny"), "Katherine": ("Kate",), "Catherine": ("Kate", "Cathy"),
        "Margaret": ("Maggie", "Peggy"), "Thomas": ("Tom",), "Daniel": ("Dan",), "Matthew": ("Matt",),
        "Nicholas": ("Nick",), "Anthony": ("Tony", "Ant"), "Joseph": ("Joe",), "Samuel": ("Sam",),
        "Benjamin": ("Ben",), "Alexander": ("Alex",), "Andrew": ("Andy",), "David": ("Dave",),
        "Stephen": ("Steve",), "Steven": ("Steve",), "Susan": ("Sue",), "Patricia": ("Pat", "Trish"),
        "Deborah": ("Debbie", "Deb"), "Rebecca": ("Becky",), "Victoria": ("Vicky", "Tori"),
        "Jessica": ("Jess",), "Kenneth": ("Ken",), "Timothy": ("Tim",), "Edward": ("Ed", "Ted"),
        "Charles": ("Charlie",), "Peter": ("Pete",), "Samantha": ("Sam",), "Alexandra": ("Alex",),
        "Abigail": ("Abby",), "Nicola": ("Nicky",), "Gillian": ("Gill",), "Philip": ("Phil",),
        "Gregory": ("Greg",), "Jonathan": ("Jon",), "Frederick": ("Fred",), "Raymond": ("Ray",),
        "Gerald": ("Gerry",), "Pamela": ("Pam",), "Christine": ("Chris",), "Amanda": ("Mandy",),
        "Josephine": ("Jo",), "Joanne": ("Jo",), "Harriet": ("Hattie",), "Eleanor": ("Ellie", "Nell"),
    },
    "us": {
        "William": ("Bill", "Will"), "Robert": ("Bob", "Rob"), "Richard": ("Rick", "Dick"),
        "James": ("Jim", "Jimmy"), "Michael": ("Mike",), "Christopher": ("Chris",),
        "Elizabeth": ("Liz", "Beth", "Betsy"), "Jennifer": ("Jen", "Jenny"), "Katherine": ("Kathy", "Kate"),
        "Kathleen": ("Kathy",), "Margaret": ("Peggy", "Maggie"), "Thomas": ("Tom",), "Daniel": ("Dan",),
        "Matthew": ("Matt",), "Nicholas": ("Nick",), "Anthony": ("Tony",), "Joseph": ("Joe",),
        "Samuel": ("Sam",), "Benjamin": ("Ben",), "Andrew": ("Andy", "Drew"), "David": ("Dave",),
        "Steven": ("Steve",), "Stephen": ("Steve",), "Susan": ("Sue", "Susie"), "Patricia": ("Patty", "Pat"),
        "Deborah": ("Debbie",), "Rebecca": ("Becky",), "Victoria": ("Vicky",), "Kenneth": ("Ken",),
        "Timothy": ("Tim",), "Edward": ("Ed", "Eddie"), "Charles": ("Chuck", "Charlie"), "Donald": ("Don",),
        "Ronald": ("Ron",), "Lawrence": ("Larry",), "Gerald": ("Jerry",), "Barbara": ("Barb",),
        "Kimberly": ("Kim",), "Pamela": ("Pam",), "Melissa": ("Missy", "Mel"), "Amanda": ("Mandy",),
        "Gregory": ("Greg",), "Jeffrey": ("Jeff",), "Raymond": ("Ray",), "Theodore": ("Ted",),
    },
}  # fmt: skip
