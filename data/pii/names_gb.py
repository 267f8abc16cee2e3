# ruff: noqa: E501
"""Name pools of held-out GB (issue 15): who calls the plumber, who answers, weighted by how often
people carry the names.

Written by a helper who does not tune the detector, from general knowledge and public statistics,
not checked against anything in the repository (none is left out for being known or unknown):
Swedish given names and surnames in the order of SCB's name statistics (weight 1/rank; head the top
150, then a tail of rarer names), the US Census 1990 lists copied from the `names` package's
`dist.female.first`, `dist.male.first` and `dist.all.last` (the census per cent as weight, head
150), UK given names and surnames in the order of the ONS rankings (1/rank), and the commonest
names of origins common in Sweden (1/rank, head 10). `MIXES` says who is named in each language.
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
    """Names in rank order, comma-separated; weight 1/rank."""
    names = tuple(n.strip() for n in text.replace("\n", " ").split(",") if n.strip())
    assert len(set(names)) == len(names), [n for n in names if names.count(n) > 1]
    return Pool(names, tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names) - 1))


def census(text: str, head: int = 150) -> Pool:
    """`Name:per-cent` pairs as the census lists them; the per cent is the weight."""
    pairs = [p.split(":") for p in text.split()]
    return Pool(tuple(n for n, _ in pairs), tuple(float(w) for _, w in pairs), head)


def plain(word: str) -> str:
    """A name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Đurić` -> `Djuric`."""
    for a, b in (("đ", "dj"), ("Đ", "Dj"), ("ł", "l"), ("Ł", "L"), ("ı", "i"), ("ß", "ss")):
        word = word.replace(a, b)
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def feminine(word: str, origin: str) -> str:
    """A surname as a woman carries it where the language inflects it."""
    if origin in ("polish", "ukrainian"):
        for male, female in (
            ("ski", "ska"),
            ("cki", "cka"),
            ("dzki", "dzka"),
            ("skyi", "ska"),
            ("ckyi", "cka"),
            ("skyj", "ska"),
        ):
            if word.endswith(male):
                return word[: -len(male)] + female
    if origin == "lithuanian":  # the married form: Kazlauskas -> Kazlauskienė
        if word.endswith("ius"):
            return word[:-3] + "ienė"
        if word[-2:] in ("as", "is", "us", "ys"):
            return word[:-2] + "ienė"
    return word


# Sweden: SCB's name statistics, all ages, in rank order as the writer knows them; head 150.
SV_F = ranked(
    """
Anna, Eva, Maria, Karin, Sara, Kristina, Lena, Emma, Kerstin, Ingrid, Marie, Malin, Jenny, Hanna,
Linnea, Annika, Inger, Sofia, Linda, Elin, Susanne, Johanna, Monica, Ida, Julia, Birgitta,
Elisabeth, Camilla, Margareta, Carina, Helena, Ulla, Amanda, Cecilia, Ebba, Elsa, Emelie, Katarina,
Alice, Maja, Moa, Sandra, Gunilla, Anita, Åsa, Jessica, Matilda, Therese, Frida, Lisa, Astrid,
Ulrika, Josefin, Caroline, Agneta, Louise, Viktoria, Marianne, Barbro, Klara, Ella, Wilma, Alva,
Madeleine, Anneli, Agnes, Felicia, Gunnel, Lina, Yvonne, Ellen, Ann, Britt, Siv, Mikaela, Pia,
Nathalie, Sofie, Charlotte, Erika, Irene, Ingela, Anette, Olivia, Ronja, Emilia, Elisabet, Saga,
Rebecka, Ingegerd, Evelina, Tove, Marita, Lovisa, Mona, Berit, Gun, Ann-Marie, Isabelle, Nora,
Freja, Selma, Vera, Linn, Kristin, Ann-Christin, Signe, Tuva, Stina, Mia, Alicia, Elvira, Tyra,
Ester, Lilly, Karolina, Ewa, Veronica, Petra, Sanna, Jeanette, Märta, Greta, Hedvig, Tilda, Thea,
Ylva, Liv, Meja, Nellie, Iris, Vilma, Lea, Solveig, Britt-Marie, Birgit, Gerd, Angelica, Paulina,
Cornelia, Kajsa, Ingeborg, Sigrid, Hilda, Majken, Juni, Inga, Lotta, Marina, Pernilla, Martina,
Gunvor, Dagmar, Ruth, Lisbeth, Britta, Maj, Elise, Amelia, Minna, Charlotta, Anna-Karin, Emmy,
Hillevi, Jonna, Josefine, Molly, Ines, Edith, Elina, Doris, Gudrun, Svea, Tindra, Livia, Lykke,
Ellie, Elena, Sonja, Vivianne, Annelie, Ann-Sofie, Ann-Louise, Eva-Lena, Lise-Lotte,
Marie-Louise, Anna-Lena, Ulla-Britt, Mari, Daniela, Rut, Tova, Alexandra, Natalie, Nina, Helen,
Heléne, Jennie, Josephine, Sabina, Rebecca, Tina, Lillemor, Marlene, Maud, Elsie, Wivi,
Gunhild, Ingalill, Ann-Kristin, Anna-Maria, Eva-Marie, Mimmi, Hedda, Nova, Filippa, Stella, Leah,
Novalie, Elvina, Wilhelmina, Ottilia, Ingela-Marie, Aina, Alma, Harriet, Laila, Lilian, Majvor,
Ritva, Ronja-Li, Sylvia, Viola, Åsa-Lena, Inga-Lill, Kicki, Jenni, Carolina, Catharina, Katrin,
Kristine, Karoline, Nadja, Natalia, Emelia, Linnéa, Mathilda, Elly, Majvi, Berta, Elna, Hjördis,
Ingegärd, Ulrica, Cecilie, Evy, Gertrud, Gull-Britt, Ann-Mari, Lena-Karin, Malva, Matilde, Nathalia,
Ellinor, Isa, Jasmine, Tess, Tekla, Estelle, Emmeli, Frideborg, Ingrid-Marie, Kia, Lollo, Minou,
Rakel, Rosa, Sigbritt, Sol, Solbritt, Vendela, Vanja, Yrsa, Åse, Ebba-Li, Marit, Mirja, Mette,
Hélène, Ann-Britt, Gunbritt, Elvy, Magdalena, Lovis, Alida, Ingvor, Irma, Judit, Marika,
""",
    150,
)
SV_M = ranked(
    """
Lars, Mikael, Anders, Johan, Per, Erik, Karl, Peter, Jan, Thomas, Daniel, Fredrik, Hans, Andreas,
Bengt, Stefan, Mats, Magnus, Bo, Nils, Jonas, Marcus, Alexander, Sven, Göran, Martin, Oskar, Leif,
Björn, Viktor, Ulf, Henrik, Gustav, Patrik, Mattias, Simon, Kent, Christer, Filip, William, Anton,
Emil, Robert, Rolf, Niklas, Håkan, Tommy, Axel, Lucas, Rickard, Linus, Kjell, Jonathan, Kenneth,
Christian, Joakim, Tobias, Sebastian, Adam, Roger, Elias, Hugo, David, Jakob, Jesper, Robin, Roland,
Lennart, Gunnar, Olof, Oliver, Isak, Ludvig, Liam, Noah, Arvid, Ali, Claes, Josef, Åke, Dennis,
Max, Tomas, Kurt, Jimmy, Arne, Stig, Johnny, Rasmus, Albin, Mohammad, Emanuel, Ingvar, Samuel,
Jörgen, Kristoffer, Lukas, Theo, Elliot, Edvin, Leo, Vincent, Ove, Sten, Mohamed, Benjamin, Carl,
Tony, Dan, Harry, Torbjörn, Pontus, Ahmad, Kevin, Wilhelm, Felix, Melvin, Måns, Hampus, Pär,
Gabriel, Jacob, Sixten, Alfred, Sture, Gösta, Bertil, Ingemar, Valter, Frans, Love, Otto, Olle,
Alvin, Charlie, Casper, Jens, Bernt, Conny, Ronny, Jim, Markus, Mathias, Kim, Lage, Birger, Rune,
Allan, Bror, Evert, Folke, Harald, Helge, Ivar, Tage, Yngve, Einar, Erland, Gert, Holger, Jarl,
Konrad, Lars-Göran, Nils-Olof, Per-Anders, Jan-Olov, Karl-Johan, Sven-Erik, Bengt-Åke, Lars-Olof,
Carl-Johan, Lars-Erik, Per-Olof, Karl-Erik, Jan-Erik, Kjell-Åke, Nils-Erik, Elis, Eddie, Milo,
Ture, Tor, Malte, Viggo, Loke, Ebbe, Sigge, Nisse, Helmer, Hjalmar, Ragnar, Gottfrid, Torsten,
Uno, Lennie, Glenn, Lasse, Jocke, Janne, Pelle, Benny, Roine, Ola, Ingmar, Staffan, Sune, Vilgot,
Algot, Edward, Edvard, Henning, Julius, Mauritz, Otto-Karl, Anders-Petter, Per-Erik, Bo-Göran,
Sven-Olof, Jan-Åke, Lars-Åke, Stig-Olof, Gustaf, Carl-Fredrik, Carl-Axel, Hans-Erik, Tord,
Sören, Åke-Olof, Alf, Assar, Arnold, Börje, Dag, Egon, Ernst, Georg, Gunne, Hilding, Ingvald,
Jonny, Kalle, Kasper, Knut, Lars-Gunnar, Loui, Leon, Lowe, Matteus, Morgan, Nicklas, Niclas,
Nicolas, Oscar, Rikard, Ruben, Sam, Teodor, Tim, Tommie, Ulrik, Vidar, Vide, Wille, Jean,
Jon, Kristian, Christopher, Christoffer, Erling, Fabian, Folke-Anders, Hannes, Harri, Ivan, Joel,
Jimmie, Kennet, Kenny, Lelle, Måns-Erik, Nore, Orvar, Otis, Patric, Reine, Ronnie, Sivert,
""",
    150,
)
SV_LAST = ranked(
    """
Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson,
Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson,
Magnusson, Olofsson, Lindström, Lindqvist, Lindgren, Berg, Axelsson, Bergström, Lundberg, Lind,
Lundgren, Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Forsberg, Sjöberg,
Ali, Wallin, Mohammed, Engström, Eklund, Danielsson, Lundin, Håkansson, Björk, Bergman, Gunnarsson,
Holm, Wikström, Samuelsson, Isaksson, Fransson, Bergqvist, Nyström, Holmberg, Arvidsson, Löfgren,
Söderberg, Nyberg, Blomqvist, Claesson, Nordström, Ahmed, Mårtensson, Lundström, Hassan, Viklund,
Björklund, Eliasson, Pålsson, Berggren, Sandström, Lund, Nordin, Ström, Åberg, Falk, Ekström,
Hermansson, Holmgren, Hellström, Dahlberg, Hedlund, Sundberg, Sjögren, Ek, Blom, Abrahamsson,
Martinsson, Öberg, Andreasson, Strömberg, Månsson, Hansen, Åkesson, Dahl, Lindholm, Norberg,
Holmqvist, Hussein, Mohamed, Sundström, Ibrahim, Jensen, Lindblom, Sjöström, Omar, Nordqvist,
Sundqvist, Ivarsson, Ahlström, Nordlund, Jacobsson, Englund, Lindahl, Lundh, Ottosson, Wiklund,
Palm, Edlund, Sjölund, Lindén, Eklöf, Hedberg, Söderström, Ekman, Strand, Kristiansson, Lindell,
Hägg, Dahlgren, Lundmark, Hammar, Sandgren, Nyman, Bäckström, Ekberg, Nord, Rosén, Forsström,
Wahlberg, Westerberg, Granström, Rydberg, Åström, Backman, Sjödin, Lövgren, Engberg, Lilja,
Boström, Ljung, Hedman, Bergh, Grahn, Lindkvist, Ågren, Rosengren, Hallberg, Lundell, Nordgren,
Ekholm, Forslund, Hellberg, Öhman, Carlsson, Carlberg, Kjellberg, Stenberg, Hallgren, Sundin,
Malm, Moberg, Sandin, Lindh, Thorén, Ljungberg, Nordh, Svärd, Kvist, Tapper, Ahlberg, Skoglund,
Granberg, Wallgren, Ahmadi, Hosseini, Yusuf, Abdi, Hedin, Stenström, Bergkvist, Sköld, Borg,
Wallén, Lindroth, Sundell, Edström, Vikström, Hägglund, Näslund, Marklund, Öhrn, Löfstedt,
Lindmark, Burman, Lindelöf, Nordenberg, Segerström, Källström, Sahlin, Nordling, Wennberg,
Strandberg, Bergendahl, Fagerström, Hjalmarsson, Sjöstrand, Törnqvist, Wikander, Åkerman,
Ekelund, Ståhl, Lagerqvist, Friberg, Almqvist, Hedström, Åslund, Thunberg, Norén,
Zetterberg, Bruhn, Rask, Frisk, Ferm, Lööf, Schön, Enqvist, Kling, Lövström, Melin, Nykvist,
Sandell, Tengvall, Widén, Ahlgren, Björkman, Brännström, Dahlin, Edvardsson, Flink, Gren, Hed,
Henningsson, Holmström, Jernberg, Jägerström, Karlberg, Kronberg, Larsén, Lidén, Lindroos,
Modig, Nordberg, Olausson, Pihl, Quist, Roos, Rydén, Selin, Sjölander, Stål, Swärd, Tidström,
Ullman, Vesterlund, Westin, Wirén, Östlund, Östberg, Ödman, Nygren, Alm, Grönlund, Björling,
Ekdahl, von Essen, af Klercker, De Geer, von Platen, Gyllenhammar, Leijonhufvud, Stierna,
Rehnberg, Lundeberg, Brink, Fält, Gran, Hök, Krantz, Lax, Lejon, Mörk, Rapp,
""",
    150,
)
NICK_SV = {
    "Lars": ["Lasse"], "Mikael": ["Micke"], "Anders": ["Affe"], "Per": ["Pelle", "Perra"],
    "Karl": ["Kalle"], "Jan": ["Janne"], "Thomas": ["Tompa"], "Daniel": ["Danne"],
    "Fredrik": ["Fredde"], "Hans": ["Hasse"], "Andreas": ["Andy"], "Bengt": ["Bengan"], "Stefan": ["Steffe"],
    "Mats": ["Matte"], "Magnus": ["Manne"], "Nils": ["Nisse"], "Jonas": ["Jonte"], "Marcus": ["Mackan"],
    "Alexander": ["Alex"], "Göran": ["Görre"], "Oskar": ["Ogge"], "Joakim": ["Jocke"],
    "Christer": ["Chrille"], "Kristoffer": ["Krille"], "Robert": ["Robban"], "Tobias": ["Tobbe"],
    "Sebastian": ["Sebbe"], "Gustav": ["Gurra"], "Henrik": ["Henke"], "Patrik": ["Patte"],
    "Mattias": ["Matte"], "Niklas": ["Nicke"], "Kenneth": ["Kenta"], "Leif": ["Leffe"],
    "Olof": ["Olle"], "Emanuel": ["Manne"], "Jesper": ["Jeppe"], "Rickard": ["Ricke"], "William": ["Wille"],
    "Viktor": ["Vicke"], "Ludvig": ["Ludde"], "Albin": ["Abbe"], "Torbjörn": ["Tobbe"],
    "Kristina": ["Stina", "Kicki"], "Elisabeth": ["Lisa", "Bettan"], "Margareta": ["Maggan"], "Birgitta": ["Gittan", "Bitte"],
    "Katarina": ["Kattis"], "Charlotte": ["Lotta"], "Charlotta": ["Lotta"], "Susanne": ["Sussie"], "Viktoria": ["Vickan"],
    "Kerstin": ["Kickan"], "Madeleine": ["Maddie"], "Alexandra": ["Alex"],
    "Camilla": ["Millan"], "Elisabet": ["Bettan"],
    "Louise": ["Lollo"], "Therese": ["Tessan"], "Jessica": ["Jessan"], "Isabelle": ["Bella"], "Matilda": ["Tilda"],
}  # fmt: skip
# United Kingdom: given names across the generations in the order of the ONS rankings, and the
# commonest surnames of England and Wales in rank order; 1/rank.
UK_F = ranked(
    """
Sarah, Emma, Claire, Lisa, Susan, Helen, Karen, Nicola, Rebecca, Laura, Jennifer, Julie, Michelle,
Elizabeth, Margaret, Jessica, Amy, Rachel, Hannah, Charlotte, Emily, Victoria, Samantha, Louise,
Joanne, Sophie, Lucy, Katie, Kelly, Gemma, Jane, Catherine, Deborah, Amanda, Alison, Patricia,
Mary, Ann, Christine, Jacqueline, Tracey, Angela, Carol, Joan, Olivia, Amelia, Isla, Ava, Mia,
Grace, Ella, Lily, Freya, Evie, Chloe, Ruby, Poppy, Sophia, Isabella, Florence, Holly, Megan,
Lauren, Jade, Natalie, Kirsty, Stacey, Danielle, Zoe, Leanne, Donna, Dawn, Wendy, Gillian, Janet,
Sandra, Pauline, Linda, Dorothy, Barbara, Jean, Sheila, Brenda, Valerie, Maureen, Shirley, Sharon,
Heather, Fiona, Kathryn, Anna, Alice, Georgia, Abigail, Eleanor, Millie, Phoebe, Scarlett, Daisy,
Matilda, Rosie, Willow, Harriet, Imogen, Eva, Niamh, Caitlin, Beth, Bethany, Jasmine, Leah, Paige,
Shannon, Kayleigh, Jodie, Hayley, Lindsay, Tina, Elaine, Denise, Lorraine, Diane, Beverley, Marie,
Rose, Ivy, Maisie, Elsie, Aisha, Fatima, Zara, Priya, Amira, Maryam, Sian, Bronwen, Rhiannon,
Eilidh, Morag, Siobhan, Aoife, Carys, Ffion, Mabel, Edith, Hazel, Josephine, Kathleen, Irene,
Doreen, Rita, Eileen, Vera, Joyce, Sylvia, Muriel, Gwen, Hilda, Gladys, Marion, Yvonne, Sally,
Ruth, Joanna, Natasha, Melanie, Anne, Caroline, Philippa, Penelope, Rosemary, Lesley, Tanya,
Carly, Chantelle, Toni, Kerry, Lynsey, Jemma, Keeley, Becky, Jenna, Nadia, Aaliyah, Hollie, Erin,
Esme, Thea, Iris, Sienna, Autumn, Clara, Maya, Violet, Lottie, Elodie, Connie, Bonnie, Nancy,
""",
    130,
)
UK_M = ranked(
    """
David, John, Paul, Michael, Andrew, James, Mark, Peter, Richard, Robert, Stephen, Christopher,
Thomas, Daniel, Matthew, Simon, Ian, Anthony, Steven, Gary, Jonathan, Martin, Alan, William, Kevin,
Jason, Lee, Darren, Neil, Graham, Philip, Keith, Colin, Brian, Stuart, Adam, Benjamin, Samuel,
Joseph, Oliver, Jack, Harry, George, Noah, Charlie, Jacob, Alfie, Freddie, Oscar, Leo, Archie,
Henry, Joshua, Luke, Ryan, Craig, Scott, Carl, Shaun, Dean, Wayne, Nathan, Liam, Callum, Connor,
Kieran, Jamie, Aaron, Ben, Tom, Dan, Joe, Sam, Alex, Max, Ethan, Lewis, Dylan, Jake, Kyle, Reece,
Bradley, Jordan, Mohammed, Muhammad, Ali, Raj, Sanjay, Imran, Tariq, Hamza, Arthur, Theo, Teddy,
Reggie, Albie, Tommy, Finley, Harrison, Edward, Frederick, Louis, Hugo, Rory, Ewan, Euan, Fraser,
Angus, Gareth, Rhys, Dafydd, Owen, Gethin, Sean, Patrick, Ciaran, Declan, Barry, Derek, Trevor,
Malcolm, Roger, Terry, Nigel, Clive, Geoffrey, Kenneth, Raymond, Dennis, Gordon, Norman, Roy,
Ronald, Donald, Frank, Stanley, Harold, Albert, Ernest, Leonard, Walter, Cyril, Reginald, Dave,
Steve, Mike, Rob, Andy, Chris, Nick, Phil, Mick, Tony, Jim, Bob, Matt, Rich, Will, Nicholas,
Timothy, Jeremy, Rupert, Giles, Toby, Jasper, Rupinder, Harvey, Mason, Elliot, Tyler, Ashley,
Gavin, Glen, Russell, Vincent, Damian, Jimmy, Wesley, Marcus, Elijah, Muhammad-Ali, Ibrahim,
Yusuf, Zain, Aarav, Arjun, Kai, Ronnie, Stanley-James, Bobby, Sonny, Jude, Rowan, Felix, Sebastian,
""",
    130,
)
UK_LAST = ranked(
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
Gregory, Carr, Lowe, Page, Marsh, Riley, Dunn, Woods, Parsons, Berry, Stone, Reid, Holland,
Hawkins, Harding, Porter, Robertson, Newton, Oliver, Reed, Kennedy, Williamson, Bird, Gardner,
Shah, Dean, Lane, Cooke, Bates, Henderson, Parry, Burgess, Bishop, Walton, Burns, Nicholson,
Shepherd, Ross, Cross, Long, Freeman, Warren, Nicholls, Hamilton, Byrne, Sutton, McDonald, Yates,
Hodgson, Robson, Curtis, Hopkins, O'Connor, Harper, Coleman, Watkins, Moss, McCarthy, Chambers,
O'Neill, Griffin, Sharp, Hardy, Wheeler, Potter, Osborne, Johnston, Gordon, Doyle, Wallace,
George, Jordan, Hutchinson, Rowe, Burke, May, Pritchard, Gilbert, Willis, Higgins, Read, Miles,
Stevenson, Stephenson, Hammond, Arnold, Buckley, Walters, Hewitt, Barber, Nelson, Slater, Austin,
Sullivan, Whitehead, Mann, Frost, Lambert, Stephens, Blake, Akhtar, Lynch, Goodwin, Barton,
Woodward, Thomson, Cunningham, Quinn, Barnett, Baxter, Bibi, Clayton, Nash, Greenwood, Jennings,
Holt, Kemp, Poole, Gallagher, Bond, Stokes, Tucker, Davidson, Fowler, Heath, Norman, Middleton,
Lawson, Banks, French, Stanley, Jarvis, Gibbs, Ferguson, Hayward, Carroll, Farrell, Cartwright,
Pugh, Lord, Whittaker, Kirk, Sykes, Brennan, Ashton, Finch, Hobbs, Bolton, Dyer, Fraser, Macdonald,
Mackenzie, Morrison, Lamb, Howells, Jeffries, Pike, Thorpe, Duffy, Fenwick, Prosser, Llewellyn,
""",
    150,
)
NICK_EN = {
    "Robert": ["Rob", "Bob", "Bobby"], "William": ["Will", "Bill", "Billy"], "Michael": ["Mike", "Mick"], "Christopher": ["Chris"],
    "Anthony": ["Tony"], "Richard": ["Rich", "Dick"], "Stephen": ["Steve"], "Steven": ["Steve"], "Andrew": ["Andy", "Drew"],
    "Daniel": ["Dan", "Danny"], "Matthew": ["Matt"], "Thomas": ["Tom", "Tommy"], "James": ["Jim", "Jimmy", "Jamie"],
    "Joseph": ["Joe", "Joey"], "David": ["Dave", "Davy"], "Nicholas": ["Nick"], "Benjamin": ["Ben"], "Samuel": ["Sam"],
    "Jonathan": ["Jon"], "Timothy": ["Tim"], "Edward": ["Ed", "Eddie", "Ted"], "Philip": ["Phil"], "Charles": ["Charlie", "Chuck"],
    "Kenneth": ["Ken"], "Raymond": ["Ray"], "Ronald": ["Ron"], "Donald": ["Don"], "Gregory": ["Greg"], "Patrick": ["Pat", "Paddy"],
    "Frederick": ["Fred", "Freddie"], "Alexander": ["Alex"], "Jennifer": ["Jen", "Jenny"], "Elizabeth": ["Liz", "Beth", "Lizzie"],
    "Margaret": ["Maggie", "Peggy"], "Patricia": ["Pat", "Trish"], "Katherine": ["Kate", "Katie"], "Catherine": ["Cath", "Kate"],
    "Kathleen": ["Kath"], "Susan": ["Sue"], "Deborah": ["Debbie", "Deb"], "Rebecca": ["Becky", "Becca"], "Victoria": ["Vicky", "Tori"],
    "Samantha": ["Sam"], "Christine": ["Chris"], "Jacqueline": ["Jackie"], "Nicola": ["Nicky"], "Amanda": ["Mandy"],
    "Barbara": ["Barb"], "Dorothy": ["Dot"], "Abigail": ["Abby"], "Charlotte": ["Lottie"], "Alexandra": ["Alex", "Lexi"],
    "Kimberly": ["Kim"], "Cynthia": ["Cindy"], "Pamela": ["Pam"], "Josephine": ["Jo"], "Joanne": ["Jo"], "Eleanor": ["Ellie"],
}  # fmt: skip

# Origins common in Sweden: their commonest given names and surnames, 1/rank, head 10.
FINNISH = Origin(
    ranked(
        "Anneli, Tuula, Päivi, Anna, Maria, Marjatta, Kaarina, Helena, Johanna, Hannele, Sari, Tiina, Pirjo, Riitta, Leena, Eeva, Liisa, Aino, Satu, Merja, Minna, Outi, Sirpa, Kirsi, Seija, Eila, Aila, Raija, Ritva, Ulla-Maija",
        10,
    ),
    ranked(
        "Juhani, Johannes, Mikael, Olavi, Antero, Tapani, Kalevi, Matti, Timo, Pekka, Kari, Jukka, Mikko, Markku, Jari, Hannu, Seppo, Heikki, Pentti, Esa, Tuomas, Ville, Juha, Petri, Raimo, Veikko, Ilkka, Arto, Erkki, Jouni",
        10,
    ),
    ranked(
        "Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen, Kallio, Hakala, Leppänen, Hirvonen, Väisänen",
        10,
    ),
)
ARABIC = Origin(  # Iraq and Syria, Lebanon, Palestine, with Assyrian/Syriac names
    ranked(
        "Fatima, Maryam, Zainab, Noor, Sara, Aya, Hiba, Rana, Lina, Amira, Huda, Rasha, Dima, Rania, Layla, Yasmin, Shahad, Reem, Hanan, Nadia, Samira, Ranya, Nisrin, Shamiran, Ninva, Sonia, Marlin, Jacqueline, Nahrain, Souad",
        10,
    ),
    ranked(
        "Mohammed, Ahmed, Ali, Hassan, Hussein, Omar, Mustafa, Khaled, Ibrahim, Yousef, Abdullah, Mahmoud, Karim, Ammar, Haider, Bashar, Samer, Tarek, Rami, Fadi, Wissam, Ziad, Nabil, Sargon, Ninos, Aram, Gabriel, Shamoun, Elias, Afram",
        10,
    ),
    ranked(
        "Ali, Hassan, Mohammed, Ahmed, Hussein, Ibrahim, Abdullah, Khalil, Al-Haddad, Saleh, Jaber, Hamid, Mahmoud, Yousef, Khoury, Haddad, Nasser, Al-Obaidi, Al-Jabouri, Kareem, Saeed, Mansour, Darwish, Abbas, Barsoum, Shamoun, Saliba, Gabriel, Yacoub, Isho, Aydin, Malke, Issa",
        10,
    ),
)
SOMALI = Origin(  # the surname is the father's given name
    ranked(
        "Fadumo, Hodan, Amina, Sahra, Hawa, Faadumo, Asha, Khadija, Ifrah, Maryan, Sagal, Hibo, Nasra, Ayan, Deeqa, Fardowsa, Hamdi, Ubah, Samira, Ikran",
        10,
    ),
    ranked(
        "Mohamed, Abdi, Ahmed, Ali, Hassan, Abdirahman, Omar, Abdullahi, Ismail, Yusuf, Hussein, Abdirizak, Said, Farah, Mahad, Liban, Guled, Abdikadir, Osman, Mukhtar",
        10,
    ),
    ranked(
        "Mohamed, Ali, Ahmed, Hassan, Abdi, Omar, Abdullahi, Yusuf, Hussein, Ismail, Farah, Osman, Warsame, Nur, Jama, Aden, Dahir, Elmi, Said, Hirsi, Mohamud, Abdulle, Egal, Gedi",
        10,
    ),
)
POLISH = Origin(
    ranked(
        "Anna, Katarzyna, Maria, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Magdalena, Elżbieta, Joanna, Aleksandra, Monika, Zofia, Teresa, Danuta, Natalia, Julia, Karolina, Marta, Beata, Dorota, Justyna, Jolanta, Iwona, Grażyna, Paulina, Weronika",
        10,
    ),
    ranked(
        "Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Jan, Michał, Marcin, Stanisław, Jakub, Adam, Marek, Łukasz, Grzegorz, Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Jerzy, Maciej, Rafał, Kamil, Robert, Sławomir, Przemysław, Bartosz, Dawid",
        10,
    ),
    ranked(
        "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Wojciechowski, Kwiatkowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Wróbel, Nowakowski, Majewski, Olszewski, Stępień, Malinowski, Jaworski, Górski, Sadowski, Wysocki",
        10,
    ),
)
PERSIAN = Origin(
    ranked(
        "Fatemeh, Zahra, Maryam, Narges, Leila, Shirin, Mahnaz, Parisa, Azadeh, Nasrin, Roya, Mina, Sara, Setareh, Golnar, Nazanin, Soheila, Fereshteh, Yasaman, Negar, Mitra, Shahrzad",
        10,
    ),
    ranked(
        "Mohammad, Ali, Hossein, Reza, Mehdi, Amir, Hamid, Saeed, Majid, Behrouz, Dariush, Kourosh, Farhad, Babak, Arash, Omid, Pouya, Kaveh, Navid, Payam, Siamak, Shahram",
        10,
    ),
    ranked(
        "Mohammadi, Hosseini, Ahmadi, Rezaei, Moradi, Karimi, Jafari, Rahimi, Hashemi, Mousavi, Ghorbani, Sadeghi, Kazemi, Amini, Rostami, Bagheri, Nazari, Heydari, Shirazi, Tehrani, Farahani, Esfahani, Jalali, Sharifi",
        10,
    ),
)
BCS = Origin(  # Bosnian, Serbian, Croatian
    ranked(
        "Amra, Emina, Jasmina, Selma, Lejla, Amela, Maja, Ana, Marija, Ivana, Jelena, Mirela, Senada, Azra, Dragana, Snežana, Milica, Sanja, Vesna, Mersiha, Alma, Elma, Nermina, Gordana",
        10,
    ),
    ranked(
        "Amir, Emir, Adnan, Edin, Mirza, Senad, Dragan, Goran, Zoran, Milan, Nikola, Marko, Ivan, Stefan, Dejan, Nenad, Damir, Haris, Kenan, Admir, Elvis, Dženan, Ante, Josip",
        10,
    ),
    ranked(
        "Hodžić, Hadžić, Delić, Begić, Mehmedović, Hasanović, Husić, Kovačević, Petrović, Jovanović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Popović, Horvat, Babić, Marić, Jurić, Novak, Kovačić, Šehić, Omerović, Suljić, Mujić, Ibrahimović, Alić, Đurić, Tomić",
        10,
    ),
)
TURKISH = Origin(
    ranked(
        "Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Meryem, Şerife, Zehra, Sultan, Hanife, Merve, Özlem, Esra, Derya, Gülşen, Büşra, Ebru, Tuğba, Yasemin, Sibel, Melek",
        10,
    ),
    ranked(
        "Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Osman, Yusuf, Murat, Ömer, Ramazan, Halil, Süleyman, Abdullah, Mahmut, Emre, Burak, Serkan, Kemal, Cem",
        10,
    ),
    ranked(
        "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Korkmaz, Erdoğan, Güneş",
        10,
    ),
)
ERITREAN = Origin(  # the surname is the father's given name
    ranked(
        "Helen, Senait, Selam, Mebrat, Saba, Ruta, Mihret, Lidya, Almaz, Freweyni, Yordanos, Semhar, Winta, Hiwet, Tsega, Elsa, Rahel, Azieb, Meron, Luwam",
        10,
    ),
    ranked(
        "Yonas, Daniel, Samuel, Tesfay, Yohannes, Michael, Filmon, Habtom, Dawit, Mehari, Biniam, Robel, Kidane, Mussie, Yemane, Amanuel, Tekle, Berhane, Efrem, Simon",
        10,
    ),
    ranked(
        "Tesfay, Gebremedhin, Haile, Berhane, Tekle, Kidane, Yohannes, Ghebreyesus, Mehari, Weldu, Tesfamariam, Gebru, Habte, Asmerom, Tesfaldet, Abraha, Andemariam, Woldemichael, Kahsay, Negash",
        10,
    ),
)
AFGHAN = Origin(
    ranked(
        "Fatima, Maryam, Zahra, Mariam, Shabnam, Nargis, Fariba, Zarghona, Sima, Khadija, Farzana, Hasina, Malalai, Parwana, Laila, Nazia, Roya, Soraya, Madina, Freshta",
        10,
    ),
    ranked(
        "Mohammad, Ali, Ahmad, Abdul, Mustafa, Hamid, Reza, Hussain, Naqibullah, Jawad, Mahdi, Nasir, Farid, Rahim, Sayed, Wahid, Zabihullah, Mirwais, Khalid, Omid",
        10,
    ),
    ranked(
        "Ahmadi, Mohammadi, Hussaini, Rahimi, Karimi, Sultani, Hakimi, Noori, Rezai, Amiri, Sadat, Haidari, Azizi, Jafari, Stanikzai, Popal, Wardak, Safi, Zazai, Hotak",
        10,
    ),
)
THAI = Origin(
    ranked(
        "Siriporn, Malee, Sompong, Kanya, Pranee, Wanida, Somsri, Nittaya, Ratana, Sunisa, Jintana, Porntip, Suda, Arunee, Lamai, Kanokwan, Pensri, Nok, Duangjai, Anong",
        10,
    ),
    ranked(
        "Somchai, Somsak, Prasert, Wichai, Sombat, Suchart, Boonmee, Anan, Chaiwat, Kittisak, Thanakorn, Surachai, Niran, Sakda, Pichai, Manop, Wirat, Narong, Apichat, Chatchai",
        10,
    ),
    ranked(
        "Saetang, Srisuk, Sukprasert, Wongsawat, Chaiyaporn, Boonyarat, Thongdee, Kaewkam, Srisawat, Phromma, Somboon, Rattanakul, Jaidee, Sangkham, Thongsuk, Intarasuk, Kongkaew, Ruangsri, Chanthara, Bunmee",
        10,
    ),
)
LATIN = Origin(  # Chile first, then the rest of Latin America; two surnames
    ranked(
        "María, Ana, Carolina, Claudia, Francisca, Javiera, Camila, Valentina, Daniela, Catalina, Patricia, Paola, Verónica, Marcela, Ximena, Gabriela, Lorena, Andrea, Soledad, Constanza, Ingrid, Paz",
        10,
    ),
    ranked(
        "José, Juan, Luis, Carlos, Jorge, Francisco, Manuel, Cristián, Rodrigo, Pablo, Sebastián, Felipe, Diego, Matías, Alejandro, Patricio, Mauricio, Gonzalo, Andrés, Víctor, Hernán, Nelson",
        10,
    ),
    ranked(
        "González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo, Tapia, Reyes, Gutiérrez, Castro, Pizarro, Álvarez, Vásquez, Sánchez, Fernández",
        10,
    ),
)
KURDISH = Origin(
    ranked(
        "Shilan, Nasrin, Rozhin, Avin, Berfin, Dilan, Hêvî, Jiyan, Nishtiman, Shirin, Gulistan, Hana, Kajal, Sozan, Tara, Zilan, Bahar, Ronak, Evin, Delal",
        10,
    ),
    ranked(
        "Rebaz, Karwan, Shwan, Dilshad, Aram, Hawre, Kawa, Dara, Sherko, Azad, Rizgar, Hiwa, Soran, Zana, Baran, Serhat, Bawar, Diyar, Ardalan, Hoshyar",
        10,
    ),
    ranked(
        "Ahmed, Mohammed, Rasul, Hama, Aziz, Karim, Salih, Mahmoud, Qadir, Barzani, Talabani, Mustafa, Abdulla, Ali, Hussein, Amin, Kaya, Doğan, Baban, Omer",
        10,
    ),
)
UKRAINIAN = Origin(
    ranked(
        "Olena, Tetiana, Nataliia, Iryna, Svitlana, Oksana, Yuliia, Olha, Kateryna, Mariia, Anastasiia, Viktoriia, Liudmyla, Halyna, Nadiia, Inna, Alina, Daryna, Sofiia, Khrystyna",
        10,
    ),
    ranked(
        "Oleksandr, Serhii, Andrii, Volodymyr, Dmytro, Mykola, Oleksii, Yurii, Ivan, Vasyl, Mykhailo, Viktor, Ihor, Bohdan, Taras, Maksym, Roman, Petro, Denys, Artem",
        10,
    ),
    ranked(
        "Melnyk, Shevchenko, Boiko, Kovalenko, Bondarenko, Tkachenko, Kovalchuk, Kravchenko, Oliinyk, Shevchuk, Koval, Polishchuk, Bondar, Tkachuk, Moroz, Marchenko, Lysenko, Rudenko, Savchenko, Petrenko, Levytskyi, Kovalskyi",
        10,
    ),
)
LITHUANIAN = Origin(
    ranked(
        "Ona, Kristina, Rasa, Jurgita, Irena, Daiva, Vilma, Aušra, Rūta, Lina, Inga, Jolanta, Laima, Asta, Živilė, Gintarė, Eglė, Agnė, Greta, Ieva",
        10,
    ),
    ranked(
        "Tomas, Mindaugas, Darius, Andrius, Jonas, Vytautas, Antanas, Saulius, Rimantas, Audrius, Marius, Giedrius, Paulius, Kęstutis, Arūnas, Linas, Dainius, Tadas, Mantas, Žydrūnas",
        10,
    ),
    ranked(
        "Kazlauskas, Jankauskas, Petrauskas, Stankevičius, Vasiliauskas, Žukauskas, Butkus, Paulauskas, Urbonas, Kavaliauskas, Pocius, Navickas, Ramanauskas, Savickas, Baranauskas, Rimkus, Sakalauskas, Žilinskas, Adomaitis, Vaitkus",
        10,
    ),
)
ROMANIAN = Origin(
    ranked(
        "Maria, Elena, Ioana, Andreea, Ana, Mihaela, Gabriela, Cristina, Alexandra, Daniela, Florentina, Georgiana, Roxana, Adriana, Raluca, Nicoleta, Simona, Alina, Oana, Ramona",
        10,
    ),
    ranked(
        "Ion, Gheorghe, Constantin, Alexandru, Andrei, Mihai, Vasile, Ionuț, Nicolae, Florin, Marian, Adrian, Cristian, Daniel, Ștefan, Bogdan, Cătălin, Dumitru, Marius, Sorin",
        10,
    ),
    ranked(
        "Popa, Popescu, Pop, Radu, Dumitru, Stan, Stoica, Gheorghe, Matei, Ciobanu, Ionescu, Rusu, Constantin, Mihai, Munteanu, Moldovan, Florea, Lazăr, Dinu, Marin, Tudor, Ene",
        10,
    ),
)
INDIAN = Origin(
    ranked(
        "Priya, Anjali, Pooja, Divya, Neha, Sneha, Lakshmi, Kavya, Deepa, Shreya, Aishwarya, Swati, Meera, Ananya, Nandini, Ritu, Sunita, Rekha, Harpreet, Gurpreet",
        10,
    ),
    ranked(
        "Rahul, Amit, Rajesh, Suresh, Vikram, Arjun, Karthik, Sanjay, Anil, Ravi, Srinivas, Vijay, Rohit, Manish, Pradeep, Aditya, Nikhil, Deepak, Harjit, Gurdeep",
        10,
    ),
    ranked(
        "Kumar, Sharma, Singh, Patel, Reddy, Rao, Gupta, Nair, Iyer, Krishnan, Das, Joshi, Menon, Verma, Agarwal, Mehta, Shah, Pillai, Chopra, Banerjee",
        10,
    ),
)
CENSUS_F = """
Mary:2.629 Patricia:1.073 Linda:1.035 Barbara:0.980 Elizabeth:0.937 Jennifer:0.932 Maria:0.828
Susan:0.794 Margaret:0.768 Dorothy:0.727 Lisa:0.704 Nancy:0.669 Karen:0.667 Betty:0.666 Helen:0.663
Sandra:0.629 Donna:0.583 Carol:0.565 Ruth:0.562 Sharon:0.522 Michelle:0.519 Laura:0.510 Sarah:0.508
Kimberly:0.504 Deborah:0.494 Jessica:0.490 Shirley:0.482 Cynthia:0.469 Angela:0.468 Melissa:0.462
Brenda:0.455 Amy:0.451 Anna:0.440 Rebecca:0.430 Virginia:0.430 Kathleen:0.424 Pamela:0.416
Martha:0.412 Debra:0.408 Amanda:0.404 Stephanie:0.400 Carolyn:0.385 Christine:0.382 Marie:0.379
Janet:0.379 Catherine:0.373 Frances:0.370 Ann:0.364 Joyce:0.364 Diane:0.359 Alice:0.357 Julie:0.348
Heather:0.337 Teresa:0.336 Doris:0.335 Gloria:0.335 Evelyn:0.322 Jean:0.315 Cheryl:0.315
Mildred:0.313 Katherine:0.313 Joan:0.306 Ashley:0.303 Judith:0.297 Rose:0.296 Janice:0.285
Kelly:0.283 Nicole:0.281 Judy:0.276 Christina:0.275 Kathy:0.272 Theresa:0.271 Beverly:0.267
Denise:0.264 Tammy:0.259 Irene:0.252 Jane:0.250 Lori:0.248 Rachel:0.242 Marilyn:0.241 Andrea:0.236
Kathryn:0.234 Louise:0.229 Sara:0.229 Anne:0.228 Jacqueline:0.228 Wanda:0.226 Bonnie:0.223
Julia:0.223 Ruby:0.221 Lois:0.220 Tina:0.220 Phyllis:0.219 Norma:0.218 Paula:0.217 Diana:0.216
Annie:0.216 Lillian:0.211 Emily:0.208 Robin:0.208 Peggy:0.208 Crystal:0.207 Gladys:0.205 Rita:0.204
Dawn:0.202 Connie:0.200 Florence:0.200 Tracy:0.197 Edna:0.197 Tiffany:0.195 Carmen:0.195 Rosa:0.194
Cindy:0.192 Grace:0.189 Wendy:0.185 Victoria:0.180 Edith:0.179 Kim:0.178 Sherry:0.178 Sylvia:0.177
Josephine:0.177 Thelma:0.175 Shannon:0.175 Sheila:0.175 Ethel:0.174 Ellen:0.173 Elaine:0.173
Marjorie:0.173 Carrie:0.171 Charlotte:0.169 Monica:0.166 Esther:0.166 Pauline:0.165 Emma:0.165
Juanita:0.164 Anita:0.162 Rhonda:0.162 Hazel:0.161 Amber:0.160 Eva:0.159 Debbie:0.157 April:0.154
Leslie:0.154 Clara:0.153 Lucille:0.153 Jamie:0.153 Joanne:0.150 Eleanor:0.150 Valerie:0.149
Danielle:0.149 Megan:0.147 Alicia:0.146 Suzanne:0.145 Michele:0.145 Gail:0.145 Bertha:0.143
Darlene:0.142 Veronica:0.142 Jill:0.142 Erin:0.141 Geraldine:0.141 Lauren:0.137 Cathy:0.137
Joann:0.136 Lorraine:0.135 Lynn:0.135 Sally:0.135 Regina:0.133 Erica:0.130 Beatrice:0.130
Dolores:0.129 Bernice:0.128 Audrey:0.127 Yvonne:0.126 Annette:0.125 June:0.125 Samantha:0.124
Marion:0.122 Dana:0.122 Stacy:0.121 Ana:0.120 Renee:0.120 Ida:0.118 Vivian:0.118 Roberta:0.117
Holly:0.117 Brittany:0.117 Melanie:0.116 Loretta:0.115 Yolanda:0.115 Jeanette:0.115 Laurie:0.114
Katie:0.113 Kristen:0.111 Vanessa:0.111 Alma:0.111 Sue:0.111 Elsie:0.110 Beth:0.110 Jeanne:0.109
Vicki:0.109 Carla:0.107 Tara:0.107 Rosemary:0.107 Eileen:0.105 Terri:0.105 Gertrude:0.103
Lucy:0.103 Tonya:0.102 Ella:0.101 Stacey:0.101 Wilma:0.099 Gina:0.099 Kristin:0.099 Jessie:0.098
Natalie:0.098 Agnes:0.098 Vera:0.098 Willie:0.097 Charlene:0.097 Bessie:0.096 Delores:0.095
Melinda:0.094 Pearl:0.094 Arlene:0.094 Maureen:0.092 Colleen:0.092 Allison:0.092 Tamara:0.092
Joy:0.091 Georgia:0.091 Constance:0.091 Lillie:0.090 Claudia:0.090 Jackie:0.090 Marcia:0.090
Tanya:0.089 Nellie:0.089 Minnie:0.089 Marlene:0.088 Heidi:0.088 Glenda:0.088 Lydia:0.086
Viola:0.086 Courtney:0.086 Marian:0.086 Stella:0.085 Caroline:0.085 Dora:0.084 Jo:0.083
Vickie:0.082 Mattie:0.081 Terry:0.080 Maxine:0.079 Irma:0.079 Mabel:0.078 Marsha:0.078 Myrtle:0.078
Lena:0.077 Christy:0.077 Deanna:0.076 Patsy:0.076 Hilda:0.075 Gwendolyn:0.074 Jennie:0.073
Nora:0.073 Margie:0.072 Nina:0.072 Cassandra:0.072 Leah:0.072 Penny:0.071 Kay:0.071 Priscilla:0.071
Naomi:0.071 Carole:0.071 Brandy:0.070 Olga:0.070 Billie:0.069 Dianne:0.069 Tracey:0.069 Leona:0.069
Jenny:0.068 Felicia:0.068 Sonia:0.068 Miriam:0.066 Velma:0.066 Becky:0.066 Bobbie:0.065
Violet:0.065 Kristina:0.065 Toni:0.064 Misty:0.063 Mae:0.063 Shelly:0.062 Daisy:0.062 Ramona:0.062
Sherri:0.062 Erika:0.061 Katrina:0.061 Claire:0.061 Lindsey:0.060 Lindsay:0.060 Geneva:0.059
Guadalupe:0.059 Belinda:0.059 Margarita:0.059 Sheryl:0.059 Cora:0.058 Faye:0.058 Ada:0.057
Natasha:0.057 Sabrina:0.057 Isabel:0.057 Marguerite:0.056 Hattie:0.056 Harriet:0.056 Molly:0.055
Cecilia:0.055 Kristi:0.055 Brandi:0.055 Blanche:0.055 Sandy:0.055 Rosie:0.055 Joanna:0.055
Iris:0.055 Eunice:0.054 Angie:0.054 Inez:0.053 Lynda:0.053 Madeline:0.052 Amelia:0.052
Alberta:0.052 Genevieve:0.051 Monique:0.051 Jodi:0.051 Janie:0.051 Maggie:0.051 Kayla:0.051
Sonya:0.051 Jan:0.051 Lee:0.051 Kristine:0.051 Candace:0.051 Fannie:0.050 Maryann:0.050 Opal:0.050
Alison:0.050 Yvette:0.050 Melody:0.050 Luz:0.049 Susie:0.049 Olivia:0.049 Flora:0.049 Shelley:0.049
Kristy:0.048 Mamie:0.048 Lula:0.048 Lola:0.048 Verna:0.048 Beulah:0.048 Antoinette:0.048
Candice:0.046 Juana:0.046 Jeannette:0.046 Pam:0.046 Kelli:0.046 Hannah:0.045 Whitney:0.045
Bridget:0.045 Karla:0.044 Celia:0.044 Latoya:0.043 Patty:0.043 Shelia:0.043 Gayle:0.043 Della:0.043
Vicky:0.043 Lynne:0.043 Sheri:0.042 Marianne:0.042 Kara:0.041 Jacquelyn:0.041 Erma:0.041
Blanca:0.041 Myra:0.040 Leticia:0.040 Pat:0.040 Krista:0.040 Roxanne:0.040 Angelica:0.039
Johnnie:0.039 Robyn:0.039 Francis:0.039 Adrienne:0.039 Rosalie:0.039 Alexandra:0.039 Brooke:0.039
Bethany:0.039 Sadie:0.039 Bernadette:0.039
"""
CENSUS_M = """
James:3.318 John:3.271 Robert:3.143 Michael:2.629 William:2.451 David:2.363 Richard:1.703
Charles:1.523 Joseph:1.404 Thomas:1.380 Christopher:1.035 Daniel:0.974 Paul:0.948 Mark:0.938
Donald:0.931 George:0.927 Kenneth:0.826 Steven:0.780 Edward:0.779 Brian:0.736 Ronald:0.725
Anthony:0.721 Kevin:0.671 Jason:0.660 Matthew:0.657 Gary:0.650 Timothy:0.640 Jose:0.613 Larry:0.598
Jeffrey:0.591 Frank:0.581 Scott:0.546 Eric:0.544 Stephen:0.540 Andrew:0.537 Raymond:0.488
Gregory:0.441 Joshua:0.435 Jerry:0.432 Dennis:0.415 Walter:0.399 Patrick:0.389 Peter:0.381
Harold:0.371 Douglas:0.367 Henry:0.365 Carl:0.346 Arthur:0.335 Ryan:0.328 Roger:0.322 Joe:0.321
Juan:0.316 Jack:0.315 Albert:0.314 Jonathan:0.313 Justin:0.311 Terry:0.311 Gerald:0.309 Keith:0.308
Samuel:0.306 Willie:0.302 Ralph:0.282 Lawrence:0.282 Nicholas:0.275 Roy:0.273 Benjamin:0.270
Bruce:0.263 Brandon:0.260 Adam:0.259 Harry:0.251 Fred:0.251 Wayne:0.249 Billy:0.248 Steve:0.246
Louis:0.243 Jeremy:0.242 Aaron:0.240 Randy:0.232 Howard:0.230 Eugene:0.230 Carlos:0.229
Russell:0.224 Bobby:0.223 Victor:0.222 Martin:0.216 Ernest:0.215 Phillip:0.213 Todd:0.213
Jesse:0.209 Craig:0.206 Alan:0.204 Shawn:0.200 Clarence:0.197 Sean:0.197 Philip:0.197 Chris:0.197
Johnny:0.195 Earl:0.193 Jimmy:0.191 Antonio:0.190 Danny:0.190 Bryan:0.190 Tony:0.190 Luis:0.189
Mike:0.189 Stanley:0.186 Leonard:0.186 Nathan:0.185 Dale:0.184 Manuel:0.181 Rodney:0.180
Curtis:0.180 Norman:0.177 Allen:0.174 Marvin:0.171 Vincent:0.168 Glenn:0.167 Jeffery:0.166
Travis:0.166 Jeff:0.166 Chad:0.165 Jacob:0.165 Lee:0.162 Melvin:0.162 Alfred:0.162 Kyle:0.160
Francis:0.160 Bradley:0.159 Jesus:0.155 Herbert:0.155 Frederick:0.154 Ray:0.153 Joel:0.152
Edwin:0.148 Don:0.145 Eddie:0.144 Ricky:0.141 Troy:0.138 Randall:0.138 Barry:0.134 Alexander:0.132
Bernard:0.127 Mario:0.125 Leroy:0.125 Francisco:0.124 Marcus:0.124 Micheal:0.123 Theodore:0.123
Clifford:0.123 Miguel:0.122 Oscar:0.122 Jay:0.118 Jim:0.118 Tom:0.117 Calvin:0.115 Alex:0.115
Jon:0.115 Ronnie:0.113 Bill:0.112 Lloyd:0.112 Tommy:0.112 Leon:0.112 Derek:0.112 Warren:0.110
Darrell:0.108 Jerome:0.108 Floyd:0.107 Leo:0.106 Alvin:0.105 Tim:0.104 Wesley:0.104 Gordon:0.104
Dean:0.104 Greg:0.104 Jorge:0.104 Dustin:0.103 Pedro:0.103 Derrick:0.103 Dan:0.101 Lewis:0.099
Zachary:0.099 Corey:0.098 Herman:0.097 Maurice:0.097 Vernon:0.097 Roberto:0.097 Clyde:0.095
Glen:0.094 Hector:0.094 Shane:0.093 Ricardo:0.093 Sam:0.092 Rick:0.091 Lester:0.091 Brent:0.090
Ramon:0.090 Charlie:0.090 Tyler:0.089 Gilbert:0.089 Gene:0.087 Marc:0.087 Reginald:0.084
Ruben:0.082 Brett:0.082 Angel:0.082 Nathaniel:0.081 Rafael:0.081 Leslie:0.081 Edgar:0.080
Milton:0.080 Raul:0.079 Ben:0.078 Chester:0.078 Cecil:0.078 Duane:0.077 Franklin:0.077 Andre:0.076
Elmer:0.074 Brad:0.073 Gabriel:0.073 Ron:0.072 Mitchell:0.072 Roland:0.072 Arnold:0.072
Harvey:0.072 Jared:0.071 Adrian:0.069 Karl:0.069 Cory:0.068 Claude:0.068 Erik:0.068 Darryl:0.067
Jamie:0.066 Neil:0.066 Jessie:0.065 Christian:0.065 Javier:0.065 Fernando:0.065 Clinton:0.065
Ted:0.064 Mathew:0.064 Tyrone:0.064 Darren:0.064 Lonnie:0.064 Lance:0.063 Cody:0.063 Julio:0.063
Kelly:0.063 Kurt:0.062 Allan:0.061 Nelson:0.061 Guy:0.060 Clayton:0.060 Hugh:0.060 Max:0.059
Dwayne:0.059 Dwight:0.058 Armando:0.058 Felix:0.058 Jimmie:0.058 Everett:0.057 Jordan:0.056
Ian:0.056 Wallace:0.056 Ken:0.055 Bob:0.055 Jaime:0.055 Casey:0.054 Alfredo:0.054 Alberto:0.053
Dave:0.053 Ivan:0.053 Johnnie:0.052 Sidney:0.052 Byron:0.052 Julian:0.052 Isaac:0.051 Morris:0.051
Clifton:0.050 Willard:0.050 Daryl:0.050 Ross:0.050 Virgil:0.049 Andy:0.049 Marshall:0.049
Salvador:0.049 Perry:0.049 Kirk:0.049 Sergio:0.049 Marion:0.048 Tracy:0.048 Seth:0.048 Kent:0.048
Terrance:0.048 Rene:0.048 Eduardo:0.047 Terrence:0.047 Enrique:0.046 Freddie:0.046 Wade:0.045
Austin:0.044 Stuart:0.044 Fredrick:0.043 Arturo:0.043 Alejandro:0.043 Jackie:0.043 Joey:0.043
Nick:0.043 Luther:0.043 Wendell:0.042 Jeremiah:0.042 Evan:0.042 Julius:0.042 Dana:0.042
Donnie:0.041 Otis:0.041 Shannon:0.040 Trevor:0.040 Oliver:0.040 Luke:0.040 Homer:0.040 Gerard:0.040
Doug:0.040 Kenny:0.039 Hubert:0.039 Angelo:0.039 Shaun:0.039 Lyle:0.038 Matt:0.038 Lynn:0.038
Alfonso:0.038 Orlando:0.037 Rex:0.037 Carlton:0.037 Ernesto:0.037 Cameron:0.037 Neal:0.037
Pablo:0.036 Lorenzo:0.036 Omar:0.036 Wilbur:0.036 Blake:0.036 Grant:0.036 Horace:0.036
Roderick:0.036 Kerry:0.036 Abraham:0.035 Willis:0.035 Rickey:0.035 Jean:0.035 Ira:0.035
Andres:0.034 Cesar:0.034 Johnathan:0.034 Malcolm:0.034 Rudolph:0.034 Damon:0.034 Kelvin:0.034
Rudy:0.034 Preston:0.034 Alton:0.033 Archie:0.033 Marco:0.033 Wm:0.033 Pete:0.032 Randolph:0.032
Garry:0.032 Geoffrey:0.032 Jonathon:0.032 Felipe:0.032 Bennie:0.032 Gerardo:0.032 Ed:0.032
Dominic:0.032 Robin:0.032 Loren:0.032 Delbert:0.031 Colin:0.031 Guillermo:0.031 Earnest:0.031
Lucas:0.031 Benny:0.030 Noel:0.030 Spencer:0.030 Rodolfo:0.030 Myron:0.030 Edmund:0.030
Garrett:0.029 Salvatore:0.029 Cedric:0.029 Lowell:0.029 Gregg:0.029 Sherman:0.028 Wilson:0.028
Devin:0.028 Sylvester:0.028 Kim:0.028 Roosevelt:0.028 Israel:0.028 Jermaine:0.028
"""
CENSUS_LAST = """
Smith:1.006 Johnson:0.810 Williams:0.699 Jones:0.621 Brown:0.621 Davis:0.480 Miller:0.424
Wilson:0.339 Moore:0.312 Taylor:0.311 Anderson:0.311 Thomas:0.311 Jackson:0.310 White:0.279
Harris:0.275 Martin:0.273 Thompson:0.269 Garcia:0.254 Martinez:0.234 Robinson:0.233 Clark:0.231
Rodriguez:0.229 Lewis:0.226 Lee:0.220 Walker:0.219 Hall:0.200 Allen:0.199 Young:0.193
Hernandez:0.192 King:0.190 Wright:0.189 Lopez:0.187 Hill:0.187 Scott:0.185 Green:0.183 Adams:0.174
Baker:0.171 Gonzalez:0.166 Nelson:0.162 Carter:0.162 Mitchell:0.160 Perez:0.155 Roberts:0.153
Turner:0.152 Phillips:0.149 Campbell:0.149 Parker:0.146 Evans:0.141 Edwards:0.137 Collins:0.134
Stewart:0.133 Sanchez:0.130 Morris:0.125 Rogers:0.123 Reed:0.122 Cook:0.120 Morgan:0.118 Bell:0.117
Murphy:0.117 Bailey:0.115 Rivera:0.113 Cooper:0.113 Richardson:0.112 Cox:0.110 Howard:0.110
Ward:0.108 Torres:0.108 Peterson:0.107 Gray:0.106 Ramirez:0.105 James:0.105 Watson:0.103
Brooks:0.103 Kelly:0.102 Sanders:0.100 Price:0.099 Bennett:0.099 Wood:0.098 Barnes:0.097 Ross:0.096
Henderson:0.095 Coleman:0.095 Jenkins:0.095 Perry:0.094 Powell:0.093 Long:0.092 Patterson:0.092
Hughes:0.092 Flores:0.092 Washington:0.092 Butler:0.091 Simmons:0.091 Foster:0.091 Gonzales:0.087
Bryant:0.087 Alexander:0.085 Russell:0.085 Griffin:0.084 Diaz:0.084 Hayes:0.083 Myers:0.083
Ford:0.082 Hamilton:0.082 Graham:0.082 Sullivan:0.081 Wallace:0.081 Woods:0.080 Cole:0.080
West:0.080 Jordan:0.078 Owens:0.078 Reynolds:0.078 Fisher:0.077 Ellis:0.077 Harrison:0.076
Gibson:0.075 McDonald:0.075 Cruz:0.075 Marshall:0.075 Ortiz:0.075 Gomez:0.075 Murray:0.074
Freeman:0.074 Wells:0.073 Webb:0.072 Simpson:0.070 Stevens:0.070 Tucker:0.070 Porter:0.069
Hunter:0.069 Hicks:0.069 Crawford:0.068 Henry:0.068 Boyd:0.068 Mason:0.068 Morales:0.067
Kennedy:0.067 Warren:0.067 Dixon:0.066 Ramos:0.066 Reyes:0.066 Burns:0.065 Gordon:0.065 Shaw:0.065
Holmes:0.065 Rice:0.064 Robertson:0.064 Hunt:0.063 Black:0.063 Daniels:0.062 Palmer:0.062
Mills:0.061 Nichols:0.060 Grant:0.060 Knight:0.060 Ferguson:0.059 Rose:0.059 Stone:0.059
Hawkins:0.059 Dunn:0.058 Perkins:0.058 Hudson:0.058 Spencer:0.057 Gardner:0.057 Stephens:0.057
Payne:0.057 Pierce:0.056 Berry:0.056 Matthews:0.056 Arnold:0.056 Wagner:0.055 Willis:0.055
Ray:0.055 Watkins:0.055 Olson:0.055 Carroll:0.055 Duncan:0.055 Snyder:0.055 Hart:0.054
Cunningham:0.054 Bradley:0.054 Lane:0.054 Andrews:0.054 Ruiz:0.054 Harper:0.054 Fox:0.053
Riley:0.053 Armstrong:0.053 Carpenter:0.053 Weaver:0.053 Greene:0.053 Lawrence:0.052 Elliott:0.052
Chavez:0.052 Sims:0.052 Austin:0.052 Peters:0.052 Kelley:0.052 Franklin:0.051 Lawson:0.051
Fields:0.051 Gutierrez:0.051 Ryan:0.051 Schmidt:0.051 Carr:0.051 Vasquez:0.051 Castillo:0.051
Wheeler:0.051 Chapman:0.050 Oliver:0.050 Montgomery:0.049 Richards:0.049 Williamson:0.049
Johnston:0.049 Banks:0.048 Meyer:0.048 Bishop:0.048 McCoy:0.048 Howell:0.048 Alvarez:0.048
Morrison:0.048 Hansen:0.047 Fernandez:0.047 Garza:0.047 Harvey:0.047 Little:0.046 Burton:0.046
Stanley:0.046 Nguyen:0.046 George:0.046 Jacobs:0.046 Reid:0.046 Kim:0.045 Fuller:0.045 Lynch:0.045
Dean:0.045 Gilbert:0.045 Garrett:0.045 Romero:0.045 Welch:0.044 Larson:0.044 Frazier:0.044
Burke:0.044 Hanson:0.043 Day:0.043 Mendoza:0.043 Moreno:0.043 Bowman:0.043 Medina:0.042
Fowler:0.042 Brewer:0.042 Hoffman:0.042 Carlson:0.042 Silva:0.042 Pearson:0.042 Holland:0.042
Douglas:0.041 Fleming:0.041 Jensen:0.041 Vargas:0.041 Byrd:0.041 Davidson:0.041 Hopkins:0.041
May:0.040 Terry:0.040 Herrera:0.040 Wade:0.040 Soto:0.040 Walters:0.040 Curtis:0.040 Neal:0.039
Caldwell:0.039 Lowe:0.039 Jennings:0.039 Barnett:0.039 Graves:0.039 Jimenez:0.039 Horton:0.039
Shelton:0.039 Barrett:0.039 O'Brien:0.039 Castro:0.039 Sutton:0.038 Gregory:0.038 McKinney:0.038
Lucas:0.038 Miles:0.038 Craig:0.038 Rodriquez:0.037 Chambers:0.037 Holt:0.037 Lambert:0.037
Fletcher:0.037 Watts:0.037 Bates:0.037 Hale:0.037 Rhodes:0.037 Pena:0.037 Beck:0.037 Newman:0.036
Haynes:0.036 McDaniel:0.036 Mendez:0.036 Bush:0.036 Vaughn:0.036 Parks:0.035 Dawson:0.035
Santiago:0.035 Norris:0.035 Hardy:0.035 Love:0.035 Steele:0.035 Curry:0.035 Powers:0.035
Schultz:0.035 Barker:0.035 Guzman:0.034 Page:0.034 Munoz:0.034 Ball:0.034 Keller:0.034
Chandler:0.034 Weber:0.034 Leonard:0.034 Walsh:0.033 Lyons:0.033 Ramsey:0.033 Wolfe:0.033
Schneider:0.033 Mullins:0.033 Benson:0.033 Sharp:0.033 Bowen:0.033 Daniel:0.033 Barber:0.032
Cummings:0.032 Hines:0.032 Baldwin:0.032 Griffith:0.032 Valdez:0.032 Hubbard:0.032 Salazar:0.032
Reeves:0.032 Warner:0.031 Stevenson:0.031 Burgess:0.031 Santos:0.031 Tate:0.031 Cross:0.031
Garner:0.031 Mann:0.031 Mack:0.031 Moss:0.031 Thornton:0.031 Dennis:0.031 McGee:0.031 Farmer:0.030
Delgado:0.030 Aguilar:0.030 Vega:0.030 Glover:0.030 Manning:0.030 Cohen:0.030 Harmon:0.030
Rodgers:0.030 Robbins:0.030 Newton:0.030 Todd:0.030 Blair:0.030 Higgins:0.030 Ingram:0.030
Reese:0.030 Cannon:0.030 Strickland:0.030 Townsend:0.030 Potter:0.030 Goodwin:0.030 Walton:0.030
Rowe:0.029 Hampton:0.029 Ortega:0.029 Patton:0.029 Swanson:0.029 Joseph:0.029 Francis:0.029
Goodman:0.029 Maldonado:0.029 Yates:0.029 Becker:0.029 Erickson:0.029 Hodges:0.029 Rios:0.029
Conner:0.029 Adkins:0.029 Webster:0.028 Norman:0.028 Malone:0.028 Hammond:0.028 Flowers:0.028
Cobb:0.028 Moody:0.028 Quinn:0.028 Blake:0.028 Maxwell:0.028 Pope:0.028 Floyd:0.027 Osborne:0.027
Paul:0.027 McCarthy:0.027 Guerrero:0.027 Lindsey:0.027 Estrada:0.027 Sandoval:0.027 Gibbs:0.027
Tyler:0.027 Gross:0.027 Fitzgerald:0.027 Stokes:0.027 Doyle:0.027 Sherman:0.027
"""

US_F = census(CENSUS_F)
US_M = census(CENSUS_M)
US_LAST = census(CENSUS_LAST)

ORIGINS = {
    "swedish": Origin(SV_F, SV_M, SV_LAST),
    "us": Origin(US_F, US_M, US_LAST),
    "uk": Origin(UK_F, UK_M, UK_LAST),
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
    "lithuanian": LITHUANIAN,
    "romanian": ROMANIAN,
    "indian": INDIAN,
}
# Who is named, per language of the text: Swedish the largest in Swedish and mixed text; the trades
# in Sweden employ many from Poland, the Baltic states and Romania, so they weigh a little more here.
MIXES = {
    "sv": {
        "swedish": 67, "arabic": 6, "finnish": 4, "polish": 3.5, "bcs": 2.5, "persian": 2.5, "somali": 1.8,
        "kurdish": 1.5, "turkish": 1.5, "afghan": 1.5, "eritrean": 1.2, "lithuanian": 1.2, "romanian": 1.0,
        "ukrainian": 1.0, "thai": 1.0, "latin": 1.0, "indian": 0.8, "uk": 0.6, "us": 0.5,
    },
    "en": {
        "us": 40, "uk": 38, "swedish": 8, "polish": 3, "indian": 3, "arabic": 2, "latin": 2, "lithuanian": 1.2,
        "romanian": 1.2, "finnish": 1, "ukrainian": 1, "turkish": 1, "somali": 0.8, "persian": 0.8,
        "bcs": 0.6, "eritrean": 0.5, "thai": 0.5,
    },
    "mixed": {
        "swedish": 50, "uk": 10, "us": 8, "polish": 5, "arabic": 5, "finnish": 3, "bcs": 2.5, "persian": 2.5,
        "lithuanian": 2, "ukrainian": 1.5, "romanian": 1.5, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5,
        "afghan": 1.5, "indian": 1.5, "eritrean": 1, "thai": 1, "latin": 1,
    },
}  # fmt: skip
NICKNAMES = {"swedish": NICK_SV, "us": NICK_EN, "uk": NICK_EN}
