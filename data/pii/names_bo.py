# ruff: noqa: E501
"""Name pools of held-out bo, as the population has them (forty-sixth writer).

Swedish given names and surnames in the order of SCB's name statistics, written from general
knowledge (weight 1/rank; head the top 150, a tail of rarer names past them); the US Census 1990
lists (public domain: `dist.female.first`, `dist.male.first`, `dist.all.last` as shipped in the
`names==0.3.0` package, with the census's per cent as weight); UK given names and surnames in the
order of the ONS rankings (general knowledge, 1/rank); and the commonest given names and
surnames of the origins common in Sweden and of the countries whose horse and dog people deal
with Swedes (1/rank). No list was checked against any list of the project and no name was left
out for being known or unknown. Stdlib only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this probability, else its tail


@dataclass
class Pool:
    names: list[str]
    weights: list[float]
    head: int


@dataclass
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def ranked(text: str, head: int) -> Pool:
    """A pool from names in rank order, separated by commas or lines; weight 1/rank."""
    seen: list[str] = []
    for name in re.split(r"[,\n]", text):
        name = name.strip()
        if name and name not in seen:
            seen.append(name)
    return Pool(seen, [1 / (i + 1) for i in range(len(seen))], min(head, len(seen) - 1))


def weighted(pairs: tuple[tuple[str, float], ...], head: int) -> Pool:
    names: list[str] = []
    weights: list[float] = []
    for name, weight in pairs:
        if name not in names:
            names.append(name)
            weights.append(weight)
    return Pool(names, weights, head)


_PLAIN = str.maketrans({
    "ı": "i", "İ": "I", "ş": "s", "Ş": "S", "ç": "c", "Ç": "C", "ğ": "g", "ö": "o", "Ö": "O",
    "ü": "u", "Ü": "U", "ć": "c", "Ć": "C", "č": "c", "Č": "C", "š": "s", "Š": "S", "ž": "z",
    "Ž": "Z", "đ": "dj", "Đ": "Dj", "ł": "l", "Ł": "L", "ą": "a", "ę": "e", "ń": "n", "ó": "o",
    "ś": "s", "Ś": "S", "ź": "z", "ż": "z", "Ż": "Z", "á": "a", "é": "e", "í": "i", "ú": "u",
    "ñ": "n", "Á": "A", "É": "E", "Í": "I", "Ó": "O", "Ú": "U", "ê": "e", "î": "i", "à": "a",
    "è": "e", "ë": "e", "ï": "i", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "å": "a", "Å": "A",
    "ä": "a", "Ä": "A", "ß": "ss",
})  # fmt: skip


def plain(word: str) -> str:
    """A name as typed without its letters (`Wiśniewski` -> `Wisniewski`, `Müller` -> `Muller`)."""
    return word.translate(_PLAIN)


def feminine(surname: str) -> str:
    """A Polish surname's feminine form (`Kowalski` -> `Kowalska`, `Zieliński` -> `Zielińska`)."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# Sweden: SCB's order (names people go by), head the top 150, then a tail of rarer names.
