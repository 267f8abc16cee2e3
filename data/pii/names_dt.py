# ruff: noqa: E501
"""Name pools for held-out DT (issue 15): names as the population has them, weighted by how often
people carry them.

Swedish given names and surnames are written in the order of SCB's name statistics from the
writer's general knowledge (weight 1/rank; head the top 150, a tail of rarer names past them); the
US lists are the Census 1990 files (`dist.female.first`, `dist.male.first`, `dist.all.last`, public
domain, as the `names` package ships them; the census per cent is the weight, head 150); the UK
lists follow the order of the ONS rankings over the decades the living carry (general knowledge,
1/rank); the other origins are those common in Sweden, their commonest given names and surnames
(general knowledge, 1/rank, head 10). No name here was checked against anything in rung, and none
was left out for being known or unknown. Data only; stdlib only.
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
    """A list in rank order, one name a line or several on a line split by commas: weight 1/rank."""
    names: list[str] = []
    for part in text.replace("\n", ",").split(","):
        name = part.strip()
        if name and name not in names:
            names.append(name)
    return Pool(tuple(names), tuple(1 / rank for rank in range(1, len(names) + 1)), head)


def census(pairs: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A census list: the per cent of people who carry the name is its weight."""
    return Pool(tuple(n for n, _ in pairs), tuple(w for _, w in pairs), head)


PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "ı": "i", "İ": "I", "đ": "dj", "Đ": "Dj", "ø": "o", "ß": "ss"}
)


def plain(word: str) -> str:
    """The name as typed on a keyboard without its letters (`Łukasz` -> `Lukasz`, `Hodžić` -> `Hodzic`)."""
    word = word.translate(PLAIN)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: -ski/-cki/-dzki end in -ska/-cka/-dzka."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# Swedish women's given names, all names carried (first and middle), in SCB's order as the writer knows it.
