# ruff: noqa: E501
"""Name pools of held-out FF (issue 15): names as the population of Sweden has them.

Written by FF's helper from general knowledge of the name statistics (SCB's rank order for Sweden,
the ONS rankings for the UK, the commonest names of the origins common in Sweden) and, for the US,
copied from the US Census 1990 lists (`dist.female.first`, `dist.male.first`, `dist.all.last`,
public domain, as installed with the `names` package in the project's venv) with the census per
cent as weight. Nothing here was checked against rung's lexicons: no name is left out or put in
for being known or unknown to the detector.

A list in rank order weighs its names 1/rank. The first `head` names of a list are its head, the
rest its tail; `HEAD_SHARE` of name words come from a head, the rest from a tail.
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


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def ranked(text: str, head: int) -> Pool:
    """Names in rank order, comma-separated; a name met again keeps its first rank."""
    names: list[str] = []
    for name in (part.strip() for part in text.split(",")):
        if name and name not in names:
            names.append(name)
    return Pool(
        tuple(names), tuple(1 / rank for rank in range(1, len(names) + 1)), min(head, len(names))
    )


def weighted(pairs: tuple[tuple[str, float], ...], head: int) -> Pool:
    """Names with their own weights (the census per cent), in the census's order."""
    return Pool(tuple(n for n, _ in pairs), tuple(w for _, w in pairs), head)


_PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "ı": "i", "đ": "dj", "Đ": "Dj", "ø": "o", "Ø": "O", "ß": "ss"}
)


def plain(name: str) -> str:
    """The name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_PLAIN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for end in ("ski", "cki", "dzki"):
        if surname.endswith(end):
            return surname[:-1] + "a"
    return surname


# Sweden: given names as people are called by them and surnames, in SCB's rank order as the
# writer knows it (the most carried first), 1/rank, head the top 150; a tail of rarer names after.
SV_F = ranked(
    """
    Anna, Eva, Maria, Karin, Sara, Kristina, Lena, Emma, Kerstin, Ingrid, Elin, Hanna, Sofia,
    Marie, Malin, Linnéa, Ida, Jenny, Johanna, Julia, Annika, Birgitta, Inger, Susanne, Linda,
    Elsa, Alice, Maja, Ebba, Ella, Camilla, Helena, Katarina, Ulla, Monica, Carina, Åsa, Amanda,
    Cecilia, Matilda, Klara, Frida, Agnes, Louise, Lisa, Wilma, Alva, Olivia, Moa, Elisabeth,
    Margareta, Gunilla, Anneli, Marianne, Anette, Ann, Lovisa, Astrid, Ellen, Saga, Josefin,
    Emelie, Caroline, Therese, Sandra, Jessica, Madeleine, Ulrika, Pia, Siv, Britt, Barbro,
    Gunnel, Ingegerd, Agneta, Yvonne, Viktoria, Charlotte, Pernilla, Selma, Stina, Signe, Tove,
    Nora, Freja, Lina, Felicia, Mikaela, Jennifer, Rebecka, Emilia, Isabelle, Nathalie, Evelina,
    Angelica, Hedvig, Lisbeth, Birgit, Anita, Margit, Ingela, Marita, Kristin, Helen, Petra,
    Veronica, Mona, Sonja, Karolina, Sanna, Irene, Gerd, Jeanette, Liselotte, Erika, Alexandra,
    Fanny, Tilda, Tindra, Thea, Vera, Ester, Elvira, Linn, Tuva, Ronja, Hilda, Märta, Greta,
    Elise, Sigrid, Tyra, Ylva, Solveig, Gun, Vendela, Nellie, Lova, Lilly, Leah, Molly, Mira,
    Isabella, Juni, Stella, Cornelia, Ann-Christin, Anna-Karin, Britt-Marie, Ann-Marie, Majken,
    Elina, Alma, Iris,
    Ann-Charlotte, Eva-Lena, Marie-Louise, Maj-Britt, Ann-Sofie, Anna-Lena, Gunvor, Ragnhild,
    Ingeborg, Gullan, Vivianne, Inga, Elna, Edit, Ines, Juno, Livia, Meja, Nova, Ellie, Melissa,
    Michelle, Nicole, Sabina, Madelene, Josefine, Sofie, Annelie, Charlotta, Henrietta, Henny,
    Hjördis, Inez, Irma, Judit, Lilian, Lillemor, Margaretha, Mathilda, Mia, Nanna, Petronella,
    Ragna, Rakel, Rosita, Ruth, Svea, Tekla, Tora, Ulrica, Valborg, Vanja, Viola, Wivi, Yrsa,
    Agda, Alfhild, Aina, Asta, Berit, Bodil, Britta, Dagny, Doris, Edla, Ellinor, Eleonora, Emmy,
    Engla, Evy, Gertrud, Gudrun, Hillevi, Hulda, Ingalill, Ingbritt, Irja, Jonna, Jolin, Kajsa,
    Katja, Laila, Lotten, Malva, Marit, My, Nadja, Nina, Olga, Ottilia, Paula, Rigmor, Sigbritt,
    Siri, Sylvia, Tanja, Tina, Tova, Ulla-Britt, Vilma, Viveka, Åse, Hedda, Jacqueline, Janina,
    Josefina, Kaisa, Katrin, Lea, Lisen, Margot, Maud, Mimmi, Regina, Rose-Marie, Siw, Veronika,
    Wilhelmina, Yvette, Emely, Elisa, Esther, Filippa, Gabriella, Idun, Ingvor, Jill, Lovis,
    Majvor, Malou, Pauline, Sally, Selin, Smilla, Tea, Valentina, Vilja, Vivi, Wera, Zara, Zoe,
    Alicia, Amelia, Ebba-Lena, Elsy, Febe, Gunborg, Hilma, Ingegärd, Jenna, Kristel, Lykke, Majbritt,
    Marika, Mervi, Milla, Minna, Nathalia, Nelly, Novalie, Ottilie, Rut, Sassa, Siiri, Solbritt,
    Stella-Maj, Sussie, Tuulikki, Ulrikka, Unni, Vega, Villemo, Åsa-Lena, Ella-Maja, Ewa,
    Adina, Alida, Amalia, Anja, Annie, Antonia, Ariana, Beatrice, Bianca, Carolina, Cassandra,
    Daniella, Denise, Diana, Dina, Edith, Eleonor, Estelle, Gisela, Gunhild, Harriet, Helmi,
    Isa, Jasmin, Joline, Julie, Karina, Lena-Maria, Liv, Lisette, Lotta, Nadia, Ulla-Karin,
