# ruff: noqa: E501
"""Name pools of held-out ES (issue 15), weighted by how often people carry the names.

Written by a helper who does not tune the detector, from general knowledge of the name statistics
(SCB for Sweden, the ONS rankings for England and Wales, the commonest names of the origins common
in Sweden) and from the US Census 1990 lists (`dist.female.first`, `dist.male.first`,
`dist.all.last`, public domain, copied from the `names` package's data files with the census per
cent as weight). No name was checked against rung's lexicons and none was left out for being known
or unknown. Ranked lists are weighted 1/rank; `HEAD_SHARE` of the name words come from a list's
head (its first `head` names), the rest from its tail, by weight inside each part.
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
    label: str
    given_f: Pool
    given_m: Pool
    surnames: Pool


def split(text: str) -> tuple[str, ...]:
    """Names written as `A, B, C` over lines; a name may hold a space (`von Schwerin`)."""
    return tuple(n.strip() for n in text.replace("\n", ",").split(",") if n.strip())


def ranked(text: str, head: int) -> Pool:
    """A list in rank order, weight 1/rank."""
    names = split(text)
    assert len(names) > head, (names[:3], len(names), head)
    assert len(set(names)) == len(names), [n for n in names if names.count(n) > 1]
    return Pool(names, tuple(1 / rank for rank in range(1, len(names) + 1)), head)


def census(text: str, head: int) -> Pool:
    """A census list: `Name per-cent` pairs in the census's order, the per cent as weight."""
    pairs = [item.rsplit(" ", 1) for item in split(text)]
    names = tuple(name for name, _ in pairs)
    assert len(set(names)) == len(names), [n for n in names if names.count(n) > 1]
    return Pool(names, tuple(float(pct) for _, pct in pairs), head)


PLAIN = str.maketrans({"ł": "l", "Ł": "L", "đ": "dj", "Đ": "Dj", "ı": "i", "ß": "ss", "ø": "o"})


def plain(word: str) -> str:
    """A name typed without its letters (`Wiśniewska` -> `Wisniewska`, `Hodžić` -> `Hodzic`)."""
    decomposed = unicodedata.normalize("NFKD", word.translate(PLAIN))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: -ski/-cki/-dzki become -ska/-cka/-dzka."""
    return surname[:-1] + "a" if surname.endswith("ki") else surname


# Sweden: SCB's name statistics (all bearers), in rank order as the writer knows them; head 150.
SV_WOMEN = ranked(
    """
Maria, Elisabeth, Anna, Kristina, Margareta, Eva, Linnéa, Birgitta, Karin, Marie, Ingrid, Sofia,
Elin, Emma, Christina, Helena, Johanna, Sara, Kerstin, Ida, Marianne, Hanna, Lena, Matilda, Malin,
Julia, Linda, Louise, Inger, Annika, Ulla, Elsa, Alice, Cecilia, Viktoria, Ebba, Amanda, Charlotte,
Susanne, Maja, Astrid, Monica, Anita, Ingegerd, Gunilla, Jenny, Therese, Sofie, Caroline, Alva,
Ellen, Ann, Lina, Josefin, Klara, Ingela, Frida, Wilma, Ella, Anneli, Katarina, Agneta, Carina,
Emelie, Barbro, Ulrika, Camilla, Siv, Åsa, Olivia, Gun, Moa, Britt, Agnes, Lisa, Ingeborg, Inga,
Madeleine, Erika, Gunnel, Mona, Pia, Jessica, Karolina, Felicia, Lovisa, Emilia, Elvira, Stina,
Rebecka, Yvonne, Irene, Vera, Saga, Nora, Elisabet, Mikaela, Sanna, Sandra, Eleonora, Alexandra,
Gunhild, Gerd, Berit, Ewa, Elise, Elina, Tove, Tilda, Nellie, Thea, Sigrid, Selma, Hedvig, Signe,
Tyra, Ester, Ines, Isabelle, Evelina, Ronja, Linn, Lisbeth, Jeanette, Pernilla, Petra, Helen, Maj,
Ruth, Greta, Ellinor, Emmy, Nathalie, Hilda, Ylva, Mia, Mari, Anette, Solveig, Viola, Märta,
Gudrun, Britta, Iris, Ann-Marie, Lillemor, Ingegärd, Elna, Aina, Liv, Alma,
Juni, Edith, Freja, Harriet, Henny, Idun, Ingalill, Ingvor, Irma, Kajsa, Lova, Märit, Nanna,
Ottilia, Rakel, Siri, Svea, Tekla, Tindra, Tora, Ulla-Britt, Valborg, Vendela, Vilhelmina, Tuva,
Minna, Hedda, Meja, Lykke, Stella, Livia, Ellie, Majken, Elvy, Dagny, Asta, Hillevi, Olga, Gunborg,
Ann-Christin, Ann-Sofie, Anna-Karin, Eva-Lena, Marie-Louise, Ann-Charlotte, Lise-Lott, Annelie,
Kristin, Kristine, Katrin, Catharina, Carin, Carola, Carolina, Charlotta, Cornelia, Daniela, Diana,
Dorotea, Elinor, Elisa, Fanny, Filippa, Gabriella, Gertrud, Gull-Britt, Gunvor, Helene, Henrietta,
Hjördis, Inez, Isa, Jennifer, Josefine, Judit, Lilian, Linnea, Lisen, Liselotte, Lydia, Magdalena,
Majvor, Margit, Marita, Marlene, Martina, Maud, Mirjam, Monika, My, Nelly, Nina, Noomi, Ofelia,
Paula, Rebecca, Rose-Marie, Rut, Sally, Silvia, Sonja, Sylvia, Tina, Vanja, Veronica, Victoria,
Viveka, Vivianne, Agda, Alfhild, Amalia, Beatrice, Bodil, Doris, Embla, Estelle, Hildur, Jasmine,
Jonna, Josefina, Laila, Lilly, Lotten, Malva, Margaretha, Melina, Melissa, Milla, Mira, Molly,
Nova, Ragnhild, Ragna, Siw, Stephanie, Susann, Ulrica, Valentina, Veronika, Wilhelmina, Alicia,
Lo, Vilma, Emilie, Wera, Eira, Svanhild, Elly, Ingabritt, Gullan, Berta, Betty, Edla, Elida,
""",
    head=150,
)

SV_MEN = ranked(
    """