SV_F = ranked(
    """Maria, Elisabeth, Anna, Kristina, Margareta, Eva, Linnéa, Karin, Birgitta, Marie, Ingrid,
    Sofia, Emma, Christina, Lena, Kerstin, Sara, Helena, Johanna, Marianne, Inger, Louise, Ida,
    Linda, Cecilia, Elin, Ulla, Anita, Hanna, Malin, Viktoria, Katarina, Elsa, Julia, Susanne,
    Gunilla, Jenny, Monica, Ingegerd, Ann, Astrid, Amanda, Alice, Ulrika, Barbro, Matilda, Carina,
    Charlotte, Åsa, Ebba, Therese, Camilla, Frida, Agneta, Siv, Caroline, Annika, Gun, Josefin,
    Sandra, Ellen, Britt, Lisa, Sofie, Klara, Maja, Wilma, Emelie, Jessica, Lovisa, Gunnel, Inga,
    Ingela, Elisabet, Yvonne, Karolina, Anneli, Berit, Margit, Ella, Moa, Alva, Anette, Irene, Pia,
    Mona, Ann-Marie, Ingeborg, Rut, Ewa, Madeleine, Emilia, Olivia, Stina, Elina, Erika, Linn,
    Jennifer, Mikaela, Nathalie, Ingegärd, Marita, Lina, Kristin, Märta, Birgit, Vera, Signe,
    Sigrid, Tove, Agnes, Elvira, Nora, Selma, Saga, Felicia, Tilda, Ronja, Ester, Greta, Svea,
    Lilly, Ines, Freja, Tyra, Alma, Elise, Hedvig, Rebecka, Josefine, Angelica, Veronica, Jeanette,
    Helen, Petra, Susanna, Paulina, Madelene, Evelina, Gerd, Ruth, Sonja, Solveig, Gudrun,
    Ann-Christin, Anna-Karin, Fatima, Ylva, Lisbeth,
    Hillevi, Elsie, Viola, Dagmar, Aina, Gertrud, Alfhild, Eivor, Majken, Ulla-Britt, Ann-Sofie,
    Marie-Louise, Lotta, Siri, Tuva, Thea, Ellie, Nellie, Cornelia, Hilda, Edith, Hilma, Lykke, Juni,
    Iris, Majvor, Ingalill, Lisbet, Ann-Charlotte, Anna-Lena, Ann-Britt, Eva-Lena, Britt-Marie,
    Gun-Britt, Maj-Britt, Mia, My, Emmy, Tina, Tindra, Leia, Leah, Liv, Vilma, Meja, Novalie, Stella,
    Isabelle, Isabella, Julie, Hedda, Beatrice, Jonna, Therése, Jenni, Sanna, Elenor, Eleonora,
    Josephine, Katrin, Kajsa, Kicki, Lise-Lott, Lillemor, Margaretha, Marika, Marléne, Mathilda,
    Nina, Nadia, Natalie, Pernilla, Rebecca, Rosita, Sabina, Sylvia, Terese, Ulrica, Vendela,
    Victoria, Wivianne, Yasmin, Zara, Idun, Valborg, Hjördis, Elvy, Irma, Laila, Lilian, Margot,
    Maud, Mariana, Marina, Minna, Mirja, Monika, Nanna, Pirjo, Rigmor, Ritva, Rosa, Rosmarie,
    Ragnhild, Sally, Sigbritt, Sigyn, Svanhild, Tekla, Teresia, Tuulikki, Ulla-Stina, Unni, Vivi,
    Vivianne, Wanja, Yrsa, Åse, Amira, Ayan, Leyla, Noor, Zahra, Mariam, Aisha, Hiba, Roya, Amina,
    Sana, Hawa, Jasmin, Lejla, Aida, Elif, Zeynep, Nour, Malak, Mira, Lea, Lova, Livia, Nova, Molly,
    Edla, Elly, Vanja, Cajsa, Eira, Filippa, Freya, Hanne, Ingbritt, Malva, Märit, Ottilia, Ragna,
    Sigrun, Solbritt, Tora, Vilhelmina, Wendela, Inga-Lill, Gun-Marie, Maj-Lis, Britta, Brita, Elsy,
    Gunvor, Ingvor, Margret, Henny, Asta, Dorotea, Ebba-Maria, Gullan, Gullvi, Harriet, Ingegerd,
    Kristy, Märtha, Sonia, Vivan, Anne, Annie, Annelie, Bodil, Cathrine, Desirée, Agnetha,
    Anna-Maria, Anna-Lisa, Ann-Louise, Carolina, Charlotta, Christel, Daniela, Diana, Doris, Emily,
    Gabriella, Gunhild, Heléne, Janina, Johanne, Liselott, Mari, Marielle, Melinda, Miriam, Nicole,
    Ninni, Olga, Paula, Tanja, Tilde, Wera, Jill, Lisette, Majlis, Karita, Catarina, Katja, Agda,
    Alida, Amalia, Augusta, Beda, Edit, Elna, Elvi, Fanny, Frideborg, Hulda, Judit, Lydia, Naemi,
    Sofi, Thyra, Vega, Vilja""",
    150,
)
# Swedish men's given names, all names carried, in SCB's order as the writer knows it.
SV_M = ranked(
    """Lars, Karl, Mikael, Anders, Johan, Erik, Per, Peter, Carl, Jan, Thomas, Daniel, Fredrik, Hans,
    Andreas, Nils, Magnus, Bengt, Jonas, Stefan, Mats, Alexander, Martin, Oskar, Gustav, Sven, Bo,
    Mattias, Leif, Björn, Göran, Henrik, Axel, Viktor, Christer, David, Ulf, Emil, Marcus, Anton,
    Tomas, William, Filip, Lennart, Robert, Kjell, Simon, Åke, Rolf, Olof, Arne, Stig, Jonathan,
    Christian, Sebastian, Håkan, Lucas, Elias, Oscar, Rickard, Kent, Gunnar, Rune, Patrik, Tommy,
    Joakim, Roger, Claes, Ingemar, Kenneth, Hugo, Adam, Jakob, Niklas, Erling, Liam, Gösta, Ove,
    Roland, Sune, Torbjörn, Isak, Ludvig, Robin, Emanuel, Tobias, Johannes, Jesper, Kurt, Rasmus,
    Dan, Jörgen, Edvin, Albin, Jacob, Josef, Gabriel, Samuel, Linus, Noah, Oliver, Kevin, Dennis,
    Arvid, Pontus, Kristoffer, Wilhelm, Theo, Elliot, Melvin, Alfred, Valter, Sixten, Vincent, Ali,
    Mohammed, Leo, Lukas, Max, Love, Hampus, Jimmy, Conny, Sten, Ingvar, Ivar, Harald, Allan, Bertil,
    Birger, Tage, Folke, Holger, Einar, Evert, Helge, Sigvard, Gustaf, Börje, Lage, Urban, Mohamed,
    Ahmad, Tord, Yngve,
    Karl-Erik, Lars-Erik, Per-Olof, Jan-Erik, Lars-Göran, Karl-Johan, Per-Anders,
    Nils-Erik, Sven-Erik, Carl-Johan, Bo-Göran, Jan-Olof, Hans-Erik, Lars-Olof, Per-Erik,
    Stellan, Ebbe, Egon, Eskil, Gunnar, Hilding, Ingvald, Knut, Lennarth, Malte, Måns, Olle,
    Ossian, Otto, Reinhold, Sigurd, Sören, Torsten, Valdemar, Vidar, Yngvar, Åsmund, Östen, Alvar,
    Anselm, Arnold, Artur, Benjamin, Bernt, Birk, Boris, Bror, Casper, Charlie, Colin, Dag, Douglas,
    Edward, Edgar, Elis, Elof, Enar, Erland, Fabian, Felix, Frans, Fritiof, Georg, Gert, Gillis,
    Gottfrid, Gregor, Hannes, Harry, Herbert, Hjalmar, Ingolf, Jarl, Jens, Joel, John, Jon, Julius,
    Jöns, Kaj, Kalle, Kasper, Klas, Konrad, Krister, Lage, Leon, Loke, Lorentz, Magne, Markus, Mauritz,
    Melker, Mio, Mons, Morgan, Nicklas, Niclas, Nikolaj, Noel, Odd, Ola, Orvar, Patric, Pelle,
    Peder, Petter, Rikard, Ronny, Rutger, Sam, Seth, Sigge, Staffan, Sture, Svante, Teodor, Thor,
    Tim, Tor, Ture, Uno, Vilgot, Vilmer, Wiktor, Yusuf, Zakaria, Ibrahim, Omar, Hassan, Hussein,
    Mustafa, Mehmet, Abdullahi, Amir, Adnan, Emir, Kerim, Reza, Karim, Juha, Matti, Jukka, Pekka,
    Esa, Aleksander, Piotr, Tomasz, Dragan, Zoran, Milan, Nikola, Ivan, Aron, Elvin, Frank,
    Gunne, Henning, Ingmar, Jerker, Joar, Kim, Lukas, Mats-Olof, Nils-Olov, Olov,
    Pär, Pehr, Ragnar, Sigfrid, Thorsten, Torgny, Tryggve, Verner, Wilmer, Örjan, Adrian,
    Albert, Alexis, Alf, Algot, Alvin, August, Bruno, Carl-Gustaf, Christoffer, Curt, Dante, Eddie,
    Edwin, Elton, Eric, Eugen, Gerhard, Greger, Hadar, Hilmer, Isac, Jack, Jan-Åke, Jim, Jörn,
    Kennet, Kristian, Lars-Åke, Leonard, Levi, Mattis, Milo, Olav, Osvald, Paul, Ragnvald, Ralf,
    Roy, Sigvald, Tony, Ulrik, Valentin, Vilhelm, Wille, Yasin, Zlatan, Anas, Elyas, Mahmoud, Hamza,
    Yousef, Abdi""",
    150,
)
# Swedish surnames in SCB's order as the writer knows it (the names the population carries, whatever
# their origin: `Ali`, `Mohammed`, `Ahmed`, `Hassan` rank among them).
SV_SURNAMES = ranked(
    """Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson,
    Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson,
    Magnusson, Olofsson, Lindström, Lindqvist, Lindgren, Berg, Axelsson, Bergström, Lundberg, Lind,
    Lundgren, Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Forsberg, Sjöberg,
    Ali, Wallin, Mohammed, Engström, Eklund, Danielsson, Lundin, Håkansson, Björk, Bergman,
    Gunnarsson, Holm, Wikström, Samuelsson, Isaksson, Fransson, Bergqvist, Nyström, Holmberg,
    Arvidsson, Löfgren, Söderberg, Nyberg, Blomqvist, Claesson, Nordström, Ahmed, Mårtensson,
    Lundström, Hassan, Viklund, Björklund, Eliasson, Pålsson, Berggren, Sandström, Lund, Nordin,
    Ström, Åberg, Falk, Ekström, Hermansson, Holmgren, Dahlberg, Hellström, Hedlund, Sundberg,
    Sjögren, Ek, Blom, Abrahamsson, Martinsson, Öberg, Andreasson, Strömberg, Månsson, Hansen,
    Åkesson, Dahl, Lindholm, Norberg, Holmqvist, Jensen, Mohamed, Åström, Ekman, Hussein, Sundqvist,
    Nordlund, Lindblom, Sjöström, Wahlström, Johnsson, Nordqvist, Berntsson, Ekberg, Lindahl,
    Gustavsson, Kristiansson, Jakobsson, Omar, Hedberg, Sundström, Ibrahim, Törnqvist, Lindell,
    Nilsson, Forsman, Wiklund, Borg, Lindén, Söderström, Engman, Landberg, Strand, Sjödin, Hägglund,
    Lilja, Mattsson, Bäckström, Ottosson, Rosén, Nyman, Lönnqvist, Berglöf, Boström, Sundin,
    Jeppsson, Augustsson, Kvist, Ahlberg, Lindkvist, Edlund, Malmberg, Ekholm, Westerberg,
    Stenberg, Palm, Östlund, Wallén, Abdi, Rydberg, Fors, Öhman, Holmström, Lindroth, Backman,
    Hjalmarsson, Lundmark, Zetterberg, Wennberg, Lindeberg, Sandin, Hallberg, Nordgren, Hammar,
    Modig, Frisk, Stark, Rask, Hurtig, Dristig, Lustig, Trygg, Ståhl, Granlund, Granström,
    Grahn, Bergkvist, Fält, Hedman, Hedström, Hellberg, Hellman, Hjelm, Holmlund, Hultgren,
    Hultman, Häggström, Höglund, Jernberg, Kronberg, Kullberg, Lagerlöf, Lagerqvist, Lidén,
    Ljung, Ljungberg, Ljunggren, Lundh, Lundholm, Löfström, Löwgren, Mellberg,
    Moberg, Nordenskiöld, Norén, Norlin, Nygren, Nylander, Nylund, Näslund, Ohlsson, Olander,
    Pehrsson, Pihl, Qvist, Ringström, Roos, Rosenberg, Rosengren, Rudberg, Rydén, Rönnberg,
    Sahlin, Schön, Segerberg, Selin, Sjölander, Sjöstrand, Skoglund, Sköld, Sparre, Stenström,
    Strandberg, Svärd, Swahn, Sylvén, Söderlund, Tell, Thorén, Thulin, Tidholm, Torstensson,
    Ulander, Unger, Vesterlund, Wahlberg, Wahlgren, Westin, Westling, Wickman, Widén, Wiberg,
    Wigren, Wikander, Wingård, Åhlund, Åkerlund, Åkerman, Ågren, Älmqvist, Öst, Östberg, Östman,
    Bonde, Wachtmeister, Lewenhaupt, Gyllenhammar, von Rosen, af Ekenstam, De la Gardie,
    von Schéele, Silfverschiöld, Stiernstedt, Adolfsson, Alm, Almqvist, Andrén, Appelgren, Arnesson,
    Bengtzon, Bergendahl, Bernhardsson, Björnsson, Blixt, Bohlin, Brandt, Brodin, Bylund, Carlsson,
    Carlberg, Cederberg, Dahlgren, Dahlin, Ekdahl, Elofsson, Emanuelsson, Engdahl, Englund,
    Enström, Erlandsson, Fagerström, Forsell, Franzén, Frid, Friberg, Gabrielsson, Gidlund, Grip,
    Gullberg, Hagström, Hallin, Haraldsson, Hedin, Hermansson, Holgersson, Ingvarsson, Isberg,
    Ivarsson, Kjellberg, Kjellén, Kling, Kjellström, Lagerberg, Larsen, Lidström, Lindmark,
    Lindvall, Malm, Marklund, Melin, Mårdh, Nordén, Nordmark, Nygård, Olausson, Palmqvist,
    Persdotter, Rehn, Runesson, Sandell, Skog, Stenlund, Strömqvist, Svedberg, Söderqvist,
    Tjäder, Valfridsson, Vikström, Wallgren, Yilmaz, Kaya, Rashid, Yousef, Saleh, Khalil,
    Korhonen, Nieminen, Nowak, Kowalski, Hodžić, Jovanović, Hosseini, Mohammadi, Karimi""",
    150,
)
# UK given names in the order of the ONS rankings over the decades the living were born in.
UK_F = ranked(
    """Susan, Sarah, Elizabeth, Margaret, Emma, Claire, Helen, Karen, Julie, Jennifer, Patricia,
    Nicola, Rebecca, Catherine, Laura, Louise, Jane, Mary, Deborah, Amanda, Lisa, Michelle, Joanne,
    Emily, Jessica, Charlotte, Hannah, Sophie, Olivia, Amelia, Lucy, Gemma, Victoria, Rachel,
    Samantha, Kelly, Zoe, Alison, Angela, Gillian, Tracey, Dawn, Lynn, Pauline, Linda, Christine,
    Jacqueline, Wendy, Sharon, Carol, Janet, Anne, Ann, Dorothy, Joan, Barbara, Jean, Sheila,
    Brenda, Valerie, Maureen, Irene, Shirley, Joyce, Doreen, Eileen, Sandra, Denise, Diane, Lesley,
    Kathryn, Alice, Grace, Chloe, Ellie, Megan, Holly, Amy, Lauren, Bethany, Georgia, Jade, Abigail,
    Katie, Isabella, Mia, Ava, Isla, Poppy, Lily, Evie, Freya, Ruby, Daisy, Phoebe, Millie, Sophia,
    Florence, Rosie, Matilda, Elsie, Harriet, Eleanor, Natalie, Stephanie, Danielle, Leanne, Kirsty,
    Stacey, Hayley, Kerry, Natasha, Donna, Fiona, Caroline, Heather, Anna, Katherine, Joanna,
    Frances, Ruth, Judith, Janice, Marion, Elaine, Beverley, Tina, Vanessa, Kim, Sally, Rosemary,
    Josephine, Teresa, Theresa, Kate, Lindsey, Lindsay, Rachael, Hollie, Jasmine, Imogen, Scarlett,
    Evelyn, Esme, Maisie, Willow, Ivy, Aria, Sienna, Layla, Erin, Niamh, Eilidh, Caitlin, Ffion,
    Seren, Cerys, Rhian, Siobhan, Aisha, Fatima, Zara, Maryam, Priya, Bernadette, Brenda, Carole,
    Cheryl, Debra, Emma-Jane, Geraldine, Gwen, Hilary, Hazel, Jill, Joy, June, Kay, Lorraine,
    Lucinda, Marian, Mandy, Melanie, Miriam, Moira, Muriel, Norma, Olive, Pamela, Patsy, Penelope,
    Philippa, Rita, Rosalind, Sylvia, Tessa, Una, Vera, Yvonne, Annabel, Beatrice, Clara, Edith,
    Iris, Nancy, Orla, Robyn, Shannon, Tia, Yasmin, Keeley, Chantelle, Gail""",
    130,
)
UK_M = ranked(
    """David, John, Michael, Paul, Andrew, Mark, James, Peter, Robert, Richard, Christopher, Stephen,
    Ian, Daniel, Thomas, Matthew, William, Anthony, Gary, Steven, Simon, Alan, Kevin, Martin,
    Jonathan, Neil, Lee, Jason, Darren, Craig, Stuart, Graham, Philip, Nicholas, Adam, Benjamin,
    Samuel, Joseph, Oliver, Jack, Harry, George, Charlie, Jacob, Alexander, Luke, Ryan, Liam,
    Joshua, Callum, Connor, Kieran, Brian, Keith, Colin, Barry, Trevor, Derek, Geoffrey, Roger,
    Terence, Raymond, Kenneth, Dennis, Leslie, Ronald, Frank, Edward, Henry, Arthur, Noah, Leo,
    Oscar, Freddie, Archie, Alfie, Theo, Muhammad, Mohammed, Jamie, Scott, Dean, Wayne, Carl, Shaun,
    Dale, Ross, Sean, Patrick, Nathan, Aaron, Jordan, Tyler, Lewis, Jake, Max, Ethan, Dylan, Reece,
    Kyle, Bradley, Elliot, Toby, Finley, Louis, Alfred, Tommy, Rhys, Gareth, Owen, Gavin, Malcolm,
    Gordon, Douglas, Alistair, Hamish, Rory, Fraser, Euan, Angus, Ewan, Duncan, Gerald, Howard,
    Clive, Nigel, Russell, Glenn, Mathew, Adrian, Dominic, Tristan, Hugh, Rupert, Giles, Marcus,
    Jeremy, Timothy, Vincent, Victor, Norman, Stanley, Albert, Ernest, Harold, Walter, Cyril,
    Reginald, Francis, Bernard, Desmond, Lawrence, Roy, Ralph, Eric, Cameron, Jayden, Mason, Logan,
    Riley, Harrison, Sebastian, Isaac, Reuben, Arlo, Hugo, Teddy, Ollie, Ibrahim, Yusuf, Ali, Omar,
    Hassan, Aiden, Declan, Ciaran, Padraig, Dafydd, Gethin, Iwan, Aled, Rhodri, Emyr, Callan,
    Lachlan, Murray, Niall, Kenny, Robbie, Stewart, Wesley, Gregory, Leon, Billy, Danny, Jimmy,
    Terry, Mick, Phil""",
    130,
)
# UK surnames in the order of the ONS (and the electoral roll's) commonest.
UK_SURNAMES = ranked(
    """Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts,
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
    Gilbert, Willis, Higgins, Read, Miles, Stevenson, Stephenson, Hammond, Arnold, Buckley, Walters,
    Hewitt, Barber, Nelson, Slater, Austin, Sullivan, Whitehead, Mann, Frost, Lambert, Stephens,
    Blake, Akhtar, Lynch, Goodwin, Barton, Woodward, Thomson, Cunningham, Quinn, Barnett, Baxter,
    Bibi, Clayton, Nash, Greenwood, Jennings, Holt, Kemp, Poole, Gallagher, Bond, Stokes, Tucker,
    Davidson, Fowler, Heath, Norman, Middleton, Lawson, Banks, French, Stanley, Jarvis, Gibbs,
    Ferguson, Hayward, Carroll, Farrell, Kirby, Lucas, Fuller, Dennis, Bolton, Hancock, Pope,
    Whittaker, Sinclair, Steele, Gough, Vaughan, Fitzgerald, Llewellyn, Pugh,
    MacLeod, MacKenzie, Fraser, Mackay, Paterson, Cameron, Duncan, Ritchie, Findlay""",
    150,
)
# The US Census 1990: the first 400 women's and 400 men's given names and 450 surnames, per cent.
US_F = (
    ("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.98),
    ("Elizabeth", 0.937), ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794),
    ("Margaret", 0.768), ("Dorothy", 0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667),
    ("Betty", 0.666), ("Helen", 0.663), ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565),
    ("Ruth", 0.562), ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.51), ("Sarah", 0.508),
    ("Kimberly", 0.504), ("Deborah", 0.494), ("Jessica", 0.49), ("Shirley", 0.482),
    ("Cynthia", 0.469), ("Angela", 0.468), ("Melissa", 0.462), ("Brenda", 0.455), ("Amy", 0.451),
    ("Anna", 0.44), ("Rebecca", 0.43), ("Virginia", 0.43), ("Kathleen", 0.424), ("Pamela", 0.416),
    ("Martha", 0.412), ("Debra", 0.408), ("Amanda", 0.404), ("Stephanie", 0.4), ("Carolyn", 0.385),
    ("Christine", 0.382), ("Marie", 0.379), ("Janet", 0.379), ("Catherine", 0.373),
    ("Frances", 0.37), ("Ann", 0.364), ("Joyce", 0.364), ("Diane", 0.359), ("Alice", 0.357),
    ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336), ("Doris", 0.335), ("Gloria", 0.335),
    ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315), ("Mildred", 0.313),
    ("Katherine", 0.313), ("Joan", 0.306), ("Ashley", 0.303), ("Judith", 0.297), ("Rose", 0.296),
    ("Janice", 0.285), ("Kelly", 0.283), ("Nicole", 0.281), ("Judy", 0.276), ("Christina", 0.275),
    ("Kathy", 0.272), ("Theresa", 0.271), ("Beverly", 0.267), ("Denise", 0.264), ("Tammy", 0.259),
    ("Irene", 0.252), ("Jane", 0.25), ("Lori", 0.248), ("Rachel", 0.242), ("Marilyn", 0.241),
    ("Andrea", 0.236), ("Kathryn", 0.234), ("Louise", 0.229), ("Sara", 0.229), ("Anne", 0.228),
    ("Jacqueline", 0.228), ("Wanda", 0.226), ("Bonnie", 0.223), ("Julia", 0.223), ("Ruby", 0.221),
    ("Lois", 0.22), ("Tina", 0.22), ("Phyllis", 0.219), ("Norma", 0.218), ("Paula", 0.217),
    ("Diana", 0.216), ("Annie", 0.216), ("Lillian", 0.211), ("Emily", 0.208), ("Robin", 0.208),
    ("Peggy", 0.208), ("Crystal", 0.207), ("Gladys", 0.205), ("Rita", 0.204), ("Dawn", 0.202),
    ("Connie", 0.2), ("Florence", 0.2), ("Tracy", 0.197), ("Edna", 0.197), ("Tiffany", 0.195),
    ("Carmen", 0.195), ("Rosa", 0.194), ("Cindy", 0.192), ("Grace", 0.189), ("Wendy", 0.185),
    ("Victoria", 0.18), ("Edith", 0.179), ("Kim", 0.178), ("Sherry", 0.178), ("Sylvia", 0.177),
    ("Josephine", 0.177), ("Thelma", 0.175), ("Shannon", 0.175), ("Sheila", 0.175),
    ("Ethel", 0.174), ("Ellen", 0.173), ("Elaine", 0.173), ("Marjorie", 0.173), ("Carrie", 0.171),
    ("Charlotte", 0.169), ("Monica", 0.166), ("Esther", 0.166), ("Pauline", 0.165),
    ("Emma", 0.165), ("Juanita", 0.164), ("Anita", 0.162), ("Rhonda", 0.162), ("Hazel", 0.161),
    ("Amber", 0.16), ("Eva", 0.159), ("Debbie", 0.157), ("April", 0.154), ("Leslie", 0.154),
    ("Clara", 0.153), ("Lucille", 0.153), ("Jamie", 0.153), ("Joanne", 0.15), ("Eleanor", 0.15),
    ("Valerie", 0.149), ("Danielle", 0.149), ("Megan", 0.147), ("Alicia", 0.146),
    ("Suzanne", 0.145), ("Michele", 0.145), ("Gail", 0.145), ("Bertha", 0.143), ("Darlene", 0.142),
    ("Veronica", 0.142), ("Jill", 0.142), ("Erin", 0.141), ("Geraldine", 0.141), ("Lauren", 0.137),
    ("Cathy", 0.137), ("Joann", 0.136), ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135),
    ("Regina", 0.133), ("Erica", 0.13), ("Beatrice", 0.13), ("Dolores", 0.129), ("Bernice", 0.128),
    ("Audrey", 0.127), ("Yvonne", 0.126), ("Annette", 0.125), ("June", 0.125), ("Samantha", 0.124),
    ("Marion", 0.122), ("Dana", 0.122), ("Stacy", 0.121), ("Ana", 0.12), ("Renee", 0.12),
    ("Ida", 0.118), ("Vivian", 0.118), ("Roberta", 0.117), ("Holly", 0.117), ("Brittany", 0.117),
    ("Melanie", 0.116), ("Loretta", 0.115), ("Yolanda", 0.115), ("Jeanette", 0.115),
    ("Laurie", 0.114), ("Katie", 0.113), ("Kristen", 0.111), ("Vanessa", 0.111), ("Alma", 0.111),
    ("Sue", 0.111), ("Elsie", 0.11), ("Beth", 0.11), ("Jeanne", 0.109), ("Vicki", 0.109),
    ("Carla", 0.107), ("Tara", 0.107), ("Rosemary", 0.107), ("Eileen", 0.105), ("Terri", 0.105),
    ("Gertrude", 0.103), ("Lucy", 0.103), ("Tonya", 0.102), ("Ella", 0.101), ("Stacey", 0.101),
    ("Wilma", 0.099), ("Gina", 0.099), ("Kristin", 0.099), ("Jessie", 0.098), ("Natalie", 0.098),
    ("Agnes", 0.098), ("Vera", 0.098), ("Willie", 0.097), ("Charlene", 0.097), ("Bessie", 0.096),
    ("Delores", 0.095), ("Melinda", 0.094), ("Pearl", 0.094), ("Arlene", 0.094),
    ("Maureen", 0.092), ("Colleen", 0.092), ("Allison", 0.092), ("Tamara", 0.092), ("Joy", 0.091),
    ("Georgia", 0.091), ("Constance", 0.091), ("Lillie", 0.09), ("Claudia", 0.09),
    ("Jackie", 0.09), ("Marcia", 0.09), ("Tanya", 0.089), ("Nellie", 0.089), ("Minnie", 0.089),
    ("Marlene", 0.088), ("Heidi", 0.088), ("Glenda", 0.088), ("Lydia", 0.086), ("Viola", 0.086),
    ("Courtney", 0.086), ("Marian", 0.086), ("Stella", 0.085), ("Caroline", 0.085),
    ("Dora", 0.084), ("Jo", 0.083), ("Vickie", 0.082), ("Mattie", 0.081), ("Terry", 0.08),
    ("Maxine", 0.079), ("Irma", 0.079), ("Mabel", 0.078), ("Marsha", 0.078), ("Myrtle", 0.078),
    ("Lena", 0.077), ("Christy", 0.077), ("Deanna", 0.076), ("Patsy", 0.076), ("Hilda", 0.075),
    ("Gwendolyn", 0.074), ("Jennie", 0.073), ("Nora", 0.073), ("Margie", 0.072), ("Nina", 0.072),
    ("Cassandra", 0.072), ("Leah", 0.072), ("Penny", 0.071), ("Kay", 0.071), ("Priscilla", 0.071),
    ("Naomi", 0.071), ("Carole", 0.071), ("Brandy", 0.07), ("Olga", 0.07), ("Billie", 0.069),
    ("Dianne", 0.069), ("Tracey", 0.069), ("Leona", 0.069), ("Jenny", 0.068), ("Felicia", 0.068),
    ("Sonia", 0.068), ("Miriam", 0.066), ("Velma", 0.066), ("Becky", 0.066), ("Bobbie", 0.065),
    ("Violet", 0.065), ("Kristina", 0.065), ("Toni", 0.064), ("Misty", 0.063), ("Mae", 0.063),
    ("Shelly", 0.062), ("Daisy", 0.062), ("Ramona", 0.062), ("Sherri", 0.062), ("Erika", 0.061),
    ("Katrina", 0.061), ("Claire", 0.061), ("Lindsey", 0.06), ("Lindsay", 0.06), ("Geneva", 0.059),
    ("Guadalupe", 0.059), ("Belinda", 0.059), ("Margarita", 0.059), ("Sheryl", 0.059),
    ("Cora", 0.058), ("Faye", 0.058), ("Ada", 0.057), ("Natasha", 0.057), ("Sabrina", 0.057),
    ("Isabel", 0.057), ("Marguerite", 0.056), ("Hattie", 0.056), ("Harriet", 0.056),
    ("Molly", 0.055), ("Cecilia", 0.055), ("Kristi", 0.055), ("Brandi", 0.055), ("Blanche", 0.055),
    ("Sandy", 0.055), ("Rosie", 0.055), ("Joanna", 0.055), ("Iris", 0.055), ("Eunice", 0.054),
    ("Angie", 0.054), ("Inez", 0.053), ("Lynda", 0.053), ("Madeline", 0.052), ("Amelia", 0.052),
    ("Alberta", 0.052), ("Genevieve", 0.051), ("Monique", 0.051), ("Jodi", 0.051),
    ("Janie", 0.051), ("Maggie", 0.051), ("Kayla", 0.051), ("Sonya", 0.051), ("Jan", 0.051),
    ("Lee", 0.051), ("Kristine", 0.051), ("Candace", 0.051), ("Fannie", 0.05), ("Maryann", 0.05),
    ("Opal", 0.05), ("Alison", 0.05), ("Yvette", 0.05), ("Melody", 0.05), ("Luz", 0.049),
    ("Susie", 0.049), ("Olivia", 0.049), ("Flora", 0.049), ("Shelley", 0.049), ("Kristy", 0.048),
    ("Mamie", 0.048), ("Lula", 0.048), ("Lola", 0.048), ("Verna", 0.048), ("Beulah", 0.048),
    ("Antoinette", 0.048), ("Candice", 0.046), ("Juana", 0.046), ("Jeannette", 0.046),
    ("Pam", 0.046), ("Kelli", 0.046), ("Hannah", 0.045), ("Whitney", 0.045), ("Bridget", 0.045),
    ("Karla", 0.044), ("Celia", 0.044), ("Latoya", 0.043), ("Patty", 0.043), ("Shelia", 0.043),
    ("Gayle", 0.043), ("Della", 0.043), ("Vicky", 0.043), ("Lynne", 0.043), ("Sheri", 0.042),
    ("Marianne", 0.042), ("Kara", 0.041), ("Jacquelyn", 0.041), ("Erma", 0.041), ("Blanca", 0.041),
    ("Myra", 0.04), ("Leticia", 0.04), ("Pat", 0.04), ("Krista", 0.04), ("Roxanne", 0.04),
    ("Angelica", 0.039), ("Johnnie", 0.039), ("Robyn", 0.039), ("Francis", 0.039),
    ("Adrienne", 0.039), ("Rosalie", 0.039), ("Alexandra", 0.039), ("Brooke", 0.039),
    ("Bethany", 0.039), ("Sadie", 0.039), ("Bernadette", 0.039),
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
    ("Devin", 0.028), ("Sylvester", 0.028), ("Kim", 0.028), ("Roosevelt", 0.028),
    ("Israel", 0.028), ("Jermaine", 0.028),
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
    ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084), ("Diaz", 0.084),
    ("Hayes", 0.083), ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082), ("Graham", 0.082),
    ("Sullivan", 0.081), ("Wallace", 0.081), ("Woods", 0.08), ("Cole", 0.08), ("West", 0.08),
    ("Jordan", 0.078), ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077), ("Ellis", 0.077),
    ("Harrison", 0.076), ("Gibson", 0.075), ("McDonald", 0.075), ("Cruz", 0.075),
    ("Marshall", 0.075), ("Ortiz", 0.075), ("Gomez", 0.075), ("Murray", 0.074), ("Freeman", 0.074),
    ("Wells", 0.073), ("Webb", 0.072), ("Simpson", 0.07), ("Stevens", 0.07), ("Tucker", 0.07),
    ("Porter", 0.069), ("Hunter", 0.069), ("Hicks", 0.069), ("Crawford", 0.068), ("Henry", 0.068),
    ("Boyd", 0.068), ("Mason", 0.068), ("Morales", 0.067), ("Kennedy", 0.067), ("Warren", 0.067),
    ("Dixon", 0.066), ("Ramos", 0.066), ("Reyes", 0.066), ("Burns", 0.065), ("Gordon", 0.065),
    ("Shaw", 0.065), ("Holmes", 0.065), ("Rice", 0.064), ("Robertson", 0.064), ("Hunt", 0.063),
    ("Black", 0.063), ("Daniels", 0.062), ("Palmer", 0.062), ("Mills", 0.061), ("Nichols", 0.06),
    ("Grant", 0.06), ("Knight", 0.06), ("Ferguson", 0.059), ("Rose", 0.059), ("Stone", 0.059),
    ("Hawkins", 0.059), ("Dunn", 0.058), ("Perkins", 0.058), ("Hudson", 0.058), ("Spencer", 0.057),
    ("Gardner", 0.057), ("Stephens", 0.057), ("Payne", 0.057), ("Pierce", 0.056), ("Berry", 0.056),
    ("Matthews", 0.056), ("Arnold", 0.056), ("Wagner", 0.055), ("Willis", 0.055), ("Ray", 0.055),
    ("Watkins", 0.055), ("Olson", 0.055), ("Carroll", 0.055), ("Duncan", 0.055), ("Snyder", 0.055),
    ("Hart", 0.054), ("Cunningham", 0.054), ("Bradley", 0.054), ("Lane", 0.054),
    ("Andrews", 0.054), ("Ruiz", 0.054), ("Harper", 0.054), ("Fox", 0.053), ("Riley", 0.053),
    ("Armstrong", 0.053), ("Carpenter", 0.053), ("Weaver", 0.053), ("Greene", 0.053),
    ("Lawrence", 0.052), ("Elliott", 0.052), ("Chavez", 0.052), ("Sims", 0.052), ("Austin", 0.052),
    ("Peters", 0.052), ("Kelley", 0.052), ("Franklin", 0.051), ("Lawson", 0.051),
    ("Fields", 0.051), ("Gutierrez", 0.051), ("Ryan", 0.051), ("Schmidt", 0.051), ("Carr", 0.051),
    ("Vasquez", 0.051), ("Castillo", 0.051), ("Wheeler", 0.051), ("Chapman", 0.05),
    ("Oliver", 0.05), ("Montgomery", 0.049), ("Richards", 0.049), ("Williamson", 0.049),
    ("Johnston", 0.049), ("Banks", 0.048), ("Meyer", 0.048), ("Bishop", 0.048), ("McCoy", 0.048),
    ("Howell", 0.048), ("Alvarez", 0.048), ("Morrison", 0.048), ("Hansen", 0.047),
    ("Fernandez", 0.047), ("Garza", 0.047), ("Harvey", 0.047), ("Little", 0.046),
    ("Burton", 0.046), ("Stanley", 0.046), ("Nguyen", 0.046), ("George", 0.046), ("Jacobs", 0.046),
    ("Reid", 0.046), ("Kim", 0.045), ("Fuller", 0.045), ("Lynch", 0.045), ("Dean", 0.045),
    ("Gilbert", 0.045), ("Garrett", 0.045), ("Romero", 0.045), ("Welch", 0.044), ("Larson", 0.044),
    ("Frazier", 0.044), ("Burke", 0.044), ("Hanson", 0.043), ("Day", 0.043), ("Mendoza", 0.043),
    ("Moreno", 0.043), ("Bowman", 0.043), ("Medina", 0.042), ("Fowler", 0.042), ("Brewer", 0.042),
    ("Hoffman", 0.042), ("Carlson", 0.042), ("Silva", 0.042), ("Pearson", 0.042),
    ("Holland", 0.042), ("Douglas", 0.041), ("Fleming", 0.041), ("Jensen", 0.041),
    ("Vargas", 0.041), ("Byrd", 0.041), ("Davidson", 0.041), ("Hopkins", 0.041), ("May", 0.04),
    ("Terry", 0.04), ("Herrera", 0.04), ("Wade", 0.04), ("Soto", 0.04), ("Walters", 0.04),
    ("Curtis", 0.04), ("Neal", 0.039), ("Caldwell", 0.039), ("Lowe", 0.039), ("Jennings", 0.039),
    ("Barnett", 0.039), ("Graves", 0.039), ("Jimenez", 0.039), ("Horton", 0.039),
    ("Shelton", 0.039), ("Barrett", 0.039), ("O'Brien", 0.039), ("Castro", 0.039),
    ("Sutton", 0.038), ("Gregory", 0.038), ("McKinney", 0.038), ("Lucas", 0.038), ("Miles", 0.038),
    ("Craig", 0.038), ("Rodriquez", 0.037), ("Chambers", 0.037), ("Holt", 0.037),
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
    ("Valdez", 0.032), ("Hubbard", 0.032), ("Salazar", 0.032), ("Reeves", 0.032),
    ("Warner", 0.031), ("Stevenson", 0.031), ("Burgess", 0.031), ("Santos", 0.031),
    ("Tate", 0.031), ("Cross", 0.031), ("Garner", 0.031), ("Mann", 0.031), ("Mack", 0.031),
    ("Moss", 0.031), ("Thornton", 0.031), ("Dennis", 0.031), ("McGee", 0.031), ("Farmer", 0.03),
    ("Delgado", 0.03), ("Aguilar", 0.03), ("Vega", 0.03), ("Glover", 0.03), ("Manning", 0.03),
    ("Cohen", 0.03), ("Harmon", 0.03), ("Rodgers", 0.03), ("Robbins", 0.03), ("Newton", 0.03),
    ("Todd", 0.03), ("Blair", 0.03), ("Higgins", 0.03), ("Ingram", 0.03), ("Reese", 0.03),
    ("Cannon", 0.03), ("Strickland", 0.03), ("Townsend", 0.03), ("Potter", 0.03),
    ("Goodwin", 0.03), ("Walton", 0.03), ("Rowe", 0.029), ("Hampton", 0.029), ("Ortega", 0.029),
    ("Patton", 0.029), ("Swanson", 0.029), ("Joseph", 0.029), ("Francis", 0.029),
    ("Goodman", 0.029), ("Maldonado", 0.029), ("Yates", 0.029), ("Becker", 0.029),
    ("Erickson", 0.029), ("Hodges", 0.029), ("Rios", 0.029), ("Conner", 0.029), ("Adkins", 0.029),
    ("Webster", 0.028), ("Norman", 0.028), ("Malone", 0.028), ("Hammond", 0.028),
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
# Origins common in Sweden: their commonest given names and surnames as the writer knows them.
FINNISH = Origin(
    ranked(
        """Maria, Helena, Johanna, Anneli, Kaarina, Marjatta, Anna, Liisa, Sofia, Annikki,
    Hannele, Kristiina, Tuula, Päivi, Sari, Tiina, Riitta, Pirjo, Sirpa, Leena, Eija, Anne, Minna,
    Marja, Seija, Aino, Eeva, Satu, Katja, Outi, Merja, Hanna, Tarja, Ritva, Aila, Irja""",
        10,
    ),
    ranked(
        """Juhani, Johannes, Mikael, Olavi, Antero, Tapani, Kalevi, Matti, Timo, Pekka, Kari,
    Mikko, Jari, Juha, Antti, Heikki, Markku, Jukka, Hannu, Seppo, Ilkka, Esa, Pentti, Tero, Jussi,
    Veikko, Raimo, Erkki, Risto, Arto, Kalle, Tuomas, Ville, Janne, Petri""",
        10,
    ),
    ranked(
        """Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen,
    Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen,
    Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen,
    Lahtinen, Ahonen, Hiltunen, Leinonen, Miettinen, Pitkänen, Väisänen""",
        10,
    ),
)
# Arabic-speaking Iraq, Syria, Lebanon, Palestine, with the Assyrian/Syriac names of Södertälje.
ARABIC = Origin(
    ranked(
        """Fatima, Maryam, Zainab, Noor, Sara, Aisha, Layla, Rana, Huda, Amal, Yasmin, Hiba,
    Dalia, Lina, Rasha, Samira, Nadia, Rania, Salma, Ghada, Asma, Shahad, Reem, Hala, Nisreen,
    Ninve, Shamiram, Nahrain, Ramina, Lamia, Mirna, Rita, Marlen, Jacqueline""",
        10,
    ),
    ranked(
        """Mohammed, Ahmed, Ali, Hassan, Mahmoud, Omar, Hussein, Ibrahim, Khaled, Mustafa,
    Youssef, Abdullah, Karim, Samir, Rami, Nabil, Tarek, Walid, Ammar, Bassam, Fadi, Amir, Hamza,
    Adnan, Jamal, Majid, Ziad, Ayman, Saad, Imad, Sargon, Ninos, Gabriel, Elias, Aziz, Ashur,
    Gewargis, Yacoub, Afram, Shamoun""",
        10,
    ),
    ranked(
        """Ali, Mohammed, Ahmed, Hassan, Hussein, Ibrahim, Mahmoud, Abdullah, Khalil, Saleh,
    Jaber, Haddad, Khoury, Salem, Nasser, Al-Hassan, Al-Ali, Hamid, Abbas, Jasim, Kadhim, Mansour,
    Yousef, Aziz, Shamoun, Barsoum, Saliba, Gabriel, Issa, Yacoub, Aydin, Karam, Hanna, Toma,
    Bahnan, Al-Saadi, Al-Obaidi, Al-Jubouri""",
        10,
    ),
)
SOMALI = Origin(
    ranked(
        """Fadumo, Hodan, Amina, Asha, Sahra, Hawa, Ayaan, Khadra, Ifrah, Ubah, Halima, Nimco,
    Sagal, Hibaaq, Maryan, Deqa, Idil, Safiya, Ladan, Leyla, Muna, Istahil, Fartun, Sucaad""",
        10,
    ),
    ranked(
        """Mohamed, Abdi, Ahmed, Ali, Hassan, Abdirahman, Abdullahi, Omar, Yusuf, Ibrahim,
    Abdikarim, Mahad, Said, Hussein, Farah, Mustafe, Khalid, Liban, Abdiaziz, Osman, Guled, Hamse,
    Abdiqani, Bashir""",
        10,
    ),
    ranked(
        """Mohamed, Ali, Ahmed, Abdi, Hassan, Omar, Hussein, Farah, Yusuf, Warsame, Jama, Osman,
    Abdullahi, Ismail, Nur, Aden, Egal, Hirsi, Elmi, Dahir, Mohamud, Abdirahman, Gedi, Ibrahim,
    Said, Duale, Samatar, Abdille""",
        10,
    ),
)
POLISH = Origin(
    ranked(
        """Anna, Katarzyna, Maria, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Magdalena,
    Elżbieta, Joanna, Aleksandra, Monika, Zofia, Teresa, Danuta, Natalia, Karolina, Marta, Beata,
    Dorota, Halina, Jadwiga, Janina, Justyna, Paulina, Iwona, Grażyna""",
        10,
    ),
    ranked(
        """Piotr, Krzysztof, Andrzej, Tomasz, Jan, Paweł, Michał, Marcin, Stanisław, Jakub, Adam,
    Marek, Łukasz, Grzegorz, Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Jerzy, Maciej, Rafał,
    Kamil, Robert, Kacper, Józef, Tadeusz, Sławomir, Bartosz, Przemysław""",
        10,
    ),
    ranked(
        """Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński,
    Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Kwiatkowski, Wojciechowski,
    Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek,
    Jabłoński, Wróbel, Nowakowski, Majewski, Olszewski, Stępień, Malinowski, Górski, Czarnecki,
    Zawadzki, Sadowski""",
        10,
    ),
)
PERSIAN = Origin(
    ranked(
        """Fatemeh, Zahra, Maryam, Mahnaz, Parisa, Shirin, Nasrin, Leila, Azadeh, Mina,
    Niloufar, Roya, Shabnam, Samira, Sara, Ladan, Golnaz, Negar, Fereshteh, Mitra, Soheila, Parvin,
    Elham, Mahsa, Yasaman, Tara, Nazanin, Sepideh""",
        10,
    ),
    ranked(
        """Mohammad, Ali, Reza, Hossein, Mehdi, Amir, Hamid, Majid, Saeed, Behzad, Dariush,
    Kourosh, Farhad, Babak, Arash, Bahram, Omid, Kaveh, Payam, Peyman, Ramin, Shahram, Siamak,
    Nima, Pouya, Hooman, Mehran, Farid""",
        10,
    ),
    ranked(
        """Mohammadi, Hosseini, Ahmadi, Rezaei, Moradi, Karimi, Jafari, Rahimi, Hashemi, Mousavi,
    Ghasemi, Sadeghi, Heidari, Rostami, Kazemi, Zamani, Akbari, Tehrani, Shirazi, Esfahani, Nazari,
    Amini, Bagheri, Ebrahimi, Salehi, Farahani, Khosravi, Ghorbani, Soltani, Naderi, Azizi""",
        10,
    ),
)
BCS = Origin(
    ranked(
        """Amra, Emina, Jasmina, Lejla, Selma, Ana, Marija, Jelena, Ivana, Sanja, Mirjana,
    Snežana, Dragana, Vesna, Maja, Azra, Merima, Alma, Senada, Aida, Mersiha, Nermina, Edina,
    Sabina, Gordana, Biljana, Tanja, Milica""",
        10,
    ),
    ranked(
        """Emir, Adnan, Amir, Edin, Mirza, Senad, Nermin, Kemal, Haris, Dženan, Tarik, Almir,
    Jasmin, Damir, Zoran, Dragan, Goran, Milan, Nikola, Marko, Stefan, Ivan, Petar, Ante, Josip,
    Mladen, Dejan, Nenad, Željko, Davor""",
        10,
    ),
    ranked(
        """Hodžić, Hadžić, Kovačević, Begić, Delić, Mehmedović, Husić, Alić, Salihović, Hasanović,
    Jukić, Horvat, Kovačić, Babić, Marić, Jurić, Knežević, Petrović, Jovanović, Nikolić, Marković,
    Đorđević, Stojanović, Ilić, Popović, Pavlović, Đukić, Mujić, Omerović, Ibrahimović, Karić,
    Softić, Halilović, Suljić""",
        10,
    ),
)
TURKISH = Origin(
    ranked(
        """Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Meryem, Şerife, Sultan, Zehra, Hanife,
    Merve, Özlem, Yasemin, Esra, Büşra, Gül, Derya, Songül, Hülya, Aysel, Filiz, Dilek, Ebru,
    Sevgi, Nurcan""",
        10,
    ),
    ranked(
        """Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Osman, Yusuf, Murat,
    Ömer, Ramazan, Halil, Süleyman, Abdullah, Mahmut, Recep, Fatih, Kemal, Emre, Burak, Serkan,
    Erkan, Cem, Volkan, Kaan, Onur""",
        10,
    ),
    ranked(
        """Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan,
    Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Özcan, Korkmaz, Çakır,
    Erdoğan, Yavuz, Can, Acar, Aksoy, Güneş, Tekin""",
        10,
    ),
)
# Eritrea (and Tigray): the surname is the father's given name.
ERITREAN = Origin(
    ranked(
        """Senait, Helen, Selam, Yohana, Mebrat, Saba, Luwam, Semhar, Rahel, Winta, Freweini,
    Tsega, Hiwet, Merhawit, Abeba, Ruta, Feven, Hanna, Eden, Almaz, Letekidan, Milena, Elsa,
    Tigisti""",
        10,
    ),
    ranked(
        """Yonas, Daniel, Samuel, Tesfay, Mehari, Habtom, Yohannes, Amanuel, Filmon, Michael,
    Tekle, Berhane, Dawit, Kidane, Isaias, Robel, Aron, Natnael, Henok, Mussie, Efrem, Yemane,
    Biniam, Tewelde, Ghebre""",
        10,
    ),
    ranked(
        """Tesfay, Tekle, Berhane, Kidane, Ghebremedhin, Haile, Gebremariam, Woldu, Mehari,
    Habte, Tesfamariam, Ghebreyesus, Yohannes, Andemariam, Asfaha, Negash, Ghirmay,
    Weldemichael, Kahsay, Tewolde, Abraha, Measho, Sium, Okbazghi, Hagos, Berhe""",
        10,
    ),
)
AFGHAN = Origin(
    ranked(
        """Fatima, Zahra, Mariam, Shabnam, Nilofar, Farishta, Mursal, Zarghona, Malalai, Freshta,
    Mahbooba, Parwana, Sadaf, Masooda, Roya, Hosai, Lida, Sima, Nazila, Marzia, Zainab, Parisa""",
        10,
    ),
    ranked(
        """Ahmad, Mohammad, Ali, Mustafa, Hamid, Rahim, Karim, Nasir, Jawad, Farid, Mirwais,
    Sayed, Hamed, Javid, Omid, Sohrab, Nawid, Rahmatullah, Ismail, Ehsan, Sharif, Wahid, Khalid,
    Zabihullah, Najibullah, Habib, Masoud""",
        10,
    ),
    ranked(
        """Ahmadi, Mohammadi, Hussaini, Rahimi, Karimi, Hakimi, Noori, Sultani, Jafari, Haidari,
    Rezai, Amiri, Stanikzai, Popal, Safi, Wardak, Popalzai, Durrani, Nazari, Sadat, Akbari,
    Yousufzai, Barakzai, Sharifi, Azimi, Qaderi, Sahak""",
        10,
    ),
)
THAI = Origin(
    ranked(
        """Siriporn, Malee, Kanya, Pornthip, Supaporn, Nittaya, Suda, Wanida, Jintana, Ratana,
    Sunisa, Kannika, Duangjai, Napaporn, Pranee, Somying, Busaba, Lamai, Pensri, Naruemon,
    Thanyaporn, Sukanya, Arunee, Chanida""",
        10,
    ),
    ranked(
        """Somchai, Somsak, Surachai, Prasert, Sompong, Anan, Boonmee, Chaiya, Wichai, Niran,
    Sakda, Thongchai, Kittisak, Narong, Apichart, Preecha, Manop, Sombat, Thanawat, Pichit, Suthep,
    Wirat""",
        10,
    ),
    ranked(
        """Saetang, Srisuk, Chaiyaphum, Boonmee, Sukprasert, Wongsawat, Kongkaew, Rattanakorn,
    Srisawat, Thongdee, Phromma, Chaiyasit, Kaewkanya, Suksawat, Saelim, Jaidee, Thongsuk,
    Sangthong, Inthachai, Panyadee, Wongchai, Khamphan, Phanthong, Sirisuk""",
        10,
    ),
)
# Chile first (the exiles of the 1970s), then the rest of Latin America: two surnames.
LATIN = Origin(
    ranked(
        """María, Carolina, Javiera, Catalina, Francisca, Constanza, Valentina, Camila, Daniela,
    Fernanda, Paula, Claudia, Patricia, Verónica, Marcela, Paola, Alejandra, Andrea, Gabriela,
    Ximena, Lorena, Carmen, Rosa, Isabel, Ana, Lucía, Sofía""",
        10,
    ),
    ranked(
        """José, Juan, Luis, Carlos, Jorge, Francisco, Manuel, Pedro, Cristián, Rodrigo, Felipe,
    Sebastián, Diego, Matías, Nicolás, Pablo, Andrés, Claudio, Patricio, Gonzalo, Miguel,
    Alejandro, Ricardo, Fernando, Mauricio, Hernán, Víctor, Sergio, Raúl""",
        10,
    ),
    ranked(
        """González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda,
    Morales, Rodríguez, López, Araya, Fuentes, Hernández, Torres, Espinoza, Flores, Castillo,
    Valenzuela, Ramírez, Reyes, Gutiérrez, Castro, Vargas, Álvarez, Vásquez, Tapia, Fernández,
    Sánchez, Carrasco, Gómez, Cortés, Herrera, Núñez, Jara, Vergara, Rivera, Figueroa""",
        10,
    ),
)
KURDISH = Origin(
    ranked(
        """Avin, Berfin, Rojda, Dilan, Shirin, Nazdar, Rozerin, Hêvî, Jiyan, Zozan, Helin,
    Ronahî, Bahar, Nesrin, Gulistan, Shilan, Evin, Narin, Sozdar, Tara, Viyan, Dilvin, Delal,
    Berivan""",
        10,
    ),
    ranked(
        """Rebwar, Dilshad, Karwan, Hemin, Aram, Azad, Zana, Kawa, Shivan, Baran, Rizgar, Sherko,
    Hawre, Dler, Soran, Kamaran, Bakhtiar, Nawzad, Rebin, Hiwa, Diyar, Serdar, Bawan, Ako""",
        10,
    ),
    ranked(
        """Ahmad, Mohammed, Aziz, Rashid, Hasan, Abdullah, Karim, Qadir, Amin, Mahmoud, Salih,
    Omar, Kurdi, Barzani, Hawrami, Jaff, Zebari, Doski, Baban, Sindi, Rasul, Faraj, Mustafa, Hama,
    Bakr, Saeed, Othman, Zangana""",
        10,
    ),
)
UKRAINIAN = Origin(
    ranked(
        """Olena, Tetiana, Nataliia, Iryna, Oksana, Svitlana, Yuliia, Olha, Mariia, Anastasiia,
    Kateryna, Liudmyla, Halyna, Nadiia, Viktoriia, Alina, Daria, Inna, Larysa, Valentyna, Anna,
    Sofiia""",
        10,
    ),
    ranked(
        """Oleksandr, Serhii, Andrii, Volodymyr, Oleksii, Dmytro, Mykola, Ivan, Yurii, Viktor,
    Vasyl, Ihor, Maksym, Vitalii, Mykhailo, Petro, Taras, Bohdan, Roman, Denys, Artem, Yaroslav""",
        10,
    ),
    ranked(
        """Melnyk, Shevchenko, Boiko, Kovalenko, Bondarenko, Tkachenko, Kovalchuk, Kravchenko,
    Oliinyk, Shevchuk, Koval, Polishchuk, Bondar, Tkachuk, Moroz, Marchenko, Lysenko, Rudenko,
    Savchenko, Petrenko, Klymenko, Pavlenko, Kravchuk, Kuzmenko, Ponomarenko, Savchuk""",
        10,
    ),
)
INDIAN = Origin(
    ranked(
        """Priya, Anjali, Divya, Pooja, Neha, Sneha, Kavya, Lakshmi, Deepa, Shreya, Aishwarya,
    Meera, Ananya, Swati, Nisha, Sunita, Rekha, Shalini, Ritu, Kavitha, Radhika, Sangeeta, Pallavi,
    Aarti""",
        10,
    ),
    ranked(
        """Rahul, Amit, Vikram, Arjun, Rajesh, Suresh, Ravi, Sanjay, Anil, Vijay, Deepak,
    Karthik, Rohit, Arun, Nikhil, Pradeep, Manoj, Ashok, Sachin, Aditya, Srinivas, Ramesh, Harish,
    Varun, Naveen""",
        10,
    ),
    ranked(
        """Kumar, Sharma, Singh, Patel, Reddy, Gupta, Rao, Iyer, Nair, Menon, Shah, Joshi, Mehta,
    Verma, Agarwal, Desai, Krishnan, Pillai, Mishra, Chopra, Banerjee, Chatterjee, Mukherjee, Das,
    Bhat, Kulkarni, Naidu, Srinivasan""",
        10,
    ),
)
GERMAN = Origin(
    ranked(
        """Ursula, Monika, Petra, Sabine, Andrea, Claudia, Susanne, Birgit, Stefanie, Katharina,
    Julia, Anja, Nicole, Christine, Heike, Karin, Renate, Gabriele, Martina, Silke, Ulrike, Jana,
    Lena, Laura""",
        10,
    ),
    ranked(
        """Thomas, Michael, Andreas, Peter, Stefan, Wolfgang, Klaus, Jürgen, Frank, Uwe,
    Christian, Markus, Matthias, Tobias, Dirk, Torsten, Jörg, Ralf, Sven, Florian, Sebastian, Jens,
    Holger, Dieter""",
        10,
    ),
    ranked(
        """Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann,
    Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun,
    Krüger, Hofmann, Hartmann, Lange, Schmitt, Werner, Schmitz, Krause, Meier""",
        10,
    ),
)
CHINESE = Origin(
    ranked(
        """Fang, Jing, Li, Min, Ying, Yan, Hui, Mei, Xin, Lin, Juan, Hong, Na, Xiaoyan, Yuqing,
    Jiayi, Ting, Qian, Wen, Lan""",
        10,
    ),
    ranked(
        """Wei, Jun, Hao, Lei, Yong, Qiang, Jie, Tao, Ming, Peng, Bo, Gang, Jian, Chao, Feng,
    Bin, Yang, Zhiwei, Haoran, Yuxuan""",
        10,
    ),
    ranked(
        """Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo,
    He, Lin, Gao, Luo, Zheng, Liang""",
        10,
    ),
)

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_F, SV_M, SV_SURNAMES),
    "us": Origin(census(US_F), census(US_M), census(US_SURNAMES)),
    "uk": Origin(UK_F, UK_M, UK_SURNAMES),
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
    "german": GERMAN,
    "chinese": CHINESE,
}

