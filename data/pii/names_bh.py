# ruff: noqa: E501
"""Name pools of held-out BH, weighted by how often people really carry the names.

Written by the thirty-ninth writer from general knowledge and one public-domain source, without
reading any list of the project's detector or any other set's names:

- Sweden: given names and surnames in the order of SCB's name statistics (as the writer knows
  them; weight 1/rank). Head: the first 150 of each list; tail: the rarer names after them.
- The US: the Census 1990 lists `dist.female.first`, `dist.male.first` and `dist.all.last`
  (public domain, copied from the `names==0.3.0` package), the census's per cent as weight.
  Head: the first 150; tail: the names after them.
- The UK: given names and surnames in the order of the ONS rankings (general knowledge; 1/rank).
- Origins common in Sweden, each in the writer's order of frequency (1/rank): Finnish,
  Arabic (Iraqi, Syrian), Assyrian/Syriac, Somali, Persian, Kurdish, Turkish,
  Bosnian/Serbian/Croatian, Polish, Eritrean/Tigrinya, Afghan, Thai, Chinese, Indian,
  Chilean/Spanish, Romanian, Dutch/German and French. Head: the first 60% of each list.

Every name word is drawn from a list's head with probability HEAD_SHARE, else from its tail.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8


@dataclass(frozen=True)
class Pool:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int  # names[:head] are the head of the list, the rest its tail


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def _split(text: str) -> list[str]:
    words = [w.strip() for w in text.replace("\n", " ").split(",")]
    words = [w for w in words if w]
    seen: set[str] = set()
    for w in words:
        if w in seen:
            raise ValueError(f"twice in a list: {w}")
        seen.add(w)
    return words


def ranked(text: str, head: int | None = None) -> Pool:
    """Names in order of frequency, weight 1/rank; head the first `head` (default 60%)."""
    names = _split(text)
    cut = head if head is not None else max(1, round(len(names) * 0.6))
    return Pool(tuple(names), tuple(1 / (i + 1) for i in range(len(names))), min(cut, len(names)))


def census(text: str, head: int = 150) -> Pool:
    """`Name per-cent` pairs as the Census 1990 lists have them."""
    pairs = [p.rsplit(" ", 1) for p in _split(text)]
    return Pool(tuple(n for n, _ in pairs), tuple(float(w) for _, w in pairs), head)


def plain(word: str) -> str:
    """A name without its diacritics, as it is often typed (`Wisniewski`, `Hodzic`, `Yilmaz`)."""
    special = {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "İ": "I", "ø": "o", "Ø": "O", "æ": "ae", "ß": "ss", "ș": "s", "ț": "t", "Ș": "S", "Ț": "T"}  # fmt: skip
    word = "".join(special.get(ch, ch) for ch in word)
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))  # fmt: skip


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it: Kowalski → Kowalska, Kozłowski → Kozłowska."""
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


# fmt: off
# --- Sweden (SCB's name statistics as the writer knows them: 1/rank) -------------------------
SV_F = ranked("""
Anna, Eva, Maria, Karin, Kristina, Lena, Sara, Kerstin, Emma, Ingrid, Marie, Malin, Jenny,
Birgitta, Hanna, Inger, Linnéa, Annika, Susanne, Monica, Elin, Ulla, Johanna, Sofia, Elisabeth,
Katarina, Linda, Helena, Camilla, Ida, Julia, Margareta, Carina, Åsa, Anette, Gunilla, Marianne,
Elsa, Ebba, Anneli, Maja, Alice, Matilda, Ulrika, Cecilia, Agneta, Barbro, Frida, Amanda, Ellen,
Therese, Lisa, Siv, Sofie, Madeleine, Mona, Gun, Wilma, Moa, Josefin, Lina, Petra, Emelie,
Anita, Louise, Charlotte, Britt, Lovisa, Klara, Ingela, Caroline, Astrid, Jessica, Elisabet,
Erika, Maud, Gunnel, Viktoria, Alva, Agnes, Emilia, Olivia, Felicia, Evelina, Pia, Yvonne, Ann,
Rebecka, Sandra, Jennie, Mikaela, Irene, Elvira, Ella, Stina, Cornelia, Nora, Selma, Vera, Tove,
Saga, Tilda, Thea, Ester, Lilly, Nellie, Signe, Freja, Tuva, Stella, Isabella, Linn, Emmy,
Fanny, Hedvig, Sigrid, Britt-Marie, Ann-Christin, Ann-Marie, Anna-Karin, Eva-Lena, Marie-Louise,
Gunvor, Solveig, Elsie, Ingegerd, Margit, Viola, Greta, Rut, Ingeborg, Alexandra, Jeanette,
Nathalie, Marina, Helen, Jonna, Elina, Lotta, Tina, Ylva, Berit, Sonja, Inga, Lilian, Sylvia,
Ewa, Kajsa, Vendela, Alma, Molly,
Gudrun, Märta, Majken, Dagny, Svea, Tyra, Edith, Idun, Ronja, Liv, Majvor, Vanja, Tora,
Hillevi, Rakel, Beata, Laila, Iris, Juni, Lykke, Minna, Asta, Ragnhild, Gerd, Eivor, Ulrica,
Cajsa, Mirja, Doris, Elly, Gertrud, Hjördis, Ingalill, Lillemor, Mari, Marit, Siri, Sanna,
Tindra, Vilda, Smilla, Elise, Hedda, Ines, Livia, Maj-Britt, Gun-Britt, Lisbeth, Lisbet,
Ingalena, Annelie, Pernilla, Carolina, Katrin, Evy, Elna, Hilda, Judit, Karolina, Kristin,
Louisa, Malva, Meja, Nova, Othilia, Ottilia, Paula, Ragna, Ruth, Sixtine, Solvig, Tekla,
Valborg, Vivianne, Wivi, Yrsa, Åse, Öllegård, Estelle, Embla
""", head=150)
SV_M = ranked("""
Lars, Mikael, Anders, Johan, Erik, Per, Karl, Peter, Jan, Thomas, Daniel, Fredrik, Hans,
Andreas, Stefan, Bengt, Mats, Magnus, Mattias, Jonas, Nils, Alexander, Bo, Oskar, Sven, Marcus,
Björn, Göran, Martin, Niklas, Leif, Henrik, Patrik, Ulf, Christer, Joakim, Robert, Kent, David,
Gustav, Carl, Viktor, Simon, Emil, Filip, Anton, Lennart, Tommy, Kjell, Rolf, Håkan, Roger,
Sebastian, Roland, Christian, Stig, Jörgen, Olof, Axel, Ola, Ingemar, Kenneth, Rickard, Tobias,
Kristoffer, Jesper, Linus, Hugo, Elias, William, Lucas, Oliver, Isak, Ludvig, Albin, Rasmus,
Johannes, Adam, Jakob, Arvid, Gunnar, Åke, Sten, Kurt, Torbjörn, Jonathan, Dennis, Pontus, Rune,
Bertil, Ove, Tomas, Sune, Gösta, Arne, Vincent, Theo, Leo, Noah, Melvin, Liam, Benjamin, Olle,
Valter, Edvin, Alfred, Harry, Otto, Sixten, Wilhelm, Elliot, Max, Malte, Gabriel, Samuel, Josef,
Felix, Charlie, Love, Alvin, Per-Olof, Lars-Erik, Karl-Johan, Jan-Erik, Hans-Olof, Nils-Erik,
Bengt-Göran, Conny, Ronny, Jimmy, Dan, Jens, Kim, Kristian, Torsten, Ingvar, Harald, Staffan,
Hampus, Gustaf, Nicklas, Johnny, Einar, Ivar, Evert, Folke, Ragnar,
Tage, Helge, Yngve, Valdemar, Börje, Bror, Egon, Gert, Glenn, Göte, Lage, Birger, Gottfrid,
Erland, Eskil, Tor, Holger, Loke, Vilgot, Henry, Colin, Elof, Enar, Algot, Assar, Osvald,
Sigvard, Ture, Verner, Vidar, Yngvar, Arnold, Arvo, Benny, Bernt, Boris, Curt, Dag, Edgar,
Einar-Olof, Frans, Georg, Gillis, Gustav-Adolf, Halvar, Hilding, Ingmar, Jarl, Jon, Kåre,
Leopold, Lukas, Mauritz, Nore, Nisse, Orvar, Ossian, Otto-Erik, Pelle, Rudolf, Sam, Seth,
Sigge, Sivert, Tord, Uno, Vide, Viggo, Wille, Åke-Göran, Östen
""", head=150)
SV_S = ranked("""
Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson,
Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson,
Magnusson, Olofsson, Lindström, Lindqvist, Lindgren, Berg, Axelsson, Bergström, Lundberg, Lind,
Lundgren, Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Forsberg, Sjöberg,
Wallin, Ali, Engström, Mohamed, Eklund, Danielsson, Lundin, Håkansson, Björk, Bergman,
Gunnarsson, Holm, Wikström, Samuelsson, Isaksson, Fransson, Bergqvist, Nyström, Holmberg,
Arvidsson, Löfgren, Söderberg, Nyberg, Blomqvist, Claesson, Nordström, Mårtensson, Lundström,
Ahmed, Viklund, Björklund, Eliasson, Pålsson, Hassan, Berggren, Sandström, Lund, Nordin, Ström,
Åberg, Hermansson, Ekström, Falk, Holmgren, Dahlberg, Hellström, Hedlund, Sundberg, Sjögren, Ek,
Blom, Abrahamsson, Martinsson, Öberg, Andreasson, Strömberg, Månsson, Åkesson, Hansen,
Norberg, Lindholm, Dahl, Jonasson, Hedberg, Sundström, Lindblom, Nyman, Sjöström, Ekman,
Åström, Hussein, Lindell, Boström, Söderström, Holmqvist, Nordlund, Berntsson, Ottosson,
Sundqvist, Ivarsson, Jacobsson, Strand, Kristiansson, Josefsson, Lindahl, Mohammed, Hedman,
Sandin, Edström, Eklöf, Ekberg, Johnsson, Nord, Ljungberg, Hägglund, Vikström, Lindén,
Svedberg, Persson-Lind, Ahlberg, Ekholm, Nordqvist, Björkman, Bäckström, Lundmark, Rosén,
Lindh, Forslund, Sjödin, Melin, Larsen,
Adolfsson, Alm, Almqvist, Backlund, Bergh, Björn, Blomberg, Borg, Brandt, Carlsson, Dahlgren,
Engberg, Englund, Ericsson, Falkenberg, Fors, Friberg, Gran, Granberg, Grönlund, Gustavsson,
Hallberg, Hammar, Hedin, Hellberg, Holmström, Hultgren, Ingvarsson, Jeppsson, Kjellberg,
Klasson, Kvist, Lagerqvist, Lidén, Lilja, Linde, Ljung, Lundell, Löfstedt, Malm, Malmberg,
Malmqvist, Modig, Möller, Nordberg, Nordgren, Norén, Nyqvist, Palm, Pihl, Rask, Roos, Rydberg,
Råberg, Sahlin, Selin, Siljeholm, Skog, Stark, Stenberg, Sterner, Strid, Sundin, Svahn,
Sällström, Thorén, Tornberg, Trygg, Vallin, Wahlberg, Wennberg, Westberg, Wiklund, Zetterberg,
Åhman, Ågren, Öhman, Östlund, Ödman, Hjort, Kvarnström, Lövgren, Stål, Tell, Wass, Sporre,
Frisk, Broman, Dufva, Grahn, Hjelm, Kull, Ståhl, Törnqvist, Uggla, Ek-Lind
""", head=150)

