# ruff: noqa: E501
"""Name pools of held-out HV (issue 15): names as the population has them, by origin and weight.

Written from the writer's own knowledge of the name statistics (SCB's rank order for Sweden, the
ONS rankings for the UK, the commonest names of the origins common in Sweden), weight 1/rank, and
the US Census 1990 lists copied from the `names` package's `dist.female.first`, `dist.male.first`
and `dist.all.last` with the census per cent as weight. No name here was checked against anything
in the repository, and none was left out for being known or unknown.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from its list's head with this probability, else its tail


@dataclass(frozen=True)
class Pool:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int  # names[:head] is the head, names[head:] the tail


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def _split(text: str) -> tuple[str, ...]:
    return tuple(n.strip() for n in text.replace("\n", ",").split(",") if n.strip())


def ranked(text: str, head: int) -> Pool:
    """Names in rank order, weight 1/rank."""
    names = _split(text)
    return Pool(names, tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names)))


def census(pairs: tuple[tuple[str, float], ...], head: int) -> Pool:
    """Names with the census per cent as weight."""
    return Pool(tuple(n for n, _ in pairs), tuple(w for _, w in pairs), head)


_PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "ß": "ss", "ø": "o", "Ø": "O", "æ": "ae"}
)


def plain(word: str) -> str:
    """A name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Đorđević` -> `Djordjevic`."""
    word = word.translate(_PLAIN)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for masc, fem in (("ski", "ska"), ("cki", "cka"), ("zki", "zka")):
        if surname.endswith(masc):
            return surname[: -len(masc)] + fem
    return surname


# Sweden: SCB's name statistics (all given names carried, and surnames), in rank order as the
# writer knows them; head the top 150, the tail the rarer names past them.
SV_WOMEN = """
Maria, Elisabeth, Anna, Kristina, Margareta, Eva, Linnéa, Karin, Birgitta, Marie, Ingrid, Sofia,
Sara, Kerstin, Emma, Christina, Ulla, Ida, Helena, Johanna, Elin, Malin, Inger, Gunilla, Louise,
Viktoria, Katarina, Cecilia, Hanna, Lena, Susanne, Amanda, Elsa, Alice, Julia, Maja, Agneta,
Monica, Astrid, Jenny, Frida, Camilla, Ingegerd, Barbro, Anette, Ebba, Matilda, Marianne, Lisa,
Åsa, Charlotte, Annika, Ulrika, Gun, Ann, Josefin, Siv, Caroline, Ingela, Madeleine, Elisabet,
Linda, Irene, Anneli, Therese, Signe, Moa, Ellen, Britt, Wilma, Klara, Lovisa, Emilia, Emelie,
Karolina, Carina, Anita, Elvira, Yvonne, Nathalie, Lina, Inga, Ronja, Agnes, Ella, Vera, Elina,
Alva, Mona, Pia, Rebecka, Saga, Mikaela, Jessica, Gunnel, Märta, Alexandra, Freja, Ester, Felicia,
Tove, Sanna, Ewa, Anne, Kajsa, Evelina, Nora, Tilda, Hedvig, Selma, Maj, Berit, Ruth, Gerd,
Marina, Jeanette, Helen, Magdalena, Petra, Kristin, Sandra, Catarina, Veronica, Lisbeth, Ylva,
Tina, Maud, Lilian, Sonja, Solveig, Margit, Greta, Stina, Isabelle, Olivia, Nellie, Stella, Mira,
Thea, Iris, Liv, Elise, Filippa, Tyra, Erika, Amelia, Lilly, Hilda, Isabella, Ingeborg, Viola,
Cornelia, Emmy, Linnea, Pernilla, Elvi,
Gunhild, Gudrun, Vivianne, Gunvor, Merit, Harriet, Lillemor, Eleonor, Majken, Dagny, Ingalill,
Britta, Rut, Elsie, Aina, Svea, Hilma, Tuva, Juni, Malva, Lovis, Meja, Leia, Ines, Tindra, Alicia,
Vilma, Livia, Siri, Nova, Ellie, Idun, Hedda, Edith, Sigrid, Ingegärd, Lisen, Cajsa, Mathilda,
Michaela, Anja, Annelie, Annette, Birgit, Bodil, Charlotta, Christin, Christine, Daniela, Désirée,
Doris, Ellinor, Eivor, Elisa, Elena, Fanny, Gabriella, Gertrud, Gisela, Hillevi, Ingbritt, Irma,
Isa, Jennie, Josefine, Judith, Kaisa, Katja, Laila, Lea, Lene, Lillian, Linn, Lisette, Liselotte,
Lotta, Louisa, Lucia, Madelene, Malena, Malou, Margaretha, Mari, Mariana, Marielle, Marika, Marit,
Marlene, Maya, Melina, Melissa, Mia, Michelle, Minna, Miriam, Molly, My, Nadia, Nanna, Natalie,
Nelly, Nicole, Nina, Olga, Patricia, Paula, Paulina, Rakel, Ragnhild, Regina, Renée, Rigmor, Rosa,
Rose-Marie, Sabina, Sally, Susanna, Sylvia, Tanja, Teresia, Tora, Ulrica, Valborg, Vanja, Vendela,
Ann-Marie, Ann-Christin, Anna-Karin, Eva-Lena, Lise-Lotte, Ann-Sofie, Anna-Lena, Ann-Britt,
Ann-Charlotte, Maj-Britt, Britt-Marie, Alfhild, Alma, Amalia, Annie, Aurora, Beatrice, Bianca,
Blenda, Cathrine, Clara, Dagmar, Edla, Elly, Emilie, Estelle, Evy, Fredrika, Gunborg, Henrietta,
Hjördis, Irja, Jasmine, Josefina, Julie, Laura, Lilja, Märtha, Majvor, Naemi, Ottilia, Ragna,
Signhild, Siw, Stefanie, Tekla, Thyra, Ulla-Britt, Valentina, Viveka, Yasmin, Alexandria, Agda,
Asta, Berta, Betty, Carin, Catharina, Cecilie, Dorotea, Adina, Antonia, Elsa-Britt, Embla,
Erica, Benita, Frideborg, Gull, Gullan, Bettina, Hélène, Brita, Carola,
Jessika, Elinor, Lisa-Marie, Elna, Majlis, Mari-Ann, Marie-Louise, Marita, Mathilde,
Erna, Märit, Nathalia, Gerda, Noomi, Novalie, Oktavia, Helga, Hulda, Ina,
Lisbet, Margot, Sol, Mimmi, Petronella, Tea, Rosita, Sigbritt, Vivi, Wivi-Anne, Yrsa
"""
SV_MEN = """
Lars, Karl, Mikael, Anders, Johan, Per, Erik, Carl, Nils, Jan, Lennart, Peter, Olof, Hans,
Gunnar, Sven, Fredrik, Bengt, Daniel, Bo, Gustav, Alexander, Åke, Göran, Stefan, Magnus, Thomas,
Oskar, Christer, Andreas, Leif, Ulf, Mats, Axel, Rolf, Martin, Arne, Mattias, Henrik, Björn, Jonas,
Kjell, Stig, Tomas, Håkan, Marcus, Ingvar, Roger, Kent, Emil, David, Robert, Niklas, Patrik,
Sebastian, Viktor, Simon, Johannes, Kurt, Anton, Filip, Jakob, Joakim, Lucas, Elias, Oscar,
Rickard, Gustaf, Kristoffer, Wilhelm, Christian, Tommy, Dan, Jonathan, Adam, William, Hugo, Isak,
Jörgen, Ove, Rune, Hampus, Ludvig, Tobias, Albin, Robin, Benjamin, Claes, Jesper, Bertil, Arvid,
Emanuel, Gösta, Sten, Jimmy, Torbjörn, Kenneth, Liam, Noah, Elliot, Vincent, Theo, Leo, Melvin,
Alfred, Edvin, Viggo, Olle, Harald, Allan, Ingemar, Sture, Egon, Sixten, Valter, Einar, Ragnar,
Folke, Tage, Evert, Birger, Conny, Tony, Kim, Morgan, Ronny, Pontus, Gabriel, Samuel, Max, Felix,
Linus, Ivar, Malte, Otto, Melker, Frans, Josef, Rasmus, Love, Alvin, Adrian, Casper, Erling,
Harry, Torsten, Helge, Holger,
Ture, Yngve, Lage, Valdemar, Assar, Gert, Karl-Erik, Lars-Erik, Jan-Erik, Per-Olof, Karl-Johan,
Nils-Erik, Lars-Göran, Sven-Erik, Bengt-Åke, Jan-Olof, Hans-Erik, Carl-Johan, Per-Erik, Lars-Olof,
Mohammed, Ali, Ahmed, Mohammad, Hassan, Omar, Kennet, Thorsten, Arnold, Artur, Bernt, Bror, Dag,
Douglas, Edward, Eskil, Fabian, Georg, Gerhard, Greger, Gunder, Hilding, Hjalmar, Ingvald, Ivan,
Jarl, Jens, John, Jon, Julius, Kaj, Knut, Konrad, Krister, Lennarth, Leonard, Loke, Lukas, Mauritz,
Nils-Olof, Milton, Mårten, Natanael, Nicklas, Nicolas, Noel, Olav, Oliver, Orvar, Elis, Paul,
Percy, Povel, Rikard, Roland, Rudolf, Set, Sigurd, Sigvard, Staffan, Sune, Svante, Sölve, Teodor,
Thor, Tim, Tor, Tord, Torgny, Torvald, Ulrik, Uno, Vidar, Vilgot, Vilhelm, Walter, Verner, Åsmund,
Östen, Alve, Albert, Algot, Ambjörn, André, Anselm, Arvo, Aron, Arthur, Benny, Bjarne, Bill,
Carlos, Charlie, Cornelius, Dennis, Ebbe, Edgar, Edvard, Eddie, Elon, Elof, Emrik, Enar,
Ernst, Eugen, Gillis, Hilmer, Frank, Fritz, Gottfrid, Jöns, Halvar, Kasper,
Helmer, Henning, Herbert, Leopold, Ingolf, Isidor, Jacob, Manne, Joel, Joar, Josua, Kalle,
Kevin, Lars-Åke, Mio, Lorentz, Lowe, Magne, Marius, Mathias, Mats-Olof, Morris, Nore, Osvald,
Olivier, Ossian, Patric, Petter, Ragnvald, Reinhold, Roine, Samir, Seth, Sigge, Sivert, Stellan,
Ruben, Sten-Åke, Tryggve, Tuve, Valentin, Vilmer, Wiktor, Yusuf, Zacharias, Yngvar, Alexis, Alf, Amadeus, Ante,
Aksel, Brage, Dante, Edwin, Eli, Elmer, Enok, Esbjörn, Finn, Fritiof, Gideon, Gunvald, Hannes,
Ingmar, Isac, Julian, Jöran, Kenny, Kristofer, Levi, Leon, Lorens, Mattis, Nathan, Nicolai, Odd,
Olaus, Per-Anders, Philip, Pierre, Sonny, Sverker, Örjan, Bo-Göran, Jan-Åke, Lars-Gunnar,
Stig-Olof, Karl-Gustav, Per-Åke
"""
SV_SURNAMES = """
Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson, Gustafsson,
Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson, Magnusson,
Olofsson, Lindström, Lindqvist, Lindgren, Axelsson, Berg, Bergström, Lundberg, Lind, Lundgren,
Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Forsberg, Sjöberg, Wallin, Ali,
Engström, Mohammed, Eklund, Danielsson, Lundin, Håkansson, Björk, Bergman, Gunnarsson, Holm,
Wikström, Samuelsson, Isaksson, Fransson, Bergqvist, Nyström, Holmberg, Arvidsson, Löfgren,
Söderberg, Nyberg, Blomqvist, Claesson, Nordström, Mårtensson, Lundström, Ahmed, Viklund,
Björklund, Eliasson, Pålsson, Hassan, Berggren, Sandström, Lund, Nordin, Ström, Åberg, Hermansson,
Ekström, Holmgren, Sundberg, Hedlund, Dahlberg, Hellström, Sjögren, Abrahamsson, Falk, Öberg,
Andreasson, Blom, Ek, Månsson, Jonasson, Strand, Åström, Sundström, Söderström, Martinsson, Ekman,
Nordqvist, Lindholm, Holmqvist, Ivarsson, Mohamed, Dahl, Nyman, Jeppsson, Adolfsson, Lindblom,
Hedberg, Lindahl, Hedström, Sundqvist, Robertsson, Lindell, Kjellberg, Englund, Lilja, Ottosson,
Johnsson, Lindkvist, Berntsson, Ekberg, Åkesson, Sjöström, Boström, Wiklund, Rosén, Petersson,
Hussein, Omar, Forsman, Friberg, Ahlberg, Ibrahim, Borg, Jacobsson, Strömberg, Söderlund,
Lundholm, Sjödin, Wahlström, Nordlund, Eklöf, Malmberg, Sundin, Hedman, Palm,
Lindén, Edlund, Rask, Höglund, Vikström, Wennberg, Grahn, Alm, Augustsson, Bergkvist, Lindroth,
Fors, Granath, Holmström, Westerberg, Åkerlund, Dahlgren, Engman, Lindh, Sjölund, Bäckström,
Brännström, Hägglund, Norberg, Wallén, Nord, Ohlsson, Melin, Sjöstrand, Lindblad, Lundmark,
Hjalmarsson, Gustavsson, Kullberg, Ljungberg, Ljunggren, Palmqvist, Rydberg, Rydén, Rehn, Sahlin,
Sandin, Skoglund, Stenberg, Stenström, Stålberg, Svärd, Tell, Thunberg, Törnqvist, Unger, Wass,
Westin, Zetterberg, Zackrisson, Ågren, Åman, Öhman, Östlund, Östling, Nordgren, Norén, Nylander,
Nyqvist, Oscarsson, Pihl, Quist, Ramberg, Roos, Rudberg, Salomonsson, Stark, Strömgren, Sundelin,
Svanberg, Thelin, Thorén, Tidström, Tillberg, Torstensson, Ullman, Vallin, Wessman, Wester, Widén,
Wikberg, Åkerman, Öqvist, Lundell, Lundkvist, Lidén, Lindmark, Lindvall, Ljung, Lööf, Malm,
Marklund, Molin, Mörk, Nordberg, Nordén, Norling, Nyholm, Rönnqvist, Ohlin, Olausson, Olin,
Pettersén, Qvist, Rapp, Rolf, Rosenberg, Rosengren, Ryberg, Sandell, Schön, Segerström, Sellberg,
Sjöholm, Skog, Sparre, Stenlund, Strid, Sundell, Svedberg, Sved, Säll, Tegnér, Thorsson, Toll,
Törnblom, Uddén, Vesterlund, Wahlberg, Waller, Wallgren, Wiberg, Widell, Åhlén, Ålund, Öst,
Backlund, Bergh, Blomberg, Boman, Burman, Carlberg, Carlsson, Dahlin, Dalin, Edberg, Ekholm,
Elofsson, Emanuelsson, Enberg, Engdahl, Engberg, Falkenberg, Fagerström, Fogelberg, Frisk,
Gerdin, Granlund, Granström, Grönberg, Gröndahl, Hagberg, Hallberg, Hammar, Hedin, Hellberg,
Hellman, Holmén, Hultgren, Hägg, Högberg, Isberg, Jarl, Johannesson, Kallin, Karlberg, Kvist,
Lagerqvist, Larsén, Lejon, Lindeberg, Lindelöf, Lindgård, Löfström, Mellberg, Modig,
Nilsén, Norrman, Nykvist, Ohlén, Palmér, Sundvall, Ringström, Sahlberg, Skoglöf, Stenmark,
Swahn, Sörensen, Thorell, Tornberg, Vinberg, Wallström, Wedin, Wigren, Wirén, Åslund, Österberg,
von Platen, af Klercker, von Essen, De Geer, af Ugglas, von Sydow, Wachtmeister, Lewenhaupt,
Gyllenhaal, Leijonhufvud, Bonde, Bielke, Stiernstedt, Hamilton, Douglas
"""

# Hyphenated given names as Swedes carry them, commonest first (older generations most of all).
SV_COMPOUND_F = "Ann-Marie, Anna-Karin, Ann-Christin, Eva-Lena, Britt-Marie, Maj-Britt, Anna-Lena, Ann-Sofie, Lise-Lotte, Ann-Britt, Marie-Louise, Ann-Charlotte, Mari-Ann, Ulla-Britt, Eva-Karin, Anna-Maria, Inga-Lill, Karin-Marie, Rose-Marie, Lisa-Marie"
SV_COMPOUND_M = "Karl-Erik, Lars-Erik, Jan-Erik, Per-Olof, Karl-Johan, Carl-Johan, Nils-Erik, Lars-Göran, Sven-Erik, Bengt-Åke, Jan-Olof, Hans-Erik, Per-Erik, Lars-Olof, Lars-Åke, Per-Anders, Karl-Gustav, Sten-Åke, Per-Åke, Bo-Göran"

# The UK: the ONS rankings as the writer knows them (the names of the adults and children living
# there, older and newer generations together), 1/rank; head the top 130 given names, 150 surnames.
UK_WOMEN = """
Sarah, Emma, Elizabeth, Margaret, Susan, Helen, Claire, Laura, Rebecca, Jennifer, Nicola, Karen,
Emily, Jessica, Charlotte, Hannah, Lucy, Amy, Olivia, Sophie, Catherine, Julie, Victoria, Rachel,
Louise, Joanne, Lisa, Michelle, Jane, Angela, Deborah, Tracey, Samantha, Kelly, Gemma, Stephanie,
Natalie, Amanda, Alison, Caroline, Jacqueline, Patricia, Linda, Carol, Sandra, Janet, Christine,
Pauline, Gillian, Dawn, Wendy, Lynne, Maureen, Brenda, Joan, Barbara, Dorothy, Jean, Sheila,
Valerie, Pamela, Anne, Mary, Kathleen, Irene, Ann, Lauren, Chloe, Megan, Katie, Bethany, Georgia,
Abigail, Ellie, Holly, Amelia, Isla, Ava, Mia, Grace, Poppy, Ella, Lily, Evie, Isabella, Freya,
Sophia, Alice, Florence, Daisy, Ruby, Millie, Matilda, Phoebe, Evelyn, Rosie, Harriet, Eleanor,
Zoe, Jade, Danielle, Leanne, Kirsty, Hayley, Rachael, Kerry, Donna, Kathryn, Elaine, Diane, Judith,
Fiona, Heather, Joanna, Anna, Lydia, Imogen, Molly, Scarlett, Erin, Eva, Maisie, Summer, Esme,
Martha, Willow, Ivy, Sienna, Harper, Elsie, Rose, Beatrice, Edith,
Doreen, Shirley, Marion, Ruth, Rosemary, Marjorie, Hilary, Yvonne, Beverley, Lorraine, Denise,
Sharon, Tina, Andrea, Sally, Rosalind, Penelope, Fay, Gwen, Bronwen, Sian, Rhian, Cerys, Ffion,
Niamh, Siobhan, Aoife, Caitlin, Mhairi, Eilidh, Kirsteen, Morag, Shona, Ailsa, Iona, Catriona,
Priya, Aisha, Fatima, Zara, Maryam, Amira, Hafsa, Aaliyah, Tilly, Lottie, Darcie, Nancy, Bonnie,
Robyn, Jasmine, Naomi, Leah, Madison, Paige, Courtney, Shannon, Amber, Rhiannon, Kayleigh, Stacey,
Toni, Bernadette, Theresa, Geraldine, Mavis, Gladys, Violet, Hazel, Audrey, Vera, Sylvia, Norma,
Josephine, Frances, Judy, Cheryl, Mandy, Debbie, Jackie, Vicky, Becky, Georgina, Annabel, Camilla,
Henrietta, Arabella, Clementine, Felicity, Octavia, Verity, Wilhelmina, Peggy, Winifred
"""
UK_MEN = """
David, John, Paul, James, Michael, Andrew, Mark, Richard, Peter, Stephen, Robert, Christopher,
Thomas, Daniel, Matthew, Ian, Simon, William, Martin, Gary, Neil, Darren, Lee, Craig, Adam, Jamie,
Benjamin, Samuel, Luke, Ryan, Liam, Dean, Wayne, Stuart, Graham, Kevin, Brian, Keith, Alan,
Colin, Trevor, Nigel, Derek, Barry, Gordon, Malcolm, Roger, Kenneth, Raymond, Geoffrey, Philip,
Anthony, Terence, Dennis, Roy, Ronald, Norman, Frank, George, Harry, Jack, Oliver, Joshua, Jacob,
Charlie, Alfie, Oscar, Noah, Arthur, Leo, Muhammad, Henry, Freddie, Theo, Archie, Joseph, Edward,
Alexander, Isaac, Lucas, Finley, Max, Logan, Ethan, Teddy, Sebastian, Harrison, Dylan, Tyler,
Callum, Connor, Jordan, Lewis, Kieran, Nathan, Aaron, Ashley, Carl, Scott, Jason, Sean, Patrick,
Timothy, Jonathan, Nicholas, Gregory, Douglas, Duncan, Alistair, Hamish, Angus, Fraser, Euan,
Rhys, Gareth, Dafydd, Owain, Huw, Iwan, Ciaran, Declan, Conor, Niall, Eoin, Tommy, Bobby, Reggie,
Ronnie,
Stanley, Albert, Ernest, Harold, Frederick, Leonard, Walter, Cyril, Herbert, Clifford, Reginald,
Arnold, Bernard, Desmond, Gerald, Rodney, Clive, Howard, Russell, Vincent, Guy, Giles, Hugo, Rupert,
Jeremy, Julian, Tristan, Crispin, Piers, Toby, Jasper, Rory, Fergus, Callan, Ewan, Kyle, Brandon,
Reece, Jake, Joe, Ben, Sam, Tom, Rob, Ollie, Elliot, Louie, Mason, Jenson, Ronan, Arlo, Rowan,
Albie, Zachary, Hunter, Caleb, Ezra, Ibrahim, Yusuf, Omar, Ali, Hassan, Bilal, Hamza, Ravi,
Sanjay, Arjun, Rohan, Wesley, Dale, Glenn, Mervyn, Vernon, Lionel, Horace, Percy, Wilfred, Alfred,
Cecil, Dudley, Ralph, Ivor, Lloyd, Emlyn, Gwilym, Alun, Aled
"""
UK_SURNAMES = """
Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts, Robinson,
Thompson, Wright, Walker, White, Edwards, Hughes, Green, Hall, Lewis, Harris, Clarke, Patel,
Jackson, Wood, Turner, Martin, Cooper, Hill, Ward, Morris, Moore, Clark, Lee, King, Baker,
Harrison, Morgan, Allen, James, Scott, Phillips, Watson, Davis, Parker, Price, Bennett, Young,
Griffiths, Mitchell, Kelly, Cook, Carter, Richardson, Bailey, Collins, Bell, Shaw, Murphy, Miller,
Cox, Richards, Khan, Marshall, Anderson, Simpson, Ellis, Adams, Singh, Begum, Wilkinson, Foster,
Chapman, Powell, Webb, Rogers, Gray, Mason, Ali, Hunt, Hussain, Campbell, Matthews, Owen, Palmer,
Holmes, Mills, Barnes, Knight, Lloyd, Butler, Russell, Barker, Fisher, Stevens, Jenkins, Murray,
Dixon, Harvey, Graham, Pearson, Ahmed, Fletcher, Walsh, Kaur, Gibson, Howard, Andrews, Stewart,
Elliott, Reynolds, Saunders, Payne, Fox, Ford, Pearce, Day, Brooks, West, Lawrence, Cole,
Atkinson, Bradley, Spencer, Gill, Dawson, Ball, Burton, O'Brien, Watts, Rose, Booth, Perry, Ryan,
Grant, Wells, Armstrong, Francis, Rees, Hayes, Hart, Hudson, Newman, Barrett, Webster, Hunter,
Gregory, Carr,
Lowe, Page, Marsh, Riley, Dunn, Woods, Parsons, Berry, Stone, Reid, Holland, Hawkins, Harding,
Porter, Robertson, Newton, Oliver, Reed, Kennedy, Williamson, Bird, Gardner, Shah, Dean, Lane,
Cooke, Bates, Henderson, Parry, Burgess, Bishop, Walton, Burns, Nicholson, Shepherd, Ross, Cross,
Long, Freeman, Warren, Nicholls, Hamilton, Byrne, Sutton, McDonald, Yates, Hodgson, Robson, Curtis,
Hopkins, O'Connor, Harper, Coleman, Watkins, Moss, McCarthy, Chambers, O'Neill, Griffin, Sharp,
Hardy, Wheeler, Potter, Osborne, Johnston, Gordon, Doyle, Wallace, George, Jordan, Hutchinson,
Rowe, Burke, May, Pritchard, Gilbert, Willis, Higgins, Read, Miles, Stevenson, Stephenson,
Hammond, Arnold, Buckley, Walters, Hewitt, Barber, Nelson, Slater, Austin, Sullivan, Whitehead,
Mann, Frost, Lambert, Stephens, Blake, Akhtar, Lynch, Goodwin, Barton, Woodward, Thomson,
Cunningham, Quinn, Barnett, Baxter, Bibi, Clayton, Nash, Greenwood, Jennings, Holt, Kemp, Poole,
Gallagher, Bond, Stokes, Tucker, Davidson, Fowler, Heath, Norman, Middleton, Lawson, Banks, French,
Stanley, Jarvis, Gibbs, Ferguson, Hayward, Carroll, Douglas, Dickinson, Todd, Barlow, Peters,
Lucas, Knowles, Hartley, Miah, Simmons, Morton, Alexander, Field, Morrison, Norris, Townsend,
Preston, Hancock, Thornton, Baldwin, Burrows, Briggs, Storey, Pugh, MacLeod, MacKenzie, Fraser,
Sinclair, Munro, Hughes-Jones, Lloyd-Davies, Pryce, Vaughan, Bevan, Llewellyn
"""

# Origins common in Sweden: their commonest given names and surnames, 1/rank, head the top 10.
OTHER = {
    "finnish": (
        "Tuula, Pirjo, Marja, Ritva, Sirpa, Päivi, Riitta, Leena, Maija, Kaarina, Hannele, Eila, Aila, Raija, Sari, Tarja, Seija, Kirsi, Marjatta, Liisa, Terttu, Tuulikki, Sinikka, Arja, Satu, Minna, Aino, Helmi, Anneli, Outi",
        "Juha, Timo, Matti, Kari, Mikko, Jari, Antti, Jukka, Markku, Pekka, Hannu, Heikki, Seppo, Ari, Sami, Pentti, Esa, Raimo, Veikko, Mika, Tapio, Ilkka, Risto, Jorma, Erkki, Kalevi, Reijo, Petri, Tuomas, Janne",
        "Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen",
    ),
    "arabic": (  # Iraq, Syria, Lebanon and Palestine, with Assyrian/Syriac names
        "Fatima, Maryam, Zainab, Nour, Sara, Layla, Amal, Hiba, Rana, Huda, Rasha, Lina, Noor, Yasmin, Aisha, Mariam, Hala, Dalia, Rania, Sana, Samira, Nadia, Ninorta, Shamiram, Nahrin, Ninve, Mirna, Marta, Nadine",
        "Mohammad, Ahmad, Ali, Mustafa, Hassan, Hussein, Omar, Khaled, Youssef, Ibrahim, Abdullah, Mahmoud, Karim, Samir, Ammar, Haidar, Ziad, Bassam, Firas, Tariq, Rami, Nabil, Sargon, Ninos, Gabriel, Yacoub, Elias, Ashur, Aziz, Fadi",
        "Ali, Mohammed, Ahmed, Hassan, Hussein, Abdullah, Ibrahim, Khalil, Saleh, Jaber, Haddad, Al-Ali, Al-Khalil, Abbas, Aziz, Younes, Mansour, Nasser, Kassab, Saliba, Barsoum, Shamoun, Yakoub, Lahdo, Malke, Aho, Issa, Hanna, Al-Saadi, Al-Obaidi, Jabbar",
    ),
    "somali": (
        "Fadumo, Amina, Hodan, Sahra, Khadija, Asha, Ayan, Deeqa, Hibo, Nimco, Sagal, Faiza, Ifrah, Maryan, Ubah, Hawa, Safiya, Ilhan, Muna, Istahil",
        "Mohamed, Abdi, Ahmed, Abdirahman, Abdullahi, Hassan, Ali, Omar, Yusuf, Ismail, Abdikarim, Mahad, Liban, Farah, Hamza, Said, Osman, Mukhtar, Abdiaziz, Guled",
        "Mohamed, Ahmed, Ali, Hassan, Abdi, Warsame, Jama, Farah, Omar, Osman, Yusuf, Hussein, Nur, Ismail, Aden, Egal, Dirie, Hersi, Abdullahi, Mohamud, Elmi, Isse, Guleid, Samatar",
    ),
    "polish": (  # surnames as men carry them; feminine() gives a woman's -ska/-cka
        "Anna, Katarzyna, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Elżbieta, Magdalena, Joanna, Aleksandra, Monika, Zofia, Teresa, Danuta, Natalia, Karolina, Marta, Beata, Dorota, Justyna, Paulina, Iwona, Agata, Weronika",
        "Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Jan, Michał, Marcin, Jakub, Adam, Stanisław, Łukasz, Grzegorz, Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Rafał, Kamil, Maciej, Robert, Sebastian, Damian, Przemysław",
        "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Wojciechowski, Kwiatkowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Wróbel, Nowakowski, Majewski, Olszewski, Radecki, Zawadzki",
    ),
    "persian": (
        "Maryam, Fatemeh, Zahra, Narges, Shirin, Parisa, Leila, Mina, Nasrin, Azadeh, Roya, Sara, Neda, Ladan, Mahsa, Niloufar, Shabnam, Soraya, Forough, Elham, Setareh, Golnaz, Samaneh, Parvaneh, Mitra",
        "Mohammad, Ali, Reza, Hossein, Mehdi, Amir, Hamid, Saeed, Behzad, Dariush, Farhad, Kaveh, Babak, Arash, Omid, Majid, Javad, Hamed, Payam, Kourosh, Siamak, Bijan, Mehran, Navid, Afshin",
        "Mohammadi, Hosseini, Ahmadi, Rezaei, Moradi, Karimi, Jafari, Rahimi, Hashemi, Sadeghi, Mousavi, Ghorbani, Tehrani, Rostami, Azizi, Kazemi, Jalali, Amini, Soltani, Nazari, Bagheri, Akbari, Najafi, Shirazi, Farahani",
    ),
    "bcs": (  # Bosnian, Serbian and Croatian
        "Amra, Emina, Selma, Lejla, Amela, Azra, Jasmina, Mirela, Sanela, Edina, Aida, Alma, Maja, Ana, Jelena, Marija, Ivana, Snežana, Dragana, Vesna, Mirjana, Nada, Zorica, Sabina, Elma",
        "Amir, Adnan, Edin, Almir, Emir, Mirza, Senad, Jasmin, Nermin, Haris, Dragan, Zoran, Goran, Nenad, Milan, Ivan, Marko, Nikola, Stefan, Dejan, Damir, Mladen, Alen, Kenan, Muhamed",
        "Hodžić, Hadžić, Begić, Delić, Mehmedović, Kovačević, Petrović, Jovanović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Babić, Horvat, Kovačić, Knežević, Pavlović, Šarić, Omerović, Hasanović, Alić, Mujić, Husić, Salihović, Popović, Vuković, Jukić, Tomić, Perić",
    ),
    "turkish": (
        "Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Merve, Özlem, Esra, Büşra, Gül, Sevgi, Derya, Hülya, Leyla, Yasemin, Aylin, Ebru, Sibel, Melek, Songül, Dilek, Nurcan, Şükran, Gülşen",
        "Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Osman, Yusuf, Murat, Ömer, Ramazan, Halil, Süleyman, Abdullah, Mahmut, Recep, Emre, Burak, Serkan, Cem, Erdal, Kemal, Orhan",
        "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Korkmaz, Erdoğan, Güneş, Aktaş",
    ),
    "kurdish": (
        "Berivan, Rojda, Zilan, Nazdar, Shilan, Hevi, Avin, Dilan, Nasrin, Ronahi, Rojin, Gulistan, Newroz, Sozdar, Bahar, Shirin, Helin, Jiyan, Rezan, Kajal",
        "Azad, Baran, Rebin, Dilshad, Karwan, Rizgar, Shwan, Hawre, Kawa, Serwan, Zana, Botan, Diyar, Rojhat, Berzan, Aram, Hiwa, Sirwan, Ahmad, Dara",
        "Qadir, Rashid, Amin, Barzani, Zebari, Doski, Hawrami, Salih, Rasul, Faraj, Jalal, Khoshnaw, Karim, Bakr, Sharif, Mahmoud, Tahir, Sabri, Mustafa, Hamad",
    ),
    "eritrean": (  # the father's given name serves as the surname
        "Senait, Helen, Selam, Hiwet, Saba, Mebrat, Tsega, Rahel, Yordanos, Luwam, Semhar, Hanna, Tsehay, Almaz, Winta, Feven, Ruta, Abeba, Lemlem, Mehret",
        "Yonas, Daniel, Samuel, Tekle, Yohannes, Mehari, Filmon, Michael, Dawit, Habtom, Berhane, Kidane, Ermias, Biniam, Amanuel, Tesfalem, Goitom, Yemane, Robel, Haile",
        "Tesfay, Tekle, Berhe, Gebremedhin, Haile, Kidane, Ghebreyesus, Mehari, Tewelde, Woldemichael, Asmelash, Habte, Yohannes, Ghirmay, Negash, Andemariam, Weldu, Fisseha, Abraha, Kahsay",
    ),
    "afghan": (
        "Fatima, Zahra, Maryam, Masuma, Nilofar, Shabana, Mursal, Parwana, Khadija, Hakima, Zarmina, Soraya, Farzana, Mariam, Nazanin, Malalai, Roya, Frozan, Shakila, Mahbooba",
        "Mohammad, Ahmad, Ali, Hamid, Mustafa, Abdul, Reza, Nazir, Jawad, Sayed, Hussain, Farid, Wahid, Rahim, Karim, Ahmadullah, Shafiq, Hamidullah, Zabihullah, Naweed",
        "Ahmadi, Hussaini, Rahimi, Sultani, Mohammadi, Rezaie, Hakimi, Karimi, Haidari, Noori, Sadat, Amiri, Wardak, Popal, Nazari, Jafari, Stanikzai, Safi, Mohmand, Ghani",
    ),
    "thai": (
        "Siriporn, Malee, Pranee, Wanida, Sunisa, Kanya, Nattaya, Ratana, Pornthip, Duangjai, Suda, Kannika, Jintana, Orathai, Supaporn, Araya, Lamai, Nok, Ploy, Bua",
        "Somchai, Somsak, Prasert, Anan, Chaiya, Sombat, Wichai, Surachai, Thanawat, Kittisak, Nattapong, Sakchai, Boonmee, Pichit, Arthit, Somporn, Preecha, Winai",
        "Saetang, Srisuk, Wongsawat, Chaiyaphum, Rattanakul, Sukprasert, Kaewkham, Thongchai, Boonyarat, Phromma, Sirichai, Chanthara, Jaidee, Intharasuk, Suwannarat, Kongkaew, Sangthong, Phanthong, Wongsa, Buakaew",
    ),
    "latin": (  # Chile first, then Latin America; two surnames, father's then mother's
        "María, Carolina, Camila, Valentina, Daniela, Francisca, Javiera, Constanza, Paula, Fernanda, Catalina, Gabriela, Andrea, Claudia, Patricia, Verónica, Ximena, Lorena, Marcela, Paola, Natalia, Carmen, Rosa, Isabel",
        "Juan, José, Carlos, Luis, Jorge, Francisco, Diego, Sebastián, Matías, Felipe, Cristián, Rodrigo, Pablo, Andrés, Gonzalo, Claudio, Patricio, Alejandro, Manuel, Víctor, Nicolás, Tomás, Eduardo",
        "González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo, Tapia, Reyes, Gutiérrez, Castro, Vargas",
    ),
    "ukrainian": (
        "Olena, Oksana, Tetiana, Iryna, Natalia, Yulia, Svitlana, Kateryna, Olha, Anastasiia, Viktoriia, Mariia, Halyna, Liudmyla, Nadiia, Alina, Daria, Sofiia",
        "Oleksandr, Serhii, Andrii, Volodymyr, Dmytro, Oleh, Yurii, Mykola, Ivan, Vasyl, Maksym, Bohdan, Taras, Viktor, Ihor, Roman, Petro, Artem",
        "Melnyk, Shevchenko, Kovalenko, Bondarenko, Boiko, Tkachenko, Kravchenko, Kovalchuk, Koval, Oliinyk, Shevchuk, Polishchuk, Lysenko, Marchenko, Savchenko, Rudenko, Moroz, Petrenko, Klymenko, Pavlenko",
    ),
    "german": (
        "Ursula, Sabine, Petra, Monika, Claudia, Susanne, Andrea, Stefanie, Katrin, Julia, Anja, Nicole, Birgit, Heike, Karin, Martina, Gabriele, Christine, Lena, Laura",
        "Thomas, Michael, Andreas, Stefan, Klaus, Jürgen, Wolfgang, Peter, Uwe, Frank, Matthias, Markus, Jörg, Dieter, Tobias, Jan, Sven, Florian, Lukas, Maximilian",
        "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, Hofmann, Hartmann, Lange",
    ),
    "indian": (
        "Priya, Anjali, Pooja, Neha, Divya, Kavya, Sneha, Deepa, Lakshmi, Shreya, Aishwarya, Meera, Ananya, Swati, Nisha, Sunita, Rekha, Geeta, Asha, Radha",
        "Rahul, Amit, Rohit, Vikram, Arjun, Suresh, Rajesh, Anil, Sanjay, Vijay, Karthik, Aditya, Nikhil, Ravi, Ramesh, Sandeep, Manoj, Prakash, Siddharth, Vivek",
        "Sharma, Patel, Singh, Kumar, Gupta, Reddy, Iyer, Nair, Rao, Joshi, Mehta, Shah, Verma, Menon, Pillai, Krishnan, Agarwal, Desai, Chatterjee, Banerjee",
    ),
    "chinese": (
        "Mei, Jing, Yan, Ying, Hui, Li, Fang, Min, Xiu, Ling, Yue, Qian, Xiaoling, Xue, Lan",
        "Wei, Jun, Lei, Hao, Jian, Ming, Tao, Qiang, Yang, Bo, Chen, Feng, Gang, Long, Zhiwei",
        "Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, He, Lin, Gao, Luo",
    ),
}
US_WOMEN = (
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
    ("Alton", 0.033), ("Archie", 0.033), ("Marco", 0.033), ("Pete", 0.032), ("Randolph", 0.032),
    ("Garry", 0.032), ("Geoffrey", 0.032), ("Jonathon", 0.032), ("Felipe", 0.032),
    ("Bennie", 0.032), ("Gerardo", 0.032), ("Ed", 0.032), ("Dominic", 0.032), ("Robin", 0.032),
    ("Loren", 0.032), ("Delbert", 0.031), ("Colin", 0.031), ("Guillermo", 0.031),
    ("Earnest", 0.031), ("Lucas", 0.031), ("Benny", 0.03), ("Noel", 0.03), ("Spencer", 0.03),
    ("Rodolfo", 0.03), ("Myron", 0.03), ("Edmund", 0.03), ("Garrett", 0.029), ("Salvatore", 0.029),
    ("Cedric", 0.029), ("Lowell", 0.029), ("Gregg", 0.029), ("Sherman", 0.028), ("Wilson", 0.028),
    ("Devin", 0.028), ("Sylvester", 0.028), ("Kim", 0.028), ("Roosevelt", 0.028),
    ("Israel", 0.028), ("Jermaine", 0.028), ("Forrest", 0.027),
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
)  # fmt: skip


ORIGINS: dict[str, Origin] = {
    "swedish": Origin(ranked(SV_WOMEN, 150), ranked(SV_MEN, 150), ranked(SV_SURNAMES, 150)),
    "us": Origin(census(US_WOMEN, 150), census(US_MEN, 150), census(US_SURNAMES, 150)),
    "uk": Origin(ranked(UK_WOMEN, 130), ranked(UK_MEN, 130), ranked(UK_SURNAMES, 150)),
    **{
        key: Origin(ranked(f, 10), ranked(m, 10), ranked(s, 10)) for key, (f, m, s) in OTHER.items()
    },
}

COMPOUNDS = {True: ranked(SV_COMPOUND_F, 10), False: ranked(SV_COMPOUND_M, 10)}  # woman: pool

# Who is named, per language of the text: roughly Sweden's population in Swedish and mixed text
# (Swedish the largest share, then the origins most common among people born abroad), and the UK
# and the US in English text with visitors and people from Sweden among them.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "bcs": 2.5, "persian": 2.2,
        "somali": 2, "afghan": 1.5, "kurdish": 1.5, "turkish": 1.5, "eritrean": 1.2,
        "ukrainian": 1.2, "thai": 1, "latin": 1, "german": 1, "indian": 1, "uk": 0.8, "us": 0.6,
        "chinese": 0.6,
    },
    "en": {
        "us": 38, "uk": 36, "swedish": 9, "indian": 4, "arabic": 2, "polish": 2, "latin": 2,
        "german": 1.5, "chinese": 1.5, "finnish": 1, "persian": 1, "turkish": 1, "ukrainian": 1,
        "somali": 0.8, "thai": 0.8, "bcs": 0.8, "eritrean": 0.5, "afghan": 0.5, "kurdish": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 10, "us": 9, "arabic": 5, "finnish": 3, "polish": 3, "bcs": 2.5,
        "persian": 2.5, "indian": 2, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5, "afghan": 1.5,
        "ukrainian": 1.5, "german": 1.5, "eritrean": 1, "thai": 1, "latin": 1, "chinese": 1,
    },
}  # fmt: skip

_EN_NICK = {
    "Elizabeth": ("Liz", "Beth", "Lizzie"), "Jennifer": ("Jen", "Jenny"), "Catherine": ("Kate", "Cathy"),
    "Katherine": ("Kate", "Katie", "Kathy"), "Kathryn": ("Kate", "Katie"), "Margaret": ("Maggie", "Peggy", "Meg"),
    "Rebecca": ("Becky", "Becca"), "Samantha": ("Sam",), "Victoria": ("Vicky", "Tori"), "Alexandra": ("Alex", "Lexi"),
    "Jacqueline": ("Jackie",), "Deborah": ("Debbie", "Deb"), "Susan": ("Sue", "Susie"), "Patricia": ("Pat", "Trish", "Patty"),
    "Christine": ("Chris",), "Stephanie": ("Steph",), "Nicola": ("Nicky",), "Gillian": ("Gill",), "Pamela": ("Pam",),
    "Charlotte": ("Lottie", "Charlie"), "Isabella": ("Bella", "Izzy"), "Abigail": ("Abbie", "Abby"), "Natalie": ("Nat",),
    "Joanne": ("Jo",), "Josephine": ("Jo", "Josie"), "Eleanor": ("Ellie", "Nell"), "Florence": ("Flo",),
    "Judith": ("Judy",), "Barbara": ("Barb",), "Dorothy": ("Dot", "Dottie"), "Kimberly": ("Kim",),
    "Cynthia": ("Cindy",), "Amanda": ("Mandy",), "Melissa": ("Mel",), "Theresa": ("Terri", "Tess"),
    "William": ("Will", "Bill", "Billy"), "Robert": ("Rob", "Bob", "Bobby"), "Richard": ("Rich", "Rick", "Richie"),
    "James": ("Jim", "Jamie", "Jimmy"), "Michael": ("Mike", "Mick", "Mikey"), "Christopher": ("Chris",),
    "Thomas": ("Tom", "Tommy"), "Andrew": ("Andy", "Drew"), "Anthony": ("Tony", "Ant"), "Stephen": ("Steve",),
    "Steven": ("Steve",), "Matthew": ("Matt",), "Daniel": ("Dan", "Danny"), "David": ("Dave", "Davey"),
    "Edward": ("Ed", "Ted", "Eddie"), "Joseph": ("Joe", "Joey"), "Benjamin": ("Ben", "Benji"), "Samuel": ("Sam", "Sammy"),
    "Nicholas": ("Nick", "Nicky"), "Alexander": ("Alex", "Xander"), "Jonathan": ("Jon", "Jonny"), "Timothy": ("Tim",),
    "Peter": ("Pete",), "Philip": ("Phil",), "Phillip": ("Phil",), "Gregory": ("Greg",), "Kenneth": ("Ken", "Kenny"),
    "Raymond": ("Ray",), "Ronald": ("Ron", "Ronnie"), "Gerald": ("Gerry",), "Charles": ("Charlie", "Chuck"),
    "Patrick": ("Pat", "Paddy"), "Frederick": ("Fred", "Freddie"), "Henry": ("Harry", "Hank"), "Oliver": ("Ollie",),
    "Alfred": ("Alfie", "Alf"), "Jacob": ("Jake",), "Joshua": ("Josh",), "Zachary": ("Zach", "Zak"), "Nathan": ("Nate",),
    "Lawrence": ("Larry",), "Donald": ("Don", "Donnie"), "Douglas": ("Doug",), "Jeffrey": ("Jeff",), "Theodore": ("Teddy", "Theo"),
    "Terence": ("Terry",), "Leonard": ("Len", "Lenny"), "Reginald": ("Reg", "Reggie"), "Walter": ("Walt",),
    "Archibald": ("Archie",), "Cameron": ("Cam",),
}  # fmt: skip

# Short forms people are called by; a text that calls someone so uses them.
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": {
        "Lars": ("Lasse",), "Mikael": ("Micke",), "Joakim": ("Jocke",), "Karl": ("Kalle",), "Per": ("Pelle", "Perra"),
        "Carl": ("Calle",), "Magnus": ("Mange",), "Fredrik": ("Fredde",), "Thomas": ("Tompa",), "Tomas": ("Tompa",),
        "Kristoffer": ("Kricke",), "Robert": ("Robban",), "Patrik": ("Patte",), "Niklas": ("Nicke",), "Jan": ("Janne",),
        "Hans": ("Hasse",), "Bengt": ("Bengan",), "Gustav": ("Gurra", "Gusse"), "Gustaf": ("Gurra",), "Kenneth": ("Kenta",),
        "Ulf": ("Uffe",), "Stefan": ("Steffe",), "Sebastian": ("Sebbe",), "Alexander": ("Alex",), "Marcus": ("Mackan",),
        "Daniel": ("Danne",), "Peter": ("Peppe",), "Henrik": ("Henke",), "Leif": ("Leffe",), "Tobias": ("Tobbe",),
        "Jonas": ("Jonte",), "Mattias": ("Matte",), "William": ("Wille",), "Olof": ("Olle",), "Johannes": ("Hannes",),
        "Ludvig": ("Ludde",), "Kristian": ("Krille",), "Christian": ("Krille",), "Anders": ("Ante",), "Roger": ("Rogge",),
        "Göran": ("Gurra",), "Torbjörn": ("Tobbe",), "Håkan": ("Håkke",), "Andreas": ("Andy",), "Albin": ("Abbe",),
        "Charlotte": ("Lotta",), "Elisabeth": ("Lisa", "Bettan", "Lisen"), "Elisabet": ("Lisa", "Bettan"),
        "Katarina": ("Kattis", "Kajsa"), "Kristina": ("Kicki", "Stina"), "Christina": ("Kicki", "Tina"),
        "Susanne": ("Sussie", "Sanna"), "Margareta": ("Maggan", "Greta"), "Birgitta": ("Bittan", "Gittan"),
        "Josefin": ("Josse",), "Viktoria": ("Vickan",), "Madeleine": ("Madde",), "Jessica": ("Jessan",),
        "Caroline": ("Carro",), "Karolina": ("Carro",), "Helena": ("Lena",), "Magdalena": ("Magda", "Malla"),
        "Cecilia": ("Cissi",), "Alexandra": ("Alex", "Sandra"), "Camilla": ("Millan",), "Matilda": ("Tilda",),
        "Louise": ("Lollo",), "Barbro": ("Babsan",), "Gunilla": ("Nilla",), "Rebecka": ("Becka",), "Agneta": ("Agge",),
        "Ingrid": ("Ingis",), "Kerstin": ("Kersti",), "Emelie": ("Emmy",), "Annika": ("Anki",), "Ulrika": ("Ullis",),
    },
    "uk": _EN_NICK,
    "us": _EN_NICK,
}  # fmt: skip