SV_F = ranked(
    """
Anna, Eva, Maria, Karin, Sara, Kristina, Lena, Emma, Kerstin, Ingrid, Marie, Malin, Sofia,
Jenny, Linda, Hanna, Annika, Elin, Birgitta, Monica, Susanne, Johanna, Ida, Ulla, Carina,
Elisabeth, Julia, Helena, Linnea, Camilla, Inger, Katarina, Åsa, Sandra, Cecilia, Ebba, Maja,
Amanda, Frida, Lisa, Elsa, Matilda, Alice, Therese, Ann, Josefin, Agneta, Gunilla, Margareta,
Anneli, Moa, Ellen, Louise, Ulrika, Klara, Caroline, Emelie, Jessica, Anette, Wilma, Lovisa,
Marianne, Sofie, Mona, Astrid, Siv, Pia, Agnes, Barbro, Alva, Olivia, Lina, Ellinor, Rebecca,
Nathalie, Jennifer, Ingela, Britt, Gun, Ella, Stina, Elisabet, Christina, Madeleine, Erika,
Petra, Charlotte, Maj, Gunnel, Yvonne, Viktoria, Saga, Alma, Selma, Vera, Ester, Nellie, Lilly,
Signe, Tyra, Freja, Tilda, Elvira, Thea, Felicia, Emilia, Fanny, Isabelle, Evelina, Hedda,
Nora, Tove, Linn, Sanna, Pernilla, Jeanette, Magdalena, Ingegerd, Gerd, Margit, Birgit, Gudrun,
Rut, Solveig, Sonja, Ylva, Helen, Irene, Lisbeth, Katrin, Mikaela, Gabriella, Paulina, Rebecka,
Filippa, Hillevi, Lillemor, Märta, Majken, Greta, Edith, Stella, Nova, Juni, Ines, Meja,
Tindra, Siri, Vilma, Cornelia, Ronja, Tuva, Livia, Malva, Sigrid, Hilda, Svea, Vendela, Kajsa,
Isabella, Alexandra, Victoria, Josephine, Angelica, Annelie, Charlotta, Karolina, Teresia,
Marléne, Eleonor, Viveka, Vivianne, Wivi, Åse, Ewa, Dagmar, Elise, Gertrud, Hedvig, Iris, Jill,
Joanna, Jonna, Karina, Kristin, Liselotte, Lovis, Madelene, Majvor, Maud, Mirja, Nanna,
Ottilia, Ragnhild, Rakel, Rosita, Tekla, Tora, Ulrica, Unni, Valborg, Wanja, Viola, Wilhelmina,
Yvette, Anneli, Anita, Berit, Bodil, Elsy, Ethel, Gunvor, Inga, Inez, Lilian, Ruth, Elna,
Ingalill, Mait, Marita, Monika, Nina, Regina, Rigmor, Sylvia, Tanja, Tina, Vanja, Veronica,
Mia, Mimmi, Lo, Minna, Molly, Idun, Embla, Lova, Leah, Novalie, Lykke, Elina, Emilie, Jasmine,
Michelle, Natalie, Patricia, Sabina, Sabrina, Tess, Therése, Cajsa, Catharina, Christin, Elsie,
Aina, Alida, Asta, Betty, Brita, Dorotea, Edla, Eivor, Elly, Emmy, Evy, Gunbritt, Harriet,
Hjördis, Ingeborg, Irma, Jenna, Judit, Kim, Laila, Lea, Lejla, Lise, Margaretha, Marit,
Mathilda, Meta, Nelly, Olga, Ottilie, Rosa, Rosmarie, Saba, Selena, Sigun, Signhild, Siw,
Solbritt, Stefanie, Susann, Vega, Wera, Yasmin, Zara, Zelma, Liv, Linnéa, Hélène, Agda,
Alfhild,
Aurora, Adela, Amelie, Annie, Ava, Beatrice, Bianca, Carin, Carolina, Clara, Daniela, Denise,
Diana, Doris, Edda, Eira, Elena, Eleonora, Ellie, Elma, Emmie, Engla, Estelle, Evelyn, Fredrika,
Gisela, Gloria, Heidi, Hilma, Ina, Ingvor, Isa, Jannike, Jenni, Julie, Juliana, Katja, Lillian,
Liza, Lotta, Lucia, Madelen, Malena, Malou, Margot, Marina, Marta, Melina, Melissa, Mira,
Miranda, My, Nadia, Natalia, Nicole, Noelle, Pauline, Renée, Rita, Rosalie, Rosanna, Sally, Sif,
Sissela, Sophia, Stephanie, Tamara, Tea, Vanessa, Veronika, Vivi, Zoe, Carola, Dagny, Gerda,
Gunhild, Märtha, Ragna, Sanne, Astri, Augusta, Anny, Alfrida, Naima, Mary
""",
    150,
)
SV_M = ranked(
    """
Lars, Mikael, Anders, Johan, Erik, Per, Karl, Peter, Thomas, Jan, Daniel, Fredrik, Hans,
Andreas, Stefan, Mohamed, Mats, Marcus, Magnus, Jonas, Bengt, Oskar, Alexander, Niklas, Bo,
Nils, Leif, Martin, Henrik, Patrik, Björn, Mattias, Sven, William, Lucas, Gustav, Göran,
Viktor, Christer, Filip, Robert, Emil, David, Roger, Simon, Ulf, Rolf, Elias, Kjell, Christian,
Axel, Oliver, Hugo, Tommy, Jonathan, Adam, Johannes, Sebastian, Joakim, Olof, Rickard, Tobias,
Gunnar, Liam, Kent, Jakob, Hampus, Ali, Anton, Ludvig, Stig, Åke, Kenneth, Noah, Isak, Arvid,
Rasmus, Claes, Torbjörn, Jesper, Dennis, Lennart, Theo, Viggo, Roland, Robin, Ahmed, Håkan,
Jörgen, Kurt, Gösta, Ingemar, Kristoffer, Jimmy, Sture, Sten, Olle, Alfred, Albin, Leo, Melvin,
Elliot, Hassan, Samuel, Benjamin, Josef, Lukas, Edvin, Vincent, Ebbe, Sixten, Love, Tage,
Gabriel, Pontus, Conny, Urban, Arne, Tore, Ingvar, Rune, Bertil, Kim, Joel, Max, Charlie,
Colin, Alvin, Harry, Malte, Wilmer, Melker, Frans, Otto, Ivar, Sigge, Valter, Folke, Erland,
Morgan, Ronny, Pierre, Christoffer, Carl, Sören, Jens, Kalle, Gustaf, Håkon, Mohammad, Omar,
Yusuf, Ibrahim, Abdi, Mustafa, Bror, Birger, Einar, Eskil, Evert, Georg, Harald, Helge, Holger,
Hilding, Ingvald, Ivan, Jarl, Knut, Konrad, Lage, Mårten, Nicklas, Niclas, Oscar, Palle, Paul,
Ragnar, Reinhold, Sigurd, Sune, Svante, Teodor, Tor, Torsten, Ture, Uno, Valdemar, Verner,
Vilgot, Vidar, Wilhelm, Yngve, Östen, Åsmund, Dan, Dag, Douglas, Edward, Egon, Elof, Emanuel,
Enar, Felix, Fabian, Gerhard, Gillis, Glenn, Greger, Gunder, Hannes, Henning, Herbert, Hjalmar,
Inge, Isac, Jacob, Jack, Jamie, Jerker, Jim, Joar, John, Jon, Jonny, Julius, Justus, Kasper,
Kennet, Kevin, Klas, Krister, Leonard, Linus, Lorentz, Lowe, Ludwig, Magne, Marco, Markus,
Mattis, Mauritz, Micael, Milo, Nicolas, Nikolai, Ola, Olov, Ove, Patric, Petter, Philip, Pär,
Ralf, Reine, Rikard, Rony, Ruben, Sam, Samir, Seth, Sigvard, Sivert, Stellan, Sölve, Tim, Timo,
Tomas, Tryggve, Ulrik, Vilhelm, Walter, Wiktor, Zacharias, Örjan,
Adrian, Albert, Alex, Algot, Allan, Ambjörn, Aron, Arthur, Assar, August, Benny, Bernt, Billy,
Börje, Casper, Charles, Clas, Curt, Edgar, Edvard, Eddie, Efraim, Elis, Elmer, Elton, Emrik,
Eric, Ernst, Esbjörn, Eugen, Ferdinand, Frank, Fritz, Frej, Gideon, Gottfrid, Halvar, Helmer,
Hemming, Henry, Hilmer, Ingmar, Ingolf, Jerry, Joacim, Johnny, Jonatan, Josua, Kenny, Kristian,
Leon, Levi, Loke, Malkolm, Manne, Milan, Mio, Morris, Natan, Nathan, Neo, Noel, Ossian, Percy,
Peder, Pehr, Ragnvald, Reidar, Roy, Rudolf, Sakarias, Severin, Sigfrid, Silas, Stieg, Sverker,
Tarik, Ted, Thor, Thorsten, Tommie, Torgny, Torvald, Vilmer, Viking, Waldemar, Werner, Yasin,
Zakaria, Amir, Karim, Mehmet, Hussein, Elvin, Alrik, Ante, Bruno, Dante, Enok, Hugo
""",
    150,
)
SV_S = ranked(
    """
Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson,
Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson,
Magnusson, Olofsson, Lindström, Lindqvist, Lindgren, Berg, Axelsson, Bergström, Lundberg, Lind,
Lundgren, Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Forsberg, Sjöberg,
Ali, Wallin, Mohammed, Engström, Eklund, Danielsson, Lundin, Håkansson, Björk, Bergman,
Gunnarsson, Holm, Wikström, Samuelsson, Isaksson, Fransson, Bergqvist, Nyström, Holmberg,
Arvidsson, Löfgren, Söderberg, Nyberg, Blomqvist, Claesson, Nordström, Mårtensson, Lundström,
Ahmed, Viklund, Björklund, Eliasson, Pålsson, Hassan, Berggren, Sandström, Lund, Nordin, Ström,
Åberg, Hermansson, Ekström, Holmgren, Sundberg, Hedlund, Dahlberg, Hellström, Sjögren,
Abrahamsson, Martinsson, Öberg, Andreasson, Falk, Blom, Månsson, Åkesson, Strand, Jonasson,
Norberg, Sundström, Ivarsson, Hansen, Göransson, Lindholm, Lindell, Jensen, Nordqvist, Hussein,
Ek, Lindahl, Ottosson, Olausson, Östlund, Dahl, Eklöf, Hedberg, Lundell, Sjöström, Öhman,
Holmqvist, Nyman, Björn, Ahlström, Adolfsson, Strömberg, Wahlström, Hallberg, Borg, Rosén,
Edlund, Lindblom, Jakobsen, Forslund, Abdi, Söderström, Mohamed, Omar, Wiklund, Hägglund,
Nordlund, Lindkvist, Sundqvist, Larsen, Nilsen, Bäckström, Berntsson, Jeppsson, Kjellberg,
Malm, Sahlin, Ekberg, Franzén, Grahn, Sjölund, Nylander, Rask, Granberg, Lilja, Hedström,
Törnqvist, Ljungberg, Ljung, Rydberg, Boman, Dahlgren, Hedman, Wall, Sundin, Eng, Hammar,
Åström, Nordgren, Sandin, Westberg, Ekman, Lindén, Thorén, Vikström, Löfberg, Kvist, Hultgren,
Westerberg, Kjellin, Rehn, Lindh, Palm, Nord, Hjalmarsson, Hallgren, Krantz, Stenberg,
Carlsson, Carlberg, Cederberg, Ståhl, Ahlberg, Alm, Enström, Fors, Gran, Hellberg, Högberg,
Jacobsson, Kristiansson, Kronberg, Lindstedt, Melin, Nordberg, Norén, Olander, Paulsson,
Ringqvist, Sjödin, Skoglund, Stenström, Svärd, Tegnér, Thunberg, Unger, Wennberg, Wester,
Zetterberg, Åhlund, Öst, Österberg, Aslan, Yilmaz, Nguyen, Khalil, Ibrahim, Jama, Farah,
Korhonen, Virtanen, Nowak, Kowalski, Hodžić, Mehmedović, Karimi, Rahimi, Tesfay, Haile, Saelim,
González, von Platen, af Klercker, De Geer, von Rosen, Wachtmeister, Lewenhaupt, Bonde,
Silfverschiöld, Hamilton, Stenbock, Sparre, Gyllenhammar, af Ugglas, von Essen, Trolle,
Horn af Åminne, Rudbeck, Adlercreutz, Ramel, Wrangel, von Schwerin, Bielke, Fleetwood,
Ehrenborg, Natt och Dag, af Trolle, Bernadotte af Wisborg, Beckman, Bohlin, Brandt, Brodin,
Bylund, Dahlén, Ehn, Edström, Fagerlund, Florén, Frisk, Glans, Grönlund, Hagberg, Hallin,
Hellman, Holst, Hörnqvist, Isberg, Jarl, Jernberg, Kempe, Kling, Lagerqvist, Lejon, Lindroth,
Lundh, Löwgren, Mellin, Modig, Mossberg, Nordh, Norling, Ohlsson, Pihl, Rapp, Rydén, Sandell,
Schön, Selander, Sporre, Strid, Sundell, Svahn, Säll, Tell, Tholin, Tibell, Torstensson,
Uddenberg, Vallin, Wadman, Wallgren, Wern, Wickman, Zackrisson, Åman, Örn, Bergkvist, Blomberg,
Dahlström, Ekholm, Engberg, Fransén, Fägerström, Granlund, Gullberg, Hagström, Hammarström,
Hedin, Holmström, Hultman, Häggström, Kallio, Kvarnström, Lagerström, Lindvall, Löfstedt, Mörk,
Norrman, Nyqvist, Rosenqvist, Sandgren, Sjöqvist, Stark, Sundelin, Söderlund, Tapper, Wallén,
Westin, Wikman, Åkerlund, Östman,
Ahlgren, Backlund, Bergh, Björling, Blomgren, Bodin, Bolin, Brännström, Burman, Byström,
Carlström, Dahlqvist, Ekelund, Elofsson, Englund, Forsman, Frid, Fröberg, Granqvist, Gustavsson,
Hagman, Hedqvist, Holmlund, Jernström, Johnsson, Kjellgren, Kullberg, Lindskog, Lindmark,
Nordmark, Sundén, Wahlberg, Wallander, Lidén
""",
    150,
)
SV_HYPHENS_F = ("Ann-Christin", "Ann-Marie", "Anna-Karin", "Ann-Sofie", "Eva-Lena", "Britt-Marie", "Anna-Lena", "Maj-Britt", "Ann-Louise", "Marie-Louise", "Ann-Charlotte", "Gun-Britt", "Anna-Lisa", "Ulla-Britt", "Ann-Kristin", "Lena-Maria")  # fmt: skip
SV_HYPHENS_M = ("Karl-Johan", "Lars-Erik", "Per-Olof", "Jan-Erik", "Lars-Göran", "Carl-Johan", "Per-Anders", "Nils-Erik", "Jan-Olof", "Lars-Olof", "Sven-Erik", "Bengt-Åke", "Hans-Åke", "Per-Erik", "Karl-Erik", "Sven-Olof")  # fmt: skip