# --- The United Kingdom (ONS rankings as the writer knows them: 1/rank) ----------------------
UK_F = ranked("""
Susan, Margaret, Sarah, Elizabeth, Patricia, Julie, Karen, Helen, Emma, Claire, Jennifer, Linda,
Mary, Catherine, Jane, Nicola, Joanne, Lisa, Rachel, Laura, Louise, Amanda, Deborah, Angela,
Jacqueline, Gillian, Alison, Christine, Samantha, Rebecca, Michelle, Sharon, Pauline, Lucy,
Hannah, Charlotte, Sophie, Amy, Emily, Jessica, Olivia, Amelia, Isla, Ava, Mia, Grace, Lily,
Chloe, Ellie, Holly, Anne, Janet, Barbara, Jean, Valerie, Carol, Wendy, Diane, Lynn, Kathleen,
Joan, Sheila, Brenda, Maureen, Dorothy, Doreen, Eileen, Irene, Sandra, Tracey, Kerry, Kelly,
Victoria, Kate, Katie, Natalie, Jade, Gemma, Stacey, Danielle, Kirsty, Zoe, Abigail, Georgia,
Megan, Lauren, Bethany, Eleanor, Harriet, Freya, Poppy, Evie, Isabella, Florence, Ruby, Daisy,
Phoebe, Alice, Sienna, Matilda, Rosie, Elsie, Millie, Esme, Imogen, Sophia, Ivy, Willow, Maisie,
Scarlett, Lorraine, Dawn, Joyce, Marion, Sally, Judith, Rosemary, Ann, Frances, Teresa, Hazel,
Heather, June, Beverley, Caroline, Fiona, Tina, Jill,
Morag, Siobhan, Bronwen, Rhiannon, Ceri, Sian, Carys, Eilidh, Niamh, Aoife, Ffion, Gwen, Mabel,
Ada, Edith, Beatrice, Marjorie, Hilda, Winifred, Gladys, Mavis, Beryl, Rita, Vera, Iris, Ethel,
Muriel, Elspeth, Jocelyn, Philippa, Penelope, Rosalind, Tamsin, Verity, Felicity, Imelda,
Bernadette, Geraldine, Roisin, Hermione, Clemency, Honor, Perpetua, Letitia, Araminta, Gaynor,
Glenys, Myfanwy, Nerys, Lowri, Kenna, Catriona, Ishbel, Una, Orla, Saoirse
""", head=130)
UK_M = ranked("""
David, John, Paul, Michael, Andrew, Peter, James, Robert, Mark, Richard, Stephen, Christopher,
Ian, Thomas, Daniel, Matthew, Anthony, Simon, Gary, Steven, Kevin, Martin, Alan, Brian, Graham,
Colin, Neil, Keith, Philip, Jonathan, Adam, Lee, Darren, Craig, Stuart, Jason, Benjamin, Oliver,
Jack, Harry, George, Noah, Oscar, Leo, Charlie, Alfie, Jacob, William, Joshua, Samuel, Luke,
Ryan, Nicholas, Timothy, Kenneth, Geoffrey, Roger, Trevor, Derek, Barry, Terence, Raymond,
Malcolm, Nigel, Clive, Gordon, Dennis, Roy, Frank, Ronald, Edward, Charles, Joseph, Scott,
Wayne, Dean, Carl, Shaun, Liam, Jamie, Ben, Sam, Tom, Dan, Alexander, Henry, Archie, Freddie,
Theo, Arthur, Max, Ethan, Lewis, Connor, Callum, Kieran, Jordan, Aaron, Nathan, Tyler, Owen,
Rhys, Dylan, Harvey, Finley, Isaac, Toby, Louis, Reuben, Teddy, Elliot, Hugo, Jude, Rory, Ewan,
Gavin, Glen, Duncan, Robin, Russell, Tony, Vincent, Patrick, Sean, Adrian, Howard, Julian,
Hamish, Angus, Fergus, Dougal, Gareth, Emrys, Dafydd, Ieuan, Cian, Padraig, Declan, Seamus,
Cyril, Reginald, Basil, Percy, Wilfred, Horace, Stanley, Leonard, Norman, Harold, Ernest,
Albert, Walter, Herbert, Ralph, Rupert, Jeremy, Giles, Crispin, Piers, Jasper, Barnaby, Quentin,
Ambrose, Cedric, Clifford, Douglas, Eric, Alistair, Lachlan, Tobias, Tristram, Peregrine, Evan,
Gethin, Aled, Iwan, Tarquin, Oisin, Ruairi
""", head=130)
UK_S = ranked("""
Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts, Robinson,
Thompson, Wright, Walker, White, Edwards, Hughes, Green, Hall, Lewis, Harris, Clarke, Patel,
Jackson, Wood, Turner, Martin, Cooper, Hill, Ward, Morris, Moore, Clark, Lee, King, Baker,
Harrison, Morgan, Allen, James, Scott, Phillips, Watson, Davis, Parker, Price, Bennett, Young,
Griffiths, Mitchell, Kelly, Cook, Carter, Richardson, Bailey, Collins, Bell, Shaw, Murphy,
Miller, Cox, Richards, Khan, Marshall, Anderson, Simpson, Ellis, Adams, Singh, Begum, Wilkinson,
Foster, Chapman, Powell, Webb, Rogers, Gray, Mason, Ali, Hunt, Hussain, Campbell, Matthews,
Owen, Palmer, Holmes, Mills, Barnes, Knight, Lloyd, Butler, Russell, Barker, Fisher, Stevens,
Jenkins, Murray, Dixon, Harvey, Graham, Pearson, Ahmed, Fletcher, Walsh, Kaur, Gibson, Howard,
Andrews, Stewart, Elliott, Reynolds, Saunders, Payne, Fox, Ford, Pearce, Day, Brooks, West,
Lawrence, Cole, Atkinson, Bradley, Spencer, Gill, Dawson, Ball, Burton, O'Brien, Watts, Rose,
Booth, Perry, Ryan, Grant, Wells, Armstrong, Francis, Rees, Hayes, Hart, Hudson, Newman,
Barrett, Webster, Hunter, Gregory, Carr, Lowe, Page, Marsh, Riley, Dunn, Woods, Parsons, Berry,
Stone, Reid, Holland, Hawkins, Harding, Porter, Robertson, Newton, Oliver, Reed, Kennedy,
Williamson, Bird, Gardner, Shah, Dean, Lane, Cooke, Bates, Henderson, Parry, Burgess, Bishop,
Walton, Burns, Nicholson, Shepherd, Ross, Cross, Long, Freeman, Warren, Nicholls, Hamilton,
Byrne, Sutton, McDonald, Yates, Hodgson, Robson, Curtis, Hopkins, O'Connor, Harper, Coleman,
Watkins, Moss, McCarthy, Chambers, O'Neill, Griffin, Sharp, Hardy, Wheeler, Potter, Osborne,
Johnston, Gordon, Doyle, Wallace, George, Jordan, Hutchinson, Rowe, Burke, May, Pritchard,
Gilbert, Willis, Higgins, Read, Miles, Stevenson, Stephenson, Hammond, Arnold, Buckley,
Walters, Hewitt, Barber, Nelson, Slater, Austin, Sullivan, Whitehead, Mann, Frost, Lambert,
Stephens, Blake, Akhtar, Lynch, Goodwin, Barton, Woodward, Thomson, Cunningham, Quinn, Barnett,
Baxter, Bibi, Clayton, Nash, Greenwood, Jennings, Holt, Kemp, Poole, Gallagher, Bond, Stokes,
Tucker, Davidson, Fowler, Heath, Norman, Middleton, Lawson, Banks, French, Stanley, Jarvis,
Gibbs, Ferguson, Hayward, Carroll, Farmer, Dennis, Vaughan, Pugh, Llewellyn, Prosser, Vowles,
Trelawney, Penhaligon, Ashcroft, Fairbairn, Featherstone, Ainsworth, Blackburn, Cartwright,
Entwistle, Grimshaw, Haworth, Ormerod, Pilkington, Sowerby, Thwaite, Urquhart, Macleod,
Mackenzie, Farquharson, Cholmondeley, Fitzgerald, Devereux, Ffoulkes
""", head=150)