# Who is named, per language of the text: roughly Sweden's population in Swedish text (the foreign
# born and their children by their countries), Britain and the US in English, both in mixed text.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 67, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5, "eritrean": 1.2,
        "ukrainian": 1.2, "german": 1, "thai": 1, "latin": 1, "indian": 0.8, "chinese": 0.6,
        "uk": 0.6, "us": 0.5,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 10, "indian": 3, "arabic": 2, "polish": 1.5, "latin": 1.5,
        "german": 1, "chinese": 1, "finnish": 1, "persian": 0.7, "turkish": 0.7, "somali": 0.7,
        "ukrainian": 0.7, "bcs": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 10, "us": 9, "arabic": 5, "finnish": 3, "polish": 3, "indian": 2.5,
        "persian": 2, "bcs": 2, "german": 1.5, "ukrainian": 1.5, "kurdish": 1.5, "turkish": 1.5,
        "somali": 1.5, "afghan": 1, "eritrean": 1, "latin": 1, "thai": 1, "chinese": 1,
    },
}  # fmt: skip

# Short forms people are called by, per origin: the given name as the pool has it, then its forms.
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": {
        "Lars": ("Lasse",), "Mikael": ("Micke",), "Michael": ("Micke",), "Joakim": ("Jocke",),
        "Karl": ("Kalle",), "Carl": ("Calle",), "Per": ("Pelle", "Pepe"), "Peter": ("Peppe",),
        "Thomas": ("Tompa",), "Tomas": ("Tompa",), "Magnus": ("Manne",), "Kristoffer": ("Kricke",),
        "Christoffer": ("Kricke",), "Fredrik": ("Fredde",), "Andreas": ("Andy",), "Marcus": ("Mackan",),
        "Markus": ("Mackan",), "Johan": ("Jojje",), "Jonas": ("Jonte",), "Nils": ("Nisse",),
        "Gustav": ("Gurra", "Gus"), "Gustaf": ("Gurra",), "Robert": ("Robban",), "Rickard": ("Ricky",),
        "Henrik": ("Henke",), "Patrik": ("Pata",), "Kenneth": ("Kenta",), "Christer": ("Criss",),
        "Sebastian": ("Sebbe",), "Alexander": ("Alex",), "Daniel": ("Danne",), "Stefan": ("Steffe",),
        "Mattias": ("Matte",), "Ludvig": ("Ludde",), "Leif": ("Leffe",), "Rolf": ("Roffe",),
        "Gunnar": ("Gunne",), "Olof": ("Olle",), "Torbjörn": ("Tobbe",), "Tobias": ("Tobbe",),
        "Viktor": ("Ville",), "Wilhelm": ("Wille",), "William": ("Wille",), "Jan": ("Janne",),
        "Hans": ("Hasse",), "Bengt": ("Bengan",), "Göran": ("Göte",), "Håkan": ("Håkke",),
        "Elisabeth": ("Lisa", "Bettan"), "Elisabet": ("Bettan",), "Margareta": ("Maggan", "Greta"),
        "Kristina": ("Stina", "Kicki"), "Christina": ("Kicki",), "Katarina": ("Kattis",),
        "Susanne": ("Sussie",), "Charlotte": ("Lotta",), "Birgitta": ("Gittan", "Bibbi"),
        "Barbro": ("Babs",), "Ingegerd": ("Inger",), "Anna": ("Annie",), "Karolina": ("Kajsa",),
        "Madeleine": ("Madde",), "Matilda": ("Tilda",), "Emelie": ("Emmi",), "Josefin": ("Jossan",),
        "Jessica": ("Jessie",), "Therese": ("Tessan",), "Caroline": ("Carro",), "Camilla": ("Millan",),
        "Ulrika": ("Ullis",), "Louise": ("Lollo",), "Viktoria": ("Vickan",), "Victoria": ("Vickan",),
        "Gunilla": ("Gunnis",), "Kerstin": ("Kickan",), "Agneta": ("Agge",),
    },
    "us": {
        "William": ("Bill", "Will", "Billy"), "Robert": ("Bob", "Rob", "Bobby"), "James": ("Jim", "Jimmy"),
        "John": ("Jack", "Johnny"), "Richard": ("Rick", "Dick", "Rich"), "Michael": ("Mike",),
        "Thomas": ("Tom", "Tommy"), "Joseph": ("Joe",), "Charles": ("Charlie", "Chuck"),
        "Christopher": ("Chris",), "Daniel": ("Dan", "Danny"), "Matthew": ("Matt",),
        "Anthony": ("Tony",), "Donald": ("Don",), "Steven": ("Steve",), "Edward": ("Ed", "Eddie"),
        "Kenneth": ("Ken",), "Timothy": ("Tim",), "Ronald": ("Ron",), "Gregory": ("Greg",),
        "Jeffrey": ("Jeff",), "Patrick": ("Pat",), "Benjamin": ("Ben",), "Nicholas": ("Nick",),
        "Jonathan": ("Jon",), "Samuel": ("Sam",), "Gerald": ("Jerry",), "Lawrence": ("Larry",),
        "Elizabeth": ("Liz", "Beth", "Betsy"), "Jennifer": ("Jen", "Jenny"), "Patricia": ("Pat", "Trish"),
        "Margaret": ("Peggy", "Maggie"), "Susan": ("Sue",), "Katherine": ("Kate", "Kathy"),
        "Kathleen": ("Kathy",), "Deborah": ("Debbie", "Deb"), "Rebecca": ("Becky",),
        "Christine": ("Chris",), "Cynthia": ("Cindy",), "Pamela": ("Pam",), "Victoria": ("Vicky",),
        "Jacqueline": ("Jackie",), "Samantha": ("Sam",), "Stephanie": ("Steph",), "Catherine": ("Cathy",),
        "Barbara": ("Barb",), "Dorothy": ("Dot",), "Judith": ("Judy",), "Theresa": ("Terri",),
    },
    "uk": {
        "William": ("Will", "Bill"), "Robert": ("Rob", "Bob"), "James": ("Jim", "Jamie"),
        "Michael": ("Mike", "Mick"), "Thomas": ("Tom",), "Richard": ("Rich",), "Andrew": ("Andy", "Drew"),
        "Christopher": ("Chris",), "Nicholas": ("Nick",), "Anthony": ("Tony",), "Stephen": ("Steve",),
        "Peter": ("Pete",), "David": ("Dave",), "Jonathan": ("Jon",), "Matthew": ("Matt",),
        "Edward": ("Ed", "Ted"), "Alexander": ("Alex", "Sandy"), "Benjamin": ("Ben",), "Daniel": ("Dan",),
        "Philip": ("Phil",), "Timothy": ("Tim",), "Gareth": ("Gaz",), "Samuel": ("Sam",), "Joseph": ("Joe",),
        "Elizabeth": ("Liz", "Beth", "Lizzie"), "Catherine": ("Cath", "Kate"), "Katherine": ("Kate", "Kath"),
        "Margaret": ("Maggie", "Peggy"), "Rebecca": ("Becky", "Bex"), "Victoria": ("Vicky", "Tori"),
        "Jennifer": ("Jen", "Jenny"), "Samantha": ("Sam",), "Charlotte": ("Charlie", "Lottie"),
        "Susan": ("Sue",), "Alexandra": ("Alex",), "Deborah": ("Debbie",), "Patricia": ("Pat", "Trish"),
        "Josephine": ("Jo",), "Joanne": ("Jo",), "Eleanor": ("Ellie",), "Kathryn": ("Kate",), "Nicola": ("Nicky",),
    },
    "finnish": {"Juhani": ("Jussi",), "Johannes": ("Juha",), "Matti": ("Masa",), "Kalevi": ("Kale",), "Helena": ("Hely",)},
    "arabic": {"Mohammed": ("Mo", "Moha"), "Abdullah": ("Abdu",), "Youssef": ("Jousef", "Joe"), "Ibrahim": ("Ibbe",)},
    "polish": {"Małgorzata": ("Gosia",), "Katarzyna": ("Kasia",), "Aleksandra": ("Ola",), "Krzysztof": ("Krzysiek",), "Tomasz": ("Tomek",), "Michał": ("Michu",)},
    "bcs": {"Dženan": ("Džeki",), "Aleksandar": ("Aco",), "Jasmina": ("Jasna",)},
    "persian": {"Mohammad": ("Mamad",), "Fatemeh": ("Fati",)},
    "ukrainian": {"Oleksandr": ("Sasha",), "Volodymyr": ("Volodia",), "Kateryna": ("Katia",), "Mariia": ("Masha",)},
    "indian": {"Srinivas": ("Srini",), "Aishwarya": ("Aishu",), "Karthik": ("Karthi",)},
    "german": {"Wolfgang": ("Wolf",), "Katharina": ("Kathi",), "Stefanie": ("Steffi",), "Matthias": ("Matze",)},
}  # fmt: skip
