# ruff: noqa: E501
"""Name pools of held-out BF, weighted by how often people really carry the names.

Written by the thirty-seventh writer from general knowledge and one public-domain source,
without looking at any list of the project:

- Sweden: given names and surnames in the order of SCB's name statistics as the writer knows
  them (people living in Sweden, all ages), weight 1/rank; `SV_OLD_*` the names of the church
  books of the 1700s and 1800s (for genealogy rows), also 1/rank, with patronymics made from
  the father's name (`Olsson`, `Ersdotter`) and soldiers' names; `SV_BABY_*` the names given to
  newborns in the 2020s (for birth announcements).
- The US: the Census 1990 lists (`dist.female.first`, `dist.male.first`, `dist.all.last` of the
  `names==0.3.0` package, public domain), with the census's per cent as weight.
- The UK: given names and surnames in the order of the ONS rankings as the writer knows them
  (all ages, so the names of the old as well as of the young), weight 1/rank.
- The origins common in Sweden: Finnish, Arabic (Iraqi, Syrian, with Assyrian/Syriac names),
  Somali, Persian, Kurdish, Turkish, Bosnian/Serbian/Croatian, Polish, Eritrean/Tigrinya,
  Afghan, Thai, Chinese, Indian, Chilean/Spanish, Romanian, with Dutch and French for the
  particles and hyphens (`van der`, `de la`, `Jean-Pierre`), each in the writer's order of
  frequency, weight 1/rank.

Every list has a head (its commonest names) and a tail (the rarer names after them); a name
word comes from the head with probability HEAD_SHARE, else from the tail, by weight inside it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8


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


def ranked(text: str, head: int) -> Pool:
    """A list in order of frequency, one name a line or separated by commas; weight 1/rank."""
    names = tuple(w.strip() for w in text.replace("\n", ",").split(",") if w.strip())
    assert len(set(names)) == len(names), [n for n in names if names.count(n) > 1]
    head = min(head, len(names) * 2 // 3)
    return Pool(names, tuple(1 / rank for rank in range(1, len(names) + 1)), head)


def census(text: str, head: int) -> Pool:
    """`Name per-cent Name per-cent ...` as copied from the census lists."""
    words = text.split()
    names = tuple(words[0::2])
    assert len(set(names)) == len(names)
    return Pool(names, tuple(float(w) for w in words[1::2]), head)


PLAIN = str.maketrans(
    {"ı": "i", "ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ø": "o", "æ": "ae", "ß": "ss"}
)


def plain(word: str) -> str:
    """The word as typed on a keyboard without its letters (`Wiśniewski` -> `Wisniewski`)."""
    decomposed = unicodedata.normalize("NFKD", word.translate(PLAIN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it (`Kowalski` -> `Kowalska`)."""
    for masc, fem in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(masc):
            return surname[: -len(masc)] + fem
    return surname


# Sweden (SCB's order as the writer knows it; names in use, all ages).
SV_F = ranked(
    """
Anna, Eva, Maria, Karin, Kristina, Lena, Sara, Kerstin, Emma, Ingrid, Marie, Malin, Jenny, Hanna,
Birgitta, Inger, Linnéa, Sofia, Elin, Ulla, Katarina, Annika, Johanna, Monica, Linda, Susanne,
Elisabeth, Julia, Ida, Helena, Camilla, Margareta, Åsa, Ebba, Louise, Alice, Elsa, Caroline,
Gunilla, Therese, Anneli, Maja, Ulrika, Matilda, Cecilia, Agneta, Lisa, Barbro, Astrid, Birgit,
Ellen, Gun, Wilma, Moa, Frida, Amanda, Sofie, Klara, Josefin, Anette, Siv, Karolina, Lovisa,
Ingela, Jessica, Emelie, Marianne, Britt, Madeleine, Irene, Viktoria, Sandra, Ann, Gunnel,
Elisabet, Christina, Pia, Charlotte, Mona, Carina, Emilia, Ellinor, Alva, Vera, Olivia, Agnes,
Lina, Ingegerd, Marita, Yvonne, Rebecka, Elvira, Stina, Tove, Ronja, Saga, Nathalie, Isabelle,
Felicia, Mikaela, Hedvig, Märta, Greta, Signe, Selma, Tilda, Nora, Stella, Liv, Lilly, Freja,
Tyra, Alma, Ester, Edith, Sigrid, Dagny, Rut, Svea, Gunvor, Majken, Solveig, Berit, Lillemor,
Eivor, Gudrun, Ylva, Veronica, Helén, Annelie, Petra, Maud, Carin, Marina, Jeanette, Angelica,
Ewa, Anne, Inga, Elise, Ingeborg, Ing-Marie, Ann-Christin, Ann-Sofie, Ann-Marie, Eva-Lena,
Anna-Karin, Lisbeth, Margit, Harriet, Vivianne, Desirée, Evelina, Hilda, Judit, Laila, Rakel,
Siri, Thea, Tindra, Wendela, Idun, Jasmine, Hillevi, Ragnhild, Gullan, Solvig, Majvor,
Elna, Edla, Hulda, Asta, Dagmar, Valborg, Vendela, Cornelia, Jonna, Mira, Nellie, Minna, Lovis,
Embla, Juni, Iris, Elina, Sanna, Tuva, Fanny, Mimmi, Kajsa, Gerd, Torborg, Anny, Ulrica,
Viveka, Charlotta, Henrietta, Josefina, Kristin, Karina, Rigmor, Ethel, Svanhild, Wivi, Ingalill,
Gunhild, Ottilia, Ellida, Inez, Linn, Jill, Annette, Pernilla, Lotten
""",
    150,
)
SV_M = ranked(
    """
Lars, Karl, Erik, Anders, Johan, Per, Mikael, Nils, Jan, Hans, Peter, Carl, Thomas, Daniel,
Fredrik, Bengt, Jonas, Sven, Stefan, Magnus, Bo, Alexander, Gustav, Mats, Andreas, Oskar, Leif,
Göran, Marcus, Martin, Mattias, Björn, Ulf, William, Kjell, Henrik, Axel, Viktor, Lucas, Elias,
Emil, Hugo, Olof, Rolf, Christer, Oliver, Håkan, Patrik, Tommy, Joakim, Robert, Anton, Filip,
Simon, Kent, Åke, Liam, Sebastian, Linus, Roger, Johannes, Stig, Jakob, Kenneth, Isak,
Christian, Gunnar, Tobias, Noah, Leo, Ludvig, Albin, Arvid, Jesper, Adam, Rasmus, Claes, Roland,
Tomas, Robin, Niklas, Jörgen, Lennart, Ingvar, Rune, Arne, Sten, Gösta, Bertil, Dan, Hampus,
Edvin, Theo, Vincent, Melvin, Vilgot, Folke, Harald, Torbjörn, Kurt, Ove, Sune, Jimmy, Dennis,
Pontus, Gabriel, Samuel, David, Benjamin, Max, Love, Ebbe, Sixten, Valter, Otto, Elis,
Kristoffer, Joel, Jacob, Pär, Ronny, Conny, Glenn, Rickard, Richard, Reine, Torsten, Gert,
Yngve, Evert, Holger, Lars-Erik, Karl-Erik, Per-Olof, Jan-Erik, Carl-Johan, Nils-Olof,
Ragnar, Ivar, Einar, Birger, Helge, Tage, Ture, Ingemar, Staffan, Urban, Jens, Mårten, Hjalmar,
Rikard, Waldemar, Algot, Vidar, Malte, Måns, Lage, Assar, Osvald, Sölve, Verner, Alrik, Gideon,
Frej, Loke, Kasper, Julius, Melker, Alve, Gusten, Ossian, Gillis, Torgny, Ejnar, Hilding, Enar,
Sigvard, Bror, Nore, Tor, Odd, Sture, Allan, Gottfrid, Anselm, Lukas, Colin, Milton, Aron,
Elvin, Wille, Alvar, Edgar, Knut, Arnold, Manfred, Wiktor, Halvard, Ingmar, Torvald, Sigurd,
Valdemar, Fritiof, Per-Åke, Leander, Casper, Henning, Konrad, Ruben, Sam, Tim
""",
    150,
)
SV_S = ranked(
    """
Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson,
Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson,
Magnusson, Olofsson, Lindström, Lindqvist, Lindgren, Berg, Axelsson, Bergström, Lundberg, Lind,
Lundgren, Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Forsberg, Sjöberg,
Wallin, Ali, Engström, Mohamed, Eklund, Danielsson, Lundin, Håkansson, Björk, Bergman,
Gunnarsson, Holm, Wikström, Samuelsson, Isaksson, Fransson, Bergqvist, Nyström, Holmberg,
Arvidsson, Löfgren, Söderberg, Nyberg, Blomqvist, Claesson, Nordström, Mårtensson, Lundström,
Viklund, Björklund, Eliasson, Pålsson, Berggren, Sandström, Lund, Nordin, Ström, Åberg,
Hermansson, Ekström, Holmgren, Sundberg, Hedlund, Dahlberg, Hellström, Sjögren, Abrahamsson,
Falk, Martinsson, Öberg, Andreasson, Strömberg, Månsson, Hansen, Åkesson, Dahl, Lindholm,
Norberg, Holmqvist, Rosén, Ek, Sundqvist, Lindahl, Blom, Nordqvist, Ahmed, Hassan, Ekberg,
Backman, Sundin, Lindblom, Borg, Ljung, Strand, Melin, Hedberg, Göransson, Boström, Hedman,
Nord, Kjellberg, Sjöström, Ahlberg, Sahlin, Wiklund, Lindell, Jeppsson, Adolfsson, Gustavsson,
Malmberg, Engberg, Lindén, Bäckström, Edlund, Öhman, Westerlund, Almqvist, Lövgren, Stenberg,
Häggström, Dahlgren, Grahn, Krantz, Hallberg, Wahlström, Lilja, Palm, Friberg, Högberg, Sundström,
Bergkvist, Nyman, Hedström, Ottosson, Ivarsson, Lindkvist, Blomberg, Sjödin, Höglund, Granberg,
Carlsson, Lundh, Östlund, Törnqvist, Ekman, Modig, Frisk, Rask, Svärd, Hägg, Ståhl, Rehn,
Tornberg, Granqvist, Wester, Östberg, Forsgren, Ekholm, Hammar, Hedin, Lundmark, Nylander,
Sjölund, Wennberg, Zetterberg, Söderström, Fors, Nordlund, Kvist, Rydberg, Ohlsson, Alm, Eng,
Lindroth, Bohlin, Åström, Axelson, Berglöf, Cederholm, Edström, Fagerlund, Gran, Hjort, Isberg,
Jernberg, Klingberg, Lagerqvist, Malm, Nääs, Olander, Pihl, Qvarnström, Rudberg, Sköld, Thörn,
Unger, Vikström, Wessman, Åhlund, Ödman, von Essen, af Ugglas, de Geer, von Platen, af Klercker,
von Sydow, De la Gardie, Tegnér, Silfverswärd, Lewenhaupt, Stjernswärd, Gyllenhammar
""",
    150,
)
# The church books of the 1700s and 1800s: given names then, and soldiers' names.
SV_OLD_F = ranked(
    """
Anna, Maria, Brita, Kajsa, Stina, Karin, Lisa, Greta, Katarina, Kerstin, Ingrid, Christina,
Johanna, Elisabet, Sara, Margareta, Ingeborg, Märta, Gertrud, Sigrid, Helena, Charlotta, Carolina,
Gustava, Ulrika, Beata, Ingri, Gunnil, Elin, Malin, Sophia, Hedvig, Britta, Marit,
Maja, Cajsa, Lovisa, Augusta, Emerentia
""",
    20,
)
SV_OLD_M = ranked(
    """
Johan, Anders, Carl, Erik, Per, Nils, Lars, Olof, Jonas, Gustaf, Magnus, Sven, Jöns, Pehr,
Hans, Jacob, Mårten, Daniel, Israel, Mats, Jon, Pål, Håkan, Ola, Petter, Abraham, Isak,
Elias, Måns, Bengt, Gabriel, Zacharias, Mickel, Henrik, Jan, Simon
""",
    20,
)
SV_OLD_FATHER = {  # the father's name and the stem of the patronymic (`Olof` -> `Olsson`, `Olsdotter`)
    "Johan": "Jans", "Anders": "Anders", "Carl": "Carls", "Erik": "Ers", "Per": "Pers", "Nils": "Nils",
    "Lars": "Lars", "Olof": "Ols", "Jonas": "Jons", "Gustaf": "Gustafs", "Magnus": "Måns", "Sven": "Svens",
    "Jöns": "Jöns", "Pehr": "Pehrs", "Hans": "Hans", "Jacob": "Jacobs", "Mårten": "Mårtens",
    "Daniel": "Daniels", "Israel": "Israels", "Mats": "Mats", "Jon": "Jons", "Pål": "Påls",
    "Håkan": "Håkans", "Ola": "Ols", "Petter": "Petters", "Abraham": "Abrahams", "Isak": "Isaks",
    "Elias": "Elias", "Måns": "Måns", "Bengt": "Bengts", "Gabriel": "Gabriels", "Zacharias": "Zacharias",
    "Mickel": "Mickels", "Henrik": "Henriks", "Jan": "Jans", "Simon": "Simons",
}  # fmt: skip
SOLDIERS = ranked(
    """
Modig, Stark, Rask, Frisk, Glad, Dristig, Lustig, Hurtig, Rapp, Flink, Kvick, Tapper, Snygg, Stolt,
Ek, Lind, Stål, Svärd, Brink, Berg, Lök, Rosendahl, Flygare, Spjut
""",
    12,
)
# Hyphenated given names (`Anna-Karin`, `Lars-Erik`, `Jean-Pierre`): their first and their second parts.
DOUBLE: dict[tuple[str, bool], tuple[Pool, Pool]] = {
    ("swedish", True): (
        ranked(
            "Ann, Anna, Eva, Marie, Karin, Lena, Britt, Maj, Ulla, Ing, Anne, Lill, Mari, Stina", 8
        ),
        ranked(
            "Karin, Lena, Marie, Christin, Sofie, Louise, Britt, Mari, Charlotte, Kristin, Maj, Lis",
            8,
        ),
    ),
    ("swedish", False): (
        ranked("Karl, Lars, Per, Jan, Nils, Carl, Bengt, Sven, Bo, Hans, Erik, Johan, Stig", 8),
        ranked(
            "Erik, Olof, Göran, Johan, Åke, Gunnar, Inge, Anders, Ove, Arne, Henrik, Olov, Gustav",
            8,
        ),
    ),
    ("french", True): (
        ranked("Marie, Anne", 1),
        ranked("Claire, Sophie, Christine, Laure, Hélène, France, Pierre", 4),
    ),
    ("french", False): (
        ranked("Jean, Pierre", 1),
        ranked("Pierre, Luc, Marc, Paul, Claude, François, Michel, Baptiste, Yves", 5),
    ),
}