Lars, Karl, Mikael, Anders, Johan, Per, Erik, Carl, Nils, Jan, Lennart, Peter, Hans, Olof, Thomas,
Gustav, Daniel, Fredrik, Bengt, Alexander, Magnus, Sven, Bo, Stefan, Åke, Axel, Oskar, Gunnar,
Andreas, Kent, Leif, Göran, Mats, Martin, Roger, Ulf, Henrik, David, Emil, Christer, Jonas, Kjell,
Patrik, Rolf, Stig, Anton, Bertil, Ingvar, Björn, Robert, Tommy, Simon, Viktor, Filip, Niklas,
Christian, Mattias, Marcus, Hugo, Wilhelm, Arne, Tobias, Sebastian, Rune, Kurt, Lucas, William,
Jonathan, Rickard, Elias, Adam, Ludvig, Joakim, Oliver, Kenneth, Emanuel, Mohammad, Isak, Jakob,
Gösta, Robin, Torbjörn, Hampus, Dan, Gustaf, Claes, Jesper, Tomas, Linus, Olle, Ingemar, Roland,
Edvin, Albin, Kristoffer, Joel, Liam, Noah, Theo, Harald, Arvid, Birger, Holger, Tage, Sune, Einar,
Alf, Håkan, Pontus, Ali, Conny, Dennis, Fabian, Melvin, Alfred, Vincent, Leo, Max, Elliot, Gabriel,
Samuel, August, Felix, Casper, Albert, Valter, Ebbe, Josef, Thor, Sigvard, Torsten, Evert, Harry,
Helmer, Mohamed, Ahmed, Omar, Jimmy, Micael, Jörgen, Kristian, Morgan, Ronny, Pierre, Tore, Allan,
Ove, Sture, Erland, Yngve,
Gottfrid, Hjalmar, Ragnar, Sigurd, Knut, Ture, Valdemar, Helge, Erling, Evald, Ivar, Georg,
Gerhard, Algot, Artur, Manfred, Verner, Konrad, Ossian, Otto, Sten, Svante, Tord, Uno, Vilgot,
Jens, Mauritz, Melker, Loke, Love, Malte, Milo, Lars-Göran, Karl-Erik, Per-Olof, Jan-Erik,
Sven-Erik, Bengt-Åke, Lars-Erik, Carl-Johan, Karl-Johan, Alvin, Charlie, Colin, Dante, Elis, Frank,
Frans, Henry, Isac, Jack, Jacob, Kevin, Lukas, Matteo, Mio, Nicolas, Noel, Sam, Sigge, Sixten, Ted,
Theodor, Vidar, Wilmer, Viggo, Vilhelm, Agne, Arnold, Assar, Bernt, Bror, Börje, Curt, Dag, Egon,
Elof, Enar, Eskil, Folke, Gert, Halvar, Henning, Hilding, Inge, Jarl, Kaj, Kennet, Kristofer,
Krister, Lage, Leonard, Olov, Paul, Roine, Rutger, Sigfrid, Sivert, Stellan, Sölve, Thorsten,
Torgny, Torvald, Ulrik, Viking, Örjan, Östen, Peder, Pär, Petter, Richard, Roy, Ragnvald, Jöns,
Hannes, Ingolf, Jon, Jan-Olof, Nils-Erik, Per-Erik, Bo-Göran, Lennarth,
Mikail, Ismail, Yusuf, Hussein, Hassan, Abdullah, Ibrahim, Mustafa, Amir,
""",
    head=150,
)

SV_SURNAMES = ranked(
    """
Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson, Gustafsson,
Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson, Magnusson,
Olofsson, Lindström, Lindqvist, Lindgren, Berg, Axelsson, Bergström, Lundberg, Lind, Lundgren,
Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Forsberg, Sjöberg, Ali, Wallin,
Mohammed, Engström, Eklund, Danielsson, Lundin, Håkansson, Björk, Bergman, Gunnarsson, Holm,
Carlsson, Wikström, Samuelsson, Isaksson, Fransson, Bergqvist, Nyström, Holmberg, Arvidsson,
Löfgren, Söderberg, Nyberg, Blomqvist, Claesson, Nordström, Ahmed, Mårtensson, Lundström, Hassan,
Viklund, Björklund, Eliasson, Pålsson, Berggren, Sandström, Lund, Nordin, Ström, Åberg, Falk,
Ekström, Hermansson, Holmgren, Hellström, Dahlberg, Hedlund, Sundberg, Sjögren, Ek, Blom,
Abrahamsson, Martinsson, Öberg, Andreasson, Strömberg, Månsson, Hansen, Åkesson, Dahl, Lindholm,
Norberg, Holmqvist, Omar, Sundström, Nielsen, Ibrahim, Jeppsson, Ivarsson, Lindell, Hussein,
Engberg, Sjöström, Ottosson, Malmberg, Johnsson, Söderström, Nordqvist, Hedberg, Andersen,
Kristiansson, Ahlberg, Backman, Mohamed, Lindblom, Jacobsson, Wiklund, Sundqvist, Borg,
Holmström, Nyman, Göransson, Ekberg, Hedström, Ekman, Lindén, Adolfsson, Sjölund, Boström,
Nygren, Davidsson, Friberg, Strand, Sundin, Nord, Söderlund, Hedman, Ekholm, Lindahl, Åström,
Stenberg, Bäckström, Roos,
Jonasson, Lilja, Kjellberg, Westerberg, Edlund, Björkman, Nordlund, Svärd, Hägglund, Granberg,
Rosén, Lundmark, Engman, Hjalmarsson, Augustsson, Östlund, Vikström, Ekdahl, Blomberg, Sundell,
Wennberg, Bergh, Forslund, Öhman, Ågren, Hallberg, Lindkvist, Nyholm, Holmlund, Sandgren, Sandin,
Söderqvist, Törnqvist, Hellberg, Skoglund, Åkerlund, Lindblad, Strandberg, Malm, Moberg, Nordgren,
Nordberg, Rydberg, Alm, Grahn, Ljung, Ljungberg, Ljungqvist, Fors, Forsman, Forsell, Dahlgren,
Dahlström, Engqvist, Edberg, Edström, Ekblad, Ekelund, Ekwall, Fagerström, Flodin, Granqvist,
Gustavsson, Hammar, Hedin, Hedqvist, Hellgren, Hammarström, Hultgren, Högberg, Höglund,
Johannesson, Kjellgren, Klasson, Kvist, Larsen, Lindroth, Lindvall, Lundell, Lundkvist, Lövgren,
Melin, Modig, Mörk, Norén, Norling, Nylander, Nylund, Olausson, Palm, Palmqvist, Petersson, Rask,
Renström, Rundqvist, Rydén, Sahlin, Schön, Sjödin, Sjöholm, Stenström, Strömqvist, Svahn,
Svedberg, Säll, Söderholm, Thorsson, Wahlberg, Wahlström, Wallén, Wallgren, Westman, Westin,
Wester, Widén, Wikman, Åkerman, Åslund, Öhrn, Östberg, Östman, Abdi, Yusuf, Khalil, Saleh,
Jama, Warsame, Korhonen, Virtanen, Nowak, Kaya, Yilmaz, Hodzic, Jovanovic, Nguyen, Berntsson,
Brodin, Bylund, Dahlin, Ehn, Frisk, Gren, Hagberg, Hagström, Holst, Hörnqvist, Isberg, Kronberg,
Kull, Lantz, Larsén, Löf, Mellberg, Nordenberg, Rehn, Rosenberg, Rylander, Selin, Sellberg,
Sjövall, Skog, Stål, Sund, Tell, Thor, Ullberg, Vallin, Wass, Zetterberg, Zackrisson, Åhlund,
von Schwerin, De Geer, Sparre, Bonde, Lewenhaupt, Stiernstedt, Hamilton, Leijonhufvud,
""",
    head=150,
)

# England and Wales: the ONS rankings (adults' and children's names together) as the writer knows
# them, weight 1/rank; given names head 130, surnames head 150.
UK_WOMEN = ranked(
    """
Margaret, Susan, Sarah, Elizabeth, Patricia, Mary, Helen, Julie, Karen, Emma, Claire, Jennifer,
Linda, Christine, Catherine, Jacqueline, Nicola, Deborah, Alison, Laura, Rachel, Lisa, Jane,
Joanne, Amanda, Samantha, Rebecca, Victoria, Gillian, Angela, Caroline, Louise, Kelly, Michelle,
Hannah, Lucy, Charlotte, Sophie, Amy, Emily, Jessica, Gemma, Katie, Lauren, Chloe, Olivia, Amelia,
Isla, Ava, Grace, Ella, Mia, Poppy, Freya, Isabella, Lily, Evie, Sophia, Ruby, Jade, Stacey,
Natalie, Kirsty, Leanne, Tracey, Sharon, Dawn, Carol, Janet, Pauline, Sandra, Anne, Barbara, Jean,
Joan, Sheila, Maureen, Brenda, Valerie, Wendy, Diane, Lynn, Kathleen, Ann, Joyce, Dorothy, Irene,
Shirley, Beverley, Heather, Hazel, Fiona, Lesley, Kim, Melanie, Andrea, Kate, Anna, Zoe, Abigail,
Eleanor, Megan, Georgia, Holly, Ellie, Bethany, Jasmine, Millie, Phoebe, Daisy, Alice, Florence,
Matilda, Rosie, Erin, Imogen, Esme, Evelyn, Harriet, Scarlett, Lola, Elsie, Ivy, Willow, Maisie,
Sienna, Layla, Georgina, Frances,
Rose, Judith, Marion, Gail, Yvonne, Sally, Joanna, Katherine, Kathryn, Elaine, Lorraine, Debbie,
Tina, Rita, Maria, Theresa, Eileen, Sylvia, Doreen, Vera, Edna, Gladys, Norma, June, Beryl,
Marjorie, Hilda, Audrey, Iris, Winifred, Enid, Jill, Penelope, Philippa, Rosemary, Hilary, Tessa,
Bridget, Siobhan, Aisha, Amira, Zara, Maryam, Harper, Aria, Hollie, Kayleigh, Jodie, Chelsea,
Shannon, Danielle, Hayley, Kerry, Toni, Charlene, Lindsey, Vanessa, Nadia, Eve, Beatrice, Clara,
Iona, Niamh, Mhairi, Ffion, Cerys, Seren, Rhiannon, Bronwen, Carys, Gwen, Mabel, Nancy, Edith,
Violet, Lydia, Naomi, Miriam, Esther, Ruth, Martha, Rosalind, Cressida, Jemima, Tamsin, Kerenza,
""",
    head=130,
)

UK_MEN = ranked(
    """
