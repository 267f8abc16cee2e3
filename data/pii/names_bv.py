# ruff: noqa: E501
"""Name pools of held-out bv (names as the population has them, fifty-third writer).

Python data only. Every pool is ordered by how often people carry the name, as the writer knows
the public statistics: Swedish given names and surnames in the order of SCB's name statistics
(written from general knowledge, weight 1/rank, a head of the top 150 and a tail of rarer names);
the US Census 1990 lists (public domain: the per cents of `dist.female.first`, `dist.male.first`
and `dist.all.last`, the first 400, 400 and 420 names); UK given names in the order of the ONS
baby-name rankings of the last decades and common surnames of England and Wales; and the
commonest given names and surnames of origins common in Sweden (1/rank). No name was checked
against any list of the project, and none was left out for being known or unknown.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

HEAD_SHARE = 0.8  # a name word comes from a list's head with this share, else from its tail


@dataclass(frozen=True)
class Pool:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    head: int  # names[:head] are the head, the rest the tail


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def ranked(text: str, head: int = 150) -> Pool:
    """A pool from names in rank order, separated by commas: weight 1/rank, duplicates dropped."""
    names: list[str] = []
    for raw in text.split(","):
        name = " ".join(raw.split())
        if name and name not in names:
            names.append(name)
    return Pool(tuple(names), tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names)))


def weighted(pairs: tuple[tuple[str, float], ...], head: int = 150) -> Pool:
    """A pool with the census's per cents as weights."""
    names: list[str] = []
    weights: list[float] = []
    for name, weight in pairs:
        if name not in names:
            names.append(name)
            weights.append(weight)
    return Pool(tuple(names), tuple(weights), min(head, len(names)))


def plain(word: str) -> str:
    """A name typed without its letters: `Wiśniewski` -> `Wisniewski`, `Yılmaz` -> `Yilmaz`."""
    word = word.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("İ", "I")
    word = word.replace("đ", "dj").replace("Đ", "Dj").replace("ø", "o").replace("Ø", "O")
    word = word.replace("æ", "ae").replace("ß", "ss")
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(word: str) -> str:
    """The feminine form of a Polish surname: `Kowalski` -> `Kowalska`, `Zieliński` -> `Zielińska`."""
    for masc, fem in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if word.endswith(masc):
            return word[: -len(masc)] + fem
    return word


# --- Sweden (SCB's order: given names of all bearers, surnames by number of bearers) -----------

SV_F = ranked("""
Anna, Eva, Maria, Karin, Sara, Kristina, Lena, Emma, Kerstin, Marie, Ingrid, Malin, Jenny, Hanna,
Linda, Annika, Birgitta, Susanne, Elin, Monica, Inger, Sofia, Johanna, Carina, Elisabeth, Julia,
Ida, Ulla, Linnéa, Helena, Katarina, Camilla, Margareta, Åsa, Cecilia, Sandra, Gunilla, Anette,
Therese, Elsa, Ebba, Anita, Maja, Ellen, Lisa, Amanda, Alice, Louise, Matilda, Ingela, Barbro,
Marianne, Agneta, Caroline, Moa, Josefin, Emelie, Wilma, Klara, Frida, Jessica, Charlotte, Lina,
Sofie, Madeleine, Astrid, Anneli, Alva, Olivia, Ella, Felicia, Stina, Britt, Gunnel, Siv,
Viktoria, Ulrika, Pia, Yvonne, Rebecka, Emilia, Nathalie, Jennie, Tove, Michaela, Ylva, Elisabet,
Ronja, Tilda, Ester, Alma, Selma, Saga, Freja, Vera, Nora, Agnes, Tyra, Signe, Edith, Stella,
Sigrid, Berit, Solveig, Märta, Irene, Lovisa, Isabelle, Mikaela, Hedvig, Elvira, Nellie, Lilly,
Majken, Ingegerd, Margit, Gerd, Maj, Ann, Ann-Marie, Ann-Christin, Eva-Lena, Ann-Sofie,
Anna-Karin, Lisbeth, Britt-Marie, Mona, Eleonor, Helen, Veronica, Petra, Jeanette, Mari, Hilda,
Ingeborg, Karolina, Elina, Angelica, Fanny, Jonna, Sanna, Malva, Liv, Thea, Cornelia, Molly,
Meja, Isabella, Emmy, Tindra, Hilma, Lova, Juni, Elise, Evelina, Sabina, Paula, Josefine,
Marita, Rut, Gudrun, Madelene, Carolina,
Agnetha, Ann-Louise, Ann-Britt, Ann-Kristin, Anne, Annelie, Annie, Anja, Annette, Antonia, Aurora,
Benita, Bodil, Boel, Britta, Charlotta, Dagmar, Dagny, Doris, Edla, Elfrida, Elna, Elly, Embla,
Engla, Eira, Estelle, Evy, Fredrika, Gertrud, Greta, Gunborg, Gunvor, Hillevi, Harriet, Helga,
Henrietta, Hjördis, Idun, Ines, Inga, Inga-Lill, Ingalill, Ingegärd, Iris, Irma, Jannike, Jasmine,
Judit, Kajsa, Katja, Laila, Lillemor, Linn, Linnea, Lisen, Lotta, Lydia, Magdalena, Maj-Britt,
Maj-Lis, Malou, Margot, Marit, Marlene, Mathilda, Mia, Minna, Mirja, Monika, My, Nadja, Nanna,
Nelly, Nina, Nova, Ottilia, Pernilla, Rakel, Ragnhild, Ragna, Rigmor, Rosita, Sally, Siri,
Sissela, Sonja, Susann, Svea, Sylvia, Tekla, Tina, Tora, Tuva, Ulla-Britt, Valborg, Vanja,
Vendela, Viola, Vivi, Wendela, Agda, Alfhild, Alida, Amelie, Andrea, Angelika, Anni, Asta,
Beatrice, Bettina, Birgit, Blenda, Cajsa, Carin, Catarina, Cathrine, Christina, Christin, Clara,
Désirée, Elsie, Elsy, Filippa, Gabriella, Gisela, Git, Gunhild, Hanne, Hedda, Helene, Henny, Ina,
Jane, Jill, Josephine, Karla, Lea, Leila, Lilian, Lisette, Madelaine, Malena, Marika, Marielle,
Martina, Maud, Maya, Melina, Mimmi, Nicole, Noomi, Olga, Patricia, Pauline, Rebecca, Regina,
Rose-Marie, Sigbritt, Siw, Solbritt, Stefanie, Tanja, Terese, Thilda, Tilde, Torun, Ulrica,
Vilhelmina, Vivan, Wivi, Yrsa, Zara, Åse, Gunnevi, Ingvor, Kristin, Lisa-Lotta, Maj-Gun,
Evita, Gullan, Ingun, Karolin, Liselott, Lotten, Mariann, Marina, Matilde,
Nettan, Ninni, Ottilie, Rosalie, Runa, Tessa, Ulla-Karin, Vivianne,
Jenni, Alexandra, Emelia, Hannah, Johanne, Kim, Leona, Lykke, Mira, Märit, Nathalia,
Rebeka, Sigyn, Sofi, Stephanie, Susanna, Teresia, Vilma, Wera, Åsa-Karin, Elin-Maria
""")