""",
    150,
)
SV_M = ranked(
    """
    Lars, Mikael, Anders, Johan, Per, Erik, Karl, Peter, Jan, Thomas, Daniel, Fredrik, Hans,
    Andreas, Stefan, Mats, Magnus, Bengt, Mattias, Marcus, Jonas, Martin, Nils, Sven, Bo, Niklas,
    Björn, Henrik, Leif, Alexander, Oskar, Patrik, Göran, Ulf, Christer, Gustav, Tommy, Robert,
    Kent, Roger, Ola, Joakim, David, Kjell, Viktor, Emil, Christian, Simon, Åke, Rolf, Filip,
    Anton, Axel, Jonathan, Sebastian, Johannes, Gunnar, Lennart, Kenneth, Roland, Stig, Tobias,
    William, Lucas, Oliver, Hugo, Elias, Liam, Adam, Olof, Carl, Jakob, Rasmus, Ludvig, Isak,
    Albin, Leo, Noah, Theo, Arvid, Vincent, Melvin, Emanuel, Pontus, Jesper, Linus, Dennis,
    Kristoffer, Jimmy, Robin, Tony, Claes, Ingvar, Arne, Kurt, Gösta, Rune, Bertil, Sten,
    Torbjörn, Håkan, Jörgen, Mohammed, Ali, Benjamin, Edvin, Vilgot, Alfred, Elliot, Love, Sixten,
    Melker, Casper, Wilhelm, Gabriel, Samuel, Jacob, Felix, Max, Valter, Olle, Harald, Ivar, Sune,
    Tage, Evert, Ingemar, Conny, Glenn, Kim, Kristian, Mathias, Tomas, Richard, Rickard, Joel,
    Jens, Mohamed, Ahmed, Omar, Hampus, Gustaf, Lars-Erik, Per-Olof, Karl-Erik, Jan-Erik,
    Carl-Johan,
    Sven-Erik, Nils-Erik, Bengt-Göran, Hans-Olov, Lars-Åke, Per-Anders, Jan-Olof, Alvar, Algot,
    Allan, Anselm, Arnold, Artur, August, Bernt, Birger, Bror, Börje, Dag, Dan, Egon, Einar,
    Eskil, Folke, Fritiof, Georg, Gerhard, Gillis, Gottfrid, Halvar, Harry, Helge, Henning,
    Holger, Ingmar, Inge, Jarl, Jerker, Joar, John, Jon, Josef, Kasper, Kennet, Knut, Konrad,
    Krister, Leon, Loke, Lukas, Malte, Manfred, Mauritz, Morgan, Nicklas, Noel, Ove, Otto,
    Ragnar, Reine, Roine, Ronny, Rutger, Sigvard, Sigurd, Stellan, Sture, Styrbjörn, Svante,
    Sören, Ted, Teodor, Tim, Tor, Tore, Torsten, Ture, Uno, Valdemar, Verner, Vidar, Viggo,
    Vilhelm, Yngve, Östen, Adrian, Ebbe, Elis, Enar, Erland, Fredric, Gert, Hilding, Hjalmar,
    Ingolf, Ivan, Jack, Joacim, Johnny, Julius, Kevin, Kjell-Åke, Lars-Olof, Leonard, Levi,
    Lorentz, Magne, Markus, Micael, Milo, Mio, Nicolas, Nore, Olav, Orvar, Patric, Peder,
    Ragnvald, Rikard, Roy, Sam, Sigge, Staffan, Sten-Åke, Thorsten, Tord, Torgny, Ulrik, Urban,
    Wiktor, Ville, Bo-Göran, Carl-Axel, Jan-Åke, Hans-Erik, Per-Erik, Karl-Gustav, Stig-Arne,
    Lars-Gunnar, Erling, Evald, Greger, Göte, Ingvald, Isidor, Kaj, Kristofer, Lowe, Matteus,
    Neo, Oscar, Ossian, Per-Ola, Pär, Ruben, Sigfrid, Valentin, Wilmer, Zacharias, Benny,
    Christoffer, Dick, Eddie, Edward, Eric, Fabian, Frans, Henry, Jimmie, Jonny, Lage, Patrick,
    Thor, Vilmer, Walter, Yusuf, Abdullahi, Alve, Anwar, Bill, Brage, Colin, Douglas, Eino, Eilert,
    Emir, Gunne, Hadar, Iwan, Jalmar, Juhani, Kalle, Lasse, Loui, Måns, Nils-Olof, Odd, Ossian,
    Albert, Alf, Arthur, Assar, Birk, Bruno, Charlie, Dante, Edgar, Elmer, Enzo, Frank, Hannes,
    Ivo, Jarmo, Jesse, Kai, Kolbjörn, Matti, Nathan, Olaus, Reidar, Seth, Aron, Eliel,
""",
    150,
)
SV_S = ranked(
    """
    Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson,
    Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson,
    Magnusson, Olofsson, Lindström, Lindqvist, Lindgren, Axelsson, Berg, Bergström, Lundberg,
    Lind, Lundgren, Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Forsberg,
    Sjöberg, Ali, Wallin, Mohammed, Engström, Eklund, Danielsson, Lundin, Håkansson, Björk,
    Bergman, Gunnarsson, Holm, Wikström, Samuelsson, Isaksson, Fransson, Bergqvist, Nyström,
    Holmberg, Arvidsson, Löfgren, Söderberg, Nyberg, Blomqvist, Claesson, Nordström, Ahmed,
    Mårtensson, Lundström, Hassan, Viklund, Björklund, Eliasson, Pålsson, Berggren, Sandström,
    Lund, Nordin, Ström, Åberg, Falk, Ekström, Hermansson, Holmgren, Hellström, Dahlberg,
    Hedlund, Sundberg, Sjögren, Ek, Blom, Abrahamsson, Martinsson, Öberg, Andreasson, Strömberg,
    Månsson, Åkesson, Hansen, Dahl, Lindholm, Norberg, Holmqvist, Mohamed, Jacobsson,
    Sundström, Nielsen, Hussein, Göransson, Söderström, Ekberg, Omar, Borg, Lindblom, Ibrahim,
    Forsman, Jensen, Strand, Lindahl, Kristiansson, Hedberg, Sundqvist, Nordqvist, Engberg, Palm,
    Jonasson, Wiklund, Lindell, Ekman, Sundin, Östlund, Johnsson, Berntsson, Adolfsson, Lindén,
    Rosén, Nordlund, Ivarsson, Björkman, Jeppsson, Sjöström, Nordgren, Bergkvist, Karlström,
    Backman, Ekholm, Lindvall, Haglund, Sundell,
    Erlandsson, Josefsson, Friberg, Lindkvist, Holmström, Ottosson, Petersson, Strömqvist,
    Knutsson, Melin, Edlund, Sjölund, Westberg, Hedström, Wahlström, Åström, Vikström, Nyman,
    Ohlsson, Sahlin, Karlberg, Kjellberg, Lundmark, Carlsson, Öhman, Fors, Boström, Hellberg,
    Sandin, Svärd, Moberg, Blomberg, Gran, Lindman, Sandgren, Wallgren, Ahlberg, Nord, Svedberg,
    Hjalmarsson, Ekdahl, Rydberg, Engdahl, Grahn, Lundell, Nyholm, Berlin, Nyqvist, Söderlund,
    Ahlström, Granberg, Bäckström, Wennberg, Hammar, Sjödin, Törnqvist, Hedman, Holmlund,
    Lindroth, Rask, Brandt, Lindh, Wahlberg, Stål, Wikberg, Lilja, Björck, Kvist, Svahn, Forslund,
    Eklöf, Kjellström, Almqvist, Malmberg, Dahlgren, Hallberg, Rosengren, Rydén, Sjöblom, Mörk,
    Elofsson, Bergh, Rehn, Alm, Sjöstedt, Wikander, Hedin, Nordlander, Vesterlund, Westman, Frisk,
    Rahm, Nordmark, Wiberg, Ljung, Ljungberg, Ljunggren, Lundh, Lagerqvist, Axelson, Carlberg,
    Cederlund, Cederqvist, Dahlin, Edström, Edvardsson, Ekelund, Emanuelsson, Enqvist,
    Fagerström, Forsell, Franzén, Friman, Gabrielsson, Granström, Gustavsson, Hagberg, Hagström,
    Hammarström, Hellgren, Holgersson, Hultgren, Hultman, Höglund, Isberg, Klasson, Krantz,
    Kronberg, Lidén, Liljegren, Ljungqvist, Lundquist, Malm, Malmqvist, Modin, Nordén, Norén,
    Norling, Nylander, Nylund, Olander, Palmqvist, Pihl, Ragnarsson, Ringström, Roos, Rosenberg,
    Rudberg, Rundqvist, Sandell, Selin, Sjöqvist, Skoog, Stenberg, Stenström, Strid, Stridh,
    Sundholm, Svanberg, Söderqvist, Thelin, Thorsson, Thunberg, Tiberg, Wahlgren, Wall, Wendel,
    Wennström, Westerberg, Westin, Åhman, Åkerlund, Åman, Östberg, Östman, Nordh, Bengtson,
    Zetterberg, Zetterqvist, Hultqvist, Ekvall, Kallio, Yilmaz, Nguyen, Khalil, Abdi, Warsame,
    von Essen, af Ugglas, De Geer, von Sydow, Lewenhaupt, Gyllenhammar, Silfverstolpe,
    Tegnér, Nobel, Lagerlöf, Fröding, Hedenius, Bexell, Grönwall, Hammarlund, Sköld, Tunberg, Orrling,
    Ahlgren, Almgren, Blomgren, Dahlström, Edberg, Engvall, Fogelberg, Grönlund, Hallin, Jernberg,