# Newborns of the 2020s (birth announcements).
SV_BABY_F = ranked(
    """
Alice, Olivia, Astrid, Maja, Vera, Ebba, Elsa, Wilma, Selma, Alma, Saga, Signe, Stella, Ella,
Freja, Agnes, Clara, Lilly, Nora, Ellie, Lea, Ines, Juni, Iris, Majken, Tyra, Hedda, Elvira,
Ronja, Siri, Leia, Edith, Svea, Thea, Mila, Isabella, Tuva, Idun, Novalie, Liv
""",
    20,
)
SV_BABY_M = ranked(
    """
Noah, William, Hugo, Liam, Lucas, Oliver, Elias, Matteo, Adam, Oscar, Leo, Nils, Vincent, Ludvig,
Alfred, Theodor, Arvid, Frans, Harry, Olle, Sixten, Charlie, Malte, Loui, Ebbe, Vilgot, Otto,
Henry, Sam, Folke, Walter, August, Colin, Aron, Melker, Viggo, Bill, Milo, Gunnar, Jack
""",
    20,
)

# The UK (the ONS rankings as the writer knows them; all ages).
UK_F = ranked(
    """
Margaret, Susan, Sarah, Elizabeth, Patricia, Mary, Helen, Julie, Karen, Jennifer, Claire, Linda,
Emma, Nicola, Joanne, Lisa, Jacqueline, Christine, Catherine, Deborah, Amanda, Rachel, Laura,
Jane, Michelle, Gillian, Louise, Samantha, Ann, Angela, Janet, Barbara, Pauline, Sandra, Alison,
Carol, Joan, Dorothy, Kathleen, Jean, Sheila, Valerie, Maureen, Brenda, Hannah, Rebecca,
Charlotte, Sophie, Amy, Jessica, Lucy, Emily, Olivia, Chloe, Katie, Gemma, Kelly, Victoria, Anne,
Diane, Wendy, Hazel, Doreen, Irene, Marion, Beryl, Eileen, Joyce, Sylvia, Rita, June, Shirley,
Gladys, Edna, Lesley, Tracey, Donna, Dawn, Paula, Heather, Caroline, Kirsty, Natalie, Jade,
Stacey, Leanne, Hayley, Danielle, Zoe, Holly, Megan, Ellie, Grace, Isabella, Mia, Ava, Amelia,
Isla, Freya, Evie, Poppy, Lily, Ruby, Florence, Elsie, Rosie, Daisy, Phoebe, Matilda, Harriet,
Imogen, Abigail, Georgia, Bethany, Lauren, Jasmine, Fiona, Morag, Siobhan, Niamh, Aisling,
Eilidh, Gwen, Bronwen, Myfanwy, Philippa, Rosalind, Winifred, Agnes, Ivy, Mabel, Muriel, Enid,
Hilda, Thelma, Marjorie, Vera, Ethel, Nora, Audrey, Elaine, Yvonne, Frances, Gail, Lorraine,
Vivienne, Rosemary, Josephine, Glenys, Cerys, Rhiannon, Ffion, Caitlin, Mairi, Ishbel, Kerry,
Lynne, Sharon, Beverley, Tina, Julia, Penelope, Annabel, Clementine, Henrietta, Lavinia, Priscilla,
Ottilie, Wilhelmina, Nell, Peggy, Dilys, Olwen, Sian, Nia, Catriona, Kirsteen, Roisin, Grainne,
Teresa, Geraldine, Bernadette, Kathryn, Joy, Hope, Faith, Mavis, Iris, Maud, Edith, Gertrude
""",
    130,
)
UK_M = ranked(
    """
David, John, Paul, Michael, Andrew, Peter, James, Robert, Mark, Richard, Stephen, Christopher,
Ian, Thomas, Daniel, Anthony, William, Simon, Matthew, Steven, Gary, Martin, Kevin, Brian, Alan,
Neil, Graham, Jonathan, Colin, Keith, Philip, Adam, Lee, Darren, Jason, Stuart, Nicholas,
Benjamin, Craig, Kenneth, Geoffrey, Ronald, Derek, Dennis, George, Edward, Joseph, Samuel, Jack,
Harry, Oliver, Charlie, Luke, Ryan, Scott, Liam, Jamie, Wayne, Carl, Barry, Roy, Malcolm,
Trevor, Raymond, Terence, Roger, Frank, Leslie, Gordon, Norman, Stanley, Arthur, Albert, Harold,
Frederick, Alexander, Timothy, Russell, Dean, Shaun, Gavin, Ross, Sean, Kieran, Connor, Callum,
Jake, Joshua, Lewis, Nathan, Aaron, Jordan, Bradley, Tyler, Noah, Leo, Oscar, Archie, Alfie,
Freddie, Henry, Theo, Arlo, Muhammad, Mohammed, Gareth, Rhys, Dafydd, Emlyn, Gwyn, Huw, Owain,
Alasdair, Hamish, Angus, Fergus, Euan, Ewan, Lachlan, Duncan, Murdo, Seamus, Declan, Ciaran,
Padraig, Rupert, Piers, Hugo, Barnaby, Crispin, Jasper, Rufus, Reginald, Cyril, Percy, Clifford,
Herbert, Wilfred, Horace, Cecil, Sidney, Bernard, Gerald, Nigel, Clive, Lionel, Rodney, Desmond,
Donald, Douglas, Hugh, Aled, Iwan, Morgan, Cameron, Finlay, Ruaridh, Torquil, Eamonn, Fintan,
Barnabas, Ambrose, Ernest, Walter, Leonard, Eric, Victor, Vincent, Ralph, Dominic, Jeremy, Giles
""",
    130,
)
UK_S = ranked(
    """
Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts, Robinson,
Thompson, Wright, Walker, White, Edwards, Hughes, Green, Hall, Lewis, Harris, Clarke, Patel,
Jackson, Wood, Turner, Martin, Cooper, Hill, Ward, Morris, Moore, Clark, Lee, King, Baker,
Harrison, Morgan, Allen, James, Scott, Phillips, Watson, Davis, Parker, Price, Bennett, Young,
Griffiths, Mitchell, Kelly, Cook, Carter, Richardson, Bailey, Collins, Bell, Shaw, Murphy,
Miller, Cox, Richards, Khan, Marshall, Anderson, Simpson, Ellis, Adams, Singh, Begum, Wilkinson,
Foster, Chapman, Powell, Webb, Rogers, Gray, Mason, Ali, Hunt, Hussain, Campbell, Matthews, Owen,
Palmer, Holmes, Mills, Barnes, Knight, Lloyd, Butler, Russell, Barker, Fisher, Stevens, Jenkins,
Murray, Dixon, Harvey, Graham, Pearson, Ahmed, Fletcher, Walsh, Kaur, Gibson, Howard, Andrews,
Stewart, Elliott, Reynolds, Saunders, Payne, Fox, Ford, Pearce, Day, Brooks, West, Lawrence,
Cole, Atkinson, Bradley, Spencer, Gill, Dawson, Ball, Burton, O'Brien, Watts, Rose, Booth,
Perry, Ryan, Grant, Wells, Armstrong, Francis, Rees, Hayes, Hart, Hudson, Newman, Barrett,
Webster, Hunter, Gregory, Carr, Lowe, Page, Marsh, Riley, Dunn, Woods, Parsons, Berry, Stone,
Reid, Holland, Hawkins, Harding, Porter, Robertson, Newton, Oliver, Reed, Kennedy, Williamson,
Bird, Gardner, Shah, Dean, Lane, Cooke, Bates, Henderson, Parry, Burgess, Bishop, Walton, Burns,
Nicholson, Shepherd, Ross, Cross, Long, Freeman, Warren, Nicholls, Hamilton, Byrne, Sutton,
McDonald, Yates, Hodgson, Robson, Curtis, Hopkins, O'Connor, Harper, Coleman, Watkins, Moss,
McCarthy, Chambers, O'Neill, Griffin, Sharp, Hardy, Wheeler, Potter, Osborne, Johnston, Gordon,
Doyle, Wallace, George, Jordan, Hutchinson, Rowe, Burke, May, Pritchard, Gilbert, Willis,
Higgins, Read, Miles, Stevenson, Stephenson, Hammond, Arnold, Buckley, Walters, Hewitt, Barber,
Nelson, Slater, Austin, Sullivan, Whitehead, Mann, Frost, Lambert, Stephens, Blake, Akhtar,
Lynch, Goodwin, Barton, Woodward, Thomson, Cunningham, Quinn, Barnett, Baxter, Bibi, Clayton,
Nash, Greenwood, Jennings, Holt, Kemp, Poole, Gallagher, Bond, Stokes, Tucker, Davidson, Fowler,
Heath, Norman, Middleton, Lawson, Banks, French, Stanley, Jarvis, Gibbs, Ferguson, Hayward,
Carroll, Douglas, Dickinson, Todd, Barlow, Peters, Lucas, Knowles, Hartley, Miah, Simmons,
Morton, Alexander, Field, Morrison, Norris, Townsend, Preston, Hancock, Thornton, Baldwin,
Burrows, Briggs, Storey, Pollard, Howell, Fraser, Pugh, Vaughan, Llewellyn, Prosser, Meredith,
MacLeod, MacKenzie, Mackay, Sinclair, Urquhart, Farquharson, Ogilvie, Drummond, Featherstonehaugh,
Cholmondeley, Bowes-Lyon, Smythe, Ffoulkes, Kowalczyk, Nowak, Mistry, Chauhan, Okafor, Mensah
""",
    150,
)

