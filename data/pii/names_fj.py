# ruff: noqa: E501
"""Name pools of held-out FJ (issue 15): names as the population has them, weighted by how often
people carry them, and who is named in each language of the set.

Written from general knowledge by a helper who does not tune the detector: Swedish given names and
surnames in the order of SCB's name statistics (weight 1/rank; head the top 150, a tail of rarer
names past them), the US Census 1990 lists (`dist.female.first`, `dist.male.first`,
`dist.all.last`, public domain, copied from the `names` package; the census per cent as weight,
head 150), UK given names and surnames in the order of the ONS rankings (1/rank), and the commonest
names of the origins common in Sweden (1/rank, head 10). No name was checked against anything in
the repository and none was left out for being known or unknown. Python data, stdlib only.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from a list's head with this share, else from its tail


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


def _names(text: str) -> tuple[str, ...]:
    """Comma-separated names in rank order; a name given twice keeps its first rank."""
    out: list[str] = []
    for raw in text.replace("\n", ",").split(","):
        name = raw.strip()
        if name and name not in out:
            out.append(name)
    return tuple(out)


def ranked(text: str, head: int) -> Pool:
    """A list in rank order, weighted 1/rank."""
    names = _names(text)
    return Pool(names, tuple(1 / rank for rank in range(1, len(names) + 1)), min(head, len(names)))


def weighted(rows: tuple[tuple[str, float], ...], head: int) -> Pool:
    """A list with its own weights (the census per cents)."""
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


def plain(word: str) -> str:
    """A name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`."""
    special = {
        "ł": "l",
        "Ł": "L",
        "đ": "dj",
        "Đ": "Dj",
        "ı": "i",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "ß": "ss",
    }
    word = "".join(special.get(ch, ch) for ch in word)
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch)
    )


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-ny` -> `-na`."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka"), ("ny", "na")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# Sweden: tilltalsnamn and surnames in the order of SCB's statistics (general knowledge), 1/rank.
SV_WOMEN = ranked(
    """
    Anna, Eva, Maria, Karin, Sara, Kristina, Lena, Emma, Kerstin, Ingrid, Marie, Malin, Jenny, Hanna,
    Linda, Elin, Sofia, Annika, Inger, Ida, Susanne, Monica, Johanna, Birgitta, Julia, Carina, Elsa,
    Ulla, Elisabeth, Linnéa, Alice, Camilla, Katarina, Maja, Ebba, Cecilia, Helena, Åsa, Anneli, Ella,
    Margareta, Agneta, Gunilla, Emelie, Lisa, Frida, Anette, Matilda, Ellen, Amanda, Moa, Wilma, Klara,
    Louise, Josefin, Ann, Britt, Marianne, Caroline, Olivia, Astrid, Agnes, Alva, Nora, Madeleine, Pia,
    Therese, Emilia, Ingela, Jessica, Lina, Siv, Barbro, Gunnel, Viktoria, Sandra, Ellinor, Helen, Saga,
    Freja, Vera, Elvira, Stina, Petra, Isabelle, Felicia, Mikaela, Ann-Christin, Nathalie, Linn, Tove,
    Mia, Ylva, Gun, Ulrika, Yvonne, Sanna, Signe, Selma, Tyra, Lova, Ronja, Tilda, Märta, Ingegerd,
    Margit, Gunvor, Ann-Marie, Marita, Charlotte, Jennie, Angelica, Erika, Evelina, Hedvig, Elise,
    Rebecka, Amelia, Lilly, Juni, Stella, Vilma, Ester, Edith, Iris, Liv, Thea, Hilda, Elina, Lea,
    Sigrid, Greta, Birgit, Britt-Marie, Anna-Karin, Karolina, Fatima, Nellie, Solveig, Berit, Gudrun,
    Sonja, Anita, Lisbeth, Mona, Kristin, Gabriella, Isabella, Alicia, Maj-Britt, Marina, Pernilla,
    Veronica, Jeanette, Josefine, Sofie, Lovisa, Kajsa, Tuva, Tindra, Molly, Minna, Siri, Alma, Ingeborg,
    Inga, Majvor, Rut, Gunborg, Viola, Doris, Ewa, Ingalill, Dagmar, Elna, Gerd, Irma, Ellie, Ottilia,
    Agda, Hulda, Svea, Tekla, Edla, Alfhild, Elvy, Henny, Irene, Ingbritt, Lilian, Laila, Lillemor,
    Majken, Maud, Ninni, Nanna, Sylvia, Tora, Valborg, Vivianne, Vivi, Åse, Elsie, Elly, Gertrud,
    Gull-Britt, Gullvi, Harriet, Hjördis, Ines, Ingegärd, Jane, Judith, Karina, Katja, Kim, Lotta,
    Louisa, Magdalena, Marika, Marlene, Martina, Meja, Melina, Melissa, Michaela, Miranda, My, Mira,
    Nadja, Natalie, Nina, Noomi, Olga, Paula, Regina, Rose-Marie, Sabina, Sally, Selin, Sigrun, Sissela,
    Tina, Tova, Unni, Vanja, Victoria, Wendela, Zara, Agnetha, Alexandra, Anja, Anne, Annelie, Antonia,
    Bella, Benita, Bodil, Carin, Catarina, Cajsa, Charlotta, Christina, Clara, Cornelia, Daniela, Denise,
    Diana, Dorotea, Eira, Embla, Emilie, Eleonora, Elinor, Fanny, Filippa, Gisela, Hannah, Hedda, Helene,
    Hillevi, Idun, Isa, Jasmine, Jill, Joanna, Jonna, Kaisa, Leonora, Linnea, Lo, Lykke, Madelene, Maj,
    Malva, Mathilda, Mirjam, Monika, Märit, Nea, Nova, Ofelia, Othilia, Petronella, Rakel, Rosa,
    Stephanie, Susanna, Tilde, Ulla-Britt, Vendela, Viveka, Wilhelmina, Ann-Sofie, Ann-Louise, Eva-Lena,
    Lena-Maria, Marie-Louise, Anna-Lena, Britt-Inger, Karin-Margareta, Maj-Lis, Gun-Britt, Inga-Lill,
    Ulla-Karin, Elsa-Maria, Tyra-Li, Alicia-Rose, Agnes-Marie, Ida-Maria, Sara-Li, Gunhild,
    Aina, Alida, Amalia, Ann-Charlotte, Ann-Katrin, Annie, Asta, Aurora, Beatrice, Bianca, Blenda,
    Britta, Carola, Dagny, Désirée, Edit, Eivor, Elida, Elma, Emmy, Esther, Evy, Fredrika, Gunlög,
    Hanne, Hildur, Ingun, Jenni, Johanne, Jolin, Laura, Lilja, Lisen, Lisette, Liselott, Madicken,
    Malou, Margaretha, Mari, Marit, Matilde, Mimmi, Nicole, Patricia, Rebecca, Rosalie, Siw, Ulrica,
    Vilja
    """,
    150,
)
SV_MEN = ranked(
    """
    Lars, Mikael, Anders, Johan, Erik, Per, Karl, Peter, Thomas, Jan, Daniel, Fredrik, Hans, Andreas,
    Stefan, Mohammad, Mats, Magnus, Bengt, Oskar, Alexander, Jonas, Martin, Niklas, Björn, Nils, Gustav,
    Sven, Leif, Bo, Anton, David, William, Lucas, Filip, Axel, Viktor, Henrik, Emil, Elias, Robert,
    Marcus, Simon, Christer, Göran, Ulf, Johannes, Kjell, Patrik, Hugo, Joakim, Rolf, Tommy, Oliver,
    Håkan, Christian, Kent, Roger, Liam, Adam, Ludvig, Åke, Isak, Sebastian, Jakob, Rasmus, Albin, Theo,
    Arvid, Tobias, Mattias, Jesper, Robin, Kristoffer, Rickard, Lennart, Gunnar, Olof, Stig, Roland,
    Ingemar, Leo, Noah, Ali, Ahmed, Mohamed, Hampus, Edvin, Vincent, Melvin, Gabriel, Samuel, Benjamin,
    Alfred, Elliot, Jonathan, Kevin, Dennis, Jimmy, Pontus, Claes, Torbjörn, Kenneth, Tomas, Jörgen,
    Arne, Bertil, Rune, Ingvar, Sture, Lars-Erik, Karl-Erik, Jan-Erik, Emanuel, Josef, Max, Wilhelm,
    Malte, Sixten, Vilgot, Loke, Frans, Olle, Valter, Harry, Otto, Viggo, Charlie, August, Elis, Sune,
    Kurt, Allan, Bernt, Tord, Torsten, Sten, Dan, Conny, Urban, Mohammed, Omar, Ibrahim, Hassan, Love,
    Folke, Linus, Joel, Felix, Markus, Christoffer, Carl, Oscar, Lukas, Kristian, Krister, Ove, Staffan,
    Agne, Albert, Alf, Algot, Alvar, Assar, Benny, Birger, Bror, Börje, Curt, Dag, Douglas, Edgar, Egon,
    Einar, Eje, Elof, Elon, Enar, Ernst, Evert, Fabian, Ferdinand, Gert, Gerhard, Gillis, Gottfrid,
    Greger, Gunder, Halvar, Harald, Helge, Henning, Herbert, Hilding, Holger, Ingmar, Ivan, Ivar, Jack,
    Jarl, Jens, Jerker, John, Jon, Julius, Justus, Kasper, Kennet, Knut, Konrad, Lage, Lars-Göran,
    Lars-Olof, Leon, Levi, Magne, Matteus, Mauritz, Melker, Milton, Morgan, Måns, Natanael, Nicklas,
    Noel, Ola, Olav, Ossian, Paul, Philip, Pär, Rafael, Ragnar, Ralf, Reidar, Reine, Rikard, Ronny,
    Ruben, Rutger, Sigge, Sigurd, Sivert, Stellan, Sölve, Teodor, Tage, Ted, Thor, Tim, Tor, Tore,
    Torgny, Torvald, Ture, Uno, Valdemar, Vidar, Vilhelm, Ville, Vilmer, Yngve, Östen, Örjan,
    Carl-Johan, Hans-Olof, Per-Erik, Per-Olof, Nils-Erik, Sven-Erik, Karl-Johan, Jan-Olof, Lars-Åke,
    Bo-Göran, Adrian, Alvin, Aron, Artur, Casper, Colin, Dante, Eddie, Frank, Fritiof, Gideon, Henry,
    Hjalmar, Isac, Jacob, Jamie, Jonatan, Kim, Lennox, Lias, Lowe, Manfred, Matheo, Mio, Neo, Nelson,
    Nicolas, Otis, Sigvard, Sonny, Svante, Sverker, Teo, Tristan, Wille, Yasin, Zakaria, Ebbe, Edward,
    Efraim, Eskil, Gösta-Adolf, Hannes, Iwar, Jimmie, Kristofer, Lenny, Mathias, Niclas, Patric, Rikhard,
    Roine, Sören, Tommie, Abraham, Adolf,
    Alexis, Arnold, Bruno, Calvin, Charles, Christofer, Clas, Dick, Edmund, Elvin, Enok, Erland, Evald,
    Gustaf, Göte, Hadar, Hilmer, Ingolf, Ingvald, Jan-Åke, Joar, Johnny, Jöns, Karl-Axel, Kenth,
    Kjell-Åke, Lars-Gunnar, Leopold, Lorentz, Malkolm, Nore, Per-Anders, Ronald, Rudolf, Seth, Sigfrid,
    Stig-Göran, Sten-Åke, Thure, Thorvald, Ulrik, Wiktor, Zacharias
    """,
    150,
)
SV_SURNAMES = ranked(
    """
    Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson, Gustafsson,
    Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Carlsson, Petersson, Lindberg, Magnusson,
    Lindström, Gustavsson, Olofsson, Lindqvist, Lindgren, Axelsson, Berg, Bergström, Lundberg, Jakobsson,
    Lind, Lundgren, Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Ali, Forsberg,
    Mohammed, Sjöberg, Wallin, Engström, Danielsson, Eklund, Håkansson, Lundin, Gunnarsson, Björk, Holm,
    Bergman, Samuelsson, Fransson, Wikström, Isaksson, Nyberg, Arvidsson, Söderberg, Mårtensson,
    Nordström, Lundström, Eliasson, Björklund, Berggren, Sandström, Nordin, Ström, Åberg, Hermansson,
    Ekström, Holmberg, Hedlund, Sundberg, Dahlberg, Hellström, Sjögren, Abrahamsson, Falk, Martinsson,
    Öberg, Andreasson, Blom, Ek, Månsson, Strand, Åström, Holmgren, Hassan, Ahmed, Sundström, Dahl,
    Lindholm, Nordqvist, Åkesson, Ivarsson, Ahmadi, Mohamed, Bergqvist, Löfgren, Söderström, Nyström,
    Lindblom, Nordlund, Lundmark, Jacobsson, Hussein, Omar, Ibrahim, Johnsson, Hedberg, Lindahl, Ekman,
    Björkman, Sjöström, Viklund, Strömberg, Hägglund, Holmström, Backman, Wiklund, Sandin, Lindén,
    Norberg, Forslund, Edlund, Öhman, Nygren, Hedström, Boström, Sundqvist, Lindell, Claesson, Friberg,
    Kristiansson, Jeppsson, Blomqvist, Ottosson, Göransson, Rosén, Ekberg, Englund, Jonasson, Sjölund,
    Söderlund, Ljung, Kjellberg, Berntsson, Melin, Hjalmarsson, Lund, Östlund, Ståhl, Rydberg, Ekholm,
    Adolfsson, Sundin, Bäckström, Nord, Palm, Bergkvist, Sjödin, Granath, Forsgren, Hallberg, Lindkvist,
    Rydén, Wahlberg, Brandt, Thorén, Wennberg, Grönlund, Edström, Malmberg, Lilja, Borg, Svärd, Fält,
    Törnqvist, Skoglund, Stenberg, Hallin, Sjöqvist, Ahlberg, Ahlström, Alm, Almqvist, Appelqvist, Bergh,
    Bergendahl, Berglind, Björling, Blomberg, Blomgren, Boman, Bondesson, Brodin, Burman, Bylund,
    Carlberg, Dahlgren, Dahlqvist, Dahlström, Ekblad, Ekdahl, Eklöf, Ekwall, Enberg, Engberg, Engdahl,
    Engvall, Enqvist, Flink, Fors, Forsman, Frisk, Frid, Grahn, Granström, Gren, Grip, Gullberg,
    Göthberg, Hagberg, Hagström, Hammar, Hammarström, Hedin, Hedman, Hedqvist, Hellberg, Hellgren,
    Hellman, Hjort, Holmqvist, Hultgren, Hultman, Hägg, Högberg, Höglund, Jarl, Juhlin, Kjellström,
    Kling, Kronberg, Kvist, Lagerqvist, Lidén, Liljegren, Lindeberg, Lindman, Lindroth, Linder,
    Ljungberg, Ljunggren, Lundell, Lundh, Löf, Löfstedt, Malm, Malmström, Melander, Modig, Molin,
    Nordberg, Nordgren, Nordén, Nylander, Nyman, Nyqvist, Odén, Olander, Palmqvist, Pihl, Qvist,
    Ringqvist, Rosenberg, Rosengren, Roos, Rudberg, Rydell, Rylander, Sahlin, Sandell, Sjöblom,
    Sjöholm, Sjölin, Skog, Spångberg, Stark, Stenlund, Stenqvist, Strömgren, Strömqvist, Sundell,
    Sundén, Svahn, Svedberg, Söderholm, Söderqvist, Tell, Thorsson, Torstensson, Tufvesson, Wallgren,
    Wallén, Westberg, Westerberg, Westin, Westman, Wester, Widén, Wiberg, Wickström, Wikberg, Åhlund,
    Åkerlund, Åkerman, Åslund, Öhrn, Östberg, Österberg, Östman, Gudmundsson, Sigfridsson, Bertilsson,
    Stenström, Mikaelsson, Lennartsson, Ingvarsson, Helgesson, Augustsson, Rosell, Ohlsson, Olausson,
    Wilhelmsson, Joelsson, Emanuelsson, Simonsson, Leandersson, Birgersson, Nordahl, Abdi, Nguyen,
    Khalil, Saleh, Haddad, Lewenhaupt, Sparre, Bielke, Stiernstedt, von Rosen, De Geer, Trolle, Bonde,
    Posse, Cederström, Stenbock, Wrangel, af Klinteberg, von Heland
    """,
    150,
)
# The UK: given names and surnames in the order of the ONS rankings (general knowledge; given names
# of every generation now living, the commonest first), 1/rank.
UK_WOMEN = ranked(
    """
    Sarah, Susan, Margaret, Elizabeth, Emma, Claire, Karen, Helen, Julie, Nicola, Louise, Rachel, Lisa,
    Laura, Amy, Hannah, Lucy, Rebecca, Victoria, Catherine, Joanne, Michelle, Gemma, Samantha, Katie,
    Jessica, Charlotte, Sophie, Olivia, Emily, Chloe, Amelia, Isla, Ava, Grace, Mia, Poppy, Ella, Lily,
    Evie, Isabella, Sophia, Ivy, Freya, Ellie, Ruby, Jennifer, Patricia, Linda, Jane, Deborah, Alison,
    Angela, Wendy, Tracey, Dawn, Kelly, Donna, Sharon, Lynn, Carol, Christine, Janet, Pauline, Joan,
    Jean, Sheila, Barbara, Mary, Anne, Kathleen, Diane, Jacqueline, Gillian, Lorraine, Andrea, Stephanie,
    Natalie, Zoe, Jade, Holly, Megan, Georgia, Bethany, Abigail, Eleanor, Alice, Florence, Matilda,
    Rosie, Phoebe, Daisy, Sienna, Millie, Scarlett, Evelyn, Maisie, Elsie, Harriet, Esme, Lola, Layla,
    Aria, Mila, Willow, Harper, Beatrice, Imogen, Thea, Violet, Eliza, Clara, Penelope, Annabelle,
    Martha, Edith, Maya, Robyn, Leah, Amber, Jasmine, Lauren, Kirsty, Hayley, Stacey, Leanne, Danielle,
    Kerry, Joanna, Fiona, Heather, Maureen, Brenda, Valerie, Sandra, Irene, Doreen, Eileen, Marion,
    Rita, Shirley, Hilary, Judith, Yvonne, Lesley, Maxine, Beverley, Denise, Paula, Sally, Caroline,
    Elaine, Teresa, Vanessa, Kate, Kimberley, Jodie, Charlene, Toni, Lindsay, Carly, Shannon, Chelsea,
    Courtney, Paige, Naomi, Rhiannon, Ffion, Cerys, Seren, Siobhan, Aoife, Niamh, Mhairi, Eilidh, Morag,
    Aisha, Fatima, Amira, Priya, Zara, Hafsa, Maryam, Ayesha, Tia, Kayla, Erin, Orla, Nancy, Iris, Ada,
    Hazel, Rose, Heidi, Lydia, Jessie, Bella, Gracie, Darcey, Lexi, Hollie, Francesca, Rosa, Beth, Jenna,
    Molly, Isobel, Alexandra, Eve, Amelie, Mollie, Tilly, Nell, Pippa, Josephine, Bridget, Gwen, Dorothy,
    Hilda, Gladys, Marjorie, Vera, Mavis, Olive, Lilian, Winifred, Beryl, Sylvia, Audrey, June, Muriel,
    Ethel
    """,
    130,
)
UK_MEN = ranked(
    """
    David, John, Michael, Paul, Andrew, Mark, James, Richard, Peter, Robert, Stephen, Christopher,
    Ian, Daniel, Thomas, Matthew, Simon, Gary, Anthony, Steven, Kevin, Martin, Jason, Darren, Lee,
    Neil, Craig, Stuart, Graham, Philip, Alan, Brian, Keith, Colin, Oliver, George, Noah, Arthur, Harry,
    Leo, Muhammad, Jack, Charlie, Oscar, Jacob, Henry, Freddie, Alfie, Theo, William, Theodore, Archie,
    Joshua, Alexander, Isaac, Edward, Lucas, Tommy, Finley, Max, Logan, Ethan, Kenneth, Barry, Trevor,
    Derek, Malcolm, Roger, Nigel, Geoffrey, Adrian, Jonathan, Nicholas, Benjamin, Samuel, Luke, Ryan,
    Adam, Jamie, Liam, Connor, Callum, Kieran, Jordan, Lewis, Scott, Dean, Wayne, Carl, Shaun, Sean,
    Patrick, Dylan, Mason, Jake, Harrison, Reuben, Louis, Elijah, Sebastian, Hugo, Rory, Albert,
    Frederick, Jude, Ronnie, Reggie, Toby, Gordon, Douglas, Ronald, Raymond, Frank, Harold, Stanley,
    Dennis, Leonard, Norman, Walter, Ernest, Eric, Roy, Clive, Howard, Terence, Bernard, Francis,
    Gerald, Leslie, Cyril, Sidney, Reginald, Clifford, Donald, Glenn, Russell, Nathan, Aaron, Gareth,
    Rhys, Owen, Dafydd, Gethin, Iwan, Aled, Euan, Angus, Hamish, Fraser, Calum, Ross, Finlay, Ciaran,
    Declan, Niall, Conor, Eoin, Aidan, Brendan, Kyle, Bradley, Jay, Ricky, Dale, Grant, Jamal, Tariq,
    Imran, Hassan, Bilal, Zain, Yusuf, Ibrahim, Omar, Ali, Rohan, Arjun, Vikram, Raj, Sanjay, Amir,
    Ollie, Ezra, Teddy, Felix, Jenson, Ralph, Otis, Rowan, Ellis, Kai, Jasper, Arlo, Caleb, Nathaniel,
    Gabriel, Elliot, Hayden, Tyler, Brandon, Joel, Marcus, Vincent, Julian, Rupert, Giles, Timothy,
    Jeremy, Dominic, Hugh, Miles, Barnaby, Alistair, Duncan, Gavin, Lloyd, Mohammed, Ahmed
    """,
    130,
)
UK_SURNAMES = ranked(
    """
    Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts, Robinson,
    Thompson, Wright, Walker, White, Edwards, Hughes, Green, Hall, Lewis, Harris, Clarke, Patel,
    Jackson, Wood, Turner, Martin, Cooper, Hill, Ward, Morris, Moore, Clark, Lee, King, Baker, Harrison,
    Morgan, Allen, James, Scott, Phillips, Watson, Davis, Parker, Price, Bennett, Young, Griffiths,
    Mitchell, Kelly, Cook, Carter, Richardson, Bailey, Collins, Bell, Shaw, Murphy, Miller, Cox,
    Richards, Khan, Marshall, Anderson, Simpson, Ellis, Adams, Singh, Begum, Wilkinson, Foster, Chapman,
    Powell, Webb, Rogers, Gray, Mason, Ali, Hunt, Hussain, Campbell, Matthews, Owen, Palmer, Holmes,
    Mills, Barnes, Knight, Lloyd, Butler, Russell, Barker, Fisher, Stevens, Jenkins, Murray, Dixon,
    Harvey, Graham, Pearson, Ahmed, Fletcher, Walsh, Kaur, Gibson, Howard, Andrews, Stewart, Elliott,
    Reynolds, Saunders, Payne, Fox, Ford, Pearce, Day, Brooks, West, Lawrence, Cole, Atkinson, Bradley,
    Spencer, Gill, Dawson, Ball, Burton, O'Brien, Watts, Rose, Booth, Perry, Ryan, Grant, Wells,
    Armstrong, Francis, Rees, Hayes, Hart, Hudson, Newman, Barrett, Webster, Hunter, Gregory, Carr,
    Lowe, Page, Marsh, Riley, Dunn, Woods, Parsons, Berry, Stone, Reid, Holland, Hawkins, Harding,
    Porter, Robertson, Newton, Oliver, Reed, Kennedy, Williamson, Bird, Gardner, Shah, Dean, Lane,
    Cooke, Bates, Henderson, Parry, Burgess, Bishop, Walton, Burns, Nicholson, Shepherd, Ross, Cross,
    Long, Freeman, Warren, Nicholls, Hamilton, Byrne, Sutton, McDonald, Yates, Hodgson, Robson, Curtis,
    Hopkins, O'Connor, Harper, Coleman, Watkins, Moss, McCarthy, Chambers, O'Neill, Griffin, Sharp,
    Hardy, Wheeler, Potter, Osborne, Johnston, Gordon, Doyle, Wallace, George, Jordan, Hutchinson,
    Reeves, Knowles, Lamb, Kaye, Howell, Barton, Sheppard, Pritchard, Skinner, Fuller, Gilbert, Jennings,
    Todd, Frost, Goodwin, Slater, Mann, Nash, Kirby, Lambert, Whitehouse, Hammond, Sykes, Pickering,
    Rowe, Davidson, Whittaker, Middleton, Bolton, Thornton, Sanderson, Baxter, Farrell, Haynes, Dale,
    Birch, Quinn, Connolly, Buckley, Vaughan, Howells, Pugh, Thorpe, Pollard, Kemp, Holt, Tucker,
    Bartlett, Metcalfe, Garner, Houghton, Read, Winter, Steele, Barber, Abbott, Dobson, Clements,
    Greenwood, Hurst, Lord, Ashton, Brennan, Cartwright, Heath, Moran, Rahman, Chowdhury, Iqbal, Mahmood,
    Akhtar, Sharma, Nguyen, Wong, Chen, MacLeod, Fraser, Morrison, Paterson, Sinclair, Gallagher,
    Llewellyn, Pryce, Bowen, Prosser, Meredith, Gwynne, Fitzgerald, Kavanagh
    """,
    150,
)
# The US Census 1990 lists, copied from the `names` package (public domain): the first 400 women's
# and men's given names and 420 surnames, the census per cent as weight.
US_WOMEN = (
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
US_MEN = (
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
US_SURNAMES = (
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
# Origins common in Sweden: the commonest given names and surnames of each, 1/rank, head 10.
OTHER = {
    "finnish": (
        "Maria, Helena, Johanna, Anneli, Kaarina, Marjatta, Tuula, Päivi, Sari, Aino, Leena, Pirjo, Riitta, Minna, Tiina, Satu, Anu, Eija, Merja, Sirpa, Kirsi, Tarja, Seija, Ritva, Marja, Aila, Outi, Heidi, Sanna, Hilkka",
        "Juha, Timo, Matti, Kari, Mikko, Jari, Antti, Jukka, Mika, Markku, Pekka, Hannu, Heikki, Seppo, Janne, Ari, Sami, Petri, Ville, Pentti, Tapio, Esa, Veikko, Jussi, Teemu, Raimo, Erkki, Tuomas, Jarmo, Lauri",
        "Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen, Hiltunen, Kallio, Pelkonen, Väisänen",
    ),
    "arabic": (  # Iraq, Syria, Lebanon, Palestine; Assyrian/Syriac names among them
        "Fatima, Maryam, Sara, Noor, Zainab, Aya, Amira, Layla, Huda, Rana, Hanan, Rasha, Reem, Yasmin, Hiba, Nadia, Samira, Lina, Dalia, Rima, Shahd, Ghada, Ninorta, Shamiram, Nahrin, Atorina, Sham, Raghad",
        "Mohammed, Ahmad, Ali, Omar, Hassan, Hussein, Mahmoud, Khaled, Ibrahim, Youssef, Mustafa, Abdullah, Karim, Tariq, Ammar, Bashar, Ziad, Walid, Firas, Sami, Jamal, Samir, Nabil, Rami, Sargon, Ninos, Ashur, Fadi, Aram, Gabriel",
        "Ali, Mohammed, Hassan, Ahmed, Hussein, Ibrahim, Abdullah, Khalil, Mahmoud, Saleh, Haddad, Khoury, Nasser, Jaber, Mansour, Rashid, Darwish, Othman, Yousef, Kareem, Hamid, Al-Janabi, Al-Obaidi, Al-Tamimi, Abbas, Shamoun, Barsoum, Saliba, Aziz, Yakoub, Toma, Lahdo, Malke, Gawrie, Ishak, Aho",
    ),
    "somali": (
        "Fadumo, Hodan, Amina, Sahra, Ayaan, Hawa, Asha, Khadija, Ifrah, Nimco, Ubah, Deeqa, Hibaaq, Sagal, Muna, Hamdi, Istahil, Ladan, Maryan, Sucaad, Warsan, Ikran",
        "Mohamed, Abdi, Ahmed, Hassan, Ali, Abdirahman, Abdullahi, Omar, Yusuf, Ibrahim, Mahad, Abdikarim, Said, Farah, Osman, Liban, Guled, Bashir, Khalid, Jama, Abdiaziz, Mukhtar",
        "Mohamed, Ahmed, Ali, Hassan, Abdi, Hussein, Omar, Farah, Osman, Yusuf, Warsame, Jama, Ismail, Aden, Nur, Hersi, Abdullahi, Egal, Guled, Dirie, Mohamud, Adan, Elmi, Samatar",
    ),
    "polish": (  # surnames in the man's form; a woman carries `feminine` of it
        "Anna, Katarzyna, Maria, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Magdalena, Elżbieta, Joanna, Aleksandra, Monika, Zofia, Teresa, Danuta, Natalia, Karolina, Marta, Beata, Dorota, Halina, Jadwiga, Justyna, Paulina, Iwona",
        "Piotr, Krzysztof, Andrzej, Tomasz, Jan, Paweł, Michał, Marcin, Stanisław, Jakub, Adam, Marek, Łukasz, Grzegorz, Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Jerzy, Maciej, Rafał, Kamil, Robert, Józef, Sławomir",
        "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Wojciechowski, Kwiatkowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Wróbel, Nowicki, Majewski, Olszewski, Stępień, Malinowski, Jaworski, Adamczyk, Dudek, Konieczny, Czarnecki, Sadowski",
    ),
    "persian": (
        "Maryam, Fatemeh, Zahra, Sara, Leila, Nasrin, Parisa, Shirin, Mahsa, Neda, Azadeh, Roya, Mina, Golnaz, Samira, Shadi, Nazanin, Farzaneh, Parvin, Soheila, Mitra, Elham, Bahar, Ladan",
        "Mohammad, Ali, Reza, Hossein, Mehdi, Amir, Hamid, Saeed, Majid, Behnam, Babak, Dariush, Farhad, Kamran, Arash, Omid, Peyman, Navid, Siavash, Kourosh, Ramin, Payam, Shahram, Hassan",
        "Mohammadi, Hosseini, Ahmadi, Rezaei, Moradi, Karimi, Hashemi, Jafari, Rahimi, Mousavi, Ebrahimi, Hosseinzadeh, Ghasemi, Sadeghi, Rostami, Amini, Kazemi, Akbari, Heidari, Jalali, Sharifi, Tehrani, Nazari, Bagheri, Farahani, Khosravi, Mirzaei, Yazdani, Rahmani, Shirazi",
    ),
    "bcs": (  # Bosnian, Serbian, Croatian
        "Amra, Emina, Lejla, Selma, Aida, Jasmina, Amela, Ajla, Merima, Dragana, Jelena, Milica, Ana, Ivana, Marija, Snežana, Vesna, Maja, Sanja, Mirela, Azra, Edina, Senada, Gordana, Biljana",
        "Emir, Amir, Adnan, Kenan, Armin, Edin, Mirza, Haris, Senad, Dino, Nikola, Marko, Dragan, Zoran, Goran, Milan, Stefan, Ivan, Dejan, Nenad, Josip, Ante, Tomislav, Samir, Muhamed, Đorđe",
        "Hodžić, Hadžić, Begić, Delić, Kovačević, Mehmedović, Hasanović, Husić, Ibrahimović, Alić, Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Horvat, Babić, Marić, Perić, Knežević, Pavlović, Popović, Mujić, Salihović, Čolić, Šehić, Mušić, Đurić",
    ),
    "turkish": (
        "Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Meryem, Şerife, Zehra, Sultan, Hanife, Merve, Özlem, Esra, Büşra, Derya, Gül, Leyla, Hülya, Songül, Aynur, Filiz, Sevgi, Yasemin",
        "Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Osman, Yusuf, Murat, Ömer, Ramazan, Halil, Süleyman, Abdullah, Mahmut, Recep, Fatih, Emre, Kemal, Serkan, Burak, Cem",
        "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Korkmaz, Erdoğan, Aktaş, Güneş, Bulut, Keskin, Acar",
    ),
    "eritrean": (  # the surname is the father's given name
        "Helen, Senait, Mebrat, Selam, Winta, Saba, Almaz, Tsega, Freweyni, Ruta, Lidia, Hiwet, Semhar, Feven, Eden, Meron, Rahel, Tirhas, Luwam, Aster, Yordanos, Mhret",
        "Yonas, Daniel, Samuel, Tesfay, Dawit, Mikael, Yohannes, Filmon, Robel, Mehari, Tesfalem, Berhane, Habtom, Kidane, Amanuel, Abraham, Haile, Solomon, Ermias, Natnael, Aron, Goitom, Senay, Biniam",
        "Tesfay, Berhane, Haile, Kidane, Gebremariam, Tekle, Ghebreyesus, Habte, Mehari, Weldu, Tesfamariam, Ghebremedhin, Asmerom, Zerai, Yohannes, Kahsay, Abraha, Tewelde, Negash, Woldu, Andemariam, Ghirmay, Kiflom, Mengis",
    ),
    "afghan": (
        "Fatima, Maryam, Zahra, Freshta, Mursal, Marwa, Shabnam, Parwana, Mahbooba, Nilofar, Zarghona, Shakila, Roya, Masooda, Hasina, Sadaf, Laila, Farzana, Gulalai, Sahar, Nargis, Mariam",
        "Mohammad, Ahmad, Ali, Mustafa, Hamid, Hussain, Jawad, Sayed, Omid, Farid, Javid, Sohrab, Mahdi, Rahim, Karim, Wahid, Nasir, Zabiullah, Ismail, Hekmat, Shafiq, Habib, Noorullah, Bilal",
        "Ahmadi, Mohammadi, Hussaini, Rahimi, Karimi, Sultani, Hashimi, Rezaie, Amiri, Haidari, Sadat, Nazari, Popal, Stanikzai, Noori, Rasuli, Jafari, Safi, Wardak, Azizi, Yousufzai, Durrani, Ahmadzai, Barakzai, Akbari, Hakimi",
    ),
    "thai": (
        "Siriporn, Sunisa, Kanokwan, Pornthip, Wanida, Nattaya, Supaporn, Jintana, Malee, Ratana, Orawan, Duangjai, Kannika, Pranee, Arunee, Pimchanok, Suda, Lamai, Busaba, Chanida, Thida, Apinya",
        "Somchai, Somsak, Prasert, Surasak, Anan, Chaiwat, Wichai, Sombat, Kittisak, Thanakorn, Narong, Prasit, Suriya, Nattapong, Boonmee, Sakda, Wirat, Pichai, Manop, Anucha",
        "Saelee, Saetang, Saeyang, Srisawat, Thongdee, Boonyarat, Kaewmanee, Charoensuk, Sukprasert, Wongsuwan, Phromma, Chaiyasit, Rattanakorn, Jantarasri, Siripong, Suwannarat, Bunmee, Kongkaew, Thongsuk, Sombatsiri, Phanthong, Sirisuk, Kaewkla",
    ),
    "latin": (  # Chile and Latin America: two surnames, the father's and the mother's
        "María, Ana, Carolina, Claudia, Patricia, Camila, Valentina, Francisca, Javiera, Daniela, Paula, Andrea, Marcela, Verónica, Gabriela, Carmen, Rosa, Sofía, Isabel, Alejandra, Lorena, Ximena, Fernanda, Natalia",
        "José, Juan, Luis, Carlos, Jorge, Manuel, Francisco, Pedro, Sergio, Cristián, Rodrigo, Diego, Pablo, Felipe, Matías, Sebastián, Alejandro, Andrés, Gonzalo, Patricio, Héctor, Raúl, Víctor, Mauricio",
        "González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo, Tapia, Reyes, Gutiérrez, Castro, Pizarro, Álvarez, Vásquez, Sánchez, Fernández, Ramírez, Carrasco, Gómez, Cortés, Herrera, Núñez",
    ),
    "kurdish": (
        "Rojda, Berfin, Zozan, Jiyan, Nazdar, Shilan, Avin, Helin, Dilan, Rojin, Bahar, Nasrin, Evin, Gulistan, Shirin, Hêvî, Dilvin, Leyla, Ronak, Chiman, Sozdar, Kajal",
        "Rebwar, Karwan, Shwan, Dilshad, Aram, Azad, Ari, Baran, Sherko, Hiwa, Hemin, Kawa, Rizgar, Serhat, Dara, Diyar, Zana, Soran, Ranj, Hawar, Bakhtiar, Hoshyar, Shorsh",
        "Ahmed, Mohammed, Ali, Abdullah, Rashid, Aziz, Kareem, Qadir, Mahmoud, Hama, Hassan, Salih, Omar, Amin, Faraj, Rasul, Mustafa, Osman, Sherwani, Zebari, Baban, Tahir, Jaff, Hawrami, Mirani, Kurdi, Bakir, Jalal, Nuri",
    ),
    "ukrainian": (
        "Olena, Tetiana, Natalia, Iryna, Svitlana, Oksana, Yulia, Kateryna, Anastasiia, Olha, Maryna, Viktoriia, Halyna, Liudmyla, Nadiia, Inna, Alina, Daria, Sofiia, Valentyna, Khrystyna, Yana",
        "Oleksandr, Serhii, Volodymyr, Andrii, Dmytro, Oleh, Mykola, Ivan, Yurii, Viktor, Vasyl, Mykhailo, Ihor, Maksym, Taras, Bohdan, Roman, Vitalii, Artem, Denys, Yevhen, Pavlo",
        "Melnyk, Shevchenko, Boiko, Kovalenko, Bondarenko, Tkachenko, Kravchenko, Kovalchuk, Oliinyk, Shevchuk, Koval, Polishchuk, Bondar, Tkachuk, Marchenko, Lysenko, Rudenko, Savchenko, Petrenko, Moroz, Klymenko, Pavlenko, Kravets, Ponomarenko",
    ),
    "german": (
        "Sabine, Susanne, Petra, Claudia, Andrea, Nicole, Stefanie, Julia, Katrin, Anja, Birgit, Monika, Ursula, Martina, Heike, Karin, Christina, Sandra, Lena, Laura, Anna, Lea, Hannah, Sophie",
        "Thomas, Michael, Andreas, Stefan, Christian, Markus, Frank, Jürgen, Matthias, Klaus, Wolfgang, Peter, Uwe, Jan, Tobias, Sebastian, Florian, Dirk, Jens, Lukas, Jonas, Felix, Maximilian, Bernd",
        "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, Hofmann, Hartmann, Lange, Schmitt, Werner, Krause",
    ),
    "indian": (
        "Priya, Anjali, Pooja, Neha, Divya, Kavya, Sneha, Deepa, Lakshmi, Sunita, Meena, Aishwarya, Ananya, Shreya, Swati, Nisha, Radhika, Kiran, Rekha, Geeta, Asha, Sonal, Pallavi, Shalini",
        "Rahul, Amit, Rajesh, Sanjay, Vijay, Arjun, Suresh, Anil, Ravi, Vikram, Karthik, Arun, Deepak, Manoj, Sunil, Prakash, Ashok, Nikhil, Rohit, Harish, Venkatesh, Srinivas, Aditya, Ganesh",
        "Patel, Sharma, Singh, Kumar, Shah, Gupta, Reddy, Rao, Iyer, Nair, Mehta, Joshi, Das, Menon, Pillai, Desai, Chopra, Kapoor, Verma, Mishra, Agarwal, Bhat, Krishnan, Banerjee, Mukherjee, Chatterjee, Naidu, Kulkarni",
    ),
}  # fmt: skip

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_WOMEN, SV_MEN, SV_SURNAMES),
    "us": Origin(weighted(US_WOMEN, 150), weighted(US_MEN, 150), weighted(US_SURNAMES, 150)),
    "uk": Origin(UK_WOMEN, UK_MEN, UK_SURNAMES),
    **{key: Origin(*(ranked(text, 10) for text in lists)) for key, lists in OTHER.items()},
}

# Who is named, per language of the row: roughly as Sweden's population is in Swedish text (about
# one in five born abroad or with both parents so), the English-speaking world in English text,
# and Swedish workplaces with foreign clients and colleagues in mixed text.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 68, "finnish": 4, "arabic": 6, "polish": 2.5, "persian": 2.2, "bcs": 2.5,
        "somali": 2, "turkish": 1.5, "kurdish": 1.5, "eritrean": 1.2, "afghan": 1.5, "thai": 1,
        "latin": 1, "ukrainian": 1, "german": 1, "indian": 0.8, "uk": 0.7, "us": 0.6,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 9, "indian": 3, "arabic": 2, "polish": 2, "latin": 2,
        "german": 1, "finnish": 1, "persian": 1, "somali": 1, "turkish": 0.8, "bcs": 0.8, "thai": 0.6,
        "eritrean": 0.5, "afghan": 0.5, "kurdish": 0.4, "ukrainian": 0.8,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 10, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
        "persian": 2.5, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5, "afghan": 1.2, "eritrean": 1,
        "thai": 1, "latin": 1, "german": 1, "ukrainian": 1, "indian": 1.5,
    },
}  # fmt: skip