# --- Origins common in Sweden (the writer's order of frequency: 1/rank) ----------------------
FINNISH = Origin(
    ranked("Tuula, Päivi, Leena, Marja, Sari, Pirjo, Ritva, Kaarina, Riitta, Sirpa, Tiina, Merja, Eija, Anu, Hannele, Minna, Aino, Satu, Heidi, Elina, Katja, Maarit, Seija, Raija, Marjatta, Outi, Terhi, Pauliina, Aili, Kirsi"),
    ranked("Juha, Timo, Matti, Kari, Mikko, Jari, Antti, Jukka, Mika, Markku, Pekka, Hannu, Heikki, Seppo, Ari, Janne, Sami, Petri, Ville, Tapio, Esa, Pertti, Jouni, Kalevi, Raimo, Tuomas, Juhani, Ilkka, Veikko, Eino"),
    ranked("Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen, Hiltunen, Kettunen, Rautio, Pesonen, Kauppinen"),
)
ARABIC = Origin(
    ranked("Fatima, Maryam, Zainab, Nour, Sara, Amal, Rana, Hiba, Lina, Rasha, Huda, Layla, Aya, Hala, Dima, Reem, Salma, Yasmin, Mariam, Shahad, Ghada, Inas, Widad, Nisrin, Samira, Suad, Raghad, Bushra, Shatha, Shamiram, Ninve, Mervat, Jihan"),
    ranked("Mohammed, Ahmad, Ali, Hassan, Hussein, Omar, Mustafa, Khaled, Mahmoud, Abdullah, Yousef, Ibrahim, Ammar, Haidar, Karim, Samir, Rami, Bassam, Firas, Tariq, Adnan, Walid, Ziad, Jamal, Nabil, Saif, Ayman, Hamza, Majid, Osama, Fadi, Georges, Elias, Ninos, Sargon, Aziz, Munir, Yaser"),
    ranked("Ali, Hassan, Hussein, Mohammed, Ahmed, Abdullah, Ibrahim, Al-Khatib, Haddad, Khalil, Saleh, Mahmoud, Yousef, Kassab, al-Rawi, Al-Obaidi, al-Jabouri, Al-Saadi, Abbas, Jaber, Darwish, Nasser, Shamoun, Yacoub, Gabriel, Issa, Hanna, Aziz, Karim, Mansour, Othman, Suleiman, al-Tamimi, Al-Hashimi, Qasim, Hamid, Barsoum, Eshak, Danho, Malki"),
)
ASSYRIAN = Origin(  # Assyrian/Syriac Christians from Turkey, Iraq and Syria (Södertälje, Norrköping)
    ranked("Maria, Sara, Shamiram, Ninve, Nahrin, Rima, Samira, Jacqueline, Christina, Maryam, Layla, Sabrina, Gabriella, Semiramis, Ishtar, Hanan, Marta, Jessica, Nadia, Suzan, Mariana, Josefin, Rebecka"),
    ranked("Gabriel, Sargon, Ninos, Afram, Elias, Yousef, Yakob, Daniel, Simon, Aziz, Shamoun, Ashur, Georges, Johannes, Fehmi, Gabro, Matay, Abrohom, Isa, Malke, Shabo, Aday, Nuri"),
    ranked("Gabriel, Yacoub, Shamoun, Barsoum, Danho, Malki, Eshak, Aydin, Issa, Hanna, Gabro, Lahdo, Aho, Kourie, Sabo, Chamoun, Bahnan, Isik, Gallo, Touma, Simon, Ishak, Lahdo-Aho, Dag"),
)
SOMALI = Origin(  # a Somali surname is the father's given name (and the grandfather's after it)
    ranked("Fadumo, Amina, Hodan, Asha, Hawa, Sahra, Ifrah, Nimco, Ayaan, Sagal, Ikram, Hamdi, Deeqa, Fartun, Ubah, Sucaad, Halima, Khadra, Maryan, Leyla, Ilhan, Ruqia, Shukri, Ladan, Caasha, Hibo"),
    ranked("Mohamed, Abdi, Ahmed, Abdullahi, Hassan, Ali, Omar, Abdirahman, Ismail, Yusuf, Mahad, Liban, Hussein, Abdikadir, Farah, Said, Osman, Khalid, Bashir, Mukhtar, Jama, Warsame, Guled, Abdiaziz, Nur, Cabdi, Mustaf"),
    ranked("Mohamed, Ahmed, Ali, Hassan, Abdi, Omar, Osman, Hussein, Farah, Abdullahi, Yusuf, Ismail, Jama, Warsame, Aden, Said, Nur, Elmi, Hersi, Dahir, Egal, Duale, Mohamud, Abdulle, Gedi, Cali, Xasan, Warfaa"),
)
PERSIAN = Origin(
    ranked("Maryam, Fatemeh, Zahra, Sara, Narges, Shirin, Leila, Parisa, Mina, Nasrin, Azadeh, Mahsa, Roya, Shabnam, Niloofar, Farnaz, Nazanin, Golnaz, Parvaneh, Mitra, Ladan, Soheila, Elham, Samira, Sepideh, Yasaman, Bahar, Negin, Forough, Touran"),
    ranked("Ali, Mohammad, Reza, Hossein, Mehdi, Amir, Hamid, Saeed, Majid, Farhad, Behzad, Kaveh, Babak, Dariush, Arash, Omid, Payam, Navid, Kamran, Shahram, Bijan, Parviz, Siavash, Afshin, Ramin, Kourosh, Farid, Houshang, Jamshid"),
    ranked("Mohammadi, Hosseini, Ahmadi, Rezaei, Moradi, Karimi, Jafari, Rahimi, Hashemi, Mousavi, Sadeghi, Heidari, Akbari, Ghorbani, Rostami, Ebrahimi, Nazari, Kazemi, Salehi, Amini, Bagheri, Tehrani, Shirazi, Esfahani, Farahani, Kiani, Najafi, Abbasi, Soltani, Ansari, Zand, Mirzaei"),
)
KURDISH = Origin(
    ranked("Rojin, Berivan, Dilan, Zilan, Avin, Jiyan, Nazdar, Shirin, Hevi, Rozerin, Dilvin, Helin, Newroz, Gulistan, Viyan, Ronahi, Beritan, Evin, Kajal, Shilan, Tara, Bahar, Hana, Nishtiman, Sozan, Shler"),
    ranked("Rebwar, Aram, Karwan, Dilshad, Sherzad, Azad, Baran, Dara, Shvan, Ari, Hiwa, Zana, Serhat, Botan, Kawa, Rizgar, Soran, Shwan, Hawre, Diyar, Rojhat, Berzan, Hozan, Bahoz, Aso, Bakhtiyar, Sirwan"),
    ranked("Ahmad, Mohammed, Abdullah, Rashid, Aziz, Karim, Kaya, Demir, Hamad, Omer, Rahman, Mustafa, Mahmoud, Qadir, Salih, Sharif, Tahir, Faraj, Hawrami, Zebari, Amin, Baban, Jaff, Doski, Xoshnaw, Rasul, Mirza, Hasan, Ibrahim, Bapir"),
)
TURKISH = Origin(
    ranked("Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Merve, Özlem, Sevgi, Hülya, Esra, Büşra, Derya, Gül, Songül, Filiz, Nurcan, Yasemin, Ebru, Aysel, Melek, Dilek, Sibel, Tuba, Nesrin, Gülsen, Serap, Sevim"),
    ranked("Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, Murat, Ömer, Yusuf, Emre, Burak, Can, Kemal, Osman, Erkan, Serkan, Hakan, Cem, Tolga, Volkan, Oğuz, Selim, Kadir, Recep, Halil, Ercan, Tuncay, Şükrü"),
    ranked("Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Korkmaz, Erdoğan, Aktaş, Güneş, Tekin, Avcı, Bulut, Keskin, Ünal"),
)
BCS = Origin(
    ranked("Amra, Azra, Emina, Lejla, Selma, Jasmina, Aida, Mirela, Ana, Marija, Jelena, Ivana, Dragana, Snežana, Mirjana, Vesna, Sanja, Maja, Nermina, Alma, Edina, Merima, Senada, Dijana, Gordana, Milica, Tatjana, Zorica, Šejla, Biljana"),
    ranked("Amir, Adnan, Emir, Mirza, Haris, Edin, Senad, Nermin, Dženan, Elvir, Jasmin, Damir, Zoran, Dragan, Goran, Nenad, Dejan, Milan, Marko, Stefan, Nikola, Ivan, Ante, Josip, Tomislav, Mladen, Boris, Darko, Saša, Enes, Mehmed"),
    ranked("Hodžić, Hadžić, Kovačević, Delić, Begić, Mehmedović, Hasanović, Salihović, Ibrahimović, Husić, Memić, Suljić, Alić, Omerović, Avdić, Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Popović, Horvat, Babić, Kovačić, Marić, Jurić, Novak, Knežević, Vuković, Pavlović, Perić, Čaušević, Mujić"),
)
POLISH = Origin(  # surnames in the masculine form; `feminine` gives a woman's
    ranked("Anna, Katarzyna, Maria, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Elżbieta, Magdalena, Joanna, Aleksandra, Monika, Zofia, Teresa, Danuta, Natalia, Karolina, Marta, Beata, Dorota, Justyna, Paulina, Agata, Iwona, Jolanta, Grażyna, Halina, Wiesława"),
    ranked("Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Jan, Michał, Marcin, Stanisław, Jakub, Adam, Marek, Łukasz, Grzegorz, Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Jerzy, Maciej, Rafał, Kamil, Robert, Józef, Janusz, Sebastian, Damian, Bogdan, Zdzisław"),
    ranked("Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Kwiatkowski, Wojciechowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Wróbel, Nowakowski, Majewski, Olszewski, Brzeziński, Sadowski, Chmielewski, Borkowski"),
)
ERITREAN = Origin(  # the surname is the father's given name
    ranked("Helen, Senait, Yordanos, Selam, Meron, Saba, Hiwet, Tsega, Feven, Luwam, Rahel, Winta, Semhar, Mebrat, Tirhas, Abrehet, Letekidan, Eden, Azieb, Elsa, Tsehay, Freweini, Mehret, Nebiat, Tsige"),
    ranked("Yonas, Tesfay, Tekle, Mussie, Filmon, Daniel, Samuel, Yohannes, Berhane, Dawit, Habte, Kibrom, Efrem, Amanuel, Robel, Henok, Mehari, Goitom, Tesfamariam, Semere, Aron, Natnael, Biniam, Haben, Tewelde"),
    ranked("Tesfay, Gebremedhin, Haile, Tekle, Berhane, Woldemichael, Ghebreyesus, Kidane, Gebru, Mehari, Habte, Yohannes, Asmerom, Tsegay, Andemariam, Gebrehiwet, Negash, Woldu, Abraha, Ghirmay, Kahsay, Okbay, Zerai, Teklehaimanot, Russom"),
)
AFGHAN = Origin(
    ranked("Fatima, Zahra, Maryam, Mursal, Shabnam, Mina, Nilofar, Parwana, Freshta, Madina, Sadaf, Marwa, Tamana, Sahar, Hosai, Zarghuna, Roya, Farzana, Lida, Sumaya, Nargis, Malalai, Wazhma, Shakila, Zainab, Nazifa"),
    ranked("Mohammad, Ahmad, Ali, Abdul, Hamid, Mustafa, Sayed, Hussain, Mahdi, Jawad, Murtaza, Reza, Khalid, Farid, Wahid, Najib, Habib, Sharif, Nasir, Rahim, Mansoor, Jamshid, Elyas, Bilal, Yama, Sohrab, Zabihullah, Rahmatullah, Noorullah, Ezatullah"),
    ranked("Ahmadi, Rahimi, Hussaini, Mohammadi, Sultani, Hakimi, Karimi, Noori, Rezai, Jafari, Amiri, Haidari, Sadat, Stanikzai, Popal, Wardak, Safi, Sahak, Niazi, Khan, Nazari, Akbari, Azizi, Habibi, Yousufzai, Samadi, Qaderi"),
)
THAI = Origin(
    ranked("Siriporn, Supaporn, Wanida, Kanokwan, Pranee, Malee, Nittaya, Sunisa, Jintana, Ratana, Pornthip, Suda, Napaporn, Waraporn, Anchalee, Sasithorn, Kannika, Buppha, Lamai, Duangjai, Thanya, Orathai, Nok, Ploy, Kesinee"),
    ranked("Somchai, Somsak, Prasert, Sompong, Wichai, Anan, Chaiya, Thanakorn, Kittisak, Surachai, Boonmee, Narong, Sakda, Pichit, Niran, Apichart, Sutin"),
    ranked("Saelim, Srisuk, Chaiyaphum, Wongsawat, Kongkaew, Sukprasert, Thongdee, Boonsri, Phromma, Rattanakorn, Sriwong, Kaewkan, Chanthara, Intharat, Suwan, Janprasert, Saetang, Pongpanich, Thongsuk, Meesuk, Saengthong"),
)
CHINESE = Origin(
    ranked("Fang, Na, Min, Jing, Li, Yan, Hui, Ying, Xiuying, Xiaoling, Hong, Juan, Yun, Lan, Mei, Ting, Qing, Xin, Yue, Lin, Shu, Jiayi, Yuxin, Wenjing, Xiaomei"),
    ranked("Wei, Jun, Lei, Yong, Jian, Hao, Tao, Ming, Chao, Qiang, Peng, Bo, Gang, Bin, Hua, Jie, Long, Zhiwei, Haoran, Yang, Kai, Feng, Zhen, Xiaodong, Jianguo"),
    ranked("Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, He, Lin, Gao, Luo, Zheng, Liang, Xie, Song, Tang, Deng, Feng"),
)
INDIAN = Origin(
    ranked("Priya, Anjali, Pooja, Sunita, Neha, Kavita, Divya, Lakshmi, Deepa, Shreya, Ananya, Sneha, Meena, Asha, Rekha, Nisha, Swati, Aarti, Shalini, Radha, Aishwarya, Harpreet, Simran, Manpreet, Shruti, Padma, Vaishnavi"),
    ranked("Rahul, Amit, Rajesh, Suresh, Vijay, Sanjay, Arjun, Vikram, Ravi, Anil, Sunil, Rohit, Ramesh, Manoj, Karthik, Aditya, Deepak, Harish, Pradeep, Sandeep, Ajay, Nikhil, Gurpreet, Harjit, Mohan, Venkatesh, Balaji"),
    ranked("Kumar, Singh, Sharma, Patel, Gupta, Reddy, Rao, Shah, Iyer, Nair, Das, Mehta, Joshi, Verma, Chopra, Kapoor, Menon, Pillai, Agarwal, Banerjee, Chatterjee, Desai, Kaur, Mishra, Srinivasan, Krishnan, Bhat, Naidu, Malhotra, Ghosh, Subramanian"),
)
LATIN = Origin(  # Chile first, then Spain and the rest; two surnames in most names
    ranked("María, Carolina, Camila, Javiera, Francisca, Catalina, Daniela, Valentina, Fernanda, Constanza, Paula, Claudia, Patricia, Marcela, Verónica, Andrea, Carmen, Rosa, Isabel, Lorena, Alejandra, Gabriela, Ximena, Paz, Pilar, Lucía, María José, María Paz"),
    ranked("José, Juan, Luis, Carlos, Jorge, Francisco, Pedro, Cristián, Rodrigo, Felipe, Sebastián, Matías, Diego, Nicolás, Pablo, Manuel, Miguel, Alejandro, Gonzalo, Patricio, Mauricio, Sergio, Raúl, Héctor, Andrés, Ricardo, Juan Pablo, José Luis"),
    ranked("González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo, Tapia, Reyes, Gutiérrez, Castro, Pizarro, Álvarez, Vásquez, Sánchez, Fernández, Ramírez, Carrasco, Gómez, Cortés, Herrera, Núñez, Jara, Vergara, de la Fuente, del Río, de la Cruz, de la Torre"),
)
ROMANIAN = Origin(
    ranked("Maria, Elena, Ioana, Andreea, Mihaela, Ana, Cristina, Gabriela, Alexandra, Daniela, Georgiana, Ramona, Florentina, Nicoleta, Adriana, Simona, Larisa, Roxana, Diana, Alina, Iuliana, Valentina, Camelia, Oana"),
    ranked("Ion, Gheorghe, Constantin, Vasile, Alexandru, Andrei, Mihai, Ionuț, Florin, Daniel, Marian, Adrian, Ștefan, Cristian, Nicolae, Gabriel, Dumitru, Marius, Bogdan, Răzvan, Cătălin, Sorin, Ciprian, Lucian, Ovidiu"),
    ranked("Popa, Popescu, Pop, Radu, Dumitru, Stan, Stoica, Gheorghe, Matei, Ciobanu, Ionescu, Rusu, Munteanu, Constantin, Mihai, Florea, Lazăr, Moldovan, Dinu, Ilie, Toma, Marin, Barbu, Nistor, Sârbu, Cojocaru, Dobre, Lungu, Vasile, Tudor"),
)
DUTCH_GERMAN = Origin(
    ranked("Sabine, Claudia, Petra, Andrea, Katrin, Ursula, Monika, Birgit, Anke, Sanne, Lotte, Femke, Anouk, Marieke, Ilse, Julia, Sophie, Eva, Heike, Silke, Ingrid, Annemarie"),
    ranked("Thomas, Michael, Stefan, Andreas, Jürgen, Klaus, Wolfgang, Uwe, Matthias, Jens, Jan, Pieter, Dirk, Bas, Thijs, Joost, Daan, Ruben, Sander, Maarten, Hans-Peter, Karl-Heinz"),
    ranked("Müller, Schmidt, de Jong, Jansen, Schneider, de Vries, van den Berg, Fischer, van Dijk, Weber, Bakker, Meyer, Visser, Wagner, Smit, Becker, Meijer, Hoffmann, de Boer, Schulz, Mulder, Koch, de Groot, Bos, van der Meer, van Leeuwen, van der Linden, Dekker, von Bergen, von Essen, ter Horst, Vos"),
)
FRENCH = Origin(
    ranked("Marie, Nathalie, Isabelle, Sylvie, Catherine, Sandrine, Céline, Camille, Julie, Sophie, Aurélie, Marie-Claire, Anne-Sophie, Marie-Laure, Christine, Valérie, Émilie, Claire, Marie-Hélène, Anne-Marie"),
    ranked("Jean, Pierre, Michel, Philippe, Alain, Nicolas, Christophe, Laurent, Julien, Jean-Pierre, Jean-Luc, Jean-Marc, François, Olivier, Éric, Stéphane, Patrick, Jean-François, Jean-Claude, Pierre-Yves"),
    ranked("Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Laurent, Lefebvre, Michel, Garcia, David, Bertrand, Roux, Vincent, Fournier, Morel, Girard, Dupont, Lambert, Fontaine, Le Gall, Le Goff, de Castelnau"),
)