SV_M = ranked("""
Lars, Mikael, Anders, Johan, Erik, Per, Karl, Peter, Thomas, Jan, Daniel, Fredrik, Hans, Andreas,
Stefan, Mats, Marcus, Magnus, Jonas, Oskar, Bengt, Alexander, Niklas, Martin, Bo, Nils, Leif,
Henrik, Sven, Björn, Göran, Patrik, Ulf, Christer, Gustav, David, Lennart, Filip, Anton, Robert,
Tommy, Rolf, Kent, Simon, Emil, Viktor, Joakim, Christian, Kjell, Håkan, Olof, Mattias, Stig,
Roger, Jakob, Sebastian, Axel, William, Tobias, Rickard, Oliver, Elias, Lucas, Ludvig, Hugo,
Isak, Adam, Kenneth, Claes, Torbjörn, Jörgen, Arne, Gunnar, Ingemar, Åke, Rune, Roland, Dan,
Jesper, Kristoffer, Jimmy, Robin, Linus, Albin, Gabriel, Johannes, Carl, Sten, Ove, Lars-Erik,
Karl-Johan, Jan-Erik, Per-Olof, Liam, Noah, Vincent, Theo, Leo, Melvin, Hampus, Edvin, Viggo,
Arvid, Harry, Alfred, Sixten, Elliot, Otto, Sigge, Ture, Love, Valter, Knut, Algot, Ivar,
Vilgot, Holger, Ragnar, Erling, Folke, Gösta, Tage, Bertil, Sture, Yngve, Lage, Evert, Allan,
Kurt, Kenth, Conny, Ronny, Tony, Mathias, Pontus, Rasmus, Samuel, Benjamin, Jonathan, Kevin,
Dennis, Max, Felix, Melker, Olle, Casper, Jacob, Wilhelm, Vilhelm, Eskil, Ola, Pär, Staffan,
Ambjörn, Anselm, Arnold, Assar, August, Bernt, Birger, Bror, Börje, Crister, Dag, Einar, Elis,
Elof, Emanuel, Enar, Evald, Egon, Frans, Fritiof, Georg, Gerhard, Gillis, Gottfrid, Greger,
Gustaf, Halvar, Harald, Hilding, Hjalmar, Ingvar, Inge, Isidor, Jarl, Joel, Jon, Jens, Jöns,
Kennet, Kasper, Klas, Konrad, Krister, Leopold, Levi, Lorentz, Lukas, Malte, Matts, Mauritz,
Natanael, Nore, Oscar, Osvald, Ossian, Paul, Petter, Ragnvald, Reinhold, Roine, Rudolf, Rutger,
Sam, Seth, Sivert, Sune, Svante, Sören, Teodor, Tor, Torgny, Torsten, Tryggve, Urban, Valdemar,
Vidar, Vilmer, Wiktor, Östen, Ingmar, Hjalte, Elton, Colin, Charlie, Douglas, Alvin, Alvar, Ebbe,
Frej, Julius, Kian, Loke, Milo, Nicklas, Nicolas, Orvar, Sten-Åke, Bo-Göran, Stellan, Tomas,
Ulrik, Uno, Verner, Ejnar, Gert, Helge, Helmer, Henning, Herbert, Ingolf, Jerker, Jim, Jonny,
Josef, Kaj, Karl-Erik, Kjell-Åke, Lars-Göran, Leon, Marcel, Morgan, Nathan, Niclas, Nils-Erik,
Olav, Patric, Per-Anders, Peder, Rikard, Roy, Runar, Sander, Sigvard, Sölve, Teddy, Tim, Timo,
Tore, Torvald, Ville, Wilmer, Jan-Olov, Alf, Albert, Alex, Bruno, Christoffer, Curt, Dante,
Edgar, Edward, Elmer, Elvin, Erland, Ernst, Fabian, Hannes, Isac, Jack, Jonatan, Julian,
Lars-Olof, Leonard, Magne, Neo, Noel, Olov, Philip, Reidar, Sverker, Tristan, Valentin, Werner,
Wilgot, Åsmund, Thor, Gunne, Hasse, Kalle, Nisse, Pelle, Janne, Lasse, Jocke, Bosse,
Aron, Benny, Carl-Johan, Dick, Eddie, Eliot, Enok, Fredric, Fritz, Gunder, Halvard, Hilmer, Ingvald,
Jan-Åke, Jean, Joar, Joachim, Lars-Åke, Lennie, Ludwig, Nils-Olof, Oliwer, Per-Erik, Pierre,
Ralf, Sigfrid, Sigurd, Sten-Olof, Sven-Erik, Sven-Olof, Thure, Thorsten, Tom, Tommie, Bengt-Göran,
Bert, Carl-Erik, Christopher, Edwin, Hans-Erik, Hans-Olof, Ivan, Johnny, Karl-Axel, Kristian,
Lars-Gunnar, Lennarth, Noa, Sonny, Tord, Viking, Birger-Olof, Alfons, Hadar
""")