# The origins common in Sweden, and two for particles and hyphens; the writer's order of frequency.
FINNISH = Origin(
    ranked(
        "Maria, Helena, Johanna, Anneli, Kaarina, Marjatta, Anna, Liisa, Annikki, Hannele, Tuula, Päivi, Riitta, Pirjo, Sari, Minna, Tiina, Satu, Leena, Aino, Eila, Sirpa, Ritva, Marja, Kirsi, Aili, Seija, Raili, Sinikka, Outi, Kaisa, Hilkka",
        12,
    ),
    ranked(
        "Juhani, Johannes, Mikael, Olavi, Antero, Tapani, Kalevi, Matti, Timo, Pekka, Kari, Jari, Mikko, Jukka, Antti, Heikki, Markku, Hannu, Juha, Tuomas, Veikko, Pentti, Esa, Ilkka, Risto, Eero, Seppo, Tapio, Väinö, Aarne, Reijo, Raimo",
        12,
    ),
    ranked(
        "Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen, Kallio, Leinonen, Hiltunen, Räsänen, Hirvonen, Kemppainen, Seppälä, Toivonen, Väisänen, Peltonen",
        14,
    ),
)
ARABIC = Origin(
    ranked(
        "Fatima, Maryam, Zainab, Noor, Sara, Hiba, Amal, Rania, Lina, Huda, Rana, Aisha, Layla, Nadia, Samira, Hanan, Iman, Yasmin, Dalia, Reem, Zahra, Ghada, Sawsan, Suha, Nisreen, Widad, Manal, Bushra, Shamiram, Ninwa, Ishtar, Raghad, Ruqaya, Tabarak",
        12,
    ),
    ranked(
        "Mohammed, Ahmed, Ali, Hussein, Omar, Hassan, Mustafa, Khaled, Abdullah, Yousef, Ibrahim, Karim, Mahmoud, Hamza, Ammar, Bilal, Tariq, Sami, Haidar, Ziad, Amir, Saif, Fadi, Bassam, Nabil, Raed, Wissam, Muhannad, Qusay, Munther, Jamal, Walid, Ninos, Gabriel, Sargon, Ashur",
        12,
    ),
    ranked(
        "Ali, Mohammed, Hassan, Hussein, Ahmed, Abbas, Khalil, Ibrahim, Saleh, Jaber, Al-Hashimi, Al-Obaidi, Al-Jabouri, Al-Saadi, Al-Rubaie, Al-Tamimi, Haddad, Khoury, Nasser, Youssef, Mansour, Salim, Kadhim, Jawad, Hamdan, Darwish, Aziz, Saeed, Fadel, Karam, Hanna, Isaac, Yakoub, Shamoun, Barsoum, Al-Khafaji, Al-Musawi, Al-Dulaimi, Al-Shammari, Alzubaidi",
        14,
    ),
)
SOMALI = Origin(
    ranked(
        "Hodan, Fadumo, Amina, Hawa, Sahra, Ayan, Asha, Halima, Ikran, Nasra, Ifrah, Sagal, Hibo, Khadra, Deeqa, Ubah, Maryan, Safiya, Nimco, Sucaad, Filsan, Hamdi",
        10,
    ),
    ranked(
        "Abdi, Mohamed, Ahmed, Abdirahman, Abdullahi, Hassan, Ali, Omar, Yusuf, Ismail, Abdikadir, Mustafe, Liban, Guled, Farah, Warsame, Abdiaziz, Said, Nur, Osman, Mahad, Bashir",
        10,
    ),
    ranked(
        "Mohamed, Ali, Ahmed, Hassan, Abdi, Omar, Hussein, Ismail, Yusuf, Farah, Osman, Nur, Warsame, Jama, Aden, Abdullahi, Hersi, Egal, Elmi, Duale, Gure, Mohamud, Abdulle, Dahir, Siad, Samatar",
        12,
    ),
)
PERSIAN = Origin(
    ranked(
        "Maryam, Zahra, Fatemeh, Sara, Neda, Shirin, Parisa, Leila, Mahsa, Nazanin, Roya, Azadeh, Golnaz, Mina, Samira, Elham, Farnaz, Shabnam, Soheila, Niloufar, Bahar, Ladan, Mitra, Parvin, Simin",
        12,
    ),
    ranked(
        "Ali, Mohammad, Reza, Hossein, Amir, Mehdi, Hamid, Saeed, Mohsen, Babak, Farhad, Dariush, Kourosh, Arash, Behrouz, Majid, Payam, Omid, Kaveh, Siavash, Ramin, Shahram, Navid, Peyman, Bijan",
        12,
    ),
    ranked(
        "Mohammadi, Hosseini, Ahmadi, Rezaei, Moradi, Karimi, Hashemi, Rahimi, Jafari, Sadeghi, Ghasemi, Kazemi, Heidari, Rostami, Mousavi, Akbari, Nazari, Tehrani, Shirazi, Esfahani, Farahani, Ebrahimi, Amini, Bagheri, Zamani, Naderi, Kiani, Soltani",
        14,
    ),
)
KURDISH = Origin(
    ranked(
        "Rojin, Berfin, Dilan, Nazdar, Shilan, Jiyan, Hevi, Gulistan, Zilan, Avin, Roza, Bahar, Viyan, Nesrin, Leyla, Ronahi, Delal, Sozdar, Newroz, Shno",
        10,
    ),
    ranked(
        "Rebin, Aram, Karwan, Shwan, Dilshad, Hiwa, Azad, Baran, Serhat, Rizgar, Zana, Kawa, Sherko, Hejar, Dara, Bakhtiyar, Soran, Ari, Rekan, Diyar",
        10,
    ),
    ranked(
        "Ahmad, Mahmoud, Rashid, Aziz, Karim, Omar, Barzani, Hawrami, Mohammad, Saleh, Hamad, Faraj, Kurdi, Qadir, Jalal, Mustafa, Abdullah, Baban, Bakir, Dogan, Aslan, Zebari, Jaff, Talabani",
        12,
    ),
)
TURKISH = Origin(
    ranked(
        "Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Merve, Büşra, Esra, Özlem, Derya, Hülya, Sibel, Gül, Meryem, Songül, Sevgi, Yasemin, Dilek, Ebru, Tuğba, Nurcan, Aylin, Şeyma",
        12,
    ),
    ranked(
        "Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Osman, Yusuf, Murat, Ömer, Ramazan, Halil, Süleyman, Emre, Burak, Kemal, Cem, Serkan, Erkan, Volkan, Fatih, Onur",
        12,
    ),
    ranked(
        "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Korkmaz, Erdoğan, Acar, Güneş, Aktaş, Bulut, Uçar",
        14,
    ),
)
BCS = Origin(
    ranked(
        "Amra, Emina, Lejla, Selma, Amela, Aida, Jasmina, Mirela, Ana, Marija, Ivana, Jelena, Dragana, Snežana, Vesna, Mirjana, Azra, Merima, Senada, Elma, Edina, Sanja, Milica, Nina, Dijana",
        12,
    ),
    ranked(
        "Admir, Amir, Emir, Edin, Haris, Adnan, Kenan, Mirza, Nedim, Senad, Dragan, Zoran, Goran, Milan, Nikola, Marko, Ivan, Stefan, Dejan, Nenad, Darko, Tomislav, Josip, Ante, Mladen",
        12,
    ),
    ranked(
        "Hodžić, Hadžić, Kovačević, Begić, Delić, Mehmedović, Hasanović, Salihović, Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Horvat, Kovačić, Babić, Marić, Novak, Jurić, Knežević, Popović, Šarić, Mujić, Omerović, Avdić, Ibrahimović, Karić, Halilović",
        14,
    ),
)
POLISH = Origin(
    ranked(
        "Anna, Maria, Katarzyna, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Magdalena, Elżbieta, Joanna, Zofia, Aleksandra, Monika, Teresa, Danuta, Natalia, Karolina, Marta, Beata, Dorota, Jadwiga, Halina, Grażyna, Iwona, Justyna, Agata",
        12,
    ),
    ranked(
        "Piotr, Krzysztof, Andrzej, Tomasz, Jan, Paweł, Michał, Marcin, Stanisław, Jakub, Adam, Marek, Łukasz, Grzegorz, Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Jerzy, Maciej, Rafał, Kamil, Robert, Sławomir, Tadeusz",
        12,
    ),
    ranked(
        "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Wojciechowski, Kwiatkowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Wróbel, Nowakowski, Majewski, Olszewski, Sadowski, Brzeziński",
        14,
    ),
)
ERITREAN = Origin(
    ranked(
        "Helen, Selam, Senait, Almaz, Tsega, Yordanos, Saba, Mebrat, Lidia, Feven, Hiwet, Meron, Tirhas, Rahel, Semhar, Winta, Luwam, Hanna, Elsa, Ruta",
        10,
    ),
    ranked(
        "Yonas, Daniel, Samuel, Dawit, Tesfaye, Tekle, Mehari, Filmon, Robel, Habte, Kidane, Berhane, Yohannes, Amanuel, Isaias, Mulugeta, Solomon, Ermias, Natnael, Biniam",
        10,
    ),
    ranked(
        "Tesfay, Ghebremedhin, Tekle, Haile, Berhe, Kidane, Gebremariam, Woldemichael, Habtom, Mehari, Tewolde, Asmerom, Yemane, Negash, Andemariam, Ghebreyesus, Abraha, Gebru, Hagos, Kahsay",
        10,
    ),
)
AFGHAN = Origin(
    ranked(
        "Fatima, Zahra, Maryam, Marzia, Sakina, Masooma, Nargis, Fereshta, Sima, Mursal, Hadia, Shabnam, Laila, Zarghona, Mahbooba, Hasina, Khadija, Farzana",
        10,
    ),
    ranked(
        "Ahmad, Mohammad, Ali, Hussain, Mahdi, Reza, Mustafa, Morteza, Sajad, Farid, Naveed, Jawad, Rahim, Khalid, Hamid, Zabiullah, Noorullah, Sayed, Abdul, Elyas",
        10,
    ),
    ranked(
        "Ahmadi, Hussaini, Rezaie, Mohammadi, Sultani, Rahimi, Hakimi, Karimi, Noori, Amiri, Jafari, Haidari, Sadat, Popal, Wardak, Stanikzai, Ahmadzai, Safi, Azizi, Nazari, Rasuli",
        12,
    ),
)
THAI = Origin(
    ranked(
        "Siriporn, Malee, Kanokwan, Wanida, Sunisa, Pornthip, Suda, Jintana, Ratana, Nittaya, Sasithorn, Supaporn, Duangjai, Lamai, Kannika, Nantana, Pranee, Ploy",
        10,
    ),
    ranked(
        "Somchai, Somsak, Prasert, Sombat, Anan, Wichai, Thanakorn, Narong, Surachai, Kittisak, Chaiwat, Sompong, Boonmee, Niran",
        8,
    ),
    ranked(
        "Saetang, Srisuk, Chaiyaporn, Wongsawat, Rattanakorn, Suwannarat, Thongchai, Phromma, Boonsong, Kaewkham, Sukprasert, Chanthong, Intharasuk, Somboon, Siripong, Jaidee, Yodying",
        10,
    ),
)
CHINESE = Origin(
    ranked(
        "Li, Fang, Ying, Hui, Jing, Xiu, Mei, Yan, Ling, Xiaoli, Hong, Juan, Min, Lan, Xin, Yue, Qian, Yuxin",
        10,
    ),
    ranked(
        "Wei, Jun, Lei, Ming, Jian, Tao, Hao, Bo, Chao, Yong, Qiang, Feng, Peng, Bin, Jie, Long, Yi, Zhiwei",
        10,
    ),
    ranked(
        "Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, He, Lin, Luo, Gao, Zheng, Liang, Xie, Tang, Song, Chan, Wong, Cheung, Ng",
        14,
    ),
)
INDIAN = Origin(
    ranked(
        "Priya, Anjali, Pooja, Neha, Divya, Kavya, Deepika, Sunita, Anita, Lakshmi, Meera, Shreya, Aishwarya, Swati, Nisha, Rekha, Ritu, Sneha, Shalini, Harpreet, Gurpreet",
        10,
    ),
    ranked(
        "Rahul, Amit, Rajesh, Suresh, Vikram, Arjun, Sanjay, Ramesh, Anil, Vijay, Ravi, Deepak, Manoj, Karthik, Aditya, Rohit, Srinivas, Venkatesh, Harjit, Gurdeep",
        10,
    ),
    ranked(
        "Patel, Singh, Kumar, Sharma, Shah, Gupta, Reddy, Rao, Iyer, Nair, Joshi, Mehta, Desai, Verma, Agarwal, Krishnan, Menon, Pillai, Chopra, Kapoor, Banerjee, Chatterjee, Mukherjee, Das, Bose, Kaur, Gill, Sandhu, Bhatt, Naidu",
        14,
    ),
)
LATIN = Origin(
    ranked(
        "María, Carolina, Camila, Valentina, Francisca, Javiera, Catalina, Constanza, Daniela, Fernanda, Paula, Andrea, Claudia, Patricia, Verónica, Ximena, Marcela, Gabriela, Isabel, Sofía, Lorena, Paz",
        12,
    ),
    ranked(
        "José, Juan, Luis, Carlos, Jorge, Francisco, Pedro, Manuel, Cristián, Sebastián, Matías, Diego, Rodrigo, Felipe, Andrés, Pablo, Gonzalo, Álvaro, Nicolás, Patricio, Sergio, Hernán",
        12,
    ),
    ranked(
        "González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo, Tapia, Reyes, Gutiérrez, Castro, Pizarro, Álvarez, Vásquez, de la Fuente, de la Cruz, del Río, de la Vega",
        14,
    ),
)
ROMANIAN = Origin(
    ranked(
        "Maria, Elena, Ioana, Andreea, Ana, Mihaela, Alexandra, Gabriela, Cristina, Daniela, Florentina, Georgiana, Ionela, Nicoleta, Roxana, Simona, Alina, Adriana",
        10,
    ),
    ranked(
        "Ion, Gheorghe, Vasile, Constantin, Alexandru, Andrei, Mihai, Ioan, Nicolae, Florin, Marian, Adrian, Ionuț, Cristian, Daniel, Bogdan, Dumitru, Ștefan",
        10,
    ),
    ranked(
        "Popa, Popescu, Pop, Radu, Ionescu, Dumitru, Stoica, Stan, Gheorghe, Rusu, Munteanu, Matei, Constantin, Șerban, Moldovan, Lazăr, Ciobanu, Florea, Dinu, Tudor, Marin, Georgescu, Dobre, Barbu, Nistor",
        12,
    ),
)
DUTCH = Origin(
    ranked(
        "Anna, Maria, Johanna, Sanne, Lisa, Eva, Femke, Anouk, Sophie, Emma, Inge, Marieke, Esther, Willemijn, Saskia, Annelies",
        8,
    ),
    ranked(
        "Jan, Johannes, Pieter, Hendrik, Cornelis, Willem, Dirk, Jeroen, Bas, Sander, Thijs, Ruud, Maarten, Daan, Joost, Wouter, Bram, Koen",
        8,
    ),
    ranked(
        "de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer, de Boer, Mulder, de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, Dijkstra, van der Meer, van der Linden, van den Broek, ter Horst",
        12,
    ),
)
FRENCH = Origin(
    ranked(
        "Marie, Nathalie, Isabelle, Sylvie, Catherine, Françoise, Sophie, Christine, Monique, Valérie, Claire, Camille, Juliette, Chantal, Élodie, Céline, Aurélie, Anne",
        8,
    ),
    ranked(
        "Jean, Pierre, Michel, Philippe, Alain, Nicolas, François, Patrick, Christophe, Laurent, Jacques, Éric, Olivier, Thierry, Bernard, Julien, Luc, Marc",
        8,
    ),
    ranked(
        "Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Laurent, Lefebvre, Michel, Garcia, David, Bertrand, Roux, Vincent, Fournier, Morel, Girard, Dupont, Lambert, Fontaine, Rousseau, de la Roche, Le Gall, Guérin, de Villiers",
        12,
    ),
)