# The UK: ONS rankings of given names (births of the decades adults and children of the horse and
# dog world were born in, by rank) and the commonest surnames of England and Wales.
UK_F = ranked(
    """
Sarah, Emma, Claire, Laura, Rebecca, Gemma, Lisa, Nicola, Helen, Rachel, Joanne, Victoria,
Louise, Karen, Susan, Julie, Jane, Elizabeth, Catherine, Kate, Lucy, Hannah, Amy, Charlotte,
Jennifer, Katie, Samantha, Zoe, Natalie, Michelle, Alison, Tracey, Amanda, Fiona, Kelly, Kirsty,
Jenny, Georgina, Harriet, Philippa, Lauren, Sophie, Chloe, Megan, Jessica, Ellie, Abigail,
Holly, Bethany, Olivia, Amelia, Isla, Ava, Emily, Grace, Poppy, Ella, Lily, Evie, Freya, Daisy,
Alice, Rosie, Florence, Matilda, Phoebe, Ruby, Imogen, Eleanor, Georgia, Molly, Jasmine, Millie,
Scarlett, Erin, Caitlin, Anna, Zara, Mary, Margaret, Patricia, Linda, Deborah, Angela, Carol,
Wendy, Gillian, Sally, Diane, Pauline, Janet, Sharon, Dawn, Denise, Lorraine, Teresa, Heather,
Hayley, Stacey, Leanne, Danielle, Jade, Kayleigh, Carly, Clare, Joanna, Anne, Ruth, Caroline,
Alexandra, Rosemary, Penelope, Lydia, Beatrice, Clara, Esme, Harper, Willow, Sienna, Evelyn,
Elsie, Aria, Maisie, Mia, Isabella, Sophia, Ivy, Niamh, Tilly, Lottie, Annabel, Camilla, Tessa,
Frances, Kathryn, Bridget, Marian, Hilary, Judith, Shirley, Valerie, Maureen, Brenda, Sheila,
Christine, Elaine, Jacqueline, Lesley, Yvonne, Tina, Beverley, Melanie, Sonia, Cheryl, Kim,
Vanessa, Juliet, Miranda, Octavia, Arabella, Henrietta, Rhiannon, Sian, Bethan, Carys, Cerys,
Ffion, Eilidh, Mhairi, Kirsteen, Morag, Aisha, Amira, Fatima, Priya, Anjali, Nadia, Leah, Naomi
""",
    130,
)
UK_M = ranked(
    """
David, John, Paul, Mark, James, Andrew, Michael, Richard, Daniel, Christopher, Thomas, Matthew,
Robert, Stephen, Peter, Simon, Ian, Gary, Martin, Neil, Jonathan, Steven, William, Benjamin,
Oliver, George, Harry, Jack, Jacob, Charlie, Samuel, Joshua, Alexander, Edward, Oscar, Alfie,
Henry, Leo, Freddie, Archie, Ethan, Isaac, Joseph, Max, Arthur, Lucas, Muhammad, Theo, Noah,
Harrison, Mason, Sebastian, Finley, Adam, Dylan, Luke, Jake, Toby, Nathan, Lewis, Ryan, Liam,
Callum, Connor, Kieran, Craig, Stuart, Graham, Kevin, Anthony, Timothy, Nicholas, Philip,
Rupert, Giles, Hamish, Angus, Rhys, Gareth, Owen, Lee, Darren, Wayne, Dean, Jason, Carl, Scott,
Adrian, Nigel, Colin, Barry, Keith, Alan, Brian, Roger, Malcolm, Trevor, Geoffrey, Derek,
Kenneth, Raymond, Dennis, Terence, Gordon, Howard, Jeremy, Julian, Hugh, Guy, Piers, Tristan,
Marcus, Dominic, Patrick, Sean, Jamie, Elliot, Frederick, Louis, Hugo, Reuben, Jude, Albert,
Teddy, Tommy, Stanley, Rory, Ollie, Harvey, Zachary, Gabriel, Elijah, Arlo, Felix, Jasper,
Ezra, Ellis, Aaron, Ibrahim, Mohammed, Ali, Hassan, Rajesh, Sanjay, Vikram, Dafydd, Iwan,
Euan, Fraser, Ross, Alistair, Duncan, Murray, Bruce, Clive, Gerald, Gavin, Glen, Leslie
""",
    130,
)
UK_S = ranked(
    """
Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts,
Robinson, Thompson, Wright, Walker, White, Edwards, Hughes, Green, Hall, Lewis, Harris, Clarke,
Patel, Jackson, Wood, Turner, Martin, Cooper, Hill, Ward, Morris, Moore, Clark, Lee, King, Baker,
Harrison, Morgan, Allen, James, Scott, Phillips, Watson, Davis, Parker, Price, Bennett, Young,
Griffiths, Mitchell, Kelly, Cook, Carter, Richardson, Bailey, Collins, Bell, Shaw, Murphy,
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
Walters, Hewitt, Barber, Nelson, Slater, Austin, Sullivan, Whitehead, Mann, Frost, Lambert,
Stephens, Blake, Akhtar, Lynch, Goodwin, Barton, Woodward, Thomson, Cunningham, Quinn,
Barnett, Baxter, Bibi, Clayton, Nash, Greenwood, Jennings, Holt, Kemp, Poole, Gallagher, Bond,
Stokes, Tucker, Davidson, Fowler, Heath, Norman, Middleton, Lawson, Banks, French, Stanley,
Jarvis, Gibbs, Ferguson, Hayward, Carroll, Douglas, Dickinson, Todd, Barlow, Peters, Lucas,
Knowles, Hartley, Miah, Simmons, Morton, Alexander, Field, Morrison, Norris, Townsend, Preston,
Hancock, Thornton, Baldwin, Burrows, Briggs, Storey, Pope, Fraser, Parkinson, Fortescue-Brown,
Bowes-Lyon, Pitt-Rivers, Ffrench, Llewellyn, Vaughan, Pryce, Cadwallader
""",
    150,
)

