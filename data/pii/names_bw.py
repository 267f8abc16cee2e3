# ruff: noqa: E501
"""Name pools of held-out bw (clubs, associations and parents' groups), as Python data.

Every pool is ordered by how common the name is in its population and weighted by that:
Sweden's given names and surnames in the order of SCB's name statistics (written from general
knowledge; weight 1/rank; a head of the top 150 and a tail of rarer names past them); the US
Census 1990 lists (public domain; the first 380 women's and men's given names and 400 surnames
with the census's per cent as weight, head the top 150); the UK's given names and surnames in the
order of the ONS rankings (general knowledge, 1/rank); and the commonest given names and surnames
of the origins common in Sweden (Finland, Iraq and Syria, Kurdistan, Somalia, Eritrea,
Afghanistan, Iran, Poland, the former Yugoslavia, Turkey, Thailand, Chile, Ukraine), 1/rank.
No name was checked against any list of the project, and none was left out for being known or
unknown.
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


@dataclass(frozen=True)
class Origin:
    given_f: Pool
    given_m: Pool
    surnames: Pool


def _split(text: str) -> list[str]:
    out: list[str] = []
    for item in text.replace("\n", " ").split(","):
        item = " ".join(item.split())
        if item and item not in out:  # a name written twice keeps its first (higher) rank
            out.append(item)
    return out


def ranked(text: str, head: int = 150) -> Pool:
    """A pool in rank order, weight 1/rank."""
    names = _split(text)
    return Pool(tuple(names), tuple(1 / (i + 1) for i in range(len(names))), min(head, len(names)))


def census(text: str, head: int = 150) -> Pool:
    """A pool of `Name per-cent` items, the per cent as weight."""
    names, weights = [], []
    for item in _split(text):
        name, _, share = item.rpartition(" ")
        names.append(name)
        weights.append(float(share))
    return Pool(tuple(names), tuple(weights), head)


def plain(word: str) -> str:
    """A name typed without its letters beyond ASCII (`Wiśniewski` -> `Wisniewski`)."""
    word = word.replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    word = word.replace("ı", "i").replace("İ", "I").replace("ß", "ss")
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def feminine(surname: str) -> str:
    """A Polish surname as a woman carries it (`Kowalski` -> `Kowalska`)."""
    for end, fem in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(end):
            return surname[: -len(end)] + fem
    return surname


# --- Sweden (SCB's order, general knowledge) -------------------------------------------------
SV_GIVEN_F = ranked("""
Maria, Anna, Margareta, Elisabeth, Eva, Kristina, Birgitta, Karin, Elisabet, Marie, Ingrid,
Christina, Linnéa, Sofia, Kerstin, Marianne, Lena, Helena, Emma, Inger, Johanna, Sara, Cecilia,
Ulla, Anita, Elin, Gunilla, Ida, Hanna, Viktoria, Susanne, Louise, Linda, Malin, Jenny, Irene,
Monica, Julia, Annika, Elsa, Matilda, Camilla, Barbro, Ingegerd, Ulrika, Åsa, Katarina, Agneta,
Yvonne, Ebba, Caroline, Ella, Amanda, Siv, Alice, Lisa, Britt, Klara, Frida, Gun, Ann, Astrid,
Therese, Maja, Charlotte, Josefin, Wilma, Emelie, Anneli, Lovisa, Birgit, Gunnel, Madeleine,
Ingela, Sandra, Alva, Ellen, Carina, Jessica, Helen, Elvira, Agnes, Olivia, Alexandra, Ann-Marie,
Ann-Christin, Mona, Pia, Berit, Moa, Nora, Ingeborg, Saga, Isabelle, Sofie, Emilia, Felicia,
Rebecka, Marita, Marina, Lina, Gerd, Vera, Margit, Ester, Signe, Stina, Petra, Tove, Annelie,
Linn, Hedvig, Sigrid, Greta, Selma, Tyra, Elina, Freja, Lilly, Thea, Mila, Majken, Märta,
Karolina, Anette, Ylva, Solveig, Viola, Elise, Tilda, Edith, Ronja, Magdalena, Rut, Eleonora,
Pernilla, Mikaela, Nathalie, Jennie, Emmy, Hilda, Svea, Iris, Liv, Juni, Meja, Nellie, Cornelia,
Elsie, Britta, Hillevi, Jeanette, Veronica, Sanna, Paulina, Evelina, Tindra, Alicia, Stella,
Lova, Molly, Idun, Gunvor, Inga, Aina, Ulla-Britt, Maj-Britt, Rigmor, Sonja, Vivianne, Gudrun,
Ragnhild, Elna, Valborg, Hjördis, Ruth, Lilian, Laila, Lisbeth, Kristin, Jonna, Elinor, Tuva,
Vilma, Hedda, Alma, Olga, Gertrud, Teresia, Ann-Sofie, Anna-Karin, Eva-Lena, Sylvia, Lillemor,
Tora, Kajsa, Ulrica, Malva, Ellinor, Blenda, Ingalill, Gunhild, Emmie, Jasmine, Siri, Vendela,
Engla, Tea, Amelia, Lykke, Hilma, Dorotea, Bodil, Ingbritt, Anne, Annette, Jill, Nina, Rebecca,
Fanny, Lea, Mira, Leah, Lisen, Minna, Ines, Novalie, Elvy, Majvor, Göta, Dagny, Gunborg, Doris,
Rosa, Rose-Marie, Rose, Ingalena, Annie, Therése, Josefine, Filippa, Isabella, Sofi, Melina,
Emilie, Linnea, Nadja, Natalie, Tina, Charlotta, Anja, Benita, Catarina, Christin, Desirée,
Eivor, Elsy, Ethel, Gull-Britt, Gunbritt, Harriet, Helga, Ingeli, Irma, Jannike,
Kristel, Lotten, Maj, Margareth, Marielle, Mariana, Matilde, Mathilda, Mia, Monika, My, Nelly,
Oda, Rakel, Sally, Solbritt, Svanhild, Tekla,
Tuulikki, Vanja, Vilhelmina, Viveka, Vivi, Wiveka,
Agda, Alfhild, Anneliese, Astri, Cajsa, Dagmar, Edla, Elvi, Emy, Erika, Fredrika,
Gabriella, Gisela, Hanne, Ilse, Isa, Jane, Juliana, Kaisa, Lia, Liselott, Lisette,
Madelene, Majlis, Malou, Marlene, Naima, Nova, Ottilia, Patricia, Regina, Ritva,
Sabina, Selina, Stefanie, Susann, Tanja, Wendela, Yasmin,
Ewa, Inga-Lill, Ing-Marie, Ann-Louise, Anna-Lena, Ann-Kristin, Marie-Louise, Ann-Charlotte, Lotta, Emelia, Alexia, Ellie, Lovis, Joline, Cassandra, Michaela, Marika, Mariann, Marianna, Mirja, Nadia, Nicole, Pamela, Pauline, Rosita, Sigbritt, Sigyn, Silvia, Sophie, Tilde, Vivan, Wivianne, Zara, Amalia, Angelica, Beata, Bella, Carin, Carola, Cathrine, Christel, Daniela, Eira, Elma, Elva, Embla, Emmeli, Estelle, Gunn, Hilde, Irja, Jenni, Josephine, Karina, Katja, Lisbet, Louisa, Lucia, Madelen, Malena, Maud, Maya, Meta, Miriam, Nicolina, Noomi, Ragna, Renée, Siw, Stephanie, Susanna, Tessa, Tova, Wilhelmina
""")

SV_GIVEN_M = ranked("""
Lars, Karl, Anders, Johan, Per, Erik, Nils, Mikael, Carl, Jan, Lennart, Hans, Peter, Thomas,
Daniel, Gustav, Fredrik, Bengt, Sven, Andreas, Magnus, Stefan, Alexander, Olof, Bo, Mats, Åke,
Göran, Oskar, Leif, Jonas, Ulf, Martin, Axel, Henrik, Mattias, Björn, Kjell, Johannes, Viktor,
Christer, Emil, Arne, Gunnar, Håkan, Kent, Tommy, David, Stig, Rolf, Anton, Marcus, Filip,
William, Roger, Patrik, Ingemar, Simon, Jakob, Robert, Rickard, Sebastian, Niklas, Elias,
Christoffer, Tomas, Gösta, Hugo, Ludvig, Lucas, Oliver, Jonathan, Claes, Tobias, Kenneth,
Bertil, Isak, Linus, Adam, Joakim, Sten, Dan, Torbjörn, Jörgen, Rune, Christian, Alfred, Josef,
Kurt, Albin, Ove, Rasmus, Ingvar, Roland, Arvid, Liam, Noah, Theo, Edvin, Vincent, Melvin,
Harald, Wilhelm, Samuel, Pontus, Jesper, Tage, Evert, Allan, Sture, Torsten, Ivar, Mohammed,
Ali, Hampus, Kevin, Max, Leo, Elliot, Folke, Birger, Holger, Yngve, Gert, Conny, Jimmy, Dennis,
Joel, Ronny, Glenn, Sune, Einar, Ragnar, Morgan, Frans, Sixten, Valter, Otto, Love, Malte,
Vilgot, Benny, Jens, Harry, Henry, Frank, Ture, Lage, Ebbe, Gustaf, Bror, Helge, Edvard,
Herbert, Inge, Sverker, Kristoffer, Mathias, Markus, Stellan, Ola, Hjalmar, Knut, Gottfrid,
Ernst, Assar, Algot, Artur, Sigvard, Sigurd, Gerhard, Valdemar, Waldemar, Östen, Torgny, Roine,
Tore, Tord, Kennet, Uno, Urban, Ulrik, Ragnvald, Göte, Verner, Vidar, Egon, Emanuel, Fabian,
Felix, Gabriel, Jack, Charlie, Colin, Milo, Elton, Nicklas, Thor, Tor, Torvald, Benjamin, Casper,
August, Aron, Adrian, Albert, Alvin, Dante, Eddie, Elvin, Eskil, Hannes, Henning, Joar, Julius,
Kasper, Leon, Loke, Lukas, Matteo, Melker, Neo, Noel, Olle, Ossian, Ruben, Sam, Sigge, Svante,
Teodor, Tim, Ville, Viggo, Zacharias, Enar, Erland, Halvar, Jarl, Leopold, Mauritz, Nore,
Orvar, Rudolf, Seth, Åsmund, Joacim, Jon, Jonny, Kim, Krister, Niclas, Patric, Peder, Reine,
Robin, Roy, Sören, Thorbjörn, Torkel, Elof, Hilding, Sölve, Valfrid, Edgar, Ejnar, Elis, Erling,
Lars-Erik, Karl-Erik, Jan-Erik, Per-Olof, Carl-Johan, Lars-Göran, Kjell-Åke, Nils-Erik, Stig-Arne,
Bernt, Boris, Cornelis, Dag, Dick, Douglas, Eilert, Eliot, Elmer, Emrik, Eric, Erich, Finn,
Fritiof, Georg, Gregor, Gunder, Gusten, Halvard, Hasse, Helmer, Hilmer, Ib, Ingmar, Isidor,
Ivan, Jacob, Jerker, Jim, Johnny, Josua, Kalle, Karl-Gustav, Klas, Kristian, Lennarth,
Lorentz, Ludwig, Magne, Manne, Matts, Melwin, Mons, Nathan, Nicolaus, Nikolaj, Oscar, Paul,
Pelle, Per-Åke, Petter, Philip, Rikard, Rolle, Sigfrid, Sivert, Sonny, Staffan, Sten-Åke,
Stig-Olof, Teddy, Thure, Tony, Torleif, Valentin, Vilhelm,
Wille, Yngvar, Adolf, Alf, Anselm, Arnold, Bert, Brage, Edor,
Elon, Ferdinand, Gillis, Greger, Gunne, Hadar, Herman, Hjalte, Holmer, Ingolf, Iwan, Julian,
Jan-Olof, Lars-Olof, Per-Anders, Sven-Erik, Bo-Göran, Andre, Birk, Bruno, Christopher, Didrik, Eino, Elwin, Esbjörn, Fritz, Gunno, Ingvald, John, Jonatan, Kaj, Kristofer, Mio, Morris, Nicolas, Nils-Olof, Odd, Olov, Pål, Vilmer, Wiktor, Ante
""")

SV_SURNAMES = ranked("""
Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson,
Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson,
Magnusson, Olofsson, Lindström, Lindqvist, Lindgren, Berg, Axelsson, Bergström, Lundberg, Lind,
Lundgren, Lundqvist, Mattsson, Berglund, Fredriksson, Sandberg, Henriksson, Forsberg, Sjöberg,
Ali, Wallin, Mohammed, Engström, Eklund, Danielsson, Lundin, Håkansson, Björk, Bergman,
Gunnarsson, Holm, Wikström, Samuelsson, Isaksson, Fransson, Bergqvist, Nyström, Holmberg,
Arvidsson, Löfgren, Söderberg, Nyberg, Blomqvist, Claesson, Nordström, Mårtensson, Lundström,
Ahmed, Viklund, Björklund, Eliasson, Pålsson, Hassan, Berggren, Sandström, Lund, Nordin, Ström,
Åberg, Hermansson, Ekström, Holmgren, Sundberg, Hedlund, Dahlberg, Hellström, Sjögren,
Abrahamsson, Falk, Öberg, Martinsson, Andreasson, Blom, Ek, Månsson, Strand, Åkesson, Jonasson,
Norberg, Göransson, Öhman, Dahl, Lindholm, Sundström, Åström, Nordqvist, Hussein, Ibrahim,
Mohamed, Lindahl, Ekberg, Sundqvist, Lindblom, Mikaelsson, Östlund, Söderström, Nyman, Holmqvist,
Lindell, Ekman, Hedberg, Sjöström, Bäckström, Nordlund, Friberg, Lilja, Borg, Lindén, Björn,
Augustsson, Hedström, Ottosson, Davidsson, Ivarsson, Nord, Adolfsson, Sjölund, Löfqvist,
Dahlgren, Kjellberg, Rosén, Sundin, Bergkvist, Strömberg, Omar, Abdi, Palm, Brandt, Ståhl,
Wiklund, Grahn, Hedman, Edlund, Modig, Rask, Blomberg, Wahlström, Sandin, Malm, Forsgren,
Granberg, Ekholm, Alm, Lundmark, Backlund, Boström, Eklöf, Engberg, Fors, Granlund, Hagström,
Hallberg, Hult, Höglund, Jacobsson, Karlberg, Lindkvist, Lundell, Marklund, Nordgren, Norén,
Nylund, Ohlsson, Rydberg, Sahlin, Selin, Skoglund, Stenberg, Svärd, Thorsson, Törnqvist,
Wennberg, Westerberg, Westman, Wikander, Åhlund, Öst, Östman, Almqvist, Aronsson, Bergh, Bolin,
Carlsson, Dahlström, Ekdahl, Engman, Ferm, Frisk, Gran, Hagberg, Hammar, Hellberg, Holmström,
Hägglund, Jarl, Kvist, Lagerqvist, Liljegren, Lindeberg, Lundh, Melin, Mörk, Nordberg, Nyqvist,
Olausson, Pihl, Ringström, Rosenberg, Rydén, Sjöstrand, Stål, Sundell, Söderlund, Tell, Unger,
Wall, Wester, Widén, Åkerlund, Öhrn, Bäck, Dahlin, Ekelund, Fagerström, Gustavsson, Hedin,
Hjalmarsson, Jernberg, Kullberg, Lindh, Löf, Moberg, Nyholm, Rehn, Roos, Rudberg, Segerström,
Sköld, Stenström, Strömgren, Svanberg, Säll, Törnblom, Vesterlund, Wahlberg, Wallgren, Wendel,
Östberg, Östling, Yusuf, Jama, Abdullahi, Osman, Hosseini, Mohammadi, Karimi, Ahmadi, Nilsen,
Jensen, Hansen, Pedersen, Virtanen, Nieminen, Korhonen, Hägg, Asp, Ahlberg, Ahlgren, Backman,
Berggård, Bergsten, Borgström, Broberg, Brodin, Carlberg, Edström, Ekwall, Enström, Fogelberg,
Forslund, Grönlund, Hed, Holst, Häggström, Isberg, Jäderberg, Kronberg, Lagerström, Larsén,
Lidén, Lindmark, Lindwall, Ljung, Ljungberg, Ljunggren, Lövgren, Malmberg, Malmström, Nordahl,
Norling, Nygren, Nylén, Olander, Palmgren, Rapp, Rosengren, Runesson, Sandgren, Sjödin,
Skog, Stenmark, Strandberg, Sundén, Svedberg, Thelin, Tholin, Trygg, Vikström, Wallén, Westin,
Zetterberg, Zackrisson, Åhman, Ågren, Ängström, Öqvist, von Platen, af Klercker, von Essen,
af Ugglas, De Geer, von Schantz, von Sydow, af Trolle, von Knorring, Lewenhaupt, Wachtmeister,
Oxenstierna, von Rosen, af Petersens, von Heland, af Sandeberg, Stackelberg, Posse, Sparre,
Bonde, Silfverschiöld, Hamilton, Bielke, von Otter, af Wetterstedt, Gyllenhammar, Adelsköld,
Ehrensvärd, Leijonhufvud, Natt och Dag, Rålamb, Tamm, Uggla, Wrede, Cederström, Fleetwood
""")

# Short forms as people write them (a given name: its forms).
NICK_SV = {
    "Lars": ["Lasse"], "Mikael": ["Micke"], "Elisabeth": ["Bettan", "Lisa", "Lisbeth"],
    "Elisabet": ["Bettan", "Lisa"], "Karl": ["Kalle"], "Carl": ["Calle", "Kalle"],
    "Per": ["Pelle", "Peppe"], "Hans": ["Hasse"], "Nils": ["Nisse"], "Joakim": ["Jocke"],
    "Magnus": ["Mange"], "Marcus": ["Mackan"], "Markus": ["Mackan"], "Thomas": ["Tompa"],
    "Tomas": ["Tompa"], "Mattias": ["Matte"], "Mathias": ["Matte"], "Fredrik": ["Fredde"],
    "Gustav": ["Gurra", "Gusse"], "Gustaf": ["Gurra"], "Kristina": ["Stina", "Kicki"],
    "Christina": ["Kicki", "Tina"], "Margareta": ["Maggan", "Greta"], "Charlotte": ["Lotta"],
    "Charlotta": ["Lotta"], "Susanne": ["Sussie", "Sanna"], "Birgitta": ["Bittan", "Gittan"],
    "Barbro": ["Babs"], "Christoffer": ["Chris", "Kricke"], "Kristoffer": ["Kricke"],
    "Robert": ["Robban"], "Roger": ["Roffe"], "Rolf": ["Roffe"], "Rickard": ["Ricke"],
    "Patrik": ["Patte"], "Sebastian": ["Basse", "Seb"], "Alexander": ["Alex", "Acke"],
    "Viktor": ["Vicke"], "Wilhelm": ["Wille"], "William": ["Wille"], "Henrik": ["Henke"],
    "Tobias": ["Tobbe"], "Torbjörn": ["Tobbe"], "Kenneth": ["Kenta"], "Jörgen": ["Jögge"],
    "Bo": ["Bosse"], "Lennart": ["Lelle"], "Jan": ["Janne"], "Daniel": ["Danne"],
    "Oskar": ["Ogge"], "Olof": ["Olle"], "Sven": ["Svenne"], "Stefan": ["Steffe"],
    "Christer": ["Crille"], "Linnéa": ["Linn", "Nea"], "Katarina": ["Kattis", "Kajsa"],
    "Karin": ["Kajsa"], "Ulrika": ["Ullis"], "Josefin": ["Josse"], "Johanna": ["Jossan"],
    "Matilda": ["Tilda", "Mattis"], "Rebecka": ["Becka"], "Viktoria": ["Vickan"],
    "Alexandra": ["Sandra", "Alex"], "Camilla": ["Millan"], "Louise": ["Lollo"],
    "Therese": ["Tessan"], "Gunilla": ["Gunnis", "Nilla"], "Yvonne": ["Vonne"],
    "Madeleine": ["Madde"], "Cecilia": ["Cissi", "Cilla"], "Pernilla": ["Nilla"],
    "Jessica": ["Jessan"], "Ingegerd": ["Inger"], "Åke": ["Åkan"], "Håkan": ["Håkke"],
    "Emil": ["Emme"], "Gunnar": ["Gunne"], "Jonas": ["Jonte"], "Johan": ["Jojje"],
    "Anders": ["Ante"], "Ingemar": ["Imme"], "Andreas": ["Andy"], "Kerstin": ["Kersti"],
    "Ebba": ["Ebbis"], "Caroline": ["Caro"], "Evelina": ["Evvi"], "Elsa": ["Elsan"],
}  # fmt: skip

# Hyphenated given names as Swedes carry them (about one in twenty draws), by how common they are.
HYPHENED_F = ranked(
    """
