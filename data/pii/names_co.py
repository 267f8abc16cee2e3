# ruff: noqa: E501
"""Name pools for held-out CO (issue 15): names as the population has them, weighted by how often
people carry them. Written from general knowledge by a helper who tunes nothing: Swedish given
names and surnames in the order of SCB's name statistics (weight 1/rank, head the top 150, a tail
of rarer names past them); the US Census 1990 lists (public domain, copied from the `names`
package's `dist.female.first`, `dist.male.first` and `dist.all.last`, the census per cent as
weight, head 150); UK names in the order of the ONS rankings (1/rank); and the commonest names of
origins common in Sweden (1/rank, head 10). None was checked against rung's lexicons; none was
left out for being known or unknown. Stdlib only.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from a list's head with this probability, else its tail


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


def _words(text: str) -> list[str]:
    """Names written one after another, comma-separated; repeats after the first are dropped."""
    out: list[str] = []
    for word in text.replace("\n", " ").split(","):
        word = " ".join(word.split())
        if word and word not in out:
            out.append(word)
    return out


def ranked(text: str, head: int) -> Pool:
    """A list in rank order, weight 1/rank."""
    names = _words(text)
    return Pool(tuple(names), tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names)))


def census(rows: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A census list with its per cents as weights."""
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


def plain(word: str) -> str:
    """A name typed without its letters (`Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`)."""
    word = (
        word.replace("ł", "l")
        .replace("Ł", "L")
        .replace("ı", "i")
        .replace("đ", "dj")
        .replace("Đ", "Dj")
    )
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it (`Kowalski` -> `Kowalska`)."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# Swedish women's given names, SCB's order (all bearers), then rarer names past the top 150.
SV_F = ranked(
    """Maria, Elisabeth, Anna, Kristina, Margareta, Eva, Linnéa, Karin, Birgitta, Marie, Ingrid,
    Sara, Emma, Christina, Kerstin, Lena, Helena, Sofia, Johanna, Inger, Ulla, Marianne, Ida,
    Hanna, Louise, Malin, Julia, Katarina, Linda, Susanne, Elin, Carina, Monica, Annika, Viktoria,
    Elsa, Ingegerd, Anneli, Anette, Jenny, Gunilla, Ulrika, Camilla, Amanda, Barbro, Åsa, Gun,
    Ann, Alice, Siv, Matilda, Ebba, Britt, Agneta, Maja, Ellen, Cecilia, Therese, Frida, Klara,
    Caroline, Alexandra, Emelie, Jessica, Charlotte, Inga, Elisabet, Lisa, Astrid, Madeleine,
    Wilma, Sofie, Lovisa, Moa, Yvonne, Ewa, Charlotta, Josefin, Linn, Ann-Marie, Margit, Karolina,
    Gunnel, Marita, Ingela, Emilia, Maj, Irene, Sandra, Rebecka, Märta, Isabelle, Sanna, Gerd,
    Vera, Olivia, Erika, Evelina, Agnes, Lina, Elsie, Ella, Ingeborg, Helen, Pia, Petra, Jennie,
    Berit, Ylva, Mona, Nathalie, Anita, Lisbeth, Tove, Mikaela, Elvira, Alva, Saga, Stina, Ann-Christin,
    Gunborg, Gunvor, Solveig, Signe, Ester, Birgit, Ruth, Ingalill, Pernilla, Maj-Britt, Lillemor,
    Åsa-Lena, Jeanette, Ebba-Lotta, Mia, Annelie, Marléne, Lotta, Selma, Alma, Tilda, Felicia,
    Isabella, Ronja, Tyra, Hilda, Nora, Freja, Thea, Greta, Sigrid, Ingrid-Marie, Britt-Marie,
    Ann-Sofie, Anna-Karin, Eva-Lena, Kajsa, Hedvig, Majken, Gudrun, Svea, Edith, Dagny, Aina, Elly,
    Elna, Ethel, Maud, Iris, Viola, Rut, Doris, Gunhild, Sonja, Inez, Margaretha, Agnetha, Christin,
    Kristin, Therése, Jenni, Lena-Maria, Ann-Louise, Marie-Louise, Hélène, Josefine, Emelia,
    Jonna, Tindra, Meja, Liv, Juni, Nellie, Leia, Ines, Hilma, Ellie, Lykke, Molly, Ebbe, Elise,
    Tuva, Vilma, Stella, Minna, Fanny, Lova, Hedda, Juliana, Livia, Esther, Edla, Hulda, Ottilia,
    Beda, Tekla, Jenny-Ann, Lisen, Bodil, Ragnhild, Ingbritt, Gull-Britt, Karin-Lotta, Lillian,
    Yvette, Rigmor, Valborg, Hillevi, Torborg, Magdalena, Mathilda, Cornelia, Melissa, Rebecca,
    Natalie, Amelia, Emmy, Elina, Angelica, Veronica, Jannike, Mirja, Marika, Paula, Susann,
    Eleonor, Eleonora, Viveka, Harriet, Kristine, Märit, Cajsa, Madelene, Åse, Brita, Britta,
    Margret, Ingegärd, Kerstin-Maria, Maj-Lis, Ann-Britt, Ann-Charlotte, Anne, Anneli-Maria, Carin,
    Catarina, Kicki, Lisette, Louisa, Malva, Mira, Nova, Ebba-Sofia, Siri, Sally, Smilla, Svanhild,
    Torun, Ulla-Britt, Unni, Vanja, Yasmin, Zara, Åsa-Karin, Désirée, Henny, Irma, Kärstin, Lilly,
    Lydia, Märtha, Nanna, Ottilie, Pauline, Rakel, Sol, Stefanie, Ulrica, Vendela, Wivi, Zelma,
    Alfhild, Asta, Augusta, Charlott, Dorotea, Elvy, Erna, Fredrika, Gulli, Hjördis, Ingvor,
    Katrin, Laila, Linnea, Margot, Naemi, Olga, Rosa, Rosita, Sylvia, Teresia, Ulrica-Maria,
    Vivianne, Wiveka, Alicia, Ebony, Embla, Eira, Idun, Joline, Kerstin-Ann, Lea, Majvor, Ninni,
    Ottila, Petronella, Rosalie, Saga-Lill, Sonia, Tora, Ulva, Vega, Yrsa, Ylva-Li, Agda, Anja,
    Benita, Britta-Lena, Cristina, Ellinor, Evy, Gunnie, Inga-Lill, Kaisa, Lisbet, Maija, Mariana,
    Monika, Orvokki, Pirjo, Rita, Sirkka, Tuula, Tina, Veronika, Wendela""",
    150,
)
SV_M = ranked(
    """Lars, Karl, Erik, Anders, Johan, Per, Nils, Jan, Carl, Mikael, Lennart, Hans, Olof, Peter,
    Gunnar, Sven, Fredrik, Bengt, Bo, Daniel, Gustav, Åke, Göran, Alexander, Magnus, Martin,
    Stefan, Andreas, John, Leif, Mats, Ulf, Björn, Thomas, Axel, Bertil, Arne, Jonas, Håkan,
    Oskar, Kjell, Christer, Stig, Mattias, Tomas, Henrik, Robert, Emil, David, Ingemar, Rolf,
    Wilhelm, Niklas, Patrik, Kent, Roland, Simon, Viktor, Rune, Tommy, Gustaf, Marcus, Sebastian,
    Filip, Anton, Roger, Christian, Kurt, Joakim, Torbjörn, Hugo, Kenneth, Claes, Elias, Oscar,
    Ove, Adam, Johannes, Gösta, Rickard, Tobias, William, Lucas, Isak, Jakob, Christoffer, Leo,
    Vilhelm, Kristoffer, Ludvig, Rasmus, Dan, Linus, Jesper, Sten, Jörgen, Eric, Lars-Erik, Liam,
    Oliver, Benjamin, Johnny, Samuel, Noah, Albin, Edvin, Theo, Robin, Harald, Krister, Hampus,
    Arvid, Mohammad, Jimmy, Sixten, Elliot, Lukas, Josef, Pontus, Emanuel, Jonathan, Ivar, Otto,
    Melvin, Felix, Viggo, Kevin, Joel, Alf, Allan, Birger, Ingvar, Folke, Ragnar, Sune, Holger,
    Ronny, Ola, Ali, Valter, Ebbe, Hjalmar, Harry, Einar, Henry, Alvar, Conny, Evert, Gunnar-Olof,
    Karl-Erik, Per-Olof, Sven-Erik, Lars-Göran, Jan-Erik, Bengt-Göran, Nils-Erik, Carl-Johan,
    Karl-Johan, Hans-Åke, Per-Anders, Tage, Torsten, Yngve, Gottfrid, Algot, Sigvard, Knut, Östen,
    Egon, Assar, Ture, Elof, Helge, Uno, Verner, Börje, Sture, Gert, Kjell-Åke, Lage, Gillis,
    Lennarth, Staffan, Mauritz, Ruben, Hilding, Tord, Tore, Urban, Wiktor, Vincent, Vidar, Valdemar,
    Dennis, Mohamed, Ahmad, Omar, Hassan, Ibrahim, Ahmed, Adrian, Love, Loke, Colin, Milo, Malte,
    Matteo, Nicklas, Pelle, Ragnvald, Severin, Teodor, Tim, Truls, Ulrik, Vilgot, Wille, Alvin,
    August, Bruno, Casper, Charlie, Douglas, Eddie, Frank, Frans, Gabriel, Gideon, Herman, Idris,
    Jack, Jens, Kasper, Kim, Konrad, Lage-Olof, Lennie, Levi, Mio, Morgan, Måns, Nicolas, Olle,
    Orvar, Otis, Per-Erik, Rikard, Sam, Svante, Tage-Erik, Tor, Tristan, Ville, Wilmer, Yusuf,
    Abraham, Agne, Albert, Alfred, Anselm, Arnold, Artur, Bernt, Bror, Curt, Dag, Edgar, Edvard,
    Eilert, Emrik, Enok, Georg, Gerhard, Gerth, Gunder, Haldor, Halvar, Hannes, Helmer, Ingvald,
    Isidor, Jarl, Jerker, Jöns, Kalle, Kennet, Lave, Linné, Magne, Mons, Nore, Ossian, Otto-Erik,
    Paul, Pär, Ragge, Rudolf, Runar, Seth, Sigge, Sivert, Sonny, Sölve, Thor, Tyko, Vidkun, Wolmar,
    Åsmund, Abbe, Benny, Boris, Christopher, Danne, Elis, Esbjörn, Evald, Fabian, Fritz, Glenn,
    Greger, Harri, Heikki, Holger-Erik, Iwan, Jari, Juha, Kari, Leonard, Leopold, Mikko, Pekka,
    Reijo, Seppo, Timo, Tuomo, Vilho""",
    150,
)
SV_S = ranked(
    """Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson,
    Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson,
    Magnusson, Olofsson, Lindström, Lindqvist, Lindgren, Berg, Axelsson, Bergström, Lundberg,
    Lind, Lundgren, Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Forsberg,
    Sjöberg, Ali, Wallin, Mohammed, Engström, Eklund, Danielsson, Lundin, Håkansson, Björk,
    Bergman, Gunnarsson, Holm, Wikström, Samuelsson, Isaksson, Fransson, Bergqvist, Nyström,
    Holmberg, Arvidsson, Löfgren, Söderberg, Nyberg, Blomqvist, Claesson, Nordström, Ahmed,
    Mårtensson, Lundström, Hassan, Viklund, Björklund, Eliasson, Pålsson, Berggren, Sandström,
    Lund, Nordin, Ström, Åberg, Falk, Ekström, Hermansson, Holmgren, Hellström, Dahlberg, Hedlund,
    Sundberg, Sjögren, Ek, Blom, Abrahamsson, Martinsson, Öberg, Andreasson, Strömberg, Månsson,
    Hansen, Åkesson, Dahl, Lindholm, Norberg, Holmqvist, Jeppsson, Sundström, Mohamed, Ekman,
    Nordqvist, Lindblom, Forsman, Hedberg, Lindahl, Boström, Ibrahim, Omar, Strand, Engman,
    Söderström, Hussein, Åström, Malmberg, Lindh, Nyman, Lindén, Wahlström, Söderman,
    Holmström, Ekberg, Hägglund, Sundqvist, Nordlund, Lundmark, Bäckström, Sjöström, Abdi,
    Jacobsson, Östlund, Sjölund, Forslund, Skoglund, Dahlström, Stenberg, Hedström, Ekholm,
    Lindkvist, Jonasson, Westerberg, Nord, Edlund, Björkman, Hallberg, Kristiansson, Mohamud,
    Lundquist, Vikström, Carlsson, Petersson, Sundin, Falkenberg, Norén, Rosén, Ahlström,
    Wiklund, Ekelund, Borg, Öhman, Nyholm, Göransson, Sandelin, Granath, Ahlberg, Rydberg,
    Frisk, Kjellberg, Stenström, Hjalmarsson, Rask, Grahn, Åhman, Blomberg, Lilja, Mellberg,
    Granström, Thorén, Palm, Bergkvist, Broman, Hammar, Lagerqvist, Ågren, Sjödin, Nordgren,
    Wennberg, Adolfsson, Vesterlund, Ståhl, Svärd, Krantz, Aronsson, Rehn, Fält, Wahlberg,
    Sandgren, Lindell, Öhrn, Sahlin, Enqvist, Eckerström, Tornberg, Hultgren, Rosengren,
    Lindroth, Bäck, Dalin, Thunberg, Kvist, Lönn, Ring, Asp, Ljung, Alm, Hagström, Flodin,
    Löfström, Skog, Hallin, Rylander, Sund, Edström, Lindelöf, Fagerström, Tengvall, Ljungberg,
    Strömqvist, Wikman, Sjökvist, Bylund, Högberg, Sjölin, Hammarström, Hagberg, Lundh, Ferm,
    Widén, Modig, Rudberg, Åslund, Norling, Holmén, Säll, Lindmark, Ohlsson, Ahlqvist, Melin,
    Zetterberg, Bladh, Wallgren, Öst, Tegnér, Brännström, Nilsdotter, Marklund, Lidén, Stålberg,
    Grönlund, Forsell, Kronberg, Berglöf, Edvardsson, Ottosson, Sigvardsson, Torstensson,
    Ingvarsson, Rosell, Örn, Tidholm, Gran, Nygren, Hjort, Stål, Sandin, Burman, Ljungqvist,
    Gradin, Eng, Schön, Nyqvist, Linde, Thelin, Almqvist, Wärn, Bergdahl, Järvinen, Lindvall,
    Kallin, Hyltén, Eskilsson, Westin, Friberg, Sylvén, Roos, Sälgström, Hedin, Dahlgren,
    Stenlund, Lundahl, Lövgren, Sjöqvist, Hellqvist, von Platen, af Klercker, von Essen, De Geer,
    af Ugglas, von Sydow, Wachtmeister, Lewenhaupt, Gyllenhammar, Fjällström, Nordenskiöld,
    Tallqvist, Söderlund, Wendt, Kempe, Sporre, Gabrielsson, Isberg, Knutsson, Leander, Moberg,
    Nordahl, Pehrsson, Quist, Roth, Sörensen, Tuvesson, Unger, Vallin, Wester, Åkerlund, Ödman""",
    150,
)

