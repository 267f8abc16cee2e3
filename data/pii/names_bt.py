# ruff: noqa: E501
"""Name pools of held-out bt (the fifty-first writer): names as the population has them.

Python data only. Every pool is ordered by how often people carry the name and weighted so:
Swedish given names and surnames in the order of SCB's name statistics (written from general
knowledge, weight 1/rank, head the top 150, tail the rarer names after them); the US Census 1990
lists (public domain: `dist.female.first`, `dist.male.first`, `dist.all.last` as the `names`
package ships them, the census's per cent as weight); UK given names in the order of the ONS
baby-name rankings over the decades and the commonest surnames of England and Wales (1/rank);
and the commonest given names and surnames of origins common in Sweden (1/rank). No name was
checked against any list of the project, and none was left out for being known or unknown.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from a list's head with this probability, else its tail


@dataclass(frozen=True)
class Pool:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int  # names[:head] is the head, names[head:] the tail


def ranked(text: str, head: int = 150) -> Pool:
    """A pool from names in rank order (comma-separated), weight 1/rank; duplicates dropped."""
    names: list[str] = []
    for raw in text.replace("\n", ",").split(","):
        name = raw.strip()
        if name and name not in names:
            names.append(name)
    return Pool(tuple(names), tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names) * 2 // 5 if len(names) < 60 else head))


def weighted(rows: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    return Pool(tuple(n for n, _ in rows), tuple(w for _, w in rows), head)


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


PLAIN = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ı": "i", "đ": "dj", "Đ": "Dj", "ß": "ss", "æ": "ae"})


def plain(word: str) -> str:
    """A name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Hodžić` -> `Hodzic`."""
    word = word.translate(PLAIN)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def feminine(word: str) -> str:
    """A Polish surname as a woman carries it: `Kowalski` -> `Kowalska`."""
    for end, fem in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if word.endswith(end):
            return word[: -len(end)] + fem
    return word


# --- Sweden: SCB's order (all residents), written from general knowledge -------------------------
SV_F = ranked("""
Anna, Eva, Maria, Karin, Sara, Christina, Lena, Emma, Kerstin, Marie, Malin, Ingrid, Hanna,
Linda, Elin, Sofia, Birgitta, Johanna, Ida, Susanne, Julia, Elisabeth, Annika, Inger, Monica,
Ulla, Camilla, Jenny, Margareta, Helena, Sandra, Amanda, Anneli, Carina, Louise, Gunilla,
Ebba, Åsa, Ingela, Matilda, Ann, Therese, Moa, Lisa, Agneta, Frida, Caroline, Maja, Alice,
Katarina, Jessica, Gun, Helen, Elsa, Madeleine, Cecilia, Ulrika, Ellen, Emelie, Barbro, Alva,
Josefin, Lovisa, Mikaela, Britt, Siv, Klara, Wilma, Pia, Sanna, Irene, Marianne, Gunnel,
Ingegerd, Charlotte, Viktoria, Sofie, Anette, Astrid, Maja-Lena, Eva-Lena, Elisabet, Kristina,
Annelie, Yvonne, Lina, Nathalie, Felicia, Linnea, Stina, Ella, Maj, Ingeborg, Karolina,
Marina, Jennie, Ronja, Vera, Ester, Selma, Alicia, Tilda, Nora, Saga, Agnes, Signe, Elvira,
Lilly, Freja, Wilhelmina, Sigrid, Greta, Elina, Isabelle, Tove, Mona, Rebecka, Erika, Petra,
Lotta, Veronica, Heléne, Birgit, Eivor, Ingalill, Solveig, Gunvor, Margit, Majvor, Ruth,
Märta, Dagmar, Asta, Elsie, Gerd, Gertrud, Ann-Christin, Ann-Marie, Anna-Karin, Ann-Sofie,
Jeanette, Emilia, Tuva, Minna, Tyra, Mira, Juni, Ines, Liv, Stella, Edith, Meja, Hedvig, Livia,
Emilie, Elise, Filippa, Hilda, Majken, Molly, Nellie, Leah, Hillevi, Ylva, Kajsa, Katja, Jonna,
Mathilda, Evelina, Cornelia, Tindra, Thea, Vilma, Elvina, Clara, Olivia, Alma, Esther, Iris,
Sally, Lova, Leia, Bianca, Tova, Ingrid-Marie, Berit, Britta, Gunhild, Viola, Rut,
Barbara, Irma, Laila, Lillemor, Kristin, Anita, Annette, Carin, Christin, Gudrun, Harriet,
Inga, Ingegärd, Irja, Kicki, Lise-Lott, Lisbeth, Majlis, Maud, Mia, Nina, Pernilla, Ragnhild,
Rose-Marie, Sonja, Sylvia, Tina, Ulla-Britt, Vivianne, Agnetha, Ethel, Svea, Tora,
Vanja, Yasmin, Fatima, Maryam, Amina, Noor, Aisha, Zahra, Hawa, Sahra, Hodan, Nour, Leyla,
Dalia, Rania, Mariam, Zeynep, Elif, Sofija, Natalia, Anastasia, Olga, Tatiana, Irina, Milena,
Jelena, Jasmina, Amra, Aida, Alina, Ayla, Hiba, Hajar, Rim, Ilona, Paulina, Magdalena,
Malva, Lykke, Ellie, Novalie, Nova, Luna, Siri, Hedda, Ingeli, Vendela, Majsan, Meya, Elna,
Idun, Oda, Runa, Solvig, Tekla, Ottilia, Augusta, Henny, Hulda, Alfhild, Amalia, Anni, Aurora,
Beatrice, Bodil, Catrin, Charlotta, Chatrine, Cajsa, Doris, Elly, Emmy, Eleonora, Elinor,
Fanny, Frideborg, Gisela, Gull-Britt, Hannele, Helga, Henrietta, Ilse, Isa, Jane, Jill, Joanna,
Josefina, Judit, Kaisa, Karoline, Katrin, Kim, Lea, Lill, Lill-Britt, Linn, Lisette, Louisa,
Lucia, Madelene, Magda, Malou, Marit, Marita, Marléne, Mimmi, Nanna, Nelly, Nicole,
Noomi, Ofelia, Paula, Rakel, Rigmor, Rosa, Rosita, Sanja, Sara-Lena, Sigbritt, Susann, Tekla,
Theresia, Tilde, Ulrica, Valborg, Veronika, Viveka, Wera, Åsa-Lena, Elsy, Ingvor, Aina, Alexandra, Angelica, Ann-Louise, Annie, Bella, Betty, Britt-Marie,
Cecilie, Dagny, Elena, Elisa, Ellinor, Emy, Evy, Gunborg, Hanne, Helén, Jessika,
Linnéa, Lisen, Lovis, Maj-Britt, Margaretha,
Marielle, Marléne, My, Nadja, Sissela, Tanja, Therése, Vivi
""")
SV_M = ranked("""
Lars, Mikael, Anders, Johan, Erik, Per, Karl, Peter, Jan, Thomas, Daniel, Fredrik, Hans,
Andreas, Stefan, Mohammed, Bengt, Mats, Magnus, Sven, Bo, Jonas, Nils, Alexander, Marcus,
Oskar, Leif, Göran, Björn, Ulf, Martin, Henrik, Patrik, Viktor, Simon, Kjell, Christer, Emil,
Rolf, Gustav, Filip, William, David, Lucas, Anton, Axel, Tommy, Roger, Robert, Sebastian,
Christian, Åke, Joakim, Rickard, Niklas, Olof, Kent, Jonathan, Gunnar, Elias, Stig, Lennart,
Tobias, Mattias, Oliver, Hugo, Adam, Håkan, Roland, Jakob, Isak, Liam, Kenneth, Jesper,
Kristoffer, Dan, Robin, Linus, Ali, Ahmed, Claes, Tomas, Ingemar, Arne, Rasmus, Jimmy, Theo,
Pontus, Albin, Gösta, Noah, Ludvig, Alf, Kurt, Ove, Jörgen, Olle, Arvid, Samuel, Love, Melvin,
Sixten, Harry, Vincent, Leo, Elliot, Hampus, Dennis, Conny, Pär, Torbjörn, Bertil, Sune,
Folke, Lennie, Valter, Edvin, Wilhelm, Carl, Karl-Johan, Per-Olof, Lars-Erik, Jan-Erik,
Göte, Rune, Ronny, Kim, Johnny, Jens, Carl-Johan, Tord, Urban, Ola, Magnus, Ebbe, Melker,
Otto, Frans, Alvin, Algot, Colin, Milo, Malte, Ivar, Loke, Vilgot, Charlie, Nicklas, Mohamed,
Muhammad, Hassan, Hussein, Omar, Abdullahi, Yusuf, Ibrahim, Mustafa, Khaled, Amir, Reza,
Mehmet, Emir, Adnan, Piotr, Tomasz, Krzysztof, Matti, Juhani, Jukka, Dragan, Zoran, Goran,
Sigge, Ture, Tage, Gillis, Helge, Holger, Einar, Birger, Bror, Evert, Gunder, Harald, Ingvar,
Kenth, Lage, Ragnar, Sten, Sture, Yngve, Bengt-Göran, Lars-Göran, Hans-Åke,
Per-Anders, Sven-Erik, Nils-Erik, Karl-Erik, Jan-Olof, Lars-Olof, Sven-Olof, Per-Erik, Tor,
Arvid, Börje, Egon, Elof, Erland, Evald, Fritiof, Georg, Gerhard, Greger, Hjalmar, Hilding,
Ingmar, Isidor, Jarl, Joel, Josef, Julius, Kalle, Kasper, Konrad, Lukas, Manfred, Max, Morgan,
Nisse, Noel, Nore, Oscar, Otto, Patric, Paul, Petter, Rikard, Roine, Rudolf, Sam, Staffan,
Sverker, Teodor, Tim, Ted, Thor, Torsten, Ulrik, Valdemar, Vidar, Viggo, Waldemar, Wille, Åsmund,
Östen, Alfred, Alfons, August, Benjamin, Casper, Bill, Douglas, Eddie, Eskil, Enok, Frank,
Gabriel, Glenn, Gustaf, Henry, Herbert, Ingo, Ismail, Jack, Janne, Justus, Kevin,
Krister, Leon, Levi, Loui, Marco, Matteus, Mio, Neo, Nemo, Nikola, Oliwer, Ossian, Pelle,
Ruben, Sakarias, Selim, Sigurd, Svante, Sören, Tommie, Torgny, Uno, Vide, Wiktor,
Yasin, Zakaria, Abbas, Ahmad, Alan, Anwar, Armin, Aron, Ashkan, Baran, Bilal, Dawit, Edin,
Elvir, Fadi, Farhad, Haris, Hamza, Hasan, Ivan, Jamal, Kamil, Karim, Kawa, Liban, Majid, Marko,
Milan, Mirza, Nenad, Samir, Senad, Tariq, Yonas, Zlatan, Emre, Mahmoud, Osman, Said, Yousef,
Abdi, Adil, Arash, Babak, Dariush, Hamid, Kaveh, Mehdi, Omid, Navid, Saeed, Ville, Pekka, Antti,
Adolf, Arnold, Artur, Assar, Bernt, Carlos, Christopher, Dag, Elis,
Ferdinand, Fabian, Gunne, Harri, Hannes, Hadar, Ingolf, Jerker, Jon, Kristian, Lars-Åke, Leander,
Lorentz, Magne, Mårten, Nicolai, Odd, Orvar, Otis, Pierre, Rafael, Rutger, Seth, Sigvard,
Sölve, Tryggve, Tuve, Vilhelm, Wilmer, Åsbjörn, Osvald
""")
SV_S = ranked("""
Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson,
Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson,
Magnusson, Olofsson, Lindström, Lindqvist, Lindgren, Berg, Axelsson, Bergström, Lundberg, Lind,
Lundgren, Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Forsberg, Sjöberg,
Ali, Wallin, Mohammed, Engström, Eklund, Danielsson, Lundin, Håkansson, Björk, Bergman,
Gunnarsson, Holm, Wikström, Samuelsson, Isaksson, Fransson, Bergqvist, Nyström, Holmberg,
Arvidsson, Löfgren, Söderberg, Nyberg, Blomqvist, Claesson, Nordström, Ahmed, Mårtensson,
Lundström, Hassan, Viklund, Björklund, Eliasson, Pålsson, Berggren, Sandström, Lund, Nordin,
Ström, Åberg, Hermansson, Ekström, Holmgren, Sundberg, Hedlund, Dahlberg, Hellström, Sjögren,
Abrahamsson, Falk, Martinsson, Öberg, Andreasson, Strömberg, Månsson, Hansen, Åkesson, Dahl,
Lindholm, Norberg, Holmqvist, Sundström, Ek, Nordqvist, Jensen, Lindahl, Blom, Hussein,
Sjöström, Englund, Söderström, Ekman, Berglöf, Åström, Lindblom, Nordlund,
Hedberg, Johnsson, Lindell, Lundell, Borg, Mohamed, Strand, Sundqvist, Ekberg, Hallberg,
Jakobsen, Wallgren, Nyman, Göransson, Backman, Nordgren, Lindkvist, Lundkvist, Sundin, Forslund,
Malmberg, Löfstedt, Westerberg, Sjödin, Omar, Wiklund, Boström, Kristiansson, Bäckström, Ivarsson,
Andersen, Abdi, Ibrahim, Palm, Roos, Fors, Kristensson, Thorén, Åkerlund, Ahlberg,
Edlund, Lindén, Hammar, Sandin, Öhman, Nylund, Rosén, Mattila, Kallio, Lehtonen,
Korhonen, Virtanen, Nieminen, Yilmaz, Kaya, Nowak, Kowalski, Hodžić, Petrović, Jovanović,
Mohammadi, Hosseini, Rahimi, Karimi, Farah, Warsame, Yusuf, Osman, Tesfay, Haile, Khalil,
Haddad, Saleh, Shamoun, Gabriel, Issa, Younis, Aziz, Hamid, Mahmoud, Rashid, Barzani, Nguyen,
Lundmark, Burman, Stenberg, Granberg, Hägglund, Marklund, Öhlund, Nordmark, Lidén, Brännström,
Sandgren, Widén, Westman, Wahlström, Lindroth, Karlström, Rydberg, Hedström, Näslund, Ahlström,
Edström, Lilja, Söder, Sjölund, Skoglund, Åslund, Hultgren, Ljung, Ljungberg,
Ljunggren, Ahlgren, Almqvist, Bergkvist, Blomberg, Carlsson, Dahlgren, Dahlström, Engberg, Enström, Fagerström, Forsgren, Frisk, Grahn, Granström, Gren, Hagberg,
Hagström, Hall, Hellberg, Hedman, Holmström, Hjelm, Isberg, Jacobson, Jernberg, Kjellberg,
Kvist, Lagerqvist, Lagerström, Lindmark, Lindvall, Lundh, Löfberg, Malm, Melin,
Moberg, Modin, Norén, Nord, Norling, Nygren, Nyqvist, Olander, Orrgren, Qvist, Rask, Ringström, Rydén, Rönnberg, Sahlin, Selin, Sjöblom, Stark, Sten, Strid, Sund,
Svärd, Tall, Thelin, Tidström, Unger, Vallin, Wennberg, Wester, Westin, Wikman, Zetterberg,
Åman, Öqvist, Östlund, Östman, von Platen, af Klercker, von Essen, De Geer, af Ugglas,
von Rosen, Lewenhaupt, Wachtmeister, Bonde, Stiernstedt, von Schwerin, af Wetterstedt,
Hamilton, Gyllenhaal, Leijonhufvud, Oxenstierna, Sparre, Natt och Dag, von Otter, af Petersens,
Bielke, Cederschiöld, Stackelberg, Ehrensvärd, Silfverschiöld, Tham, Rudbeck, Ankarcrona,
Nordenskiöld, Liljencrantz, Mannerheim, Uggla, Adelsköld, Posse, Trolle, Wrangel, Knutsson,
Bladh, Brodin, Fält, Gärdin, Hurtig, Jäger, Kåberg, Lövgren, Mörk, Prytz, Ryd,
Schön, Stål, Sörensson, Tengvall, Ulander, Vikström, Wass, Zackrisson, Åhlin, Öst, Forsell, Grönberg, Grönlund, Hagman, Heikkinen, Holmlund, Häggström,
Johannesson, Klingberg, Kronberg, Lundblad, Lundén, Löwenborg, Mellberg, Nordberg, Nylander,
Rehn, Risberg, Sandell, Skog, Strömqvist, Sundell, Svedberg, Sylvan, Thunberg,
Torstensson, Wall, Wallén, Westlund, Åkerman, Östberg, Ahmadi, Mustafa, Jama, Demir, Çelik
""")
# Hyphenated given names as Swedes carry them; about one given name in twenty is drawn from here.
SV_HYPHEN_F = ranked("Ann-Christin, Anna-Karin, Ann-Marie, Eva-Lena, Ann-Sofie, Anna-Lena, Marie-Louise, Ann-Charlotte, Britt-Marie, Maj-Britt, Ulla-Britt, Anna-Lisa, Lise-Lotte, Rose-Marie, Ann-Kristin, Eva-Karin, Anna-Maria, Mari-Anne, Ann-Britt, Lill-Marie")
SV_HYPHEN_M = ranked("Karl-Johan, Per-Olof, Lars-Erik, Jan-Erik, Carl-Johan, Lars-Göran, Per-Anders, Hans-Åke, Sven-Erik, Nils-Erik, Karl-Erik, Jan-Olof, Bengt-Göran, Lars-Olof, Per-Erik, Sven-Olof, Nils-Olof, Carl-Fredrik, Jan-Åke, Karl-Gustav, Per-Arne, Lars-Åke, Hans-Erik, Erik-Johan")

# --- Origins common in Sweden: their commonest names, 1/rank ------------------------------------
FINNISH = Origin(
    ranked("Maria, Helena, Johanna, Anneli, Kaarina, Marjatta, Anna, Liisa, Annikki, Hannele, Tuula, Päivi, Aino, Sari, Tiina, Pirjo, Minna, Riitta, Leena, Eeva, Satu, Sanna, Merja, Kirsi, Hanna, Sirpa, Marja, Ritva, Aila, Tarja, Outi, Kaisa"),
    ranked("Juhani, Johannes, Olavi, Antero, Tapani, Kalevi, Matti, Timo, Mikko, Kari, Jari, Pekka, Jukka, Antti, Markku, Heikki, Mika, Hannu, Seppo, Janne, Ville, Juha, Petri, Sami, Tuomas, Veikko, Esa, Risto, Raimo, Teemu, Aki, Jouni"),
    ranked("Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen, Hietala, Kallio, Peltonen, Väisänen, Hiltunen"),
)
ARABIC = Origin(  # Iraq and Syria, Assyrian/Syriac names among them
    ranked("Fatima, Maryam, Zainab, Sara, Noor, Aisha, Layla, Amina, Rana, Hiba, Huda, Yasmin, Rasha, Dalia, Lina, Hanan, Reem, Salma, Nadia, Rania, Samira, Mariam, Zahra, Ghada, Nour, Ninwa, Shamiram, Raghad, Shahad, Aya"),
    ranked("Mohammed, Ahmad, Ali, Hussein, Omar, Mustafa, Khaled, Hassan, Abdullah, Youssef, Ibrahim, Karim, Samir, Hamza, Mahmoud, Walid, Bilal, Jamal, Nabil, Fadi, Rami, Tariq, Salim, Amir, Ayman, Bassam, Ziad, Hadi, Majid, Adnan, Gabriel, Yakoub, Elias, Ninos, Sargon"),
    ranked("Ali, Mohammed, Hassan, Hussein, Ahmed, Abdullah, Ibrahim, Al-Hassan, Al-Ali, Khalil, Haddad, Saleh, Mahmoud, Jaber, Al-Saadi, Al-Jabouri, Kareem, Aziz, Yousef, Mansour, Nasser, Hamid, Younis, Al-Obaidi, Rashid, Sultan, Darwish, Al-Khatib, Shamoun, Gabriel, Issa, Yacoub, Toma, Barsoum, Chamoun"),
)
SOMALI = Origin(
    ranked("Hodan, Fadumo, Amina, Hawa, Sahra, Asha, Ifrah, Nimco, Hibaaq, Sagal, Ayan, Maryan, Hamdi, Khadra, Ubah, Deeqa, Fardowsa, Sucaad, Ikran, Muna"),
    ranked("Abdi, Mohamed, Ahmed, Abdirahman, Abdullahi, Hassan, Omar, Yusuf, Mahad, Liban, Hamza, Abdikarim, Said, Farah, Jama, Warsame, Guled, Bashir, Ismail, Nuur"),
    ranked("Mohamed, Ali, Abdi, Hassan, Ahmed, Omar, Farah, Osman, Yusuf, Ibrahim, Warsame, Jama, Hussein, Abdullahi, Nur, Aden, Isse, Dahir, Egal, Hersi, Mohamud, Abdirahman, Elmi, Gedi"),
)
POLISH = Origin(
    ranked("Anna, Maria, Katarzyna, Małgorzata, Agnieszka, Barbara, Ewa, Magdalena, Joanna, Aleksandra, Monika, Zofia, Krystyna, Beata, Dorota, Marta, Natalia, Karolina, Justyna, Paulina, Agata, Iwona, Wiktoria"),
    ranked("Piotr, Krzysztof, Tomasz, Andrzej, Paweł, Michał, Marcin, Jakub, Adam, Łukasz, Marek, Grzegorz, Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Jerzy, Kamil, Maciej, Rafał, Robert, Szymon"),
    ranked("Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Kwiatkowski, Krawczyk, Piotrowski, Grabowski, Nowakowski, Pawłowski, Michalski, Nowicki, Adamczyk, Dudek, Zając, Wieczorek, Jabłoński, Król, Majewski, Olszewski"),
)
PERSIAN = Origin(
    ranked("Maryam, Fatemeh, Zahra, Leila, Shirin, Parisa, Nasrin, Mina, Sara, Azadeh, Roya, Shadi, Neda, Golnaz, Niloufar, Mahsa, Elham, Samira, Setareh, Yasaman"),
    ranked("Mohammad, Ali, Reza, Hossein, Mehdi, Amir, Hamid, Saeed, Majid, Behrouz, Dariush, Kaveh, Farhad, Babak, Arash, Omid, Navid, Peyman, Kourosh, Shahram"),
    ranked("Mohammadi, Hosseini, Ahmadi, Rezaei, Karimi, Moradi, Hashemi, Rahimi, Jafari, Sadeghi, Ghorbani, Hosseinzadeh, Amini, Kazemi, Nazari, Tehrani, Shirazi, Farahani, Rostami, Abbasi, Salehi, Mousavi, Bagheri, Azizi"),
)
BCS = Origin(  # the former Yugoslavia: Bosnian, Croatian, Serbian
    ranked("Amra, Emina, Azra, Jasmina, Selma, Amela, Lejla, Mirela, Dragana, Jelena, Marija, Snežana, Vesna, Ivana, Ana, Mirjana, Sanja, Maja, Edina, Alma, Nermina, Sabina"),
    ranked("Amir, Emir, Adnan, Mirza, Haris, Dragan, Zoran, Milan, Goran, Nenad, Dejan, Nikola, Marko, Ivan, Stefan, Senad, Samir, Edin, Elvir, Jasmin, Damir, Mehmed"),
    ranked("Hodžić, Hadžić, Begić, Delić, Kovačević, Petrović, Jovanović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Babić, Horvat, Kovačić, Marić, Jurić, Mehmedović, Hasanović, Husić, Omerović, Alić, Šabić, Karić, Mujić, Halilović, Popović, Pavlović"),
)
TURKISH = Origin(
    ranked("Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Meryem, Şerife, Zehra, Sultan, Hülya, Esra, Merve, Özlem, Derya, Gül, Aylin, Ebru, Selin, Büşra"),
    ranked("Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Osman, Yusuf, Murat, Ömer, Ramazan, Halil, Süleyman, Emre, Burak, Kemal, Serkan, Cem"),
    ranked("Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Korkmaz, Erdoğan, Güneş"),
)
KURDISH = Origin(
    ranked("Shilan, Nazdar, Rojin, Berivan, Dilan, Avin, Hêvî, Zozan, Jiyan, Shirin, Nasrin, Gulistan, Leyla, Rezan, Viyan"),
    ranked("Azad, Rebwar, Karwan, Dilshad, Kawa, Hiwa, Baran, Shwan, Zana, Aram, Sherwan, Rizgar, Dara, Hawre, Serdar"),
    ranked("Ahmed, Mahmoud, Karim, Rashid, Aziz, Barzani, Zebari, Hawrami, Othman, Salih, Qadir, Mustafa, Rasul, Amin, Hama"),
)
ERITREAN = Origin(  # the surname is the father's given name
    ranked("Senait, Tsega, Helen, Selam, Rahel, Mebrat, Luwam, Feven, Yohana, Saba, Winta, Ruta, Semhar, Hiwet, Mekdes"),
    ranked("Yonas, Tesfay, Dawit, Samuel, Mehari, Yohannes, Daniel, Habte, Tekle, Filmon, Mussie, Amanuel, Biniam, Kidane, Robel"),
    ranked("Tesfay, Ghebremedhin, Haile, Tekle, Kidane, Berhane, Woldu, Mehari, Yohannes, Gebremariam, Abraha, Asmerom, Habte, Negash, Tewolde"),
)
AFGHAN = Origin(
    ranked("Fatima, Zahra, Maryam, Marzia, Sakina, Nargis, Parwana, Farishta, Mursal, Shabnam, Zarghona, Laila, Hosai, Mahbooba"),
    ranked("Mohammad, Ahmad, Ali, Abdul, Mustafa, Hamid, Sayed, Jawad, Mahdi, Hussain, Farid, Naweed, Rahmatullah, Ezatullah, Sohrab"),
    ranked("Ahmadi, Rahimi, Hussaini, Mohammadi, Sultani, Noori, Haidari, Jafari, Karimi, Amiri, Sadat, Rezai, Stanikzai, Popal, Wardak, Safi, Hakimi"),
)
THAI = Origin(
    ranked("Siriporn, Supaporn, Nittaya, Pranee, Malee, Kanya, Wanida, Sunisa, Ratana, Jintana, Pornthip, Araya, Kanokwan, Duangjai, Sumalee"),
    ranked("Somchai, Somsak, Prasert, Surachai, Anan, Wichai, Chaiya, Niran, Thanakorn, Kittisak"),
    ranked("Saetang, Srisuk, Wongsa, Chaiyaphum, Boonmee, Somboon, Kaewmanee, Thongdee, Sukjai, Rattanakorn, Jaidee, Phromma, Intharasuk, Sirisombat"),
)
LATIN = Origin(  # Chile and Latin America, Spain: two surnames
    ranked("María, Camila, Francisca, Valentina, Javiera, Carolina, Daniela, Constanza, Paula, Catalina, Claudia, Ximena, Paola, Marcela, Verónica, Andrea, Patricia, Gloria, Lucía, Carmen"),
    ranked("José, Juan, Luis, Carlos, Jorge, Francisco, Cristián, Sebastián, Matías, Diego, Felipe, Rodrigo, Pablo, Manuel, Andrés, Gonzalo, Patricio, Víctor, Javier, Antonio"),
    ranked("González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo, Tapia, Reyes, García, Fernández, Sánchez, Ruiz, Navarro"),
)
NORDIC = Origin(  # Norway and Denmark
    ranked("Kari, Ingrid, Anne, Hanne, Marit, Liv, Randi, Mette, Kirsten, Lene, Tove, Sissel, Gro, Silje, Ida, Nora, Line, Camilla, Birgitte, Pernille, Sidsel, Astrid, Synnøve, Ragnhild"),
    ranked("Jan, Per, Bjørn, Ole, Lars, Knut, Svein, Arne, Geir, Terje, Jens, Søren, Niels, Morten, Henrik, Rasmus, Mads, Kristian, Anders, Trond, Øyvind, Rune, Espen, Torbjørn, Stian, Jørgen"),
    ranked("Hansen, Johansen, Olsen, Larsen, Andersen, Pedersen, Nilsen, Kristiansen, Jensen, Karlsen, Johnsen, Pettersen, Eriksen, Berg, Haugen, Hagen, Jacobsen, Nielsen, Sørensen, Rasmussen, Christensen, Madsen, Mortensen, Thomsen, Poulsen, Dahl, Lund, Bakke, Moen, Solberg, Strand, Halvorsen"),
)
GERMAN = Origin(
    ranked("Ursula, Sabine, Monika, Petra, Claudia, Andrea, Stefanie, Katrin, Julia, Anja, Susanne, Heike, Birgit, Nicole, Sandra, Lena, Laura, Anna, Hannah, Lea"),
    ranked("Peter, Michael, Thomas, Andreas, Wolfgang, Klaus, Jürgen, Stefan, Frank, Uwe, Matthias, Markus, Jens, Dirk, Lukas, Jonas, Maximilian, Felix, Tobias, Florian"),
    ranked("Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, Hofmann, Hartmann, Lange, Werner, Krause, Lehmann, Köhler, Huber"),
)

# --- The UK: ONS baby-name rankings over the decades, and the commonest surnames, 1/rank --------
UK_F = ranked("""
Olivia, Amelia, Emily, Isla, Ava, Jessica, Sophie, Grace, Lily, Chloe, Sarah, Emma, Laura,
Charlotte, Rebecca, Hannah, Lucy, Ella, Mia, Evie, Sophia, Poppy, Isabella, Ruby, Freya, Gemma,
Claire, Lisa, Nicola, Michelle, Kelly, Amy, Rachel, Samantha, Katie, Lauren, Jade, Helen,
Joanne, Louise, Victoria, Susan, Karen, Julie, Tracey, Jacqueline, Deborah, Amanda, Elizabeth,
Margaret, Patricia, Jennifer, Catherine, Alison, Caroline, Jane, Sally, Emma-Louise, Holly,
Megan, Georgia, Bethany, Abigail, Eleanor, Alice, Daisy, Phoebe, Millie, Scarlett, Matilda,
Florence, Rosie, Evelyn, Harriet, Imogen, Zara, Jasmine, Elsie, Willow, Erin, Molly, Niamh,
Anna, Natalie, Stephanie, Kirsty, Hayley, Leanne, Stacey, Donna, Dawn, Wendy, Sharon, Angela,
Carol, Linda, Christine, Pauline, Janet, Sandra, Gillian, Lorraine, Denise, Diane, Barbara,
Jean, Sheila, Valerie, Maureen, Joan, Dorothy, Kathleen, Irene, Brenda, Pamela, Shirley,
Sylvia, Doreen, Marion, Rita, Eileen, Joyce, Mary, Ann, Anne, Sue, Josephine, Fiona, Heather,
Lynn, Tina, Yvonne, Beverley, Paula, Andrea, Kate, Kim, Emily-Rose, Aisha, Fatima, Maryam,
Amira, Priya, Aaliyah, Anaya, Ayesha, Zainab, Harper, Sienna, Aria, Ivy, Maisie, Ellie, Esme,
Layla, Iris, Maya, Thea, Edith, Mabel, Beatrice, Eliza, Clara, Ada, Nancy, Penelope, Hazel,
Violet, Orla, Aoife, Cerys, Seren, Ffion, Rhiannon, Eilidh, Skye, Kayleigh, Chelsea, Shannon,
Danielle, Charlene, Siobhan, Bridget, Marie, Lesley, Tanya, Vicky, Carly, Toni, Jodie, Hollie
""", head=130)
UK_M = ranked("""
Oliver, Harry, George, Jack, Jacob, Noah, Charlie, Muhammad, Thomas, Oscar, William, James,
Leo, Alfie, Henry, Joshua, Freddie, Archie, Ethan, Isaac, Alexander, Joseph, Edward, Samuel,
Max, Daniel, Arthur, Lucas, Mohammed, Logan, Theo, Harrison, Benjamin, Mason, Sebastian,
Finley, Adam, Dylan, Zachary, Riley, Teddy, Theodore, David, Elijah, Jake, Toby, Louie, Reuben,
Arlo, Hugo, Jaxon, Matthew, Luke, Ryan, Liam, Callum, Connor, Lewis, Kieran, Jamie, Ben, Sam,
Michael, Christopher, Andrew, Paul, Mark, Richard, Stephen, Robert, John, Peter, Anthony,
Martin, Simon, Neil, Gary, Ian, Kevin, Lee, Craig, Darren, Dean, Jason, Wayne, Stuart, Scott,
Graham, Philip, Nigel, Alan, Keith, Brian, Colin, Trevor, Roger, Barry, Terence, Dennis,
Derek, Kenneth, Raymond, Geoffrey, Malcolm, Clive, Roy, Leslie, Stanley, Ronald, Donald,
Albert, Frederick, Ernest, Harold, Walter, Frank, Jonathan, Nicholas, Timothy, Adrian, Russell,
Dominic, Gareth, Rhys, Owen, Dafydd, Iwan, Ewan, Angus, Fraser, Hamish, Euan, Ross, Declan,
Ciaran, Niall, Sean, Patrick, Conor, Aaron, Nathan, Jordan, Tyler, Bradley, Kyle, Ashley,
Danny, Billy, Tommy, Alfred, Albie, Rory, Jude, Ronnie, Stanley-James, Ali, Omar, Ibrahim,
Yusuf, Hamza, Ahmed, Arjun, Rohan, Aarav, Harvey, Frankie, Bobby, Kai, Elliot, Felix, Jasper
""", head=130)
UK_S = ranked("""
Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts,
Robinson, Thompson, Wright, Walker, White, Edwards, Hughes, Green, Hall, Lewis, Harris, Clarke,
Patel, Jackson, Wood, Turner, Martin, Cooper, Hill, Ward, Morris, Moore, Clark, Lee, King,
Baker, Harrison, Morgan, Allen, James, Scott, Phillips, Watson, Davis, Parker, Price, Bennett,
Young, Griffiths, Mitchell, Kelly, Cook, Carter, Richardson, Bailey, Collins, Bell, Shaw,
Murphy, Miller, Cox, Richards, Khan, Marshall, Anderson, Simpson, Ellis, Adams, Singh, Begum,
Wilkinson, Foster, Chapman, Powell, Webb, Rogers, Gray, Mason, Ali, Hunt, Hussain, Campbell,
Matthews, Owen, Palmer, Holmes, Mills, Barnes, Knight, Lloyd, Butler, Russell, Barker, Fisher,
Stevens, Jenkins, Murray, Dixon, Harvey, Graham, Pearson, Ahmed, Fletcher, Walsh, Kaur,
Gibson, Howard, Andrews, Stewart, Elliott, Reynolds, Saunders, Payne, Fox, Ford, Pearce, Day,
Brooks, West, Lawrence, Cole, Atkinson, Bradley, Spencer, Gill, Dawson, Ball, Burton, O'Brien,
Watts, Rose, Booth, Perry, Ryan, Grant, Wells, Armstrong, Francis, Rees, Hayes, Hart, Hudson,
Newman, Barrett, Webster, Hunter, Gregory, Carr, Lowe, Page, Marsh, Riley, Dunn, Woods, Parsons,
Berry, Stone, Reid, Holland, Hawkins, Harding, Porter, Robertson, Newton, Oliver, Reed, Kennedy,
Williamson, Bird, Gardner, Shah, Dean, Lane, Cooke, Bates, Henderson, Parry, Burgess, Bishop,
Walton, Burns, Nicholson, Shepherd, Ross, Cross, Long, Freeman, Warren, Nicholls, Hamilton,
Byrne, Sutton, McDonald, Yates, Hodgson, Robson, Curtis, Hopkins, O'Connor, Harper, Coleman,
Watkins, Moss, McCarthy, Chambers, O'Neill, Griffin, Sharp, Hardy, Wheeler, Potter, Osborne,
Johnston, Gordon, Doyle, Wallace, George, Jordan, Hutchinson, Reeves, Fowler, Howell, Pritchard,
Buckley, Lamb, Barlow, Jarvis, Kirby, Brennan, Lynch, Quinn, Sheppard, Whitehead, Slater, Lord,
Duffy, Fleming, Hancock, Higgins, Kemp, Metcalfe, Nash, Norris, Pugh, Rowe, Sanderson, Talbot,
Vaughan, Wyatt, Ashworth, Blackburn, Bolton, Bowen, Cartwright, Dodd, Fenwick, Greenwood,
Hargreaves, Ingram, Kershaw, Lockwood, Mellor, Noble, Ogden, Pickering, Rushton, Sykes,
Thornton, Whittaker, Wilde, Atherton, Llewellyn, MacLeod, MacKenzie, Fraser, Sinclair
""", head=150)

# --- Short forms as people write them (chat, notes, signatures between friends) -----------------
NICK_SV = {
    "Lars": ["Lasse"], "Mikael": ["Micke"], "Karl": ["Kalle"], "Per": ["Pelle", "Pär"],
    "Joakim": ["Jocke"], "Thomas": ["Tompa"], "Tomas": ["Tompa"], "Magnus": ["Manne"],
    "Marcus": ["Mackan"], "Fredrik": ["Fredde"], "Christer": ["Kicke"], "Patrik": ["Patte"],
    "Robert": ["Robban"], "Tobias": ["Tobbe"], "Torbjörn": ["Tobbe"], "Jonas": ["Jonte"],
    "Sebastian": ["Sebbe"], "Gustav": ["Gurra", "Gustaf"], "Göran": ["Gurra"], "Daniel": ["Danne"],
    "Henrik": ["Henke"], "Niklas": ["Nicke"], "Stefan": ["Steffe"], "Bengt": ["Bengan"],
    "Jan": ["Janne"], "Hans": ["Hasse"], "Olof": ["Olle"], "Mattias": ["Matte"],
    "Kenneth": ["Kenta"], "Roger": ["Rogge"], "Rickard": ["Ricke"], "Johan": ["Jojje"],
    "Andreas": ["Andy"], "Alexander": ["Alex"], "Kristoffer": ["Kricke", "Krille"],
    "Christian": ["Krille"], "Anders": ["Ante"], "Sigvard": ["Sigge"], "Sixten": ["Sigge"],
    "Elisabeth": ["Bettan", "Lisa", "Lisbeth"], "Elisabet": ["Bettan"], "Charlotte": ["Lotta"],
    "Susanne": ["Sussie", "Sanna"], "Katarina": ["Kattis", "Kajsa"], "Kristina": ["Kicki", "Stina"],
    "Christina": ["Kicki", "Stina"], "Birgitta": ["Bittan", "Gittan"], "Barbro": ["Babsan"],
    "Margareta": ["Maggan", "Greta"], "Cecilia": ["Cissi"], "Viktoria": ["Vicky"],
    "Madeleine": ["Madde"], "Jessica": ["Jessan"], "Gunilla": ["Gunsan"], "Anneli": ["Anne"],
    "Helena": ["Lena"], "Annika": ["Anki"], "Josefin": ["Jossan"], "Matilda": ["Tilda"],
    "Isabelle": ["Bella"], "Karolina": ["Karro"], "Alexandra": ["Sandra"], "Johanna": ["Hanna"],
    "Therese": ["Tessan"], "Caroline": ["Caro"], "Ingrid": ["Inga"], "Lovisa": ["Lova"],
}
NICK_EN = {
    "Elizabeth": ["Liz", "Beth", "Lizzie"], "Robert": ["Rob", "Bob", "Bobby"], "William": ["Will", "Bill"],
    "Michael": ["Mike", "Mick"], "James": ["Jim", "Jimmy"], "Richard": ["Rich", "Dick"],
    "Thomas": ["Tom"], "Christopher": ["Chris"], "Jennifer": ["Jen", "Jenny"],
    "Margaret": ["Maggie", "Peggy"], "Katherine": ["Kate", "Katie"], "Catherine": ["Kate", "Cathy"],
    "Patricia": ["Pat", "Trish"], "Daniel": ["Dan", "Danny"], "Joseph": ["Joe"], "David": ["Dave"],
    "Anthony": ["Tony"], "Matthew": ["Matt"], "Nicholas": ["Nick"], "Alexander": ["Alex"],
    "Samuel": ["Sam"], "Benjamin": ["Ben"], "Rebecca": ["Becky", "Bex"], "Victoria": ["Vicky", "Tori"],
    "Deborah": ["Debbie", "Deb"], "Susan": ["Sue"], "Jonathan": ["Jon"], "Edward": ["Ed", "Ted"],
    "Charles": ["Charlie"], "Stephen": ["Steve"], "Steven": ["Steve"], "Andrew": ["Andy"],
    "Timothy": ["Tim"], "Kenneth": ["Ken"], "Jacqueline": ["Jackie"], "Christine": ["Chris"],
    "Samantha": ["Sam"], "Abigail": ["Abby"], "Gerald": ["Gerry"], "Donald": ["Don"],
    "Ronald": ["Ron"], "Barbara": ["Barb"], "Dorothy": ["Dot"], "Frederick": ["Fred", "Freddie"],
    "Alfred": ["Alfie"], "Harold": ["Harry"], "Henry": ["Harry"], "Eleanor": ["Ellie"],
    "Charlotte": ["Lottie"], "Amanda": ["Mandy"], "Philip": ["Phil"], "Gregory": ["Greg"],
    "Lawrence": ["Larry"], "Raymond": ["Ray"], "Joshua": ["Josh"], "Zachary": ["Zach"],
}
NICKNAMES = {"swedish": NICK_SV, "us": NICK_EN, "uk": NICK_EN}

# --- The US: Census 1990 (public domain), the census's per cent as weight, head the top 150 ----
US_F = (
    ("Mary", 2.629), ("Patricia", 1.073), ("Linda", 1.035), ("Barbara", 0.980),
    ("Elizabeth", 0.937), ("Jennifer", 0.932), ("Maria", 0.828), ("Susan", 0.794),
    ("Margaret", 0.768), ("Dorothy", 0.727), ("Lisa", 0.704), ("Nancy", 0.669), ("Karen", 0.667),
    ("Betty", 0.666), ("Helen", 0.663), ("Sandra", 0.629), ("Donna", 0.583), ("Carol", 0.565),
    ("Ruth", 0.562), ("Sharon", 0.522), ("Michelle", 0.519), ("Laura", 0.510), ("Sarah", 0.508),
    ("Kimberly", 0.504), ("Deborah", 0.494), ("Jessica", 0.490), ("Shirley", 0.482),
    ("Cynthia", 0.469), ("Angela", 0.468), ("Melissa", 0.462), ("Brenda", 0.455), ("Amy", 0.451),
    ("Anna", 0.440), ("Rebecca", 0.430), ("Virginia", 0.430), ("Kathleen", 0.424),
    ("Pamela", 0.416), ("Martha", 0.412), ("Debra", 0.408), ("Amanda", 0.404),
    ("Stephanie", 0.400), ("Carolyn", 0.385), ("Christine", 0.382), ("Marie", 0.379),
    ("Janet", 0.379), ("Catherine", 0.373), ("Frances", 0.370), ("Ann", 0.364), ("Joyce", 0.364),
    ("Diane", 0.359), ("Alice", 0.357), ("Julie", 0.348), ("Heather", 0.337), ("Teresa", 0.336),
    ("Doris", 0.335), ("Gloria", 0.335), ("Evelyn", 0.322), ("Jean", 0.315), ("Cheryl", 0.315),
    ("Mildred", 0.313), ("Katherine", 0.313), ("Joan", 0.306), ("Ashley", 0.303),
    ("Judith", 0.297), ("Rose", 0.296), ("Janice", 0.285), ("Kelly", 0.283), ("Nicole", 0.281),
    ("Judy", 0.276), ("Christina", 0.275), ("Kathy", 0.272), ("Theresa", 0.271),
    ("Beverly", 0.267), ("Denise", 0.264), ("Tammy", 0.259), ("Irene", 0.252), ("Jane", 0.250),
    ("Lori", 0.248), ("Rachel", 0.242), ("Marilyn", 0.241), ("Andrea", 0.236), ("Kathryn", 0.234),
    ("Louise", 0.229), ("Sara", 0.229), ("Anne", 0.228), ("Jacqueline", 0.228), ("Wanda", 0.226),
    ("Bonnie", 0.223), ("Julia", 0.223), ("Ruby", 0.221), ("Lois", 0.220), ("Tina", 0.220),
    ("Phyllis", 0.219), ("Norma", 0.218), ("Paula", 0.217), ("Diana", 0.216), ("Annie", 0.216),
    ("Lillian", 0.211), ("Emily", 0.208), ("Robin", 0.208), ("Peggy", 0.208), ("Crystal", 0.207),
    ("Gladys", 0.205), ("Rita", 0.204), ("Dawn", 0.202), ("Connie", 0.200), ("Florence", 0.200),
    ("Tracy", 0.197), ("Edna", 0.197), ("Tiffany", 0.195), ("Carmen", 0.195), ("Rosa", 0.194),
    ("Cindy", 0.192), ("Grace", 0.189), ("Wendy", 0.185), ("Victoria", 0.180), ("Edith", 0.179),
    ("Kim", 0.178), ("Sherry", 0.178), ("Sylvia", 0.177), ("Josephine", 0.177), ("Thelma", 0.175),
    ("Shannon", 0.175), ("Sheila", 0.175), ("Ethel", 0.174), ("Ellen", 0.173), ("Elaine", 0.173),
    ("Marjorie", 0.173), ("Carrie", 0.171), ("Charlotte", 0.169), ("Monica", 0.166),
    ("Esther", 0.166), ("Pauline", 0.165), ("Emma", 0.165), ("Juanita", 0.164), ("Anita", 0.162),
    ("Rhonda", 0.162), ("Hazel", 0.161), ("Amber", 0.160), ("Eva", 0.159), ("Debbie", 0.157),
    ("April", 0.154), ("Leslie", 0.154), ("Clara", 0.153), ("Lucille", 0.153), ("Jamie", 0.153),
    ("Joanne", 0.150), ("Eleanor", 0.150), ("Valerie", 0.149), ("Danielle", 0.149),
    ("Megan", 0.147), ("Alicia", 0.146), ("Suzanne", 0.145), ("Michele", 0.145), ("Gail", 0.145),
    ("Bertha", 0.143), ("Darlene", 0.142), ("Veronica", 0.142), ("Jill", 0.142), ("Erin", 0.141),
    ("Geraldine", 0.141), ("Lauren", 0.137), ("Cathy", 0.137), ("Joann", 0.136),
    ("Lorraine", 0.135), ("Lynn", 0.135), ("Sally", 0.135), ("Regina", 0.133), ("Erica", 0.130),
    ("Beatrice", 0.130), ("Dolores", 0.129), ("Bernice", 0.128), ("Audrey", 0.127),
    ("Yvonne", 0.126), ("Annette", 0.125), ("June", 0.125), ("Samantha", 0.124),
    ("Marion", 0.122), ("Dana", 0.122), ("Stacy", 0.121), ("Ana", 0.120), ("Renee", 0.120),
    ("Ida", 0.118), ("Vivian", 0.118), ("Roberta", 0.117), ("Holly", 0.117), ("Brittany", 0.117),
    ("Melanie", 0.116), ("Loretta", 0.115), ("Yolanda", 0.115), ("Jeanette", 0.115),
    ("Laurie", 0.114), ("Katie", 0.113), ("Kristen", 0.111), ("Vanessa", 0.111), ("Alma", 0.111),
    ("Sue", 0.111), ("Elsie", 0.110), ("Beth", 0.110), ("Jeanne", 0.109), ("Vicki", 0.109),
    ("Carla", 0.107), ("Tara", 0.107), ("Rosemary", 0.107), ("Eileen", 0.105), ("Terri", 0.105),
    ("Gertrude", 0.103), ("Lucy", 0.103), ("Tonya", 0.102), ("Ella", 0.101), ("Stacey", 0.101),
    ("Wilma", 0.099), ("Gina", 0.099), ("Kristin", 0.099), ("Jessie", 0.098), ("Natalie", 0.098),
    ("Agnes", 0.098), ("Vera", 0.098), ("Willie", 0.097), ("Charlene", 0.097), ("Bessie", 0.096),
    ("Delores", 0.095), ("Melinda", 0.094), ("Pearl", 0.094), ("Arlene", 0.094),
    ("Maureen", 0.092), ("Colleen", 0.092), ("Allison", 0.092), ("Tamara", 0.092), ("Joy", 0.091),
    ("Georgia", 0.091), ("Constance", 0.091), ("Lillie", 0.090), ("Claudia", 0.090),
    ("Jackie", 0.090), ("Marcia", 0.090), ("Tanya", 0.089), ("Nellie", 0.089), ("Minnie", 0.089),
    ("Marlene", 0.088), ("Heidi", 0.088), ("Glenda", 0.088), ("Lydia", 0.086), ("Viola", 0.086),
    ("Courtney", 0.086), ("Marian", 0.086), ("Stella", 0.085), ("Caroline", 0.085),
    ("Dora", 0.084), ("Jo", 0.083), ("Vickie", 0.082), ("Mattie", 0.081), ("Terry", 0.080),
    ("Maxine", 0.079), ("Irma", 0.079), ("Mabel", 0.078), ("Marsha", 0.078), ("Myrtle", 0.078),
    ("Lena", 0.077), ("Christy", 0.077), ("Deanna", 0.076), ("Patsy", 0.076), ("Hilda", 0.075),
    ("Gwendolyn", 0.074), ("Jennie", 0.073), ("Nora", 0.073), ("Margie", 0.072), ("Nina", 0.072),
    ("Cassandra", 0.072), ("Leah", 0.072), ("Penny", 0.071), ("Kay", 0.071), ("Priscilla", 0.071),
    ("Naomi", 0.071), ("Carole", 0.071), ("Brandy", 0.070), ("Olga", 0.070), ("Billie", 0.069),
    ("Dianne", 0.069), ("Tracey", 0.069), ("Leona", 0.069), ("Jenny", 0.068), ("Felicia", 0.068),
    ("Sonia", 0.068), ("Miriam", 0.066), ("Velma", 0.066), ("Becky", 0.066), ("Bobbie", 0.065),
    ("Violet", 0.065), ("Kristina", 0.065), ("Toni", 0.064), ("Misty", 0.063), ("Mae", 0.063),
    ("Shelly", 0.062), ("Daisy", 0.062), ("Ramona", 0.062), ("Sherri", 0.062), ("Erika", 0.061),
    ("Katrina", 0.061), ("Claire", 0.061), ("Lindsey", 0.060), ("Lindsay", 0.060),
    ("Geneva", 0.059), ("Guadalupe", 0.059), ("Belinda", 0.059), ("Margarita", 0.059),
    ("Sheryl", 0.059), ("Cora", 0.058), ("Faye", 0.058), ("Ada", 0.057), ("Natasha", 0.057),
    ("Sabrina", 0.057), ("Isabel", 0.057), ("Marguerite", 0.056), ("Hattie", 0.056),
    ("Harriet", 0.056), ("Molly", 0.055), ("Cecilia", 0.055), ("Kristi", 0.055),
    ("Brandi", 0.055), ("Blanche", 0.055), ("Sandy", 0.055), ("Rosie", 0.055), ("Joanna", 0.055),
    ("Iris", 0.055), ("Eunice", 0.054), ("Angie", 0.054), ("Inez", 0.053), ("Lynda", 0.053),
    ("Madeline", 0.052), ("Amelia", 0.052), ("Alberta", 0.052), ("Genevieve", 0.051),
    ("Monique", 0.051), ("Jodi", 0.051), ("Janie", 0.051), ("Maggie", 0.051), ("Kayla", 0.051),
    ("Sonya", 0.051), ("Jan", 0.051), ("Lee", 0.051), ("Kristine", 0.051), ("Candace", 0.051),
    ("Fannie", 0.050), ("Maryann", 0.050), ("Opal", 0.050), ("Alison", 0.050), ("Yvette", 0.050),
    ("Melody", 0.050), ("Luz", 0.049), ("Susie", 0.049), ("Olivia", 0.049), ("Flora", 0.049),
    ("Shelley", 0.049), ("Kristy", 0.048), ("Mamie", 0.048), ("Lula", 0.048), ("Lola", 0.048),
    ("Verna", 0.048), ("Beulah", 0.048), ("Antoinette", 0.048), ("Candice", 0.046),
    ("Juana", 0.046), ("Jeannette", 0.046), ("Pam", 0.046), ("Kelli", 0.046), ("Hannah", 0.045),
    ("Whitney", 0.045), ("Bridget", 0.045), ("Karla", 0.044), ("Celia", 0.044), ("Latoya", 0.043),
    ("Patty", 0.043), ("Shelia", 0.043), ("Gayle", 0.043), ("Della", 0.043), ("Vicky", 0.043),
    ("Lynne", 0.043), ("Sheri", 0.042), ("Marianne", 0.042), ("Kara", 0.041),
    ("Jacquelyn", 0.041), ("Erma", 0.041), ("Blanca", 0.041), ("Myra", 0.040), ("Leticia", 0.040),
    ("Pat", 0.040), ("Krista", 0.040), ("Roxanne", 0.040), ("Angelica", 0.039),
    ("Johnnie", 0.039), ("Robyn", 0.039), ("Francis", 0.039), ("Adrienne", 0.039),
    ("Rosalie", 0.039), ("Alexandra", 0.039), ("Brooke", 0.039), ("Bethany", 0.039),
    ("Sadie", 0.039), ("Bernadette", 0.039),
)  # fmt: skip
US_M = (
    ("James", 3.318), ("John", 3.271), ("Robert", 3.143), ("Michael", 2.629), ("William", 2.451),
    ("David", 2.363), ("Richard", 1.703), ("Charles", 1.523), ("Joseph", 1.404),
    ("Thomas", 1.380), ("Christopher", 1.035), ("Daniel", 0.974), ("Paul", 0.948),
    ("Mark", 0.938), ("Donald", 0.931), ("George", 0.927), ("Kenneth", 0.826), ("Steven", 0.780),
    ("Edward", 0.779), ("Brian", 0.736), ("Ronald", 0.725), ("Anthony", 0.721), ("Kevin", 0.671),
    ("Jason", 0.660), ("Matthew", 0.657), ("Gary", 0.650), ("Timothy", 0.640), ("Jose", 0.613),
    ("Larry", 0.598), ("Jeffrey", 0.591), ("Frank", 0.581), ("Scott", 0.546), ("Eric", 0.544),
    ("Stephen", 0.540), ("Andrew", 0.537), ("Raymond", 0.488), ("Gregory", 0.441),
    ("Joshua", 0.435), ("Jerry", 0.432), ("Dennis", 0.415), ("Walter", 0.399), ("Patrick", 0.389),
    ("Peter", 0.381), ("Harold", 0.371), ("Douglas", 0.367), ("Henry", 0.365), ("Carl", 0.346),
    ("Arthur", 0.335), ("Ryan", 0.328), ("Roger", 0.322), ("Joe", 0.321), ("Juan", 0.316),
    ("Jack", 0.315), ("Albert", 0.314), ("Jonathan", 0.313), ("Justin", 0.311), ("Terry", 0.311),
    ("Gerald", 0.309), ("Keith", 0.308), ("Samuel", 0.306), ("Willie", 0.302), ("Ralph", 0.282),
    ("Lawrence", 0.282), ("Nicholas", 0.275), ("Roy", 0.273), ("Benjamin", 0.270),
    ("Bruce", 0.263), ("Brandon", 0.260), ("Adam", 0.259), ("Harry", 0.251), ("Fred", 0.251),
    ("Wayne", 0.249), ("Billy", 0.248), ("Steve", 0.246), ("Louis", 0.243), ("Jeremy", 0.242),
    ("Aaron", 0.240), ("Randy", 0.232), ("Howard", 0.230), ("Eugene", 0.230), ("Carlos", 0.229),
    ("Russell", 0.224), ("Bobby", 0.223), ("Victor", 0.222), ("Martin", 0.216), ("Ernest", 0.215),
    ("Phillip", 0.213), ("Todd", 0.213), ("Jesse", 0.209), ("Craig", 0.206), ("Alan", 0.204),
    ("Shawn", 0.200), ("Clarence", 0.197), ("Sean", 0.197), ("Philip", 0.197), ("Chris", 0.197),
    ("Johnny", 0.195), ("Earl", 0.193), ("Jimmy", 0.191), ("Antonio", 0.190), ("Danny", 0.190),
    ("Bryan", 0.190), ("Tony", 0.190), ("Luis", 0.189), ("Mike", 0.189), ("Stanley", 0.186),
    ("Leonard", 0.186), ("Nathan", 0.185), ("Dale", 0.184), ("Manuel", 0.181), ("Rodney", 0.180),
    ("Curtis", 0.180), ("Norman", 0.177), ("Allen", 0.174), ("Marvin", 0.171), ("Vincent", 0.168),
    ("Glenn", 0.167), ("Jeffery", 0.166), ("Travis", 0.166), ("Jeff", 0.166), ("Chad", 0.165),
    ("Jacob", 0.165), ("Lee", 0.162), ("Melvin", 0.162), ("Alfred", 0.162), ("Kyle", 0.160),
    ("Francis", 0.160), ("Bradley", 0.159), ("Jesus", 0.155), ("Herbert", 0.155),
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
    ("Brett", 0.082), ("Angel", 0.082), ("Nathaniel", 0.081), ("Rafael", 0.081),
    ("Leslie", 0.081), ("Edgar", 0.080), ("Milton", 0.080), ("Raul", 0.079), ("Ben", 0.078),
    ("Chester", 0.078), ("Cecil", 0.078), ("Duane", 0.077), ("Franklin", 0.077), ("Andre", 0.076),
    ("Elmer", 0.074), ("Brad", 0.073), ("Gabriel", 0.073), ("Ron", 0.072), ("Mitchell", 0.072),
    ("Roland", 0.072), ("Arnold", 0.072), ("Harvey", 0.072), ("Jared", 0.071), ("Adrian", 0.069),
    ("Karl", 0.069), ("Cory", 0.068), ("Claude", 0.068), ("Erik", 0.068), ("Darryl", 0.067),
    ("Jamie", 0.066), ("Neil", 0.066), ("Jessie", 0.065), ("Christian", 0.065), ("Javier", 0.065),
    ("Fernando", 0.065), ("Clinton", 0.065), ("Ted", 0.064), ("Mathew", 0.064), ("Tyrone", 0.064),
    ("Darren", 0.064), ("Lonnie", 0.064), ("Lance", 0.063), ("Cody", 0.063), ("Julio", 0.063),
    ("Kelly", 0.063), ("Kurt", 0.062), ("Allan", 0.061), ("Nelson", 0.061), ("Guy", 0.060),
    ("Clayton", 0.060), ("Hugh", 0.060), ("Max", 0.059), ("Dwayne", 0.059), ("Dwight", 0.058),
    ("Armando", 0.058), ("Felix", 0.058), ("Jimmie", 0.058), ("Everett", 0.057),
    ("Jordan", 0.056), ("Ian", 0.056), ("Wallace", 0.056), ("Ken", 0.055), ("Bob", 0.055),
    ("Jaime", 0.055), ("Casey", 0.054), ("Alfredo", 0.054), ("Alberto", 0.053), ("Dave", 0.053),
    ("Ivan", 0.053), ("Johnnie", 0.052), ("Sidney", 0.052), ("Byron", 0.052), ("Julian", 0.052),
    ("Isaac", 0.051), ("Morris", 0.051), ("Clifton", 0.050), ("Willard", 0.050), ("Daryl", 0.050),
    ("Ross", 0.050), ("Virgil", 0.049), ("Andy", 0.049), ("Marshall", 0.049), ("Salvador", 0.049),
    ("Perry", 0.049), ("Kirk", 0.049), ("Sergio", 0.049), ("Marion", 0.048), ("Tracy", 0.048),
    ("Seth", 0.048), ("Kent", 0.048), ("Terrance", 0.048), ("Rene", 0.048), ("Eduardo", 0.047),
    ("Terrence", 0.047), ("Enrique", 0.046), ("Freddie", 0.046), ("Wade", 0.045),
    ("Austin", 0.044), ("Stuart", 0.044), ("Fredrick", 0.043), ("Arturo", 0.043),
    ("Alejandro", 0.043), ("Jackie", 0.043), ("Joey", 0.043), ("Nick", 0.043), ("Luther", 0.043),
    ("Wendell", 0.042), ("Jeremiah", 0.042), ("Evan", 0.042), ("Julius", 0.042), ("Dana", 0.042),
    ("Donnie", 0.041), ("Otis", 0.041), ("Shannon", 0.040), ("Trevor", 0.040), ("Oliver", 0.040),
    ("Luke", 0.040), ("Homer", 0.040), ("Gerard", 0.040), ("Doug", 0.040), ("Kenny", 0.039),
    ("Hubert", 0.039), ("Angelo", 0.039), ("Shaun", 0.039), ("Lyle", 0.038), ("Matt", 0.038),
    ("Lynn", 0.038), ("Alfonso", 0.038), ("Orlando", 0.037), ("Rex", 0.037), ("Carlton", 0.037),
    ("Ernesto", 0.037), ("Cameron", 0.037), ("Neal", 0.037), ("Pablo", 0.036), ("Lorenzo", 0.036),
    ("Omar", 0.036), ("Wilbur", 0.036), ("Blake", 0.036), ("Grant", 0.036), ("Horace", 0.036),
    ("Roderick", 0.036), ("Kerry", 0.036), ("Abraham", 0.035), ("Willis", 0.035),
    ("Rickey", 0.035), ("Jean", 0.035), ("Ira", 0.035), ("Andres", 0.034), ("Cesar", 0.034),
    ("Johnathan", 0.034), ("Malcolm", 0.034), ("Rudolph", 0.034), ("Damon", 0.034),
    ("Kelvin", 0.034), ("Rudy", 0.034), ("Preston", 0.034), ("Alton", 0.033), ("Archie", 0.033),
    ("Marco", 0.033), ("Wm", 0.033), ("Pete", 0.032), ("Randolph", 0.032), ("Garry", 0.032),
    ("Geoffrey", 0.032), ("Jonathon", 0.032), ("Felipe", 0.032), ("Bennie", 0.032),
    ("Gerardo", 0.032), ("Ed", 0.032), ("Dominic", 0.032), ("Robin", 0.032), ("Loren", 0.032),
    ("Delbert", 0.031), ("Colin", 0.031), ("Guillermo", 0.031), ("Earnest", 0.031),
    ("Lucas", 0.031), ("Benny", 0.030), ("Noel", 0.030), ("Spencer", 0.030), ("Rodolfo", 0.030),
    ("Myron", 0.030), ("Edmund", 0.030), ("Garrett", 0.029), ("Salvatore", 0.029),
    ("Cedric", 0.029), ("Lowell", 0.029), ("Gregg", 0.029), ("Sherman", 0.028), ("Wilson", 0.028),
    ("Devin", 0.028), ("Sylvester", 0.028), ("Kim", 0.028), ("Roosevelt", 0.028),
    ("Israel", 0.028), ("Jermaine", 0.028),
)  # fmt: skip
US_S = (
    ("Smith", 1.006), ("Johnson", 0.810), ("Williams", 0.699), ("Jones", 0.621), ("Brown", 0.621),
    ("Davis", 0.480), ("Miller", 0.424), ("Wilson", 0.339), ("Moore", 0.312), ("Taylor", 0.311),
    ("Anderson", 0.311), ("Thomas", 0.311), ("Jackson", 0.310), ("White", 0.279),
    ("Harris", 0.275), ("Martin", 0.273), ("Thompson", 0.269), ("Garcia", 0.254),
    ("Martinez", 0.234), ("Robinson", 0.233), ("Clark", 0.231), ("Rodriguez", 0.229),
    ("Lewis", 0.226), ("Lee", 0.220), ("Walker", 0.219), ("Hall", 0.200), ("Allen", 0.199),
    ("Young", 0.193), ("Hernandez", 0.192), ("King", 0.190), ("Wright", 0.189), ("Lopez", 0.187),
    ("Hill", 0.187), ("Scott", 0.185), ("Green", 0.183), ("Adams", 0.174), ("Baker", 0.171),
    ("Gonzalez", 0.166), ("Nelson", 0.162), ("Carter", 0.162), ("Mitchell", 0.160),
    ("Perez", 0.155), ("Roberts", 0.153), ("Turner", 0.152), ("Phillips", 0.149),
    ("Campbell", 0.149), ("Parker", 0.146), ("Evans", 0.141), ("Edwards", 0.137),
    ("Collins", 0.134), ("Stewart", 0.133), ("Sanchez", 0.130), ("Morris", 0.125),
    ("Rogers", 0.123), ("Reed", 0.122), ("Cook", 0.120), ("Morgan", 0.118), ("Bell", 0.117),
    ("Murphy", 0.117), ("Bailey", 0.115), ("Rivera", 0.113), ("Cooper", 0.113),
    ("Richardson", 0.112), ("Cox", 0.110), ("Howard", 0.110), ("Ward", 0.108), ("Torres", 0.108),
    ("Peterson", 0.107), ("Gray", 0.106), ("Ramirez", 0.105), ("James", 0.105), ("Watson", 0.103),
    ("Brooks", 0.103), ("Kelly", 0.102), ("Sanders", 0.100), ("Price", 0.099), ("Bennett", 0.099),
    ("Wood", 0.098), ("Barnes", 0.097), ("Ross", 0.096), ("Henderson", 0.095), ("Coleman", 0.095),
    ("Jenkins", 0.095), ("Perry", 0.094), ("Powell", 0.093), ("Long", 0.092),
    ("Patterson", 0.092), ("Hughes", 0.092), ("Flores", 0.092), ("Washington", 0.092),
    ("Butler", 0.091), ("Simmons", 0.091), ("Foster", 0.091), ("Gonzales", 0.087),
    ("Bryant", 0.087), ("Alexander", 0.085), ("Russell", 0.085), ("Griffin", 0.084),
    ("Diaz", 0.084), ("Hayes", 0.083), ("Myers", 0.083), ("Ford", 0.082), ("Hamilton", 0.082),
    ("Graham", 0.082), ("Sullivan", 0.081), ("Wallace", 0.081), ("Woods", 0.080), ("Cole", 0.080),
    ("West", 0.080), ("Jordan", 0.078), ("Owens", 0.078), ("Reynolds", 0.078), ("Fisher", 0.077),
    ("Ellis", 0.077), ("Harrison", 0.076), ("Gibson", 0.075), ("McDonald", 0.075),
    ("Cruz", 0.075), ("Marshall", 0.075), ("Ortiz", 0.075), ("Gomez", 0.075), ("Murray", 0.074),
    ("Freeman", 0.074), ("Wells", 0.073), ("Webb", 0.072), ("Simpson", 0.070), ("Stevens", 0.070),
    ("Tucker", 0.070), ("Porter", 0.069), ("Hunter", 0.069), ("Hicks", 0.069),
    ("Crawford", 0.068), ("Henry", 0.068), ("Boyd", 0.068), ("Mason", 0.068), ("Morales", 0.067),
    ("Kennedy", 0.067), ("Warren", 0.067), ("Dixon", 0.066), ("Ramos", 0.066), ("Reyes", 0.066),
    ("Burns", 0.065), ("Gordon", 0.065), ("Shaw", 0.065), ("Holmes", 0.065), ("Rice", 0.064),
    ("Robertson", 0.064), ("Hunt", 0.063), ("Black", 0.063), ("Daniels", 0.062),
    ("Palmer", 0.062), ("Mills", 0.061), ("Nichols", 0.060), ("Grant", 0.060), ("Knight", 0.060),
    ("Ferguson", 0.059), ("Rose", 0.059), ("Stone", 0.059), ("Hawkins", 0.059), ("Dunn", 0.058),
    ("Perkins", 0.058), ("Hudson", 0.058), ("Spencer", 0.057), ("Gardner", 0.057),
    ("Stephens", 0.057), ("Payne", 0.057), ("Pierce", 0.056), ("Berry", 0.056),
    ("Matthews", 0.056), ("Arnold", 0.056), ("Wagner", 0.055), ("Willis", 0.055), ("Ray", 0.055),
    ("Watkins", 0.055), ("Olson", 0.055), ("Carroll", 0.055), ("Duncan", 0.055),
    ("Snyder", 0.055), ("Hart", 0.054), ("Cunningham", 0.054), ("Bradley", 0.054),
    ("Lane", 0.054), ("Andrews", 0.054), ("Ruiz", 0.054), ("Harper", 0.054), ("Fox", 0.053),
    ("Riley", 0.053), ("Armstrong", 0.053), ("Carpenter", 0.053), ("Weaver", 0.053),
    ("Greene", 0.053), ("Lawrence", 0.052), ("Elliott", 0.052), ("Chavez", 0.052),
    ("Sims", 0.052), ("Austin", 0.052), ("Peters", 0.052), ("Kelley", 0.052), ("Franklin", 0.051),
    ("Lawson", 0.051), ("Fields", 0.051), ("Gutierrez", 0.051), ("Ryan", 0.051),
    ("Schmidt", 0.051), ("Carr", 0.051), ("Vasquez", 0.051), ("Castillo", 0.051),
    ("Wheeler", 0.051), ("Chapman", 0.050), ("Oliver", 0.050), ("Montgomery", 0.049),
    ("Richards", 0.049), ("Williamson", 0.049), ("Johnston", 0.049), ("Banks", 0.048),
    ("Meyer", 0.048), ("Bishop", 0.048), ("McCoy", 0.048), ("Howell", 0.048), ("Alvarez", 0.048),
    ("Morrison", 0.048), ("Hansen", 0.047), ("Fernandez", 0.047), ("Garza", 0.047),
    ("Harvey", 0.047), ("Little", 0.046), ("Burton", 0.046), ("Stanley", 0.046),
    ("Nguyen", 0.046), ("George", 0.046), ("Jacobs", 0.046), ("Reid", 0.046), ("Kim", 0.045),
    ("Fuller", 0.045), ("Lynch", 0.045), ("Dean", 0.045), ("Gilbert", 0.045), ("Garrett", 0.045),
    ("Romero", 0.045), ("Welch", 0.044), ("Larson", 0.044), ("Frazier", 0.044), ("Burke", 0.044),
    ("Hanson", 0.043), ("Day", 0.043), ("Mendoza", 0.043), ("Moreno", 0.043), ("Bowman", 0.043),
    ("Medina", 0.042), ("Fowler", 0.042), ("Brewer", 0.042), ("Hoffman", 0.042),
    ("Carlson", 0.042), ("Silva", 0.042), ("Pearson", 0.042), ("Holland", 0.042),
    ("Douglas", 0.041), ("Fleming", 0.041), ("Jensen", 0.041), ("Vargas", 0.041), ("Byrd", 0.041),
    ("Davidson", 0.041), ("Hopkins", 0.041), ("May", 0.040), ("Terry", 0.040), ("Herrera", 0.040),
    ("Wade", 0.040), ("Soto", 0.040), ("Walters", 0.040), ("Curtis", 0.040), ("Neal", 0.039),
    ("Caldwell", 0.039), ("Lowe", 0.039), ("Jennings", 0.039), ("Barnett", 0.039),
    ("Graves", 0.039), ("Jimenez", 0.039), ("Horton", 0.039), ("Shelton", 0.039),
    ("Barrett", 0.039), ("Obrien", 0.039), ("Castro", 0.039), ("Sutton", 0.038),
    ("Gregory", 0.038), ("McKinney", 0.038), ("Lucas", 0.038), ("Miles", 0.038), ("Craig", 0.038),
    ("Rodriquez", 0.037), ("Chambers", 0.037), ("Holt", 0.037), ("Lambert", 0.037),
    ("Fletcher", 0.037), ("Watts", 0.037), ("Bates", 0.037), ("Hale", 0.037), ("Rhodes", 0.037),
    ("Pena", 0.037), ("Beck", 0.037), ("Newman", 0.036), ("Haynes", 0.036), ("McDaniel", 0.036),
    ("Mendez", 0.036), ("Bush", 0.036), ("Vaughn", 0.036), ("Parks", 0.035), ("Dawson", 0.035),
    ("Santiago", 0.035), ("Norris", 0.035), ("Hardy", 0.035), ("Love", 0.035), ("Steele", 0.035),
    ("Curry", 0.035), ("Powers", 0.035), ("Schultz", 0.035), ("Barker", 0.035), ("Guzman", 0.034),
    ("Page", 0.034), ("Munoz", 0.034), ("Ball", 0.034), ("Keller", 0.034), ("Chandler", 0.034),
    ("Weber", 0.034), ("Leonard", 0.034), ("Walsh", 0.033), ("Lyons", 0.033), ("Ramsey", 0.033),
    ("Wolfe", 0.033), ("Schneider", 0.033), ("Mullins", 0.033), ("Benson", 0.033),
    ("Sharp", 0.033), ("Bowen", 0.033), ("Daniel", 0.033), ("Barber", 0.032), ("Cummings", 0.032),
    ("Hines", 0.032), ("Baldwin", 0.032), ("Griffith", 0.032), ("Valdez", 0.032),
    ("Hubbard", 0.032), ("Salazar", 0.032), ("Reeves", 0.032), ("Warner", 0.031),
    ("Stevenson", 0.031), ("Burgess", 0.031), ("Santos", 0.031), ("Tate", 0.031),
    ("Cross", 0.031), ("Garner", 0.031), ("Mann", 0.031), ("Mack", 0.031), ("Moss", 0.031),
    ("Thornton", 0.031), ("Dennis", 0.031), ("McGee", 0.031), ("Farmer", 0.030),
    ("Delgado", 0.030), ("Aguilar", 0.030), ("Vega", 0.030), ("Glover", 0.030),
    ("Manning", 0.030), ("Cohen", 0.030), ("Harmon", 0.030), ("Rodgers", 0.030),
    ("Robbins", 0.030), ("Newton", 0.030), ("Todd", 0.030), ("Blair", 0.030), ("Higgins", 0.030),
    ("Ingram", 0.030), ("Reese", 0.030), ("Cannon", 0.030), ("Strickland", 0.030),
    ("Townsend", 0.030), ("Potter", 0.030), ("Goodwin", 0.030), ("Walton", 0.030),
    ("Rowe", 0.029), ("Hampton", 0.029), ("Ortega", 0.029), ("Patton", 0.029), ("Swanson", 0.029),
    ("Joseph", 0.029), ("Francis", 0.029), ("Goodman", 0.029), ("Maldonado", 0.029),
    ("Yates", 0.029), ("Becker", 0.029), ("Erickson", 0.029), ("Hodges", 0.029), ("Rios", 0.029),
    ("Conner", 0.029), ("Adkins", 0.029), ("Webster", 0.028), ("Norman", 0.028),
    ("Malone", 0.028), ("Hammond", 0.028), ("Flowers", 0.028), ("Cobb", 0.028), ("Moody", 0.028),
    ("Quinn", 0.028), ("Blake", 0.028), ("Maxwell", 0.028), ("Pope", 0.028), ("Floyd", 0.027),
    ("Osborne", 0.027), ("Paul", 0.027), ("McCarthy", 0.027), ("Guerrero", 0.027),
    ("Lindsey", 0.027), ("Estrada", 0.027), ("Sandoval", 0.027), ("Gibbs", 0.027),
    ("Tyler", 0.027), ("Gross", 0.027), ("Fitzgerald", 0.027), ("Stokes", 0.027),
    ("Doyle", 0.027), ("Sherman", 0.027),
)  # fmt: skip

SWEDISH = Origin(SV_F, SV_M, SV_S)
US = Origin(weighted(US_F), weighted(US_M), weighted(US_S))
UK = Origin(UK_F, UK_M, UK_S)
ORIGINS = {
    "swedish": SWEDISH, "finnish": FINNISH, "arabic": ARABIC, "somali": SOMALI, "polish": POLISH,
    "persian": PERSIAN, "bcs": BCS, "turkish": TURKISH, "kurdish": KURDISH, "eritrean": ERITREAN,
    "afghan": AFGHAN, "thai": THAI, "latin": LATIN, "nordic": NORDIC, "german": GERMAN, "us": US,
    "uk": UK,
}  # fmt: skip
# Who is named, by the language of the row: roughly Sweden's population in Swedish text, the US
# and UK in English text (with the Nordic and German owners and breeders of the genre), between.
MIXES = {
    "sv": {"swedish": 71, "arabic": 6, "finnish": 3.5, "polish": 2.5, "bcs": 2.5, "persian": 2.5,
           "somali": 1.8, "kurdish": 1.5, "turkish": 1.5, "nordic": 1.5, "eritrean": 1.2,
           "afghan": 1.2, "thai": 1, "latin": 1, "german": 0.8, "uk": 0.6, "us": 0.5},
    "en": {"uk": 40, "us": 35, "swedish": 8, "nordic": 3, "german": 3, "polish": 2, "arabic": 2,
           "latin": 2, "finnish": 1, "somali": 1, "turkish": 1, "persian": 1, "thai": 0.5},
    "mixed": {"swedish": 52, "uk": 12, "us": 8, "arabic": 5, "finnish": 3, "polish": 3, "nordic": 3,
              "bcs": 2.5, "persian": 2.5, "german": 2, "kurdish": 1.5, "turkish": 1.5, "somali": 1.5,
              "eritrean": 1, "afghan": 1, "latin": 1, "thai": 1},
}  # fmt: skip