David, John, Michael, Paul, Andrew, Peter, James, Robert, Mark, Richard, Stephen, Christopher,
Ian, Daniel, Thomas, William, Anthony, Steven, Matthew, Simon, Gary, Kevin, Martin, Alan,
Jonathan, Philip, Brian, Neil, Graham, Stuart, Lee, Craig, Darren, Jason, Adam, Benjamin, Samuel,
Joseph, Jack, Oliver, Harry, George, Charlie, Jacob, Alfie, Noah, Leo, Oscar, Arthur, Freddie,
Henry, Archie, Theo, Muhammad, Edward, Joshua, Luke, Ryan, Liam, Nathan, Callum, Jamie, Scott,
Dean, Wayne, Shaun, Carl, Keith, Colin, Kenneth, Roger, Malcolm, Trevor, Barry, Derek, Raymond,
Ronald, Gordon, Terence, Dennis, Geoffrey, Douglas, Roy, Frank, Norman, Leslie, Stanley,
Frederick, Albert, Harold, Ernest, Dylan, Ethan, Lewis, Connor, Jake, Aaron, Kieran, Jordan, Tom,
Alexander, Max, Sebastian, Isaac, Finley, Toby, Reuben, Rory, Ewan, Hamish, Angus, Gareth, Rhys,
Dafydd, Owain, Sean, Patrick, Declan, Ciaran, Conor, Niall, Hugh, Rupert, Giles, Timothy,
Nicholas, Julian,
Jeremy, Duncan, Alistair, Fraser, Euan, Ross, Grant, Bradley, Jay, Marcus, Elliot, Louis,
Zachary, Harrison, Mason, Logan, Tyler, Ibrahim, Yusuf, Omar, Hassan, Ali, Mohammed, Amir, Ravi,
Sanjay, Arjun, Ashley, Russell, Clive, Nigel, Vincent, Victor, Bernard, Gerald, Howard, Maurice,
Cyril, Reginald, Walter, Cecil, Leonard, Alfred, Herbert, Sidney, Wilfred, Percy, Horace, Edwin,
Gethin, Iwan, Emrys, Lachlan, Callan, Fergus, Cormac, Tobias, Felix, Jasper, Barnaby, Crispin,
Tristan, Piers, Quentin, Lionel, Clifford, Vernon, Glyn, Malachy, Eamonn,
""",
    head=130,
)

UK_SURNAMES = ranked(
    """
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
Long, Freeman, Warren, Nicholls, Hamilton, Byrne, Sutton, McDonald, Yates, Hodgson, Robson,
Curtis, Hopkins, O'Connor, Harper, Coleman, Watkins, Moss, McCarthy, Chambers, O'Neill, Griffin,
Sharp, Hardy, Wheeler, Potter, Osborne, Johnston, Gordon, Doyle, Wallace, George, Jordan,
Hutchinson, Rowe, Burke, May, Pritchard, Gilbert, Willis, Higgins, Read, Miles, Stevenson,
Stephenson, Hammond, Arnold, Buckley, Walters, Hewitt, Barber, Nelson, Slater, Austin, Sullivan,
Whitehead, Mann, Frost, Lambert, Stephens, Blake, Akhtar, Lynch, Goodwin, Barton, Woodward,
Thomson, Cunningham, Quinn, Barnett, Baxter, Bibi, Clayton, Nash, Greenwood, Jennings, Holt, Kemp,
Poole, Gallagher, Bond, Stokes, Tucker, Davidson, Fowler, Heath, Norman, Middleton, Lees, Banks,
French, Faulkner, Pugh, Vaughan, Llewellyn, Bowen, Howells, Jarvis, Kirby, Sykes, Ashworth,
Hargreaves, Pickering, Thornton, Brennan, Fitzgerald, Mackenzie, MacLeod, Fraser, Sinclair,
Ferguson, Duffy, McLaughlin, Whittaker, Metcalfe, Cartwright, Whitworth, Tennant, Penrose, Trevithick,
""",
    head=150,
)

# US Census 1990 (`names` package data files), the census per cent as weight; head 150.
US_WOMEN = census(
    """
Mary 2.629, Patricia 1.073, Linda 1.035, Barbara 0.980, Elizabeth 0.937, Jennifer 0.932,
Maria 0.828, Susan 0.794, Margaret 0.768, Dorothy 0.727, Lisa 0.704, Nancy 0.669, Karen 0.667,
Betty 0.666, Helen 0.663, Sandra 0.629, Donna 0.583, Carol 0.565, Ruth 0.562, Sharon 0.522,
Michelle 0.519, Laura 0.510, Sarah 0.508, Kimberly 0.504, Deborah 0.494, Jessica 0.490,
Shirley 0.482, Cynthia 0.469, Angela 0.468, Melissa 0.462, Brenda 0.455, Amy 0.451, Anna 0.440,
Rebecca 0.430, Virginia 0.430, Kathleen 0.424, Pamela 0.416, Martha 0.412, Debra 0.408,
Amanda 0.404, Stephanie 0.400, Carolyn 0.385, Christine 0.382, Marie 0.379, Janet 0.379,
Catherine 0.373, Frances 0.370, Ann 0.364, Joyce 0.364, Diane 0.359, Alice 0.357, Julie 0.348,
Heather 0.337, Teresa 0.336, Doris 0.335, Gloria 0.335, Evelyn 0.322, Jean 0.315, Cheryl 0.315,
Mildred 0.313, Katherine 0.313, Joan 0.306, Ashley 0.303, Judith 0.297, Rose 0.296, Janice 0.285,
Kelly 0.283, Nicole 0.281, Judy 0.276, Christina 0.275, Kathy 0.272, Theresa 0.271, Beverly 0.267,
Denise 0.264, Tammy 0.259, Irene 0.252, Jane 0.250, Lori 0.248, Rachel 0.242, Marilyn 0.241,
Andrea 0.236, Kathryn 0.234, Louise 0.229, Sara 0.229, Anne 0.228, Jacqueline 0.228, Wanda 0.226,
Bonnie 0.223, Julia 0.223, Ruby 0.221, Lois 0.220, Tina 0.220, Phyllis 0.219, Norma 0.218,
Paula 0.217, Diana 0.216, Annie 0.216, Lillian 0.211, Emily 0.208, Robin 0.208, Peggy 0.208,
Crystal 0.207, Gladys 0.205, Rita 0.204, Dawn 0.202, Connie 0.200, Florence 0.200, Tracy 0.197,
Edna 0.197, Tiffany 0.195, Carmen 0.195, Rosa 0.194, Cindy 0.192, Grace 0.189, Wendy 0.185,
Victoria 0.180, Edith 0.179, Kim 0.178, Sherry 0.178, Sylvia 0.177, Josephine 0.177, Thelma 0.175,
Shannon 0.175, Sheila 0.175, Ethel 0.174, Ellen 0.173, Elaine 0.173, Marjorie 0.173, Carrie 0.171,
Charlotte 0.169, Monica 0.166, Esther 0.166, Pauline 0.165, Emma 0.165, Juanita 0.164, Anita 0.162,
Rhonda 0.162, Hazel 0.161, Amber 0.160, Eva 0.159, Debbie 0.157, April 0.154, Leslie 0.154,
Clara 0.153, Lucille 0.153, Jamie 0.153, Joanne 0.150, Eleanor 0.150, Valerie 0.149,
Danielle 0.149, Megan 0.147, Alicia 0.146, Suzanne 0.145, Michele 0.145, Gail 0.145, Bertha 0.143,
Darlene 0.142, Veronica 0.142, Jill 0.142, Erin 0.141, Geraldine 0.141, Lauren 0.137, Cathy 0.137,
Joann 0.136, Lorraine 0.135, Lynn 0.135, Sally 0.135, Regina 0.133, Erica 0.130, Beatrice 0.130,
Dolores 0.129, Bernice 0.128, Audrey 0.127, Yvonne 0.126, Annette 0.125, June 0.125,
Samantha 0.124, Marion 0.122, Dana 0.122, Stacy 0.121, Ana 0.120, Renee 0.120, Ida 0.118,
Vivian 0.118, Roberta 0.117, Holly 0.117, Brittany 0.117, Melanie 0.116, Loretta 0.115,
Yolanda 0.115, Jeanette 0.115, Laurie 0.114, Katie 0.113, Kristen 0.111, Vanessa 0.111, Alma 0.111,
Sue 0.111, Elsie 0.110, Beth 0.110, Jeanne 0.109, Vicki 0.109, Carla 0.107, Tara 0.107,
Rosemary 0.107, Eileen 0.105, Terri 0.105, Gertrude 0.103, Lucy 0.103, Tonya 0.102, Ella 0.101,
Stacey 0.101, Wilma 0.099, Gina 0.099, Kristin 0.099, Jessie 0.098, Natalie 0.098, Agnes 0.098,
Vera 0.098, Willie 0.097, Charlene 0.097, Bessie 0.096, Delores 0.095, Melinda 0.094, Pearl 0.094,
Arlene 0.094, Maureen 0.092, Colleen 0.092, Allison 0.092, Tamara 0.092, Joy 0.091, Georgia 0.091,
Constance 0.091, Lillie 0.090, Claudia 0.090, Jackie 0.090, Marcia 0.090, Tanya 0.089,
Nellie 0.089, Minnie 0.089, Marlene 0.088, Heidi 0.088, Glenda 0.088, Lydia 0.086, Viola 0.086,
Courtney 0.086, Marian 0.086, Stella 0.085, Caroline 0.085, Dora 0.084, Jo 0.083, Vickie 0.082,
Mattie 0.081, Terry 0.080, Maxine 0.079, Irma 0.079, Mabel 0.078, Marsha 0.078, Myrtle 0.078,
Lena 0.077, Christy 0.077, Deanna 0.076, Patsy 0.076, Hilda 0.075, Gwendolyn 0.074, Jennie 0.073,
Nora 0.073, Margie 0.072, Nina 0.072, Cassandra 0.072, Leah 0.072, Penny 0.071, Kay 0.071,
Priscilla 0.071, Naomi 0.071, Carole 0.071, Brandy 0.070, Olga 0.070, Billie 0.069, Dianne 0.069,
Tracey 0.069, Leona 0.069, Jenny 0.068, Felicia 0.068, Sonia 0.068, Miriam 0.066, Velma 0.066,
Becky 0.066, Bobbie 0.065, Violet 0.065, Kristina 0.065, Toni 0.064, Misty 0.063, Mae 0.063,
Shelly 0.062, Daisy 0.062, Ramona 0.062, Sherri 0.062, Erika 0.061, Katrina 0.061, Claire 0.061,
Lindsey 0.060, Lindsay 0.060, Geneva 0.059, Guadalupe 0.059, Belinda 0.059, Margarita 0.059,
Sheryl 0.059, Cora 0.058, Faye 0.058, Ada 0.057, Natasha 0.057, Sabrina 0.057, Isabel 0.057,
Marguerite 0.056, Hattie 0.056, Harriet 0.056, Molly 0.055, Cecilia 0.055, Kristi 0.055,
Brandi 0.055, Blanche 0.055, Sandy 0.055, Rosie 0.055, Joanna 0.055, Iris 0.055, Eunice 0.054,
Angie 0.054, Inez 0.053, Lynda 0.053, Madeline 0.052, Amelia 0.052, Alberta 0.052, Genevieve 0.051,
Monique 0.051, Jodi 0.051, Janie 0.051, Maggie 0.051, Kayla 0.051, Sonya 0.051, Jan 0.051,
Lee 0.051, Kristine 0.051, Candace 0.051, Fannie 0.050, Maryann 0.050, Opal 0.050, Alison 0.050,
Yvette 0.050, Melody 0.050, Luz 0.049, Susie 0.049, Olivia 0.049, Flora 0.049, Shelley 0.049,
Kristy 0.048, Mamie 0.048, Lula 0.048, Lola 0.048, Verna 0.048, Beulah 0.048, Antoinette 0.048,
Candice 0.046, Juana 0.046, Jeannette 0.046, Pam 0.046, Kelli 0.046, Hannah 0.045, Whitney 0.045,
Bridget 0.045, Karla 0.044, Celia 0.044, Latoya 0.043, Patty 0.043, Shelia 0.043, Gayle 0.043,
Della 0.043, Vicky 0.043, Lynne 0.043, Sheri 0.042, Marianne 0.042, Kara 0.041, Jacquelyn 0.041,
Erma 0.041, Blanca 0.041, Myra 0.040, Leticia 0.040, Pat 0.040, Krista 0.040, Roxanne 0.040,
Angelica 0.039, Johnnie 0.039, Robyn 0.039, Francis 0.039, Adrienne 0.039, Rosalie 0.039,
Alexandra 0.039, Brooke 0.039, Bethany 0.039, Sadie 0.039, Bernadette 0.039,
""",
    head=150,
)
US_MEN = census(
    """