# --- The United States (Census 1990, public domain: the census's per cent as weight) ----------
US_F_TEXT = (
    "Mary 2.629, Patricia 1.073, Linda 1.035, Barbara 0.980, Elizabeth 0.937, Jennifer 0.932, Maria "
    "0.828, Susan 0.794, Margaret 0.768, Dorothy 0.727, Lisa 0.704, Nancy 0.669, Karen 0.667, Betty "
    "0.666, Helen 0.663, Sandra 0.629, Donna 0.583, Carol 0.565, Ruth 0.562, Sharon 0.522, Michelle "
    "0.519, Laura 0.510, Sarah 0.508, Kimberly 0.504, Deborah 0.494, Jessica 0.490, Shirley 0.482, "
    "Cynthia 0.469, Angela 0.468, Melissa 0.462, Brenda 0.455, Amy 0.451, Anna 0.440, Rebecca "
    "0.430, Virginia 0.430, Kathleen 0.424, Pamela 0.416, Martha 0.412, Debra 0.408, Amanda 0.404, "
    "Stephanie 0.400, Carolyn 0.385, Christine 0.382, Marie 0.379, Janet 0.379, Catherine 0.373, "
    "Frances 0.370, Ann 0.364, Joyce 0.364, Diane 0.359, Alice 0.357, Julie 0.348, Heather 0.337, "
    "Teresa 0.336, Doris 0.335, Gloria 0.335, Evelyn 0.322, Jean 0.315, Cheryl 0.315, Mildred "
    "0.313, Katherine 0.313, Joan 0.306, Ashley 0.303, Judith 0.297, Rose 0.296, Janice 0.285, "
    "Kelly 0.283, Nicole 0.281, Judy 0.276, Christina 0.275, Kathy 0.272, Theresa 0.271, Beverly "
    "0.267, Denise 0.264, Tammy 0.259, Irene 0.252, Jane 0.250, Lori 0.248, Rachel 0.242, Marilyn "
    "0.241, Andrea 0.236, Kathryn 0.234, Louise 0.229, Sara 0.229, Anne 0.228, Jacqueline 0.228, "
    "Wanda 0.226, Bonnie 0.223, Julia 0.223, Ruby 0.221, Lois 0.220, Tina 0.220, Phyllis 0.219, "
    "Norma 0.218, Paula 0.217, Diana 0.216, Annie 0.216, Lillian 0.211, Emily 0.208, Robin 0.208, "
    "Peggy 0.208, Crystal 0.207, Gladys 0.205, Rita 0.204, Dawn 0.202, Connie 0.200, Florence "
    "0.200, Tracy 0.197, Edna 0.197, Tiffany 0.195, Carmen 0.195, Rosa 0.194, Cindy 0.192, Grace "
    "0.189, Wendy 0.185, Victoria 0.180, Edith 0.179, Kim 0.178, Sherry 0.178, Sylvia 0.177, "
    "Josephine 0.177, Thelma 0.175, Shannon 0.175, Sheila 0.175, Ethel 0.174, Ellen 0.173, Elaine "
    "0.173, Marjorie 0.173, Carrie 0.171, Charlotte 0.169, Monica 0.166, Esther 0.166, Pauline "
    "0.165, Emma 0.165, Juanita 0.164, Anita 0.162, Rhonda 0.162, Hazel 0.161, Amber 0.160, Eva "
    "0.159, Debbie 0.157, April 0.154, Leslie 0.154, Clara 0.153, Lucille 0.153, Jamie 0.153, "
    "Joanne 0.150, Eleanor 0.150, Valerie 0.149, Danielle 0.149, Megan 0.147, Alicia 0.146, Suzanne "
    "0.145, Michele 0.145, Gail 0.145, Bertha 0.143, Darlene 0.142, Veronica 0.142, Jill 0.142, "
    "Erin 0.141, Geraldine 0.141, Lauren 0.137, Cathy 0.137, Joann 0.136, Lorraine 0.135, Lynn "
    "0.135, Sally 0.135, Regina 0.133, Erica 0.130, Beatrice 0.130, Dolores 0.129, Bernice 0.128, "
    "Audrey 0.127, Yvonne 0.126, Annette 0.125, June 0.125, Samantha 0.124, Marion 0.122, Dana "
    "0.122, Stacy 0.121, Ana 0.120, Renee 0.120, Ida 0.118, Vivian 0.118, Roberta 0.117, Holly "
    "0.117, Brittany 0.117, Melanie 0.116, Loretta 0.115, Yolanda 0.115, Jeanette 0.115, Laurie "
    "0.114, Katie 0.113, Kristen 0.111, Vanessa 0.111, Alma 0.111, Sue 0.111, Elsie 0.110, Beth "
    "0.110, Jeanne 0.109, Vicki 0.109, Carla 0.107, Tara 0.107, Rosemary 0.107, Eileen 0.105, Terri "
    "0.105, Gertrude 0.103, Lucy 0.103, Tonya 0.102, Ella 0.101, Stacey 0.101, Wilma 0.099, Gina "
    "0.099, Kristin 0.099, Jessie 0.098, Natalie 0.098, Agnes 0.098, Vera 0.098, Willie 0.097, "
    "Charlene 0.097, Bessie 0.096, Delores 0.095, Melinda 0.094, Pearl 0.094, Arlene 0.094, Maureen "
    "0.092, Colleen 0.092, Allison 0.092, Tamara 0.092, Joy 0.091, Georgia 0.091, Constance 0.091, "
    "Lillie 0.090, Claudia 0.090, Jackie 0.090, Marcia 0.090, Tanya 0.089, Nellie 0.089, Minnie "
    "0.089, Marlene 0.088, Heidi 0.088, Glenda 0.088, Lydia 0.086, Viola 0.086, Courtney 0.086, "
    "Marian 0.086, Stella 0.085, Caroline 0.085, Dora 0.084, Jo 0.083, Vickie 0.082, Mattie 0.081, "
    "Terry 0.080, Maxine 0.079, Irma 0.079, Mabel 0.078, Marsha 0.078, Myrtle 0.078, Lena 0.077, "
    "Christy 0.077, Deanna 0.076, Patsy 0.076, Hilda 0.075, Gwendolyn 0.074, Jennie 0.073, Nora "
    "0.073, Margie 0.072, Nina 0.072, Cassandra 0.072, Leah 0.072, Penny 0.071, Kay 0.071, "
    "Priscilla 0.071, Naomi 0.071, Carole 0.071, Brandy 0.070, Olga 0.070, Billie 0.069, Dianne "
    "0.069, Tracey 0.069, Leona 0.069, Jenny 0.068, Felicia 0.068, Sonia 0.068, Miriam 0.066, Velma "
    "0.066, Becky 0.066, Bobbie 0.065, Violet 0.065, Kristina 0.065, Toni 0.064, Misty 0.063, Mae "
    "0.063, Shelly 0.062, Daisy 0.062, Ramona 0.062, Sherri 0.062, Erika 0.061, Katrina 0.061, "
    "Claire 0.061, Lindsey 0.060, Lindsay 0.060, Geneva 0.059, Guadalupe 0.059, Belinda 0.059, "
    "Margarita 0.059, Sheryl 0.059, Cora 0.058, Faye 0.058, Ada 0.057, Natasha 0.057, Sabrina "
    "0.057, Isabel 0.057, Marguerite 0.056, Hattie 0.056, Harriet 0.056, Molly 0.055, Cecilia "
    "0.055, Kristi 0.055, Brandi 0.055, Blanche 0.055, Sandy 0.055, Rosie 0.055, Joanna 0.055, Iris "
    "0.055, Eunice 0.054, Angie 0.054, Inez 0.053, Lynda 0.053, Madeline 0.052, Amelia 0.052, "
    "Alberta 0.052, Genevieve 0.051, Monique 0.051, Jodi 0.051, Janie 0.051, Maggie 0.051, Kayla "
    "0.051, Sonya 0.051, Jan 0.051, Lee 0.051, Kristine 0.051, Candace 0.051, Fannie 0.050, Maryann "
    "0.050, Opal 0.050, Alison 0.050, Yvette 0.050, Melody 0.050, Luz 0.049, Susie 0.049, Olivia "
    "0.049, Flora 0.049, Shelley 0.049, Kristy 0.048, Mamie 0.048, Lula 0.048, Lola 0.048, Verna "
    "0.048, Beulah 0.048, Antoinette 0.048, Candice 0.046, Juana 0.046, Jeannette 0.046, Pam 0.046, "
    "Kelli 0.046, Hannah 0.045, Whitney 0.045, Bridget 0.045, Karla 0.044, Celia 0.044, Latoya "
    "0.043, Patty 0.043, Shelia 0.043, Gayle 0.043, Della 0.043, Vicky 0.043, Lynne 0.043, Sheri "
    "0.042, Marianne 0.042, Kara 0.041, Jacquelyn 0.041, Erma 0.041, Blanca 0.041, Myra 0.040, "
    "Leticia 0.040, Pat 0.040, Krista 0.040, Roxanne 0.040, Angelica 0.039, Johnnie 0.039, Robyn "
    "0.039, Francis 0.039, Adrienne 0.039, Rosalie 0.039, Alexandra 0.039, Brooke 0.039, Bethany "
    "0.039, Sadie 0.039, Bernadette 0.039, Traci 0.038, Jody 0.038, Kendra 0.038, Jasmine 0.038, "
    "Nichole 0.038, Rachael 0.038, Chelsea 0.038, Mable 0.038, Ernestine 0.038, Muriel 0.038, "
    "Marcella 0.037, Elena 0.037, Krystal 0.037, Angelina 0.037, Nadine 0.036, Kari 0.036, Estelle "
    "0.036, Dianna 0.036, Paulette 0.036, Lora 0.036 "
)
US_M_TEXT = (
    "James 3.318, John 3.271, Robert 3.143, Michael 2.629, William 2.451, David 2.363, Richard "
    "1.703, Charles 1.523, Joseph 1.404, Thomas 1.380, Christopher 1.035, Daniel 0.974, Paul 0.948, "
    "Mark 0.938, Donald 0.931, George 0.927, Kenneth 0.826, Steven 0.780, Edward 0.779, Brian "
    "0.736, Ronald 0.725, Anthony 0.721, Kevin 0.671, Jason 0.660, Matthew 0.657, Gary 0.650, "
    "Timothy 0.640, Jose 0.613, Larry 0.598, Jeffrey 0.591, Frank 0.581, Scott 0.546, Eric 0.544, "
    "Stephen 0.540, Andrew 0.537, Raymond 0.488, Gregory 0.441, Joshua 0.435, Jerry 0.432, Dennis "
    "0.415, Walter 0.399, Patrick 0.389, Peter 0.381, Harold 0.371, Douglas 0.367, Henry 0.365, "
    "Carl 0.346, Arthur 0.335, Ryan 0.328, Roger 0.322, Joe 0.321, Juan 0.316, Jack 0.315, Albert "
    "0.314, Jonathan 0.313, Justin 0.311, Terry 0.311, Gerald 0.309, Keith 0.308, Samuel 0.306, "
    "Willie 0.302, Ralph 0.282, Lawrence 0.282, Nicholas 0.275, Roy 0.273, Benjamin 0.270, Bruce "
    "0.263, Brandon 0.260, Adam 0.259, Harry 0.251, Fred 0.251, Wayne 0.249, Billy 0.248, Steve "
    "0.246, Louis 0.243, Jeremy 0.242, Aaron 0.240, Randy 0.232, Howard 0.230, Eugene 0.230, Carlos "
    "0.229, Russell 0.224, Bobby 0.223, Victor 0.222, Martin 0.216, Ernest 0.215, Phillip 0.213, "
    "Todd 0.213, Jesse 0.209, Craig 0.206, Alan 0.204, Shawn 0.200, Clarence 0.197, Sean 0.197, "
    "Philip 0.197, Chris 0.197, Johnny 0.195, Earl 0.193, Jimmy 0.191, Antonio 0.190, Danny 0.190, "
    "Bryan 0.190, Tony 0.190, Luis 0.189, Mike 0.189, Stanley 0.186, Leonard 0.186, Nathan 0.185, "
    "Dale 0.184, Manuel 0.181, Rodney 0.180, Curtis 0.180, Norman 0.177, Allen 0.174, Marvin 0.171, "
    "Vincent 0.168, Glenn 0.167, Jeffery 0.166, Travis 0.166, Jeff 0.166, Chad 0.165, Jacob 0.165, "
    "Lee 0.162, Melvin 0.162, Alfred 0.162, Kyle 0.160, Francis 0.160, Bradley 0.159, Jesus 0.155, "
    "Herbert 0.155, Frederick 0.154, Ray 0.153, Joel 0.152, Edwin 0.148, Don 0.145, Eddie 0.144, "
    "Ricky 0.141, Troy 0.138, Randall 0.138, Barry 0.134, Alexander 0.132, Bernard 0.127, Mario "
    "0.125, Leroy 0.125, Francisco 0.124, Marcus 0.124, Micheal 0.123, Theodore 0.123, Clifford "
    "0.123, Miguel 0.122, Oscar 0.122, Jay 0.118, Jim 0.118, Tom 0.117, Calvin 0.115, Alex 0.115, "
    "Jon 0.115, Ronnie 0.113, Bill 0.112, Lloyd 0.112, Tommy 0.112, Leon 0.112, Derek 0.112, Warren "
    "0.110, Darrell 0.108, Jerome 0.108, Floyd 0.107, Leo 0.106, Alvin 0.105, Tim 0.104, Wesley "
    "0.104, Gordon 0.104, Dean 0.104, Greg 0.104, Jorge 0.104, Dustin 0.103, Pedro 0.103, Derrick "
    "0.103, Dan 0.101, Lewis 0.099, Zachary 0.099, Corey 0.098, Herman 0.097, Maurice 0.097, Vernon "
    "0.097, Roberto 0.097, Clyde 0.095, Glen 0.094, Hector 0.094, Shane 0.093, Ricardo 0.093, Sam "
    "0.092, Rick 0.091, Lester 0.091, Brent 0.090, Ramon 0.090, Charlie 0.090, Tyler 0.089, Gilbert "
    "0.089, Gene 0.087, Marc 0.087, Reginald 0.084, Ruben 0.082, Brett 0.082, Angel 0.082, "
    "Nathaniel 0.081, Rafael 0.081, Leslie 0.081, Edgar 0.080, Milton 0.080, Raul 0.079, Ben 0.078, "
    "Chester 0.078, Cecil 0.078, Duane 0.077, Franklin 0.077, Andre 0.076, Elmer 0.074, Brad 0.073, "
    "Gabriel 0.073, Ron 0.072, Mitchell 0.072, Roland 0.072, Arnold 0.072, Harvey 0.072, Jared "
    "0.071, Adrian 0.069, Karl 0.069, Cory 0.068, Claude 0.068, Erik 0.068, Darryl 0.067, Jamie "
    "0.066, Neil 0.066, Jessie 0.065, Christian 0.065, Javier 0.065, Fernando 0.065, Clinton 0.065, "
    "Ted 0.064, Mathew 0.064, Tyrone 0.064, Darren 0.064, Lonnie 0.064, Lance 0.063, Cody 0.063, "
    "Julio 0.063, Kelly 0.063, Kurt 0.062, Allan 0.061, Nelson 0.061, Guy 0.060, Clayton 0.060, "
    "Hugh 0.060, Max 0.059, Dwayne 0.059, Dwight 0.058, Armando 0.058, Felix 0.058, Jimmie 0.058, "
    "Everett 0.057, Jordan 0.056, Ian 0.056, Wallace 0.056, Ken 0.055, Bob 0.055, Jaime 0.055, "
    "Casey 0.054, Alfredo 0.054, Alberto 0.053, Dave 0.053, Ivan 0.053, Johnnie 0.052, Sidney "
    "0.052, Byron 0.052, Julian 0.052, Isaac 0.051, Morris 0.051, Clifton 0.050, Willard 0.050, "
    "Daryl 0.050, Ross 0.050, Virgil 0.049, Andy 0.049, Marshall 0.049, Salvador 0.049, Perry "
    "0.049, Kirk 0.049, Sergio 0.049, Marion 0.048, Tracy 0.048, Seth 0.048, Kent 0.048, Terrance "
    "0.048, Rene 0.048, Eduardo 0.047, Terrence 0.047, Enrique 0.046, Freddie 0.046, Wade 0.045, "
    "Austin 0.044, Stuart 0.044, Fredrick 0.043, Arturo 0.043, Alejandro 0.043, Jackie 0.043, Joey "
    "0.043, Nick 0.043, Luther 0.043, Wendell 0.042, Jeremiah 0.042, Evan 0.042, Julius 0.042, Dana "
    "0.042, Donnie 0.041, Otis 0.041, Shannon 0.040, Trevor 0.040, Oliver 0.040, Luke 0.040, Homer "
    "0.040, Gerard 0.040, Doug 0.040, Kenny 0.039, Hubert 0.039, Angelo 0.039, Shaun 0.039, Lyle "
    "0.038, Matt 0.038, Lynn 0.038, Alfonso 0.038, Orlando 0.037, Rex 0.037, Carlton 0.037, Ernesto "
    "0.037, Cameron 0.037, Neal 0.037, Pablo 0.036, Lorenzo 0.036, Omar 0.036, Wilbur 0.036, Blake "
    "0.036, Grant 0.036, Horace 0.036, Roderick 0.036, Kerry 0.036, Abraham 0.035, Willis 0.035, "
    "Rickey 0.035, Jean 0.035, Ira 0.035, Andres 0.034, Cesar 0.034, Johnathan 0.034, Malcolm "
    "0.034, Rudolph 0.034, Damon 0.034, Kelvin 0.034, Rudy 0.034, Preston 0.034, Alton 0.033, "
    "Archie 0.033, Marco 0.033, Wm 0.033, Pete 0.032, Randolph 0.032, Garry 0.032, Geoffrey 0.032, "
    "Jonathon 0.032, Felipe 0.032, Bennie 0.032, Gerardo 0.032, Ed 0.032, Dominic 0.032, Robin "
    "0.032, Loren 0.032, Delbert 0.031, Colin 0.031, Guillermo 0.031, Earnest 0.031, Lucas 0.031, "
    "Benny 0.030, Noel 0.030, Spencer 0.030, Rodolfo 0.030, Myron 0.030, Edmund 0.030, Garrett "
    "0.029, Salvatore 0.029, Cedric 0.029, Lowell 0.029, Gregg 0.029, Sherman 0.028, Wilson 0.028, "
    "Devin 0.028, Sylvester 0.028, Kim 0.028, Roosevelt 0.028, Israel 0.028, Jermaine 0.028, "
    "Forrest 0.027, Wilbert 0.027, Leland 0.027, Simon 0.026, Guadalupe 0.026, Clark 0.026, Irving "
    "0.026, Carroll 0.026, Bryant 0.026, Owen 0.026, Rufus 0.025, Woodrow 0.025, Sammy 0.025, "
    "Kristopher 0.025, Mack 0.025, Levi 0.025, Marcos 0.025, Gustavo 0.025, Jake 0.025, Lionel "
    "0.024 "
)
US_S_TEXT = (
    "Smith 1.006, Johnson 0.810, Williams 0.699, Jones 0.621, Brown 0.621, Davis 0.480, Miller "
    "0.424, Wilson 0.339, Moore 0.312, Taylor 0.311, Anderson 0.311, Thomas 0.311, Jackson 0.310, "
    "White 0.279, Harris 0.275, Martin 0.273, Thompson 0.269, Garcia 0.254, Martinez 0.234, "
    "Robinson 0.233, Clark 0.231, Rodriguez 0.229, Lewis 0.226, Lee 0.220, Walker 0.219, Hall "
    "0.200, Allen 0.199, Young 0.193, Hernandez 0.192, King 0.190, Wright 0.189, Lopez 0.187, Hill "
    "0.187, Scott 0.185, Green 0.183, Adams 0.174, Baker 0.171, Gonzalez 0.166, Nelson 0.162, "
    "Carter 0.162, Mitchell 0.160, Perez 0.155, Roberts 0.153, Turner 0.152, Phillips 0.149, "
    "Campbell 0.149, Parker 0.146, Evans 0.141, Edwards 0.137, Collins 0.134, Stewart 0.133, "
    "Sanchez 0.130, Morris 0.125, Rogers 0.123, Reed 0.122, Cook 0.120, Morgan 0.118, Bell 0.117, "
    "Murphy 0.117, Bailey 0.115, Rivera 0.113, Cooper 0.113, Richardson 0.112, Cox 0.110, Howard "
    "0.110, Ward 0.108, Torres 0.108, Peterson 0.107, Gray 0.106, Ramirez 0.105, James 0.105, "
    "Watson 0.103, Brooks 0.103, Kelly 0.102, Sanders 0.100, Price 0.099, Bennett 0.099, Wood "
    "0.098, Barnes 0.097, Ross 0.096, Henderson 0.095, Coleman 0.095, Jenkins 0.095, Perry 0.094, "
    "Powell 0.093, Long 0.092, Patterson 0.092, Hughes 0.092, Flores 0.092, Washington 0.092, "
    "Butler 0.091, Simmons 0.091, Foster 0.091, Gonzales 0.087, Bryant 0.087, Alexander 0.085, "
    "Russell 0.085, Griffin 0.084, Diaz 0.084, Hayes 0.083, Myers 0.083, Ford 0.082, Hamilton "
    "0.082, Graham 0.082, Sullivan 0.081, Wallace 0.081, Woods 0.080, Cole 0.080, West 0.080, "
    "Jordan 0.078, Owens 0.078, Reynolds 0.078, Fisher 0.077, Ellis 0.077, Harrison 0.076, Gibson "
    "0.075, McDonald 0.075, Cruz 0.075, Marshall 0.075, Ortiz 0.075, Gomez 0.075, Murray 0.074, "
    "Freeman 0.074, Wells 0.073, Webb 0.072, Simpson 0.070, Stevens 0.070, Tucker 0.070, Porter "
    "0.069, Hunter 0.069, Hicks 0.069, Crawford 0.068, Henry 0.068, Boyd 0.068, Mason 0.068, "
    "Morales 0.067, Kennedy 0.067, Warren 0.067, Dixon 0.066, Ramos 0.066, Reyes 0.066, Burns "
    "0.065, Gordon 0.065, Shaw 0.065, Holmes 0.065, Rice 0.064, Robertson 0.064, Hunt 0.063, Black "
    "0.063, Daniels 0.062, Palmer 0.062, Mills 0.061, Nichols 0.060, Grant 0.060, Knight 0.060, "
    "Ferguson 0.059, Rose 0.059, Stone 0.059, Hawkins 0.059, Dunn 0.058, Perkins 0.058, Hudson "
    "0.058, Spencer 0.057, Gardner 0.057, Stephens 0.057, Payne 0.057, Pierce 0.056, Berry 0.056, "
    "Matthews 0.056, Arnold 0.056, Wagner 0.055, Willis 0.055, Ray 0.055, Watkins 0.055, Olson "
    "0.055, Carroll 0.055, Duncan 0.055, Snyder 0.055, Hart 0.054, Cunningham 0.054, Bradley 0.054, "
    "Lane 0.054, Andrews 0.054, Ruiz 0.054, Harper 0.054, Fox 0.053, Riley 0.053, Armstrong 0.053, "
    "Carpenter 0.053, Weaver 0.053, Greene 0.053, Lawrence 0.052, Elliott 0.052, Chavez 0.052, Sims "
    "0.052, Austin 0.052, Peters 0.052, Kelley 0.052, Franklin 0.051, Lawson 0.051, Fields 0.051, "
    "Gutierrez 0.051, Ryan 0.051, Schmidt 0.051, Carr 0.051, Vasquez 0.051, Castillo 0.051, Wheeler "
    "0.051, Chapman 0.050, Oliver 0.050, Montgomery 0.049, Richards 0.049, Williamson 0.049, "
    "Johnston 0.049, Banks 0.048, Meyer 0.048, Bishop 0.048, McCoy 0.048, Howell 0.048, Alvarez "
    "0.048, Morrison 0.048, Hansen 0.047, Fernandez 0.047, Garza 0.047, Harvey 0.047, Little 0.046, "
    "Burton 0.046, Stanley 0.046, Nguyen 0.046, George 0.046, Jacobs 0.046, Reid 0.046, Kim 0.045, "
    "Fuller 0.045, Lynch 0.045, Dean 0.045, Gilbert 0.045, Garrett 0.045, Romero 0.045, Welch "
    "0.044, Larson 0.044, Frazier 0.044, Burke 0.044, Hanson 0.043, Day 0.043, Mendoza 0.043, "
    "Moreno 0.043, Bowman 0.043, Medina 0.042, Fowler 0.042, Brewer 0.042, Hoffman 0.042, Carlson "
    "0.042, Silva 0.042, Pearson 0.042, Holland 0.042, Douglas 0.041, Fleming 0.041, Jensen 0.041, "
    "Vargas 0.041, Byrd 0.041, Davidson 0.041, Hopkins 0.041, May 0.040, Terry 0.040, Herrera "
    "0.040, Wade 0.040, Soto 0.040, Walters 0.040, Curtis 0.040, Neal 0.039, Caldwell 0.039, Lowe "
    "0.039, Jennings 0.039, Barnett 0.039, Graves 0.039, Jimenez 0.039, Horton 0.039, Shelton "
    "0.039, Barrett 0.039, Obrien 0.039, Castro 0.039, Sutton 0.038, Gregory 0.038, McKinney 0.038, "
    "Lucas 0.038, Miles 0.038, Craig 0.038, Rodriquez 0.037, Chambers 0.037, Holt 0.037, Lambert "
    "0.037, Fletcher 0.037, Watts 0.037, Bates 0.037, Hale 0.037, Rhodes 0.037, Pena 0.037, Beck "
    "0.037, Newman 0.036, Haynes 0.036, McDaniel 0.036, Mendez 0.036, Bush 0.036, Vaughn 0.036, "
    "Parks 0.035, Dawson 0.035, Santiago 0.035, Norris 0.035, Hardy 0.035, Love 0.035, Steele "
    "0.035, Curry 0.035, Powers 0.035, Schultz 0.035, Barker 0.035, Guzman 0.034, Page 0.034, Munoz "
    "0.034, Ball 0.034, Keller 0.034, Chandler 0.034, Weber 0.034, Leonard 0.034, Walsh 0.033, "
    "Lyons 0.033, Ramsey 0.033, Wolfe 0.033, Schneider 0.033, Mullins 0.033, Benson 0.033, Sharp "
    "0.033, Bowen 0.033, Daniel 0.033, Barber 0.032, Cummings 0.032, Hines 0.032, Baldwin 0.032, "
    "Griffith 0.032, Valdez 0.032, Hubbard 0.032, Salazar 0.032, Reeves 0.032, Warner 0.031, "
    "Stevenson 0.031, Burgess 0.031, Santos 0.031, Tate 0.031, Cross 0.031, Garner 0.031, Mann "
    "0.031, Mack 0.031, Moss 0.031, Thornton 0.031, Dennis 0.031, McGee 0.031, Farmer 0.030, "
    "Delgado 0.030, Aguilar 0.030, Vega 0.030, Glover 0.030, Manning 0.030, Cohen 0.030, Harmon "
    "0.030, Rodgers 0.030, Robbins 0.030, Newton 0.030, Todd 0.030, Blair 0.030, Higgins 0.030, "
    "Ingram 0.030, Reese 0.030, Cannon 0.030, Strickland 0.030, Townsend 0.030, Potter 0.030, "
    "Goodwin 0.030, Walton 0.030, Rowe 0.029, Hampton 0.029, Ortega 0.029, Patton 0.029, Swanson "
    "0.029, Joseph 0.029, Francis 0.029, Goodman 0.029, Maldonado 0.029, Yates 0.029, Becker 0.029, "
    "Erickson 0.029, Hodges 0.029, Rios 0.029, Conner 0.029, Adkins 0.029, Webster 0.028, Norman "
    "0.028, Malone 0.028, Hammond 0.028, Flowers 0.028, Cobb 0.028, Moody 0.028, Quinn 0.028, Blake "
    "0.028, Maxwell 0.028, Pope 0.028, Floyd 0.027, Osborne 0.027, Paul 0.027, McCarthy 0.027, "
    "Guerrero 0.027, Lindsey 0.027, Estrada 0.027, Sandoval 0.027, Gibbs 0.027, Tyler 0.027, Gross "
    "0.027, Fitzgerald 0.027, Stokes 0.027, Doyle 0.027, Sherman 0.027, Saunders 0.027, Wise 0.027, "
    "Colon 0.027, Gill 0.027, Alvarado 0.027, Greer 0.026, Padilla 0.026, Simon 0.026, Waters "
    "0.026, Nunez 0.026, Ballard 0.026, Schwartz 0.026, McBride 0.026, Houston 0.026, Christensen "
    "0.026, Klein 0.026, Pratt 0.026, Briggs 0.026, Parsons 0.026, McLaughlin 0.026, Zimmerman "
    "0.026, French 0.026, Buchanan 0.026, Moran 0.026, Copeland 0.025, Roy 0.025, Pittman 0.025, "
    "Brady 0.025, McCormick 0.025, Holloway 0.025, Brock 0.025, Poole 0.025, Frank 0.025, Logan "
    "0.025, Owen 0.025, Bass 0.025, Marsh 0.025, Drake 0.025, Wong 0.025, Jefferson 0.025, Park "
    "0.025, Morton 0.025, Abbott 0.025, Sparks 0.025, Patrick 0.024, Norton 0.024, Huff 0.024, "
    "Clayton 0.024, Massey 0.024, Lloyd 0.024, Figueroa 0.024, Carson 0.024, Bowers 0.024, Roberson "
    "0.024, Barton 0.024, Tran 0.024, Lamb 0.024, Harrington 0.024, Casey 0.024, Boone 0.024 "
)
US_F = census(US_F_TEXT)
US_M = census(US_M_TEXT)
US_S = census(US_S_TEXT)
# fmt: on