# The US: Census 1990 (public domain), the census's per cent as weight; head the top 150.
US_F_CENSUS: tuple[tuple[str, float], ...] = (("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.98), ("Elizabeth", 0.937), ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794), ("Margaret", 0.768), ("Dorothy", 0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667), ("Betty", 0.666), ("Helen", 0.663), ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565), ("Ruth", 0.562), ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.51), ("Sarah", 0.508), ("Kimberly", 0.504), ("Deborah", 0.494), ("Jessica", 0.49), ("Shirley", 0.482), ("Cynthia", 0.469), ("Angela", 0.468), ("Melissa", 0.462), ("Brenda", 0.455), ("Amy", 0.451), ("Anna", 0.44), ("Rebecca", 0.43), ("Virginia", 0.43), ("Kathleen", 0.424), ("Pamela", 0.416), ("Martha", 0.412), ("Debra", 0.408), ("Amanda", 0.404), ("Stephanie", 0.4), ("Carolyn", 0.385), ("Christine", 0.382), ("Marie", 0.379), ("Janet", 0.379), ("Catherine", 0.373), ("Frances", 0.37), ("Ann", 0.364), ("Joyce", 0.364), ("Diane", 0.359), ("Alice", 0.357), ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336), ("Doris", 0.335), ("Gloria", 0.335), ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315), ("Mildred", 0.313), ("Katherine", 0.313), ("Joan", 0.306), ("Ashley", 0.303), ("Judith", 0.297), ("Rose", 0.296), ("Janice", 0.285), ("Kelly", 0.283), ("Nicole", 0.281), ("Judy", 0.276), ("Christina", 0.275), ("Kathy", 0.272), ("Theresa", 0.271), ("Beverly", 0.267), ("Denise", 0.264), ("Tammy", 0.259), ("Irene", 0.252), ("Jane", 0.25), ("Lori", 0.248), ("Rachel", 0.242), ("Marilyn", 0.241), ("Andrea", 0.236), ("Kathryn", 0.234), ("Louise", 0.229), ("Sara", 0.229), ("Anne", 0.228), ("Jacqueline", 0.228), ("Wanda", 0.226), ("Bonnie", 0.223), ("Julia", 0.223), ("Ruby", 0.221), ("Lois", 0.22), ("Tina", 0.22), ("Phyllis", 0.219), ("Norma", 0.218), ("Paula", 0.217), ("Diana", 0.216), ("Annie", 0.216), ("Lillian", 0.211), ("Emily", 0.208), ("Robin", 0.208), ("Peggy", 0.208), ("Crystal", 0.207), ("Gladys", 0.205), ("Rita", 0.204), ("Dawn", 0.202), ("Connie", 0.2), ("Florence", 0.2), ("Tracy", 0.197), ("Edna", 0.197), ("Tiffany", 0.195), ("Carmen", 0.195), ("Rosa", 0.194), ("Cindy", 0.192), ("Grace", 0.189), ("Wendy", 0.185), ("Victoria", 0.18), ("Edith", 0.179), ("Kim", 0.178), ("Sherry", 0.178), ("Sylvia", 0.177), ("Josephine", 0.177), ("Thelma", 0.175), ("Shannon", 0.175), ("Sheila", 0.175), ("Ethel", 0.174), ("Ellen", 0.173), ("Elaine", 0.173), ("Marjorie", 0.173), ("Carrie", 0.171), ("Charlotte", 0.169), ("Monica", 0.166), ("Esther", 0.166), ("Pauline", 0.165), ("Emma", 0.165), ("Juanita", 0.164), ("Anita", 0.162), ("Rhonda", 0.162), ("Hazel", 0.161), ("Amber", 0.16), ("Eva", 0.159), ("Debbie", 0.157), ("April", 0.154), ("Leslie", 0.154), ("Clara", 0.153), ("Lucille", 0.153), ("Jamie", 0.153), ("Joanne", 0.15), ("Eleanor", 0.15), ("Valerie", 0.149), ("Danielle", 0.149), ("Megan", 0.147), ("Alicia", 0.146), ("Suzanne", 0.145), ("Michele", 0.145), ("Gail", 0.145), ("Bertha", 0.143), ("Darlene", 0.142), ("Veronica", 0.142), ("Jill", 0.142), ("Erin", 0.141), ("Geraldine", 0.141), ("Lauren", 0.137), ("Cathy", 0.137), ("Joann", 0.136), ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135), ("Regina", 0.133), ("Erica", 0.13), ("Beatrice", 0.13), ("Dolores", 0.129), ("Bernice", 0.128), ("Audrey", 0.127), ("Yvonne", 0.126), ("Annette", 0.125), ("June", 0.125), ("Samantha", 0.124), ("Marion", 0.122), ("Dana", 0.122), ("Stacy", 0.121), ("Ana", 0.12), ("Renee", 0.12), ("Ida", 0.118), ("Vivian", 0.118), ("Roberta", 0.117), ("Holly", 0.117), ("Brittany", 0.117), ("Melanie", 0.116), ("Loretta", 0.115), ("Yolanda", 0.115), ("Jeanette", 0.115), ("Laurie", 0.114), ("Katie", 0.113), ("Kristen", 0.111), ("Vanessa", 0.111), ("Alma", 0.111), ("Sue", 0.111), ("Elsie", 0.11), ("Beth", 0.11), ("Jeanne", 0.109), ("Vicki", 0.109), ("Carla", 0.107), ("Tara", 0.107), ("Rosemary", 0.107), ("Eileen", 0.105), ("Terri", 0.105), ("Gertrude", 0.103), ("Lucy", 0.103), ("Tonya", 0.102), ("Ella", 0.101), ("Stacey", 0.101), ("Wilma", 0.099), ("Gina", 0.099), ("Kristin", 0.099), ("Jessie", 0.098), ("Natalie", 0.098), ("Agnes", 0.098), ("Vera", 0.098), ("Willie", 0.097), ("Charlene", 0.097), ("Bessie", 0.096), ("Delores", 0.095), ("Melinda", 0.094), ("Pearl", 0.094), ("Arlene", 0.094), ("Maureen", 0.092), ("Colleen", 0.092), ("Allison", 0.092), ("Tamara", 0.092), ("Joy", 0.091), ("Georgia", 0.091), ("Constance", 0.091), ("Lillie", 0.09), ("Claudia", 0.09), ("Jackie", 0.09), ("Marcia", 0.09), ("Tanya", 0.089), ("Nellie", 0.089), ("Minnie", 0.089), ("Marlene", 0.088), ("Heidi", 0.088), ("Glenda", 0.088), ("Lydia", 0.086), ("Viola", 0.086), ("Courtney", 0.086), ("Marian", 0.086), ("Stella", 0.085), ("Caroline", 0.085), ("Dora", 0.084), ("Jo", 0.083), ("Vickie", 0.082), ("Mattie", 0.081), ("Terry", 0.08), ("Maxine", 0.079), ("Irma", 0.079), ("Mabel", 0.078), ("Marsha", 0.078), ("Myrtle", 0.078), ("Lena", 0.077), ("Christy", 0.077), ("Deanna", 0.076), ("Patsy", 0.076), ("Hilda", 0.075), ("Gwendolyn", 0.074), ("Jennie", 0.073), ("Nora", 0.073), ("Margie", 0.072), ("Nina", 0.072), ("Cassandra", 0.072), ("Leah", 0.072), ("Penny", 0.071), ("Kay", 0.071), ("Priscilla", 0.071), ("Naomi", 0.071), ("Carole", 0.071), ("Brandy", 0.07), ("Olga", 0.07), ("Billie", 0.069), ("Dianne", 0.069), ("Tracey", 0.069), ("Leona", 0.069), ("Jenny", 0.068), ("Felicia", 0.068), ("Sonia", 0.068), ("Miriam", 0.066), ("Velma", 0.066), ("Becky", 0.066), ("Bobbie", 0.065), ("Violet", 0.065), ("Kristina", 0.065), ("Toni", 0.064), ("Misty", 0.063), ("Mae", 0.063), ("Shelly", 0.062), ("Daisy", 0.062), ("Ramona", 0.062), ("Sherri", 0.062), ("Erika", 0.061), ("Katrina", 0.061), ("Claire", 0.061), ("Lindsey", 0.06), ("Lindsay", 0.06), ("Geneva", 0.059), ("Guadalupe", 0.059), ("Belinda", 0.059), ("Margarita", 0.059), ("Sheryl", 0.059), ("Cora", 0.058), ("Faye", 0.058), ("Ada", 0.057), ("Natasha", 0.057), ("Sabrina", 0.057), ("Isabel", 0.057), ("Marguerite", 0.056), ("Hattie", 0.056), ("Harriet", 0.056), ("Molly", 0.055), ("Cecilia", 0.055), ("Kristi", 0.055), ("Brandi", 0.055), ("Blanche", 0.055), ("Sandy", 0.055), ("Rosie", 0.055), ("Joanna", 0.055), ("Iris", 0.055), ("Eunice", 0.054), ("Angie", 0.054), ("Inez", 0.053), ("Lynda", 0.053), ("Madeline", 0.052), ("Amelia", 0.052), ("Alberta", 0.052), ("Genevieve", 0.051), ("Monique", 0.051), ("Jodi", 0.051), ("Janie", 0.051), ("Maggie", 0.051), ("Kayla", 0.051), ("Sonya", 0.051), ("Jan", 0.051), ("Lee", 0.051), ("Kristine", 0.051), ("Candace", 0.051), ("Fannie", 0.05), ("Maryann", 0.05), ("Opal", 0.05), ("Alison", 0.05), ("Yvette", 0.05), ("Melody", 0.05), ("Luz", 0.049), ("Susie", 0.049), ("Olivia", 0.049), ("Flora", 0.049), ("Shelley", 0.049), ("Kristy", 0.048), ("Mamie", 0.048), ("Lula", 0.048), ("Lola", 0.048), ("Verna", 0.048), ("Beulah", 0.048), ("Antoinette", 0.048), ("Candice", 0.046), ("Juana", 0.046), ("Jeannette", 0.046), ("Pam", 0.046), ("Kelli", 0.046), ("Hannah", 0.045), ("Whitney", 0.045), ("Bridget", 0.045), ("Karla", 0.044), ("Celia", 0.044), ("Latoya", 0.043), ("Patty", 0.043), ("Shelia", 0.043), ("Gayle", 0.043), ("Della", 0.043), ("Vicky", 0.043), ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042))  # fmt: skip
US_M_CENSUS: tuple[tuple[str, float], ...] = (("James", 3.318), ("John", 3.271), ("Robert", 3.143), ("Michael", 2.629), ("William", 2.451), ("David", 2.363), ("Richard", 1.703), ("Charles", 1.523), ("Joseph", 1.404), ("Thomas", 1.38), ("Christopher", 1.035), ("Daniel", 0.974), ("Paul", 0.948), ("Mark", 0.938), ("Donald", 0.931), ("George", 0.927), ("Kenneth", 0.826), ("Steven", 0.78), ("Edward", 0.779), ("Brian", 0.736), ("Ronald", 0.725), ("Anthony", 0.721), ("Kevin", 0.671), ("Jason", 0.66), ("Matthew", 0.657), ("Gary", 0.65), ("Timothy", 0.64), ("Jose", 0.613), ("Larry", 0.598), ("Jeffrey", 0.591), ("Frank", 0.581), ("Scott", 0.546), ("Eric", 0.544), ("Stephen", 0.54), ("Andrew", 0.537), ("Raymond", 0.488), ("Gregory", 0.441), ("Joshua", 0.435), ("Jerry", 0.432), ("Dennis", 0.415), ("Walter", 0.399), ("Patrick", 0.389), ("Peter", 0.381), ("Harold", 0.371), ("Douglas", 0.367), ("Henry", 0.365), ("Carl", 0.346), ("Arthur", 0.335), ("Ryan", 0.328), ("Roger", 0.322), ("Joe", 0.321), ("Juan", 0.316), ("Jack", 0.315), ("Albert", 0.314), ("Jonathan", 0.313), ("Justin", 0.311), ("Terry", 0.311), ("Gerald", 0.309), ("Keith", 0.308), ("Samuel", 0.306), ("Willie", 0.302), ("Ralph", 0.282), ("Lawrence", 0.282), ("Nicholas", 0.275), ("Roy", 0.273), ("Benjamin", 0.27), ("Bruce", 0.263), ("Brandon", 0.26), ("Adam", 0.259), ("Harry", 0.251), ("Fred", 0.251), ("Wayne", 0.249), ("Billy", 0.248), ("Steve", 0.246), ("Louis", 0.243), ("Jeremy", 0.242), ("Aaron", 0.24), ("Randy", 0.232), ("Howard", 0.23), ("Eugene", 0.23), ("Carlos", 0.229), ("Russell", 0.224), ("Bobby", 0.223), ("Victor", 0.222), ("Martin", 0.216), ("Ernest", 0.215), ("Phillip", 0.213), ("Todd", 0.213), ("Jesse", 0.209), ("Craig", 0.206), ("Alan", 0.204), ("Shawn", 0.2), ("Clarence", 0.197), ("Sean", 0.197), ("Philip", 0.197), ("Chris", 0.197), ("Johnny", 0.195), ("Earl", 0.193), ("Jimmy", 0.191), ("Antonio", 0.19), ("Danny", 0.19), ("Bryan", 0.19), ("Tony", 0.19), ("Luis", 0.189), ("Mike", 0.189), ("Stanley", 0.186), ("Leonard", 0.186), ("Nathan", 0.185), ("Dale", 0.184), ("Manuel", 0.181), ("Rodney", 0.18), ("Curtis", 0.18), ("Norman", 0.177), ("Allen", 0.174), ("Marvin", 0.171), ("Vincent", 0.168), ("Glenn", 0.167), ("Jeffery", 0.166), ("Travis", 0.166), ("Jeff", 0.166), ("Chad", 0.165), ("Jacob", 0.165), ("Lee", 0.162), ("Melvin", 0.162), ("Alfred", 0.162), ("Kyle", 0.16), ("Francis", 0.16), ("Bradley", 0.159), ("Jesus", 0.155), ("Herbert", 0.155), ("Frederick", 0.154), ("Ray", 0.153), ("Joel", 0.152), ("Edwin", 0.148), ("Don", 0.145), ("Eddie", 0.144), ("Ricky", 0.141), ("Troy", 0.138), ("Randall", 0.138), ("Barry", 0.134), ("Alexander", 0.132), ("Bernard", 0.127), ("Mario", 0.125), ("Leroy", 0.125), ("Francisco", 0.124), ("Marcus", 0.124), ("Micheal", 0.123), ("Theodore", 0.123), ("Clifford", 0.123), ("Miguel", 0.122), ("Oscar", 0.122), ("Jay", 0.118), ("Jim", 0.118), ("Tom", 0.117), ("Calvin", 0.115), ("Alex", 0.115), ("Jon", 0.115), ("Ronnie", 0.113), ("Bill", 0.112), ("Lloyd", 0.112), ("Tommy", 0.112), ("Leon", 0.112), ("Derek", 0.112), ("Warren", 0.11), ("Darrell", 0.108), ("Jerome", 0.108), ("Floyd", 0.107), ("Leo", 0.106), ("Alvin", 0.105), ("Tim", 0.104), ("Wesley", 0.104), ("Gordon", 0.104), ("Dean", 0.104), ("Greg", 0.104), ("Jorge", 0.104), ("Dustin", 0.103), ("Pedro", 0.103), ("Derrick", 0.103), ("Dan", 0.101), ("Lewis", 0.099), ("Zachary", 0.099), ("Corey", 0.098), ("Herman", 0.097), ("Maurice", 0.097), ("Vernon", 0.097), ("Roberto", 0.097), ("Clyde", 0.095), ("Glen", 0.094), ("Hector", 0.094), ("Shane", 0.093), ("Ricardo", 0.093), ("Sam", 0.092), ("Rick", 0.091), ("Lester", 0.091), ("Brent", 0.09), ("Ramon", 0.09), ("Charlie", 0.09), ("Tyler", 0.089), ("Gilbert", 0.089), ("Gene", 0.087), ("Marc", 0.087), ("Reginald", 0.084), ("Ruben", 0.082), ("Brett", 0.082), ("Angel", 0.082), ("Nathaniel", 0.081), ("Rafael", 0.081), ("Leslie", 0.081), ("Edgar", 0.08), ("Milton", 0.08), ("Raul", 0.079), ("Ben", 0.078), ("Chester", 0.078), ("Cecil", 0.078), ("Duane", 0.077), ("Franklin", 0.077), ("Andre", 0.076), ("Elmer", 0.074), ("Brad", 0.073), ("Gabriel", 0.073), ("Ron", 0.072), ("Mitchell", 0.072), ("Roland", 0.072), ("Arnold", 0.072), ("Harvey", 0.072), ("Jared", 0.071), ("Adrian", 0.069), ("Karl", 0.069), ("Cory", 0.068), ("Claude", 0.068), ("Erik", 0.068), ("Darryl", 0.067), ("Jamie", 0.066), ("Neil", 0.066), ("Jessie", 0.065), ("Christian", 0.065), ("Javier", 0.065), ("Fernando", 0.065), ("Clinton", 0.065), ("Ted", 0.064), ("Mathew", 0.064), ("Tyrone", 0.064), ("Darren", 0.064), ("Lonnie", 0.064), ("Lance", 0.063), ("Cody", 0.063), ("Julio", 0.063), ("Kelly", 0.063), ("Kurt", 0.062), ("Allan", 0.061), ("Nelson", 0.061), ("Guy", 0.06), ("Clayton", 0.06), ("Hugh", 0.06), ("Max", 0.059), ("Dwayne", 0.059), ("Dwight", 0.058), ("Armando", 0.058), ("Felix", 0.058), ("Jimmie", 0.058), ("Everett", 0.057), ("Jordan", 0.056), ("Ian", 0.056), ("Wallace", 0.056), ("Ken", 0.055), ("Bob", 0.055), ("Jaime", 0.055), ("Casey", 0.054), ("Alfredo", 0.054), ("Alberto", 0.053), ("Dave", 0.053), ("Ivan", 0.053), ("Johnnie", 0.052), ("Sidney", 0.052), ("Byron", 0.052), ("Julian", 0.052), ("Isaac", 0.051), ("Morris", 0.051), ("Clifton", 0.05), ("Willard", 0.05), ("Daryl", 0.05), ("Ross", 0.05), ("Virgil", 0.049), ("Andy", 0.049), ("Marshall", 0.049), ("Salvador", 0.049), ("Perry", 0.049), ("Kirk", 0.049), ("Sergio", 0.049), ("Marion", 0.048), ("Tracy", 0.048), ("Seth", 0.048), ("Kent", 0.048), ("Terrance", 0.048), ("Rene", 0.048), ("Eduardo", 0.047), ("Terrence", 0.047), ("Enrique", 0.046), ("Freddie", 0.046), ("Wade", 0.045), ("Austin", 0.044), ("Stuart", 0.044), ("Fredrick", 0.043), ("Arturo", 0.043), ("Alejandro", 0.043), ("Jackie", 0.043), ("Joey", 0.043), ("Nick", 0.043), ("Luther", 0.043), ("Wendell", 0.042), ("Jeremiah", 0.042), ("Evan", 0.042), ("Julius", 0.042), ("Dana", 0.042), ("Donnie", 0.041), ("Otis", 0.041), ("Shannon", 0.04), ("Trevor", 0.04), ("Oliver", 0.04), ("Luke", 0.04), ("Homer", 0.04), ("Gerard", 0.04), ("Doug", 0.04), ("Kenny", 0.039), ("Hubert", 0.039), ("Angelo", 0.039), ("Shaun", 0.039), ("Lyle", 0.038), ("Matt", 0.038), ("Lynn", 0.038), ("Alfonso", 0.038), ("Orlando", 0.037), ("Rex", 0.037), ("Carlton", 0.037), ("Ernesto", 0.037), ("Cameron", 0.037), ("Neal", 0.037), ("Pablo", 0.036), ("Lorenzo", 0.036), ("Omar", 0.036), ("Wilbur", 0.036), ("Blake", 0.036), ("Grant", 0.036), ("Horace", 0.036), ("Roderick", 0.036), ("Kerry", 0.036), ("Abraham", 0.035), ("Willis", 0.035), ("Rickey", 0.035), ("Jean", 0.035), ("Ira", 0.035), ("Andres", 0.034), ("Cesar", 0.034), ("Johnathan", 0.034), ("Malcolm", 0.034), ("Rudolph", 0.034), ("Damon", 0.034), ("Kelvin", 0.034), ("Rudy", 0.034), ("Preston", 0.034), ("Alton", 0.033), ("Archie", 0.033), ("Marco", 0.033), ("Wm", 0.033), ("Pete", 0.032), ("Randolph", 0.032), ("Garry", 0.032), ("Geoffrey", 0.032), ("Jonathon", 0.032), ("Felipe", 0.032), ("Bennie", 0.032), ("Gerardo", 0.032), ("Ed", 0.032), ("Dominic", 0.032), ("Robin", 0.032), ("Loren", 0.032), ("Delbert", 0.031), ("Colin", 0.031), ("Guillermo", 0.031), ("Earnest", 0.031))  # fmt: skip
US_S_CENSUS: tuple[tuple[str, float], ...] = (("Smith", 1.006), ("Johnson", 0.81), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621), ("Davis", 0.48), ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor", 0.311), ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.31), ("White", 0.279), ("Harris", 0.275), ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254), ("Martinez", 0.234), ("Robinson", 0.233), ("Clark", 0.231), ("Rodriguez", 0.229), ("Lewis", 0.226), ("Lee", 0.22), ("Walker", 0.219), ("Hall", 0.2), ("Allen", 0.199), ("Young", 0.193), ("Hernandez", 0.192), ("King", 0.19), ("Wright", 0.189), ("Lopez", 0.187), ("Hill", 0.187), ("Scott", 0.185), ("Green", 0.183), ("Adams", 0.174), ("Baker", 0.171), ("Gonzalez", 0.166), ("Nelson", 0.162), ("Carter", 0.162), ("Mitchell", 0.16), ("Perez", 0.155), ("Roberts", 0.153), ("Turner", 0.152), ("Phillips", 0.149), ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141), ("Edwards", 0.137), ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.13), ("Morris", 0.125), ("Rogers", 0.123), ("Reed", 0.122), ("Cook", 0.12), ("Morgan", 0.118), ("Bell", 0.117), ("Murphy", 0.117), ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper", 0.113), ("Richardson", 0.112), ("Cox", 0.11), ("Howard", 0.11), ("Ward", 0.108), ("Torres", 0.108), ("Peterson", 0.107), ("Gray", 0.106), ("Ramirez", 0.105), ("James", 0.105), ("Watson", 0.103), ("Brooks", 0.103), ("Kelly", 0.102), ("Sanders", 0.1), ("Price", 0.099), ("Bennett", 0.099), ("Wood", 0.098), ("Barnes", 0.097), ("Ross", 0.096), ("Henderson", 0.095), ("Coleman", 0.095), ("Jenkins", 0.095), ("Perry", 0.094), ("Powell", 0.093), ("Long", 0.092), ("Patterson", 0.092), ("Hughes", 0.092), ("Flores", 0.092), ("Washington", 0.092), ("Butler", 0.091), ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales", 0.087), ("Bryant", 0.087), ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084), ("Diaz", 0.084), ("Hayes", 0.083), ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082), ("Graham", 0.082), ("Sullivan", 0.081), ("Wallace", 0.081), ("Woods", 0.08), ("Cole", 0.08), ("West", 0.08), ("Jordan", 0.078), ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077), ("Ellis", 0.077), ("Harrison", 0.076), ("Gibson", 0.075), ("McDonald", 0.075), ("Cruz", 0.075), ("Marshall", 0.075), ("Ortiz", 0.075), ("Gomez", 0.075), ("Murray", 0.074), ("Freeman", 0.074), ("Wells", 0.073), ("Webb", 0.072), ("Simpson", 0.07), ("Stevens", 0.07), ("Tucker", 0.07), ("Porter", 0.069), ("Hunter", 0.069), ("Hicks", 0.069), ("Crawford", 0.068), ("Henry", 0.068), ("Boyd", 0.068), ("Mason", 0.068), ("Morales", 0.067), ("Kennedy", 0.067), ("Warren", 0.067), ("Dixon", 0.066), ("Ramos", 0.066), ("Reyes", 0.066), ("Burns", 0.065), ("Gordon", 0.065), ("Shaw", 0.065), ("Holmes", 0.065), ("Rice", 0.064), ("Robertson", 0.064), ("Hunt", 0.063), ("Black", 0.063), ("Daniels", 0.062), ("Palmer", 0.062), ("Mills", 0.061), ("Nichols", 0.06), ("Grant", 0.06), ("Knight", 0.06), ("Ferguson", 0.059), ("Rose", 0.059), ("Stone", 0.059), ("Hawkins", 0.059), ("Dunn", 0.058), ("Perkins", 0.058), ("Hudson", 0.058), ("Spencer", 0.057), ("Gardner", 0.057), ("Stephens", 0.057), ("Payne", 0.057), ("Pierce", 0.056), ("Berry", 0.056), ("Matthews", 0.056), ("Arnold", 0.056), ("Wagner", 0.055), ("Willis", 0.055), ("Ray", 0.055), ("Watkins", 0.055), ("Olson", 0.055), ("Carroll", 0.055), ("Duncan", 0.055), ("Snyder", 0.055), ("Hart", 0.054), ("Cunningham", 0.054), ("Bradley", 0.054), ("Lane", 0.054), ("Andrews", 0.054), ("Ruiz", 0.054), ("Harper", 0.054), ("Fox", 0.053), ("Riley", 0.053), ("Armstrong", 0.053), ("Carpenter", 0.053), ("Weaver", 0.053), ("Greene", 0.053), ("Lawrence", 0.052), ("Elliott", 0.052), ("Chavez", 0.052), ("Sims", 0.052), ("Austin", 0.052), ("Peters", 0.052), ("Kelley", 0.052), ("Franklin", 0.051), ("Lawson", 0.051), ("Fields", 0.051), ("Gutierrez", 0.051), ("Ryan", 0.051), ("Schmidt", 0.051), ("Carr", 0.051), ("Vasquez", 0.051), ("Castillo", 0.051), ("Wheeler", 0.051), ("Chapman", 0.05), ("Oliver", 0.05), ("Montgomery", 0.049), ("Richards", 0.049), ("Williamson", 0.049), ("Johnston", 0.049), ("Banks", 0.048), ("Meyer", 0.048), ("Bishop", 0.048), ("McCoy", 0.048), ("Howell", 0.048), ("Alvarez", 0.048), ("Morrison", 0.048), ("Hansen", 0.047), ("Fernandez", 0.047), ("Garza", 0.047), ("Harvey", 0.047), ("Little", 0.046), ("Burton", 0.046), ("Stanley", 0.046), ("Nguyen", 0.046), ("George", 0.046), ("Jacobs", 0.046), ("Reid", 0.046), ("Kim", 0.045), ("Fuller", 0.045), ("Lynch", 0.045), ("Dean", 0.045), ("Gilbert", 0.045), ("Garrett", 0.045), ("Romero", 0.045), ("Welch", 0.044), ("Larson", 0.044), ("Frazier", 0.044), ("Burke", 0.044), ("Hanson", 0.043), ("Day", 0.043), ("Mendoza", 0.043), ("Moreno", 0.043), ("Bowman", 0.043), ("Medina", 0.042), ("Fowler", 0.042), ("Brewer", 0.042), ("Hoffman", 0.042), ("Carlson", 0.042), ("Silva", 0.042), ("Pearson", 0.042), ("Holland", 0.042), ("Douglas", 0.041), ("Fleming", 0.041), ("Jensen", 0.041), ("Vargas", 0.041), ("Byrd", 0.041), ("Davidson", 0.041), ("Hopkins", 0.041), ("May", 0.04), ("Terry", 0.04), ("Herrera", 0.04), ("Wade", 0.04), ("Soto", 0.04), ("Walters", 0.04), ("Curtis", 0.04), ("Neal", 0.039), ("Caldwell", 0.039), ("Lowe", 0.039), ("Jennings", 0.039), ("Barnett", 0.039), ("Graves", 0.039), ("Jimenez", 0.039), ("Horton", 0.039), ("Shelton", 0.039), ("Barrett", 0.039), ("O'Brien", 0.039), ("Castro", 0.039), ("Sutton", 0.038), ("Gregory", 0.038), ("McKinney", 0.038), ("Lucas", 0.038), ("Miles", 0.038), ("Craig", 0.038), ("Rodriquez", 0.037), ("Chambers", 0.037), ("Holt", 0.037), ("Lambert", 0.037), ("Fletcher", 0.037), ("Watts", 0.037), ("Bates", 0.037), ("Hale", 0.037), ("Rhodes", 0.037), ("Pena", 0.037), ("Beck", 0.037), ("Newman", 0.036), ("Haynes", 0.036), ("McDaniel", 0.036), ("Mendez", 0.036), ("Bush", 0.036), ("Vaughn", 0.036), ("Parks", 0.035), ("Dawson", 0.035), ("Santiago", 0.035), ("Norris", 0.035), ("Hardy", 0.035), ("Love", 0.035), ("Steele", 0.035), ("Curry", 0.035), ("Powers", 0.035), ("Schultz", 0.035), ("Barker", 0.035), ("Guzman", 0.034), ("Page", 0.034), ("Munoz", 0.034), ("Ball", 0.034), ("Keller", 0.034), ("Chandler", 0.034), ("Weber", 0.034), ("Leonard", 0.034), ("Walsh", 0.033), ("Lyons", 0.033), ("Ramsey", 0.033), ("Wolfe", 0.033), ("Schneider", 0.033), ("Mullins", 0.033), ("Benson", 0.033), ("Sharp", 0.033), ("Bowen", 0.033), ("Daniel", 0.033), ("Barber", 0.032), ("Cummings", 0.032), ("Hines", 0.032), ("Baldwin", 0.032), ("Griffith", 0.032), ("Valdez", 0.032), ("Hubbard", 0.032), ("Salazar", 0.032), ("Reeves", 0.032), ("Warner", 0.031), ("Stevenson", 0.031), ("Burgess", 0.031), ("Santos", 0.031), ("Tate", 0.031), ("Cross", 0.031), ("Garner", 0.031), ("Mann", 0.031), ("Mack", 0.031), ("Moss", 0.031), ("Thornton", 0.031), ("Dennis", 0.031), ("McGee", 0.031), ("Farmer", 0.03), ("Delgado", 0.03), ("Aguilar", 0.03), ("Vega", 0.03), ("Glover", 0.03), ("Manning", 0.03), ("Cohen", 0.03), ("Harmon", 0.03), ("Rodgers", 0.03), ("Robbins", 0.03), ("Newton", 0.03), ("Todd", 0.03), ("Blair", 0.03), ("Higgins", 0.03), ("Ingram", 0.03), ("Reese", 0.03), ("Cannon", 0.03), ("Strickland", 0.03), ("Townsend", 0.03), ("Potter", 0.03), ("Goodwin", 0.03), ("Walton", 0.03), ("Rowe", 0.029), ("Hampton", 0.029), ("Ortega", 0.029), ("Patton", 0.029), ("Swanson", 0.029), ("Joseph", 0.029), ("Francis", 0.029), ("Goodman", 0.029), ("Maldonado", 0.029), ("Yates", 0.029), ("Becker", 0.029), ("Erickson", 0.029), ("Hodges", 0.029), ("Rios", 0.029), ("Conner", 0.029), ("Adkins", 0.029), ("Webster", 0.028), ("Norman", 0.028), ("Malone", 0.028), ("Hammond", 0.028), ("Flowers", 0.028), ("Cobb", 0.028))  # fmt: skip
US_F = weighted(US_F_CENSUS, 150)
US_M = weighted(US_M_CENSUS, 150)
US_S = weighted(US_S_CENSUS, 150)


def origin(women: str, men: str, surnames: str, head: int = 12) -> Origin:
    return Origin(ranked(women, head), ranked(men, head), ranked(surnames, head + 3))


# Origins common in Sweden and the countries the horse and dog trade deals with: the commonest
# given names and surnames of each, most common first (general knowledge), 1/rank.
ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_F, SV_M, SV_S),
    "uk": Origin(UK_F, UK_M, UK_S),
    "us": Origin(US_F, US_M, US_S),
    "finnish": origin(
        "Tuula, Pirjo, Anneli, Marjatta, Sari, Päivi, Riitta, Tarja, Leena, Eila, Johanna, Aino, Helmi, Sirpa, Kaisa, Minna, Merja, Satu, Hanna, Tiina, Katja, Elina, Liisa, Seija, Ritva, Anu, Heli, Outi",
        "Juha, Timo, Matti, Kari, Mikko, Jari, Antti, Jukka, Mika, Markku, Pekka, Hannu, Heikki, Seppo, Janne, Ville, Tapio, Petri, Sami, Esa, Pentti, Veikko, Eero, Juhani, Lauri, Onni, Jussi, Teemu",
        "Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen, Hietala, Kallio, Peltonen, Aaltonen",
    ),
    "arabic": origin(  # Iraq and Syria, with Assyrian/Syriac names
        "Fatima, Maryam, Zainab, Noor, Sara, Hiba, Rana, Layla, Amina, Aya, Huda, Rasha, Reem, Yasmin, Dalia, Shahad, Zahra, Nour, Hanan, Lina, Rawan, Sana, Bushra, Ghada, Mariam, Shamiram, Ninos",
        "Mohammed, Ahmed, Ali, Hussein, Omar, Mustafa, Hassan, Abdullah, Khaled, Yousef, Ibrahim, Mahmoud, Karim, Haider, Ammar, Said, Tariq, Bilal, Samir, Ziad, Firas, Hamza, Adnan, Jamal, Sargon, Ashur, Fadi",
        "Ali, Mohammed, Hassan, Ahmed, Hussein, Abdullah, Ibrahim, Khalil, Al-Hashimi, Jaber, Saleh, Mahmoud, Haddad, Nasser, Al-Obaidi, Kassem, Aziz, Younes, Jabbar, Salman, Al-Khafaji, Hamdan, Darwish, Shamoun, Yousef, Gabriel, Isho, Barsoum, Elias, Toma, Al-Jaberi",
    ),
    "somali": origin(
        "Hodan, Fadumo, Amina, Sahra, Hawa, Asha, Ayan, Sagal, Ifrah, Nimco, Hibo, Khadra, Ubah, Muna, Deeqa, Sucaad, Halima, Ladan",
        "Abdi, Mohamed, Ahmed, Abdirahman, Abdullahi, Hassan, Ali, Omar, Ismail, Mahad, Yusuf, Liban, Hamse, Abdikarim, Farah, Guled, Bashir",
        "Mohamed, Ali, Hassan, Ahmed, Abdi, Omar, Hussein, Farah, Warsame, Jama, Abdullahi, Ismail, Osman, Aden, Nur, Yusuf, Mohamud, Dahir, Egal, Hirsi",
        10,
    ),
    "polish": origin(
        "Anna, Katarzyna, Maria, Małgorzata, Agnieszka, Barbara, Ewa, Magdalena, Joanna, Aleksandra, Krystyna, Monika, Zofia, Natalia, Marta, Karolina, Beata, Dorota, Justyna, Paulina, Iwona, Grażyna",
        "Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Jan, Michał, Marcin, Jakub, Adam, Marek, Łukasz, Grzegorz, Mateusz, Wojciech, Mariusz, Dariusz, Kamil, Zbigniew, Robert, Sławomir, Jerzy",
        "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Wojciechowski, Kwiatkowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Nowakowski, Majewski, Olszewski, Stępień",
    ),
    "persian": origin(
        "Maryam, Fatemeh, Zahra, Shirin, Parisa, Leila, Mina, Nasrin, Roya, Azadeh, Neda, Sara, Golnaz, Mahsa, Niloofar, Shabnam, Elham, Samira",
        "Mohammad, Ali, Reza, Hossein, Amir, Mehdi, Hamid, Saeed, Behzad, Dariush, Farid, Kourosh, Babak, Majid, Arash, Omid, Navid, Payam",
        "Mohammadi, Hosseini, Ahmadi, Rezaei, Moradi, Karimi, Jafari, Rahimi, Hashemi, Sadeghi, Ghasemi, Kazemi, Mousavi, Tehrani, Rostami, Ebrahimi, Najafi, Amini, Shahbazi, Farahani",
        10,
    ),
    "bcs": origin(  # Bosnia, Serbia, Croatia: the former Yugoslavia
        "Amra, Emina, Jasmina, Lejla, Ana, Marija, Ivana, Mirela, Selma, Vesna, Snežana, Dragana, Aida, Azra, Sanela, Jelena, Mersiha, Maja, Nermina",
        "Amir, Emir, Edin, Adnan, Mirza, Dragan, Zoran, Goran, Milan, Nikola, Senad, Haris, Damir, Dejan, Nenad, Jasmin, Almir, Stefan, Muhamed",
        "Hodžić, Hadžić, Delić, Kovačević, Begić, Jovanović, Petrović, Nikolić, Marković, Đorđević, Ilić, Mehmedović, Omerović, Babić, Horvat, Kovač, Šehić, Alić, Hasanović, Husić, Popović, Ibrahimović",
        10,
    ),
    "turkish": origin(
        "Ayşe, Fatma, Emine, Zeynep, Elif, Hatice, Merve, Esra, Özlem, Derya, Sibel, Gülsüm, Büşra, Aylin, Ebru",
        "Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, Murat, Emre, Yusuf, Burak, Serkan, Kemal, Ömer, Cem",
        "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek",
        10,
    ),
    "kurdish": origin(
        "Rojin, Berfin, Zilan, Nazdar, Shilan, Avin, Jiyan, Helin, Nasrin, Bahar, Dilan, Hêvî, Ronahî, Gulistan",
        "Azad, Dilshad, Kawa, Rebwar, Shwan, Karwan, Baran, Serhat, Hiwa, Ranj, Sherko, Aram, Hogir, Soran",
        "Barzani, Ahmed, Mahmoud, Rashid, Qadir, Omar, Karim, Salih, Mustafa, Aziz, Hama, Kaya, Zebari, Doski, Amedi",
        9,
    ),
    "eritrean": origin(
        "Senait, Helen, Selam, Saba, Tsega, Mebrat, Luwam, Rahel, Feven, Yordanos, Winta, Hiwet, Semhar, Almaz",
        "Yonas, Daniel, Tesfay, Mehari, Samuel, Robel, Filmon, Ghirmay, Yohannes, Berhane, Tekle, Habtom, Kidane, Dawit",
        "Tesfay, Tekle, Ghebremedhin, Haile, Gebremariam, Berhane, Kidane, Woldu, Habte, Tsegay, Mehari, Andemariam, Yemane, Negash, Ghebreyesus, Asmerom",
        9,
    ),
    "afghan": origin(
        "Fatima, Maryam, Zahra, Nargis, Mursal, Sadaf, Parwana, Shabana, Farzana, Laila, Nilofar, Roya, Soraya, Malalai",
        "Ahmad, Mohammad, Ali, Mustafa, Hamid, Omid, Wahid, Jawad, Nasir, Farid, Rahim, Sohrab, Zabihullah, Habibullah, Karim, Mansoor",
        "Ahmadi, Rahimi, Hakimi, Sultani, Hussaini, Noori, Karimi, Amiri, Stanikzai, Popal, Nazari, Haidari, Sadat, Qaderi, Rezai, Azizi",
        9,
    ),
    "thai": origin(
        "Malee, Pranee, Supaporn, Wanida, Kanokwan, Rattana, Sunisa, Jintana, Nattaya, Pornthip, Suda, Kannika, Lamai, Amporn, Siriporn",
        "Somchai, Somsak, Prasert, Anan, Chaiya, Wichai, Sombat, Kittisak, Narong, Thawatchai, Somboon, Surachai",
        "Saelim, Srisuk, Wongsawat, Chaiyaporn, Boonmee, Sukjai, Rattanakorn, Thongdee, Phromma, Kaewkham, Somboon, Sriwong, Jaidee, Intharasuk, Sangthong",
        9,
    ),
    "latin": origin(  # Chile and Latin America: two surnames
        "María, Carolina, Camila, Valentina, Daniela, Francisca, Javiera, Constanza, Catalina, Paula, Fernanda, Claudia, Patricia, Verónica, Ximena, Marcela",
        "Juan, José, Carlos, Luis, Jorge, Francisco, Sebastián, Matías, Diego, Cristián, Rodrigo, Felipe, Pablo, Manuel, Gonzalo, Patricio",
        "González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo, Reyes",
        10,
    ),
    "ukrainian": origin(
        "Olena, Oksana, Iryna, Natalia, Tetiana, Svitlana, Yulia, Anastasiia, Kateryna, Olha, Mariia, Viktoriia",
        "Oleksandr, Andrii, Serhii, Volodymyr, Dmytro, Mykola, Ivan, Oleh, Yurii, Vasyl, Maksym, Taras",
        "Melnyk, Shevchenko, Kovalenko, Bondarenko, Boiko, Tkachenko, Kravchenko, Kovalchuk, Koval, Oliinyk, Shevchuk, Polishchuk, Bondar, Tkachuk, Marchenko, Rudenko, Savchenko, Moroz, Lysenko, Petrenko",
        8,
    ),
    "german": origin(
        "Sabine, Susanne, Petra, Claudia, Andrea, Stefanie, Nicole, Julia, Katharina, Sandra, Birgit, Anja, Christina, Lena, Laura, Lisa, Monika, Ursula, Heike, Kerstin, Jana, Sarah, Hannah, Marie, Lea, Ingrid, Gisela",
        "Thomas, Michael, Andreas, Stefan, Peter, Frank, Christian, Markus, Klaus, Jürgen, Wolfgang, Alexander, Daniel, Jan, Tobias, Sebastian, Florian, Matthias, Uwe, Dirk, Ralf, Holger, Lukas, Felix, Jens, Hans-Jürgen, Karl-Heinz",
        "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, Hofmann, Hartmann, Lange, Schmitt, Werner, Schmitz, Krause, Meier, Lehmann, Schmid, Schulze, Maier, Köhler, Herrmann, König, Walter, Huber, von Bredow, von Hardenberg, zu Rantzau",
        15,
    ),
    "dutch": origin(
        "Anna, Emma, Sanne, Lotte, Anouk, Femke, Lisa, Eva, Ingrid, Marieke, Linda, Monique, Wilma, Esther, Maaike, Petra, Ilse, Fleur, Iris, Sophie, Joke, Annemiek",
        "Jan, Pieter, Johannes, Henk, Kees, Willem, Bas, Thijs, Joost, Ruud, Sander, Niels, Daan, Bram, Jeroen, Maarten, Wouter, Gerrit, Hendrik, Sjoerd, Gert-Jan, Jan-Willem",
        "de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer, de Boer, Mulder, de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, Dijkstra, Smits, de Graaf, van der Meer, van der Linden, Kok, Jacobs, de Haan, Vermeulen",
    ),
    "irish": origin(
        "Mary, Siobhán, Aoife, Niamh, Ciara, Sinéad, Emma, Sarah, Róisín, Orla, Gráinne, Catherine, Aisling, Deirdre, Caoimhe, Saoirse, Áine, Bridget, Clodagh, Maeve",
        "Seán, Patrick, John, Michael, Conor, Ciarán, Declan, Cian, Darragh, Eoin, Pádraig, Liam, Shane, Diarmuid, Fergal, Cathal, Niall, Dermot, Kevin, Brendan",
        "Murphy, Kelly, O'Sullivan, Walsh, Smith, O'Brien, Byrne, Ryan, O'Connor, O'Neill, O'Reilly, Doyle, McCarthy, Gallagher, O'Doherty, Kennedy, Lynch, Murray, Quinn, Moore, McLoughlin, O'Carroll, Connolly, Daly, O'Connell, Wilson, Dunne, Brennan, Burke, Collins, Kavanagh, Fitzgerald, Nolan",
    ),
    "norwegian": origin(
        "Anne, Inger, Kari, Marit, Ingrid, Liv, Eva, Berit, Astrid, Bjørg, Hilde, Anna, Solveig, Marianne, Randi, Ida, Nina, Maria, Elisabeth, Kristin, Silje, Ingeborg, Tone, Hanne",
        "Jan, Per, Bjørn, Ole, Lars, Kjell, Knut, Arne, Svein, Thomas, Hans, Geir, Tor, Morten, Terje, Odd, Erik, Martin, Andreas, Jon, Einar, Håkon, Magnus, Sindre, Eirik",
        "Hansen, Johansen, Olsen, Larsen, Andersen, Pedersen, Nilsen, Kristiansen, Jensen, Karlsen, Johnsen, Pettersen, Eriksen, Berg, Haugen, Hagen, Johannessen, Andreassen, Jacobsen, Dahl, Jørgensen, Halvorsen, Henriksen, Lund, Sørensen, Solberg, Strand, Moen, Bakken, Lie",
    ),
    "danish": origin(
        "Anne, Kirsten, Mette, Hanne, Anna, Helle, Susanne, Lene, Maria, Marianne, Lone, Camilla, Pia, Louise, Inge, Charlotte, Bente, Tina, Gitte, Julie, Sofie, Ida",
        "Peter, Jens, Lars, Michael, Henrik, Søren, Thomas, Jan, Niels, Christian, Martin, Jørgen, Hans, Anders, Morten, Jesper, Ole, Per, Rasmus, Mads, Kasper, Mikkel, Frederik",
        "Nielsen, Jensen, Hansen, Pedersen, Andersen, Christensen, Larsen, Sørensen, Rasmussen, Jørgensen, Petersen, Madsen, Kristensen, Olsen, Thomsen, Christiansen, Poulsen, Johansen, Møller, Mortensen, Knudsen, Jakobsen, Mikkelsen, Frederiksen, Holm",
    ),
    "spanish": origin(
        "María, Carmen, Ana, Isabel, Laura, Lucía, Marta, Cristina, Pilar, Elena, Rosa, Paula, Sara, Raquel, Beatriz, Nuria, Silvia, Sofía",
        "Antonio, José, Manuel, Francisco, David, Juan, Javier, Daniel, Carlos, Jesús, Alejandro, Miguel, Rafael, Pablo, Sergio, Fernando, Jorge, Álvaro",
        "García, Rodríguez, González, Fernández, López, Martínez, Sánchez, Pérez, Gómez, Martín, Jiménez, Ruiz, Hernández, Díaz, Moreno, Muñoz, Álvarez, Romero, Alonso, Gutiérrez, Navarro, Torres, Domínguez, Vázquez, Ramos",
    ),
    "french": origin(
        "Marie, Nathalie, Isabelle, Sylvie, Catherine, Camille, Léa, Manon, Julie, Sophie, Céline, Chloé, Anne, Valérie, Sandrine, Aurélie, Émilie, Claire, Marie-Claire, Anne-Sophie",
        "Jean, Pierre, Michel, Philippe, Nicolas, Alain, Patrick, Christophe, Julien, Thomas, Laurent, François, Éric, Antoine, Stéphane, Lucas, Hugo, Olivier, Jean-Pierre, Jean-Marc",
        "Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Laurent, Lefebvre, Michel, Garcia, David, Bertrand, Roux, Vincent, Fournier, Morel, Girard, Bonnet, Dupont, Lambert, Fontaine, Rousseau, Blanc, Guérin, de la Tour",
    ),
    "italian": origin(
        "Giulia, Francesca, Chiara, Sara, Anna, Giovanna, Maria, Elena, Federica, Valentina, Alessandra, Paola, Silvia, Laura",
        "Marco, Giuseppe, Francesco, Luca, Andrea, Alessandro, Giovanni, Matteo, Stefano, Roberto, Lorenzo, Davide, Paolo, Antonio",
        "Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, Conti, De Luca, Mancini, Costa, Giordano, Rizzo, Lombardi, Moretti",
        10,
    ),
    "estonian": origin(
        "Maria, Anna, Tiina, Kadri, Kristiina, Liis, Triin, Piret, Katrin, Mari, Kairi, Marika",
        "Andres, Aivar, Rein, Toomas, Jaan, Tiit, Margus, Priit, Urmas, Ain, Tõnu, Mart",
        "Tamm, Saar, Sepp, Mägi, Kask, Kukk, Rebane, Ilves, Pärn, Koppel, Lepik, Oja, Kuusk, Karu",
        8,
    ),
}
ORIGIN_OF_COUNTRY = {
    "se": "swedish", "uk": "uk", "gb": "uk", "us": "us", "ca": "us", "fi": "finnish", "pl": "polish",
    "de": "german", "at": "german", "ch": "german", "nl": "dutch", "be": "dutch", "ie": "irish",
    "no": "norwegian", "dk": "danish", "es": "spanish", "fr": "french", "it": "italian",
    "ee": "estonian", "tr": "turkish", "iq": "arabic", "sy": "arabic", "ir": "persian",
    "so": "somali", "er": "eritrean", "af": "afghan", "th": "thai", "cl": "latin", "ua": "ukrainian",
    "ba": "bcs", "rs": "bcs", "hr": "bcs",
}  # fmt: skip