# UK given names in the order of the ONS rankings across the generations, and surnames by rank.
UK_F = ranked(
    """Olivia, Amelia, Isla, Ava, Emily, Sophie, Grace, Mia, Poppy, Ella, Lily, Jessica, Evie,
    Sophia, Charlotte, Isabella, Chloe, Freya, Ruby, Daisy, Alice, Sarah, Emma, Laura, Rebecca,
    Hannah, Lauren, Amy, Katie, Rachel, Samantha, Nicola, Claire, Lisa, Michelle, Helen, Karen,
    Susan, Julie, Joanne, Louise, Kelly, Gemma, Victoria, Elizabeth, Margaret, Patricia, Jean,
    Mary, Joan, Dorothy, Doris, Irene, Betty, Eileen, Sheila, Pauline, Janet, Christine, Linda,
    Carol, Barbara, Brenda, Jacqueline, Deborah, Tracey, Amanda, Angela, Alison, Sharon, Kathleen,
    Maureen, Valerie, Sandra, Shirley, Gillian, Wendy, Lesley, Jennifer, Catherine, Anne, Elaine,
    Denise, Diane, Frances, Heather, Jane, Joyce, Marjorie, Edna, Hilda, Gladys, Vera, Ivy, Mabel,
    Elsie, Ethel, Florence, Lilian, Winifred, Evelyn, Phyllis, Audrey, Beryl, Sylvia, Rita,
    Hazel, Josephine, Lucy, Emma-Louise, Zoe, Natalie, Stacey, Leanne, Danielle, Jade, Charlotte-Rose,
    Megan, Holly, Abigail, Bethany, Eleanor, Georgia, Harriet, Imogen, Matilda, Phoebe, Rosie,
    Scarlett, Willow, Ivy-Rose, Florence-May, Maisie, Millie, Esme, Elsie-Mae, Aria, Layla, Evelyn-Grace,
    Edith, Nancy, Iris, Violet, Rose, Beatrice, Ada, Elodie, Jasmine, Molly, Niamh, Siobhan, Ffion,
    Cerys, Bronwen, Eilidh, Morag, Kirsty, Fiona, Mhairi, Shona, Ailsa, Rhiannon, Carys, Sian,
    Bridget, Maeve, Aoife, Roisin, Nuala, Philippa, Penelope, Rosemary, Marion, Muriel, Nora,
    Glenys, Gwen, Olwen, Mair, Dilys, Thelma, Pamela, Yvonne, Lorraine, Dawn, Julia, Caroline,
    Rosalind, Annette, Tina, Hayley, Kerry, Toni, Kayleigh, Shannon, Chantelle, Aimee, Bethan, Tegan""",
    130,
)
UK_M = ranked(
    """Oliver, George, Harry, Jack, Jacob, Noah, Charlie, Muhammad, Thomas, Oscar, William, James,
    Leo, Alfie, Henry, Joshua, Freddie, Archie, Ethan, Isaac, Alexander, Joseph, Edward, Samuel,
    Max, Daniel, Arthur, Lucas, Mohammed, David, John, Michael, Paul, Andrew, Mark, Richard,
    Robert, Peter, Stephen, Christopher, Ian, Gary, Steven, Anthony, Kevin, Simon, Martin,
    Matthew, Darren, Lee, Neil, Craig, Stuart, Colin, Graham, Keith, Brian, Alan, Derek, Roy,
    Kenneth, Ronald, Dennis, Frank, Albert, Harold, Stanley, Leonard, Walter, Ernest, Frederick,
    Norman, Raymond, Gordon, Donald, Douglas, Eric, Cyril, Reginald, Bernard, Geoffrey, Trevor,
    Terence, Barry, Malcolm, Nigel, Philip, Clive, Adrian, Jonathan, Timothy, Nicholas, Benjamin,
    Luke, Adam, Ryan, Liam, Jamie, Callum, Connor, Jordan, Kieran, Dylan, Nathan, Tyler, Reece,
    Owen, Rhys, Gareth, Dafydd, Huw, Iwan, Aled, Angus, Hamish, Fraser, Euan, Calum, Alasdair,
    Ross, Sean, Declan, Ciaran, Padraig, Eoin, Niall, Theo, Teddy, Reggie, Albie, Louie, Tommy,
    Finley, Rory, Elliot, Hugo, Toby, Sebastian, Felix, Jude, Ezra, Stanley-James, Harrison,
    Dominic, Gerald, Howard, Maurice, Percy, Wilfred, Victor, Bill, Ted, Sidney, Horace, Cecil,
    Herbert, Clifford, Dudley, Rodney, Lionel, Glyn, Gwyn, Emlyn, Idris, Dewi, Bryn, Alun,
    Duncan, Murray, Gregor, Struan, Lachlan, Ewan, Blair, Kyle, Dean, Wayne, Carl, Shaun, Jason,
    Jake, Bradley, Joel, Aaron, Ashley, Dale, Glen, Russell""",
    130,
)
UK_S = ranked(
    """Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts,
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
    Hayes, Hart, Hudson, Newman, Barrett, Webster, Hunter, Gregory, Carr, Lowe, Page, Marsh,
    Riley, Dunn, Woods, Parsons, Berry, Stone, Reid, Holland, Hawkins, Harding, Porter, Robertson,
    Newton, Oliver, Reed, Kennedy, Williamson, Bird, Gardner, Shah, Dean, Lane, Cooke, Bates,
    Henderson, Parry, Burgess, Bishop, Walton, Burns, Nicholson, Shepherd, Ross, Cross, Long,
    Freeman, Warren, Nicholls, Hamilton, Byrne, Sutton, McDonald, Yates, Hodgson, Robson, Curtis,
    Hopkins, O'Connor, Harper, Coleman, Watkins, Moss, McCarthy, Chambers, O'Neill, Griffin,
    Sharp, Hardy, Wheeler, Potter, Osborne, Johnston, Gordon, Doyle, Wallace, George, Jordan,
    Hutchinson, Rowe, Burke, May, Pritchard, Gilbert, Willis, Higgins, Read, Miles, Stevenson,
    Stephenson, Hammond, Arnold, Buckley, Walters, Hewitt, Barber, Nelson, Slater, Austin,
    Sullivan, Whitehead, Mann, Frost, Lambert, Stephens, Blake, Akhtar, Lynch, Goodwin, Barton,
    Woodward, Thomson, Cunningham, Quinn, Barnett, Baxter, Bibi, Clayton, Nash, Greenwood,
    Jennings, Holt, Kemp, Poole, Gallagher, Bond, Stokes, Tucker, Davidson, Fowler, Heath,
    Norman, Middleton, Lees, Banks, French, Jarvis, Rahman, Whittaker, Pugh, Llewellyn, Vaughan,
    Prosser, MacLeod, MacDonald, Fraser, Sinclair, Buchanan, McKenzie, Drummond, Cairns, Munro""",
    150,
)