# The US: the Census 1990 lists, copied from the `names==0.3.0` package (public domain): the first
# 450 women's names, 400 men's names and 520 surnames with their per cent of the population.
US_F = census(
    """
Mary 2.629 Patricia 1.073 Linda 1.035 Barbara 0.980 Elizabeth 0.937 Jennifer 0.932 Maria 0.828
Susan 0.794 Margaret 0.768 Dorothy 0.727 Lisa 0.704 Nancy 0.669 Karen 0.667 Betty 0.666 Helen
0.663 Sandra 0.629 Donna 0.583 Carol 0.565 Ruth 0.562 Sharon 0.522 Michelle 0.519 Laura 0.510
Sarah 0.508 Kimberly 0.504 Deborah 0.494 Jessica 0.490 Shirley 0.482 Cynthia 0.469 Angela 0.468
Melissa 0.462 Brenda 0.455 Amy 0.451 Anna 0.440 Rebecca 0.430 Virginia 0.430 Kathleen 0.424
Pamela 0.416 Martha 0.412 Debra 0.408 Amanda 0.404 Stephanie 0.400 Carolyn 0.385 Christine 0.382
Marie 0.379 Janet 0.379 Catherine 0.373 Frances 0.370 Ann 0.364 Joyce 0.364 Diane 0.359 Alice
0.357 Julie 0.348 Heather 0.337 Teresa 0.336 Doris 0.335 Gloria 0.335 Evelyn 0.322 Jean 0.315
Cheryl 0.315 Mildred 0.313 Katherine 0.313 Joan 0.306 Ashley 0.303 Judith 0.297 Rose 0.296
Janice 0.285 Kelly 0.283 Nicole 0.281 Judy 0.276 Christina 0.275 Kathy 0.272 Theresa 0.271
Beverly 0.267 Denise 0.264 Tammy 0.259 Irene 0.252 Jane 0.250 Lori 0.248 Rachel 0.242 Marilyn
0.241 Andrea 0.236 Kathryn 0.234 Louise 0.229 Sara 0.229 Anne 0.228 Jacqueline 0.228 Wanda 0.226
Bonnie 0.223 Julia 0.223 Ruby 0.221 Lois 0.220 Tina 0.220 Phyllis 0.219 Norma 0.218 Paula 0.217
Diana 0.216 Annie 0.216 Lillian 0.211 Emily 0.208 Robin 0.208 Peggy 0.208 Crystal 0.207 Gladys
0.205 Rita 0.204 Dawn 0.202 Connie 0.200 Florence 0.200 Tracy 0.197 Edna 0.197 Tiffany 0.195
Carmen 0.195 Rosa 0.194 Cindy 0.192 Grace 0.189 Wendy 0.185 Victoria 0.180 Edith 0.179 Kim 0.178
Sherry 0.178 Sylvia 0.177 Josephine 0.177 Thelma 0.175 Shannon 0.175 Sheila 0.175 Ethel 0.174
Ellen 0.173 Elaine 0.173 Marjorie 0.173 Carrie 0.171 Charlotte 0.169 Monica 0.166 Esther 0.166
Pauline 0.165 Emma 0.165 Juanita 0.164 Anita 0.162 Rhonda 0.162 Hazel 0.161 Amber 0.160 Eva
0.159 Debbie 0.157 April 0.154 Leslie 0.154 Clara 0.153 Lucille 0.153 Jamie 0.153 Joanne 0.150
Eleanor 0.150 Valerie 0.149 Danielle 0.149 Megan 0.147 Alicia 0.146 Suzanne 0.145 Michele 0.145
Gail 0.145 Bertha 0.143 Darlene 0.142 Veronica 0.142 Jill 0.142 Erin 0.141 Geraldine 0.141
Lauren 0.137 Cathy 0.137 Joann 0.136 Lorraine 0.135 Lynn 0.135 Sally 0.135 Regina 0.133 Erica
0.130 Beatrice 0.130 Dolores 0.129 Bernice 0.128 Audrey 0.127 Yvonne 0.126 Annette 0.125 June
0.125 Samantha 0.124 Marion 0.122 Dana 0.122 Stacy 0.121 Ana 0.120 Renee 0.120 Ida 0.118 Vivian
0.118 Roberta 0.117 Holly 0.117 Brittany 0.117 Melanie 0.116 Loretta 0.115 Yolanda 0.115
Jeanette 0.115 Laurie 0.114 Katie 0.113 Kristen 0.111 Vanessa 0.111 Alma 0.111 Sue 0.111 Elsie
0.110 Beth 0.110 Jeanne 0.109 Vicki 0.109 Carla 0.107 Tara 0.107 Rosemary 0.107 Eileen 0.105
Terri 0.105 Gertrude 0.103 Lucy 0.103 Tonya 0.102 Ella 0.101 Stacey 0.101 Wilma 0.099 Gina 0.099
Kristin 0.099 Jessie 0.098 Natalie 0.098 Agnes 0.098 Vera 0.098 Willie 0.097 Charlene 0.097
Bessie 0.096 Delores 0.095 Melinda 0.094 Pearl 0.094 Arlene 0.094 Maureen 0.092 Colleen 0.092
Allison 0.092 Tamara 0.092 Joy 0.091 Georgia 0.091 Constance 0.091 Lillie 0.090 Claudia 0.090
Jackie 0.090 Marcia 0.090 Tanya 0.089 Nellie 0.089 Minnie 0.089 Marlene 0.088 Heidi 0.088 Glenda
0.088 Lydia 0.086 Viola 0.086 Courtney 0.086 Marian 0.086 Stella 0.085 Caroline 0.085 Dora 0.084
Jo 0.083 Vickie 0.082 Mattie 0.081 Terry 0.080 Maxine 0.079 Irma 0.079 Mabel 0.078 Marsha 0.078
Myrtle 0.078 Lena 0.077 Christy 0.077 Deanna 0.076 Patsy 0.076 Hilda 0.075 Gwendolyn 0.074
Jennie 0.073 Nora 0.073 Margie 0.072 Nina 0.072 Cassandra 0.072 Leah 0.072 Penny 0.071 Kay 0.071
Priscilla 0.071 Naomi 0.071 Carole 0.071 Brandy 0.070 Olga 0.070 Billie 0.069 Dianne 0.069
Tracey 0.069 Leona 0.069 Jenny 0.068 Felicia 0.068 Sonia 0.068 Miriam 0.066 Velma 0.066 Becky
0.066 Bobbie 0.065 Violet 0.065 Kristina 0.065 Toni 0.064 Misty 0.063 Mae 0.063 Shelly 0.062
Daisy 0.062 Ramona 0.062 Sherri 0.062 Erika 0.061 Katrina 0.061 Claire 0.061 Lindsey 0.060
Lindsay 0.060 Geneva 0.059 Guadalupe 0.059 Belinda 0.059 Margarita 0.059 Sheryl 0.059 Cora 0.058
Faye 0.058 Ada 0.057 Natasha 0.057 Sabrina 0.057 Isabel 0.057 Marguerite 0.056 Hattie 0.056
Harriet 0.056 Molly 0.055 Cecilia 0.055 Kristi 0.055 Brandi 0.055 Blanche 0.055 Sandy 0.055
Rosie 0.055 Joanna 0.055 Iris 0.055 Eunice 0.054 Angie 0.054 Inez 0.053 Lynda 0.053 Madeline
0.052 Amelia 0.052 Alberta 0.052 Genevieve 0.051 Monique 0.051 Jodi 0.051 Janie 0.051 Maggie
0.051 Kayla 0.051 Sonya 0.051 Jan 0.051 Lee 0.051 Kristine 0.051 Candace 0.051 Fannie 0.050
Maryann 0.050 Opal 0.050 Alison 0.050 Yvette 0.050 Melody 0.050 Luz 0.049 Susie 0.049 Olivia
0.049 Flora 0.049 Shelley 0.049 Kristy 0.048 Mamie 0.048 Lula 0.048 Lola 0.048 Verna 0.048
Beulah 0.048 Antoinette 0.048 Candice 0.046 Juana 0.046 Jeannette 0.046 Pam 0.046 Kelli 0.046
Hannah 0.045 Whitney 0.045 Bridget 0.045 Karla 0.044 Celia 0.044 Latoya 0.043 Patty 0.043 Shelia
0.043 Gayle 0.043 Della 0.043 Vicky 0.043 Lynne 0.043 Sheri 0.042 Marianne 0.042 Kara 0.041
Jacquelyn 0.041 Erma 0.041 Blanca 0.041 Myra 0.040 Leticia 0.040 Pat 0.040 Krista 0.040 Roxanne
0.040 Angelica 0.039 Johnnie 0.039 Robyn 0.039 Francis 0.039 Adrienne 0.039 Rosalie 0.039
Alexandra 0.039 Brooke 0.039 Bethany 0.039 Sadie 0.039 Bernadette 0.039 Traci 0.038 Jody 0.038
Kendra 0.038 Jasmine 0.038 Nichole 0.038 Rachael 0.038 Chelsea 0.038 Mable 0.038 Ernestine 0.038
Muriel 0.038 Marcella 0.037 Elena 0.037 Krystal 0.037 Angelina 0.037 Nadine 0.036 Kari 0.036
Estelle 0.036 Dianna 0.036 Paulette 0.036 Lora 0.036 Mona 0.035 Doreen 0.035 Rosemarie 0.035
Angel 0.035 Desiree 0.035 Antonia 0.035 Hope 0.034 Ginger 0.034 Janis 0.034 Betsy 0.034 Christie
0.034 Freda 0.034 Mercedes 0.033 Meredith 0.033 Lynette 0.033 Teri 0.033 Cristina 0.033 Eula
0.033 Leigh 0.032 Meghan 0.032 Sophia 0.032 Eloise 0.032 Rochelle 0.032 Gretchen 0.032 Cecelia
0.032 Raquel 0.031 Henrietta 0.031 Alyssa 0.031 Jana 0.031 Kelley 0.031
""",
    150,
)
US_M = census(
    """
James 3.318 John 3.271 Robert 3.143 Michael 2.629 William 2.451 David 2.363 Richard 1.703
Charles 1.523 Joseph 1.404 Thomas 1.380 Christopher 1.035 Daniel 0.974 Paul 0.948 Mark 0.938
Donald 0.931 George 0.927 Kenneth 0.826 Steven 0.780 Edward 0.779 Brian 0.736 Ronald 0.725
Anthony 0.721 Kevin 0.671 Jason 0.660 Matthew 0.657 Gary 0.650 Timothy 0.640 Jose 0.613 Larry
0.598 Jeffrey 0.591 Frank 0.581 Scott 0.546 Eric 0.544 Stephen 0.540 Andrew 0.537 Raymond 0.488
Gregory 0.441 Joshua 0.435 Jerry 0.432 Dennis 0.415 Walter 0.399 Patrick 0.389 Peter 0.381
Harold 0.371 Douglas 0.367 Henry 0.365 Carl 0.346 Arthur 0.335 Ryan 0.328 Roger 0.322 Joe 0.321
Juan 0.316 Jack 0.315 Albert 0.314 Jonathan 0.313 Justin 0.311 Terry 0.311 Gerald 0.309 Keith
0.308 Samuel 0.306 Willie 0.302 Ralph 0.282 Lawrence 0.282 Nicholas 0.275 Roy 0.273 Benjamin
0.270 Bruce 0.263 Brandon 0.260 Adam 0.259 Harry 0.251 Fred 0.251 Wayne 0.249 Billy 0.248 Steve
0.246 Louis 0.243 Jeremy 0.242 Aaron 0.240 Randy 0.232 Howard 0.230 Eugene 0.230 Carlos 0.229
Russell 0.224 Bobby 0.223 Victor 0.222 Martin 0.216 Ernest 0.215 Phillip 0.213 Todd 0.213 Jesse
0.209 Craig 0.206 Alan 0.204 Shawn 0.200 Clarence 0.197 Sean 0.197 Philip 0.197 Chris 0.197
Johnny 0.195 Earl 0.193 Jimmy 0.191 Antonio 0.190 Danny 0.190 Bryan 0.190 Tony 0.190 Luis 0.189
Mike 0.189 Stanley 0.186 Leonard 0.186 Nathan 0.185 Dale 0.184 Manuel 0.181 Rodney 0.180 Curtis
0.180 Norman 0.177 Allen 0.174 Marvin 0.171 Vincent 0.168 Glenn 0.167 Jeffery 0.166 Travis 0.166
Jeff 0.166 Chad 0.165 Jacob 0.165 Lee 0.162 Melvin 0.162 Alfred 0.162 Kyle 0.160 Francis 0.160
Bradley 0.159 Jesus 0.155 Herbert 0.155 Frederick 0.154 Ray 0.153 Joel 0.152 Edwin 0.148 Don
0.145 Eddie 0.144 Ricky 0.141 Troy 0.138 Randall 0.138 Barry 0.134 Alexander 0.132 Bernard 0.127
Mario 0.125 Leroy 0.125 Francisco 0.124 Marcus 0.124 Micheal 0.123 Theodore 0.123 Clifford 0.123
Miguel 0.122 Oscar 0.122 Jay 0.118 Jim 0.118 Tom 0.117 Calvin 0.115 Alex 0.115 Jon 0.115 Ronnie
0.113 Bill 0.112 Lloyd 0.112 Tommy 0.112 Leon 0.112 Derek 0.112 Warren 0.110 Darrell 0.108
Jerome 0.108 Floyd 0.107 Leo 0.106 Alvin 0.105 Tim 0.104 Wesley 0.104 Gordon 0.104 Dean 0.104
Greg 0.104 Jorge 0.104 Dustin 0.103 Pedro 0.103 Derrick 0.103 Dan 0.101 Lewis 0.099 Zachary
0.099 Corey 0.098 Herman 0.097 Maurice 0.097 Vernon 0.097 Roberto 0.097 Clyde 0.095 Glen 0.094
Hector 0.094 Shane 0.093 Ricardo 0.093 Sam 0.092 Rick 0.091 Lester 0.091 Brent 0.090 Ramon 0.090
Charlie 0.090 Tyler 0.089 Gilbert 0.089 Gene 0.087 Marc 0.087 Reginald 0.084 Ruben 0.082 Brett
0.082 Angel 0.082 Nathaniel 0.081 Rafael 0.081 Leslie 0.081 Edgar 0.080 Milton 0.080 Raul 0.079
Ben 0.078 Chester 0.078 Cecil 0.078 Duane 0.077 Franklin 0.077 Andre 0.076 Elmer 0.074 Brad
0.073 Gabriel 0.073 Ron 0.072 Mitchell 0.072 Roland 0.072 Arnold 0.072 Harvey 0.072 Jared 0.071
Adrian 0.069 Karl 0.069 Cory 0.068 Claude 0.068 Erik 0.068 Darryl 0.067 Jamie 0.066 Neil 0.066
Jessie 0.065 Christian 0.065 Javier 0.065 Fernando 0.065 Clinton 0.065 Ted 0.064 Mathew 0.064
Tyrone 0.064 Darren 0.064 Lonnie 0.064 Lance 0.063 Cody 0.063 Julio 0.063 Kelly 0.063 Kurt 0.062
Allan 0.061 Nelson 0.061 Guy 0.060 Clayton 0.060 Hugh 0.060 Max 0.059 Dwayne 0.059 Dwight 0.058
Armando 0.058 Felix 0.058 Jimmie 0.058 Everett 0.057 Jordan 0.056 Ian 0.056 Wallace 0.056 Ken
0.055 Bob 0.055 Jaime 0.055 Casey 0.054 Alfredo 0.054 Alberto 0.053 Dave 0.053 Ivan 0.053
Johnnie 0.052 Sidney 0.052 Byron 0.052 Julian 0.052 Isaac 0.051 Morris 0.051 Clifton 0.050
Willard 0.050 Daryl 0.050 Ross 0.050 Virgil 0.049 Andy 0.049 Marshall 0.049 Salvador 0.049 Perry
0.049 Kirk 0.049 Sergio 0.049 Marion 0.048 Tracy 0.048 Seth 0.048 Kent 0.048 Terrance 0.048 Rene
0.048 Eduardo 0.047 Terrence 0.047 Enrique 0.046 Freddie 0.046 Wade 0.045 Austin 0.044 Stuart
0.044 Fredrick 0.043 Arturo 0.043 Alejandro 0.043 Jackie 0.043 Joey 0.043 Nick 0.043 Luther
0.043 Wendell 0.042 Jeremiah 0.042 Evan 0.042 Julius 0.042 Dana 0.042 Donnie 0.041 Otis 0.041
Shannon 0.040 Trevor 0.040 Oliver 0.040 Luke 0.040 Homer 0.040 Gerard 0.040 Doug 0.040 Kenny
0.039 Hubert 0.039 Angelo 0.039 Shaun 0.039 Lyle 0.038 Matt 0.038 Lynn 0.038 Alfonso 0.038
Orlando 0.037 Rex 0.037 Carlton 0.037 Ernesto 0.037 Cameron 0.037 Neal 0.037 Pablo 0.036 Lorenzo
0.036 Omar 0.036 Wilbur 0.036 Blake 0.036 Grant 0.036 Horace 0.036 Roderick 0.036 Kerry 0.036
Abraham 0.035 Willis 0.035 Rickey 0.035 Jean 0.035 Ira 0.035 Andres 0.034 Cesar 0.034 Johnathan
0.034 Malcolm 0.034 Rudolph 0.034 Damon 0.034 Kelvin 0.034 Rudy 0.034 Preston 0.034 Alton 0.033
Archie 0.033 Marco 0.033 Wm 0.033 Pete 0.032 Randolph 0.032 Garry 0.032 Geoffrey 0.032 Jonathon
0.032 Felipe 0.032 Bennie 0.032 Gerardo 0.032 Ed 0.032 Dominic 0.032 Robin 0.032 Loren 0.032
Delbert 0.031 Colin 0.031 Guillermo 0.031 Earnest 0.031 Lucas 0.031 Benny 0.030 Noel 0.030
Spencer 0.030 Rodolfo 0.030 Myron 0.030 Edmund 0.030 Garrett 0.029 Salvatore 0.029 Cedric 0.029
Lowell 0.029 Gregg 0.029 Sherman 0.028 Wilson 0.028 Devin 0.028 Sylvester 0.028 Kim 0.028
Roosevelt 0.028 Israel 0.028 Jermaine 0.028
""",
    150,
)
US_S = census(
    """
Smith 1.006 Johnson 0.810 Williams 0.699 Jones 0.621 Brown 0.621 Davis 0.480 Miller 0.424 Wilson
0.339 Moore 0.312 Taylor 0.311 Anderson 0.311 Thomas 0.311 Jackson 0.310 White 0.279 Harris
0.275 Martin 0.273 Thompson 0.269 Garcia 0.254 Martinez 0.234 Robinson 0.233 Clark 0.231
Rodriguez 0.229 Lewis 0.226 Lee 0.220 Walker 0.219 Hall 0.200 Allen 0.199 Young 0.193 Hernandez
0.192 King 0.190 Wright 0.189 Lopez 0.187 Hill 0.187 Scott 0.185 Green 0.183 Adams 0.174 Baker
0.171 Gonzalez 0.166 Nelson 0.162 Carter 0.162 Mitchell 0.160 Perez 0.155 Roberts 0.153 Turner
0.152 Phillips 0.149 Campbell 0.149 Parker 0.146 Evans 0.141 Edwards 0.137 Collins 0.134 Stewart
0.133 Sanchez 0.130 Morris 0.125 Rogers 0.123 Reed 0.122 Cook 0.120 Morgan 0.118 Bell 0.117
Murphy 0.117 Bailey 0.115 Rivera 0.113 Cooper 0.113 Richardson 0.112 Cox 0.110 Howard 0.110 Ward
0.108 Torres 0.108 Peterson 0.107 Gray 0.106 Ramirez 0.105 James 0.105 Watson 0.103 Brooks 0.103
Kelly 0.102 Sanders 0.100 Price 0.099 Bennett 0.099 Wood 0.098 Barnes 0.097 Ross 0.096 Henderson
0.095 Coleman 0.095 Jenkins 0.095 Perry 0.094 Powell 0.093 Long 0.092 Patterson 0.092 Hughes
0.092 Flores 0.092 Washington 0.092 Butler 0.091 Simmons 0.091 Foster 0.091 Gonzales 0.087
Bryant 0.087 Alexander 0.085 Russell 0.085 Griffin 0.084 Diaz 0.084 Hayes 0.083 Myers 0.083 Ford
0.082 Hamilton 0.082 Graham 0.082 Sullivan 0.081 Wallace 0.081 Woods 0.080 Cole 0.080 West 0.080
Jordan 0.078 Owens 0.078 Reynolds 0.078 Fisher 0.077 Ellis 0.077 Harrison 0.076 Gibson 0.075
McDonald 0.075 Cruz 0.075 Marshall 0.075 Ortiz 0.075 Gomez 0.075 Murray 0.074 Freeman 0.074
Wells 0.073 Webb 0.072 Simpson 0.070 Stevens 0.070 Tucker 0.070 Porter 0.069 Hunter 0.069 Hicks
0.069 Crawford 0.068 Henry 0.068 Boyd 0.068 Mason 0.068 Morales 0.067 Kennedy 0.067 Warren 0.067
Dixon 0.066 Ramos 0.066 Reyes 0.066 Burns 0.065 Gordon 0.065 Shaw 0.065 Holmes 0.065 Rice 0.064
Robertson 0.064 Hunt 0.063 Black 0.063 Daniels 0.062 Palmer 0.062 Mills 0.061 Nichols 0.060
Grant 0.060 Knight 0.060 Ferguson 0.059 Rose 0.059 Stone 0.059 Hawkins 0.059 Dunn 0.058 Perkins
0.058 Hudson 0.058 Spencer 0.057 Gardner 0.057 Stephens 0.057 Payne 0.057 Pierce 0.056 Berry
0.056 Matthews 0.056 Arnold 0.056 Wagner 0.055 Willis 0.055 Ray 0.055 Watkins 0.055 Olson 0.055
Carroll 0.055 Duncan 0.055 Snyder 0.055 Hart 0.054 Cunningham 0.054 Bradley 0.054 Lane 0.054
Andrews 0.054 Ruiz 0.054 Harper 0.054 Fox 0.053 Riley 0.053 Armstrong 0.053 Carpenter 0.053
Weaver 0.053 Greene 0.053 Lawrence 0.052 Elliott 0.052 Chavez 0.052 Sims 0.052 Austin 0.052
Peters 0.052 Kelley 0.052 Franklin 0.051 Lawson 0.051 Fields 0.051 Gutierrez 0.051 Ryan 0.051
Schmidt 0.051 Carr 0.051 Vasquez 0.051 Castillo 0.051 Wheeler 0.051 Chapman 0.050 Oliver 0.050
Montgomery 0.049 Richards 0.049 Williamson 0.049 Johnston 0.049 Banks 0.048 Meyer 0.048 Bishop
0.048 McCoy 0.048 Howell 0.048 Alvarez 0.048 Morrison 0.048 Hansen 0.047 Fernandez 0.047 Garza
0.047 Harvey 0.047 Little 0.046 Burton 0.046 Stanley 0.046 Nguyen 0.046 George 0.046 Jacobs
0.046 Reid 0.046 Kim 0.045 Fuller 0.045 Lynch 0.045 Dean 0.045 Gilbert 0.045 Garrett 0.045
Romero 0.045 Welch 0.044 Larson 0.044 Frazier 0.044 Burke 0.044 Hanson 0.043 Day 0.043 Mendoza
0.043 Moreno 0.043 Bowman 0.043 Medina 0.042 Fowler 0.042 Brewer 0.042 Hoffman 0.042 Carlson
0.042 Silva 0.042 Pearson 0.042 Holland 0.042 Douglas 0.041 Fleming 0.041 Jensen 0.041 Vargas
0.041 Byrd 0.041 Davidson 0.041 Hopkins 0.041 May 0.040 Terry 0.040 Herrera 0.040 Wade 0.040
Soto 0.040 Walters 0.040 Curtis 0.040 Neal 0.039 Caldwell 0.039 Lowe 0.039 Jennings 0.039
Barnett 0.039 Graves 0.039 Jimenez 0.039 Horton 0.039 Shelton 0.039 Barrett 0.039 O'Brien 0.039
Castro 0.039 Sutton 0.038 Gregory 0.038 McKinney 0.038 Lucas 0.038 Miles 0.038 Craig 0.038
Rodriquez 0.037 Chambers 0.037 Holt 0.037 Lambert 0.037 Fletcher 0.037 Watts 0.037 Bates 0.037
Hale 0.037 Rhodes 0.037 Pena 0.037 Beck 0.037 Newman 0.036 Haynes 0.036 McDaniel 0.036 Mendez
0.036 Bush 0.036 Vaughn 0.036 Parks 0.035 Dawson 0.035 Santiago 0.035 Norris 0.035 Hardy 0.035
Love 0.035 Steele 0.035 Curry 0.035 Powers 0.035 Schultz 0.035 Barker 0.035 Guzman 0.034 Page
0.034 Munoz 0.034 Ball 0.034 Keller 0.034 Chandler 0.034 Weber 0.034 Leonard 0.034 Walsh 0.033
Lyons 0.033 Ramsey 0.033 Wolfe 0.033 Schneider 0.033 Mullins 0.033 Benson 0.033 Sharp 0.033
Bowen 0.033 Daniel 0.033 Barber 0.032 Cummings 0.032 Hines 0.032 Baldwin 0.032 Griffith 0.032
Valdez 0.032 Hubbard 0.032 Salazar 0.032 Reeves 0.032 Warner 0.031 Stevenson 0.031 Burgess 0.031
Santos 0.031 Tate 0.031 Cross 0.031 Garner 0.031 Mann 0.031 Mack 0.031 Moss 0.031 Thornton 0.031
Dennis 0.031 McGee 0.031 Farmer 0.030 Delgado 0.030 Aguilar 0.030 Vega 0.030 Glover 0.030
Manning 0.030 Cohen 0.030 Harmon 0.030 Rodgers 0.030 Robbins 0.030 Newton 0.030 Todd 0.030 Blair
0.030 Higgins 0.030 Ingram 0.030 Reese 0.030 Cannon 0.030 Strickland 0.030 Townsend 0.030 Potter
0.030 Goodwin 0.030 Walton 0.030 Rowe 0.029 Hampton 0.029 Ortega 0.029 Patton 0.029 Swanson
0.029 Joseph 0.029 Francis 0.029 Goodman 0.029 Maldonado 0.029 Yates 0.029 Becker 0.029 Erickson
0.029 Hodges 0.029 Rios 0.029 Conner 0.029 Adkins 0.029 Webster 0.028 Norman 0.028 Malone 0.028
Hammond 0.028 Flowers 0.028 Cobb 0.028 Moody 0.028 Quinn 0.028 Blake 0.028 Maxwell 0.028 Pope
0.028 Floyd 0.027 Osborne 0.027 Paul 0.027 McCarthy 0.027 Guerrero 0.027 Lindsey 0.027 Estrada
0.027 Sandoval 0.027 Gibbs 0.027 Tyler 0.027 Gross 0.027 Fitzgerald 0.027 Stokes 0.027 Doyle
0.027 Sherman 0.027 Saunders 0.027 Wise 0.027 Colon 0.027 Gill 0.027 Alvarado 0.027 Greer 0.026
Padilla 0.026 Simon 0.026 Waters 0.026 Nunez 0.026 Ballard 0.026 Schwartz 0.026 McBride 0.026
Houston 0.026 Christensen 0.026 Klein 0.026 Pratt 0.026 Briggs 0.026 Parsons 0.026 McLaughlin
0.026 Zimmerman 0.026 French 0.026 Buchanan 0.026 Moran 0.026 Copeland 0.025 Roy 0.025 Pittman
0.025 Brady 0.025 McCormick 0.025 Holloway 0.025 Brock 0.025 Poole 0.025 Frank 0.025 Logan 0.025
Owen 0.025 Bass 0.025 Marsh 0.025 Drake 0.025 Wong 0.025 Jefferson 0.025 Park 0.025 Morton 0.025
Abbott 0.025 Sparks 0.025 Patrick 0.024 Norton 0.024 Huff 0.024 Clayton 0.024 Massey 0.024 Lloyd
0.024 Figueroa 0.024 Carson 0.024 Bowers 0.024 Roberson 0.024 Barton 0.024 Tran 0.024 Lamb 0.024
Harrington 0.024 Casey 0.024 Boone 0.024 Cortez 0.024 Clarke 0.024 Mathis 0.024 Singleton 0.024
Wilkins 0.024 Cain 0.024 Bryan 0.024 Underwood 0.024 Hogan 0.024 McKenzie 0.023 Collier 0.023
Luna 0.023 Phelps 0.023 McGuire 0.023 Allison 0.023 Bridges 0.023 Wilkerson 0.023 Nash 0.023
Summers 0.023 Atkins 0.023 Wilcox 0.023 Pitts 0.023 Conley 0.023 Marquez 0.023 Burnett 0.023
Richard 0.023 Cochran 0.023 Chase 0.023 Davenport 0.023 Hood 0.023 Gates 0.023 Clay 0.023 Ayala
0.023 Sawyer 0.023 Roman 0.023 Vazquez 0.023 Dickerson 0.023 Hodge 0.022 Acosta 0.022 Flynn
0.022
""",
    150,
)