""",
    150,
)

# The UK: given names and surnames in the order of the ONS rankings as the writer knows them
# (adults' names and babies' names of recent years together), 1/rank, head the top 120 (150).
UK_F = ranked(
    """
    Olivia, Amelia, Sarah, Emma, Emily, Sophie, Jessica, Charlotte, Lucy, Hannah, Laura, Isla,
    Grace, Ava, Lily, Ella, Rebecca, Chloe, Megan, Katie, Amy, Rachel, Helen, Claire, Nicola,
    Louise, Gemma, Kelly, Lisa, Karen, Susan, Julie, Jennifer, Elizabeth, Victoria, Samantha,
    Michelle, Joanne, Zoe, Natalie, Hayley, Kirsty, Stacey, Jade, Holly, Georgia, Eleanor,
    Abigail, Freya, Poppy, Evie, Isabella, Mia, Ruby, Daisy, Alice, Phoebe, Florence, Millie,
    Matilda, Rosie, Ivy, Willow, Sienna, Scarlett, Harriet, Imogen, Erin, Eliza, Maisie, Esme,
    Elsie, Evelyn, Sofia, Harper, Emilia, Maya, Lola, Layla, Aisha, Amira, Fatima, Zara, Jasmine,
    Leah, Anna, Catherine, Margaret, Mary, Patricia, Linda, Carol, Janet, Jacqueline, Deborah,
    Alison, Angela, Tracey, Dawn, Donna, Kathryn, Jane, Ann, Anne, Christine, Pauline, Sandra,
    Sharon, Wendy, Caroline, Fiona, Kate, Sally, Joanna, Lauren, Bethany, Molly, Niamh, Shannon,
    Courtney, Abbie, Paige, Ellie,
    Amber, Summer, Aimee, Beth, Bethan, Caitlin, Siobhan, Aoife, Rhiannon, Carys, Ffion, Eilidh,
    Morag, Heather, Gillian, Lorraine, Elaine, Diane, Beverley, Maureen, Irene, Doreen, Brenda,
    Valerie, Hilary, Judith, Rosemary, Marion, Shirley, Sheila, Joan, Dorothy, Barbara, Jean,
    Edith, Mabel, Agnes, Nancy, Iris, Violet, Maud, Beatrice, Clara, Penelope, Orla, Ottilie,
    Aurora, Thea, Hallie, Nell, Martha, Edie, Rose, Bonnie, Mollie, Lottie, Gracie, Darcie, Lacey,
    Tilly, Kayleigh, Leanne, Jodie, Kerry, Vicky, Tanya, Tamsin, Jemma, Fern, Jenna, Zainab,
    Maryam, Hafsa, Priya, Simran, Harpreet, Gwen, Sinead, Roisin, Mhairi, Kirstie, Lindsay,
""",
    120,
)
UK_M = ranked(
    """
    Oliver, David, John, James, George, Harry, Noah, Jack, Michael, Paul, Thomas, Daniel, Mark,
    Andrew, Richard, Robert, Christopher, Matthew, Peter, Stephen, Steven, Ian, Gary, Simon,
    Jacob, Leo, Oscar, Charlie, Muhammad, William, Joshua, Craig, Lee, Darren, Stuart, Neil,
    Kevin, Jason, Adam, Benjamin, Samuel, Joseph, Luke, Ryan, Liam, Callum, Connor, Jamie, Lewis,
    Alexander, Edward, Henry, Alfie, Archie, Freddie, Theo, Arthur, Finley, Isaac, Ethan, Tommy,
    Teddy, Lucas, Max, Logan, Mason, Harrison, Dylan, Reuben, Albie, Hugo, Louis, Elijah, Jude,
    Ronnie, Frankie, Rory, Toby, Sebastian, Nathan, Jordan, Kieran, Aaron, Dean, Wayne, Martin,
    Anthony, Philip, Graham, Keith, Alan, Brian, Colin, Derek, Trevor, Barry, Terry, Malcolm,
    Roger, Geoffrey, Kenneth, Raymond, Dennis, Norman, Gordon, Douglas, Stanley, Frank, Ernest,
    Albert, Harold, Leonard, Reginald, Ronald, Dominic, Gareth,
    Rhys, Dafydd, Owen, Iwan, Aled, Gethin, Euan, Fraser, Hamish, Angus, Ross, Scott, Calum,
    Declan, Sean, Niall, Ciaran, Patrick, Conor, Kai, Tyler, Bradley, Jake, Joel, Elliot, Harvey,
    Jayden, Mohammed, Ahmed, Ali, Omar, Yusuf, Ibrahim, Hassan, Bilal, Imran, Amir, Arjun, Rohan,
    Ravi, Sanjay, Gurpreet, Jaspreet, Tariq, Zain, Hamza, Hussain, Clive, Nigel, Russell, Glenn,
    Shaun, Carl, Barrie, Duncan, Alistair, Fergus, Hywel, Emrys, Cormac, Oisin, Alfred, Sidney,
""",
    120,
)
UK_S = ranked(
    """
    Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts,
    Robinson, Thompson, Wright, Walker, White, Edwards, Hughes, Green, Hall, Lewis, Harris,
    Clarke, Patel, Jackson, Wood, Turner, Martin, Cooper, Hill, Ward, Morris, Moore, Clark, Lee,
    King, Baker, Harrison, Morgan, Allen, James, Scott, Phillips, Watson, Davis, Parker, Price,
    Bennett, Young, Griffiths, Mitchell, Kelly, Cook, Carter, Richardson, Bailey, Collins, Bell,
    Shaw, Murphy, Miller, Cox, Richards, Khan, Marshall, Anderson, Simpson, Ellis, Adams, Singh,
    Begum, Wilkinson, Foster, Chapman, Powell, Webb, Rogers, Gray, Mason, Ali, Hunt, Hussain,
    Campbell, Matthews, Owen, Palmer, Holmes, Mills, Barnes, Knight, Lloyd, Butler, Russell,
    Barker, Fisher, Stevens, Jenkins, Murray, Dixon, Harvey, Graham, Pearson, Ahmed, Fletcher,
    Walsh, Kaur, Gibson, Howard, Andrews, Stewart, Elliott, Reynolds, Saunders, Payne, Fox, Ford,
    Pearce, Day, Brooks, West, Lawrence, Cole, Atkinson, Bradley, Spencer, Gill, Dawson, Ball,
    Burton, O'Brien, Watts, Rose, Booth, Perry, Ryan, Grant, Wells, Armstrong, Francis, Rees,
    Hayes, Hart, Hudson, Newman, Barrett, Webster, Hunter, Gregory, Carr,
    Lowe, Page, Marsh, Riley, Dunn, Woods, Parsons, Berry, Stone, Reid, Holland, Hawkins, Harding,
    Porter, Robertson, Newton, Oliver, Reed, Kennedy, Williamson, Bird, Gardner, Shah, Dean, Lane,
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
    Carroll, Farrell, Dennis, Hargreaves, Ashton, Pugh, Vaughan, Llewellyn, Cartwright, MacLeod,