Ann-Christin, Ann-Marie, Anna-Karin, Ann-Sofie, Britt-Marie, Eva-Lena, Anna-Lena, Ann-Louise,
Marie-Louise, Ann-Charlotte, Inga-Lill, Ing-Marie, Maj-Britt, Ulla-Britt, Rose-Marie, Gun-Britt,
Anne-Marie, Ann-Britt, Ann-Kristin, Eva-Britt, Anna-Maria, Lise-Lotte, Anna-Clara, Ann-Katrin,
Lill-Marie, Karin-Maria, Anna-Stina, Ella-Maria, Eva-Marie, Sara-Li
""",
    head=12,
)
HYPHENED_M = ranked(
    """
Karl-Johan, Lars-Erik, Per-Olof, Jan-Erik, Karl-Erik, Carl-Johan, Lars-Göran, Nils-Erik, Bengt-Åke,
Per-Erik, Sven-Erik, Jan-Olof, Lars-Olof, Per-Anders, Bo-Göran, Kjell-Åke, Stig-Arne, Lars-Åke,
Hans-Erik, Karl-Gustav, Jan-Åke, Per-Ola, Nils-Olof, Lars-Gunnar, Carl-Fredrik, Jan-Ove, Sven-Olof,
Karl-Axel, Per-Gunnar, Carl-Henrik, Karl-Oskar, Nils-Petter
""",
    head=12,
)

SV_ORIGIN = Origin(SV_GIVEN_F, SV_GIVEN_M, SV_SURNAMES)

# --- The UK (ONS rankings of baby names over the decades and of surnames, general knowledge) --
UK_GIVEN_F = ranked(
    """
