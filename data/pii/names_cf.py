# ruff: noqa: E501
"""Name pools of held-out cf: names as the population has them (the sixty-third writer).

Every list is ordered by how many people carry the name and weighted by it: Swedish given names
and surnames in the order of SCB's name statistics (written from general knowledge; weight
1/rank; a head of the top 150 and a tail of rarer names past them), the US Census 1990 lists
(public domain; the census's per cent is the weight), UK given names and surnames in the order of
the ONS rankings (1/rank), and the commonest given names and surnames of the origins common in
Sweden (1/rank). None was checked against any list of the project; none was left out for being
known or unknown. Stdlib only.
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


def _words(text: str) -> list[str]:
    return [w.strip() for w in text.replace("\n", " ").split(",") if w.strip()]


def ranked(head: str, tail: str = "") -> Pool:
    """A pool from comma-separated names in order of frequency; weight 1/rank."""
    names = _words(head) + _words(tail)
    return Pool(tuple(names), tuple(1 / (i + 1) for i in range(len(names))), len(_words(head)))


def census(text: str, head: int = 150) -> Pool:
    """A pool from `Name per-cent` items of the US Census 1990 lists."""
    items = [item.rsplit(" ", 1) for item in _words(text)]
    return Pool(tuple(n for n, _ in items), tuple(float(p) for _, p in items), head)


def plain(word: str) -> str:
    """A name typed without its letters (`Wiśniewski` -> `Wisniewski`, `Łukasz` -> `Lukasz`)."""
    word = word.translate(
        str.maketrans(
            {
                "ł": "l",
                "Ł": "L",
                "đ": "dj",
                "Đ": "Dj",
                "ı": "i",
                "İ": "I",
                "ø": "o",
                "æ": "ae",
                "ß": "ss",
            }
        )
    )
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it (`Kowalski` -> `Kowalska`)."""
    for end, fem in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(end):
            return surname[: -len(end)] + fem
    return surname


# --- Sweden: SCB's order of given names (as people are called) and surnames -------------------