SWEDISH = Origin(SV_F, SV_M, SV_S)
ORIGINS: dict[str, Origin] = {
    "swedish": SWEDISH, "us": Origin(US_F, US_M, US_S), "uk": Origin(UK_F, UK_M, UK_S),
    "finnish": FINNISH, "arabic": ARABIC, "somali": SOMALI, "persian": PERSIAN,
    "kurdish": KURDISH, "turkish": TURKISH, "bcs": BCS, "polish": POLISH, "eritrean": ERITREAN,
    "afghan": AFGHAN, "thai": THAI, "chinese": CHINESE, "indian": INDIAN, "latin": LATIN,
    "romanian": ROMANIAN, "dutch": DUTCH, "french": FRENCH,
}  # fmt: skip
# The old church books and the newborns of today, for the Swedish rows that have them.
OLD = Origin(SV_OLD_F, SV_OLD_M, SOLDIERS)
BABY = Origin(SV_BABY_F, SV_BABY_M, SV_S)

# Who is named, per language of the row: roughly as Sweden's population is, and for English
# rows as the US and the UK are, with the Swedish diaspora and Sweden's own people among them.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 68, "finnish": 3.5, "arabic": 5.5, "somali": 1.8, "persian": 2, "kurdish": 1.5,
        "turkish": 1.5, "bcs": 2.5, "polish": 2.5, "eritrean": 1.2, "afghan": 1.5, "thai": 1,
        "chinese": 0.8, "indian": 1.2, "latin": 1.2, "romanian": 1, "uk": 0.5, "us": 0.5,
        "dutch": 0.4, "french": 0.4,
    },
    "en": {
        "us": 38, "uk": 35, "swedish": 9, "indian": 4, "arabic": 1.5, "polish": 1.5, "latin": 2,
        "chinese": 1.5, "finnish": 1, "somali": 0.8, "turkish": 0.7, "persian": 0.8, "dutch": 1,
        "french": 1.2, "romanian": 0.6, "eritrean": 0.4,
    },
    "mixed": {
        "swedish": 50, "us": 10, "uk": 10, "finnish": 2.5, "arabic": 4, "polish": 2.5, "bcs": 2,
        "persian": 2, "indian": 2, "kurdish": 1.2, "turkish": 1.2, "somali": 1.2, "eritrean": 1,
        "afghan": 1, "latin": 1.2, "thai": 1, "chinese": 1, "romanian": 0.8, "dutch": 0.8,
        "french": 0.8,
    },
}  # fmt: skip