Olivia, Amelia, Isla, Ava, Mia, Ivy, Lily, Isabella, Rosie, Sophia, Grace, Freya, Willow,
Florence, Emily, Ella, Poppy, Evie, Elsie, Charlotte, Evelyn, Sienna, Sofia, Daisy, Phoebe,
Sophie, Alice, Harper, Matilda, Ruby, Emilia, Maya, Millie, Isabelle, Jessica, Chloe, Megan,
Lauren, Hannah, Emma, Sarah, Rebecca, Amy, Laura, Rachel, Gemma, Claire, Nicola, Lisa, Michelle,
Kelly, Joanne, Helen, Louise, Victoria, Samantha, Katie, Lucy, Holly, Eleanor, Abigail, Georgia,
Jade, Zoe, Leah, Bethany, Natalie, Karen, Susan, Julie, Tracey, Deborah, Jacqueline, Amanda,
Elizabeth, Margaret, Patricia, Jennifer, Catherine, Joan, Jean, Pauline, Janet, Ann, Gillian,
Lesley, Carol, Linda, Wendy, Sharon, Hazel, Heather, Dawn, Alison, Fiona, Kirsty, Siobhan,
Harriet, Imogen, Beatrice, Martha, Esme, Aria, Maisie, Layla, Erin, Ellie, Lola, Lottie, Thea,
Iris, Violet, Hallie, Mabel, Nancy, Edith, Bonnie, Penelope, Clara, Eliza, Ada, Arabella, Lydia,
Heidi, Scarlett, Jasmine, Summer, Aisha, Amber, Anna, Molly, Bella, Eva, Rose, Hope, Faith, Skye,
Robyn, Naomi, Kayleigh, Stacey, Donna, Lorraine, Denise, Sandra, Marion, Maureen, Sheila, Brenda,
Doreen, Irene, Elaine, Caroline, Joanna, Tessa, Rosemary, Annabel, Jemma, Kerry, Shannon,
Chantelle, Leanne, Melissa, Vicky, Angela, Diane, Yvonne, Sally, Tina, Kim, Andrea, Beverley,
Julia, Frances, Rosalind, Philippa, Jane, Mary, Hayley, Charlene, Lynsey, Ashleigh, Natasha,
Eilidh, Morag, Catriona, Niamh, Aoife, Ffion, Cerys, Seren, Carys, Bronwen, Rhian, Sian,
Maria, Fatima, Zara, Aaliyah, Hollie, Elodie, Orla, Nell, Peggy, Connie, Ottilie, Myla
""",
    head=130,
)

UK_GIVEN_M = ranked(
    """