# Short forms people are called by, per origin: `Lasse` for Lars, `Liz` for Elizabeth.
_NICK_SV = {
    "Lars": ("Lasse",), "Mikael": ("Micke",), "Joakim": ("Jocke",), "Karl": ("Kalle",), "Per": ("Pelle",),
    "Thomas": ("Tompa",), "Magnus": ("Mange",), "Daniel": ("Danne",), "Fredrik": ("Fredde",),
    "Christoffer": ("Chrille",), "Kristoffer": ("Krille",), "Robert": ("Robban",), "Sebastian": ("Sebbe",),
    "Marcus": ("Macke",), "Patrik": ("Patte",), "Tobias": ("Tobbe",), "Mattias": ("Matte",),
    "Henrik": ("Henke",), "Rickard": ("Ricke",), "Gustav": ("Gurra", "Gusse"), "Andreas": ("Andy", "Dreas"),
    "Jonathan": ("Jonte",), "Johan": ("Jojje",), "Stefan": ("Steffe",), "Niklas": ("Nicke",),
    "Anders": ("Acke",), "Alexander": ("Alex", "Sacke"), "Hampus": ("Hampe",),
    "Olof": ("Olle",), "Torbjörn": ("Totte",), "Kenneth": ("Kenta",), "Ingemar": ("Ingo",),
    "Elisabeth": ("Lisa", "Bettan"), "Margareta": ("Maggan", "Greta"), "Katarina": ("Kajsa", "Kattis"),
    "Kristina": ("Stina", "Kicki"), "Susanne": ("Sussie", "Sanne"), "Charlotte": ("Lotta",),
    "Madeleine": ("Madde",), "Viktoria": ("Vicky", "Vickan"), "Josefin": ("Jossan",), "Johanna": ("Jossan", "Hanna"),
    "Birgitta": ("Gittan", "Bittan"), "Gunilla": ("Gunnel",), "Jessica": ("Jessie", "Jessan"),
    "Annika": ("Anki",), "Camilla": ("Millan",), "Caroline": ("Caro",), "Ann-Christin": ("Anki",),
    "Rebecka": ("Becka",), "Matilda": ("Tilda",), "Mikaela": ("Micka",), "Therese": ("Tessan",),
}  # fmt: skip
_NICK_EN = {
    "William": ("Bill", "Will"), "Robert": ("Bob", "Rob"), "Elizabeth": ("Liz", "Beth"), "Jennifer": ("Jen", "Jenny"),
    "Michael": ("Mike", "Mick"), "James": ("Jim", "Jamie"), "Richard": ("Rich", "Dick"), "Thomas": ("Tom",),
    "Christopher": ("Chris",), "Matthew": ("Matt",), "Katherine": ("Kate", "Katie"), "Catherine": ("Cathy", "Kate"),
    "Margaret": ("Maggie", "Peggy"), "Patricia": ("Pat", "Trish"), "Anthony": ("Tony",), "Joseph": ("Joe",),
    "Daniel": ("Dan", "Danny"), "Samantha": ("Sam",), "Alexander": ("Alex",), "Nicholas": ("Nick",),
    "Benjamin": ("Ben",), "Edward": ("Ed", "Ted"), "Susan": ("Sue",), "Deborah": ("Debbie",),
    "Rebecca": ("Becky",), "Victoria": ("Vicky",), "Charlotte": ("Charlie",), "Andrew": ("Andy",),
    "Steven": ("Steve",), "Stephen": ("Steve",), "David": ("Dave",), "Jonathan": ("Jon",), "Timothy": ("Tim",),
    "Kenneth": ("Ken",), "Ronald": ("Ron",), "Donald": ("Don",), "Gerald": ("Gerry",), "Barbara": ("Babs",),
    "Christine": ("Chris",), "Jacqueline": ("Jackie",), "Kimberly": ("Kim",), "Kimberley": ("Kim",),
    "Alexandra": ("Alex", "Lexi"), "Abigail": ("Abby",), "Eleanor": ("Ellie",), "Frederick": ("Freddie", "Fred"),
    "Josephine": ("Jo", "Josie"), "Gregory": ("Greg",), "Jeffrey": ("Jeff",), "Lawrence": ("Larry",),
    "Raymond": ("Ray",), "Samuel": ("Sam",), "Joshua": ("Josh",), "Nathan": ("Nate",), "Cynthia": ("Cindy",),
}  # fmt: skip
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": _NICK_SV,
    "us": _NICK_EN,
    "uk": _NICK_EN,
    "arabic": {"Mohammed": ("Mo", "Hamoudi"), "Abdullah": ("Abdi",), "Youssef": ("Jo",)},
    "latin": {
        "Francisco": ("Pancho",),
        "José": ("Pepe",),
        "Alejandro": ("Alejo",),
        "Guadalupe": ("Lupe",),
    },
    "finnish": {"Matti": ("Masa",), "Pekka": ("Pekkis",), "Johanna": ("Jonna",)},
    "ukrainian": {"Oleksandr": ("Sasha",), "Volodymyr": ("Vova",), "Kateryna": ("Katia",)},
    "german": {"Maximilian": ("Max",), "Wolfgang": ("Wolf",), "Stefanie": ("Steffi",)},
}