# Origins common in Sweden (and, for English text, in British and American care work): their
# commonest given names and surnames, 1/rank, head 10.
FINNISH = Origin(
    ranked(
        "Anneli, Marjatta, Tuula, Pirjo, Päivi, Sirpa, Anja, Leena, Riitta, Eila, Hannele, Kaarina, Aino, Helmi, Sari, Tiina, Merja, Raija, Aila, Liisa, Seija, Terttu, Marja-Liisa, Irja, Maija",
        10,
    ),
    ranked(
        "Juhani, Matti, Timo, Kari, Pekka, Mikko, Jari, Antti, Heikki, Seppo, Markku, Jukka, Veikko, Tapio, Olavi, Esa, Pentti, Raimo, Erkki, Reijo, Risto, Tuomas, Ville, Eino, Arto",
        10,
    ),
    ranked(
        "Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen, Kallio, Hakala",
        10,
    ),
)
ARABIC = Origin(  # Iraq, Syria, Lebanon, Palestine; Assyrian/Syriac names in the tail
    ranked(
        "Fatima, Maryam, Zainab, Noor, Sara, Amira, Layla, Aisha, Rania, Hiba, Huda, Rasha, Dalia, Samira, Yasmin, Lina, Reem, Nour, Shirin, Nisreen, Souad, Hanan, Shamiram, Ninwa, Ramina, Nahrin, Atour, Sabiha, Rawan, Ghada",
        10,
    ),
    ranked(
        "Mohammad, Ahmad, Ali, Mohamed, Hassan, Hussein, Omar, Mustafa, Karim, Khaled, Youssef, Ibrahim, Abdullah, Jamal, Nabil, Samir, Ammar, Bilal, Tariq, Walid, Hamza, Ziad, Firas, Sargon, Ninos, Aram, Gabriel, Shamoun, Ashur, Elias",
        10,
    ),
    ranked(
        "Ali, Hassan, Hussein, Mohammed, Ahmed, Abbas, Khalil, Haddad, Saleh, Ibrahim, Jaber, Mansour, Al-Sayed, Hamdan, Darwish, Nasser, Aziz, Kassab, Yousef, Habib, Al-Obaidi, Al-Khatib, Shamoun, Barsoum, Saliba, Gabriel, Isaac, Yacoub, Hanna, Younan, Issa, Benyamin",
        10,
    ),
)
SOMALI = Origin(
    ranked(
        "Hodan, Amina, Fadumo, Sahra, Khadra, Hawa, Asha, Nimo, Ifrah, Halima, Ayan, Deqa, Sagal, Hibo, Ladan, Maryan, Ubah, Nasra, Idil, Ilhan, Warsan, Filsan",
        10,
    ),
    ranked(
        "Abdi, Mohamed, Ahmed, Abdullahi, Hassan, Ali, Omar, Ismail, Yusuf, Abdirahman, Mahad, Abdikarim, Liban, Farah, Hussein, Said, Jama, Nur, Guled, Bashir, Khalid, Mukhtar",
        10,
    ),
    ranked(
        "Mohamed, Abdi, Ahmed, Ali, Hassan, Abdullahi, Omar, Hussein, Ismail, Farah, Warsame, Jama, Osman, Aden, Nur, Yusuf, Elmi, Egal, Dahir, Hirsi, Duale, Samatar, Gedi, Mohamud",
        10,
    ),
)
POLISH = Origin(
    ranked(
        "Anna, Maria, Katarzyna, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Elżbieta, Magdalena, Joanna, Zofia, Monika, Teresa, Danuta, Aleksandra, Beata, Dorota, Jadwiga, Halina, Grażyna, Bożena, Wiesława, Urszula",
        10,
    ),
    ranked(
        "Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Jan, Michał, Marcin, Stanisław, Jakub, Adam, Łukasz, Marek, Grzegorz, Józef, Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Ryszard, Jerzy, Tadeusz, Bogdan",
        10,
    ),
    ranked(
        "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Kwiatkowski, Wojciechowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Nowicki, Majewski, Olszewski, Dudek, Stępień, Górecki, Malinowski, Sadowski",
        10,
    ),
)
PERSIAN = Origin(
    ranked(
        "Maryam, Fatemeh, Zahra, Shirin, Parisa, Leila, Nasrin, Mahnaz, Azadeh, Roya, Mina, Shahla, Farideh, Negar, Sima, Ladan, Golnaz, Mitra, Soheila, Niloufar, Yasaman, Tara",
        10,
    ),
    ranked(
        "Mohammad, Ali, Reza, Hossein, Mehdi, Hamid, Saeed, Amir, Majid, Behzad, Farhad, Babak, Dariush, Kourosh, Navid, Arash, Kaveh, Omid, Payam, Siamak, Mehran, Ramin",
        10,
    ),
    ranked(
        "Mohammadi, Hosseini, Ahmadi, Rezaei, Moradi, Karimi, Jafari, Rahimi, Hashemi, Ghorbani, Sadeghi, Mousavi, Heidari, Kazemi, Azizi, Rostami, Tehrani, Shirazi, Esfahani, Najafi, Bagheri, Alavi, Farahani, Soltani",
        10,
    ),
)
BCS = Origin(  # Bosnian, Serbian, Croatian
    ranked(
        "Amra, Emina, Jasmina, Selma, Lejla, Azra, Mirela, Ana, Marija, Snežana, Jelena, Dragana, Vesna, Milica, Ivana, Mirsada, Fatima, Sanela, Senada, Zlata, Nermina, Gordana",
        10,
    ),
    ranked(
        "Emir, Adnan, Amir, Haris, Edin, Mirza, Senad, Dragan, Zoran, Goran, Nenad, Milan, Ivan, Nikola, Marko, Stefan, Dejan, Samir, Nedžad, Mehmed, Željko, Damir",
        10,
    ),
    ranked(
        "Hodžić, Hadžić, Begić, Mehmedović, Delić, Kovačević, Hasanović, Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Babić, Marić, Horvat, Knežević, Šarić, Jukić, Pavlović, Popović, Mujić, Salihović",
        10,
    ),
)
TURKISH = Origin(
    ranked(
        "Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Meryem, Şerife, Zehra, Sultan, Hanife, Merve, Özlem, Esra, Derya, Gül, Yasemin, Sevim, Aynur, Songül",
        10,
    ),
    ranked(
        "Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Osman, Yusuf, Murat, Ömer, Ramazan, Halil, Süleyman, Abdullah, Mahmut, Recep, Emre, Burak",
        10,
    ),
    ranked(
        "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Korkmaz",
        10,
    ),
)
ERITREAN = Origin(  # the father's given name serves as surname
    ranked(
        "Helen, Senait, Selam, Mebrat, Tsega, Saba, Winta, Yordanos, Eden, Ruta, Hiwet, Lemlem, Meron, Semhar, Freweini, Tsehay, Abeba, Elsa, Kidane, Miriam",
        10,
    ),
    ranked(
        "Yonas, Dawit, Tesfay, Samuel, Mehari, Biniam, Tekle, Habte, Kibrom, Filmon, Yohannes, Berhane, Ghebre, Amanuel, Robel, Efrem, Merhawi, Isaias, Semere, Tedros",
        10,
    ),
    ranked(
        "Tesfay, Tekle, Ghebremedhin, Haile, Berhe, Kidane, Gebremariam, Woldu, Asmelash, Mehari, Tsegay, Habte, Yohannes, Andemariam, Kahsay, Negash, Abraha, Weldemichael, Ghirmay, Fessehaye",
        10,
    ),
)
AFGHAN = Origin(
    ranked(
        "Fatima, Maryam, Zahra, Nadia, Farzana, Shabnam, Mariam, Laila, Sima, Parwana, Hamida, Masuda, Zarghona, Nasima, Freshta, Gulalai, Roya, Hosai",
        10,
    ),
    ranked(
        "Mohammad, Ahmad, Ali, Abdul, Mustafa, Hamid, Ahmadullah, Naweed, Farid, Javad, Reza, Hussain, Sayed, Ehsan, Mahdi, Rahim, Jawad, Wahid, Sohrab, Qasim",
        10,
    ),
    ranked(
        "Ahmadi, Hussaini, Rahimi, Karimi, Mohammadi, Sultani, Hakimi, Noori, Azizi, Haidari, Amiri, Sadat, Popal, Wardak, Stanikzai, Safi, Rasuli, Jafari, Akbari, Ahmadzai",
        10,
    ),
)
THAI = Origin(
    ranked(
        "Somchai, Malee, Siriporn, Kanya, Nittaya, Pranee, Sunisa, Wanida, Ratana, Jintana, Araya, Duangjai, Kannika, Lamai, Orathai, Pornthip, Supaporn, Thanaporn, Waraporn, Yupin",
        10,
    ),
    ranked(
        "Somchai, Somsak, Prasert, Sombat, Wichai, Surachai, Anan, Chaiwat, Kittisak, Narong, Niran, Pichai, Sakda, Sompong, Thawatchai, Udom, Wirat, Yuthana",
        10,
    ),
    ranked(
        "Saetang, Srisuk, Wongsawat, Chaiyaporn, Rattanakorn, Suwannarat, Boonmee, Kaewkla, Phromma, Sukprasert, Thongdee, Jaidee, Chanthara, Intarasuk, Kongkaew, Saelee, Sombatsiri, Wongsuwan",
        10,
    ),
)
LATIN = Origin(  # Chilean and Latin American: two surnames most of the time
    ranked(
        "María, Carolina, Camila, Valentina, Francisca, Javiera, Catalina, Daniela, Claudia, Paula, Patricia, Verónica, Andrea, Marcela, Gabriela, Isabel, Fernanda, Ximena, Soledad, Lorena, Carmen, Rosa",
        10,
    ),
    ranked(
        "José, Juan, Luis, Carlos, Jorge, Francisco, Diego, Sebastián, Matías, Pablo, Cristián, Rodrigo, Felipe, Andrés, Manuel, Alejandro, Gonzalo, Héctor, Víctor, Ricardo, Patricio, Nicolás",
        10,
    ),
    ranked(
        "González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo, Ramírez, Reyes, Gutiérrez, Castro, Vargas, Álvarez, Vásquez, Tapia, Fernández",
        10,
    ),
)
KURDISH = Origin(
    ranked(
        "Berfin, Rojin, Zilan, Dilan, Nesrin, Gulistan, Hêvî, Jiyan, Avin, Shirin, Evin, Nazdar, Rojda, Berivan, Sozdar, Helin, Delal, Zozan",
        10,
    ),
    ranked(
        "Azad, Rebin, Dilshad, Karwan, Shvan, Serhat, Baran, Aras, Hawar, Rizgar, Kawa, Soran, Dara, Hemin, Bawar, Sirwan, Zana, Hejar",
        10,
    ),
    ranked(
        "Ahmed, Mahmoud, Barzani, Rashid, Qadir, Aziz, Karim, Hama, Abdulla, Mustafa, Saleh, Salih, Tahir, Osman, Faraj, Mirza, Sherwani, Baban, Jaf, Hawrami",
        10,
    ),
)
UKRAINIAN = Origin(
    ranked(
        "Olena, Natalia, Tetiana, Iryna, Svitlana, Oksana, Yulia, Kateryna, Anastasia, Halyna, Liudmyla, Maryna, Viktoria, Olha, Nadiia, Larysa, Valentyna, Daria",
        10,
    ),
    ranked(
        "Oleksandr, Serhii, Andrii, Volodymyr, Mykola, Dmytro, Oleksii, Vasyl, Yurii, Ivan, Viktor, Ihor, Petro, Taras, Bohdan, Roman, Maksym, Vitalii",
        10,
    ),
    ranked(
        "Melnyk, Shevchenko, Kovalenko, Bondarenko, Boiko, Tkachenko, Kravchenko, Kovalchuk, Koval, Oliinyk, Shevchuk, Polishchuk, Bondar, Tkachuk, Moroz, Marchenko, Lysenko, Rudenko, Savchenko, Petrenko",
        10,
    ),
)
ROMANIAN = Origin(
    ranked(
        "Maria, Elena, Ioana, Andreea, Mihaela, Alexandra, Gabriela, Ana, Cristina, Daniela, Florentina, Georgiana, Loredana, Ramona, Roxana, Simona, Violeta, Adriana",
        10,
    ),
    ranked(
        "Ion, Gheorghe, Constantin, Alexandru, Andrei, Mihai, Vasile, Florin, Adrian, Marian, Ionuț, Cristian, Bogdan, Daniel, Dumitru, Nicolae, Sorin, Ștefan",
        10,
    ),
    ranked(
        "Popa, Popescu, Pop, Radu, Dumitru, Stan, Stoica, Gheorghe, Matei, Ciobanu, Ionescu, Rusu, Munteanu, Constantin, Florea, Mihai, Lazăr, Moldovan, Dinu, Barbu",
        10,
    ),
)
INDIAN = Origin(
    ranked(
        "Priya, Anjali, Pooja, Sunita, Neha, Kavita, Deepika, Lakshmi, Meena, Asha, Divya, Shreya, Rekha, Nisha, Sanjana, Harpreet, Gurpreet, Manpreet, Jaspreet, Ritu",
        10,
    ),
    ranked(
        "Rahul, Amit, Rajesh, Sanjay, Vikram, Arjun, Anil, Suresh, Ravi, Deepak, Manoj, Vijay, Harjit, Gurdeep, Rohan, Aditya, Karan, Nikhil, Sunil, Ashok",
        10,
    ),
    ranked(
        "Patel, Singh, Kumar, Sharma, Shah, Gupta, Mistry, Kaur, Joshi, Desai, Mehta, Reddy, Nair, Iyer, Rao, Chopra, Malhotra, Sandhu, Gill, Dhillon, Bains, Parmar",
        10,
    ),
)
FILIPINO = Origin(
    ranked(
        "Maria, Rosalie, Marites, Jocelyn, Maricel, Rowena, Analyn, Lovely, Cherry, Jennifer, Mary Grace, Rhea, Joy, Marivic, Divina, Erlinda, Leonora, Girlie",
        10,
    ),
    ranked(
        "Jose, Juan, Mark, John Paul, Romeo, Rodel, Jomar, Reynaldo, Danilo, Ramil, Jerome, Arnel, Rolando, Noel, Ronaldo, Jun, Edwin, Elmer",
        10,
    ),
    ranked(
        "Santos, Reyes, Cruz, Bautista, Garcia, Mendoza, Del Rosario, Gonzales, Ramos, Aquino, Villanueva, Dela Cruz, Castillo, Pascual, Navarro, Manalo, Soriano, Domingo",
        10,
    ),
)
NIGERIAN = Origin(
    ranked(
        "Blessing, Chioma, Ngozi, Funmilayo, Adaeze, Folake, Yetunde, Nkechi, Amaka, Bukola, Oluwaseun, Temitope, Chinwe, Ifeoma, Precious, Grace, Kemi, Abimbola",
        10,
    ),
    ranked(
        "Chukwuemeka, Oluwaseun, Adebayo, Emeka, Tunde, Chinedu, Olumide, Babatunde, Ifeanyi, Uche, Segun, Femi, Kelechi, Obinna, Ayodele, Kayode, Gbenga, Nnamdi",
        10,
    ),
    ranked(
        "Okafor, Adeyemi, Okonkwo, Adebayo, Eze, Okoro, Ogunleye, Nwosu, Balogun, Olawale, Oyelaran, Chukwu, Obi, Afolabi, Ibrahim, Akinola, Onyekachi, Uzoma",
        10,
    ),
)

# US Census 1990 (public domain), copied from the `names` package's data files: name, per cent.
US_F_ROWS = (("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.98), ("Elizabeth", 0.937), ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794), ("Margaret", 0.768), ("Dorothy", 0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667), ("Betty", 0.666), ("Helen", 0.663), ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565), ("Ruth", 0.562), ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.51), ("Sarah", 0.508), ("Kimberly", 0.504), ("Deborah", 0.494), ("Jessica", 0.49), ("Shirley", 0.482), ("Cynthia", 0.469), ("Angela", 0.468), ("Melissa", 0.462), ("Brenda", 0.455), ("Amy", 0.451), ("Anna", 0.44), ("Rebecca", 0.43), ("Virginia", 0.43), ("Kathleen", 0.424), ("Pamela", 0.416), ("Martha", 0.412), ("Debra", 0.408), ("Amanda", 0.404), ("Stephanie", 0.4), ("Carolyn", 0.385), ("Christine", 0.382), ("Marie", 0.379), ("Janet", 0.379), ("Catherine", 0.373), ("Frances", 0.37), ("Ann", 0.364), ("Joyce", 0.364), ("Diane", 0.359), ("Alice", 0.357), ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336), ("Doris", 0.335), ("Gloria", 0.335), ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315), ("Mildred", 0.313), ("Katherine", 0.313), ("Joan", 0.306), ("Ashley", 0.303), ("Judith", 0.297), ("Rose", 0.296), ("Janice", 0.285), ("Kelly", 0.283), ("Nicole", 0.281), ("Judy", 0.276), ("Christina", 0.275), ("Kathy", 0.272), ("Theresa", 0.271), ("Beverly", 0.267), ("Denise", 0.264), ("Tammy", 0.259), ("Irene", 0.252), ("Jane", 0.25), ("Lori", 0.248), ("Rachel", 0.242), ("Marilyn", 0.241), ("Andrea", 0.236), ("Kathryn", 0.234), ("Louise", 0.229), ("Sara", 0.229), ("Anne", 0.228), ("Jacqueline", 0.228), ("Wanda", 0.226), ("Bonnie", 0.223), ("Julia", 0.223), ("Ruby", 0.221), ("Lois", 0.22), ("Tina", 0.22), ("Phyllis", 0.219), ("Norma", 0.218), ("Paula", 0.217), ("Diana", 0.216), ("Annie", 0.216), ("Lillian", 0.211), ("Emily", 0.208), ("Robin", 0.208), ("Peggy", 0.208), ("Crystal", 0.207), ("Gladys", 0.205), ("Rita", 0.204), ("Dawn", 0.202), ("Connie", 0.2), ("Florence", 0.2), ("Tracy", 0.197), ("Edna", 0.197), ("Tiffany", 0.195), ("Carmen", 0.195), ("Rosa", 0.194), ("Cindy", 0.192), ("Grace", 0.189), ("Wendy", 0.185), ("Victoria", 0.18), ("Edith", 0.179), ("Kim", 0.178), ("Sherry", 0.178), ("Sylvia", 0.177), ("Josephine", 0.177), ("Thelma", 0.175), ("Shannon", 0.175), ("Sheila", 0.175), ("Ethel", 0.174), ("Ellen", 0.173), ("Elaine", 0.173), ("Marjorie", 0.173), ("Carrie", 0.171), ("Charlotte", 0.169), ("Monica", 0.166), ("Esther", 0.166), ("Pauline", 0.165), ("Emma", 0.165), ("Juanita", 0.164), ("Anita", 0.162), ("Rhonda", 0.162), ("Hazel", 0.161), ("Amber", 0.16), ("Eva", 0.159), ("Debbie", 0.157), ("April", 0.154), ("Leslie", 0.154), ("Clara", 0.153), ("Lucille", 0.153), ("Jamie", 0.153), ("Joanne", 0.15), ("Eleanor", 0.15), ("Valerie", 0.149), ("Danielle", 0.149), ("Megan", 0.147), ("Alicia", 0.146), ("Suzanne", 0.145), ("Michele", 0.145), ("Gail", 0.145), ("Bertha", 0.143), ("Darlene", 0.142), ("Veronica", 0.142), ("Jill", 0.142), ("Erin", 0.141), ("Geraldine", 0.141), ("Lauren", 0.137), ("Cathy", 0.137), ("Joann", 0.136), ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135), ("Regina", 0.133), ("Erica", 0.13), ("Beatrice", 0.13), ("Dolores", 0.129), ("Bernice", 0.128), ("Audrey", 0.127), ("Yvonne", 0.126), ("Annette", 0.125), ("June", 0.125), ("Samantha", 0.124), ("Marion", 0.122), ("Dana", 0.122), ("Stacy", 0.121), ("Ana", 0.12), ("Renee", 0.12), ("Ida", 0.118), ("Vivian", 0.118), ("Roberta", 0.117), ("Holly", 0.117), ("Brittany", 0.117), ("Melanie", 0.116), ("Loretta", 0.115), ("Yolanda", 0.115), ("Jeanette", 0.115), ("Laurie", 0.114), ("Katie", 0.113), ("Kristen", 0.111), ("Vanessa", 0.111), ("Alma", 0.111), ("Sue", 0.111), ("Elsie", 0.11), ("Beth", 0.11), ("Jeanne", 0.109), ("Vicki", 0.109), ("Carla", 0.107), ("Tara", 0.107), ("Rosemary", 0.107), ("Eileen", 0.105), ("Terri", 0.105), ("Gertrude", 0.103), ("Lucy", 0.103), ("Tonya", 0.102), ("Ella", 0.101), ("Stacey", 0.101), ("Wilma", 0.099), ("Gina", 0.099), ("Kristin", 0.099), ("Jessie", 0.098), ("Natalie", 0.098), ("Agnes", 0.098), ("Vera", 0.098), ("Willie", 0.097), ("Charlene", 0.097), ("Bessie", 0.096), ("Delores", 0.095), ("Melinda", 0.094), ("Pearl", 0.094), ("Arlene", 0.094), ("Maureen", 0.092), ("Colleen", 0.092), ("Allison", 0.092), ("Tamara", 0.092), ("Joy", 0.091), ("Georgia", 0.091), ("Constance", 0.091), ("Lillie", 0.09), ("Claudia", 0.09), ("Jackie", 0.09), ("Marcia", 0.09), ("Tanya", 0.089), ("Nellie", 0.089), ("Minnie", 0.089), ("Marlene", 0.088), ("Heidi", 0.088), ("Glenda", 0.088), ("Lydia", 0.086), ("Viola", 0.086), ("Courtney", 0.086), ("Marian", 0.086), ("Stella", 0.085), ("Caroline", 0.085), ("Dora", 0.084), ("Jo", 0.083), ("Vickie", 0.082), ("Mattie", 0.081), ("Terry", 0.08), ("Maxine", 0.079), ("Irma", 0.079), ("Mabel", 0.078), ("Marsha", 0.078), ("Myrtle", 0.078), ("Lena", 0.077), ("Christy", 0.077), ("Deanna", 0.076), ("Patsy", 0.076), ("Hilda", 0.075), ("Gwendolyn", 0.074), ("Jennie", 0.073), ("Nora", 0.073), ("Margie", 0.072), ("Nina", 0.072), ("Cassandra", 0.072), ("Leah", 0.072), ("Penny", 0.071), ("Kay", 0.071), ("Priscilla", 0.071), ("Naomi", 0.071), ("Carole", 0.071), ("Brandy", 0.07), ("Olga", 0.07), ("Billie", 0.069), ("Dianne", 0.069), ("Tracey", 0.069), ("Leona", 0.069), ("Jenny", 0.068), ("Felicia", 0.068), ("Sonia", 0.068), ("Miriam", 0.066), ("Velma", 0.066), ("Becky", 0.066), ("Bobbie", 0.065), ("Violet", 0.065), ("Kristina", 0.065), ("Toni", 0.064), ("Misty", 0.063), ("Mae", 0.063), ("Shelly", 0.062), ("Daisy", 0.062), ("Ramona", 0.062), ("Sherri", 0.062), ("Erika", 0.061), ("Katrina", 0.061), ("Claire", 0.061), ("Lindsey", 0.06), ("Lindsay", 0.06), ("Geneva", 0.059), ("Guadalupe", 0.059), ("Belinda", 0.059), ("Margarita", 0.059), ("Sheryl", 0.059), ("Cora", 0.058), ("Faye", 0.058), ("Ada", 0.057), ("Natasha", 0.057), ("Sabrina", 0.057), ("Isabel", 0.057), ("Marguerite", 0.056), ("Hattie", 0.056), ("Harriet", 0.056), ("Molly", 0.055), ("Cecilia", 0.055), ("Kristi", 0.055), ("Brandi", 0.055), ("Blanche", 0.055), ("Sandy", 0.055), ("Rosie", 0.055), ("Joanna", 0.055), ("Iris", 0.055), ("Eunice", 0.054), ("Angie", 0.054), ("Inez", 0.053), ("Lynda", 0.053), ("Madeline", 0.052), ("Amelia", 0.052), ("Alberta", 0.052), ("Genevieve", 0.051), ("Monique", 0.051), ("Jodi", 0.051), ("Janie", 0.051), ("Maggie", 0.051), ("Kayla", 0.051), ("Sonya", 0.051), ("Jan", 0.051), ("Lee", 0.051), ("Kristine", 0.051), ("Candace", 0.051), ("Fannie", 0.05), ("Maryann", 0.05), ("Opal", 0.05), ("Alison", 0.05), ("Yvette", 0.05), ("Melody", 0.05), ("Luz", 0.049), ("Susie", 0.049), ("Olivia", 0.049), ("Flora", 0.049), ("Shelley", 0.049), ("Kristy", 0.048), ("Mamie", 0.048), ("Lula", 0.048), ("Lola", 0.048), ("Verna", 0.048), ("Beulah", 0.048), ("Antoinette", 0.048), ("Candice", 0.046), ("Juana", 0.046), ("Jeannette", 0.046), ("Pam", 0.046), ("Kelli", 0.046), ("Hannah", 0.045), ("Whitney", 0.045), ("Bridget", 0.045), ("Karla", 0.044), ("Celia", 0.044), ("Latoya", 0.043), ("Patty", 0.043), ("Shelia", 0.043), ("Gayle", 0.043), ("Della", 0.043), ("Vicky", 0.043), ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042),)  # fmt: skip
US_M_ROWS = (("James", 3.318), ("John", 3.271), ("Robert", 3.143), ("Michael", 2.629), ("William", 2.451), ("David", 2.363), ("Richard", 1.703), ("Charles", 1.523), ("Joseph", 1.404), ("Thomas", 1.38), ("Christopher", 1.035), ("Daniel", 0.974), ("Paul", 0.948), ("Mark", 0.938), ("Donald", 0.931), ("George", 0.927), ("Kenneth", 0.826), ("Steven", 0.78), ("Edward", 0.779), ("Brian", 0.736), ("Ronald", 0.725), ("Anthony", 0.721), ("Kevin", 0.671), ("Jason", 0.66), ("Matthew", 0.657), ("Gary", 0.65), ("Timothy", 0.64), ("Jose", 0.613), ("Larry", 0.598), ("Jeffrey", 0.591), ("Frank", 0.581), ("Scott", 0.546), ("Eric", 0.544), ("Stephen", 0.54), ("Andrew", 0.537), ("Raymond", 0.488), ("Gregory", 0.441), ("Joshua", 0.435), ("Jerry", 0.432), ("Dennis", 0.415), ("Walter", 0.399), ("Patrick", 0.389), ("Peter", 0.381), ("Harold", 0.371), ("Douglas", 0.367), ("Henry", 0.365), ("Carl", 0.346), ("Arthur", 0.335), ("Ryan", 0.328), ("Roger", 0.322), ("Joe", 0.321), ("Juan", 0.316), ("Jack", 0.315), ("Albert", 0.314), ("Jonathan", 0.313), ("Justin", 0.311), ("Terry", 0.311), ("Gerald", 0.309), ("Keith", 0.308), ("Samuel", 0.306), ("Willie", 0.302), ("Ralph", 0.282), ("Lawrence", 0.282), ("Nicholas", 0.275), ("Roy", 0.273), ("Benjamin", 0.27), ("Bruce", 0.263), ("Brandon", 0.26), ("Adam", 0.259), ("Harry", 0.251), ("Fred", 0.251), ("Wayne", 0.249), ("Billy", 0.248), ("Steve", 0.246), ("Louis", 0.243), ("Jeremy", 0.242), ("Aaron", 0.24), ("Randy", 0.232), ("Howard", 0.23), ("Eugene", 0.23), ("Carlos", 0.229), ("Russell", 0.224), ("Bobby", 0.223), ("Victor", 0.222), ("Martin", 0.216), ("Ernest", 0.215), ("Phillip", 0.213), ("Todd", 0.213), ("Jesse", 0.209), ("Craig", 0.206), ("Alan", 0.204), ("Shawn", 0.2), ("Clarence", 0.197), ("Sean", 0.197), ("Philip", 0.197), ("Chris", 0.197), ("Johnny", 0.195), ("Earl", 0.193), ("Jimmy", 0.191), ("Antonio", 0.19), ("Danny", 0.19), ("Bryan", 0.19), ("Tony", 0.19), ("Luis", 0.189), ("Mike", 0.189), ("Stanley", 0.186), ("Leonard", 0.186), ("Nathan", 0.185), ("Dale", 0.184), ("Manuel", 0.181), ("Rodney", 0.18), ("Curtis", 0.18), ("Norman", 0.177), ("Allen", 0.174), ("Marvin", 0.171), ("Vincent", 0.168), ("Glenn", 0.167), ("Jeffery", 0.166), ("Travis", 0.166), ("Jeff", 0.166), ("Chad", 0.165), ("Jacob", 0.165), ("Lee", 0.162), ("Melvin", 0.162), ("Alfred", 0.162), ("Kyle", 0.16), ("Francis", 0.16), ("Bradley", 0.159), ("Jesus", 0.155), ("Herbert", 0.155), ("Frederick", 0.154), ("Ray", 0.153), ("Joel", 0.152), ("Edwin", 0.148), ("Don", 0.145), ("Eddie", 0.144), ("Ricky", 0.141), ("Troy", 0.138), ("Randall", 0.138), ("Barry", 0.134), ("Alexander", 0.132), ("Bernard", 0.127), ("Mario", 0.125), ("Leroy", 0.125), ("Francisco", 0.124), ("Marcus", 0.124), ("Micheal", 0.123), ("Theodore", 0.123), ("Clifford", 0.123), ("Miguel", 0.122), ("Oscar", 0.122), ("Jay", 0.118), ("Jim", 0.118), ("Tom", 0.117), ("Calvin", 0.115), ("Alex", 0.115), ("Jon", 0.115), ("Ronnie", 0.113), ("Bill", 0.112), ("Lloyd", 0.112), ("Tommy", 0.112), ("Leon", 0.112), ("Derek", 0.112), ("Warren", 0.11), ("Darrell", 0.108), ("Jerome", 0.108), ("Floyd", 0.107), ("Leo", 0.106), ("Alvin", 0.105), ("Tim", 0.104), ("Wesley", 0.104), ("Gordon", 0.104), ("Dean", 0.104), ("Greg", 0.104), ("Jorge", 0.104), ("Dustin", 0.103), ("Pedro", 0.103), ("Derrick", 0.103), ("Dan", 0.101), ("Lewis", 0.099), ("Zachary", 0.099), ("Corey", 0.098), ("Herman", 0.097), ("Maurice", 0.097), ("Vernon", 0.097), ("Roberto", 0.097), ("Clyde", 0.095), ("Glen", 0.094), ("Hector", 0.094), ("Shane", 0.093), ("Ricardo", 0.093), ("Sam", 0.092), ("Rick", 0.091), ("Lester", 0.091), ("Brent", 0.09), ("Ramon", 0.09), ("Charlie", 0.09), ("Tyler", 0.089), ("Gilbert", 0.089), ("Gene", 0.087), ("Marc", 0.087), ("Reginald", 0.084), ("Ruben", 0.082), ("Brett", 0.082), ("Angel", 0.082), ("Nathaniel", 0.081), ("Rafael", 0.081), ("Leslie", 0.081), ("Edgar", 0.08), ("Milton", 0.08), ("Raul", 0.079), ("Ben", 0.078), ("Chester", 0.078), ("Cecil", 0.078), ("Duane", 0.077), ("Franklin", 0.077), ("Andre", 0.076), ("Elmer", 0.074), ("Brad", 0.073), ("Gabriel", 0.073), ("Ron", 0.072), ("Mitchell", 0.072), ("Roland", 0.072), ("Arnold", 0.072), ("Harvey", 0.072), ("Jared", 0.071), ("Adrian", 0.069), ("Karl", 0.069), ("Cory", 0.068), ("Claude", 0.068), ("Erik", 0.068), ("Darryl", 0.067), ("Jamie", 0.066), ("Neil", 0.066), ("Jessie", 0.065), ("Christian", 0.065), ("Javier", 0.065), ("Fernando", 0.065), ("Clinton", 0.065), ("Ted", 0.064), ("Mathew", 0.064), ("Tyrone", 0.064), ("Darren", 0.064), ("Lonnie", 0.064), ("Lance", 0.063), ("Cody", 0.063), ("Julio", 0.063), ("Kelly", 0.063), ("Kurt", 0.062), ("Allan", 0.061), ("Nelson", 0.061), ("Guy", 0.06), ("Clayton", 0.06), ("Hugh", 0.06), ("Max", 0.059), ("Dwayne", 0.059), ("Dwight", 0.058), ("Armando", 0.058), ("Felix", 0.058), ("Jimmie", 0.058), ("Everett", 0.057), ("Jordan", 0.056), ("Ian", 0.056), ("Wallace", 0.056), ("Ken", 0.055), ("Bob", 0.055), ("Jaime", 0.055), ("Casey", 0.054), ("Alfredo", 0.054), ("Alberto", 0.053), ("Dave", 0.053), ("Ivan", 0.053), ("Johnnie", 0.052), ("Sidney", 0.052), ("Byron", 0.052), ("Julian", 0.052), ("Isaac", 0.051), ("Morris", 0.051), ("Clifton", 0.05), ("Willard", 0.05), ("Daryl", 0.05), ("Ross", 0.05), ("Virgil", 0.049), ("Andy", 0.049), ("Marshall", 0.049), ("Salvador", 0.049), ("Perry", 0.049), ("Kirk", 0.049), ("Sergio", 0.049), ("Marion", 0.048), ("Tracy", 0.048), ("Seth", 0.048), ("Kent", 0.048), ("Terrance", 0.048), ("Rene", 0.048), ("Eduardo", 0.047), ("Terrence", 0.047), ("Enrique", 0.046), ("Freddie", 0.046), ("Wade", 0.045), ("Austin", 0.044), ("Stuart", 0.044), ("Fredrick", 0.043), ("Arturo", 0.043), ("Alejandro", 0.043), ("Jackie", 0.043), ("Joey", 0.043), ("Nick", 0.043), ("Luther", 0.043), ("Wendell", 0.042), ("Jeremiah", 0.042), ("Evan", 0.042), ("Julius", 0.042), ("Dana", 0.042), ("Donnie", 0.041), ("Otis", 0.041), ("Shannon", 0.04), ("Trevor", 0.04), ("Oliver", 0.04), ("Luke", 0.04), ("Homer", 0.04), ("Gerard", 0.04), ("Doug", 0.04), ("Kenny", 0.039), ("Hubert", 0.039), ("Angelo", 0.039), ("Shaun", 0.039), ("Lyle", 0.038), ("Matt", 0.038), ("Lynn", 0.038), ("Alfonso", 0.038), ("Orlando", 0.037), ("Rex", 0.037), ("Carlton", 0.037), ("Ernesto", 0.037), ("Cameron", 0.037), ("Neal", 0.037), ("Pablo", 0.036), ("Lorenzo", 0.036), ("Omar", 0.036), ("Wilbur", 0.036), ("Blake", 0.036), ("Grant", 0.036), ("Horace", 0.036), ("Roderick", 0.036), ("Kerry", 0.036), ("Abraham", 0.035), ("Willis", 0.035), ("Rickey", 0.035), ("Jean", 0.035), ("Ira", 0.035), ("Andres", 0.034), ("Cesar", 0.034), ("Johnathan", 0.034), ("Malcolm", 0.034), ("Rudolph", 0.034), ("Damon", 0.034), ("Kelvin", 0.034), ("Rudy", 0.034), ("Preston", 0.034), ("Alton", 0.033), ("Archie", 0.033), ("Marco", 0.033), ("Wm", 0.033), ("Pete", 0.032), ("Randolph", 0.032), ("Garry", 0.032), ("Geoffrey", 0.032), ("Jonathon", 0.032), ("Felipe", 0.032), ("Bennie", 0.032), ("Gerardo", 0.032), ("Ed", 0.032), ("Dominic", 0.032), ("Robin", 0.032), ("Loren", 0.032), ("Delbert", 0.031), ("Colin", 0.031), ("Guillermo", 0.031), ("Earnest", 0.031),)  # fmt: skip
US_S_ROWS = (("Smith", 1.006), ("Johnson", 0.81), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621), ("Davis", 0.48), ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor", 0.311), ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.31), ("White", 0.279), ("Harris", 0.275), ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254), ("Martinez", 0.234), ("Robinson", 0.233), ("Clark", 0.231), ("Rodriguez", 0.229), ("Lewis", 0.226), ("Lee", 0.22), ("Walker", 0.219), ("Hall", 0.2), ("Allen", 0.199), ("Young", 0.193), ("Hernandez", 0.192), ("King", 0.19), ("Wright", 0.189), ("Lopez", 0.187), ("Hill", 0.187), ("Scott", 0.185), ("Green", 0.183), ("Adams", 0.174), ("Baker", 0.171), ("Gonzalez", 0.166), ("Nelson", 0.162), ("Carter", 0.162), ("Mitchell", 0.16), ("Perez", 0.155), ("Roberts", 0.153), ("Turner", 0.152), ("Phillips", 0.149), ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141), ("Edwards", 0.137), ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.13), ("Morris", 0.125), ("Rogers", 0.123), ("Reed", 0.122), ("Cook", 0.12), ("Morgan", 0.118), ("Bell", 0.117), ("Murphy", 0.117), ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper", 0.113), ("Richardson", 0.112), ("Cox", 0.11), ("Howard", 0.11), ("Ward", 0.108), ("Torres", 0.108), ("Peterson", 0.107), ("Gray", 0.106), ("Ramirez", 0.105), ("James", 0.105), ("Watson", 0.103), ("Brooks", 0.103), ("Kelly", 0.102), ("Sanders", 0.1), ("Price", 0.099), ("Bennett", 0.099), ("Wood", 0.098), ("Barnes", 0.097), ("Ross", 0.096), ("Henderson", 0.095), ("Coleman", 0.095), ("Jenkins", 0.095), ("Perry", 0.094), ("Powell", 0.093), ("Long", 0.092), ("Patterson", 0.092), ("Hughes", 0.092), ("Flores", 0.092), ("Washington", 0.092), ("Butler", 0.091), ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales", 0.087), ("Bryant", 0.087), ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084), ("Diaz", 0.084), ("Hayes", 0.083), ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082), ("Graham", 0.082), ("Sullivan", 0.081), ("Wallace", 0.081), ("Woods", 0.08), ("Cole", 0.08), ("West", 0.08), ("Jordan", 0.078), ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077), ("Ellis", 0.077), ("Harrison", 0.076), ("Gibson", 0.075), ("McDonald", 0.075), ("Cruz", 0.075), ("Marshall", 0.075), ("Ortiz", 0.075), ("Gomez", 0.075), ("Murray", 0.074), ("Freeman", 0.074), ("Wells", 0.073), ("Webb", 0.072), ("Simpson", 0.07), ("Stevens", 0.07), ("Tucker", 0.07), ("Porter", 0.069), ("Hunter", 0.069), ("Hicks", 0.069), ("Crawford", 0.068), ("Henry", 0.068), ("Boyd", 0.068), ("Mason", 0.068), ("Morales", 0.067), ("Kennedy", 0.067), ("Warren", 0.067), ("Dixon", 0.066), ("Ramos", 0.066), ("Reyes", 0.066), ("Burns", 0.065), ("Gordon", 0.065), ("Shaw", 0.065), ("Holmes", 0.065), ("Rice", 0.064), ("Robertson", 0.064), ("Hunt", 0.063), ("Black", 0.063), ("Daniels", 0.062), ("Palmer", 0.062), ("Mills", 0.061), ("Nichols", 0.06), ("Grant", 0.06), ("Knight", 0.06), ("Ferguson", 0.059), ("Rose", 0.059), ("Stone", 0.059), ("Hawkins", 0.059), ("Dunn", 0.058), ("Perkins", 0.058), ("Hudson", 0.058), ("Spencer", 0.057), ("Gardner", 0.057), ("Stephens", 0.057), ("Payne", 0.057), ("Pierce", 0.056), ("Berry", 0.056), ("Matthews", 0.056), ("Arnold", 0.056), ("Wagner", 0.055), ("Willis", 0.055), ("Ray", 0.055), ("Watkins", 0.055), ("Olson", 0.055), ("Carroll", 0.055), ("Duncan", 0.055), ("Snyder", 0.055), ("Hart", 0.054), ("Cunningham", 0.054), ("Bradley", 0.054), ("Lane", 0.054), ("Andrews", 0.054), ("Ruiz", 0.054), ("Harper", 0.054), ("Fox", 0.053), ("Riley", 0.053), ("Armstrong", 0.053), ("Carpenter", 0.053), ("Weaver", 0.053), ("Greene", 0.053), ("Lawrence", 0.052), ("Elliott", 0.052), ("Chavez", 0.052), ("Sims", 0.052), ("Austin", 0.052), ("Peters", 0.052), ("Kelley", 0.052), ("Franklin", 0.051), ("Lawson", 0.051), ("Fields", 0.051), ("Gutierrez", 0.051), ("Ryan", 0.051), ("Schmidt", 0.051), ("Carr", 0.051), ("Vasquez", 0.051), ("Castillo", 0.051), ("Wheeler", 0.051), ("Chapman", 0.05), ("Oliver", 0.05), ("Montgomery", 0.049), ("Richards", 0.049), ("Williamson", 0.049), ("Johnston", 0.049), ("Banks", 0.048), ("Meyer", 0.048), ("Bishop", 0.048), ("McCoy", 0.048), ("Howell", 0.048), ("Alvarez", 0.048), ("Morrison", 0.048), ("Hansen", 0.047), ("Fernandez", 0.047), ("Garza", 0.047), ("Harvey", 0.047), ("Little", 0.046), ("Burton", 0.046), ("Stanley", 0.046), ("Nguyen", 0.046), ("George", 0.046), ("Jacobs", 0.046), ("Reid", 0.046), ("Kim", 0.045), ("Fuller", 0.045), ("Lynch", 0.045), ("Dean", 0.045), ("Gilbert", 0.045), ("Garrett", 0.045), ("Romero", 0.045), ("Welch", 0.044), ("Larson", 0.044), ("Frazier", 0.044), ("Burke", 0.044), ("Hanson", 0.043), ("Day", 0.043), ("Mendoza", 0.043), ("Moreno", 0.043), ("Bowman", 0.043), ("Medina", 0.042), ("Fowler", 0.042), ("Brewer", 0.042), ("Hoffman", 0.042), ("Carlson", 0.042), ("Silva", 0.042), ("Pearson", 0.042), ("Holland", 0.042), ("Douglas", 0.041), ("Fleming", 0.041), ("Jensen", 0.041), ("Vargas", 0.041), ("Byrd", 0.041), ("Davidson", 0.041), ("Hopkins", 0.041), ("May", 0.04), ("Terry", 0.04), ("Herrera", 0.04), ("Wade", 0.04), ("Soto", 0.04), ("Walters", 0.04), ("Curtis", 0.04), ("Neal", 0.039), ("Caldwell", 0.039), ("Lowe", 0.039), ("Jennings", 0.039), ("Barnett", 0.039), ("Graves", 0.039), ("Jimenez", 0.039), ("Horton", 0.039), ("Shelton", 0.039), ("Barrett", 0.039), ("Obrien", 0.039), ("Castro", 0.039), ("Sutton", 0.038), ("Gregory", 0.038), ("McKinney", 0.038), ("Lucas", 0.038), ("Miles", 0.038), ("Craig", 0.038), ("Rodriquez", 0.037), ("Chambers", 0.037), ("Holt", 0.037), ("Lambert", 0.037), ("Fletcher", 0.037), ("Watts", 0.037), ("Bates", 0.037), ("Hale", 0.037), ("Rhodes", 0.037), ("Pena", 0.037), ("Beck", 0.037), ("Newman", 0.036), ("Haynes", 0.036), ("McDaniel", 0.036), ("Mendez", 0.036), ("Bush", 0.036), ("Vaughn", 0.036), ("Parks", 0.035), ("Dawson", 0.035), ("Santiago", 0.035), ("Norris", 0.035), ("Hardy", 0.035), ("Love", 0.035), ("Steele", 0.035), ("Curry", 0.035), ("Powers", 0.035), ("Schultz", 0.035), ("Barker", 0.035), ("Guzman", 0.034), ("Page", 0.034), ("Munoz", 0.034), ("Ball", 0.034), ("Keller", 0.034), ("Chandler", 0.034), ("Weber", 0.034), ("Leonard", 0.034), ("Walsh", 0.033), ("Lyons", 0.033), ("Ramsey", 0.033), ("Wolfe", 0.033), ("Schneider", 0.033), ("Mullins", 0.033), ("Benson", 0.033), ("Sharp", 0.033), ("Bowen", 0.033), ("Daniel", 0.033), ("Barber", 0.032), ("Cummings", 0.032), ("Hines", 0.032), ("Baldwin", 0.032), ("Griffith", 0.032), ("Valdez", 0.032), ("Hubbard", 0.032), ("Salazar", 0.032), ("Reeves", 0.032), ("Warner", 0.031), ("Stevenson", 0.031), ("Burgess", 0.031), ("Santos", 0.031), ("Tate", 0.031), ("Cross", 0.031), ("Garner", 0.031), ("Mann", 0.031), ("Mack", 0.031), ("Moss", 0.031), ("Thornton", 0.031), ("Dennis", 0.031), ("McGee", 0.031), ("Farmer", 0.03), ("Delgado", 0.03), ("Aguilar", 0.03), ("Vega", 0.03), ("Glover", 0.03), ("Manning", 0.03), ("Cohen", 0.03), ("Harmon", 0.03), ("Rodgers", 0.03), ("Robbins", 0.03), ("Newton", 0.03), ("Todd", 0.03), ("Blair", 0.03), ("Higgins", 0.03), ("Ingram", 0.03), ("Reese", 0.03), ("Cannon", 0.03), ("Strickland", 0.03), ("Townsend", 0.03), ("Potter", 0.03), ("Goodwin", 0.03), ("Walton", 0.03), ("Rowe", 0.029), ("Hampton", 0.029), ("Ortega", 0.029), ("Patton", 0.029), ("Swanson", 0.029), ("Joseph", 0.029), ("Francis", 0.029), ("Goodman", 0.029), ("Maldonado", 0.029), ("Yates", 0.029), ("Becker", 0.029), ("Erickson", 0.029), ("Hodges", 0.029), ("Rios", 0.029), ("Conner", 0.029), ("Adkins", 0.029), ("Webster", 0.028), ("Norman", 0.028), ("Malone", 0.028), ("Hammond", 0.028), ("Flowers", 0.028), ("Cobb", 0.028), ("Moody", 0.028), ("Quinn", 0.028), ("Blake", 0.028), ("Maxwell", 0.028), ("Pope", 0.028), ("Floyd", 0.027), ("Osborne", 0.027), ("Paul", 0.027), ("McCarthy", 0.027), ("Guerrero", 0.027), ("Lindsey", 0.027), ("Estrada", 0.027), ("Sandoval", 0.027), ("Gibbs", 0.027), ("Tyler", 0.027), ("Gross", 0.027), ("Fitzgerald", 0.027), ("Stokes", 0.027), ("Doyle", 0.027), ("Sherman", 0.027),)  # fmt: skip
US_F, US_M, US_S = census(US_F_ROWS), census(US_M_ROWS), census(US_S_ROWS)

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_F, SV_M, SV_S),
    "us": Origin(US_F, US_M, US_S),
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
    "romanian": ROMANIAN,
    "indian": INDIAN,
    "filipino": FILIPINO,
    "nigerian": NIGERIAN,
}

# Who is named, per language of the text: roughly Sweden's population in Swedish text (care staff
# and residents alike), Britain's and America's in English text, Swedish first in mixed text.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 67, "arabic": 6, "finnish": 4.5, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5, "eritrean": 1.2, "ukrainian": 1.2,
        "thai": 1, "latin": 1, "romanian": 0.8, "indian": 0.6, "uk": 0.6, "us": 0.5,
    },
    "en": {
        "uk": 38, "us": 36, "swedish": 9, "indian": 3, "filipino": 2.5, "nigerian": 2.5,
        "polish": 2, "romanian": 1.5, "latin": 1.5, "arabic": 1.5, "somali": 1, "finnish": 0.8,
        "persian": 0.6, "turkish": 0.6, "thai": 0.5, "ukrainian": 0.5,
    },
    "mixed": {
        "swedish": 52, "uk": 11, "us": 9, "arabic": 5, "finnish": 3, "polish": 2.5, "bcs": 2,
        "persian": 2, "somali": 1.5, "kurdish": 1.2, "turkish": 1.2, "afghan": 1.2, "eritrean": 1,
        "thai": 1, "latin": 1, "ukrainian": 1, "romanian": 0.8, "filipino": 0.8, "indian": 0.8,
        "nigerian": 0.6,
    },
}  # fmt: skip

# Short forms people are called by, per origin and given name.
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": {
        "Lars": ("Lasse",), "Mikael": ("Micke",), "Joakim": ("Jocke",), "Karl": ("Kalle",),
        "Per": ("Pelle", "Pära"), "Christer": ("Krille",), "Kristoffer": ("Kricke", "Krille"),
        "Christoffer": ("Kricke",), "Thomas": ("Tompa",), "Tomas": ("Tompa",), "Magnus": ("Mange",),
        "Fredrik": ("Fredde",), "Gustav": ("Gurra", "Gusse"), "Gustaf": ("Gurra",),
        "Johan": ("Jojje",), "Anders": ("Ante",), "Marcus": ("Mackan",), "Jonas": ("Jonte",),
        "Bengt": ("Bengan",), "Göran": ("Gögge",), "Kenneth": ("Kenta",), "Robert": ("Robban",),
        "Stefan": ("Steffe",), "Patrik": ("Patte",), "Olof": ("Olle",), "Nils": ("Nisse",),
        "Sven": ("Svenne",), "Torbjörn": ("Tobbe",), "Tobias": ("Tobbe",), "Daniel": ("Danne",),
        "Rickard": ("Rickan",), "Sebastian": ("Sebbe",), "Alexander": ("Alex", "Acke"),
        "Margareta": ("Maggan", "Greta"), "Elisabeth": ("Lisa", "Bettan", "Elsa"),
        "Elisabet": ("Bettan",), "Charlotte": ("Lotta",), "Charlotta": ("Lotta",),
        "Katarina": ("Kattis", "Kajsa"), "Kristina": ("Kicki", "Stina"), "Christina": ("Kicki",),
        "Susanne": ("Sussie",), "Birgitta": ("Bibbi", "Gittan"), "Gunilla": ("Gunsan",),
        "Ingrid": ("Ingan",), "Madeleine": ("Madde",), "Josefin": ("Josse",), "Alexandra": ("Sandra",),
        "Viktoria": ("Vickan",), "Rebecka": ("Becka",), "Johanna": ("Hanna",), "Camilla": ("Millan",),
        "Cecilia": ("Cissi",), "Karolina": ("Kajsa",), "Kerstin": ("Kiki",), "Jan": ("Janne",),
        "Leif": ("Leffe",), "Bo": ("Bosse",), "Ulf": ("Uffe",), "Rolf": ("Roffe",), "Niklas": ("Nicke",),
        "Mattias": ("Matte",), "Henrik": ("Henke",), "Gunnar": ("Gurra",), "Kristian": ("Krille",),
        "Helena": ("Lena",), "Jessica": ("Jessie",), "Ingegerd": ("Inga",), "Jonathan": ("Jonte",),
    },
    "uk": {
        "William": ("Bill", "Will"), "Robert": ("Bob", "Rob"), "Richard": ("Dick", "Rich"),
        "Michael": ("Mike", "Mick"), "Christopher": ("Chris",), "Anthony": ("Tony",),
        "Edward": ("Ted", "Eddie"), "Thomas": ("Tom",), "Frederick": ("Fred",), "James": ("Jim", "Jimmy"),
        "Margaret": ("Maggie", "Peggy"), "Elizabeth": ("Liz", "Betty", "Beth"), "Patricia": ("Pat",),
        "Jennifer": ("Jen",), "Catherine": ("Cath", "Kate"), "Kathleen": ("Kath",),
        "Josephine": ("Jo",), "Susan": ("Sue",), "Deborah": ("Debbie",), "Victoria": ("Vicky",),
        "Samantha": ("Sam",), "Rebecca": ("Becky",), "Alexander": ("Alex",), "Benjamin": ("Ben",),
        "Daniel": ("Dan",), "Kenneth": ("Ken",), "Ronald": ("Ron",), "Leonard": ("Len",),
        "Stanley": ("Stan",), "Terence": ("Terry",), "Philip": ("Phil",), "Dorothy": ("Dot",),
    },
    "us": {
        "William": ("Bill",), "Robert": ("Bob", "Bobby"), "Richard": ("Rick",),
        "Michael": ("Mike",), "Christopher": ("Chris",), "Anthony": ("Tony",), "James": ("Jim",),
        "Joseph": ("Joe",), "Charles": ("Chuck", "Charlie"), "Thomas": ("Tom",), "Donald": ("Don",),
        "Edward": ("Ed",), "Gerald": ("Jerry",), "Lawrence": ("Larry",), "Raymond": ("Ray",),
        "Patricia": ("Patty", "Pat"), "Elizabeth": ("Liz", "Beth"), "Jennifer": ("Jen",),
        "Margaret": ("Peggy", "Maggie"), "Barbara": ("Barb",), "Deborah": ("Deb",), "Susan": ("Sue",),
        "Kimberly": ("Kim",), "Pamela": ("Pam",), "Katherine": ("Kathy",), "Cynthia": ("Cindy",),
        "Dorothy": ("Dottie",), "Theresa": ("Terry",), "Rebecca": ("Becky",), "Jacqueline": ("Jackie",),
    },
    "finnish": {"Juhani": ("Jussi",), "Matti": ("Masa",), "Heikki": ("Heikka",)},
    "polish": {"Katarzyna": ("Kasia",), "Małgorzata": ("Gosia",), "Aleksandra": ("Ola",), "Krzysztof": ("Krzysiek",), "Tomasz": ("Tomek",)},
    "ukrainian": {"Oleksandr": ("Sasha",), "Kateryna": ("Katia",), "Anastasia": ("Nastia",)},
    "arabic": {"Mohammad": ("Mo",), "Mohamed": ("Mo",), "Youssef": ("Jossi",)},
}  # fmt: skip