# Short forms people use for each other (`Lasse`, `Bob`), by origin and given name.
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": {
        "Lars": ("Lasse",), "Karl": ("Kalle",), "Per": ("Pelle", "Pära"), "Joakim": ("Jocke",),
        "Mikael": ("Micke",), "Thomas": ("Tompa",), "Magnus": ("Manne", "Mange"), "Kristina": ("Kicki", "Stina"),
        "Katarina": ("Kattis", "Kajsa"), "Elisabeth": ("Lisa", "Bettan"), "Margareta": ("Maggan", "Greta"),
        "Birgitta": ("Bittan", "Gittan"), "Charlotte": ("Lotta",), "Susanne": ("Sussie",),
        "Gunilla": ("Gunnis",), "Hans": ("Hasse",), "Sven": ("Svenne",), "Bengt": ("Bengan",),
        "Marcus": ("Mackan",), "Daniel": ("Danne",), "Fredrik": ("Fredde",), "Robert": ("Robban",),
        "Christer": ("Kicke",), "Kjell": ("Kjelle",), "Gustav": ("Gurra", "Gusse"), "Göran": ("Gurra", "Göte"),
        "Stefan": ("Steffe",), "Tobias": ("Tobbe",), "Sebastian": ("Sebbe",), "Alexander": ("Alex", "Acke"),
        "Jonas": ("Jonte",), "Annika": ("Anki",), "Madeleine": ("Madde",), "Caroline": ("Carro",),
        "Josefin": ("Jossan",), "Viktoria": ("Vickan",), "Camilla": ("Millan",), "Barbro": ("Babbo",),
        "Emelie": ("Emmy",), "Carl": ("Calle",), "Olof": ("Olle",), "Torbjörn": ("Tobbe",),
        "Kenneth": ("Kenta",), "Ingrid": ("Ingis",), "Ulrika": ("Ulla",), "Patrik": ("Patte",),
        "Anders": ("Ante", "Andy"), "Johan": ("Jojje",), "Kerstin": ("Kersti",), "Jan": ("Janne",),
        "Peter": ("Peppe",), "Niklas": ("Nicke",), "Rickard": ("Ricke",), "Henrik": ("Henke",),
        "Gunnar": ("Gunnis",), "Åke": ("Åkan",), "Anna": ("Annie",), "Erik": ("Ecke",),
    },
    "us": {
        "William": ("Bill", "Will"), "Robert": ("Bob", "Rob"), "Richard": ("Dick", "Rick"),
        "James": ("Jim", "Jimmy"), "Michael": ("Mike",), "Elizabeth": ("Liz", "Beth"),
        "Margaret": ("Maggie", "Peggy"), "Jennifer": ("Jen", "Jenny"), "Patricia": ("Pat", "Trish"),
        "Christopher": ("Chris",), "Thomas": ("Tom", "Tommy"), "Joseph": ("Joe",), "Charles": ("Chuck", "Charlie"),
        "Edward": ("Ed", "Ted"), "Anthony": ("Tony",), "Kenneth": ("Ken",), "Susan": ("Sue",),
        "Katherine": ("Kate", "Kathy"), "Deborah": ("Debbie",), "Daniel": ("Dan", "Danny"),
        "Matthew": ("Matt",), "Andrew": ("Andy",), "Samuel": ("Sam",), "Benjamin": ("Ben",),
        "Nicholas": ("Nick",), "Steven": ("Steve",), "Stephen": ("Steve",), "David": ("Dave",),
        "Donald": ("Don",), "Ronald": ("Ron", "Ronnie"), "Gerald": ("Jerry",), "Barbara": ("Barb",),
        "Dorothy": ("Dot", "Dottie"), "Rebecca": ("Becky",), "Kimberly": ("Kim",), "Cynthia": ("Cindy",),
        "Gregory": ("Greg",), "Timothy": ("Tim",), "Lawrence": ("Larry",), "Raymond": ("Ray",),
        "Eugene": ("Gene",), "Harold": ("Hal",), "Walter": ("Walt",), "Frederick": ("Fred",),
    },
    "uk": {
        "William": ("Bill", "Will"), "Robert": ("Bob", "Rob", "Bobby"), "Richard": ("Rich", "Dick"),
        "James": ("Jim", "Jamie"), "Michael": ("Mike", "Mick"), "Elizabeth": ("Liz", "Betty", "Lizzie"),
        "Margaret": ("Maggie", "Peggy", "Meg"), "Jennifer": ("Jen", "Jenny"), "Patricia": ("Pat", "Trish"),
        "Christopher": ("Chris",), "Thomas": ("Tom",), "Joseph": ("Joe",), "Charles": ("Charlie",),
        "Edward": ("Ted", "Eddie"), "Anthony": ("Tony",), "Kenneth": ("Ken", "Kenny"), "Susan": ("Sue", "Susie"),
        "Catherine": ("Cathy", "Kate"), "Deborah": ("Debbie", "Debs"), "Daniel": ("Dan",),
        "Matthew": ("Matt",), "Andrew": ("Andy", "Drew"), "Samuel": ("Sam",), "Benjamin": ("Ben",),
        "Nicholas": ("Nick",), "Stephen": ("Steve",), "Steven": ("Steve",), "David": ("Dave", "Davy"),
        "Peter": ("Pete",), "Alexander": ("Alex", "Sandy"), "Rebecca": ("Becky", "Becca"),
        "Victoria": ("Vicky", "Tori"), "Nicola": ("Nicky",), "Samantha": ("Sam",), "Frederick": ("Fred", "Freddie"),
        "Albert": ("Bert", "Albie"), "Terence": ("Terry",), "Raymond": ("Ray",), "Leslie": ("Les",),
        "Gillian": ("Gill",), "Jacqueline": ("Jackie",), "Christine": ("Chris", "Chrissie"),
    },
    "polish": {"Małgorzata": ("Gosia",), "Katarzyna": ("Kasia",), "Aleksandra": ("Ola",), "Krzysztof": ("Krzysiek",), "Tomasz": ("Tomek",), "Wojciech": ("Wojtek",), "Agnieszka": ("Aga",)},
    "finnish": {"Juhani": ("Jussi",), "Johannes": ("Hannes",), "Mikko": ("Mikke",)},
    "latin": {"Francisco": ("Pancho",), "José": ("Pepe",), "Francisca": ("Pancha",)},
    "bcs": {"Snežana": ("Sneža",), "Aleksandar": ("Aco",)},
    "arabic": {"Mohammed": ("Hamoudi",), "Abdullah": ("Abood",)},
}  # fmt: skip