SV_S = ranked("""
Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson,
Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson,
Magnusson, Olofsson, Lindström, Lindqvist, Lindgren, Berg, Axelsson, Bergström, Lundberg, Lind,
Lundgren, Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Forsberg, Sjöberg,
Ali, Wallin, Mohammed, Engström, Eklund, Danielsson, Lundin, Håkansson, Björk, Bergman,
Gunnarsson, Holm, Wikström, Samuelsson, Isaksson, Fransson, Bergqvist, Nyström, Holmberg,
Arvidsson, Löfgren, Söderberg, Nyberg, Blomqvist, Claesson, Nordström, Mårtensson, Lundström,
Ahmed, Viklund, Björklund, Eliasson, Pålsson, Hassan, Berggren, Sandström, Lund, Nordin, Ström,
Åberg, Falk, Ekström, Hermansson, Holmgren, Dahlberg, Hellström, Hedlund, Sundberg, Sjögren, Ek,
Blom, Abrahamsson, Martinsson, Öberg, Andreasson, Strömberg, Månsson, Åkesson, Dahl, Lindholm,
Norberg, Holmqvist, Carlsson, Hussein, Jonasson, Sundqvist, Nordlund, Hedberg, Ekman, Strand,
Åström, Rydberg, Lindahl, Bäckström, Ekberg, Sundström, Söderström, Wallgren, Engberg, Lindblad,
Palm, Nyman, Rosén, Lindell, Ekholm, Backman, Sjöström, Hägglund, Ahlström, Sjödin, Skoglund,
Hedman, Blomberg, Brandt, Boman, Borg, Lindén, Nordqvist, Sundin, Stenberg, Öhman, Söderlund,
Åkerlund, Bergh, Hedström, Högberg, Hjalmarsson, Ottosson, Ivarsson,
Sandin, Lindh, Lindkvist, Jeppsson, Kristiansson, Zetterberg, Grahn, Nord, Melin, Holmström,
Sjölund, Törnqvist, Åslund, Friberg, Granberg, Granath, Wahlberg, Wennberg, Löfstedt, Bodin,
Edlund, Vikström, Westerberg, Westman, Lilja, Forslund, Fors, Höglund, Hagström, Ljungberg,
Lindbom, Forsman, Roos, Ekdahl, Thorén, Kvist, Kjellberg, Lindmark, Sundell, Wiklund, Westin,
Alm, Modig, Hallberg, Bergkvist, Sahlin, Nyqvist, Olausson, Ågren, Östlund, Eng, Asp, Lundh,
Ljung, Sjöblom, Pihl, Eklöf, Gustavsson, Carlström, Lindvall, Strandberg, Lindquist, Engdahl,
Hammar, Hellberg, Mohamed, Ibrahim, Omar, Abdi, Yusuf, Mahmoud, Khalil, Hosseini, Karimi,
Ahlberg, Almqvist, Aronsson, Augustsson, Bergenholtz, Björkman, Bohlin, Brodin, Broberg,
Dahlgren, Dahlqvist, Edberg, Ekelund, Elmqvist, Emanuelsson, Englund, Fagerlund, Flodin,
Frisk, Gran, Grönlund, Gustavson, Hagberg, Hallin, Hammarström, Hedin, Hellgren, Hjelm, Holgersson,
Hult, Hultgren, Isberg, Jacobsson, Josefsson, Kihlberg, Klang, Kronberg, Lager, Landin, Larsén,
Lidén, Liljegren, Lindeberg, Lundmark, Lönn, Malm, Malmberg, Malmström, Moberg, Nordgren, Norén,
Nygren, Näslund, Ohlsson, Olander, Ottosson, Pettersén, Rehn, Rosenberg, Rudberg, Rydén,
Salomonsson, Schön, Selin, Sjökvist, Skog, Stark, Stenström, Sterner, Strid, Svärd, Söderholm,
Thelin, Tell, Toresson, Unger, Wallén, Wester, Wiberg, Widén, Winberg, Åhlund, Östberg,
Blomgren, Ceder, Ehn, Fält, Gard, Gille, Haglund, Helin, Högström, Järnberg, Kling, Lantz, Lindkvist,
Linder, Mörk, Nordén, Orre, Rask, Sandell, Sköld, Storm, Sundgren, Tornberg, Vall, Ydén,
Boström, Hedqvist, Lindroos, Nord, Sandgren, Stenlund, Viberg, Wennerström, Öhrn, Dufva,
Ferm, Grape, Hasselgren, Kastensson, Lagerqvist, Lövgren, Mellberg, Nordahl, Ringström,
Sundelin, Tidholm, Wetterholm, Åman, Öqvist, Kullberg, Frid, Häll, Jarl, Rönn, Wall,
von Platen, af Klercker, De Geer, von Essen, af Ugglas, von Sydow, Lewenhaupt, Bonde,
Wachtmeister, af Trolle, von Otter, Oxenstierna, Bielke, Stackelberg, von Post, Leijonhufvud,
Gyllenstierna, af Petersens, Ehrensvärd, Cederström
""")

