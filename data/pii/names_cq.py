# ruff: noqa: E501
"""Name pools of held-out CQ (issue 15), weighted by how often people carry the names.

Python data, written for CQ by a helper who does not tune the detector. Swedish given names and
surnames are in the order of SCB's name statistics as the writer knows them (weight 1/rank; the
head is the top 150, the tail the rarer names past them); the US lists are copied from the US
Census 1990 files `dist.female.first`, `dist.male.first` and `dist.all.last` (as installed with the
`names` package; the census per cent is the weight, the head the top 150); the UK lists follow the
ONS rankings (1/rank, head 150); the other origins, common in Sweden, give their commonest given
names and surnames (1/rank, head 10). No name was checked against anything in the repository and
none was left out for being known or unknown.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from a list's head with this probability, else its tail


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


def _split(text: str) -> list[str]:
    """Names written comma-separated over lines; order is rank; a name repeated keeps its first rank."""
    out: list[str] = []
    for raw in text.replace("\n", " ").split(","):
        name = " ".join(raw.split())
        if name and name not in out:
            out.append(name)
    return out


def ranked(text: str, head: int) -> Pool:
    """A list in rank order, weight 1/rank."""
    names = _split(text)
    return Pool(tuple(names), tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names)))


def census(text: str, head: int = 150) -> Pool:
    """A census list: `Name per-cent` pairs, the per cent as weight."""
    names, weights = [], []
    for item in _split(text):
        name, weight = item.rsplit(" ", 1)
        names.append(name)
        weights.append(float(weight))
    return Pool(tuple(names), tuple(weights), head)


_PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "ø": "o", "Ø": "O", "æ": "ae", "ß": "ss"}
)


def plain(word: str) -> str:
    """A name typed without its letters (`Wiśniewski` -> `Wisniewski`, `Đorđević` -> `Djordjevic`)."""
    word = word.translate(_PLAIN)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it (`Kowalski` -> `Kowalska`, `Nowicki` -> `Nowicka`)."""
    for male, female in (("dzki", "dzka"), ("cki", "cka"), ("ski", "ska")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# Swedish women's given names, SCB's order (all carriers); head 150, then the tail.
_SV_F = """
Maria, Elisabeth, Anna, Kristina, Margareta, Eva, Linnéa, Karin, Birgitta, Marie, Ingrid, Sofia,
Emma, Christina, Sara, Elin, Kerstin, Ida, Helena, Johanna, Susanne, Lena, Hanna, Marianne, Louise,
Ulla, Matilda, Julia, Viktoria, Anneli, Jenny, Malin, Linda, Gunilla, Inger, Cecilia, Camilla,
Amanda, Alice, Elsa, Frida, Ann, Ingegerd, Ebba, Sofie, Monica, Ulrika, Astrid, Therese, Lisa,
Gunnel, Irene, Anette, Caroline, Maja, Barbro, Elisabet, Charlotte, Agneta, Josefin, Åsa, Siv,
Emelie, Klara, Lovisa, Wilma, Britt, Birgit, Ellen, Annika, Gun, Anita, Ingela, Jessica, Ella,
Alexandra, Sandra, Inga, Katarina, Moa, Alva, Carina, Mikaela, Olivia, Kristin, Ingeborg, Mona, Pia,
Yvonne, Ellinor, Madeleine, Nathalie, Sonja, Rebecka, Lina, Petra, Helen, Erika, Gunhild, Vera, Tove,
Paulina, Josefine, Saga, Maud, Ronja, Agnes, Elvira, Signe, Stina, Nora, Felicia, Emilia, Ester, Linn,
Tilda, Selma, Greta, Hilda, Märta, Sigrid, Ruth, Berit, Gerd, Solveig, Ewa, Marita, Lilly, Stella,
Wilhelmina, Evelina, Isabelle, Hedvig, Lova, Tindra, Cornelia, Fanny, Alma, Nellie, Ines, Mia,
Ingalill, Kajsa, Lotta, Jeanette, Veronica, Elise, Rut, Annelie, Helene, Sanna, Jennie,
Ann-Marie, Ann-Christin, Isabella, Ylva, Ragnhild, Majken, Dagny, Hillevi, Tyra, Svea, Aina, Elna,
Edit, Doris, Dagmar, Gudrun, Hjördis, Iris, Jasmine, Gunvor, Inga-Lill, Britt-Marie,
Anna-Karin, Anna-Lena, Eva-Lena, Maj-Britt, Ann-Sofie, Ann-Charlotte, Lise-Lotte, Marie-Louise,
Ann-Kristin, Karolina, Elvi, Ingegärd, Ingbritt, Jenni, Josefina, Judit, Lisbeth, Lisette,
Liv, Livia, Lo, Louisa, Lykke, Magdalena, Maj, Malva, Margit, Marina, Marlene, Mathilda, Meja,
Melina, Melissa, Minna, Miranda, Molly, My, Märit, Nadja, Natalie, Nina, Noomi, Norah, Nova,
Olga, Ottilia, Pernilla, Rakel, Ramona, Rigmor, Rosa, Rose-Marie, Sabina, Sally, Sanne, Sif, Signhild, Silvia, Siri, Sissela, Sol, Susann, Svenja, Sylvia, Tea, Tekla, Thea,
Therése, Tina, Tora, Turid, Tuva, Ulrica, Una, Valborg, Vanja, Vendela, Veronika,
Viola, Vivi, Vivianne, Wivi, Yasmin, Zara, Åse, Agda, Aili, Alexia, Alfhild, Alida, Alicia, Alina, Allis, Amalia, Amelie, Andrea, Angelica, Anja, Ann-Louise, Anne, Annette,
Annie, Antonia, Ariana, Aurora, Beata, Bella, Betty, Bianca, Blenda, Bodil, Britta, Carin,
Carolina, Catarina, Cathrine, Charlotta, Christin, Cilla, Clara, Daniela, Denise, Diana,
Doreen, Edith, Elaine, Eleonora, Elida, Elisa, Ellie, Elly, Emely, Emmy, Engla,
Erica, Estelle, Evy, Fatima, Filippa, Freja, Frideborg, Gabriella, Gertrud, Gisela, Gretha,
Gunbritt, Hanne, Harriet, Hedda, Heidi, Henny, Hilma, Idun, Ilse, Irma, Isa, Jane, Janina,
Jill, Jonna, Juni, Kaisa, Karla, Kia, Kim, Kristel, Laila, Lea, Leah, Lejla, Lilian, Linnea, Lisen, Lydia, Madelene, Malou, Mariana, Mariette, Marit, Mimmi, Mira, Mirjam, Nanna,
Nelly, Nicole, Nilla, Oda, Olivera, Patricia, Paula, Rebecca, Regina, Renée, Rita, Rosie, Ruta,
Sigbritt, Solbritt, Susanna, Tess, Tilde, Tova, Ulla-Britt, Vilma, Yrsa
"""
_SV_M = """
Lars, Mikael, Anders, Johan, Erik, Per, Karl, Peter, Jan, Thomas, Daniel, Fredrik, Hans, Andreas,
Bengt, Stefan, Alexander, Mats, Magnus, Bo, Nils, Sven, Leif, Jonas, Oskar, Martin, Gustav, Björn,
Mattias, Henrik, Åke, Göran, Ulf, Christer, Patrik, Axel, David, Robert, Viktor, Olof, Filip,
Simon, Emil, Rolf, Kjell, Anton, Stig, Joakim, Marcus, Gunnar, Tommy, Roger, Sebastian,
Christoffer, William, Kent, Tobias, Robin, Håkan, Lennart, Jonathan, Rickard, Ingemar, Gustaf,
Carl, Roland, Claes, Hugo, Elias, Ludvig, Jakob, Lukas, Adam, Oliver, Lucas, Isak, Liam, Kenneth,
Rasmus, Ali, Torbjörn, Jesper, Arne, Jörgen, Dan, Tomas, Mohammad, Niklas, Kurt, Gösta, Bertil,
Rune, Sten, Emanuel, Jacob, Albin, Ola, Vilhelm, Ove, Samuel, Edvin, Linus, Hampus, Krister,
Benjamin, Elliot, Theodor, Alfred, Arvid, Leo, Noah, Max, Kevin, Dennis, Jimmy, Ronny, Jens,
Pontus, Jim, Henry, Harald, Ingvar, Johnny, Conny, Sune, Folke, Einar, Harry, Valter, Melvin,
Ivar, Viggo, Love, Wilhelm, Casper, Douglas, Hannes, Johannes, Josef, Mohamed, Ahmad, Ahmed,
Birger, Evert, Allan, Tage, Ragnar, Yngve, Torsten, Kristoffer,
Lars-Erik, Lars-Göran, Per-Olof, Karl-Erik, Jan-Erik, Sven-Erik, Bengt-Göran, Carl-Johan,
Karl-Johan, Per-Erik, Lars-Olof, Nils-Erik, Hans-Åke, Jan-Olof, Sixten, Erling, Sigvard, Gert,
Uno, Sture, Lage, Algot, Artur, Assar, August, Bror, Börje, Calle, Charlie, Colin,
Dag, Edward, Egon, Eilert, Elis, Elmer, Elof, Enar, Eskil, Ebbe, Edgar, Eino, Ernst, Evald,
Fabian, Felix, Ferdinand, Frans, Frank, Fritz, Georg, Gillis, Greger, Gunder, Gustav-Adolf, Göte,
Hadar, Halvar, Helge, Herbert, Hilding, Holger, Hjalmar, Ibrahim, Isac, Ivan, Jack, Jarl, Jean,
Jerker, Joel, Jon, Jonny, Julius, Justus, Kalle, Kasper, Kim, Knut, Konrad, Kristian, Leon,
Levi, Lennie, Loke, Lorentz, Louis, Ludwig, Magne, Malte, Manfred, Marko, Mauritz, Melker, Milo,
Morgan, Natanael, Nicklas, Niclas, Noel, Olle, Omar, Oscar, Otto, Palle, Paul, Petter, Philip,
Reinhold, Rikard, Roy, Rutger, Sam, Seth, Sigge, Staffan, Sigurd, Ture, Thor, Tor, Tord,
Torgny, Tryggve, Ulrik, Valdemar, Vidar, Vincent, Walter, Wiktor, Yusuf, Åsmund, Östen, Adrian, Albert, Alf, Alvar, Amir, André, Ante, Arnold, Aron, Bill,
Birk, Bjarne, Boris, Bruno, Carl-Axel, Cornelius, Curt, Dante, Ebbe-Ludvig, Edvard, Eddie,
Eric, Erland, Gabriel, Gerhard, Gottfrid, Hamid, Hassan, Hilmer, Hussein,
Isidor, Jacques, Joar, Jöns, Kai, Karim, Lenny, Linnar, Matheo, Matteus, Mio, Måns,
Odd, Orvar, Pelle, Per-Anders, Per-Gunnar, Rudolf, Sigfrid, Sonny, Stellan, Svante,
Sören, Tim, Ted, Teodor, Valentin, Vilgot, Waldemar, Zakarias,
Anselm, Arild, Bengt-Åke, Claes-Göran, Dick, Fritiof, Gunde, Ingolf, Jonatan, Kjell-Åke, Leopold,
Mats-Olof, Sölve, Tommie, Verner, Wiggo, Alvin, Benny, Helmer, Mikkel
"""
_SV_S = """
Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson, Gustafsson,
Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson, Magnusson,
Olofsson, Lindström, Lindqvist, Lindgren, Berg, Axelsson, Bergström, Lundberg, Lind, Lundgren,
Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Forsberg, Sjöberg, Ali, Wallin,
Mohammed, Engström, Eklund, Danielsson, Lundin, Håkansson, Björk, Bergman, Gunnarsson, Holm,
Wikström, Samuelsson, Isaksson, Fransson, Bergqvist, Nyström, Holmberg, Arvidsson, Löfgren,
Söderberg, Nyberg, Blomqvist, Claesson, Nordström, Ahmed, Mårtensson, Lundström, Hassan, Viklund,
Björklund, Eliasson, Pålsson, Berggren, Sandström, Lund, Nordin, Ström, Åberg, Falk, Ekström,
Hermansson, Holmgren, Hellström, Dahlberg, Hedlund, Sundberg, Sjögren, Ek, Blom, Abrahamsson,
Martinsson, Öberg, Andreasson, Strömberg, Månsson, Hansen, Åkesson, Dahl, Lindholm, Norberg,
Holmqvist, Jonasson, Sundström, Mohamed, Ivarsson, Lindahl, Nygren, Kristiansson, Ottosson,
Sjöström, Johnsson, Sundqvist, Jacobsson, Engberg, Lindblom, Borg, Lindell, Nyman, Öhman,
Lindkvist, Björn, Hussein, Omar, Ibrahim, Strand, Söderström, Åström, Eklöf, Fors, Lundkvist,
Ekman, Hedberg, Forslund, Östlund, Berntsson, Hedström, Sundin, Göransson, Boman, Ahmadi, Ekberg,
Carlsson, Jeppsson, Ekholm, Norén, Sjölund, Nordlund, Jensen,
Rydberg, Granberg, Ågren, Edlund, Wiklund, Lilja, Malmberg, Åkerlund, Lindén, Nordqvist, Ahlberg,
Bäckström, Dahlgren, Adolfsson, Emanuelsson, Thorén, Gustavsson, Hägglund, Roos, Sörensen,
Bergkvist, Sundell, Björkman, Vikström, Skoglund, Sandin, Hallberg, Nordgren, Backman, Sundén,
Zetterberg, Palm, Wahlström, Lindroth, Rosén, Engman, Holmström, Östman, Lidén, Wennberg, Grönlund,
Hjalmarsson, Lundmark, Sahlin, Åkerman, Strandberg, Edström, Frisk, Lövgren, Hallgren, Friberg,
Sjödin, Brandt, Hult, Svärd, Kjellberg, Mäkinen, Lundblad, Aronsson, Lennartsson, Ljungberg,
Nordberg, Rosenberg, Sandqvist, Nykvist, Tell, Törnqvist, Wallén, Westerberg, Sundkvist, Rask,
Vesterlund, Häggström, Hedman, Karlström, Modig, Molin, Ohlsson, Ohlin, Paulsson, Rehn, Rydén,
Sjöholm, Stenberg, Stark, Svahn, Söderlund, Söderqvist, Thulin, Tapper, Unger, Wahlberg, Wiberg,
Åhman, Ålund, Österberg, Abdullahi, Yusuf, Hosseini, Mohammadi, Yilmaz, Nowak, Korhonen,
Lindvall, Frid, Hagström, Hammar, Kullberg, Lagerqvist, Marklund, Nilsson-Berg, Ringström,
Sjökvist, Skog, Stål, Tegnér, Waller, Wester, Alm, Asp, Bodin, Dalin, Ehn, Fält, Gran, Hed,
Hägg, Kihlberg, Kvist, Lidström, Lundell, Löf, Mellberg, Nord, Ryd, Sand, Silén, Sten, Ståhl,
Säll, Törn, Vall, Wik, Åman, Hellgren, Hellberg, Brodin, Bohlin, Cederberg, Cederholm,
Dahlqvist, Ehrnberg, Engdahl, Enqvist, Fagerström, Forsman, Gardell, Granström, Grahn, Gyllensten,
Hammarström, Holmlund, Isberg, Jernberg, Kronberg, Kjellgren, Larsén, Liljegren, Ljung, Malm, Melin, Moberg, Norling, Nylander, Nyqvist, Oskarsson, Pihl, Qvist, Ramström, Rönnberg,
Selin, Sjöblom, Stenlund, Strid, Svedberg, Tornberg, Vinberg, Wennström, Wickman, Wikman, Zackrisson,
von Platen, af Klercker, von Essen, De Geer, af Ugglas, von Sydow, Wachtmeister, Lewenhaupt,
Gyllenstierna, von Schantz, af Trolle, Bielke, Stjernswärd, Rudbeck, Cronstedt
"""
# UK given names and surnames in the order of the ONS rankings (1/rank); head 150, then the tail.
_UK_F = """
Susan, Sarah, Margaret, Elizabeth, Julie, Karen, Emma, Helen, Patricia, Jennifer, Linda, Claire,
Nicola, Mary, Jacqueline, Lisa, Jane, Joanne, Christine, Deborah, Laura, Rachel, Alison, Louise,
Catherine, Michelle, Amanda, Gillian, Rebecca, Janet, Sandra, Hannah, Angela, Lucy, Samantha,
Victoria, Caroline, Jessica, Wendy, Pauline, Barbara, Anne, Emily, Sophie, Charlotte, Katie, Amy,
Kelly, Dawn, Maureen, Sharon, Tracey, Joan, Valerie, Carol, Lesley, Diane, Kathleen, Sheila, Denise,
Jean, Brenda, Heather, Hazel, Sally, Fiona, Kirsty, Gemma, Natalie, Stephanie, Olivia, Amelia,
Chloe, Megan, Holly, Ellie, Georgia, Grace, Jade, Danielle, Stacey, Leanne, Kerry, Zoe, Kate,
Lauren, Bethany, Abigail, Isabella, Ava, Mia, Isla, Poppy, Sophia, Ella, Freya, Lily, Evie, Daisy,
Ruby, Florence, Alice, Eleanor, Harriet, Rosie, Phoebe, Millie, Jasmine, Lydia, Imogen, Eva,
Matilda, Erin, Anna, Molly, Scarlett, Paige, Shannon, Ashleigh, Naomi, Beverley, Gail, Yvonne,
Marion, Irene, Doreen, Eileen, Julia, Ruth, Frances, Joyce, Hilary, Rosemary, Lorraine, Tina,
Elaine, Andrea, Teresa, Judith, Vanessa, Annette, Jill, Jenny, Kim, Joanna, Katherine,
Kathryn, Rachael, Sara, Hayley, Carly, Charlene, Kimberley, Abbie, Jodie, Lindsey, Siobhan,
Aisha, Amber, Anita, Ann, Audrey, Beatrice, Bernadette, Bridget, Carole, Cheryl, Clare,
Constance, Cordelia, Debra, Donna, Dorothy, Edith, Eloise, Elsie, Esme, Esther, Evelyn, Felicity,
Gwen, Gwendolyn, Harper, Heidi, Ivy, Jacqui, Janice, Jemma, Jo, Josephine, June, Justine, Keeley,
Lara, Leah, Lilly, Lorna, Lynn, Lynne, Mabel, Madison, Maisie, Mandy, Marie, Marjorie, Maxine,
Melanie, Mildred, Miriam, Morag, Nadia, Niamh, Nina, Norma, Orla, Patsy, Penelope, Philippa,
Priya, Rhiannon, Rita, Roisin, Rowena, Samira, Sasha, Serena, Shirley, Sian, Sienna, Stella, Summer,
Sylvia, Tamsin, Tanya, Tara, Theresa, Toni, Una, Vera, Violet, Vivienne, Willow, Yasmin, Zara,
Agnes, Ailsa, Annabel, Antonia, Arabella, Bronwen, Caitlin, Cerys, Ciara, Davina, Delyth, Elspeth,
Fern, Flora, Georgina, Hattie, Iona, Jocelyn, Kerys, Lowri, Mhairi, Nerys, Ottilie, Pippa, Rosalind
"""
_UK_M = """
David, John, Paul, Michael, Andrew, Peter, James, Robert, Mark, Richard, Stephen, Christopher, Ian,
Daniel, Thomas, Matthew, Simon, Gary, Anthony, Martin, Steven, William, Alan, Kevin, Jonathan, Neil,
Brian, Graham, Adam, Colin, Lee, Philip, Keith, Jason, Darren, Nicholas, Stuart, Kenneth, Craig,
Benjamin, Samuel, Joseph, Ryan, George, Jack, Oliver, Harry, Charlie, Luke, Liam, Scott, Jamie,
Shaun, Dean, Wayne, Carl, Barry, Roger, Trevor, Derek, Raymond, Terence, Malcolm, Gordon, Dennis,
Roy, Geoffrey, Patrick, Edward, Charles, Timothy, Dominic, Alexander, Nathan, Joshua, Jacob, Callum,
Connor, Kieran, Lewis, Aaron, Jordan, Bradley, Ashley, Noah, Leo, Oscar, Arthur, Freddie, Alfie,
Archie, Henry, Theo, Harrison, Ethan, Max, Tyler, Dylan, Owen, Rhys, Gareth, Gavin, Russell, Glen,
Nigel, Clive, Howard, Frank, Victor, Douglas, Stanley, Leonard, Ronald, Donald, Frederick, Albert,
Ernest, Walter, Harold, Norman, Eric, Cyril, Bernard, Alistair, Hugh, Duncan, Euan, Fraser, Ross,
Jake, Joe, Sam, Tom, Ben, Elliot, Finley, Reece, Declan, Sean, Ciaran, Aidan, Mohammed, Muhammad,
Ali, Hamza, Rory, Louis, Toby,
Alfred, Angus, Ashton, Barnaby, Bryn, Caleb, Cameron, Casey, Cedric, Clifford, Conor, Dale, Damian,
Damien, Dafydd, Desmond, Dominick, Edmund, Elijah, Emrys, Ewan, Felix, Fergus, Francis, Gabriel,
Gerald, Gilbert, Glyn, Gregory, Guy, Hamish, Harvey, Hywel, Isaac, Ivor, Jasper, Jeremy, Jesse,
Jim, Julian, Justin, Keiran, Kyle, Lachlan, Lawrence, Lenny, Lloyd, Logan, Lucas, Marcus, Mason,
Maurice, Miles, Mitchell, Morgan, Murray, Nathaniel, Nick, Niall, Ollie, Percy, Phil, Quentin,
Ralph, Ravi, Reginald, Reuben, Rex, Robin, Rodney, Ronan, Rupert, Seb, Sebastian, Sidney, Spencer,
Stewart, Sunil, Teddy, Terry, Tobias, Tristan, Vincent, Warren, Wilfred, Zachary, Zain, Ahmed,
Alec, Ambrose, Arjun, Aubrey, Barrie, Bertie, Callan, Cormac, Crispin, Dermot, Eamon, Emlyn,
Everett, Fabian, Gethin, Graeme, Hector, Idris, Iestyn, Jago, Kenny, Kit, Lyndon, Magnus, Malachy,
Neville, Nolan, Orrin, Piers, Ruaridh, Selwyn, Tarquin, Wilf
"""
_UK_S = """
Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts, Robinson,
Thompson, Wright, Walker, White, Edwards, Hughes, Green, Hall, Lewis, Harris, Clarke, Patel,
Jackson, Wood, Turner, Martin, Cooper, Hill, Ward, Morris, Moore, Clark, Lee, King, Baker, Harrison,
Morgan, Allen, James, Scott, Phillips, Watson, Davis, Parker, Price, Bennett, Young, Griffiths,
Mitchell, Kelly, Cook, Carter, Richardson, Bailey, Collins, Bell, Shaw, Murphy, Miller, Cox,
Richards, Khan, Marshall, Anderson, Simpson, Ellis, Adams, Singh, Begum, Wilkinson, Foster,
Chapman, Powell, Webb, Rogers, Gray, Mason, Ali, Hunt, Hussain, Campbell, Matthews, Owen, Palmer,
Holmes, Mills, Barnes, Knight, Lloyd, Butler, Russell, Barker, Fisher, Stevens, Jenkins, Murray,
Dixon, Harvey, Graham, Pearson, Ahmed, Fletcher, Walsh, Kaur, Gibson, Howard, Andrews, Stewart,
Elliott, Reynolds, Saunders, Payne, Fox, Ford, Pearce, Day, Brooks, West, Lawrence, Cole, Atkinson,
Bradley, Spencer, Gill, Dawson, Ball, Burton, O'Brien, Watts, Rose, Booth, Perry, Ryan, Grant,
Wells, Armstrong, Francis, Rees, Hayes, Hart, Hudson, Newman, Barrett, Webster, Hunter, Gregory,
Carr, Lowe, Page, Marsh,
Riley, Dunn, Woods, Parsons, Berry, Stone, Reid, Holland, Hawkins, Harding, Porter, Robertson,
Newton, Oliver, Reed, Kennedy, Williamson, Bird, Gardner, Shah, Dean, Lane, Cooke, Bates, Henderson,
Parry, Burgess, Bishop, Walton, Burns, Nicholson, Shepherd, Ross, Cross, Long, Freeman, Warren,
Nicholls, Hamilton, Byrne, Sutton, McDonald, Yates, Hodgson, Robson, Curtis, Hopkins, O'Connor,
Harper, Coleman, Watkins, Moss, McCarthy, Chambers, O'Neill, Griffin, Sharp, Hardy, Wheeler,
Potter, Osborne, Johnston, Gordon, Doyle, Wallace, George, Jordan, Hutchinson, Rowe, Burke, May,
Pritchard, Gilbert, Willis, Higgins, Read, Miles, Stevenson, Stephenson, Hammond, Arnold, Buckley,
Walters, Hewitt, Barber, Nelson, Slater, Austin, Sullivan, Whitehead, Mann, Frost, Lambert,
Stephens, Blake, Akhtar, Lynch, Goodwin, Barton, Woodward, Thomson, Cunningham, Quinn, Barnett,
Baxter, Bibi, Clayton, Nash, Greenwood, Jennings, Holt, Kemp, Poole, Gallagher, Bond, Stokes,
Tucker, Davidson, Fowler, Heath, Norman, Middleton, Lawson, Banks, French, Stanley, Jarvis, Gibbs,
Ferguson, Hayward, Carroll, Atkins, Hanson, Pugh, Weston, Dickinson, Farrell, Sykes, Brennan,
Lucas, Howell, Kirby, Hobbs, Rahman, Iqbal, Hussey, Dyer, Fitzgerald, Finch, Horton, McKenzie,
Kaye, Llewellyn, Maddox, Morton, Nolan, Peacock, Pope, Rhodes, Sheppard, Summers, Tait, Thornton,
Vaughan, Whittaker, Winter, Wyatt, Ashworth, Blackburn, Brady, Cartwright, Doherty, Duffy,
Gough, Hargreaves, Jeffries, Kerr, Lowry, MacLeod, McGregor, Naylor, Ormerod, Pickering, Rowley, Ashby
"""

# The commonest given names (women, men) and surnames of origins common in Sweden; 1/rank, head 10.
_WORLD = {
    "finnish": (
        "Tuula, Ritva, Anja, Pirjo, Marjatta, Sirpa, Leena, Päivi, Tuulikki, Riitta, Kaarina, Hannele, Annikki, Eeva, Aino, Anneli, Merja, Sari, Tarja, Satu, Minna, Tiina, Kirsi, Maarit, Sanna, Pirkko, Raija",
        "Juha, Timo, Matti, Kari, Mikko, Jari, Antti, Jukka, Mika, Markku, Pekka, Hannu, Heikki, Seppo, Janne, Ari, Sami, Petri, Tapani, Olavi, Ilkka, Risto, Pentti, Esa, Veikko, Kalevi, Raimo",
        "Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen",
    ),
    "arabic": (  # Iraq, Syria, Lebanon; Assyrian/Syriac names among them
        "Fatima, Maryam, Zainab, Noor, Sara, Rana, Huda, Amira, Layla, Hiba, Rasha, Dalia, Yasmin, Lina, Rima, Samira, Nadia, Aisha, Reem, Shahad, Hala, Ranya, Ninve, Shamiram, Ramina, Nahrain, Sabiha, Jamila",
        "Mohammed, Ahmed, Ali, Hassan, Hussein, Omar, Mahmoud, Khaled, Mustafa, Ibrahim, Yousef, Abdullah, Karim, Ammar, Haidar, Bashar, Samir, Nabil, Tariq, Firas, Rami, Ziad, Sargon, Ninos, Aram, Gabriel, Ashur, Atour, Shamoun, Elias",
        "Ali, Mohammed, Hassan, Hussein, Ahmed, Abdullah, Ibrahim, Khalil, Saleh, Aziz, Jaber, Mahmoud, Al-Hashimi, Al-Saadi, Al-Khafaji, Al-Obaidi, Haddad, Khoury, Mansour, Nasser, Shamoun, Barsoum, Saliba, Gabriel, Yacoub, Aho, Toma, Warda, Eshak, Danho, Lahdo, Malke",
    ),
    "somali": (
        "Fadumo, Hodan, Amina, Sahra, Hawa, Ifrah, Nimco, Sagal, Khadra, Ayan, Asha, Ubah, Muna, Deeqa, Hibo, Maryan, Sucaad, Warsan, Leyla, Faadumo, Idil, Istar",
        "Mohamed, Abdi, Ahmed, Abdullahi, Hassan, Ali, Omar, Abdirahman, Yusuf, Ibrahim, Abdikadir, Mahad, Said, Ismail, Farah, Hussein, Liban, Bashir, Guled, Nuur, Abdiaziz, Khalid",
        "Mohamed, Ahmed, Hassan, Ali, Abdi, Farah, Omar, Warsame, Osman, Jama, Hussein, Yusuf, Abdullahi, Ismail, Aden, Mohamud, Nur, Egal, Dirie, Hersi, Abdulle, Gedi, Samatar, Elmi, Duale",
    ),
    "polish": (
        "Anna, Katarzyna, Maria, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Magdalena, Elżbieta, Joanna, Aleksandra, Monika, Zofia, Teresa, Danuta, Natalia, Karolina, Marta, Beata, Dorota, Justyna, Paulina, Jolanta, Iwona",
        "Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Jan, Michał, Marcin, Stanisław, Jakub, Adam, Marek, Łukasz, Grzegorz, Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Jerzy, Maciej, Rafał, Kamil, Robert, Józef",
        "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Wojciechowski, Kwiatkowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Wróbel, Nowicki, Zawadzki, Sadowski, Czarnecki, Sawicki",
    ),
    "persian": (
        "Maryam, Fatemeh, Zahra, Narges, Leila, Shirin, Parisa, Mina, Sara, Azadeh, Roya, Nasrin, Mahsa, Neda, Shabnam, Setareh, Golnar, Samira, Elham, Azar, Forough, Parvin",
        "Mohammad, Ali, Reza, Hossein, Mehdi, Amir, Hamid, Saeed, Majid, Behrouz, Dariush, Farhad, Babak, Kourosh, Arash, Omid, Bahman, Ramin, Kaveh, Payam, Navid, Hassan",
        "Mohammadi, Hosseini, Ahmadi, Rezaei, Moradi, Karimi, Hashemi, Rahimi, Jafari, Ghasemi, Sadeghi, Mousavi, Akbari, Kazemi, Hosseinzadeh, Rostami, Azizi, Ebrahimi, Taheri, Shirazi, Tehrani, Nazari, Bagheri, Farahani, Amini, Sharifi, Najafi, Zamani",
    ),
    "bcs": (  # Bosnian, Serbian, Croatian
        "Amra, Emina, Amela, Selma, Lejla, Azra, Jasmina, Mirela, Ana, Marija, Jelena, Ivana, Snežana, Dragana, Mirsada, Sabina, Alma, Edina, Maja, Vesna, Nermina, Aida, Senada, Milica, Tijana",
        "Emir, Amir, Adnan, Haris, Mirza, Edin, Dženan, Samir, Nermin, Armin, Alen, Dragan, Zoran, Goran, Milan, Nikola, Marko, Ivan, Stefan, Nenad, Dejan, Senad, Elvis, Kemal, Tarik",
        "Hodžić, Hadžić, Kovačević, Begić, Delić, Mehmedović, Salihović, Hasanović, Ibrahimović, Husić, Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Popović, Horvat, Babić, Marić, Kovačić, Jurić, Knežević, Pavlović, Bešić, Alić, Mujić, Omerović, Ahmetović",
    ),
    "turkish": (
        "Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Meryem, Şerife, Zehra, Sultan, Hülya, Özlem, Esra, Merve, Büşra, Derya, Gül, Songül, Nurcan, Aylin, Ebru, Sibel, Yasemin, Dilek",
        "Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Osman, Yusuf, Murat, Ömer, Ramazan, Halil, Süleyman, Abdullah, Mahmut, Recep, Kemal, Emre, Burak, Serkan, Erkan, Cem, Kaan",
        "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Korkmaz, Özer, Aktaş, Erdoğan, Güneş",
    ),
    "eritrean": (  # the father's name serves as surname
        "Senait, Helen, Semhar, Saba, Ruta, Selam, Lidia, Mebrat, Tsega, Yordanos, Hiwet, Rahel, Feven, Luwam, Winta, Elsa, Abeba, Azieb, Tirhas, Almaz, Mihret",
        "Yonas, Daniel, Samuel, Tesfaye, Mehari, Yohannes, Berhane, Dawit, Amanuel, Henok, Filmon, Biniam, Robel, Kidane, Tekle, Goitom, Habte, Mussie, Solomon, Yemane, Ermias, Awet",
        "Tesfay, Gebremedhin, Tekle, Haile, Berhe, Kidane, Ghebreab, Yohannes, Mehari, Asmerom, Gebru, Weldemariam, Habtemariam, Tesfamariam, Woldu, Negash, Andemariam, Zerai, Abraha, Ghirmay, Fessehaye, Kahsay, Teklehaimanot, Okbay",
    ),
    "afghan": (
        "Fatima, Zahra, Maryam, Shabana, Farida, Nazifa, Khadija, Mahbooba, Parwana, Zarghona, Marzia, Sakina, Soraya, Freshta, Hamida, Nargis, Homa, Laila, Malalai, Gulalai",
        "Mohammad, Ahmad, Ali, Abdul, Mustafa, Hamid, Nasir, Jawad, Rahmatullah, Sayed, Hussain, Reza, Hamidullah, Mujtaba, Omid, Farid, Khalid, Sohrab, Najib, Zabihullah, Yasin",
        "Ahmadi, Hosseini, Rahimi, Mohammadi, Sultani, Hakimi, Jafari, Noori, Karimi, Rezaei, Amiri, Haidari, Popal, Stanikzai, Ahmadzai, Safi, Wardak, Naseri, Sadat, Azimi, Yousufzai, Barakzai, Hashimi, Akbari",
    ),
    "thai": (
        "Siriporn, Malee, Pranee, Wanida, Supaporn, Kanya, Nittaya, Ratana, Sunisa, Jintana, Porntip, Lamai, Achara, Duangjai, Kanokwan, Orathai, Sasithorn, Pimchanok, Wilai, Naree",
        "Somchai, Somsak, Prasert, Sombat, Surachai, Anan, Chaiyaporn, Kittisak, Wichai, Narong, Suchart, Thanawat, Somboon, Boonchai, Nattapong, Sakda, Chatchai, Apichat, Pongsak",
        "Saetang, Srisuk, Wongsawat, Chaiyasit, Boonmee, Sukjai, Kaewmanee, Phromma, Sangthong, Suwannarat, Rattanakorn, Thongchai, Chantarasri, Jaidee, Intharasuk, Pattanapong, Wattana, Kongkaew, Sriwan, Sirisombat",
    ),
    "latin": (  # Chile and Latin America; two surnames are common
        "María, Carolina, Camila, Francisca, Valentina, Javiera, Daniela, Constanza, Catalina, Fernanda, Paula, Macarena, Claudia, Patricia, Ximena, Verónica, Andrea, Isabel, Gabriela, Lorena, Marcela, Paola, Soledad, Rosa",
        "José, Juan, Luis, Carlos, Jorge, Manuel, Francisco, Pedro, Diego, Cristián, Sebastián, Matías, Felipe, Rodrigo, Pablo, Gonzalo, Claudio, Andrés, Patricio, Héctor, Sergio, Ricardo, Mauricio, Alejandro",
        "González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo, Tapia, Reyes, Gutiérrez, Castro, Pizarro, Álvarez, Vásquez, Sánchez, Fernández",
    ),
    "kurdish": (
        "Berivan, Dilan, Rojda, Evin, Zozan, Shilan, Avin, Nazdar, Rezan, Roza, Sozdar, Jiyan, Newroz, Bahar, Gulistan, Rojin, Nergiz, Helin, Delal, Tara, Lana, Shler",
        "Azad, Rebin, Shvan, Karwan, Dilshad, Kawa, Rebwar, Ari, Diyar, Hawre, Sherko, Dara, Baran, Serhat, Soran, Zana, Hemin, Bakhtiyar, Rawand, Hogir, Agid, Welat",
        "Ahmad, Rasul, Aziz, Karim, Hamad, Mustafa, Salih, Othman, Qadir, Faraj, Rashid, Hama, Amin, Kaplan, Aydin, Yildiz, Demir, Jalal, Kaka, Mahmood, Bakr, Barzani, Sindi, Doski",
    ),
    "ukrainian": (
        "Olena, Oksana, Tetiana, Iryna, Nataliia, Yuliia, Svitlana, Olha, Kateryna, Anastasiia, Mariia, Viktoriia, Halyna, Liudmyla, Nadiia, Daria, Alina, Khrystyna, Sofiia, Valentyna",
        "Oleksandr, Serhii, Andrii, Volodymyr, Dmytro, Oleh, Yurii, Mykola, Ivan, Vasyl, Viktor, Maksym, Bohdan, Taras, Roman, Ihor, Petro, Mykhailo, Vitalii, Artem",
        "Melnyk, Shevchenko, Boiko, Kovalenko, Bondarenko, Tkachenko, Kovalchuk, Kravchenko, Oliinyk, Shevchuk, Koval, Polishchuk, Bondar, Tkachuk, Moroz, Marchenko, Lysenko, Rudenko, Savchenko, Petrenko, Klymenko, Pavlenko",
    ),
    "indian": (
        "Priya, Anjali, Pooja, Divya, Neha, Sunita, Lakshmi, Kavya, Deepa, Shreya, Ananya, Meera, Swati, Aishwarya, Sneha, Ritu, Nisha, Aarti, Rekha, Geeta",
        "Rahul, Amit, Rajesh, Suresh, Vijay, Arjun, Sanjay, Anil, Ravi, Karthik, Vikram, Rohit, Deepak, Manoj, Arun, Pradeep, Ajay, Nikhil, Siddharth, Aditya",
        "Sharma, Patel, Singh, Kumar, Gupta, Reddy, Rao, Iyer, Nair, Mehta, Shah, Joshi, Desai, Verma, Mishra, Agarwal, Pillai, Chatterjee, Banerjee, Menon, Kapoor, Malhotra, Bhat, Krishnan",
    ),
    "german": (
        "Ursula, Monika, Petra, Sabine, Renate, Helga, Karin, Brigitte, Susanne, Andrea, Claudia, Julia, Anna, Christine, Stefanie, Birgit, Gabriele, Heike, Katharina, Nicole, Martina, Ingrid, Anja, Silke",
        "Michael, Thomas, Andreas, Peter, Wolfgang, Klaus, Stefan, Jürgen, Christian, Frank, Uwe, Bernd, Markus, Matthias, Dieter, Günter, Tobias, Florian, Sebastian, Jan, Alexander, Manfred, Ralf, Jörg",
        "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, Hofmann, Hartmann, Lange, Schmitt, Werner, Schmitz, Krause, Meier",
    ),
    "norwegian": (
        "Anne, Inger, Kari, Marit, Ingrid, Liv, Eva, Berit, Astrid, Bjørg, Hilde, Anna, Solveig, Marianne, Randi, Ida, Nina, Ragnhild, Elisabeth, Kristin, Silje, Ingeborg, Tone, Hege",
        "Jan, Per, Bjørn, Ole, Lars, Kjell, Knut, Arne, Svein, Thomas, Hans, Geir, Tor, Morten, Terje, Odd, Erik, Martin, Andreas, Rune, Trond, Jon, Anders, Harald, Espen, Eirik",
        "Hansen, Johansen, Olsen, Larsen, Andersen, Pedersen, Nilsen, Kristiansen, Jensen, Karlsen, Johnsen, Pettersen, Eriksen, Berg, Haugen, Hagen, Johannessen, Andreassen, Jacobsen, Dahl, Jørgensen, Halvorsen, Henriksen, Lund, Sørensen, Solberg, Bakken, Moen",
    ),
    "danish": (
        "Anne, Kirsten, Mette, Hanne, Anna, Helle, Susanne, Lene, Maria, Marianne, Lone, Camilla, Pia, Louise, Charlotte, Inge, Bente, Tina, Gitte, Karen, Jette, Birgitte, Ida, Rikke",
        "Peter, Jens, Michael, Lars, Henrik, Søren, Thomas, Jan, Niels, Christian, Martin, Jørgen, Anders, Rasmus, Morten, Hans, Mads, Per, Ole, Jesper, Mikkel, Kim, Frederik, Poul",
        "Nielsen, Jensen, Hansen, Andersen, Pedersen, Christensen, Larsen, Sørensen, Rasmussen, Jørgensen, Petersen, Madsen, Kristensen, Olsen, Thomsen, Christiansen, Poulsen, Johansen, Møller, Mortensen, Knudsen, Jakobsen, Mikkelsen, Frederiksen, Laursen",
    ),
    "chinese": (  # written given name first, as they are in Sweden
        "Fang, Jing, Li, Min, Yan, Ying, Hui, Xiaoling, Mei, Hong, Na, Xin, Jie, Yu, Ling, Qian, Ting, Yun, Xue, Lihua",
        "Wei, Jun, Lei, Tao, Ming, Jian, Hao, Yong, Chao, Qiang, Feng, Gang, Peng, Yang, Zhiwei, Jianhua, Xiaoming, Haoran, Bo, Hua",
        "Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, He, Lin, Gao, Luo",
    ),
}

_US_F = """
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
_US_M = """
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
0.033, Marco 0.033, Pete 0.032, Randolph 0.032, Garry 0.032, Geoffrey 0.032, Jonathon 0.032,
Felipe 0.032, Bennie 0.032, Gerardo 0.032, Ed 0.032, Dominic 0.032, Robin 0.032, Loren 0.032,
Delbert 0.031, Colin 0.031, Guillermo 0.031, Earnest 0.031, Lucas 0.031, Benny 0.030, Noel
0.030, Spencer 0.030, Rodolfo 0.030, Myron 0.030, Edmund 0.030, Garrett 0.029, Salvatore 0.029,
Cedric 0.029, Lowell 0.029, Gregg 0.029, Sherman 0.028, Wilson 0.028, Devin 0.028, Sylvester
0.028, Kim 0.028, Roosevelt 0.028, Israel 0.028, Jermaine 0.028, Forrest 0.027
"""
_US_S = """
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
0.027, Tyler 0.027, Gross 0.027, Fitzgerald 0.027, Stokes 0.027, Doyle 0.027, Sherman 0.027
"""

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(ranked(_SV_F, 150), ranked(_SV_M, 150), ranked(_SV_S, 150)),
    "us": Origin(census(_US_F), census(_US_M), census(_US_S)),
    "uk": Origin(ranked(_UK_F, 150), ranked(_UK_M, 150), ranked(_UK_S, 150)),
}
for _key, (_f, _m, _s) in _WORLD.items():
    ORIGINS[_key] = Origin(ranked(_f, 10), ranked(_m, 10), ranked(_s, 10))

# Who is named, per language of the row: roughly as Sweden's population is (and, in English
# text, as the people a Swedish property manager writes to in English are).
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "afghan": 1.5, "turkish": 1.5, "kurdish": 1.5, "eritrean": 1.2, "ukrainian": 1.2,
        "thai": 1, "latin": 1, "indian": 0.8, "german": 0.8, "norwegian": 0.6, "danish": 0.6,
        "chinese": 0.6, "uk": 0.6, "us": 0.5,
    },
    "en": {
        "us": 34, "uk": 34, "swedish": 10, "indian": 4, "german": 2, "arabic": 2, "polish": 2,
        "latin": 2, "chinese": 1.5, "norwegian": 1, "danish": 1, "finnish": 1, "persian": 1,
        "turkish": 1, "ukrainian": 1, "somali": 0.8, "bcs": 0.7, "thai": 0.7, "eritrean": 0.5,
        "afghan": 0.5, "kurdish": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 10, "us": 9, "arabic": 5, "finnish": 3, "polish": 3, "persian": 2.5,
        "bcs": 2.5, "german": 2, "somali": 1.5, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5,
        "indian": 1.5, "norwegian": 1.2, "danish": 1.2, "ukrainian": 1.2, "eritrean": 1, "thai": 1,
        "latin": 1, "chinese": 1,
    },
}  # fmt: skip

_EN_NICK = {
    "William": ["Will", "Bill"], "Robert": ["Rob", "Bob"], "Richard": ["Rich", "Rick"],
    "James": ["Jim", "Jamie"], "Michael": ["Mike"], "Christopher": ["Chris"], "Anthony": ["Tony"],
    "Stephen": ["Steve"], "Steven": ["Steve"], "Nicholas": ["Nick"], "Thomas": ["Tom"],
    "Daniel": ["Dan", "Danny"], "Matthew": ["Matt"], "Andrew": ["Andy", "Drew"],
    "Edward": ["Ed", "Eddie"], "Joseph": ["Joe"], "Benjamin": ["Ben"], "Samuel": ["Sam"],
    "Jonathan": ["Jon"], "David": ["Dave"], "Timothy": ["Tim"], "Alexander": ["Alex"],
    "Charles": ["Charlie", "Chuck"], "Kenneth": ["Ken"], "Philip": ["Phil"], "Gregory": ["Greg"],
    "Patrick": ["Pat"], "Raymond": ["Ray"], "Ronald": ["Ron"], "Donald": ["Don"], "Gerald": ["Gerry"],
    "Lawrence": ["Larry"], "Frederick": ["Fred"], "Jennifer": ["Jen", "Jenny"],
    "Elizabeth": ["Liz", "Beth"], "Katherine": ["Kate", "Katie"], "Catherine": ["Cathy", "Kate"],
    "Margaret": ["Maggie", "Peggy"], "Patricia": ["Pat", "Trish"], "Rebecca": ["Becky"],
    "Deborah": ["Debbie"], "Susan": ["Sue"], "Victoria": ["Vicky"], "Samantha": ["Sam"],
    "Jacqueline": ["Jackie"], "Christine": ["Chris"], "Kimberly": ["Kim"], "Stephanie": ["Steph"],
    "Pamela": ["Pam"], "Jessica": ["Jess"], "Abigail": ["Abby"], "Alexandra": ["Alex"],
    "Nicola": ["Nicky"], "Gillian": ["Jill"],
}  # fmt: skip
NICKNAMES: dict[str, dict[str, list[str]]] = {
    "swedish": {
        "Lars": ["Lasse"], "Mikael": ["Micke"], "Joakim": ["Jocke"], "Karl": ["Kalle"], "Per": ["Pelle"],
        "Magnus": ["Mange"], "Thomas": ["Tompa"], "Christoffer": ["Stoffe"], "Kristoffer": ["Stoffe"],
        "Fredrik": ["Fredde"], "Jan": ["Janne"], "Hans": ["Hasse"], "Bengt": ["Bengan"],
        "Stefan": ["Steffe"], "Sebastian": ["Sebbe"], "Marcus": ["Macke"], "Gustav": ["Gurra"],
        "Daniel": ["Danne"], "Rickard": ["Ricke"], "Robert": ["Robban"], "Tobias": ["Tobbe"],
        "Mattias": ["Matte"], "Niklas": ["Nicke"], "Henrik": ["Henke"], "Kenneth": ["Kenta"],
        "Jonas": ["Jonte"], "Alexander": ["Alex"], "Sven": ["Svenne"], "Torbjörn": ["Tobbe"],
        "Ulf": ["Uffe"], "Patrik": ["Patte"], "Roger": ["Roffe"], "Rolf": ["Roffe"], "Peter": ["Peppe"],
        "Kristina": ["Kicki", "Stina"], "Margareta": ["Maggan"], "Katarina": ["Kattis", "Kajsa"],
        "Charlotte": ["Lotta"], "Susanne": ["Sussie"], "Elisabet": ["Bettan"], "Elisabeth": ["Lisa", "Bettan"],
        "Birgitta": ["Bittan", "Gittan"], "Cecilia": ["Cissi"], "Christina": ["Tina"],
        "Camilla": ["Millan"], "Madeleine": ["Madde"], "Josefin": ["Jossan"], "Josefine": ["Jossan"],
        "Annika": ["Anki"], "Viktoria": ["Vickan"], "Louise": ["Lollo"], "Rebecka": ["Becka"],
        "Therese": ["Tessan"], "Gustaf": ["Gurra"], "Carl": ["Calle"], "Christer": ["Krille"],
        "Jonathan": ["Jonte"], "Oskar": ["Ogge"], "Leif": ["Leffe"], "Karin": ["Kajsa"], "Alexandra": ["Alex"], "Gunilla": ["Gunsan"], "Matilda": ["Tilda"],
    },
    "us": _EN_NICK,
    "uk": _EN_NICK,
    "polish": {"Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"], "Aleksandra": ["Ola"], "Tomasz": ["Tomek"], "Krzysztof": ["Krzysiek"], "Wojciech": ["Wojtek"]},
    "finnish": {"Johanna": ["Jonna"], "Juha": ["Jussi"]},
}  # fmt: skip