# Who is named, per language of the row, where a template does not say where a person is from:
# roughly as Sweden's population is for Swedish text; the English-speaking world with the
# horse and dog trade's neighbours for English text; Swedes with both for mixed text.
MIXES: dict[str, dict[str, float]] = {
    "sv": {"swedish": 68, "arabic": 5, "finnish": 3.5, "polish": 2.5, "bcs": 2.2, "persian": 2.2,
           "somali": 1.6, "kurdish": 1.3, "turkish": 1.3, "eritrean": 1.1, "afghan": 1.2,
           "thai": 0.9, "latin": 0.9, "ukrainian": 1.2, "norwegian": 1.2, "danish": 1.0,
           "german": 1.2, "uk": 0.6, "us": 0.5},
    "en": {"uk": 32, "us": 28, "irish": 8, "swedish": 8, "german": 4, "dutch": 4, "norwegian": 1.5,
           "danish": 1.5, "polish": 2, "spanish": 2, "french": 2, "italian": 1.5, "finnish": 1,
           "arabic": 1.5, "somali": 0.5, "persian": 0.5, "turkish": 0.5, "estonian": 0.4},
    "mixed": {"swedish": 45, "uk": 9, "us": 7, "irish": 4, "german": 5, "dutch": 5, "norwegian": 3,
              "danish": 3, "finnish": 3, "polish": 3, "spanish": 2, "french": 1.5, "italian": 1,
              "arabic": 3, "persian": 1.5, "bcs": 1.5, "somali": 1, "turkish": 1, "kurdish": 1,
              "eritrean": 0.7, "afghan": 0.7, "thai": 0.7, "latin": 0.8, "ukrainian": 1,
              "estonian": 0.5},
}  # fmt: skip