SV_NICK = {
    "Lars": ["Lasse"],
    "Mikael": ["Micke", "Mike"],
    "Per": ["Pelle", "Pär"],
    "Peter": ["Pelle", "Peppe"],
    "Karl": ["Kalle"],
    "Thomas": ["Tompa", "Tomas"],
    "Jan": ["Janne"],
    "Fredrik": ["Fredde", "Fredda"],
    "Hans": ["Hasse"],
    "Stefan": ["Steffe"],
    "Mats": ["Matte"],
    "Marcus": ["Mackan", "Mack"],
    "Magnus": ["Mange"],
    "Jonas": ["Jonte"],
    "Oskar": ["Ogge"],
    "Bengt": ["Bengan"],
    "Alexander": ["Alex"],
    "Niklas": ["Nicke"],
    "Martin": ["Matte"],
    "Bo": ["Bosse"],
    "Nils": ["Nisse"],
    "Leif": ["Leffe"],
    "Henrik": ["Henke"],
    "Sven": ["Svenne"],
    "Ulf": ["Uffe"],
    "Christer": ["Crille"],
    "Gustav": ["Gurra", "Gusse"],
    "Lennart": ["Lelle"],
    "Robert": ["Robban"],
    "Tommy": ["Tompa"],
    "Christian": ["Chrille"],
    "Håkan": ["Hacke"],
    "Olof": ["Olle"],
    "Mattias": ["Matte"],
    "Joakim": ["Jocke"],
    "Sebastian": ["Sebbe"],
    "Tobias": ["Tobbe"],
    "Rickard": ["Ricke"],
    "Ludvig": ["Ludde"],
    "Kenneth": ["Kenta"],
    "Torbjörn": ["Tobbe"],
    "Jörgen": ["Jögge"],
    "Roland": ["Rolle"],
    "Jesper": ["Jeppe"],
    "Daniel": ["Danne"],
    "Viktor": ["Vicke"],
    "Albin": ["Abbe"],
    "Axel": ["Acke"],
    "Hampus": ["Hampe"],
    "Patrik": ["Patte"],
    "Filip": ["Fille"],
    "Johan": ["Jojje"],
    "Kristoffer": ["Kricke"],
    "Gunnar": ["Gunne"],
    "Erik": ["Erre"],
    "Elisabeth": ["Lisa", "Bettan", "Lisbeth"],
    "Elisabet": ["Bettan"],
    "Margareta": ["Maggan", "Greta"],
    "Birgitta": ["Bittan", "Gittan"],
    "Kristina": ["Stina", "Kicki"],
    "Katarina": ["Kattis", "Kajsa"],
    "Susanne": ["Sussie", "Sanna"],
    "Charlotte": ["Lotta", "Lotten"],
    "Cecilia": ["Cissi", "Cilla"],
    "Josefin": ["Josse"],
    "Madeleine": ["Madde"],
    "Matilda": ["Tilda"],
    "Therese": ["Tessan"],
    "Annika": ["Anki"],
    "Helena": ["Lena"],
    "Johanna": ["Jossan", "Hanna"],
    "Viktoria": ["Vickan"],
    "Rebecka": ["Becka"],
    "Gabriella": ["Gabbi"],
    "Emelie": ["Emmie"],
    "Caroline": ["Carro"],
    "Camilla": ["Millan"],
    "Carina": ["Cia"],
    "Ulrika": ["Ulla"],
    "Jessica": ["Jessie"],
    "Anna": ["Annie"],
    "Karin": ["Kajsa"],
    "Gunilla": ["Gunsan"],
    "Agneta": ["Agge"],
}


# --- origins common in Sweden (the commonest names of each, 1/rank) ------------------------------