""",
    150,
)

# The US: the Census 1990 lists (public domain), first 400 given names of each sex and 420 surnames,
# with the census per cent as weight; head the top 150.
US_F = (
    ('Mary', 2.629), ('Patricia', 1.073), ('Linda', 1.035), ('Barbara', 0.98), ('Elizabeth', 0.937),
    ('Jennifer', 0.932), ('Maria', 0.828), ('Susan', 0.794), ('Margaret', 0.768),
    ('Dorothy', 0.727), ('Lisa', 0.704), ('Nancy', 0.669), ('Karen', 0.667), ('Betty', 0.666),
    ('Helen', 0.663), ('Sandra', 0.629), ('Donna', 0.583), ('Carol', 0.565), ('Ruth', 0.562),
    ('Sharon', 0.522), ('Michelle', 0.519), ('Laura', 0.51), ('Sarah', 0.508), ('Kimberly', 0.504),
    ('Deborah', 0.494), ('Jessica', 0.49), ('Shirley', 0.482), ('Cynthia', 0.469),
    ('Angela', 0.468), ('Melissa', 0.462), ('Brenda', 0.455), ('Amy', 0.451), ('Anna', 0.44),
    ('Rebecca', 0.43), ('Virginia', 0.43), ('Kathleen', 0.424), ('Pamela', 0.416),
    ('Martha', 0.412), ('Debra', 0.408), ('Amanda', 0.404), ('Stephanie', 0.4), ('Carolyn', 0.385),
    ('Christine', 0.382), ('Marie', 0.379), ('Janet', 0.379), ('Catherine', 0.373),
    ('Frances', 0.37), ('Ann', 0.364), ('Joyce', 0.364), ('Diane', 0.359), ('Alice', 0.357),
    ('Julie', 0.348), ('Heather', 0.337), ('Teresa', 0.336), ('Doris', 0.335), ('Gloria', 0.335),
    ('Evelyn', 0.322), ('Jean', 0.315), ('Cheryl', 0.315), ('Mildred', 0.313), ('Katherine', 0.313),
    ('Joan', 0.306), ('Ashley', 0.303), ('Judith', 0.297), ('Rose', 0.296), ('Janice', 0.285),
    ('Kelly', 0.283), ('Nicole', 0.281), ('Judy', 0.276), ('Christina', 0.275), ('Kathy', 0.272),
    ('Theresa', 0.271), ('Beverly', 0.267), ('Denise', 0.264), ('Tammy', 0.259), ('Irene', 0.252),
    ('Jane', 0.25), ('Lori', 0.248), ('Rachel', 0.242), ('Marilyn', 0.241), ('Andrea', 0.236),
    ('Kathryn', 0.234), ('Louise', 0.229), ('Sara', 0.229), ('Anne', 0.228), ('Jacqueline', 0.228),
    ('Wanda', 0.226), ('Bonnie', 0.223), ('Julia', 0.223), ('Ruby', 0.221), ('Lois', 0.22),
    ('Tina', 0.22), ('Phyllis', 0.219), ('Norma', 0.218), ('Paula', 0.217), ('Diana', 0.216),
    ('Annie', 0.216), ('Lillian', 0.211), ('Emily', 0.208), ('Robin', 0.208), ('Peggy', 0.208),
    ('Crystal', 0.207), ('Gladys', 0.205), ('Rita', 0.204), ('Dawn', 0.202), ('Connie', 0.2),
    ('Florence', 0.2), ('Tracy', 0.197), ('Edna', 0.197), ('Tiffany', 0.195), ('Carmen', 0.195),
    ('Rosa', 0.194), ('Cindy', 0.192), ('Grace', 0.189), ('Wendy', 0.185), ('Victoria', 0.18),
    ('Edith', 0.179), ('Kim', 0.178), ('Sherry', 0.178), ('Sylvia', 0.177), ('Josephine', 0.177),
    ('Thelma', 0.175), ('Shannon', 0.175), ('Sheila', 0.175), ('Ethel', 0.174), ('Ellen', 0.173),
    ('Elaine', 0.173), ('Marjorie', 0.173), ('Carrie', 0.171), ('Charlotte', 0.169),
    ('Monica', 0.166), ('Esther', 0.166), ('Pauline', 0.165), ('Emma', 0.165), ('Juanita', 0.164),
    ('Anita', 0.162), ('Rhonda', 0.162), ('Hazel', 0.161), ('Amber', 0.16), ('Eva', 0.159),
    ('Debbie', 0.157), ('April', 0.154), ('Leslie', 0.154), ('Clara', 0.153), ('Lucille', 0.153),
    ('Jamie', 0.153), ('Joanne', 0.15), ('Eleanor', 0.15), ('Valerie', 0.149), ('Danielle', 0.149),
    ('Megan', 0.147), ('Alicia', 0.146), ('Suzanne', 0.145), ('Michele', 0.145), ('Gail', 0.145),
    ('Bertha', 0.143), ('Darlene', 0.142), ('Veronica', 0.142), ('Jill', 0.142), ('Erin', 0.141),
    ('Geraldine', 0.141), ('Lauren', 0.137), ('Cathy', 0.137), ('Joann', 0.136),
    ('Lorraine', 0.135), ('Lynn', 0.135), ('Sally', 0.135), ('Regina', 0.133), ('Erica', 0.13),
    ('Beatrice', 0.13), ('Dolores', 0.129), ('Bernice', 0.128), ('Audrey', 0.127),
    ('Yvonne', 0.126), ('Annette', 0.125), ('June', 0.125), ('Samantha', 0.124), ('Marion', 0.122),
    ('Dana', 0.122), ('Stacy', 0.121), ('Ana', 0.12), ('Renee', 0.12), ('Ida', 0.118),
    ('Vivian', 0.118), ('Roberta', 0.117), ('Holly', 0.117), ('Brittany', 0.117),
    ('Melanie', 0.116), ('Loretta', 0.115), ('Yolanda', 0.115), ('Jeanette', 0.115),
    ('Laurie', 0.114), ('Katie', 0.113), ('Kristen', 0.111), ('Vanessa', 0.111), ('Alma', 0.111),
    ('Sue', 0.111), ('Elsie', 0.11), ('Beth', 0.11), ('Jeanne', 0.109), ('Vicki', 0.109),
    ('Carla', 0.107), ('Tara', 0.107), ('Rosemary', 0.107), ('Eileen', 0.105), ('Terri', 0.105),
    ('Gertrude', 0.103), ('Lucy', 0.103), ('Tonya', 0.102), ('Ella', 0.101), ('Stacey', 0.101),
    ('Wilma', 0.099), ('Gina', 0.099), ('Kristin', 0.099), ('Jessie', 0.098), ('Natalie', 0.098),
    ('Agnes', 0.098), ('Vera', 0.098), ('Willie', 0.097), ('Charlene', 0.097), ('Bessie', 0.096),
    ('Delores', 0.095), ('Melinda', 0.094), ('Pearl', 0.094), ('Arlene', 0.094), ('Maureen', 0.092),
    ('Colleen', 0.092), ('Allison', 0.092), ('Tamara', 0.092), ('Joy', 0.091), ('Georgia', 0.091),
    ('Constance', 0.091), ('Lillie', 0.09), ('Claudia', 0.09), ('Jackie', 0.09), ('Marcia', 0.09),
    ('Tanya', 0.089), ('Nellie', 0.089), ('Minnie', 0.089), ('Marlene', 0.088), ('Heidi', 0.088),
    ('Glenda', 0.088), ('Lydia', 0.086), ('Viola', 0.086), ('Courtney', 0.086), ('Marian', 0.086),
    ('Stella', 0.085), ('Caroline', 0.085), ('Dora', 0.084), ('Jo', 0.083), ('Vickie', 0.082),
    ('Mattie', 0.081), ('Terry', 0.08), ('Maxine', 0.079), ('Irma', 0.079), ('Mabel', 0.078),
    ('Marsha', 0.078), ('Myrtle', 0.078), ('Lena', 0.077), ('Christy', 0.077), ('Deanna', 0.076),
    ('Patsy', 0.076), ('Hilda', 0.075), ('Gwendolyn', 0.074), ('Jennie', 0.073), ('Nora', 0.073),
    ('Margie', 0.072), ('Nina', 0.072), ('Cassandra', 0.072), ('Leah', 0.072), ('Penny', 0.071),
    ('Kay', 0.071), ('Priscilla', 0.071), ('Naomi', 0.071), ('Carole', 0.071), ('Brandy', 0.07),
    ('Olga', 0.07), ('Billie', 0.069), ('Dianne', 0.069), ('Tracey', 0.069), ('Leona', 0.069),
    ('Jenny', 0.068), ('Felicia', 0.068), ('Sonia', 0.068), ('Miriam', 0.066), ('Velma', 0.066),
    ('Becky', 0.066), ('Bobbie', 0.065), ('Violet', 0.065), ('Kristina', 0.065), ('Toni', 0.064),
    ('Misty', 0.063), ('Mae', 0.063), ('Shelly', 0.062), ('Daisy', 0.062), ('Ramona', 0.062),
    ('Sherri', 0.062), ('Erika', 0.061), ('Katrina', 0.061), ('Claire', 0.061), ('Lindsey', 0.06),
    ('Lindsay', 0.06), ('Geneva', 0.059), ('Guadalupe', 0.059), ('Belinda', 0.059),
    ('Margarita', 0.059), ('Sheryl', 0.059), ('Cora', 0.058), ('Faye', 0.058), ('Ada', 0.057),
    ('Natasha', 0.057), ('Sabrina', 0.057), ('Isabel', 0.057), ('Marguerite', 0.056),
    ('Hattie', 0.056), ('Harriet', 0.056), ('Molly', 0.055), ('Cecilia', 0.055), ('Kristi', 0.055),
    ('Brandi', 0.055), ('Blanche', 0.055), ('Sandy', 0.055), ('Rosie', 0.055), ('Joanna', 0.055),
    ('Iris', 0.055), ('Eunice', 0.054), ('Angie', 0.054), ('Inez', 0.053), ('Lynda', 0.053),
    ('Madeline', 0.052), ('Amelia', 0.052), ('Alberta', 0.052), ('Genevieve', 0.051),
    ('Monique', 0.051), ('Jodi', 0.051), ('Janie', 0.051), ('Maggie', 0.051), ('Kayla', 0.051),
    ('Sonya', 0.051), ('Jan', 0.051), ('Lee', 0.051), ('Kristine', 0.051), ('Candace', 0.051),
    ('Fannie', 0.05), ('Maryann', 0.05), ('Opal', 0.05), ('Alison', 0.05), ('Yvette', 0.05),
    ('Melody', 0.05), ('Luz', 0.049), ('Susie', 0.049), ('Olivia', 0.049), ('Flora', 0.049),
    ('Shelley', 0.049), ('Kristy', 0.048), ('Mamie', 0.048), ('Lula', 0.048), ('Lola', 0.048),
    ('Verna', 0.048), ('Beulah', 0.048), ('Antoinette', 0.048), ('Candice', 0.046),
    ('Juana', 0.046), ('Jeannette', 0.046), ('Pam', 0.046), ('Kelli', 0.046), ('Hannah', 0.045),
    ('Whitney', 0.045), ('Bridget', 0.045), ('Karla', 0.044), ('Celia', 0.044), ('Latoya', 0.043),
    ('Patty', 0.043), ('Shelia', 0.043), ('Gayle', 0.043), ('Della', 0.043), ('Vicky', 0.043),
    ('Lynne', 0.043), ('Sheri', 0.042), ('Marianne', 0.042), ('Kara', 0.041), ('Jacquelyn', 0.041),
    ('Erma', 0.041), ('Blanca', 0.041), ('Myra', 0.04), ('Leticia', 0.04), ('Pat', 0.04),
    ('Krista', 0.04), ('Roxanne', 0.04), ('Angelica', 0.039), ('Johnnie', 0.039), ('Robyn', 0.039),
    ('Francis', 0.039), ('Adrienne', 0.039), ('Rosalie', 0.039), ('Alexandra', 0.039),
    ('Brooke', 0.039), ('Bethany', 0.039), ('Sadie', 0.039), ('Bernadette', 0.039)
)  # fmt: skip
US_M = (
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
    ('Alton', 0.033), ('Archie', 0.033), ('Marco', 0.033), ('Pete', 0.032), ('Randolph', 0.032),
    ('Garry', 0.032), ('Geoffrey', 0.032), ('Jonathon', 0.032), ('Felipe', 0.032),
    ('Bennie', 0.032), ('Gerardo', 0.032), ('Ed', 0.032), ('Dominic', 0.032), ('Robin', 0.032),
    ('Loren', 0.032), ('Delbert', 0.031), ('Colin', 0.031), ('Guillermo', 0.031),
    ('Earnest', 0.031), ('Lucas', 0.031), ('Benny', 0.03), ('Noel', 0.03), ('Spencer', 0.03),
    ('Rodolfo', 0.03), ('Myron', 0.03), ('Edmund', 0.03), ('Garrett', 0.029), ('Salvatore', 0.029),
    ('Cedric', 0.029), ('Lowell', 0.029), ('Gregg', 0.029), ('Sherman', 0.028), ('Wilson', 0.028),
    ('Devin', 0.028), ('Sylvester', 0.028), ('Kim', 0.028), ('Roosevelt', 0.028), ('Israel', 0.028),
    ('Jermaine', 0.028), ('Forrest', 0.027)
)  # fmt: skip
US_S = (
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
    ('Alexander', 0.085), ('Russell', 0.085), ('Griffin', 0.084), ('Diaz', 0.084), ('Hayes', 0.083),
    ('Myers', 0.083), ('Ford', 0.082), ('Hamilton', 0.082), ('Graham', 0.082), ('Sullivan', 0.081),
    ('Wallace', 0.081), ('Woods', 0.08), ('Cole', 0.08), ('West', 0.08), ('Jordan', 0.078),
    ('Owens', 0.078), ('Reynolds', 0.078), ('Fisher', 0.077), ('Ellis', 0.077), ('Harrison', 0.076),
    ('Gibson', 0.075), ('McDonald', 0.075), ('Cruz', 0.075), ('Marshall', 0.075), ('Ortiz', 0.075),
    ('Gomez', 0.075), ('Murray', 0.074), ('Freeman', 0.074), ('Wells', 0.073), ('Webb', 0.072),
    ('Simpson', 0.07), ('Stevens', 0.07), ('Tucker', 0.07), ('Porter', 0.069), ('Hunter', 0.069),
    ('Hicks', 0.069), ('Crawford', 0.068), ('Henry', 0.068), ('Boyd', 0.068), ('Mason', 0.068),
    ('Morales', 0.067), ('Kennedy', 0.067), ('Warren', 0.067), ('Dixon', 0.066), ('Ramos', 0.066),
    ('Reyes', 0.066), ('Burns', 0.065), ('Gordon', 0.065), ('Shaw', 0.065), ('Holmes', 0.065),
    ('Rice', 0.064), ('Robertson', 0.064), ('Hunt', 0.063), ('Black', 0.063), ('Daniels', 0.062),
    ('Palmer', 0.062), ('Mills', 0.061), ('Nichols', 0.06), ('Grant', 0.06), ('Knight', 0.06),
    ('Ferguson', 0.059), ('Rose', 0.059), ('Stone', 0.059), ('Hawkins', 0.059), ('Dunn', 0.058),
    ('Perkins', 0.058), ('Hudson', 0.058), ('Spencer', 0.057), ('Gardner', 0.057),
    ('Stephens', 0.057), ('Payne', 0.057), ('Pierce', 0.056), ('Berry', 0.056), ('Matthews', 0.056),
    ('Arnold', 0.056), ('Wagner', 0.055), ('Willis', 0.055), ('Ray', 0.055), ('Watkins', 0.055),
    ('Olson', 0.055), ('Carroll', 0.055), ('Duncan', 0.055), ('Snyder', 0.055), ('Hart', 0.054),
    ('Cunningham', 0.054), ('Bradley', 0.054), ('Lane', 0.054), ('Andrews', 0.054), ('Ruiz', 0.054),
    ('Harper', 0.054), ('Fox', 0.053), ('Riley', 0.053), ('Armstrong', 0.053), ('Carpenter', 0.053),
    ('Weaver', 0.053), ('Greene', 0.053), ('Lawrence', 0.052), ('Elliott', 0.052),
    ('Chavez', 0.052), ('Sims', 0.052), ('Austin', 0.052), ('Peters', 0.052), ('Kelley', 0.052),
    ('Franklin', 0.051), ('Lawson', 0.051), ('Fields', 0.051), ('Gutierrez', 0.051),
    ('Ryan', 0.051), ('Schmidt', 0.051), ('Carr', 0.051), ('Vasquez', 0.051), ('Castillo', 0.051),
    ('Wheeler', 0.051), ('Chapman', 0.05), ('Oliver', 0.05), ('Montgomery', 0.049),
    ('Richards', 0.049), ('Williamson', 0.049), ('Johnston', 0.049), ('Banks', 0.048),
    ('Meyer', 0.048), ('Bishop', 0.048), ('McCoy', 0.048), ('Howell', 0.048), ('Alvarez', 0.048),
    ('Morrison', 0.048), ('Hansen', 0.047), ('Fernandez', 0.047), ('Garza', 0.047),
    ('Harvey', 0.047), ('Little', 0.046), ('Burton', 0.046), ('Stanley', 0.046), ('Nguyen', 0.046),
    ('George', 0.046), ('Jacobs', 0.046), ('Reid', 0.046), ('Kim', 0.045), ('Fuller', 0.045),
    ('Lynch', 0.045), ('Dean', 0.045), ('Gilbert', 0.045), ('Garrett', 0.045), ('Romero', 0.045),
    ('Welch', 0.044), ('Larson', 0.044), ('Frazier', 0.044), ('Burke', 0.044), ('Hanson', 0.043),
    ('Day', 0.043), ('Mendoza', 0.043), ('Moreno', 0.043), ('Bowman', 0.043), ('Medina', 0.042),
    ('Fowler', 0.042), ('Brewer', 0.042), ('Hoffman', 0.042), ('Carlson', 0.042), ('Silva', 0.042),
    ('Pearson', 0.042), ('Holland', 0.042), ('Douglas', 0.041), ('Fleming', 0.041),
    ('Jensen', 0.041), ('Vargas', 0.041), ('Byrd', 0.041), ('Davidson', 0.041), ('Hopkins', 0.041),
    ('May', 0.04), ('Terry', 0.04), ('Herrera', 0.04), ('Wade', 0.04), ('Soto', 0.04),
    ('Walters', 0.04), ('Curtis', 0.04), ('Neal', 0.039), ('Caldwell', 0.039), ('Lowe', 0.039),
    ('Jennings', 0.039), ('Barnett', 0.039), ('Graves', 0.039), ('Jimenez', 0.039),
    ('Horton', 0.039), ('Shelton', 0.039), ('Barrett', 0.039), ("O'Brien", 0.039),
    ('Castro', 0.039), ('Sutton', 0.038), ('Gregory', 0.038), ('McKinney', 0.038), ('Lucas', 0.038),
    ('Miles', 0.038), ('Craig', 0.038), ('Rodriquez', 0.037), ('Chambers', 0.037), ('Holt', 0.037),
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
    ('Valdez', 0.032), ('Hubbard', 0.032), ('Salazar', 0.032), ('Reeves', 0.032), ('Warner', 0.031),
    ('Stevenson', 0.031), ('Burgess', 0.031), ('Santos', 0.031), ('Tate', 0.031), ('Cross', 0.031),
    ('Garner', 0.031), ('Mann', 0.031), ('Mack', 0.031), ('Moss', 0.031), ('Thornton', 0.031),
    ('Dennis', 0.031), ('McGee', 0.031), ('Farmer', 0.03), ('Delgado', 0.03), ('Aguilar', 0.03),
    ('Vega', 0.03), ('Glover', 0.03), ('Manning', 0.03), ('Cohen', 0.03), ('Harmon', 0.03),
    ('Rodgers', 0.03), ('Robbins', 0.03), ('Newton', 0.03), ('Todd', 0.03), ('Blair', 0.03),
    ('Higgins', 0.03), ('Ingram', 0.03), ('Reese', 0.03), ('Cannon', 0.03), ('Strickland', 0.03),
    ('Townsend', 0.03), ('Potter', 0.03), ('Goodwin', 0.03), ('Walton', 0.03), ('Rowe', 0.029),
    ('Hampton', 0.029), ('Ortega', 0.029), ('Patton', 0.029), ('Swanson', 0.029), ('Joseph', 0.029),
    ('Francis', 0.029), ('Goodman', 0.029), ('Maldonado', 0.029), ('Yates', 0.029),
    ('Becker', 0.029), ('Erickson', 0.029), ('Hodges', 0.029), ('Rios', 0.029), ('Conner', 0.029),
    ('Adkins', 0.029), ('Webster', 0.028), ('Norman', 0.028), ('Malone', 0.028), ('Hammond', 0.028),
    ('Flowers', 0.028), ('Cobb', 0.028), ('Moody', 0.028), ('Quinn', 0.028), ('Blake', 0.028),
    ('Maxwell', 0.028), ('Pope', 0.028), ('Floyd', 0.027), ('Osborne', 0.027), ('Paul', 0.027),
    ('McCarthy', 0.027), ('Guerrero', 0.027), ('Lindsey', 0.027), ('Estrada', 0.027),
    ('Sandoval', 0.027), ('Gibbs', 0.027), ('Tyler', 0.027), ('Gross', 0.027),
    ('Fitzgerald', 0.027), ('Stokes', 0.027), ('Doyle', 0.027), ('Sherman', 0.027)
)  # fmt: skip

# Origins common in Sweden: the commonest given names and surnames as people from there carry them
# here (general knowledge), 1/rank, head the top 10.
FINNISH = Origin(
    ranked("Anneli, Päivi, Tuula, Pirjo, Ritva, Marjatta, Leena, Sari, Riitta, Merja, Satu, Tiina, Anja, Sirpa, Eija, Marja, Kaarina, Helena, Liisa, Sanna, Aino, Aila, Seija, Raija, Kirsi, Minna, Hanna, Johanna, Elina, Laura, Maija, Tuulikki", 10),
    ranked("Juha, Timo, Matti, Kari, Mikko, Jari, Antti, Jukka, Mika, Markku, Pekka, Hannu, Heikki, Seppo, Janne, Ari, Sami, Petri, Pentti, Esa, Veikko, Tapani, Ilkka, Jorma, Raimo, Reijo, Kalevi, Olavi, Tuomas, Ville", 10),
    ranked("Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen, Kallio, Hiltunen, Leinonen, Miettinen, Peltonen", 10),
)  # fmt: skip
ARABIC = Origin(  # Iraq, Syria, Lebanon, Palestine; Assyrian/Syriac names among them
    ranked("Fatima, Maryam, Zainab, Noor, Sara, Huda, Amina, Aya, Rana, Layla, Hiba, Dalia, Rasha, Reem, Nour, Yasmin, Samira, Hanan, Lina, Mariam, Shamiram, Ninorta, Ramina, Nahrin, Sabrin, Rima, Lamia, Najla, Ghada, Suha", 10),
    ranked("Mohammad, Ahmad, Ali, Hassan, Hussein, Omar, Khaled, Mustafa, Ibrahim, Yousef, Karim, Mahmoud, Abdullah, Samir, Tarek, Bilal, Hamza, Majid, Rami, Fadi, Ninos, Sargon, Ashur, Yacoub, Elias, Aziz, Nabil, Walid, Sami, Jamal, Gabriel, Shamoun", 10),
    ranked("Ali, Mohammed, Ahmed, Hassan, Hussein, Ibrahim, Abdullah, Khalil, Saleh, Younes, Haddad, Al-Khatib, Al-Hashimi, Jaber, Mahmoud, Abbas, Jasim, Kareem, Hamad, Al-Saadi, Lahdo, Malki, Shabo, Gabro, Barsom, Bahnan, Danho, Ishak, Isa, Sabo, Yakob, Aho, Gawrieh, Khoury, Nasser, Darwish", 10),
)  # fmt: skip
SOMALI = Origin(  # the surname is the father's name
    ranked("Fadumo, Hodan, Amran, Sahra, Ayaan, Hibo, Nimco, Ifrah, Ubah, Muna, Sagal, Hawa, Asha, Khadra, Deeqa, Filsan, Leyla, Ladan, Maryan, Faduma, Halima, Safiya, Idil, Ilhan, Warsan", 10),
    ranked("Abdirahman, Abdullahi, Mohamed, Ahmed, Hassan, Abdi, Yusuf, Omar, Ali, Abdirizak, Mahad, Liban, Guled, Abdiaziz, Farah, Osman, Ismail, Mukhtar, Bashir, Hamse, Abdikarim, Mohamud, Said, Ayub, Khalid", 10),
    ranked("Mohamed, Ahmed, Hassan, Ali, Abdi, Farah, Warsame, Yusuf, Omar, Osman, Hussein, Jama, Nur, Aden, Ismail, Abdullahi, Egal, Said, Hersi, Dahir, Duale, Elmi, Gedi, Mohamud, Shire, Abdille, Isse, Guled", 10),
)  # fmt: skip
POLISH = Origin(  # surnames written as men carry them; `feminine` gives a woman's -ska/-cka
    ranked("Anna, Katarzyna, Maria, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Magdalena, Elżbieta, Joanna, Aleksandra, Monika, Zofia, Teresa, Danuta, Natalia, Karolina, Marta, Beata, Dorota, Justyna, Paulina, Agata, Iwona, Grażyna, Jadwiga", 10),
    ranked("Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Jan, Michał, Marcin, Stanisław, Jakub, Adam, Marek, Łukasz, Grzegorz, Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Jerzy, Maciej, Rafał, Kamil, Robert, Sławomir, Przemysław, Józef", 10),
    ranked("Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Wojciechowski, Kwiatkowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Wróbel, Nowakowski, Majewski, Olszewski, Stępień, Malinowski, Jaworski, Adamczyk, Dudek, Górski, Nowicki, Sikora, Walczak, Baran, Zawadzki, Sawicki, Sokołowski, Czarnecki, Brzeziński, Zakrzewski", 10),
)  # fmt: skip
PERSIAN = Origin(
    ranked("Maryam, Fatemeh, Zahra, Sara, Leila, Shirin, Nasrin, Parisa, Mahsa, Roya, Azadeh, Neda, Mina, Setareh, Golnaz, Yasaman, Shadi, Elham, Farzaneh, Niloufar, Atefeh, Parvin, Soheila, Tara, Ladan", 10),
    ranked("Mohammad, Ali, Reza, Hossein, Mehdi, Amir, Hamid, Saeed, Majid, Behrouz, Dariush, Kourosh, Babak, Farhad, Arash, Omid, Navid, Siavash, Peyman, Hamed, Pouya, Mehran, Kaveh, Bijan, Shahram", 10),
    ranked("Mohammadi, Hosseini, Ahmadi, Rezaei, Karimi, Moradi, Hashemi, Jafari, Rahimi, Mousavi, Sadeghi, Ebrahimi, Ghorbani, Kazemi, Akbari, Rostami, Sharifi, Ghasemi, Bagheri, Nazari, Amini, Najafi, Farahani, Tehrani, Shirazi, Esfahani, Kamali, Khalili, Azadi, Tavakoli", 10),
)  # fmt: skip
BCS = Origin(  # Bosnian, Serbian, Croatian
    ranked("Amra, Emina, Selma, Lejla, Amela, Jasmina, Edina, Aida, Merima, Alma, Ivana, Jelena, Marija, Ana, Milica, Dragana, Snežana, Vesna, Mirjana, Maja, Sanja, Tijana, Nataša, Gordana, Senada, Azra, Mersiha, Dženana, Elma, Ajla", 10),
    ranked("Amir, Adnan, Edin, Emir, Haris, Mirza, Almir, Senad, Nermin, Damir, Dragan, Zoran, Milan, Goran, Nenad, Dejan, Marko, Nikola, Stefan, Ivan, Luka, Ante, Josip, Mladen, Zlatan, Kenan, Elvis, Samir, Jasmin, Muhamed, Armin, Dino", 10),
    ranked("Hodžić, Hadžić, Čaušević, Karić, Begić, Delić, Mehmedović, Hasanović, Suljić, Ahmetović, Omerović, Kovačević, Babić, Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Pavlović, Horvat, Kovačić, Knežević, Marić, Popović, Husić, Alić, Mujić, Salihović, Hrustić, Ibrahimović, Halilović, Mešić, Jukić, Šehić", 10),
)  # fmt: skip
TURKISH = Origin(
    ranked("Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Meryem, Şerife, Sultan, Zehra, Hülya, Esra, Büşra, Merve, Derya, Gül, Özlem, Sevgi, Yasemin, Ebru, Leyla, Nur, Dilek, Songül, Sibel, Gülşen", 10),
    ranked("Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Osman, Yusuf, Murat, Ömer, Ramazan, Halil, Süleyman, Abdullah, Emre, Burak, Kemal, Serkan, Erdal, Cem, Can, Tolga, Erkan, Volkan, Özgür", 10),
    ranked("Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Erdoğan, Güneş, Aksoy, Korkmaz, Akın, Tekin, Bulut, Avcı, Keskin", 10),
)  # fmt: skip
ERITREAN = Origin(  # Tigrinya names; the surname is the father's given name
    ranked("Helen, Senait, Selam, Mehret, Rahel, Yordanos, Saba, Luwam, Ruta, Freweini, Tsega, Winta, Semhar, Aster, Almaz, Hiwet, Tirhas, Akberet, Abrehet, Simret, Feven, Eden", 10),
    ranked("Yonas, Daniel, Samuel, Tesfay, Mehari, Yohannes, Filmon, Robel, Habtom, Tekle, Berhane, Kidane, Amanuel, Mussie, Dawit, Efrem, Biniam, Henok, Merhawi, Natnael, Semere, Aron", 10),
    ranked("Tesfay, Gebremedhin, Tekle, Haile, Berhane, Kidane, Ghebreyesus, Woldemariam, Mehari, Yohannes, Abraha, Negash, Asfaha, Ghebremichael, Tesfamariam, Habte, Okbazghi, Kahsay, Weldu, Gebrehiwet, Tewelde, Andemariam", 10),
)  # fmt: skip
AFGHAN = Origin(
    ranked("Fatima, Zahra, Maryam, Marzia, Khadija, Masuma, Nargis, Freshta, Mursal, Parwana, Shabnam, Sakina, Zainab, Roya, Madina, Laila, Hamida, Farzana, Sima, Nazanin, Mahtab, Shukria", 10),
    ranked("Mohammad, Ali, Ahmad, Mustafa, Hussain, Hamid, Rahmatullah, Abdul, Sayed, Mahdi, Morteza, Reza, Jawad, Farid, Wahid, Naweed, Nasir, Sohrab, Yama, Ehsan, Rahim, Zabihullah, Masoud", 10),
    ranked("Ahmadi, Mohammadi, Hussaini, Rezaie, Sultani, Haidari, Rahimi, Jafari, Karimi, Nazari, Hakimi, Sadat, Popal, Durrani, Noori, Safi, Amiri, Wardak, Stanikzai, Azizi, Hashimi, Sharifi, Yousufzai, Alizada, Rasuli", 10),
)  # fmt: skip
THAI = Origin(
    ranked("Siriporn, Malee, Kanya, Pranee, Wanida, Suda, Kannika, Araya, Nittaya, Ratana, Sunisa, Jintana, Sirinya, Pornpimol, Orawan, Supaporn, Duangjai, Lamai, Naree, Chanida, Kanokwan, Thanyarat, Wipawee, Apinya, Nok", 10),
    ranked("Somchai, Somsak, Prasert, Surachai, Anan, Chaiwat, Nattapong, Wichai, Sompong, Thawatchai, Kittisak, Boonmee, Narong, Pichai, Sakda, Supachai, Wirat, Anuchit", 10),
    ranked("Saetang, Srisuk, Sukprasert, Chaiyaporn, Wongsawat, Thongchai, Rattanakorn, Boonyarit, Kaewkla, Phrommin, Sriwong, Chanthavong, Jaidee, Suwannarat, Intharasuk, Pongpanich, Sangthong, Kaewjaroen, Ruangsri, Thammasak", 10),
)  # fmt: skip
LATIN = Origin(  # Chile mostly, and the rest of Latin America; two surnames, the father's first
    ranked("María, Ana, Carolina, Daniela, Camila, Valentina, Francisca, Javiera, Constanza, Catalina, Fernanda, Paula, Claudia, Patricia, Verónica, Marcela, Andrea, Gabriela, Isabel, Rosa, Ximena, Lorena, Paola, Sofía, Alejandra", 10),
    ranked("José, Juan, Luis, Carlos, Jorge, Francisco, Pedro, Cristián, Felipe, Sebastián, Matías, Diego, Nicolás, Rodrigo, Pablo, Alejandro, Manuel, Miguel, Andrés, Gonzalo, Patricio, Hernán, Eduardo, Víctor, Mauricio", 10),
    ranked("González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo, Tapia, Reyes, Gutiérrez, Castro, Pizarro, Álvarez, Vásquez, Sánchez, Fernández, Ramírez, Carrasco, Gómez, Cortés, Herrera, Núñez, Jara, Vergara, Rivera, Figueroa", 10),
)  # fmt: skip
KURDISH = Origin(
    ranked("Rojin, Berfin, Dilan, Zozan, Nazdar, Shilan, Hêvî, Jiyan, Rozhin, Zilan, Bahar, Gulistan, Nishtiman, Avin, Helin, Narin, Delal, Evîn, Shno, Kajal, Sozdar, Nasrin", 10),
    ranked("Azad, Karwan, Rebin, Sherko, Dilshad, Hawar, Bawan, Diyar, Rêzan, Kawa, Soran, Zana, Baran, Serhat, Rojhat, Hoshyar, Aram, Shivan, Renas, Dara, Sardar, Hiwa", 10),
    ranked("Ahmed, Mohammed, Hassan, Rashid, Aziz, Karim, Barzani, Mustafa, Omar, Hama, Salih, Qadir, Osman, Abdullah, Ismail, Amin, Taha, Faraj, Jalal, Hussein, Baban, Talabani, Zebari, Doski", 10),
)  # fmt: skip
UKRAINIAN = Origin(
    ranked("Olena, Tetiana, Nataliia, Iryna, Oksana, Svitlana, Yuliia, Olha, Kateryna, Anastasiia, Mariia, Viktoriia, Liudmyla, Halyna, Nadiia, Daria, Alina, Anna, Sofiia, Inna", 10),
    ranked("Oleksandr, Serhii, Andrii, Volodymyr, Dmytro, Oleh, Mykola, Yurii, Ivan, Vasyl, Viktor, Taras, Bohdan, Maksym, Artem, Roman, Ihor, Vitalii, Denys, Yevhen", 10),
    ranked("Melnyk, Shevchenko, Boiko, Kovalenko, Bondarenko, Tkachenko, Kovalchuk, Kravchenko, Oliinyk, Shevchuk, Koval, Polishchuk, Bondar, Tkachuk, Moroz, Marchenko, Lysenko, Rudenko, Savchenko, Petrenko", 10),
)  # fmt: skip
INDIAN = Origin(
    ranked("Priya, Anjali, Pooja, Sneha, Divya, Neha, Kavya, Aishwarya, Deepa, Lakshmi, Swati, Shreya, Ananya, Meera, Nisha, Ritu, Sunita, Kavitha, Harini, Anusha", 10),
    ranked("Rahul, Amit, Vikram, Arjun, Rohit, Suresh, Rajesh, Karthik, Sanjay, Anil, Vijay, Praveen, Srinivas, Aditya, Nikhil, Deepak, Ravi, Manoj, Venkatesh, Ashok", 10),
    ranked("Sharma, Patel, Singh, Kumar, Reddy, Gupta, Iyer, Nair, Rao, Joshi, Menon, Desai, Mehta, Pillai, Krishnan, Verma, Chatterjee, Das, Shah, Agarwal", 10),
)  # fmt: skip
CHINESE = Origin(
    ranked("Jing, Li, Yan, Hui, Ying, Xiaoyan, Min, Fang, Lan, Mei, Xin, Yu, Ting, Na, Xue, Qing, Hong, Ling, Juan, Yue", 10),
    ranked("Wei, Jun, Hao, Lei, Jian, Yong, Tao, Qiang, Ming, Bo, Jie, Peng, Chao, Long, Feng, Yang, Zhiwei, Xiaoming, Haoran, Zhen", 10),
    ranked("Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, He, Lin, Gao, Luo", 10),
)  # fmt: skip
GERMAN = Origin(
    ranked("Sabine, Susanne, Petra, Claudia, Andrea, Nicole, Stefanie, Julia, Katrin, Anja, Birgit, Monika, Ursula, Heike, Anna, Lena, Laura, Sarah, Lea, Hannah", 10),
    ranked("Thomas, Michael, Andreas, Stefan, Frank, Jürgen, Klaus, Peter, Markus, Christian, Uwe, Wolfgang, Matthias, Tobias, Jan, Lukas, Florian, Sebastian, Dirk, Jörg", 10),
    ranked("Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann", 10),
)  # fmt: skip

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_F, SV_M, SV_S),
    "us": Origin(weighted(US_F, 150), weighted(US_M, 150), weighted(US_S, 150)),
    "uk": Origin(UK_F, UK_M, UK_S),
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
    "chinese": CHINESE,
    "german": GERMAN,
}

# Who is named, per language of the text: Swedish text names people as Sweden's population is
# (Swedish-born the most, then the largest groups born abroad or to parents born abroad); English
# text is mostly British and American customers and staff; mixed text is Swedish workplaces.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "bcs": 2.5, "persian": 2.5,
        "somali": 2, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5, "eritrean": 1.2,
        "ukrainian": 1.2, "thai": 1, "latin": 1, "indian": 1, "german": 1, "chinese": 0.6,
        "uk": 0.8, "us": 0.6,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 9, "indian": 3, "arabic": 2, "polish": 2, "latin": 2,
        "chinese": 1, "finnish": 1, "german": 1, "persian": 0.8, "somali": 0.8, "turkish": 0.8,
        "ukrainian": 0.8, "bcs": 0.6, "thai": 0.5, "kurdish": 0.4, "afghan": 0.4, "eritrean": 0.4,
    },
    "mixed": {
        "swedish": 50, "uk": 10, "us": 9, "arabic": 5, "finnish": 3, "polish": 3, "persian": 2.5,
        "bcs": 2.5, "indian": 2, "somali": 1.5, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.2,
        "ukrainian": 1.2, "eritrean": 1, "thai": 1, "latin": 1, "german": 1, "chinese": 0.8,
    },
}  # fmt: skip

# Short forms people go by, per origin, for the given names that have them.
_EN_NICK = {
    "Robert": ["Bob", "Rob", "Robbie"],
    "William": ["Will", "Bill", "Billy"],
    "Richard": ["Rick", "Rich"],
    "James": ["Jim", "Jimmy", "Jamie"],
    "Michael": ["Mike", "Mick"],
    "Christopher": ["Chris"],
    "Elizabeth": ["Liz", "Beth", "Lizzie"],
    "Jennifer": ["Jen", "Jenny"],
    "Katherine": ["Kate", "Kathy"],
    "Catherine": ["Cathy", "Kate"],
    "Margaret": ["Maggie", "Peggy"],
    "Thomas": ["Tom", "Tommy"],
    "Anthony": ["Tony"],
    "Joseph": ["Joe", "Joey"],
    "Daniel": ["Dan", "Danny"],
    "Matthew": ["Matt"],
    "Samuel": ["Sam"],
    "Benjamin": ["Ben"],
    "Alexander": ["Alex"],
    "Nicholas": ["Nick"],
    "Stephen": ["Steve"],
    "Steven": ["Steve"],
    "Andrew": ["Andy", "Drew"],
    "Patricia": ["Pat", "Trish"],
    "Deborah": ["Debbie", "Deb"],
    "Susan": ["Sue", "Susie"],
    "Rebecca": ["Becky", "Becca"],
    "Victoria": ["Vicky", "Tori"],
    "Samantha": ["Sam"],
    "Edward": ["Ed", "Eddie", "Ted"],
    "Timothy": ["Tim"],
    "David": ["Dave"],
    "Jonathan": ["Jon"],
    "Joshua": ["Josh"],
    "Charles": ["Charlie", "Chuck"],
    "Kenneth": ["Ken", "Kenny"],
    "Donald": ["Don"],
    "Ronald": ["Ron", "Ronnie"],
    "Gerald": ["Gerry"],
    "Nathan": ["Nate"],
    "Zachary": ["Zach"],
    "Jacob": ["Jake"],
    "Abigail": ["Abby"],
    "Kimberly": ["Kim"],
    "Cynthia": ["Cindy"],
    "Barbara": ["Barb"],
    "Pamela": ["Pam"],
    "Sandra": ["Sandy"],
    "Christine": ["Chris"],
    "Jacqueline": ["Jackie"],
    "Gregory": ["Greg"],
    "Jeffrey": ["Jeff"],
    "Lawrence": ["Larry"],
    "Raymond": ["Ray"],
    "Douglas": ["Doug"],
    "Frederick": ["Fred"],
    "Philip": ["Phil"],
    "Phillip": ["Phil"],
    "Nicola": ["Nicky"],
    "Alexandra": ["Alex", "Lexi"],
    "Eleanor": ["Ellie", "Nell"],
    "Harriet": ["Hattie"],
    "Gillian": ["Gill"],
    "Alison": ["Ali"],
    "Kathryn": ["Kath"],
    "Christina": ["Tina"],
    "Theodore": ["Theo", "Ted"],
    "Frederica": ["Freddie"],
}
NICKNAMES: dict[str, dict[str, list[str]]] = {
    "swedish": {
        "Lars": ["Lasse"], "Mikael": ["Micke"], "Joakim": ["Jocke"], "Karl": ["Kalle"], "Per": ["Pelle", "Perra"],
        "Hans": ["Hasse"], "Thomas": ["Tompa"], "Magnus": ["Manne"], "Marcus": ["Mackan"], "Jonas": ["Jonte"],
        "Kristoffer": ["Kricke"], "Fredrik": ["Fredde"], "Gustav": ["Gurra", "Gusse"], "Kenneth": ["Kenta"],
        "Kent": ["Kenta"], "Robert": ["Robban"], "Tobias": ["Tobbe"], "Daniel": ["Danne"], "Stefan": ["Steffe"],
        "Patrik": ["Patte"], "Niklas": ["Nicke"], "Johan": ["Jojje"], "Jan": ["Janne"], "Sebastian": ["Sebbe"],
        "Henrik": ["Henke"], "Oskar": ["Ogge"], "Albin": ["Abbe"], "Alexander": ["Alex", "Acke"],
        "Leif": ["Leffe"], "Roger": ["Roffe"], "Rolf": ["Roffe"], "Ulf": ["Uffe"], "Torbjörn": ["Tobbe"],
        "Bengt": ["Bengan"], "Mats": ["Matte"], "Mattias": ["Matte"], "Olof": ["Olle"], "Nils": ["Nisse"],
        "Kristian": ["Krille"], "Christer": ["Krille"], "Pontus": ["Ponne"], "Andreas": ["Andy"],
        "Göran": ["Gurra"], "Björn": ["Nalle"], "Anders": ["Ante"], "Gunnar": ["Gunne"], "Sven": ["Svenne"],
        "Elisabeth": ["Lisa", "Bettan"], "Charlotte": ["Lotta"], "Charlotta": ["Lotta"], "Susanne": ["Sussie", "Sanna"],
        "Katarina": ["Kattis", "Kajsa"], "Kristina": ["Kicki", "Stina"], "Margareta": ["Maggan"],
        "Birgitta": ["Bittan", "Gittan"], "Gunilla": ["Gunnis"], "Ulrika": ["Ullis"], "Louise": ["Lollo"],
        "Jessica": ["Jessie"], "Josefin": ["Josse"], "Annika": ["Anki"], "Camilla": ["Millan"],
        "Therese": ["Tessan"], "Madeleine": ["Madde"], "Rebecka": ["Becka"], "Viktoria": ["Vicky"],
        "Isabelle": ["Bella"], "Matilda": ["Tilda"], "Alexandra": ["Sandra", "Alex"], "Cecilia": ["Cilla"],
        "Jennifer": ["Jenny"], "Elisabet": ["Lisa"], "Karolina": ["Kajsa", "Lina"], "Agneta": ["Agge"],
        "Anna-Karin": ["Anki"], "Ann-Christin": ["Anki"], "Monica": ["Mojje"], "Helena": ["Lena"],
    },
    "uk": _EN_NICK,
    "us": _EN_NICK,
    "polish": {
        "Małgorzata": ["Gosia"], "Katarzyna": ["Kasia"], "Aleksandra": ["Ola"], "Agnieszka": ["Aga"],
        "Krzysztof": ["Krzysiek"], "Tomasz": ["Tomek"], "Wojciech": ["Wojtek"], "Piotr": ["Piotrek"],
        "Jakub": ["Kuba"], "Magdalena": ["Magda"], "Joanna": ["Asia"],
    },
    "finnish": {"Juha": ["Jussi"], "Johanna": ["Jonna"], "Tuomas": ["Tuomo"]},
    "arabic": {"Mohammad": ["Mo", "Hamoudi"], "Ahmad": ["Hamada"], "Yousef": ["Joe"], "Mustafa": ["Mousa"]},
    "ukrainian": {"Oleksandr": ["Sasha"], "Volodymyr": ["Volodia"], "Kateryna": ["Katia"], "Anastasiia": ["Nastia"]},
    "latin": {"Francisco": ["Pancho"], "José": ["Pepe"], "Alejandro": ["Alejo"], "Francisca": ["Pancha"]},
    "bcs": {"Muhamed": ["Hamo"], "Aleksandar": ["Aco"]},
}  # fmt: skip