James 3.318, John 3.271, Robert 3.143, Michael 2.629, William 2.451, David 2.363, Richard 1.703,
Charles 1.523, Joseph 1.404, Thomas 1.380, Christopher 1.035, Daniel 0.974, Paul 0.948, Mark 0.938,
Donald 0.931, George 0.927, Kenneth 0.826, Steven 0.780, Edward 0.779, Brian 0.736, Ronald 0.725,
Anthony 0.721, Kevin 0.671, Jason 0.660, Matthew 0.657, Gary 0.650, Timothy 0.640, Jose 0.613,
Larry 0.598, Jeffrey 0.591, Frank 0.581, Scott 0.546, Eric 0.544, Stephen 0.540, Andrew 0.537,
Raymond 0.488, Gregory 0.441, Joshua 0.435, Jerry 0.432, Dennis 0.415, Walter 0.399, Patrick 0.389,
Peter 0.381, Harold 0.371, Douglas 0.367, Henry 0.365, Carl 0.346, Arthur 0.335, Ryan 0.328,
Roger 0.322, Joe 0.321, Juan 0.316, Jack 0.315, Albert 0.314, Jonathan 0.313, Justin 0.311,
Terry 0.311, Gerald 0.309, Keith 0.308, Samuel 0.306, Willie 0.302, Ralph 0.282, Lawrence 0.282,
Nicholas 0.275, Roy 0.273, Benjamin 0.270, Bruce 0.263, Brandon 0.260, Adam 0.259, Harry 0.251,
Fred 0.251, Wayne 0.249, Billy 0.248, Steve 0.246, Louis 0.243, Jeremy 0.242, Aaron 0.240,
Randy 0.232, Howard 0.230, Eugene 0.230, Carlos 0.229, Russell 0.224, Bobby 0.223, Victor 0.222,
Martin 0.216, Ernest 0.215, Phillip 0.213, Todd 0.213, Jesse 0.209, Craig 0.206, Alan 0.204,
Shawn 0.200, Clarence 0.197, Sean 0.197, Philip 0.197, Chris 0.197, Johnny 0.195, Earl 0.193,
Jimmy 0.191, Antonio 0.190, Danny 0.190, Bryan 0.190, Tony 0.190, Luis 0.189, Mike 0.189,
Stanley 0.186, Leonard 0.186, Nathan 0.185, Dale 0.184, Manuel 0.181, Rodney 0.180, Curtis 0.180,
Norman 0.177, Allen 0.174, Marvin 0.171, Vincent 0.168, Glenn 0.167, Jeffery 0.166, Travis 0.166,
Jeff 0.166, Chad 0.165, Jacob 0.165, Lee 0.162, Melvin 0.162, Alfred 0.162, Kyle 0.160,
Francis 0.160, Bradley 0.159, Jesus 0.155, Herbert 0.155, Frederick 0.154, Ray 0.153, Joel 0.152,
Edwin 0.148, Don 0.145, Eddie 0.144, Ricky 0.141, Troy 0.138, Randall 0.138, Barry 0.134,
Alexander 0.132, Bernard 0.127, Mario 0.125, Leroy 0.125, Francisco 0.124, Marcus 0.124,
Micheal 0.123, Theodore 0.123, Clifford 0.123, Miguel 0.122, Oscar 0.122, Jay 0.118, Jim 0.118,
Tom 0.117, Calvin 0.115, Alex 0.115, Jon 0.115, Ronnie 0.113, Bill 0.112, Lloyd 0.112, Tommy 0.112,
Leon 0.112, Derek 0.112, Warren 0.110, Darrell 0.108, Jerome 0.108, Floyd 0.107, Leo 0.106,
Alvin 0.105, Tim 0.104, Wesley 0.104, Gordon 0.104, Dean 0.104, Greg 0.104, Jorge 0.104,
Dustin 0.103, Pedro 0.103, Derrick 0.103, Dan 0.101, Lewis 0.099, Zachary 0.099, Corey 0.098,
Herman 0.097, Maurice 0.097, Vernon 0.097, Roberto 0.097, Clyde 0.095, Glen 0.094, Hector 0.094,
Shane 0.093, Ricardo 0.093, Sam 0.092, Rick 0.091, Lester 0.091, Brent 0.090, Ramon 0.090,
Charlie 0.090, Tyler 0.089, Gilbert 0.089, Gene 0.087, Marc 0.087, Reginald 0.084, Ruben 0.082,
Brett 0.082, Angel 0.082, Nathaniel 0.081, Rafael 0.081, Leslie 0.081, Edgar 0.080, Milton 0.080,
Raul 0.079, Ben 0.078, Chester 0.078, Cecil 0.078, Duane 0.077, Franklin 0.077, Andre 0.076,
Elmer 0.074, Brad 0.073, Gabriel 0.073, Ron 0.072, Mitchell 0.072, Roland 0.072, Arnold 0.072,
Harvey 0.072, Jared 0.071, Adrian 0.069, Karl 0.069, Cory 0.068, Claude 0.068, Erik 0.068,
Darryl 0.067, Jamie 0.066, Neil 0.066, Jessie 0.065, Christian 0.065, Javier 0.065, Fernando 0.065,
Clinton 0.065, Ted 0.064, Mathew 0.064, Tyrone 0.064, Darren 0.064, Lonnie 0.064, Lance 0.063,
Cody 0.063, Julio 0.063, Kelly 0.063, Kurt 0.062, Allan 0.061, Nelson 0.061, Guy 0.060,
Clayton 0.060, Hugh 0.060, Max 0.059, Dwayne 0.059, Dwight 0.058, Armando 0.058, Felix 0.058,
Jimmie 0.058, Everett 0.057, Jordan 0.056, Ian 0.056, Wallace 0.056, Ken 0.055, Bob 0.055,
Jaime 0.055, Casey 0.054, Alfredo 0.054, Alberto 0.053, Dave 0.053, Ivan 0.053, Johnnie 0.052,
Sidney 0.052, Byron 0.052, Julian 0.052, Isaac 0.051, Morris 0.051, Clifton 0.050, Willard 0.050,
Daryl 0.050, Ross 0.050, Virgil 0.049, Andy 0.049, Marshall 0.049, Salvador 0.049, Perry 0.049,
Kirk 0.049, Sergio 0.049, Marion 0.048, Tracy 0.048, Seth 0.048, Kent 0.048, Terrance 0.048,
Rene 0.048, Eduardo 0.047, Terrence 0.047, Enrique 0.046, Freddie 0.046, Wade 0.045, Austin 0.044,
Stuart 0.044, Fredrick 0.043, Arturo 0.043, Alejandro 0.043, Jackie 0.043, Joey 0.043, Nick 0.043,
Luther 0.043, Wendell 0.042, Jeremiah 0.042, Evan 0.042, Julius 0.042, Dana 0.042, Donnie 0.041,
Otis 0.041, Shannon 0.040, Trevor 0.040, Oliver 0.040, Luke 0.040, Homer 0.040, Gerard 0.040,
Doug 0.040, Kenny 0.039, Hubert 0.039, Angelo 0.039, Shaun 0.039, Lyle 0.038, Matt 0.038,
Lynn 0.038, Alfonso 0.038, Orlando 0.037, Rex 0.037, Carlton 0.037, Ernesto 0.037, Cameron 0.037,
Neal 0.037, Pablo 0.036, Lorenzo 0.036, Omar 0.036, Wilbur 0.036, Blake 0.036, Grant 0.036,
Horace 0.036, Roderick 0.036, Kerry 0.036, Abraham 0.035, Willis 0.035, Rickey 0.035, Jean 0.035,
Ira 0.035, Andres 0.034, Cesar 0.034, Johnathan 0.034, Malcolm 0.034, Rudolph 0.034, Damon 0.034,
Kelvin 0.034, Rudy 0.034, Preston 0.034, Alton 0.033, Archie 0.033, Marco 0.033, Wm 0.033,
Pete 0.032, Randolph 0.032, Garry 0.032, Geoffrey 0.032, Jonathon 0.032, Felipe 0.032,
Bennie 0.032, Gerardo 0.032, Ed 0.032, Dominic 0.032, Robin 0.032, Loren 0.032, Delbert 0.031,
Colin 0.031, Guillermo 0.031, Earnest 0.031,
""",
    head=150,
)
US_SURNAMES = census(
    """
Smith 1.006, Johnson 0.810, Williams 0.699, Jones 0.621, Brown 0.621, Davis 0.480, Miller 0.424,
Wilson 0.339, Moore 0.312, Taylor 0.311, Anderson 0.311, Thomas 0.311, Jackson 0.310, White 0.279,
Harris 0.275, Martin 0.273, Thompson 0.269, Garcia 0.254, Martinez 0.234, Robinson 0.233,
Clark 0.231, Rodriguez 0.229, Lewis 0.226, Lee 0.220, Walker 0.219, Hall 0.200, Allen 0.199,
Young 0.193, Hernandez 0.192, King 0.190, Wright 0.189, Lopez 0.187, Hill 0.187, Scott 0.185,
Green 0.183, Adams 0.174, Baker 0.171, Gonzalez 0.166, Nelson 0.162, Carter 0.162, Mitchell 0.160,
Perez 0.155, Roberts 0.153, Turner 0.152, Phillips 0.149, Campbell 0.149, Parker 0.146,
Evans 0.141, Edwards 0.137, Collins 0.134, Stewart 0.133, Sanchez 0.130, Morris 0.125,
Rogers 0.123, Reed 0.122, Cook 0.120, Morgan 0.118, Bell 0.117, Murphy 0.117, Bailey 0.115,
Rivera 0.113, Cooper 0.113, Richardson 0.112, Cox 0.110, Howard 0.110, Ward 0.108, Torres 0.108,
Peterson 0.107, Gray 0.106, Ramirez 0.105, James 0.105, Watson 0.103, Brooks 0.103, Kelly 0.102,
Sanders 0.100, Price 0.099, Bennett 0.099, Wood 0.098, Barnes 0.097, Ross 0.096, Henderson 0.095,
Coleman 0.095, Jenkins 0.095, Perry 0.094, Powell 0.093, Long 0.092, Patterson 0.092, Hughes 0.092,
Flores 0.092, Washington 0.092, Butler 0.091, Simmons 0.091, Foster 0.091, Gonzales 0.087,
Bryant 0.087, Alexander 0.085, Russell 0.085, Griffin 0.084, Diaz 0.084, Hayes 0.083, Myers 0.083,
Ford 0.082, Hamilton 0.082, Graham 0.082, Sullivan 0.081, Wallace 0.081, Woods 0.080, Cole 0.080,
West 0.080, Jordan 0.078, Owens 0.078, Reynolds 0.078, Fisher 0.077, Ellis 0.077, Harrison 0.076,
Gibson 0.075, McDonald 0.075, Cruz 0.075, Marshall 0.075, Ortiz 0.075, Gomez 0.075, Murray 0.074,
Freeman 0.074, Wells 0.073, Webb 0.072, Simpson 0.070, Stevens 0.070, Tucker 0.070, Porter 0.069,
Hunter 0.069, Hicks 0.069, Crawford 0.068, Henry 0.068, Boyd 0.068, Mason 0.068, Morales 0.067,
Kennedy 0.067, Warren 0.067, Dixon 0.066, Ramos 0.066, Reyes 0.066, Burns 0.065, Gordon 0.065,
Shaw 0.065, Holmes 0.065, Rice 0.064, Robertson 0.064, Hunt 0.063, Black 0.063, Daniels 0.062,
Palmer 0.062, Mills 0.061, Nichols 0.060, Grant 0.060, Knight 0.060, Ferguson 0.059, Rose 0.059,
Stone 0.059, Hawkins 0.059, Dunn 0.058, Perkins 0.058, Hudson 0.058, Spencer 0.057, Gardner 0.057,
Stephens 0.057, Payne 0.057, Pierce 0.056, Berry 0.056, Matthews 0.056, Arnold 0.056, Wagner 0.055,
Willis 0.055, Ray 0.055, Watkins 0.055, Olson 0.055, Carroll 0.055, Duncan 0.055, Snyder 0.055,
Hart 0.054, Cunningham 0.054, Bradley 0.054, Lane 0.054, Andrews 0.054, Ruiz 0.054, Harper 0.054,
Fox 0.053, Riley 0.053, Armstrong 0.053, Carpenter 0.053, Weaver 0.053, Greene 0.053,
Lawrence 0.052, Elliott 0.052, Chavez 0.052, Sims 0.052, Austin 0.052, Peters 0.052, Kelley 0.052,
Franklin 0.051, Lawson 0.051, Fields 0.051, Gutierrez 0.051, Ryan 0.051, Schmidt 0.051, Carr 0.051,
Vasquez 0.051, Castillo 0.051, Wheeler 0.051, Chapman 0.050, Oliver 0.050, Montgomery 0.049,
Richards 0.049, Williamson 0.049, Johnston 0.049, Banks 0.048, Meyer 0.048, Bishop 0.048,
McCoy 0.048, Howell 0.048, Alvarez 0.048, Morrison 0.048, Hansen 0.047, Fernandez 0.047,
Garza 0.047, Harvey 0.047, Little 0.046, Burton 0.046, Stanley 0.046, Nguyen 0.046, George 0.046,
Jacobs 0.046, Reid 0.046, Kim 0.045, Fuller 0.045, Lynch 0.045, Dean 0.045, Gilbert 0.045,
Garrett 0.045, Romero 0.045, Welch 0.044, Larson 0.044, Frazier 0.044, Burke 0.044, Hanson 0.043,
Day 0.043, Mendoza 0.043, Moreno 0.043, Bowman 0.043, Medina 0.042, Fowler 0.042, Brewer 0.042,
Hoffman 0.042, Carlson 0.042, Silva 0.042, Pearson 0.042, Holland 0.042, Douglas 0.041,
Fleming 0.041, Jensen 0.041, Vargas 0.041, Byrd 0.041, Davidson 0.041, Hopkins 0.041, May 0.040,
Terry 0.040, Herrera 0.040, Wade 0.040, Soto 0.040, Walters 0.040, Curtis 0.040, Neal 0.039,
Caldwell 0.039, Lowe 0.039, Jennings 0.039, Barnett 0.039, Graves 0.039, Jimenez 0.039,
Horton 0.039, Shelton 0.039, Barrett 0.039, O'Brien 0.039, Castro 0.039, Sutton 0.038,
Gregory 0.038, McKinney 0.038, Lucas 0.038, Miles 0.038, Craig 0.038, Rodriquez 0.037,
Chambers 0.037, Holt 0.037, Lambert 0.037, Fletcher 0.037, Watts 0.037, Bates 0.037, Hale 0.037,
Rhodes 0.037, Pena 0.037, Beck 0.037, Newman 0.036, Haynes 0.036, McDaniel 0.036, Mendez 0.036,
Bush 0.036, Vaughn 0.036, Parks 0.035, Dawson 0.035, Santiago 0.035, Norris 0.035, Hardy 0.035,
Love 0.035, Steele 0.035, Curry 0.035, Powers 0.035, Schultz 0.035, Barker 0.035, Guzman 0.034,
Page 0.034, Munoz 0.034, Ball 0.034, Keller 0.034, Chandler 0.034, Weber 0.034, Leonard 0.034,
Walsh 0.033, Lyons 0.033, Ramsey 0.033, Wolfe 0.033, Schneider 0.033, Mullins 0.033, Benson 0.033,
Sharp 0.033, Bowen 0.033, Daniel 0.033, Barber 0.032, Cummings 0.032, Hines 0.032, Baldwin 0.032,
Griffith 0.032, Valdez 0.032, Hubbard 0.032, Salazar 0.032, Reeves 0.032, Warner 0.031,
Stevenson 0.031, Burgess 0.031, Santos 0.031, Tate 0.031, Cross 0.031, Garner 0.031, Mann 0.031,
Mack 0.031, Moss 0.031, Thornton 0.031, Dennis 0.031, McGee 0.031, Farmer 0.030, Delgado 0.030,
Aguilar 0.030, Vega 0.030, Glover 0.030, Manning 0.030, Cohen 0.030, Harmon 0.030, Rodgers 0.030,
Robbins 0.030, Newton 0.030, Todd 0.030, Blair 0.030, Higgins 0.030, Ingram 0.030, Reese 0.030,
Cannon 0.030, Strickland 0.030, Townsend 0.030, Potter 0.030, Goodwin 0.030, Walton 0.030,
Rowe 0.029, Hampton 0.029, Ortega 0.029, Patton 0.029, Swanson 0.029, Joseph 0.029, Francis 0.029,
Goodman 0.029, Maldonado 0.029, Yates 0.029, Becker 0.029, Erickson 0.029, Hodges 0.029,
Rios 0.029, Conner 0.029, Adkins 0.029, Webster 0.028, Norman 0.028, Malone 0.028, Hammond 0.028,
Flowers 0.028, Cobb 0.028, Moody 0.028, Quinn 0.028, Blake 0.028, Maxwell 0.028, Pope 0.028,
Floyd 0.027, Osborne 0.027, Paul 0.027, McCarthy 0.027, Guerrero 0.027, Lindsey 0.027,
Estrada 0.027, Sandoval 0.027, Gibbs 0.027, Tyler 0.027, Gross 0.027, Fitzgerald 0.027,
Stokes 0.027, Doyle 0.027, Sherman 0.027,
""",
    head=150,
)

# Origins common in Sweden: their commonest given names and surnames, 1/rank, head 10.
OTHER = {
    "finnish": (
        "Finnish",
        """
Maria, Helena, Johanna, Anneli, Kaarina, Marjatta, Anna, Liisa, Annikki, Hannele, Tuula, Päivi,
Sari, Riitta, Pirjo, Aino, Tiina, Minna, Anne, Leena, Eeva, Sirpa, Merja, Seija, Raija, Satu,
Kirsi, Marja, Sirkka, Ritva, Raili, Tuulikki,
""",
        """
Juhani, Johannes, Olavi, Antero, Tapani, Kalevi, Tapio, Matti, Mikael, Ilmari, Pekka, Kari,
Timo, Jari, Markku, Jukka, Heikki, Seppo, Mika, Hannu, Esa, Veikko, Pentti, Antti, Ville, Petri,
Risto, Raimo, Erkki, Keijo, Tuomas, Jussi,
""",
        """
Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen,
Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen,
Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen,
Leinonen, Hiltunen, Peltonen, Kärkkäinen,
""",
    ),
    "arabic": (
        "Arabic, Assyrian/Syriac",
        """
Fatima, Maryam, Zainab, Sara, Noor, Amina, Layla, Hiba, Rana, Yasmin, Rasha, Aya, Huda, Dima,
Lina, Reem, Samira, Nadia, Rania, Hanan, Ninve, Shamiram, Nahrin, Mariam, Souad, Nisreen, Lamia,
Haifa, Ghada, Salma,
""",
        """
Mohammed, Ahmad, Ali, Omar, Hassan, Hussein, Mahmoud, Khaled, Youssef, Ibrahim, Mustafa,
Abdullah, Karim, Sami, Tariq, Nabil, Samir, Walid, Ammar, Bashar, Rami, Ziad, Gabriel, Aziz,
Ninos, Sargon, Afram, Yakob, Georges, Haidar, Mazen, Firas,
""",
        """
Ali, Mohammed, Hassan, Ahmed, Hussein, Ibrahim, Khalil, Abdullah, Saleh, Mahmoud, Jabbar, Hamid,
Al-Khatib, Al-Hassani, Haddad, Nasser, Youssef, Mansour, Aziz, Kareem, Barsoum, Shamoun, Saliba,
Gabriel, Yousef, Lahdo, Malke, Isa, Toma, Hanna, Al-Saadi, Al-Jubouri, Kassab, Daoud,
""",
    ),
    "somali": (
        "Somali",
        """
Fadumo, Hodan, Amina, Sahra, Hawa, Asha, Ayaan, Ifrah, Khadra, Nasra, Sagal, Ubah, Muna, Deeqa,
Hamdi, Ikran, Nimco, Samsam, Ladan, Ruqiya, Sucaad, Hibo, Faadumo, Maryan,
""",
        """
Mohamed, Abdi, Ahmed, Hassan, Ali, Abdirahman, Abdullahi, Omar, Ibrahim, Yusuf, Mahad, Liban,
Osman, Farah, Abdikadir, Guled, Bashir, Ismail, Nur, Hussein, Abdiaziz, Mukhtar, Said, Ayanle,
""",
        """
Mohamed, Ahmed, Ali, Hassan, Abdi, Omar, Warsame, Farah, Hussein, Ibrahim, Osman, Yusuf, Jama,
Nur, Abdullahi, Adan, Egal, Hersi, Dahir, Isse, Mohamud, Abdulle, Elmi, Aden, Gedi, Samatar,
""",
    ),
    "polish": (
        "Polish",
        """
Anna, Katarzyna, Maria, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Magdalena, Elżbieta,
Joanna, Aleksandra, Zofia, Monika, Teresa, Danuta, Natalia, Karolina, Marta, Beata, Dorota,
Halina, Jadwiga, Justyna, Paulina, Grażyna, Iwona, Bożena,
""",
        """
Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Jan, Michał, Marcin, Stanisław, Jakub, Adam, Marek,
Łukasz, Grzegorz, Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Jerzy, Maciej, Kamil, Rafał,
Robert, Józef, Sławomir, Jarosław, Przemysław,
""",
        """
Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański,
Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Kwiatkowski, Wojciechowski, Krawczyk, Kaczmarek,
Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Wróbel,
Czarnecki, Zawadzki, Nowicki, Wysocki, Głowacki, Sadowski, Zakrzewski, Jasiński, Kołodziej,
""",
    ),
    "persian": (
        "Persian",
        """
Maryam, Fatemeh, Zahra, Sara, Leila, Parisa, Shirin, Nasrin, Mina, Azadeh, Roya, Neda, Niloufar,
Elham, Mahnaz, Soheila, Farzaneh, Nazanin, Shadi, Golnaz, Bahareh, Mitra, Yasaman, Ladan,
""",
        """
Mohammad, Ali, Reza, Hossein, Mehdi, Amir, Hamid, Saeed, Majid, Behzad, Babak, Farhad, Kourosh,
Dariush, Arash, Omid, Payam, Kaveh, Siavash, Navid, Pejman, Shahram, Ramin, Bijan,
""",
        """
Mohammadi, Hosseini, Ahmadi, Rezaei, Karimi, Moradi, Jafari, Rahimi, Hashemi, Ghorbani, Mousavi,
Sadeghi, Heidari, Kazemi, Abbasi, Rostami, Ebrahimi, Tehrani, Shirazi, Esfahani, Amini, Najafi,
Bagheri, Salehi, Farahani, Nikpour,
""",
    ),
    "bcs": (
        "Bosnian/Serbian/Croatian",
        """
Ana, Marija, Jelena, Amra, Emina, Lejla, Azra, Aida, Mirela, Snježana, Vesna, Jasmina, Selma,
Sanja, Dragana, Ivana, Mersiha, Senada, Nermina, Milica, Biljana, Gordana, Dijana, Almira,
Edina, Nataša,
""",
        """
Amir, Adnan, Emir, Mirza, Haris, Edin, Senad, Nermin, Dragan, Zoran, Goran, Milan, Nikola,
Marko, Ivan, Stefan, Aleksandar, Dejan, Nenad, Damir, Jasmin, Samir, Tarik, Mladen, Željko,
Dževad,
""",
        """
Hodžić, Hadžić, Kovačević, Delić, Begić, Hasanović, Mehmedović, Husić, Jovanović, Petrović,
Nikolić, Marković, Đorđević, Stojanović, Ilić, Horvat, Babić, Marić, Jurić, Novak, Kovačić,
Knežević, Vuković, Pavlović, Mujić, Alić, Šabić, Imamović, Salihović, Muratović,
""",
    ),
    "turkish": (
        "Turkish",
        """
Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Meryem, Şerife, Zehra, Sultan, Hülya, Özlem, Derya,
Esra, Merve, Büşra, Gül, Songül, Leyla, Sibel, Dilek, Nur, Aylin, Gülsüm,
""",
        """
Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Osman, Yusuf, Murat, Ömer, Ramazan,
Halil, Süleyman, Abdullah, Mahmut, Recep, Kemal, Emre, Burak, Serkan, Volkan, Cem,
""",
        """
Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan,
Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Korkmaz, Erdem, Güneş, Aktaş, Bulut,
""",
    ),
    "eritrean": (
        "Eritrean",
        """
Helen, Senait, Mehret, Selam, Saba, Tsega, Yordanos, Luwam, Feven, Rahel, Winta, Hiwet, Semhar,
Eden, Freweini, Abrehet, Letekidan, Nardos, Saron, Mizan, Elsa, Tirhas,
""",
        """
Yonas, Daniel, Samuel, Tesfay, Yohannes, Dawit, Filmon, Habtom, Mussie, Tekle, Berhane, Amanuel,
Kidane, Goitom, Biniam, Efrem, Robel, Ermias, Haile, Mehari, Natnael, Henok,
""",
        """
Tesfay, Gebremedhin, Tekle, Berhane, Haile, Kidane, Ghebreyesus, Tesfamariam, Woldemariam, Habte,
Mehari, Asmerom, Ghirmay, Andemariam, Yemane, Tewelde, Goitom, Abraha, Kahsay, Weldu, Ghebremichael,
Okbazghi,
""",
    ),
    "afghan": (
        "Afghan",
        """
Fatima, Zahra, Maryam, Masouda, Farzana, Shakila, Zarghona, Parwana, Fereshta, Marzia, Sakina,
Roya, Khadija, Nadia, Mursal, Habiba, Laila, Shabnam, Mahbooba, Nazifa, Hosai, Gulalai,
""",
        """
Mohammad, Ahmad, Ali, Abdul, Mustafa, Hamid, Jawad, Nasir, Sayed, Reza, Mahdi, Hussain,
Rahmatullah, Zabihullah, Najib, Farid, Wahid, Ramin, Sohrab, Jamshid, Qasim, Murtaza, Hamidullah,
Shafiq,
""",
        """
Ahmadi, Mohammadi, Hussaini, Rezaie, Sultani, Rahimi, Hakimi, Karimi, Jafari, Nazari, Haidari,
Sadat, Noori, Amiri, Azizi, Rasuli, Hashimi, Popal, Stanikzai, Safi, Ahmadzai, Wardak, Naseri,
Yousufi,
""",
    ),
    "thai": (
        "Thai",
        """
Supaporn, Pranee, Malee, Siriporn, Kanya, Ratana, Wanida, Nittaya, Sunisa, Pornthip, Jintana,
Kanokwan, Chanida, Lamai, Orathai, Duangjai, Pimchanok, Araya, Nongluck, Tassanee, Sukanya,
Rungnapa,
""",
        """
Somchai, Somsak, Prasert, Sombat, Wichai, Chaiya, Surachai, Anan, Thanawat, Kittisak, Prasit,
Boonmee, Narong, Sakda, Niran, Weerapong, Nattapong, Chatchai, Sompong, Apichart,
""",
        """
Saetang, Srisuk, Wongsawat, Sukjai, Thongchai, Phromma, Kaewkham, Boonyarat, Sripong,
Suwannarat, Jaidee, Intharak, Chanthawong, Thongsuk, Sangthong, Phanit, Boonsong, Kongsuk,
Kaewmanee, Sriwong, Chaiyasit, Panyawong,
""",
    ),
    "latin": (
        "Chilean/Latin American",
        """
María, Ana, Carmen, Claudia, Patricia, Carolina, Francisca, Valentina, Daniela, Camila, Javiera,
Catalina, Paula, Verónica, Marcela, Gabriela, Andrea, Isabel, Rosa, Fernanda, Constanza,
Macarena, Lorena, Ximena, Pamela, Soledad,
""",
        """
José, Juan, Luis, Carlos, Jorge, Francisco, Manuel, Pedro, Miguel, Cristián, Sebastián, Diego,
Matías, Felipe, Rodrigo, Pablo, Claudio, Sergio, Víctor, Alejandro, Gonzalo, Héctor, Patricio,
Ricardo, Andrés, Nicolás,
""",
        """
González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales,
Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo,
Tapia, Reyes, Gutiérrez, Castro, Pizarro, Álvarez, Vásquez, Sánchez, Fernández, Ramírez,
Carrasco, Gómez, Cortés, Herrera, Núñez,
""",
    ),
    "kurdish": (
        "Kurdish",
        """
Rojin, Berivan, Dilan, Zozan, Shilan, Ronahi, Jiyan, Avin, Bahar, Narin, Delal, Gulistan, Helin,
Roza, Shirin, Viyan, Rezan, Nazdar, Hêvî, Berfin, Kajal, Sozan,
""",
        """
Kawa, Rebwar, Dilshad, Azad, Sherzad, Karwan, Shwan, Hogir, Rizgar, Baran, Dara, Hiwa, Aram,
Diyar, Serhat, Zana, Bakhtiyar, Hemin, Soran, Jalal, Sardar, Ardalan,
""",
        """
Ahmad, Rasul, Karim, Aziz, Hamad, Omar, Salih, Abdullah, Hasan, Qadir, Jaf, Zebari, Hawrami,
Amedi, Doski, Bamarni, Kurdi, Mirani, Berwari, Sindi, Rashid, Mustafa, Baban, Talabani,
""",
    ),
    "ukrainian": (
        "Ukrainian",
        """
Olena, Tetiana, Nataliia, Iryna, Svitlana, Oksana, Yuliia, Kateryna, Olha, Anastasiia, Viktoriia,
Mariia, Liudmyla, Halyna, Daria, Sofiia, Anna, Valentyna, Inna, Alina, Larysa, Khrystyna,
""",
        """
Oleksandr, Serhii, Andrii, Volodymyr, Dmytro, Oleh, Mykola, Ivan, Yurii, Vasyl, Viktor, Petro,
Bohdan, Taras, Maksym, Vitalii, Artem, Roman, Yevhen, Denys, Ihor, Mykhailo,
""",
        """
Melnyk, Shevchenko, Boiko, Kovalenko, Bondarenko, Tkachenko, Kovalchuk, Kravchenko, Oliinyk,
Shevchuk, Koval, Polishchuk, Bondar, Tkachuk, Moroz, Marchenko, Lysenko, Rudenko, Savchenko,
Petrenko, Kravchuk, Klymenko, Pavlenko, Hnatiuk,
""",
    ),
    "indian": (
        "Indian",
        """
Priya, Pooja, Anjali, Neha, Divya, Sneha, Kavya, Lakshmi, Deepa, Sunita, Anita, Meera, Shreya,
Aishwarya, Swati, Ritu, Nisha, Harpreet, Manpreet, Aarti, Gayathri, Ananya,
""",
        """
Rahul, Amit, Vikram, Rajesh, Suresh, Arjun, Sanjay, Anil, Vijay, Karthik, Rohit, Aditya,
Siddharth, Nikhil, Ravi, Pradeep, Harish, Manish, Gurpreet, Ankit, Venkatesh, Abhishek,
""",
        """
Sharma, Patel, Singh, Kumar, Gupta, Reddy, Iyer, Nair, Rao, Shah, Mehta, Joshi, Verma, Das, Menon,
Pillai, Chatterjee, Banerjee, Mukherjee, Agarwal, Kaur, Desai, Kulkarni, Bhat, Krishnan,
""",
    ),
    "chinese": (
        "Chinese",
        """
Li, Jing, Yan, Min, Xiaoyan, Hui, Mei, Ying, Lin, Fang, Hong, Yu, Xin, Jia, Wen, Yue, Na, Qing,
Ting, Xiaoli, Yun, Lili,
""",
        """