FINNISH = Origin(
    ranked(
        "Tuula, Pirjo, Riitta, Marja, Leena, Sirpa, Päivi, Tarja, Anneli, Kaisa, Aino, Helmi, Eila, Seija, Raija, Kirsi, Sari, Liisa, Maija, Satu, Outi, Tiina, Ritva, Merja, Eeva, Hannele, Marjatta, Anu, Minna, Johanna",
        12,
    ),
    ranked(
        "Juha, Matti, Jari, Timo, Kari, Mikko, Pekka, Jukka, Heikki, Antti, Markku, Esa, Pertti, Seppo, Risto, Hannu, Tapio, Veikko, Raimo, Kalevi, Olli, Janne, Ilkka, Erkki, Ville, Eino, Tuomas, Petri",
        12,
    ),
    ranked(
        "Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen, Hyvönen, Kallio, Pitkänen, Leinonen, Kärkkäinen",
        12,
    ),
)
ARABIC = Origin(  # Iraq and Syria, with Assyrian/Syriac names
    ranked(
        "Fatima, Maryam, Sara, Nour, Zainab, Rania, Layla, Hiba, Amal, Yasmin, Reem, Huda, Noor, Aya, Dalal, Salma, Lina, Rasha, Shahad, Amira, Ghada, Suha, Samira, Nadia, Hanan, Mariam, Shamiram, Rita, Ninar",
        12,
    ),
    ranked(
        "Mohammed, Ahmed, Ali, Hassan, Hussein, Omar, Mahmoud, Khaled, Yousef, Ibrahim, Mustafa, Abdullah, Karim, Ammar, Samir, Tariq, Haider, Rami, Fadi, Bassam, Jamal, Walid, Ninos, Sargon, Aziz, Ayman, Firas, Ziad, Gabriel, Aram",
        12,
    ),
    ranked(
        "Ali, Hassan, Mohammed, Ahmed, Hussein, Ibrahim, Abdullah, Khalil, Saleh, Jabbar, Al-Hashimi, Al-Jubouri, Kareem, Jassim, Mahmoud, Haddad, Khoury, Aziz, Youssef, Hamid, Saeed, Abbas, Al-Rubaie, Nasser, Darwish, Shamoun, Isho, Yacoub, Barsoum, Kadhim, Al-Obaidi, Rashid, Gabriel, Malki, Warda",
        12,
    ),
)
KURDISH = Origin(
    ranked(
        "Rojda, Berfin, Dilan, Zilan, Nazdar, Shilan, Avin, Jiyan, Nasrin, Gulistan, Bahar, Shirin, Hêvî, Rojin, Narin, Sozan, Kurdistan, Tara",
        10,
    ),
    ranked(
        "Azad, Rebin, Dilshad, Shwan, Sherzad, Karwan, Aram, Hawre, Baran, Serwan, Kawa, Rizgar, Ari, Diyar, Rawand, Hoshyar, Sirwan, Dara",
        10,
    ),
    ranked(
        "Ahmad, Mahmud, Rashid, Aziz, Karim, Qadir, Salih, Abdulrahman, Faraj, Mustafa, Hamad, Omer, Sabir, Majid, Rasul, Hama, Osman, Khidir, Baban, Jaf",
        10,
    ),
)
PERSIAN = Origin(
    ranked(
        "Maryam, Fatemeh, Zahra, Sara, Leila, Nazanin, Parisa, Shirin, Mina, Roya, Azadeh, Neda, Mahsa, Shabnam, Fariba, Golnar, Mitra, Nasrin, Ladan, Homa, Samira, Yasaman",
        12,
    ),
    ranked(
        "Mohammad, Ali, Reza, Amir, Hossein, Mehdi, Hamid, Saeed, Behzad, Kaveh, Dariush, Arash, Babak, Farhad, Majid, Omid, Navid, Payam, Peyman, Shahin, Kourosh, Ramin",
        12,
    ),
    ranked(
        "Mohammadi, Hosseini, Ahmadi, Rezaei, Karimi, Moradi, Jafari, Hashemi, Rahimi, Sadeghi, Ghasemi, Mousavi, Kazemi, Ebrahimi, Rostami, Amini, Nazari, Shahbazi, Tehrani, Farahani, Azizi, Heidari, Bagheri, Akbari, Zand",
        12,
    ),
)
AFGHAN = Origin(
    ranked(
        "Fatima, Zahra, Mariam, Nilofar, Khadija, Laila, Sima, Mursal, Farzana, Shakila, Nargis, Parwana, Soraya, Malalai, Hasina, Zarghona, Roya, Freshta",
        10,
    ),
    ranked(
        "Mohammad, Ahmad, Ali, Mustafa, Hamid, Abdul, Hamidullah, Sayed, Jawad, Murtaza, Ehsan, Yama, Nasir, Farid, Habib, Sohrab, Zabihullah, Mahdi, Rahim, Bilal, Mujtaba, Rahmatullah",
        10,
    ),
    ranked(
        "Ahmadi, Hussaini, Rahimi, Sultani, Noori, Mohammadi, Hakimi, Stanikzai, Karimi, Safi, Popal, Amiri, Wardak, Haidari, Jafari, Sadat, Azizi, Nazari, Rezai, Sharifi, Naseri, Hotak",
        10,
    ),
)
SOMALI = Origin(
    ranked(
        "Fadumo, Hodan, Amina, Faduma, Ayaan, Hibaaq, Sahra, Nimco, Hawa, Ifrah, Deqa, Sagal, Farhiya, Khadra, Maryan, Ubah, Halimo, Sucaad, Asha, Filsan, Hamdi, Muna",
        12,
    ),
    ranked(
        "Mohamed, Abdi, Ahmed, Abdullahi, Hassan, Ali, Omar, Yusuf, Abdirahman, Hussein, Ismail, Mahad, Liban, Abdikarim, Said, Mukhtar, Guled, Farah, Osman, Bashir, Abdiaziz, Hamza",
        12,
    ),
    ranked(
        "Mohamed, Ali, Ahmed, Abdi, Hassan, Abdullahi, Omar, Farah, Hussein, Yusuf, Ismail, Osman, Aden, Warsame, Jama, Abdulle, Nur, Hirsi, Egal, Dahir, Hashi, Mohamud, Elmi, Gedi, Duale",
        12,
    ),
)
ERITREAN = Origin(
    ranked(
        "Helen, Senait, Selam, Luwam, Feven, Rahel, Mebrat, Saba, Winta, Yodit, Semhar, Tsega, Hiwet, Almaz, Ruta, Eden, Lidia, Yordanos, Meron, Frehiwet",
        10,
    ),
    ranked(
        "Yonas, Daniel, Samuel, Tesfay, Mehari, Haile, Berhane, Kidane, Yohannes, Semere, Filmon, Robel, Dawit, Habtom, Amanuel, Mussie, Efrem, Tekle, Aron, Merhawi, Henok",
        10,
    ),
    ranked(
        "Tesfay, Haile, Gebremedhin, Tekle, Berhe, Kidane, Ghebreyesus, Woldu, Mehari, Tesfamariam, Habte, Asmerom, Ghirmay, Yohannes, Andemariam, Negash, Weldemichael, Gebre, Tewolde, Abraha, Kahsay",
        10,
    ),
)
POLISH = Origin(
    ranked(
        "Anna, Katarzyna, Maria, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Elżbieta, Magdalena, Joanna, Zofia, Monika, Aleksandra, Natalia, Karolina, Marta, Beata, Dorota, Justyna, Paulina, Weronika, Agata, Iwona, Grażyna",
        12,
    ),
    ranked(
        "Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Jan, Michał, Marcin, Jakub, Adam, Łukasz, Marek, Grzegorz, Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Kamil, Rafał, Maciej, Sebastian, Robert, Jacek, Przemysław",
        12,
    ),
    ranked(
        "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Wojciechowski, Kwiatkowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Wróbel, Nowakowski, Majewski, Olszewski, Sadowski, Górecki",
        12,
    ),
)
BCS = Origin(  # Bosnia, Serbia, Croatia: the former Yugoslavia
    ranked(
        "Amra, Amela, Emina, Lejla, Selma, Jasmina, Azra, Merima, Aida, Mirela, Ivana, Jelena, Marija, Ana, Snežana, Vesna, Dragana, Milica, Maja, Sanela, Senada, Mersiha, Nermina, Zlata, Edina",
        12,
    ),
    ranked(
        "Emir, Amir, Adnan, Edin, Haris, Mirza, Jasmin, Senad, Almir, Dino, Nikola, Marko, Stefan, Milan, Dragan, Zoran, Goran, Ivan, Darko, Nenad, Dejan, Elvir, Admir, Kenan, Mladen, Muhamed",
        12,
    ),
    ranked(
        "Hodžić, Hadžić, Kovačević, Begić, Delić, Ćosić, Mehmedović, Husić, Halilović, Omerović, Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Horvat, Babić, Marić, Jurić, Kovačić, Mujić, Salihović, Hasanović, Alić, Karić, Šehić, Imamović, Pavlović, Mustafić",
        12,
    ),
)
TURKISH = Origin(
    ranked(
        "Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Meryem, Şerife, Zehra, Sultan, Hülya, Derya, Esra, Merve, Büşra, Gül, Özlem, Selin, Ebru, Aylin, Songül",
        12,
    ),
    ranked(
        "Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, İsmail, Osman, Yusuf, Murat, Ömer, Ramazan, Halil, Süleyman, Abdullah, Mahmut, Emre, Burak, Serkan, Kemal, Erkan, Gabriel",
        12,
    ),
    ranked(
        "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Korkmaz, Aksoy, Güneş, Bulut, Karataş, Tekin, Acar",
        12,
    ),
)
THAI = Origin(
    ranked(
        "Malee, Nittaya, Pranee, Supaporn, Kanya, Ratana, Wanida, Suda, Jintana, Araya, Pornthip, Sunisa, Kanokwan, Duangjai, Lamai, Sumalee, Orathai, Wipada, Naree, Anong, Siriporn",
        10,
    ),
    ranked(
        "Somchai, Somsak, Prasert, Sombat, Surachai, Anan, Chaiwat, Wichai, Kittisak, Niran, Preecha, Sakda, Boonmee, Narong, Somporn, Suchart, Thanawat, Pongsak, Chatchai",
        10,
    ),
    ranked(
        "Saetang, Srisuk, Wongsa, Chaiyaphum, Boonyasit, Sukjai, Thongchai, Kaewkanya, Rattanakorn, Phromma, Sriwong, Jaidee, Kongkaew, Sangthong, Bunma, Chanthawong, Phanphet, Somboon, Thammarat, Saelim",
        10,
    ),
)
LATIN = Origin(  # Chile and Latin America: two surnames, paterno y materno
    ranked(
        "María, Carolina, Daniela, Camila, Francisca, Valentina, Constanza, Javiera, Catalina, Paula, Claudia, Patricia, Verónica, Gloria, Marcela, Paola, Alejandra, Fernanda, Andrea, Lorena, Ximena",
        12,
    ),
    ranked(
        "José, Juan, Luis, Carlos, Jorge, Francisco, Cristián, Manuel, Pedro, Sebastián, Diego, Matías, Rodrigo, Felipe, Nicolás, Pablo, Gonzalo, Héctor, Sergio, Patricio, Mauricio",
        12,
    ),
    ranked(
        "González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo, Tapia, Reyes, Gutiérrez, Castro, Vargas",
        12,
    ),
)
UKRAINIAN = Origin(
    ranked(
        "Olena, Oksana, Iryna, Natalia, Tetiana, Yulia, Svitlana, Anastasiia, Kateryna, Olha, Mariia, Viktoriia, Halyna, Liudmyla",
        8,
    ),
    ranked(
        "Oleksandr, Serhii, Andrii, Volodymyr, Dmytro, Mykola, Ivan, Yurii, Oleh, Vasyl, Taras, Bohdan, Maksym, Vitalii",
        8,
    ),
    ranked(
        "Melnyk, Shevchenko, Boyko, Kovalenko, Bondarenko, Tkachenko, Kovalchuk, Kravchenko, Oliinyk, Shevchuk, Koval, Polishchuk, Bondar, Tkachuk, Marchenko, Rudenko, Savchenko, Petrenko",
        8,
    ),
)
NORDIC = Origin(  # Norway and Denmark: neighbours, buyers, drivers
    ranked(
        "Kari, Ingrid, Anne, Marit, Hanne, Mette, Kirsten, Lene, Tone, Randi, Silje, Ida, Nora, Ane, Line, Gro, Sidsel, Tove, Bente, Camilla",
        10,
    ),
    ranked(
        "Ole, Jens, Bjørn, Lars, Knut, Arne, Svein, Per, Morten, Søren, Rasmus, Henrik, Jørgen, Torbjørn, Geir, Terje, Kjetil, Mads, Niels, Anders, Trond",
        10,
    ),
    ranked(
        "Hansen, Johansen, Olsen, Larsen, Andersen, Pedersen, Nilsen, Kristiansen, Jensen, Karlsen, Berg, Haugen, Hagen, Johannessen, Jørgensen, Sørensen, Rasmussen, Christensen, Nielsen, Madsen, Bakke, Dahl, Strand, Lie, Solberg",
        10,
    ),
)
GERMAN = Origin(
    ranked(
        "Ursula, Monika, Petra, Sabine, Claudia, Andrea, Susanne, Katrin, Anja, Stefanie, Julia, Lena, Sandra, Birgit, Heike, Gisela, Karin, Renate",
        10,
    ),
    ranked(
        "Michael, Thomas, Andreas, Stefan, Frank, Jürgen, Klaus, Wolfgang, Uwe, Jens, Markus, Tobias, Florian, Matthias, Christian, Hans-Peter, Dieter, Bernd",
        10,
    ),
    ranked(
        "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Hofmann, Krüger, Hartmann",
        10,
    ),
)
DUTCH = Origin(
    ranked(
        "Maria, Anna, Johanna, Cornelia, Anke, Marieke, Sanne, Lotte, Femke, Ingrid, Esther, Inge, Monique, Petra, Eva, Sophie",
        8,
    ),
    ranked(
        "Jan, Johannes, Pieter, Cornelis, Hendrik, Willem, Gerrit, Jeroen, Bas, Dirk, Joost, Sander, Maarten, Thijs, Ruud, Bram",
        8,
    ),
    ranked(
        "de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer, de Boer, Mulder, de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, Dijkstra, Smits, de Graaf, van der Meer",
        10,
    ),
)
IRISH = Origin(
    ranked(
        "Mary, Margaret, Siobhán, Aoife, Niamh, Ciara, Sinéad, Róisín, Orla, Aisling, Emma, Sarah, Caoimhe, Gráinne, Deirdre, Bridget, Eileen, Maeve, Catherine, Ann",
        10,
    ),
    ranked(
        "Seán, Patrick, John, Michael, Pádraig, Liam, Ciarán, Conor, Declan, Eoin, Cian, Darragh, Niall, Séamus, Dermot, Brendan, Colm, Tadhg, Thomas, James",
        10,
    ),
    ranked(
        "Murphy, Kelly, O'Sullivan, Walsh, Smith, O'Brien, Byrne, Ryan, O'Connor, O'Neill, O'Reilly, Doyle, McCarthy, Gallagher, O'Doherty, Kennedy, Lynch, Murray, Quinn, Moore, McLoughlin, O'Carroll, Connolly, Daly, O'Connell, Brennan, Fitzgerald, Dunne, Kavanagh, Nolan",
        12,
    ),
)

# --- the UK (ONS baby-name rankings over the decades; common surnames of England and Wales) ------

UK_F = ranked(
    """
Olivia, Amelia, Emily, Isla, Ava, Jessica, Isabella, Lily, Ella, Mia, Sophie, Grace, Chloe,
Charlotte, Emma, Lucy, Hannah, Sarah, Laura, Rebecca, Rachel, Claire, Nicola, Lisa, Kelly, Gemma,
Amy, Helen, Michelle, Joanne, Karen, Julie, Louise, Samantha, Victoria, Jennifer, Elizabeth,
Katie, Lauren, Holly, Megan, Georgia, Ellie, Poppy, Freya, Evie, Sophia, Florence, Rosie, Daisy,
Phoebe, Alice, Harriet, Zoe, Abigail, Jade, Natalie, Stacey, Donna, Tracey, Susan, Deborah,
Alison, Angela, Catherine, Caroline, Jane, Joanna, Kate, Amanda, Wendy, Dawn, Kirsty, Leanne,
Hayley, Danielle, Eleanor, Anna, Lydia, Molly, Imogen, Millie, Matilda, Ruby, Jasmine, Maisie,
Scarlett, Eloise, Bethany, Jodie, Sian, Rhiannon, Fiona, Heather, Beverley, Sharon, Paula, Carol,
Janet, Gillian, Lynne, Pauline, Margaret, Patricia, Ann, Sandra, Christine, Linda, Barbara,
Maureen, Sheila, Jean, Shirley, Valerie, Jacqueline, Elaine, Lorraine, Tina, Julia, Marie,
Lesley, Hazel, Joan, Brenda, Rosemary, Yvonne, Jenny, Hollie, Abbie, Leah, Erin, Esme, Layla,
Willow, Harper, Elsie, Ivy, Aria, Mila, Evelyn, Isabelle, Niamh, Orla, Keira, Tilly, Amber,
Summer, Libby, Gracie, Lola, Sienna, Maya, Robyn, Naomi, Shannon, Chelsea, Kayleigh, Toni, Carly,
Lindsay, Rachael, Vicky, Zara, Kerry, Cheryl, Georgina, Annabel, Bryony, Felicity, Rosalind,
Beatrice, Clara, Iris, Edith, Martha, Nancy, Mabel, Penelope, Lottie, Heidi, Eliza, Francesca,
Tamsin, Morwenna, Catrin, Ffion, Cerys, Bethan, Eilidh, Mhairi, Ailsa, Katherine, Vanessa,
Melanie, Tanya, Sally, Anne, Diane, Gail, Lynn, Judith, Dorothy, Eileen, Irene, Marion, Doreen,
Rita, Audrey, Kathleen, Joyce, Sylvia, Norma, Gwen, Megan-Rose, Lacey, Aimee, Sasha, Nadia, Anya,
Aisha, Fatima, Zainab, Ayesha, Amira, Priya
""",
    130,
)

UK_M = ranked(
    """
Oliver, George, Harry, Jack, Jacob, Noah, Charlie, Muhammad, Thomas, Oscar, William, James, Leo,
Alfie, Henry, Joshua, Freddie, Archie, Ethan, Isaac, Alexander, Joseph, Edward, Samuel, Max,
Daniel, Arthur, Lucas, Mohammed, Logan, Theo, Harrison, Benjamin, Mason, Sebastian, Finley, Adam,
Dylan, Zachary, Riley, Teddy, Theodore, David, Toby, Jake, Louie, Elijah, Reggie, Luke, Matthew,
Ryan, Lewis, Callum, Liam, Connor, Jamie, Andrew, Michael, Christopher, Mark, Paul, Stephen,
Richard, Robert, John, Peter, Simon, Ian, Gary, Darren, Craig, Lee, Stuart, Neil, Martin, Kevin,
Anthony, Steven, Jason, Scott, Wayne, Dean, Carl, Nicholas, Jonathan, Philip, Graham, Alan, Keith,
Colin, Brian, Trevor, Barry, Derek, Kenneth, Roger, Geoffrey, Malcolm, Nigel, Clive, Gareth, Rhys,
Owen, Dafydd, Iwan, Gethin, Hamish, Angus, Fraser, Euan, Ross, Alasdair, Duncan, Murray, Ewan,
Tom, Ben, Sam, Joe, Nathan, Aaron, Kieran, Bradley, Jordan, Tyler, Kyle, Dominic, Hugo, Rupert,
Giles, Jeremy, Julian, Hugh, Miles, Felix, Rory, Finn, Jude, Ronnie, Stanley, Albie, Frankie,
Tommy, Bobby, Jesse, Harvey, Tobias, Elliot, Ralph, Cameron, Ashley, Shaun, Danny, Billy, Gavin,
Glen, Terry, Leon, Marcus, Aidan, Caleb, Rowan, Blake, Jenson, Harley, Morgan, Ieuan, Cai, Osian,
Alistair, Gregor, Calum, Struan, Innes, Lachlan, Dennis, Raymond, Frederick, Albert, Ernest,
Walter, Leonard, Stanley, Sidney, Douglas, Gordon, Donald, Roy, Ronald, Norman, Eric, Francis,
Gerald, Timothy, Russell, Adrian, Matthew, Ashley, Imran, Arjun, Omar, Yusuf, Ibrahim, Hassan,
Rohan, Kai, Ollie, Jay
""",
    130,
)

UK_S = ranked("""
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
Lawson, Banks, French, Stanley, Jarvis, Gibbs, Ferguson, Hayward, Carroll, Alexander, Dickinson,
Todd, Barlow, Hargreaves, Pickering, Thornton, Kirby, Metcalfe, Sutcliffe, Oakley, Ashworth,
Dobson, Fenwick, Armitage, Bainbridge, Charlton, Dodd, Entwistle, Featherstone, Haworth,
Illingworth, Kershaw, Lister, Nuttall, Ormerod, Pennington, Ramsbottom, Shackleton, Tindall,
Wainwright, Whittaker, Ackroyd, Pryce, Bevan, Prosser, Vaughan, Pugh, Llewellyn, Meredith, Maddox
""")

EN_NICK = {
    "Elizabeth": ["Liz", "Beth", "Lizzie", "Betty"],
    "Robert": ["Rob", "Bob", "Bobby"],
    "William": ["Will", "Bill", "Billy"],
    "James": ["Jim", "Jimmy", "Jamie"],
    "Michael": ["Mike", "Mick", "Mikey"],
    "Richard": ["Rick", "Rich", "Dick"],
    "Thomas": ["Tom", "Tommy"],
    "Christopher": ["Chris"],
    "Joseph": ["Joe", "Joey"],
    "Daniel": ["Dan", "Danny"],
    "Matthew": ["Matt"],
    "Anthony": ["Tony"],
    "Andrew": ["Andy", "Drew"],
    "Nicholas": ["Nick"],
    "Jonathan": ["Jon"],
    "Benjamin": ["Ben"],
    "Samuel": ["Sam"],
    "Edward": ["Ed", "Eddie", "Ted"],
    "Jennifer": ["Jen", "Jenny"],
    "Katherine": ["Kate", "Kathy", "Katie"],
    "Catherine": ["Cathy", "Kate"],
    "Margaret": ["Maggie", "Peggy", "Meg"],
    "Patricia": ["Pat", "Patty", "Trish"],
    "Susan": ["Sue", "Suzy"],
    "Rebecca": ["Becky", "Becca"],
    "Victoria": ["Vicky", "Tori"],
    "Jessica": ["Jess"],
    "Alexander": ["Alex", "Xander"],
    "Deborah": ["Debbie", "Deb"],
    "Stephen": ["Steve"],
    "Steven": ["Steve"],
    "Charlotte": ["Lottie", "Charlie"],
    "Samantha": ["Sam", "Sammy"],
    "Timothy": ["Tim"],
    "Kenneth": ["Ken", "Kenny"],
    "Gregory": ["Greg"],
    "Jeffrey": ["Jeff"],
    "Donald": ["Don"],
    "Ronald": ["Ron", "Ronnie"],
    "Gerald": ["Gerry"],
    "Henry": ["Harry", "Hal"],
    "Philip": ["Phil"],
    "Frederick": ["Fred", "Freddie"],
    "Kimberly": ["Kim"],
    "Amanda": ["Mandy"],
    "Christine": ["Chrissy"],
    "Abigail": ["Abby"],
    "Eleanor": ["Ellie", "Nell"],
    "Jacqueline": ["Jackie"],
    "Joshua": ["Josh"],
    "Zachary": ["Zach"],
    "Nathan": ["Nate"],
    "Lawrence": ["Larry"],
    "Douglas": ["Doug"],
    "Theodore": ["Teddy", "Theo"],
    "Patrick": ["Paddy", "Pat"],
    "Pamela": ["Pam"],
    "Barbara": ["Barb"],
    "Cynthia": ["Cindy"],
    "Dorothy": ["Dot", "Dottie"],
    "Judith": ["Judy"],
    "Gillian": ["Gill"],
    "Raymond": ["Ray"],
    "Terence": ["Terry"],
    "Leonard": ["Len"],
    "Stuart": ["Stu"],
}

# --- the US (Census 1990, public domain: per cent of the population as weight) -----------------

US_F = (
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
    ("Alton", 0.033), ("Archie", 0.033), ("Marco", 0.033), ("Wm", 0.033), ("Pete", 0.032),
    ("Randolph", 0.032), ("Garry", 0.032), ("Geoffrey", 0.032), ("Jonathon", 0.032),
    ("Felipe", 0.032), ("Bennie", 0.032), ("Gerardo", 0.032), ("Ed", 0.032), ("Dominic", 0.032),
    ("Robin", 0.032), ("Loren", 0.032), ("Delbert", 0.031), ("Colin", 0.031), ("Guillermo", 0.031),
    ("Earnest", 0.031), ("Lucas", 0.031), ("Benny", 0.03), ("Noel", 0.03), ("Spencer", 0.03),
    ("Rodolfo", 0.03), ("Myron", 0.03), ("Edmund", 0.03), ("Garrett", 0.029), ("Salvatore", 0.029),
    ("Cedric", 0.029), ("Lowell", 0.029), ("Gregg", 0.029), ("Sherman", 0.028), ("Wilson", 0.028),
    ("Devin", 0.028), ("Sylvester", 0.028), ("Kim", 0.028), ("Roosevelt", 0.028),
    ("Israel", 0.028), ("Jermaine", 0.028),
)  # fmt: skip

US_S = (
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
    ("Shelton", 0.039), ("Barrett", 0.039), ("Obrien", 0.039), ("Castro", 0.039),
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

ORIGINS = {
    "swedish": Origin(SV_F, SV_M, SV_S),
    "us": Origin(weighted(US_F), weighted(US_M), weighted(US_S)),
    "uk": Origin(UK_F, UK_M, UK_S),
    "finnish": FINNISH, "arabic": ARABIC, "kurdish": KURDISH, "persian": PERSIAN,
    "afghan": AFGHAN, "somali": SOMALI, "eritrean": ERITREAN, "polish": POLISH, "bcs": BCS,
    "turkish": TURKISH, "thai": THAI, "latin": LATIN, "ukrainian": UKRAINIAN, "nordic": NORDIC,
    "german": GERMAN, "dutch": DUTCH, "irish": IRISH,
}  # fmt: skip

# Who is named, by the language of the row (weights): Swedish text roughly as Sweden's
# population is, English text as Britain, Ireland and the US are with their neighbours in the
# trade, mixed text between.
MIXES = {
    "sv": {
        "swedish": 70, "arabic": 5, "finnish": 4, "polish": 2.5, "bcs": 2.5, "persian": 2,
        "somali": 1.8, "kurdish": 1.5, "turkish": 1.5, "afghan": 1.4, "eritrean": 1.2,
        "ukrainian": 1.2, "thai": 1, "latin": 1, "nordic": 1.5, "german": 0.6, "us": 0.5, "uk": 0.5,
    },
    "en": {
        "uk": 34, "us": 30, "irish": 8, "swedish": 8, "nordic": 3, "german": 3, "dutch": 3,
        "polish": 2.5, "arabic": 1.5, "latin": 1.5, "finnish": 1, "turkish": 1, "somali": 0.8,
        "ukrainian": 0.8, "persian": 0.6,
    },
    "mixed": {
        "swedish": 50, "uk": 10, "us": 8, "irish": 3, "nordic": 4, "german": 3, "dutch": 2.5,
        "arabic": 4, "finnish": 3, "polish": 3, "bcs": 2, "persian": 2, "kurdish": 1.2,
        "turkish": 1.2, "somali": 1.2, "afghan": 1, "eritrean": 1, "ukrainian": 1.2, "thai": 1,
        "latin": 1,
    },
}  # fmt: skip

NICKNAMES = {"swedish": SV_NICK, "us": EN_NICK, "uk": EN_NICK, "irish": EN_NICK}