ORIGINS: dict[str, Origin] = {
    "swedish": Origin(SV_F, SV_M, SV_S),
    "us": Origin(US_F, US_M, US_S),
    "uk": Origin(UK_F, UK_M, UK_S),
    "finnish": FINNISH,
    "arabic": ARABIC,
    "assyrian": ASSYRIAN,
    "somali": SOMALI,
    "persian": PERSIAN,
    "kurdish": KURDISH,
    "turkish": TURKISH,
    "bcs": BCS,
    "polish": POLISH,
    "eritrean": ERITREAN,
    "afghan": AFGHAN,
    "thai": THAI,
    "chinese": CHINESE,
    "indian": INDIAN,
    "latin": LATIN,
    "romanian": ROMANIAN,
    "dutch_german": DUTCH_GERMAN,
    "french": FRENCH,
}

# Who is named, by the language of the row: roughly Sweden's population in Swedish text (with
# the faith communities and associations of the genres), the US and the UK in English text.
MIXES: dict[str, dict[str, float]] = {
    "sv": {
        "swedish": 66, "finnish": 4, "arabic": 5.5, "assyrian": 1.5, "somali": 2.2, "persian": 2.5, "kurdish": 1.6,
        "turkish": 1.5, "bcs": 2.5, "polish": 2.6, "eritrean": 1.4, "afghan": 1.8, "thai": 0.9,
        "chinese": 0.8, "indian": 1.0, "latin": 1.2, "romanian": 0.9, "dutch_german": 0.8,
        "french": 0.3, "us": 0.4, "uk": 0.5,
    },
    "en": {
        "us": 36, "uk": 36, "swedish": 7, "indian": 5, "arabic": 2, "assyrian": 0.3, "polish": 2, "latin": 2,
        "chinese": 1.8, "somali": 1, "eritrean": 1, "french": 1, "dutch_german": 1.5, "romanian": 1,
        "persian": 1, "turkish": 0.6, "finnish": 0.6, "afghan": 0.5,
    },
    "mixed": {
        "swedish": 50, "us": 9, "uk": 9, "arabic": 4.5, "assyrian": 1, "finnish": 3, "polish": 3, "bcs": 2,
        "persian": 2, "somali": 2, "indian": 2.5, "kurdish": 1.5, "turkish": 1.5, "eritrean": 1.5,
        "afghan": 1.5, "thai": 1, "chinese": 1, "latin": 1.5, "romanian": 1, "dutch_german": 1,
        "french": 0.5,
    },
}  # fmt: skip