Noah, Oliver, George, Arthur, Muhammad, Leo, Harry, Oscar, Archie, Henry, Theodore, Freddie,
Jack, Charlie, Theo, Alfie, Jacob, Thomas, Finley, Arlo, William, Lucas, Roman, Tommy, Isaac,
Teddy, Alexander, Luca, Edward, James, Joshua, Albie, Elijah, Max, Mohammed, Reggie, Daniel,
Samuel, Benjamin, Joseph, Matthew, Ryan, Luke, Adam, Liam, Callum, Jamie, Lewis, Connor, Kieran,
Nathan, Dylan, Ethan, Mason, Logan, Jake, Kyle, Jordan, Ben, Dean, Craig, Lee, Mark, Paul, David,
Andrew, Stephen, Richard, Robert, John, Michael, Christopher, Peter, Anthony, Ian, Gary, Kevin,
Darren, Neil, Simon, Martin, Colin, Graham, Keith, Barry, Alan, Brian, Trevor, Derek, Kenneth,
Raymond, Roy, Geoffrey, Nigel, Philip, Stuart, Gordon, Malcolm, Hugh, Rory, Fergus, Angus, Ewan,
Euan, Owen, Rhys, Gareth, Dafydd, Aled, Sean, Patrick, Declan, Ciaran, Kai, Zachary, Harrison,
Louie, Frankie, Stanley, Ronnie, Albert, Sonny, Jude, Rowan, Hunter, Ezra, Hugo, Felix,
Sebastian, Elliot, Toby, Dominic, Jonathan, Timothy, Tristan, Rupert, Giles, Jeremy, Julian,
Marcus, Aaron, Jason, Shaun, Wayne, Carl, Glen, Scott, Ross, Grant, Bradley, Reece, Jay, Tyler,
Billy, Bobby, Alfred, Ernest, Frank, Frederick, Harold, Leonard, Norman, Victor, Walter, Douglas,
Duncan, Hamish, Alistair, Murray, Niall, Cameron, Blair, Finlay, Lachlan, Iwan, Gethin, Dewi,
Cian, Oisin, Eoin, Ahmed, Yusuf, Ibrahim, Omar, Harvey, Jenson, Ollie, Bertie, Otis, Rufus
""",
    head=130,
)

UK_SURNAMES = ranked("""
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
Nelson, Slater, Austin, Sullivan, Whitehouse, Lamb, Thornton, Hobbs, Lord, Pugh, Vaughan, Howell,
Bond, Black, Rhodes, Frost, Knowles, Kirby, Nash, Brennan, Sinclair, Mackenzie, Fraser,
Ferguson, MacLeod, Paterson, Morrison, Duncan, Quinn, Kaye, Goodwin, Blake, Fowler, Little,
Baxter, Sheppard, Mann, Dale, Lambert, Norris, Hussey, Booker, Pickering, Ashworth, Whittaker
""")

NICK_EN = {
    "Elizabeth": ["Liz", "Beth", "Lizzie", "Betty"], "Robert": ["Rob", "Bob", "Bobby", "Robbie"],
    "Michael": ["Mike", "Mick"], "William": ["Will", "Bill", "Billy"], "Richard": ["Rich", "Rick", "Dick"],
    "James": ["Jim", "Jimmy", "Jamie"], "Thomas": ["Tom", "Tommy"], "Christopher": ["Chris"],
    "Daniel": ["Dan", "Danny"], "Matthew": ["Matt"], "Andrew": ["Andy", "Drew"], "Anthony": ["Tony"],
    "Jonathan": ["Jon"], "Joseph": ["Joe", "Joey"], "David": ["Dave"], "Stephen": ["Steve"],
    "Steven": ["Steve"], "Jennifer": ["Jen", "Jenny"], "Katherine": ["Kate", "Katie"],
    "Catherine": ["Kate", "Cathy"], "Margaret": ["Maggie", "Peggy", "Meg"], "Rebecca": ["Becky", "Becca"],
    "Samantha": ["Sam"], "Victoria": ["Vicky", "Tori"], "Alexander": ["Alex"], "Benjamin": ["Ben"],
    "Nicholas": ["Nick"], "Edward": ["Ed", "Eddie", "Ted"], "Charles": ["Charlie", "Chuck"],
    "Patricia": ["Pat", "Trish"], "Deborah": ["Debbie", "Deb"], "Susan": ["Sue", "Suzy"],
    "Kimberly": ["Kim"], "Jessica": ["Jess"], "Abigail": ["Abby"], "Eleanor": ["Ellie", "Nell"],
    "Frederick": ["Fred", "Freddie"], "Henry": ["Harry", "Hal"], "Timothy": ["Tim"],
    "Gregory": ["Greg"], "Peter": ["Pete"], "Kenneth": ["Ken"], "Donald": ["Don"], "Ronald": ["Ron"],
    "Lawrence": ["Larry"], "Gerald": ["Gerry"], "Philip": ["Phil"], "Douglas": ["Doug"],
    "Samuel": ["Sam"], "Joshua": ["Josh"], "Zachary": ["Zach"], "Nathan": ["Nate"], "Oliver": ["Ollie"],
    "Alfred": ["Alfie"], "Barbara": ["Barb"], "Dorothy": ["Dot"], "Christine": ["Chris", "Tina"],
    "Pamela": ["Pam"], "Cynthia": ["Cindy"], "Sandra": ["Sandy"], "Theodore": ["Theo", "Teddy"],
    "Jacqueline": ["Jackie"], "Gillian": ["Gill"], "Nicola": ["Nicky"], "Philippa": ["Pippa"],
    "Raymond": ["Ray"],
}  # fmt: skip

# --- Origins common in Sweden (their commonest names, 1/rank) --------------------------------
FI = Origin(
    ranked(
        "Anneli, Tuula, Päivi, Pirjo, Riitta, Marja, Leena, Sirpa, Tiina, Eila, Helena, Johanna, Kaarina, Satu, Sari, Merja, Aino, Aila, Raija, Hannele, Minna, Outi, Sanna, Liisa, Irmeli, Marjatta, Seija, Ritva, Kirsi, Heli",
        12,
    ),
    ranked(
        "Juha, Timo, Matti, Kari, Mikko, Jari, Antti, Jukka, Mika, Markku, Pekka, Hannu, Heikki, Seppo, Ari, Janne, Petri, Sami, Tapio, Veikko, Pentti, Esa, Raimo, Jarmo, Eero, Kalevi, Tuomas, Ville",
        12,
    ),
    ranked(
        "Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen, Hietala, Kallio, Kemppainen, Peltonen, Pitkänen",
        12,
    ),
)
AR = Origin(  # Iraq and Syria, with Assyrian/Syriac names
    ranked(
        "Fatima, Maryam, Zainab, Noor, Sara, Aya, Rania, Huda, Layla, Amal, Hana, Rana, Nadia, Yasmin, Dalia, Rasha, Ghada, Lina, Reem, Hiba, Salma, Asma, Zahra, Shahad, Ruqaya, Nisreen, Samira, Mariam, Rita, Shamiram",
        12,
    ),
    ranked(
        "Mohammed, Ahmed, Ali, Hussein, Omar, Mustafa, Hassan, Ibrahim, Khaled, Mahmoud, Yousef, Abdullah, Karim, Haidar, Ammar, Zaid, Samir, Bashar, Firas, Tarek, Ayman, Walid, Majid, Jamal, Rami, Adel, Fadi, George, Sargon, Ninos",
        12,
    ),
    ranked(
        "Ali, Mohammed, Ahmed, Hassan, Hussein, Ibrahim, Abdullah, Khalil, Saleh, Mahmoud, Al-Hashimi, Jaber, Kassem, Haddad, Nasser, Al-Saadi, Abbas, Jawad, Kadhim, Hamid, Al-Khatib, Yousef, Sabri, Shamoun, Isho, Yacoub, Daoud, Lahdo, Barsoum, Malke, Aziz, Al-Obaidi",
        12,
    ),
)
KU = Origin(
    ranked(
        "Jiyan, Rojin, Berivan, Nazdar, Shilan, Avin, Dilan, Hevi, Rezan, Sherin, Zhila, Gulistan, Nishtiman, Roza, Evin, Dilvin, Ronak, Hana, Shno",
        10,
    ),
    ranked(
        "Rebwar, Karwan, Dilshad, Azad, Sherzad, Hiwa, Aram, Saman, Kawa, Baran, Rawand, Shwan, Dara, Soran, Zana, Rebin, Aso, Hemin",
        10,
    ),
    ranked(
        "Ahmad, Rashid, Aziz, Mahmud, Karim, Hama, Abdulrahman, Qadir, Salih, Omer, Mustafa, Rasul, Faraj, Majid, Amin, Bakr, Hussein, Kaka",
        10,
    ),
)
SO = Origin(
    ranked(
        "Hodan, Fadumo, Amina, Sahra, Hawa, Faduma, Ifrah, Nimco, Ubah, Sagal, Asha, Halima, Khadija, Ayaan, Hibo, Deeqa, Muna, Ikran, Sucaad, Ladan",
        10,
    ),
    ranked(
        "Abdi, Mohamed, Ahmed, Abdirahman, Hassan, Yusuf, Abdullahi, Omar, Ali, Farah, Said, Liban, Mahad, Abdiaziz, Hamza, Ismail, Mukhtar, Guled, Abdikarim, Bashir",
        10,
    ),
    ranked(
        "Mohamed, Ali, Abdi, Hassan, Ahmed, Omar, Yusuf, Farah, Warsame, Jama, Abdullahi, Osman, Hussein, Aden, Ibrahim, Nur, Samatar, Egal, Dirie, Mohamud",
        10,
    ),
)
ER = Origin(
    ranked(
        "Helen, Senait, Mebrat, Selam, Semhar, Freweini, Lidia, Saba, Yodit, Ruta, Winta, Hiwet, Tsega, Miriam, Luwam, Eden, Feven",
        10,
    ),
    ranked(
        "Yonas, Tesfay, Tekle, Daniel, Samuel, Filmon, Robel, Yohannes, Amanuel, Mehari, Berhane, Michael, Kidane, Ermias, Habtom, Isaias, Henok",
        10,
    ),
    ranked(
        "Tesfay, Gebremedhin, Tekle, Haile, Berhane, Ghebreyesus, Kidane, Woldu, Mehari, Asmerom, Yohannes, Habte, Ghirmay, Andemariam, Negash, Tsegay, Russom",
        10,
    ),
)
AF = Origin(
    ranked(
        "Fatima, Zahra, Maryam, Parwana, Nilofar, Shabnam, Farzana, Madina, Zarghona, Khadija, Sadia, Habiba, Laila, Nazanin, Roya, Mursal, Freshta, Shakila",
        10,
    ),
    ranked(
        "Mohammad, Ahmad, Ali, Hamid, Mustafa, Jawid, Farid, Naweed, Rahim, Sayed, Hussain, Omid, Abdul, Bilal, Karim, Wahid, Ramin, Mujtaba, Hamed, Arash",
        10,
    ),
    ranked(
        "Ahmadi, Hosseini, Rahimi, Mohammadi, Karimi, Hakimi, Noori, Sultani, Sharifi, Rezaei, Haidari, Azizi, Amiri, Jafari, Nazari, Sadat, Wardak, Popal, Stanikzai, Safi",
        10,
    ),
)
FA = Origin(  # Iran
    ranked(
        "Maryam, Fatemeh, Zahra, Nazanin, Shirin, Leila, Parisa, Mahsa, Sara, Neda, Mina, Azadeh, Roya, Farnaz, Golnaz, Niloufar, Shima, Elham, Samira, Ladan",
        12,
    ),
    ranked(
        "Ali, Mohammad, Reza, Hossein, Amir, Mehdi, Hamid, Saeed, Babak, Arash, Omid, Behzad, Dariush, Kaveh, Farhad, Majid, Payam, Ramin, Kourosh, Navid",
        12,
    ),
    ranked(
        "Hosseini, Ahmadi, Mohammadi, Rezaei, Moradi, Karimi, Jafari, Rahimi, Hashemi, Mousavi, Sadeghi, Ebrahimi, Tehrani, Rostami, Ghorbani, Kazemi, Sharifi, Nouri, Shirazi, Farahani, Esfahani, Zand",
        12,
    ),
)
PL = Origin(
    ranked(
        "Anna, Maria, Katarzyna, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Magdalena, Elżbieta, Joanna, Aleksandra, Monika, Zofia, Teresa, Danuta, Natalia, Karolina, Marta, Beata, Dorota, Justyna",
        12,
    ),
    ranked(
        "Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Jan, Michał, Marcin, Stanisław, Jakub, Adam, Marek, Łukasz, Grzegorz, Mateusz, Wojciech, Mariusz, Dariusz, Zbigniew, Jerzy, Kamil, Rafał",
        12,
    ),
    ranked(
        "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Wojciechowski, Kwiatkowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Wróbel, Nowakowski, Majewski, Olszewski",
        12,
    ),
)
BCS = Origin(  # the former Yugoslavia
    ranked(
        "Amra, Emina, Jasmina, Selma, Lejla, Aida, Mirela, Sanela, Ana, Ivana, Marija, Jelena, Dragana, Snežana, Vesna, Maja, Nermina, Azra, Alma, Senada, Mirsada, Zlata",
        12,
    ),
    ranked(
        "Amir, Adnan, Emir, Edin, Mirza, Almir, Nermin, Dragan, Zoran, Goran, Milan, Nikola, Marko, Ivan, Dejan, Nenad, Senad, Haris, Damir, Tarik, Elvis, Zlatan",
        12,
    ),
    ranked(
        "Hodžić, Hadžić, Kovačević, Begić, Delić, Mehmedović, Hasanović, Hrustić, Salihović, Omerović, Ibrahimović, Jovanović, Petrović, Nikolić, Marković, Đorđević, Stojanović, Ilić, Horvat, Babić, Marić, Jurić, Novak, Kovačić, Knežević, Popović, Šarić, Husić, Mujić, Alić",
        12,
    ),
)
TR = Origin(
    ranked(
        "Ayşe, Fatma, Emine, Hatice, Zeynep, Elif, Merve, Özlem, Derya, Esra, Gül, Sibel, Songül, Yasemin, Leyla, Büşra, Meryem, Hülya, Gülsen, Nur",
        10,
    ),
    ranked(
        "Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, Murat, Emre, Burak, Yusuf, Ömer, Kemal, Serkan, Erkan, Cem, Volkan, Osman, Can, Deniz",
        10,
    ),
    ranked(
        "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Korkmaz, Erdoğan, Aktaş",
        10,
    ),
)
TH = Origin(
    ranked(
        "Siriporn, Kanokwan, Nattaya, Pornpimol, Supaporn, Wanida, Jintana, Malee, Suda, Somporn, Ratana, Pranee, Kannika, Duangjai, Araya, Naree, Sunisa, Nong",
        10,
    ),
    ranked(
        "Somchai, Somsak, Prasert, Anan, Kittisak, Surachai, Wichai, Chaiya, Niran, Thawatchai, Sompong, Boonmee, Pichai, Sakchai",
        10,
    ),
    ranked(
        "Saetang, Srisuk, Wongsawat, Chaiyaporn, Rattanakorn, Boonyarat, Sukprasert, Thongchai, Phromma, Kaewkham, Saelim, Jaidee, Sombat, Intharaphong, Srisawat",
        10,
    ),
)
LA = Origin(  # Chile and Latin America: two surnames for most
    ranked(
        "María, Carolina, Daniela, Francisca, Camila, Valentina, Javiera, Constanza, Catalina, Paula, Claudia, Patricia, Ximena, Verónica, Marcela, Soledad, Paulina, Lorena, Isidora, Fernanda",
        12,
    ),
    ranked(
        "Juan, José, Luis, Carlos, Jorge, Francisco, Pedro, Cristián, Sebastián, Rodrigo, Matías, Diego, Felipe, Pablo, Gonzalo, Patricio, Héctor, Manuel, Raúl, Benjamín",
        12,
    ),
    ranked(
        "González, Muñoz, Rojas, Díaz, Pérez, Soto, Contreras, Silva, Martínez, Sepúlveda, Morales, Rodríguez, López, Fuentes, Hernández, Torres, Araya, Flores, Espinoza, Valenzuela, Castillo, Tapia, Reyes, Gutiérrez, Castro, Pizarro, Álvarez, Vásquez, Sánchez, Fernández",
        12,
    ),
)
UA = Origin(
    ranked(
        "Olena, Natalia, Iryna, Tetiana, Oksana, Yulia, Svitlana, Olha, Kateryna, Anastasiia, Viktoriia, Mariia, Halyna, Liudmyla, Daria, Sofiia",
        10,
    ),
    ranked(
        "Oleksandr, Serhii, Andrii, Volodymyr, Dmytro, Mykola, Vasyl, Ivan, Yurii, Oleh, Viktor, Maksym, Bohdan, Taras, Roman, Artem",
        10,
    ),
    ranked(
        "Melnyk, Shevchenko, Boiko, Kovalenko, Bondarenko, Tkachenko, Kovalchuk, Kravchenko, Oliinyk, Shevchuk, Koval, Polishchuk, Bondar, Tkachuk, Moroz, Marchenko, Lysenko, Rudenko, Savchenko, Petrenko",
        10,
    ),
)

# --- The US: Census 1990 (public domain), name and per cent of the population -------------
US_GIVEN_F = """
Mary 2.629, Patricia 1.073, Linda 1.035, Barbara 0.980, Elizabeth 0.937, Jennifer 0.932,
Maria 0.828, Susan 0.794, Margaret 0.768, Dorothy 0.727, Lisa 0.704, Nancy 0.669, Karen 0.667,
Betty 0.666, Helen 0.663, Sandra 0.629, Donna 0.583, Carol 0.565, Ruth 0.562, Sharon 0.522,
Michelle 0.519, Laura 0.510, Sarah 0.508, Kimberly 0.504, Deborah 0.494, Jessica 0.490,
Shirley 0.482, Cynthia 0.469, Angela 0.468, Melissa 0.462, Brenda 0.455, Amy 0.451, Anna 0.440,
Rebecca 0.430, Virginia 0.430, Kathleen 0.424, Pamela 0.416, Martha 0.412, Debra 0.408,
Amanda 0.404, Stephanie 0.400, Carolyn 0.385, Christine 0.382, Marie 0.379, Janet 0.379,
Catherine 0.373, Frances 0.370, Ann 0.364, Joyce 0.364, Diane 0.359, Alice 0.357, Julie 0.348,
Heather 0.337, Teresa 0.336, Doris 0.335, Gloria 0.335, Evelyn 0.322, Jean 0.315, Cheryl 0.315,
Mildred 0.313, Katherine 0.313, Joan 0.306, Ashley 0.303, Judith 0.297, Rose 0.296,
Janice 0.285, Kelly 0.283, Nicole 0.281, Judy 0.276, Christina 0.275, Kathy 0.272,
Theresa 0.271, Beverly 0.267, Denise 0.264, Tammy 0.259, Irene 0.252, Jane 0.250, Lori 0.248,
Rachel 0.242, Marilyn 0.241, Andrea 0.236, Kathryn 0.234, Louise 0.229, Sara 0.229, Anne 0.228,
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
Jill 0.142, Erin 0.141, Geraldine 0.141, Lauren 0.137, Cathy 0.137, Joann 0.136,
Lorraine 0.135, Lynn 0.135, Sally 0.135, Regina 0.133, Erica 0.130, Beatrice 0.130,
Dolores 0.129, Bernice 0.128, Audrey 0.127, Yvonne 0.126, Annette 0.125, June 0.125,
Samantha 0.124, Marion 0.122, Dana 0.122, Stacy 0.121, Ana 0.120, Renee 0.120, Ida 0.118,
Vivian 0.118, Roberta 0.117, Holly 0.117, Brittany 0.117, Melanie 0.116, Loretta 0.115,
Yolanda 0.115, Jeanette 0.115, Laurie 0.114, Katie 0.113, Kristen 0.111, Vanessa 0.111,
Alma 0.111, Sue 0.111, Elsie 0.110, Beth 0.110, Jeanne 0.109, Vicki 0.109, Carla 0.107,
Tara 0.107, Rosemary 0.107, Eileen 0.105, Terri 0.105, Gertrude 0.103, Lucy 0.103, Tonya 0.102,
Ella 0.101, Stacey 0.101, Wilma 0.099, Gina 0.099, Kristin 0.099, Jessie 0.098, Natalie 0.098,
Agnes 0.098, Vera 0.098, Willie 0.097, Charlene 0.097, Bessie 0.096, Delores 0.095,
Melinda 0.094, Pearl 0.094, Arlene 0.094, Maureen 0.092, Colleen 0.092, Allison 0.092,
Tamara 0.092, Joy 0.091, Georgia 0.091, Constance 0.091, Lillie 0.090, Claudia 0.090,
Jackie 0.090, Marcia 0.090, Tanya 0.089, Nellie 0.089, Minnie 0.089, Marlene 0.088,
Heidi 0.088, Glenda 0.088, Lydia 0.086, Viola 0.086, Courtney 0.086, Marian 0.086,
Stella 0.085, Caroline 0.085, Dora 0.084, Jo 0.083, Vickie 0.082, Mattie 0.081, Terry 0.080,
Maxine 0.079, Irma 0.079, Mabel 0.078, Marsha 0.078, Myrtle 0.078, Lena 0.077, Christy 0.077,
Deanna 0.076, Patsy 0.076, Hilda 0.075, Gwendolyn 0.074, Jennie 0.073, Nora 0.073,
Margie 0.072, Nina 0.072, Cassandra 0.072, Leah 0.072, Penny 0.071, Kay 0.071, Priscilla 0.071,
Naomi 0.071, Carole 0.071, Brandy 0.070, Olga 0.070, Billie 0.069, Dianne 0.069, Tracey 0.069,
Leona 0.069, Jenny 0.068, Felicia 0.068, Sonia 0.068, Miriam 0.066, Velma 0.066, Becky 0.066,
Bobbie 0.065, Violet 0.065, Kristina 0.065, Toni 0.064, Misty 0.063, Mae 0.063, Shelly 0.062,
Daisy 0.062, Ramona 0.062, Sherri 0.062, Erika 0.061, Katrina 0.061, Claire 0.061,
Lindsey 0.060, Lindsay 0.060, Geneva 0.059, Guadalupe 0.059, Belinda 0.059, Margarita 0.059,
Sheryl 0.059, Cora 0.058, Faye 0.058, Ada 0.057, Natasha 0.057, Sabrina 0.057, Isabel 0.057,
Marguerite 0.056, Hattie 0.056, Harriet 0.056, Molly 0.055, Cecilia 0.055, Kristi 0.055,
Brandi 0.055, Blanche 0.055, Sandy 0.055, Rosie 0.055, Joanna 0.055, Iris 0.055, Eunice 0.054,
Angie 0.054, Inez 0.053, Lynda 0.053, Madeline 0.052, Amelia 0.052, Alberta 0.052,
Genevieve 0.051, Monique 0.051, Jodi 0.051, Janie 0.051, Maggie 0.051, Kayla 0.051,
Sonya 0.051, Jan 0.051, Lee 0.051, Kristine 0.051, Candace 0.051, Fannie 0.050, Maryann 0.050,
Opal 0.050, Alison 0.050, Yvette 0.050, Melody 0.050, Luz 0.049, Susie 0.049, Olivia 0.049,
Flora 0.049, Shelley 0.049, Kristy 0.048, Mamie 0.048, Lula 0.048, Lola 0.048, Verna 0.048,
Beulah 0.048, Antoinette 0.048, Candice 0.046, Juana 0.046, Jeannette 0.046, Pam 0.046,
Kelli 0.046, Hannah 0.045, Whitney 0.045, Bridget 0.045, Karla 0.044, Celia 0.044,
Latoya 0.043, Patty 0.043, Shelia 0.043, Gayle 0.043, Della 0.043, Vicky 0.043, Lynne 0.043,
Sheri 0.042, Marianne 0.042
"""
US_GIVEN_M = """
James 3.318, John 3.271, Robert 3.143, Michael 2.629, William 2.451, David 2.363,
Richard 1.703, Charles 1.523, Joseph 1.404, Thomas 1.380, Christopher 1.035, Daniel 0.974,
Paul 0.948, Mark 0.938, Donald 0.931, George 0.927, Kenneth 0.826, Steven 0.780, Edward 0.779,
Brian 0.736, Ronald 0.725, Anthony 0.721, Kevin 0.671, Jason 0.660, Matthew 0.657, Gary 0.650,
Timothy 0.640, Jose 0.613, Larry 0.598, Jeffrey 0.591, Frank 0.581, Scott 0.546, Eric 0.544,
Stephen 0.540, Andrew 0.537, Raymond 0.488, Gregory 0.441, Joshua 0.435, Jerry 0.432,
Dennis 0.415, Walter 0.399, Patrick 0.389, Peter 0.381, Harold 0.371, Douglas 0.367,
Henry 0.365, Carl 0.346, Arthur 0.335, Ryan 0.328, Roger 0.322, Joe 0.321, Juan 0.316,
Jack 0.315, Albert 0.314, Jonathan 0.313, Justin 0.311, Terry 0.311, Gerald 0.309, Keith 0.308,
Samuel 0.306, Willie 0.302, Ralph 0.282, Lawrence 0.282, Nicholas 0.275, Roy 0.273,
Benjamin 0.270, Bruce 0.263, Brandon 0.260, Adam 0.259, Harry 0.251, Fred 0.251, Wayne 0.249,
Billy 0.248, Steve 0.246, Louis 0.243, Jeremy 0.242, Aaron 0.240, Randy 0.232, Howard 0.230,
Eugene 0.230, Carlos 0.229, Russell 0.224, Bobby 0.223, Victor 0.222, Martin 0.216,
Ernest 0.215, Phillip 0.213, Todd 0.213, Jesse 0.209, Craig 0.206, Alan 0.204, Shawn 0.200,
Clarence 0.197, Sean 0.197, Philip 0.197, Chris 0.197, Johnny 0.195, Earl 0.193, Jimmy 0.191,
Antonio 0.190, Danny 0.190, Bryan 0.190, Tony 0.190, Luis 0.189, Mike 0.189, Stanley 0.186,
Leonard 0.186, Nathan 0.185, Dale 0.184, Manuel 0.181, Rodney 0.180, Curtis 0.180,
Norman 0.177, Allen 0.174, Marvin 0.171, Vincent 0.168, Glenn 0.167, Jeffery 0.166,
Travis 0.166, Jeff 0.166, Chad 0.165, Jacob 0.165, Lee 0.162, Melvin 0.162, Alfred 0.162,
Kyle 0.160, Francis 0.160, Bradley 0.159, Jesus 0.155, Herbert 0.155, Frederick 0.154,
Ray 0.153, Joel 0.152, Edwin 0.148, Don 0.145, Eddie 0.144, Ricky 0.141, Troy 0.138,
Randall 0.138, Barry 0.134, Alexander 0.132, Bernard 0.127, Mario 0.125, Leroy 0.125,
Francisco 0.124, Marcus 0.124, Micheal 0.123, Theodore 0.123, Clifford 0.123, Miguel 0.122,
Oscar 0.122, Jay 0.118, Jim 0.118, Tom 0.117, Calvin 0.115, Alex 0.115, Jon 0.115,
Ronnie 0.113, Bill 0.112, Lloyd 0.112, Tommy 0.112, Leon 0.112, Derek 0.112, Warren 0.110,
Darrell 0.108, Jerome 0.108, Floyd 0.107, Leo 0.106, Alvin 0.105, Tim 0.104, Wesley 0.104,
Gordon 0.104, Dean 0.104, Greg 0.104, Jorge 0.104, Dustin 0.103, Pedro 0.103, Derrick 0.103,
Dan 0.101, Lewis 0.099, Zachary 0.099, Corey 0.098, Herman 0.097, Maurice 0.097, Vernon 0.097,
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
Virgil 0.049, Andy 0.049, Marshall 0.049, Salvador 0.049, Perry 0.049, Kirk 0.049,
Sergio 0.049, Marion 0.048, Tracy 0.048, Seth 0.048, Kent 0.048, Terrance 0.048, Rene 0.048,
Eduardo 0.047, Terrence 0.047, Enrique 0.046, Freddie 0.046, Wade 0.045, Austin 0.044,
Stuart 0.044, Fredrick 0.043, Arturo 0.043, Alejandro 0.043, Jackie 0.043, Joey 0.043,
Nick 0.043, Luther 0.043, Wendell 0.042, Jeremiah 0.042, Evan 0.042, Julius 0.042, Dana 0.042,
Donnie 0.041, Otis 0.041, Shannon 0.040, Trevor 0.040, Oliver 0.040, Luke 0.040, Homer 0.040,
Gerard 0.040, Doug 0.040, Kenny 0.039, Hubert 0.039, Angelo 0.039, Shaun 0.039, Lyle 0.038,
Matt 0.038, Lynn 0.038, Alfonso 0.038, Orlando 0.037, Rex 0.037, Carlton 0.037, Ernesto 0.037,
Cameron 0.037, Neal 0.037, Pablo 0.036, Lorenzo 0.036, Omar 0.036, Wilbur 0.036, Blake 0.036,
Grant 0.036, Horace 0.036, Roderick 0.036, Kerry 0.036, Abraham 0.035, Willis 0.035,
Rickey 0.035, Jean 0.035, Ira 0.035, Andres 0.034, Cesar 0.034, Johnathan 0.034, Malcolm 0.034,
Rudolph 0.034, Damon 0.034, Kelvin 0.034, Rudy 0.034, Preston 0.034, Alton 0.033, Archie 0.033,
Marco 0.033, Wm 0.033, Pete 0.032, Randolph 0.032, Garry 0.032, Geoffrey 0.032, Jonathon 0.032,
Felipe 0.032, Bennie 0.032, Gerardo 0.032, Ed 0.032, Dominic 0.032, Robin 0.032, Loren 0.032,
Delbert 0.031, Colin 0.031, Guillermo 0.031, Earnest 0.031
"""
US_SURNAMES = """
Smith 1.006, Johnson 0.810, Williams 0.699, Jones 0.621, Brown 0.621, Davis 0.480,
Miller 0.424, Wilson 0.339, Moore 0.312, Taylor 0.311, Anderson 0.311, Thomas 0.311,
Jackson 0.310, White 0.279, Harris 0.275, Martin 0.273, Thompson 0.269, Garcia 0.254,
Martinez 0.234, Robinson 0.233, Clark 0.231, Rodriguez 0.229, Lewis 0.226, Lee 0.220,
Walker 0.219, Hall 0.200, Allen 0.199, Young 0.193, Hernandez 0.192, King 0.190, Wright 0.189,
Lopez 0.187, Hill 0.187, Scott 0.185, Green 0.183, Adams 0.174, Baker 0.171, Gonzalez 0.166,
Nelson 0.162, Carter 0.162, Mitchell 0.160, Perez 0.155, Roberts 0.153, Turner 0.152,
Phillips 0.149, Campbell 0.149, Parker 0.146, Evans 0.141, Edwards 0.137, Collins 0.134,
Stewart 0.133, Sanchez 0.130, Morris 0.125, Rogers 0.123, Reed 0.122, Cook 0.120, Morgan 0.118,
Bell 0.117, Murphy 0.117, Bailey 0.115, Rivera 0.113, Cooper 0.113, Richardson 0.112,
Cox 0.110, Howard 0.110, Ward 0.108, Torres 0.108, Peterson 0.107, Gray 0.106, Ramirez 0.105,
James 0.105, Watson 0.103, Brooks 0.103, Kelly 0.102, Sanders 0.100, Price 0.099,
Bennett 0.099, Wood 0.098, Barnes 0.097, Ross 0.096, Henderson 0.095, Coleman 0.095,
Jenkins 0.095, Perry 0.094, Powell 0.093, Long 0.092, Patterson 0.092, Hughes 0.092,
Flores 0.092, Washington 0.092, Butler 0.091, Simmons 0.091, Foster 0.091, Gonzales 0.087,
Bryant 0.087, Alexander 0.085, Russell 0.085, Griffin 0.084, Diaz 0.084, Hayes 0.083,
Myers 0.083, Ford 0.082, Hamilton 0.082, Graham 0.082, Sullivan 0.081, Wallace 0.081,
Woods 0.080, Cole 0.080, West 0.080, Jordan 0.078, Owens 0.078, Reynolds 0.078, Fisher 0.077,
Ellis 0.077, Harrison 0.076, Gibson 0.075, McDonald 0.075, Cruz 0.075, Marshall 0.075,
Ortiz 0.075, Gomez 0.075, Murray 0.074, Freeman 0.074, Wells 0.073, Webb 0.072, Simpson 0.070,
Stevens 0.070, Tucker 0.070, Porter 0.069, Hunter 0.069, Hicks 0.069, Crawford 0.068,
Henry 0.068, Boyd 0.068, Mason 0.068, Morales 0.067, Kennedy 0.067, Warren 0.067, Dixon 0.066,
Ramos 0.066, Reyes 0.066, Burns 0.065, Gordon 0.065, Shaw 0.065, Holmes 0.065, Rice 0.064,
Robertson 0.064, Hunt 0.063, Black 0.063, Daniels 0.062, Palmer 0.062, Mills 0.061,
Nichols 0.060, Grant 0.060, Knight 0.060, Ferguson 0.059, Rose 0.059, Stone 0.059,
Hawkins 0.059, Dunn 0.058, Perkins 0.058, Hudson 0.058, Spencer 0.057, Gardner 0.057,
Stephens 0.057, Payne 0.057, Pierce 0.056, Berry 0.056, Matthews 0.056, Arnold 0.056,
Wagner 0.055, Willis 0.055, Ray 0.055, Watkins 0.055, Olson 0.055, Carroll 0.055, Duncan 0.055,
Snyder 0.055, Hart 0.054, Cunningham 0.054, Bradley 0.054, Lane 0.054, Andrews 0.054,
Ruiz 0.054, Harper 0.054, Fox 0.053, Riley 0.053, Armstrong 0.053, Carpenter 0.053,
Weaver 0.053, Greene 0.053, Lawrence 0.052, Elliott 0.052, Chavez 0.052, Sims 0.052,
Austin 0.052, Peters 0.052, Kelley 0.052, Franklin 0.051, Lawson 0.051, Fields 0.051,
Gutierrez 0.051, Ryan 0.051, Schmidt 0.051, Carr 0.051, Vasquez 0.051, Castillo 0.051,
Wheeler 0.051, Chapman 0.050, Oliver 0.050, Montgomery 0.049, Richards 0.049, Williamson 0.049,
Johnston 0.049, Banks 0.048, Meyer 0.048, Bishop 0.048, McCoy 0.048, Howell 0.048,
Alvarez 0.048, Morrison 0.048, Hansen 0.047, Fernandez 0.047, Garza 0.047, Harvey 0.047,
Little 0.046, Burton 0.046, Stanley 0.046, Nguyen 0.046, George 0.046, Jacobs 0.046,
Reid 0.046, Kim 0.045, Fuller 0.045, Lynch 0.045, Dean 0.045, Gilbert 0.045, Garrett 0.045,
Romero 0.045, Welch 0.044, Larson 0.044, Frazier 0.044, Burke 0.044, Hanson 0.043, Day 0.043,
Mendoza 0.043, Moreno 0.043, Bowman 0.043, Medina 0.042, Fowler 0.042, Brewer 0.042,
Hoffman 0.042, Carlson 0.042, Silva 0.042, Pearson 0.042, Holland 0.042, Douglas 0.041,
Fleming 0.041, Jensen 0.041, Vargas 0.041, Byrd 0.041, Davidson 0.041, Hopkins 0.041,
May 0.040, Terry 0.040, Herrera 0.040, Wade 0.040, Soto 0.040, Walters 0.040, Curtis 0.040,
Neal 0.039, Caldwell 0.039, Lowe 0.039, Jennings 0.039, Barnett 0.039, Graves 0.039,
Jimenez 0.039, Horton 0.039, Shelton 0.039, Barrett 0.039, O'Brien 0.039, Castro 0.039,
Sutton 0.038, Gregory 0.038, McKinney 0.038, Lucas 0.038, Miles 0.038, Craig 0.038,
Rodriquez 0.037, Chambers 0.037, Holt 0.037, Lambert 0.037, Fletcher 0.037, Watts 0.037,
Bates 0.037, Hale 0.037, Rhodes 0.037, Pena 0.037, Beck 0.037, Newman 0.036, Haynes 0.036,
McDaniel 0.036, Mendez 0.036, Bush 0.036, Vaughn 0.036, Parks 0.035, Dawson 0.035,
Santiago 0.035, Norris 0.035, Hardy 0.035, Love 0.035, Steele 0.035, Curry 0.035, Powers 0.035,
Schultz 0.035, Barker 0.035, Guzman 0.034, Page 0.034, Munoz 0.034, Ball 0.034, Keller 0.034,
Chandler 0.034, Weber 0.034, Leonard 0.034, Walsh 0.033, Lyons 0.033, Ramsey 0.033,
Wolfe 0.033, Schneider 0.033, Mullins 0.033, Benson 0.033, Sharp 0.033, Bowen 0.033,
Daniel 0.033, Barber 0.032, Cummings 0.032, Hines 0.032, Baldwin 0.032, Griffith 0.032,
Valdez 0.032, Hubbard 0.032, Salazar 0.032, Reeves 0.032, Warner 0.031, Stevenson 0.031,
Burgess 0.031, Santos 0.031, Tate 0.031, Cross 0.031, Garner 0.031, Mann 0.031, Mack 0.031,
Moss 0.031, Thornton 0.031, Dennis 0.031, McGee 0.031, Farmer 0.030, Delgado 0.030,
Aguilar 0.030, Vega 0.030, Glover 0.030, Manning 0.030, Cohen 0.030, Harmon 0.030,
Rodgers 0.030, Robbins 0.030, Newton 0.030, Todd 0.030, Blair 0.030, Higgins 0.030,
Ingram 0.030, Reese 0.030, Cannon 0.030, Strickland 0.030, Townsend 0.030, Potter 0.030,
Goodwin 0.030, Walton 0.030, Rowe 0.029, Hampton 0.029, Ortega 0.029, Patton 0.029,
Swanson 0.029, Joseph 0.029, Francis 0.029, Goodman 0.029, Maldonado 0.029, Yates 0.029,
Becker 0.029, Erickson 0.029, Hodges 0.029, Rios 0.029, Conner 0.029, Adkins 0.029,
Webster 0.028, Norman 0.028, Malone 0.028, Hammond 0.028, Flowers 0.028, Cobb 0.028
"""

US_ORIGIN = Origin(census(US_GIVEN_F), census(US_GIVEN_M), census(US_SURNAMES))
UK_ORIGIN = Origin(UK_GIVEN_F, UK_GIVEN_M, UK_SURNAMES)

ORIGINS: dict[str, Origin] = {
    "swedish": SV_ORIGIN, "finnish": FI, "arabic": AR, "kurdish": KU, "somali": SO,
    "eritrean": ER, "afghan": AF, "persian": FA, "polish": PL, "bcs": BCS, "turkish": TR,
    "thai": TH, "latin": LA, "ukrainian": UA, "us": US_ORIGIN, "uk": UK_ORIGIN,
}  # fmt: skip

NICKNAMES: dict[str, dict[str, list[str]]] = {
    "swedish": NICK_SV, "us": NICK_EN, "uk": NICK_EN,
    "finnish": {"Juha": ["Jussi"], "Matti": ["Masa"], "Marjatta": ["Maikki"], "Johanna": ["Hanna"]},
    "arabic": {"Mohammed": ["Mo", "Hamoudi"], "Abdullah": ["Abdu"], "Mustafa": ["Musse"]},
    "somali": {"Mohamed": ["Moha"], "Abdirahman": ["Abdi"], "Fadumo": ["Fadi"]},
    "polish": {"Katarzyna": ["Kasia"], "Małgorzata": ["Gosia"], "Aleksandra": ["Ola"],
               "Agnieszka": ["Aga"], "Krzysztof": ["Krzysiek"], "Tomasz": ["Tomek"],
               "Jakub": ["Kuba"], "Piotr": ["Piotrek"], "Magdalena": ["Madzia"]},
    "ukrainian": {"Oleksandr": ["Sasha"], "Volodymyr": ["Volodia"], "Kateryna": ["Katia"]},
    "latin": {"Francisco": ["Pancho"], "José": ["Pepe"], "Francisca": ["Pancha"]},
}  # fmt: skip

# Who is named, by the language of the text (weights), roughly as Sweden's population is.
MIXES: dict[str, dict[str, float]] = {
    "sv": {"swedish": 70, "arabic": 5, "finnish": 4, "polish": 2.5, "bcs": 2.5, "persian": 2.2,
           "somali": 2, "kurdish": 1.5, "turkish": 1.5, "afghan": 1.5, "eritrean": 1.2,
           "ukrainian": 1.2, "latin": 1, "thai": 0.9, "us": 0.5, "uk": 0.5},
    "en": {"us": 40, "uk": 40, "swedish": 8, "arabic": 2, "polish": 2, "latin": 2, "finnish": 1,
           "somali": 1, "persian": 1, "turkish": 1, "ukrainian": 1, "thai": 0.5, "eritrean": 0.5},
    "mixed": {"swedish": 50, "uk": 11, "us": 11, "arabic": 4, "finnish": 3, "polish": 3,
              "persian": 2.5, "bcs": 2, "somali": 2, "kurdish": 1.5, "afghan": 1.5, "turkish": 1.5,
              "eritrean": 1, "ukrainian": 1.5, "latin": 1.5, "thai": 1},
}  # fmt: skip