SV_F = ranked(
    """
Anna, Eva, Maria, Karin, Sara, Kristina, Lena, Emma, Kerstin, Marie, Ingrid, Malin, Jenny, Hanna,
Linda, Annika, Elin, Susanne, Birgitta, Monica, Sofia, Inger, Ida, Johanna, Carina, Julia,
Elisabeth, Ulla, Linnéa, Katarina, Margareta, Gunilla, Ann, Helena, Anneli, Camilla, Cecilia, Åsa,
Anette, Sandra, Frida, Anita, Louise, Lisa, Josefin, Ebba, Elsa, Alice, Maja, Caroline, Therese,
Emelie, Amanda, Matilda, Ella, Agneta, Klara, Moa, Siv, Gunnel, Yvonne, Wilma, Alva, Ingela,
Jessica, Lina, Marianne, Ulrika, Pia, Britt, Madeleine, Charlotte, Victoria, Agnes, Astrid,
Emilia, Lovisa, Olivia, Felicia, Elvira, Ellen, Ronja, Nathalie, Isabelle, Tove, Vera, Saga,
Stella, Selma, Jennie, Petra, Mikaela, Rebecka, Fatima, Sonja, Barbro, Gun, Berit, Marita,
Viktoria, Mona, Elina, Nora, Lilly, Tilda, Ingegerd, Solveig, Margit, Rut, Irene, Lisbeth, Maj,
Helen, Mia, Jeanette, Catarina, Tina, Sanna, Mathilda, Hilda, Signe, Tyra, Ester, Majken, Alicia,
Elise, Nellie, Linn, Hilma, Greta, Freja, Tindra, Juni, Iris, Edith, Vilma, Ines, Meja, Isabella,
Märta, Cornelia, Angelica, Erika, Veronica, Marina, Kristin, Ylva, Lotta, Ingeborg, Maryam
""",
    """
Tuva, Thea, Liv, Lova, Kajsa, Fredrika, Gabriella, Josefine, Charlotta, Alexandra, Jasmine, Amira,
Noor, Zahra, Amina, Leila, Yasmin, Nadia, Aya, Mariam, Hawa, Nina, Paula, Rakel, Ragnhild, Ruth,
Sigrid, Svea, Ulrica, Vanja, Viveka, Viola, Vivianne, Wilhelmina, Karolina, Linnea, Magdalena,
Marléne, Lilian, Lillemor, Inga, Gunvor, Ingalill, Elsie, Evy, Asta, Dagny, Gudrun, Hjördis,
Elisabet, Katrin, Karina, Carolina, Cajsa, Hedvig, Ingegärd, Annelie, Annette, Jannike,
Josephine, Kim, Lotten, Maud, Minna, Mirjam, Mimmi, Nanna, Nelly, Ottilia, Rosa, Siri, Stina,
Sylvia, Tora, Valborg, Vendela, Wendela, Yrsa, Åse, Märit, Embla, Idun, Juno, Livia, Majvor,
Elvy, Gullvi, Ingvor, Irma, Laila, Lisen, Lisbet, Majlis, Margaretha, Mari, Mariann, Monika,
Nadja, Natalie, Nicole, Patricia, Rebecca, Regina, Sabina, Susanna, Tanja, Therése, Vanessa, Ewa,
Eleonora, Emmy, Hillevi, Jenni, Jonna, Julie, Kristine, Malva, Michaela, Miranda, Molly, Naima,
Nova, Vilda, Lykke, Ellie, Elly, Agda, Alfhild, Alma, Annie, Bodil, Britta, Cilla, Dagmar, Doris,
Edla, Eivor, Elna, Erna, Ethel, Eyvor, Gerd, Gertrud, Gull, Gunborg, Harriet, Hervor, Ilse,
Ingmarie, Iréne, Jane, Judith, Kristel, Lea, Leonora, Lise, Lovis, Lydia, Maija, Malou, Marit,
Martina, Matilde, Melina, Mira, Nathalia, Olga, Pernilla, Rigmor, Ronia, Rosita, Sally, Sanja,
Selin, Silvia, Sissela, Susann, Teresia, Tekla, Unni, Vivi, Yasmine, Zeinab,
Ayan, Hodan, Shirin, Parisa, Jelena, Milica, Amra, Lejla, Aida, Dragana, Agnieszka, Katarzyna,
Joanna, Tuula, Pirjo, Aino, Helmi, Hanne, Bente, Mette, Kirsten, Ingunn, Leyla, Rojin, Dilan,
Rahel, Selam, Luwam, Nilufar, Sahar, Oksana, Olena, Iryna, Tatiana, Mei, Ling, Priya, Ananya,
Valentina, Camila, Daniela, Ximena, Marisol, Pim, Nok
""",
)
SV_M = ranked(
    """
Lars, Anders, Johan, Mikael, Per, Erik, Karl, Peter, Jan, Thomas, Daniel, Fredrik, Hans, Andreas,
Stefan, Bengt, Mats, Magnus, Bo, Marcus, Jonas, Alexander, Nils, Mattias, Oskar, Leif, Göran,
Björn, Martin, Niklas, Patrik, Henrik, Kjell, Sven, Anton, Christer, Gustav, William, Ulf, Lucas,
Robert, Filip, Viktor, Roger, Emil, Rolf, Simon, Håkan, Tommy, Jesper, David, Jakob, Stig, Oliver,
Elias, Hugo, Axel, Christoffer, Sebastian, Hampus, Joakim, Tobias, Rickard, Kent, Lennart,
Gunnar, Olof, Arne, Åke, Kenneth, Roland, Ingemar, Dan, Torbjörn, Claes, Rune, Mohammad, Ali,
Jonathan, Ludvig, Isak, Adam, Liam, Noah, Albin, Vincent, Theo, Leo, Edvin, Melvin, Love, Alfred,
Ahmad, Benjamin, Samuel, Max, Felix, Rasmus, Linus, Johannes, Kevin, Carl, Tomas, Ola, Pontus,
Jimmy, Dennis, Conny, Kurt, Bertil, Ove, Sten, Gösta, Ingvar, Birger, Sture, Kristoffer, Markus,
Mathias, Mohammed, Johnny, Morgan, Glenn, Tony, Robin, Jörgen, Pär, Krister, Jens, Torsten,
Holger, Einar, Harald, Yngve, Allan, Olle, Erland, Sixten, Valter, Wilhelm, Elliot, Frans, Ebbe,
Harry, Charlie, Loke, Milo, Otto, Colin, Sam
""",
    """
Ahmed, Omar, Hassan, Hussein, Mustafa, Youssef, Ibrahim, Abdullah, Reza, Amir, Mehmet, Zoran,
Goran, Dragan, Nikola, Marko, Piotr, Tomasz, Juha, Matti, Kari, Pekka, Algot, Alvar, Arvid,
Assar, Bror, Börje, Dag, Egon, Eilert, Elof, Evert, Folke, Fritiof, Gert, Gillis, Greger, Halvar,
Helge, Henning, Herbert, Hjalmar, Ingmar, Ivar, Jerker, Joel, Jon, Josef, Julius, Justus, Kaj,
Knut, Konrad, Lage, Leonard, Lorentz, Lukas, Malte, Manne, Mauritz, Melker, Måns, Natanael,
Nicklas, Noel, Orvar, Osvald, Ossian, Ragnar, Reinhold, Roine, Sigurd, Sigvard, Sivert, Sune,
Svante, Tage, Teodor, Tor, Tore, Tryggve, Ture, Ulrik, Uno, Valdemar, Vidar, Vilgot, Vilhelm,
Viggo, Wiktor, Östen, Örjan, Casper, Douglas, Elis, Frank, Gabriel, Hannes, Jack, Jacob, Jonatan,
Kalle, Malcolm, Matteo, Mio, Tim, Ville, Walter, Adrian, Albert, Alf, Alvin, Arnold,
Artur, Bernt, Bill, Boris, Carlos, Christian, Cornelis, Curt, Emanuel, Enar, Eskil, Eugen,
Fabian, Ferdinand, Georg, Gerhard, Gottfrid, Gunde, Gustaf, Harri, Helmer, Hilding, Håkon, Igor,
Ivan, Jarl, Jean, Jerry, Jimi, John, Julian, Kennet, Kim, Kristian, Laurentius,
Lenny, Lino, Linnar, Lisandro, Malkolm, Manfred, Marcel, Melwin, Mikko, Milton, Mårten, Nathan,
Neo, Nikolaj, Odd, Oscar, Otis, Patrick, Paul, Philip, Rafael, Ralf, Reidar, Rikard, Rudolf,
Rutger, Seth, Sigge, Sivar, Staffan, Stellan, Sölve, Teo, Thor, Thure, Timo, Torgny, Torkel,
Truls, Urban, Valentin, Veikko, Vilmer, Wille, Yusuf, Zakaria, Abdi, Mahmoud, Karim, Hamza,
Bilal, Omid, Arash, Emir, Haris, Kenan, Milan, Stojan, Andrzej, Krzysztof, Jukka, Heikki,
Oleksandr, Dmytro, Somchai, Rahul, Arjun, Wei, Matías, Yonas, Dawit, Baran, Soran, Aron, Edward,
Elmer, Erling, Ingvald, Kasper, Jöns, Thorsten
""",
)
# Hyphenated given names as Swedes carry them, for about one in twenty.
SV_HYPHEN_F = ranked(
    """
Ann-Christin, Ann-Marie, Anna-Karin, Eva-Lena, Ann-Sofie, Ann-Charlotte, Marie-Louise, Anna-Lena,
Ann-Louise, Britt-Marie, Ann-Britt, Gun-Britt, Maj-Britt, Ann-Kristin, Eva-Karin, Lena-Maria,
Anna-Maria, Ann-Katrin, Mia-Maria, Anna-Lisa, Eva-Britt, Ulla-Britt, Ann-Helen,
Anne-Marie, Lise-Lotte, Sara-Li, Moa-Linnéa
"""
)
SV_HYPHEN_M = ranked(
    """
Karl-Johan, Per-Olof, Lars-Göran, Jan-Erik, Per-Erik, Lars-Erik, Carl-Johan, Karl-Erik,
Nils-Erik, Sven-Erik, Hans-Olov, Jan-Olof, Per-Anders, Lars-Åke, Jan-Åke, Bengt-Göran,
Claes-Göran, Karl-Axel, Per-Åke, Lars-Olof, Bo-Göran, Sven-Olof, Jan-Ove, Nils-Olof,
Carl-Henrik, Per-Johan, Lars-Gunnar, Mats-Ola, Leif-Åke
"""
)
SV_S = ranked(
    """
Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson, Gustafsson,
Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson, Magnusson,
Olofsson, Lindström, Lindqvist, Lindgren, Berg, Axelsson, Bergström, Lundberg, Lind, Lundgren,
Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Ali, Forsberg, Mohammed,
Sjöberg, Wallin, Ahmed, Engström, Eklund, Danielsson, Lundin, Håkansson, Björk, Bergman,
Gunnarsson, Holm, Wikström, Samuelsson, Isaksson, Fransson, Bergqvist, Nyström, Holmberg,
Arvidsson, Löfgren, Söderberg, Nyberg, Blomqvist, Claesson, Hassan, Nordström, Mårtensson,
Lundström, Viklund, Björklund, Eliasson, Pålsson, Berggren, Sandström, Lund, Nordin, Ström,
Åberg, Hermansson, Ekström, Holmgren, Falk, Hussein, Dahlberg, Hellström, Hedlund, Sundberg,
Sjögren, Ek, Blom, Abrahamsson, Martinsson, Öberg, Andreasson, Strömberg, Månsson, Åkesson,
Hansen, Dahl, Lindholm, Norberg, Holmqvist, Sundström, Ibrahim, Omar, Ottosson, Nordqvist,
Lindblom, Ivarsson, Nielsen, Sundqvist, Lindkvist, Lindén, Vikström, Söderström, Malmberg,
Mohamed, Bäckström, Lindahl, Edlund, Björkman, Hedberg, Strand, Nordlund, Jensen, Josefsson,
Sjöström, Berntsson, Westerberg, Gustavsson, Ahmadi, Lindell, Sandell, Hedström, Stenberg,
Wahlström, Åström, Sjödin, Larsen, Nyman, Forslund, Hedman, Holmström, Åkerman, Dahlgren,
Lindroth, Höglund, Bergkvist, Borg, Ekberg, Lindvall
""",
    """
Wiklund, Lundmark, Petersson, Nordgren, Abdi, Yilmaz, Nguyen, Hosseini, Mohammadi, Karimi,
Rahimi, Osman, Farah, Jama, Aziz, Khalil, Saleh, Haddad, Yousef, Mahmoud, Abbas, Khan, Hussain,
Singh, Kumar, Patel, Kaya, Demir, Kaplan, Gabriel, Warsame, Tesfay, Nowak, Kowalski, Korhonen,
Virtanen, Jovanović, Petrović, Kovačević, Hodžić, Zhang, Wang, Chen, Rezaei, Jafari, Sadeghi,
Noori, Amini, Hashemi, Yusuf, Hamid, Lövgren, Ekman, Almqvist, Asplund, Alm, Björn, Sten, Sjö,
Granlund, Granström, Grahn, Gran, Tallberg, Furberg, Roos, Rosén, Rosenqvist, Lilja, Liljeström,
Näslund, Sundin, Strandberg, Åkerlund, Hägglund, Öhman, Östlund, Nordkvist, Norling, Thorén,
Tornberg, Vesterlund, Wennberg, Zetterberg, Zetterlund, Ågren, Åhman, Modig, Stark, Frisk,
Rask, Tapper, Kvick, Glad, Fröjd, Lustig, Blixt, Stolt, Stål, Lans, Hurtig, Svärd, Sköld, Lindroos,
Hägg, Enström, Nordenfelt, Palmqvist, Sundell, Wallgren, Westin, Öst, Ekholm, Fors, Nord,
Hallberg, Hammar, Hjelm, Kling, Lundell, Malm, Melin, Nygren, Rydberg, Sahlin, Selin, Sjölund,
Skoglund, Strid, Svahn, Söderlund, Törnqvist, Wallén, Wikman, Bergh, Boman, Dahlström, Ekdahl,
Engberg, Forsman, Fält, Grönlund, Hedin, Holmlund, Jacobson, Jernberg, Karlberg,
Kjellberg, Landberg, Larsén, Lidén, Lindh, Ljung, Ljungberg, Lundh, Löf, Moberg,
Norén, Nyqvist, Olander, Palm, Qvist, Ridderstråle, Rydell, Sandin, Sjöqvist, Skog, Stenlund,
Sterner, Strömqvist, Sundén, Svedberg, Thunberg, Tibell, Tjäder, Uhlin, Wahlberg, Westman,
Widén, Wiberg, Åhlund, Älgå, Ödman, Östberg, von Platen, af Klercker, De Geer, von Essen,
af Ugglas, Leijonhufvud, Gyllenhammar, von Sydow, Wachtmeister, Bonde, Stjernswärd, von Schantz,
Cederschiöld, Lewenhaupt, Ehrensvärd, af Trolle, Fleetwood, Adelsköld, Rosenblad, von Otter,
Sparre, Posse, Silfverschiöld, von Knorring, Carlsson, Ahlberg, Ahlström, Alfredsson, Backman,
Blomberg, Brandt, Lagerström, Lagerqvist, Ljungqvist, Mörk, Nilsén, Pihl, Rönnqvist, Sandgren,
Stenmark, Säfström, Tengvall, Wessman, Wikander, Hjalmarsson, Ingvarsson, Gustafson, Öqvist
""",
)

# --- The UK: ONS baby-name rankings (the years today's adults and children were born) and the
# commonest surnames of England and Wales ------------------------------------------------------