# Short forms people are called by, per naming tradition (`Kalle`, `Lasse`, `Bettan`, `Liz`).
_NICK_SV = {
    "Karl": ["Kalle"], "Lars": ["Lasse"], "Per": ["Pelle", "Perra"], "Jan": ["Janne"],
    "Mikael": ["Micke"], "Joakim": ["Jocke"], "Bo": ["Bosse"], "Nils": ["Nisse"], "Hans": ["Hasse"],
    "Thomas": ["Tompa"], "Magnus": ["Mange"], "Christer": ["Kicke"], "Kjell": ["Kjelle"],
    "Peter": ["Peppe"], "Fredrik": ["Fredde"], "Gustav": ["Gurra", "Gus"], "Marcus": ["Mackan"],
    "Daniel": ["Danne"], "Robert": ["Robban"], "Stefan": ["Steffe"], "Kristoffer": ["Kricke"],
    "Alexander": ["Alex"], "Oskar": ["Ogge"], "Sebastian": ["Sebbe"], "Viktor": ["Vicke"],
    "Tobias": ["Tobbe"], "Henrik": ["Henke"], "Mattias": ["Matte"], "Rickard": ["Ricke"],
    "Lennart": ["Lelle"], "Leif": ["Leffe"], "Roger": ["Roffe"], "Rolf": ["Roffe"],
    "Jörgen": ["Jögge"], "Sven": ["Svenne"], "Ulf": ["Uffe"], "Olof": ["Olle"], "Johan": ["Jojje"],
    "Torbjörn": ["Tobbe"], "Göran": ["Göte"], "Patrik": ["Patte"], "Kenneth": ["Kenta"],
    "Elisabeth": ["Lisa", "Bettan", "Lisbeth"], "Margareta": ["Maggan", "Greta"],
    "Katarina": ["Kajsa", "Kattis"], "Kristina": ["Kicki", "Stina", "Tina"], "Charlotte": ["Lotta"],
    "Susanne": ["Sussie", "Sanna"], "Birgitta": ["Gittan", "Bittan"], "Josefin": ["Jossan"],
    "Madeleine": ["Madde"], "Cecilia": ["Cissi"], "Gunilla": ["Nilla"], "Maria": ["Mia", "Maja"],
    "Louise": ["Lollo"], "Therese": ["Tessan"], "Sofia": ["Fia"], "Matilda": ["Tilda"],
    "Camilla": ["Millan"], "Viktoria": ["Vickan"], "Caroline": ["Carro"], "Rebecka": ["Becka"],
    "Alexandra": ["Alex"], "Annika": ["Anki"], "Ingrid": ["Ninni"], "Barbro": ["Babsan"],
}  # fmt: skip
_NICK_EN = {
    "William": ["Will", "Bill"], "Robert": ["Rob", "Bob"], "Richard": ["Rick", "Dick"],
    "James": ["Jim", "Jimmy"], "John": ["Johnny", "Jack"], "Michael": ["Mike", "Mick"],
    "Thomas": ["Tom"], "Elizabeth": ["Liz", "Beth", "Betty"], "Margaret": ["Maggie", "Peggy"],
    "Jennifer": ["Jen", "Jenny"], "Catherine": ["Kate", "Cathy"], "Katherine": ["Kate", "Katie"],
    "Susan": ["Sue"], "Patricia": ["Pat", "Trish"], "Christopher": ["Chris"], "David": ["Dave"],
    "Stephen": ["Steve"], "Steven": ["Steve"], "Anthony": ["Tony"], "Andrew": ["Andy", "Drew"],
    "Daniel": ["Dan", "Danny"], "Matthew": ["Matt"], "Joseph": ["Joe"], "Charles": ["Charlie", "Chuck"],
    "Edward": ["Ed", "Ted"], "Nicholas": ["Nick"], "Samuel": ["Sam"], "Benjamin": ["Ben"],
    "Alexander": ["Alex"], "Deborah": ["Debbie", "Deb"], "Rebecca": ["Becky"], "Samantha": ["Sam"],
    "Victoria": ["Vicky"], "Jacqueline": ["Jackie"], "Christine": ["Chris"], "Barbara": ["Barb"],
    "Kimberly": ["Kim"], "Pamela": ["Pam"], "Dorothy": ["Dot"], "Gillian": ["Gill"],
    "Alison": ["Ali"], "Nicola": ["Nicky"], "Amanda": ["Mandy"], "Philip": ["Phil"],
    "Timothy": ["Tim"], "Kenneth": ["Ken"], "Donald": ["Don"], "Ronald": ["Ron"], "Gerald": ["Gerry"],
    "Raymond": ["Ray"], "Lawrence": ["Larry"], "Frederick": ["Fred"], "Jonathan": ["Jon"],
    "Geoffrey": ["Geoff"], "Terence": ["Terry"], "Patrick": ["Paddy", "Pat"],
}  # fmt: skip
NICKNAMES: dict[str, dict[str, list[str]]] = {
    "swedish": _NICK_SV, "us": _NICK_EN, "uk": _NICK_EN,
    "arabic": {"Mohammed": ["Mo", "Hamoudi"], "Abdullah": ["Abdi"], "Mustafa": ["Memo"]},
    "somali": {"Mohamed": ["Mo"], "Abdirahman": ["Abdi"], "Abdullahi": ["Abdi"]},
    "finnish": {"Juhani": ["Jussi"], "Matti": ["Masa"]},
    "bcs": {"Aleksandar": ["Saša"], "Emina": ["Emi"]},
    "polish": {"Małgorzata": ["Gosia"], "Katarzyna": ["Kasia"], "Aleksandra": ["Ola"], "Stanisław": ["Staszek"]},
    "latin": {"Francisco": ["Pancho"], "José": ["Pepe"], "Francisca": ["Pancha"]},
    "persian": {"Mohammad": ["Mamad"]},
}  # fmt: skip