# Short forms as people write them, by the full name they stand for.
NICK_SV = {
    "Lars": ["Lasse"], "Mikael": ["Micke"], "Elisabeth": ["Bettan", "Lisa"], "Elisabet": ["Bettan", "Lisa"],
    "Karl": ["Kalle"], "Per": ["Pelle", "Perra"], "Joakim": ["Jocke"], "Thomas": ["Tompa"], "Tomas": ["Tompa"],
    "Magnus": ["Mange"], "Marcus": ["Mackan"], "Markus": ["Mackan"], "Christer": ["Crille"],
    "Kristoffer": ["Krille", "Kricke"], "Fredrik": ["Fredde"], "Henrik": ["Henke"], "Patrik": ["Patte"],
    "Mattias": ["Matte"], "Mats": ["Matte"], "Gustav": ["Gurra", "Gusse"], "Göran": ["Gurra"],
    "Robert": ["Robban"], "Tobias": ["Tobbe"], "Torbjörn": ["Tobbe"], "Jonas": ["Jonte"],
    "Stefan": ["Steffe"], "Daniel": ["Danne"], "Niklas": ["Nicke"], "Ulf": ["Uffe"], "Rolf": ["Roffe"],
    "Kenneth": ["Kenta"], "Hans": ["Hasse"], "Bengt": ["Bengan"], "Nils": ["Nisse"], "Olof": ["Olle"],
    "Sven": ["Svenne"], "Jan": ["Janne"], "Viktor": ["Vicke"], "Sebastian": ["Sebbe"], "Christian": ["Chrille"],
    "Kristina": ["Kicki", "Stina"], "Christina": ["Kicki", "Tina"], "Katarina": ["Kattis", "Kajsa"],
    "Susanne": ["Sussie", "Sanna"], "Charlotte": ["Lotta"], "Margareta": ["Maggan", "Greta"],
    "Birgitta": ["Bittan", "Gittan"], "Louise": ["Lollo"], "Josefin": ["Jossan"], "Jessica": ["Jessan"],
    "Therese": ["Tessan"], "Alexandra": ["Sandra", "Alex"], "Johanna": ["Hanna", "Jojjo"],
    "Rebecka": ["Becka"], "Rebecca": ["Becka"], "Viktoria": ["Vickan"], "Victoria": ["Vickan"],
    "Ulrika": ["Ullis"], "Camilla": ["Millan"], "Matilda": ["Tilda"], "Maria": ["Mia", "Mimmi"],
    "Gunilla": ["Gunnis"], "Emelie": ["Emmy"], "Caroline": ["Caro"], "Helena": ["Hella"],
}  # fmt: skip
NICK_EN = {
    "Elizabeth": ["Liz", "Beth", "Lizzie"], "Robert": ["Rob", "Bob", "Bobby"], "William": ["Will", "Bill"],
    "James": ["Jim", "Jamie"], "Michael": ["Mike", "Mick"], "Christopher": ["Chris"],
    "Jennifer": ["Jen", "Jenny"], "Katherine": ["Kate", "Kathy"], "Catherine": ["Kate", "Cathy"],
    "Margaret": ["Maggie", "Peggy"], "Richard": ["Rich", "Dick"], "Thomas": ["Tom", "Tommy"],
    "Joseph": ["Joe"], "Daniel": ["Dan", "Danny"], "Matthew": ["Matt"], "Andrew": ["Andy", "Drew"],
    "Anthony": ["Tony"], "Nicholas": ["Nick"], "Samantha": ["Sam"], "Alexander": ["Alex"],
    "Victoria": ["Vicky", "Tori"], "Rebecca": ["Becky", "Becca"], "Jessica": ["Jess"],
    "Charlotte": ["Lottie", "Charlie"], "Philippa": ["Pippa"], "Patricia": ["Pat", "Trish"],
    "Deborah": ["Debbie", "Deb"], "Susan": ["Sue"], "Edward": ["Ed", "Ted"], "Charles": ["Charlie"],
    "Benjamin": ["Ben"], "Samuel": ["Sam"], "Jonathan": ["Jon"], "Stephen": ["Steve"], "Steven": ["Steve"],
    "Timothy": ["Tim"], "David": ["Dave"], "Amanda": ["Mandy"], "Barbara": ["Barb"], "Kimberly": ["Kim"],
    "Gregory": ["Greg"], "Donald": ["Don"], "Kenneth": ["Ken"], "Ronald": ["Ron"], "Lawrence": ["Larry"],
    "Gerald": ["Gerry"], "Harriet": ["Hattie"], "Frederick": ["Freddie"], "Penelope": ["Penny"],
    "Alexandra": ["Alex", "Lexi"], "Joshua": ["Josh"], "Zachary": ["Zach"], "Nathan": ["Nate"],
    "Jacqueline": ["Jackie"], "Christine": ["Chris"], "Georgina": ["George", "Gina"],
}  # fmt: skip
NICKNAMES: dict[str, dict[str, list[str]]] = {
    "swedish": NICK_SV, "uk": NICK_EN, "us": NICK_EN, "irish": {"Patrick": ["Paddy", "Pat"], "Seán": ["Seánie"], "Michael": ["Mick", "Mikey"], "Bridget": ["Biddy"]},
    "german": {"Stefanie": ["Steffi"], "Andreas": ["Andi"], "Florian": ["Flo"], "Katharina": ["Kathi"], "Thomas": ["Tom"], "Alexander": ["Alex"]},
    "dutch": {"Johannes": ["Hans", "Joop"], "Willem": ["Wim"], "Hendrik": ["Henk"], "Pieter": ["Piet"]},
    "danish": {"Frederik": ["Frede"]}, "norwegian": {"Magnus": ["Mange"]},
    "finnish": {"Juhani": ["Jussi"], "Matti": ["Masa"]},
}  # fmt: skip