Wei, Jun, Lei, Hao, Jian, Tao, Ming, Yang, Bo, Feng, Gang, Peng, Jie, Qiang, Bin, Yong, Chao,
Long, Zhiwei, Haoran, Xiang, Kai,
""",
        """
Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, He, Lin,
Gao, Luo, Zheng, Liang, Song, Tang,
""",
    ),
    "german": (
        "German",
        """
Sabine, Claudia, Susanne, Andrea, Petra, Nicole, Stefanie, Anja, Katrin, Julia, Birgit,
Ursula, Monika, Heike, Sandra, Martina, Kerstin, Silke, Tanja, Anke, Gabriele, Christiane,
""",
        """
Thomas, Michael, Andreas, Stefan, Frank, Markus, Christian, Peter, Wolfgang, Klaus, Jürgen, Uwe,
Matthias, Jörg, Dirk, Sven, Tobias, Florian, Jan, Martin, Ralf, Holger,
""",
        """
Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer,
Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger,
Hofmann, Hartmann, Lange, Schmitt,
""",
    ),
}

ORIGINS: dict[str, Origin] = {
    "swedish": Origin("Swedish", SV_WOMEN, SV_MEN, SV_SURNAMES),
    "us": Origin("US", US_WOMEN, US_MEN, US_SURNAMES),
    "uk": Origin("UK", UK_WOMEN, UK_MEN, UK_SURNAMES),
} | {
    key: Origin(label, ranked(women, 10), ranked(men, 10), ranked(surnames, 10))
    for key, (label, women, men, surnames) in OTHER.items()
}

# Who is named, per language of the row: weights, Swedish largest in Swedish and mixed text.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "arabic": 6, "finnish": 4, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
        "somali": 2, "turkish": 1.5, "kurdish": 1.5, "afghan": 1.5, "eritrean": 1.2,
        "ukrainian": 1.2, "latin": 1, "thai": 1, "german": 1, "indian": 0.8, "uk": 0.8,
        "chinese": 0.6, "us": 0.6,
    },
    "en": {
        "us": 40, "uk": 36, "swedish": 9, "indian": 3, "arabic": 2, "polish": 2, "latin": 1.5,
        "chinese": 1.5, "finnish": 1, "german": 1, "persian": 0.8, "somali": 0.8, "ukrainian": 0.8,
        "eritrean": 0.5, "turkish": 0.5, "bcs": 0.5, "thai": 0.5, "afghan": 0.3, "kurdish": 0.3,
    },
    "mixed": {
        "swedish": 50, "uk": 11, "us": 9, "arabic": 5, "finnish": 3, "polish": 3, "persian": 2.5,
        "bcs": 2.5, "indian": 2, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5, "ukrainian": 1.5,
        "german": 1.5, "afghan": 1, "eritrean": 1, "latin": 1, "thai": 1, "chinese": 1,
    },
}  # fmt: skip

# Short forms people are called by, per origin (the given name as the pools spell it).
NICK_SV = {
    "Lars": ("Lasse",), "Mikael": ("Micke",), "Joakim": ("Jocke",), "Karl": ("Kalle",),
    "Carl": ("Calle",), "Per": ("Pelle", "Perra"), "Magnus": ("Mange",), "Thomas": ("Tompa",),
    "Tomas": ("Tompa",), "Fredrik": ("Fredde", "Freddan"), "Kristoffer": ("Kricke",),
    "Marcus": ("Mackan",), "Daniel": ("Danne",), "Robert": ("Robban",), "Jan": ("Janne",),
    "Hans": ("Hasse",), "Bengt": ("Bengan",), "Gustav": ("Gurra", "Gusse"), "Gustaf": ("Gurra",),
    "Torbjörn": ("Totte",), "Torsten": ("Totte",), "Patrik": ("Patte",), "Alexander": ("Alex",),
    "Sebastian": ("Sebbe",), "Viktor": ("Vicke",), "Oskar": ("Ogge",), "Jonas": ("Jonte",),
    "Niklas": ("Nicke",), "Tobias": ("Tobbe",), "Stefan": ("Steffe",), "Henrik": ("Henke",),
    "Lennart": ("Lelle",), "Ulf": ("Uffe",), "Rolf": ("Roffe",), "Kenneth": ("Kenta",),
    "Christer": ("Kicke",), "Johan": ("Jojje",), "Jesper": ("Jeppe",), "Anders": ("Ante",),
    "Elisabeth": ("Lisa", "Bettan"), "Margareta": ("Maggan", "Greta"), "Kristina": ("Stina", "Kicki"),
    "Birgitta": ("Gittan", "Bitte"), "Katarina": ("Kattis", "Kajsa"), "Charlotte": ("Lotta",),
    "Charlotta": ("Lotta",), "Susanne": ("Sussie",), "Caroline": ("Caro",), "Gunilla": ("Nilla",),
    "Barbro": ("Babs",), "Madeleine": ("Madde",), "Rebecka": ("Becka",), "Viktoria": ("Vickan",),
    "Cecilia": ("Cilla", "Cissi"), "Louise": ("Lollo",), "Malin": ("Mallan",), "Matilda": ("Tilda",),
    "Jessica": ("Jessan",), "Camilla": ("Millan",), "Ingegerd": ("Inger",), "Josefin": ("Jossan",),
    "Agneta": ("Agge",), "Anneli": ("Annie",), "Ann-Christin": ("Anki",), "Ann-Charlotte": ("Lotta",),
}  # fmt: skip
NICK_EN = {
    "William": ("Will", "Bill"), "Robert": ("Rob", "Bob"), "Richard": ("Rich", "Rick"),
    "James": ("Jim", "Jamie"), "Elizabeth": ("Liz", "Beth"), "Margaret": ("Maggie", "Peggy"),
    "Katherine": ("Kate", "Katie"), "Catherine": ("Cathy", "Kate"), "Jennifer": ("Jen", "Jenny"),
    "Michael": ("Mike", "Mick"), "Christopher": ("Chris",), "Thomas": ("Tom", "Tommy"),
    "Anthony": ("Tony",), "Daniel": ("Dan", "Danny"), "Matthew": ("Matt",), "Joseph": ("Joe",),
    "Edward": ("Ed", "Ted"), "Samuel": ("Sam",), "Benjamin": ("Ben",), "Alexander": ("Alex",),
    "Nicholas": ("Nick",), "Jonathan": ("Jon",), "Patricia": ("Pat", "Trish"), "Susan": ("Sue",),
    "Deborah": ("Deb", "Debbie"), "Rebecca": ("Becky", "Becca"), "Victoria": ("Vicky", "Tori"),
    "Charlotte": ("Lottie",), "Eleanor": ("Ellie", "Nell"), "Abigail": ("Abby",),
    "Stephen": ("Steve",), "Steven": ("Steve",), "Andrew": ("Andy", "Drew"), "David": ("Dave",),
    "Peter": ("Pete",), "Timothy": ("Tim",), "Gregory": ("Greg",), "Kenneth": ("Ken",),
    "Ronald": ("Ron",), "Donald": ("Don",), "Charles": ("Charlie", "Chuck"), "Barbara": ("Barb",),
    "Dorothy": ("Dot",), "Jacqueline": ("Jackie",), "Samantha": ("Sam",), "Alexandra": ("Alex",),
    "Christine": ("Chris",), "Gillian": ("Jill",), "Philip": ("Phil",), "Frederick": ("Fred",),
    "Raymond": ("Ray",), "Lawrence": ("Larry",), "Gerald": ("Gerry",), "Judith": ("Judy",),
    "Kimberly": ("Kim",), "Pamela": ("Pam",), "Cynthia": ("Cindy",), "Joshua": ("Josh",),
}  # fmt: skip
NICKNAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "swedish": NICK_SV,
    "uk": NICK_EN,
    "us": NICK_EN,
    "polish": {"Małgorzata": ("Gosia",), "Katarzyna": ("Kasia",), "Aleksandra": ("Ola",),
               "Agnieszka": ("Aga",), "Tomasz": ("Tomek",), "Piotr": ("Piotrek",),
               "Wojciech": ("Wojtek",), "Krzysztof": ("Krzysiek",), "Magdalena": ("Magda",)},
    "finnish": {"Johannes": ("Jussi",), "Juhani": ("Jussi",), "Matti": ("Masa",)},
    "latin": {"Francisco": ("Pancho",), "José": ("Pepe",), "Francisca": ("Pancha",)},
    "arabic": {"Mohammed": ("Mo",), "Youssef": ("Jo",)},
    "ukrainian": {"Oleksandr": ("Sasha",), "Kateryna": ("Katia",), "Volodymyr": ("Volodia",)},
    "german": {"Wolfgang": ("Wolf",), "Matthias": ("Matze",)},
}  # fmt: skip