UK_F = ranked(
    """
Sarah, Emma, Claire, Laura, Rebecca, Emily, Jessica, Charlotte, Sophie, Hannah, Amy, Lauren,
Gemma, Rachel, Olivia, Katie, Lucy, Samantha, Victoria, Nicola, Jennifer, Helen, Louise, Kelly,
Lisa, Joanne, Michelle, Karen, Susan, Amelia, Chloe, Megan, Grace, Ella, Isla, Ava, Mia, Jade,
Holly, Elizabeth, Natalie, Stephanie, Zoe, Catherine, Kate, Alice, Julie, Elaine, Amanda, Alison,
Jane, Caroline, Danielle, Hayley, Leanne, Kirsty, Kerry, Angela, Tracey, Deborah, Donna, Fiona,
Joanna, Anna, Georgia, Abigail, Ellie, Bethany, Freya, Lily, Poppy, Daisy, Evie, Sophia, Isabella,
Millie, Phoebe, Ruby, Jasmine, Jodie, Stacey, Natasha, Vicky, Sharon, Julia, Andrea, Lindsay,
Wendy, Janet, Margaret, Patricia, Sandra, Linda, Christine, Carol, Pauline, Gillian, Lynn,
Jacqueline, Dawn, Maria, Rosie, Eleanor, Harriet, Imogen, Matilda, Florence, Evelyn, Sienna,
Willow, Ivy, Elsie, Maisie, Scarlett, Erin, Eve, Caitlin, Molly, Paige, Shannon, Courtney, Naomi,
Heather, Diane, Tina, Beverley, Denise, Yvonne, Marie, Ann, Lorraine, Sally, Jill, Ruth, Frances
""",
    """
Anne, Barbara, Brenda, Carole, Cheryl, Clare, Debbie, Emma-Jane, Esther, Gail, Hazel, Heidi,
Jackie, Jean, Joan, Josephine, Judith, Kathryn, Kim, Lesley, Lorna, Mandy, Marion, Maureen,
Melanie, Miriam, Nina, Paula, Philippa, Rachael, Rosemary, Sheila, Suzanne, Teresa, Valerie,
Vanessa, Alexandra, Aimee, Bethan, Cerys, Ffion, Niamh, Siobhan, Aoife, Ciara, Roisin, Eilidh,
Kirstie, Morag, Shona, Ailsa, Iona, Mhairi, Catriona, Aisha, Amira, Ayesha, Fatima, Maryam,
Zainab, Hafsa, Iqra, Priya, Sana, Simran, Harpreet, Gurpreet, Nadia, Yasmin, Layla, Aaliyah,
Aria, Luna, Mila, Hallie, Bonnie, Eliza, Ada, Violet, Esme, Arabella, Delilah, Ottilie, Orla,
Thea, Nancy, Edith, Beatrice, Clara, Martha, Robyn, Tilly, Lola, Lexi, Madison, Summer, Skye,
Tia, Leah, Amber, Brooke, Demi, Kayleigh, Chelsea, Sasha, Toni, Carly, Gina, Abbie, Kimberley,
Rhiannon, Lowri, Sian, Nia, Polly, Penelope, Rose, Hope, Faith, Primrose, April,
Juliet, Verity, Felicity, Prudence, Henrietta, Tabitha, Iris, Hermione, Octavia, Cordelia
""",
)
UK_M = ranked(
    """
David, John, Paul, Mark, James, Andrew, Michael, Richard, Peter, Stephen, Robert, Christopher,
Ian, Simon, Daniel, Matthew, Thomas, Steven, Gary, Anthony, Martin, Jonathan, Lee, Kevin, Darren,
Neil, Craig, Jason, Stuart, Adam, Benjamin, Samuel, Joshua, Jack, Luke, Ryan, Oliver, Harry,
George, William, Jamie, Liam, Alexander, Nicholas, Graham, Alan, Philip, Timothy, Kenneth,
Brian, Keith, Colin, Nigel, Dean, Scott, Wayne, Carl, Shaun, Ashley, Jordan, Callum, Connor,
Charlie, Alfie, Noah, Oscar, Leo, Jacob, Ethan, Lewis, Edward, Joseph, Nathan, Aaron, Dominic,
Gavin, Russell, Barry, Trevor, Derek, Roger, Malcolm, Gordon, Ross, Jake, Tom, Max, Tyler,
Kieran, Sam, Joe, Arthur, Freddie, Archie, Henry, Theo, Alex, Owen, Rhys, Dylan, Kyle, Bradley,
Reece, Mohammed, Muhammad, Ali, Ahmed, Hassan, Bilal, Imran, Raj, Sanjay, Ravi, Amit, Vikram,
Gurdeep, Jaspreet, Patrick, Sean, Declan, Conor, Ciaran, Niall, Fraser, Angus, Hamish, Euan,
Gareth, Rhodri, Dafydd, Huw, Tristan, Rupert, Hugo, Toby, Jasper, Felix, Sebastian, Rory
""",
    """
Albert, Alfred, Ernest, Frank, Frederick, Harold, Herbert, Leonard, Norman, Ronald, Raymond,
Stanley, Walter, Cyril, Dennis, Douglas, Eric, Geoffrey, Gerald, Howard, Terence, Clive, Derrick,
Glen, Grant, Jeremy, Julian, Justin, Marcus, Mathew, Matt, Mike, Nathaniel, Neville, Phil, Ray,
Rob, Rodney, Roy, Stewart, Tony, Vincent, Warren, Zak, Elliot, Finley, Harley, Kai, Louie, Mason,
Reuben, Ronnie, Teddy, Tommy, Zachary, Ibrahim, Yusuf, Omar, Hamza, Zain, Ayaan,
Aryan, Arjun, Rohan, Kabir, Harjit, Sukhdev, Kwame, Kofi, Emeka, Chidi, Tunde, Femi, Olu, Dwayne,
Leroy, Delroy, Winston, Desmond, Errol, Clifton, Lloyd, Aled, Iwan, Emrys, Gethin, Cai, Alasdair,
Calum, Ruaridh, Lachlan, Finlay, Murdo, Fergus, Seamus, Padraig, Eamon, Cillian, Oisin, Ronan,
Rufus, Barnaby, Percy, Monty, Otis, Ezra, Jude, Ellis, Elliott, Harrison, Frankie, Bobby, Jenson,
Brandon, Curtis, Jay, Ricky, Gregory, Clifford, Lionel, Roland, Aidan, Ewan, Tobias
""",
)
UK_S = ranked(
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
Atkinson, Bradley, Spencer, Gill, Dawson, Ball, Burton, O'Brien, Watts, Rose, Booth, Perry,
Ryan, Grant, Wells, Armstrong, Francis, Rees, Hayes, Hart, Hudson, Newman, Barrett, Webster
""",
    """
Hunter, Gregory, Carr, Lowe, Page, Marsh, Riley, Dunn, Woods, Parsons, Berry, Stone, Reid,
Holland, Hawkins, Harding, Porter, Robertson, Newton, Oliver, Reed, Kennedy, Williamson, Bird,
Gardner, Shah, Dean, Lane, Cooke, Bates, Henderson, Parry, Burgess, Bishop, Walton, Burns,
Nicholson, Shepherd, Ross, Cross, Long, Freeman, Warren, Nicholls, Hamilton, Byrne, Sutton,
McDonald, Yates, Hodgson, Robson, Curtis, Hopkins, O'Connor, Harper, Coleman, Watkins, Moss,
McCarthy, Chambers, O'Neill, Griffin, Sharp, Hardy, Wheeler, Potter, Osborne, Johnston, Gordon,
Doyle, Wallace, George, Jordan, Hutchinson, Rowe, Burke, May, Pritchard, Gilbert, Willis,
Higgins, Read, Miles, Stevenson, Stephenson, Hammond, Arnold, Buckley, Walters, Hewitt, Barber,
Nelson, Slater, Austin, Sullivan, Whitehead, Mann, Frost, Lambert, Stephens, Blake, Akhtar, Lynch,
Goodwin, Barton, Woodward, Thomson, Cunningham, Quinn, Barnett, Baxter, Bibi, Clayton, Nash,
Greenwood, Jennings, Holt, Kemp, Poole, Gallagher, Bond, Stokes, Tucker, Davidson, Fowler, Heath,
Norman, Middleton, Lawson, Banks, French, Stanley, Jarvis, Gibbs, Ferguson, Hayward, Carroll,
Douglas, Dickinson, Todd, Barlow, Peters, Lucas, Knowles, Hartley, Miah, Simmons, Morton,
Alexander, Field, Morrison, Norris, Townsend, Preston, Hancock, Thornton, Baldwin, Burrows,
Briggs, Storey, Pugh, Little, Rahman, Iqbal, Mahmood, Chaudhry, Sharma, Kumar, Choudhury, Islam,
Uddin, Okafor, Adeyemi, Mensah, Owusu, Nowak, Kowalczyk, MacDonald, MacLeod, Fraser, Grieve,
Sinclair, Duffy, Kavanagh, Fitzpatrick, Llewellyn, Pryce, Vaughan, Howells, Bevan, Prosser,
Ashworth, Pilkington, Entwistle, Cartwright, Wainwright, Trelawny, Penrose, Featherstone
""",
)

# --- The US: the Census 1990 lists (public domain; per cent of the population as the weight) ---
US_F = """
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
Kelly 0.283, Nicole 0.281, Judy 0.276, Christina 0.275, Kathy 0.272, Theresa 0.271,
Beverly 0.267, Denise 0.264, Tammy 0.259, Irene 0.252, Jane 0.250, Lori 0.248, Rachel 0.242,
Marilyn 0.241, Andrea 0.236, Kathryn 0.234, Louise 0.229, Sara 0.229, Anne 0.228,
Jacqueline 0.228, Wanda 0.226, Bonnie 0.223, Julia 0.223, Ruby 0.221, Lois 0.220, Tina 0.220,
Phyllis 0.219, Norma 0.218, Paula 0.217, Diana 0.216, Annie 0.216, Lillian 0.211, Emily 0.208,
Robin 0.208, Peggy 0.208, Crystal 0.207, Gladys 0.205, Rita 0.204, Dawn 0.202, Connie 0.200,
Florence 0.200, Tracy 0.197, Edna 0.197, Tiffany 0.195, Carmen 0.195, Rosa 0.194, Cindy 0.192,
Grace 0.189, Wendy 0.185, Victoria 0.180, Edith 0.179, Kim 0.178, Sherry 0.178, Sylvia 0.177,
Josephine 0.177, Thelma 0.175, Shannon 0.175, Sheila 0.175, Ethel 0.174, Ellen 0.173,
Elaine 0.173, Marjorie 0.173, Carrie 0.171, Charlotte 0.169, Monica 0.166, Esther 0.166,
Pauline 0.165, Emma 0.165, Juanita 0.164, Anita 0.162, Rhonda 0.162, Hazel 0.161, Amber 0.160,
Eva 0.159, Debbie 0.157, April 0.154, Leslie 0.154, Clara 0.153, Lucille 0.153, Jamie 0.153,
Joanne 0.150, Eleanor 0.150, Valerie 0.149, Danielle 0.149, Megan 0.147, Alicia 0.146,
Suzanne 0.145, Michele 0.145, Gail 0.145, Bertha 0.143, Darlene 0.142, Veronica 0.142,
Jill 0.142, Erin 0.141, Geraldine 0.141, Lauren 0.137, Cathy 0.137, Joann 0.136, Lorraine 0.135,
Lynn 0.135, Sally 0.135, Regina 0.133, Erica 0.130, Beatrice 0.130, Dolores 0.129, Bernice 0.128,
Audrey 0.127, Yvonne 0.126, Annette 0.125, June 0.125, Samantha 0.124, Marion 0.122, Dana 0.122,
Stacy 0.121, Ana 0.120, Renee 0.120, Ida 0.118, Vivian 0.118, Roberta 0.117, Holly 0.117,
Brittany 0.117, Melanie 0.116, Loretta 0.115, Yolanda 0.115, Jeanette 0.115, Laurie 0.114,
Katie 0.113, Kristen 0.111, Vanessa 0.111, Alma 0.111, Sue 0.111, Elsie 0.110, Beth 0.110,
Jeanne 0.109, Vicki 0.109, Carla 0.107, Tara 0.107, Rosemary 0.107, Eileen 0.105, Terri 0.105,
Gertrude 0.103, Lucy 0.103, Tonya 0.102, Ella 0.101, Stacey 0.101, Wilma 0.099, Gina 0.099,
Kristin 0.099, Jessie 0.098, Natalie 0.098, Agnes 0.098, Vera 0.098, Willie 0.097,
Charlene 0.097, Bessie 0.096, Delores 0.095, Melinda 0.094, Pearl 0.094, Arlene 0.094,
Maureen 0.092, Colleen 0.092, Allison 0.092, Tamara 0.092, Joy 0.091, Georgia 0.091,
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
Angie 0.054, Inez 0.053, Lynda 0.053, Madeline 0.052, Amelia 0.052, Alberta 0.052,
Genevieve 0.051, Monique 0.051, Jodi 0.051, Janie 0.051, Maggie 0.051, Kayla 0.051, Sonya 0.051,
Jan 0.051, Lee 0.051, Kristine 0.051, Candace 0.051, Fannie 0.050, Maryann 0.050, Opal 0.050,
Alison 0.050, Yvette 0.050, Melody 0.050, Luz 0.049, Susie 0.049, Olivia 0.049, Flora 0.049,
Shelley 0.049, Kristy 0.048, Mamie 0.048, Lula 0.048, Lola 0.048, Verna 0.048, Beulah 0.048,
Antoinette 0.048, Candice 0.046, Juana 0.046, Jeannette 0.046, Pam 0.046, Kelli 0.046,
Hannah 0.045, Whitney 0.045, Bridget 0.045, Karla 0.044, Celia 0.044, Latoya 0.043, Patty 0.043,
Shelia 0.043, Gayle 0.043, Della 0.043, Vicky 0.043, Lynne 0.043, Sheri 0.042, Marianne 0.042,
Kara 0.041, Jacquelyn 0.041, Erma 0.041, Blanca 0.041, Myra 0.040, Leticia 0.040, Pat 0.040,
Krista 0.040, Roxanne 0.040, Angelica 0.039, Johnnie 0.039, Robyn 0.039, Francis 0.039,
Adrienne 0.039, Rosalie 0.039, Alexandra 0.039, Brooke 0.039, Bethany 0.039, Sadie 0.039,
Bernadette 0.039
"""
US_M = """
James 3.318, John 3.271, Robert 3.143, Michael 2.629, William 2.451, David 2.363, Richard 1.703,
Charles 1.523, Joseph 1.404, Thomas 1.380, Christopher 1.035, Daniel 0.974, Paul 0.948,
Mark 0.938, Donald 0.931, George 0.927, Kenneth 0.826, Steven 0.780, Edward 0.779, Brian 0.736,
Ronald 0.725, Anthony 0.721, Kevin 0.671, Jason 0.660, Matthew 0.657, Gary 0.650, Timothy 0.640,
Jose 0.613, Larry 0.598, Jeffrey 0.591, Frank 0.581, Scott 0.546, Eric 0.544, Stephen 0.540,
Andrew 0.537, Raymond 0.488, Gregory 0.441, Joshua 0.435, Jerry 0.432, Dennis 0.415,
Walter 0.399, Patrick 0.389, Peter 0.381, Harold 0.371, Douglas 0.367, Henry 0.365, Carl 0.346,
Arthur 0.335, Ryan 0.328, Roger 0.322, Joe 0.321, Juan 0.316, Jack 0.315, Albert 0.314,
Jonathan 0.313, Justin 0.311, Terry 0.311, Gerald 0.309, Keith 0.308, Samuel 0.306, Willie 0.302,
Ralph 0.282, Lawrence 0.282, Nicholas 0.275, Roy 0.273, Benjamin 0.270, Bruce 0.263,
Brandon 0.260, Adam 0.259, Harry 0.251, Fred 0.251, Wayne 0.249, Billy 0.248, Steve 0.246,
Louis 0.243, Jeremy 0.242, Aaron 0.240, Randy 0.232, Howard 0.230, Eugene 0.230, Carlos 0.229,
Russell 0.224, Bobby 0.223, Victor 0.222, Martin 0.216, Ernest 0.215, Phillip 0.213, Todd 0.213,
Jesse 0.209, Craig 0.206, Alan 0.204, Shawn 0.200, Clarence 0.197, Sean 0.197, Philip 0.197,
Chris 0.197, Johnny 0.195, Earl 0.193, Jimmy 0.191, Antonio 0.190, Danny 0.190, Bryan 0.190,
Tony 0.190, Luis 0.189, Mike 0.189, Stanley 0.186, Leonard 0.186, Nathan 0.185, Dale 0.184,
Manuel 0.181, Rodney 0.180, Curtis 0.180, Norman 0.177, Allen 0.174, Marvin 0.171, Vincent 0.168,
Glenn 0.167, Jeffery 0.166, Travis 0.166, Jeff 0.166, Chad 0.165, Jacob 0.165, Lee 0.162,
Melvin 0.162, Alfred 0.162, Kyle 0.160, Francis 0.160, Bradley 0.159, Jesus 0.155, Herbert 0.155,
Frederick 0.154, Ray 0.153, Joel 0.152, Edwin 0.148, Don 0.145, Eddie 0.144, Ricky 0.141,
Troy 0.138, Randall 0.138, Barry 0.134, Alexander 0.132, Bernard 0.127, Mario 0.125, Leroy 0.125,
Francisco 0.124, Marcus 0.124, Micheal 0.123, Theodore 0.123, Clifford 0.123, Miguel 0.122,
Oscar 0.122, Jay 0.118, Jim 0.118, Tom 0.117, Calvin 0.115, Alex 0.115, Jon 0.115, Ronnie 0.113,
Bill 0.112, Lloyd 0.112, Tommy 0.112, Leon 0.112, Derek 0.112, Warren 0.110, Darrell 0.108,
Jerome 0.108, Floyd 0.107, Leo 0.106, Alvin 0.105, Tim 0.104, Wesley 0.104, Gordon 0.104,
Dean 0.104, Greg 0.104, Jorge 0.104, Dustin 0.103, Pedro 0.103, Derrick 0.103, Dan 0.101,
Lewis 0.099, Zachary 0.099, Corey 0.098, Herman 0.097, Maurice 0.097, Vernon 0.097,
Roberto 0.097, Clyde 0.095, Glen 0.094, Hector 0.094, Shane 0.093, Ricardo 0.093, Sam 0.092,
Rick 0.091, Lester 0.091, Brent 0.090, Ramon 0.090, Charlie 0.090, Tyler 0.089, Gilbert 0.089,
Gene 0.087, Marc 0.087, Reginald 0.084, Ruben 0.082, Brett 0.082, Angel 0.082, Nathaniel 0.081,
Rafael 0.081, Leslie 0.081, Edgar 0.080, Milton 0.080, Raul 0.079, Ben 0.078, Chester 0.078,
Cecil 0.078, Duane 0.077, Franklin 0.077, Andre 0.076, Elmer 0.074, Brad 0.073, Gabriel 0.073,
Ron 0.072, Mitchell 0.072, Roland 0.072, Arnold 0.072, Harvey 0.072, Jared 0.071, Adrian 0.069,
Karl 0.069, Cory 0.068, Claude 0.068, Erik 0.068, Darryl 0.067, Jamie 0.066, Neil 0.066,
Jessie 0.065, Christian 0.065, Javier 0.065, Fernando 0.065, Clinton 0.065, Ted 0.064,
Mathew 0.064, Tyrone 0.064, Darren 0.064, Lonnie 0.064, Lance 0.063, Cody 0.063, Julio 0.063,
Kelly 0.063, Kurt 0.062, Allan 0.061, Nelson 0.061, Guy 0.060, Clayton 0.060, Hugh 0.060,
Max 0.059, Dwayne 0.059, Dwight 0.058, Armando 0.058, Felix 0.058, Jimmie 0.058, Everett 0.057,
Jordan 0.056, Ian 0.056, Wallace 0.056, Ken 0.055, Bob 0.055, Jaime 0.055, Casey 0.054,
Alfredo 0.054, Alberto 0.053, Dave 0.053, Ivan 0.053, Johnnie 0.052, Sidney 0.052, Byron 0.052,
Julian 0.052, Isaac 0.051, Morris 0.051, Clifton 0.050, Willard 0.050, Daryl 0.050, Ross 0.050,
Virgil 0.049, Andy 0.049, Marshall 0.049, Salvador 0.049, Perry 0.049, Kirk 0.049, Sergio 0.049,
Marion 0.048, Tracy 0.048, Seth 0.048, Kent 0.048, Terrance 0.048, Rene 0.048, Eduardo 0.047,
Terrence 0.047, Enrique 0.046, Freddie 0.046, Wade 0.045, Austin 0.044, Stuart 0.044,
Fredrick 0.043, Arturo 0.043, Alejandro 0.043, Jackie 0.043, Joey 0.043, Nick 0.043,
Luther 0.043, Wendell 0.042, Jeremiah 0.042, Evan 0.042, Julius 0.042, Dana 0.042, Donnie 0.041,
Otis 0.041, Shannon 0.040, Trevor 0.040, Oliver 0.040, Luke 0.040, Homer 0.040, Gerard 0.040,
Doug 0.040, Kenny 0.039, Hubert 0.039, Angelo 0.039, Shaun 0.039, Lyle 0.038, Matt 0.038,
Lynn 0.038, Alfonso 0.038, Orlando 0.037, Rex 0.037, Carlton 0.037, Ernesto 0.037, Cameron 0.037,
Neal 0.037, Pablo 0.036, Lorenzo 0.036, Omar 0.036, Wilbur 0.036, Blake 0.036, Grant 0.036,
Horace 0.036, Roderick 0.036, Kerry 0.036, Abraham 0.035, Willis 0.035, Rickey 0.035, Jean 0.035,
Ira 0.035, Andres 0.034, Cesar 0.034, Johnathan 0.034, Malcolm 0.034, Rudolph 0.034, Damon 0.034,
Kelvin 0.034, Rudy 0.034, Preston 0.034, Alton 0.033, Archie 0.033, Marco 0.033, Pete 0.032,
Randolph 0.032, Garry 0.032, Geoffrey 0.032, Jonathon 0.032, Felipe 0.032, Bennie 0.032,
Gerardo 0.032, Ed 0.032, Dominic 0.032, Robin 0.032, Loren 0.032, Delbert 0.031, Colin 0.031,
Guillermo 0.031, Earnest 0.031, Lucas 0.031, Benny 0.030, Noel 0.030, Spencer 0.030,
Rodolfo 0.030, Myron 0.030, Edmund 0.030, Garrett 0.029, Salvatore 0.029, Cedric 0.029,
Lowell 0.029, Gregg 0.029, Sherman 0.028, Wilson 0.028, Devin 0.028, Sylvester 0.028, Kim 0.028,
Roosevelt 0.028, Israel 0.028, Jermaine 0.028
"""
US_S = """
Smith 1.006, Johnson 0.810, Williams 0.699, Jones 0.621, Brown 0.621, Davis 0.480, Miller 0.424,
Wilson 0.339, Moore 0.312, Taylor 0.311, Anderson 0.311, Thomas 0.311, Jackson 0.310,
White 0.279, Harris 0.275, Martin 0.273, Thompson 0.269, Garcia 0.254, Martinez 0.234,
Robinson 0.233, Clark 0.231, Rodriguez 0.229, Lewis 0.226, Lee 0.220, Walker 0.219, Hall 0.200,
Allen 0.199, Young 0.193, Hernandez 0.192, King 0.190, Wright 0.189, Lopez 0.187, Hill 0.187,
Scott 0.185, Green 0.183, Adams 0.174, Baker 0.171, Gonzalez 0.166, Nelson 0.162, Carter 0.162,
Mitchell 0.160, Perez 0.155, Roberts 0.153, Turner 0.152, Phillips 0.149, Campbell 0.149,
Parker 0.146, Evans 0.141, Edwards 0.137, Collins 0.134, Stewart 0.133, Sanchez 0.130,
Morris 0.125, Rogers 0.123, Reed 0.122, Cook 0.120, Morgan 0.118, Bell 0.117, Murphy 0.117,
Bailey 0.115, Rivera 0.113, Cooper 0.113, Richardson 0.112, Cox 0.110, Howard 0.110, Ward 0.108,
Torres 0.108, Peterson 0.107, Gray 0.106, Ramirez 0.105, James 0.105, Watson 0.103, Brooks 0.103,
Kelly 0.102, Sanders 0.100, Price 0.099, Bennett 0.099, Wood 0.098, Barnes 0.097, Ross 0.096,
Henderson 0.095, Coleman 0.095, Jenkins 0.095, Perry 0.094, Powell 0.093, Long 0.092,
Patterson 0.092, Hughes 0.092, Flores 0.092, Washington 0.092, Butler 0.091, Simmons 0.091,
Foster 0.091, Gonzales 0.087, Bryant 0.087, Alexander 0.085, Russell 0.085, Griffin 0.084,
Diaz 0.084, Hayes 0.083, Myers 0.083, Ford 0.082, Hamilton 0.082, Graham 0.082, Sullivan 0.081,
Wallace 0.081, Woods 0.080, Cole 0.080, West 0.080, Jordan 0.078, Owens 0.078, Reynolds 0.078,
Fisher 0.077, Ellis 0.077, Harrison 0.076, Gibson 0.075, McDonald 0.075, Cruz 0.075,
Marshall 0.075, Ortiz 0.075, Gomez 0.075, Murray 0.074, Freeman 0.074, Wells 0.073, Webb 0.072,
Simpson 0.070, Stevens 0.070, Tucker 0.070, Porter 0.069, Hunter 0.069, Hicks 0.069,
Crawford 0.068, Henry 0.068, Boyd 0.068, Mason 0.068, Morales 0.067, Kennedy 0.067, Warren 0.067,
Dixon 0.066, Ramos 0.066, Reyes 0.066, Burns 0.065, Gordon 0.065, Shaw 0.065, Holmes 0.065,
Rice 0.064, Robertson 0.064, Hunt 0.063, Black 0.063, Daniels 0.062, Palmer 0.062, Mills 0.061,
Nichols 0.060, Grant 0.060, Knight 0.060, Ferguson 0.059, Rose 0.059, Stone 0.059, Hawkins 0.059,
Dunn 0.058, Perkins 0.058, Hudson 0.058, Spencer 0.057, Gardner 0.057, Stephens 0.057,
Payne 0.057, Pierce 0.056, Berry 0.056, Matthews 0.056, Arnold 0.056, Wagner 0.055, Willis 0.055,
Ray 0.055, Watkins 0.055, Olson 0.055, Carroll 0.055, Duncan 0.055, Snyder 0.055, Hart 0.054,
Cunningham 0.054, Bradley 0.054, Lane 0.054, Andrews 0.054, Ruiz 0.054, Harper 0.054, Fox 0.053,
Riley 0.053, Armstrong 0.053, Carpenter 0.053, Weaver 0.053, Greene 0.053, Lawrence 0.052,
Elliott 0.052, Chavez 0.052, Sims 0.052, Austin 0.052, Peters 0.052, Kelley 0.052,
Franklin 0.051, Lawson 0.051, Fields 0.051, Gutierrez 0.051, Ryan 0.051, Schmidt 0.051,
Carr 0.051, Vasquez 0.051, Castillo 0.051, Wheeler 0.051, Chapman 0.050, Oliver 0.050,
Montgomery 0.049, Richards 0.049, Williamson 0.049, Johnston 0.049, Banks 0.048, Meyer 0.048,
Bishop 0.048, McCoy 0.048, Howell 0.048, Alvarez 0.048, Morrison 0.048, Hansen 0.047,
Fernandez 0.047, Garza 0.047, Harvey 0.047, Little 0.046, Burton 0.046, Stanley 0.046,
Nguyen 0.046, George 0.046, Jacobs 0.046, Reid 0.046, Kim 0.045, Fuller 0.045, Lynch 0.045,
Dean 0.045, Gilbert 0.045, Garrett 0.045, Romero 0.045, Welch 0.044, Larson 0.044, Frazier 0.044,
Burke 0.044, Hanson 0.043, Day 0.043, Mendoza 0.043, Moreno 0.043, Bowman 0.043, Medina 0.042,
Fowler 0.042, Brewer 0.042, Hoffman 0.042, Carlson 0.042, Silva 0.042, Pearson 0.042,
Holland 0.042, Douglas 0.041, Fleming 0.041, Jensen 0.041, Vargas 0.041, Byrd 0.041,
Davidson 0.041, Hopkins 0.041, May 0.040, Terry 0.040, Herrera 0.040, Wade 0.040, Soto 0.040,
Walters 0.040, Curtis 0.040, Neal 0.039, Caldwell 0.039, Lowe 0.039, Jennings 0.039,
Barnett 0.039, Graves 0.039, Jimenez 0.039, Horton 0.039, Shelton 0.039, Barrett 0.039,
O'Brien 0.039, Castro 0.039, Sutton 0.038, Gregory 0.038, McKinney 0.038, Lucas 0.038,
Miles 0.038, Craig 0.038, Rodriquez 0.037, Chambers 0.037, Holt 0.037, Lambert 0.037,
Fletcher 0.037, Watts 0.037, Bates 0.037, Hale 0.037, Rhodes 0.037, Pena 0.037, Beck 0.037,
Newman 0.036, Haynes 0.036, McDaniel 0.036, Mendez 0.036, Bush 0.036, Vaughn 0.036, Parks 0.035,
Dawson 0.035, Santiago 0.035, Norris 0.035, Hardy 0.035, Love 0.035, Steele 0.035, Curry 0.035,
Powers 0.035, Schultz 0.035, Barker 0.035, Guzman 0.034, Page 0.034, Munoz 0.034, Ball 0.034,
Keller 0.034, Chandler 0.034, Weber 0.034, Leonard 0.034, Walsh 0.033, Lyons 0.033, Ramsey 0.033,
Wolfe 0.033, Schneider 0.033, Mullins 0.033, Benson 0.033, Sharp 0.033, Bowen 0.033,
Daniel 0.033, Barber 0.032, Cummings 0.032, Hines 0.032, Baldwin 0.032, Griffith 0.032,
Valdez 0.032, Hubbard 0.032, Salazar 0.032, Reeves 0.032, Warner 0.031, Stevenson 0.031,
Burgess 0.031, Santos 0.031, Tate 0.031, Cross 0.031, Garner 0.031, Mann 0.031, Mack 0.031,
Moss 0.031, Thornton 0.031, Dennis 0.031, McGee 0.031, Farmer 0.030, Delgado 0.030,
Aguilar 0.030, Vega 0.030, Glover 0.030, Manning 0.030, Cohen 0.030, Harmon 0.030, Rodgers 0.030,
Robbins 0.030, Newton 0.030, Todd 0.030, Blair 0.030, Higgins 0.030, Ingram 0.030, Reese 0.030,
Cannon 0.030, Strickland 0.030, Townsend 0.030, Potter 0.030, Goodwin 0.030, Walton 0.030,
Rowe 0.029, Hampton 0.029, Ortega 0.029, Patton 0.029, Swanson 0.029, Joseph 0.029,
Francis 0.029, Goodman 0.029, Maldonado 0.029, Yates 0.029, Becker 0.029, Erickson 0.029,
Hodges 0.029, Rios 0.029, Conner 0.029, Adkins 0.029, Webster 0.028, Norman 0.028, Malone 0.028,
Hammond 0.028, Flowers 0.028, Cobb 0.028, Moody 0.028, Quinn 0.028, Blake 0.028, Maxwell 0.028,
Pope 0.028, Floyd 0.027, Osborne 0.027, Paul 0.027, McCarthy 0.027, Guerrero 0.027,
Lindsey 0.027, Estrada 0.027, Sandoval 0.027, Gibbs 0.027, Tyler 0.027, Gross 0.027,
Fitzgerald 0.027, Stokes 0.027, Doyle 0.027, Sherman 0.027
"""


# --- Origins common in Sweden: their own commonest given names and surnames (1/rank) -----------

FINNISH = Origin(
    ranked(
        "Anna, Maria, Helena, Johanna, Tuula, Ritva, Pirjo, Sari, Päivi, Marja, Leena, Anneli, Kaarina, Riitta, Hannele",
        "Tiina, Minna, Eila, Aino, Satu, Katja, Liisa, Sirkka, Marjatta, Aili, Raili, Seija, Outi, Heli, Jaana, Sanna, Noora, Emilia, Venla, Aada",
    ),
    ranked(
        "Juha, Timo, Matti, Kari, Mikko, Jari, Antti, Jukka, Mika, Markku, Pekka, Hannu, Heikki, Seppo, Janne",
        "Ari, Sami, Petri, Tero, Ville, Esa, Pentti, Veikko, Raimo, Jussi, Tapio, Erkki, Arto, Lauri, Eero, Aleksi, Onni, Eino, Väinö, Toni",
    ),
    ranked(
        "Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen",
        "Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen, Hiltunen, Kallio, Leinonen, Miettinen, Pesonen, Räsänen, Peltonen, Oksanen",
    ),
)
ARABIC = Origin(  # Iraq and Syria, with Assyrian/Syriac names
    ranked(
        "Fatima, Maryam, Zainab, Noor, Sara, Amina, Aisha, Hiba, Rania, Layla, Yasmin, Huda",
        "Rasha, Dalia, Lina, Hanan, Nadia, Samira, Reem, Zahra, Asma, Shahad, Ruqaya, Sumaya, Bushra, Raghad, Hala, Mona, Amal, Ghada, Jana, Sana, Ninve, Shamiram, Marta, Nisrin",
    ),
    ranked(
        "Mohammed, Ahmed, Ali, Omar, Hassan, Hussein, Mustafa, Khaled, Abdullah, Youssef, Ibrahim, Mahmoud",
        "Karim, Tariq, Samir, Bilal, Hamza, Adnan, Amir, Ammar, Ayman, Majid, Nabil, Rami, Salim, Walid, Ziad, Haider, Abbas, Firas, Yaser, Muhannad, Osama, Ninos, Sargon, Fadi, Aday, Gabriel",
    ),
    ranked(
        "Ali, Mohammed, Ahmed, Hassan, Hussein, Abdullah, Ibrahim, Khalil, Saleh, Mahmoud, Jabbar, Kadhim",
        "Al-Saadi, Abbas, Jasim, Hamid, Younis, Mansour, Haddad, Khoury, Nasser, Rashid, Karim, Al-Obaidi, Al-Jubouri, Aziz, Yousef, Said, Issa, Yacoub, Barsom, Danho, Aho, Toma, Hanna, Shabo, Gorgis, Ishak, Al-Hashimi, Alkhatib",
    ),
)
SOMALI = Origin(
    ranked(
        "Hodan, Sahra, Faduma, Amina, Hibaq, Ayan, Asha, Hawa, Khadra, Ifrah",
        "Nasra, Ubah, Sagal, Deeqa, Istahil, Warsan, Leyla, Sucaad, Safiya, Halima, Muna, Filsan, Ikran, Najma",
    ),
    ranked(
        "Abdi, Mohamed, Ahmed, Abdirahman, Abdullahi, Hassan, Ali, Yusuf, Omar, Ismail",
        "Mahad, Liban, Abdiaziz, Farah, Guled, Said, Bashir, Abdikarim, Hamza, Mukhtar, Osman, Abdiwali, Jamal",
    ),
    ranked(
        "Abdi, Mohamed, Ahmed, Hassan, Ali, Warsame, Farah, Osman, Nur, Jama, Aden, Yusuf",
        "Omar, Hussein, Ismail, Abdullahi, Egal, Dirie, Elmi, Guleed, Hersi, Samatar, Barre, Mohamud, Abdulle, Abdillahi, Gedi, Isse, Awale",
    ),
)
POLISH = Origin(
    ranked(
        "Anna, Maria, Katarzyna, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Elżbieta, Magdalena, Joanna, Zofia",
        "Monika, Aleksandra, Natalia, Justyna, Beata, Dorota, Karolina, Marta, Paulina, Ewelina, Agata, Weronika, Jadwiga, Iwona, Sylwia, Kinga, Halina, Grażyna",
    ),
    ranked(
        "Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Jan, Michał, Marcin, Jakub, Adam, Łukasz, Marek",
        "Grzegorz, Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Jerzy, Maciej, Kamil, Rafał, Robert, Szymon, Bartosz, Sławomir, Przemysław, Tadeusz, Artur, Kacper",
    ),
    ranked(
        "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski",
        "Jankowski, Mazur, Wojciechowski, Kwiatkowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Wróbel, Nowakowski, Majewski, Olszewski, Stępień, Malinowski, Jaworski, Adamczyk, Dudek, Górski",
    ),
)
PERSIAN = Origin(  # Iran
    ranked(
        "Fatemeh, Zahra, Maryam, Shirin, Leila, Parisa, Mahsa, Nasrin, Roya, Sara",
        "Narges, Azadeh, Golnaz, Mina, Nazanin, Shabnam, Taraneh, Yasaman, Samira, Soraya, Farah, Neda, Mitra, Bahar, Setareh, Parvin, Mahnaz, Ladan",
    ),
    ranked(
        "Mohammad, Ali, Reza, Hossein, Mehdi, Amir, Hamid, Saeed, Behzad, Farhad",
        "Kamran, Arash, Babak, Dariush, Kourosh, Majid, Omid, Payam, Peyman, Ramin, Shahram, Siavash, Navid, Hadi, Morteza, Mehran, Bijan",
    ),
    ranked(
        "Mohammadi, Hosseini, Ahmadi, Rezaei, Moradi, Karimi, Jafari, Rahimi, Hashemi, Mousavi, Ghorbani, Sadeghi",
        "Kazemi, Rostami, Amini, Heidari, Akbari, Tehrani, Shirazi, Esfahani, Farahani, Nazari, Ebrahimi, Zamani, Bagheri, Salehi, Najafi, Azizi, Khosravi, Alavi, Daneshvar",
    ),
)
KURDISH = Origin(
    ranked(
        "Rozhin, Shilan, Berivan, Nazdar, Dilan, Hevi, Rojda, Zilan, Avin, Nasrin",
        "Shirin, Gulistan, Jiyan, Narin, Helin, Ronahi, Sozdar, Leyla, Xezal, Bahar, Rojin, Delal",
    ),
    ranked(
        "Aram, Dilshad, Rebin, Azad, Karwan, Soran, Rawand, Shwan, Hemin, Baran",
        "Zana, Serhat, Diyar, Kawa, Rizgar, Dara, Sherko, Hiwa, Bahoz, Ahmad, Rekan, Dilovan",
    ),
    ranked(
        "Ahmad, Mahmoud, Abdullah, Rashid, Karim, Mustafa, Aziz, Omer, Faraj, Salih",
        "Qadir, Hama, Amin, Bakr, Jalal, Rasul, Tahir, Othman, Ismail, Doski, Zebari, Yildiz, Aslan, Tekin, Ekinci, Baban",
    ),
)
BCS = Origin(  # Bosnia, Serbia, Croatia: the former Yugoslavia
    ranked(
        "Amra, Emina, Aida, Lejla, Azra, Selma, Mirela, Jasmina, Snežana, Dragana, Jelena, Milica",
        "Ana, Marija, Ivana, Vesna, Maja, Sanja, Gordana, Nataša, Mersiha, Alma, Sabina, Edina, Zlata, Senada, Dijana",
    ),
    ranked(
        "Emir, Amir, Adnan, Mirza, Haris, Kenan, Edin, Nermin, Senad, Dragan, Zoran, Goran",
        "Milan, Nikola, Marko, Ivan, Stefan, Dejan, Nenad, Aleksandar, Damir, Elvis, Almir, Mehmed, Dino, Jasmin, Samir",
    ),
    ranked(
        "Hodžić, Hadžić, Begić, Delić, Kovačević, Mehmedović, Hasanović, Husić, Jovanović, Petrović, Nikolić, Marković",
        "Đorđević, Stojanović, Ilić, Popović, Horvat, Kovačić, Babić, Marić, Jurić, Novak, Knežević, Pavlović, Savić, Halilović, Salihović, Alić, Omerović, Mujić, Karić, Dedić",
    ),
)
TURKISH = Origin(
    ranked(
        "Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Merve, Esra, Büşra, Özlem",
        "Derya, Sevgi, Gül, Hülya, Aylin, Ebru, Selin, Melike, Sibel, Tuba, Nur, Yasemin, Canan, Dilek, Hande",
    ),
    ranked(
        "Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, Murat, Ömer, Yusuf",
        "Emre, Burak, Can, Cem, Serkan, Kemal, Osman, Halil, Recep, Fatih, Volkan, Erkan, Tolga, Kerem, Onur",
    ),
    ranked(
        "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir",
        "Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Korkmaz, Erdoğan, Güneş, Acar, Tekin, Aksoy",
    ),
)
ERITREAN = Origin(  # Eritrea and Ethiopia: the father's name stands as the surname
    ranked(
        "Helen, Selam, Senait, Ruth, Feven, Luwam, Yohana, Saba, Meron, Hiwet",
        "Mebrat, Tsega, Rahel, Semhar, Winta, Eden, Almaz, Abeba, Freweini, Mihret, Nardos",
    ),
    ranked(
        "Yonas, Tesfay, Mehari, Samuel, Dawit, Daniel, Yohannes, Amanuel, Robel, Filmon",
        "Tekle, Kidane, Berhane, Solomon, Habtom, Mulugeta, Isaak, Teklay, Abraham, Henok, Merhawi",
    ),
    ranked(
        "Tesfay, Tekle, Berhane, Kidane, Haile, Gebremedhin, Gebreyesus, Tesfamariam, Mehari, Habte",
        "Woldu, Ghebreab, Andemariam, Negash, Yemane, Asmerom, Kahsay, Weldemichael, Hagos, Abraha, Zerai, Okbay",
    ),
)
AFGHAN = Origin(
    ranked(
        "Zahra, Fatima, Maryam, Mursal, Mahtab, Shabnam, Parwana, Fereshta, Nargis, Sahar",
        "Khadija, Malalai, Zarghona, Nilofar, Madina, Sodaba, Roya, Hasina, Lima, Sediqa",
    ),
    ranked(
        "Mohammad, Ahmad, Ali, Mustafa, Hamid, Sayed, Rahim, Karim, Naweed, Farid",
        "Jawad, Hamed, Mahdi, Murtaza, Hussain, Sajjad, Reza, Elyas, Omid, Habib, Wahid, Shafiq, Nasir",
    ),
    ranked(
        "Ahmadi, Mohammadi, Rahimi, Hussaini, Sultani, Karimi, Hakimi, Haidari, Noori, Jafari",
        "Amiri, Rezaie, Azimi, Safi, Stanikzai, Popal, Wardak, Sharifi, Qaderi, Naderi, Rasuli, Sadat, Habibi, Mohseni",
    ),
)
THAI = Origin(
    ranked(
        "Siriporn, Malee, Pranee, Sunee, Wanida, Kanya, Nittaya, Supaporn, Ratana, Jintana",
        "Somsri, Pornthip, Kannika, Lamai, Duangjai, Sasithorn, Orathai, Patcharee, Wipawan, Chanida, Arunee, Siriwan, Yupin",
    ),
    ranked(
        "Somchai, Somsak, Prasert, Surachai, Anan, Chaiya, Kittisak, Thanawat",
        "Wichai, Sakda, Niran, Boonmee, Pongsak, Suriya, Narong, Thawatchai, Panya, Sombat",
    ),
    ranked(
        "Saetang, Srisuk, Wongsa, Chaiyaphum, Boonyasit, Thongchai, Phromma, Kaewkham",
        "Sukprasert, Chanthawong, Rattanakorn, Somboon, Phanthong, Inthasorn, Suwannarat, Jaidee, Sangthong, Meesuk",
    ),
)
LATIN = Origin(  # Chile and Latin America: two surnames, the father's and the mother's
    ranked(
        "María, Ana, Carolina, Claudia, Paula, Javiera, Constanza, Daniela, Francisca, Valentina, Camila, Catalina",
        "Fernanda, Marcela, Patricia, Verónica, Gabriela, Carmen, Isabel, Lorena, Soledad, Macarena, Paz, Pilar",
    ),
    ranked(
        "José, Juan, Luis, Carlos, Jorge, Francisco, Pablo, Diego, Matías, Sebastián, Felipe, Cristián",
        "Rodrigo, Andrés, Gonzalo, Mauricio, Patricio, Claudio, Ricardo, Sergio, Héctor, Víctor, Manuel, Alejandro",
    ),
    ranked(
        "González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez",
        "López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo, Tapia, Reyes, Gutiérrez, Castro, Pizarro, Álvarez, Vásquez, Sánchez, Fernández, Ramírez, Carrasco, Gómez, Cortés, Herrera",
    ),
)
INDIAN = Origin(
    ranked(
        "Priya, Anjali, Pooja, Neha, Divya, Kavya, Sneha, Deepa, Lakshmi, Aishwarya",
        "Shreya, Ananya, Meera, Sunita, Swati, Nisha, Ritu, Shalini, Aarti, Radhika, Preeti, Sangeeta",
    ),
    ranked(
        "Rahul, Amit, Rajesh, Suresh, Vijay, Sanjay, Arjun, Anil, Vikram, Ravi",
        "Karthik, Srinivas, Arun, Manoj, Rohit, Deepak, Naveen, Prakash, Sandeep, Ajay, Harish, Venkatesh",
    ),
    ranked(
        "Sharma, Kumar, Singh, Patel, Gupta, Reddy, Rao, Iyer, Nair, Menon",
        "Joshi, Shah, Mehta, Verma, Das, Pillai, Krishnan, Chatterjee, Banerjee, Mishra, Agarwal, Naidu, Desai, Kulkarni, Srinivasan",
    ),
)
CHINESE = Origin(
    ranked(
        "Mei, Jing, Ying, Yan, Hui, Xin, Lin, Fang",
        "Min, Yu, Ling, Na, Qian, Xue, Xiaoling, Yuxin, Ting, Lan",
    ),
    ranked(
        "Wei, Jun, Hao, Lei, Jie, Yang, Tao, Peng",
        "Qiang, Ming, Jian, Bin, Gang, Hui, Zhiwei, Haoran, Yi, Feng",
    ),
    ranked(
        "Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao",
        "Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, He, Lin, Gao, Luo",
    ),
)
UKRAINIAN = Origin(
    ranked(
        "Olena, Natalia, Iryna, Oksana, Tetiana, Svitlana, Yulia, Anastasiia, Kateryna, Olha",
        "Mariia, Viktoriia, Halyna, Liudmyla, Nadiia, Yana, Alina, Daria",
    ),
    ranked(
        "Oleksandr, Serhii, Andrii, Volodymyr, Dmytro, Mykola, Oleh, Ivan, Yurii, Vasyl",
        "Taras, Bohdan, Maksym, Vitalii, Roman, Petro, Ihor, Artem",
    ),
    ranked(
        "Melnyk, Shevchenko, Boiko, Kovalenko, Bondarenko, Tkachenko, Kovalchuk, Kravchenko, Oliinyk, Shevchuk",
        "Koval, Polishchuk, Bondar, Tkachuk, Moroz, Marchenko, Lysenko, Rudenko, Savchenko, Petrenko",
    ),
)

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_F, SV_M, SV_S),
    "finnish": FINNISH, "arabic": ARABIC, "somali": SOMALI, "polish": POLISH, "persian": PERSIAN,
    "kurdish": KURDISH, "bcs": BCS, "turkish": TURKISH, "eritrean": ERITREAN, "afghan": AFGHAN,
    "thai": THAI, "latin": LATIN, "indian": INDIAN, "chinese": CHINESE, "ukrainian": UKRAINIAN,
    "us": Origin(census(US_F), census(US_M), census(US_S)),
    "uk": Origin(UK_F, UK_M, UK_S),
}  # fmt: skip
HYPHENATED = {"swedish": (SV_HYPHEN_F, SV_HYPHEN_M)}

# Who is named in a row of each language, roughly as Sweden's population is (foreign-born and
# their children by country of origin) and, in English rows, as the US and the UK are.
MIXES: dict[str, dict[str, float]] = {
    "sv": {"swedish": 68, "arabic": 6, "finnish": 3.5, "polish": 2.5, "persian": 2.5, "bcs": 2.5,
           "somali": 1.8, "kurdish": 1.5, "turkish": 1.5, "afghan": 1.5, "eritrean": 1.2,
           "ukrainian": 1.2, "thai": 1, "latin": 1, "indian": 1, "chinese": 0.8, "us": 0.5, "uk": 0.5},
    "en": {"us": 40, "uk": 34, "swedish": 10, "indian": 5, "arabic": 2, "polish": 2, "latin": 2,
           "chinese": 1.5, "finnish": 1, "turkish": 1, "persian": 1, "somali": 0.8, "ukrainian": 0.7},
    "mixed": {"swedish": 50, "us": 10, "uk": 10, "arabic": 5, "finnish": 3, "polish": 3,
              "persian": 2.5, "bcs": 2.5, "indian": 2.5, "kurdish": 1.5, "turkish": 1.5,
              "somali": 1.5, "ukrainian": 1.5, "afghan": 1.2, "eritrean": 1, "latin": 1, "thai": 1,
              "chinese": 1},
}  # fmt: skip

# Short forms and nicknames as people write them, by the given name they come from.
NICK_SV = {
    "Lars": ["Lasse"], "Mikael": ["Micke"], "Joakim": ["Jocke"], "Karl": ["Kalle"], "Carl": ["Calle"],
    "Per": ["Pelle", "Peppe"], "Nils": ["Nisse"], "Hans": ["Hasse"], "Christoffer": ["Stoffe", "Kricke"],
    "Kristoffer": ["Stoffe"], "Fredrik": ["Fredde"], "Magnus": ["Mange"], "Thomas": ["Tompa", "Tommy"],
    "Tomas": ["Tompa"], "Patrik": ["Patte"], "Robert": ["Robban"], "Stefan": ["Steffe"],
    "Daniel": ["Danne"], "Marcus": ["Macke"], "Markus": ["Macke"], "Mattias": ["Matte"],
    "Mathias": ["Matte"], "Henrik": ["Henke"], "Gustav": ["Gurra", "Gusse"], "Oskar": ["Ogge"],
    "Alexander": ["Alex", "Sanders"], "Sebastian": ["Sebbe"], "Jonas": ["Jonte"], "Jan": ["Janne"],
    "Lennart": ["Lelle"], "Leif": ["Leffe"], "Rolf": ["Roffe"], "Sven": ["Svenne"], "Tobias": ["Tobbe"],
    "Niklas": ["Nicke"], "Viktor": ["Vicke"], "Filip": ["Fille"], "Jesper": ["Jeppe"], "Simon": ["Simme"],
    "Rasmus": ["Rasse"], "William": ["Wille"], "Ludvig": ["Ludde"], "Axel": ["Acke"], "Albin": ["Abbe"],
    "Kenneth": ["Kenta"], "Kent": ["Kenta"], "Christer": ["Krille"], "Kristian": ["Krille"],
    "Torbjörn": ["Tobbe"], "Göran": ["Göte"], "Anders": ["Affe"], "Erik": ["Erre"], "Olof": ["Olle"],
    "Elisabeth": ["Bettan", "Lisa", "Lisen"], "Kristina": ["Stina", "Kicki", "Tina"],
    "Christina": ["Stina"], "Margareta": ["Maggan", "Greta"], "Birgitta": ["Gittan", "Bitte"],
    "Katarina": ["Kattis", "Kajsa"], "Susanne": ["Sussie", "Sanna"], "Charlotte": ["Lotta"],
    "Charlotta": ["Lotta"], "Caroline": ["Carro"], "Karolina": ["Carro"], "Josefin": ["Jossan"],
    "Kerstin": ["Kicki"], "Madeleine": ["Madde"], "Matilda": ["Tilda", "Mattis"],
    "Victoria": ["Vickan"], "Viktoria": ["Vickan"], "Cecilia": ["Cissi", "Cilla"], "Therese": ["Tessan"],
    "Camilla": ["Millan"], "Emelie": ["Emmy"], "Gabriella": ["Gabbi"], "Maria": ["Mia", "Mimmi"],
    "Sofia": ["Fia", "Soffan"], "Alexandra": ["Sandra", "Alex"], "Jennifer": ["Jenny"],
    "Gunilla": ["Nilla"], "Johanna": ["Hanna", "Jojo"], "Annika": ["Annis"], "Helena": ["Lena"],
    "Ingrid": ["Ninni"], "Agneta": ["Agge"], "Ann-Christin": ["Anki"], "Anna-Karin": ["Annki"],
    "Ann-Charlotte": ["Lotta"], "Marie-Louise": ["Malou"], "Per-Olof": ["Pelle", "P-O"],
    "Karl-Johan": ["Kalle", "KJ"], "Lars-Göran": ["Lasse", "L-G"], "Jan-Erik": ["Janne"],
}  # fmt: skip
NICK_EN = {
    "Elizabeth": ["Liz", "Beth", "Lizzie"], "Robert": ["Rob", "Bob", "Robbie"], "William": ["Will", "Bill"],
    "Michael": ["Mike"], "Christopher": ["Chris"], "Jennifer": ["Jen", "Jenny"], "Katherine": ["Kate", "Katie"],
    "Catherine": ["Cathy", "Kate"], "James": ["Jim", "Jamie"], "Richard": ["Rich", "Rick"], "Thomas": ["Tom"],
    "Daniel": ["Dan", "Danny"], "Matthew": ["Matt"], "Anthony": ["Tony"], "Joseph": ["Joe"],
    "Nicholas": ["Nick"], "Samuel": ["Sam"], "Benjamin": ["Ben"], "Alexander": ["Alex"],
    "Andrew": ["Andy", "Drew"], "Jonathan": ["Jon"], "Stephen": ["Steve"], "Steven": ["Steve"],
    "Timothy": ["Tim"], "Edward": ["Ed", "Ted"], "Margaret": ["Maggie", "Meg", "Peggy"],
    "Patricia": ["Pat", "Trish"], "Susan": ["Sue"], "Deborah": ["Debbie", "Deb"],
    "Rebecca": ["Becky", "Becca"], "Victoria": ["Vicky"], "Samantha": ["Sam"], "Jessica": ["Jess"],
    "Amanda": ["Mandy"], "Charlotte": ["Charlie"], "Alexandra": ["Alex", "Lexi"], "Abigail": ["Abby"],
    "Christine": ["Chris"], "Barbara": ["Barb"], "Kimberly": ["Kim"], "Patrick": ["Pat"],
    "David": ["Dave"], "Peter": ["Pete"], "Gregory": ["Greg"], "Philip": ["Phil"], "Kenneth": ["Ken"],
    "Ronald": ["Ron"], "Donald": ["Don"], "Gerald": ["Gerry"], "Raymond": ["Ray"], "Lawrence": ["Larry"],
    "Douglas": ["Doug"], "Frederick": ["Fred"], "Jacqueline": ["Jackie"], "Nicola": ["Nicky"],
    "Joanne": ["Jo"], "Gillian": ["Gill"], "Alison": ["Ali"], "Eleanor": ["Ellie"], "Harriet": ["Hattie"],
}  # fmt: skip
NICKNAMES: dict[str, dict[str, list[str]]] = {
    "swedish": NICK_SV, "us": NICK_EN, "uk": NICK_EN,
    "finnish": {"Johanna": ["Jonna"], "Juha": ["Jussi"], "Matti": ["Masa"]},
    "polish": {"Małgorzata": ["Gosia"], "Katarzyna": ["Kasia"], "Aleksandra": ["Ola"], "Magdalena": ["Magda"],
               "Agnieszka": ["Aga"], "Joanna": ["Asia"], "Krzysztof": ["Krzysiek"], "Tomasz": ["Tomek"],
               "Piotr": ["Piotrek"], "Wojciech": ["Wojtek"], "Jakub": ["Kuba"], "Maciej": ["Maciek"],
               "Bartosz": ["Bartek"]},
    "ukrainian": {"Oleksandr": ["Sasha"], "Kateryna": ["Katia"], "Anastasiia": ["Nastia"],
                  "Volodymyr": ["Volodia"], "Dmytro": ["Dima"]},
    "arabic": {"Mohammed": ["Mo"], "Mustafa": ["Musse"]}, "somali": {"Mohamed": ["Moha"], "Abdirahman": ["Abdi"]},
    "persian": {"Mohammad": ["Mamad"], "Fatemeh": ["Fati"]}, "latin": {"Francisco": ["Pancho"], "José": ["Pepe"]},
    "bcs": {"Aleksandar": ["Aco"], "Mehmed": ["Meho"]}, "indian": {"Venkatesh": ["Venky"], "Srinivas": ["Srini"]},
}  # fmt: skip
