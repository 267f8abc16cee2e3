# ruff: noqa: E501
"""Weighted name pools of held-out BK: names as the population of Sweden has them.

Written by the forty-second writer from general knowledge and one public-domain source, and
checked against no list in the project. Every list is in the writer's order of frequency:

- Sweden: given names and surnames in the order of SCB's name statistics (weight 1/rank); the
  head is a list's first part (the commonest 150 or so), the tail the rarer names written after
  it (hyphenated given names and the nobility's particles, `von Sydow`, `af Klercker`,
  `De Geer`, among them); one Swedish person in twenty carries a hyphenated given name of its own
  list (`Anna-Karin`, `Karl-Johan`).
- The US: the Census 1990 lists (`dist.female.first`, `dist.male.first`, `dist.all.last`, public
  domain, from the `names==0.3.0` package), the first 400, 400 and 450 names with the census's
  per cent as weight, written with one capital as people write them; the head is the top 150.
- The UK: given names and surnames in the order of the ONS rankings (weight 1/rank), adults'
  names and children's names together.
- Origins common in Sweden: Finnish, Arabic (Iraqi and Syrian, Assyrian/Syriac among them, with
  `al-` and `bin`), Somali, Persian, Kurdish, Turkish, Bosnian/Serbian/Croatian, Polish (with the
  feminine `-ska`/`-cka`), Eritrean/Tigrinya, Afghan, Thai, Chinese, Indian, Chilean/Latin
  American (two surnames, `de la`, `del`), Romanian, German (`von`), Dutch (`van der`, `de`) and
  French (`Jean-Pierre`, `de la`): the commonest names of each, weight 1/rank, head the first 12.

A name word is drawn from a list's head with HEAD_SHARE, else from its tail (`generate_bk.py`).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8


@dataclass(frozen=True)
class Pool:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int  # names[:head] are the head of the list, names[head:] its tail


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def words(text: str) -> list[str]:
    return [" ".join(raw.split()) for raw in text.split(",") if raw.strip()]


def ranked(head: str, tail: str) -> Pool:
    """A list written in order of frequency, comma-separated, its head then its tail; weight
    1/rank over the whole list; a name already listed is not listed again."""
    names: list[str] = []
    for name in words(head):
        if name not in names:
            names.append(name)
    cut = len(names)
    for name in words(tail):
        if name not in names:
            names.append(name)
    return Pool(tuple(names), tuple(1 / (i + 1) for i in range(len(names))), cut)


def census(rows: tuple[tuple[str, float], ...], head: int) -> Pool:
    """A census list with its per cents as weights."""
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


# Sweden, SCB's name statistics (general knowledge): women's given names, men's, surnames.
SV_F = ranked(
    """Anna, Eva, Maria, Karin, Sara, Lena, Kerstin, Emma, Ingrid, Marie, Malin, Christina,
    Linda, Birgitta, Sofia, Elin, Hanna, Jenny, Annika, Susanne, Ida, Monica, Inger, Ulla,
    Johanna, Elisabeth, Helena, Carina, Julia, Camilla, Marianne, Ulrika, Linnéa, Åsa, Anneli,
    Margareta, Sandra, Maja, Gunilla, Alice, Katarina, Matilda, Therese, Ebba, Agneta, Elsa,
    Cecilia, Frida, Lisa, Viktoria, Amanda, Louise, Moa, Kristina, Josefin, Emelie, Wilma, Alva,
    Astrid, Jessica, Caroline, Gunnel, Britt, Barbro, Yvonne, Anette, Mona, Siv, Ella, Olivia,
    Ellen, Lovisa, Klara, Felicia, Nathalie, Ann-Christin, Elisabet, Petra, Pia, Sanna, Gun,
    Birgit, Margit, Ann, Charlotte, Mikaela, Irene, Anita, Rebecka, Emilia, Tilda, Saga, Stella,
    Vera, Freja, Selma, Agnes, Signe, Ester, Ingela, Lotta, Annie, Tove, Sofie, Jennie,
    Karolina, Madeleine, Lina, Jeanette, Kristin, Helen, Ingegerd, Gerd, Ann-Marie, Solveig,
    Eleonor, Veronica, Emelie, Evelina, Cornelia, Linn, Nora, Ebba, Isabelle, Alexandra, Tindra,
    Hedvig, Ylva, Märta, Sigrid, Ronja, Tyra, Pernilla, Lisbeth, Maud, Elvira, Hilda, Majken,
    Lilly, Nellie, Iris, Thea, Ines, Greta, Edith, Ellinor, Vilma, Elise, Filippa, Fanny,
    Lova, Meja, Juni, Livia, Nova, Svea, Stina""",
    """Anna-Karin, Eva-Lena, Ann-Sofie, Mari-Louise, Ann-Charlotte, Britt-Marie, Lill,
    Majvor, Dagny, Ragnhild, Vendela, Lykke, Smilla, Hillevi, Tuva, Idun, Bodil, Sonja, Katrin,
    Rut, Lilian, Laila, Kajsa, Hedda, Gudrun, Irma, Asta, Edit, Elna, Doris, Ulrica, Helén,
    Lo, Minna, Liv, Ingeborg, Gunborg, Elsie, Berit, Inga-Lill, Mai, Siw, Lillemor, Vivianne,
    Kicki, Annelie, Jonna, Mimmi, Signe, Alicia, Evelyn, Mira, Leah, Noomi, Elina, Tora,
    Hjördis, Ingalill, Greta, Viveka, Anneliese, Carin, Catharina, Christin, Eivor, Ewa,
    Frideborg, Gertrud, Hulda, Jolin, Kaisa, Karla, Leontine, Lisette, Magdalena, Maj-Britt,
    Marit, Märit, Nanna, Ottilia, Rakel, Rosalie, Saskia, Sibylla, Signhild, Tekla, Ulla-Britt,
    Valborg, Wiveka, Yrsa, Åsa-Lena, Öllegård""",
)
SV_M = ranked(
    """Lars, Mikael, Anders, Johan, Erik, Per, Karl, Peter, Jan, Thomas, Daniel, Fredrik,
    Hans, Andreas, Stefan, Mohammed, Bengt, Magnus, Mats, Marcus, Jonas, Oskar, Alexander,
    Niklas, Bo, Gustav, Patrik, Martin, Sven, Björn, Nils, Leif, Viktor, Henrik, Filip, Emil,
    David, Joakim, Christer, Kent, Simon, Robert, Rolf, Tommy, Ulf, Göran, Anton, Christian,
    Mattias, Jonathan, William, Kjell, Sebastian, Lucas, Roger, Elias, Robin, Axel, Adam, Hugo,
    Oliver, Ali, Jakob, Rickard, Tobias, Kenneth, Olle, Stig, Lennart, Ove, Jörgen, Claes,
    Gunnar, Rasmus, Isak, Ludvig, Liam, Noah, Hampus, Max, Albin, Melvin, Ahmed, Kurt, Åke,
    Arne, Bertil, Torbjörn, Håkan, Dan, Roland, Ingemar, Gösta, Sten, Tomas, Ola, Jimmy,
    Jesper, Linus, Sixten, Theo, Leo, Vincent, Edvin, Elliot, Arvid, Alfred, Harry, Otto,
    Felix, Viggo, Olof, Kristoffer, Kristian, Dennis, Ronny, Johnny, Conny, Pontus, Samuel,
    Carl, Jens, Benjamin, Josef, Love, Valter, Frans, Sam, Ebbe, Melker, Wilhelm, Ivar, Folke,
    Tage, Einar, Gustaf, Herbert, Harald, Sune, Lage, Göte, Holger, Allan, Lennart, Jimmie,
    Tony, Morgan, Krister, Bernt, Gert, Rune, Uno, Elis, Hjalmar""",
    """Karl-Johan, Per-Olof, Lars-Erik, Jan-Erik, Carl-Johan, Per-Anders, Lars-Göran,
    Jan-Olov, Nils-Erik, Sven-Erik, Bengt-Åke, Hans-Olof, Karl-Erik, Jan-Åke, Lars-Olof,
    Östen, Assar, Algot, Gunder, Evert, Ragnar, Sigvard, Torsten, Birger, Valdemar, Vidar,
    Sigge, Ture, Nore, Ebbe, Bror, Edvard, Tor, Torgny, Lave, Helge, Ingvar, Rikard, Staffan,
    Anton, Jöns, Måns, Svante, Hilding, Artur, Konrad, Verner, Sölve, Gillis, Folke, Malte,
    Colin, Milo, Loui, Charlie, Alvin, Noel, Vilgot, Abbe, Teodor, Ruben, Julius, Matteo,
    Henning, Lukas, Caspar, Casper, Truls, Wiktor, Kasper, Joel, Kevin, Niclas, Thorbjörn,
    Ulrik, Håkon, Jarl, Inge, Ejnar, Anselm, Hannes, Elof, Eskil, Fabian, Gabriel, Manne,
    Ossian, Salomon, Tryggve, Vilhelm, Yngve, Åsmund, Örjan""",
)
SV_LAST = ranked(
    """Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson,
    Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg,
    Jakobsson, Magnusson, Olofsson, Lindström, Lindqvist, Lindgren, Berg, Axelsson,
    Bergström, Lundberg, Lind, Lundgren, Lundqvist, Mattsson, Berglund, Fredriksson,
    Sandberg, Henriksson, Forsberg, Sjöberg, Ali, Wallin, Mohammed, Engström, Eklund,
    Danielsson, Lundin, Håkansson, Björk, Bergman, Gunnarsson, Holm, Wikström, Samuelsson,
    Isaksson, Fransson, Bergqvist, Nyström, Holmberg, Arvidsson, Löfgren, Söderberg, Nyberg,
    Blomqvist, Claesson, Nordström, Mårtensson, Lundström, Ahmed, Viklund, Björklund,
    Eliasson, Pålsson, Hassan, Berggren, Sandström, Lund, Nordin, Ström, Åberg, Hermansson,
    Ekström, Holmgren, Sundberg, Hedlund, Dahlberg, Hellström, Sjögren, Abrahamsson, Falk,
    Martinsson, Öberg, Andreasson, Strömberg, Månsson, Åkesson, Hansen, Norberg, Lindholm,
    Dahl, Jonasson, Sundström, Lindahl, Ek, Ivarsson, Jensen, Blom, Forslund, Sjöström,
    Ekman, Lindblom, Hedberg, Vikström, Nordqvist, Hägglund, Sundqvist, Wahlström, Lindell,
    Edlund, Åström, Borg, Ekberg, Backman, Nordlund, Westerberg, Nyman, Boström, Engberg,
    Hallberg, Ekholm, Ågren, Lilja, Kvist, Kjellberg, Hjalmarsson, Sjölund, Grahn, Bäckström,
    Palm, Granberg, Melin, Nord, Brandt, Jeppsson, Lindkvist, Stenberg, Rosén, Strand,
    Söderström, Ahlberg, Öhman, Sundin, Ljungberg""",
    """Broberg, Frisk, Lindén, Fors, Wallgren, Wiberg, Ekelund, Bergkvist, Hedström,
    Lindh, Rydberg, Sandin, Törnqvist, Skoglund, Mattsson, Wallén, Eklöf, Mellberg, Hägg,
    Sundell, Ljung, Holmqvist, Sahlin, Lundh, Hammar, Hallin, Edström, Grönlund, Berntsson,
    Karlberg, Wennberg, Nordgren, Thorén, Engman, Ekdahl, Björkman, Rehn, Fagerström,
    Löfstedt, Åkerlund, Stenström, Lagerlöf, Sjödin, Widén, Moberg, Carlsson, Carlberg,
    Hedin, Strandberg, Nykvist, Sandqvist, Edvardsson, Gidlund, Hultgren, Östlund, Kronberg,
    Lilliehöök, von Sydow, af Klercker, De Geer, von Platen, af Ugglas, von Essen,
    Reuterskiöld, Gyllenhammar, Silfverschiöld, Rosenqvist, Lagerqvist, Öquist, Zetterberg,
    Zetterlund, Tegnér, Qvarnström, Wikner, Bohlin, Ekwall, Ståhl, Hjelm, Grip, Krantz,
    Lövgren, Nordenskiöld, Pihl, Rask, Strid, Tell, Alm, Asp, Hjort, Lo, Lax, Ros, Bjurström,
    Segerström, Malmqvist, Malmberg, Myrberg, Näslund, Rönnqvist, Svedberg, Swärd, Thelin,
    Uddén, Vallin, Wernersson, Åslund, Österberg, Sjöholm""",
)
# The UK, the ONS rankings (general knowledge): adults' and children's names together.
UK_F = ranked(
    """Sarah, Emma, Claire, Laura, Rebecca, Gemma, Amy, Nicola, Rachel, Lisa, Emily, Jessica,
    Hannah, Charlotte, Sophie, Lucy, Katie, Helen, Michelle, Louise, Samantha, Jennifer,
    Victoria, Kelly, Joanne, Elizabeth, Susan, Karen, Julie, Deborah, Amanda, Alison, Jane,
    Catherine, Margaret, Patricia, Olivia, Amelia, Isla, Ava, Mia, Grace, Chloe, Ellie, Holly,
    Lauren, Megan, Jade, Natalie, Stephanie, Zoe, Kirsty, Leanne, Danielle, Hayley, Kerry,
    Stacey, Jodie, Carol, Linda, Christine, Janet, Sandra, Ann, Anne, Jacqueline, Tracey,
    Donna, Dawn, Wendy, Paula, Angela, Caroline, Fiona, Sharon, Lesley, Gillian, Jean, Pauline,
    Barbara, Mary, Sheila, Valerie, Brenda, Maureen, Joan, Irene, Doreen, Kathleen, Eileen,
    Lily, Freya, Poppy, Evie, Isabella, Sophia, Florence, Ella, Daisy, Phoebe, Ruby, Matilda,
    Millie, Rosie, Scarlett, Imogen, Alice, Harriet, Eleanor, Abigail, Georgia, Bethany,
    Jasmine, Naomi, Abbie, Shannon, Melissa, Vicky, Lindsey, Joanna, Kate, Anna, Maria,
    Rosemary, Elaine, Beverley, Tina, Diane, Marie""",
    """Esme, Willow, Maisie, Elsie, Aria, Ivy, Sienna, Harper, Penelope, Thea, Hollie, Aimee,
    Carly, Kimberley, Toni, Nikki, Cheryl, Lorraine, Yvonne, Sonia, Gail, Jill, Hilary,
    Rosalind, Philippa, Bryony, Felicity, Cressida, Imelda, Siobhan, Niamh, Aoife, Ciara,
    Morag, Kirstie, Eilidh, Rhiannon, Cerys, Ffion, Seren, Bronwen, Carys, Nia, Sian, Aisha,
    Amina, Zara, Priya, Sana, Ayesha, Fatima, Leah, Tegan, Paige, Chantelle, Jemma, Keeley,
    Demi, Kayleigh, Rosamund, Gwendolyn, Marjorie, Edna, Hazel, Muriel, Enid, Gladys, Ethel,
    Winifred, Mabel, Beryl, Sylvia, Audrey""",
)
UK_M = ranked(
    """David, John, Paul, Michael, Andrew, James, Mark, Richard, Robert, Peter, Christopher,
    Stephen, Daniel, Thomas, Matthew, Ian, Simon, Steven, Darren, Lee, Gary, Jason, Craig,
    Neil, Martin, Adam, Ben, Benjamin, Jack, Oliver, Harry, George, Charlie, Jacob, Alfie,
    Noah, William, Joshua, Samuel, Joseph, Ryan, Luke, Liam, Jamie, Scott, Dean, Wayne, Kevin,
    Alan, Brian, Keith, Colin, Graham, Anthony, Nicholas, Jonathan, Philip, Tony, Barry,
    Stuart, Carl, Shaun, Nathan, Aaron, Jordan, Callum, Connor, Kieran, Lewis, Alexander,
    Dylan, Oscar, Leo, Arthur, Muhammad, Freddie, Archie, Theo, Henry, Edward, Max, Ethan,
    Tom, Sam, Dan, Chris, Matt, Alex, Jake, Josh, Kyle, Ross, Gareth, Rhys, Owen, Gavin,
    Malcolm, Derek, Trevor, Terence, Raymond, Dennis, Roy, Kenneth, Roger, Geoffrey, Frank,
    Ronald, Leonard, Stanley, Ernest, Albert, Douglas, Gordon, Hugh, Russell, Howard, Patrick,
    Sean, Declan, Ciaran, Jay""",
    """Teddy, Reggie, Rory, Finley, Harrison, Elliot, Isaac, Lucas, Louis, Reuben, Toby,
    Tobias, Jude, Rupert, Hamish, Angus, Fraser, Euan, Alasdair, Dougal, Gethin, Iwan, Emyr,
    Dafydd, Aled, Bryn, Rhodri, Cillian, Oisin, Fergus, Jasper, Giles, Crispin, Piers,
    Quentin, Barnaby, Cuthbert, Clive, Nigel, Lionel, Desmond, Cyril, Norman, Percy, Wilfred,
    Bernard, Herbert, Rashid, Imran, Bilal, Kashif, Tariq, Arjun, Rohan, Sanjay, Deepak,
    Kwame, Kofi, Tunde, Femi, Wesley, Lloyd, Dwayne, Marlon, Kane, Brandon, Bradley, Mason,
    Tyler, Reece, Aiden, Kai, Ellis, Stanley, Frankie, Ronnie, Albie, Alfred, Otis""",
)
UK_LAST = ranked(
    """Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts,
    Robinson, Thompson, Wright, Walker, White, Edwards, Hughes, Green, Hall, Lewis, Harris,
    Clarke, Patel, Jackson, Wood, Turner, Martin, Cooper, Hill, Ward, Morris, Moore, Clark,
    Lee, King, Baker, Harrison, Morgan, Allen, James, Scott, Phillips, Watson, Davis, Parker,
    Price, Bennett, Young, Griffiths, Mitchell, Kelly, Cook, Carter, Richardson, Bailey,
    Collins, Bell, Shaw, Murphy, Miller, Cox, Richards, Khan, Marshall, Anderson, Simpson,
    Ellis, Adams, Singh, Begum, Wilkinson, Foster, Chapman, Powell, Webb, Rogers, Gray, Mason,
    Ali, Hunt, Hussain, Campbell, Matthews, Owen, Palmer, Holmes, Mills, Barnes, Knight,
    Lloyd, Butler, Russell, Barker, Fisher, Stevens, Jenkins, Murray, Dixon, Harvey, Graham,
    Pearson, Ahmed, Fletcher, Walsh, Kaur, Gibson, Howard, Andrews, Stewart, Elliott,
    Reynolds, Saunders, Payne, Fox, Ford, Pearce, Day, Brooks, West, Lawrence, Cole,
    Atkinson, Bradley, Spencer, Gill, Dawson, Ball, Burton, O'Brien, Watts, Rose, Booth,
    Perry, Ryan, Grant, Wells, Armstrong, Francis, Rees, Hayes, Hart, Hudson, Newman,
    Barrett, Webster, Hunter, Gregory, Carr""",
    """Lowe, Page, Marsh, Riley, Dunn, Woods, Parsons, Berry, Stone, Reid, Holland, Hawkins,
    Harding, Porter, Robertson, Newton, Oliver, Reed, Kennedy, Williamson, Bird, Gardner,
    Shah, Dean, Lane, Cooke, Bates, Henderson, Parry, Burgess, Bishop, Walton, Burns,
    Nicholson, Shepherd, Ross, Cross, Long, Freeman, Warren, Nicholls, Hamilton, Byrne,
    Sutton, McDonald, Yates, Hodgson, Robson, Curtis, Hopkins, O'Connor, Harper, Coleman,
    Watkins, Moss, McCarthy, Chambers, O'Neill, Griffin, Sharp, Hardy, Wheeler, Potter,
    Osborne, Johnston, Gordon, Doyle, Wallace, George, Jordan, Hutchinson, Rowe, Burke, May,
    Pritchard, Gilbert, Willis, Higgins, Read, Miles, Stevenson, Stephenson, Hammond, Arnold,
    Buckley, Walters, Hewitt, Barber, Nelson, Slater, Austin, Sullivan, Whitehead, Mann,
    Frost, Lambert, Stephens, Blake, Akhtar, Lynch, Goodwin, Barton, Woodward, Thomson,
    Cunningham, Quinn, Barnett, Baxter, Bibi, Clayton, Nash, Greenwood, Jennings, Holt, Kemp,
    Poole, Gallagher, Bond, Stokes, Tucker, Davidson, Fowler, Heath, Norman, Middleton,
    Lawson, Banks, French, Stanley, Jarvis, Gibbs, Ferguson, Hayward, Carroll, Douglas,
    Dickinson, Todd, Barlow, Peters, Lucas, Knowles, Hartley, Miah, Simmons, Morton,
    Alexander, Field, Morrison, Norris, Townsend, Preston, Hancock, Thornton, Baldwin,
    Burrows, Briggs, Storey, Pollard, Sanders, Whittaker, Ashworth, Sykes, Greaves, Haworth,
    Pickering, Entwistle, Cartwright, Fairclough, Ormerod, Trevithick, Pengelly, Penrose,
    Llewellyn, Pugh, Prosser, MacLeod, MacKenzie, Fraser, Sinclair, Urquhart, Farquharson""",
)
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

US_LAST = (
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
    ("Horton", 0.039), ("Shelton", 0.039), ("Barrett", 0.039), ("Obrien", 0.039), ("Castro", 0.039),
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


# Origins common in Sweden: the commonest names of each, by the writer's order of frequency;
# the head is a list's first names (split where the common names end), the tail the rest.
def origin(f: str, m: str, last: str, head: int = 12) -> Origin:
    def pool(text: str) -> Pool:
        names = words(text)
        return ranked(", ".join(names[:head]), ", ".join(names[head:]))

    return Origin(pool(f), pool(m), pool(last))


ORIGINS_ABROAD = {
    "finnish": origin(
        """Maria, Helena, Johanna, Anneli, Kaarina, Marjatta, Anna, Liisa, Annikki, Hannele,
        Tuula, Päivi, Sari, Anne, Pirjo, Riitta, Aino, Eila, Leena, Minna, Satu, Tiina, Elina,
        Kirsi, Marja-Liisa, Sirpa, Tarja, Merja, Ritva, Raili, Aili, Sinikka, Pirkko""",
        """Juhani, Johannes, Olavi, Antero, Tapani, Kalevi, Mikael, Matti, Timo, Pekka, Jari,
        Kari, Juha, Mikko, Antti, Jukka, Markku, Heikki, Hannu, Seppo, Ilkka, Esa, Veikko,
        Pentti, Petri, Janne, Tuomas, Ville, Eero, Risto, Raimo, Tapio, Aki""",
        """Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen,
        Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä,
        Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen,
        Mattila, Savolainen, Lahtinen, Ahonen, Hiltunen, Kettunen, Väisänen, Pelkonen, Räsänen""",
    ),
    "arabic": origin(
        """Fatima, Mariam, Zainab, Noor, Sara, Aisha, Hanan, Rana, Huda, Amira, Layla, Rasha,
        Yasmin, Dina, Lina, Salma, Reem, Nadia, Hala, Shaima, Ghada, Asma, Samira, Suad, Rania,
        Nisreen, Maha, Nawal, Souad, Afaf, Ilham, Rahaf, Sidra, Marina, Ramina""",
        """Mohammed, Ahmed, Ali, Hassan, Omar, Mahmoud, Khaled, Hussein, Mustafa, Ibrahim,
        Youssef, Abdullah, Karim, Samir, Ammar, Rami, Bashar, Ziad, Tariq, Haider, Firas, Walid,
        Nabil, Fadi, Jamal, Saif, Mazen, Hamza, Adnan, Ninos, Sargon, Aziz, Munir, Akram, Basel""",
        """Ali, Mohammed, Ahmed, Hassan, Hussein, Abdullah, Ibrahim, Khalil, Saleh, Mahmoud,
        Mustafa, Jaber, Haddad, Khoury, Nasser, Aziz, Kassem, Said, Yousef, Hamid, Jasim,
        Kareem, al-Hassan, Al-Ali, al-Jabouri, Al-Obaidi, al-Tamimi, Al-Rubaie, al-Khatib,
        Shamoun, Yacoub, Gabriel, Isaac, Barsoum, Hanna, Elias, Toma, Issa, Al-Saadi, Darwish""",
    ),
    "somali": origin(
        """Fadumo, Amina, Hodan, Sahra, Asha, Hawa, Khadija, Faadumo, Halima, Ifrah, Nimco,
        Ubah, Hibo, Sagal, Ayan, Deeqa, Fartun, Muna, Hamdi, Sucaad, Ladan, Naimo, Safiya""",
        """Mohamed, Abdi, Ahmed, Ali, Hassan, Abdirahman, Abdullahi, Omar, Yusuf, Ibrahim, Mahad,
        Farah, Abdikarim, Said, Hussein, Ismail, Liban, Mustafe, Abdiaziz, Guled, Abdiqani,
        Bashir, Hamse""",
        """Mohamed, Ahmed, Ali, Hassan, Abdi, Farah, Omar, Osman, Warsame, Jama, Abdullahi,
        Hussein, Aden, Yusuf, Nur, Egal, Dahir, Mohamud, Ismail, Isse, Hirsi, Duale, Elmi, Gedi,
        Shire, Salad, Hersi, Abdulle""",
    ),
    "persian": origin(
        """Maryam, Fatemeh, Zahra, Sara, Leila, Shirin, Nasrin, Parisa, Mina, Roya, Azadeh, Neda,
        Mahnaz, Golnar, Shadi, Samira, Elham, Setareh, Ladan, Bahar, Nazanin, Yasaman, Soheila,
        Fariba, Tara""",
        """Mohammad, Ali, Reza, Hossein, Mehdi, Amir, Hamid, Saeed, Majid, Behzad, Babak,
        Kourosh, Dariush, Farhad, Arash, Omid, Navid, Kaveh, Payam, Siamak, Shahram, Peyman,
        Ramin, Hamed, Masoud""",
        """Mohammadi, Hosseini, Ahmadi, Rezaei, Moradi, Karimi, Jafari, Rahimi, Hashemi,
        Ghorbani, Mousavi, Sadeghi, Heidari, Azizi, Kazemi, Akbari, Naderi, Rostami, Tehrani,
        Shirazi, Farahani, Esfahani, Kamali, Nouri, Bagheri, Soltani, Yazdani, Salehi, Amini""",
    ),
    "kurdish": origin(
        """Rojin, Shilan, Nasrin, Shirin, Zhino, Avin, Bahar, Dilan, Nazdar, Rezan, Helin,
        Berivan, Roza, Hana, Sozan, Bayan, Kajal, Lana, Narin, Newroz, Jwan, Nishtiman""",
        """Rebin, Karwan, Dilshad, Kawa, Azad, Sherzad, Hiwa, Aram, Shwan, Soran, Rebwar, Zana,
        Baran, Dara, Hawre, Serwan, Bakhtiyar, Ako, Hemin, Diyar, Ciwan, Rojhat, Welat, Berzan""",
        """Ahmed, Mohammed, Rashid, Abdullah, Karim, Qadir, Hassan, Aziz, Mahmoud, Ali, Rasul,
        Omer, Saleh, Sharif, Amin, Hamad, Barzani, Talabani, Hawrami, Kurdi, Jaff, Baban,
        Zebari, Shwani""",
    ),
    "turkish": origin(
        """Fatma, Ayşe, Emine, Hatice, Zeynep, Elif, Meryem, Şerife, Zehra, Sultan, Hanife,
        Merve, Havva, Zeliha, Esra, Fadime, Özlem, Hülya, Yasemin, Leyla, Derya, Gül, Sevgi,
        Aylin, Ebru""",
        """Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Osman, Yusuf, Murat,
        Ömer, Ramazan, Halil, Süleyman, Abdullah, Mahmut, Recep, Emre, Burak, Kemal, Serkan,
        Volkan, Cem, Kaan, Fatih""",
        """Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan,
        Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Özcan, Korkmaz,
        Çakır, Erdoğan, Yavuz, Can, Acar, Şen, Aktaş""",
    ),
    "bcs": origin(
        """Amra, Emina, Lejla, Selma, Amela, Ajla, Azra, Jasmina, Mirela, Sanela, Jelena, Ivana,
        Marija, Ana, Milica, Dragana, Snežana, Vesna, Mirjana, Gordana, Maja, Sanja, Elma, Alma,
        Edina""",
        """Amir, Adnan, Emir, Edin, Mirza, Haris, Dino, Nermin, Senad, Dragan, Zoran, Goran,
        Milan, Nikola, Marko, Ivan, Stefan, Aleksandar, Nenad, Dejan, Mario, Josip, Tomislav,
        Damir, Jasmin, Almir, Enis, Kenan""",
        """Hodžić, Hadžić, Delić, Begić, Kovačević, Mehmedović, Hasanović, Omerović,
        Ibrahimović, Salihović, Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović,
        Ilić, Horvat, Kovačić, Babić, Marić, Jurić, Novak, Knežević, Popović, Pavlović, Mujić,
        Husić, Alić, Halilović""",
    ),
    "polish": origin(
        """Anna, Maria, Katarzyna, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Magdalena,
        Elżbieta, Joanna, Aleksandra, Monika, Zofia, Teresa, Danuta, Natalia, Julia, Karolina,
        Marta, Beata, Dorota, Halina, Jadwiga, Justyna""",
        """Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Jan, Michał, Marcin, Jakub, Adam, Łukasz,
        Marek, Grzegorz, Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Jerzy, Maciej, Rafał,
        Kamil, Robert, Kacper, Sebastian""",
        """Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński,
        Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Wojciechowski, Kwiatkowski,
        Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król,
        Wieczorek, Jabłoński, Wróbel, Nowakowski, Majewski, Olszewski, Sadowski, Wasilewski""",
    ),
    "eritrean": origin(
        """Senait, Helen, Rahel, Mebrat, Saba, Selam, Hiwet, Luwam, Yordanos, Feven, Tsega,
        Abrehet, Lemlem, Mihret, Nardos, Winta, Eden, Ruth, Meron, Semhar, Almaz, Tirhas""",
        """Yonas, Dawit, Tesfay, Tekle, Mehari, Yohannes, Samuel, Daniel, Kidane, Berhane,
        Habtom, Filmon, Mussie, Biniam, Robel, Semere, Tesfalem, Aron, Henok, Awet, Efrem,
        Teklu""",
        """Tesfay, Tekle, Gebremariam, Haile, Berhe, Kidane, Tewelde, Ghebremedhin, Asmerom,
        Woldu, Habte, Mehari, Gebreyesus, Negash, Okbay, Araya, Andemariam, Zerai, Fitsum,
        Yemane, Weldemichael, Tsegai, Ghirmay, Isaak""",
    ),
    "afghan": origin(
        """Fatima, Maryam, Zahra, Mariam, Marzia, Nargis, Parwana, Shabnam, Freshta, Masuda,
        Madina, Zarghona, Farzana, Mursal, Nilofar, Setara, Laila, Soraya, Sima, Hosai,
        Malalai, Roya, Hamida, Latifa""",
        """Mohammad, Ahmad, Abdul, Ali, Mustafa, Hamid, Rahim, Nasir, Javed, Farid, Sayed,
        Khalid, Zabihullah, Mujtaba, Reza, Jawad, Hamed, Sohrab, Wahid, Naweed, Fawad, Shafiq,
        Rahmatullah, Habib""",
        """Ahmadi, Hussaini, Rahimi, Mohammadi, Hakimi, Sultani, Karimi, Noori, Amiri, Sadat,
        Jafari, Popal, Stanikzai, Ahmadzai, Safi, Haidari, Rezai, Sharifi, Azimi, Wardak,
        Mohmand, Nazari, Qaderi, Yousufzai, Hotak""",
    ),
    "thai": origin(
        """Siriporn, Supaporn, Wanida, Malee, Sunisa, Kanya, Pranee, Somjai, Nattaya, Ratana,
        Jintana, Saowanee, Duangjai, Lamai, Pornthip, Kannika, Achara, Wilai, Suda, Pim,
        Anong, Busaba, Sasithorn, Orathai""",
        """Somchai, Somsak, Prasert, Sombat, Somboon, Boonmee, Wichai, Chaiwat, Surachai, Anan,
        Kittisak, Thanakorn, Nattapong, Sakda, Prayut, Wirot, Apichart""",
        """Saetang, Srisuk, Sukprasert, Wongsawat, Boonmee, Chaiyaphum, Thongdee, Kaewkham,
        Phromma, Sriwichai, Rattanakorn, Saelim, Jaidee, Intarasuk, Kongkaew, Srisawat,
        Chanthawong, Suwannarat, Phongsri, Kaewmanee""",
    ),
    "chinese": origin(
        """Li, Jing, Ying, Yan, Hua, Xiu, Fang, Mei, Na, Lan, Xiaoli, Yun, Hong, Min, Juan, Ling,
        Qing, Xia, Lin, Yue, Xiaomei, Wenjing""",
        """Wei, Jun, Hao, Lei, Ming, Jie, Tao, Yong, Jian, Bo, Chao, Peng, Xin, Yang, Feng, Gang,
        Qiang, Hui, Long, Zhiwei, Haoran, Yuxuan""",
        """Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo,
        He, Lin, Gao, Luo, Zheng, Liang, Xie, Song, Tang""",
    ),
    "indian": origin(
        """Priya, Anjali, Sunita, Pooja, Neha, Kavita, Deepa, Lakshmi, Anita, Divya, Swati,
        Shalini, Rekha, Meena, Asha, Nisha, Sneha, Shreya, Ritu, Aishwarya, Kiran, Harpreet,
        Sonia, Radha""",
        """Rahul, Amit, Rajesh, Suresh, Vijay, Sanjay, Arun, Ravi, Anil, Sunil, Manoj, Deepak,
        Ramesh, Ajay, Vikram, Karthik, Arjun, Rohit, Nikhil, Pradeep, Srinivas, Venkatesh,
        Gurpreet, Aditya""",
        """Kumar, Singh, Sharma, Patel, Gupta, Reddy, Rao, Shah, Iyer, Nair, Verma, Mehta,
        Joshi, Desai, Agarwal, Mishra, Pillai, Menon, Chopra, Malhotra, Kapoor, Banerjee,
        Chatterjee, Das, Krishnan, Subramanian, Srinivasan, Naidu, Bhat, Kaur""",
    ),
    "latin": origin(
        """María, Carolina, Claudia, Patricia, Ana, Daniela, Camila, Javiera, Francisca,
        Valentina, Marcela, Paola, Andrea, Verónica, Constanza, Carmen, Isabel, Lorena,
        Paulina, Soledad, Gabriela, Ximena, Macarena, Rosa, María José""",
        """Juan, Carlos, José, Luis, Jorge, Francisco, Pedro, Miguel, Manuel, Cristian, Sergio,
        Pablo, Diego, Rodrigo, Felipe, Alejandro, Patricio, Claudio, Mauricio, Ricardo,
        Gonzalo, Andrés, Víctor, Hernán, Sebastián, Matías, Juan Pablo""",
        """González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda,
        Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza,
        Valenzuela, Castillo, Tapia, Reyes, Gutiérrez, Castro, Pizarro, Álvarez, Vásquez,
        Sánchez, Fernández, Ramírez, Carrasco, de la Fuente, del Río, de la Cruz""",
    ),
    "romanian": origin(
        """Maria, Elena, Ioana, Ana, Mihaela, Andreea, Cristina, Gabriela, Alexandra, Daniela,
        Georgiana, Florentina, Nicoleta, Mariana, Ramona, Alina, Roxana, Simona, Adriana,
        Diana, Raluca, Oana""",
        """Ion, Gheorghe, Constantin, Alexandru, Andrei, Mihai, Vasile, Ioan, Nicolae, Florin,
        Marian, Adrian, Daniel, Ionuț, Cristian, Gabriel, Ștefan, Bogdan, Dumitru, Marius,
        Sorin, Cătălin, Vlad, Radu""",
        """Popa, Popescu, Pop, Radu, Dumitru, Stan, Stoica, Gheorghe, Matei, Ciobanu, Ionescu,
        Rusu, Munteanu, Constantin, Mihai, Marin, Dinu, Lazăr, Tudor, Florea, Moldovan, Ene,
        Barbu, Cristea, Ilie, Sandu, Nistor, Dobre, Toma, Georgescu""",
    ),
    "german": origin(
        """Sabine, Petra, Andrea, Claudia, Susanne, Monika, Birgit, Stefanie, Nicole, Katrin,
        Ursula, Christine, Anja, Heike, Gabriele, Karin, Julia, Anna-Lena, Lea, Hannah""",
        """Thomas, Michael, Andreas, Stefan, Christian, Peter, Klaus, Jürgen, Wolfgang, Uwe,
        Frank, Markus, Jörg, Sven, Matthias, Dieter, Hans-Peter, Karl-Heinz, Lukas, Jonas""",
        """Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann,
        Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann,
        von Berg, von der Heide, von Arnim""",
    ),
    "dutch": origin(
        """Maria, Anna, Johanna, Cornelia, Elisabeth, Anne, Sanne, Lotte, Femke, Eva, Inge,
        Marieke, Ingrid, Anouk, Fleur, Sophie""",
        """Jan, Pieter, Kees, Johannes, Hendrik, Willem, Dirk, Sander, Bas, Jeroen, Maarten,
        Ruud, Thijs, Daan, Sem""",
        """de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit,
        Meijer, de Boer, Mulder, de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker,
        Brouwer, de Wit, Dijkstra, van der Meer, van der Linden, van der Berg""",
    ),
    "french": origin(
        """Marie, Nathalie, Isabelle, Sylvie, Catherine, Sophie, Christine, Valérie, Sandrine,
        Céline, Anne-Marie, Marie-Claire, Camille, Julie, Aurélie""",
        """Jean, Pierre, Michel, Philippe, Alain, Nicolas, Jean-Pierre, Jean-Luc, Christophe,
        Laurent, François, Julien, Sébastien, Olivier, Thierry, Jean-Marc""",
        """Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau,
        Simon, Laurent, Lefebvre, Michel, Garcia, David, Bertrand, Roux, Vincent, Fournier,
        Morel, Girard, Dupont, de la Rue, Le Gall""",
    ),
}
# Hyphenated Swedish given names as people carry them (SCB's ranks, general knowledge), drawn for
# one Swedish person in twenty in place of a single given name.
SV_HYPHEN_F = ranked(
    "Ann-Christin, Anna-Karin, Ann-Marie, Britt-Marie, Eva-Lena, Ann-Sofie, Anna-Lena, Ann-Charlotte",
    "Maj-Britt, Ulla-Britt, Mari-Louise, Inga-Lill, Ann-Louise, Eva-Karin, Anna-Maria, Lise-Lotte",
)
SV_HYPHEN_M = ranked(
    "Karl-Johan, Per-Olof, Lars-Erik, Jan-Erik, Carl-Johan, Lars-Göran, Per-Anders, Jan-Olof",
    "Nils-Erik, Sven-Erik, Karl-Erik, Lars-Olof, Bengt-Åke, Hans-Olof, Jan-Åke, Per-Erik",
)

US_F_POOL = census(US_F, 150)
US_M_POOL = census(US_M, 150)
US_LAST_POOL = census(US_LAST, 150)

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_F, SV_M, SV_LAST),
    "us": Origin(US_F_POOL, US_M_POOL, US_LAST_POOL),
    "uk": Origin(UK_F, UK_M, UK_LAST),
    **ORIGINS_ABROAD,
}

# Who is named, per language of the row: Swedish text names people roughly as Sweden's
# population is made up (SCB's figures on country of birth and parents' country of birth, from
# general knowledge); English text is mostly a British energy supplier's or an American
# utility's; mixed text is Sweden's workplaces and homes where English is spoken.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 68, "arabic": 6, "finnish": 3.5, "polish": 2.5, "bcs": 2.5, "persian": 2,
        "somali": 1.8, "afghan": 1.6, "kurdish": 1.5, "turkish": 1.5, "eritrean": 1.2,
        "indian": 1.2, "latin": 1, "thai": 1, "chinese": 0.9, "romanian": 0.9, "german": 0.8,
        "us": 0.5, "uk": 0.5, "french": 0.3, "dutch": 0.2,
    },
    "en": {
        "uk": 44, "us": 30, "swedish": 6, "indian": 5, "polish": 2, "arabic": 2, "chinese": 1.5,
        "latin": 1.5, "romanian": 1, "finnish": 1, "french": 1, "german": 1, "turkish": 0.8,
        "somali": 0.7, "dutch": 0.5, "thai": 0.5, "persian": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 9, "us": 8, "arabic": 5, "finnish": 3, "polish": 3, "indian": 3,
        "bcs": 2.5, "persian": 2, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5, "afghan": 1.2,
        "chinese": 1.2, "latin": 1.2, "eritrean": 1, "thai": 1, "romanian": 1, "german": 1,
        "dutch": 0.6, "french": 0.6,
    },
}  # fmt: skip

# How often a name of these origins is typed without its letters (`Wisniewski`, `Yilmaz`).
TYPED_PLAIN = {
    "polish": 0.3,
    "bcs": 0.35,
    "turkish": 0.3,
    "romanian": 0.4,
    "latin": 0.25,
    "german": 0.15,
}

# Short forms people are called by (Swedish and English), for the given names that have them.
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": {
        "Karl": ("Kalle",), "Lars": ("Lasse",), "Per": ("Pelle", "Pella"), "Olof": ("Olle",),
        "Mikael": ("Micke",), "Joakim": ("Jocke",), "Jan": ("Janne",), "Nils": ("Nisse",),
        "Bo": ("Bosse",), "Stefan": ("Steffe",), "Magnus": ("Mange",), "Thomas": ("Tompa",),
        "Fredrik": ("Fredde",), "Patrik": ("Patte",), "Mattias": ("Matte",), "Marcus": ("Macke",),
        "Henrik": ("Henke",), "Andreas": ("Andy", "Adde"), "Kristoffer": ("Krille",),
        "Sebastian": ("Sebbe",), "Jonathan": ("Jonte",), "Gustav": ("Gurra", "Gusse"),
        "Oskar": ("Ogge",), "Alexander": ("Alex",), "Göran": ("Göte",), "Anders": ("Ante",),
        "Robert": ("Robban",), "Tobias": ("Tobbe",), "Daniel": ("Danne",), "Johan": ("Jojje",),
        "Erik": ("Erre",), "Torbjörn": ("Tobbe",), "Kenneth": ("Kenta",), "Christer": ("Kicke",),
        "Kristina": ("Kicki", "Stina"), "Katarina": ("Kattis", "Kajsa"), "Margareta": ("Maggan", "Greta"),
        "Elisabeth": ("Lisa", "Lisen"), "Charlotte": ("Lotta",), "Susanne": ("Sussie", "Sanna"),
        "Christina": ("Kicki", "Stina"), "Birgitta": ("Bittan", "Gittan"), "Johanna": ("Jossan",),
        "Josefin": ("Jossan",), "Viktoria": ("Vickan",), "Gunilla": ("Gunsan",), "Ulrika": ("Ullis",),
        "Caroline": ("Carro",), "Madeleine": ("Madde",), "Alexandra": ("Alex",), "Cecilia": ("Cissi",),
        "Jessica": ("Jessie",), "Rebecka": ("Becka",), "Emelie": ("Emmy",), "Camilla": ("Millan",),
        "Mohammed": ("Mo", "Moha"),
    },
    "english": {
        "Robert": ("Bob", "Rob"), "William": ("Will", "Bill"), "Richard": ("Rich", "Dick"),
        "Michael": ("Mike",), "Christopher": ("Chris",), "Elizabeth": ("Liz", "Beth"),
        "Jennifer": ("Jen",), "Katherine": ("Kate",), "Catherine": ("Cathy", "Kate"),
        "Margaret": ("Maggie", "Peggy"), "Daniel": ("Dan", "Danny"), "Matthew": ("Matt",),
        "Anthony": ("Tony",), "Stephen": ("Steve",), "Steven": ("Steve",), "Jonathan": ("Jon",),
        "Samuel": ("Sam",), "Benjamin": ("Ben",), "Thomas": ("Tom",), "James": ("Jim", "Jamie"),
        "Joseph": ("Joe",), "Alexander": ("Alex",), "Nicholas": ("Nick",), "Rebecca": ("Becky",),
        "Victoria": ("Vicky",), "Samantha": ("Sam",), "Deborah": ("Debbie",), "Patricia": ("Pat", "Trish"),
        "Susan": ("Sue",), "Jessica": ("Jess",), "Charlotte": ("Lottie",), "Edward": ("Ed", "Ted"),
        "David": ("Dave",), "Andrew": ("Andy",), "Peter": ("Pete",), "Timothy": ("Tim",),
        "Kenneth": ("Ken",), "Donald": ("Don",), "Ronald": ("Ron",), "Gregory": ("Greg",),
        "Jeffrey": ("Jeff",), "Joshua": ("Josh",), "Nathan": ("Nate",), "Barbara": ("Barb",),
        "Jacqueline": ("Jackie",), "Frederick": ("Fred",), "Gerald": ("Gerry",), "Lawrence": ("Larry",),
        "Kimberly": ("Kim",), "Kimberley": ("Kim",), "Amanda": ("Mandy",), "Philip": ("Phil",),
        "Raymond": ("Ray",), "Terence": ("Terry",), "Leonard": ("Len",), "Geoffrey": ("Geoff",),
    },
}  # fmt: skip
NICK_ORIGIN = {"swedish": "swedish", "us": "english", "uk": "english"}

PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "ı": "i", "İ": "I", "đ": "dj", "Đ": "Dj", "ø": "o", "æ": "ae", "ß": "ss"}
)


def plain(word: str) -> str:
    """A name typed on a keyboard without its letters: `Wiśniewski` as `Wisniewski`."""
    word = word.translate(PLAIN)
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def ascii_name(word: str) -> str:
    """A name as an e-mail address has it: plain, Swedish å/ä/ö as a/a/o."""
    return plain(word).lower()


def feminine(surname: str) -> str:
    """A Polish surname in its feminine form: `Kowalski` as `Kowalska`."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname
