# ruff: noqa: E501
"""Name pools of held-out GO (issue 15): names as the population has them, weighted by how often
people carry them.

Swedish given names and surnames are in the order of SCB's name statistics as the writer knows
them (weight 1/rank; the head is the top 150, the tail the rarer names past them). The US lists
are the US Census 1990 files (public domain), copied from the `names` package's
`dist.female.first`, `dist.male.first` and `dist.all.last` with the census per cent as weight,
head 150. UK names follow the ONS rankings (1/rank, head 150 or 130). The origins common in
Sweden have their commonest given names and surnames, 1/rank, head 10. `MIXES` says who is named
in Swedish, English and mixed text. Written from general knowledge; no name was checked against
anything in the repository. Stdlib only.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from a list's head with this probability, else from its tail


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


def _words(text: str) -> tuple[str, ...]:
    """A comma-separated list of names, in rank order, without repeats."""
    out: list[str] = []
    for name in text.split(","):
        name = " ".join(name.split())
        if name and name not in out:
            out.append(name)
    return tuple(out)


def ranked(text: str, head: int) -> Pool:
    """A list in rank order, weight 1/rank."""
    names = _words(text)
    return Pool(names, tuple(1 / rank for rank in range(1, len(names) + 1)), min(head, len(names)))


def census(pairs: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A census list with its per cent as weight."""
    return Pool(tuple(n for n, _ in pairs), tuple(w for _, w in pairs), head)


_PLAIN = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ø": "o", "Ø": "O", "ß": "ss"}
)


def plain(word: str) -> str:
    """The name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_PLAIN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: `-ski` -> `-ska`, `-cki` -> `-cka`, `-dzki` -> `-dzka`."""
    for end in ("ski", "cki", "dzki"):
        if surname.endswith(end):
            return surname[:-1] + "a"
    return surname


# Sweden: SCB's name statistics, in rank order as the writer knows them (people registered with the name).
_SV_F_HEAD = """
Anna, Eva, Maria, Karin, Kristina, Lena, Sara, Kerstin, Emma, Ingrid, Marie, Malin, Jenny, Hanna,
Birgitta, Inger, Linda, Annika, Elin, Ulla, Susanne, Johanna, Elisabeth, Monica, Julia, Camilla,
Sofia, Carina, Ida, Marianne, Anette, Åsa, Helena, Margareta, Therese, Gunilla, Lisa, Ebba,
Cecilia, Elsa, Ann, Amanda, Matilda, Anneli, Ingela, Maja, Alice, Sofie, Ulrika, Louise, Anita,
Frida, Viktoria, Moa, Josefin, Gun, Barbro, Britt, Siv, Caroline, Madeleine, Linnea, Agneta,
Klara, Alva, Wilma, Emelie, Lovisa, Ella, Irene, Katarina, Mona, Gunnel, Yvonne, Pia, Helen,
Christina, Sandra, Jessica, Rebecka, Ellen, Ingegerd, Emilia, Ann-Marie, Lina, Nathalie, Felicia,
Jeanette, Kristin, Charlotte, Britt-Marie, Marita, Erika, Tove, Stina, Astrid, Elvira, Olivia,
Saga, Agnes, Vera, Selma, Signe, Tilda, Alma, Stella, Nora, Freja, Alexandra, Angelica, Isabelle,
Elina, Emmy, Lotta, Mikaela, Petra, Ann-Christin, Anna-Karin, Berit, Gunnel, Rut,
Ingeborg, Elisabet, Greta, Inga, Birgit, Solveig, Gunborg, Maj, Margit, Majvor, Ingegärd, Ulrica,
Katrin, Charlotta, Pernilla, Johanna, Mari, Ylva, Karolina, Evelina, Hedvig, Tindra,
Thea, Tuva, Leah, Meja, Nellie, Ronja, Liv, Vilma, Ester, Sigrid, Ines, Iris, Juni, Livia, Mira,
Lykke, Hilda, Elise, Edith, Lilly, Ines
"""
# The tail: rarer women's names, past the top 150 (older and newer, double names as registered).
_SV_F_TAIL = """
Maj-Britt, Ann-Kristin, Rose-Marie, Ann-Mari, Eva-Britt, Inga-Lill,
Ann-Sofie, Anna-Lena, Eva-Lena, Marie-Louise, Britt-Inger, Ulla-Britt, Ann-Charlotte, Anna-Maria,
Eva-Karin, Lise-Lotte, Aina, Alfhild, Alida, Annelie, Anne, Annie, Asta, Aurora, Beata, Bodil,
Bettina, Boel, Cajsa, Carola, Dagmar, Dagny, Disa, Doris, Edla, Ellinor, Elna, Embla, Engla,
Esther, Fanny, Gerd, Gudrun, Gullan, Gunvor, Hillevi, Isa, Jonna, Josefine, Kajsa, Lilian, Lill,
Lillemor, Linn, Lovis, Lydia, Märta, Maud, Minna, Mirja, Nelly, Ninni, Noomi, Oda, Ottilia,
Ragnhild, Rakel, Ruth, Siri, Svea, Sylvia, Tyra, Valborg, Vanja, Vendela, Viola, Vivianne, Agda, Alexia, Alicia, Amelie, Amalia, Ann-Louise, Anneli, Annette, Antonia, Ariana, Arja, Aslög,
Augusta, Bea, Blenda, Britta, Camille, Carin, Cornelia, Dina, Elly, Ellie, Elma, Elsie, Elvy, Emely, Estelle, Eira, Febe, Filippa, Flora, Frideborg,
Gabriella, Gisela, Gertrud, Gunhild, Gunlög, Harriet, Hedda, Helga, Henrietta, Hildur, Hjördis,
Ingalill, Ingbritt, Ingelöv, Irma, Isolde, Jennie, Johanne, Judit, Karla, Kim, Lea,
Leila, Lisbeth, Liselott, Lisen, Lo, Louisa, Lova, Magdalena, Majken,
Malva, Margaretha, Marit, Marlene, Mathilda, Melina, Mette, Milla, Mimmi, Molly, My, Nanna, Nova, Olga, Paula, Pauline, Ramona, Rebecca, Rigmor, Rosa, Rosmarie, Sanna, Selina, Sigbritt, Signhild, Sissel, Solbritt, Sonja, Susann, Tea, Tekla, Tora, Ulla-Karin, Una, Vilhelmina, Wivi, Vivi, Yrsa, Åse, Alvina, Amina, Fatima, Zahra, Maryam, Nour, Hiba, Aya, Tiina, Pirjo,
Ritva, Anja, Leena, Tuula, Katja, Irja, Aili, Helmi, Lempi, Hilja, Ellinore, Cilla, Cecilie,
Dorotea, Evy, Jolin, Lisette, Madelene, Mariana, Nadja, Natalia, Patricia,
Sabina, Silvia, Stephanie, Tamara, Tatiana, Veronica, Vilda, Viveka, Yasmine, Zelda
"""
_SV_M_HEAD = """
Lars, Mikael, Anders, Johan, Erik, Per, Karl, Peter, Thomas, Jan, Daniel, Fredrik, Hans, Andreas,
Stefan, Mohamed, Mats, Marcus, Magnus, Jonas, Bengt, Alexander, Martin, Oskar, Nils, Leif, Björn,
Patrik, Bo, Christer, Göran, David, Henrik, Mattias, Sven, Emil, Kent, Ulf, Kjell, William,
Jonathan, Joakim, Lucas, Gustav, Viktor, Simon, Robert, Tommy, Håkan, Christian, Kenneth,
Sebastian, Rolf, Filip, Roger, Elias, Hugo, Niklas, Tobias, Ingemar, Olof, Åke, Jakob, Rickard,
Kristoffer, Gunnar, Adam, Anton, Axel, Ali, Isak, Roland, Dan, Claes, Lennart, Gösta, Ove,
Ludvig, Kurt, Josef, Jörgen, Arne, Oliver, Liam, Noah, Leo, Melvin, Theo, Elliot, Alfred,
Albin, Love, Vincent, Edvin, Ebbe, Hampus, Linus, Rasmus, Samuel, Jesper, Jimmy, Dennis,
Kevin, Robin, Pontus, Marcus, Emanuel, Hannes, Max, Arvid, Valter, Vilgot, Harry, Frans, Sixten,
Colin, Benjamin, Charlie, Otto, Milo, Alvin, Malte, Eddie, Casper, Wilhelm, Holger, Erland,
Bertil, Gunnar, Rune, Sture, Tord, Egon, Lage, Evert, Yngve, Torbjörn, Conny, Jens, Urban,
Tomas, Örjan, Krister, Staffan, Pär, Benny, Jörgen, Ronny, Glenn, Kennet, Tore, Arvid,
Jacob, Johannes
"""
_SV_M_TAIL = """
Karl-Gustav, Jan-Åke, Per-Arne, Nils-Olof, Bo-Göran, Lars-Gunnar, Carl-Fredrik,
Karl-Johan, Lars-Erik, Per-Olof, Jan-Erik, Karl-Erik, Lars-Göran, Per-Anders, Bengt-Åke,
Hans-Olov, Nils-Erik, Sven-Olof, Jan-Olov, Carl-Johan, Per-Erik, Lars-Åke, Anders-Petter,
Abbe, Adolf, Agne, Albert, Alf, Algot, Allan, Alve, Ante, Aron, Artur, Assar, Birger, Bror,
Börje, Carl, Dag, Douglas, Eilert, Einar, Elof, Elon, Enar, Erling, Esbjörn, Folke, Frank,
Fritz, Georg, Gerhard, Gottfrid, Gunder, Gustaf, Halvar, Harald, Helge, Helmer, Henning, Herbert,
Hilding, Hjalmar, Ingvar, Ivar, Jarl, Jean, Jerker, Joel, John, Julius, Kalle, Kasper, Knut,
Konrad, Krister, Laban, Lage, Leander, Lenny, Lorentz, Magne, Melker, Mauritz, Mons, Måns,
Nicklas, Nore, Olle, Orvar, Osvald, Ossian, Palle, Pelle, Rikard, Ragnar, Ruben, Seth, Sigge,
Sigurd, Sivert, Stig, Sune, Sölve, Teodor, Tage, Ture, Uno, Valdemar, Vidar, Vide, Vilhelm,
Yngve, Östen, Anselm, Arnold, Bernt, Boris, Charles, Edgar, Edvard, Elis, Emrik, Eskil,
Fabian, Ferdinand, Fingal, Gabriel, Gideon, Greger, Hadar, Hilmer, Ingmar, Jack, Jacob,
Johannes, Jon, Jöns, Keijo, Kristian, Lave, Leon, Levi, Loke, Lukas, Manfred,
Marius, Matteus, Mio, Morgan, Natanael, Nicolas, Nisse, Odd, Oscar, Per-Gunnar, Petter, Philip,
Reine, Ronnie, Rutger, Sam, Samir, Sigvard, Sten, Svante, Tor, Tryggve, Ulrik,
Valentin, Wiktor, Ville, Yousef, Zakarias, Åsmund, Ahmed, Omar, Hassan, Mustafa, Ibrahim,
Hussein, Karim, Juha, Matti, Kari, Pekka, Jukka, Timo, Esa, Seppo, Heikki, Raimo, Tapio,
Anders-Erik, Bernhard, Curt, Elvin, Evald, Gert, Gillis, Gunne,
Inge, Joar, Kjell-Åke, Lars-Olof, Lorens, Mikko, Nils-Gunnar, Olav,
Ole, Roine, Rudolf, Rurik, Severin, Sten-Åke, Sten-Olov, Tim, Tony, Wille
"""
_SV_LAST_HEAD = """
Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson,
Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson,
Magnusson, Olofsson, Lindström, Lindqvist, Lindgren, Berg, Axelsson, Bergström, Lundberg, Lind,
Lundgren, Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Forsberg, Sjöberg,
Ali, Wallin, Mohammed, Engström, Eklund, Danielsson, Lundin, Håkansson, Björk, Bergman,
Gunnarsson, Holm, Wikström, Samuelsson, Isaksson, Fransson, Bergqvist, Nyström, Holmberg,
Arvidsson, Löfgren, Söderberg, Nyberg, Blomqvist, Claesson, Nordström, Ahmed, Mårtensson,
Lundström, Viklund, Björklund, Eliasson, Pålsson, Hassan, Berggren, Sandström, Lund, Nordin,
Ström, Åberg, Hermansson, Ekström, Holmgren, Sundberg, Hedlund, Dahlberg, Hellström, Sjögren,
Abrahamsson, Falk, Öberg, Andreasson, Månsson, Ekberg, Blom, Mohamed, Strand, Martinsson,
Dahl, Hussein, Åkesson, Jonasson, Nordqvist, Lindholm, Sundström, Ek, Norberg, Ivarsson,
Söderström, Hedberg, Bergkvist, Nyman, Kristiansson, Lindblom, Sjöström, Holmqvist, Malmberg, Josefsson, Lundqvist, Omar, Lindahl, Ibrahim, Nordlund, Björkman, Ottosson, Falk,
Lindell, Forslund, Sjölund, Svärd, Hedström, Wikström, Göransson, Sundqvist, Dahlgren, Strömberg,
Rosén, Sandin, Bäckström, Lindén, Hedman, Nordgren, Backlund, Ekman, Engberg, Eriksson,
Brandt, Adolfsson, Ekholm, Karlström, Borg, Wahlström, Rydberg, Hjalmarsson, Ahlström,
Granberg, Edlund
"""
_SV_LAST_TAIL = """
Edlund, Ekelund, Holmström, Lindkvist, Pettersson-Berg, Sundin, Granberg, Berglöf, Nordberg,
Strömqvist, Åström, Svanberg, Blomberg, Lilja, Hellberg, Westerberg, Wennberg, Ljungberg,
Ljunggren, Lindmark, Fors, Grahn, Hägg, Söderlund, Vestberg, Sundell, Morén, Wallgren, Åkerlund,
Hammar, Hammarström, Höglund, Nyqvist, Öhman, Östlund, Östberg, Carlsson, Carlberg, Jarl,
Jernberg, Kvist, Lagerqvist, Lundh, Löfstedt, Malm, Melin, Mörk, Nord, Norén, Palm, Roos,
Rydén, Rönnberg, Sahlin, Selin, Sjödin, Skoglund, Stenberg, Stenström, Sterner, Strid, Sund,
Svahn, Thorén, Törnqvist, Unger, Vikström, Wahlberg, Wallén, Westin, Zetterberg, Ågren,
Åhlund, Ödman, Backman, Barkman, Bergh, Boström, Broberg, Byström, Dahlin, Edström, Ehn,
Enström, Fagerström, Forsgren, Frisk, Grönlund, Gustavsson, Hagström, Hallberg, Hansen,
Hedin, Hellgren, Hjort, Holmén, Hult, Hultgren, Högberg, Isberg, Jacobsson, Johnsson, Kjellberg,
Kronberg, Lager, Lagerström, Larsén, Lidén, Lindblad, Linder, Ljung, Lorentzon, Lövgren,
Magnusson-Lind, Modig, Mossberg, Nilsén, Norling, Nyholm, Olander, Persson-Holm, Pihl, Quist,
Rehn, Ring, Rudberg, Sandgren, Schön, Sellberg, Sjöqvist, Sporre, Stark, Sundgren, Säll,
Tell, Tjäder, Uhlin, Vallin, Wall, Westman, Wiberg, Wiklund, Zackrisson, Åman, Örn, Östman,
Abdi, Yousef, Khalil, Hosseini, Mahmoud, Korhonen, Virtanen, Nieminen, Kaya, Yilmaz, Nowak,
Kovačević, Petrović, Haddad, Barsoum, Shamoun, Aho, Gabriel, Warsame, Farah, Jama,
Anttila, Björn, Bladh, Borgström, Brodin, Cederholm, Cederlund, Dahlström, Edvardsson,
Ekwall, Enqvist, Fahlén, Forsell, Frid, Fröberg, Gran, Grönberg, Hagberg, Hallin, Helin,
Holgersson, Hörnqvist, Ingvarsson, Jarlsson, Kallin, Klingberg, Kvarnström, Lindroth, Lindvall,
Lundell, Lönn, Mellberg, Nordh, Norlin, Nykvist, Pehrson, Ramberg, Rask, Rosenberg, Rundqvist,
Sandell, Sjölin, Skog, Stål, Söderholm, Tallberg, Thunberg, Tornberg, Vinberg, Wester, Älmqvist,
von Platen, af Klercker, De Geer, von Essen, af Ugglas, von Sydow, Gyllenhammar, Lewenhaupt,
Wachtmeister, Oxenstierna, Bielke, Stjernswärd, Silfverskiöld, Adelsköld, von Schantz,
Ehrnrooth, Lagerfelt, Leijonhufvud, Hamilton, Douglas
"""

# The UK: ONS rankings (given names across the birth years of today's adults and children; surnames by
# how many people carry them), 1/rank.
_UK_F = """
Susan, Sarah, Margaret, Elizabeth, Patricia, Mary, Helen, Julie, Karen, Emma, Claire, Jacqueline,
Lisa, Nicola, Joanne, Linda, Deborah, Catherine, Jane, Christine, Alison, Amanda, Rebecca, Laura,
Rachel, Gemma, Hannah, Emily, Sophie, Charlotte, Lucy, Jessica, Amy, Olivia, Chloe, Katie,
Samantha, Victoria, Anne, Barbara, Jean, Kathleen, Janet, Pauline, Carol, Angela, Sandra,
Gillian, Michelle, Louise, Kelly, Dawn, Tracey, Joan, Valerie, Sheila, Lesley, Maureen, Brenda,
Wendy, Diane, Fiona, Heather, Ruth, Caroline, Natalie, Jade, Hayley, Stacey, Kirsty, Zoe,
Danielle, Leanne, Kerry, Jodie, Holly, Megan, Ellie, Grace, Isabella, Lily, Amelia, Isla, Ava,
Mia, Evie, Poppy, Freya, Ella, Millie, Daisy, Phoebe, Sophia, Florence, Ruby, Eleanor, Harriet,
Abigail, Georgia, Bethany, Lauren, Jasmine, Molly, Lydia, Imogen, Jennifer, Joyce, Dorothy,
Irene, Eileen, Sylvia, Shirley, Audrey, June, Elaine, Denise, Lorraine, Sharon, Julia, Theresa,
Frances, Rosemary, Josephine, Marion, Hazel, Yvonne, Geraldine, Bernadette, Siobhan, Sian,
Bethan, Rhiannon, Eilidh, Mhairi, Kirsten, Lindsay, Carly, Gail, Tina, Alice, Amber, Anna,
Beverley, Caitlin, Cheryl, Clare, Donna, Eloise, Erin, Esme, Fay, Felicity
"""
_UK_F_TAIL = """
Edna, Marjorie, Gladys, Doris, Hilda, Beryl, Betty, Iris, Vera, Ailsa, Morag, Catriona, Shona,
Charlene, Jacqui, Joy, Kathryn, Katherine, Kimberley, Leah, Lynne, Mandy, Marie, Melanie,
Naomi, Nina, Paula, Penelope, Philippa, Rosie, Roxanne, Sally, Shannon, Sonia, Stephanie,
Suzanne, Tamsin, Tanya, Teresa, Toni, Vanessa, Vicky, Yasmin, Aimee, Anita, Annabel, Antonia,
Aoife, Beatrice, Bella, Bridget, Carolyn, Cerys, Ciara, Colette, Connie, Constance, Cordelia,
Corinne, Delyth, Eira, Elin, Ffion, Gwen, Gwyneth, Hollie, India, Isobel, Ivy, Jemma, Jenna,
Joanna, Kayleigh, Keeley, Kerry-Ann, Lacey, Lowri, Lucinda, Maisie, Matilda, Maxine, Nia,
Niamh, Orla, Pippa, Rosalind, Sadie, Scarlett, Seren, Shelley, Sinead, Skye, Tegan, Tilly,
Una, Violet, Willow, Winifred, Zara, Agnes, Annie, Arabella, Ayesha, Aisha, Fatima, Hafsa,
Maryam, Priya, Sana, Amelie, Aria, Aurora, Edith, Elsie, Emilia, Hallie, Iona, Lola, Margot,
Mabel, Nell, Orla-Mae, Rosa, Thea, Wren, Abbie, Beth, Kate, Jo, Lynn, Gaynor, Glenys, Heledd,
Morwenna, Kerenza, Roisin, Grainne, Deirdre, Moira, Elspeth, Isla-Rose, Lily-Mae, Ruby-Leigh
"""
_UK_M = """
David, John, Michael, Paul, Andrew, Peter, James, Robert, Mark, Richard, Stephen, Christopher,
Ian, William, Thomas, Daniel, Matthew, Anthony, Kevin, Steven, Gary, Simon, Alan, Martin,
Jonathan, Brian, Colin, Graham, Keith, Philip, Neil, Lee, Stuart, Adam, Craig, Darren, Jason,
Wayne, Dean, Jamie, Ryan, Liam, Jack, Oliver, Harry, George, Charlie, Joshua, Samuel, Benjamin,
Joseph, Luke, Callum, Connor, Kieran, Jordan, Lewis, Scott, Nathan, Aaron, Shaun, Carl,
Russell, Barry, Terence, Kenneth, Roger, Dennis, Derek, Raymond, Malcolm, Trevor, Geoffrey,
Gordon, Roy, Ronald, Donald, Frederick, Arthur, Albert, Harold, Leslie, Stanley, Norman,
Ernest, Frank, Edward, Henry, Alfie, Noah, Leo, Oscar, Archie, Freddie, Theo, Finley, Rory,
Euan, Fraser, Gareth, Rhys, Sean, Declan, Patrick, Alexander, Nicholas, Timothy, Gavin,
Jeremy, Julian, Nigel, Clive, Glen, Howard, Kieron, Mohammed, Muhammad, Tyler, Bradley, Jake,
Reece, Max, Ethan, Dylan, Louis, Toby, Elliot, Isaac, Sebastian, Alfred, Hugo, Edward, Arlo,
Ralph, Reginald, Walter, Douglas, Vincent, Dominic, Marcus, Justin, Lawrence, Duncan
"""
_UK_M_TAIL = """
Alasdair, Angus, Hamish, Dafydd, Owain, Gethin, Aled, Huw, Emyr, Ciaran, Conor, Cameron,
Alistair, Ashley, Ben, Bernard, Cecil, Clifford, Cyril, Dale, Desmond, Elliott, Eric, Felix,
Francis, Gerald, Gerard, Gilbert, Glyn, Gregory, Guy, Hector, Herbert, Hywel, Iain, Idris,
Ieuan, Jasper, Jed, Jenson, Joel, Jonah, Kai, Kenny, Kyle, Lachlan, Leon, Lloyd, Lucas, Magnus,
Martyn, Mason, Maurice, Miles, Morgan, Murray, Neville, Niall, Oakley, Ollie, Owen, Percy,
Phillip, Quentin, Ralphie, Ricky, Robbie, Rodney, Ross, Rowan, Rupert, Sidney, Spencer, Stewart,
Tariq, Teddy, Tobias, Tom, Tony, Travis, Tristan, Vernon, Victor, Warren, Wesley, Wilfred,
Zachary, Zain, Ahmed, Ali, Bilal, Hamza, Imran, Kamran, Omar, Usman, Yusuf, Rohan, Arjun,
Ewan, Finlay, Gregor, Kenzie, Ruaridh, Struan, Torquil, Cormac, Eoin, Fergal, Padraig, Seamus,
Bryn, Cai, Deiniol, Gruffydd, Iwan, Rhodri, Sion, Tudor, Archibald, Barnaby, Bertie, Cosmo,
Crispin, Edmund, Ferdinand, Giles, Hugh, Jolyon, Laurence, Montague, Piers, Rafe, Rufus,
Sholto, Tarquin, Benedict, Darryl, Dwayne, Jermaine, Leroy, Marlon, Winston, Delroy, Clayton,
Alvin, Errol, Kofi, Kwame, Chidi, Tunde, Emeka, Ade
"""
_UK_LAST = """
Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts,
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
Barrett, Webster, Hunter, Gregory, Carr
"""
_UK_LAST_TAIL = """
Lowe, Page, Marsh, Riley, Dunn, Woods, Parsons, Berry, Stone, Reid, Holland, Hawkins, Harding,
Porter, Robertson, Newton, Oliver, Reed, Kennedy, Williamson, Bird, Gardner, Shah, Dean, Lane,
Cooke, Bates, Henderson, Parry, Burgess, Bishop, Walton, Burns, Nicholson, Shepherd, Ross,
Cross, Long, Freeman, Warren, Nicholls, Hamilton, Byrne, Sutton, McDonald, Yates, Hodgson,
Robson, Curtis, Hopkins, O'Connor, Harper, Coleman, Watkins, Moss, McCarthy, Chambers,
O'Neill, Griffin, Sharp, Hardy, Wheeler, Potter, Osborne, Johnston, Gordon, Doyle, Wallace,
George, Jordan, Hutchinson, Rowe, Burke, May, Pritchard, Gilbert, Willis, Higgins, Read, Miles,
Stevenson, Stephenson, Hammond, Arnold, Buckley, Walters, Hewitt, Barber, Nelson, Slater,
Austin, Sullivan, Whitehouse, Randall, Bull, Ingram, Kirby, Lambert, Faulkner, Davidson,
Goodwin, Fleming, Howell, Swift, Todd, Summers, Blake, Tomlinson, Naylor, Horton, Whittaker,
Bolton, Kemp, Haynes, Jarvis, Humphreys, Hale, Frost, Pickering, Dale, Brennan, Quinn, Tucker,
Norris, Dyer, Connolly, Greenwood, Birch, Barlow, Preston, Briggs, Lamb, Winter, Holt, Fraser,
MacDonald, MacLeod, McKenzie, Sinclair, Cameron, Duncan, Ferguson, Gallagher, Hogan, Lynch,
Farrell, Kavanagh, Llewellyn, Pugh, Vaughan, Bowen, Prosser, Rowlands, Jenkins-Price, Ashworth,
Greenhalgh, Entwistle, Ramsbottom, Ackroyd, Sutcliffe, Thwaite, Fairclough, Pilkington,
Heseltine, Trelawney, Penrose, Tregear, Chowdhury, Rahman, Uddin, Miah, Islam, Akhtar, Iqbal,
Malik, Mahmood, Sandhu, Sidhu, Bains, Dhillon, Mistry, Parmar, Chauhan, Okafor, Adeyemi,
Mensah, Boateng, Campbell-Brown, Forbes-Hamilton, Smith-Jones, Wyatt, Fitzgerald, Fitzpatrick,
Goddard, Hancock, Hartley, Hobbs, Holden, Houghton, Jennings, Lord, Marriott, Metcalfe, Middleton,
Nash, Norton, Oakley, Oldham, Parkinson, Peacock, Pollard, Rhodes, Rowley, Sanderson, Sharpe,
Simmons, Skinner, Steele, Stubbs, Talbot, Thornton, Townsend, Vincent, Waite, Warner, Whitfield,
Wilde, Woodward, Wren, Yeoman
"""

# The US: the Census 1990 lists (public domain), the per cent of people with the name as weight.
US_F = (
    ("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.98), ("Elizabeth", 0.937),
    ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794), ("Margaret", 0.768), ("Dorothy",
    0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667), ("Betty", 0.666), ("Helen", 0.663),
    ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565), ("Ruth", 0.562), ("Sharon", 0.522),
    ("Michelle", 0.519), ("Laura", 0.51), ("Sarah", 0.508), ("Kimberly", 0.504), ("Deborah", 0.494),
    ("Jessica", 0.49), ("Shirley", 0.482), ("Cynthia", 0.469), ("Angela", 0.468), ("Melissa",
    0.462), ("Brenda", 0.455), ("Amy", 0.451), ("Anna", 0.44), ("Rebecca", 0.43), ("Virginia",
    0.43), ("Kathleen", 0.424), ("Pamela", 0.416), ("Martha", 0.412), ("Debra", 0.408), ("Amanda",
    0.404), ("Stephanie", 0.4), ("Carolyn", 0.385), ("Christine", 0.382), ("Marie", 0.379),
    ("Janet", 0.379), ("Catherine", 0.373), ("Frances", 0.37), ("Ann", 0.364), ("Joyce", 0.364),
    ("Diane", 0.359), ("Alice", 0.357), ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336),
    ("Doris", 0.335), ("Gloria", 0.335), ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315),
    ("Mildred", 0.313), ("Katherine", 0.313), ("Joan", 0.306), ("Ashley", 0.303), ("Judith", 0.297),
    ("Rose", 0.296), ("Janice", 0.285), ("Kelly", 0.283), ("Nicole", 0.281), ("Judy", 0.276),
    ("Christina", 0.275), ("Kathy", 0.272), ("Theresa", 0.271), ("Beverly", 0.267), ("Denise",
    0.264), ("Tammy", 0.259), ("Irene", 0.252), ("Jane", 0.25), ("Lori", 0.248), ("Rachel", 0.242),
    ("Marilyn", 0.241), ("Andrea", 0.236), ("Kathryn", 0.234), ("Louise", 0.229), ("Sara", 0.229),
    ("Anne", 0.228), ("Jacqueline", 0.228), ("Wanda", 0.226), ("Bonnie", 0.223), ("Julia", 0.223),
    ("Ruby", 0.221), ("Lois", 0.22), ("Tina", 0.22), ("Phyllis", 0.219), ("Norma", 0.218), ("Paula",
    0.217), ("Diana", 0.216), ("Annie", 0.216), ("Lillian", 0.211), ("Emily", 0.208), ("Robin",
    0.208), ("Peggy", 0.208), ("Crystal", 0.207), ("Gladys", 0.205), ("Rita", 0.204), ("Dawn",
    0.202), ("Connie", 0.2), ("Florence", 0.2), ("Tracy", 0.197), ("Edna", 0.197), ("Tiffany",
    0.195), ("Carmen", 0.195), ("Rosa", 0.194), ("Cindy", 0.192), ("Grace", 0.189), ("Wendy",
    0.185), ("Victoria", 0.18), ("Edith", 0.179), ("Kim", 0.178), ("Sherry", 0.178), ("Sylvia",
    0.177), ("Josephine", 0.177), ("Thelma", 0.175), ("Shannon", 0.175), ("Sheila", 0.175),
    ("Ethel", 0.174), ("Ellen", 0.173), ("Elaine", 0.173), ("Marjorie", 0.173), ("Carrie", 0.171),
    ("Charlotte", 0.169), ("Monica", 0.166), ("Esther", 0.166), ("Pauline", 0.165), ("Emma", 0.165),
    ("Juanita", 0.164), ("Anita", 0.162), ("Rhonda", 0.162), ("Hazel", 0.161), ("Amber", 0.16),
    ("Eva", 0.159), ("Debbie", 0.157), ("April", 0.154), ("Leslie", 0.154), ("Clara", 0.153),
    ("Lucille", 0.153), ("Jamie", 0.153), ("Joanne", 0.15), ("Eleanor", 0.15), ("Valerie", 0.149),
    ("Danielle", 0.149), ("Megan", 0.147), ("Alicia", 0.146), ("Suzanne", 0.145), ("Michele",
    0.145), ("Gail", 0.145), ("Bertha", 0.143), ("Darlene", 0.142), ("Veronica", 0.142), ("Jill",
    0.142), ("Erin", 0.141), ("Geraldine", 0.141), ("Lauren", 0.137), ("Cathy", 0.137), ("Joann",
    0.136), ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135), ("Regina", 0.133), ("Erica",
    0.13), ("Beatrice", 0.13), ("Dolores", 0.129), ("Bernice", 0.128), ("Audrey", 0.127), ("Yvonne",
    0.126), ("Annette", 0.125), ("June", 0.125), ("Samantha", 0.124), ("Marion", 0.122), ("Dana",
    0.122), ("Stacy", 0.121), ("Ana", 0.12), ("Renee", 0.12), ("Ida", 0.118), ("Vivian", 0.118),
    ("Roberta", 0.117), ("Holly", 0.117), ("Brittany", 0.117), ("Melanie", 0.116), ("Loretta",
    0.115), ("Yolanda", 0.115), ("Jeanette", 0.115), ("Laurie", 0.114), ("Katie", 0.113),
    ("Kristen", 0.111), ("Vanessa", 0.111), ("Alma", 0.111), ("Sue", 0.111), ("Elsie", 0.11),
    ("Beth", 0.11), ("Jeanne", 0.109), ("Vicki", 0.109), ("Carla", 0.107), ("Tara", 0.107),
    ("Rosemary", 0.107), ("Eileen", 0.105), ("Terri", 0.105), ("Gertrude", 0.103), ("Lucy", 0.103),
    ("Tonya", 0.102), ("Ella", 0.101), ("Stacey", 0.101), ("Wilma", 0.099), ("Gina", 0.099),
    ("Kristin", 0.099), ("Jessie", 0.098), ("Natalie", 0.098), ("Agnes", 0.098), ("Vera", 0.098),
    ("Willie", 0.097), ("Charlene", 0.097), ("Bessie", 0.096), ("Delores", 0.095), ("Melinda",
    0.094), ("Pearl", 0.094), ("Arlene", 0.094), ("Maureen", 0.092), ("Colleen", 0.092), ("Allison",
    0.092), ("Tamara", 0.092), ("Joy", 0.091), ("Georgia", 0.091), ("Constance", 0.091), ("Lillie",
    0.09), ("Claudia", 0.09), ("Jackie", 0.09), ("Marcia", 0.09), ("Tanya", 0.089), ("Nellie",
    0.089), ("Minnie", 0.089), ("Marlene", 0.088), ("Heidi", 0.088), ("Glenda", 0.088), ("Lydia",
    0.086), ("Viola", 0.086), ("Courtney", 0.086), ("Marian", 0.086), ("Stella", 0.085),
    ("Caroline", 0.085), ("Dora", 0.084), ("Jo", 0.083), ("Vickie", 0.082), ("Mattie", 0.081),
    ("Terry", 0.08), ("Maxine", 0.079), ("Irma", 0.079), ("Mabel", 0.078), ("Marsha", 0.078),
    ("Myrtle", 0.078), ("Lena", 0.077), ("Christy", 0.077), ("Deanna", 0.076), ("Patsy", 0.076),
    ("Hilda", 0.075), ("Gwendolyn", 0.074), ("Jennie", 0.073), ("Nora", 0.073), ("Margie", 0.072),
    ("Nina", 0.072), ("Cassandra", 0.072), ("Leah", 0.072), ("Penny", 0.071), ("Kay", 0.071),
    ("Priscilla", 0.071), ("Naomi", 0.071), ("Carole", 0.071), ("Brandy", 0.07), ("Olga", 0.07),
    ("Billie", 0.069), ("Dianne", 0.069), ("Tracey", 0.069), ("Leona", 0.069), ("Jenny", 0.068),
    ("Felicia", 0.068), ("Sonia", 0.068), ("Miriam", 0.066), ("Velma", 0.066), ("Becky", 0.066),
    ("Bobbie", 0.065), ("Violet", 0.065), ("Kristina", 0.065), ("Toni", 0.064), ("Misty", 0.063),
    ("Mae", 0.063), ("Shelly", 0.062), ("Daisy", 0.062), ("Ramona", 0.062), ("Sherri", 0.062),
    ("Erika", 0.061), ("Katrina", 0.061), ("Claire", 0.061), ("Lindsey", 0.06), ("Lindsay", 0.06),
    ("Geneva", 0.059), ("Guadalupe", 0.059), ("Belinda", 0.059), ("Margarita", 0.059), ("Sheryl",
    0.059), ("Cora", 0.058), ("Faye", 0.058), ("Ada", 0.057), ("Natasha", 0.057), ("Sabrina",
    0.057), ("Isabel", 0.057), ("Marguerite", 0.056), ("Hattie", 0.056), ("Harriet", 0.056),
    ("Molly", 0.055), ("Cecilia", 0.055), ("Kristi", 0.055), ("Brandi", 0.055), ("Blanche", 0.055),
    ("Sandy", 0.055), ("Rosie", 0.055), ("Joanna", 0.055), ("Iris", 0.055), ("Eunice", 0.054),
    ("Angie", 0.054), ("Inez", 0.053), ("Lynda", 0.053), ("Madeline", 0.052), ("Amelia", 0.052),
    ("Alberta", 0.052), ("Genevieve", 0.051), ("Monique", 0.051), ("Jodi", 0.051), ("Janie", 0.051),
    ("Maggie", 0.051), ("Kayla", 0.051), ("Sonya", 0.051), ("Jan", 0.051), ("Lee", 0.051),
    ("Kristine", 0.051), ("Candace", 0.051), ("Fannie", 0.05), ("Maryann", 0.05), ("Opal", 0.05),
    ("Alison", 0.05), ("Yvette", 0.05), ("Melody", 0.05), ("Luz", 0.049), ("Susie", 0.049),
    ("Olivia", 0.049), ("Flora", 0.049), ("Shelley", 0.049), ("Kristy", 0.048), ("Mamie", 0.048),
    ("Lula", 0.048), ("Lola", 0.048), ("Verna", 0.048), ("Beulah", 0.048), ("Antoinette", 0.048),
    ("Candice", 0.046), ("Juana", 0.046), ("Jeannette", 0.046), ("Pam", 0.046), ("Kelli", 0.046),
    ("Hannah", 0.045), ("Whitney", 0.045), ("Bridget", 0.045), ("Karla", 0.044), ("Celia", 0.044),
    ("Latoya", 0.043), ("Patty", 0.043), ("Shelia", 0.043), ("Gayle", 0.043), ("Della", 0.043),
    ("Vicky", 0.043), ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042), ("Kara", 0.041),
    ("Jacquelyn", 0.041), ("Erma", 0.041), ("Blanca", 0.041), ("Myra", 0.04), ("Leticia", 0.04),
    ("Pat", 0.04), ("Krista", 0.04), ("Roxanne", 0.04), ("Angelica", 0.039), ("Johnnie", 0.039),
    ("Robyn", 0.039), ("Francis", 0.039), ("Adrienne", 0.039), ("Rosalie", 0.039), ("Alexandra",
    0.039), ("Brooke", 0.039), ("Bethany", 0.039), ("Sadie", 0.039), ("Bernadette", 0.039)
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
    ("Henry", 0.365), ("Carl", 0.346), ("Arthur", 0.335), ("Ryan", 0.328), ("Roger", 0.322), ("Joe",
    0.321), ("Juan", 0.316), ("Jack", 0.315), ("Albert", 0.314), ("Jonathan", 0.313), ("Justin",
    0.311), ("Terry", 0.311), ("Gerald", 0.309), ("Keith", 0.308), ("Samuel", 0.306), ("Willie",
    0.302), ("Ralph", 0.282), ("Lawrence", 0.282), ("Nicholas", 0.275), ("Roy", 0.273), ("Benjamin",
    0.27), ("Bruce", 0.263), ("Brandon", 0.26), ("Adam", 0.259), ("Harry", 0.251), ("Fred", 0.251),
    ("Wayne", 0.249), ("Billy", 0.248), ("Steve", 0.246), ("Louis", 0.243), ("Jeremy", 0.242),
    ("Aaron", 0.24), ("Randy", 0.232), ("Howard", 0.23), ("Eugene", 0.23), ("Carlos", 0.229),
    ("Russell", 0.224), ("Bobby", 0.223), ("Victor", 0.222), ("Martin", 0.216), ("Ernest", 0.215),
    ("Phillip", 0.213), ("Todd", 0.213), ("Jesse", 0.209), ("Craig", 0.206), ("Alan", 0.204),
    ("Shawn", 0.2), ("Clarence", 0.197), ("Sean", 0.197), ("Philip", 0.197), ("Chris", 0.197),
    ("Johnny", 0.195), ("Earl", 0.193), ("Jimmy", 0.191), ("Antonio", 0.19), ("Danny", 0.19),
    ("Bryan", 0.19), ("Tony", 0.19), ("Luis", 0.189), ("Mike", 0.189), ("Stanley", 0.186),
    ("Leonard", 0.186), ("Nathan", 0.185), ("Dale", 0.184), ("Manuel", 0.181), ("Rodney", 0.18),
    ("Curtis", 0.18), ("Norman", 0.177), ("Allen", 0.174), ("Marvin", 0.171), ("Vincent", 0.168),
    ("Glenn", 0.167), ("Jeffery", 0.166), ("Travis", 0.166), ("Jeff", 0.166), ("Chad", 0.165),
    ("Jacob", 0.165), ("Lee", 0.162), ("Melvin", 0.162), ("Alfred", 0.162), ("Kyle", 0.16),
    ("Francis", 0.16), ("Bradley", 0.159), ("Jesus", 0.155), ("Herbert", 0.155), ("Frederick",
    0.154), ("Ray", 0.153), ("Joel", 0.152), ("Edwin", 0.148), ("Don", 0.145), ("Eddie", 0.144),
    ("Ricky", 0.141), ("Troy", 0.138), ("Randall", 0.138), ("Barry", 0.134), ("Alexander", 0.132),
    ("Bernard", 0.127), ("Mario", 0.125), ("Leroy", 0.125), ("Francisco", 0.124), ("Marcus", 0.124),
    ("Micheal", 0.123), ("Theodore", 0.123), ("Clifford", 0.123), ("Miguel", 0.122), ("Oscar",
    0.122), ("Jay", 0.118), ("Jim", 0.118), ("Tom", 0.117), ("Calvin", 0.115), ("Alex", 0.115),
    ("Jon", 0.115), ("Ronnie", 0.113), ("Bill", 0.112), ("Lloyd", 0.112), ("Tommy", 0.112), ("Leon",
    0.112), ("Derek", 0.112), ("Warren", 0.11), ("Darrell", 0.108), ("Jerome", 0.108), ("Floyd",
    0.107), ("Leo", 0.106), ("Alvin", 0.105), ("Tim", 0.104), ("Wesley", 0.104), ("Gordon", 0.104),
    ("Dean", 0.104), ("Greg", 0.104), ("Jorge", 0.104), ("Dustin", 0.103), ("Pedro", 0.103),
    ("Derrick", 0.103), ("Dan", 0.101), ("Lewis", 0.099), ("Zachary", 0.099), ("Corey", 0.098),
    ("Herman", 0.097), ("Maurice", 0.097), ("Vernon", 0.097), ("Roberto", 0.097), ("Clyde", 0.095),
    ("Glen", 0.094), ("Hector", 0.094), ("Shane", 0.093), ("Ricardo", 0.093), ("Sam", 0.092),
    ("Rick", 0.091), ("Lester", 0.091), ("Brent", 0.09), ("Ramon", 0.09), ("Charlie", 0.09),
    ("Tyler", 0.089), ("Gilbert", 0.089), ("Gene", 0.087), ("Marc", 0.087), ("Reginald", 0.084),
    ("Ruben", 0.082), ("Brett", 0.082), ("Angel", 0.082), ("Nathaniel", 0.081), ("Rafael", 0.081),
    ("Leslie", 0.081), ("Edgar", 0.08), ("Milton", 0.08), ("Raul", 0.079), ("Ben", 0.078),
    ("Chester", 0.078), ("Cecil", 0.078), ("Duane", 0.077), ("Franklin", 0.077), ("Andre", 0.076),
    ("Elmer", 0.074), ("Brad", 0.073), ("Gabriel", 0.073), ("Ron", 0.072), ("Mitchell", 0.072),
    ("Roland", 0.072), ("Arnold", 0.072), ("Harvey", 0.072), ("Jared", 0.071), ("Adrian", 0.069),
    ("Karl", 0.069), ("Cory", 0.068), ("Claude", 0.068), ("Erik", 0.068), ("Darryl", 0.067),
    ("Jamie", 0.066), ("Neil", 0.066), ("Jessie", 0.065), ("Christian", 0.065), ("Javier", 0.065),
    ("Fernando", 0.065), ("Clinton", 0.065), ("Ted", 0.064), ("Mathew", 0.064), ("Tyrone", 0.064),
    ("Darren", 0.064), ("Lonnie", 0.064), ("Lance", 0.063), ("Cody", 0.063), ("Julio", 0.063),
    ("Kelly", 0.063), ("Kurt", 0.062), ("Allan", 0.061), ("Nelson", 0.061), ("Guy", 0.06),
    ("Clayton", 0.06), ("Hugh", 0.06), ("Max", 0.059), ("Dwayne", 0.059), ("Dwight", 0.058),
    ("Armando", 0.058), ("Felix", 0.058), ("Jimmie", 0.058), ("Everett", 0.057), ("Jordan", 0.056),
    ("Ian", 0.056), ("Wallace", 0.056), ("Ken", 0.055), ("Bob", 0.055), ("Jaime", 0.055), ("Casey",
    0.054), ("Alfredo", 0.054), ("Alberto", 0.053), ("Dave", 0.053), ("Ivan", 0.053), ("Johnnie",
    0.052), ("Sidney", 0.052), ("Byron", 0.052), ("Julian", 0.052), ("Isaac", 0.051), ("Morris",
    0.051), ("Clifton", 0.05), ("Willard", 0.05), ("Daryl", 0.05), ("Ross", 0.05), ("Virgil",
    0.049), ("Andy", 0.049), ("Marshall", 0.049), ("Salvador", 0.049), ("Perry", 0.049), ("Kirk",
    0.049), ("Sergio", 0.049), ("Marion", 0.048), ("Tracy", 0.048), ("Seth", 0.048), ("Kent",
    0.048), ("Terrance", 0.048), ("Rene", 0.048), ("Eduardo", 0.047), ("Terrence", 0.047),
    ("Enrique", 0.046), ("Freddie", 0.046), ("Wade", 0.045), ("Austin", 0.044), ("Stuart", 0.044),
    ("Fredrick", 0.043), ("Arturo", 0.043), ("Alejandro", 0.043), ("Jackie", 0.043), ("Joey",
    0.043), ("Nick", 0.043), ("Luther", 0.043), ("Wendell", 0.042), ("Jeremiah", 0.042), ("Evan",
    0.042), ("Julius", 0.042), ("Dana", 0.042), ("Donnie", 0.041), ("Otis", 0.041), ("Shannon",
    0.04), ("Trevor", 0.04), ("Oliver", 0.04), ("Luke", 0.04), ("Homer", 0.04), ("Gerard", 0.04),
    ("Doug", 0.04), ("Kenny", 0.039), ("Hubert", 0.039), ("Angelo", 0.039), ("Shaun", 0.039),
    ("Lyle", 0.038), ("Matt", 0.038), ("Lynn", 0.038), ("Alfonso", 0.038), ("Orlando", 0.037),
    ("Rex", 0.037), ("Carlton", 0.037), ("Ernesto", 0.037), ("Cameron", 0.037), ("Neal", 0.037),
    ("Pablo", 0.036), ("Lorenzo", 0.036), ("Omar", 0.036), ("Wilbur", 0.036), ("Blake", 0.036),
    ("Grant", 0.036), ("Horace", 0.036), ("Roderick", 0.036), ("Kerry", 0.036), ("Abraham", 0.035),
    ("Willis", 0.035), ("Rickey", 0.035), ("Jean", 0.035), ("Ira", 0.035), ("Andres", 0.034),
    ("Cesar", 0.034), ("Johnathan", 0.034), ("Malcolm", 0.034), ("Rudolph", 0.034), ("Damon",
    0.034), ("Kelvin", 0.034), ("Rudy", 0.034), ("Preston", 0.034), ("Alton", 0.033), ("Archie",
    0.033), ("Marco", 0.033), ("Wm", 0.033), ("Pete", 0.032), ("Randolph", 0.032), ("Garry", 0.032),
    ("Geoffrey", 0.032), ("Jonathon", 0.032), ("Felipe", 0.032), ("Bennie", 0.032), ("Gerardo",
    0.032), ("Ed", 0.032), ("Dominic", 0.032), ("Robin", 0.032), ("Loren", 0.032), ("Delbert",
    0.031), ("Colin", 0.031), ("Guillermo", 0.031), ("Earnest", 0.031), ("Lucas", 0.031), ("Benny",
    0.03), ("Noel", 0.03), ("Spencer", 0.03), ("Rodolfo", 0.03), ("Myron", 0.03), ("Edmund", 0.03),
    ("Garrett", 0.029), ("Salvatore", 0.029), ("Cedric", 0.029), ("Lowell", 0.029), ("Gregg",
    0.029), ("Sherman", 0.028), ("Wilson", 0.028), ("Devin", 0.028), ("Sylvester", 0.028), ("Kim",
    0.028), ("Roosevelt", 0.028), ("Israel", 0.028), ("Jermaine", 0.028)
)  # fmt: skip
US_LAST = (
    ("Smith", 1.006), ("Johnson", 0.81), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621),
    ("Davis", 0.48), ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor", 0.311),
    ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.31), ("White", 0.279), ("Harris", 0.275),
    ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254), ("Martinez", 0.234), ("Robinson",
    0.233), ("Clark", 0.231), ("Rodriguez", 0.229), ("Lewis", 0.226), ("Lee", 0.22), ("Walker",
    0.219), ("Hall", 0.2), ("Allen", 0.199), ("Young", 0.193), ("Hernandez", 0.192), ("King", 0.19),
    ("Wright", 0.189), ("Lopez", 0.187), ("Hill", 0.187), ("Scott", 0.185), ("Green", 0.183),
    ("Adams", 0.174), ("Baker", 0.171), ("Gonzalez", 0.166), ("Nelson", 0.162), ("Carter", 0.162),
    ("Mitchell", 0.16), ("Perez", 0.155), ("Roberts", 0.153), ("Turner", 0.152), ("Phillips",
    0.149), ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141), ("Edwards", 0.137),
    ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.13), ("Morris", 0.125), ("Rogers", 0.123),
    ("Reed", 0.122), ("Cook", 0.12), ("Morgan", 0.118), ("Bell", 0.117), ("Murphy", 0.117),
    ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper", 0.113), ("Richardson", 0.112), ("Cox", 0.11),
    ("Howard", 0.11), ("Ward", 0.108), ("Torres", 0.108), ("Peterson", 0.107), ("Gray", 0.106),
    ("Ramirez", 0.105), ("James", 0.105), ("Watson", 0.103), ("Brooks", 0.103), ("Kelly", 0.102),
    ("Sanders", 0.1), ("Price", 0.099), ("Bennett", 0.099), ("Wood", 0.098), ("Barnes", 0.097),
    ("Ross", 0.096), ("Henderson", 0.095), ("Coleman", 0.095), ("Jenkins", 0.095), ("Perry", 0.094),
    ("Powell", 0.093), ("Long", 0.092), ("Patterson", 0.092), ("Hughes", 0.092), ("Flores", 0.092),
    ("Washington", 0.092), ("Butler", 0.091), ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales",
    0.087), ("Bryant", 0.087), ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084),
    ("Diaz", 0.084), ("Hayes", 0.083), ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082),
    ("Graham", 0.082), ("Sullivan", 0.081), ("Wallace", 0.081), ("Woods", 0.08), ("Cole", 0.08),
    ("West", 0.08), ("Jordan", 0.078), ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077),
    ("Ellis", 0.077), ("Harrison", 0.076), ("Gibson", 0.075), ("McDonald", 0.075), ("Cruz", 0.075),
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
    ("Hart", 0.054), ("Cunningham", 0.054), ("Bradley", 0.054), ("Lane", 0.054), ("Andrews", 0.054),
    ("Ruiz", 0.054), ("Harper", 0.054), ("Fox", 0.053), ("Riley", 0.053), ("Armstrong", 0.053),
    ("Carpenter", 0.053), ("Weaver", 0.053), ("Greene", 0.053), ("Lawrence", 0.052), ("Elliott",
    0.052), ("Chavez", 0.052), ("Sims", 0.052), ("Austin", 0.052), ("Peters", 0.052), ("Kelley",
    0.052), ("Franklin", 0.051), ("Lawson", 0.051), ("Fields", 0.051), ("Gutierrez", 0.051),
    ("Ryan", 0.051), ("Schmidt", 0.051), ("Carr", 0.051), ("Vasquez", 0.051), ("Castillo", 0.051),
    ("Wheeler", 0.051), ("Chapman", 0.05), ("Oliver", 0.05), ("Montgomery", 0.049), ("Richards",
    0.049), ("Williamson", 0.049), ("Johnston", 0.049), ("Banks", 0.048), ("Meyer", 0.048),
    ("Bishop", 0.048), ("McCoy", 0.048), ("Howell", 0.048), ("Alvarez", 0.048), ("Morrison", 0.048),
    ("Hansen", 0.047), ("Fernandez", 0.047), ("Garza", 0.047), ("Harvey", 0.047), ("Little", 0.046),
    ("Burton", 0.046), ("Stanley", 0.046), ("Nguyen", 0.046), ("George", 0.046), ("Jacobs", 0.046),
    ("Reid", 0.046), ("Kim", 0.045), ("Fuller", 0.045), ("Lynch", 0.045), ("Dean", 0.045),
    ("Gilbert", 0.045), ("Garrett", 0.045), ("Romero", 0.045), ("Welch", 0.044), ("Larson", 0.044),
    ("Frazier", 0.044), ("Burke", 0.044), ("Hanson", 0.043), ("Day", 0.043), ("Mendoza", 0.043),
    ("Moreno", 0.043), ("Bowman", 0.043), ("Medina", 0.042), ("Fowler", 0.042), ("Brewer", 0.042),
    ("Hoffman", 0.042), ("Carlson", 0.042), ("Silva", 0.042), ("Pearson", 0.042), ("Holland",
    0.042), ("Douglas", 0.041), ("Fleming", 0.041), ("Jensen", 0.041), ("Vargas", 0.041), ("Byrd",
    0.041), ("Davidson", 0.041), ("Hopkins", 0.041), ("May", 0.04), ("Terry", 0.04), ("Herrera",
    0.04), ("Wade", 0.04), ("Soto", 0.04), ("Walters", 0.04), ("Curtis", 0.04), ("Neal", 0.039),
    ("Caldwell", 0.039), ("Lowe", 0.039), ("Jennings", 0.039), ("Barnett", 0.039), ("Graves",
    0.039), ("Jimenez", 0.039), ("Horton", 0.039), ("Shelton", 0.039), ("Barrett", 0.039),
    ("O'Brien", 0.039), ("Castro", 0.039), ("Sutton", 0.038), ("Gregory", 0.038), ("McKinney",
    0.038), ("Lucas", 0.038), ("Miles", 0.038), ("Craig", 0.038), ("Rodriquez", 0.037), ("Chambers",
    0.037), ("Holt", 0.037), ("Lambert", 0.037), ("Fletcher", 0.037), ("Watts", 0.037), ("Bates",
    0.037), ("Hale", 0.037), ("Rhodes", 0.037), ("Pena", 0.037), ("Beck", 0.037), ("Newman", 0.036),
    ("Haynes", 0.036), ("McDaniel", 0.036), ("Mendez", 0.036), ("Bush", 0.036), ("Vaughn", 0.036),
    ("Parks", 0.035), ("Dawson", 0.035), ("Santiago", 0.035), ("Norris", 0.035), ("Hardy", 0.035),
    ("Love", 0.035), ("Steele", 0.035), ("Curry", 0.035), ("Powers", 0.035), ("Schultz", 0.035),
    ("Barker", 0.035), ("Guzman", 0.034), ("Page", 0.034), ("Munoz", 0.034), ("Ball", 0.034),
    ("Keller", 0.034), ("Chandler", 0.034), ("Weber", 0.034), ("Leonard", 0.034), ("Walsh", 0.033),
    ("Lyons", 0.033), ("Ramsey", 0.033), ("Wolfe", 0.033), ("Schneider", 0.033), ("Mullins", 0.033),
    ("Benson", 0.033), ("Sharp", 0.033), ("Bowen", 0.033), ("Daniel", 0.033), ("Barber", 0.032),
    ("Cummings", 0.032), ("Hines", 0.032), ("Baldwin", 0.032), ("Griffith", 0.032), ("Valdez",
    0.032), ("Hubbard", 0.032), ("Salazar", 0.032), ("Reeves", 0.032), ("Warner", 0.031),
    ("Stevenson", 0.031), ("Burgess", 0.031), ("Santos", 0.031), ("Tate", 0.031), ("Cross", 0.031),
    ("Garner", 0.031), ("Mann", 0.031), ("Mack", 0.031), ("Moss", 0.031), ("Thornton", 0.031),
    ("Dennis", 0.031), ("McGee", 0.031), ("Farmer", 0.03), ("Delgado", 0.03), ("Aguilar", 0.03),
    ("Vega", 0.03), ("Glover", 0.03), ("Manning", 0.03), ("Cohen", 0.03), ("Harmon", 0.03),
    ("Rodgers", 0.03), ("Robbins", 0.03), ("Newton", 0.03), ("Todd", 0.03), ("Blair", 0.03),
    ("Higgins", 0.03), ("Ingram", 0.03), ("Reese", 0.03), ("Cannon", 0.03), ("Strickland", 0.03),
    ("Townsend", 0.03), ("Potter", 0.03), ("Goodwin", 0.03), ("Walton", 0.03), ("Rowe", 0.029),
    ("Hampton", 0.029), ("Ortega", 0.029), ("Patton", 0.029), ("Swanson", 0.029), ("Joseph", 0.029),
    ("Francis", 0.029), ("Goodman", 0.029), ("Maldonado", 0.029), ("Yates", 0.029), ("Becker",
    0.029), ("Erickson", 0.029), ("Hodges", 0.029), ("Rios", 0.029), ("Conner", 0.029), ("Adkins",
    0.029), ("Webster", 0.028), ("Norman", 0.028), ("Malone", 0.028), ("Hammond", 0.028),
    ("Flowers", 0.028), ("Cobb", 0.028), ("Moody", 0.028), ("Quinn", 0.028), ("Blake", 0.028),
    ("Maxwell", 0.028), ("Pope", 0.028), ("Floyd", 0.027), ("Osborne", 0.027), ("Paul", 0.027),
    ("McCarthy", 0.027), ("Guerrero", 0.027), ("Lindsey", 0.027), ("Estrada", 0.027), ("Sandoval",
    0.027), ("Gibbs", 0.027), ("Tyler", 0.027), ("Gross", 0.027), ("Fitzgerald", 0.027), ("Stokes",
    0.027), ("Doyle", 0.027), ("Sherman", 0.027), ("Saunders", 0.027), ("Wise", 0.027), ("Colon",
    0.027), ("Gill", 0.027), ("Alvarado", 0.027), ("Greer", 0.026), ("Padilla", 0.026), ("Simon",
    0.026), ("Waters", 0.026), ("Nunez", 0.026), ("Ballard", 0.026), ("Schwartz", 0.026),
    ("McBride", 0.026), ("Houston", 0.026), ("Christensen", 0.026), ("Klein", 0.026), ("Pratt",
    0.026), ("Briggs", 0.026), ("Parsons", 0.026), ("McLaughlin", 0.026), ("Zimmerman", 0.026),
    ("French", 0.026), ("Buchanan", 0.026), ("Moran", 0.026), ("Copeland", 0.025), ("Roy", 0.025),
    ("Pittman", 0.025), ("Brady", 0.025), ("McCormick", 0.025), ("Holloway", 0.025)
)  # fmt: skip

# Origins common in Sweden: the commonest given names and surnames of each, in the writer's rank order,
# 1/rank, head 10. Surnames follow each country's custom (Somali and Eritrean ones are a father's name).
OTHER = {
    "finnish": (
        "Tuula, Pirjo, Marja, Anneli, Sirpa, Päivi, Leena, Riitta, Seija, Eija, Hannele, Kaarina, Tiina, Satu, Minna, Sanna, Marjatta, Anja, Raija, Ritva, Aino, Helena, Kirsi, Outi, Merja",
        "Juha, Timo, Matti, Kari, Mikko, Jari, Pekka, Antti, Markku, Jukka, Heikki, Seppo, Esa, Veikko, Raimo, Tapio, Pentti, Jorma, Hannu, Ilkka, Teemu, Jouni, Kalevi, Arto, Petri",
        "Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen",
    ),
    "arabic": (  # Iraq, Syria, Lebanon, Palestine; Assyrian/Syriac names among them
        "Fatima, Maryam, Zainab, Noor, Aya, Hiba, Rania, Amira, Layla, Huda, Nour, Samira, Rana, Dalia, Yasmin, Hanan, Maha, Reem, Ninwa, Shamiram, Nahrain, Mariam, Sara, Lina, Rasha",
        "Mohammed, Ahmed, Ali, Hassan, Hussein, Omar, Mustafa, Karim, Khaled, Ibrahim, Youssef, Mahmoud, Abdullah, Samir, Tariq, Bilal, Yasin, Said, Sargon, Ninos, Ashur, Gabriel, Elias, Fadi, Aziz, Jacob, George, Hamza",
        "Ali, Mohammed, Ahmed, Hassan, Hussein, Ibrahim, Abdullah, Mahmoud, Saleh, Khalil, Younes, Haddad, Jaber, Kareem, Al-Hashimi, Al-Obaidi, Al-Jubouri, El-Khatib, Gabriel, Yousef, Barsoum, Shamoun, Isho, Aho, Lahdo, Ishak, Melke, Yakoub, Danho, Gallo, Hanna, Abboud",
    ),
    "somali": (
        "Amina, Fadumo, Hodan, Ayan, Sahra, Hawa, Ifrah, Asha, Deqa, Nasra, Ubah, Khadra, Sagal, Hibo, Farhiyo, Idil, Ilhan, Muna, Nimco, Sucaad",
        "Abdirahman, Abdullahi, Mohamed, Ahmed, Hassan, Abdi, Omar, Ismail, Yusuf, Abdirizak, Mahad, Liban, Guled, Farah, Hamza, Abdiaziz, Abdikarim, Mukhtar, Sharmarke, Bashir",
        "Mohamed, Ahmed, Hassan, Abdi, Ali, Omar, Farah, Warsame, Jama, Osman, Nur, Yusuf, Aden, Hussein, Ismail, Abdullahi, Hersi, Egal, Mohamud, Dahir, Elmi, Duale",
    ),
    "polish": (  # feminine -ska/-cka made from the masculine surname
        "Anna, Katarzyna, Maria, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Magdalena, Elżbieta, Joanna, Aleksandra, Monika, Zofia, Teresa, Danuta, Natalia, Karolina, Marta, Beata, Dorota, Jadwiga",
        "Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Jan, Michał, Marcin, Stanisław, Jakub, Adam, Marek, Łukasz, Grzegorz, Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Jerzy, Przemysław, Sławomir",
        "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Wojciechowski, Kwiatkowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Nowicki, Zając, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Wróbel, Zawadzki, Czarnecki, Górecki, Sadowski",
    ),
    "persian": (
        "Maryam, Fatemeh, Zahra, Sara, Narges, Leila, Shirin, Parisa, Mahsa, Neda, Azadeh, Roya, Nasrin, Shabnam, Mina, Yasaman, Golnaz, Farideh, Elham, Samaneh, Niloufar, Soheila",
        "Mohammad, Ali, Reza, Hossein, Mehdi, Amir, Hamid, Saeed, Majid, Babak, Behrouz, Dariush, Kourosh, Farhad, Arash, Omid, Navid, Payam, Siavash, Kamran, Bijan, Houman",
        "Mohammadi, Hosseini, Ahmadi, Rezaei, Moradi, Karimi, Jafari, Rahimi, Hashemi, Mousavi, Sadeghi, Ghasemi, Kazemi, Rostami, Ebrahimi, Nazari, Heidari, Tehrani, Farahani, Abbasi, Shirazi, Esfahani, Amini, Sohrabi",
    ),
    "bcs": (  # Bosnian, Serbian, Croatian
        "Amela, Emina, Selma, Lejla, Ana, Marija, Jelena, Ivana, Mirela, Azra, Aida, Sanela, Dragana, Snežana, Vesna, Mirjana, Maja, Jasmina, Edina, Senada, Nermina, Dženana",
        "Emir, Amir, Adnan, Nermin, Haris, Dragan, Zoran, Goran, Milan, Nikola, Marko, Ivan, Stefan, Mirza, Senad, Dženan, Edin, Nenad, Dejan, Saša, Đorđe, Željko",
        "Hodžić, Hadžić, Kovačević, Begić, Delić, Mehmedović, Husić, Omerović, Ibrahimović, Petrović, Jovanović, Nikolić, Marković, Đorđević, Stojanović, Horvat, Babić, Kovačić, Marić, Jurić, Šarić, Mujić, Alić, Salihović, Karić, Ćosić",
    ),
    "turkish": (
        "Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Meryem, Şerife, Zehra, Sultan, Hülya, Esra, Büşra, Merve, Özlem, Derya, Gül, Selin, Ebru, Dilek, Gülşen, Songül",
        "Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Osman, Yusuf, Murat, Ömer, Ramazan, Halil, Süleyman, Emre, Burak, Kemal, Serkan, Erdal, Gökhan, Tolga",
        "Yılmaz, Kaya, Demir, Çelik, Şahin, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Korkmaz",
    ),
    "eritrean": (  # the surname is the father's given name
        "Helen, Senait, Selam, Luwam, Saba, Hiwet, Mebrat, Yohana, Winta, Ruta, Tsega, Freweini, Almaz, Semhar, Feven, Lidia, Meron, Eden, Rahel, Abrehet",
        "Yonas, Daniel, Samuel, Michael, Tesfay, Yohannes, Habtom, Tekle, Berhane, Ghirmay, Amanuel, Filmon, Kidane, Mehari, Goitom, Dawit, Efrem, Isaak, Robel, Aron",
        "Tesfay, Tekle, Berhane, Ghebremedhin, Habte, Kidane, Gebremariam, Haile, Mehari, Tesfamariam, Woldu, Asmerom, Yemane, Okbazghi, Ghebreyesus, Andemariam, Negash, Abraha, Teklehaimanot, Zerai",
    ),
    "afghan": (
        "Fatima, Zahra, Maryam, Zainab, Nazifa, Shabana, Freshta, Mursal, Parwana, Nilofar, Mahbooba, Hasina, Soraya, Laila, Marzia, Sakina, Gulalai, Malalai, Farzana, Zarghona",
        "Mohammad, Ahmad, Ali, Hussain, Mustafa, Abdul, Reza, Hamid, Jawad, Farid, Rahim, Karim, Sayed, Naveed, Wahid, Jamshid, Yama, Basir, Habib, Mirwais, Zabihullah, Ehsan",
        "Ahmadi, Hussaini, Mohammadi, Rahimi, Haidari, Sultani, Noori, Hakimi, Karimi, Rezai, Amiri, Stanikzai, Popal, Safi, Sadat, Rasuli, Jafari, Azizi, Akbari, Qaderi, Wardak, Nazari",
    ),
    "thai": (
        "Siriporn, Somying, Sunisa, Kanokwan, Pranee, Malee, Wanida, Nattaya, Pornthip, Rattana, Supaporn, Jintana, Araya, Kannika, Nittaya, Sasithorn, Duangjai, Lamai, Patcharee, Thanaporn",
        "Somchai, Somsak, Sompong, Prasert, Anan, Wichai, Sakda, Chaiwat, Thanakorn, Niran, Kittisak, Surachai, Boonmee, Pichit, Apichat, Narong, Weerapong, Somkiat",
        "Saetang, Srisuk, Wongsawat, Chaiyaporn, Thongdee, Boonyarat, Sukprasert, Kaewmanee, Phromma, Rattanakorn, Jaidee, Suwannarat, Wongsa, Srisawat, Intharasuk, Kongkaew, Sangthong, Panyadee, Meesuk, Boonsri",
    ),
    "latin": (  # Chile first, then the rest of Latin America; two surnames, paternal and maternal
        "María, Carolina, Daniela, Valentina, Camila, Francisca, Javiera, Catalina, Fernanda, Constanza, Paula, Andrea, Claudia, Patricia, Verónica, Paola, Ximena, Lorena, Marcela, Gabriela, Soledad, Macarena",
        "José, Juan, Luis, Carlos, Jorge, Francisco, Sebastián, Matías, Diego, Cristián, Rodrigo, Felipe, Patricio, Claudio, Manuel, Pablo, Andrés, Gonzalo, Nicolás, Tomás, Héctor, Joaquín",
        "González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo, Ramírez, Reyes, Gutiérrez, Castro, Vargas, Álvarez, Vásquez, Tapia, Fernández",
    ),
    "kurdish": (
        "Berivan, Rojda, Dilan, Zozan, Nazdar, Shilan, Avin, Jiyan, Zilan, Gulistan, Ronahi, Bahar, Hana, Shirin, Sozdar, Helin, Rozerin, Nesrin, Hevin, Kajal",
        "Azad, Dilshad, Rebwar, Karwan, Shwan, Sherko, Hiwa, Baran, Aram, Dara, Zana, Serdar, Kawa, Rizgar, Botan, Ari, Diyar, Soran, Hemin, Rekar",
        "Hassan, Rashid, Aziz, Amin, Karim, Mahmoud, Abdullah, Kurdi, Hawrami, Jaff, Zebari, Baban, Mirani, Sindi, Doski, Xoshnaw, Salih, Faraj, Qadir, Berwari",
    ),
    "ukrainian": (
        "Olena, Tetiana, Natalia, Iryna, Oksana, Yulia, Svitlana, Olha, Kateryna, Anastasiia, Mariia, Liudmyla, Viktoriia, Halyna, Nadiia, Alina, Larysa",
        "Oleksandr, Serhii, Andrii, Volodymyr, Dmytro, Oleksii, Mykola, Vasyl, Ivan, Yurii, Maksym, Viktor, Ihor, Bohdan, Taras, Roman, Artem",
        "Melnyk, Shevchenko, Kovalenko, Bondarenko, Boiko, Tkachenko, Kravchenko, Kovalchuk, Koval, Oliinyk, Shevchuk, Polishchuk, Bondar, Tkachuk, Marchenko, Savchenko, Rudenko, Moroz, Lysenko, Petrenko",
    ),
    "german": (
        "Sabine, Ursula, Petra, Monika, Claudia, Susanne, Andrea, Birgit, Stefanie, Julia, Katrin, Anja, Nicole, Heike, Karin, Christine, Gabriele, Martina, Ingrid, Renate",
        "Thomas, Michael, Andreas, Stefan, Peter, Frank, Klaus, Jürgen, Uwe, Wolfgang, Markus, Christian, Matthias, Jörg, Dirk, Tobias, Sebastian, Florian, Torsten, Holger",
        "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, Hofmann, Hartmann, Lange",
    ),
    "indian": (
        "Priya, Anjali, Pooja, Neha, Divya, Deepa, Kavita, Sunita, Lakshmi, Shreya, Aishwarya, Meera, Swati, Sneha, Ritu, Nandini, Harini",
        "Rahul, Amit, Rajesh, Suresh, Vijay, Arjun, Sanjay, Anil, Ravi, Vikram, Karthik, Rohit, Arun, Pradeep, Manoj, Srinivas, Venkat",
        "Sharma, Patel, Singh, Kumar, Gupta, Reddy, Iyer, Nair, Rao, Shah, Mehta, Joshi, Desai, Verma, Menon, Pillai, Chatterjee, Banerjee, Krishnan, Agarwal",
    ),
}

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(
        ranked(_SV_F_HEAD + "," + _SV_F_TAIL, 150),
        ranked(_SV_M_HEAD + "," + _SV_M_TAIL, 150),
        ranked(_SV_LAST_HEAD + "," + _SV_LAST_TAIL, 150),
    ),
    "us": Origin(census(US_F), census(US_M), census(US_LAST)),
    "uk": Origin(
        ranked(_UK_F + "," + _UK_F_TAIL, 150),
        ranked(_UK_M + "," + _UK_M_TAIL, 150),
        ranked(_UK_LAST + "," + _UK_LAST_TAIL, 150),
    ),
}
for _key, (_f, _m, _s) in OTHER.items():
    ORIGINS[_key] = Origin(ranked(_f, 10), ranked(_m, 10), ranked(_s, 10))

# Who is named, per language of the text: Sweden's population in Swedish and mixed text (people born
# abroad or with parents who were, by the size of each group), English text mostly British and American.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "afghan": 1.5, "turkish": 1.5, "kurdish": 1.5, "eritrean": 1.2, "ukrainian": 1.2,
        "german": 1, "thai": 1, "latin": 1, "indian": 0.8, "uk": 0.6, "us": 0.5,
    },
    "en": {
        "us": 38, "uk": 36, "swedish": 8, "indian": 4, "arabic": 2, "polish": 2, "latin": 2,
        "german": 1.2, "finnish": 1, "persian": 1, "turkish": 1, "somali": 0.8, "thai": 0.8,
        "ukrainian": 0.8, "bcs": 0.6, "afghan": 0.5, "eritrean": 0.4, "kurdish": 0.4,
    },
    "mixed": {
        "swedish": 50, "uk": 10, "us": 9, "arabic": 5, "finnish": 3, "polish": 3, "persian": 2.5,
        "indian": 2.5, "bcs": 2, "german": 1.5, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5,
        "ukrainian": 1.5, "eritrean": 1, "afghan": 1, "thai": 1, "latin": 1,
    },
}  # fmt: skip

# Short forms people are called by, per origin: given name -> its short forms.
_NICK_SV = {
    "Lars": ("Lasse",), "Mikael": ("Micke",), "Joakim": ("Jocke",), "Karl": ("Kalle",), "Per": ("Pelle", "Pära"),
    "Charlotte": ("Lotta",), "Charlotta": ("Lotta",), "Susanne": ("Sussie", "Sanna"), "Marcus": ("Mackan",),
    "Thomas": ("Tompa",), "Tomas": ("Tompa",), "Kristoffer": ("Krille",), "Elisabeth": ("Lisa", "Bettan"),
    "Elisabet": ("Bettan",), "Margareta": ("Maggan",), "Birgitta": ("Gittan", "Bittan"), "Katarina": ("Kattis",),
    "Fredrik": ("Fredde",), "Robert": ("Robban",), "Patrik": ("Patte",), "Jonas": ("Jonte",), "Daniel": ("Danne",),
    "Magnus": ("Manne",), "Gustav": ("Gurra", "Gusse"), "Gustaf": ("Gurra",), "Kristina": ("Stina", "Kicki"),
    "Christina": ("Kicki",), "Ulrika": ("Ullis",), "Viktoria": ("Vickan",), "Alexandra": ("Alex",), "Alexander": ("Alex",),
    "Sebastian": ("Sebbe",), "Henrik": ("Henke",), "Stefan": ("Steffe",), "Tobias": ("Tobbe",), "Oskar": ("Ogge",),
    "Olof": ("Olle",), "Jan": ("Janne",), "Johanna": ("Jossan",), "Josefin": ("Jossan",), "Therese": ("Tessan",),
    "Madeleine": ("Madde",), "Mattias": ("Matte",), "Maria": ("Mia", "Maja"), "Cecilia": ("Cissi", "Cilla"),
    "Jessica": ("Jessan",), "Camilla": ("Millan",), "Rebecka": ("Becka",), "Anders": ("Ante",), "Hans": ("Hasse",),
    "Kenneth": ("Kenta",), "Torbjörn": ("Tobbe",), "Christer": ("Kicke",), "Göran": ("Gurra",), "Annika": ("Anki",),
    "Bengt": ("Bengan",), "Jörgen": ("Jögge",), "Niklas": ("Nicke",), "Pontus": ("Ponta",), "Rickard": ("Rille",),
    "Carl-Johan": ("CJ",), "Karl-Johan": ("Kalle",), "Ann-Christin": ("Anki",), "Marianne": ("Mian",),
    "Ingrid": ("Ingan",), "Gunilla": ("Gunnis",), "Monica": ("Moni",), "Jenny": ("Jenna",), "Linnea": ("Linn",),
}  # fmt: skip
_NICK_EN = {
    "William": ("Will", "Bill"), "Robert": ("Rob", "Bob"), "Richard": ("Rich", "Rick"), "Elizabeth": ("Liz", "Beth"),
    "Jennifer": ("Jen", "Jenny"), "Michael": ("Mike", "Mick"), "Christopher": ("Chris",), "Katherine": ("Kate", "Kathy"),
    "Margaret": ("Maggie", "Peggy"), "James": ("Jim", "Jamie"), "Thomas": ("Tom",), "Anthony": ("Tony",),
    "Daniel": ("Dan", "Danny"), "Matthew": ("Matt",), "Andrew": ("Andy", "Drew"), "Stephen": ("Steve",),
    "Steven": ("Steve",), "Joseph": ("Joe",), "Edward": ("Ed", "Ted"), "Rebecca": ("Becky", "Bex"),
    "Samantha": ("Sam",), "Victoria": ("Vicky", "Tori"), "Alexander": ("Alex",), "Benjamin": ("Ben",),
    "Nicholas": ("Nick",), "Patricia": ("Pat", "Trish"), "Susan": ("Sue",), "Deborah": ("Debbie", "Deb"),
    "Jacqueline": ("Jackie",), "Catherine": ("Cathy", "Kate"), "Jonathan": ("Jon",), "Timothy": ("Tim",),
    "Kenneth": ("Ken",), "Donald": ("Don",), "Ronald": ("Ron",), "Gerald": ("Gerry",), "Frederick": ("Fred",),
    "Henry": ("Harry", "Hal"), "Peter": ("Pete",), "David": ("Dave",), "Samuel": ("Sam",), "Joshua": ("Josh",),
    "Gregory": ("Greg",), "Philip": ("Phil",), "Douglas": ("Doug",), "Raymond": ("Ray",), "Lawrence": ("Larry",),
    "Terence": ("Terry",), "Barbara": ("Barb",), "Pamela": ("Pam",), "Kimberly": ("Kim",), "Christine": ("Chris",),
    "Abigail": ("Abby",), "Eleanor": ("Ellie", "Nell"), "Jessica": ("Jess",), "Charles": ("Charlie", "Chuck"),
    "Gary": ("Gaz",), "Darren": ("Daz",), "Sarah": ("Sal",), "Helen": ("Nell",), "Amanda": ("Mandy",),
    "Nicola": ("Nicky",), "Joanne": ("Jo",), "Stuart": ("Stu",), "Kathleen": ("Kath",), "Dorothy": ("Dot",),
}  # fmt: skip
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": _NICK_SV,
    "us": _NICK_EN,
    "uk": _NICK_EN,
}
